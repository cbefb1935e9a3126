#!/usr/bin/env python3
"""mixed42: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2061 (Tuesday 12 April - Friday 22 July), in children and families crossing council
borders: families moving in from or out to another authority (Liverpool, Sefton, Croydon, Lambeth, Newham,
Birmingham, Plymouth, Cornwall, Powys, Worcestershire), children placed or living out of borough (a Lewisham child
placed in Torquay, a Herefordshire child in a Telford children's home, a girl in shared care between Torquay and
Exeter, a boy between Huyton and St Helens), a child from another council's area seen at a local hospital or holiday
park, transfer-in letters, notifications and conference invitations between councils, mail sent to the wrong
council's inbox (a GP writing to "Hounslow MASH" at Richmond's address, a Sefton school's report forwarded on, a
children's home writing to the Early Help co-ordinators), and holidays and visits to relatives in other towns or
abroad (Birmingham, Bristol, Ludlow, Lagos, Porto, Sylhet) - alongside ordinary practitioners' requests.

Urgent mail (12), mostly in plain words: glove-pattern scalds on a Warrington 2-year-old due to be collected from
the ward at 5pm; a 14-year-old told to "do a run" at 3 today (in the second paragraph of a follow-up); a Sefton
school's report of a punched 5-year-old forwarded by Sefton's MASH; a baby at home with a man who strangled her
mother, in a GP's mail meant for Hounslow; a 15-year-old held in a Birmingham flat; a 6-year-old on a Bradford CP
plan taken to Stepney by her father; a 16-year-old who will be married abroad on Saturday and cannot go home
tonight; two children at a holiday park at 23:07 with unrousable parents; a 7-year-old due to be handed over in
Exeter at 5pm; a drunk father driving off with a 6-year-old (in a triage DECLINE's comment); a registered sex
offender collecting two girls from school today; a looked-after 14-year-old in a car with two men.
Near misses (12): historic plans from another council (Sefton, Lambeth, Worcestershire), an out-of-office, a
transfer-in notification, a hypothetical release from prison, a pre-travel FGM / forced-marriage check with nothing
found, a boy already home after going missing, an out-of-area placement notification, a partnership bulletin's
fictional examples, a transfer-in conference invitation (iTIP REQUEST) and an undefined Herefordshire step-up with
the risk negated.

Window: Easter Monday is 11 April 2061, so the set opens on Tuesday 12 April and closes on Friday 22 July 2061. The
whole window is British Summer Time (+0100; BST 27 March - 30 October 2061). England & Wales bank holidays from the
`holidays` package: Good Friday 8 April and Easter Monday 11 April fall just before the window; inside it are May Day
(Monday 2 May) and the Spring Bank Holiday (Monday 30 May). Two Knowsley notice counts are decided by them
(knowsley_01 across 2 May, knowsley_04 across 30 May: 5 plain weekdays but 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks to read the attachments back; `holidays` is
required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, NDR, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays, the checks). Every label was set by hand
from the specification; the self-checks only verify them against its rules and STOP on any error before anything
is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Tuesday 12 April - Friday 22 July 2061) is British
    Summer Time (+0100): BST began at 01:00 UTC on Sunday 27 March 2061 and ends on Sunday 30 October 2061. The
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
        qm = re.match(r"(>+ ?)", logical)
        if qm and len(logical) > width:
            # a quoted line: each physical line keeps the quote prefix (RFC 3676 s4.5, quote depth)
            pre = qm.group(1)
            if not pre.endswith(" "):
                pre += " "
            words = logical[len(qm.group(1)):].split(" ")
            cur = ""
            phys = []
            for w in words:
                if cur and len(pre) + len(cur) + 1 + len(w) > width:
                    phys.append(pre + cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            phys.append(pre + cur)
            out += phys
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
            zi = zipfile.ZipInfo(name, date_time=(2061, 4, 4, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2061-04-27 14:12:06"
    body = T("""
Hi MASH,

This is the step up TAF meeting for the McAllister family (EHM-204518) - Wednesday 4th May at 10am on Teams. I've invited the current TAF members separately (St Kevin's, the health visitor and the housing officer from the trust).

Bit of background: the family moved to Kirkby from Norris Green (Liverpool) in January. Liverpool Early Help transferred the case to us at a transfer TAF on 19/01/2061 and I've been the case manager since.

Children:
Tiegan McAllister - DOB 03/02/2053
Rhys McAllister - DOB 21/09/2056

Attached: the step up form, the Graded Care Profile 2 I completed with mum on 14/04/2061, and the minutes of our TAF on 20/04/2061.

In short, the home has gone backwards since the move. There was no food in the house on three of my last five visits, the dog is fouling in the kitchen and nobody is clearing it, Rhys is still in nappies at 4 and was in the same clothes three days running, and Tiegan has been sent home from St Kevin's with head lice four times this term. Her attendance is down to 71%. Mum lets me in every time and comes to every TAF, but whatever we put in place slips within a fortnight. The GCP2 came out at level 4 for physical care and for safety.

My TM, Paul Hesketh, went through it with me in supervision on Monday and agreed the step up - his agreement is on the form. Mum knows we are asking for the step up.

Thanks
Bethany

Bethany Corrigan
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0372
""") + "\n" + KDISC
    form = docx_att("FF Step Up request to CSC - McAllister.docx", appendix1([
        ("Case ID on EHM:", "EHM-204518"),
        ("Children:", "Tiegan McAllister 03/02/2053; Rhys McAllister 21/09/2056"),
        ("Has this family recently closed to Children's Social Care?:", "No. Open to Liverpool Early Help until the "
         "transfer TAF on 19/01/2061; never open to social care in Liverpool or Knowsley."),
        ("Date of step up TAF meeting:", "Wednesday 04/05/2061, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum attends every TAF and every visit. Toolkit not needed."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 20/04/2061"),
        ("What are we worried about?", "Home conditions (dog mess in the kitchen, no food on 3 of 5 visits); Rhys "
         "(4) in the same clothes for days; Tiegan's attendance 71% and repeated head lice; changes do not last."),
        ("What is working well?", "Mum is warm with the children and honest with us; maternal aunt in Kirkby helps "
         "on Saturdays; Tiegan likes school and her teacher."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 14/04/2061 - level 4 physical care, "
         "level 4 safety, level 3 love, level 3 esteem. Attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Paul Hesketh, Team Manager, 25/04/2061"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, a weekly TAF, a clean-up with "
         "the housing officer within 2 weeks and a GCP2 review in 6 weeks."),
    ]))
    gcp2 = pdf_att("GCP2 McAllister 14.04.2061.pdf", "Graded Care Profile 2 - summary of scores", [
        "Family: McAllister (Tiegan, Rhys). Completed by Bethany Corrigan with mum, 14/04/2061.",
        "Area 1 Physical care (nutrition, housing, hygiene, clothing, health): grade 4",
        "Area 2 Care of safety (in presence and in absence): grade 4",
        "Area 3 Love (carer and child): grade 3",
        "Area 4 Esteem (stimulation, approval, disapproval, acceptance): grade 3",
        "Comment: food insecurity, dog fouling in the kitchen, clothing and hygiene not maintained; mum loving but",
        "overwhelmed since the move from Liverpool."])
    minutes = docx_att("TAF minutes 20.04.2061 - McAllister.docx", [
        "# Team Around the Family - minutes", "Date: 20/04/2061, 13:30, Kirkby Family Hub",
        "Present: mum, Bethany Corrigan (Family First, chair), Tiegan's class teacher (St Kevin's), health visitor, "
        "housing officer",
        "School: attendance 71%; head lice again; Tiegan hungry on Monday mornings.",
        "Health visitor: Rhys not toilet trained; missed his development review twice.",
        "Housing: property inspection found dog fouling and a broken cooker; repair booked.",
        "Agreed: Bethany to discuss a step up with her team manager."])
    cal = ics("REQUEST", f, dt(when), "20610504T100000", "20610504T113000",
              "Step up TAF meeting - McAllister - EHM-204518", "Microsoft Teams Meeting", body,
              ("Bethany Corrigan", "Bethany.Corrigan@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Corrigan, Bethany", "Bethany.Corrigan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - McAllister - EHM-204518", when, cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-204518"],
        [ch("Tiegan McAllister", "2053-02-03", "03/02/2053"), ch("Rhys McAllister", "2056-09-21", "21/09/2056")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up sent as the Teams invitation itself (iTIP METHOD:REQUEST, not a meeting reply) to the MASH "
        "inbox and MASH business support, as seed 004 s4 asks; a family transferred in from Liverpool Early Help. "
        "Everything REQUIREMENTS.md (knowsley step_up) asks for is there: Appendix 1 step-up form, TAF minutes, EHM id, "
        "TM agreement ('agreed the step up'), the meeting date and time, and the GCP2 that neglect requires (seed 004 "
        "s4: 'the Graded Care profile must be reflected'). NOTICE ACROSS MAY DAY, DECISIVE: from Wed 27 April the "
        "meeting on Wed 4 May is 5 plain weekdays but Mon 2 May is the Early May bank holiday, so 4 working days < 5 "
        "(seed 004 s4 'at least 5 working days' notice') -> notice not ok -> request_info. 'Mum knows' is not consent "
        "(null). Concerns: home conditions, food, hygiene -> neglect; 71% -> school_attendance.",
        meeting=date(2061, 5, 4), not_children=["Bethany Corrigan", "Paul Hesketh"])


def knowsley_02():
    f = "knowsley_02.eml"; when = "2061-05-10 13:22:40"
    body = T("""
To the Knowsley MASH team,

I am the named nurse for children at Knowsley & District Hospital. We have a 2-year-old on Ward 3 who lives in Warrington but has been staying with her nan in Huyton since Sunday night.

Ava-Rose Whitfield, DOB 17/08/2058, NHS number 999 725 4410
Home address: 41 Canal Side, Warrington WA9 9ZL (mum Chelsea Whitfield and mum's partner Lee Connolly)
Staying with: nan, Pauline Whitfield, 8 Aspen Close, Huyton L36 9ZR

Nan brought her into the children's emergency department at 10.50 this morning with scalds to both hands. They are even, glove-like burns that stop in a straight line at both wrists. Dr Okeke (consultant paediatrician) has seen her and says this is the pattern you get when hands are held in hot water - not a splash and not a pulled-over cup. Nan says the hands were "red and peeling" when Lee dropped Ava-Rose off on Sunday night, that he told her it was eczema, and that she has been putting cream on them since.

At 12.35 mum texted nan to say that she and Lee are driving over and will take Ava-Rose home to Warrington from the ward at 5 o'clock, and that "nobody is keeping her in". Medically she could go after the dressing clinic this afternoon. Nan is frightened of Lee and does not want to be on the ward when he arrives.

I rang Warrington's children's services duty line at 12.50. They have the family on their system but said that as Ava-Rose is in Knowsley today it needs to be picked up by you, and they will email over what they hold.

Please could a social worker ring me on the ward before 5pm - 0151 496 0733, or bleep 4412 through switchboard.

Carys Ndlovu
Named Nurse for Children
Knowsley & District Hospital NHS Trust
""")
    top = plain_top(f, addr("NDLOVU, Carys (KNOWSLEY & DISTRICT HOSPITAL NHS TRUST)", "carys.ndlovu@nhs.example"),
                    addr("Knowsley MASH", KMASH),
                    "Ava-Rose Whitfield 17/08/2058 - Warrington child on our ward - please ring before 5pm", when,
                    "nhs.example", None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ava-Rose Whitfield", "2058-08-17", "17/08/2058")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD FROM ANOTHER COUNCIL'S AREA SEEN AT A LOCAL HOSPITAL: a Warrington 2-year-old staying with her nan in "
        "Huyton has symmetrical glove-pattern scalds that the consultant says come from hands held in hot water; the "
        "man who brought her on Sunday is coming with mum to take her home from the ward at 5pm today, and "
        "Warrington have passed it to Knowsley because she is in Knowsley now. An immediate child-protection risk in "
        "plain words with no alarm word (DESIGN safety rule 1; seed 004 s1 'Any immediate safeguarding concerns should "
        "be communicated to the Duty Social Work Team in the MASH') -> urgent, alert_duty. Kind other: a hospital "
        "report, not a Family First step-up. The NHS number is not a case id. Concern physical_harm.",
        not_children=["Chelsea Whitfield", "Lee Connolly", "Pauline Whitfield", "Carys Ndlovu"])


def knowsley_03():
    f = "knowsley_03.eml"; when = "2061-06-16 10:05:19"
    body = T("""
Hi Family First,

Step down to Family First at Level 3 for the Doyle-Harper children - ICS-2260318. Joint home visit with a Family First case manager: Thursday 23rd June at 2pm, at home - 23 Lime Grove, Kirkby, L32 9ZQ.

Kenzie Doyle-Harper - DOB 11/11/2051
Skye Doyle-Harper - DOB 04/03/2055

Some history, because the file looks worse than the family now is. The children came to us from Sefton on child protection plans when mum moved to Kirkby in January - the plans (category emotional abuse, because of the children's father's violence to mum) were transferred in at a transfer-in conference on 15/02/2061 and ended at the review conference on 12/05/2061. Since then it has been a Child in Need plan. Dad is in prison for the assault on mum in 2060 and there is a restraining order that runs for another five years; he has had no contact of any kind since. The risk from him was high in Sefton - that was then. There are no current concerns about domestic abuse, and mum's new partner (who does not live with them) has been checked with the police and nothing came back.

What are we worried about?
Mum's anxiety is still high; she is on the waiting list for Talking Therapies and finds school mornings hard. Kenzie has been late nine times this half term and his attendance is 89%.

What is working well?
Mum has kept the children away from their dad and finished the Freedom Programme. Skye's attendance is 98% and she is doing well. Maternal gran in Bootle has the children every Saturday and helps on Monday mornings.

What needs to happen?
A Family First case manager to take on a TAF with both schools; mum to start Talking Therapies when her appointment comes through; a morning routine plan for Kenzie with his school's pastoral team.

Mum has given her consent to the referral to Family First - she signed it at my visit on 14/06/2061. My TM, Angela Birch, agrees with the step down.

Thanks,
Gareth

Gareth Lunt
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0526
""") + "\n" + KDISC
    top = outlook_top(f, addr("Lunt, Gareth", "Gareth.Lunt@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Doyle-Harper - ICS-2260318 - joint visit Thurs 23rd June", when,
                      cc=addr("Birch, Angela", "Angela.Birch@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-2260318"],
        [ch("Kenzie Doyle-Harper", "2051-11-11", "11/11/2051"), ch("Skye Doyle-Harper", "2055-03-04", "04/03/2055")],
        ["parental_mental_health", "school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS, A FAMILY TRANSFERRED IN ON CHILD PROTECTION PLANS: 'child protection plans', 'violence', 'risk ... "
        "was high' and 'domestic abuse' all describe Sefton's plans that ended in May and a father in prison with a "
        "restraining order and no contact; 'There are no current concerns about domestic abuse'. Not urgent, and "
        "domestic_abuse is not a current concern. Complete Knowsley level 3 step-down (seed 004 s2/s3, REQUIREMENTS "
        "knowsley step_down level 3): the joint home visit's date, time and venue, all three Signs of Safety headings, "
        "consent ('has given her consent to the referral to Family First'). Notice: Thu 16 June -> Thu 23 June is "
        "exactly 5 working days -> ok -> book_meeting. Concerns now: mum's anxiety -> parental_mental_health; Kenzie "
        "89% and late -> school_attendance. TM agrees -> manager true.",
        meeting=date(2061, 6, 23), not_children=["Gareth Lunt", "Angela Birch"])


def knowsley_04():
    f = "knowsley_04.eml"; when = "2061-05-27 15:40:52"
    body = T("""
Afternoon all,

Please note the intention to step Oisín Brady down to a Level 2 Early Help service at his final CIN meeting.

Child: Oisín Brady, DOB 30/06/2049. ICS ID 2251946.

Oisín lives with his dad in Huyton during the week and with his mum in St Helens from Friday teatime to Sunday night - it's a shared care arrangement that works, and both parents come to everything. His school (St Aidan's Catholic Primary, Huyton) has agreed to take on the Lead Practitioner role at Level 2.

