#!/usr/bin/env python3
"""mixed49: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2068 (Monday 3 September - Friday 14 December), in children's health in plain words:
type 1 diabetes, asthma, epilepsy, allergies and EpiPens, burns and scalds, carbon monoxide, children who swallowed
medicines or household products, infections and fevers, dental abscesses, carers who do not seek or who refuse
medical care, and health professionals' routine updates (school nurses, a dental nurse, a pharmacist, a ward sister,
paediatric liaison, a diabetes specialist nurse, the fire service), alongside practitioners' ordinary requests.

Urgent mail (12), mostly in plain words and mostly without "urgent", "immediate" or "risk": a diabetic boy with
'pear drops' breath whose mother is coming to take him home before the ambulance; a boiler condemned on Saturday and
turned back on (the danger only in a step-up's PS); a 6-year-old's face swollen to the eye from an abscess, walked
out of the dental clinic; a 3-year-old's palm burned in rings like a hob ('Uncle Karim put my hand on it'); a baby
with spots that 'don't fade' under a glass whose father ended the 111 call; a 15-year-old's paracetamol overdose
last night and a mother who says it is for attention; a 2-year-old who drank methadone and is 'nodding off'; an
iron-shaped burn on a 4-year-old ('Gary pressed it on me'); three seizures and a father who refused the paramedics;
a partner who gave a peanut-allergic 3-year-old peanuts 'to see'; a ward sister whose patient's parents are packing
to leave mid-attack; and a meeting reply whose comment is a scald in a bath. Near misses (12): an old explained scald,
an allergy action plan's conditional instructions, a partnership 7-minute briefing, a closed s47 about a delayed
ambulance, an out-of-office full of alarm boilerplate, a fire service notification of a fire that is over, dental
extractions done and healed, a hospital's routine ED notifications, carbon monoxide poisoning two years ago, a school
nursing bulletin, a training invitation's scenarios, and a closed swallowed-tablets episode in an (undefined)
Herefordshire step-up.

Window and clock: 1 September 2068 is a Saturday, so the window opens on Monday 3 September and closes on Friday
14 December. British Summer Time ends at 01:00 UTC on Sunday 28 October 2068: mail before it carries +0100, after
it +0000. No England & Wales bank holiday falls in the window (Late Summer Bank Holiday 27 August is before it,
Christmas Day and Boxing Day 25-26 December after it); the `holidays` package must agree with the list below. One
Knowsley count is decided by the London date of `now` (a mail at 23:57 BST with `now` four minutes later, after
midnight), one crosses the clock change exactly at 5 working days.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote-chain, working-day, readable-text and
self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted (window, clock change, bank
holidays, the checks). Every label was set by hand from the specification; the self-checks only verify them against
its rules and STOP on any error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time. The window (Monday 3 September - Friday 14 December 2068) is British
    Summer Time (+0100) until 01:00 UTC on Sunday 28 October 2068 and GMT (+0000) after it; zoneinfo picks the
    offset and the self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2068, 8, 30, 0, 0, 0))
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

def form_values(h):
    """What a filled-in HTML form holds outside its text: the value of each text input, of each checked radio or
    checkbox (with the label text around it kept by html_text), and each selected option."""
    vals = []
    for tag in re.findall(r"(?is)<input\b[^>]*>", h):
        t = (re.search(r'(?i)type="([^"]*)"', tag) or [None, "text"])[1].lower()
        v = re.search(r'(?i)value="([^"]*)"', tag)
        if v and (t not in ("radio", "checkbox") or re.search(r"(?i)\bchecked\b", tag)):
            vals.append(html.unescape(v[1]))
    vals += [html.unescape(x) for x in re.findall(r"(?is)<option\b[^>]*\bselected\b[^>]*>(.*?)</option>", h)]
    return " ".join(vals)

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
            out.append(html_text(part.get_content()) + " " + form_values(part.get_content()))
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

def add(fname, data, authority, mailbox, when, delay_s, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), names_only_in_attachments=False, id_spans=None, adults=()):
    """Record one file. `delay_s` is how many seconds after the Date header `now` falls. `meeting` is the date the notice is counted to (Knowsley step requests only); `not_children`
    are people who appear in the text and must never be labelled; `adults` are (name, DOB as written) of people who
    must be 18 or over at `now`; `id_spans` maps a case id to the raw text that carries it when it is not written in
    one piece (a line break inside it)."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(seconds=delay_s)      # `now` is 2-6 minutes after the Date header
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


# ----------------------------------------------------------------------------- helpers first written for mixed22 (kept)
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


# ----------------------------------------------------------------------------- helpers first written for mixed25
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



