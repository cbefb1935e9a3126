#!/usr/bin/env python3
"""mixed62: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2081 (Monday 6 January - Thursday 27 March 2081), in accidents and the safety of the home:
unsafe sleep, a dog that bit a child, a chip-pan fire with the children home alone, open upstairs windows and a
ninth-floor balcony, medicines and a button battery within a small child's reach, carbon monoxide from a capped
boiler that was reconnected, a hoarded house condemned today, scalds in the bath and a burn shaped like an iron,
and a baby with head injuries whose story does not fit - told by fire services, A&E and minor-injury staff, health
visitors, housing and environmental health officers, a landlord, a neighbour, a concierge, nursery staff and a
parent. Near misses: accidents explained and well supervised, a home-safety visit with equipment fitted, a dog
rehomed, a fire service's routine notification, a leaflet campaign, a training pre-reading, an automatic ED
attendance notification, a carbon-monoxide alarm incident long resolved and past accidents now resolved. Alongside
ordinary requests: consent given, refused, unclear or still to be asked; manager agreement given, pending or
refused; documents present or missing; Knowsley notice periods across Good Friday and Easter Monday.

Window: the brief's "early January to the start of the Easter holidays 2081". Checked with Python: 1 January 2081
(New Year's Day, a bank holiday) is a Wednesday; the first full school week begins on MONDAY 6 JANUARY 2081, which
opens the window. Good Friday is Friday 28 March 2081 and Easter Monday is Monday 31 March 2081; the Easter
holidays start with Good Friday, so the window closes on THURSDAY 27 MARCH 2081, the last working day before it.
The whole window is Greenwich Mean Time (+0000): British Summer Time begins at 01:00 UTC on Sunday 30 March 2081.
No bank holiday falls inside the window (New Year's Day is before it; Good Friday and Easter Monday just after it),
so no mail is dated on one; Knowsley meetings booked just after the window cross Good Friday and Easter Monday.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the model set) and adapted (window, clock, bank holidays, the checks).
Every label was set by hand from the specification; the self-checks only verify them against its rules and STOP on
any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Monday 6 January - Thursday 27 March 2081) is
    Greenwich Mean Time (+0000): BST begins at 01:00 UTC on Sunday 30 March 2081, after the window. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2081, 1, 2, 0, 0, 0))
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




# ============================================================================= helpers added for mixed62
def phone_mail(f, top, text):
    """A phone client's mail: one text/plain part, base64, LF line ends (Android / some webmail apps)."""
    return build(top, text_part(text, cte="base64", crlf=False), False)