Final CIN meeting: Friday 3rd June, 10am, Page Moss Family Hub, meeting room 2. I know it's half term - Joanne has said she'll come in for it.

Lead Practitioner taking over: Joanne Tyrer, Pastoral Lead, St Aidan's Catholic Primary School, Huyton.

What we're worried about
Dad's low mood since his own father died in February - he is under his GP and has started counselling. Oisín's attendance has dropped to 86%, mostly Mondays after his weekends in St Helens, and he has been late for school 11 times this term.

What's working well
Both parents are loving and communicate well with each other about Oisín. Dad asked for help himself. Oisín is doing well academically and loves his football club in St Helens. Mum now drops him at school on Monday mornings.

What needs to happen next
An EHAT and TAF led by school; Monday morning routine agreed between the two houses; dad to keep up his counselling; school to offer Oisín a place at breakfast club.

Dad and mum have both agreed to the step down to school-led Early Help.

Many thanks,
Siobhan

Siobhan Keegan
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0477
""") + "\n" + KDISC
    top = plain_top(f, addr("Keegan, Siobhan", "Siobhan.Keegan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Level 2 - Oisín Brady - final CIN Fri 3rd June", when, KDOM,
                    "Microsoft Outlook 16.0", cc=addr("Joanne Tyrer", "j.tyrer@staidans-huyton.example"))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["2251946"],
        [ch("Oisín Brady", "2049-06-30", "30/06/2049")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 2 step-down (seed 004 s2: the email must give the date, time and venue of the step-down "
        "meeting, the three Signs of Safety headings, and the name and organisation of the new Lead Practitioner): "
        "all present, so nothing is missing; a child who lives across the Knowsley / St Helens border in shared care. "
        "'ICS ID 2251946' -> the bare number (DESIGN: a label before it is not part of it). NOTICE ACROSS THE SPRING "
        "BANK HOLIDAY, DECISIVE: from Fri 27 May the final CIN meeting on Fri 3 June is 5 plain weekdays but Mon 30 "
        "May is the Spring Bank Holiday -> 4 working days < 5 ('At least 5 working days prior to the potential final "
        "Child in Need (CIN) meeting') -> notice not ok -> request_info. Consent stated (true; not required at level "
        "2). Concerns: dad's low mood -> parental_mental_health; 86% and lateness -> school_attendance.",
        meeting=date(2061, 6, 3), not_children=["Siobhan Keegan", "Joanne Tyrer"])


def knowsley_05():
    f = "knowsley_05.eml"; when = "2061-07-19 09:48:33"
    ack = [
        "Thank you - your step up request has been received.",
        "",
        "Reference: SB-knowsley-318",
        "Child: Jayden Carney (14/01/2047)",
        "Case ID: EHM-207734",
        "Step-up TAF meeting: Wednesday 27 July, 10:00 (Microsoft Teams)",
        "",
        "What is missing:",
        "- exploitation_assessment: the Merseyside Exploitation Assessment, because the concerns include "
        "exploitation (CE/CSE)",
        "",
        "Please reply to this email, keeping the reference in the subject, to add anything.",
    ]
    text = T("""
Hi, the Merseyside Exploitation Assessment is attached as asked.

Also - school have just rung me. Jayden told his form tutor this morning that his cousin Kane (the one from Anfield who took him over to Liverpool at Easter) is picking him up from the gates at 3 today, and that he has to go with him to "do a run" or "they'll do his mum's windows in". His tutor said he was shaking. Mum isn't answering her phone. I'm driving over to the school now but can someone from MASH ring me or the school before 3 - I'm on 07700 900 781 and school is 0151 496 0190.

Danielle

Sent from my iPhone

On 15 Jul 2061, at 14:02, stepbot <knowsleymash@knowsley.gov.uk> wrote:

""") + stepbot_ack("SB-knowsley-318", ack)
    mea = docx_att("MEA - Jayden Carney.docx", [
        "# Merseyside Exploitation Assessment",
        "Young person: Jayden Carney, DOB 14/01/2047. EHM-207734.",
        "Completed by: Danielle Fryer, Family First Case Manager, 18/07/2061.",
        "Indicators: unexplained new trainers and a second phone; two overnight stays in Anfield (Liverpool) with an "
        "older cousin at Easter; cash found by mum; friendships with older young people from outside Knowsley.",
        "Level of concern: significant (criminal exploitation).",
        "Views of the young person: says he 'helps his cousin out'; will not say what with.",
        "Plan: share with the MASH at the step-up TAF meeting."])
    top = [("From", addr("Danielle Fryer", "Danielle.Fryer@" + KDOM)), ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", "Re: [SB-knowsley-318] Step up received - Carney - EHM-207734"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "knowsley.gov.uk")),
           ("In-Reply-To", "<SB-knowsley-318-ack@stepbot.invalid>"), ("References", "<SB-knowsley-318-ack@stepbot.invalid>"),
           ("X-Mailer", "iPhone Mail (21F90)")]
    add(f, iphone_mail(f, top, text, [mea]), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-207734"],
        [ch("Jayden Carney", "2047-01-14", "14/01/2047")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP, IN THE SECOND PARAGRAPH: the reply to [SB-knowsley-318] sends the missing Merseyside "
        "Exploitation Assessment (kind follow_up), then reports that a 14-year-old says his cousin from Liverpool is "
        "collecting him at the gates at 3 today to 'do a run' under threat to his mum, and mum cannot be reached. "
        "DESIGN safety rule 1: every part is read and urgency overrides the kind -> alert_duty (not "
        "attach_to_request). No alarm word anywhere (the MEA says 'Level of concern: significant'). Child and DOB "
        "only in the quoted acknowledgement; missing [] for a follow-up. Concern exploitation (the Easter trip is "
        "part of the same pattern, not a labelled missing episode).",
        not_children=["Danielle Fryer"])


def knowsley_06():
    f = "knowsley_06.eml"; when = "2061-06-13 11:31:02"
    add(f, itip_reply(f, when, "Priya Nair", "priya.nair@sthelens-council.example", ("Knowsley MASH", KMASH),
                      "ACCEPTED", "Step up TAF meeting - Hughes - EHM-205311 [SB-knowsley-301]",
                      "20610615T100000", "20610615T113000", "Microsoft Teams Meeting",
                      comment="I'll join - the two older boys live with their dad in St Helens so I'll bring our "
                              "assessment. Priya (St Helens CSC)"),
        "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-205311"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from a social worker in ANOTHER COUNCIL "
        "(St Helens), with a COMMENT about the older boys living with their father across the border: kind "
        "meeting_reply -> record_reply (DESIGN next_action order). The EHM id comes from the SUMMARY; no child is "
        "named in full (the boys are not named), no concern is described.",
        not_children=["Priya Nair"])


def knowsley_07():
    f = "knowsley_07.eml"; when = "2061-07-07 11:41:27"
    school = T("""
Lacey-Mae Gorman, Year 1, DOB 09/10/2055
Address: 12 Tithebarn Walk, Kirkby L33 9ZW

Lacey-Mae came in this morning with a split lip and a bruise under her left eye. When her TA asked what had happened she said "Dean punched me 'cause I wet the bed". Dean is mum's boyfriend (Dean Carr) and he lives with them. She flinched when the TA went to put an arm round her, and she asked if she could stay at school "for a sleepover".

I have recorded it on CPOMS with a body map. Mum dropped her off at 8.45 and told the office that Dean will be picking her up at 3.15 today because mum is on a late shift.

Please can someone call me on 0151 496 0614.

Alison Kerr
Deputy Headteacher and DSL
Maghull Meadows Primary School
""")
    body = T("""
Hi Knowsley MASH,

This came into the Sefton MASH inbox this morning but the family live in Kirkby, so she is your resident - the school is in Maghull, which is why they sent it to us. We have done no checks our end and have not contacted the family. School are expecting a call. Please note the pick-up time in the last paragraph.

Thanks,
Gemma

Gemma Rooney
MASH Business Support | Sefton Council
""") + quote("Alison Kerr <a.kerr@maghullmeadows.example>", "07 July 2061 09:12",
             "Sefton MASH <mash@sefton-council.example>", "Lacey-Mae Gorman Y1", school)
    top = outlook_top(f, addr("Rooney, Gemma", "gemma.rooney@sefton-council.example"), addr("Knowsley MASH", KMASH),
                      "FW: URGENT - sent to Sefton in error - Lacey-Mae Gorman - Kirkby address", when,
                      mid_domain="AM9P190MB1180.EURP190.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Lacey-Mae Gorman", "2055-10-09", "09/10/2055")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "MAIL SENT TO THE WRONG COUNCIL, FORWARDED ON: a Sefton school's report reached Sefton's MASH, whose business "
        "support forward it because the child lives in Kirkby. In the forwarded part: a 5-year-old with a split lip "
        "and a black eye says mum's boyfriend punched her; he lives with them and is collecting her at 3.15 today. "
        "Immediate risk (DESIGN safety rule 1: forwarded history is read) -> urgent, alert_duty; the only alarm word "
        "is 'URGENT' in the forwarder's subject. Kind other (a referral, not a Family First step-up). Concern "
        "physical_harm. No case id (none is given).",
        not_children=["Alison Kerr", "Dean Carr", "Gemma Rooney"])


def knowsley_08():
    f = "knowsley_08.eml"; when = "2061-05-25 16:03:11"
    body = T("""
Thank you for your email.

I am on annual leave visiting family in Lagos and will be back in the office on Monday 6 June. I will not have access to my emails while I am away.

If your email is about an urgent safeguarding concern or a child protection matter, please contact the Knowsley MASH duty team on 0151 496 0417 or, out of hours, the Emergency Duty Team on 0151 496 0999. If a child is in immediate danger, call 999.

My cases are being overseen by my team manager, Angela Birch (Angela.Birch@knowsley.gov.uk).

Tolu Adeyinka
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
""")
    add(f, ooo(f, when, "Adeyinka, Tolu", "Tolu.Adeyinka@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
               "[SB-knowsley-290] Step down received - Halewood", body), "knowsley", "early_help_duty", when, 3,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS, AN OUT-OF-OFFICE FULL OF ALARM WORDS: 'urgent safeguarding concern', 'child protection matter', "
        "'immediate danger' are boilerplate about where to go, and the worker is away visiting family in Lagos; no "
        "child or risk is described. Auto-Submitted: auto-replied and 'Automatic reply:' -> auto_reply -> ignore "
        "(DESIGN safety rule 2, RFC 3834).",
        not_children=["Tolu Adeyinka", "Angela Birch"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"


def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2061-04-14 10:27:45"
    body = T("""
Dear MASH colleagues,

Please find below a step up request for the Duarte family, who moved into Wandsworth (Roehampton) from Croydon in February. Croydon Early Help closed their episode on 24/02/2061 and transferred the Early Help Assessment to us; Kofi Mensah-Addo has been the family's Early Help worker since then.

Children: Amelie Duarte (DOB 14/05/2052) and Tomás Duarte (DOB 30/01/2057)
Mosaic ID: 3391047

The latest case summary is attached.

Rationale for step up
Mum's mental health has deteriorated since the move, away from her friends and her church in Croydon. She stopped her medication in February and was admitted to the Sutherland Unit for five days in March; during that time Amelie (8) looked after Tomás overnight until a neighbour noticed. Mum is home now and says she is taking her medication, but Amelie is still doing Tomás's bedtimes and getting him to nursery most mornings, and her own attendance has fallen to 82%. Maternal grandmother, who was the family's main support, has gone back to Portugal. We have offered everything we can at Early Help level (young carers' service, parenting support, a referral to the perinatal and adult mental health teams) and it is not enough: we think the family needs a Child and Family Assessment by social care, looking at mum's capacity to care for the children when she is unwell and at a plan for Amelie.

Kofi and I discussed this in supervision on 12/04/2061 and I agree that the family should be stepped up. Mum has agreed to the referral and knows we are sending this today.

Kind regards,

Hannah Whitlock
Early Help Team Manager - Roehampton & Putney
Wandsworth Children's Services
020 7946 0418
""") + "\n" + RDISC
    summary = docx_att("Case summary - Duarte - April 2061.docx", [
        "# Case summary - Duarte family",
        "Children: Amelie Duarte (14/05/2052), Tomás Duarte (30/01/2057). Mosaic ID 3391047.",
        "Transferred in from Croydon Early Help on 24/02/2061 after the family were rehoused in Roehampton.",
        "Mum: diagnosis of bipolar affective disorder; in-patient admission 08/03/2061 - 13/03/2061.",
        "Amelie: young carer for her brother; attendance 82% (was 96% in Croydon).",
        "Tomás: attends Roehampton Lane Nursery; speech within normal range.",
        "Early Help offer so far: young carers' service, Triple P, referral to adult mental health services.",
        "Early Help worker: Kofi Mensah-Addo."])
    top = outlook_top(f, addr("Whitlock, Hannah", "Hannah.Whitlock@" + RDOM), addr("MASH: Step Up", RSU),
                      "Step up - Duarte family - Mosaic 3391047", when,
                      cc=addr("Mensah-Addo, Kofi", "Kofi.Mensah-Addo@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3391047"],
        [ch("Amelie Duarte", "2052-05-14", "14/05/2052"), ch("Tomás Duarte", "2057-01-30", "30/01/2057")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000 'Process to Step Up': the "
        "Early Help Team Manager emails the MASH Step Up inbox 'with the latest case summary and the rationale'): "
        "case summary attached (.docx), rationale under its own heading in the body; a family transferred in from "
        "Croydon Early Help. 'Mosaic ID: 3391047' -> '3391047'. Sender is the TM and says 'I agree that the family "
        "should be stepped up' -> manager true; 'Mum has agreed to the referral' -> consent true. Concerns: mum's "
        "relapse -> parental_mental_health; Amelie caring for Tomas -> young_carer; 82% -> school_attendance. "
        "No notice period for this kind -> notice null; book_meeting.",
        not_children=["Hannah Whitlock", "Kofi Mensah-Addo"])


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2061-06-20 10:34:17"
    body = T("""
Dear Hounslow MASH team,

I am a GP at Whitton Road Surgery in Twickenham. I saw Karolina Kaczmarek (DOB 03/07/2037) at 9.40 this morning. She is registered with us but lives across the borough boundary, at Flat 3, 118 Bath Road, Hounslow TW3 9ZD, with her partner Jordan Bell and their daughter:

