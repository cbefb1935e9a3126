#!/usr/bin/env python3
"""mixed51: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2070 (Monday 14 April - Friday 25 July 2070), in MANY PEOPLE IN ONE MAIL: large sibling
groups with different surnames and fathers, blended families, two families living at one address, children who share
a first name (two Jaydens, two Amelias, two Charlies, two Lilys), adults who share a surname with the children (a
mother, a father, an 18-year-old brother), mails that list several families (a Family First allocation list, an Early
Help worker's weekly round-up, a youth hub's weekly round-up, a step-down panel agenda, a Torbay triage agenda, MAG
review notes, training vignettes) and step requests for only SOME of the children they name (the others staying open
to another team, moved to a parent elsewhere, over 18, or belonging to the other family in the house) - alongside
ordinary practitioners' requests, meeting replies, an out-of-office and a bounce.

Urgent mail (11), mostly in plain words: a registered sex offender minding five children of two families tonight, a
father back in the house drunk with the little ones after beating their mother, an 11-year-old's disclosure about the
man who is the only adult at home tonight (item 4 of a weekly round-up), a burn from a cooker with the boyfriend
collecting at 3.15, a knife to a mother's throat (told only in the attached MARF), a 14-year-old ordered to Southend at
6am or his brother will be stabbed (item 5 of a youth hub round-up, 21:05), a burn in the shape of an iron (a PS under
a complete step-down), a man outside two families' house threatening to burn it down tonight (17:45), two Lilys
driven off without car seats by a drunk man, a 7-week-old with bruises whose parents are leaving for Worcester, and a
6-year-old's disclosure about a 16-year-old who minds her after school today. Near misses (11): the other family's
assault case (remanded, no contact), an allocation list of historic flags, a step-down panel agenda, a historic CP plan
with the father in prison, the sister's husband on bail at a shared flat, practice-week vignettes, a triage agenda, an
unsubstantiated section 47, a meeting reply about another family, an old CP plan for sexual abuse, and MAG notes.

Window: the brief's "mid April to late July 2070" taken as the summer term, Monday 14 April - Friday 25 July 2070.
Easter fell before it (Good Friday 28 March, Easter Monday 31 March 2070; Easter Sunday 30 March is also the day
British Summer Time began), so the whole window is BST (+0100) and ends before BST ends on Sunday 26 October 2070.
England & Wales bank holidays inside it (the `holidays` package): the Early May bank holiday ("May Day") Monday 5 May
and the Spring Bank Holiday Monday 26 May 2070. Two Knowsley notice counts are decided by them (knowsley_01 across
5 May, knowsley_05 across 26 May: 5 plain weekdays but 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, bounce, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays, the checks). Every label was set by
hand from the specification; the self-checks only verify them against its rules and STOP on any error before
anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Monday 14 April - Friday 25 July 2070) is British
    Summer Time (+0100): BST begins at 01:00 UTC on Sunday 30 March 2070 and ends on Sunday 26 October 2070. The self-check
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
        if logical.startswith(">"):          # quoted lines are kept whole (no soft breaks across a quote marker)
            out.append(logical)
            continue
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
            zi = zipfile.ZipInfo(name, date_time=(2070, 4, 2, 0, 0, 0))
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




# ============================================================================= helpers added for mixed51
def ics_attachment(filename, cal):
    """An .ics file attached to a mail (text/calendar; method=REQUEST, as Outlook attaches a forwarded invitation)."""
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def ack_quote(lines):
    """stepbot's acknowledgement as quoted under an Outlook reply ('From:/Sent:' block) - plain lines."""
    return "\n".join(lines) + "\n"


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2070-04-30 14:12:37"
    body = T("""
Hi both,

Invite for the step up TAF meeting for Chantelle's five - next Wednesday, 7th May, at 10am on Teams. I have invited the current TAF members separately (both schools, the nursery, the health visitor and the food bank project worker).

There are three surnames in this family, so to save confusion on your systems:

Kenzie Hughes - 11/02/2057 - Chantelle's eldest, dad not involved
Riley Dunne - 23/08/2059 - dad Lee Dunne (has the boys on Saturdays)
Tommy Dunne - 04/01/2062 - dad Lee Dunne
Ava-Rose McAllister - 17/06/2065 - dad Scott McAllister (at the address most of the week)
Lacey-Jo McAllister - 09/12/2067 - dad Scott McAllister

Mum is Chantelle Hughes. The family episode on EHM is EHM-73150. Ava-Rose and Lacey-Jo were on their dad's episode, EHM-73188, until we merged them in March, so you may see both numbers.

Attached: the step up form, the GCP2 we completed on 24th April and the minutes of the TAF on 16th April. Paula (my TM) went through it all with me in supervision yesterday and agreed the step up - it's on the form.

The worry is neglect. The GCP2 scores 4 for nutrition, housing and hygiene: the children are regularly hungry at school, there are no working beds for the girls and the kitchen has had no cooker since February. Kenzie's attendance is 71% and she is late most days. Chantelle knows we are asking for a step up; I haven't asked her about a referral yet.

Rachael

Rachael Gorman
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0372
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20700507T100000", "20700507T113000",
              "Step up TAF meeting - Hughes / Dunne / McAllister children - EHM-73150", "Microsoft Teams Meeting",
              body, ("Rachael Gorman", "Rachael.Gorman@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Hughes Dunne McAllister.docx", appendix1([
        ("Case ID on EHM:", "EHM-73150 (Ava-Rose and Lacey-Jo previously EHM-73188)"),
        ("Children:", "Kenzie Hughes 11/02/2057; Riley Dunne 23/08/2059; Tommy Dunne 04/01/2062; "
         "Ava-Rose McAllister 17/06/2065; Lacey-Jo McAllister 09/12/2067"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 07/05/2070, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Chantelle lets us in and comes to TAFs but nothing changes between them"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 16/04/2070"),
        ("What are we worried about?", "Neglect of all five children: hunger at school, no beds for the girls, no "
         "cooker since February, head lice untreated for months, Kenzie's attendance 71%."),
        ("What is working well?", "Chantelle loves the children and they are close to each other; Lee Dunne has the "
         "boys every Saturday and feeds them; the nursery place for Lacey-Jo is kept."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 24/04/2070 - attached"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Paula Kerrigan, Team Manager, 29/04/2070"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, beds and cooker through the "
         "local welfare fund within 2 weeks, GCP2 re-scored in 6 weeks."),
    ]))
    gcp2 = pdf_att("GCP2 - Hughes household - 24.04.2070.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Household: Chantelle Hughes and five children (Kenzie, Riley, Tommy, Ava-Rose, Lacey-Jo)",
        "Completed by: Rachael Gorman, Family First Case Manager, with Chantelle, 24/04/2070",
        "Area 1 Physical care - nutrition: 4   housing: 4   clothing: 3   hygiene: 4",
        "Area 2 Safety - in presence: 3   in absence: 3",
        "Area 3 Love and care - 2",
        "Area 4 Stimulation and education - 3",
        "Overall: 4 in three sub-areas of physical care. Neglect of physical needs is the main concern."])
    minutes = docx_att("TAF minutes 16.04.2070 - Hughes household.docx", [
        "# Team Around the Family - minutes", "Date: 16/04/2070, 13:30, Huyton Family Hub",
        "Present: Chantelle Hughes, Rachael Gorman (Family First, chair), Kenzie's form tutor, Riley and Tommy's "
        "class teachers, Page Moss Nursery, the health visitor",
        "School: the children come in hungry most Mondays; Kenzie late on 11 of 15 days.",
        "Nursery: Lacey-Jo's nappies not changed overnight on three occasions.",
        "Agreed: Rachael to complete a GCP2 and discuss a step up with her team manager."])
    top = outlook_top(f, addr("Gorman, Rachael", "Rachael.Gorman@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Hughes / Dunne / McAllister children - EHM-73150", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73150", "EHM-73188"],
        [ch("Kenzie Hughes", "2057-02-11", "11/02/2057"), ch("Riley Dunne", "2059-08-23", "23/08/2059"),
         ch("Tommy Dunne", "2062-01-04", "04/01/2062"), ch("Ava-Rose McAllister", "2065-06-17", "17/06/2065"),
         ch("Lacey-Jo McAllister", "2067-12-09", "09/12/2067")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "A SIBLING GROUP OF FIVE WITH THREE SURNAMES AND THREE FATHERS, sent as the Family First case manager's own "
        "Teams invitation (iTIP REQUEST) to the MASH inbox and MASH business support, as seed 004 section 4 asks. "
        "All five children are the subject of the step-up (labelled in order, DOBs dd/mm/yyyy); the mother and both "
        "fathers (Chantelle Hughes, Lee Dunne, Scott McAllister) share the children's surnames and are adults, not "
        "children. Two EHM ids are written (the family episode and the girls' old one) -> both, in order. "
        "REQUIREMENTS knowsley step_up: form (.docx), TAF minutes (.docx), case id, TM agreement ('agreed the step "
        "up') and, for neglect, the GCP2 (.pdf) are all there -> nothing missing. NOTICE ACROSS MAY DAY, DECISIVE: "
        "from Wed 30 April the TAF on Wed 7 May is 5 plain weekdays, but Mon 5 May is the Early May bank holiday "
        "-> 4 working days < 5 (seed 004: 'at least 5 working days' notice') -> notice not ok -> request_info. "
        "Consent: 'I haven't asked her about a referral yet' -> null. Concerns: neglect (GCP2), school_attendance "
        "(71%).",
        meeting=date(2070, 5, 7),
        not_children=["Chantelle Hughes", "Lee Dunne", "Scott McAllister", "Rachael Gorman", "Paula Kerrigan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2070-05-12 10:05:12"
    blocks = [
        "Hi Family First duty,",
        "",
        "Step down to Family First at {{Level 3}} for two of Gemma Kerr's four children. Gemma has consented to the "
        "referral to Family First for Mason and Lily. Tyler and Jordan stay open to the Children with Disabilities "
        "Team (Jordan's care package is reviewed there), so they are {{not}} part of this step down - I've put all four "
        "in the table so you can see who is who.",
        "",
        ("table", [["Child", "DOB", "Dad", "In this step down?"],
                   ["Mason Kerr-Walsh", "03/03/2060", "Anthony Walsh (no contact)", "Yes"],
                   ["Lily Kerr-Walsh", "28/11/2062", "Anthony Walsh (no contact)", "Yes"],
                   ["Tyler Pickering", "14/07/2064", "Wayne Pickering (lives at home)", "No - stays with the CWD Team"],
                   ["Jordan Pickering", "02/02/2066", "Wayne Pickering (lives at home)", "No - stays with the CWD Team"]]),
        "ICS ID for Mason and Lily: ICS-2290417",
        "",
        "{{Joint home visit:}} Tuesday 20th May, 2pm, at home - 24 Cherryfield Drive, Kirkby, L32 9ZT. I'll meet the "
        "case manager outside.",
        "",
        ("h", "What are we worried about?"),
        "Gemma's depression - she is on medication and has a Talking Therapies worker but has days when she doesn't "
        "get up. When that happens Mason (10) does a lot at home: getting Lily to school, helping Wayne lift Jordan, "
        "settling him at night. Mason is tired in class and school think he worries about home.",
        ("h", "What is working well?"),
        "Gemma and Wayne are open with us and ask for help. Wayne has cut his hours to be home after school. Lily is "
        "doing well at school and has joined the choir. Mason has been accepted by the Knowsley young carers' group.",
        ("h", "What needs to happen?"),
        "A Family First case manager to hold a TAF with school and the young carers' service; a plan so Mason is not "
        "the one covering on Gemma's bad days; Gemma to keep seeing Talking Therapies.",
        "",
        "Thanks,",
        "Dominic",
        "",
        "Dominic Faherty",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0615",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Faherty, Dominic", "Dominic.Faherty@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Kerr-Walsh children (2 of 4) - joint visit Tues 20th May", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["ICS-2290417"],
        [ch("Mason Kerr-Walsh", "2060-03-03", "03/03/2060"), ch("Lily Kerr-Walsh", "2062-11-28", "28/11/2062")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "A STEP-DOWN FOR TWO OF FOUR CHILDREN IN A BLENDED FAMILY: the Word table lists all four, and Tyler and "
        "Jordan Pickering are marked 'No - stays with the CWD Team'. The children of a step-down are the ones it is "
        "for (REQUIREMENTS: 'the name of each child the step-down is for'), so only Mason and Lily Kerr-Walsh are "
        "labelled; the parents sharing their surnames are adults. Level 3 stated. REQUIREMENTS knowsley step_down "
        "level 3: the joint home visit has date, time and address; the three Signs of Safety headings are answered; "
        "consent 'Gemma has consented to the referral to Family First' -> true -> nothing missing. Notice: Mon 12 May "
        "-> Tue 20 May = 6 working days >= 5 -> ok -> book_meeting. Concerns for Mason and Lily: mum's depression "
        "(parental_mental_health) and Mason's caring (young_carer); Jordan's disability belongs to a child outside "
        "the request, so disability_send is not labelled. Manager not mentioned -> null.",
        meeting=date(2070, 5, 20),
        not_children=["Tyler Pickering", "Jordan Pickering", "Gemma Kerr", "Wayne Pickering", "Anthony Walsh",
                      "Dominic Faherty"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2070-05-22 09:48:20"
    body = T("""
Hi,

Step up request for the Roberts children (EHM-74420). The step up TAF is Wednesday 28th May at 10am at Kirkby Family Hub - invite to follow from my calendar. I know that's short notice with the bank holiday; I'm explaining why below.

Kai Roberts - 19/10/2061
Isla Roberts - 07/03/2064
Mum: Danielle Roberts

The step up form and the minutes of last week's TAF are attached. My TM, Anthony Rimmer, agreed the step up on Tuesday. Danielle has missed the last three TAFs and two home visits and Kai's attendance is 79%. I haven't done the Engaging Families toolkit yet - I'll send it before the meeting.

The reason one part of this can't wait for the 28th:

Since last Wednesday Danielle's friend Stacey Boyle has been staying at the house with her three (aged 4, 7 and 10), and Stacey's new fella, Craig Tennant, has been stopping over. At the TAF yesterday the police rep told us Craig is on the sex offenders register - convicted in 2063 of offences against a 9-year-old girl - and is not allowed unsupervised contact with children. Danielle rang me at 9.15 this morning: Craig is picking all five kids up from school at 3 today and having them at the house on his own until she and Stacey finish work at 10 tonight. She didn't know about his conviction and I couldn't get her to see that it matters - she says he's "sound".

I'm at my desk till 5 on 0151 496 0733.

Siobhan

Siobhan McGrath
Family First Case Manager | Kirkby Team | Knowsley Council
""") + KDISC
    form = docx_att("FF Step Up request to CSC - Roberts.docx", appendix1([
        ("Case ID on EHM:", "EHM-74420"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 28/05/2070 10:00, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit to follow"),
        ("Recent TAF meeting minutes attached:", "Yes - 21/05/2070"),
        ("What are we worried about?", "Danielle not engaging: 3 TAFs and 2 visits missed since March. Kai's "
         "attendance 79%, Isla often collected late from nursery."),
        ("What is working well?", "The children are close to their nan, who collects Isla twice a week."),
        ("What next?", "Step up for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Anthony Rimmer, Team Manager, 20/05/2070"),
    ]))
    minutes = docx_att("TAF minutes 21.05.2070 - Roberts.docx", [
        "# TAF minutes", "21/05/2070, Kirkby Family Hub. Chair: Siobhan McGrath (Family First).",
        "Present: Kai's teacher, Isla's nursery key worker, PC Dawn Hewitt (police). Danielle Roberts did not attend.",
        "Police: information shared about a visitor to the address, to be followed up by Family First.",
        "Agreed: step up to CSC."])
    top = outlook_top(f, addr("McGrath, Siobhan", "Siobhan.McGrath@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Roberts - EHM-74420 - TAF Weds 28th", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-74420"],
        [ch("Kai Roberts", "2061-10-19", "19/10/2061"), ch("Isla Roberts", "2064-03-07", "07/03/2064")],
        ["non_engagement", "school_attendance", "sexual_harm"], None, True, ["engaging_families"], False, "alert_duty",
        "TWO FAMILIES AT ONE ADDRESS, A PLANNED STEP-UP WITH AN IMMEDIATE DANGER INSIDE IT, NO ALARM WORDS: a man on "
        "the sex offenders register (convicted of offences against a 9-year-old girl, barred from unsupervised "
        "contact) will collect all five children of both families from school at 3 today and be alone with them until "
        "10 tonight; the mother does not accept it matters. DESIGN safety rule 1 -> urgent -> alert_duty (seed 004: "
        "safeguarding overrides the protocol). The request's children are Kai and Isla Roberts (the visiting family's "
        "three are unnamed; Danielle Roberts shares their surname and is an adult). Fields still labelled: form, TAF "
        "minutes, case id, TM agreed; non-engagement without the Engaging Families toolkit ('I haven't done ... yet') "
        "-> engaging_families missing. Notice: Thu 22 May -> Wed 28 May = 3 working days (Mon 26 May is the Spring "
        "Bank Holiday) -> not ok. Concerns: non_engagement, school_attendance (79%), sexual_harm.",
        meeting=date(2070, 5, 28),
        not_children=["Danielle Roberts", "Stacey Boyle", "Craig Tennant", "Anthony Rimmer", "Siobhan McGrath"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2070-05-20 11:30:05"
    carol = T("""
Amir - I've read the form and the toolkit. Agreed, go ahead with the step up and book the TAF for the 28th. Make sure the police information is on the form so MASH aren't surprised by the address history.

Carol

Carol Brennan
Team Manager | Family First (Huyton & Page Moss) | Knowsley Council
""")
    body = T("""
Hello MASH,

Step up for Connor Doherty, Niamh O'Hare and Ruby Doherty (EHM-70944). The step up TAF is on Wednesday 28 May 2070 at 10:00 on Teams - the invite has gone from my calendar to this inbox and to MASH business support, and I've invited the TAF members (St Columba's, Page Moss Nursery, the school nurse).

Connor Doherty - 14/03/2058
Niamh O'Hare - 02/10/2060
Ruby Doherty - 30/07/2065
Mum: Leanne Doherty. Niamh's dad, Sean O'Hare, has her alternate weekends.

The worry is engagement. Since January Leanne has cancelled or not been in for 9 of 14 visits and has not come to the last two TAFs. Connor's attendance is 74% and Niamh's 81%. We have used the Engaging Families toolkit (completed 08/05/2070 - section 4 of the form): it shows low engagement in all four domains despite the changes we made (evening visits, meeting at her mum's, a worker Leanne chose).

For the record, because the address will flag on your checks: until February the family shared the house on Bakers Green Road with Leanne's sister's family, the Ryders. The sister's partner was charged in February with assaulting their 2-year-old and is remanded in custody; the Ryder children live with their dad in Widnes and have their own Halton social worker. He has had no contact with our three, the police information on the form shows no call-outs to Leanne's address since, and there is no risk to Connor, Niamh or Ruby from him. This step up is about engagement and attendance, not about him.

Carol's agreement is below. Form and TAF minutes attached.

Amir

Amir Haddad
Family First Case Manager | Huyton & Page Moss | Knowsley Council
0151 496 0894
""") + quote("Brennan, Carol <Carol.Brennan@knowsley.gov.uk>", "19 May 2070 16:44",
             "Haddad, Amir <Amir.Haddad@knowsley.gov.uk>", "RE: Doherty - step up?", carol) + "\n" + KDISC
    form = docx_att("FF Step Up request to CSC - Doherty O'Hare.docx", appendix1([
        ("Case ID on EHM:", "EHM-70944"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 28/05/2070, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Engaging Families Toolkit completed 08/05/2070 - low engagement in all four domains (see section 4)."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 06/05/2070"),
        ("What are we worried about?", "Leanne is not engaging with the plan; Connor 74% and Niamh 81% attendance; "
         "Leanne does not answer school's letters. Past harm: none to these children."),
        ("What is working well?", "The children are well presented; Sean O'Hare is reliable with Niamh's weekends."),
        ("What next?", "Step up for a C&F assessment of engagement and attendance."),
        ("4. Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.",
         "Completed 08/05/2070 with Carol Brennan: low engagement (domains 1-4). Actions tried: evening visits, "
         "meeting at maternal grandmother's, change of worker at Leanne's request. No change."),
        ("Graded Care profile (If neglect should be completed).", "N/A - no neglect concerns"),
        ("Up to date police information if applicable:", "No call-outs to Leanne's address since February 2070. "
         "Previous address shared with the Ryder family: partner of Leanne's sister remanded (assault on his own "
         "child), no contact with these children."),
        ("Agreement by line manager:", "Agreed - Carol Brennan, 19/05/2070"),
    ]))
    minutes = pdf_att("TAF minutes 06.05.2070 - Doherty.pdf", "Team Around the Family - minutes, 06/05/2070", [
        "Venue: Page Moss Family Hub. Chair: Amir Haddad. Leanne Doherty did not attend (second TAF missed).",
        "St Columba's: Connor 74%, Niamh 81% this term; no concerns about presentation.",
        "Nursery: Ruby settled; collected late twice.",
        "Agreed: Engaging Families toolkit to be completed; Amir to discuss step up with Carol Brennan."])
    top = outlook_top(f, addr("Haddad, Amir", "Amir.Haddad@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Doherty / O'Hare - EHM-70944 - TAF Wed 28 May", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-70944"],
        [ch("Connor Doherty", "2058-03-14", "14/03/2058"), ch("Niamh O'Hare", "2060-10-02", "02/10/2060"),
         ch("Ruby Doherty", "2065-07-30", "30/07/2065")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS - THE OTHER FAMILY THAT SHARED THE HOUSE: an assault on a 2-year-old, a charge, 'remanded in "
        "custody', 'no risk to Connor, Niamh or Ruby from him' - all about the sister's partner, who is in custody and "
        "has never had contact with these children. Not urgent; no physical_harm for this family. A complete step-up "
        "for non-engagement: form, TAF minutes (.pdf), the Engaging Families toolkit in the form (seed 004: 'reference "
        "your use of the Engaging Families toolkit'), EHM id, TM agreement quoted below ('Agreed, go ahead with the step "
        "up') -> nothing missing. Three children, two surnames (Niamh O'Hare's dad shares her surname; Leanne Doherty "
        "shares the others'). Notice: Tue 20 May -> Wed 28 May = 5 working days (6 plain; the Spring Bank Holiday "
        "excluded) -> ok -> book_meeting. Concerns: non_engagement, school_attendance (74%, 81%).",
        meeting=date(2070, 5, 28),
        not_children=["Leanne Doherty", "Sean O'Hare", "Carol Brennan", "Amir Haddad"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2070-05-20 15:20:44"
    body = T("""
Hello Family First duty,

I'm writing to let you know we are stepping down two boys to a Level 2 service at their final CIN meeting. There are two Jaydens in the one house, so please bear with me:

Jayden Kinsella (known as JJ) - DOB 05/05/2059 - ICS ID 2301876
Jayden Mulhearn (known as little Jayden) - DOB 12/09/2063 - ICS ID 2301877

They are cousins and both live with their nan, Pauline Kinsella, under Special Guardianship Orders. Pauline has consented to the step down.

Final CIN meeting: Tuesday next week, 27th May, 10am, St Aidan's Catholic Primary School, Prescot - meeting room 2.

Lead Practitioner: Anne-Marie Lyons, Inclusion Lead at St Aidan's Catholic Primary School, has agreed to take on the lead practitioner role and will open the Early Help Assessment.

What are we worried about?
Little Jayden's speech and language - he has an EHCP and sees the SALT weekly in school, and Pauline finds the paperwork hard. JJ still gets angry at school about his mum; he had two fixed-term exclusions last year (none this year).

What is working well?
Pauline gives both boys a settled, loving home. Both have 96% attendance. JJ goes to the bereavement group on Thursdays and says it helps.

What needs to happen?
School to lead a TAF; the SENCO to help Pauline with the EHCP annual review; JJ to keep his place at the bereavement group and have a named adult at school.

Tom

Tom Ashworth
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0188
""") + KDISC
    top = plain_top(f, addr("Ashworth, Tom", "Tom.Ashworth@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Level 2 - Kinsella / Mulhearn - final CIN Tues 27th", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["2301876", "2301877"],
        [ch("Jayden Kinsella", "2059-05-05", "05/05/2059"), ch("Jayden Mulhearn", "2063-09-12", "12/09/2063")],
        ["disability_send"], True, None, [], False, "request_info",
        "TWO CHILDREN WITH THE SAME FIRST NAME in a kinship household: both Jaydens are labelled by their full names "
        "(the nicknames 'JJ' and 'little Jayden' are no names); their nan, Pauline Kinsella, shares JJ's surname and is "
        "an adult. 'ICS ID 2301876' -> the bare number (DESIGN: a label before the number is not part of it). Level 2 "
        "stated. REQUIREMENTS knowsley step_down level 2: date, time and venue of the final CIN meeting, the three "
        "Signs of Safety headings, the lead practitioner named with her organisation -> nothing missing; consent "
        "given though level 2 does not require it. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Tue 20 May "
        "the meeting 'Tuesday next week, 27th May' is 5 plain weekdays but Mon 26 May is a bank holiday -> 4 working "
        "days < 5 -> not ok -> request_info. Concerns: EHCP, speech and language -> disability_send (attendance is "
        "96%, so no school_attendance; the exclusions were last year).",
        meeting=date(2070, 5, 27),
        not_children=["Pauline Kinsella", "Anne-Marie Lyons", "Tom Ashworth"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2070-05-22 08:41:10"
    data = itip_reply(f, when, "Bernie Walsh", "b.walsh@stcolumbas.example.sch.uk", ("Knowsley MASH", KMASH),
                      "ACCEPTED", "Step up TAF meeting - Doherty / O'Hare [SB-knowsley-3207]", "20700528T100000",
                      "20700528T113000", "Microsoft Teams Meeting",
                      comment="Thanks - I'll bring Connor's and Niamh's attendance and the letters home.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from a school TAF member (outside the council) for knowsley_04's "
        "step-up TAF meeting; the SUMMARY carries [SB-knowsley-3207] and two surnames, no case id; the COMMENT names "
        "the children by first name only -> no children. DESIGN: meeting_reply -> record_reply.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2070-06-16 08:40:00"
    rows = [["#", "EHM", "Family (children)", "Level", "Allocated to", "Notes carried over from the paperwork"],
            ["1", "EHM-75012", "Family B. (K 9, T 6, baby S)", "L3", "Jenna Whitty",
             "CP plan ended 02/06/2070 and stepped down. No current CP concerns."],
            ["2", "EHM-75019", "Family O'N. / D. (6 children, 3 surnames)", "L3", "Rachael Gorman",
             "Historic domestic abuse - dad in prison since 2068, no contact. Two eldest not included (18 and 17)."],
            ["3", "EHM-75033", "Family M. (L 14)", "L2 - school", "Anne-Marie Lyons (St Aidan's)",
             "Missing episodes x3 in March - none since; return interviews done."],
            ["4", "EHM-75040", "Families R. and S. (one address, 5 children)", "L3", "Siobhan McGrath",
             "Two EHAs, one TAF. Housing have the overcrowding referral."],
            ["5", "EHM-75051", "Family T. (twins, 15)", "L3", "Amir Haddad",
             "MACE 04/06/2070: exploitation risk reduced to low. Stepped down from the Adolescent team."],
            ["6", "EHM-75058", "Family K. (pre-birth + 2)", "L3", "Jenna Whitty",
             "Pre-birth assessment concluded - no role for CSC."]]
    intro = ("Good morning all,\n\nBelow are this week's allocations. Please check your caseloads on EHM and accept "
             "by Wednesday. The notes are carried over from the step-down paperwork for information only - none of "
             "these families has a current child protection concern, and all have been through the MASH duty manager.")
    outro = ("Any problems with an allocation, speak to Elinor before Wednesday.\n\nThanks,\nMichelle\n\nMichelle "
             "Roughley\nBusiness Support Officer | Family First 0-18 | Knowsley Council")
    text = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + outro + "\n\n" + KDISC
    h = (LAYOUT_HEAD + "<p>" + esc(intro).replace("\n\n", "</p>\n<p>") + "</p>\n"
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n" +
         "".join("<tr>%s</tr>\n" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r)
                 for i, r in enumerate(rows)) +
         "</table>\n<p>" + esc(outro).replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>\n<p style=\"font-size:8pt\">"
         + esc(KDISC.strip()) + "</p>\n</body></html>\n")
    top = outlook_top(f, addr("Family First Business Support", "familyfirst.businesssupport@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF), "Weekly allocations - Family First 0-18 - w/c 16 June",
                      when, cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 3,
        "near_miss", "other", False, None, ["EHM-75012", "EHM-75019", "EHM-75033", "EHM-75040", "EHM-75051", "EHM-75058"],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS - A WEEKLY ALLOCATION LIST OF SIX FAMILIES: 'CP plan', 'domestic abuse', 'Missing episodes', "
        "'exploitation risk', 'Pre-birth' - every flag ended, historic or reduced ('none of these families has a "
        "current child protection concern'). Business support's own list, asking for no step -> other -> "
        "human_review. Children appear as initials only -> none labelled; the flags belong to six different "
        "families and are all historic or closed -> no concerns. Case ids as written, in order: the six EHM ids "
        "(DESIGN: case numbers as written, deduplicated, in order of appearance).")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2070-06-09 12:55:31"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-knowsley-3231
Children: Jordan Carney (07/01/2055), Alfie Tasker (18/11/2064), Poppy Tasker (22/03/2067)
Case: ICS-2288150
Level: 3
Joint home visit: Thursday 12 June 2070, 10:00, at home - a Family First case manager will attend.

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    text = T("""
Please put this step down on hold.

I've just come out of the house. Jade has a black eye and a cut lip from last night. Ryan Tasker (Alfie and Poppy's dad) came back in the early hours and he's still there now - he's been drinking since this morning, wouldn't let me past the hall and told me to get out. Alfie and Poppy are in the front room with him. Jade says he's taking them to his mum's in Rhyl this afternoon "for good" and she's too frightened of him to stop it. Jordan is at school.

I'm sat in the car outside on 07700 900 418. My manager is in a meeting till 2.

Hayley

Sent from my iPhone

On 4 Jun 2070, at 10:12, Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk> wrote:

""") + "\n".join("> " + l if l else ">" for l in ack.rstrip("\n").split("\n")) + "\n"
    top = plain_top(f, addr("Cunliffe, Hayley", "Hayley.Cunliffe@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Re: Step down received [SB-knowsley-3231]", when, KDOM, "iPhone Mail (21H220)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["ICS-2288150"],
        [ch("Jordan Carney", "2055-01-07", "07/01/2055"), ch("Alfie Tasker", "2064-11-18", "18/11/2064"),
         ch("Poppy Tasker", "2067-03-22", "22/03/2067")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "A REPLY TO STEPBOT'S ACKNOWLEDGEMENT [SB-knowsley-3231] (follow_up) REPORTING A DANGER HAPPENING NOW, NO "
        "ALARM WORDS: the younger children's father beat their mother last night, is in the house now drunk with the "
        "two little ones and says he is taking them away 'for good' this afternoon; the social worker is outside. "
        "DESIGN: urgent on any kind -> alert_duty (overrides attach_to_request). Children from the quoted "
        "acknowledgement (full names and DOBs only there), in its order: Jordan Carney and the Tasker children; their "
        "father Ryan Tasker shares the Tasker surname and is an adult. Case id ICS-2288150 from the quote. Level is only "
        "labelled on a step_down, so null here. Concerns: domestic_abuse, substance_misuse (drinking since morning).",
        not_children=["Ryan Tasker"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2070-04-15 10:20:18"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with Lorna Adebayo (Early Help Practitioner) this morning, I am requesting a step up to Children's Services for Kerry-Ann Lindo's three children. I agree with the plan to step up. The latest case summary is attached and the rationale is below.

The children
Jayden Lindo - 12/05/2058 - Mosaic 3310287
Shanice Lindo-Baptiste - 30/09/2061 - Mosaic 3310288
Tyrese Baptiste - 06/02/2066 - Mosaic 3310291

Please note there are two families at the address. Kerry-Ann's cousin, Abena Mensah, and her children Kwame Mensah (8) and Efua Mensah (5) have been staying since January because Abena lost her tenancy. The Mensah children are not part of this request: Abena is working with the Roehampton Family Hub on her own housing plan and we have no worries about her care of them.

Rationale for step up
Since February the three children have been sleeping on one mattress in the front room. School report that Jayden and Shanice arrive hungry most days and Shanice has been sent home twice with head lice that had not been treated for weeks. Tyrese's nursery have recorded untreated nappy rash and a dental abscess left for two weeks before Lorna took him to the dentist herself. Kerry-Ann stopped her antidepressants in March, tells Lorna she "can't get out of bed most days" and has not gone to the three GP appointments Lorna booked. Eight weeks of the Early Help plan have not changed any of this, and the children's needs are now beyond what Early Help can meet.

Kerry-Ann knows we are asking and agrees to the step up.

Kind regards,
Bernadette

Bernadette Okafor
Early Help Team Manager | Roehampton & Putney | Richmond and Wandsworth Councils
020 7946 0472
""") + RDISC
    summary = docx_att("Case summary - Lindo and Baptiste children - April 2070.docx", [
        "# Case summary - Early Help", "Family: Kerry-Ann Lindo and her three children",
        "Jayden Lindo (12/05/2058), Shanice Lindo-Baptiste (30/09/2061), Tyrese Baptiste (06/02/2066)",
        "Also at the address since January 2070: Abena Mensah and her two children (not open to Early Help).",
        "Early Help involvement since 10/02/2070 (Lorna Adebayo). Plan: sleeping arrangements, school attendance, "
        "health appointments, mum's mental health.",
        "Progress: none sustained. Beds not obtained; GP appointments missed; dental treatment arranged by the worker.",
        "Management oversight: reflective supervision 15/04/2070, Bernadette Okafor - step up."])
    top = outlook_top(f, addr("Okafor, Bernadette", "Bernadette.Okafor@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Lindo / Baptiste children (3) - Mosaic 3310287", when,
                      cc=addr("Adebayo, Lorna", "Lorna.Adebayo@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3310287", "3310288", "3310291"],
        [ch("Jayden Lindo", "2058-05-12", "12/05/2058"), ch("Shanice Lindo-Baptiste", "2061-09-30", "30/09/2061"),
         ch("Tyrese Baptiste", "2066-02-06", "06/02/2066")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "TWO FAMILIES AT ONE ADDRESS, A STEP-UP FOR ONE OF THEM: the Early Help Team Manager asks for Kerry-Ann "
        "Lindo's three (two surnames and a double-barrelled one) and says the cousin's children, Kwame and Efua "
        "Mensah, named in full, 'are not part of this request' -> only the three are labelled (REQUIREMENTS: the "
        "children the step-up is for). Seed 000 'Process to Step Up': sent by the EH Team Manager with the latest case "
        "summary (.docx) and the rationale (pasted under its own heading) -> nothing missing -> book_meeting (the "
        "case discussion invitation within 1 WD). 'Mosaic 3310287' -> the bare numbers. Consent: 'agrees to the step "
        "up' -> true; manager: 'I agree with the plan to step up' (the TM sends it) -> true. Concerns: neglect, "
        "parental_mental_health.",
        not_children=["Kwame Mensah", "Efua Mensah", "Kerry-Ann Lindo", "Abena Mensah", "Bernadette Okafor",
                      "Lorna Adebayo"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2070-06-11 16:05:40"
    body = T("""
Hi Early Help duty,

Confirming the step-down case discussion I agreed with Jasper Quint on the phone this afternoon: Monday 16 June at 10am on Teams (invitation attached). My TM, Sabrina Cole, will join and agrees with the step down.

This is a big family, so here is who is and isn't included:

Kyle Fenwick - 02/02/2052 - now 18, NOT included (his own flat and a personal adviser)
Chloé Fenwick-Dubois - 19/08/2053 - 16, NOT included: she stays open to the Adolescent Service under her own plan
Harvey Fenwick - 07/07/2057 - included - Mosaic 3401122
Summer Fenwick - 21/03/2059 - included - Mosaic 3401123
Destiny O'Rourke - 11/11/2061 - included - Mosaic 3401125
Jake O'Rourke - 30/04/2064 - included - Mosaic 3401126
Rosie-Mae Akinyemi - 15/09/2068 - included - Mosaic 3401129

Mum, Tanya Fenwick, and Destiny and Jake's dad, Liam O'Rourke, both gave their consent at the CIN review on 9 June for Early Help to continue the plan. Rosie-Mae's dad, Tunde Akinyemi, lives in Croydon and is supportive.

The latest case summary (PDF) and the draft Early Help plan (Word) are attached - the plan covers the five younger children only.

Current worries in short: Tanya is six months into alcohol recovery and still finds weekends hard; Summer's attendance is 84% and Harvey's 86%. What's working: Tanya has kept every recovery appointment, the house is calm, the older two help out, and all five are settled at school and nursery.

Thanks,
Callum

Callum Devlin
Social Worker | Child in Need Team (Battersea) | Wandsworth Children's Services
020 7946 0833
""") + RDISC
    cal = ics("REQUEST", f, dt(when), "20700616T100000", "20700616T110000",
              "Step-down case discussion - Fenwick / O'Rourke / Akinyemi children", "Microsoft Teams Meeting",
              "Step-down case discussion agreed with Jasper Quint (Early Help duty team manager) on 11/06/2070.",
              ("Callum Devlin", "Callum.Devlin@" + RDOM),
              [("Jasper Quint", "jasper.quint@" + RDOM, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Sabrina Cole", "Sabrina.Cole@" + RDOM, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Early Help Duty", RED, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    summary = pdf_att("Latest case summary - Fenwick O'Rourke Akinyemi - June 2070.pdf", "Case summary - CIN", [
        "Mother: Tanya Fenwick. Children on the CIN plan: Harvey Fenwick, Summer Fenwick, Destiny O'Rourke, "
        "Jake O'Rourke, Rosie-Mae Akinyemi.",
        "Chloe (16) open to the Adolescent Service separately. Kyle (18) left home in March 2070.",
        "CIN since 04/11/2069 following concerns about maternal alcohol use. Tanya completed detox in December 2069.",
        "Progress: sustained abstinence (tested monthly), home conditions good, school attendance improving.",
        "Recommendation: step down to Early Help; CIN review 09/06/2070 agreed."])
    plan = docx_att("Draft Early Help plan - five younger children.docx", [
        "# Draft Early Help plan", "Children: Harvey, Summer, Destiny, Jake and Rosie-Mae",
        "Need 1: Tanya's recovery at weekends - peer support group Saturday mornings; outcome: no relapse.",
        "Need 2: attendance - school attendance officer and a morning routine; outcome: 92% by December.",
        "Need 3: family time - Family Hub summer activities for the younger three."])
    ics_p = ics_attachment("Step-down case discussion 16 June.ics", cal)
    top = outlook_top(f, addr("Devlin, Callum", "Callum.Devlin@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Fenwick / O'Rourke / Akinyemi children - case discussion Mon 16 June 10am", when,
                      cc=addr("Cole, Sabrina", "Sabrina.Cole@" + RDOM))
    add(f, mail(f, top, body, [summary, plan, ics_p], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3401122", "3401123", "3401125", "3401126", "3401129"],
        [ch("Harvey Fenwick", "2057-07-07", "07/07/2057"), ch("Summer Fenwick", "2059-03-21", "21/03/2059"),
         ch("Destiny O'Rourke", "2061-11-11", "11/11/2061"), ch("Jake O'Rourke", "2064-04-30", "30/04/2064"),
         ch("Rosie-Mae Akinyemi", "2068-09-15", "15/09/2068")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "A SIBLING GROUP OF SEVEN WITH THREE FATHERS, A STEP-DOWN FOR FIVE: Kyle Fenwick is 18 (an adult sharing the "
        "children's surname, DOB 02/02/2052) and Chloé Fenwick-Dubois, 16, 'stays open to the Adolescent Service' - "
        "both marked NOT included, so only the five younger children are labelled, with their five Mosaic ids. Seed "
        "000 'Process to Step Down': the case discussion time agreed with the Early Help duty team manager and "
        "confirmed by email (an .ics invitation attached) with the latest case summary (.pdf) and the draft plan "
        "(.docx); consent 'both gave their consent at the CIN review' -> true; TM 'agrees with the step down' -> "
        "true -> nothing missing -> book_meeting. No notice period for this kind -> notice null. Concerns: mum's "
        "alcohol recovery -> substance_misuse; 84% and 86% -> school_attendance.",
        not_children=["Kyle Fenwick", "Chloé Fenwick-Dubois", "Tanya Fenwick", "Liam O'Rourke", "Tunde Akinyemi",
                      "Callum Devlin", "Sabrina Cole"],
        adults=[("Kyle Fenwick", "02/02/2052")])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2070-07-03 15:40:52"
    holly = T("""
Hi Priyanka,

My round-up for this week - one I need you to look at today (no. 4).

1. Adeyemi (2 children) - TAF held Tuesday, attendance up to 93%, on track to close in September.
2. Walsh / Clarke - mum moved into the new flat on Monday; bunk beds delivered. Nothing new.
3. Osei - dad back in work, parenting course week 6 of 8. Fine.
4. Kowalska / Price - Mosaic 3355871. At the after-school club at 3 today Oliwia Kowalska (11, DOB 14/02/2059) told me that Dean, her stepdad's brother who moved in at Easter, comes into her bedroom at night and "does stuff to me", and that he told her she'll be taken away if she tells. She doesn't want to go home. Mum (Marta Kowalska) works nights at the distribution centre and leaves at 7; Dean is the only adult at home overnight with Oliwia and her brothers, Kacper Price (6) and Leo Price (4). Oliwia is at the club until 6. I've told her I have to share this.
5. Nwosu - cancelled again, second time. Will try Monday.

Holly

Holly Brannigan
Early Help Practitioner | Battersea Early Help | Richmond and Wandsworth Councils
""")
    body = T("""
MASH - please see no. 4 in Holly's round-up below. I am stepping the Kowalska / Price children up now; I don't think this can wait for a case discussion, and I agree with the step up. Holly is going back to the club to be with Oliwia. The case summary and rationale will follow once Holly is back at her desk.

Priyanka

Priyanka Sethi
Early Help Team Manager | Battersea | Richmond and Wandsworth Councils
020 7946 0719
""") + quote("Brannigan, Holly <Holly.Brannigan@richmondandwandsworth.gov.uk>", "03 July 2070 15:26",
             "Sethi, Priyanka <Priyanka.Sethi@richmondandwandsworth.gov.uk>", "Weekly round-up - Holly - w/e 4 July",
             holly) + "\n" + RDISC
    top = outlook_top(f, addr("Sethi, Priyanka", "Priyanka.Sethi@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Weekly round-up - Holly - w/e 4 July", when, cc=addr("Brannigan, Holly", "Holly.Brannigan@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3355871"],
        [ch("Oliwia Kowalska", "2059-02-14", "14/02/2059"), ch("Kacper Price"), ch("Leo Price")],
        ["sexual_harm"], None, True, ["case_summary", "rationale"], None, "alert_duty",
        "A WEEKLY ROUND-UP OF FIVE FAMILIES, FORWARDED, WITH THE DANGER IN ITEM 4 AND NO ALARM WORDS: an 11-year-old "
        "says the man who moved in at Easter comes into her bedroom at night; he is the only adult at home overnight "
        "tonight with her and her two little brothers. Safety rule 1 -> urgent -> alert_duty. The Early Help Team "
        "Manager forwards it as a step-up ('I am stepping the Kowalska / Price children up now ... I agree with the "
        "step up') -> step_up, manager true. Children: only item 4's family is named in full (the other four families "
        "are surnames only): Oliwia Kowalska with her DOB, Kacper and Leo Price by name and age. 'Mosaic 3355871' -> "
        "3355871. Seed 000: the case summary and rationale 'will follow' -> both missing. Concern: sexual_harm.",
        not_children=["Marta Kowalska", "Holly Brannigan", "Priyanka Sethi"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2070-06-09 09:05:03"
    rows = [["Time", "Family", "Social worker", "For panel"],
            ["10:00", "Family A. (3 children, two fathers)", "C. Devlin",
             "CP plan (category sexual abuse) ended January 2070. The perpetrator was convicted in 2069 and is in "
             "prison. Children say they 'feel safe now'."],
            ["10:30", "Families B. and C. (two families, one address)", "I. Carvalho",
             "Step-down for Family B's two children only; Family C stay on a CIN plan with their own worker. Domestic "
             "abuse between Family C's adults: last incident October 2069, MARAC closed, non-molestation order."],
            ["11:00", "Family D. (6 siblings, 3 surnames)", "M. Feeney",
             "Eldest not part of the step-down. Risk of exploitation for the eldest reduced to low at MACE in May."],
            ["11:30", "Family E. (2 children)", "S. Cole",
             "No current safeguarding concerns. Neglect resolved: GCP2 re-scored at 2 across all areas."],
            ["12:00", "Close", "", ""]]
    blocks = ["Good morning,", "",
              "Please find below the agenda for Wednesday's Step Down Panel (11 June 2070, 10:00-12:00, Teams). The "
              "papers are on the shared drive in the panel folder; the agenda is also attached.", "",
              ("table", rows), "",
              "A reminder that the panel considers step-down plans only. Any immediate child protection concern must go "
              "to the MASH in the usual way and not wait for panel.", "",
              "Kind regards,", "Dolores", "", "Dolores Fitzpatrick", "Business Support Officer | Early Help | "
              "Richmond and Wandsworth Councils", "", RDISC.strip()]
    agenda = docx_att("Step Down Panel agenda 11.06.2070.docx",
                      ["# Step Down Panel - Wednesday 11 June 2070", "Chair: Jasper Quint, Early Help Manager"],
                      tables=[rows])
    top = outlook_top(f, addr("Early Help Business Support", "eh.businesssupport@" + RDOM), addr("Early Help Duty", RED),
                      "Step Down Panel - Wednesday 11 June 2070 - agenda", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, word_mail(f, top, blocks, [agenda]), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A STEP-DOWN PANEL AGENDA LISTING FIVE FAMILIES: 'CP plan (category sexual abuse)', "
        "'perpetrator', 'Domestic abuse', 'Risk of exploitation', 'immediate child protection concern' - every item "
        "ended, convicted, closed or reduced, and the last is a reminder of where such concerns go. Business support's "
        "agenda asks for no step -> other -> human_review. Families as initials only -> no children; no case ids; no "
        "concerns (several families' histories, none current).")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2070-04-22 09:35:27"
    body = T("""
To the MASH team,

I'm the Designated Safeguarding Lead at St Cecilia's. I wasn't sure which address to use - this is the one on our Early Help paperwork.

Zara Baker (Year 3, DOB 12/10/2061) came in this morning with her right hand wrapped in kitchen roll. Our first aider found a blistered burn across her palm, about 4cm long. Zara told her teacher, and then me, that her mum's boyfriend Gary "held my hand on the cooker" last night because she had given her tea to the children downstairs. Two families share the house on Lavender Sweep - Zara, her mum (Kirsty Baker) and Gary upstairs, the Ahmed family downstairs - and Zara is friends with their two, Ismail and Hafsa.

Mum has texted the office that she and Gary will collect Zara at 3.15 today. Zara says she doesn't want to go home. She is with our learning mentor now.

Please can someone call me back as soon as possible on 020 7946 0581.

Hannah Quigley
Deputy Headteacher and Designated Safeguarding Lead
St Cecilia's CE Primary School, Battersea
""")
    top = plain_top(f, addr("Hannah Quigley", "h.quigley@stcecilias.example.sch.uk"), addr("MASH Step Up", RSU),
                    "Zara Baker Y3 - burn to hand - mum's partner collecting at 3.15", when, "stcecilias.example.sch.uk", None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Zara Baker", "2061-10-12", "12/10/2061")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A SCHOOL'S REPORT OF A FRESH INJURY WITH THE ALLEGED ABUSER COLLECTING TODAY: a blistered burn, 'held my hand "
        "on the cooker', the boyfriend and mum collecting at 3.15, the child does not want to go home. Safety rule 1 "
        "-> urgent -> alert_duty. Sent by a school DSL to the step-up inbox, asking for no step and not the lead "
        "professional -> other. Two families share the house; the other family's children (Ismail, Hafsa) are named "
        "by first name only and are not the subject -> only Zara Baker (her mother Kirsty Baker shares her surname and "
        "is an adult). Concern: physical_harm.",
        not_children=["Kirsty Baker", "Hannah Quigley"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2070-04-16 11:10:09"
    data = itip_reply(f, when, "Lorna Adebayo", "Lorna.Adebayo@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Lindo / Baptiste children [SB-richmond_wandsworth-3104]",
                      "20700417T140000", "20700417T150000", "Microsoft Teams Meeting")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from the Early Help worker for the case discussion booked "
        "for richmond_wandsworth_01 (Thu 17 April 14:00); surnames only in the SUMMARY, no case id. record_reply.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2070-06-27 12:30:14"
    body = T("""
Hi Jasper / Early Help duty,

As agreed on the phone this morning, the step-down case discussion is on Wednesday 2 July at 2pm on Teams.

The children - two Amelias, known at home and at school as Big Amelia and Little Amelia:
Amelia Grant - 06/06/2060 - Mosaic 3420556
Amelia Whyte - 21/01/2062 - Mosaic 3420561
Theo Whyte - 09/09/2065 - Mosaic 3420562

All three live with their grandmother, Beverley Grant, under Special Guardianship Orders (Big Amelia is Bev's daughter's child; Little Amelia and Theo are her son's).

Background, because the file is long: the children were on child protection plans for neglect and domestic abuse until January 2070. Little Amelia and Theo's father, Jermaine Whyte, was imprisoned in 2068 for offences against their mother and there is a restraining order that covers the children; he has had no contact since and probation confirm he is still in custody. There are no current safeguarding concerns and the risk from him is assessed as managed. The CIN plan has done its job.

What is left is Little Amelia's attendance (82% this year) and Bev wanting some help with Theo's bedtimes.

Bev is happy in principle with Early Help. I'm seeing her on Monday to go through the consent form with her and will confirm after that.

The latest case summary and the draft plan are attached.

Thanks,
Ines

Ines Carvalho
Social Worker | Child in Need Team | Achieving for Children (Richmond)
020 7946 0264
""") + RDISC
    summary = pdf_att("Case summary - Grant and Whyte children.pdf", "Case summary - CIN (Richmond)", [
        "Children: Amelia Grant, Amelia Whyte, Theo Whyte. Carer: Beverley Grant (SGO).",
        "CP plans (neglect, domestic abuse) ended 14/01/2070; CIN since.",
        "Father of Amelia Whyte and Theo Whyte in custody since 2068; restraining order; no contact.",
        "Current: Amelia Whyte's attendance 82%; Theo's sleep routine."])
    plan = docx_att("Draft EH plan - Grant Whyte.docx", [
        "# Draft Early Help plan", "Attendance: morning routine and school attendance officer for Amelia Whyte.",
        "Sleep: Family Hub sleep clinic for Theo.", "Carer support: kinship carers' group for Beverley."])
    top = outlook_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - the two Amelias and Theo - case discussion Wed 2 July 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3420556", "3420561", "3420562"],
        [ch("Amelia Grant", "2060-06-06", "06/06/2060"), ch("Amelia Whyte", "2062-01-21", "21/01/2062"),
         ch("Theo Whyte", "2065-09-09", "09/09/2065")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "NEAR MISS - A STEP-DOWN WHOSE HISTORY IS FULL OF ALARM WORDS: 'child protection plans for neglect and "
        "domestic abuse until January 2070', a father imprisoned with a restraining order, 'the risk from him is "
        "assessed as managed', 'no current safeguarding concerns' - historic and negated -> not urgent, and no neglect "
        "or domestic_abuse now. TWO CHILDREN CALLED AMELIA, cousins with different surnames, each labelled by full "
        "name; the grandmother Beverley Grant shares Big Amelia's surname and is an adult. Seed 000: case summary "
        "(.pdf) and draft plan (.docx) attached; consent 'happy in principle ... I'm seeing her on Monday to go "
        "through the consent form' -> still to be asked -> null -> consent missing -> request_info. Concern: "
        "school_attendance (82%).",
        not_children=["Beverley Grant", "Jermaine Whyte", "Ines Carvalho"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2070-07-15 10:45:36"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3377",
                   ["Children: Kai Lindqvist, Maya Lindqvist, Ruby Lindqvist-Hart",
                    "Case discussion: to be confirmed with the Early Help duty team manager"], [])
    body = T("""
Hello,

A correction to this step-down, please: Kai Lindqvist is no longer included. He moved to live with his dad in Guildford on 11 July under a new child arrangements order, and his case is transferring to Surrey. The step-down is now for Maya and Ruby only.

The updated draft plan (Maya and Ruby only) is attached. The case discussion time I agreed with Jasper stays the same.

Thanks,
Marcus

Marcus Feeney
Social Worker | Child in Need Team (Putney) | Wandsworth Children's Services
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "10 July 2070 14:02",
             "Feeney, Marcus <Marcus.Feeney@richmondandwandsworth.gov.uk>",
             "Step-down request received [SB-richmond_wandsworth-3377]", ack)
    plan = docx_att("Draft EH plan (updated) - Maya and Ruby.docx", [
        "# Draft Early Help plan - updated 15/07/2070", "Children: Maya and Ruby (Kai removed - moved to father).",
        "Need 1: settling after Kai's move - school nurse drop-ins.", "Need 2: mum's work hours - holiday club places."])
    top = outlook_top(f, addr("Feeney, Marcus", "Marcus.Feeney@" + RDOM), addr("Early Help Duty", RED),
                      "RE: Step-down request received [SB-richmond_wandsworth-3377]", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [ch("Maya Lindqvist"), ch("Ruby Lindqvist-Hart")],
        [], None, None, [], None, "attach_to_request",
        "A FOLLOW-UP TO [SB-richmond_wandsworth-3377] THAT TAKES ONE CHILD OFF THE REQUEST: 'Kai Lindqvist is no "
        "longer included ... The step-down is now for Maya and Ruby only', with an updated plan. The latest statement "
        "wins -> the children are Maya Lindqvist and Ruby Lindqvist-Hart (full names from the quoted acknowledgement, "
        "no DOBs), not Kai. follow_up -> attach_to_request; nothing else stated.",
        not_children=["Kai Lindqvist", "Marcus Feeney"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2070-04-14 11:15:22"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "Please accept this step-down to a Team Around the Family for the four children below, following the Child "
        "and Family Assessment which concluded on 9 April 2070. The assessment and the draft TAF plan are attached.",
        "",
        ("table", [["Name", "Relationship", "DOB", "Mosaic ID"],
                   ["Shilpi Begum", "Mother", "17/03/2036", "-"],
                   ["Tahmid Miah", "Son", "03/09/2057", "2987710"],
                   ["Nusrat Miah", "Daughter", "15/01/2060", "2987711"],
                   ["Adam Uddin", "Son", "22/06/2064", "2987714"],
                   ["Maryam Uddin", "Daughter", "08/02/2068", "2987715"],
                   ["Rokeya Begum", "Maternal grandmother (lives with the family)", "-", "-"]]),
        "Tahmid and Nusrat's father, Jubel Miah, lives in Sylhet. Adam and Maryam's father, Shamim Uddin, left the "
        "family home in 2068 and sees them on Sundays.",
        "",
        "{{Consent:}} Shilpi has given her consent to the step-down and to the TAF plan being shared with the "
        "agencies.",
        "{{Lead Practitioner:}} Nazia Chowdhury, Family Support Worker, Ocean Children and Family Centre, has agreed "
        "to take on the role.",
        "{{TAF meeting:}} I will chair it on Thursday 24 April 2070 at 10:00 at the Ocean Children and Family Centre.",
        "",
        "{{What we are still working on:}} Shilpi's depression (she is now under the perinatal team's follow-on "
        "service and taking her medication); Adam's autism diagnosis in February and getting his EHC needs assessment "
        "started; Rokeya's health - she can no longer do the school runs.",
        "",
        "My manager, Kieran Doyle, has signed off the assessment and agrees with the step-down.",
        "",
        "Kind regards,",
        "Shahana",
        "",
        "Shahana Akhtar",
        "Social Worker | Child in Need Team (Bow) | London Borough of Tower Hamlets",
        "",
        TDISC.strip(),
    ]
    assess = pdf_att("C&F Assessment - Begum Miah Uddin - 09.04.2070.pdf", "Child and Family Assessment - summary", [
        "Household: Shilpi Begum (mother), Rokeya Begum (grandmother), Tahmid Miah, Nusrat Miah, Adam Uddin, "
        "Maryam Uddin.", "Assessment started 12/02/2070, concluded 09/04/2070.",
        "Analysis: needs can be met by a multi-agency Early Help plan; no role for statutory social work.",
        "Recommendation: step down to a TAF with a Lead Practitioner (Ocean Children and Family Centre).",
        "Manager's decision: agreed - Kieran Doyle, Team Manager, 10/04/2070."])
    plan = docx_att("TAF plan (draft) - Miah Uddin children.docx", [
        "# Draft TAF plan", "Mum's mental health: GP review monthly; perinatal follow-on service.",
        "Adam: EHC needs assessment request by the school SENCO; autism parent course for Shilpi.",
        "School runs: walking bus for Nusrat and Adam; nursery transport for Maryam."])
    top = outlook_top(f, addr("Akhtar, Shahana", "Shahana.Akhtar@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Miah / Uddin children (4)", when)
    add(f, word_mail(f, top, blocks, [assess, plan], plain_twin=False), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2987710", "2987711", "2987714", "2987715"],
        [ch("Tahmid Miah", "2057-09-03", "03/09/2057"), ch("Nusrat Miah", "2060-01-15", "15/01/2060"),
         ch("Adam Uddin", "2064-06-22", "22/06/2064"), ch("Maryam Uddin", "2068-02-08", "08/02/2068")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "HTML-ONLY OUTLOOK MAIL WHOSE HOUSEHOLD TABLE MIXES ADULTS AND CHILDREN: the mother (her own DOB, 17/03/2036, is in "
        "the table) and grandmother share the surname Begum, the four children carry their two "
        "fathers' surnames (Miah, Uddin). Only the four children are labelled, with their Mosaic ids (the adults' rows "
        "have none). Seed 001 'Stepping Down': C&F assessment (.pdf), draft TAF plan (.docx), 'has given her "
        "consent', Lead Practitioner named with her agency -> nothing missing -> book_meeting; the social worker "
        "chairs the TAF on 24 April. Manager 'agrees with the step-down' -> true. Concerns: depression -> "
        "parental_mental_health; autism, EHC needs assessment -> disability_send.",
        not_children=["Shilpi Begum", "Rokeya Begum", "Jubel Miah", "Shamim Uddin", "Nazia Chowdhury", "Kieran Doyle"],
        adults=[("Shilpi Begum", "17/03/2036")])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2070-05-07 13:20:45"
    body = T("""
Hi MAST,

Please find attached a Multi-Agency Request for Support for the Sheridan / Bello household, stepping up from Targeted Early Help. My team manager, Femi Adewale, has agreed the step up - he's copied in.

Children in the household:
Dylan Sheridan - 13 - 25/01/2057
Kiera Sheridan - 10 - 02/11/2059
Amara Bello - 2 - 14/12/2067

Mum is Kelly Sheridan; her partner, Marcus Bello (Amara's dad), lives with them. Marcus's 9-year-old son from a previous relationship stays some weekends.

Full details are on the MARF. I'd be grateful if someone could pick it up today.

Thanks,
Luke

Luke Harrington
Targeted Early Help Practitioner | Poplar Locality | London Borough of Tower Hamlets
020 7946 0362
""") + TDISC
    marf = pdf_att("MARF - Sheridan Bello - 07.05.2070.pdf", "Multi-Agency Request for Support (MARF)", [
        "Referrer: Luke Harrington, Targeted Early Help, Poplar. Mosaic ID: 3098844",
        "Children: Dylan Sheridan (25/01/2057), Kiera Sheridan (02/11/2059), Amara Bello (14/12/2067)",
        "Adults: Kelly Sheridan (mother), Marcus Bello (mother's partner, Amara's father)",
        "Consent: Kelly consents to the MAST referral (spoken to 07/05/2070, 08:05).",
        "Manager agreement: Femi Adewale, Team Manager, 07/05/2070.",
        "Section 5 - Is there an immediate risk to any child? YES.",
        "At 8.05am today Kelly phoned me. Last night Marcus held a kitchen knife to her throat in the kitchen while "
        "Dylan and Kiera watched from the doorway. He left at about 1am with his keys and texted her this morning "
        "that he will be back tonight to 'finish what he started'. Kelly says she will stay at home because she has "
        "nowhere else to go with three children. The police have not been called.",
        "Section 6 - Early Help so far: TAF since November 2069 (parenting support after Amara's birth).",
        "Request: step up to Children's Social Care."])
    top = outlook_top(f, addr("Harrington, Luke", "Luke.Harrington@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Sheridan / Bello household - MARF attached", when,
                      cc=addr("Adewale, Femi", "Femi.Adewale@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3098844"],
        [ch("Dylan Sheridan", "2057-01-25", "25/01/2057"), ch("Kiera Sheridan", "2059-11-02", "02/11/2059"),
         ch("Amara Bello", "2067-12-14", "14/12/2067")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "A BLENDED HOUSEHOLD'S STEP-UP WHOSE DANGER IS ONLY IN THE ATTACHED MARF: the mail reads as routine ('I'd "
        "be grateful if someone could pick it up today'); the MARF's section 5 says a knife was held to the mother's "
        "throat last night in front of two of the children and the partner says he will be back tonight to 'finish "
        "what he started'. DESIGN safety rule 1: every part of every message is read, attachments included -> "
        "urgent -> alert_duty. Children: the three in the household (two surnames; Marcus Bello and Kelly Sheridan "
        "share them and are adults; the partner's son is unnamed). Seed 001 step-up: MARF attached, manager agreed "
        "(body and form) -> nothing missing. Consent from the MARF -> true; Mosaic ID 3098844 from the MARF. "
        "Concern: domestic_abuse.",
        not_children=["Kelly Sheridan", "Marcus Bello", "Luke Harrington", "Femi Adewale"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2070-06-13 21:05:18"
    body = T("""
Hi Early Help team,

Round-up from this week's sessions as usual - first names and initials only, except where I need you to act.

1. Demi R. (15) - came every night, doing well on the CV workshop. Nothing to report.
2. Jack T. (13) - back after his suspension, quiet but OK. Mum collected him.
3. Sami and Yusuf H. (12 and 14) - football league on Thursday. Fine.
4. Kayla M. (16) - asked about college courses; gave her the leaflet.
5. AYAAN - I need someone to pick this up tonight. Ayaan Chowdhury (14, DOB 30/08/2055) told me after the session at 8.30 that since Easter older lads from his cousin's estate have been making him carry packages to Southend and Clacton. Tonight they told him that if he doesn't get in their car at 6am tomorrow to go to Southend again they'll stab his little brother, Rayan Chowdhury (9), on his way to madrasa. Three of them were waiting across the road when he left at 8.40. I walked him to the end of his road - he's at home with his mum (Shirin) and Rayan, but he says they know where he lives. He doesn't want his mum told because she "can't handle it".
6. Mo A. (15) - new this week, referred by his school. Settled in well.

I'm on my mobile tonight and tomorrow: 07700 900 651.

Tariq

Tariq Mahmood
Senior Youth Worker | Limehouse Youth Hub
""")
    top = plain_top(f, addr("Tariq Mahmood", "tariq@limehouseyouthhub.example.org.uk"), addr("Early Help Hub", TEH),
                    "Weekly youth hub round-up - w/e 13 June", when, "limehouseyouthhub.example.org.uk", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ayaan Chowdhury", "2055-08-30", "30/08/2055"), ch("Rayan Chowdhury")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "A YOUTH HUB'S WEEKLY ROUND-UP OF SIX YOUNG PEOPLE WITH THE DANGER AT ITEM 5, SENT AT 21:05 (out of hours), "
        "NO ALARM WORDS: a 14-year-old made to carry packages to Southend is told to be in the gang's car at 6am or "
        "his 9-year-old brother will be stabbed; three of them were waiting outside tonight. Safety rule 1 -> urgent "
        "-> alert_duty (the Emergency Duty Team at this hour). A youth worker's report asks for no step -> other. "
        "Children: the brothers named in full; the other entries are first names and initials -> not labelled. "
        "Concern: exploitation (criminal exploitation, county lines; the threat to Rayan is part of it - physical_harm "
        "could be argued).",
        not_children=["Tariq Mahmood"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2070-04-29 10:30:31"
    blocks = [
        "Dear MAST,",
        "",
        "Please find attached the Multi-Agency Request for Support for Ruksana Hussain's three children. My team "
        "manager, Nadia Rahim, agreed the step-up in supervision yesterday (28 April), and Ruksana consents to the "
        "referral to MAST.",
        "",
        ("table", [["Child", "DOB", "School"],
                   ["Ibrahim Hussain", "11/07/2059", "Stepney Green School"],
                   ["Aisha Hussain", "23/12/2062", "Redlands Primary"],
                   ["Yusuf Hussain", "05/05/2066", "Redlands nursery class"]]),
        "Mosaic ID 3012258 (family).",
        "",
        "{{Why step up:}} the concerns are neglect and school attendance. There has been no hot water in the flat "
        "since February, the children share one bed in a room with black mould, and dental and audiology appointments "
        "have been missed four times. Ibrahim's attendance is 68% and Aisha's 79%. Six months of the TAF plan have "
        "not changed this.",
        "",
        "{{Please note - two families in one flat:}} Ruksana's sister, Nasima Ali, and her three children moved in "
        "last autumn. Nasima's husband was arrested in March for assaulting Nasima; he is on bail with conditions not "
        "to come to the address or contact her, the police confirm he has kept to them, Nasima has a non-molestation "
        "order and MARAC heard the case on 12 March. The Ali children have their own social worker. None of this "
        "involves Ruksana's children directly and there is no immediate risk to them from him - he has not been seen "
        "at the flat since March - but you will see the MARAC flag on the address.",
        "",
        "Many thanks,",
        "Farzana",
        "",
        "Farzana Haque",
        "Lead Practitioner | Early Help Hub (Stepney) | London Borough of Tower Hamlets",
        "",
        TDISC.strip(),
    ]
    marf = docx_att("MARF - Hussain children - 29.04.2070.docx", [
        "# Multi-Agency Request for Support",
        "Children: Ibrahim Hussain (11/07/2059), Aisha Hussain (23/12/2062), Yusuf Hussain (05/05/2066)",
        "Parent: Ruksana Hussain. Consent to this referral: Yes (28/04/2070).",
        "Is there an immediate child protection concern? No.",
        "Concerns: neglect (home conditions, missed health appointments); school attendance.",
        "Other household members: Nasima Ali and her three children (separate family, own social worker).",
        "Manager agreement: Nadia Rahim, Team Manager, 28/04/2070."])
    top = outlook_top(f, addr("Haque, Farzana", "Farzana.Haque@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Hussain children (Mosaic ID 3012258)", when)
    add(f, word_mail(f, top, blocks, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["3012258"],
        [ch("Ibrahim Hussain", "2059-07-11", "11/07/2059"), ch("Aisha Hussain", "2062-12-23", "23/12/2062"),
         ch("Yusuf Hussain", "2066-05-05", "05/05/2066")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - TWO FAMILIES IN ONE FLAT, THE OTHER FAMILY'S DOMESTIC ABUSE: 'arrested ... for assaulting Nasima', "
        "bail conditions kept, a non-molestation order, MARAC, 'no immediate risk to them from him', and the MARF's "
        "'Is there an immediate child protection concern? No.' The man is barred from the address and has not been "
        "seen there since March -> not urgent, and domestic_abuse is not this family's concern. A complete MAST "
        "step-up (seed 001): MARF (.docx), manager agreed ('agreed the step-up in supervision yesterday'), consent "
        "('consents to the referral to MAST') -> nothing missing -> book_meeting. 'Mosaic ID 3012258' -> 3012258. "
        "Concerns: neglect, school_attendance (68%, 79%).",
        not_children=["Ruksana Hussain", "Nasima Ali", "Nadia Rahim", "Farzana Haque"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2070-06-19 14:10:57"
    body = T("""
Hello Early Help Hub,

I am stepping down three of the four Karim children to a Team Around the Family following the Child and Family Assessment, which concluded on 13 June 2070.

Included:
Zayd Karim - DOB 04/04/2060
Hana Karim - DOB 19/10/2063
Idris Karim - DOB 27/02/2067

Not included: Sumaiya Karim (16) stays open to the Adolescent Service under her own plan and is not part of this step-down.

Dad, Jamal Karim, has consented to the step-down for the three younger children. Their mum passed away in 2068.

Worries: Jamal has MS and has had two relapses since Christmas. Zayd (10) does a lot of the caring at home - cooking, getting Idris to nursery, helping his dad on the stairs - and is now registered with the young carers' service.

Lead practitioner: tbc. I've asked Marner Primary whether their family support worker will take it on and expect an answer next week.

TAF: Tuesday 1 July 2070 at 10am at Marner Primary School - I will chair it.

The assessment and the draft TAF plan are attached.

Ruth

Ruth Adeleke
Social Worker | Assessment and Intervention Team | London Borough of Tower Hamlets
""") + TDISC
    assess = pdf_att("C&F Assessment - Karim - concluded 13.06.2070.pdf", "Child and Family Assessment - outcome", [
        "Children assessed: Sumaiya, Zayd, Hana and Idris Karim. Parent: Jamal Karim.",
        "Outcome for Zayd, Hana and Idris: step down to a TAF (young carer support, father's health).",
        "Outcome for Sumaiya: remains open to the Adolescent Service (separate plan).",
        "Concluded 13/06/2070."])
    plan = docx_att("Draft TAF plan - Zayd Hana Idris Karim.docx", [
        "# Draft TAF plan", "Young carer: Zayd - young carers' service, respite activities, school mentor.",
        "Father's health: MS nurse and adult social care assessment for support at home.",
        "Nursery transport for Idris."])
    top = outlook_top(f, addr("Adeleke, Ruth", "Ruth.Adeleke@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Karim children (3 of 4) - TAF 1 July", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, [],
        [ch("Zayd Karim", "2060-04-04", "04/04/2060"), ch("Hana Karim", "2063-10-19", "19/10/2063"),
         ch("Idris Karim", "2067-02-27", "27/02/2067")],
        ["young_carer"], True, None, ["lead_practitioner"], None, "request_info",
        "A STEP-DOWN FOR THREE OF FOUR SIBLINGS: 'Not included: Sumaiya Karim (16) stays open to the Adolescent "
        "Service' -> she is named in full but is not a child of this request; the father Jamal Karim shares the "
        "surname and is an adult. Seed 001 'Stepping Down': assessment (.pdf) and draft TAF plan (.docx) attached, "
        "consent given; the Lead Practitioner is 'tbc' -> lead_practitioner missing -> request_info. No case id "
        "written. Concern: Zayd caring for his father -> young_carer (MS is a physical illness, not parental mental "
        "health).",
        not_children=["Sumaiya Karim", "Jamal Karim", "Ruth Adeleke"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2070-06-12 10:02:15"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "nazia.chowdhury@oceancfc.example.org.uk",
               "TAF meeting - Miah / Uddin children [SB-tower_hamlets-6120]", addr("Early Help Hub", TEH),
               "2070-06-12 10:01:40")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange Online non-delivery report (multipart/report, Auto-Submitted: auto-replied) for stepbot's own "
        "message to the Lead Practitioner of tower_hamlets_01's family; the returned headers carry "
        "[SB-tower_hamlets-6120]. DESIGN rule 2: bounces are never answered -> auto_reply -> ignore.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2070-07-15 12:40:09"
    body = T("""
Hello Early Help Hub,

Step-down to a Team Around the Family for Rachel Fraser's five children, following the Child and Family Assessment which concluded on 11 July 2070.

Mia Fraser - 02/12/2055
Charlie Fraser - 15/06/2057
Laila Osman - 20/03/2059
Sami Osman - 08/08/2060
Ibrahim Osman - 29/01/2063

Rachel has given her consent to the step-down. Lead Practitioner: Grace Obi, Family Support Worker, Bow School, has agreed to take it on. The TAF is on Thursday 24 July 2070 at 2pm at Bow School and I'll chair it. The assessment and draft plan are attached.

The remaining work is Mia's attendance (83%) and a routine for the younger three now that Rachel is working early shifts.

Connor

PS - 12.35, as I was about to send this: Ibrahim's school nurse has just rung me. Ibrahim has a fresh burn on his forearm in the shape of an iron, and he told her his uncle Yusuf, who moved in at the weekend, did it this morning because he wet the bed. He is begging not to go home. The uncle is the one who collects the younger three at 3.15. I'm going straight to the school now - please hold this step-down until you hear from me.

Connor Blake
Social Worker | Child in Need Team (Stepney) | London Borough of Tower Hamlets
020 7946 0547
""") + TDISC
    assess = pdf_att("C&F Assessment - Fraser Osman - 11.07.2070.pdf", "Child and Family Assessment - outcome", [
        "Children: Mia Fraser, Charlie Fraser, Laila Osman, Sami Osman, Ibrahim Osman. Mother: Rachel Fraser.",
        "Concluded 11/07/2070. Outcome: step down to a TAF plan.",
        "Needs: school attendance (Mia), after-school routine, mother's work pattern."])
    plan = docx_att("Draft TAF plan - Fraser Osman children.docx", [
        "# Draft TAF plan", "Attendance: Mia - attendance officer and breakfast club.",
        "Routine: after-school club places for Laila, Sami and Ibrahim."])
    top = outlook_top(f, addr("Blake, Connor", "Connor.Blake@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Fraser / Osman children (5)", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, [],
        [ch("Mia Fraser", "2055-12-02", "02/12/2055"), ch("Charlie Fraser", "2057-06-15", "15/06/2057"),
         ch("Laila Osman", "2059-03-20", "20/03/2059"), ch("Sami Osman", "2060-08-08", "08/08/2060"),
         ch("Ibrahim Osman", "2063-01-29", "29/01/2063")],
        ["physical_harm", "school_attendance"], True, None, [], None, "alert_duty",
        "A COMPLETE STEP-DOWN FOR FIVE CHILDREN WITH TWO SURNAMES, AND A PS: a 7-year-old has a fresh burn in the "
        "shape of an iron, says the uncle who moved in at the weekend did it this morning, and that uncle collects "
        "the younger three at 3.15 today. No alarm words. Safety rule 1 -> urgent -> alert_duty whatever the kind. "
        "The request itself (seed 001): assessment and plan attached, consent, Lead Practitioner named with her "
        "agency -> nothing missing. Concerns: physical_harm, school_attendance (83%).",
        not_children=["Rachel Fraser", "Grace Obi", "Connor Blake"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2070-07-10 15:00:00"
    text = T("""
PRACTICE WEEK 2070 - "MANY PEOPLE, ONE HOUSEHOLD"
Learning and Development | Children and Culture Directorate

Thank you to everyone who came to Monday's session. As promised, here are the three case studies we used, for your team meetings. The families in them are fictional and the case studies are for training only - please do not act on them.

Case study 1 - "The kitchen table"
Seven children, four fathers, one three-bedroom flat. Child A (14) tells a youth worker that her stepfather's friend, who sleeps on the sofa, "comes in at night". What is the immediate risk, who is at home tonight, and which of the seven children does a step-up cover?

Case study 2 - "Two families, one front door"
Two sisters and their children share a house after an eviction. One sister's ex-partner, subject to a non-molestation order, finds the address. Discuss: when does a domestic abuse risk to one family become a child protection concern for the other family's children?

Case study 3 - "The two Jaydens"
Cousins with the same first name live with their grandmother. A referral gives the wrong date of birth for one of them. What safeguarding errors can follow when records are merged?

Reflective questions
- How do we record children with different surnames in one household?
- When should a step-down include only some of the siblings?

Next session: Thursday 17 July, 2pm, Mulberry Place - "Working with fathers who don't live at home".

Learning and Development Team
London Borough of Tower Hamlets
""")
    top = plain_top(f, addr("Learning and Development", "learning.development@" + TDOM), addr("Early Help Hub", TEH),
                    "Practice Week bulletin - Many people, one household (case studies)", when, TDOM, None,
                    cc=addr("MAST", TMAST))
    add(f, mail(f, top, text, html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - PRACTICE-WEEK CASE STUDIES ABOUT MANY PEOPLE IN ONE HOUSEHOLD: 'comes in at night', 'immediate "
        "risk', 'non-molestation order', 'domestic abuse risk', 'child protection concern', 'safeguarding errors' - "
        "'fictional ... for training only - please do not act on them'. DESIGN: bulletins that list examples must "
        "not trigger the alert. A training bulletin -> other -> human_review; 'Child A' and 'the two Jaydens' are no "
        "named children; no concerns.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2070-04-17 10:00:26"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a step-down to level 3 Early Help for Sian Hext's five children. Two of them are under 5, so I think this needs the under-5s triage.

Tegan Hext - 09/10/2056 - LCS-5521087
Rhys Hext - 27/04/2059 - LCS-5521088
Maddison Gill - 13/01/2063 - LCS-5521090
Archie Sparks - 21/08/2066 - LCS-5521093
Bonnie Sparks - 05/11/2068 - LCS-5521094

Mum is Sian Hext. Archie and Bonnie's dad, Nathan Sparks, lives with the family; Maddison's dad, Jordan Gill, has her every other weekend; Tegan and Rhys have no contact with their father.

The Single Assessment is attached with my analysis and the rationale for stepping down. My team manager, Rebecca Hocking, has recorded her manager's analysis confirming the threshold for level 3 is met - it's in section 9.

Sian and Nathan have both given consent for level 3 Early Help.

What's still needed: the home conditions are still the main worry - they slip when Sian's anxiety is bad; Bonnie's and Archie's health visitor checks need keeping up; Tegan wants help with her own worries about mum.

Thanks,
Jess

Jess Polglase
Social Worker | Single Assessment Team | Torbay Council
01632 960 417
""") + BDISC
    sa = pdf_att("Single Assessment - Hext Gill Sparks - April 2070.pdf", "Single Assessment - summary and analysis", [
        "Children: Tegan Hext, Rhys Hext, Maddison Gill, Archie Sparks (3), Bonnie Sparks (1).",
        "Adults: Sian Hext (mother), Nathan Sparks (father of Archie and Bonnie).",
        "Section 8 - Social worker's analysis: neglect of home conditions has improved with support; mother's anxiety "
        "affects routines. Needs can be met at level 3. Rationale for step down: no role for statutory intervention.",
        "Section 9 - Manager's analysis: I agree with the analysis and confirm the threshold for level 3 intervention "
        "is met. Rebecca Hocking, Team Manager, 16/04/2070.",
        "Consent: Sian Hext and Nathan Sparks consent to level 3 Early Help (15/04/2070)."])
    top = outlook_top(f, addr("Polglase, Jess", "Jess.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Step down request - triage slot please - Hext / Gill / Sparks (5 children, 2 under 5)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3,
        ["LCS-5521087", "LCS-5521088", "LCS-5521090", "LCS-5521093", "LCS-5521094"],
        [ch("Tegan Hext", "2056-10-09", "09/10/2056"), ch("Rhys Hext", "2059-04-27", "27/04/2059"),
         ch("Maddison Gill", "2063-01-13", "13/01/2063"), ch("Archie Sparks", "2066-08-21", "21/08/2066"),
         ch("Bonnie Sparks", "2068-11-05", "05/11/2068")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "A SIBLING GROUP OF FIVE WITH THREE SURNAMES, TWO UNDER 5: each child with an LCS id; mum Sian Hext and dad "
        "Nathan Sparks share surnames with the children and are adults. Seed 002: the Single Assessment (.pdf) with "
        "the social worker's analysis and the TM's analysis 'confirming the threshold for level 3 is met' -> manager "
        "true; 'both given consent for level 3 Early Help' -> true -> nothing missing -> book_meeting (Archie 3 and "
        "Bonnie 1 take the family to the fortnightly under-5s triage, the panel's choice, not a field). Level 3 "
        "stated. Concerns: home conditions slipping -> neglect; mum's anxiety -> parental_mental_health.",
        not_children=["Sian Hext", "Nathan Sparks", "Jordan Gill", "Rebecca Hocking", "Jess Polglase"])

def torbay_02():
    f = "torbay_02.eml"; when = "2070-06-09 16:30:12"
    rows = [["Time", "Family", "Social worker", "Summary"],
            ["09:30", "Family P. (2 children)", "J. Polglase",
             "Step down from SAT. Previous child protection plan (physical harm) ended November 2069; stepdad "
             "convicted and no longer in the household."],
            ["10:00", "Families W. and T. (two families, one address)", "H. Crocker",
             "Step down for Family W only; Family T have their own SW. Domestic abuse between Family T's adults - "
             "the perpetrator has been in prison since March."],
            ["10:30", "Family C. (7 siblings, 3 surnames)", "K. Trewartha",
             "Eldest two not included (one is 18, one remains CIN). Missing episodes in 2069 - none since September."],
            ["11:00", "Family L.", "G. Penhaligon",
             "Back to triage after 'not agreed' on 27 May; actions completed."],
            ["11:30 (under 5s, AFC)", "Family J. (baby and twins aged 3)", "J. Polglase",
             "Pre-birth assessment concluded no role for CSC; risk of neglect assessed as low."],
            ["12:00 (under 5s, AFC)", "Family R. (2 under 5)", "H. Crocker",
             "Dad completed detox in April; both parents testing clear."]]
    blocks = ["Hi all,", "",
              "Please find tomorrow's triage agenda below (Tuesday 10 June 2070 - weekly triage, then the under-5s "
              "triage with AFC). Social workers, please be on Teams five minutes before your slot.", "",
              ("table", rows), "",
              "Reminder: triage is not the place for new child protection concerns - those go to MASH the same day.",
              "", "Thanks,", "Tamara", "", "Tamara Rowse", "Business Support | Early Help | Torbay Council", "",
              BDISC.strip()]
    agenda = docx_att("Triage agenda 10.06.2070.docx", ["# Early Help triage - Tuesday 10 June 2070",
                                                         "Chair: Tamsin Verity"], tables=[rows])
    top = outlook_top(f, addr("Early Help Business Support", "earlyhelp.businesssupport@" + BDOM), addr("Early Help", BEH),
                      "Triage agenda - Tuesday 10 June 2070 (weekly + under 5s)", when,
                      cc=", ".join([addr("Penrose, Silas", "silas.penrose@" + BDOM),
                                    addr("Verity, Tamsin", "tamsin.verity@" + BDOM),
                                    addr("Kemp, Ursula", "ursula.kemp@" + BDOM)]))
    add(f, word_mail(f, top, blocks, [agenda]), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - THE TRIAGE AGENDA LISTING SIX FAMILIES: 'child protection plan (physical harm)', 'convicted', "
        "'Domestic abuse', 'perpetrator', 'Missing episodes', 'risk of neglect', 'detox' - each ended, in prison, "
        "closed or assessed low; the last line says where new concerns go. Business support's agenda (seed 002: the "
        "weekly Tuesday triage and the under-5s triage with AFC) asks for no step -> other -> human_review. Families "
        "as initials -> no children, no case ids, no concerns.")

def torbay_03():
    f = "torbay_03.eml"; when = "2070-05-21 17:45:03"
    body = T("""
MASH,

I'm the lead practitioner for the Parkin children (level 3, EHM-887210). I've just left the house in Foxhole and my manager, Demelza Rowe, agrees this needs to be looked at for level 4 - she said to send it straight through.

Two families are living at the address at the moment: Stacey Parkin with Brooke Parkin (14/06/2060) and Mason Parkin (02/02/2063), and, since their eviction on 6 May, Stacey's sister Jodie Yeo with Tia Yeo (30/09/2062) and Alfie Yeo (11/04/2067).

Jodie's ex, Lee Kane, has a non-molestation order covering Jodie and both her children. He found out the address at the weekend. He has been sitting outside in a silver van since about 4 this afternoon and has sent Jodie texts saying he will "burn the house down with all of you in it tonight" - I saw them. All four children are in the house. The police said on the phone at 5.10 that they would send someone when a unit is free. Jodie won't leave because she has nowhere to go with the kids, and Stacey won't leave her.

I haven't been able to speak to Stacey about a contact to MASH yet - I'll ask her tomorrow.

I'm on until 7: 07700 900 736.

Kerensa

Kerensa Trewartha
Family Intervention Worker | Early Help (Paignton) | Torbay Council
""") + BDISC
    top = outlook_top(f, addr("Trewartha, Kerensa", "Kerensa.Trewartha@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Parkin / Yeo children - same address", when,
                      cc=addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-887210"],
        [ch("Brooke Parkin", "2060-06-14", "14/06/2060"), ch("Mason Parkin", "2063-02-02", "02/02/2063"),
         ch("Tia Yeo", "2062-09-30", "30/09/2062"), ch("Alfie Yeo", "2067-04-11", "11/04/2067")],
        ["domestic_abuse"], None, True, ["consent"], None, "alert_duty",
        "TWO FAMILIES AT ONE ADDRESS AND A THREAT TO BURN THE HOUSE DOWN TONIGHT, SENT AT 17:45 (out of hours), NO "
        "ALARM WORDS: a man under a non-molestation order has sat outside since 4pm texting that he will burn the "
        "house down 'with all of you in it tonight'; four children inside; police not yet there. Safety rule 1 -> "
        "urgent -> alert_duty (the Emergency Duty Team at this hour). The lead professional's contact to MASH (seed "
        "002) -> step_up; both families' children are at the address and named -> all four labelled, in order; "
        "their mothers share their surnames and are adults. Manager: 'agrees this needs to be looked at for level 4' "
        "-> true; consent 'I haven't been able to speak to Stacey ... I'll ask her tomorrow' -> null -> consent "
        "missing. Concern: domestic_abuse.",
        not_children=["Stacey Parkin", "Jodie Yeo", "Lee Kane", "Demelza Rowe", "Kerensa Trewartha"])

def torbay_04():
    f = "torbay_04.eml"; when = "2070-07-08 11:50:40"
    body = T("""
Hello MASH,

Contact for Harvey Sleeman (DOB 03/04/2058, 12), EHM-884512. I'm his lead practitioner at level 3.

This contact is about Harvey only. His sisters, Ellie-Mae Sleeman (9) and Grace Drewe (5 - different dad), are doing well and I'll keep working with them at level 3; there is nothing new about them.

New information: Harvey has had three missing episodes since half term (all back by the morning, return interviews done). School have seen older lads in a car waiting for him at the gate twice this month, and last week he came home with new trainers and a second phone he won't explain. He says they're "mates".

Mum (Donna Sleeman) consents to the contact to MASH. My team manager, Morwenna Bate, and I agree it needs considering for a level 4 statutory response.

Thanks,
Gareth

Gareth Penhaligon
Family Support Worker | Paignton Family Hub | Torbay Council
01632 960 683
""") + BDISC
    top = outlook_top(f, addr("Penhaligon, Gareth", "Gareth.Penhaligon@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Harvey Sleeman only (EHM-884512)", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-884512"], [ch("Harvey Sleeman", "2058-04-03", "03/04/2058")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "A CONTACT TO MASH FOR ONE CHILD OF THREE: 'This contact is about Harvey only' - his sisters Ellie-Mae "
        "Sleeman and Grace Drewe (a different father's surname) are named in full but stay at level 3 -> only Harvey "
        "is labelled; mum Donna Sleeman shares his surname and is an adult. Seed 002 step-up: 'Mum ... consents to "
        "the contact to MASH' -> true; 'My team manager ... and I agree it needs considering for a level 4' -> true "
        "-> nothing missing -> book_meeting (the MASH threshold discussion). Not urgent: he is at home, the episodes "
        "ended, the lead professional is making a planned contact. Concerns: missing episodes -> missing; older "
        "males, unexplained phone and goods -> exploitation.",
        not_children=["Ellie-Mae Sleeman", "Grace Drewe", "Donna Sleeman", "Morwenna Bate", "Gareth Penhaligon"])

def torbay_05():
    f = "torbay_05.eml"; when = "2070-07-02 09:20:55"
    body = T("""
Morning Early Help,

Could I have a triage slot please for a step-down to level 3 Early Help for two cousins who are both called Charlie:

Charlie Voaden (Charlotte) - 16/05/2061 - LCS-5530912
Charlie Babb - 30/10/2063 - LCS-5530918

Both live with their grandmother, Lorraine Voaden, under a child arrangements order.

Some history you'll see on LCS: Charlie B's father, Dean Babb, was the perpetrator of serious domestic abuse against Charlie B's mum, who died in 2067. He has had no contact since 2067 and there is a restraining order. The section 47 enquiry in January 2070 (an allegation that he had approached Charlie B at school) was unsubstantiated - it was a different man - and was closed with no further action. There are no current child protection concerns and no risk from him has been identified since.

The current work is bereavement support for both girls... sorry, for Charlie V and Charlie B (Charlie B is a boy!), and Charlie V's attendance, which is 88%.

Mrs Voaden has given her consent to level 3 Early Help. My TM, Sarah Pascoe, has recorded her manager's analysis confirming the threshold for level 3 is met.

The Single Assessment is still with Sarah for sign-off - I'll send it on Friday.

Hollie

Hollie Crocker
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + BDISC
    top = outlook_top(f, addr("Crocker, Hollie", "Hollie.Crocker@" + BDOM), addr("Early Help", BEH),
                      "Step down to level 3 - the two Charlies (Voaden / Babb) - triage slot please", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-5530912", "LCS-5530918"],
        [ch("Charlie Voaden", "2061-05-16", "16/05/2061"), ch("Charlie Babb", "2063-10-30", "30/10/2063")],
        ["school_attendance"], True, True, ["assessment"], None, "request_info",
        "NEAR MISS - AN UNSUBSTANTIATED SECTION 47 AND A PERPETRATOR WITH NO CONTACT: 'perpetrator of serious "
        "domestic abuse', 'restraining order', 'section 47 enquiry ... unsubstantiated ... no further action', 'no "
        "current child protection concerns and no risk from him' -> historic and negated -> not urgent, no "
        "domestic_abuse. TWO CHILDREN CALLED CHARLIE with different surnames, each labelled by full name (the "
        "'(Charlotte)' gloss is no second child); the grandmother Lorraine Voaden shares a surname and is an adult. "
        "Seed 002: consent ('has given her consent to level 3 Early Help') and the TM's analysis ('confirming the "
        "threshold for level 3 is met') stated; the Single Assessment 'still with Sarah for sign-off' -> assessment "
        "missing -> request_info. Level 3 stated. Concern: school_attendance (88%).",
        not_children=["Lorraine Voaden", "Dean Babb", "Sarah Pascoe", "Hollie Crocker"])

def torbay_06():
    f = "torbay_06.eml"; when = "2070-06-30 15:55:21"
    body = T("""
Hello,

I'm writing to the Early Help inbox because the Family Hub worker's email bounced back and I don't know who else to tell.

At 3.30 this afternoon Lily Medland (3, DOB 12/03/2067) and her cousin Lily Kitto (4, DOB 19/01/2066) were collected by Lily M's mum's partner, Jason Pike. He was slurring, smelled strongly of drink and had an open can of cider in his hand. My staff asked him to wait while they rang mum, but he put both girls in the front of his van - no car seats - and drove off fast up Teignmouth Road.

Lily M's mum, Toni Medland, isn't answering her phone. Lily K's mum, Chelsea Kitto, is at work in Exeter and is on her way. We've given the police the registration.

I don't know what else to do. Please ring me on 01632 960 522.

Sally Widdicombe
Manager, Little Acorns Day Nursery, Torquay
""")
    top = plain_top(f, addr("Sally Widdicombe", "manager@littleacorns-torquay.example.co.uk"), addr("Early Help", BEH),
                    "Lily and Lily - collected by mum's partner, drunk, no car seats", when,
                    "littleacorns-torquay.example.co.uk", None)
    add(f, mail(f, top, body, crlf=False), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lily Medland", "2067-03-12", "12/03/2067"), ch("Lily Kitto", "2066-01-19", "19/01/2066")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "TWO LITTLE GIRLS BOTH CALLED LILY driven off 25 minutes ago by a drunk man, no car seats; one mother not "
        "answering. No alarm words. Safety rule 1 -> urgent -> alert_duty. A nursery manager's report, no step asked "
        "-> other. Both children labelled by full names (cousins, different surnames; 'Lily M' and 'Lily K' are how "
        "staff tell them apart); their mothers share their surnames and are adults. Concern: drink -> "
        "substance_misuse.",
        not_children=["Jason Pike", "Toni Medland", "Chelsea Kitto", "Sally Widdicombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2070-04-25 08:50:33"
    data = itip_reply(f, when, "Jess Polglase", "Jess.Polglase@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Hext / Gill / Sparks children [SB-torbay-4410]", "20700429T113000",
                      "20700429T120000", "Microsoft Teams Meeting",
                      comment="I'll be there. Heads up - I'm coming straight from a strategy discussion about another "
                              "family where there is an immediate risk (a safety plan is now in place), so I may be "
                              "5 minutes late.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - A MEETING REPLY WHOSE COMMENT TALKS OF ANOTHER FAMILY'S 'immediate risk': Outlook iTIP REPLY, "
        "ACCEPTED, for torbay_01's under-5s triage slot (Tue 29 April, a fortnightly under-5s Tuesday); the comment is "
        "about a different family with 'a safety plan ... now in place'. DESIGN: a meeting reply's comment is read "
        "for risk, but this names no child and reports nothing current for anyone -> not urgent -> record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2070-07-22 13:05:44"
    body = T("""
Thank you for your email. I am on annual leave until Monday 4 August 2070 with no access to email.

For anything about Early Help step-ups or triage that can't wait, please contact Tamsin Verity (tamsin.verity@torbay.gov.uk).

If you are worried that a child is at immediate risk of harm, call the MASH on 01632 960214, or 999 in an emergency.

Silas Penrose
Assistant Team Manager | Early Help | Torbay Council
""")
    data = ooo(f, when, "Silas Penrose", "silas.penrose@" + BDOM, addr("MASH", BMASH),
               "MASH threshold discussion - Sleeman [SB-torbay-4512]", body)
    add(f, data, "torbay", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) from the Early Help "
        "assistant team manager, answering stepbot's invitation for torbay_04's MASH threshold discussion; the "
        "'immediate risk of harm ... 999' line is boilerplate. DESIGN rule 2 -> auto_reply -> ignore.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2070-04-22 14:35:08"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at the drop-in on Tuesday 15 April, please find attached the Early Help Assessment step-down plan for Natalie Price's six children as one sibling group, and Natalie's signed consent form. This is a step down to Level 3 (Intensive).

Kayleigh Price - 04/04/2055
Brandon Price - 18/12/2056
Shay Jones-Watkins - 27/07/2059
Ffion Jones-Watkins - 03/03/2062
Lacey Bevan - 10/10/2065
Oakley Bevan - 22/02/2069

Mosaic case 812004 (family group).

Natalie's partner, Dean Bevan (Lacey and Oakley's dad), lives with the family. Shay and Ffion see their dad, Rhodri Jones-Watkins, in Kington on Sundays. Kayleigh and Brandon's father is not involved.

Key person: Rachel Lloyd, Pastoral Lead at Hampton Dene Primary School, has agreed with Natalie to lead on the step-down.

The plan covers Natalie's low mood (GP and Talking Therapies), Brandon's attendance (82%) and help with the morning routine for six children in two schools and a nursery.

Thanks,
Gethin

Gethin Prosser
Social Worker | Hereford City Locality Team | Herefordshire Council
01632 960 743
""") + HDISC
    plan = docx_att("EHA step-down plan - Price Jones-Watkins Bevan.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Children: Kayleigh Price, Brandon Price, Shay Jones-Watkins, Ffion Jones-Watkins, Lacey Bevan, Oakley Bevan",
        "Key person: Rachel Lloyd, Pastoral Lead, Hampton Dene Primary School",
        "Wellbeing plan - what needs to happen / by whom / outcome / timescale:",
        "1. Natalie's low mood - GP review and Talking Therapies - Natalie with Rachel's support - by July 2070",
        "2. Brandon's attendance - attendance plan with school - 90% by October 2070",
        "3. Morning routine - Family Hub practical support, 6 weeks"])
    consent = pdf_att("Signed consent - N Price - 14.04.2070.pdf", "Early Help consent form", [
        "I, Natalie Price, consent to my family receiving Early Help support and to information being shared with the "
        "agencies named in the plan.", "Children: Kayleigh, Brandon, Shay, Ffion, Lacey and Oakley.",
        "Signed: N Price     Date: 14/04/2070"])
    top = outlook_top(f, addr("Prosser, Gethin", "Gethin.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (Level 3) - sibling group of six - Price / Jones-Watkins / Bevan", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["812004"],
        [ch("Kayleigh Price", "2055-04-04", "04/04/2055"), ch("Brandon Price", "2056-12-18", "18/12/2056"),
         ch("Shay Jones-Watkins", "2059-07-27", "27/07/2059"), ch("Ffion Jones-Watkins", "2062-03-03", "03/03/2062"),
         ch("Lacey Bevan", "2065-10-10", "10/10/2065"), ch("Oakley Bevan", "2069-02-22", "22/02/2069")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "A SIBLING GROUP OF SIX WITH THREE FATHERS IN ONE STEP-DOWN, as seed 003 allows ('The step can now be "
        "started via a sibling group'): all six children labelled in order; the adults Natalie Price, Dean Bevan and "
        "Rhodri Jones-Watkins share their surnames and are not children. Seed 003: the EHA step-down plan (.docx), "
        "the signed consent form (.pdf) and the key person with her agency -> nothing missing -> book_meeting (the "
        "drop-in discussion already held). Level 3 stated. 'Mosaic case 812004' -> 812004. Concerns: low mood -> "
        "parental_mental_health; 82% -> school_attendance.",
        not_children=["Natalie Price", "Dean Bevan", "Rhodri Jones-Watkins", "Rachel Lloyd", "Gethin Prosser"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2070-05-08 11:05:47"
    body = T("""
Hello,

Step-down plan attached for Jakub Nowak (DOB 02/06/2061) and Zofia Nowak (DOB 15/11/2064) - Mosaic 845511 and 845512.

Their half-sister, Maja Wójcik (13), is not included. She moved to live with her father in Birmingham under a child arrangements order on 22 April and her case has transferred to Birmingham Children's Trust.

Mum (Katarzyna Nowak) agreed to Early Help verbally when I saw her on Tuesday with the interpreter. I'll get the consent form signed at my visit next week.

Key person: Eleri Vaughan, Family Support Worker at Leominster Family Hub - agreed on the phone yesterday.

Worries: Katarzyna's anxiety since Maja moved out - she is on the waiting list for Talking Therapies. Jakub is doing well at school; Zofia has settled at nursery.

I went through the plan with Xavier Moss on Tuesday.

Diolch,
Anwen

Anwen Pugh
Social Worker | Leominster Locality Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step-down plan - Jakub and Zofia Nowak.docx", [
        "# Early Help Assessment - step-down plan", "Children: Jakub Nowak, Zofia Nowak",
        "Key person: Eleri Vaughan, Family Support Worker, Leominster Family Hub",
        "1. Mum's anxiety - Talking Therapies referral; Polish-speaking parents' group - by July 2070",
        "2. Keeping in touch with Maja - contact plan with her father"])
    top = outlook_top(f, addr("Pugh, Anwen", "Anwen.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Nowak children (2 of 3)", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["845511", "845512"],
        [ch("Jakub Nowak", "2061-06-02", "02/06/2061"), ch("Zofia Nowak", "2064-11-15", "15/11/2064")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "A STEP-DOWN FOR TWO OF THREE SIBLINGS: their half-sister Maja Wójcik, named in full with an accented "
        "surname, 'is not included' (moved to her father in Birmingham) -> not labelled; mum Katarzyna Nowak shares "
        "the surname and is an adult. Seed 003: plan (.docx) and the key person with her agency given; consent "
        "'agreed to Early Help verbally ... I'll get the consent form signed' -> consent true, but the written "
        "consent form is not there -> consent_form missing -> request_info. No level stated -> null. 'Mosaic 845511 "
        "and 845512' -> both. Concern: mum's anxiety -> parental_mental_health.",
        not_children=["Maja Wójcik", "Katarzyna Nowak", "Eleri Vaughan", "Anwen Pugh"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2070-07-14 13:10:16"
    text = T("""
Verity / EH co-ordinators - I can't get through to anyone on the phone so I'm emailing the team inbox too.

I'm at the farm cottage at Lower Wormbridge where two families share: the Kowalczyks and the Lis family. Baby Mila Kowalczyk (7 weeks, DOB 26/05/2070) has a bruise on her left cheek the size of a fingertip and two small bruises behind her right ear. She isn't rolling yet. Her parents say the Lis family's 4-year-old, Szymon, "must have done it". Mila's dad, Paweł Kowalczyk, told me to leave and said they are driving to his brother's in Worcester this afternoon.

I'm sat in my car in the yard. 07700 900 284.

Bethan

Bethan Griffiths
Health Visitor | Golden Valley | Wye Valley Community Health
""")
    top = plain_top(f, addr("Bethan Griffiths", "bethan.griffiths@wyevalley.example.nhs.uk"),
                    addr("Early Help Co-ordinators", HEH), "Baby Mila Kowalczyk - bruising - at the cottage now", when,
                    "wyevalley.example.nhs.uk", None, cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Mila Kowalczyk", "2070-05-26", "26/05/2070")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "BRUISES ON A 7-WEEK-OLD WHO IS NOT YET ROLLING, IN A COTTAGE SHARED BY TWO FAMILIES, the parents about to "
        "leave the county this afternoon; the health visitor is outside. No alarm words. Safety rule 1 -> urgent -> "
        "alert_duty. A health visitor's report to the co-ordinators' inbox asks for no step -> other. Children: Mila "
        "Kowalczyk (born 26/05/2070, the Spring Bank Holiday); the other family's 4-year-old is a first name only -> "
        "not labelled; the father shares her surname and is an adult. Concern: physical_harm.",
        not_children=["Paweł Kowalczyk", "Bethan Griffiths"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2070-06-18 10:15:29"
    body = T("""
Dear co-ordinators,

Please find attached the EHA step-down plan and the signed consent form for the four children in one blended household, following my discussion with Xavier Moss at the drop-in on 10 June. Step down to Level 3.

Evan Morgan-Hughes - 08/01/2058
Tyler Dacosta - 19/05/2059
Seren Morgan-Hughes - 25/08/2061
Macy Dacosta - 13/12/2064

Mosaic 830117. Mum, Rhian Morgan-Hughes, married Tyler and Macy's dad, Andre Dacosta, last year; both signed the consent form.

Background (you will see it on Mosaic): Evan and Seren were on child protection plans under the category of sexual abuse until March 2069. The perpetrator, their paternal uncle, was convicted in 2068, is in prison and has no contact; the risk assessment at the final conference concluded there is no current risk to any of the children. The domestic abuse between Rhian and her ex-husband ended when they separated in 2066. None of this is current.

What is current: Tyler's attendance (85%) and the four of them learning to live as one family - two of the children share a room and there are a lot of arguments.

Key person: Huw Parry, Family Support Worker at Ross-on-Wye Family Hub.

Cofion,
Ceri

Ceri Hamer
Social Worker | South Wye Locality Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step-down plan - Morgan-Hughes Dacosta.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Evan Morgan-Hughes, Tyler Dacosta, Seren Morgan-Hughes, Macy Dacosta",
        "Key person: Huw Parry, Family Support Worker, Ross-on-Wye Family Hub",
        "1. Tyler's attendance - school attendance plan - 92% by December 2070",
        "2. Blended family - Family Hub 'new families' course for Rhian and Andre - autumn term"])
    consent = pdf_att("Consent form signed - Morgan-Hughes Dacosta.pdf", "Early Help consent form", [
        "We consent to our family receiving Early Help and to the plan being shared.",
        "Signed: R Morgan-Hughes, A Dacosta   Date: 12/06/2070"])
    top = outlook_top(f, addr("Hamer, Ceri", "Ceri.Hamer@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down (Level 3) - Morgan-Hughes and Dacosta children (blended family)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["830117"],
        [ch("Evan Morgan-Hughes", "2058-01-08", "08/01/2058"), ch("Tyler Dacosta", "2059-05-19", "19/05/2059"),
         ch("Seren Morgan-Hughes", "2061-08-25", "25/08/2061"), ch("Macy Dacosta", "2064-12-13", "13/12/2064")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A BLENDED FAMILY'S STEP-DOWN WITH A SEXUAL-ABUSE HISTORY: 'child protection plans under the "
        "category of sexual abuse until March 2069', 'perpetrator ... convicted ... in prison ... no contact', 'no "
        "current risk', 'domestic abuse ... ended ... in 2066', 'None of this is current' -> historic and negated -> "
        "not urgent; no sexual_harm or domestic_abuse. Four children of two surnames in birth order; the parents "
        "Rhian Morgan-Hughes and Andre Dacosta share them and are adults. Seed 003: plan (.docx), signed consent form "
        "(.pdf), key person with agency -> nothing missing -> book_meeting. Level 3 stated. Concern: "
        "school_attendance (85%).",
        not_children=["Rhian Morgan-Hughes", "Andre Dacosta", "Huw Parry", "Ceri Hamer"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2070-04-23 14:50:11"
    body = T("""
Hi all,

I need to step the Harris children up to social care and I don't know the Herefordshire step-up process - can someone tell me what to do, or pass this on?

Poppy Harris, 6, DOB 15/09/2063
Finley Harris, 9, DOB 01/03/2061

Mum, Claire Harris, started living with Ross Jenkins in March; he moved in with his three boys, and the eldest, Kieran, is 16.

At lunch today Poppy told her teacher that Kieran "makes me play a secret game in the bath", that it hurts her bottom, and that she isn't allowed to tell Mummy. School rang me at 1.30. Claire works at the hospital until 8 tonight, and Kieran is the one who has all the children after school on Wednesdays. Poppy goes home on the school bus at 3.20.

My manager agrees this needs to go up.

Lowri

Lowri Davies
Family Support Worker | Early Help (Hereford) | Herefordshire Council
01632 960 291
""") + HDISC
    top = outlook_top(f, addr("Davies, Lowri", "Lowri.Davies@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up - Harris household - need help today", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "step_up", True, None, [],
        [ch("Poppy Harris", "2063-09-15", "15/09/2063"), ch("Finley Harris", "2061-03-01", "01/03/2061")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "A 6-YEAR-OLD'S DISCLOSURE ABOUT A 16-YEAR-OLD IN A NEW BLENDED HOUSEHOLD WHO MINDS HER AFTER SCHOOL TODAY; "
        "she goes home on the 3.20 bus and mum works until 8. No alarm words. Safety rule 1 -> urgent -> alert_duty. "
        "A step-up sent to Herefordshire, whose seed 003 defines none: missing [] and notice null for an undefined "
        "kind, and urgency overrides human_review. Children: Poppy and Finley Harris; the 16-year-old is named by "
        "first name only (his surname is his father's, never written with his name) -> not labelled; Claire Harris "
        "and Ross Jenkins are adults. Manager: 'My manager agrees this needs to go up' -> true. Concern: sexual_harm.",
        not_children=["Claire Harris", "Ross Jenkins", "Lowri Davies"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2070-05-14 16:20:02"
    ack = ack_text("step-down", "SB-herefordshire-5120",
                   ["Children: Jakub Nowak, Zofia Nowak", "Case: 845511, 845512"],
                   ["the family's written consent (consent form)"])
    text = T("""
Signed consent form attached - Katarzyna signed it at my visit yesterday, with the interpreter.

Anwen

Sent from my iPad

On 8 May 2070, at 11:09, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + "\n".join("> " + l if l else ">" for l in ack.rstrip("\n").split("\n")) + "\n"
    form = pdf_att("Consent form - K Nowak - signed 13.05.2070.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help support. / Wyrazam zgode na wsparcie Early Help.",
        "Children: Jakub Nowak, Zofia Nowak", "Signed: K Nowak     Date: 13/05/2070"])
    top = plain_top(f, addr("Pugh, Anwen", "Anwen.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-5120]", when, HDOM, "iPad Mail (21H220)")
    add(f, iphone_mail(f, top, text, [form]), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["845511", "845512"], [ch("Jakub Nowak"), ch("Zofia Nowak")],
        [], True, None, [], None, "attach_to_request",
        "An iPad reply to [SB-herefordshire-5120] (herefordshire_02's request) adding the signed consent form: "
        "follow_up -> attach_to_request. 'Katarzyna signed it' -> consent true. Children and the two Mosaic ids from "
        "the quoted acknowledgement (no DOBs there).",
        not_children=[])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2070-07-11 12:00:41"
    body = T("""
Dear colleagues,

Notes from yesterday's North Herefordshire MAG (10 July 2070) for the step-down reviews. Families are by initials as usual; full notes are on Mosaic.

1. Family K. (3 children) - review 2 of 4. Progress good. The exploitation risk for the eldest was reduced to low at MACE in June; no missing episodes since April.
2. Families D. and P. (two families, one address) - review 4 of 4. Housing have moved Family P; both plans can close. Historic domestic abuse in Family P (2068) - no incidents since.
3. Family W. (6 siblings, 3 surnames) - review 1 of 4. Plan started well; attendance up for all six.
4. Family O. - review 3 of 4. The child protection plan ended in 2069; no safeguarding concerns raised at any review since. Mum has finished her course.
5. Family T. - review 2 of 4. The children are no longer considered at risk of neglect; GCP2 re-scored at 2.

Next MAG: Thursday 7 August 2070, Leominster.

Sioned Rees
MAG Co-ordinator (North) | Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Rees, Sioned", "Sioned.Rees@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "MAG (North) 10 July 2070 - notes for step-down reviews", when,
                      cc=addr("Oyelaran, Wilfred", "wilfred.oyelaran@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - MULTI-AGENCY (MAG) REVIEW NOTES FOR FIVE FAMILIES (seed 003: progress reviewed at four "
        "consecutive MAGs): 'exploitation risk ... reduced to low', 'missing episodes', 'Historic domestic abuse', "
        "'child protection plan ended', 'no safeguarding concerns', 'no longer considered at risk of neglect' - all "
        "reduced, ended or negated. Notes asking for no step -> other -> human_review. Initials only -> no children; "
        "no ids; no concerns.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2070-04-21 09:30:50"
    data = itip_reply(f, when, "Mared Howells", "Mared.Howells@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "TENTATIVE", "Step-down drop-in [SB-herefordshire-5003]", "20700422T100000",
                      "20700422T103000", "Microsoft Teams Meeting",
                      comment="Should be fine - court may overrun; I'll confirm by 9.")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from a social worker for a Tuesday-morning step-down drop-in "
        "(seed 003) on Tue 22 April 10:00, with a short COMMENT. record_reply.")
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

# England & Wales bank holidays in 2070 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 28 March; Easter Monday 31 March; May Day
# (the Early May bank holiday) Monday 5 May; Spring Bank Holiday Monday 26 May; Late Summer Bank Holiday Monday
# 25 August; Christmas Day Thursday 25 December; Boxing Day Friday 26 December.
BANK_HOLIDAYS = {date(2070, 1, 1), date(2070, 3, 28), date(2070, 3, 31), date(2070, 5, 5), date(2070, 5, 26),
                 date(2070, 8, 25), date(2070, 12, 25), date(2070, 12, 26)}
IN_WINDOW = {date(2070, 5, 5): "May Day", date(2070, 5, 26): "Spring Bank Holiday"}
EASTER = {date(2070, 3, 28): "Good Friday", date(2070, 3, 31): "Easter Monday"}     # both before the window
# The brief's window is "mid April to late July 2070", taken as the summer term: Monday 14 April (the first Monday
# after the Easter school holidays; Easter Sunday is 30 March) to Friday 25 July 2070 (the last Friday in July).
BRIEF_START, BRIEF_END = date(2070, 4, 14), date(2070, 7, 25)
WINDOW = (datetime(2070, 4, 14, tzinfo=LON), datetime(2070, 7, 25, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 30 March 2070 (Easter Day) and ends at 01:00 UTC on Sunday 26 October 2070.
BST_START = datetime(2070, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2070, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2070

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


def _cal_any(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_content_type() == "text/calendar"]

def _text_excl(f):
    """True when every excluded (not_children) name is written in full in the text and none is labelled."""
    t = readable(parse(f))
    names = [c["name"] for c in _exp(f)["children"]]
    return all(n in t and n not in names for n in META[f]["not_children"])

def _k01(msg):
    cals = _cal_any(msg)
    c = cals[0].get_payload(decode=True).decode()
    return (len(cals) == 1 and "METHOD:REQUEST" in c and "DTSTART;TZID=GMT Standard Time:20700507T100000" in c
            and sorted(_exts(msg)) == ["docx", "docx", "pdf"] and "GCP2" in readable(msg)
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2070, 5, 5) in BANK_HOLIDAYS
            and date(2070, 5, 7).weekday() == 2 and len(_exp("knowsley_01.eml")["children"]) == 5)

def _k02(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    names = [c["name"] for c in _exp("knowsley_02.eml")["children"]]
    return ("MsoTableGrid" in h and tbl.count("No - stays with the CWD Team") == 2 and "Tyler Pickering" in tbl
            and "Jordan Pickering" in tbl and names == ["Mason Kerr-Walsh", "Lily Kerr-Walsh"]
            and "disability_send" not in _exp("knowsley_02.eml")["concerns"] and _wd("knowsley_02.eml") == 6)

def _k03(msg):
    t = readable(msg)
    return (_no_alarm(msg) and "sex offenders register" in t and "until she and Stacey finish work at 10 tonight" in t
            and _wd("knowsley_03.eml") == 3 and "engaging_families" in _exp("knowsley_03.eml")["missing"])

def _k04(msg):
    t = readable(msg)
    return ("there is no risk to Connor, Niamh or Ruby from him" in t and "remanded in custody" in t
            and "Agreed, go ahead with the step up" in _blocks(msg)[1] and _wd("knowsley_04.eml") == 5
            and _pw("knowsley_04.eml") == 6 and "physical_harm" not in _exp("knowsley_04.eml")["concerns"])

def _k05(msg):
    names = [c["name"] for c in _exp("knowsley_05.eml")["children"]]
    return (all(n.startswith("Jayden ") for n in names) and len(names) == 2 and "Tuesday next week, 27th May" in _plain(msg)
            and _wd("knowsley_05.eml") == 4 and _pw("knowsley_05.eml") == 5 and date(2070, 5, 26) in BANK_HOLIDAYS)

def _k07(msg):
    t = readable(msg)
    ids = re.findall(r"EHM-\d{5}", _plain(msg))
    return (ids == _exp("knowsley_07.eml")["case_ids"] and len(ids) == 6 and ALARM.search(t) is not None
            and "none of these families has a current child protection concern" in t)

def _k08(msg):
    p = _plain(msg)
    new, _sep, quoted_part = p.partition("wrote:")
    return (_no_alarm(msg) and "[SB-knowsley-3231]" in str(msg["Subject"]) and "Jordan Carney" not in new
            and "Poppy Tasker" not in new and "Jordan Carney" in quoted_part and "> Reference: SB-knowsley-3231" in p)

def _r01(msg):
    p = _plain(msg)
    return ("The Mensah children are not part of this request" in p and "\nRationale for step up\n" in p
            and _exts(msg) == ["docx"] and len(_exp("richmond_wandsworth_01.eml")["children"]) == 3)

def _r02(msg):
    ics_parts = [p for p in _att(msg) if p.get_filename().endswith(".ics")]
    c = ics_parts[0].get_payload(decode=True).decode() if ics_parts else ""
    return (len(ics_parts) == 1 and "METHOD:REQUEST" in c and "20700616T100000" in c
            and age_years(date(2052, 2, 2), _today("richmond_wandsworth_02.eml")) == 18
            and "NOT included" in _plain(msg) and len(_exp("richmond_wandsworth_02.eml")["children"]) == 5
            and (date(2070, 6, 16) - _today("richmond_wandsworth_02.eml")).days <= 5)

def _r03(msg):
    b = _blocks(msg)
    items = re.split(r"\n(?=\d\. )", b[1]) if len(b) == 2 else []
    item4 = [i for i in items if i.startswith("4. ")]
    others = [i for i in items if re.match(r"[1235]\. ", i)]
    return (_no_alarm(msg) and str(msg["Subject"]).startswith("FW: ") and len(item4) == 1 and len(others) == 4
            and "Oliwia Kowalska" in item4[0] and not any("Oliwia" in o or "Price" in o for o in others)
            and "I agree with the step up" in b[0])

def _r04(msg):
    t = readable(msg)
    return ALARM.search(t) is not None and "MsoTableGrid" in _html(msg) and _exts(msg) == ["docx"]

def _r05(msg):
    t = readable(msg)
    return "3.15 today" in t and "Designated Safeguarding Lead" in t and "Ismail and Hafsa" in t

def _r07(msg):
    t = readable(msg)
    names = [c["name"] for c in _exp("richmond_wandsworth_07.eml")["children"]]
    return ("There are no current safeguarding concerns" in t and names[:2] == ["Amelia Grant", "Amelia Whyte"]
            and "will confirm after that" in t and _exp("richmond_wandsworth_07.eml")["consent"] is None)

def _r08(msg):
    p = _plain(msg)
    new = _blocks(msg)[0]
    return ("Kai Lindqvist is no longer included" in new and "Kai Lindqvist" in _blocks(msg)[1]
            and [c["name"] for c in _exp("richmond_wandsworth_08.eml")["children"]] == ["Maya Lindqvist",
                                                                                         "Ruby Lindqvist-Hart"])

def _t01(msg):
    h = _html(msg)
    return (_no_plain(msg) and "Shilpi Begum" in h[h.index("<table"):h.index("</table>")]
            and "17/03/2036" in h and len(_exp("tower_hamlets_01.eml")["children"]) == 4)

def _t02(msg):
    return (not ALARM.search(body_text(msg)) and ALARM.search(readable(msg)) is not None
            and "finish what he started" in readable(msg) and _exts(msg) == ["pdf"])

def _t03(msg):
    p = _plain(msg)
    items = re.split(r"\n(?=\d\. )", p)
    i5 = [i for i in items if i.startswith("5. ")]
    others = [i for i in items if re.match(r"[12346]\. ", i)]
    return (_no_alarm(msg) and _date(msg).hour >= 21 and len(i5) == 1 and "Ayaan Chowdhury" in i5[0]
            and len(others) == 5 and not any("Chowdhury" in o for o in others))

def _t04(msg):
    t = readable(msg)
    return ("Is there an immediate child protection concern? No." in t and "MARAC" in t
            and "domestic_abuse" not in _exp("tower_hamlets_04.eml")["concerns"])

def _t05(msg):
    return "Not included: Sumaiya Karim" in _plain(msg) and "lead_practitioner" in _exp("tower_hamlets_05.eml")["missing"]

def _t07(msg):
    p = _plain(msg)
    return (_no_alarm(msg) and p.index("Connor\n\nPS - 12.35") < p.index("shape of an iron") and "3.15" in p
            and sorted(_exts(msg)) == ["docx", "pdf"])

def _t08(msg):
    t = readable(msg)
    return "fictional and the case studies are for training only" in t and ALARM.search(t) is not None

def _b01(msg):
    today = _today("torbay_01.eml")
    kids = _exp("torbay_01.eml")["children"]
    return (sum(age_years(date.fromisoformat(c["dob"]), today) < 5 for c in kids) == 2 and len(kids) == 5
            and len({c["name"].split()[-1] for c in kids}) == 3)

def _b02(msg):
    t = readable(msg)
    return ALARM.search(t) is not None and "MsoTableGrid" in _html(msg) and "under 5s" in t

def _b03(msg):
    d = _date(msg)
    return _no_alarm(msg) and (d.hour, d.minute) >= (17, 0) and "burn the house down" in readable(msg)

def _b04(msg):
    return ("This contact is about Harvey only" in _plain(msg) and
            [c["name"] for c in _exp("torbay_04.eml")["children"]] == ["Harvey Sleeman"])

def _b05(msg):
    names = [c["name"] for c in _exp("torbay_05.eml")["children"]]
    t = readable(msg)
    return (names == ["Charlie Voaden", "Charlie Babb"] and "unsubstantiated" in t and ALARM.search(t) is not None
            and "assessment" in _exp("torbay_05.eml")["missing"])

def _b06(msg):
    names = [c["name"] for c in _exp("torbay_06.eml")["children"]]
    return _no_alarm(msg) and names == ["Lily Medland", "Lily Kitto"] and "no car seats" in readable(msg)

def _b07(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return ("PARTSTAT=ACCEPTED" in c and "immediate risk" in c.replace("\r\n ", "")
            and (date(2070, 4, 29) - date(2026, 1, 6)).days % 14 == 0)

def _h01(msg):
    kids = _exp("herefordshire_01.eml")["children"]
    return (len(kids) == 6 and len({c["name"].split()[-1] for c in kids}) == 3 and sorted(_exts(msg)) == ["docx", "pdf"])

def _h03(msg):
    return (_no_alarm(msg) and (_today("herefordshire_03.eml") - date(2070, 5, 26)).days == 49
            and "Szymon" in readable(msg))

def _h05(msg):
    return _no_alarm(msg) and ("herefordshire", "step_up") not in DEFINED and "Kieran Jenkins" not in readable(msg)

def _h06(msg):
    return _exts(msg) == ["pdf"] and "[SB-herefordshire-5120]" in str(msg["Subject"])

def _h07(msg):
    t = readable(msg)
    return ALARM.search(t) is not None and "review 2 of 4" in t and _exp("herefordshire_07.eml")["children"] == []

CUSTOM = [
    ("knowsley_01.eml", "iTIP REQUEST for Wed 7 May; form + GCP2 + minutes; 4 WD (5 plain) over May Day", _k01),
    ("knowsley_02.eml", "Word table of four, two marked not included; 6 WD", _k02),
    ("knowsley_03.eml", "no alarm words; sex offenders register; 3 WD", _k03),
    ("knowsley_04.eml", "the other family's assault; TM agreement quoted; 5 WD (6 plain)", _k04),
    ("knowsley_05.eml", "two Jaydens; 4 WD (5 plain) over the Spring Bank Holiday", _k05),
    ("knowsley_07.eml", "six EHM ids in order; historic flags", _k07),
    ("knowsley_08.eml", "no alarm words; names only in the quoted ack", _k08),
    ("richmond_wandsworth_01.eml", "Mensah children excluded; rationale heading; docx summary", _r01),
    ("richmond_wandsworth_02.eml", ".ics REQUEST; Kyle 18; five of seven", _r02),
    ("richmond_wandsworth_03.eml", "FW of a round-up; item 4 only names; no alarm words", _r03),
    ("richmond_wandsworth_04.eml", "agenda table + docx; alarm words", _r04),
    ("richmond_wandsworth_05.eml", "DSL; 3.15 today; other family first names", _r05),
    ("richmond_wandsworth_07.eml", "two Amelias; negated; consent to be asked", _r07),
    ("richmond_wandsworth_08.eml", "Kai removed in the new text", _r08),
    ("tower_hamlets_01.eml", "HTML-only; mother with DOB in the table", _t01),
    ("tower_hamlets_02.eml", "alarm words only in the MARF", _t02),
    ("tower_hamlets_03.eml", "round-up item 5 of 6; 21:05; no alarm words", _t03),
    ("tower_hamlets_04.eml", "MARF says No; MARAC flag", _t04),
    ("tower_hamlets_05.eml", "Sumaiya not included; lead practitioner tbc", _t05),
    ("tower_hamlets_07.eml", "PS after the signature line; no alarm words", _t07),
    ("tower_hamlets_08.eml", "training vignettes marked fictional", _t08),
    ("torbay_01.eml", "five children, three surnames, two under 5", _b01),
    ("torbay_02.eml", "triage agenda table; alarm words", _b02),
    ("torbay_03.eml", "after 17:00; no alarm words", _b03),
    ("torbay_04.eml", "Harvey only", _b04),
    ("torbay_05.eml", "two Charlies; unsubstantiated s47; assessment missing", _b05),
    ("torbay_06.eml", "two Lilys; no alarm words", _b06),
    ("torbay_07.eml", "ACCEPTED with an immediate-risk comment; an under-5s Tuesday", _b07),
    ("herefordshire_01.eml", "six children, three surnames; docx + pdf", _h01),
    ("herefordshire_03.eml", "no alarm words; 7 weeks old", _h03),
    ("herefordshire_05.eml", "no alarm words; undefined step-up; the 16-year-old unnamed in full", _h05),
    ("herefordshire_06.eml", "follow-up with the signed form", _h06),
    ("herefordshire_07.eml", "MAG notes; alarm words; no children", _h07),
]
for _f in ["knowsley_01.eml", "knowsley_02.eml", "knowsley_03.eml", "knowsley_05.eml", "knowsley_08.eml",
           "richmond_wandsworth_01.eml", "richmond_wandsworth_02.eml", "richmond_wandsworth_08.eml",
           "tower_hamlets_01.eml", "tower_hamlets_05.eml", "torbay_01.eml", "torbay_03.eml", "torbay_04.eml",
           "herefordshire_01.eml", "herefordshire_02.eml", "herefordshire_04.eml"]:
    CUSTOM.append((_f, "the people who are not children of the request are written in full and not labelled",
                   lambda m, _f=_f: _text_excl(_f)))

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "I haven't asked her about a referral yet", "consent", None),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_02.eml", "Gemma has consented to the referral to Family First", "consent", True),
    ("knowsley_03.eml", "agreed the step up on Tuesday", "manager_agreed", True),
    ("knowsley_04.eml", "Agreed, go ahead with the step up", "manager_agreed", True),
    ("knowsley_05.eml", "Pauline has consented to the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "agrees to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree with the plan to step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "both gave their consent at the CIN review", "consent", True),
    ("richmond_wandsworth_02.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "go through the consent form with her and will confirm after that", "consent", None),
    ("tower_hamlets_01.eml", "Shilpi has given her consent to the step-down", "consent", True),
    ("tower_hamlets_01.eml", "agrees with the step-down", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Kelly consents to the MAST referral", "consent", True),
    ("tower_hamlets_02.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Ruksana consents to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "agreed the step-up in supervision yesterday", "manager_agreed", True),
    ("tower_hamlets_05.eml", "has consented to the step-down for the three younger children", "consent", True),
    ("tower_hamlets_07.eml", "Rachel has given her consent to the step-down", "consent", True),
    ("torbay_01.eml", "have both given consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "I'll ask her tomorrow", "consent", None),
    ("torbay_03.eml", "agrees this needs to be looked at for level 4", "manager_agreed", True),
    ("torbay_04.eml", "consents to the contact to MASH", "consent", True),
    ("torbay_04.eml", "agree it needs considering for a level 4 statutory response", "manager_agreed", True),
    ("torbay_05.eml", "has given her consent to level 3 Early Help", "consent", True),
    ("torbay_05.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_01.eml", "I, Natalie Price, consent to my family receiving Early Help", "consent", True),
    ("herefordshire_02.eml", "agreed to Early Help verbally", "consent", True),
    ("herefordshire_04.eml", "both signed the consent form", "consent", True),
    ("herefordshire_05.eml", "My manager agrees this needs to go up", "manager_agreed", True),
    ("herefordshire_06.eml", "Katarzyna signed it at my visit yesterday", "consent", True),
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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_05.eml", "knowsley_03.eml", "knowsley_08.eml",
                  "richmond_wandsworth_03.eml", "torbay_03.eml", "torbay_06.eml", "tower_hamlets_03.eml",
                  "tower_hamlets_07.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (6, 6), "knowsley_03.eml": (3, 4), "knowsley_04.eml": (5, 6),
    "knowsley_05.eml": (4, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_04.eml", "knowsley_05.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_05.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}
def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2070])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2070 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2070, 3) and BST_END.date() == last_sun(2070, 10)):
        errors.append("set: BST must start on the last Sunday of March 2070 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window, checked: Monday 14 April and Friday 25 July 2070; Easter Sunday (30 March) is the day BST begins
    if not (BRIEF_START.weekday() == 0 and BRIEF_END.weekday() == 4 and WINDOW[0].date() == BRIEF_START
            and WINDOW[1].date() == BRIEF_END == date(2070, 7, 25)):
        errors.append("set: the window must run from Monday 14 April to Friday 25 July 2070")
    from dateutil.easter import easter as _easter
    if not (_easter(2070) == date(2070, 3, 30) == BST_START.date()):
        errors.append("set: Easter Sunday 2070 must be 30 March, the day BST begins")
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
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
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED or len(decisive) < 2:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
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

def _add_child(f, name, dob=None):
    _exp(f)["children"].append({"name": name, "dob": dob})
    META[f]["children"].append({"name": name, "dob": dob, "_w": None, "_as": None})

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_05's notice labelled ok", lambda: _relabel("knowsley_05.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2070, 5, 5)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2070, 5, 26)), "Knowsley notice counts are"),
    ("knowsley_04's Date given +0000", lambda: _shift_date("knowsley_04.eml", "Tue, 20 May 2070 11:30:05 +0100",
                                                           "Tue, 20 May 2070 11:30:05 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_03's now given +0000", lambda: _relabel("torbay_03.eml", now="2070-05-21T16:49:03+00:00"),
     "now offset differs from the Date header's"),
    ("now 8 minutes after the Date", lambda: _relabel("torbay_04.eml", now="2070-07-08T11:58:40+01:00"),
     "now not 2-6 min after Date"),
    ("knowsley_05 sent on the Spring Bank Holiday",
     lambda: _shift_date("knowsley_05.eml", "Tue, 20 May 2070", "Mon, 26 May 2070", 6), "Date on a bank holiday"),
    ("herefordshire_02 sent on a Saturday", lambda: _shift_date("herefordshire_02.eml", "Thu, 08 May 2070",
                                                                "Sat, 10 May 2070", 2), "Date on a weekend"),
    ("'risk' added to torbay_06's subject", lambda: _sub("torbay_06.eml", b"Subject: Lily and Lily",
                                                          b"Subject: risk - Lily and Lily"), "no alarm word are"),
    ("tower_hamlets_03 filed as a near miss", lambda: _relabel("tower_hamlets_03.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_05 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_05.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("an excluded sibling labelled (Tyler Pickering)", lambda: _add_child("knowsley_02.eml", "Tyler Pickering", "2064-07-14"),
     "excluded person Tyler Pickering labelled as a child"),
    ("the 18-year-old labelled", lambda: _add_child("richmond_wandsworth_02.eml", "Kyle Fenwick", "2052-02-02"),
     "is 18 or over"),
    ("Kai kept after the correction", lambda: _add_child("richmond_wandsworth_08.eml", "Kai Lindqvist"),
     "excluded person Kai Lindqvist labelled"),
    ("a Mosaic id labelled with its label", lambda: _relabel("herefordshire_01.eml", case_ids=["Mosaic case 812004"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_07.eml", consent=True,
                                                                  missing=[], next_action="book_meeting"),
     "means consent None"),
    ("the other family's DA labelled", lambda: _relabel("tower_hamlets_04.eml",
        concerns=["domestic_abuse", "neglect", "school_attendance"]), "MARF says No; MARAC flag"),
    ("a date after 2070 in a body", lambda: _sub("herefordshire_07.eml", b"Thursday 7 August 2070",
                                                  b"Thursday 7 August 2071"), "year after 2070"),
    ("Auto-Submitted removed from the bounce", lambda: _sub("tower_hamlets_06.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("torbay_07's calendar made a REQUEST", lambda: _sub("torbay_07.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_04.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_07.eml", category="ordinary"),
     "category totals"),
    ("the children of herefordshire_01 swapped", lambda: _exp("herefordshire_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("the two Jaydens collapsed into one", lambda: _exp("knowsley_05.eml")["children"].pop(),
     "two Jaydens"),
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