def ios_outlook(f, top, text, atts=()):
    """Outlook for iOS: text/plain (quoted-printable, CRLF) with an HTML twin."""
    return mail(f, top, text, atts, html_alt=True)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2081-03-25 10:12:30"
    body = T("""
Morning,

Please find attached a step up request for the Critchley family (EHM-61842).

Tyler Critchley - DOB 11/06/2071
Macy Critchley - DOB 29/01/2076

The step up TAF is booked for Wednesday 2nd April at 10am on Teams - the invite has gone to the MASH inbox and MASH business support from my calendar, and I have invited the current TAF members (school, the health visitor and the hoarding support worker from Mears). I know it falls straight after the Easter weekend - I hope that's still enough notice, if not I can move it.

Attached:
- FF Step Up request to CSC (Appendix 1)
- Graded Care Profile 2 completed with mum on 18/03/2081
- minutes of our TAF on 11/03/2081

Brief summary: the home conditions have gone backwards since Christmas despite the clear-out in the autumn. Mum is keeping things again - the back bedroom and the bathroom are full of bags and boxes, there is dog mess on the landing, and Macy has been sleeping on a mattress on her mum's floor because her bed is buried. The kitchen is unusable so the children are mostly living on takeaways and cereal. Tyler's attendance has dropped to 81%. The Merseyside Fire & Rescue Safe & Well visit in February fitted working smoke alarms and a heat alarm and they cleared the stairs with mum, so there is a safe way out - there is nothing happening today that can't wait for the TAF, but our plan isn't working and we think it needs a C&F assessment.

Mum is aware of the step up but has said she does not consent to it - she doesn't want social workers "poking round the house".

My team manager, Sean Whitty, went through the GCP2 and the form with me in supervision on 21/03/2081 and agreed the step up - it's recorded on the form.

Thanks,
Leanne

Leanne Rourke
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0287 | 07700 900 614

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Critchley.docx", appendix1([
        ("Case ID on EHM:", "EHM-61842"),
        ("Children:", "Tyler Critchley 11/06/2071; Macy Critchley 29/01/2076"),
        ("Has this family recently closed to Children's Social Care?:", "No - open to Family First since June 2080"),
        ("Date of step up TAF meeting:", "Wednesday 02/04/2081, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and attends TAFs, but the agreed clear-out tasks are not done"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 11/03/2081"),
        ("What are we worried about?", "Home conditions: hoarded rooms, dog mess on the landing, no usable kitchen, "
         "Macy without her own bed. Poor diet. Tyler's attendance 81% and he is tired and hungry in school."),
        ("What is working well?", "Mum is honest about the hoarding and wants to keep the children; the stairs and "
         "exits are clear since the Safe & Well visit; both children are close to their nan, who has them on Sundays."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First and the hoarding support worker stay involved."),
        ("Graded Care profile (If neglect should be completed).", "Completed 18/03/2081 - attached. Physical care and "
         "home conditions scored 4; safety scored 3 since the alarms were fitted."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Sean Whitty, Team Manager, 21/03/2081"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly home visits, a TAF every three weeks, "
         "environmental health asked to visit, a bed for Macy through the welfare fund by 11/04/2081."),
    ]))
    gcp2 = pdf_att("GCP2 - Critchley - 18.03.2081.pdf", "Graded Care Profile 2 - summary of scores", [
        "Family: Critchley. Completed with mum by Leanne Rourke (Family First) on 18/03/2081. EHM-61842.",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
        "Area 2 Care of safety (in presence, in absence, road and fire safety): 3",
        "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3",
        "Comment: the hoarding has returned; safety improved after the MFRS Safe & Well visit (alarms, clear stairs)."])
    minutes = docx_att("TAF minutes 11.03.2081 - Critchley.docx", [
        "# Team Around the Family - minutes", "Date: 11/03/2081, 13:30, Huyton Family Hub",
        "Present: mum, Leanne Rourke (Family First, chair), Tyler's form tutor, health visitor, hoarding support worker",
        "School: Tyler's attendance 81%; he often has no breakfast.",
        "Hoarding support: three of the agreed clear-out tasks not started; mum finds it very hard.",
        "Agreed: Leanne to complete the GCP2 and discuss a step up with her team manager."])
    top = outlook_top(f, addr("Rourke, Leanne", "Leanne.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-61842 - Critchley - TAF Wed 2nd April 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61842"],
        [ch("Tyler Critchley", "2071-06-11", "11/06/2071"), ch("Macy Critchley", "2076-01-29", "29/01/2076")],
        ["neglect", "school_attendance"], False, True, [], False, "request_info",
        "Complete Knowsley neglect step-up from a hoarded home: Appendix 1 form (.docx), GCP2 (.pdf; neglect -> gcp2 "
        "met), TAF minutes (.docx), EHM id, TM agreement ('agreed the step up'). Not urgent: alarms fitted, exits "
        "clear, 'nothing happening today that can't wait'. CONSENT REFUSED: 'Mum is aware of the step up but has said "
        "she does not consent to it' -> false (not a Knowsley step-up requirement, so nothing missing). NOTICE ACROSS EASTER, DECISIVE: from Tue 25 March the TAF on Wed 2 April "
        "is 6 plain weekdays but Good Friday (28 March) and Easter Monday (31 March) are bank holidays -> 4 working "
        "days < 5 -> notice not ok -> request_info. Home conditions, diet, Macy's bed -> neglect; 81% -> "
        "school_attendance.",
        meeting=date(2081, 4, 2), not_children=["Leanne Rourke", "Sean Whitty"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2081-01-14 18:47:10"
    body = T("""
Dear MASH duty team,

I am the nurse in charge of the Children's Emergency Department at Whiston Hospital this evening. I am writing because I have not been able to get through on the phone and I need a social worker to speak to us before 8.30pm.

Lacey-Mae Fairclough, DOB 02/08/2077 (3 years), NHS no. 999 712 4480, was brought in at 16:20 by her father with a dog bite to the left side of her face. She has two deep puncture wounds to the cheek and a 4 cm laceration under the left eye. The plastic surgeons have repaired it under sedation and she is recovering on the unit.

The dog is the family's own - a large bull-breed cross called Tank, about 50 kg. Dad told our triage nurse that Tank "went for her" when she reached for his food bowl, and that Tank bit her older brother Kaiden on the hand in November (no doctor seen). When our registrar asked about keeping the dog away from the children, dad said the dog is staying, that "it's her own fault, she knows not to go near him when he's eating", and that he will not muzzle or kennel him. Tank is at the house now, loose, with mum and Kaiden.

Plastics are happy for Lacey-Mae to go home tonight and dad is asking to leave as soon as she is awake, which will be about 8.30pm. We have asked him to wait and he has agreed for now, but he is getting angry. We rang Merseyside Police about the dog at 17:40; they have logged it but cannot send anyone until tomorrow.

We do not want to send her back to a house with that dog loose in it tonight. Please can the duty social worker ring the department on 0151 496 0715 and ask for the nurse in charge.

Jo Ashworth
Sister, Children's Emergency Department
Whiston Hospital
0151 496 0715
""")
    top = outlook_top(f, addr("ASHWORTH, Joanne (Whiston Hospital)", "joanne.ashworth@sthk.example.nhs.uk"),
                      addr("Knowsley MASH", KMASH),
                      "Lacey-Mae Fairclough, 3 - dog bite to the face - family want her home tonight, dog still there",
                      when, mid_domain="AM6PR07MB5301.eurprd07.prod.outlook.example")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lacey-Mae Fairclough", "2077-08-02", "02/08/2077")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A DOG THAT BIT A CHILD, FROM A&E, AFTER HOURS (18:47): a 3-year-old's face sutured after a bite from the "
        "family's 50 kg dog, which also bit her brother in November; dad refuses to separate, muzzle or kennel it, "
        "the dog is loose at home tonight and he wants to take her home at 8.30pm; police cannot come till tomorrow. "
        "No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours: the Emergency Duty "
        "Team). A hospital's report, no step -> other. The parent's refusal to protect her from a known biting dog "
        "-> neglect (physical_harm could be argued for the injury). The NHS number is not a case id; Kaiden is "
        "named by first name only -> not labelled.",
        not_children=["Jo Ashworth"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2081-02-10 09:35:40"
    body = T("""
Hi Family First Duty,

I'd like to step the Gaskell children down to Family First at Level 3. A Family First case manager is welcome to join me on a joint home visit:

Monday 17th February 2081, 10.00am, at the family home - 7 Larkspur Close, Kirkby, L32 9ZQ.

ICS ID: 1674521
Harper Gaskell - DOB 14.03.2077
Reggie Gaskell - DOB 30.09.2079

Background, so it doesn't worry whoever reads the file: Reggie was on a child protection plan from December 2079 to August 2080 after he pulled a kettle of boiling water over himself at 10 months old (burns to his chest and arm, treated at Alder Hey). The plan was about supervision and the kitchen - the kettle had a trailing flex and there were no stair gates. Mum did everything asked of her: the kettle is now a cordless one at the back of the worktop, Merseyside Fire & Rescue fitted stair gates, a fireguard and smoke alarms, and Reggie's burns have healed (plastics discharged him in November). He has had no injuries since. There are no current concerns about supervision or the home, and the CIN plan has been about mum's wellbeing since the CP plan ended.

What are we worried about?
Mum's anxiety since the accident - she checks on the children through the night and is on the waiting list for talking therapies. Harper has started asking to stay home to "help mum".

What is working well?
The home is safe and well organised; both children are healthy and developing well; Harper's attendance is 96%; mum's partner and her mum are around every day.

What needs to happen?
A Family First case manager to lead a TAF; support for mum until her therapy starts; a young carers' assessment for Harper if she keeps wanting to stay home.

Mum (Chantelle Gaskell) has consented to the referral to Family First - she signed the consent form at the CIN review on 04/02/2081. My team manager, Bernie Cole, agreed the step down on Friday.

Thanks,
Jordan

Jordan Pye
Social Worker | Safeguarding & Children in Need Team 2 | Knowsley Council
0151 496 0533

""") + KDISC
    top = outlook_top(f, addr("Pye, Jordan", "Jordan.Pye@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First - Level 3 - Gaskell - joint home visit Mon 17th Feb", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1674521"],
        [ch("Harper Gaskell", "2077-03-14", "14.03.2077"), ch("Reggie Gaskell", "2079-09-30", "30.09.2079")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - A PAST ACCIDENT NOW RESOLVED: a 10-month-old's kettle scald in 2079, a child protection plan "
        "that ended in August 2080, the home made safe (cordless kettle, stair gates, fireguard, alarms), burns "
        "healed, 'no current concerns about supervision or the home' -> historic and resolved, not urgent, no "
        "neglect or physical_harm. Complete Level 3 step-down: joint home visit with date, time and venue; all "
        "three Signs of Safety headings; consent ('has consented to the referral to Family First'); TM agreed. "
        "Notice: Mon 10 Feb -> Mon 17 Feb = exactly 5 working days -> ok -> book_meeting. 'ICS ID: 1674521' -> the "
        "bare number. Mum's anxiety -> parental_mental_health (Harper's wish to 'help mum' is not yet young_carer).",
        meeting=date(2081, 2, 17), not_children=["Jordan Pye", "Chantelle Gaskell", "Bernie Cole"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2081-03-24 11:20:05"
    blocks = [
        "Hi both,",
        "",
        "Please see below the details of Oscar's Level 2 step down. The final CIN meeting is booked and his school "
        "has agreed to take on the Lead Practitioner role.",
        "",
        ("table", [
            ["Child", "Oscar Lunt, DOB 21/12/2072 (8)"],
            ["ICS", "ICS-1702288"],
            ["Final CIN meeting", "Wednesday 2 April 2081, 2.00pm, Halewood Family Hub - meeting room 2"],
            ["Lead Practitioner (Level 2)", "Ms Gemma Royle, Family Support Worker, St Aidan's Catholic Primary School, 0151 496 0176"],
            ["Consent", "Mum has consented to the step down to school-led Early Help (CIN review 17/03/2081)"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Oscar's attendance is 83% and mornings are hard; he was diagnosed with ADHD in January and school have "
        "applied for an EHCP needs assessment. Mum is worn out with the mornings.",
        "",
        ("h", "What is working well?"),
        "Mum has followed every part of the CIN plan; the family moved to a bigger house in Halewood in the autumn and "
        "Oscar has his own room; he loves football club on Thursdays; school know him well.",
        "",
        ("h", "What needs to happen?"),
        "School-led TAF with Gemma as Lead Practitioner; a morning routine plan; the EHCP assessment to go ahead; "
        "mum to attend the ADHD parenting course at the family hub.",
        "",
        "I know the meeting is straight after Easter - happy to talk if that's a problem.",
        "",
        "Thanks,",
        "Priya",
        "",
        "Priya Nandra",
        "Social Worker | Child in Need Team (Halewood) | Knowsley Council",
        "0151 496 0648",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Nandra, Priya", "Priya.Nandra@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Oscar Lunt - final CIN Weds 2nd April", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-1702288"],
        [ch("Oscar Lunt", "2072-12-21", "21/12/2072")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "Knowsley LEVEL 2 step-down in a Word table (MsoTableGrid, with a tab-separated text twin): final CIN date, "
        "time and venue; the three Signs of Safety headings answered; the Lead Practitioner named with her agency "
        "(the school) -> nothing missing. Consent stated ('Mum has consented') -> true (not a level 2 requirement). "
        "'ICS-1702288' keeps its joined prefix. NOTICE ACROSS EASTER, NOT DECISIVE: Mon 24 March -> Wed 2 April is "
        "7 plain weekdays, 5 working days once Good Friday and Easter Monday are excluded -> exactly 5 -> ok -> "
        "book_meeting. ADHD / EHCP -> disability_send; 83% -> school_attendance.",
        meeting=date(2081, 4, 2), not_children=["Gemma Royle", "Priya Nandra"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2081-03-05 11:52:20"
    ack = ack_text("step-up", "SB-knowsley-1214", [
        "Case: EHM-63390", "Children: Teagan Ashurst (05/05/2074), Bonnie Ashurst (12/10/2079)",
        "Step-up TAF meeting: Wednesday 12 March 2081, 10:00 (Microsoft Teams)"], [])
    body = T("""
At the house now for our visit. Bonnie is really sleepy and floppy, I can't keep her awake and her lips look a bit blue round the edges. There's an empty blister strip of dad's pregabalin on the living room floor and his methadone bottle is on the coffee table with the lid off, about a third gone - don't know how much was in it.

Mum says Bonnie is "just tired, she was up in the night" and told me not to ring an ambulance. Dad went out before I got here. I've rung 999 anyway, they're sending one. Mum is now putting Bonnie's coat on saying she'll take her to her mum's instead.

Teagan is at school.

Can someone from MASH ring me on 07700 900 731 now please.

Kelly

Kelly Hughes | Family First Case Manager | Knowsley Council

Sent from Outlook for iOS
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "27 February 2081 09:41", "Hughes, Kelly <Kelly.Hughes@knowsley.gov.uk>",
         "[SB-knowsley-1214] Step-up request received - EHM-63390", ack, None)])
    top = outlook_top(f, addr("Hughes, Kelly", "Kelly.Hughes@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1214] Step-up request received - EHM-63390", when)
    add(f, ios_outlook(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-63390"],
        [ch("Teagan Ashurst", "2074-05-05", "05/05/2074"), ch("Bonnie Ashurst", "2079-10-12", "12/10/2079")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "MEDICINES WITHIN REACH, HAPPENING NOW, FROM A PHONE: the case manager is at the house; a 16-month-old is "
        "drowsy and floppy with blue lips beside an empty strip of dad's pregabalin and his open methadone bottle; mum "
        "refused an ambulance and is taking her away. No alarm word anywhere. DESIGN safety rule 1 (whatever the "
        "kind): a reply to [SB-knowsley-1214] -> follow_up, and urgent -> alert_duty first. Children and DOBs from the "
        "quoted acknowledgement, in its order. Left within reach of dad's drugs, care refused -> neglect; the "
        "father's methadone and pregabalin -> substance_misuse.",
        not_children=["Kelly Hughes"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2081-01-31 14:05:00"
    body = T("""
HOME FIRE SAFETY CHECK - PARTNER NOTIFICATION (ROUTINE)

This is a routine notification sent under the Knowsley partnership information sharing agreement. It is NOT a safeguarding referral and no action is requested.

Visit date: 29/01/2081
Area: Huyton (Station 14)
Referred by: health visitor (new tenancy, young children)
Household: 1 adult, 3 children (aged 2, 7 and 9)

Actions taken:
- 3 x ten-year sealed smoke alarms fitted (hall, landing, living room)
- 1 x heat alarm fitted in the kitchen
- carbon monoxide alarm fitted next to the gas boiler (boiler serviced, certificate seen)
- e-scooter moved out of the hallway and advice given on charging it in the daytime only
- advice given on chip pans (family use an air fryer), candles, hair straighteners and bedtime checks
- escape plan agreed with the parent and the two older children

Observations: the home was clean, warm and well organised. Children well presented and happy. Parent receptive and asked good questions. No concerns about the care or supervision of the children were identified.

Risk score (MFRS home fire risk tool): LOW.

No further action by Merseyside Fire & Rescue Service. Please record for information only. If you need anything further please contact the Prevention team on 0151 496 0822.

Prevention Team
Merseyside Fire & Rescue Service
""")
    top = outlook_top(f, addr("MFRS Prevention", "prevention.notifications@merseyfire.example.gov.uk"),
                      addr("Knowsley MASH", KMASH),
                      "Home Fire Safety Check - partner notification (routine) - Huyton - 29/01/2081", when,
                      mid_domain="DB9PR01MB7122.eurprd01.prod.outlook.example")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FIRE SERVICE'S ROUTINE REFERRAL: a Home Fire Safety Check notification 'sent under the "
        "partnership information sharing agreement ... NOT a safeguarding referral'; alarms and a CO alarm fitted, "
        "chip-pan and e-scooter advice, 'No concerns about the care or supervision of the children', 'Risk score ... "
        "LOW'. Fire words and a negated 'safeguarding referral' must not trigger safety rule 1. Sent by a person "
        "(no Auto-Submitted) and asks for no step -> other -> human_review. No child is named.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2081-03-26 08:50:15"
    data = itip_reply(f, when, "Gemma Royle", "g.royle@staidans.example.sch.uk",
                      ("Family First 0-18 Duty Mailbox", KFF), "ACCEPTED",
                      "Final CIN meeting (Level 2 step down) - ICS-1702288 [SB-knowsley-1268]", "20810402T140000",
                      "20810402T150000", "Halewood Family Hub - meeting room 2",
                      comment="Thanks - I'll bring Oscar's attendance and the EHCP application.")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["ICS-1702288"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the level 2 Lead Practitioner (a school family support worker) "
        "for knowsley_04's final CIN meeting on Wed 2 April; the SUMMARY carries ICS-1702288 and [SB-knowsley-1268]; "
        "a COMMENT with nothing of concern. DESIGN: meeting_reply -> record_reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2081-03-27 14:40:33"
    body = T("""
Hi,

Step down to Family First for the Parr children please.

Joint home visit: Thursday 3rd April at 10am, at home - 22 Sandringham Drive, Prescot, L34 9ZD.

Ellis Parr, DOB 07/07/2068
Daisy-Mae Parr, DOB 18/02/2074
ICS ID 1689902

What are we worried about: dad's drinking - he has cut down a lot and sees Change Grow Live weekly, but there are still weekends when he drinks. Ellis's attendance is 88%.
What is working well: dad has been sober on weekdays since November; the children's nan lives next door; the chip pan has gone and dad cooks with the air fryer the fire service gave him at the home safety visit.
What needs to happen: a Family First case manager to lead a TAF with school and CGL; a plan for weekends with nan.

I haven't had a chance to talk to dad about Family First yet - I'll ask him about consent at the visit on Thursday.

Sorry it's short notice with Easter in between - I'm on leave from Monday.

Callum

Callum Mather
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0471

""") + KDISC
    top = plain_top(f, addr("Mather, Callum", "Callum.Mather@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down - Parr - joint visit Thurs 3rd April", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1689902"],
        [ch("Ellis Parr", "2068-07-07", "07/07/2068"), ch("Daisy-Mae Parr", "2074-02-18", "18/02/2074")],
        ["school_attendance", "substance_misuse"], None, None, ["consent"], False, "request_info",
        "Knowsley step-down with NO LEVEL STATED -> level null, treated as level 3 (REQUIREMENTS: 'A Knowsley "
        "step_down with no level stated is treated as level 3'): joint home visit date, time and venue and the three "
        "headings present; consent STILL TO BE ASKED ('I'll ask him about consent at the visit') -> null -> "
        "'consent' missing. NOTICE ACROSS EASTER, DECISIVE: sent on the last day of the window, Thu 27 March; the "
        "visit on Thu 3 April is 5 plain weekdays but only 3 working days (Good Friday and Easter Monday excluded) "
        "-> not ok -> request_info. Dad's drinking -> substance_misuse; 88% -> school_attendance. The chip pan "
        "replaced by an air fryer is a strength, not a concern.",
        meeting=date(2081, 4, 3), not_children=["Callum Mather"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2081-01-22 15:10:22"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with our Early Help practitioner, Tom Reddy, on Monday, I am asking for the Kowalczyk children to be stepped up to Children's Services.

Kacper Kowalczyk, DOB 2074-08-19
Zofia Kowalczyk, DOB 2078-06-03
Mosaic ID 2860417

The latest case summary is attached.

Rationale for step up
The family have had Early Help since June 2080 for mum's drinking and the children's routines. In the last four months there have been three hospital attendances: Zofia burnt her palm on the oven door in October, fell from the ladder of Kacper's bunk bed in November (bruised, no fracture), and in December Kacper, who is 6, swallowed some of mum's paracetamol from her handbag (treated at St George's and discharged). Each was explained and each explanation was plausible on its own, and there is no injury now. But taken together with mum's drinking, dad working away for weeks at a time and the stair gate and cupboard locks we gave the family still in their boxes, we think supervision is not good enough and our plan has not changed it. There is no immediate child protection concern today; we think the family need a Child and Family Assessment.

Mum (Agnieszka Kowalczyk) agrees to the step up and knows I am writing today.

As the Early Help Team Manager, I agree with the step up.

Kind regards,
Nadia Brookes
Team Manager, Early Help (Wandsworth South)
Richmond and Wandsworth Councils
020 7946 0552

""") + RDISC
    summary = pdf_att("Case summary - Kowalczyk - Jan 2081.pdf", "Early Help case summary - Kowalczyk family (Mosaic 2860417)", [
        "Children: Kacper Kowalczyk (19/08/2074), Zofia Kowalczyk (03/06/2078). Parents: Agnieszka and Marek Kowalczyk.",
        "Early Help since June 2080 (lead practitioner Tom Reddy): mum's alcohol use, routines, school readiness.",
        "Hospital attendances: 14/10/2080 burn to Zofia's right palm (oven door); 22/11/2080 Zofia's fall from a "
        "bunk-bed ladder; 18/12/2080 Kacper's ingestion of paracetamol from mum's handbag. All treated and discharged.",
        "Home safety equipment given 20/11/2080 (stair gate, cupboard locks, medicine box) - not fitted at 15/01/2081.",
        "Mum's drinking: open to the alcohol service, attendance patchy; says she drinks 'a bottle of wine most nights'.",
        "Strengths: the children are warm and affectionate with both parents; Kacper attends well (95%)."])
    top = outlook_top(f, addr("Brookes, Nadia", "Nadia.Brookes@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kowalczyk family - Mosaic ID 2860417", when,
                      cc=addr("Reddy, Tom", "Tom.Reddy@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["2860417"],
        [ch("Kacper Kowalczyk", "2074-08-19", "2074-08-19"), ch("Zofia Kowalczyk", "2078-06-03", "2078-06-03")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager: case summary (.pdf) and the "
        "rationale under its own heading -> nothing missing -> book_meeting (MASH business support invite within 1 "
        "working day). Three past accidents each explained; 'There is no immediate child protection concern today' "
        "is negated -> not urgent. 'Mum ... agrees to the step up' -> consent true; 'I agree with the step up' from "
        "the sending team manager -> true. 'Mosaic ID 2860417' -> the bare number; ISO DOBs. Poor supervision, "
        "safety equipment unused -> neglect; mum's drinking -> substance_misuse.",
        not_children=["Tom Reddy", "Agnieszka Kowalczyk", "Nadia Brookes"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2081-02-06 16:25:48"
    body = T("""
To the MASH team,

I am the senior nurse practitioner in the Urgent Treatment Centre at Queen Mary's Hospital, Roehampton. I could not find a direct email for the MASH referral team, so I am sending this here; I have also tried the MASH telephone line.

Patient: Ruby-Rose Hennessy, DOB 23/07/2079 (18 months)
Address on our system: Flat 3, 41 Coniston Road, London SW15 9ZR
Attended: 14:50 today with her father, Mr Dean Hennessy

History given by father: she climbed into the bath while it was running and "stood in the hot water" while he was in the kitchen.

Examination: partial and full thickness scalds to both feet and ankles in a sock distribution, with sharp, symmetrical upper margins at the same level on both legs. No splash marks. Soles and the backs of both heels relatively spared. Approximately 5% total body surface area.

Clinical opinion: this is a forced-immersion pattern. A toddler who steps into hot water withdraws at once, leaving asymmetric burns and splash marks. The injuries are not consistent with the history given and a non-accidental injury cannot be excluded.

What happened next: I explained that Ruby-Rose needed transfer to the burns unit at Chelsea and Westminster by ambulance. Mr Hennessy became agitated, said he would "take her himself", and left the department carrying her at 15:55 before the ambulance arrived. She has had first dressings only and no analgesia since 15:00. Mother is not contactable on the number we hold. The Metropolitan Police have been informed (CAD 4471/06FEB).

Ruby-Rose needs to be found and taken to the burns unit today; scalds of this depth need specialist care within hours, and she will need a full assessment including a skeletal survey.

Please call me on 020 7946 0733 (direct line, until 20:00).

Ciara Doyle
Senior Nurse Practitioner, Urgent Treatment Centre
Queen Mary's Hospital, Roehampton
cc: Named Nurse for Safeguarding Children
""")
    top = outlook_top(f, addr("DOYLE, Ciara (Queen Mary's UTC)", "ciara.doyle@stgeorges.example.nhs.uk"),
                      addr("MASH Step Up", RSU),
                      "Scald injury inconsistent with history - child removed from UTC by father - Ruby-Rose Hennessy",
                      when, cc=addr("Named Nurse Safeguarding Children", "safeguarding.children@stgeorges.example.nhs.uk"),
                      mid_domain="LO2P123MB4488.GBRP123.PROD.OUTLOOK.example")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ruby-Rose Hennessy", "2079-07-23", "23/07/2079")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "SCALDS IN THE BATH WITH A STORY THAT DOES NOT FIT, IN CLINICAL WORDS: symmetrical 'sock distribution' "
        "scalds with sharp upper margins and no splash marks on an 18-month-old - 'a forced-immersion pattern ... "
        "not consistent with the history'; the father took her from the treatment centre before the burns-unit "
        "ambulance came; mother unreachable. DESIGN safety rule 1 -> urgent -> alert_duty (office hours: the MASH "
        "duty team). A hospital's report sent to the step-up inbox, no step -> other. Suspected inflicted injury -> "
        "physical_harm. The police CAD number is not a case id; the father is an adult.",
        not_children=["Dean Hennessy", "Ciara Doyle"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2081-03-03 10:05:12"
    body = T("""
Hi Jasper and the duty team,

Further to our call this morning, confirming the step-down case discussion for the Mensah-Hart children on Wednesday 5th March at 2pm (Teams). The latest case summary and the draft Early Help plan are attached.

Naomi Mensah-Hart - 17/11/2072 - Mosaic 2791133
Elijah Mensah-Hart - 09/04/2076 - Mosaic 2791134

The CIN plan was about mum's bipolar disorder after her admission last spring. She has been well and stable on her medication since the summer and wants some support at home for the times she feels low; Naomi's attendance (88%) is the other thing the plan picks up.

You will see a line in the summary about Elijah's broken arm, so I'll explain it here: on 15 February he fell off a trampoline at his cousin's birthday party, in front of eight adults. Mum took him straight to Kingston A&E; it was a simple fracture of the forearm, now in a cast. The hospital's safeguarding checklist found no concerns and school recorded it as an accident at a party. Elijah's account, his cousin's and the adults' all match. It was a genuine accident and it isn't a concern.

Mum and Naomi have both consented to Early Help continuing the plan, and mum would like Mrs Shah, the school's family support worker, to be the Lead Professional. My team manager, Lorraine Abbott, has agreed the step down and will join the discussion.

Thanks,
Aoife

Aoife Gallagher
Social Worker | Children in Need Team (Wandsworth)
Richmond and Wandsworth Councils
020 7946 0618

""") + RDISC
    summary = pdf_att("Case summary - Mensah-Hart - March 2081.pdf", "Case summary - Naomi and Elijah Mensah-Hart", [
        "Children: Naomi Mensah-Hart (17/11/2072), Elijah Mensah-Hart (09/04/2076). Mosaic 2791133 / 2791134.",
        "CIN since May 2080 following mum's admission (bipolar disorder). Mum stable on lithium since July 2080.",
        "15/02/2081: Elijah, forearm fracture after a fall from a trampoline at a family party - witnessed, "
        "presented promptly, hospital checklist no concerns.",
        "Naomi's attendance 88%; she is anxious about mum and is seeing the school counsellor.",
        "Recommendation: step down to Early Help with a school-based Lead Professional."])
    plan = docx_att("Draft Early Help plan - Mensah-Hart.docx", [
        "# Draft Early Help plan", "Family: Mensah-Hart. Children: Naomi and Elijah.",
        "1. Mum's relapse-prevention plan shared with the Lead Professional - mum and her care coordinator - April.",
        "2. Attendance plan for Naomi - school - attendance above 92% by July.",
        "3. Young people's counselling for Naomi to continue - school counsellor - ongoing.",
        "4. Review meeting within 4 weeks of handover - Early Help manager."])
    top = outlook_top(f, addr("Gallagher, Aoife", "Aoife.Gallagher@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mensah-Hart - case discussion Weds 5th March 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2791133", "2791134"],
        [ch("Naomi Mensah-Hart", "2072-11-17", "17/11/2072"), ch("Elijah Mensah-Hart", "2076-04-09", "09/04/2076")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN ACCIDENT EXPLAINED AND WELL SUPERVISED: a 4-year-old's broken arm from a trampoline fall at "
        "a party in front of eight adults, taken straight to A&E, 'no concerns', accounts matching, 'It was a genuine "
        "accident and it isn't a concern' -> not urgent, no physical_harm. Complete Richmond & Wandsworth step-down: "
        "case summary (.pdf), draft plan (.docx), consent ('have both consented to Early Help continuing the plan') "
        "-> book_meeting; the case discussion agreed for Wed 5 March is within the seed's 5 days of the contact. TM "
        "'has agreed the step down' -> true. 'Mosaic 2791133' / '2791134' -> bare numbers. Mum's bipolar disorder "
        "-> parental_mental_health; 88% -> school_attendance.",
        not_children=["Aoife Gallagher", "Lorraine Abbott"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2081-02-18 12:30:10"
    body = T("""
Hi,

I spoke to Jasper this morning about stepping Tilly Barnard down to Early Help and we've agreed a case discussion for Friday 21st at 10am.

Tilly Barnard, DOB 05/05/2070, Mosaic 2833051

The draft Early Help plan is attached. The case summary will follow - I'm updating it after Thursday's CIN review.

The CIN plan was about mum's depression after her partner left and Tilly's attendance (86% this term). Mum is much better and the GP has her on a regular review.

Consent: when I raised Early Help at my visit last week mum said she wanted to "think about it over half term", so I don't have her consent yet. I'll confirm either way after the review.

Thanks,
Marcus

Marcus Odell
Social Worker | Richmond Child in Need Team
020 7946 0392

""") + RDISC
    plan = docx_att("Tilly B - draft EH plan.docx", [
        "# Draft Early Help plan - Tilly Barnard", "1. Attendance plan - school attendance officer - weekly check-in.",
        "2. Mum to keep her GP reviews - mum - monthly.", "3. Youth club place on Wednesdays - Early Help worker - from March."])
    top = outlook_top(f, addr("Odell, Marcus", "Marcus.Odell@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Tilly Barnard", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2833051"],
        [ch("Tilly Barnard", "2070-05-05", "05/05/2070")],
        ["parental_mental_health", "school_attendance"], None, None, ["case_summary", "consent"], None, "request_info",
        "Richmond & Wandsworth step-down with the draft plan (.docx) but the case summary 'will follow' -> "
        "case_summary missing; CONSENT UNCLEAR: mum wants to 'think about it over half term', 'I don't have her "
        "consent yet' -> null (not refused, not given) -> consent missing -> request_info. Case discussion agreed "
        "for Fri 21 Feb, within 5 days of the contact. Mum's depression -> parental_mental_health; 86% -> "
        "school_attendance.",
        not_children=["Marcus Odell"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2081-03-14 13:15:00"
    body = T("""
Hello,

I'm a private landlord and I'm not sure if this is the right place, your email was on the council website under Early Help.

I own 18 Elmfield Road in Tooting. My tenant Shannon has two young children. A neighbour told me on Wednesday that her youngest, Alfie, fell down the stairs about ten days ago and went to St George's. I rang Shannon straight away. She said he bumped his head on the bottom step, they kept him in for a few hours to watch him and sent him home, and he's been fine since. The health visitor came round the next day and was happy with him.

The thing is, the stair gate at the top had broken and Shannon asked me to replace it back in January and I hadn't got round to it, so that's on me. I went round on Tuesday and fitted a new gate at the top and the bottom, put a second handrail on the stairs and tested the smoke alarms while I was there. The little one was running about fine and the house was clean and tidy.

I just want to do the right thing - do I need to report this to anyone or fill in a form? Shannon knows I'm emailing you and said she doesn't mind.

Thanks
Gary Whitlock
07700 900 158
""")
    top = plain_top(f, addr("Gary Whitlock", "gary.whitlock61@mail.example.com"), addr("Early Help Duty", RED),
                    "tenant's little boy fell down the stairs - do I need to tell someone?", when, "mail.example.com",
                    None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A LANDLORD ASKING ABOUT A PAST FALL NOW PUT RIGHT: a toddler's fall down the stairs ten days "
        "ago, observed in hospital and discharged, seen by the health visitor, 'he's been fine since'; the landlord "
        "has fitted two stair gates and a handrail. Past, treated and resolved -> not urgent. Asks a question, no "
        "step -> other -> human_review. 'Alfie' and 'Shannon' are first names only -> no child labelled.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2081-01-13 15:40:30"
    housing = T("""
Tom,

FYI as you're working with the family - I'm not sure who else to tell.

Our gas contractor went to 27 Ravenslea Court this morning after Mrs Adeyemi reported the carbon monoxide alarm going off over the weekend. The engineer found the flue disconnected in the loft and the boiler spilling fumes into the flat. He classed it as Immediately Dangerous, capped the supply and put a warning notice on the boiler.

I went back at 2pm with two fan heaters. The boiler was running again - Mr Adeyemi had taken the cap off himself because "the kids are freezing". The CO alarm was on the kitchen table with the battery taken out. Mrs Adeyemi told me both children were sick over the weekend with headaches and that Tayo was "really sleepy and floppy" yesterday; they thought it was a bug going round. I told them to switch it off and open the windows and Mr Adeyemi told me to leave. When I left at 2.35 the boiler was still on and the windows were shut.

The engineer can't come back to remove the boiler until tomorrow morning and we can't force entry. The family are in the flat tonight.

Daniel Okoye
Housing Officer | Wandsworth Housing Management
020 7946 0871
""")
    body = T("""
Dear MASH,

Step up - Adeyemi family
Tayo Adeyemi, DOB 14/09/2076 - Mosaic 2847730
Grace Adeyemi, DOB 02/02/2080 - Mosaic 2847731

I rang the MASH duty line at 15:15 and it went to voicemail, so I am also putting this in writing. Please read the housing officer's email below, which Tom Reddy, our Early Help worker, forwarded to me twenty minutes ago.

Case summary attached.

Rationale for step up
We have worked with the family since October around money and the children's health. Today the boiler, capped this morning because it was leaking carbon monoxide, has been reconnected by dad, the alarm has been disabled, and the children were sick all weekend with symptoms that sound like CO poisoning. Dad has refused housing's advice and the boiler will not be removed until tomorrow; the children, 4 and 11 months, will be in the flat tonight. Early Help cannot hold this.

As the Early Help Team Manager I agree this needs to step up today. Mum and dad don't know we are contacting you yet.

Keisha Dunmore
Team Manager, Early Help (Battersea)
Richmond and Wandsworth Councils
020 7946 0417 / 07700 900 904

-----Original Message-----
From: Reddy, Tom <Tom.Reddy@richmondandwandsworth.gov.uk>
Sent: 13 January 2081 15:19
To: Dunmore, Keisha <Keisha.Dunmore@richmondandwandsworth.gov.uk>
Subject: FW: 27 Ravenslea Court - boiler capped ID - tenant has reconnected

Keisha - see below, can we talk now? I'm on my mobile.

-----Original Message-----
From: Okoye, Daniel <Daniel.Okoye@richmondandwandsworth.gov.uk>
Sent: 13 January 2081 14:58
To: Reddy, Tom <Tom.Reddy@richmondandwandsworth.gov.uk>
Subject: 27 Ravenslea Court - boiler capped ID - tenant has reconnected

""") + housing + "\n" + RDISC
    summary = pdf_att("Case summary - Adeyemi - 13.01.2081.pdf", "Early Help case summary - Adeyemi family", [
        "Children: Tayo Adeyemi (14/09/2076), Grace Adeyemi (02/02/2080). Mosaic 2847730 / 2847731.",
        "Early Help since October 2080: rent arrears, fuel debt, Grace's chest infections, Tayo's nursery attendance.",
        "Parents: Mr Femi Adeyemi and Mrs Blessing Adeyemi. Tenancy: Wandsworth Council flat, 27 Ravenslea Court.",
        "Strengths: warm parents, engaged with the budgeting support; nursery place kept."])
    top = outlook_top(f, addr("Dunmore, Keisha", "Keisha.Dunmore@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up today - Adeyemi - boiler reconnected after CO leak - children in the flat tonight", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["2847730", "2847731"],
        [ch("Tayo Adeyemi", "2076-09-14", "14/09/2076"), ch("Grace Adeyemi", "2080-02-02", "02/02/2080")],
        ["neglect"], None, True, [], None, "alert_duty",
        "CARBON MONOXIDE, THE DETAIL IN A FORWARDED HOUSING OFFICER'S EMAIL: a boiler capped as Immediately "
        "Dangerous this morning has been reconnected by the father, the CO alarm disabled, the children sick all "
        "weekend with CO-like symptoms, the family in the flat tonight and the boiler not removed till tomorrow. "
        "DESIGN safety rule 1 (quoted and forwarded history read) -> urgent -> alert_duty. Otherwise a complete "
        "Richmond & Wandsworth step-up from the Early Help Team Manager (case summary .pdf, rationale under its "
        "heading) -> missing []. 'Mum and dad don't know' -> consent null (not a step-up requirement); 'As the "
        "Early Help Team Manager I agree' -> true. Disabled alarm, exposure tolerated -> neglect. Mosaic ids after "
        "the names -> bare numbers.",
        not_children=["Keisha Dunmore", "Daniel Okoye", "Tom Reddy"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2081-01-23 09:20:00"
    data = itip_reply(f, when, "Tom Reddy", "Tom.Reddy@" + RDOM,
                      ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Mosaic 2860417 [SB-richmond_wandsworth-3307]", "20810124T100000",
                      "20810124T110000", "Microsoft Teams Meeting",
                      comment="Sorry - I'm on a joint visit with the health visitor for another family at 10. Nadia "
                              "(my TM) will attend and has my notes.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["2860417"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT, from the Early Help worker for "
        "richmond_wandsworth_01's step-up case discussion on Fri 24 January (invited within 1 working day of the "
        "request); SUMMARY 'Mosaic 2860417' -> the bare number. DESIGN: meeting_reply -> record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2081-03-12 07:30:00"
    text = T("""
RICHMOND AND WANDSWORTH SAFEGUARDING CHILDREN PARTNERSHIP
Spring bulletin - "Safer Homes for Little Ones" leaflet campaign

This spring the partnership, the London Fire Brigade and our public health teams are sending every family with a child under five a set of "Safer Homes" leaflets, and we are asking every practitioner who visits families at home to talk them through. Each leaflet is in 12 languages and Easy Read.

THE LEAFLETS
1. Safer sleep - on the back, in a clear cot, in the same room as you; never on a sofa or armchair, and never next to an adult who has been drinking, taken drugs or is very tired.
2. Button batteries - a swallowed button battery can burn through a child's food pipe in two hours. Go straight to A&E, even if the child seems fine. Keep remotes, key fobs and musical cards out of reach.
3. Hot water and hot drinks - run the cold tap first; check the bath with your elbow; keep hot drinks out of reach.
4. Windows and balconies - fit window restrictors; keep furniture away from windows and balcony railings.
5. Medicines and e-liquids - lock them away, including methadone and other prescribed medicines.
6. Smoke and carbon monoxide alarms - test them every month; never take the battery out.

WHY: LEARNING FROM REVIEWS
The campaign comes from national and local learning. The examples in the leaflets are drawn from published reviews and are anonymised: "Baby A" who died sleeping on a sofa with a parent who had been drinking; "Child B", aged 2, who swallowed a button battery from a remote control; "Child C", aged 3, who fell from a first-floor window. They describe no current family.

ORDER LEAFLETS
Reply to this email or use the order form on the partnership website. Free training: "Home safety conversations" (one hour, Teams), Tuesdays in April.

You are receiving this bulletin because you are on the partnership mailing list. To unsubscribe use the link below.
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10.5pt\">\n"
         + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n"))
         + "<p style=\"font-size:8pt\"><a href=\"https://rwscp.example.org.uk/unsubscribe\">Unsubscribe</a></p>\n"
         "</body></html>\n")
    top = plain_top(f, addr("RWSCP Bulletin", "bulletin@rwscp.example.org.uk"), addr("Early Help Duty", RED),
                    "Spring bulletin: Safer Homes for Little Ones - leaflet campaign", when, "rwscp.example.org.uk",
                    None, extra=[("List-Id", "RWSCP practitioner bulletin <bulletin.rwscp.example.org.uk>"),
                                 ("List-Unsubscribe", "<https://rwscp.example.org.uk/unsubscribe>")])
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A LEAFLET CAMPAIGN: a safeguarding partnership bulletin (List-Id, no Auto-Submitted) about safer "
        "sleep, button batteries, hot water, windows and balconies, medicines and CO alarms, with anonymised examples "
        "from reviews ('Baby A', 'Child B', 'Child C') that 'describe no current family'. DESIGN safety rule 1: "
        "bulletins that list examples must not trigger it. No child, no request -> other -> human_review.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2081-01-29 21:12:05"
    body = T("""
Hello,

I am the night concierge at Lansbury Heights, Poplar. I found this email on the council website.

On the CCTV for the east side I can see two small children alone on the balcony of flat 94 on the 9th floor. They are in pyjamas with bare feet, it is 3 degrees tonight. The bigger one has pulled a plastic garden chair to the railing and is standing on it, leaning over the top rail. The little one is crying and banging on the balcony door. I think they are about 2 and 4.

I went up at 20:50 and knocked and shouted through the letterbox for ten minutes. No answer and the flat is dark inside. The mum went out at 19:05 - I saw her on the lobby camera with her handbag, on her own, and she has not come back.

I rang 999 at 21:02 and they said officers are on the way but nobody is here yet. I do not know the children's names. The tenancy is with Poplar Homes, their out of hours number does not answer.

I am going back up to the 9th floor now to try the door again. My mobile is 07700 900 284.

Kwame Asante
Night Concierge, Lansbury Heights
""")
    top = plain_top(f, addr("Lansbury Heights Concierge", "concierge.lansbury@poplarhomes.example.org.uk"),
                    addr("MAST", TMAST), "2 small children alone on 9th floor balcony now - Flat 94 Lansbury Heights",
                    when, "poplarhomes.example.org.uk", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "A BALCONY, HAPPENING NOW, AT NIGHT (21:12): a concierge watching on CCTV two children of about 2 and 4 "
        "alone on a ninth-floor balcony in 3 degrees, one standing on a chair leaning over the rail; the mother left "
        "at 19:05; police called but not yet there. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (out of hours: seed 001 gives MAST's out-of-hours emergency number 0207 364 4079, and 999). "
        "A concierge's report, no step -> other. Children left alone in danger -> neglect. No child is named -> "
        "children [].",
        not_children=["Kwame Asante"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2081-02-11 10:40:00"
    blocks = [
        "Hello Early Help Hub,",
        "",
        "I'm stepping the Uddin-Clarke children down to a Team Around the Family as the outcome of their Child and "
        "Family Assessment, which concluded on 04/02/2081. I'll chair the TAF on Tuesday 18 February at 10am at "
        "Bow Community School and put the minutes on Mosaic.",
        "",
        ("table", [
            ["Name", "Date of birth", "Mosaic"],
            ["Samir Uddin-Clarke", "13/08/2069", "2911802"],
            ["Layla Uddin-Clarke", "01/03/2075", "2911803"],
        ]),
        "",
        "Attached: the C&F assessment and the draft TAF plan.",
        "",
        "Consent: mum and Samir have both given consent to the step-down.",
        "Lead Practitioner: Mr Rahim Chowdhury, Family Support Worker, Bow Community School (0207 364 0915), has "
        "agreed to take on the role.",
        "",
        "Summary: the family came to us after two years in temporary accommodation. They moved into a three-bedroom "
        "flat in Bow in January and the London Fire Brigade did a home fire safety visit when they moved in. "
        "Remaining needs: mum's anxiety (she is seeing Talking Therapies) and Samir's attendance, 84% this term.",
        "",
        "Many thanks,",
        "Farhana",
        "",
        "Farhana Islam",
        "Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets",
        "0207 364 0640",
        "",
        TDISC.strip(),
    ]
    cfa = pdf_att("CFA - Uddin-Clarke - concluded 04.02.2081.pdf", "Child and Family Assessment - Uddin-Clarke", [
        "Children: Samir Uddin-Clarke (13/08/2069), Layla Uddin-Clarke (01/03/2075). Mother: Ms Rina Uddin.",
        "Assessment started 10/12/2080, concluded 04/02/2081. Outcome: step down to a TAF with a Lead Practitioner.",
        "Analysis: needs arose from two years in temporary accommodation (overcrowding, moves between schools). The "
        "family are now settled; mum's anxiety and Samir's attendance remain.",
        "Views of the children: Samir wants 'his own room and to stay at Bow'; Layla likes her new school."])
    plan = docx_att("Draft TAF plan - Uddin-Clarke.docx", [
        "# Draft TAF plan", "1. Attendance support for Samir - school - above 92% by July.",
        "2. Talking Therapies - mum - weekly sessions continue.",
        "3. Holiday activities for both children - Lead Practitioner - Easter holidays.",
        "Lead Practitioner: Rahim Chowdhury (Bow Community School)."])
    top = outlook_top(f, addr("Islam, Farhana", "Farhana.Islam@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Uddin-Clarke - Mosaic 2911802 / 2911803", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2911802", "2911803"],
        [ch("Samir Uddin-Clarke", "2069-08-13", "13/08/2069"), ch("Layla Uddin-Clarke", "2075-03-01", "01/03/2075")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down in a Word table: C&F assessment (.pdf), draft TAF plan (.docx), consent "
        "('have both given consent to the step-down'), Lead Practitioner named with his agency -> nothing missing -> "
        "book_meeting. The TAF on Tue 18 Feb is 10 working days after the assessment concluded on Tue 4 Feb - "
        "within the seed's 10 working days. Mosaic ids in the table -> bare numbers. Mum's anxiety -> "
        "parental_mental_health; 84% -> school_attendance.",
        not_children=["Rahim Chowdhury", "Farhana Islam", "Rina Uddin"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2081-02-20 14:15:30"
    ack = ack_text("step-down", "SB-tower_hamlets-5106", [
        "Case: 2904418", "Children: Kenzo Baptiste (19/01/2078), Amelie Baptiste (06/06/2080)"],
        ["the TAF plan (the final social work plan and its recommendations)"])
    body = T("""
Hi,

Here is the TAF plan for the Baptiste children - that was the missing piece.

An update for the file as well, as it closes off the reason we got involved. The London Fire Brigade did their Home Fire Safety Visit yesterday: smoke alarms on both floors and a CO alarm fitted. The housing association fitted window restrictors to every upstairs window last week, after the open window in November that started all this (a neighbour saw Kenzo sitting on the bedroom sill and knocked - mum was in the shower). Through the Safer Homes scheme mum now has a stair gate, a lockable medicine box and cupboard catches, and she has moved her e-cig refills to the top shelf.

I checked all of it on my visit this morning and it's all in and working. Mum has done everything we asked. No concerns.

Thanks,
Shirin

Shirin Akhtar
Social Worker | Children in Need Team (Stepney) | London Borough of Tower Hamlets
0207 364 0718
""") + quote_chain([
        ("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "17 February 2081 11:02",
         "Akhtar, Shirin <Shirin.Akhtar@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-5106] Step-down request received - Mosaic 2904418", ack, None)])
    plan = docx_att("TAF plan - Baptiste - Feb 2081.docx", [
        "# TAF plan - Baptiste", "1. Home safety equipment fitted and checked - done 19/02/2081.",
        "2. Nursery place for Kenzo - Lead Practitioner - from April.", "3. Parenting group - mum - spring term."])
    top = outlook_top(f, addr("Akhtar, Shirin", "Shirin.Akhtar@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-5106] Step-down request received - Mosaic 2904418", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["2904418"],
        [ch("Kenzo Baptiste", "2078-01-19", "19/01/2078"), ch("Amelie Baptiste", "2080-06-06", "06/06/2080")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A HOME-SAFETY VISIT WITH EQUIPMENT FITTED: a reply to [SB-tower_hamlets-5106] adding the TAF "
        "plan (.docx) and reporting smoke and CO alarms, window restrictors, a stair gate, a medicine box and "
        "cupboard catches fitted and checked; November's open-window incident is the history that is now closed "
        "('No concerns'). Not urgent. DESIGN: follow_up -> attach_to_request, missing []. Children and DOBs from the "
        "quoted acknowledgement; 'Case: 2904418' -> the case id. Nothing of current concern.",
        not_children=["Shirin Akhtar"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2081-03-03 11:30:00"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Nowak children, who I have been working with since September as their Early Help practitioner.

Oliwia Nowak - 25/10/2072
Filip Nowak - 14/02/2077
Mosaic 2920137

The home has got steadily worse since Christmas: bin bags in the hallway and on the stairs, dog mess in the back bedroom, no working fridge, and the children sleeping on one mattress on the living room floor because their room is damp and full of stored things. Filip had head lice and impetigo twice this term. Dad has missed the last three TAF meetings and cancelled my visits twice by text. School are feeding Oliwia at breakfast club. I do not think there is anything happening today that needs a visit today, but our plan is not working.

Dad has consented to the MARF and knows I am sending it.

I am meeting my team manager on Thursday to get her sign-off on the step up - I'm sending the MARF now so you have it, and I'll forward her agreement after we've met.

Kind regards,
Jamal Hussain
Early Help Practitioner | Tower Hamlets Early Help (Bethnal Green)
0207 364 0263

""") + TDISC
    marf = pdf_att("MARF - Nowak - 03.03.2081.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Oliwia Nowak (25/10/2072), Filip Nowak (14/02/2077). Father and sole carer: Mr Piotr Nowak.",
        "Referrer: Jamal Hussain, Early Help practitioner. Mosaic 2920137.",
        "Reason for request: deteriorating home conditions and hygiene, poor diet, missed health care, the father not "
        "engaging with the Early Help plan (three TAFs missed, visits cancelled).",
        "Is there an immediate risk of harm? No - but needs are increasing and the Early Help plan is not working.",
        "Parental consent to this request: given by Mr Nowak on 28/02/2081.",
        "Manager's agreement: to follow."])
    top = outlook_top(f, addr("Hussain, Jamal", "Jamal.Hussain@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up request - Nowak - Mosaic 2920137", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2920137"],
        [ch("Oliwia Nowak", "2072-10-25", "25/10/2072"), ch("Filip Nowak", "2077-02-14", "14/02/2077")],
        ["neglect", "non_engagement"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with the MARF attached (.pdf) -> request_for_support met; MANAGER AGREEMENT "
        "PENDING ('meeting my team manager on Thursday to get her sign-off'; the MARF says 'to follow') -> null -> "
        "manager_agreed missing -> request_info. 'Dad has consented to the MARF' -> consent true. 'Is there an "
        "immediate risk of harm? No' -> not urgent. Home conditions, hygiene, no beds -> neglect; missed TAFs and "
        "cancelled visits -> non_engagement.",
        not_children=["Jamal Hussain", "Piotr Nowak"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2081-01-21 12:58:14"
    body = T("""
Hello Early Help Hub,

I am the manager at Little Acorns Day Nursery on Jubilee Street, Stepney. Zayn Ahmed (DOB 17/09/2078) attends with us and I know the family have an Early Help worker with you (Kamal).

At 11:40 this morning Zayn told his key person that he "ate the shiny money" and pointed to the remote-control car his mum brought in for him today. The battery cover on the remote was open and the little round flat battery, about the size of a 5p, is gone. We have searched the whole room and the garden and it is not there.

We rang mum at 11:50. She came at 12:15, said Zayn "makes things up", that he was eating his lunch fine, and took him home. She would not let us phone 111 for her and said she is not sitting in A&E for six hours for nothing.

The NHS advice is that a swallowed button battery can burn through a child's food pipe within two hours even when the child seems well, and that the child must have an X-ray straight away. It is now over an hour. Mum's phone goes to voicemail. Their address is Flat 12, Carlton House, Jubilee Street, London E1 9ZQ.

I have rung 111, who told me to ring 999, and I am doing that now as well. Please can someone who knows the family get to them.

Rukhsana Miah
Nursery Manager, Little Acorns Day Nursery
0207 946 0395
""")
    top = plain_top(f, addr("Little Acorns Day Nursery", "manager@littleacorns-stepney.example.co.uk"),
                    addr("Early Help Hub", TEH), "Zayn Ahmed (2) - may have swallowed a button battery - mum has taken him home",
                    when, "littleacorns-stepney.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Zayn Ahmed", "2078-09-17", "17/09/2078")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A BUTTON BATTERY, FROM NURSERY STAFF: a 2-year-old says he 'ate the shiny money', a button battery is "
        "missing from the toy's remote, and his mother took him home refusing 111 or A&E; 'within two hours' and "
        "over an hour has passed; her phone is off. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (office hours: the MAST duty team; seed 001's MAST numbers and 999). A nursery's report to the "
        "Early Help Hub, no step -> other. Medical care refused for a swallowed battery -> neglect.",
        not_children=["Rukhsana Miah"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2081-03-10 06:15:00"
    text = T("""
EMERGENCY DEPARTMENT ATTENDANCE NOTIFICATION - CHILD UNDER 5

This message was generated automatically by the Royal London Hospital emergency department system. Do not reply to this mailbox.

Notification ref: EDN-30417
Sent to: Tower Hamlets Early Help Hub (the family has an open Early Help episode)
Patient: initials R.H., age 3, postcode area E14 (full details in the secure partner portal)
Attended: Paediatric ED, Saturday 08/03/2081, 19:42
Presenting complaint: bit into a liquid laundry capsule
Treatment: mouth rinsed, observed for four hours, no burns to the mouth or throat, no breathing problems
Outcome: discharged home with both parents at 23:50

Safeguarding checklist (completed by the treating clinician):
- History consistent with presentation: YES
- Prompt presentation: YES (within 20 minutes)
- Appropriate supervision at the time: YES (parent in the room)
- Previous ED attendances in 12 months: NONE
- Safeguarding concerns identified: NONE
- Home safety advice given: leaflet on storing laundry and dishwasher capsules out of reach

No action is required by the receiving service. This notification is for information only.
""")
    top = plain_top(f, addr("ED Notifications - Royal London", "ed.notifications@bartshealth.example.nhs.uk"),
                    addr("Early Help Hub", TEH), "ED attendance notification - child under 5 - ref EDN-30417", when,
                    "bartshealth.example.nhs.uk", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, text), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN AUTOMATIC ED ATTENDANCE NOTIFICATION (Auto-Submitted: auto-generated, 'Do not reply'): a "
        "3-year-old bit a laundry capsule, was observed and discharged; the clinician's checklist says history "
        "consistent, prompt presentation, appropriate supervision, 'Safeguarding concerns identified: NONE'. Read "
        "under safety rule 1 but reporting an accident explained and well supervised -> not urgent. DESIGN: "
        "auto-submitted -> auto_reply -> ignore (rule 2). Patient by initials only -> no child labelled.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2081-03-13 17:35:20"
    body = T("""
To: MAST duty social worker
From: Dr Eleanor Marsh-Kaur, Consultant Paediatrician (Named Doctor), Royal London Hospital

Re: Ayaan Mirza, DOB 05/01/2081 (9 weeks), NHS no. 999 304 7716
Address: 51 Cressy Gardens, Stepney, London E1 9ZT

Ayaan was brought to the emergency department at 13:10 today by his father, Mr Imran Mirza, with vomiting and drowsiness since yesterday evening.

Findings:
- CT head: bilateral acute subdural haemorrhages of differing density, no skull fracture.
- Ophthalmology (16:00): extensive multi-layered retinal haemorrhages in both eyes, extending to the periphery.
- A 1 cm bruise on the left upper arm; no other injuries. Skeletal survey booked for tomorrow.

Account: the father says he slipped on the stairs yesterday evening while carrying Ayaan and that Ayaan "bumped his head on the banister". He has given no other history. A short fall of this kind does not explain this pattern of findings. My opinion, shared with the consultant on call, is that these are highly likely to be inflicted injuries (abusive head trauma).

Ayaan is in the paediatric intensive care unit and will not be discharged.

His sister, Inaya Mirza, DOB 22/06/2079 (20 months), is at home. At 16:50 the father left the ward, saying he was going home to her. She is there with him and his mother. Ayaan's mother, Mrs Sana Mirza, is on the ward with us; she is very distressed and told our nurse that her husband "gets angry when the baby won't settle".

The Metropolitan Police Child Abuse Investigation Team were informed at 16:30. We ask for a strategy discussion today and for Inaya's safety to be addressed this evening.

Direct line: 0207 946 0512 (until 19:00); after that the on-call paediatric consultant via switchboard.
""")
    top = outlook_top(f, addr("MARSH-KAUR, Eleanor (BARTS HEALTH)", "eleanor.marsh-kaur@bartshealth.example.nhs.uk"),
                      addr("MAST", TMAST), "Infant in PICU with head injuries not explained by the history - sibling at home",
                      when, mid_domain="LO6P265MB3310.GBRP265.PROD.OUTLOOK.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ayaan Mirza", "2081-01-05", "05/01/2081"), ch("Inaya Mirza", "2079-06-22", "22/06/2079")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A BABY WITH A STORY THAT DOES NOT FIT, FROM THE NAMED DOCTOR, IN CLINICAL WORDS: a 9-week-old with "
        "subdural and retinal haemorrhages 'highly likely to be inflicted injuries (abusive head trauma)'; the "
        "father's account of a slip on the stairs does not explain them; the baby is safe in PICU but his 20-month-old "
        "sister is at home with the father, who left the ward to go to her. No alarm word anywhere. DESIGN safety "
        "rule 1 -> urgent -> alert_duty (17:35: after office hours). A hospital's report, no step -> other. "
        "Suspected inflicted injury -> physical_harm. The NHS number is not a case id.",
        not_children=["Imran Mirza", "Sana Mirza", "Eleanor Marsh-Kaur"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2081-03-26 15:20:00"
    body = T("""
Hi Early Help Hub,

Step down - Rosie Delaney, DOB 10/10/2066, Mosaic 2931176.

Rosie's Child and Family Assessment concluded on 20/03/2081 with an outcome of step down to a TAF; the assessment is attached. I'm holding the TAF on Wednesday 2nd April at 10am at Morpeth School and will send the TAF plan after it - we're writing it with Rosie at the meeting.

Consent: mum has consented to the step-down (and Rosie is happy with it).

Lead Practitioner: tbc - I've asked the school nurse and the young carers' service and I'm waiting to hear back from both.

Rosie is 14 and does most of the care for her mum, who has MS. The assessment found no need for statutory involvement; what Rosie needs is a young carers' plan, respite, and help to keep up at school.

Thanks,
Daniel

Daniel Adeleke
Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets
0207 364 0457

""") + TDISC
    cfa = pdf_att("C&F Assessment - R Delaney - 20.03.2081.pdf", "Child and Family Assessment - Rosie Delaney", [
        "Child: Rosie Delaney, DOB 10/10/2066. Mother: Ms Claire Delaney (multiple sclerosis).",
        "Assessment concluded 20/03/2081. Outcome: step down to a TAF with a Lead Practitioner.",
        "Rosie provides personal care to her mother most mornings and evenings; she is often late for school.",
        "Recommendations: young carers' assessment and plan; adult social care review of mum's care package."])
    top = outlook_top(f, addr("Adeleke, Daniel", "Daniel.Adeleke@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Rosie Delaney - Mosaic 2931176", when)
    add(f, mail(f, top, body, [cfa], html_alt=True), "tower_hamlets", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["2931176"],
        [ch("Rosie Delaney", "2066-10-10", "10/10/2066")],
        ["young_carer"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down: C&F assessment (.pdf) attached, consent given; the TAF plan will be sent after the "
        "TAF -> draft_plan missing; Lead Practitioner 'tbc' -> lead_practitioner missing -> request_info. The TAF on "
        "Wed 2 April is the 7th working day after the assessment concluded on Thu 20 March (Good Friday and Easter "
        "Monday excluded) - within the seed's 10 working days. A 14-year-old caring for her mother -> young_carer.",
        not_children=["Daniel Adeleke", "Claire Delaney"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2081-02-04 14:22:10"
    body = T("""
hello, i write from my phone, sorry for my english

i live at 15 Hoxton Road in Torquay, across the road from number 20. the little girl from number 20, maybe she is 2 years, she is sitting now in the upstairs window. the window is open complete and she sit on the edge with her legs outside, holding the curtain. under is concrete and the bins.

this is third time i see her in this window. first time in january i tell her mother and she laugh at me, she say "she is fine she likes to look".

now i knock the door 10 minutes nobody open. the music is very loud inside. i can see the girl right now from my kitchen, she is standing up on the sill now.

i dont know the family name, the mother name is Jade i think. i find this email on paper from the childrens centre. please somebody come quick. my number 07700 900 375

Andreea Popescu
""")
    top = plain_top(f, addr("Andreea Popescu", "andreea.popescu92@mail.example.com"), addr("Early Help", BEH),
                    "little girl in open window now - 20 Hoxton Road Torquay", when, "mail.example.com", None)
    add(f, phone_mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "AN OPEN UPSTAIRS WINDOW, HAPPENING NOW, IN A NEIGHBOUR'S NON-NATIVE ENGLISH FROM A PHONE (one base64 "
        "text/plain part, LF): a girl of about 2 sitting and then standing on the sill of a wide-open upstairs "
        "window above concrete, the third time; the door not answered, loud music inside. No alarm word anywhere. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (office hours: the MASH duty team). A neighbour's report, no "
        "step -> other. Left unsupervised at an open window -> neglect. The child is not named; 'Jade' is the "
        "mother -> children [].",
        not_children=["Andreea Popescu"])

def torbay_02():
    f = "torbay_02.eml"; when = "2081-01-20 11:05:30"
    body = T("""
Hi Early Help,

Please could I have a triage slot to step the Lobb children down to level 3 Early Help?

Mason Lobb - DOB 12/12/2071 - LCS-3981204
Poppy Lobb - DOB 03/04/2077 - LCS-3981205

Poppy is 3, so I think this will need the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager's analysis (Demelza Hocking, 17/01/2081) confirming the threshold for level 3 is met.

A note on the dog, because it is the reason the family came to us and it will be the first thing anyone sees on LCS: in November Poppy was bitten on the forearm by the family's Akita. The dog was signed over to a rescue on 9 December and has since been rehomed to an adult-only home in Cornwall; the police dog legislation officer closed their enquiry on 16 December; there is no dog in the house and mum and dad have agreed not to have another while the children are small. Poppy's arm has healed with a small scar. None of this is ongoing.

What the family need now is support for mum, who has postnatal-type depression that has lingered since Poppy, and help with Mason's attendance (87%).

Mum and dad have both consented to level 3 Early Help.

Thanks,
Kerenza

Kerenza Pascoe
Social Worker | Single Assessment Team | Torbay Council
01632 960 447

""") + BDISC
    sa = pdf_att("Single Assessment - Lobb - Jan 2081.pdf", "Single Assessment - Mason and Poppy Lobb", [
        "Children: Mason Lobb (12/12/2071), Poppy Lobb (03/04/2077). LCS-3981204 / LCS-3981205.",
        "Reason for assessment: dog bite to Poppy's forearm, 21/11/2080 (family dog, Akita).",
        "Outcome of enquiries: dog signed over 09/12/2080 and rehomed; police enquiry closed 16/12/2080; no dog in the home.",
        "Social worker's analysis and rationale: the risk from the dog has gone. Remaining needs - mum's low mood "
        "and Mason's attendance - can be met by a level 3 Early Help response.",
        "Team Manager's analysis (Demelza Hocking, 17/01/2081): I agree. The threshold for level 3 intervention is met.",
        "Consent: both parents consent to level 3 Early Help (signed 15/01/2081)."])
    top = outlook_top(f, addr("Pascoe, Kerenza", "Kerenza.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down to level 3 - Lobb - LCS-3981204", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-3981204", "LCS-3981205"],
        [ch("Mason Lobb", "2071-12-12", "12/12/2071"), ch("Poppy Lobb", "2077-04-03", "03/04/2077")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A DOG REHOMED: the Akita that bit a 3-year-old in November was signed over and rehomed, the "
        "police enquiry closed, 'there is no dog in the house', 'None of this is ongoing' -> not urgent, no neglect "
        "or physical_harm. Complete Torbay step-down: Single Assessment (.pdf) with the analysis and rationale; the "
        "TM's analysis 'confirming the threshold for level 3 is met' -> manager true; 'have both consented to level 3 "
        "Early Help' -> consent true -> book_meeting. Poppy is 3 -> the fortnightly under-5s triage (Tue 21 Jan and "
        "Tue 4 Feb 2081 are under-5s Tuesdays). Level 3 written. Mum's depression -> parental_mental_health; 87% -> "
        "school_attendance.",
        not_children=["Kerenza Pascoe", "Demelza Hocking"])

def torbay_03():
    f = "torbay_03.eml"; when = "2081-02-19 16:10:00"
    body = T("""
Dear MASH,

Contact to MASH - consideration for level 4 - the Curnow family (EHM-814530)

Jenson Curnow, DOB 08/08/2070
Skye Curnow, DOB 21/05/2075

I am the lead professional (Early Help, Paignton Family Hub) and have worked with the family at level 3 since May. The concern is the home. Mum hoards, and although we had a big clear-out in October the house is now worse than before it: the children's beds are buried so they sleep on the sofa, there are rat droppings in the kitchen, and the upstairs landing is blocked so the only way out at night is down past the boiler cupboard. The fire service did a home visit last week, fitted alarms and cleared a path, and mum is keeping that clear, so I am not worried about tonight, but nothing we do is changing things.

Mum has given her consent for me to contact MASH.

I discussed this with my ATM, Silas Penrose, this afternoon. He does not agree that it meets level 4 yet - he wants us to try six more weeks with the hoarding support service first - but he knows I am sending this so that MASH can give a view, and has asked me to say he disagrees.

Kind regards,
Morwenna Tregear
Family Support Worker / Lead Professional
Paignton Family Hub, Torbay Early Help
01632 960 238

""") + BDISC
    top = outlook_top(f, addr("Tregear, Morwenna", "Morwenna.Tregear@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Curnow - EHM-814530 - hoarding", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-814530"],
        [ch("Jenson Curnow", "2070-08-08", "08/08/2070"), ch("Skye Curnow", "2075-05-21", "21/05/2075")],
        ["neglect"], True, False, ["manager_agreed"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH) from a hoarded home: consent given ('Mum has given "
        "her consent for me to contact MASH') -> true; MANAGER AGREEMENT REFUSED: the ATM 'does not agree that it "
        "meets level 4 yet ... he disagrees' -> false -> manager_agreed missing (REQUIREMENTS, torbay step_up: "
        "worker and team manager agree) -> request_info. Alarms fitted and a path cleared, 'not worried about "
        "tonight' -> not urgent. Hoarding, beds buried, rats -> neglect.",
        not_children=["Morwenna Tregear", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2081-01-09 10:20:00"
    body = T("""
Good morning,

Please find attached our referral following a kitchen fire attended by Paignton crews last night (incident 0472). The crew manager, Luke Stentiford, is on duty today and can be reached on 01632 960 527.

Kind regards,

Tasha Yeo
Prevention and Safeguarding Officer
Devon & Somerset Fire & Rescue Service
01632 960 511
""")
    ref = pdf_att("DSFRS referral - incident 0472 - 08.01.2081.pdf", "DSFRS safeguarding referral - incident 0472", [
        "Address: 14 Orchard Way, Paignton. Incident: kitchen fire (chip pan left on a lit hob), 08/01/2081, call at 21:38.",
        "Children: Tyler Hoskin, DOB 30/06/2073 (7); Lily Hoskin, DOB 11/11/2076 (4).",
        "On arrival the crew found both children in the front garden in their nightclothes with a neighbour, who "
        "had heard the smoke and got them out through the front door. No adult was in the house.",
        "The smoke alarm was found in a kitchen drawer with no battery. Both children checked by paramedics: mild "
        "smoke inhalation, no burns. They stayed with the neighbour overnight.",
        "Mother, Ms Gemma Hoskin, arrived home at 23:05 from the pub, intoxicated.",
        "Crew revisit today 08:45: kitchen unusable, electricity isolated; the family are using candles and a "
        "camping stove. Ms Hoskin told the crew manager she is 'going out again tonight, it's my mate's birthday' "
        "and that 'the kids know how to get out now'. The neighbour says the children are often left on their own "
        "in the evenings and that she will not be in tonight.",
        "Our assessment: the children are at high risk of serious harm if left alone again tonight in a house with "
        "candles, a camping stove and no working smoke alarm. New alarms were refused this morning.",
        "Referrer: Tasha Yeo, Prevention and Safeguarding Officer. Crew manager: Luke Stentiford."])
    top = outlook_top(f, addr("Yeo, Tasha (DSFRS)", "tasha.yeo@dsfire.example.gov.uk"), addr("MASH", BMASH),
                      "DSFRS referral - incident 0472 - Paignton", when,
                      mid_domain="CWLP265MB2207.GBRP265.PROD.OUTLOOK.example")
    add(f, mail(f, top, body, [ref], html_alt=True), "torbay", "mash_step_up", when, 6,
        "urgent", "other", True, None, [],
        [ch("Tyler Hoskin", "2073-06-30", "30/06/2073"), ch("Lily Hoskin", "2076-11-11", "11/11/2076")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A CHIP-PAN FIRE, THE RISK ONLY IN THE ATTACHED REFERRAL: the body says only 'please find attached our "
        "referral'; the fire service's PDF says a 7- and a 4-year-old were alone when a chip pan caught fire, the "
        "smoke alarm had no battery, mum came home drunk at 23:05 and says she is 'going out again tonight' with the "
        "house on candles and a camping stove and new alarms refused. DESIGN safety rule 1 (attachments read) -> "
        "urgent -> alert_duty. A fire service's referral, no step -> other. Children and DOBs only in the PDF. Left "
        "alone at night -> neglect; mum's drinking -> substance_misuse.",
        not_children=["Gemma Hoskin", "Tasha Yeo", "Luke Stentiford"], names_only_in_attachments=True)

def torbay_05():
    f = "torbay_05.eml"; when = "2081-03-06 13:45:00"
    body = T("""
Hi,

Could I have a triage slot please - step down to level 3 for Ava Rowe (DOB 14.02.2079), LCS-3990718.

Ava is 2, so it will be the under-5s triage I think.

The Single Assessment was completed on 04/03/2081 and is on LCS - I haven't attached it because it's a huge file with all the health visitor's reports in it. My team manager, Lowenna Hicks, has recorded her analysis on LCS agreeing the threshold for level 3 is met.

Mum consented to level 3 Early Help when I saw her yesterday.

Background: mum's postnatal depression (now under the perinatal team and improving); Ava's speech is a bit behind and the HV wants a nursery place for her. The home is fine - the HV did the home safety check in February and the family got a stair gate and a fireguard through the scheme.

Thanks
Jago

Jago Penhaligon
Social Worker | Single Assessment Team | Torbay Council
01632 960 465

""") + BDISC
    top = plain_top(f, addr("Penhaligon, Jago", "Jago.Penhaligon@" + BDOM), addr("Early Help", BEH),
                    "Step down request - Rowe - LCS-3990718", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3990718"],
        [ch("Ava Rowe", "2079-02-14", "14.02.2079")],
        ["parental_mental_health"], True, True, ["assessment"], None, "request_info",
        "Torbay step-down for a 2-year-old (the fortnightly under-5s triage): manager's analysis 'agreeing the "
        "threshold for level 3 is met' -> true; 'Mum consented to level 3 Early Help' -> true; THE SINGLE ASSESSMENT "
        "IS NOT ATTACHED ('is on LCS - I haven't attached it') -> assessment missing (REQUIREMENTS 'How a requirement "
        "is met': an attachment or the document pasted) -> request_info. 'level 3' written. Mum's postnatal "
        "depression -> parental_mental_health. The home safety check is a strength.",
        not_children=["Jago Penhaligon", "Lowenna Hicks"])

def torbay_06():
    f = "torbay_06.eml"; when = "2081-03-11 09:00:00"
    body = T("""
Dear colleagues,

Thank you for booking onto "Accident or not? Injuries, home safety and the story that doesn't fit" on Tuesday 18 March, 9.30-12.30, Paignton Library and Information Centre.

Please read the three short scenarios below before the session. We will work through them in small groups: what questions you would ask, who you would tell, and whether anything needs to happen today.

The scenarios are fictional and for training only. They do not describe any real child or family, and you should not act on them.

Scenario 1 - "Baby J"
A health visitor arrives for a new-birth visit at 2pm. Baby J, 6 weeks, is asleep face down on a pillow on the sofa next to his father, who is hard to wake; there are empty cans on the floor. Mum works nights.

Scenario 2 - "Child K"
Child K, 20 months, is brought to a minor injuries unit with scalds to both feet that stop in a straight line at the ankles. Her father says she climbed into the bath by herself.

Scenario 3 - "Child L"
A neighbour emails the Early Help inbox: a toddler is sitting on the sill of an open upstairs window across the road, and nobody answers the door.

For each, think about: immediate risk, the difference between an accident and neglect or abuse, and what a "story that doesn't fit" looks like.

Trainer: Sarah Luscombe, Named Nurse for Safeguarding Children (Torbay and South Devon)
Torbay Safeguarding Children Partnership - Learning and Development
""")
    top = plain_top(f, addr("TSCP Learning and Development", "tscp.training@" + BDOM), addr("Early Help", BEH),
                    "Pre-reading: Accident or not? (Tues 18 March)", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING: a workshop's pre-reading whose three scenarios (unsafe sleep next to a father who is "
        "hard to wake, 'sock' scalds with a bath story, a toddler on an open window sill) echo this set's urgent "
        "mails but are 'fictional and for training only ... you should not act on them'. DESIGN safety rule 1: "
        "bulletins that list examples must not trigger it. 'Baby J', 'Child K' and 'Child L' are not named children "
        "-> children []. No request -> other -> human_review.")

def torbay_07():
    f = "torbay_07.eml"; when = "2081-01-22 09:05:00"
    data = itip_reply(f, when, "Kerenza Pascoe", "Kerenza.Pascoe@" + BDOM,
                      ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - step down - LCS-3981204 [SB-torbay-4471]", "20810204T113000",
                      "20810204T120000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3981204"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the social worker for torbay_02's slot at the "
        "under-5s triage on Tue 4 February 11:30 (a fortnightly under-5s Tuesday counted from the pack's anchor); "
        "SUMMARY carries LCS-3981204 and [SB-torbay-4471]. DESIGN: meeting_reply -> record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2081-02-28 15:30:00"
    body = T("""
Hello,

As agreed at the TAF in January, we are letting Early Help know about every accident or injury at nursery, so this is just for Alfie's file.

Alfie Tozer (DOB 04/09/2078) tripped over a ride-on toy in the nursery garden at 10.20 this morning and bumped his forehead on the edge of the path. Two members of staff saw it happen. He had a small graze and a bump above his left eyebrow. First aid was given (cold compress) and we watched him for the rest of the day for any signs of a head injury - there were none, and he carried on playing and ate all his lunch.

We phoned mum at 10.30 and she signed the accident form when she collected him at 3. The form is attached.

Nothing else to report - Alfie is happy and settled and mum is doing really well with the morning routine.

Kind regards,
Bryony Lugg
Manager, Little Harbour Nursery, Brixham
01632 960 774
""")
    form = pdf_att("Accident form - A Tozer - 28.02.2081.pdf", "Little Harbour Nursery - accident record", [
        "Child: Alfie Tozer, DOB 04/09/2078. Date and time: 28/02/2081, 10:20. Location: nursery garden.",
        "What happened: tripped over a ride-on toy, bumped forehead on the path edge. Witnessed by two staff.",
        "Injury: small graze and bump above the left eyebrow. First aid: cold compress; observed all day.",
        "Parent informed: by phone at 10:30. Parent's signature at collection: J. Tozer."])
    top = plain_top(f, addr("Little Harbour Nursery", "office@littleharbour-brixham.example.co.uk"), addr("Early Help", BEH),
                    "Accident form - Alfie Tozer - for the TAF file", when, "littleharbour-brixham.example.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [form]), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Alfie Tozer", "2078-09-04", "04/09/2078")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN ACCIDENT EXPLAINED AND WELL SUPERVISED, FROM NURSERY STAFF: a 2-year-old's bump and graze at "
        "nursery, witnessed by two staff, first aid, observed for head injury signs (none), parent told at once; "
        "sent because the TAF asked for every injury to be reported; 'Nothing else to report'. Not urgent, no "
        "concern. A nursery's report, no step -> other -> human_review.",
        not_children=["Bryony Lugg"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(fname, parent, children, signed, witness):
    return pdf_att(fname, "Consent to Early Help support and information sharing", [
        "I, %s, parent of %s, consent to my family receiving Early Help support and to the professionals named in "
        "the plan sharing information about us for that purpose." % (parent, children),
        "Signed: %s     Date: %s" % (parent, signed),
        "Witnessed by: %s, Social Worker, Herefordshire Council" % witness])

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2081-01-15 14:05:00"
    body = T("""
Hi Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (Level 3 - Intensive) for the Morris children, with mum's signed consent form. I discussed the plan with Verity on Monday.

Lola Morris - DOB 09/09/2074 - Mosaic 3104582
Finley Morris - DOB 20/11/2079 - Mosaic 3104583

Key person: Mrs Carys Watkins, Family Support Worker, Leominster Children's Centre - agreed with mum and with Carys on 13/01/2081.

The plan is about mum's depression (she has just started with the perinatal team), Lola's confidence at school and getting Finley settled at nursery.

Thanks,
Bethan

Bethan Price
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
01632 960 614

P.S. Just as I was about to send this, Finley's nursery rang me. He came in at 1 o'clock with a burn on his lower back - red and blistered, a triangle with a point at the top, about the size of my palm. The nursery manager says it is the exact shape of the flat of an iron. Mum told them he "backed into the radiator". They've photographed it and put a dressing on. Mum has rung twice asking to collect him early and is coming at quarter past three. I'm driving there now - please can someone from the duty team ring me on 07700 900 812.

""") + HDISC
    plan = docx_att("EHA step-down plan - Morris - Jan 2081.docx", [
        "# Early Help Assessment - step-down plan (Level 3 - Intensive)",
        "Children: Lola Morris (09/09/2074), Finley Morris (20/11/2079). Mosaic 3104582 / 3104583.",
        "Assessment decision: step-down agreed at the outcome of the Child & Family Assessment on 08/01/2081.",
        "Key person: Mrs Carys Watkins, Family Support Worker, Leominster Children's Centre.",
        "What we are worried about: mum's depression; Lola anxious about leaving mum; Finley's sleep.",
        "What is working well: mum asks for help; grandparents help at weekends; Lola attends well (95%).",
        "Wellbeing plan: 1. perinatal team - mum - weekly; 2. nursery place for Finley - key person - January; "
        "3. confidence group for Lola - school - spring term; 4. review at four consecutive MAGs."])
    consent = consent_pdf("Consent - Morris - signed.pdf", "Kerry Morris", "Lola Morris and Finley Morris",
                          "12/01/2081", "Bethan Price")
    top = outlook_top(f, addr("Price, Bethan", "Bethan.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Morris - Mosaic 3104582", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["3104582", "3104583"],
        [ch("Lola Morris", "2074-09-09", "09/09/2074"), ch("Finley Morris", "2079-11-20", "20/11/2079")],
        ["parental_mental_health", "physical_harm"], True, None, [], None, "alert_duty",
        "A BURN SHAPED LIKE AN IRON, IN A P.S. UNDER AN ORDINARY STEP-DOWN: a 14-month-old at nursery with a "
        "blistered triangular burn 'the exact shape of the flat of an iron', mum's story that he 'backed into the "
        "radiator', and mum collecting him at 3.15. No alarm word anywhere. DESIGN safety rule 1 (every part read, "
        "a P.S. included) -> urgent -> alert_duty. Otherwise a complete Herefordshire step-down: plan (.docx), signed "
        "consent form (.pdf), key person with agency -> missing []; 'Level 3 - Intensive' -> 3. Suspected inflicted "
        "burn -> physical_harm; mum's depression -> parental_mental_health.",
        not_children=["Carys Watkins", "Bethan Price", "Kerry Morris"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2081-01-27 16:20:00"
    body = T("""
Dear MASH,

I am an Environmental Health Officer in the council's Housing Standards team. I need a social worker to contact me today about three children.

This morning Hereford & Worcester Fire and Rescue asked me to inspect 3 Mill Lane, Bromyard, after a crew attending a fallen ceiling found the house hoarded. My findings:
- every room is filled to head height with bags, boxes and furniture; the only way through is a narrow path;
- the bathroom ceiling has come down under the weight of items stored in the loft;
- in the kitchen the sockets have melted and there is exposed live wiring;
- no working heating or hot water; no usable cooking facilities;
- dog and human faeces on the landing.

At 14:30 I served an Emergency Prohibition Order (Housing Act 2004, section 43): nobody may live in the property from today.

The tenant, Ms Leanne Tandy, lives there with her three children: Kai Tandy (11), Evie Tandy (7) and Rory Tandy (18 months). The older two were at school. Rory was in a travel cot in the only clear corner of the front room, about a metre from the melted sockets.

Housing Options offered an emergency family room in Hereford tonight. Ms Tandy refused it and told me that she and the children "are staying here tonight, whatever that piece of paper says". West Mercia Police are aware. I have had to leave the property.

Please could a social worker ring me on 01632 960 655 (mobile 07700 900 417) before 6pm.

Owen Jenkins
Environmental Health Officer (Housing Standards)
Herefordshire Council
""")
    top = outlook_top(f, addr("Jenkins, Owen", "Owen.Jenkins@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Emergency Prohibition Order served today - 3 Mill Lane, Bromyard - three children", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Kai Tandy"), ch("Evie Tandy"), ch("Rory Tandy")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A HOARDED HOUSE CONDEMNED TODAY, FROM AN ENVIRONMENTAL HEALTH OFFICER: an Emergency Prohibition Order served "
        "at 14:30 (collapsed ceiling, melted sockets and live wiring, no heat, faeces); the mother refuses emergency "
        "accommodation and says she and the three children, one of them 18 months, 'are staying here tonight'. No "
        "alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A council officer's report to the MASH "
        "inbox, no step -> other. Children named with ages only -> dob null. Home conditions -> neglect.",
        not_children=["Owen Jenkins", "Leanne Tandy"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2081-02-25 16:45:00"
    hv = T("""
From: Bennett, Alison (Health Visitor) <alison.bennett@wvt.example.nhs.uk>
Sent: 25 February 2081 15:58
To: Bevan, Sian <Sian.Bevan@herefordshire.gov.uk>
Subject: Oakley Pritchard - joint visit today

Sian - my note from this afternoon, as promised.

Joint visit 14:30 with Sian Bevan (Early Help). Oakley found asleep prone on a pillow on the sofa, wedged against father's side. Father could not be roused for approximately two minutes. Six empty cans of 7.5% cider on the floor; strong smell of cannabis. On waking, father stated this is where Oakley sleeps every night "because it's the only way he settles"; the Moses basket is full of washing. Mother works nights at a care home, leaves at 7pm, returns 8am; father is sole carer overnight for Oakley and Ryan-Lee. Safer sleep advice given for the third time since birth; father replied "he's fine with me, stop going on". Weight gain satisfactory. Plan: discussed with my named nurse. I have real worries about tonight.

Alison Bennett
Health Visitor, Bromyard and Ledbury team
""")
    body = T("""
Dear MASH team,

I would like to step the Pritchard family up to social care. My manager, Gareth Lloyd, agrees and is copied in.

Oakley Pritchard, DOB 08/01/2081 (7 weeks)
Ryan-Lee Pritchard (3)
Mosaic ID 3119920

I did a joint visit with the health visitor this afternoon - her note is below. Mum leaves for her night shift at 7pm, which is in just over two hours, and dad will be on his own with both boys until 8 tomorrow morning. I tried to ring mum at work and couldn't get hold of her.

Case summary to follow tomorrow.

Sian Bevan
Family Support Practitioner | Early Help (Hereford) | Herefordshire Council
01632 960 663

""") + "\n" + hv + "\n" + HDISC
    top = outlook_top(f, addr("Bevan, Sian", "Sian.Bevan@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Step up request - baby Oakley Pritchard (7 weeks) - HV joint visit today", when,
                      cc=addr("Lloyd, Gareth", "Gareth.Lloyd@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3119920"],
        [ch("Oakley Pritchard", "2081-01-08", "08/01/2081"), ch("Ryan-Lee Pritchard")],
        ["neglect", "substance_misuse"], None, True, [], None, "alert_duty",
        "UNSAFE SLEEP, THE DETAIL IN THE HEALTH VISITOR'S QUOTED NOTE: a 7-week-old asleep face down on a pillow "
        "wedged against a father who could not be woken after strong cider and cannabis, 'where Oakley sleeps every "
        "night', safer sleep advice refused, and the father alone with both boys overnight from 7pm - in just over "
        "two hours. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A step-up to "
        "Herefordshire, whose seed defines none (REQUIREMENTS: 'step_up is not defined by this seed'): without the "
        "risk it would be human_review; missing [] for an undefined kind. 'My manager ... agrees' -> true. 'Mosaic "
        "ID 3119920' -> bare number. Ryan-Lee has an age, no DOB -> null. Unsafe sleep -> neglect; the father's "
        "drinking and cannabis -> substance_misuse.",
        not_children=["Sian Bevan", "Gareth Lloyd", "Alison Bennett"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2081-03-17 10:30:00"
    body = T("""
Hi both,

Step-down to Early Help for the Bowen children, Level 3 (Intensive). The Early Help Assessment step-down plan is attached; I talked it through with Xavier last week.

Jacob Bowen - DOB 02/04/2070 - Mosaic 3127741
Millie Bowen - DOB 30/12/2073 - Mosaic 3127742

Key person: Mrs Lisa Haines, Family Support Worker, Ross-on-Wye Family Hub - she and mum have agreed this.

One thing you will see on Mosaic: the carbon monoxide incident in January. The CO alarm the fire service fitted at their home safety visit in December went off at 3am on 11 January; the family got straight out, the fire service and the gas emergency service came, and the landlord's boiler had a blocked flue. The boiler was replaced on 14 January with a new gas safety certificate and the family were home the same week. Nobody was hurt - both children were checked at the County Hospital that night and discharged. Nothing about it is ongoing; if anything it shows the alarm did its job and mum did the right thing.

The plan itself is about Jacob's attendance (85%) and his anger at school since his dad moved out.

Mum agreed to Early Help verbally when I saw her on Friday and is signing the consent form when I visit on Thursday - I'll send it straight over.

Owain

Owain Probert
Social Worker | Children in Need Team (Ross-on-Wye) | Herefordshire Council
01632 960 678

""") + HDISC
    plan = docx_att("EHA step-down plan - Bowen - March 2081.docx", [
        "# Early Help Assessment - step-down plan (Level 3 - Intensive)",
        "Children: Jacob Bowen (02/04/2070), Millie Bowen (30/12/2073). Mosaic 3127741 / 3127742.",
        "Key person: Mrs Lisa Haines, Family Support Worker, Ross-on-Wye Family Hub.",
        "What we are worried about: Jacob's attendance (85%) and angry outbursts at school since dad moved out.",
        "What is working well: mum is warm and consistent; the home is safe (CO and smoke alarms, new boiler).",
        "Wellbeing plan: 1. attendance plan - school - weekly; 2. mentoring for Jacob - key person - from April; "
        "3. review at four consecutive MAGs."])
    top = outlook_top(f, addr("Probert, Owain", "Owain.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down to Early Help - Bowen - Mosaic 3127741", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["3127741", "3127742"],
        [ch("Jacob Bowen", "2070-04-02", "02/04/2070"), ch("Millie Bowen", "2073-12-30", "30/12/2073")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - CARBON MONOXIDE, LONG RESOLVED: January's CO alarm at 3am, the family out at once, a blocked flue, "
        "the boiler replaced with a gas safety certificate, the children checked and discharged, 'Nothing about it is "
        "ongoing' -> not urgent, no neglect. Herefordshire step-down: plan (.docx) and key person with agency met; "
        "consent VERBAL ONLY ('agreed to Early Help verbally ... is signing the consent form ... on Thursday') -> "
        "consent true but the written consent_form missing (seed 003: 'obtain written consent') -> request_info. "
        "'Level 3 (Intensive)' -> 3. Jacob's 85% -> school_attendance.",
        not_children=["Lisa Haines", "Owain Probert"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2081-03-21 12:10:00"
    ack = ack_text("step-down", "SB-herefordshire-6633", [
        "Case: 3127741, 3127742", "Children: Jacob Bowen (02/04/2070), Millie Bowen (30/12/2073)"],
        ["the family's written consent"])
    body = T("""
Hi,

Signed consent form for the Bowen children attached - mum signed it at my visit yesterday.

Thanks
Owain

Owain Probert
Social Worker | Children in Need Team (Ross-on-Wye) | Herefordshire Council
""") + "\n" + "On 17 Mar 2081, at 10:36, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n\n" + quoted(ack)
    consent = consent_pdf("Bowen consent form signed 20.03.2081.pdf", "Natalie Bowen", "Jacob Bowen and Millie Bowen",
                          "20/03/2081", "Owain Probert")
    top = plain_top(f, addr("Probert, Owain", "Owain.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-6633] Step-down request received", when, HDOM, "Apple Mail (2.3826)")
    add(f, mail(f, top, body, [consent], crlf=False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3127741", "3127742"],
        [ch("Jacob Bowen", "2070-04-02", "02/04/2070"), ch("Millie Bowen", "2073-12-30", "30/12/2073")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-6633] (herefordshire_04's request) adding the signed consent form "
        "(.pdf); the acknowledgement quoted with '>'. 'mum signed it at my visit yesterday' -> consent true. DESIGN: "
        "follow_up -> attach_to_request, missing []. Children, DOBs and case ids from the quoted acknowledgement.",
        not_children=["Owain Probert", "Natalie Bowen"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2081-01-09 20:40:00"
    body = T("""
Hi

Sorry I don't really know who to email, I found this address on the council website.

My son Jack fell off the changing table on Boxing Day when I turned round to get a nappy out of the bag. He was 5 months. I took him straight to A&E at the County. They checked him all over and kept us in for 4 hours to watch him. He had no injuries at all, the doctor said it happens a lot and I did the right thing bringing him in. He's completely fine, back to his normal smiley self, and the health visitor came on the 2nd and was happy with him. I change him on the floor now.

But the nurse asked me loads of questions and said they would let the health visitor know, and now I've been reading online that social services get told when babies go to A&E. I haven't slept properly all week. Are you going to take him off me? Is there someone I can talk to?

It's just me and him and it's hard sometimes but we're ok.

Kirsty
""")
    top = plain_top(f, addr("Kirsty Lewis", "kirstylewis_88@mail.example.com"), addr("Early Help Co-ordinators", HEH),
                    "worried after hospital visit", when, "mail.example.com", None)
    add(f, phone_mail(f, top, body), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S OWN WORRY ABOUT A PAST ACCIDENT, RESOLVED: a 5-month-old's fall from a changing table "
        "on Boxing Day, taken straight to A&E, no injuries, 'I did the right thing', the health visitor 'happy with "
        "him'; the mother fears her baby will be taken away. Past, explained and resolved -> not urgent, no concern. "
        "A parent's question, no step -> other -> human_review. 'Jack' is a first name only -> no child labelled.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2081-02-05 11:00:00"
    body = T("""
Good morning,

Please find attached the Early Help Assessment step-down plan for the Davies children (sibling group, Level 3 - Intensive) and mum's signed consent form. I discussed the plan with Xavier at the drop-in last week.

Cerys Davies - 03/03/2068 - Mosaic 3108870
Ianto Davies - 15/07/2071 - Mosaic 3108871
Mali Davies - 10/10/2077 - Mosaic 3108872

Key person: Ms Delyth Morgan, Family Support Worker, Bromyard Family Hub - agreed with mum on 03/02/2081.

The plan covers mum's anxiety since dad left in the summer, Ianto's ADHD (diagnosed in October; he has an EHCP) and Cerys wanting to keep going to the young carers' group, which she loves.

Kind regards,
Rhian Griffiths
Social Worker | Children in Need Team (Bromyard) | Herefordshire Council
01632 960 629

""") + HDISC
    plan = pdf_att("EHA step-down plan - Davies sibling group.pdf", "Early Help Assessment - step-down plan (Level 3 - Intensive)", [
        "Sibling group: Cerys Davies (03/03/2068), Ianto Davies (15/07/2071), Mali Davies (10/10/2077). "
        "Mosaic 3108870 / 3108871 / 3108872.",
        "Key person: Ms Delyth Morgan, Family Support Worker, Bromyard Family Hub.",
        "What we are worried about: mum's anxiety; Ianto's behaviour at home; Cerys helping with Mali at bedtime.",
        "What is working well: mum engages; grandparents nearby; Ianto's EHCP support at school is working.",
        "Wellbeing plan: 1. anxiety group - mum - from February; 2. ADHD parenting course - mum - spring; "
        "3. young carers' group - Cerys - ongoing; 4. review at four consecutive MAGs."])
    consent = consent_pdf("Consent to Early Help - Davies - signed.pdf", "Sioned Davies",
                          "Cerys Davies, Ianto Davies and Mali Davies", "03/02/2081", "Rhian Griffiths")
    top = outlook_top(f, addr("Griffiths, Rhian", "Rhian.Griffiths@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - sibling group - Davies - Mosaic 3108870", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["3108870", "3108871", "3108872"],
        [ch("Cerys Davies", "2068-03-03", "03/03/2068"), ch("Ianto Davies", "2071-07-15", "15/07/2071"),
         ch("Mali Davies", "2077-10-10", "10/10/2077")],
        ["disability_send", "parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (seed 003: 'The step can now be started via a sibling "
        "group'): plan (.pdf), signed consent form (.pdf), key person with agency -> book_meeting (the plan was "
        "already discussed at the drop-in). 'Level 3 - Intensive' -> 3. Three Mosaic ids -> bare numbers. Mum's "
        "anxiety -> parental_mental_health; ADHD / EHCP -> disability_send; the young carers' group -> young_carer.",
        not_children=["Delyth Morgan", "Rhian Griffiths", "Sioned Davies"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2081-03-18 09:50:00"
    body = T("""
Hi,

Attached are the step-down plan and the signed consent form for Leo Taylor (DOB 22nd November 2071), Mosaic 3130055.

We haven't agreed a key person yet. Mum would like it to be someone at Leo's school and I'm waiting to hear back from the head - I'll let you know as soon as I do.

The main worry was the state of the house last autumn. It's a lot better since the landlord did the repairs and the family support worker helped mum sort the bedrooms, but hygiene and Leo's clothes are still not always good enough, so the plan keeps that going.

Gethin

Gethin Hughes
Social Worker | Children in Need Team (Hereford City) | Herefordshire Council
01632 960 690

""") + HDISC
    plan = pdf_att("Step-down plan - Leo Taylor.pdf", "Early Help Assessment - step-down plan", [
        "Child: Leo Taylor, DOB 22/11/2071. Mosaic 3130055.",
        "What we are worried about: home hygiene and Leo's clothes; Leo sometimes hungry at school.",
        "What is working well: the bedrooms are sorted; repairs done; mum keen to keep going.",
        "Wellbeing plan: 1. weekly home support - family support worker - to July; 2. uniform and breakfast club - "
        "school - from March.", "Key person: to be confirmed."])
    consent = consent_pdf("Taylor consent form signed.pdf", "Donna Taylor", "Leo Taylor", "14/03/2081", "Gethin Hughes")
    top = outlook_top(f, addr("Hughes, Gethin", "Gethin.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Leo Taylor - Mosaic 3130055", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["3130055"],
        [ch("Leo Taylor", "2071-11-22", "22nd November 2071")],
        ["neglect"], True, None, ["lead_practitioner"], None, "request_info",
        "Herefordshire step-down: plan (.pdf) and signed consent form (.pdf) -> consent true, consent_form and "
        "draft_plan met; NO KEY PERSON YET ('We haven't agreed a key person yet'; the plan says 'to be confirmed') -> "
        "lead_practitioner missing -> request_info. No level written -> null. DOB written '22nd November 2071'. "
        "Home hygiene, clothes, hunger -> neglect.",
        not_children=["Gethin Hughes", "Donna Taylor"])


# ============================================================================= THE RULE BEHIND EACH LABEL
SEED = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
        "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
        "herefordshire": "003_d813ace460bad8eb.txt"}
COUNCIL = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
           "torbay": "Torbay", "herefordshire": "Herefordshire"}
SECTION = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
                             "(form, case ID on EHM, TAF minutes, management oversight, 'at least 5 working days' "
                             "notice', GCP2 for neglect)",
    ("knowsley", "step_down"): "section 2 'Cases Stepping Down from Children's Social Care ... at Levels 2 and 3' (date, "
                               "time and venue; the three Signs of Safety headings; Level 2 the Lead Practitioner; "
                               "Level 3 'a minimum of 5 days' notice' and consent)",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH Step Up inbox "
                                        "'with the latest case summary and the rationale')",
    ("richmond_wandsworth", "step_down"): "'Process to Step Down' ('the latest case summary and the draft plan', a case "
                                          "discussion 'within 5 days of this contact') and 'Step Down to Early Help' "
                                          "(consent)",
    ("tower_hamlets", "step_up"): "'Step Up' / 'Key Aspects of Step Up' and the MAST contact ('contact MAST ... followed "
                                  "up with a completed Multi-Agency Request for Support form'; management oversight)",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (C&F "
                                    "assessment, TAF plan, consent, Lead Practitioner; TAF minutes within 10 working days)",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4' ('a contact should be made to MASH with parental "
                           "consent'; the worker and team manager agree)",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team' steps 1-4 (Single Assessment and the TM's "
                             "analysis, consent before triage, a triage slot within 5 working days; under-5s fortnightly)",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' (written consent, a key person, the step-down "
                                    "plan within two weeks; sibling groups)",
    ("herefordshire", "step_up"): "none: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this "
                                  "seed') -> human_review unless urgent; missing []",
}
KIND_RULE = {"other": "DESIGN 'kind': other (no step request) -> human_review",
             "follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request",
             "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
             "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2"}

def rule_for(lab):
    a, e = lab["authority"], lab["expect"]
    k = e["kind"]
    out = "Rule: %s, seed %s" % (COUNCIL[a], SEED[a])
    if (a, k) in SECTION:
        out += " " + SECTION[(a, k)]
        if (a, k) != ("herefordshire", "step_up"):
            out += "; REQUIREMENTS.md %s %s" % (a, k)
    else:
        out += "; " + KIND_RULE[k]
    if e["urgent"]:
        out += ("; DESIGN safety rule 1 (an immediate child-protection risk, every part of the message read) -> urgent, "
                "and alert_duty comes first in next_action's order whatever the kind")
        if a == "knowsley":
            out += "; seed 004: 'Safeguarding procedures would always override anything within this 7minute briefing'"
        if a == "tower_hamlets":
            out += ("; seed 001: 'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 "
                    "or out of hours in an emergency only 0207 364 4079)'")
    elif CATS[lab["file"]] == "near_miss":
        out += ("; DESIGN safety rule 1: negated, historic, hypothetical and resolved risks, and bulletins that list "
                "examples, must not trigger it")
    return out + "."

def attach_rules():
    for lab in LABELS:
        if " | Rule: " not in lab["why"]:
            lab["why"] = lab["why"] + " | " + rule_for(lab)


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

# England & Wales bank holidays in 2081 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 28 March; Easter Monday 31 March; May Day
# Monday 5 May; Spring Bank Holiday Monday 26 May; Late Summer Bank Holiday Monday 25 August; Christmas Day Thursday
# 25 December; Boxing Day Friday 26 December.
BANK_HOLIDAYS = {date(2081, 1, 1), date(2081, 3, 28), date(2081, 3, 31), date(2081, 5, 5), date(2081, 5, 26),
                 date(2081, 8, 25), date(2081, 12, 25), date(2081, 12, 26)}
IN_WINDOW = {}                                                              # none falls inside the window
EASTER = {date(2081, 3, 28): "Good Friday", date(2081, 3, 31): "Easter Monday"}     # both just after the window
# The brief's window is "early January to the start of the Easter holidays 2081": New Year's Day (Wed 1 January) is a
# bank holiday and the first full week starts on Monday 6 January; the Easter holidays start with Good Friday
# (28 March), so the last working day of the term is Thursday 27 March 2081.
WINDOW = (datetime(2081, 1, 6, tzinfo=LON), datetime(2081, 3, 27, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 30 March 2081 and ends at 01:00 UTC on Sunday 26 October 2081.
BST_START = datetime(2081, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2081, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2081

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, '22nd November 2071'."""
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

def normalised(as_written):
    return as_written

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
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                   "manager_agreed", "missing", "notice_ok", "next_action"]:
        err("expect keys")
    if " | Rule: " not in lab["why"] or SEED[a] not in lab["why"]: err("why must name the rule and the council's seed")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] is not (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS: err("missing ids outside the contract")
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
    if e["kind"] in ("meeting_reply", "auto_reply") and (e["children"] or e["concerns"]):
        err("meeting replies and auto-replies carry no children or concerns in this set")
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
            if e["notice_ok"] is not (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
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
    if META[f]["attachment_only"]:
        bt = body_text(msg)
        for c in e["children"]:
            if c["name"] in bt: err("child %s should be named in full only in an attachment" % c["name"])
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
        if sorted(l["file"] for l in LABELS if l["authority"] == a) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("%s: files must be %s_01 ... %s_08" % (a, a, a))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    mbs = {(l["expect"]["kind"], l["mailbox"]) for l in LABELS}
    if not {("step_up", "mash_step_up"), ("step_down", "early_help_duty")} <= mbs:
        errors.append("set: needs step-ups to the MASH inbox and step-downs to the Early Help inbox")
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

def _calstr(msg):
    return _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _easter_between(f):
    return [h for h in sorted(EASTER) if _today(f) < h <= META[f]["meeting"]]

def _under5_tuesday(d):
    return d.weekday() == 1 and ((d - date(2026, 1, 6)).days // 7) % 2 == 0     # the torbay pack's cadence anchor

def _k01(msg):
    t = readable(msg)
    return ("Wednesday 2nd April at 10am" in t and _exts(msg) == ["docx", "pdf", "docx"] and "GCP2" in t
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 6
            and _easter_between("knowsley_01.eml") == sorted(EASTER) and "neglect" in _exp("knowsley_01.eml")["concerns"])

def _k02(msg):
    t = readable(msg)
    return (_no_alarm(msg) and _date(msg).hour >= 17 and "Kaiden" in t and "Kaiden Fairclough" not in t
            and "999 712 4480" in t and _exp("knowsley_02.eml")["case_ids"] == [])

def _k03(msg):
    t = readable(msg)
    lab = _exp("knowsley_03.eml")
    return ("There are no current concerns about supervision or the home" in t and ALARM.search(t) is not None
            and not ({"neglect", "physical_harm"} & set(lab["concerns"])) and _wd("knowsley_03.eml") == 5
            and _pw("knowsley_03.eml") == 5 and _easter_between("knowsley_03.eml") == [])

def _k04(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Halewood Family Hub - meeting room 2" in tbl and "Ms Gemma Royle" in tbl
            and "St Aidan" in tbl and "\t" in _plain(msg) and _wd("knowsley_04.eml") == 5 and _pw("knowsley_04.eml") == 7
            and _easter_between("knowsley_04.eml") == sorted(EASTER))

def _k05(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "methadone" in b[0] and "Bonnie Ashurst" not in b[0] and "Bonnie Ashurst" in b[1]
            and "methadone" not in b[1] and _no_alarm(msg) and "[SB-knowsley-1214]" in str(msg["Subject"]))

def _k06(msg):
    t = readable(msg)
    return ("It is NOT a safeguarding referral" in t and ALARM.search(t) is not None and msg["Auto-Submitted"] is None
            and "chip pans" in t and _exp("knowsley_06.eml")["children"] == [])

def _k07(msg):
    c = _calstr(msg)
    return "PARTSTAT=ACCEPTED" in c and "ICS-1702288" in c and "DTSTART;TZID=GMT Standard Time:20810402T140000" in c

def _k08(msg):
    return ("I'll ask him about consent at the visit" in readable(msg) and _wd("knowsley_08.eml") == 3
            and _pw("knowsley_08.eml") == 5 and _exp("knowsley_08.eml")["level"] is None
            and _easter_between("knowsley_08.eml") == sorted(EASTER) and _today("knowsley_08.eml") == WINDOW[1].date())

def _r01(msg):
    p = _plain(msg)
    return ("\nRationale for step up\n" in p and "There is no immediate child protection concern today" in p
            and _exts(msg) == ["pdf"] and len(_exp("richmond_wandsworth_01.eml")["children"]) == 2)

def _r02(msg):
    t = readable(msg)
    return ("not consistent with the history given" in t and "CAD 4471/06FEB" in t and ALARM.search(t) is not None
            and _exp("richmond_wandsworth_02.eml")["case_ids"] == [])

def _r03(msg):
    t = readable(msg)
    return ("It was a genuine accident and it isn't a concern" in t and _exts(msg) == ["pdf", "docx"]
            and (date(2081, 3, 5) - _today("richmond_wandsworth_03.eml")).days <= 5
            and "physical_harm" not in _exp("richmond_wandsworth_03.eml")["concerns"])

def _r04(msg):
    return ("think about it over half term" in _plain(msg) and _exts(msg) == ["docx"]
            and (date(2081, 2, 21) - _today("richmond_wandsworth_04.eml")).days <= 5)

def _r05(msg):
    t = readable(msg)
    return "Alfie" in t and "he's been fine since" in t and _exp("richmond_wandsworth_05.eml")["children"] == []

def _r06(msg):
    p = _plain(msg)
    parts = p.split("-----Original Message-----")
    return (len(parts) == 3 and "Immediately Dangerous" in parts[2] and "Immediately Dangerous" not in parts[0]
            and "\nRationale for step up\n" in parts[0] and "Tayo Adeyemi" in parts[0] and _exts(msg) == ["pdf"])

def _r07(msg):
    c = _calstr(msg)
    return "PARTSTAT=DECLINED" in c and "Mosaic 2860417" in c and "COMMENT" in c

def _r08(msg):
    t = readable(msg)
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "describe no current family" in t
            and ALARM.search(t) is not None)

def _t01(msg):
    return _no_alarm(msg) and _date(msg).hour >= 21 and "9th floor" in readable(msg)

def _t02(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("2911802" in tbl and "Samir Uddin-Clarke" in tbl and _exts(msg) == ["pdf", "docx"]
            and working_days(date(2081, 2, 4), date(2081, 2, 18)) == 10)

def _t03(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "window restrictors" in b[0] and "Kenzo Baptiste" in b[1] and "Kenzo Baptiste" not in b[0]
            and _exts(msg) == ["docx"] and "No concerns." in b[0])

def _t04(msg):
    t = readable(msg)
    return "Is there an immediate risk of harm? No" in t and _exts(msg) == ["pdf"]

def _t05(msg):
    d = _date(msg)
    return _no_alarm(msg) and 9 <= d.hour < 17 and "button battery" in readable(msg)

def _t06(msg):
    t = readable(msg)
    return (msg["Auto-Submitted"] == "auto-generated" and "Safeguarding concerns identified: NONE" in t
            and "R.H." in t)

def _t07(msg):
    t = readable(msg)
    return (_no_alarm(msg) and "Inaya Mirza" in t and "999 304 7716" in t and _date(msg).hour >= 17
            and _exp("tower_hamlets_07.eml")["case_ids"] == [])

def _t08(msg):
    return ("Lead Practitioner: tbc" in _plain(msg) and _exts(msg) == ["pdf"]
            and working_days(date(2081, 3, 20), date(2081, 4, 2)) == 7)

def _b01(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in FILES["torbay_01.eml"] and "i dont know the family name" in readable(msg))

def _b02(msg):
    return (age_years(date(2077, 4, 3), _today("torbay_02.eml")) < 5 and _exts(msg) == ["pdf"]
            and "None of this is ongoing" in _plain(msg) and _under5_tuesday(date(2081, 1, 21))
            and _under5_tuesday(date(2081, 2, 4)))

def _b03(msg):
    return "has asked me to say he disagrees" in _plain(msg) and _exp("torbay_03.eml")["manager_agreed"] is False

def _b04(msg):
    bt = body_text(msg)
    t = readable(msg)
    return ("Hoskin" not in bt and "going out again tonight" in t and "going out again tonight" not in bt
            and _exts(msg) == ["pdf"] and ALARM.search(t) is not None)

def _b05(msg):
    return (_att(msg) == [] and "I haven't attached it" in _plain(msg)
            and age_years(date(2079, 2, 14), _today("torbay_05.eml")) < 5)

def _b06(msg):
    t = readable(msg)
    return "fictional and for training only" in t and ALARM.search(t) is not None and "Baby J" in t

def _b07(msg):
    c = _calstr(msg)
    return "PARTSTAT=ACCEPTED" in c and "20810204T113000" in c and _under5_tuesday(date(2081, 2, 4))

def _b08(msg):
    return _exts(msg) == ["pdf"] and "Two members of staff saw it happen" in readable(msg)

def _h01(msg):
    p = _plain(msg)
    return (p.index("P.S.") > p.index("Bethan Price\nSocial Worker") and "flat of an iron" in p.split("P.S.")[1]
            and "iron" not in p.split("P.S.")[0] and _no_alarm(msg) and _exts(msg) == ["docx", "pdf"])

def _h02(msg):
    return (_no_alarm(msg) and all(c["dob"] is None for c in _exp("herefordshire_02.eml")["children"])
            and "Emergency Prohibition Order" in readable(msg))

def _h03(msg):
    p = _plain(msg)
    i = p.index("From: Bennett, Alison")
    return (_no_alarm(msg) and "prone on a pillow" in p[i:] and "prone on a pillow" not in p[:i]
            and ("herefordshire", "step_up") not in DEFINED)

def _h04(msg):
    t = readable(msg)
    return ("Nothing about it is ongoing" in t and _exts(msg) == ["docx"]
            and "consent_form" in _exp("herefordshire_04.eml")["missing"])

def _h05(msg):
    p = _plain(msg)
    return (_exts(msg) == ["pdf"] and "[SB-herefordshire-6633]" in str(msg["Subject"])
            and "> Children: Jacob Bowen" in p)

def _h06(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and _date(msg).hour >= 20 and "My son Jack" in readable(msg)
            and _exp("herefordshire_06.eml")["children"] == [])

def _h07(msg):
    return _exts(msg) == ["pdf", "pdf"] and len(_exp("herefordshire_07.eml")["children"]) == 3

def _h08(msg):
    return "22nd November 2071" in _plain(msg) and "We haven't agreed a key person yet" in _plain(msg)

CUSTOM = [
    ("knowsley_01.eml", "'Wednesday 2nd April at 10am'; form, GCP2, minutes; 4 WD (6 plain) across Easter", _k01),
    ("knowsley_02.eml", "out of hours; no alarm words; brother by first name only; NHS number no case id", _k02),
    ("knowsley_03.eml", "resolved scald; no neglect/physical_harm; alarm words present; exactly 5 WD", _k03),
    ("knowsley_04.eml", "Word table with venue and lead practitioner; 5 WD (7 plain) across Easter", _k04),
    ("knowsley_05.eml", "the report in the new text, the names only in the quoted ack; no alarm words", _k05),
    ("knowsley_06.eml", "routine fire-service notification, negated 'safeguarding referral', no child", _k06),
    ("knowsley_07.eml", "ACCEPTED with the ICS id in the SUMMARY, 2 April 14:00", _k07),
    ("knowsley_08.eml", "last day of the window; consent to be asked; 3 WD (5 plain) across Easter", _k08),
    ("richmond_wandsworth_01.eml", "rationale heading; negated immediate concern; case summary pdf", _r01),
    ("richmond_wandsworth_02.eml", "forced-immersion pattern; CAD no case id; alarm word in the cc", _r02),
    ("richmond_wandsworth_03.eml", "trampoline accident explained; pdf + docx; discussion within 5 days", _r03),
    ("richmond_wandsworth_04.eml", "consent unclear; plan only; discussion within 5 days", _r04),
    ("richmond_wandsworth_05.eml", "landlord; first names only; resolved fall", _r05),
    ("richmond_wandsworth_06.eml", "the CO detail only in the second forwarded block", _r06),
    ("richmond_wandsworth_07.eml", "DECLINED with a comment and the Mosaic id in the SUMMARY", _r07),
    ("richmond_wandsworth_08.eml", "List-Id bulletin with anonymised examples", _r08),
    ("tower_hamlets_01.eml", "after 21:00; no alarm words", _t01),
    ("tower_hamlets_02.eml", "Word table; TAF 10 WD after the assessment", _t02),
    ("tower_hamlets_03.eml", "home-safety update in the new text, names only in the quoted ack; docx", _t03),
    ("tower_hamlets_04.eml", "MARF says no immediate risk; pdf", _t04),
    ("tower_hamlets_05.eml", "button battery; office hours; no alarm words", _t05),
    ("tower_hamlets_06.eml", "auto-generated ED notification; no concerns; initials", _t06),
    ("tower_hamlets_07.eml", "clinical; sibling named; NHS number no case id; no alarm words", _t07),
    ("tower_hamlets_08.eml", "lead practitioner tbc; TAF 7 WD after the assessment across Easter", _t08),
    ("torbay_01.eml", "phone: one base64 text/plain part, LF; no alarm words", _b01),
    ("torbay_02.eml", "dog rehomed; Poppy under 5; under-5s Tuesdays", _b02),
    ("torbay_03.eml", "ATM disagrees", _b03),
    ("torbay_04.eml", "the risk and the children only in the attached PDF", _b04),
    ("torbay_05.eml", "Single Assessment not attached; Ava under 5", _b05),
    ("torbay_06.eml", "training scenarios marked fictional", _b06),
    ("torbay_07.eml", "ACCEPTED for an under-5s Tuesday", _b07),
    ("torbay_08.eml", "nursery accident witnessed; pdf", _b08),
    ("herefordshire_01.eml", "the burn only in the P.S. after the signature; no alarm words", _h01),
    ("herefordshire_02.eml", "ages only; no alarm words", _h02),
    ("herefordshire_03.eml", "the unsafe sleep detail only in the quoted HV note; no alarm words", _h03),
    ("herefordshire_04.eml", "CO incident resolved; verbal consent -> consent_form missing", _h04),
    ("herefordshire_05.eml", "Apple Mail reply with the signed form and the '>' quoted ack", _h05),
    ("herefordshire_06.eml", "a parent's phone mail in the evening; first name only", _h06),
    ("herefordshire_07.eml", "sibling group of three; two PDFs", _h07),
    ("herefordshire_08.eml", "DOB in words; no key person yet", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "has said she does not consent to it", "consent", False),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_03.eml", "has consented to the referral to Family First", "consent", True),
    ("knowsley_03.eml", "agreed the step down on Friday", "manager_agreed", True),
    ("knowsley_04.eml", "Mum has consented to the step down", "consent", True),
    ("knowsley_08.eml", "I'll ask him about consent at the visit", "consent", None),
    ("richmond_wandsworth_01.eml", "agrees to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "have both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_03.eml", "has agreed the step down", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "I don't have her consent yet", "consent", None),
    ("richmond_wandsworth_06.eml", "don't know we are contacting you yet", "consent", None),
    ("richmond_wandsworth_06.eml", "I agree this needs to step up today", "manager_agreed", True),
    ("tower_hamlets_02.eml", "have both given consent to the step-down", "consent", True),
    ("tower_hamlets_04.eml", "Dad has consented to the MARF", "consent", True),
    ("tower_hamlets_04.eml", "to get her sign-off on the step up", "manager_agreed", None),
    ("tower_hamlets_08.eml", "mum has consented to the step-down", "consent", True),
    ("torbay_02.eml", "have both consented to level 3 Early Help", "consent", True),
    ("torbay_02.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "Mum has given her consent for me to contact MASH", "consent", True),
    ("torbay_03.eml", "has asked me to say he disagrees", "manager_agreed", False),
    ("torbay_05.eml", "Mum consented to level 3 Early Help", "consent", True),
    ("torbay_05.eml", "agreeing the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_01.eml", "with mum's signed consent form", "consent", True),
    ("herefordshire_03.eml", "My manager, Gareth Lloyd, agrees", "manager_agreed", True),
    ("herefordshire_04.eml", "Mum agreed to Early Help verbally", "consent", True),
    ("herefordshire_05.eml", "mum signed it at my visit yesterday", "consent", True),
    ("herefordshire_07.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_08.eml", "the signed consent form", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "herefordshire_03.eml", "knowsley_02.eml",
                  "knowsley_05.eml", "torbay_01.eml", "tower_hamlets_01.eml", "tower_hamlets_05.eml",
                  "tower_hamlets_07.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (5, 7), "knowsley_08.eml": (3, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_08.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2081])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2081 is %s, expected %s after the window" % (easter, EASTER))
    ny = date(2081, 1, 1)
    if pkg.get(ny) != "New Year's Day" or ny.weekday() != 2:
        errors.append("set: New Year's Day 2081 should be a Wednesday bank holiday")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2081, 3) and BST_END.date() == last_sun(2081, 10)):
        errors.append("set: BST must start on the last Sunday of March 2081 and end on the last Sunday of October")
    if not BST_START > WINDOW[1]:
        errors.append("set: BST must begin after the window")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(0):
            errors.append("set: %s has offset %s, the window must be GMT throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window's ends, checked: the first Monday after New Year's Day; the last working day before Good Friday
    first_monday = next(ny + timedelta(days=i) for i in range(1, 8) if (ny + timedelta(days=i)).weekday() == 0)
    good_friday = min(EASTER)
    last_wd = good_friday - timedelta(days=1)
    while last_wd.weekday() >= 5 or last_wd in BANK_HOLIDAYS:
        last_wd -= timedelta(days=1)
    if not (WINDOW[0].date() == first_monday == date(2081, 1, 6) and WINDOW[1].date() == last_wd == date(2081, 3, 27)
            and WINDOW[1].weekday() == 3 and WINDOW[0].weekday() == 0):
        errors.append("set: the window must run from Monday 6 January to Thursday 27 March 2081 (Good Friday is 28 March)")
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
    if set(offsets) != {"+0000"}:
        errors.append("set: Date offsets %s (the window is GMT throughout: all +0000)" % offsets)
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
    ("knowsley_08's notice labelled ok", lambda: _relabel("knowsley_08.eml", notice_ok=True), "notice_ok True but 3 WD"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2081, 3, 28)), "bank holidays differ"),
    ("Easter Monday dropped", lambda: BANK_HOLIDAYS.discard(date(2081, 3, 31)), "Knowsley notice counts are"),
    ("Easter Monday moved to Tuesday 1 April", lambda: (BANK_HOLIDAYS.discard(date(2081, 3, 31)),
                                                        BANK_HOLIDAYS.add(date(2081, 4, 1))), "bank holidays differ"),
    ("the window left ending on Good Friday", lambda: _set_window_end(date(2081, 3, 28)), "the window must run"),
    ("knowsley_03's Date given +0100", lambda: _shift_date("knowsley_03.eml", "Mon, 10 Feb 2081 09:35:40 +0000",
                                                           "Mon, 10 Feb 2081 09:35:40 +0100", 0, timedelta(hours=1)),
     "Date offset should be +0000"),
    ("torbay_02's now given +01:00", lambda: _relabel("torbay_02.eml", now="2081-01-20T11:10:30+01:00"),
     "now offset differs from the Date header's"),
    ("herefordshire_06 sent on New Year's Day",
     lambda: _shift_date("herefordshire_06.eml", "Thu, 09 Jan 2081", "Wed, 01 Jan 2081", -8), "Date on a bank holiday"),
    ("knowsley_06 sent on a Saturday", lambda: _shift_date("knowsley_06.eml", "Fri, 31 Jan 2081", "Sat, 01 Feb 2081", 1),
     "Date on a weekend"),
    ("a mail sent on Good Friday", lambda: _shift_date("knowsley_08.eml", "Thu, 27 Mar 2081", "Fri, 28 Mar 2081", 1),
     "Date outside the window"),
    ("'risk' added to torbay_01's subject", lambda: _sub("torbay_01.eml", b"Subject: little girl",
                                                          b"Subject: risk - little girl"), "no alarm word are"),
    ("tower_hamlets_07 filed as a near miss", lambda: _relabel("tower_hamlets_07.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_03 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_03.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("the NHS number labelled as a case id", lambda: _relabel("knowsley_02.eml", case_ids=["999 712 4480"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_01.eml", case_ids=["Mosaic ID 2860417"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("unclear consent labelled true", lambda: _relabel("richmond_wandsworth_04.eml", consent=True,
                                                        missing=["case_summary"]),
     "have her consent yet\" means consent None"),
    ("the ATM's disagreement labelled null", lambda: _relabel("torbay_03.eml", manager_agreed=None),
     "'has asked me to say he disagrees' means manager_agreed False"),
    ("the refusal labelled null", lambda: _relabel("knowsley_01.eml", consent=None),
     "'has said she does not consent to it' means consent False"),
    ("verbal consent taken as the written form", lambda: _relabel("herefordshire_04.eml", missing=[],
                                                                  next_action="book_meeting"),
     "verbal consent -> consent_form missing"),
    ("knowsley_08's missing consent dropped", lambda: _relabel("knowsley_08.eml", missing=[]), "consent vs missing"),
    ("the resolved scald labelled as a concern", lambda: _relabel("knowsley_03.eml",
        concerns=["parental_mental_health", "physical_harm"]), "no neglect/physical_harm"),
    ("torbay_04's child named in the body", lambda: _sub("torbay_04.eml", b"Please find attached our referral",
        b"Please find attached our referral about Tyler Hoskin"), "should be named in full only in an attachment"),
    ("the P.S. moved above the signature", lambda: _sub("herefordshire_01.eml", b"Thanks,\r\nBethan",
        b"P.S. see below\r\nThanks,\r\nBethan"), "the burn only in the P.S."),
    ("a date in the year after the window's in a body", lambda: _sub("torbay_06.eml", b"(Tues 18 March)",
        ("(Tues 18 March %d)" % (MAX_YEAR + 1)).encode()), "year after 2081"),
    ("an 18-year-old labelled as a child", lambda: _exp("torbay_02.eml")["children"][0].update(dob="2062-12-12"),
     "dob '12/12/2071' parses to 2071-12-12"),
    ("Auto-Submitted removed from the ED notification", lambda: _sub("tower_hamlets_06.eml",
        b"Auto-Submitted: auto-generated\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("richmond_wandsworth_07's calendar made a REQUEST", lambda: _sub("richmond_wandsworth_07.eml", b"method=REPLY",
                                                                     b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_04.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("torbay_06.eml", category="ordinary"), "category totals"),
    ("the children of knowsley_05 swapped", lambda: _exp("knowsley_05.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("the pending manager labelled agreed", lambda: _relabel("tower_hamlets_04.eml", manager_agreed=True),
     "manager vs missing"),
    ("an auto-reply's next action left as human review", lambda: _relabel("tower_hamlets_06.eml",
        next_action="human_review"), "next_action human_review != ignore"),
    ("the rule dropped from a why", lambda: _lab("torbay_05.eml").update(why="Torbay step-down."),
     "why must name the rule"),
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
    out.append("out of hours (before 09:00 or from 17:00): %s" % sorted(
        l["file"] for l in LABELS if not 9 <= datetime.fromisoformat(l["now"]).hour < 17))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    attach_rules()
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
