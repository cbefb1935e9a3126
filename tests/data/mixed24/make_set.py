#!/usr/bin/env python3
"""mixed24: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2043, in styles and situations earlier sets lack: voice-to-text dictated mail ("full stop"
typed out, "step op", names in lower case); mail typed on a phone with heavy abbreviations (sw, tm, dob, yrs, b/f,
pls); blended families (half-siblings with different surnames, an unborn baby with a due date, twins sharing a DOB,
a child known by a nickname, a 17-year-old); adults named in full in a long household narrative (a 19-year-old
uncle, a 20-year-old cousin, a lodger, grandparents) and children named only by a first name; facts only in an
Outlook HTML-only table, a .docx table, or a PDF form whose consent and manager sign-off lines break mid-sentence;
corrections within a thread ("please ignore my last email, wrong family", "Correction: ... DOB should read", a
second mail withdrawing consent, a manager's "Not yet" then "Agreed"); concern-scope traps (strengths, a bruise
explained by a fall, a child's own anxiety, a form listing every concern with one ticked); quiet urgent mail (a
14-year-old's text from a stranger's car, a baby with a drunk father tonight, a disclosure to a lunchtime
supervisor, a child's text from a locked bathroom, a father's voicemail threat, urgent facts only in an attached
school PDF or only in a forwarded nursery email); near misses (a partnership bulletin with List-Id, a case note about
a past episode now safe, a training scenario, a missing episode already resolved, a historic s47, a ruled-out
bruise, a hypothetical, a rapid-review learning summary).

Window: the brief asked for "Monday 4 January - Friday 26 March 2043", but 4 January 2043 is a Sunday and 26 March
2043 a Thursday (checked with Python). The window runs from Monday 5 January to Friday 27 March 2043; 27 March is
Good Friday, a bank holiday, so the last mail is dated Thursday 26 March and both readings of the end hold. GMT
(+0000) throughout: BST begins on Sunday 29 March 2043. Bank holidays from the `holidays` package (England): Good
Friday 27 March is the only one inside the window; Easter Monday 30 March lies just after it and matters for the
Knowsley notice counts that run into April.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from sha1
of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (`--stats` prints the
tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed23/make_set.py and adapted (window, GMT, bank holidays, DOB formats, the checks). Every
label was set by hand from the specification; the self-checks only verify them against its rules and STOP on any
error before anything is written.
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
    """Local (Europe/London) wall-clock time. Every Date in the window (Monday 5 January - Friday 27 March 2043) is
    Greenwich Mean Time (+0000): BST begins on Sunday 29 March 2043, after the window. The
    self-check asserts it."""
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
    head.encode("ascii")                      # headers are always 7-bit (RFC 2047 where needed)
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
            zi = zipfile.ZipInfo(name, date_time=(2043, 1, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added for mixed22
def hdr1252(s):
    """An RFC 2047 header word in windows-1252, as Outlook writes it for a windows-1252 message."""
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


# ----------------------------------------------------------------------------- helpers added for mixed24
def gcal_reply(f, when, frm_name, frm_email, organizer_email, partstat, summary, dtstart, dtend, subject):
    """A Google Calendar iTIP REPLY: multipart/mixed( multipart/alternative(text/plain, text/html, text/calendar
    method=REPLY), invite.ics as application/ics )."""
    word = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    uid = "%s@google.com" % sha(f, "guid")[:26]
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT",
         "DTSTART:%s" % dtstart, "DTEND:%s" % dtend,
         "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "ORGANIZER;CN=Early Help Hub:mailto:%s" % organizer_email,
         "UID:%s" % uid,
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email),
         "CREATED:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "LAST-MODIFIED:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "LOCATION:Limehouse Family Hub", "SEQUENCE:0", "STATUS:CONFIRMED",
         "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = ("%s has %s this invitation.\n\n%s\nThursday 5 Mar 2043 - 10am - 11:30am (Greenwich Mean Time)\n\n"
            "Invitation from Google Calendar\n" % (frm_name, word, summary))
    h = ('<span itemscope itemtype="http://schema.org/InformAction"><div>%s has %s this invitation.</div>'
         '<h3>%s</h3><div>Thursday 5 Mar 2043 &#8901; 10am &ndash; 11:30am (Greenwich Mean Time)</div>'
         '<p>Invitation from Google Calendar</p></span>\n' % (esc(frm_name), word, esc(summary)))
    alt = multipart("alternative", [
        Part([("Content-Type", 'text/plain; charset="UTF-8"; format=flowed; delsp=yes'),
              ("Content-Transfer-Encoding", "base64")], b64lines(text.encode())),
        Part([("Content-Type", 'text/html; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
             qp(h, "utf-8")),
        Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
              ("Content-Transfer-Encoding", "7bit")], cal.replace("\r\n", "\n"))], gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [
        ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", addr(frm_name, frm_email)), ("To", organizer_email), ("Subject", hdr(subject)),
        ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com"))]
    return build(top, root, True)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2043-01-13 09:47:12"
    body = T("""
hi mash full stop new paragraph this is a step op request for kayden ashworth and his half sister lily rose molyneux comma case number e h m 80412 full stop kayden is 8 and lily rose is 5 full stop they live with mum sharon molyneux and step dad lee molyneux in northwood kirkby full stop

new paragraph the worry is neglect full stop the house has got worse since november comma there was no food in on 3 of my last 4 visits comma the kids beds are wet through and there is dog mess in the kitchen full stop lily rose has had head lice since october and her teeth are bad full stop

lee has been sober since june and is doing well at change grow live comma that is not the worry any more full stop kaydens attendance is now 98% full stop

the step op form and the gcp too are attached full stop the taff minutes from the 7th of january will follow when theyre typed up full stop my team manager jackie hughes agreed the step op yesterday full stop

the step op taff meeting is on wednesday the 21st of january at 10 am at kirkby family hub and ive sent the teams invite to the mash inbox and mash business support full stop

thanks jenna

Dictated on the move - please excuse any odd words.
Jenna Whitlow
Family First Case Manager | Kirkby | Knowsley Council
0151 496 0644
""")
    form = docx_att("FF Step Up request to CSC - Ashworth Molyneux - EHM-80412.docx", appendix1([
        ("Case ID on EHM:", "EHM-80412"),
        ("Children:", "Kayden Ashworth, DOB 04/06/2034; Lily-Rose Molyneux, DOB 12/09/2037 (half-siblings)"),
        ("Parents / carers:", "Sharon Molyneux (mum); Lee Molyneux (step-father, Lily-Rose's dad)"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 21/01/2043, 10:00, Kirkby Family Hub"),
        ("Level of Engagement:", "Medium - mum lets us in and comes to TAF meetings"),
        ("Recent TAF meeting minutes attached:", "Not yet - TAF held 07/01/2043, minutes to follow"),
        ("What are we worried about?", "Neglect: home conditions have got worse since November 2042; no food in the "
         "house on 3 of the last 4 visits; the children's beds wet through; dog mess in the kitchen; Lily-Rose has had "
         "head lice since October and has tooth decay."),
        ("What is working well?", "Lee sober since June 2042 and engaging with Change Grow Live. Kayden's attendance "
         "is now 98%."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 05/01/2043 - attached"),
        ("Agreement by line manager:", "Jackie Hughes, Team Manager, 12/01/2043"),
    ]))
    gcp2 = pdf_att("GCP2 - Ashworth Molyneux - 05.01.43.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Ashworth / Molyneux. Completed with mum on 05/01/2043 by Jenna Whitlow (Family First).",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 3, hygiene 4, health 4",
        "Area 2 Care of safety 3. Area 3 Love and care 2. Area 4 Stimulation and education 3."])
    top = plain_top(f, addr("Jenna Whitlow", "Jenna.Whitlow@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up Kayden Ashworth and Lily-Rose Molyneux EHM-80412", when, KDOM, "iPhone Mail (22D72)",
                    cc=addr("MASH Business Support", KBS))
    add(f, iphone_mail(f, top, body, [form, gcp2]), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-80412"],
        [ch("Kayden Ashworth", "2034-06-04", "04/06/2034"), ch("Lily-Rose Molyneux", "2037-09-12", "12/09/2037")],
        ["neglect"], None, True, ["taf_minutes"], True, "request_info",
        "VOICE-TO-TEXT DICTATION: no punctuation, 'full stop' / 'comma' / 'new paragraph' typed out, 'step op', "
        "'gcp too', 'taff', 'e h m 80412', every name in lower case; the subject and the Appendix 1 form carry the "
        "names properly. HALF-SIBLINGS with different surnames. STRENGTHS, not concerns: 'lee has been sober since "
        "june', 'attendance is now 98%' -> neglect only. Form and GCP2 attached, but 'the taff minutes ... will "
        "follow' -> taf_minutes missing -> request_info; 'my team manager jackie hughes agreed the step op "
        "yesterday' -> manager true; consent not mentioned -> null. TAF Wed 21 Jan 10:00 from Tue 13 Jan = 6 WD -> "
        "ok.",
        meeting=date(2043, 1, 21), not_children=["Sharon Molyneux", "Lee Molyneux", "Jackie Hughes", "Jenna Whitlow"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2043-02-05 15:49:31"
    body = T("""
Hi MASH - EM's sw is on leave so its me (her FF case mgr).

Ellie-Mae Rimmer, dob 02/11/28, 14yrs, EHM-81177.

Txt from her at 15:38: "im in his car hes not letting me out. says were going to his mates in manchester. i dont know his real name he said hes called T. on the motorway now"

She met him on snap last wk, he's 30ish. She sent a pic at 15:41 - M62 sign for J6 eastbound. Not answering now, goes to voicemail.

Mum (Kerry Rimmer) not answering either, left 2 msgs. School say EM walked out at lunch.

I've rung 999 (ref 0537 of 05/02) + given them the pic and her number. Pls can duty ring me on 07700 900417, I'm driving to mum's.

Kev

Sent from Outlook for iOS
""")
    top = plain_top(f, addr("Dunne, Kevin", "Kevin.Dunne@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Ellie-Mae Rimmer EHM-81177 - in a car with a man now", when, KDOM, None)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-81177"],
        [ch("Ellie-Mae Rimmer", "2028-11-02", "02/11/28")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "QUIET URGENT, PHONE-TYPED: a 14-year-old's text quoted - 'im in his car hes not letting me out ... on the "
        "motorway now' - with a man of about 30 she met online; no alarm word (and no 'asap'). Abbreviations sw, mgr, "
        "dob, yrs, txt, wk, msgs, pls; two-digit year '02/11/28' -> 2028. A report to the MASH inbox that asks for no "
        "step -> other -> alert_duty. Online grooming by an adult -> exploitation (sexual_harm and missing arguable, "
        "see README).",
        not_children=["Kerry Rimmer"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2043-03-23 11:20:44"
    addr_ = "14 Roseheath Drive, Halewood L26 9UH"
    blocks = [
        "Hi Family First duty,",
        "",
        "I'm stepping the Kenny twins down to a Level 2 Early Help service (their school). ICS-1502283.",
        "",
        ("table", [["Name", "DOB", "Address", "School"],
                   ["Harvey Kenny", "17/10/2034", addr_, "Halewood Park Primary (Year 3)"],
                   ["Ava Kenny", "17/10/2034", addr_, "Halewood Park Primary (Year 3)"]]),
        "",
        "Yes - they are twins, so the DOB is the same for both.",
        "",
        "Final CIN meeting: Wednesday 1 April 2043 at 10:00, Halewood Park Primary School, meeting room 2.",
        "Lead practitioner: Mrs Joanne Birch, Inclusion Lead, Halewood Park Primary School.",
        "",
        ("h", "What are we worried about?"),
        "Harvey has ADHD and an EHC plan, and his behaviour at home is hard for mum to manage. Ava has started to worry "
        "a lot about school and has had a few panic attacks - this is Ava's own anxiety, and she is on the CAMHS "
        "waiting list.",
        ("h", "What is working well?"),
        "Mum, Claire Kenny, is a warm and consistent parent. The twins' attendance is now 98%, up from 84% in the "
        "autumn. School know the family well.",
        ("h", "What needs to happen?"),
        "Mrs Birch to lead the Early Help plan: support for Harvey's EHC plan review, a parenting course for mum, and "
        "a referral to the school nurse for Ava.",
        "",
        "Mum knows about the step down and is happy with it.",
        "",
        "Thanks,",
        "Sophie",
        "",
        "{{Sophie Pennington}}",
        "Social Worker | CIN Team 1 | Knowsley Council",
        "0151 496 0391",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Pennington, Sophie", "Sophie.Pennington@" + KDOM), addr("Family First Duty Mailbox", KFF),
                      "Step down to Level 2 - Kenny twins - ICS-1502283 - final CIN 01/04", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-1502283"],
        [ch("Harvey Kenny", "2034-10-17", "17/10/2034"), ch("Ava Kenny", "2034-10-17", "17/10/2034")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "OUTLOOK HTML-ONLY BODY with a Name / DOB / Address / School table; TWINS sharing one DOB (both labelled). "
        "Level 2 written; final CIN date, time and venue; named lead practitioner with her school; all three Signs of "
        "Safety headings. CONCERN TRAPS: 'Ava's own anxiety' is the child's, not a parent's (no "
        "parental_mental_health); 'attendance is now 98%' is a strength (no school_attendance); Harvey's ADHD + EHC "
        "plan -> disability_send. 'Mum knows about the step down and is happy with it' -> consent true. Final CIN "
        "Wed 1 Apr from Mon 23 Mar: 24, 25, 26, 31 Mar, 1 Apr = 5 WD (Good Friday 27 Mar and Easter Monday 30 Mar "
        "excluded; plain weekdays 7) -> ok.",
        meeting=date(2043, 4, 1), not_children=["Claire Kenny", "Joanne Birch"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2043-01-28 10:02:18"
    ack = ack_text("step-down", "SB-knowsley-417", [
        "Case: ICS-1498820", "Children: Mia Fairclough (21/03/2031)",
        "Final CIN meeting: Thursday 5 February 2043, 14:00, Huyton Family Hub"], [])
    body = T("""