Nova Kaczmarek-Bell, DOB 12/10/2060 (8 months), NHS number 999 613 1187

Ms Kaczmarek told me that last night Mr Bell grabbed her by the throat and squeezed until she could not breathe, while she was holding Nova. She has finger-mark bruising on both sides of her neck and small haemorrhages around both eyes, and says she "blacked out for a second" and nearly dropped the baby. She says it is the third time he has hurt her since Christmas but the first time with his hands round her neck.

Nova is at the flat with Mr Bell now. He kept Ms Kaczmarek's phone and keys and told her that if she "goes to anyone" he will take Nova to his family in Dublin and she will never see her again. She would not let me call the police or a refuge, and left the surgery at 10.10 saying she had to get back before he noticed she had gone.

I tried your front door number twice and it was engaged, so I am sending this and will keep ringing. I am on the surgery's duty line until 1pm: 020 7946 0572 (ask for Dr Qureshi).

Dr Hamza Qureshi
GP Partner
Whitton Road Surgery, Twickenham
""")
    top = plain_top(f, addr("QURESHI, Hamza (WHITTON ROAD SURGERY)", "hamza.qureshi@nhs.example"),
                    addr("MASH: Step Up", RSU),
                    "Hounslow MASH - mum and 8 month old - please call the surgery this morning", when,
                    "nhs.example", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Nova Kaczmarek-Bell", "2060-10-12", "12/10/2060")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "MAIL SENT TO THE WRONG COUNCIL'S INBOX, AND URGENT: a GP addresses 'Hounslow MASH' but the mail arrives in "
        "Richmond & Wandsworth's MASH Step Up inbox. It describes an 8-month-old at home NOW with a man who strangled "
        "her mother while she held the baby last night and threatens to take the baby abroad; mother refused help. "
        "DESIGN safety rule 1 applies whatever the addressee: the duty team must act (and pass to Hounslow) -> "
        "urgent, alert_duty; no alarm word. Kind other (misdirected; not an Early Help step-up). The adult's DOB is "
        "not a child's; the NHS number is not a case id. Concern domestic_abuse (physical_harm to the baby could be "
        "argued: she was held during the assault).",
        not_children=["Karolina Kaczmarek", "Jordan Bell", "Hamza Qureshi"],
        adults=[("Karolina Kaczmarek", "03/07/2037")])


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2061-04-26 15:12:08"
    body = T("""
Hi Early Help Duty,

Further to my call with Jasper this afternoon, I'm confirming the step-down case discussion for the Adebayo-Kent children on Friday 29th at 11am on Teams. The latest case summary and the draft plan for Early Help are attached.

Jasmine Adebayo-Kent - DOB 08/08/2050
Leon Adebayo-Kent - DOB 19/02/2054
Mosaic: 2948816

Background, briefly: mum moved the children to Ham from Lambeth in 2059 after years of domestic abuse. Their father was convicted of grievous bodily harm against mum in 2059 and is serving a long sentence; there is a restraining order and he is not eligible for release for at least three years. Lambeth's child protection plans ended before the move and MARAC closed the case in 2060. The DASH risk assessment in 2059 was high - that was then. There is no current risk from dad and no contact of any kind.

What remains is Jasmine's anxiety, which gets worse around the anniversary in the spring. Her attendance this year is 81% and she has had panic attacks at school. Leon is doing well. Mum is coping and wants help for Jasmine rather than social work.

I'm seeing mum on Thursday and will ask her to sign the Early Help consent form then. My TM, Owen Reilly, agrees with the step down.

Best wishes,
Ffion

Ffion Carey
Social Worker - Child in Need Team (Richmond)
Achieving for Children
""") + "\n" + RDISC
    summary = pdf_att("Case summary - Adebayo-Kent.pdf", "Case summary - Adebayo-Kent children", [
        "Jasmine Adebayo-Kent (08/08/2050), Leon Adebayo-Kent (19/02/2054). Mosaic 2948816.",
        "Open to Richmond CIN since 09/2060 following a referral from Jasmine's school about anxiety and absence.",
        "History: domestic abuse by father in Lambeth; CP plans (Lambeth) ended 2059; MARAC closed 2060.",
        "Father in custody; restraining order; victim contact scheme in place. No contact.",
        "Current: Jasmine anxiety, attendance 81%; CAMHS waiting list. Leon thriving.",
        "Recommendation: step down to Early Help with a TAF led by school."])
    plan = docx_att("Draft EH plan - Adebayo-Kent.docx", [
        "# Draft Early Help plan",
        "Outcome 1: Jasmine's attendance above 90% by the end of the autumn term (school, Early Help worker).",
        "Outcome 2: Jasmine to have an anxiety plan at school and to start CAMHS work when offered.",
        "Outcome 3: Mum supported to access a parents' group for families after domestic abuse.",
        "Review: TAF every six weeks."])
    top = outlook_top(f, addr("Carey, Ffion", "Ffion.Carey@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Adebayo-Kent - case discussion Fri 29th 11am", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2948816"],
        [ch("Jasmine Adebayo-Kent", "2050-08-08", "08/08/2050"), ch("Leon Adebayo-Kent", "2054-02-19", "19/02/2054")],
        ["school_attendance"], None, True, ["consent"], None, "request_info",
        "NEAR MISS, HISTORIC ABUSE IN ANOTHER BOROUGH: 'domestic abuse', 'grievous bodily harm', 'child protection "
        "plans', 'DASH risk assessment ... was high' are Lambeth history before the move; father in custody, no "
        "contact, 'There is no current risk from dad'. Not urgent; domestic_abuse is not a current concern. Richmond "
        "& Wandsworth step-down (seed 000 'Process to Step Down': confirm by email 'with the latest case summary and "
        "the draft plan'; consent from the family): summary .pdf and plan .docx attached, but consent is still to be "
        "asked ('will ask her to sign ... then') -> null -> consent missing -> request_info. Case discussion Fri 29 "
        "April, within the seed's 5 days. Concern: Jasmine's 81% -> school_attendance.",
        not_children=["Ffion Carey", "Owen Reilly"])


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2061-07-08 12:17:29"
    body = T("""
Dear Early Help Duty,

Confirming the step-down case discussion I agreed with Jasper on the phone this morning: Wednesday 13th July at 2pm, on Teams. I'll send the link to Jasper. The latest case summary and our draft plan for Early Help are attached.

Inês Ferreira Lopes - DOB 27/03/2050
Martim Ferreira Lopes - DOB 05/11/2058
Mosaic no. 3120775

The family came back to Battersea in January after almost two years living with mum's parents in Porto. While they were away the children were not on a school or nursery roll in England, and when they came back Inês was referred to us by the Children Missing Education officer because she had no school place. The Child and Family Assessment found the children well cared for and happy. Inês is now at Falconbrook Primary with 94% attendance since Easter.

What remains is Martim's speech and language delay - he has very few words in English or Portuguese and is waiting for an EHC needs assessment and SALT - and mum wants help with housing and benefits now that she is back in the UK.

Mum signed the Early Help consent form on 6 July. My TM, Rachel Osei, agrees with the step down. We think the Battersea Family Hub family support worker would be the right lead professional but that hasn't been agreed with the family yet.

Many thanks,

Sipho Dlamini
Social Worker - Child in Need (Battersea)
Wandsworth Children's Services
""") + "\n" + RDISC
    summary = pdf_att("Case summary - Ferreira Lopes.pdf", "Case summary - Ferreira Lopes family", [
        "Children: Inês Ferreira Lopes (27/03/2050), Martim Ferreira Lopes (05/11/2058). Mosaic 3120775.",
        "Returned from Porto, Portugal, 01/2061 after living with maternal grandparents.",
        "Referral: Children Missing Education officer, 02/2061 (no school place on return).",
        "C&F assessment completed 16/06/2061: good care, no concerns about parenting.",
        "Needs: Martim's speech and language delay (EHC needs assessment requested); housing and benefits advice.",
        "Recommendation: step down to Early Help."])
    plan = docx_att("Draft Early Help plan - Ferreira Lopes.docx", [
        "# Draft plan for Early Help",
        "1. Martim: SALT sessions at the family hub; EHC needs assessment to be completed.",
        "2. Mum: appointment with the housing and benefits adviser at Battersea Family Hub.",
        "3. Inês: keep attendance above 90%; a Portuguese-speaking mentor at school.",
        "4. Review at a TAF in six weeks."])
    top = outlook_top(f, addr("Dlamini, Sipho", "Sipho.Dlamini@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Inês Ferreira Lopes and brother - case discussion Weds 13th July 2pm", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3120775"],
        [ch("Inês Ferreira Lopes", "2050-03-27", "27/03/2050"), ch("Martim Ferreira Lopes", "2058-11-05", "05/11/2058")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down for children back from two years abroad (Porto): case summary "
        ".pdf, draft plan .docx, consent ('Mum signed the Early Help consent form') -> nothing missing (seed 000 "
        "'Process to Step Down'; REQUIREMENTS richmond_wandsworth step_down). Compound Portuguese surname kept as "
        "written; 'Inês' in a QP body and an RFC 2047 subject. 'Mosaic no. 3120775' -> '3120775'. The lead "
        "professional is only an ask for this authority, not a requirement. The Children Missing Education referral "
        "is resolved (94% since Easter) -> no school_attendance; Martim's delay and EHC needs assessment -> "
        "disability_send.",
        not_children=["Sipho Dlamini", "Rachel Osei"])


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2061-04-18 09:14:51"
    add(f, google_reply(f, when, "Abena Owusu", "abena.owusu.croydonearlyhelp@gmail.example", ("MASH: Step Up", RSU),
                        "DECLINED", "Step-up case discussion - Duarte - Mosaic 3391047 [SB-richmond_wandsworth-41]",
                        "20610419T130000Z", "20610419T140000Z", "Microsoft Teams Meeting",
                        "Tue 19 Apr 2061 14:00 - 15:00 (BST)",
                        note="Sorry - I'm no longer the family's worker. Croydon closed the case when they moved to "
                             "Roehampton in February; Kofi Mensah-Addo in Wandsworth Early Help has the file."),
        "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "meeting_reply", False, None, ["3391047"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (method=REPLY, PARTSTAT=DECLINED, plus invite.ics) from the family's former "
        "worker in ANOTHER COUNCIL (Croydon), whose note explains the case transferred out: kind meeting_reply -> "
        "record_reply. 'Mosaic 3391047' in the SUMMARY -> '3391047' (a label before the number is not part of it); "
        "no child named in full.",
        not_children=["Abena Owusu", "Kofi Mensah-Addo"])


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2061-06-02 11:50:36"
    body = T("""
Good morning,

Please see the attached notification of a family subject to child protection plans who have moved from Merton into Wandsworth. If this mailbox is not the right one for transfer-in conferences, I would be grateful if you could forward it to your Child Protection Conference service.

Kind regards,

Denise Whitaker
Child Protection Conference Co-ordinator
London Borough of Merton
""")
    letter = pdf_att("Transfer notification - Marchand children.pdf", "Notification of transfer - children subject "
                     "to a Child Protection Plan moving into your area", [
        "From: Child Protection Conference Service, London Borough of Merton. Our ref: CPC/M/0417",
        "To: Wandsworth Children's Services",
        "Date: 1 June 2061",
        "Children: Chloé Marchand (DOB 01/04/2056) and Théo Marchand (DOB 09/09/2059)",
        "New address: 14 Larpent Road, Putney SW15 9ZH (moved 27/05/2061). Mother: Sandrine Marchand.",
        "Both children have been subject to child protection plans in Merton since 14/01/2061 under the category of",
        "neglect. The risk of significant harm identified at conference related to home conditions, missed health",
        "appointments and mother's low mood; the core group reports steady progress and there have been no new",
        "incidents. There are no immediate safeguarding concerns.",
        "Under the London Child Protection Procedures a transfer-in conference should be held within 15 working days",
        "of this notification. Merton will continue statutory visits and core groups until that conference.",
        "Enclosed on request: the last conference minutes, the child protection plan and the core group notes.",
        "Merton social worker: Kwame Asante, 020 7946 0833."])
    top = outlook_top(f, addr("Whitaker, Denise", "denise.whitaker@merton-council.example"), addr("MASH: Step Up", RSU),
                      "Notification of transfer - CP plans - Marchand - moved to Wandsworth", when,
                      mid_domain="DB9P251MB0442.EURP251.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [letter]), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Chloé Marchand", "2056-04-01", "01/04/2056"), ch("Théo Marchand", "2059-09-09", "09/09/2059")],
        ["neglect"], None, None, [], None, "human_review",
        "NEAR MISS, A TRANSFER-IN NOTIFICATION BETWEEN COUNCILS: the PDF letter from Merton says 'child protection "
        "plans', 'risk of significant harm' and 'safeguarding', but the plans are being managed (statutory visits "
        "continue, no new incidents, 'There are no immediate safeguarding concerns') and it asks for a transfer-in "
        "conference. Not urgent. Not a step-up from Early Help and outside both seed 000 processes -> kind other -> "
        "human_review. Children named only in the attachment; current plan category -> neglect. Merton's reference "
        "'CPC/M/0417' is not a case system id.",
        not_children=["Denise Whitaker", "Sandrine Marchand", "Kwame Asante"], names_only_in_attachments=True)


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2061-05-11 12:05:14"
    body = T("""
Dear MASH,

Step up request for Kyrell Baptiste, DOB 22/01/2046, Mosaic 2877310. The case summary is attached and the rationale is below. I've also just spoken to Imogen on the phone.

Where things are this morning: Kyrell went up to his dad's in Birmingham on Saturday. Dad says Kyrell left his house on Sunday afternoon and has not been back. At 8.20 this morning Kyrell rang his sister Shantel from a number none of us know. He told her he is in a flat in Small Heath with "some older lads", that they have taken his phone and his trainers, that he "owes them" for the train fare and for "a parcel that went missing", and that he can't leave until he has paid it off. He asked her not to let mum ring the police because "they'll know". Then the call cut off. Mum reported him missing to the Met at 9.00 and West Midlands Police have the number he rang from, but as far as we know nobody has found the flat yet.

Rationale for step up
Kyrell has been open to Early Help since January, when school raised unexplained cash, a second phone and weekends in Birmingham. We have had a TAF every four weeks, youth work, a MACE discussion in March and mentoring through the football club. Mum has done everything asked of her. None of it has stopped the trips to Birmingham, and this week he has been taken by people who say he owes them. This needs a social worker, a strategy discussion with both police forces and an NRM referral - it is beyond Early Help.

Mum agrees to the step up. I've discussed it with Gemma (his Early Help worker) and I agree it needs to step up today.

