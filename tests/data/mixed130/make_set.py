#!/usr/bin/env python3
"""mixed130: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2041 (Tuesday 23 April - Friday 19 July 2041), in letters and mails written to the family
with the council's inbox copied in, and mails that speak to two audiences at once: a school's letter to a parent
cc'd to MASH, a health visitor's letter to mum forwarded with one line on top, practitioners writing to the parent
and the duty inbox in one mail, a solicitor's letter, GP practice letters, housing letters, a nursery's letter, a
police victim-update letter, a Cafcass letter, a young person's own mail to her head of year with MASH in cc,
parents' reply-alls, a parent's calendar reply and a parent's holiday auto-reply. The risk, when there is one, is
often softened because the family will read it.

Window: the summer term of 2041. Easter Monday is 22 April 2041, so the term starts on Tuesday 23 April; it ends on
Friday 19 July 2041 (checked: a Friday). The whole window is British Summer Time (+0100): BST began at 01:00 UTC on
Sunday 31 March 2041 and ends at 01:00 UTC on Sunday 27 October 2041. England & Wales bank holidays from the
`holidays` package: Good Friday 19 April and Easter Monday 22 April fall just before the window; inside it are the
Early May bank holiday (Monday 6 May) and the Spring Bank Holiday (Monday 27 May, the start of half-term week).
Two Knowsley notice counts are decided by a bank holiday (knowsley_01 across 6 May, knowsley_08 across 27 May: 5
plain weekdays but 4 working days); two more cross one without being decided by it.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML,
PDF, .docx, iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification
(DESIGN.md, REQUIREMENTS.md, the seeds and the policy packs); the self-checks only verify them against its rules and
STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (23 April - 19 July 2041) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 31 March 2041 and ends on Sunday 27 October 2041. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2041, 4, 2, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers from earlier sets (kept)
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


# ----------------------------------------------------------------------------- more helpers from earlier sets
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



# ============================================================================= helpers from mixed27
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




# ============================================================================= helpers added for mixed130
def gmail_alt(f, top, text, atts=()):
    """Gmail (web or Android): multipart/alternative, a 7bit/QP text part and a <div dir="ltr"> HTML twin; quoted
    lines ('> ') become a gmail_quote blockquote in the HTML."""
    lines = text.rstrip("\n").split("\n")
    new, old = [], []
    for l in lines:
        (old if (l.startswith(">") or old) else new).append(l)
    h = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in new) + "</div>"
    if old:
        h += ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + "".join("<div>%s</div>" % (esc(re.sub(r"^> ?", "", l)) or "<br>") for l in old)
              + "</blockquote></div>")
    h += "\n"
    cte = "7bit" if text.isascii() else "quoted-printable"
    alt = multipart("alternative", [text_part(text, cte=cte), text_part(h, "html", cte=cte)], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def gmail_top(f, frm, to, subject, when, cc=None, reply_to_mid=None, extra=None):
    h = []
    h += [("From", frm), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", "<CA+%s@mail.gmail.com>" % sha(f, "gm")[:40])]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Subject", hdr(subject)), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return h + (extra or [])

def iphone_quote(sender_line, text):
    """The 'On ..., X wrote:' attribution and '> ' quote an iPhone reply puts under the new text."""
    return "\n\n%s\n\n%s" % (sender_line, quoted(text))

def letter_html(letterhead, sub, paras, colour="#1F3864", footer=""):
    """A hand-written HTML letter (a school, nursery or practice system's mail): a coloured letterhead table, then
    paragraphs ('' = spacer)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#222222">\n'
           '<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:%s;color:#FFFFFF;'
           'padding:14px 18px"><span style="font-size:16pt;font-weight:bold">%s</span><br>\n<span style="font-size:9pt">'
           '%s</span></td></tr>\n<tr><td style="padding:16px 18px">\n' % (colour, esc(letterhead), esc(sub))]
    for p in paras:
        if p == "":
            continue
        out.append("<p style=\"margin:0 0 10px 0\">%s</p>\n" % "<br>\n".join(esc(l) for l in p.split("\n")))
    out.append('</td></tr>\n')
    if footer:
        out.append('<tr><td style="padding:8px 18px;border-top:1px solid #CCCCCC;font-size:8pt;color:#666666">%s'
                   '</td></tr>\n' % esc(footer))
    out.append("</table>\n</body></html>\n")
    return "".join(out)