Hi,

Correction: Mia's DOB should read 12/03/2031, not 21/03/2031 as I put in my email yesterday - I swapped the day and the month. Everything else in the request is right.

Thanks,
Rachel

Rachel Ogunleye
Social Worker | CIN Team 2 | Knowsley Council
""") + quote("stepbot (Family First Duty Mailbox) <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>", "27 January 2043 16:40",
             "Ogunleye, Rachel <Rachel.Ogunleye@knowsley.gov.uk>",
             "[SB-knowsley-417] Step-down request received - ICS-1498820", ack)
    top = outlook_top(f, addr("Ogunleye, Rachel", "Rachel.Ogunleye@" + KDOM), addr("Family First Duty Mailbox", KFF),
                      "RE: [SB-knowsley-417] Step-down request received - ICS-1498820", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["ICS-1498820"],
        [ch("Mia Fairclough", "2031-03-12", "12/03/2031")],
        [], None, None, [], None, "attach_to_request",
        "CORRECTION IN A THREAD: a reply to [SB-knowsley-417] saying 'Correction: Mia's DOB should read 12/03/2031, "
        "not 21/03/2031'; the quoted acknowledgement still shows 21/03/2031. The newest statement wins -> Mia "
        "Fairclough 2031-03-12. follow_up -> attach_to_request.",
        not_children=[])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2043-01-12 07:30:05"
    body = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
Practitioner Bulletin - January 2043

1. Spotting immediate risk: phone, don't email
Our winter multi-agency audit looked at three situations where a worker emailed when they should have phoned: a 14-year-old who texted her worker from a stranger's car on the motorway; a baby left overnight with a carer who was drunk; and a parent's voicemail threatening a child who had told school about home. In each case the right first step was a phone call to the MASH Duty Social Work Team (or 999), with the paperwork afterwards. Safeguarding procedures always override the step-up / step-down protocol.

2. Step-up and step-down refresher sessions
Wednesday 4 February and Wednesday 11 March 2043, 09:30-12:00, Huyton Suite, Municipal Buildings. Covers the FF Step Up request form, the GCP2, the Engaging Families toolkit and the 5 working days' notice for step-up TAF meetings.

3. Graded Care Profile 2 - new assessors' course
Two days in February; book through the KSCP learning portal.

You are receiving this because you are on the KSCP practitioner mailing list. To unsubscribe, reply with "unsubscribe" in the subject.
""")
    top = plain_top(f, addr("KSCP Bulletin", "kscp.bulletin@" + KDOM), addr("Knowsley MASH", KMASH),
                    "KSCP Practitioner Bulletin - January 2043: spotting immediate risk", when, KDOM,
                    "Microsoft Outlook 16.0",
                    extra=[("List-Id", "KSCP Practitioner Bulletin <bulletin.kscp.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:kscp.bulletin@knowsley.gov.uk?subject=unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN (List-Id, List-Unsubscribe, Precedence: bulk) whose lead item lists "
        "example situations (a 14-year-old in a stranger's car, a baby with a drunk carer, a parent's voicemail "
        "threat) with 'immediate risk' and 'Safeguarding' -> other, not urgent, no child, no concerns (example "
        "text).")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2043-02-11 10:41:27"
    nursery = T("""
Hi Lauren,

Ruby came in at 9 with Craig (mum's boyfriend). Her left cheek is swollen and purple and there are finger marks on her upper arm. When her key worker asked what had happened Ruby said "Craig smacked me cos I wet the bed" and then she wouldn't say any more. Craig told us at the door that she fell off the sofa.

Craig is picking her up at 12 today - mum is at work until 6. We haven't said anything to him.

Michelle Sefton
Nursery Manager | Little Stars Nursery, Stockbridge Village
""")
    body = T("""
Morning MASH,

Step up request for Callum Tierney and Ruby Tierney, EHM-80977. The step up form, the GCP2 and the last TAF minutes are attached. Step up TAF meeting: Wednesday 18 February 2043, 10:00, Stockbridge Village Family Hub - the Teams invite has gone to the MASH inbox and MASH business support. Andrea Carr (my TM) has agreed the step up.

Nursery's email from this morning is below for the file.

Lauren

Lauren Hesketh
Family First Case Manager | Stockbridge Village | Knowsley Council
0151 496 0577

""") + KDISC + quote("Sefton, Michelle <m.sefton@littlestars.example.org.uk>", "11 February 2043 09:52",
                     "Hesketh, Lauren <Lauren.Hesketh@knowsley.gov.uk>", "Ruby this morning", nursery)
    form = docx_att("FF Step Up request to CSC - Tierney - EHM-80977.docx", appendix1([
        ("Case ID on EHM:", "EHM-80977"),
        ("Children:", "Callum Tierney, DOB 08/08/2036; Ruby Tierney, DOB 27/05/2039"),
        ("Parent:", "Leanne Tierney (mum)"),
        ("Date of step up TAF meeting:", "Wednesday 18/02/2043, 10:00, Stockbridge Village Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 28/01/2043"),
        ("What are we worried about?", "Home conditions: no heating since December, little food in, the children's "
         "clothes unwashed; Callum hungry at school most mornings."),
        ("What is working well?", "Mum works and loves the children; Callum's school are supportive."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 02/02/2043 - attached"),
        ("Agreement by line manager:", "Andrea Carr, Team Manager, 10/02/2043"),
    ]))
    gcp2 = pdf_att("GCP2 - Tierney - 02.02.43.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Tierney. Completed with mum on 02/02/2043 by Lauren Hesketh (Family First).",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 4, hygiene 3, health 3",
        "Area 2 Care of safety 3. Area 3 Love and care 2. Area 4 Stimulation and education 3."])
    minutes = docx_att("TAF minutes 28.01.43 - Tierney.docx", [
        "# TAF meeting minutes - 28/01/2043", "Present: Leanne (mum), Lauren Hesketh (chair), class teacher, nursery.",
        "No improvement in home conditions. Agreed: GCP2 to be completed and a step up discussed with the TM."])
    top = outlook_top(f, addr("Hesketh, Lauren", "Lauren.Hesketh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Ruby this morning - step up Tierney EHM-80977", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-80977"],
        [ch("Callum Tierney", "2036-08-08", "08/08/2036"), ch("Ruby Tierney", "2039-05-27", "27/05/2039")],
        ["neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "QUIET URGENT ONLY IN A FORWARDED MESSAGE: the worker's own note is a calm, complete step-up; the nursery's "
        "09:52 email forwarded below it says Ruby (3) has a swollen purple cheek and finger marks, said 'Craig smacked "
        "me', and Craig is collecting her at 12 today -> alert_duty; no alarm word anywhere. Neglect with GCP2, form "
        "and TAF minutes attached; 'Andrea Carr (my TM) has agreed' -> manager true. TAF Wed 18 Feb from Wed 11 Feb = "
        "5 WD -> ok; nothing missing.",
        meeting=date(2043, 2, 18), not_children=["Michelle Sefton", "Andrea Carr", "Lauren Hesketh", "Leanne Tierney"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2043-03-24 14:05:39"
    body = T("""
Hi Family First,

I'd like to step Jake Halsall (DOB 30/04/2033) and his half-sister Poppy Ward (DOB 15/01/2039) down to Family First at Level 3, ICS-1489007. Their older brother, Connor, lives with his dad in Widnes and is not part of this.

Joint home visit with a Family First case manager: Wednesday 1 April 2043, 14:00, at the family home (22 Pinfold Crescent, Prescot L34 5QR).

So the history makes sense, this is my case note from the night that brought them to us:

--- ICS case note, 14/11/2042 ---
Police called at 22:40 by a neighbour. Mum's ex-partner, Dean Halsall, forced the back door, smashed the kitchen window and threatened mum with a knife in front of Jake and Poppy. He was arrested at the scene and remanded in custody. Children seen the next morning by the duty social worker; no injuries. Mum and the children went to a refuge the same night.
--- end of case note ---

Since then Dean Halsall has been sentenced (9 January 2043) to three years in prison and there is a restraining order. Mum, Sarah Ward, moved into a new tenancy in Prescot with the children in December. The children are settled and safe there, and mum has finished the Freedom Programme.

What are we worried about? Jake's attendance has dropped to 89% and he gets angry at school; Poppy still sleeps badly.
What is working well? Mum is protective, the new home is stable and both schools are supportive.
What needs to happen? Family First to support mum with routines and Jake's attendance, and to link Jake with the school's learning mentor.

Mum has given her consent for the referral to Family First.

Bethany

Bethany Hughes-Lloyd
Social Worker | Assessment Team | Knowsley Council

""") + KDISC
    top = outlook_top(f, addr("Hughes-Lloyd, Bethany", "Bethany.Hughes-Lloyd@" + KDOM), addr("Family First Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Halsall / Ward - ICS-1489007", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-1489007"],
        [ch("Jake Halsall", "2033-04-30", "30/04/2033"), ch("Poppy Ward", "2039-01-15", "15/01/2039")],
        ["school_attendance"], True, None, [], False, "request_info",
        "NEAR MISS - A CASE NOTE ABOUT A PAST EPISODE, NOW SAFE: the pasted November 2042 case note (knife, smashed "
        "window, arrest) is followed by sentencing, a restraining order, a new home and 'settled and safe' -> not "
        "urgent, and the old domestic abuse is not a current worry (the Signs of Safety headings name attendance "
        "only) -> school_attendance. HALF-SIBLINGS Halsall / Ward; an older brother named only 'Connor' is not "
        "labelled. Level 3 written; consent given. Joint home visit Wed 1 Apr 14:00 from Tue 24 Mar: 25, 26, 31 Mar, "
        "1 Apr = 4 WD (Good Friday and Easter Monday excluded; plain weekdays 6) -> notice not ok -> request_info.",
        meeting=date(2043, 4, 1), not_children=["Dean Halsall", "Sarah Ward"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2043-01-15 16:12:40"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step-up TAF meeting - EHM-80412 [SB-knowsley-402]", "20430121T100000", "20430121T113000",
                      "Kirkby Family Hub / Microsoft Teams",
                      comment="I may be in court until 11 on another matter - Bryony Tate will chair if I'm not back.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-80412"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=TENTATIVE) from the MASH social worker for the "
        "step-up TAF of knowsley_01, with a COMMENT naming his deputy -> meeting_reply -> record_reply. The case id "
        "is in the SUMMARY/subject; no child named.",
        not_children=["Aled Pryce", "Bryony Tate"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2043-01-22 17:38:09"
    body = T("""
Hello MASH,

I'm not sure this is the right inbox at this time of day, but I need someone to know about this tonight.

Tasha Greene rang me at 17:20 from the care home where she works nights. She left her son, Mason Greene-Akande (DOB 02/06/2042), with his dad, Jermaine Akande, at 16:30 so she could go to her shift. When she rang Jermaine at 17:10 to check on Mason he was slurring and laughing, said he'd "had a few" and "a bit of a smoke", and then the line went dead. He isn't answering now. Tasha says he has been drinking since lunchtime with his brother.

Mason is 7 months old. He is on his own with Jermaine at Jermaine's flat (Flat 6, Wendle Court, Wandsworth Road) until Tasha finishes at 08:00 tomorrow. Tasha can't leave - she is the only senior carer on shift tonight - and she has no one else to send.

The family are open to me on an Early Help plan (Mosaic 5702214) for housing and parenting support. Jermaine isn't part of the plan and has never had Mason overnight before.

I told Tasha I'd get this to you. I'm staying on my work mobile: 07700 900526.

Funmi

Funmilayo Okonjo
Early Help Practitioner | Wandsworth Central | Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Okonjo, Funmilayo", "Funmilayo.Okonjo@" + RDOM), addr("MASH Step Up", RSU),
                      "Mason Greene-Akande (7 months) - with dad tonight, dad drunk", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["5702214"],
        [ch("Mason Greene-Akande", "2042-06-02", "02/06/2042")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "QUIET URGENT: a 7-month-old alone overnight with a father who is drunk and has smoked something ('slurring', "
        "'had a few', line went dead), mother unable to leave her night shift, sent at 17:38; no alarm word. Asks "
        "for no step -> other -> alert_duty. Intoxicated sole carer of a baby -> neglect + substance_misuse. "
        "'Mosaic 5702214' -> '5702214'.",
        not_children=["Tasha Greene", "Jermaine Akande", "Funmilayo Okonjo"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2043-03-03 11:14:52"
    body = T("""
Dear MASH colleagues,

Please find attached our step up request for Daisy-Mae Fulton (DOB 19/08/2033), Mosaic ID 5688103, following my reflective discussion with her Early Help worker, Connor Reilly, yesterday afternoon.

Attached:
- Case summary - Fulton (latest, 02/03/2043)
- Rationale for step up - Fulton
- School record of concern - Daisy-Mae (sent to Connor by the school this morning)

I've agreed the step up as Connor's team manager. Please send the case discussion invitation to me.

Kind regards,
Maja Lindqvist
Early Help Team Manager | Richmond | Richmond and Wandsworth Councils
020 7946 0760

""") + RDISC
    summary = docx_att("Case summary - Fulton - 02.03.43.docx", [
        "# Case summary (latest)", "Daisy-Mae Fulton, 19/08/2033. Mosaic ID 5688103.",
        "Lives with her mother, Kirsty Fulton, and her mother's partner, Gary Dunmore, in Hampton.",
        "Open to Early Help since September 2042 for domestic abuse between mum and Gary (police call-outs in "
        "October and December 2042) and mum's low mood (on the GP's list for talking therapy).",
        "The plan is not progressing: Gary moved back in at New Year."])
    rationale = docx_att("Rationale for step up - Fulton.docx", [
        "# Rationale for step up",
        "Repeated domestic abuse, Gary back in the home and an Early Help plan that has not reduced the worries "
        "after six months: Daisy-Mae needs a statutory assessment."])
    record = pdf_att("School record of concern - Daisy-Mae Fulton - 03.03.43.pdf",
                     "St Mary's C of E Primary School - Record of Concern (pastoral)", [
        "Pupil: Daisy-Mae Fulton   Class: 4B   DOB: 19/08/2033",
        "Date and time: 03/03/2043, 08:50   Recorded by: Mrs Anne Porter, class teacher",
        "What was seen / said (in the child's own words where possible):",
        "Daisy-Mae came in with red finger marks on both sides of her neck. When I asked if she was OK she said: "
        "'Gary grabbed me by my neck last night and held me against the door because I was crying. He said if I told "
        "anyone he would finish me.' She said mum was out at the time and asked me not to tell mum.",
        "Who collects today: Gary Dunmore is down to collect Daisy-Mae at 15:15 today (mum working until 6pm).",
        "Action taken: passed to Mrs Khan (DSL) at 09:05; DSL emailed the Early Help worker, Connor Reilly, at 09:20."])
    top = outlook_top(f, addr("Lindqvist, Maja", "Maja.Lindqvist@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Daisy-Mae Fulton - Mosaic ID 5688103", when)
    add(f, mail(f, top, body, [summary, rationale, record], html_alt=True), "richmond_wandsworth", "mash_step_up",
        when, 3,
        "urgent", "step_up", True, None, ["5688103"],
        [ch("Daisy-Mae Fulton", "2033-08-19", "19/08/2033")],
        ["domestic_abuse", "parental_mental_health", "physical_harm"], None, True, [], None, "alert_duty",
        "QUIET URGENT ONLY INSIDE AN ATTACHED PDF: the team manager's body is a calm, complete step-up (case summary "
        "and rationale attached); only the school's record of concern PDF says a 9-year-old was grabbed by the neck "
        "last night by mum's partner, threatened, and that he collects her at 15:15 today -> alert_duty; no alarm "
        "word anywhere. Concerns: domestic abuse and mum's low mood (summary) + physical_harm (PDF). 'I've agreed the "
        "step up as Connor's team manager' -> manager true.",
        not_children=["Kirsty Fulton", "Gary Dunmore", "Connor Reilly", "Anne Porter", "Maja Lindqvist"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2043-02-17 09:05:30"
    body = T("""
Morning both teams,

For Thursday's joint step-up / step-down workshop (10:00-12:30, Wandsworth Town Hall, room 4) please read scenario 2 below before you come. It is invented: the names and details are made up for the exercise, and any likeness to a family we work with is accidental.

SCENARIO 2 - the Newton family
Kai Newton is 4 months old. His mum, Jade Newton (22), works evenings in a restaurant. At 21:30 on a Friday the Early Help worker gets a call from Jade: she left Kai with her new boyfriend's brother, Sam Kerr, at 18:00, and when she rang to check, Sam was slurring and said he'd been drinking. Kai's half-sister, Tia Rowe (6), is also in the flat. Jade can't leave work.

Questions for the groups:
1. Is this an immediate child protection concern? Who do you ring, and on which number, at 21:30 on a Friday?
2. Would you also send a step-up email to the MASH Step Up inbox? When, and who sends it?
3. What would the Early Help Team Manager's rationale say the next morning?

Thanks,
Keziah

Keziah Bloom
Service Manager, Early Help | Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Bloom, Keziah", "keziah.bloom@" + RDOM), addr("MASH Step Up", RSU),
                      "Thursday's step-up workshop - scenario 2 (invented family, for discussion)", when,
                      cc=addr("Early Help Duty", RED))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SCENARIO: an invented family (a 4-month-old with a drunk carer at 21:30, a "
        "half-sister in the flat) written for a workshop, 'It is invented', with 'immediate child protection concern' "
        "in the questions -> other, not urgent; the fictional children (Kai Newton, Tia Rowe) are not labelled and no "
        "concerns are taken from the scenario.",
        not_children=["Kai Newton", "Jade Newton", "Sam Kerr", "Tia Rowe"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2043-02-10 12:21:15"
    body = T("""
Dear MASH,

Step up request for Ayomide Bankole (DOB 27/03/2028), Mosaic ID 5690415. He is 14 and has been open to Early Help since November for his attendance and friendships.

Ayomide was missing from 19:00 on Friday 6 February until 06:10 on Saturday 7 February, when police found him safe and well at a flat in Croydon with two older teenagers. He has been at home with his mum since, and the return home interview was done on Monday. He told the RHI worker he had been "holding a bag" for one of the older boys and was given 50 pounds. There is no immediate concern today: he is at home, mum is collecting him from school and he is not going out in the evenings.

Case summary
Ayomide lives with his mum, Folake Bankole, and his younger sister in Battersea. He was referred to Early Help in November 2042 by his school after his attendance fell; it is 81% this term. Since December he has had new clothes and a second phone that mum can't account for.

Rationale for step up
This is his first missing episode, but with it come the signs of criminal exploitation that Early Help on its own cannot address: an older peer group outside the borough, unexplained money and a second phone.

Mum knows about the step up and has agreed to it. I have agreed the step up as the Early Help Team Manager, following supervision with Ayomide's worker, Leon Carter.

Olivia Farrant
Early Help Team Manager | Battersea | Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Farrant, Olivia", "Olivia.Farrant@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Ayomide Bankole - Mosaic ID 5690415", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["5690415"],
        [ch("Ayomide Bankole", "2028-03-27", "27/03/2028")],
        ["exploitation", "missing", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A RESOLVED INCIDENT: missing overnight on Friday, found 'safe and well' on Saturday, home since, "
        "return interview done, 'There is no immediate concern today' -> not urgent. Case summary and rationale "
        "pasted under their own headings -> met. Exploitation signs + the missing episode + 81% -> exploitation, "
        "missing, school_attendance. Consent and TM agreement stated -> book_meeting.",
        not_children=["Folake Bankole", "Leon Carter"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2043-02-04 14:33:08"
    body = T("""
Hi Early Help duty,

Step down request - the family details are in the table in the attached form, with the case summary and the draft Early Help plan. I've agreed Monday 9 February at 10:00 with the duty team manager for the case discussion.

Thanks,
Tom

Tom Whitaker
Social Worker | Richmond Assessment Team | Richmond and Wandsworth Councils

""") + RDISC
    details = docx_att("Step down details - Karim Thompson.docx", [
        "# Step down to Early Help - family details", "Please read with the case summary and the draft plan."], [
        [["Name", "DOB", "Relationship", "Mosaic ID", "School / college"],
         ["Zain Karim", "14/08/2025", "child (17)", "5610442", "Richmond upon Thames College"],
         ["Idris Thompson", "03/05/2031", "child (11), Zain's half-brother", "5610443", "Twickenham Academy, Year 7"],
         ["Aisha Karim", "", "mother", "", ""],
         ["Mark Thompson", "", "step-father (Idris's father)", "", ""]],
        [["Item", "Detail"],
         ["Address", "41 Colne Road, Twickenham TW2 6QL"],
         ["Parental consent", "Given by Aisha Karim at the home visit on 02/02/2043"],
         ["Worries", "Zain's college attendance has fallen to 70% this term."],
         ["Case discussion", "Monday 09/02/2043, 10:00, agreed with the Early Help duty team manager"]]])
    summary = docx_att("Case summary - Karim Thompson.docx", [
        "# Case summary", "Referred in October 2042 after Zain stopped going to college; C&F assessment completed "
        "30/01/2043. No need for ongoing social care. Idris is doing well at school."])
    plan = docx_att("Draft Early Help plan - Karim Thompson.docx", [
        "# Draft Early Help plan", "1. College attendance plan with Zain's tutor - weekly review.",
        "2. Careers advice for Zain.", "3. Family support worker for mum - 8 weeks."])
    top = outlook_top(f, addr("Whitaker, Tom", "Tom.Whitaker@" + RDOM), addr("Early Help Duty", RED),
                      "Step down request - Karim / Thompson - details attached", when)
    add(f, mail(f, top, body, [details, summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty",
        when, 5,
        "ordinary", "step_down", False, None, ["5610442", "5610443"],
        [ch("Zain Karim", "2025-08-14", "14/08/2025"), ch("Idris Thompson", "2031-05-03", "03/05/2031")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "FACTS ONLY IN A .DOCX TABLE: the body names nobody; the attached form's table gives names, DOBs, "
        "relationships and one Mosaic ID per child (both labelled, table order), a second table gives consent. A "
        "17-YEAR-OLD (14/08/2025) and his HALF-BROTHER with another surname; mother and step-father are in the same "
        "table and are not children. Case summary + draft plan attached, consent given -> book_meeting.",
        not_children=["Aisha Karim", "Mark Thompson"], names_only_in_attachments=True)

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2043-03-10 09:26:44"
    kw = "Asante, Kwame <Kwame.Asante@richmondandwandsworth.gov.uk>"
    ack = ack_text("step-down", "SB-richmond_wandsworth-233", [
        "Case: Mosaic ID 5671290", "Children: Freddie Osei (30/09/2036)",
        "Case discussion: Friday 13 March 2043, 14:00"], [])
    original_ = T("""
Hi Early Help duty,

Step down for Freddie Osei (DOB 30/09/2036), Mosaic ID 5671290. Mum has consented to Early Help, and the case summary and draft plan are attached. The worry now is mum's low mood since her mother died. I've agreed Friday 13 March at 14:00 with the duty manager for the case discussion.

Kwame
""")
    thread = quote_chain([
        ("stepbot (Early Help Duty) <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "09 March 2043 15:02", kw,
         "[SB-richmond_wandsworth-233] Step-down request received - Mosaic ID 5671290", ack, None),
        (kw, "09 March 2043 14:51", "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>",
         "Step down - Freddie Osei - Mosaic ID 5671290", original_, None),
    ])
    body = T("""
Hi,

Please put this step down on hold. Mum, Lorraine Osei, rang me at 08:45: she has changed her mind and has withdrawn her consent to Early Help. She says she doesn't want any more services and wants the case closed. I'll talk it through with my manager today and let you know.

Kwame

Kwame Asante
Social Worker | Wandsworth Assessment Team | Richmond and Wandsworth Councils

""") + RDISC + thread
    top = outlook_top(f, addr("Asante, Kwame", "Kwame.Asante@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-233] Step-down request received - Mosaic ID 5671290", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["5671290"],
        [ch("Freddie Osei", "2036-09-30", "30/09/2036")],
        ["parental_mental_health"], False, None, [], None, "attach_to_request",
        "CONSENT WITHDRAWN IN A SECOND MAIL OF THE THREAD: a reply to [SB-richmond_wandsworth-233]; the quoted "
        "original says 'Mum has consented to Early Help', the newest text says she 'has withdrawn her consent' -> "
        "newest wins -> consent false. follow_up -> attach_to_request (missing [] for a follow-up). Mum's low mood "
        "from the quoted request -> parental_mental_health.",
        not_children=["Lorraine Osei"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2043-01-07 08:15:33"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
         '<p>Thank you for your email.</p>'
         '<p>I work Monday to Wednesday and I am on leave until <b>Monday 12 January 2043</b>. Your email has not '
         'been forwarded.</p>'
         '<p>If your email is about a child protection matter or an urgent health visiting query, please ring the '
         'Wandsworth 0-19 duty line on 020 7946 0199. In an emergency call 999.</p>'
         '<p>Chioma Nkemelu<br>Specialist Health Visitor | Wandsworth 0-19 Service</p>'
         '</div></body></html>\n')
    data = ooo(f, when, "Nkemelu, Chioma (Health Visitor)", "chioma.nkemelu@nhs.example.net", addr("MASH Step Up", RSU),
               "[SB-richmond_wandsworth-219] Step-up case discussion - invitation", "", html_only=h)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A health visitor's HTML-only out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) "
        "answering stepbot's invitation; its boilerplate mentions 'child protection', 'urgent' and 999 -> auto_reply "
        "-> ignore, not urgent.",
        not_children=["Chioma Nkemelu"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2043-03-18 15:47:02"
    hs = "Sandhu, Harpreet <Harpreet.Sandhu@richmondandwandsworth.gov.uk>"
    wrong = T("""
Dear MASH,

Step up request for Ellis Harper (DOB 04/04/2032), Mosaic ID 5599870. Case summary attached; rationale below.

Rationale for step up
Ellis's attendance has fallen to 62% and mum has stopped engaging with the plan.

Harpreet
""")
    body = T("""
Dear MASH,

Please ignore my last email, wrong family - I sent you the Harper step up by mistake (that family is closing to Early Help, not stepping up). The right request is this one, for the Nolan children. Sorry for the muddle.

Ruby Nolan, DOB 21/07/2036
Charlie Nolan, DOB 09/12/2038
Mosaic ID 5699134

Case summary
The children live with their mum, Siobhan Nolan, in Southfields. They have been open to Early Help since October 2042 after a police call-out for domestic abuse by mum's partner, Gavin Price. Gavin moved out in November but has been back at the house most weekends since January, and there were further incidents on 21 February and 7 March (police attended both). Mum has told the worker she is "not coping" and her GP has started her on antidepressants.

Rationale for step up
Two further incidents since the partner came back, a mother whose mental health is getting worse, and an Early Help plan that has not changed anything: the children need a statutory assessment.

I have agreed the step up as the Early Help Team Manager.

Harpreet Sandhu
Early Help Team Manager | Wandsworth South | Richmond and Wandsworth Councils

""") + RDISC + quote(hs, "18 March 2043 14:58", "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>",
                     "Step up - Ellis Harper - Mosaic ID 5599870", wrong)
    top = outlook_top(f, addr("Sandhu, Harpreet", "Harpreet.Sandhu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Nolan children - Mosaic ID 5699134 (please ignore my email of 14:58)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["5699134"],
        [ch("Ruby Nolan", "2036-07-21", "21/07/2036"), ch("Charlie Nolan", "2038-12-09", "09/12/2038")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], None, "book_meeting",
        "CORRECTION WITHIN A THREAD - 'Please ignore my last email, wrong family': the earlier mail about Ellis Harper "
        "(Mosaic ID 5599870, attendance, non-engagement) is quoted below but withdrawn; the newest statement wins, so "
        "only the Nolan children, their Mosaic id and their concerns are labelled. Case summary and rationale pasted "
        "under their headings; the sender is the EH team manager who agreed -> book_meeting.",
        not_children=["Ellis Harper", "Siobhan Nolan", "Gavin Price"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
LUCY = "Barnard, Lucy <Lucy.Barnard@towerhamlets.gov.uk>"

def marf_pdf(filename, lines):
    return pdf_att(filename, "Multi-Agency Request Form (MARF) - request for support", lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2043-01-19 13:26:50"
    body = T("""
Dear MAST,

I'm Nadia Hossain's Early Help lead practitioner (Mosaic 2510388) and I'm asking for her to be stepped up. The MARF is attached.

At 12:40 today one of the lunchtime supervisors at Bonner Street Primary, Mrs Pat Hennessy, came to find me in the family room. Nadia (Year 4, DOB 19/06/2034) had been sitting on her own by the fence and told Mrs Hennessy: "My step-dad comes in my bed when mum's at work and does things. He says it's our secret. I don't want to go home tonight." Mrs Hennessy wrote her words down straight away and gave me the note. Nadia then went quiet and wouldn't say any more.

Her mum, Shirin Hossain, is working nights at the Royal London this week. Nadia's step-dad, Imran Reza, is due to collect Nadia and her little brother Ayaan from school at 15:15.

I haven't spoken to either parent. My team manager, Lucy Barnard, agreed at 13:15 that this comes to you now.

Rokeya Begum
Early Help Lead Practitioner | Bow | Tower Hamlets Council
07700 900733

""") + TDISC
    marf = marf_pdf("MARF - Nadia Hossain.pdf", [
        "Child: Nadia Hossain   DOB: 19/06/2034   Mosaic: 2510388",
        "School: Bonner Street Primary (Year 4)",
        "Parent/carer: Shirin Hossain (mother); Imran Reza (step-father)",
        "Reason for request: at 12:40 today (19/01/2043) Nadia told a lunchtime supervisor that her step-father comes "
        "into her bed at night when her mother is at work and 'does things', that it is a secret, and that she does "
        "not want to go home tonight. Step-father due to collect at 15:15.",
        "Manager authorisation:", "Name: Lucy Barnard (Team Manager)", "Date: 19/01/2043"])
    top = outlook_top(f, addr("Begum, Rokeya", "Rokeya.Begum@" + TDOM), addr("MAST", TMAST),
                      "Nadia Hossain - what she told the lunchtime supervisor today", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2510388"],
        [ch("Nadia Hossain", "2034-06-19", "19/06/2034")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "QUIET URGENT - A DISCLOSURE TO A DINNER LADY: an 8-year-old told a lunchtime supervisor today that her "
        "step-father 'comes in my bed ... and does things' and she doesn't want to go home tonight; he collects her "
        "at 15:15; no alarm word. The lead practitioner asks for a step up with a signed MARF; 'My team manager ... "
        "agreed' -> manager true; nothing missing -> alert_duty. A little brother named only 'Ayaan' is not labelled.",
        not_children=["Pat Hennessy", "Shirin Hossain", "Imran Reza", "Lucy Barnard", "Rokeya Begum"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2043-01-14 10:48:03"
    body = T("""
Hi Early Help Hub,

Step down request for Sami Chowdhury (DOB 02/12/2030) and Arif Chowdhury (DOB 25/10/2036), Mosaic 2466120 and 2466121.

You will see the history on Mosaic: in March 2041 Sami told his teacher that his father had hit him with a belt. There was a section 47 enquiry and a child protection plan; his father left the family home in April 2041, moved to Birmingham and has had no contact since. The plan ended in October 2041. That is history, not why the family are open now.

They were re-referred in November 2042 by Arif's school. Arif has cerebral palsy and uses a wheelchair; the flat is on the fourth floor and the lift is often broken. Sami (12) does a great deal of Arif's care before and after school. The C&F assessment (attached, completed 09/01/2043) found no need for ongoing social care but recommends a young carers assessment for Sami and an OT and housing review for Arif.

Mum, Rahima Chowdhury, has agreed to Early Help and signed the consent in the assessment.

Lead practitioner: Ms Leanne Doyle, Young Carers Worker, Tower Hamlets Young Carers Project (Early Help).

The draft TAF plan is attached. I'll chair the TAF meeting on Tuesday 20 January at 14:00 at Mile End Family Hub.

Farhana Hussain
Social Worker | CIN Team 4 | Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F Assessment - Chowdhury - 09.01.43.pdf", "Child and Family Assessment - summary", [
        "Children: Sami Chowdhury (02/12/2030), Arif Chowdhury (25/10/2036). Mother: Rahima Chowdhury.",
        "Completed 09/01/2043. Outcome: step down to Early Help (TAF). Parental consent: signed 09/01/2043.",
        "Recommendations: young carers assessment (Sami); OT and housing review (Arif)."])
    plan = docx_att("Draft TAF plan - Chowdhury.docx", [
        "# Draft TAF plan", "1. Young carers assessment and group for Sami.", "2. OT assessment and housing "
        "priority review for Arif's wheelchair access.", "3. Short breaks referral."])
    top = outlook_top(f, addr("Hussain, Farhana", "Farhana.Hussain@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Chowdhury brothers - Mosaic 2466120 / 2466121", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2466120", "2466121"],
        [ch("Sami Chowdhury", "2030-12-02", "02/12/2030"), ch("Arif Chowdhury", "2036-10-25", "25/10/2036")],
        ["disability_send", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC EVENT: a belt injury, s47 and child protection plan in 2041, father gone with no "
        "contact since, 'That is history' -> not urgent, no physical_harm. Current: Arif's cerebral palsy -> "
        "disability_send; Sami caring for him -> young_carer. Assessment, draft plan, consent and a lead "
        "practitioner with agency -> book_meeting.",
        not_children=["Rahima Chowdhury", "Leanne Doyle"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2043-02-24 11:37:19"
    body = T("""
Hi MAST,

Please find the MARF attached for Kai Sullivan (DOB 11/11/2035), Mosaic 2519904. I've been his lead practitioner since September.

Kai's dad, Sean Sullivan, has relapsed: he told me on 12 February that he is using heroin every day again, after two years clean. Kai (7) lives with him; Kai's mum died in 2040. Reset have reopened dad's case and he is going to his appointments. Kai's nan, Margaret Sullivan, has him on Saturdays.

My team manager, Lucy Barnard, signed the MARF this morning.

Ciaran O'Neill
Early Help Lead Practitioner | Poplar | Tower Hamlets Council

""") + TDISC
    marf = marf_pdf("MARF - Kai Sullivan.pdf", [
        "Child: Kai Sullivan   DOB: 11/11/2035   Mosaic: 2519904",
        "Parent/carer: Sean Sullivan (father)",
        "Main area of concern (tick one or more):",
        "[ ] Neglect   [ ] Domestic abuse   [ ] Parental mental health",
        "[X] Parental substance misuse   [ ] Child exploitation   [ ] Missing episodes",
        "[ ] Physical harm   [ ] Sexual harm   [ ] Radicalisation",
        "[ ] School attendance   [ ] Young carer   [ ] SEND / disability",
        "Reason for request: father's relapse into daily heroin use (his own account, 12/02/2043); Kai is in his "
        "sole care.",
        "Manager authorisation:", "Name: Lucy Barnard (Team Manager)", "Date: 24/02/2043"])
    top = outlook_top(f, addr("O'Neill, Ciaran", "Ciaran.ONeill@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Kai Sullivan - Mosaic 2519904", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2519904"],
        [ch("Kai Sullivan", "2035-11-11", "11/11/2035")],
        ["substance_misuse"], None, True, [], None, "book_meeting",
        "TEMPLATE HEADINGS LISTING EVERY CONCERN TYPE with only one ticked: the MARF's checkbox grid names neglect, "
        "domestic abuse, exploitation, sexual harm, radicalisation and the rest, but only '[X] Parental substance "
        "misuse' is ticked and the narrative is about that alone -> substance_misuse only. 'My team manager ... "
        "signed the MARF' -> manager true -> book_meeting.",
        not_children=["Sean Sullivan", "Margaret Sullivan", "Lucy Barnard"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2043-02-26 16:02:11"
    body = T("""
Hi,

Please see the attached step-down transfer form, the C&F assessment and the draft TAF plan for Yasmin Begum and her half-brother Adam Ali. Mosaic 2488710 and 2488711.

Aliya

Aliya Mahmood
Social Worker | CIN Team 2 | Tower Hamlets Council

""") + TDISC
    form = pdf_att("Step-down transfer form - Begum Ali.pdf",
                   "Tower Hamlets Children's Social Care - step-down to Early Help transfer form", [
        "Children: Yasmin Begum (DOB 16/07/2032, Mosaic 2488710); Adam Ali (DOB 05/01/2040, Mosaic 2488711)",
        "Parent/carer: Nasreen Begum (mother). Adam's father, Omar Ali, lives in Leyton; weekly contact.",
        "Outcome of the C&F assessment (completed 20/02/2043): step down to a TAF plan. Worries: Yasmin's",
        "attendance (83%) and mum's housing.",
        "Parental consent: I confirm that I went through the step-down plan with Ms Nasreen Begum on 24/02/2043 and that she",
        "has given her consent to her family being supported by Early Help and to the TAF plan being shared with the",
        "agencies named in it.",
        "Lead practitioner: Ms Joy Adeleke, Family Support Worker,",
        "Limehouse Family Hub (Early Help).",
        "TAF meeting: Thursday 5 March 2043, 10:00, Limehouse Family Hub (chaired by the social worker).",
        "Team manager sign-off: I have read the C&F assessment and the draft TAF plan and I agree that the case can step",
        "down to Early Help. Signed: Dorothy Fenwick, Team Manager, CIN Team 2, 25/02/2043."])
    cfa = pdf_att("C&F Assessment - Begum Ali.pdf", "Child and Family Assessment - summary", [
        "Children: Yasmin Begum (16/07/2032), Adam Ali (05/01/2040). Completed 20/02/2043.",
        "Outcome: step down to Early Help (TAF)."])
    plan = docx_att("Draft TAF plan - Begum Ali.docx", [
        "# Draft TAF plan", "1. Attendance plan for Yasmin with her school.", "2. Housing advice for mum.",
        "3. Stay and play for Adam at Limehouse Family Hub."])
    top = outlook_top(f, addr("Mahmood, Aliya", "Aliya.Mahmood@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Yasmin Begum and Adam Ali - transfer form attached", when)
    add(f, mail(f, top, body, [form, cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2488710", "2488711"],
        [ch("Yasmin Begum", "2032-07-16", "16/07/2032"), ch("Adam Ali", "2040-01-05", "05/01/2040")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "A PDF FORM WHOSE LINES WRAP MID-SENTENCE: the consent statement ('... and that she / has given her consent "
        "...'), the lead practitioner ('Family Support Worker, / Limehouse Family Hub') and the team manager's "
        "sign-off ('... the case can step / down to Early Help') each break across lines -> consent true, manager "
        "true, lead practitioner met. Half-siblings Begum / Ali; assessment and draft plan attached -> book_meeting.",
        not_children=["Nasreen Begum", "Omar Ali", "Joy Adeleke", "Dorothy Fenwick"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2043-03-12 12:54:47"
    body = T("""
Hi EH hub

SD request for Leo Marsh dob 11/04/40 (2yrs), mosaic 2501187. C&F attached (finished 06/03).

Mum Jade Marsh (23) is pregnant - baby due 02/05/43. Pre-birth assessment was part of the C&F, no concerns for the baby. Jade's b/f Kyle Benn (not Leo's dad) stays most nights, no concerns re him either.

Worries now: mum's low mood (GP + Talking Therapies) and housing - 1 bed flat, will be overcrowded when baby comes.

Mum agreed to EH + signed consent on 06/03.
LP will be HV Anna Kowal, Tower Hamlets Health Visiting Service.
Draft plan to follow after I see mum tues, sorry.

Thx
Paige
Paige Fenton, SW, CIN Team 1, Tower Hamlets Council

Sent from my iPhone
""")
    cfa = pdf_att("C&F Assessment - Leo Marsh.pdf", "Child and Family Assessment - summary", [
        "Child: Leo Marsh, 11/04/2040. Mother: Jade Marsh (expecting, due 02/05/2043).",
        "Completed 06/03/2043. Outcome: step down to Early Help. Parental consent signed 06/03/2043."])
    top = plain_top(f, addr("Fenton, Paige", "Paige.Fenton@" + TDOM), addr("Early Help Hub", TEH),
                    "SD - Leo Marsh - mosaic 2501187", when, TDOM, "iPhone Mail (22D72)")
    add(f, iphone_mail(f, top, body, [cfa]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2501187"],
        [ch("Leo Marsh", "2040-04-11", "11/04/40")],
        ["parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "PHONE-TYPED with abbreviations (SD, EH, dob, yrs, b/f, LP, HV, SW, tues, thx). AN UNBORN BABY: 'baby due "
        "02/05/43' is a due date, not a DOB, and the unborn child is unnamed -> not labelled. Mum's low mood -> "
        "parental_mental_health; the pre-birth assessment and the boyfriend are 'no concerns'. Consent signed, "
        "assessment attached, lead practitioner with agency; 'Draft plan to follow' -> draft_plan missing -> "
        "request_info. 'mosaic 2501187' -> '2501187'.",
        not_children=["Jade Marsh", "Kyle Benn", "Anna Kowal"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2043-03-02 09:12:26"
    summary = "TAF meeting - Begum / Ali [SB-tower_hamlets-561]"
    data = gcal_reply(f, when, "Lewis Grant", "l.grant@stpaulsway.example.sch.uk", TEH, "ACCEPTED", summary,
                      "20430305T100000Z", "20430305T113000Z",
                      "Accepted: %s @ Thu 5 Mar 2043 10am - 11:30am (GMT) (%s)" % (summary, TEH))
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "GOOGLE CALENDAR iTIP REPLY (multipart/alternative with text/calendar method=REPLY, PARTSTAT=ACCEPTED, plus "
        "invite.ics) from a school attendance officer for the TAF meeting of tower_hamlets_04 -> record_reply. The "
        "summary names the family by surname only -> no child.",
        not_children=["Lewis Grant"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2043-01-08 18:05:52"
    body = T("""
hi, new sw in CIN 3 (started mon). tm said to email u re SD to EH - is there a form or do i just send the C&F + plan? + who do i ask re LP if the family dont have one yet. thx

Jess
Jess Moreno | SW | CIN Team 3 | Tower Hamlets Council

Sent from Outlook for iOS
""")
    top = plain_top(f, addr("Moreno, Jess", "Jess.Moreno@" + TDOM), addr("Early Help Hub", TEH), "form?", when,
                    TDOM, None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "PHONE-TYPED GENERAL ENQUIRY from a new social worker (sw, tm, SD, EH, C&F, LP, thx; subject 'form?'): how to "
        "send a step-down -> other -> human_review. No family.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2043-02-18 14:31:40"
    br = "Hart, Bryony <Bryony.Hart@towerhamlets.gov.uk>"
    thread = quote_chain([
        (LUCY, "18 February 2043 14:20", br, "RE: TJ Reeves - MARF",
         "Agreed - thanks for getting the figures. Send it to MAST.\nLucy\n", None),
        (br, "18 February 2043 11:02", LUCY, "RE: TJ Reeves - MARF",
         "Lucy - school's figures: 71% this term, and he's been sent to the office twice this month in the same "
         "clothes all week and hungry. Can I send it now?\nB\n", None),
        (LUCY, "17 February 2043 16:45", br, "RE: TJ Reeves - MARF",
         "Not yet - I want to see the school's attendance figures and what they've noticed before this goes.\nLucy\n",
         None),
        (br, "17 February 2043 15:30", LUCY, "TJ Reeves - MARF",
         "Lucy - draft MARF for TJ attached. Mum isn't engaging with the plan and the house is getting worse. OK to "
         "send to MAST?\nBryony\n", None),
    ])
    body = T("""
Hi MAST,

MARF attached for Thomas Reeves (known as TJ), DOB 30/06/2032, Mosaic 2523361. Lucy (my TM) has now agreed it - see below.

Bryony

Bryony Hart
Early Help Lead Practitioner | Bethnal Green | Tower Hamlets Council

""") + TDISC + thread
    marf = marf_pdf("MARF - Thomas Reeves (TJ).pdf", [
        "Child: Thomas Reeves (known as TJ)   DOB: 30/06/2032   Mosaic: 2523361",
        "Parent/carer: Kelly Reeves (mother)",
        "Reason for request: neglect - home conditions, hunger, the same clothes all week; attendance 71% this term; "
        "mother not engaging with the Early Help plan since December 2042.",
        "Manager authorisation:", "Name: Lucy Barnard (Team Manager)", "Date: 18/02/2043"])
    top = outlook_top(f, addr("Hart, Bryony", "Bryony.Hart@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Thomas Reeves - Mosaic 2523361", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2523361"],
        [ch("Thomas Reeves", "2032-06-30", "30/06/2032")],
        ["neglect", "non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "MANAGER 'NOT YET' THEN 'AGREED': in the quoted chain the team manager first wrote 'Not yet - I want to see "
        "the school's attendance figures' (17 Feb) and later 'Agreed - ... Send it to MAST' (18 Feb 14:20); the "
        "newest statement wins -> manager true; the MARF is signed too. A CHILD KNOWN BY A NICKNAME: 'Thomas Reeves "
        "(known as TJ)' -> labelled by his full name. Neglect, 71%, mum not engaging -> three concerns.",
        not_children=["Kelly Reeves", "Lucy Barnard"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def sa_pdf(filename, title, lines):
    return pdf_att(filename, title, lines)

def torbay_01():
    f = "torbay_01.eml"; when = "2043-01-16 16:58:21"
    ack = ack_text("step-up", "SB-torbay-166", [
        "Case: EHM-890233", "Children: Jayden Luscombe (04/03/2031), Lacey-Jo Pearce (22/10/2036)",
        "MASH threshold discussion: Tuesday 20 January 2043, 10:00 (Microsoft Teams)"], [])
    body = T("""
Jayden has just sent me this from his phone (16:51):

"hes doing it again. hes got mum up against the wall by her neck. me and lacey-jo are locked in the bathroom. dont ring mums phone he'll know. pls come"

I've rung 999 and I'm driving over now - about 15 minutes. It's Jayden's dad, Lee Luscombe. The address is on the request: 9 Windmill Close, Paignton.

Morwenna
07700 900318

Morwenna Tregear
Early Help Practitioner | Paignton Locality | Torbay Council

""") + BDISC + quote("stepbot (Torbay MASH) <mash@torbay.gov.uk>", "15 January 2043 11:20",
                     "Tregear, Morwenna <Morwenna.Tregear@torbay.gov.uk>",
                     "[SB-torbay-166] Step-up request received - EHM-890233", ack)
    top = outlook_top(f, addr("Tregear, Morwenna", "Morwenna.Tregear@" + BDOM), addr("Torbay MASH", BMASH),
                      "RE: [SB-torbay-166] Step-up request received - EHM-890233", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-890233"],
        [ch("Jayden Luscombe", "2031-03-04", "04/03/2031"), ch("Lacey-Jo Pearce", "2036-10-22", "22/10/2036")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "QUIET URGENT - A CHILD'S TEXT MESSAGE QUOTED in a reply to [SB-torbay-166]: 'hes got mum up against the "
        "wall by her neck. me and lacey-jo are locked in the bathroom ... pls come' sent 7 minutes earlier; no alarm "
        "word. Urgent on a follow_up -> alert_duty. Children (half-siblings Luscombe / Pearce) and case id from the "
        "quoted acknowledgement.",
        not_children=["Lee Luscombe", "Morwenna Tregear"])

def torbay_02():
    f = "torbay_02.eml"; when = "2043-03-05 13:17:45"
    body = T("""
hi mash this is urgent full stop ive just left the tozer family home in brixham full stop mum kayleigh tozer told me at the visit that she is taking alfie and maisie to live with her new partner ryan coombe tonight comma he is picking them up at 6 full stop ryan coombe was convicted in 2039 of seriously injuring his own baby son and he is not allowed unsupervised contact with children full stop mum says it was all lies and she doesnt believe it full stop

alfie tozer is 7 his date of birth is 14/02/2036 and maisie tozer is 3 her date of birth is 30/07/2039 full stop

new paragraph i have talked to my atm silas penrose on the phone and he agrees this needs to go to level 4 now full stop mum does not know i am contacting you and i did not ask her for consent because i think she would leave straight away full stop

please ring me on 07700 900262 full stop

dan

Dictated with Siri - sorry for any mistakes
Daniel Crocker
Early Help Practitioner | Brixham Locality | Torbay Council
""")
    top = plain_top(f, addr("Daniel Crocker", "Daniel.Crocker@" + BDOM), addr("Torbay MASH", BMASH),
                    "Urgent step up - Alfie Tozer and Maisie Tozer - EHM-891502", when, BDOM, "iPhone Mail (22D72)",
                    cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, iphone_mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-891502"],
        [ch("Alfie Tozer", "2036-02-14", "14/02/2036"), ch("Maisie Tozer", "2039-07-30", "30/07/2039")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "DICTATED AND URGENT (not quiet: 'this is urgent'): the children are to be handed tonight at 6 to a man "
        "convicted of seriously injuring a baby and barred from unsupervised contact -> alert_duty. Names in lower "
        "case in the dictated body, capitalised in the subject. 'he agrees this needs to go to level 4' (the ATM) -> "
        "manager true; 'i did not ask her for consent' -> null (not refused) -> consent missing. level null on a "
        "step_up.",
        not_children=["kayleigh tozer", "ryan coombe", "silas penrose", "Daniel Crocker"])

def torbay_03():
    f = "torbay_03.eml"; when = "2043-02-03 10:25:37"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Evie Hannaford (DOB 22/08/2039), LCS-893117, to step down from the Single Assessment Team.

Evie is 3 and lives with her mum, Gemma Hannaford, in Torquay. The referral in December came from her nursery, who saw a bruise on Evie's cheek. That has been looked into fully: the bruise was explained by a fall from the climbing frame at nursery the day before (the nursery's own accident form records it), she was seen by her GP, and there are no concerns about how it happened. No other marks have been seen before or since.

What the assessment did find is that mum has been struggling with depression since Evie's dad left; she is now on medication and has started with Talkworks, and she would like support with routines and money.

The Single Assessment is attached, with my analysis and my Team Manager's analysis (Rachel Stone, section 9) confirming the threshold is met for Early Help. Mum has given her consent for Early Help.

Thanks,
Hannah

Hannah Widdicombe
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC
    sa = sa_pdf("Single Assessment - Evie Hannaford.pdf", "Single Assessment - summary", [
        "Child: Evie Hannaford, 22/08/2039. Mother: Gemma Hannaford.",
        "Presenting issue: bruise to the cheek seen by nursery, 08/12/2042. Explained by a fall from the climbing "
        "frame at nursery on 07/12/2042 (accident form); GP seen 09/12/2042; no concerns.",
        "Assessment: mother's depression since the separation; now treated (GP, Talkworks).",
        "Section 9 - Team Manager's analysis (Rachel Stone, 30/01/2043): threshold for Early Help met; step down "
        "agreed."])
    top = outlook_top(f, addr("Widdicombe, Hannah", "Hannah.Widdicombe@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot please - Evie Hannaford - LCS-893117", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["LCS-893117"],
        [ch("Evie Hannaford", "2039-08-22", "22/08/2039")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - A RULED-OUT INJURY: 'the bruise was explained by a fall ... seen by her GP, and there are no "
        "concerns' -> not urgent, no physical_harm. Mum's depression (treated) -> parental_mental_health. Under-5 "
        "(fortnightly under-5s triage). SA with the TM's analysis -> manager true; consent given -> book_meeting. No "
        "level written -> null.",
        not_children=["Gemma Hannaford", "Rachel Stone"])

def torbay_04():
    f = "torbay_04.eml"; when = "2043-02-23 14:48:50"
    body = T("""
Hi MASH, step up pls for:
Tyler Nankivell dob 03/03/31 (11yrs)
Kacey Nankivell dob 19/11/35 (7yrs)
EHM-892240

Mum (Donna Nankivell) + her b/f Reece using coke most wknds, he's dealing from the flat - I've seen the scales + bags. Tyler's been seen on his bike dropping stuff off for Reece after school, has new trainers + cash. Kacey ok in school but tired.

Talked it thru w mum today - she said no, she won't have SS involved + doesnt want us ringing MASH. TM (Jo Hext) ok'd it at 2pm anyway.

Thx
Jess
Jess Kitto | EH Practitioner | Torquay Locality | Torbay Council

Sent from Outlook for iOS
""")
    top = plain_top(f, addr("Kitto, Jess", "Jess.Kitto@" + BDOM), addr("Torbay MASH", BMASH),
                    "step up pls - Nankivell - EHM-892240", when, BDOM, None)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-892240"],
        [ch("Tyler Nankivell", "2031-03-03", "03/03/31"), ch("Kacey Nankivell", "2035-11-19", "19/11/35")],
        ["exploitation", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "PHONE-TYPED with heavy abbreviations (pls, dob, yrs, b/f, wknds, thru, w, TM, ok'd, thx) and two-digit "
        "years. Mum and her boyfriend using cocaine, dealing from the flat, an 11-year-old running errands for him "
        "-> substance_misuse, exploitation. CONSENT REFUSED IN PHONE SHORTHAND: 'she said no, she won't have SS "
        "involved' -> consent false -> consent missing -> request_info; 'TM ... ok'd it' -> manager true.",
        not_children=["Donna Nankivell", "Jo Hext"])

def torbay_05():
    f = "torbay_05.eml"; when = "2043-03-16 11:09:14"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step Kyle Tremain (DOB 07/07/2032) and his half-sister Summer-Rose Huxtable (DOB 18/03/2037) down to level 3 Early Help. LCS-894406 (Kyle) and LCS-894407 (Summer-Rose). The CIN plan has done what it set out to do, and my manager and I agree statutory intervention is no longer needed.

A word on the household, because it is a busy one and LCS doesn't make it clear. The children live at 3 Fore Street, Brixham, with their mum, Kelly Tremain (34), and Summer-Rose's dad, Robert Huxtable. Kelly's younger brother, Jordan Tremain (DOB 14/05/2023, so 19), moved in last summer and sleeps in the box room. There is also a lodger, Mr Dennis Pook (61), who rents the attic room and keeps to himself. Kelly's cousin, Shannon Tremain (DOB 02/09/2022, 20), stays at weekends to help with the children. Kelly's parents, Brian Tremain and Linda Tremain, live two doors down and have the children most Fridays. All of the adults have been checked and there are no worries about any of them.

Why the children were open: the house was badly overcrowded and Kyle's attendance had fallen to 78%. Since the autumn Robert has converted the loft, Kyle has his own room, and his attendance is 91% this term - better, but he still needs help with it.

The Single Assessment update is attached, with the Team Manager's analysis (Claire Northcott) confirming the threshold for level 3 is met. Kelly and Robert both signed the consent for level 3 Early Help on 12 March.

Chris

Chris Lamerton
Social Worker | Safeguarding and Supporting Families | Torbay Council

""") + BDISC
    sa = sa_pdf("SA update - Tremain Huxtable.pdf", "Single Assessment - update", [
        "Children: Kyle Tremain (07/07/2032), Summer-Rose Huxtable (18/03/2037).",
        "Household: mother, Summer-Rose's father, maternal uncle (19), lodger, maternal cousin (20) at weekends.",
        "Section 9 - Team Manager's analysis (Claire Northcott, 13/03/2043): threshold for level 3 met."])
    top = outlook_top(f, addr("Lamerton, Chris", "Chris.Lamerton@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot - Kyle Tremain and Summer-Rose Huxtable - step down to level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-894406", "LCS-894407"],
        [ch("Kyle Tremain", "2032-07-07", "07/07/2032"), ch("Summer-Rose Huxtable", "2037-03-18", "18/03/2037")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "ADULTS NAMED IN FULL IN A LONG HOUSEHOLD NARRATIVE - mother, the younger child's father, an UNCLE AGED 19 "
        "(with a DOB), a LODGER, a COUSIN AGED 20 (with a DOB), GRANDPARENTS - none of them labelled; only the two "
        "half-siblings are. Level 3 written; SA with the TM's analysis; consent signed; attendance 91% 'still needs "
        "help' -> school_attendance -> book_meeting.",
        not_children=["Kelly Tremain", "Robert Huxtable", "Jordan Tremain", "Dennis Pook", "Shannon Tremain",
                      "Brian Tremain", "Linda Tremain", "Claire Northcott"],
        adults=[("Jordan Tremain", "14/05/2023"), ("Shannon Tremain", "02/09/2022")])

def torbay_06():
    f = "torbay_06.eml"; when = "2043-02-09 09:31:02"
    body = T("""
Thank you for your email. I am on leave until Monday 23 February 2043 and will not be checking my email.

If your message is urgent, or you are worried that a child is at risk, please contact the MASH duty desk or, out of hours, the Emergency Duty Team. For triage bookings please contact Early Help business support.

Kind regards,
Becca Sloman
Social Worker | Single Assessment Team | Torbay Council
""")
    data = ooo(f, when, "Sloman, Becca", "becca.sloman@" + BDOM, addr("Torbay Early Help", BEH),
               "[SB-torbay-171] Triage slot confirmed - Tuesday 17 February 2043, 09:30", body)
    add(f, data, "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange out-of-office (Auto-Submitted: auto-replied) answering stepbot's triage confirmation [SB-torbay-171]; "
        "boilerplate with 'urgent' and 'at risk' -> auto_reply -> ignore, not urgent.",
        not_children=["Becca Sloman"])

def torbay_07():
    f = "torbay_07.eml"; when = "2043-01-27 11:44:09"
    body = T("""
Good morning,

We are the nursery class at Roselands Primary in Paignton. Our SENCo has asked whether you could send us the dates of the under-5s triage meetings for this term, and whether a nursery key worker can come along when one of our families is being discussed.

Many thanks,

Alison Reed
School Business Manager | Roselands Primary School
01632 960781
""")
    top = plain_top(f, addr("Alison Reed", "office@roselands.example.sch.uk"), addr(None, BEH),
                    "Under-5s triage dates this term", when, "roselands.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "General enquiry from a school office about the under-5s triage dates -> other -> human_review.",
        not_children=["Alison Reed"])

def torbay_08():
    f = "torbay_08.eml"; when = "2043-03-09 15:20:27"
    ack = ack_text("step-down", "SB-torbay-188", [
        "Case: LCS-893550", "Children: Harry Ellacott (12/12/2035)"],
        ["confirmation that the family's consent for level 3 Early Help has been sought and given"])
    body = T("""
Hi - dad has now given his consent for level 3 Early Help; he signed the form at my visit this afternoon and a scanned copy is attached. That was the last thing outstanding.

Thanks,
Sam

Sam Pascoe
Social Worker | Single Assessment Team | Torbay Council
""") + quote("stepbot (Torbay Early Help) <earlyhelp@torbay.gov.uk>", "6 March 2043 10:14",
             "Pascoe, Sam <Sam.Pascoe@torbay.gov.uk>", "[SB-torbay-188] Step-down request received - LCS-893550", ack)
    consent = pdf_att("Consent - Ellacott - signed 09.03.43.pdf", "Consent to level 3 Early Help", [
        "Family: Ellacott (Harry). I agree to my family being supported by Torbay Early Help at level 3.",
        "Signed: Martin Ellacott (father)   Date: 09/03/2043"])
    top = outlook_top(f, addr("Pascoe, Sam", "Sam.Pascoe@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-188] Step-down request received - LCS-893550", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-893550"],
        [ch("Harry Ellacott", "2035-12-12", "12/12/2035")], [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP adding the consent the acknowledgement asked for: 'dad has now given his consent' + signed form "
        "-> consent true; level null on a follow_up; child and case id from the quoted ack -> attach_to_request.",
        not_children=["Martin Ellacott"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(filename, family, signed_by, when_signed):
    return pdf_att(filename, "Early Help - written consent", [
        "Family: %s" % family, "I agree to my family being supported by Early Help and to information being shared "
        "with the Early Help Co-ordinator team.", "Signed: %s" % signed_by, "Date: %s" % when_signed])

def eha_plan(filename, lines):
    return docx_att(filename, ["# Early Help Assessment step-down plan"] + lines)

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2043-02-26 16:31:05"
    ack = ack_text("step-down", "SB-herefordshire-095", [
        "Case: Mosaic ID 2334510", "Children: Chloe Powell (08/09/2029), Ethan Powell (13/01/2034)"], [])
    body = T("""
Hi both,

Please stop the step down for now. Dad left me this voicemail at 16:02 - the transcript is below. Chloe told her form tutor yesterday that dad hits her mum, and school rang him about it this afternoon. Chloe is due home on the school bus at 16:45 and dad is at home on his own. Ethan is at his nan's tonight.

I'm going out there now and I've rung the police. My mobile is 07700 900845.

Rhys

---------- Voicemail transcript ----------
From: 07700 900119 (Wayne Powell)
Received: Thursday 26 February 2043, 16:02
Duration: 0:41
Transcript (automatic): "Yeah it's Wayne Powell. You tell that school and your lot, if Chloe comes back here tonight after the lies she's been telling I'll break her neck. I mean it. She's not welcome in this house. Don't bother ringing me back."
------------------------------------------

Rhys Bevan
Social Worker | Hereford City Locality | Herefordshire Council

""") + HDISC + quote("stepbot (Early Help Co-ordinators) <earlyhelpcoordinators@herefordshire.gov.uk>",
                     "24 February 2043 12:10", "Bevan, Rhys <Rhys.Bevan@herefordshire.gov.uk>",
                     "[SB-herefordshire-095] Step-down request received - Mosaic ID 2334510", ack)
    top = outlook_top(f, addr("Bevan, Rhys", "Rhys.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-095] Step-down request received - Mosaic ID 2334510", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2334510"],
        [ch("Chloe Powell", "2029-09-08", "08/09/2029"), ch("Ethan Powell", "2034-01-13", "13/01/2034")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "QUIET URGENT - A PARENT'S THREAT IN A VOICEMAIL TRANSCRIPT: 'if Chloe comes back here tonight ... I'll break "
        "her neck. I mean it', with a 13-year-old due home at 16:45 to him alone; no alarm word. A reply to "
        "[SB-herefordshire-095] -> follow_up, urgent -> alert_duty. Chloe's disclosure that dad hits mum -> "
        "domestic_abuse; the threat -> physical_harm. Children and case id from the quoted ack.",
        not_children=["Wayne Powell", "Rhys Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2043-03-04 12:15:48"
    body = T("""
Hi Verity,

A 'what if' for Tuesday, not about anyone I'm working with at the moment.

Say I was stepping a family down and, before it had gone through, a parent left me a voicemail saying that if his daughter came home that night he'd break her neck. Would I ring MASH or the police first? Would it still be a step down that you just put on hold, or does the whole thing go back to the social worker? And what if it came in after 5 on a Friday?

I'd rather know before it happens.

Thanks,
Sian

Sian Morgan
Family Support Worker | South Wye Locality | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Morgan, Sian", "Sian.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "A 'what if' question for Tuesday", when, cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: 'Say ... a parent left me a voicemail saying that if his daughter came home "
        "that night he'd break her neck' - the same words as herefordshire_01, but 'not about anyone I'm working "
        "with' -> other, not urgent, no child, no concerns.")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2043-01-20 10:40:12"
    summary = T("""
Herefordshire Safeguarding Children Partnership - 7-minute learning summary
Rapid review: Baby T

Baby T was five months old. One Friday evening in the autumn of 2041 her mother, who worked nights, left her with a relative who had been drinking heavily. An Early Help worker was told at about 18:00 that the carer was drunk, but emailed the Early Help inbox instead of phoning, and the email was not read until Monday. Baby T was taken to hospital the next morning with a head injury. She has since recovered fully and lives with her grandparents.

What we learned
1. A baby left with an intoxicated carer is an immediate risk: phone MASH (or 999), do not email.
2. Duty inboxes are not read out of hours.
3. Managers should check that staff know the out-of-hours number.

HSCP Business Unit
""")
    body = T("""
All - please read this before Thursday's team meeting; we'll spend ten minutes on it.

Wilfred

Wilfred Oyelaran
Early Help Co-ordinator Manager | Herefordshire Council

""") + HDISC + quote("HSCP Business Unit <hscp@herefordshire.gov.uk>", "19 January 2043 15:10",
                     "Early Help Co-ordinator managers", "HSCP 7-minute learning summary - Baby T (rapid review)",
                     summary)
    top = outlook_top(f, addr("Oyelaran, Wilfred", "wilfred.oyelaran@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: HSCP 7-minute learning summary - Baby T (rapid review)", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A RAPID-REVIEW LEARNING SUMMARY forwarded for a team meeting: 'Baby T' left with a drunk "
        "carer in 2041, now recovered and living with her grandparents; 'immediate risk' in the learning points -> "
        "historic, anonymised -> other, not urgent, no child, no concerns.",
        not_children=["Wilfred Oyelaran"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2043-01-29 14:07:33"
    addr_ = "7 Bridge Street, Kington HR5 3DL"
    blocks = [
        "Hello Early Help Co-ordinators,",
        "",
        "Please find attached the Early Help Assessment step-down plan and mum's signed consent form for the two "
        "children below (Mosaic ID 2329981). This is a Level 3 step-down.",
        "",
        ("table", [["Name", "DOB", "Address", "School"],
                   ["Tyler Gwilliam", "06/06/2030", addr_, "Lady Hawkins' School (Year 8)"],
                   ["Mia Jones", "25/11/2034", addr_, "Kington Primary School (Year 3)"]]),
        "",
        "Tyler and Mia are half-siblings (different dads) and both live with their mum, Nicola Jones. Their older "
        "sister, Jess, is 16 and lives with her dad in Leominster; she is not part of this step down.",
        "",
        "Key person: Mrs Carys Pritchard, Family Support Worker, Kington Family Hub (Early Help).",
        "",
        ("h", "Worries"),
        "Mum's drinking was the main worry when the assessment started; she has been alcohol-free since August with "
        "support from Turning Point, and her tests are clear. What is left is Tyler's attendance (84%) and help for "
        "mum with money and routines.",
        "",
        "Thank you,",
        "Eleri",
        "",
        "{{Eleri Price}}",
        "Social Worker | North West Locality | Herefordshire Council",
        "",
        HDISC.strip(),
    ]
    consent = consent_pdf("Signed consent - Gwilliam Jones.pdf", "Gwilliam / Jones (Tyler and Mia)", "Nicola Jones",
                          "26/01/2043")
    plan = eha_plan("EHA step-down plan - Gwilliam Jones.docx", [
        "Children: Tyler Gwilliam 06/06/2030, Mia Jones 25/11/2034", "Key person: Carys Pritchard (Kington Family Hub)",
        "1. Tyler's attendance - school attendance plan. 2. Budgeting support for mum. 3. Morning routines."])
    top = outlook_top(f, addr("Price, Eleri", "Eleri.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (Level 3) - Gwilliam / Jones - Mosaic ID 2329981", when)
    add(f, word_mail(f, top, blocks, [consent, plan], plain_twin=False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2329981"],
        [ch("Tyler Gwilliam", "2030-06-06", "06/06/2030"), ch("Mia Jones", "2034-11-25", "25/11/2034")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "OUTLOOK HTML-ONLY BODY with a Name / DOB / Address / School table; HALF-SIBLINGS Gwilliam / Jones; an older "
        "sister named only 'Jess' is not labelled. STRENGTH, not a concern: mum 'alcohol-free since August ... tests "
        "are clear' -> no substance_misuse; 84% -> school_attendance. Level 3 written; signed consent form, EHA plan "
        "and key person with agency -> book_meeting.",
        not_children=["Nicola Jones", "Carys Pritchard"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2043-03-11 10:19:26"
    body = T("""
Hi,

Step down for Isla Bowen (DOB 01/12/2030), Mosaic ID 2340076. The EHA step-down plan and the signed consent form are attached.

Isla is 12. The main worry is Isla's own anxiety: she has panic attacks before school, she is under CAMHS, and her attendance has fallen to 76%. Her mum, Lowri Bowen, has no mental health difficulties of her own and is doing everything she can; she just needs help getting Isla into school.

Key person: not agreed yet - the school's pastoral lead has said she might take it on, but I'm waiting to hear.

Gethin

Gethin Hughes
Social Worker | Leominster Locality | Herefordshire Council

""") + HDISC
    consent = consent_pdf("Consent form - Bowen - signed.pdf", "Bowen (Isla)", "Lowri Bowen", "09/03/2043")
    plan = eha_plan("EHA step-down plan - Isla Bowen.docx", [
        "Child: Isla Bowen 01/12/2030", "Key person: to be agreed",
        "1. Graded return to school with the pastoral team. 2. CAMHS - continue. 3. Parenting an anxious child "
        "course for mum."])
    top = outlook_top(f, addr("Hughes, Gethin", "Gethin.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Isla Bowen - Mosaic ID 2340076", when)
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2340076"],
        [ch("Isla Bowen", "2030-12-01", "01/12/2030")],
        ["school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "THE CHILD'S OWN ANXIETY, NOT A PARENT'S: 'Isla's own anxiety' and 'mum ... has no mental health difficulties "
        "of her own' -> no parental_mental_health; 76% -> school_attendance. Signed consent form and plan attached; "
        "'Key person: not agreed yet' -> lead_practitioner missing -> request_info. No level written -> null.",
        not_children=["Lowri Bowen"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2043-02-12 13:02:47"
    body = T("""
Dear MASH,

I'd like to step Logan Whittall, Mosaic ID 2338812, up to social care.

Logan is 13 and lives with his grandparents, Graham Whittall and Pauline Whittall, who have a special guardianship order. He has been missing overnight three times since Christmas (27 December, 17 January and 7 February), each time found in Worcester with older lads. He has a second phone and cash he can't explain, and on 7 February police found him with cannabis wrapped in small bags to sell.

His grandparents are doing everything they can and want more help. My team manager, Rachel Pugh, doesn't agree with a step up - she thinks it can stay with Early Help with a tighter plan - but we talked it through in supervision today and she is happy for me to ask for MASH's view.

Amy Lewis
Early Help Practitioner | Hereford City Locality | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Lewis, Amy", "Amy.Lewis@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Logan Whittall - Mosaic ID 2338812", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2338812"],
        [ch("Logan Whittall")],
        ["exploitation", "missing"], None, False, [], None, "human_review",
        "A step-up to Herefordshire, whose seed defines none -> human_review, missing [] and notice null. Three "
        "missing episodes, unexplained phone and cash, drugs packaged to sell -> exploitation, missing (the cannabis "
        "is for sale, not his or a carer's use). MANAGER DISAGREES: 'My team manager ... doesn't agree with a step up' "
        "-> manager false (her being 'happy for me to ask for MASH's view' is not agreement to the step-up). Age "
        "('13') but no DOB -> dob null.",
        not_children=["Graham Whittall", "Pauline Whittall", "Rachel Pugh"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2043-03-19 11:55:10"
    ack = ack_text("step-down", "SB-herefordshire-103", [
        "Case: Mosaic ID 2340076", "Children: Isla Bowen (01/12/2030)"],
        ["the details of the key person (key professional) agreed with the family to lead on this step-down"])
    body = T("""
Hi,

Key person now agreed with mum and with school: Mrs Helen Price, Pastoral Lead, Minster College, Leominster. Her number is 01632 960349.

Gethin

Gethin Hughes
Social Worker | Leominster Locality | Herefordshire Council
""") + quote("stepbot (Early Help Co-ordinators) <earlyhelpcoordinators@herefordshire.gov.uk>", "11 March 2043 10:31",
             "Hughes, Gethin <Gethin.Hughes@herefordshire.gov.uk>",
             "[SB-herefordshire-103] Step-down request received - Mosaic ID 2340076", ack)
    top = outlook_top(f, addr("Hughes, Gethin", "Gethin.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-103] Step-down request received - Mosaic ID 2340076", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2340076"],
        [ch("Isla Bowen", "2030-12-01", "01/12/2030")], [], None, None, [], None, "attach_to_request",
        "FOLLOW-UP to [SB-herefordshire-103] (the request of herefordshire_05) giving the key person the "
        "acknowledgement asked for -> attach_to_request. Child and case id from the quoted ack; nothing about "
        "consent or concerns in this mail.",
        not_children=["Helen Price"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2043-03-05 08:47:29"
    data = itip_reply(f, when, "Ffion Watkins", "ffion.watkins@" + HDOM, ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in [SB-herefordshire-099]", "20430310T100000", "20430310T103000",
                      "Microsoft Teams",
                      comment="Sorry - I'm in court all Tuesday morning on another family. Could I have a slot on "
                              "the 17th instead?")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (method=REPLY, PARTSTAT=DECLINED) to a Tuesday drop-in slot, with a COMMENT asking for "
        "the 17th -> meeting_reply -> record_reply; no child or case id.",
        not_children=["Ffion Watkins"])
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


# England & Wales bank holidays 2043 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thursday 1 January; Good Friday 27 March; Easter Monday 30 March; May Day
# Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday 31 August; Christmas Day Friday
# 25 December; Boxing Day (Saturday 26 December) observed on Monday 28 December.
BANK_HOLIDAYS = {date(2043, 1, 1), date(2043, 3, 27), date(2043, 3, 30), date(2043, 5, 4), date(2043, 5, 25),
                 date(2043, 8, 31), date(2043, 12, 25), date(2043, 12, 28)}
# The one that falls inside the window, with the package's name (Easter Monday 30 March is just after it).
IN_WINDOW = {date(2043, 3, 27): "Good Friday"}
# The brief's window is "Monday 4 January - Friday 26 March 2043", but 4 January 2043 is a Sunday and 26 March 2043 a
# Thursday: the window runs from Monday 5 January to Friday 27 March (Good Friday, a bank holiday, so the last mail
# is dated Thursday 26 March).
WINDOW = (datetime(2043, 1, 5, tzinfo=LON), datetime(2043, 3, 27, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on the last Sunday of March 2043 (29 March), after the window: every Date is GMT (+0000).
BST_START = datetime(2043, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2043, 10, 25, 1, 0, 0, tzinfo=UTC)
def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {}
for _i, _m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"], 1):
    MONTHS[_m] = _i
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9

def parse_dob(w):
    """DOB as written -> ISO. This set writes dd/mm/yyyy, dd/mm/yy (20yy), 'DOB (MM/DD/YYYY): mm/dd/yyyy', and
    month names in either order ('3rd March 2031', '14 Feb 2035', '9 Sept 2029', 'June 4th, 2038')."""
    if w is None:
        return None
    m = re.fullmatch(r"DOB \(MM/DD/YYYY\):\s*(\d{2})/(\d{2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[1]), int(m[2])).isoformat()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", w)
    if m:
        return date(2000 + int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.? (\d{4})", w)
    if m and m[2].lower() in MONTHS:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", w)
    if m and m[1].lower() in MONTHS:
        return date(int(m[3]), MONTHS[m[1].lower()], int(m[2])).isoformat()
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

def META_W(f, name):
    for c in META[f]["children"]:
        if c["name"] == name:
            return c["_w"] or ""
    return ""

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err("file name / authority")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
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
        if re.match(r"(?i)(mosaic|ics|ehm|lcs)\s*(id|no|ref)?[.:]?\s", cid): err("case id keeps its label: %s" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.date(), meeting)
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
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.weekday() >= 5: err("Date on a weekend")
    if d.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
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
    for name, w in META[f]["adults"]:
        if "%s (DOB %s)" % (name, w) not in text and w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        span = META[f]["id_spans"].get(cid)
        if span is None:
            if cid not in text: err("case id %s not in text" % cid)
        else:
            if span not in _plain(msg): err("case id %s: raw span %r not in the text part" % (cid, span))
            if cid in text: err("case id %s should only be written broken across lines" % cid)
    if META[f]["attachment_only"]:
        if not e["children"]: err("children named only in an attachment must still be labelled")
        body = body_text(msg)
        for c in e["children"]:
            if c["name"] in body: err("child %s should be named only in an attachment" % c["name"])
            if c["dob"] and META_W(f, c["name"]) in body: err("DOB of %s should be only in an attachment" % c["name"])
    return errors

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
    if not (tot["urgent"] == 8 and tot["near_miss"] == 8 and sum(tot.values()) == 40):
        errors.append("set: category totals %s" % tot)
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

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"]).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _blocks(msg):
    return _plain(msg).split(SEP)

def _block_body(block):
    """The text of a quoted Outlook block below its From/Sent/To/Subject lines."""
    return block.split("\n\n", 1)[1].strip() if "\n\n" in block.strip("\n") else ""

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _docx_pages(data):
    """The text of each page of a .docx, split at Word's explicit page breaks (<w:br w:type="page"/>)."""
    import xml.etree.ElementTree as ET
    W = "{%s}" % W_NS
    root = ET.fromstring(zipfile.ZipFile(_io.BytesIO(data)).read("word/document.xml"))
    pages = [[]]
    for p in root.iter(W + "p"):
        if any(br.get(W + "type") == "page" for br in p.iter(W + "br")):
            pages.append([])
        pages[-1].append("".join(t.text or "" for t in p.iter(W + "t")))
    return ["\n".join(x) for x in pages]

def _wd(f):
    return working_days(_now(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_now(f), META[f]["meeting"])


def _body_before(msg, marker):
    p = _plain(msg)
    return p.split(marker)[0]

def _k01(msg):
    p = re.sub(r"\s+", " ", _plain(msg))
    return (p.count("full stop") >= 8 and "step op" in p and "kayden ashworth" in p and "lily rose molyneux" in p
            and "taff minutes from the 7th of january will follow" in p
            and not _att(msg, lambda q: "minutes" in q.get_filename().lower())
            and "Kayden Ashworth" not in p and "lee has been sober since june" in p
            and "attendance is now 98%" in p and _wd("knowsley_01.eml") == 6)

def _k02(msg):
    p = _plain(msg)
    return (all(w in p for w in ("sw ", "dob ", "yrs", "Txt", "msgs", "Pls ")) and "asap" not in p.lower()
            and "im in his car hes not letting me out" in p and _no_alarm(msg))

def _k03(msg):
    h = _html(msg)
    return (_no_plain(msg) and "MsoTableGrid" in h and all(x in html_text(h) for x in ("Name", "DOB", "Address", "School"))
            and html_text(h).count("17/10/2034") == 2 and _wd("knowsley_03.eml") == 5 and _pw("knowsley_03.eml") == 7
            and "Ava's own anxiety" in html_text(h) and "attendance is now 98%" in html_text(h))

def _k04(msg):
    p = _plain(msg)
    top = p.split(SEP)[0]
    return ("Correction: Mia's DOB should read 12/03/2031, not 21/03/2031" in top
            and "Mia Fairclough (21/03/2031)" in p.split(SEP)[1] and "12/03/2031" not in p.split(SEP)[1])

def _k05(msg):
    return (msg["List-Id"] is not None and msg["List-Unsubscribe"] is not None and msg["Precedence"] == "bulk"
            and ALARM.search(readable(msg)) is not None)

def _k06(msg):
    b = _blocks(msg)
    urgent_bits = ("smacked", "finger marks", "picking her up at 12")
    return (len(b) == 2 and all(x in b[1] for x in urgent_bits) and not any(x in b[0] for x in urgent_bits)
            and _wd("knowsley_06.eml") == 5 and _no_alarm(msg))

def _k07(msg):
    p = _plain(msg)
    return ("--- ICS case note, 14/11/2042 ---" in p and "settled and safe" in p and "Their older brother, Connor," in p
            and _wd("knowsley_07.eml") == 4 and _pw("knowsley_07.eml") == 6)

def _r01(msg):
    p = _plain(msg)
    return "tonight" in p and "slurring" in p and "7 months old" in p and _no_alarm(msg)

def _r02(msg):
    b = body_text(msg)
    pdf = [x for x in _att(msg, lambda q: q.get_content_type() == "application/pdf")]
    from pypdf import PdfReader
    import io
    ptext = re.sub(r"\s+", " ", PdfReader(io.BytesIO(pdf[0].get_payload(decode=True))).pages[0].extract_text())
    return (len(pdf) == 1 and "by my neck" in ptext and "15:15 today" in ptext and "neck" not in b
            and "finish me" not in b and "15:15" not in b and _no_alarm(msg))

def _r03(msg):
    p = _plain(msg)
    return "It is invented" in p and "SCENARIO 2" in p and "Kai Newton is 4 months old" in p

def _r04(msg):
    p = _plain(msg)
    return "safe and well" in p and "There is no immediate concern today" in p and "\nCase summary\n" in p

def _r05(msg):
    b = body_text(msg)
    d = [x for x in _att(msg, lambda q: q.get_filename().startswith("Step down details"))][0].get_payload(decode=True)
    import docx, io
    tabs = docx.Document(io.BytesIO(d)).tables
    z = [l for l in LABELS if l["file"] == "richmond_wandsworth_05.eml"][0]
    age = age_years(date(2025, 8, 14), _now("richmond_wandsworth_05.eml"))
    return (len(tabs) == 2 and tabs[0].rows[1].cells[0].text == "Zain Karim" and tabs[0].rows[1].cells[1].text == "14/08/2025"
            and "14/08/2025" not in b and "Zain" not in b and age == 17 and z["expect"]["children"][0]["dob"] == "2025-08-14")

def _r06(msg):
    b = _blocks(msg)
    return (len(b) == 3 and "has withdrawn her consent" in b[0] and "Mum has consented to Early Help" in b[2]
            and "consented" not in b[0])

def _r07(msg):
    return _no_plain(msg) and (msg["Auto-Submitted"] or "") == "auto-replied" and ALARM.search(readable(msg)) is not None

def _r08(msg):
    b = _blocks(msg)
    return (len(b) == 2 and b[0].lstrip().startswith("Dear MASH,\n\nPlease ignore my last email, wrong family")
            and "Ellis Harper" in b[1] and "Ellis Harper" not in b[0] and "5599870" not in b[0])

def _t01(msg):
    p = _plain(msg)
    return ("lunchtime supervisors" in p and "I don't want to go home tonight" in p and "little brother Ayaan" in p
            and _no_alarm(msg))

def _t02(msg):
    p = _plain(msg)
    return "in March 2041" in p and "That is history" in p

def _t03(msg):
    from pypdf import PdfReader
    import io
    pdf = _att(msg, lambda q: q.get_content_type() == "application/pdf")[0].get_payload(decode=True)
    t = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return t.count("[X]") == 1 and t.count("[ ]") == 11 and "[X] Parental substance misuse" in t

def _t04(msg):
    from pypdf import PdfReader
    import io
    pdf = _att(msg, lambda q: q.get_filename().startswith("Step-down transfer form"))[0].get_payload(decode=True)
    t = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    return (re.search(r"and that she\s*\n\s*has given her consent", t) is not None
            and re.search(r"the case can step\s*\n\s*down to Early Help", t) is not None
            and re.search(r"Family Support Worker,\s*\n\s*Limehouse Family Hub", t) is not None)

def _t05(msg):
    p = _plain(msg)
    kids = _lab("tower_hamlets_05.eml")["expect"]["children"]
    return ("baby due 02/05/43" in p and all(c["dob"] != "2043-05-02" for c in kids) and len(kids) == 1
            and all(w in p for w in ("SD ", "dob ", "yrs", "b/f", "LP ", "HV ", "Thx")))

def _t06(msg):
    cal = [q for q in msg.walk() if q.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    return ("PARTSTAT=ACCEPTED" in cal and "Google" in cal and msg["Sender"].startswith("Google Calendar")
            and len(_att(msg, lambda q: q.get_filename() == "invite.ics")) == 1)

def _t07(msg):
    p = _plain(msg)
    return str(msg["Subject"]) == "form?" and all(w in p for w in ("sw ", "tm ", "SD to EH", " u ", "thx"))

def _t08(msg):
    b = _blocks(msg)
    return (len(b) == 5 and "Agreed - thanks for getting the figures" in b[1] and "Not yet - I want to see" in b[3]
            and "(known as TJ)" in b[0])

def _b01(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "locked in the bathroom" in b[0] and "asap" not in b[0].lower()
            and "Jayden Luscombe" in b[1] and "Jayden Luscombe" not in b[0] and _no_alarm(msg))

def _b02(msg):
    p = _plain(msg)
    return ("this is urgent full stop" in p and "alfie tozer" in p and "Alfie Tozer" in str(msg["Subject"])
            and "i did not ask her for consent" in p)

def _b03(msg):
    p = _plain(msg)
    return ("the bruise was explained by a fall" in p and "there are no concerns about how it happened" in p
            and "level" not in readable(msg).lower())

def _b04(msg):
    p = _plain(msg)
    return all(w in p for w in ("pls", "dob 03/03/31", "yrs", "b/f", "wknds", "thru w mum", "SS ", "ok'd", "Thx"))

def _b05(msg):
    p = _plain(msg)
    return all(x in p for x in ("Jordan Tremain (DOB 14/05/2023, so 19)", "lodger, Mr Dennis Pook",
                                "Shannon Tremain (DOB 02/09/2022, 20)", "Brian Tremain and Linda Tremain"))

def _h01(msg):
    p = _plain(msg)
    return ("Voicemail transcript" in p and "I'll break her neck" in p and "Chloe Powell" not in p.split(SEP)[0]
            and _no_alarm(msg))

def _h02(msg):
    return "not about anyone I'm working with" in _plain(msg) and "break her neck" in _plain(msg)

def _h03(msg):
    return "Baby T" in _plain(msg) and "autumn of 2041" in _plain(msg) and str(msg["Subject"]).startswith("FW:")

def _h04(msg):
    h = html_text(_html(msg))
    return (_no_plain(msg) and all(x in h for x in ("Name", "DOB", "Address", "School"))
            and "Their older sister, Jess, is 16" in h and "alcohol-free since August" in h)

def _h05(msg):
    p = _plain(msg)
    return "Isla's own anxiety" in p and "has no mental health difficulties of her own" in p

def _quiet(f):
    return lambda m: _no_alarm(m) and "asap" not in readable(m).lower()

CUSTOM = [
    ("knowsley_01.eml", "dictated: 'full stop', 'step op', names in lower case; strengths; 6 WD", _k01),
    ("knowsley_02.eml", "phone abbreviations; the child's text quoted; no alarm word, no asap", _k02),
    ("knowsley_03.eml", "HTML-only table; twins with one DOB; 5 WD across Good Friday + Easter Monday (7 plain)", _k03),
    ("knowsley_04.eml", "DOB correction on top, old DOB only in the quoted ack", _k04),
    ("knowsley_05.eml", "bulletin with List-Id and alarm words", _k05),
    ("knowsley_06.eml", "urgent facts only in the forwarded nursery email; 5 WD; no alarm word", _k06),
    ("knowsley_07.eml", "past case note now safe; first-name-only brother; 4 WD across Easter (6 plain)", _k07),
    ("richmond_wandsworth_01.eml", "baby with a drunk father tonight; no alarm word", _r01),
    ("richmond_wandsworth_02.eml", "urgent facts only in the attached PDF; no alarm word", _r02),
    ("richmond_wandsworth_03.eml", "invented training scenario", _r03),
    ("richmond_wandsworth_04.eml", "missing episode resolved, safe and well", _r04),
    ("richmond_wandsworth_05.eml", "facts only in a .docx table; a 17-year-old", _r05),
    ("richmond_wandsworth_06.eml", "consent withdrawn on top, given in the quoted original", _r06),
    ("richmond_wandsworth_07.eml", "HTML-only out-of-office with alarm boilerplate", _r07),
    ("richmond_wandsworth_08.eml", "'please ignore my last email, wrong family' above the quoted wrong mail", _r08),
    ("tower_hamlets_01.eml", "disclosure to a lunchtime supervisor; no alarm word", _t01),
    ("tower_hamlets_02.eml", "historic s47 in 2041", _t02),
    ("tower_hamlets_03.eml", "MARF listing every concern with one ticked", _t03),
    ("tower_hamlets_04.eml", "PDF consent / sign-off / lead practitioner lines broken mid-sentence", _t04),
    ("tower_hamlets_05.eml", "phone abbreviations; unborn baby's due date not a DOB", _t05),
    ("tower_hamlets_06.eml", "Google Calendar REPLY with invite.ics", _t06),
    ("tower_hamlets_07.eml", "phone-typed enquiry", _t07),
    ("tower_hamlets_08.eml", "manager 'Not yet' then 'Agreed' in the quoted chain; nickname", _t08),
    ("torbay_01.eml", "child's text quoted; names only in the ack; no alarm word", _b01),
    ("torbay_02.eml", "dictated urgent with 'urgent'", _b02),
    ("torbay_03.eml", "bruise explained by a fall; no level written anywhere", _b03),
    ("torbay_04.eml", "phone abbreviations", _b04),
    ("torbay_05.eml", "adults named in full: uncle 19, cousin 20, lodger, grandparents", _b05),
    ("herefordshire_01.eml", "voicemail transcript threat; no alarm word", _h01),
    ("herefordshire_02.eml", "hypothetical with the same words", _h02),
    ("herefordshire_03.eml", "rapid-review learning summary", _h03),
    ("herefordshire_04.eml", "HTML-only table; first-name-only sister; strength", _h04),
    ("herefordshire_05.eml", "the child's own anxiety", _h05),
]
for _f in ("knowsley_02.eml", "knowsley_06.eml", "richmond_wandsworth_01.eml", "richmond_wandsworth_02.eml",
           "tower_hamlets_01.eml", "torbay_01.eml", "herefordshire_01.eml"):
    CUSTOM.append((_f, "quiet urgent: no alarm word and no 'asap' anywhere", _quiet(_f)))

# First-name-only children present in the text and never labelled.
FIRST_NAME_ONLY = [("knowsley_07.eml", "Connor"), ("tower_hamlets_01.eml", "Ayaan"), ("herefordshire_04.eml", "Jess")]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "my team manager jackie hughes agreed the step op yesterday", "manager_agreed", True),
    ("knowsley_03.eml", "Mum knows about the step down and is happy with it", "consent", True),
    ("knowsley_06.eml", "Andrea Carr (my TM) has agreed the step up", "manager_agreed", True),
    ("knowsley_07.eml", "Mum has given her consent for the referral to Family First", "consent", True),
    ("richmond_wandsworth_02.eml", "I've agreed the step up as Connor's team manager", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "Mum knows about the step up and has agreed to it", "consent", True),
    ("richmond_wandsworth_04.eml", "I have agreed the step up as the Early Help Team Manager", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "Given by Aisha Karim at the home visit", "consent", True),
    ("richmond_wandsworth_06.eml", "has withdrawn her consent to Early Help", "consent", False),
    ("richmond_wandsworth_08.eml", "I have agreed the step up as the Early Help Team Manager", "manager_agreed", True),
    ("tower_hamlets_01.eml", "My team manager, Lucy Barnard, agreed at 13:15", "manager_agreed", True),
    ("tower_hamlets_02.eml", "has agreed to Early Help and signed the consent", "consent", True),
    ("tower_hamlets_03.eml", "My team manager, Lucy Barnard, signed the MARF", "manager_agreed", True),
    ("tower_hamlets_04.eml", "and that she has given her consent to her family being supported by Early Help",
     "consent", True),
    ("tower_hamlets_04.eml", "I agree that the case can step down to Early Help", "manager_agreed", True),
    ("tower_hamlets_05.eml", "Mum agreed to EH + signed consent", "consent", True),
    ("tower_hamlets_08.eml", "Agreed - thanks for getting the figures", "manager_agreed", True),
    ("torbay_02.eml", "he agrees this needs to go to level 4", "manager_agreed", True),
    ("torbay_02.eml", "i did not ask her for consent", "consent", None),
    ("torbay_03.eml", "Mum has given her consent for Early Help", "consent", True),
    ("torbay_03.eml", "confirming the threshold is met", "manager_agreed", True),
    ("torbay_04.eml", "she said no, she won't have SS involved", "consent", False),
    ("torbay_04.eml", "TM (Jo Hext) ok'd it at 2pm", "manager_agreed", True),
    ("torbay_05.eml", "signed the consent for level 3 Early Help", "consent", True),
    ("torbay_05.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_08.eml", "dad has now given his consent", "consent", True),
    ("herefordshire_04.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_05.eml", "the signed consent form are attached", "consent", True),
    ("herefordshire_06.eml", "doesn't agree with a step up", "manager_agreed", False),
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
QUIET_EXPECTED = ["herefordshire_01.eml", "knowsley_02.eml", "knowsley_06.eml", "richmond_wandsworth_01.eml",
                  "richmond_wandsworth_02.eml", "torbay_01.eml", "tower_hamlets_01.eml"]
CROSSING_EXPECTED = {"knowsley_03.eml": (5, 7), "knowsley_07.eml": (4, 6)}
DECISIVE_EXPECTED = ["knowsley_07.eml"]
QUIET, CROSSING = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2043])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    if any("observed" in str(n).lower() for n in inside.values()):
        errors.append("set: a substitute day falls in the window")
    if pkg.get(date(2043, 3, 30)) != "Easter Monday":
        errors.append("set: Easter Monday 2043 should be 30 March")
    if not (BST_START.date() == max(date(2043, 3, d) for d in range(25, 32) if date(2043, 3, d).weekday() == 6)
            and BST_END.date() == max(date(2043, 10, d) for d in range(25, 32) if date(2043, 10, d).weekday() == 6)):
        errors.append("set: BST must start on the last Sunday of March and end on the last Sunday of October 2043")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(0):
            errors.append("set: %s is not GMT" % d)
        d += timedelta(days=1)
    if not (date(2043, 1, 4).weekday() == 6 and date(2043, 3, 26).weekday() == 3):
        errors.append("set: the brief's 4 January is a Sunday and 26 March a Thursday in 2043")
    if (WINDOW[0].date() != date(2043, 1, 5) or WINDOW[0].weekday() != 0 or WINDOW[1].date() != date(2043, 3, 27)
            or WINDOW[1].weekday() != 4 or WINDOW[1].date() not in BANK_HOLIDAYS):
        errors.append("set: the window must run from Monday 5 January to Friday 27 March 2043 (Good Friday)")
    quiet, crossing = [], {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if _date(msg).year != 2043:
            errors.append("%s: mail date not in 2043" % f)
        for y in re.findall(r"\b(20[4-9]\d)\b", text):
            if int(y) > 2043:
                errors.append("%s: a year after 2043 in the text (%s)" % (f, y))
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            now = _now(f)
            if any(now < h <= m for h in BANK_HOLIDAYS):
                crossing[f] = (working_days(now, m), plain_weekdays(now, m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
        cpos = [text.find(cid) for cid in lab["expect"]["case_ids"]]
        if cpos != sorted(cpos):
            errors.append("%s: case ids not in order of appearance" % f)
    for f, first in FIRST_NAME_ONLY:
        text = readable(parse(f))
        if not re.search(r"\b%s\b" % first, text):
            errors.append("%s: the first-name-only child %s is not in the text" % (f, first))
        if any(first in c["name"].split() for c in _lab(f)["expect"]["children"]):
            errors.append("%s: the first-name-only child %s is labelled" % (f, first))
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 5:
        errors.append("set: only %d urgent mails avoid every alarm word (need 5)" % len(quiet))
    if crossing != CROSSING_EXPECTED:
        errors.append("set: Knowsley counts crossing a bank holiday are %s, expected %s" % (crossing, CROSSING_EXPECTED))
    decisive = sorted(f for f, (wd, pw) in crossing.items() if (wd >= 5) != (pw >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: decisive holiday counts are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if not {"follow_up", "meeting_reply", "auto_reply", "other", "step_up", "step_down"} <= kinds:
        errors.append("set: every kind must appear")
    QUIET[:] = quiet
    CROSSING.clear(); CROSSING.update(crossing)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts crossing a bank holiday (WD, plain weekdays): %s" % CROSSING]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[l["expect"]["kind"]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        e = l["expect"]
        out.append("| %s | %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], e["kind"], e["next_action"],
                                                  ", ".join(e["missing"]) or "-"))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
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