Matthew Kwarteng
Early Help Team Manager - Tooting & Balham
Wandsworth Children's Services
020 7946 0561
""") + "\n" + RDISC
    summary = pdf_att("Case summary - Kyrell Baptiste.pdf", "Case summary - Kyrell Baptiste", [
        "Kyrell Baptiste, DOB 22/01/2046. Mosaic 2877310. Lives with mum and sister in Tooting.",
        "Father lives in Birmingham; Kyrell visits some weekends.",
        "Early Help since 01/2061: school referral (unexplained cash, second phone).",
        "MACE 16/03/2061: exploitation risk rated medium; disruption plan with British Transport Police.",
        "Missing episodes: 3 since January (all from Birmingham visits), RHIs completed.",
        "Early Help worker: Gemma Stroud. TAF every four weeks; mentoring at Tooting Town FC."])
    top = outlook_top(f, addr("Kwarteng, Matthew", "Matthew.Kwarteng@" + RDOM), addr("MASH: Step Up", RSU),
                      "Step up - Kyrell Baptiste - Mosaic 2877310", when,
                      cc=addr("Stroud, Gemma", "Gemma.Stroud@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2877310"],
        [ch("Kyrell Baptiste", "2046-01-22", "22/01/2046")],
        ["exploitation", "missing"], True, True, [], None, "alert_duty",
        "URGENT STEP-UP, A VISIT TO A PARENT IN ANOTHER CITY: a 15-year-old who went to his dad's in Birmingham is "
        "missing and rang this morning from a flat where older males hold him, have his phone and say he owes them. "
        "A current, immediate risk (DESIGN safety rule 1) -> urgent, alert_duty, even though the sender also rang "
        "the MASH manager (seed 000 says immediate child-protection concerns go by phone). The step-up itself is "
        "complete (case summary .pdf; rationale heading; TM 'I agree it needs to step up'; 'Mum agrees to the step "
        "up' -> consent true) -> missing []. Only alarm word: 'exploitation risk' in the attached summary. Concerns "
        "exploitation, missing.",
        not_children=["Matthew Kwarteng", "Gemma Stroud"])


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2061-05-03 09:20:44"
    ack = ack_text("step down", "SB-richmond_wandsworth-52", [
        "Children: Jasmine Adebayo-Kent (08/08/2050), Leon Adebayo-Kent (19/02/2054)",
        "Mosaic: 2948816",
        "Case discussion: Friday 29 April, 11:00 (Microsoft Teams)"],
        ["consent: confirmation that the child, young person and family consent to Early Help continuing the plan"])
    body = T("""
Hi,

Mum signed the Early Help consent form at my visit on Thursday - scanned copy attached.

Jasper asked at Friday's discussion whether there is any risk of dad turning up, so to answer that properly for the record: no. He is in custody and is not eligible for release for at least three years. If he were ever released early, probation and the victim contact scheme would tell mum and us well before, and at that point, yes, we would be talking about an immediate risk and stepping straight back up - but that is hypothetical, and there has been no contact of any kind since 2059.

Thanks,
Ffion

Ffion Carey
Social Worker - Child in Need Team (Richmond)
Achieving for Children
""") + quote("stepbot <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "26 April 2061 15:16",
             "Carey, Ffion <Ffion.Carey@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-52] Step down received - Adebayo-Kent", ack)
    form = pdf_att("EH consent form signed - Adebayo-Kent.pdf", "Early Help consent", [
        "I agree to my family receiving support from Early Help and to information being shared with the",
        "professionals named in the plan.",
        "Children: Jasmine Adebayo-Kent, Leon Adebayo-Kent",
        "Signed: B. Adebayo (mother)   Date: 28/04/2061"])
    top = outlook_top(f, addr("Carey, Ffion", "Ffion.Carey@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-52] Step down received - Adebayo-Kent", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [form], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["2948816"],
        [ch("Jasmine Adebayo-Kent", "2050-08-08", "08/08/2050"), ch("Leon Adebayo-Kent", "2054-02-19", "19/02/2054")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS, A HYPOTHETICAL: 'immediate risk' appears only in 'If he were ever released early ... we would be "
        "talking about an immediate risk ... but that is hypothetical'; father in custody, no contact since 2059. "
        "Not urgent. A reply to [SB-richmond_wandsworth-52] sending the signed consent form -> follow_up -> "
        "attach_to_request; consent true ('Mum signed the Early Help consent form'). Children, DOBs and the Mosaic id "
        "from the quoted acknowledgement. No current concern is described; missing [] for a follow-up.",
        not_children=["Ffion Carey"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"


def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2061-07-12 11:22:03"
    body = T("""
Dear Early Help Hub,

I am stepping the Chowdhury family down from Children's Social Work to a Team Around the Family. The Child and Family Assessment concluded on 08/07/2061 with a recommendation for a coordinated Early Help plan.

Zayn Chowdhury - DOB 13/06/2054
Aisha Chowdhury - DOB 02/12/2058
Mosaic ID: 3504419

The family were rehoused from Plaistow (Newham) to Poplar in October 2060. Newham Early Help closed when they moved, and school referred Zayn to us in May after two fixed-term exclusions. The assessment found warm, committed parents in a very overcrowded flat, and a boy whose autism is not yet understood at school. Zayn is on the ASD pathway and the school has applied for an EHC needs assessment.

Attached: the C&F assessment and the draft TAF plan.

Lead Practitioner: Rukhsana Begum, Family Support Practitioner, Poplar Family Hub (Tower Hamlets Early Help), who has met the family with me.

TAF meeting: Tuesday 19 July, 10am, Poplar Family Hub - I will chair it and put the minutes on Mosaic.

Mr and Mrs Chowdhury have given their consent to the step-down to Early Help (signed on 08/07/2061). My team manager, Kamal Hussain, has signed off the step-down.

Kind regards,

Shahana Miah
Social Worker - Children's Social Work (Assessment and Intervention)
London Borough of Tower Hamlets
""") + "\n" + TDISC
    cfa = pdf_att("C&F Assessment - Chowdhury - concluded 08.07.2061.pdf", "Child and Family Assessment - summary", [
        "Children: Zayn Chowdhury (13/06/2054), Aisha Chowdhury (02/12/2058). Mosaic ID 3504419.",
        "Started 19/05/2061, concluded 08/07/2061. Social worker: Shahana Miah.",
        "Referral: school, after two fixed-term exclusions (Zayn).",
        "Analysis: parents meet the children's needs well; overcrowding (2-bed flat, 6 people); Zayn's needs",
        "indicate autism - on the ASD pathway; school applying for an EHC needs assessment.",
        "Outcome: no further social care involvement; step down to a coordinated Early Help plan (TAF)."])
    plan = docx_att("TAF plan (draft) - Chowdhury.docx", [
        "# Team Around the Family plan (draft)",
        "Lead Practitioner: Rukhsana Begum, Poplar Family Hub",
        "1. School and SENCo: EHC needs assessment; reduced timetable reviewed weekly.",
        "2. Housing: priority banding review with the housing options team.",
        "3. Parents: autism parenting course (Cygnet) at the family hub.",
        "4. Aisha: nursery place from September (2-year-old offer)."])
    top = outlook_top(f, addr("Miah, Shahana", "Shahana.Miah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Chowdhury - Mosaic 3504419", when,
                      cc=addr("Begum, Rukhsana", "Rukhsana.Begum@" + TDOM))
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3504419"],
        [ch("Zayn Chowdhury", "2054-06-13", "13/06/2054"), ch("Aisha Chowdhury", "2058-12-02", "02/12/2058")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (seed 001 'Stepping Down - From Child Protection/Child in Need' and "
        "Definitions: C&F assessment, TAF plan, consent, Lead Practitioner): C&F assessment .pdf, draft TAF plan "
        ".docx, 'have given their consent', Lead Practitioner named with her agency -> nothing missing -> "
        "book_meeting; the social worker arranges and chairs the TAF (Tue 19 July), within 10 working days of the "
        "assessment concluding on 8 July. A family rehoused from Newham. 'Mosaic ID: 3504419' -> '3504419'. Concern: "
        "autism pathway / EHC needs assessment -> disability_send; overcrowding has no contract id.",
        not_children=["Shahana Miah", "Rukhsana Begum", "Kamal Hussain"])


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2061-07-06 09:35:50"
    body = T("""
Dear colleagues in Tower Hamlets MAST,

I am the social worker in Bradford for Maryam Rashid, DOB 23/11/2054 (our LCS ID LCS-7712093). Maryam is subject to a child protection plan in Bradford under the category of physical abuse - her father, Tariq Rashid, hit her with a belt in 2060, and he has convictions for assaulting her mother. Under the written agreement his contact is supervised only.

Yesterday at 12.30 Mr Rashid collected Maryam from her school in Bradford, telling the office he was taking her to the dentist. He did not bring her back. At 21.40 he texted her mother: "She's with my family in London now. You'll never see her again." West Yorkshire Police traced his phone overnight to the area of his sister's flat - Flat 6, Tarling House, Stepney, E1 9ZP - and have passed this to the Metropolitan Police, but as of 9.20 this morning nobody has been to the address and his phone is now switched off.

Maryam is six. She has asthma and does not have her inhaler with her. Her mother is distraught and is on her way down by coach.

We have no powers in your area. Please can your duty team make contact with the Met and consider what action is needed today to find her and make sure she is safe. I can send the plan, the last conference minutes and photographs of Mr Rashid straight away.

Hafsa Iqbal
Social Worker, Children's Social Care
City of Bradford Metropolitan District Council
01632 960471 / 07700 900 315
""")
    top = outlook_top(f, addr("Iqbal, Hafsa", "hafsa.iqbal@bradford-council.example"), addr("MAST", TMAST),
                      "Child on a CP plan in Bradford believed to be in Stepney with her father - Maryam Rashid", when,
                      mid_domain="CWXP123MB5580.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, ["LCS-7712093"],
        [ch("Maryam Rashid", "2054-11-23", "23/11/2054")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD FROM ANOTHER COUNCIL NOW IN THE BOROUGH: a 6-year-old on a Bradford child protection plan (physical "
        "abuse) has been taken by the father the plan protects her from, who texted 'you'll never see her again'; "
        "police traced him to his sister's flat in Stepney, nobody has been there, she has no inhaler. An immediate "
        "risk to a real child now (DESIGN safety rule 1; seed 001 'If there is an immediate child protection "
        "concern, contact MAST') -> urgent, alert_duty. Kind other: another council's request, not an Early Help "
        "step-up. 'our LCS ID LCS-7712093' is a case number as written (another council's LCS id; the prefix is "
        "joined). Concerns: the belt and the plan -> physical_harm; his assaults on her mother and the threat -> "
        "domestic_abuse.",
        not_children=["Tariq Rashid", "Hafsa Iqbal"])


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2061-05-18 14:02:25"
    body = T("""
Hello Early Help team,

I'm the DSL at Stepney Park Secondary. Not a referral - I just want to check whether you need anything from us, and to make sure we have done this properly.

One of our Year 9 students, Sumaiya Khanom (DOB 30/03/2047), flew to Bangladesh with her mum and brothers on Monday for her cousin's wedding in Sylhet. She will be back in school on Monday 6 June. The head authorised ten days of the absence as exceptional circumstances (it is her mother's sister's daughter getting married and the family had saved for three years), and the rest falls in half term.

Before she went we did our usual pre-travel conversation, separately with Sumaiya and with mum, and went through the FGM and forced marriage risk indicators checklist - none present. Sumaiya was excited and clear that she is a bridesmaid, not the one getting married; we saw the return tickets; mum gave us her own mobile and an address in Sylhet. Sumaiya messaged her form tutor yesterday on the school app with photos of the mehndi. Her attendance before the trip was 96%.

So there are no safeguarding concerns. My question is whether a term-time trip like this should also be logged with Early Help, or whether keeping it on our own records is enough. Happy to be told either way!

Thanks,
Ruth

