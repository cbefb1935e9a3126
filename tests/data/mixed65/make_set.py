#!/usr/bin/env python3
"""mixed65: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2084, in CHILDREN NOT SEEN: children missing education, children taken off roll for elective
home education, a child nobody outside the home has seen for weeks, an unregistered school, a family that has moved
with no forwarding address, a child kept home to care or to hide marks, curtains always closed, a baby never brought
to appointments - with, as near misses, a well-organised home-education plan with the visit done, a family that moved
and was traced to a new school, a child off sick with a GP letter, an attendance officer's routine list, a truancy
sweep report, a hypothetical in a draft policy, a health visitor's "was not brought" explained by a hospital stay, a
neighbour's "curtains always closed" checked by housing, an automatic CME tracker digest, a resolved episode of
nobody seeing two children and a step-down whose "not seen" flag was glandular fever - alongside ordinary requests.
Voices: education welfare officers, elective home education advisers, school admissions and CME officers, a GP, health
visitors, a neighbour writing in her second language, a grandmother, a grandfather's words relayed, housing officers,
school attendance officers, Early Help workers and managers and social workers.

Window: "early January to the start of the Easter holidays 2084". New Year's Day 2084 is a Saturday, so the bank
holiday is the substitute day Monday 3 January; the term starts TUESDAY 4 JANUARY 2084. Easter Sunday is 26 March
2084: Good Friday (Friday 24 March) starts the Easter holidays, so the term's last day is THURSDAY 23 MARCH 2084.
No bank holiday falls inside the window (3 January is the day before it, Good Friday the day after it). The whole
window is GMT (+0000): BST begins on Sunday 26 March 2084. Knowsley notice counts from the last week of term run
across Good Friday and Easter Monday (27 March): knowsley_02 and knowsley_08 are decided by them.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used by the self-checks to read the hand-built PDFs and
.docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML,
PDF, .docx, iCalendar, out-of-office, quote-chain, working-day and readable-text helpers are copied from the model
set /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification
(DESIGN.md, REQUIREMENTS.md, the seeds, the policy packs); the self-checks verify them against its rules and STOP
on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Tuesday 4 January - Thursday 23 March 2084) is
    Greenwich Mean Time (+0000): BST 2083 ended on Sunday 31 October 2083 and BST 2084 begins at 01:00 UTC on Sunday
    26 March 2084 (Easter Sunday), three days after the window closes. The self-check
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
    soft break there (used to split a date of birth across physical lines). A quoted line ('>' ...) keeps its
    quote prefix on every physical line, as RFC 3676 section 4.5 requires (changed for mixed65)."""
    out = []
    for logical in text.split("\n"):
        m = re.match(r"(>+ ?)", logical)
        prefix = m.group(1) if m else ""
        logical = logical[len(prefix):]
        chunks = logical.split("\x00")
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
            zi = zipfile.ZipInfo(name, date_time=(2083, 12, 20, 0, 0, 0))
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




# ============================================================================= rules cited in every `why`
SEED = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
        "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
        "herefordshire": "003_d813ace460bad8eb.txt"}
NAME = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
        "torbay": "Torbay", "herefordshire": "Herefordshire"}
STEP_RULE = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
                             "(form, case ID on EHM, TM agreement, TAF minutes, date of the step-up TAF; GCP2 / Engaging "
                             "Families toolkit / Merseyside Exploitation Assessment; 'at least 5 working days' notice')",
    ("knowsley", "step_down"): "sections 2 and 3 'Cases Stepping Down ...' (date, time and venue; 'what are we worried "
                               "about, what is working well, what needs to happen'; level 2 lead practitioner; level 3 "
                               "consent; 5 days' notice, read as working days)",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box "
                                        "with the latest case summary and the rationale)",
    ("richmond_wandsworth", "step_down"): "'Step Down to Early Help' and 'Process to Step Down' (consent; a case "
                                          "discussion within 5 days, confirmed by email with the latest case summary "
                                          "and the draft plan)",
    ("tower_hamlets", "step_up"): "'Step Up' and the MAST paragraph ('followed up with a completed Multi-Agency Request "
                                  "for Support form'; management oversight)",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (assessment, "
                                    "TAF plan, consent, Lead Practitioner; TAF and minutes within 10 WD)",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4', steps 1-2 (worker and team manager agree; "
                           "contact to MASH with parental consent)",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team', steps 1-4 (Single Assessment and the "
                             "team manager's analysis, consent before triage, a triage slot within 5 working days; "
                             "under-5s fortnightly)",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' and 'Roles and responsibilities' (written "
                                    "consent, a key person, the step-down plan within two weeks; sibling groups)",
}
URGENT_RULE = {
    "knowsley": "'Safeguarding procedures would always override anything within this chapter. If a child is believed to "
                "be at risk, nothing within this protocol should be used to delay seeking help' and 'Any immediate "
                "safeguarding concerns should be communicated to the Duty Social Work Team in the Multi Agency "
                "Safeguarding Hub (MASH)'",
    "richmond_wandsworth": "'Step up from Early Help' (immediate child protection concerns: the Early Help Manager "
                           "telephones the MASH)",
    "tower_hamlets": "'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of "
                     "hours in an emergency only 0207 364 4079)'",
    "torbay": "'Step up processes from level 3 to level 4', step 1 ('as per safeguarding processes')",
    "herefordshire": "no urgent wording of its own (seeds README: 'Safeguarding always overrides the protocols')",
}

def rule(auth, kind, urgent):
    s = SEED[auth]
    if (auth, kind) in STEP_RULE:
        r = "%s, seed %s %s; REQUIREMENTS.md %s %s" % (NAME[auth], s, STEP_RULE[(auth, kind)], auth, kind)
    elif auth == "herefordshire" and kind == "step_up":
        r = ("Herefordshire, seed %s defines no step-up (REQUIREMENTS.md: 'step_up is not defined by this seed'): "
             "human_review and missing [] for the undefined kind" % s)
    else:
        r = "%s, seed %s; DESIGN 'kind': %s" % (NAME[auth], s, {
            "other": "other (no step request) -> human_review",
            "follow_up": "follow_up (a reply adding to an existing request) -> attach_to_request, missing []",
            "meeting_reply": "meeting_reply (an iTIP REPLY) -> record_reply",
            "auto_reply": "auto_reply (auto-submitted) -> ignore; safety rule 2"}[kind])
    if urgent:
        r += ("; urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety "
              "rule 1 and seed %s %s" % (s, URGENT_RULE[auth]))
    return r

def W(auth, kind, urgent, text):
    return text + " | Rule: " + rule(auth, kind, urgent) + "."

def reply_head(who, when_text):
    return "On %s, %s wrote:\n" % (when_text, who)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2084-01-12 09:52:14"
    body = T("""
Morning MASH,

Please find attached a step up request for the Formby family (EHM-80417). The step up TAF is booked for Wednesday 19th January at 10am on Teams - the invite has gone to this inbox and to MASH business support, and I've invited school, the school nurse and the EWO.

Riley-James Formby - DOB 14/06/2074 - Year 5, Ravenscroft Primary
Skye Formby - DOB 02/11/2077 - Year 1, Ravenscroft Primary

Why now: both children's attendance has fallen every half term since September. Riley-James is on 38% and Skye on 52% this academic year. On the days they are in, school say they are clean, fed and happy, so this isn't about their care at home - it's that mum won't engage with anybody to get them there. Since October she has cancelled or not turned up to four TAFs, the EWO has left six calling cards and two attendance letters without reply, and the door isn't answered when I visit. She replies to texts now and then ("they're poorly again", "I'll sort it").

I've used the Engaging Families toolkit (attached, scored last week) and it puts engagement at "low / avoidant" despite trying every route it suggests - different times, texts instead of calls, meeting at nan's, and offering a home visit with the school nurse. The minutes of the last TAF that did go ahead (10/01, mum didn't attend) are attached with the step up form.

My TM, Carl Whitfield, has gone through it with me and has agreed the step up (his agreement is on the form). Mum knows I'm sending this.

Thanks
Bernie

Bernadette Quayle
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0713 | 07700 900 418

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Formby.docx", appendix1([
        ("Case ID on EHM:", "EHM-80417"),
        ("Children:", "Riley-James Formby 14/06/2074; Skye Formby 02/11/2077"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC"),
        ("Date of step up TAF meeting:", "Wednesday 19/01, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low / avoidant - toolkit completed 05/01 and attached"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 10/01"),
        ("What are we worried about?", "Attendance falling every half term (Riley-James 38%, Skye 52%); four TAFs "
         "cancelled or missed since October; EWO letters and calling cards unanswered; mum avoids every professional."),
        ("What is working well?", "When in school the children are clean, fed and settled; maternal nan has them "
         "most weekends; mum answers some texts."),
        ("What next?", "Step up to CSC for a C&F assessment; EWO to consider an attendance prosecution in parallel."),
        ("Graded Care profile (If neglect should be completed).", "Not applicable - no concerns about physical care."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Carl Whitfield, Team Manager, 11/01"),
        ("Contingency plan (Smart and timely).", "If not agreed: joint EWO / Family First visits twice weekly and an "
         "attendance panel by half term."),
    ]))
    minutes = pdf_att("TAF minutes 10.01.84 - Formby.pdf", "Team Around the Family - minutes", [
        "Family: Formby (EHM-80417). Date: 10/01, 15:30, Ravenscroft Primary.",
        "Present: Bernadette Quayle (Family First, chair), class teachers, school nurse, EWO (Pete Lunt).",
        "Apologies: mum (did not attend, no message).",
        "Attendance: Riley-James 38%, Skye 52% since September. Mostly whole days, often Mondays and Fridays.",
        "EWO: six calling cards and two letters, no reply. Fixed penalty considered.",
        "School nurse: no health reason for absence known; both children well when seen.",
        "Agreed: Bernadette to discuss a step up with her team manager."])
    toolkit = pdf_att("Engaging Families Toolkit - Formby.pdf", "Engaging Families Toolkit - Signs of Well-being", [
        "Family: Formby. Completed by Bernadette Quayle, 05/01.",
        "Contact attempts since October: 14 (visits, calls, texts, letters, meeting at nan's house offered).",
        "Engagement score: 2 / 10 - low / avoidant.",
        "What has been tried: varied times, text contact, joint visit with school nurse, a female-only offer.",
        "What this tells us: mum is avoiding professionals rather than unable to engage; escalation indicated."])
    top = outlook_top(f, addr("Quayle, Bernadette", "Bernadette.Quayle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Formby - EHM-80417 - TAF Wed 19th Jan 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, toolkit], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-80417"],
        [ch("Riley-James Formby", "2074-06-14", "14/06/2074"), ch("Skye Formby", "2077-11-02", "02/11/2077")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        W("knowsley", "step_up", False,
          "Complete Knowsley step-up about CHILDREN NOT GETTING TO SCHOOL and a mother avoiding every professional: form "
          ".docx, TAF minutes .pdf, Engaging Families toolkit .pdf (non-engagement -> engaging_families met), EHM id, TM "
          "'has agreed the step up'. The step-up TAF 'Wednesday 19th January at 10am' is EXACTLY 5 working days from "
          "Wed 12 Jan (13, 14, 17, 18, 19) -> notice ok -> book_meeting. 'clean, fed and happy ... this isn't about "
          "their care at home' and 'no concerns about physical care' -> no neglect, so no GCP2. 'Mum knows I'm sending "
          "this' is not consent -> null. Concerns: 38% / 52% -> school_attendance; four TAFs missed, letters "
          "unanswered -> non_engagement."),
        meeting=date(2084, 1, 19), not_children=["Bernadette Quayle", "Carl Whitfield", "Pete Lunt"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2084-03-22 11:20:37"
    blocks = [
        "Hello Family First duty,",
        "",
        "I'm stepping Mia-Rose down to Family First at Level 3 as her C&F assessment closes. I've arranged a joint home "
        "visit so the Family First case manager can meet mum and Mia-Rose with me - details below. ICS-1560284.",
        "",
        ("table", [
            ["Step down to Family First (Level 3)", ""],
            ["Child", "Mia-Rose Halliwell, DOB 21.09.2071 (Year 7, Kirkby Brook High)"],
            ["Joint home visit", "Wednesday 29 March, 10:00"],
            ["Where", "The family home, 14 Alder Walk, Kirkby"],
            ["Consent", "Mum has given consent for Family First to be involved - she signed the form at my visit "
                        "on Monday"],
            ["What are we worried about?", "Mia-Rose still does a lot of mum's care (mum has MS and relapsed in "
                                           "the autumn). Last term she was kept home to help on bad days and her "
                                           "attendance fell to 61%. It is 89% this term - better but still low, "
                                           "and she is behind in maths and English."],
            ["What is working well?", "Mum's care package started in January so a carer now comes morning and "
                                      "evening. Mia-Rose goes to the young carers group on Thursdays and has two "
                                      "good friends at school. Mum is open with us and wants Mia-Rose to have a "
                                      "normal teenage life."],
            ["What needs to happen?", "A young carers assessment review; school to put catch-up in place; "
                                      "Family First to co-ordinate a TAF with the carers agency and school; "
                                      "respite for Mia-Rose during mum's hospital appointments."],
        ]),
        "",
        "Sorry it's close to Easter - the visit was the only morning mum's carer could be there too.",
        "",
        "Declan Furlong",
        "Social Worker | Child in Need Team (North) | Knowsley Council",
        "0151 496 0295",
        "",
        word_plain(KDISC.strip()),
    ]
    top = outlook_top(f, addr("Furlong, Declan", "Declan.Furlong@" + KDOM), addr("Family First Duty", KFF),
                      "Level 3 step down - Mia-Rose Halliwell - ICS-1560284 - joint visit Weds 29th", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-1560284"],
        [ch("Mia-Rose Halliwell", "2071-09-21", "21.09.2071")],
        ["school_attendance", "young_carer"], True, None, [], False, "request_info",
        W("knowsley", "step_down", False,
          "Knowsley LEVEL 3 step-down in a Word table (level written: 'at Level 3'): joint home visit date, time and "
          "venue (the family home), all three Signs of Safety headings answered, consent 'Mum has given consent ... "
          "she signed the form' -> true; nothing missing. A CHILD KEPT HOME TO CARE last term, now 89% -> young_carer "
          "+ school_attendance (still low). NOTICE ACROSS EASTER, DECISIVE: from Wed 22 March the visit on Wed 29 "
          "March is 5 plain weekdays, but Good Friday (24 March) and Easter Monday (27 March) are bank holidays -> 3 "
          "working days < 5 -> notice not ok -> request_info."),
        meeting=date(2084, 3, 29), not_children=["Declan Furlong"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2084-02-03 12:41:09"
    ack = ack_text("step-up", "[SB-knowsley-1291]", [
        "Family: Gorman - EHM-80233",
        "Children: Tyler-Jay Gorman (DOB 30/07/2076); Ellie Gorman (DOB 12/03/2073)",
        "Step-up TAF meeting: Wednesday 9 February, 13:30 (Microsoft Teams)"],
        ["the minutes of the most recent TAF meeting"])
    body = T("""
Adding to this one. Just come away from the house with Pete the EWO.

Tyler-Jay has been off since the 20th, mum rang in "chickenpox". We went round at 11.30. Mum wouldn't open the door, she talked to us through the letterbox and said he's contagious. Tyler-Jay came to the front room window behind her - the whole left side of his face is purple and yellow from his eye down to his jaw and his eye is nearly shut. No spots on him that I could see. Mum pulled him away from the window and shut the curtains.

Ellie told her class teacher this morning "dad did Tyler's face with his belt, he's not allowed back to school till it's gone". Dad's van was on the drive. 

I've tried the duty number twice and it's engaged, Pete's ringing the police now. Can someone call me back asap

Lauren
07700 900 276

Sent from my iPhone

""") + reply_head("Knowsley MASH <%s>" % KMASH, "1 Feb 2084, at 10:02") + quoted(ack)
    top = plain_top(f, addr("Lauren Kinsella", "Lauren.Kinsella@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-1291] Step-up received - Gorman", when, "knowsley.gov.uk", None,
                    extra=[("In-Reply-To", msgid(f + "ack", "stepbot.knowsley.gov.uk")),
                           ("References", msgid(f + "ack", "stepbot.knowsley.gov.uk"))])
    add(f, iphone_mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-80233"],
        [ch("Tyler-Jay Gorman", "2076-07-30", "30/07/2076"), ch("Ellie Gorman", "2073-03-12", "12/03/2073")],
        ["physical_harm", "school_attendance"], None, None, [], None, "alert_duty",
        W("knowsley", "follow_up", True,
          "A CHILD KEPT HOME TO HIDE MARKS, seen at a window today: off school 'with chickenpox' since 20 Jan, the whole "
          "side of his face bruised and an eye nearly shut, no spots; his sister told her teacher this morning 'dad did "
          "Tyler's face with his belt, he's not allowed back to school till it's gone'; dad is at the house. iPhone "
          "reply (format=flowed) to [SB-knowsley-1291] -> follow_up; urgent -> alert_duty first. No alarm word. "
          "Children and DOBs from the quoted acknowledgement; its 'What is missing:' line is stepbot's. physical_harm "
          "+ school_attendance (kept off school to hide the injury)."),
        not_children=[])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2084-01-28 14:06:51"
    body = T("""
Dear colleagues,

Please find below (and attached) the outcome of Wednesday's joint truancy sweep. This is for information only - there is nothing for MASH or the Family First duty team to action.

OPERATION CLASSROOM - JOINT ATTENDANCE SWEEP
Wednesday 26 January, 09:30 - 14:30
Areas: Huyton Village, Kirkby town centre, Prescot shopping centre
Officers: Pete Lunt and Sinead Carragher (Education Welfare Service) with PCSOs from the Knowsley neighbourhood team

Young people stopped: 17
- Authorised / with a parent and a good reason (dentist, hospital, college interview, exclusion with parent): 11
- Returned to school by officers, school informed: 5
- Home-educated, parent present and confirmed with the EHE team: 1

Notes
1. Y10 boy (initials J.M.) in Kirkby centre at 10:40 with an older brother - returned to school; already open to Family First, the lead practitioner has been told. No further action.
2. Two Y9 girls in the McDonald's, Huyton - returned to school, parents informed, school following up under their attendance policy.
3. A 15-year-old in the bookmakers in Prescot was with his father, who showed us the hospital letter for his appointment at Whiston that afternoon.
4. No child was identified as missing education (every young person stopped was on a school roll or registered as home educated).
5. No child was found in circumstances that gave any cause for concern, and no referral to MASH was needed.

Next sweep: Wednesday 8 March (Halewood and Stockbridge Village).

Kind regards

Sinead Carragher
Senior Education Welfare Officer | Attendance and Inclusion Service | Knowsley Council
0151 496 0562

""") + KDISC
    report = pdf_att("Truancy sweep 26-01 outcome.pdf", "Operation Classroom - joint attendance sweep 26/01", [
        "Stopped 17 | authorised 11 | returned to school 5 | EHE confirmed 1.",
        "Children missing education identified: none.",
        "Referrals to MASH: none. Referrals to Family First: none (one young person already open).",
        "All schools informed by 15:00 on the day."])
    top = outlook_top(f, addr("Carragher, Sinead", "Sinead.Carragher@" + KDOM), addr("Family First Duty", KFF),
                      "Truancy sweep 26 January - outcome (for information)", when,
                      cc="Attendance Team <attendance@knowsley.gov.uk>")
    add(f, mail(f, top, body, [report], html_alt=True), "knowsley", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        W("knowsley", "other", False,
          "NEAR MISS - A TRUANCY SWEEP REPORT: 17 young people stopped in town centres during school hours, 'returned "
          "to school', a 15-year-old in a bookmakers - but every one was accounted for: 'No child was identified as "
          "missing education', 'No child was found in circumstances that gave any cause for concern, and no referral "
          "to MASH was needed', 'for information only'. Not urgent. An EWS report, no request -> other. Young people "
          "by initials or year group only -> no children; nothing current about a named child -> no concerns."),
        not_children=["Sinead Carragher", "Pete Lunt"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2084-01-31 14:05:40"
    body = T("""
Hi all,

Level 2 step down - Oscar Lunt, DOB 05/05/2075, ICS-1548830

I'd like to let you know that Oscar will be stepping down to a Level 2 service at his final CIN meeting:

Date: Wednesday 9th February
Time: 2pm
Venue: Bewley Park Primary School, Bewley Drive, Kirkby (the family room)

New Lead Practitioner: Hayley Rimmer, Family Support Worker, Bewley Park Primary School - she has agreed to take on the Lead Practitioner role and will chair the first TAF. Mum has agreed to school taking the lead.

What are we worried about?
Mum's anxiety, which is worse in the winter and when money is tight; the damp in Oscar's bedroom (reported to the landlord, repair booked); and making sure the family stays linked in with school after the move.

What is working well?
When the family moved from Liverpool to Knowsley in October Oscar was off any school roll for six weeks - that is behind us. He started at Bewley Park on 22 November, his attendance since then is 96% and he has settled really well. Mum walks him to school every day, has started the Talking Therapies course and gets on well with Hayley.

What needs to happen?
Hayley to complete an Early Help Assessment and hold the first TAF within 6 weeks; mum to carry on with Talking Therapies; the landlord repair to be chased by school if it slips; a referral to the local food club.

Thanks,

Aoife Brennan
Social Worker | Child in Need Team (South) | Knowsley Council
0151 496 0381

""") + KDISC
    top = outlook_top(f, addr("Brennan, Aoife", "Aoife.Brennan@" + KDOM), addr("Family First Duty", KFF),
                      "Level 2 step down - Oscar Lunt - final CIN 9/2 2pm", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1548830"],
        [ch("Oscar Lunt", "2075-05-05", "05/05/2075")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        W("knowsley", "step_down", False,
          "Complete Knowsley LEVEL 2 step-down in plain Outlook text: final CIN date, time and venue; the three headings "
          "answered; the new Lead Practitioner named with her organisation (the school) -> nothing missing. 'Mum has "
          "agreed to school taking the lead' -> consent true (not required at level 2). Mon 31 Jan -> Wed 9 Feb = 7 "
          "working days -> notice ok -> book_meeting. The six weeks OFF ANY SCHOOL ROLL after the move are past ('that "
          "is behind us', 96% since) -> no school_attendance; mum's anxiety -> parental_mental_health."),
        meeting=date(2084, 2, 9), not_children=["Aoife Brennan", "Hayley Rimmer"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2084-01-14 08:31:26"
    add(f, itip_reply(f, when, "Ms Joanne Tickle", "j.tickle@ravenscroft.knowsley.sch.example",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF meeting - Formby - EHM-80417", "20840119T100000", "20840119T113000",
                      "Microsoft Teams Meeting",
                      comment="I'll bring the attendance printouts and our first-day calling log for both children."),
        "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-80417"], [], [], None, None, [], None, "record_reply",
        W("knowsley", "meeting_reply", False,
          "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the school's DSL for knowsley_01's step-up TAF (Wed 19 Jan "
          "10:00); SUMMARY carries EHM-80417; a COMMENT about attendance printouts (no concern labelled on a meeting "
          "reply). record_reply."),
        not_children=["Joanne Tickle"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2084-03-07 16:48:03"
    body = T("""
MASH,

I need to ask for Jayden Mellor (DOB 17.02.2072), EHM-80561, to be stepped up to social care today. I don't think this can wait for a TAF and I haven't done the step up form - I'm sending what I have now.

Jayden was taken off roll at Kirkby Brook High on 3 November when mum wrote to say she would be home educating him. School had raised two things with me the week before: he had lost a lot of weight since the summer, and his PE teacher saw a mark round his neck "like a rope or a cord". Since he came off roll nobody outside the house has seen him. Sandra Doyle (EHE adviser) has been to the house twice, on 24 November and 10 February, and was turned away both times - mum's partner said it was "not convenient" and that Jayden was asleep. Mum cancelled the last two TAFs by text.

At 3.30 this afternoon Jayden's grandad, Tommy Mellor, rang me. He went round with a birthday present (Jayden was 12 last month and wasn't allowed to see him). Mum's partner, Craig, answered and wouldn't let him in. Grandad saw Jayden at the upstairs front window and says he is "thin as a rake, all bones" and his hair has come out at the front. When grandad asked why Jayden couldn't come down, Craig said "he's being punished, he's not coming out of that room till he learns". Grandad says Craig put a bolt on the outside of that bedroom door before Christmas - he saw it when he was last allowed in.

