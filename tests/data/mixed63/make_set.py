#!/usr/bin/env python3
"""mixed63: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2082, in sexual abuse inside the family told in pieces: a child's partial or indirect words
("a secret with uncle", "he does the tickling game", "the sleeping game", "secret cuddles") passed on by teaching
assistants, nursery key workers, an older sister, an older brother, a grandmother and an aunt; sexualised play and
drawings logged by a nursery and a school; a mother's new partner on the sex offenders register; mothers who do not
believe the child; children going back tonight to the home of the adult they named - and, as near misses, a child's
words explained innocently after a proper check, a historic allegation investigated to conviction, age-appropriate
curiosity, relationships-education question-box questions, a partnership training briefing with a fictional case
study, a paragraph pasted from someone else's case, a disclosure already dealt with (strategy discussion, arrest, bail
conditions), a disclosure-scheme warning acted on months ago, a special guardian's question about a parole hearing,
a mother's own childhood abuse by a man long dead, and a school DSL's out-of-office - alongside ordinary requests.

Written with tact: no graphic detail, only what a professional would record (the child's own words, briefly, and who
has the child when).

Window: the brief's "mid April to late July 2082", checked with Python: Wednesday 15 April 2082 to Friday 24 July 2082
(both weekdays, neither a bank holiday). The whole window is British Summer Time (+0100). England & Wales bank
holidays from the `holidays` package: Good Friday 17 April and Easter Monday 20 April (inside the window: school Easter
holidays, the summer term starting Tuesday 21 April), the Early May bank holiday ("May Day") Monday 4 May and the Spring
Bank Holiday Monday 25 May. Three Knowsley notice counts are decided by one of them (knowsley_01 across Easter,
knowsley_03 across May Day, knowsley_05 across the Spring Bank Holiday); knowsley_08 crosses the Spring Bank Holiday
and still has exactly 5 working days.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays, the checks). Every label was set by
hand from the specification; the self-checks only verify them against its rules and STOP on any error before
anything is written.
"""

from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time. The whole window (15 April - 24 July 2082) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 29 March 2082 and ends on Sunday 25 October 2082. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2082, 4, 6, 0, 0, 0))
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



# ============================================================================= helpers added in mixed27 (kept)
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



# ============================================================================= rules named in every `why`
SEED = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
        "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
        "herefordshire": "003_d813ace460bad8eb.txt"}
COUNCIL = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
           "torbay": "Torbay", "herefordshire": "Herefordshire"}
STEP_RULE = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
        "(step up form, case ID on EHM, TAF minutes, management oversight, date of the step up TAF meeting; GCP2 for "
        "neglect, Engaging Families toolkit for non-engagement, Merseyside Exploitation Assessment; 'at least 5 working "
        "days' notice'); REQUIREMENTS.md knowsley step_up",
    ("knowsley", "step_down"): "section 2 'Cases Stepping Down from Children's Social Care - Child in Need Support to "
        "Early Help Services at Levels 2 and 3' (date, time and venue; what are we worried about, what is working well, "
        "what needs to happen; level 2 lead practitioner; level 3 consent; 'at least 5 working days' / 'a minimum of 5 "
        "days' notice', read as working days; no level stated = level 3); REQUIREMENTS.md knowsley step_down",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box "
        "'with the latest case summary and the rationale for the plan to step up'); REQUIREMENTS.md richmond_wandsworth "
        "step_up",
    ("richmond_wandsworth", "step_down"): "'Step Down to Early Help' and 'Process to Step Down' (consent from the "
        "family; case discussion within 5 days confirmed by email 'with the latest case summary and the draft plan'); "
        "REQUIREMENTS.md richmond_wandsworth step_down",
    ("tower_hamlets", "step_up"): "'Step Up' and the MAST paragraph ('contact MAST ... followed up with a completed "
        "Multi-Agency Request for Support form'; management oversight); REQUIREMENTS.md tower_hamlets step_up",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (the most "
        "current Child and Family Assessment, the TAF plan, consent, a Lead Practitioner; TAF within 10 WD); "
        "REQUIREMENTS.md tower_hamlets step_down",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4', steps 1-2 (worker and team manager agree; 'a "
        "contact should be made to MASH with parental consent'); REQUIREMENTS.md torbay step_up",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team' / 'from Safeguarding and Supporting "
        "Families Team', steps 1-4 (Single Assessment and the manager's analysis, consent before triage, triage slot "
        "within 5 WD; under-5s fortnightly); REQUIREMENTS.md torbay step_down",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' and 'Roles and responsibilities' (written "
        "consent, a key person, the step-down plan within two weeks; sibling groups); REQUIREMENTS.md herefordshire "
        "step_down",
    ("herefordshire", "step_up"): "none: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this "
        "seed'), so human_review with missing [] unless urgent; REQUIREMENTS.md herefordshire step_up",
}
KIND_RULE = {
    "follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request, missing []",
    "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
    "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2",
    "other": "DESIGN 'kind': other (no step request: enquiry, bulletin, report from outside) -> human_review",
}
URGENT_RULE = {
    "knowsley": "seed 004 'Safeguarding procedures would always override anything within this 7minute briefing. If a "
        "child is believed to be at risk, nothing within this protocol should be used to delay seeking help' and 'Any "
        "immediate safeguarding concerns should be communicated to the Duty Social Work Team in the Multi Agency "
        "Safeguarding Hub (MASH)'",
    "richmond_wandsworth": "seed 000 'Step up from Early Help' (immediate child protection concerns: the Early Help "
        "Manager will telephone the MASH)",
    "tower_hamlets": "seed 001 'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or "
        "out of hours in an emergency only 0207 364 4079)'",
    "torbay": "seed 002 'Step up processes from level 3 to level 4', step 1 ('as per safeguarding processes')",
    "herefordshire": "seed 003 (no urgent wording of its own); seeds README 'Safeguarding always overrides the "
        "protocols'",
}

