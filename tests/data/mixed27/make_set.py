#!/usr/bin/env python3
"""mixed27: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2046, in styles and situations earlier sets lack: inline replies written between the quoted
lines (answers in CAPS under '> ' quotes; answers in blue in an HTML-only reply), a request that lives only in two
attached PDFs under a one-line "Please see attached." body, a chain forwarded three times with the request at the
bottom, two out-of-hours Emergency Duty Team handover logs (one family's entry is the lead professional's contact to
MASH; in the other a 3-year-old nobody has seen is buried among routine entries), a Youth Justice case manager, a
foster carer, a parent's complaint, a subject-access request, an automatic weekly EHM digest, an MP's caseworker,
a child's initials in the subject with the full names only in the attachment, dates written "the 3rd", "Weds 23rd",
"Weds 30th" and "w/c 11th June", consent from a grandmother holding a Special Guardianship Order, a manager's
conditional agreement ("agreed ... subject to the plan being updated") and a Knowsley level 2 step-down whose lead
practitioner and venue are in a Word table.

Urgent mail (11), mostly in plain words: a 6-year-old's black eye ("daddy did it") with dad collecting at 3.15, a
15-year-old's goodbye post tonight, a mother whose ex-partner found the new flat this morning, a newborn whose father
(convicted of harming a baby) means to take him home after the 2pm ward round, an 8-year-old locked out all night at
2 degrees, a 10-year-old alone with his 7-month-old sister since Tuesday, a 13-year-old found with drugs and another
man's phone who "has to go back to the flat tonight", a 9-year-old's disclosure about the lodger who is the only
adult in the house tonight, an EDT entry buried in a routine log, a mother in a postnatal crisis alone with a
9-week-old, and a girl flying abroad tonight for a "special cutting party". Near misses (11): a "what if" in
supervision, an automatic digest's risk flag, a student's hypothetical, a press release, an old missing episode now
resolved, an arrest with the father remanded and the children with their grandmother, a training reminder's example
scenarios, a complaint about a closed investigation, a closed case audit quoting old injuries, a foster carer's
account of a past she has left behind, and a probation risk assessment of a man with no children.

Window: the brief's "Monday 16 April to Friday 17 July 2046". 16 April 2046 is a Monday; 17 July 2046 is a TUESDAY,
so the end was moved back to Friday 13 July 2046 (the last Friday inside the brief's range). The whole window is
British Summer Time (+0100). England & Wales bank holidays from the `holidays` package: Easter fell before the window
(Good Friday 23 March, Easter Monday 26 March 2046); inside it are the Early May bank holiday ("May Day", Monday
7 May) and the Spring Bank Holiday (Monday 28 May). Two Knowsley notice counts cross one of them decisively
(knowsley_01 across 7 May, knowsley_02 across 28 May: 5 plain weekdays but 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed25/make_set.py and adapted (window, bank holidays, the checks). Every label was set by
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
    """Local (Europe/London) wall-clock time. The whole window (16 April - 13 July 2046) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 25 March 2046 and ends on Sunday 28 October 2046. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2046, 4, 2, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2046-05-01 11:20:41"
    elinor = T("""
From: Marsh, Elinor <Elinor.Marsh@knowsley.gov.uk>
Sent: 27 April 2046 15:02
To: Devine, Carla <Carla.Devine@knowsley.gov.uk>
Subject: RE: Step down to Family First (L3) - Ashcroft

Hi Carla,

Thanks for ringing about the Ashcroft children. Happy to take this at
Level 3, but before I can give it to a case manager I need the
following in writing to the duty mailbox, please:

""")
    body = T("""
Elinor,

See my answers in CAPS below - sorry it's taken a few days, I was in court on Friday.

Carla

Carla Devine
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0258

""") + quoted(elinor) + T("""
>
> 1. The children's names and dates of birth
LEXI ASHCROFT - 14/09/2034
JAKE ASHCROFT - 02/03/2039
>
> 2. ICS ID
ICS ID 1923310 (BOTH CHILDREN ARE ON THE ONE EPISODE)
>
> 3. Has mum consented to a referral to Family First?
YES. SHE SIGNED THE FAMILY FIRST CONSENT FORM AT THE CIN REVIEW ON 24/04/2046.
>
> 4. Date, time and venue of the joint home visit (we need at least
> five working days' notice)
TUESDAY 8TH MAY, 10AM, AT HOME - 14 BRAMBLE WALK, HUYTON, L36 9ZX. THAT'S A WEEK TODAY SO IT SHOULD BE FINE.
>
> 5. What are we worried about?
MUM'S DRINKING AT WEEKENDS. SHE HAS CUT DOWN AND SEES THE HUYTON ALCOHOL SERVICE EVERY FORTNIGHT, BUT JAKE SAYS SHE STILL "GETS WOBBLY" ON SATURDAYS. LEXI IS LATE MOST MORNINGS AND HER ATTENDANCE IS 87%.
>
> 6. What is working well?
NAN (MUM'S MUM) NOW COMES EVERY SATURDAY. MUM HAS KEPT EVERY APPOINTMENT WITH THE ALCOHOL SERVICE SINCE FEBRUARY. BOTH CHILDREN ARE CLOSE TO HER AND SAY HOME IS "BETTER NOW".
>
> 7. What needs to happen?
A FF CASE MANAGER TO TAKE ON A TAF WITH SCHOOL AND THE ALCOHOL SERVICE; A MORNING ROUTINE PLAN FOR LEXI; NAN'S SATURDAYS WRITTEN INTO THE PLAN.
>
> Thanks,
> Elinor
>
> Elinor Marsh
> Team Manager | Family First Duty Team | Knowsley Council

""") + KDISC
    top = plain_top(f, addr("Devine, Carla", "Carla.Devine@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "RE: Step down to Family First (L3) - Ashcroft", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1923310"],
        [ch("Lexi Ashcroft", "2034-09-14", "14/09/2034", as_written="LEXI ASHCROFT"),
         ch("Jake Ashcroft", "2039-03-02", "02/03/2039", as_written="JAKE ASHCROFT")],
        ["school_attendance", "substance_misuse"], True, None, [], False, "request_info",
        "INLINE REPLY, ANSWERS IN CAPS BETWEEN THE '> ' QUOTED QUESTIONS: every fact of this Level 3 step-down is in "
        "the social worker's CAPS lines under the duty manager's quoted questions (the quotes alone hold no answer). "
        "Names written in capitals -> normalised 'Lexi Ashcroft', 'Jake Ashcroft'; 'ICS ID 1923310' -> the bare "
        "number (DESIGN: a label before the number is not part of it). 'L3' / 'Level 3' -> level 3. Consent: 'YES. "
        "SHE SIGNED THE FAMILY FIRST CONSENT FORM' -> true. The joint home visit has date, time and venue; all three "
        "Signs of Safety questions are answered -> nothing missing. NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, "
        "DECISIVE: from Tue 1 May the visit on Tue 8 May is 'a week today' (5 plain weekdays) but Mon 7 May is May "
        "Day, so 4 working days < 5 (REQUIREMENTS, Knowsley level 3: at least 5 WD) -> notice not ok -> request_info. "
        "Concerns: mum's weekend drinking -> substance_misuse; Lexi's 87% and lateness -> school_attendance.",
        meeting=date(2046, 5, 8), not_children=["Carla Devine", "Elinor Marsh"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2046-05-23 09:40:18"
    body = T("""
Morning both,

Step up request for the Brannigan family, EHM-90342. The step up TAF is Weds 30th at 10am on Teams - the invite went from my calendar to the MASH inbox and MASH business support this morning, and I've invited the current TAF members (school, HV and the IDVA).

Children:
Connor Brannigan - 06.12.2036
Evie Brannigan - 19.07.2043

The step up form and the minutes of our TAF on 16/05/2046 are attached. My TM, Ged Rimmer, went through it with me in supervision on Monday 21st and agreed the step up - it's on the form.

In short: mum's ex (Evie's dad) has been turning up at the house again since April and there were two police call-outs this month (no arrests - he'd gone before police got there). Mum's mood has dropped badly; she has been off work since Easter and her GP has upped her medication. Connor (9) is wetting the bed again and told school he "listens on the stairs" when Evie's dad comes. Mum does everything we ask but it isn't holding.

Roisin

Roisin Kenny
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0840 | 07700 900 562

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Brannigan.docx", appendix1([
        ("Case ID on EHM:", "EHM-90342"),
        ("Children:", "Connor Brannigan 06/12/2036; Evie Brannigan 19/07/2043"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 30/05/2046, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum engages with every visit and TAF; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 16/05/2046"),
        ("What are we worried about?", "Evie's father keeps coming to the house (police called 04/05/2046 and "
         "15/05/2046; he had left both times). Mum is frightened of him and her depression is worse; she is off work "
         "and her medication has been increased. Connor is wetting the bed and listens on the stairs when he comes."),
        ("What is working well?", "Mum engages and is honest with us; the IDVA is involved; Connor's attendance is "
         "97% and school are a good support; maternal aunt has the children when mum has appointments."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "N/A - no concerns about the care of the home."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Two call-outs (04/05 and 15/05), no arrests; no current "
         "order in place"),
        ("Agreement by line manager:", "Agreed - Ged Rimmer, Team Manager, 21/05/2046"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the IDVA, a TAF every three "
         "weeks, mum supported to apply for a non-molestation order."),
    ]))
    minutes = docx_att("TAF minutes 16.05.2046 - Brannigan.docx", [
        "# Team Around the Family - minutes", "Date: 16/05/2046, 13:30, Prescot Family Hub",
        "Present: mum, Roisin Kenny (Family First, chair), Connor's class teacher, the health visitor, the IDVA",
        "IDVA: mum has been visited by Evie's father four times since April; two police call-outs.",
        "School: Connor tired and tearful; wetting at school twice this month.",
        "Agreed: Roisin to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Kenny, Roisin", "Roisin.Kenny@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Weds 30th 10am - EHM-90342 - Brannigan", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-90342"],
        [ch("Connor Brannigan", "2036-12-06", "06.12.2036"), ch("Evie Brannigan", "2043-07-19", "19.07.2043")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (form and TAF minutes attached as .docx, EHM id, TM agreement 'agreed the step "
        "up', meeting 'Weds 30th at 10am on Teams'); no neglect, non-engagement or exploitation, so no GCP2 / toolkit "
        "/ exploitation assessment is needed (the form's template headings are no concerns). NOTICE ACROSS THE "
        "SPRING BANK HOLIDAY, DECISIVE: from Wed 23 May the TAF on Wed 30 May is 5 plain weekdays but Mon 28 May is "
        "the Spring Bank Holiday -> 4 working days < 5 -> notice not ok -> request_info. Date written 'Weds 30th' "
        "(no month). DOBs dd.mm.yyyy. Concerns: Evie's father at the house, police call-outs -> domestic_abuse; "
        "mum's depression -> parental_mental_health. Consent not mentioned -> null.",
        meeting=date(2046, 5, 30), not_children=["Roisin Kenny", "Ged Rimmer"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2046-05-18 14:05:33"
    blocks = [
        "Hi Family First,",
        "",
        "I'm stepping Harrison down to a Level 2 service at his final CIN meeting. The details are in the table - "
        "Sian at school has agreed to take on the lead practitioner role, and dad has consented to the transfer to "
        "Early Help.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Harrison Lowe, DOB 23/01/2038"],
            ["ICS", "ICS-1931207"],
            ["Final CIN meeting", "Tuesday 29 May 2046, 2.00pm"],
            ["Venue", "Brookfield Park Primary School, Kirkby - family room"],
            ["Lead practitioner (Level 2)", "Sian Pemberton, Learning Mentor, Brookfield Park Primary School"],
            ["Lead practitioner contact", "s.pemberton@brookfieldpark.example.sch.uk | 0151 496 0775"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Harrison (8) has a diagnosis of autism and his EHCP needs assessment is still with the local authority. "
        "Mornings are very hard for him and he has missed a lot of school: his attendance is 82% this year.",
        ("h", "What is working well?"),
        "Dad has given up his night shifts so he can do the school run. Harrison has settled with Sian and goes to "
        "her for a check-in every morning. Nan has him every Wednesday after school.",
        ("h", "What needs to happen?"),
        "Sian to lead an Early Help Assessment and a TAF from June; school to chase the EHCP; a sensory assessment "
        "through the GP.",
        "",
        "Thanks,",
        "Tunde",
        "",
        "Tunde Okafor",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0619",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Okafor, Tunde", "Tunde.Okafor@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Harrison Lowe - final CIN Tues 29th May", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-1931207"],
        [ch("Harrison Lowe", "2038-01-23", "23/01/2038")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "KNOWSLEY LEVEL 2 STEP-DOWN WITH THE LEAD PRACTITIONER AND THE VENUE IN A WORD TABLE (MsoTableGrid, with a "
        "tab-separated text twin): REQUIREMENTS level 2 = meeting_details (date, time and venue of the final CIN), "
        "worries_strengths_next (three headings, answered), lead_practitioner (Sian Pemberton with her agency, the "
        "school) - all met. 'ICS-1931207' keeps its joined prefix. Dad 'has consented to the transfer' -> true. "
        "Final CIN Tue 29 May 14:00 from Fri 18 May crosses the Spring Bank Holiday (Mon 28 May): 6 working days "
        "(7 plain weekdays) -> ok -> book_meeting. Autism / EHCP -> disability_send; 82% -> school_attendance.",
        meeting=date(2046, 5, 29), not_children=["Sian Pemberton", "Tunde Okafor"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2046-06-07 13:48:09"
    ack = ack_text("step-up", "SB-knowsley-1184", [
        "Case: EHM-88412", "Children: Ruby Sefton (11/02/2040), Alfie Sefton (22/08/2041)",
        "Step-up TAF meeting: Wednesday 13 June 2046, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

Adding to our step up for Ruby - I've just come off the phone with Miss Parr, her class teacher at Kirkby Meadows Primary.

Ruby came in this morning with a black eye - the left one, swollen and purple - and a red mark across her cheek. When Miss Parr asked what happened, Ruby said "daddy did it", then wouldn't say anything else and hid under the table in the book corner.

Her dad, Craig, is picking her up at 3.15 today. Mum is on a shift at the hospital in Liverpool until 8 tonight and isn't answering her phone. Ruby's little brother Alfie (4) is in the nursery on the same site and dad collects him at the same time.

Our step up TAF isn't until Wednesday 13th. I'm driving over to the school now - please can someone from MASH ring me on 07700 900 618 before 3.

Dawn

Dawn Lyons
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0391
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "01 June 2046 10:14", "Lyons, Dawn <Dawn.Lyons@knowsley.gov.uk>",
         "[SB-knowsley-1184] Step-up request received - EHM-88412", ack, None)])
    top = outlook_top(f, addr("Lyons, Dawn", "Dawn.Lyons@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1184] Step-up request received - EHM-88412", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-88412"],
        [ch("Ruby Sefton", "2040-02-11", "11/02/2040"), ch("Alfie Sefton", "2041-08-22", "22/08/2041")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP THAT IS AN IMMEDIATE RISK, IN PLAIN WORDS: a 6-year-old came to school with a black eye and "
        "said 'daddy did it'; dad collects her and her 4-year-old brother at 3.15 today, mum unreachable until 8pm; "
        "the case manager asks for a call before 3. No alarm word anywhere. DESIGN safety rule 1 applies whatever "
        "the kind: a reply to [SB-knowsley-1184] is a follow_up, and urgent -> alert_duty (first in next_action's "
        "order). Children and DOBs from the quoted acknowledgement; physical_harm.",
        not_children=["Dawn Lyons"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2046-06-18 16:35:50"
    body = T("""
MASH,

I'm the Youth Justice case manager for Kayden Rigby (DOB 03/10/2032). He's on a referral order, made in March for criminal damage. Family First have the family open on EHM - EHM-90117.

Mum reported him missing on Saturday afternoon. Police found him at 23:10 on Sunday in a flat above a shop on Carrow Street, Bootle. He had 14 wraps of what police think is crack cocaine down his sock, £230 in cash and a second phone that isn't his - a cheap Nokia that kept ringing, with the contacts saved as initials. He was interviewed this morning and released under investigation to mum at lunchtime.

He came to his appointment with me at 3pm and he was shaking. He told me the phone and the money "aren't mine to lose", that he owes for what the police took, and that he "has to go back to the flat tonight to sort it" or "they'll come to the house". Mum says she can't stop him going out - last time he climbed out of the bathroom window. His sister Keeley (11) is at home with mum.

He's 13. He had been doing well with us until Easter. Can someone ring me back on 07700 900 447 before 5? I'm in the office until 6.

Paul Gerrard
Case Manager | Knowsley Youth Justice Service
0151 496 0903

""") + KDISC
    top = outlook_top(f, addr("Gerrard, Paul", "Paul.Gerrard@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Kayden Rigby (13) - found in a Bootle flat on Sunday - says he has to go back tonight", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-90117"],
        [ch("Kayden Rigby", "2032-10-03", "03/10/2032")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A YOUTH JUSTICE CASE MANAGER'S REPORT (county lines): a 13-year-old missing since Saturday, found in a "
        "Bootle flat with crack cocaine wraps, cash and another person's phone, released under investigation today, "
        "owes for the seized drugs and 'has to go back to the flat tonight to sort it'; mum cannot stop him. No "
        "alarm word anywhere. Immediate risk tonight -> urgent -> alert_duty. Not a step request from the lead "
        "professional -> other. exploitation (drugs, debt, someone else's phone) and missing (reported missing "
        "Saturday). The sister Keeley is named by first name only -> not labelled.",
        not_children=["Paul Gerrard"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2046-05-04 10:15:27"
    body = T("""
Good morning,

I would like to step the Quinn children down to Family First at Level 3 at their final CIN meeting:

Monday 14th May 2046, 10.00am, Huyton Family Hub, Room 1.

ICS ID: 1899034 (Mia), 1899035 (Theo)
Mia Quinn - DOB 2035-06-30
Theo Quinn - DOB 2040-10-12

Background: both children were subject to child protection plans in 2044 after their father assaulted their mother in front of them. He was convicted, is serving a long prison sentence and is subject to a restraining order; there has been no contact of any kind since 2044. The children have been on CIN plans since the child protection plans ended. There are no current concerns about domestic abuse.

What are we worried about?
Mum's low mood - she has had a hard winter and is waiting for counselling through her GP. Theo (5) still has nightmares most weeks.

What is working well?
Mum has kept the house and the routines going on her own; both children attend well (Mia 97%, Theo 95%); mum's sister lives two streets away and helps every day.

What needs to happen?
A Family First case manager to hold a TAF; a school-based counsellor for Mia; mum to follow up her counselling referral.

Supervision note (30/04/2046), for the case manager's information: my TM and I talked through a "what if" - what would we do if dad were released early, or tried to make contact through the children's school? We agreed that if that ever happened the step down would be reviewed straight away and a strategy discussion considered, and the school has his photo and a copy of the restraining order. This is contingency planning only: he is in prison and nothing has changed.

Mum signed the Family First consent form at the CIN review on 26/04/2046. Neil Sutcliffe (TM, copied) agrees with the step down.

Amara

Amara Whitfield
Social Worker | Safeguarding & Children in Need Team 1 | Knowsley Council
0151 496 0562

""") + KDISC
    top = outlook_top(f, addr("Whitfield, Amara", "Amara.Whitfield@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First Level 3 - Quinn - final CIN Mon 14th May", when,
                      cc=addr("Sutcliffe, Neil", "Neil.Sutcliffe@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["1899034", "1899035"],
        [ch("Mia Quinn", "2035-06-30", "2035-06-30"), ch("Theo Quinn", "2040-10-12", "2040-10-12")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - A 'WHAT IF' IN SUPERVISION: the supervision note asks what would happen if the father (in "
        "prison, restraining order, no contact since 2044) were released early or contacted the school - "
        "'contingency planning only ... nothing has changed'; the 2044 child protection plans and the assault are "
        "history, 'no current concerns about domestic abuse', and the team name contains 'Safeguarding'. "
        "Hypothetical and historic -> not urgent, no domestic_abuse. Complete Level 3 step-down (date, time, venue; "
        "three headings; signed consent; TM copied and agreeing). Notice across the Early May bank holiday, not "
        "decisive: Fri 4 May -> Mon 14 May = exactly 5 working days (6 plain weekdays) -> ok -> book_meeting. "
        "ICS ids after the label 'ICS ID:' -> bare numbers; ISO DOBs. Mum's low mood -> parental_mental_health.",
        meeting=date(2046, 5, 14), not_children=["Amara Whitfield", "Neil Sutcliffe"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2046-05-21 09:30:12"
    data = itip_reply(f, when, "Sian Pemberton", "s.pemberton@brookfieldpark.example.sch.uk",
                      ("Family First 0-18 Duty Mailbox", KFF), "ACCEPTED",
                      "Final CIN meeting (Level 2 step down) - ICS-1931207 [SB-knowsley-1190]", "20460529T140000",
                      "20460529T150000", "Brookfield Park Primary School, Kirkby - family room",
                      comment="Thanks - I'll bring the attendance data and the EHCP paperwork.")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["ICS-1931207"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the level 2 lead practitioner (a school learning mentor, outside "
        "the council) for the final CIN meeting of knowsley_03's family; the SUMMARY carries ICS-1931207 and "
        "[SB-knowsley-1190]; a COMMENT with nothing of concern. record_reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2046-06-18 06:00:04"
    text = T("""
EHM weekly digest
Team: Family First 0-18 Duty
Week commencing: 11th June

This is an automatically generated summary. Please do not reply to this email.

YOUR TEAM'S WEEK
- New contacts logged: 14
- Step-down requests received: 3 (2 at Level 3, 1 at Level 2)
- Step-up requests logged: 2
- Early Help Assessments overdue for review: 5
- Episodes closed: 7

FLAGS
- Exploitation tracker: 1 new flag this week (risk level: high). Open EHM to see the episode.
- Child protection plans ended and stepped down to Early Help this week: 2
- Safeguarding Children (Level 3) refresher: 4 team members are due by 31/07/2046.

Open your EHM dashboard: https://ehm-portal.knowsley.example/dashboard

You receive this digest because you are a member of Family First 0-18 Duty. To change how often you get it, go to EHM > My settings > Notifications.
""")
    rows = "".join("<tr><td style='padding:3px 10px 3px 0'>%s</td><td style='padding:3px 0'><b>%s</b></td></tr>\n"
                   % (esc(a), esc(b)) for a, b in [
                       ("New contacts logged", "14"), ("Step-down requests received", "3 (2 at Level 3, 1 at Level 2)"),
                       ("Step-up requests logged", "2"), ("Early Help Assessments overdue for review", "5"),
                       ("Episodes closed", "7")])
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10pt\">\n"
         "<div style=\"background:#00558C;color:#FFFFFF;padding:10px\"><b>EHM weekly digest</b><br>"
         "Team: Family First 0-18 Duty<br>Week commencing: 11th June</div>\n"
         "<p style=\"color:#666666\">This is an automatically generated summary. Please do not reply to this email.</p>\n"
         "<h3>YOUR TEAM'S WEEK</h3>\n<table>\n" + rows + "</table>\n<h3>FLAGS</h3>\n<ul>\n"
         "<li>Exploitation tracker: 1 new flag this week (risk level: <span style=\"color:#C00000\">high</span>). "
         "Open EHM to see the episode.</li>\n"
         "<li>Child protection plans ended and stepped down to Early Help this week: 2</li>\n"
         "<li>Safeguarding Children (Level 3) refresher: 4 team members are due by 31/07/2046.</li>\n</ul>\n"
         "<p><a href=\"https://ehm-portal.knowsley.example/dashboard\">Open your EHM dashboard</a></p>\n"
         "<p style=\"color:#666666;font-size:8pt\">You receive this digest because you are a member of Family First "
         "0-18 Duty. To change how often you get it, go to EHM &gt; My settings &gt; Notifications.</p>\n"
         "</body></html>\n")
    top = plain_top(f, addr("EHM Notifications", "ehm.notifications@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "EHM weekly digest - Family First 0-18 Duty - w/c 11th June", when, KDOM, None,
                    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                           ("X-Auto-Response-Suppress", "All")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 3,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN AUTOMATIC WEEKLY PORTAL DIGEST (Auto-Submitted: auto-generated, Precedence: bulk, 'do not "
        "reply'): counts only, no child, family or case id; 'risk level: high' in the exploitation tracker, 'Child "
        "protection plans ended', 'Safeguarding Children' training. Read under safety rule 1, but it reports no "
        "child and no current risk -> not urgent. DESIGN: auto-submitted -> auto_reply -> ignore (rule 2, never "
        "answered). Subject dated 'w/c 11th June'.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2046-04-25 09:12:44"
    nk = "Adeyemi-Ross, Nkechi <Nkechi.Adeyemi-Ross@richmondandwandsworth.gov.uk>"
    kb = "Bloom, Keziah <keziah.bloom@richmondandwandsworth.gov.uk>"
    dom = "Shaw, Dominic <Dominic.Shaw@richmondandwandsworth.gov.uk>"
    m_dom = T("""
Hi Nkechi,

As discussed, here is my write-up for the step up.

Children
Tayo Farrell-Okoro, DOB 05/06/2035 (10)
Ada Farrell-Okoro, DOB 21/11/2041 (4)
Mosaic ID: 2417763

Case summary
The family have been open to Early Help since October 2045, after school raised Tayo's hygiene and attendance. Dad (Patrick Farrell) is the main carer; mum (Bisola Okoro) works away in Aberdeen for three weeks in four. Dad has been treated for depression since last summer and is often still in bed when Tayo leaves for school. The flat has had no working cooker since February and the children mostly eat cereal and takeaways. Tayo's attendance is 78% and he has been sent home twice with head lice. Ada is not registered with a nursery and has missed two dental appointments and her developmental review.

Rationale for step up
Six months of Early Help - weekly visits, a TAF every six weeks, a parenting course and a letter to housing - have not changed things. Dad agrees the plan at every TAF and then does not follow it, and home conditions are worse than in October. The children's needs now call for a statutory Child and Family Assessment rather than more of the same from us.

Dom

Dominic Shaw
Early Help Practitioner | Richmond and Wandsworth
020 7946 0615
""")
    m_nk1 = T("""
Keziah - for your sign-off please. I went through this with Dom in supervision today and I agree: six months of the plan have made no difference. Rationale and case summary below.

Nkechi
""")
    m_kb = T("""
Nkechi - forwarding back with my agreement. I agree with the step up; please send it to MASH Step Up in the morning.

Keziah

Keziah Bloom
Service Manager | Early Help | Richmond and Wandsworth
""")
    body = T("""
Hi MASH,

Please see below - step up for the Farrell-Okoro children (Mosaic ID 2417763). Keziah has agreed it. The case summary and rationale are in Dom's email at the bottom.

Many thanks,
Nkechi

Nkechi Adeyemi-Ross
Team Manager | Early Help (Wandsworth South) | Richmond and Wandsworth
020 7946 0477

""") + RDISC + quote_chain([
        (kb, "24 April 2046 18:02", nk, "FW: FW: Step up - Farrell-Okoro children", m_kb, None),
        (nk, "24 April 2046 17:20", kb, "FW: Step up - Farrell-Okoro children", m_nk1, None),
        (dom, "24 April 2046 11:05", nk, "Step up - Farrell-Okoro children", m_dom, None),
    ])
    top = outlook_top(f, addr("Adeyemi-Ross, Nkechi", "Nkechi.Adeyemi-Ross@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: FW: FW: Step up - Farrell-Okoro children", when,
                      cc=addr("Bloom, Keziah", "keziah.bloom@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2417763"],
        [ch("Tayo Farrell-Okoro", "2035-06-05", "05/06/2035"), ch("Ada Farrell-Okoro", "2041-11-21", "21/11/2041")],
        ["neglect", "parental_mental_health", "school_attendance"], None, True, [], None, "book_meeting",
        "A CHAIN FORWARDED THREE TIMES WITH THE REQUEST AT THE BOTTOM ('FW: FW: FW:'): the team manager's top note "
        "says only 'Please see below'; the service manager forwarded it back with 'I agree with the step up'; the "
        "Early Help practitioner's original at the bottom holds the children, the Mosaic id and the two documents "
        "REQUIREMENTS asks of a Richmond & Wandsworth step-up, pasted under their own headings ('Case summary', "
        "'Rationale for step up') -> nothing missing -> book_meeting (MASH business support invite within 1 WD). "
        "Manager agreement stated twice -> true; consent not mentioned -> null. Concerns: home conditions, food, "
        "lice, missed health appointments -> neglect; dad's depression -> parental_mental_health; 78% -> "
        "school_attendance.",
        not_children=["Patrick Farrell", "Bisola Okoro", "Dominic Shaw", "Keziah Bloom", "Nkechi Adeyemi-Ross"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2046-05-21 15:30:20"
    body = T("""
Hi Jasper / Early Help duty,

Thanks for taking my call this afternoon. As agreed, the step down case discussion for Reggie Thornbury (DOB 17/02/2034, Mosaic 2398115) is Weds 23rd at 2pm on Teams. My TM, Ollie Brandt, will join us.

The latest case summary and the draft Early Help plan are attached.

Reggie is 12 and looks after his mum, who has MS and has had a bad relapse this spring: he sorts her medication, does most of the shopping and gets himself to school, and he has been late a lot (attendance 89%). The CIN plan has done its job on the housing side - the family moved to a ground-floor flat in March - and we think Early Help, with a young carers referral, is the right next step.

I haven't been able to talk to mum about Early Help yet because she was in hospital last week. I'm seeing her on Wednesday morning and will confirm her consent after that.

Freya

Freya Lindqvist
Social Worker | Children in Need Team (Wandsworth) | Richmond and Wandsworth
020 7946 0184

""") + RDISC
    summary = pdf_att("Case summary - Thornbury - May 2046.pdf", "Case summary - Reggie Thornbury", [
        "Child: Reggie Thornbury, DOB 17/02/2034. Mosaic: 2398115.",
        "Household: Reggie and his mother, Mrs Angela Thornbury, who has multiple sclerosis.",
        "Involvement: Child in Need since October 2045 (housing, young carer).",
        "Progress: ground-floor flat from March 2046; adaptations fitted; care package for mum agreed in April.",
        "Current needs: Reggie still does most of mum's care before and after school; late most mornings; "
        "attendance 89%; no time with friends.",
        "Recommendation: step down to Early Help with a young carers assessment and support."])
    plan = docx_att("Draft Early Help plan - Thornbury.docx", [
        "# Draft Early Help plan - Reggie Thornbury",
        "Outcome 1: Reggie has time for school and friends. Actions: young carers assessment (Early Help worker, "
        "June); after-school club two days a week.",
        "Outcome 2: Reggie gets to school on time. Actions: morning carer visit for mum (adult social care); "
        "attendance check-ins with his head of year.",
        "Outcome 3: Mum's care does not fall to Reggie. Actions: review of mum's care package (adult social care)."])
    top = outlook_top(f, addr("Lindqvist, Freya", "Freya.Lindqvist@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Reggie Thornbury - case discussion Weds 23rd 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2398115"],
        [ch("Reggie Thornbury", "2034-02-17", "17/02/2034")],
        ["school_attendance", "young_carer"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down (Early Help duty inbox): the case discussion agreed by phone is written "
        "'Weds 23rd at 2pm' (Wed 23 May, within the seed's 5 days of the contact on Mon 21 May); the case summary "
        "(.pdf) and draft plan (.docx) are attached. CONSENT STILL TO BE ASKED: 'I haven't been able to talk to mum "
        "... will confirm her consent after that' -> null (DESIGN: 'still to be asked' is null) -> consent missing "
        "-> request_info. 'Mosaic 2398115' -> the bare number. Concerns: a 12-year-old caring for his mum -> "
        "young_carer; late, 89% -> school_attendance. The TM joining the meeting is not stated agreement -> null.",
        not_children=["Freya Lindqvist", "Ollie Brandt", "Angela Thornbury"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2046-06-14 12:20:15"
    body = T("""
Hi MASH,

We were going to send this step up after next week's TAF, but it can't wait until then.

At 8.05 this morning Ms Whitlock rang Jade Morris, her Early Help worker, from the school gates. She moved into the new flat in Roehampton with the children on 1 June, after leaving her ex-partner, Liam Carver, in May. At 7.50 this morning she saw his car parked opposite the flats, and at 9.40 he sent her a photo of her new front door with the message "nice place x see you later". He has a non-molestation order not to come within 100 metres of her home. Until today he did not know where she lived.

Esme Whitlock (7, DOB 03.02.2039) is at school and Arlo Whitlock (3, DOB 19.08.2042) is at nursery until 3pm. Ms Whitlock says she cannot take them back to the flat tonight and has nowhere else to go: her mum lives in Ghana, and the refuge she stayed in before has no space. She has reported the photo to the police and is waiting to hear back.

Case summary
Ms Whitlock and the children have been open to Early Help since February (Mosaic ID 2430551), after a police notification about Liam assaulting her in front of Esme. She left him in May with the help of the IDVA. Esme's school say she is withdrawn and has wet herself in class twice this term; Arlo has a speech delay. Mum has engaged with every visit.

Rationale for step up
Liam has found the family's new address in breach of a court order, and mum and the children have nowhere to stay tonight. This is beyond what Early Help can hold; the family need children's social care today.

Mum agrees to the step up. I have agreed it as Jade's team manager.

Abena Mensah
Team Manager | Early Help (Roehampton & Putney) | Richmond and Wandsworth
020 7946 0629

""") + RDISC
    top = outlook_top(f, addr("Mensah, Abena", "Abena.Mensah@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Whitlock - today please - ex-partner has found the new flat", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2430551"],
        [ch("Esme Whitlock", "2039-02-03", "03.02.2039"), ch("Arlo Whitlock", "2042-08-19", "19.08.2042")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "A MOTHER WHO FLED WITH HER CHILDREN, AND THE EX-PARTNER FOUND THE NEW ADDRESS THIS MORNING: his car "
        "opposite the flat, a photo of her front door 'see you later', in breach of a non-molestation order; the "
        "children are at school and nursery until 3pm and the family have nowhere to go tonight. No alarm word "
        "anywhere. Urgent -> alert_duty, although the step-up itself is complete (case summary and rationale under "
        "their headings; 'Mum agrees' -> consent true; 'I have agreed it as Jade's team manager' -> manager true). "
        "'Mosaic ID 2430551' -> bare number. domestic_abuse.",
        not_children=["Liam Carver", "Jade Morris", "Abena Mensah"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2046-04-17 19:40:31"
    body = T("""
Dear Early Help team,

I'm a second-year BA Social Work student and I hope you don't mind me writing to the duty inbox - my practice educator suggested it. My essay question is below, and I'd really value a practitioner's view of the process (not of any real family).

"A 7-year-old child ('Child A'), known to Early Help, tells a teaching assistant that her stepfather hits her with a belt and that she is scared to go home. Critically evaluate how a step-up from Early Help to Children's Social Care should work in this case, with reference to immediate child protection concerns and the threshold for a section 47 enquiry."

Hypothetically, if this happened in your borough, would the Early Help worker phone the MASH straight away, or would the request go through the MASH Step Up inbox? And who decides whether the risk is immediate?

Child A is invented for the assignment - there is no real child or family.

Thank you for your time,
Priya Nandakumar
BA (Hons) Social Work, Year 2
""")
    top = plain_top(f, addr("Priya Nandakumar", "priya.nandakumar@student.kingston-uni.example.ac.uk"),
                    addr("Early Help Duty", RED),
                    "Question for my assignment - step up from Early Help (hypothetical case)", when,
                    "student.kingston-uni.example.ac.uk", None)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A STUDENT'S HYPOTHETICAL ESSAY QUESTION: an invented 'Child A' who is hit with a belt and "
        "'scared to go home', with 'immediate child protection concerns', 'section 47' and 'risk' - 'there is no "
        "real child or family'. DESIGN: hypothetical risks must not trigger the alert. A general enquiry -> other "
        "-> human_review; no child (a pseudonym is no child).")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2046-05-10 11:00:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<p style="font-size:9pt;color:#555555">PRESS RELEASE - FOR IMMEDIATE RELEASE - 10 May 2046<br>Internal copy for Children's Services staff: please do not comment on social media and refer any media enquiries to the Press Office.</p>
<h2 style="color:#003B5C">Battersea man jailed for cruelty to two young children</h2>
<p>A 34-year-old Battersea man, Gary Pocock, was jailed for nine years at Kingston Crown Court yesterday after admitting two counts of child cruelty and one of causing grievous bodily harm to a toddler in his care between 2043 and 2044.</p>
<p>The court heard that the children were found to have untreated fractures in November 2044, after a nursery worker raised concerns with the council's Multi-Agency Safeguarding Hub. The children were removed from his care the same day and now live permanently with relatives outside the borough. They cannot be named for legal reasons.</p>
<p>A Child Safeguarding Practice Review has been completed and its learning shared with schools, nurseries, health services and the police.</p>
<p>The Director of Children's Services said: <i>"My thoughts are with the children and their family. This case shows why safeguarding is everyone's business: the nursery worker who spoke up changed these children's lives. If you are worried that a child is at risk, contact our MASH; if a child is in immediate danger, call 999."</i></p>
<p><b>Notes to editors</b><br>1. The sentence was passed on 9 May 2046.<br>2. The review's summary will be published on the partnership website in June.</p>
<p style="font-size:9pt;color:#555555">Press Office | Richmond and Wandsworth Councils | 020 7946 0700</p>
</body></html>
""")
    top = plain_top(f, addr("Press Office", "press.office@" + RDOM), addr("Early Help Duty", RED),
                    "PRESS RELEASE (for information): Battersea man jailed for cruelty to two young children", when,
                    RDOM, "Microsoft Outlook 16.0")
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PRESS RELEASE (HTML-only): a man jailed for cruelty and fractures to two children in "
        "2043-44; the children were removed the same day and 'now live permanently with relatives'; alarm words "
        "throughout ('IMMEDIATE RELEASE', 'at risk', 'immediate danger, call 999', 'Safeguarding'). A concluded, "
        "historic case in a bulletin -> no current risk -> other -> human_review; no child is named.",
        not_children=["Gary Pocock"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2046-04-26 08:50:37"
    data = itip_reply(f, when, "Imogen Varley", "imogen.varley@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Mosaic 2417763 [SB-richmond_wandsworth-640]", "20460427T100000",
                      "20460427T110000", "Microsoft Teams Meeting",
                      comment="Declining - I'm chairing a strategy discussion at 10 on Friday. Jasper or I can do "
                              "Friday 2pm or Monday 10am; please rebook.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2417763"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED ('Declined:' subject) from the MASH manager for richmond_wandsworth_01's "
        "step-up case discussion, with a COMMENT proposing other times (a 'strategy discussion' about another "
        "family is no report). 'Mosaic 2417763' in the SUMMARY -> the bare number. record_reply.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2046-07-02 10:20:48"
    body = T("""
Dear Sir or Madam,

I am writing on behalf of Sarah Lyle MP, who has been contacted by her constituent, Ms Danielle Kaur, of Flat 6, Marlow Court, Putney, SW15 9ZY.

Ms Kaur tells us that her son, Arjun Kaur (date of birth 12/12/2036), was referred to your Early Help service by his school in February after he was placed on a part-time timetable. She says she was told someone would be in touch within four weeks, and that she has heard nothing since despite calling twice. Arjun is on the waiting list for an ADHD assessment and an EHCP needs assessment is under way; he is currently in school for mornings only.

Ms Kaur has signed our authority form allowing us to raise this with you. We would be grateful if you could tell us:
1. the status of the referral;
2. the name of the person who will contact Ms Kaur; and
3. when she can expect to hear from the service.

Please quote our reference RL/04417 in any reply.

Yours faithfully,

Ruth Hollis
Senior Caseworker
Office of Sarah Lyle MP
House of Commons, London SW1A 0AA
020 7946 0771
""")
    top = plain_top(f, addr("Hollis, Ruth (Office of Sarah Lyle MP)", "ruth.hollis@parliament.example.uk"),
                    addr("Early Help Duty", RED), "Constituent enquiry - Ms Danielle Kaur - our ref RL/04417", when,
                    "parliament.example.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [],
        [ch("Arjun Kaur", "2036-12-12", "12/12/2036")],
        ["disability_send", "school_attendance"], None, None, [], None, "human_review",
        "AN MP'S CASEWORKER ENQUIRY about a referral with no reply: no step is requested -> other -> human_review. "
        "The child is named with his DOB; the caseworker's reference RL/04417 is no case id. 'signed our authority "
        "form allowing us to raise this' is the MP's authority to act, not the family's consent to a service -> "
        "consent null. Concerns: ADHD / EHCP assessment -> disability_send; part-time timetable, mornings only -> "
        "school_attendance.",
        not_children=["Danielle Kaur", "Ruth Hollis", "Sarah Lyle"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2046-07-03 11:05:29"
    body = T("""
Dear MASH,

I'm the Designated Safeguarding Lead at Sheen Vale Primary. I know this is the step-up inbox - Maisie's family are open to your Early Help team (her worker is Dami Cole) - so I'm sending it here as well as ringing the MASH line, which has been engaged for twenty minutes.

At 9.40 this morning Maisie Connolly (DOB 27/10/2036, Year 4) told her class teacher that "Uncle Rob", the man who rents the back bedroom at home, comes into her room at night "when mummy is at work" and touches her "in my private place", and that he told her it is their secret. She said it has happened "lots of times", most recently on Sunday night.

Rob is a lodger, not a relative. He has lived in the house since January. Mum works nights at a care home (Monday to Thursday, 8pm to 8am), so Rob is the only adult in the house overnight. Maisie goes home at 3.15 today and mum is working tonight.

Maisie's exact words are recorded on CPOMS. We have not spoken to mum or to Rob.

Grace Fenwick
Deputy Head and Designated Safeguarding Lead
Sheen Vale Primary School
020 7946 0902
""")
    top = outlook_top(f, addr("Fenwick, Grace", "g.fenwick@sheenvale.example.sch.uk"), addr("MASH Step Up", RSU),
                      "Maisie Connolly, Year 4 - disclosure this morning - family open to Early Help", when,
                      mid_domain="sheenvale.example.sch.uk", extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Maisie Connolly", "2036-10-27", "27/10/2036")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A DISCLOSURE OF SEXUAL ABUSE BY A LODGER WHO LIVES IN THE HOUSE: a 9-year-old says the man who rents the "
        "back bedroom touches her at night when mum is at work; he is the only adult there overnight, she goes home "
        "at 3.15 and mum works tonight. Sent by the school DSL to the step-up inbox -> other (a school's report, no "
        "step) -> urgent -> alert_duty. CPOMS is a school system, no case id. sexual_harm.",
        not_children=["Grace Fenwick", "Dami Cole"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2046-04-23 11:40:05"
    body = T("""
MAST,

Baby Zayan Chowdhury was born on our unit on 21/04/2046 (NHS number 999 482 1106). Mum, Sadia Chowdhury (22), booked late at 32 weeks and told us at booking that she lived alone, so there was no pre-birth assessment.

This morning the baby's father, Tariq Chowdhury, came onto the postnatal ward. Our police liaison check shows that he was convicted in 2041 of causing grievous bodily harm to his previous partner's 3-month-old baby (shaking injuries) and served a prison sentence. He told the ward sister he is taking "my wife and my son" home after the 2pm ward round today. Mum says she will do whatever he decides.

Mum and baby are both medically fit for discharge today and we have no power to keep them.

Please can a social worker ring me before 1pm on 020 7946 0550 (or bleep 4471).

Nasreen Ahmed
Named Midwife for Safeguarding
East London Maternity Unit
""")
    top = outlook_top(f, addr("Ahmed, Nasreen", "nasreen.ahmed@eastlondon-maternity.nhs.example"), addr("MAST", TMAST),
                      "URGENT - Baby Chowdhury, postnatal ward - father plans to take baby home this afternoon", when,
                      mid_domain="eastlondon-maternity.nhs.example", extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Zayan Chowdhury", "2046-04-21", "21/04/2046")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A NEWBORN ON THE WARD WHOSE FATHER HAS A RELEVANT CONVICTION AND MEANS TO TAKE HIM HOME THIS AFTERNOON: "
        "convicted in 2041 of GBH (shaking injuries) to a 3-month-old; mum and baby fit for discharge after the 2pm "
        "ward round; no pre-birth assessment. The conviction is history but the risk is today -> urgent -> "
        "alert_duty. A hospital's report asks for no step -> other. The NHS number is no case id; the baby is named "
        "('Baby Zayan Chowdhury') with his birth date as DOB. physical_harm.",
        not_children=["Sadia Chowdhury", "Tariq Chowdhury", "Nasreen Ahmed"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2046-06-26 10:30:55"
    body = T("""
Hello Early Help Hub,

I'm stepping Shanice Blake (DOB 14.05.2032, Mosaic 2461873) down from Child in Need to a Team Around the Family. The Child and Family Assessment concluded on 22/06/2046 and recommends a TAF with a Lead Practitioner; the assessment and the TAF plan are attached.

TAF meeting: Tuesday the 3rd, 10am, Bow Family Hub. I'll chair.

Lead Practitioner: Ms Farzana Islam, Pastoral Lead, Bow Park Academy (farzana.islam@bowpark.example.sch.uk). She has agreed to take on the role.

Consent: Shanice and her mum both agreed to the step down at the final CIN review on 19/06/2046.

Background for the Lead Practitioner: Shanice went missing for two nights in February and was found safe in Luton on 18/02/2046. The return home interview was done, she was discussed at the exploitation panel (MACE) in March and April, and the panel closed her case in April with no exploitation concerns identified. There have been no missing episodes since February, and the risk assessment was closed at the final CIN review.

Current worries: Shanice's attendance is 86% (up from 71% in the spring); mum's depression, for which she is seeing her GP; arguments at home about curfew.

Thanks,
Sufia

Sufia Rahim
Social Worker | Children in Need (Bow & Mile End) | London Borough of Tower Hamlets
020 7946 0418

""") + TDISC
    cfa = pdf_att("Child and Family Assessment - Blake - 22.06.2046.pdf", "Child and Family Assessment - summary", [
        "Child: Shanice Blake, DOB 14/05/2032. Mosaic: 2461873. Assessment concluded: 22/06/2046.",
        "History: missing from home 16-18 February 2046, found safe in Luton; return home interview completed; "
        "MACE panel March and April 2046 - closed, no exploitation concerns identified.",
        "Current: attendance 86%; mother's depression (GP); conflict at home over curfew.",
        "Analysis: Shanice's needs can be met by a multi-agency Early Help plan. No role for statutory services.",
        "Recommendation: step down to a Team Around the Family with a Lead Practitioner (school)."])
    plan = docx_att("TAF plan - Blake.docx", [
        "# Team Around the Family plan - Shanice Blake",
        "Lead Practitioner: Farzana Islam, Pastoral Lead, Bow Park Academy",
        "1. Attendance above 92% by October: weekly check-in with Ms Islam; first-day calling.",
        "2. Fewer arguments at home: family mediation sessions (Early Help family practitioner).",
        "3. Mum supported with her mood: GP review; a parents' wellbeing group."])
    top = outlook_top(f, addr("Rahim, Sufia", "Sufia.Rahim@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Shanice Blake - Mosaic 2461873 - TAF Tues the 3rd", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2461873"],
        [ch("Shanice Blake", "2032-05-14", "14.05.2032")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - AN OLD MISSING EPISODE, NOW RESOLVED: two nights missing in February, found safe, return home "
        "interview done, the exploitation panel closed her case 'with no exploitation concerns identified', 'no "
        "missing episodes since', 'the risk assessment was closed'. Historic and resolved -> not urgent, and neither "
        "missing nor exploitation is a current concern. Complete Tower Hamlets step-down: C&F assessment (.pdf), TAF "
        "plan (.docx), consent ('both agreed'), Lead Practitioner with her agency -> book_meeting. TAF date written "
        "'Tuesday the 3rd' (3 July); level not stated -> null. Current worries: mum's depression, 86% attendance.",
        not_children=["Farzana Islam", "Sufia Rahim"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2046-06-28 09:15:40"
    blue = "<span style=\"color:#0070C0\"><b>%s</b></span>"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0;font-family:Aptos,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Hi,</p>
<p>&nbsp;</p>
<p>Please see my answers in blue below.</p>
<p>&nbsp;</p>
<p>Lucas</p>
<p>&nbsp;</p>
<p>Lucas Pereira<br>Social Worker | Children in Need (Stepney) | London Borough of Tower Hamlets<br>020 7946 0437</p>
<p>&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Early Help Hub &lt;EarlyHelpHub@towerhamlets.gov.uk&gt;<br><b>Sent:</b> 27 June 2046 16:02<br><b>To:</b> Pereira, Lucas &lt;Lucas.Pereira@towerhamlets.gov.uk&gt;<br><b>Subject:</b> [SB-tower_hamlets-772] Step-down request received - Mosaic 2455019</p>
</div>
<p>&nbsp;</p>
<p>Thank you - your step-down request has been received.</p>
<p>&nbsp;</p>
<p>Reference: SB-tower_hamlets-772<br>Case: Mosaic 2455019<br>Children: Hana Miah (17/01/2041)</p>
<p>&nbsp;</p>
<p>What is missing:</p>
<p>- confirmation that the family consents to the step-down</p>
<p>%(a1)s</p>
<p>- the name and agency of the identified Lead Practitioner</p>
<p>%(a2)s</p>
<p>&nbsp;</p>
<p>Please also tell us the day the Child and Family Assessment concluded (the TAF meeting and its minutes are due on Mosaic within 10 working days of it).</p>
<p>%(a3)s</p>
<p>&nbsp;</p>
<p>Please reply to this email, keeping the reference in the subject, to add anything.</p>
<p>&nbsp;</p>
<p style="font-size:9pt;color:#595959">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""") % {"a1": blue % "YES - Mr Miah gave his consent on the phone yesterday afternoon (26/06). It is recorded on Mosaic.",
        "a2": blue % "Rukhsana Begum, Family Support Worker, Ocean Street Primary School (r.begum@oceanstreet.example.sch.uk).",
        "a3": blue % "It concluded on 21/06/2046."}
    top = outlook_top(f, addr("Pereira, Lucas", "Lucas.Pereira@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-772] Step-down request received - Mosaic 2455019", when)
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2455019"],
        [ch("Hana Miah", "2041-01-17", "17/01/2041")],
        [], True, None, [], None, "attach_to_request",
        "INLINE ANSWERS IN A DIFFERENT COLOUR, HTML-ONLY: the social worker's reply to stepbot's acknowledgement "
        "[SB-tower_hamlets-772] writes each answer in blue bold directly under the quoted question: consent given "
        "by phone yesterday -> consent true; the Lead Practitioner with her agency; the day the assessment "
        "concluded. No text/plain part. A reply adding to a request -> follow_up -> attach_to_request. Child, DOB "
        "and 'Mosaic 2455019' (bare number) from the quoted acknowledgement; nothing of concern is said -> no "
        "concerns.",
        not_children=["Rukhsana Begum", "Lucas Pereira"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2046-06-13 09:50:14"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Adam Rashid (DOB 02/09/2036) and Sara Rashid (DOB 30/01/2042), who have been open to Targeted Early Help since November 2045.

What happened last night: at about 23:00 police were called to the family home after Mr Kamal Rashid assaulted Mrs Rashid. He was arrested at the scene, charged this morning with assault occasioning actual bodily harm and remanded in custody to appear at Thames Magistrates' Court; police have told mum he will not be released before his hearing. The children were asleep upstairs and were not hurt. Mum and the children are staying with her mother in Poplar. Police completed a DASH (high risk) and have referred to MARAC, and the IDVA rang mum this morning.

Why I'm asking for a step up: this is the third police call-out since March, mum has twice withdrawn her statement and let dad back, and the Early Help plan cannot hold this level of risk. Mum agrees to the referral to MAST.

My manager, Nadim Rahman, read the MARF and agreed the step-up this morning.

Shamim Uddin
Targeted Early Help Practitioner | London Borough of Tower Hamlets
020 7946 0455

""") + TDISC
    marf = pdf_att("MARF - Rashid - 13.06.2046.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Adam Rashid (02/09/2036), Sara Rashid (30/01/2042). Mosaic ID: 2448310.",
        "Address: staying with maternal grandmother, Poplar, E14 (from 12/06/2046).",
        "Referrer: Shamim Uddin, Targeted Early Help. Manager: Nadim Rahman (agreed 13/06/2046).",
        "Reason: domestic abuse - third police call-out since March 2046; father charged with ABH on 13/06/2046 "
        "and remanded in custody; DASH high risk; MARAC referral made.",
        "Is a child at immediate risk of harm? No - father remanded in custody; children with mother at the "
        "maternal grandmother's home.",
        "Parental consent to this request: yes (mother, 13/06/2046).",
        "Request: assessment by Children's Social Care (step up from Targeted Early Help)."])
    top = outlook_top(f, addr("Uddin, Shamim", "Shamim.Uddin@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Rashid family - MARF attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2448310"],
        [ch("Adam Rashid", "2036-09-02", "02/09/2036"), ch("Sara Rashid", "2042-01-30", "30/01/2042")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN ARREST ALREADY MADE, THE CHILDREN SAFE WITH RELATIVES: last night's assault, the father "
        "charged and remanded in custody, the children unhurt and staying with mum at their grandmother's; 'DASH "
        "(high risk)', MARAC, 'this level of risk'; the MARF says 'immediate risk of harm? No'. The police manage "
        "the risk now -> not urgent. Complete Tower Hamlets step-up: MARF attached (request_for_support), manager "
        "'agreed the step-up' -> book_meeting (MAST discussion). 'Mosaic ID: 2448310' in the MARF -> bare number. "
        "Consent: 'Mum agrees to the referral' -> true. domestic_abuse.",
        not_children=["Kamal Rashid", "Shamim Uddin", "Nadim Rahman"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2046-06-29 16:10:22"
    body = T("""
MAST,

I'm sending this from my phone at the family's flat in Tarling Court, E1. The family are open to me at Targeted Early Help.

School rang me at 2.30 because Ayaan Hussain (10, DOB 09/03/2036) has been absent since Wednesday. I came round at 3.30. Ayaan opened the door holding his baby sister, Inaya Hussain (DOB 18-11-2045). He says mum went out on Tuesday evening to "see a friend" and hasn't come back. He has been making Inaya's bottles, changing her and sleeping with her in his bed. There is one tin of formula left and nothing in the fridge, and Inaya's nappy rash is so bad it has bled. Mum's phone goes straight to voicemail and Ayaan doesn't know any other family in London. Dad lives in Birmingham and has no contact.

It's Friday, and I can stay here until 5.30. My manager, Nadim Rahman, has said to send this to you now as a step up and to ring. I haven't done the MARF yet - I'll do it tonight.

Marta Kowalska
Targeted Early Help Practitioner | London Borough of Tower Hamlets
07700 900 813

""") + TDISC
    top = outlook_top(f, addr("Kowalska, Marta", "Marta.Kowalska@" + TDOM), addr("MAST", TMAST),
                      "Step up - Hussain children - I'm at the flat now", when)
    add(f, mail(f, top, body, cte="base64", crlf=False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Ayaan Hussain", "2036-03-09", "09/03/2036"), ch("Inaya Hussain", "2045-11-18", "18-11-2045")],
        ["neglect", "young_carer"], None, True, ["request_for_support"], None, "alert_duty",
        "A 10-YEAR-OLD CARING ALONE FOR HIS 7-MONTH-OLD SISTER WHILE MUM HAS BEEN GONE SINCE TUESDAY: bottles, "
        "nappies, one tin of formula left, bleeding nappy rash, no other adult, and it is Friday afternoon; the "
        "worker can stay until 5.30. No alarm word anywhere. Urgent -> alert_duty (safety rule 1 before any missing "
        "document). The Tower Hamlets step-up lacks the MARF ('I haven't done the MARF yet') -> request_for_support "
        "missing; 'My manager ... has said to send this to you now as a step up' -> manager true; mum absent -> "
        "consent null. neglect, young_carer. Sent from a phone: text/plain only, base64, LF line ends.",
        not_children=["Marta Kowalska", "Nadim Rahman"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2046-07-04 14:40:09"
    body = T("""
To whom it may concern,

I am making a subject access request under Article 15 of the UK GDPR.

Please send me copies of all the personal data that Tower Hamlets Early Help holds about me and about my son, Theo Marchetti (date of birth 4th April 2037), including case notes, assessments, TAF minutes and any emails between your staff and his school, from January 2044 to today. Our involvement with Early Help ended in 2045; I believe the Mosaic number was 2288410.

My address is Flat 3, Lanark House, Bow, E3 9ZQ. I can bring photo ID to the Town Hall if you need it.

I understand that you have one month to respond.

Sofia Marchetti
""")
    top = plain_top(f, addr("Sofia Marchetti", "sofia.marchetti@mailbox.example.com"), addr("Early Help Hub", TEH),
                    "Subject access request - Early Help records", when, "mailbox.example.com", None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 8,
        "ordinary", "other", False, None, ["2288410"],
        [ch("Theo Marchetti", "2037-04-04", "4th April 2037")],
        [], None, None, [], None, "human_review",
        "A SUBJECT-ACCESS REQUEST (UK GDPR Article 15) from a parent for her own and her son's Early Help records: "
        "no step -> other -> human_review (business support forward it to the information governance team). The "
        "son is named with a DOB written '4th April 2037'; 'the Mosaic number was 2288410' -> the bare number. The "
        "involvement ended in 2045 and no worry is raised -> no concerns.",
        not_children=["Sofia Marchetti"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2046-07-06 17:20:33"
    data = ooo(f, when, "Rahim, Sufia", "Sufia.Rahim@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-781] TAF meeting - Blake family - please confirm the attendees",
               T("""
Thank you for your email. I am out of the office until Monday 16 July with no access to email.

For anything urgent about a child or family please contact the MAST duty desk on 0207 364 5606 or 0207 364 5601.

Sufia Rahim
Social Worker | Children in Need (Bow & Mile End)
"""))
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A plain-text OUT-OF-OFFICE ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress) "
        "answering stepbot's [SB-tower_hamlets-781] mail about tower_hamlets_02's TAF. The reference in the subject "
        "does not make it a follow-up; 'anything urgent' is boilerplate. auto_reply -> ignore (DESIGN rule 2).")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2046-07-09 08:05:47"
    body = T("""
EMERGENCY DUTY TEAM - HANDOVER LOG
Period: Friday 06/07/2046 17:00 to Monday 09/07/2046 08:00
Duty social worker: Leon Hartley. Manager on call: Joyce Amankwah.

1. Fri 18:20 - Looked after young person (JB, 16), supported lodgings. Provider reported JB not back by curfew; JB returned at 19:05. Logged with police and closed. No further action (NFA) for EDT. For: Leaving Care team, for information.

2. Fri 21:45 - Police asked for an appropriate adult for a 17-year-old (RK) in custody at Leman Street. EDT attended 22:30 to 01:10. RK released under investigation to his father. NFA.

3. Sat 10:05 - Foster carers (sibling placement) asked whether Sunday's family time could move to the afternoon for a birthday party. Advice given; the child's social worker to note. NFA.

4. Sun 02:40 - Anonymous call from a neighbour at Flat 12, Ravel House, Stepney Way, E1 9ZR. The caller heard a young child in Flat 14 screaming "stop daddy stop" for about ten minutes, a man shouting "shut up or I'll do it again", then a thud and then silence. Flat 14 is linked on Mosaic to Kai Osei-Barnes, DOB 14/05/2043 (3), Mosaic 2471120, closed to CIN in March 2046; mum's current partner is not known to us. Police informed at 02:55 but had no unit to send overnight and passed it to their day shift. EDT did not visit (lone worker at night). The child has not been seen. For: MAST to follow up today.

5. Sun 14:30 - Misdirected call from a care home about an adult resident. Redirected to the adult out-of-hours service. NFA.

6. Mon 06:50 - Hospital social work team confirmed the return of a 12-year-old (TS) to her foster placement after surgery. NFA.

End of log - Leon Hartley, EDT Senior Practitioner, 07:55.

Out of Hours Emergency Duty Team | London Borough of Tower Hamlets
""")
    top = plain_top(f, addr("Out of Hours Emergency Duty Team", "edt@" + TDOM), addr("MAST", TMAST),
                    "EDT handover log - Fri 06/07 17:00 to Mon 09/07 08:00", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, ["2471120"],
        [ch("Kai Osei-Barnes", "2043-05-14", "14/05/2043")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN EDT ENTRY BURIED AMONG ROUTINE ENTRIES: six overnight and weekend calls, five of them closed ('NFA'); "
        "entry 4 is a neighbour hearing a 3-year-old scream 'stop daddy stop', a man threatening to 'do it again', "
        "a thud and silence - the police had no unit, EDT did not visit, 'the child has not been seen', 'MAST to "
        "follow up today'. An unseen young child after that call is an immediate risk now -> urgent -> alert_duty. "
        "An EDT handover asks for no step -> other. Only Kai is named in full; the other entries use initials "
        "(JB, RK, TS) and are no children of this request. 'Mosaic 2471120' -> bare number. physical_harm.",
        not_children=["Leon Hartley", "Joyce Amankwah"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2046-04-18 14:20:26"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step Ellie-Mae Tapper (DOB 08/08/2037, LCS-447193) down to level 3 Early Help?

Ellie-Mae lives with her maternal grandmother, Mrs Pauline Hext, who has held a Special Guardianship Order for her since March 2045. Mrs Hext has given her consent to level 3 Early Help - she signed the consent section of the Single Assessment on 13/04/2046.

The Single Assessment is attached, with my analysis and the rationale for the step down, and my team manager's analysis (Lorna Ashby, 16/04/2046) confirming the threshold for level 3 is met.

What we'd want from Early Help: support for Mrs Hext with Ellie-Mae's behaviour at bedtime, and help with school attendance, which is 85% this year. Ellie-Mae's mum has monthly contact at the family centre and has been doing well since she finished rehab in January.

Thanks,
Hannah

Hannah Prowse
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960 412

""") + BDISC
    sa = pdf_att("Single Assessment - Tapper - April 2046.pdf", "Single Assessment - Ellie-Mae Tapper (LCS-447193)", [
        "Child: Ellie-Mae Tapper, DOB 08/08/2037. Carer: Mrs Pauline Hext (maternal grandmother, Special Guardian "
        "since March 2045).",
        "Social worker's analysis: Ellie-Mae is settled and well cared for by her grandmother. The remaining needs "
        "are her behaviour at bedtime, school attendance (85%) and keeping contact with her mother positive.",
        "Rationale for step down: the Child in Need plan's goals are met apart from the above, which can be met by a "
        "level 3 Early Help response.",
        "Team Manager's analysis (Lorna Ashby, 16/04/2046): I agree with the analysis. The threshold for level 3 "
        "intervention is met and statutory involvement is no longer needed.",
        "Consent: I consent to a level 3 Early Help service for Ellie-Mae. Signed: P. Hext (Special Guardian), "
        "13/04/2046."])
    top = outlook_top(f, addr("Prowse, Hannah", "Hannah.Prowse@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down to level 3 - Ellie-Mae Tapper (LCS-447193)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["LCS-447193"],
        [ch("Ellie-Mae Tapper", "2037-08-08", "08/08/2037")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "CONSENT FROM A GRANDPARENT HOLDING A SPECIAL GUARDIANSHIP ORDER: the special guardian has parental "
        "responsibility and 'has given her consent to level 3 Early Help' (signed in the Single Assessment) -> "
        "consent true. Torbay step-down: the Single Assessment with the analysis and rationale (.pdf) and the team "
        "manager's analysis 'confirming the threshold for level 3 is met' -> assessment and manager_agreed met -> "
        "book_meeting (a slot at the weekly Tuesday triage). 'level 3' stated -> 3. Mum's finished rehab is no "
        "current worry; 85% -> school_attendance.",
        not_children=["Pauline Hext", "Lorna Ashby", "Hannah Prowse"])

def torbay_02():
    f = "torbay_02.eml"; when = "2046-06-12 11:15:03"
    body = T("""
Morning,

Could the Pengelly children go to triage for a step down to Early Help please? LCS-452870.

Tegan Pengelly - 2039-03-26
Rory Pengelly - 2042-12-04

The Single Assessment (completed 08/06/2046) is attached, with my analysis and the rationale.

My TM, Hollie Rendle, has agreed the step down subject to the plan being updated with school's attendance actions - I'll have that done before triage. Dad (Mark Pengelly) consented at the CIN review on 05/06/2046.

The main worries now are Tegan's attendance (83%) and dad's depression since mum left in the new year. Rory is 3 and goes to nursery three days a week, where he's doing well.

Jason

Jason Hocking
Social Worker | Single Assessment Team | Torbay Council
01632 960 488

""") + BDISC
    sa = docx_att("Single Assessment - Pengelly - 08.06.2046.docx", [
        "# Single Assessment - Pengelly",
        "Children: Tegan Pengelly (26/03/2039), Rory Pengelly (04/12/2042). LCS-452870.",
        "Social worker's analysis: dad is a loving carer but his depression since January has affected routines; "
        "Tegan's attendance has fallen to 83%. Rory is thriving at nursery.",
        "Rationale for step down: the concerns are about routines, attendance and dad's mood, which Early Help can "
        "support at level 3.",
        "Team Manager's analysis: agreed, subject to the plan being updated with school's attendance actions. "
        "H. Rendle, 11/06/2046."])
    top = outlook_top(f, addr("Hocking, Jason", "Jason.Hocking@" + BDOM), addr("Early Help", BEH),
                      "Step down request - Pengelly children - triage please", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["LCS-452870"],
        [ch("Tegan Pengelly", "2039-03-26", "2039-03-26"), ch("Rory Pengelly", "2042-12-04", "2042-12-04")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "A MANAGER'S CONDITIONAL AGREEMENT: 'has agreed the step down subject to the plan being updated with "
        "school's attendance actions' -> agreement stated as given, with a condition the worker will meet before "
        "triage -> manager_agreed true (as mixed25 read conditional consent as true). Torbay step-down: Single "
        "Assessment attached (.docx), consent ('Dad ... consented') -> complete -> book_meeting; Rory is 3, so the "
        "fortnightly under-5s triage applies (AFC attending). Level not written -> null. Concerns: dad's "
        "depression, Tegan's 83%.",
        not_children=["Mark Pengelly", "Hollie Rendle", "Jason Hocking"])

def torbay_03():
    f = "torbay_03.eml"; when = "2046-05-15 08:20:10"
    body = T("""
TORBAY EMERGENCY DUTY TEAM - OVERNIGHT HANDOVER
Monday 14/05/2046 17:00 to Tuesday 15/05/2046 08:30
On duty: Rosie Chubb (EDT social worker). Manager on call: Graham Voisey.

ENTRY 1 - 17:40 - Paignton police: an older man with dementia found wandering on the sea front. Not a children's matter - passed to the adult out-of-hours service. NFA.

ENTRY 2 - 19:15 - Supported accommodation, Torquay: care leaver (DW, 19) locked out of his flat; the provider let him back in. NFA.

ENTRY 3 - 22:05 - FOR MASH: CONTACT FROM THE LEAD PROFESSIONAL
Gemma Luscombe, Early Help Practitioner and lead professional for the Northcott family (level 3 plan), rang EDT because she could not get through to MASH before 17:00, and asked us to log this as her contact to MASH.
Children: Tyler-Jay Northcott (11) and Lily Northcott (DOB 02/02/2041).
New information: on Monday afternoon mum (Kayleigh Northcott) told Gemma that her partner, Scott Rowe, has been using cocaine and heroin in the house, and on Saturday Tyler-Jay found a used needle in the bathroom bin. Mr Rowe left the house on Sunday and is staying with his brother in Plymouth; mum says he is not coming back "for now".
Gemma discussed this with her assistant team manager, Silas Penrose, on Monday afternoon and they agree it needs considering for a level 4 statutory intervention. Mum consents to the contact to MASH.
EDT view: nothing needed overnight - the children are at home with mum and Mr Rowe is in Plymouth. Gemma's mobile: 07700 900 355.

ENTRY 4 - 03:20 - Police: a 15-year-old (AM) reported missing from home in Brixham; returned home at 04:10. Return home interview to be offered by the day team. NFA for EDT.

Rosie Chubb, EDT Social Worker, 08:15

Torbay Council Emergency Duty Team
""")
    top = plain_top(f, addr("Emergency Duty Team", "edt@" + BDOM), addr("MASH", BMASH),
                    "EDT handover log - Mon 14/05 17:00 to Tue 15/05 08:30", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [],
        [ch("Tyler-Jay Northcott"), ch("Lily Northcott", "2041-02-02", "02/02/2041")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "AN OUT-OF-HOURS EDT HANDOVER LOG WHOSE THIRD ENTRY IS THE REQUEST: the lead professional rang EDT after "
        "17:00 and asked for the entry to stand as her contact to MASH - Torbay's step-up ('a contact should be "
        "made to MASH with parental consent', the worker and team manager agreeing it needs considering for level "
        "4). 'Mum consents to the contact to MASH' -> consent true; 'they agree it needs considering for a level 4' "
        "(her assistant team manager) -> manager true -> nothing missing -> book_meeting (MASH threshold "
        "discussion). Not urgent: the partner has left for Plymouth and EDT judged nothing needed overnight. "
        "Children: Tyler-Jay (age only, no DOB) and Lily; the other entries' people (DW, AM) are initials only. "
        "substance_misuse.",
        not_children=["Gemma Luscombe", "Kayleigh Northcott", "Scott Rowe", "Silas Penrose", "Rosie Chubb"])

def torbay_04():
    f = "torbay_04.eml"; when = "2046-06-20 21:47:31"
    body = T("""
Hello,

I've tried the out of hours number twice and it rang out, so I'm emailing as well.

At 21:26 tonight Cerys Trewin (15, DOB 11/03/2031) posted on her Instagram story a photo taken from the cliff path at Berry Head with the words "sorry for everything. love you mum. goodbye x". A girl from our Thursday group sent me a screenshot at 21:34. Cerys hasn't answered my messages and her phone now goes straight to voicemail.

I rang her mum, Michelle Trewin, at 21:38. Cerys isn't at home - she went out at about 8 saying she was going to a friend's. Mum has rung round and nobody has seen her. I've called the police and they are sending someone to mum's house.

Three weeks ago Cerys told me she'd been feeling "pointless" since her exams, and I passed that on to her Early Help worker the next day.

Jake Tregear
Detached Youth Worker | Torbay Youth Trust
07700 900 266
""")
    top = plain_top(f, addr("Jake Tregear", "jake.tregear@torbayyouthtrust.example.org"), addr("MASH", BMASH),
                    "Cerys Trewin, 15 - goodbye post on Instagram tonight", when, "torbayyouthtrust.example.org",
                    None, extra=[("User-Agent", "Android Mail")])
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Cerys Trewin", "2031-03-11", "11/03/2031")],
        ["missing"], None, None, [], None, "alert_duty",
        "A 15-YEAR-OLD'S GOODBYE MESSAGE ONLINE TONIGHT: 'sorry for everything ... goodbye x' posted from a cliff "
        "path at 21:26, not at home, phone off, nobody has seen her; police called but she has not been found. Sent "
        "at 21:47 (out of hours: the Emergency Duty Team is alerted). No alarm word anywhere. A youth worker's "
        "report, no step -> other -> urgent -> alert_duty. Whereabouts unknown -> missing (the contract has no id "
        "for a child's own suicidal intent).",
        not_children=["Michelle Trewin", "Jake Tregear"])

def torbay_05():
    f = "torbay_05.eml"; when = "2046-04-16 08:30:00"
    body = T("""
Dear colleague,

Our records show that members of your team are due (a) a DBS renewal (every three years) and/or (b) the Safeguarding Children Level 3 refresher by 31 May 2046.

DBS RENEWALS
Please complete the online form on the HR portal and bring your ID to one of the Thursday ID-check sessions at Tor Hill House (9.30-12.00).

SAFEGUARDING CHILDREN LEVEL 3 REFRESHER
This year's half-day course (on Teams) works through three example scenarios:

Scenario 1: A 6-year-old arrives at breakfast club with a bruise on her cheek and says "daddy did it". Her dad collects her at 3.15. What do you do, and who do you call?
Scenario 2: A 14-year-old you support posts "can't do this any more" on social media late at night. Who do you contact out of hours?
Scenario 3: On a home visit you find a 9-year-old looking after a baby on his own. Is this an immediate child protection concern, and what do you do before you leave?

These scenarios are fictional and are used for training only.

Dates: Tuesday 8 May (am), Thursday 17 May (am), Wednesday 23 May (pm). Book through the Learning Zone.

Workforce Development Team | Torbay Council
""")
    top = plain_top(f, addr("Workforce Development", "workforce.development@" + BDOM), addr("Early Help", BEH),
                    "Reminder: DBS renewals and Safeguarding Children Level 3 refresher - book by 31 May", when,
                    BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A DBS / TRAINING REMINDER WITH EXAMPLE SCENARIOS: a 6-year-old's 'daddy did it' with dad "
        "collecting at 3.15, a 14-year-old's late-night post, a 9-year-old alone with a baby, 'immediate child "
        "protection concern' - all 'fictional and ... used for training only'. DESIGN: bulletins that list examples "
        "must not trigger the alert. Sent to the team mailbox by the council's workforce team -> other -> "
        "human_review; no child.")

def torbay_06():
    f = "torbay_06.eml"; when = "2046-04-24 09:25:18"
    body = T("""
Dear MASH,

I'm the lead professional for Finley Cawse (DOB 30/11/2037), Year 3, who has been on a level 3 Early Help plan since January (EHM-61204).

At 8.10 this morning a neighbour, Mrs Joan Beer, brought Finley into school. She had found him asleep in her garden shed at 7am. Finley says he got home from his friend's house at 7 last night and the front door was locked, nobody answered and the lights were off. He sat on the step "for ages", then climbed over the fence into her shed. He was in his school shirt and shorts, and it went down to 2 degrees last night. He was very cold when he arrived; he has had breakfast and a hot drink with us.

Mum's phone is switched off. Mrs Beer hasn't seen mum's car since Sunday. There is no other family nearby that we know of. Finley will go home at 3.15 unless we hear otherwise.

I've talked this through with our head teacher, Mr Alan Rowse (my line manager), and we agree this needs to be looked at for level 4. I haven't been able to speak to mum to get her consent.

Carly Pascoe
Family Support Worker | Shiphay Vale Primary School
01632 960 733
""")
    top = outlook_top(f, addr("Pascoe, Carly", "c.pascoe@shiphayvale.example.sch.uk"), addr("MASH", BMASH),
                      "Finley Cawse (Year 3) - lead professional contact to MASH - out all night", when,
                      mid_domain="shiphayvale.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-61204"],
        [ch("Finley Cawse", "2037-11-30", "30/11/2037")],
        ["neglect"], None, True, ["consent"], None, "alert_duty",
        "A CHILD LOCKED OUT OVERNIGHT IN THE COLD: an 8-year-old locked out at 7pm, slept in a neighbour's shed at "
        "2 degrees in his school shirt; mum's phone off, her car not seen since Sunday; he goes home at 3.15. No "
        "alarm word anywhere. Urgent -> alert_duty. It is the lead professional's contact to MASH (Torbay step-up): "
        "'we agree this needs to be looked at for level 4' with her line manager -> manager true; 'I haven't been "
        "able to speak to mum to get her consent' -> null -> consent missing. EHM-61204; neglect.",
        not_children=["Joan Beer", "Alan Rowse", "Carly Pascoe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2046-04-20 12:10:44"
    data = itip_reply(f, when, "Hannah Prowse", "Hannah.Prowse@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Early Help triage - step down - LCS-447193 [SB-torbay-903]", "20460424T100000",
                      "20460424T103000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-447193"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from torbay_01's social worker for the Tuesday-morning "
        "triage slot (Tue 24 April 10:00) stepbot offered; the SUMMARY carries LCS-447193 and [SB-torbay-903]. "
        "record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2046-07-05 22:10:37"
    body = T("""
To whoever reads this inbox,

I want to make a formal complaint about the way me and my family were treated by your social worker in March.

In March a social worker came to the house after school rang about a bruise on my youngest's arm (he fell off his scooter - the walk-in centre saw it at the time). She talked to me like I was a danger to my own children and told the school we were "a risk". She spoke to my boys, Alfie (9) and Harry (6), on their own without asking me first. The child protection investigation was closed after two weeks with no further action and nobody has ever said sorry.

Since then the school treat me differently and Alfie won't go to breakfast club any more. I want:
1. an apology in writing
2. the word "risk" taken off the school's file
3. to know who I complain to next if you won't deal with this

I'm not asking for any help from Early Help, I just want this dealt with properly.

Lisa Coombe
""")
    top = plain_top(f, addr("Lisa Coombe", "lisa.coombe@mailbox.example.com"), addr("Early Help", BEH),
                    "formal complaint", when, "mailbox.example.com", None)
    add(f, mail(f, top, body, crlf=False), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S COMPLAINT THAT IS NOT A REQUEST: alarm words ('a danger to my own children', 'a "
        "risk', 'child protection investigation') about a section 47 enquiry closed in March with no further action; "
        "'I'm not asking for any help from Early Help'. No current worry -> not urgent -> other -> human_review (the "
        "complaints procedure). The boys are named by first name only -> no children labelled; no concerns.",
        not_children=["Lisa Coombe"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2046-04-17 16:05:12"
    plan = pdf_att("EHA step-down plan - Bufton - April 2046.pdf",
                   "Early Help Assessment - step-down plan (Level 3 - Intensive)", [
        "Family: Bufton (father and two children, who live in Kington with him). Mosaic ID: 2519904. Plan written 16/04/2046 by the social worker with dad, Harvey and Isla at home; this version replaces the draft discussed with the co-ordinator.",
        "Children (sibling group): Harvey Bufton, DOB 12/06/2035; Isla Bufton, DOB 03/09/2039.",
        "Social worker: Ffion Gwilliam, Children in Need (Hereford). Team manager: Rhodri Lloyd.",
        "Assessment decision: step-down to Early Help agreed at the Child and Family Assessment outcome on "
        "09/04/2046. Discussed with Early Help co-ordinator Xavier Moss on 13/04/2046.",
        "Key person consulted to lead on this step-down: Mrs Anwen Price, Family Support Worker, Kington Primary "
        "School, 01632 960 418 - agreed on 14/04/2046.",
        "What we are worried about: dad (Rhys Bufton) has depression and is waiting for talking therapy; on bad "
        "days the children are late for school. Harvey's attendance is 84%.",
        "What is working well: dad is open with professionals; grandparents in Kington help after school; Isla "
        "loves school and her attendance is 96%.",
        "Wellbeing plan (what needs to happen / by whom / outcome / timescale):",
        "1. Morning routine support - Anwen Price - children on time every day - from May 2046.",
        "2. Talking therapy - dad with his GP - dad's mood improving - referral chased by end of April.",
        "3. Attendance plan for Harvey - Kington Primary - attendance above 92% - review at the first MAG.",
        "4. After-school club for Isla twice a week - Kington Primary - dad has time for appointments - from May 2046.",
        "5. Summer holiday club places for both children (three days a week) - Anwen Price - by the end of May 2046.",
        "Voice of the children: Harvey says he wants 'dad to be happy again' and to get to football on time; Isla "
        "says she likes it when grandad picks her up.",
        "Other professionals: GP (Kington Medical Practice); school nurse; Harvey's football coach, who has "
        "offered lifts to Saturday matches; dad's employer knows and has agreed later start times on Mondays.",
        "Review: progress to be reviewed at the next four multi-agency meetings (MAGs); the social worker stays "
        "involved until the case is closed within 10 working days of the step-down.",
        "Consent: written consent attached (signed by Mr Rhys Bufton, 12/04/2046)."])
    consent = pdf_att("Consent to Early Help - Bufton - signed.pdf", "Consent to Early Help support and information sharing", [
        "I, Rhys Bufton, parent of Harvey Bufton and Isla Bufton, consent to my family receiving Early Help "
        "support and to the professionals named in the plan sharing information about us for that purpose.",
        "Signed: R. Bufton     Date: 12/04/2046",
        "Witnessed by: Ffion Gwilliam, Social Worker, Herefordshire Council"])
    top = outlook_top(f, addr("Gwilliam, Ffion", "Ffion.Gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down", when)
    add(f, mail(f, top, "Please see attached.\n", [plan, consent]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2519904"],
        [ch("Harvey Bufton", "2035-06-12", "12/06/2035"), ch("Isla Bufton", "2039-09-03", "03/09/2039")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "A REQUEST THAT IS ONLY IN THE ATTACHMENTS: the body is the single line 'Please see attached.' and the "
        "subject just 'Step down'; everything is in two PDFs - the Early Help Assessment step-down plan (sibling "
        "group, Mosaic ID, 'Level 3 - Intensive', the key person with her agency, the wellbeing plan) and the "
        "signed consent form. Herefordshire step-down: consent_form, draft_plan, lead_practitioner all met -> "
        "book_meeting. 'Mosaic ID: 2519904' -> bare number. Concerns: dad's depression, Harvey's 84% (Isla's 96% "
        "is none).",
        not_children=["Rhys Bufton", "Anwen Price", "Ffion Gwilliam"], names_only_in_attachments=True)

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2046-06-06 10:45:36"
    body = T("""
Hi both,

Step-down plan for L and her brother attached - I talked it through with Verity on the phone on Monday.

Mum has agreed to Early Help verbally. I'm seeing her w/c 11th June and will get the consent form signed then and send it straight over.

The key person is Tom at the youth hub - his details are in the plan.

Owain

Owain Bevan
Social Worker | Children in Need (North) | Herefordshire Council
01632 960 271

""") + HDISC
    plan = docx_att("Step-down plan - LP and NP.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Lacey Preece (DOB 19/09/2033) and Noah Preece (DOB 07/01/2036)",
        "Mosaic ID: 2533187",
        "Key person (lead on this step-down): Tom Davies, Youth Worker, Leominster Youth Hub, 01632 960 902",
        "What we are worried about: mum's cannabis use has reduced but not stopped; Lacey (12) is missing school - "
        "her attendance is 79%.",
        "What is working well: mum has engaged with the drug and alcohol service since February; the children are "
        "close to their nan in Leominster; Noah's attendance is 95%.",
        "Wellbeing plan: 1. Attendance plan for Lacey (school, from June). 2. Mum to keep her appointments with "
        "the drug and alcohol service (review at the first MAG). 3. Youth hub sessions for Lacey on Tuesdays (Tom "
        "Davies)."])
    top = outlook_top(f, addr("Bevan, Owain", "Owain.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - L.P. & sibling (Leominster) - plan attached", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2533187"],
        [ch("Lacey Preece", "2033-09-19", "19/09/2033"), ch("Noah Preece", "2036-01-07", "07/01/2036")],
        ["school_attendance", "substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "A CHILD'S INITIALS IN THE SUBJECT ('L.P. & sibling'), FIRST NAMES ONLY IN THE BODY ('L and her brother', "
        "'Tom'), THE FULL NAMES, DOBS, MOSAIC ID AND KEY PERSON ONLY IN THE ATTACHED .docx PLAN -> labelled from the "
        "attachment. Consent: 'Mum has agreed to Early Help verbally' -> true, but the written form is to be signed "
        "'w/c 11th June' -> consent_form missing (REQUIREMENTS, Herefordshire) -> request_info. The co-ordinator "
        "phone discussion changes only the panel. Concerns: mum's cannabis use -> substance_misuse; Lacey's 79% -> "
        "school_attendance (Noah's 95% is none).",
        not_children=["Owain Bevan", "Tom Davies"], names_only_in_attachments=True)

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2046-07-12 11:30:25"
    body = T("""
Hi MASH,

I'd planned to send you a step up for this family next week, once my manager is back from leave, but I don't think it can wait.

I'm at the house in Bromyard now. Chloe Hollings (mum) has not slept for three nights. This morning she told me that Reuben "isn't hers any more", that "something has got into him", and that she needs to "get it out of him before tonight". She won't let me hold him and she keeps taking him upstairs and locking the bathroom door. She isn't making sense, and she's laughing and crying at the same time.

Reuben Hollings was born on 10/05/2046 - he's 9 weeks old. His dad, Sam Hollings, is working away in Aberdeen and can't get back until Saturday. The GP surgery's first appointment is Monday, and the health visitor is on leave.

I want to step this family up to children's social care today. Please ring me on 07700 900 529 - I'm staying here until someone calls.

Catrin Morgan
Early Help Family Support Worker | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Morgan, Catrin", "Catrin.Morgan@" + HDOM), addr("MASH", HMASH),
                      "Step up to social care - Reuben Hollings (9 weeks) - I'm with mum now", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Reuben Hollings", "2046-05-10", "10/05/2046")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A MOTHER IN A POSTNATAL MENTAL HEALTH CRISIS ALONE WITH A 9-WEEK-OLD: no sleep for three nights, says the "
        "baby 'isn't hers any more' and she must 'get it out of him before tonight', locks herself in the bathroom "
        "with him; dad away until Saturday, no GP until Monday. No alarm word anywhere. A step-up to Herefordshire, "
        "whose seed defines none (human_review otherwise), but urgent comes first -> alert_duty; missing [] for an "
        "undefined kind. parental_mental_health.",
        not_children=["Chloe Hollings", "Sam Hollings", "Catrin Morgan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2046-07-10 10:00:21"
    body = T("""
Dear colleagues,

Please find attached the learning summary from this quarter's closed case audit, for discussion at your next team meeting. The family are anonymised and the case is closed; no action is needed on any live case.

With thanks,
Quality Assurance Team
Children and Young People's Directorate | Herefordshire Council

""") + HDISC
    audit = pdf_att("Closed case audit - Family W - learning summary.pdf", "Closed case audit - Family W - learning summary", [
        "Case closed to Children's Services in March 2045. The children (W1, then 14 months, and W2, then 3) were "
        "adopted in 2044 and live outside the county. This summary is for learning only.",
        "What happened: in August 2043 W1 was taken to the County Hospital with bruising to both ears and a "
        "fractured collarbone; a skeletal survey found two older rib fractures. Both children were removed under "
        "police protection the same day and a section 47 enquiry and child protection conference followed.",
        "Before that, the Early Help plan had recorded four missed health appointments, 'rough handling' seen by the "
        "health visitor, and mum's new partner moving in - but the family were not stepped up.",
        "Risk analysis at the time: the risk of physical harm was not recognised because each worry was recorded "
        "separately.",
        "Learning: 1. Put worries together - a chronology at every TAF review. 2. Bruising in a non-mobile baby is "
        "never minor: follow the bruising protocol. 3. When a new adult joins the household, ask who they are. "
        "4. If in doubt, step up - or ring the MASH the same day."])
    top = outlook_top(f, addr("Quality Assurance Team", "qa.childrens@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Closed case audit - learning summary (Family W) - for team meetings", when)
    add(f, mail(f, top, body, [audit], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CLOSED CASE REVIEW QUOTING OLD INJURIES: bruised ears, a fractured collarbone and old rib "
        "fractures in a 14-month-old, police protection, a section 47, 'Risk analysis' - in 2043, the children "
        "adopted in 2044, the case closed in 2045, anonymised (W1, W2), 'for learning only', 'no action is needed on "
        "any live case'. Historic -> not urgent. A bulletin -> other -> human_review; no child, no concern.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2046-06-08 20:30:14"
    body = T("""
Hello,

I'm Summer Powell's foster carer - she has lived with us since October 2044 under a care order. Her social worker, Megan, is on leave until Monday, and the fostering duty line said to email the MASH as well so it's on record.

At bath time tonight Summer (8) told me, out of the blue, about things that happened when she lived with her birth dad: that he used to lock her in her bedroom "for days", and that he once hit her mum with a kettle. She said it very matter-of-fact and then asked for her bedtime story.

I know from her care plan that her dad has been in prison since 2044 and has no contact of any kind, and that this is part of why she came into care. Her contact with her birth mum is supervised at the family centre once a month and the next one isn't until August. Summer is safe here, settled, and fast asleep now.

I've written down exactly what she said, with the time, in my diary for Megan. Is there anything else I need to do, or can it wait for Megan on Monday?

Thanks,
Sue Bayliss
Foster carer, Herefordshire Council fostering service
""")
    top = plain_top(f, addr("Sue Bayliss", "sue.bayliss@mailbox.example.com"), addr("MASH", HMASH),
                    "Something Summer told me tonight - her social worker is on leave", when, "mailbox.example.com",
                    None, extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [],
        [ch("Summer Powell")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FOSTER CARER'S MESSAGE ABOUT A PAST THE CHILD HAS LEFT BEHIND: an 8-year-old in care since "
        "2044 describes being locked in her room and her mum being hit, by a birth father in prison since 2044 with "
        "no contact of any kind; 'Summer is safe here ... fast asleep'. Sent at 20:30 (out of hours), but historic "
        "harm with no current risk -> not urgent (no alert to the Emergency Duty Team) -> other -> human_review "
        "(recorded for her social worker). Summer is named in full (no DOB); no current worry -> no concerns.",
        not_children=["Sue Bayliss"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2046-07-11 13:30:50"
    body = T("""
Good afternoon,

Please find below a summary of the risk assessment for Mr Dale Vaughan (DOB 14/02/1990), who is being released on licence to Hereford on 16/07/2046.

RISK OF SERIOUS HARM SUMMARY (OASys)
Risk to known adults (former partners): HIGH
Risk to the public: MEDIUM
Risk to children: LOW - no offences against children; no children of his own; no contact with any child
Risk to staff: LOW
MAPPA category 2, level 2

Accommodation: Approved Premises in Hereford for 12 weeks, then a one-bedroom flat. He will live alone.
Licence conditions: no contact with his former partner; an exclusion zone around her home in Worcester; to tell his probation officer about any new relationship.

I'm sending this to every team on the MAPPA distribution list for Hereford. As far as we know there are no children connected to Mr Vaughan, so I don't think there is anything for Early Help to do - please let me know if you hold anything on him.

Karen Whittall
Probation Officer | Hereford Probation Delivery Unit
""")
    top = outlook_top(f, addr("Whittall, Karen", "karen.whittall@probation.example.gov.uk"), addr("Early Help Co-ordinators", HEH),
                      "MAPPA risk assessment - Mr Dale Vaughan - for information", when,
                      mid_domain="probation.example.gov.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A RISK ASSESSMENT OF AN ADULT WITH NO CHILDREN: 'RISK OF SERIOUS HARM ... HIGH' to former "
        "partners, MAPPA level 2, release on licence - but 'no children of his own; no contact with any child', "
        "living alone. An adult's risk, no real child -> not urgent -> other -> human_review. The adult's DOB "
        "(1990) is no child's.",
        not_children=["Dale Vaughan", "Karen Whittall"], adults=[("Dale Vaughan", "14/02/1990")])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2046-06-14 15:05:07"
    ack = ack_text("step-down", "SB-herefordshire-1207", [
        "Case: Mosaic 2533187", "Children: Lacey Preece (19/09/2033), Noah Preece (07/01/2036)"],
        ["the family's written consent (the signed consent form)"])
    body = T("""
Hi,

Signed consent form attached - mum signed it at my visit on Tuesday. That should be everything now.

Owain

Owain Bevan
Social Worker | Children in Need (North) | Herefordshire Council
01632 960 271
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "06 June 2046 10:47",
         "Bevan, Owain <Owain.Bevan@herefordshire.gov.uk>",
         "[SB-herefordshire-1207] Step-down plan received - L.P. & sibling", ack, None)])
    form = pdf_att("Consent form - Preece - signed 12.06.2046.pdf", "Consent to Early Help support", [
        "Children: Lacey Preece (19/09/2033), Noah Preece (07/01/2036).",
        "I consent to my family receiving Early Help support and to information being shared between the "
        "professionals in the plan.",
        "Signed: K. Preece (mother)     Date: 12/06/2046"])
    top = outlook_top(f, addr("Bevan, Owain", "Owain.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1207] Step-down plan received - L.P. & sibling", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2533187"],
        [ch("Lacey Preece", "2033-09-19", "19/09/2033"), ch("Noah Preece", "2036-01-07", "07/01/2036")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to herefordshire_02's request [SB-herefordshire-1207] adding the signed consent form (.pdf): "
        "'mum signed it at my visit on Tuesday' -> consent true. Children, DOBs and 'Mosaic 2533187' (bare number) "
        "from the quoted acknowledgement and the form. Nothing of concern is said -> no concerns. "
        "attach_to_request.",
        not_children=["Owain Bevan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2046-07-13 10:10:41"
    body = T("""
Dear MASH,

I'm the Designated Safeguarding Lead at Bishops Meadow Primary. I rang the MASH line at 9.50 and was asked to put this in writing.

This morning Amina Farah (DOB 22 March 2037, Year 4) told her teacher that she is "not coming back after today" because she is flying to see her grandma tonight, and that when she gets there she will have "a special cutting party to become a big girl, like my sister did". Her sister (15) told our school nurse two years ago that she was "cut" on a family trip abroad when she was 8. Mum has emailed to take Amina out of school for the last week of term for a family holiday; the flight is from Heathrow at 21:40 tonight.

We have not spoken to mum about what Amina said.

Helen Pritchard
Deputy Head and Designated Safeguarding Lead
Bishops Meadow Primary School | 01632 960 845
""")
    top = outlook_top(f, addr("Pritchard, Helen", "h.pritchard@bishopsmeadow.example.sch.uk"), addr("MASH", HMASH),
                      "Amina Farah, Year 4 - flying abroad tonight - 'special cutting party'", when,
                      mid_domain="bishopsmeadow.example.sch.uk", extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Amina Farah", "2037-03-22", "22 March 2037")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A GIRL FLYING ABROAD TONIGHT FOR A 'SPECIAL CUTTING PARTY ... LIKE MY SISTER DID': female genital "
        "mutilation is feared, the sister was cut at 8, the flight leaves at 21:40 tonight. Immediate -> urgent -> "
        "alert_duty (on the last day of the window). A school DSL's report, no step -> other. DOB written '22 March "
        "2037'; the sister is unnamed. physical_harm (FGM is a physical injury; sexual_harm could be argued).",
        not_children=["Helen Pritchard"])


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

# England & Wales bank holidays in 2046 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Monday 1 January; Good Friday 23 March; Easter Monday 26 March; May Day
# (the Early May bank holiday) Monday 7 May; Spring Bank Holiday Monday 28 May; Late Summer Bank Holiday Monday
# 27 August; Christmas Day Tuesday 25 December; Boxing Day Wednesday 26 December.
BANK_HOLIDAYS = {date(2046, 1, 1), date(2046, 3, 23), date(2046, 3, 26), date(2046, 5, 7), date(2046, 5, 28),
                 date(2046, 8, 27), date(2046, 12, 25), date(2046, 12, 26)}
IN_WINDOW = {date(2046, 5, 7): "May Day", date(2046, 5, 28): "Spring Bank Holiday"}
EASTER = {date(2046, 3, 23): "Good Friday", date(2046, 3, 26): "Easter Monday"}     # both before the window
# The brief's window is "Monday 16 April to Friday 17 July 2046": 16 April is a Monday, but 17 July 2046 is a
# TUESDAY, so the window ends on the last Friday inside the brief's range, Friday 13 July 2046.
BRIEF_START, BRIEF_END = date(2046, 4, 16), date(2046, 7, 17)
WINDOW = (datetime(2046, 4, 16, tzinfo=LON), datetime(2046, 7, 13, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 25 March 2046 and ends at 01:00 UTC on Sunday 28 October 2046.
BST_START = datetime(2046, 3, 25, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2046, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2046

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

def _k01(msg):
    p = _plain(msg)
    lines = p.split("\n")
    answers = [l for l in lines if l.startswith(("LEXI ASHCROFT", "JAKE ASHCROFT", "ICS ID 1923310", "YES. SHE SIGNED",
                                                  "TUESDAY 8TH MAY", "MUM'S DRINKING", "NAN (MUM'S MUM)", "A FF CASE"))]
    q_idx = [i for i, l in enumerate(lines) if l.startswith("> ") and re.match(r"> \d\. ", l)]
    a_idx = [i for i, l in enumerate(lines) if l in answers]
    interleaved = all(any(q < a for q in q_idx) and any(q > a for q in q_idx) for a in a_idx[:-1])
    quoted_text = "\n".join(l for l in lines if l.startswith(">"))
    return (len(answers) == 8 and len(q_idx) == 7 and interleaved and "ASHCROFT" not in quoted_text
            and "1923310" not in quoted_text and _no_plain(msg) is False and _html(msg) == ""
            and "See my answers in CAPS below" in p and "THAT'S A WEEK TODAY" in p
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2046, 5, 7) in BANK_HOLIDAYS)

def _k02(msg):
    lab = _exp("knowsley_02.eml")
    return ("Weds 30th at 10am" in _plain(msg) and _exts(msg) == ["docx", "docx"]
            and not ({"neglect", "non_engagement", "exploitation"} & set(lab["concerns"]))
            and _wd("knowsley_02.eml") == 4 and _pw("knowsley_02.eml") == 5 and date(2046, 5, 28) in BANK_HOLIDAYS)

def _k03(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Sian Pemberton, Learning Mentor, Brookfield Park Primary School" in tbl
            and "Brookfield Park Primary School, Kirkby - family room" in tbl and "Tuesday 29 May 2046" in tbl
            and "\t" in _plain(msg) and _wd("knowsley_03.eml") == 6 and _pw("knowsley_03.eml") == 7)

def _k04(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "daddy did it" in b[0] and "3.15" in b[0] and "daddy did it" not in b[1]
            and "Ruby Sefton" not in b[0] and "Ruby Sefton" in b[1] and _no_alarm(msg)
            and "[SB-knowsley-1184]" in str(msg["Subject"]))

def _k05(msg):
    t = readable(msg)
    return (_no_alarm(msg) and "has to go back to the flat tonight" in t and "Youth Justice" in t
            and _date(msg).hour < 17 and "Keeley" in t)

def _k06(msg):
    t = readable(msg)
    return ('"what if"' in t and "There are no current concerns about domestic abuse" in t
            and "domestic_abuse" not in _exp("knowsley_06.eml")["concerns"] and ALARM.search(t) is not None
            and _wd("knowsley_06.eml") == 5 and _pw("knowsley_06.eml") == 6)

def _k08(msg):
    t = readable(msg)
    return (msg["Auto-Submitted"] == "auto-generated" and msg["Precedence"] == "bulk" and "risk level: high" in t
            and "w/c 11th June" in str(msg["Subject"]) and not re.search(r"EHM-\d", t) and ALARM.search(t))

def _r01(msg):
    b = _blocks(msg)
    return (str(msg["Subject"]).startswith("FW: FW: FW: ") and len(b) == 4 and "Please see below" in b[0]
            and all(h in b[3] for h in ("\nCase summary\n", "\nRationale for step up\n"))
            and not any("Rationale for step up" in x for x in b[:3])
            and "Tayo Farrell-Okoro" in b[3] and not any("Tayo Farrell-Okoro" in x for x in b[:3])
            and "I agree with the step up" in b[1])

def _r02(msg):
    return ("Weds 23rd at 2pm" in _plain(msg) and (date(2046, 5, 23) - _today("richmond_wandsworth_02.eml")).days <= 5
            and _exts(msg) == ["pdf", "docx"])

def _r03(msg):
    return _no_alarm(msg) and "see you later" in _plain(msg)

def _r04(msg):
    t = readable(msg)
    return "there is no real child or family" in t and ALARM.search(t) is not None and _date(msg).hour >= 17

def _r05(msg):
    t = readable(msg)
    return _no_plain(msg) and ALARM.search(t) is not None and "now live permanently with relatives" in t

def _r06(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return "PARTSTAT=DECLINED" in c and "Mosaic 2417763" in c

def _r07(msg):
    lab = _exp("richmond_wandsworth_07.eml")
    return "RL/04417" in readable(msg) and lab["case_ids"] == [] and lab["consent"] is None

def _t01(msg):
    lab = _exp("tower_hamlets_01.eml")
    return "999 482 1106" in readable(msg) and lab["case_ids"] == [] and "2pm ward round today" in readable(msg)

def _t02(msg):
    t = readable(msg)
    lab = _exp("tower_hamlets_02.eml")
    return ("Tuesday the 3rd" in t and "no missing episodes since February" in t
            and not ({"missing", "exploitation"} & set(lab["concerns"])) and _exts(msg) == ["pdf", "docx"])

def _t03(msg):
    h = _html(msg)
    blue = re.findall(r'<span style="color:#0070C0"><b>(.*?)</b></span>', h)
    return (_no_plain(msg) and len(blue) == 3 and h.index("consents to the step-down") < h.index(blue[0])
            < h.index("identified Lead Practitioner") < h.index(blue[1]) < h.index("concluded (the TAF") < h.index(blue[2]))

def _t04(msg):
    t = readable(msg)
    return "remanded in custody" in t and "immediate risk of harm? No" in t and _exts(msg) == ["pdf"]

def _t05(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and _date(msg).weekday() == 4 and b"\r\n" not in FILES["tower_hamlets_05.eml"])

def _t08(msg):
    p = _plain(msg)
    entries = re.split(r"\n(?=\d\. )", p)
    e4 = [e for e in entries if e.startswith("4. ")]
    others = [e for e in entries if re.match(r"[12356]\. ", e)]
    return (len(e4) == 1 and "Kai Osei-Barnes" in e4[0] and len(others) == 5
            and all("Kai" not in e for e in others) and sum("NFA" in e for e in others) == 5
            and "NFA" not in e4[0] and "has not been seen" in e4[0])

def _b01(msg):
    return "Special Guardianship Order" in readable(msg) and _exp("torbay_01.eml")["consent"] is True

def _b02(msg):
    return (age_years(date(2042, 12, 4), _today("torbay_02.eml")) < 5 and _exts(msg) == ["docx"]
            and "subject to the plan being updated" in _plain(msg))

def _b03(msg):
    p = _plain(msg)
    entries = re.split(r"\n(?=ENTRY \d)", p)
    return (len(entries) == 5 and "CONTACT FROM THE LEAD PROFESSIONAL" in entries[3] and "Lily Northcott" in entries[3]
            and all("NFA" in entries[i] for i in (1, 2, 4)) and "NFA" not in entries[3])

def _b04(msg):
    d = _date(msg)
    return _no_alarm(msg) and d.hour >= 21 and b"\r\n" not in FILES["torbay_04.eml"]

def _b05(msg):
    t = readable(msg)
    return "fictional and are used for training only" in t and '"daddy did it"' in t and ALARM.search(t) is not None

def _b06(msg):
    return _no_alarm(msg) and "2 degrees" in readable(msg)

def _b08(msg):
    t = readable(msg)
    return ("I'm not asking for any help from Early Help" in t and _exp("torbay_08.eml")["children"] == []
            and "Alfie Coombe" not in t and ALARM.search(t) is not None)

def _h01(msg):
    bodies = [p for p in msg.walk() if not p.is_multipart() and not p.get_filename()]
    return (len(bodies) == 1 and bodies[0].get_content().strip() == "Please see attached."
            and str(msg["Subject"]) == "Step down" and _exts(msg) == ["pdf", "pdf"])

def _h02(msg):
    bt = body_text(msg)
    return ("L.P." in str(msg["Subject"]) and "Preece" not in bt and "2533187" not in bt and "w/c 11th June" in bt
            and _exts(msg) == ["docx"])

def _h03(msg):
    return _no_alarm(msg) and ("herefordshire", "step_up") not in DEFINED

def _h04(msg):
    t = readable(msg)
    return "adopted in 2044" in t and ALARM.search(t) is not None and _exp("herefordshire_04.eml")["children"] == []

def _h05(msg):
    return _date(msg).hour >= 17 and "Summer is safe here" in readable(msg)

def _h06(msg):
    return "no children of his own" in readable(msg) and ALARM.search(readable(msg)) is not None

def _h07(msg):
    return _exts(msg) == ["pdf"] and "[SB-herefordshire-1207]" in str(msg["Subject"])

CUSTOM = [
    ("knowsley_01.eml", "CAPS answers between '> ' quoted questions; nothing in the quotes; 4 WD (5 plain) over May Day", _k01),
    ("knowsley_02.eml", "'Weds 30th'; two .docx; 4 WD (5 plain) over the Spring Bank Holiday", _k02),
    ("knowsley_03.eml", "lead practitioner and venue in the Word table; 6 WD (7 plain)", _k03),
    ("knowsley_04.eml", "the report in the new text, the names only in the quoted ack; no alarm words", _k04),
    ("knowsley_05.eml", "Youth Justice; 'tonight'; no alarm words; office hours", _k05),
    ("knowsley_06.eml", "'what if'; no current DA; alarm words present; 5 WD (6 plain)", _k06),
    ("knowsley_08.eml", "auto-generated bulk digest; 'risk level: high'; no case id; w/c 11th June", _k08),
    ("richmond_wandsworth_01.eml", "FW: FW: FW:, four blocks, the request only in the bottom one", _r01),
    ("richmond_wandsworth_02.eml", "'Weds 23rd' within 5 days; pdf + docx", _r02),
    ("richmond_wandsworth_03.eml", "no alarm words", _r03),
    ("richmond_wandsworth_04.eml", "hypothetical, no real child; evening", _r04),
    ("richmond_wandsworth_05.eml", "HTML-only press release with alarm words", _r05),
    ("richmond_wandsworth_06.eml", "DECLINED with the Mosaic id in the SUMMARY", _r06),
    ("richmond_wandsworth_07.eml", "MP reference no case id; authority form no consent", _r07),
    ("tower_hamlets_01.eml", "NHS number no case id; 2pm today", _t01),
    ("tower_hamlets_02.eml", "'Tuesday the 3rd'; resolved missing not labelled", _t02),
    ("tower_hamlets_03.eml", "HTML-only, three blue answers each under its quoted question", _t03),
    ("tower_hamlets_04.eml", "remanded; MARF says no immediate risk", _t04),
    ("tower_hamlets_05.eml", "phone: text/plain only, base64, LF; no alarm words; a Friday", _t05),
    ("tower_hamlets_08.eml", "the child's entry is the 4th of 6, the only one without NFA", _t08),
    ("torbay_01.eml", "special guardian's consent", _b01),
    ("torbay_02.eml", "conditional agreement; Rory under 5", _b02),
    ("torbay_03.eml", "EDT log: entry 3 is the lead professional's contact", _b03),
    ("torbay_04.eml", "after 21:00, LF, no alarm words", _b04),
    ("torbay_05.eml", "training scenarios marked fictional", _b05),
    ("torbay_06.eml", "no alarm words", _b06),
    ("torbay_08.eml", "complaint, not a request; boys by first name only", _b08),
    ("herefordshire_01.eml", "one-line body, 'Step down' subject, two PDFs", _h01),
    ("herefordshire_02.eml", "initials in the subject; names, DOBs and id only in the .docx", _h02),
    ("herefordshire_03.eml", "no alarm words; Herefordshire step-up undefined", _h03),
    ("herefordshire_04.eml", "closed, adopted, anonymised", _h04),
    ("herefordshire_05.eml", "evening; 'safe here'", _h05),
    ("herefordshire_06.eml", "adult with no children", _h06),
    ("herefordshire_07.eml", "follow-up with the signed form", _h07),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "YES. SHE SIGNED THE FAMILY FIRST CONSENT FORM", "consent", True),
    ("knowsley_02.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_03.eml", "dad has consented to the transfer", "consent", True),
    ("knowsley_06.eml", "Mum signed the Family First consent form", "consent", True),
    ("knowsley_06.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "will confirm her consent after that", "consent", None),
    ("richmond_wandsworth_03.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_03.eml", "I have agreed it as Jade's team manager", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "signed our authority form", "consent", None),
    ("tower_hamlets_02.eml", "both agreed to the step down", "consent", True),
    ("tower_hamlets_03.eml", "gave his consent on the phone", "consent", True),
    ("tower_hamlets_04.eml", "Mum agrees to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "agreed the step-up this morning", "manager_agreed", True),
    ("tower_hamlets_05.eml", "has said to send this to you now as a step up", "manager_agreed", True),
    ("torbay_01.eml", "has given her consent to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "agreed the step down subject to the plan being updated", "manager_agreed", True),
    ("torbay_02.eml", "consented at the CIN review", "consent", True),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "they agree it needs considering for a level 4", "manager_agreed", True),
    ("torbay_06.eml", "I haven't been able to speak to mum to get her consent", "consent", None),
    ("torbay_06.eml", "we agree this needs to be looked at for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "consent to my family receiving Early Help", "consent", True),
    ("herefordshire_02.eml", "Mum has agreed to Early Help verbally", "consent", True),
    ("herefordshire_07.eml", "mum signed it at my visit on Tuesday", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_03.eml", "knowsley_04.eml", "knowsley_05.eml", "richmond_wandsworth_03.eml",
                  "torbay_04.eml", "torbay_06.eml", "tower_hamlets_05.eml", "tower_hamlets_08.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_03.eml": (6, 7), "knowsley_06.eml": (5, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_03.eml", "knowsley_06.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2046])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2046 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2046, 3) and BST_END.date() == last_sun(2046, 10)):
        errors.append("set: BST must start on the last Sunday of March 2046 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the brief's ends, checked: Monday 16 April is a Monday; 17 July 2046 is a Tuesday -> the last Friday before it
    fri = BRIEF_END - timedelta(days=(BRIEF_END.weekday() - 4) % 7)
    if not (BRIEF_START.weekday() == 0 and BRIEF_END.weekday() == 1 and WINDOW[0].date() == BRIEF_START
            and WINDOW[1].date() == fri == date(2046, 7, 13) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 16 April to Friday 13 July 2046 (17 July is a Tuesday)")
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
    ("knowsley_02's notice labelled ok", lambda: _relabel("knowsley_02.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2046, 5, 7)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2046, 5, 28)), "Knowsley notice counts are"),
    ("the Spring Bank Holiday moved to the 29th", lambda: (BANK_HOLIDAYS.discard(date(2046, 5, 28)),
                                                          BANK_HOLIDAYS.add(date(2046, 5, 29))),
     "meeting on a weekend or bank holiday"),
    ("the window left ending on Tuesday 17 July", lambda: _set_window_end(date(2046, 7, 17)), "the window must run"),
    ("knowsley_06's Date given +0000", lambda: _shift_date("knowsley_06.eml", "Fri, 04 May 2046 10:15:27 +0100",
                                                           "Fri, 04 May 2046 10:15:27 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_03's now given +0000", lambda: _relabel("torbay_03.eml", now="2046-05-15T08:25:10+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_02 sent on the Spring Bank Holiday",
     lambda: _shift_date("richmond_wandsworth_02.eml", "Mon, 21 May 2046", "Mon, 28 May 2046", 7), "Date on a bank holiday"),
    ("knowsley_06 sent on a Saturday", lambda: _shift_date("knowsley_06.eml", "Fri, 04 May 2046", "Sat, 05 May 2046", 1),
     "Date on a weekend"),
    ("'risk' added to torbay_06's subject", lambda: _sub("torbay_06.eml", b"Subject: Finley Cawse",
                                                          b"Subject: risk - Finley Cawse"), "no alarm word are"),
    ("tower_hamlets_08 filed as a near miss", lambda: _relabel("tower_hamlets_08.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_03 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_03.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("Lexi labelled in capitals", lambda: _exp("knowsley_01.eml")["children"][0].update(name="LEXI ASHCROFT"),
     "no source record"),
    ("Lexi's normalised name wrong", lambda: (_exp("knowsley_01.eml")["children"][0].update(name="LEXI Ashcroft"),
                                             META["knowsley_01.eml"]["children"][0].update(name="LEXI Ashcroft")),
     "is not the normalised name"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["Mosaic 2398115"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the NHS number labelled as a case id", lambda: _relabel("tower_hamlets_01.eml", case_ids=["999 482 1106"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the special guardian's consent labelled null", lambda: _relabel("torbay_01.eml", consent=None,
                                                                       missing=["consent"], next_action="request_info"),
     "'has given her consent to level 3 Early Help' means consent True"),
    ("the conditional agreement labelled null", lambda: _relabel("torbay_02.eml", manager_agreed=None),
     "manager vs missing"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_02.eml", consent=True,
                                                                  missing=[], next_action="book_meeting"),
     "'will confirm her consent after that' means consent None"),
    ("the MP's authority form read as consent", lambda: _relabel("richmond_wandsworth_07.eml", consent=True),
     "MP reference no case id"),
    ("the resolved missing episode labelled", lambda: _relabel("tower_hamlets_02.eml",
        concerns=["missing", "parental_mental_health", "school_attendance"]), "resolved missing not labelled"),
    ("the historic domestic abuse labelled on the what-if", lambda: _relabel("knowsley_06.eml",
        concerns=["domestic_abuse", "parental_mental_health"]), "no current DA"),
    ("herefordshire_02's full name copied into the body", lambda: _sub("herefordshire_02.eml",
        b"Step-down plan for L and her brother", b"Step-down plan for Lacey Preece and her brother"),
     "should be named in full only in an attachment"),
    ("the buried EDT entry moved to the top", lambda: _sub("tower_hamlets_08.eml", b"\n4. Sun 02:40", b"\n1. Sun 02:40"),
     "the child's entry is the 4th of 6"),
    ("the request copied into richmond_wandsworth_01's top block", lambda: _sub("richmond_wandsworth_01.eml",
        b"Please see below - step up", b"Please see below (Rationale for step up: no change) - step up"),
     "the request only in the bottom one"),
    ("a date in the year after the window's in a body", lambda: _sub("herefordshire_06.eml", b"on 16/07/2046",
                                                                      ("on 16/07/%d" % (MAX_YEAR + 1)).encode()),
     "year after 2046"),
    ("an 18-year-old labelled as a child", lambda: (_exp("torbay_04.eml")["children"][0].update(dob="2028-03-11"),),
     "dob '11/03/2031' parses to 2031-03-11"),
    ("Auto-Submitted removed from the digest", lambda: _sub("knowsley_08.eml", b"Auto-Submitted: auto-generated\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("richmond_wandsworth_06's calendar made a REQUEST", lambda: _sub("richmond_wandsworth_06.eml", b"method=REPLY",
                                                                     b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_04.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_04.eml", category="ordinary"),
     "category totals"),
    ("the children of torbay_03 swapped", lambda: _exp("torbay_03.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
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
