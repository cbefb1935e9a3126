#!/usr/bin/env python3
"""mixed38: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2057 (Tuesday 2 January - Friday 6 April), in kinship and other care arrangements and
disability: grandparents, aunts and special guardians caring for children, an unnotified private fostering
arrangement (two), short-breaks units and a short-breaks carer, children's community nurses, an agency night nurse,
a community paediatrician, SEND officers and caseworkers, parents with learning disabilities (and their advocates'
easy-read consent), and children who are tube-fed, on oxygen, trache-dependent, epileptic, non-verbal or wheelchair
users - alongside ordinary practitioners' step-up and step-down requests.

Window: Tuesday 2 January 2057 (the first working day after New Year's Day, Monday 1 January) to Friday 6 April
2057. No England & Wales bank holiday falls inside it (Easter is 20-23 April 2057). The clocks go forward at 01:00
UTC on Sunday 25 March 2057: Dates before it carry +0000, after it +0100. knowsley_01 is sent at 00:38 BST on
Monday 26 March (23:38 UTC on the Sunday): its notice is 4 working days counted from the London date, 5 from the
UTC date - the decisive count of the set.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (`--stats`
prints the tallies). pypdf and python-docx are used by the self-checks to read the hand-built PDFs and .docx back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py. Every label was set by hand from the specification; the self-checks
only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Tuesday 2 January - Friday 6 April 2057) is GMT (+0000)
    until 01:00 UTC on Sunday 25 March 2057 and British Summer Time (+0100) from then on. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2056, 12, 1, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2057-03-26 00:38:12"
    body = T("""
Hi Family First duty,

Sorry for the hour - I'm only just catching up on my recording after last week's court hearing.

I'm stepping the O'Hare children down to Family First at Level 3 now that the Special Guardianship Order has been made.

Niamh O'Hare - DOB 04/11/2043
Tiernan O'Hare - DOB 19/06/2047
ICS ID 2291847 (both children are on the one episode)

Their nan, Bernadette O'Hare, became their special guardian at Liverpool Family Court on 12/03/2057. Nan has consented to the referral to Family First - she signed the consent form with me on Thursday.

Joint home visit: Friday 30th March, 10.30am, at nan's - 27 Larkspur Close, Halewood, L26 9ZQ. Please use the ramp at the back of the bungalow, the front step is broken.

What are we worried about?
Nan is 71 and has rheumatoid arthritis. On bad days Niamh (13) does the shopping, gets Tiernan ready for school and helps nan with her tablets and eye drops. Niamh's attendance has dropped to 84% this term and she is late most Mondays.

What is working well?
Both children are settled and tell me they want to stay with nan. Uncle Declan visits every Sunday and does the big shop. Tiernan's school report is really good. Nan is honest when she is struggling and rings me herself.

What needs to happen?
A Family First case manager to hold a TAF with both schools; a young carers' assessment for Niamh through Knowsley Young Carers; nan's SGO support plan (allowance and a break for her) to be reviewed in April.

Thanks,
Chidinma

Chidinma Eze
Social Worker | Children in Need Team (Prescot) | Knowsley Council
0151 496 0472

""") + KDISC
    top = outlook_top(f, addr("Eze, Chidinma", "Chidinma.Eze@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - O'Hare children - joint home visit Fri 30th March", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2291847"],
        [ch("Niamh O'Hare", "2043-11-04", "04/11/2043"), ch("Tiernan O'Hare", "2047-06-19", "19/06/2047")],
        ["school_attendance", "young_carer"], True, None, [], False, "request_info",
        "KINSHIP STEP-DOWN SENT AT 00:38 ON THE FIRST MONDAY OF BRITISH SUMMER TIME: Date Mon 26 Mar 2057 00:38 "
        "+0100 is Sun 25 Mar 23:38 UTC. DESIGN: notice counts working days d with today < d <= meeting, today = the "
        "Europe/London date of now (Mon 26 Mar). Joint home visit Fri 30 Mar -> 27, 28, 29, 30 = 4 WD < 5 "
        "(REQUIREMENTS, Knowsley level 3: at least 5 WD) -> notice not ok -> request_info. A reader that takes the "
        "UTC date (Sunday) counts 5 and says ok: DECISIVE. Everything else is there: date, time and venue of the "
        "visit, all three Signs of Safety headings, consent stated as given by the special guardian ('Nan has "
        "consented to the referral') -> true; 'Level 3' -> 3; 'ICS ID 2291847' -> the bare number (DESIGN: a label "
        "before the number is not part of it). Concerns: Niamh helps nan with shopping, her brother and nan's "
        "medication -> young_carer; 84% and late -> school_attendance.",
        meeting=date(2057, 3, 30), not_children=["Bernadette O'Hare", "Chidinma Eze"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2057-02-08 12:52:40"
    body = T("""
Hello MASH,

I'm the children's community nurse for Kyle Brennan-Sharpe, DOB 14/04/2056, NHS number 999 412 7736. Family First have the family open (EHM-93318, case manager Lucy Kavanagh, copied in).

Kyle has cerebral palsy and is fed through a gastrostomy - he can't take anything by mouth. I visited at 11.30 today for his planned feed review.

- The feed pump was switched off and unplugged. There were four unopened packs of his feed in the box - two days' worth. Mum (Shannon) said he "didn't seem hungry" and she has been giving him water through the tube "when he cries".
- Kyle is floppy and very sleepy, his mouth and lips are dry and he has had one barely wet nappy since last night. He weighs 6.1kg, 480g less than at my visit on 25 January.
- Shannon has a learning disability. I don't think she understood why the feeds matter, even with the picture chart we made together. Her partner Wayne was there; he told me to "stop interfering" and said they'd take Kyle to the GP "next week".
- I asked them to take Kyle to Whiston A&E straight away. Wayne said no - no money for a taxi and he "wasn't sitting in A&E all day". He told me to leave and I left at 12.35.

I have rung the GP and the paediatric registrar at Whiston. Kyle needs to be seen by a doctor today. I'm back at our base in Huyton and on 07700 900 381 all afternoon - please ring me.

Gemma Houghton RN (Child)
Children's Community Nurse | Knowsley Children's Community Nursing Team
Mersey Valley Community Health NHS Trust
0151 496 0127
""")
    top = outlook_top(f, addr("HOUGHTON, Gemma (MERSEY VALLEY COMMUNITY HEALTH)", "gemma.houghton@mvch.nhs.example"),
                      addr("Knowsley MASH", KMASH), "Kyle Brennan-Sharpe (9 months) - home visit today - please ring me",
                      when, cc=addr("Kavanagh, Lucy", "Lucy.Kavanagh@" + KDOM), mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-93318"],
        [ch("Kyle Brennan-Sharpe", "2056-04-14", "14/04/2056")],
        ["disability_send", "neglect"], None, None, [], None, "alert_duty",
        "A CHILDREN'S COMMUNITY NURSE'S REPORT, NO ALARM WORD: a 9-month-old with cerebral palsy who can only be "
        "fed through his gastrostomy has had no feed for two days, is floppy, dry and 480g lighter; the mother's "
        "partner refused A&E and sent the nurse away; the baby is at home now. DESIGN safety rule 1: an immediate "
        "child-protection risk -> urgent -> alert_duty. A health report, not a step request from the lead "
        "professional -> other. Concerns: feeds withheld, medical care refused -> neglect; cerebral palsy, "
        "tube-fed -> disability_send (the mother's learning disability is no concern id). 'EHM-93318' keeps its "
        "joined prefix; the NHS number is no case id.",
        not_children=["Gemma Houghton", "Lucy Kavanagh"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2057-02-02 11:05:19"
    body = T("""
Hi MASH and MASH business support,

Please find attached the step up request for the Pybus family (EHM-92754), with the GCP2 and the minutes of our last TAF (24/01/2057). The Teams invite for the step up TAF - Wednesday 14th February 2057 at 10am - is this email. I've invited the current TAF members myself (health visitor, nursery, and Speak Up Knowsley, the parents' advocacy service).

Children:
Lacey-Mae Pybus - 21/08/2052
Jaxon Pybus - 03/01/2056

Both parents have learning disabilities. Despite a year of Family First support, an adapted parenting programme and weekly visits, the home has gone downhill since Christmas: no working heating in the children's room, Jaxon has missed his 12-month immunisations and two hearing appointments, and Lacey-Mae has come to nursery hungry and in the same clothes most days this month. The GCP2 (completed 29/01/2057) scores physical care and health at level 4.

To be clear, this is not a referral about an immediate child protection concern - nobody has hurt the children. The incident in April 2056, when Jaxon rolled off the sofa while dad had a seizure, was investigated at the time (hospital checked him, no injury, section 47 closed as an accident). Dad's epilepsy is now controlled, he has had no seizures since June, and he is never on his own with Jaxon. It is in the summary for background only.