Ruth Okonkwo-Hale
Designated Safeguarding Lead / Assistant Head (Pastoral)
Stepney Park Secondary School
""")
    top = plain_top(f, addr("Ruth Okonkwo-Hale", "r.okonkwo-hale@stepneypark.example"), addr("Early Help Hub", TEH),
                    "Term time trip to Bangladesh - Year 9 student - do you need anything from us?", when,
                    "stepneypark.example", None,
                    extra=[("X-Google-Smtp-Source", "AGHT+IE" + sha(f, "gs")[:40])])
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Sumaiya Khanom", "2047-03-30", "30/03/2047")],
        [], None, None, [], None, "human_review",
        "NEAR MISS, A HOLIDAY ABROAD CHECKED AND MANAGED: 'FGM', 'forced marriage', 'risk indicators', 'safeguarding' "
        "all in a DSL's record of a pre-travel conversation in which no indicator was present, return tickets seen "
        "and the girl in touch from Sylhet; 'no safeguarding concerns'. Not urgent. A question about recording, not a "
        "request -> other -> human_review. Authorised absence with 96% attendance -> no school_attendance concern; "
        "concerns [].",
        not_children=["Ruth Okonkwo-Hale"])


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2061-04-21 15:55:12"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Olowe family, whom we would like to step up from Targeted Early Help to Children's Social Care.

Tobi Olowe (17/09/2050), Fola Olowe (08/02/2053) and Remi Olowe (15/01/2060)
Mosaic 3488120

The family moved to Bethnal Green from Handsworth (Birmingham) in March. Birmingham Early Help sent their assessment over and I picked the case up on 14/03/2061. Since then things have gone downhill. Mum (Funmi Olowe) has severe depression and has not been out of the flat for most of April. The two older children are arriving at school hungry and in the same uniform every day, Tobi has been collecting Remi from the childminder, and Remi has not been registered with a GP since the move so has missed his one-year immunisations. There is very little food in the flat and the cot has no mattress. Mum lets me in and wants help, but she cannot do what the plan asks of her and the children are going without.

Mrs Olowe consents to the referral to MAST. My team manager, Sabina Ahmed (cc'd), has agreed the step up.

Kind regards,

Leanne O'Driscoll
Family Practitioner, Bethnal Green Family Hub
Tower Hamlets Early Help
""") + "\n" + TDISC
    marf = pdf_att("MARF - Olowe family.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Tobi Olowe 17/09/2050; Fola Olowe 08/02/2053; Remi Olowe 15/01/2060. Mosaic 3488120.",
        "Address: 9 Cranbrook Mews, Bethnal Green E2 9ZS. Previous address: Handsworth, Birmingham (to 03/2061).",
        "Reason for request: neglect of basic care (food, clothing, health) linked to mother's depression.",
        "Parental consent: given by Mrs F. Olowe on 20/04/2061.",
        "Current agencies: Bethnal Green Family Hub (lead), Columbia Primary, Remi's childminder.",
        "Manager's agreement: Sabina Ahmed, Early Help Team Manager, 21/04/2061."])
    top = outlook_top(f, addr("O'Driscoll, Leanne", "Leanne.ODriscoll@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF - Olowe family - Mosaic 3488120", when,
                      cc=addr("Ahmed, Sabina", "Sabina.Ahmed@" + TDOM) + ", " +
                      addr("Lucy Anand", "lucy.anand@birmingham-council.example"))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3488120"],
        [ch("Tobi Olowe", "2050-09-17", "17/09/2050"), ch("Fola Olowe", "2053-02-08", "08/02/2053"),
         ch("Remi Olowe", "2060-01-15", "15/01/2060")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (seed 001 'Key Aspects of Step Up' and the MARF sentence; REQUIREMENTS "
        "tower_hamlets step_up: request_for_support, manager_agreed): MARF .pdf attached, 'has agreed the step up' "
        "-> manager true; consent stated (not required). A family whose Early Help transferred in from Birmingham "
        "(the former Birmingham worker is copied). 'Mosaic 3488120' -> '3488120'. Concerns: hunger, no mattress, "
        "missed immunisations -> neglect; mum's depression -> parental_mental_health.",
        not_children=["Funmi Olowe", "Leanne O'Driscoll", "Sabina Ahmed"])


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2061-04-25 08:47:30"
    add(f, ndr(f, when, TDOM, addr("MAST", TMAST), "lucy.anand@birmingham-council.example",
               "[SB-tower_hamlets-140] Step up received - Olowe", "MAST <MAST@towerhamlets.gov.uk>",
               "2061-04-25 08:46:55"),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (multipart/report; report-type=delivery-status; Auto-Submitted) for stepbot's "
        "acknowledgement copied to a worker who has left ANOTHER COUNCIL (Birmingham): a bounce -> auto_reply -> "
        "ignore (DESIGN safety rule 2: never answered). The returned headers carry [SB-tower_hamlets-140], which "
        "does not make it a follow-up.")


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2061-07-07 14:40:09"
    body = T("""
Dear MAST,

I'm sending this as a step up for Farzana Ullah, DOB 14/02/2045, who is 16 and known to our youth service since last year.

Farzana came into the youth hub at 1pm and asked to speak to me on her own. The family are flying to Bangladesh on Saturday "for the summer" (Heathrow, Saturday 9 July, 06:40). Last night she overheard her dad on the phone, and then her older sister told her that the trip is for her nikah to a cousin in Sylhet whom she has never met. Her dad has had her passport since May "for safekeeping". She says that if she refuses "they will drag me", and that her sister was married the same way in 2058.

She is in our office now. She says she cannot go home tonight because her dad will know she has told someone - he has rung her eleven times since 2.15. We have NOT spoken to her parents and will not, because of what that could mean for her.

I've left a message with the Forced Marriage Unit. My manager, Rupa Das (cc'd), has agreed this needs to go to MAST as a step up now. I am completing the MARF and will send it this afternoon, but I wanted this with you first.

Nusrat Jahan
Youth Practitioner (Early Help)
Stepney Young People's Service, Tower Hamlets
07700 900 646
""") + "\n" + TDISC
    top = outlook_top(f, addr("Jahan, Nusrat", "Nusrat.Jahan@" + TDOM), addr("MAST", TMAST),
                      "Step up - Farzana Ullah (16) - in our office now", when,
                      cc=addr("Das, Rupa", "Rupa.Das@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Farzana Ullah", "2045-02-14", "14/02/2045")],
        ["domestic_abuse"], None, True, ["request_for_support"], None, "alert_duty",
        "URGENT, A 'HOLIDAY' ABROAD THAT IS A FORCED MARRIAGE: a 16-year-old says the family flight to Bangladesh on "
        "Saturday is for her marriage, her passport is held, and she cannot go home tonight because her father knows "
        "she has told; she is in the youth hub now. Immediate (tonight's safety, a flight in two days) -> urgent, "
        "alert_duty (DESIGN safety rule 1; seed 001 'immediate child protection concern, contact MAST'); no alarm "
        "word. A Tower Hamlets step-up with manager agreement ('has agreed this needs to go to MAST as a step up') "
        "but the MARF still to come -> request_for_support missing. Consent null: parents deliberately not asked. "
        "Concern domestic_abuse (forced marriage is honour-based abuse within the family; sexual_harm could be "
        "argued).",
        not_children=["Nusrat Jahan", "Rupa Das"])


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2061-06-23 10:12:37"
    ack = ack_text("step down", "SB-tower_hamlets-163", [
        "Child: Ibrahim Haque (DOB 30/09/2052)",
        "Mosaic: 3466031"],
        ["lead_practitioner: the name and agency of the identified Lead Practitioner",
         "the day the Child and Family Assessment concluded"])
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                 '<body style="font-family:Calibri,sans-serif;font-size:11pt">\n'
                 '<p>Hi,</p>\n'
                 '<p>Answers to the two questions in your acknowledgement:</p>\n'
                 '<ul>\n<li><b>Lead Practitioner:</b> Parveen Akhtar, Family Support Worker, Stepney Green Family Hub '
                 '(she has agreed and has met Ibrahim and his dad).</li>\n'
                 '<li><b>C&amp;F assessment concluded:</b> 20/06/2061.</li>\n</ul>\n'
                 '<p>Also, for your information: the family have been offered a permanent tenancy in Ilford (Redbridge) '
                 'and may move in late August. If they do, Parveen will hold a transfer TAF with Redbridge Early Help '
                 'before they go.</p>\n'
                 '<p>Thanks,<br>Daniel</p>\n'
                 '<p>Daniel Fairweather<br>Social Worker, Children&#39;s Social Work (Assessment and Intervention)<br>'
                 'London Borough of Tower Hamlets</p>\n'
                 '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p><b>From:</b> stepbot &lt;EarlyHelpHub@towerhamlets.gov.uk&gt;<br><b>Sent:</b> 22 June 2061 16:40<br>'
                 '<b>To:</b> Fairweather, Daniel &lt;Daniel.Fairweather@towerhamlets.gov.uk&gt;<br>'
                 '<b>Subject:</b> [SB-tower_hamlets-163] Step down received - Haque</p>\n</div>\n'
                 '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                 + "".join("<p>%s</p>\n" % esc(l) if l else "<p>&nbsp;</p>\n" for l in ack.rstrip("\n").split("\n"))
                 + '</blockquote>\n</body></html>\n')
    top = outlook_top(f, addr("Fairweather, Daniel", "Daniel.Fairweather@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-163] Step down received - Haque", when)
    add(f, html_only(f, top, html_body), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["3466031"],
        [ch("Ibrahim Haque", "2052-09-30", "30/09/2052")],
        [], None, None, [], None, "attach_to_request",
        "HTML-only Outlook reply to [SB-tower_hamlets-163] answering the acknowledgement's asks (Lead Practitioner "
        "with agency; the day the C&F assessment concluded) -> follow_up -> attach_to_request. It also notes a "
        "possible move to Redbridge and a transfer TAF between councils (no concern). Child, DOB and Mosaic id from "
        "the quoted acknowledgement; consent and manager not mentioned -> null.",
        not_children=["Parveen Akhtar", "Daniel Fairweather"])


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2061-06-14 11:04:58"
    body = T("""
Dear MAST,

Step up for Liam O'Shea-Mensah, DOB 03/05/2047, Mosaic 3479902 - MARF attached.

Liam went missing on Sunday afternoon after football and mum reported him to the police at 9pm. Essex Police found him at 6.10am on Monday at Southend Central station with two older males, who left when officers approached. He was brought home at 10.30am. He is at home with mum now and is safe: mum has taken the week off work, his uncle is staying with them, and the return home interview was done yesterday afternoon. He wouldn't say who the men were or how he got to Southend.

Mum has since found £340 in cash and a second phone in his room. This is his second missing episode since Easter.

There is no immediate danger today - he's at home with family around him - but we think this has gone beyond what Early Help can hold: the pattern looks like criminal exploitation and he needs a social worker and a strategy discussion.

Mum agrees to the MAST referral. My manager, Tomasz Nowicki, agreed the step up this morning.

Ciara Walsh
Family Practitioner, Isle of Dogs Family Hub
Tower Hamlets Early Help
""") + "\n" + TDISC
    marf = pdf_att("MARF - Liam O'Shea-Mensah.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Liam O'Shea-Mensah, DOB 03/05/2047. Mosaic 3479902.",
        "Reason for request: two missing episodes (April; 12-13 June, found in Southend); cash and a second phone;",
        "older males unknown to the family. Concern: criminal exploitation.",
        "Is the child at immediate risk of harm? No - at home with mother and uncle; RHI completed 13/06/2061.",
        "Parental consent: yes (mother, 13/06/2061). Manager: Tomasz Nowicki, 14/06/2061."])
    top = outlook_top(f, addr("Walsh, Ciara", "Ciara.Walsh@" + TDOM), addr("MAST", TMAST),
                      "Step up - Liam O'Shea-Mensah - Mosaic 3479902", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3479902"],
        [ch("Liam O'Shea-Mensah", "2047-05-03", "03/05/2047")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "NEAR MISS, A CHILD ALREADY SAFE: the missing episode to Southend ended on Monday; he is home with mum and "
        "his uncle, the return home interview is done, and 'There is no immediate danger today' (MARF: immediate "
        "risk 'No'). Not urgent. The concerns remain current for the step-up (a pattern of missing episodes and "
        "criminal exploitation) -> exploitation, missing. Complete Tower Hamlets step-up: MARF .pdf, 'agreed the step "
        "up this morning' -> book_meeting. Apostrophe and hyphen in the name kept as written.",
        not_children=["Ciara Walsh", "Tomasz Nowicki"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"


def phone_mail(f, top, text):
    """Outlook for Android: a single text/plain part, base64, LF line ends."""
    return build(top, text_part(text, cte="base64"), False)


def torbay_01():
    f = "torbay_01.eml"; when = "2061-07-21 23:07:44"
    text = T("""
To whoever is on tonight at Torbay children's services,

I'm the night manager at Broadsands Bay Holiday Village in Paignton. Your phone number on the council website went to a recorded message so I am emailing as well as waiting for the police, who say they are 40 minutes away.

At about 22.30 one of my security staff found a little boy on his own at the site entrance by the main road, barefoot and in pyjamas, crying. He told us his name is Tyler-James Hadley and that he is 5, that mummy and daddy are "asleep and won't wake up" and that his baby sister Ellie Hadley is in the caravan.

The family are on holiday from Wolverhampton, in static caravan 14B, booked in the name of Craig Hadley until Saturday.

We went straight to the caravan. Both parents were on the sofa and we could not wake them properly. There were empty vodka bottles, and foil and a lighter on the table. The baby (about 10 months) was in a travel cot screaming, her nappy soaked through and a bottle of sour milk in the cot. We rang 999 and an ambulance took the dad at 22.55 because he was hardly breathing. The mum came round while the paramedics were there and is now shouting at my staff to get out and give her the kids back. She is not steady on her feet.

Tyler-James and the baby are in reception with me and a female colleague. We have given them blankets and a warm drink. I don't know what I am allowed to do if the mum comes over to take them.

Please can someone ring me on 07700 900 218.

Tom Yelland
Night Manager, Broadsands Bay Holiday Village

Sent from Outlook for Android
""")
    top = [("From", addr("Tom Yelland", "nightmanager@broadsandsbay.example")), ("To", addr("MASH", BMASH)),
           ("Subject", "Two children from caravan 14B - need someone tonight"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "broadsandsbay.example")),
           ("X-Mailer", "Outlook for Android")]
    add(f, phone_mail(f, top, text), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Tyler-James Hadley"), ch("Ellie Hadley")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A FAMILY FROM ANOTHER AREA ON HOLIDAY, OUT OF HOURS (23:07 on a Thursday): a 5-year-old from Wolverhampton "
        "found barefoot at a holiday park entrance at night, a 10-month-old screaming alone in a soaked nappy, both "
        "parents unrousable with vodka bottles and foil; father taken by ambulance, mother now demanding the "
        "children back, police 40 minutes away. Immediate risk in plain words, no alarm word (DESIGN safety rule 1: "
        "alert the out-of-hours service at night) -> urgent, alert_duty. Kind other (a member of the public, no step "
        "request). Children named by the site manager; no DOBs (ages only). Concerns neglect, substance_misuse.",
        not_children=["Craig Hadley", "Tom Yelland"])


def torbay_02():
    f = "torbay_02.eml"; when = "2061-05-09 10:48:21"
    body = T("""
Dear Torbay Early Help,

Please find attached our notification that a looked after child from Lewisham has been placed in a children's home in your area. I am sending this to your Early Help inbox as we were unable to find a named contact for out-of-area placement notifications - please forward as appropriate.

Kind regards,

Michelle Barker
Placements Team
London Borough of Lewisham
""")
    note = pdf_att("Notification of out of area placement - KMW.pdf", "Notification of an out of area placement of a "
                   "looked after child", [
        "Placing authority: London Borough of Lewisham (Children in Care Service)",
        "Child: Kaiden Mbeki-Walsh, DOB 06/05/2046. Legal status: Section 31 care order.",
        "Placement: Harbour View (registered children's home), Torquay. Start date: 04/05/2061.",
        "Education: The Bay Academy, Torquay (EHCP - social, emotional and mental health needs). Starts 16/05/2061.",
        "Health: registered with Torre Vale Surgery from 05/05/2061.",
        "Risk assessment summary:",
        "- Missing from care: medium. Two episodes in 2060 while placed in Lewisham; none since January.",
        "- Child criminal / sexual exploitation: low. No current indicators.",
        "- Self-harm: none known.",
        "Current safeguarding concerns: none. The placement is planned and Kaiden chose it after two visits.",
        "Social worker: Ade Coker, 020 7946 0905. Independent Reviewing Officer: Sue Lamb.",
        "Next looked after review: 29/06/2061 (in Torquay)."])
    top = outlook_top(f, addr("Barker, Michelle", "michelle.barker@lewisham-council.example"),
                      addr("Early Help", BEH), "Out of area placement notification - Lewisham child placed in Torquay",
                      when, mid_domain="LO6P265MB7731.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [note]), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Kaiden Mbeki-Walsh", "2046-05-06", "06/05/2046")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS, A CHILD PLACED INTO THE AREA BY ANOTHER COUNCIL: Lewisham's notification of a looked-after "
        "15-year-old placed in a Torquay children's home has a 'Risk assessment summary' (missing 'medium' for "
        "episodes in 2060, exploitation 'low') and 'Current safeguarding concerns: none' - a planned, managed "
        "placement. Not urgent. A notification, not a Torbay step-down or contact -> other -> human_review. Child "
        "named only in the PDF. Historic missing episodes are not a current concern; the EHCP for SEMH -> "
        "disability_send.",
        not_children=["Michelle Barker", "Ade Coker", "Sue Lamb"], names_only_in_attachments=True)


def torbay_03():
    f = "torbay_03.eml"; when = "2061-05-24 10:31:16"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Tregarthen children, stepping down from the Safeguarding and Supporting Families team to Level 3 Early Help. LCS-3318472.

Jago Tregarthen - DOB 18/04/2053
Ruby Tregarthen - DOB 02/09/2057 (so she'll need the under-5s triage)

The family moved to Brixham from Plymouth in January and Plymouth transferred the Child in Need plan to us. The plan's outcomes have been met - the home is in a good state, both children are attending well and dad has finished his parenting course - but mum's depression is still up and down and she has only just been referred to the perinatal team in Torquay, so we think a Level 3 co-ordinated response is right rather than closing.

The Single Assessment update is attached; my TM, Sophie Rendle, has recorded her analysis on it confirming the threshold for level 3 is met. Mum (Demelza) has consented to level 3 Early Help and would like the same family support worker she met at the children's centre.

Thanks,

Morwenna Tonkin
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960327
""") + "\n" + BDISC
    sa = pdf_att("Single Assessment - Tregarthen - May 2061.pdf", "Single Assessment (update) - Tregarthen", [
        "Children: Jago Tregarthen (18/04/2053), Ruby Tregarthen (02/09/2057). LCS-3318472.",
        "Transferred in from Plymouth City Council (CIN plan) on 17/01/2061.",
        "Analysis: outcomes of the CIN plan achieved; home conditions good; attendance 95% (Jago).",
        "Mother's depression fluctuates; referral to perinatal mental health accepted 12/05/2061.",
        "Rationale for step down: statutory intervention no longer needed; level 3 co-ordinated support for mum's",
        "mental health and for Ruby's transition to nursery.",
        "Manager's analysis (Sophie Rendle, Team Manager, 20/05/2061): I agree the threshold for level 3 intervention",
        "is met and level 4 is no longer required."])
    top = outlook_top(f, addr("Tonkin, Morwenna", "Morwenna.Tonkin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - Tregarthen - LCS-3318472", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3318472"],
        [ch("Jago Tregarthen", "2053-04-18", "18/04/2053"), ch("Ruby Tregarthen", "2057-09-02", "02/09/2057")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the SASF team (seed 002 'Step down process from Safeguarding and Supporting "
        "Families Team'; REQUIREMENTS torbay step_down): Single Assessment .pdf, TM's analysis 'confirming the "
        "threshold for level 3 is met' -> manager true, 'has consented to level 3 Early Help' -> consent true. A "
        "family whose CIN plan transferred in from Plymouth. Ruby is 3 -> the fortnightly under-5s triage. Level 3 "
        "stated. Concern: mum's depression -> parental_mental_health.",
        not_children=["Morwenna Tonkin", "Sophie Rendle", "Demelza"])


def torbay_04():
    f = "torbay_04.eml"; when = "2061-06-15 13:48:39"
    body = T("""
Hello MASH,

I'd like to make a contact to MASH for Mia Pascoe (DOB 12/12/2051), EHM-880214, who I have been working with at level 3 since the family moved to Paignton from Bodmin in November. Cornwall Early Help had been involved before the move and their assessment came over with the family.

New information: mum's partner, Jason Hext, moved in at Easter. He is drinking most days and there have been arguments most weekends. On Saturday night (11 June) the neighbours called the police because of shouting and something being thrown; police attended, no arrest, and a DASH was completed. Mia told her teacher on Monday that she "hides in the bath with the door locked" when Jason gets loud, and that he called her mum names and pushed her against the fridge. Mia is sleeping badly and her teacher says she is exhausted.

Mum consents to this contact to MASH - we talked it through at her house yesterday and she wants support. I discussed it with my manager, Silas Penrose, this morning and we agree this needs to be considered for level 4.

Kind regards,

Kerensa Bate
Family Intervention Worker | Torbay Early Help (Paignton)
01632 960455
""") + "\n" + BDISC
    top = outlook_top(f, addr("Bate, Kerensa", "Kerensa.Bate@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Mia Pascoe - EHM-880214", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-880214"],
        [ch("Mia Pascoe", "2051-12-12", "12/12/2051")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (seed 002 'Step up processes from level 3 to level 4' 2: 'a contact should be made "
        "to MASH with parental consent'; worker and manager agree): 'Mum consents to this contact to MASH' -> consent "
        "true; 'we agree this needs to be considered for level 4' -> manager true -> nothing missing -> "
        "book_meeting. A family who moved from Cornwall. Not urgent: the incident was Saturday, police attended and "
        "a DASH was done; no risk today is described. Concerns: the partner's violence to mum -> domestic_abuse; "
        "his daily drinking -> substance_misuse.",
        not_children=["Jason Hext", "Kerensa Bate", "Silas Penrose"])


def torbay_05():
    f = "torbay_05.eml"; when = "2061-06-17 13:20:55"
    body = T("""
Hi MASH,

Contact for Poppy Luxton, DOB 01/10/2053, EHM-876530. I'm her lead professional at level 3.

Poppy lives with mum in Torquay and spends alternate weeks with her dad and his partner in Exeter under a child arrangements order. She came back from dad's on Sunday night with bruises on both upper arms and a red mark on her cheek. This morning she told her teacher that dad's partner, Nicola, "shook me and hit me with the hairbrush because I wet myself", and that she doesn't want to go back. The school have photographed the marks.

The order says mum hands Poppy over to dad at 5pm today at Exeter services for his week. Mum is terrified of being in breach of the order if she doesn't, but she doesn't want to send her. Dad is saying Poppy is lying and he will be there at 5.

Mum consents to me contacting MASH and is with me now at the school. I've spoken to my team manager, Ross Tapper, at lunchtime and he agrees this needs to be looked at for level 4 today.

Can someone ring me on 07700 900 433 - I'm with mum and Poppy at St Marychurch Primary until pick-up.

Hollie Widdicombe
Early Help Family Worker | Torbay Early Help (Torquay)
""") + "\n" + BDISC
    top = outlook_top(f, addr("Widdicombe, Hollie", "Hollie.Widdicombe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Poppy Luxton - EHM-876530 - handover to dad 5pm today", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-876530"],
        [ch("Poppy Luxton", "2053-10-01", "01/10/2053")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT, A CHILD WHO LIVES ACROSS TWO AUTHORITIES: a 7-year-old who spends alternate weeks with her father in "
        "Exeter came back bruised, says his partner shook and hit her, and is due to be handed to them at 5pm today "
        "under a court order. Immediate risk today, no alarm word (DESIGN safety rule 1) -> urgent, alert_duty. The "
        "Torbay contact to MASH itself is complete ('Mum consents to me contacting MASH', TM 'agrees this needs to be "
        "looked at for level 4') -> missing []. Concern physical_harm.",
        not_children=["Nicola", "Ross Tapper", "Hollie Widdicombe"])


def torbay_06():
    f = "torbay_06.eml"; when = "2061-07-11 16:20:31"
    add(f, itip_reply(f, when, "Lowenna Pearce", "Lowenna.Pearce@" + BDOM, ("Early Help Triage", BEH),
                      "DECLINED", "Triage - Rowe - LCS-3327106 [SB-torbay-233]", "20610712T093000",
                      "20610712T100000", "Microsoft Teams Meeting",
                      comment="Sorry, can't do tomorrow. Kyla Rowe's dad has just turned up at the after-school club "
                              "in Brixham and driven off with her in his van. Staff could smell drink on him, there's "
                              "no car seat in the van and he told them he's taking her home to Bristol. He hasn't "
                              "got PR and he isn't allowed contact. The club have rung the police. I'm heading to "
                              "mum's now."),
        "torbay", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["LCS-3327106"],
        [ch("Kyla Rowe")], ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to tomorrow's triage whose "
        "comment reports that a father who is not allowed contact, smelling of drink, has just driven off with the "
        "6-year-old in a van with no car seat, saying he is taking her to Bristol. DESIGN safety rule 1 names 'a "
        "meeting reply's comment': urgency overrides the kind -> alert_duty (not record_reply). Police told does not "
        "make her safe now. Case id from the SUMMARY; Kyla named in full, no DOB. Concern substance_misuse "
        "(drink-driving with the child).",
        not_children=["Lowenna Pearce"])


def torbay_07():
    f = "torbay_07.eml"; when = "2061-04-12 08:05:00"
    text = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTITIONER BULLETIN
Summer term edition

Welcome back after Easter. With the season starting, this edition is about SUMMER VISITORS: children who are in Torbay but belong to another area, and what to do when something worries you.

1. Seven-minute briefing: children from away
Every summer thousands of children stay in Torbay's holiday parks, hotels and with relatives. Some are looked after children placed here by other councils. The rule is simple: the council where the child IS TODAY acts on an immediate risk; the home council is told afterwards.

Examples (fictional, for discussion only - no real child or family):
- A child found wandering a holiday park at night while the parents are intoxicated in their caravan.
- A girl whose family are taking her abroad "for a wedding" where professionals fear FGM or forced marriage.
- A looked after child placed here by a London borough who goes missing and is seen getting into cars.
- A child visiting a grandparent who discloses that someone at home hurt them.
In each example, ask: is the child at risk of harm right now? If so, ring MASH (01632 960214), or the Emergency Duty Team out of hours (01632 960999). If a child is in immediate danger, call 999.

2. Training dates
- Understanding the Step Up / Step Down Process: Tuesday 26 April, 09:30-12:00, Paignton Library.
- Contextual safeguarding in the bay: Thursday 12 May, 13:00-16:00, online.

3. Reminder: step-downs for under-5s are heard at the fortnightly under-5s triage with AFC.

You are receiving this because you are on the TSCP practitioner list. Unsubscribe: https://tscp.example/unsubscribe
""")
    html_body = ("<html><body style=\"font-family:Arial,sans-serif\"><h2>TSCP Practitioner Bulletin - Summer term</h2>\n"
                 + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n")[1:])
                 + "</body></html>\n")
    top = [("From", addr("Torbay Safeguarding Children Partnership", "bulletin@tscp.example")),
           ("To", addr("TSCP practitioner list", "practitioners@lists.tscp.example")),
           ("Cc", addr("Early Help", BEH)),
           ("Subject", "TSCP Practitioner Bulletin - Summer visitors - children from away"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "tscp.example")),
           ("List-Id", "TSCP practitioners <practitioners.lists.tscp.example>"),
           ("List-Unsubscribe", "<https://tscp.example/unsubscribe>")]
    add(f, alt_mail(f, top, text, html_body), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A BULLETIN WHOSE EXAMPLES ECHO THIS SET'S URGENT MAILS: a holiday park at night, a girl taken "
        "abroad, a placed child missing, a disclosure while visiting relatives - all 'Examples (fictional, for "
        "discussion only - no real child or family)', with 'immediate danger' and 'risk of harm right now' as advice. "
        "DESIGN safety rule 1: 'bulletins that list examples must not trigger it'. A mailing-list newsletter "
        "(List-Id, no Auto-Submitted) -> other -> human_review; no child, no concern.")


