#!/usr/bin/env python3
"""mixed50: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2069 (Wednesday 2 January - Friday 5 April), at the edges of the working week: mail written
on Friday afternoons and evenings and first thing on Monday, "for Monday" notes and handovers, workers going on leave
(or maternity leave) handing over and naming cover, contact weekends, respite (short breaks) weekends, a grandmother
who has the children every weekend gone abroad, a manager who does not work Fridays, duty rotas and cover
arrangements, messages that say they can wait mixed with ones that cannot - alongside ordinary practitioners'
requests.

Urgent mail (11), mostly in plain words: a 7-year-old whose abuser collects her from club at 5.30 on a Friday; a
break-in and a strangling reported by a 7-year-old on mum's phone while nan is abroad; a mother who says she will lock
her disabled son in and leave when his respite weekend is cancelled; a 3-year-old alone at home since Saturday; a
14-year-old to be picked up at 8 tonight by an older man she met online (in a PS); a 9-year-old beaten with a belt
buckle whose uncle waits outside; a mother unconscious behind the door at 7.30 on a Monday; a drunk father driving
off with the children at a contact handover; a 15-year-old held in a flat since Friday; a respite carer's find of
finger-mark bruises with the partner coming at 8.30 tonight; a father packing the children's bags on Monday morning.
Near misses (11): a "for Monday" step-down full of history, a half-term out-of-office, a Friday handover of a managed
incident, a step-down whose risks ended in December, a duty rota, a resolved weekend incident, hypothetical "bottom
lines", a partnership bulletin's composite case, a planned and managed step-up "not an emergency", a closed s47 on
the first day back, and a question that "can wait until Monday".

Window: the brief's "early January to late March/early April 2069". Checked with Python: New Year's Day is Tuesday
1 January, so the term starts on Wednesday 2 January; Easter is late (Good Friday 12 April, Easter Monday 15 April),
so the window ends on Friday 5 April, the last Friday before Easter week. No bank holiday falls inside it. The clocks
go forward at 01:00 UTC on Sunday 31 March 2069: Dates up to Friday 29 March carry +0000, the four after it +0100.
knowsley_08 is sent at 00:21 BST on Tuesday 2 April - still Monday 1 April in UTC - and its notice count (4 working
days from the London date, 5 from the UTC date) is decided by the time zone.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML,
PDF, .docx, iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, clock change, bank holidays, the checks). Every label
was set by hand from the specification; the self-checks only verify them against its rules and STOP on any error
before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Wednesday 2 January - Friday 5 April 2069) is GMT (+0000)
    until 01:00 UTC on Sunday 31 March 2069 and British Summer Time (+0100) after it; the offset comes from zoneinfo
    and the self-check asserts every Date header's offset against Europe/London's."""
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
        if logical.startswith(">"):          # quoted lines are kept whole (clients re-flow quotes, never unquote them)
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
            zi = zipfile.ZipInfo(name, date_time=(2069, 1, 2, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2069-01-11 15:40:12"
    body = T("""
Hi Family First duty,

I'm on annual leave from Monday (back Monday 28th) so I wanted to get this to you before I go rather than leave it sitting in my drafts over the weekend. My team manager, Gareth Lyle, knows the family and will pick up any questions while I'm off - but I'll be back in time for the visit.

Family: Bailey-Thompson
ICS ID 2340517

Children:
Mason Bailey-Thompson - DOB 03/06/2058 (10)
Ava-Rose Bailey-Thompson - DOB 21/11/2062 (6)

Step down to: Family First 0-18, Level 3

Consent: Mum (Kerry Bailey) has consented to the referral to Family First - she signed the consent form at the CIN review on Wednesday.

Joint home visit: Friday 18th January, 10.00am, at the family home - 27 Larkspur Close, Kirkby, L32 9ZQ. Mum has asked that it's no later than 11 because she starts work at 12 on Fridays.

What are we worried about?
Mum has struggled with low mood since dad left last spring and there are mornings when she can't get the children up and out. Mason's attendance is 86% this term and he has been late 14 times, nearly all Mondays and Fridays. Mum is on the waiting list for Talking Therapies.

What is working well?
Mum has kept every appointment with her GP and with me. Dad has the children every other weekend and the handovers have been calm since October. Grandad does the school run on Mondays and Thursdays. Ava-Rose's attendance is 97% and school say she is thriving.

What needs to happen?
A Family First case manager to lead a TAF with school, the GP and Talking Therapies; a morning routine plan agreed with Mason; the contact weekends written into the plan so mum gets a proper break; attendance reviewed at the first TAF.

Thanks, and have a good weekend when it comes,
Niamh

Niamh O'Rourke
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0284

""") + KDISC
    top = outlook_top(f, addr("O'Rourke, Niamh", "Niamh.ORourke@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First Level 3 - Bailey-Thompson - joint visit Fri 18th", when,
                      cc=addr("Lyle, Gareth", "Gareth.Lyle@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2340517"],
        [ch("Mason Bailey-Thompson", "2058-06-03", "03/06/2058"),
         ch("Ava-Rose Bailey-Thompson", "2062-11-21", "21/11/2062")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Knowsley Level 3 step-down written on a Friday afternoon by a social worker going on leave (REQUIREMENTS "
        "knowsley step_down L3: meeting_details, worries_strengths_next, consent). Joint home visit with date, time "
        "and venue; the three Signs of Safety headings answered; 'Mum ... has consented to the referral to Family "
        "First' -> consent true. 'ICS ID 2340517' -> '2340517' (DESIGN: a label before the number is not part of "
        "it). FRIDAY TO FRIDAY: from Fri 11 Jan the visit on Fri 18 Jan is exactly 5 WD (Mon 14 - Fri 18) -> notice "
        "ok -> book_meeting. The team manager 'knows the family' is no agreement -> manager null (not required at "
        "L3). Concerns: mum's low mood -> parental_mental_health; Mason's 86% -> school_attendance; contact weekends "
        "are a strength, not a concern.",
        meeting=date(2069, 1, 18), not_children=["Niamh O'Rourke", "Gareth Lyle", "Kerry Bailey"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2069-01-25 16:50:37"
    body = T("""
Hi MASH,

Please find attached the step up request for Tayla Kowalczyk (DOB 09/04/2061) and her brother Filip Shaw (DOB 30/12/2065), EHM-77214.

The step up TAF meeting is Wednesday 6th February at 10am on Teams - the invite is attached and has gone to MASH business support too. I've invited the current TAF members (school, health visitor and the nursery).

My team manager, Bernadette Okeke, discussed the step up with me in supervision on Tuesday and agreed it. The Graded Care Profile 2 was completed on 14/01/2069 and is attached along with the minutes of the last TAF.

Main worries: home conditions and food (the GCP2 scores 4 for nutrition and for housing), both children regularly arriving hungry, and mum's partner Lee's drinking.

I was about to press send when Tayla's school rang me (4.35pm). At the end of after-school club Tayla asked the teaching assistant if she could "stay at school for the weekend". She told her that on Wednesday Lee pushed her head under the bath water because she had wet the bed, and that he said next time he "won't let her back up". Staff saw purple marks on both of her upper arms. Lee is the one collecting her from club tonight at 5.30, because mum is on a run of night shifts at the care home and won't be back until Sunday morning. Filip is at home with Lee now.

I've asked school to keep Tayla with them and I'm staying on my mobile: 07700 900418.

Stacey

Stacey Mullaney
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20690206T100000", "20690206T113000",
              "Step up TAF meeting - EHM-77214", "Microsoft Teams Meeting",
              "Step up TAF meeting. Chair: MASH social worker. Minutes: MASH business support.",
              ("Stacey Mullaney", "Stacey.Mullaney@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    ics_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="Step up TAF meeting.ics"'),
                     ("Content-Disposition", 'attachment; filename="Step up TAF meeting.ics"'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    form = docx_att("FF Step Up request to CSC - EHM-77214.docx", appendix1([
        ("Case ID on EHM:", "EHM-77214"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 6th February, 10am (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs but the plan is not changing anything at home."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 16 January"),
        ("What are we worried about?", "Home conditions, food and hygiene; GCP2 completed 14/01/2069 (nutrition 4, "
         "housing 4, hygiene 3). Mum's partner Lee drinks most evenings and is often the only adult at home."),
        ("Current Concerns (Impact on child)", "Tayla (7) and Filip (3) arrive hungry and unwashed; Filip's nursery "
         "have seen no improvement in six months."),
        ("Past Harm", "None recorded."),
        ("Complicating Factors", "Mum works nights; no wider family nearby."),
        ("What's working well?", "Mum attends TAFs and is honest about the difficulties. Nursery and school are "
         "committed."),
        ("What needs to happen?", "Statutory assessment of the care the children receive at home."),
        ("Management oversight:", "Discussed and agreed by Bernadette Okeke, Team Manager, 22/01/2069.")]))
    minutes = docx_att("TAF minutes 16 January - EHM-77214.docx", [
        "# Team Around the Family - review meeting",
        "Family: Kowalczyk / Shaw (EHM-77214)", "Date: 16/01/2069, 2pm, Huyton family hub",
        "Present: Kasia Kowalczyk (mum), Stacey Mullaney (FF), class teacher, nursery manager, health visitor",
        "Update: little change in home conditions since the November review; food bank vouchers used twice.",
        "Actions: GCP2 to be completed by FF; FF to discuss a step up with her team manager."])
    gcp = pdf_att("GCP2 - Tayla and Filip - EHM-77214.pdf", "Graded Care Profile 2 - summary of scores", [
        "Family: Kowalczyk / Shaw   EHM-77214", "Completed by: Stacey Mullaney, Family First   Date: 14/01/2069",
        "", "Area 1 Physical care: nutrition 4, housing 4, clothing 3, hygiene 3, health 3",
        "Area 2 Care of safety: in presence 3, in absence 4",
        "Area 3 Love and care: carer 2, child 2", "Area 4 Stimulation and education: 3",
        "", "Overall: care is below the level needed in most areas; little change since October."])
    top = outlook_top(f, addr("Mullaney, Stacey", "Stacey.Mullaney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-77214 - Kowalczyk/Shaw - TAF Wed 6th Feb", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts=[form, minutes, gcp, ics_part], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-77214"],
        [ch("Tayla Kowalczyk", "2061-04-09", "09/04/2061"), ch("Filip Shaw", "2065-12-30", "30/12/2065")],
        ["neglect", "physical_harm", "substance_misuse"], None, True, [], True, "alert_duty",
        "URGENT INSIDE A COMPLETE FRIDAY-AFTERNOON STEP-UP, NO ALARM WORDS: the last paragraphs report a 7-year-old's "
        "account of her head held under bath water on Wednesday, marks on both arms, and the man who did it "
        "collecting her at 5.30 tonight, her 3-year-old brother at home with him now, mum away on night shifts until "
        "Sunday -> an immediate risk this evening (DESIGN safety rule 1) -> urgent -> alert_duty (first in the "
        "order). The request itself is complete (knowsley step_up: Appendix 1 form, EHM case id, TM 'discussed ... "
        "and agreed it', TAF minutes, TAF date, GCP2 for neglect) and Fri 25 Jan -> Wed 6 Feb is 8 WD. Concerns: "
        "neglect (GCP2, hunger), physical_harm, substance_misuse (Lee's drinking); consent never mentioned -> null.",
        meeting=date(2069, 2, 6), not_children=["Stacey Mullaney", "Bernadette Okeke", "Kasia Kowalczyk"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2069-02-04 08:10:44"
    body = T("""
Morning all - written over the weekend and sent first thing so it's at the top of your Monday pile.

Intention to step down to Level 2 for:
Chidera Nwachukwu-Reid, DOB 17/10/2057 (Year 6)
ICS-2298841

Final CIN meeting: Wednesday 13th February, 2pm, Holy Family RC Primary School, Cronton Lane, Prescot (the family room).

New Lead Practitioner: Mrs Fiona McAllister, Learning Mentor, Holy Family RC Primary School. She has agreed to take on the Lead Practitioner role and will complete the Early Help Assessment with mum.

Mum (Adaeze Nwachukwu) is in agreement with the step down and my team manager, Rachel Hughes-Ojo, agreed it in supervision on Thursday.

For the record only: Chidera was subject to a child protection plan from March 2067 to May 2068 after her father assaulted her mother in front of her. He was convicted, is in prison and has no contact; there is an indefinite restraining order. There have been no domestic abuse incidents since he left and there are no current concerns about abuse. The risk of significant harm is no longer present, which is why the CP plan ended and the CIN plan is now ending.

What are we worried about?
Chidera's worry about moving up to high school in September, and some Monday absences after weekends at her nan's - attendance 91% this year.

What is working well?
Mum has completed the Freedom Programme, has started a new job and has good routines. Chidera loves her weekends at her nan's and has a close relationship with Mrs McAllister.

What needs to happen?
A TAF with school led by Mrs McAllister; a transition plan for high school; an attendance plan for Mondays; a review at six weeks.

Thanks,
Tomasz

Tomasz Wróbel
Social Worker | CIN Team (Prescot) | Knowsley Council

""") + KDISC
    top = outlook_top(f, addr("Wróbel, Tomasz", "Tomasz.Wrobel@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "For Monday: Level 2 step down - final CIN Weds 13th Feb - ICS-2298841", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "near_miss", "step_down", False, 2, ["ICS-2298841"],
        [ch("Chidera Nwachukwu-Reid", "2057-10-17", "17/10/2057")],
        ["school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS - A 'FOR MONDAY' LEVEL 2 STEP-DOWN WHOSE HISTORY IS FULL OF RISK WORDS: a child protection plan "
        "that ended in May 2068, a father's assault (convicted, in prison, no contact, restraining order), 'no "
        "current concerns about abuse', 'The risk of significant harm is no longer present'. All historic or negated "
        "-> not urgent, and domestic_abuse is not a current concern. Complete Knowsley L2 step-down (REQUIREMENTS: "
        "meeting_details with venue, worries_strengths_next, lead_practitioner with organisation): Mon 4 Feb -> Wed "
        "13 Feb is 7 WD -> book_meeting. 'Mum ... is in agreement with the step down' -> consent true; the TM "
        "'agreed it in supervision' -> manager true. Concern: Monday absences, 91% -> school_attendance.",
        meeting=date(2069, 2, 13), not_children=["Fiona McAllister", "Adaeze Nwachukwu", "Rachel Hughes-Ojo",
                                                 "Tomasz Wróbel"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2069-02-05 11:20:09"
    data = itip_reply(f, when, "Fiona McAllister", "f.mcallister@holyfamily-prescot.example.sch.uk",
                      ("Family First 0-18 Duty Mailbox", KFF), "TENTATIVE",
                      "Final CIN meeting - Nwachukwu-Reid (Level 2 step down)", "20690213T140000",
                      "20690213T150000", "Holy Family RC Primary School, Prescot - family room",
                      comment="Tentative for now - I'm on the Year 6 residential until Wednesday lunchtime so I may be "
                              "15 minutes late. If I can't get back, our SENCo, Mr D'Souza, will come in my place.")
    add(f, data, "knowsley", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the new Level 2 lead practitioner (a school learning mentor) for "
        "knowsley_03's final CIN meeting, with a COMMENT about cover ('our SENCo ... will come in my place'). The "
        "SUMMARY carries the surname only: no child, no case id. meeting_reply -> record_reply.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2069-03-08 17:20:15"
    ack = ack_text("step-up", "SB-knowsley-231", ["Family: Rimmer (EHM-80356)", "Children: Kaci-Mae Rimmer, Oakley Rimmer",
                                                  "Step-up TAF meeting: Wednesday 20 March, 10:00"], ["taf_minutes"])
    body = T("""
Hi,

Attaching the TAF minutes that were missing - sorry, they were stuck in my drafts.

And I need someone to know this tonight. Nan, who has both girls every weekend, flew to Lanzarote this morning for a week. At 4.55 Kaci-Mae (7) rang me on mum's phone, whispering. She said Dean - mum's ex, whose bail conditions say he can't go to the address - had come in through the back door and was "strangling mummy on the stairs", and that Oakley (2) was in her cot upstairs. Then the line went dead.

I've rung the police and they are going, but I don't know anything more and mum isn't answering. The address is 41 Heathfield Road, Huyton, L36 9ZT.

Jordan
07700 900652

Jordan Ellis-Boateng
Family First Case Manager | Knowsley Council
""") + quote("Knowsley MASH <%s>" % KMASH, "04 March 2069 10:02", "Ellis-Boateng, Jordan",
             "[SB-knowsley-231] Step-up request received - EHM-80356", ack)
    mins = docx_att("TAF minutes 27 Feb - Rimmer.docx", [
        "# TAF review - Rimmer family (EHM-80356)", "Date: 27/02/2069, 10am, Huyton family hub",
        "Present: Chantelle Rimmer (mum), Jordan Ellis-Boateng (FF), school, health visitor",
        "Update: mum has not reported any contact from Dean since his bail in January; nan continues to have the "
        "girls every weekend.", "Actions: FF to request a step up TAF (agreed with the FF team manager)."])
    top = outlook_top(f, addr("Ellis-Boateng, Jordan", "Jordan.Ellis-Boateng@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-231] Step-up request received - EHM-80356", when)
    add(f, mail(f, top, body, atts=[mins]), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-80356"],
        [ch("Kaci-Mae Rimmer"), ch("Oakley Rimmer")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT FOLLOW-UP ON A FRIDAY EVENING, NO ALARM WORDS: the reply that adds the missing TAF minutes to "
        "[SB-knowsley-231] also reports that mum's ex (bail conditions keep him away) broke in at 4.55 and was "
        "'strangling mummy on the stairs', with a 7-year-old and a 2-year-old in the house and the weekend carer "
        "(nan) abroad -> immediate risk now -> urgent; alert_duty comes before attach_to_request (DESIGN order). "
        "The new text uses first names only; the quoted acknowledgement gives 'Kaci-Mae Rimmer, Oakley Rimmer' -> "
        "both labelled (facts from the whole message, quoted history included), no DOB. "
        "Case id from the subject. Concern domestic_abuse. Follow-ups have no requirements -> missing [].",
        not_children=["Jordan Ellis-Boateng", "Chantelle Rimmer"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2069-02-15 10:12:51"
    body = T("""
Thank you for your email.

I am on annual leave from Friday 15th February (half term) and will be back in the office on Monday 25th February. I will not be checking my emails while I am away.

If your query relates to a child at immediate risk of harm, please do not wait for my return: contact the MASH Duty Social Work Team on 0151 496 0417, or out of hours the Emergency Duty Team on 0151 496 0999. In an emergency always ring 999.

For step up TAF meetings while I am away please contact my manager, Corinne Oduya (corinne.oduya@knowsley.gov.uk).

Bryony Tate
Advanced Social Worker | MASH | Knowsley Council
""")
    data = ooo(f, when, "Bryony Tate", "bryony.tate@" + KDOM, addr("Knowsley MASH", KMASH),
               "[SB-knowsley-244] Step-up TAF meeting - please confirm the MASH chair", body)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - A HALF-TERM OUT-OF-OFFICE whose boilerplate says 'a child at immediate risk of harm', 'Emergency "
        "Duty Team' and 999 but describes no child. Auto-Submitted: auto-replied, X-Auto-Response-Suppress, "
        "'Automatic reply:' -> auto_reply -> ignore (DESIGN safety rule 2: never answered); read for risk, none.",
        not_children=["Bryony Tate", "Corinne Oduya"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2069-03-11 07:55:26"
    text = T("""
Good morning,

Sending this first thing so it's in before the Monday allocation meeting.

Step up TAF for the O'Shea family on Friday 15th March at 1.30pm on Teams. I know Wednesdays are preferred but school can't release their DSL on a Wednesday this month.

Children:
Roisin O'Shea - 12/02/2057
Cian O'Shea - 05/09/2060
Case ID on EHM: EHM-81107

The Appendix 1 form and the minutes of the last two TAF meetings are attached. The step up is about non-engagement: mum hasn't let me into the house since before Christmas, she has missed the last three TAFs, and both children's attendance is below 80%.

My team manager, Paul Devaney, agreed the step up on Friday afternoon before he went on leave.

Haleema Qureshi
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
""")
    cal = ics("REQUEST", f, dt(when), "20690315T133000", "20690315T150000",
              "Step up TAF meeting - O'Shea - EHM-81107", "Microsoft Teams Meeting", text,
              ("Haleema Qureshi", "Haleema.Qureshi@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("Appendix 1 - FF Step Up request - O'Shea.docx", appendix1([
        ("Case ID on EHM:", "EHM-81107"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "15/03/2069 13:30"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Not yet - I have booked the toolkit with mum for next week if she will see me."),
        ("Recent TAF meeting minutes attached:", "Yes (January and February)"),
        ("What are we worried about?", "Mum will not engage with the plan; Roisin's attendance 74%, Cian's 78%."),
        ("What's working well?", "Both children are well liked at school; grandad takes Cian to football."),
        ("What needs to happen?", "A statutory assessment to understand what is happening at home.")]))
    m1 = docx_att("TAF minutes January - O'Shea.docx", ["# TAF meeting - O'Shea (EHM-81107)",
                                                       "Date: 17/01/2069. Mum did not attend.",
                                                       "Attendance: Roisin 76%, Cian 80%."])
    m2 = docx_att("TAF minutes February - O'Shea.docx", ["# TAF meeting - O'Shea (EHM-81107)",
                                                        "Date: 21/02/2069. Mum did not attend; no answer at the door.",
                                                        "Attendance: Roisin 74%, Cian 78%."])
    top = outlook_top(f, addr("Qureshi, Haleema", "Haleema.Qureshi@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up TAF - O'Shea family - EHM-81107", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, text, cal, atts=[form, m1, m2]), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-81107"],
        [ch("Roisin O'Shea", "2057-02-12", "12/02/2057"), ch("Cian O'Shea", "2060-09-05", "05/09/2060")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], False, "request_info",
        "A MONDAY 07:55 STEP-UP SENT AS THE TEAMS INVITATION ITSELF (iTIP METHOD:REQUEST to the MASH inbox and MASH "
        "business support, as the Knowsley protocol asks) with the Appendix 1 form and two sets of TAF minutes. "
        "Non-engagement -> the Engaging Families toolkit is required (REQUIREMENTS knowsley step_up), and the form "
        "says it has 'Not yet' been used -> engaging_families missing. MONDAY TO FRIDAY: Mon 11 Mar -> Fri 15 Mar is 4 "
        "WD < 5 -> notice not ok. request_info. TM 'agreed the step up on Friday afternoon' -> manager true.",
        meeting=date(2069, 3, 15), not_children=["Haleema Qureshi", "Paul Devaney"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2069-04-02 00:21:33"
    body = T("""
Hi all,

Sorry for the hour - I'm finishing my recordings tonight because I'm on leave from Wednesday until after Easter, and I didn't want this to wait. Gemma Price (same team) is covering and will do the visit with your case manager.

Step down to Family First at Level 3 for:
Callum MacLeod - 22.10.2064
Isla MacLeod - 07.03.2059
ICS ID 2417760

Joint home visit: Monday 8th April at 10am at home - Flat 6, Tanhouse Court, Huyton, L36 9ZR. Mum and dad will both be there.

Consent: dad (Ewan MacLeod) gave consent for the referral to Family First on Friday; mum consented at the CIN meeting last month.

What are we worried about?
Dad's drinking at weekends when the children stay with him. Isla's attendance is 88%, and most of the missed days are Mondays after weekends at dad's.

What is working well?
Both parents engage with me and with school. Dad has been going to Change Grow Live since January. Grandparents help with the school run.

What needs to happen?
A Family First case manager to coordinate a TAF; a weekend plan agreed between the parents; dad to keep going to Change Grow Live; an attendance plan with school.

Chloé

Chloé Marchand
Social Worker | Child in Need Team (Huyton) | Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Marchand, Chloé", "Chloe.Marchand@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - MacLeod - joint home visit Mon 8th April", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2417760"],
        [ch("Callum MacLeod", "2064-10-22", "22.10.2064"), ch("Isla MacLeod", "2059-03-07", "07.03.2059")],
        ["school_attendance", "substance_misuse"], True, None, [], False, "request_info",
        "THE CLOCK CHANGE DECIDES THE NOTICE: sent at 00:21 BST on Tuesday 2 April (23:21 UTC on Monday 1 April), "
        "two days after the clocks went forward. REQUIREMENTS counts working days in Europe/London time, so today is "
        "Tuesday 2 April and the joint home visit on Mon 8 April is 4 WD (Wed 3, Thu 4, Fri 5, Mon 8) < 5 -> notice "
        "not ok -> request_info; a reader that takes the UTC date (Monday) counts 5 and says ok. Otherwise a complete "
        "Knowsley L3 step-down: date, time and venue; three headings; consent from both parents -> consent true. "
        "'ICS ID 2417760' -> '2417760'. Concerns: dad's weekend drinking -> substance_misuse; 88% -> "
        "school_attendance.",
        meeting=date(2069, 4, 8), not_children=["Gemma Price", "Ewan MacLeod", "Chloé Marchand"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2069-01-18 16:30:08"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with Lucía Ferrer (Early Help Practitioner) this afternoon, I am requesting a step up to Children's Services for:

Amara Brennan - DOB 02/07/2060
Josiah Brennan - DOB 15/01/2064
Mosaic ID 3318042

The latest case summary is attached.

Rationale for step up
Early Help has worked with the family since September under an Early Help plan. The plan has not progressed. Mum's mental health has deteriorated since her hospital admission in December and she has declined a referral back to the community mental health team. Amara (8) is doing most of the care for Josiah before and after school and has missed 31 sessions this term; she told Lucía she "has to stay home when mummy is sad". Dad is not involved. We think the family now need a statutory assessment, and that a plan led by Early Help is not enough to change things for the children.

I have agreed this step up as Lucía's team manager. Mum is aware and agrees to the referral to Children's Services.

Cover: Lucía is on annual leave all next week (w/c 21 January), so please send the case discussion invitation to me and to her cover, Tom Adebayo-Hart.

Kind regards,
Ayesha

Ayesha Siddiqui-Grant
Early Help Team Manager | Wandsworth Locality South
Richmond and Wandsworth Councils

""") + RDISC
    summ = pdf_att("Case summary - Brennan - January.pdf", "Early Help case summary - Brennan", [
        "Mosaic ID 3318042", "Children: Amara Brennan (02/07/2060), Josiah Brennan (15/01/2064)",
        "Early Help Practitioner: Lucia Ferrer   Team Manager: Ayesha Siddiqui-Grant",
        "", "Involvement: Early Help plan since 09/09/2068 (mum's low mood, Amara's attendance, caring role).",
        "December: mum admitted to hospital for six days; the children stayed with a neighbour.",
        "January: Amara's attendance 79%; Amara describes looking after her brother each morning.",
        "Mum has declined the community mental health team twice."])
    top = outlook_top(f, addr("Siddiqui-Grant, Ayesha", "Ayesha.Siddiqui-Grant@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Brennan - Mosaic ID 3318042", when,
                      cc="%s, %s" % (addr("Ferrer, Lucía", "Lucia.Ferrer@" + RDOM),
                                     addr("Adebayo-Hart, Tom", "Tom.Adebayo-Hart@" + RDOM)))
    add(f, mail(f, top, body, atts=[summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3318042"],
        [ch("Amara Brennan", "2060-07-02", "02/07/2060"), ch("Josiah Brennan", "2064-01-15", "15/01/2064")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent on a Friday afternoon by the Early Help Team Manager (the "
        "protocol's sender) with the case summary attached and the rationale under its own heading (REQUIREMENTS "
        "richmond_wandsworth step_up: case_summary, rationale). Cover arranged for the practitioner's leave - who "
        "gets the invitation - changes no field. 'I have agreed this step up' -> manager true; 'Mum ... agrees to the "
        "referral' -> consent true. No notice period for this kind -> notice null -> book_meeting. Concerns: mum's "
        "mental health, Amara caring for her brother, 31 missed sessions.",
        not_children=["Lucía Ferrer", "Tom Adebayo-Hart", "Ayesha Siddiqui-Grant"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2069-02-08 17:55:40"
    fwd = T("""
Marek - I know you're on till 6. Can you read this before you go? I'm still at the house.

The short breaks unit rang mum at 3pm to cancel Riley's respite weekend (two staff off sick). I got here at 4.30. Mum has not slept properly for three nights - Riley has been up from 2am every night and has bitten her arm, she showed me.

At 5.10 she said to me, calmly: "If nobody takes him tonight I'm going to lock him in his room and leave. I can't do another weekend. Last time respite fell through I hit him and I'll do worse this time." She has packed a bag. Ellie (5) is in the front room watching TV.

Riley is 12, autistic and non-verbal, and bigger than mum. There is no one else - nan is in hospital.

I've told mum I'm not leaving until someone rings back.

Hannah
""")
    body = T("""
MASH,

I am requesting a step up to Children's Services tonight for Riley Fenwick-Asante (DOB 26/06/2056) and his sister Ellie Fenwick-Asante (5). Mosaic ID 3290115. Hannah's message from the house is below; the latest case summary is attached.

Rationale for step up
Early Help has supported mum since the summer with short breaks and a sleep plan for Riley. The plan depends on the respite weekends, and without them mum says she cannot care for Riley. She has told our practitioner what she intends to do tonight and that she has hit him before. Early Help cannot make Riley or Ellie safe tonight.

I have agreed the step up as Hannah's team manager. I've been trying the MASH number for 20 minutes and it keeps ringing out, so I'm sending this as well.

Marek Zieliński
Early Help Team Manager | Richmond Locality | 020 7946 0418
""") + quote("Lowther, Hannah <Hannah.Lowther@%s>" % RDOM, "08 February 2069 17:41", "Zieliński, Marek",
             "respite cancelled - URGENT - Riley F-A", fwd) + "\n" + RDISC
    summ = pdf_att("Case summary - Fenwick-Asante.pdf", "Early Help case summary - Fenwick-Asante", [
        "Mosaic ID 3290115", "Riley Fenwick-Asante (26/06/2056) - autism, non-verbal; EHCP at Orchard Hill School",
        "Ellie Fenwick-Asante (aged 5)", "Early Help Practitioner: Hannah Lowther",
        "", "Plan since July 2068: short breaks one weekend in three; sleep clinic; carer's assessment for mum.",
        "Mum is a single carer; maternal grandmother was the only family support until her admission in January."])
    top = outlook_top(f, addr("Zieliński, Marek", "Marek.Zielinski@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Riley Fenwick-Asante - Mosaic ID 3290115", when,
                      cc=addr("Lowther, Hannah", "Hannah.Lowther@" + RDOM))
    add(f, mail(f, top, body, atts=[summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3290115"],
        [ch("Riley Fenwick-Asante", "2056-06-26", "26/06/2056"), ch("Ellie Fenwick-Asante")],
        ["disability_send", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT - A RESPITE WEEKEND CANCELLED ON A FRIDAY: the Early Help Team Manager's step-up carries his "
        "practitioner's note from the house: mum says that if nobody takes her disabled 12-year-old tonight she will "
        "lock him in and leave, that she hit him the last time respite fell through and 'will do worse', with a "
        "5-year-old also at home -> immediate risk tonight -> urgent -> alert_duty. The only alarm word is in the "
        "forwarded subject ('URGENT'). The step-up is complete (case summary attached, rationale under its heading); "
        "TM 'agreed the step up' -> manager true; consent never mentioned -> null. Ellie named in full, age only. "
        "Concerns: disability_send (autistic, non-verbal, EHCP), physical_harm (hit before, threat now).",
        not_children=["Marek Zieliński", "Hannah Lowther"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2069-03-29 17:30:22"
    body = T("""
Hi duty,

I'm off from Monday for two weeks (back Tuesday 16th April, after the bank holiday). Nothing here needs doing tonight or over the weekend - these are for Monday. Jasper knows about all of them.

1. Papadopoulos family (Mosaic 3307781)
Last Saturday police were called after dad punched a wall and threatened mum in front of the children. He was arrested, charged, and remanded in custody on Monday. Mum and the two children have been at her sister's in Tooting since then, are staying there over Easter, and have had no contact with him. The IDVA is involved and MARAC is on Tuesday 9 April. The children are safe and school are aware. For Monday: please make sure the MARAC papers go to whoever is covering me, and book the Early Help review for the week I'm back.

2. Leo K-B
Step-down review is on 10 April; the plan is in the shared drive. Nothing to do before then.

3. The H. family
Dad asked about Easter holiday activities - I've signposted him to the HAF programme. No further action.

Reminder for whoever is on the rota: the clocks go forward on Sunday, so Monday's 9am visits are an hour earlier than your body thinks.

Thanks all - have a good Easter.
Sunita

Sunita Raghavan
Early Help Practitioner | Wandsworth Locality North

""") + RDISC
    top = outlook_top(f, addr("Raghavan, Sunita", "Sunita.Raghavan@" + RDOM), addr("Early Help Duty", RED),
                      "For Monday - handover while I'm on leave (nothing for tonight)", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, ["3307781"], [], ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS - A FRIDAY-EVENING 'FOR MONDAY' HANDOVER BEFORE LEAVE: a father's violence last Saturday, but he is "
        "remanded in custody, mum and the children are at her sister's with no contact, IDVA and MARAC in hand, 'The "
        "children are safe' -> planned and managed, not an immediate risk. A handover asks for no step -> other -> "
        "human_review. The children are not named (the family by surname, 'Leo K-B', 'the H. family') -> children []. "
        "'Mosaic 3307781' -> '3307781'. The recent, managed incident is still a current worry for that household -> "
        "domestic_abuse (a reader could leave it out as managed). Mention of the BST change ('clocks go forward on "
        "Sunday') is on the last Friday of GMT.",
        not_children=["Sunita Raghavan"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2069-01-14 09:05:51"
    body = T("""
Good morning,

As agreed with Jasper on the phone on Friday afternoon, I'm confirming the step-down case discussion for Thursday 17th January at 2pm on Teams. The latest case summary and the draft Early Help plan are attached.

Child: Amélie Durand-Okafor, DOB 11/09/2055
Mosaic ID 3264409

Dad (sole carer) gave his consent for Early Help to continue the plan when I saw him at home on Friday. Amélie has been part of the plan too and is happy with it.

The plan is mainly about Amélie's attendance (84% this year) and dad's low mood since he lost his job in the autumn; he's now seeing his GP. Amélie spends alternate weekends with her mum in Croydon and those weekends are going well.

Proposed Lead Professional: Mr Gideon Afolabi, Head of Year 8 at Wandle Vale Academy, who has said he is willing.

I'll be there with my team manager, Priti Varma.

Best wishes,
Saoirse

Saoirse Delaney
Social Worker | Children in Need Team (Wandsworth)

""") + RDISC
    summ = docx_att("Case summary - Amelie Durand-Okafor.docx", [
        "# Case summary for step-down", "Amélie Durand-Okafor (11/09/2055), Mosaic ID 3264409",
        "Child in Need plan since June 2068: attendance, dad's mental health, housing.",
        "Progress: housing resolved in November; attendance up from 71% to 84%; dad engaged with his GP."])
    plan = docx_att("Draft Early Help plan - Durand-Okafor.docx", [
        "# Draft Early Help plan", "What needs to happen: attendance plan with Wandle Vale Academy (Mr Afolabi); "
        "dad to continue with his GP and the employment support service; weekend arrangements with mum to continue.",
        "Review: four weeks after handover."])
    top = outlook_top(f, addr("Delaney, Saoirse", "Saoirse.Delaney@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - confirming case discussion Thurs 17th Jan 2pm - Durand-Okafor", when,
                      cc=addr("Varma, Priti", "Priti.Varma@" + RDOM))
    add(f, mail(f, top, body, atts=[summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3264409"],
        [ch("Amélie Durand-Okafor", "2055-09-11", "11/09/2055")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "A MONDAY-MORNING CONFIRMATION of a step-down case discussion agreed with the Early Help duty manager on the "
        "phone on Friday afternoon, exactly as the protocol describes (REQUIREMENTS richmond_wandsworth step_down: "
        "case_summary, draft_plan, consent); both attached; 'Dad ... gave his consent for Early Help to continue the "
        "plan' -> consent true. The manager is not required for this kind and only attends -> null. No notice field "
        "(the 5 days are a deadline, not notice) -> notice null -> book_meeting. Accented, hyphenated name.",
        not_children=["Gideon Afolabi", "Priti Varma", "Saoirse Delaney"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2069-03-01 15:10:03"
    body = T("""
Hi,

Following my call with the duty team manager this afternoon, we agreed a step-down case discussion for Wednesday 6th March at 10am. The case summary (PDF) and the draft Early Help plan (Word) are attached.

Children: Harleen Kaur (DOB 04/04/2058) and Arjun Kaur (DOB 19/12/2061)
Mosaic ID 3351207

Background: the children were subject to child protection plans from July to December 2068 after an incident in which mum's then partner assaulted her and Harleen was hurt trying to intervene. He was convicted in November and is serving a prison sentence; mum has a non-molestation order. The plans ended at the review conference on 12 December because the risk of significant harm had reduced, and there have been no incidents and no safeguarding concerns since.

What the family need now: support while Arjun is assessed for ADHD, and help for mum's anxiety.

Consent: mum is away at her sister's in Leicester this weekend. I'll talk to her about consent for Early Help when she's back on Monday and confirm.

Thanks,
Oliver

Oliver Penhaligon
Social Worker | Family Safeguarding Team (Richmond)

""") + RDISC
    summ = pdf_att("Case summary - Kaur.pdf", "Case summary - Kaur", [
        "Mosaic ID 3351207", "Harleen Kaur (04/04/2058), Arjun Kaur (19/12/2061)",
        "CP plans 18/07/2068 - 12/12/2068 (ended: risk reduced). CIN plan since 12/12/2068.",
        "Current needs: ADHD assessment (Arjun); mum's anxiety; Harleen's confidence."])
    plan = docx_att("Draft EH plan - Kaur.docx", ["# Draft Early Help plan - Kaur",
                                                   "Needs: ADHD assessment support; mum's anxiety (Talking Therapies)."])
    top = outlook_top(f, addr("Penhaligon, Oliver", "Oliver.Penhaligon@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Kaur family - case discussion Weds 6th March", when)
    add(f, mail(f, top, body, atts=[summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3351207"],
        [ch("Harleen Kaur", "2058-04-04", "04/04/2058"), ch("Arjun Kaur", "2061-12-19", "19/12/2061")],
        ["disability_send", "parental_mental_health"], None, None, ["consent"], None, "request_info",
        "NEAR MISS - RISK WORDS THAT ARE ALL HISTORY: child protection plans that ended in December, an assault by a "
        "former partner now in prison, 'the risk of significant harm had reduced', 'no safeguarding concerns since' "
        "-> not urgent, domestic_abuse not current. A FRIDAY STEP-DOWN WAITING ON THE WEEKEND: mum is away and "
        "consent will be asked on Monday -> consent null ('still to be asked') -> consent missing (REQUIREMENTS "
        "richmond_wandsworth step_down) -> request_info. Concerns now: ADHD assessment -> disability_send; mum's "
        "anxiety -> parental_mental_health.",
        not_children=["Oliver Penhaligon"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2069-02-25 08:20:17"
    body = T("""
Dear MASH,

I'm writing to this address because it's the one on the Early Help leaflet in our office and I can't get through on the phone.

Mikey Okafor-Lewis (Year 3, DOB 14/05/2061) came into breakfast club at 7.50 this morning on his own, in the same clothes he went home in on Friday, and ate three bowls of cereal. He told our breakfast club lead that mum went out on Saturday night "to a party" and hasn't come back, and that he has been looking after his sister, Grace Okafor-Lewis, who is 3, since then. He left Grace at home this morning in front of the TV because "she's too slow to walk to school".

They live at 14 Marlowe Court, Roehampton. Mum's mobile goes straight to voicemail. We don't have any other contact for the family.

Please can someone ring me straight away on 020 7946 0733. I am keeping Mikey with me.

Bernadette Kilbride
Deputy Headteacher
Ravensbury Park Primary School
""")
    top = outlook_top(f, addr("Kilbride, Bernadette", "b.kilbride@ravensburypark.example.sch.uk"), addr("MASH Step Up", RSU),
                      "Mikey Okafor-Lewis, Year 3 - please ring me", when,
                      mid_domain="ravensburypark.example.sch.uk", extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Mikey Okafor-Lewis", "2061-05-14", "14/05/2061"), ch("Grace Okafor-Lewis")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT FIRST THING ON A MONDAY, NO ALARM WORDS: a 7-year-old arrives at breakfast club saying mum went out on "
        "Saturday night and has not come back, and his 3-year-old sister is alone at home now -> immediate risk -> "
        "urgent -> alert_duty. A school's report sent to the step-up inbox asks for no step -> other. No case id. "
        "Grace named in full with her age only. Concern: neglect (children left alone since Saturday).",
        not_children=["Bernadette Kilbride"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2069-01-21 08:50:31"
    data = google_reply(f, when, "Tom Adebayo-Hart", "tom.adebayo-hart@achievingforchildren.example",
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Brennan [SB-richmond_wandsworth-58]",
                        "20690122T100000Z", "20690122T110000Z", "Microsoft Teams",
                        "Tue 22 Jan 2069 10am - 11am (GMT)",
                        note="Covering for Lucía while she's on leave this week - I'll bring the case summary.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, sent at 08:50 on Monday by the practitioner's cover "
        "(richmond_wandsworth_01 named him), with a note about the cover; the SUMMARY gives the surname only -> no "
        "child, no case id. meeting_reply -> record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2069-03-22 16:45:28"
    body = T("""
Hi,

Confirming the step-down case discussion agreed with the Early Help duty manager this morning: Wednesday 27th March at 10am on Teams. The latest case summary and the draft plan for Early Help are attached.

Leah Mbeki-Hart, DOB 30/01/2055
Mosaic ID 3372290

Leah and her mum both consented to Early Help continuing the plan at my visit this afternoon. The plan is about Leah's attendance (82%) and keeping mum's recovery on track - she is ten months sober and goes to her group every Thursday.

Have a good weekend,
Hollie

PS - as I was leaving, Leah showed me messages on her phone from a man called "Kez" she met online, who says he is 19 but looks much older in his photos. He has sent her money for a train ticket and told her he is picking her up from Clapham Junction at 8 tonight to take her to his flat in Luton for the weekend. He told her to delete the messages and not to tell her mum. Leah says she is going. Mum is at work until 10 tonight. I tried our duty TM but she had already gone home.

Hollie Trevelyan
Social Worker | Children in Need Team (Battersea)

""") + RDISC
    summ = pdf_att("Case summary - Leah Mbeki-Hart.pdf", "Case summary - Leah Mbeki-Hart", [
        "Mosaic ID 3372290", "Leah Mbeki-Hart (30/01/2055)", "CIN plan since September 2068.",
        "Progress: mum in recovery (ten months); Leah's attendance up from 64% to 82%."])
    plan = docx_att("Draft plan for Early Help - Mbeki-Hart.docx", [
        "# Draft Early Help plan", "Attendance support with school; mum's recovery group; youth club on Fridays."])
    top = outlook_top(f, addr("Trevelyan, Hollie", "Hollie.Trevelyan@" + RDOM), addr("Early Help Duty", RED),
                      "Step down confirmation - case discussion Weds 27th 10am - Mbeki-Hart", when)
    add(f, mail(f, top, body, atts=[summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["3372290"],
        [ch("Leah Mbeki-Hart", "2055-01-30", "30/01/2055")],
        ["exploitation", "school_attendance"], True, None, [], None, "alert_duty",
        "URGENT ONLY IN THE PS OF A COMPLETE FRIDAY STEP-DOWN, NO ALARM WORDS: a 14-year-old is being collected at "
        "8 tonight by an older man she met online who sent her the fare, told her to delete the messages and to tell "
        "no one, to stay at his flat for the weekend; mum at work until 10 -> grooming with a meeting tonight -> "
        "immediate risk -> urgent -> alert_duty. The step-down itself is complete (case summary, draft plan, consent "
        "from Leah and mum). Concerns: exploitation (online grooming, CSE), school_attendance (82%); mum's recovery "
        "is a strength, not a current concern.",
        not_children=["Hollie Trevelyan"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf_pdf(filename, rows):
    return pdf_att(filename, "Multi-Agency Request for Support (MARF) - London Borough of Tower Hamlets",
                   ["%s: %s" % kv for kv in rows])

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2069-01-21 09:30:46"
    blocks = [
        "Good morning MAST,",
        "",
        "Please find attached a completed Multi-Agency Request for Support form for the Hossain children. We have "
        "had a Team Around the Family since June and, despite the plan, things at home are getting worse rather than "
        "better.",
        "",
        ("table", [["Child", "Date of birth", "School"],
                   ["Ruqayyah Hossain", "28/02/2059", "Bigland Green Primary (Year 4)"],
                   ["Sulaiman Hossain", "06/06/2063", "Nursery class, Bigland Green"]]),
        "",
        "Mosaic ID 3412278",
        "",
        "The main worries are dad's gambling and the debts that come with it (the family have an eviction notice for "
        "the end of February), mum's depression, which her GP is treating but which means she is in bed most days, "
        "and Ruqayyah's attendance, which is down to 72%.",
        "",
        "My manager, Abdul Karim (Early Help Team Manager), reviewed the MARF on Friday afternoon and agreed the step "
        "up - his sign-off is on the form. Both parents know about this request and agree to it.",
        "",
        "Many thanks,",
        "Tahmina",
        "",
        "Tahmina Lowe",
        "Early Help Practitioner | Family Hub (Shadwell) | London Borough of Tower Hamlets",
        "",
    ] + TDISC.strip().split("\n")
    marf = marf_pdf("MARF - Hossain - January.pdf", [
        ("Children", "Ruqayyah Hossain (28/02/2059); Sulaiman Hossain (06/06/2063)"),
        ("Mosaic ID", "3412278"),
        ("Referrer", "Tahmina Lowe, Early Help Practitioner, Family Hub (Shadwell)"),
        ("Reason for request", "Early Help plan not progressing: parental gambling and debt, eviction notice, mother's "
                               "depression, school attendance 72%."),
        ("Parents aware and consent", "Yes - both parents, 17/01/2069"),
        ("Manager sign-off", "Abdul Karim, Early Help Team Manager - agreed 18/01/2069")])
    top = outlook_top(f, addr("Lowe, Tahmina", "Tahmina.Lowe@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Hossain family - MARF attached", when,
                      cc=addr("Karim, Abdul", "Abdul.Karim@" + TDOM))
    add(f, word_mail(f, top, blocks, atts=[marf]), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3412278"],
        [ch("Ruqayyah Hossain", "2059-02-28", "28/02/2059"), ch("Sulaiman Hossain", "2063-06-06", "06/06/2063")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up sent first thing on a Monday (Outlook Word HTML with the children in a "
        "table, plain twin tab-separated): MARF attached (request_for_support) and the manager 'reviewed ... on "
        "Friday afternoon and agreed the step up' (manager_agreed) -> nothing missing -> book_meeting. 'Both parents "
        "... agree to it' -> consent true. Concerns: mum's depression -> parental_mental_health; 72% -> "
        "school_attendance (gambling and debt have no contract id).",
        not_children=["Tahmina Lowe", "Abdul Karim"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2069-03-15 16:05:19"
    body = T("""
Hello MAST,

Sorry this is late on a Friday.

Ibrahim Chowdhury (DOB 03/11/2059) came into the family hub after school at 3.40 with a split lip and a swollen left eye. He says his uncle, who is staying with the family while dad is in Sylhet for a funeral, hit him with a belt buckle last night and again this morning because he lost his Oyster card. He does not want to go home.

His uncle is waiting outside in the car to take him home and has come in twice asking where he is. Mum speaks little English and I haven't been able to reach her through the interpreter line. Ibrahim's little brother, Zakaria Chowdhury (4), is at home with the uncle's wife.

The MARF is attached. Our duty manager, Nadia Rahim, has read it and agreed the step up. I am keeping Ibrahim in the family room with me.

Joshua Abiodun
Early Help Practitioner | Family Hub (Stepney) | 07700 900317

""") + TDISC
    marf = marf_pdf("MARF - Ibrahim Chowdhury.pdf", [
        ("Child", "Ibrahim Chowdhury (03/11/2059); sibling Zakaria Chowdhury (aged 4)"),
        ("Address", "Flat 22, Clichy House, Stepney, E1 9ZJ"),
        ("Is the child at immediate risk of harm?", "YES - injuries today, alleged perpetrator waiting outside"),
        ("Referrer", "Joshua Abiodun, Early Help Practitioner, Family Hub (Stepney)"),
        ("Parental consent", "Not yet sought - mother not reached"),
        ("Manager", "Nadia Rahim, duty manager - agreed 15/03/2069 16:00")])
    top = outlook_top(f, addr("Abiodun, Joshua", "Joshua.Abiodun@" + TDOM), addr("MAST", TMAST),
                      "Step up / MARF - Ibrahim Chowdhury (9)", when, extra=[("Importance", "High")])
    add(f, mail(f, top, body, atts=[marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Ibrahim Chowdhury", "2059-11-03", "03/11/2059"), ch("Zakaria Chowdhury")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT LATE ON A FRIDAY: a 9-year-old with a split lip and swollen eye says the uncle staying with the "
        "family beat him with a belt buckle last night and this morning; the uncle is outside waiting to take him "
        "home and a 4-year-old is at home -> immediate risk -> urgent -> alert_duty. 'Immediate risk' appears only "
        "in the attached MARF; the body has no alarm word. The step-up is otherwise complete (REQUIREMENTS "
        "tower_hamlets step_up: MARF attached, duty manager 'agreed the step up'); consent not yet sought -> null "
        "(not required for this kind). No case id. physical_harm.",
        not_children=["Joshua Abiodun", "Nadia Rahim"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2069-03-22 11:00:37"
    rota = [("Mon 25 March", "Maryam Okonjo", "Nadim Rahman", "EDT"), ("Tue 26 March", "Maryam Okonjo", "Olwen Fairclough", "EDT"),
            ("Wed 27 March", "Priya Castellan", "Nadim Rahman", "EDT"), ("Thu 28 March", "Maryam Okonjo", "Nadim Rahman", "EDT"),
            ("Fri 29 March", "Priya Castellan (from 1pm: Maryam Okonjo)", "Olwen Fairclough", "EDT from 5pm"),
            ("Sat 30 - Sun 31 March", "-", "-", "EDT all weekend (clocks go forward 1am Sunday)"),
            ("Mon 1 April", "Maryam Okonjo", "Nadim Rahman", "EDT")]
    html_rota = ("<html><head><meta charset=\"utf-8\"><title>MAST duty rota</title></head><body>\n"
                 "<h2>MAST and Early Help duty rota: w/c 25 March</h2>\n<table border=\"1\" cellpadding=\"4\">\n"
                 "<tr><th>Day</th><th>MAST duty manager</th><th>Early Help duty</th><th>Out of hours</th></tr>\n"
                 + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % tuple(esc(x) for x in r) for r in rota)
                 + "</table>\n<p>Out of hours (emergency only): 0207 364 4079.</p>\n</body></html>\n")
    att = binary_part("text/html", "MAST duty rota w-c 25 March.html", html_rota.encode("utf-8"))
    body = T("""
Dear all,

Please find attached the MAST and Early Help duty rota for next week, including the weekend the clocks go forward.

Cover arrangements while managers are on leave:
- Maryam is on leave Friday afternoon (29th); Priya covers the morning and Maryam's deputy the afternoon.
- Olwen covers Early Help duty on Tuesday and Friday.

A reminder about Fridays: anything describing a child at immediate risk, or at risk of significant harm over the weekend, must be phoned through - to MAST on 0207 364 5606/5601 before 5pm, and to the out-of-hours service on 0207 364 4079 after 5pm. Please do not leave a MARF like that sitting in the inbox until Monday. In an emergency call 999.

Everything else that arrives after 4pm on Friday will be triaged first thing on Monday.

Thank you,
MAST Business Support
London Borough of Tower Hamlets

""") + TDISC
    top = outlook_top(f, addr("MAST Business Support", "mast.businesssupport@" + TDOM), addr("MAST", TMAST),
                      "Duty rota and cover arrangements - w/c 25 March (clocks change)", when)
    add(f, mail(f, top, body, atts=[att], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A DUTY ROTA AND COVER EMAIL FROM BUSINESS SUPPORT full of the alarm words ('a child at immediate "
        "risk', 'risk of significant harm over the weekend', 999, the out-of-hours number) about no child at all; an "
        "HTML rota attached. Not a request -> other -> human_review; nothing to extract.",
        not_children=["Maryam Okonjo", "Nadim Rahman", "Olwen Fairclough", "Priya Castellan"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2069-02-01 14:20:55"
    body = T("""
Hi Early Help Hub,

I'm starting maternity leave next Friday, so I'm handing this over properly now rather than leaving loose ends.

Step-down to Early Help following the Child and Family Assessment, which concluded on 30 January:
Sofia Akhtar-Doyle - DOB 12/12/2063 - Mosaic ID 3398104
Rayan Akhtar-Doyle - DOB 08/08/2066 - Mosaic ID 3398105

Attached: the Child and Family Assessment (PDF) and the draft TAF plan (Word).

Consent: mum and dad both gave consent to the step down at the CIN review on Tuesday.

Lead Practitioner: Parveen Sultana, Family Support Worker at Limehouse Children's Centre, has agreed to lead.

TAF meeting: I'll chair it on Wednesday 13 February at 10am at Limehouse Children's Centre, before I go. After that my manager, Dele Ogunbiyi, will pick up anything outstanding.

The remaining needs are Rayan's development (he's being assessed for an EHCP for global developmental delay) and support for the parents with that process.

Thanks,
Rebecca

Rebecca Lindqvist
Social Worker | Assessment and Intervention | London Borough of Tower Hamlets

""") + TDISC
    cfa = pdf_att("Child and Family Assessment - Akhtar-Doyle.pdf", "Child and Family Assessment - Akhtar-Doyle", [
        "Sofia Akhtar-Doyle (12/12/2063) Mosaic ID 3398104", "Rayan Akhtar-Doyle (08/08/2066) Mosaic ID 3398105",
        "Assessment started 05/12/2068, concluded 30/01/2069", "Outcome: step down to Early Help (TAF).",
        "Analysis: the parents meet the children's needs; Rayan's development needs co-ordinated support."])
    plan = docx_att("Draft TAF plan - Akhtar-Doyle.docx", [
        "# Draft TAF plan", "Lead Practitioner: Parveen Sultana (Limehouse Children's Centre)",
        "Actions: EHCP assessment support; speech and language therapy; parents' group."])
    top = outlook_top(f, addr("Lindqvist, Rebecca", "Rebecca.Lindqvist@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Akhtar-Doyle - TAF 13 Feb", when,
                      cc=addr("Ogunbiyi, Dele", "Dele.Ogunbiyi@" + TDOM))
    add(f, mail(f, top, body, atts=[cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3398104", "3398105"],
        [ch("Sofia Akhtar-Doyle", "2063-12-12", "12/12/2063"), ch("Rayan Akhtar-Doyle", "2066-08-08", "08/08/2066")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "A WORKER GOING ON LEAVE HANDS OVER ON A FRIDAY AFTERNOON: complete Tower Hamlets step-down (REQUIREMENTS "
        "tower_hamlets step_down: assessment (C&F Assessment PDF), draft_plan (TAF plan), consent ('both gave "
        "consent'), lead_practitioner (Parveen Sultana, Limehouse Children's Centre)) -> book_meeting; notice null "
        "(the 10 WD is a deadline). Two Mosaic ids. Manager only picks up later -> null. Concern: EHCP assessment "
        "for global developmental delay -> disability_send.",
        not_children=["Parveen Sultana", "Dele Ogunbiyi", "Rebecca Lindqvist"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2069-03-18 08:45:02"
    ack = ack_text("step-down", "SB-tower_hamlets-317", ["Children: Yusuf Nuri, Safiya Nuri",
                                                         "TAF meeting: Thursday 21 March, 14:00"], [])
    body = T("""
Morning,

For information before Thursday's TAF, so you hear it from me first.

On Saturday night mum's ex-partner turned up at the flat drunk and kicked the door. Mum didn't let him in and rang 999; police arrested him at the scene. He was charged on Sunday and is in custody for court this morning; if the magistrates bail him it will be with conditions not to come into Tower Hamlets. The children were at their grandmother's in Bethnal Green for the weekend and didn't see or hear any of it.

I spoke to mum and the children yesterday afternoon and they're fine. Police have fitted a door alarm and mum has the IDVA's number.

This doesn't change our view that step-down is right: mum acted protectively, and there are no new concerns about the children's care. The TAF stays on Thursday at 2pm.

Dylan

Dylan Ashworth-Rai
Social Worker | Children's Social Work, Bow
""") + quote("Early Help Hub <%s>" % TEH, "11 March 2069 09:12", "Ashworth-Rai, Dylan",
             "[SB-tower_hamlets-317] Step-down request received", ack)
    top = outlook_top(f, addr("Ashworth-Rai, Dylan", "Dylan.Ashworth-Rai@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-317] Step-down request received", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, [],
        [ch("Yusuf Nuri"), ch("Safiya Nuri")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A MONDAY-MORNING UPDATE ABOUT THE WEEKEND THAT IS ALREADY RESOLVED: an ex-partner kicked the "
        "door on Saturday night, was arrested at the scene, charged and held in custody for court (any bail with conditions to stay out of the borough); the children were at their "
        "grandmother's and saw nothing; mum acted protectively; 'no new concerns about the children's care' -> not "
        "an immediate risk. A reply to [SB-tower_hamlets-317] -> follow_up -> attach_to_request. The children's full "
        "names are in the quoted acknowledgement -> labelled. The recent incident is a domestic abuse worry for the "
        "household -> domestic_abuse (a reader could argue none, as managed).",
        not_children=["Dylan Ashworth-Rai"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2069-01-28 07:40:13"
    body = T("""
I'm outside the Miah family's flat, 14 Ashfield Mansions E14, for the 7.30 breakfast routine visit. Nobody is answering. I can hear the baby crying and through the letterbox I can see mum lying on the hallway floor not moving, with empty vodka bottles by the door.

Rania Miah (6) came to the window and said mummy "has been sleeping since yesterday". Zayan Miah (4) and the baby, Inaya Miah (8 months), are in there too.

I've rung 999 for an ambulance and the police, they said 10 minutes. I'm staying here. Mum's partner's van isn't outside.

Gulshan Ara
Family Support Worker, Early Help (Poplar)
07700 900861

Sent from my phone
""")
    top = plain_top(f, addr("Gulshan Ara", "Gulshan.Ara@" + TDOM), addr("MAST", TMAST),
                    "Miah family - Ashfield Mansions - need someone now", when, TDOM, None)
    add(f, build(top, text_part(body, cte="base64"), False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Rania Miah"), ch("Zayan Miah"), ch("Inaya Miah")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT AT 07:40 ON A MONDAY, NO ALARM WORDS (a phone mail, one base64 text/plain part, LF): a family support "
        "worker at the door sees mum motionless on the floor among empty bottles, a 6-year-old says she has been "
        "'sleeping since yesterday', a 4-year-old and an 8-month-old inside -> immediate risk -> urgent -> "
        "alert_duty (999 already called does not make it less urgent for MAST). A report, no step asked -> other. "
        "Three children named in full, ages only. Concerns: neglect (children unsupervised since yesterday), "
        "substance_misuse.",
        not_children=["Gulshan Ara"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2069-03-15 15:30:48"
    data = itip_reply(f, when, "Kemi Adeyinka", "k.adeyinka@cubitt-town.example.sch.uk",
                      ("Early Help Hub", TEH), "DECLINED",
                      "TAF meeting - Nuri [SB-tower_hamlets-317]", "20690321T140000", "20690321T153000",
                      "Microsoft Teams Meeting",
                      comment="Sorry - I'm on leave all next week. Our SENCo, Folasade Bello, will come instead "
                              "and I've forwarded her this invite.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, sent on a Friday afternoon by a school's family worker going on leave, "
        "with a COMMENT naming her cover. The SUMMARY has the surname and the reference only -> no child, no case "
        "id. meeting_reply -> record_reply.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2069-01-04 13:30:26"
    body = T("""
Hi Early Help Hub,

Two quick questions before the weekend, if someone has a minute:

1. Who is covering Early Help duty next week while Nadim is on leave? I have two step-downs to send and I'd like to ring someone first.

2. If I send a step-down on a Friday afternoon, do the 10 working days for the TAF minutes run from the Friday or from the Monday? I've been told different things by different people.

Thanks,
Imran

Imran Qadir
Social Worker | Children with Disabilities Team | London Borough of Tower Hamlets
""")
    top = outlook_top(f, addr("Qadir, Imran", "Imran.Qadir@" + TDOM), addr("Early Help Hub", TEH),
                      "Two quick questions - duty cover and Friday step-downs", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A social worker's general questions on a Friday (who covers duty while the co-ordinator is on leave; whether a "
        "Friday step-down's 10 working days start on Friday or Monday): no request, no child -> other -> "
        "human_review.",
        not_children=["Imran Qadir"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2069-01-11 15:30:09"
    blocks = [
        "Hi Early Help,",
        "",
        "Please could I have a triage slot for a step down to level 3 for the Trelawny children:",
        "",
        ("table", [["Name", "DOB", "LCS"],
                   ["Marnie Trelawny", "19/08/2065", "LCS-4471093"],
                   ["Jenson Trelawny", "02/02/2060", "LCS-4471093"]]),
        "",
        "The Single Assessment was completed on 9 January and is attached, with my analysis and the rationale for "
        "stepping down. My team manager, Lowenna Kitto, has recorded her manager's analysis on LCS confirming the "
        "threshold for level 3 is met. Mum has given consent for level 3 early help - we went through it together "
        "on Wednesday.",
        "",
        "What's still needed is support with home conditions (much improved but they slip when mum's low) and mum's "
        "mental health - she's under the perinatal team's follow-on service.",
        "",
        "As Marnie is under 5 I know she'll go to the fortnightly under-5s triage with AFC. I'm in court on Tuesday "
        "15th, so the 22nd would suit better if that's an under-5s week. I'm working from home on Monday if anything "
        "is needed before then.",
        "",
        "Thanks, and have a good weekend,",
        "Jade",
        "",
        "Jade Penberthy",
        "Social Worker | Single Assessment Team | Torbay Council",
        "",
    ] + BDISC.strip().split("\n")
    sa = docx_att("Single Assessment - Trelawny - LCS-4471093.docx", [
        "# Single Assessment - Trelawny", "Children: Marnie Trelawny (19/08/2065), Jenson Trelawny (02/02/2060)",
        "Completed: 09/01/2069", "Social worker's analysis: needs no longer require a level 4 response; home "
        "conditions and mum's mental health need a co-ordinated level 3 plan.",
        "Rationale for step down: outcomes of the assessment achieved; mum engaged throughout.",
        "Manager's analysis (Lowenna Kitto, Team Manager): I agree the threshold for level 3 intervention is met."])
    top = outlook_top(f, addr("Penberthy, Jade", "Jade.Penberthy@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down to level 3 - Trelawny - LCS-4471093", when)
    add(f, word_mail(f, top, blocks, atts=[sa]), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-4471093"],
        [ch("Marnie Trelawny", "2065-08-19", "19/08/2065"), ch("Jenson Trelawny", "2060-02-02", "02/02/2060")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asked for on a Friday afternoon (Word HTML, children in a table): Single "
        "Assessment attached with the worker's analysis and the manager's analysis 'confirming the threshold for level "
        "3 is met' (manager true), 'Mum has given consent for level 3 early help' (consent true) -> REQUIREMENTS "
        "torbay step_down met -> book_meeting; level 3 stated. Marnie is 3 -> the fortnightly under-5s triage "
        "(stepbot's panel, not a labelled field). One LCS id for both. Concerns: home conditions -> neglect; mum's "
        "mental health -> parental_mental_health.",
        not_children=["Lowenna Kitto", "Jade Penberthy"])

def torbay_02():
    f = "torbay_02.eml"; when = "2069-02-01 18:40:52"
    body = T("""
Hello MASH,

I'm the lead practitioner for the Dunstan family (EHM-902144) and this is a contact about tonight.

It's dad's contact weekend. At the handover at the Willows retail park at 6pm, mum says dad (Craig Dunstan) was slurring and smelled strongly of drink. He put Poppy Dunstan (5) and Alfie Dunstan (9) in his car and drove off towards Paignton before she could stop him. Poppy was screaming. Mum rang me at 6.15 in bits. She has rung the police and given them his registration.

Mum consents to this contact to MASH and wants you to know everything. I've tried my team manager but she has finished for the weekend and her phone is off, so I haven't been able to talk it through with her.

Dad lives at Flat 2, 9 Quay Rise, Paignton. Mum's number is 07700 900274.

Sam Treloar
Early Help Family Practitioner | Torbay Council
07700 900126
""")
    top = plain_top(f, addr("Sam Treloar", "Sam.Treloar@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Dunstan children - tonight", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-902144"],
        [ch("Poppy Dunstan"), ch("Alfie Dunstan")],
        ["substance_misuse"], True, None, ["manager_agreed"], None, "alert_duty",
        "URGENT AT 18:40 ON A FRIDAY, NO ALARM WORDS: at the start of a contact weekend a father who was slurring and "
        "smelled of drink drove off with a 5-year-old and a 9-year-old -> immediate risk now -> urgent -> alert_duty "
        "(the out-of-hours team at this hour). The lead practitioner's contact to MASH -> step_up (Torbay). 'Mum "
        "consents to this contact to MASH' -> consent true; the team manager could not be reached -> manager null "
        "-> manager_agreed missing (REQUIREMENTS torbay step_up), which does not delay the alert. substance_misuse.",
        not_children=["Sam Treloar", "Craig Dunstan"])

def torbay_03():
    f = "torbay_03.eml"; when = "2069-03-04 09:10:35"
    body = T("""
Good morning,

Triage slot request please for a step down to level 3 (SASF route - the child protection plan ended at the review conference on 26 February).

Tegan Rowe-Adjei, DOB 05/10/2057
LCS-4490218

Attached is the Single Assessment update with my analysis. My team manager, Jago Pascoe, has added his manager's analysis confirming the threshold for level 3 is met. Dad has consented to level 3 early help (he signed the consent on Friday).

Bottom lines agreed at the conference, for the plan: if dad were to start drinking again, or if Tegan were to go missing overnight, that would be a risk of significant harm and we would expect a contact to MASH the same day. If mum's former partner, who was the subject of the original child protection enquiry in 2067, were ever to come back to the area, the plan would be reviewed at once.

None of these has happened. Dad has been sober for 14 months and the former partner lives in Scotland with no contact.

What's still needed: Tegan's attendance (90%) and her anxiety, and dad would like parenting support for teenagers.

Kerenza Polglase
Social Worker | Safeguarding and Supporting Families Team | Torbay Council

""") + BDISC
    sa = pdf_att("Single Assessment update - Rowe-Adjei.pdf", "Single Assessment update - Tegan Rowe-Adjei", [
        "LCS-4490218   Tegan Rowe-Adjei (05/10/2057)", "CP plan ended at review conference 26/02/2069.",
        "Social worker's analysis: level 4 intervention no longer required; level 3 co-ordinated response needed.",
        "Manager's analysis (Jago Pascoe): threshold for level 3 intervention met.",
        "Bottom lines: relapse; missing overnight; return of former partner (none current)."])
    top = outlook_top(f, addr("Polglase, Kerenza", "Kerenza.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - step down - Rowe-Adjei - LCS-4490218", when)
    add(f, mail(f, top, body, atts=[sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-4490218"],
        [ch("Tegan Rowe-Adjei", "2057-10-05", "05/10/2057")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - HYPOTHETICAL 'BOTTOM LINES' ON A MONDAY MORNING: 'if dad were to start drinking again', 'if Tegan "
        "were to go missing overnight, that would be a risk of significant harm', 'if mum's former partner ... were "
        "ever to come back' - all conditional, with 'None of these has happened' -> not urgent, and not concerns "
        "(no substance_misuse, missing or domestic_abuse). Complete Torbay SASF step-down: Single Assessment with "
        "both analyses (manager true), dad's signed consent (true), level 3 stated -> book_meeting. Concern: 90% -> "
        "school_attendance.",
        not_children=["Jago Pascoe", "Kerenza Polglase"])

def torbay_04():
    f = "torbay_04.eml"; when = "2069-02-22 12:50:14"
    body = T("""
Hi,

Triage slot please for a step down to level 3 for Lucas Fairweather (DOB 27/03/2054), LCS-4481552.

The Single Assessment is attached, with my analysis and the rationale for stepping down. Mum consents to level 3 early help - we talked it through at Tuesday's visit.

My team manager is on leave this week (half term). She's back on Monday and will add her manager's analysis then. I'm off Monday and Tuesday myself, so please pick anything up with her.

The needs are Lucas's cannabis use and his attendance (76%).

Thanks,
Aaron

Aaron Blackmore-Singh
Social Worker | Single Assessment Team | Torbay Council
""")
    sa = docx_att("Single Assessment - Lucas Fairweather.docx", [
        "# Single Assessment - Lucas Fairweather (LCS-4481552)", "DOB 27/03/2054",
        "Social worker's analysis: no further level 4 action; level 3 needs - cannabis use, attendance 76%.",
        "Manager's analysis: [to be completed]"])
    top = outlook_top(f, addr("Blackmore-Singh, Aaron", "Aaron.Blackmore-Singh@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Lucas Fairweather", when)
    add(f, mail(f, top, body, atts=[sa], html_alt=True), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["LCS-4481552"],
        [ch("Lucas Fairweather", "2054-03-27", "27/03/2054")],
        ["school_attendance", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "A HALF-TERM FRIDAY STEP-DOWN WITH THE MANAGER AWAY: the manager's analysis will be added 'on Monday' and the "
        "form says '[to be completed]' -> manager null -> manager_agreed missing (REQUIREMENTS torbay step_down) -> "
        "request_info. Single Assessment attached (assessment met); 'Mum consents to level 3 early help' -> consent "
        "true; level 3 stated. Concerns: cannabis use -> substance_misuse; 76% -> school_attendance. Lucas is 14.",
        not_children=["Aaron Blackmore-Singh"])

def torbay_05():
    f = "torbay_05.eml"; when = "2069-03-15 12:00:03"
    text = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - FRIDAY BRIEFING

1. Learning from a local case review: "the Friday inbox"
Child F (6) was left alone over a weekend after the relative who usually cared for her at weekends went away. A contact describing a child at risk was emailed to an inbox at 4.45pm on a Friday and was not read until Monday. The review's message is simple: if a child is in danger now, pick up the phone. Ring MASH before 5pm and the Emergency Duty Team after 5pm. In an emergency ring 999. Never leave immediate risk in an inbox.
(Child F is a composite case used for learning; details have been changed.)

2. Seven-minute briefing: weekends and contact handovers
Handovers for contact weekends can be flashpoints: parents under the influence, arguments in car parks, children caught in the middle. The briefing includes three example scenarios for team discussion.

3. Training
Neglect and the Graded Care Profile 2 - Tuesday 26 March, 9.30-12.30, Paignton Library.
Contextual safeguarding for Early Help - Thursday 4 April, online.

You are receiving this because you subscribed to the TSCP Friday briefing. Unsubscribe: https://tscp.example.org/unsubscribe
""")
    h = html_of(text, "Arial")
    top = plain_top(f, addr("TSCP Briefing", "briefing@tscp.example.org"), addr("Early Help", BEH),
                    "Friday briefing: the Friday inbox, contact weekends, training dates", when, "tscp.example.org", None,
                    extra=[("List-Id", "TSCP Friday briefing <friday.tscp.example.org>"),
                           ("List-Unsubscribe", "<https://tscp.example.org/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, alt_mail(f, top, text, h), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN whose case review describes 'Child F (6) ... left alone over a weekend', "
        "'a child at risk', 'in danger now', and example handover scenarios - a composite learning case, no real "
        "child. A mailing-list bulletin (List-Id, no Auto-Submitted) -> other -> human_review (DESIGN: bulletins "
        "that list examples must not trigger the alert).")

def torbay_06():
    f = "torbay_06.eml"; when = "2069-02-11 07:15:42"
    ack = ack_text("contact to MASH", "SB-torbay-412", ["Young person: Kayla Stephens (EHM-905513)",
                                                         "MASH threshold discussion: to be booked"], [])
    body = T("""
Update first thing - Kayla didn't go home on Friday night. Mum thought she was at her friend Jess's all weekend.

At 6.50 this morning Kayla texted me from someone else's phone. She's at a flat above a takeaway on Torbay Road in Paignton with two men she met on Friday. They've taken her phone and told her she "owes" them for the weed and can't leave until she's paid it off. She said she's scared and asked me not to ring the number back.

Mum is ringing the police now. Kayla is 15 (DOB 23/06/2053).

Becky

Becky Nancarrow
Early Help Family Practitioner | Torbay Council | 07700 900583

""") + stepbot_ack("SB-torbay-412", ["On Thu, 7 Feb 2069 at 10:14, MASH <%s> wrote:" % BMASH, ""] + ack.rstrip("\n").split("\n"))
    top = plain_top(f, addr("Becky Nancarrow", "Becky.Nancarrow@" + BDOM), addr("MASH", BMASH),
                    "Re: [SB-torbay-412] Contact to MASH received - Kayla Stephens", when, BDOM, None)
    add(f, build(top, flowed_part(body, cte="quoted-printable"), False), "torbay", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-905513"],
        [ch("Kayla Stephens", "2053-06-23", "23/06/2053")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT FIRST THING ON A MONDAY, NO ALARM WORDS: a 15-year-old missing since Friday night texts at 6.50am "
        "that she is held in a flat by two men who took her phone and say she 'owes' them and cannot leave -> "
        "exploitation happening now -> urgent -> alert_duty, before attach_to_request. A reply to [SB-torbay-412] "
        "(phone, format=flowed) -> follow_up. Child and EHM id also in the quoted acknowledgement. Concerns: "
        "exploitation, missing.",
        not_children=["Becky Nancarrow"])

def torbay_07():
    f = "torbay_07.eml"; when = "2069-01-18 09:05:27"
    body = T("""
Thank you for your email.

I work compressed hours, Monday to Thursday, and I don't work on Fridays. Your email will be read on Monday.

For triage bookings please contact Early Help business support on earlyhelp.businesssupport@torbay.gov.uk.

Silas Penrose
Assistant Team Manager, Early Help | Torbay Council
""")
    data = ooo(f, when, "Silas Penrose", "silas.penrose@" + BDOM, addr("Early Help", BEH),
               "[SB-torbay-377] Triage slot confirmed - Tuesday 22 January 10:00", body)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A FRIDAY OUT-OF-OFFICE from an assistant team manager who does not work Fridays (compressed hours), sent "
        "back to the Early Help inbox when stepbot's triage confirmation reached him: Auto-Submitted: auto-replied "
        "-> auto_reply -> ignore (DESIGN safety rule 2). No risk words.",
        not_children=["Silas Penrose"])

def torbay_08():
    f = "torbay_08.eml"; when = "2069-04-05 14:00:31"
    body = T("""
Hello MASH,

Please note this is not an emergency and nobody is in danger this weekend - I'm sending it before the weekend so it's with you first thing on Monday.

Children:
Tobi Okonkwo-Bray - DOB 10/01/2060
Esme Okonkwo-Bray - DOB 25/05/2064
EHM-911387

New information: on Wednesday night mum's partner hit her during an argument while the children were asleep upstairs. He was arrested on Thursday, has been charged, and is bailed to an address in Exeter with conditions not to contact mum or come into Torbay. Mum and the children are staying with her parents in Brixham for the weekend and the first week of the Easter holidays. The police DASH was medium risk and the IDVA referral has been made.

My team manager, Carys Pengelly, and I have discussed it and we agree it needs considering for a level 4 statutory intervention, as it's the third incident since October. Mum consents to this contact to MASH.

Nisha Raval
Early Help Family Practitioner | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Raval, Nisha", "Nisha.Raval@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH (not an emergency) - Okonkwo-Bray - for threshold discussion", when,
                      cc=addr("Pengelly, Carys", "Carys.Pengelly@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-911387"],
        [ch("Tobi Okonkwo-Bray", "2060-01-10", "10/01/2060"), ch("Esme Okonkwo-Bray", "2064-05-25", "25/05/2064")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - PLANNED AND MANAGED, SENT ON THE FIRST FRIDAY OF BST (+0100): an assault on mum on Wednesday, "
        "DASH 'medium risk', but the partner is charged and bailed to Exeter with no-contact conditions and the family "
        "are at the grandparents' -> 'nobody is in danger this weekend' -> not urgent. A complete Torbay step-up "
        "(contact to MASH): 'we agree it needs considering for a level 4' (manager true) and 'Mum consents to this "
        "contact to MASH' (consent true) -> book_meeting. domestic_abuse.",
        not_children=["Carys Pengelly", "Nisha Raval"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2069-01-18 16:10:40"
    body = T("""
Hi team,

Please find attached the Early Help Assessment step-down plan for the Ruiz-Jones children and mum's signed consent form. I talked the plan through with Xavier at Tuesday's drop-in.

Children (sibling group):
Mateo Ruiz-Jones - DOB 14/04/2059 - Mosaic 712044
Lola Ruiz-Jones - DOB 01/09/2062 - Mosaic 712045
Sienna Ruiz-Jones - DOB 30/06/2066 - Mosaic 712046

Level: Intensive (level 3). The Child and Family Assessment concluded on 10 January with the decision to step down.

Key person: Mrs Hayley Pritchard, Family Support Worker at Kingfisher Primary School, Leominster - agreed with mum and with Hayley herself.

The plan is about home conditions (better since the autumn but still up and down) and mum's anxiety.

I'm on leave next week (back on the 28th). My manager, Owain Tudor, can answer anything in the meantime.

Thanks,
Ffion

Ffion Baskerville
Social Worker | Children in Need Team (North) | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Ruiz-Jones.docx", [
        "# Early Help Assessment - step-down plan", "Sibling group: Mateo, Lola and Sienna Ruiz-Jones",
        "What are we worried about? Home conditions; mum's anxiety.", "What's working well? Mum engages; school "
        "attendance good for all three.", "Wellbeing plan: What needs to happen - including by whom | Outcome | "
        "Achievable timescale", "Home conditions routine with FSW | tidy, safe home | 8 weeks",
        "Key person: Hayley Pritchard, Family Support Worker, Kingfisher Primary School"])
    consent = pdf_att("Signed consent - Ruiz-Jones.pdf", "Consent to Early Help - Herefordshire Council", [
        "I give my consent for my family to receive Early Help support and for information to be shared with the "
        "key person.", "Parent: Marisol Ruiz   Signed: M. Ruiz   Date: 15/01/2069",
        "Children: Mateo, Lola and Sienna Ruiz-Jones"])
    top = outlook_top(f, addr("Baskerville, Ffion", "Ffion.Baskerville@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Ruiz-Jones sibling group", when,
                      cc=addr("Tudor, Owain", "Owain.Tudor@" + HDOM))
    add(f, mail(f, top, body, atts=[plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["712044", "712045", "712046"],
        [ch("Mateo Ruiz-Jones", "2059-04-14", "14/04/2059"), ch("Lola Ruiz-Jones", "2062-09-01", "01/09/2062"),
         ch("Sienna Ruiz-Jones", "2066-06-30", "30/06/2066")],
        ["neglect", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down sent on a Friday afternoon by a worker going on leave "
        "(REQUIREMENTS herefordshire step_down: consent_form (signed PDF), draft_plan (EHA step-down plan), "
        "lead_practitioner (key person with her agency)) -> book_meeting; level 3 stated ('Intensive (level 3)'). "
        "Three Mosaic ids written 'Mosaic 712044' -> bare numbers. Signed form -> consent true. Concerns: home "
        "conditions -> neglect; mum's anxiety -> parental_mental_health.",
        not_children=["Hayley Pritchard", "Owain Tudor", "Ffion Baskerville", "Marisol Ruiz"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2069-03-08 19:30:18"
    text = T("""
Hello, I'm Ellie-Rose Whitcombe's short breaks carer - I have her one weekend a month through the Aspire short breaks scheme. This was the only council email I could find on the website, sorry if it's the wrong place.

Ellie-Rose is 9 and has Down's syndrome. She arrived for her respite weekend at 5 tonight. When I helped her change for her bath I found bruises on both her upper arms like finger marks, and a bruise on her cheek that had been covered with make-up. She said "Gary squeezes when I'm naughty" and "don't tell". Gary is her mum's new partner.

I've just had a text from her mum saying the plan has changed and Gary is coming to collect Ellie-Rose at 8.30 tonight instead of Sunday, because they're going away.

I don't know what to do. I don't want to hand her over. My number is 07700 900531.

Maggie Thorne

Sent from my iPhone
""")
    top = plain_top(f, addr("Maggie Thorne", "maggie.thorne@example.net"), addr("MASH", HMASH),
                    "Ellie-Rose - respite weekend - please can someone call me", when, "example.net",
                    "iPhone Mail (22E240)")
    add(f, iphone_mail(f, top, text), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ellie-Rose Whitcombe")],
        ["disability_send", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ON A FRIDAY EVENING, NO ALARM WORDS: a short-breaks (respite) carer finds finger-mark bruises on a "
        "disabled 9-year-old, who names mum's new partner, and he is coming to collect her at 8.30 tonight -> "
        "immediate risk -> urgent -> alert_duty (out of hours: the Emergency Duty Team). A carer's report, no step "
        "asked -> other (sent to the MASH address she found). Concerns: physical_harm, disability_send (Down's "
        "syndrome, short breaks).",
        not_children=["Maggie Thorne"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2069-01-02 08:30:55"
    body = T("""
Happy new year all,

First day back, so I'm clearing my desk before the week gets away from me. Attached are the EHA step-down plan and the signed consent form for:

Seren Bevan - DOB 12/03/2058
Dylan Bevan - DOB 29/07/2061
Mosaic ID 705533 (sibling group)

We discussed the plan with Verity at the drop-in before Christmas. The key person is Mr Iwan Probert, Learning Mentor at Eign Brook Primary School, agreed with mum, dad and Iwan.

For context: the s47 enquiry in November was about an allegation of sexual abuse by a family friend in 2066. It was investigated jointly with the police and closed with no further action; he has moved abroad and has no contact with the family. The Child and Family Assessment concluded on 20 December that there is no ongoing risk of harm and that the family's remaining needs are at level 3, so this is a step-down to Early Help at level 3 (Intensive). The needs are Dylan's sleep and behaviour (he's on the waiting list for an ADHD assessment) and mum's low mood. Christmas passed without any incidents.

Thanks,
Rhodri

Rhodri Vaughan-Lloyd
Social Worker | Assessment Team (Hereford City) | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan.docx", [
        "# Early Help Assessment - step-down plan (sibling group)", "Seren Bevan, Dylan Bevan - Mosaic ID 705533",
        "Wellbeing plan: sleep and behaviour support for Dylan (school and GP); mum's low mood (GP, Talking "
        "Therapies); key person Iwan Probert, Eign Brook Primary School."])
    consent = pdf_att("Consent form signed - Bevan.pdf", "Consent to Early Help - Herefordshire Council", [
        "We consent to our family receiving Early Help support.", "Signed: Carys Bevan, Huw Bevan   Date: 19/12/2068"])
    top = outlook_top(f, addr("Vaughan-Lloyd, Rhodri", "Rhodri.Vaughan-Lloyd@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Happy new year - step down plan for the Bevan children",
                      when)
    add(f, mail(f, top, body, atts=[plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["705533"],
        [ch("Seren Bevan", "2058-03-12", "12/03/2058"), ch("Dylan Bevan", "2061-07-29", "29/07/2061")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - FIRST THING ON THE FIRST WORKING DAY OF THE YEAR (Wed 2 Jan, after the New Year bank holiday): "
        "'s47 enquiry', 'allegation of sexual abuse', 'risk of harm' - but investigated, closed NFA, the man abroad "
        "with no contact, 'no ongoing risk of harm' -> historic and resolved, not urgent, and sexual_harm is not a "
        "current concern. Complete Herefordshire step-down (plan, signed consent form, key person with agency) -> "
        "book_meeting. 'a step-down to Early Help at level 3 (Intensive)' -> level 3. Concerns: ADHD assessment -> disability_send; "
        "mum's low mood -> parental_mental_health.",
        not_children=["Iwan Probert", "Rhodri Vaughan-Lloyd", "Carys Bevan", "Huw Bevan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2069-01-28 09:40:21"
    ack = ack_text("step-down", "SB-herefordshire-88", ["Child: Jacob Skelton", "Key person: Jo Aldridge (Little Acorns Nursery)"],
                   ["consent_form"])
    body = T("""
Morning,

Attached is the signed consent form for Jacob Skelton - mum signed it at my visit on Friday afternoon. That was the piece missing.

The key person is still Jo Aldridge at the nursery.

Thanks,
Nat

Nathaniel Oduro
Social Worker | Children in Need Team (South) | Herefordshire Council
""") + quote("Early Help Co-ordinators <%s>" % HEH, "23 January 2069 14:31", "Oduro, Nathaniel",
             "[SB-herefordshire-88] Step-down plan received - information needed", ack)
    consent = pdf_att("Consent form signed - J Skelton.pdf", "Consent to Early Help - Herefordshire Council", [
        "Child: Jacob Skelton", "I consent to my family receiving Early Help support.",
        "Signed: Leanne Skelton (mother)   Date: 25/01/2069"])
    top = outlook_top(f, addr("Oduro, Nathaniel", "Nathaniel.Oduro@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-88] Step-down plan received - information needed", when)
    add(f, mail(f, top, body, atts=[consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [],
        [ch("Jacob Skelton")],
        [], True, None, [], None, "attach_to_request",
        "A MONDAY-MORNING REPLY to [SB-herefordshire-88] bringing the signed consent form the acknowledgement asked "
        "for ('mum signed it at my visit on Friday afternoon') -> follow_up -> attach_to_request; consent true; no "
        "case id, no DOB; follow-ups have no requirements -> missing [].",
        not_children=["Jo Aldridge", "Nathaniel Oduro", "Leanne Skelton"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2069-04-05 16:45:12"
    body = T("""
Hi both,

No rush at all - this can wait until Monday, I'm just writing it down before the weekend so I don't forget.

I'm planning to step a family down after Easter and I want to write the contingency into the plan properly. Hypothetically, if mum's ex-partner were to move back in after the step-down, would that come back to me as the social worker, or would the co-ordinator make the referral to MASH? He has a history of violence and was assessed in 2066 as posing a risk to children, but he lives in Wales now, there has been no contact for two years and there are no current concerns.

Also - is the Tuesday drop-in running in the Easter holidays (16th April)?

Thanks,
Abi

Abigail Croft
Social Worker | Children in Need Team (South) | Herefordshire Council
""")
    top = outlook_top(f, addr("Croft, Abigail", "Abigail.Croft@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Question - can wait till Monday", when,
                      cc="%s, %s" % (addr("Lang, Verity", "verity.lang@" + HDOM), addr("Moss, Xavier", "xavier.moss@" + HDOM)))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL THAT 'CAN WAIT UNTIL MONDAY': 'if mum's ex-partner were to move back in', 'a "
        "history of violence', 'posing a risk to children' (2066), but 'no contact for two years' and 'no current "
        "concerns'; no family named. A question about process and the drop-in -> other -> human_review; the "
        "hypothetical gives no concern.",
        not_children=["Abigail Croft"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2069-04-01 10:15:37"
    body = T("""
Good morning MASH,

Writing first thing on Monday, as agreed with my manager on Friday.

We have been working with the Hale family at level 3 since September and the plan is not progressing. Mum has stopped engaging: she has missed the last four TAF meetings and hasn't let us into the house since February. Finley Hale (DOB 08/08/2062) has missed 40% of school this year, and Mia Hale (DOB 03/02/2066) has stopped going to nursery.

My manager, Anwen Morgan, agreed on Friday that we should step up to social care. Mum knows I am making this referral but hasn't said whether she agrees. Nothing has happened over the weekend - the children were both seen at school and nursery this morning.

Mosaic 718802.

Lowri Bowen-Gill
Early Help Family Support Worker | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Bowen-Gill, Lowri", "Lowri.Bowen-Gill@" + HDOM), addr("MASH", HMASH),
                      "Step up to social care - Hale children", when, cc=addr("Morgan, Anwen", "Anwen.Morgan@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["718802"],
        [ch("Finley Hale", "2062-08-08", "08/08/2062"), ch("Mia Hale", "2066-02-03", "03/02/2066")],
        ["non_engagement", "school_attendance"], None, True, [], None, "human_review",
        "A MONDAY-MORNING STEP-UP TO HEREFORDSHIRE (the first Monday of BST, +0100), whose seed defines no step-up: "
        "kind step_up, next_action human_review (DESIGN: a kind the authority's protocol does not cover), missing [] "
        "and notice null (no requirements for an undefined kind). Manager 'agreed on Friday' -> true; mum 'hasn't "
        "said whether she agrees' -> consent null. Concerns: four missed TAFs -> non_engagement; 40% missed -> "
        "school_attendance. Not urgent: children seen safe this morning.",
        not_children=["Anwen Morgan", "Lowri Bowen-Gill"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2069-03-25 08:05:49"
    edt = T("""
EMERGENCY DUTY TEAM - HANDOVER TO DAY SERVICES
Shift: Sunday 24 March 17:00 - Monday 25 March 08:30
Entry 1 of 1

Family: Pryce-Morgan (Mosaic 720415)
Children: Harri Pryce-Morgan (6), Efa Pryce-Morgan (3)
23:40 Call from police: neighbours reported father (Rhys Pryce-Morgan) shouting in the street that he would "take the kids where she'll never find them". Father back from working away on Saturday; has learned mother has a new partner. Police attended: no offences disclosed, father agreed to leave for the night and stay at his brother's. Children asleep, mother declined refuge.
Risk assessed by EDT SW as medium overnight with father out of the house. For day team follow-up: allocated SW (Catrin Lewis-Hughes) to review first thing.
""")
    body = T("""
Please put this step-down on hold. I've just picked up the EDT log from last night (below).

Mum texted me at 07:48: "he's back he's got the car keys and he's packing the kids bags please help me". Her phone is off now and the children aren't at school. I'm setting off now but I won't be there before 9.30 - it's 14 Mill Lane, Kington.

Catrin

Catrin Lewis-Hughes
Social Worker | Children in Need Team (West) | Herefordshire Council
""") + "\n-----Original Message-----\nFrom: Emergency Duty Team <edt@herefordshire.gov.uk>\nSent: 25 March 2069 07:02\nTo: Lewis-Hughes, Catrin\nSubject: EDT handover - Pryce-Morgan\n\n" + edt
    top = outlook_top(f, addr("Lewis-Hughes, Catrin", "Catrin.Lewis-Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-131] Step-down plan received - Pryce-Morgan", when,
                      extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["720415"],
        [ch("Harri Pryce-Morgan"), ch("Efa Pryce-Morgan")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT FIRST THING ON A MONDAY: the social worker replies to [SB-herefordshire-131] (herefordshire_08's "
        "step-down) to put it on hold: the forwarded EDT log records a father's threat last night to 'take the kids "
        "where she'll never find them', and mum texted at 07:48 that he is back with the car keys packing the "
        "children's bags; her phone is now off, the children are not at school -> immediate risk now -> urgent -> "
        "alert_duty, before attach_to_request. 'Risk assessed ... medium' is in the forwarded EDT log only. Names, "
        "ages and 'Mosaic 720415' are in the log. Concern: domestic_abuse (a father's threat after the separation).",
        not_children=["Rhys Pryce-Morgan", "Catrin Lewis-Hughes"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2069-02-15 17:05:26"
    body = T("""
Hi,

Step-down plan attached for:
Harri Pryce-Morgan - DOB 04/05/2062
Efa Pryce-Morgan - DOB 18/10/2065
Mosaic ID 720415

I went through it with Verity on Tuesday. Both parents have agreed to the step-down verbally, but they're away this weekend at a family wedding, so I'll get the consent form signed at my visit on Monday and send it on. Dad is working away in Aberdeen until the end of March.

School are thinking over the weekend about who will be the key person - I'll confirm on Monday.

The plan is mainly about mum's low mood while dad's away, and getting a morning routine going for the children.

Have a good weekend,
Catrin

Catrin Lewis-Hughes
Social Worker | Children in Need Team (West) | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Pryce-Morgan.docx", [
        "# Early Help Assessment - step-down plan", "Harri and Efa Pryce-Morgan - Mosaic ID 720415",
        "Wellbeing plan: mum's low mood (GP, peer support group); a morning routine while dad is away; key person "
        "to be confirmed."])
    top = outlook_top(f, addr("Lewis-Hughes, Catrin", "Catrin.Lewis-Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Pryce-Morgan - Harri and Efa", when)
    add(f, mail(f, top, body, atts=[plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["720415"],
        [ch("Harri Pryce-Morgan", "2062-05-04", "04/05/2062"), ch("Efa Pryce-Morgan", "2065-10-18", "18/10/2065")],
        ["parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "A FRIDAY 17:05 STEP-DOWN WAITING ON THE WEEKEND: the plan is attached (draft_plan met), but the parents "
        "'have agreed to the step-down verbally' (consent true) with the form to be signed on Monday -> consent_form "
        "missing (Herefordshire needs written consent), and school are 'thinking over the weekend about who will be "
        "the key person' -> lead_practitioner missing -> request_info. No level written -> null. Concerns: mum's low "
        "mood -> parental_mental_health.",
        not_children=["Catrin Lewis-Hughes"])
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

# England & Wales bank holidays in 2069 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Tuesday 1 January; Good Friday 12 April; Easter Monday 15 April; May Day
# Monday 6 May; Spring Bank Holiday Monday 27 May; Late Summer Bank Holiday Monday 26 August; Christmas Day Wednesday
# 25 December; Boxing Day Thursday 26 December.
BANK_HOLIDAYS = {date(2069, 1, 1), date(2069, 4, 12), date(2069, 4, 15), date(2069, 5, 6), date(2069, 5, 27),
                 date(2069, 8, 26), date(2069, 12, 25), date(2069, 12, 26)}
IN_WINDOW = {}                                                                       # none falls inside the window
NEW_YEAR = {date(2069, 1, 1): "New Year's Day"}                                      # the day before the window
EASTER = {date(2069, 4, 12): "Good Friday", date(2069, 4, 15): "Easter Monday"}      # both after the window
# The brief's window: "early January to late March/early April 2069". The spring term is taken as Wednesday 2 January
# (the first working day after New Year's Day, a Tuesday) to Friday 5 April 2069 (the last Friday before the week of
# Good Friday; Easter 2069 is late: Good Friday 12 April, Easter Monday 15 April).
WINDOW = (datetime(2069, 1, 2, tzinfo=LON), datetime(2069, 4, 5, 23, 59, 59, tzinfo=LON))
# GMT until 01:00 UTC on Sunday 31 March 2069, then BST (+0100) until 01:00 UTC on Sunday 27 October 2069.
BST_START = datetime(2069, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2069, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2069

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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")


# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

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
    return _now(f).astimezone(LON).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _exts(msg):
    return sorted(p.get_filename().rsplit(".", 1)[1] for p in _att(msg))

def _dow(msg):
    return _date(msg).astimezone(LON).strftime("%a")

def _k01(msg):
    return _dow(msg) == "Fri" and _wd("knowsley_01.eml") == 5 and META["knowsley_01.eml"]["meeting"].weekday() == 4

def _k02(msg):
    cals = _cal(msg)
    return (_no_alarm(msg) and len(cals) == 1 and (cals[0].get_param("method") or "").upper() == "REQUEST"
            and _exts(msg) == ["docx", "docx", "ics", "pdf"] and _dow(msg) == "Fri" and "5.30" in _plain(msg))

def _k03(msg):
    p = _plain(msg)
    return (_dow(msg) == "Mon" and str(msg["Subject"]).startswith("For Monday")
            and "no current concerns about abuse" in p and "The risk of significant harm is no longer present" in p)

def _k05(msg):
    p = _plain(msg)
    new, _sep, old = p.partition(SEP)
    return (_no_alarm(msg) and "Kaci-Mae Rimmer" not in new and "Kaci-Mae Rimmer" in old
            and "Lanzarote" in new and _exts(msg) == ["docx"])

def _k06(msg):
    return ALARM.search(readable(msg)) is not None and msg["Auto-Submitted"] == "auto-replied"

def _k07(msg):
    cals = _cal(msg)
    c = cals[0].get_payload(decode=True).decode() if cals else ""
    return (len(cals) == 1 and "METHOD:REQUEST" in c and "DTSTART;TZID=GMT Standard Time:20690315T133000" in c
            and _dow(msg) == "Mon" and _date(msg).hour < 9 and _wd("knowsley_07.eml") == 4
            and "Not yet" in readable(msg))

def _k08(msg):
    d = _date(msg)
    utc_day = d.astimezone(UTC).date()
    lon_day = d.astimezone(LON).date()
    m = META["knowsley_08.eml"]["meeting"]
    return (msg["Date"].strip().endswith("+0100") and utc_day == date(2069, 4, 1) and lon_day == date(2069, 4, 2)
            and working_days(lon_day, m) == 4 and working_days(utc_day, m) == 5
            and _now("knowsley_08.eml").astimezone(UTC).date() == date(2069, 4, 1))

def _r02(msg):
    p = _plain(msg)
    top, _sep, fwd = p.partition(SEP)
    atts = " ".join(readable(msg).split(" ")) if False else ""
    return (not ALARM.search(top) and "URGENT" in fwd and _dow(msg) == "Fri" and _date(msg).hour >= 17
            and _exts(msg) == ["pdf"])

def _r03(msg):
    return (_dow(msg) == "Fri" and msg["Date"].strip().endswith("+0000") and _date(msg).date() == date(2069, 3, 29)
            and "clocks go forward on Sunday" in _plain(msg) and "Eleni" not in readable(msg))

def _r05(msg):
    return "I'll talk to her about consent for Early Help when she's back on Monday" in _plain(msg)

def _r06(msg):
    return _no_alarm(msg) and _dow(msg) == "Mon" and _date(msg).hour < 9

def _r08(msg):
    p = _plain(msg)
    main_, _ps, ps = p.partition("PS - ")
    return (_no_alarm(msg) and "Clapham Junction" in ps and "Clapham Junction" not in main_
            and "tonight" not in main_ and _dow(msg) == "Fri")

def _t01(msg):
    return "<table class=MsoTableGrid" in "".join(
        p.get_content() for p in msg.walk() if p.get_content_type() == "text/html" and not p.get_filename())

def _t02(msg):
    body_only = body_text(msg)
    return (not ALARM.search(body_only) and ALARM.search(readable(msg)) is not None and _exts(msg) == ["pdf"]
            and _dow(msg) == "Fri" and _date(msg).hour >= 16)

def _t03(msg):
    return _exts(msg) == ["html"] and "Okonjo" in readable(msg) and ALARM.search(readable(msg)) is not None

def _t05(msg):
    new = _plain(msg).partition(SEP)[0]
    return "no new concerns about the children's care" in new and "Yusuf Nuri" not in new

def _t06(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in FILES["tower_hamlets_06.eml"]
            and _no_alarm(msg) and _dow(msg) == "Mon" and _date(msg).hour < 8)

def _b02(msg):
    return _no_alarm(msg) and _dow(msg) == "Fri" and _date(msg).hour >= 18

def _b03(msg):
    p = _plain(msg)
    return "were to start drinking again" in p and "None of these has happened" in p

def _b05(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "composite case" in readable(msg)

def _b06(msg):
    p = [x for x in msg.walk() if not x.is_multipart()][0]
    return p.get_param("format") == "flowed" and _no_alarm(msg) and _date(msg).hour < 8

def _b07(msg):
    return "don't work on Fridays" in readable(msg) and _dow(msg) == "Fri" and not ALARM.search(readable(msg))

def _b08(msg):
    return msg["Date"].strip().endswith("+0100") and _dow(msg) == "Fri" and "not an emergency" in _plain(msg)

def _h02(msg):
    return _no_alarm(msg) and _dow(msg) == "Fri" and _date(msg).hour >= 19

def _h03(msg):
    return _date(msg).date() == date(2069, 1, 2) and date(2069, 1, 1) in BANK_HOLIDAYS

def _h06(msg):
    return msg["Date"].strip().endswith("+0100") and _dow(msg) == "Mon"

def _h07(msg):
    p = _plain(msg)
    new, _sep, log = p.partition("-----Original Message-----")
    return (not ALARM.search(new) and "Risk assessed" in log and "Harri Pryce-Morgan" in log
            and "Harri Pryce-Morgan" not in new)

def _h08(msg):
    return _exts(msg) == ["docx"] and "verbally" in _plain(msg)

CUSTOM = [
    ("knowsley_01.eml", "Friday to Friday: exactly 5 WD", _k01),
    ("knowsley_02.eml", "Friday step-up with form, minutes, GCP2 and an .ics REQUEST; no alarm words", _k02),
    ("knowsley_03.eml", "'For Monday', sent on a Monday; historic and negated risk", _k03),
    ("knowsley_05.eml", "full names only in the quoted ack; no alarm words", _k05),
    ("knowsley_06.eml", "OOO with alarm words, auto-replied", _k06),
    ("knowsley_07.eml", "iTIP REQUEST itself is the step-up; Monday 07:55 -> Friday = 4 WD; toolkit 'Not yet'", _k07),
    ("knowsley_08.eml", "00:21 BST Tuesday = Monday in UTC; 4 WD from London date, 5 from UTC date", _k08),
    ("richmond_wandsworth_02.eml", "alarm word only in the forwarded part; Friday after 17:00", _r02),
    ("richmond_wandsworth_03.eml", "last Friday of GMT; clocks mentioned; children unnamed", _r03),
    ("richmond_wandsworth_05.eml", "consent to be asked on Monday", _r05),
    ("richmond_wandsworth_06.eml", "Monday before 9; no alarm words", _r06),
    ("richmond_wandsworth_08.eml", "the urgent facts only in the PS; no alarm words", _r08),
    ("tower_hamlets_01.eml", "Word HTML table", _t01),
    ("tower_hamlets_02.eml", "alarm words only in the attached MARF", _t02),
    ("tower_hamlets_03.eml", "HTML rota attachment; alarm words; no child", _t03),
    ("tower_hamlets_05.eml", "resolved weekend; names only in the quoted ack", _t05),
    ("tower_hamlets_06.eml", "phone: one base64 part, LF; before 8 on a Monday; no alarm words", _t06),
    ("torbay_02.eml", "Friday after 18:00; no alarm words", _b02),
    ("torbay_03.eml", "hypothetical bottom lines, none happened", _b03),
    ("torbay_05.eml", "list bulletin, composite case", _b05),
    ("torbay_06.eml", "format=flowed phone reply before 8; no alarm words", _b06),
    ("torbay_07.eml", "does not work Fridays; no alarm words", _b07),
    ("torbay_08.eml", "first Friday of BST; 'not an emergency'", _b08),
    ("herefordshire_02.eml", "Friday evening; no alarm words", _h02),
    ("herefordshire_03.eml", "first working day after New Year's Day", _h03),
    ("herefordshire_06.eml", "first Monday of BST", _h06),
    ("herefordshire_07.eml", "alarm word only in the forwarded EDT log; names only there", _h07),
    ("herefordshire_08.eml", "plan attached, verbal consent only", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "has consented to the referral to Family First", "consent", True),
    ("knowsley_01.eml", "knows the family", "manager_agreed", None),
    ("knowsley_02.eml", "discussed the step up with me in supervision on Tuesday and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "is in agreement with the step down", "consent", True),
    ("knowsley_03.eml", "agreed it in supervision on Thursday", "manager_agreed", True),
    ("knowsley_07.eml", "agreed the step up on Friday afternoon before he went on leave", "manager_agreed", True),
    ("knowsley_08.eml", "gave consent for the referral to Family First on Friday", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up as", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "agrees to the referral to Children's Services", "consent", True),
    ("richmond_wandsworth_02.eml", "I have agreed the step up as Hannah's team manager", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "gave his consent for Early Help to continue the plan", "consent", True),
    ("richmond_wandsworth_05.eml", "I'll talk to her about consent for Early Help when she's back on Monday", "consent", None),
    ("richmond_wandsworth_08.eml", "both consented to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "agreed the step up - his sign-off is on the form", "manager_agreed", True),
    ("tower_hamlets_01.eml", "know about this request and agree to it", "consent", True),
    ("tower_hamlets_02.eml", "has read it and agreed the step up", "manager_agreed", True),
    ("tower_hamlets_04.eml", "both gave consent to the step down", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_01.eml", "Mum has given consent for level 3 early help", "consent", True),
    ("torbay_02.eml", "Mum consents to this contact to MASH", "consent", True),
    ("torbay_02.eml", "I haven't been able to talk it through with her", "manager_agreed", None),
    ("torbay_03.eml", "Dad has consented to level 3 early help", "consent", True),
    ("torbay_03.eml", "has added his manager's analysis confirming the threshold", "manager_agreed", True),
    ("torbay_04.eml", "will add her manager's analysis then", "manager_agreed", None),
    ("torbay_04.eml", "Mum consents to level 3 early help", "consent", True),
    ("torbay_08.eml", "we agree it needs considering for a level 4 statutory intervention", "manager_agreed", True),
    ("torbay_08.eml", "Mum consents to this contact to MASH", "consent", True),
    ("herefordshire_01.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_04.eml", "mum signed it at my visit on Friday afternoon", "consent", True),
    ("herefordshire_06.eml", "hasn't said whether she agrees", "consent", None),
    ("herefordshire_06.eml", "agreed on Friday that we should step up", "manager_agreed", True),
    ("herefordshire_08.eml", "have agreed to the step-down verbally", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_02.eml", "knowsley_02.eml", "knowsley_05.eml", "richmond_wandsworth_06.eml",
                  "richmond_wandsworth_08.eml", "torbay_02.eml", "torbay_06.eml", "tower_hamlets_06.eml"]
# file: (working days from the Europe/London date of `now`, working days from the UTC date of `now`)
COUNTS_EXPECTED = {"knowsley_01.eml": (5, 5), "knowsley_02.eml": (8, 8), "knowsley_03.eml": (7, 7),
                   "knowsley_07.eml": (4, 4), "knowsley_08.eml": (4, 5)}
BST_EXPECTED = ["herefordshire_05.eml", "herefordshire_06.eml", "knowsley_08.eml", "torbay_08.eml"]
QUIET, COUNTS = [], {}

def edge_of_week(d):
    """A Friday from noon, or a Monday (or the first working day after a bank holiday) before 10:00, or before
    06:00 on any weekday (the night before)."""
    l = d.astimezone(LON)
    first_day = l.weekday() == 0 or (l.date() - timedelta(days=1)) in BANK_HOLIDAYS
    return (l.weekday() == 4 and l.hour >= 12) or (first_day and l.hour < 10) or l.hour < 6

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2069])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS or len(pkg) != len(BANK_HOLIDAYS):
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2069 is %s, expected %s after the window" % (easter, EASTER))
    if {d: pkg.get(d) for d in pkg if d.month == 1} != NEW_YEAR or WINDOW[0].date() != date(2069, 1, 2):
        errors.append("set: New Year's Day must be Tuesday 1 January, the day before the window")
    if not (date(2069, 1, 1).weekday() == 1 and WINDOW[0].weekday() == 2 and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Wednesday 2 January to Friday 5 April 2069")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2069, 3) == date(2069, 3, 31) and BST_END.date() == last_sun(2069, 10)):
        errors.append("set: BST must start on Sunday 31 March 2069 and end on the last Sunday of October")
    if not (datetime(2069, 3, 29, 12, tzinfo=LON).utcoffset() == timedelta(0)
            and datetime(2069, 4, 1, 12, tzinfo=LON).utcoffset() == timedelta(hours=1)):
        errors.append("set: zoneinfo disagrees about the 2069 clock change")
    quiet, counts, bst, edge = [], {}, [], 0
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        d = _date(msg)
        if msg["Date"].strip().endswith("+0100"):
            bst.append(f)
        if edge_of_week(d):
            edge += 1
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), working_days(_now(f).astimezone(UTC).date(), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort(); bst.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][0] >= 5) != (counts[f][1] >= 5))
    if decisive != ["knowsley_08.eml"]:
        errors.append("set: the counts the London date decides are %s, expected knowsley_08 only" % decisive)
    if bst != BST_EXPECTED:
        errors.append("set: the +0100 mails are %s, expected %s" % (bst, BST_EXPECTED))
    if edge < 28:
        errors.append("set: only %d mails sit at the edges of the week (Friday afternoon/evening, Monday morning), "
                      "need at least 28" % edge)
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
           "Knowsley counts (WD from London date, WD from UTC date): %s" % COUNTS,
           "edge-of-week Dates: %d" % sum(1 for l in LABELS if edge_of_week(_date(parse(l["file"])))),
           "weekday of Date %s" % dict(Counter(_date(parse(l["file"])).astimezone(LON).strftime("%a") for l in LABELS))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    for l in sorted(LABELS, key=lambda l: l["now"]):
        out.append("  %s %s %s" % (l["now"], _date(parse(l["file"])).astimezone(LON).strftime("%a %H:%M"), l["file"]))
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
