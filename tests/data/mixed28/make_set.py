#!/usr/bin/env python3
"""mixed28: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2047, on the theme of the wider family and community writing in: a grandmother, a neighbour,
a pastor and a vicar, a football coach, a landlord, a school-run taxi driver, a GP receptionist, a nursery key worker,
two childminders, a grandfather and two older siblings - many typed on a phone (no punctuation, all capitals,
run-on sentences, emoji, text-speak, autocorrect-style slips) - plus practitioners' terse one-line mobile replies
("Sent from my iPhone", "Get Outlook for iOS") and Outlook mail sent "on behalf of" a shared team mailbox. The
professionals' ordinary requests exercise every field.

Window: Monday 2 September - Friday 20 December 2047 (1 September 2047 is a Sunday). British Summer Time ends at
01:00 UTC on Sunday 27 October 2047: mail before it is +0100, mail after it +0000. No England & Wales bank holiday
falls inside the window; Christmas Day (Wed 25 Dec), Boxing Day (Thu 26 Dec) and New Year's Day 2048 (Wed 1 Jan)
fall just after it and are crossed by two Knowsley notice counts (one decisively).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). The MIME, Word HTML, PDF, .docx, iCalendar, quote-chain, working-day, readable-text and self-check
helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the
specification; the self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 2 September - Friday 20 December 2047) straddles
    the end of British Summer Time: BST ends at 01:00 UTC on Sunday 27 October 2047, so mail before it carries
    +0100 and mail after it +0000. The self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2047, 9, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers from mixed22 (kept)
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


# ----------------------------------------------------------------------------- helpers from mixed25 (kept)
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



# ============================================================================= helpers from mixed27 (kept)
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




# ============================================================================= helpers added for mixed28
def behalf_top(fname, shared_name, shared_email, sender_name, sender_email, to, subject, when, cc=None, extra=None):
    """Outlook 'Send on behalf of' a shared mailbox: From is the shared mailbox, Sender the person who pressed Send
    (Outlook shows 'Sender on behalf of Shared')."""
    top = outlook_top(fname, addr(shared_name, shared_email), to, subject, when, cc=cc, extra=extra)
    i = [k for k, _v in top].index("From")
    top.insert(i + 1, ("Sender", addr(sender_name, sender_email)))
    return top

def phone_mail(f, top, text, atts=(), cte="base64", charset="utf-8"):
    """A phone client's single text/plain part (LF line ends), base64 or quoted-printable, optional attachments."""
    t = text_part(text, cte=cte, charset=charset)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, False)

def mislabelled_part(text, actual="windows-1252", label="iso-8859-1"):
    """A text/plain part whose bytes are `actual` but whose charset label says `label` (Outlook on an old PC)."""
    return Part([("Content-Type", 'text/plain; charset="%s"' % label), ("Content-Transfer-Encoding", "quoted-printable")],
                qp(text, actual))