I've spoken to my TM, Maxine Doran, and she agrees this needs to go to you today as a step up. Grandad is at his own house (0151 496 0922) and is willing to talk to a social worker.

Address: 31 Moorfield Crescent, Kirkby.

Thank you
Ste

Stephen Riley
Family First Case Manager | Kirkby Team | Knowsley Council
07700 900 731

""") + KDISC
    top = outlook_top(f, addr("Riley, Stephen", "Stephen.Riley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up today please - Jayden Mellor - EHM-80561", when,
                      cc=addr("Doran, Maxine", "Maxine.Doran@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-80561"],
        [ch("Jayden Mellor", "2072-02-17", "17.02.2072")],
        ["neglect", "non_engagement", "physical_harm", "school_attendance"], None, True,
        ["engaging_families", "gcp2", "meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        W("knowsley", "step_up", True,
          "A CHILD TAKEN OFF ROLL FOR ELECTIVE HOME EDUCATION WHOM NOBODY OUTSIDE THE HOUSE HAS SEEN SINCE NOVEMBER: "
          "weight loss and a cord mark round his neck before he was off-rolled, the EHE adviser turned away twice, and "
          "today his grandfather saw him at the window 'thin as a rake, all bones', told 'he's being punished, he's not "
          "coming out of that room till he learns', a bolt on the outside of the bedroom door. No alarm word. Urgent -> "
          "alert_duty, whatever is missing. As a Knowsley step-up: EHM id and TM agreement ('she agrees this needs to "
          "go to you today as a step up') present; no form, no TAF minutes, no meeting date (notice null, "
          "meeting_details missing); neglect -> gcp2 and non-engagement (EHE visits refused, TAFs cancelled) -> "
          "engaging_families also missing. Concerns: neglect, non_engagement, physical_harm, school_attendance (off "
          "roll with no education seen)."),
        not_children=["Stephen Riley", "Maxine Doran", "Sandra Doyle", "Tommy Mellor"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2084-03-21 10:12:45"
    body = T("""
Hi MASH team,