def torbay_08():
    f = "torbay_08.eml"; when = "2061-05-26 09:55:42"
    ack = ack_text("step down", "SB-torbay-219", [
        "Children: Jago Tregarthen, Ruby Tregarthen",
        "Case: LCS-3318472",
        "Triage slot: Tuesday 7 June, 11:30 (under-5s triage, AFC attending)"], [])
    body = T("""
Hi,

Thanks - I can do the under-5s triage on Tuesday 7th June at 11.30.

As promised I've attached Plymouth's closing summary from when they transferred the CIN plan to us, for the pre-reads.

Morwenna

Morwenna Tonkin
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + quote("stepbot <earlyhelp@torbay.gov.uk>", "24 May 2061 10:36",
             "Tonkin, Morwenna <Morwenna.Tonkin@torbay.gov.uk>",
             "[SB-torbay-219] Step down received - Tregarthen - triage slot", ack)
    summ = pdf_att("Plymouth CIN closing summary - Tregarthen.pdf", "Plymouth City Council - CIN transfer summary", [
        "Children: Jago Tregarthen, Ruby Tregarthen. Plymouth case closed on transfer to Torbay, 17/01/2061.",
        "CIN plan since 08/2060: home conditions and mother's depression after Ruby's birth.",
        "Progress: home conditions much improved; father completed a parenting course.",
        "Recommendation to Torbay: continue CIN until mother's mental health support is in place."])
    top = outlook_top(f, addr("Tonkin, Morwenna", "Morwenna.Tonkin@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-219] Step down received - Tregarthen - triage slot", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-3318472"],
        [ch("Jago Tregarthen"), ch("Ruby Tregarthen")], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-torbay-219] accepting the under-5s triage slot in words and adding the previous council's "
        "(Plymouth's) CIN closing summary -> follow_up -> attach_to_request. Children and the LCS id from the quoted "
        "acknowledgement (no DOBs there); no concern described as current in the new text; consent and manager not "
        "restated -> null. The triage confirmation is an email, not an iTIP reply.",
        not_children=["Morwenna Tonkin"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"


def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2061-04-20 11:40:13"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity at the Tuesday drop-in yesterday, please find attached the Early Help Assessment step-down plan and the family's signed consent for the Bevan-Lloyd children, to step down to Early Help at Level 3 (intensive).

Carys Bevan-Lloyd - DOB 07/07/2049 - Mosaic 640112
Dafydd Bevan-Lloyd - DOB 25/01/2055 - Mosaic 640113

The family moved to Kington from Llandrindod Wells in 2060 and Powys transferred the Child in Need plan to us in September. Dad has multiple sclerosis and since his relapse in the winter Carys has been doing a lot of his care before and after school. The Child and Family Assessment completed on 08/04/2061 found no need for further social care involvement, but the family need co-ordinated support: a young carers' assessment for Carys, adaptations and a care package for dad, and respite.

Key person (agreed with mum, dad and Carys): Gwen Prosser, Family Support Worker, Kington Children's Centre. Gwen has read the plan and is happy to take the role.

Many thanks,

Rhian Pritchard-Evans
Social Worker, North West Locality Team (Kington)
Herefordshire Council
01632 960377
""") + "\n" + HDISC
    plan = docx_att("EHA step-down plan - Bevan-Lloyd.docx", [
        "# Early Help Assessment - Step Down plan",
        "Children: Carys Bevan-Lloyd (07/07/2049), Dafydd Bevan-Lloyd (25/01/2055)",
        "What are we worried about? Carys (11) is providing personal care for her father; she is tired and has "
        "stopped going to Urdd and netball.",
        "What's working well? Loving, open parents; Dafydd thriving at school; grandparents in Builth visit monthly.",
        "Wellbeing plan: 1. Young carers' assessment (Kington Children's Centre, May). 2. Adult social care "
        "assessment and care package for dad (June). 3. Short breaks for Carys (summer holidays).",
        "Key person: Gwen Prosser, Family Support Worker, Kington Children's Centre."])
    consent = pdf_att("Signed consent - Bevan-Lloyd.pdf", "Consent to Early Help support", [
        "We agree to our family receiving Early Help support and to the step-down plan being shared with the key",
        "person and the professionals named in it.",
        "Children: Carys Bevan-Lloyd, Dafydd Bevan-Lloyd",
        "Signed: Sian Bevan (mother), Rhys Lloyd (father)   Date: 14/04/2061"])
    top = outlook_top(f, addr("Pritchard-Evans, Rhian", "Rhian.Pritchard-Evans@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down to Early Help (Level 3) - Bevan-Lloyd", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["640112", "640113"],
        [ch("Carys Bevan-Lloyd", "2049-07-07", "07/07/2049"), ch("Dafydd Bevan-Lloyd", "2055-01-25", "25/01/2055")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (seed 003: written consent, the Early Help Assessment "
        "step-down plan, the key person; REQUIREMENTS herefordshire step_down): plan .docx, signed consent form .pdf, "
        "key person named with her agency -> nothing missing. A family whose CIN plan Powys transferred over the "
        "Welsh border. Level 3 stated. Two bare Mosaic numbers after the label 'Mosaic'. Concern: Carys caring for "
        "her father -> young_carer. Manager not mentioned -> null.",
        not_children=["Rhian Pritchard-Evans", "Gwen Prosser", "Sian Bevan", "Rhys Lloyd"])


def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2061-06-28 12:14:50"
    body = T("""
Dear Herefordshire MASH,

I am a social worker with Powys Children's Services. I am writing about two girls who moved with their mother from Presteigne (Powys) into Herefordshire about a fortnight ago, without telling us or the school:

Lily-Ann Jukes, DOB 19/04/2050
Megan Jukes, DOB 30/12/2052
New address: Flat 2, 14 Mill Street, Kington HR5 9ZT (mother Kirsty Jukes)

We closed the family to Powys in March. This morning Dyfed-Powys Police told us that Kirsty's new partner, Craig Hollis, has notified the police of a change of address to the Kington flat. Mr Hollis was convicted in 2055 of the sexual assault of a 12-year-old girl and is on the sex offenders register. Kirsty told the Presteigne school when she withdrew the girls that he is "just a friend helping with the move".

The girls started at Kington St Mary's last week. The school tell me that Mr Hollis has collected them every afternoon this week and that he is on their list to pick them up today at 3.15. As far as we know, nobody has spoken to Kirsty about his conviction, and the girls are in the flat with him every evening.

We have no powers in England. Please can your duty team take this on today. I have told West Mercia Police's public protection unit as well.

Sioned Rees
Gweithiwr Cymdeithasol / Social Worker
Gwasanaethau Plant Powys / Powys Children's Services
01632 960622
""")
    top = outlook_top(f, addr("Rees, Sioned", "sioned.rees@powys-council.example"), addr("Herefordshire MASH", HMASH),
                      "Two girls moved from Powys to Kington - mum's new partner is on the sex offenders register",
                      when, mid_domain="CWLP265MB4410.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Lily-Ann Jukes", "2050-04-19", "19/04/2050"), ch("Megan Jukes", "2052-12-30", "30/12/2052")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A FAMILY WHO MOVED IN FROM ANOTHER AUTHORITY (across the Welsh border): Powys learn this morning that the "
        "mother's new partner, convicted of sexually assaulting a 12-year-old girl, has moved into the Kington flat "
        "with two girls of 11 and 8, collects them from school today at 3.15, and the mother has not been told. "
        "Immediate risk, no alarm word (DESIGN safety rule 1) -> urgent, alert_duty. Kind other: another council's "
        "referral, and Herefordshire's seed defines no step-up anyway. Concern sexual_harm.",
        not_children=["Kirsty Jukes", "Craig Hollis", "Sioned Rees"])


def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2061-07-15 09:26:07"
    body = T("""
Hello,

Please could this go to Tayla's social worker or the Children in Care team today - yours was the only Herefordshire children's services address we could find and her social worker's out-of-office says he is on leave until Monday.

Tayla Morgan-Price, DOB 16/06/2047, Herefordshire looked after child (Mosaic no. 622310), placed with us at Oakfield House in Telford since March.

Tayla went missing from the home at about 4pm yesterday. We reported her to West Mercia Police at 8pm (missing person reference MP/4471/15). At 8.50 this morning one of the other young people showed staff a Snapchat story Tayla posted at 1.12am: she is in the front of a car with two men who look to be in their twenties or thirties, the location tag is Hereford bus station, and the caption says "not coming back 🖤 party in brum tonight with my man". Her phone has been off since.

We have passed the screenshot and the car details we can see to the police. Tayla does not know anyone in Birmingham that we are aware of.

Stacey Lane
Registered Manager, Oakfield House (children's home), Telford
01632 960844
""")
    top = plain_top(f, addr("Stacey Lane", "manager@oakfieldhouse.example"), addr("Early Help Co-ordinators", HEH),
                    "Tayla Morgan-Price - missing from placement - Herefordshire child - please pass to her social worker",
                    when, "oakfieldhouse.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "urgent", "other", True, None, ["622310"],
        [ch("Tayla Morgan-Price", "2047-06-16", "16/06/2047")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A CHILD PLACED OUT OF COUNTY, MAIL SENT TO THE WRONG INBOX: a Telford children's home writes to the Early Help "
        "co-ordinators about a Herefordshire looked-after 14-year-old missing since yesterday, last seen at 1am in a "
        "car with two adult men, 'party in brum tonight with my man'. Immediate risk whatever the inbox (DESIGN "
        "safety rule 1) -> urgent, alert_duty; no alarm word. Kind other (not a step-down). 'Mosaic no. 622310' -> "
        "'622310'; the police missing-person reference is not a case id. Concerns missing, exploitation.",
        not_children=["Stacey Lane"])


def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2061-07-13 15:18:24"
    ack = [
        "Thank you - your step down request has been received.",
        "",
        "Reference: SB-herefordshire-88",
        "Children: Sophie-Louise Amphlett (03/03/2052), Harvey Amphlett (29/10/2056)",
        "Mosaic: 633981",
        "",
        "What is missing:",
        "- consent_form: the family's written consent",
        "",
        "Please reply to this email, keeping the reference in the subject, to add anything.",
    ]
    text = T("""
Hi,

Signed consent form attached - mum signed it at my visit yesterday.

FYI the family are going to stay with dad's family in Ludlow for three weeks of the summer holidays from 23 July. Mrs Hall (the key person) knows and will pick up with them when they are back.

Tom

Tom Bayliss
Social Worker, Hereford City Locality Team
Herefordshire Council

On 12 Jul 2061, at 10:05, stepbot <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-88", ack)
    form = pdf_att("Consent form signed - Amphlett.pdf", "Consent to Early Help", [
        "I consent to my family receiving Early Help and to the step-down plan being shared with the key person.",
        "Children: Sophie-Louise Amphlett, Harvey Amphlett",
        "Signed: Leanne Amphlett (mother)   Date: 12/07/2061"])
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t, form], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = [("From", addr("Tom Bayliss", "Tom.Bayliss@" + HDOM)), ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Re: [SB-herefordshire-88] Step down received - Amphlett"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "herefordshire.gov.uk")),
           ("X-Mailer", "Apple Mail (2.3774.600.62)")]
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["633981"],
        [ch("Sophie-Louise Amphlett", "2052-03-03", "03/03/2052"), ch("Harvey Amphlett", "2056-10-29", "29/10/2056")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-88] sending the signed consent form the acknowledgement asked for -> "
        "follow_up -> attach_to_request; consent true ('mum signed it'). A planned summer stay with relatives in "
        "another county (Ludlow) is news, not a concern. Children, DOBs and the Mosaic id from the quoted "
        "acknowledgement.",
        not_children=["Tom Bayliss", "Leanne Amphlett"])


def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2061-05-23 10:02:58"
    body = T("""
Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Iau 26 Mai, heb fynediad at e-bost. Os yw'n fater brys, cysylltwch â Drws Ffrynt Gwasanaethau Plant Powys ar 01632 960118.

Thank you for your email. I am out of the office until Thursday 26 May without access to email. If your message cannot wait, please contact the Powys Children's Services front door on 01632 960118.

Elin Morgan
Gweithiwr Cymdeithasol / Social Worker, Powys
""")
    add(f, ooo(f, when, "Morgan, Elin", "elin.morgan@powys-council.example", addr("Early Help Co-ordinators", HEH),
               "RE: [SB-herefordshire-74] Step down received - Price", body,
               prefix="Ateb awtomatig / Automatic reply: ", lang="cy-GB"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Bilingual Welsh/English out-of-office from a Powys social worker (another council, across the border) "
        "copied on a Herefordshire acknowledgement: Auto-Submitted: auto-replied, X-Auto-Response-Suppress, subject "
        "'Ateb awtomatig / Automatic reply:' -> auto_reply -> ignore (DESIGN safety rule 2).",
        not_children=["Elin Morgan"])


def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2061-07-04 14:30:18"
    desc = T("""
Shropshire Council invites Herefordshire Children's Services to the transfer-in child protection conference for the Pugh children, who moved with their mother from Hereford to Ludlow on 20 June.

Kian Pugh (DOB 05/05/2050) and Evie-Mai Pugh (DOB 12/12/2057) are subject to child protection plans in Herefordshire under the category of neglect (your Mosaic IDs 618840 and 618841). The conference will decide whether the plans continue in Shropshire. Until then Herefordshire's social worker continues statutory visits and the core group as agreed between our two services.

Please send the last conference report, the current plan and the core group minutes to cpconference@shropshire-council.example by Wednesday 13 July. Ms Pugh has been invited and knows about the meeting.

Conference Co-ordinator, Shropshire Council
""")
    cal = ics("REQUEST", f, dt(when), "20610718T100000", "20610718T120000",
              "Transfer-in Child Protection Conference - Pugh children", "Ludlow Assembly Rooms, Room 2 (or Teams)",
              desc, ("Shropshire CP Conferences", "cpconference@shropshire-council.example"),
              [("Herefordshire MASH", HMASH, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Shropshire CP Conferences", "cpconference@shropshire-council.example"),
                      addr("Herefordshire MASH", HMASH), "Transfer-in Child Protection Conference - Pugh children",
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")],
                      mid_domain="LO2P265MB3307.GBRP265.PROD.OUTLOOK.COM")
    add(f, itip_request_mail(f, top, desc, cal), "herefordshire", "mash_step_up", when, 3,
        "near_miss", "other", False, None, ["618840", "618841"],
        [ch("Kian Pugh", "2050-05-05", "05/05/2050"), ch("Evie-Mai Pugh", "2057-12-12", "12/12/2057")],
        ["neglect"], None, None, [], None, "human_review",
        "NEAR MISS, A TRANSFER-IN CONFERENCE INVITATION FROM ANOTHER COUNCIL: an iTIP METHOD:REQUEST (not a reply) "
        "from Shropshire for children moving out of Herefordshire on child protection plans for neglect; statutory "
        "visits continue, the conference is planned. 'child protection' throughout, no immediate risk. Not a "
        "step-down and not a meeting reply -> other -> human_review. 'your Mosaic IDs 618840 and 618841' -> both "
        "numbers. Concern: the current plan category -> neglect.",
        not_children=[])


def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2061-06-09 16:40:35"
    body = T("""
Hello MASH,

Please could this be considered as a step up to social care for the Gwilliam children - Mosaic 627754.

Alfie Gwilliam, DOB 02/02/2052
Rosie Gwilliam, DOB 06/06/2056

I've been their Early Help family support worker since last autumn. Mum has told me she plans to move the family to Birmingham in August to live with a new partner she met online in March. We don't know his surname or anything about him. Since she met him she has missed the last three TAF meetings and cancelled two home visits, and she no longer answers my texts.

I want to be clear that there is no immediate risk to the children today: they are at school every day, well presented, and school say they are happy. The domestic abuse in 2058 was with the previous partner, who moved to Australia in 2059 - that is historic and there has been no contact. What worries me is mum withdrawing from all support just as she plans a move out of county to someone nobody has met.

My line manager, Ruth Morris, agreed I should send this. I haven't told mum I am sending it yet.

Thanks,
Abbie

Abbie Gwatkin
Family Support Worker, Early Help (Hereford South)
Herefordshire Council
""") + "\n" + HDISC
    top = outlook_top(f, addr("Gwatkin, Abbie", "Abbie.Gwatkin@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Gwilliam children - Mosaic 627754", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["627754"],
        [ch("Alfie Gwilliam", "2052-02-02", "02/02/2052"), ch("Rosie Gwilliam", "2056-06-06", "06/06/2056")],
        ["non_engagement"], None, True, [], None, "human_review",
        "NEAR MISS AND AN UNDEFINED KIND: 'no immediate risk to the children today' (negated) and 'domestic abuse in "
        "2058 ... historic' (a former partner abroad since 2059); a planned move out of county to an unknown partner "
        "is a worry, not an immediate risk. A step-up request, which Herefordshire's seed (003) does not define -> "
        "human_review, missing [] and notice null (REQUIREMENTS: 'step_up is not defined by this seed'). Manager "
        "agreed -> true; mum not told -> consent null. Concern: missed TAFs and visits, no replies -> "
        "non_engagement; domestic_abuse is historic.",
        not_children=["Ruth Morris", "Abbie Gwatkin"])


def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2061-07-19 11:15:40"
    body = T("""
Hi Co-ordinators,

Step-down plan attached for the Hatherley children, following our chat at the drop-in last Tuesday.

Ben Hatherley - DOB 21/08/2053
Grace Hatherley - DOB 05/05/2058
Mosaic 629118

The family moved to Leominster from Worcester in 2060 for a fresh start near mum's parents. The children were on child protection plans in Worcestershire in 2059 (neglect - dad's heroin use, and needles found in the home). Dad has now been abstinent for 18 months, with clear tests every fortnight from the Worcestershire and now the Herefordshire drug service. There are no current concerns about drug use or about the care of the children, and the Child in Need plan will close when this step-down is completed.

The remaining need is Ben's attendance at Leominster Primary (84% this year, mostly late starts and Mondays) and some support for mum with routines now that Grace starts nursery in September.

Key person: Owen Price, Learning Mentor, Leominster Primary School - he has agreed and knows the family well.

Mum and dad gave verbal consent at the CIN meeting on 14 July. I'll get the consent form signed at my visit next Tuesday and send it straight over.

Thanks,
Kate

Kate Brace
Social Worker, Leominster Locality Team
Herefordshire Council
""") + "\n" + HDISC
    plan = docx_att("Step down plan - Hatherley.docx", [
        "# Early Help Assessment - Step Down plan",
        "Children: Ben Hatherley (21/08/2053), Grace Hatherley (05/05/2058)",
        "What needs to happen: morning routine plan (mum, key person); breakfast club place for Ben (school); "
        "nursery transition for Grace (nursery, September); dad to continue with the drug service.",
        "Key person: Owen Price, Learning Mentor, Leominster Primary School"])
    top = outlook_top(f, addr("Brace, Kate", "Kate.Brace@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Hatherley - Mosaic 629118", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["629118"],
        [ch("Ben Hatherley", "2053-08-21", "21/08/2053"), ch("Grace Hatherley", "2058-05-05", "05/05/2058")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS, RESOLVED HISTORY FROM ANOTHER COUNTY: 'child protection plans', 'heroin', 'needles' are "
        "Worcestershire 2059; dad abstinent 18 months with clear tests; 'There are no current concerns about drug use "
        "or about the care of the children'. Not urgent; neither neglect nor substance_misuse is current. "
        "Herefordshire step-down (seed 003: 'obtain written consent'): plan .docx and key person with agency "
        "present, but consent is verbal only with the form to follow -> consent true, consent_form missing -> "
        "request_info. No level written -> null. Concern: Ben's 84% -> school_attendance.",
        not_children=["Owen Price", "Kate Brace"])

# ============================================================================= SELF-CHECKS
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

# England & Wales bank holidays in 2061 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day (observed) Monday 3 January (1 January is a Saturday); Good Friday
# 8 April; Easter Monday 11 April; May Day (the Early May bank holiday) Monday 2 May; Spring Bank Holiday Monday
# 30 May; Late Summer Bank Holiday Monday 29 August; Boxing Day Monday 26 December; Christmas Day (observed)
# Tuesday 27 December (25 December is a Sunday).
BANK_HOLIDAYS = {date(2061, 1, 3), date(2061, 4, 8), date(2061, 4, 11), date(2061, 5, 2), date(2061, 5, 30),
                 date(2061, 8, 29), date(2061, 12, 26), date(2061, 12, 27)}
IN_WINDOW = {date(2061, 5, 2): "May Day", date(2061, 5, 30): "Spring Bank Holiday"}
EASTER = {date(2061, 4, 8): "Good Friday", date(2061, 4, 11): "Easter Monday"}     # both just before the window
# The brief's window is "the summer term of 2061 (mid April to mid/late July)". Easter Monday is 11 April 2061, so
# the window opens on the first working day after it, Tuesday 12 April, and closes on Friday 22 July 2061.
WINDOW = (datetime(2061, 4, 12, tzinfo=LON), datetime(2061, 7, 22, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 27 March 2061 and ends at 01:00 UTC on Sunday 30 October 2061.
BST_START = datetime(2061, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2061, 10, 30, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2061

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


def _quoted_lines(msg):
    return "\n".join(l for l in _plain(msg).split("\n") if l.startswith(">"))

def _unquoted(msg):
    return "\n".join(l for l in _plain(msg).split("\n") if not l.startswith(">"))

def _k01(msg):
    cal = _cal(msg)
    return (len(cal) == 1 and (cal[0].get_param("method") or "").upper() == "REQUEST"
            and _exts(msg) == ["docx", "pdf", "docx"] and "DTSTART;TZID=GMT Standard Time:20610504T100000"
            in cal[0].get_payload(decode=True).decode().replace("\r\n ", "")
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2061, 5, 2) in BANK_HOLIDAYS)

def _k02(msg):
    t = readable(msg)
    return (_no_alarm(msg) and "at 5 o'clock" in t and "Warrington" in t and "999 725 4410" in t
            and _exp("knowsley_02.eml")["case_ids"] == [])

def _k03(msg):
    t = readable(msg)
    return ("There are no current concerns about domestic abuse" in t and ALARM.search(t) is not None
            and "domestic_abuse" not in _exp("knowsley_03.eml")["concerns"] and _wd("knowsley_03.eml") == 5)

def _k04(msg):
    return ("Oisín Brady" in str(msg["Subject"]) and _wd("knowsley_04.eml") == 4 and _pw("knowsley_04.eml") == 5
            and date(2061, 5, 30) in BANK_HOLIDAYS and "Joanne Tyrer, Pastoral Lead" in _plain(msg))

def _k05(msg):
    new = _unquoted(msg)
    return (_no_alarm(msg) and "at 3 today" in new and "Jayden Carney" not in new
            and "Jayden Carney (14/01/2047)" in _quoted_lines(msg) and _exts(msg) == ["docx"])

def _k07(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "Dean punched me" in b[1] and "Dean punched me" not in b[0]
            and "3.15 today" in b[1] and "URGENT" in str(msg["Subject"])
            and not ALARM.search(body_text(msg).replace(str(msg["Subject"]), "")))

def _k08(msg):
    return ALARM.search(readable(msg)) is not None and "Lagos" in readable(msg)

def _r02(msg):
    return (_no_alarm(msg) and "Dear Hounslow MASH" in _plain(msg)
            and MAILBOXES[("richmond_wandsworth", "mash_step_up")] in str(msg["To"]))

def _r03(msg):
    return ("will ask her to sign the Early Help consent form" in _plain(msg) and _exts(msg) == ["pdf", "docx"]
            and ALARM.search(readable(msg)) is not None)

def _r04(msg):
    return "Inês" in str(msg["Subject"]) and _exts(msg) == ["pdf", "docx"]

def _r06(msg):
    t = readable(msg)
    return ("There are no immediate safeguarding concerns" in t and ALARM.search(t) is not None
            and _exts(msg) == ["pdf"])

def _r07(msg):
    return (not ALARM.search(body_text(msg)) and ALARM.search(readable(msg)) is not None
            and "Rationale for step up" in _plain(msg) and _exts(msg) == ["pdf"])

def _r08(msg):
    t = readable(msg)
    return "but that is hypothetical" in t and ALARM.search(t) is not None and _exts(msg) == ["pdf"]

def _t02(msg):
    t = readable(msg)
    return "our LCS ID LCS-7712093" in t and "Stepney" in t and "Bradford" in t

def _t03(msg):
    t = readable(msg)
    return "none present" in t and ALARM.search(t) is not None and "Sylhet" in t

def _t06(msg):
    return (_no_alarm(msg) and "She is in our office now" in _plain(msg) and _exts(msg) == []
            and _exp("tower_hamlets_06.eml")["missing"] == ["request_for_support"])

def _t07(msg):
    return _no_plain(msg) and "Parveen Akhtar, Family Support Worker" in _html(msg)

def _t08(msg):
    t = readable(msg)
    return "There is no immediate danger today" in t and "He is at home with mum now and is safe" in t

def _b01(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and _date(msg).hour >= 21 and b"\r\n" not in FILES["torbay_01.eml"])

def _b02(msg):
    t = readable(msg)
    return "Current safeguarding concerns: none" in t and ALARM.search(t) is not None

def _b05(msg):
    return _no_alarm(msg) and "5pm today" in _plain(msg)

def _b06(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "Kyla Rowe" in c and _no_alarm(msg)

def _b07(msg):
    t = readable(msg)
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "fictional, for discussion only" in t
            and ALARM.search(t) is not None)

def _h02(msg):
    return _no_alarm(msg) and "3.15" in _plain(msg)

def _h03(msg):
    return _no_alarm(msg) and MAILBOXES[("herefordshire", "early_help_duty")] in str(msg["To"])

def _h05(msg):
    return "Diolch am eich e-bost" in _plain(msg) and msg["Content-Language"] == "cy-GB"

def _h06(msg):
    cal = _cal(msg)
    return len(cal) == 1 and (cal[0].get_param("method") or "").upper() == "REQUEST" and ALARM.search(readable(msg))

def _h07(msg):
    return ("herefordshire", "step_up") not in DEFINED and "no immediate risk to the children today" in _plain(msg)

def _h08(msg):
    return ("There are no current concerns about drug use" in _plain(msg) and ALARM.search(readable(msg))
            and _exts(msg) == ["docx"])

CUSTOM = [
    ("knowsley_01.eml", "the request is an iTIP REQUEST with 3 attachments; 4 WD (5 plain) across May Day", _k01),
    ("knowsley_02.eml", "no alarm words; 5 o'clock; NHS number not a case id", _k02),
    ("knowsley_03.eml", "no current DA; alarm words present; exactly 5 WD", _k03),
    ("knowsley_04.eml", "Oisín in the subject; 4 WD (5 plain) across the Spring Bank Holiday", _k04),
    ("knowsley_05.eml", "no alarm words; the report in the new text; the child only in the quoted ack", _k05),
    ("knowsley_07.eml", "the report only in the forwarded part; URGENT only in the subject", _k07),
    ("knowsley_08.eml", "alarm words in an out-of-office", _k08),
    ("richmond_wandsworth_02.eml", "addressed to Hounslow, sent to the R&W inbox; no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "consent still to be asked; pdf + docx; alarm words", _r03),
    ("richmond_wandsworth_04.eml", "Inês in the subject; pdf + docx", _r04),
    ("richmond_wandsworth_06.eml", "transfer notification with no immediate concern; one pdf", _r06),
    ("richmond_wandsworth_07.eml", "alarm word only in the attachment", _r07),
    ("richmond_wandsworth_08.eml", "a hypothetical immediate risk", _r08),
    ("tower_hamlets_02.eml", "another council's LCS id; Stepney", _t02),
    ("tower_hamlets_03.eml", "checked and none present", _t03),
    ("tower_hamlets_06.eml", "no alarm words; in the office now; MARF missing", _t06),
    ("tower_hamlets_07.eml", "HTML-only follow-up", _t07),
    ("tower_hamlets_08.eml", "already safe at home", _t08),
    ("torbay_01.eml", "phone mail (base64, LF) after 21:00; no alarm words", _b01),
    ("torbay_02.eml", "placement notification, no current concerns", _b02),
    ("torbay_05.eml", "no alarm words; 5pm today", _b05),
    ("torbay_06.eml", "DECLINED with the report in the COMMENT; no alarm words", _b06),
    ("torbay_07.eml", "mailing-list bulletin, fictional examples, no Auto-Submitted", _b07),
    ("herefordshire_02.eml", "no alarm words; 3.15", _h02),
    ("herefordshire_03.eml", "no alarm words; sent to the Early Help co-ordinators", _h03),
    ("herefordshire_05.eml", "bilingual Welsh out-of-office", _h05),
    ("herefordshire_06.eml", "an iTIP REQUEST that is kind other", _h06),
    ("herefordshire_07.eml", "undefined step-up; negated risk", _h07),
    ("herefordshire_08.eml", "resolved drug history; docx plan", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows we are asking for the step up", "consent", None),
    ("knowsley_03.eml", "Mum has given her consent to the referral to Family First", "consent", True),
    ("knowsley_03.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_04.eml", "Dad and mum have both agreed to the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree that the family should be stepped up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum has agreed to the referral", "consent", True),
    ("richmond_wandsworth_03.eml", "will ask her to sign the Early Help consent form then", "consent", None),
    ("richmond_wandsworth_03.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "Mum signed the Early Help consent form on 6 July", "consent", True),
    ("richmond_wandsworth_04.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_07.eml", "I agree it needs to step up today", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "Mum signed the Early Help consent form", "consent", True),
    ("tower_hamlets_01.eml", "have given their consent to the step-down", "consent", True),
    ("tower_hamlets_01.eml", "has signed off the step-down", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Mrs Olowe consents to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_06.eml", "has agreed this needs to go to MAST as a step up now", "manager_agreed", True),
    ("tower_hamlets_06.eml", "We have NOT spoken to her parents", "consent", None),
    ("tower_hamlets_08.eml", "Mum agrees to the MAST referral", "consent", True),
    ("tower_hamlets_08.eml", "agreed the step up this morning", "manager_agreed", True),
    ("torbay_03.eml", "has consented to level 3 Early Help", "consent", True),
    ("torbay_03.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_04.eml", "Mum consents to this contact to MASH", "consent", True),
    ("torbay_04.eml", "we agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_05.eml", "Mum consents to me contacting MASH", "consent", True),
    ("torbay_05.eml", "he agrees this needs to be looked at for level 4 today", "manager_agreed", True),
    ("herefordshire_01.eml", "We agree to our family receiving Early Help support", "consent", True),
    ("herefordshire_04.eml", "mum signed it at my visit yesterday", "consent", True),
    ("herefordshire_07.eml", "agreed I should send this", "manager_agreed", True),
    ("herefordshire_07.eml", "I haven't told mum I am sending it yet", "consent", None),
    ("herefordshire_08.eml", "Mum and dad gave verbal consent", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_03.eml", "knowsley_02.eml", "knowsley_05.eml",
                  "richmond_wandsworth_02.eml", "torbay_01.eml", "torbay_05.eml", "torbay_06.eml",
                  "tower_hamlets_06.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (4, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2061])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2061 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2061, 3) and BST_END.date() == last_sun(2061, 10)):
        errors.append("set: BST must start on the last Sunday of March 2061 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window: it opens on the first working day after Easter Monday (11 April 2061) and closes on the Friday
    # of the term's last full week, 22 July 2061; both ends are checked as weekdays
    first_after_easter = max(EASTER) + timedelta(days=1)
    while first_after_easter.weekday() >= 5 or first_after_easter in BANK_HOLIDAYS:
        first_after_easter += timedelta(days=1)
    if not (WINDOW[0].date() == first_after_easter == date(2061, 4, 12) and WINDOW[0].weekday() == 1
            and WINDOW[1].date() == date(2061, 7, 22) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Tuesday 12 April to Friday 22 July 2061")
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

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_04's notice labelled ok", lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2061, 5, 2)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2061, 5, 30)), "Knowsley notice counts are"),
    ("the window left ending on Monday 25 July", lambda: _set_window_end(date(2061, 7, 25)), "the window must run"),
    ("knowsley_03's Date given +0000", lambda: _shift_date("knowsley_03.eml", "Thu, 16 Jun 2061 10:05:19 +0100",
                                                           "Thu, 16 Jun 2061 10:05:19 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_04's now given +0000", lambda: _relabel("torbay_04.eml", now="2061-06-15T13:51:39+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_06 sent on the Spring Bank Holiday",
     lambda: _shift_date("richmond_wandsworth_06.eml", "Thu, 02 Jun 2061", "Mon, 30 May 2061", -3),
     "Date on a bank holiday"),
    ("herefordshire_07 sent on a Saturday",
     lambda: _shift_date("herefordshire_07.eml", "Thu, 09 Jun 2061", "Sat, 11 Jun 2061", 2), "Date on a weekend"),
    ("knowsley_02 sent on Easter Monday (before the window)",
     lambda: _shift_date("knowsley_02.eml", "Tue, 10 May 2061", "Mon, 11 Apr 2061", -29), "Date outside the window"),
    ("'risk' added to torbay_05's subject", lambda: _sub("torbay_05.eml", b"Subject: Contact to MASH - Poppy",
                                                          b"Subject: risk - Contact to MASH - Poppy"),
     "no alarm word are"),
    ("tower_hamlets_02 filed as a near miss", lambda: _relabel("tower_hamlets_02.eml", category="near_miss"),
     "urgent vs category"),
    ("the misdirected urgent mail sent to human review",
     lambda: _relabel("richmond_wandsworth_02.eml", next_action="human_review"),
     "next_action human_review != alert_duty"),
    ("the undefined Herefordshire step-up given missing ids",
     lambda: _relabel("herefordshire_07.eml", missing=["consent"]), "missing must be [] for this kind"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_03.eml", consent=True,
                                                                  missing=[], next_action="book_meeting"),
     "'will ask her to sign the Early Help consent form then' means consent None"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_01.eml",
                                                             case_ids=["Mosaic ID: 3391047"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the NHS number labelled as a case id", lambda: _relabel("knowsley_02.eml", case_ids=["999 725 4410"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the historic domestic abuse labelled on knowsley_03", lambda: _relabel("knowsley_03.eml",
        concerns=["domestic_abuse", "parental_mental_health", "school_attendance"]), "no current DA"),
    ("the Marchand names copied into the body", lambda: _sub("richmond_wandsworth_06.eml",
        b"notification of a family subject", b"notification of Chlo=C3=A9 Marchand, a child subject"),
     "should be named in full only in an attachment"),
    ("the forwarded report copied above the forward", lambda: _sub("knowsley_07.eml",
        b"School are expecting a call.", b"School are expecting a call. She said Dean punched me."),
     "the report only in the forwarded part"),
    ("a year after the window's in a body", lambda: _sub("herefordshire_08.eml", b"from Worcester in 2060",
                                                          ("from Worcester in %d" % (MAX_YEAR + 1)).encode()),
     "year after 2061"),
    ("now 8 minutes after Date", lambda: _relabel("tower_hamlets_03.eml", now="2061-05-18T14:10:25+01:00"),
     "now not 2-6 min after Date"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_08.eml", level=3), ": level"),
    ("the Olowe children swapped", lambda: _exp("tower_hamlets_04.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("knowsley_08.eml", b"Auto-Submitted: auto-replied\r\n",
                                                                   b""), "auto_reply marked Auto-Submitted"),
    ("torbay_06's calendar made a REQUEST", lambda: _sub("torbay_06.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("an adult's DOB given to the child", lambda: _exp("richmond_wandsworth_02.eml")["children"][0].update(
        dob="2037-07-03"), "parses to 2060-10-12"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_06.eml", category="ordinary"),
     "category totals"),
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