def rfc822_part(inner_bytes, filename):
    """A forwarded message attached whole (message/rfc822), as Outlook's 'Forward as attachment' does."""
    inner = inner_bytes.decode("ascii").replace("\r\n", "\n")
    return Part([("Content-Type", 'message/rfc822; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename)], inner)

def png_att(filename, w, h, rgb):
    return binary_part("image/png", filename, make_png(w, h, rgb))

def ics_att(f, filename, cal):
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

IPHONE = "\n\nSent from my iPhone\n"

LONGDISC = T("""
-----------------------------------------------------------------------------------------------
This email and any files transmitted with it are confidential and intended solely for the use of the individual or
entity to whom they are addressed. If you have received this email in error please notify the system manager. This
message contains confidential information and is intended only for the individual named. If you are not the named
addressee you should not disseminate, distribute or copy this e-mail. Please notify the sender immediately by e-mail
if you have received this e-mail by mistake and delete this e-mail from your system. If you are not the intended
recipient you are notified that disclosing, copying, distributing or taking any action in reliance on the contents of
this information is strictly prohibited. Emails sent to and from this organisation may be monitored and recorded for
the purposes of training, quality and compliance with the Regulation of Investigatory Powers Act. The council accepts
no liability for any viruses that may be transmitted by this email; please carry out your own checks. Think of the
environment: do you need to print this email?
-----------------------------------------------------------------------------------------------
""")


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2047-09-10 09:48:12"
    body = T("""
Hi all,

Please find attached the step up request for the McAllister children, EHM-104772, with the step up SOS form, the GCP2 and the minutes of the last TAF. This is the calendar invite for the step up TAF on Wednesday 18th September at 10:00 on Teams; I have invited the current TAF members (school, health visitor and the housing officer).

Children:
Aoife McAllister - DOB 3rd March 2036
Cian McAllister - DOB 11/11/2040

Mum (Siobhan) knows about the step up and has agreed to it. My TM's agreement is below.

Kind regards
Niamh Roberts
Family First Case Manager | Kirkby Team | Knowsley Council
Sent on behalf of the Family First Kirkby shared mailbox
0151 496 0733

""") + quote("Coyle, Bernadette <Bernadette.Coyle@knowsley.gov.uk>", "09 September 2047 16:41",
             "Roberts, Niamh <Niamh.Roberts@knowsley.gov.uk>", "RE: McAllister - step up?", T("""
Niamh,

Agreed - we went through the GCP2 in supervision and the home conditions have not shifted in three TAF cycles. Go ahead with the step up and get it booked for a Wednesday.

Bernie

Bernadette Coyle
Team Manager | Family First Kirkby | Knowsley Council
""")) + "\n" + KDISC
    form = docx_att("FF Step Up request to CSC - McAllister.docx", appendix1([
        ("Case ID on EHM:", "EHM-104772"),
        ("Children:", "Aoife McAllister (3rd March 2036); Cian McAllister (11/11/2040)"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 18/09/2047 at 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs but the agreed actions are not done"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 04/09/2047"),
        ("What are we worried about?", "Home conditions: no working cooker since June, bedding soiled, little food in "
         "the house at three unannounced visits. Cian (6) has untreated tooth decay and has missed two dental "
         "appointments. Aoife is often in school without a coat or a packed lunch."),
        ("What is working well?", "Mum loves the children and they are close to her; school give breakfast club; "
         "mum's sister helps at weekends."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 28/08/2047 - attached. Scores of 4 for "
         "nutrition, housing and health."),
        ("Agreement by line manager:", "Agreed - Bernadette Coyle, Team Manager, 09/09/2047"),
    ]))
    gcp2 = pdf_att("GCP2 - McAllister - 28.08.2047.pdf", "Graded Care Profile 2 - summary", [
        "Family: McAllister. Completed by: Niamh Roberts, Family First. Date completed: 28/08/2047.",
        "Area 1 Physical care - nutrition: 4. Housing: 4. Clothing: 3. Hygiene: 3. Health: 4.",
        "Area 2 Safety - in presence: 2. In absence: 2.",
        "Area 3 Love and care: 2.", "Area 4 Stimulation and education: 3."])
    minutes = docx_att("TAF minutes 04.09.2047 - McAllister.docx", [
        "# Team Around the Family - minutes", "Date: 04/09/2047, 10:00, Kirkby Family Hub",
        "Present: mum, Niamh Roberts (chair), Aoife's class teacher, the health visitor, the housing officer",
        "Housing: cooker repair refused access twice.", "Agreed: case manager to discuss step up with TM."])
    cal = ics("REQUEST", f, dt(when), "20470918T100000", "20470918T113000",
              "Step up TAF meeting - McAllister - EHM-104772", "Microsoft Teams Meeting",
              "Step up TAF for Aoife and Cian McAllister. Documents attached to the email.",
              ("Family First Kirkby", "FFKirkby@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = behalf_top(f, "Family First Kirkby", "FFKirkby@" + KDOM, "Roberts, Niamh", "Niamh.Roberts@" + KDOM,
                     addr("Knowsley MASH", KMASH), "Step up TAF meeting - McAllister - EHM-104772", when,
                     cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-104772"],
        [ch("Aoife McAllister", "2036-03-03", "3rd March 2036"), ch("Cian McAllister", "2040-11-11", "11/11/2040")],
        ["neglect"], True, True, [], True, "book_meeting",
        "OUTLOOK 'SENT ON BEHALF OF' A SHARED MAILBOX (From: Family First Kirkby, Sender: the case manager) carrying "
        "the step-up TAF invitation itself (iTIP REQUEST) plus the SOS form (.docx), GCP2 (.pdf) and TAF minutes "
        "(.docx). Knowsley step-up requirements all met: form, EHM id, TAF minutes, meeting date/time, GCP2 because "
        "the concern is neglect (home conditions, untreated decay). MANAGER AGREEMENT ONLY IN THE QUOTED REPLY "
        "('Agreed ... Go ahead with the step up') and the form -> true. 'has agreed to it' (mum) -> consent true "
        "(not required for a Knowsley step-up). Mc names; DOBs '3rd March 2036' and '11/11/2040'; 28/08/2047 and "
        "04/09/2047 are form/TAF dates, not DOBs. Notice: Tue 10 Sep -> Wed 18 Sep 2047 = 6 WD >= 5 -> ok -> "
        "book_meeting.",
        meeting=date(2047, 9, 18), not_children=["Niamh Roberts", "Bernadette Coyle"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2047-12-19 15:20:40"
    body = T("""
Hi Family First,

Step down at Level 3 for the O'Keeffe children - ICS-2210381.

Ronan O'Keeffe - 04-07-2039
Saoirse O'Keeffe - 2044-01-15

Dad has consented to the case being referred to Family First (he signed at the CIN review on 17/12/2047).

Joint home visit: Friday 27th December at 2pm, at the family home, 7 Lime Grove, Kirkby, L33 9ZQ. I know it's between Christmas and New Year but it's the only day dad is off work.

What are we worried about?
Dad has been low since mum left in the spring and stopped his medication for a few weeks in October. He is back under his GP and taking it, but he is tired and the mornings are chaotic. Ronan has taken on a lot of the caring for Saoirse.

What is working well?
Dad has been open with us throughout. Paternal grandma lives round the corner and does the school run three days a week. Both children are settled at school.

What needs to happen?
A Family First case manager to lead a TAF with school and dad's GP; a young carers assessment for Ronan; help for dad with a morning routine.

Thanks and merry Christmas when it comes,
Ciaran

Ciaran Delahunt
Social Worker | CIN Team (Kirkby) | Knowsley Council
0151 496 0614

""") + KDISC
    top = plain_top(f, addr("Delahunt, Ciaran", "Ciaran.Delahunt@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - O'Keeffe - ICS-2210381 - joint visit Fri 27th Dec", when, KDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-2210381"],
        [ch("Ronan O'Keeffe", "2039-07-04", "04-07-2039"), ch("Saoirse O'Keeffe", "2044-01-15", "2044-01-15")],
        ["parental_mental_health", "young_carer"], True, None, [], False, "request_info",
        "Complete Knowsley Level 3 step-down (date, time and venue of the joint home visit; all three Signs of Safety "
        "headings; 'Dad has consented' -> consent true). Apostrophe names (O'Keeffe); DOBs dd-mm-yyyy and ISO; "
        "17/12/2047 is the CIN review date. NOTICE ACROSS CHRISTMAS, DECISIVE: from Thu 19 Dec the visit on Fri "
        "27 Dec 2047 is 6 plain weekdays but Wed 25 (Christmas Day) and Thu 26 Dec (Boxing Day) are bank holidays -> "
        "4 working days (20, 23, 24, 27) < 5 -> notice not ok -> request_info. Concerns: dad's low mood and "
        "medication -> parental_mental_health; Ronan caring for his sister -> young_carer.",
        meeting=date(2047, 12, 27), not_children=["Ciaran Delahunt"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2047-12-20 11:02:05"
    blocks = [
        "Good morning,",
        "",
        "I am stepping Zofia down to a Level 2 service at her final CIN meeting after the holidays. Details below - "
        "the school have agreed to take on the Lead Practitioner role.",
        "",
        ("table", [["Item", "Details"],
                   ["Child", "Zofia Kowalczyk-Byrne, DOB 21.05.2037"],
                   ["ICS", "ICS ID 2204417"],
                   ["Final CIN meeting", "Thursday 2nd January 2048, 1:30pm"],
                   ["Venue", "Kirkby Family Hub, Room 2"],
                   ["Lead Practitioner (Level 2)", "Mrs Hannah Doyle, Pastoral Lead, St Aidan's Catholic Primary School"]]),
        "",
        ("h", "What are we worried about?"),
        "Zofia's attendance is 82% this term; most absences are Mondays. She has a diagnosis of dyspraxia and her EHCP "
        "needs review; mum finds the paperwork hard.",
        ("h", "What is working well?"),
        "Mum has engaged with every CIN meeting. Zofia is doing well in reading and has two close friends. School "
        "have put in a morning check-in.",
        ("h", "What needs to happen?"),
        "Mrs Doyle to hold the Early Help Assessment; SENCO to bring the EHCP review forward; attendance officer "
        "to meet mum in January.",
        "",
        "Many thanks,",
        "Lorna",
        "",
        "Lorna Fairbrother",
        "Senior Social Worker | CIN Team (Huyton) | Knowsley Council",
        "0151 496 0281",
    ]
    top = outlook_top(f, addr("Fairbrother, Lorna", "Lorna.Fairbrother@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - final CIN Thurs 2nd Jan - Kowalczyk-Byrne", when)
    add(f, word_mail(f, top, blocks + ["", KDISC.strip()]), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["2204417"],
        [ch("Zofia Kowalczyk-Byrne", "2037-05-21", "21.05.2037")],
        ["disability_send", "school_attendance"], None, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down in an Outlook Word-HTML table: date, time and venue of the final CIN "
        "meeting, lead practitioner with agency (school pastoral lead), all three headings as bold headings. "
        "'ICS ID 2204417' -> bare number. Hyphenated surname; DOB dd.mm.yyyy. Consent not stated (not required at "
        "Level 2) -> null. NOTICE ACROSS CHRISTMAS AND NEW YEAR, not decisive: from Fri 20 Dec 2047 to Thu 2 Jan "
        "2048 is 9 plain weekdays, 6 working days (23, 24, 27, 30, 31 Dec, 2 Jan; 25, 26 Dec and 1 Jan are bank "
        "holidays) >= 5 -> ok -> book_meeting. Concerns: 82% -> school_attendance; dyspraxia/EHCP -> disability_send.",
        meeting=date(2048, 1, 2), not_children=["Hannah Doyle", "Lorna Fairbrother"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2047-09-12 15:42:09"
    body = T("""
HIYA ITS KAYDENS NAN I GOT THIS EMAIL OFF THE COUNCIL WEBSITE I DONT NO IF ITS THE RIGHT ONE

KAYDEN MULLIGAN HES 6 HE GOES ST JOSEPHS IN HUYTON. I PICKED HIM UP FROM SCHOOL TODAY COS HIS MUM IS IN WORK AND HIS EAR HAS GOT DRIED BLOOD IN IT AND THE TOP OF IT IS ALL SWOLLEN AND HIS EYE IS GOING PURPLE 😢 HE SAID DANNY PUNCHED ME COS I SPILT ME BLACKCURRANT ON THE SETTEE. DANNY IS HIS MUMS FELLA HE MOVED IN IN THE SUMMER

HIS MUM RANG ME AND SAID BRING HIM BACK FOR HIS TEA FOR 5 AND DANNY WILL BE THERE ON HIS OWN WITH HIM TIL SHE FINISHES AT 10. HE IS HIDING UNDER MY KITCHEN TABLE AND SAYS HE DONT WANT TO GO HOME 😢😢

I DONT WANT TO CAUSE TROUBLE WITH MY DAUGHTER BUT I DONT NO WHAT TO DO. PLS RING ME 07700 900 418

PAT MULLIGAN (NAN)
""") + IPHONE.lstrip("\n")
    photo = png_att("IMG_5531.PNG", 90, 120, (201, 160, 150))
    top = plain_top(f, addr("Pat Mulligan", "patmulligan61@example.com"), KFF,
                    "KAYDEN", when, "example.com", "iPhone Mail (22A3354)")
    add(f, phone_mail(f, top, body, [photo]), "knowsley", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Kayden Mulligan", as_written="KAYDEN MULLIGAN")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A GRANDMOTHER WRITING TO THE WRONG INBOX FROM HER PHONE, ALL CAPITALS, NO PUNCTUATION, EMOJI, an image with "
        "no text: a 6-year-old with blood in his ear, a swollen ear and a purple eye, his own words 'DANNY PUNCHED "
        "ME', and he goes back at 5 to be alone with Danny until 10 tonight. Immediate risk by DESIGN safety rule 1 "
        "though no alarm word is used -> urgent, alert_duty. Not a request from a practitioner -> kind other. Name in "
        "capitals labelled normalised 'Kayden Mulligan'; no DOB. physical_harm.",
        not_children=["PAT MULLIGAN"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2047-11-04 13:12:51"
    ack = ack_text("step up", "SB-knowsley-41", [
        "Case: EHM-103386", "Children: Lily-Mae Harrop (DOB 02/02/2043), Archie Harrop (DOB 19/08/2044)",
        "Step up TAF meeting: Wednesday 13 November 2047, 10:00, Microsoft Teams"], [])
    body = "Going there now" + IPHONE + "\n" + T("""
On 4 Nov 2047, at 09:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + stepbot_ack("SB-knowsley-41", ack.rstrip("\n").split("\n"))
    top = plain_top(f, addr("Roisin Kenny", "Roisin.Kenny@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-41] Step up received - mum has taken an overdose, Lily-Mae and Archie on their "
                    "own in the house", when, KDOM, "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-103386"],
        [ch("Lily-Mae Harrop", "2043-02-02", "02/02/2043"), ch("Archie Harrop", "2044-08-19", "19/08/2044")],
        ["neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE SUBJECT LINE of a one-line iPhone reply ('Going there now / Sent from my iPhone') to "
        "stepbot's acknowledgement [SB-knowsley-41]: mum has taken an overdose and a 4- and a 3-year-old are alone "
        "in the house now. Immediate risk -> urgent; a reply to an existing request -> follow_up, but urgent wins "
        "-> alert_duty. Children, DOBs and the EHM id come from the quoted acknowledgement. Concerns: overdose -> "
        "parental_mental_health; toddlers alone -> neglect. No alarm word anywhere.",
        )

def knowsley_06():
    f = "knowsley_06.eml"; when = "2047-10-01 08:00:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BULLETIN, OCTOBER

In this issue
1. Step up and step down: what the MASH inbox needs from you
2. Practice scenarios for team meetings
3. Training dates this term

1. STEP UP AND STEP DOWN
Every step up to CSC needs the step up SOS form, the latest TAF minutes and the date of the step up TAF meeting, with at least 5 working days' notice. If your concern is neglect, attach the Graded Care Profile 2. Immediate child protection concerns must never be emailed to the inbox: ring the MASH duty social work team, or 999.

2. PRACTICE SCENARIOS (fictional - for discussion in team meetings only)
Scenario A: A nursery worker notices finger-tip bruising on a 2-year-old's upper arms. Mum says the child fell. What do you do before the child goes home?
Scenario B: A 14-year-old tells his football coach that older boys have told him to carry a parcel tonight and that they know where his family live. Who do you call, and when?
Scenario C: A neighbour hears a baby crying for hours in a flat where the lights are off and no adult is answering the door. Is this an immediate risk?
Scenario D: A grandparent emails the Family First inbox at 4pm on a Friday about an injury to her grandson. Who reads that email, and when?
Discuss: which of these are immediate child protection concerns, and what does "immediate" mean at 5pm on a Friday?

3. TRAINING
Neglect and the GCP2 - Tuesday 15 October, 9:30-12:30, Huyton Suite.
Child exploitation: the Merseyside Exploitation Assessment - Thursday 7 November, 13:30-16:00, online.

You are receiving this because you are subscribed to KSCP practice bulletins. Unsubscribe: https://kscp.example.org/unsubscribe
""")
    top = [("From", addr("KSCP Bulletins", "bulletins@kscp.example.org")), ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", "KSCP Practice Bulletin - October: step up, scenarios, training"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "kscp.example.org")),
           ("List-Id", "KSCP practice bulletin <bulletin.kscp.example.org>"),
           ("List-Unsubscribe", "<https://kscp.example.org/unsubscribe>, <mailto:unsubscribe@kscp.example.org>"),
           ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer")]
    add(f, alt_mail(f, top, text, html_of(text, "Helvetica")), "knowsley", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEWSLETTER (List-Id, List-Unsubscribe, Precedence: bulk) full of risk words and four FICTIONAL example "
        "scenarios (finger-tip bruising, a parcel tonight, a baby crying in a dark flat, a grandparent's email) that "
        "echo this set's urgent mails: examples in a bulletin never trigger safety rule 1 -> not urgent; no request, "
        "no real child -> kind other, human_review; concerns [] (examples are not concerns).")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2047-10-23 10:05:33"
    body = T("""
Morning MASH,

Step up for the Hughes children - EHM-106115. The step up TAF is Wednesday 30th October at 10am on Teams (invite sent separately to you and MASH business support). Attached: the step up SOS form, the TAF minutes from 09/10/2047 and the Engaging Families toolkit.

Jayden Hughes - 8th March 2039
Mia-Rose Hughes - 01/12/2042

So you have the history in one place: in July Jayden told his teacher "daddy hurt mummy and threw the telly". Dad was arrested that night, was later convicted and is serving 18 months in HMP Altcourse; there is a restraining order and he has had no contact with mum or the children since July. The MARAC closed the case in September and the IDVA has finished. That is not why I am stepping up and there are no current concerns about him.

The reason for the step up is mum's non-engagement since the summer: she has not opened the door at six of the last eight visits, cancelled two TAFs and both children's attendance has fallen (Jayden 79%, Mia-Rose 84%). I have used the Engaging Families toolkit and it tells us we have tried everything at level 3.

My TM, Bernie Coyle, agreed the step up on Monday.

Thanks
Joanne

Joanne Sefton
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0977 | 07700 900 261

""") + LONGDISC
    form = docx_att("Step up SOS form - Hughes - EHM-106115.docx", appendix1([
        ("Case ID on EHM:", "EHM-106115"),
        ("Children:", "Jayden Hughes, Mia-Rose Hughes"),
        ("Date of step up TAF meeting:", "30/10/2047 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit completed 15/10/2047, attached"),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about?", "Mum not engaging; attendance falling for both children."),
        ("What is working well?", "Children are warm and well presented; maternal aunt in contact."),
        ("What next?", "Step up for a C&F assessment."),
        ("Agreement by line manager:", "Bernadette Coyle, TM, 21/10/2047"),
    ]))
    toolkit = docx_att("Engaging Families toolkit - Hughes.docx", [
        "# Engaging Families toolkit", "Family: Hughes. Completed 15/10/2047 by Joanne Sefton.",
        "Barriers identified: mum's shift work, distrust after police involvement in July.",
        "What we tried: visits at different times, a female worker, texts, a joint visit with school.",
        "What this tells us: level 3 has tried every route; the family needs a statutory assessment."])
    minutes = docx_att("TAF minutes 09.10.2047 - Hughes.docx", [
        "# TAF minutes", "09/10/2047 - mum did not attend.", "Present: school, school nurse, Family First."])
    top = outlook_top(f, addr("Sefton, Joanne", "Joanne.Sefton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Hughes - EHM-106115 - TAF Weds 30th Oct 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, toolkit, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-106115"],
        [ch("Jayden Hughes", "2039-03-08", "8th March 2039"), ch("Mia-Rose Hughes", "2042-12-01", "01/12/2042")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS: a child's own words quoted ('daddy hurt mummy') but about July; dad arrested, convicted, in "
        "prison, restraining order, MARAC closed, 'no current concerns about him' -> historic and resolved, not "
        "urgent and no domestic_abuse concern. The request itself is a complete Knowsley step-up for "
        "non_engagement + school_attendance (79%/84%): form, TAF minutes, the Engaging Families toolkit (required "
        "by non_engagement), EHM id, TM 'agreed the step up'. NOTICE ACROSS THE CLOCK CHANGE: sent Wed 23 Oct "
        "(+0100) for Wed 30 Oct 2047 (after BST ends on Sun 27 Oct) = exactly 5 WD -> ok -> book_meeting.",
        meeting=date(2047, 10, 30), not_children=["Joanne Sefton", "Bernie Coyle"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2047-09-16 08:31:20"
    data = itip_reply(f, when, "Gemma Lyons", "g.lyons@staidans-kirkby.example.sch.uk", ("Knowsley MASH", KMASH),
                      "TENTATIVE", "Step up TAF meeting - McAllister - EHM-104772", "20470918T100000",
                      "20470918T113000", "Microsoft Teams Meeting",
                      comment="Should be there but may be 10 mins late - Year 2 assembly. Gemma (DSL)")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-104772"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY with PARTSTAT=TENTATIVE and a COMMENT, from a school DSL, for knowsley_01's step-up TAF "
        "meeting; case id from the SUMMARY. kind meeting_reply -> record_reply.",
        not_children=["Gemma Lyons"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2047-11-15 21:38:44"
    text = T("""
hi sorry i dont no who else to email, i found this address on the council website.

the lady in flat 4 above me (Roehampton Court, Danebury Ave) went out about 6 with her boyfriend all dressed up and the baby is still in there. i can hear her crying thru the ceiling for over an hour now, really screaming, and its pitch black up there no lights on at all. shes only little about 18 months i think her name is Ruby. i knocked and shouted thru the letterbox and nothing, theres no one in there with her im sure of it

i rang 101 and they said to email social services?? its nearly 10 now. i am in flat 2 if someone can come i will let them in the main door

Dawn
07700 900 734

Sent from my Galaxy
""")
    htmlb = ('<div dir="auto">' + "".join('<div dir="auto">%s</div><div dir="auto"><br></div>' % esc(p)
                                        for p in text.strip().split("\n\n")) + "</div>\n")
    top = [("From", addr("Dawn Pryor", "dawnp.roehampton@example.com")), ("To", RSU),
           ("Subject", "baby left on her own upstairs"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<CAJ%s@mail.example.com>" % sha(f, "g")[:30])]
    add(f, alt_mail(f, top, text, htmlb), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "A NEIGHBOUR TYPING ON AN ANDROID PHONE (lower case, run-on sentences, 'dont no', 'thru') to the step-up "
        "inbox at 21:38: an 18-month-old left alone in a dark flat tonight, screaming for over an hour -> a baby left "
        "alone tonight is an immediate risk (safety rule 1, out of hours) -> urgent, alert_duty. Kind other (a "
        "member of the public). The baby is named by first name only ('Ruby i think') -> no child labelled. "
        "neglect. No alarm word.",
        )

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2047-10-08 11:20:15"
    body = T("""
Dear MASH colleagues,

Please accept this step up for the Lefèvre children (Mosaic ID 3301876). The latest case summary is attached.

Inès Lefèvre - 12/04/2036
Noé Lefèvre - 2040-06-30

Rationale for step up
Since the TAF review on 24 September there have been two police call-outs to the home for arguments between mum and her partner; on the second the partner broke the kitchen door. Mum's anxiety has worsened and she has missed her own GP reviews. The children's school report Noé wetting himself and Inès asking to stay late. The Early Help plan has not reduced the worry and we think a social work assessment is now needed.

Mum has agreed to the step up and knows we are sending this today.

I have agreed this step up as the Early Help Team Manager after a reflective discussion with Gemma Achterberg (Early Help worker) on 7 October.

Regards,
Tobias Grant
Team Manager, Early Help (Wandsworth West)
Sent on behalf of the Early Help Hub - Wandsworth mailbox
020 7946 0562

""") + RDISC
    summary = pdf_att("Case summary - Lefevre - Oct 2047.pdf", "Early Help case summary - Lefevre family", [
        "Mosaic ID: 3301876. Early Help worker: Gemma Achterberg. Open to Early Help since 03/03/2047.",
        "Household: mum, partner, Ines (11), Noe (7).",
        "Work done: parenting programme (completed), school family support, referral to IAPT for mum.",
        "Police call-outs 19/09/2047 and 02/10/2047: verbal arguments, kitchen door damaged on 02/10."])
    top = behalf_top(f, "Early Help Hub - Wandsworth", "EHHubWandsworth@" + RDOM, "Grant, Tobias",
                     "Tobias.Grant@" + RDOM, addr("MASH Step Up", RSU), "Step up - Lefèvre - Mosaic 3301876",
                     when)
    add(f, mail(f, top, body, [summary], html_alt=True, charset="windows-1252"), "richmond_wandsworth",
        "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3301876"],
        [ch("Inès Lefèvre", "2036-04-12", "12/04/2036"), ch("Noé Lefèvre", "2040-06-30", "2040-06-30")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up SENT ON BEHALF OF a shared mailbox by the Early Help Team Manager "
        "(From: Early Help Hub - Wandsworth, Sender: Tobias Grant): case summary attached (PDF), rationale pasted "
        "under its own heading. windows-1252 quoted-printable body and an RFC 2047 subject carrying accents (Inès, "
        "Noé Lefèvre). 'Mosaic ID 3301876' -> '3301876'. 'Mum has agreed to the step up' -> consent true; 'I have "
        "agreed this step up as the Early Help Team Manager' -> manager true. Concerns: police call-outs, door "
        "broken -> domestic_abuse; mum's anxiety -> parental_mental_health. book_meeting.",
        not_children=["Tobias Grant", "Gemma Achterberg"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2047-11-21 10:44:02"
    body = T("""
Hi Jasper / EH Duty,

Following our call this morning, here is the step down for the MacLeod children (Mosaic 3318025). You agreed a case discussion for Tuesday 26th November at 2pm on Teams.

Rory MacLeod - 30 January 2034
Isla MacLeod - 4th June 2038

The latest case summary and the draft Early Help plan are attached.

One important thing: Mum has declined Early Help. I went through the plan with her at the visit on Tuesday and she said she does not want any more workers in the house and will manage with school. Dad (who lives separately) said he would go along with whatever mum decides. I have explained she can change her mind. I am still sending the request so the discussion can decide what happens next.

The worries now are Rory's attendance (76%, mostly Mondays and Fridays) and Isla's anxiety about school.

Thanks,
Adaeze

Adaeze Ogundipe
Social Worker | Assessment and Intervention Team (Richmond) | Achieving for Children
020 7946 0418

""") + RDISC
    summary = pdf_att("MacLeod case summary.pdf", "Case summary - MacLeod", [
        "Mosaic 3318025. C&F assessment completed 14/11/2047.",
        "Reason for involvement: school referral about Rory's attendance and a fight at the school gate (August).",
        "Outcome: no further statutory involvement needed; step down recommended."])
    plan = docx_att("Draft EH plan - MacLeod.docx", [
        "# Draft Early Help plan - MacLeod", "Outcome 1: Rory attends 90%+ by February.",
        "Outcome 2: Isla has a named adult at school for her anxiety.", "Review: 4 weeks after handover."])
    top = outlook_top(f, addr("Ogundipe, Adaeze", "Adaeze.Ogundipe@achievingforchildren.example.org.uk"),
                      addr("Early Help Duty", RED), "Step down - MacLeod - case discussion Tues 26th 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3318025"],
        [ch("Rory MacLeod", "2034-01-30", "30 January 2034"), ch("Isla MacLeod", "2038-06-04", "4th June 2038")],
        ["school_attendance"], False, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with case summary (PDF) and draft plan (.docx) but CONSENT REFUSED: 'Mum "
        "has declined Early Help' -> consent false -> 'consent' missing -> request_info. Mac names (MacLeod); DOBs "
        "'30 January 2034' and '4th June 2038'; 14/11/2047 is the assessment date. 'Mosaic 3318025' -> "
        "'3318025'. Concerns: 76% -> school_attendance (Isla's anxiety about school is not a contract concern).",
        not_children=["Adaeze Ogundipe"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2047-09-25 19:55:10"
    text = T("""
Dear Sir or Madam,

I am the pastor of Putney Vale Community Church. I'm writing on behalf of one of our young mums, Kerry, who has asked me to help her find out what "Early Help" can offer her. She has two boys, Tyler and Mason, aged 9 and 6, and she is struggling since their father went to prison in the spring.

I'll be honest about the background because I think you'll want to know. The boys' father, Darren, was violent to Kerry for years and the police were involved many times; he is now serving a long sentence and is not due out until the end of next year at the earliest. There is no contact. What worries Kerry - and me - is what happens if he were to be released early and come back to the area: if he were to turn up at the house, she is sure the boys would be at risk. That is a "what if" - nothing has happened, and the family are safe at the moment.

What she would like now is practical help: parenting support, help with debts, and perhaps someone for Tyler, who has been angry at school since his dad went away.

Could someone contact Kerry (07700 900 845)? She is happy for you to call her. She is at home most days.

With thanks and God bless,
Pastor Emmanuel Adjei
Putney Vale Community Church
""")
    part = mislabelled_part(text.replace("I'm", "I’m").replace("I'll", "I’ll").replace('"Early Help"', "“Early Help”")
                            .replace('"what if"', "“what if”"))
    top = plain_top(f, addr("Pastor Emmanuel Adjei", "pastor@putneyvalecc.example.org"), RED,
                    "Help for one of our families", when, "putneyvalecc.example.org", "Microsoft Outlook 14.0")
    add(f, build(top, part, True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A FAITH LEADER asking for Early Help for a family; the risk is HYPOTHETICAL ('if he were to be released "
        "early ... the boys would be at risk') and historic (the father's violence; he is in prison, no contact, "
        "'the family are safe at the moment') -> not urgent; no concerns labelled (hypothetical/historic). Not from "
        "a practitioner -> other, human_review. Boys named by first name only -> no children. MISLABELLED CHARSET: "
        "the body is windows-1252 (curly quotes 0x91-0x94) but labelled iso-8859-1.",
        not_children=["Emmanuel Adjei"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2047-12-04 12:05:37"
    comment = ("Sorry, I can't make Thursday. Ella Brandt came into school this morning with blisters across both "
               "palms and the fingers of her left hand. She told me \"Steve held my hands on the hob because I "
               "touched his phone\". Steve is mum's partner and he is collecting her at 3.15 today, as he does every "
               "day. I've got her in my office for now. Claire Hobday, Deputy Head, Earlsfield Primary")
    data = itip_reply(f, when, "Claire Hobday", "c.hobday@earlsfield-pri.example.sch.uk",
                      ("Early Help Duty", RED), "DECLINED",
                      "Step down case discussion - Brandt - Mosaic 3290441", "20471205T140000", "20471205T150000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["3290441"], [ch("Ella Brandt")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "THE RISK IS ONLY IN THE COMMENT OF A DECLINED MEETING INVITATION (Outlook iTIP REPLY, PARTSTAT=DECLINED): "
        "a child with blistered palms, her own words quoted ('Steve held my hands on the hob'), and Steve collects "
        "her at 3.15 today. Immediate risk -> urgent; kind meeting_reply but urgent wins -> alert_duty. Case id from "
        "the SUMMARY ('Mosaic 3290441' -> '3290441'). physical_harm. No alarm word.",
        not_children=["Claire Hobday"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2047-10-14 12:31:48"
    body = T("""
Good afternoon,

Dr Okafor has asked me to send this as she is in clinic all afternoon. I'm not sure this is the right email but it was the only social services one on our list.

Our patient Mrs Janine Ross (DOB 14/02/2013) came in this morning with bruising to both upper arms and her neck. She told Dr Okafor her husband did it on Saturday night. Dr Okafor is worried about her risk and has given her the number for the domestic abuse helpline and Refuge; Mrs Ross does not want the police involved at the moment.

Mrs Ross has no children. Her only son is 24 and lives in Manchester. Nobody else lives at the address apart from her husband.

Dr Okafor wondered if there is an adults team or the MARAC we should refer to. Please let me know and I'll pass it on.

Many thanks
Sandra
Reception Team, Southfields Medical Practice
020 7946 0906

This email was sent from an NHS mail account. If you are not the intended recipient please delete it.
""")
    top = plain_top(f, addr("RECEPTION, Southfields Medical Practice (NHS)", "southfields.reception@nhs.example.net"),
                    RSU, "Patient concern - Dr Okafor", when, "nhs.example.net", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A GP RECEPTIONIST writing for the doctor to the wrong inbox: bruising, 'her risk', domestic abuse - but TO AN "
        "ADULT ONLY: 'Mrs Ross has no children', her son is 24 and lives elsewhere, nobody else at the address -> not "
        "urgent (safety rule 1 is about children); no child household -> concerns []; other, human_review. The DOB "
        "14/02/2013 is an adult's (34), not a child's.",
        not_children=["Janine Ross"], adults=[("Janine Ross", "14/02/2013")])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2047-11-05 15:10:27"
    body = T("""
Hello EH Duty,

As agreed with Jasper on the phone yesterday, confirming the step down for the Okafor twins (Mosaic ID 3325560). The case discussion is booked for Monday 11th November at 10am on Teams - invite attached so it goes in your calendar too.

Children:
A.J. Okafor - DOB 2035-11-23
Chidera Okafor - DOB 23/11/2035

Dad has given his consent for Early Help to continue the plan (he signed the consent section at the CIN review on 01/11/2047). My TM, Priya Sethi, agrees with the step down. We have agreed with dad that the Lead Professional will be Mr Kwame Mensah, SENCO at Southfields Academy.

Attached: the latest case summary and the draft plan for Early Help. Form completed 05/11/2047.

The remaining worries are around A.J.'s autism and his EHCP (annual review due 14/01/2048) and dad managing on his own since mum moved to Lagos.

Best wishes,
Tom

Tom Fairweather
Social Worker | Children in Need (Wandsworth) | Wandsworth Children's Services
020 7946 0390

""") + RDISC
    cal = ics("REQUEST", f, dt(when), "20471111T100000", "20471111T110000",
              "Step down case discussion - Okafor - Mosaic 3325560", "Microsoft Teams Meeting",
              "Case discussion for the step down of A.J. and Chidera Okafor.",
              ("Tom Fairweather", "Tom.Fairweather@" + RDOM),
              [("Early Help Duty", RED, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Quint, Jasper", "jasper.quint@" + RDOM, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    summary = pdf_att("Okafor case summary 05.11.2047.pdf", "Case summary - Okafor twins", [
        "Mosaic ID 3325560. CIN plan since 12/04/2047.", "Dad is sole carer; paternal aunt supports weekly.",
        "Progress: attendance 96%; EHCP in place for A.J."])
    plan = docx_att("Draft EH plan - Okafor.docx", [
        "# Draft plan for Early Help", "Lead Professional: Kwame Mensah (SENCO, Southfields Academy)",
        "1. Carers' support for dad.", "2. EHCP annual review 14/01/2048.", "3. Short breaks application."])
    top = outlook_top(f, addr("Fairweather, Tom", "Tom.Fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "Step down confirmation - Okafor twins - Mon 11th Nov 10am", when)
    add(f, mail(f, top, body, [summary, plan, ics_att(f, "Step down case discussion.ics", cal)], html_alt=True),
        "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3325560"],
        [ch("A.J. Okafor", "2035-11-23", "2035-11-23"), ch("Chidera Okafor", "2035-11-23", "23/11/2035")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down: case summary (PDF) and draft plan (.docx) attached, plus the "
        "case-discussion invitation as an .ics attachment (METHOD:REQUEST). A child known by INITIALS ('A.J. "
        "Okafor') and a twin; DOBs ISO and dd/mm/yyyy; dates that are NOT DOBs: CIN review 01/11/2047, form "
        "completed 05/11/2047, EHCP review 14/01/2048. 'Dad has given his consent' -> true; 'My TM ... agrees with "
        "the step down' -> manager true; lead professional named. Concerns: autism/EHCP -> disability_send.",
        not_children=["Tom Fairweather", "Priya Sethi", "Kwame Mensah"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2047-09-09 08:12:03"
    ack = ack_text("step down", "SB-richmond_wandsworth-57", [
        "Mosaic: 3312907", "Children: Harvey Lund (DOB 17/03/2037)"], ["consent: the family's consent to Early Help"])
    body = "Yes mum signed the consent this morning, I'll scan it in when I'm back at my desk" + IPHONE + "\n" + T("""
On 6 Sep 2047, at 16:20, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + stepbot_ack("", ack.rstrip("\n").split("\n"))
    top = plain_top(f, addr("Bethan Lloyd-Price", "Bethan.Lloyd-Price@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-57] Step down received - Lund", when, RDOM, "iPhone Mail (22A3354)")
    add(f, iphone_mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3312907"], [ch("Harvey Lund", "2037-03-17", "17/03/2037")],
        [], True, None, [], None, "attach_to_request",
        "PRACTITIONER'S TERSE ONE-LINE MOBILE REPLY ('Sent from my iPhone', format=flowed) to stepbot's "
        "acknowledgement [SB-richmond_wandsworth-57] that asked for consent: 'mum signed the consent this morning' -> "
        "consent true; follow_up -> attach_to_request; child, DOB and Mosaic id from the quoted acknowledgement.",
        )


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2047-09-17 16:12:30"
    body = T("""
hello

i am the driver for the school taxi (Bow Cars, council contract, the run to Olga Primary). i got this email from the lady in the school office.

the boy Zayan Chowdhury year 5 was crying in the back all the way today and didnt want to get out. at the lights he lifted his top and showed me his back, its all red lines across like from a belt and 2 of them are open and bleeding on his shirt. he said abba did it with the belt because he lost his reading book and he said he will do it again tonight when he checks the bag

i dropped him at home at 3.50 like always, his dad opened the door and took him in. i didnt no what to do i have to do the next pick up. my number is 07700 900 512

Shahid
Bow Cars

Sent from Yahoo Mail for iPhone
""")
    top = plain_top(f, addr("Shahid Bow Cars", "shahid.bowcars@example.com"), TMAST, "the boy from my school run",
                    when, "example.com", None)
    add(f, phone_mail(f, top, body, cte="quoted-printable"), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Zayan Chowdhury")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A TAXI DRIVER on the school run writing from his phone, no capitals, no full stops: belt marks across a "
        "10-year-old's back, two bleeding, his words ('abba did it with the belt ... he will do it again tonight'), "
        "and he was dropped home to that father 20 minutes ago -> immediate risk -> urgent, alert_duty. Member of "
        "the public -> other. physical_harm. No alarm word.",
        not_children=["Shahid"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2047-11-11 16:40:19"
    body = T("""
Dear Early Help Hub,

Step down request for the Islam children (Mosaic 3441029) following the Child and Family Assessment, which concluded on 06/11/2047.

Sadia Islam - 14/08/2036
Rayhan Islam - 02/02/2041

Attached are the C&F assessment and the draft TAF plan. School have added their section to the plan this afternoon.

Mum has given consent to the step down to Early Help. The Lead Practitioner will be Ms Farzana Ahmed, Family Support Worker at Stepney Green Primary School, who knows the family well.

The TAF meeting will be on Wednesday 20th November at 10am at Stepney Green Primary; I will chair it.

The needs are mum's depression (she is now under the community mental health team) and Sadia's attendance, which dropped to 84% last year.

Kind regards,
Rukhsana Malik
Social Worker | Children and Families Team (Stepney) | Tower Hamlets Council
020 7946 0711

""") + TDISC
    assess = pdf_att("C&F assessment - Islam - 06.11.2047.pdf", "Child and Family Assessment - Islam", [
        "Mosaic 3441029. Assessment concluded 06/11/2047.",
        "Analysis: mum's depression has improved with CMHT input; the children are well cared for.",
        "Outcome: step down to Early Help with a TAF led by school."])
    plan = docx_att("Draft TAF plan - Islam.docx", [
        "# Draft TAF plan - Sadia and Rayhan Islam", "Lead Practitioner: Farzana Ahmed (Stepney Green Primary)",
        "1. Mum to continue with CMHT; GP review monthly.", "2. Sadia's attendance to be above 92% by March.",
        "3. Rayhan to attend the nursery breakfast club.", "",
        "School's section (added 11/11/2047 by Farzana Ahmed):",
        "This morning Sadia told her class teacher that her uncle, who moved into the flat last week, 'comes into "
        "my bed when everyone is asleep and says it is our secret'. She cried and said she does not want to go home "
        "tonight. The uncle is still living at the flat. Mum was told at pick-up and took both children home."])
    top = outlook_top(f, addr("Malik, Rukhsana", "Rukhsana.Malik@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Islam - Mosaic 3441029", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "urgent", "step_down", True, None, ["3441029"],
        [ch("Sadia Islam", "2036-08-14", "14/08/2036"), ch("Rayhan Islam", "2041-02-02", "02/02/2041")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], True, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN AN ATTACHMENT: an otherwise complete Tower Hamlets step-down (assessment PDF, draft TAF "
        "plan, consent, lead practitioner with agency) whose plan .docx carries the school's section added today: "
        "Sadia's disclosure that her uncle 'comes into my bed when everyone is asleep', she does not want to go home "
        "tonight, the uncle still lives there and she was taken home. Every part is read (safety rule 1) -> urgent, "
        "alert_duty. Concerns: mum's depression, 84% attendance, and the disclosure -> sexual_harm. missing [].",
        not_children=["Rukhsana Malik", "Farzana Ahmed"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2047-10-17 22:47:00"
    body = T("""
hi

im Imran Miah's big sister Ruksana im 22. my mum doesnt speak much english so im writing for her, she said its ok.

Imran is 13 hes at Bow School and hes hardly going in this term, they said its 61% and hes going to get a fine or something. he just stays in his room on his xbox all night and wont get up. mum cant make him shes on her own with him and my 2 little sisters.

before anyone says anything - i know u might think hes at risk or something but hes not. dad moved out 2 yrs ago and hes never been back, no contact at all, nobody hits anybody in our house and no one is in danger. its literally just school and the xbox lol 🙄

the school said theres something called early help that can help with attendance, can someone ring mum (me really) on 07700 900 309. thanks

Ruksana
""")
    top = plain_top(f, addr("ruksana m", "ruksanam.2k@example.com"), TEH, "help for my brother", when,
                    "example.com", None)
    add(f, phone_mail(f, top, body), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Imran Miah")], ["school_attendance"], None, None, [], None,
        "human_review",
        "AN OLDER SIBLING (22) WRITING FOR MUM from her phone, lower case, 'u', 'lol', emoji, late evening: asks for "
        "Early Help for her brother's attendance (61%). Risk words are all NEGATED ('hes not' at risk, 'nobody hits "
        "anybody', 'no one is in danger'; dad gone 2 years, no contact) -> not urgent. Not a practitioner's request "
        "-> other, human_review. Concern: school_attendance. Imran Miah labelled (no DOB); the sisters are unnamed.",
        not_children=["Ruksana"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2047-10-03 14:26:51"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Begum-Ali children (Mosaic 3419884), who have been open to Targeted Early Help since April.

Hana Begum-Ali - 09/09/2038
Idris Begum-Ali - 2042-03-27

Concerns: the home is very cluttered and dirty, there is often no food, Idris (5) has had head lice untreated for months and Hana's attendance is 71%. Mum has consented to this referral.

I need to be transparent: I discussed this with my manager, Nadia Karim, on Tuesday and she does not agree that it meets the threshold for a step up yet - she would like one more TAF review with a new plan first. The school DSL has asked me to send it to you anyway so that MAST can take a view. I have told Nadia I am doing so.

Kind regards
Ellie Marchbank
Family Support Practitioner | Targeted Early Help (Bow & Poplar) | Tower Hamlets Council
020 7946 0674

""") + TDISC
    marf = docx_att("MARF - Begum-Ali - Oct 2047.docx", [
        "# Multi-Agency Request for Support Form", "Children: Hana Begum-Ali, Idris Begum-Ali",
        "Mosaic: 3419884", "Parental consent: Yes (mum, 30/09/2047)",
        "Manager's comments: Not agreed at this time - one more TAF review first (N. Karim)",
        "Reason for request: neglect of home conditions and health needs; poor school attendance."])
    top = outlook_top(f, addr("Marchbank, Ellie", "Ellie.Marchbank@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up request - Begum-Ali", when)
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3419884"],
        [ch("Hana Begum-Ali", "2038-09-09", "09/09/2038"), ch("Idris Begum-Ali", "2042-03-27", "2042-03-27")],
        ["neglect", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with the MARF attached, but MANAGER AGREEMENT REFUSED: 'she does not agree that "
        "it meets the threshold for a step up yet' (and the MARF: 'Not agreed at this time') -> manager_agreed false "
        "-> 'manager_agreed' missing -> request_info. 'Mum has consented to this referral' -> consent true. "
        "Hyphenated surname; DOBs dd/mm/yyyy and ISO; 30/09/2047 is the consent date. Concerns: home conditions, no "
        "food, untreated lice -> neglect; 71% -> school_attendance.",
        not_children=["Nadia Karim", "Ellie Marchbank"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2047-11-04 10:02:44"
    rows = [("Child", "Eliška Nováková"), ("DOB", "2038-09-09"), ("Mosaic", "Mosaic: 3456120"),
            ("C&F assessment completed", "01/11/2047"),
            ("TAF meeting (I will chair)", "Tuesday 12/11/2047 at 10am, Mile End Children's Centre"),
            ("Lead Practitioner", "Jamal Uddin, Family Support Worker, Mile End Children's Centre"),
            ("Consent", "Mum has agreed to Early Help as long as it is a different worker from last time - "
                        "Jamal is new to the family, so this is met"),
            ("Needs", "Mum's anxiety and low mood (GP and talking therapy); Eliška's confidence at school")]
    h = (LAYOUT_HEAD + '<p style="font-family:Calibri,sans-serif;font-size:11pt">Hello Early Help Hub,</p>\n'
         '<p style="font-family:Calibri,sans-serif;font-size:11pt">Step down to Early Help after the C&amp;F '
         'assessment. The assessment and the draft TAF plan are attached.</p>\n'
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
         + "".join('<tr><td style="background:#DDEBF7"><b>%s</b></td><td>%s</td></tr>\n' % (esc(k), esc(v))
                   for k, v in rows)
         + '</table>\n<p style="font-family:Calibri,sans-serif;font-size:11pt">Thanks,<br>Marta Szymańska<br>'
           'Social Worker, Children and Families Team (Mile End)<br>Tower Hamlets Council</p>\n'
           '<p style="font-size:8pt;color:#777">' + esc(TDISC.strip()) + '</p>\n</body></html>\n')
    assess = pdf_att("CFA - Novakova - 01.11.2047.pdf", "Child and Family Assessment", [
        "Mosaic 3456120. Concluded 01/11/2047.", "Mum's anxiety: engaging with talking therapy.",
        "Recommendation: step down to Targeted Early Help."])
    plan = docx_att("TAF plan draft - Novakova.docx", [
        "# Draft TAF plan", "Lead Practitioner: Jamal Uddin", "1. Mum to continue talking therapy.",
        "2. School mentor for Eliška."])
    top = outlook_top(f, addr("Szymańska, Marta", "Marta.Szymanska@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Nováková - Mosaic 3456120", when)
    root = multipart("mixed", [text_part(h, "html", crlf=True), assess, plan], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3456120"], [ch("Eliška Nováková", "2038-09-09", "2038-09-09")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "HTML-ONLY Outlook step-down (no text/plain part), every field in an HTML table: complete for Tower Hamlets "
        "(C&F assessment PDF, draft TAF plan .docx, consent, lead practitioner with agency). CONDITIONAL CONSENT "
        "('agreed to Early Help as long as it is a different worker ... this is met') -> true. Accented name "
        "(Eliška Nováková, RFC 2047 subject); 'Mosaic: 3456120' -> '3456120'; 01/11/2047 (assessment) and "
        "12/11/2047 (TAF) are not DOBs. Mum's anxiety -> parental_mental_health. book_meeting.",
        not_children=["Jamal Uddin"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2047-09-25 09:17:25"
    ack = ack_text("step down", "SB-tower_hamlets-88", [
        "Mosaic: 3402217", "Children: Amira Shikder (DOB 03/03/2045)"], [])
    body = T("""
Morning - quick update for the file.

The strategy discussion on Friday concluded no further action. The marks on Amira's lower back were seen by the paediatrician on Monday and confirmed as congenital dermal melanocytosis (Mongolian blue spots), present since birth and recorded in her red book. There are no injuries and no concerns about physical abuse; the s47 is closed and the child protection medical found nothing of concern.

Please carry on with the step down as planned.

Thanks
Hafsa

Hafsa Choudhury
Social Worker | Tower Hamlets Council

Get Outlook for iOS
________________________________
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: Monday, September 16, 2047 11:04 AM
To: Choudhury, Hafsa <Hafsa.Choudhury@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-88] Step down received - Shikder

""") + ack
    top = outlook_top(f, addr("Choudhury, Hafsa", "Hafsa.Choudhury@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-88] Step down received - Shikder", when)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["3402217"], [ch("Amira Shikder", "2045-03-03", "03/03/2045")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS, A CLOSED ENQUIRY: 'marks', 's47', 'child protection medical', 'physical abuse' - all NEGATED or "
        "resolved (NFA, Mongolian blue spots confirmed by the paediatrician, 'no injuries and no concerns') -> not "
        "urgent, no concern. 'Get Outlook for iOS' reply to [SB-tower_hamlets-88] -> follow_up, attach_to_request; "
        "child and Mosaic id from the quoted acknowledgement.",
        not_children=["Hafsa Choudhury"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2047-10-28 09:02:11"
    body = T("""
Thank you for your email to Little Acorns Nursery (Poplar).

The nursery is closed for half term from Monday 28 October to Friday 1 November and this mailbox is not monitored. We will reply when we reopen on Monday 4 November.

If you have an urgent safeguarding concern about a child at immediate risk of harm, please do not wait for us: call the police on 999, or MAST on 0207 364 5606 (out of hours 0207 364 4079).

Little Acorns Nursery
""")
    top = outlook_top(f, addr("Little Acorns Nursery Office", "office@littleacorns-poplar.example.org.uk"), TEH,
                      "Automatic reply: Step down TAF invitation - Novakova", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body, crlf=True), True), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office from a nursery's shared mailbox (Auto-Submitted: auto-replied) whose boilerplate says "
        "'urgent safeguarding concern', 'immediate risk of harm', 999 -> not urgent (no child, no event); "
        "auto_reply -> ignore. Sent on the first Monday after the clock change (+0000).")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2047-12-06 17:48:33"
    body = T("""
Hello,

I'm Leyla Hossain's key worker at Sunflower Day Nursery in Stepney. Our manager has gone home so I'm emailing because I don't know who else to tell.

Leyla Hossain, DOB 14/06/2045

Mum came to collect Leyla at 5.20pm. She smelt very strongly of alcohol, was slurring and fell against the wall in the corridor, and she dropped her keys twice. The baby (about 4 months) was in the car seat in the back of her car, on his own, with the engine running. We asked her to wait and said we could ring someone to come, but she took Leyla, put her in the car and drove off towards Commercial Road. That was about 20 minutes ago.

Dad doesn't live with them. Mum's address on our system is 22 Harford Street, Stepney, E1 9ZT.

Please can someone call me back on 07700 900 655.

Precious Adeyemi
Key Worker (Butterflies room)
Sunflower Day Nursery
""")
    top = plain_top(f, addr("Precious Adeyemi", "butterflies@sunflower-stepney.example.org.uk"), TEH,
                    "Leyla Hossain - collected this evening", when, "sunflower-stepney.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Leyla Hossain", "2045-06-14", "14/06/2045")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A NURSERY KEY WORKER after hours on a Friday: a carer incapacitated by drink drove off 20 minutes ago with a "
        "2-year-old and a 4-month-old baby -> immediate risk -> urgent, alert_duty (out of hours: EDT). Not a "
        "practitioner's request -> other. substance_misuse. The baby is unnamed. No alarm word.",
        not_children=["Precious Adeyemi"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2047-10-10 18:25:40"
    body = T("""
Hi not sure if this is the right place, the club welfare officer is away so im emailing the MASH one from the council site

One of my U14s at Paignton Rovers Juniors, Kai Penhaligon (13), came to training tonight really shaky and showed me messages on his phone from some older lads. They're telling him to be at Paignton station at 9 tonight to take a parcel on the train to Exeter and bring back money. The last message says "we no where ur mum lives dont be late" with a knife emoji 🔪

He says he owes them for a phone they gave him. He's gone home now but he said he has to go or they'll come to the house. His mum works nights at the hospital so he'll be in on his own from 8.

I've got screenshots. My number is 07700 900 127

Lee Trathen
Coach, U14s, Paignton Rovers Juniors

Sent from my iPhone
""")
    shots = png_att("IMG_0914.PNG", 60, 130, (30, 30, 30))
    top = plain_top(f, addr("Lee Trathen", "leetrathen.coach@example.com"), BMASH, "one of my players - tonight",
                    when, "example.com", "iPhone Mail (22A3354)")
    add(f, iphone_mail(f, top, body, [shots]), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kai Penhaligon")], ["exploitation"], None, None, [], None,
        "alert_duty",
        "A SPORTS COACH writing from his phone at 18:25: a 13-year-old told to carry a parcel to Exeter at 9 TONIGHT, "
        "a debt for a phone, a threat with a knife emoji, and he will be alone at home from 8 -> exploitation "
        "happening tonight -> urgent, alert_duty (out of hours). Not a request -> other. The screenshot is an image "
        "with no text. No alarm word.",
        not_children=["Lee Trathen"])

def torbay_02():
    f = "torbay_02.eml"; when = "2047-11-20 14:30:12"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Trevorrow children (LCS-3321907) - step down to Level 3 Early Help.

Jack Trevorrow - 22/01/2037
Mia Trevorrow - 19/05/2044 (under 5, so I think this needs the under-5s triage)

The Single Assessment with my analysis and my TM's analysis (threshold for level 3 met, agreed by Kayleigh Rowse, Team Manager) is attached. Mum has given consent to Level 3 Early Help. Mum's low mood is the main worry; the children are doing OK at school and nursery.

Thanks
Sam

Sam Polglase
Social Worker | Single Assessment Team | Torbay Council
01632 960 415

PS - just as I was sending this Mia's nan rang me. Mia turned up at hers at lunchtime with a split lip and a handprint on her cheek and told her nan "Craig smacked me in the mouth". Craig is mum's new partner. Mum wants Mia back home tonight and Craig is at the house. I'm going to speak to my TM now.

""") + BDISC
    sa = pdf_att("Single Assessment - Trevorrow - LCS-3321907.pdf", "Single Assessment - Trevorrow", [
        "LCS-3321907. Social worker: Sam Polglase.", "Analysis and rationale for step down: mum's mood has lifted with "
        "support; the children's needs can be met at level 3.",
        "Team Manager's analysis: I agree the threshold for level 3 intervention is met - Kayleigh Rowse, TM, 18/11/2047."])
    top = outlook_top(f, addr("Polglase, Sam", "Sam.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Trevorrow - LCS-3321907", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["LCS-3321907"],
        [ch("Jack Trevorrow", "2037-01-22", "22/01/2037"), ch("Mia Trevorrow", "2044-05-19", "19/05/2044")],
        ["parental_mental_health", "physical_harm"], True, True, [], None, "alert_duty",
        "THE RISK IS ONLY IN A PS under an ordinary, complete Torbay step-down (Single Assessment with the TM's "
        "analysis, consent, Level 3): a 3-year-old with a split lip and a handprint, her words 'Craig smacked me in "
        "the mouth', and mum wants her home tonight where Craig is -> urgent, alert_duty. Concerns: mum's low mood "
        "-> parental_mental_health; the PS -> physical_harm. Mia is under 5 (under-5s triage).",
        not_children=["Sam Polglase", "Kayleigh Rowse"])

def torbay_03():
    f = "torbay_03.eml"; when = "2047-10-21 09:13:27"
    body = T("""
Morning

I'm the landlord of 3 Harbour View, Brixham. Did an inspection yesterday with the agent and honestly the flat is in a shocking state, rubbish bags in the kitchen, dog mess on the floor, mould, no food in the fridge, the tenant (Ms Carla Hext) looked like she hadnt eaten for days and was very low. I'm worried about neglect of the property and about her to be honest, I think she's at risk of losing the tenancy and she said some things about not seeing the point anymore

The agent said there used to be kids there but they went to live with their dad in Plymouth in July and she's on her own now, she said she sees them every other Sunday at his. I didn't know who to tell so the agent gave me this email. Photos attached

Can someone check on her? I don't want to evict her

Mike Stentiford
07700 900 588
""")
    p1 = png_att("flat kitchen.png", 160, 90, (120, 110, 80))
    p2 = png_att("flat bedroom.png", 160, 90, (90, 100, 110))
    top = plain_top(f, addr("Mike Stentiford", "mstentiford.lettings@example.com"), BEH, "tenant at 3 Harbour View",
                    when, "example.com", "Android Mail")
    add(f, phone_mail(f, top, body, [p1, p2], cte="quoted-printable"), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A LANDLORD from his phone (run-on sentences, two photos with no text): 'neglect', 'at risk', a low tenant - "
        "but AN ADULT WITH NO CHILD at home (the children have lived with their father in Plymouth since July) -> "
        "no child at immediate risk -> not urgent; concerns [] (no child's household); other, human_review. The "
        "adult's distress needs adult services, which a person decides.",
        not_children=["Carla Hext", "Mike Stentiford"])

def torbay_04():
    f = "torbay_04.eml"; when = "2047-09-24 11:41:09"
    body = T("""
Dear MASH,

This is a contact for Josh Tregothnan-Hart (DOB 7th February 2035), EHM-884120, whom I have supported at Level 3 since January.

New information: Josh's dad (sole carer) told me on Friday that he is drinking "most of a bottle of vodka a day" again after 18 months sober. Josh (12) has been late to school every day for two weeks, has been doing the shopping and cooking, and told his tutor he has had to put dad to bed twice. There is very little food in the house.

Consent: Dad consents to this contact to MASH. Mum has not been asked - she has had no contact with Josh since 2044 and we do not know where she is.

My team manager and I have discussed this and agree it needs considering for a level 4 response - her email is below.

Many thanks
Kerensa Jory
Early Help Practitioner | Torbay Early Help (Paignton) | Torbay Council
01632 960 382

""") + quote("Lobb, Morwenna <Morwenna.Lobb@torbay.gov.uk>", "23 September 2047 17:02",
             "Jory, Kerensa <Kerensa.Jory@torbay.gov.uk>", "RE: Josh T-H", T("""
Kerensa - yes, I agree this new information needs considering for level 4. Please send the contact to MASH tomorrow with dad's consent and copy me in.
Morwenna
Team Manager, Early Help (Paignton)
""")) + "\n" + BDISC
    top = outlook_top(f, addr("Jory, Kerensa", "Kerensa.Jory@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Josh Tregothnan-Hart - EHM-884120", when,
                      cc=addr("Lobb, Morwenna", "Morwenna.Lobb@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-884120"],
        [ch("Josh Tregothnan-Hart", "2035-02-07", "7th February 2035")],
        ["neglect", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (contact to MASH): PARTIAL CONSENT - dad (the sole carer) consents, mum was not "
        "asked (no contact, whereabouts unknown) -> consent true (stated as given by the parent with care). MANAGER "
        "AGREEMENT IN THE QUOTED REPLY ('I agree this new information needs considering for level 4') and in the "
        "body -> true. Hyphenated surname; DOB '7th February 2035'. Concerns: dad's drinking -> substance_misuse; "
        "little food -> neglect; Josh cooking and putting dad to bed -> young_carer. Not urgent: no event tonight, "
        "dad is at home and Josh is at school.",
        not_children=["Kerensa Jory", "Morwenna"])

def torbay_05():
    f = "torbay_05.eml"; when = "2047-11-14 10:20:00"
    body = T("""
Good morning,

Request for a triage slot - step down to Level 3 Early Help for the Pascoe children, LCS-3301458.

Jago Pascoe - 19.10.2040
Ottilie Pascoe - 02.03.2045 (under 5)

The Single Assessment, including the analysis, the rationale for the step down and the team manager's analysis, is attached. Mum has given her consent to Level 3 Early Help (signed at the visit on 12/11/2047).

The remaining needs are mum's anxiety and Ottilie's speech and language delay (referral to SALT made).

Kind regards,
Ben Hocking
Social Worker
for and on behalf of the Single Assessment Team, Torbay Council
01632 960 441

""") + BDISC
    sa = pdf_att("SA - Pascoe - LCS-3301458.pdf", "Single Assessment - Pascoe", [
        "LCS-3301458. Completed 11/11/2047 by Ben Hocking.",
        "Analysis: mum's anxiety is managed with GP support; home conditions are good.",
        "Rationale for step down: needs can be met by a level 3 Early Help response.",
        "Team Manager's analysis: I have read the assessment and agree the step down; the threshold for level 3 "
        "intervention is met. Rob Quiller, Team Manager, 13/11/2047."])
    top = behalf_top(f, "Single Assessment Team", "SATeam@" + BDOM, "Hocking, Ben", "Ben.Hocking@" + BDOM,
                     addr("Early Help", BEH), "Triage request - Pascoe - LCS-3301458", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3301458"],
        [ch("Jago Pascoe", "2040-10-19", "19.10.2040"), ch("Ottilie Pascoe", "2045-03-02", "02.03.2045")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down SENT ON BEHALF OF the Single Assessment Team's shared mailbox (From: SAT, Sender: "
        "Ben Hocking). MANAGER AGREEMENT ONLY IN THE ATTACHMENT (the SA PDF's 'Team Manager's analysis: ... agree "
        "the step down; the threshold for level 3 intervention is met') -> true. 'Mum has given her consent to "
        "Level 3 Early Help' -> true. Level 3 stated. Ottilie is under 5 (under-5s triage). 12/11/2047, 11/11/2047, "
        "13/11/2047 are not DOBs. Concerns: mum's anxiety -> parental_mental_health; speech and language delay -> "
        "disability_send.",
        not_children=["Ben Hocking", "Rob Quiller"])

def torbay_06():
    f = "torbay_06.eml"; when = "2047-11-15 08:55:42"
    data = google_reply(f, when, "Ben Hocking", "ben.hocking.sat@example.com", ("Early Help", BEH), "ACCEPTED",
                        "Early Help under-5s triage - Pascoe - LCS-3301458", "20471119T113000Z",
                        "20471119T120000Z", "Microsoft Teams", "Tue 19 Nov 2047 11:30 - 12:00 (GMT)")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3301458"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY ACCEPTED (text/calendar method=REPLY plus invite.ics) for torbay_05's under-5s "
        "triage slot on Tue 19 Nov 2047 11:30 GMT; case id from the SUMMARY -> record_reply.")

def torbay_07():
    f = "torbay_07.eml"; when = "2047-12-02 17:05:30"
    body = T("""
HI ITS BEV TREWIN (ALFIES CHILDMINDER) 👋

THE LADY FROM EARLY HELP RANG ME THIS AFTERNOON AND ASKED ME TO CHECK ALFIE OVER WHEN HE CAME TODAY SO IVE DONE IT. ALFIE ROWE HES 3

NO MARKS NO BRUISES NOTHING AT ALL 👍 THE BUMP ON HIS FOREHEAD IS FROM SOFT PLAY ON SATURDAY, MUM SHOWED ME THE ACCIDENT FORM FROM THE SOFT PLAY PLACE AND THE NURSERY SAW HIM DO IT TOO. I ASKED HIM AND HE SAID NOBODY HURT HIM HE FELL OFF THE BIG SLIDE 😂

HES HAPPY AS LARRY EATING HIS TEA NOW. MUM AND DAD ARE LOVELY WITH HIM I HAVE NO WORRIES AT ALL

BEV
TREWIN TOTS CHILDMINDING (OFSTED REG)

Sent from my iPhone
""")
    top = plain_top(f, addr("Bev Trewin", "trewintots@example.com"), BEH, "ALFIE", when, "example.com",
                    "iPhone Mail (22A3354)")
    add(f, phone_mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Alfie Rowe", as_written="ALFIE ROWE")], [], None, None, [], None,
        "human_review",
        "A CHILDMINDER IN CAPITALS WITH EMOJI: injury words all NEGATED or explained ('NO MARKS NO BRUISES', 'NOBODY "
        "HURT HIM', a bump from soft play with an accident form, 'NO WORRIES AT ALL') -> not urgent, concerns []. Not "
        "a request and no [SB-] reference -> other, human_review. Name in capitals -> 'Alfie Rowe'.",
        not_children=["BEV TREWIN"])

def torbay_08():
    f = "torbay_08.eml"; when = "2047-09-11 12:58:14"
    body = T("""
Hi EH,

Can I book Lowen and Demelza in for triage please - step down to level 3.

Lowen Tonkin-Reed 3/7/2039
Demelza Tonkin-Reed 11/1/2042
LCS-3330146

My TM Kerry Sandercock has agreed the step down. The SA is nearly done, I'll send it once it's finalised. I'll ask mum about consent at Thursday's visit.

Worry now is just attendance (both under 85%).

Thx
Jess

Jess Pengelly
Social Worker, SASF Team
""") + IPHONE
    top = plain_top(f, addr("Jess Pengelly", "Jess.Pengelly@" + BDOM), BEH, "Triage - Tonkin-Reed", when, BDOM,
                    "iPhone Mail (22A3354)")
    add(f, iphone_mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3330146"],
        [ch("Lowen Tonkin-Reed", "2039-07-03", "3/7/2039"), ch("Demelza Tonkin-Reed", "2042-01-11", "11/1/2042")],
        ["school_attendance"], None, True, ["assessment", "consent"], None, "request_info",
        "Terse iPhone step-down: 'My TM ... has agreed the step down' -> manager true; the Single Assessment 'I'll "
        "send it once it's finalised' -> assessment missing; 'I'll ask mum about consent at Thursday's visit' -> "
        "consent null (still to be asked) -> missing -> request_info. 'step down to level 3' -> level 3. DOBs in "
        "d/m/yyyy without leading zeros; hyphenated surnames; attendance under 85% -> school_attendance.",
        not_children=["Jess Pengelly", "Kerry Sandercock"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2047-10-08 13:15:22"
    body = T("""
hi i found this on the council website under early help i didnt know who else to message

my mum has been drinking since this morning and shes passed out on the kitchen floor, my little sister rang me from mums phone crying. she wont wake up properly just mumbles and goes back to sleep. my sisters are Poppy Price (3) and Lola Price (5) they are in the house with her on there own, lola is off school with a cold

im at college in hereford til 6 and i got no money for the bus back to Bromyard till then. theres no one else, my nan is in hospital

the address is 4 Tanhouse Close Bromyard HR7 9ZL

pls can someone go round 😢🙏

jess
""")
    top = plain_top(f, addr("jess", "jessp.xx@example.com"), HEH, "pls help 😢", when, "example.com", None)
    add(f, phone_mail(f, top, body), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Poppy Price"), ch("Lola Price")], ["neglect", "substance_misuse"],
        None, None, [], None, "alert_duty",
        "AN OLDER SIBLING (a college student) from her phone, lower case, no full stops, emoji in the body and an "
        "RFC 2047 emoji subject: mum drunk and unrousable on the kitchen floor with a 3- and a 5-year-old alone with "
        "her now -> a carer incapacitated with young children in the house -> urgent, alert_duty. Not a request "
        "-> other. Concerns: drinking -> substance_misuse; the little ones without a conscious adult -> neglect. "
        "The writer signs 'jess' only (not labelled). No alarm word.")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2047-11-29 19:05:06"
    inner_text = T("""
hi its chloe from friday youth club. sorry to message the church email i dont have anyone elses

dads girlfriend has locked me out again and dad isnt answering his phone, hes working away till monday. ive been sat in the church porch since 4 and its freezing, i havent had any tea. my phone is on 6%. she said im not coming back in tonight

please dont tell her i messaged

Chloe Bevan
""")
    inner_top = [("From", addr("Chloe", "chloebev.kington@example.com")),
                 ("To", addr("St Michael's Church Office", "office@stmichaels-kington.example.org.uk")),
                 ("Subject", "help"), ("Date", email.utils.format_datetime(dt("2047-11-29 18:41:12"))),
                 ("Message-ID", msgid(f + "-inner", "example.com"))]
    inner = build(inner_top, text_part(inner_text), False)
    outer = T("""
Good evening,

I'm forwarding a message that came to the church office email this evening from a member of our Friday youth group. I am not sure who deals with this sort of thing - I found this address on the council website. I'm at a PCC meeting until 8 and can't get there myself.

Revd Margaret Allsop
Vicar, St Michael's Kington
01632 960 772
""")
    top = plain_top(f, addr("Revd Margaret Allsop", "vicar@stmichaels-kington.example.org.uk"), HMASH,
                    "Fw: help", when, "stmichaels-kington.example.org.uk", "Microsoft Outlook 16.0")
    root = multipart("mixed", [text_part(outer, crlf=True), rfc822_part(inner, "help.eml")], bnd(f, 1))
    add(f, build(top, root, True), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Chloe Bevan")], ["neglect"], None, None, [], None, "alert_duty",
        "A FAITH LEADER FORWARDING AS AN ATTACHMENT (message/rfc822): THE RISK IS ONLY IN THE FORWARDED PART - a "
        "girl locked out by her father's girlfriend, sitting in a church porch since 4 in the cold with no food, "
        "'im not coming back in tonight', dad away until Monday. The vicar's own text says nothing of it. A child "
        "shut out tonight with no adult -> urgent, alert_duty (Friday evening, out of hours). Not a request -> "
        "other; neglect. No alarm word.",
        not_children=["Margaret Allsop"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2047-09-18 14:37:45"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Pugh children (Mosaic 791204) - level 3 step down as a sibling group. I discussed the plan with Xavier at the drop-in on Tuesday.

Rhys Pugh - 05/05/2035
Megan Pugh - 17/12/2039

Key person agreed with the family: Mrs Sian Watkins, Family Support Worker, Leominster Primary School.

Background, so the co-ordinator has it: the children were subject to child protection plans from 2045 until March this year. The allegation of sexual abuse against a family friend was fully investigated in 2046; he was convicted, has had no contact since and is not allowed in the county. There are no current child protection concerns and no risk from him now; the CP plans ended because the risk had gone. The remaining need is Megan's attendance (86%).

Kind regards,
Gareth Bowditch
Social Worker | Safeguarding and Family Support (Leominster) | Herefordshire Council
01632 960 318

""") + HDISC
    plan = docx_att("EHA step-down plan - Pugh.docx", [
        "# Early Help Assessment step-down plan", "Children: Rhys Pugh, Megan Pugh", "Mosaic 791204",
        "Key person: Sian Watkins (Leominster Primary School)",
        "What needs to happen: attendance plan for Megan; Rhys's transition support to high school; mum to "
        "continue the Freedom Programme.", "Outcome / by whom / timescale - see table."])
    consent = pdf_att("Consent form signed - Pugh.pdf", "Early Help consent form", [
        "I consent to my family receiving support from Early Help and to information being shared.",
        "Signed: Lisa Pugh (mother). Date: 16/09/2047."])
    top = outlook_top(f, addr("Bowditch, Gareth", "Gareth.Bowditch@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down plan - Pugh sibling group - Mosaic 791204", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["791204"],
        [ch("Rhys Pugh", "2035-05-05", "05/05/2035"), ch("Megan Pugh", "2039-12-17", "17/12/2039")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: 'child protection plans', 'sexual abuse', 'risk' - all HISTORIC and resolved (plans ended in "
        "March; the man convicted, no contact, 'no current child protection concerns and no risk from him now') -> "
        "not urgent and no sexual_harm concern. The request is a complete Herefordshire sibling-group step-down: "
        "plan (.docx), signed consent form (PDF; 16/09/2047 is the signing date), key person with agency; level 3 "
        "stated; discussed at the drop-in. Concern: 86% -> school_attendance. book_meeting.",
        not_children=["Sian Watkins", "Gareth Bowditch", "Lisa Pugh"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2047-12-16 10:22:31"
    body = T("""
HELLO MY NAME IS TED HARRIS IM GRANDAD TO ELLIE AND TOM THEY LIVE WITH ME AND MY WIFE SINCE 2045 WE HAVE A SPECIAL GUARDIANSHIP ORDER FOR THEM

MY SON (THERE DAD) HAS GOT A COURT DATE IN JANUARY HE WANTS TO GET THE KIDS BACK. IF HE WAS TO GET THEM BACK HE WOULD HIT THEM LIKE HE DID BEFORE I NO HE WOULD AND THERE MUM IS STILL ON THE DRUGS. BUT THAT IS ONLY IF THE JUDGE GIVES THEM BACK WHICH OUR SOLICITER SAYS IS VERY UNLIKELY

THE KIDS ARE FINE WITH US THERE SAFE AND HAPPY AND DOING GOOD AT SCHOOL. HE DONT NO WHERE WE LIVE NOW

WHAT I WANT TO NO IS IS THERE ANY HELP FOR GRANPARENTS LIKE US, A SUPPORT GROUP OR SOMEONE TO TALK TO ABOUT THE COURT. MY WIFE IS WORRYING HERSELF SICK

THANKS TED HARRIS 07700 900 466
""")
    top = plain_top(f, addr("ted harris", "tedandjune.harris@example.com"), HEH, "SUPPORT FOR GRANPARENTS", when,
                    "example.com", "Mail for Windows")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A GRANDPARENT (special guardian) IN CAPITALS with spelling slips ('THERE DAD', 'SOLICITER', 'GRANPARENTS'): "
        "the risk is HYPOTHETICAL ('IF HE WAS TO GET THEM BACK HE WOULD HIT THEM') and historic ('LIKE HE DID "
        "BEFORE'); the children are 'SAFE AND HAPPY' with the grandparents and the father does not know where they "
        "live -> not urgent, concerns []. Asks for a grandparents' support group -> other, human_review. The "
        "children are named by first name only -> none labelled.",
        not_children=["TED HARRIS"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2047-12-03 11:48:19"
    body = T("""
Dear Early Help Co-ordinator team,

Please find attached the Early Help Assessment step-down plan for the Bowen children (Mosaic no. 712245), following the closure of the C&F assessment on 28/11/2047.

Ffion Bowen - 2/9/2036
Dewi Bowen - 14/1/2040

Key person agreed with the family: Ms Gwenllian Rees, Family Support Worker, Ross-on-Wye Children's Centre.

Consent: mum gave her consent verbally on the phone yesterday. She could not sign the form as she was at the hospital with dad; I will get the written consent form signed at my visit on Friday and send it on.

The main need is Ffion's caring role: she does a lot for dad, who has MS, and she is tired at school.

Kind regards,
Delyth Morgan
Social Worker, Ross & South Locality Team
Sent on behalf of the Ross & South Locality shared mailbox

""") + HDISC
    plan = docx_att("Step down plan - Bowen - Dec 2047.docx", [
        "# Early Help Assessment step-down plan", "Children: Ffion Bowen, Dewi Bowen", "Mosaic 712245",
        "Key person: Gwenllian Rees (Ross-on-Wye Children's Centre)",
        "1. Young carers assessment and young carers group for Ffion.", "2. Carers' support for mum.",
        "3. Review at the MAG in January."])
    top = behalf_top(f, "Ross & South Locality Team", "RossSouthLocality@" + HDOM, "Morgan, Delyth",
                     "Delyth.Morgan@" + HDOM, addr("Early Help Co-ordinators", HEH),
                     "Step down plan - Bowen - Mosaic 712245", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["712245"],
        [ch("Ffion Bowen", "2036-09-02", "2/9/2036"), ch("Dewi Bowen", "2040-01-14", "14/1/2040")],
        ["young_carer"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down SENT ON BEHALF OF a shared locality mailbox: plan (.docx) and key person with "
        "agency present, but only VERBAL consent ('gave her consent verbally ... I will get the written consent "
        "form signed') -> consent true, yet the seed needs written consent -> consent_form missing -> request_info. "
        "'Mosaic no. 712245' -> '712245'. DOBs d/m/yyyy; 28/11/2047 is the assessment closure. No level written "
        "-> null. Ffion caring for dad -> young_carer.",
        not_children=["Gwenllian Rees", "Delyth Morgan"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2047-12-06 15:33:02"
    ack = ack_text("step down", "SB-herefordshire-23", [
        "Mosaic: 712245", "Children: Ffion Bowen, Dewi Bowen"], ["consent_form: the family's written consent"])
    body = "Here u go, signed at the visit today" + IPHONE + "\n" + T("""
On 3 Dec 2047, at 12:01, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("", ack.rstrip("\n").split("\n"))
    consent = pdf_att("Scan 06 Dec.pdf", "Early Help consent form - Bowen", [
        "I give my consent for my family to receive Early Help and for information to be shared with the Early Help "
        "Co-ordinator team.", "Children: Ffion Bowen, Dewi Bowen.", "Signed: Carys Bowen (mother). Date: 06/12/2047."])
    top = plain_top(f, addr("Delyth Morgan", "Delyth.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-23] Step down received - Bowen", when, HDOM, "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, body, [consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["712245"], [ch("Ffion Bowen"), ch("Dewi Bowen")], [], True, None, [],
        None, "attach_to_request",
        "PRACTITIONER'S ONE-LINE iPHONE REPLY ('Here u go, signed at the visit today') to [SB-herefordshire-23] "
        "adding the signed consent form as a PDF named only 'Scan 06 Dec.pdf' (its content shows it is the consent "
        "form) -> follow_up, attach_to_request; consent true; children and Mosaic id from the quoted "
        "acknowledgement (no DOBs there).",
        not_children=["Carys Bowen"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2047-11-28 09:40:56"
    body = T("""
Dear MASH,

I am writing to ask for Lucas Vaughan-Jones (DOB 17-10-2034, Mosaic ID 783301) to be stepped up to children's social care.

Lucas has been open to Early Help since May. Despite a TAF every 6 weeks, the home conditions have got worse: no heating since October, Lucas sleeping on a mattress on the floor, and he comes to school hungry. Mum agrees to the referral and knows I am writing today.

My manager, Owen Prosser, has agreed the step up on the condition that school were told first - they were told on Tuesday, so the condition is met.

Regards,
Hollie Davies
Early Help Practitioner
Sent on behalf of the Kington Early Help Team mailbox

""") + HDISC
    top = behalf_top(f, "Kington Early Help Team", "KingtonEarlyHelp@" + HDOM, "Davies, Hollie",
                     "Hollie.Davies@" + HDOM, addr("MASH Herefordshire", HMASH),
                     "Step up request - Lucas Vaughan-Jones", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["783301"], [ch("Lucas Vaughan-Jones", "2034-10-17", "17-10-2034")],
        ["neglect"], True, True, [], None, "human_review",
        "A STEP-UP TO HEREFORDSHIRE, whose seed defines no step-up -> human_review; no requirements for an undefined "
        "kind -> missing [], notice null. Sent on behalf of a shared mailbox. CONDITIONAL MANAGER AGREEMENT ('has "
        "agreed the step up on the condition that school were told first ... the condition is met') -> true. 'Mum "
        "agrees to the referral' -> consent true. DOB dd-mm-yyyy; 'Mosaic ID 783301' -> '783301'. neglect.",
        not_children=["Owen Prosser", "Hollie Davies"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2047-12-11 16:05:18"
    body = T("""
HI ITS SUE FROM LITTLE OWLS CHILDMINDING IN HEREFORD

I MIND KACEY LLEWELLYNS LITTLE BROTHER. KACEY IS 14 AND SHE ALWAYS PICKS HIM UP AT 3.30 BUT SHE NEVER CAME TODAY SO I RANG HER MUM. MUM SAYS KACEY HASNT BEEN HOME SINCE LAST NIGHT AND HER PHONE IS OFF. SHE SAYS SHE WILL TURN UP SHE ALWAYS DOES AND SHE DOESNT WANT THE POLICE INVOLVED

THE THING IS KACEY TOLD ME LAST WEEK SHES SEEING A MAN CALLED JAY WHO IS 25 THAT SHE MET ON SNAPCHAT AND HE PICKS HER UP IN HIS CAR AND GIVES HER VAPES AND MONEY. SHE SAID SHE WAS GOING TO STAY AT HIS FLAT IN WORCESTER

ITS DARK NOW AND NOBODY KNOWS WHERE SHE IS 😟 I DIDNT NO WHO TO TELL

SUE PARRY
07700 900 219
""")
    top = plain_top(f, addr("SUE PARRY", "littleowls.hereford@example.com"), HEH, "KACEY", when, "example.com",
                    "Android Mail")
    add(f, phone_mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Kacey Llewellyn", as_written="KACEY LLEWELLYN")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A CHILDMINDER IN CAPITALS: a 14-year-old missing since last night, phone off, believed to be with a "
        "25-year-old man who gives her vapes and money and drives her to his flat; dark now, mum will not call "
        "the police -> a child missing now with exploitation -> urgent, alert_duty. Not a request -> other. Name "
        "from the possessive in capitals ('KACEY LLEWELLYNS') labelled 'Kacey Llewellyn'; her brother is unnamed.",
        not_children=["SUE PARRY"])

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

# England & Wales bank holidays on weekdays in 2047 and 2048 (the `holidays` package's list, which set_checks()
# re-derives and compares). 2047: New Year's Day Tue 1 Jan; Good Friday 12 Apr; Easter Monday 15 Apr; May Day 6 May;
# Spring Bank Holiday 27 May; Late Summer Bank Holiday Mon 26 Aug; Christmas Day Wed 25 Dec; Boxing Day Thu 26 Dec.
# 2048: New Year's Day Wed 1 Jan (then Good Friday 3 Apr, Easter Monday 6 Apr, May Day 4 May, Spring Bank Holiday
# 25 May, Late Summer Bank Holiday 31 Aug, Christmas Day Fri 25 Dec, Boxing Day Sat 26 Dec -> substitute Mon 28 Dec).
BANK_HOLIDAYS = set()          # filled from the list below and checked against the package
BH_2047 = [date(2047, 1, 1), date(2047, 4, 12), date(2047, 4, 15), date(2047, 5, 6), date(2047, 5, 27),
           date(2047, 8, 26), date(2047, 12, 25), date(2047, 12, 26)]
BH_2048 = [date(2048, 1, 1), date(2048, 4, 3), date(2048, 4, 6), date(2048, 5, 4), date(2048, 5, 25),
           date(2048, 8, 31), date(2048, 12, 25), date(2048, 12, 28)]
BANK_HOLIDAYS.update(BH_2047 + BH_2048)
# No bank holiday falls inside the window (the Late Summer Bank Holiday, 26 Aug, is before it); the three just after
# it - Christmas Day, Boxing Day and New Year's Day 2048 - are crossed by the Knowsley notice counts of mail sent in
# the last week of term.
IN_WINDOW = {}
AFTER_WINDOW = {date(2047, 12, 25): "Christmas Day", date(2047, 12, 26): "Boxing Day", date(2048, 1, 1): "New Year's Day"}
# The brief's window: "early September to mid-December 2047". Chosen: Monday 2 September 2047 (the first weekday of
# September; 1 September is a Sunday) to Friday 20 December 2047 (the last school day before Christmas).
WINDOW = (datetime(2047, 9, 2, tzinfo=LON), datetime(2047, 12, 20, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 31 March 2047 and ends at 01:00 UTC on Sunday 27 October 2047.
BST_START = datetime(2047, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2047, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2048                # meetings after Christmas fall in January 2048; nothing later is written anywhere
MAX_MEETING = date(2048, 1, 31)

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '4th April 2037', '22 March 2037'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", w)
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
            if meeting > MAX_MEETING: err("meeting after %s" % MAX_MEETING)
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

CAT_EXPECTED = {"urgent": 12, "near_miss": 11, "ordinary": 17}

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

def _new_text(msg, marker):
    """The sender's own text of a reply: everything in the text/plain part before `marker`."""
    p = _plain(msg)
    return p.split(marker)[0] if marker in p else None

def _sender_differs(msg):
    return msg["Sender"] is not None and msg["Sender"].addresses[0].addr_spec != msg["From"].addresses[0].addr_spec

def _caps_ratio(t):
    letters = [c for c in t if c.isalpha()]
    return sum(1 for c in letters if c.isupper()) / max(1, len(letters))

def _docx_text(msg):
    return " ".join(docx_body_text(p.get_payload(decode=True)) for p in _att(msg, lambda p: p.get_content_type() == DOCX))

def _pdf_text(msg):
    from pypdf import PdfReader
    import io
    return " ".join(pg.extract_text() for p in _att(msg, lambda p: p.get_content_type() == "application/pdf")
                    for pg in PdfReader(io.BytesIO(p.get_payload(decode=True))).pages)

def _local(msg):
    return _date(msg).astimezone(LON)

def _emoji(t):
    return any(ord(c) >= 0x1F300 for c in t)

def _k01(msg):
    cals = [(p.get_param("method") or "").upper() for p in _cal(msg)]
    q = _plain(msg).split(SEP)
    return (_sender_differs(msg) and "FFKirkby@" in str(msg["From"]) and cals == ["REQUEST"]
            and sorted(_exts(msg)) == ["docx", "docx", "pdf"] and len(q) == 2 and "Go ahead with the step up" in q[1]
            and "Go ahead" not in q[0] and _wd("knowsley_01.eml") == 6)

def _k02(msg):
    t = _today("knowsley_02.eml")
    return (_wd("knowsley_02.eml") == 4 and _pw("knowsley_02.eml") == 6
            and all(t < h <= META["knowsley_02.eml"]["meeting"] for h in (date(2047, 12, 25), date(2047, 12, 26)))
            and "Friday 27th December at 2pm" in _plain(msg))

def _k03(msg):
    h = _html(msg)
    cells = re.findall(r"(?s)<td.*?</td>", h)
    cell_text = " ".join(html_text(c) for c in cells)
    return ("Kirkby Family Hub" in cell_text and "Hannah Doyle" in cell_text and "MsoTableGrid" in h
            and _wd("knowsley_03.eml") == 6 and _pw("knowsley_03.eml") == 9
            and sum(1 for d in AFTER_WINDOW if _today("knowsley_03.eml") < d <= date(2048, 1, 2)) == 3)

def _k04(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    tp = [p for p in parts if p.get_content_type() == "text/plain"]
    body = tp[0].get_content()
    return (len(tp) == 1 and tp[0]["Content-Transfer-Encoding"] == "base64" and "\r\n" not in body
            and _caps_ratio(body.replace("Sent from my iPhone", "")) > 0.97 and _emoji(body)
            and _att(msg, lambda p: p.get_content_type() == "image/png") and _no_alarm(msg))

def _k05(msg):
    new = _new_text(msg, "On 4 Nov 2047")
    subj = str(msg["Subject"])
    return (new is not None and new.strip().split("\n")[0] == "Going there now" and "Harrop" not in new
            and "overdose" in subj and "overdose" not in _plain(msg) and _no_alarm(msg))

def _k06(msg):
    return (msg["List-Id"] and msg["List-Unsubscribe"] and msg["Precedence"] == "bulk"
            and "fictional" in _plain(msg) and ALARM.search(readable(msg)) is not None)

def _k07(msg):
    return (_date(msg).utcoffset() == timedelta(hours=1) and datetime(2047, 10, 30, 10, tzinfo=LON) > BST_END
            and datetime(2047, 10, 30, 10, tzinfo=LON).utcoffset() == timedelta(0) and _wd("knowsley_07.eml") == 5
            and "daddy hurt mummy" in _plain(msg) and "no current concerns about him" in _plain(msg))

def _k08(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return "PARTSTAT=TENTATIVE" in c and "COMMENT" in c and "EHM-104772" in c

def _r01(msg):
    d = _local(msg)
    return (d.hour >= 21 and _date(msg).utcoffset() == timedelta(0) and _no_alarm(msg) and "Ruby" in _plain(msg)
            and not re.search(r"Ruby [A-Z]", _plain(msg)))

def _r02(msg):
    tp = [p for p in msg.walk() if p.get_content_type() == "text/plain"][0]
    return _sender_differs(msg) and tp.get_content_charset() == "windows-1252" and "Inès" in tp.get_content()

def _r03(msg):
    return "Mum has declined Early Help" in _plain(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _r04(msg):
    tp = [p for p in msg.walk() if p.get_content_type() == "text/plain"][0]
    raw = tp.get_payload(decode=True)
    return tp.get_content_charset() == "iso-8859-1" and b"\x92" in raw and b"\x93" in raw and "if he were to" in _plain(msg)

def _r05(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "COMMENT" in c and "hob" in c and _no_alarm(msg)

def _r06(msg):
    return "Mrs Ross has no children" in _plain(msg)

def _r07(msg):
    cal = [p for p in _att(msg) if p.get_filename().endswith(".ics")]
    return (len(cal) == 1 and "METHOD:REQUEST" in cal[0].get_payload(decode=True).decode()
            and "A.J. Okafor" in _plain(msg) and "Form completed 05/11/2047" in _plain(msg))

def _r08(msg):
    new = _new_text(msg, "On 6 Sep 2047")
    return new is not None and len(new.strip().split("\n\n")) == 2 and new.strip().endswith("Sent from my iPhone")

def _t01(msg):
    tp = [p for p in msg.walk() if not p.is_multipart()]
    return len(tp) == 1 and tp[0].get_content_type() == "text/plain" and _no_alarm(msg)

def _t02(msg):
    return ("comes into my bed" in _docx_text(msg) and "bed" not in body_text(msg)
            and "uncle" not in body_text(msg))

def _t03(msg):
    p = _plain(msg)
    return "nobody hits anybody" in p and "no one is in danger" in p and _emoji(p) and _local(msg).hour >= 22

def _t04(msg):
    return "does not agree that it meets the threshold" in _plain(msg) and _exts(msg) == ["docx"]

def _t05(msg):
    return _no_plain(msg) and "Jamal Uddin" in _html(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _t06(msg):
    return "no concerns about physical abuse" in _plain(msg) and "Get Outlook for iOS" in _plain(msg)

def _t07(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and _date(msg).utcoffset() == timedelta(0)
            and _local(msg).date() == date(2047, 10, 28) and ALARM.search(_plain(msg)))

def _t08(msg):
    d = _local(msg)
    return d.weekday() == 4 and d.hour >= 17 and _no_alarm(msg)

def _b01(msg):
    d = _local(msg)
    return d.hour >= 18 and _date(msg).utcoffset() == timedelta(hours=1) and _emoji(_plain(msg)) and \
        _att(msg, lambda p: p.get_content_type() == "image/png") and _no_alarm(msg)

def _b02(msg):
    p = _plain(msg)
    return "PS - " in p and "smacked" in p.split("PS - ")[1] and "smacked" not in p.split("PS - ")[0] \
        and "Craig" not in p.split("PS - ")[0]

def _b03(msg):
    return len(_att(msg, lambda p: p.get_content_type() == "image/png")) == 2 and "on her own now" in _plain(msg)

def _b05(msg):
    return (_sender_differs(msg) and "threshold for level 3" in re.sub(r"\s+", " ", _pdf_text(msg))
            and "threshold" not in _plain(msg) and "agree" not in _plain(msg))

def _b07(msg):
    p = _plain(msg)
    return _caps_ratio(p.replace("Sent from my iPhone", "")) > 0.97 and "NO MARKS" in p and _emoji(p)

def _b08(msg):
    return "I'll ask mum about consent" in _plain(msg) and not _att(msg)

def _h01(msg):
    return "=?utf-8?" in msg.get("Subject", "").lower() or _emoji(str(msg["Subject"]))

def _h02(msg):
    parts = list(msg.walk())
    rfc = [p for p in parts if p.get_content_type() == "message/rfc822"]
    outer = [p for p in msg.get_payload() if p.get_content_type() == "text/plain"][0].get_content()
    inner = rfc[0].get_payload()[0].get_content() if rfc else ""
    return len(rfc) == 1 and "locked me out" in inner and "locked" not in outer and "porch" not in outer

def _h04(msg):
    p = _plain(msg)
    return "IF HE WAS TO GET THEM BACK" in p and _caps_ratio(p) > 0.97

def _h05(msg):
    return _sender_differs(msg) and "verbally" in _plain(msg) and _exts(msg) == ["docx"]

def _h06(msg):
    a = _att(msg)
    return (len(a) == 1 and "consent" not in a[0].get_filename().lower() and "consent" in _pdf_text(msg).lower()
            and _new_text(msg, "On 3 Dec 2047").strip().startswith("Here u go"))

def _h07(msg):
    return _sender_differs(msg) and "on the condition that" in _plain(msg)

def _h08(msg):
    p = _plain(msg)
    return _caps_ratio(p) > 0.97 and "KACEY LLEWELLYNS" in p and _no_alarm(msg)

CUSTOM = [
    ("knowsley_01.eml", "on behalf of a shared mailbox; iTIP REQUEST; docx+pdf+docx; TM agreement only in the quote; 6 WD", _k01),
    ("knowsley_02.eml", "4 WD (6 plain) across Christmas Day and Boxing Day", _k02),
    ("knowsley_03.eml", "venue and lead practitioner in the Word table; 6 WD (9 plain) across three bank holidays", _k03),
    ("knowsley_04.eml", "phone base64 LF, capitals, emoji, image, no alarm words", _k04),
    ("knowsley_05.eml", "one-line reply, the risk only in the subject, names only in the quoted ack", _k05),
    ("knowsley_06.eml", "bulk list mail with fictional scenarios and alarm words", _k06),
    ("knowsley_07.eml", "sent in BST, meeting after the clock change, exactly 5 WD; the quoted words are historic", _k07),
    ("knowsley_08.eml", "TENTATIVE with a COMMENT", _k08),
    ("richmond_wandsworth_01.eml", "after 21:00 GMT, no alarm words, baby by first name only", _r01),
    ("richmond_wandsworth_02.eml", "on behalf of; windows-1252 body with accents", _r02),
    ("richmond_wandsworth_03.eml", "consent declined; pdf + docx", _r03),
    ("richmond_wandsworth_04.eml", "windows-1252 bytes labelled iso-8859-1; hypothetical", _r04),
    ("richmond_wandsworth_05.eml", "DECLINED with the disclosure in the COMMENT; no alarm words", _r05),
    ("richmond_wandsworth_06.eml", "adult with no children", _r06),
    ("richmond_wandsworth_07.eml", ".ics REQUEST attached; initials; non-DOB dates", _r07),
    ("richmond_wandsworth_08.eml", "one-line reply + Sent from my iPhone", _r08),
    ("tower_hamlets_01.eml", "a single text/plain part, no alarm words", _t01),
    ("tower_hamlets_02.eml", "the disclosure only in the .docx attachment", _t02),
    ("tower_hamlets_03.eml", "negations, emoji, late evening", _t03),
    ("tower_hamlets_04.eml", "manager refused; MARF docx", _t04),
    ("tower_hamlets_05.eml", "HTML only", _t05),
    ("tower_hamlets_06.eml", "negated marks; Outlook for iOS", _t06),
    ("tower_hamlets_07.eml", "auto-replied, +0000 on 28 October, alarm boilerplate", _t07),
    ("tower_hamlets_08.eml", "Friday after 17:00, no alarm words", _t08),
    ("torbay_01.eml", "after 18:00 BST, emoji, screenshot image, no alarm words", _b01),
    ("torbay_02.eml", "the injury only in the PS", _b02),
    ("torbay_03.eml", "two photos; children live elsewhere", _b03),
    ("torbay_05.eml", "on behalf of; TM agreement only in the PDF", _b05),
    ("torbay_07.eml", "capitals, emoji, NO MARKS", _b07),
    ("torbay_08.eml", "consent still to be asked; nothing attached", _b08),
    ("herefordshire_01.eml", "emoji subject (RFC 2047)", _h01),
    ("herefordshire_02.eml", "the risk only in the forwarded message/rfc822", _h02),
    ("herefordshire_04.eml", "capitals; hypothetical", _h04),
    ("herefordshire_05.eml", "on behalf of; verbal consent; plan only", _h05),
    ("herefordshire_06.eml", "one-line reply; consent form named 'Scan'", _h06),
    ("herefordshire_07.eml", "on behalf of; conditional manager agreement", _h07),
    ("herefordshire_08.eml", "capitals, possessive name, no alarm words", _h08),
]

WORDING = [
    ("knowsley_01.eml", "has agreed to it", "consent", True),
    ("knowsley_01.eml", "Go ahead with the step up", "manager_agreed", True),
    ("knowsley_02.eml", "Dad has consented to the case being referred", "consent", True),
    ("knowsley_07.eml", "agreed the step up on Monday", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Mum has agreed to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum has declined Early Help", "consent", False),
    ("richmond_wandsworth_07.eml", "Dad has given his consent", "consent", True),
    ("richmond_wandsworth_07.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "mum signed the consent this morning", "consent", True),
    ("tower_hamlets_02.eml", "Mum has given consent to the step down", "consent", True),
    ("tower_hamlets_04.eml", "Mum has consented to this referral", "consent", True),
    ("tower_hamlets_04.eml", "does not agree that it meets the threshold", "manager_agreed", False),
    ("tower_hamlets_05.eml", "as long as it is a different worker", "consent", True),
    ("torbay_02.eml", "Mum has given consent to Level 3 Early Help", "consent", True),
    ("torbay_04.eml", "Dad consents to this contact to MASH", "consent", True),
    ("torbay_04.eml", "I agree this new information needs considering for level 4", "manager_agreed", True),
    ("torbay_05.eml", "Mum has given her consent to Level 3 Early Help", "consent", True),
    ("torbay_08.eml", "I'll ask mum about consent", "consent", None),
    ("torbay_08.eml", "has agreed the step down", "manager_agreed", True),
    ("herefordshire_03.eml", "I consent to my family receiving support", "consent", True),
    ("herefordshire_05.eml", "gave her consent verbally", "consent", True),
    ("herefordshire_06.eml", "signed at the visit today", "consent", True),
    ("herefordshire_07.eml", "on the condition that school were told first", "manager_agreed", True),
    ("herefordshire_07.eml", "Mum agrees to the referral", "consent", True),
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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "herefordshire_08.eml", "knowsley_04.eml",
                  "knowsley_05.eml", "richmond_wandsworth_01.eml", "richmond_wandsworth_05.eml", "torbay_01.eml",
                  "torbay_02.eml", "tower_hamlets_01.eml", "tower_hamlets_02.eml", "tower_hamlets_08.eml"]
COUNTS_EXPECTED = {          # file: (working days, plain weekdays) from the Europe/London date of `now`
    "knowsley_01.eml": (6, 6), "knowsley_02.eml": (4, 6), "knowsley_03.eml": (6, 9), "knowsley_07.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_02.eml", "knowsley_03.eml"]
DECISIVE_EXPECTED = ["knowsley_02.eml"]          # plain weekdays say ok, working days say not ok
OFFSETS_EXPECTED = {"+0100": 19, "+0000": 21}
QUIET, COUNTS, OFFSETS = [], {}, {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2047, 2048])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    after = {d: pkg.get(d) for d in pkg if WINDOW[1].date() < d <= MAX_MEETING}
    if after != AFTER_WINDOW:
        errors.append("set: the bank holidays between the window and the last meeting are %s, expected %s"
                      % (after, AFTER_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2047, 3) and BST_END.date() == last_sun(2047, 10)
            and BST_END.date() == date(2047, 10, 27)):
        errors.append("set: BST must start on the last Sunday of March 2047 and end on Sunday 27 October 2047")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d < BST_END.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
    if not (date(2047, 9, 1).weekday() == 6 and WINDOW[0].date() == date(2047, 9, 2) and WINDOW[0].weekday() == 0
            and WINDOW[1].date() == date(2047, 12, 20) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 2 September to Friday 20 December 2047")
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
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
    if set(offsets) != {"+0100", "+0000"} or (OFFSETS_EXPECTED and offsets != OFFSETS_EXPECTED):
        errors.append("set: Date offsets %s, expected %s (both sides of the clock change)" % (offsets, OFFSETS_EXPECTED))
    # one Knowsley count is sent in BST for a meeting after the clock change
    across = [f for f in counts if _now(f).utcoffset() == timedelta(hours=1)
              and datetime.combine(META[f]["meeting"], datetime.min.time(), LON).utcoffset() == timedelta(0)]
    if across != ["knowsley_07.eml"]:
        errors.append("set: the count across the clock change should be knowsley_07 only, got %s" % across)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    OFFSETS.clear(); OFFSETS.update(offsets)
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
    ("knowsley_02's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_02.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("Christmas Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2047, 12, 25)),
     "bank holidays differ"),
    ("Boxing Day dropped", lambda: BANK_HOLIDAYS.discard(date(2047, 12, 26)), "Knowsley notice counts are"),
    ("New Year's Day 2048 dropped", lambda: BANK_HOLIDAYS.discard(date(2048, 1, 1)), "Knowsley notice counts are"),
    ("the window left ending on Sunday 22 December", lambda: _set_window_end(date(2047, 12, 22)),
     "the window must run"),
    ("knowsley_07's Date given +0000 (BST ignored)",
     lambda: _shift_date("knowsley_07.eml", "Wed, 23 Oct 2047 10:05:33 +0100", "Wed, 23 Oct 2047 10:05:33 +0000", 0,
                         timedelta(0)), "Date offset should be +0100"),
    ("tower_hamlets_07's Date given +0100 after the clock change",
     lambda: _shift_date("tower_hamlets_07.eml", "Mon, 28 Oct 2047 09:02:11 +0000", "Mon, 28 Oct 2047 09:02:11 +0100",
                         0, timedelta(hours=1)), "Date offset should be +0000"),
    ("torbay_03's now given +0000 in BST", lambda: _relabel("torbay_03.eml", now="2047-10-21T08:18:27+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_01 sent on a Saturday",
     lambda: _shift_date("richmond_wandsworth_01.eml", "Fri, 15 Nov 2047", "Sat, 16 Nov 2047", 1), "Date on a weekend"),
    ("herefordshire_04 sent on Christmas Day",
     lambda: _shift_date("herefordshire_04.eml", "Mon, 16 Dec 2047", "Wed, 25 Dec 2047", 9), "Date outside the window"),
    ("'risk' added to knowsley_04's subject", lambda: _sub("knowsley_04.eml", b"Subject: KAYDEN", b"Subject: KAYDEN risk"),
     "no alarm word are"),
    ("herefordshire_02 filed as a near miss", lambda: _relabel("herefordshire_02.eml", category="near_miss"),
     "urgent vs category"),
    ("the undefined Herefordshire step-up booked", lambda: _relabel("herefordshire_07.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("Kayden labelled in capitals", lambda: _exp("knowsley_04.eml")["children"][0].update(name="KAYDEN MULLIGAN"),
     "no source record"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["Mosaic ID 3301876"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the declined consent labelled null", lambda: _relabel("richmond_wandsworth_03.eml", consent=None),
     "'Mum has declined Early Help' means consent False"),
    ("the refused manager agreement labelled null", lambda: _relabel("tower_hamlets_04.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("consent still to be asked labelled true", lambda: _relabel("torbay_08.eml", consent=True, missing=["assessment"]),
     "means consent None, label True"),
    ("the conditional consent labelled null", lambda: _relabel("tower_hamlets_05.eml", consent=None,
                                                                missing=["consent"], next_action="request_info"),
     "'as long as it is a different worker' means consent True"),
    ("tower_hamlets_02's disclosure copied into the body", lambda: _sub("tower_hamlets_02.eml",
        b"School have added their section", b"School say uncle in her bed; they added their section"),
     "the disclosure only in the .docx attachment"),
    ("herefordshire_02's risk written into the vicar's text", lambda: _sub("herefordshire_02.eml",
        b"I'm forwarding a message", b"She is locked out. I'm forwarding a message"),
     "the risk only in the forwarded message/rfc822"),
    ("a year after 2048 in a body", lambda: _sub("herefordshire_04.eml", b"SINCE 2045", b"SINCE 2049"),
     "year after 2048"),
    ("the GP patient labelled as a child", lambda: (_exp("richmond_wandsworth_06.eml")["children"].append(
        {"name": "Janine Ross", "dob": "2013-02-14"}), META["richmond_wandsworth_06.eml"]["children"].append(
        ch("Janine Ross", "2013-02-14", "14/02/2013"))), "is 18 or over"),
    ("Auto-Submitted removed from the nursery's out-of-office",
     lambda: _sub("tower_hamlets_07.eml", b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("a level on a step-up", lambda: _relabel("torbay_04.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_04.eml", category="ordinary"), "category totals"),
    ("the O'Keeffe children swapped", lambda: _exp("knowsley_02.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("knowsley_03's meeting moved into February 2048", lambda: META["knowsley_03.eml"].update(meeting=date(2048, 2, 3)),
     "meeting after 2048-01-31"),
    ("knowsley_07's meeting moved a day earlier (4 WD)", lambda: META["knowsley_07.eml"].update(meeting=date(2047, 10, 29)),
     "notice_ok True but 4 WD"),
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
