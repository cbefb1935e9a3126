#!/usr/bin/env python3
"""mixed57: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2076, in parents' own illness and crisis: psychosis, a parent hearing voices about the
child, postnatal depression and puerperal psychosis, a parent's overdose or suicidal message, a sole carer about to
be sectioned or taken to hospital, dementia in a kinship carer, and a parent with a learning disability who is
overwhelmed. Near misses are the same words where there is no current immediate risk: a well-managed bipolar
disorder with a crisis plan and admissions years ago, an overdose in 2074, a father detained under s3 while the
children are safe with their mother, a mother in hospital with the children safely with their father, an admission
last month handled by the crisis plan, early dementia with a contingency plan, a resolved postnatal depression, a
grandfather's ordinary tiredness ("could cheerfully strangle the pair of them"), a training bulletin's scenarios, a
school's hypothetical policy question and an out-of-office's crisis boilerplate.

Also varied: consent given, refused, still to be asked, "knows" (not consent) and a parent who LACKS CAPACITY to
consent (a capacity assessment by the learning disability team); manager agreement stated, not yet sought, and
refused ("does not agree that this meets the threshold"); missing documents (a case summary sent as a .zip, a consent
form said to be attached but not attached, a form still to be signed); Knowsley notice counts across the Early May
and Spring bank holidays.

Window: Tuesday 21 April - Friday 24 July 2076 (the summer term: Easter Sunday is 19 April 2076, so Good Friday
17 April and Easter Monday 20 April fall just before it). The whole window is British Summer Time (+0100). England &
Wales bank holidays from the `holidays` package; inside the window: the Early May bank holiday (Monday 4 May) and the
Spring Bank Holiday (Monday 25 May). Two Knowsley notice counts are decided by one of them (knowsley_04 across
4 May, knowsley_01 across 25 May: 5 plain weekdays but 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quoting, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the model set) and adapted. Every label was set by hand from the
specification (DESIGN.md, REQUIREMENTS.md, the seeds and the policy packs); the self-checks only verify them against
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
    """Local (Europe/London) wall-clock time. The whole window (Tuesday 21 April - Friday 24 July 2076) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 29 March 2076 and ends on Sunday 25 October 2076. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2076, 4, 14, 0, 0, 0))
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
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
S004 = "004_ba08e3b9f619f49f.txt"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2076-05-20 10:12:37"
    body = T("""
Hi all,

Please find attached the step up request for the Molyneux family (EHM-61874), with the most recent TAF minutes and the Graded Care Profile 2 we completed with Keeley on 12 May.

Children:
Mia-Rose Molyneux - DOB 11/02/2068
Tommy Molyneux - DOB 30/09/2072

Step up TAF meeting: Wednesday 27 May 2076, 10:00-11:30, Microsoft Teams (this invitation). I have invited the current TAF members (Foxhill Lane Primary, the health visitor and the practice nurse at Keeley's surgery).

Why we are stepping up: Keeley's depression has got much worse since February. She spends most days in bed, the house has deteriorated badly (the GCP2 scores 4 for nutrition, housing and hygiene), Tommy has missed his 3-year review and two speech and language appointments, and both children are often in dirty clothes. Keeley is back on the waiting list for talking therapies but has stopped the medication her GP prescribed.

My team manager, Paul Rimmer, discussed the step up with me on 18 May and agreed it. Keeley has consented to the step up and says she will join the call.

Thanks,
Rukhsana

Rukhsana Patel
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0382
""")
    desc = body + "\n" + "_" * 60 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nMeeting ID: 384 611 902 517\nPasscode: 7hQ2vX\n"
    cal = ics("REQUEST", f, dt(when), "20760527T100000", "20760527T113000",
              "Step up TAF meeting - Molyneux (EHM-61874)", "Microsoft Teams Meeting", desc,
              ("Rukhsana Patel", "Rukhsana.Patel@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Paul Rimmer", "Paul.Rimmer@" + KDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up Request to CSC - Molyneux.docx", appendix1([
        ("Case ID on EHM:", "EHM-61874"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 27 May 2076, 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Keeley lets us in and wants help but is too unwell to follow the plan"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 06/05/2076"),
        ("What are we worried about? Current Concerns (Impact on child)",
         "Mum's severe depression; home conditions; Tommy's missed health and speech appointments; the children's hygiene."),
        ("Past Harm", "None known."),
        ("Complicating Factors", "Dad not involved; maternal grandmother lives in Wales."),
        ("What is working well? Existing Strengths", "Keeley is warm with the children and is honest about how she is."),
        ("Existing Safety", "School and nursery see the children every day."),
        ("What next? Goals", "A Child and Family Assessment; Keeley's mental health treatment restarted."),
        ("Graded Care profile (If neglect should be completed).", "Completed 12/05/2076 - attached."),
        ("Agreement by line manager:", "Paul Rimmer, Team Manager, 18/05/2076 - agreed."),
        ("Contingency plan (Smart and timely).", "Daily contact by school; FF case manager visits twice weekly until the TAF."),
    ]))
    minutes = docx_att("TAF minutes 06.05.2076 - Molyneux.docx", [
        "# Team Around the Family meeting - minutes",
        "Family: Molyneux (EHM-61874). Date: 06/05/2076. Chair: Rukhsana Patel (Family First).",
        "Present: Keeley Molyneux (mum), Foxhill Lane Primary (Mrs Dunne), health visitor (Ms Okeke), Rukhsana Patel.",
        "Update: Keeley's mood is lower; she has stopped her tablets. Home conditions worse since the last TAF.",
        "Actions: GCP2 to be completed with Keeley by 15/05; HV to rebook Tommy's review; Rukhsana to discuss a step up with her team manager.",
    ])
    gcp = pdf_att("GCP2 Molyneux May 2076.pdf", "Graded Care Profile 2 - summary of scores", [
        "Family: Molyneux. Completed with mum on 12/05/2076 by R. Patel (Family First).",
        "Children: Mia-Rose (8), Tommy (3).",
        "Area 1 Physical care - nutrition: 4. Housing: 4. Clothing: 3. Hygiene: 4. Health: 4.",
        "Area 2 Safety: 3. Area 3 Love and care: 2. Area 4 Stimulation and education: 3.",
        "Summary: care is falling below the children's needs in most physical areas, linked to mum's depression.",
    ])
    top = outlook_top(f, addr("Patel, Rukhsana", "Rukhsana.Patel@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Molyneux (EHM-61874)", when, cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, minutes, gcp]), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61874"],
        [ch("Mia-Rose Molyneux", "2068-02-11", "11/02/2068"), ch("Tommy Molyneux", "2072-09-30", "30/09/2072")],
        ["neglect", "parental_mental_health"], True, True, [], False, "request_info",
        "Knowsley (seed %s, section 4 'Cases Stepping-Up ... on a Planned Basis', Appendix 1 and the Appendix 2 flow "
        "chart): a Teams invitation (iTIP REQUEST) from the Family First case manager to the MASH inbox with MASH "
        "business support, carrying the Appendix 1 form, the TAF minutes and the GCP2 (required because the concerns "
        "include neglect) - nothing missing; TM agreement stated ('discussed the step up ... and agreed it'); consent "
        "stated ('Keeley has consented'). NOTICE, DECISIVE ACROSS THE SPRING BANK HOLIDAY: sent Wed 20 May for Wed "
        "27 May is 5 plain weekdays, but Mon 25 May is a bank holiday, so 4 working days < the 5 the seed asks "
        "('Please allow at least 5 working days' notice') -> notice not ok -> request_info. Concerns: mum's depression "
        "-> parental_mental_health; home conditions and missed health appointments with a GCP2 -> neglect." % S004,
        meeting=date(2076, 5, 27), not_children=["Keeley Molyneux", "Rukhsana Patel", "Paul Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2076-04-23 11:47:09"
    body = T("""
To the MASH duty team,

I completed the new birth visit for Ruby Callaghan (DOB 02/04/2076, NHS no. 999 472 6618) at 10.15 this morning at 7 Foxglove Court, Huyton L36 9ZQ.

Mother: Chantelle Callaghan (24). Father: Liam Doyle (27), works in Warrington and is back after 8pm.

Mother presented with features consistent with puerperal psychosis. She reports about two hours' sleep a night since discharge, her speech was pressured and at times she seemed perplexed. She told me a man's voice has been telling her since Sunday that Ruby "isn't really hers" and that she "has to give her back to the water". She had run the bath twice this morning "to get it ready" and it was full when I arrived. I emptied it before I left.

Chantelle declined to see the GP today and declined a referral to the perinatal mental health team. I have spoken to Dr Anand at Foxglove Lane Surgery, who is trying to get a same-day perinatal assessment, but there is no time for it yet. Maternal grandmother not contactable. Liam is not answering his phone.

Ruby is at home alone with her mother now. Ruby herself was well on examination, weight 3.62 kg, feeding.

I am at my desk until 5pm on 0151 496 0764.

Sinead

Sinead Murphy-Achebe RN RSCPHN
Health Visitor | 0-19 Service (Huyton)

Sent from Outlook for iOS
""")
    top = plain_top(f, addr("Sinead Murphy-Achebe", "sinead.murphy-achebe@nhs.example"),
                    addr("Knowsley MASH", KMASH), "Ruby Callaghan DOB 02/04/2076 - new birth visit this morning",
                    when, "nhs.example", None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ruby Callaghan", "2076-04-02", "02/04/2076")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1; Knowsley seed %s ('Any immediate safeguarding concerns should be communicated to the "
        "Duty Social Work Team in the Multi Agency Safeguarding Hub'): a health visitor's clinical account of a "
        "mother with features of PUERPERAL PSYCHOSIS who hears a voice saying her 3-week-old 'isn't really hers' and "
        "that she 'has to give her back to the water', has run the bath twice, refused assessment, and is alone with "
        "the baby now -> urgent -> alert_duty. Written in clinical words with none of the alarm words. A report, no "
        "step -> other. The NHS number is not a case id." % S004,
        not_children=["Chantelle Callaghan", "Liam Doyle", "Sinead Murphy-Achebe"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2076-05-22 14:05:52"
    blocks = [
        "Hi Family First duty,",
        "",
        "We intend to step the Kowalczyk children down to Level 2 Early Help at the final CIN meeting below. St Wenna's have agreed to take on the Lead Practitioner role, and I have copied Bernadette in.",
        "",
        ("table", [["Step down details", ""],
                   ["Children", "Zofia Kowalczyk (17/06/2064) and Antoni Kowalczyk (03/01/2068)"],
                   ["ICS", "ICS-1402291"],
                   ["Level", "Level 2"],
                   ["Final CIN meeting", "Monday 1 June 2076 at 2.00pm"],
                   ["Venue", "St Wenna's Catholic Primary School, Larkfield Way, Huyton - the family room"],
                   ["New Lead Practitioner", "Bernadette Quayle, Family Support Worker, St Wenna's Catholic Primary School"]]),
        "",
        ("h", "What are we worried about?"),
        "Marek (dad) has been treated for depression since the children's mum, Anna, died in 2074. He is much better but still has low days, and on those days Zofia takes on a lot at home - getting Antoni to school and making the tea. We don't want her carrying that again.",
        "",
        ("h", "What is working well?"),
        "Marek takes his medication, sees his GP monthly and goes to a bereavement group on Thursdays. Both children's attendance is above 96%. Their aunt Ewa lives on the next road and has them two nights a week.",
        "",
        ("h", "What needs to happen?"),
        "School to hold a TAF every 6 weeks; Zofia to be linked with the young carers' project in Huyton; Marek to keep his GP and group going; Ewa's two nights written into the plan.",
        "",
        "I'll go through the Early Help consent form with Marek at the final CIN.",
        "",
        "Many thanks,",
        "Gareth",
        "",
        "Gareth Llewellyn-Shah",
        "Social Worker | Children in Need Team (Prescot) | Knowsley Council",
        "0151 496 0219",
    ]
    top = outlook_top(f, addr("Llewellyn-Shah, Gareth", "Gareth.Llewellyn-Shah@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Kowalczyk - ICS-1402291 - final CIN 01/06", when,
                      cc=addr("Quayle, Bernadette", "b.quayle@stwennas-huyton.example.sch.uk"))
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-1402291"],
        [ch("Zofia Kowalczyk", "2064-06-17", "17/06/2064"), ch("Antoni Kowalczyk", "2068-01-03", "03/01/2068")],
        ["parental_mental_health", "young_carer"], None, None, [], True, "book_meeting",
        "Knowsley level 2 step-down (seed %s, section 2 'Cases Stepping Down ... Levels 2 and 3': 'the date, time and "
        "venue of the step down meeting', 'what are we worried about, what is working well, what needs to happen', "
        "'the name and organisation of the person who will be taking over the Lead Practitioner role'): all given, the "
        "date, venue and lead practitioner inside a Word table -> nothing missing. Consent is not a level 2 requirement "
        "(REQUIREMENTS.md) and is still to be asked ('I'll go through the Early Help consent form with Marek at the "
        "final CIN') -> null. NOTICE: Fri 22 May -> Mon 1 June is 6 plain weekdays; the Spring Bank Holiday (25 May) "
        "removes one, leaving exactly 5 working days -> ok (not decided by the holiday). Dad's depression -> "
        "parental_mental_health; Zofia's caring and the young carers' project -> young_carer." % S004,
        meeting=date(2076, 6, 1), not_children=["Bernadette Quayle", "Gareth Llewellyn-Shah"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2076-04-30 16:20:14"
    body = T("""
Hello,

Level 3 step down to Family First for Kai Ashworth-Mensah (DOB 21/08/2065), ICS-1388410.

Joint home visit: Thursday 7 May 2076 at 10:00, at home - 22 Lavender Rise, Prescot L34 9ZD. Please could a Family First case manager come with me.

Some background, because the file reads much worse than things are now. Kai's mum, Abena, has bipolar affective disorder. She was sectioned (s3) in 2071 and again, briefly, in 2073, when she also took an overdose while Kai was at his grandmother's. Kai was on a child protection plan in 2073. That was three years ago. Since then Abena has been well on lithium, sees her CPN monthly and has a written crisis plan agreed with the CMHT: early warning signs, who to call, and Kai to stay with his grandmother Comfort if Abena ever needs to go into hospital. There have been no admissions and no self-harm since 2073, and she has no thoughts of harming herself or Kai. There are no current child protection concerns; the CIN plan is ending because its goals have been met.

What are we worried about?
That if Abena became unwell again, Kai (10) would try to manage on his own rather than tell anyone. He worries about her and can be clingy at school.

What is working well?
Abena's crisis plan and her relationship with her CPN; Comfort is close by and reliable; Kai's attendance is 97% and he gets on well with his class teacher.

What needs to happen?
A Family First case manager to hold a TAF with school and the CMHT; some direct work with Kai about his mum's illness (the school counsellor has offered); the crisis plan shared with school.

Abena has given consent for the referral to Family First.

Thanks
Hannah

Hannah Oyelowo
Social Worker | Children in Need Team (Prescot) | Knowsley Council
0151 496 0247
""")
    top = plain_top(f, addr("Hannah Oyelowo", "Hannah.Oyelowo@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Kai Ashworth-Mensah ICS-1388410 - joint home visit Thu 7 May", when, KDOM,
                    "Mozilla Thunderbird")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-1388410"],
        [ch("Kai Ashworth-Mensah", "2065-08-21", "21/08/2065")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "NEAR MISS: 'sectioned (s3) in 2071', 'took an overdose' and 'child protection plan in 2073' are HISTORIC; "
        "the mother's bipolar disorder is well managed with a written crisis plan, no admissions or self-harm since "
        "2073 and 'no current child protection concerns' -> not urgent (DESIGN safety rule 1: historic and resolved "
        "risks must not trigger it). The illness is still the reason for support -> parental_mental_health. Knowsley "
        "level 3 (seed %s, section 3 'Further support required from Family First at Level 3': 'with a minimum of 5 "
        "days' notice ... the date and time of a joint home visit'; 'what are we worried about, what is working well, "
        "what needs to happen'; consent 'to be referred to Family First'): visit date, time and place, all three "
        "headings and consent ('Abena has given consent') -> nothing missing. NOTICE, DECISIVE ACROSS THE EARLY MAY "
        "BANK HOLIDAY: Thu 30 April -> Thu 7 May is 5 plain weekdays, but Mon 4 May is May Day -> 4 working days < 5 "
        "-> notice not ok -> request_info." % S004,
        meeting=date(2076, 5, 7), not_children=["Abena", "Hannah Oyelowo"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2076-06-16 08:52:40"
    comment = ("Sorry, I can't come tomorrow now. Mum was taken to Whiston by ambulance at 7 this morning - she took a "
               "lot of her tablets last night. Jaxon and Kacey-Mae are at home with Lee. Under the written agreement "
               "Lee isn't meant to have them on his own, and their nan isn't answering. Jaxon hasn't come in today. "
               "Can someone from MASH ring me? 0151 496 0733. Jo")
    data = itip_reply(f, when, "Joanne Whitfield", "j.whitfield@larchwood.example.sch.uk", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step up TAF meeting - Doran family (EHM-63307)", "20760617T100000",
                      "20760617T113000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-63307"], [],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A MEETING REPLY (iTIP REPLY, PARTSTAT=DECLINED) WHOSE COMMENT reports that the children's mother was taken "
        "to hospital by ambulance this morning after an overdose and the children are at home with a man who, under a "
        "written agreement, must not care for them alone; no family answering -> an immediate child-protection risk "
        "(DESIGN safety rule 1: 'a meeting reply's comment' is read; Knowsley seed %s: 'Safeguarding procedures would "
        "always override anything'). urgent on a meeting_reply -> alert_duty. Case id from the SUMMARY; the children "
        "are named by first name only (not labelled). No alarm words." % S004,
        not_children=["Joanne Whitfield"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2076-05-11 09:30:26"
    ack = ack_text("step-up", "SB-knowsley-27",
                   ["Family: Sutton (EHM-62140)",
                    "Children: Brooke Sutton, Callum Sutton, Lily Sutton",
                    "Step-up TAF meeting: Wednesday 20 May 2076 10:00 (notice: 7 working days)"],
                   ["the minutes of the most recent TAF meeting, attached",
                    "the Engaging Families toolkit and what it tells you, because the step-up relates to non-engagement"])
    text = T("""
Hi,

Attached are the TAF minutes from 7 May and the Engaging Families toolkit for the Sutton family.

The toolkit shows that most of Gary's non-engagement is down to him not being able to read the letters and appointment cards. Since his advocate from the Huyton Mencap group started coming with him he has made 4 of the last 5 appointments. He is still really struggling on his own with three kids since Shannon left, which is why we're stepping up.

Gary's advocate will come to the TAF with him.

Declan

Sent from my iPhone

On 11 May 2076, at 08:58, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + quoted(ack)
    minutes = docx_att("TAF minutes 07.05.2076 Sutton.docx", [
        "# TAF meeting - Sutton family (EHM-62140)",
        "Date: 07/05/2076. Chair: Declan Rourke, Family First Case Manager.",
        "Present: Gary Sutton (dad) with his advocate; Greenvale Primary; nursery key worker; Declan Rourke.",
        "Gary has missed 6 of 11 appointments since January. He says he cannot read the letters.",
        "Actions: appointment reminders by text and through the advocate; Declan to complete the Engaging Families toolkit.",
    ])
    toolkit = pdf_att("Engaging Families Toolkit - Sutton.pdf", "Engaging Families Toolkit - Signs of Well-being", [
        "Family: Sutton (EHM-62140). Completed 08/05/2076 by D. Rourke with Gary Sutton.",
        "Level of engagement: low to medium. Barriers: literacy (dad has a learning disability), no phone credit.",
        "What has been tried: text reminders, advocate, home visits. Result: attendance improving since the advocate.",
    ])
    top = plain_top(f, addr("Rourke, Declan", "Declan.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up received - Sutton family [SB-knowsley-27]", when, KDOM, "iPhone Mail (21H221)",
                    extra=[("In-Reply-To", "<SB-knowsley-27.ack@stepbot.invalid>"),
                           ("References", "<SB-knowsley-27.ack@stepbot.invalid>")])
    add(f, iphone_mail(f, top, text, [minutes, toolkit]), "knowsley", "mash_step_up", when, 5,
        "ordinary", "follow_up", False, None, ["EHM-62140"],
        [ch("Brooke Sutton"), ch("Callum Sutton"), ch("Lily Sutton")],
        ["non_engagement"], None, None, [], None, "attach_to_request",
        "A reply to the acknowledgement [SB-knowsley-27] adding the two documents it asked for (TAF minutes and the "
        "Engaging Families toolkit, Knowsley seed %s section 4) -> follow_up -> attach_to_request; missing is [] for a "
        "follow_up (DESIGN). Case id and children from the quoted acknowledgement; the quoted 'What is missing:' list "
        "is not a concern. A father with a learning disability struggling alone: non_engagement (the toolkit's "
        "subject); nothing immediate." % S004,
        not_children=["Gary Sutton", "Declan Rourke"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2076-07-24 08:05:03"
    body = T("""
Thank you for your email. I am on annual leave from Friday 24 July and back in the office on Tuesday 1 September 2076. Your email will not be forwarded.

For Family First duty enquiries please email FamilyFirst0-18DutyMailbox@knowsley.gov.uk.

If you are worried that a parent or carer is in a mental health crisis and a child is at immediate risk of harm, please do not wait for my return: call the MASH Duty Social Work Team on 0151 496 0417, or the Emergency Duty Team out of hours on 0151 496 0999. In an emergency always dial 999. For the adult, the 24/7 mental health crisis line is on 0151 496 0555.

Farid Quayle
Family First Case Manager | Knowsley Council
""")
    add(f, ooo(f, when, "Quayle, Farid", "Farid.Quayle@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
               "Step down to Family First - Kowalczyk [SB-knowsley-44]", body),
        "knowsley", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: an Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) whose boilerplate "
        "says 'a parent or carer is in a mental health crisis and a child is at immediate risk of harm' and gives 999 "
        "- generic advice about no child -> not urgent; auto_reply -> ignore (DESIGN safety rule 2, RFC 3834). Sent "
        "on the last day of the window.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2076-06-09 15:10:44"
    body = T("""
Hi MASH,

Please see attached the step up form and the last TAF minutes for the Halewood children (EHM-63981).

Summer Halewood - 26/10/2066
Tyler Halewood - 14/03/2071

The step up TAF meeting is on Wednesday 17 June at 1.30pm on Teams - the invitation has gone to the MASH inbox and MASH business support, and the TAF members (Greenvale Primary, Little Acorns nursery and Change Grow Live) are invited.

In short: Dean (dad, their sole carer since last year) has been drinking most days since he lost his job in March, and his depression is much worse - he told me last week he "can't see the point". He is linked to his GP and Change Grow Live but missed his last two appointments. School say Summer is anxious and doesn't want to go home on Fridays.

My TM, Gemma Lowe, agreed the step up on 8 June.

Thanks
Bethany

Bethany Lunt
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0391

PS - just as I was about to send this, their nan (Pat) rang me. Dean sent her a text at 2.40 saying "sorry for everything, tell the kids I love them" and he isn't answering his phone. He picked Tyler up from nursery at 2.30 and nobody knows where they are. He has the car. Summer is in school until 3.15. Pat has rung the police. I'm going to school now to be with Summer - 07700 900418.
""")
    form = docx_att("Step up form - Halewood - EHM-63981.docx", appendix1([
        ("Case ID on EHM:", "EHM-63981"),
        ("Date of step up TAF meeting:", "Wednesday 17 June 2076, 13:30 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Dean engages with Family First but not with his own appointments"),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about? Current Concerns (Impact on child)",
         "Dad's daily drinking and worsening depression; Summer's anxiety about going home."),
        ("What is working well? Existing Strengths", "Dean loves the children; nan (Pat) is close and helps."),
        ("What next? Goals", "A social work assessment; Dean back in treatment."),
        ("Agreement by line manager:", "Gemma Lowe, Team Manager - agreed 08/06/2076."),
    ]))
    minutes = docx_att("TAF minutes 28.05.2076 - Halewood.docx", [
        "# TAF review - Halewood (EHM-63981)",
        "Date: 28/05/2076. Chair: Bethany Lunt.",
        "Dean's drinking has increased since March; he says he drinks to sleep. He agreed to see his GP.",
        "Actions: GP appointment; Change Grow Live re-referral; Bethany to discuss a step up with her team manager.",
    ])
    top = outlook_top(f, addr("Lunt, Bethany", "Bethany.Lunt@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Halewood - EHM-63981 - TAF Wed 17 June 1.30pm", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-63981"],
        [ch("Summer Halewood", "2066-10-26", "26/10/2066"), ch("Tyler Halewood", "2071-03-14", "14/03/2071")],
        ["parental_mental_health", "substance_misuse"], None, True, [], True, "alert_duty",
        "AN URGENT P.S. under an otherwise complete planned step-up: the father (sole carer, depressed and drinking) "
        "has texted 'sorry for everything, tell the kids I love them', is not answering and has the 5-year-old with "
        "him in the car, whereabouts unknown -> immediate risk -> alert_duty (DESIGN safety rule 1; Knowsley seed %s "
        "'Safeguarding procedures would always override anything'). The police being told by the grandmother does not "
        "make the child safe. The request itself is complete (form, TAF minutes, EHM id, TM 'agreed the step up', "
        "meeting date and time; no neglect, non-engagement or exploitation concern, so no extra documents); notice "
        "Tue 9 June -> Wed 17 June = 6 WD -> ok. Parents 'know' is not consent -> null. No alarm words." % S004,
        meeting=date(2076, 6, 17), not_children=["Bethany Lunt", "Gemma Lowe"])

# ============================================================================= RICHMOND & WANDSWORTH
RUP = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RDUTY = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
S000 = "000_ad98922a9b2c3c54.txt"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2076-04-28 10:40:18"
    body = T("""
Dear MASH,

Following a reflective discussion with Laura Kincaid (Early Help Practitioner, Wandle Families - our commissioned Early Help service), I agree with the step up to Children's Services for the Olatunji family. The latest case summary is attached and our rationale is below.

Tobi Olatunji, DOB 05/11/2062
Deji Olatunji, DOB 19/04/2069
Mosaic ID 2710456

Rationale for step up
Ms Sade Olatunji has a diagnosis of paranoid schizophrenia. Since February she has stopped taking her medication regularly and has become increasingly convinced that the neighbours are poisoning the family's food through the walls. Her beliefs do not involve the children and there are no immediate child protection concerns, but the impact on them is growing: Tobi (13) has missed 31 sessions this term staying at home "to keep an eye on mum", and now does the shopping and cooking and looks after Deji; Deji (7) has been collected late from after-school club five times. The Early Help plan has not moved over two reviews and the CMHT have not been able to see Ms Olatunji since March. We think a Child and Family Assessment is needed.

Ms Olatunji consents to the step up and to information being shared with the MASH.

Kind regards

Marcia Osei-Bonsu
Early Help Team Manager (Wandsworth North)
Wandsworth Children's Services
020 7946 0532
""") + RDISC
    summary = pdf_att("Case summary - Olatunji - April 2076.pdf", "Early Help case summary - Olatunji family", [
        "Mosaic ID 2710456. Early Help Practitioner: Laura Kincaid. Open to Early Help since October 2075.",
        "Household: Sade Olatunji (mum), Tobi (13), Deji (7). Father not involved.",
        "Presenting needs: mum's mental health (paranoid schizophrenia, not taking medication), Tobi's attendance",
        "(31 sessions missed this term), Tobi caring for mum and Deji.",
        "Reviews: 12 January and 9 March 2076 - no progress on the plan's outcomes.",
        "Views of the family: Sade wants help but does not accept that she is unwell. Tobi says he is 'tired'.",
    ])
    top = outlook_top(f, addr("Osei-Bonsu, Marcia", "Marcia.Osei-Bonsu@" + RDOM), addr("MASH Step Up", RUP),
                      "Step up - Olatunji - Mosaic 2710456", when,
                      cc=addr("Laura Kincaid", "laura.kincaid@wandlefamilies.example.org"))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2710456"],
        [ch("Tobi Olatunji", "2062-11-05", "05/11/2062"), ch("Deji Olatunji", "2069-04-19", "19/04/2069")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Richmond & Wandsworth step-up (seed %s, 'Process to Step Up': 'the Early Help Team Manager will email the "
        "MASH: Step Up email ... with the latest case summary and the rationale'): sent by the EH team manager, case "
        "summary attached, rationale under its own heading -> nothing missing -> book_meeting (invitation within 1 "
        "WD). 'there are no immediate child protection concerns' is negated. 'Mosaic ID 2710456' -> the bare number. "
        "Consent stated; the sender is the team manager and says 'I agree with the step up' -> manager true. A mother's "
        "untreated psychosis (not about the children), Tobi's missed sessions and his caring -> parental_mental_health, "
        "school_attendance, young_carer." % S000,
        not_children=["Sade Olatunji", "Laura Kincaid", "Marcia Osei-Bonsu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2076-05-13 17:25:31"
    ack = ack_text("step-up", "SB-richmond_wandsworth-88",
                   ["Family: Mwangi (Mosaic ID 2733019)",
                    "Children: Baraka Mwangi (12/01/2072), Neema Mwangi (30/09/2075)",
                    "Case discussion: Monday 11 May 2076 10:00 (invitation to follow)"], [])
    text = T("""
Adding to this one.

Mum (Grace) rang me at 5pm. She was crying and said the voices are back and they are telling her she has to send the baby back to God tonight "before it's too late". She wouldn't tell me where she is. I could hear Neema crying and Baraka talking in the background. Her partner Peter works nights and his phone goes to voicemail. I've rung her back three times, no answer. Home address is Flat 4, 19 Cedar Court, Roehampton SW15 9ZT.

I'm in the office till 6 on 020 7946 0587.

Tendai Moyo
Early Help Practitioner (Roehampton)

On Thu, 7 May 2076 at 10:02, MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Tendai Moyo", "Tendai.Moyo@" + RDOM), addr("MASH Step Up", RUP),
                    "Re: Step-up received [SB-richmond_wandsworth-88] Mwangi", when, RDOM, None,
                    extra=[("In-Reply-To", "<SB-richmond_wandsworth-88.ack@stepbot.invalid>")])
    add(f, mail(f, top, text, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2733019"],
        [ch("Baraka Mwangi", "2072-01-12", "12/01/2072"), ch("Neema Mwangi", "2075-09-30", "30/09/2075")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP to [SB-richmond_wandsworth-88] reporting that the mother says voices are telling her to 'send "
        "the baby back to God tonight'; she will not say where she is, has both children with her and is not "
        "answering -> a parent hearing voices about the child, tonight -> urgent -> alert_duty, which overrides "
        "attach_to_request (DESIGN: next_action order; Richmond & Wandsworth seed %s: immediate child protection "
        "concerns are not for the step-up route). 17:25, after office hours (the out-of-hours team is alerted). "
        "Children and Mosaic id come from the quoted acknowledgement, in order of full-name appearance. No alarm "
        "words." % S000,
        not_children=["Tendai Moyo"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2076-06-01 08:00:05"
    text = T("""
RICHMOND AND WANDSWORTH CHILDREN'S PARTNERSHIP - PRACTICE BRIEFING, JUNE 2076

Think Family: when a parent is unwell

Most parents with a mental illness care for their children well, and most of the time a diagnosis tells you very little about risk. This briefing brings together learning from local reviews about the moments when a parent's illness does affect a child's safety.

Three scenarios for team discussion
(These scenarios are fictional, for training only. They describe no real family.)

Scenario 1. A health visitor finds a mother who says voices are telling her the baby is "not hers" and must be given back. The baby is three weeks old and the father is at work. What would you do in the next hour?

Scenario 2. A nine-year-old texts his teacher that his father "won't wake up" and there are tablets on the floor. The teacher has rung 999. Who looks after the child tonight?

Scenario 3. A grandmother with dementia, caring for her grandson under a special guardianship order, does not recognise him at the door after school. What is the immediate plan, and what is the longer-term one?

Key messages
- Ask about the children whenever an adult is in crisis, and ask the adult who will care for them.
- A parent's psychosis that involves the child - voices or beliefs about the child - is always a reason to call the MASH the same day.
- Crisis plans work: ask to see one, and share it with school.

Training: Parental mental health and child protection, Thursday 18 June, 9.30-12.30, Putney. Book through the learning portal.

You are receiving this briefing because you are on the partnership's practitioner mailing list. Unsubscribe: https://rwcp.example.org/unsubscribe
""")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                 '<body style="font-family:Georgia,serif;font-size:11pt">\n'
                 + "".join("<p>%s</p>\n" % html.escape(p, quote=False).replace("\n", "<br>\n")
                           for p in text.strip().split("\n\n")) + "</body></html>\n")
    top = plain_top(f, addr("Children's Partnership Briefings", "briefings@rwcp.example.org"),
                    addr("Early Help Duty", RDUTY), "Practice briefing: Think Family - when a parent is unwell (June 2076)",
                    when, "rwcp.example.org", "Mailchimp",
                    extra=[("List-Id", "RWCP practitioner briefings <briefings.rwcp.example.org>"),
                           ("List-Unsubscribe", "<https://rwcp.example.org/unsubscribe>"), ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partnership practice briefing whose three scenarios mirror this set's urgent mails (a mother "
        "hearing voices about a 3-week-old, a child whose father 'won't wake up', a grandmother with dementia who does "
        "not recognise her grandson), marked 'fictional, for training only' -> DESIGN safety rule 1: 'bulletins that "
        "list examples must not trigger it' -> not urgent. A bulk mailing to the Early Help duty inbox, no request -> "
        "other -> human_review; no children, no concerns.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2076-06-18 14:30:47"
    body = T("""
Hi,

As agreed with Jasper on the phone this morning, the step down case discussion for the Wallace children is on Monday 22 June at 10:00 on Teams, with my team manager, Dominic Achterberg. The latest case summary and the draft Early Help plan are attached.

Jordan Wallace, DOB 08/08/2070
Amelia Wallace, DOB 17/02/2074
Mosaic ID 2698114

Mum, Kerry-Ann Wallace, has a moderate learning disability. Things have improved a lot under the CIN plan - the home is clean and safe now, Jordan is settled in Reception and Kerry-Ann's sister visits every day. The remaining worries are the daily routines and Amelia's health: she has missed her 2-year review and two hearing appointments.

Consent: the community learning disability team completed a capacity assessment on 10 June and concluded that Kerry-Ann does not currently have the capacity to consent to her and the children's information being shared with Early Help. Her advocate and I will go through it again with easy-read materials, and a best-interests meeting is booked for 30 June if it is needed. So I can't give you her consent yet.

Lead professional: the health visitor, Ruth Adebayo, has said she would be willing.

Ines

Ines Carvalho
Social Worker | Family Support and Protection (Wandsworth)
020 7946 0618
""") + RDISC
    summary = pdf_att("Case summary - Wallace - June 2076.pdf", "Case summary - Wallace (Mosaic ID 2698114)", [
        "Children: Jordan (5), Amelia (2). Mother: Kerry-Ann Wallace, moderate learning disability.",
        "CIN plan since November 2075 following concerns about home conditions, now resolved.",
        "Outstanding: routines; Amelia's missed 2-year review and hearing appointments.",
        "Support: maternal aunt daily; community learning disability team; health visitor.",
    ])
    plan = docx_att("Draft Early Help plan - Wallace.docx", [
        "# Draft Early Help plan - Wallace family",
        "Outcome 1: Amelia's health appointments kept (health visitor to support with reminders and transport).",
        "Outcome 2: a visual daily routine for the children, made with Kerry-Ann and her advocate.",
        "Outcome 3: Kerry-Ann's sister's support written into the plan.",
        "Lead professional: to be agreed (health visitor has offered).",
    ])
    top = outlook_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM), addr("Early Help Duty", RDUTY),
                      "Step down - Wallace - case discussion Mon 22/06 10am", when,
                      cc=addr("Achterberg, Dominic", "Dominic.Achterberg@" + RDOM))
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2698114"],
        [ch("Jordan Wallace", "2070-08-08", "08/08/2070"), ch("Amelia Wallace", "2074-02-17", "17/02/2074")],
        ["neglect"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down (seed %s, 'Process to Step Down': case discussion agreed with the Early Help "
        "duty manager 'within 5 days of this contact', confirmed by email 'with the latest case summary and the draft "
        "plan'; 'Step Down to Early Help': 'The allocated social worker should gain consent'): summary and plan "
        "attached, discussion Mon 22 June (4 days after Thu 18 June). A PARENT WHO LACKS CAPACITY TO CONSENT: the "
        "capacity assessment found the mother cannot currently consent, so consent is neither given nor refused -> "
        "null -> consent missing -> request_info. A parent's learning disability is not a concern id; the child's "
        "missed health appointments -> neglect." % S000,
        not_children=["Kerry-Ann Wallace", "Ines Carvalho", "Ruth Adebayo"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2076-07-06 11:05:22"
    body = T("""
Hello MASH,

I'm not sure this is the right inbox, but it is the one on our list for children's services.

I am the AMHP coordinating a Mental Health Act assessment of Ms Joanna Pietrzak (38) at her home, 3 Larch Road, Earlsfield SW18 9ZN, at 14:00 today, with two doctors. It is likely that she will be detained.

She is the only carer for her son, Leo Pietrzak (DOB 14/05/2068), who is at Earlsfield Park Primary until 3.15. His father lives in Poland and there is no family in this country that we know of. If Ms Pietrzak is admitted, nobody will be able to collect Leo or look after him tonight.

You should also know that this morning Ms Pietrzak told her GP that Leo "would be better off in heaven with his grandma" and that she had "worked out how".

Please could someone call me before 2pm on 020 7946 0611 or 07700 900932.

Femi Adeyinka
Approved Mental Health Professional
Adult Social Care - AMHP Service (Wandsworth)
""") + RDISC
    top = outlook_top(f, addr("Adeyinka, Femi", "Femi.Adeyinka@" + RDOM), addr("MASH Step Up", RUP),
                      "Leo Pietrzak (8) - his mum is being assessed under the MHA at 2pm today - no one to collect him",
                      when, extra=[("Importance", "High")])
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Leo Pietrzak", "2068-05-14", "14/05/2068")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A SOLE CARER ABOUT TO BE SECTIONED: an AMHP says the only carer of an 8-year-old is likely to be detained at "
        "2pm, no one can collect him at 3.15 or care for him tonight, and this morning she said he 'would be better off "
        "in heaven' and she had 'worked out how' -> the duty team must act today -> urgent -> alert_duty (DESIGN "
        "safety rule 1; Richmond & Wandsworth seed %s: immediate child protection concerns go to the MASH, not the "
        "step-up route). From adult services, no step -> other. Sent to the step-up inbox as the only address the "
        "writer had." % S000,
        not_children=["Joanna Pietrzak", "Femi Adeyinka"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2076-04-21 09:50:36"
    blocks = [
        "Dear Early Help duty,",
        "",
        "Confirming the step down case discussion I agreed with Jasper Quint on the phone this morning: Friday 24 April 2076 at 2pm on Teams, with my team manager, Owen Fairley. The latest case summary and the draft Early Help plan are attached.",
        "",
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Yasmin Haddad", "02/12/2061", "2687730"],
                   ["Omar Haddad", "27/07/2066", "2687731"]]),
        "",
        "You will see from the case summary that Fatima (mum) was admitted informally to the Elmwood Unit for three weeks in March with severe depression and suicidal thoughts. While she was in hospital Yasmin and Omar stayed with their maternal aunt, Leila Haddad, under a family arrangement, and were very well looked after; there were no safeguarding concerns about their care then and there have been none since. Fatima came home on 2 April. She is seeing the home treatment team, has a written crisis plan, says she has no thoughts of harming herself now and has never had any thoughts of harming the children.",
        "",
        "The plan is for Early Help to support Fatima with routines as she recovers, to help Omar with his worries about school and to keep Yasmin linked to the school counsellor.",
        "",
        "Fatima, Yasmin and Omar have all agreed to Early Help continuing the plan, and Fatima would like the family worker at Wandle Vale Academy, Hiba Mansour, to be lead professional.",
        "",
        "Best wishes,",
        "Rosa",
        "",
        "Rosa Delgado-Price",
        "Social Worker | Child in Need Team (Richmond)",
        "020 7946 0645",
    ]
    summary = pdf_att("Case summary - Haddad.pdf", "Case summary - Haddad family (Mosaic 2687730 / 2687731)", [
        "Mother: Fatima Haddad. Children: Yasmin (14), Omar (9).",
        "March 2076: informal admission (three weeks), severe depression. Children cared for by maternal aunt.",
        "April 2076: home; home treatment team; crisis plan in place. CIN plan outcomes met.",
    ])
    plan = docx_att("Draft Early Help plan - Haddad.docx", [
        "# Draft Early Help plan - Haddad",
        "1. Support Fatima with daily routines during her recovery.",
        "2. Omar: work with school on his worries about school.",
        "3. Yasmin: continue with the school counsellor.",
    ])
    top = outlook_top(f, addr("Delgado-Price, Rosa", "Rosa.Delgado-Price@" + RDOM), addr("Early Help Duty", RDUTY),
                      "Step down - Haddad - case discussion Fri 24 April 2pm", when,
                      cc=addr("Fairley, Owen", "Owen.Fairley@" + RDOM))
    add(f, word_mail(f, top, blocks, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2687730", "2687731"],
        [ch("Yasmin Haddad", "2061-12-02", "02/12/2061"), ch("Omar Haddad", "2066-07-27", "27/07/2066")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: 'admitted ... with severe depression and suicidal thoughts' is the MARCH admission; the children "
        "were safely with their aunt, mother home since 2 April with a crisis plan, 'no thoughts of harming the "
        "children', 'no safeguarding concerns' -> a parent's past hospital stay with the children safe with family -> "
        "not urgent. Richmond & Wandsworth step-down (seed %s, 'Process to Step Down'): case discussion agreed with "
        "the Early Help duty manager within 5 days, summary and draft plan attached, consent ('all agreed to Early "
        "Help continuing the plan') -> nothing missing -> book_meeting. Mosaic ids in a Word table." % S000,
        not_children=["Leila Haddad", "Hiba Mansour", "Rosa Delgado-Price"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2076-05-08 13:15:49"
    data = google_reply(f, when, "Laura Kincaid", "laura.kincaid@wandlefamilies.example.org", ("MASH Step Up", RUP), "ACCEPTED",
                        "Step-up case discussion - Olatunji (2710456) [SB-richmond_wandsworth-91]",
                        "20760512T090000Z", "20760512T100000Z", "Microsoft Teams",
                        "Tue 12 May 2076 10am - 11am (BST)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2710456"], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Early Help "
        "worker (a commissioned provider on Google Workspace) to the step-up case discussion MASH business support booked for richmond_wandsworth_01's family (seed %s, 'Step Up "
        "Discussion': invitation within 1 working day) -> meeting_reply -> record_reply. The case id is the bare "
        "Mosaic number in the SUMMARY." % S000)

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2076-07-21 10:20:11"
    body = T("""
Hello,

Step up for the Fitzpatrick children, following my reflective discussion with their Early Help practitioner, Sam Whitlock. I agree with the step up. The case summary is attached (zipped, because it includes the chronology).

Ellis Fitzpatrick - 09/03/2064
Poppy Fitzpatrick - 22/11/2069
Mosaic 2741185

Rationale
Lorna (mum) has a diagnosis of emotionally unstable personality disorder and has self-harmed by cutting three times since March, twice while the children were in the house; on 2 July Ellis found her and called the ambulance himself. She is open to the CMHT and has been offered DBT but has not attended. She is not in hospital and nothing suggests the children are unsafe today, but Ellis (12) is increasingly anxious, has missed 14 days of school since Easter staying at home to look after her, and four months of Early Help have not changed things. We think the threshold for a Child and Family Assessment is met.

Lorna agrees to the step up.

Dev Malhotra
Early Help Team Manager | Richmond
020 7946 0559
""") + RDISC
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("Case summary - Fitzpatrick.docx",
                            make_docx(["# Case summary - Fitzpatrick (Mosaic 2741185)",
                                       "Mother: Lorna Fitzpatrick. Children: Ellis (12), Poppy (6)."])),
                           ("Chronology - Fitzpatrick.docx",
                            make_docx(["# Chronology", "02/07/2076 - Ellis found mum after she had cut her arm."]))):
            zi = zipfile.ZipInfo(name, date_time=(2076, 7, 20, 16, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    zpart = binary_part("application/x-zip-compressed", "Case summary and chronology - Fitzpatrick.zip", buf.getvalue())
    top = outlook_top(f, addr("Malhotra, Dev", "Dev.Malhotra@" + RDOM), addr("MASH Step Up", RUP),
                      "MASH step up - Fitzpatrick - Mosaic 2741185", when)
    add(f, mail(f, top, body, [zpart], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2741185"],
        [ch("Ellis Fitzpatrick", "2064-03-09", "09/03/2064"), ch("Poppy Fitzpatrick", "2069-11-22", "22/11/2069")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, ["case_summary"], None,
        "request_info",
        "Richmond & Wandsworth step-up (seed %s, 'Process to Step Up': 'the latest case summary and the rationale'): "
        "the rationale is pasted under its own heading, but the case summary arrives only inside a .zip, which is "
        "refused (REQUIREMENTS 'How a requirement is met': a refused attachment meets nothing) -> case_summary "
        "missing -> request_info. A mother's repeated self-harm is a current, serious but NOT immediate concern ('not "
        "in hospital', 'nothing suggests the children are unsafe today') -> not urgent. 'Mosaic 2741185' -> the bare "
        "number. Consent and the team manager's own agreement stated. Ellis's missed days and caring -> "
        "school_attendance, young_carer." % S000,
        not_children=["Sam Whitlock", "Dev Malhotra"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
S001 = "001_7484577aab521096.txt"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2076-04-24 19:40:12"
    text = T("""
Hello MAST

my name is Shamima Akter i am volunteer in Shapla womens group Poplar. One of our sister Nasrin Khatun she call me 10 minute ago crying too much. She say she not sleep since baby born, she say she cannot do anymore, she want to go from the balcony with the baby so nobody can hurt him and then everything finish. Husband is in Sylhet for his father funeral, come back next week. Nobody with her.

She live Flat 41 Quillan House, Poplar E14 9ZR, 9th floor. Baby name Rayan Hossain, 5 week old.

I am going there now in taxi but i am far, 30 minute. I try call her again she not pick up. Please somebody go to her now.

Shamima
07700 900271

Sent from my Galaxy
""")
    top = plain_top(f, addr("Shamima Akter", "shamima.akter.shapla@example.com"), addr(None, TMAST),
                    "pls help Nasrin and baby", when, "mail.example.com", None)
    add(f, build(top, text_part(text, cte="base64", crlf=False), False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Rayan Hossain")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A community volunteer writing in her second language from her phone (one base64 text/plain part, LF line "
        "ends), at 19:40 on a Friday: a mother who has not slept since the birth says she wants 'to go from the "
        "balcony with the baby' (9th floor), alone with a 5-week-old -> postnatal crisis with a threat to the baby, "
        "tonight -> urgent -> alert_duty, out-of-hours (Tower Hamlets seed %s: 'If there is an immediate child "
        "protection concern, contact MAST (... out of hours in an emergency only 0207 364 4079)'; 999). Not a step "
        "request -> other. Baby named with no DOB. No alarm words." % S001,
        not_children=["Nasrin Khatun", "Shamima Akter"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2076-05-12 11:00:41"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Abdi children.

Hodan Abdi - DOB 30/01/2064
Liban Abdi - DOB 07/07/2068
Mosaic: 2911407 / 2911408

Their father, Mr Yusuf Abdi, has been their sole carer since their mother died in 2073. He has paranoid schizophrenia and stopped his depot injection in February. He believes the neighbours are listening through the walls and has covered the windows with foil. His beliefs have not included the children. Hodan (12) now does the shopping and the cooking and takes Liban to school, and her own attendance has dropped to 82%. The Early Help plan has not progressed and Mr Abdi has refused the last three CMHT visits.

I discussed this with my manager, Farzana Haque, today and she agrees that this needs to go to MAST. Mr Abdi agreed to the referral when I saw him on Friday.

Kind regards
Nadia

Nadia Kowalski
Family Support Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0714
""") + TDISC
    marf = docx_att("MARF - Abdi - May 2076.docx", [
        "# Multi-Agency Request for Support",
        "Children: Hodan Abdi (30/01/2064), Liban Abdi (07/07/2068). Mosaic 2911407 / 2911408.",
        "Parent/carer: Yusuf Abdi (father, sole carer).",
        "Reason for request: father's untreated paranoid schizophrenia; Hodan's caring role and falling attendance (82%).",
        "Parent aware and agrees to this request: Yes.",
        "Manager: Farzana Haque, Early Help Team Manager - agreed 12/05/2076.",
    ])
    top = outlook_top(f, addr("Kowalski, Nadia", "Nadia.Kowalski@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Abdi - MARF attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2911407", "2911408"],
        [ch("Hodan Abdi", "2064-01-30", "30/01/2064"), ch("Liban Abdi", "2068-07-07", "07/07/2068")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Tower Hamlets MAST step-up (seed %s, 'Step Up' and the MAST contact paragraph: 'a completed Multi-Agency "
        "Request for Support form'; 'management oversight ... evidenced'): MARF attached, manager agreement stated "
        "('she agrees that this needs to go to MAST') -> nothing missing -> book_meeting. A father's untreated "
        "psychosis that 'has not included the children' is not immediate. 'Mosaic: 2911407 / 2911408' -> two bare "
        "ids. Consent stated ('Mr Abdi agreed to the referral'). Hodan's caring and 82%% attendance -> young_carer, "
        "school_attendance." % S001,
        not_children=["Yusuf Abdi", "Farzana Haque", "Nadia Kowalski"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2076-06-04 15:30:27"
    text = T("""
Hello Early Help team,

We're updating our safeguarding policy after our Think Family training on Monday, and staff have asked me a hypothetical question I'd like to get right.

If a parent told a teaching assistant at the gate that they were hearing voices telling them to hurt their child, would we ring MAST straight away or complete the MARF? And would it be different if the parent said it had happened in the past and they were now on medication?

To be clear, this is not about any current pupil or family - we have no concerns of this kind at the moment. It's for the policy and for staff training.

Could you also send me the current MARF and the Early Help referral form?

Many thanks,
Kwame

Kwame Asante
Deputy Head and Designated Safeguarding Lead
Bow Wharf Primary School | 020 7946 0903
""")
    html_body = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>")
                                            for p in text.strip().split("\n\n")) + "</div>\n")
    top = [("From", addr("Kwame Asante", "k.asante@bowwharf.example.sch.uk")), ("To", addr("Early Help Hub", THUB)),
           ("Subject", "Question about parental mental health - policy update"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], gbnd(f, 1))
    add(f, build(top, body, False), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a school DSL's HYPOTHETICAL policy question ('if a parent told a teaching assistant ... hearing "
        "voices telling them to hurt their child ...'), with 'this is not about any current pupil or family - we have "
        "no concerns of this kind at the moment' -> DESIGN safety rule 1: hypothetical risks must not trigger it. A "
        "general enquiry asking for forms -> other -> human_review (Tower Hamlets seed %s names the MARF and MAST "
        "numbers, which the enquiry asks about)." % S001)

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2076-06-29 10:10:33"
    body = T("""
Dear Early Help Hub,

Following the conclusion of my Child and Family Assessment on 19 June, I am stepping the Rahman children down to a Team Around the Family. The C&F assessment and the draft TAF plan are attached.

Maryam Rahman, DOB 11/10/2071 (Mosaic 2890051)
Ilyas Rahman, DOB 04/01/2076 (Mosaic 2890052)

Mrs Rukhsana Sultana developed postnatal depression after Ilyas was born. She is now on medication, sees the perinatal team fortnightly and is much improved, and her husband, Mr Shafiq Rahman, has reduced his hours to be at home more. The TAF will focus on Mrs Sultana's recovery, Maryam's nursery place and Ilyas's development checks.

Mrs Sultana and Mr Rahman have both consented to the step down and to the TAF.

Lead Practitioner: Josephine Mbeki-Clarke, Health Visitor, Tower Hamlets 0-19 Health Visiting Service, has agreed to take on the role.

I will chair the TAF meeting on Thursday 2 July at 10:00 at Wharfside Children's Centre and will put the minutes on Mosaic.

Ayesha Siddiqui
Social Worker | Children's Social Work (Assessment) | Tower Hamlets Council
020 7946 0781
""") + TDISC
    cfa = pdf_att("C&F Assessment - Rahman - concluded 19.06.2076.pdf", "Child and Family Assessment - Rahman",
                  ["Children: Maryam Rahman (4), Ilyas Rahman (5 months). Mosaic 2890051, 2890052.",
                   "Assessment concluded: 19/06/2076. Outcome: step down to a Team Around the Family.",
                   "Analysis: mother's postnatal depression improving with treatment; father more available; no "
                   "statutory role needed.",
                   "Recommendations: TAF with the health visitor as Lead Practitioner; nursery place for Maryam."])
    plan = docx_att("Draft TAF plan - Rahman.docx", [
        "# Draft TAF plan - Rahman family",
        "1. Mrs Sultana's recovery: perinatal team fortnightly; GP review monthly.",
        "2. Maryam: 30 hours nursery place from September.",
        "3. Ilyas: development checks with the health visitor.",
        "Lead Practitioner: Josephine Mbeki-Clarke (Health Visitor).",
    ])
    top = outlook_top(f, addr("Siddiqui, Ayesha", "Ayesha.Siddiqui@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Rahman - TAF Thu 2 July", when)
    add(f, mail(f, top, body, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2890051", "2890052"],
        [ch("Maryam Rahman", "2071-10-11", "11/10/2071"), ch("Ilyas Rahman", "2076-01-04", "04/01/2076")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Tower Hamlets step-down (seed %s, 'Definitions' and 'Stepping Down - From Child Protection/Child in Need': "
        "the most current C&F assessment, a TAF plan, consent, a Lead Practitioner; 'The Allocated social worker to "
        "arrange and chair the TAF meeting ... within 10 working days of the conclusion of the Child and Family "
        "Assessment'): assessment PDF, draft TAF plan, both parents' consent, the health visitor named with her "
        "service -> nothing missing -> book_meeting; the TAF on Thu 2 July is 9 WD after 19 June. A mother's "
        "improving postnatal depression -> parental_mental_health." % S001,
        not_children=["Rukhsana Sultana", "Josephine Mbeki-Clarke", "Ayesha Siddiqui"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2076-07-08 13:05:19"
    body = T("""
Hello,

Please see the attached record of concern from lunchtime today. Could someone ring me back as soon as you can on 020 7946 0148?

Thanks,
Lucy

Lucy Pham
Family Liaison Officer | Sceptre Lane Primary School
""")
    roc = pdf_att("Record of concern - Aisha C - 08.07.2076.pdf", "RECORD OF CONCERN", [
        "Pupil: Aisha Chowdhury    Year 2    DOB 19/03/2069",
        "Date/time: 08/07/2076 12:40    Recorded by: L. Pham (Family Liaison Officer)",
        "",
        "What was said or seen (the child's words where possible):",
        "Aisha was quiet at lunch and asked me if she could stay at school tonight. When I asked why, she said:",
        "\"Mummy is talking to the people in the TV again. They told her to put me in the bath and keep me under",
        "so the bad man can't get me. Mummy said we'd do it tonight after tea.\" She showed me with her hand on",
        "top of her head, pushing down.",
        "",
        "Background: mum (Ms Nazia Chowdhury) told the school last year that she has a diagnosis of psychosis.",
        "Dad lives in Luton; no contact.",
        "",
        "Aisha is collected by mum at 3.20pm.",
        "",
        "Action taken: Aisha is staying with me. Headteacher told. Emailed MAST 13:05.",
    ])
    top = outlook_top(f, addr("Pham, Lucy", "l.pham@sceptrelane.example.sch.uk"), addr("MAST", TMAST),
                      "Aisha Chowdhury Y2 - record of concern attached", when, mid_domain="sceptrelane.example.sch.uk")
    add(f, mail(f, top, body, [roc], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Aisha Chowdhury", "2069-03-19", "19/03/2069")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE ATTACHED PDF (DESIGN safety rule 1: 'Every part of every message is read ... "
        "attachments'): a 7-year-old says her mother, who has a psychosis diagnosis, hears 'the people in the TV' "
        "telling her to hold the child under in the bath 'tonight after tea', and mum collects at 3.20 -> a parent "
        "hearing voices about the child, today -> urgent -> alert_duty (Tower Hamlets seed %s: immediate concern -> "
        "contact MAST). The body says only 'Please see the attached record of concern'. A school's report -> other. "
        "Threatened, not inflicted, harm: concerns parental_mental_health only. No alarm words." % S001,
        not_children=["Nazia Chowdhury", "Lucy Pham"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2076-05-26 09:15:48"
    html_body = LAYOUT_HEAD + T("""
<p>Good morning MAST,</p>
<p>Please find attached a MARF for <b>Sana Ansari</b> (14/02/2066) and <b>Adam Ansari</b> (09/09/2069), Mosaic 2905573 / 2905574.</p>
<p>First, so that nobody reads this the wrong way: on Saturday night the children's father, Mr Imran Ansari, threatened to kill himself at his flat in Stepney and was detained under section 3 on Sunday. He is on Ruby Ward and the ward expect him to stay for several weeks. <u>The children were not there.</u> They live full time with their mother, Mrs Sadia Ansari, in Bow, were with her all weekend and are safe and well. The police were involved with Mr Ansari only. There is no immediate risk to the children.</p>
<p>The reason for this request is the longer pattern. Mr Ansari's illness has been unstable since January and the children's contact with him has been chaotic; Mrs Ansari is exhausted; Sana's attendance is 84% because she misses Mondays after weekends at her dad's; and the TAF plan has not moved in three reviews.</p>
<p>My manager, Yvonne Achterberg, agreed the step up this morning. Mrs Ansari agrees to the referral.</p>
<p>Kind regards,<br>Tariq</p>
<p style="color:#555555">Tariq Mahmood<br>Early Help Practitioner | Early Help Hub | Tower Hamlets Council<br>020 7946 0736</p>
</body></html>
""")
    marf = pdf_att("MARF - Ansari.pdf", "Multi-Agency Request for Support - Ansari", [
        "Children: Sana Ansari (14/02/2066), Adam Ansari (09/09/2069). Mosaic 2905573 / 2905574.",
        "Lives with: mother, Mrs Sadia Ansari (Bow). Father: Mr Imran Ansari (currently an inpatient, s3).",
        "Is there an immediate risk to the child? No - the children are with their mother and safe.",
        "Reason: father's unstable mental illness; chaotic contact; Sana's attendance 84%.",
        "Manager agreement: Yvonne Achterberg, 26/05/2076.",
    ])
    top = outlook_top(f, addr("Mahmood, Tariq", "Tariq.Mahmood@" + TDOM), addr("MAST", TMAST),
                      "Step up - Ansari children - MARF", when)
    root = multipart("mixed", [text_part(html_body, "html", crlf=True), marf], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2905573", "2905574"],
        [ch("Sana Ansari", "2066-02-14", "14/02/2066"), ch("Adam Ansari", "2069-09-09", "09/09/2069")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'threatened to kill himself' and 'detained under section 3' describe the FATHER, now on a ward "
        "for weeks; the children live with their mother, were with her and 'are safe and well'; 'no immediate risk' "
        "-> a risk already handled -> not urgent. HTML-only body with the MARF as a PDF. Tower Hamlets MAST step-up "
        "(seed %s): MARF and manager agreement ('agreed the step up this morning') -> book_meeting. Consent stated. "
        "Sana's 84%% -> school_attendance." % S001,
        not_children=["Imran Ansari", "Sadia Ansari", "Yvonne Achterberg", "Tariq Mahmood"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2076-05-14 16:45:02"
    body = T("""
Hi Early Help Hub,

I'm stepping the Clarke children down to Early Help following my Child and Family Assessment, which concluded on 7 May. The assessment and the draft TAF plan are attached.

Marcus Clarke 23/06/2065 (Mosaic 2899310)
Jade Clarke 01/12/2067 (Mosaic 2899311)

The children live with their grandfather, Mr Desmond Clarke (71), under a Special Guardianship Order. The referral came from school after Mr Clarke said at the gate that he was "at the end of my tether" and "could cheerfully strangle the pair of them". I have looked at this carefully. It was a figure of speech from a tired man at the end of a long week, and that is how school see it now too. There has never been any suggestion that he has hurt the children; they are warm, fed, happy and very close to him, and each of them told me on their own that they feel safe at home. His GP has checked him over and found nothing wrong - he is simply tired, because Marcus's ADHD makes bedtimes hard - and he would like some respite and a carers' group.

Mr Clarke has consented to the step down and the TAF.

Lead practitioner: tbc - I'm waiting to hear from school whether their learning mentor can take it on. I'll let you know.

Callum Reid
Social Worker | Children's Social Work (Assessment and Intervention) | Tower Hamlets Council
""") + TDISC
    cfa = pdf_att("C&F Assessment - Clarke.pdf", "Child and Family Assessment - Marcus and Jade Clarke", [
        "Mosaic 2899310, 2899311. Concluded 07/05/2076.",
        "Carer: Desmond Clarke (maternal grandfather), Special Guardian since 2070.",
        "Outcome: no further social work role; step down to a TAF. The carer's remark was a figure of speech.",
        "Needs: respite for the carer; support with Marcus's ADHD at home and school.",
    ])
    plan = docx_att("Draft TAF plan - Clarke.docx", [
        "# Draft TAF plan - Clarke",
        "1. Respite: short breaks referral and a kinship carers' group for Mr Clarke.",
        "2. Marcus: ADHD review; bedtime routine support.",
        "Lead practitioner: to be confirmed (school learning mentor approached).",
    ])
    top = plain_top(f, addr("Reid, Callum", "Callum.Reid@" + TDOM), addr("Early Help Hub", THUB),
                    "Step down to Early Help - Clarke children (SGO) - lead practitioner tbc", when, TDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2899310", "2899311"],
        [ch("Marcus Clarke", "2065-06-23", "23/06/2065"), ch("Jade Clarke", "2067-12-01", "01/12/2067")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS: a kinship carer's ORDINARY TIREDNESS - 'at the end of my tether', 'could cheerfully strangle the "
        "pair of them' - assessed as a figure of speech, 'never been any suggestion that he has hurt the children', "
        "both feel safe -> not urgent. Tower Hamlets step-down (seed %s, 'Stepping Down - From Child Protection/Child "
        "in Need': 'Consent should be sought from the family and a lead professional identified'): assessment and TAF "
        "plan attached, consent stated, but the lead practitioner is 'tbc' -> lead_practitioner missing -> "
        "request_info. Marcus's ADHD -> disability_send; the carer's tiredness is no concern id." % S001,
        not_children=["Desmond Clarke", "Callum Reid"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2076-07-17 12:30:54"
    body = T("""
Hello,

MARF attached for the Okonkwo-Bell twins, Idris Okonkwo-Bell and Imani Okonkwo-Bell (both DOB 03/05/2074), Mosaic 2923418 and 2923419.

Their mum, Ms Chiamaka Okonkwo, has a mild learning disability and has been on her own with the twins since their dad moved out in March. She loves them and tries very hard, but she is overwhelmed: the flat is increasingly cluttered and dirty, the twins have missed their 2-year checks and immunisations twice, and on my last three visits they were still in night nappies at 2pm. She forgets feeds when she is stressed. Nothing suggests they are unsafe today, but things are slipping week by week despite the Early Help plan.

I should be upfront that my manager, Shirin Chowdhury, does not agree that this meets the threshold for MAST yet - she would like us to try a Family Group Conference first. I am sending it because I'm worried about how fast things are slipping and would value MAST's view.

Mum knows I'm contacting MAST.

Grace Adeleke-Moss
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0752
""") + TDISC
    marf = docx_att("MARF - Okonkwo-Bell twins.docx", [
        "# Multi-Agency Request for Support",
        "Children: Idris Okonkwo-Bell and Imani Okonkwo-Bell, DOB 03/05/2074. Mosaic 2923418, 2923419.",
        "Parent: Chiamaka Okonkwo (mother, mild learning disability).",
        "Concerns: home conditions, missed health checks and immunisations, missed feeds.",
        "Manager's view: not agreed (FGC first).",
    ])
    top = outlook_top(f, addr("Adeleke-Moss, Grace", "Grace.Adeleke-Moss@" + TDOM), addr("MAST", TMAST),
                      "MAST request - Okonkwo-Bell twins", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2923418", "2923419"],
        [ch("Idris Okonkwo-Bell", "2074-05-03", "03/05/2074"), ch("Imani Okonkwo-Bell", "2074-05-03", "03/05/2074")],
        ["neglect"], None, False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up (seed %s: the MARF; management oversight): MARF attached, but the manager 'does "
        "not agree that this meets the threshold' -> manager_agreed false (stated as disagreed) -> missing -> "
        "request_info (a difference of opinion goes to the partnership escalation procedure). A mother with a "
        "learning disability, overwhelmed: home conditions, missed checks and immunisations, missed feeds -> neglect; "
        "'Nothing suggests they are unsafe today' -> not urgent. 'Mum knows' is not consent -> null. Twins share one "
        "written DOB." % S001,
        not_children=["Chiamaka Okonkwo", "Shirin Chowdhury", "Grace Adeleke-Moss"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
S002 = "002_682540a1ccf30a2a.txt"

def torbay_01():
    f = "torbay_01.eml"; when = "2076-05-15 15:48:30"
    html_body = LAYOUT_HEAD + T("""
<p>Hi, I didn't know who else to email - I had this address from a triage last year.</p>
<p><b>Noah Pengelly</b> (Year 2, DOB 07/11/2068) lives with his nan, Mrs Maureen Pengelly, under a special guardianship order. Nan was diagnosed with Alzheimer's last autumn.</p>
<p>She didn't come to collect Noah at 3.15 today. Our learning mentor, Dan, walked him home at 3.30 (it's five minutes away). Nan opened the door, looked at Noah and said she didn't know who he was and he wasn't to come in. There was smoke in the hallway from a pan on the cooker and Dan went in and turned it off. She then shut the door on them both.</p>
<p>Noah is with me in the school office now. He is very upset and keeps asking if nan is poorly. His mum isn't allowed contact, and nan's son in Exeter isn't answering his phone. We close at 5.30.</p>
<p>Please can someone ring me on 01632 960417.</p>
<p>Kerry Lavers<br>Family Support Worker<br>Cockington Vale Primary School</p>
</body></html>
""")
    top = outlook_top(f, addr("Kerry Lavers", "k.lavers@cockingtonvale.example.sch.uk"), addr("Early Help", BEH),
                      "Noah Pengelly - nan didn't collect and didn't know him", when,
                      mid_domain="cockingtonvale.example.sch.uk")
    add(f, html_only(f, top, html_body), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Noah Pengelly", "2068-11-07", "07/11/2068")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "DEMENTIA IN A KINSHIP CARER, TODAY: a 7-year-old's special guardian (Alzheimer's) did not collect him, did not "
        "recognise him at the door, left a pan burning and shut him out; no other carer reachable; school closes at "
        "5.30 on a Friday -> no safe carer tonight -> urgent -> alert_duty (DESIGN safety rule 1; Torbay seed %s: "
        "concerns go to MASH 'as per safeguarding processes'). HTML-only mail sent to the Early Help inbox (the wrong "
        "inbox for this; mailbox is where it arrived). A school's report, no step -> other. Concern: the carer's "
        "dementia is labelled parental_mental_health (the carer is in the parental role; see README). No alarm "
        "words." % S002,
        not_children=["Maureen Pengelly", "Kerry Lavers"])

def torbay_02():
    f = "torbay_02.eml"; when = "2076-04-27 11:20:09"
    body = T("""
Hello Early Help,

Please could I have a triage slot for the Trewhella children, stepping down from the Single Assessment Team to level 3 Early Help.

Alfie Trewhella - 12/12/2066
Ivy Trewhella - 02/06/2073 (under 5, so I think she'll need the under-5s triage)
LCS-3318842

The Single Assessment is attached. My analysis includes the rationale for the step down, and my team manager, Ben Tregenza, has recorded his analysis confirming the threshold for level 3 is met.

Jodie (mum) has anxiety and depression. She went through a very low patch over the winter but is now engaging with Talking Therapies and her GP, and the assessment found no need for statutory intervention. She needs help with routines, Alfie's worries about school and a nursery place for Ivy.

Jodie has given consent for level 3 Early Help.

Thanks
Morwenna

Morwenna Hocking
Social Worker | Single Assessment Team | Torbay Council
01632 960288
""") + BDISC
    sa = pdf_att("Single Assessment - Trewhella - LCS-3318842.pdf", "Single Assessment - Trewhella", [
        "Children: Alfie Trewhella (9), Ivy Trewhella (2). LCS-3318842.",
        "Social worker's analysis: mum's anxiety and depression improving with treatment; no statutory role needed;",
        "rationale for step down - needs remain at level 3 (routines, Alfie's school anxiety, nursery place).",
        "Team Manager's analysis (B. Tregenza, 24/04/2076): threshold met for level 3 intervention.",
    ])
    top = outlook_top(f, addr("Hocking, Morwenna", "Morwenna.Hocking@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down L3 - Trewhella - LCS-3318842", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3318842"],
        [ch("Alfie Trewhella", "2066-12-12", "12/12/2066"), ch("Ivy Trewhella", "2073-06-02", "02/06/2073")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Torbay step-down from the Single Assessment Team (seed %s, 'Step down process from Single Assessment Team', "
        "steps 1-4): Single Assessment attached with the rationale, the team manager's analysis 'confirming the "
        "threshold for level 3 is met' (manager true), consent for level 3 given -> nothing missing -> book_meeting; "
        "Ivy (2) means the fortnightly under-5s triage ('step downs for under 5's heard fortnightly - AFC "
        "attending'). Level 3 stated." % S002,
        not_children=["Ben Tregenza", "Morwenna Hocking"])

def torbay_03():
    f = "torbay_03.eml"; when = "2076-06-10 10:00:17"
    body = T("""
Hi all,

Requesting a triage slot for the Nancarrow children, stepping down from the SASF team to level 3 Early Help at the end of their CIN plan.

Jacob Nancarrow, 18/04/2062
Tegan Nancarrow, 25/01/2065
LCS-3302915

I want to be clear about the history, because the words in the file are alarming. In September 2074 Kerensa (mum) took an overdose at home and Jacob found her; the children were on a child protection plan until March 2075 and on a CIN plan since. That was nearly two years ago. Kerensa has not self-harmed since, is well on her medication, sees her psychologist fortnightly and has a crisis plan shared with school and with her sister. There is no current risk to the children and no child protection concern now; the CIN plan has met its outcomes.

The Single Assessment is attached. My team manager, Nicola Rowe, agrees with the step down and has recorded her analysis confirming level 3. Kerensa signed the consent for level 3 Early Help at the CIN review last week.

Pawel

Pawel Nowicki
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + BDISC
    sa = pdf_att("Single Assessment update - Nancarrow.pdf", "Single Assessment (update) - Nancarrow - LCS-3302915", [
        "Children: Jacob (14), Tegan (11). Mother: Kerensa Nancarrow.",
        "History: overdose September 2074; CP plan to March 2075; CIN plan since. No incidents since 2074.",
        "Current: mother well, treatment ongoing, crisis plan shared. No current child protection concerns.",
        "Team Manager's analysis (N. Rowe): no further statutory role; threshold met for level 3.",
    ])
    top = plain_top(f, addr("Nowicki, Pawel", "Pawel.Nowicki@" + BDOM), addr("Early Help", BEH),
                    "Step down to level 3 - Nancarrow - LCS-3302915", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-3302915"],
        [ch("Jacob Nancarrow", "2062-04-18", "18/04/2062"), ch("Tegan Nancarrow", "2065-01-25", "25/01/2065")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'took an overdose', 'Jacob found her', 'child protection plan' all date from 2074-75; a crisis "
        "plan, no self-harm since and 'no current risk to the children' -> historic -> not urgent. Torbay step-down "
        "from the SASF team (seed %s, 'Step down process from Safeguarding and Supporting Families Team and CWD team'): "
        "Single Assessment attached, team manager 'agrees with the step down' and recorded her analysis, consent signed "
        "-> book_meeting. Level 3 stated." % S002,
        not_children=["Kerensa", "Nicola Rowe", "Pawel Nowicki"])

def torbay_04():
    f = "torbay_04.eml"; when = "2076-07-02 21:10:38"
    text = T("""
MASH / EDT,

I'm the lead professional (Early Help, level 3) for Kayleigh Stephens (22) and her daughter Harper Stephens, DOB 19/03/2076. EHM-741552.

At 20:40 tonight Lacey, the 12-year-old from next door, messaged me on the number Kayleigh gave her. Kayleigh left Harper with her at 6pm "for ten minutes" and hasn't come back. Kayleigh's phone is off. Lacey's mum is on a night shift at the hospital until 7am. Lacey says Harper has had one bottle and she doesn't know how to make another.

Kayleigh has a mild learning disability and was started on sertraline for postnatal depression in May. Her last message to me, at 17:52, was "i cant do it no more shes better off with sumone who can". The chat is attached.

Address: 12 Quarry Mead, Paignton TQ3 9ZF.

My manager, Jo Pascoe, agrees this needs to go to MASH tonight. I haven't been able to ask Kayleigh for her consent - she isn't answering.

I'm driving over now. 07700 900563.

Sophie

Sent from my iPhone
""")
    chat = T("""
02/07/2076, 09:14 - Sophie Treloar: Morning Kayleigh, still ok for Monday at 10?
02/07/2076, 09:31 - Kayleigh: yeh
02/07/2076, 17:52 - Kayleigh: i cant do it no more shes better off with sumone who can
02/07/2076, 17:58 - Sophie Treloar: Kayleigh where are you? Please ring me
02/07/2076, 18:20 - Sophie Treloar: Kayleigh please answer
02/07/2076, 20:40 - Lacey: hi its lacey next door. kayleigh left harper with me at 6 she said 10 mins and shes not back. mum is at work
""")
    att = text_part(chat, cte="quoted-printable",
                    disposition='attachment; filename="WhatsApp Chat with Kayleigh.txt"')
    att.headers[0] = ("Content-Type", 'text/plain; charset="utf-8"; name="WhatsApp Chat with Kayleigh.txt"')
    top = plain_top(f, addr("Sophie Treloar", "Sophie.Treloar@" + BDOM), addr("MASH", BMASH),
                    "Harper Stephens 15 weeks - mum gone, baby left with 12yo", when, BDOM, "iPhone Mail (21H221)")
    add(f, iphone_mail(f, top, text, [att]), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-741552"],
        [ch("Harper Stephens", "2076-03-19", "19/03/2076")],
        ["neglect", "parental_mental_health"], None, True, ["consent"], None, "alert_duty",
        "A PARENT WITH A LEARNING DISABILITY, OVERWHELMED, TONIGHT: a 15-week-old left since 6pm with a 12-year-old "
        "who cannot feed her, the mother's phone off after 'i cant do it no more shes better off with sumone who can' "
        "(in the body and the attached WhatsApp .txt), no adult until 7am -> urgent -> alert_duty, out of hours at "
        "21:10 (DESIGN safety rule 1). It is the lead professional's contact to MASH with her manager's agreement -> "
        "a Torbay step_up (seed %s, 'Step up processes from level 3 to level 4', step 2: 'a contact should be made to "
        "MASH with parental consent'); consent could not be asked -> null -> missing; manager true. Abandonment -> "
        "neglect; postnatal depression -> parental_mental_health. No alarm words." % S002,
        not_children=["Kayleigh Stephens", "Sophie Treloar", "Jo Pascoe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2076-05-05 09:40:25"
    body = T("""
Good morning,

I'm the Early Help practitioner (level 3) for the Polglase children and I would like this considered for level 4.

Rhys Polglase - 15/08/2063
Seren Polglase - 01/04/2067
EHM-738201

Mum, Tamsin Polglase, has a diagnosis of schizoaffective disorder. Over the last month she has stopped her medication and become convinced that the children's school is "reporting her to the government". She has kept both children at home for 9 of the last 20 school days. Nothing suggests the children are in danger today, and her beliefs don't involve harming them, but she won't let the CMHT in and the plan has stalled.

Consent: I asked mum on Friday and she does not consent to a contact to MASH - she told me not to make one. I am making this contact because of the impact on the children's education and mum's deteriorating health.

My ATM, Karen Soady, is on leave until Thursday; I'll discuss it with her then.

Anna Polwarth
Early Help Practitioner | Torbay Council Early Help
01632 960351
""") + BDISC
    top = outlook_top(f, addr("Polwarth, Anna", "Anna.Polwarth@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH (step up) - Polglase - EHM-738201", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-738201"],
        [ch("Rhys Polglase", "2063-08-15", "15/08/2063"), ch("Seren Polglase", "2067-04-01", "01/04/2067")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent", "manager_agreed"], None,
        "request_info",
        "Torbay step-up (seed %s, 'Step up processes from level 3 to level 4', step 2: 'The worker and team manager "
        "should agree ...', 'a contact should be made to MASH with parental consent'): CONSENT REFUSED ('she does not "
        "consent to a contact to MASH') -> false -> missing; the ATM is on leave and will be asked Thursday -> "
        "manager null -> missing -> request_info. Sent the day after the May Day bank holiday. Relapsing psychosis "
        "whose beliefs do not involve the children, 'Nothing suggests the children are in danger today' -> not "
        "urgent. Kept off school 9 of 20 days -> school_attendance." % S002,
        not_children=["Tamsin Polglase", "Karen Soady", "Anna Polwarth"])

def torbay_06():
    f = "torbay_06.eml"; when = "2076-06-22 08:35:51"
    comment = ("Happy to attend. An update for the panel: Mrs Jenkin was admitted to the Brookfield Unit for a week in "
               "May after a relapse. The crisis plan worked as it should - the children stayed with their nan the "
               "whole time and school were told the same day. She is home and well now, the CMHT are still visiting "
               "weekly, and there have been no new concerns in school. Gemma")
    data = itip_reply(f, when, "Gemma Rowse", "g.rowse@windmillrise.example.sch.uk", ("Early Help", BEH), "ACCEPTED",
                      "Early Help triage - Jenkin (LCS-3320467) [SB-torbay-61]", "20760623T093000",
                      "20760623T100000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, ["LCS-3320467"], [],
        ["parental_mental_health"], None, None, [], None, "record_reply",
        "NEAR MISS in a meeting reply's COMMENT: 'admitted ... after a relapse' was in May, 'the crisis plan worked', "
        "the children were with their nan throughout, mother home and well -> a handled, past admission -> not urgent. "
        "Outlook iTIP REPLY ACCEPTED for a Tuesday triage slot (Torbay seed %s, 'weekly triage meeting (Tuesday "
        "mornings)') -> record_reply. Case id from the SUMMARY; the CMHT still visiting weekly keeps "
        "parental_mental_health a current (not immediate) concern." % S002,
        not_children=["Gemma Rowse"])

def torbay_07():
    f = "torbay_07.eml"; when = "2076-07-15 14:20:43"
    blocks = [
        "Hello Early Help,",
        "",
        "Please could the Kitto children have a triage slot - a step down to level 3 from the SASF team.",
        "",
        ("table", [["Name", "DOB", "LCS"],
                   ["Lowenna Kitto", "30/06/2063", "LCS-3297720"],
                   ["Jago Kitto", "12/02/2070", "LCS-3297720"]]),
        "",
        "So that it isn't a surprise at triage: mum, Rebecca Kitto, went into the Brookfield Unit as an informal patient on Sunday after a few bad weeks with her depression, and is expected home next week. Lowenna and Jago are staying with their dad, Mark, and his partner in Paignton, where they have spent every other weekend for years. Dad has parental responsibility, the children are settled and going to school as normal, and there are no concerns about their care. Rebecca rang me from the ward yesterday and is glad they are with their dad.",
        "",
        "The CIN plan has met its goals and the Single Assessment (attached) explains the step down. My team manager, Alison Crewe, agrees with the step down and has recorded her analysis confirming level 3. Rebecca gave her consent to level 3 Early Help at the CIN review on 8 July, and Mark has consented too.",
        "",
        "Thanks,",
        "Kieran",
        "",
        "Kieran O'Dwyer",
        "Social Worker | Safeguarding and Supporting Families Team | Torbay Council",
    ]
    sa = pdf_att("Single Assessment - Kitto.pdf", "Single Assessment - Kitto - LCS-3297720", [
        "Children: Lowenna (13), Jago (6). Mother: Rebecca Kitto (depression). Father: Mark Kitto (PR).",
        "Analysis: CIN goals met; remaining needs at level 3 (mum's recovery, Jago's speech and language).",
        "Team Manager's analysis (A. Crewe): threshold met for level 3 intervention.",
    ])
    top = outlook_top(f, addr("O'Dwyer, Kieran", "Kieran.ODwyer@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down to level 3 - Kitto - LCS-3297720", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-3297720"],
        [ch("Lowenna Kitto", "2063-06-30", "30/06/2063"), ch("Jago Kitto", "2070-02-12", "12/02/2070")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS: a PARENT IN HOSPITAL WITH THE CHILDREN SAFELY WITH FAMILY - mum is an informal inpatient since "
        "Sunday; the children are with their father (who has PR), settled, 'no concerns about their care' -> not "
        "urgent. Torbay SASF step-down (seed %s): Single Assessment attached, team manager 'agrees with the step "
        "down', consent from both parents -> book_meeting. The LCS id is repeated in the table (deduplicated)." % S002,
        not_children=["Rebecca Kitto", "Alison Crewe", "Kieran O'Dwyer"])

def torbay_08():
    f = "torbay_08.eml"; when = "2076-05-28 16:00:12"
    ack = ack_text("step-down", "SB-torbay-52",
                   ["Family: Ng (LCS-3309954)", "Children: Ethan Ng (10/10/2064), Chloe Ng (05/05/2069)",
                    "Triage: a slot will be confirmed once the request is complete"],
                   ["the Single Assessment with your analysis and the rationale behind the decision to step down",
                    "your team manager's analysis confirming the threshold for level 3 intervention is met"])
    body = T("""
Hi,

Attached is the Single Assessment for the Ng children, with my team manager Sian Holloway's analysis - she has confirmed the threshold for level 3 is met.

Harriet

Harriet Yeo
Social Worker | Single Assessment Team | Torbay Council
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "26 May 2076 11:02", "Yeo, Harriet",
             "Triage request received [SB-torbay-52] - Ng", ack)
    sa = pdf_att("Single Assessment - Ng - LCS-3309954.pdf", "Single Assessment - Ng", [
        "Children: Ethan Ng (11), Chloe Ng (7). Father: Wei Ng, sole carer since 2074.",
        "Mr Ng has depression following his wife's death; treated by his GP; improving.",
        "Social worker's analysis and rationale: no statutory role; needs at level 3 (dad's recovery, routines).",
        "Team Manager's analysis (S. Holloway, 27/05/2076): threshold met for level 3.",
    ])
    top = outlook_top(f, addr("Yeo, Harriet", "Harriet.Yeo@" + BDOM), addr("Early Help", BEH),
                      "RE: Triage request received [SB-torbay-52] - Ng", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-3309954"],
        [ch("Ethan Ng", "2064-10-10", "10/10/2064"), ch("Chloe Ng", "2069-05-05", "05/05/2069")],
        ["parental_mental_health"], None, True, [], None, "attach_to_request",
        "A reply to [SB-torbay-52] adding the Single Assessment and the team manager's analysis the acknowledgement "
        "asked for (Torbay seed %s, step 1: 'Team Manager records manager's analysis confirming threshold met for "
        "level 3') -> follow_up -> attach_to_request, missing []. Manager true ('she has confirmed the threshold for "
        "level 3 is met'); consent not mentioned -> null. Children and LCS id from the quoted acknowledgement; the "
        "father's depression (in the attached assessment) -> parental_mental_health." % S002,
        not_children=["Sian Holloway", "Harriet Yeo"])

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEHC = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"
S003 = "003_d813ace460bad8eb.txt"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2076-05-18 08:24:16"
    text = T("""
Hello,

I'm Kieran Bevan's class teacher (Year 6, Lugg Meadow Primary). I had your email address from his TAF last year - sorry if this is the wrong place.

Kieran has just texted the class phone:

"miss dad wont wake up theres tablets all over the floor and sick. i dont no what to do. hes breathing funny"

I have rung 999 and they are sending an ambulance to 6 Orchard Row, Hereford HR1 9ZB. I've told Kieran to open the door and stay on the phone to them. His mum doesn't live with them and I don't have a number for her. Dad is his only carer.

I'm on my way in to school now - 07700 900384.

Rhian Powell

Sent from my iPhone
""")
    top = plain_top(f, addr("Rhian Powell", "r.powell@luggmeadow.example.sch.uk"), addr(None, HEHC),
                    "Kieran Bevan Y6 - text from him this morning", when, "luggmeadow.example.sch.uk",
                    "iPhone Mail (21H221)")
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kieran Bevan")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A PARENT'S OVERDOSE, NOW: an 11-year-old alone with his sole carer, unresponsive among tablets; the teacher "
        "has called 999, but the child is still alone with an unconscious parent and will have no carer once the "
        "ambulance leaves -> urgent -> alert_duty (DESIGN safety rule 1: a risk is 'handled' only when the child is "
        "safe). Sent at 08:24 to the Early Help co-ordinators (the only address the teacher had; mailbox is where it "
        "arrived). A report, no step -> other. Overdose -> parental_mental_health (substance_misuse could be argued). "
        "No alarm words. (Herefordshire seed %s defines step-down only.)" % S003,
        not_children=["Rhian Powell"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2076-06-30 12:40:57"
    body = T("""
Dear MASH,

Please see the attached contact note from this morning's home visit. Ms Vaughan-Price is the only adult at home with her daughter, and a Mental Health Act assessment is planned for 4pm today.

Please call me on 01632 960722.

Nia Bowen-Hughes
Community Psychiatric Nurse (Band 6)
Crisis Resolution and Home Treatment Team
""")
    note = pdf_att("CRHT contact note - C Vaughan-Price - 30.06.2076.pdf",
                   "CRISIS RESOLUTION AND HOME TREATMENT TEAM - CONTACT NOTE", [
        "Patient: Carys Vaughan-Price    DOB 14/02/2045",
        "Date: 30/06/2076, home visit 10:30. Seen by: N. Bowen-Hughes (CPN) and Dr R. Iqbal (ST5).",
        "Present: the patient and her daughter, Elin Vaughan-Price (DOB 09/01/2073).",
        "",
        "Mental state: dishevelled, poor eye contact, little sleep for four nights, not eating. She reports",
        "command hallucinations for 48 hours - a woman's voice telling her to 'stop Elin's heart so they can't",
        "take her'. She says she has not acted on them and is 'fighting it', but cannot promise she will not.",
        "",
        "Risk: high risk to others (the child). Risk to self: moderate.",
        "Plan: informal admission offered and declined. MHA assessment requested - AMHP arranging for 16:00",
        "today. Partner (Rhodri Price) works offshore, back in 10 days. No other adult at home.",
        "Children's social care to be informed today.",
    ])
    top = outlook_top(f, addr("Bowen-Hughes, Nia", "nia.bowen-hughes@hereford-mh.example.nhs.uk"),
                      addr("MASH", HMASH), "Elin Vaughan-Price (3) - CRHT contact note - for MASH", when,
                      mid_domain="hereford-mh.example.nhs.uk")
    add(f, mail(f, top, body, [note]), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Elin Vaughan-Price", "2073-01-09", "09/01/2073")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A PARENT HEARING VOICES ABOUT THE CHILD (the facts in an attached PDF): command hallucinations telling the "
        "mother to 'stop Elin's heart', admission declined, the 3-year-old at home with her as the only adult until a "
        "4pm MHA assessment -> urgent -> alert_duty (DESIGN safety rule 1). A crisis team's note, no step -> other "
        "(Herefordshire seed %s defines no step-up in any case). The mother's DOB (2045) is an adult's, not a "
        "child's." % S003,
        not_children=["Carys Vaughan-Price", "Rhodri Price", "Nia Bowen-Hughes"],
        adults=[("Carys Vaughan-Price", "14/02/2045")])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2076-04-29 15:00:44"
    body = T("""
Hello,

Following our discussion at Tuesday's drop-in with Verity, please find attached the Early Help Assessment step-down plan and the family's signed consent form for the Jones children - one request for the sibling group.

Harvey Jones - 14/09/2063 - Mosaic 623417
Megan Jones - 03/03/2066 - Mosaic 623418
Osian Jones - 28/02/2071 - Mosaic 623419

Mum (Sarah Jones) has recurrent depression and was very unwell over the winter. The C&F assessment concluded on 21 April that the family's needs are at level 3 (Intensive) and can be met by Early Help. Sarah is much better, is on medication and attends a women's wellbeing group.

Key person: Delyth Morgan, Family Support Worker, Widemarsh Family Centre - agreed with Sarah and with Delyth.

Eleri

Eleri Watkins
Social Worker | Assessment Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step-down plan - Jones.docx", [
        "# Early Help Assessment - Step Down plan",
        "Family: Jones (sibling group). Harvey, Megan, Osian.",
        "What are we worried about? Mum's depression returning; the children's routines.",
        "What's working well? Mum engaging with treatment; the grandparents help.",
        "Wellbeing plan - what needs to happen, by whom: Delyth Morgan to visit fortnightly; school to monitor.",
        "Key person: Delyth Morgan, Widemarsh Family Centre.",
    ])
    consent = pdf_att("Signed consent - Jones.pdf", "Herefordshire Council - Early Help consent", [
        "I, Sarah Jones, consent to my family receiving Early Help and to information being shared.",
        "Children: Harvey, Megan and Osian Jones.",
        "Signed: S. Jones    Date: 27/04/2076",
    ])
    top = outlook_top(f, addr("Watkins, Eleri", "Eleri.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "Step down to Early Help (level 3) - Jones sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["623417", "623418", "623419"],
        [ch("Harvey Jones", "2063-09-14", "14/09/2063"), ch("Megan Jones", "2066-03-03", "03/03/2066"),
         ch("Osian Jones", "2071-02-28", "28/02/2071")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Herefordshire step-down (seed %s: 'the social worker will obtain written consent, identify a key person "
        "with the family, complete an Early Help Assessment step-down plan ... send it through to the Early Help "
        "Co-ordinator team within two weeks'; 'The step can now be started via a sibling group'): plan .docx, signed "
        "consent form PDF, key person named with her agency -> nothing missing -> book_meeting. 'level 3 "
        "(Intensive)' -> level 3. 'Mosaic 623417' etc. -> bare ids. A mother's recurrent depression, now improving." % S003,
        not_children=["Sarah Jones", "Delyth Morgan", "Eleri Watkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2076-06-05 11:30:08"
    body = T("""
Hi,

Attached is the Early Help Assessment step-down plan for Cerys Lloyd (21/07/2066) and Dylan Lloyd (30/10/2068), Mosaic 619902 / 619903. They live with their grandmother, Mrs Gwen Lloyd (74), under a Child Arrangements Order.

Mrs Lloyd was diagnosed with early-stage Alzheimer's disease in February. I know the word dementia on a referral can ring alarm bells, so to be clear: her diagnosis is early, she is on medication and is seen by the memory clinic every three months, she is not wandering or getting lost, and she has never left the children unattended or forgotten to collect them. The children's aunt, Sian Lloyd, lives next door and sees them every day, and there is a written contingency plan agreed with the family: Sian steps in if Mrs Lloyd's health changes, and the memory clinic will tell us. There are no concerns about the children's safety or care. The step down is so that Early Help can help the family plan for the future and link Mrs Lloyd with a kinship carers' group.

Key person: Tomasz Nowicki, Pastoral Lead, Arrow Valley Primary School - agreed with the family and with Tomasz.

Consent: Mrs Lloyd gave her consent verbally on the phone on Wednesday. I'll get the written consent form signed at my visit next week.

Gethin

Gethin Pugh
Social Worker | Children with Disabilities and Kinship Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA Step Down Plan - Lloyd.docx", [
        "# Early Help Assessment - Step Down plan - Lloyd",
        "Mapping - what are we worried about? Planning for the future as Mrs Lloyd's condition progresses.",
        "What's working well? A loving, stable home; aunt next door; contingency plan in place.",
        "Wellbeing plan - what needs to happen: kinship carers' group; annual review of the contingency plan.",
        "Key person: Tomasz Nowicki (Arrow Valley Primary School).",
    ])
    top = outlook_top(f, addr("Pugh, Gethin", "Gethin.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "Step down plan - Lloyd children (kinship care with grandmother)", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["619902", "619903"],
        [ch("Cerys Lloyd", "2066-07-21", "21/07/2066"), ch("Dylan Lloyd", "2068-10-30", "30/10/2068")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS: DEMENTIA IN A KINSHIP CARER, WELL MANAGED - early diagnosis, treated, 'not wandering or getting "
        "lost', 'never left the children unattended', aunt next door, a written contingency plan, 'no concerns about "
        "the children's safety' -> not urgent. Herefordshire step-down (seed %s: 'the social worker will obtain "
        "written consent'): plan and key person given; consent given VERBALLY (consent true) but the written form is "
        "still to be signed -> consent_form missing -> request_info. No level stated -> null. The carer's dementia is "
        "labelled parental_mental_health (see README)." % S003,
        not_children=["Gwen Lloyd", "Sian Lloyd", "Tomasz Nowicki", "Gethin Pugh"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2076-07-13 09:05:31"
    body = T("""
Good morning,

Please find attached a copy of our discharge letter for Ms Ffion Rees, sent at her request to her Early Help key person.

Kind regards

Perinatal Mental Health Team - Administration
""")
    letter = pdf_att("Discharge letter - F Rees - 10.07.2076.pdf", "Perinatal Mental Health Team - discharge letter", [
        "Dear Dr Singh,",
        "Re: Ms Ffion Rees, DOB 03/03/2050",
        "Diagnosis: moderate postnatal depression following the birth of her son, Tomos Rees (DOB 11/09/2075) - resolved.",
        "Ms Rees was referred in November 2075. She responded well to sertraline and weekly psychological therapy.",
        "She has now made a full recovery and her mood has been stable for four months.",
        "At no point did Ms Rees report thoughts of harming herself or her baby, and no safeguarding concerns were",
        "identified during our involvement. Tomos is thriving and is well cared for by both parents.",
        "She is discharged to your care with a relapse prevention plan (attached to her record).",
        "Yours sincerely, Dr A. Menon, Consultant Perinatal Psychiatrist",
        "cc: Ms F. Rees; Early Help key person (at the patient's request)",
    ])
    top = outlook_top(f, addr("Perinatal Mental Health Team", "perinatal.admin@hereford-mh.example.nhs.uk"),
                      addr("Early Help Co-ordinators", HEHC),
                      "Discharge letter - Ffion Rees - copy for Early Help key person", when,
                      mid_domain="hereford-mh.example.nhs.uk")
    add(f, mail(f, top, body, [letter]), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Tomos Rees", "2075-09-11", "11/09/2075")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a perinatal team's discharge letter - postnatal depression 'resolved', 'At no point did Ms Rees "
        "report thoughts of harming herself or her baby', 'no safeguarding concerns' -> resolved and negated -> not "
        "urgent, and no current concern (the illness is resolved). A copy letter, no request -> other -> "
        "human_review (Herefordshire seed %s covers step-down only). The baby is named with a DOB in the PDF; the "
        "mother's DOB is an adult's." % S003,
        not_children=["Ffion Rees"], adults=[("Ffion Rees", "03/03/2050")])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2076-05-21 10:50:29"
    body = T("""
Dear MASH,

I'd like to step the Price children up to children's social care.

Bailey Price, DOB 04/04/2067
Ruby Price, DOB 19/12/2070
Mosaic ID 618804

Their dad, Darren Price, has a learning disability and has been on his own with them since their mum left in January. He is trying hard but he is overwhelmed: the house has become very dirty, there is often no food in by Thursday, Ruby has had head lice for months and Bailey's school say he is often hungry. This is not an emergency - nothing has happened today - but the Early Help plan is not enough and I think they need a social work assessment.

Darren agrees to the referral, and my manager, Ann Whittall, agrees with the step up.

Joanne

Joanne Beavan
Family Support Worker | Early Help | Herefordshire Council
""") + HDISC
    top = plain_top(f, addr("Beavan, Joanne", "Joanne.Beavan@" + HDOM), addr("MASH", HMASH),
                    "Step up request - Price children", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["618804"],
        [ch("Bailey Price", "2067-04-04", "04/04/2067"), ch("Ruby Price", "2070-12-19", "19/12/2070")],
        ["neglect"], True, True, [], None, "human_review",
        "A STEP-UP TO HEREFORDSHIRE, whose seed (%s) sets out step-down to Early Help only (REQUIREMENTS: 'step_up is "
        "not defined by this seed'; the pack: defined: false) -> human_review, missing [] and no notice. A father with "
        "a learning disability, overwhelmed: dirty home, no food, untreated head lice, a hungry child -> neglect; "
        "'This is not an emergency - nothing has happened today' -> not urgent. Consent and manager agreement "
        "stated." % S003,
        not_children=["Darren Price", "Ann Whittall", "Joanne Beavan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2076-07-07 16:10:20"
    body = T("""
Hi both,

Step down to Early Help for Isla Whitcombe (06/06/2065), Mosaic ID 624590, following the C&F assessment decision on 1 July.

Isla's mum, Rachel, had a psychotic episode in January and was in hospital for five weeks; Isla stayed with her dad during that time. Rachel has been well since February, is under the CMHT and takes her medication, and Isla is back living with her. The remaining needs are Isla's anxiety and Rachel's confidence with routines.

Attached: the EHA step-down plan and Rachel's signed consent form.

Key person: Marcus Bell, Learning Mentor, Bishops Lugg High School.

Priya

Priya Raman
Social Worker | Assessment Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step-down plan - Whitcombe.docx", [
        "# Early Help Assessment - Step Down plan - Isla Whitcombe",
        "What are we worried about? Isla's anxiety; mum's confidence with routines after her illness.",
        "What's working well? Mum well and engaged with the CMHT; dad involved.",
        "Wellbeing plan: learning mentor sessions weekly; family support worker for routines.",
        "Key person: Marcus Bell, Learning Mentor.",
    ])
    top = outlook_top(f, addr("Raman, Priya", "Priya.Raman@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "Step down - Isla Whitcombe - plan and consent form", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["624590"],
        [ch("Isla Whitcombe", "2065-06-06", "06/06/2065")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "A MISSING DOCUMENT: the mail says 'Attached: the EHA step-down plan and Rachel's signed consent form' but only "
        "the plan is attached -> consent_form missing (REQUIREMENTS 'How a requirement is met': a document id is met "
        "by an attachment or the pasted document, not by the mention) -> request_info. Consent itself is stated as "
        "given (a signed form) -> true. Herefordshire step-down (seed %s): plan and key person present. The January "
        "psychotic episode is past; the remaining need is current -> parental_mental_health; not urgent." % S003,
        not_children=["Rachel", "Marcus Bell", "Priya Raman"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2076-07-08 09:20:45"
    ack = ack_text("step-down", "SB-herefordshire-64",
                   ["Family: Whitcombe (Mosaic ID 624590)", "Children: Isla Whitcombe (06/06/2065)"],
                   ["the family's written consent"])
    text = T("""
Sorry - I forgot to attach it yesterday! Rachel's signed consent form is attached now.

Priya

On 7 Jul 2076, at 16:12, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    form = pdf_att("Consent form - Whitcombe - signed.pdf", "Herefordshire Council - Early Help consent", [
        "I, Rachel Whitcombe, parent of Isla Whitcombe (DOB 06/06/2065), consent to my family receiving Early",
        "Help support and to information about us being shared with the agencies named in the plan.",
        "Signed: R. Whitcombe    Date: 03/07/2076",
    ])
    top = plain_top(f, addr("Raman, Priya", "Priya.Raman@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                    "Re: Step-down received [SB-herefordshire-64] - Whitcombe", when, HDOM,
                    "Apple Mail (2.3774.500.171.1.1)",
                    extra=[("In-Reply-To", "<SB-herefordshire-64.ack@stepbot.invalid>")])
    t = text_part(text, crlf=False)
    root = multipart("mixed", [t, form], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["624590"],
        [ch("Isla Whitcombe", "2065-06-06", "06/06/2065")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-64] bringing herefordshire_07's missing signed consent form (seed %s: "
        "'obtain written consent') -> follow_up -> attach_to_request, missing []. The form says 'I ... consent to my "
        "family receiving Early Help' -> consent true. Child and Mosaic id from the quoted acknowledgement and the "
        "form." % S003,
        not_children=["Priya"])


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

# England & Wales bank holidays in 2076 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 17 April; Easter Monday 20 April; May Day
# (the Early May bank holiday) Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday
# 31 August; Christmas Day Friday 25 December; Boxing Day (Saturday 26 December) observed on Monday 28 December.
BANK_HOLIDAYS = {date(2076, 1, 1), date(2076, 4, 17), date(2076, 4, 20), date(2076, 5, 4), date(2076, 5, 25),
                 date(2076, 8, 31), date(2076, 12, 25), date(2076, 12, 28)}
IN_WINDOW = {date(2076, 5, 4): "May Day", date(2076, 5, 25): "Spring Bank Holiday"}
EASTER = {date(2076, 4, 17): "Good Friday", date(2076, 4, 20): "Easter Monday"}     # both just before the window
# The brief's window is "mid April to late July 2076". Easter Sunday is 19 April 2076, so the summer term starts on
# Tuesday 21 April (the first working day after Easter Monday) and runs to Friday 24 July 2076.
WINDOW = (datetime(2076, 4, 21, tzinfo=LON), datetime(2076, 7, 24, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 29 March 2076 and ends at 01:00 UTC on Sunday 25 October 2076.
BST_START = datetime(2076, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2076, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2076

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

def _att_text(msg, ext):
    out = []
    for p in _att(msg, lambda p: p.get_filename().lower().endswith("." + ext)):
        payload = p.get_payload(decode=True)
        if ext == "pdf":
            from pypdf import PdfReader
            out += [pg.extract_text() for pg in PdfReader(_io.BytesIO(payload)).pages]
        elif ext == "txt":
            out.append(payload.decode("utf-8"))
    return re.sub(r"\s+", " ", " ".join(out))

def _cal_text(msg):
    return " ".join(base64.b64decode(p.get_payload()).decode("utf-8").replace("\r\n ", "") for p in _cal(msg))

def _k01(msg):
    c = _cal_text(msg)
    return ("METHOD:REQUEST" in c and "DTSTART;TZID=GMT Standard Time:20760527T100000" in c
            and sorted(_exts(msg)) == ["docx", "docx", "pdf"] and _wd("knowsley_01.eml") == 4
            and _pw("knowsley_01.eml") == 5 and _today("knowsley_01.eml") == date(2076, 5, 20))

def _k02(msg):
    return _no_alarm(msg) and "999 472 6618" in readable(msg) and not _att(msg)

def _k03(msg):
    h = _html(msg)
    table = h[h.find("<table"):h.find("</table>")]
    return ("Bernadette Quayle" in html_text(table) and "Larkfield Way" in html_text(table)
            and _wd("knowsley_03.eml") == 5 and _pw("knowsley_03.eml") == 6)

def _k04(msg):
    t = readable(msg)
    return (_wd("knowsley_04.eml") == 4 and _pw("knowsley_04.eml") == 5 and "2073" in t and "overdose" in t
            and ALARM.search(t) is not None)

def _k05(msg):
    c = _cal_text(msg)
    return "PARTSTAT=DECLINED" in c and "COMMENT" in c and "Whiston" in c and _no_alarm(msg)

def _k06(msg):
    q = _quoted_lines(msg)
    return ("What is missing:" in q and "Brooke Sutton" in q and "Brooke Sutton" not in _unquoted(msg)
            and sorted(_exts(msg)) == ["docx", "pdf"])

def _k07(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and "immediate risk of harm" in readable(msg)
            and _today("knowsley_07.eml") == WINDOW[1].date())

def _k08(msg):
    p = _plain(msg)
    return (p.find("PS - just as I was about to send") > p.find("Bethany Lunt") > 0 and _no_alarm(msg)
            and _wd("knowsley_08.eml") == 6)

def _r02(msg):
    return (_no_alarm(msg) and "Neema Mwangi" in _quoted_lines(msg) and "Neema Mwangi" not in _unquoted(msg)
            and _date(msg).astimezone(LON).hour >= 17)

def _r03(msg):
    return msg["List-Id"] is not None and "fictional, for training only" in readable(msg)

def _r04(msg):
    return "does not currently have the capacity to consent" in readable(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _r08(msg):
    return (_exts(msg) == ["zip"] and "Rationale" in _plain(msg)
            and "case_summary" in _exp("richmond_wandsworth_08.eml")["missing"])

def _t01(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in parts[0].get_payload(decode=True) and _no_alarm(msg)
            and _date(msg).astimezone(LON).hour >= 19)

def _t05(msg):
    return ("bath" not in body_text(msg) and "keep me under" in _att_text(msg, "pdf") and _no_alarm(msg))

def _t06(msg):
    return _no_plain(msg) and "detained under section 3" in readable(msg) and _exts(msg) == ["pdf"]

def _t07(msg):
    return "could cheerfully strangle the pair of them" in readable(msg) and "tbc" in readable(msg)

def _t08(msg):
    return "does not agree that this meets the threshold" in readable(msg)

def _b01(msg):
    return _no_plain(msg) and _no_alarm(msg) and not _att(msg)

def _b04(msg):
    return ("17:52 - Kayleigh" in _att_text(msg, "txt") and _date(msg).astimezone(LON).hour >= 21
            and _no_alarm(msg))

def _b05(msg):
    return _today("torbay_05.eml") == date(2076, 5, 5)

def _b06(msg):
    c = _cal_text(msg)
    return "PARTSTAT=ACCEPTED" in c and "crisis plan worked" in c

def _h01(msg):
    return _no_alarm(msg) and _date(msg).astimezone(LON).hour < 9

def _h02(msg):
    return "command hallucinations" in _att_text(msg, "pdf") and "command hallucinations" not in body_text(msg)

def _h07(msg):
    return (_exts(msg) == ["docx"] and "signed consent form" in body_text(msg)
            and "consent_form" in _exp("herefordshire_07.eml")["missing"])

def _h08(msg):
    return _exts(msg) == ["pdf"] and "consent to my family receiving Early" in _att_text(msg, "pdf")

CUSTOM = [
    ("knowsley_01.eml", "Teams invitation (METHOD:REQUEST) for 27 May, form + minutes + GCP2; 4 WD (5 plain) over the Spring Bank Holiday", _k01),
    ("knowsley_02.eml", "clinical words, no alarm words; NHS number; no attachments", _k02),
    ("knowsley_03.eml", "lead practitioner and venue in the Word table; exactly 5 WD (6 plain)", _k03),
    ("knowsley_04.eml", "historic 2073 overdose with alarm words; 4 WD (5 plain) over May Day", _k04),
    ("knowsley_05.eml", "DECLINED reply whose COMMENT carries the overdose; no alarm words", _k05),
    ("knowsley_06.eml", "names and 'What is missing:' only in the quoted ack; docx + pdf", _k06),
    ("knowsley_07.eml", "out-of-office with crisis boilerplate on the last day of the window", _k07),
    ("knowsley_08.eml", "the urgent P.S. after the signature; no alarm words; 6 WD", _k08),
    ("richmond_wandsworth_02.eml", "children only in the quoted ack; after 17:00; no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "a bulk briefing whose scenarios are marked fictional", _r03),
    ("richmond_wandsworth_04.eml", "a capacity assessment, not a consent; pdf + docx", _r04),
    ("richmond_wandsworth_08.eml", "the case summary only inside a .zip; rationale in the body", _r08),
    ("tower_hamlets_01.eml", "phone mail: one base64 text/plain part, LF; evening; no alarm words", _t01),
    ("tower_hamlets_05.eml", "the child's words only in the PDF; no alarm words", _t05),
    ("tower_hamlets_06.eml", "HTML-only body + MARF PDF", _t06),
    ("tower_hamlets_07.eml", "the carer's figure of speech; lead practitioner tbc", _t07),
    ("tower_hamlets_08.eml", "manager disagreement", _t08),
    ("torbay_01.eml", "HTML-only, no attachments, no alarm words", _b01),
    ("torbay_04.eml", "the 17:52 message in the .txt chat; after 21:00; no alarm words", _b04),
    ("torbay_05.eml", "sent the day after May Day", _b05),
    ("torbay_06.eml", "ACCEPTED reply whose COMMENT carries the handled admission", _b06),
    ("herefordshire_01.eml", "no alarm words; before 09:00", _h01),
    ("herefordshire_02.eml", "the voices only in the PDF", _h02),
    ("herefordshire_07.eml", "'signed consent form' mentioned but only a .docx attached", _h07),
    ("herefordshire_08.eml", "the signed consent form PDF", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Keeley has consented to the step up", "consent", True),
    ("knowsley_01.eml", "discussed the step up with me on 18 May and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "I'll go through the Early Help consent form with Marek at the final CIN", "consent", None),
    ("knowsley_04.eml", "Abena has given consent for the referral to Family First", "consent", True),
    ("knowsley_08.eml", "My TM, Gemma Lowe, agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Ms Olatunji consents to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "does not currently have the capacity to consent", "consent", None),
    ("richmond_wandsworth_06.eml", "have all agreed to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_08.eml", "Lorna agrees to the step up", "consent", True),
    ("richmond_wandsworth_08.eml", "I agree with the step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mr Abdi agreed to the referral", "consent", True),
    ("tower_hamlets_02.eml", "she agrees that this needs to go to MAST", "manager_agreed", True),
    ("tower_hamlets_04.eml", "have both consented to the step down", "consent", True),
    ("tower_hamlets_06.eml", "agreed the step up this morning", "manager_agreed", True),
    ("tower_hamlets_06.eml", "Mrs Ansari agrees to the referral", "consent", True),
    ("tower_hamlets_07.eml", "Mr Clarke has consented to the step down", "consent", True),
    ("tower_hamlets_08.eml", "does not agree that this meets the threshold", "manager_agreed", False),
    ("tower_hamlets_08.eml", "Mum knows I'm contacting MAST", "consent", None),
    ("torbay_02.eml", "Jodie has given consent for level 3 Early Help", "consent", True),
    ("torbay_02.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "agrees with the step down", "manager_agreed", True),
    ("torbay_03.eml", "signed the consent for level 3 Early Help", "consent", True),
    ("torbay_04.eml", "agrees this needs to go to MASH tonight", "manager_agreed", True),
    ("torbay_04.eml", "I haven't been able to ask Kayleigh for her consent", "consent", None),
    ("torbay_05.eml", "she does not consent to a contact to MASH", "consent", False),
    ("torbay_05.eml", "I'll discuss it with her then", "manager_agreed", None),
    ("torbay_07.eml", "agrees with the step down", "manager_agreed", True),
    ("torbay_07.eml", "Mark has consented too", "consent", True),
    ("torbay_08.eml", "she has confirmed the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_03.eml", "the family's signed consent form", "consent", True),
    ("herefordshire_04.eml", "gave her consent verbally", "consent", True),
    ("herefordshire_06.eml", "Darren agrees to the referral", "consent", True),
    ("herefordshire_06.eml", "agrees with the step up", "manager_agreed", True),
    ("herefordshire_07.eml", "Rachel's signed consent form", "consent", True),
    ("herefordshire_08.eml", "consent to my family receiving Early", "consent", True),
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


# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "knowsley_02.eml", "knowsley_05.eml", "knowsley_08.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_05.eml", "torbay_01.eml", "torbay_04.eml",
                  "tower_hamlets_01.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (5, 6), "knowsley_04.eml": (4, 5), "knowsley_08.eml": (6, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_04.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2076])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2076 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2076, 3) and BST_END.date() == last_sun(2076, 10)):
        errors.append("set: BST must start on the last Sunday of March 2076 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window: "mid April to late July 2076" -> Tuesday 21 April (the first working day after Easter Monday,
    # 20 April) to Friday 24 July 2076 (the last Friday of term)
    start, end = WINDOW[0].date(), WINDOW[1].date()
    easter_monday = next(d for d, n in EASTER.items() if n == "Easter Monday")
    if not (start == date(2076, 4, 21) and start.weekday() == 1 and start == easter_monday + timedelta(days=1)
            and end == date(2076, 7, 24) and end.weekday() == 4 and 14 <= start.day <= 24 and end.day >= 20):
        errors.append("set: the window must run from Tuesday 21 April (the day after Easter Monday) to Friday "
                      "24 July 2076")
    quiet, counts, offsets, days = [], {}, {}, set()
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        days.add(_today(f))
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
    if start not in days or end not in days:
        errors.append("set: the first and last days of the window should both carry mail")
    if not any(d == h + timedelta(days=1) for d in days for h in IN_WINDOW):
        errors.append("set: no mail on the day after a May bank holiday")
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


def _add_adult_as_child():
    c = ch("Carys Vaughan-Price", "2045-02-14", "14/02/2045")
    META["herefordshire_02.eml"]["children"].append(c)
    _exp("herefordshire_02.eml")["children"].append({"name": c["name"], "dob": c["dob"]})

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_04's notice labelled ok", lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2076, 5, 4)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2076, 5, 25)), "Knowsley notice counts are"),
    ("the Spring Bank Holiday moved to the 26th", lambda: (BANK_HOLIDAYS.discard(date(2076, 5, 25)),
                                                          BANK_HOLIDAYS.add(date(2076, 5, 26))),
     "bank holidays differ"),
    ("the window left ending on Friday 31 July", lambda: _set_window_end(date(2076, 7, 31)), "the window must run"),
    ("knowsley_03's Date given +0000", lambda: _shift_date("knowsley_03.eml", "Fri, 22 May 2076 14:05:52 +0100",
                                                           "Fri, 22 May 2076 14:05:52 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_02's now given +0000", lambda: _relabel("torbay_02.eml", now="2076-04-27T10:24:09+00:00"),
     "now offset differs from the Date header's"),
    ("torbay_05 sent on May Day", lambda: _shift_date("torbay_05.eml", "Tue, 05 May 2076", "Mon, 04 May 2076", -1),
     "Date on a bank holiday"),
    ("tower_hamlets_07 sent on a Saturday",
     lambda: _shift_date("tower_hamlets_07.eml", "Thu, 14 May 2076", "Sat, 16 May 2076", 2), "Date on a weekend"),
    ("'risk' added to knowsley_02's subject", lambda: _sub("knowsley_02.eml", b"Subject: Ruby Callaghan",
                                                           b"Subject: risk - Ruby Callaghan"), "no alarm word are"),
    ("torbay_04 filed as a near miss", lambda: _relabel("torbay_04.eml", category="near_miss"), "urgent vs category"),
    ("torbay_04 sent to request_info (urgent ignored)", lambda: _relabel("torbay_04.eml", next_action="request_info"),
     "next_action request_info != alert_duty"),
    ("herefordshire_06 booked (step-up undefined)", lambda: _relabel("herefordshire_06.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("herefordshire_06 given requirements", lambda: _relabel("herefordshire_06.eml", missing=["consent_form"]),
     "missing must be [] for this kind"),
    ("the capacity assessment labelled as consent", lambda: _relabel("richmond_wandsworth_04.eml", consent=True,
                                                                     missing=[], next_action="book_meeting"),
     "wording check"),
    ("the manager's disagreement labelled null", lambda: _relabel("tower_hamlets_08.eml", manager_agreed=None),
     "wording check"),
    ("the refused consent labelled null", lambda: _relabel("torbay_05.eml", consent=None), "wording check"),
    ("consent not true but not missing", lambda: _relabel("torbay_04.eml", missing=[]), "consent vs missing"),
    ("the NHS number labelled as a case id", lambda: _relabel("knowsley_02.eml", case_ids=["999 472 6618"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_08.eml", case_ids=["Mosaic 2741185"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the mother (born 2045) labelled as a child", _add_adult_as_child, "is 18 or over"),
    ("a level on a step-up", lambda: _relabel("knowsley_08.eml", level=3), ": level"),
    ("Auto-Submitted removed from the out-of-office",
     lambda: _sub("knowsley_07.eml", b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("the DECLINED reply made a REQUEST", lambda: _sub("knowsley_05.eml", b"method=REPLY", b"method=REQUEST"),
     "meeting_reply with exactly one text/calendar"),
    ("richmond_wandsworth_02's children out of order",
     lambda: _exp("richmond_wandsworth_02.eml")["children"].reverse(), "children not in order"),
    ("a year after 2076 in the text", lambda: _sub("herefordshire_05.eml", b"Good morning,", b"Good morning (2077),"),
     "year after 2076"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_05.eml", category="ordinary"),
     "category totals"),
    ("notice on a Tower Hamlets step-down", lambda: _relabel("tower_hamlets_04.eml", notice_ok=True),
     "notice_ok must be null"),
    ("the zipped summary counted as present", lambda: _relabel("richmond_wandsworth_08.eml", missing=[],
                                                               next_action="book_meeting"),
     "structural check failed: the case summary only inside a .zip"),
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
