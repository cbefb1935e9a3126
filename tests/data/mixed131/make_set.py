#!/usr/bin/env python3
"""mixed131: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2042 (Monday 21 April - Wednesday 23 July 2042), in journeys and time abroad: children taken
abroad and not back for the new term, passports taken or held, airport and port alerts, a child left with relatives
overseas, families about to fly tonight, a holiday "back home" in cutting season, a child back from abroad "changed",
school trips abroad, a parent detained for removal and a parent facing deportation, children arriving from abroad to
live with relatives, and phone calls from overseas.

Urgent (12), none using the brief's banned words anywhere: a father flying to Antalya with two children and their
passports this afternoon (a follow-up); a girl's disclosure on the coach home from Normandy (forwarded); a mother
detained at her Home Office reporting appointment with the children finishing school at 3.20; a boy left in Nigeria
whose voice message says the pastor comes tonight; a mother and daughters at Gatwick for tonight's Freetown flight
(a calendar reply's comment); a Year 11 girl's call from Bangladesh before a forced marriage on Friday; a 12-year-old
from Moldova in an unnotified private fostering household (a PS); a 14-year-old missing for a week arriving at
Plymouth on the Santander ferry with an unrelated man (out of hours); a mother in Krakow relaying her son's call; a
15-year-old from Albania told to start "working on a farm" tonight; a 15-year-old with a coach ticket for tonight
and a flight to Istanbul (hedged); and a 9-year-old's words about her "special party" at half term, only inside the
step-down plan attached to an ordinary request. Near misses (12): a deportation and a parental abduction that are
history, a Border Force child stop checked and closed, a feared abduction that is hypothetical, an FGM Protection
Order already in force, a forced marriage worry about an adult, a child "changed" by a trip abroad whose harm was
ruled out, a partnership bulletin about cutting season, a grandmother's call from Jamaica checked the same morning,
an old port alert, a school trip's missing episode resolved, and a solicitor's deportation-appeal letter.

Window: Easter Sunday 2042 is 6 April (Good Friday 4 April, Easter Monday 7 April); the Easter holiday runs to
Friday 18 April and the summer term opens on Monday 21 April and closes on Wednesday 23 July (half term 26-30 May).
BST runs from Sunday 30 March to Sunday 26 October 2042, so every Date header is +0100. Bank holidays inside the
window: the Early May bank holiday (Monday 5 May) and the Spring Bank Holiday (Monday 26 May); two Knowsley notice
counts are decided by them (knowsley_01 across 5 May, knowsley_04 across 26 May: 5 plain weekdays, 4 working days).

Deterministic: no clock, no randomness; boundaries, Message-IDs and UIDs come from sha1 of the file name. Run with
/work/main/.venv/bin/python make_set.py (pypdf, python-docx and holidays are then used to read the attachments back
and to cross-check the bank holidays; under a plain python3 the script's own readers and its rule-based bank-holiday
computation are used). `--stats` prints tallies; `--inject-faults` breaks an in-memory copy in several ways and
requires each break to be caught. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office and quote helpers are
copied from /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the
specification; the self-checks verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Monday 21 April - Wednesday 23 July 2042) is British
    Summer Time (+0100): BST began at 01:00 UTC on Sunday 30 March 2042 and ends at 01:00 UTC on Sunday 26 October
    2042. The self-check asserts every Date header's offset against Europe/London's."""
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
    """Wrap each logical line with soft breaks ('line ' + CRLF), RFC 3676. A quoted logical line ('> ...') keeps its
    quote prefix on every physical line it is wrapped onto. '\x00' between two words forces a soft break there."""
    out = []
    for logical in text.split("\n"):
        m = re.match(r"^(>+ ?)", logical)
        prefix = m.group(1) if m else ""
        body = logical[len(prefix):]
        chunks = body.split("\x00")
        phys = []
        for ci, chunk in enumerate(chunks):
            words = chunk.split(" ")
            cur = ""
            for w in words:
                if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                    phys.append(cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            phys.append(cur + (" " if ci < len(chunks) - 1 else ""))
        for p in phys:
            if not prefix and p.startswith((" ", ">", "From ")):
                p = " " + p
            out.append(prefix + p)
    return "\n".join(out)

def unflow(text):
    """Join the soft line breaks of format=flowed text (same quote depth), as a reading client shows it."""
    out, soft = [], False
    for line in text.split("\n"):
        m = re.match(r"^(>+) ?", line)
        depth = len(m.group(1)) if m else 0
        content = line[m.end():] if m else (line[1:] if line.startswith(" ") else line)
        if soft and out and out[-1][0] == depth:
            out[-1] = (depth, out[-1][1] + content)
        else:
            out.append((depth, content))
        soft = line.endswith(" ") and line != "-- "
    return "\n".join((">" * d + " " + c) if d else c for d, c in out)


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
            zi = zipfile.ZipInfo(name, date_time=(2042, 4, 1, 0, 0, 0))
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

def _pdf_text_own(data):
    """Text of one of this script's own hand-built PDFs (uncompressed content stream of "(...) '" lines)."""
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    out = []
    for line in m.group(1).split(b"\n"):
        if line.startswith(b"(") and line.endswith(b") '"):
            lit = line[1:-3]
            out.append(lit.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252"))
    return "\n".join(out)

try:
    from pypdf import PdfReader as _PdfReader
    import docx as _docx
    READERS = "pypdf + python-docx"
except ImportError:                       # plain python3: the script's own readers (same text, fewer checks)
    _PdfReader = _docx = None
    READERS = "own readers (pypdf / python-docx not installed)"

def readable(msg):
    import io
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
            if _docx is not None:
                _docx.Document(io.BytesIO(payload))      # must open in python-docx
            acc, _deleted, comments = docx_parts(payload)
            out += [acc, comments]
            out += list(docx_hf_text(payload))
        elif ct == "application/pdf":
            if _PdfReader is not None:
                r = _PdfReader(io.BytesIO(payload))
                out += [p.extract_text() for p in r.pages]
            else:
                out.append(_pdf_text_own(payload))
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


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2042-04-30 11:05:12"
    body = T("""
Good morning MASH,

Please find attached a step up request for Daniel Asante (DOB 17/03/2029), EHM-71408.

The step up TAF meeting is on Wednesday 7th May at 10am on Teams. I sent the invite from my calendar to the MASH inbox and MASH business support this morning and I have invited the current TAF members (Halewood Academy, the school nurse and Daniel's CAMHS practitioner).

Background: Daniel is 13. His dad sent him to a boarding school near Kumasi in Ghana last July "to learn respect" and he came back in January. What he told school about being caned there was looked at by MASH in January and closed - it happened at the school abroad and there were no worries about home. Since he came back he hardly speaks at home or in school, and his attendance since January is 71%. His little sister Abena (6) is doing fine at primary.

Dad (Kwame Asante) has now refused the last three TAF meetings and cancelled two home visits, saying the family "don't need social workers". Mum comes to the door but says she can't go against him. I completed the Engaging Families toolkit on 22/04/2042 - engagement is low and the detail is in section 3 of the form. Dad has said more than once that Daniel will "go back to Kumasi" if things don't improve, but there are no dates or tickets and mum keeps Daniel's passport.

My team manager, Lorraine Gaskell, discussed the step up with me in supervision on 28/04/2042 and agreed it - this is on the form too.

Attached:
- FF Step Up request to CSC - Asante.docx
- TAF minutes 15.04.2042 - Asante.pdf

Mum is aware we are asking for a step up.

Thanks,
Shauna

Shauna Melia
Family First Case Manager | Halewood & Kirkby Team | Knowsley Council
0151 496 0512

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Asante.docx", appendix1([
        ("Case ID on EHM:", "EHM-71408"),
        ("Child:", "Daniel Asante, 17/03/2029"),
        ("Has this family recently closed to Children's Social Care?:", "No (a MASH contact in January was closed)"),
        ("Date of step up TAF meeting:", "Wednesday 07/05/2042, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Engaging Families toolkit completed 22/04/2042 (section 3): dad has refused three TAFs (04/03, "
         "25/03, 15/04) and cancelled two home visits; letters, texts, a visit with the school and an offer to meet "
         "at the mosque community centre have all been tried. Mum engages at the door only."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 15/04/2042 (dad did not attend)"),
        ("What are we worried about?", "Daniel is withdrawn at home and at school since returning from Ghana in "
         "January; attendance 71% since then. Dad will not engage with any plan."),
        ("What is working well?", "Mum loves the children and talks to us at the door; Daniel trusts his form "
         "tutor and goes to CAMHS with mum; Abena is settled."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is done."),
        ("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.",
         "Completed 22/04/2042 - low engagement (see above)."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Lorraine Gaskell, Team Manager, 28/04/2042"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly joint visits with school; TAF every "
         "four weeks; escalation to the MASH team manager."),
    ]))
    minutes = pdf_att("TAF minutes 15.04.2042 - Asante.pdf", "Team Around the Family - minutes", [
        "Family: Asante (EHM-71408)", "Date: 15/04/2042, 14:00, Halewood Family Hub",
        "Present: mum; Shauna Melia (Family First, chair); form tutor; school nurse. Apologies: dad (declined).",
        "School: Daniel's attendance 71% since January; quiet, eats alone, will talk to his form tutor.",
        "CAMHS: Daniel attends with mum; low mood; next appointment 06/05/2042.",
        "Agreed: Shauna to complete the Engaging Families toolkit and discuss a step up with her manager."])
    top = outlook_top(f, addr("Melia, Shauna", "Shauna.Melia@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Asante - EHM-71408 - TAF Wed 7th May", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-71408"],
        [ch("Daniel Asante", "2029-03-17", "17/03/2029")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "CHILD RETURNED FROM ABROAD: a Knowsley step-up for a 13-year-old back from a boarding school in Ghana. The "
        "requirements are all met (Appendix 1 form .docx, EHM-71408, 'discussed the step up ... and agreed it', TAF "
        "minutes .pdf, meeting 'Wednesday 7th May at 10am'; non-engagement -> the Engaging Families toolkit is in "
        "the form). NOTICE ACROSS MAY DAY, DECISIVE: from Wed 30 April the meeting on Wed 7 May is 5 plain weekdays "
        "but Mon 5 May is the Early May bank holiday -> 4 working days < 5 -> notice not ok -> request_info. The "
        "caning abroad is historic and closed; the talk of sending him back has no dates -> not urgent, not a "
        "concern. 'Mum is aware' is not consent -> null. Abena is named by first name only -> not labelled.",
        meeting=date(2042, 5, 7), not_children=["Kwame Asante", "Lorraine Gaskell", "Shauna Melia"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2042-05-15 13:31:40"
    ack = ack_text("step-up", "SB-knowsley-3318", [
        "Case: EHM-70955", "Children: Amelia Ozturk (02/09/2034), Deniz Ozturk (11/01/2038)",
        "Step-up TAF meeting: Wednesday 21 May 2042, 10:00 (Microsoft Teams)",
        "The MASH social worker will chair the meeting; MASH business support will take the minutes."], [])
    text = T("""
Hi MASH,

Adding to the Ozturk step up. Mum rang me at 1.10 in tears. Dad picked Amelia and Deniz up from St Aidan's at 12.30 - he told the office it was a dentist appointment. Mum has just checked the drawer and both kids' passports are gone.

His sister has put a photo on Instagram of the departures board at Manchester Airport with "family holiday!!" - the Antalya flight on the board leaves at 16:45.

The prohibited steps order from March says he can't take them out of the country. This is the same dad who told mum in March she would "never see them again" - the threats are why we stepped up. Mum has rung 999 and the police log is 0412 of today. She's at the school with me now.

Please can someone ring me on 07700 900 381.

Niamh

Niamh Cassidy
Family First Case Manager | Huyton Team

Sent from my iPhone

On 7 May 2042, at 09:12, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + quoted(ack)
    top = plain_top(f, addr("Cassidy, Niamh", "Niamh.Cassidy@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-3318] Step-up request received - EHM-70955", when, KDOM, "iPhone Mail (21F90)",
                    extra=[("In-Reply-To", msgid(f + "-ack", "stepbot.knowsley.gov.uk"))])
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-70955"],
        [ch("Amelia Ozturk", "2034-09-02", "02/09/2034"), ch("Deniz Ozturk", "2038-01-11", "11/01/2038")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "PASSPORTS GONE, A FLIGHT THIS AFTERNOON: an iPhone reply to [SB-knowsley-3318] (a follow_up) - dad took a "
        "7- and a 4-year-old out of school at 12.30, their passports are missing, his sister posts the Manchester "
        "departures board, the Antalya flight leaves at 16:45, and a prohibited steps order forbids removal. No alarm "
        "word anywhere. DESIGN safety rule 1 whatever the kind -> urgent -> alert_duty (first in next_action's "
        "order). Children and DOBs from the quoted acknowledgement; his threats to mum ('never see them again', the "
        "reason for the step-up) -> domestic_abuse.",
        not_children=["Niamh Cassidy"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2042-05-06 10:42:05"
    blocks = [
        "Hello Family First duty,",
        "",
        "Please see below the step down to Family First at Level 3 for Mia and Luca, and the joint home visit. "
        "Everything is in the table and under the three headings.",
        "",
        ("table", [
            ["", "Details"],
            ["Children", "Mia Hoxha, DOB 25/06/2032; Luca Hoxha, DOB 08/02/2037"],
            ["ICS", "ICS-2204719"],
            ["Joint home visit", "Tuesday 13 May 2042, 10.00am"],
            ["Venue", "Family home - 7 Larchwood Close, Prescot, L34 9ZQ"],
            ["Consent", "Mum (Stacey Hoxha) signed the Family First consent form at the CIN review on 01/05/2042"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Mum's anxiety. She has panic attacks when she has to leave the house and gets Luca to nursery late most "
        "days. Mia's attendance is 88% and the mornings she misses are the days mum is unwell.",
        "",
        "For context, because the file will show it: both children were on child protection plans in 2040 after "
        "their dad, Arben Hoxha, assaulted mum in front of them. He served his sentence and was deported to Albania "
        "in November 2041. He cannot come back to the UK, there has been no contact with mum or the children since, "
        "and the non-molestation order is still in place. There are no current concerns about domestic abuse, and "
        "the last CIN review recorded the risk from dad as no longer present.",
        ("h", "What is working well?"),
        "Mum has a GP and is on the Talking Therapies waiting list. Nan does the school run on Mondays and Fridays. "
        "Both children are warm and close to mum, and Mia loves her after-school dance club.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF with school and nursery; a morning routine plan; support for mum "
        "to get to her therapy assessment; a review after six weeks.",
        "",
        "Thanks,",
        "Joanna",
        "",
        "Joanna Whitty",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0644",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Whitty, Joanna", "Joanna.Whitty@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Hoxha - joint visit Tues 13th May", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["ICS-2204719"],
        [ch("Mia Hoxha", "2032-06-25", "25/06/2032"), ch("Luca Hoxha", "2037-02-08", "08/02/2037")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A DEPORTED PARENT, HISTORIC: the CP plans (2040), the assault and the father's deportation to "
        "Albania (November 2041) are past; 'no current concerns about domestic abuse', 'risk ... no longer present' "
        "-> not urgent, domestic_abuse not a concern. Complete Knowsley Level 3 step-down (Word table + three "
        "headings): joint home visit with date, time and venue; consent signed at the CIN review -> true. Notice: from "
        "Tue 6 May (the day after May Day) to Tue 13 May = 5 working days, exactly enough -> ok -> book_meeting. "
        "Concerns: mum's anxiety -> parental_mental_health; 88% -> school_attendance.",
        meeting=date(2042, 5, 13), not_children=["Stacey Hoxha", "Arben Hoxha", "Joanna Whitty"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2042-05-20 15:12:33"
    blocks = [
        "Good afternoon,",
        "",
        "I am writing to let you know that Mihai Popa and his brother Andrei will step down to a Level 2 service at their final "
        "CIN meeting. Mum has consented to the step down to Early Help, and the school have agreed to take on the "
        "Lead Practitioner role.",
        "",
        ("table", [
            ["Step down (Level 2)", ""],
            ["Children", "Mihai Popa (DOB 09.06.2031) and Andrei Popa (DOB 24.11.2038)"],
            ["ICS", "ICS-2211583"],
            ["Final CIN meeting", "Tuesday 27 May 2042 at 2.00pm"],
            ["Venue", "Huyton Family Hub, meeting room 2"],
            ["Lead Practitioner", "Joanne Rafferty, Inclusion Lead, Roby Park Primary School (0151 496 0871)"],
        ]),
        "",
        "Mihai came from Romania in September to join mum, Ioana, who has lived in Huyton since 2038. He lived with "
        "his grandmother in Iasi until she went into a care home. Andrei was born here and has cerebral palsy.",
        "",
        ("h", "What are we worried about?"),
        "Mihai (10) does a lot of Andrei's care before school - lifting him, dressing him and giving him breakfast - "
        "so mum can get to her 6am warehouse shift. He is tired in class and has said he worries about Andrei all day.",
        ("h", "What is working well?"),
        "Mum moves to day shifts from 2 June. Andrei has a specialist nursery place with 1:1 support from September. "
        "Mihai's English has come on hugely, he has friends and he trusts Joanne.",
        ("h", "What needs to happen?"),
        "Joanne to lead an Early Help Assessment; a young carers referral for Mihai; a short breaks assessment for "
        "Andrei; a TAF review after six weeks.",
        "",
        "Kind regards,",
        "",
        "Callum Fitzsimons",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0466",
    ]
    top = outlook_top(f, addr("Fitzsimons, Callum", "Callum.Fitzsimons@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Popa - final CIN Tuesday 27th May", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2211583"],
        [ch("Mihai Popa", "2031-06-09", "09.06.2031"), ch("Andrei Popa", "2038-11-24", "24.11.2038")],
        ["disability_send", "young_carer"], True, None, [], False, "request_info",
        "CHILD ARRIVED FROM ABROAD (Romania, to join his mother). HTML-only Outlook (Word HTML, no text/plain twin). "
        "Knowsley Level 2 step-down: meeting date, time and venue, all three Signs of Safety headings, and a named "
        "Lead Practitioner with her agency -> nothing missing; mum 'has consented' -> true (not required at L2). "
        "NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Tue 20 May the final CIN on Tue 27 May is 5 plain "
        "weekdays but Mon 26 May is a bank holiday -> 4 working days < 5 -> notice not ok -> request_info. Concerns: "
        "Mihai's care of his brother -> young_carer; Andrei's cerebral palsy -> disability_send.",
        meeting=date(2042, 5, 27), not_children=["Joanne Rafferty", "Callum Fitzsimons"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2042-06-19 16:02:10"
    trip = T("""
Helen - sorry to do this by email, I can't get a call to connect from the queue at Coquelles.

Lucy Carragher (8R) came and found me at the back of the coach about half an hour ago and asked to talk. She said she doesn't want to go home tonight. I've written down what she said as close to her words as I can:

"My stepdad comes in the bathroom when I'm in the shower and he locks the door. Last time he made me touch him. It's been happening since Christmas when mum started nights. Please don't make me go home."

She said mum works nights at Whiston and won't be in tonight. Her stepdad's name is Dean and he is the adult on the trip form who is collecting her from the coach.

We're booked on the 16:50 Shuttle and the coach is due back at school at about 21:30. Lucy is sitting with Mrs Ashworth and she's calmer. I haven't said anything to anyone else on the trip.

Gareth

Gareth Poole
Head of Humanities | Normandy trip leader
""")
    text = T("""
Dear MASH,

Please see below from our trip leader, who is bringing Year 8 back from Normandy today.

Lucy Carragher, DOB 04/02/2029, Year 8. She lives with mum, Kerry Carragher, and her stepdad, Dean Mulhearn, at 22 Hollybank Road, Huyton, L36 9ZR. We have never had a worry about Lucy before and the family are not known to us. I have not contacted home.

The coach is due back at school at about 21:30 and Dean Mulhearn is down to collect her. Could someone ring me on 0151 496 0720? I will stay in school until the coach is back.

Helen

Helen Cropper
Deputy Headteacher | DSL
Cronton Park Academy

---------- Forwarded message ---------
From: Gareth Poole <g.poole@cronton-park.example.sch.uk>
Date: Thu, 19 Jun 2042 at 15:41
Subject: Lucy C - need to talk to you
To: Helen Cropper <h.cropper@cronton-park.example.sch.uk>

""") + trip
    h = ('<div dir="ltr"><div>Dear MASH,</div><div><br></div><div>Please see below from our trip leader, who is '
         'bringing Year 8 back from Normandy today.</div><div><br></div><div>Lucy Carragher, DOB 04/02/2029, Year 8. '
         'She lives with mum, Kerry Carragher, and her stepdad, Dean Mulhearn, at 22 Hollybank Road, Huyton, L36 9ZR. '
         'We have never had a worry about Lucy before and the family are not known to us. I have not contacted '
         'home.</div><div><br></div><div>The coach is due back at school at about 21:30 and Dean Mulhearn is down to '
         'collect her. Could someone ring me on 0151 496 0720? I will stay in school until the coach is back.</div>'
         '<div><br></div><div>Helen</div><div><br></div><div>Helen Cropper<br>Deputy Headteacher | DSL<br>Cronton '
         'Park Academy</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded '
         'message ---------<br>From: <b class="gmail_sendername" dir="auto">Gareth Poole</b> <span dir="auto">&lt;'
         'g.poole@cronton-park.example.sch.uk&gt;</span><br>Date: Thu, 19 Jun 2042 at 15:41<br>Subject: Lucy C - '
         'need to talk to you<br>To: Helen Cropper &lt;h.cropper@cronton-park.example.sch.uk&gt;<br></div><br><br>'
         '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in trip.split("\n"))
         + '</div></div></div>\n')
    top = plain_top(f, addr("Helen Cropper", "h.cropper@cronton-park.example.sch.uk"), addr("Knowsley MASH", KMASH),
                    "Fwd: Lucy C - need to talk to you", when, "mail.gmail.com", None)
    body = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 1))
    add(f, build(top, body, False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lucy Carragher", "2029-02-04", "04/02/2029")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "SCHOOL TRIP ABROAD, TOLD IN A FORWARDED PART: a school DSL forwards (Gmail 'Fwd:') the Normandy trip "
        "leader's note of a 13-year-old's disclosure on the coach home - her stepdad locks himself in the bathroom "
        "with her and 'made me touch him' - and he is the adult collecting her from the coach at 21:30 tonight. No "
        "alarm word anywhere. Immediate risk tonight -> urgent -> alert_duty; a school's report, no step request -> "
        "other. sexual_harm.",
        not_children=["Kerry Carragher", "Dean Mulhearn", "Helen Cropper", "Gareth Poole"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2042-04-22 09:14:55"
    body = T("""
OFFICIAL - SENSITIVE

BORDER FORCE - LIVERPOOL JOHN LENNON AIRPORT
CHILD ENCOUNTER NOTIFICATION - FOR INFORMATION ONLY - NO FURTHER ACTION

Date/time of encounter: 22/04/2042 06:10
Location: Departures, outbound control
Flight: 07:20 to Alicante

Child: Poppy Fazakerley, DOB 12/12/2032 (9), home address in Kirkby, Knowsley
Accompanying adult: Mr Liam Fazakerley, father

Reason for the stop: the airline raised an alert because the child was travelling with one adult during term
time. Officers spoke to the father and to the child.

Checks completed:
- the father holds parental responsibility (named on the birth certificate, copy seen on his phone);
- the mother, Ms Gemma Roberts, was contacted by telephone at 06:25 and confirmed the trip, the hotel and the
  return flight on 02/05/2042; her signed consent letter was seen;
- police and Border Force systems checks: no trace; no port alert or court order in force for the child;
- Poppy was spoken to on her own. She was relaxed, knew where she was going and who she would see ("my
  auntie's pool"), and said she was excited.

Outcome: no trafficking or abduction indicators were found and no concerns were identified. The family
travelled on the 07:20 flight. Border Force notifies the local MASH of every child encounter in line with the
regional protocol. No action is requested.

Officer: HO 4471, Border Force North West
Border Force North West - LJLA Duty Office - 0151 496 0190
""")
    top = plain_top(f, addr("Border Force LJLA Duty Office", "ljla.dutyoffice@borderforce.example.gov.uk"),
                    addr("Knowsley MASH", KMASH),
                    "OFFICIAL-SENSITIVE: Child encounter notification LJLA 22/04 - FAZAKERLEY - NFA", when,
                    "borderforce.example.gov.uk", None)
    add(f, mail(f, top, body, cte="7bit"), "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Poppy Fazakerley", "2032-12-12", "12/12/2032")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN AIRPORT ALERT, CHECKED AND CLOSED: Border Force's plain-text notice of a 9-year-old stopped "
        "at the airport with her father; parental responsibility, the mother's consent and systems checks all "
        "confirmed, the child seen alone and happy, 'no concerns', 'No action is requested'. Alarm vocabulary "
        "(alert, trafficking, abduction) with nothing happening -> not urgent; a notification, no request -> other, "
        "human_review. The child is named with her DOB -> labelled; no concerns.",
        not_children=["Liam Fazakerley", "Gemma Roberts"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2042-05-23 14:20:18"
    body = T("""
Hi MASH and MASH business support,

Step up request for Yusuf Benali (DOB 30/10/2033) and Adam Benali (DOB 16/04/2036) - EHM-72260.

The step up TAF is on Wednesday 4 June at 10am on Teams. The invitation has gone from my calendar to the MASH inbox and MASH business support, and I've invited the TAF members (school, the health visitor and mum's drug and alcohol worker).

Attached:
- FF Step Up request to CSC - Benali.docx
- GCP2 - Benali - 12.05.2042.pdf (Graded Care Profile 2, completed with mum on 12/05/2042)
- TAF minutes 20.05.2042 - Benali.docx

The worries are neglect and mum's drinking and cannabis use. The GCP2 scored 4 for physical care and 4 for safety: no food in the house on three of my last four visits, the boys in the same clothes all week, dog mess on the landing. Mum is drinking most days and smoking cannabis in the flat. Yusuf has started taking Adam to school himself and telling staff mum is "asleep".

One thing I want to be clear about, because mum raises it at every visit: she is frightened the boys' dad "might one day" take them to Libya. There is nothing to suggest he plans to. He lives in Leeds, he hasn't seen the boys since 2040, his passport ran out in 2039, and police advised in March that a port alert is not needed. It is not part of the reason for this step up.

My team manager, Gail Moorcroft, has agreed the step up (see the form). Mum knows I am asking for the step up.

Thanks,
Ryan

Ryan Birchall
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0288

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Benali.docx", appendix1([
        ("Case ID on EHM:", "EHM-72260"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 04/06/2042 at 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in but does not follow through."),
        ("Recent TAF meeting minutes attached:", "Yes - 20/05/2042"),
        ("What are we worried about?", "Neglect of the boys' basic care (GCP2: physical care 4, safety 4); mum's "
         "daily drinking and cannabis use; Yusuf (8) doing his brother's school run."),
        ("What is working well?", "Mum loves the boys and is honest about her drinking; school give the boys "
         "breakfast; maternal nan visits on Sundays."),
        ("What next?", "Step up for a C&F assessment; continue the drug and alcohol referral."),
        ("Graded Care profile (If neglect should be completed).", "Completed 12/05/2042 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Gail Moorcroft, Team Manager, 22/05/2042"),
        ("Contingency plan (Smart and timely).", "Weekly unannounced visits; food bank referral; TAF fortnightly."),
    ]))
    gcp2 = pdf_att("GCP2 - Benali - 12.05.2042.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Benali (EHM-72260)   Completed with mum on 12/05/2042 by Ryan Birchall",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): grade 4",
        "Area 2 Care of safety (in presence, in absence): grade 4",
        "Area 3 Love and care: grade 2", "Area 4 Stimulation and education: grade 3",
        "Summary: basic physical care is not being met consistently; the boys are often left to manage alone."])
    minutes = docx_att("TAF minutes 20.05.2042 - Benali.docx", [
        "# TAF meeting - minutes", "Date: 20/05/2042, 13:30, Kirkby Family Hub",
        "Present: mum; Ryan Birchall (chair); class teacher; health visitor; drug and alcohol worker",
        "School: both boys arrive hungry; Yusuf brings Adam in most days.",
        "Agreed: Ryan to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Birchall, Ryan", "Ryan.Birchall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Benali - EHM-72260 - TAF Weds 4 June 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-72260"],
        [ch("Yusuf Benali", "2033-10-30", "30/10/2033"), ch("Adam Benali", "2036-04-16", "16/04/2036")],
        ["neglect", "substance_misuse"], None, True, [], True, "book_meeting",
        "NEAR MISS - A FEARED ABDUCTION, HYPOTHETICAL AND NEGATED: mum fears dad 'might one day' take the boys to "
        "Libya, but 'there is nothing to suggest he plans to' (no valid passport, no contact since 2040, police said "
        "no port alert needed) -> not urgent, not a concern. Complete Knowsley step-up for neglect: form .docx, GCP2 "
        ".pdf (neglect needs gcp2), TAF minutes .docx, EHM-72260, TM 'has agreed the step up', meeting 'Wednesday 4 "
        "June at 10am'. Notice from Fri 23 May crosses the Spring Bank Holiday: 7 working days (8 plain weekdays) -> "
        "ok -> book_meeting. Concerns neglect, substance_misuse; 'Mum knows' is not consent -> null.",
        meeting=date(2042, 6, 4), not_children=["Gail Moorcroft", "Ryan Birchall"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2042-05-30 10:02:44"
    body = T("""
Thank you for your email.

I am on annual leave visiting family in Kerala and will be back in the office on Monday 9 June. I will not be checking my emails while I am away.

For anything about the families I work with, please contact my team manager, Sharon Tyrer, on 0151 496 0330, or the Child in Need Team (Huyton) duty line on 0151 496 0300.

Anoop Menon
Social Worker | Child in Need Team (Huyton) | Knowsley Council
""")
    add(f, ooo(f, when, "Menon, Anoop", "Anoop.Menon@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
               "[SB-knowsley-3391] Step-down request received", body), "knowsley", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) "
        "answering stepbot's acknowledgement [SB-knowsley-3391] from a social worker on leave in Kerala -> "
        "auto_reply -> ignore (DESIGN safety rule 2: never answered). Nothing in it is about a child.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2042-05-12 10:25:47"
    worker = T("""
Hi Patience,

As discussed in supervision - this is Hodan Farah (DOB 08/01/2029), Mosaic ID: 2906614.

Hodan came from Nairobi in January to live with her dad, Abdi Farah, and her stepmum in Battersea, after her grandmother (who brought her up) died. She had never lived with her dad before. It took six weeks to get her a school place and she still isn't registered with a GP.

At my visits and in school she has said she is "not wanted here". She gets up at 5.30 to get her three little half-brothers ready, walks them to nursery and school, and picks them up again. She told her head of year she eats "after everyone, if there is any left", and school have seen her taking food from other children's plates. Dad works nights and sleeps in the day; stepmum will not talk to me.

Dad is open with me and says he wants it to work. He agrees to the step up - I explained it to him on Thursday.

Kirsty

Kirsty Lamb
Early Help Practitioner | Battersea Family Hub
""")
    body = T("""
Dear MASH,

Please see below from Kirsty, the Early Help Practitioner. We discussed Hodan in supervision on Friday and I agree she should be stepped up.

Rationale for step up
Hodan (13) has been in the UK since January and in this household for the first time in her life. Eleven weeks of Early Help have not changed what she tells us: she is doing the care of three younger children before and after school, she is not getting enough to eat, and she has no GP. Her stepmother will not engage and her father works nights, so the plan has no one at home to hold it. We think she needs a Child and Family Assessment.

Case summary to follow - Kirsty is updating it after Friday's visit and I will send it on by Wednesday.

Many thanks,

Patience Owusu
Early Help Team Manager | Wandsworth Early Help (Battersea & Nine Elms)
Richmond and Wandsworth Councils
020 7946 0452

""") + RDISC + quote("Lamb, Kirsty <Kirsty.Lamb@richmondandwandsworth.gov.uk>", "09 May 2042 16:48",
                     "Owusu, Patience <Patience.Owusu@richmondandwandsworth.gov.uk>",
                     "Hodan Farah - step up?", worker)
    top = outlook_top(f, addr("Owusu, Patience", "Patience.Owusu@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Hodan Farah - step up?", when, cc=addr("Lamb, Kirsty", "Kirsty.Lamb@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2906614"],
        [ch("Hodan Farah", "2029-01-08", "08/01/2029")],
        ["neglect", "young_carer"], True, True, ["case_summary"], None, "request_info",
        "A CHILD ARRIVED FROM ABROAD TO LIVE WITH RELATIVES: the Early Help Team Manager forwards ('FW:') her "
        "worker's note about a 13-year-old who came from Nairobi in January to live with her father for the first "
        "time. Rationale under its own heading in the manager's text; 'Case summary to follow' -> case_summary "
        "missing -> request_info (REQUIREMENTS, Richmond & Wandsworth step_up). 'Mosaic ID: 2906614' -> the bare "
        "number. Manager 'I agree she should be stepped up' -> true; dad 'agrees to the step up' (in the quoted "
        "note) -> consent true. Concerns: not enough to eat, no GP -> neglect; care of three younger children -> "
        "young_carer. Nothing immediate.",
        not_children=["Abdi Farah", "Kirsty Lamb", "Patience Owusu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2042-06-02 12:47:21"
    body = T("""
MASH - step up today please, Mendes family, Mosaic 2917703. I'm the EH team manager and I agree the step up. Writing from my phone, sorry for typos.

Our worker Carla Ruiz went with mum (Ana Mendes) to her monthly Home Office reporting appointment in Croydon this morning. Mum was detained at 10.40. Carla has been told she is being taken to the removal centre at Gatwick, pending removal to Brazil.

The children are Rosa Mendes (DOB 14/07/2033), 8, and Tomás Mendes (DOB 30.03.2037), 5. Both at Earlsfield Park Primary, they finish at 3.20pm. There is no other adult for them. Dad is in Brazil and they have no family here. The friend who sometimes has them is in Portugal until next week. Mum asked Carla to "make sure somebody gets the kids". School don't know yet.

Rationale for step up:
Nobody with parental responsibility can care for Rosa and Tomás tonight, and nobody can collect them from school today. This needs Children's Services today, not Early Help.

Case summary attached (from Mosaic, updated last month).

Femi Adeyinka
Early Help Team Manager, Wandsworth (Earlsfield & Tooting)
07700 900 614

Sent from Outlook for Android
""")
    summary = pdf_att("Case summary - Mendes - May 2042.pdf", "Early Help case summary - Mendes family", [
        "Mosaic 2917703   Lead practitioner: Carla Ruiz, Early Help Practitioner",
        "Rosa Mendes (8) and Tomas Mendes (5) live with their mother Ana Mendes in a one-bedroom flat in Earlsfield.",
        "Early Help since January 2042 for housing, money and school readiness. Mum has no recourse to public funds",
        "and reports to the Home Office monthly; her appeal was refused in March.",
        "Mum is a loving, organised parent; both children attend well (Rosa 97%, Tomas 95%).",
        "No other family in the UK. Father lives in Brazil; no contact."])
    top = plain_top(f, addr("Femi Adeyinka", "Femi.Adeyinka@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Mendes - Mosaic 2917703 - mum detained this morning", when, RDOM,
                    "Outlook for Android")
    add(f, mail(f, top, body, [summary], crlf=False, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2917703"],
        [ch("Rosa Mendes", "2033-07-14", "14/07/2033"), ch("Tomás Mendes", "2037-03-30", "30.03.2037")],
        [], None, True, [], None, "alert_duty",
        "A PARENT DETAINED FOR REMOVAL: the Early Help Team Manager's phone mail (base64 text, LF) - mum detained "
        "at her Home Office reporting appointment this morning, the 8- and 5-year-old finish school at 3.20pm and "
        "there is no other adult for them tonight. No alarm word anywhere. Immediate -> urgent -> alert_duty. "
        "Otherwise a complete Richmond & Wandsworth step-up (rationale under its heading, case summary .pdf) -> "
        "missing []. 'Mosaic 2917703' -> the bare number. Concerns []: children left with no carer by the state's "
        "detention of their mother is none of the contract's concern ids (not parental neglect). Manager 'I agree "
        "the step up' -> true; consent not stated -> null. 'Tomás' with an accent (the PDF writes Tomas).",
        not_children=["Ana Mendes", "Carla Ruiz", "Femi Adeyinka"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2042-05-07 13:05:09"
    words = ("Miss it's Joshua. Please tell somebody. My auntie says I have a bad spirit and the pastor is coming "
             "tonight to pray it out of me. Last time they put pepper in my eyes and locked me in the store room for "
             "two days with no food. I took my cousin's phone. Please don't call this number back.")
    h = (LAYOUT_HEAD.replace("td{", "p{") +
         '<p>Dear Early Help team,</p>\n'
         '<p>I am Joshua Akande-Price&#39;s class teacher at Southfields Park Primary. His date of birth is 3rd November '
         '2031. Your team (Jo at the Southfields hub) worked with the family last year on parenting, which is why I '
         'am writing to you - please pass this on to whoever needs it.</p>\n'
         '<p>Joshua went to Nigeria with his mum at Easter for a family visit. Mum came back on her own on 20 April '
         'and told us Joshua is staying with his grandmother in Ibadan &quot;to finish his schooling there&quot;. '
         'She asked us to take him off roll.</p>\n'
         '<p>At 11:52 today a voice message came in on our class WhatsApp account from a Nigerian number. It was '
         'Joshua. I have typed it out exactly:</p>\n'
         '<blockquote style="border-left:3px solid #999;margin-left:6px;padding-left:10px"><i>%s</i></blockquote>\n'
         '<p>It is the same time there as here, so &quot;tonight&quot; is tonight. I rang mum at 12:30. She said '
         'Joshua is fine, that it is &quot;a family matter&quot;, and she hung up. I have kept the voice message.</p>\n'
         '<p>Our head, Mrs Okon, is in a meeting until 2. My number is 020 7946 0835.</p>\n'
         '<p>Harriet Dunmore<br>Year 5 Teacher and Deputy DSL<br>Southfields Park Primary School</p>\n'
         '</body></html>\n') % esc(words)
    top = plain_top(f, addr("Harriet Dunmore", "h.dunmore@southfieldspark.example.sch.uk"), addr("Early Help Duty", RED),
                    "Joshua Akande-Price (Y5) - voice message from Nigeria today", when,
                    "southfieldspark.example.sch.uk", None)
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Joshua Akande-Price", "2031-11-03", "3rd November 2031")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD LEFT WITH RELATIVES OVERSEAS, IN HIS OWN WORDS: an HTML-only mail from his class teacher quoting a "
        "10-year-old's voice message from Nigeria - he is said to have 'a bad spirit', 'the pastor is coming tonight "
        "to pray it out of me', last time pepper in his eyes and two days locked up without food; mum hung up. No "
        "alarm word anywhere. A child abroad can still be acted on today (police, the mother here) -> urgent -> "
        "alert_duty. A teacher's report to the Early Help inbox, no step request -> other. physical_harm.",
        not_children=["Harriet Dunmore"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2042-05-23 16:25:02"
    comment = ("Sorry, I can't make Tuesday. Mum (Isatu Kamara) has just sent me a photo of three boarding passes - "
               "she and the girls are at Gatwick for the 19:40 flight to Freetown tonight. Aminata Kamara (9) told her "
               "teacher yesterday that at grandma's she is going \"to be made clean like a grown woman\" and there "
               "will be a big party for her after. In March mum told me the trip was off and that she'd given the "
               "passports to her sister. Her sister Fatmata is 7. I've told my manager and I'm trying to get hold of "
               "the police at Gatwick. My mobile is 07700 900 216. Grace")
    add(f, itip_reply(f, when, "Grace Lindqvist", "Grace.Lindqvist@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Kamara family (Mosaic 2921840)", "20420527T100000", "20420527T110000",
                      "Microsoft Teams Meeting", comment=comment),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["2921840"],
        [ch("Aminata Kamara")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the step-up case discussion whose "
        "COMMENT (and body) says mother and daughters are at Gatwick for tonight's 19:40 flight to Freetown and the "
        "9-year-old said she will be 'made clean like a grown woman' at grandma's (FGM at half term). No alarm word "
        "anywhere. DESIGN safety rule 1 reads a meeting reply's comment -> urgent -> alert_duty. Case id from the "
        "SUMMARY. Aminata is named in full (no DOB); her sister Fatmata by first name only -> not labelled. Feared "
        "FGM -> physical_harm.",
        not_children=["Isatu Kamara", "Grace Lindqvist"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2042-05-27 11:20:36"
    body = T("""
Hello Early Help duty,

Confirming the step-down case discussion for Mariama Bah and her sister Isatou, which I agreed with Jasper Quint by phone this morning: Friday 30 May at 10am on Teams. My team manager, Ruth Emeka, will join us.

Children:
Mariama Bah, DOB 21/05/2032 - Mosaic 2873306
Isatou Bah, DOB 08/10/2035 - Mosaic 2873307

Attached are the latest case summary (PDF) and the draft plan for Early Help (Word).

Why social care got involved, so it is clear on the file: in January school told us the girls were going to Guinea for "a special holiday" in the summer and that their older cousin had been cut. We applied for an FGM Protection Order, which the court made on 10 March. It lasts until each girl is 18 and both passports are held by the court. The summer trip has been cancelled. Mum and dad worked with the FGM clinic, say they would never allow it, and have told dad's family abroad about the order. The risk assessment at the last review was that the order and the held passports manage the risk, and there are no current concerns about the girls' safety.

What is left is mostly about dad, who lost his job in February and has been very low. The girls are doing well at school.

Mum and dad have both consented to Early Help continuing the plan, and they are happy for Mariama's class teacher to be the lead professional if Early Help agree.

Best wishes,
Hannah

Hannah Kowalski
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth
020 7946 0571

""") + RDISC
    summary = pdf_att("Case summary - Bah - May 2042.pdf", "Case summary - Bah family", [
        "Mariama Bah (10) and Isatou Bah (6). Mosaic 2873306 / 2873307.",
        "Child in Need plan since January 2042 following school's report of a planned trip to Guinea.",
        "FGM Protection Order made 10/03/2042; passports held by the court; trip cancelled.",
        "Parents engaged with the FGM clinic and all CIN visits. No current concerns about the girls' safety.",
        "Father: low mood since losing his job in February; GP appointment booked."])
    plan = docx_att("Draft Early Help plan - Bah.docx", [
        "# Draft plan for Early Help - Bah family",
        "Lead professional (proposed): Mariama's class teacher, Ravenscourt Primary",
        "1. Dad to see his GP about his mood and be offered the employment and skills service - by end of June.",
        "2. The girls to keep up their after-school club places - ongoing.",
        "3. Family to keep the FGM clinic link; the order stays in place - ongoing.",
        "4. Early Help review meeting within 4 weeks of handover."])
    top = plain_top(f, addr("Kowalski, Hannah", "Hannah.Kowalski@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Bah - case discussion Fri 30 May 10am", when, RDOM, "Microsoft Outlook 16.0",
                    cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2873306", "2873307"],
        [ch("Mariama Bah", "2032-05-21", "21/05/2032"), ch("Isatou Bah", "2035-10-08", "08/10/2035")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - FGM, ALREADY MANAGED: a cancelled trip to Guinea, an FGM Protection Order with the passports "
        "held by the court, 'no current concerns about the girls' safety' -> not urgent, no physical_harm. Complete "
        "Richmond & Wandsworth step-down: case summary .pdf, draft plan .docx, 'both consented to Early Help "
        "continuing the plan' -> consent true; case discussion Fri 30 May within 5 days of the contact. Concerns: "
        "dad's low mood -> parental_mental_health. The TM 'will join us' is not an agreement -> manager null.",
        not_children=["Jasper Quint", "Ruth Emeka", "Hannah Kowalski"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2042-06-02 09:12:50"
    ack = ack_text("step-down", "SB-richmond_wandsworth-5521", [
        "Case: Mosaic 3001247", "Children: Zofia Wróbel (12/04/2034), Kacper Wróbel (29/08/2036)",
        "Step-down case discussion: Wednesday 4 June 2042, 14:00 (Microsoft Teams)"],
        ["the draft plan for Early Help", "confirmation that the family consent to Early Help continuing the plan"])
    text = T("""
Hi,

The draft Early Help plan for Zofia and Kacper is attached as promised.

Mum (Agata Wróbel) went through it with me on Friday and has given her consent to Early Help continuing the plan - she signed the consent page at the end. The family got back from Gdańsk on Saturday (grandad's 80th over half term), so Wednesday's case discussion is still fine for us.

Thanks,
Tom

Tom Ashby
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth
020 7946 0630

On 30 May 2042, at 11:04, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + quoted(ack)
    plan = docx_att("Draft Early Help plan - Wrobel.docx", [
        "# Draft plan for Early Help - Wróbel family",
        "1. Zofia to keep her Polish Saturday school place and her school counsellor sessions - ongoing.",
        "2. Mum to attend the Family Hub's English class - from June.",
        "3. Kacper's Reception place - school to confirm his start date - by July.",
        "Consent: I agree to Early Help continuing this plan. Signed: A. Wróbel, 30/05/2042"])
    top = plain_top(f, addr("Ashby, Tom", "Tom.Ashby@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-5521] Step-down request received - Mosaic 3001247", when, RDOM,
                    "Apple Mail (3774.600.62)")
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t, plan], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["3001247"],
        [ch("Zofia Wróbel", "2034-04-12", "12/04/2034"), ch("Kacper Wróbel", "2036-08-29", "29/08/2036")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply (format=flowed, quoted-printable UTF-8 'Wróbel', 'Gdańsk') to [SB-richmond_wandsworth-5521] "
        "bringing the draft plan .docx and stating consent ('has given her consent to Early Help continuing the "
        "plan') -> follow_up, consent true, attach_to_request. Case id and children with DOBs from the quoted "
        "acknowledgement; its 'What is missing:' list is quoted history, not a concern. A family trip home over half "
        "term is no concern.",
        not_children=["Agata Wróbel", "Tom Ashby"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2042-06-10 14:03:28"
    body = T("""
Dear MASH team,

We are writing for information and advice only, as our local adult safeguarding team suggested.

Safiya Rahimi (DOB 02/02/2023), aged 19, is a student on our Level 3 Health and Social Care course. Last week she told her tutor that her family plan to take her to Afghanistan in August to marry a cousin she has never met, and that her father has said she "will not be coming back to college".

Safiya is an adult and has capacity. With her agreement we referred her to the Forced Marriage Unit, who spoke to her on Friday. She has a safety plan with our student support team and the police, and she keeps her passport in her college locker. She has no children and is not pregnant, and there are no children in the household - her brothers are 20 and 23.

We understand this may not be for children's services, but we were told to let the MASH know in case you hold anything relevant. Please let us know if you need anything from us.

Kind regards,

Student Support and Wellbeing Team
Thames Riverside College
020 7946 0919
""")
    top = plain_top(f, addr("Student Support - Thames Riverside College", "studentsupport@thamesriverside.example.ac.uk"),
                    addr("MASH Step Up", RSU), "For information - forced marriage concern - adult student (19)", when,
                    "thamesriverside.example.ac.uk", None)
    add(f, mail(f, top, body, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT ONLY: a college's notice of a feared forced marriage abroad for a 19-year-old student "
        "(DOB 02/02/2023), already with the Forced Marriage Unit and the police, passport safe; 'no children in the "
        "household'. Alarm vocabulary but no child -> not urgent, children [], concerns [] -> other, human_review.",
        not_children=["Safiya Rahimi"], adults=[("Safiya Rahimi", "02/02/2023")])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2042-06-05 17:41:13"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
         '<p>Hello,</p><p>I am on annual leave in Portugal and back at work on Monday 16 June. I will not be reading '
         'emails.</p><p>If your email is about a family I am working with, please contact the Early Help duty desk on '
         '020 7946 0388.</p><p>Thank you,<br>Bea Santos<br>Early Help Worker | Roehampton Family Hub</p>'
         '</div></body></html>\n')
    add(f, ooo(f, when, "Santos, Bea", "Bea.Santos@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-5540] Step-down case discussion - your attendance", "", html_only=h),
        "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "HTML-only Outlook out-of-office (Auto-Submitted: auto-replied) from an Early Help worker on leave in "
        "Portugal, answering stepbot's mail [SB-richmond_wandsworth-5540] -> auto_reply -> ignore (no loops).")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2042-04-24 11:30:04"
    body = T("""
Dear MAST,

Step up request for Ibrahim Hussain (DOB 15/06/2032) and Maryam Hussain (DOB 19/01/2036). Mosaic: 3110452. The completed Multi-Agency Request for Support form is attached.

The children flew to Sylhet with their mum on 7 February for an aunt's wedding. School authorised ten days and they were due back on 24 February. They have not come back, and they were not in school for the start of the summer term on Monday.

Since February we have:
- rung mum's UK number every week (switched off since early March);
- written to and visited dad, who stayed in London - he says they will be back "after Eid" but gives no date, and he did not come to either of the meetings we arranged with school (11 March and 1 April);
- asked school to make a Children Missing Education referral (done on 3 March).

We have no information that the children are being harmed. The worry is that nobody outside the family has seen or heard from them for eleven weeks, they are missing a whole term of school, and dad will not work with us, so Early Help can't take this any further.

My manager, Shirin Chowdhury (Early Help Team Manager), has agreed the step up and is copied in.

Kind regards,

Jannat Miah
Family Support Practitioner | Early Help Hub (Bow)
London Borough of Tower Hamlets
020 7946 0763

""") + TDISC
    marf = pdf_att("MARF - Hussain - 24.04.2042.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Ibrahim Hussain (15/06/2032), Maryam Hussain (19/01/2036)   Mosaic: 3110452",
        "Address: Flat 12, Alder House, Bow, London E3 9ZT",
        "Reason for request: children abroad since 07/02/2042 and not returned; school absence since 24/02/2042;",
        "father not engaging with Early Help or school; CME referral made 03/03/2042.",
        "Parental consent to this request: father informed by letter on 22/04/2042; he did not reply.",
        "Manager agreement: Shirin Chowdhury, Early Help Team Manager, 24/04/2042.",
        "Requested by: Jannat Miah, Family Support Practitioner, Early Help Hub (Bow)."])
    top = outlook_top(f, addr("Miah, Jannat", "Jannat.Miah@" + TDOM), addr("MAST", TMAST),
                      "Step up - Hussain children - not back from Bangladesh - Mosaic 3110452", when,
                      cc=addr("Chowdhury, Shirin", "Shirin.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3110452"],
        [ch("Ibrahim Hussain", "2032-06-15", "15/06/2032"), ch("Maryam Hussain", "2036-01-19", "19/01/2036")],
        ["non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "CHILDREN NOT BACK FOR THE NEW TERM: a complete Tower Hamlets MAST step-up (MARF .pdf attached, 'Mosaic: "
        "3110452', the manager 'has agreed the step up' and is copied) for two children abroad since February and "
        "absent at the start of the summer term (Mon 21 April). 'We have no information that the children are being "
        "harmed' -> not urgent. Concerns: a whole term missed -> school_attendance; dad missing every meeting -> "
        "non_engagement ('missing' is not the concern: they are not missing from home, their whereabouts are known "
        "to the family). Dad informed by letter, no reply -> consent null.",
        not_children=["Shirin Chowdhury", "Jannat Miah"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2042-05-06 09:12:37"
    body = T("""
Dear MAST,

At 08:05 this morning our attendance officer, Mrs Jahan, took a call on the school's main line from a withheld international number. It was Nusrat Begum, Year 11, DOB 27/08/2026.

Nusrat has not been in school since the start of term. Her mum told us the family flew to Bangladesh on 12 April "for two weeks". On the phone Nusrat said:
- she is in Sunamganj with her father's family;
- her passport and her phone were taken from her when they landed;
- her nikah to a man "older than my dad's cousin" has been set for Friday;
- when she said no, her uncle hit her with a belt, and she showed her mum the marks and mum said she "has to";
- she was ringing from her cousin's phone, locked in the bathroom.

She said "Miss please don't ring my mum, she is in on it". The line went dead after about three minutes and the number cannot be called back.

Her mum and her two younger brothers, Rayhan (9) and Tanvir (7), came back to London on Sunday. The boys are at our primary partner school today. Dad is still in Bangladesh.

Mrs Jahan has written up the call word for word and it is on our system. I'm in school all day: 020 7946 0482.

Clare Whitby
Deputy Headteacher and DSL
Mile End Park Academy
""")
    top = plain_top(f, addr("Clare Whitby", "c.whitby@mileendpark.example.sch.uk"), addr("MAST", TMAST),
                    "Y11 student rang school from Bangladesh this morning - Nusrat Begum", when,
                    "mileendpark.example.sch.uk", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Nusrat Begum", "2026-08-27", "27/08/2026")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A PHONE CALL FROM OVERSEAS: a school DSL reports a 15-year-old's call from Bangladesh - passport and phone "
        "taken, a marriage set for Friday, beaten with a belt when she refused, mother 'in on it'. No alarm word "
        "anywhere. A forced marriage of a child this week with violence now -> urgent -> alert_duty (the duty team "
        "acts today: Forced Marriage Protection Order, FCDO). A school's report -> other. Concern: the belt -> "
        "physical_harm (the contract has no forced-marriage id). The brothers are named by first name only -> not "
        "labelled. Sent the morning after May Day.",
        not_children=["Clare Whitby"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2042-06-12 14:15:40"
    rows = [("Child", "Aisha Khan"), ("Date of birth", "06/09/2029"), ("Mosaic ID", "3097781"),
            ("Address", "34 Cardigan Road, Bow, E3 9ZP"),
            ("C&F assessment concluded", "10/06/2042 (attached)"),
            ("TAF meeting", "Tuesday 24 June 2042, 10:00, Bow Park Secondary School (I will chair)"),
            ("Lead Practitioner", "Ruksana Ali, Pastoral Lead, Bow Park Secondary School"),
            ("Consent", "Mum and dad have both consented to the step down to Early Help")]
    intro = ("Dear Early Help Hub,<br><br>I am stepping Aisha down to Early Help as the outcome of the Child and "
             "Family Assessment. The details are below, with the assessment (PDF) and the draft TAF plan (Word).")
    story = ("When Aisha came back from Lahore in January, school were worried: she had lost weight, she was "
             "withdrawn, she wore long sleeves in PE and she told a friend she &quot;wasn&#39;t allowed to talk about "
             "Pakistan&quot;. We looked carefully at FGM, forced marriage and physical abuse. The assessment found "
             "no evidence of harm. Aisha&#39;s grandmother died while they were there, and the family had asked her "
             "not to talk about a dispute over the funeral. The school nurse and the GP saw her, no marks or injuries "
             "were seen, and she talked openly to me on her own twice. There are no child protection concerns and no "
             "travel is planned.<br><br>What is left is Aisha&#39;s attendance (86% since January) and her grief; "
             "CAMHS have offered bereavement support.")
    h = (LAYOUT_HEAD + '<p style="font-family:Arial;font-size:10pt">%s</p>\n' % intro +
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">\n' +
         "".join('<tr><td style="background:#EDEDED"><b>%s</b></td><td>%s</td></tr>\n' % (esc(k), esc(v)) for k, v in rows) +
         '</table>\n<p style="font-family:Arial;font-size:10pt">%s</p>\n' % story +
         '<p style="font-family:Arial;font-size:10pt">Kind regards,<br>Daniel Okoye<br>Social Worker | Children and '
         'Families Assessment Team | London Borough of Tower Hamlets<br>020 7946 0544</p>\n</body></html>\n')
    text = ("Dear Early Help Hub,\n\nI am stepping Aisha down to Early Help as the outcome of the Child and Family "
            "Assessment. The details are below, with the assessment (PDF) and the draft TAF plan (Word).\n\n"
            + "".join("%s: %s\n" % (k, v) for k, v in rows) + "\n" + html.unescape(story.replace("<br><br>", "\n\n"))
            + "\n\nKind regards,\nDaniel Okoye\nSocial Worker | Children and Families Assessment Team | London "
            "Borough of Tower Hamlets\n020 7946 0544\n\n" + TDISC)
    assess = pdf_att("C&F Assessment - Aisha Khan - 10.06.2042.pdf", "Child and Family Assessment - summary", [
        "Child: Aisha Khan (06/09/2029)   Mosaic ID 3097781   Concluded: 10/06/2042",
        "Reason: school's worries after the family's return from Pakistan in January 2042.",
        "Findings: weight loss and withdrawal explained by bereavement (maternal grandmother died in Lahore).",
        "Seen alone twice; seen by the school nurse and GP; no injuries; FGM and forced marriage considered and ruled out.",
        "Outcome: step down to Early Help (TAF); CAMHS bereavement support; attendance plan with school."])
    plan = docx_att("Draft TAF plan - Khan.docx", [
        "# Draft TAF plan - Aisha Khan",
        "Lead Practitioner: Ruksana Ali, Pastoral Lead, Bow Park Secondary School",
        "1. Attendance plan with weekly check-ins - Ruksana Ali - from 16 June.",
        "2. CAMHS bereavement sessions - CAMHS - starting July.",
        "3. Mum to join the school's parent coffee mornings - ongoing."])
    top = outlook_top(f, addr("Okoye, Daniel", "Daniel.Okoye@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Aisha Khan - Mosaic 3097781", when)
    add(f, alt_mail(f, top, text, h, atts=[assess, plan]), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3097781"],
        [ch("Aisha Khan", "2029-09-06", "06/09/2029")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CHILD 'CHANGED' AFTER A TRIP ABROAD, EXPLAINED: weight loss, long sleeves, 'wasn't allowed to "
        "talk about Pakistan' - FGM, forced marriage and abuse were considered and ruled out (bereavement); 'no child "
        "protection concerns and no travel is planned' -> not urgent, no physical_harm. Complete Tower Hamlets "
        "step-down (hand-written HTML table + text twin): C&F assessment .pdf, draft TAF plan .docx, 'both "
        "consented', Lead Practitioner with her agency; TAF within 10 working days of the assessment's end "
        "(10 June -> 24 June). Concern: 86% -> school_attendance.",
        not_children=["Ruksana Ali", "Daniel Okoye"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2042-06-17 10:05:19"
    ack = ack_text("step-up", "SB-tower_hamlets-7712", [
        "Case: Mosaic 3124408", "Children: Yasmin Ali (22/02/2031), Omar Ali (13/07/2034)"],
        ["the completed Multi-Agency Request for Support form"])
    h = (LAYOUT_HEAD.replace("td{", "p{") +
         '<p>Hello MAST,</p>\n<p>Attached is the completed MARF for Yasmin and Omar. Sorry for the delay - I was '
         'waiting for school&#39;s attendance figures. My manager, Shirin Chowdhury, has agreed the step up (she is '
         'copied in).</p>\n<p>Many thanks,<br>Sabina Akhter<br>Early Help Practitioner | Early Help Hub (Poplar)<br>'
         '020 7946 0752</p>\n<hr>\n<p><b>From:</b> MAST &lt;MAST@towerhamlets.gov.uk&gt;<br><b>Sent:</b> 13 June 2042 '
         '15:20<br><b>To:</b> Akhter, Sabina<br><b>Subject:</b> [SB-tower_hamlets-7712] Step-up request received - '
         'Mosaic 3124408</p>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
         + "<br>\n".join(esc(l) for l in ack.rstrip("\n").split("\n")) + '</blockquote>\n</body></html>\n')
    marf = pdf_att("MARF - Ali - June 2042.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Yasmin Ali (22/02/2031), Omar Ali (13/07/2034)   Mosaic 3124408",
        "Reason for request: the family spend long periods abroad in term time (Morocco, six weeks in January and",
        "February); attendance Yasmin 79%, Omar 81%. On return the flat has no food and the children arrive at school",
        "hungry and in dirty uniform. Early Help plan since November has not changed this.",
        "Manager agreement: Shirin Chowdhury, Early Help Team Manager, 16/06/2042."])
    top = outlook_top(f, addr("Akhter, Sabina", "Sabina.Akhter@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-7712] Step-up request received - Mosaic 3124408", when,
                      cc=addr("Chowdhury, Shirin", "Shirin.Chowdhury@" + TDOM))
    root = multipart("mixed", [text_part(h, "html", crlf=True), marf], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["3124408"],
        [ch("Yasmin Ali", "2031-02-22", "22/02/2031"), ch("Omar Ali", "2034-07-13", "13/07/2034")],
        ["neglect", "school_attendance"], None, True, [], None, "attach_to_request",
        "HTML-only Outlook reply to [SB-tower_hamlets-7712] bringing the MARF .pdf and the manager's agreement "
        "('has agreed the step up', manager copied) -> follow_up -> attach_to_request. Case id and children from "
        "the quoted acknowledgement (its 'What is missing' heading is quoted history). Concerns from the attached "
        "MARF: long term-time trips abroad with 79-81% attendance -> school_attendance; no food, hungry, dirty "
        "uniform -> neglect.",
        not_children=["Shirin Chowdhury", "Sabina Akhter"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2042-07-03 15:12:26"
    body = T("""
Hi MAST

Step up for Daniela Rusu, 12, DOB 14/02/2030. She came from Chișinău three weeks ago to live with her mum's cousin Lidia Ceban and Lidia's husband Victor Ceban at 31 Harford Street, Stepney E1 9ZD. We work with Lidia's family (the two little ones) on housing. Nobody has told the council about Daniela living there and she is not on any school roll.

MARF to follow, I haven't had time to do it. My manager Shirin has said to send this to you now as a step up and ring you - I'm ringing as well.

Irina

Irina Munteanu
Family Support Worker | Early Help Hub (Stepney)
07700 900 295

PS - why this can't wait for the MARF. At the hub this afternoon Daniela asked to talk to me in Romanian away from Lidia. She said she is up at 6 every day cleaning the flat and minding the two babies, she is not allowed out except to come here, and "Victor comes into my bed at night when auntie is asleep. I push him but he is strong." She has a bruise on her left wrist and said it is from him holding her. She asked me to send her home to her mama. Lidia is taking her back to the flat when the session ends at 4 and Victor gets home about 6.
""")
    top = plain_top(f, addr("Munteanu, Irina", "Irina.Munteanu@" + TDOM), addr("MAST", TMAST),
                    "Step up - Daniela Rusu (12)", when, TDOM, "Outlook-iOS/2.0")
    root = text_part(body, cte="base64")
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Daniela Rusu", "2030-02-14", "14/02/2030")],
        ["exploitation", "physical_harm", "sexual_harm"], None, True, ["request_for_support"], None, "alert_duty",
        "A CHILD ARRIVED FROM ABROAD TO LIVE WITH RELATIVES, TOLD IN A PS: a phone mail (one base64 text/plain part, "
        "LF) opens as a routine step-up and puts the facts in the PS - a 12-year-old from Moldova in an unnotified "
        "private fostering arrangement, cleaning and minding babies all day, 'Victor comes into my bed at night', a "
        "bruise from him holding her, going back to the flat at 4. No alarm word anywhere. Immediate -> urgent -> "
        "alert_duty. Tower Hamlets step_up: manager 'has said to send this to you now as a step up' -> true; 'MARF "
        "to follow' -> request_for_support missing. Concerns: domestic servitude -> exploitation; the night visits "
        "-> sexual_harm; the bruise he caused -> physical_harm. No case id.",
        not_children=["Lidia Ceban", "Victor Ceban", "Irina Munteanu"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2042-07-15 08:30:11"
    text = T("""
TOWER HAMLETS SAFEGUARDING CHILDREN PARTNERSHIP - SUMMER BRIEFING

The summer holidays and "cutting season"

The long summer holiday is the time of year when girls are most at risk of being taken abroad for female genital mutilation (FGM), and when young people are most at risk of being taken abroad for a forced marriage. This briefing is for awareness only. It does not refer to any real child or family.

Signs practitioners might notice before the holidays
- a girl talks about a long trip "home", a special ceremony or "becoming a woman";
- a family asks for extended leave at the end of term or says a child will not be back in September;
- a young person is anxious about a trip, or an older sibling suddenly stopped coming to school after a summer abroad.

Case studies (fictional, composite, names changed)
1. "Amina", 9, tells her teacher that at the end of term she will fly to see her grandmother and have a party "like my big sister had". The teacher talks to the DSL, who contacts MAST the same day.
2. "Sadia", 16, asks a youth worker whether she can be made to marry at 16 "if it happens in another country". The youth worker talks to her about the Forced Marriage Unit and her options.

What to do
If you think a child is in immediate danger, call 999. If you are worried about a child, contact MAST on 0207 364 5606 / 5601 (out of hours, emergency only: 0207 364 4079). FGM Protection Orders and Forced Marriage Protection Orders can be made quickly and can require passports to be surrendered.

Training: "FGM and honour-based abuse - the summer term", Thursday 17 July, 10:00-12:00, online. Book through the THSCP learning portal.

You are receiving this because you subscribed to THSCP briefings. Unsubscribe: https://thscp.example.org/unsubscribe
""")
    h = html_of(text, "Arial")
    top = plain_top(f, addr("THSCP Briefings", "briefings@thscp.example.org"), addr("Early Help Hub", TEH),
                    "THSCP summer briefing: the summer holidays, FGM and forced marriage", when, "thscp.example.org",
                    "Mailchimp Mailer - **CID1a2b3c**",
                    extra=[("List-Id", "THSCP briefings <briefings.thscp.example.org>"),
                           ("List-Unsubscribe", "<https://thscp.example.org/unsubscribe>"), ("Precedence", "bulk")])
    body = multipart("alternative", [text_part(text), text_part(h, "html")], bnd(f, 1))
    add(f, build(top, body, False), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN LISTING EXAMPLES: the partnership's summer briefing on FGM and forced marriage "
        "('cutting season'), with fictional case studies ('Amina', 9; 'Sadia', 16) and alarm words throughout "
        "('at risk', 'immediate danger', 'emergency'); 'does not refer to any real child or family'. DESIGN: "
        "bulletins that list examples must not trigger rule 1 -> not urgent; a newsletter (List-Id, no "
        "Auto-Submitted) -> other, human_review; no children, no concerns.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2042-06-16 09:40:33"
    add(f, google_reply(f, when, "Ruksana Ali", "r.ali@bowpark.example.sch.uk", ("Early Help Hub", TEH), "ACCEPTED",
                        "TAF meeting - Khan family (Mosaic 3097781)", "20420624T090000Z", "20420624T103000Z",
                        "Bow Park Secondary School, meeting room 1",
                        "Tue 24 Jun 2042 10am - 11:30am (BST)"),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3097781"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED, times in UTC: 09:00Z = 10:00 BST, plus an "
        "invite.ics attachment) from the Lead Practitioner for tower_hamlets_03's TAF meeting -> meeting_reply -> "
        "record_reply. The Mosaic number in the SUMMARY is the case id; no child named.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2042-05-21 12:20:48"
    body = T("""
PHONE NOTE - logged by Early Help business support for the Early Help Hub duty worker

Date/time of call: 21/05/2042 09:15
Caller: Mrs Claudette Baptiste (maternal grandmother), calling from Kingston, Jamaica, on WhatsApp
Family: Baptiste - Tia Baptiste (10) and Kai Baptiste (7), Hackney Road area, Bethnal Green

What the caller said:
Mrs Baptiste was very upset. She has not been able to reach her daughter, the children's mum, for three weeks: her calls don't connect and her messages show one tick. A neighbour told her on Facebook that mum had "gone off" and that the children were "on their own in that flat". She asked us to "go and get those children before something happens to them".

What the duty worker (Marcus Doyle) did:
- 09:40 rang both schools: Tia and Kai were both in school today, on time, in clean uniform; the DSL at their primary saw them at 10:40 and said they were happy and well. Attendance this term 98% and 97%.
- 11:30 mum rang back after school passed on a message: her phone was stolen on 29 April and she has a new number. She is at home, she is working at the hospital as usual, and the children have never been left on their own. She was upset that her mum had been worried and called her straight away.
- 12:05 Mrs Baptiste rang back to say she had spoken to mum and the children on a video call and was "very relieved".

Outcome: no concerns. The children were seen and are safe and well. No further action. Logged for information only.

Early Help Business Support | Tower Hamlets
""")
    top = plain_top(f, addr("Early Help Business Support", "earlyhelp.businesssupport@" + TDOM), addr("Early Help Hub", TEH),
                    "Phone note - call from grandmother in Jamaica - Baptiste - NFA", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Tia Baptiste"), ch("Kai Baptiste")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A PHONE CALL FROM OVERSEAS, CHECKED AND RESOLVED: a grandmother in Jamaica fears the children "
        "are 'on their own' and mum has 'gone off'; the same morning both children were seen in school, mum rang "
        "back (stolen phone), 'no concerns ... No further action'. Not urgent; a phone note logged for information "
        "-> other, human_review. The children are named in full without DOBs -> labelled; no concerns (the fear "
        "was disproved).",
        not_children=["Claudette Baptiste", "Marcus Doyle"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2042-07-22 18:05:44"
    body = T("""
OFFICIAL - SENSITIVE

To: Torbay MASH
From: Border Force South West - Plymouth (Millbay) Port Duty Office

Child encountered on the inbound Santander sailing, arrived Millbay 17:25 today (22/07/2042).

CHILD: Kayla PENWILL, DOB 19/09/2027 (14). British passport; home address in Torquay.
ADULT: Craig TOZER, DOB 03/05/2010 (32). Driving a white Transit van; Kayla was the only passenger.

1. Police systems show Kayla was reported missing by her mother to Devon and Cornwall Police on Tuesday 15/07/2042.
2. TOZER states he is "a friend of the family" and was "bringing her home". He holds no parental responsibility and has no consent letter from either parent.
3. Kayla was spoken to alone by a female officer. She said they had been "on holiday" in Spain for a week, that she had been staying in his room at the campsite, and that she "didn't want to get him in trouble". She would not say more. She has a new phone which she said he bought her.
4. The police have been informed (log 0798 of 22/07) but at 17:55 no officer was available to attend.
5. TOZER has given his address as a flat in Paignton and is asking to drive Kayla "home" himself. We can only hold him for a limited period and he is likely to be free to leave before police arrive. Kayla's mother has not answered two calls.

Please can the duty social worker ring the Millbay duty office on 01632 960 441 (24 hours).

Officer BF 1217 | Border Force South West
""")
    top = plain_top(f, addr("Border Force Millbay Duty Office", "millbay.dutyoffice@borderforce.example.gov.uk"),
                    addr("Torbay MASH", BMASH),
                    "OFFICIAL-SENSITIVE: Millbay 22/07 - child on inbound sailing with unrelated adult - PENWILL", when,
                    "borderforce.example.gov.uk", None)
    add(f, mail(f, top, body, cte="7bit"), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kayla Penwill", "2027-09-19", "19/09/2027", as_written="Kayla PENWILL")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A PORT ALERT, NOW, OUT OF HOURS (Tuesday 18:05, the day before term ends): Border Force at Plymouth "
        "(Millbay) report a 14-year-old missing for a week arriving on the Santander ferry with an unrelated "
        "32-year-old who shared his room with her and bought her a phone; no police officer free, he will likely be "
        "free to leave and wants to drive her 'home'. Clinical numbered style; no alarm word anywhere. -> urgent -> "
        "alert_duty (the out-of-hours team at 18:05). A Border Force notice -> other. Surname in capitals -> "
        "'Kayla Penwill'. Concerns: reported missing -> missing; an adult grooming a child -> exploitation.",
        not_children=["Craig TOZER"], adults=[("Craig TOZER", "03/05/2010")])

def torbay_02():
    f = "torbay_02.eml"; when = "2042-04-28 14:40:09"
    body = T("""
Hello Early Help,

Please could I have a triage slot for Jago Polglase (DOB 02/03/2036) and Wren Polglase (DOB 17/11/2039), LCS-4471902. This is a step down to Level 3 Early Help.

Dad works offshore in Norway, three weeks on and three weeks off, and mum has been on her own with the children for most of the last two years. We became involved in January when mum's postnatal depression was at its worst and the health visitor found Wren's weight had dropped. Mum is now on medication and seeing the perinatal team, Wren's weight is back on her centile and Jago is doing well at school. What's left is support for mum while dad is away and help with Wren's nursery place.

- The Single Assessment is attached, with my analysis and the rationale for stepping down.
- My team manager, Jess Harvey, has recorded her manager's analysis on LCS confirming the threshold for level 3 is met.
- Mum has consented to Level 3 Early Help; dad agreed on a video call from the rig.

Wren is 2, so I understand this will go to the under-5s triage.

Thanks,
Morwenna

Morwenna Hicks
Social Worker | Single Assessment Team | Torbay Council
01632 960 318

""") + BDISC
    sa = docx_att("Single Assessment - Polglase - April 2042.docx", [
        "# Single Assessment - Polglase", "Children: Jago Polglase (02/03/2036), Wren Polglase (17/11/2039)",
        "LCS-4471902",
        "Analysis: mum's postnatal depression is treated and improving; Wren's weight has recovered; Jago attends 96%.",
        "Rationale for step down: needs are now at Level 3 - support while father works away, a nursery place for Wren.",
        "Manager's analysis (Jess Harvey, Team Manager, 25/04/2042): threshold for level 3 intervention met."])
    top = outlook_top(f, addr("Hicks, Morwenna", "Morwenna.Hicks@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Polglase - LCS-4471902", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4471902"],
        [ch("Jago Polglase", "2036-03-02", "02/03/2036"), ch("Wren Polglase", "2039-11-17", "17/11/2039")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "A PARENT WHO WORKS ABROAD: complete Torbay step-down (Single Assessment .docx with the analysis, the TM's "
        "analysis 'confirming the threshold for level 3 is met' -> manager true, 'Mum has consented to Level 3 Early "
        "Help' -> consent true), level 3 stated. Wren is 2 -> the fortnightly under-5s triage (Tuesday 6 May is one, "
        "5 working days on with May Day excluded). Concerns: mum's postnatal depression -> parental_mental_health "
        "(Wren's weight loss has recovered: not a current concern).",
        not_children=["Jess Harvey", "Morwenna Hicks"])

def torbay_03():
    f = "torbay_03.eml"; when = "2042-06-17 11:20:57"
    silas = T("""
Agreed - we agree this needs considering for a level 4 today. Send it to MASH now as a contact and ring them as well.

Silas

Silas Penrose
Assistant Team Manager | Early Help | Torbay Council
""")
    becky = T("""
Silas - can you ring me? Marta Nowak has just called me from Poland about Oskar and Lena. Details in the MASH email I'm about to send. Becky
""")
    body = T("""
Contact to MASH - Oskar Nowak (DOB 05/08/2028) and Lena Nowak (DOB 23/01/2033), EHM-820417. I am the lead professional.

Mum, Marta Nowak, rang me at 10.50 from Kraków, where she has been since Sunday with her dad, who has had a stroke. She left the children with her partner, Lee Hocking. Oskar rang her at 10.30. He told her Lee had been drinking all night, punched a hole in the kitchen door, and hit Lena across the face when she cried. Oskar has taken Lena into his bedroom and pushed his bed against the door. Neither child is at school today - school have confirmed. Lee is still in the flat.

Mum cannot get a flight until Sunday. Mum consents to the contact to MASH and asked for somebody to go round.

Address: Flat 2, 9 Higher Warberry Close, Torquay TQ1 9ZL. Oskar's mobile: 07700 900 146 (mum says he has it with him).

Silas (ATM) and I agree this needs considering for a level 4 - his reply is below. I'm on 07700 900 733.

Becky Tregear
Family Intensive Support Worker | Early Help | Torbay Council

""") + BDISC + chain([
        ("Penrose, Silas <silas.penrose@torbay.gov.uk>", "17 June 2042 11:14", "Tregear, Becky <Becky.Tregear@torbay.gov.uk>",
         "RE: Nowak - mum rang from Poland", silas, None),
        ("Tregear, Becky <Becky.Tregear@torbay.gov.uk>", "17 June 2042 11:02", "Penrose, Silas <silas.penrose@torbay.gov.uk>",
         "Nowak - mum rang from Poland", becky, None)])
    top = outlook_top(f, addr("Tregear, Becky", "Becky.Tregear@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Nowak - EHM-820417", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-820417"],
        [ch("Oskar Nowak", "2028-08-05", "05/08/2028"), ch("Lena Nowak", "2033-01-23", "23/01/2033")],
        ["physical_harm", "substance_misuse"], True, True, [], None, "alert_duty",
        "A PHONE CALL FROM OVERSEAS: mum, abroad at her father's bedside, relays her 13-year-old's call - her "
        "partner drank all night, punched a door, hit the 9-year-old across the face; the children are barricaded in "
        "a bedroom with him still in the flat; she cannot fly back until Sunday. No alarm word anywhere. -> urgent "
        "-> alert_duty. Otherwise a complete Torbay step-up (the lead professional's contact to MASH): 'Mum consents "
        "to the contact to MASH' -> consent true; the ATM's quoted 'we agree this needs considering for a level 4' "
        "-> manager true -> missing []. Concerns: the blow -> physical_harm; drinking -> substance_misuse.",
        not_children=["Marta Nowak", "Lee Hocking", "Becky Tregear", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2042-05-14 10:10:31"
    body = T("""
Hello MASH,

Contact for Ilyas Amrani (DOB 19/05/2030) and Sofia Amrani (DOB 01/12/2033), EHM-819930. I'm the lead professional (Early Help, since October).

Why I'm contacting you: mum's drinking has got worse since Easter and the care of the children has gone downhill. On my last three visits there was no food in the fridge, the children's beds had no sheets, and Sofia has had head lice since March with nothing done. School say Ilyas arrives without breakfast and has been taking food from other children. Mum has missed two appointments with the alcohol service. The Early Help assessment (attached) has the detail.

You will see on EHM that in August 2040 the children's father tried to take them to Morocco through Plymouth. A port alert was in place and they were stopped at Millbay and returned to mum the same day. Dad went back to Morocco later that year, there has been no contact since, and there is a prohibited steps order until both children are 16. The police and our assessment both say there is no current abduction risk. It is not why I'm contacting you.

Mum agrees to the contact to MASH. Silas Penrose (ATM) and I agree that this needs considering for a level 4 statutory intervention.

Thanks,
Nathan

Nathan Bowden
Family Support Worker | Early Help | Torbay Council
01632 960 527

""") + BDISC
    eha = docx_att("Early Help Assessment - Amrani - May 2042.docx", [
        "# Early Help Assessment - Amrani", "Ilyas Amrani (19/05/2030), Sofia Amrani (01/12/2033) - EHM-819930",
        "Home conditions: no food on three visits (22/04, 29/04, 07/05); no bedding; head lice untreated since March.",
        "Mum's alcohol use: daily; two alcohol service appointments missed.",
        "History: attempted removal to Morocco by father, August 2040 - stopped at port; no contact since; PSO in place.",
        "Plan: contact to MASH agreed with the Assistant Team Manager."])
    top = outlook_top(f, addr("Bowden, Nathan", "Nathan.Bowden@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Amrani - EHM-819930", when)
    add(f, mail(f, top, body, [eha]), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-819930"],
        [ch("Ilyas Amrani", "2030-05-19", "19/05/2030"), ch("Sofia Amrani", "2033-12-01", "01/12/2033")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN OLD PORT ALERT: the father's attempted removal of the children to Morocco (2040) was stopped "
        "at the port; no contact since, an order in place, 'no current abduction risk', 'not why I'm contacting you' "
        "-> historic, not urgent. Complete Torbay step-up (contact to MASH): 'Mum agrees to the contact' -> consent "
        "true; 'Silas Penrose (ATM) and I agree that this needs considering for a level 4' -> manager true. Concerns: "
        "no food, no bedding, untreated lice -> neglect; mum's drinking -> substance_misuse.",
        not_children=["Silas Penrose", "Nathan Bowden"])

def torbay_05():
    f = "torbay_05.eml"; when = "2042-05-02 08:55:23"
    add(f, itip_reply(f, when, "Morwenna Hicks", "Morwenna.Hicks@" + BDOM, ("Early Help", BEH), "TENTATIVE",
                      "Early Help under-5s triage - Polglase (LCS-4471902)", "20420506T113000", "20420506T120000",
                      "Microsoft Teams Meeting",
                      comment="Tentative - I fly back from Lanzarote on the Monday night flight. If it's late, my TM "
                              "Jess Harvey will come instead."),
        "torbay", "early_help_duty", when, 4,
        "ordinary", "meeting_reply", False, None, ["LCS-4471902"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE with a COMMENT (back from Lanzarote on Monday night, her TM will "
        "cover) for torbay_02's under-5s triage on Tuesday 6 May -> meeting_reply -> record_reply. Case id from the "
        "SUMMARY; no child named.",
        not_children=["Jess Harvey"])

def torbay_06():
    f = "torbay_06.eml"; when = "2042-07-02 16:30:15"
    text = T("""
Hi,

I'm a youth worker at the Harbour Youth Project in Torquay. I wasn't sure which email to use so I'm sending this to Early Help, please pass it on.

Ardit Gashi, DOB 11/04/2027, is 15. He came to the UK from Albania last year in the back of a lorry and lives with a man he calls his cousin, Besnik, in a flat above the launderette on Market Street. He comes to our drop-in most days.

This afternoon (about 3.40) he asked to talk to me in the office. He said the men who paid for his journey have told him he owes them £8,000 and that tonight he has to start "working on a farm" near Newton Abbot to pay it off. He showed me a text on his phone: "10pm Ardit be outside. Dont make us come in." He said the "farm" is a house full of plants with the windows covered and that a boy he knows from Plymouth went there and "never came back to school". He is frightened and asked me what happens if he doesn't go.

He left at 5 to go back to the flat. Besnik knows about the men.

I'm at the project until 9 tonight on 07700 900 518.

Ellie Brimble
Youth Worker
Harbour Youth Project, Torquay
""")
    top = plain_top(f, addr("Ellie Brimble", "ellie@harbouryouth.example.org"), addr("Early Help", BEH),
                    "Ardit Gashi (15) - told me this afternoon about tonight", when, "harbouryouth.example.org",
                    "Mozilla Thunderbird")
    add(f, build(top, flowed_part(text, cte="quoted-printable"), False), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ardit Gashi", "2027-04-11", "11/04/2027")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "A CHILD WHO CAME FROM ABROAD, TRAFFICKED AND IN DEBT: a youth worker's Thunderbird mail (format=flowed, "
        "quoted-printable) - a 15-year-old from Albania says the men who paid for his journey will collect him at "
        "10pm tonight to 'work on a farm' (a cannabis house) to pay off £8,000; the text message is quoted. No alarm "
        "word anywhere. -> urgent -> alert_duty. Sent to the Early Help inbox by someone outside the council, no "
        "step request -> other. exploitation.",
        not_children=["Ellie Brimble"])

def torbay_07():
    f = "torbay_07.eml"; when = "2042-06-13 12:05:38"
    body = T("""
Dear Early Help team,

Our Early Help link worker advised us to let you know about an incident on our Year 10 Spanish trip to Barcelona (9-12 June). This is for information; we are not asking for a service.

On Tuesday evening Maisie Yeo (Year 10) and two other students left the hotel without permission after the 22:00 room check. Staff found them missing at 22:40, searched with the hotel, and reported them missing to the local police (Mossos d'Esquadra) at 23:15. They were found safe on the beach at 01:10. Maisie had been drinking. Her parents were told at once, flew out on Wednesday morning and brought her home with the group on Thursday.

Maisie is back in school and her parents have been very supportive. There are no concerns about home - this was a one-off and Maisie has been honest about it. We are reviewing our trip risk assessment and night-time supervision, and the governors have been told. The full incident report is attached.

Yours sincerely,

Claire Pascoe
Headteacher
Brixham Cove Academy
""")
    rep = pdf_att("Incident report - Barcelona trip - June 2042.pdf", "Educational visit incident report", [
        "Visit: Year 10 Spanish trip, Barcelona, 09/06/2042 - 12/06/2042. Leader: Mr R. Coombes.",
        "Incident: three students left the hotel after the 22:00 check on 10/06; missing at 22:40; police informed 23:15;",
        "found safe 01:10. One student (M. Yeo) had been drinking; seen by the trip first-aider; no injuries.",
        "Actions: parents informed; student collected by parents; trip risk assessment under review.",
        "Outcome: student returned home safely 12/06/2042. No further concerns."])
    top = outlook_top(f, addr("Claire Pascoe", "head@brixhamcove.example.sch.uk"), addr("Early Help", BEH),
                      "For information - incident on Year 10 Barcelona trip", when,
                      mid_domain="brixhamcove.example.sch.uk")
    add(f, mail(f, top, body, [rep], html_alt=True), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Maisie Yeo")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL TRIP ABROAD, RESOLVED: a Year 10 student missing from the Barcelona hotel overnight, "
        "police called, found safe, drinking - all last Tuesday, now home with supportive parents, 'no concerns "
        "about home', 'for information; we are not asking for a service'. Not urgent; other, human_review. Maisie "
        "is named in full (no DOB) -> labelled; concerns [] (the missing episode abroad is over).",
        not_children=["Claire Pascoe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2042-06-30 12:10:52"
    body = T("""
Hi EH

Step down request for Gabriel Souza, 7 (DOB 27/07/2034), LCS-4480316.

He lives with his nan Rosa Souza in Brixham since he came over from Brazil at Christmas - nan has a CAO. He's settled really well, school say attendance 96%. Nan needs a hand with forms for school and the GP, and with Gabriel missing his mum.

SA not finished yet, will send once it's signed off. Haven't asked nan about EH yet - doing that at my visit Thurs. My TM has agreed the step down.

Dan

Dan Widdicombe
Social Worker, Torbay Children's Services
Sent from my phone
""")
    top = plain_top(f, addr("Dan Widdicombe", "Dan.Widdicombe@" + BDOM), addr("Early Help", BEH),
                    "step down - Gabriel Souza LCS-4480316", when, BDOM, None)
    add(f, mail(f, top, body, cte="7bit", crlf=False), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["LCS-4480316"],
        [ch("Gabriel Souza", "2034-07-27", "27/07/2034")],
        [], None, True, ["assessment", "consent"], None, "request_info",
        "A CHILD WHO CAME FROM ABROAD TO LIVE WITH HIS GRANDMOTHER: a terse phone step-down. Torbay step_down needs "
        "the assessment, manager agreement and consent: 'SA not finished yet' -> assessment missing; 'Haven't asked "
        "nan about EH yet' -> consent null (still to be asked) -> missing; 'My TM has agreed the step down' -> "
        "manager true -> request_info. No level stated -> null. 'missing his mum' is no concern; attendance 96% -> "
        "no concern.",
        not_children=["Rosa Souza", "Dan Widdicombe"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2042-04-21 10:30:26"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Nikolai Petrov (DOB 15/01/2032, Mosaic 2650718) and his sister Elena Petrova (DOB 03/06/2034, Mosaic 2650719). This is a step-down to Intensive (level 3) Early Help after the Child and Family Assessment, and I discussed it with Verity Lang at the drop-in on Tuesday 15 April.

The family came from Bulgaria in 2040 for the fruit-picking season and stayed. Until January they lived in a static caravan on the farm near Ledbury where mum and dad both work; they now have a council flat in Ledbury. The assessment was about the caravan (no heating, one room) and the children missing school when the family moved between farms. That is resolved: the flat is warm, and both children are at Ledbury Primary.

Elena's attendance is still 88%, and mum and dad find letters from school hard to follow.

Key person: Hannah Bevan, Family Support Worker, Ledbury Family Centre - she has met the family and agreed to lead.

Best wishes,

Rhian Probert
Social Worker | Children in Need Team (Ledbury) | Herefordshire Council
01632 960 712

""") + HDISC
    plan = docx_att("EHA step-down plan - Petrov.docx", [
        "# Early Help Assessment - step-down plan (Intensive, level 3)",
        "Children: Nikolai Petrov (15/01/2032), Elena Petrova (03/06/2034)",
        "Key person: Hannah Bevan, Family Support Worker, Ledbury Family Centre",
        "What needs to happen - by whom - outcome - timescale:",
        "1. Attendance plan for Elena - school and Hannah - attendance above 95% - by July.",
        "2. Help with school letters (Bulgarian interpreter for meetings) - Hannah - parents understand school - ongoing.",
        "3. Housing support visit - housing officer - tenancy settled - by June."])
    consent = pdf_att("Consent form - Petrov - signed.pdf", "Early Help consent form", [
        "I give consent to my family receiving Early Help and to information being shared with the Early Help",
        "Co-ordinator team and the key person named in the plan.",
        "Children: Nikolai Petrov, Elena Petrova", "Signed: Dimitar Petrov and Maria Petrova    Date: 17/04/2042"])
    top = outlook_top(f, addr("Probert, Rhian", "Rhian.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Petrov / Petrova - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2650718", "2650719"],
        [ch("Nikolai Petrov", "2032-01-15", "15/01/2032"), ch("Elena Petrova", "2034-06-03", "03/06/2034")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "A FAMILY WHO CAME FROM ABROAD FOR SEASONAL WORK: complete Herefordshire sibling-group step-down on the first "
        "day of the summer term - the EHA step-down plan .docx, the signed consent form .pdf (consent_form met, "
        "consent true) and a key person with her agency. Level 3 ('Intensive (level 3)'). Brother and sister carry "
        "the Bulgarian masculine and feminine surnames (Petrov / Petrova). The caravan and the moves are resolved; "
        "Elena's 88% -> school_attendance.",
        not_children=["Hannah Bevan", "Rhian Probert", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2042-06-11 13:40:17"
    body = T("""
Hello,

I may be reading too much into this, and I would rather ask than not.

Callum Whitlow, Year 10, DOB 02/12/2026. Since Easter he has changed a lot - he has dropped his friends, he spends every break on his phone, and his form tutor has seen him watching videos from an armed group abroad. We made a Prevent referral on 2 June and it is still being looked at.

This morning one of his friends came to me. He said Callum showed him a coach ticket from Hereford to Stansted leaving at 18:10 tonight and a flight booking to Istanbul at 06:00 tomorrow, and said he is "going to join the brothers" he talks to online and "won't be coming back". When I spoke to Callum at break he had his passport in his blazer pocket - he said he needs it as ID for a summer job.

He is in lessons until 3.20. Mum works in Worcester and hasn't picked up her phone. Dad lives abroad and we have no number for him.

I haven't said anything to Callum about what his friend told me. I'm on 01632 960 377 all afternoon.

Thank you,

Owen Pritchard
Assistant Headteacher (Pastoral)
Kingsmead High School, Hereford
""")
    h = html_of(body, "Calibri")
    top = outlook_top(f, addr("Owen Pritchard", "o.pritchard@kingsmead.example.sch.uk"), addr("Herefordshire MASH", HMASH),
                      "Callum Whitlow (Y10) - coach ticket for tonight", when, mid_domain="kingsmead.example.sch.uk")
    add(f, alt_mail(f, top, body, h), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Callum Whitlow", "2026-12-02", "02/12/2026")],
        ["radicalisation"], None, None, [], None, "alert_duty",
        "A CHILD ABOUT TO TRAVEL TONIGHT, IN A HEDGED VOICE ('I may be reading too much into this'): a 15-year-old "
        "changed since Easter, watching an armed group's videos, has a coach ticket for 18:10 tonight and a flight to "
        "Istanbul at 06:00, his passport in his pocket, 'going to join the brothers ... won't be coming back'. No "
        "alarm word anywhere. A Prevent referral still being screened does not manage tonight -> urgent -> "
        "alert_duty. A school's report -> other. radicalisation.",
        not_children=["Owen Pritchard"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2042-05-08 15:05:49"
    text = T("""
Dear Early Help Co-ordinators,

Please find attached the step-down plan and the signed consent form for Gabija Kazlauskaitė (born 7 July 2029) and her brother Matas Kazlauskas (born 30 September 2033). Mosaic 2661045 (family).

Background, because it is the first thing anyone will see on Mosaic: in 2040 the children were taken to Lithuania by their father without mum's consent. They were returned under the Hague Convention in March 2041. Their father lives in Vilnius. Contact is by video call only, twice a month, with mum present; both passports are held by mum's solicitor; and the Family Court's assessment this year was that the risk of the children being removed again is low. There is no plan for anyone to travel. There are no current concerns about the children's safety.

What remains is mum's anxiety, which has been bad since the abduction: she does not like the children being out of her sight, and Gabija (12) wants more independence at secondary school. Mum is on the waiting list for counselling.

Key person: Sian Jenkins, Family Support Worker, Leominster Family Hub, who has met mum and the children.

Kind regards,
Gwen

Gwen Lloyd-Evans
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
01632 960 745

""") + HDISC
    plan = docx_att("Step-down plan - Kazlauskas family.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Gabija Kazlauskaitė (07/07/2029), Matas Kazlauskas (30/09/2033)",
        "Key person: Sian Jenkins, Family Support Worker, Leominster Family Hub",
        "1. Mum's counselling referral followed up - GP and Sian - by June.",
        "2. A plan with Gabija and mum for walking to school with friends - Sian - by July.",
        "3. Video contact with father continues as ordered - mum - ongoing."])
    consent = pdf_att("Consent form - Kazlauskas - signed.pdf", "Early Help consent form", [
        "I give consent to my family receiving Early Help and to information being shared with the key person.",
        "Signed: Rasa Kazlauskiene    Date: 06/05/2042"])
    top = plain_top(f, addr("Gwen Lloyd-Evans", "Gwen.Lloyd-Evans@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step-down plan - Kazlauskaite / Kazlauskas - Mosaic 2661045", when, HDOM,
                    "Mozilla Thunderbird")
    root = multipart("mixed", [flowed_part(text, cte="quoted-printable"), plan, consent], bnd(f, 1))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2661045"],
        [ch("Gabija Kazlauskaitė", "2029-07-07", "7 July 2029"), ch("Matas Kazlauskas", "2033-09-30", "30 September 2033")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PARENTAL ABDUCTION ABROAD, HISTORIC: the children's removal to Lithuania (2040) and their "
        "return under the Hague Convention (2041) are past; passports with the solicitor, risk of removal 'low', 'no "
        "current concerns about the children's safety' -> not urgent. Complete Herefordshire step-down (Thunderbird "
        "format=flowed, quoted-printable): plan .docx, signed consent form .pdf, key person with agency -> "
        "book_meeting. No level stated -> null. Lithuanian gendered surnames (Kazlauskaitė / Kazlauskas); DOBs "
        "written '7 July 2029'. Concern: mum's anxiety -> parental_mental_health.",
        not_children=["Sian Jenkins", "Gwen Lloyd-Evans"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2042-07-04 09:20:37"
    ack = ack_text("step-down", "SB-herefordshire-6120", [
        "Case: Mosaic 2678810", "Children: Tilly Meredith (2028-11-11)"],
        ["the family's written consent (the signed consent form)",
         "the details of the key person agreed with the family to lead on this step-down"])
    text = T("""
Hi,

Signed consent form attached - mum signed it at my visit on Wednesday.

The key person is Mrs Carys Bowen, Pastoral Lead at Aylestone Park High School, who has agreed to lead.

Thanks
Tom

Sent from my iPhone

On 24 Jun 2042, at 11:52, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    consent = pdf_att("Consent form - Meredith - signed.pdf", "Early Help consent form", [
        "I give consent to my family receiving Early Help and to information being shared with the key person.",
        "Child: Tilly Meredith", "Signed: Laura Meredith    Date: 02/07/2042"])
    top = plain_top(f, addr("Gwynne, Tom", "Tom.Gwynne@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-6120] Step-down request received - Mosaic 2678810", when, HDOM,
                    "iPhone Mail (21F90)")
    add(f, iphone_mail(f, top, text, [consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2678810"],
        [ch("Tilly Meredith", "2028-11-11", "2028-11-11")],
        [], True, None, [], None, "attach_to_request",
        "iPhone reply (format=flowed) to [SB-herefordshire-6120] bringing herefordshire_06's signed consent form "
        ".pdf ('mum signed it at my visit on Wednesday' -> consent true) and the key person -> follow_up -> "
        "attach_to_request. Case id and child from the quoted acknowledgement (ISO DOB).",
        not_children=["Carys Bowen", "Laura Meredith"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2042-05-21 14:30:55"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Amna Idris (DOB 18/03/2033) and Sara Idris (DOB 05/10/2036), Mosaic 2669954. This is a step-down to Intensive (level 3) support, which I talked through with Xavier Moss last week.

The family have been open to us since January, when dad left and mum (Nawal Idris) was very low. Mum is now on medication, has joined a women's group at the children's centre and is managing the house and the school runs well. Both girls are doing well at Hinton Vale Primary.

The plan has the girls' views in it - Amna is very excited about going away to see family at half term.

Key person: Rachel Vaughan, Family Support Worker, Hereford City Children's Centre.

Mum signed the consent form on 19 May.

Kind regards,

Bethan Morris
Social Worker | Children in Need Team (Hereford City) | Herefordshire Council
01632 960 788

""") + HDISC
    plan = docx_att("EHA step-down plan - Idris.docx", [
        "# Early Help Assessment - step-down plan (Intensive, level 3)",
        "Children: Amna Idris (18/03/2033), Sara Idris (05/10/2036)   Mosaic 2669954",
        "Key person: Rachel Vaughan, Family Support Worker, Hereford City Children's Centre",
        "Family: mum, Nawal Idris; father left the family home in January 2042.",
        "What needs to happen - by whom - outcome - timescale:",
        "1. Mum to keep seeing her GP and attend the women's group - mum and Rachel - mum's mood stays stable - ongoing.",
        "2. Help with a benefits check - Rachel - income maximised - by June.",
        "3. After-school club place for Amna - school - by September.",
        "# The children's views",
        "Amna (9): \"I like my teacher Miss Hale and I like drawing. At half term we are going on the aeroplane to "
        "Khartoum to see Habooba and I will have my special party like my cousin Reem had. Mummy says after it I will "
        "be clean and a grown-up girl. Reem cried and couldn't walk properly for a long time after hers. We go on "
        "Friday.\"",
        "Sara (5): \"I like the park and my scooter.\""])
    consent = pdf_att("Consent form - Idris - signed.pdf", "Early Help consent form", [
        "I give consent to my family receiving Early Help and to information being shared with the key person.",
        "Children: Amna Idris, Sara Idris", "Signed: Nawal Idris    Date: 19/05/2042"])
    top = outlook_top(f, addr("Morris, Bethan", "Bethan.Morris@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Idris - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["2669954"],
        [ch("Amna Idris", "2033-03-18", "18/03/2033"), ch("Sara Idris", "2036-10-05", "05/10/2036")],
        ["parental_mental_health", "physical_harm"], True, None, [], None, "alert_duty",
        "A HOLIDAY 'BACK HOME' IN CUTTING SEASON, IN AN ATTACHMENT: an ordinary, complete Herefordshire step-down "
        "(plan .docx, signed consent form .pdf, key person with agency, level 3) whose plan quotes the 9-year-old: "
        "at half term she flies to Khartoum for 'my special party like my cousin Reem had ... after it I will be "
        "clean ... Reem cried and couldn't walk properly ... We go on Friday' (Friday 23 May, two days away). The "
        "social worker's body reads it as excitement. No alarm word anywhere. DESIGN rule 1 reads attachments -> "
        "urgent -> alert_duty. Concerns: feared FGM -> physical_harm; mum's low mood -> parental_mental_health.",
        not_children=["Nawal Idris", "Rachel Vaughan", "Bethan Morris", "Xavier Moss"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2042-06-24 11:45:12"
    body = T("""
Dear Early Help Co-ordinators,

Step-down plan attached for Tilly Meredith, DOB 2028-11-11, Mosaic 2678810.

Tilly (13) and her mum came back to Hereford in March after two years in Dubai with dad's work. Mum and dad separated while they were there and dad has stayed in Dubai; Tilly speaks to him most weekends. The Child and Family Assessment found no need for ongoing social work, but Tilly is finding it hard to settle back: she has fallen out with her old friendship group, her attendance since Easter is 84% and mum is struggling with the move and the separation.

Mum has agreed to Early Help verbally on the phone - I'll get the consent form signed at my visit next Wednesday (2 July). The key person isn't identified yet - I'm hoping school's pastoral lead will take it and will confirm.

Thanks,

Tom Gwynne
Social Worker | Children and Families Assessment Team | Herefordshire Council
01632 960 703

""") + HDISC
    plan = docx_att("Step-down plan - Tilly Meredith.docx", [
        "# Early Help Assessment - step-down plan", "Child: Tilly Meredith (11/11/2028) - Mosaic 2678810",
        "1. Attendance and friendship support at school - school pastoral team - from July.",
        "2. Mum to be offered the separated parents' programme - key person - by September.",
        "3. Key person: to be confirmed."])
    top = outlook_top(f, addr("Gwynne, Tom", "Tom.Gwynne@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Tilly Meredith - Mosaic 2678810", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2678810"],
        [ch("Tilly Meredith", "2028-11-11", "2028-11-11")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "A FAMILY BACK FROM TWO YEARS ABROAD: Herefordshire step-down with the plan .docx only. 'Mum has agreed to "
        "Early Help verbally' -> consent true, but the written form is to follow -> consent_form missing; 'The key "
        "person isn't identified yet' -> lead_practitioner missing -> request_info (herefordshire_04 brings both). "
        "ISO DOB. Concern: 84% since Easter -> school_attendance (mum's struggle with the move is not stated as a "
        "mental health need).",
        not_children=["Tom Gwynne"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2042-07-14 09:50:03"
    body = T("""
Dear Sir or Madam,

Please see the attached letter about our client, Mr Florin Dinu, who is appealing against a decision to deport him. We would be grateful for any information the council holds about his relationship with his children.

Yours faithfully,

Wyeside Immigration Law
Hereford
""")
    letter = pdf_att("Letter to Herefordshire Council - Dinu - 11.07.2042.pdf", "Wyeside Immigration Law", [
        "Our ref: WIL/FD/0417                                          11 July 2042",
        "Herefordshire Council - Children's Services (MASH)",
        "Re: Mr Florin Dinu (DOB 09/09/2004) - appeal against deportation",
        "Mr Dinu, a Romanian national, faces deportation following his conviction in 2038 for assault occasioning",
        "actual bodily harm against his former partner, Ms Kirsty Morgan. He served his sentence, completed a",
        "domestic abuse perpetrator programme in 2040, and the probation service assessed his risk of reoffending",
        "as low. He has supervised contact every fortnight with his children, Jayden Morgan (DOB 14/03/2031) and",
        "Kacey Morgan (DOB 20/10/2034), who live with their mother in Bromyard.",
        "We are not raising any concern about the children, who are settled and well cared for by their mother.",
        "We ask whether the council holds any records of the children's relationship with their father, and",
        "whether a social worker could provide a letter for the tribunal on the impact of his removal on them.",
        "Yours faithfully, Wyeside Immigration Law"])
    top = outlook_top(f, addr("Wyeside Immigration Law", "enquiries@wyesidelaw.example.co.uk"),
                      addr("Herefordshire MASH", HMASH), "Mr Florin Dinu - deportation appeal - request for information",
                      when, mid_domain="wyesidelaw.example.co.uk")
    add(f, mail(f, top, body, [letter]), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Jayden Morgan", "2031-03-14", "14/03/2031"), ch("Kacey Morgan", "2034-10-20", "20/10/2034")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT FACING DEPORTATION, HISTORIC VIOLENCE: a solicitor's letter (in the .pdf) about a "
        "father's deportation appeal; his 2038 assault on the mother is past, sentence served, programme done, "
        "'risk of reoffending ... low', supervised contact, 'We are not raising any concern about the children'. "
        "Not urgent; a request for records -> other, human_review. The children are named with DOBs in the "
        "letter -> labelled; concerns [] (historic).",
        not_children=["Florin Dinu", "Kirsty Morgan"], adults=[("Florin Dinu", "09/09/2004")])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2042-06-25 08:40:29"
    add(f, itip_reply(f, when, "Tom Gwynne", "Tom.Gwynne@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                      "Step-down drop-in - Meredith (Mosaic 2678810)", "20420701T100000", "20420701T103000",
                      "Microsoft Teams Meeting"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2678810"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=ACCEPTED with no comment (empty body) for the Tuesday 1 July drop-in about "
        "herefordshire_06's step-down -> meeting_reply -> record_reply; the Mosaic number in the SUMMARY is the "
        "case id.")


# ============================================================================= the rules the labels are checked against
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

# England & Wales bank holidays in 2042 that fall on a weekday. set_checks() re-derives them from the rules
# (Easter by the Gregorian computus; first and last Mondays of May; last Monday of August; Christmas and Boxing Day
# with weekend substitutes) and, when the `holidays` package is installed, compares them with its list too.
BANK_HOLIDAYS = {date(2042, 1, 1), date(2042, 4, 4), date(2042, 4, 7), date(2042, 5, 5), date(2042, 5, 26),
                 date(2042, 8, 25), date(2042, 12, 25), date(2042, 12, 26)}
IN_WINDOW = {date(2042, 5, 5): "May Day", date(2042, 5, 26): "Spring Bank Holiday"}
EASTER = {date(2042, 4, 4): "Good Friday", date(2042, 4, 7): "Easter Monday"}        # both before the window
# The summer term of 2042: Easter Sunday is 6 April, the Easter holiday runs to Friday 18 April, the term opens on
# Monday 21 April and closes on Wednesday 23 July (half term: 26-30 May, the week of the Spring Bank Holiday).
WINDOW = (datetime(2042, 4, 21, tzinfo=LON), datetime(2042, 7, 23, 23, 59, 59, tzinfo=LON))
HALF_TERM = (date(2042, 5, 26), date(2042, 5, 30))
# BST began at 01:00 UTC on Sunday 30 March 2042 and ends at 01:00 UTC on Sunday 26 October 2042.
BST_START = datetime(2042, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2042, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2042

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

def easter_sunday(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return date(y, month, (h + l - 7 * m + 114) % 31 + 1)

def bank_holidays_by_rule(y):
    """England & Wales bank holidays of year y (weekday dates), from the rules alone: New Year's Day (or the next
    weekday), Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas Day
    and Boxing Day (a weekend one moves to the next free weekday)."""
    def next_weekday(d):
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d
    def first_monday(m):
        d = date(y, m, 1)
        while d.weekday() != 0:
            d += timedelta(days=1)
        return d
    def last_monday(m):
        d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
        while d.weekday() != 0:
            d -= timedelta(days=1)
        return d
    e = easter_sunday(y)
    out = {next_weekday(date(y, 1, 1)), e - timedelta(days=2), e + timedelta(days=1), first_monday(5),
           last_monday(5), last_monday(8)}
    xmas = next_weekday(date(y, 12, 25))
    boxing = next_weekday(date(y, 12, 26))
    if boxing <= xmas:
        boxing = next_weekday(xmas + timedelta(days=1))
    return out | {xmas, boxing}

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, '3rd November 2031',
    '7 July 2029'."""
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
    return "-".join(p.capitalize() for p in word.split("-"))

def normalised(as_written):
    """'Kayla PENWILL' -> 'Kayla Penwill'; 'PENWILL, Kayla' -> 'Kayla Penwill'."""
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

YEAR = re.compile(r"(?<![\w+/=.-])(2\d{3})(?![\w+/=])")   # a standalone year-like number (not inside ids / base64)
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
# The brief's banned words for urgent mails, matched case-insensitively anywhere in the message (subject, every
# header, every decoded text / HTML / calendar part, the text of every attachment, quoted history and signatures).
BANNED = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|emergenc\w*|danger\w*|safeguarding concerns?|unsafe\w*|"
                    r"asap|at risk)\b")
# What makes a near miss sound alarming (at least one of these, or a banned word, must be present).
ALARMING = re.compile(r"(?i)\b(FGM|forced marriage|abduct\w*|abduction|port alert|deport\w*|missing|police|"
                      r"trafficking|cutting|on their own|assault\w*|harm\w*|child protection|safeguard\w*)\b")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

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
    if not lab["why"].strip(): err("empty why")
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
    if e["kind"] == "auto_reply" and (e["case_ids"] or e["children"] or e["concerns"]): err("auto_reply with facts")
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
    ld = d.astimezone(LON).date()
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    if e["urgent"]:
        hits = sorted(set(m.group(0).lower() for m in BANNED.finditer(text + " " + all_headers(msg))))
        if hits: err("banned word(s) in an urgent mail: %s" % hits)
    if CATS[f] == "near_miss" and not (BANNED.search(text) or ALARMING.search(text)):
        err("near miss with nothing alarming in it")
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = mc["_as"] or c["name"]
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
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name.lower() == c["name"].lower() or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}
AUTHORITIES = ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")

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
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in AUTHORITIES:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(per.get(a, [])) != want: errors.append("%s: needs exactly %s" % (a, want))
    if len(FILES) != 40 or len(LABELS) != 40 or len(CATS) != 40:
        errors.append("set: %d files, %d labels, %d categories (need 40 each)" % (len(FILES), len(LABELS), len(CATS)))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks
def _plain(msg):
    """The first inline text/plain part, LF line ends, format=flowed soft breaks joined (RFC 3676)."""
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            t = part.get_content().replace("\r\n", "\n")
            if (part.get_param("format") or "").lower() == "flowed":
                t = unflow(t)
            return t
    return ""

def _flowed(msg):
    return any((p.get_param("format") or "").lower() == "flowed" for p in msg.walk()
               if p.get_content_type() == "text/plain" and not p.get_filename())

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
    return email.utils.parsedate_to_datetime(msg["Date"]).astimezone(LON)

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _att_text(msg, ext):
    """Readable text of the attachments with this extension only."""
    import copy
    out = []
    for p in _att(msg, lambda p: p.get_filename().endswith("." + ext)):
        m = email.message.EmailMessage()
        m["Subject"] = ""
        m.set_content(p.get_payload(decode=True), maintype=p.get_content_maintype(),
                      subtype=p.get_content_subtype(), filename=p.get_filename())
        out.append(readable(m))
    return " ".join(out)

def _k01(msg):
    return (_wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2042, 5, 5) in BANK_HOLIDAYS
            and "Wednesday 7th May at 10am" in _plain(msg) and _exts(msg) == ["docx", "pdf"]
            and "Engaging Families" in _att_text(msg, "docx"))

def _k02(msg):
    p = _plain(msg)
    new, _, old = p.partition("wrote:")
    return (_flowed(msg) and "16:45" in new and "Amelia Ozturk" not in new
            and "Amelia Ozturk" in old and "[SB-knowsley-3318]" in str(msg["Subject"]))

def _k03(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Tuesday 13 May 2042" in tbl and "Larchwood Close" in tbl
            and "deported to Albania" in readable(msg) and _wd("knowsley_03.eml") == 5
            and _today("knowsley_03.eml") == date(2042, 5, 6))

def _k04(msg):
    return (_no_plain(msg) and "Huyton Family Hub" in _html(msg) and _wd("knowsley_04.eml") == 4
            and _pw("knowsley_04.eml") == 5 and date(2042, 5, 26) in BANK_HOLIDAYS)

def _k05(msg):
    p = _plain(msg)
    top, _, fwd = p.partition("---------- Forwarded message ---------")
    return ("made me touch him" in fwd and "made me touch him" not in top and "21:30" in top
            and str(msg["Subject"]).startswith("Fwd: "))

def _k06(msg):
    t = readable(msg)
    return "NO FURTHER ACTION" in t and "no concerns were identified" in t and _exp("knowsley_06.eml")["concerns"] == []

def _k07(msg):
    t = readable(msg)
    return ('"might one day"' in t and "There is nothing to suggest he plans to" in t
            and _exts(msg) == ["docx", "pdf", "docx"] and "GCP2" in t
            and _wd("knowsley_07.eml") == 7 and _pw("knowsley_07.eml") == 8)

def _r01(msg):
    p = _plain(msg)
    top, _, quoted_part = p.partition("________________________________")
    return (str(msg["Subject"]).startswith("FW: ") and "Rationale for step up" in top
            and "Case summary to follow" in top and "Hodan Farah (DOB 08/01/2029)" in quoted_part
            and "agrees to the step up" in quoted_part and not _att(msg))

def _r02(msg):
    parts = [p for p in msg.walk() if not p.is_multipart() and not p.get_filename()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in FILES["richmond_wandsworth_02.eml"] and _exts(msg) == ["pdf"]
            and "Rationale for step up" in _plain(msg) and "3.20pm" in _plain(msg))

def _r03(msg):
    return _no_plain(msg) and "pray it out of me" in readable(msg) and "<blockquote" in _html(msg)

def _r04(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "COMMENT" in c and "19:40" in c and "Mosaic 2921840" in c

def _r05(msg):
    t = readable(msg)
    return ("FGM Protection Order" in t and "no current concerns about the girls' safety" in t
            and "physical_harm" not in _exp("richmond_wandsworth_05.eml")["concerns"]
            and (date(2042, 5, 30) - _today("richmond_wandsworth_05.eml")).days <= 5)

def _r06(msg):
    return _flowed(msg) and "Gdańsk" in _plain(msg)

def _r07(msg):
    return _exp("richmond_wandsworth_07.eml")["children"] == [] and "aged 19" in readable(msg)

def _t01(msg):
    return "start of the summer term on Monday" in _plain(msg) and _date(msg).date() > WINDOW[0].date()

def _t02(msg):
    return "withheld international number" in _plain(msg) and _date(msg).date() == date(2042, 5, 6)

def _t03(msg):
    h = _html(msg)
    return ("<table" in h and "no evidence of harm" in readable(msg) and _exts(msg) == ["pdf", "docx"]
            and working_days(date(2042, 6, 10), date(2042, 6, 24)) == 10)

def _t04(msg):
    return _no_plain(msg) and "<blockquote" in _html(msg) and _exts(msg) == ["pdf"]

def _t05(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    p = _plain(msg)
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in FILES["tower_hamlets_05.eml"] and p.index("PS") < p.index("comes into my bed")
            and p.index("MARF to follow") < p.index("PS"))

def _t06(msg):
    t = readable(msg)
    return msg["List-Id"] is not None and "does not refer to any real child" in t and BANNED.search(t)

def _t08(msg):
    return "No further action" in readable(msg) and "seen and are safe and well" in readable(msg)

def _b01(msg):
    return _date(msg).hour >= 17 and "Kayla PENWILL" in _plain(msg) and "Kayla Penwill" not in readable(msg)

def _b02(msg):
    kids = _exp("torbay_02.eml")["children"]
    return age_years(date.fromisoformat(kids[1]["dob"]), _today("torbay_02.eml")) < 5 and _exts(msg) == ["docx"]

def _b03(msg):
    p = _plain(msg)
    top, _, quoted_part = p.partition("________________________________")
    return "we agree this needs considering for a level 4 today" in quoted_part and "Kraków" in top

def _b04(msg):
    t = readable(msg)
    return "port alert" in t and "no current abduction risk" in t and _exts(msg) == ["docx"]

def _b06(msg):
    return _flowed(msg) and '"10pm Ardit be outside' in _plain(msg)

def _b07(msg):
    return "we are not asking for a service" in readable(msg) and _exts(msg) == ["pdf"]

def _b08(msg):
    return b"\r\n" not in FILES["torbay_08.eml"] and "missing his mum" in _plain(msg) \
        and "missing" not in _exp("torbay_08.eml")["concerns"]

def _h01(msg):
    return _exts(msg) == ["docx", "pdf"] and _date(msg).date() == WINDOW[0].date()

def _h02(msg):
    return "I may be reading too much into this" in _plain(msg) and "18:10 tonight" in _plain(msg)

def _h03(msg):
    return (_flowed(msg) and "Kazlauskaitė" in _plain(msg)
            and "Hague Convention" in readable(msg))

def _h05(msg):
    body = _plain(msg)
    docx_t = _att_text(msg, "docx")
    return ("special party" not in body and "special party" in docx_t and "We go on Friday" in docx_t
            and _today("herefordshire_05.eml") + timedelta(days=2) == date(2042, 5, 23)
            and date(2042, 5, 23).weekday() == 4 and HALF_TERM[0] > date(2042, 5, 23))

def _h06(msg):
    return "Mum has agreed to Early Help verbally" in _plain(msg) and _exts(msg) == ["docx"]

def _h07(msg):
    return "Jayden Morgan" not in _plain(msg) and "Jayden Morgan" in _att_text(msg, "pdf")

CUSTOM = [
    ("knowsley_01.eml", "'Wednesday 7th May at 10am': 4 WD (5 plain) over May Day; form names the toolkit", _k01),
    ("knowsley_02.eml", "iPhone reply; the report in the new text, the names only in the quoted ack", _k02),
    ("knowsley_03.eml", "Word table with the visit and venue; deportation history; exactly 5 WD", _k03),
    ("knowsley_04.eml", "HTML-only; 4 WD (5 plain) over the Spring Bank Holiday", _k04),
    ("knowsley_05.eml", "Gmail forward; the disclosure only in the forwarded part", _k05),
    ("knowsley_06.eml", "Border Force NFA notice", _k06),
    ("knowsley_07.eml", "hypothetical abduction negated; form + GCP2 + minutes; 7 WD (8 plain)", _k07),
    ("richmond_wandsworth_01.eml", "FW: rationale on top, case summary to follow, the note quoted", _r01),
    ("richmond_wandsworth_02.eml", "phone: one base64 text part, LF; pdf summary; rationale heading", _r02),
    ("richmond_wandsworth_03.eml", "HTML-only with the child's words in a blockquote", _r03),
    ("richmond_wandsworth_04.eml", "DECLINED with the FGM flight in the COMMENT", _r04),
    ("richmond_wandsworth_05.eml", "FGMPO in place, no current concerns; discussion within 5 days", _r05),
    ("richmond_wandsworth_06.eml", "Apple Mail format=flowed with UTF-8", _r06),
    ("richmond_wandsworth_07.eml", "adult only", _r07),
    ("tower_hamlets_01.eml", "not back for the start of term", _t01),
    ("tower_hamlets_02.eml", "phone call from abroad, the morning after May Day", _t02),
    ("tower_hamlets_03.eml", "HTML table; harm ruled out; TAF 10 WD after the assessment", _t03),
    ("tower_hamlets_04.eml", "HTML-only reply with the ack in a blockquote; MARF pdf", _t04),
    ("tower_hamlets_05.eml", "phone: one base64 part, LF; the facts in the PS after 'MARF to follow'", _t05),
    ("tower_hamlets_06.eml", "bulletin with List-Id and alarm words, no real child", _t06),
    ("tower_hamlets_08.eml", "phone note resolved", _t08),
    ("torbay_01.eml", "out of hours; surname in capitals only", _b01),
    ("torbay_02.eml", "an under-5; SA docx", _b02),
    ("torbay_03.eml", "the ATM's agreement in the quoted chain; UTF-8 Kraków", _b03),
    ("torbay_04.eml", "historic port alert negated", _b04),
    ("torbay_06.eml", "format=flowed; the text message quoted", _b06),
    ("torbay_07.eml", "trip incident for information", _b07),
    ("torbay_08.eml", "LF phone mail; 'missing his mum' no concern", _b08),
    ("herefordshire_01.eml", "first day of term; plan + consent", _h01),
    ("herefordshire_02.eml", "hedged; tonight", _h02),
    ("herefordshire_03.eml", "format=flowed UTF-8 Lithuanian names; Hague history", _h03),
    ("herefordshire_05.eml", "the FGM words only in the .docx plan; Friday 23 May, two days on, before half term", _h05),
    ("herefordshire_06.eml", "verbal consent; plan only", _h06),
    ("herefordshire_07.eml", "children named only in the solicitor's PDF", _h07),
]

# Each consent / manager wording ties to its label.
WORDING = [
    ("knowsley_01.eml", "discussed the step up with me in supervision on 28/04/2042 and agreed it", "manager_agreed", True),
    ("knowsley_01.eml", "Mum is aware we are asking for a step up", "consent", None),
    ("knowsley_03.eml", "signed the Family First consent form at the CIN review", "consent", True),
    ("knowsley_04.eml", "Mum has consented to the step down to Early Help", "consent", True),
    ("knowsley_07.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_07.eml", "Mum knows I am asking for the step up", "consent", None),
    ("richmond_wandsworth_01.eml", "I agree she should be stepped up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "He agrees to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "I'm the EH team manager and I agree the step up", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "have both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_06.eml", "has given her consent to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "has agreed the step up and is copied in", "manager_agreed", True),
    ("tower_hamlets_01.eml", "father informed by letter on 22/04/2042; he did not reply", "consent", None),
    ("tower_hamlets_03.eml", "Mum and dad have both consented to the step down to Early Help", "consent", True),
    ("tower_hamlets_04.eml", "has agreed the step up (she is copied in)", "manager_agreed", True),
    ("tower_hamlets_05.eml", "My manager Shirin has said to send this to you now as a step up", "manager_agreed", True),
    ("torbay_02.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "Mum has consented to Level 3 Early Help", "consent", True),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "Silas (ATM) and I agree this needs considering for a level 4", "manager_agreed", True),
    ("torbay_04.eml", "Mum agrees to the contact to MASH", "consent", True),
    ("torbay_04.eml", "Silas Penrose (ATM) and I agree that this needs considering for a level 4", "manager_agreed", True),
    ("torbay_08.eml", "Haven't asked nan about EH yet", "consent", None),
    ("torbay_08.eml", "My TM has agreed the step down", "manager_agreed", True),
    ("herefordshire_01.eml", "I give consent to my family receiving Early Help", "consent", True),
    ("herefordshire_03.eml", "I give consent to my family receiving Early Help", "consent", True),
    ("herefordshire_04.eml", "mum signed it at my visit on Wednesday", "consent", True),
    ("herefordshire_05.eml", "Mum signed the consent form on 19 May", "consent", True),
    ("herefordshire_06.eml", "Mum has agreed to Early Help verbally", "consent", True),
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

# The whole-set facts the README states (set_checks() recomputes and compares them).
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (4, 5), "knowsley_07.eml": (7, 8)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml", "knowsley_07.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml"]     # plain weekdays say ok, working days say not ok
COUNTS = {}

def set_checks():
    errors = []
    for y in (2042,):
        rule = bank_holidays_by_rule(y)
        if rule != BANK_HOLIDAYS:
            errors.append("set: bank holidays differ from the rules: %s" % sorted(rule ^ BANK_HOLIDAYS))
    if easter_sunday(2042) != date(2042, 4, 6):
        errors.append("set: Easter Sunday 2042 should be 6 April")
    try:
        import holidays
        pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2042])
        ref = {d for d in pkg if d.weekday() < 5}
        if ref != BANK_HOLIDAYS:
            errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
        inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
        if inside != IN_WINDOW:
            errors.append("set: the package's bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    except ImportError:
        pass
    inside = {d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != set(IN_WINDOW):
        errors.append("set: the bank holidays in the window are %s, expected %s" % (sorted(inside), IN_WINDOW))
    if not all(d < WINDOW[0].date() for d in EASTER) or set(EASTER) != {easter_sunday(2042) - timedelta(days=2),
                                                                       easter_sunday(2042) + timedelta(days=1)}:
        errors.append("set: Easter 2042 must fall before the window")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2042, 3) and BST_END.date() == last_sun(2042, 10)):
        errors.append("set: BST must start on the last Sunday of March 2042 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2042, 4, 21) and WINDOW[0].weekday() == 0 and WINDOW[1].date() == date(2042, 7, 23)
            and WINDOW[1].weekday() == 2 and easter_sunday(2042) + timedelta(days=15) == WINDOW[0].date()
            and HALF_TERM[0] in BANK_HOLIDAYS and HALF_TERM[0].weekday() == 0 and HALF_TERM[1].weekday() == 4):
        errors.append("set: the window must run from Monday 21 April to Wednesday 23 July 2042")
    counts, offsets, quiet = {}, {}, []
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        if lab["expect"]["urgent"] and not BANNED.search(text + " " + all_headers(msg)):
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
    urgent = sorted(l["file"] for l in LABELS if l["expect"]["urgent"])
    if sorted(quiet) != urgent:
        errors.append("set: urgent mails with a banned word: %s" % sorted(set(urgent) - set(quiet)))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
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

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_04's notice labelled ok", lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped", lambda: BANK_HOLIDAYS.discard(date(2042, 5, 5)), "bank holidays differ from the rules"),
    ("the Spring Bank Holiday moved to the 27th", lambda: (BANK_HOLIDAYS.discard(date(2042, 5, 26)),
                                                          BANK_HOLIDAYS.add(date(2042, 5, 27))),
     "meeting on a weekend or bank holiday"),
    ("a banned word in an urgent subject", lambda: _sub("herefordshire_05.eml", b"Subject: Step-down plan - Idris",
                                                          b"Subject: Step-down plan - Idris - at risk"),
     "banned word(s) in an urgent mail"),
    ("'ASAP' added to an urgent subject", lambda: _sub("tower_hamlets_02.eml", b"Subject: Y11 student",
                                                      b"Subject: ASAP Y11 student"), "banned word(s)"),
    ("an urgent mail filed as a near miss", lambda: _relabel("richmond_wandsworth_04.eml", category="near_miss"),
     "urgent vs category"),
    ("a Date on the Spring Bank Holiday", lambda: _sub("knowsley_07.eml", b"Date: Fri, 23 May 2042",
                                                       b"Date: Mon, 26 May 2042"), "Date on a bank holiday"),
    ("a Date given +0000", lambda: _sub("torbay_02.eml", b"14:40:09 +0100", b"14:40:09 +0000"),
     "Date offset should be +0100"),
    ("now before the Date", lambda: _relabel("torbay_03.eml", now="2042-06-17T11:19:00+01:00"),
     "now not 1-10 min after Date"),
    ("the capitals name labelled as written", lambda: _exp("torbay_01.eml")["children"][0].update(name="Kayla PENWILL"),
     "no source record"),
    ("a Mosaic id with its label", lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["Mosaic 2917703"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("consent still to be asked labelled true", lambda: _relabel("torbay_08.eml", consent=True,
                                                                  missing=["assessment"]),
     "means consent None, label True"),
    ("the adult labelled as a child", lambda: (_exp("richmond_wandsworth_07.eml")["children"].append(
        {"name": "Safiya Rahimi", "dob": "2023-02-02"}), META["richmond_wandsworth_07.eml"]["children"].append(
        ch("Safiya Rahimi", "2023-02-02", "02/02/2023"))), "is 18 or over"),
    ("an urgent step-down labelled book_meeting",
     lambda: _relabel("herefordshire_05.eml", next_action="book_meeting"), "next_action book_meeting != alert_duty"),
    ("children out of order", lambda: _exp("torbay_03.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("a year after the window's in a body", lambda: _sub("herefordshire_07.eml", b"Hereford\r\n", b"Hereford 2043\r\n"),
     "year after 2042"),
    ("Auto-Submitted removed", lambda: _sub("knowsley_08.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
]

def inject_faults():
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
    out = ["readers: %s" % READERS,
           "category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("dates %s" % sorted((l["file"], datetime.fromisoformat(l["now"]).strftime("%a %d %b %H:%M"))
                                   for l in LABELS))
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
    print("wrote %d messages; %s; readers: %s; all self-checks passed" % (len(FILES), tot, READERS))

if __name__ == "__main__":
    main()