Step up request for the Prendergast children, EHM-80702. Step up TAF: Wednesday 29th March, 10am, Teams (invite sent to you and to MASH business support; I've invited nursery, school and the HV).

Lacey Prendergast 08/10/2078 (Reception, St Barnabas Infants)
Brody Prendergast 19/01/2082 (Little Acorns nursery, 15 hours)

Attached: step up form, GCP2 (completed with mum on 9 March) and the TAF minutes from 14 March.

Before anyone reads the chronology and worries - in February nobody had seen the children for nearly three weeks. Nursery and school had no contact, the HV got no answer twice, the curtains were shut and mum's phone was off, and we were on the point of asking the police for a welfare check. It turned out the boiler had packed in and mum had taken them to her sister's in Speke. I saw both children there on 16 February, they were fine, and they've been home and seen every week since. That episode is closed and isn't why I'm asking. There is no immediate safeguarding concern.

Why I'm asking: the GCP2 scores are 4 for physical care and safety and 3 for love and care. Brody's nappy rash has needed antibiotics twice, there's dog mess in the kitchen on most visits, the children go to bed when mum does (after midnight), and Lacey's attendance is 81% and she's often late and hungry. Mum does try and we've had three months of a plan with no lasting change.

Mum has agreed to the step up. My team manager, Gill Unsworth, agreed it with me in supervision yesterday.

Sorry for the short notice - mum could only do that day.

Many thanks
Charlotte

Charlotte Swift
Family First Case Manager | Halewood & Huyton Team | Knowsley Council
0151 496 0657

""") + KDISC
    form = docx_att("Step Up Form Prendergast EHM-80702.docx", appendix1([
        ("Case ID on EHM:", "EHM-80702"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 29/03, 10:00, Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages with visits; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - 14/03"),
        ("What are we worried about?", "Physical care and home conditions (GCP2 09/03); Brody's repeated nappy rash; "
         "late nights; Lacey 81% attendance, often late and hungry."),
        ("What is working well?", "Mum is warm with the children and lets us in; maternal aunt in Speke helps."),
        ("What next?", "Step up for a C&F assessment; Family First to stay involved until it is complete."),
        ("Graded Care profile (If neglect should be completed).", "Completed 09/03 - attached"),
        ("Agreement by line manager:", "Agreed - Gill Unsworth, TM, 20/03"),
        ("Contingency plan (Smart and timely).", "Daily breakfast club for Lacey; weekly unannounced visits.")]))
    gcp2 = pdf_att("GCP2 Prendergast March.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Prendergast. Completed with mum 09/03 by Charlotte Swift.",
        "Area 1 Physical care: 4. Area 2 Safety: 4. Area 3 Love and care: 3. Area 4 Stimulation and education: 3.",
        "Evidence: dog mess in the kitchen; no stair gate; Brody's nappy rash treated twice; bedtimes after midnight."])
    minutes = docx_att("TAF minutes 14-03-84 Prendergast.docx", [
        "# TAF minutes - Prendergast", "Date: 14/03, 09:30, St Barnabas Infants",
        "Present: mum, Charlotte Swift (chair), Reception teacher, nursery key worker, health visitor.",
        "School: Lacey 81%, late 11 times this term, asks for food at breakfast club.",
        "HV: Brody's weight on the 25th centile; nappy rash treated again.",
        "Agreed: Charlotte to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Swift, Charlotte", "Charlotte.Swift@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Prendergast - EHM-80702 - TAF Weds 29th March 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["EHM-80702"],
        [ch("Lacey Prendergast", "2078-10-08", "08/10/2078"), ch("Brody Prendergast", "2082-01-19", "19/01/2082")],
        ["neglect", "school_attendance"], True, True, [], False, "request_info",
        W("knowsley", "step_up", False,
          "NEAR MISS - 'NOBODY HAD SEEN THE CHILDREN FOR NEARLY THREE WEEKS', curtains shut, a police welfare check "
          "nearly requested: resolved in February (they were at an aunt's after the boiler failed, seen on 16 Feb, seen "
          "every week since; 'That episode is closed'; 'There is no immediate safeguarding concern') -> not urgent, no "
          "missing. Otherwise a complete neglect step-up (form .docx, GCP2 .pdf -> gcp2 met, TAF minutes .docx, EHM id, "
          "TM agreed, 'Mum has agreed to the step up' -> consent true). NOTICE ACROSS EASTER, DECISIVE: Tue 21 March -> "
          "Wed 29 March is 6 plain weekdays but only 4 working days (Good Friday 24 and Easter Monday 27 March) -> not ok "
          "-> request_info. Concerns: neglect (GCP2), school_attendance (81%)."),
        meeting=date(2084, 3, 29), not_children=["Charlotte Swift", "Gill Unsworth"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2084-01-13 11:05:12"
    worker = T("""
Hi Joanna,

As we discussed yesterday, here is the step up for Theo.

Theo Ashdown-Price, DOB 03/10/2070, Mosaic ID 2801446
Address: 6 Lavender Sweep Mews, Battersea

Rationale for step up
Theo has not been to school since 1 November. On 3 December mum emailed Latchmere Park Academy to say she was "home educating from now on", but she has never sent a written request to take him off roll, so he is still on roll and has been marked absent every day (attendance this year 31%). The EHE team have had no notification. Mum says he is "doing online courses" but has shown nobody any work, and Theo told me at the door last Thursday that he plays games all day and goes to bed at 4 or 5am. He has not seen his friends or anyone outside the flat, apart from me on the doorstep, since November. Mum has refused every home visit since 18 November, has not come to the last three TAFs and blocked the school's number. Three months of an Early Help plan have not moved this on, and without a statutory assessment I don't think anyone will find out what is behind it.

When I saw him last Thursday (6 January) Theo looked well, was dressed and chatty, and said he was OK at home.

Case summary attached (updated 11/01).

Kerry

Kerry Adebayo
Early Help Practitioner | Wandsworth Early Help (North) | Richmond and Wandsworth
020 7946 0517
""")
    body = T("""
MASH colleagues,

Please see below from Kerry - a step up for Theo Ashdown-Price (Mosaic ID 2801446) following our reflective discussion yesterday. I have agreed this step up. The latest case summary is attached and the rationale is in Kerry's email below.

Kerry saw Theo on the doorstep last Thursday and he looked well, so this is not an immediate child protection matter - it is a 13-year-old who has had no education since November and a mother we have not been able to engage. Mum knows we are making this request.

Could the case discussion invitation come to me and Kerry, please.

Joanna Pryce
Early Help Team Manager | Wandsworth Early Help (North)
Richmond and Wandsworth
020 7946 0502
""") + quote("Adebayo, Kerry <Kerry.Adebayo@%s>" % RDOM, "Wednesday, January 12, 2084 4:41 PM",
             "Pryce, Joanna <Joanna.Pryce@%s>" % RDOM, "Step up - Theo Ashdown-Price", worker) + "\n" + RDISC
    summary = pdf_att("Case summary - Theo Ashdown-Price - 11.01.pdf", "Early Help case summary - Theo Ashdown-Price", [
        "Mosaic ID 2801446. DOB 03/10/2070. Lives with mum in a two-bedroom flat, Battersea.",
        "Open to Early Help since 14 September after school raised falling attendance.",
        "Attendance this academic year: 31%. No attendance since 01/11.",
        "03/12: mum's email to school - 'home educating from now on'. No written request to remove from roll.",
        "Home visits refused since 18/11. TAFs on 24/11, 08/12 and 05/01 not attended by mum.",
        "06/01: Theo seen at the door by the Early Help Practitioner - presented well, said he games all night.",
        "Plan: step up for a statutory assessment; EHE team and EWO informed."])
    top = outlook_top(f, addr("Pryce, Joanna", "Joanna.Pryce@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Theo Ashdown-Price", when, cc=addr("Adebayo, Kerry", "Kerry.Adebayo@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2801446"],
        [ch("Theo Ashdown-Price", "2070-10-03", "03/10/2070")],
        ["non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        W("richmond_wandsworth", "step_up", False,
          "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager ('I have agreed this step up') "
          "on top of the worker's quoted email: the case summary attached (.pdf), the rationale under its own heading "
          "in the quoted part -> book_meeting. A 13-year-old with NO EDUCATION SINCE NOVEMBER whose mother says she is "
          "home educating but has not taken him off roll; seen on the doorstep last week and well -> 'not an immediate "
          "child protection matter' (negated). 'Mosaic ID 2801446' -> bare number. 'Mum knows we are making this "
          "request' is not consent -> null. school_attendance + non_engagement (visits refused, TAFs missed)."),
        not_children=["Kerry Adebayo", "Joanna Pryce"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2084-01-24 07:52:30"
    body = T("""
Hello,

I am sorry for my English, it is not so good. I find this email on the council website, I hope is the right place.

I live in flat 7, Marlow House, Garratt Lane, Earlsfield. The family in flat 8 next to me, there is a mother, her boyfriend and a little girl maybe 4 or 5 years. I think her name is Lili or Lily, I am not sure.

Since October the curtains in flat 8 are closed all the time, day and night, also the kitchen blind. Before, in the summer, the little girl play on the balcony and say hello to me. Now I never see her, not one time since before Christmas. She does not go to any school or nursery I think, I never see her go out in the morning.

Last night (Sunday) from 11 o'clock until after 1 o'clock she was crying very bad, and she say many times "mummy open please, mummy please open". The boyfriend shout "shut up or I'll shut you up" and there was banging on the wall, bang bang, very hard, 3 or 4 times. After that no sound at all.

This morning 7 o'clock I knock on the door of flat 8. Nobody answer, but I can hear the television. I knock again, nothing. The mother is not answering her phone, I have her number from the summer.

Please can somebody go today to see the little girl. I go to work now but my phone is 07700 900 147.

Thank you,
Ioana Munteanu
Flat 7, Marlow House
""")
    top = plain_top(f, addr("Ioana Munteanu", "ioana.munteanu.flat7@mail.example"), RSU,
                    "Please somebody check little girl flat 8 Marlow House", when, "mail.example", None)
    add(f, mail(f, top, body, html_alt=True, crlf=False), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [], ["physical_harm"], None, None, [], None, "alert_duty",
        W("richmond_wandsworth", "other", True,
          "CURTAINS ALWAYS CLOSED AND A CHILD NOBODY HAS SEEN SINCE BEFORE CHRISTMAS, written by a neighbour in her "
          "second language at 07:52 (before office hours): last night a little girl crying 'mummy open please' for two "
          "hours, a man shouting 'shut up or I'll shut you up', heavy banging, then silence; no answer at the door this "
          "morning. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service at this hour). "
          "A member of the public, no step -> other. The girl's name is uncertain and has no surname ('Lili or Lily') -> "
          "no child labelled. physical_harm (a threat and blows through the wall, a child shut in)."),
        not_children=["Ioana Munteanu"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2084-02-01 15:30:08"
    body = T("""
Dear Early Help Duty,

Further to my call with Fiona Walsh this morning, I'm confirming that we have agreed a step-down case discussion for Aaliyah Mensah-Boateng on Thursday 3 February at 10am (Teams). Fiona will send the link to the Early Help manager.

Aaliyah Mensah-Boateng - DOB 27/04/2071 - Mosaic ref: 2779310
Lives with her dad, Kwame Mensah-Boateng, in Tooting.

Aaliyah's CIN plan has done what it needed to. Dad's depression is much better managed (he is under the community mental health team and back at work part-time), the home is calm, and Aaliyah is doing well at Tooting Vale School. What is left is Early Help-level support: dad's mental health, some young carer support on his bad days, and keeping her on track in Year 8. Aaliyah and her dad have both consented to Early Help continuing the plan, and dad would like the school's family worker to be the lead professional.

One thing you may see on Mosaic: on 10 January school flagged Aaliyah as "not seen" - she had been off for 12 days, nobody was answering the phone and a neighbour said the curtains had been closed all week. I visited on 11 January. She had glandular fever; the GP's letter is on the file, I saw her and spoke with her on her own, and dad had simply let his phone run out of credit. She has been back in school since 24 January with 97% attendance this half term. Nothing further came of it.

The latest case summary and the draft Early Help plan are attached.

Kind regards,

Marcus Eze
Social Worker | Child in Need Team 2 | Wandsworth Children's Services
020 7946 0468

""") + RDISC
    summary = docx_att("Case summary - Aaliyah Mensah-Boateng - Feb.docx", [
        "# Case summary - Aaliyah Mensah-Boateng (Mosaic 2779310)",
        "CIN plan since 12 July: father's depression and the impact on Aaliyah.",
        "Progress: father engaged with the CMHT; medication reviewed; back at work 3 days a week.",
        "10/01: school 'not seen' flag after 12 days' absence. 11/01: home visit - glandular fever, GP letter on file; "
        "Aaliyah seen alone. Closed the same day.",
        "Attendance this half term 97%.",
        "Recommendation: step down to Early Help; the school family worker to be lead professional."])
    plan = pdf_att("Draft Early Help plan - Aaliyah M-B.pdf", "Draft Early Help plan", [
        "Outcome 1: dad's mental health stays stable - CMHT, GP review every 8 weeks.",
        "Outcome 2: Aaliyah has time to be a child - young carers group, after-school club twice a week.",
        "Outcome 3: staying on track in Year 8 - school family worker to meet Aaliyah fortnightly.",
        "Review: 4 weeks after handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("Eze, Marcus", "Marcus.Eze@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thurs 3 Feb 10am - Aaliyah Mensah-Boateng", when,
                      cc=addr("Walsh, Fiona", "Fiona.Walsh@" + RDOM))
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2779310"],
        [ch("Aaliyah Mensah-Boateng", "2071-04-27", "27/04/2071")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        W("richmond_wandsworth", "step_down", False,
          "NEAR MISS - A 'NOT SEEN' FLAG WITH THE CURTAINS CLOSED THAT WAS GLANDULAR FEVER: off 12 days in January, "
          "phone unanswered, curtains closed; visited the next day, a GP letter, seen alone, back in school since 24 "
          "January at 97% ('Nothing further came of it') -> resolved, not urgent, no school_attendance. Complete "
          "step-down (case summary .docx, draft plan .pdf, 'Aaliyah and her dad have both consented to Early Help "
          "continuing the plan' -> consent true); the case discussion agreed by phone for Thu 3 Feb, within 5 days of "
          "the contact -> book_meeting. 'Mosaic ref: 2779310' -> bare number. Dad's depression -> "
          "parental_mental_health; 'young carer support on his bad days' (a current need) -> young_carer."),
        not_children=["Marcus Eze", "Fiona Walsh", "Kwame Mensah-Boateng"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2084-02-10 10:40:55"
    blocks = [
        "Hi Fiona / Early Help duty,",
        "",
        "Confirming the step-down case discussion we agreed on the phone for {{Tuesday 15th February at 2pm}} for the "
        "Okafor children. Case summary and draft plan attached.",
        "",
        ("table", [
            ["Child", "DOB", "Mosaic"],
            ["Ruby Okafor", "11.06.2069", "2790021"],
            ["Daniel Okafor", "02.02.2077", "2790022"],
        ]),
        "",
        "Mum (Grace Okafor) has sickle cell disease and was admitted to St George's three times in the autumn. Ruby "
        "stayed home to look after her and Daniel during each admission, and her attendance dropped to 84%. Mum is well "
        "at the moment, has a haematology plan and an emergency plan for admissions (her sister will come from Croydon), "
        "and the children's needs can be met at Early Help level: young carers support for Ruby, help for Ruby to catch "
        "up at school, and someone for mum to call if she is admitted again.",
        "",
        "{{Consent:}} I talked to mum about Early Help taking over the plan on Tuesday. She said she wants to \"think "
        "about it over half term\" and will let me know - she is worried about \"yet another worker\". I haven't been "
        "able to speak to Ruby about it yet.",
        "",
        "Thanks,",
        "Sade",
        "",
        "Sade Olatunji",
        "Social Worker | Family Support and Child in Need, Richmond",
        "Richmond and Wandsworth",
        "020 7946 0733",
        "",
        RDISC.strip(),
    ]
    summary = pdf_att("Okafor case summary Feb.pdf", "Case summary - Ruby and Daniel Okafor", [
        "Ruby Okafor (11/06/2069) and Daniel Okafor (02/02/2077). Mosaic 2790021 / 2790022.",
        "Referred in September by school: Ruby's attendance and lateness during mum's hospital stays.",
        "Mum: sickle cell disease; admissions in September, October and November.",
        "Ruby's attendance this year 84%; Daniel's 95%.",
        "Recommendation: step down to Early Help with young carers support."])
    plan = docx_att("Okafor draft EH plan.docx", [
        "# Draft Early Help plan - Okafor family",
        "1. Young carers assessment and group for Ruby.",
        "2. School to provide catch-up sessions for Ruby; attendance reviewed fortnightly.",
        "3. Admission plan: maternal aunt to stay; Early Help worker to be told the same day.",
        "4. Review within 4 weeks of handover."])
    top = outlook_top(f, addr("Olatunji, Sade", "Sade.Olatunji@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Okafor children - case discussion Tues 15th 2pm", when,
                      cc=addr("Walsh, Fiona", "Fiona.Walsh@" + RDOM))
    add(f, word_mail(f, top, blocks, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2790021", "2790022"],
        [ch("Ruby Okafor", "2069-06-11", "11.06.2069"), ch("Daniel Okafor", "2077-02-02", "02.02.2077")],
        ["school_attendance", "young_carer"], None, None, ["consent"], None, "request_info",
        W("richmond_wandsworth", "step_down", False,
          "Richmond & Wandsworth step-down in Word HTML with the children in a table (Mosaic ids in their own column -> "
          "bare numbers). Case summary .pdf and draft plan .docx attached. CONSENT UNCLEAR: mum wants to 'think about "
          "it over half term' -> not given, not refused -> null -> 'consent' missing -> request_info. A CHILD KEPT HOME "
          "TO CARE during mum's admissions -> young_carer + school_attendance (84%)."),
        not_children=["Sade Olatunji", "Grace Okafor"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2084-01-27 13:15:44"
    body = T("""
Dear Early Help Duty team,

Kerry Adebayo asked me to let you know when we closed this, as the family were known to Early Help until November.

Children Missing Education referral - Tobias Reyes, DOB 09/12/2074 - TRACED, CLOSED

Tobias left Furzedown Vale Primary on 2 December. The family gave up their tenancy and moved without leaving a forwarding address, and the school's enquiries (calls, a home visit, the emergency contacts) found nothing, so they referred him to us as a child missing education on 16 December.

We traced him on 20 January. His common transfer file was requested by a primary school in Sheffield through the school-to-school system. I spoke to Sheffield's CME officer on 21 January: Tobias started there on 10 January, his class teacher has seen him every day, his attendance is 100% and the school has the family's new address and phone numbers. Mum told the school they moved to be near her parents. Sheffield have no concerns and neither do we.

Tobias has been taken off the Wandsworth CME register and the case is closed. No further action for Early Help - this is just for your records.

Best wishes,

Niamh Doherty
Children Missing Education Officer
School Admissions and Pupil Access | Wandsworth Council
020 7946 0694
""") + RDISC
    top = outlook_top(f, addr("Doherty, Niamh", "Niamh.Doherty@wandsworth.gov.uk"), addr("Early Help Duty", RED),
                      "CME referral closed - Tobias Reyes - traced to a school in Sheffield", when,
                      cc=addr("Adebayo, Kerry", "Kerry.Adebayo@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Tobias Reyes", "2074-12-09", "09/12/2074")], [], None, None, [],
        None, "human_review",
        W("richmond_wandsworth", "other", False,
          "NEAR MISS - A FAMILY THAT MOVED WITH NO FORWARDING ADDRESS, TRACED TO A NEW SCHOOL: a child missing education "
          "referral (16 Dec) closed after the common transfer file was requested by a Sheffield school; seen every day "
          "there, 100% attendance, new address known, 'no concerns'. Not urgent. A school admissions / CME officer's "
          "note for the record, no request -> other. Tobias named in full with his DOB -> labelled; nothing current -> "
          "no concerns."),
        not_children=["Niamh Doherty", "Kerry Adebayo"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2084-03-06 09:14:02"
    body = T("""
Thank you for your email.

I am on annual leave until Monday 13 March with no access to email.

For elective home education enquiries please contact the EHE team at ehe@richmondandwandsworth.gov.uk or on 020 7946 0580.

If you are worried that a child is at immediate risk of harm, please do not wait for my return - call the MASH on 020 7946 0321, or 999 in an emergency.

Grace Holloway
Elective Home Education Adviser | Richmond and Wandsworth
""")
    add(f, ooo(f, when, "Grace Holloway", "Grace.Holloway@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-5192] Reminder: step-down case discussion - please confirm the time", body),
        "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        W("richmond_wandsworth", "auto_reply", False,
          "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) from "
          "an elective home education adviser, answering a stepbot reminder ([SB-richmond_wandsworth-5192] in the "
          "subject); 'immediate risk of harm' and 999 are boilerplate -> not urgent. ignore."),
        not_children=["Grace Holloway"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2084-03-10 13:26:19"
    older = T("""
Hi Hannah,

As discussed in supervision on Wednesday, here's the step up for the Lawless children. Case summary attached.

Kiera Lawless - DOB 13/08/2079 - Mosaic 2811902
Connor Lawless - DOB 01/01/2083 - Mosaic 2811903
Mum: Shannon Lawless. 4 Wendell Court, Roehampton.

Rationale for step up
We have had an Early Help plan since October for home conditions, the children's health and mum's isolation. Since Christmas mum has stopped letting me in. Kiera has not been to nursery since 6 February, Connor has missed his 1-year check and immunisations, and the HV has had no answer three times. When I have seen the children on the doorstep they have been grubby and Kiera has had the same clothes on. Mum texts that everything is "fine" and won't say who else is living there. Nothing on the plan has moved for three months.

Update from this morning (Friday 10/03, 10.15)
I did an unannounced visit. Kiera came to the door with her right hand wrapped in a wet tea towel. When it slipped I could see the back of her hand is blistered and raw in a triangle shape, about the size of the tip of an iron. Mum said she "touched the oven door" on Tuesday. She hasn't taken her to the GP or the walk-in centre and said she isn't going to. The hall was full of black bags and boxes. The landlord's agent was there: they have handed the keys back and are leaving for "up north" tonight. Mum wouldn't give me an address or say which town. Connor was asleep in his cot.

Nadia

Nadia Karimi
Early Help Practitioner | Roehampton & Putney Early Help | Richmond and Wandsworth
07700 900 389
""")
    body = T("""
MASH,

Please see Nadia's email below - step up for the Lawless children (Mosaic 2811902 / 2811903). We discussed it in supervision on Wednesday and I agree with the step up. The latest case summary is attached and the rationale is in Nadia's email.

Could the case discussion invitation come to me and Nadia please.

Thanks
Hannah

Hannah Osei-Bonsu
Early Help Team Manager | Roehampton & Putney | Richmond and Wandsworth
020 7946 0611
""") + quote("Karimi, Nadia <Nadia.Karimi@%s>" % RDOM, "Friday, March 10, 2084 12:58 PM",
             "Osei-Bonsu, Hannah <Hannah.Osei-Bonsu@%s>" % RDOM, "Step up - Lawless", older) + "\n" + RDISC
    summary = pdf_att("Lawless case summary Mar.pdf", "Early Help case summary - Lawless", [
        "Kiera Lawless (13/08/2079) and Connor Lawless (01/01/2083); mother Shannon Lawless.",
        "Early Help plan since 12 October: home conditions, children's health appointments, mum's isolation.",
        "Since 20 December: no access to the home on five visits; seen on the doorstep only.",
        "Kiera: not at nursery since 06/02. Connor: 1-year check and immunisations missed; HV no access x3.",
        "Plan not progressing after three months of Early Help."])
    top = outlook_top(f, addr("Osei-Bonsu, Hannah", "Hannah.Osei-Bonsu@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Lawless", when, cc=addr("Karimi, Nadia", "Nadia.Karimi@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["2811902", "2811903"],
        [ch("Kiera Lawless", "2079-08-13", "13/08/2079"), ch("Connor Lawless", "2083-01-01", "01/01/2083")],
        ["neglect", "non_engagement", "physical_harm"], None, True, [], None, "alert_duty",
        W("richmond_wandsworth", "step_up", True,
          "BURIED IN A FORWARD: the Team Manager's covering note is routine, but the worker's forwarded email ends with "
          "this morning's visit - a 4-year-old with an untreated blistered burn in the shape of an iron's tip, no "
          "medical help and none intended, and A FAMILY LEAVING TONIGHT WITH NO FORWARDING ADDRESS. No alarm word "
          "anywhere. DESIGN safety rule 1 (quoted and forwarded history is read) -> urgent -> alert_duty. Otherwise a "
          "complete step-up (case summary .pdf, the rationale under its heading in the forward, 'I agree with the step "
          "up' from the Team Manager). Mosaic ids after the label -> bare numbers. neglect (untreated burn, missed "
          "health checks, grubby), non_engagement (no access since Christmas), physical_harm."),
        not_children=["Nadia Karimi", "Hannah Osei-Bonsu", "Shannon Lawless"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2084-02-22 09:40:27"
    ack = ack_text("step-down", "[SB-richmond_wandsworth-5140]", [
        "Children: Ruby Okafor (DOB 11/06/2069, Mosaic 2790021); Daniel Okafor (DOB 02/02/2077, Mosaic 2790022)",
        "Case discussion: Tuesday 15 February, 14:00 (Microsoft Teams)"],
        ["confirmation that the child, young person and family consent to Early Help continuing the plan"])
    body = T("""
Hello,

Mum rang me yesterday afternoon. She has thought about it over half term and she is happy for Early Help to continue the plan, so consent is now given. Ruby said yes too when I saw her after school.

Could you please add this to the request.

Thanks,
Sade

Sade Olatunji
Social Worker | Family Support and Child in Need, Richmond
020 7946 0733

""") + reply_head("Early Help Duty", "10/02/2084 10:44") + quoted(ack)
    top = plain_top(f, addr("Sade Olatunji", "Sade.Olatunji@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-5140] Step-down received - Okafor", when, RDOM,
                    "Mozilla Thunderbird",
                    extra=[("In-Reply-To", msgid(f + "ack", "stepbot." + RDOM)),
                           ("References", msgid(f + "ack", "stepbot." + RDOM))])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2790021", "2790022"],
        [ch("Ruby Okafor", "2069-06-11", "11/06/2069"), ch("Daniel Okafor", "2077-02-02", "02/02/2077")],
        [], True, None, [], None, "attach_to_request",
        W("richmond_wandsworth", "follow_up", False,
          "Thunderbird plain-text reply to [SB-richmond_wandsworth-5140] (richmond_wandsworth_04's request) with the "
          "acknowledgement quoted '> ': mum has decided, 'she is happy for Early Help to continue the plan, so consent "
          "is now given' -> consent true (the latest statement wins). follow_up -> attach_to_request, missing []. "
          "Children, DOBs and Mosaic ids from the quoted acknowledgement; its 'What is missing:' line is stepbot's. "
          "Nothing of concern added -> concerns []."),
        not_children=["Sade Olatunji"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2084-01-19 12:18:33"
    body = T("""
To: MAST duty team

Re: Baby Safiya CHOWDHURY, DOB 24/11/2083 (8/52), NHS no. 999 614 1873
Mother: Ms Rukhsana Chowdhury. Address: 41 Gladstone House, Poplar E14.
Registered GP: Dr F Siddique, Langdon Road Health Centre

I have been unable to get through on the MAST duty numbers, so I am emailing as well and will keep trying.

Background
- New birth visit: no access x3 (HV, 06/12, 11/12, 18/12). Mother declined a clinic appointment.
- 6-8 week maternal and infant check: not brought x2 (05/01, 12/01).
- 8-week immunisations: not brought (12/01).
- No contact with any health professional since discharge from the Royal London on 26/11.

Today
Mother attended at 11:40 for her own appointment (medication review) with the infant in the pram. I asked to see the baby. Brief examination only - mother declined a full examination and undressing:
- Pale, mottled peripheries, lethargic, weak cry, not fixing or following.
- Weight 3.1 kg (birth weight 3.4 kg) - below birth weight at 8 weeks.
- Torn upper labial frenulum.
- 1 cm bruise to the left pinna.
Mother gave no account for the frenulum or the bruise and said the baby "just doesn't feed much". I advised same-day paediatric assessment at the Royal London and offered to arrange transport. She declined and left the surgery at 11:55 against advice, saying her partner "won't have it".

The infant is at home with mother and her partner (Mr Jamal Haque, not registered with this practice). Any injury to a non-mobile infant, in the context of faltering weight and repeated non-attendance, needs assessment today.

I am available on 020 7946 0846 (reception will put you straight through) until 18:30.

Dr Farhana Siddique MBBS MRCGP
GP Partner and Practice Safeguarding Lead
Langdon Road Health Centre
""")
    top = plain_top(f, addr("SIDDIQUE, Farhana (CHRISP STREET HEALTH CENTRE)", "farhana.siddique@nhs.example"),
                    addr("MAST", TMAST), "Infant not brought x5 - seen today - injuries - please call", when,
                    "nhs.example", None, extra=[("Importance", "high")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Safiya Chowdhury", "2083-11-24", "24/11/2083", "Safiya CHOWDHURY")],
        ["neglect", "non_engagement", "physical_harm"], None, None, [], None, "alert_duty",
        W("tower_hamlets", "other", True,
          "A BABY NEVER BROUGHT TO APPOINTMENTS, seen by chance today, in a GP's clinical words: 8 weeks old, below "
          "birth weight, pale, mottled, lethargic, with a torn frenulum and a bruise to the ear (injuries to a "
          "non-mobile infant); mother declined paediatric assessment and left against advice; at home with mother and "
          "partner. Urgent -> alert_duty (DESIGN safety rule 1; seed 001: an immediate concern goes to MAST). A GP's "
          "report, no step -> other. Surname in capitals ('Safiya CHOWDHURY') -> labelled 'Safiya Chowdhury'; the NHS "
          "number is no case id. neglect (faltering weight), non_engagement (not brought x5, no access x3), "
          "physical_harm."),
        not_children=["Rukhsana Chowdhury", "Jamal Haque", "Farhana Siddique"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2084-02-07 10:02:48"
    body = T("""
Dear Early Help Hub,

Step down to Early Help - Ali family

Ibrahim Ali, DOB 12/05/2072, Mosaic 2750118
Maryam Ali, DOB 30/09/2075, Mosaic 2750119
Parents: Mr Abdullahi Ali and Mrs Hodan Ali, 9 Rosefield Gardens, E14

My Child and Family Assessment concluded on 1 February. The family were placed in temporary accommodation in Newham in the summer and moved to Tower Hamlets in September; between the moves the children were on no school roll for seven weeks. Both have been at Cordelia Street Primary School since 1 November. Statutory involvement is no longer needed, but there are needs a Team Around the Family should pick up: dad's PTSD (he is waiting for trauma therapy), Ibrahim's attendance (88%, and still needs watching) and the family's housing.

Both parents have consented to the step down to Early Help and signed the consent form.

Lead Practitioner: Shamima Rowe, Family Support Worker, Cordelia Street Primary School - she has agreed to take the role.

I will chair the TAF meeting at the school on Friday 11 February at 10am and put the minutes on Mosaic.

Attached: the C&F assessment and the draft TAF plan.

Kind regards,
Olivia Grant
Social Worker | Children's Social Work Team (Poplar) | London Borough of Tower Hamlets
020 7946 0359

""") + TDISC
    cfa = pdf_att("C&F Assessment - Ali - concluded 01.02.pdf", "Child and Family Assessment - Ali children", [
        "Ibrahim Ali (12/05/2072) and Maryam Ali (30/09/2075). Assessment concluded 01/02.",
        "Family history: arrived in the UK as refugees; temporary accommodation in Newham, then Tower Hamlets.",
        "Education: no school place for seven weeks in the autumn; both on roll at Cordelia Street Primary since 01/11.",
        "Attendance since 01/11: Ibrahim 88%, Maryam 95%.",
        "Father: PTSD, on the waiting list for trauma-focused therapy. Mother: well, attends ESOL classes.",
        "Outcome: step down to a Team Around the Family with a Lead Practitioner."])
    plan = docx_att("Draft TAF plan - Ali family.docx", [
        "# Draft TAF plan - Ali family",
        "Lead Practitioner: Shamima Rowe (Cordelia Street Primary School).",
        "1. Ibrahim's attendance to be above 95% by Easter - school attendance plan, breakfast club.",
        "2. Dad supported while he waits for therapy - GP review, refugee support service.",
        "3. Housing - support with the move to settled accommodation.",
        "Review: first TAF 11/02, then every 6 weeks."])
    top = outlook_top(f, addr("Grant, Olivia", "Olivia.Grant@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Ali family - Mosaic 2750118 / 2750119", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2750118", "2750119"],
        [ch("Ibrahim Ali", "2072-05-12", "12/05/2072"), ch("Maryam Ali", "2075-09-30", "30/09/2075")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        W("tower_hamlets", "step_down", False,
          "Complete Tower Hamlets step-down: C&F assessment .pdf, draft TAF plan .docx, 'Both parents have consented "
          "to the step down', the Lead Practitioner named with her agency -> book_meeting. The social worker arranges "
          "and chairs the TAF (Fri 11 Feb, 8 working days after the assessment concluded on 1 Feb). The seven weeks on "
          "no school roll are past (on roll since 1 November); Ibrahim's 88% 'still needs watching' -> school_attendance; "
          "dad's PTSD -> parental_mental_health. Parents are adults, not children."),
        not_children=["Olivia Grant", "Shamima Rowe", "Abdullahi Ali", "Hodan Ali"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2084-03-10 16:05:21"
    body = T("""
Dear colleagues,

Please find attached version 0.3 of the draft Children Missing Education and Elective Home Education procedure for comment by Thursday 23 March.

What has changed since 0.2:
- A single flowchart for schools when a child has been absent for 10 school days and the family cannot be contacted.
- The EHE team will now offer a visit within 10 working days of every new notification, and share with Early Help when a family is already open.
- A new section 6 with worked scenarios for training.

Please note that the scenarios in section 6 are fictional and written to test the flowchart - they are not cases, and nothing in them needs a referral. Comments on whether the "what should happen" answers are right would be very welcome, especially from the Early Help Hub and MAST.

Many thanks,

Rehana Aziz
Education Safeguarding and CME Lead | Education and Partnerships | London Borough of Tower Hamlets
020 7946 0422

""") + TDISC
    doc = docx_att("CME and EHE procedure v0.3 DRAFT.docx", [
        "# Children Missing Education and Elective Home Education - procedure (DRAFT v0.3)",
        "1. Purpose. 2. Definitions. 3. Roles of schools, the CME officer and the EHE team. 4. Flowchart. 5. Records.",
        "# 6. Scenarios (fictional, for training only)",
        "Scenario A. A 9-year-old is withdrawn for home education the day after his school reported a bruise on his "
        "arm. Nobody has seen him since. What should happen: the EHE team visit within 10 working days; because of the "
        "bruise the school should already have made a referral to MAST on the day.",
        "Scenario B. A family leaves their flat with no forwarding address and two children stop attending. What should "
        "happen: the school makes reasonable enquiries and refers to the CME officer after 10 school days; the CME "
        "officer checks the Lost Pupils Database and the school-to-school system.",
        "Scenario C. A neighbour reports that the curtains are always closed and a baby is never seen. What should "
        "happen: the call handler asks whether any child is in danger now; if so, 999 and MAST; if not, a health "
        "visitor check within 5 working days.",
        "Scenario D. A 13-year-old attends a full-time 'tuition centre' that is not registered as a school. What should "
        "happen: the CME officer and Ofsted are told; the family are advised of their duty.",
        "Each scenario ends with a discussion question for the training session."])
    top = outlook_top(f, addr("Aziz, Rehana", "Rehana.Aziz@" + TDOM), addr("Early Help Hub", TEH),
                      "Consultation: draft CME and EHE procedure v0.3 - comments by 23 March", when,
                      cc="MAST <%s>, Attendance Service <attendance@%s>" % (TMAST, TDOM))
    add(f, mail(f, top, body, [doc], html_alt=True), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        W("tower_hamlets", "other", False,
          "NEAR MISS - HYPOTHETICALS IN A DRAFT POLICY: a consultation on the CME and EHE procedure whose attached "
          "section 6 has 'fictional' training scenarios (a boy withdrawn for home education the day after a bruise, a "
          "family gone with no forwarding address, curtains always closed, an unregistered tuition centre) - 'they are "
          "not cases, and nothing in them needs a referral'. DESIGN safety rule 1: hypothetical and example text must "
          "not trigger it. No real child, no request -> other, no concerns."),
        not_children=["Rehana Aziz"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2084-02-28 14:50:36"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8pt 0;font-family:Calibri,sans-serif;font-size:11pt}td{font-family:Calibri,sans-serif;font-size:11pt;padding:3pt 6pt;border:1px solid #999}</style></head>
<body lang="EN-GB">
<p>Dear MAST,</p>
<p>Please find attached a MARF for <b>Adam Miah</b>, asking for a step-up to Children's Social Care.</p>
<table style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>Adam Miah</td></tr>
<tr><td><b>DOB</b></td><td>21/03/2069</td></tr>
<tr><td><b>Mosaic</b></td><td>2761530</td></tr>
<tr><td><b>Address</b></td><td>17 Ben Jonson Road, Stepney E1</td></tr>
</table>
<p>Adam has not been to a registered school since July. In September his parents took him off roll at Stepney Vale Academy and told the school he would be home educated, but he actually goes every weekday, 9 to 4, to a "tuition centre" above a shop on Commercial Road that is not registered as a school. The EWO and the CME officer have told Ofsted, who are looking at the setting. Dad says he pays &pound;80 a week and believes it is a proper school.</p>
<p>What worries me more is that Adam went missing overnight twice in January (14th and 29th). Police found him both times the next morning, in Ilford and in Romford, and he won't say where he was or who with. The return home interviews are attached to the MARF. He is not on any plan and the Targeted Early Help work since November (attendance, a mentor, parenting support for dad) has not changed anything.</p>
<p>Dad agrees to the referral to MAST and has signed the consent section of the MARF.</p>
<p><b>Manager:</b> I have to be honest that my manager has not agreed the step-up. Nadim's view is that it doesn't meet threshold yet and he would like another TAF first. I disagree, and he has said I can send the MARF to MAST for a threshold view.</p>
<p>Thanks,<br>Yasmin</p>
<p>Yasmin Chowdhury<br>Targeted Early Help Practitioner | Stepney &amp; Wapping Locality | London Borough of Tower Hamlets<br>07700 900 275</p>
<p style="font-size:9pt;color:#666">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""")
    marf = pdf_att("MARF - Adam Miah - Feb.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Adam Miah, DOB 21/03/2069, Mosaic 2761530. Parents: Mr Rashed Miah, Mrs Rupa Begum.",
        "Referrer: Yasmin Chowdhury, Targeted Early Help.",
        "Reason: no registered education since July (full-time at an unregistered tuition centre); missing overnight "
        "on 14/01 and 29/01, found by police in Ilford and Romford; will not say where he was.",
        "Return home interviews: 15/01 and 30/01 - Adam declined to talk.",
        "Parental consent: given by father, 25/02.",
        "Manager's comments: not agreed - a further TAF is recommended before a step-up (N. Rahman)."])
    top = outlook_top(f, addr("Chowdhury, Yasmin", "Yasmin.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "MARF - Adam Miah - step up request", when)
    root = multipart("mixed", [text_part(h, "html", crlf=True), marf], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2761530"], [ch("Adam Miah", "2069-03-21", "21/03/2069")],
        ["missing", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        W("tower_hamlets", "step_up", False,
          "HTML-only Outlook MAST step-up (child in an HTML table; 'Mosaic' column -> bare number) with the MARF .pdf "
          "(request_for_support met). A 14-year-old OFF ROLL 'FOR HOME EDUCATION' BUT FULL-TIME AT AN UNREGISTERED "
          "TUITION CENTRE, and missing overnight twice in January (found both times) -> school_attendance + missing; "
          "nothing happening today. MANAGER DISAGREES: 'my manager has not agreed the step-up ... doesn't meet "
          "threshold yet' -> manager_agreed false -> missing -> request_info. 'Dad agrees to the referral to MAST' -> "
          "consent true."),
        not_children=["Yasmin Chowdhury", "Rashed Miah", "Rupa Begum"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2084-03-02 14:22:10"
    body = T("""
MAST,

Step up for Hamza Karim (Mosaic 2773308) - MARF attached, following today's joint visit with the EWO. My manager, Shirin Malik, has agreed the step-up.

I'm still in Bethnal Green with the EWO. Please ring me on 07700 900 664.

Tom

Tom Hollis
Targeted Early Help Practitioner | Bethnal Green Locality | London Borough of Tower Hamlets

""") + TDISC
    marf = pdf_att("MARF Hamza Karim 02.03.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Hamza Karim, DOB 06/06/2076, Mosaic 2773308.",
        "Parents: Mr Imran Karim and Mrs Sadia Karim, 5 Mape Street, E2. Mum works until 7pm; dad collects Hamza at 6pm.",
        "Referrer: Tom Hollis, Targeted Early Help (open since January for school attendance).",
        "Education: taken off roll at Mowbray Fields Primary in September ('home education'); since then full-time at "
        "'Bright Path Tuition', above 112 Cambridge Heath Road - not registered as a school.",
        "Today 12:45: joint visit with the EWO (Lena Brandt) and an Ofsted inspector. 14 children aged 5 to 11, two "
        "adults, no registers.",
        "Hamza was found in a locked cupboard under the stairs with the light off. He had wet himself. The man who runs "
        "the centre said Hamza had been 'in time out since break' (about two hours).",
        "There are raised red lines across the backs of both his legs. Hamza said 'Mr S does it with the ruler when we "
        "get it wrong'.",
        "The centre would not let Hamza leave with us and said he stays until his dad collects at 6pm. We could not "
        "reach either parent by phone.",
        "Manager agreement: Shirin Malik, Team Manager, 02/03.",
        "Parental consent: not yet sought - parents not reached."])
    top = outlook_top(f, addr("Hollis, Tom", "Tom.Hollis@" + TDOM), addr("MAST", TMAST),
                      "Step up - Hamza Karim - Mosaic 2773308 - MARF attached", when,
                      cc=addr("Malik, Shirin", "Shirin.Malik@" + TDOM))
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2773308"], [ch("Hamza Karim", "2076-06-06", "06/06/2076")],
        ["physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        W("tower_hamlets", "step_up", True,
          "THE URGENT FACTS ARE ONLY IN THE ATTACHED MARF (DESIGN safety rule 1: every part is read, attachments "
          "included): AN UNREGISTERED SCHOOL where a 7-year-old was found today locked in a dark cupboard for two "
          "hours, with raised red lines across both legs ('Mr S does it with the ruler'), and the setting kept him "
          "until 6pm. The covering mail is routine and has no alarm word. Urgent -> alert_duty. As a MAST step-up it "
          "is complete (MARF attached, 'My manager ... has agreed the step-up'); parents not reached -> consent null. "
          "physical_harm + school_attendance (off roll, at an unregistered setting)."),
        not_children=["Tom Hollis", "Shirin Malik", "Lena Brandt", "Imran Karim", "Sadia Karim"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2084-02-08 09:03:40"
    add(f, google_reply(f, when, "Shamima Rowe", "s.rowe@cordeliastreet.towerhamlets.sch.example",
                        ("Early Help Hub", TEH), "ACCEPTED", "TAF meeting - Ali family (Mosaic 2750118)",
                        "20840211T100000Z", "20840211T113000Z", "Cordelia Street Primary School, meeting room 2",
                        "Friday 11 Feb 2084 10:00 - 11:30 (GMT)"),
        "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2750118"], [], [], None, None, [], None, "record_reply",
        W("tower_hamlets", "meeting_reply", False,
          "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Lead "
          "Practitioner for tower_hamlets_02's TAF (Fri 11 Feb 10:00, times in UTC = GMT); SUMMARY 'Mosaic 2750118' -> "
          "the bare number. record_reply."),
        not_children=["Shamima Rowe"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2084-01-17 15:12:09"
    ack = ack_text("step-down", "[SB-tower_hamlets-6603]", [
        "Child: Aisha Begum (DOB 02/09/2083, Mosaic 2768114)",
        "TAF meeting: to be confirmed by the allocated social worker"],
        ["the name and agency of the identified Lead Practitioner"])
    body = T("""
Hi, I'm the health visitor for Aisha - Farzana (her social worker) copied me into this so I'm replying to add two things.

1. You'll see in the C&F assessment that Aisha was "not brought" to three appointments in December and was put on our Was Not Brought pathway. I've now checked: she was an inpatient on the children's ward at the Royal London with bronchiolitis from 12 to 22 December, so she couldn't have been brought. The ward has confirmed it. Nobody had told us.

2. I saw Aisha at home this morning. She's 6.3 kg, back on the 50th centile, feeding well and smiley, and mum had already rebooked both appointments herself. Mum is doing really well. I've taken her off the WNB list.

I'm happy to be the Lead Practitioner for the TAF - Bernice Clarke, Health Visitor, Tower Hamlets Health Visiting Service (East). 07700 900 538.

Thanks
Bernice

""") + reply_head("Early Help Hub <%s>" % TEH, "Fri, 14 Jan 2084 at 11:20") + quoted(ack)
    top = plain_top(f, addr("Bernice Clarke", "bernice.clarke@nhs.example"), addr("Early Help Hub", TEH),
                    "Re: [SB-tower_hamlets-6603] Step-down received - Aisha Begum", when, "mail.gmail.example", None,
                    cc=addr("Farzana Uddin", "Farzana.Uddin@" + TDOM),
                    extra=[("In-Reply-To", msgid(f + "ack", "stepbot." + TDOM)),
                           ("References", msgid(f + "ack", "stepbot." + TDOM))])
    add(f, mail(f, top, body, html_alt=True, crlf=False), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["2768114"], [ch("Aisha Begum", "2083-09-02", "02/09/2083")],
        [], None, None, [], None, "attach_to_request",
        W("tower_hamlets", "follow_up", False,
          "NEAR MISS - 'WAS NOT BROUGHT' EXPLAINED: a baby 'not brought' to three appointments in December was an "
          "inpatient with bronchiolitis; seen at home today, thriving, mum rebooked them herself, taken off the WNB "
          "list -> no neglect, no non_engagement, not urgent. A health visitor's reply to [SB-tower_hamlets-6603] "
          "adding the Lead Practitioner -> follow_up -> attach_to_request, missing []. Child, DOB and Mosaic id from "
          "the quoted acknowledgement."),
        not_children=["Bernice Clarke"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2084-03-13 11:30:57"
    body = T("""
Good morning,

I'm writing because a resident at Lansbury Court told me on Thursday that she had also emailed "social services" about her neighbours at flat 22, and I wanted you to have the outcome of my visit so nobody duplicates it.

The complaint was that the curtains at flat 22 are "always closed, day and night" and that "the kids are never seen". I carried out a tenancy visit on Friday 10 March at 3.45pm with the estate officer. Mr and Mrs Hossain were both at home. Mr Hossain works nights as a porter at the Royal London and sleeps in the day, which is why the front-room curtains are kept shut (it's a studio-style front room where he sleeps). Their two children, Rafi and Mim (8 and 11), came home from school while we were there - they attend Byng Street Primary and Limehouse Academy, and both schools confirm good attendance. The flat was clean, warm and well kept, with food in, and the children were relaxed and chatty.

The complainant has a long-running noise dispute with the family that our anti-social behaviour team is already mediating.

I have no concerns about the children and I'm not making a referral. I'm only letting you know in case her email reaches you.

Kind regards

Dean Whitlock
Housing Officer (Lansbury and Poplar) | Limehouse Homes
020 7946 0761
""")
    top = plain_top(f, addr("Dean Whitlock", "dean.whitlock@limehousehomes.example"), addr("Early Help Hub", TEH),
                    "Flat 22 Lansbury Court - neighbour's complaint about curtains / children - visited, no concerns",
                    when, "limehousehomes.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        W("tower_hamlets", "other", False,
          "NEAR MISS - CURTAINS ALWAYS CLOSED AND 'THE KIDS ARE NEVER SEEN', CHECKED: a housing officer visited, "
          "the father works nights and sleeps by day, both children seen after school, good attendance, clean home; "
          "the complaint is part of a neighbour dispute; 'I have no concerns about the children and I'm not making a "
          "referral'. Not urgent. A housing officer's note, no request -> other. Children by first name only -> none "
          "labelled; no concerns."),
        not_children=["Dean Whitlock"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2084-01-06 10:45:31"
    body = T("""
Dear Early Help,

Please could I have a triage slot for a level 3 step down for the Widdicombe children, LCS-3390417.

Jack Widdicombe - DOB 29/10/2076
Poppy Widdicombe - DOB 17/05/2081 (so the under-5s triage, I think)
Mum: Kerry Widdicombe, Foxhole Road, Paignton

My Single Assessment is attached and includes my analysis and the rationale for stepping down. My team manager, Rachel Hext, has recorded her management analysis on LCS confirming the threshold for level 3 is met (it is also on the last page of the attachment).

Mum has consented to level 3 Early Help - she signed the consent on 4 January and is keen to keep working with the family hub.

Background in brief: the referral in September came from the health visitor because Poppy had not been brought to five health appointments between May and September (her 2-year review twice, two dental appointments and an audiology follow-up), and the HV had twice found nobody in. Since October mum has kept every appointment - Poppy's review is done and her hearing is fine - and the missed appointments turned out to be tied to mum's depression after a bereavement. What is left is support for mum's mental health and help with routines, which the family hub can offer.

Thanks,

Ellen Stidston
Social Worker | Single Assessment Team | Torbay Council
01632 960 471

""") + BDISC
    sa = pdf_att("Single Assessment - Widdicombe - Jan.pdf", "Single Assessment - Widdicombe children (LCS-3390417)", [
        "Children: Jack Widdicombe (29/10/2076), Poppy Widdicombe (17/05/2081). Mother: Kerry Widdicombe.",
        "Reason for referral (September): Poppy not brought to five health appointments; two HV no-access visits.",
        "Findings: mother's depression following her father's death in April; appointments missed during that period.",
        "Since October: every appointment kept; 2-year review completed; hearing normal; Jack's attendance 97%.",
        "Social worker's analysis: no further need for statutory intervention; level 3 co-ordinated support for "
        "mother's mental health and routines.",
        "Team manager's analysis (R. Hext, 05/01): I agree - the threshold for level 3 is met and step-down is "
        "appropriate."])
    top = outlook_top(f, addr("Stidston, Ellen", "Ellen.Stidston@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - level 3 step down - Widdicombe - LCS-3390417", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3390417"],
        [ch("Jack Widdicombe", "2076-10-29", "29/10/2076"), ch("Poppy Widdicombe", "2081-05-17", "17/05/2081")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        W("torbay", "step_down", False,
          "Complete Torbay step-down asking for a triage slot (level 3 written): Single Assessment .pdf with the "
          "analysis, the team manager's analysis 'confirming the threshold for level 3 is met' -> manager true, 'Mum "
          "has consented to level 3 Early Help' -> consent true -> book_meeting. Poppy is 2 -> the fortnightly "
          "under-5s triage. A BABY NOT BROUGHT TO FIVE APPOINTMENTS is history (every appointment kept since October) "
          "-> no neglect / non_engagement; mum's depression -> parental_mental_health. Mum is an adult."),
        not_children=["Ellen Stidston", "Rachel Hext", "Kerry Widdicombe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2084-01-25 08:17:44"
    body = T("""
Sending this as a step up - my ATM Jo Symons agreed on the phone 5 mins ago that it goes to you now.

Kaylee Hannaford, DOB 03/04/2071, EHM-741882
Riley Hannaford, DOB 22/09/2079
Mum Dawn Hannaford, 12 Cayman Close, Foxhole, Paignton

Kaylee hasn't been in school since before Xmas. Mum has been keeping her home to look after her and Riley - mum's depression has been really bad since dad went to prison in November and she's hardly been out of bed. School and I have been trying to get Kaylee back in.

Kaylee just texted me at 7.58, copied exactly:

"mum took all her tablets last nite and shes been sick and wont wake up propaly. riley is crying and i cant get him dressed. dont want to ring ambulance coz they will take us away. please dont tell school"

I've rung 999 for mum and the ambulance is on its way. I'm driving there now, about 15 mins away. There is no other adult in the house and I don't know of any family nearby - nan is in Plymouth.

I haven't been able to talk to mum about any of this so there's no consent.

Becky Lane
Early Help Practitioner | Paignton Family Hub
07700 900 613

Sent from my iPhone
""")
    top = plain_top(f, addr("Becky Lane", "Becky.Lane@" + BDOM), addr("MASH", BMASH),
                    "Step up now - Hannaford children - EHM-741882", when, BDOM, None,
                    cc=addr("Jo Symons", "Jo.Symons@" + BDOM))
    add(f, iphone_mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-741882"],
        [ch("Kaylee Hannaford", "2071-04-03", "03/04/2071"), ch("Riley Hannaford", "2079-09-22", "22/09/2079")],
        ["parental_mental_health", "school_attendance", "young_carer"], None, True, ["consent"], None, "alert_duty",
        W("torbay", "step_up", True,
          "A CHILD KEPT HOME TO CARE, quoted from her text at 07:58 (before office hours): a 12-year-old off school since "
          "before Christmas to look after her mother and 4-year-old brother; mum 'took all her tablets last nite ... "
          "wont wake up propaly'; no other adult; the child afraid to call an ambulance. The worker has called 999 for "
          "the mother; two children alone now. iPhone mail, no alarm word. Urgent -> alert_duty (the out-of-hours "
          "service at this hour). As a Torbay step-up (the lead professional's contact to MASH): 'my ATM ... agreed ... "
          "that it goes to you now' -> manager true; 'there's no consent' (mum not spoken to) -> null -> 'consent' "
          "missing, but alert_duty comes first. parental_mental_health, school_attendance, young_carer."),
        not_children=["Becky Lane", "Jo Symons", "Dawn Hannaford"])

def torbay_03():
    f = "torbay_03.eml"; when = "2084-02-09 15:10:26"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,sans-serif;font-size:10.5pt;color:#222}h3{font-size:11pt;margin:12pt 0 4pt 0;color:#1F4E79}p{margin:0 0 7pt 0}</style></head>
<body>
<p>Hello Early Help,</p>
<p>Sam Pascoe asked me to let the Early Help team know the outcome of my annual visit, as you closed your involvement with Isla's family when she came out of school. Summary below - there is nothing for you to do.</p>
<h3>Elective home education - annual visit</h3>
<p><b>Child:</b> Isla Penwill, DOB 14/07/2073<br>
<b>Parent:</b> Mrs Helen Penwill<br>
<b>Visit:</b> Tuesday 8 February, 10:00-11:30, at home (Churston)<br>
<b>Home educated since:</b> 1 September (deregistered from Brixham Heights Primary by letter on 30 August)</p>
<h3>What I saw</h3>
<p>A written plan for the year with a weekly timetable: maths with a qualified tutor on Mondays and Thursdays (online, with marked work I looked through), English and history at home, science with a local home-education group on Wednesdays, and forest school on Fridays. Isla showed me her project on Dartmoor tin mining and read to me from her current book. Work is dated and up to date.</p>
<p>I spoke to Isla on her own for about twenty minutes. She said she is "much happier" than at school, where she was bullied in Year 5, and she talked about her friends at the group and at gymnastics (Tuesday and Saturday). She is registered with the GP and the dentist and saw the dentist in January.</p>
<h3>Outcome</h3>
<p>The education is suitable and efficient. Isla was seen and spoken to alone and is clearly thriving. I have no safeguarding concerns. Next visit in twelve months, or sooner if mum asks.</p>
<p>Kind regards,<br>
Marian Coombe<br>
Elective Home Education Adviser | Education Services | Torbay Council<br>
01632 960 352</p>
<p style="font-size:8.5pt;color:#777">Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.</p>
</body></html>
""")
    top = outlook_top(f, addr("Coombe, Marian", "Marian.Coombe@" + BDOM), addr("Early Help", BEH),
                      "EHE annual visit - Isla Penwill - suitable, no concerns (FYI)", when,
                      cc=addr("Pascoe, Sam", "Sam.Pascoe@" + BDOM))
    add(f, html_only(f, top, h), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Isla Penwill", "2073-07-14", "14/07/2073")], [], None, None, [],
        None, "human_review",
        W("torbay", "other", False,
          "NEAR MISS - A WELL-ORGANISED HOME EDUCATION PLAN WITH THE VISIT DONE (HTML-only): an EHE adviser's annual "
          "visit - a written plan and timetable, a tutor, marked work, the child seen and spoken to alone, registered "
          "with the GP and dentist; 'The education is suitable and efficient', 'I have no safeguarding concerns', "
          "'there is nothing for you to do'. Not urgent, no concern (home education is not a school_attendance "
          "concern when it is suitable). A report for information -> other. Isla named with her DOB -> labelled."),
        not_children=["Marian Coombe", "Helen Penwill", "Sam Pascoe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2084-02-17 11:25:03"
    body = T("""
Good morning MASH,

I'd like to make a contact to MASH about the Rendle children, whom I have been working with at level 3 since October (EHM-742305). I think they need considering for a level 4 statutory response.

Alfie Rendle - DOB 30/12/2074 - Year 4, Furzeham Primary
Mollie Rendle - DOB 06/06/2078 - Year 1, Furzeham Primary
Parents: Lee and Stacey Rendle, Higher Brixham

What I'm worried about:
- Alfie has been on a part-time timetable since November and his attendance is 64%. Mollie's is 79%. On a lot of days neither child is seen by anyone outside the family.
- Neither child has been taken to the dentist, CAMHS (Alfie, two appointments) or the audiology clinic (Mollie) since the summer. Alfie had a tooth removed under general anaesthetic in 2082 and has new decay.
- Both children are often in the same clothes for days, smell of urine and have had head lice since Christmas. School give them breakfast most days.
- Mum and dad have missed four of the last five TAF meetings and cancelled my last three visits.

Consent: I talked to both parents on Tuesday. Dad said he does not give consent to a referral to MASH and doesn't want "social services" involved. Mum didn't say anything either way.

Manager: my ATM, Colin Hosking, is on leave until Monday. I've talked it through with a senior practitioner but I'll get Colin's sign-off when he's back.

Sam

Sam Pascoe
Early Help Practitioner (Lead Professional) | Brixham Family Hub | Torbay Council
01632 960 559

""") + BDISC
    top = outlook_top(f, addr("Pascoe, Sam", "Sam.Pascoe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH / step up - Rendle children - EHM-742305", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-742305"],
        [ch("Alfie Rendle", "2074-12-30", "30/12/2074"), ch("Mollie Rendle", "2078-06-06", "06/06/2078")],
        ["neglect", "non_engagement", "school_attendance"], False, None, ["consent", "manager_agreed"], None,
        "request_info",
        W("torbay", "step_up", False,
          "Torbay step-up (the lead professional's contact to MASH) in plain Outlook text. CONSENT REFUSED: 'Dad said he "
          "does not give consent to a referral to MASH' (mum silent) -> consent false -> 'consent' missing. MANAGER "
          "PENDING: the ATM is on leave, 'I'll get Colin's sign-off when he's back' -> null -> 'manager_agreed' missing "
          "-> request_info. Children rarely seen outside the family on a part-time timetable (64% / 79%) -> "
          "school_attendance; health appointments missed, dirty clothes, lice -> neglect; TAFs and visits missed -> "
          "non_engagement. A tooth removed in 2082 is history."),
        not_children=["Sam Pascoe", "Colin Hosking", "Stacey Rendle"])

def torbay_05():
    f = "torbay_05.eml"; when = "2084-03-03 15:47:18"
    body = T("""
Hi, I got this address off the council website, I hope someone picks it up quick.

I'm a tenancy officer for Bay Homes. We've been trying to contact our tenant at 3 Quay View, Brixham Road, Paignton since January - big rent arrears, no answer to letters, and the neighbours told us the family moved away before Christmas and didnt leave a forwarding address. So today we did a forced entry at 2.30 with a locksmith to do an abandonment inspection.

There was a boy in the back bedroom. He says his name is Mason Crocker and he's 9. He was under a duvet on a mattress with his coat on. The electric has run out on the meter, the flat is freezing and there's no food apart from some dry cereal and a bottle of squash. He says mum went "to see her boyfriend in Plymouth" on Monday and hasn't come back, and he hasn't got a phone number for her that works. He's not been to school "since the summer" - he doesn't know which school he's meant to be at.

I've got him in the van with me with the heater on and a sandwich. I rang 101 and they said to contact children's services. Please can someone ring me back asap on 07700 900 842 - I'm staying with him.

Gary Northcott
Tenancy Enforcement Officer, Bay Homes

Sent from my Galaxy
""")
    top = plain_top(f, addr("Gary Northcott", "g.northcott@bayhomes.example"), BMASH,
                    "Boy found alone in flat - Quay View Paignton", when, "bayhomes.example", None)
    add(f, mail(f, top, body, cte="base64", crlf=False), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Mason Crocker")], ["neglect", "school_attendance"], None, None, [],
        None, "alert_duty",
        W("torbay", "other", True,
          "A FAMILY THAT 'MOVED AWAY WITH NO FORWARDING ADDRESS' - except a 9-year-old was found today, alone in the "
          "abandoned flat at a housing forced entry: no electricity, no food but dry cereal, mum gone since Monday with "
          "no working number, out of school 'since the summer'. A housing officer is sitting with him in a van. Phone "
          "mail (base64, LF), no alarm word. Urgent -> alert_duty. A housing officer's report, no step -> other. Mason "
          "named in full, age only -> dob null. neglect (left alone without food or heat) + school_attendance "
          "(missing education since the summer)."),
        not_children=["Gary Northcott"])

def torbay_06():
    f = "torbay_06.eml"; when = "2084-03-06 06:00:04"
    text = T("""
TORBAY EDUCATION DATA SERVICE - AUTOMATED REPORT
Weekly Children Missing Education (CME) tracker - week commencing Monday 6 March

This report is generated automatically from the CME register. Do not reply to this message.

Summary
  New CME referrals this week ................. 0
  Open CME cases .............................. 2
    - traced, awaiting confirmation from receiving local authority ... 2
  Children not seen for 10+ school days ...... 0
  Children with whereabouts unknown .......... 0
  Cases closed this week ...................... 3
    - traced to a new school in another local authority ............. 2
    - returned to roll in Torbay ................................... 1
  New elective home education notifications .. 1 (visit booked within 10 working days)

Open cases by status
  CME-0311  traced to Cornwall - confirmation requested 01/03
  CME-0314  traced to Somerset - confirmation requested 02/03

No case on the register meets the criteria for escalation this week.

To change your subscription, contact edudata@torbay.gov.uk.
""")
    rows = "".join("<tr><td style='padding:2px 8px'>%s</td><td style='padding:2px 8px;text-align:right'>%s</td></tr>\n"
                   % (esc(a), esc(b)) for a, b in [
                       ("New CME referrals this week", "0"), ("Open CME cases", "2"),
                       ("Children not seen for 10+ school days", "0"), ("Children with whereabouts unknown", "0"),
                       ("Cases closed this week", "3"), ("New elective home education notifications", "1")])
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body "
         "style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10pt\">\n<p><b>TORBAY EDUCATION DATA SERVICE - "
         "AUTOMATED REPORT</b><br>Weekly Children Missing Education (CME) tracker - week commencing Monday 6 March</p>\n"
         "<p>This report is generated automatically from the CME register. Do not reply to this message.</p>\n"
         "<table style=\"border-collapse:collapse;border:1px solid #bbb\">\n" + rows + "</table>\n"
         "<p>Open cases: CME-0311 traced to Cornwall (confirmation requested 01/03); CME-0314 traced to Somerset "
         "(confirmation requested 02/03).</p>\n<p>No case on the register meets the criteria for escalation this "
         "week.</p>\n<p style=\"font-size:8pt;color:#777\">To change your subscription, contact "
         "edudata@torbay.gov.uk.</p>\n</body></html>\n")
    top = [("From", "Torbay Education Data Service <noreply.edudata@torbay.gov.uk>"), ("To", addr("Early Help", BEH)),
           ("Subject", "Weekly CME tracker - w/c 6 March"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "edudata.torbay.gov.uk")),
           ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")]
    add(f, alt_mail(f, top, text, h), "torbay", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        W("torbay", "auto_reply", False,
          "NEAR MISS - AN AUTOMATIC CME TRACKER DIGEST (Auto-Submitted: auto-generated, Precedence: bulk) at 06:00 on a "
          "Monday: 'Children not seen for 10+ school days', 'whereabouts unknown', CME cases - all 0 or traced; 'No "
          "case on the register meets the criteria for escalation'. Read under safety rule 1 but reporting no current "
          "risk; no child named (CME register numbers are no case ids). DESIGN: auto-submitted -> auto_reply -> "
          "ignore."))

def torbay_07():
    f = "torbay_07.eml"; when = "2084-03-01 10:05:37"
    ack = ack_text("step-down", "[SB-torbay-3312]", [
        "Child: Lily-Grace Honeywill (DOB 03/11/2070) - LCS-3391206",
        "Triage: a slot will be confirmed once the request is complete"],
        ["your team manager's analysis confirming the threshold for level 3 intervention is met"])
    body = T("""
Hi,

Please find attached my team manager's analysis for Lily-Grace's step down. Mark has agreed the step down and confirms the threshold for level 3 is met - it's all in the attachment.

Could you let me know the triage slot when it's booked?

Thanks
Laura

Laura Chudleigh
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 614
""") + quote("Early Help <%s>" % BEH, "Monday, February 28, 2084 2:11 PM",
             "Chudleigh, Laura <Laura.Chudleigh@%s>" % BDOM, "[SB-torbay-3312] Step-down received - Honeywill", ack)
    tm = pdf_att("TM analysis - Honeywill.pdf", "Team manager's analysis - Lily-Grace Honeywill (LCS-3391206)", [
        "The CIN plan's outcomes have been achieved; no further need for statutory intervention.",
        "Remaining needs (attendance support, mum's debt advice) are at level 3.",
        "I agree the step down. Threshold for level 3 met. - Mark Tapper, Team Manager, 28/02."])
    top = outlook_top(f, addr("Chudleigh, Laura", "Laura.Chudleigh@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-3312] Step-down received - Honeywill", when)
    add(f, mail(f, top, body, [tm], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-3391206"], [ch("Lily-Grace Honeywill", "2070-11-03", "03/11/2070")],
        [], None, True, [], None, "attach_to_request",
        W("torbay", "follow_up", False,
          "Outlook reply to [SB-torbay-3312] adding the team manager's analysis (.pdf): 'Mark has agreed the step down "
          "and confirms the threshold for level 3 is met' -> manager true. follow_up -> attach_to_request, missing []. "
          "Child, DOB and LCS id from the quoted acknowledgement (its 'What is missing:' line is stepbot's); nothing of "
          "concern in the new text."),
        not_children=["Laura Chudleigh", "Mark Tapper"])

def torbay_08():
    f = "torbay_08.eml"; when = "2084-01-10 16:20:55"
    add(f, itip_reply(f, when, "Ellen Stidston", "Ellen.Stidston@" + BDOM, ("Early Help", BEH), "TENTATIVE",
                      "Under-5s triage - Widdicombe - LCS-3390417", "20840118T113000", "20840118T120000",
                      "Microsoft Teams Meeting",
                      comment="I may be in court that morning - if so my TM Rachel Hext will attend in my place."),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-3390417"], [], [], None, None, [], None, "record_reply",
        W("torbay", "meeting_reply", False,
          "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the social worker for torbay_01's under-5s triage slot (Tue 18 "
          "Jan 11:30, a fortnightly under-5s Tuesday); a COMMENT that her team manager will attend in her place (seed "
          "002: 'Team Manager to attend in Social Worker absence'); SUMMARY carries LCS-3390417. record_reply."),
        not_children=["Ellen Stidston", "Rachel Hext"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2084-01-12 14:35:50"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent for the Bevan children, following my discussion with Sian Pritchard at yesterday's Tuesday drop-in. This is a step down at Level 3 ("Intensive") for the sibling group.

Isaac Bevan - DOB 19/03/2071 - Mosaic 731204
Tilly Bevan - DOB 04/08/2074 - Mosaic 731205
Frankie Bevan - DOB 11/11/2079 - Mosaic 731206
Mum: Leanne Bevan, Holly Cottage, Titley, near Kington

Last year the family moved three times between rented cottages in the north of the county, and for most of the summer term the older two were on no school roll at all - they were referred as children missing education and traced in September. Since 1 November all three have been on roll (Frankie at the pre-school) and the C&F assessment has closed with no need for statutory work. What remains: Isaac's attendance (86%, he is behind after the gap), mum's anxiety, and keeping the family linked in now that they have a settled tenancy.

Key person: Ceri Watkins, Family Support Worker, Arrow Valley Primary School - agreed with mum and with Ceri on 10 January.

Many thanks,

Rhiannon Probert
Social Worker | Children in Need Team (North) | Herefordshire Council
01632 960 417

""") + HDISC
    plan = docx_att("EHA step down plan - Bevan children.docx", [
        "# Early Help Assessment - Step Down plan (sibling group)",
        "Children: Isaac Bevan (19/03/2071), Tilly Bevan (04/08/2074), Frankie Bevan (11/11/2079).",
        "What are we worried about? Isaac's attendance and catch-up; mum's anxiety; isolation in a rural area.",
        "What's working well? Settled tenancy since October; all three on roll; mum engages well with school.",
        "Wellbeing plan - what needs to happen, by whom: catch-up tuition for Isaac (school, by Easter); "
        "GP review of mum's anxiety (mum, February); transport support for pre-school (Early Help, now).",
        "Key person: Ceri Watkins, Family Support Worker, Arrow Valley Primary School."])
    consent = pdf_att("Signed consent - Bevan family.pdf", "Early Help consent form", [
        "I, Leanne Bevan, give my consent to my family receiving Early Help and to information being shared with the "
        "Early Help Co-ordinator team and the key person.",
        "Children: Isaac, Tilly and Frankie Bevan.",
        "Signed: L. Bevan. Date: 10/01. Witnessed: R. Probert, Social Worker."])
    top = outlook_top(f, addr("Probert, Rhiannon", "Rhiannon.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan sibling group (Level 3)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["731204", "731205", "731206"],
        [ch("Isaac Bevan", "2071-03-19", "19/03/2071"), ch("Tilly Bevan", "2074-08-04", "04/08/2074"),
         ch("Frankie Bevan", "2079-11-11", "11/11/2079")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        W("herefordshire", "step_down", False,
          "Complete Herefordshire sibling-group step-down (one request for three children, as the seed allows): EHA "
          "step-down plan .docx, signed consent form .pdf ('my consent to my family receiving Early Help' -> consent "
          "true, consent_form met), key person named with her agency -> book_meeting; 'Level 3' written. The family "
          "that moved three times and whose children were MISSING EDUCATION last summer were traced and are on roll "
          "since November (history); Isaac's 86% -> school_attendance; mum's anxiety -> parental_mental_health. "
          "Mosaic ids after the label -> bare numbers."),
        not_children=["Rhiannon Probert", "Sian Pritchard", "Leanne Bevan", "Ceri Watkins"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2084-01-31 18:55:12"
    body = T("""
Dear Sir or Madam,

I do not know who else to write to. I found this address on the Herefordshire Council website under "worried about a child".

My granddaughter is Sophie Lloyd. She is 14 (born 2 May 2069). She lives with my daughter, Kelly Lloyd, and my daughter's partner, Wayne, at 8 Linton Close, Bromyard.

In October my daughter took Sophie out of Bromyard Downs High School and said she would teach her at home. Since then I have NOT been allowed to see Sophie at all, and as far as I know nobody else has either. She has no tutor and no books that I know of. Her phone was taken off her before Christmas.

At 4.40 this afternoon I had a message on Facebook from Sophie, sent from her friend Chloe's phone. I have copied it exactly:

"nan its me. he makes me sleep in the car again hes took my coat and my duvet. he said if i come in the house hell break my arm. please dont ring mum she'll tell him. ive been out here since sunday nights"

The forecast for Bromyard tonight is minus 4.

I drove over at 5.30. My daughter would not open the door and said through the window that Sophie was "at a friend's". Wayne's car was on the drive with the windows all misted up on the inside and a blanket over the back window. I was too frightened to go and look and I came home.

Please will somebody go tonight. My telephone number is 01632 960 188 and my mobile is 07700 900 271.

Yours faithfully,
Margaret Lloyd (Mrs)
""")
    top = plain_top(f, addr("Margaret Lloyd", "margaret.lloyd.bromyard@mail.example"), addr("MASH", HMASH),
                    "Please help my granddaughter tonight - Sophie Lloyd, Bromyard", when, "mail.example", None)
    add(f, mail(f, top, body, html_alt=True, crlf=False), "herefordshire", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Sophie Lloyd", "2069-05-02", "2 May 2069")],
        ["neglect", "physical_harm", "school_attendance"], None, None, [], None, "alert_duty",
        W("herefordshire", "other", True,
          "A GIRL TAKEN OFF ROLL FOR HOME EDUCATION WHOM NOBODY HAS SEEN SINCE OCTOBER, in her grandmother's formal "
          "words at 18:55 (out of hours), quoting the girl's message word for word: made to sleep in a car since Sunday "
          "night without her coat or duvet, threatened 'if i come in the house hell break my arm', minus 4 tonight; the "
          "mother will not open the door and the car has a blanket over the window. No alarm word. Urgent -> "
          "alert_duty (the Emergency Duty Team at this hour). A relative's report, no step -> other. DOB written '2 May "
          "2069'. neglect, physical_harm, school_attendance (off roll, no education seen). Chloe (first name only) is a "
          "friend, Wayne and Kelly Lloyd adults."),
        not_children=["Margaret Lloyd", "Kelly Lloyd"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2084-02-22 10:20:39"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Good morning,</div>
<div>&nbsp;</div>
<div>I am the attendance officer at Minster Vale Academy. Jake's family have a step-down plan open with your team, so I wanted to update you before Thursday's MAG, as I know Jake's name was on our list of pupils "not seen".</div>
<div>&nbsp;</div>
<div><b>Jake Powell-Hughes, Year 8, DOB 15/09/2070</b></div>
<div>&nbsp;</div>
<div>Jake had been absent for 19 school days since 24 January. Our first-day calls went unanswered, a neighbour told our attendance assistant that the curtains had been shut for days, and we were about to make a children missing education referral and ring MASH.</div>
<div>&nbsp;</div>
<div>However, on Friday we received a letter from Jake's GP (Dr Nasreen Ahmed, Leominster Medical Practice) confirming that Jake had his appendix removed at Hereford County Hospital on 23 January, developed a post-operative abscess and was readmitted for a week, and is signed off school until Monday 6 March. Mum had changed her phone number and had not updated it with us.</div>
<div>&nbsp;</div>
<div>Yesterday afternoon our Education Welfare Officer and I made a home visit. We saw Jake in the living room and spoke with him; he was cheerful, showed us his scar and is bored. The curtains were shut because he has been sleeping downstairs on the sofa. Mum was very apologetic and we now have her new number. Work is being sent home and his form tutor will phone him weekly.</div>
<div>&nbsp;</div>
<div>We have no concerns and are not making a referral - this is just so your records are up to date.</div>
<div>&nbsp;</div>
<div>Kind regards,</div>
<div>Julie Hammond</div>
<div>Attendance Officer | Minster Vale Academy, Leominster</div>
<div>01632 960 230</div>
</body></html>
""")
    top = outlook_top(f, addr("Julie Hammond", "j.hammond@minstervale.hereford.sch.example"),
                      addr("Early Help Co-ordinators", HEH), "Jake Powell-Hughes (Y8) - absence update - GP letter",
                      when, mid_domain="minstervale.hereford.sch.example")
    add(f, html_only(f, top, h), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [ch("Jake Powell-Hughes", "2070-09-15", "15/09/2070")], [], None, None,
        [], None, "human_review",
        W("herefordshire", "other", False,
          "NEAR MISS - A CHILD OFF SICK WITH A GP LETTER (HTML-only): 19 days absent, first-day calls unanswered, "
          "curtains shut, a CME referral and a call to MASH about to be made - then a GP letter (appendicectomy and "
          "readmission, signed off until 6 March) and a home visit yesterday where Jake was seen and spoken to; 'We "
          "have no concerns and are not making a referral'. Not urgent; authorised medical absence -> no "
          "school_attendance. A school's update, no request -> other. Jake named with his DOB -> labelled."),
        not_children=["Julie Hammond", "Nasreen Ahmed"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2084-03-02 12:05:18"
    body = T("""
Hi all,

Step down for Nia Prosser, DOB 27/01/2076, Mosaic 734480 - discussed with Sian at Tuesday's drop-in (22 February).

Nia (8) lives with mum, Carys, and dad, Rhodri, in Ross-on-Wye. Dad had a major stroke in the summer and needs help with most personal care. Last term Nia was kept home on dad's bad days to help mum, and the school raised it with us. Since mum's care package and the young carers worker started, Nia's attendance this term is 94% and she is going to the young carers club. There's no need for us to stay involved, but Nia still does a lot at home and mum is exhausted, so an Early Help plan makes sense.

Plan: attached (step down plan with the wellbeing plan - what needs to happen, by whom, timescales).

Key person: Gareth Lewis, Young Carers Worker, Wye Valley Young Carers - he has agreed with mum to take this on.

Consent: mum agreed to Early Help over the phone on Tuesday. I'm taking the consent form out to her on Monday for her to sign and will send it straight over.

Thanks,
Hywel

Hywel Jenkins
Social Worker | Children with Disabilities and CIN (South) | Herefordshire Council
01632 960 583

""") + HDISC
    plan = docx_att("Step down plan - Nia Prosser.docx", [
        "# Early Help Assessment - Step Down plan",
        "Child: Nia Prosser (27/01/2076). Mosaic 734480.",
        "What are we worried about? The amount of care Nia gives dad; mum's exhaustion.",
        "What's working well? Care package in place; attendance 94% this term; young carers club weekly.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale: young carers assessment review (Gareth "
        "Lewis, March); respite for mum via the carers' centre (mum, April); school to check in with Nia weekly.",
        "Key person: Gareth Lewis, Wye Valley Young Carers."])
    top = outlook_top(f, addr("Jenkins, Hywel", "Hywel.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Nia Prosser - Mosaic 734480", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["734480"], [ch("Nia Prosser", "2076-01-27", "27/01/2076")],
        ["young_carer"], True, None, ["consent_form"], None, "request_info",
        W("herefordshire", "step_down", False,
          "Herefordshire step-down with the plan .docx and a key person named with his agency, but consent only BY "
          "PHONE ('mum agreed to Early Help over the phone ... I'm taking the consent form out to her on Monday') -> "
          "consent true, written consent_form missing -> request_info. No level written -> null. A CHILD KEPT HOME TO "
          "CARE last term, now 94% -> young_carer (attendance no longer poor)."),
        not_children=["Hywel Jenkins", "Gareth Lewis"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2084-02-16 11:12:27"
    body = T("""
MASH - I'm asking for the Hemming children to be stepped up to social care today. I know we'd normally go through the TAF but I don't think this can wait. My manager Delyth Evans agrees.

Willow Hemming, DOB 19/09/2083 (5 months)
Reuben Hemming, DOB 02/02/2080
Early Help record Mosaic 735012
Mum: Jade Hemming. Static caravan 2, Lower Mill Farm, near Pembridge. Mum's partner: Dean (don't know surname).

I've been working with the family since November because of Reuben's nursery attendance. Willow has never been brought to any health appointment since she was born - no 6-8 week check, no immunisations, she isn't registered with a GP, and the health visitor has had no answer at the caravan four times. I've only ever seen her asleep in a car seat.

This morning at 10.20 mum opened the caravan door a little way with Willow in her arms. Willow was floppy, grey around her lips, her eyes were half open and she didn't look at me or make any sound at all. Mum said she's "been sleepy since Sunday" and "won't take her bottle". I asked mum to come with me to the GP or to A&E right now and offered to drive. She said no and shut the door. Her partner came back in the van at 10.50.

I'm parked at the farm gate and I'll stay until someone calls me - 07700 900 459. Reuben is at nursery until 3.

Bethan

Bethan Morris
Family Support Worker | Early Help (West) | Herefordshire Council

Get Outlook for iOS
""")
    top = plain_top(f, addr("Bethan Morris", "Bethan.Morris@" + HDOM), addr("MASH", HMASH),
                    "Step up today - Hemming - baby not well", when, HDOM, None,
                    cc=addr("Delyth Evans", "Delyth.Evans@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["735012"],
        [ch("Willow Hemming", "2083-09-19", "19/09/2083"), ch("Reuben Hemming", "2080-02-02", "02/02/2080")],
        ["neglect", "non_engagement"], None, True, [], None, "alert_duty",
        W("herefordshire", "step_up", True,
          "A BABY NEVER BROUGHT TO ANY APPOINTMENT since birth (not registered with a GP, no checks, HV no access x4), "
          "seen this morning floppy, grey around the lips, unresponsive, not feeding since Sunday; the mother refused "
          "the GP or A&E and shut the door; the worker is waiting at the farm gate. Outlook for iOS, no alarm word. "
          "Urgent -> alert_duty. A step-up to Herefordshire, whose seed defines none: without the risk it would be "
          "human_review; missing [] for an undefined kind. 'My manager Delyth Evans agrees' -> manager true. 'Mosaic "
          "735012' -> bare number. neglect (an unwell baby kept from medical care) + non_engagement."),
        not_children=["Bethan Morris", "Delyth Evans", "Jade Hemming"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2084-02-04 15:30:45"
    entries = [
        ("A.R.", "Y3", "CME referral 10/01 (left with no forwarding address)",
         "Traced to a primary school in Powys; seen in school 01/02 by the Powys CME officer. Closed."),
        ("K.M.", "Y9", "New EHE notification 14/01",
         "EHE visit done 27/01 - suitable provision, young person seen. Closed to CME."),
        ("L.T.", "Y6", "Not seen 10+ days",
         "Off sick - GP letter received (pneumonia); seen at home by the EWO 02/02. Returning 07/02."),
        ("D.W.", "Y11", "Not seen 10+ days",
         "Returned to roll 31/01 after a managed move. Attending."),
        ("S.P. and M.P.", "Y2 / Reception", "CME referral 21/01 (moved out of county)",
         "Receiving LA (Worcestershire) confirmed school places from 26/01. Closed."),
        ("T.B.", "Y7", "Not seen 10+ days",
         "Family holiday during term time (unauthorised) - returned 31/01, seen in school. Fixed penalty considered."),
        ("J.O.", "Y4", "New arrival",
         "School place offered 28/01, starts 07/02. Family seen at the admissions meeting."),
    ]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % tuple(esc(x) for x in e)
                   for e in entries)
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,sans-serif;font-size:10pt}td,th{border:1px solid #8a8a8a;padding:3px 6px;vertical-align:top;font-size:9.5pt}th{background:#DCE6F1;text-align:left}</style></head>
<body>
<p>Dear Early Help Co-ordinators,</p>
<p>Here is the fortnightly Children Missing Education / "not seen" list for Thursday's MAG. Initials only, as usual - full details are on the CME register.</p>
<table style="border-collapse:collapse">
<tr><th>Initials</th><th>Year</th><th>Reason on list</th><th>Status at 04/02</th></tr>
""") + rows + T("""
</table>
<p><b>Every child on this list has been seen or accounted for. No child is currently unaccounted for, and there is nothing for MASH.</b></p>
<p>Best wishes,<br>Paula Kerr<br>Attendance and CME Officer | Education Welfare Service | Herefordshire Council<br>01632 960 719</p>
</body></html>
""")
    text = ("Dear Early Help Co-ordinators,\n\nHere is the fortnightly Children Missing Education / \"not seen\" list "
            "for Thursday's MAG. Initials only, as usual - full details are on the CME register.\n\n"
            "Initials\tYear\tReason on list\tStatus at 04/02\n"
            + "".join("\t".join(e) + "\n" for e in entries)
            + "\nEvery child on this list has been seen or accounted for. No child is currently unaccounted for, and "
              "there is nothing for MASH.\n\nBest wishes,\nPaula Kerr\nAttendance and CME Officer | Education Welfare "
              "Service | Herefordshire Council\n01632 960 719\n")
    top = outlook_top(f, addr("Kerr, Paula", "Paula.Kerr@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "CME / not seen list for MAG - w/e 4 February - all accounted for", when)
    add(f, alt_mail(f, top, text, h), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        W("herefordshire", "other", False,
          "NEAR MISS - AN ATTENDANCE OFFICER'S ROUTINE LIST (HTML table with a tab-separated twin): seven children on "
          "the fortnightly CME / 'not seen' list - 'left with no forwarding address', 'Not seen 10+ days', a new EHE "
          "notification - every one traced, seen or accounted for ('No child is currently unaccounted for, and there "
          "is nothing for MASH'). Not urgent. Initials only -> no children; no request -> other; no concerns."),
        not_children=["Paula Kerr"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2084-03-09 13:48:22"
    ack = ack_text("step-down", "[SB-herefordshire-7740]", [
        "Children: Tyler Morgan-Davies (DOB 12/06/2075, Mosaic 732911); Lola Morgan-Davies (DOB 25/01/2079, Mosaic 732912)",
        "Key person: Sarah Bayliss, Family Support Worker, Hampton Dene Primary School"],
        ["the family's written consent (the signed consent form)"])
    body = T("""
Hi,

Signed consent form attached for Tyler and Lola - mum signed it at my visit on Tuesday.

Owen

P.S. Just had a call from Hampton Dene as I was sending this. Tyler came into school this morning for the first time since before Christmas (mum had been ringing in "chest infection" every week). He has a burn across the back of his left hand, wrapped in cling film. He told his teacher his stepdad held his hand on the radiator "because I came out of my room when I wasn't allowed". He's asking not to go home - his stepdad picks him up at 3.15 on Thursdays. I'm ringing the MASH now but I wanted it on this record too.

Owen Bufton
Social Worker | Children in Need Team (Hereford City) | Herefordshire Council
01632 960 642
""") + quote("Early Help Co-ordinators <%s>" % HEH, "Monday, March 6, 2084 3:02 PM",
             "Bufton, Owen <Owen.Bufton@%s>" % HDOM, "[SB-herefordshire-7740] Step-down received - Morgan-Davies",
             ack) + "\n" + HDISC
    form = pdf_att("Consent form signed - Morgan-Davies.pdf", "Early Help consent form", [
        "I give my consent to my family receiving Early Help and to information being shared with the key person.",
        "Children: Tyler Morgan-Davies, Lola Morgan-Davies.",
        "Signed: N. Morgan. Date: 07/03. Witnessed: O. Bufton, Social Worker."])
    top = outlook_top(f, addr("Bufton, Owen", "Owen.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-7740] Step-down received - Morgan-Davies", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["732911", "732912"],
        [ch("Tyler Morgan-Davies", "2075-06-12", "12/06/2075"), ch("Lola Morgan-Davies", "2079-01-25", "25/01/2079")],
        ["physical_harm", "school_attendance"], True, None, [], None, "alert_duty",
        W("herefordshire", "follow_up", True,
          "THE RISK IS IN A P.S. under a routine reply adding the signed consent form: A CHILD KEPT HOME FOR WEEKS "
          "('chest infection') came back to school today with a burn across his hand - 'his stepdad held his hand on "
          "the radiator' - and the stepdad collects him at 3.15 today. No alarm word. DESIGN safety rule 1 -> urgent "
          "-> alert_duty, before attach_to_request. follow_up to [SB-herefordshire-7740]; 'mum signed it' -> consent "
          "true. Children, DOBs and Mosaic ids from the quoted acknowledgement. physical_harm + school_attendance."),
        not_children=["Owen Bufton", "Sarah Bayliss"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2084-02-03 16:40:11"
    add(f, google_reply(f, when, "Kate Gwilliam", "kate.gwilliam.sw@gmail.example", ("Early Help Co-ordinators", HEH),
                        "DECLINED", "Step-down drop-in [SB-herefordshire-7781]", "20840208T093000Z",
                        "20840208T100000Z", "Microsoft Teams", "Tue 8 Feb 2084 09:30 - 10:00 (GMT)",
                        note="Sorry - I'm in court that morning. Could I have a slot on Tuesday 15th instead?"),
        "herefordshire", "early_help_duty", when, 5,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        W("herefordshire", "meeting_reply", False,
          "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, with a note asking for another Tuesday, for a step-down "
          "drop-in slot (Tue 8 Feb 09:30, UTC = GMT); no case id in the SUMMARY. record_reply."),
        not_children=["Kate Gwilliam"])


# ============================================================================= self-checks
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

# England & Wales bank holidays in 2084 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day (Saturday 1 January) is observed on MONDAY 3 JANUARY; Good Friday 24 March;
# Easter Monday 27 March; May Day Monday 1 May; Spring Bank Holiday Monday 29 May; Late Summer Bank Holiday Monday
# 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December. (2083's Christmas Day and Boxing Day
# fell at a weekend and were observed on Monday 27 and Tuesday 28 December 2083.)
BANK_HOLIDAYS = {date(2083, 12, 27), date(2083, 12, 28),
                 date(2084, 1, 3), date(2084, 3, 24), date(2084, 3, 27), date(2084, 5, 1), date(2084, 5, 29),
                 date(2084, 8, 28), date(2084, 12, 25), date(2084, 12, 26)}
IN_WINDOW = {}                                                   # no bank holiday falls inside the spring term
EASTER = {date(2084, 3, 24): "Good Friday", date(2084, 3, 27): "Easter Monday"}     # the two days after the window
NEW_YEAR = {date(2084, 1, 3): "New Year's Day (observed)"}                          # the day before the window
# The brief's window is "early January to the start of the Easter holidays 2084". 1 January 2084 is a Saturday and
# the bank holiday is observed on Monday 3 January, so the term starts on TUESDAY 4 JANUARY. Easter Sunday is
# 26 March 2084; the Easter holidays start on Good Friday 24 March, so the last day of term is THURSDAY 23 MARCH.
WINDOW = (datetime(2084, 1, 4, tzinfo=LON), datetime(2084, 3, 23, 23, 59, 59, tzinfo=LON))
# BST 2083 ended at 01:00 UTC on Sunday 31 October 2083; BST 2084 begins at 01:00 UTC on Sunday 26 March 2084
# (Easter Sunday), after the window: every Date in the set is GMT (+0000).
BST_START = datetime(2084, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_PREV_END = datetime(2083, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2084

def expected_offset(d):
    return "+0000" if BST_PREV_END <= d.astimezone(UTC) < BST_START else "+0100"

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

def _exts(msg):
    return sorted(p.get_filename().rsplit(".", 1)[1] for p in _att(msg))

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _hour(msg):
    return _date(msg).astimezone(LON).hour

def _quoted_lines(msg):
    return "\n".join(l for l in _plain(msg).split("\n") if l.startswith(">"))

def _unquoted(msg):
    return "\n".join(l for l in _plain(msg).split("\n") if not l.startswith(">"))

def _pdf_text(msg):
    from pypdf import PdfReader
    import io
    return " ".join(pg.extract_text() for p in _att(msg, lambda p: p.get_content_type() == "application/pdf")
                    for pg in PdfReader(io.BytesIO(p.get_payload(decode=True))).pages)

def _docx_text(msg):
    return " ".join(docx_parts(p.get_payload(decode=True))[0] for p in _att(msg, lambda p: p.get_content_type() == DOCX))

def _flowed(msg):
    return any(p.get_param("format") == "flowed" for p in msg.walk() if p.get_content_type() == "text/plain")

def _single_b64_lf(msg):
    raw = msg.get_payload()
    return (not msg.is_multipart() and msg["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in msg.get_payload(decode=True))

CUSTOM = [
    ("knowsley_01.eml", "form .docx + minutes .pdf + toolkit .pdf; exactly 5 WD; Cc MASH business support",
     lambda m: _exts(m) == ["docx", "pdf", "pdf"] and _wd("knowsley_01.eml") == 5 and KBS in str(m["Cc"])),
    ("knowsley_02.eml", "Word table with the three headings; 3 WD but 5 plain weekdays across Good Friday / Easter Monday",
     lambda m: all(h in _html(m) for h in ("What are we worried about?", "What is working well?",
                                           "What needs to happen?")) and "MsoTableGrid" in _html(m)
     and (_wd("knowsley_02.eml"), _pw("knowsley_02.eml")) == (3, 5)),
    ("knowsley_03.eml", "iPhone format=flowed reply; the children only in the quoted acknowledgement; no alarm words",
     lambda m: _flowed(m) and "Tyler-Jay Gorman" in _quoted_lines(m) and "Tyler-Jay Gorman" not in _unquoted(m)
     and _no_alarm(m)),
    ("knowsley_04.eml", "sweep report with a PDF; 'No child was identified as missing education'; initials only",
     lambda m: _exts(m) == ["pdf"] and "No child was identified as missing education" in _plain(m)),
    ("knowsley_05.eml", "plain Outlook text only (no HTML, no attachment); 7 WD",
     lambda m: not m.is_multipart() and _wd("knowsley_05.eml") == 7),
    ("knowsley_07.eml", "no attachment; no alarm words; after school hours",
     lambda m: not _att(m) and _no_alarm(m) and _hour(m) >= 16),
    ("knowsley_08.eml", "the episode 'is closed'; GCP2 attached; 4 WD but 6 plain weekdays across Easter",
     lambda m: "That episode is closed" in _plain(m) and any("GCP2" in p.get_filename() for p in _att(m))
     and (_wd("knowsley_08.eml"), _pw("knowsley_08.eml")) == (4, 6)),
    ("richmond_wandsworth_01.eml", "the rationale heading only in the quoted worker's email below the rule",
     lambda m: SEP in _plain(m) and "Rationale for step up" in _plain(m).split(SEP, 1)[1]
     and "Rationale for step up" not in _plain(m).split(SEP, 1)[0]),
    ("richmond_wandsworth_02.eml", "a neighbour before 09:00; no alarm words; the girl has no surname",
     lambda m: _hour(m) < 9 and _no_alarm(m) and "Lili or Lily" in _plain(m)),
    ("richmond_wandsworth_03.eml", "case summary .docx + draft plan .pdf; glandular fever and the GP letter",
     lambda m: _exts(m) == ["docx", "pdf"] and "glandular fever" in _plain(m)),
    ("richmond_wandsworth_04.eml", "Word table with a Mosaic column; consent 'think about it'",
     lambda m: "MsoTableGrid" in _html(m) and ">Mosaic<" in re.sub(r"<span[^>]*>|</span>", "", _html(m))
     and _exts(m) == ["docx", "pdf"]),
    ("richmond_wandsworth_07.eml", "the covering note routine; the burn and the move only in the forwarded block; "
     "no alarm words anywhere",
     lambda m: all(w not in _plain(m).split(SEP, 1)[0] for w in ("burn", "iron", "tonight"))
     and all(w in _plain(m).split(SEP, 1)[1] for w in ("iron", "leaving for \"up north\" tonight")) and _no_alarm(m)),
    ("richmond_wandsworth_08.eml", "Thunderbird '> ' quoted reply, 7bit",
     lambda m: m["X-Mailer"] == "Mozilla Thunderbird" and "> Reference: [SB-richmond_wandsworth-5140]" in _plain(m)),
    ("tower_hamlets_01.eml", "GP mail, Importance high; the NHS number is present and not labelled",
     lambda m: m["Importance"] == "high" and "999 614 1873" in _plain(m) and not _exp("tower_hamlets_01.eml")["case_ids"]),
    ("tower_hamlets_03.eml", "the scenarios are in the .docx and marked fictional",
     lambda m: "fictional" in _docx_text(m) and "Scenario A" in _docx_text(m) and "Scenario A" not in _plain(m)),
    ("tower_hamlets_04.eml", "HTML-only with a MARF; the manager has not agreed",
     lambda m: _no_plain(m) and _exts(m) == ["pdf"] and "my manager has not agreed the step-up" in html_text(_html(m))),
    ("tower_hamlets_05.eml", "the cupboard and the ruler only in the MARF; the covering mail routine; no alarm words",
     lambda m: all(w not in body_text(m) for w in ("cupboard", "ruler"))
     and all(w in _pdf_text(m) for w in ("cupboard", "ruler")) and _no_alarm(m)),
    ("tower_hamlets_07.eml", "health visitor's reply over the quoted acknowledgement",
     lambda m: "Aisha Begum" in _quoted_lines(m) and "Was Not Brought" in _unquoted(m)),
    ("tower_hamlets_08.eml", "children by first name only", lambda m: "Rafi and Mim" in _plain(m)),
    ("torbay_01.eml", "Single Assessment PDF with the TM's analysis; a child under 5",
     lambda m: "Team manager's analysis" in _pdf_text(m)
     and age_years(date(2081, 5, 17), _today("torbay_01.eml")) < 5),
    ("torbay_02.eml", "iPhone, before 09:00, the child's text quoted; no alarm words",
     lambda m: _flowed(m) and _hour(m) < 9 and "took all her tablets" in _plain(m) and _no_alarm(m)),
    ("torbay_03.eml", "HTML-only EHE report", lambda m: _no_plain(m) and "suitable and efficient" in html_text(_html(m))),
    ("torbay_05.eml", "phone mail: one base64 text/plain part, LF; no alarm words",
     lambda m: _single_b64_lf(m) and _no_alarm(m)),
    ("torbay_06.eml", "auto-generated bulk digest at 06:00; no child named",
     lambda m: m["Auto-Submitted"] == "auto-generated" and m["Precedence"] == "bulk" and _hour(m) == 6),
    ("torbay_08.eml", "Outlook TENTATIVE", lambda m: "PARTSTAT=TENTATIVE" in readable(m)),
    ("herefordshire_02.eml", "a grandmother after 17:00; the girl's message quoted; no alarm words",
     lambda m: _hour(m) >= 17 and "hell break my arm" in _plain(m) and _no_alarm(m)),
    ("herefordshire_03.eml", "HTML-only school mail; GP letter", lambda m: _no_plain(m) and "GP" in html_text(_html(m))),
    ("herefordshire_05.eml", "Outlook for iOS; no alarm words", lambda m: "Get Outlook for iOS" in _plain(m)
     and _no_alarm(m)),
    ("herefordshire_06.eml", "HTML table of seven entries by initials", lambda m: _html(m).count("<tr>") == 8),
    ("herefordshire_07.eml", "the burn only after 'P.S.'; signed consent PDF; no alarm words",
     lambda m: "radiator" in _plain(m).split("P.S.", 1)[1] and "radiator" not in _plain(m).split("P.S.", 1)[0]
     and _exts(m) == ["pdf"] and _no_alarm(m)),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows I'm sending this", "consent", None),
    ("knowsley_02.eml", "Mum has given consent for Family First to be involved", "consent", True),
    ("knowsley_05.eml", "Mum has agreed to school taking the lead", "consent", True),
    ("knowsley_07.eml", "she agrees this needs to go to you today as a step up", "manager_agreed", True),
    ("knowsley_08.eml", "Mum has agreed to the step up", "consent", True),
    ("knowsley_08.eml", "agreed it with me in supervision", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum knows we are making this request", "consent", None),
    ("richmond_wandsworth_03.eml", "both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "think about it over half term", "consent", None),
    ("richmond_wandsworth_07.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "so consent is now given", "consent", True),
    ("tower_hamlets_02.eml", "Both parents have consented to the step down", "consent", True),
    ("tower_hamlets_04.eml", "Dad agrees to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "my manager has not agreed the step-up", "manager_agreed", False),
    ("tower_hamlets_05.eml", "has agreed the step-up", "manager_agreed", True),
    ("torbay_01.eml", "Mum has consented to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "agreed on the phone 5 mins ago that it goes to you now", "manager_agreed", True),
    ("torbay_02.eml", "there's no consent", "consent", None),
    ("torbay_04.eml", "does not give consent to a referral to MASH", "consent", False),
    ("torbay_04.eml", "I'll get Colin's sign-off when he's back", "manager_agreed", None),
    ("torbay_07.eml", "Mark has agreed the step down", "manager_agreed", True),
    ("herefordshire_01.eml", "consent to my family receiving Early Help", "consent", True),
    ("herefordshire_04.eml", "mum agreed to Early Help over the phone", "consent", True),
    ("herefordshire_05.eml", "My manager Delyth Evans agrees", "manager_agreed", True),
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
        CUSTOM.append((f, "the why names the rule: council, seed file and REQUIREMENTS / DESIGN",
                       lambda m, lab=lab: ("| Rule: " + NAME[lab["authority"]]) in lab["why"]
                       and SEED[lab["authority"]] in lab["why"]
                       and ("REQUIREMENTS.md" in lab["why"] or "DESIGN" in lab["why"])))

# The whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_05.eml", "herefordshire_07.eml", "knowsley_03.eml",
                  "knowsley_07.eml", "richmond_wandsworth_02.eml", "richmond_wandsworth_07.eml", "torbay_02.eml",
                  "torbay_05.eml", "tower_hamlets_05.eml"]    # tower_hamlets_01's GP signs as "Safeguarding Lead"
COUNTS_EXPECTED = {          # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_02.eml": (3, 5), "knowsley_05.eml": (7, 7), "knowsley_08.eml": (4, 6)}
CROSSING_BH_EXPECTED = ["knowsley_02.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_02.eml", "knowsley_08.eml"]      # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the `holidays` package is required (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2083, 2084])
    ref = {d for d in pkg if d.weekday() < 5 and (d.year == 2084 or d >= date(2083, 12, 1))}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if d.year == 2084 and ("Easter" in pkg.get(d) or "Good Friday" in pkg.get(d))}
    if easter != EASTER:
        errors.append("set: Easter 2084 is %s, expected %s" % (easter, EASTER))
    ny = {d: pkg.get(d) for d in pkg if d.year == 2084 and d.month == 1}
    if set(ny) != {date(2084, 1, 1), date(2084, 1, 3)} or date(2084, 1, 1).weekday() != 5:
        errors.append("set: New Year 2084 should be Saturday 1 January, observed Monday 3 January: %s" % ny)
    # the window: the first weekday after the observed New Year's Day, to the day before Good Friday
    good_friday = min(EASTER)
    if not (WINDOW[0].date() == date(2084, 1, 4) and WINDOW[0].weekday() == 1
            and WINDOW[0].date() - timedelta(days=1) in NEW_YEAR
            and WINDOW[1].date() == good_friday - timedelta(days=1) == date(2084, 3, 23) and WINDOW[1].weekday() == 3
            and good_friday.weekday() == 4 and good_friday + timedelta(days=2) == date(2084, 3, 26)):
        errors.append("set: the window must run from Tuesday 4 January to Thursday 23 March 2084")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2084, 3) and BST_PREV_END.date() == last_sun(2083, 10)):
        errors.append("set: BST must end on the last Sunday of October 2083 and start on the last Sunday of March 2084")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(0):
            errors.append("set: %s has offset %s, the window must be GMT throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
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
    if QUIET_EXPECTED and quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(EASTER):
        errors.append("set: the decisive counts must cross Good Friday and Easter Monday")
    if set(offsets) != {"+0000"}:
        errors.append("set: Date offsets %s (the window is GMT throughout: all +0000)" % offsets)
    # every category appears for every authority; both mailboxes and every kind are used
    for a in NAME:
        cats = {CATS[l["file"]] for l in LABELS if l["authority"] == a}
        if cats != {"urgent", "near_miss", "ordinary"}:
            errors.append("set: %s lacks a category (%s)" % (a, cats))
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