Mum and dad have agreed to the step up - their advocate went through it with them using the easy-read leaflet. My TM, Joanne Ashurst, agreed the step up in supervision on 31/01/2057 (it's on the form).

Thanks,
Seun

Oluwaseun Adeleke
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0733

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Pybus.docx", appendix1([
        ("Case ID on EHM:", "EHM-92754"),
        ("Children:", "Lacey-Mae Pybus 21/08/2052; Jaxon Pybus 03/01/2056"),
        ("Has this family recently closed to Children's Social Care?:", "No (s47 April 2056 closed as an accident)"),
        ("Date of step up TAF meeting:", "Wednesday 14/02/2057, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - parents attend everything and want help; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 24/01/2057"),
        ("What are we worried about?", "Neglect of the children's physical care and health despite support: no "
         "heating in the children's room, missed immunisations and hearing appointments, Lacey-Mae hungry at nursery."),
        ("What is working well?", "Parents love the children, are warm with them and honest with us; nan has them "
         "for tea twice a week; the advocate is involved."),
        ("What next?", "Step up to CSC for a C&F assessment, including a parenting assessment adapted for parents "
         "with learning disabilities; Family First to stay involved."),
        ("Graded Care profile (If neglect should be completed).", "Yes - GCP2 completed 29/01/2057, attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Joanne Ashurst, Team Manager, 31/01/2057"),
        ("Contingency plan (Smart and timely).", "If not agreed: daily visits for two weeks, a home conditions plan "
         "with the landlord, HV to see Jaxon weekly."),
    ]))
    minutes = docx_att("TAF minutes 24.01.2057 - Pybus.docx", [
        "# Team Around the Family - minutes", "Date: 24/01/2057, 13:30, Huyton Family Hub",
        "Present: mum, dad, their advocate (Speak Up Knowsley), Oluwaseun Adeleke (Family First, chair), the health "
        "visitor, nursery key worker",
        "Nursery: Lacey-Mae hungry most mornings, same clothes.", "HV: 12-month immunisations missed, hearing clinic DNA x2.",
        "Agreed: GCP2 to be completed; Seun to discuss step up with her team manager."])
    gcp = pdf_att("GCP2 - Pybus - Jan 2057.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Pybus. Children: Lacey-Mae (4), Jaxon (1). Completed 29/01/2057 by Oluwaseun Adeleke.",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene): 4",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3",
        "Health: 4 (missed immunisations, missed hearing appointments)",
        "Overall: significant concerns about physical care and health."])
    cal = ics("REQUEST", f, dt(when), "20570214T100000", "20570214T113000",
              "Step up TAF meeting - Pybus - EHM-92754", "Microsoft Teams Meeting",
              "Step up TAF for Lacey-Mae and Jaxon Pybus. Chair: MASH social worker. Minutes: MASH business support.",
              ("Oluwaseun Adeleke", "Oluwaseun.Adeleke@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Adeleke, Oluwaseun", "Oluwaseun.Adeleke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Pybus - EHM-92754", when, cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, minutes, gcp]), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-92754"],
        [ch("Lacey-Mae Pybus", "2052-08-21", "21/08/2052"), ch("Jaxon Pybus", "2056-01-03", "03/01/2056")],
        ["neglect"], True, True, [], True, "book_meeting",
        "NEAR MISS - A PLANNED NEGLECT STEP-UP THAT SAYS 'NOT AN IMMEDIATE CHILD PROTECTION CONCERN' and recalls "
        "a 2056 fall during dad's seizure, investigated and closed as an accident, with dad's epilepsy now "
        "controlled: negated and historic -> not urgent, no physical_harm. Complete Knowsley step-up (REQUIREMENTS: "
        "form, EHM case id, TM agreement 'agreed the step up', TAF minutes, meeting date/time; neglect -> GCP2, "
        "attached). The mail is itself the Teams invitation (iTIP REQUEST) for Wed 14 Feb 10:00: from Fri 2 Feb "
        "that is 8 WD >= 5 -> ok -> book_meeting. Parents with learning disabilities 'have agreed to the step up' "
        "-> consent true (not required at Knowsley step-up).",
        meeting=date(2057, 2, 14), not_children=["Oluwaseun Adeleke", "Joanne Ashurst"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2057-01-17 14:20:05"
    blocks = [
        "Hi Family First,",
        "",
        "I'd like to step Ibrahim down to a Level 2 service at his final CIN meeting next week. The details are in "
        "the table. Hayley at Knowsley Brook has agreed to take on the lead practitioner role.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Ibrahim Al-Sayed, DOB 02/10/2049"],
            ["ICS", "ICS-2287610"],
            ["Final CIN meeting", "Wednesday 24 January 2057, 1.30pm"],
            ["Venue", "Knowsley Brook School, Stockbridge Village - meeting room 2"],
            ["Lead practitioner (Level 2)", "Hayley Shacklady, Family Liaison Officer, Knowsley Brook School"],
            ["Contact", "h.shacklady@knowsleybrook.example.sch.uk | 0151 496 0654"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Ibrahim (7) is autistic and non-verbal; he uses PECS and a few Makaton signs. He has very little sleep "
        "(often up from 3am) and mum and dad are worn out. His EHCP names Knowsley Brook but the transport has "
        "broken down twice this term.",
        ("h", "What is working well?"),
        "Ibrahim is happy at Knowsley Brook and his communication is coming on. Mum and dad know him really well and "
        "his big sister helps with his bedtime routine. He now has a short break every other Saturday.",
        ("h", "What needs to happen?"),
        "Hayley to lead an Early Help Assessment; a sleep clinic referral through the community paediatrician; the "
        "SEND team to sort out the transport; a carer's assessment for mum.",
        "",
        "Mum will be asked to sign the Early Help consent at the meeting.",
        "",
        "Thanks,",
        "Marek",
        "",
        "Marek Zielinski",
        "Social Worker | Disabled Children's Team | Knowsley Council",
        "0151 496 0288",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Zielinski, Marek", "Marek.Zielinski@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Ibrahim Al-Sayed - final CIN Weds 24th Jan", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-2287610"],
        [ch("Ibrahim Al-Sayed", "2049-10-02", "02/10/2049")],
        ["disability_send"], None, None, [], True, "book_meeting",
        "Knowsley LEVEL 2 step-down of a non-verbal autistic 7-year-old, its facts in a Word table (MsoTableGrid with "
        "a tab-separated text twin): REQUIREMENTS level 2 = meeting_details (date, time and venue of the final "
        "CIN), worries_strengths_next (the three headings, answered), lead_practitioner (Hayley Shacklady with her "
        "agency, the school) - all met. Consent 'will be asked ... at the meeting' -> null, and consent is not "
        "required at level 2. NOTICE EXACTLY 5: Wed 17 Jan -> Wed 24 Jan = 18, 19, 22, 23, 24 = 5 WD -> ok -> "
        "book_meeting. Autism, non-verbal, EHCP -> disability_send.",
        meeting=date(2057, 1, 24), not_children=["Hayley Shacklady", "Marek Zielinski"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2057-03-09 14:41:27"
    ack = ack_text("step-up", "SB-knowsley-1214", [
        "Case: EHM-93102", "Children: Ellis Fairclough-Obi (11/07/2045)",
        "Step-up TAF meeting: Wednesday 14 March 2057, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

Adding to our step up for Ellis.

Brookside Short Breaks (where Ellis goes for an overnight every other Friday) have just rung me. Dad dropped him off at 1.45 for tonight's stay. When staff changed him they found four round bruises on the top of each arm, like fingertips, and a fresh burn on the back of his left hand about the size of a 2p coin, blistered. Ellis can't tell anyone what happened - he has no speech and only a few Makaton signs - and he wouldn't let them near his hand.

Dad then rang Brookside at 2.20 to cancel the stay. He's coming back to collect Ellis at 4 o'clock because "he's better off at home". Staff say they can't keep him if dad wants him.

Our TAF isn't until Wednesday. I'm driving to Brookside now - please can a social worker ring me on 07700 900 447 as soon as you read this.

Jodie

Jodie McAllister
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0390
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "05 March 2057 09:12", "McAllister, Jodie <Jodie.McAllister@knowsley.gov.uk>",
         "[SB-knowsley-1214] Step-up request received - EHM-93102", ack, None)])
    top = outlook_top(f, addr("McAllister, Jodie", "Jodie.McAllister@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1214] Step-up request received - EHM-93102", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-93102"],
        [ch("Ellis Fairclough-Obi", "2045-07-11", "11/07/2045")],
        ["disability_send", "physical_harm"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP THAT IS AN IMMEDIATE RISK, NO ALARM WORD: a short-breaks unit found fingertip bruises on both "
        "arms and a fresh blistered burn on a non-verbal 11-year-old; dad cancelled the overnight and is collecting "
        "him at 4 o'clock today. A reply to [SB-knowsley-1214] -> follow_up, but DESIGN's order puts alert_duty "
        "first for urgent mail. Child and DOB from the quoted acknowledgement; physical_harm; no speech, Makaton "
        "-> disability_send.",
        not_children=["Jodie McAllister"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2057-01-23 09:12:33"
    rows = [("Service", "Meadowbank House - short breaks for disabled children (registered children's home)"),
            ("Young person", "Amelia Kowalczyk (DOB 05/05/2048)"),
            ("EHM episode", "EHM-91186 (Family First lead professional: Gary Tunstall)"),
            ("Date / time of incident", "22/01/2057, 02:10"),
            ("Type of incident", "Medical - tonic-clonic seizure (known epilepsy)"),
            ("What happened", "Amelia had a tonic-clonic seizure in bed that lasted 7 minutes. Night staff gave "
             "buccal midazolam at 5 minutes as her emergency care plan says and called 999, also as the plan says. "
             "She stopped breathing for about 20 seconds at the end of the seizure and paramedics gave oxygen. "
             "She went to Whiston by ambulance with a member of staff, was observed and was discharged to mum at "
             "06:30."),
            ("Injuries", "Small graze to her chin from the bedrail padding."),
            ("Safeguarding", "None. This was a medical event, managed under her care plan. No concerns about care "
             "at Meadowbank or at home."),
            ("Who was told", "Mum at 02:15; children's community nurse; consultant's secretary. Ofsted: not "
             "notifiable."),
            ("Current position", "Amelia is at home with mum and back at school today. Her next stay is 2 February.")]
    text = T("""
Good morning,

Please see below our incident notification for Amelia's overnight stay. We send these to the lead professional's team under our reporting policy - for your information, no action needed.

""") + "".join("%s: %s\n" % r for r in rows) + T("""

Kind regards,
Carol Tickle
Registered Manager | Meadowbank House
0151 496 0815
""")
    h = (LAYOUT_HEAD + "<p>Good morning,</p>\n<p>Please see below our incident notification for Amelia's overnight stay. "
         "We send these to the lead professional's team under our reporting policy - for your information, no action "
         "needed.</p>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
         + "".join("<tr><td width=\"180\" style=\"background:#E7EEF7\"><b>%s</b></td><td>%s</td></tr>\n"
                   % (esc(a), esc(b)) for a, b in rows)
         + "</table>\n<p>Kind regards,<br>Carol Tickle<br>Registered Manager | Meadowbank House<br>0151 496 0815</p>\n"
         "</body></html>\n")
    top = plain_top(f, addr("Meadowbank House", "manager@meadowbankhouse.example.org.uk"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Incident notification - seizure during overnight stay 22/01 - Amelia Kowalczyk - for information",
                    when, "meadowbankhouse.example.org.uk", "Microsoft Outlook 16.0")
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 3,
        "near_miss", "other", False, None, ["EHM-91186"],
        [ch("Amelia Kowalczyk", "2048-05-05", "05/05/2048")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS - A SHORT-BREAKS PROVIDER'S INCIDENT NOTIFICATION, RESOLVED AND MEDICAL: a 7-minute seizure, 999, "
        "'stopped breathing for about 20 seconds', an ambulance and an injury - all managed under her emergency care "
        "plan, the child home and back at school, 'Safeguarding: None', 'no action needed'. Not urgent (DESIGN rule "
        "1: resolved). A provider's notification, not a request -> other -> human_review. Epilepsy in a disabled "
        "child -> disability_send. EHM-91186 keeps its prefix.",
        not_children=["Carol Tickle", "Gary Tunstall"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2057-03-22 16:10:48"
    body = T("""
Good afternoon,

I'm stepping Maisie-Rose down to Family First at Level 3 at her final CIN meeting. The invitation is attached.

Maisie-Rose Delaney - DOB 30/09/2049
ICS ID: 2270915
Final CIN meeting: Thursday 29th March 2057, 10.00am, Kirkby Family Hub, Room 3 (ground floor, accessible)

Maisie-Rose lives with her grandparents, Pat and Tony Delaney, who have held a Child Arrangements Order since 2056. Nan and grandad consented to the referral to Family First at the CIN review on 15/03/2057. My TM, Kath Rimmer, has agreed the step down.

What are we worried about?
Maisie-Rose (7) has Dravet syndrome - a severe epilepsy - and a learning disability. Her seizures are more frequent this winter and she has missed 11 school days through illness. Nan and grandad are tired; grandad is 68.

What is working well?
Her grandparents are excellent carers, fully trained in her emergency plan, and the school nurse and the epilepsy nurse are very involved. Mum has supervised contact at the family centre once a month and it goes well.

What needs to happen?
A Family First case manager to hold the TAF; a referral for overnight short breaks; the school to update her individual healthcare plan; the grandparents' support plan to be reviewed.

For the case manager - her emergency seizure plan, so you know what the grandparents and school do: if a seizure lasts longer than 5 minutes, give buccal midazolam and call 999; if she stops breathing after the seizure, put her in the recovery position and give rescue breaths until the ambulance arrives. They have needed it twice this year and both times did everything right. This is her standing care plan, not a new worry.

(For completeness: the 2054 child protection plan about mum's care of her ended when Maisie-Rose moved to her grandparents. There are no current concerns.)

Thanks,
Simone

Simone Akintola
Social Worker | Children in Need Team (Kirkby) | Knowsley Council
0151 496 0517

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20570329T100000", "20570329T113000",
              "Final CIN meeting - Maisie-Rose Delaney - step down to Family First L3",
              "Kirkby Family Hub, Room 3", "Final CIN meeting and step down to Family First Level 3.",
              ("Simone Akintola", "Simone.Akintola@" + KDOM),
              [("Family First 0-18 Duty Mailbox", KFF, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    inv = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="Final CIN - Delaney.ics"'),
                ("Content-Disposition", 'attachment; filename="Final CIN - Delaney.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    top = outlook_top(f, addr("Akintola, Simone", "Simone.Akintola@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Maisie-Rose Delaney - final CIN Thurs 29th March", when)
    add(f, mail(f, top, body, [inv], html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["2270915"],
        [ch("Maisie-Rose Delaney", "2049-09-30", "30/09/2049")],
        ["disability_send"], True, True, [], True, "book_meeting",
        "NEAR MISS - AN EMERGENCY SEIZURE PLAN WRITTEN OUT FOR THE NEW CASE MANAGER ('call 999', 'if she stops "
        "breathing ... rescue breaths'): a standing care plan, 'not a new worry', and a 2054 child protection plan "
        "that ended -> planned, historic, not urgent. Complete Knowsley Level 3 step-down (REQUIREMENTS: meeting "
        "details with venue, the three headings, consent given by the grandparents who hold a Child Arrangements "
        "Order -> true). NOTICE ACROSS THE CLOCK CHANGE: sent Thu 22 Mar (GMT), meeting Thu 29 Mar 10:00 (BST, "
        "DTSTART in the attached .ics) -> 23, 26, 27, 28, 29 = 5 WD -> ok -> book_meeting. 'ICS ID: 2270915' -> "
        "the bare number. Dravet syndrome, learning disability -> disability_send.",
        meeting=date(2057, 3, 29), not_children=["Simone Akintola", "Kath Rimmer"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2057-02-12 08:47:55"
    data = itip_reply(f, when, "Aled Pryce", "Aled.Pryce@" + KDOM, ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF meeting - Pybus - EHM-92754 [SB-knowsley-1131]", "20570214T100000",
                      "20570214T113000", "Microsoft Teams Meeting",
                      comment="I'll chair - please can business support have the group supervision template open.")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-92754"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the MASH social worker who will chair knowsley_03's step-up "
        "TAF; the SUMMARY carries EHM-92754 and [SB-knowsley-1131]; the COMMENT holds nothing of concern. "
        "DESIGN: meeting_reply -> record_reply.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2057-01-09 10:14:52"
    body = T("""
Dear MASH colleagues,

Step up request - Ashworth family, Mosaic ID 3318204.

Freddie Ashworth - DOB 02/08/2056
Skye Ashworth - DOB 17/02/2053

Sam Okereke (Early Help Practitioner, Roehampton Family Hub) has worked with the family since last spring. Both parents have learning disabilities. I have agreed this step up following reflective supervision with Sam on 5 January. The latest case summary is attached.

Rationale for the step up
Freddie was born at 34 weeks and his weight has dropped from the 25th to below the 2nd centile since November. The health visitor has found bottles made up with too much water three times, even after demonstrations with pictures; he has missed his 16-week immunisations and a dietitian appointment. The flat was cold at the last two visits (the meter had run out) and Skye (3) has had three chest infections since October. Mum and dad are loving and want to get it right, but after ten months of Early Help, an adapted parenting course and daily prompts by text, Freddie is not gaining weight. We think the family now needs a Child and Family Assessment with a parenting assessment adapted for parents with a learning disability (PAMS).

Both parents have agreed to the referral; their advocate from Wandsworth Advocacy explained it to them with the easy-read version of our leaflet.

Kind regards,

Priyanka Chauhan
Early Help Team Manager | Roehampton & Putney Family Hubs
Richmond and Wandsworth Councils
020 7946 0841

""") + RDISC
    summ = docx_att("Case summary - Ashworth - Jan 2057.docx", [
        "# Case summary - Ashworth family", "Mosaic ID 3318204",
        "Children: Freddie Ashworth (02/08/2056), Skye Ashworth (17/02/2053)",
        "Parents: both have mild learning disabilities; known to the Learning Disability Team.",
        "Early Help since April 2056: adapted parenting course, budgeting support, HV weekly.",
        "Current concerns: faltering growth (Freddie), bottles over-diluted, missed immunisations, cold flat.",
        "Strengths: warm, loving parents who accept help; maternal grandmother involved at weekends."])
    top = outlook_top(f, addr("Chauhan, Priyanka", "Priyanka.Chauhan@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Ashworth - Mosaic ID 3318204", when,
                      cc=addr("Okereke, Sam", "Sam.Okereke@" + RDOM))
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3318204"],
        [ch("Freddie Ashworth", "2056-08-02", "02/08/2056"), ch("Skye Ashworth", "2053-02-17", "17/02/2053")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (seed 000, Process to Step Up: "
        "'the Early Help Team Manager will email the MASH: Step Up email ... with the latest case summary and the "
        "rationale'): case summary attached (.docx), rationale pasted under its own heading -> nothing missing -> "
        "book_meeting (MASH business support invite within 1 WD; no notice field). Parents with learning "
        "disabilities: faltering growth, over-diluted bottles, missed immunisations, cold flat -> neglect. 'I have "
        "agreed this step up' from the TM -> true; 'Both parents have agreed to the referral' -> consent true. "
        "'Mosaic ID 3318204' -> the bare number.",
        not_children=["Priyanka Chauhan", "Sam Okereke"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2057-01-15 16:02:11"
    body = T("""
Hi Early Help duty,

As agreed with Jasper Quint on the phone this afternoon, the step-down case discussion for the Mensah-Baptiste children is on Thursday 18th January at 11am on Teams (Jasper is sending the link).

Kofi Mensah-Baptiste - DOB 23/05/2046 - Mosaic 3290114
Esmé Mensah-Baptiste - DOB 08/10/2050 - Mosaic 3290115

Kofi and Esmé live with their aunt, Ms Abena Mensah, who has been their special guardian since 2055. The CIN plan has done what it needed to: the SGO support plan is in place, the allowance is sorted and Kofi is settled at his new school. What's left is Kofi's ADHD and his EHCP (the annual review is in March) and Esmé's autism assessment, which is still waiting for a CAMHS appointment - Auntie needs help pulling the services together, which is what Early Help is good at.

Ms Mensah has consented to Early Help continuing the plan; she'd like Kofi's SENCo, Mrs Hallam, as lead professional, and Mrs Hallam has said yes in principle.

Attached: latest case summary (PDF) and the draft Early Help plan (Word).

Many thanks,
Natasha

Natasha Okonkwo
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0193

""") + RDISC
    summ = pdf_att("Case summary - Mensah-Baptiste - Jan 2057.pdf", "Case summary - Kofi and Esme Mensah-Baptiste", [
        "Mosaic 3290114 / 3290115. Carer: Ms Abena Mensah (maternal aunt), special guardian since 2055.",
        "CIN plan since September 2056: SGO support plan, financial support, school move for Kofi.",
        "Outcomes achieved. Remaining needs: Kofi - ADHD, EHCP; Esme - awaiting autism assessment (CAMHS)."])
    plan = docx_att("Draft Early Help plan - Mensah-Baptiste.docx", [
        "# Draft Early Help plan", "Family: Mensah-Baptiste (carer Ms A Mensah, special guardian)",
        "What needs to happen: lead professional to coordinate school, CAMHS and the SEND team; EHCP annual review "
        "in March; SGO support group for Ms Mensah.", "Proposed lead professional: Mrs Hallam, SENCo."])
    top = outlook_top(f, addr("Okonkwo, Natasha", "Natasha.Okonkwo@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mensah-Baptiste children - case discussion Thu 18th 11am (agreed with Jasper)", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3290114", "3290115"],
        [ch("Kofi Mensah-Baptiste", "2046-05-23", "23/05/2046"), ch("Esmé Mensah-Baptiste", "2050-10-08", "08/10/2050")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (seed 000, Process to Step Down: the time agreed with the Early "
        "Help duty manager 'within 5 days of this contact', confirmed by email 'with the latest case summary and "
        "the draft plan'): case summary PDF, draft plan .docx, consent from the SPECIAL GUARDIAN ('Ms Mensah has "
        "consented to Early Help continuing the plan') -> true -> book_meeting (no notice field). Esmé with an "
        "accent. ADHD, EHCP, autism assessment -> disability_send. Two Mosaic numbers after the label 'Mosaic'.",
        not_children=["Abena Mensah", "Natasha Okonkwo", "Jasper Quint"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2057-02-07 15:36:30"
    fwd = T("""
Gareth - this is João, the Year 11 boy at Battersea Park School I've been seeing for mentoring since October.

João Pedro Ferreira, DOB 11/09/2041. He came from Porto last September to live with a Mr Carlos Teixeira, who the school were told is his uncle. Today João told me he isn't related at all - he's a man João's dad met through work. As far as I can find, nobody has ever told the council about this as a private fostering arrangement.

What João told me this afternoon:
- Mr Teixeira keeps João's passport and his Portuguese ID card "so I don't run away".
- Since November he has made João work at a hand car wash in Battersea from 6pm to midnight, six nights a week, for £20 a night, to "pay back the flight and the rent".
- Last night João said he was too tired to go. Mr Teixeira pushed him into the door (there's a bruise on his cheekbone) and told him that if he isn't at the car wash tonight he'll be "on the street and on a plane home".
- João won't go back. He has nowhere to sleep tonight. His phone has no credit and he has £3.

I'm sitting with him in Battersea Library and can stay until 7.

Kemi
""")
    body = T("""
MASH,

I've tried the MASH duty line twice in the last half an hour and it has been engaged, so I'm sending this to the step up box as well. I have agreed this needs to go to Children's Services today - Kemi's note is below. Mosaic ID: 3321907. The case summary and rationale will follow from Kemi once she's back at her desk.

Kemi's mobile: 07700 900 614.

Gareth

Gareth Pryor
Early Help Team Manager | Battersea & Nine Elms Family Hubs
Richmond and Wandsworth Councils
020 7946 0552
""") + quote("Adeyemi-Lewis, Kemi <Kemi.Adeyemi-Lewis@richmondandwandsworth.gov.uk>", "07 February 2057 15:21",
             "Pryor, Gareth <Gareth.Pryor@richmondandwandsworth.gov.uk>", "Joao - can't go home tonight", fwd) \
        + "\n" + RDISC
    top = outlook_top(f, addr("Pryor, Gareth", "Gareth.Pryor@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Joao (Year 11) - step up - no bed tonight", when,
                      cc=addr("Adeyemi-Lewis, Kemi", "Kemi.Adeyemi-Lewis@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3321907"],
        [ch("João Pedro Ferreira", "2041-09-11", "11/09/2041")],
        ["exploitation", "physical_harm"], None, True, ["case_summary", "rationale"], None, "alert_duty",
        "AN UNNOTIFIED PRIVATE FOSTERING ARRANGEMENT, NO ALARM WORD: a 15-year-old living with an unrelated man who "
        "holds his passport, makes him work nights at a car wash, pushed him into a door last night and told him "
        "he will be on the street tonight; the boy has nowhere to sleep tonight. Immediate risk -> urgent -> "
        "alert_duty (first in DESIGN's order). The Early Help TM sends it to the step-up box ('I have agreed this "
        "needs to go to Children's Services today' -> manager true) -> step_up; the case summary and rationale "
        "'will follow' -> both missing (REQUIREMENTS, R&W step_up). Concerns: forced labour, passport withheld -> "
        "exploitation; pushed into a door, bruise -> physical_harm. Name written 'João Pedro Ferreira' in full once "
        "(the subject has 'Joao' only).",
        not_children=["Carlos Teixeira", "Gareth Pryor"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2057-02-01 07:30:02"
    h = (LAYOUT_HEAD +
         "<table width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n"
         "<tr><td style=\"background:#4B2E83;color:#FFFFFF;padding:12px\"><b>RWSCP Briefing</b> - February 2057<br>"
         "Richmond and Wandsworth Safeguarding Children Partnership</td></tr>\n"
         "<tr><td style=\"padding:10px 0\"><h2>Safeguarding disabled children: learning from a rapid review</h2>\n"
         "<p>Disabled children are more likely to be abused and less likely to be protected. Our January rapid "
         "review of the case of <b>Child L</b> (6, non-verbal, fed through a gastrostomy) found that professionals "
         "explained bruising on a non-mobile child as 'part of his condition', and that nobody asked the child "
         "using his own communication system.</p>\n"
         "<p><b>7-minute briefing - what to look for</b></p>\n<ul>\n"
         "<li>Bruising in a child who is not independently mobile, or bruising on the upper arms, ears or neck.</li>\n"
         "<li>Feeds, medication or equipment (oxygen, hoists, wheelchairs) withheld or misused.</li>\n"
         "<li>Fabricated or induced illness: symptoms seen only by one carer; tests that do not explain them.</li>\n"
         "<li>Restraint at home that is not part of a positive behaviour support plan.</li>\n"
         "<li>A child who goes quiet or distressed before going home from a short break.</li>\n</ul>\n"
         "<p><b>Scenario for team discussion.</b> A short-breaks worker notices fingertip bruising on a "
         "12-year-old who cannot speak. Dad says she fell. What do you do before she goes home at 4pm? "
         "(This scenario is fictional and for training only.)</p>\n"
         "<p>If you think a child is at immediate risk of harm, call 999. For child protection concerns in office "
         "hours contact the MASH; out of hours, the Emergency Duty Team.</p>\n"
         "<h3>Training in March</h3>\n<p>Safeguarding disabled children (multi-agency, half day): 6 March and "
         "20 March 2057, online. Book on the RWSCP learning portal.</p>\n"
         "<p style=\"color:#777777;font-size:8pt\">You are receiving this because you subscribed to the RWSCP "
         "briefing. <a href=\"https://rwscp.example.org.uk/unsubscribe\">Unsubscribe</a></p>\n"
         "</td></tr></table>\n</body></html>\n")
    top = plain_top(f, addr("RWSCP Briefing", "briefing@rwscp.example.org.uk"), addr("Early Help Duty", RED),
                    "RWSCP Briefing - February 2057: safeguarding disabled children", when, "rwscp.example.org.uk",
                    None, extra=[("List-Id", "RWSCP Briefing <briefing.rwscp.example.org.uk>"),
                                 ("List-Unsubscribe", "<https://rwscp.example.org.uk/unsubscribe>")])
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN (HTML-only, List-Id, no Auto-Submitted) full of risk words: a rapid "
        "review of 'Child L', bruising in non-mobile children, withheld feeds and oxygen, fabricated or induced "
        "illness, a training scenario marked 'fictional and for training only', 'immediate risk ... call 999'. "
        "DESIGN rule 1: bulletins that list examples must not trigger. No real child is named -> children [], "
        "concerns []. Not a request -> other -> human_review.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2057-02-20 11:48:36"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3307", [
        "Case: 3301876", "Children: Harvey Lindqvist (14/02/2049)",
        "Step-down case discussion: Friday 23 February 2057, 14:00 (Microsoft Teams)"],
        ["the draft plan for Early Help"])
    body = T("""
Hi,

Draft plan now attached - sorry, I'd saved over it with the old CIN plan last week.

Thanks
Owen

Sent from my iPad

On 19 Feb 2057, at 10:03, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + quoted(ack)
    plan = docx_att("Draft EH plan - Harvey L.docx", [
        "# Draft Early Help plan", "Harvey Lindqvist",
        "What needs to happen: wheelchair-accessible transport to school; a short breaks assessment; a TAF with the "
        "school and physiotherapy every six weeks.", "Lead professional: to be agreed at the case discussion."])
    top = plain_top(f, addr("Owen Trelawny", "Owen.Trelawny@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-3307] Step-down request received", when, RDOM,
                    "iPad Mail (22F76)")
    add(f, iphone_mail(f, top, body, [plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3301876"],
        [ch("Harvey Lindqvist", "2049-02-14", "14/02/2049")],
        [], None, None, [], None, "attach_to_request",
        "iPad reply to [SB-richmond_wandsworth-3307] adding the draft plan the acknowledgement asked for -> "
        "follow_up -> attach_to_request (reference SB-richmond_wandsworth-3307). The child, DOB and case number "
        "come from the '>'-quoted acknowledgement; the new text states no concern and no consent -> [] / null.",
        not_children=[])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2057-03-02 17:52:14"
    body = T("""
To whoever reads this,

I got this email address off the council website, I hope it's the right one.

I'm Poppy-Grace Adeyemi's short breaks carer - I'm approved through the council's Family Link scheme and she comes to me every Friday after school until 7pm. Poppy-Grace is 12 and has Down's syndrome.

This afternoon when I was helping her in the bath she pointed between her legs and said "Tony does that. It hurts. It's a secret." Tony is her mum's boyfriend - he moved in after Christmas. I didn't ask her anything else, I just told her she'd done the right thing telling me.

Mum texted me at 5 o'clock to say she's on a late shift at the care home and Tony will pick Poppy-Grace up from mine at 7 tonight and put her to bed.

I've rung the short breaks office but they closed at 5. Her social worker, Elaine, is on leave until the 12th. I don't know what I'm supposed to do when he knocks on my door. My address is 41 Granard Avenue, Putney SW15 9ZR and my mobile is 07700 900 215.

Wendy Farrant
""")
    top = plain_top(f, addr("Wendy Farrant", "wendy.farrant62@example.com"), addr(None, RSU),
                    "Poppy-Grace - something she told me this afternoon", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Poppy-Grace Adeyemi")],
        ["disability_send", "sexual_harm"], None, None, [], None, "alert_duty",
        "A SHORT-BREAKS CARER'S EMAIL AT 17:52 ON A FRIDAY, NO ALARM WORD: a 12-year-old with Down's syndrome "
        "disclosed sexual abuse by mum's boyfriend, who is collecting her at 7pm tonight to put her to bed. "
        "Immediate risk -> urgent -> alert_duty (DESIGN rule 1: out of hours, the Emergency Duty Team). A carer's "
        "report, not a step request -> other. Age 12 but no DOB -> dob null. sexual_harm; Down's syndrome -> "
        "disability_send. No case number.",
        not_children=["Wendy Farrant"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2057-03-28 10:25:47"
    body = T("""
Dear Early Help duty,

Following my call with Jasper this morning, we agreed the step-down case discussion for Monday 2nd April at 2pm at the Richmond office (Jasper will bring the Early Help worker if one is identified by then).

Leo Marchetti-Quayle, DOB 19/12/2050, Mosaic ID 3187720.

Background, because it is the first thing anyone reading Leo's file will see: Leo has osteogenesis imperfecta (brittle bone disease) and uses a wheelchair. In 2054, when he was 3, an unexplained fracture of his femur led to a section 47 enquiry and a child protection plan. The plan ended in 2055 once genetic testing confirmed OI, and the consultant's view is that the fracture was caused by his condition and not by non-accidental injury. There are no current child protection concerns and there have been none since.

The CIN plan since then has been about housing - the family were in a second-floor flat with no lift and mum was carrying Leo and his chair up the stairs. They moved into an adapted ground-floor flat in Ham in February, so the plan has done its job. What's left: school transport, a short breaks assessment and OT for equipment at home.

Mum (Ms Rosa Marchetti) has consented to Early Help continuing the plan. The latest case summary and the draft Early Help plan are attached.

Best wishes,
Callum

Callum Rafferty
Social Worker | Disabled Children's Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0628

""") + RDISC
    summ = pdf_att("Case summary - Leo Marchetti-Quayle.pdf", "Case summary - Leo Marchetti-Quayle (Mosaic 3187720)", [
        "Diagnosis: osteogenesis imperfecta type III; wheelchair user.",
        "2054: s47 enquiry and CP plan following femur fracture; ended 2055 after genetic diagnosis (no NAI).",
        "2055-2057: CIN plan (housing). Adapted property from February 2057.",
        "Remaining needs: transport, short breaks, OT equipment."])
    plan = docx_att("Draft Early Help plan - Leo M-Q.docx", [
        "# Draft Early Help plan", "Leo Marchetti-Quayle",
        "What needs to happen: SEND transport review; short breaks assessment; OT home equipment; TAF every six weeks."])
    top = outlook_top(f, addr("Rafferty, Callum", "Callum.Rafferty@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Leo Marchetti-Quayle - case discussion Mon 2nd April 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["3187720"],
        [ch("Leo Marchetti-Quayle", "2050-12-19", "19/12/2050")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - AN OLD FRACTURE, A SECTION 47 AND A CHILD PROTECTION PLAN (2054-55) RESOLVED BY A DIAGNOSIS "
        "of brittle bone disease: 'not ... non-accidental injury', 'no current child protection concerns' -> "
        "historic and negated, not urgent, no physical_harm. Complete R&W step-down: case summary PDF, draft plan "
        ".docx, mum's consent -> book_meeting; case discussion agreed for Mon 2 Apr (within the seed's 5 days). "
        "Sent in BST (+0100). OI, wheelchair -> disability_send.",
        not_children=["Rosa Marchetti", "Callum Rafferty"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2057-01-02 08:03:40"
    body = T("""
Thank you for your email. I am on annual leave and will return on Monday 8 January 2057.

For clinical advice about a child on the community nursing caseload, please ring the Children's Community Nursing team on 020 7946 0777 (Monday to Friday, 8.30am to 5pm).

If you believe a child is at immediate risk of harm, please call 999 or contact the MASH. This mailbox is not monitored while I am away.

Bethany Oyelowo
Children's Community Nurse | Wandsworth Children's Community Nursing Team
""")
    data = ooo(f, when, "Bethany Oyelowo", "bethany.oyelowo@swlch.nhs.example", addr("MASH Step Up", RSU),
               "Invitation: Step-up case discussion [SB-richmond_wandsworth-3288]", body)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office from a children's community nurse on the first working day after New Year's Day "
        "(Auto-Submitted: auto-replied, X-Auto-Response-Suppress, 'Automatic reply:'); the 'immediate risk of "
        "harm ... 999' line is boilerplate. DESIGN: auto_reply -> ignore (rule 2, never answered).")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2057-01-11 13:40:26"
    body = T("""
Dear Early Help Hub,

Step down to targeted Early Help - Islam family.

Ruqayyah Islam, DOB 14/03/2050, Mosaic ID 1567720
Ibrahim Islam, DOB 29/07/2053, Mosaic ID 1567721

The Child and Family Assessment concluded on 05/01/2057 with a recommendation to step down to a TAF. Mr and Mrs Islam both have learning disabilities; over the CIN plan they have made real progress with routines, meals and getting the children to school and nursery, supported by an advocate and the adapted parenting programme at Island Gardens.

Remaining needs: Ibrahim (3) has global developmental delay and attends a specialist nursery; his appointments (speech and language, physio, the community paediatrician) need co-ordinating, and the parents need help with letters and forms.

Mr and Mrs Islam consented to the step down on 08/01/2057 - we went through the easy-read consent form with their advocate.

Lead practitioner: Nasreen Uddin, Family Support Worker, Island Gardens Children and Family Centre (Early Help), 020 7946 0318 - she already knows the family.

TAF meeting: Wednesday 17 January 2057, 10am, Island Gardens Children and Family Centre - I will chair and put the minutes on Mosaic.

Attached: the C&F Assessment and the draft TAF plan.

Regards,
Shamima Chowdhury
Social Worker | Children in Need Team 3 | London Borough of Tower Hamlets
020 7946 0406

""") + TDISC
    cfa = pdf_att("C&F Assessment - Islam - Jan 2057.pdf", "Child and Family Assessment - Islam", [
        "Children: Ruqayyah Islam (14/03/2050), Ibrahim Islam (29/07/2053). Mosaic 1567720 / 1567721.",
        "Assessment concluded: 05/01/2057. Outcome: step down to targeted Early Help (TAF).",
        "Analysis: parents (both with learning disabilities) have sustained improved routines; needs remain "
        "around co-ordination of Ibrahim's health and developmental appointments."])
    plan = docx_att("Draft TAF plan - Islam.docx", [
        "# Draft TAF plan - Islam family", "Lead practitioner: Nasreen Uddin (Island Gardens CFC)",
        "Actions: appointment calendar with pictures; SALT and physio at nursery; help with letters weekly."])
    top = outlook_top(f, addr("Chowdhury, Shamima", "Shamima.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Islam family - TAF Wed 17 Jan", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1567720", "1567721"],
        [ch("Ruqayyah Islam", "2050-03-14", "14/03/2050"), ch("Ibrahim Islam", "2053-07-29", "29/07/2053")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (REQUIREMENTS: assessment - the C&F Assessment PDF; draft_plan - the "
        "draft TAF plan .docx; consent - 'consented to the step down', easy-read form with their advocate; "
        "lead_practitioner - Nasreen Uddin with her agency) -> book_meeting. Parents with learning disabilities; "
        "Ibrahim's global developmental delay -> disability_send. TAF on 17 Jan is within 10 WD of the assessment "
        "ending on 5 Jan (seed 001); no notice field for Tower Hamlets.",
        not_children=["Nasreen Uddin", "Shamima Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2057-01-30 11:22:09"
    body = T("""
Dear MAST,

Please find attached a MARF for Zainab Hussain (DOB 04/09/2055), Mosaic 1570932. My manager, Dilruba Khanom, has agreed the step up and asked me to send it straight away.

Zainab is 16 months old. She has Down's syndrome and a heart condition (an AVSD - she is waiting for surgery at the Evelina) and she is on oxygen overnight through a concentrator, with a sats monitor.

This morning Femi Bankole, her children's community nurse, rang me. The monitor's memory shows Zainab's oxygen was off from 23:40 to 06:10 on both Sunday and Monday nights and her saturations dropped into the 70s. Femi says Zainab was blue around the lips when she arrived at 9 this morning, until the oxygen went back on.

Mum (Rokeya) told Femi that her partner, Mr Rashid Ali, turns the machine off because "the noise keeps him awake". When mum tried to turn it back on last night he pulled the plug out of the wall and pushed her against the wardrobe. Mum is frightened of him. He stays at the flat every night.

I have not told Mr Ali about this referral. Mum knows I am contacting you.

Kelechi Nwosu
Early Help Practitioner | Bow Family Hub | London Borough of Tower Hamlets
020 7946 0735 | 07700 900 128

""") + TDISC
    marf = docx_att("MARF - Zainab Hussain.docx", [
        "# Multi-Agency Referral Form (MARF)", "Child: Zainab Hussain, DOB 04/09/2055. Mosaic 1570932.",
        "Address: Bow, E3.", "Referrer: Kelechi Nwosu, Early Help Practitioner, Bow Family Hub.",
        "Reason for referral: overnight oxygen switched off by mother's partner two nights running; saturations "
        "in the 70s; mother pushed by partner when she tried to restore it.",
        "Is the child at immediate risk of significant harm? Yes - tonight, if the oxygen is turned off again.",
        "Manager agreement: Dilruba Khanom, Early Help Team Manager, 30/01/2057.",
        "Parent aware of referral: mother yes; partner no."])
    top = outlook_top(f, addr("Nwosu, Kelechi", "Kelechi.Nwosu@" + TDOM), addr("MAST", TMAST),
                      "Step up - Zainab Hussain (16 months) - oxygen at night", when,
                      cc=addr("Khanom, Dilruba", "Dilruba.Khanom@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["1570932"],
        [ch("Zainab Hussain", "2055-09-04", "04/09/2055")],
        ["disability_send", "domestic_abuse", "neglect"], None, True, [], None, "alert_duty",
        "URGENT STEP-UP WHOSE ALARM WORDS ARE ONLY IN THE ATTACHED MARF: a 16-month-old with Down's syndrome and a "
        "heart condition whose overnight oxygen the mother's partner has switched off two nights running "
        "(saturations in the 70s, blue lips this morning); he pushed the mother when she turned it back on and "
        "stays at the flat every night -> tonight -> urgent -> alert_duty. The step-up itself is complete "
        "(REQUIREMENTS, Tower Hamlets step_up: request_for_support = the MARF .docx; manager_agreed - 'has agreed "
        "the step up') -> missing []. 'Mum knows I am contacting you' is no stated consent -> null (not required). "
        "Concerns: oxygen withheld -> neglect; partner pushed mum -> domestic_abuse; Down's syndrome, AVSD, oxygen "
        "-> disability_send.",
        not_children=["Rashid Ali", "Kelechi Nwosu", "Dilruba Khanom", "Femi Bankole"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2057-02-15 15:05:51"
    body = T("""
Dear MAST,

I'm a SEND caseworker. I went to a flat in Poplar today (Flat 9, Orme House, Cordwainer Street, E14 9ZJ) with a BSL interpreter for an EHCP needs assessment for Shathi Akter. Shathi is profoundly deaf and uses BSL and home sign. She is about 13 - nobody in the house could give me her date of birth.

The woman she lives with, Mrs Parveen Sultana, told me she is Shathi's aunt. When Mrs Sultana went to the kitchen, Shathi signed to the interpreter that she is not family - her mum in Sylhet sent her here two years ago to "help". She signed that she is not allowed to go to school, that she does all the cooking, cleaning and washing for a family of seven, and that she sleeps on the kitchen floor.

Then she pulled up her sleeve and showed us long red welts across her forearm, and signed that Mrs Sultana's husband hit her with a belt last night because the rice burnt. She cried and signed "please don't tell". We had to leave at 2.30 when the husband came home - Shathi is in that flat now.

She hasn't been on a school roll since she arrived. As far as I can tell nobody has told the council about her living there.

I'm at the Mulberry Place office until 6. Mobile 07700 900 862.

Hollie Brandreth
SEND Caseworker | SEND Service | London Borough of Tower Hamlets
020 7946 0449

""") + TDISC
    top = outlook_top(f, addr("Brandreth, Hollie", "Hollie.Brandreth@" + TDOM), addr("MAST", TMAST),
                      "Shathi Akter - EHCP visit today - please ring me", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Shathi Akter")],
        ["disability_send", "exploitation", "physical_harm", "school_attendance"], None, None, [], None, "alert_duty",
        "A SEND CASEWORKER'S HOME VISIT, NO ALARM WORD: a profoundly deaf girl of about 13, sent from abroad to an "
        "unrelated household (an unnotified private fostering arrangement), kept out of school as a domestic "
        "servant, beaten with a belt last night (fresh welts), left in the flat with the man this afternoon -> "
        "urgent -> alert_duty. Not a step request -> other. No DOB given -> null. Concerns: belt, welts -> "
        "physical_harm; domestic servitude -> exploitation; not on a school roll -> school_attendance; profoundly "
        "deaf, EHCP assessment -> disability_send.",
        not_children=["Parveen Sultana", "Hollie Brandreth"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2057-03-19 21:14:38"
    text = T("""
To MAST

I am Tyler Cheeseman-Boateng's special guardian (his nan) he is 6 and has autism and doesn't talk, he has epilepsy as well.

His dad Marcus Boateng came to my door at half 8 tonight shouting. When I opened it to tell him to go away he pushed past me and picked Tyler up off the sofa in his pyjamas and put him in his car and drove off. He had been drinking I could smell it on him and he was swaying.

Marcus is not allowed to have Tyler the court said supervised contact only at the contact centre, I have the order here.

Tyler has no coat or shoes and his epilepsy tablets and his melatonin are here with me. He has to have his tablets at 8 in the morning.

I rang the police at 8.40 and they said they will send someone but nobody has come yet. I don't know where Marcus lives now, somewhere in Stratford I think. The car is a silver Vauxhall.

Please can someone ring me 07700 900 733. Tyler's social worker was Ruksana but the case closed last year.

Maureen Cheeseman
14 Malmesbury Road, Bow

Sent from my iPhone
""")
    top = plain_top(f, addr("Maureen Cheeseman", "mo.cheeseman@example.co.uk"), addr(None, TMAST),
                    "URGENT my grandson Tyler taken by his dad", when, "example.co.uk", "iPhone Mail (22D82)")
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tyler Cheeseman-Boateng")],
        ["disability_send", "missing", "substance_misuse"], None, None, [], None, "alert_duty",
        "A SPECIAL GUARDIAN'S iPHONE MAIL AT 21:14 (the alarm word is only in the subject): a 6-year-old who is "
        "autistic, non-verbal and has epilepsy was snatched in his pyjamas by his drunk father, who is allowed "
        "supervised contact only, and driven away; whereabouts unknown, no medication; police told but not yet "
        "there -> urgent -> alert_duty (out of hours: the Emergency Duty Team). Not a step request -> other. "
        "Concerns: whereabouts unknown -> missing; the father drunk and driving -> substance_misuse; autism, "
        "non-verbal, epilepsy -> disability_send. Age only -> dob null.",
        not_children=["Maureen Cheeseman", "Marcus Boateng"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2057-04-04 09:35:17"
    body = T("""
Dear Early Help Hub,

An update for Amir's TAF, please could you pass it to Sabrina as his lead practitioner.

Amir Hossain (DOB 22/06/2049), Mosaic ID 1559034, who is fed through a gastrostomy, was admitted to the Royal London on Monday night with dehydration.

I know the TAF was worried at the last meeting that Amir's feeds were being missed at home. I want everyone to know the ward have found the cause: his feed pump was faulty and was under-delivering by about a third. The supplier has confirmed a recall on that batch of pumps and replaced it on the ward. Mum's feed charts were accurate all along.

The ward social worker reviewed Amir yesterday with the consultant: there are no safeguarding concerns and the consultant is clear this was not neglect. Amir is on the ward with mum, he is rehydrated and cheerful, and he should be home on Friday.

Discharge planning meeting: Thursday 5 April at 2pm on the ward - Sabrina is invited.

Kind regards,
Rachel Oyston
Children's Community Nurse | Tower Hamlets Children's Community Nursing Team
East London Community Health NHS Trust
020 7946 0964
""")
    top = outlook_top(f, addr("OYSTON, Rachel (EAST LONDON COMMUNITY HEALTH)", "rachel.oyston@elch.nhs.example"),
                      addr("Early Help Hub", TEH), "Amir Hossain - update after admission (for info)", when,
                      mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, ["1559034"],
        [ch("Amir Hossain", "2049-06-22", "22/06/2049")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS - A CHILD ALREADY SAFE AND A WORRY RESOLVED: a tube-fed 7-year-old admitted with dehydration, "
        "the feared missed feeds explained by a recalled pump, 'no safeguarding concerns', 'not neglect', the "
        "child on the ward with mum. Not urgent; neglect negated -> not a concern. A nurse's update with no [SB-] "
        "reference and no request -> other -> human_review. Gastrostomy -> disability_send. BST (+0100).",
        not_children=["Rachel Oyston"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2057-02-05 14:50:03"
    body = T("""
Hello Early Help Hub,

Step down to targeted Early Help - Yusuf Rahman-Gill (Children with Disabilities Team).

Yusuf Rahman-Gill, DOB 07/12/2046, Mosaic ID 1548291.
Child and Family Assessment completed 31/01/2057; outcome: step down to targeted Early Help with a TAF.

About Yusuf, so the new lead practitioner isn't alarmed by his file: Yusuf is 10, has severe autism and a learning disability, and doesn't speak. When he is distressed he bangs his head on walls and bites his own hand, and he wears a soft helmet at home and at school. The bruising on his forehead comes from this self-injury - it is recorded on body maps at school and at home and is managed under his positive behaviour support plan with the CAMHS Learning Disability team. It was looked at in a strategy discussion in November 2056, which agreed it was self-injury and took no further action. There are no concerns about his care; his parents manage him brilliantly.

Remaining needs: sleep (he is up most nights), a short breaks assessment, and help for mum and dad with the EHCP annual review.

Mum and dad have consented to the step down.
Lead practitioner: Abdul Karim, Family Practitioner, Stepney Family Hub (Early Help), 020 7946 0583.
TAF meeting: Tuesday 13th February, 10am, Stepney Family Hub - I will chair.

C&F Assessment and draft TAF plan attached.

Harriet Lam
Senior Social Worker | Children with Disabilities Team | London Borough of Tower Hamlets
020 7946 0271

""") + TDISC
    cfa = pdf_att("C&F Assessment - Yusuf Rahman-Gill.pdf", "Child and Family Assessment - Yusuf Rahman-Gill", [
        "Mosaic 1548291. Completed 31/01/2057. Outcome: step down to targeted Early Help (TAF).",
        "Self-injurious behaviour understood and managed under PBS plan (CAMHS LD). Strategy discussion Nov 2056: NFA.",
        "Needs: sleep, short breaks, EHCP review support."])
    plan = docx_att("Draft TAF plan - Yusuf R-G.docx", [
        "# Draft TAF plan", "Yusuf Rahman-Gill", "Lead practitioner: Abdul Karim, Stepney Family Hub",
        "Actions: sleep clinic; short breaks assessment; EHCP annual review support; PBS plan shared with the TAF."])
    top = outlook_top(f, addr("Lam, Harriet", "Harriet.Lam@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Yusuf Rahman-Gill (CWD) - TAF Tue 13th Feb", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "step_down", False, None, ["1548291"],
        [ch("Yusuf Rahman-Gill", "2046-12-07", "07/12/2046")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - BRUISING, HEAD-BANGING AND A STRATEGY DISCUSSION, ALL EXPLAINED AND MANAGED: a non-verbal "
        "autistic boy's self-injury under a positive behaviour support plan; the November 2056 strategy discussion "
        "took no further action; 'no concerns about his care' -> planned, historic, negated -> not urgent, no "
        "physical_harm. Complete Tower Hamlets step-down (assessment PDF, draft TAF plan, consent, lead "
        "practitioner with agency) -> book_meeting. Severe autism, learning disability -> disability_send.",
        not_children=["Abdul Karim", "Harriet Lam"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2057-02-09 10:02:44"
    data = google_reply(f, when, "Aleksandra Nowicka", "a.nowicka@bowlaneschool.example.org.uk",
                        ("Early Help Hub", TEH), "ACCEPTED",
                        "TAF meeting (step down) - Mosaic 1548291 [SB-tower_hamlets-5120]",
                        "20570213T100000Z", "20570213T113000Z", "Stepney Family Hub",
                        "Tue 13 Feb 2057 10am - 11:30am (GMT)",
                        note="I'll bring Yusuf's communication passport and his PBS plan.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["1548291"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED (text/calendar method=REPLY plus invite.ics), from a special "
        "school class teacher for tower_hamlets_06's TAF; the SUMMARY carries 'Mosaic 1548291' (label before the "
        "number -> '1548291') and [SB-tower_hamlets-5120]. record_reply.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2057-01-16 12:30:18"
    ack = ack_text("step-down", "SB-tower_hamlets-5007", [
        "Case: 1566012", "Children: Chloé D'Souza (12/12/2054)",
        "TAF meeting: Monday 22 January 2057, 13:30 (Bethnal Green Family Hub)"],
        ["confirmation that the family consents to the step-down",
         "the name and agency of the identified Lead Practitioner"])
    body = T("""
Hi,

Both now sorted:

Consent - mum (Ms Leonie D'Souza) consented to the step down at the final CIN meeting on Friday; her signed consent form is attached.

Lead practitioner - Jasmine Pereira, Portage Home Visitor, Tower Hamlets Portage Service (Early Help), 020 7946 0572. She's been visiting Chloé weekly since September.

Thanks,
Dominic

Dominic Achterberg
Social Worker | Children in Need Team 1 | London Borough of Tower Hamlets
020 7946 0367
""") + quote_chain([
        ("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "15 January 2057 16:40",
         "Achterberg, Dominic <Dominic.Achterberg@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-5007] Step-down request received", ack, None)])
    form = pdf_att("Consent - D'Souza - signed.pdf", "Consent to Early Help - signed", [
        "Child: Chloe D'Souza. Parent: Leonie D'Souza.",
        "I consent to my family's information being shared with Early Help and to a Team Around the Family.",
        "Signed: L. D'Souza   Date: 12/01/2057"])
    top = outlook_top(f, addr("Achterberg, Dominic", "Dominic.Achterberg@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-5007] Step-down request received", when)
    add(f, mail(f, top, body, [form], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["1566012"],
        [ch("Chloé D'Souza", "2054-12-12", "12/12/2054")],
        [], True, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-5007] supplying the two things its acknowledgement asked for (consent and the "
        "lead practitioner): follow_up -> attach_to_request. 'consented to the step down' with the signed form -> "
        "consent true. The child (accent and apostrophe: Chloé D'Souza), her DOB and the case number come from the "
        "quoted acknowledgement; no concern is stated.",
        not_children=["Leonie D'Souza", "Jasmine Pereira", "Dominic Achterberg"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2057-01-10 11:00:37"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Penhaligon children - step down from the Children with Disabilities team to a level 3 Early Help response. LCS-3318842.

Ned Penhaligon - DOB 03/04/2047
Bryony Penhaligon - DOB 11/11/2053

The CIN plan ended at the review on 8 January: outcomes achieved and no further need for statutory intervention, agreed with my manager. Ned (9) has cerebral palsy, uses a powered wheelchair and communicates with eye-gaze; his new adapted bathroom is finally in and his direct payments are running. What's left is at level 3: mum is exhausted (Ned needs turning twice a night), dad has been signed off work with depression since November, and Bryony (3) is waiting for a speech and language assessment.

My analysis and the rationale for stepping down are in the Single Assessment (attached). My team manager, Ellen Rowe, has recorded her analysis confirming the threshold for level 3 intervention is met. Mum and dad have given their consent to level 3 Early Help.

Bryony is under 5, so I understand this will go to the fortnightly under-5s triage.

Thanks,
Jago

Jago Pascoe
Social Worker | Children with Disabilities Team | Torbay Council
01632 960 418

""") + BDISC
    sa = pdf_att("Single Assessment - Penhaligon - LCS-3318842.pdf", "Single Assessment - Penhaligon (LCS-3318842)", [
        "Children: Ned Penhaligon (03/04/2047), Bryony Penhaligon (11/11/2053).",
        "Social worker's analysis: statutory outcomes achieved (housing adaptation, direct payments, CIN plan "
        "ended 08/01/2057). Rationale for step down: remaining needs - parental exhaustion and low mood, "
        "sibling's speech and language - can be met by a level 3 co-ordinated response.",
        "Team manager's analysis (Ellen Rowe, 09/01/2057): I agree; threshold met for level 3 intervention.",
        "Consent: both parents consent to level 3 Early Help (09/01/2057)."])
    top = outlook_top(f, addr("Pascoe, Jago", "Jago.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down from CWD - Penhaligon children (LCS-3318842)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3318842"],
        [ch("Ned Penhaligon", "2047-04-03", "03/04/2047"), ch("Bryony Penhaligon", "2053-11-11", "11/11/2053")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down by the seed's SASF/CWD route (seed 002: 'Step down process from Safeguarding "
        "and Supporting Families Team and CWD team'): Single Assessment with the social worker's analysis "
        "(assessment), the team manager's analysis 'confirming the threshold for level 3 intervention is met' "
        "(manager true), parents' consent to level 3 (true) -> book_meeting; 'level 3' -> 3. Bryony is 3: the "
        "fortnightly under-5s triage. Concerns: cerebral palsy, eye-gaze, speech and language -> disability_send; "
        "dad signed off with depression -> parental_mental_health.",
        not_children=["Ellen Rowe", "Jago Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2057-02-22 12:15:08"
    body = T("""
MASH,

Contact to MASH - step up from level 3 - Oakley Vosper-Lang, DOB 28/12/2056 (8 weeks old). EHM-781204.

I'm the family's lead professional (level 3 Early Help since the pregnancy). Mum, Chelsea, is 19 and has a learning disability; dad is Liam Lang.

This morning the health visitor, Sue Rendle, and I did a joint visit at 10. Oakley had a purple bruise on the top of his left ear and a small tear under his top lip (the frenulum). He screamed when his left arm was moved. Neither parent could say how any of it happened; Liam said "he must have done it himself". Oakley isn't rolling yet.

Sue asked them to take Oakley to the children's ward at Torbay Hospital this afternoon and rang ahead. Liam refused and said they are going to his mum's in Plymouth tonight and "not coming back to be judged".

Chelsea agreed to me contacting MASH. I've talked it through with my ATM, Silas Penrose, and we agree this needs to be considered for level 4 today.

I'm back in the Paignton office and on 07700 900 256.

Kerensa Hosking
Early Help Family Worker | Paignton & Brixham Early Help Team | Torbay Council
01632 960 772

""") + BDISC
    top = outlook_top(f, addr("Hosking, Kerensa", "Kerensa.Hosking@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up - Oakley Vosper-Lang (EHM-781204)", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-781204"],
        [ch("Oakley Vosper-Lang", "2056-12-28", "28/12/2056")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT STEP-UP IN PLAIN WORDS: an 8-week-old who cannot roll with a bruised ear, a torn frenulum and a "
        "painful arm, no explanation, the father refusing the hospital and leaving for Plymouth tonight -> "
        "immediate risk -> urgent -> alert_duty. Otherwise a complete Torbay step-up (seed 002: 'a contact should "
        "be made to MASH with parental consent'; 'The worker and team manager should agree'): 'Chelsea agreed to me "
        "contacting MASH' -> consent true; 'we agree this needs to be considered for level 4' with the ATM -> "
        "manager true -> missing []. physical_harm. No alarm word.",
        not_children=["Sue Rendle", "Liam Lang", "Silas Penrose", "Kerensa Hosking"])

def torbay_03():
    f = "torbay_03.eml"; when = "2057-03-27 16:58:21"
    body = T("""
To the MASH team,

I'm the senior support worker on shift at Chestnut Lodge (short breaks for disabled children, Paignton).

Rhys Couch, DOB 15/08/2043, stayed with us from Sunday to today. He is 13, has epilepsy and autism and no speech. He had a cluster of seizures on Sunday night.

His mum came to collect him at 16:40. She was slurring her words, smelt strongly of alcohol and stumbled in reception and knocked the visitors' book off the desk. We asked her to sit down and offered to ring a taxi and keep Rhys until someone sober could collect him. She swore at us, took Rhys out to her car - a blue Citroen, we only got part of the plate, WF something - put him in the back and drove out of the car park, clipping the gatepost on the way.

Rhys's rescue medication (buccal midazolam) and his seizure plan are still here - she didn't take his bag. They live in Brixham, about 20 minutes away. We've rung mum three times since and she isn't answering. I've also rung the police.

Our number is 01632 960 335 and I'm here until 10pm.

Dean Widdicombe
Senior Support Worker | Chestnut Lodge Short Breaks
""")
    top = plain_top(f, addr("Chestnut Lodge Short Breaks", "chestnut.lodge@shortbreaks.example.org.uk"),
                    addr("MASH", BMASH), "Rhys Couch - collected by mum at 16:40 - please call us", when,
                    "shortbreaks.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Rhys Couch", "2043-08-15", "15/08/2043")],
        ["disability_send", "substance_misuse"], None, None, [], None, "alert_duty",
        "A SHORT-BREAKS UNIT'S MAIL IN BST (+0100), NO ALARM WORD: a 13-year-old with epilepsy, autism and no speech "
        "has just been driven off by his visibly drunk mother, who hit the gatepost; his rescue medication is left "
        "behind after a seizure cluster; mum not answering -> immediate risk -> urgent -> alert_duty. A provider's "
        "report, not a step request -> other. Concerns: drunk mother driving -> substance_misuse; epilepsy, "
        "autism, no speech -> disability_send.",
        not_children=["Dean Widdicombe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2057-01-26 14:05:49"
    body = T("""
Dear colleagues,

Re: Bella Nankervis, DOB 09/05/2051 - outcome of strategy discussion held 24/01/2057

Thank you for attending, or sending apologies to, the strategy discussion on 24 January, which was convened because of concerns about possible fabricated or induced illness (FII): Bella's repeated vomiting and weight loss had not been explained by tests and she has needed a nasogastric tube since October.

The metabolic team in Bristol have now confirmed a diagnosis of a mitochondrial disorder, which fully explains Bella's vomiting, her weight loss and her need for tube feeding. Mum's accounts of Bella's symptoms have been accurate throughout.

Outcome: the strategy discussion concluded that the threshold for a section 47 enquiry is not met. There is no evidence that Bella has been harmed and there is no ongoing safeguarding role. I would be grateful if MASH could record the outcome and close the contact.

Bella remains open to Early Help (EHM-779560) for support with her care at home and a short breaks referral, and I will continue to see her in clinic.

With kind regards,

Dr Anjali Rao
Consultant Community Paediatrician | Torbay Child Development Centre
Torbay and South Devon Children's Health Service
01632 960 540
""")
    top = outlook_top(f, addr("RAO, Anjali (Dr)", "anjali.rao@tsdch.nhs.example"), addr("MASH", BMASH),
                      "Outcome - Bella Nankervis - strategy discussion 24/01 - no further action", when,
                      mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "other", False, None, ["EHM-779560"],
        [ch("Bella Nankervis", "2051-05-09", "09/05/2051")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS - A SUSPICION RESOLVED: a paediatrician reports that the strategy discussion about possible "
        "fabricated or induced illness found a mitochondrial disorder that explains everything; 'threshold for a "
        "section 47 enquiry is not met', 'no evidence that Bella has been harmed', 'no ongoing safeguarding role'. "
        "Negated and resolved -> not urgent, no physical_harm. An outcome letter asking MASH to close a contact -> "
        "other -> human_review. Tube feeding, mitochondrial disorder -> disability_send. EHM-779560.",
        not_children=["Anjali Rao"])

def torbay_05():
    f = "torbay_05.eml"; when = "2057-03-12 10:40:55"
    body = T("""
Hello Early Help,

Please could I request a triage slot for the Stanbury children - step down from the Single Assessment Team to a level 3 response. LCS-3340071.

Lily-Rose Stanbury - DOB 30/01/2049
Alfie Stanbury - DOB 14/09/2053

Lily-Rose and Alfie live with their maternal grandparents, Mr and Mrs Stanbury, who have had a Child Arrangements Order since 2055.

For background only, as it is the first thing on LCS: in 2054 their mum's then partner broke Lily-Rose's arm. He was convicted, is still serving a long prison sentence and there is a restraining order; there has been no contact since and he has no link to the grandparents' address. Mum sees the children every Saturday at her parents' house and that goes well.

The Single Assessment (attached) concluded no further action at level 4 but a high level of need at level 3: Alfie (3) has a significant speech delay and his behaviour at nursery is hard to manage, and Mrs Stanbury has just been diagnosed with diabetes and is finding two young children hard going. My analysis and the rationale for the step down are in the assessment. My team manager, Rachel Hext, has recorded her manager's analysis confirming the threshold is met for level 3 intervention.

Mr and Mrs Stanbury consented to level 3 Early Help at my visit on 8 March.

Alfie is under 5, so I think this goes to the fortnightly under-5s triage.

Kind regards,
Morwenna Trevail
Social Worker | Single Assessment Team | Torbay Council
01632 960 611

""") + BDISC
    sa = pdf_att("Single Assessment - Stanbury - LCS-3340071.pdf", "Single Assessment - Stanbury (LCS-3340071)", [
        "Children: Lily-Rose Stanbury (30/01/2049), Alfie Stanbury (14/09/2053). Carers: maternal grandparents (CAO 2055).",
        "Social worker's analysis and rationale: no further action at level 4; level 3 need - Alfie's speech delay and "
        "behaviour; grandmother's health.",
        "Manager's analysis (Rachel Hext): threshold met for level 3 intervention.",
        "History: 2054 injury to Lily-Rose by mother's former partner (convicted; restraining order; no contact)."])
    top = outlook_top(f, addr("Trevail, Morwenna", "Morwenna.Trevail@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down L3 - Stanbury children", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-3340071"],
        [ch("Lily-Rose Stanbury", "2049-01-30", "30/01/2049"), ch("Alfie Stanbury", "2053-09-14", "14/09/2053")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "NEAR MISS - A BROKEN ARM IN 2054, A CONVICTION AND A RESTRAINING ORDER, written 'for background only': the "
        "man is in prison with no contact and no link to the kinship carers' home -> historic, not urgent, no "
        "physical_harm or domestic_abuse. Complete Torbay step-down (Single Assessment with analysis and rationale; "
        "manager's analysis confirming the level 3 threshold -> true; the grandparents, who hold a Child "
        "Arrangements Order, 'consented to level 3 Early Help' -> true) -> book_meeting; 'L3' / 'level 3' -> 3. "
        "Alfie (3) -> under-5s triage. Speech delay -> disability_send.",
        not_children=["Rachel Hext", "Morwenna Trevail"])

def torbay_06():
    f = "torbay_06.eml"; when = "2057-03-29 13:02:10"
    body = T("""
Thank you for your message. I'm out of the office until Tuesday 3 April with limited access to email.

The Torbay Children's Community Nursing team is available Monday to Friday, 8.30am - 5pm, on 01632 960 480.

If you are worried that a child is at immediate risk of harm, or a child has stopped breathing or is having a seizure lasting more than five minutes, call 999. For safeguarding advice, contact the MASH.

Tamsin Polglase
Children's Community Nurse (Complex Care) | Torbay Children's Community Nursing
""")
    data = ooo(f, when, "Tamsin Polglase", "tamsin.polglase@tsdch.nhs.example", addr("Early Help", BEH),
               "Triage slot confirmed [SB-torbay-4455]", body)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE FULL OF EMERGENCY WORDS ('immediate risk of harm', 'stopped breathing', "
        "'seizure lasting more than five minutes', '999', 'safeguarding') that describe no child: boilerplate. "
        "Auto-Submitted: auto-replied -> auto_reply -> ignore (DESIGN rule 2). BST (+0100).")

def torbay_07():
    f = "torbay_07.eml"; when = "2057-02-16 08:21:44"
    text = T("""
Morning EH

Can I get a triage slot for Kacey-Jo Widger please, LCS-3329105, DOB 02/06/2052.

She's 4 and has global developmental delay, waiting for the CDC. Living with her aunt Gemma since Nov when mum went into hospital (she's on a psychiatric ward in Exeter) - informal family arrangement, mum agrees with it. Aunt has consented to level 3 EH.

SA not finished yet - I'll send it once my TM has signed it off, prob Tues.

Ollie

Sent from my iPhone
""")
    top = plain_top(f, addr("Endean, Ollie", "Ollie.Endean@" + BDOM), addr(None, BEH),
                    "triage slot? - Kacey-Jo Widger LCS-3329105", when, BDOM, "iPhone Mail (22D82)")
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["LCS-3329105"],
        [ch("Kacey-Jo Widger", "2052-06-02", "02/06/2052")],
        ["disability_send", "parental_mental_health"], True, None, ["assessment", "manager_agreed"], None,
        "request_info",
        "Terse iPhone step-down for a 4-year-old in an informal kinship arrangement with her aunt: 'Aunt has "
        "consented to level 3 EH' -> consent true (stated as given by her carer); the Single Assessment 'not "
        "finished yet' and the TM has not yet signed it off -> assessment and manager_agreed missing (REQUIREMENTS, "
        "Torbay step_down) -> request_info. 'consented to level 3 EH' states the level -> 3. Under 5 -> under-5s triage. Concerns: global developmental delay -> disability_send; mum on a "
        "psychiatric ward -> parental_mental_health.",
        not_children=[])

def torbay_08():
    f = "torbay_08.eml"; when = "2057-01-15 09:06:12"
    data = itip_reply(f, when, "Jago Pascoe", "Jago.Pascoe@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Penhaligon - LCS-3318842 [SB-torbay-4402]", "20570123T093000",
                      "20570123T100000", "Early Help, Torquay Town Hall - Room 2 / Teams")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-3318842"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from the social worker for torbay_01's under-5s triage "
        "slot (Tuesday 23 January, 09:30); the SUMMARY carries LCS-3318842 and [SB-torbay-4402]. record_reply.")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2057-01-24 11:30:14"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Pritchard siblings, started from the sibling group on Mosaic, and the signed consent form.

Cerys Pritchard - 17/05/2045 - Mosaic 705331
Gethin Pritchard - 02/02/2048 - Mosaic 705332
Mali Pritchard - 25/10/2051 - Mosaic 705333

The children have lived with their maternal grandparents, Mr and Mrs Pritchard, on the family farm outside Kington since 2054; the grandparents have been their special guardians since last year. Following the Child & Family Assessment, the decision on 16/01/2057 was that their remaining needs are at Intensive (level 3) and can be met by Early Help. I talked the plan through with Verity Lang at Tuesday's drop-in.

Mr and Mrs Pritchard have signed the consent form and have seen and agreed the plan. Cerys (11) has been helping a lot with grandad since his Parkinson's got worse - getting him up, his tablets, the hens - and she's been late for school and very tired; the plan includes young carers support for her.

Key person: Mrs Eirlys Vaughan, Family Support Worker, Kington Primary School (she knows all three children and has agreed to lead).

Kind regards,

Rhiannon Bevan
Social Worker | Locality Team (North West) | Herefordshire Council
01632 960 233

""") + HDISC
    plan = docx_att("EHA step-down plan - Pritchard siblings.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Children: Cerys Pritchard (17/05/2045), Gethin Pritchard (02/02/2048), Mali Pritchard (25/10/2051)",
        "What are we worried about? Cerys's caring for her grandfather; tiredness and lateness.",
        "What's working well? Loving, stable home with the grandparents; good school links.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Young carers assessment for Cerys (Mrs Vaughan, Feb); adult social care review for grandad (SW, Feb); "
        "respite for the grandparents (SGO support, March).",
        "Key person: Mrs Eirlys Vaughan, Family Support Worker, Kington Primary School."])
    consent = pdf_att("Signed consent - Pritchard.pdf", "Early Help - consent form (signed)", [
        "Children: Cerys, Gethin and Mali Pritchard.",
        "We give our consent to our family receiving Early Help and to information being shared with the team "
        "around the family.", "Signed: D. Pritchard, M. Pritchard (special guardians)   Date: 18/01/2057"])
    top = outlook_top(f, addr("Bevan, Rhiannon", "Rhiannon.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Pritchard siblings (sibling group)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["705331", "705332", "705333"],
        [ch("Cerys Pritchard", "2045-05-17", "17/05/2045"), ch("Gethin Pritchard", "2048-02-02", "02/02/2048"),
         ch("Mali Pritchard", "2051-10-25", "25/10/2051")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (seed 003: written consent, a key person, the EHA "
        "step-down plan, sent 'following a discussion with an early help co-ordinator'): plan .docx, consent form "
        "signed by the special guardians (PDF) -> consent_form met and consent true; key person with agency -> "
        "lead_practitioner met -> book_meeting. 'Intensive (level 3)' -> 3. Concerns: Cerys caring for grandad -> "
        "young_carer; late for school -> school_attendance. Three bare Mosaic numbers.",
        not_children=["Eirlys Vaughan", "Rhiannon Bevan", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2057-02-06 14:12:55"
    body = T("""
Hello,

EHA step-down plan for the Morris children attached, with the signed consent form.

Jenson Morris - DOB 19/03/2051 - Mosaic 706914
Ava-Lily Morris - DOB 08/08/2055 - Mosaic 706915

The decision after the C&F assessment (31/01/2057) was to step down to Early Help at Intensive level 3. Mum and dad both have mild learning disabilities. They have done really well on the CIN plan with the adapted parenting programme, but they still need help to keep on top of the house, the money and the children's health appointments - Ava-Lily missed two in January - and Jenson's attendance is 88%, late most days.

Mum and dad signed the easy-read consent form with their advocate from Herefordshire Advocacy on Friday - attached.

Key person: not agreed yet, sorry. The health visitor has said no as Ava-Lily is 18 months now and she is closing her, and I've asked the manager at Little Acorns Nursery, who's thinking about it. I'll send the name as soon as we have one.

Thanks
Tom

Tom Hadley
Social Worker | Hereford City Locality Team | Herefordshire Council
01632 960 247

""") + HDISC
    plan = docx_att("EHA step-down plan - Morris.docx", [
        "# Early Help Assessment - step-down plan", "Jenson Morris (19/03/2051); Ava-Lily Morris (08/08/2055)",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Picture calendar for appointments (key person, Feb); budgeting support (Citizens Advice, Feb); "
        "morning routine for school (school, Feb).", "Key person: to be confirmed."])
    consent = pdf_att("Easy read consent - Morris - signed.pdf", "Early Help - easy read consent form (signed)", [
        "We want help from Early Help. We say yes to people sharing information to help us.",
        "Signed: Kayleigh Morris, Dean Morris   Date: 02/02/2057   Supported by: Herefordshire Advocacy"])
    top = outlook_top(f, addr("Hadley, Tom", "Tom.Hadley@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step down plan - Morris children (Jenson and Ava-Lily)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["706914", "706915"],
        [ch("Jenson Morris", "2051-03-19", "19/03/2051"), ch("Ava-Lily Morris", "2055-08-08", "08/08/2055")],
        ["neglect", "school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "Herefordshire step-down for parents with learning disabilities: plan .docx and the easy-read consent form "
        "signed with their advocate (consent_form met, consent true), but 'Key person: not agreed yet' -> "
        "lead_practitioner missing (REQUIREMENTS, Herefordshire step_down) -> request_info. 'Intensive level 3' -> "
        "3. Concerns: keeping on top of the house and the children's health appointments (two missed) -> neglect; "
        "88%, late most days -> school_attendance (the parents' learning disability is no concern id).",
        not_children=["Tom Hadley", "Kayleigh Morris", "Dean Morris"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2057-02-26 10:05:33"
    body = T("""
To MASH,

I'd like to step this family up to children's social care today. I'm their Early Help key worker (young carer support), Mosaic ID 708102.

Kai Lloyd-Mahoney - DOB 03/05/2046
Isla Lloyd-Mahoney - DOB 21/12/2054

Kai rang me at 9.40 this morning from his mum's mobile. Mum (Siân), who has MS, fell in the bathroom on Saturday evening and hasn't been able to get up since - she's been on the bathroom floor for about 36 hours. She told Kai not to ring an ambulance because "they'll take you both away".

Kai (10) has been looking after Isla (2) on his own since Saturday. They've been eating cereal and crisps; he says the nappies ran out yesterday, Isla has a sore bottom and keeps crying. Mum's partner left last week and there's no other adult. Kai didn't go to school today.

I told Kai to ring 999 for his mum as soon as we put the phone down, and I'm driving there now from Hereford - about 35 minutes. 14 Bargates Close, Leominster HR6 9ZT.

My manager, Alun Griffiths, agrees this needs to go to social care.

Ffion Baskerville
Family Support Worker | Early Help (Leominster) | Herefordshire Council
07700 900 594

""") + HDISC
    top = outlook_top(f, addr("Baskerville, Ffion", "Ffion.Baskerville@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Kai Lloyd-Mahoney (10) and Isla Lloyd-Mahoney (2)", when,
                      cc=addr("Griffiths, Alun", "Alun.Griffiths@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["708102"],
        [ch("Kai Lloyd-Mahoney", "2046-05-03", "03/05/2046"), ch("Isla Lloyd-Mahoney", "2054-12-21", "21/12/2054")],
        ["neglect", "young_carer"], None, True, [], None, "alert_duty",
        "URGENT, NO ALARM WORD: a 10-year-old young carer alone with his 2-year-old sister since Saturday, their "
        "mother (MS) on the bathroom floor for 36 hours, no food but cereal, no nappies, no other adult -> "
        "urgent -> alert_duty. An Early Help key worker asks for a step-up to social care -> step_up, which the "
        "Herefordshire seed does not define (REQUIREMENTS: step_up not defined -> missing [] and no notice; "
        "human_review when not urgent) - urgent comes first. Concerns: two children without care -> neglect; Kai "
        "caring for mum and Isla -> young_carer. Manager 'agrees this needs to go to social care' -> true.",
        not_children=["Ffion Baskerville", "Alun Griffiths"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2057-03-21 23:20:46"
    body = T("""
Hello,

I'm the agency night nurse for Ellie-Mae Price (DOB 13/07/2050), who is 6 and has a tracheostomy and a PEG. I found this email address on the leaflet in her folder - I hope someone reads it tonight.

I arrived for my shift at 22:00. Her mum, Kirsty, was unconscious on the sofa with two empty vodka bottles beside her. Ellie-Mae was in bed and her trache needed suction - her sats were in the low 80s. I suctioned her and she is stable now and asleep.

The ambulance took Kirsty to Hereford County Hospital at 22:45. Ellie-Mae's dad doesn't live here and there's no number for him in the folder; her nan lives in Wales and isn't answering her phone.

My shift ends at 08:00. Nobody else in the family is trained in her trache care and she can't be left on her own for a minute. My agency's on-call says it's a social services matter, not theirs.

I'm at the house: 6 Holywell Gardens, Bromyard HR7 9ZW. My mobile is 07700 900 471.

Precious Moyo RN
Night Nurse | Marches Complex Care (agency)

PS I've never had to do this before. Our policy says to report to the local authority if a child is at risk, so that's what I'm doing.
""")
    top = plain_top(f, addr("Precious Moyo", "precious.moyo@marchescare.example.co.uk"), addr("MASH", HMASH),
                    "Ellie-Mae Price - night shift - no one to look after her in the morning", when,
                    "marchescare.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ellie-Mae Price", "2050-07-13", "13/07/2050")],
        ["disability_send", "neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "AN AGENCY NIGHT NURSE AT 23:20 (the alarm word 'risk' only in the PS): a 6-year-old with a tracheostomy "
        "found with a blocked trache and her mother unconscious after drinking; mum now in hospital, dad and nan "
        "unreachable, nobody trained to care for her when the nurse leaves at 08:00 -> urgent -> alert_duty (out "
        "of hours: the Emergency Duty Team). A nurse's report -> other. Concerns: trache unattended -> neglect; "
        "mum unconscious from vodka -> substance_misuse; tracheostomy, PEG -> disability_send.",
        not_children=["Precious Moyo"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2057-04-06 11:15:29"
    body = T("""
Dear Early Help Co-ordinators,

Step-down plan for Amelia Szymańska (DOB 21/02/2045, Mosaic 702288) attached, with her aunt's signed consent form. I discussed it with Xavier Moss at Tuesday's drop-in. The decision after the Child & Family Assessment was made on 29/03/2057: remaining needs at Intensive (level 3).

Amelia is 12 and has epilepsy. She has lived with her aunt, Mrs Katarzyna Nowak, since 2055 and Mrs Nowak has been her special guardian since last summer.

Background, because it's on the front of the file: in 2055 Amelia's father was convicted of wilful neglect for withholding her epilepsy medication; he moved abroad after his sentence, has had no contact since and is not allowed any. There are no current safeguarding concerns - Amelia's seizures have been well controlled at her aunt's, and there has been no hospital admission for over a year.

What's left is her transition to high school in September, her individual healthcare plan and some support for Mrs Nowak, who works nights.

Key person: Mr Rob Gittins, Pastoral Lead, Wye Valley High School (he has met Amelia and her aunt and agreed to lead).

Kind regards,
Gwen Prosser
Social Worker | South Wye Locality Team | Herefordshire Council
01632 960 286

""") + HDISC
    plan = docx_att("EHA step-down plan - Amelia S.docx", [
        "# Early Help Assessment - step-down plan", "Amelia Szymańska, 21/02/2045",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Transition plan for high school (Mr Gittins, June); individual healthcare plan (school nurse, May); "
        "SGO support for Mrs Nowak (SGO team, April).", "Key person: Mr Rob Gittins, Wye Valley High School."])
    consent = pdf_att("Consent form - signed - Nowak.pdf", "Early Help - consent form (signed)", [
        "Child: Amelia Szymanska. Special guardian: Katarzyna Nowak.",
        "I consent to Early Help support for Amelia and to information being shared.",
        "Signed: K. Nowak   Date: 30/03/2057"])
    top = outlook_top(f, addr("Prosser, Gwen", "Gwen.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Amelia Szymańska - SGO with aunt", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["702288"],
        [ch("Amelia Szymańska", "2045-02-21", "21/02/2045")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A FATHER CONVICTED OF WILFUL NEGLECT (WITHHELD EPILEPSY MEDICATION) IN 2055, abroad with no "
        "contact, 'no current safeguarding concerns': historic -> not urgent, no neglect. Complete Herefordshire "
        "step-down (plan .docx, the special guardian's signed consent form, key person with agency) -> "
        "book_meeting; 'level 3' -> 3. Last day of the window (Fri 6 Apr, BST +0100); the UTF-8 name "
        "'Szymańska' in an RFC 2047 subject. Epilepsy, healthcare plan -> disability_send.",
        not_children=["Katarzyna Nowak", "Rob Gittins", "Gwen Prosser", "Xavier Moss"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2057-04-03 16:45:02"
    body = T("""
Dear all,

Please find attached the summary and actions from Harrison's EHCP annual review held at Brookfield School on 27 March. Early Help co-ordinators are copied as the family have asked about short breaks and a key worker.

Harrison Tudor-Evans, DOB 06/06/2046 (Year 6)

Headlines:
- Harrison's wheelchair seating has been replaced and his new hoist risk assessment is done.
- His emergency health care plan is unchanged: if a seizure lasts more than 5 minutes, give buccal midazolam and call 999.
- Safeguarding: no concerns raised by school, health or family. (The bruise on his shin noted in 2054 was explained at the time by his splints and recorded as such.)
- Secondary transfer: parents' preference is Aconbury Special School; consultation sent.

Actions are in the attachment. Please let me know of any corrections by 13 April.

Kind regards,
Lucy Winstone
SEND Officer | SEND Team | Herefordshire Council
01632 960 264

""") + HDISC
    summ = pdf_att("EHCP annual review summary - Harrison T-E - Mar 2057.pdf", "EHCP annual review - summary and actions", [
        "Child: Harrison Tudor-Evans (06/06/2046). Review held 27/03/2057, Brookfield School.",
        "Needs: cerebral palsy (GMFCS IV), epilepsy, visual impairment.",
        "Risk assessments: moving and handling (hoist) - updated; emergency health care plan - unchanged.",
        "Safeguarding: none. Actions: short breaks referral (Early Help co-ordinator); secondary transfer consultation."])
    top = outlook_top(f, addr("Winstone, Lucy", "Lucy.Winstone@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHCP annual review - Harrison Tudor-Evans - summary and actions", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Harrison Tudor-Evans", "2046-06-06", "06/06/2046")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS - A SEND OFFICER'S EHCP ANNUAL REVIEW SUMMARY: 'risk assessment', 'emergency health care plan', "
        "'call 999', 'Safeguarding: no concerns', an old bruise explained in 2054 -> planned care, negated and "
        "historic -> not urgent. An annual review circulated for information, asking about short breaks -> other "
        "-> human_review. Cerebral palsy, epilepsy, wheelchair -> disability_send. No case number.",
        not_children=["Lucy Winstone"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2057-02-12 09:55:40"
    ack = ack_text("step-down", "SB-herefordshire-6121", [
        "Case: 706914, 706915", "Children: Jenson Morris (19/03/2051), Ava-Lily Morris (08/08/2055)"],
        ["the details of the key person agreed with the family to lead on this step-down"])
    body = T("""
Morning,

Key person now agreed: Mrs Dawn Preece, Manager, Little Acorns Nursery, Hereford (01632 960 290). She met mum and dad on Friday and is happy to lead.

Tom
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "06 February 2057 14:20",
         "Hadley, Tom <Tom.Hadley@herefordshire.gov.uk>", "[SB-herefordshire-6121] Step-down request received", ack, None)])
    top = outlook_top(f, addr("Hadley, Tom", "Tom.Hadley@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-6121] Step-down request received", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["706914", "706915"],
        [ch("Jenson Morris", "2051-03-19", "19/03/2051"), ch("Ava-Lily Morris", "2055-08-08", "08/08/2055")],
        [], None, None, [], None, "attach_to_request",
        "Reply to [SB-herefordshire-6121] naming the key person herefordshire_02 lacked -> follow_up -> "
        "attach_to_request. Children, DOBs and Mosaic numbers from the quoted acknowledgement; no concern or "
        "consent stated in the new text.",
        not_children=["Dawn Preece"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2057-03-26 13:20:19"
    data = itip_reply(f, when, "Gwen Prosser", "Gwen.Prosser@" + HDOM, ("Early Help Co-ordinators", HEH), "TENTATIVE",
                      "Step-down drop-in [SB-herefordshire-6188]", "20570327T100000", "20570327T103000",
                      "Microsoft Teams", comment="Might be in court - will confirm by Monday.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE with a COMMENT, for a Tuesday-morning step-down drop-in slot "
        "(Tue 27 Mar 10:00, the first Tuesday of BST; DTSTART in 'GMT Standard Time' with its VTIMEZONE); no case number in the SUMMARY. record_reply.")

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

# England & Wales bank holidays in 2057 that fall on a weekday (set_checks() re-derives them from the `holidays`
# package and compares): New Year's Day Monday 1 January; Good Friday 20 April; Easter Monday 23 April; May Day
# Monday 7 May; Spring Bank Holiday Monday 28 May; Late Summer Bank Holiday Monday 27 August; Christmas Day Tuesday
# 25 December; Boxing Day Wednesday 26 December. NONE falls inside the window: New Year's Day is the day before it
# starts, Easter (20 and 23 April) is two weeks after it ends.
BANK_HOLIDAYS = {date(2057, 1, 1), date(2057, 4, 20), date(2057, 4, 23), date(2057, 5, 7), date(2057, 5, 28),
                 date(2057, 8, 27), date(2057, 12, 25), date(2057, 12, 26)}
IN_WINDOW = {}
# The window: the spring term of 2057, Tuesday 2 January (the first working day after New Year's Day) to Friday
# 6 April 2057 (the first Friday of April; Easter falls on 20-23 April, after it).
WINDOW = (datetime(2057, 1, 2, tzinfo=LON), datetime(2057, 4, 6, 23, 59, 59, tzinfo=LON))
# GMT until 01:00 UTC on Sunday 25 March 2057, BST (+0100) from then (and until Sunday 28 October 2057).
BST_START = datetime(2057, 3, 25, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2057, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2057

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
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
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

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
            if meeting <= now.astimezone(LON).date(): err("meeting not after now")
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
    local = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if local.weekday() >= 5: err("Date on a weekend")
    if local.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != local.utcoffset(): err("Date offset differs from Europe/London's")
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
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    # children in order of first full-name appearance
    pos = [text.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first full-name appearance")
    # kind-specific structure
    k = e["kind"]
    subj = str(msg["Subject"])
    methods = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if k == "follow_up" and not re.search(r"\[SB-%s-\d+\]" % a, subj): err("follow_up without an [SB-] reference")
    if k in ("step_up", "step_down", "other") and "[SB-" in subj: err("[SB-] reference on a new request / other")
    if (k == "meeting_reply") != (methods == ["REPLY"]): err("iTIP REPLY <=> meeting_reply")
    if k == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"): err("auto_reply not Auto-Submitted")
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 12, "ordinary": 17}

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "Nan has consented to the referral to Family First", "consent", True),
    ("knowsley_03.eml", "Mum and dad have agreed to the step up", "consent", True),
    ("knowsley_03.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_04.eml", "Mum will be asked to sign the Early Help consent at the meeting", "consent", None),
    ("knowsley_07.eml", "Nan and grandad consented to the referral to Family First", "consent", True),
    ("knowsley_07.eml", "has agreed the step down", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Both parents have agreed to the referral", "consent", True),
    ("richmond_wandsworth_02.eml", "Ms Mensah has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_03.eml", "I have agreed this needs to go to Children's Services today", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "has consented to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "consented to the step down on 08/01/2057", "consent", True),
    ("tower_hamlets_02.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mum knows I am contacting you", "consent", None),
    ("tower_hamlets_06.eml", "Mum and dad have consented to the step down", "consent", True),
    ("tower_hamlets_08.eml", "consented to the step down at the final CIN meeting", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_01.eml", "have given their consent to level 3 Early Help", "consent", True),
    ("torbay_02.eml", "Chelsea agreed to me contacting MASH", "consent", True),
    ("torbay_02.eml", "we agree this needs to be considered for level 4 today", "manager_agreed", True),
    ("torbay_05.eml", "consented to level 3 Early Help at my visit", "consent", True),
    ("torbay_05.eml", "confirming the threshold is met for level 3 intervention", "manager_agreed", True),
    ("torbay_07.eml", "Aunt has consented to level 3 EH", "consent", True),
    ("torbay_07.eml", "once my TM has signed it off", "manager_agreed", None),
    ("herefordshire_01.eml", "have signed the consent form", "consent", True),
    ("herefordshire_02.eml", "signed the easy-read consent form", "consent", True),
    ("herefordshire_03.eml", "agrees this needs to go to social care", "manager_agreed", True),
]

# The set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "knowsley_02.eml", "knowsley_05.eml", "richmond_wandsworth_03.eml",
                  "richmond_wandsworth_06.eml", "torbay_02.eml", "torbay_03.eml", "tower_hamlets_03.eml"]
COUNTS_EXPECTED = {"knowsley_01.eml": 4, "knowsley_03.eml": 8, "knowsley_04.eml": 5, "knowsley_07.eml": 5}
# knowsley_01 is sent at 00:38 BST on Monday 26 March = 23:38 UTC on Sunday 25 March: counted from the UTC date the
# visit would have 5 working days (ok); from the Europe/London date, 4 (not ok).
UTC_DECISIVE_EXPECTED = {"knowsley_01.eml": (4, 5)}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2057])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: bank holidays in the window: %s, expected none" % inside)
    if pkg.get(date(2057, 1, 1)) != "New Year's Day" or WINDOW[0].date() != date(2057, 1, 2):
        errors.append("set: the window must start the day after New Year's Day (Monday 1 January 2057)")
    easter = sorted(d for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d))
    if easter != [date(2057, 4, 20), date(2057, 4, 23)] or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2057 is %s, expected 20 and 23 April, after the window" % easter)
    if not (WINDOW[0].weekday() == 1 and WINDOW[1].weekday() == 4 and WINDOW[1].date() == date(2057, 4, 6)):
        errors.append("set: the window must run from Tuesday 2 January to Friday 6 April 2057")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2057, 3) == date(2057, 3, 25) and BST_END.date() == last_sun(2057, 10)):
        errors.append("set: BST must start on Sunday 25 March 2057 (last Sunday of March)")
    for d0, want in ((date(2057, 3, 24), timedelta(0)), (date(2057, 3, 26), timedelta(hours=1))):
        if datetime(d0.year, d0.month, d0.day, 12, tzinfo=LON).utcoffset() != want:
            errors.append("set: Europe/London offset on %s is not %s" % (d0, want))
    quiet, counts, offsets = [], {}, {"+0000": 0, "+0100": 0}
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
            counts[f] = working_days(_today(f), m)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    for f, (loc, utc) in UTC_DECISIVE_EXPECTED.items():
        now = datetime.fromisoformat(_lab(f)["now"])
        got = (working_days(now.astimezone(LON).date(), META[f]["meeting"]),
               working_days(now.astimezone(UTC).date(), META[f]["meeting"]))
        if got != (loc, utc) or now.astimezone(LON).date() == now.astimezone(UTC).date():
            errors.append("set: %s should count %s (London date) vs %s (UTC date), got %s" % (f, loc, utc, got))
    if offsets["+0000"] < 25 or offsets["+0100"] < 8 or set(offsets) != {"+0000", "+0100"}:
        errors.append("set: Date offsets %s (GMT before 25 March, BST after)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

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
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
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
           "Knowsley counts: %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    out.append("dates %s" % [(l["file"], l["now"]) for l in sorted(LABELS, key=lambda l: l["now"])])
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = check()
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