def letter_text(letterhead, sub, paras, footer=""):
    return "\n\n".join([letterhead + "\n" + sub] + [p for p in paras if p != ""] + ([footer] if footer else [])) + "\n"


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2041-05-01 16:20:37"
    blocks = [
        "Hi Leanne,",
        "",
        "And hello to the Family First duty team, who I've copied in as I said I would. I'm writing one email to "
        "both of you on purpose, Leanne, so you can see exactly what I'm sending them - there's nothing in here we "
        "haven't already talked about.",
        "",
        "As we agreed at the Child in Need review on Monday (29 April), social care is going to step back and Family "
        "First will take over at {{Level 3}}, with a Family First case manager as your lead worker. You signed the "
        "Family First consent form at the end of the review - thank you.",
        "",
        ("h", "Who this is about"),
        ("table", [["Name", "Date of birth", "School / nursery"],
                   ["Jayden Doyle", "11/02/2031", "St Joseph's Catholic Primary, Year 5"],
                   ["Amelia-Rose Doyle", "23/09/2036", "Little Stars Nursery, Kirkby"]]),
        "",
        "ICS: ICS-2043718 (both children are on the one episode)",
        "",
        ("h", "The joint home visit"),
        "Date: Wednesday 8 May 2041",
        "Time: 10.00am",
        "Where: your house - 27 Cherryfield Drive, Kirkby, L32 9ZQ",
        "It will be me and a Family First case manager, and it should take about an hour.",
        "",
        ("h", "What are we worried about?"),
        "Jayden's attendance is 81% this year and he has been late most Mondays, so he keeps missing the start of "
        "maths. Leanne, you've told me yourself how low you have felt since your mum died in January, and that some "
        "mornings you can't face the school run. You've started seeing the GP about it, which is a big step.",
        "",
        ("h", "What is working well?"),
        "You have never missed a meeting with me. Your sister Gemma takes Jayden to school on Mondays now, and he "
        "has been on time for the last three. Amelia-Rose is settled and happy at nursery and her key worker says "
        "she is 'a little chatterbox'. The house is warm and the children are well looked after.",
        "",
        ("h", "What needs to happen?"),
        "A Family First case manager to pull together a TAF with school, nursery and your GP. A morning routine plan "
        "for Jayden, with Gemma's Mondays written into it. You to carry on with the GP and the bereavement group at "
        "the Kirkby hub on Thursdays.",
        "",
        "Family First colleagues - the visit is a week today. I know that's tight; if it needs to move, please ring "
        "me rather than cancel, as Leanne has booked the day off work for it.",
        "",
        "Thanks both,",
        "Hannah",
        "",
        "Hannah Rigby",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0372",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Rigby, Hannah", "Hannah.Rigby@" + KDOM), addr("Leanne Doyle", "leanne.doyle@example.com"),
                      "Next steps for you and the children - Family First (Level 3)", when,
                      cc=addr("Family First 0-18 Duty Mailbox", KFF), mid_domain="DB9P265MB1937.GBRP265.PROD.OUTLOOK.COM")
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-2043718"],
        [ch("Jayden Doyle", "2031-02-11", "11/02/2031"), ch("Amelia-Rose Doyle", "2036-09-23", "23/09/2036")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "TWO AUDIENCES, ONE MAIL: the social worker writes to mum (To) and the Family First duty mailbox (Cc) at once. "
        "A Knowsley Level 3 step-down ('Level 3' stated -> level 3): joint home visit with date, time and venue, all "
        "three Signs of Safety headings answered, 'You signed the Family First consent form' -> consent true; "
        "nothing missing (REQUIREMENTS, Knowsley step_down level 3). NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, "
        "DECISIVE: from Wed 1 May the visit on Wed 8 May is 'a week today' (5 plain weekdays) but Mon 6 May is a bank "
        "holiday, so only 4 working days (2, 3, 7, 8 May) < 5 -> notice not ok -> request_info. Concerns: 81% "
        "attendance -> school_attendance; mum's low mood since a bereavement -> parental_mental_health. No manager "
        "statement -> null (not required at level 3). Case id written with its prefix 'ICS-2043718'.",
        meeting=date(2041, 5, 8), not_children=["Leanne Doyle", "Hannah Rigby"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2041-05-09 13:42:11"
    head, sub = "St Aidan's CE Primary School", "Pilch Lane, Huyton, L36 9ZT | Tel 0151 496 0811 | Headteacher: Mr P Garrity"
    paras = [
        "Thursday 9 May 2041",
        "Dear Mrs Kavanagh,",
        "I am writing to let you know about something that happened in school today, because I promised Ellis I "
        "would tell you myself, and because I said on the phone at lunchtime that I would put it in writing.",
        "During PE this morning Mr Sharrock noticed marks on both of Ellis's upper arms: a line of four or five round "
        "purple bruises on each arm, each about the size of a fingertip. Ellis also has a swelling above his left ear "
        "which is tender to touch. When his teacher asked him what had happened, Ellis said that Dad grabbed him by "
        "the arms last night and pushed him down the stairs because he had wet the bed again, and that he banged his "
        "head on the radiator at the bottom. He said Dad told him not to tell anyone or 'it'll be worse next time'. "
        "When we asked how he was feeling, Ellis said he doesn't want to go home tonight 'in case it's a wet night'.",
        "As we explained, we have to pass on anything a child tells us like this, so I have copied this letter to "
        "Knowsley MASH, and someone from Children's Services may be in touch with you. This is not about blaming "
        "anyone; we want Ellis and all of you to get the right help.",
        "Ellis will be in class as normal this afternoon and will be ready for collection at 3.15pm. You told me that "
        "Dad will be collecting him today, as you are on a late shift at the hospital until 10pm.",
        "Pupil: Ellis Kavanagh, Year 3 (Mrs Devlin's class), date of birth 14/06/2033.",
        "Kind regards,",
        "Mrs J Fairhurst\nDeputy Headteacher (DSL)\nSt Aidan's CE Primary School",
    ]
    foot = "This email and any attachments are for the named recipients only. St Aidan's CE Primary School, Huyton."
    top = outlook_top(f, addr("Mrs J Fairhurst", "j.fairhurst@staidans-huyton.example.org"),
                      addr("Claire Kavanagh", "claire.kavanagh@example.com"), "Ellis - letter from school", when,
                      cc=addr("Knowsley MASH", KMASH), mid_domain="AM9P191MB1402.EURP191.PROD.OUTLOOK.COM")
    add(f, alt_mail(f, top, letter_text(head, sub, paras, foot), letter_html(head, sub, paras, "#6B1E3A", foot)),
        "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ellis Kavanagh", "2033-06-14", "14/06/2033")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A SCHOOL'S LETTER TO A PARENT, CC'D TO MASH: written kindly for mum ('not about blaming "
        "anyone'), but the facts are a 7-year-old's fresh fingertip bruises to both arms and a head swelling, his "
        "account that Dad grabbed him and pushed him down the stairs last night with a threat of 'worse next time', "
        "and Dad collecting him alone at 3.15pm today while mum works until 10pm -> immediate risk in office hours -> "
        "alert_duty. None of the alarm words is used. A school's letter is no step request -> kind other; "
        "consent/manager null; no requirements -> missing []; concerns physical_harm.",
        not_children=["Claire Kavanagh"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2041-04-30 10:05:52"
    body = T("""
Hi all,

Donna - as promised, I'm copying you in so you can see exactly what I'm sending to the MASH team. Nothing in here is anything we haven't talked about, and you'll get the same papers in the post.

MASH colleagues - please find attached the step up request (Appendix 1), the Graded Care Profile 2 that Donna and I completed together on 24 April, and the minutes of the last TAF meeting (16 April).

The step up TAF meeting is Wednesday 8 May 2041 at 10am on Teams. I've sent the calendar invite to the MASH inbox and MASH business support, and invited the current TAF members (school, health visitor and the housing officer).

My team manager, Shauna Cregan, has discussed the step up with me and agreed it.

Children:
Kieran Nolan - 12/01/2032
Bella Nolan - 30/08/2035
Ruby Nolan - 19/03/2039

EHM case ID: EHM-57219

Why we are asking for a step up: home conditions have got worse since Christmas despite the TAF plan. There has been no working cooker since February, the children's beds have no bedding, Ruby's weight has dropped from the 25th to the 9th centile and she has missed two health visitor checks. Kieran's attendance is 74% and Bella's is 83%. The GCP2 scores are 4 for nutrition, housing and hygiene, and 3 for health.

Donna, I know you were upset that the form uses the word "neglect". That is the name of the tool we use and the box it ticks - it is not a judgement on how much you love the children, which nobody doubts.

To be clear, as I said to Donna on Friday: the time in February when the children were found at home on their own was looked into by the police and social care at the time, it has not happened again, and there is no suggestion that anyone is in immediate danger now. This is about getting more help in, not about taking anyone away.

Donna knows this is being sent today.

Thanks,
Callum

Callum Whitty
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0549

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-57219"),
        ("Has this family recently closed to Children's Social Care?:", "No - closed in 2039"),
        ("Date of step up TAF meeting:", "Wednesday 8 May 2041, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Donna attends TAF meetings; the house has not changed"),
        ("Recent TAF meeting minutes attached:", "Yes - 16 April 2041"),
        ("What are we worried about? Current Concerns (Impact on child):",
         "Neglect of the children's basic care: no cooker, no bedding, Ruby's weight falling, poor attendance."),
        ("Past Harm:", "February 2041 - children found home alone; police and CSC looked into it, not repeated."),
        ("Complicating Factors:", "Rent arrears; Donna's mobility since her operation."),
        ("What is working well? Existing Strengths:", "Donna attends every TAF; the children are close to her."),
        ("What next? Goals / Next Steps:", "C&F assessment; cooker and beds through the local welfare scheme."),
        ("Graded Care profile (If neglect should be completed):", "Completed 24/04/2041 - attached"),
        ("Agreement by line manager:", "Shauna Cregan, Team Manager, agreed 26/04/2041"),
        ("Contingency plan (Smart and timely):", "Daily checks by school; HV weekly weigh-in for Ruby."),
    ])
    gcp = make_pdf("Graded Care Profile 2 - summary of scores - Nolan family", [
        "Completed by: Callum Whitty with Donna Nolan, 24/04/2041", "Family: Kieran, Bella and Ruby Nolan",
        "Area 1 Physical care - nutrition: 4", "Area 1 Physical care - housing: 4", "Area 1 Physical care - hygiene: 4",
        "Area 1 Physical care - health: 3", "Area 2 Safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3",
        "Overall: 4 in physical care. GCP2 indicates neglect of basic physical care."])
    minutes = make_docx(["# TAF meeting minutes - Nolan family - 16 April 2041",
                         "Present: Donna Nolan (mum), Callum Whitty (FF case manager, chair), Mrs Ryder (school), "
                         "Sue Kenny (health visitor), Tom Ashe (housing)",
                         "1. Home conditions: no change since March; cooker still broken.",
                         "2. Ruby weighed at clinic 10/04: now on the 9th centile.",
                         "3. Attendance: Kieran 74%, Bella 83%.",
                         "4. Agreed: Callum to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Whitty, Callum", "Callum.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Nolan family - EHM-57219 - TAF Wed 8 May 10am", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Donna Nolan", "donna.nolan@example.com")]))
    add(f, mail(f, top, body, atts=[docx_att("FF Step Up request to CSC - Nolan - EHM-57219.docx", form),
                                     binary_part("application/pdf", "GCP2 - Nolan - 24.04.2041.pdf", gcp),
                                     binary_part(DOCX, "TAF minutes - Nolan - 16.04.2041.docx", minutes)],
                html_alt=True),
        "knowsley", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-57219"],
        [ch("Kieran Nolan", "2032-01-12", "12/01/2032"), ch("Bella Nolan", "2035-08-30", "30/08/2035"),
         ch("Ruby Nolan", "2039-03-19", "19/03/2039")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS - A PAST HOME-ALONE EPISODE, LOOKED INTO AND NOT REPEATED, in a step-up the parent is copied into: "
        "'found at home on their own' in February, 'looked into by the police and social care at the time, it has not "
        "happened again', 'no suggestion that anyone is in immediate danger now' -> historic and negated -> not urgent. "
        "Complete Knowsley step-up (REQUIREMENTS, knowsley step_up): Appendix 1 form (.docx), GCP2 (.pdf) for the "
        "neglect concern, TAF minutes (.docx), EHM-57219, 'Shauna Cregan, has discussed the step up with me and agreed "
        "it' -> manager true, TAF 'Wednesday 8 May 2041 at 10am'. Notice: from Tue 30 Apr the working days are 1, 2, "
        "3, 7, 8 May (Mon 6 May is a bank holiday) = exactly 5 -> ok (6 plain weekdays) -> book_meeting. 'Donna knows "
        "this is being sent' is not consent -> null (not required). Concerns neglect, school_attendance (74%, 83%).",
        meeting=date(2041, 5, 8), not_children=["Donna Nolan", "Callum Whitty", "Shauna Cregan"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2041-05-17 14:32:08"
    body = T("""
Dear Mr Obi,

Please find attached my letter about the final Child in Need meeting for Daniel and Samuel, as promised when we spoke on Wednesday.

I've copied in the Family First duty team, because they need exactly the same details - the letter is written for you, but it has everything they need too.

Kind regards,

Ruth Kinsella
Social Worker | Children with Disabilities Team | Knowsley Council
Tel: 0151 496 0630

""") + KDISC
    letter = make_pdf("Knowsley Council - Children's Social Care - Children with Disabilities Team", [
        "Mr Emeka Obi, 41 Sandfield Crescent, Prescot, L34 9ZW                     17 May 2041",
        "Our ref: ICS-2061935",
        "",
        "Dear Mr Obi,",
        "Re: Daniel Obi (date of birth 05/11/2030) and Samuel Obi (date of birth 30/01/2036)",
        "Thank you for meeting me on Wednesday. As we agreed, social care will close at the final Child in Need",
        "meeting, and the boys' school will carry on supporting your family at Level 2 through an Early Help plan.",
        "You have given your consent for the school to take this on.",
        "The final Child in Need meeting: Tuesday 28 May 2041 at 2.00pm, at Prescot Family Hub, Eccleston Street,",
        "Prescot, L34 9ZX (school is closed for half term that week, so we will meet at the hub instead).",
        "Your Lead Practitioner from then on will be Mrs Alison Tiernan, Inclusion Lead at Prescot Park Primary",
        "School, who knows both boys well.",
        "What are we worried about? Samuel's cerebral palsy means he needs a lot of care at night, and Daniel (10)",
        "does more of it than a boy his age should - he is often tired at school. Samuel is waiting for his",
        "wheelchair assessment and his EHCP review is overdue.",
        "What is working well? You have sorted the respite nights with Acorn House, and Daniel now goes to the young",
        "carers' club on Tuesdays, which he loves. Both boys are happy, well cared for and close to you.",
        "What needs to happen? Mrs Tiernan to chair a TAF plan with the wheelchair service and the SEND team; the",
        "EHCP review to be booked before the summer; Daniel to keep his Tuesday club and have a school carer's card.",
        "If anything changes before the 28th, please ring me.",
        "Yours sincerely,",
        "Ruth Kinsella, Social Worker",
        "cc: Family First 0-18 Duty Team (FamilyFirst0-18DutyMailbox@knowsley.gov.uk)"])
    top = outlook_top(f, addr("Kinsella, Ruth", "Ruth.Kinsella@" + KDOM), addr("Emeka Obi", "emeka.obi@example.com"),
                      "Letter - final Child in Need meeting for Daniel and Samuel", when,
                      cc=addr("Family First 0-18 Duty Mailbox", KFF))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Letter to Mr Obi - final CIN meeting 28.05.2041.pdf",
                                                 letter)]),
        "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2061935"],
        [ch("Daniel Obi", "2030-11-05", "05/11/2030"), ch("Samuel Obi", "2036-01-30", "30/01/2036")],
        ["disability_send", "young_carer"], True, None, [], True, "book_meeting",
        "THE SOCIAL WORKER'S LETTER TO DAD, ATTACHED AS A PDF AND COPIED TO THE DUTY MAILBOX: the covering mail says "
        "nothing; everything is in the letter. Knowsley Level 2 step-down ('at Level 2' -> level 2): final CIN meeting "
        "with date, time and venue ('Tuesday 28 May 2041 at 2.00pm, at Prescot Family Hub'), all three Signs of Safety "
        "headings, and the Lead Practitioner named with her organisation (Mrs Alison Tiernan, Inclusion Lead at Prescot "
        "Park Primary School) -> nothing missing (REQUIREMENTS, knowsley step_down level 2). Consent stated as given "
        "-> true (not required at level 2). Notice: Fri 17 May -> Tue 28 May = 6 working days (20-24 May, 28 May; "
        "Mon 27 May is the Spring Bank Holiday; 7 plain weekdays) -> ok -> book_meeting. Concerns: Samuel's cerebral "
        "palsy and EHCP -> disability_send; Daniel's night-time caring -> young_carer.",
        meeting=date(2041, 5, 28), not_children=["Emeka Obi", "Alison Tiernan", "Ruth Kinsella"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2041-05-16 08:52:40"
    orig = T("""
Hi MASH team,

Thanks for the acknowledgement. As you asked, I've attached the Engaging Families toolkit again (it didn't come through on the first email), and the TAF minutes from 2 May.

Kelly - I've copied you in, as I said I would, so you can see everything I send them.

Children: Tayla Doran (10/10/2030) and Lucas Doran (02/02/2038)
EHM-56780
Step up TAF: Wednesday 22 May, 10am, Teams.

The worries are Kelly's drinking at weekends and the children's attendance. Shane (the children's dad) has a non-molestation order and hasn't been around since January.

Thanks
Nicola

Nicola Brennan
Family First Case Manager | Knowsley Council
""")
    new = T("""
I know you said you'd copy me in so I'm just replying to everyone. Please dont send the police round or ring the house he will know it was me.

Shane came back Sunday night and he's been here since. Last night he was drinking and he put his hands round my neck in front of Tayla and when she screamed he threw her phone at the wall and said he'd do the same to her. He's took my keys and my purse and he's said if I go anywhere with the kids he will find us.

He's gone the shop now and he'll be back in 10 mins. Tayla is off school today because she won't leave me and Lucas is in bed.

Kelly

Sent from my iPhone
""")
    text = new + iphone_quote("On 15 May 2041, at 17:02, Nicola Brennan <Nicola.Brennan@knowsley.gov.uk> wrote:", orig)
    top = plain_top(f, addr("Kelly Doran", "kellydoran.x@example.com"), addr("Nicola Brennan", "Nicola.Brennan@" + KDOM),
                    "Re: [SB-knowsley-3318] Step-up request - Doran family - EHM-56780", when, "icloud.com", None,
                    cc=", ".join([addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)]),
                    extra=[("In-Reply-To", msgid(f + "-prev", KDOM)), ("References", msgid(f + "-prev", KDOM))])
    top = [(k, v) for k, v in top if k != "X-Mailer"] + [("X-Mailer", "iPhone Mail (21F90)")]
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-56780"],
        [ch("Tayla Doran", "2030-10-10", "10/10/2030"), ch("Lucas Doran", "2038-02-02", "02/02/2038")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A PARENT'S REPLY-ALL: mum, copied into the case manager's follow-up on [SB-knowsley-3318], "
        "replies to everyone from her iPhone: the children's father, barred by a non-molestation order, has been in the "
        "house since Sunday, put his hands round her neck last night in front of the 10-year-old, threatened the child, "
        "took her keys and purse, and is back 'in 10 mins'; both children are at home -> immediate risk -> alert_duty "
        "(a follow_up, but urgent overrides attach_to_request). Children and EHM-56780 from the quoted mail (facts from "
        "the whole message). No consent or manager statement anywhere -> null; a follow_up has no requirements -> "
        "missing [] and no notice. Alcohol is quoted history of the step-up, not this mail's worry -> concerns "
        "domestic_abuse only (substance_misuse could be argued from the quoted part).",
        not_children=["Nicola Brennan"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2041-06-10 11:00:26"
    cover = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
             '<p>Dear Sir or Madam,</p>'
             '<p>Please find attached our letter of today&#39;s date. A copy goes to our client, Mr Heggarty, who is '
             'copied into this email.</p>'
             '<p>Yours faithfully,</p>'
             '<p>Rhys Penhaligon<br>Associate Solicitor, Family Department<br>Mersey Vale Family Law LLP<br>'
             '0151 496 0877</p>'
             '<p style="font-size:8pt;color:#777777">Mersey Vale Family Law LLP is authorised and regulated by the '
             'Solicitors Regulation Authority. This email is confidential and may be legally privileged.</p>'
             '</div></body></html>\n')
    letter = make_pdf("Mersey Vale Family Law LLP - Solicitors", [
        "Knowsley Council, Multi Agency Safeguarding Hub                    10 June 2041",
        "Our ref: RP/HEG/4471    Your ref: not known",
        "Dear Sir or Madam,",
        "Our client: Mr Dean Heggarty",
        "Children: Tyler Heggarty (born 3 March 2032) and Maisie Heggarty (born 17 July 2035)",
        "We act for Mr Heggarty, the children's father, in an application for a child arrangements order.",
        "In 2039 the children's mother made allegations of domestic abuse against our client. Those allegations",
        "were considered at a fact-finding hearing at the Family Court sitting in Liverpool on 2 October 2040",
        "and were found not proven. There are no current proceedings of any kind against our client, and he",
        "has had supervised and then unsupervised contact since January without any concern being raised.",
        "We understand that a record held by your MASH still describes our client as a 'risk to children' and",
        "refers to 'domestic abuse - ongoing'. We ask that you:",
        "1. confirm whether your authority holds records about our client or the children;",
        "2. correct any record which does not reflect the court's findings; and",
        "3. provide copies under Article 15 UK GDPR, for which our client's signed authority is enclosed.",
        "We are not asking your authority to take any step in respect of the children, who live with their",
        "mother and are, so far as our client is aware, well and happy.",
        "We look forward to hearing from you within one month.",
        "Yours faithfully,",
        "Mersey Vale Family Law LLP",
        "cc: Mr D Heggarty (client)"])
    top = outlook_top(f, addr("Rhys Penhaligon", "r.penhaligon@merseyvale-law.example.co.uk"),
                      addr("Knowsley MASH", KMASH),
                      "Our client: Mr Dean Heggarty - request for records about him and his children", when,
                      cc=addr("Dean Heggarty", "deanheggarty@example.com"), mid_domain="LO2P123MB4410.GBRP123.PROD.OUTLOOK.COM")
    root = multipart("mixed", [text_part(cover, "html", crlf=True),
                               binary_part("application/pdf", "Letter to Knowsley MASH - RP-HEG-4471.pdf", letter)],
                     bnd(f, 1))
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Tyler Heggarty", "2032-03-03", "3 March 2032"), ch("Maisie Heggarty", "2035-07-17", "17 July 2035")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A SOLICITOR'S LETTER, COPIED TO THE CLIENT: 'domestic abuse', 'risk to children' - but allegations "
        "from 2039 'found not proven' at a 2040 fact-finding hearing, no current proceedings, contact without concern, "
        "'not asking your authority to take any step', the children 'well and happy' -> nothing current -> not "
        "urgent. A request for records (HTML-only covering mail, the letter as a PDF) -> other -> human_review; the "
        "children are named in full with DOBs written '3 March 2032' and '17 July 2035'; no concern is current -> []; "
        "the solicitor's reference RP/HEG/4471 is no case id; the client's 'signed authority' is no consent.",
        not_children=["Dean Heggarty", "Rhys Penhaligon"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2041-05-02 19:12:45"
    add(f, google_reply(f, when, "Donna Nolan", "donna.nolan@example.com", ("Knowsley MASH", KMASH), "ACCEPTED",
                        "Step-up TAF meeting - Nolan family - EHM-57219 [SB-knowsley-3290]",
                        "20410508T090000Z", "20410508T103000Z", "Microsoft Teams Meeting",
                        "Wed 8 May 2041 10am - 11:30am (BST)",
                        note="I'll be there. Can my sister Jo come with me, she helps me with the kids. Donna"),
        "knowsley", "mash_step_up", when, 5,
        "ordinary", "meeting_reply", False, None, ["EHM-57219"], [], [], None, None, [], None, "record_reply",
        "A PARENT'S CALENDAR REPLY: mum, copied into the step-up (knowsley_03), accepts the step-up TAF meeting from "
        "Gmail - Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, invite.ics) with a note "
        "asking to bring her sister -> meeting_reply -> record_reply. The SUMMARY carries EHM-57219 -> case id; no "
        "child named; nothing in the note is a worry.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2041-05-21 12:30:19"
    body = T("""
Hi Jordan and hi Michelle (and the Family First duty team, who I've put in the "To" line with you two),

I promised I'd send you both the same email I send to Family First, so here it is. If anything in it is wrong, tell me and I'll change it.

As we agreed at the CIN review last Thursday, the plan is for social care to close and for Family First to carry on at Level 3. Michelle, you signed the Family First consent form on Friday, and Jordan, you said you're happy to give it a go - thank you both.

Jordan Pye, born 04/04/2026. ICS-1998402.

Joint home visit (me and a Family First case manager): Tuesday 28 May 2041 at 10am, at home - 5 Larch Close, Huyton, L36 9ZR. That's a week today, in half term, so Jordan you won't miss school.

What are we worried about?
Michelle's anxiety has been bad since she went back to work, and some evenings she can't manage when Jordan loses his temper with his little sister. There are a lot of arguments at home.

What is working well?
Jordan, you've turned things round. Your attendance is back up to 94% (it was 70% in the autumn) and you've been to every session at the boxing club. I know the worries last autumn - you going missing, and the older lads at the retail park - were a big deal for all of you. You haven't been missing once since November, the exploitation screening was closed in January with no further concerns, and the police have told me there is nothing current about you. That part is over, and it's to your credit.

What needs to happen?
A Family First case manager to work with you both on the arguments at home, and to link Michelle with the Talking Therapies group on Wednesdays. Jordan to keep going to boxing and to meet the school mentor every week.

Any questions, ring or text me.

Sam

Sam Okafor
Social Worker | Child in Need Team (Huyton) | Knowsley Council
Mobile: 07700 900481

""") + KDISC
    top = plain_top(f, addr("Okafor, Sam", "Sam.Okafor@" + KDOM),
                    ", ".join([addr("Jordan Pye", "jordanpye26@example.com"), addr("Michelle Pye", "michelle.pye@example.com"),
                               addr("Family First 0-18 Duty Mailbox", KFF)]),
                    "Moving to Family First - Jordan (Level 3)", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-1998402"],
        [ch("Jordan Pye", "2026-04-04", "04/04/2026")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "NEAR MISS - A YOUNG PERSON'S PAST MISSING EPISODES AND EXPLOITATION, NOW CLOSED, told to the 15-year-old "
        "himself: 'you going missing', 'the older lads', 'exploitation screening' - but 'not missing once since "
        "November', 'closed in January with no further concerns', 'nothing current' -> resolved, not urgent, and "
        "neither missing nor exploitation is a current concern. Written to Jordan, Michelle and the duty mailbox "
        "together. Knowsley Level 3 step-down: joint home visit with date, time and venue; three headings; 'you signed "
        "the Family First consent form' -> consent true. Attendance 94% is good -> not a concern; Michelle's anxiety -> "
        "parental_mental_health. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Tue 21 May -> Tue 28 May is 'a week "
        "today' (5 plain weekdays) but Mon 27 May is a bank holiday -> 4 working days (22, 23, 24, 28) < 5 -> notice "
        "not ok -> request_info.",
        meeting=date(2041, 5, 28), not_children=["Michelle Pye", "Sam Okafor"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2041-04-24 10:30:14"
    body = T("""
Dear Ms Adebayo, and MASH colleagues,

I am writing to the MASH Step Up inbox to ask for Tomi and Kemi to be stepped up from Early Help to Children's Services. Ms Adebayo, I have copied you in because I told you I would, and because I think you have a right to read what we say about your family, in the words we use.

Following my reflective discussion with Priya Nair (Early Help Practitioner, copied) on Tuesday, I have agreed as Early Help Team Manager that the family should be stepped up. The latest case summary is attached.

Children:
Tomi Adebayo, DOB 21/01/2029
Kemi Adebayo, DOB 09/09/2033
Mosaic ID: 2218847

Rationale for step up
Early Help has worked with the family since September. Ms Adebayo's depression has got worse since January: she is in bed most days and has stopped taking her medication. Tomi (12) is doing the shopping, getting Kemi (7) ready for school and cooking most evenings, and his own attendance has fallen to 68%. The family has engaged well with Priya, but the plan has not changed things for the children, and we think a Child and Family Assessment is now needed so that Tomi is not carrying this on his own. There is no immediate child protection concern; this is a planned step up.

Ms Adebayo, you told Priya and me that you do not agree with the step up, and I respect that. Your views are written in full in the case summary, and you are welcome to come to the case discussion.

Kind regards,

Marcus Delaney
Early Help Team Manager (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0184

""") + RDISC
    summary = make_docx(["# Latest case summary - Adebayo family - April 2041",
                         "Children: Tomi Adebayo (21/01/2029), Kemi Adebayo (09/09/2033). Mosaic ID 2218847.",
                         "Lead: Priya Nair, Early Help Practitioner, since September 2040.",
                         "Presenting needs: mother's depression; Tomi's caring role; Tomi's attendance 68%.",
                         "Work done: GP liaison, young carers' assessment, Family Hub sessions, school mentor.",
                         "Mother's view (in her words): 'I don't want social workers. I'm getting better. Tomi is a good boy.'",
                         "Children's views: Tomi says he is 'tired all the time'; Kemi says she likes Priya's visits."])
    top = outlook_top(f, addr("Delaney, Marcus", "Marcus.Delaney@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Adebayo family (Mosaic 2218847)", when,
                      cc=", ".join([addr("Funmi Adebayo", "funmi.adebayo@example.com"),
                                    addr("Nair, Priya", "Priya.Nair@" + RDOM)]))
    add(f, mail(f, top, body, atts=[binary_part(DOCX, "Latest case summary - Adebayo - April 2041.docx", summary)], html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2218847"],
        [ch("Tomi Adebayo", "2029-01-21", "21/01/2029"), ch("Kemi Adebayo", "2033-09-09", "09/09/2033")],
        ["parental_mental_health", "school_attendance", "young_carer"], False, True, [], None, "book_meeting",
        "TWO AUDIENCES: the Early Help Team Manager writes to the MASH Step Up inbox and copies the mother in. Complete "
        "Richmond & Wandsworth step-up (seed 000, 'Process to Step Up'): latest case summary attached (.docx), the "
        "rationale pasted under its own heading -> nothing missing -> book_meeting. 'I have agreed as Early Help Team "
        "Manager' -> manager true. 'you do not agree with the step up' -> consent FALSE (stated as refused) - but "
        "consent is no requirement of this step-up, so nothing is missing. 'There is no immediate child protection "
        "concern' (negated) -> not urgent. 'Mosaic ID: 2218847' -> the bare number. Concerns: mum's depression, Tomi's "
        "caring, 68% attendance.",
        not_children=["Funmi Adebayo", "Priya Nair", "Marcus Delaney"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2041-05-14 12:10:03"
    letter = T("""
Dear Chloe,

Thank you for letting me in this morning, and for making me a cup of tea - I know it's been a hard few weeks.

As we discussed, when I weighed Arlo I saw a bruise on his left cheek, about the size of a 5p, and two small bruises behind his left ear, one of them with a little graze. You told me that Dean caught him with his ring while he was changing his nappy last night. Arlo is 11 weeks old and is not rolling over yet, and babies who can't move about on their own very rarely get bruises, so as I explained I need to share what I saw with the Children's Services team today. I know this is upsetting to read.

You told me Dean would be looking after Arlo on his own this afternoon while you go to your appointment at the job centre at 2pm, and that he would have him again tonight while you do your shift at the pub.

Arlo's weight is fine (5.1kg) and he is feeding well - you are doing a great job with the feeds.

I have booked you into the Battersea clinic next Tuesday at 10am, and I will ring you tomorrow.

Baby: Arlo Mason, born 26/02/2041

Best wishes,

Grace Okafor
Health Visitor | Battersea 0-19 Team
07700 900736
""")
    body = "Please see below - copy of what I've sent Chloe. Grace\n" + quote(
        "Okafor, Grace <grace.okafor@nhs-hv.example.org>", "14 May 2041 11:58", "chloe.mason@example.com",
        "Your visit today - Arlo", letter)
    top = outlook_top(f, addr("Okafor, Grace", "grace.okafor@nhs-hv.example.org"), addr("MASH Step Up", RSU),
                      "FW: Your visit today - Arlo", when, mid_domain="CWLP265MB4410.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Arlo Mason", "2041-02-26", "26/02/2041")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A FORWARDED LETTER TO MUM WITH ONE LINE ON TOP: the health visitor's letter is gentle ('you "
        "are doing a great job with the feeds'), but it records bruising to the cheek and behind the ear of an "
        "11-week-old who is not yet rolling, explained as 'caught him with his ring', and the father who gave that "
        "account caring for him alone this afternoon and tonight -> bruising in a non-mobile baby with the carer in "
        "charge today -> immediate -> alert_duty. The facts are only in the quoted part (rule 1: quoted and forwarded "
        "history is read). No alarm word. Not a step request -> other; concerns physical_harm; DOB 26/02/2041.",
        not_children=["Grace Okafor"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2041-05-20 11:20:44"
    text = T("""
Dear Katie, and Early Help duty team,

Katie - as promised, this is the email I am sending to Early Help about stepping down, with you copied in so that you see exactly what they see. Early Help colleagues - thank you, Jasper, for the call this morning: as agreed, the step-down case discussion is on Thursday 23 May at 2pm on Teams, with my team manager Olu Bankole.

Children: Harvey Moss (born 15 July 2031), Mosaic 2230541; Lola Moss (born 2 March 2036), Mosaic 2230542.

Katie, thank you for agreeing to Early Help carrying on with the plan - you told me that at Monday's CIN review, and your words are in the summary. Jo Adeyemi, Family Support Worker at Roehampton Family Hub, has agreed to be your Lead Professional.

I know you worry about what people will read about the past, so I have written it plainly. When we first met in January, the police had been called to the flat after Mr Crane assaulted you, and the children saw some of it. Mr Crane moved to Glasgow in February, the non-molestation order is in place, there has been no contact and no incident since, and MARAC closed its involvement in April. There are no current concerns about domestic abuse.

What Early Help will help with: your anxiety (you are on the Talking Therapies waiting list), Harvey's sleep, and Lola starting school in September.

The latest case summary and the draft plan for Early Help are attached.

Best wishes,
Bethan

--
Bethan Lloyd
Social Worker, Family Support and Child Protection Team (Wandsworth)
Richmond and Wandsworth Councils | 020 7946 0517
""")
    summ = make_pdf("Case summary - Moss family - May 2041", [
        "Children: Harvey Moss (15 July 2031), Lola Moss (2 March 2036). Mosaic 2230541 / 2230542.",
        "Referral (January 2041): police call-out, assault on mother by Mr Crane; children present.",
        "Child and Family Assessment completed; CIN plan from February 2041.",
        "Since February: Mr Crane in Glasgow, non-molestation order, no contact, no incidents.",
        "MARAC: involvement closed April 2041.",
        "Current needs: mother's anxiety; Harvey's sleep; Lola's transition to school.",
        "Mother's view: 'I want to keep Jo. I don't need social care any more.'",
        "Recommendation: step down to Early Help; Lead Professional Jo Adeyemi (Roehampton Family Hub)."])
    plan = make_docx(["# Draft Early Help plan - Moss family",
                      "Lead Professional: Jo Adeyemi, Family Support Worker, Roehampton Family Hub",
                      "1. Katie to take up Talking Therapies; Jo to chase the waiting list. By end of June.",
                      "2. Sleep routine work with Harvey (school nurse). Ongoing.",
                      "3. Transition visits for Lola to Queen's Road Primary. July.",
                      "4. Review meeting within 4 weeks of handover, chaired by the Early Help Manager."])
    t = flowed_part(text, cte="7bit")
    root = multipart("mixed", [t, binary_part("application/pdf", "Case summary - Moss - May 2041.pdf", summ),
                               binary_part(DOCX, "Draft Early Help plan - Moss.docx", plan)],
                     "------------%s" % sha(f, "tb")[:24])
    top = plain_top(f, addr("Bethan Lloyd", "Bethan.Lloyd@" + RDOM),
                    ", ".join([addr("Early Help Duty", RED), addr("Katie Moss", "katie.moss@example.com")]),
                    "Step down to Early Help - Moss family - case discussion Thurs 23 May 2pm", when, RDOM, None,
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, build(top, root, False), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2230541", "2230542"],
        [ch("Harvey Moss", "2031-07-15", "15 July 2031"), ch("Lola Moss", "2036-03-02", "2 March 2036")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - PAST DOMESTIC ABUSE WRITTEN PLAINLY FOR THE MOTHER: an assault in January with the children "
        "present - but the man moved away in February, a non-molestation order, no contact or incident since, MARAC "
        "closed, 'There are no current concerns about domestic abuse' -> historic and negated -> not urgent, not a "
        "current concern. Complete Richmond & Wandsworth step-down (Thunderbird format=flowed, two attachments): case "
        "summary (.pdf), draft plan for Early Help (.docx), 'thank you for agreeing to Early Help carrying on with the "
        "plan' -> consent true -> book_meeting. Case discussion agreed by phone for Thu 23 May (3 days after the "
        "contact). No notice field for this authority -> null. Concern: mum's anxiety -> parental_mental_health.",
        not_children=["Katie Moss", "Jo Adeyemi", "Bethan Lloyd", "Olu Bankole"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2041-05-15 16:45:09"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>'
         'p{margin:0 0 8px 0;font-family:Verdana,sans-serif;font-size:10pt}</style></head><body>\n'
         '<p>Dear Marek, and the Early Help duty team,</p>\n'
         '<p>Marek &ndash; I said I&#39;d write to you and to Early Help together, so here it is. Early Help colleagues '
         '&ndash; I&#39;m writing to start the step-down for Zofia, and I&#39;ll ring your duty manager tomorrow to agree '
         'a time for the case discussion.</p>\n'
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Verdana;'
         'font-size:10pt"><tr><td><b>Child</b></td><td>Zofia Kowalczyk</td></tr>'
         '<tr><td><b>DOB</b></td><td>19.08.2032</td></tr><tr><td><b>Mosaic</b></td><td>2241907</td></tr>'
         '<tr><td><b>School</b></td><td>Southfields Academy (EHCP, autism)</td></tr></table>\n'
         '<p>&nbsp;</p>\n'
         '<p>The latest case summary is attached. Since Zofia&#39;s mum died last year, Marek has done everything '
         'we asked: the school says Zofia&#39;s attendance is good, and the EHCP review went well. What is still needed '
         'is support around Zofia&#39;s autism at home and in the holidays.</p>\n'
         '<p>The draft Early Help plan isn&#39;t ready yet &ndash; I&#39;ll send it to you both next week, once I&#39;ve '
         'met Zofia&#39;s SENCo on Tuesday.</p>\n'
         '<p>Marek, I&#39;ll bring the consent form on Thursday for you to read and sign if you&#39;re happy &ndash; no '
         'pressure before then.</p>\n'
         '<p>Kind regards,<br>Anna Brzezinska<br>Social Worker, Children in Need Team (Wandsworth)<br>'
         'Richmond and Wandsworth Councils &middot; 020 7946 0662</p>\n'
         '<p style="font-size:8pt;color:#808080">%s</p>\n</body></html>\n' % esc(RDISC.strip()))
    summ = make_pdf("Case summary - Zofia Kowalczyk - May 2041", [
        "Zofia Kowalczyk, DOB 19.08.2032, Mosaic 2241907. Lives with her father, Marek Kowalczyk.",
        "Mother died in June 2040. CIN plan since August 2040 (bereavement; father's low mood, now treated).",
        "Zofia is autistic and has an EHCP; attendance 96%.",
        "Outstanding need: autism support at home; holiday provision; a Lead Professional for Early Help."])
    root = multipart("mixed", [text_part(h, "html", crlf=True),
                               binary_part("application/pdf", "Case summary - Kowalczyk - May 2041.pdf", summ)], bnd(f, 1))
    top = outlook_top(f, addr("Brzezinska, Anna", "Anna.Brzezinska@" + RDOM),
                      ", ".join([addr("Marek Kowalczyk", "marek.kowalczyk@example.com"), addr("Early Help Duty", RED)]),
                      "Zofia - stepping down to Early Help", when)
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2241907"],
        [ch("Zofia Kowalczyk", "2032-08-19", "19.08.2032")],
        ["disability_send"], None, None, ["consent", "draft_plan"], None, "request_info",
        "HTML-ONLY MAIL TO DAD AND THE DUTY INBOX TOGETHER: a Richmond & Wandsworth step-down with only the case "
        "summary (.pdf). The draft plan 'isn't ready yet - I'll send it ... next week' -> draft_plan missing; 'I'll "
        "bring the consent form on Thursday for you to read and sign if you're happy' -> consent still to be asked -> "
        "null -> missing (REQUIREMENTS: consent is a requirement here) -> request_info. Child details in an HTML table "
        "(DOB written 19.08.2032). Good attendance is no concern; autism and an EHCP -> disability_send; dad's low "
        "mood 'now treated' is history.",
        not_children=["Marek Kowalczyk", "Anna Brzezinska"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2041-06-07 07:38:52"
    text = T("""
Mr Fenton

I dont know how to say this to your face so im emailing you. You said in assembly we can tell you anything. I put the other email on because its on the poster in the girls toilets.

Mums boyfriend Craig has been coming in my room at night when mum is on nights at the hospital. He gets in my bed and touches me and says its our secret and nobody will believe me anyway because of what happened at my old school. It happened again last night. Mum is on nights again tonight and all weekend and it will just be me and him in the house.

I cant be there tonight. Please dont tell mum I emailed she will go mad at me.

Jade

Jade Okonkwo 10R
""")
    top = gmail_top(f, addr("Jade Okonkwo", "jadeokonkwo.10r@example.com"),
                    addr("Mr T Fenton", "t.fenton@elmhurst-academy.example.org"), "please read this sir", when,
                    cc=RSU)
    add(f, gmail_alt(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Jade Okonkwo")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A YOUNG PERSON'S OWN MAIL TO HER HEAD OF YEAR, WITH THE MASH STEP UP INBOX IN CC (from a "
        "poster): a Year 10 girl writes that her mother's boyfriend gets into her bed and touches her when her mother "
        "works nights, that it happened again last night, and that tonight and all weekend she will be alone in the "
        "house with him -> sexual harm, tonight -> alert_duty. Sent at 07:38 on a Friday, before office hours (the "
        "out-of-hours service at that minute). No alarm word. Not a request -> other; the child named in full (no "
        "DOB); concerns sexual_harm.",
        not_children=["Craig"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2041-04-25 14:10:31"
    add(f, itip_reply(f, when, "Ms Helen Achterberg", "h.achterberg@elmhurst-academy.example.org",
                      ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Adebayo family (Mosaic 2218847) [SB-richmond_wandsworth-4102]",
                      "20410429T100000", "20410429T110000", "Microsoft Teams Meeting",
                      comment="I'll attend for the school. Ms Adebayo has asked whether she can join for the first "
                              "part - I said I'd ask you. Helen Achterberg, DSL"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2218847"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the "
        "school's DSL for richmond_wandsworth_01's case discussion, with a COMMENT passing on the mother's wish to "
        "join -> meeting_reply -> record_reply. 'Mosaic 2218847' in the SUMMARY -> '2218847'.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2041-05-09 15:30:17"
    head, sub = "Putney Vale Medical Practice", "Dr S Iyer, Dr M Boateng, Dr R Collard | 020 7946 0900"
    paras = [
        "9 May 2041",
        "Mrs Sofia Lindqvist\n18 Heathview Gardens, London SW15 9ZD",
        "Dear Mrs Lindqvist,",
        "Re: Noah Lindqvist, DOB 08/12/2039",
        "We are writing following Noah's attendance at the Emergency Department at St George's Hospital on Saturday 4 "
        "May with a scald to his right forearm. The hospital's discharge letter asked us to review the dressing, and to "
        "let the Early Help team who are already working with your family know about the attendance, which is why "
        "they are copied into this letter.",
        "The hospital's paediatric liaison nurse reviewed the attendance, as happens for every child under two with a "
        "burn or scald, and was satisfied that the injury was consistent with your account (Noah pulled a cup of tea "
        "off the coffee table). The check with children's social care found no concerns and no further action was "
        "needed.",
        "The burn is healing well. Please bring Noah to see Practice Nurse Okwu on Thursday 16 May at 9.20am for a "
        "dressing check. If the area becomes red, hot or smelly before then, please call us.",
        "Yours sincerely,",
        "Dr Ravi Collard\nGP Partner",
        "cc: Early Help Duty Team, Richmond and Wandsworth Councils",
    ]
    foot = "Putney Vale Medical Practice - this message may contain confidential patient information."
    text = letter_text(head, sub, paras, foot)
    alt = multipart("alternative", [text_part(text, cte="base64", crlf=True),
                                    text_part(letter_html(head, sub, paras, "#005EB8", foot), "html", cte="base64",
                                              crlf=True)], bnd(f, 1))
    top = plain_top(f, addr("Putney Vale Medical Practice", "putneyvale.practice@nhs-gp.example.org"),
                    addr("Sofia Lindqvist", "sofia.lindqvist@example.com"),
                    "Letter from Putney Vale Medical Practice - Noah Lindqvist", when, "nhs-gp.example.org",
                    "PracticeMail 7.2", cc=addr("Early Help Duty", RED))
    add(f, build(top, alt, True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Noah Lindqvist", "2039-12-08", "08/12/2039")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A GP PRACTICE LETTER TO MUM ABOUT A SCALD ALREADY REVIEWED: a 1-year-old's scald and an Emergency "
        "Department attendance sound alarming, but the liaison nurse 'was satisfied that the injury was consistent with "
        "your account', the social care check 'found no concerns and no further action was needed', and the letter "
        "books a dressing check -> explained accident, risk reviewed -> not urgent. Copied to the Early Help duty "
        "inbox for information -> other -> human_review; no concern. Base64 text and HTML parts.",
        not_children=["Sofia Lindqvist", "Ravi Collard"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2041-05-29 10:02:06"
    body = T("""
Thank you for your email to Elmhurst Academy.

The school is closed for half term from Monday 27 May and reopens on Monday 3 June. The school office is not monitored during the holiday, and your email will be dealt with when we return.

If you have a safeguarding concern about a child, or you believe a child is at immediate risk of harm, please do not wait: contact the MASH on 020 7946 0321, or call 999 in an emergency.

Elmhurst Academy, Wimbledon Park Road, London SW18 9ZE
""")
    add(f, ooo(f, when, "Elmhurst Academy Office", "office@elmhurst-academy.example.org",
               addr("Early Help Duty", RED), "Early Help plan for Zofia", body),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - A SCHOOL'S HALF-TERM AUTO-REPLY WITH SAFEGUARDING BOILERPLATE: 'safeguarding concern', 'immediate "
        "risk of harm', 'call 999 in an emergency' are standing advice, about no child (Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress, 'Automatic reply:') -> not urgent; auto_reply -> ignore (safety rule 2). Dated in "
        "half-term week, Wed 29 May, a working day.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2041-05-07 11:15:33"
    blocks = [
        "Dear Mrs Uddin, and Early Help Hub colleagues,",
        "",
        "Mrs Uddin - this is the email I promised, so you can see what I am sending to Early Help. Yasmin, the "
        "interpreter, will read it through with you in Sylheti when she visits with me on Thursday.",
        "",
        "Early Help colleagues - at the final Child in Need meeting on Thursday 2 May the Child and Family Assessment "
        "concluded that social work is no longer needed, and Mrs Uddin consented to the step-down to Early Help at the "
        "meeting (with the interpreter present). The children are:",
        "",
        ("table", [["Child", "Date of birth", "Mosaic", "School"],
                   ["Ayesha Uddin", "14/02/2030", "3310221", "Bow School, Year 6"],
                   ["Ibrahim Uddin", "03/07/2034", "3310222", "Olga Primary, Year 1"],
                   ["Maryam Uddin", "29/11/2038", "3310223", "Olga Primary nursery"]]),
        "",
        "Lead Practitioner: Ms Nasreen Akhtar, Family Support Worker, Mile End Family Hub - she has agreed to take "
        "the role and knows the family from the stay-and-play sessions.",
        "",
        "I will arrange and chair the TAF meeting on Tuesday 14 May 2041 at 10am at Mile End Family Hub, and the "
        "minutes will go on Mosaic within 10 working days of the assessment ending.",
        "",
        "Attached: the Child and Family Assessment (concluded 02/05/2041) and the draft TAF plan.",
        "",
        "What the plan is about: Mr Uddin's multiple sclerosis has got worse and Ayesha does a lot of his care before "
        "and after school; Ibrahim's attendance is 86%. The family is warm and close, and Mrs Uddin has done everything "
        "the CIN plan asked.",
        "",
        "With thanks,",
        "Shamima Khatun",
        "Social Worker | Children's Social Care (Child in Need, Bow) | London Borough of Tower Hamlets",
        "020 7946 0455",
        "",
        TDISC.strip(),
    ]
    cfa = make_pdf("Child and Family Assessment - Uddin children - concluded 02/05/2041", [
        "Children: Ayesha Uddin (14/02/2030), Ibrahim Uddin (03/07/2034), Maryam Uddin (29/11/2038)",
        "Mosaic: 3310221 / 3310222 / 3310223. Social worker: Shamima Khatun.",
        "Analysis: needs relate to the father's deteriorating MS and the caring role taken on by Ayesha.",
        "No child protection concerns. Parents engaged throughout; interpreter used (Sylheti).",
        "Outcome: step down to a TAF plan with a Lead Practitioner (Nasreen Akhtar, Mile End Family Hub).",
        "Parents' consent to the step-down: given at the final CIN meeting, 02/05/2041."])
    plan = make_docx(["# Draft TAF plan - Uddin family",
                      "Lead Practitioner: Nasreen Akhtar, Family Support Worker, Mile End Family Hub",
                      "1. Young carers' assessment for Ayesha; Bow School young carers' group.",
                      "2. Adult social care review of Mr Uddin's care package.",
                      "3. Attendance support for Ibrahim (Olga Primary).",
                      "4. TAF review every 6 weeks."])
    top = outlook_top(f, addr("Khatun, Shamima", "Shamima.Khatun@" + TDOM),
                      ", ".join([addr("Rehana Uddin", "rehana.uddin@example.com"), addr("Early Help Hub", TEH)]),
                      "Step-down to Early Help - Uddin family - TAF Tue 14 May", when)
    add(f, word_mail(f, top, blocks, atts=[binary_part("application/pdf", "C&F Assessment - Uddin - 02.05.2041.pdf", cfa),
                                           binary_part(DOCX, "Draft TAF plan - Uddin.docx", plan)]),
        "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3310221", "3310222", "3310223"],
        [ch("Ayesha Uddin", "2030-02-14", "14/02/2030"), ch("Ibrahim Uddin", "2034-07-03", "03/07/2034"),
         ch("Maryam Uddin", "2038-11-29", "29/11/2038")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "TWO AUDIENCES: the social worker writes to the mother and the Early Help Hub in one mail (Word HTML with a "
        "MsoTableGrid table of the three children, plain twin tab-separated). Complete Tower Hamlets step-down "
        "(REQUIREMENTS, tower_hamlets step_down): C&F assessment (.pdf), draft TAF plan (.docx), 'Mrs Uddin consented "
        "to the step-down' -> consent true, Lead Practitioner named with her agency -> book_meeting. The social worker "
        "arranges the TAF (Tue 14 May), within 10 working days of the assessment concluding on 2 May; no notice field. "
        "Concerns: Ayesha's caring for her father -> young_carer; 86% -> school_attendance. The father's MS is an "
        "adult's illness, not a child's disability.",
        not_children=["Rehana Uddin", "Nasreen Akhtar", "Shamima Khatun"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2041-06-12 11:05:48"
    body = T("""
Dear Shirin,

I am writing to you and to the MAST team in one email, as we agreed at the Children's Centre this morning, so that you can see exactly what I tell them. Please read it somewhere private, and delete it from your phone afterwards if you need to.

MAST colleagues - Shirin asked me to contact you today and said yes to me doing so. My manager, Nadia Chowdhury (copied), has agreed this step up to Children's Social Care. The completed Multi-Agency Request for Support form is attached.

Children: Samir Rahman (DOB 22/10/2031) and Aliya Rahman (DOB 05/05/2036). Mosaic ID 3298874.

What has happened: the children's father, Faruk Rahman, has been staying at the flat since Sunday, although the family court order made in March - after what he did to Shirin last year - says he must not go there. Last night he hit Samir with a phone charger cable across his back and legs because Samir had not finished his homework. With Samir's and Shirin's agreement I saw his back at the school gate at 8.45 this morning: there are four raised red lines across his lower back, and one on the back of his left leg where the skin is broken. Samir told me, "Dad said next time it will be the belt buckle."

Mr Rahman has told Shirin he will collect both children from Globe Primary at 3.15pm today and take them to his brother's flat in Ilford for the night. The school has not been told about the court order yet; I am ringing them after I send this.

Shirin - none of this is your fault, and asking for help was the right thing to do. I will ring you at 12.30 as we agreed, from a withheld number.

Jamal

Jamal Ahmed
Early Help Practitioner | Early Help and Family Support (Bethnal Green) | London Borough of Tower Hamlets
020 7946 0290

""") + TDISC
    marf = make_pdf("Multi-Agency Request for Support form (MARF) - London Borough of Tower Hamlets", [
        "Date: 12/06/2041    Referrer: Jamal Ahmed, Early Help Practitioner",
        "Children: Samir Rahman (22/10/2031), Aliya Rahman (05/05/2036)   Mosaic ID 3298874",
        "Address: withheld in this form - see Mosaic",
        "Parent/carer aware of and agrees to this request: Yes (mother, 12/06/2041)",
        "Manager agreement: Nadia Chowdhury, Early Help Team Manager, 12/06/2041",
        "Reason for request: father living at the family home in breach of a family court order (March 2041);",
        "9-year-old hit with a charger cable on 11/06/2041 - linear marks seen 12/06/2041, one with broken skin;",
        "father intends to collect both children from Globe Primary at 15:15 on 12/06/2041.",
        "Early Help involvement: since November 2040 (TAF plan - school attendance and housing)."])
    top = outlook_top(f, addr("Ahmed, Jamal", "Jamal.Ahmed@" + TDOM),
                      ", ".join([addr("Shirin Rahman", "shirin.rahman@example.com"), addr("MAST", TMAST)]),
                      "Today - what happens next", when, cc=addr("Chowdhury, Nadia", "Nadia.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "MARF - Rahman children - 12.06.2041.pdf", marf)]),
        "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3298874"],
        [ch("Samir Rahman", "2031-10-22", "22/10/2031"), ch("Aliya Rahman", "2036-05-05", "05/05/2036")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "SAFETY RULE 1 IN A MAIL WRITTEN TO MUM AND MAST AT ONCE: the practitioner writes gently to the mother, but the "
        "facts are a 9-year-old beaten with a charger cable last night (marks seen this morning, broken skin), a "
        "threat of the belt buckle next time, and the father - barred by a court order made after abuse of the mother "
        "- collecting both children at 3.15pm today -> immediate -> alert_duty. Otherwise a complete MAST step-up: "
        "MARF attached (request_for_support), 'My manager ... has agreed this step up' -> manager true, 'said yes to "
        "me doing so' -> consent true -> missing []. No alarm word in the mail or the MARF.",
        not_children=["Shirin Rahman", "Faruk Rahman", "Nadia Chowdhury", "Jamal Ahmed"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2041-05-17 14:20:55"
    body = T("""
Dear Ms Akhter,

Re: Gas safety at Flat 12, Brunton House, Cable Street, London E1 9ZF

I am writing to confirm what has happened with your boiler, as promised, and I have copied in the Early Help Hub because you asked me to - I know your Early Help worker helped you with the heaters while the gas was off.

On 9 May our Gas Safe engineer carried out your annual gas safety check and found that the boiler was producing carbon monoxide. He capped the gas off the same day and fitted a carbon monoxide alarm in the kitchen and one in the hall. You and the children were not affected: the readings in the rooms were normal, and you told us no one had headaches or felt unwell.

A new boiler was fitted on Thursday 16 May and tested: no carbon monoxide was found, and the certificate is enclosed. The flat is now safe to use as normal. Please do not remove or cover the alarms, and press the test button once a month.

I have also credited your rent account with GBP 60 for the week without heating and hot water.

Yours sincerely,

Dean Whitlock
Neighbourhood Housing Officer | Limehouse Homes
020 7946 0731

cc: Early Help Hub, London Borough of Tower Hamlets
""")
    top = plain_top(f, addr("Dean Whitlock", "d.whitlock@limehouse-homes.example.org.uk"),
                    addr("Ms Nazia Akhter", "nazia.akhter@example.com"),
                    "Your boiler - Flat 12 Brunton House", when, "limehouse-homes.example.org.uk", None,
                    cc=addr("Early Help Hub", TEH), extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, build(top, text_part(body, cte="7bit"), False), "tower_hamlets", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HOUSING LETTER TO THE TENANT ABOUT CARBON MONOXIDE, ALREADY DEALT WITH: a boiler producing "
        "carbon monoxide sounds alarming, but it was capped off the same day, alarms fitted, nobody affected, a new "
        "boiler fitted and tested, 'The flat is now safe to use as normal' -> risk managed -> not urgent. Copied to the "
        "Early Help Hub at the tenant's request -> other -> human_review; the children are not named; no concern.",
        not_children=["Nazia Akhter", "Dean Whitlock"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2041-06-18 09:26:12"
    h = letter_html("Little Acorns Nursery", "Roman Road, Bow, London E3 9ZH | 020 7946 0818 | Ofsted EY-reg (example)", [
        "Dear Mr Hussain,",
        "I'm writing to follow up our conversation at drop-off this morning, and I've copied in the Tower Hamlets "
        "MAST team as I told you I would. We may have got this wrong, and if so I'm sorry, but we'd rather say it.",
        "When you brought Inaya in at 8.15, staff noticed a strong smell of alcohol, you were unsteady on the steps and "
        "you dropped her bag twice. You told Kelly you'd had 'a few last night, that's all'. You said you would be back "
        "at 12.30 to collect Inaya for her half day, and that you would then drive her to her nan's in Luton. We asked "
        "if anyone else could collect her today and you said there's nobody else this week, because Inaya's mum is "
        "still in the Royal London.",
        "You drove out of the car park at about 8.20, with the car seat in the back.",
        "Inaya was a bit quiet this morning but she is fine and playing in the garden with her friends.",
        "Please ring me before 12 if you can: 020 7946 0818.",
        "Child: Inaya Hussain, date of birth 02/03/2038, Blue Room.",
        "Warm wishes,\nLouise Parfitt\nNursery Manager, Little Acorns Nursery",
    ], "#2E7D32", "Little Acorns Nursery is a registered charity (example). This email is confidential.")
    top = plain_top(f, addr("Louise Parfitt - Little Acorns", "manager@littleacorns-bow.example.org"),
                    addr("Tariq Hussain", "tariq.hussain@example.com"), "Inaya - this morning", when,
                    "littleacorns-bow.example.org", "NurseryHub Mail", cc=addr("MAST", TMAST))
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Inaya Hussain", "2038-03-02", "02/03/2038")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A NURSERY'S LETTER TO DAD, HEDGED ('We may have got this wrong'): a father smelling of "
        "alcohol and unsteady at 8.15am drove away, and will collect his 3-year-old at 12.30 today to drive her to "
        "Luton; there is no other carer this week (the mother is in hospital) -> a young child about to be driven by "
        "an intoxicated sole carer within hours -> alert_duty. HTML-only mail; no alarm word. Not a request -> "
        "other; concerns substance_misuse.",
        not_children=["Tariq Hussain", "Louise Parfitt"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2041-05-23 16:05:40"
    text = T("""
Hi MAST, and hi Dan

Dan, as I said this afternoon I'm copying you in so you see exactly what I send. Nothing in here is new to you.

MAST, I'm asking for Kofi to be stepped up to children's social care. My manager Nadia Chowdhury has agreed this should go to MAST (we talked it through in supervision today).

Kofi Osei, born 11 November 2033, Year 2 at Cayley Primary.

The house has gone downhill since Kofi's mum moved out at Easter. There is hardly any food in, Kofi's school uniform has not been washed for weeks and the school has been giving him breakfast every day. His attendance is 79%. Dan is working nights, and a neighbour has been getting Kofi up and to school, which can't go on for long. Dan has been open with me about all of this and wants the help.

I'll fill in the Request for Support form with Dan on Thursday and send it straight after.

Thanks
Lucy

Lucy Cheng
Family Support Worker, Early Help (Stepney)
Tower Hamlets Council
Sent from my phone
""")
    top = plain_top(f, addr("Lucy Cheng", "Lucy.Cheng@" + TDOM), addr("MAST", TMAST),
                    "Kofi Osei - step up", when, TDOM, None, cc=addr("Dan Osei", "dan.osei@example.com"))
    add(f, build(top, text_part(text, cte="base64"), False), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [],
        [ch("Kofi Osei", "2033-11-11", "11 November 2033")],
        ["neglect", "school_attendance"], None, True, ["request_for_support"], None, "request_info",
        "A STEP-UP WRITTEN TO MAST WITH DAD COPIED IN (a phone mail: one base64 text/plain part, LF line ends). "
        "'My manager Nadia Chowdhury has agreed this should go to MAST' -> manager true; the Multi-Agency Request for "
        "Support form is still to come ('I'll fill in the Request for Support form with Dan on Thursday') -> "
        "request_for_support missing -> request_info (REQUIREMENTS, tower_hamlets step_up). Dad 'wants the help' is "
        "no stated consent -> null (not required). Concerns: no food, unwashed uniform, gaps in care -> neglect; 79% "
        "-> school_attendance. Nothing immediate (a neighbour covers the mornings). No case id.",
        not_children=["Dan Osei", "Nadia Chowdhury", "Lucy Cheng"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2041-05-10 15:45:20"
    paras = [
        "Dear Parents and Carers,",
        "Keeping children safe online - a message from Mr Islam, Designated Safeguarding Lead",
        "We have been made aware of a so-called 'blackout challenge' being shared again on TikTok and in group chats. "
        "Children are dared to hold their breath or press on their neck until they faint. In other parts of the "
        "country children have been seriously hurt. No child at Stepney Green Primary has been hurt, and we have no "
        "concern about any particular child - this is general advice for every family.",
        "Signs to look out for include: marks on the neck, bloodshot eyes, headaches, and a child who is secretive "
        "about their phone. If you are worried that a child is in immediate danger, call 999.",
        "What you can do: talk to your child about it calmly, check the apps they use, and keep phones out of "
        "bedrooms at night. Our Year 5 and 6 classes will have an online safety lesson next week.",
        "As part of our Early Help partnership we copy our parent bulletins to the Tower Hamlets Early Help Hub.",
        "With best wishes,\nStepney Green Primary School",
    ]
    head, sub = "Stepney Green Primary School - Parent Bulletin", "Friday 10 May 2041"
    top = plain_top(f, addr("Stepney Green Primary School", "noreply@schoolcomms.example.net"),
                    addr("Parents and Carers", "parents@stepneygreen-primary.example.org"),
                    "Parent bulletin: keeping children safe online", when, "schoolcomms.example.net", None,
                    cc=addr("Early Help Hub", TEH),
                    extra=[("List-Id", "Stepney Green parents <parents.stepneygreen-primary.example.org>"),
                           ("List-Unsubscribe", "<https://schoolcomms.example.net/unsubscribe?l=4471>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, letter_text(head, sub, paras), letter_html(head, sub, paras, "#4A148C")),
        "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL'S PARENT BULLETIN COPIED TO THE EARLY HELP HUB: 'seriously hurt', 'immediate danger, call "
        "999', 'Designated Safeguarding Lead' - general online-safety advice listing warning signs, 'no concern about "
        "any particular child' -> a bulletin that lists examples must not trigger the alert (DESIGN rule 1) -> "
        "other -> human_review. List-Id / List-Unsubscribe / Precedence: bulk, but no Auto-Submitted -> not an "
        "auto_reply. No child, no concern.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2041-06-04 19:40:02"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-tower_hamlets-2207
Children: Rayan Miah
Case: Mosaic 3321876

What is missing:
- confirmation that the family consents to the step-down

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    sw = T("""
Mrs Miah - please see below. Early Help need to know that you agree to the step-down. If you do, you can just reply to everyone on this email and say so.

Thanks, Rubina
""")
    text = T("""
Hello,

I am Mrs Miah mother of Rayan. Yes I agree for the early help to help us. Thank you for everything.

Sorry for my English.

Salma Miah

On Tue, 4 Jun 2041 at 15:12, Rubina Haque <Rubina.Haque@towerhamlets.gov.uk> wrote:
""") + quoted(sw + "\n" + "-----Original Message-----\nFrom: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>\n"
              "Sent: 04 June 2041 10:41\nTo: Rubina Haque\nSubject: [SB-tower_hamlets-2207] Step-down request "
              "received - Miah\n\n" + ack)
    top = gmail_top(f, addr("Salma Miah", "salmamiah1985@example.com"),
                    ", ".join([addr("Rubina Haque", "Rubina.Haque@" + TDOM), addr("Early Help Hub", TEH)]),
                    "Re: [SB-tower_hamlets-2207] Step-down request received - Miah", when,
                    reply_to_mid=msgid(f + "-prev", TDOM))
    add(f, gmail_alt(f, top, text), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["3321876"],
        [ch("Rayan Miah")], [], True, None, [], None, "attach_to_request",
        "A PARENT'S REPLY-ALL ADDING HER CONSENT: the social worker forwarded stepbot's acknowledgement ('What is "
        "missing: confirmation that the family consents') to mum and asked her to 'reply to everyone'; mum writes 'Yes I "
        "agree for the early help to help us' -> consent true. A reply carrying [SB-tower_hamlets-2207] -> follow_up -> "
        "attach_to_request. Rayan Miah and 'Mosaic 3321876' come from the quoted acknowledgement (no DOB). Gmail "
        "multipart/alternative with a gmail_quote blockquote; sent in the evening.",
        not_children=["Salma Miah", "Rubina Haque"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2041-07-03 11:58:30"
    body = T("""
Dear Miss Akter,

I called at your flat today, Wednesday 3 July, at 11.05am for the tenancy visit we arranged by letter last week. There was no answer at the door.

Through the letterbox I could hear a young child crying and calling "Mama", and it did not stop. I knocked and called out several times over about 40 minutes and nobody came to the door. The neighbour at number 14 told me she has not seen you since Sunday, and that she heard the little one crying in the night on Monday and again last night. From the walkway I could see that the kitchen window is wide open, and there is a child's scooter and a chair pushed up against the balcony rail. Your flat is on the fourth floor.

I have put a copy of this letter through your door, and I am copying it to the council's MAST team.

Please ring me as soon as you get this on 020 7946 0765.

Yours sincerely,

Priti Shah
Tenancy Sustainment Officer | Tower Hamlets Homes
020 7946 0765

PS I am still on the landing outside as I write this, and the crying has not stopped.
""")
    top = outlook_top(f, addr("Shah, Priti", "priti.shah@thhomes.example.org.uk"),
                      addr("Miss Roksana Akter", "roksana.akter@example.com"),
                      "Visit today - Flat 16, Limborough House", when, cc=addr("MAST", TMAST),
                      mid_domain="LO0P265MB2231.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A HOUSING OFFICER'S LETTER TO THE TENANT, COPIED TO MAST: a young child crying 'Mama' behind "
        "a locked door for 40 minutes, no adult answering, the mother not seen since Sunday, crying heard at night, a "
        "fourth-floor window open and a chair against the balcony rail; the PS says the crying is still going on now "
        "-> a young child apparently alone, now -> alert_duty. The child is not named -> no child labelled; concerns "
        "neglect. No alarm word.",
        not_children=["Roksana Akter", "Priti Shah"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2041-05-13 10:40:27"
    body = T("""
Hi Gemma and Lee, and Early Help colleagues,

Gemma and Lee - as I said on Monday, I'm sending this to the Early Help inbox with you both copied in, so you know what's been asked for and why. Early Help colleagues - I'd like to request a triage slot for the Tremlett family, please.

Children:
Evie Tremlett - DOB 02/10/2033 - Year 2, Preston Primary
Oscar Tremlett - DOB 17/06/2037 - at home / Little Explorers pre-school (so I think he'll need the under-5s triage)

LCS: LCS-5512094

The Single Assessment is finished and attached. It includes my analysis and the rationale for stepping down to level 3, and my team manager, Andy Coles, has recorded his manager's analysis in it confirming the threshold for level 3 intervention is met.

Gemma and Lee, you both gave your consent to level 3 Early Help when I saw you at home on Monday - thank you.

In short: Lee's depression has been much better since he started his new medication, but there are still days when he can't get up and Gemma is working full time. Evie's attendance has dropped to 84% and Oscar has missed his two-year check twice. The family want help with routines and with Lee's recovery, and they've been great to work with.

Many thanks,
Sarah

Sarah Pascoe
Social Worker | Single Assessment Team | Torbay Council
01803 496 0212 (ext. 4471)

""") + BDISC
    sa = make_pdf("Single Assessment - Tremlett family - LCS-5512094", [
        "Children: Evie Tremlett (02/10/2033), Oscar Tremlett (17/06/2037)",
        "Social worker: Sarah Pascoe. Assessment completed 09/05/2041.",
        "Social worker's analysis: needs relate to father's depression and routines; no child protection concerns.",
        "Rationale for step down: needs can be met by a level 3 coordinated Early Help response.",
        "Team Manager's analysis (Andy Coles, 10/05/2041): I agree with the analysis. The threshold for level 3",
        "intervention is met. Step down to Early Help, under-5s triage for Oscar.",
        "Parents' consent to level 3 Early Help: given 13/05/2041."])
    top = outlook_top(f, addr("Pascoe, Sarah", "Sarah.Pascoe@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage request - Tremlett family (step down to level 3)", when,
                      cc=", ".join([addr("Gemma Tremlett", "gemma.tremlett@example.com"),
                                    addr("Lee Tremlett", "leetremlett@example.com")]))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Single Assessment - Tremlett - LCS-5512094.pdf", sa)],
                html_alt=True),
        "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-5512094"],
        [ch("Evie Tremlett", "2033-10-02", "02/10/2033"), ch("Oscar Tremlett", "2037-06-17", "17/06/2037")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "TWO AUDIENCES: the social worker asks the Early Help inbox for a triage slot with both parents copied in. "
        "Complete Torbay step-down (REQUIREMENTS, torbay step_down): Single Assessment attached with the social "
        "worker's rationale, 'my team manager ... confirming the threshold for level 3 intervention is met' -> manager "
        "true, 'you both gave your consent to level 3 Early Help' -> consent true -> book_meeting; 'level 3' -> "
        "level 3. Oscar is 3 -> the fortnightly under-5s triage (panel, not a label). Concerns: father's depression "
        "-> parental_mental_health; 84% -> school_attendance.",
        not_children=["Gemma Tremlett", "Lee Tremlett", "Sarah Pascoe", "Andy Coles"])

def torbay_02():
    f = "torbay_02.eml"; when = "2041-06-25 10:12:19"
    school = T("""
Dear Parents/Carers of Kayla Brimble,

I am writing following the incident at the school gate at home time yesterday.

We have now seen a copy of the order made at the Family Court in Torquay in April. It says that Mr Brimble must not contact Kayla or Ms Brimble, or come to the school, following the assault on Ms Brimble in February. Kayla will only be released at the end of the day to Ms Brimble or to her grandmother, Mrs Sandra Hosking.

Because we hold both parents' email addresses on our system, this letter goes to both of you. We have copied it to Torbay MASH, as we must.

Yours sincerely,
Mrs K Lethbridge
Headteacher, Roselands Primary School, Paignton
""")
    new = T("""
You lot don't get to decide who I see. Kayla is MY daughter and her mother has filled your heads with lies.

I'm picking her up at dinner time today and we're going away, and nobody is going to find us this time, not her mother, not you, not the social. If anyone tries to stop me at that gate they will regret it.

W
""")
    text = new + "\n" + T("""
On Mon, 24 Jun 2041, 16:48 Roselands Primary School <office@roselands-primary.example.org> wrote:
""") + quoted(school)
    top = gmail_top(f, addr("Wayne Brimble", "waynebrimble77@example.com"),
                    ", ".join([addr("Roselands Primary School", "office@roselands-primary.example.org"),
                               addr("Nicola Brimble", "nicola.brimble@example.com")]),
                    "Re: Kayla - letter from school", when, cc=addr("Torbay MASH", BMASH),
                    reply_to_mid="<RPS.%s@roselands-primary.example.org>" % sha(f, "x")[:16])
    add(f, gmail_alt(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kayla Brimble")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A PARENT'S REPLY-ALL: the school's letter to both parents (quoted, cc'd to MASH) records a "
        "court order barring the father after he assaulted the mother; the father replies to everyone that he will "
        "take the child from school 'at dinner time today', that 'nobody is going to find us', and that anyone who "
        "stops him at the gate 'will regret it' -> a threatened removal today by a man under an order, with a threat "
        "of violence -> alert_duty. Not a request -> other. Kayla is named in full in the quoted letter, no DOB; "
        "concerns domestic_abuse. No alarm word.",
        not_children=["Nicola Brimble", "Sandra Hosking", "Wayne Brimble"])

def torbay_03():
    f = "torbay_03.eml"; when = "2041-05-15 09:30:45"
    body = T("""
Dear Ms Hannaford,

Please find attached a letter from me with an update on the case, as I promised when we spoke yesterday.

As we discussed, I have copied Torbay MASH into this email because your children's social worker asked to be kept updated.

Kind regards,

DC 4417 Mark Yeo
Officer in Charge | Torquay CID | Devon and Cornwall Police (example)
""")
    letter = make_pdf("Devon and Cornwall Police - Victim update letter", [
        "Ms Jodie Hannaford                                         14 May 2041",
        "Crime reference: DC/41/118832",
        "Dear Ms Hannaford,",
        "I am writing to update you, as the victim of this crime, under the Victims' Code.",
        "On 12 May 2041 Colin Bray was charged with assault occasioning actual bodily harm and criminal damage,",
        "following the incident at your home on 10 May. On 13 May he appeared at Torquay Magistrates' Court and was",
        "remanded in custody. He will next appear at Exeter Crown Court on 10 June 2041. He remains in custody at",
        "HMP Exeter and cannot come to your address or contact you or your children.",
        "If he is released on bail at any point, you will be told before he is released, and any bail conditions will",
        "include no contact with you or the children and not going to your address.",
        "I know how frightening the night of 10 May was for you and for Mia and Jake. The children's social worker",
        "and your IDVA, Becky Lamb, are aware of this update.",
        "If you have any questions, please ring me on 01632 960 441.",
        "Yours sincerely,",
        "DC 4417 Mark Yeo"])
    top = outlook_top(f, addr("Yeo, Mark (DC 4417)", "mark.yeo@police.example.uk"),
                      addr("Jodie Hannaford", "jodie.hannaford@example.com"),
                      "Victim update - crime ref DC/41/118832", when, cc=addr("Torbay MASH", BMASH),
                      mid_domain="police.example.uk")
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Victim update letter - 14.05.2041.pdf", letter)]),
        "torbay", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS - A POLICE VICTIM-UPDATE LETTER TO MUM, MASH COPIED: an assault at home on 10 May, 'frightening', "
        "actual bodily harm - but the man is charged and remanded in custody and cannot contact the family, and she "
        "will be told before any release -> the risk is managed by the police -> not urgent. Not a request -> other "
        "-> human_review. Concern domestic_abuse (as earlier sets label a remanded perpetrator's recent assault; [] "
        "could be argued). The children appear by first name only (Mia and Jake) -> no child labelled. The crime "
        "reference is no case id.",
        not_children=["Jodie Hannaford", "Colin Bray", "Becky Lamb"])

def torbay_04():
    f = "torbay_04.eml"; when = "2041-06-05 14:25:03"
    text = T("""
Hi MASH team (and hi Leanne - I'm copying you in, as we agreed, so you see what goes to MASH)

I'm the lead professional for the Rowe family (level 3). Leanne has consented to this contact being made to MASH, and my team manager, Jo Pascoe, and I agree this needs to be considered for a level 4 statutory intervention.

Tyler Rowe - 09/09/2030
Ava Rowe - 27/01/2035
EHM-829114

Since February Leanne's drinking has got worse again after two months sober: she has missed the alcohol service three times, and Tyler (10) told his teacher he makes Ava's tea "most nights". The house is cold and there is often no food in by Thursday. Tyler's attendance is 77%. Nobody has been hurt and there is nothing happening today that needs the duty team - it's the pattern over months, and the plan isn't working.

Leanne - you've been really honest with me about all of this, and that counts for a lot.

Thanks,
Tasha

Tasha Yeo
Family Intervention Worker | Torbay Early Help
Sent from my iPad
""")
    top = plain_top(f, addr("Tasha Yeo", "Tasha.Yeo@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - Rowe family (level 3 to level 4)", when, BDOM, None,
                    cc=addr("Leanne Rowe", "leanne.rowe@example.com"))
    add(f, build(top, flowed_part(text, cte="quoted-printable"), False), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-829114"],
        [ch("Tyler Rowe", "2030-09-09", "09/09/2030"), ch("Ava Rowe", "2035-01-27", "27/01/2035")],
        ["neglect", "school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "A LEAD PROFESSIONAL'S CONTACT TO MASH WITH THE MOTHER COPIED IN (iPad, format=flowed, quoted-printable). "
        "Complete Torbay step-up (REQUIREMENTS, torbay step_up): 'Leanne has consented to this contact being made to "
        "MASH' -> consent true; 'my team manager ... and I agree this needs to be considered for a level 4' -> "
        "manager true -> book_meeting. 'Nobody has been hurt and there is nothing happening today that needs the duty "
        "team' -> not urgent. Concerns: mother's drinking, a 10-year-old making his sister's tea, no food, 77%.",
        not_children=["Leanne Rowe", "Jo Pascoe", "Tasha Yeo"])

def torbay_05():
    f = "torbay_05.eml"; when = "2041-07-01 13:05:51"
    add(f, itip_reply(f, when, "Jess Pengelly", "jess.pengelly@example.com", ("Torbay Early Help", BEH), "DECLINED",
                      "Warm handover meeting - Pengelly family - LCS-5530217 [SB-torbay-5561]",
                      "20410704T100000", "20410704T110000", "Paignton Family Hub, Room 2",
                      comment="Sorry cant come Thursday. Dan came back Saturday and he wont let me go out, he smashed "
                              "my phone so im on the laptop while hes asleep. Last night he hit Charlie with the dog "
                              "lead for crying and locked the boys in their room till this morning. The boys are here "
                              "with me. Please dont ring the house or he will know."),
        "torbay", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["LCS-5530217"], [], ["domestic_abuse", "physical_harm"],
        None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A CALENDAR REPLY'S COMMENT: a mother DECLINES the warm handover meeting (Outlook iTIP REPLY, "
        "PARTSTAT=DECLINED) and the COMMENT says the man has come back, keeps her in, smashed her phone, hit a child "
        "with a dog lead last night and locked the boys in; he is asleep in the house now -> immediate -> alert_duty "
        "(overrides record_reply). The children are first names only -> none labelled; LCS-5530217 from the "
        "SUMMARY. No alarm word.",
        not_children=["Jess Pengelly"])

def torbay_06():
    f = "torbay_06.eml"; when = "2041-06-20 09:44:36"
    paras = [
        "Dear Ms Tozer,",
        "We have tried to ring you this morning on both numbers we hold for you and have not been able to get "
        "through, so I am writing instead, and copying in the MASH team as we have to.",
        "Poppy arrived at school on her own at 8.50 this morning, still in yesterday's uniform, and told Mrs Hern that "
        "she didn't have any tea last night or any breakfast. She said: \"Mummy is asleep on the kitchen floor and she "
        "won't wake up, I shouted in her ear.\" She said her little brother Alfie is \"in his cot, he was crying\", and "
        "that she let herself out of the front door to come to school.",
        "We have also tried Poppy's nan, the other contact on our list, and there was no answer.",
        "Please ring the school office the moment you get this, on 01803 496 0377. Poppy is with Mrs Hern and has "
        "had breakfast, and she will stay with us.",
        "Pupil: Poppy Tozer, Reception (Kittiwake Class), DOB 11/01/2036.",
        "Yours sincerely,\nMr D Mudge\nDeputy Headteacher, Oldway Primary School, Paignton",
    ]
    head, sub = "Oldway Primary School", "Message from school - sent via SchoolComms"
    top = plain_top(f, addr("Oldway Primary School", "office@oldway-primary.example.org"),
                    addr("Ms Kerry Tozer", "kerry.tozer@example.com"), "Poppy - please ring school", when,
                    "oldway-primary.example.org", "SchoolComms 5", cc=addr("Torbay MASH", BMASH))
    add(f, alt_mail(f, top, letter_text(head, sub, paras), letter_html(head, sub, paras, "#00695C")),
        "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Poppy Tozer", "2036-01-11", "11/01/2036")],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A CHILD'S OWN WORDS, INSIDE A SCHOOL'S MAIL TO MUM: a 5-year-old came to school alone and "
        "says her mother is 'asleep on the kitchen floor and she won't wake up', with her baby brother in his cot at "
        "home; nobody answers the phones -> an infant at home with an unrousable sole carer, now -> alert_duty. The "
        "school writes politely to the mother and copies MASH. Poppy labelled with DOB; Alfie is first name only. "
        "Concerns neglect (the cause of the mother's state is unknown). No alarm word ('the other contact on our "
        "list', not 'emergency contact').",
        not_children=["Kerry Tozer"])

def torbay_07():
    f = "torbay_07.eml"; when = "2041-06-11 15:10:04"
    blocks = [
        "Hi Shannon, and Early Help colleagues,",
        "",
        "Shannon - as promised I'm copying you into my request to Early Help, so nothing is said behind your back.",
        "",
        "Early Help colleagues - I'd like a triage slot for Riley Carne (DOB 14/10/2032), LCS-5498120, stepping down "
        "to level 3 from the Safeguarding and Supporting Families team. Riley's child protection plan ended in April "
        "and the Single Assessment update, with my team manager's analysis confirming the threshold for level 3 is "
        "met, is attached.",
        "",
        "Shannon has told me she does not want Early Help involvement at the moment - she feels she's had enough "
        "services in her life this year, and I understand that. I've said I'll ask again after the summer, and I'm "
        "sending this now so triage can advise.",
        "",
        ("h", "The safety plan, for everyone's information"),
        "Riley's dad, Jason Carne, is serving a sentence at HMP Channings Wood and has a restraining order. This is "
        "only a 'what if' plan: if Jason were ever released early and came to the house, Shannon would ring 999 "
        "straight away and Riley's school would be told. Nothing like that has happened, and there are no current "
        "concerns about domestic abuse.",
        "",
        "The worry now is Riley's attendance (85%) and his friendships since the move.",
        "",
        "Thanks,",
        "Mark Widdicombe",
        "Social Worker | Safeguarding and Supporting Families Team | Torbay Council",
        "",
        BDISC.strip(),
    ]
    sa = make_pdf("Single Assessment update - Riley Carne - LCS-5498120", [
        "Riley Carne, DOB 14/10/2032. CP plan (domestic abuse) ended April 2041 - outcomes achieved.",
        "Father in custody (HMP Channings Wood), restraining order in force.",
        "Social worker's analysis: level 4 no longer required; attendance 85%, friendships after the move.",
        "Team Manager's analysis (Claire Rendle, 07/06/2041): I confirm the threshold for level 3 intervention is met.",
        "Parent's view: Ms Carne does not want Early Help at present."])
    top = outlook_top(f, addr("Widdicombe, Mark", "Mark.Widdicombe@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage request - Riley Carne (level 3)", when,
                      cc=addr("Shannon Carne", "shannon.carne@example.com"))
    add(f, word_mail(f, top, blocks, atts=[binary_part("application/pdf", "SA update - Carne - LCS-5498120.pdf", sa)]),
        "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-5498120"],
        [ch("Riley Carne", "2032-10-14", "14/10/2032")],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "NEAR MISS - A 'WHAT IF' SAFETY PLAN WRITTEN FOR THE MOTHER TO READ: 'ring 999', a father in prison with a "
        "restraining order, a child protection plan just ended - but 'only a what if plan', 'Nothing like that has "
        "happened', 'no current concerns about domestic abuse' -> hypothetical and managed -> not urgent; domestic "
        "abuse is no current concern. Torbay step-down (level 3): Single Assessment update with the team manager's "
        "analysis -> manager true; 'Shannon has told me she does not want Early Help involvement' -> consent FALSE "
        "-> consent missing -> request_info. Concern: 85% -> school_attendance.",
        not_children=["Shannon Carne", "Jason Carne", "Mark Widdicombe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2041-05-16 09:50:11"
    body = T("""
Morning,

Please see Claire's signed consent form below/attached for the Lewis triage request - this is the item your acknowledgement said was missing.

Thanks,
Sarah

Sarah Pascoe
Social Worker | Single Assessment Team | Torbay Council

-----Original Message-----
From: Claire Lewis <clairelewis22@example.com>
Sent: 15 May 2041 21:37
To: Pascoe, Sarah <Sarah.Pascoe@torbay.gov.uk>
Subject: form

Hiya Sarah heres the form signed, sorry it took me so long, Macey's been poorly with her chest. Claire x

""") + BDISC
    form = make_pdf("Torbay Early Help - Consent to level 3 Early Help support", [
        "Child(ren): Macey Lewis (DOB 02/08/2037), Finn Lewis (DOB 15/12/2039)",
        "LCS: LCS-5520981",
        "I agree to my family receiving level 3 Early Help support, and to information being shared with the",
        "professionals named in the plan.",
        "Signed: C Lewis (mother)        Date: 15/05/2041"])
    top = outlook_top(f, addr("Pascoe, Sarah", "Sarah.Pascoe@" + BDOM), addr("Early Help Torbay", BEH),
                      "FW: [SB-torbay-5507] Triage request received - Lewis", when)
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Consent form signed - C Lewis.pdf", form)]),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-5520981"],
        [ch("Macey Lewis", "2037-08-02", "02/08/2037"), ch("Finn Lewis", "2039-12-15", "15/12/2039")],
        [], True, None, [], None, "attach_to_request",
        "A PARENT'S NOTE PASSED ON: the social worker forwards mum's short evening mail and her signed consent form "
        "(.pdf) to [SB-torbay-5507] -> follow_up -> attach_to_request. 'I agree to my family receiving level 3 Early "
        "Help support', signed -> consent true. Children and LCS-5520981 from the form; Macey's chest infection is "
        "no concern of the contract.",
        not_children=["Claire Lewis", "Sarah Pascoe"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2041-04-24 11:10:38"
    body = T("""
Dear Tanya, and Early Help co-ordinators,

Tanya - here is the email I said I'd send to the Early Help co-ordinators, with you copied in. It has the plan we wrote together at the kitchen table last week, and your signed consent form.

Co-ordinators - following the Child and Family Assessment and my discussion with Verity Lang at the Tuesday drop-in yesterday, this is the step-down to Early Help (Intensive, level 3) for the Probert children, as a sibling group:

Cerys Probert, DOB 07/03/2030, Mosaic 1750213
Owen Probert, DOB 22/12/2034, Mosaic 1750214

Key person: Sian Morgan, Pastoral Lead at Lady Hawkins' School, Kington, who has agreed to lead the plan and already knows both children.

Attached: the Early Help Assessment step-down plan, and the family's signed written consent.

Main needs: Tanya's low mood since the separation, and Cerys's attendance (82%), which has slipped since Christmas. Tanya has done everything we asked of her and the children are doing well at home.

Best wishes,

Rhian Bevan
Social Worker | Assessment Team (North) | Herefordshire Council
01432 496 0318

""") + HDISC
    plan = make_docx(["# Early Help Assessment step-down plan - Probert family",
                      "Children: Cerys Probert (07/03/2030), Owen Probert (22/12/2034)",
                      "What are we worried about? Mum's low mood; Cerys's attendance (82%).",
                      "What's working well? Warm home; mum engages; Owen settled at school.",
                      "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
                      "1. Mum to the GP and the Hereford wellbeing service - Tanya - by end of May.",
                      "2. Attendance plan for Cerys - Sian Morgan - review at half term.",
                      "Key person: Sian Morgan, Pastoral Lead, Lady Hawkins' School, Kington."])
    consent = make_pdf("Herefordshire Council - Early Help written consent", [
        "Family: Probert (Cerys and Owen)",
        "I consent to the step-down to Early Help and to the plan being shared with the key person named.",
        "Signed: T Probert    Date: 17/04/2041"])
    top = outlook_top(f, addr("Bevan, Rhian", "Rhian.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Probert sibling group", when,
                      cc=addr("Tanya Probert", "tanya.probert@example.com"))
    add(f, mail(f, top, body, atts=[binary_part(DOCX, "EHA step-down plan - Probert.docx", plan),
                                     binary_part("application/pdf", "Signed consent - Probert.pdf", consent)]),
        "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1750213", "1750214"],
        [ch("Cerys Probert", "2030-03-07", "07/03/2030"), ch("Owen Probert", "2034-12-22", "22/12/2034")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "TWO AUDIENCES: the social worker writes to the mother and the Early Help co-ordinators together. Complete "
        "Herefordshire sibling-group step-down (REQUIREMENTS, herefordshire step_down): EHA step-down plan (.docx), "
        "signed written consent (.pdf) -> consent_form met and consent true, key person named with her agency -> "
        "book_meeting. '(Intensive, level 3)' -> level 3. Already discussed at the drop-in (changes only the panel). "
        "Concerns: mum's low mood, 82% attendance.",
        not_children=["Tanya Probert", "Sian Morgan", "Rhian Bevan", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2041-07-08 12:36:50"
    body = T("""
Dear Sir or Madam,

Please see the attached letter, which we send at our client's request and with her agreement. Our client is copied in.

We would be grateful if you would acknowledge receipt by return.

Yours faithfully,

Eleri Vaughan
Solicitor | Family Team | Bevan Lloyd Family Law LLP
01432 496 0720

This email is confidential and may be legally privileged. Bevan Lloyd Family Law LLP (example) is authorised and regulated by the Solicitors Regulation Authority.
""")
    letter = make_pdf("Bevan Lloyd Family Law LLP - Solicitors - Broad Street, Hereford", [
        "Herefordshire Council, Children's Services (MASH)                8 July 2041",
        "Our ref: EV/MAPP/2209",
        "Dear Sir or Madam,",
        "Our client: Ms Kirsty Mapp",
        "Children: Lacey Mapp (born 19 September 2035) and Tommy Mapp (born 2 February 2038)",
        "We act for Ms Mapp in proceedings under the Children Act 1989. On 4 June 2041 the Family Court at Hereford",
        "made a prohibited steps order preventing the children's father, Mr Ashley Dunne, from removing the children",
        "from our client's care. The order followed Mr Dunne's assault on our client in March 2041.",
        "This morning at 9.10am Mr Dunne collected both children from Little Oaks Nursery, Leominster, telling staff",
        "that our client had agreed. She had not. He has not returned them and his phone is switched off.",
        "At 10.48am he sent our client a text message which reads: 'They're with me now where they belong. We'll",
        "all be together with God tonight and you'll never have them again.'",
        "Our client reported this to West Mercia Police at 11.05am (incident 0211 of today's date). She believes",
        "Mr Dunne may be driving a silver Vauxhall Astra towards the Welsh border, where his late mother lived.",
        "We ask that the council note this matter and tell us which officer is dealing with it. Please contact",
        "the writer on 01432 496 0720 or our client directly on 07700 900612.",
        "Yours faithfully,",
        "Bevan Lloyd Family Law LLP",
        "cc: Ms K Mapp (client)"])
    top = outlook_top(f, addr("Vaughan, Eleri", "e.vaughan@bevanlloyd-law.example.co.uk"), addr("Herefordshire MASH", HMASH),
                      "Our client Ms K Mapp - the Mapp children - our ref EV/MAPP/2209", when,
                      cc=addr("Kirsty Mapp", "kirsty.mapp@example.com"), mid_domain="CWXP123MB5530.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Letter to Herefordshire Council 08.07.2041.pdf", letter)]),
        "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Lacey Mapp", "2035-09-19", "19 September 2035"), ch("Tommy Mapp", "2038-02-02", "2 February 2038")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A SOLICITOR'S LETTER, ATTACHED AS A PDF UNDER A FORMAL COVERING MAIL (client copied in): a "
        "father barred by a prohibited steps order (made after he assaulted the mother) took a 5- and a 3-year-old "
        "from nursery this morning, his phone is off, and he texted 'We'll all be together with God tonight and "
        "you'll never have them again' -> a threat to the children's lives today -> alert_duty. Everything is in the "
        "attachment (rule 1: every part is read). Not a request -> other (a Herefordshire MASH mail; no step_up "
        "process is defined anyway). Concerns domestic_abuse, physical_harm (missing could be argued). No alarm word.",
        not_children=["Kirsty Mapp", "Ashley Dunne", "Eleri Vaughan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2041-05-14 11:40:09"
    body = T("""
Dear Tia,

Thank you for coming to see me this morning. As we agreed, this is a written summary of our consultation. I have copied it to the Early Help team, because your school told us they already work with your family, and I explained to you that I would have to share this.

Summary of consultation, 14/05/2041 - Dr A Hughes

Patient: Tia Morris, DOB 03/02/2027 (age 14)
Attended alone.
Presenting complaint: missed periods, nausea for three weeks.
Urine pregnancy test: positive. Approximately 9 weeks' gestation by dates.
Tia reports that the father is "Ryan", aged 24, and that she has been staying at his flat in Bromyard since the Easter holidays. She has not been to school since then. She reports that Ryan gives her vodka and cannabis, keeps her phone, and "gets angry" if she talks to her friends. Her mother believes she is staying with a school friend.
Bruising noted to the left upper arm (three oval bruises, 1-2 cm). Tia declined further examination.
Tia told me Ryan is collecting her from outside the surgery at 1pm today and that she will go back to the flat with him.

Plan:
1. Referral to the young people's sexual health clinic (appointment offered for Thursday).
2. Folic acid prescribed.
3. Review with me next week.

Tia, you can always come back and see me, on your own, at any time.

Dr Anwen Hughes
GP | Bromyard Medical Practice
01885 496 0114
""")
    top = plain_top(f, addr("Bromyard Medical Practice", "bromyard.practice@nhs-gp.example.org"),
                    addr("Tia Morris", "tiamorris.x@example.com"), "Your appointment today - summary", when,
                    "nhs-gp.example.org", "PracticeMail 7.2", cc=addr("Early Help Co-ordinators", HEH))
    add(f, mail(f, top, body, crlf=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tia Morris", "2027-02-03", "03/02/2027")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A GP'S CLINICAL LETTER TO A 14-YEAR-OLD, COPIED (MISDIRECTED) TO THE EARLY HELP "
        "CO-ORDINATORS: a 14-year-old pregnant by a 24-year-old, living at his flat since Easter and out of school, "
        "given alcohol and cannabis, her phone kept, bruises on her arm, and collected by him from the surgery at 1pm "
        "today -> immediate -> alert_duty, whichever inbox it reached. Clinical voice, no alarm word. Not a request "
        "-> other. Concerns sexual_harm and exploitation (grooming and control by an adult).",
        not_children=["Anwen Hughes"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2041-05-30 15:15:27"
    body = T("""
Dear Amy (and the Early Help co-ordinators, copied in),

Amy - I promised I would write to you in the same email I send to the co-ordinators, so you can see it. The plan is the one we wrote together, and your signed consent form is attached as well.

Co-ordinators - this is the step-down to Early Help for:
Isla Jenkins, DOB 30/05/2038
Noah Jenkins, DOB 12/03/2040
Mosaic: 1762085 (sibling group)

Amy, I know you are worried about how the past will be written down, so here it is plainly. The child protection plan ended in March. The reasons for it - Dale's violence when he was living with you - are in the past: he moved to Cardiff last summer, there is a non-molestation order, and there have been no incidents since November. There are no current child protection concerns.

What still needs support: Isla's speech and language delay (her EHC needs assessment has started), and help for you with the nursery applications for Noah.

The one thing not settled is who the key person will be. I have asked Isla's nursery and the health visitor, and I will let you all know as soon as one of them agrees.

Kind regards,

Owain Pritchard
Social Worker | Safeguarding and Family Support (South) | Herefordshire Council
01432 496 0455

""") + HDISC
    plan = make_docx(["# Early Help Assessment step-down plan - Jenkins children",
                      "Children: Isla Jenkins (30/05/2038), Noah Jenkins (12/03/2040)",
                      "What are we worried about? Isla's speech and language delay; nursery places.",
                      "What's working well? CP plan ended March 2041; no incidents since November 2040.",
                      "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
                      "1. EHC needs assessment for Isla - SENCo - by September.",
                      "2. Nursery application for Noah - Amy with the key person - by July.",
                      "Key person: to be agreed."])
    consent = make_pdf("Herefordshire Council - Early Help written consent", [
        "Family: Jenkins (Isla and Noah)",
        "I consent to the step-down to Early Help and to sharing this plan with the key person.",
        "Signed: A Jenkins    Date: 28/05/2041"])
    top = plain_top(f, addr("Pritchard, Owain", "Owain.Pritchard@" + HDOM),
                    ", ".join([addr("Amy Jenkins", "amy.jenkins@example.com"), addr("Early Help Co-ordinators", HEH)]),
                    "Step down - Isla and Noah", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts=[binary_part(DOCX, "Step-down plan - Jenkins.docx", plan),
                                     binary_part("application/pdf", "Signed consent - A Jenkins.pdf", consent)]),
        "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["1762085"],
        [ch("Isla Jenkins", "2038-05-30", "30/05/2038"), ch("Noah Jenkins", "2040-03-12", "12/03/2040")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS - PAST VIOLENCE WRITTEN PLAINLY FOR THE MOTHER: a child protection plan for a partner's violence - "
        "but it ended in March, he moved away last summer, a non-molestation order, 'no incidents since November', "
        "'There are no current child protection concerns' -> historic -> not urgent, no domestic-abuse concern. "
        "Herefordshire step-down: plan (.docx) and signed consent (.pdf) attached -> consent true, consent_form met; "
        "the key person is 'not settled' -> lead_practitioner missing -> request_info. No level written -> null. "
        "Concern: Isla's speech delay and EHC needs assessment -> disability_send.",
        not_children=["Amy Jenkins", "Owain Pritchard"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2041-07-02 10:05:13"
    body = T("""
Good morning,

Please find attached my safeguarding letter in the Davies case, which has been filed with the court today. It is copied to both parents, and to the local authority for information as your checks were part of it.

Kind regards,

Ffion Rees
Family Court Adviser | Cafcass (example)
""")
    letter = make_pdf("Cafcass - Safeguarding letter (Child Arrangements Programme)", [
        "Case: Davies v Davies - Family Court at Hereford          Date: 2 July 2041",
        "Children: Ffion Davies (born 21/04/2034), Rhys Davies (born 08/08/2036)",
        "Applicant: Mr Gareth Davies (father). Respondent: Mrs Lowri Davies (mother).",
        "1. Police checks: one incident recorded in 2038 (a verbal argument at a family party); no offences,",
        "   no further action. Nothing since.",
        "2. Local authority checks: Herefordshire Council confirmed no current or previous involvement with",
        "   the family.",
        "3. Safeguarding interviews: both parents told me they have no safeguarding concerns about the other's",
        "   care of the children. The dispute is about the school holidays and handover times.",
        "4. Recommendation: no safeguarding issues prevent the matter being resolved at the first hearing.",
        "   A risk assessment under section 16A is not required.",
        "Ffion Rees, Family Court Adviser",
        "cc: Mr G Davies; Mrs L Davies; Herefordshire Council (for information)"])
    top = outlook_top(f, addr("Rees, Ffion", "ffion.rees@cafcass.example.gov.uk"), addr("Herefordshire MASH", HMASH),
                      "Safeguarding letter - Davies v Davies - first hearing 9 July", when,
                      cc=", ".join([addr("Gareth Davies", "gareth.davies@example.com"),
                                    addr("Lowri Davies", "lowri.davies@example.com")]))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Safeguarding letter - Davies - 02.07.2041.pdf", letter)]),
        "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Ffion Davies", "2034-04-21", "21/04/2034"), ch("Rhys Davies", "2036-08-08", "08/08/2036")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A CAFCASS SAFEGUARDING LETTER COPIED TO BOTH PARENTS AND THE COUNCIL: 'safeguarding letter', "
        "'police checks', 'risk assessment' - but one verbal argument in 2038 with no further action, no council "
        "involvement, 'no safeguarding concerns' from either parent, 'not required' -> nothing current -> not "
        "urgent. For information only -> other -> human_review; the children are named with DOBs; no concern. The "
        "adviser, Ffion Rees, shares a first name with a child but is an adult (not labelled).",
        not_children=["Gareth Davies", "Lowri Davies"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2041-07-09 08:20:44"
    text = T("""
Hi Gemma, and hello co-ordinators

Gemma - I'm copying you in so you see what I send, like I said on the phone.

Co-ordinators - please find attached the Early Help Assessment step-down plan for Leo Bowen (DOB 16/06/2036, Mosaic 1771930), stepping down to Early Help at level 3. I talked it through with Xavier Moss last week.

Key person: Mrs Carol Bennett, Family Support Worker, Ross-on-Wye Family Hub. She knows Leo from the holiday club and has agreed.

Gemma told me on the phone yesterday that she is happy for Early Help to carry on - thank you, Gemma. I'll bring the written consent form for you to sign when I visit on Monday, and send it straight on.

Worries: Gemma's anxiety, which is better but not gone, and Leo's attendance (86%).

Thanks
Kate

Kate Lewis-Pugh
Social Worker, Herefordshire Council
Sent from my iPad
""")
    plan = make_docx(["# Early Help Assessment step-down plan - Leo Bowen",
                      "Leo Bowen, DOB 16/06/2036. Mosaic 1771930.",
                      "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
                      "1. Attendance support - school and Carol Bennett - review at October half term.",
                      "2. Gemma to continue with the wellbeing service - ongoing.",
                      "Key person: Carol Bennett, Family Support Worker, Ross-on-Wye Family Hub."])
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t, binary_part(DOCX, "EHA step down plan - Leo Bowen.docx", plan)],
                     "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Kate Lewis-Pugh", "Kate.Lewis-Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down plan - Leo Bowen", when, HDOM, None, cc=addr("Gemma Bowen", "gemma.bowen@example.com"))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["1771930"],
        [ch("Leo Bowen", "2036-06-16", "16/06/2036")],
        ["parental_mental_health", "school_attendance"], True, None, ["consent_form"], None, "request_info",
        "AN iPAD MAIL TO THE CO-ORDINATORS WITH MUM COPIED IN (format=flowed, quoted-printable, Apple boundary). "
        "Herefordshire step-down, level 3 stated: plan (.docx) and key person with agency present; mum 'is happy for "
        "Early Help to carry on' (said on the phone) -> consent true, but the written consent form is still to be "
        "signed on Monday -> consent_form missing -> request_info (REQUIREMENTS, herefordshire step_down: the written "
        "form). Talked through with a co-ordinator (changes only the panel). Concerns: mum's anxiety, 86%.",
        not_children=["Gemma Bowen", "Carol Bennett", "Kate Lewis-Pugh", "Xavier Moss"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2041-05-29 10:15:58"
    text = T("""
Hi, thanks for your email. I'm away in Tenby with the kids until Monday 3 June and there's no signal where we're staying. I'll reply when I'm back.

Tanya
""")
    top = gmail_top(f, addr("Tanya Probert", "tanya.probert@example.com"), addr("Early Help Co-ordinators", HEH),
                    "Re: Your family's Early Help plan", when, reply_to_mid=msgid(f + "-prev", HDOM),
                    extra=[("Auto-Submitted", "auto-replied")])
    add(f, gmail_alt(f, top, text), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A PARENT'S GMAIL VACATION RESPONDER answering the co-ordinators' mail to her: only the Auto-Submitted: "
        "auto-replied header marks it (a 'Re:' subject, no 'Automatic reply:', no X-Auto-Response-Suppress) -> "
        "auto_reply -> ignore (safety rule 2, no loops). Nothing in it about any child. Half-term week.",
        not_children=["Tanya Probert"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2041-07-12 12:05:31"
    body = T("""
Hello co-ordinators,

Ahead of Thursday's "Writing to families" workshop, please find attached the example letters we'll be rewriting together. They show the trap we keep falling into: softening the facts so much that the family - or the duty worker reading over their shoulder - can't tell what actually happened.

All names and details are invented for the exercise. None of these are real families and no action is needed on any of them. Please don't forward them outside the team.

See you Thursday,

Beth Gwynne
Workforce Development Officer | Herefordshire Council
""") + HDISC
    examples = make_docx([
        "# Writing to families - example letters (TRAINING - NOT REAL FAMILIES)",
        "Example 1 (too soft): 'Dear Ms X, I am writing to let you know that Sammy told his teacher today that his "
        "stepdad hit him with a belt last night and that he is scared to go home. We have let the team know. He "
        "will be ready for collection at 3.15pm as usual.'",
        "Discussion: what is the risk here, and who needs to know it today? Rewrite the letter.",
        "Example 2 (too soft): 'Dear Mr Y, at drop-off this morning you seemed unwell and we were worried about "
        "you driving. Please take care when you collect Baby Z at lunchtime.'",
        "Discussion: what would an immediate safeguarding concern look like in this letter?",
        "Example 3 (good): a letter that names the facts, the next step and who to ring.",
        "All examples are fictional and for training only."])
    top = outlook_top(f, addr("Gwynne, Beth", "Beth.Gwynne@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Writing to families workshop - example letters (training)", when)
    add(f, mail(f, top, body, atts=[binary_part(DOCX, "Writing to families - example letters - TRAINING.docx", examples)],
                html_alt=True),
        "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING EXAMPLE LETTERS IN THIS SET'S OWN THEME: the attached examples echo the urgent mails (a "
        "stepdad's belt with collection at 3.15pm; a parent unfit to drive at lunchtime; 'immediate safeguarding "
        "concern') but 'All names and details are invented ... None of these are real families and no action is "
        "needed' -> examples in training material must not trigger rule 1 -> other -> human_review; no child (Sammy, "
        "Baby Z are inventions without surnames), no concern.",
        not_children=["Beth Gwynne"])


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

# England & Wales bank holidays in 2041 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Tuesday 1 January; Good Friday 19 April; Easter Monday 22 April; the Early
# May bank holiday Monday 6 May; the Spring Bank Holiday Monday 27 May; the Late Summer Bank Holiday Monday 26 August;
# Christmas Day Wednesday 25 December; Boxing Day Thursday 26 December.
BANK_HOLIDAYS = {date(2041, 1, 1), date(2041, 4, 19), date(2041, 4, 22), date(2041, 5, 6), date(2041, 5, 27),
                 date(2041, 8, 26), date(2041, 12, 25), date(2041, 12, 26)}
IN_WINDOW = {date(2041, 5, 6): "May Day", date(2041, 5, 27): "Spring Bank Holiday"}
EASTER = {date(2041, 4, 19): "Good Friday", date(2041, 4, 22): "Easter Monday"}     # both just before the window
# The summer term of 2041: from the first working day after Easter Monday (Tuesday 23 April) to Friday 19 July 2041.
WINDOW = (datetime(2041, 4, 23, tzinfo=LON), datetime(2041, 7, 19, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 31 March 2041 and ends at 01:00 UTC on Sunday 27 October 2041.
BST_START = datetime(2041, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2041, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2041
HALF_TERM = (date(2041, 5, 27), date(2041, 5, 31))   # schools closed (the 27th is the bank holiday)

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, '15 July 2031', '3 March 2032'."""
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

YEAR = re.compile(r"\b(20[4-9]\d)\b")      # a year 2040-2099 standing alone (an [SB-] number like 2207 is not one)
CASE_ID_FORM = re.compile(r"EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{7}")
# The brief's banned words for urgent mails ("urgent", "immediate", "immediately", "risk", "emergency", "danger",
# "safeguarding concern", "unsafe", "ASAP", "at risk"), widened to their inflections.
BANNED = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|emergenc\w*|danger\w*|safeguarding\s+concerns?|unsafe|"
                    r"asap|at\s+risk)\b")

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
    if not lab["why"] or len(lab["why"]) < 60: err("why too short")
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
    whole = text + " " + all_headers(msg)
    if e["urgent"]:
        hits = sorted({m.group(0).lower() for m in BANNED.finditer(whole)})
        if hits: err("banned words in an urgent mail: %s" % hits)
    for y in YEAR.findall(whole):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                err("dob %s of %s is not before now" % (c["dob"], c["name"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in whole: err("excluded person %s not in the text or headers" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 12, "near_miss": 13, "ordinary": 15}

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:
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
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s: files are not _01.._08" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or len(FILES) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses, 40 files)"
                      % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

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

def _rcpts(msg):
    return [a.lower() for _n, a in email.utils.getaddresses([str(msg[h] or "") for h in ("To", "Cc")])]

def _family(msg):
    """Addresses of the family (every family address in this set is at example.com)."""
    return [a for a in _rcpts(msg) + [email.utils.parseaddr(str(msg["From"]))[1].lower()] if a.endswith("@example.com")]

def _body_only(msg):
    return re.sub(r"\s+", " ", " ".join(p.get_content() for p in msg.walk() if not p.is_multipart()
                                          and not p.get_filename() and p.get_content_type().startswith("text/")))


# ============================================================================= structural checks: each file really has
# the feature its label relies on
def _k01(msg):
    return ("MsoTableGrid" in _html(msg) and "leanne.doyle@example.com" in str(msg["To"]).lower()
            and KFF.lower() in str(msg["Cc"]).lower() and "a week today" in _plain(msg)
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2041, 5, 6) in BANK_HOLIDAYS)

def _k02(msg):
    return (KMASH in str(msg["Cc"]) and "claire.kavanagh@example.com" in str(msg["To"])
            and "ready for collection at 3.15pm" in _plain(msg) and "it'll be worse next time" in _plain(msg)
            and "<table" in _html(msg) and _date(msg).hour < 15)

def _k03(msg):
    t = readable(msg)
    return (_exts(msg) == ["docx", "pdf", "docx"] and "donna.nolan@example.com" in str(msg["Cc"])
            and "immediate danger" in t and "it has not happened again" in t
            and _wd("knowsley_03.eml") == 5 and _pw("knowsley_03.eml") == 6)

def _k04(msg):
    b = _body_only(msg)
    t = readable(msg)
    return (_exts(msg) == ["pdf"] and "Prescot Family Hub" not in b and "Alison Tiernan" not in b
            and "Prescot Family Hub" in t and "Alison Tiernan" in t and "Level 2" in t
            and _wd("knowsley_04.eml") == 6 and _pw("knowsley_04.eml") == 7)

def _flowed(msg):
    return any((p.get_param("format") or "") == "flowed" for p in msg.walk() if p.get_content_type() == "text/plain")

def _unflowed(msg):
    """The text/plain part with format=flowed soft line breaks (a space before the line end) joined up."""
    return re.sub(r" \n(?!\n)", " ", _plain(msg))

def _k05(msg):
    p = _unflowed(msg)
    new, _sep, old = p.partition("On 15 May 2041, at 17:02")
    return (_flowed(msg) and "back in 10 mins" in new and "Tayla Doran" not in new
            and "Tayla Doran" in old and "[SB-knowsley-3318]" in str(msg["Subject"]) and KMASH in str(msg["Cc"]))

def _k06(msg):
    return _no_plain(msg) and _exts(msg) == ["pdf"] and "found not proven" in readable(msg)

def _k07(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return "PARTSTAT=ACCEPTED" in c and "EHM-57219" in c and "donna.nolan@example.com" in str(msg["From"])

def _k08(msg):
    to = str(msg["To"]).lower()
    return ("jordanpye26@example.com" in to and "michelle.pye@example.com" in to and KFF.lower() in to
            and "exploitation screening was closed" in _plain(msg) and "a week today" in _plain(msg)
            and _wd("knowsley_08.eml") == 4 and _pw("knowsley_08.eml") == 5 and date(2041, 5, 27) in BANK_HOLIDAYS)

def _r01(msg):
    p = _plain(msg)
    return ("\nRationale for step up\n" in p and _exts(msg) == ["docx"] and "funmi.adebayo@example.com" in str(msg["Cc"])
            and _exp("richmond_wandsworth_01.eml")["consent"] is False)

def _r02(msg):
    p = _plain(msg)
    top, sep, rest = p.partition("________________________________")
    return (str(msg["Subject"]).startswith("FW: ") and top.strip() == "Please see below - copy of what I've sent Chloe. Grace"
            and sep and "ring" in rest and "Dean would be looking after Arlo on his own this afternoon" in rest)

def _r03(msg):
    return (_flowed(msg) and _exts(msg) == ["pdf", "docx"]
            and "There are no current concerns about domestic abuse" in readable(msg))

def _r04(msg):
    return _no_plain(msg) and "<table" in _html(msg) and _exts(msg) == ["pdf"] and "marek.kowalczyk@example.com" in str(msg["To"])

def _r05(msg):
    return (RSU in str(msg["Cc"]) and _date(msg).hour < 9 and "jadeokonkwo.10r@example.com" in str(msg["From"])
            and "tonight" in _plain(msg))

def _r06(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=ACCEPTED" in c and "COMMENT" in c and "Mosaic 2218847" in c

def _r07(msg):
    return (all(p["Content-Transfer-Encoding"] == "base64" for p in msg.walk() if not p.is_multipart())
            and "no further action was needed" in readable(msg))

def _r08(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and HALF_TERM[0] <= _date(msg).date() <= HALF_TERM[1]
            and BANNED.search(readable(msg)) is not None)

def _t01(msg):
    return ("MsoTableGrid" in _html(msg) and _exts(msg) == ["pdf", "docx"]
            and working_days(date(2041, 5, 2), date(2041, 5, 14)) <= 10 and "rehana.uddin@example.com" in str(msg["To"]))

def _t02(msg):
    to = str(msg["To"])
    return (_exts(msg) == ["pdf"] and "shirin.rahman@example.com" in to and TMAST in to
            and "3.15pm today" in _plain(msg))

def _t03(msg):
    return msg["Content-Transfer-Encoding"] == "7bit" and "The flat is now safe to use as normal" in _plain(msg)

def _t04(msg):
    return _no_plain(msg) and "at 12.30" in readable(msg) and "We may have got this wrong" in readable(msg)

def _t05(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in FILES["tower_hamlets_05.eml"] and "dan.osei@example.com" in str(msg["Cc"]))

def _t06(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "no concern about any particular child" in readable(msg)

def _t07(msg):
    return "gmail_quote" in _html(msg) and "salmamiah1985@example.com" in str(msg["From"])

def _t08(msg):
    return _plain(msg).rstrip().endswith("the crying has not stopped.") and TMAST in str(msg["Cc"])

def _b01(msg):
    return (age_years(date(2037, 6, 17), _today("torbay_01.eml")) < 5 and _exts(msg) == ["pdf"]
            and "gemma.tremlett@example.com" in str(msg["Cc"]))

def _b02(msg):
    p = _plain(msg)
    new, _s, old = p.partition("On Mon, 24 Jun 2041")
    return ("at dinner time today" in new and "Kayla Brimble" not in new and "Kayla Brimble" in old
            and BMASH in str(msg["Cc"]) and "waynebrimble77@example.com" in str(msg["From"]))

def _b03(msg):
    return _exts(msg) == ["pdf"] and "remanded in custody" in readable(msg) and "Mia and Jake" in readable(msg)

def _b04(msg):
    return _flowed(msg) and "leanne.rowe@example.com" in str(msg["Cc"])

def _b05(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "dog" in c and "LCS-5530217" in c and 9 <= _date(msg).hour < 17

def _b06(msg):
    return ("won't wake up" in _plain(msg) and BMASH in str(msg["Cc"]) and _date(msg).hour < 10
            and "emergency" not in readable(msg).lower())

def _b07(msg):
    return ("only a 'what if' plan" in readable(msg) and "999" in readable(msg) and _exts(msg) == ["pdf"]
            and _exp("torbay_07.eml")["consent"] is False)

def _b08(msg):
    return ("[SB-torbay-5507]" in str(msg["Subject"]) and _exts(msg) == ["pdf"]
            and "Macey Lewis" not in _body_only(msg))

def _h01(msg):
    return _exts(msg) == ["docx", "pdf"] and "tanya.probert@example.com" in str(msg["Cc"])

def _h02(msg):
    b = _body_only(msg)
    return (_exts(msg) == ["pdf"] and "together with God" not in b and "together with God" in readable(msg)
            and "Lacey Mapp" not in str(msg["Subject"]) and "Lacey Mapp" not in b)

def _h03(msg):
    return HEH in str(msg["Cc"]) and "1pm today" in _plain(msg) and ("herefordshire", "step_up") not in DEFINED

def _h04(msg):
    return (_exts(msg) == ["docx", "pdf"] and "There are no current child protection concerns" in _plain(msg)
            and "amy.jenkins@example.com" in str(msg["To"]))

def _h05(msg):
    return _exts(msg) == ["pdf"] and "no safeguarding concerns" in readable(msg)

def _h06(msg):
    return (_flowed(msg) and "Apple-Mail" in msg["Content-Type"]
            and _exts(msg) == ["docx"])

def _h07(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and msg["X-Auto-Response-Suppress"] is None
            and not str(msg["Subject"]).startswith("Automatic reply"))

def _h08(msg):
    t = readable(msg)
    return ("None of these are real families" in t and "ready for collection at 3.15pm" in t
            and BANNED.search(t) is not None and _exts(msg) == ["docx"])

CUSTOM = [
    ("knowsley_01.eml", "Word table; mum in To, duty in Cc; 'a week today' = 4 WD (5 plain) over May Day", _k01),
    ("knowsley_02.eml", "school letter to mum, MASH cc; collection 3.15pm; the child's words", _k02),
    ("knowsley_03.eml", "docx+pdf+docx; mum in Cc; negated 'immediate danger'; exactly 5 WD (6 plain)", _k03),
    ("knowsley_04.eml", "the meeting and lead practitioner only in the PDF letter; 6 WD (7 plain)", _k04),
    ("knowsley_05.eml", "iPhone reply-all; facts in the new text, names only in the quote", _k05),
    ("knowsley_06.eml", "HTML-only covering mail + PDF; 'found not proven'", _k06),
    ("knowsley_07.eml", "Google REPLY ACCEPTED from the parent; EHM id in the calendar", _k07),
    ("knowsley_08.eml", "young person, mum and duty all in To; closed exploitation; 4 WD (5 plain) over Spring BH", _k08),
    ("richmond_wandsworth_01.eml", "rationale heading; docx; mum in Cc; consent refused", _r01),
    ("richmond_wandsworth_02.eml", "FW: with one line on top; the facts only under the separator", _r02),
    ("richmond_wandsworth_03.eml", "Thunderbird flowed; pdf+docx; negated domestic abuse", _r03),
    ("richmond_wandsworth_04.eml", "HTML-only with a table; pdf; dad in To", _r04),
    ("richmond_wandsworth_05.eml", "young person's own mail, MASH in Cc, before 09:00", _r05),
    ("richmond_wandsworth_06.eml", "REPLY ACCEPTED with COMMENT; Mosaic id in the SUMMARY", _r06),
    ("richmond_wandsworth_07.eml", "GP letter, base64 parts; reviewed, no further action", _r07),
    ("richmond_wandsworth_08.eml", "auto-reply in half-term week with boilerplate alarm words", _r08),
    ("tower_hamlets_01.eml", "Word table; pdf+docx; TAF within 10 WD of the assessment", _t01),
    ("tower_hamlets_02.eml", "mum and MAST both in To; MARF pdf; 3.15pm today", _t02),
    ("tower_hamlets_03.eml", "7bit plain housing letter; 'now safe'", _t03),
    ("tower_hamlets_04.eml", "HTML-only nursery letter, hedged; 12.30", _t04),
    ("tower_hamlets_05.eml", "one base64 text/plain part, LF; dad in Cc", _t05),
    ("tower_hamlets_06.eml", "bulletin: List-Id, no Auto-Submitted", _t06),
    ("tower_hamlets_07.eml", "Gmail reply-all with gmail_quote", _t07),
    ("tower_hamlets_08.eml", "the PS says it is still happening", _t08),
    ("torbay_01.eml", "under-5 child; pdf; parents in Cc", _b01),
    ("torbay_02.eml", "father's reply-all: the threat in the new text, the child's name only in the quote", _b02),
    ("torbay_03.eml", "police letter pdf; remanded; first names only", _b03),
    ("torbay_04.eml", "iPad flowed; mum in Cc", _b04),
    ("torbay_05.eml", "REPLY DECLINED; the facts in the COMMENT; office hours", _b05),
    ("torbay_06.eml", "school mail to mum, MASH cc; no 'emergency contact'", _b06),
    ("torbay_07.eml", "'what if' plan; pdf; consent refused", _b07),
    ("torbay_08.eml", "[SB-] forward; children only in the consent form", _b08),
    ("herefordshire_01.eml", "docx+pdf; mum in Cc", _h01),
    ("herefordshire_02.eml", "the threat and the children's names only in the PDF", _h02),
    ("herefordshire_03.eml", "GP letter to a 14-year-old, coordinators in Cc; 1pm today", _h03),
    ("herefordshire_04.eml", "docx+pdf; negated CP; mum in To", _h04),
    ("herefordshire_05.eml", "Cafcass letter pdf; no safeguarding concerns", _h05),
    ("herefordshire_06.eml", "Apple flowed + docx", _h06),
    ("herefordshire_07.eml", "Gmail vacation: Auto-Submitted only", _h07),
    ("herefordshire_08.eml", "training examples marked not real", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "You signed the Family First consent form", "consent", True),
    ("knowsley_03.eml", "has discussed the step up with me and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "Donna knows this is being sent today", "consent", None),
    ("knowsley_04.eml", "You have given your consent for the school to take this on", "consent", True),
    ("knowsley_08.eml", "you signed the Family First consent form on Friday", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed as Early Help Team Manager", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "you do not agree with the step up", "consent", False),
    ("richmond_wandsworth_03.eml", "thank you for agreeing to Early Help carrying on with the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "I'll bring the consent form on Thursday", "consent", None),
    ("tower_hamlets_01.eml", "Mrs Uddin consented to the step-down to Early Help", "consent", True),
    ("tower_hamlets_02.eml", "said yes to me doing so", "consent", True),
    ("tower_hamlets_02.eml", "has agreed this step up to Children's Social Care", "manager_agreed", True),
    ("tower_hamlets_05.eml", "has agreed this should go to MAST", "manager_agreed", True),
    ("tower_hamlets_05.eml", "wants the help", "consent", None),
    ("tower_hamlets_07.eml", "Yes I agree for the early help to help us", "consent", True),
    ("torbay_01.eml", "you both gave your consent to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_04.eml", "Leanne has consented to this contact being made to MASH", "consent", True),
    ("torbay_04.eml", "and I agree this needs to be considered for a level 4", "manager_agreed", True),
    ("torbay_07.eml", "she does not want Early Help involvement", "consent", False),
    ("torbay_07.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_08.eml", "I agree to my family receiving level 3 Early Help support", "consent", True),
    ("herefordshire_01.eml", "I consent to the step-down to Early Help", "consent", True),
    ("herefordshire_04.eml", "I consent to the step-down to Early Help", "consent", True),
    ("herefordshire_06.eml", "she is happy for Early Help to carry on", "consent", True),
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

# The whole-set facts the README states (set_checks() recomputes and compares them).
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (5, 6), "knowsley_04.eml": (6, 7), "knowsley_08.eml": (4, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_04.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_08.eml"]     # plain weekdays say ok, working days say not ok
# The theme: a family member's address (every family address here is @example.com) is in From/To/Cc of every mail
# except these six, each still about writing to a family: the health visitor's letter to mum forwarded to MASH (mum's
# address only in the quoted header, richmond_wandsworth_02), a school DSL's calendar reply relaying mum's wish
# (richmond_wandsworth_06), a school's auto-reply to a mail about a family (richmond_wandsworth_08), a parent bulletin
# sent to the parents' list address (tower_hamlets_06), mum's note forwarded by the social worker (torbay_08) and
# training example letters to families (herefordshire_08).
NO_FAMILY_ADDRESS = ["herefordshire_08.eml", "richmond_wandsworth_02.eml", "richmond_wandsworth_06.eml", "richmond_wandsworth_08.eml",
                     "torbay_08.eml", "tower_hamlets_06.eml"]
SCHOOL_SENDERS = ("staidans-huyton", "elmhurst-academy", "stepneygreen", "schoolcomms", "roselands-primary",
                  "oldway-primary")
COUNTS = {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2041])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2041 is %s, expected %s before the window" % (easter, EASTER))
    if WINDOW[0].date() != date(2041, 4, 22) + timedelta(days=1) or WINDOW[0].weekday() != 1:
        errors.append("set: the window must start on Tuesday 23 April 2041, the day after Easter Monday")
    if WINDOW[1].date() != date(2041, 7, 19) or WINDOW[1].weekday() != 4:
        errors.append("set: the window must end on Friday 19 July 2041")
    if not (HALF_TERM[0] in BANK_HOLIDAYS and HALF_TERM[0].weekday() == 0 and HALF_TERM[1].weekday() == 4):
        errors.append("set: half term must be the week of the Spring Bank Holiday")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2041, 3) and BST_END.date() == last_sun(2041, 10)):
        errors.append("set: BST must start on the last Sunday of March 2041 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    counts, offsets, no_family = {}, {}, []
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = [text.find(c["name"]) for c in lab["expect"]["children"]]
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
        if not _family(msg):
            no_family.append(f)
        sender = str(msg["From"]).lower()
        if any(s in sender for s in SCHOOL_SENDERS) and lab["expect"]["kind"] != "auto_reply":
            if HALF_TERM[0] <= _date(msg).astimezone(LON).date() <= HALF_TERM[1]:
                errors.append("%s: a school writing during half term" % f)
    if sorted(no_family) != NO_FAMILY_ADDRESS:
        errors.append("set: mails with no family address are %s, expected %s" % (sorted(no_family), NO_FAMILY_ADDRESS))
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
    out.append("out of office hours (Date before 09:00 or from 17:00): %s" % sorted(
        l["file"] for l in LABELS if not (9 <= _date(parse(l["file"])).hour < 17)))
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
    # read back what was written: every .eml parses with the stdlib email package
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        assert m["Message-ID"] and not m.defects, f
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