def rule(a, k, urgent):
    parts = []
    if (a, k) in STEP_RULE:
        parts.append("%s, seed %s %s" % (COUNCIL[a], SEED[a], STEP_RULE[(a, k)]))
    else:
        parts.append("%s, seed %s; %s" % (COUNCIL[a], SEED[a], KIND_RULE[k]))
    if urgent:
        parts.append("urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety "
                     "rule 1 and " + URGENT_RULE[a])
    return " | Rule: " + "; ".join(parts) + "."


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2082-04-15 10:12:33"
    body = T("""
Morning MASH and MASH Business Support,

Step up request for the Halliwell children - EHM-91442.

Summer-Rose Halliwell - DOB 11/02/2078 (4)
Jaxon Halliwell - DOB 30/09/2075 (6)

The step up TAF meeting is Wednesday 22nd April at 10am on Teams - the invite has gone from my calendar to the MASH inbox and MASH business support, and I've invited the current TAF members (Little Acorns Nursery, Jaxon's school and the health visitor). I know it's a Wednesday just after Easter; it was the only morning the nursery manager could do.

Attached: the step up request form, the minutes of our TAF on 08/04/2082 and the Graded Care Profile 2 I completed with mum on 02/04/2082.

Why now, in short:
- Home conditions have slipped back to where they were last autumn. The GCP2 scores physical care and safety at level 4: no working cooker since February, the children's mattresses are soaked, and Jaxon is going to school hungry and in the same clothes.
- Little Acorns have logged four incidents since February of Summer-Rose acting out adult sexual behaviour with dolls, and once with another child at the water tray, using words a 4-year-old wouldn't usually know. Each one was handled calmly by her key worker and reported to me the same day. Summer-Rose hasn't said anything about anyone hurting her and no adult has been named. Mum has no partner and says nobody else looks after the children; she was upset but open with us and agreed to the nursery's body-safety work.
- I rang the MASH consultation line on 10/04/2082 and talked it through with the duty social worker. Her advice was that a planned step up for a C&F assessment is the right route, with nothing to suggest a strategy discussion is needed today, and that any disclosure would come straight to you by phone.

Mum has agreed to the step up. My TM, Siobhan Leary, went through it with me in supervision on 13/04/2082 and agreed the step up - it's on the form.

Thanks,
Jo

Joanne Tasker
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0734 | 07700 900 215

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Halliwell.docx", appendix1([
        ("Case ID on EHM:", "EHM-91442"),
        ("Children:", "Summer-Rose Halliwell 11/02/2078; Jaxon Halliwell 30/09/2075"),
        ("Has this family recently closed to Children's Social Care?:", "No - open to Family First since 09/2081"),
        ("Date of step up TAF meeting:", "Wednesday 22/04/2082, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum keeps most appointments; non-engagement is not the reason for this step up"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/04/2082"),
        ("What are we worried about?", "Home conditions (GCP2 level 4 in physical care and safety); Jaxon hungry at "
         "school; four nursery logs of sexualised play by Summer-Rose (Feb-Apr), no disclosure, no adult named."),
        ("What is working well?", "Mum is open with us and attends TAFs; nursery and school know the children well; "
         "maternal grandmother visits on Sundays."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 02/04/2082 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None held for this household."),
        ("Agreement by line manager:", "Agreed - Siobhan Leary, Team Manager, 13/04/2082"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly home visits, a TAF every three weeks, nursery "
         "body-safety sessions to continue and any new log shared the same day."),
    ]))
    minutes = pdf_att("TAF minutes 08.04.2082 - Halliwell.pdf", "Team Around the Family - minutes", [
        "Family: Halliwell (EHM-91442). Date: 08/04/2082, 13:30, Huyton Family Hub.",
        "Present: mum; Joanne Tasker (Family First, chair); Kelly Rimmer (Little Acorns Nursery); Jaxon's class "
        "teacher; the health visitor.",
        "Nursery: fourth log of sexualised play on 02/04. Handled calmly; no disclosure; no adult named.",
        "School: Jaxon arriving hungry 3-4 days a week; uniform not washed.",
        "Health visitor: Summer-Rose's 4-year review overdue; mum to rebook.",
        "Agreed: Joanne to discuss a step up with her team manager and the MASH consultation line."])
    gcp2 = pdf_att("GCP2 - Halliwell - April 2082.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Halliwell. Completed 02/04/2082 by Joanne Tasker with mum.",
        "Physical care: 4.  Safety: 4.  Love and care: 2.  Stimulation and education: 3.",
        "Summary: physical care has deteriorated since February (no cooker, wet mattresses, children hungry)."])
    top = outlook_top(f, addr("Tasker, Joanne", "Joanne.Tasker@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Halliwell - EHM-91442 - TAF Weds 22nd April 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, gcp2], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-91442"],
        [ch("Summer-Rose Halliwell", "2078-02-11", "11/02/2078"), ch("Jaxon Halliwell", "2075-09-30", "30/09/2075")],
        ["neglect", "sexual_harm"], True, True, [], False, "request_info",
        "SEXUALISED PLAY LOGGED BY A NURSERY, IN A PLANNED STEP-UP: four nursery logs of a 4-year-old acting out adult "
        "sexual behaviour, no disclosure, no adult named, mum open and protective, and the MASH consultation line "
        "advised a planned step-up with nothing needing a strategy discussion today -> a current worry (sexual_harm) "
        "but no immediate risk -> not urgent. Complete Knowsley step-up: form .docx, TAF minutes .pdf, GCP2 .pdf "
        "(neglect -> gcp2 met), EHM id, TM 'agreed the step up', meeting date and time; 'Mum has agreed to the step "
        "up' -> consent true. NOTICE ACROSS EASTER, DECISIVE: from Wed 15 April the TAF on Wed 22 April is 5 plain "
        "weekdays, but Good Friday (17 April) and Easter Monday (20 April) are bank holidays -> 3 working days < 5 -> "
        "notice not ok -> request_info. Concerns: home conditions and hunger -> neglect; the nursery logs -> "
        "sexual_harm." + rule("knowsley", "step_up", False),
        meeting=date(2082, 4, 22), not_children=["Joanne Tasker", "Siobhan Leary", "Kelly Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2082-06-09 09:24:10"
    ack = ack_text("step-up", "SB-knowsley-1931", [
        "Case: EHM-93310", "Children: Ellie Sharrock (11/10/2075), Noah Sharrock (04/01/2078)",
        "Step-up TAF meeting: Wednesday 17 June 2082, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi MASH,

Adding to our step up for Ellie and Noah (TAF booked for Weds 17th).

Ellie's teaching assistant, Mrs Okoro, rang me at 9.05. At the start of the day Ellie was very quiet and wouldn't take her coat off. When Mrs Okoro sat with her, Ellie said: "Uncle Jay does the tickling game under my covers when Mummy's at work. It's our secret. I'm not allowed to tell or Mummy will be sad." Mrs Okoro didn't ask her anything else and wrote it down word for word straight away; the deputy head has it on CPOMS.

Uncle Jay is mum's brother, Jason (24). He has been sleeping on the sofa since Easter. Mum is on nights at Whiston Hospital all this week, so Jason has the children every night - he collects them both from after-school club at 5.30 tonight.

Ellie is 6. I haven't said anything to mum yet - I wanted to speak to you first. I'm at the Huyton hub all morning on 07700 900 431.

Hayley

Hayley Brennan
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0512
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "03 June 2082 11:02", "Brennan, Hayley <Hayley.Brennan@knowsley.gov.uk>",
         "[SB-knowsley-1931] Step-up request received - EHM-93310", ack, None)])
    top = outlook_top(f, addr("Brennan, Hayley", "Hayley.Brennan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1931] Step-up request received - EHM-93310", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-93310"],
        [ch("Ellie Sharrock", "2075-10-11", "11/10/2075"), ch("Noah Sharrock", "2078-01-04", "04/01/2078")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A CHILD'S WORDS TO A TEACHING ASSISTANT, ADDED TO AN EXISTING STEP-UP: a 6-year-old said 'Uncle Jay does the "
        "tickling game under my covers when Mummy's at work. It's our secret'; the uncle lives in the house and has "
        "both children alone every night this week, collecting them at 5.30 tonight. Written down word for word, no "
        "leading questions, mum not yet told. No alarm word anywhere. DESIGN safety rule 1 (whatever the kind): a "
        "reply to [SB-knowsley-1931] is a follow_up, and urgent -> alert_duty. Children and DOBs from the quoted "
        "acknowledgement; sexual_harm. The uncle is an adult ('Jason (24)')." + rule("knowsley", "follow_up", True),
        not_children=["Hayley Brennan"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2082-05-01 11:40:05"
    blocks = [
        "Dear Family First,",
        "",
        "I am writing to step Kenzie down to Family First at {{Level 3}} at her final CIN meeting:",
        "",
        ("table", [
            ["Child", "ICS", "Final CIN meeting"],
            ["Kenzie Lowther, DOB 19/06/2071", "ICS-1988201",
             "Friday 8th May 2082, 2.00pm, Halewood Family Hub, Room 3"],
        ]),
        "",
        ("h", "Background (for the case manager)"),
        "In September 2080 Kenzie told her teacher that mum's then partner had touched her. There was a strategy "
        "discussion the same day and a joint s47 investigation; Kenzie was ABE interviewed and he was charged. He was "
        "convicted in March 2081, is serving a long sentence, is on the sex offenders register and has a restraining "
        "order protecting Kenzie and mum. Mum ended the relationship the day Kenzie told and has believed and "
        "protected her from the start. The child protection plan ended in July 2081 and Kenzie has been on a CIN plan "
        "since. She finished her therapy at the Sunflower Centre in February. There are no current concerns about "
        "sexual harm, and he has had no contact of any kind since 2080.",
        "",
        ("h", "What are we worried about?"),
        "Mum's anxiety: she has panic attacks most weeks and is on the waiting list for Talking Therapies. Kenzie "
        "(10) still sleeps badly and worries about mum when she is at school.",
        ("h", "What is working well?"),
        "Mum and Kenzie are very close and talk openly. Kenzie's attendance is 96% and she has a good friendship "
        "group. Mum's sister lives on the same estate and helps most days.",
        ("h", "What needs to happen?"),
        "A Family First case manager to hold a TAF with school; a young carers' assessment to be considered; mum to "
        "be supported to keep going with Talking Therapies.",
        "",
        "Mum signed the Family First consent form at the CIN review on 28/04/2082.",
        "",
        "Kind regards,",
        "Farah Dempsey",
        "Social Worker | Safeguarding & Children in Need Team 2 (Halewood) | Knowsley Council",
        "0151 496 0688",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Dempsey, Farah", "Farah.Dempsey@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Kenzie Lowther - final CIN Fri 8th May", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-1988201"],
        [ch("Kenzie Lowther", "2071-06-19", "19/06/2071")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "NEAR MISS - A HISTORIC ALLEGATION ALREADY INVESTIGATED: a 2080 disclosure about mum's then partner led to a "
        "strategy discussion, an s47, an ABE interview and a conviction; he is in prison with a restraining order, no "
        "contact since 2080, therapy finished, 'There are no current concerns about sexual harm' -> historic and "
        "resolved: not urgent, no sexual_harm. Word HTML mail with a table. Level 3 written; final CIN date, time "
        "and venue; all three Signs of Safety headings answered; 'Mum signed the Family First consent form' -> "
        "consent true -> nothing missing. NOTICE ACROSS MAY DAY, DECISIVE: from Fri 1 May the final CIN on Fri 8 May "
        "is 5 plain weekdays but Mon 4 May is the Early May bank holiday -> 4 working days < 5 -> notice not ok -> "
        "request_info. Mum's anxiety -> parental_mental_health." + rule("knowsley", "step_down", False),
        meeting=date(2082, 5, 8), not_children=["Farah Dempsey"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2082-06-25 20:47:12"
    text = T("""
To whoever reads this,

I'm Lacey-Mae's nan. I don't know who else to tell, the number on the website just rang out.

Lacey-Mae Ormesher is 9 (born 3rd March 2073). She was at mine after school today and when I was doing her hair she went quiet and said she didn't want to go home because Dean comes in her room at night when her mum is asleep. Dean is her mum's boyfriend, he moved in at Christmas. She said he told her it's their special secret and if she tells anyone she'll be put in care. I didn't ask her anything else, I just gave her a cuddle.

I rang my daughter Kerry straight away and she came round and went mad at Lacey-Mae, said she's a liar and she's making it up because she doesn't like Dean, and she took her home. That was about 7 o'clock. Dean's there tonight, he's always there.

I know my granddaughter, she doesn't tell lies like that. She was crying when she left. Please can someone help her tonight. They live on Hollybank Road in Kirkby.

Pat Ormesher
07700 900 816

Sent from my iPhone
""")
    top = plain_top(f, addr("Pat Ormesher", "patormesher@example.com"), KFF,
                    "Please help my granddaughter Lacey-Mae", when, "example.com", None,
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Lacey-Mae Ormesher", "2073-03-03", "3rd March 2073")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A GRANDMOTHER'S iPHONE MAIL AT 20:47, AFTER THE NUMBER 'RANG OUT': a 9-year-old told her nan that mum's "
        "boyfriend 'comes in her room at night when her mum is asleep' and that it is 'their special secret'; MUM DID "
        "NOT BELIEVE HER, called her a liar and took her home at 7pm, where he is tonight. No alarm word anywhere. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (the Emergency Duty Team at this hour). A grandparent's report "
        "to the Family First duty mailbox, no step -> other. sexual_harm. Kerry (mum) and Dean are adults named by "
        "first name only." + rule("knowsley", "other", True),
        not_children=["Pat Ormesher"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2082-05-20 15:10:40"
    body = T("""
Hi Family First duty,

Level 2 step down for Owen Tierney-Blake (DOB 12/12/2071), ICS-1990455.

Final CIN meeting: Wednesday 27th May at 10am, St Aidan's CE Primary School, Prescot - the meeting room by the main office.

Owen's school have agreed to take on the Lead Practitioner role: Mr Gareth Pye, Pastoral Lead, St Aidan's CE Primary School (g.pye@staidans.example.sch.uk, 0151 496 0577). Mum has consented to the transfer to Early Help.

What are we worried about?
Owen (10) has dyslexia and an EHCP needs assessment under way; he is falling behind and has started refusing school on Mondays. His attendance is 84%.

What is working well?
Mum has left the relationship that brought us in and there have been no further incidents since January. Owen is close to Mr Pye and goes to his nurture group three times a week. Grandad does the school run twice a week.

What needs to happen?
Mr Pye to lead an Early Help Assessment and TAF from June; the school SENCo to push the EHCP assessment; a Monday-morning plan for Owen.

Thanks,
Callum

Callum Reid
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0421

""") + KDISC
    top = outlook_top(f, addr("Reid, Callum", "Callum.Reid@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L2 step down - Owen Tierney-Blake - ICS-1990455 - final CIN 27/05", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-1990455"],
        [ch("Owen Tierney-Blake", "2071-12-12", "12/12/2071")],
        ["disability_send", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley LEVEL 2 step-down by the final-CIN route (plain Outlook text, no HTML twin): date, time and venue; "
        "all three Signs of Safety headings; Lead Practitioner named with his agency (the school) -> nothing missing. "
        "'Mum has consented to the transfer to Early Help' -> consent true (not required at level 2). NOTICE ACROSS "
        "THE SPRING BANK HOLIDAY, DECISIVE: from Wed 20 May the final CIN on Wed 27 May is 5 plain weekdays but Mon "
        "25 May is a bank holiday -> 4 working days < 5 -> notice not ok -> request_info. Dyslexia / EHCP -> "
        "disability_send; 84% -> school_attendance. Mum 'has left the relationship' with no incidents since January "
        "-> no domestic_abuse." + rule("knowsley", "step_down", False),
        meeting=date(2082, 5, 27), not_children=["Gareth Pye", "Callum Reid"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2082-04-21 09:05:30"
    data = itip_reply(f, when, "Kelly Rimmer", "k.rimmer@littleacorns.example.co.uk",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step-up TAF meeting - Halliwell - EHM-91442 [SB-knowsley-1840]", "20820429T100000",
                      "20820429T113000", "Microsoft Teams Meeting",
                      comment="Thanks for moving it to the 29th. I'll bring our log and Summer-Rose's learning journal.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-91442"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the nursery manager for the re-arranged step-up TAF of "
        "knowsley_01's family (moved to Wed 29 April); the SUMMARY carries EHM-91442 and [SB-knowsley-1840]; a "
        "COMMENT with nothing of concern ('our log' is the nursery's existing record). Only a surname, no child "
        "named in full -> children []." + rule("knowsley", "meeting_reply", False))

def knowsley_07():
    f = "knowsley_07.eml"; when = "2082-07-14 12:30:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7-minute briefing: sexual abuse within the family - hearing it in pieces

1. Why this matters
Most children who are sexually abused are abused by someone they know, often a family member. Children rarely tell all at once. They tell in pieces: a hint, a question, a "secret", a drawing, a change in behaviour.

2. What it can sound like (examples only)
"Me and Grandad have a secret game." "I don't like sleepovers at Uncle's." "Can you keep a secret if I tell you?"

3. Case study - Child C (fictional, for training only)
Child C is 5. At nursery she tells her key worker that "Grandad has a secret game and I'm not allowed to tell". The next week she draws a picture she says is "Grandad's game". Her mother says Grandad is "like that with all the kids, it's just tickling". Child C stays with Grandad every Friday.
Discussion: What should the key worker do straight away? Who should she tell? What would you want MASH to know? What do you make of mum's response?

4. What to do
Listen, don't ask leading questions, write down the child's exact words, tell your DSL the same day. If a child may be at immediate risk, phone MASH (or the Emergency Duty Team out of hours) - don't email.

5. Remember
Partial and indirect disclosures are still disclosures. A parent not believing a child does not make the child safe.

6. Resources
NSPCC PANTS, the CSA Centre's "Signs and indicators" template, the KSCP multi-agency procedures.

7. Training
Next multi-agency course: "Responding to disclosures of intrafamilial child sexual abuse", Thursday 10 September, Kirkby Suite, 9.30-12.30. Book on the KSCP learning portal.

Child C is a fictional case study written for this briefing. It does not describe any real child or family.

You are receiving this because you are on the KSCP practitioner bulletin list. Unsubscribe: https://kscp.knowsley.example/unsubscribe
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10.5pt;color:#222222\">\n"
         "<div style=\"background:#5B2C6F;color:#FFFFFF;padding:12px\"><b>KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP</b><br>"
         "7-minute briefing: sexual abuse within the family - hearing it in pieces</div>\n"
         + "".join("<h3 style=\"color:#5B2C6F\">%s</h3>\n<p>%s</p>\n" % (esc(t), esc(b).replace("\n", "<br>\n"))
                   for t, b in [
            ("1. Why this matters", "Most children who are sexually abused are abused by someone they know, often a "
             "family member. Children rarely tell all at once. They tell in pieces: a hint, a question, a \"secret\", a "
             "drawing, a change in behaviour."),
            ("2. What it can sound like (examples only)", "\"Me and Grandad have a secret game.\" \"I don't like "
             "sleepovers at Uncle's.\" \"Can you keep a secret if I tell you?\""),
            ("3. Case study - Child C (fictional, for training only)", "Child C is 5. At nursery she tells her key "
             "worker that \"Grandad has a secret game and I'm not allowed to tell\". The next week she draws a picture "
             "she says is \"Grandad's game\". Her mother says Grandad is \"like that with all the kids, it's just "
             "tickling\". Child C stays with Grandad every Friday.\nDiscussion: What should the key worker do straight "
             "away? Who should she tell? What would you want MASH to know? What do you make of mum's response?"),
            ("4. What to do", "Listen, don't ask leading questions, write down the child's exact words, tell your DSL "
             "the same day. If a child may be at immediate risk, phone MASH (or the Emergency Duty Team out of hours) "
             "- don't email."),
            ("5. Remember", "Partial and indirect disclosures are still disclosures. A parent not believing a child "
             "does not make the child safe."),
            ("6. Resources", "NSPCC PANTS, the CSA Centre's \"Signs and indicators\" template, the KSCP multi-agency "
             "procedures."),
            ("7. Training", "Next multi-agency course: \"Responding to disclosures of intrafamilial child sexual "
             "abuse\", Thursday 10 September, Kirkby Suite, 9.30-12.30. Book on the KSCP learning portal.")])
         + "<p><i>Child C is a fictional case study written for this briefing. It does not describe any real child or "
           "family.</i></p>\n<p style=\"font-size:8pt;color:#666666\">You are receiving this because you are on the "
           "KSCP practitioner bulletin list. <a href=\"https://kscp.knowsley.example/unsubscribe\">Unsubscribe</a></p>\n"
           "</body></html>\n")
    top = plain_top(f, addr("KSCP Business Unit", "kscp@" + KDOM), addr("KSCP practitioner bulletin", "kscp-bulletin@" + KDOM),
                    "7-minute briefing: sexual abuse within the family - hearing it in pieces", when, KDOM,
                    "Microsoft Outlook 16.0", cc=addr("Family First 0-18 Duty Mailbox", KFF),
                    extra=[("List-Id", "KSCP practitioner bulletin <kscp-bulletin.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<https://kscp.knowsley.example/unsubscribe>")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 1,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING VIGNETTE: the partnership's 7-minute briefing on intrafamilial sexual abuse (List-Id, "
        "List-Unsubscribe, no Auto-Submitted -> not an auto_reply) whose example quotes and fictional 'Child C' "
        "('Grandad has a secret game', stays with Grandad every Friday, a mother who says 'it's just tickling') echo "
        "this set's urgent mails; 'fictional case study written for this briefing. It does not describe any real "
        "child'. DESIGN safety rule 1: bulletins that list examples must not trigger the alert. No child, no request "
        "-> other -> human_review, concerns []." + rule("knowsley", "other", False))

def knowsley_08():
    f = "knowsley_08.eml"; when = "2082-05-22 10:31:27"
    body = T("""
Good morning,

Sent on behalf of Rachel Hughes, Family First Case Manager, who is out on visits today.

Please find attached the step up request form and the minutes of this morning's TAF for the Fairclough family, EHM-92876. The step up TAF meeting is Monday 1st June at 1.30pm on Teams (Rachel's invite will come to the MASH inbox and MASH business support separately; the Wednesday was not possible for the school). Rachel's TM, Mark Unsworth, agreed the step up on 19/05/2082 - his agreement is on the form.

Any questions please contact Rachel on 07700 900 674.

Kind regards,
Lisa