# ============================================================================= helpers first written for mixed27
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
    f = "knowsley_01.eml"; when = "2068-10-24 10:12:30"
    body = T("""
Hi MASH,

Please find the step up for Kenzie-Rae Lunt (EHM-73318). I've sent this as the Teams invite for the step up TAF so it's in your calendar - Wednesday 31st October, 10am - with the form, the GCP2 and the minutes of our last TAF attached. MASH business support are on the invite for the notes and I've invited the TAF (school, the diabetes nurse and the school nurse).

Kenzie-Rae is 11 and has type 1 diabetes. In plain words her sugars are all over the place. School have had to treat her for hypos in class six times since September, and twice she's come in with high readings and ketones because she'd had no insulin with her breakfast. Mum is meant to check her readings at night and do the carb counting with her, but Kenzie-Rae is doing it all herself and guessing. There's often no food in for her snacks. She's missed three diabetes clinic appointments since June and her last HbA1c was 94, which the diabetes nurse says is very high for a child.

Mum is always in when we visit and comes to the TAFs, and she's honest that she can't keep on top of it since she started nights at the warehouse. But nothing has changed in four months of Family First and the GCP2 scores health care at 4.

My TM, Grainne Holt, has discussed the step up with me and agreed it - her agreement is on the form. Mum knows about the step up.

Thanks,
Bláithín

Bláithín McAteer
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0733

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Lunt.docx", appendix1([
        ("Case ID on EHM:", "EHM-73318"),
        ("Child:", "Kenzie-Rae Lunt, DOB 14/03/2057"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 31/10/2068, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends visits and TAFs; the difficulty is follow-through, not engagement"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 10/10/2068"),
        ("What are we worried about?", "Kenzie-Rae's type 1 diabetes is not being managed at home. Six hypos "
         "treated at school since September; twice no breakfast insulin; no night checks; three missed clinic "
         "appointments since June; HbA1c 94. Often no food in the house for her snacks."),
        ("What is working well?", "Mum is open with us and wants help. School nurse and the diabetes team know "
         "Kenzie-Rae well. Kenzie-Rae is bright and wants to learn to manage it herself."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is done."),
        ("Graded Care profile (If neglect should be completed).", "Completed 08/10/2068 - health 4, nutrition 3. "
         "GCP2 summary attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Grainne Holt, Team Manager, 22/10/2068"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the diabetes nurse, "
         "school to text mum every morning with the breakfast dose, a TAF every three weeks."),
    ]))
    gcp2 = pdf_att("GCP2 summary - Lunt - Oct 2068.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Child: Kenzie-Rae Lunt    Completed: 08/10/2068 by Blaithin McAteer (Family First)",
        "Area 1 Physical care - nutrition: 3 (food not always available; snacks for hypos often missing)",
        "Area 1 Physical care - health: 4 (type 1 diabetes; clinic not attended x3; insulin not supervised)",
        "Area 2 Safety: 2    Area 3 Love and care: 2    Area 4 Stimulation and education: 2",
        "Overall: health needs not met - consider step up."])
    minutes = docx_att("TAF minutes 10.10.68 - Lunt.docx", [
        "# Team Around the Family - minutes",
        "Date: 10/10/2068, 15:30, Huyton Family Hub",
        "Present: mum, Blaithin McAteer (Family First, chair), school nurse, head of year 7, paediatric diabetes "
        "specialist nurse",
        "Diabetes nurse: HbA1c 94 at the last clinic she attended in May; three clinics missed since.",
        "School: six hypos treated in school this term; snacks not in her bag most days.",
        "Agreed: Blaithin to discuss a step up with her team manager; diabetes nurse to offer a home visit."])
    cal = ics("REQUEST", f, dt(when), "20681031T100000", "20681031T113000",
              "Step up TAF - Kenzie-Rae Lunt - EHM-73318", "Microsoft Teams Meeting",
              "Step up TAF meeting for Kenzie-Rae Lunt (EHM-73318). Form, GCP2 and last TAF minutes attached "
              "to the email. Chair: MASH social worker. Notes: MASH business support.",
              ("Blaithin McAteer", "Blaithin.McAteer@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("McAteer, Bláithín", "Blaithin.McAteer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Kenzie-Rae Lunt - EHM-73318 - Wed 31st Oct 10am", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 244,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Kenzie-Rae Lunt", "2057-03-14", "14/03/2057")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up sent, as the protocol asks, as the case manager's Teams invitation (an iTIP "
        "METHOD:REQUEST, not a meeting reply: kind step_up) to the MASH inbox and MASH business support, with the "
        "Appendix 1 form, the GCP2 summary (PDF) and the TAF minutes (.docx). REQUIREMENTS Knowsley step_up: form, "
        "case id, TM agreement ('discussed the step up with me and agreed it'), TAF minutes, meeting date and time, "
        "and GCP2 because the concern is neglect (a child's diabetes not managed at home, missed clinics, no "
        "food for snacks) - all met. Mum 'knows about the step up' is not consent -> null. NOTICE ACROSS THE "
        "CLOCK CHANGE: sent Wed 24 Oct (BST, +0100), meeting Wed 31 Oct 10:00 GMT (clocks go back on Sun 28 Oct): "
        "25, 26, 29, 30, 31 Oct = exactly 5 working days -> ok -> book_meeting. 'Mum is always in when we visit' "
        "rules out non_engagement.",
        meeting=date(2068, 10, 31), not_children=["Bláithín McAteer", "Grainne Holt"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2068-09-11 11:38:05"
    body = T("""
Hello,

I'm the school nurse for Brookhill Academy in Kirkby. I need someone from the MASH to ring me please - 07700 900 214.

Riley McCann, Year 7, DOB 02/06/2057, has type 1 diabetes. He was sick twice in his form room this morning and he's now very drowsy - he keeps dropping off in the medical room - and he's breathing fast and deep. His breath smells like pear drops. His meter just says HI and his blood ketones are 4.2. We rang 999 at 11.15 and were told the wait for an ambulance is about 40 minutes.

I rang his mum, Shannon McCann. She says she's on her way to take him home, she "won't have him kept in that hospital again" and she'll give him his insulin herself. Riley told me he hasn't had his long-acting insulin since Sunday because the pen ran out and mum hasn't been to the chemist. In June she took him out of the children's hospital against the doctors' advice after two days.

Mum lives ten minutes away, so she'll be here before the ambulance. The head is with me. Riley has a Family First worker but I can't get through to her.

Siobhan Kearney
School Nurse | Kirkby & Halewood School Nursing Team
Mersey Community Health (example)
07700 900 214
""")
    top = outlook_top(f, addr("Kearney Siobhan (Mersey Community Health)", "siobhan.kearney@merseycommunity.example.nhs.uk"),
                      addr("Knowsley MASH", KMASH), "Riley McCann Y7 - please ring me now - mum coming to take him home",
                      when, mid_domain="merseycommunity.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 185,
        "urgent", "other", True, None, [],
        [ch("Riley McCann", "2057-06-02", "02/06/2057")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A SCHOOL NURSE, IN PLAIN WORDS, DESCRIBING DIABETIC KETOACIDOSIS HAPPENING NOW ('breath smells like pear "
        "drops', meter 'HI', ketones 4.2, drowsy, deep fast breathing) in an 11-year-old with no long-acting insulin "
        "since Sunday, and a mother on her way to take him home before the ambulance arrives, who removed him from "
        "hospital against advice in June. A carer refusing medical care a child needs today: DESIGN safety rule 1 "
        "-> urgent -> alert_duty. No alarm word anywhere (no 'urgent', 'risk', 'emergency'). Not a step request "
        "from a lead professional -> other. Concern: neglect (medical care withheld).",
        not_children=["Shannon McCann", "Siobhan Kearney"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2068-09-17 14:05:41"
    body = T("""
Hi Family First,

Step down to Family First at Level 3 for the O'Hare children, at their final CIN meeting:

Wednesday 26th September 2068, 10.30am, Halewood Family Hub, Room 2.

ICS ID 2287716 (family episode)
Saoirse O'Hare - DOB 21/04/2061
Ruairí O'Hare - DOB 09/11/2064

Some history, because the file has a lot in it and I don't want it to alarm anyone: in March 2066 Ruairí (then 16 months) pulled a mug of tea off the table and scalded his chest. Mum took him straight to the walk-in centre and he was seen at the burns unit the same day. The injury matched her account, the strategy discussion ended with no further action and the burns clinic discharged him in May 2067 - the scar has healed well. The child protection plan in 2067 was about dad's drinking, not the scald. Dad moved out in January, he has no contact and there are no current concerns about him. The fire service did a home safety visit with mum in August (hot drinks, kettle flex, smoke alarms).

What are we worried about?
Mum's low mood since dad left, and money - she is behind on the electric. Saoirse (7) worries about mum and doesn't like leaving her in the mornings.

What is working well?
Mum has done everything on the CIN plan. She has started counselling through her GP. Both children are happy, healthy and up to date with their jabs; Saoirse's attendance is 96%. Nan is round most days.

What needs to happen?
A Family First case manager to hold a TAF with school and the health visitor; help with the electric debt and a budgeting plan; a worry box / time with school pastoral for Saoirse.

Mum signed the Family First consent form on 13/09/2068. My TM, Rhys Penhaligon, agrees with the step down.

Thanks,
Temperance

Temperance Okoro-Bright
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0586

""") + KDISC
    top = outlook_top(f, addr("Okoro-Bright, Temperance", "Temperance.Okoro-Bright@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - O'Hare - final CIN Weds 26th Sept", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 152,
        "near_miss", "step_down", False, 3, ["2287716"],
        [ch("Saoirse O'Hare", "2061-04-21", "21/04/2061"), ch("Ruairí O'Hare", "2064-11-09", "09/11/2064")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - AN OLD SCALD, FULLY EXPLAINED: a toddler's scald in March 2066 that matched the account, was "
        "treated the same day, ended in no further action and was discharged by the burns clinic; the 2067 child "
        "protection plan was about a father who has left ('no current concerns about him'). History and negation "
        "-> not urgent; no physical_harm, no substance_misuse. Complete Level 3 step-down: final CIN date, time and "
        "venue; all three Signs of Safety headings; 'Mum signed the Family First consent form' -> consent true; TM "
        "'agrees with the step down' -> true. Mon 17 Sep -> Wed 26 Sep = 7 working days -> ok -> book_meeting. "
        "'ICS ID 2287716' -> the bare number. Names with an apostrophe and an accent (Ruairí O'Hare). Mum's low "
        "mood -> parental_mental_health; 96% attendance is no concern.",
        meeting=date(2068, 9, 26), not_children=["Temperance Okoro-Bright", "Rhys Penhaligon"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2068-10-11 23:57:10"
    body = T("""
Hi,

Sorry for the late email - catching up on my recording after a day in court.

I'd like to step Zofia down to Family First. I've arranged a joint home visit with a Family First case manager for Thursday 18th October at 2pm, at home: 4 Linnet Close, Kirkby, L32 9ZQ. I know that's short notice - I only got dad to agree a date this evening.

Zofia Kamińska, DOB 30.01.2060 - ICS-2291408

What are we worried about?
Zofia has epilepsy - mostly "absences" where she stares and goes blank for a few seconds, and the odd big seizure (two since the summer). She has an EHCP at Kirkby Meadow Primary. Dad (sole carer since mum went back to Poland) has been very low and anxious; he had stopped giving her the evening tablets because he thought they made her tired, which is how we got involved.

What is working well?
Since the CIN plan dad gives every dose - he uses a dosette box and a phone alarm and the epilepsy nurse checks it every month. He's been to the GP about his mood and is on medication. School have a care plan and her rescue medicine (the buccal) is in her bag and in school. No seizures lasting more than 2 minutes since June.

What needs to happen?
A Family First case manager to keep a TAF going with school, the epilepsy nurse and dad's GP; support for dad to link with the Polish community centre; a carers' break for dad.

Dad agreed to the referral to Family First and signed the consent form at the CIN review this afternoon.

Thanks
Eamon

Eamon Fitzgerald-Nkemelu
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0467

""") + KDISC
    top = outlook_top(f, addr("Fitzgerald-Nkemelu, Eamon", "Eamon.Fitzgerald-Nkemelu@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down - Zofia Kaminska - joint home visit Thurs 18th Oct 2pm", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 270,
        "ordinary", "step_down", False, None, ["ICS-2291408"],
        [ch("Zofia Kamińska", "2060-01-30", "30.01.2060")],
        ["disability_send", "parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley step-down with no level stated (REQUIREMENTS: treated as level 3, so consent is needed - "
        "'Dad agreed to the referral to Family First and signed the consent form' -> true; level labelled null "
        "because none is written). Joint home visit with date, time and address; all three Signs of Safety "
        "headings answered; nothing missing. NOTICE WHERE THE LONDON DATE DECIDES: the Date header is Thu 11 Oct "
        "23:57:10 +0100 and `now` is 00:01:40 on Fri 12 Oct (+01:00). DESIGN counts from 'today' = the date of "
        "`now`, Fri 12 Oct: 15, 16, 17, 18 Oct = 4 working days < 5 -> not ok -> request_info. (Counting from the "
        "Date header's day, or from the UTC date of `now`, Thu 11 Oct, would give 5 and wrongly pass.) Epilepsy "
        "with an EHCP -> disability_send; dad low and anxious, on medication -> parental_mental_health. The "
        "stopped tablets are past and resolved.",
        meeting=date(2068, 10, 18), not_children=["Eamon Fitzgerald-Nkemelu"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2068-11-20 09:25:12"
    blocks = [
        "Morning Family First,",
        "",
        "Level 2 step down for Amélie at her final CIN meeting - details below. Joanne (SENCO at St Aidan's) has "
        "agreed to take on the lead practitioner role, and mum has consented to the step down.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Amélie Duchêne-Walsh, DOB 05/07/2061"],
            ["ICS", "ICS-2279930"],
            ["Final CIN meeting", "Friday 30th November, 1.30pm"],
            ["Venue", "St Aidan's Catholic Primary School, Huyton - meeting room 1"],
            ["Lead practitioner (Level 2)", "Joanne Kirwan-Adeyemi, SENCO, St Aidan's Catholic Primary School"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Mum is very anxious about Amélie's nut and sesame allergy and has kept her off school and away from "
        "parties and clubs. Amélie is lonely and says she is 'the only one who can't do anything'. Mum is isolated "
        "since moving from Warrington.",
        ("h", "What is working well?"),
        "Amélie has not had a reaction since June 2067. School have trained every member of staff on her EpiPen "
        "and there are two pens in the office and two in her bag. Mum now lets her stay for school dinners with "
        "the allergy-safe menu. Mum has started an anxiety course through Talking Therapies.",
        ("h", "What needs to happen?"),
        "Joanne to lead an Early Help Assessment and a TAF; the allergy nurse to do a session with mum on "
        "after-school clubs; Amélie to join Rainbows with a care plan.",
        "",
        "Her allergy action plan is attached so the lead practitioner has it.",
        "",
        "Thanks,",
        "Priya",
        "",
        "Priya Raman-Kelly",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0128",
        "",
        KDISC.strip(),
    ]
    plan = pdf_att("Allergy action plan - Amelie D-W.pdf", "Allergy action plan (school copy)", [
        "Name: Amelie Duchene-Walsh    Allergies: peanut, tree nuts, sesame",
        "Mild to moderate reaction: swollen lips, face or eyes; itchy or tingling mouth; hives; tummy pain or sickness.",
        "ACTION: stay with the child, call for help, give antihistamine (cetirizine 5 mg), phone parent.",
        "Watch for signs of ANAPHYLAXIS (life-threatening allergic reaction):",
        "A - airway: persistent cough, hoarse voice, difficulty swallowing, swollen tongue",
        "B - breathing: difficult or noisy breathing, wheeze or persistent cough",
        "C - consciousness: persistent dizziness, pale or floppy, suddenly sleepy, collapse, unconscious",
        "IF ANY ONE OF THESE SIGNS IS PRESENT: 1. lie the child flat with legs raised (or sit if breathing is hard);",
        "2. use the adrenaline auto-injector (EpiPen) without delay into the outer thigh;",
        "3. dial 999 for an ambulance and say ANAPHYLAXIS; 4. if no improvement after 5 minutes give a second pen.",
        "IF IN DOUBT, GIVE ADRENALINE. Then phone the parent. Always call 999 after using an EpiPen, even if the child seems better.",
        "Signed: Dr A. Lightfoot, paediatric allergy clinic    Parent: signed"])
    top = outlook_top(f, addr("Raman-Kelly, Priya", "Priya.Raman-Kelly@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Amélie Duchêne-Walsh - final CIN Fri 30th Nov", when)
    add(f, word_mail(f, top, blocks, [plan]), "knowsley", "early_help_duty", when, 301,
        "near_miss", "step_down", False, 2, ["ICS-2279930"],
        [ch("Amélie Duchêne-Walsh", "2061-07-05", "05/07/2061")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "NEAR MISS - AN ALLERGY ACTION PLAN FULL OF LIFE-THREATENING WORDS, ALL CONDITIONAL: the attached plan says "
        "'ANAPHYLAXIS (life-threatening...)', 'collapse, unconscious', 'dial 999' - instructions for IF a reaction "
        "happens; the mail says she has had no reaction since June 2067 and school is trained. Hypothetical -> not "
        "urgent. Complete Knowsley LEVEL 2 step-down in a Word table: date, time and venue of the final CIN, all "
        "three Signs of Safety headings, a named lead practitioner with her agency (SENCO, St Aidan's) -> nothing "
        "missing (consent is not required at level 2, but 'mum has consented to the step down' -> true). Tue 20 "
        "Nov -> Fri 30 Nov = 8 working days -> ok -> book_meeting. Accented name 'Amélie Duchêne-Walsh' (the PDF "
        "writes it without accents). Mum's anxiety -> parental_mental_health; keeping her off school is mum's "
        "past worry, no attendance figure -> no school_attendance.",
        meeting=date(2068, 11, 30), not_children=["Joanne Kirwan-Adeyemi", "Priya Raman-Kelly"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2068-10-26 16:50:33"
    data = itip_reply(f, when, "Cerys Llewellyn-Hart", "cerys.llewellyn-hart@merseycommunity.example.nhs.uk",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF - Lunt - EHM-73318 [SB-knowsley-1214]", "20681031T100000",
                      "20681031T113000", "Microsoft Teams Meeting",
                      comment="Thanks - I'll bring her clinic letters and the latest HbA1c. Note the clocks go back "
                              "this weekend so it's 10am GMT.")
    add(f, data, "knowsley", "mash_step_up", when, 128,
        "ordinary", "meeting_reply", False, None, ["EHM-73318"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) from the school nurse to the step-up TAF of "
        "knowsley_01's family (the invitation stepbot sent from the MASH inbox, hence the [SB-] reference), sent the Friday before the clocks go back (BST, +0100) for a meeting on Wed 31 Oct "
        "at 10:00 GMT. The SUMMARY carries EHM-73318 and [SB-knowsley-1214]; the comment is routine. "
        "record_reply; the summary names the family by surname only, so no child is labelled.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2068-12-03 07:30:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7 MINUTE BRIEFING - "WAS NOT BROUGHT": WHEN CHILDREN'S HEALTH NEEDS ARE NOT MET

1. Why this matters
Children do not take themselves to appointments. When a child with asthma, diabetes, epilepsy or an allergy is repeatedly "not brought", the child's health - and sometimes their life - is at risk. Medical neglect is neglect.

2. Learning from a local review (2066)
Child A was 4. She swallowed a dishwasher tablet at home. Her parents gave her milk and put her to bed; she was taken to hospital the next evening with burns to her throat. The review found three earlier missed appointments, a health visitor who had not been told, and a family worker who "didn't want to spoil the relationship" by asking about the cupboard locks.

3. What good looks like
- Record "was not brought", never "did not attend", for a child.
- Ask what medicines and cleaning products are in the home and where they are kept.
- Check rescue medicines (inhalers, EpiPens, buccal midazolam) are in date and where the child is.

4. Warning signs that need action today
- A parent who refuses an ambulance or hospital care a doctor says is needed.
- A child with a long-term condition who has gone without their medicine.
- An injury or ingestion that wasn't seen by anyone, or a delay in seeking help.
If a child is in immediate danger, call 999. If you are worried a child is at risk of significant harm, contact the MASH the same day.

5. Questions for supervision
What does "good enough" health care look like for this child? Who holds the appointments list?

6. Training
"Medical neglect and Was Not Brought" - Thursday 17 January, Huyton Suite, 9.30-12.30. Book on the KSCP website.

7. Read more: www.knowsleyscp.example/7mb-was-not-brought

You are receiving this because you subscribed to KSCP briefings. Unsubscribe: www.knowsleyscp.example/unsubscribe
""")
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "briefings@knowsleyscp.example"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "7 Minute Briefing: Was Not Brought - children's health needs", when, "knowsleyscp.example", None,
                    extra=[("List-Id", "KSCP briefings <briefings.knowsleyscp.example>"),
                           ("List-Unsubscribe", "<https://www.knowsleyscp.example/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, text, html_alt=True), "knowsley", "early_help_duty", when, 150,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN THAT LISTS EXAMPLES: a 7-minute briefing (List-Id, List-Unsubscribe, "
        "Precedence: bulk, no Auto-Submitted) about medical neglect, with a 2066 review of 'Child A' who swallowed "
        "a dishwasher tablet, 'warning signs that need action today' and 'immediate danger, call 999'. DESIGN rule "
        "1: bulletins that list examples must not trigger -> not urgent. No child, no case, no request -> other "
        "-> human_review; concerns [] (examples, not a family).")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2068-11-05 12:41:19"
    body = T("""
Hi MASH,

Step up for the Swift children - EHM-74102. The step up TAF is booked for Wednesday 14th November at 10am on Teams; the invite came from my calendar this morning to you and MASH business support, and I've invited the TAF members.

Lacey-Jo Swift - 12/12/2063
Brodie Swift - 03/08/2067

The step up form and the GCP2 are attached. The TAF minutes from last Thursday will follow when Jade has typed them up. My TM, Ged Rimmer, agreed the step up in supervision on Friday - it's on the form.

Summary: the house is cold and damp, there's often no gas or electric credit, Brodie has had four chest infections since August and two A&E visits, and Lacey-Jo has missed 11 days of school this half-term (she's in Reception). Mum and dad love the kids but are not managing.

Dariusz

PS - I've just come back from the house (12.15) and I'm writing this in the car. On Saturday the neighbour smelt fumes and the gas emergency engineer came out, turned the boiler off and put a red "IMMEDIATELY DANGEROUS - DO NOT USE" sticker on it - photo attached. Dad has taken the sticker off and turned the boiler back on because "the kids were freezing". The house smelt funny. Lacey-Jo had a headache and had been sick twice this morning, Brodie was really sleepy and floppy and wouldn't take his bottle, and mum said her head was pounding too. There's no carbon monoxide alarm. Dad says they're staying put tonight and they'll be fine. I told them to turn it off and get out and he told me to leave. I've rung the gas emergency line back. Can somebody ring me on 07700 900 931?

Dariusz Nowicki
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0812

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Swift.docx", appendix1([
        ("Case ID on EHM:", "EHM-74102"),
        ("Children:", "Lacey-Jo Swift 12/12/2063; Brodie Swift 03/08/2067"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 14/11/2068, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium"),
        ("Recent TAF meeting minutes attached:", "To follow (TAF held 01/11/2068)"),
        ("What are we worried about?", "Cold, damp home; no gas or electric credit most weeks; Brodie's repeated "
         "chest infections; Lacey-Jo's school attendance (Reception, 11 days missed); parents not managing."),
        ("What is working well?", "Parents love the children and let us in; nan helps with school runs."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 29/10/2068 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Ged Rimmer, Team Manager, 02/11/2068"),
    ]))
    gcp2 = pdf_att("GCP2 - Swift - 29.10.68.pdf", "Graded Care Profile 2 (GCP2)", [
        "Children: Lacey-Jo Swift, Brodie Swift    Completed 29/10/2068 by Dariusz Nowicki",
        "Physical care - housing: 4 (cold, damp, no heating most days)   Physical care - health: 3",
        "Safety: 3    Love and care: 2    Stimulation and education: 3"])
    photo, _cid = inline_png(f, "IMG_4471.png", 1, (200, 30, 30), 160, 120)
    photo.headers = [(k, v.replace("inline;", "attachment;") if k == "Content-Disposition" else v)
                     for k, v in photo.headers if k != "Content-ID"]
    top = outlook_top(f, addr("Nowicki, Dariusz", "Dariusz.Nowicki@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Swift - EHM-74102 - TAF Weds 14th Nov 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, photo], html_alt=True), "knowsley", "mash_step_up", when, 199,
        "urgent", "step_up", True, None, ["EHM-74102"],
        [ch("Lacey-Jo Swift", "2063-12-12", "12/12/2063"), ch("Brodie Swift", "2067-08-03", "03/08/2067")],
        ["neglect", "school_attendance"], None, True, ["taf_minutes"], True, "alert_duty",
        "AN ORDINARY STEP-UP WITH THE DANGER IN THE PS: carbon monoxide now - a boiler condemned by the gas "
        "engineer on Saturday has been turned back on by dad, the house 'smelt funny', a 4-year-old has a headache "
        "and has vomited, the 1-year-old is 'really sleepy and floppy' and won't feed, mum's 'head was pounding', "
        "no CO alarm, and dad says they are 'staying put tonight'. DESIGN safety rule 1: every part is read -> "
        "urgent -> alert_duty (first in the order). The only alarm words are the sticker's, quoted in the PS. The "
        "request itself: form, GCP2 (neglect), case id, TM agreement present; TAF minutes 'will follow' -> "
        "missing taf_minutes. Mon 5 Nov -> Wed 14 Nov = 7 working days -> notice ok. Concerns: neglect (cold "
        "home, no credit, repeated infections) and school_attendance (11 days of Reception missed this half-term).",
        meeting=date(2068, 11, 14), not_children=["Dariusz Nowicki", "Ged Rimmer"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2068-09-06 15:20:44"
    body = T("""
Dear MASH colleagues,

I am stepping up the MacAulay family (Mosaic ID 3305127) after a reflective discussion with their Early Help worker, Precious Adeyinka, in supervision on Tuesday. I have discussed it and I agree it should step up. The latest case summary is attached.

Dylan MacAulay - 17/05/2059
Isla MacAulay - 23/12/2062

Rationale for step up

Dylan (9) has severe asthma. He has been admitted to Queen Mary's children's ward three times since January, once to intensive care in April. His brown preventer inhaler has not been collected from the pharmacy since June - the GP practice confirmed this - and he has been "not brought" to four asthma reviews. Dad smokes in the flat and the Early Help worker has seen Dylan using an empty blue inhaler. Isla (5) has had two chest infections this term.

Early Help has worked with the family since February: a smoke-free homes referral, pharmacy home delivery set up (cancelled by dad in July), reminders for every review, and a joint visit with the asthma nurse. The family cancelled six of the last ten Early Help visits and did not come to the last two TAF meetings. Four months on, nothing has changed and the next bad attack could be the one that doesn't end well. We think this now needs a social work assessment.

Dylan is back at school this week and had a full inhaler and spacer with him today (the school nurse checked), so this is not a same-day concern - it's the pattern.

Mum has agreed to the step up; dad says he "doesn't mind either way".

Kind regards,

Ngozi Faulkner-Obi
Early Help Team Manager | Wandsworth Early Help (West) | Richmond and Wandsworth Councils
020 7946 0318

""") + RDISC
    summary = pdf_att("Case summary - MacAulay - Sept 68.pdf", "Early Help case summary - MacAulay family", [
        "Mosaic ID 3305127    Early Help worker: Precious Adeyinka    Team manager: Ngozi Faulkner-Obi",
        "Children: Dylan MacAulay (17/05/2059), Isla MacAulay (23/12/2062)",
        "Open to Early Help since 14/02/2068 after a GP referral (Dylan's third admission).",
        "Health: Dylan - severe asthma, 3 admissions in 2068 (one PICU, April). Preventer not collected since June.",
        "4 asthma reviews not brought. Isla - 2 chest infections since September.",
        "Home: dad smokes indoors. Smoke-free homes referral made March - declined.",
        "Engagement: 6 of last 10 home visits cancelled; TAF 12/07 and 23/08 not attended.",
        "Plan outcome: not achieved. Recommendation: step up to Children's Services."])
    top = outlook_top(f, addr("Faulkner-Obi, Ngozi", "Ngozi.Faulkner-Obi@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - MacAulay - Mosaic ID 3305127", when,
                      cc=addr("Adeyinka, Precious", "Precious.Adeyinka@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 219,
        "ordinary", "step_up", False, None, ["3305127"],
        [ch("Dylan MacAulay", "2059-05-17", "17/05/2059"), ch("Isla MacAulay", "2062-12-23", "23/12/2062")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (the protocol's sender) to the "
        "MASH Step Up inbox: case summary attached (PDF), rationale pasted under its own heading -> nothing "
        "missing -> book_meeting (MASH business support invite within 1 WD). 'Mosaic ID 3305127' -> the bare "
        "number. Not urgent: 'not a same-day concern - it's the pattern' (Dylan had a full inhaler today); 'the "
        "next bad attack could be the one' is a worry about the future. Concerns: asthma care not given "
        "(preventer not collected, reviews not brought, smoking indoors) -> neglect; six of ten visits cancelled, "
        "TAFs missed -> non_engagement. 'I have discussed it and I agree' from the TM -> manager true; 'Mum has "
        "agreed to the step up' -> consent true. Mc/Mac surname (MacAulay).",
        not_children=["Precious Adeyinka", "Ngozi Faulkner-Obi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2068-10-01 11:55:02"
    body = T("""
To the MASH team,

I'm the senior dental nurse at Putney Vale Community Dental Clinic. Our dentist, Mr Okafor, has asked me to email you because we can't reach the family's Early Help worker and he's very worried about a little boy who has just left.

Kai Chukwuemeka-Hall, DOB 28/02/2062, 6 years old.
Mum: Jodie Hall. Address: Flat 12, Ashburton House, Roehampton, SW15 9ZF. Mobile 07700 900 386.

Kai came in at 10.30 with his mum as an emergency appointment. The left side of his face is swollen from his jaw right up to his eye and the eye is nearly shut. He had a temperature of 38.9, he was floppy and he wouldn't drink. It comes from a rotten back tooth with an abscess that's been there for weeks - school sent him to us in July and he wasn't brought to that appointment or the two after it.

Mr Okafor told mum Kai needs to go to hospital today - antibiotics through a drip and the tooth out under a general anaesthetic - because the infection is spreading in his face. He wrote a letter for St Jude's A&E and offered to ring ahead.

Mum said no. She said she isn't sitting in A&E all day with him, she'll get some Calpol and "see how he is at the weekend", and she walked out with Kai at about 11.30. We rang her mobile twice since and it goes to voicemail.

Can someone please ring Mr Okafor on 020 7946 0772?

Deborah Lindqvist
Senior Dental Nurse
Putney Vale Community Dental Clinic (example)
""")
    top = plain_top(f, addr("Lindqvist Deborah", "deborah.lindqvist@swlcommunitydental.example.nhs.uk"),
                    addr("MASH Step Up", RSU), "Kai Chukwuemeka-Hall 6yrs - left our clinic, needs hospital today",
                    when, "swlcommunitydental.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 133,
        "urgent", "other", True, None, [],
        [ch("Kai Chukwuemeka-Hall", "2062-02-28", "28/02/2062")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A DENTAL NURSE, IN PLAIN WORDS: a 6-year-old with a spreading facial infection from a dental abscess "
        "(face swollen to the eye, 38.9, floppy, not drinking) whom the dentist has sent to hospital today, and a "
        "mother who refused and walked out with him 25 minutes ago, not answering. A carer refusing medical care a "
        "child needs now -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm word anywhere (the clinic's "
        "routine 'emergency appointment' is not one). Not a step request -> other. Concern: neglect "
        "(dental and medical care not given; appointments not brought). The mother and the dentist are adults.",
        not_children=["Jodie Hall", "Deborah Lindqvist"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2068-10-29 10:05:27"
    body = T("""
Dear Early Help Duty,

Further to my call with Keziah Bloom this morning, I'm confirming the step-down case discussion for Nandini Raghunathan on Thursday 1st November at 2pm (Teams). My team manager, Lorcan Pettigrew, will join. The latest case summary and the draft plan for Early Help are attached.

Nandini Raghunathan - DOB 01/09/2056 - Mosaic no. 3298841

Nandini is 12 and has epilepsy and an EHCP at Southfields Academy. We became involved in November 2067 after she had a long seizure at home and mum waited about 40 minutes before calling an ambulance; she spent two nights in hospital. The section 47 enquiry found that mum had not understood when to give the rescue medicine or when to call 999 - she had been told in English only and was frightened of "doing it wrong". There were no other child protection concerns and the enquiry closed. Since then the epilepsy nurse has trained mum and dad twice with an interpreter, the care plan is in Tamil and English, and mum has given the rescue medicine correctly twice (March and August) and called 999 straight away both times. There have been no delays since.

What Early Help would pick up: Nandini's attendance has dropped to 84% because of clinic appointments and tiredness after seizures, she wants to do more with her friends, and mum would like help to apply for DLA.

Mum, dad and Nandini have all agreed to Early Help continuing the plan.

Kind regards,
Arjun Sivakumar
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0441

""") + RDISC
    summary = pdf_att("Case summary - Raghunathan - Oct 68.pdf", "Case summary - Nandini Raghunathan", [
        "Mosaic no. 3298841    Allocated social worker: Arjun Sivakumar    Team manager: Lorcan Pettigrew",
        "Child: Nandini Raghunathan, DOB 01/09/2056. Epilepsy (focal and tonic-clonic). EHCP (Southfields Academy).",
        "History: s47 November 2067 - delay of about 40 minutes in calling an ambulance during a prolonged seizure.",
        "Outcome: parents had not understood the rescue medication plan (language). No other child protection",
        "concerns identified; s47 closed; CIN plan from December 2067.",
        "Progress: parents trained twice with an interpreter; bilingual care plan; correct use of rescue",
        "medication and 999 in March and August 2068. CIN outcomes met.",
        "Remaining needs: attendance 84%; social isolation; DLA application."])
    plan = docx_att("Draft Early Help plan - Nandini R.docx", [
        "# Draft Early Help plan - Nandini Raghunathan",
        "Lead professional (proposed): Early Help worker to be identified",
        "1. Attendance: school, family and Early Help to agree a plan around clinic days (target 92%).",
        "2. Friendships: Nandini to join the after-school drama club with her care plan shared.",
        "3. Money: Early Help to help parents apply for DLA.",
        "4. Health: epilepsy nurse to review the care plan each term; parents to keep the seizure diary."])
    top = outlook_top(f, addr("Sivakumar, Arjun", "Arjun.Sivakumar@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thurs 1st Nov 2pm - N. Raghunathan", when,
                      cc=addr("Pettigrew, Lorcan", "lorcan.pettigrew@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 166,
        "near_miss", "step_down", False, None, ["3298841"],
        [ch("Nandini Raghunathan", "2056-09-01", "01/09/2056")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CLOSED SECTION 47 ABOUT A DELAY IN CALLING AN AMBULANCE: a long seizure in November 2067, "
        "'no other child protection concerns', the enquiry closed, parents trained, rescue medicine given correctly "
        "and 999 called straight away twice since, 'no delays since'. Historic and resolved -> not urgent, no "
        "neglect. First working day of GMT (Mon 29 Oct, +0000). Complete Richmond & Wandsworth step-down: case "
        "summary (PDF), draft plan (.docx), consent ('Mum, dad and Nandini have all agreed to Early Help "
        "continuing the plan' -> true) -> book_meeting; the case discussion agreed by phone for Thu 1 Nov is within "
        "the seed's 5 days of the contact. 'Mosaic no. 3298841' -> the bare number. Epilepsy with an EHCP -> "
        "disability_send; 84% -> school_attendance. The TM joining is not stated agreement -> manager null.",
        not_children=["Arjun Sivakumar", "Lorcan Pettigrew", "Keziah Bloom"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2068-11-27 16:40:13"
    body = T("""
Hi Early Help Duty,

As agreed with Jasper on the phone today, I'm stepping the Yıldırım children down to Early Help. We've pencilled the case discussion for Monday 3rd December at 10am.

Elif Yıldırım - 14.06.2065 - Mosaic 3310294
Emre Yıldırım - 02.08.2068 (baby brother, same episode)

Elif is 3 and has a severe milk and egg allergy and bad eczema; she's under the allergy clinic at Kingston and mum has got very good at reading labels. We got involved in the summer because mum was struggling with depression after Emre was born and Elif's creams and clinic appointments were being missed. Mum is now on medication, sees the perinatal team, and Elif's skin is much better. Emre is thriving - the health visitor is happy with his weight.

The latest case summary is attached. The draft plan for Early Help is with my manager to sign off - I'll send it over on Thursday.

Mum gave consent for the step down at the CIN review on 22/11/2068.

Thanks,
Hollie

Hollie Brannagh-Sesay
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0652

""") + RDISC
    summary = pdf_att("Case summary - Yildirim - Nov 68.pdf", "Case summary - Yildirim children", [
        "Mosaic 3310294    Social worker: Hollie Brannagh-Sesay",
        "Elif (3): severe cows' milk and egg allergy, eczema. Emre (3 months).",
        "Referral July 2068 (health visitor): maternal postnatal depression; Elif's treatment and clinics missed.",
        "Progress: mum on medication, perinatal mental health team involved; clinics attended since August.",
        "Remaining needs: mum's mental health support; help with childcare so mum can attend appointments."])
    top = outlook_top(f, addr("Brannagh-Sesay, Hollie", "Hollie.Brannagh-Sesay@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Yildirim children - Mosaic 3310294", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 140,
        "ordinary", "step_down", False, None, ["3310294"],
        [ch("Elif Yıldırım", "2065-06-14", "14.06.2065"), ch("Emre Yıldırım", "2068-08-02", "02.08.2068")],
        ["parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down: case summary attached and consent stated ('Mum gave consent for the step "
        "down at the CIN review') but the draft plan 'is with my manager to sign off - I'll send it over on "
        "Thursday' -> draft_plan missing -> request_info. Dotted Turkish 'ı' in the surname (Yıldırım; the subject "
        "and PDF write 'Yildirim'); a baby of 3 months is a child. 'Mosaic 3310294' -> the bare number (written once "
        "for the episode). Mum's postnatal depression, now treated but still the remaining need -> "
        "parental_mental_health; the allergy and eczema are a health condition, not a concern id; the missed "
        "clinics are past.",
        not_children=["Hollie Brannagh-Sesay"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2068-11-08 11:02:50"
    body = T("""
Dear MASH,

I'm sending the step up for the Haddad children (Mosaic ID 3301876) today rather than next week, because of what nursery told us this morning.

Zainab Haddad - 19/03/2065
Yusuf Haddad - 07/10/2060

At 10.40 the manager of Little Oaks Nursery rang our worker, Sanaz. Zainab came in with her right hand in a sock. On her palm there is a round burn in rings - like the ring on a cooker hob - blistered, weeping and smelling. Mum told nursery she touched the hob "on Saturday". Nobody has looked at it. When her key worker asked, Zainab said "Uncle Karim put my hand on it because I was naughty" and then wouldn't talk. Karim is mum's friend who has been living with them since the summer. He is picking Zainab up at 12 today - nursery is mornings only - and mum has told nursery she doesn't want her "taken to doctors", so nursery haven't been able to get it seen. Yusuf (8) is at Earlsfield Primary today.

Rationale for step up
We were already planning this step up for neglect: the children are often hungry and unwashed, Zainab has had a nappy rash with open sores since September that mum hasn't taken her to the GP for, and the family have missed the last four health visitor checks. A new adult has moved in whom we know nothing about. Early Help has worked with the family for five months and things are getting worse, not better.

The latest case summary is attached. I've agreed this step up as team manager. Sanaz is going to the nursery now and her mobile is 07700 900 594; mine is below.

Tamsin Oyebanji-Clarke
Early Help Team Manager | Richmond Early Help (East) | Richmond and Wandsworth Councils
020 7946 0923 | 07700 900 277

""") + RDISC
    summary = pdf_att("Case summary - Haddad - Nov 68.pdf", "Early Help case summary - Haddad family", [
        "Mosaic ID 3301876    Early Help worker: Sanaz Tehrani",
        "Children: Zainab Haddad (19/03/2065), Yusuf Haddad (07/10/2060)",
        "Open to Early Help since June 2068 (school referral: Yusuf hungry, unwashed).",
        "Concerns: hunger, hygiene, untreated nappy rash with open sores (Zainab), 4 health visitor checks missed.",
        "A family friend (Karim, surname not known) living in the home since about August.",
        "Plan outcome: not achieved; step up to be discussed with the team manager."])
    top = outlook_top(f, addr("Oyebanji-Clarke, Tamsin", "Tamsin.Oyebanji-Clarke@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up today - Haddad - Mosaic ID 3301876 - nursery this morning", when,
                      cc=addr("Tehrani, Sanaz", "Sanaz.Tehrani@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 305,
        "urgent", "step_up", True, None, ["3301876"],
        [ch("Zainab Haddad", "2065-03-19", "19/03/2065"), ch("Yusuf Haddad", "2060-10-07", "07/10/2060")],
        ["neglect", "physical_harm"], None, True, [], None, "alert_duty",
        "A STEP-UP THAT DESCRIBES AN INJURY AND A CHILD GOING HOME TO THE ALLEGED ABUSER WITHIN THE HOUR, IN PLAIN "
        "WORDS: a 3-year-old's palm burned in rings like a hob, blistered, weeping, smelling, never seen by anyone; "
        "she says 'Uncle Karim put my hand on it'; Karim collects her at 12 and mum has refused medical care. No "
        "alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (the seed's step-up route is for "
        "concerns that are 'not immediate child protection'). As a request it is complete: case summary attached, "
        "rationale under its heading, sent by the Early Help Team Manager who 'agreed this step up' -> manager "
        "true, missing []. Concerns: physical_harm (the burn, the disclosure) and neglect (hunger, untreated "
        "sores, missed checks, care refused).",
        not_children=["Tamsin Oyebanji-Clarke", "Sanaz Tehrani"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2068-12-14 09:10:04"
    body = T("""
Thank you for your email. I am on annual leave from Friday 14 December and back on Wednesday 2 January.

If your query is about a child's health and is urgent, please ring the School Nursing duty line on 020 7946 0580 (Monday to Friday, 9-5). For asthma, allergy and EpiPen training bookings please email schoolnursing.training@swlhealth.example.nhs.uk.

If you think a child is at immediate risk of harm, do not wait for my return: ring 999 or the MASH, or the Emergency Duty Team out of hours. For safeguarding advice, contact the Named Nurse for Safeguarding Children.

Kind regards
Femi Okonjo-Lund
School Nurse | Wandsworth South School Nursing Team
""")
    top = outlook_top(f, addr("Okonjo-Lund Femi (SWL Health)", "femi.okonjo-lund@swlhealth.example.nhs.uk"),
                      addr("Early Help Duty", RED),
                      "Automatic reply: [SB-richmond_wandsworth-3342] Step-down case discussion - invitation", when,
                      mid_domain="swlhealth.example.nhs.uk",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body, crlf=True), True), "richmond_wandsworth", "early_help_duty", when, 125,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE FULL OF ALARM WORDS ('urgent', 'immediate risk of harm', '999', "
        "'safeguarding') as boilerplate, from a school nurse invited to a step-down case discussion. Outlook "
        "automatic reply (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, 'Automatic reply:' subject) "
        "-> auto_reply -> ignore (DESIGN rule 2: never answered); read for risk, it describes no child -> not "
        "urgent. The [SB-] reference is in the subject, but an auto-reply is ignored, not attached.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2068-12-12 14:30:36"
    ack = ack_text("step-up", "SB-richmond_wandsworth-3338", [
        "Case: Mosaic ID 3299417", "Children: Matías Ferreira (11/11/2058)"], ["case_summary"])
    body = T("""
Hi,

Here is the case summary you asked for - attached. Sorry, I thought Cody had sent it with the email on Monday.

Also, for the case discussion, an update from the asthma nurse after Tuesday's review: Matías came with his grandmother, his inhaler technique was good and he has had no admissions since August. The worry is still home, not his asthma.

Best wishes,
Rosalind

Rosalind Achebe-Hartley
Early Help Team Manager | Wandsworth Early Help (Central) | Richmond and Wandsworth Councils
020 7946 0175

""") + quote_chain([
        ("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "10 December 2068 09:02",
         "Achebe-Hartley, Rosalind <Rosalind.Achebe-Hartley@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-3338] Step-up request received - Mosaic ID 3299417", ack, None)]) + "\n" + RDISC
    summary = pdf_att("Case summary - Ferreira - Dec 68.pdf", "Early Help case summary - Ferreira", [
        "Mosaic ID 3299417    Early Help worker: Cody Marchbank",
        "Child: Matias Ferreira (10). Lives with mum; maternal grandmother nearby.",
        "Worries: mum's drinking has increased since the summer - found asleep and unrousable by a neighbour on",
        "two evenings in November with Matias at home; Matias late to school and hungry; his asthma inhalers",
        "were left at home for most of October.",
        "Strengths: grandmother involved; Matias's asthma now reviewed and well controlled.",
        "Early Help since March 2068: alcohol service referral (not attended), TAF x4."])
    top = outlook_top(f, addr("Achebe-Hartley, Rosalind", "Rosalind.Achebe-Hartley@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-3338] Step-up request received - Mosaic ID 3299417", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 212,
        "ordinary", "follow_up", False, None, ["3299417"],
        [ch("Matías Ferreira", "2058-11-11", "11/11/2058")],
        ["neglect", "substance_misuse"], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-3338] adding the case summary stepbot's acknowledgement (quoted) "
        "listed as missing -> follow_up -> attach_to_request; missing [] (a follow-up has no requirements). Its "
        "quoted 'What is missing:' is not a concern. The child's name and DOB come from the quoted acknowledgement "
        "(accent: Matías). A routine health update (asthma well controlled) sits beside the attachment's current "
        "worries: mum's drinking and Matías left at home with her asleep, hungry, inhalers left at home -> "
        "substance_misuse and neglect. Not urgent: November evenings, reported for a step-up already in train.",
        not_children=["Rosalind Achebe-Hartley", "Cody Marchbank"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2068-09-18 13:15:09"
    body = T("""
OFFICIAL

Post-incident notification for partner agencies

Incident: accidental kitchen fire (chip pan)
Date/time: Friday 14/09/2068, 19:52
Address: 22 Acre Rise, Roehampton, SW15 9ZL
Household: Agnieszka Wójcik (mother), Wiktoria Wójcik (7), Szymon Wójcik (4)

Summary: A chip pan caught fire while the mother was cooking. She put a damp tea towel over it, got both children out of the flat and dialled 999; neighbours had already called. Crews from Wandsworth station put the fire out within ten minutes. The kitchen is badly smoke damaged and the flat is not currently habitable.

Injuries: none. Both children were checked by the ambulance crew for smoke inhalation and taken to St Jude's as a precaution with their mother; all three were discharged the same night. No burns.

Where the family is now: staying with the maternal grandmother in Putney while the housing association repairs the flat.

Our view: the mother acted quickly and correctly and there are no concerns about the care of the children arising from this incident. A Home Fire Safety Visit was completed at the grandmother's address on 17/09/2068 (smoke alarms fitted and tested, kitchen fire safety advice, escape plan agreed with the children). The mother told us the family has an Early Help worker, so we are sending this for information under our information-sharing agreement. No action is required from you and this is not a safeguarding referral.

Watch Manager Callum Rees-Mbeki
Community Fire Safety Team | South West London Fire and Rescue (example)
020 7946 0119
""")
    top = plain_top(f, addr("Community Fire Safety", "community.safety@swlfire.example.gov.uk"),
                    addr("Early Help Duty", RED), "OFFICIAL - Post-incident notification - 22 Acre Rise SW15 - 14/09/2068",
                    when, "swlfire.example.gov.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 178,
        "near_miss", "other", False, None, [],
        [ch("Wiktoria Wójcik"), ch("Szymon Wójcik")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FIRE SERVICE NOTIFICATION ABOUT A FIRE THAT IS OVER: a chip pan fire, children out of the "
        "flat, checked for smoke inhalation and discharged the same night, 'no burns', staying with grandmother, "
        "'no concerns about the care of the children', 'No action is required ... not a safeguarding referral'. "
        "Resolved and the children safe -> not urgent. For information, no request -> other -> human_review. The "
        "two children are named in full (ages only -> dob null); the mother is an adult. Concerns []: an accident "
        "handled well.",
        not_children=["Agnieszka Wójcik", "Callum Rees-Mbeki"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2068-09-13 12:20:18"
    body = T("""
Dear Early Help Hub,

Step-down to a Team Around the Family for the Adebanjo children, following the Child and Family Assessment which concluded on 10/09/2068.

Tiwa Adebanjo - DOB 30/05/2058 - Mosaic ID 4410283
Femi Adebanjo - DOB 15/01/2064 - Mosaic ID 4410284

Tiwa (10) has sickle cell disease. He had four hospital stays last year with painful crises and a chest crisis in February, and his attendance at Bonner Street Primary is 81%. Mum has been very low since dad left and was struggling to get Tiwa to his haematology appointments and to keep his fluids and penicillin going. Over the assessment mum has started on antidepressants, Tiwa has been to every clinic since June, and school have a health care plan with water bottle, toilet pass and warm indoor breaks. There is no role for statutory services, but the family would benefit from a coordinated plan.

Attached: the C&F assessment and the draft TAF plan.

Lead Practitioner: Hawa Begum, Family Support Worker, Bow Family Hub (Tower Hamlets Early Help) - she has met mum and agreed to take on the role.

Mum has consented to the step-down and to the TAF plan. My team manager, Olumide Ajayi, has agreed the step-down.

I will chair the TAF meeting on Monday 24th September at 10am at Bow Family Hub.

Kind regards,
Shamima Chowdhury
Social Worker | Children's Social Care Assessment Team | London Borough of Tower Hamlets
020 7946 0257

""") + TDISC
    cfa = pdf_att("Child and Family Assessment - Adebanjo - 10.09.68.pdf", "Child and Family Assessment - Adebanjo",
                  ["Children: Tiwa Adebanjo (30/05/2058), Femi Adebanjo (15/01/2064)    Mosaic 4410283 / 4410284",
                   "Assessment started 16/07/2068, concluded 10/09/2068. Social worker: Shamima Chowdhury.",
                   "Health: Tiwa - sickle cell disease (HbSS); 4 admissions in 2067; attendance 81%.",
                   "Parent: mother - depression, now treated by GP; father left the family home in March 2068.",
                   "Analysis: needs met at home with support; no significant harm; step down to a TAF plan.",
                   "Manager's decision: agreed - Olumide Ajayi, Team Manager, 10/09/2068."])
    taf = docx_att("Draft TAF plan - Adebanjo.docx", [
        "# Draft TAF plan - Adebanjo family",
        "Lead Practitioner: Hawa Begum, Bow Family Hub",
        "1. Health: mum to keep the clinic calendar; school nurse to check Tiwa's care plan each half-term.",
        "2. School: attendance plan around clinic days, work sent home during admissions.",
        "3. Mum: GP review of medication; parenting and wellbeing group at Bow Family Hub.",
        "4. Femi: nursery place from January."])
    top = outlook_top(f, addr("Chowdhury, Shamima", "Shamima.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to TAF - Adebanjo - Mosaic 4410283 / 4410284", when)
    add(f, mail(f, top, body, [cfa, taf], html_alt=True), "tower_hamlets", "early_help_duty", when, 196,
        "ordinary", "step_down", False, None, ["4410283", "4410284"],
        [ch("Tiwa Adebanjo", "2058-05-30", "30/05/2058"), ch("Femi Adebanjo", "2064-01-15", "15/01/2064")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F assessment (PDF), draft TAF plan (.docx), consent ('Mum has "
        "consented to the step-down') and a named Lead Practitioner with her agency -> nothing missing -> "
        "book_meeting. The TAF meeting on Mon 24 Sep is within 10 WD of the assessment's end (10 Sep). Mosaic ids "
        "after the label 'Mosaic ID' -> bare numbers. Sickle cell crises are a health condition; the current "
        "worries are mum's depression -> parental_mental_health and 81% attendance -> school_attendance. TM 'has "
        "agreed the step-down' -> manager true.",
        not_children=["Shamima Chowdhury", "Hawa Begum", "Olumide Ajayi"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2068-10-03 15:47:51"
    body = T("""
MAST

I'm the Early Help family support worker for the Siddiqui family (Mosaic 4431177) and I'm writing this from my car outside their flat, 31 Jamaica Court, Stepney, E1 9ZT.

Maryam Siddiqui, DOB 22/11/2067 (10 months)

Maryam has had a high temperature since last night - mum's thermometer said 39.6 at lunchtime. She's floppy, her hands and feet are cold, and she has little purple-red spots on her tummy and the backs of her legs. I pressed a glass on them like the leaflet says and they don't fade. She's crying a weak, moany cry and hasn't had a wet nappy since this morning.

I rang 111 with mum on speaker at 3.20 and they said to call 999 straight away. Dad took the phone off mum and ended the call. He says they are not taking her to hospital, they will look after her at home with honey water and prayer, and he asked me to leave. Mum is crying but won't go against him. I am still outside.

I've spoken to my manager, Shirin Haque, who has agreed the step up and said to send it to you now. We were already going to step up next week because Maryam's immunisations and weight checks have all been missed since March. I'll do the MARF as soon as I can.

My mobile is 07700 900 163.

Rubina Akhtar
Family Support Worker | Early Help (Stepney & Wapping) | London Borough of Tower Hamlets
""")
    top = plain_top(f, addr("Akhtar, Rubina", "Rubina.Akhtar@" + TDOM), addr("MAST", TMAST),
                    "Step up - Maryam Siddiqui 10 months - outside the flat now", when, TDOM, "Outlook for iOS")
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", when, 232,
        "urgent", "step_up", True, None, ["4431177"],
        [ch("Maryam Siddiqui", "2067-11-22", "22/11/2067")],
        ["neglect"], None, True, ["request_for_support"], None, "alert_duty",
        "A BABY WITH THE SIGNS OF SEPSIS / MENINGITIS IN A WORKER'S OWN WORDS (fever 39.6, floppy, cold hands and "
        "feet, purple spots that 'don't fade' under a glass, no wet nappy), 111 said call 999, and the father ended "
        "the call and refuses hospital. A carer refusing medical care a baby needs now -> DESIGN safety rule 1 -> "
        "urgent -> alert_duty; no alarm word anywhere. As a Tower Hamlets MAST step-up: the manager 'has agreed "
        "the step up' -> true; the MARF is not done ('I'll do the MARF as soon as I can') -> request_for_support "
        "missing. 'Mosaic 4431177' -> the bare number. Concern: neglect (medical care refused; immunisations and "
        "weight checks missed).",
        not_children=["Rubina Akhtar", "Shirin Haque"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2068-11-20 10:30:27"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step up Ibrahim Farah (Mosaic ID 4427719, DOB 08/04/2062) from Targeted Early Help. My manager, Abdul Karim, has agreed the step up.

Ibrahim is 6. On 6 November he had eight teeth taken out under general anaesthetic at the dental hospital because of decay and two abscesses. He came home the same day, he's eating normally, he's pain-free and he's been back at school since the 8th, so there is nothing that needs doing today. In April last year he went to A&E with a swollen face from an abscess, and the dentist's safeguarding letter then said the decay was down to "dental neglect".

Why we think this now needs social care: the pattern of Ibrahim not being brought to his health appointments hasn't changed in nine months of Early Help. He wasn't brought to the dental follow-up on the 13th, he has missed two eye clinic appointments (he needs glasses and still hasn't got any) and his asthma review. He still goes to bed with a bottle of squash at 6 years old and there is no toothbrush in the house that he uses. Mum agrees to appointments and then doesn't go; she cancelled four of my last six visits.

Mum knows we are making this referral.

Kind regards,
Connor MacLennan
Early Help Practitioner | Targeted Early Help (Poplar) | London Borough of Tower Hamlets
020 7946 0884

""") + TDISC
    marf = pdf_att("MARF - Ibrahim Farah - Nov 68.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Ibrahim Farah    DOB: 08/04/2062    Mosaic ID: 4427719",
        "Referrer: Connor MacLennan, Targeted Early Help (Poplar)    Manager: Abdul Karim - agreed 19/11/2068",
        "Reason for request: step up from Targeted Early Help - health needs not met (dental, eyes, asthma).",
        "Is the child at immediate risk of harm? No. Is the child currently safe? Yes.",
        "Parent aware of referral: Yes. Parental consent: not asked (step up).",
        "Early Help since February 2068: 9 TAF reviews; dental GA 06/11/2068; follow-ups not attended."])
    top = outlook_top(f, addr("MacLennan, Connor", "Connor.MacLennan@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF - Ibrahim Farah - Mosaic 4427719", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 151,
        "near_miss", "step_up", False, None, ["4427719"],
        [ch("Ibrahim Farah", "2062-04-08", "08/04/2062")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "NEAR MISS - DENTAL ABSCESSES, A GENERAL ANAESTHETIC AND 'DENTAL NEGLECT', ALL IN THE PAST: eight teeth out "
        "on 6 November, home the same day, eating, pain-free, at school; 'nothing that needs doing today'; the "
        "MARF says 'immediate risk of harm? No'. Not urgent. Complete Tower Hamlets MAST step-up: MARF attached "
        "(PDF), manager 'has agreed the step up' -> nothing missing -> book_meeting. 'Mum knows we are making this "
        "referral' and the MARF's 'consent: not asked' -> consent null. Concerns: health needs not met (teeth, eyes, "
        "asthma) -> neglect; appointments not kept, four of six visits cancelled -> non_engagement. Mc/Mac: the "
        "worker is MacLennan (an adult).",
        not_children=["Connor MacLennan", "Abdul Karim"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2068-10-12 09:15:44"
    ack = ("<p>Thank you - your step-up request has been received.</p>\n<p>Reference: SB-tower_hamlets-4410<br>\n"
           "Case: Mosaic ID 4431902<br>\nChildren: Sumaiya Islam (27/07/2059)</p>\n<p>What is missing:<br>\n"
           "- request_for_support (the completed Multi-Agency Request for Support form)</p>\n"
           "<p>Please reply to this email, keeping the reference in the subject, to add anything.</p>\n")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                 '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
                 '<p>Good morning MAST,</p>\n'
                 '<p>Attached is the MARF for Sumaiya - I completed it on the online form last night and it saved '
                 'a copy as a web page, so that is what is attached.</p>\n'
                 '<p>Also, the school nurse sent a routine update yesterday which I have added to the MARF: '
                 'Sumaiya\'s asthma plan has been updated, she has a new spacer at school and at home, and her '
                 'inhaler technique is good. Her asthma is not the worry - it is the caring she does for mum.</p>\n'
                 '<p>Thanks,<br>Selin</p>\n'
                 '<p style="color:#555555">Selin Doğan<br>Early Help Practitioner | Targeted Early Help (Bow)<br>'
                 'London Borough of Tower Hamlets<br>020 7946 0366</p>\n'
                 '<hr>\n<p><b>From:</b> MAST &lt;MAST@towerhamlets.gov.uk&gt;<br><b>Sent:</b> 10 October 2068 '
                 '14:12<br><b>To:</b> Do&#287;an, Selin<br><b>Subject:</b> [SB-tower_hamlets-4410] Step-up request '
                 'received - Sumaiya Islam</p>\n' + ack + '</body></html>\n')
    form_html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Multi-Agency Request for Support - '
                 'submission 4431902</title></head>\n<body>\n<h1>Tower Hamlets Multi-Agency Request for Support '
                 '(MARF)</h1>\n<p>Submitted 11/10/2068 21:48 - reference MARF-2068-18830</p>\n<form>\n'
                 '<fieldset><legend>Child</legend>\n'
                 '<label>Name <input name="child_name" value="Sumaiya Islam"></label>\n'
                 '<label>Date of birth <input name="dob" value="27/07/2059"></label>\n'
                 '<label>Mosaic ID <input name="mosaic" value="4431902"></label></fieldset>\n'
                 '<fieldset><legend>Request</legend>\n'
                 '<label>Type <select name="type"><option selected>Step up from Targeted Early Help</option>'
                 '</select></label>\n'
                 '<label>Is the child at immediate risk of harm? <input type="radio" name="imm" value="yes"> Yes '
                 '<input type="radio" name="imm" value="no" checked> No</label>\n'
                 '<label>Manager agreement <input name="manager" value="Yes - Anwar Hossain, Team Manager, '
                 '10/10/2068"></label>\n'
                 '<label>Reason<textarea name="reason">Sumaiya (9) does most of the caring for her mum, who has '
                 'severe depression and stays in bed most days. Sumaiya gets herself and her brother to school, '
                 'cooks, and gives mum her tablets. She is tired in class. Mum has '
                 'refused the adult mental health team twice.</textarea></label>\n'
                 '<label>Health update (school nurse, 11/10/2068)<textarea name="health">Asthma plan updated; new '
                 'spacer at home and school; technique good.</textarea></label></fieldset>\n'
                 '</form>\n</body></html>\n').encode("utf-8")
    att = Part([("Content-Type", 'text/html; charset="utf-8"; name="MARF online submission 4431902.html"'),
                ("Content-Disposition", 'attachment; filename="MARF online submission 4431902.html"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(form_html))
    root = multipart("mixed", [text_part(html_body, "html", crlf=True), att], bnd(f, 1))
    top = outlook_top(f, addr("Doğan, Selin", "Selin.Dogan@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-4410] Step-up request received - Sumaiya Islam", when)
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 175,
        "ordinary", "follow_up", False, None, ["4431902"],
        [ch("Sumaiya Islam", "2059-07-27", "27/07/2059")],
        ["parental_mental_health", "young_carer"], None, True, [], None, "attach_to_request",
        "HTML-ONLY reply (no text/plain part) to [SB-tower_hamlets-4410] adding the missing MARF as an HTML FORM "
        "saved from the online portal (.html attachment with input values, a checked radio 'immediate risk of "
        "harm? No') -> follow_up -> attach_to_request; missing []. Child and DOB from the quoted acknowledgement and "
        "the form. 'Mosaic ID 4431902' -> bare number. The form's manager field 'Yes - Anwar Hossain, Team "
        "Manager' -> manager true. Concerns from the form: mum's severe depression -> parental_mental_health; "
        "Sumaiya caring for mum -> young_carer. The school nurse's asthma update is routine ('Her asthma is not "
        "the worry').",
        not_children=["Selin Doğan", "Anwar Hossain"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2068-12-04 18:12:39"
    body = T("""
Hello,

I am the pharmacist at Cable Street Pharmacy. I found this address on the council website and I don't know who else to tell this evening.

At about 5.30 a girl in school uniform came in and asked for two packets of paracetamol. My counter assistant wouldn't sell her two and asked if she was OK. She said she is 15, her name is Chloe-Ann Mahoney (date of birth 19/02/2053), and that last night she took "about 20" of her mum's co-codamol and paracetamol tablets "to help her sleep". Today she has been sick three times and has a pain under her ribs on the right.

I told her she must go to A&E tonight even though she feels alright in herself, because with paracetamol the damage to the liver doesn't show at first and the treatment only works if it is started in time. She rang her mum on speaker in front of me. Her mum said she was being dramatic, that she "does this for attention", and to come straight home and she'd be fine by the morning. Chloe-Ann then left and I think went home - she said she lives on Bigland Street with her mum and two younger brothers.

I have her mum's first name only (Denise). I rang the GP surgery but it had closed. 

Vikram Shah-Desai
Pharmacist | Cable Street Pharmacy (example), London E1
020 7946 0637
""")
    top = plain_top(f, addr("Cable Street Pharmacy", "cablestreet.pharmacy@pharmacy.example.co.uk"), addr("MAST", TMAST),
                    "15 year old girl - tablets last night - mum won't take her to hospital", when,
                    "pharmacy.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 311,
        "urgent", "other", True, None, [],
        [ch("Chloe-Ann Mahoney", "2053-02-19", "19/02/2053")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A PHARMACIST AFTER HOURS (18:12, GMT): a 15-year-old says she took about 20 paracetamol and co-codamol "
        "last night, has vomited three times and has right-sided pain under her ribs; the pharmacist says she must "
        "go to A&E tonight; her mother, on speaker, refuses ('does this for attention') and the girl has gone home. "
        "A delayed paracetamol overdose with a parent refusing care -> immediate risk -> urgent -> alert_duty (out "
        "of hours: the out-of-hours service). No alarm word anywhere. Not a step request -> other. Concern: neglect "
        "(the parent refusing medical care); the contract has no id for the overdose itself. 'Denise' is the "
        "mother (first name only); the brothers are unnamed.",
        not_children=["Vikram Shah-Desai"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2068-09-18 16:05:10"
    data = google_reply(f, when, "Grace Oyelaran-Smith", "grace.oyelaran-smith@elcommunityhealth.example.org",
                        ("Early Help Hub", TEH), "DECLINED",
                        "TAF meeting - Adebanjo - Mosaic ID 4410283 [SB-tower_hamlets-4402]",
                        "20680924T090000Z", "20680924T103000Z", "Bow Family Hub",
                        "Mon 24 Sep 2068 10:00 - 11:30 (BST)",
                        note="Sorry - I'm at the sickle cell clinic that morning. I'll send a written update on "
                             "Tiwa's care plan to Hawa before the meeting.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 146,
        "ordinary", "meeting_reply", False, None, ["4410283"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY, PARTSTAT=DECLINED, with invite.ics) from the "
        "school nurse for tower_hamlets_01's TAF meeting, with a note. Times in UTC ('Z'): 09:00Z is 10:00 BST. "
        "The SUMMARY carries 'Mosaic ID 4410283' -> the bare number, and [SB-tower_hamlets-4402]. record_reply.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2068-11-26 08:40:00"
    body = T("""
OFFICIAL-SENSITIVE

Paediatric Liaison - notification of Emergency Department attendances
For: Tower Hamlets Early Help Hub (children known to Early Help)
Period: Monday 19/11/2068 - Sunday 25/11/2068

These notifications are sent routinely for every child known to Early Help who attends our Emergency Department. They are for information only. Where the ED team or the paediatric liaison nurse identifies a safeguarding concern we telephone MAST and make a referral the same day - there were none this week.

1. M.R. (DOB 03/05/2066) - 20/11/2068, 18:40
Swallowed a 5p coin at home. Brought in by mum within the hour. X-ray showed the coin in the stomach; discharged home to let it pass. Accidental; parents sought help promptly. No concerns identified. Health visitor informed.

2. A.H. (DOB 04/09/2055) - 22/11/2068, 16:15
Burn to the left forearm from hair straighteners while getting ready for a party. Self-reported; consistent with the injury and the history; first aid at home appropriate (cool running water for 20 minutes). Dressing; GP practice nurse follow-up. No concerns identified.

3. S.B. (DOB 11/02/2063) - 24/11/2068, 02:10
Asthma attack at night. Dad gave ten puffs of the blue inhaler through the spacer and called 999 as per the asthma plan. Nebulised, observed for 6 hours, discharged with a steroid course. Good parental response; asthma nurse follow-up booked. No concerns identified.

No action is required from Early Help. Please do not reply to this mailbox; contact the paediatric liaison nurses on 020 7946 0490 with any questions.

Paediatric Liaison Team
East London Children's Hospital (example)
""")
    top = plain_top(f, addr("Paediatric Liaison (ELCH)", "paed.liaison@elch.example.nhs.uk"), addr("Early Help Hub", TEH),
                    "OFFICIAL-SENSITIVE: Paediatric liaison - ED attendances w/e 25/11/2068", when,
                    "elch.example.nhs.uk", None)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 122,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HOSPITAL'S ROUTINE WEEKLY NOTIFICATION of three children's Emergency Department visits for "
        "the theme's own events (a swallowed coin, a burn from hair straighteners, a night-time asthma attack), "
        "each 'accidental' / 'consistent' / 'good parental response' and 'No concerns identified'; 'there were "
        "none this week' for safeguarding referrals; 'No action is required'. Resolved, children home and safe -> "
        "not urgent. A health professional's routine update, no request -> other -> human_review. Children "
        "identified by initials only -> not labelled; concerns [].")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2068-11-28 14:55:21"
    body = T("""
Hi Early Help Hub,

Step-down for Safiya Begum-Hussain (Mosaic ID 4439015, DOB 25/09/2055) after her Child and Family Assessment, which concluded on 23/11/2068 - assessment and draft TAF plan attached.

Safiya is 13. She has type 1 diabetes, which she manages well herself now (her HbA1c has come down from 88 to 58 since the summer), and she is the main carer for her mum, who has MS and uses a wheelchair. We got involved when Safiya was admitted with very high sugars in June and it came out that she was skipping her own insulin because she was too busy looking after mum. The assessment found no significant harm; what the family needs is a young carers' assessment, a proper care package for mum and someone checking in with Safiya.

Consent: mum wants to talk it over with Safiya's dad (they're separated) before she agrees to Early Help - I'm ringing her on Friday.

Lead Practitioner: tbc - the school nurse has said she can't take it on, and I'm waiting to hear from the Young Carers service.

Thanks,
Dominic Achterberg
Social Worker | Children's Social Care Assessment Team | London Borough of Tower Hamlets
020 7946 0719

""") + TDISC
    cfa = pdf_att("C&F assessment - S Begum-Hussain.pdf", "Child and Family Assessment", [
        "Child: Safiya Begum-Hussain, DOB 25/09/2055, Mosaic ID 4439015",
        "Started 02/10/2068; concluded 23/11/2068. Social worker: Dominic Achterberg.",
        "Type 1 diabetes - admission June 2068 with very high blood glucose (missed insulin).",
        "Young carer for mother (multiple sclerosis). No significant harm. Recommendation: step down to TAF."])
    plan = docx_att("Draft TAF plan - Safiya.docx", [
        "# Draft TAF plan - Safiya Begum-Hussain",
        "1. Young carers' assessment and young carers' group.",
        "2. Adult social care review of mum's care package.",
        "3. Diabetes nurse to see Safiya at school each half-term.",
        "Lead Practitioner: to be confirmed."])
    top = outlook_top(f, addr("Achterberg, Dominic", "Dominic.Achterberg@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down - Safiya Begum-Hussain - Mosaic ID 4439015", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 208,
        "ordinary", "step_down", False, None, ["4439015"],
        [ch("Safiya Begum-Hussain", "2055-09-25", "25/09/2055")],
        ["young_carer"], None, None, ["consent", "lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down with the C&F assessment and the draft TAF plan attached, but consent still to be "
        "asked ('mum wants to talk it over ... I'm ringing her on Friday' -> null, so consent missing) and the "
        "Lead Practitioner 'tbc' (as the dev corpus labels 'tbc') -> lead_practitioner missing -> request_info. "
        "The June admission with very high sugars is past; Safiya now manages her diabetes well. Concern: "
        "young_carer (main carer for mum with MS). A mother's MS is a physical illness, not parental mental health.",
        not_children=["Dominic Achterberg"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2068-09-05 11:10:35"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Pascoe children - step down from the Single Assessment Team to a level 3 Early Help response.

Lily Pascoe - DOB 17/08/2060
Alfie-James Pascoe - DOB 04/02/2065 (3, so I think he'll need the under-5s triage)
LCS-3380412

The Single Assessment is attached; it includes my analysis and the rationale for stepping down. My team manager, Jory Hext, has recorded her manager's analysis on the assessment confirming the threshold for level 3 is met.

The referral came from the hospital in July after Alfie-James was admitted with badly infected eczema. Mum had not been using his creams because she was frightened of the steroids, and she had stopped the allergy clinic appointments because getting there with both children on the bus was too much. Mum has been very anxious and low. The assessment found no significant harm: mum understands the creams now, his skin has cleared, and she has started at the Paignton wellbeing service.

Mum has given her consent to level 3 Early Help and would like help with appointments, a nursery place for Alfie-James and a bit of support for herself.

Thanks,
Morwenna

Morwenna Tregenza
Social Worker | Single Assessment Team | Torbay Council
01632 960 441

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe - Sept 68.pdf", "Single Assessment - Pascoe", [
        "Children: Lily Pascoe (17/08/2060), Alfie-James Pascoe (04/02/2065)    LCS-3380412",
        "Social worker: Morwenna Tregenza. Assessment completed 03/09/2068.",
        "Analysis: Alfie-James's eczema became infected (admission July 2068) because treatment was not given;",
        "mother's fear of steroid creams and her anxiety; missed allergy clinic appointments.",
        "Outcome: no further action at level 4; high level of need - step down for a level 3 coordinated response.",
        "Rationale: mother engaged fully with the assessment; treatment now given; skin clear; anxiety ongoing.",
        "Manager's analysis (Jory Hext, Team Manager, 04/09/2068): I confirm the threshold for level 3 is met."])
    top = outlook_top(f, addr("Tregenza, Morwenna", "Morwenna.Tregenza@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Pascoe - LCS-3380412", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 258,
        "ordinary", "step_down", False, 3, ["LCS-3380412"],
        [ch("Lily Pascoe", "2060-08-17", "17/08/2060"), ch("Alfie-James Pascoe", "2065-02-04", "04/02/2065")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (SAT route) asking for a triage slot: Single Assessment attached with the "
        "rationale, the TM's analysis 'confirming the threshold for level 3 is met' -> manager true, 'Mum has given "
        "her consent to level 3 Early Help' -> true -> nothing missing -> book_meeting; 'level 3' stated -> level 3. "
        "Alfie-James is 3 -> the fortnightly under-5s triage with AFC. The infected eczema admission is past and "
        "treated ('no significant harm'); current worry: mum's anxiety and low mood -> parental_mental_health. "
        "Hyphenated first name (Alfie-James).",
        not_children=["Morwenna Tregenza", "Jory Hext"])

def torbay_02():
    f = "torbay_02.eml"; when = "2068-11-15 14:22:08"
    body = T("""
MASH,

Kacey Rowe, DOB 09/06/2066 (2), EHM-881034. I'm her lead professional at level 3.

Her mum, Stacey Rowe, rang me at 1.50. She said that this morning at about 11 Kacey got hold of her partner Dean's methadone - the bottle was on the kitchen side with the lid loose - and had "a good swig" before Stacey took it off her. Since then Kacey has been "really sleepy", "keeps nodding off" and her breathing is "slow and snory". Stacey said Dean told her not to ring anyone because he'll lose his script and Kacey will "sleep it off". Then she said she had to go and hung up. I've rung back four times and it goes to voicemail.

I've rung 999 and given them the address - 7 Quarry Rise, Paignton, TQ4 9ZR. I'm driving there now; I'm about 20 minutes away.

My ATM, Silas Penrose, has agreed this needs to go to MASH and said to send it straight to you. I haven't been able to talk to mum about a referral.

Kerenza

Kerenza Polglase
Family Intervention Worker | Torbay Early Help (Paignton) | Torbay Council
07700 900 725
""")
    top = plain_top(f, addr("Polglase, Kerenza", "Kerenza.Polglase@" + BDOM), addr("MASH", BMASH),
                    "Kacey Rowe (2) - drank methadone this morning - EHM-881034", when, BDOM, "Outlook for Android")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 163,
        "urgent", "step_up", True, None, ["EHM-881034"],
        [ch("Kacey Rowe", "2066-06-09", "09/06/2066")],
        ["neglect", "substance_misuse"], None, True, ["consent"], None, "alert_duty",
        "A 2-YEAR-OLD WHO DRANK METHADONE THREE HOURS AGO, in a mother's words relayed by the lead professional: "
        "'really sleepy', 'keeps nodding off', breathing 'slow and snory' (opioid poisoning), the partner telling "
        "mum not to ring anyone, the phone now off. DESIGN safety rule 1 -> urgent -> alert_duty, whatever else "
        "the worker has done (999 already called). No alarm word anywhere. As a Torbay step-up (the lead "
        "professional's contact to MASH): ATM 'has agreed this needs to go to MASH' -> manager true; 'I haven't "
        "been able to talk to mum about a referral' -> consent null -> missing consent. Concerns: neglect (the "
        "bottle left within reach, medical help withheld) and substance_misuse (the partner's methadone).",
        not_children=["Stacey Rowe", "Kerenza Polglase", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2068-10-23 09:50:49"
    body = T("""
Dear Early Help,

I'd like to request a triage slot for the Nankivell children. The CIN plan ended at the review on 19/10/2068 - outcomes achieved, no further need for statutory intervention - and my manager and I agree they need a level 3 coordinated response.

Evie Nankivell - 28/02/2057
Charlie Nankivell - 10/10/2059
LCS-3375521

Background, because the first thing anyone reading the file will see is the carbon monoxide: in January 2067 the family were poisoned by carbon monoxide from a faulty boiler in their old privately rented flat in Torquay. Mum and both children were found by a neighbour, taken to hospital and treated with oxygen; all three recovered fully. The landlord was prosecuted. Mum was drinking heavily at the time and the children came onto child protection plans in March 2067 because of the drinking, not the boiler.

Where they are now: a housing association house in Brixham since March 2067 with a new boiler (serviced in September) and two carbon monoxide alarms, which the fire service tested on our joint visit on 12/10/2068. Mum has been alcohol-free for fourteen months and is still with the recovery service. The CP plans ended in February 2068.

What level 3 would help with: Charlie's attendance (88%), Evie's transition worries as she starts thinking about GCSE options, and mum's wish to get back to work.

The Single Assessment, with my analysis and Ben Rowse's manager's analysis confirming the level 3 threshold is met, is attached. Mum has consented to level 3 Early Help.

Kind regards
Hedra Vosper
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 583

""") + BDISC
    sa = docx_att("Single Assessment and manager's analysis - Nankivell.docx", [
        "# Single Assessment - Nankivell",
        "Children: Evie Nankivell (28/02/2057), Charlie Nankivell (10/10/2059). LCS-3375521.",
        "History: carbon monoxide poisoning January 2067 (faulty boiler, previous rented address) - all recovered.",
        "Child protection plans March 2067 - February 2068 (maternal alcohol misuse). CIN since February 2068.",
        "Current: mother alcohol-free 14 months; safe housing; CO alarms fitted and tested 12/10/2068.",
        "Social worker's analysis: statutory intervention no longer needed; level 3 needs remain (attendance, "
        "transition, parental employment).",
        "# Manager's analysis",
        "I agree with the step down and confirm the threshold for level 3 is met. Ben Rowse, Team Manager, "
        "22/10/2068."])
    top = outlook_top(f, addr("Vosper, Hedra", "Hedra.Vosper@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Nankivell - LCS-3375521 - step down to level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 197,
        "near_miss", "step_down", False, 3, ["LCS-3375521"],
        [ch("Evie Nankivell", "2057-02-28", "28/02/2057"), ch("Charlie Nankivell", "2059-10-10", "10/10/2059")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - CARBON MONOXIDE POISONING AND CHILD PROTECTION PLANS, BOTH IN THE PAST: a 2067 poisoning from a "
        "faulty boiler at a previous address (all recovered, landlord prosecuted), CP plans for mum's drinking "
        "that ended in February 2068, mum alcohol-free for fourteen months, CO alarms fitted and tested. Historic "
        "-> not urgent, no neglect, no substance_misuse. Complete Torbay step-down (SASF route): Single Assessment "
        "(.docx) with the manager's analysis 'confirm the threshold for level 3 is met' -> manager true, 'Mum has "
        "consented to level 3 Early Help' -> true -> book_meeting; 'level 3' stated -> 3. Charlie's 88% -> "
        "school_attendance.",
        not_children=["Hedra Vosper", "Ben Rowse"])

def torbay_04():
    f = "torbay_04.eml"; when = "2068-12-07 10:35:16"
    body = T("""
Good morning MASH,

I'm the lead professional for Jordan MacKenzie-Lobb (DOB 13/05/2058, EHM-880517) and I'm making a contact to MASH to ask for Jordan's case to be considered for a level 4 statutory intervention.

Jordan is 10 and has epilepsy. When we started working with the family in April he had about one seizure a month. Since mum's drinking got worse over the summer he is having several a week. The epilepsy nurse did a blood test in November which showed he isn't getting his tablets most days, and he has missed his last two clinic appointments. School say he is tired and falls asleep in lessons, and he had a seizure in the playground on Tuesday - school followed his care plan, it stopped on its own after three minutes and mum came and took him home.

We have tried a medication chart, a dosette box, the school giving his morning dose and weekly visits, and mum has been referred to the alcohol service twice. She means well but she is not managing.

Mum agrees to the contact to MASH - I talked it through with her on Wednesday. My manager, Demelza Hoskin, and I agree this needs to be considered for level 4.

Kind regards,
Ruth Chenoweth
Family Support Worker (Lead Professional) | Brixham Children's Centre (example)
01632 960 672 | r.chenoweth@brixhamcc.example.org.uk
""")
    top = plain_top(f, addr("Ruth Chenoweth", "r.chenoweth@brixhamcc.example.org.uk"), addr("MASH", BMASH),
                    "Contact to MASH - Jordan MacKenzie-Lobb - EHM-880517", when, "brixhamcc.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 142,
        "ordinary", "step_up", False, None, ["EHM-880517"],
        [ch("Jordan MacKenzie-Lobb", "2058-05-13", "13/05/2058")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up: the lead professional (a children's centre worker outside the council) makes the "
        "contact to MASH 'with parental consent' ('Mum agrees to the contact to MASH' -> true) and with her "
        "manager ('My manager ... and I agree this needs to be considered for level 4' -> true) -> nothing missing "
        "-> book_meeting (MASH threshold discussion). Not urgent: Tuesday's playground seizure was handled by the "
        "care plan and stopped on its own. Concerns: epilepsy tablets not given, clinics missed -> neglect; mum's "
        "drinking -> substance_misuse. Mc/Mac + hyphen (MacKenzie-Lobb).",
        not_children=["Ruth Chenoweth", "Demelza Hoskin"])

def torbay_05():
    f = "torbay_05.eml"; when = "2068-09-10 11:43:02"
    data = ndr(f, when, BDOM, addr("Early Help", BEH), "morwena.tregenza@torbay.gov.uk",
               "[SB-torbay-1712] Triage slot confirmed - Tuesday 11 September", addr("Early Help", BEH),
               "2068-09-07 15:31:10")
    add(f, data, "torbay", "early_help_duty", when, 121,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status; Auto-Submitted: "
        "auto-replied) for stepbot's triage confirmation sent to a mistyped address ('morwena'); the returned "
        "headers carry [SB-torbay-1712]. DESIGN rule 2 -> auto_reply -> ignore; no child, no case id.")

def torbay_06():
    f = "torbay_06.eml"; when = "2068-10-04 16:00:00"
    text = T("""
Torbay School Nursing Service - autumn bulletin for partners

Hello everyone - here is what the school nursing team is doing this term, and a few reminders that come up in our calls every winter. Please share with your teams. The full bulletin is attached as a PDF.

FLU: nasal spray flu vaccinations in every primary school from 15 October. Consent forms go out through school.

ASTHMA: our inhaler amnesty runs until half term - bring in empty or out-of-date inhalers and spacers. Remember the signs of a severe attack: can't finish a sentence, lips going blue, the blue inhaler not helping. Give up to 10 puffs through a spacer and call 999 if there is no improvement.

ALLERGIES: if a child with an adrenaline auto-injector (EpiPen, Jext) has swelling of the tongue or throat, noisy breathing or goes floppy, use the pen straight away and call 999 - even if they seem to get better. Check the dates on pens in school bags this month.

CARBON MONOXIDE: headaches, sickness and sleepiness in several people in the same house, which get better away from home, can be carbon monoxide. Get everyone out into fresh air, turn off appliances and call the gas emergency line (0800 111 999) or 999 if anyone is unwell.

WAS NOT BROUGHT: if a child on our caseload misses two appointments in a row we will let the lead practitioner know. Please tell us if a family's circumstances change.

Training dates for staff: asthma and anaphylaxis awareness, Tuesdays 6 and 13 November, Paignton Library.

Best wishes,
The School Nursing Team
Torbay and South Devon Community Health (example)

You are receiving this bulletin as a partner of the Torbay School Nursing Service. To unsubscribe reply "unsubscribe".
""")
    pdf = pdf_att("School Nursing autumn bulletin 2068.pdf", "Torbay School Nursing Service - autumn bulletin", [
        "Flu vaccinations from 15 October. Inhaler amnesty until half term.",
        "Severe asthma attack: can't finish a sentence, lips going blue, reliever not helping - 10 puffs, call 999.",
        "Anaphylaxis: use the adrenaline auto-injector straight away and call 999, even if the child seems better.",
        "Carbon monoxide: get everyone out, turn off appliances, call 0800 111 999 or 999.",
        "Was Not Brought: two missed appointments in a row - we tell the lead practitioner.",
        "Case example (fictional, for learning): a 6-year-old's pen found out of date on a school trip; staff",
        "used the spare pen; the family were supported to renew the prescription. Risk: managed."])
    top = plain_top(f, addr("School Nursing Torbay", "schoolnursing.torbay@tsdhealth.example.nhs.uk"),
                    addr("Early Help", BEH), "School Nursing autumn bulletin - flu, asthma, allergies, carbon monoxide",
                    when, "tsdhealth.example.nhs.uk", "Microsoft Outlook 16.0",
                    extra=[("List-Id", "School Nursing partners <partners.schoolnursing.tsdhealth.example.nhs.uk>"),
                           ("Precedence", "list")])
    add(f, mail(f, top, text, [pdf], html_alt=True), "torbay", "early_help_duty", when, 140,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HEALTH SERVICE BULLETIN WHOSE EVERY PARAGRAPH NAMES A THEME EMERGENCY (a severe asthma attack, "
        "lips going blue, anaphylaxis, carbon monoxide, 'call 999'), as general advice, plus a fictional case "
        "example marked 'Risk: managed' in the PDF. DESIGN rule 1: bulletins that list examples must not trigger "
        "-> not urgent. No child, no request -> other -> human_review.")

def torbay_07():
    f = "torbay_07.eml"; when = "2068-11-12 10:20:30"
    ack = ack_text("step-down", "SB-torbay-1768", [
        "Case: LCS-3391287", "Children: Ellie-Mae Maddox (21/01/2064)",
        "Triage: under-5s triage, Tuesday 13 November 2068, 11:30 (Microsoft Teams)"], [])
    body = T("""
Hi,

Please take the Maddox step down off tomorrow's under-5s triage.

The nursery manager at Sunnybank rang me ten minutes ago. Ellie-Mae came in this morning with her left forearm wrapped in a tea towel. Under it is a burn the shape of the flat bottom of an iron, about the size of a playing card, blistered and weeping. Nursery asked what happened and she said "Gary pressed it on me 'cos I wouldn't stop crying". Gary is mum's partner. He is the one who picks her up at 12 - she only does mornings - and mum is at work in Exeter until 6 and not answering.

I'm going to the nursery now. This is a child protection matter now, not a step down - can a MASH social worker ring me on 07700 900 842 before 12?

Bryher

Bryher Angove
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 518
""") + quote_chain([
        ("Early Help <earlyhelp@torbay.gov.uk>", "08 November 2068 16:04", "Angove, Bryher <Bryher.Angove@torbay.gov.uk>",
         "[SB-torbay-1768] Triage slot request received - Maddox", ack, None)]) + "\n" + BDISC
    top = outlook_top(f, addr("Angove, Bryher", "Bryher.Angove@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-1768] Triage slot request received - Maddox", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 288,
        "urgent", "follow_up", True, None, ["LCS-3391287"],
        [ch("Ellie-Mae Maddox", "2064-01-21", "21/01/2064")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP TO A STEP-DOWN THAT TURNS INTO AN IMMEDIATE RISK: a 4-year-old with a fresh iron-shaped burn "
        "says 'Gary pressed it on me', and Gary collects her at 12 today with mum unreachable. Reply to "
        "[SB-torbay-1768] -> follow_up, but urgent comes first -> alert_duty (DESIGN safety rule 1). The alarm "
        "words ('child protection matter') are the social worker's last line. Child, DOB and LCS id from the quoted "
        "acknowledgement. Concern: physical_harm. missing [] (a follow-up has no requirements).",
        not_children=["Bryher Angove"])

def torbay_08():
    f = "torbay_08.eml"; when = "2068-11-28 12:05:55"
    body = T("""
Dear Early Help team,

Please could you pass this routine update to Maisie Trebilcock's Early Help worker? I don't have her email address and Maisie's mum asked me to make sure she got it.

Maisie Trebilcock, DOB 06/06/2060, LCS-3366104

Maisie came to diabetes clinic on 26/11/2068 with her mum. Her HbA1c has come down from 78 to 61 since July, which is a big improvement. Mum is now doing a night-time check twice a week and the new sensor alarms go to mum's phone. Maisie has had no hypos at school this half-term. She is doing her own carb counting at lunch with the school's support.

Next clinic: March. No action needed from Early Help - this is just so the TAF has the latest picture.

Kind regards,
Jenna Polwhele
Paediatric Diabetes Specialist Nurse | Torbay Hospital Children's Diabetes Team (example)
01632 960 734
""")
    top = plain_top(f, addr("Polwhele Jenna", "jenna.polwhele@tsdhealth.example.nhs.uk"), addr("Early Help", BEH),
                    "Routine update for Maisie T's Early Help worker - diabetes clinic 26/11", when,
                    "tsdhealth.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 219,
        "ordinary", "other", False, None, ["LCS-3366104"],
        [ch("Maisie Trebilcock", "2060-06-06", "06/06/2060")],
        [], None, None, [], None, "human_review",
        "A HEALTH PROFESSIONAL'S ROUTINE UPDATE about a child already open to Early Help (a diabetes nurse asking "
        "the inbox to forward clinic news to the worker): no [SB-] reference, not a reply, no request -> other -> "
        "human_review. Child named with DOB and LCS id. Everything reported is improvement -> concerns [].",
        not_children=["Jenna Polwhele"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2068-10-16 13:25:06"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at last Tuesday's drop-in, please find the Early Help Assessment step-down plan for the Bevan-Price children, who are stepping down to Early Help at level 3 after their Child and Family Assessment. I've started the step from the sibling group on Mosaic.

Oscar Bevan-Price - 02/04/2059 - Mosaic 719204
Nell Bevan-Price - 27/10/2062 - Mosaic 719205
Arthur Bevan-Price - 11/01/2066 - Mosaic 719206

Dad's drinking is the main worry. He has cut right down and goes to the alcohol service in Leominster, but he still drinks heavily some weekends. Nell has asthma, and it has been much better since dad stopped smoking in the house in the summer - she's had no hospital visits since June.

Attached: the step-down plan and mum and dad's signed consent form.

Key person: Bethan Morgan, Family Support Worker, Leominster Family Hub (Herefordshire Early Help). Bethan has met the family and agreed to lead.

My team manager, Colm Ó Briain, has agreed the step-down.

Diolch,
Gwenllian

Gwenllian Pritchard
Social Worker | Assessment Team (North) | Herefordshire Council
01632 960 262

""") + HDISC
    plan = docx_att("EHA step down plan - Bevan-Price.docx", [
        "# Early Help Assessment - Step Down",
        "Children: Oscar, Nell and Arthur Bevan-Price (sibling group)",
        "What are we worried about? Dad's weekend drinking; Oscar's anger at school.",
        "What's working well? Mum and dad work together; Nell's asthma is well controlled; grandparents close by.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. Dad to keep going to the alcohol service (dad; review at each MAG).",
        "2. Oscar - school pastoral sessions weekly (school).",
        "3. Nell - asthma review every six months at the GP (mum).",
        "Key person: Bethan Morgan, Leominster Family Hub."])
    consent = pdf_att("Signed consent - Bevan-Price.pdf", "Consent to Early Help", [
        "We agree to our children Oscar, Nell and Arthur Bevan-Price being stepped down to Early Help and to",
        "information being shared with the Early Help Co-ordinator team and the key person.",
        "Signed: Rhian Bevan-Price (mother)   Signed: Gareth Price (father)   Date: 12/10/2068"])
    top = outlook_top(f, addr("Pritchard, Gwenllian", "Gwenllian.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan-Price sibling group - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 187,
        "ordinary", "step_down", False, 3, ["719204", "719205", "719206"],
        [ch("Oscar Bevan-Price", "2059-04-02", "02/04/2059"), ch("Nell Bevan-Price", "2062-10-27", "27/10/2062"),
         ch("Arthur Bevan-Price", "2066-01-11", "11/01/2066")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at level 3 (stated): the Early Help Assessment step-down "
        "plan (.docx), the parents' signed consent form (PDF -> consent_form met, consent true) and a key person "
        "with agency -> nothing missing -> book_meeting. 'Mosaic 719204' etc. -> bare numbers. Dad's drinking "
        "'still ... heavily some weekends' -> substance_misuse; Nell's asthma is well controlled (a health "
        "condition, no concern). TM 'has agreed the step-down' -> manager true. Accented name of an adult "
        "(Colm Ó Briain).",
        not_children=["Gwenllian Pritchard", "Bethan Morgan", "Verity Lang", "Rhian Bevan-Price", "Gareth Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2068-09-19 13:40:22"
    body = T("""
Dear MASH,

I'm the head at Kingsland Brook Primary. Please can a social worker call me on 01632 960 377 - I'll keep the line free.

Rhys Vaughan-Davies, Year 4, DOB 30/11/2059, has epilepsy. This morning he had three fits in school - at 9.10, 10.25 and 11.50. The last one went on for about seven minutes. His rescue medicine has not been in school since the start of term; mum said in the first week that she would bring a new one in and she hasn't.

We called an ambulance for the third fit. The paramedics wanted to take him to hospital, but his dad arrived, said he wasn't having Rhys "pumped full of drugs", signed their form refusing and took him home at about 12.30. Rhys was still very dozy and couldn't walk properly - dad carried him to the car. Dad told the crew Rhys hasn't had his tablets "for a while" because they make him "like a zombie".

We've rung the house and both parents' mobiles since and nobody answers. The paramedics said they would be reporting it as well.

Mrs Lowri Bateman
Headteacher
Kingsland Brook Primary School (example)
01632 960 377
""")
    top = plain_top(f, addr("Head - Kingsland Brook", "head@kingslandbrook.example.sch.uk"), addr("MASH", HMASH),
                    "Rhys Vaughan-Davies Y4 - seizures in school, dad took him home", when,
                    "kingslandbrook.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 206,
        "urgent", "other", True, None, [],
        [ch("Rhys Vaughan-Davies", "2059-11-30", "30/11/2059")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A HEADTEACHER, IN PLAIN WORDS: an 8-year-old with epilepsy had three seizures this morning, the last about "
        "seven minutes, no rescue medicine in school, tablets stopped at home 'for a while', and his father "
        "refused the paramedics' advice and took him home still dozy and unable to walk; nobody answers. A carer "
        "refusing medical care a child needs now -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm word "
        "anywhere. A school's report, not a step request; Herefordshire defines no step-up anyway -> other. "
        "Concern: neglect.",
        not_children=["Lowri Bateman"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2068-12-03 10:05:48"
    body = T("""
Hello,

I'm the manager of Little Acorns Day Nursery in Bromyard and I need advice before 12.30 today.

Maja Nowak-Jones, DOB 15/07/2065 (3 years), has a severe peanut allergy. We keep two EpiPens for her in the office.

This morning her mum, Karolina, was in tears at drop-off. She told us that on Saturday her partner, Lee, gave Maja a chocolate bar with peanuts in it "to see if she was really allergic or if we're all making it up". Maja's lips and eyes swelled up and she was wheezy; mum gave her Piriton and she settled, but nobody took her to a doctor. Mum says Lee has told her he is going to "try her with peanut butter next" because he thinks the allergy is rubbish. Maja's EpiPens at home ran out of date in the summer.

Lee is collecting Maja at 12.30 today because mum is working a double shift. Mum begged us not to tell anyone because Lee will "go mad".

Maja is fine in nursery this morning. Please can someone ring me on 01632 960 219.

Sioned ap Rhys
Manager, Little Acorns Day Nursery (example), Bromyard
""")
    top = plain_top(f, addr("Little Acorns Day Nursery", "manager@littleacorns-bromyard.example.co.uk"), addr("MASH", HMASH),
                    "Maja N-J (3) - peanut allergy - need advice before 12.30 today", when,
                    "littleacorns-bromyard.example.co.uk", None)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 129,
        "urgent", "other", True, None, [],
        [ch("Maja Nowak-Jones", "2065-07-15", "15/07/2065")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A NURSERY MANAGER: on Saturday mum's partner deliberately gave a 3-year-old with a severe peanut allergy "
        "peanuts 'to see if she was really allergic' (lips and eyes swelled, wheezy, no doctor), he has said he "
        "will 'try her with peanut butter next', her pens at home are out of date, and he collects her at 12.30 "
        "today. Deliberate exposure with a stated plan to repeat it, within hours -> immediate risk -> urgent -> "
        "alert_duty, although 'Maja is fine in nursery this morning'. No alarm word anywhere. A nursery's report -> "
        "other. Concern: physical_harm (deliberate poisoning); the subject's 'Maja N-J' is the same child.",
        not_children=["Karolina", "Sioned ap Rhys"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2068-11-09 19:45:31"
    body = T("""
To the MASH / out of hours team,

I'm the nurse in charge on Castle Mead children's ward tonight.

Tyler-Jay Hughes, DOB 05/05/2062 (6), was admitted this afternoon with a severe asthma attack. He needed oxygen and a magnesium drip in ED. He is still having nebulisers every hour and the consultant says he must stay in overnight at least - if he goes home now he could stop breathing.

His parents, Kerry and Shane Hughes, are packing his things and say they are taking him home tonight. Dad keeps going outside and coming back smelling strongly of smoke. They have taken Tyler-Jay home against medical advice twice this year (March and July), and both times he was brought back within a day, worse. The consultant has explained all of this to them and they are not listening. We cannot keep him here without their agreement.

We don't know of a social worker for the family. Please ring the ward on 01632 960 455 and ask for the nurse in charge.

Aoife Kavanagh
Ward Sister | Castle Mead Ward | Hereford Children's Hospital (example)
""")
    top = plain_top(f, addr("Kavanagh Aoife (Hereford Children's Hospital)", "aoife.kavanagh@herefordch.example.nhs.uk"),
                    addr("MASH", HMASH), "URGENT - 6 year old being taken home from the ward tonight against medical advice",
                    when, "herefordch.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 162,
        "urgent", "other", True, None, [],
        [ch("Tyler-Jay Hughes", "2062-05-05", "05/05/2062")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A WARD SISTER ON A FRIDAY EVENING (19:45, out of hours): a 6-year-old in the middle of a severe asthma "
        "attack, hourly nebulisers, whose parents are packing to take him home tonight against medical advice, as "
        "they did twice before with him back worse within a day. A carer refusing medical care a child needs now "
        "-> urgent -> alert_duty (out of hours: the Emergency Duty Team). The alarm word is in the SUBJECT only "
        "('URGENT'). A hospital's report -> other. Concern: neglect. The parents are adults.",
        not_children=["Kerry", "Shane Hughes", "Aoife Kavanagh"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2068-12-10 11:20:15"
    data = itip_reply(f, when, "Catrin Jenkins-Ahmed", "Catrin.Jenkins-Ahmed@" + HDOM,
                      ("Early Help Co-ordinators", HEH), "TENTATIVE",
                      "Step-down drop-in - Jenkins family [SB-herefordshire-1231]", "20681211T100000",
                      "20681211T103000", "Microsoft Teams Meeting",
                      comment="Not sure I'll make tomorrow's drop-in for the Jenkins step down. I'm at A&E with "
                              "Jack now. Mum's boyfriend ran the bath too hot this morning and held him in it because "
                              "he'd wet himself - his feet and legs are scalded up to the knees like socks. Police are "
                              "on their way here. Poppy (2) is still at home with the boyfriend - mum's at work and "
                              "not answering. Can someone from MASH ring me on 07700 900 650 please.")
    add(f, data, "herefordshire", "early_help_duty", when, 238,
        "urgent", "meeting_reply", True, None, [], [], ["physical_harm"], None, None, [], None, "alert_duty",
        "A MEETING REPLY'S COMMENT (Outlook iTIP REPLY, PARTSTAT=TENTATIVE) from the social worker invited to the "
        "step-down drop-in: a boy deliberately scalded in a bath this morning ('held him in it', scalds 'like "
        "socks'), at A&E now, and his 2-year-old sister still at home with the man who did it. DESIGN safety rule "
        "1 names 'a meeting reply's comment' -> urgent -> alert_duty (before record_reply). No alarm word. "
        "Children named by first name only (Jack, Poppy; the family name is only 'Jenkins family' in the summary) "
        "-> not labelled. Concern: physical_harm. No case id.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2068-09-27 14:00:00"
    body = T("""
You are invited to the Herefordshire Safeguarding Children Partnership multi-agency course:

MEDICAL NEGLECT, "WAS NOT BROUGHT" AND CHILDREN WITH LONG-TERM CONDITIONS
Wednesday 14 November 2068, 9.30am - 12.30pm, Microsoft Teams

Who it's for: Early Help co-ordinators and key workers, school nurses, health visitors, social workers.

The course uses three case scenarios. They are fictional and are for training only:
- Scenario 1: Child B, 9, has type 1 diabetes. Her mother stops going to clinic after a new partner moves in. School see more hypos. When is it neglect?
- Scenario 2: Child C, 18 months, is brought to a minor injuries unit two days after a scald from a cup of tea. The story changes. What do you do today?
- Scenario 3: Child D, 13, has epilepsy and refuses her tablets; her parents say it is her choice. Who decides?

Please accept this invitation to book your place. If you can no longer attend, decline so that we can offer your place to someone else.

HSCP Training Team
""")
    cal = ics("REQUEST", f, dt(when), "20681114T093000", "20681114T123000",
              "HSCP course: Medical neglect, Was Not Brought and long-term conditions", "Microsoft Teams Meeting",
              body, ("HSCP Training Team", "training@hscp.example.org.uk"),
              [("Early Help Co-ordinators", HEH, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("HSCP Training Team", "training@hscp.example.org.uk"), addr("Early Help Co-ordinators", HEH),
                      "Invitation: Medical neglect, Was Not Brought and long-term conditions - Wed 14 Nov 2068", when,
                      mid_domain="hscp.example.org.uk",
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal), "herefordshire", "early_help_duty", when, 180,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING INVITATION (iTIP METHOD:REQUEST with VTIMEZONE, for Wed 14 Nov 2068, GMT) whose "
        "three case scenarios read like this set's urgent mails (a diabetic child's hypos, a toddler's scald with "
        "a changing story 'What do you do today?', a teenager refusing epilepsy tablets) - 'fictional and ... for "
        "training only'. Not urgent. A calendar REQUEST is neither a meeting reply nor a step request -> other -> "
        "human_review; children are 'Child B/C/D' -> none labelled.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2068-11-21 15:10:40"
    body = T("""
Dear MASH,

Step up request - Harvey Powell, DOB 14/08/2063, Mosaic ID 722318.

You'll see on the file that in August Harvey (then 4) swallowed some of his nan's blood pressure tablets at her house. He was kept in hospital overnight, he was fine, and the hospital and the police were both satisfied it was an accident - the tablets were in nan's handbag. Nan now keeps her tablets in a locked box. That episode is closed and is not why I'm writing.

The worry now is home. Over the last three months the house has gone downhill: dog mess on the floors, no bedding on Harvey's bed, very little food in, and Harvey coming to school in the same clothes all week. Mum's low mood is back and she has stopped her antidepressants. She still lets me in and tries, but nothing is changing. There is no immediate risk - this has been building up over months - but I don't think Early Help on its own can hold it any more.

My manager, Tristan Mayall, has agreed the step up. Mum has agreed to the referral.

Kind regards,
Ffion Watkins
Family Support Worker | Ross-on-Wye Family Hub | Herefordshire Council
01632 960 318

""") + HDISC
    top = outlook_top(f, addr("Watkins, Ffion", "Ffion.Watkins@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Harvey Powell - Mosaic ID 722318", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 157,
        "near_miss", "step_up", False, None, ["722318"],
        [ch("Harvey Powell", "2063-08-14", "14/08/2063")],
        ["neglect", "parental_mental_health"], True, True, [], None, "human_review",
        "NEAR MISS - A SWALLOWED-TABLETS EPISODE THAT IS CLOSED ('the hospital and the police were both satisfied "
        "it was an accident', nan's tablets now locked away, 'That episode is closed') and 'There is no immediate "
        "risk'. Not urgent. A Herefordshire STEP-UP: the seed defines none (REQUIREMENTS: step_up is not defined) "
        "-> human_review, missing [] and notice null. Labelled as written: manager 'has agreed the step up' -> "
        "true, 'Mum has agreed to the referral' -> consent true; home conditions -> neglect; mum's low mood, "
        "antidepressants stopped -> parental_mental_health.",
        not_children=["Ffion Watkins", "Tristan Mayall"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2068-12-06 16:25:03"
    body = T("""
Hi Co-ordinators,

Step-down plan for Kezia Lloyd (DOB 03/03/2056, Mosaic ID 724407) attached, as discussed with Xavier at Tuesday's drop-in.

Kezia is 12 and has type 1 diabetes. She was admitted twice in the spring with very high sugars when mum's depression was at its worst and nobody was checking her insulin. Since the CIN plan mum is on treatment and back at work part-time, Kezia's diabetes nurse sees her every month, and there have been no admissions since April. The remaining worry is mum's mental health over the winter.

Mum gave her consent verbally on the phone today - I'll get the consent form signed when I visit on Monday and send it straight over.

Key person: Anwen Beavan, School Nurse, Wye Valley School Nursing (example) - she knows Kezia well and has agreed.

Thanks,
Tomos

Tomos Rees-Adeyemi
Social Worker | Child in Need Team (South) | Herefordshire Council
01632 960 846

""") + HDISC
    plan = docx_att("EHA step down plan - Kezia Lloyd.docx", [
        "# Early Help Assessment - Step Down",
        "Child: Kezia Lloyd",
        "What are we worried about? Mum's depression may get worse over the winter; Kezia missing insulin if so.",
        "What's working well? Mum on treatment; diabetes nurse monthly; Kezia confident with her pump.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. School nurse check-in with Kezia fortnightly (Anwen Beavan).",
        "2. Mum to keep her GP reviews; a crisis plan agreed with the family.",
        "Key person: Anwen Beavan, school nurse."])
    top = outlook_top(f, addr("Rees-Adeyemi, Tomos", "Tomos.Rees-Adeyemi@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Kezia Lloyd - Mosaic ID 724407", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 144,
        "ordinary", "step_down", False, None, ["724407"],
        [ch("Kezia Lloyd", "2056-03-03", "03/03/2056")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down: plan attached, key person with agency, consent given verbally ('Mum gave her "
        "consent verbally on the phone today' -> consent true) but the seed asks for WRITTEN consent and the form "
        "is still to be signed -> consent_form missing -> request_info. No level written -> null. Past admissions "
        "with very high sugars are resolved; current worry: mum's depression -> parental_mental_health.",
        not_children=["Tomos Rees-Adeyemi", "Anwen Beavan"])


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

# England & Wales bank holidays in 2068 that fall on a weekday (set_checks() compares this list with the `holidays`
# package's): New Year's Day falls on Sunday 1 January, so the substitute day Monday 2 January; Good Friday
# 20 April; Easter Monday 23 April; Early May bank holiday Monday 7 May; Spring Bank Holiday Monday 28 May; Late
# Summer Bank Holiday Monday 27 August; Christmas Day Tuesday 25 December; Boxing Day Wednesday 26 December.
BANK_HOLIDAYS = {date(2068, 1, 2), date(2068, 4, 20), date(2068, 4, 23), date(2068, 5, 7), date(2068, 5, 28),
                 date(2068, 8, 27), date(2068, 12, 25), date(2068, 12, 26)}
SUNDAY_HOLIDAYS = {date(2068, 1, 1)}        # New Year's Day itself, a Sunday (the package lists it too)
# The brief's window: "early September to mid December 2068". 1 September 2068 is a Saturday, so the window opens
# on Monday 3 September; it closes on Friday 14 December, the last Friday before the week of Christmas.
WINDOW = (datetime(2068, 9, 3, tzinfo=LON), datetime(2068, 12, 14, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on Sunday 28 October 2068 (the last Sunday of October): +0100 before, +0000 after.
BST_END = datetime(2068, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2068

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy."""
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

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
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
            wd = working_days(now.astimezone(LON).date(), meeting)      # today = the London date of `now`
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.astimezone(LON).date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
            if meeting.year > MAX_YEAR: err("meeting after %d" % MAX_YEAR)
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
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
    if now.utcoffset() != now.astimezone(LON).utcoffset(): err("now offset differs from Europe/London's")
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
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar" and not p.get_filename()]

def _cal_text(msg):
    return _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")

def _methods(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _k01(msg):
    c = _cal_text(msg)
    return (_methods(msg) == ["REQUEST"] and "DTSTART;TZID=GMT Standard Time:20681031T100000" in c
            and msg["Date"].strip().endswith("+0100") and _date(msg) < BST_END
            and datetime(2068, 10, 31, 10, tzinfo=LON).utcoffset() == timedelta(0)
            and _wd("knowsley_01.eml") == 5 and _exts(msg) == ["docx", "pdf", "docx"]
            and "Mum is always in when we visit" in _plain(msg))

def _k04(msg):
    d, n = _date(msg), _now("knowsley_04.eml")
    utc_today = n.astimezone(UTC).date()
    return (d.astimezone(LON).date() == date(2068, 10, 11) and n.astimezone(LON).date() == date(2068, 10, 12)
            and utc_today == date(2068, 10, 11) and working_days(_today("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]) == 4
            and working_days(utc_today, META["knowsley_04.eml"]["meeting"]) == 5
            and working_days(d.astimezone(LON).date(), META["knowsley_04.eml"]["meeting"]) == 5
            and not re.search(r"(?i)level [23]", readable(msg)) and _exp("knowsley_04.eml")["level"] is None)

def _k05(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    pdf = readable(msg)
    return ("MsoTableGrid" in h and "Joanne Kirwan-Adeyemi, SENCO, St Aidan" in tbl
            and "meeting room 1" in tbl and "ANAPHYLAXIS" in pdf and "\t" in _plain(msg)
            and "has not had a reaction since June 2067" in pdf)

def _k06(msg):
    c = _cal_text(msg)
    return ("PARTSTAT=ACCEPTED" in c and "20681031T100000" in c and msg["Date"].strip().endswith("+0100"))

def _k07(msg):
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and ALARM.search(readable(msg))
            and "Child A" in readable(msg))

def _k08(msg):
    p = _plain(msg)
    before, after = p.split("\nPS - ", 1)
    return (not ALARM.search(before) and ALARM.search(after) and "IMMEDIATELY DANGEROUS" in after
            and "really sleepy and floppy" in after and _wd("knowsley_08.eml") == 7
            and "will follow" in before and "taf_minutes" in _exp("knowsley_08.eml")["missing"])

def _r01(msg):
    p = _plain(msg)
    return "\nRationale for step up\n" in p and _exts(msg) == ["pdf"] and "not a same-day concern" in p

def _r03(msg):
    return (msg["Date"].strip().endswith("+0000") and _date(msg).astimezone(LON).date() == date(2068, 10, 29)
            and (date(2068, 11, 1) - _today("richmond_wandsworth_03.eml")).days <= 5 and _exts(msg) == ["pdf", "docx"])

def _r04(msg):
    return "I'll send it over on Thursday" in _plain(msg) and _exts(msg) == ["pdf"]

def _r05(msg):
    return _no_alarm(msg) and "Uncle Karim put my hand on it" in _plain(msg) and "\nRationale for step up\n" in _plain(msg)

def _r06(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and ALARM.search(readable(msg))
            and str(msg["Subject"]).startswith("Automatic reply: [SB-"))

def _r07(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "What is missing:" in b[1] and "What is missing:" not in b[0]
            and "Matías Ferreira" in b[1] and "Matías Ferreira" not in b[0] and _exts(msg) == ["pdf"])

def _r08(msg):
    t = readable(msg)
    return "No action is required" in t and "No burns" in t and ALARM.search(t)

def _t02(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and len(parts) == 1 and b"\r\n" not in FILES["tower_hamlets_02.eml"]
            and "don't fade" in _plain(msg))

def _t03(msg):
    t = readable(msg)
    return "immediate risk of harm? No" in t and "nothing that needs doing today" in t and _exts(msg) == ["pdf"]

def _t04(msg):
    atts = _att(msg)
    form = atts[0].get_content() if atts else ""
    return (_no_plain(msg) and _exts(msg) == ["html"] and 'value="no" checked' in form
            and "Sumaiya Islam" in form and "86%" not in readable(msg))

def _t05(msg):
    d = _date(msg)
    return _no_alarm(msg) and d.hour >= 17 and msg["Date"].strip().endswith("+0000")

def _t06(msg):
    c = _cal_text(msg)
    return "PARTSTAT=DECLINED" in c and "DTSTART:20680924T090000Z" in c

def _t07(msg):
    t = readable(msg)
    return ALARM.search(t) and t.count("No concerns identified") == 3 and "M.R." in t

def _b02(msg):
    return _no_alarm(msg) and "slow and snory" in _plain(msg)

def _b03(msg):
    t = readable(msg)
    return "carbon monoxide" in t and "alcohol-free for fourteen months" in t and _exts(msg) == ["docx"]

def _b05(msg):
    return msg.get_content_type() == "multipart/report" and "[SB-torbay-1712]" in readable(msg)

def _b06(msg):
    t = readable(msg)
    return msg["List-Id"] is not None and ALARM.search(t) and "anaphylaxis" in t.lower() and _exts(msg) == ["pdf"]

def _b07(msg):
    b = _blocks(msg)
    return (len(b) == 2 and ALARM.search(b[0]) and not ALARM.search(b[1]) and "Gary pressed it on me" in b[0]
            and "Ellie-Mae Maddox" in b[1] and "Ellie-Mae Maddox" not in b[0])

def _h02(msg):
    return _no_alarm(msg) and "signed their form refusing" in _plain(msg)

def _h03(msg):
    return _no_alarm(msg) and "try her with peanut butter next" in _plain(msg)

def _h04(msg):
    t = readable(msg).replace(str(msg["Subject"]), "", 1)
    return ALARM.search(str(msg["Subject"])) and not ALARM.search(t) and _date(msg).hour >= 17

def _h05(msg):
    c = _cal_text(msg)
    return _methods(msg) == ["REPLY"] and "PARTSTAT=TENTATIVE" in c and "scalded" in c and _no_alarm(msg)

def _h06(msg):
    return _methods(msg) == ["REQUEST"] and "fictional and are for training only" in readable(msg)

def _h07(msg):
    return ("herefordshire", "step_up") not in DEFINED and "There is no immediate risk" in readable(msg)

def _h08(msg):
    return (not any("consent" in p.get_filename().lower() for p in _att(msg))
            and "consent_form" in _exp("herefordshire_08.eml")["missing"] and "verbally" in _plain(msg))

CUSTOM = [
    ("knowsley_01.eml", "an iTIP REQUEST step-up across the clock change, 5 WD, three attachments", _k01),
    ("knowsley_04.eml", "the London date of now decides: 4 WD from Fri 12 Oct, 5 from the UTC date / Date header", _k04),
    ("knowsley_05.eml", "lead practitioner and venue in the Word table; the PDF plan is conditional", _k05),
    ("knowsley_06.eml", "ACCEPTED reply for 31 Oct 10:00 sent in BST", _k06),
    ("knowsley_07.eml", "a list bulletin with alarm words and no Auto-Submitted", _k07),
    ("knowsley_08.eml", "the alarm words only in the PS", _k08),
    ("richmond_wandsworth_01.eml", "rationale under its heading, summary PDF", _r01),
    ("richmond_wandsworth_03.eml", "first GMT working day; discussion within 5 days", _r03),
    ("richmond_wandsworth_04.eml", "draft plan to follow", _r04),
    ("richmond_wandsworth_05.eml", "quiet urgent step-up with a rationale heading", _r05),
    ("richmond_wandsworth_06.eml", "auto-reply with alarm boilerplate", _r06),
    ("richmond_wandsworth_07.eml", "child and 'What is missing' only in the quoted acknowledgement", _r07),
    ("richmond_wandsworth_08.eml", "notification of a resolved fire", _r08),
    ("tower_hamlets_02.eml", "phone mail, one part, LF, quiet", _t02),
    ("tower_hamlets_03.eml", "MARF says no immediate risk", _t03),
    ("tower_hamlets_04.eml", "HTML-only reply with an HTML form attachment", _t04),
    ("tower_hamlets_05.eml", "after hours in GMT, quiet", _t05),
    ("tower_hamlets_06.eml", "Google DECLINED with UTC times", _t06),
    ("tower_hamlets_07.eml", "three ED notifications, no concerns", _t07),
    ("torbay_02.eml", "quiet methadone ingestion", _b02),
    ("torbay_03.eml", "carbon monoxide in the past", _b03),
    ("torbay_05.eml", "a delivery-status report", _b05),
    ("torbay_06.eml", "bulletin with PDF", _b06),
    ("torbay_07.eml", "alarm words only in the new text; child only in the quoted ack", _b07),
    ("herefordshire_02.eml", "quiet seizures report", _h02),
    ("herefordshire_03.eml", "quiet deliberate allergen", _h03),
    ("herefordshire_04.eml", "alarm word in the subject only; out of hours", _h04),
    ("herefordshire_05.eml", "TENTATIVE reply whose comment is the risk", _h05),
    ("herefordshire_06.eml", "a training REQUEST", _h06),
    ("herefordshire_07.eml", "undefined Herefordshire step-up, 'no immediate risk'", _h07),
    ("herefordshire_08.eml", "verbal consent only, no consent form attached -> consent_form missing", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "has discussed the step up with me and agreed it", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows about the step up", "consent", None),
    ("knowsley_03.eml", "Mum signed the Family First consent form", "consent", True),
    ("knowsley_03.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_04.eml", "signed the consent form at the CIN review", "consent", True),
    ("knowsley_05.eml", "mum has consented to the step down", "consent", True),
    ("knowsley_08.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum has agreed to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have discussed it and I agree it should step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "have all agreed to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "Mum gave consent for the step down", "consent", True),
    ("richmond_wandsworth_05.eml", "I've agreed this step up as team manager", "manager_agreed", True),
    ("tower_hamlets_01.eml", "Mum has consented to the step-down", "consent", True),
    ("tower_hamlets_01.eml", "has agreed the step-down", "manager_agreed", True),
    ("tower_hamlets_02.eml", "has agreed the step up and said to send it to you now", "manager_agreed", True),
    ("tower_hamlets_03.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_03.eml", "Mum knows we are making this referral", "consent", None),
    ("tower_hamlets_04.eml", "Yes - Anwar Hossain, Team Manager", "manager_agreed", True),
    ("tower_hamlets_08.eml", "mum wants to talk it over with Safiya's dad", "consent", None),
    ("torbay_01.eml", "Mum has given her consent to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "has agreed this needs to go to MASH", "manager_agreed", True),
    ("torbay_02.eml", "I haven't been able to talk to mum about a referral", "consent", None),
    ("torbay_03.eml", "Mum has consented to level 3 Early Help", "consent", True),
    ("torbay_03.eml", "confirming the level 3 threshold is met", "manager_agreed", True),
    ("torbay_04.eml", "Mum agrees to the contact to MASH", "consent", True),
    ("torbay_04.eml", "and I agree this needs to be considered for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "has agreed the step-down", "manager_agreed", True),
    ("herefordshire_01.eml", "signed consent form", "consent", True),
    ("herefordshire_07.eml", "Mum has agreed to the referral", "consent", True),
    ("herefordshire_07.eml", "has agreed the step up", "manager_agreed", True),
    ("herefordshire_08.eml", "Mum gave her consent verbally", "consent", True),
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
                           lambda m: _methods(m) == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: "REPLY" not in _methods(m)))

QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_03.eml", "herefordshire_05.eml", "knowsley_02.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_05.eml", "torbay_02.eml",
                  "tower_hamlets_02.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_03.eml": (7, 7), "knowsley_04.eml": (4, 4), "knowsley_05.eml": (8, 8),
    "knowsley_08.eml": (7, 7)}
# the one count the date of `now` decides: counted from the UTC date of `now` (or the Date header's day) it passes
DECISIVE_EXPECTED = ["knowsley_04.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2068])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    if {d for d in pkg if d.weekday() >= 5} != SUNDAY_HOLIDAYS:
        errors.append("set: weekend holidays differ from the package's")
    inside = [d for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: expected no bank holiday in the window, found %s" % inside)
    last_sun = max(date(2068, 10, d) for d in range(25, 32) if date(2068, 10, d).weekday() == 6)
    if BST_END.date() != last_sun or last_sun != date(2068, 10, 28):
        errors.append("set: BST must end on the last Sunday of October 2068 (28 October)")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d < date(2068, 10, 28) else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2068, 9, 3) and WINDOW[0].weekday() == 0 and date(2068, 9, 1).weekday() == 5
            and WINDOW[1].date() == date(2068, 12, 14) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 3 September to Friday 14 December 2068")
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
    decisive = sorted(f for f in counts
                      if (working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"]) >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts the London date of now decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if offsets.get("+0100", 0) < 15 or offsets.get("+0000", 0) < 15 or set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (need both BST and GMT mail, 15 or more each)" % offsets)
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

FAULTS = [
    ("knowsley_04 notice counted from the UTC date (ok)",
     lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_01 Date written in GMT before the clocks go back",
     lambda: _sub("knowsley_01.eml", b"Wed, 24 Oct 2068 10:12:30 +0100", b"Wed, 24 Oct 2068 09:12:30 +0000"),
     "Date offset should be +0100"),
    ("torbay_04 Date written in BST after the clocks go back",
     lambda: _sub("torbay_04.eml", b"Fri, 07 Dec 2068 10:35:16 +0000", b"Fri, 07 Dec 2068 11:35:16 +0100"),
     "Date offset should be +0000"),
    ("a mail dated on a Saturday",
     lambda: _sub("torbay_08.eml", b"Wed, 28 Nov 2068 12:05:55", b"Sat, 01 Dec 2068 12:05:55"), "Date on a weekend"),
    ("a mail dated after the window",
     lambda: _sub("herefordshire_08.eml", b"Thu, 06 Dec 2068 16:25:03", b"Mon, 17 Dec 2068 16:25:03"),
     "Date outside the window"),
    ("a bank holiday dropped from the list",
     lambda: BANK_HOLIDAYS.discard(date(2068, 12, 25)), "bank holidays differ from the holidays package"),
    ("now 8 minutes after Date",
     lambda: _relabel("knowsley_02.eml", now="2068-09-11T11:46:05+01:00"), "now not 2-6 min after Date"),
    ("an alarm word added to a quiet urgent mail",
     lambda: _sub("torbay_02.eml", b"Subject: Kacey Rowe (2)", b"Subject: risk - Kacey Rowe (2)"), "no alarm word are"),
    ("an urgent mail filed as a near miss",
     lambda: _relabel("herefordshire_05.eml", category="near_miss"), "urgent vs category"),
    ("the undefined Herefordshire step-up booked",
     lambda: _relabel("herefordshire_07.eml", next_action="book_meeting"), "next_action book_meeting != human_review"),
    ("a Mosaic label kept in a case id",
     lambda: _relabel("richmond_wandsworth_04.eml", case_ids=["Mosaic 3310294"]), "is not an EHM/ICS/LCS/Mosaic id"),
    ("consent still to be asked labelled true",
     lambda: _relabel("tower_hamlets_08.eml", consent=True, missing=["lead_practitioner"]),
     "means consent None"),
    ("the verbal consent labelled as meeting consent_form",
     lambda: _relabel("herefordshire_08.eml", missing=[], next_action="book_meeting"),
     "herefordshire_08.eml: structural check failed"),
    ("a level on a step-up", lambda: _relabel("knowsley_01.eml", level=3), "level"),
    ("an adult labelled as a child",
     lambda: (_relabel("knowsley_02.eml", children=[{"name": "Shannon McCann", "dob": None}]),
              META["knowsley_02.eml"]["children"].append(ch("Shannon McCann"))), "labelled as a child"),
    ("an 18-year-old", lambda: (_relabel("tower_hamlets_05.eml", children=[{"name": "Chloe-Ann Mahoney", "dob": "2050-02-19"}]),
                                META["tower_hamlets_05.eml"]["children"].__setitem__(0, ch("Chloe-Ann Mahoney", "2050-02-19", "19/02/2050"))),
     "18 or over"),
    ("a year after 2068 in a text",
     lambda: _sub("richmond_wandsworth_06.eml", b"back on Wednesday 2 January", b"back on Wednesday 2 January 2069"),
     "year after 2068"),
    ("Auto-Submitted removed from an out-of-office",
     lambda: _sub("richmond_wandsworth_06.eml", b"Auto-Submitted: auto-replied", b"X-Note: none"),
     "auto_reply marked Auto-Submitted"),
    ("a REPLY made a REQUEST",
     lambda: _sub("tower_hamlets_06.eml", b"method=REPLY", b"method=REQUEST"), "exactly one text/calendar method=REPLY"),
    ("children out of order",
     lambda: _lab("torbay_01.eml")["expect"]["children"].reverse(), "children not in order"),
    ("the missing TAF minutes forgotten on the urgent step-up",
     lambda: _relabel("knowsley_08.eml", missing=[]), "knowsley_08.eml: structural check failed"),
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
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain, %d from the UTC date of now"
                       % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f),
                          working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"])))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("offsets %s" % dict(Counter(str(datetime.fromisoformat(l["now"]).utcoffset()) for l in LABELS)))
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