Lisa Kaye
Business Support Officer | Family First 0-18 | Knowsley Council
0151 496 0150

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Fairclough.docx", appendix1([
        ("Case ID on EHM:", "EHM-92876"),
        ("Children:", "Kayla Fairclough 09/01/2068; Maddie Fairclough 27/11/2073"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Monday 01/06/2082, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages; Lee (Maddie's dad) does not attend meetings"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 22/05/2082"),
        ("What are we worried about?", "Lee's controlling behaviour towards mum (two police call-outs since March); "
         "Kayla's attendance has fallen to 81% and she is withdrawn and self-isolating at school."),
        ("What is working well?", "Mum is honest with us; Maddie is doing well at school; maternal aunt is a good "
         "support."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Call-outs 14/03/2082 and 02/05/2082; no charges."),
        ("Agreement by line manager:", "Agreed - Mark Unsworth, Team Manager, 19/05/2082"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly TAF, IDVA referral for mum, school "
         "counsellor for Kayla."),
    ]))
    minutes = docx_att("TAF minutes 22.05.2082 - Fairclough.docx", [
        "# Team Around the Family - minutes",
        "Family: Fairclough (EHM-92876). Date: 22/05/2082, 09:00-10:00, Knowsley Park Secondary School.",
        "Present: mum; Rachel Hughes (Family First, chair); Kayla (for the first part); Kayla's head of year; "
        "Ms Begum (school nurse); Maddie's class teacher.",
        "1. Home: mum says things with Lee are 'calmer'; second police call-out on 02/05 discussed.",
        "2. School: Kayla's attendance 81%; she has stopped going to netball and eats lunch alone.",
        "3. Maddie: settled and happy at school.",
        "4. Actions: Rachel to send the step up (agreed by her TM on 19/05) with these minutes.",
        "5. Added at 10:05, after the meeting closed: Kayla (14) asked to speak to Ms Begum on her own. She said "
        "that Lee has been coming into her bedroom at night since Christmas and \"does things I don't want\", the "
        "last time on Wednesday night, and that she can't tell mum because mum \"would never believe me over him\". "
        "She asked if she could go to her friend's tonight instead of home. Ms Begum told her that what she said "
        "has to be passed on. Mum is working a double shift tonight (2pm to 6am) and Lee will be at home with "
        "Kayla and Maddie. Kayla went back to lessons at 10:20. Ms Begum to give this to Rachel.",
    ])
    top = outlook_top(f, addr("Family First Business Support", "familyfirst.businesssupport@" + KDOM),
                      addr("Knowsley MASH", KMASH), "Step up - Fairclough - EHM-92876", when,
                      cc="%s, %s" % (addr("MASH Business Support", KBS), addr("Hughes, Rachel", "Rachel.Hughes@" + KDOM)))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 7,
        "urgent", "step_up", True, None, ["EHM-92876"],
        [ch("Kayla Fairclough", "2068-01-09", "09/01/2068"), ch("Maddie Fairclough", "2073-11-27", "27/11/2073")],
        ["domestic_abuse", "school_attendance", "sexual_harm"], None, True, [], True, "alert_duty",
        "THE DISCLOSURE IS ONLY IN THE ATTACHED TAF MINUTES (DESIGN safety rule 1: 'Every part of every message is "
        "read ... attachments'): business support send a routine step-up on the case manager's behalf; item 5 of the "
        "minutes, added after the meeting, records a 14-year-old telling the school nurse that her stepfather has "
        "been coming into her bedroom at night since Christmas, the last time on Wednesday, that mum 'would never "
        "believe me over him', and that he is alone with both girls tonight while mum works a double shift. No alarm "
        "word anywhere. Urgent -> alert_duty. The step-up itself is complete (form and TAF minutes .docx, EHM id, TM "
        "'agreed the step up', meeting date and time; no neglect / non-engagement / exploitation) and the TAF on Mon "
        "1 June is exactly 5 working days from Fri 22 May across the Spring Bank Holiday (6 plain weekdays) -> notice "
        "ok. Consent not mentioned -> null. Concerns: police call-outs for Lee's controlling behaviour -> "
        "domestic_abuse; 81% -> school_attendance; the disclosure -> sexual_harm." + rule("knowsley", "step_up", True),
        meeting=date(2082, 6, 1), not_children=["Rachel Hughes", "Mark Unsworth", "Lisa Kaye"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2082-04-21 11:03:51"
    body = T("""
Dear MASH,

I am requesting a step up to Children's Services for Isaac Delaney-Frost (DOB 08/05/2075), Mosaic ID: 2890143. Isaac's Early Help worker is Ffion Rees; I am her team manager and I have agreed the step up after our reflective discussion yesterday. The latest case summary will follow tomorrow - Mosaic was down this morning and I couldn't export it.

Rationale for step up
Isaac (6) has been open to Early Help since November for his mum's low income and housing. Since February his school (Beatrix Potter Primary) have logged three drawings that worry them: adult bodies drawn in a sexualised way, and one of "a man in my bed" that Isaac would not say any more about. Over the same weeks he has started soiling at school and has become clingy and tearful at home time. He has not said that anyone has hurt him and no adult has been named. Mum lives alone with Isaac; his only other carers are his maternal grandparents, who have him on Saturdays.

Mum is worried, has been open with us and with school, and has agreed to the step up. Ffion talked it through with the MASH consultation line on 16/04/2082: their advice was that this needs a Child and Family Assessment with a view to considering a strategy discussion, and that there was nothing to suggest an immediate child protection concern. Early Help has taken this as far as it can: we need a social work assessment and, if needed, an ABE-trained worker to speak with Isaac.

Kind regards,

Beatrix Olowe
Early Help Team Manager | Wandsworth West | Richmond and Wandsworth Councils
020 7946 0472

""") + RDISC
    top = outlook_top(f, addr("Olowe, Beatrix", "Beatrix.Olowe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Isaac Delaney-Frost - Mosaic 2890143", when,
                      cc=addr("Rees, Ffion", "Ffion.Rees@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2890143"],
        [ch("Isaac Delaney-Frost", "2075-05-08", "08/05/2075")],
        ["sexual_harm"], True, True, ["case_summary"], None, "request_info",
        "SEXUALISED DRAWINGS LOGGED BY A SCHOOL, STEPPED UP AS PLANNED: three drawings, soiling and clinginess in a "
        "6-year-old; no disclosure, no adult named, a protective mother, and the MASH consultation line found 'nothing "
        "to suggest an immediate child protection concern' -> a current worry (sexual_harm) but not urgent. Richmond "
        "& Wandsworth step-up from the Early Help Team Manager: rationale under its own heading, but THE CASE "
        "SUMMARY 'will follow tomorrow' (nothing attached) -> 'case_summary' missing -> request_info (the 1 WD "
        "invitation waits for it). 'Mosaic ID: 2890143' -> "
        "the bare number. 'Mum ... has agreed to the step up' -> consent true; 'I have agreed the step up' (the "
        "team manager) -> manager true." + rule("richmond_wandsworth", "step_up", False),
        not_children=["Beatrix Olowe", "Ffion Rees"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2082-06-03 13:30:12"
    blocks = [
        "Dear Early Help Duty,",
        "",
        "Further to my call with Jasper Quint this morning, I'm confirming the step-down case discussion for Ava "
        "Mensah-Lloyd (DOB 22/01/2078), Mosaic 2876650: {{Friday 5 June at 10am on Teams}}. The latest case summary "
        "and the draft Early Help plan are attached.",
        "",
        "Mum has given her consent for Early Help to continue the plan, and she would like Ava's nursery family "
        "worker to take on the Lead Professional role if you agree.",
        "",
        ("h", "Why we are stepping out"),
        "We became involved in January when mum's postnatal depression was at its worst after Kofi's birth. Mum is "
        "now well supported by the perinatal team, her medication is settled and the house is calm. What remains is "
        "support with routines and mum's confidence, which Early Help is better placed to give.",
        "",
        ("h", "One thing you may see on the nursery's record"),
        "On 19 May Ava told her key worker at Treetops Nursery that she had \"a secret with Uncle Sam and I can't "
        "tell Mummy\". The nursery DSL, Mrs Harte, followed it up the same day exactly as we'd want: she asked Ava "
        "only \"tell me about the secret\", and Ava said she and Uncle Sam were making \"a video for Mummy's birthday "
        "with singing\". Mrs Harte rang the MASH consultation line and, on their advice, spoke to mum's sister: Uncle "
        "Sam is her husband, and the video was recorded at their house with the cousins, with mum's sister there "
        "throughout. The video was played at mum's birthday on 24 May and Ava was thrilled. The consultation line "
        "recorded no further action, and nothing else has been seen or said at nursery. I mention it only so that "
        "it doesn't come as a surprise.",
        "",
        "Many thanks,",
        "Niamh Costello",
        "Social Worker | Family Support and Protection (Richmond) | Richmond and Wandsworth Councils",
        "020 7946 0588",
        "",
        RDISC.strip(),
    ]
    summary = pdf_att("Case summary - Ava Mensah-Lloyd - 02.06.2082.pdf", "Case summary", [
        "Child: Ava Mensah-Lloyd, DOB 22/01/2078. Mosaic 2876650.",
        "Household: mum, Ava, and baby brother Kofi (5 months).",
        "Reason for involvement: maternal postnatal depression (January 2082).",
        "Current: mum under the perinatal mental health team; medication settled; engaging well.",
        "19/05/2082: nursery log ('a secret with Uncle Sam') - explained (birthday video), NFA by MASH consultation."])
    plan = docx_att("Draft Early Help plan - Ava Mensah-Lloyd.docx", [
        "# Draft Early Help plan",
        "1. Morning and bedtime routines: nursery family worker, weekly visits for 8 weeks.",
        "2. Mum's confidence: Stay and Play group on Tuesdays; perinatal team to continue.",
        "3. Ava: 30 funded hours at Treetops from September."])
    top = outlook_top(f, addr("Costello, Niamh", "Niamh.Costello@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion - Ava Mensah-Lloyd - Fri 5 June 10am", when)
    add(f, word_mail(f, top, blocks, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2876650"],
        [ch("Ava Mensah-Lloyd", "2078-01-22", "22/01/2078")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CHILD'S WORDS EXPLAINED INNOCENTLY AFTER A CHECK: 'a secret with Uncle Sam and I can't tell "
        "Mummy' was followed up the same day with one open question, the MASH consultation line and the aunt: it was a "
        "birthday video recorded with the aunt present, played at the party; NFA recorded, 'nothing else has been "
        "seen or said' -> not urgent, no sexual_harm. Complete Richmond & Wandsworth step-down: case summary .pdf, "
        "draft plan .docx, 'Mum has given her consent for Early Help to continue the plan' -> consent true; the case "
        "discussion agreed with the Early Help duty team manager for Fri 5 June, within 5 days -> book_meeting. "
        "'Mosaic 2876650' -> bare number. Kofi is a baby named by first name only. Mum's postnatal depression -> "
        "parental_mental_health." + rule("richmond_wandsworth", "step_down", False),
        not_children=["Niamh Costello", "Jasper Quint"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2082-06-17 07:52:40"
    text = T("""
Hi,

I don't know if this is the right email, I found it on the council website. Please can someone read this today.

I'm 16 and I'm writing about my little brother Theo Whitlock, he's 8. Last night when I was putting him to bed he told me our stepdad plays a game with him in the bath and it's a secret game and he's not allowed to tell anyone or he'll get in trouble. He said he doesn't like it and he cried. I didn't know what to say, I just told him he did the right thing telling me.

When I told my mum after, she said I was lying and trying to split her and Craig up, and that if I say it to anyone else I can pack my bags. She won't talk about it.

Mum works 7 till 7 on Wednesdays so Craig picks Theo up from school at 3.15 today and it's just them two until mum gets home. I'm at college till 5.

Theo goes to Riverside Primary in Putney, he's in Year 3, Miss Adebayo's class. We live on Oxford Road.

Please don't tell my mum it was me who emailed.

Kez
""")
    h = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % esc(p) for p in text.strip().split("\n\n"))
         + "</div>\n")
    top = plain_top(f, addr("Kez W", "kez.w.smiles@example.com"), RSU, "my little brother", when,
                    "mail.example.com", None)
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Theo Whitlock")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "AN OLDER SISTER'S MAIL BEFORE COLLEGE (07:52): her 8-year-old brother told her last night that their "
        "stepdad 'plays a game with him in the bath and it's a secret game'; MUM DID NOT BELIEVE HER and threatened "
        "to put her out; the stepdad collects him at 3.15 today and is alone with him until 7pm. No alarm word "
        "anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (the MASH duty team in office hours). A young "
        "person's own mail to the first address she found, no step -> other. Theo named in full, age but no DOB; "
        "the sister signs 'Kez' (first name only) and Craig is an adult -> not labelled. sexual_harm."
        + rule("richmond_wandsworth", "other", True))

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2082-06-26 15:45:00"
    body = T("""
Dear Early Help team,

I lead PSHE at Thamesbank Primary in Barnes. This half-term Years 5 and 6 have had the statutory relationships education unit on "Being safe" (families, privacy, good and bad secrets, who to tell), and as always we ran an anonymous question box. This isn't a referral - I'm writing with a request, but I thought it would help to show you the kind of questions we had.

A selection, typed up as written:
- "Whats the difference between a surprise and a secret?"
- "If someone in your family tickles you and you say stop and they dont stop is that allowed?"
- "Can you tell a grown up a secret even if you promised not to?"
- "What does consent mean if your a kid?"
- "Do you get in trouble if you tell on someone in your family?"
- "At what age can you have a girlfriend?"

Our DSL and I read every question together before the lesson, as we always do, and answered them all in class. None of them names anyone or says that something has happened, and they are very much the questions this unit brings up every year - which is the point of it. If a question ever did suggest a child was being hurt, it would go straight to our DSL and to you the same day; nothing this year did.

My request: several parents asked at our information evening how to talk to their own children about body safety at home (the NSPCC PANTS materials came up). Does Early Help run, or know of, a parents' workshop we could host in the autumn term?

Many thanks,

Hannah Okonkwo
PSHE Lead and Year 6 teacher
Thamesbank Primary School, Barnes | 020 7946 0933
""")
    top = outlook_top(f, addr("Okonkwo, Hannah", "h.okonkwo@thamesbank.example.sch.uk"), addr("Early Help Duty", RED),
                      "Relationships education - question box - parents' body safety workshop?", when,
                      mid_domain="thamesbank.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - RELATIONSHIPS-EDUCATION LESSON QUESTIONS: a PSHE lead lists anonymous question-box questions "
        "('If someone in your family tickles you and you say stop ...', 'Do you get in trouble if you tell on "
        "someone in your family?'); the DSL read them all, 'None of them names anyone or says that something has "
        "happened', nothing suggested a child was being hurt. Not urgent. A school's request for a parents' "
        "workshop, no child, no step -> other -> human_review." + rule("richmond_wandsworth", "other", False),
        not_children=["Hannah Okonkwo"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2082-07-09 10:41:03"
    school = T("""
Hi Precious,

Passing on what Lila said to her TA, Miss Kaur, at 9.30 this morning during guided reading. I've put it on CPOMS.

Lila said she doesn't want to go to Grandad's tonight "because he makes me sleep in his bed and do the secret cuddles and I don't like it". Miss Kaur said "thank you for telling me" and asked nothing else. Lila then said it happens "every time I stay" and went back to her book.

Lila stays at her grandad's (mum's father, Mr Alan Cole) every Thursday night because mum works nights at the care home. He collects her from school at 3.15. Today is Thursday.

Mrs Judith Farrow
Deputy Head, Earlsfield Park Primary
020 7946 0761
""")
    worker = T("""
Conor,

As discussed this morning, here is the rationale for stepping Lila up - and please see Judith's email below, which came in at 10.05.

Rationale for step up
Lila (7) has been open to Early Help since January: mum's low mood (GP and Talking Therapies), Lila's attendance at 86% and late collections. The TAF plan has not moved things on, and school have noticed Lila becoming withdrawn since the spring. What she said this morning means she now needs a social work response.

Precious

Precious Nwosu
Early Help Practitioner | Wandsworth South
""")
    body = T("""
MASH Step Up,

Please see below from Lila's school and our worker. I agree this needs to step up to Children's Services - the latest case summary is attached and the rationale is in Precious's email.

Conor Fitzpatrick
Early Help Team Manager | Wandsworth South | Richmond and Wandsworth Councils
020 7946 0219

""") + chain([
        ("Nwosu, Precious <Precious.Nwosu@richmondandwandsworth.gov.uk>", "09 July 2082 10:20",
         "Fitzpatrick, Conor <Conor.Fitzpatrick@richmondandwandsworth.gov.uk>",
         "FW: Lila Andersson-Cole - this morning", worker, None),
        ("Farrow, Judith <j.farrow@earlsfieldpark.example.sch.uk>", "09 July 2082 10:05",
         "Nwosu, Precious <Precious.Nwosu@richmondandwandsworth.gov.uk>",
         "Lila Andersson-Cole - this morning", school, None)]) + "\n" + RDISC
    summary = docx_att("Case summary - Lila Andersson-Cole.docx", [
        "# Early Help case summary",
        "Child: Lila Andersson-Cole, DOB 14/03/2075. Mosaic 2869904.",
        "Household: mum (Sarah Andersson) and Lila. Maternal grandfather has Lila on Thursday nights.",
        "Open to Early Help: 12/01/2082 - mum's low mood, attendance (86%), late collections.",
        "Plan: TAF every 6 weeks; Talking Therapies for mum; breakfast club for Lila.",
        "Worker: Precious Nwosu, Early Help Practitioner."])
    top = outlook_top(f, addr("Fitzpatrick, Conor", "Conor.Fitzpatrick@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Lila Andersson-Cole - Mosaic 2869904", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2869904"],
        [ch("Lila Andersson-Cole", "2075-03-14", "14/03/2075")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], None, True, [], None, "alert_duty",
        "BURIED IN A FORWARD: the Early Help Team Manager's top note is routine ('I agree this needs to step up'); "
        "two blocks down, the deputy head records a 7-year-old's words to her TA this morning - she doesn't want to "
        "go to Grandad's tonight 'because he makes me sleep in his bed and do the secret cuddles', 'every time I "
        "stay' - and grandad collects her at 3.15 today for the night. No alarm word anywhere. DESIGN safety rule 1 "
        "(quoted and forwarded history read) -> urgent -> alert_duty. The step-up is otherwise complete: case summary "
        ".docx, rationale under its own heading in the forwarded text -> missing []. Manager true (the team manager "
        "sends and agrees); consent not mentioned -> null. Child and DOB from the summary; subject 'Mosaic 2869904' "
        "-> bare number. Concerns: mum's low mood -> parental_mental_health; 86% -> school_attendance; the "
        "disclosure -> sexual_harm." + rule("richmond_wandsworth", "step_up", True),
        not_children=["Conor Fitzpatrick", "Precious Nwosu", "Judith Farrow", "Alan Cole", "Sarah Andersson"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2082-07-13 09:15:21"
    body = T("""
Good morning Early Help Duty,

Please can you close our Early Help episode for Jaya Sharma-Pike (DOB 02/09/2070) and Rohan Sharma-Pike (DOB 15/03/2075), Mosaic 2901176 and 2901177. They are now open to Children's Social Care and I'm handing over to the allocated social worker today.

For your records, this is what has happened since Friday:
- On Friday afternoon (10 July) Jaya told her mum that her dad had been touching her when she stayed at his flat. Mum phoned the police straight away and then me.
- MASH held a strategy discussion on Friday at 5pm. Jaya was ABE interviewed on Saturday morning.
- Her dad was arrested on Saturday and released on bail with conditions not to contact Jaya or Rohan directly or indirectly and not to go to the road where they live. Contact has stopped.
- The children live with mum, who believed Jaya straight away and is doing everything that has been asked of her. Both children are at home with her and at school today as normal.
- Section 47 enquiries are under way; the allocated social worker is Rosa Fenn (Assessment Team, Wandsworth), who visited on Sunday.

There is nothing for Early Help to do in the meantime. I'll put my closing summary on Mosaic today and share the TAF history with Rosa.

Many thanks,
Tamsin

Tamsin Achterberg
Early Help Practitioner | Richmond East
020 7946 0650
""")
    top = plain_top(f, addr("Achterberg, Tamsin", "Tamsin.Achterberg@" + RDOM), addr("Early Help Duty", RED),
                    "Please close EH episode - Sharma-Pike children - now open to CSC", when, RDOM,
                    "Mozilla Thunderbird")
    add(f, mail(f, top, body, cte="7bit"), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, ["2901176", "2901177"],
        [ch("Jaya Sharma-Pike", "2070-09-02", "02/09/2070"), ch("Rohan Sharma-Pike", "2075-03-15", "15/03/2075")],
        ["sexual_harm"], None, None, [], None, "human_review",
        "NEAR MISS - A DISCLOSURE ALREADY DEALT WITH: an 11-year-old's disclosure about her father on Friday led to a "
        "strategy discussion the same day, an ABE interview, his arrest and bail conditions of no contact and not "
        "to go to the road; the children are with a believing, protective mother; s47 under way with an allocated "
        "social worker who has visited. Everything a duty social worker would do today has been done -> not urgent. "
        "A request to close an Early Help episode, no step -> other -> human_review. The allegation is recent and "
        "under investigation (not historic) -> sexual_harm. 'Mosaic 2901176 and 2901177' -> bare numbers. Plain-text "
        "Thunderbird mail." + rule("richmond_wandsworth", "other", False),
        not_children=["Tamsin Achterberg", "Rosa Fenn"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2082-05-14 10:02:44"
    ack = ["Thank you - your step-down request has been received.", "",
           "Reference: SB-richmond_wandsworth-3318",
           "Case: Mosaic 2884012",
           "Children: Malachi Baptiste (04/04/2070), Grace Baptiste (01/12/2074)",
           "Step-down case discussion: Friday 15 May 2082, 14:00 (Microsoft Teams)", "",
           "What is missing:", "- confirmation that the family consent to Early Help continuing the plan", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = T("""
Hi,

Update for Friday's discussion: I saw mum yesterday afternoon and she has agreed to Early Help continuing the plan - she signed the consent section of the plan while I was there, scan attached. Malachi was there too and is happy with it.

Yusuf

Sent from my iPad

On 11 May 2082, at 14:27, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + stepbot_ack("SB-richmond_wandsworth-3318", ack)
    consent = pdf_att("Consent - Baptiste - 13.05.2082.pdf", "Early Help plan - consent", [
        "Children: Malachi Baptiste (04/04/2070), Grace Baptiste (01/12/2074). Mosaic 2884012.",
        "I agree to Early Help continuing the plan with my family and to information being shared with the "
        "professionals named in it.",
        "Signed: J. Baptiste (mother)     Date: 13/05/2082"])
    top = plain_top(f, addr("Demir, Yusuf", "Yusuf.Demir@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-3318] Step-down request received - Mosaic 2884012", when, RDOM,
                    "iPad Mail (21F90)",
                    extra=[("In-Reply-To", msgid("richmond_wandsworth_08.eml-ack", "stepbot.invalid"))])
    add(f, iphone_mail(f, top, text, [consent]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2884012"],
        [ch("Malachi Baptiste", "2070-04-04", "04/04/2070"), ch("Grace Baptiste", "2074-12-01", "01/12/2074")],
        [], True, None, [], None, "attach_to_request",
        "iPad reply to [SB-richmond_wandsworth-3318] (richmond_wandsworth_08's step-down) adding the consent that "
        "was missing: 'she has agreed to Early Help continuing the plan' and a signed .pdf -> consent true. The "
        "acknowledgement is quoted with '>' and its 'What is missing:' line is stepbot's. DESIGN: follow_up -> "
        "attach_to_request, missing []. Children, DOBs and the Mosaic id from the quoted acknowledgement and the "
        "form; nothing of concern added." + rule("richmond_wandsworth", "follow_up", False),
    )

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2082-05-11 14:20:09"
    body = T("""
Dear Early Help Duty Team Manager,

Following our phone call this morning, I'm confirming the step-down case discussion for the Baptiste children on Friday 15 May at 2pm (Teams). The latest case summary and the draft plan for Early Help are attached.

Malachi Baptiste - 04/04/2070 - Mosaic 2884012
Grace Baptiste - 01/12/2074

Summary: the children have been on a CIN plan since October because of mum's bipolar disorder and a hospital admission in the autumn. Mum has been well since January under the community mental health team and has a crisis plan. Malachi (12) still does a lot at home for mum and for Grace and has been referred to the young carers' service.

Consent: I haven't been able to ask mum about Early Help yet - she was unwell with flu when I visited last week. I'm seeing her on Wednesday and will ask her then.

Thanks,
Yusuf

Yusuf Demir
Social Worker | Children in Need (Wandsworth North) | Richmond and Wandsworth Councils
020 7946 0315

""") + RDISC
    summary = docx_att("Case summary - Baptiste - May 2082.docx", [
        "# Case summary",
        "Children: Malachi Baptiste (04/04/2070), Grace Baptiste (01/12/2074). Mosaic 2884012.",
        "Mum: bipolar disorder; admission October 2081; well since January under the CMHT; crisis plan in place.",
        "Malachi: young carer; referral to the young carers' service 20/04/2082.",
        "CIN plan since 14/10/2081."])
    plan = docx_att("Draft Early Help plan - Baptiste.docx", [
        "# Draft plan for Early Help",
        "1. Young carers' service for Malachi (weekly group).",
        "2. Family support worker: routines and respite for mum, fortnightly.",
        "3. Grace: school nurse drop-in; after-school club funded for a term."])
    top = outlook_top(f, addr("Demir, Yusuf", "Yusuf.Demir@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Baptiste children - case discussion Fri 15 May 2pm", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2884012"],
        [ch("Malachi Baptiste", "2070-04-04", "04/04/2070"), ch("Grace Baptiste", "2074-12-01", "01/12/2074")],
        ["parental_mental_health", "young_carer"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with the case summary and draft plan attached (.docx) and the case "
        "discussion agreed for Fri 15 May, within 5 days of the contact. CONSENT STILL TO BE ASKED ('I haven't been "
        "able to ask mum ... will ask her then') -> null (DESIGN: null when still to be asked) -> 'consent' missing "
        "-> request_info (richmond_wandsworth_07 brings it). Mum's bipolar disorder -> parental_mental_health; "
        "Malachi caring -> young_carer. Mosaic id written once, after Malachi's DOB." + rule("richmond_wandsworth", "step_down", False),
        not_children=["Yusuf Demir"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2082-06-05 21:32:18"
    text = T("""
Assalamu alaikum,

Sorry my English is not good. I am auntie of Sumaiya Khatun, she is 10 year, birthday 12-02-2072. She live with my sister (her mother) and her two small brother in Bow, the flat on Roman Road.

Today evening Sumaiya phone me crying from the bathroom. She tell me the uncle who come from Bangladesh, he stay in the flat 3 week now, he sleep in the children room. She say in the night he come in her bed and touch her body under her clothes, and he say if she tell anybody he will take her to Bangladesh and she never see her mummy again. She say it is every night.

I tell my sister on the phone. My sister is very angry with me, she say Sumaiya is lying, this is family matter, don't make shame for the family. She not believe her. The uncle is there now tonight, he is sleeping there again in the children room.

I cannot go there, my husband say don't interfere. I find this email on the council page. Please somebody help Sumaiya tonight, I am very scared for her.

My phone 07700 900 283. Please don't tell my sister I write to you.

Rukhsana
""")
    top = plain_top(f, addr("Rukhsana B", "rukhsana.b.home@example.com"), addr("Early Help Hub", TEH),
                    "Please help my niece Sumaiya", when, "mail.example.com", None)
    add(f, build(top, text_part(text, cte="base64"), False), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Sumaiya Khatun", "2072-02-12", "12-02-2072")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "AN AUNT WRITING IN ENGLISH THAT IS NOT HER FIRST LANGUAGE, AT 21:32 ON A FRIDAY: her 10-year-old niece rang "
        "her crying from the bathroom - a visiting uncle who sleeps in the children's room 'come in her bed and touch "
        "her body under her clothes', 'every night', with a threat to take her abroad; MUM DOES NOT BELIEVE HER "
        "('family matter, don't make shame') and he is there tonight. No alarm word anywhere. DESIGN safety rule 1 "
        "-> urgent -> alert_duty (MAST's out-of-hours emergency line at this hour). A relative's report, no step -> "
        "other. DOB written dd-mm-yyyy; the brothers are unnamed. sexual_harm. A phone mail: one base64 text/plain "
        "part, LF." + rule("tower_hamlets", "other", True))

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2082-07-06 15:58:30"
    nursery = T("""
Shanice,

As promised on the phone, here is what Amelia's key worker recorded today (also on our log).

14:10 - During free drawing Amelia drew what she said was "me and Kev in mummy's bed". Her key worker, Jade Pearce, said "tell me about your picture". Amelia said: "Kev does the sleeping game when mummy's at work. It's a secret. He gives me chocolate buttons." She then said "don't tell" and went to the sand tray. Jade did not ask anything else. The picture has been kept and photographed.

This is the second time. On 22 June Amelia told another practitioner that "Kev's game is naughty"; that was logged and I was going to raise it with you at Thursday's TAF.

Kev (Kevin Doyle) is mum's partner and lives with them. Mum works 4pm to 11pm at the Westfield store, and Kev collects Amelia from us at 5.30pm every day and has her until mum gets home.

Donna Ferreira
Manager and DSL, Rainbow Tree Nursery, Limehouse
020 7946 0477
""")
    body = T("""
MAST,

Step up request for Amelia Foster (DOB 05/10/2078), Mosaic 2913380 - MARF attached. Please see the nursery's note below. I've rung the MAST line twice in the last 20 minutes and it's engaged, so I'm sending this as well and will keep trying.

My manager, Delroy Hinds, has read this and agreed the step up. I haven't spoken to mum yet.

Shanice Campbell
Early Help Family Practitioner | Limehouse & Poplar Locality | Tower Hamlets Council
020 7946 0362 | 07700 900 951

""") + chain([
        ("Donna Ferreira <manager@rainbowtree.example.co.uk>", "06 July 2082 15:20",
         "Campbell, Shanice <Shanice.Campbell@towerhamlets.gov.uk>", "Amelia F - today", nursery, None)]) + "\n" + TDISC
    marf = pdf_att("MARF - Amelia Foster - 06.07.2082.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Amelia Foster. DOB: 05/10/2078. Mosaic: 2913380.",
        "Address: Limehouse, E14. Household: mum (Chloe Foster); mum's partner Kevin Doyle.",
        "Referrer: Shanice Campbell, Early Help Family Practitioner. Manager: Delroy Hinds (agreed 06/07/2082).",
        "Reason: nursery records of 22/06 and 06/07/2082 (child's words and drawing) - see covering email.",
        "Parent aware of referral: No (not yet spoken to)."])
    top = outlook_top(f, addr("Campbell, Shanice", "Shanice.Campbell@" + TDOM), addr("MAST", TMAST),
                      "Step up - Amelia Foster (3) - Mosaic 2913380 - nursery note today", when,
                      cc=addr("Hinds, Delroy", "Delroy.Hinds@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2913380"],
        [ch("Amelia Foster", "2078-10-05", "05/10/2078")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "A DRAWING AND A 3-YEAR-OLD'S WORDS RECORDED BY NURSERY, FORWARDED: 'me and Kev in mummy's bed', 'Kev does "
        "the sleeping game when mummy's at work. It's a secret', the second such log in two weeks; mum's partner "
        "lives there and collects her at 5.30pm today, alone with her until 11pm. No alarm word anywhere. DESIGN "
        "safety rule 1 -> urgent -> alert_duty (seed 001: contact MAST, then the MARF). The MAST step-up is "
        "otherwise complete (MARF .pdf attached; 'My manager ... agreed the step up' -> manager true) -> missing []. "
        "'I haven't spoken to mum yet' -> consent null (not a Tower Hamlets step-up requirement). sexual_harm."
        + rule("tower_hamlets", "step_up", True),
        not_children=["Shanice Campbell", "Delroy Hinds", "Donna Ferreira", "Jade Pearce", "Kevin Doyle", "Chloe Foster"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2082-05-21 11:15:00"
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
         "<p>Hello,</p>\n"
         "<p>I manage Little Explorers, a private day nursery in Poplar. <b>This is not a referral</b> - I'd just "
         "value some advice, and to ask about a parents' session.</p>\n"
         "<p>Last Tuesday two of our four-year-olds (a boy and a girl, both in our Pre-School room) were found in "
         "the toilets together looking at each other's bottoms and asking why they are different. Staff dealt with "
         "it calmly: they reminded them about privacy and that our pants cover our private parts, and redirected "
         "them. Neither child was upset, nothing else happened, and there has been nothing similar before or since. "
         "Both sets of parents were told at pick-up the same day.</p>\n"
         "<p>Our DSL and I looked at it against the Brook Traffic Light Tool: it is a <span style=\"color:#2E7D32\">"
         "<b>green</b></span> behaviour - normal, age-appropriate curiosity between children of the same age, "
         "mutual and light-hearted. Nothing either child said or did suggests that anyone has hurt them, and we "
         "have no worries about either family. We've recorded it and closed it.</p>\n"
         "<p>One of the mums asked whether there is anything to help parents talk to little ones about body "
         "safety. Do you run, or know of, a session we could host for our parents?</p>\n"
         "<p>Many thanks,<br>\nBethany Lowe<br>\nNursery Manager, Little Explorers Day Nursery, Poplar<br>\n"
         "020 7946 0814</p>\n</body></html>\n")
    top = plain_top(f, addr("Bethany Lowe", "manager@littleexplorers.example.co.uk"), addr("Early Help Hub", TEH),
                    "Advice please - not a referral - two 4-year-olds in the toilets", when,
                    "littleexplorers.example.co.uk", "Microsoft Outlook 16.0")
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AGE-APPROPRIATE CURIOSITY: two 4-year-olds looking at each other in the nursery toilets, handled "
        "calmly, parents told the same day, rated 'green' on the Brook Traffic Light Tool ('normal, age-appropriate "
        "curiosity'), 'Nothing either child said or did suggests that anyone has hurt them' -> not urgent, no "
        "sexual_harm. HTML-only mail from a private nursery asking for advice and a parents' session, 'not a "
        "referral', no child named -> other -> human_review." + rule("tower_hamlets", "other", False),
        not_children=["Bethany Lowe"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2082-06-24 10:30:12"
    ack = ack_text("step-down", "SB-tower_hamlets-4471", [
        "Case: Mosaic 2907745", "Children: Yasmin Chowdhury (03/03/2070), Idris Chowdhury (17/08/2074)",
        "TAF meeting: Thursday 2 July 2082, 14:00 (Stepney Green Family Hub)"], [])
    original = T("""
Dear Early Help Hub,

Step down to Early Help for Yasmin and Idris Chowdhury (Mosaic 2907745) following the Child and Family Assessment, completed 19/06/2082. I will chair the TAF on Thursday 2 July at 2pm at Stepney Green Family Hub. The assessment and the draft TAF plan are attached. Mum consented to the step down at my visit on 19/06. The Lead Practitioner will be Mr Imran Haq, Learning Mentor, Bow Secondary School.

What we are worried about: Yasmin's attendance (79%) and mum's depression since the children's father left.

Disclosure 19/06: M (9) told her class teacher that her mum's boyfriend had "done rude things" to her. Strategy discussion held 19/06 (their MASH); boyfriend arrested, on bail, no contact; child with mum.

Kind regards,
Nasreen Akhtar
""")
    body = T("""
Hi,

Please disregard the paragraph headed "Disclosure 19/06" in my step-down email yesterday (quoted below) - I pasted it from another family's case notes by mistake, and I'm sorry for any worry it caused.

That paragraph is about a different child, in another borough, who is not known to Tower Hamlets. It was dealt with by that borough's MASH last week: the strategy discussion was held on 19/06, the man is on bail with no-contact conditions and the child is safe with her mother. Nothing of that kind has been said by or about Yasmin or Idris.

Everything else in my email stands: our worries for Yasmin and Idris are Yasmin's school attendance and mum's mental health, and the TAF on 2 July goes ahead.

Nasreen

Nasreen Akhtar
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0290
""") + chain([
        ("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "23 June 2082 16:41",
         "Akhtar, Nasreen <Nasreen.Akhtar@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-4471] Step-down request received - Mosaic 2907745", ack, None),
        ("Akhtar, Nasreen <Nasreen.Akhtar@towerhamlets.gov.uk>", "23 June 2082 16:38",
         "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>",
         "Step down - Yasmin and Idris Chowdhury - TAF 2 July", original, None)]) + "\n" + TDISC
    top = outlook_top(f, addr("Akhtar, Nasreen", "Nasreen.Akhtar@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-4471] Step-down request received - Mosaic 2907745 - CORRECTION", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["2907745"],
        [ch("Yasmin Chowdhury", "2070-03-03", "03/03/2070"), ch("Idris Chowdhury", "2074-08-17", "17/08/2074")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "attach_to_request",
        "NEAR MISS - SOMEONE ELSE'S CASE: a social worker's correction to her own step-down [SB-tower_hamlets-4471]: "
        "the quoted 'Disclosure 19/06' paragraph (a 9-year-old, 'M', and her mum's boyfriend) was pasted from another "
        "family's notes by mistake - another borough's child, already dealt with (strategy discussion, bail with "
        "no-contact conditions, child safe with her mother); 'Nothing of that kind has been said by or about Yasmin "
        "or Idris'. Not urgent, no sexual_harm for this family. A reply to the acknowledgement -> follow_up -> "
        "attach_to_request, missing []. Children and DOBs from the quoted acknowledgement; 'Mosaic 2907745' -> bare "
        "number. 'Mum consented to the step down' is in the quoted original request (facts are read from the whole "
        "message, quoted history included) -> consent true. The worries she restates -> "
        "parental_mental_health, school_attendance." + rule("tower_hamlets", "follow_up", False),
        not_children=["Nasreen Akhtar", "Imran Haq"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2082-04-16 14:00:27"
    body = T("""
Dear Early Help Hub,

I'm stepping Musa down to Early Help as the outcome of his Child and Family Assessment, which concluded on 14/04/2082.

Child: Musa Rahman, DOB 14/09/2073 (8), Mosaic 2899321
TAF meeting: Tuesday 28 April at 10am at Stepney Green Primary School (I will chair it)
Lead Practitioner: Mrs Sabina Ahmed, Family Support Worker, Stepney Green Primary School (s.ahmed@stepneygreen.example.sch.uk)

Dad has consented to the step down to Early Help and met Mrs Ahmed with me on Tuesday. My team manager, Halima Sultana, has signed off the step down.

The C&F assessment and the draft TAF plan are attached. In short: since Musa's mum died last year dad has been drinking heavily; he has been attending Reset since January and is much more stable. Musa's attendance is 88% and he is often late. There are no concerns about Musa's safety at home.

Thanks,
Daniel

Daniel Osei
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0247

""") + TDISC
    cfa = pdf_att("C&F Assessment - Musa Rahman - completed 14.04.2082.pdf", "Child and Family Assessment - summary", [
        "Child: Musa Rahman, DOB 14/09/2073. Mosaic 2899321. Assessment concluded: 14/04/2082.",
        "Father: alcohol use after bereavement (June 2081); engaging with Reset since 12/01/2082.",
        "School: attendance 88%, frequent lateness.",
        "Outcome: step down to Early Help; TAF with the school's family support worker as Lead Practitioner."])
    plan = docx_att("Draft TAF plan - Musa Rahman.docx", [
        "# Draft TAF plan",
        "1. Attendance and punctuality: morning check-in with Mrs Ahmed; breakfast club.",
        "2. Dad: continue with Reset; bereavement support through the GP.",
        "3. Musa: bereavement group at school (Tuesdays)."])
    top = outlook_top(f, addr("Osei, Daniel", "Daniel.Osei@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Musa Rahman - TAF Tues 28 April", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2899321"],
        [ch("Musa Rahman", "2073-09-14", "14/09/2073")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down, sent in the school Easter holidays: C&F assessment .pdf, draft TAF plan "
        ".docx, 'Dad has consented to the step down to Early Help', a Lead Practitioner with her agency -> "
        "book_meeting (the social worker chairs the TAF on Tue 28 April: 8 working days after the assessment "
        "concluded on Tue 14 April once Good Friday and Easter Monday are excluded, inside seed 001's 10 WD). 'has signed off the step down' -> manager true. "
        "Dad's drinking -> substance_misuse; 88% -> school_attendance. 'There are no concerns about Musa's safety' "
        "-> nothing more." + rule("tower_hamlets", "step_down", False),
        not_children=["Sabina Ahmed", "Daniel Osei", "Halima Sultana"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2082-05-12 16:20:44"
    body = T("""
Hello MAST,

I'd like to ask MAST to consider a step up for Ruby Kowalski-Hart (DOB 28/04/2073, Mosaic 2910057). The MARF is attached.

Ruby (9) has been open to Early Help since last year for her mum's housing and money worries. Since her contact with her dad's family started again in March (alternate weekends at her paternal grandparents' house, where her dad and his brother also stay), mum and school have noticed: bedwetting most nights after contact, nightmares, refusing to change for PE, and on 8 May she told mum "I don't want to go to Nana's, Uncle's there". She has not said that anyone has hurt her.

Mum is worried and has agreed to the referral to MAST. She has decided not to send Ruby for the next contact weekend (22-24 May) until she has had advice, and Ruby is with mum every night.

My manager, Olu Bankole, does not agree that this should step up yet - he would like us to hold a TAF with dad's family first, and he has not signed off the MARF. Mum and I are worried enough that I'm sending it anyway for MAST's view, as the next contact weekend is only ten days away.

Kind regards,
Aisha

Aisha Mahmood
Early Help Family Practitioner | Bethnal Green Locality | Tower Hamlets Council
020 7946 0583

""") + TDISC
    marf = pdf_att("MARF - Ruby Kowalski-Hart.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Ruby Kowalski-Hart. DOB 28/04/2073. Mosaic 2910057.",
        "Parent: mum (Anna Kowalski) - aware of and agrees to this referral.",
        "Concerns: behaviour changes after alternate-weekend contact at paternal grandparents' (since March 2082).",
        "Referrer: Aisha Mahmood, Early Help Family Practitioner. Manager sign-off: not agreed (Olu Bankole, 12/05/2082)."])
    top = outlook_top(f, addr("Mahmood, Aisha", "Aisha.Mahmood@" + TDOM), addr("MAST", TMAST),
                      "MAST step up request - Ruby Kowalski-Hart - Mosaic 2910057", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2910057"],
        [ch("Ruby Kowalski-Hart", "2073-04-28", "28/04/2073")],
        ["sexual_harm"], True, False, ["manager_agreed"], None, "request_info",
        "A TOWER HAMLETS STEP-UP ON BEHAVIOURAL SIGNS, WITH NO DISCLOSURE: bedwetting, nightmares and 'I don't want to "
        "go to Nana's, Uncle's there' after alternate-weekend contact; no disclosure; mum protective, Ruby at home "
        "with her every night, the next contact ten days away and not going ahead -> a current worry (sexual_harm) "
        "but no immediate risk -> not urgent. MARF .pdf attached -> request_for_support met. MANAGER DISAGREES ('My "
        "manager ... does not agree that this should step up yet ... has not signed off the MARF') -> false -> "
        "'manager_agreed' missing -> request_info. 'Mum ... has agreed to the referral to MAST' -> consent true." + rule("tower_hamlets", "step_up", False),
        not_children=["Aisha Mahmood", "Olu Bankole", "Anna Kowalski"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2082-04-24 09:10:05"
    data = google_reply(f, when, "Sabina Ahmed", "s.ahmed@stepneygreen.example.sch.uk",
                        ("Early Help Hub", TEH), "ACCEPTED",
                        "TAF meeting - Rahman - Mosaic 2899321 [SB-tower_hamlets-4390]",
                        "20820428T090000Z", "20820428T103000Z", "Stepney Green Primary School",
                        "Tue 28 Apr 2082 10am - 11:30am (BST)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2899321"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Lead "
        "Practitioner for tower_hamlets_05's TAF (Tue 28 April, times in UTC: 09:00Z = 10:00 BST); SUMMARY 'Mosaic "
        "2899321' -> the bare number; only the surname, so no child. record_reply." + rule("tower_hamlets", "meeting_reply", False))

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2082-07-17 11:20:40"
    body = T("""
Thank you for your email.

I am out of school on the Year 6 residential trip until Monday 20 July and will have very limited access to email.

If your message is about a disclosure a child has made, or you think a child is at risk of harm today, please do not wait for me: contact our Deputy DSL, Mr Karim, on 020 7946 0118, or MAST on 0207 364 5606 / 5601 (out of hours, emergencies only, 0207 364 4079). In an emergency always call 999.

For anything else I will reply when I am back.

Mrs Shirin Malik
Assistant Head and Designated Safeguarding Lead
Bow Green Primary School
""")
    top_body = body
    data = ooo(f, when, "Shirin Malik", "s.malik@bowgreen.example.sch.uk", addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-4502] Invitation: TAF meeting", top_body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - A SCHOOL DSL'S OUT-OF-OFFICE ('Automatic reply:', Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress: All) to a stepbot invitation: its 'disclosure a child has made', 'at risk of harm "
        "today', MAST's numbers and 999 are boilerplate about no child. DESIGN safety rule 2 -> auto_reply -> "
        "ignore; not urgent." + rule("tower_hamlets", "auto_reply", False))

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2082-04-22 10:15:02"
    body = T("""
Hello Early Help,

Please may I have a triage slot for the Luxton children, LCS-3481207, to step down to a level 3 Early Help response following my Single Assessment.

Poppy Luxton - 30/06/2070 (11)
Bodhi Luxton - 15/11/2078 (3)

As Bodhi is 3 I understand this will go to the under-5s triage.

The Single Assessment is attached; my analysis and the rationale for stepping down are in section 7, and my team manager's analysis confirming the threshold for level 3 intervention is met is in section 8. Mum has given her consent for level 3 Early Help - she is keen to keep working with the family hub.

In brief: the referral in February was about home conditions and Bodhi's missed health appointments. The home is much improved and Bodhi's immunisations are up to date, but things still slip when mum's shifts change - Bodhi missed his dental check last month and the kitchen was bare again at my last visit. Mum is using the hub's stay-and-play. What needs to continue is the routines work and support with Poppy's secondary transfer.

Thanks,
Kerensa

Kerensa Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960 318

""") + BDISC
    sa = pdf_att("Single Assessment - Luxton - April 2082.pdf", "Single Assessment - Luxton (LCS-3481207)", [
        "Children: Poppy Luxton (30/06/2070), Bodhi Luxton (15/11/2078).",
        "Section 7 - Social worker's analysis: home conditions improved; routines fragile; no level 4 need. "
        "Recommend step down to level 3 Early Help.",
        "Section 8 - Team Manager's analysis: I agree with the analysis and confirm the threshold for level 3 "
        "intervention is met. Petroc Hambly, Team Manager, 20/04/2082.",
        "Consent: mum consents to level 3 Early Help (20/04/2082)."])
    top = outlook_top(f, addr("Trewin, Kerensa", "Kerensa.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Luxton - LCS-3481207", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3481207"],
        [ch("Poppy Luxton", "2070-06-30", "30/06/2070"), ch("Bodhi Luxton", "2078-11-15", "15/11/2078")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team: Single Assessment .pdf with the team manager's "
        "analysis 'confirm the threshold for level 3 intervention is met' -> manager true; 'Mum has given her "
        "consent for level 3 Early Help' -> consent true; 'level 3' written -> level 3 -> book_meeting. Bodhi is 3 "
        "-> the fortnightly under-5s triage (Tue 28 April is one, within 5 WD; torbay_07 accepts it). Home "
        "conditions that 'still slip', a missed dental check, a bare kitchen -> neglect (current, if improved)."
        + rule("torbay", "step_down", False),
        not_children=["Kerensa Trewin", "Petroc Hambly"])

def torbay_02():
    f = "torbay_02.eml"; when = "2082-06-23 12:50:33"
    body = T("""
Contact to MASH

Child: Ruby-Jean Hext, DOB 09/05/2080 (2 years)
Address: Winner Street, Paignton
Mother: Chantelle Hext
GP: Paignton Harbour Surgery

Reason for contact
Planned 2-year development review home visit today at 11:00. Mother was not at home; she is working at the garden centre until 18:00. Ruby-Jean was being cared for alone by an adult male who introduced himself as "Chantelle's fella, Gary" and said he had moved in three weeks ago. Review not completed; I left at 11:15.

On my return to base I telephoned mother (11:45) to rebook. When I asked about Gary she told me that he "is on the sex offenders register for something years ago with a girl", that "he's done his time", and that she has not told anyone he is living with them because "they'd only make a fuss". She became angry and ended the call.

Observations: Ruby-Jean appeared clean and appropriately dressed. The flat was tidy. Gary was calm and polite. I did not see him with Ruby-Jean for long enough to comment on the care given.

Current situation: Ruby-Jean is in Gary's sole care until at least 18:00 today, and he is living in the household. I have no further details of Gary (surname not known) and have not been able to check his offence or any conditions he is under.

Action taken: discussed at 12:20 with the Named Nurse for Safeguarding Children, who advised a contact to MASH by phone and email today. Phoned MASH at 12:40 - in the queue. Health records updated.

Morwenna Pascoe
Health Visitor, Paignton 0-19 Team
Torbay and South Devon Health Visiting Service
01632 960 742
""")
    top = outlook_top(f, addr("Pascoe, Morwenna", "morwenna.pascoe@nhs-torbay.example.net"), addr("MASH", BMASH),
                      "Contact to MASH - Ruby-Jean Hext (2y) - mother's partner in the home", when,
                      mid_domain="nhs-torbay.example.net")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ruby-Jean Hext", "2080-05-09", "09/05/2080")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A HEALTH VISITOR'S CLINICAL CONTACT: a 2-year-old found alone in the sole care of mum's new partner, who "
        "moved in three weeks ago; mum says he is on the sex offenders register 'for something years ago with a "
        "girl' and has told no one he lives there; he has the child until at least 6pm today; offence and conditions "
        "unknown. A duty social worker would act today (police checks, a visit) -> urgent -> alert_duty. The health "
        "visitor's 'Named Nurse for Safeguarding Children' is the only alarm word. A health partner's contact, not the lead professional's step-up -> other. Mother "
        "'Chantelle Hext' shares the child's surname and is an adult. sexual_harm." + rule("torbay", "other", True),
        not_children=["Chantelle Hext", "Morwenna Pascoe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2082-07-10 13:20:50"
    body = T("""
Hello Early Help,

Please may I have a triage slot for Maisie Vosper (DOB 17/03/2075), LCS-3490871, to step down to level 3 Early Help. The Single Assessment is attached with my analysis and my team manager's analysis confirming the threshold for level 3 is met. Mum has consented to level 3 Early Help.

Maisie (7) came to us in May after mum's overdose. Mum is now well, seeing the community mental health team weekly and has a crisis plan; Maisie's attendance has dropped to 85% since Easter and she needs help with routines and with her worries about mum.

Kind regards,

Jago Penhallow
Social Worker | Single Assessment Team | Torbay Council
01632 960 355

PS - as I was about to send this, Maisie's school rang. At lunchtime Maisie told her teaching assistant, Mrs Dart, that she doesn't want to go to Grandad's tonight because "Grandad plays the secret game in my bed and I don't like it. I'm not allowed to tell Mummy." Mrs Dart wrote it down and asked nothing else. Maisie stays at her grandad's (mum's dad, Derek Vosper) every Friday night while mum works a night shift at the care home, and he collects her from school at 3.15. I'm trying to reach mum and am ringing MASH now as well.

""") + BDISC
    sa = pdf_att("Single Assessment - Maisie Vosper.pdf", "Single Assessment - Maisie Vosper (LCS-3490871)", [
        "Child: Maisie Vosper, DOB 17/03/2075.",
        "Social worker's analysis: mum's mental health stable with CMHT support; attendance 85%; recommend level 3.",
        "Team Manager's analysis: threshold for level 3 intervention is met - Lowena Craze, 08/07/2082.",
        "Consent: mum consented to level 3 Early Help on 09/07/2082."])
    top = outlook_top(f, addr("Penhallow, Jago", "Jago.Penhallow@" + BDOM), addr("Early Help", BEH),
                      "Step down - triage slot - Maisie Vosper - LCS-3490871", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["LCS-3490871"],
        [ch("Maisie Vosper", "2075-03-17", "17/03/2075")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], True, True, [], None, "alert_duty",
        "A P.S. ON A ROUTINE STEP-DOWN: at lunchtime a 7-year-old told her TA she doesn't want to go to Grandad's "
        "tonight because 'Grandad plays the secret game in my bed ... I'm not allowed to tell Mummy'; she stays there "
        "every Friday night and he collects her at 3.15 - today is Friday. No alarm word anywhere. DESIGN safety rule "
        "1 (every part read) -> urgent -> alert_duty. The step-down itself is complete (Single Assessment .pdf with "
        "the TM's analysis 'threshold for level 3 is met' -> manager true; 'Mum has consented to level 3 Early "
        "Help' -> consent true; level 3 written) -> missing []. Concerns: mum's mental health -> "
        "parental_mental_health; 85% -> school_attendance; the disclosure -> sexual_harm."
        + rule("torbay", "step_down", True),
        not_children=["Jago Penhallow", "Derek Vosper", "Lowena Craze"])

def torbay_04():
    f = "torbay_04.eml"; when = "2082-06-02 14:40:16"
    blocks = [
        "Hello Early Help,",
        "",
        "I would like a triage slot to step the Coombe children down to Early Help after our Single Assessment.",
        "",
        ("table", [
            ["Child", "DOB", "LCS"],
            ["Harley Coombe", "21/08/2072", "LCS-3485533"],
            ["Mia Coombe", "02/02/2076", "(same episode)"],
        ]),
        "",
        ("h", "Why we were involved"),
        "In April the police made a disclosure to mum under the Child Sex Offender Disclosure Scheme about her new "
        "partner, a registered sex offender (offences against a child, 2070). Mum ended the relationship that day, "
        "14 April, before he had met the children - she had only ever seen him in town on her nights out. The police have "
        "confirmed that he lives in Plymouth, is managed under MAPPA, is prohibited by his conditions from contact "
        "with children, and has had no contact with mum or the children since 14 April. This is what our Single "
        "Assessment was about: we are satisfied that the children are not at risk from him, and mum acted "
        "protectively and quickly.",
        "",
        ("h", "What remains"),
        "Mum's low mood since the break-up and money worries; Harley's attendance is 86%. The Single Assessment "
        "(attached) has my analysis; my team manager, Petroc Hambly, hasn't added his manager's analysis yet - he "
        "is on leave until Monday 8 June and will look at it then.",
        "",
        ("h", "Consent"),
        "Mum said she'd think about Early Help over the weekend and let me know - I'll chase her on Thursday.",
        "",
        "Thanks,",
        "Demelza",
        "",
        "Demelza Rowe",
        "Social Worker | Single Assessment Team | Torbay Council",
        "01632 960 391",
        "",
        BDISC.strip(),
    ]
    sa = pdf_att("Single Assessment - Coombe - May 2082.pdf", "Single Assessment - Coombe (LCS-3485533)", [
        "Children: Harley Coombe (21/08/2072), Mia Coombe (02/02/2076).",
        "Social worker's analysis: disclosure scheme information acted on; no contact since 14/04/2082; no level 4 "
        "need. Remaining needs: mum's low mood, attendance.",
        "Team Manager's analysis: [to be completed]"])
    top = outlook_top(f, addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Coombe - LCS-3485533", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["LCS-3485533"],
        [ch("Harley Coombe", "2072-08-21", "21/08/2072"), ch("Mia Coombe", "2076-02-02", "02/02/2076")],
        ["parental_mental_health", "school_attendance"], None, None, ["consent", "manager_agreed"], None, "request_info",
        "NEAR MISS - A PARENT'S NEW PARTNER ON THE REGISTER, ALREADY ACTED ON: a disclosure-scheme warning in April, "
        "mum ended the relationship that day before he met the children, he lives in Plymouth under MAPPA with a "
        "no-contact condition, no contact since 14 April, 'we are satisfied that the children are not at risk from "
        "him' -> resolved: not urgent, no sexual_harm. Word HTML mail with a table (the LCS id in a cell). Torbay "
        "step-down: Single Assessment .pdf attached -> assessment met, but MANAGER AGREEMENT PENDING (the TM 'hasn't "
        "added his manager's analysis yet ... will look at it then'; the PDF's section reads '[to be completed]') -> "
        "null -> 'manager_agreed' missing; CONSENT UNCLEAR ('Mum said she'd think about Early Help ... let me know') "
        "-> null -> 'consent' missing -> request_info. No level written -> "
        "null. Mum's low mood -> parental_mental_health; 86% -> school_attendance." + rule("torbay", "step_down", False),
        not_children=["Demelza Rowe", "Petroc Hambly"])

def torbay_05():
    f = "torbay_05.eml"; when = "2082-07-03 18:43:09"
    text = T("""
Sorry for email - the MASH line says closed and I'm ringing EDT too.

I'm the lead professional for the Stentiford family (EHM-822310). Evie-Rose's brother Jack (14) came to find me at the youth club at 6 tonight. He said his sister Evie-Rose Stentiford (6, dob 14/01/2076) told him on Tuesday that "Daddy's friend Mark gets in my bed when he stays and tells me to be quiet". Jack told their dad on Wednesday and dad told him to stop making things up.

Mark (dad's friend, Jack doesn't know his surname) is coming to stay at the house tonight for the weekend - Jack says he's arriving about 8. When Mark stays he sleeps in Evie-Rose's room and she is meant to go in with dad.

Mum isn't on the scene (lives in Exeter, no contact). I've talked to my ATM, Silas Penrose, on the phone and we agree this needs to be considered for level 4 tonight. I haven't asked dad for consent and I don't think I should.

Jack is with me at Hele youth centre until 8.30. My mobile 07700 900 377.

Lowenna Jory
Family Support Worker (lead professional), Torbay Early Help

Sent from my iPhone
""")
    top = plain_top(f, addr("Jory, Lowenna", "Lowenna.Jory@" + BDOM), addr("MASH", BMASH),
                    "Stentiford EHM-822310 - tonight", when, BDOM, None,
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-822310"],
        [ch("Evie-Rose Stentiford", "2076-01-14", "14/01/2076")],
        ["sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "A CHILD'S WORDS TO HER OLDER BROTHER, PASSED ON FROM A PHONE AT 18:43 ON A FRIDAY: a 6-year-old told her "
        "14-year-old brother that 'Daddy's friend Mark gets in my bed when he stays'; dad dismissed it; Mark arrives "
        "to stay tonight and sleeps in her room. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (the Emergency Duty Team at this hour). A Torbay step-up (the lead professional's contact to "
        "MASH, seed 002 steps 1-2): 'my ATM ... and we agree this needs to be considered for level 4' -> manager "
        "true; 'I haven't asked dad for consent' -> null -> 'consent' missing, but alert_duty comes first. "
        "Jack (14) is named by first name only -> not labelled. sexual_harm." + rule("torbay", "step_up", True),
        not_children=["Lowenna Jory", "Silas Penrose"])

def torbay_06():
    f = "torbay_06.eml"; when = "2082-06-11 19:30:11"
    body = T("""
Dear Sir or Madam,

I hope this is the right place. The social worker who did our special guardianship assessment gave me this address and said Early Help might be able to help.

I am special guardian to my grandchildren, Ellis Tozer (born 2nd October 2071) and Isla Tozer (born 19th May 2074). They have lived with me since 2079. Their father was convicted that year of sexual offences against their cousin and is serving a nine-year sentence. He has never been allowed contact with Ellis and Isla, there is a restraining order, and he has not seen them since before his arrest. Nothing has ever been said by or about Ellis or Isla themselves, and they are happy and settled with me.

Last week I had a letter from the Victim Contact Scheme saying he may be considered for parole some time next year. Nothing has been decided and they will write to me again. I know he cannot come anywhere near the children, but Ellis is 10 now and understands more, and he has been asking questions.

What I would like to ask:
1. If he is ever released, who would tell me, and what would happen about the children?
2. Is there any help for Ellis to talk about his dad - some kind of counselling or a group?
3. Is there a course for grandparents bringing up grandchildren? Some days I feel my age.

I am at home most days on 01632 960 655.

Yours faithfully,
Margaret Tozer (Peggy)
Brixham
""")
    top = plain_top(f, addr("Peggy Tozer", "peggy.tozer@example.co.uk"), addr("Early Help", BEH),
                    "Help for my grandchildren - special guardianship", when, "example.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit"), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Ellis Tozer", "2071-10-02", "2nd October 2071"), ch("Isla Tozer", "2074-05-19", "19th May 2074")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A PERPETRATOR IN PRISON AND A PAROLE HEARING THAT MAY COME 'SOME TIME NEXT YEAR': a special "
        "guardian's questions at 19:30; the father's 2079 conviction concerned a cousin, he has never had contact "
        "with these children, there is a restraining order, 'Nothing has ever been said by or about Ellis or Isla', "
        "'Nothing has been decided' -> historic and hypothetical, not urgent, no sexual_harm. A carer's enquiry for "
        "counselling and a course, no step -> other -> human_review. DOBs written '2nd October 2071', '19th May "
        "2074'. concerns []." + rule("torbay", "other", False),
        not_children=["Margaret Tozer"])

def torbay_07():
    f = "torbay_07.eml"; when = "2082-04-24 09:40:10"
    data = itip_reply(f, when, "Kerensa Trewin", "Kerensa.Trewin@" + BDOM,
                      ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - step down - Luxton - LCS-3481207 [SB-torbay-3390]", "20820428T113000",
                      "20820428T120000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-3481207"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the social worker for torbay_01's under-5s triage "
        "slot (Tue 28 April 11:30, a fortnightly under-5s Tuesday); SUMMARY carries LCS-3481207 and [SB-torbay-3390]. "
        "record_reply." + rule("torbay", "meeting_reply", False))

def torbay_08():
    f = "torbay_08.eml"; when = "2082-05-13 12:05:38"
    body = T("""
Hi MASH,

Contact for the Prowse children, EHM-820114 - new information from Early Help.

Kai Prowse, DOB 11/07/2069 (12)
Lola Prowse, DOB 03/12/2077 (4)

Since mum went into hospital in March, dad has been drinking most days. At my last three visits there has been little food in the house and Lola has been in the same clothes. Nursery say Lola is hungry on Mondays, and Kai's school say he has come without lunch most days this month. Dad says he is coping and that he doesn't want "social services" involved.

Dad has said he does not consent to a referral to MASH and won't sign anything. My ATM, Bryher Nance, and I discussed it this morning and she agrees it needs considering for level 4.

Thanks,
Tegan

Tegan Ashworth
Early Help Practitioner (lead professional) | Torquay Family Hub | Torbay Council
01632 960 288

""") + BDISC
    top = outlook_top(f, addr("Ashworth, Tegan", "Tegan.Ashworth@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Prowse - EHM-820114", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-820114"],
        [ch("Kai Prowse", "2069-07-11", "11/07/2069"), ch("Lola Prowse", "2077-12-03", "03/12/2077")],
        ["neglect", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH): CONSENT REFUSED ('does not consent to a referral "
        "to MASH and won't sign anything') -> false -> 'consent' missing (seed 002: 'a contact should be made to MASH "
        "with parental consent'); the ATM 'agrees it needs considering for level 4' -> manager true -> request_info. "
        "Dad's drinking -> substance_misuse; little food, the same clothes, hungry on Mondays, no lunch -> neglect."
        + rule("torbay", "step_up", False),
        not_children=["Tegan Ashworth", "Bryher Nance"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2082-04-23 11:30:40"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang on Tuesday, please find attached the Early Help Assessment step-down plan and the family's signed consent for the Bevan children, stepping down at level 3 after their Child and Family Assessment (decision 16/04/2082). One plan covers the sibling group.

Alfie Bevan - 14/02/2072 - Mosaic 733105
Sophie Bevan - 08/11/2074 - Mosaic 733106
Jacob Bevan - 23/06/2079 - Mosaic 733107

Key person: Mrs Lowri Evans, Family Support Worker, Ledbury Primary School (l.evans@ledburyprimary.example.sch.uk, 01632 960 419). Mrs Evans has agreed to lead and has met mum.

The concerns were about the state of the house and the children's hygiene after dad left in the autumn, and Alfie's and Sophie's attendance. Things are better - mum has a routine and help from her sister - but the house still slips when she is low, the children's hygiene is not yet consistent, and attendance is 87% (Alfie) and 88% (Sophie). Jacob has started at nursery.

Kind regards,

Rhiannon Price
Social Worker | Children in Need (South) | Herefordshire Council
01632 960 250
""") + "\n" + HDISC
    plan = docx_att("EHA step-down plan - Bevan children.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Alfie Bevan (14/02/2072), Sophie Bevan (08/11/2074), Jacob Bevan (23/06/2079).",
        "Key person: Lowri Evans, Family Support Worker, Ledbury Primary School.",
        "What needs to happen / by whom / outcome / timescale:",
        "1. Home routines - family support worker - house kept clean and safe - review at 6 weeks.",
        "2. Attendance - school - Alfie (87%) and Sophie (88%) above 95% - by end of summer term.",
        "3. Jacob's nursery place - mum with nursery - 15 hours kept up - ongoing."])
    consent = pdf_att("Signed consent - Bevan - 21.04.2082.pdf", "Consent to Early Help", [
        "Children: Alfie Bevan, Sophie Bevan, Jacob Bevan.",
        "I have seen the step-down plan and I agree to my family receiving Early Help support and to the "
        "professionals named in the plan sharing information.",
        "Signed: K. Bevan (mother)     Date: 21/04/2082"])
    top = outlook_top(f, addr("Price, Rhiannon", "Rhiannon.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan sibling group - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["733105", "733106", "733107"],
        [ch("Alfie Bevan", "2072-02-14", "14/02/2072"), ch("Sophie Bevan", "2074-11-08", "08/11/2074"),
         ch("Jacob Bevan", "2079-06-23", "23/06/2079")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan .docx, signed consent .pdf ('I agree to "
        "my family receiving Early Help support') -> consent_form met, consent true; key person named with her "
        "agency -> book_meeting. 'level 3' written. Three Mosaic ids -> bare numbers. The house that 'still slips' "
        "and inconsistent hygiene -> neglect; attendance 87% / 88% -> school_attendance."
        + rule("herefordshire", "step_down", False),
        not_children=["Rhiannon Price", "Lowri Evans", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2082-07-24 11:48:02"
    body = T("""
Dear MASH,

I would like to step Chloe Haddon (DOB 30/03/2070, Mosaic 738812) up to Children's Social Care. I'm her Early Help family support worker and my manager, Huw Davies, agreed I should send this now.

Chloe is 12 and has moderate learning difficulties (EHCP); she is at Whitecross Hereford and functions at around the level of an 8-year-old.

This morning Chloe told her teaching assistant, Mrs Pugh, that "Uncle Rob says I'm his girlfriend and we have a secret, and he does kissing like on telly when I stay at his." Mrs Pugh said "thank you for telling me" and asked nothing else; she wrote it down and told the school's DSL at 10.15, who rang me.

Uncle Rob is dad's brother, Robert Haddon. Chloe goes to his house every Friday after school and stays until Sunday, because dad and her stepmum both work weekends. Rob collects her from school at 3.15 - today.

Dad and stepmum see Rob's weekends as a help and don't know about this yet. School and I haven't told them. I think this is an immediate child protection concern for tonight and I'm ringing you as well.

Gwen Bowen
Early Help Family Support Worker | Hereford City Team | Herefordshire Council
01632 960 233 | 07700 900 612
""") + "\n" + HDISC
    top = outlook_top(f, addr("Bowen, Gwen", "Gwen.Bowen@" + HDOM), addr("MASH", HMASH),
                      "Step up - Chloe Haddon - Mosaic 738812", when,
                      cc=addr("Davies, Huw", "Huw.Davies@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["738812"],
        [ch("Chloe Haddon", "2070-03-30", "30/03/2070")],
        ["disability_send", "sexual_harm"], None, True, [], None, "alert_duty",
        "A CHILD WITH A LEARNING DISABILITY, HER WORDS TO A TEACHING ASSISTANT: 'Uncle Rob says I'm his girlfriend and "
        "we have a secret, and he does kissing like on telly when I stay at his'; she stays with him every weekend "
        "and he collects her at 3.15 today (Friday 24 July, the last day of the window); the worker calls it 'an "
        "immediate child protection concern for tonight'. DESIGN "
        "safety rule 1 -> urgent -> alert_duty. A step-up to Herefordshire, whose seed defines none (REQUIREMENTS: "
        "'step_up is not defined by this seed'): without the risk it would be human_review; missing [] for an "
        "undefined kind. 'my manager ... agreed I should send this now' -> manager true. Moderate learning "
        "difficulties / EHCP -> disability_send; the disclosure -> sexual_harm." + rule("herefordshire", "step_up", True),
        not_children=["Gwen Bowen", "Huw Davies", "Robert Haddon"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2082-05-18 10:20:18"
    blocks = [
        "Dear Early Help Co-ordinators,",
        "",
        "Please find attached the Early Help Assessment step-down plan for Evie Morgan-Price (DOB 07/07/2077), "
        "Mosaic 735520, following the Child and Family Assessment decision on 12/05/2082. I talked the plan through "
        "with Xavier Moss on the phone last week.",
        "",
        "{{Key person:}} Mrs Karen Bufton, Family Support Worker, Sunshine Children's Centre, Leominster.",
        "",
        "{{Consent:}} mum has agreed to Early Help verbally; she'll sign the consent form when I next visit "
        "and I'll send it straight on.",
        "",
        ("h", "Remaining needs"),
        "Evie (4) has a significant speech and language delay and is waiting for a SALT assessment; she is due to "
        "start school in September and her nursery think she will need an EHCP needs assessment.",
        "",
        ("h", "One thing you may see on the nursery's record"),
        "On 5 May Evie told her key worker \"Daddy plays the tickling game with me and I'm not allowed to tell "
        "Mummy.\" The nursery manager recorded her exact words and rang me the same day, and I visited that "
        "afternoon. Evie showed me straight away: \"the tickling game\" is \"Tickle Monster Party\", a game on dad's "
        "tablet that mum had banned at bedtime because it keeps her awake - dad had been letting her play it after "
        "her bath and telling her not to tell mum. Mum, dad and Evie gave the same account separately, I watched "
        "her play it, and the nursery manager and I agreed with the MASH consultation line that nothing further "
        "was needed. Nothing else has been seen or said.",
        "",
        "Many thanks,",
        "Tom Gittins",
        "Social Worker | Children in Need (North) | Herefordshire Council",
        "01632 960 268",
        "",
        HDISC.strip(),
    ]
    plan = docx_att("EHA step-down plan - Evie Morgan-Price.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Evie Morgan-Price (07/07/2077). Mosaic 735520.",
        "Key person: Karen Bufton, Family Support Worker, Sunshine Children's Centre.",
        "1. SALT assessment - health visitor to chase - by end of June.",
        "2. Transition to school - nursery and school SENCo - transition plan by July.",
        "3. Parenting: bedtime routine - family support worker - 6 sessions."])
    top = outlook_top(f, addr("Gittins, Tom", "Tom.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Evie Morgan-Price - Mosaic 735520", when)
    add(f, word_mail(f, top, blocks, [plan]), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["735520"],
        [ch("Evie Morgan-Price", "2077-07-07", "07/07/2077")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - 'HE DOES THE TICKLING GAME', EXPLAINED INNOCENTLY AFTER A CHECK: a 4-year-old's 'Daddy plays the "
        "tickling game with me and I'm not allowed to tell Mummy' was recorded word for word and checked the same "
        "day: a tablet game mum had banned at bedtime, the same account from each parent and the child separately, "
        "NFA agreed with the MASH consultation line, 'Nothing else has been seen or said' -> not urgent, no "
        "sexual_harm. Herefordshire step-down (Word HTML): plan .docx and key person with agency met; VERBAL CONSENT "
        "ONLY ('agreed to Early Help verbally; she'll sign the consent form when I next visit') -> consent true but "
        "'consent_form' missing -> request_info (herefordshire_06 brings it). No level written -> null. Speech and "
        "language delay, possible EHCP -> disability_send." + rule("herefordshire", "step_down", False),
        not_children=["Tom Gittins", "Karen Bufton", "Xavier Moss"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2082-07-01 22:14:55"
    text = T("""
I'm sending this here because the police told me to ring 101 and I've been on hold for 40 minutes.

My niece Megan Lloyd is 13. She lives with my sister and her husband Carl in Bromyard. She has been texting me tonight, I'm copying them exactly:

21:31 auntie sian can u come get me
21:32 i dont want to stay here tonight
21:40 he said he'll come in after mum goes to sleep like he did before
21:41 please dont ring mum she'll go mad at me
21:58 i locked my door but the lock is rubbish
22:03 mums gone to bed

"He" is Carl. At Easter Megan told me Carl "comes in my room at night" and then said she was only joking, and I let it go. I wish I hadn't.

I live in Ledbury and I haven't got the car tonight. I've told her to keep her phone on and stay in her room. Her address is Linton Close, Bromyard.

Sian Prosser (Megan's auntie)
07700 900 539

Sent from my Galaxy
""")
    top = plain_top(f, addr("Sian Prosser", "sianprosser77@example.com"), addr("MASH", HMASH),
                    "Megan Lloyd 13 - texts tonight", when, "mail.example.com", None)
    add(f, mail(f, top, text, cte="quoted-printable", crlf=False), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Megan Lloyd")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A CHILD'S TEXT MESSAGES TO HER AUNT, COPIED WITH THEIR TIMES, AT 22:14: a 13-year-old asks to be collected, "
        "'he said he'll come in after mum goes to sleep like he did before', her lock is 'rubbish', mum has gone to "
        "bed; at Easter she had told her aunt her stepfather 'comes in my room at night' and then said she was "
        "joking. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (the Emergency Duty Team at "
        "this hour). A relative's report, no step -> other. Megan named in full, no DOB; Carl is an adult. "
        "sexual_harm." + rule("herefordshire", "other", True),
        not_children=["Sian Prosser"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2082-07-07 16:30:08"
    body = T("""
Dear Early Help team,

Mr Gittins gave me this email address. He is closing our case and said you might be able to help me find some support for myself.

At my assessment I told him something I have never told anyone before: my father sexually abused me when I was a girl, from about 8 until I was 12. He died in 2074, before any of my children were born, and there is nobody from that side of the family in our lives. I never reported it and I don't think I want to now.

Since my daughter Elsie turned 8 this spring I keep having flashbacks, and I am not sleeping. Elsie is fine - she is happy, doing well at school, and nothing like that has ever happened to her. I just don't want my past to spill into her life, and Mr Gittins said Early Help might know of counselling for adults who were abused as children, or could refer me.

I can do any day after 3 o'clock. My number is 07700 900 718.

Thank you for reading this,
Rebecca Lewis
""")
    top = plain_top(f, addr("Rebecca Lewis", "becca.lewis.home@example.com"), addr("Early Help Co-ordinators", HEH),
                    "Support for me - Mr Gittins suggested I contact you", when, "example.com", None)
    add(f, mail(f, top, body, cte="7bit"), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], ["parental_mental_health"], None, None, [], None, "human_review",
        "NEAR MISS - A MOTHER'S OWN CHILDHOOD ABUSE BY A MAN LONG DEAD: her father abused her as a girl and died in "
        "2074 before her children were born; 'nothing like that has ever happened' to her daughter; no one from that "
        "side of the family in their lives -> historic, no current risk to any child, not urgent, no sexual_harm. A "
        "parent asking for counselling for herself, no step -> other -> human_review. Her flashbacks and sleeplessness "
        "-> parental_mental_health. 'Elsie' is named by first name only -> no children." + rule("herefordshire", "other", False),
        not_children=["Rebecca Lewis"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2082-05-29 14:05:33"
    ack = ["Thank you - your step-down request has been received.", "",
           "Reference: SB-herefordshire-5580",
           "Case: Mosaic 735520",
           "Children: Evie Morgan-Price (07/07/2077)", "",
           "What is missing:", "- the family's written consent (the signed consent form)", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = T("""
Hello,

Signed consent form for Evie attached - mum signed it at my visit on Thursday. That should complete the step-down.

Tom

On 18 May 2082, at 10:26, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-5580", ack)
    form = pdf_att("Consent form - Morgan-Price - signed 28.05.2082.pdf", "Consent to Early Help support", [
        "Child: Evie Morgan-Price (07/07/2077).",
        "I consent to my family receiving Early Help support and to information being shared between the "
        "professionals in the plan.",
        "Signed: S. Morgan (mother)     Date: 28/05/2082"])
    top = plain_top(f, addr("Gittins, Tom", "Tom.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-5580] Step-down request received - Mosaic 735520", when, HDOM,
                    "Apple Mail (2.3826)")
    add(f, iphone_mail(f, top, text, [form]), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["735520"],
        [ch("Evie Morgan-Price", "2077-07-07", "07/07/2077")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-5580] (herefordshire_03's step-down) adding the signed consent form "
        "(.pdf): 'mum signed it at my visit on Thursday' -> consent true. The acknowledgement is quoted with '>'; "
        "its 'What is missing:' is stepbot's. DESIGN: follow_up -> attach_to_request, missing []. Child, DOB and "
        "'Mosaic 735520' (bare number) from the quoted acknowledgement and the form; nothing of concern added."
        + rule("herefordshire", "follow_up", False))

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2082-04-29 16:10:09"
    data = google_reply(f, when, "Owain Pritchard", "owain.pritchard.hc@example.org",
                        ("Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-5502]",
                        "20820505T090000Z", "20820505T093000Z", "Microsoft Teams",
                        "Tue 5 May 2082 10am - 10:30am (BST)")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, for a Tuesday-morning step-down drop-in (Tue 5 May, the "
        "day after May Day; times in UTC, 09:00Z = 10:00 BST). No case id, no child. record_reply."
        + rule("herefordshire", "meeting_reply", False))

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2082-06-08 08:05:27"
    body = T("""
Thank you for your email. I am on annual leave until Monday 15 June.

For anything about a child on my caseload please contact the Children in Need (North) duty desk on 01632 960 260, who can see my cases.

Tom Gittins
Social Worker | Children in Need (North) | Herefordshire Council
""")
    data = ooo(f, when, "Tom Gittins", "Tom.Gittins@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-5580] Reminder: step-down to be completed within 10 working days", body)
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied) to a stepbot reminder for "
        "herefordshire_03's step-down. DESIGN safety rule 2 -> auto_reply -> ignore." + rule("herefordshire", "auto_reply", False))


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
MISSING_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
               "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support",
               "case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
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

# England & Wales bank holidays in 2082 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thursday 1 January; Good Friday 17 April; Easter Monday 20 April; May Day
# (the Early May bank holiday) Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday
# 31 August; Christmas Day Friday 25 December; Boxing Day (Saturday 26 December) observed on Monday 28 December.
BANK_HOLIDAYS = {date(2082, 1, 1), date(2082, 4, 17), date(2082, 4, 20), date(2082, 5, 4), date(2082, 5, 25),
                 date(2082, 8, 31), date(2082, 12, 25), date(2082, 12, 28)}
IN_WINDOW = {date(2082, 4, 17): "Good Friday", date(2082, 4, 20): "Easter Monday", date(2082, 5, 4): "May Day",
             date(2082, 5, 25): "Spring Bank Holiday"}
# The brief's window is "mid April to late July 2082": taken as Wednesday 15 April to Friday 24 July 2082, both
# checked to be weekdays and not bank holidays (no adjustment was needed; set_checks() asserts it).
BRIEF_START, BRIEF_END = date(2082, 4, 15), date(2082, 7, 24)
WINDOW = (datetime(2082, 4, 15, tzinfo=LON), datetime(2082, 7, 24, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 29 March 2082 and ends at 01:00 UTC on Sunday 25 October 2082.
BST_START = datetime(2082, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2082, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2082

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd-mm-yyyy, '3rd March 2073'."""
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
    if not set(e["missing"]) <= MISSING_IDS: err("missing ids outside the contract")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if "Rule:" not in lab["why"] or "seed 00" not in lab["why"]: err("why names no rule / seed")
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

CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}
PER_AUTHORITY_EXPECTED = {                     # urgent / near miss / ordinary
    "knowsley": (3, 2, 3), "richmond_wandsworth": (2, 3, 3), "tower_hamlets": (2, 3, 3), "torbay": (3, 2, 3),
    "herefordshire": (2, 2, 4)}

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
    for a, exp in PER_AUTHORITY_EXPECTED.items():
        got = per.get(a, [])
        if len(got) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(got)))
        if tuple(got.count(c) for c in ("urgent", "near_miss", "ordinary")) != exp:
            errors.append("%s: categories %s, expected %s" % (a, got, exp))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    mbs = {(l["authority"], l["mailbox"]) for l in LABELS}
    if len(mbs) != 10: errors.append("set: every authority needs mail to both inboxes: %s" % sorted(mbs))
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
    return email.utils.parsedate_to_datetime(msg["Date"]).astimezone(LON)

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _att_text(msg):
    """Readable text of the attachments only."""
    from pypdf import PdfReader
    import io
    out = []
    for p in _att(msg):
        data = p.get_payload(decode=True)
        if p.get_content_type() == DOCX:
            out.append(docx_parts(data)[0])
        elif p.get_content_type() == "application/pdf":
            out += [pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def _blocks(msg):
    return _plain(msg).split(SEP)

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _k01(msg):
    return (_exts(msg) == ["docx", "pdf", "pdf"] and "Wednesday 22nd April at 10am" in _plain(msg)
            and _wd("knowsley_01.eml") == 3 and _pw("knowsley_01.eml") == 5
            and {date(2082, 4, 17), date(2082, 4, 20)} <= BANK_HOLIDAYS and "nothing to suggest" in _plain(msg))

def _k02(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "tickling game" in b[0] and "5.30 tonight" in b[0] and "Ellie Sharrock" not in b[0]
            and "Ellie Sharrock" in b[1] and _no_alarm(msg) and "[SB-knowsley-1931]" in str(msg["Subject"]))

def _k03(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Kenzie Lowther" in tbl and "ICS-1988201" in tbl and "Halewood Family Hub" in tbl
            and "There are no current concerns about sexual harm" in _plain(msg)
            and _wd("knowsley_03.eml") == 4 and _pw("knowsley_03.eml") == 5 and date(2082, 5, 4) in BANK_HOLIDAYS)

def _k04(msg):
    ct = [p.get_content_type() + ";" + (p.get_param("format") or "") for p in msg.walk() if not p.is_multipart()]
    return (ct == ["text/plain;flowed"] and _date(msg).hour >= 20 and _no_alarm(msg) and "she's a liar" in readable(msg))

def _k05(msg):
    return (_html(msg) == "" and _att(msg) == [] and _wd("knowsley_05.eml") == 4 and _pw("knowsley_05.eml") == 5
            and date(2082, 5, 25) in BANK_HOLIDAYS and "Mr Gareth Pye, Pastoral Lead, St Aidan's" in _plain(msg))

def _k07(msg):
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "fictional" in readable(msg)
            and ALARM.search(readable(msg)) is not None)

def _k08(msg):
    bt = body_text(msg)
    at = _att_text(msg)
    return ("coming into her bedroom" not in bt and "coming into her bedroom" in at and "double shift" not in bt
            and _exts(msg) == ["docx", "docx"] and _wd("knowsley_08.eml") == 5 and _pw("knowsley_08.eml") == 6
            and _no_alarm(msg))

def _r01(msg):
    return ("Rationale for step up" in _plain(msg) and _exts(msg) == [] and "will follow tomorrow" in _plain(msg)
            and "nothing to suggest" in _plain(msg))

def _r02(msg):
    return (_exts(msg) == ["pdf", "docx"] and "birthday" in _plain(msg) and "no further action" in _plain(msg))

def _r03(msg):
    p = _plain(msg)
    return _no_alarm(msg) and p.count("Whitlock") == 1 and p.rstrip().endswith("Kez") and "she said I was lying" in p

def _r04(msg):
    return "None of them names anyone" in _plain(msg) and "question box" in _plain(msg)

def _r05(msg):
    b = _blocks(msg)
    return (len(b) == 3 and "secret cuddles" not in b[0] and "secret cuddles" in b[2]
            and "Rationale for step up" in b[1] and _no_alarm(msg) and _date(msg).weekday() == 3)

def _r06(msg):
    return (not msg.is_multipart() and msg["Content-Transfer-Encoding"] == "7bit"
            and "strategy discussion" in _plain(msg) and "bail" in _plain(msg))

def _r07(msg):
    p = _plain(msg)
    return ("> Reference: SB-richmond_wandsworth-3318" in p and _exts(msg) == ["pdf"]
            and "[SB-richmond_wandsworth-3318]" in str(msg["Subject"]))

def _r08(msg):
    return _exts(msg) == ["docx", "docx"] and "will ask her then" in _plain(msg)

def _t01(msg):
    raw = FILES["tower_hamlets_01.eml"]
    return (not msg.is_multipart() and msg["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in raw
            and _no_alarm(msg) and _date(msg).hour >= 21 and _date(msg).weekday() == 4)

def _t02(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "sleeping game" not in b[0] and "sleeping game" in b[1] and _exts(msg) == ["pdf"]
            and _no_alarm(msg))

def _t03(msg):
    return _no_plain(msg) and "green" in readable(msg) and "not a referral" in readable(msg)

def _t04(msg):
    b = _blocks(msg)
    return (len(b) == 3 and "Please disregard" in b[0] and "Disclosure 19/06" in b[2]
            and "Disclosure 19/06: M (9)" not in b[0] and "[SB-tower_hamlets-4471]" in str(msg["Subject"]))

def _t06(msg):
    return "not agreed" in _att_text(msg) and "does not agree that this should step up yet" in _plain(msg)

def _t08(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and "disclosure" in readable(msg)
            and ALARM.search(readable(msg)) is not None)

def _b01(msg):
    return "threshold for level 3" in _att_text(msg) and "under-5s" in _plain(msg)

def _b02(msg):
    return (not _no_alarm(msg) and "sex offenders register" in _plain(msg)
            and "until at least 18:00 today" in _plain(msg))

def _b03(msg):
    p = _plain(msg)
    return (p.index("PS - ") > p.index("Jago Penhallow") and "secret game" in p[p.index("PS - "):]
            and "secret game" not in p[:p.index("PS - ")] and _no_alarm(msg) and _date(msg).weekday() == 4)

def _b04(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return "LCS-3485533" in tbl and "Harley Coombe" in tbl and "no contact" in _plain(msg)

def _b05(msg):
    ct = [p.get_param("format") for p in msg.walk() if not p.is_multipart()]
    return ct == ["flowed"] and _date(msg).hour >= 18 and _date(msg).weekday() == 4 and _no_alarm(msg)

def _b06(msg):
    return "some time next year" in _plain(msg) and "Nothing has been decided" in _plain(msg) and _date(msg).hour >= 19

def _b08(msg):
    return "does not consent" in _plain(msg)

def _h02(msg):
    return (_date(msg).date() == WINDOW[1].date() and not _no_alarm(msg) and "3.15 - today" in _plain(msg)
            and "immediate child protection concern" in _plain(msg))

def _h03(msg):
    return (_exts(msg) == ["docx"] and "Tickle Monster Party" in _plain(msg) and "verbally" in _plain(msg)
            and "consent_form" in _exp("herefordshire_03.eml")["missing"])         # verbal consent is not the form

def _h04(msg):
    p = _plain(msg)
    return all(t in p for t in ("21:31 ", "21:40 ", "22:03 ")) and _date(msg).hour >= 22 and _no_alarm(msg)

def _h05(msg):
    return "He died in 2074" in _plain(msg) and "Elsie" in _plain(msg) and "Elsie " + "Lewis" not in _plain(msg)

def _h06(msg):
    return "> Reference: SB-herefordshire-5580" in _plain(msg) and _exts(msg) == ["pdf"]

CUSTOM = [
    ("knowsley_01.eml", "form + two PDFs; 'Wednesday 22nd April'; 3 WD (5 plain) across Easter", _k01),
    ("knowsley_02.eml", "the TA's words in the new text, the names only in the quoted ack; no alarm words", _k02),
    ("knowsley_03.eml", "Word table; 'no current concerns about sexual harm'; 4 WD (5 plain) across May Day", _k03),
    ("knowsley_04.eml", "iPhone format=flowed, after 20:00, no alarm words, mum's disbelief", _k04),
    ("knowsley_05.eml", "plain text only; 4 WD (5 plain) across the Spring Bank Holiday", _k05),
    ("knowsley_07.eml", "List-Id bulletin, no Auto-Submitted, fictional case study with alarm words", _k07),
    ("knowsley_08.eml", "the disclosure only in the attached TAF minutes; 5 WD (6 plain); no alarm words", _k08),
    ("richmond_wandsworth_01.eml", "rationale heading; no attachment, summary to follow; 'nothing to suggest'", _r01),
    ("richmond_wandsworth_02.eml", "pdf + docx; the innocent explanation and NFA", _r02),
    ("richmond_wandsworth_03.eml", "sister signs 'Kez'; no alarm words", _r03),
    ("richmond_wandsworth_04.eml", "question box; none names anyone", _r04),
    ("richmond_wandsworth_05.eml", "three blocks, the child's words only in the bottom one; a Thursday", _r05),
    ("richmond_wandsworth_06.eml", "single 7bit text/plain; strategy discussion and bail", _r06),
    ("richmond_wandsworth_07.eml", "'>'-quoted ack; signed pdf", _r07),
    ("richmond_wandsworth_08.eml", "two .docx; consent still to be asked", _r08),
    ("tower_hamlets_01.eml", "one base64 text/plain part, LF; Friday after 21:00; no alarm words", _t01),
    ("tower_hamlets_02.eml", "nursery note only in the forwarded block; MARF pdf; no alarm words", _t02),
    ("tower_hamlets_03.eml", "HTML-only; 'green'; not a referral", _t03),
    ("tower_hamlets_04.eml", "the correction on top; the pasted paragraph only in the quoted original", _t04),
    ("tower_hamlets_06.eml", "manager sign-off refused in the MARF and the body", _t06),
    ("tower_hamlets_08.eml", "auto-replied; disclosure boilerplate with alarm words", _t08),
    ("torbay_01.eml", "the TM's analysis in the PDF; under-5s", _b01),
    ("torbay_02.eml", "RSO in the home until 18:00 today; the health service's safeguarding words", _b02),
    ("torbay_03.eml", "the disclosure only in the PS after the signature; a Friday; no alarm words", _b03),
    ("torbay_04.eml", "LCS id and children in the Word table; no contact", _b04),
    ("torbay_05.eml", "iPhone flowed; Friday after 18:00; no alarm words", _b05),
    ("torbay_06.eml", "parole 'some time next year', nothing decided; evening", _b06),
    ("torbay_08.eml", "consent refused", _b08),
    ("herefordshire_02.eml", "the last day of the window; 'today'; the worker names it a child protection concern", _h02),
    ("herefordshire_03.eml", "the tablet game explained; verbal consent; plan .docx", _h03),
    ("herefordshire_04.eml", "timed texts; after 22:00; no alarm words", _h04),
    ("herefordshire_05.eml", "the abuser died in 2074; Elsie by first name only", _h05),
    ("herefordshire_06.eml", "'>'-quoted ack; signed pdf", _h06),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Mum has agreed to the step up", "consent", True),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_03.eml", "Mum signed the Family First consent form", "consent", True),
    ("knowsley_05.eml", "Mum has consented to the transfer to Early Help", "consent", True),
    ("knowsley_08.eml", "agreed the step up on 19/05/2082", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "has agreed to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Mum has given her consent for Early Help to continue the plan", "consent", True),
    ("richmond_wandsworth_05.eml", "I agree this needs to step up", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "she has agreed to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_08.eml", "I haven't been able to ask mum about Early Help yet", "consent", None),
    ("tower_hamlets_02.eml", "has read this and agreed the step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "I haven't spoken to mum yet", "consent", None),
    ("tower_hamlets_04.eml", "Mum consented to the step down", "consent", True),
    ("tower_hamlets_05.eml", "Dad has consented to the step down to Early Help", "consent", True),
    ("tower_hamlets_05.eml", "has signed off the step down", "manager_agreed", True),
    ("tower_hamlets_06.eml", "has agreed to the referral to MAST", "consent", True),
    ("tower_hamlets_06.eml", "does not agree that this should step up yet", "manager_agreed", False),
    ("torbay_01.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirm the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_03.eml", "Mum has consented to level 3 Early Help", "consent", True),
    ("torbay_03.eml", "threshold for level 3 is met", "manager_agreed", True),
    ("torbay_04.eml", "Mum said she'd think about Early Help", "consent", None),
    ("torbay_04.eml", "hasn't added his manager's analysis yet", "manager_agreed", None),
    ("torbay_05.eml", "I haven't asked dad for consent", "consent", None),
    ("torbay_05.eml", "we agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_08.eml", "does not consent to a referral to MASH", "consent", False),
    ("torbay_08.eml", "she agrees it needs considering for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "I agree to my family receiving Early Help support", "consent", True),
    ("herefordshire_02.eml", "agreed I should send this now", "manager_agreed", True),
    ("herefordshire_03.eml", "mum has agreed to Early Help verbally", "consent", True),
    ("herefordshire_06.eml", "mum signed it at my visit on Thursday", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_04.eml", "knowsley_02.eml", "knowsley_04.eml", "knowsley_08.eml",
                  "richmond_wandsworth_03.eml", "richmond_wandsworth_05.eml", "torbay_03.eml", "torbay_05.eml",
                  "tower_hamlets_01.eml", "tower_hamlets_02.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (3, 5), "knowsley_03.eml": (4, 5), "knowsley_05.eml": (4, 5), "knowsley_08.eml": (5, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_05.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_05.eml"]  # plain weekdays ok, working days not
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2082])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2082, 3) and BST_END.date() == last_sun(2082, 10)):
        errors.append("set: BST must start on the last Sunday of March 2082 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the brief's ends, checked: mid April = Wednesday 15 April, late July = Friday 24 July, real working days
    if not (BRIEF_START.weekday() == 2 and BRIEF_END.weekday() == 4 and WINDOW[0].date() == BRIEF_START
            and WINDOW[1].date() == BRIEF_END and BRIEF_START not in BANK_HOLIDAYS and BRIEF_END not in BANK_HOLIDAYS):
        errors.append("set: the window must run from Wednesday 15 April to Friday 24 July 2082 (working days)")
    quiet, counts, offsets, first, last = [], {}, {}, False, False
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        dd = _date(msg).date()
        first |= dd == WINDOW[0].date()
        last |= dd == WINDOW[1].date()
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        if lab["expect"]["urgent"] and "sexual_harm" not in lab["expect"]["concerns"]:
            errors.append("%s: an urgent mail of this set's theme without sexual_harm" % f)
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
    if not (first and last):
        errors.append("set: the first and last days of the window should each carry a mail")
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 8:
        errors.append("set: only %d urgent mails avoid every alarm word (need 8)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross Easter, May Day and the Spring Bank Holiday between them")
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
    ("knowsley_01's notice labelled ok (plain weekdays counted across Easter)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 3 WD"),
    ("knowsley_03's notice labelled ok across May Day",
     lambda: _relabel("knowsley_03.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_05's notice labelled ok across the Spring Bank Holiday",
     lambda: _relabel("knowsley_05.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("Easter Monday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2082, 4, 20)),
     "bank holidays differ"),
    ("May Day moved to Tuesday 5 May", lambda: (BANK_HOLIDAYS.discard(date(2082, 5, 4)),
                                                BANK_HOLIDAYS.add(date(2082, 5, 5))), "bank holidays differ"),
    ("the window left ending on a Saturday", lambda: _set_window_end(date(2082, 7, 25)), "the window must run"),
    ("knowsley_05's Date given +0000", lambda: _shift_date("knowsley_05.eml", "Wed, 20 May 2082 15:10:40 +0100",
                                                           "Wed, 20 May 2082 15:10:40 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_01's now given +0000", lambda: _relabel("torbay_01.eml", now="2082-04-22T09:18:02+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_01 sent on Easter Monday",
     lambda: _shift_date("richmond_wandsworth_01.eml", "Tue, 21 Apr 2082", "Mon, 20 Apr 2082", -1),
     "Date on a bank holiday"),
    ("torbay_05 sent on a Saturday", lambda: _shift_date("torbay_05.eml", "Fri, 03 Jul 2082", "Sat, 04 Jul 2082", 1),
     "Date on a weekend"),
    ("'urgent' added to knowsley_04's subject", lambda: _sub("knowsley_04.eml", b"Subject: Please help",
                                                             b"Subject: URGENT Please help"), "no alarm word are"),
    ("torbay_03 (the PS) filed as ordinary", lambda: _relabel("torbay_03.eml", category="ordinary"),
     "urgent vs category"),
    ("herefordshire_02 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_02.eml", urgent=False, next_action="human_review", category="ordinary"),
     "herefordshire: categories"),
    ("the innocent tickling game labelled sexual_harm and urgent",
     lambda: _relabel("herefordshire_03.eml", urgent=True, next_action="alert_duty"), "urgent vs category"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["Mosaic 2876650"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("verbal consent read as the consent form", lambda: _relabel("herefordshire_03.eml", missing=[],
                                                                 next_action="book_meeting"),
     "the tablet game explained"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_08.eml", consent=True,
                                                                  missing=[], next_action="book_meeting"),
     "richmond_wandsworth_08.eml: wording check: \"I haven't been able to ask mum about Early Help yet\" means consent None"),
    ("refused consent labelled null", lambda: _relabel("torbay_08.eml", consent=None),
     "'does not consent to a referral to MASH' means consent False"),
    ("a refused manager agreement labelled true", lambda: _relabel("tower_hamlets_06.eml", manager_agreed=True,
                                                                   missing=[], next_action="book_meeting"),
     "means manager_agreed False"),
    ("a pending manager agreement labelled true", lambda: _relabel("torbay_04.eml", manager_agreed=True,
                                                                  missing=["consent"]),
     "means manager_agreed None"),
    ("the disclosure copied into knowsley_08's body", lambda: _sub("knowsley_08.eml",
        b"Sent on behalf of Rachel Hughes", b"Kayla says Lee has been coming into her bedroom. Sent on behalf of Rachel Hughes"),
     "the disclosure only in the attached TAF minutes"),
    ("the pasted paragraph moved into the correction's top", lambda: _sub("tower_hamlets_04.eml",
        b"Please disregard the paragraph", b"Disclosure 19/06: M (9) - please disregard the paragraph"),
     "the pasted paragraph only in the quoted original"),
    ("a year after the window in a body", lambda: _sub("torbay_06.eml", b"some time next year",
                                                       ("some time in %d" % (MAX_YEAR + 1)).encode()),
     "year after 2082"),
    ("an 18-year-old labelled as a child", lambda: _exp("knowsley_08.eml")["children"][0].update(dob="2064-01-09"),
     "parses to 2068-01-09"),
    ("Auto-Submitted removed from the DSL's out-of-office", lambda: _sub("tower_hamlets_08.eml",
        b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("torbay_07's calendar made a REQUEST", lambda: _sub("torbay_07.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_06.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("richmond_wandsworth_04.eml", category="ordinary"),
     "category totals"),
    ("the children of herefordshire_01 swapped", lambda: _exp("herefordshire_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("an adult (the grandmother) labelled as a child", lambda: (
        _exp("knowsley_04.eml")["children"].append({"name": "Pat Ormesher", "dob": None}),
        META["knowsley_04.eml"]["children"].append(ch("Pat Ormesher"))), "excluded person Pat Ormesher labelled"),
    ("an urgent mail without sexual_harm", lambda: _relabel("torbay_02.eml", concerns=[]), "without sexual_harm"),
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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
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
    out.append("dates %s" % sorted((l["file"], str(datetime.fromisoformat(l["now"]).astimezone(LON).strftime("%a %d %b %H:%M")))
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
