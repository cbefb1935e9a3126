#!/usr/bin/env python3
"""mixed54: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2073 (Monday 17 April - Friday 21 July 2073), in culture, faith and belief: forced marriage
and trips abroad booked for the holidays, honour-based abuse (including a boy threatened because he is gay),
accusations of spirit possession, witchcraft and jinn, breast flattening, harsh physical chastisement defended as
"discipline" or "biblical correction", supplementary schools and religious settings (a Quran class, a Saturday
school, a house church, a mosque welfare officer, a gurdwara, a Pentecostal pastor), and interpreters and community
leaders writing in; with near misses that carry the same words but no current risk (a trip abroad that is a family
wedding with the child safe, a mundan head-shave, mehndi mistaken for bruising, Mongolian blue spots, a kirpan, a
mother's hypothetical question about smacking, a church's statement that it never practises deliverance on
children, training invitations and learning briefs, a Forced Marriage Protection Order discharged long ago, a breast
flattening case closed last year, an out-of-office that lists forced marriage as an example).

Children's names from many traditions: family name first (Hungarian, Chinese, Vietnamese), patronymics (Eritrean,
Tamil, Russian, Icelandic, Bulgarian, Somali and Amharic), one-word names (a Javanese girl, an Afghan boy), Sikh
siblings registered as Kaur and Singh, Bangladeshi siblings with different second names.

Window: Monday 17 April - Friday 21 July 2073, all British Summer Time (+0100: BST runs from Sunday 26 March to Sunday
29 October 2073). England & Wales bank holidays from the `holidays` package: Easter fell before the window (Good
Friday 24 March, Easter Monday 27 March 2073); inside it are the Early May bank holiday (Monday 1 May) and the Spring
Bank Holiday (Monday 29 May). Two Knowsley notice counts are decided by them (knowsley_01 across 1 May, knowsley_08
across 29 May: 5 plain weekdays but 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, bounce, quote-chain and readable-text helpers are copied from the model set
(/work/main/tests/data/mixed27/make_set.py) and adapted; every mail, label and check below was written for this set
from the specification only. Every label was set by hand; the self-checks only verify them against the
specification's rules and STOP on any error before anything is written.
"""

from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time. The whole window (Monday 17 April - Friday 21 July 2073) is British
    Summer Time (+0100): BST began at 01:00 UTC on Sunday 26 March 2073 and ends on Sunday 29 October 2073. The self-check
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
        qm = re.match(r"(>+ ?)", logical)
        if qm:                             # a quoted line: wrap its content and keep the quote depth on every piece
            prefix = qm.group(1) if qm.group(1).endswith(" ") else qm.group(1) + " "
            inner = flowed(logical[len(qm.group(1)):], width - len(prefix))
            out += [(prefix + p) if p else prefix.rstrip() for p in inner.split("\n")]
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
            zi = zipfile.ZipInfo(name, date_time=(2073, 4, 3, 0, 0, 0))
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
                   "why": why.rstrip() + " " + rule_for(authority, kind, urgent, level)})
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


# ----------------------------------------------------------------------------- helpers first written for earlier sets (kept)
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



# ============================================================================= more kept helpers
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



# ============================================================================= helpers written for mixed54
def phone_mail(f, top, text, cte="quoted-printable"):
    """An Android / webmail phone message: one text/plain part, LF line ends."""
    return build(top, text_part(text, cte=cte, crlf=False), False)

def simple_html(paras, font="Arial, Helvetica, sans-serif", size="10pt"):
    """Hand-written webmail HTML: one <div> per paragraph, <br> for line breaks (no text twin is made from it)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body><div style="font-family:%s;font-size:%s">\n' % (font, size)]
    for p in paras:
        if p == "":
            out.append("<div><br></div>\n")
        else:
            out.append("<div>%s</div>\n" % "<br>\n".join(esc(l) for l in p.split("\n")))
    out.append("</div></body></html>\n")
    return "".join(out)

def gmail_fwd(frm, date_s, subject, to, text):
    """Gmail's forwarded-message block."""
    return ("\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, date_s, subject, to, text))

def iphone_quote(intro, text):
    """iPhone Mail's quoted original under a reply: 'On ..., X wrote:' then '> ' lines."""
    return "\n%s\n\n%s" % (intro, quoted(text))



# ----------------------------------------------------------------------------- the rule each label rests on
# Appended to every `why` so that each label names its council, seed file and section (the brief's requirement).
SEED = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
        "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
        "knowsley": "004_ba08e3b9f619f49f.txt"}
COUNCIL = {"richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets", "torbay": "Torbay",
           "herefordshire": "Herefordshire", "knowsley": "Knowsley"}
SECTION = {
    ("knowsley", "step_up", None): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' (at "
        "least 5 working days' notice; Graded Care profile for neglect; Engaging Families toolkit for "
        "non-engagement; management oversight; invites to the MASH inbox) and Appendix 1 (Case ID on EHM, date of "
        "the step up TAF meeting, recent TAF minutes)",
    ("knowsley", "step_down", 2): "section 2, level 2 (date, time and venue of the step down meeting; what are we "
        "worried about / working well / needs to happen; name and organisation of the new Lead Practitioner; at "
        "least 5 working days before the final CIN meeting)",
    ("knowsley", "step_down", 3): "sections 2-3, level 3 ('a minimum of 5 days' notice'; date and time of the CIN "
        "meeting or joint home visit; the three Signs of Safety questions; the parent's consent to the referral "
        "to Family First)",
    ("richmond_wandsworth", "step_up", None): "'Process to Step Up' (the Early Help Team Manager emails the MASH "
        "Step Up inbox with the latest case summary and the rationale; not for immediate child protection)",
    ("richmond_wandsworth", "step_down", None): "'Process to Step Down' and 'Step Down to Early Help' (case "
        "discussion within 5 days confirmed by email with the latest case summary and the draft plan; consent from "
        "the child and family)",
    ("tower_hamlets", "step_down", None): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' "
        "(TAF plan, the most current Child and Family Assessment, consent, an identified Lead Practitioner; TAF "
        "and minutes within 10 working days)",
    ("tower_hamlets", "step_up", None): "'Key Aspects of Step Up' and 'Step Up to Early Help from Universal "
        "Provision' (via the MAST, with a completed Multi-Agency Request for Support form; management oversight)",
    ("torbay", "step_down", None): "'Step down process from Single Assessment Team' steps 1-4 (Single Assessment "
        "with the manager's analysis, consent for level 3 before triage, a triage slot within 5 working days, "
        "under-5s fortnightly)",
    ("torbay", "step_up", None): "'Step up processes from level 3 to level 4' steps 1-2 (worker and team manager "
        "agree; a contact to MASH with parental consent)",
    ("herefordshire", "step_down", None): "the step-down guidance (written consent, a key person, the Early Help "
        "Assessment step-down plan sent to the Early Help Co-ordinator team within two weeks)",
    ("herefordshire", "step_up", None): "the seed covers step-down only; REQUIREMENTS.md: step_up is not defined "
        "for Herefordshire",
}
URGENT_RULE = {
    "knowsley": "section 4 N.B. and the 7-minute briefing: 'Any immediate safeguarding concerns should be "
                "communicated to the Duty Social Work Team in the Multi Agency Safeguarding Hub'",
    "richmond_wandsworth": "'Step up from Early Help': immediate child protection concerns go to the line manager, "
                           "who telephones the MASH",
    "tower_hamlets": "'Step Up to Early Help from Universal Provision': 'If there is an immediate child protection "
                     "concern, contact MAST (0207 364 5606/5601 or out of hours in an emergency only 0207 364 4079)'",
    "torbay": "'Step up processes from level 3 to level 4' step 1 ('as per safeguarding processes') and the seeds' "
              "README: safeguarding always overrides the protocols",
    "herefordshire": "the seeds' README: safeguarding always overrides the protocols (the Herefordshire seed itself "
                     "covers step-down only)",
}

def rule_for(authority, kind, urgent, level):
    seed = "%s, seed %s" % (COUNCIL[authority], SEED[authority])
    parts = []
    if urgent:
        parts.append("DESIGN safety rule 1 (immediate child-protection risk -> alert_duty, whatever the kind); %s, "
                     "%s" % (seed, URGENT_RULE[authority]))
    if kind in ("step_up", "step_down"):
        lvl = (level or 3) if (authority == "knowsley" and kind == "step_down") else None
        parts.append("%s, %s; REQUIREMENTS.md %s %s" % (seed, SECTION[(authority, kind, lvl)], authority, kind))
    elif kind == "follow_up":
        parts.append("DESIGN kind follow_up (a reply adding to an existing request; reference in the subject) -> "
                     "attach_to_request unless urgent; %s" % seed)
    elif kind == "meeting_reply":
        parts.append("DESIGN kind meeting_reply (an iTIP REPLY) -> record_reply unless urgent; %s" % seed)
    elif kind == "auto_reply":
        parts.append("DESIGN kind auto_reply and safety rule 2 (RFC 3834: never answered) -> ignore; %s" % seed)
    else:
        parts.append("DESIGN kind other (not a step request from the lead professional) -> human_review unless urgent; %s" % seed)
    return "Rule: " + " | ".join(parts) + "."

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2073-04-25 10:12:40"
    body = T("""
Good morning MASH,

Please find attached the step up request form and the minutes of our last TAF (18/04/2073) for the Obi-Nwosu children:

Chidera Obi-Nwosu, DOB 14/02/2063 (Year 5, St Oswin's Catholic Primary, Huyton)
Kamsi Obi-Nwosu, DOB 30/09/2065 (Year 2, same school)

The step up TAF meeting is on Tuesday 2nd May at 10am at Huyton Family Hub (Room 2), with a Teams link for anyone who can't come in. I know the guidance asks for a Wednesday where possible - the school's DSL can only do the Tuesday that week. The invite has gone from my calendar to the MASH inbox and MASH business support, and I have invited the current TAF members (school, the school nurse, and Pastor Okeke from the family's church, at dad's request).

Why we are stepping up
Mr Obi-Nwosu has always been open that he smacks the children and has used a belt on Chidera "when he is very bad". He says this is discipline, not abuse - "a child who is not corrected is not loved" - and that it is how he was raised in Enugu. In March Chidera told his teacher that dad had hit him with a belt for lying about his homework; I visited with school the same afternoon (there were no marks by then) and dad agreed in writing to stop using the belt. Since then Chidera has told school twice that dad "still uses the slipper", and Kamsi has become very quiet and has wet herself at school three times. We have seen no marks or injuries since March and both children say they feel safe at home, but the pattern has not changed.

Dad has refused the Family First parenting programme three times and cancelled four of my last six visits. I completed the Engaging Families toolkit on 12/04/2073 - it's in section 4 of the form - and it puts engagement as low: mum engages when dad is not there, dad does not.

Mum agrees with our worries and has asked for help, but at the TAF dad said he does not consent to social care being involved, and mum said she will not go against him - so please take it that we do not have consent.

My team manager, Sandra Whitlow, discussed the step up with me in supervision on 20/04/2073 and agreed it (her agreement is on the form).

Many thanks,
Bernadette

Bernadette Kilbride
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0732 | 07700 900 415

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Obi-Nwosu.docx", appendix1([
        ("Case ID on EHM:", "EHM-91233"),
        ("Children:", "Chidera Obi-Nwosu 14/02/2063; Kamsi Obi-Nwosu 30/09/2065"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Tuesday 02/05/2073, 10:00, Huyton Family Hub Room 2 (and Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Section 4: Engaging Families Toolkit (Signs of Well-being Family Engagement Risk Assessment Tool) "
         "completed 12/04/2073 - mum medium, dad low; 3 refusals of the parenting programme, 4 of 6 visits cancelled."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 18/04/2073"),
        ("What are we worried about?", "Dad uses physical punishment (slipper, and a belt in the past) and defends "
         "it as discipline; Chidera's disclosure in March; Kamsi withdrawn and wetting at school."),
        ("What is working well?", "Mum is warm and asks for help; both children attend well (96%, 97%); the "
         "children say they feel safe; the church pastor is willing to support the family."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Not applicable - no neglect concerns; the home "
         "and the children's care are good."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Not applicable"),
        ("Agreement by line manager:", "Agreed - Sandra Whitlow, Team Manager, 20/04/2073"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly joint visits with school; parenting "
         "work offered again through the church's family worker; review TAF in 4 weeks."),
    ]))
    minutes = pdf_att("TAF minutes 18.04.2073 - Obi-Nwosu.pdf", "Team Around the Family - minutes", [
        "Date: 18/04/2073, 13:30, St Oswin's Catholic Primary, Huyton",
        "Present: mum, dad, Bernadette Kilbride (Family First, chair), class teachers, school nurse.",
        "School: Kamsi quiet and withdrawn; three wetting incidents this term. Chidera says dad 'still uses the slipper'.",
        "Dad: physical punishment is discipline and his right as a father; he will not attend a parenting course.",
        "Dad said he does not consent to social care involvement. Mum did not disagree with him.",
        "Agreed: Bernadette to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Kilbride, Bernadette", "Bernadette.Kilbride@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Obi-Nwosu - EHM-91233 - TAF Tues 2nd May 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-91233"],
        [ch("Chidera Obi-Nwosu", "2063-02-14", "14/02/2063"), ch("Kamsi Obi-Nwosu", "2065-09-30", "30/09/2065")],
        ["non_engagement", "physical_harm"], False, True, [], False, "request_info",
        "HARSH PHYSICAL CHASTISEMENT DEFENDED AS DISCIPLINE, NOT IMMEDIATE: dad smacks and has used a belt and calls "
        "it discipline ('a child who is not corrected is not loved'); no marks since March, the children say they "
        "feel safe -> physical_harm as a current worry, not urgent. Dad refuses the parenting programme and visits "
        "-> non_engagement, so REQUIREMENTS (Knowsley step_up) needs engaging_families: met, the toolkit is "
        "referenced in section 4 of the attached Appendix 1 form with what it tells us. Form, EHM id, TAF minutes "
        "(PDF), TM agreement ('discussed ... and agreed it') and the meeting date are all there -> missing []. "
        "Consent: 'dad ... does not consent ... please take it that we do not have consent' -> false (stated "
        "refusal; mum 'agrees with our worries' is not consent to the step). NOTICE ACROSS THE EARLY MAY BANK "
        "HOLIDAY, DECISIVE: from Tue 25 April the TAF on Tue 2 May is 5 plain weekdays, but Mon 1 May is a bank "
        "holiday -> 4 working days < 5 (Knowsley step_up: at least 5 WD) -> notice not ok -> request_info. A "
        "Tuesday rather than the preferred Wednesday is kept, not a rule.",
        meeting=date(2073, 5, 2), not_children=["Bernadette Kilbride", "Sandra Whitlow"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2073-07-19 16:48:05"
    ack = ack_text("step-up", "SB-knowsley-1207", [
        "Case: EHM-91406", "Children: Shilan Barzani (03/03/2058), Diyar Barzani (11/11/2062)",
        "Step-up TAF meeting: Wednesday 26 July 2073, 10:00 (Microsoft Teams)"], [])
    text = T("""
Adding to our step up for Shilan - she has just sent me these on WhatsApp, copied exactly below. I'm in the car round the corner from the house in Stockbridge Village. I've exported the chat too (attached).

[19/07/2073, 16:21] Shilan: miss its me
[19/07/2073, 16:22] Shilan: they changed the tickets. its saturday now not august. mum says its for nans birthday in erbil but i heard dad on the phone its for my nikah with my cousin
[19/07/2073, 16:23] Shilan: dad has my passport and he checks my phone at night. dont ring me, message only
[19/07/2073, 16:25] Shilan: i dont want to go miss. if i go they wont let me come back for school
[19/07/2073, 16:31] Shilan: pls help me

She's 15. The flight is from Manchester on Saturday morning and school finishes for the summer on Friday. Our TAF isn't until next Wednesday. I've messaged her back to keep her phone hidden and that someone will be in touch.

Please ring me on 07700 900 283 - I'm not going home until someone from MASH has rung me.

Leanne

Sent from my iPhone
""") + iphone_quote("On 12 Jul 2073, at 09:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:", ack)
    top = plain_top(f, addr("Corkhill, Leanne", "Leanne.Corkhill@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: [SB-knowsley-1207] Step-up request received - EHM-91406", when, KDOM, "iPhone Mail (22B91)",
                    extra=[("In-Reply-To", msgid(f + "-ack", "stepbot.knowsley.gov.uk")),
                           ("References", msgid(f + "-ack", "stepbot.knowsley.gov.uk"))])
    chat = T("""
12/07/2073, 08:47 - Shilan: hi miss its Shilan. is the meeting still wednesday
12/07/2073, 08:52 - Leanne Corkhill: Hi Shilan, yes Weds 26th at 10. You can come to part of it if you want x
12/07/2073, 08:53 - Shilan: ok thanks
19/07/2073, 16:21 - Shilan: miss its me
19/07/2073, 16:22 - Shilan: they changed the tickets. its saturday now not august. mum says its for nans birthday in erbil but i heard dad on the phone its for my nikah with my cousin
19/07/2073, 16:23 - Shilan: dad has my passport and he checks my phone at night. dont ring me, message only
19/07/2073, 16:25 - Shilan: i dont want to go miss. if i go they wont let me come back for school
19/07/2073, 16:31 - Shilan: pls help me
19/07/2073, 16:40 - Leanne Corkhill: Keep your phone hidden. Someone will be in touch very soon x
""")
    data_txt = chat.encode("utf-8")
    txt = Part([("Content-Type", 'text/plain; charset="utf-8"; name="WhatsApp Chat with Shilan.txt"'),
                ("Content-Disposition", 'attachment; filename="WhatsApp Chat with Shilan.txt"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(data_txt))
    add(f, iphone_mail(f, top, text, [txt]), "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-91406"],
        [ch("Shilan Barzani", "2058-03-03", "03/03/2058"), ch("Diyar Barzani", "2062-11-11", "11/11/2062")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "FORCED MARRIAGE, THE HOLIDAY TRIP BROUGHT FORWARD, IN A 15-YEAR-OLD'S WHATSAPP MESSAGES PASTED INTO A PHONE "
        "REPLY: the tickets booked for August have been changed to Saturday, she heard it is 'for my nikah with my "
        "cousin', dad holds her passport and checks her phone, 'if i go they wont let me come back'. A forced "
        "marriage abroad in two days is an immediate child-protection risk (the 'one chance' case) -> urgent -> "
        "alert_duty (DESIGN safety rule 1 whatever the kind; first in next_action's order). A reply to "
        "[SB-knowsley-1207] -> follow_up, missing [] and notice null. No alarm word anywhere. Children and DOBs from "
        "the quoted acknowledgement (the body names Shilan by first name only). Forced marriage and control by the "
        "family -> domestic_abuse (statutory guidance treats forced marriage and honour-based abuse as domestic "
        "abuse; the contract has no closer id).",
        not_children=["Leanne Corkhill"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2073-05-26 14:31:22"
    blocks = [
        "Hello Family First duty,",
        "",
        "I'd like to step the Kovács children down to Family First at Level 3. The family write their names in the "
        "Hungarian order, family name first, and the children's school and GP records use the same order, so I have "
        "kept it here:",
        "",
        ("table", [
            ["Name (family name first)", "Date of birth", "ICS"],
            ["KOVÁCS Bence", "07/08/2064", "ICS-2204518"],
            ["KOVÁCS Lili", "21/01/2068", "ICS-2204519"],
        ]),
        "",
        "Joint home visit with a Family First case manager: {{Monday 5th June 2073 at 11.00am}}, at the family home, "
        "9 Larch Close, Kirkby, L32 9ZT. I have booked a Hungarian interpreter (Ms Réka Szabó) for the visit.",
        "",
        ("h", "What are we worried about?"),
        "Mum (Kovács Erzsébet) has had very low mood since the children's father went back to Hungary in the autumn. "
        "She is on antidepressants from her GP and on the waiting list for talking therapy, and on bad days she "
        "struggles to get up. Bence says he worries about leaving her in the mornings.",
        ("h", "What is working well?"),
        "Mum has engaged with every CIN visit and review and is honest about her bad days. Both children go to the "
        "Hungarian Saturday school at the Catholic parish hall in Kirkby, which they love; two families from the "
        "parish help mum with lifts and the Saturday school teacher is a real support to Bence. Lili is settled at "
        "nursery.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF with school, nursery and the Saturday school; mum to be "
        "supported to get to her talking therapy; a morning routine plan with school.",
        "",
        "Mum gave her consent to the referral to Family First at the CIN review on 23/05/2073, through the "
        "interpreter, and signed the consent form.",
        "",
        "Köszönöm / thank you,",
        "Ifeoma",
        "",
        "Ifeoma Cartwright",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0586",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Cartwright, Ifeoma", "Ifeoma.Cartwright@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - KOVÁCS - joint home visit Mon 5th June 11am", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-2204518", "ICS-2204519"],
        [ch("Kovács Bence", "2064-08-07", "07/08/2064", as_written="KOVÁCS Bence"),
         ch("Kovács Lili", "2068-01-21", "21/01/2068", as_written="KOVÁCS Lili")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "FAMILY NAME FIRST: the social worker keeps the Hungarian order the family and the school use ('KOVÁCS "
        "Bence', family name in capitals) and says so; labelled in that order with the capitals normalised ('Kovács "
        "Bence'), not reordered - the name is as the family write it. Mum, 'Kovács Erzsébet', is an adult. Level 3 "
        "step-down in Word HTML with an MsoTableGrid table (ICS ids keep their joined prefix): REQUIREMENTS Knowsley "
        "level 3 = meeting_details (joint home visit date, time and address), worries_strengths_next (three "
        "headings, answered), consent ('gave her consent ... and signed the consent form' -> true) -> nothing "
        "missing. NOTICE ACROSS THE SPRING BANK HOLIDAY, NOT DECISIVE: Fri 26 May -> Mon 5 June is 6 plain weekdays "
        "but Mon 29 May is a bank holiday -> exactly 5 working days -> ok -> book_meeting. The Hungarian Saturday "
        "school and the parish are strengths, not concerns. Mum's low mood -> parental_mental_health.",
        meeting=date(2073, 6, 5), not_children=["Ifeoma Cartwright", "Kovács Erzsébet", "Réka Szabó"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2073-07-04 11:05:10"
    body = T("""
Hi Family First,

Notification of a Level 2 step down at the final CIN meeting:

Date and time: Wednesday 12th July 2073, 10.00am
Venue: Halewood Brook Academy, meeting room 3 (Arjan's junior school is on the same campus)

Children:
Harleen Kaur - DOB 19/10/2058 - ICS-2198877
Arjan Singh - DOB 05/04/2064 - ICS-2198878
(Yes, the surnames are different and both are right: the family are Sikh and the children are registered as Harleen Kaur and Arjan Singh. Parents are Gurpreet Singh Sandhu and Manjit Kaur.)

Lead practitioner (Level 2): Mrs Baljit Dhaliwal, Pastoral Lead, Halewood Brook Academy - she has agreed to take on the role and will be at the meeting.

What are we worried about?
Mum finished chemotherapy in May and is still very tired. Harleen (14) has been doing a lot of the looking after of Arjan and the cooking - she is a young carer and her homework has slipped.

What is working well?
Dad has changed his shifts so he is home by 4; the gurdwara's seva group brings meals twice a week; Harleen goes to the young carers' group every Thursday; Arjan is doing well at school.

What needs to happen?
Mrs Dhaliwal to lead the Early Help Assessment and TAF; the young carers' group to carry on over the summer; a carer's assessment for mum through adult services.

A note about the summer holidays, because the school's forced marriage checklist flagged it and I want it on the record: the whole family are going to India from 28 July to 19 August for Harleen's cousin's wedding in Jalandhar. I have seen the e-tickets, including the return flights. The bride is Harleen's cousin Navneet, who is 24, and the groom is 27. I spoke to Harleen on her own at school on 30 June: she is excited, she is dancing at the jaggo night, and she is back for Year 10 in September. There is no suggestion of any marriage or engagement for Harleen; she knows she can contact school or the British High Commission if anything ever worried her while she is away, and she has my card. I am satisfied this is a family wedding and that Harleen is safe - there is no forced marriage concern.

Both parents have agreed to the step down and to school leading.

Thanks,
Rhys

Rhys Parry-Jones
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0447

""") + KDISC
    top = outlook_top(f, addr("Parry-Jones, Rhys", "Rhys.Parry-Jones@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Harleen Kaur & Arjan Singh - final CIN Weds 12th July", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 2, ["ICS-2198877", "ICS-2198878"],
        [ch("Harleen Kaur", "2058-10-19", "19/10/2058"), ch("Arjan Singh", "2064-04-05", "05/04/2064")],
        ["young_carer"], True, None, [], True, "book_meeting",
        "NEAR MISS - A TRIP ABROAD THAT IS A FAMILY WEDDING, THE CHILD SAFE: the school's forced marriage checklist "
        "flagged a 14-year-old's summer trip to India; the social worker has seen the return tickets, spoke to her "
        "alone, the bride is a 24-year-old cousin, 'no suggestion of any marriage or engagement for Harleen', 'no "
        "forced marriage concern' -> not urgent, no domestic_abuse. Sikh siblings registered as 'Harleen Kaur' and "
        "'Arjan Singh' (different surnames, both right); the parents are adults. Complete Level 2 step-down "
        "(REQUIREMENTS: date, time and venue; the three headings; the lead practitioner with her agency) -> missing "
        "[]. 'Both parents have agreed to the step down' -> consent true (not required at level 2). Tue 4 July -> "
        "Wed 12 July = 6 working days (no bank holiday) -> ok -> book_meeting. Harleen's caring -> young_carer.",
        meeting=date(2073, 7, 12), not_children=["Rhys Parry-Jones", "Baljit Dhaliwal", "Gurpreet Singh Sandhu",
                                                  "Manjit Kaur"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2073-06-08 13:20:44"
    body = T("""
Dear Family First team,

I am a community interpreter (Amharic and Tigrinya). Yesterday I interpreted for Mrs Tigist Abebe at her son's parents' evening at Prescot Brook Primary. Afterwards she asked me to write to you with a question, because she is worried and does not know who else to ask.

Her question: in Ethiopia many parents smack their children. A neighbour told her that in England, if you smack your child, social services will take the child away. She wants to know what the law is here, and whether there is a parenting course in Amharic.

I want to be very clear about what she said: she has never hit her son and she does not want to. Her words were "I only want to know, so I do not make a mistake". Her son is Dawit Bekele, born 12.03.2067. In Ethiopia a child's second name is the father's first name, which is why his name is different from hers. His teacher said at the parents' evening that he is a happy, well cared for boy.

Could someone reply to me, or ring her with an Amharic interpreter? Her number is 07700 900 731. She is happy for me to share this with you.

Kind regards,
Hirut Alemayehu
Community Interpreter (Amharic, Tigrinya)
LangLink North West
07700 900 268
""")
    top = plain_top(f, addr("Hirut Alemayehu", "hirut.alemayehu@langlinknw.example"), addr(None, KFF),
                    "Question from a parent (Amharic) - is smacking allowed in England?", when, "langlinknw.example",
                    None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Dawit Bekele", "2067-03-12", "12.03.2067")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN INTERPRETER WRITES IN WITH A MOTHER'S HYPOTHETICAL QUESTION: 'if you smack your child, "
        "social services will take the child away'; she asks what the law is and for a parenting course; 'she has "
        "never hit her son', the teacher says he is happy and well cared for -> no current or past harm, no "
        "concern id, not urgent. Not a step request -> other -> human_review. Amharic patronymic: the boy's second "
        "name is his father's first name (Dawit Bekele; mum Tigist Abebe, an adult). 'She is happy for me to share "
        "this' is consent to passing on a question, not to any service -> consent null.",
        not_children=["Tigist Abebe", "Hirut Alemayehu"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2073-06-12 10:41:09"
    text = T("""
To the MASH duty team,

I saw the following pupil at the school nursing drop-in at Northwood Park Primary at 09:50 today, at the request of her class teacher after PE.

Name: Marie-Claire Tchoumi
DOB: 02/09/2061 (11 years)
Address: 27 Holly Bank, Kirkby (lives with mum, maternal grandmother and two younger brothers)
NHS number: 999 614 1287

Presenting: reluctant to change for PE; teacher noticed her wincing when she lifted her arms. Pupil agreed to a chest examination with a female chaperone (teaching assistant) present.

Findings: bilateral areas of erythema over both breast buds, approx. 3-4 cm across, with two healing blisters and one open, weeping area on the left. Pattern consistent with repeated application of a heated object - breast flattening (also called breast ironing).

Account, in her words: "Grandma presses the hot stone on my chest every night so they stop growing, so the men don't look at me." She said this has happened "since Easter", and that her grandmother also ties a band tight round her chest at night. Mum works nights at a care home and is not at home in the evenings.

Pupil tearful; asked me not to tell her grandmother. Grandmother collects her from school at 15:15 today.

Treatment: wound cleaned and dressed; no signs of infection.

I have not spoken to the family. I am in school until 14:30, then on 0151 496 0684.

Aoife Brennan RN SCPHN
School Nurse | Knowsley 0-19 Service (School Nursing)
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
         "<p>To the MASH duty team,</p>\n"
         "<p>I saw the following pupil at the school nursing drop-in at Northwood Park Primary at 09:50 today, at the "
         "request of her class teacher after PE.</p>\n"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
         "<tr><td><b>Name</b></td><td>Marie-Claire Tchoumi</td></tr>\n"
         "<tr><td><b>DOB</b></td><td>02/09/2061 (11 years)</td></tr>\n"
         "<tr><td><b>Address</b></td><td>27 Holly Bank, Kirkby (lives with mum, maternal grandmother and two younger "
         "brothers)</td></tr>\n"
         "<tr><td><b>NHS number</b></td><td>999 614 1287</td></tr>\n</table>\n"
         "<p><b>Presenting:</b> reluctant to change for PE; teacher noticed her wincing when she lifted her arms. "
         "Pupil agreed to a chest examination with a female chaperone (teaching assistant) present.</p>\n"
         "<p><b>Findings:</b> bilateral areas of erythema over both breast buds, approx. 3-4 cm across, with two "
         "healing blisters and one open, weeping area on the left. Pattern consistent with repeated application of a "
         "heated object - breast flattening (also called breast ironing).</p>\n"
         "<p><b>Account, in her words:</b> &quot;Grandma presses the hot stone on my chest every night so they stop "
         "growing, so the men don't look at me.&quot; She said this has happened &quot;since Easter&quot;, and that "
         "her grandmother also ties a band tight round her chest at night. Mum works nights at a care home and is not "
         "at home in the evenings.</p>\n"
         "<p>Pupil tearful; asked me not to tell her grandmother. <b>Grandmother collects her from school at 15:15 "
         "today.</b></p>\n"
         "<p><b>Treatment:</b> wound cleaned and dressed; no signs of infection.</p>\n"
         "<p>I have not spoken to the family. I am in school until 14:30, then on 0151 496 0684.</p>\n"
         "<p>Aoife Brennan RN SCPHN<br>School Nurse | Knowsley 0-19 Service (School Nursing)</p>\n"
         "</body></html>\n")
    top = outlook_top(f, addr("Brennan, Aoife", "aoife.brennan@knowsley0-19.nhs.example"), addr("Knowsley MASH", KMASH),
                      "Y6 pupil seen in clinic today - chest findings - please call", when,
                      mid_domain="AM9P191MB1644.EURP191.PROD.OUTLOOK.COM")
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Marie-Claire Tchoumi", "2061-09-02", "02/09/2061")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "BREAST FLATTENING IN A SCHOOL NURSE'S CLINICAL NOTE: burns and an open weeping area over both breast buds "
        "of an 11-year-old, 'consistent with repeated application of a heated object'; 'Grandma presses the hot "
        "stone on my chest every night'; the grandmother collects her at 15:15 today and mum is out at night -> "
        "ongoing harm tonight -> urgent -> alert_duty. No alarm word anywhere (clinical wording only). A health "
        "report, not a step request -> other. The NHS number is not a case id -> case_ids []. physical_harm.",
        not_children=["Aoife Brennan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2073-06-02 09:12:33"
    data = google_reply(f, when, "Tesfay Gebremedhin", "tesfay.gebremedhin@mailbox.example",
                        ("Knowsley MASH", KMASH), "TENTATIVE", "Step-up TAF meeting - EHM-91650 [SB-knowsley-1193]",
                        "20730607T123000Z", "20730607T140000Z", "Kirkby Family Hub, Room 1 / Microsoft Teams",
                        "Wed 7 Jun 2073 13:30 - 15:00 (BST)",
                        note="I can interpret (Tigrinya). I have a booking at Whiston Hospital until 1pm so I may be "
                             "10 minutes late.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-91650"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY plus invite.ics), PARTSTAT=TENTATIVE, from a "
        "Tigrinya interpreter invited to a step-up TAF meeting that the MASH calendar sent; a COMMENT about being "
        "late. meeting_reply -> record_reply; the case id is the SUMMARY's EHM-91650.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2073-05-24 15:20:51"
    body = T("""
Hi all,

Step up request for Yonas and Luwam. The step up TAF meeting is Wednesday 31st May at 1.30pm at Kirkby Family Hub (Room 1). A Tigrinya interpreter is booked; I've sent the invite to the MASH inbox and MASH business support and invited the TAF (school, the school nurse and the practice nurse from the family's GP).

Yonas Tesfamariam - 04/11/2063
Luwam Tesfamariam - 17/05/2066
(In Eritrean naming a child's second name is their father's first name. Dad is Tesfamariam Gebremichael and mum is Senait Haile, so "Tesfamariam" is how the children are registered at school.)

EHM: EHM-91877

The step up form and the minutes of the last TAF (10/05/2073) are attached.

The worry: since March the leader of a small house church the family started going to has told mum and dad that Yonas (9) has "a spirit" in him. He has been wetting the bed and having tantrums since his grandfather died in Asmara. Mum and dad have been taking him to night prayer meetings three or four nights a week, often until 1 or 2am, and the next day he doesn't get to school: his attendance this year is 71%, and Luwam's is 80%. He is tired all the time and the school nurse found he has lost 2kg since January. The home has gone downhill - very little food in on my last two visits and no bedding on the children's beds.

What we are not seeing: no marks or injuries, and Yonas has told me and his teacher that nobody has hurt him, he hasn't been made to fast and he hasn't been left anywhere. Mum and dad love the children; they are frightened for Yonas and believe they are helping him. When I explained how being called possessed and kept up at night is harming him, they agreed to stop taking him to the night meetings while we work this out, and school say he has been in every day this week. I talked it through with the MASH duty social worker on Monday, who agreed this should come as a step up rather than a same-day contact.

I haven't been able to do the Graded Care Profile yet - I'm booking it with mum and the interpreter for the week after next.

My team manager, Carl Ashurst, is off until Tuesday and hasn't seen this yet - I'll ask him to reply to this email with his agreement when he's back.

Consent: dad nodded when the interpreter explained the step up but didn't say yes, and mum said she has to ask the church leader first, so I can't tell you we have consent.

Thanks,
Siobhan

Siobhan Mercer
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0917

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Tesfamariam.docx", appendix1([
        ("Case ID on EHM:", "EHM-91877"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 31/05/2073, 13:30, Kirkby Family Hub Room 1"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - parents attend every TAF with the interpreter"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 10/05/2073"),
        ("What are we worried about?", "Yonas taken to night prayer meetings 3-4 nights a week because a church "
         "leader says he has 'a spirit'; attendance Yonas 71%, Luwam 80%; weight loss 2kg; little food in the "
         "house; no bedding."),
        ("What is working well?", "Parents love the children and engage with the TAF; they have agreed to stop the "
         "night meetings for now; school are a strong support."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Not yet completed - to be booked with mum and "
         "the interpreter."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Not applicable"),
        ("Agreement by line manager:", "To follow - team manager on leave until 30/05/2073"),
        ("Contingency plan (Smart and timely).", "Weekly visits with the interpreter; daily check-in at school."),
    ]))
    minutes = pdf_att("TAF minutes 10.05.2073 - Tesfamariam.pdf", "Team Around the Family - minutes", [
        "Date: 10/05/2073, 10:00, Kirkby Family Hub. Tigrinya interpreter present.",
        "Present: mum, dad, Siobhan Mercer (Family First, chair), Yonas's class teacher, school nurse.",
        "School: Yonas absent after late nights; falling asleep in class; weight down.",
        "Parents: Yonas has 'a spirit' since his grandfather died; the church leader prays for him at night.",
        "Agreed: Siobhan to share information about children's sleep and school; review in 2 weeks."])
    top = outlook_top(f, addr("Mercer, Siobhan", "Siobhan.Mercer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Tesfamariam children - EHM-91877 - TAF Weds 31st May 1.30pm", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-91877"],
        [ch("Yonas Tesfamariam", "2063-11-04", "04/11/2063"), ch("Luwam Tesfamariam", "2066-05-17", "17/05/2066")],
        ["neglect", "school_attendance"], None, None, ["gcp2", "manager_agreed"], False, "request_info",
        "SPIRIT POSSESSION BELIEF, HANDLED AS A PLANNED STEP-UP: a house-church leader says a 9-year-old has 'a "
        "spirit'; night prayer meetings, 71% / 80% attendance, weight loss, little food, no bedding -> neglect + "
        "school_attendance. Not urgent: no marks, he says nobody has hurt him, not made to fast, the night meetings "
        "stopped, MASH duty already consulted and advised the step-up route. Eritrean patronymic explained (the "
        "children are 'Tesfamariam' after their father's first name). REQUIREMENTS Knowsley step_up: form and TAF "
        "minutes attached, EHM id given; neglect needs gcp2 - 'haven't been able to do the Graded Care Profile yet' "
        "-> missing; the TM 'hasn't seen this yet' -> manager_agreed null -> missing. Consent: 'dad nodded ... "
        "didn't say yes ... I can't tell you we have consent' -> null (unclear, not refused). NOTICE ACROSS THE "
        "SPRING BANK HOLIDAY, DECISIVE: Wed 24 May -> Wed 31 May is 5 plain weekdays but Mon 29 May is a bank "
        "holiday -> 4 working days -> not ok -> request_info.",
        meeting=date(2073, 5, 31), not_children=["Siobhan Mercer", "Senait Haile", "Tesfamariam Gebremichael",
                                                  "Carl Ashurst"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2073-04-20 11:30:02"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion yesterday with Nirmala (Early Help practitioner, copied), I have agreed this step up and I am sending it as the Early Help Team Manager. The latest case summary is attached; the rationale is below.

Tharani Sivakumar, DOB 19/03/2058 (15)
Kavin Sivakumar, DOB 07/07/2062 (10)
Mosaic ID 2784410 (family episode)
The children's second name is their father's given name, as is usual in Tamil families, so mum (Mrs Vasuki Rajendran) has a different name.

Rationale for step up
Since February Tharani has been increasingly controlled by her father and her paternal grandmother, who moved in last year. Her phone is checked every night and was taken from her for two weeks in March after she was seen talking to a boy from her class at the bus stop. She is not allowed to go anywhere except school and the Tamil Saturday school at the temple, and her father has told her she has "brought disgrace on the family". Mum has told Nirmala that she is frightened of the way dad speaks to her and that she is not allowed her own bank card. Kavin has become withdrawn and has stopped going to football. Early Help support since October - a parenting worker, the school counsellor and the Saturday school teacher, who has been a real ally for Tharani - has not changed anything, and dad has stopped coming to TAF meetings. We think the family now needs a Children and Families assessment.

What this is not: Tharani says she is not frightened of being hurt at home, nobody has hit her, and there is no talk of her travelling abroad or of any marriage - Nirmala asked her directly and on her own on 18/04/2073. This is not an immediate child protection concern; I spoke to the MASH duty manager by phone this morning, as our protocol asks, before sending it.

Mum agrees to the step up. At Tharani's wish we have not told dad yet; we would like to plan that with you.

Kind regards,
Matilda

Matilda Oyelowo-Hart
Early Help Team Manager | Wandsworth Early Help (Tooting locality)
020 7946 0583

""") + RDISC
    summary = pdf_att("Case summary - Sivakumar - April 2073.pdf", "Case summary - Early Help (Wandsworth)", [
        "Family: Tharani Sivakumar (15), Kavin Sivakumar (10); mum Vasuki Rajendran; dad; paternal grandmother.",
        "Mosaic ID 2784410. Early Help since October 2072 (school referral: Tharani anxious, not eating at school).",
        "Support: parenting worker (dad attended twice, then stopped); school counsellor; Tamil Saturday school.",
        "March 2073: phone confiscated for two weeks; Tharani told the counsellor she is 'watched all the time'.",
        "Mum: no access to money; says she is frightened of dad's temper; declined a referral to the IDVA for now.",
        "Tharani seen alone 18/04/2073: not frightened of being hurt; no travel or marriage planned.",
        "Outcome sought: step up to Children's Services for a Children and Families assessment."])
    top = outlook_top(f, addr("Oyelowo-Hart, Matilda", "Matilda.Oyelowo-Hart@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Sivakumar children - Mosaic ID 2784410", when,
                      cc=addr("Jeyakumar, Nirmala", "Nirmala.Jeyakumar@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2784410"],
        [ch("Tharani Sivakumar", "2058-03-19", "19/03/2058"), ch("Kavin Sivakumar", "2062-07-07", "07/07/2062")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "HONOUR-BASED CONTROL, NOT IMMEDIATE: a 15-year-old's phone checked, movements restricted, 'brought "
        "disgrace on the family', mum frightened and denied money -> domestic_abuse (coercive control / honour-based "
        "abuse). Not urgent: 'not frightened of being hurt', 'no talk of her travelling abroad or of any marriage', "
        "'not an immediate child protection concern', and the MASH duty manager already phoned as the protocol asks. "
        "Tamil patronymic: the children carry their father's given name. Complete Richmond & Wandsworth step-up "
        "from the Early Help Team Manager (REQUIREMENTS: case_summary attached as PDF, rationale under its own "
        "heading) -> missing [] -> book_meeting. 'Mosaic ID 2784410' -> '2784410'. Consent 'Mum agrees to the step "
        "up' -> true; manager 'I have agreed this step up' (the sender is the team manager) -> true.",
        not_children=["Matilda Oyelowo-Hart", "Vasuki Rajendran"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2073-05-09 16:05:37"
    body = T("""
Hi Early Help duty,

Following my call with Jasper Quint this afternoon, I'm confirming the step down case discussion for the Volkov children on Friday 12th May at 2pm (Teams - Jasper has the link).

Arina Sergeyevna Volkova - DOB 14.02.2064 - Mosaic 2790031
Matvei Sergeyevich Volkov - DOB 03.10.2068 - Mosaic 2790032
(The middle names are patronymics from their dad, Sergei, and Arina's surname takes the feminine ending - Volkova and Volkov are the same family name.)

The latest case summary is attached. I'm still finishing the draft Early Help plan with dad and will send it before Friday.

In short: the children's mum died in October. Dad, Sergei Volkov, became very unwell in December and spent three weeks in hospital; the children stayed with a family from the Russian Orthodox parish in Richmond. Dad is now home, on medication and under the community mental health team, and he has coped well since February with a lot of help from the parish - Father Nikolai's wife does the school run twice a week. Arina (9) is anxious and sees the school counsellor. We don't think statutory involvement is needed any longer, but dad will need support for a while.

Consent: I've explained Early Help to dad. He said he would like to talk it over with Father Nikolai before he decides, so I don't have his consent yet - I'll confirm once I do.

My TM, Harriet Quayle-Smith, agrees with the step down.

Thanks,
Callum

Callum Fairweather
Social Worker | Child in Need Team (Richmond) | Achieving for Children
020 7946 0714

""") + RDISC
    summary = docx_att("Case summary - Volkov - May 2073.docx", [
        "# Case summary - Volkov family",
        "Children: Arina Sergeyevna Volkova (9), Matvei Sergeyevich Volkov (4). Father: Sergei Volkov.",
        "Mother died October 2072. Father admitted to hospital December 2072 (three weeks); children cared for by "
        "family friends from the parish.",
        "CIN plan since January 2073: father's mental health; children's grief; school and nursery support.",
        "Progress: father stable on medication, CMHT care coordinator; parish support with school runs and meals.",
        "Recommendation: step down to Early Help."])
    top = outlook_top(f, addr("Fairweather, Callum", "Callum.Fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Volkov children - case discussion Fri 12th May 2pm", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2790031", "2790032"],
        [ch("Arina Sergeyevna Volkova", "2064-02-14", "14.02.2064"),
         ch("Matvei Sergeyevich Volkov", "2068-10-03", "03.10.2068")],
        ["parental_mental_health"], None, True, ["consent", "draft_plan"], None, "request_info",
        "RUSSIAN PATRONYMICS AND GENDERED SURNAMES: 'Arina Sergeyevna Volkova' and 'Matvei Sergeyevich Volkov' are "
        "labelled in full as written (DOBs dd.mm.yyyy). Richmond & Wandsworth step-down (REQUIREMENTS: case_summary "
        "attached .docx; draft_plan 'will send it before Friday' -> missing; consent: dad 'would like to talk it "
        "over with Father Nikolai before he decides, so I don't have his consent yet' -> null (still to be given, "
        "not refused) -> missing) -> request_info. 'Mosaic 2790031' -> '2790031'. The case discussion Friday 12 "
        "May is inside the seed's 5 days of the contact. The parish is a strength. Dad's mental health -> "
        "parental_mental_health. TM 'agrees with the step down' -> true.",
        not_children=["Callum Fairweather", "Sergei Volkov", "Harriet Quayle-Smith"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2073-05-22 08:17:12"
    body = T("""
Good morning Madam, Sir,

I am Emmanuel Mbuyi, pastor of the Église Évangélique La Grâce in Balham. I write you because I do not know who else to call. I found this address on the website of the council.

There is a boy of 8 years, his name is Exaucé Lukusa. He is not from my church, but his mother come sometimes to our women group. Since two weeks the family say that the boy is "ndoki" - it means a witch, in Lingala - because his grand-mother died in Kinshasa and since then the boy have bad dreams and he wet the bed. The aunt (they call her Mama Bijou) took him to a man who call himself prophet, in a house near Tooting Broadway that the family call "the prayer house".

Since Friday the boy is staying in this house for "deliverance". Yesterday, Sunday, I went there with his mother. The boy was very weak, he could not stand well. They give him no food since Friday, only a little water, because the prophet say the spirit must be starved out. He sleep on the floor. I saw marks on his arms like from a stick. The prophet say tonight is the last session of the deliverance and after it the spirit will leave him.

The mother is very afraid of the prophet and of the family. She cry and she say she cannot take the boy back herself. I told her it is not from God to do this to a child. I am not the pastor of this church, I cannot do nothing myself.

Please help this child today. The mother phone is 07700 900 652, she speak Lingala and French and a little English. My phone is 07700 900 318.

God bless you,
Pastor Emmanuel Mbuyi
Église Évangélique La Grâce, Balham
""")
    top = plain_top(f, addr("Emmanuel Mbuyi", "pasteur.mbuyi@mailbox.example"), addr(None, RSU),
                    "Please help for a boy of my community", when, "mailbox.example", None)
    add(f, mail(f, top, body, html_alt=True, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Exaucé Lukusa")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "A COMMUNITY LEADER (A PASTOR OF ANOTHER CHURCH) WRITES IN NON-NATIVE ENGLISH ABOUT A WITCHCRAFT ('ndoki') "
        "ACCUSATION: an 8-year-old kept since Friday in a 'prophet's' house for 'deliverance', no food, a little "
        "water, too weak to stand, stick marks on his arms, 'tonight is the last session'; the mother cannot take "
        "him back -> immediate risk -> urgent -> alert_duty, sent at 08:17 (before office hours). No alarm word "
        "anywhere. Not a step request -> other (sent to the step-up inbox because it was on the website). Food and "
        "water withheld -> neglect; beaten -> physical_harm. The boy's DOB is not given (8 years) -> dob null.",
        not_children=["Emmanuel Mbuyi"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2073-05-12 12:10:48"
    ack = ack_text("step-down", "SB-richmond_wandsworth-611", [
        "Case: 2790031, 2790032",
        "Children: Arina Sergeyevna Volkova (14/02/2064), Matvei Sergeyevich Volkov (03/10/2068)",
        "Step-down case discussion: Friday 12 May 2073, 14:00 (Microsoft Teams)"],
        ["the draft plan for Early Help",
         "confirmation that the child, young person and family consent to Early Help continuing the plan"])
    body = T("""
Hi,

The draft Early Help plan for Arina and Matvei is attached.

Dad gave his consent to Early Help this morning - he saw Father Nikolai last night and rang me first thing to say yes. He'll join the case discussion at 2pm today.

Thanks,
Callum

Callum Fairweather
Social Worker | Child in Need Team (Richmond) | Achieving for Children
020 7946 0714
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "09 May 2073 16:09",
             "Fairweather, Callum <Callum.Fairweather@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-611] Step-down request received - Volkov", ack)
    plan = docx_att("Draft Early Help plan - Volkov.docx", [
        "# Draft Early Help plan - Volkov family",
        "What needs to happen: Early Help worker to visit fortnightly; school counsellor for Arina to continue; "
        "nursery key worker to share Matvei's progress; dad to keep his CMHT appointments; parish support with the "
        "school run to continue.",
        "Review: Early Help review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Fairweather, Callum", "Callum.Fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-611] Step-down request received - Volkov", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2790031", "2790032"],
        [ch("Arina Sergeyevna Volkova", "2064-02-14", "14/02/2064"),
         ch("Matvei Sergeyevich Volkov", "2068-10-03", "03/10/2068")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-611] (richmond_wandsworth_02's family) adding the draft plan (.docx) "
        "and consent: 'Dad gave his consent to Early Help this morning' -> true. A reply -> follow_up -> "
        "attach_to_request, missing []. Children, DOBs and the bare Mosaic ids from the quoted acknowledgement; its "
        "'What is missing:' list is stepbot's own words, not a 'missing' concern. No concern is described -> [].",
        not_children=["Callum Fairweather"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2073-06-14 17:42:26"
    body = T("""
Hello,

I am a Dari and Farsi interpreter. I interpreted at a health visitor's home visit in Roehampton this afternoon, and something was said to me after the health visitor had left. I have written it in the attached record because I want to get the words exactly right.

I could not find a number that was answered after 5pm and I am not sure this is the right address. Please pass it to the right team tonight. I am bound by the confidentiality in my code of conduct, but my code also says that the welfare of a child comes first.

Parisa Rahimi
Community Interpreter (Dari, Farsi, Pashto)
07700 900 164
""")
    report = pdf_att("Interpreter record - 14.06.2073.pdf", "INTERPRETER'S RECORD OF A CONCERN", [
        "Date: 14/06/2073. Assignment: health visitor home visit, 15:00-16:10, Roehampton (booking LB-77120).",
        "Interpreter: Parisa Rahimi (Dari).",
        "Family: mother Gulalai; father Ahmad Zia (not present). Children: Mustafa, aged 7, and a baby girl of",
        "4 months. Mustafa has one name only - the family do not use a surname, and his school and Home Office",
        "papers show just 'Mustafa'.",
        "",
        "What happened: after the health visitor left, the mother asked me to stay for a few minutes and spoke to",
        "me in Dari. My record of her words, translated:",
        "\"My husband beats Mustafa with the electric cable to teach him. Last night he beat him because he wet the",
        "bed. He says if he wets again tonight he will beat him again, more.\"",
        "While she was speaking Mustafa came in to change his trousers and I saw red lines across the backs of both",
        "his legs, some with broken skin.",
        "The mother asked me not to tell anyone because her husband would send her back. The father comes home from",
        "work at about 8pm.",
        "",
        "What I did: I told the mother I could not keep this secret because it is about a child. I did not tell the",
        "health visitor because she had already left. I am sending this record to the council by email.",
        "Address: Flat 6, Corbett House, Roehampton, SW15 9ZQ."])
    top = plain_top(f, addr("Parisa Rahimi", "parisa.rahimi@linguabridge.example"), addr(None, RED),
                    "Interpreter's concern after a home visit today - please pass to the right team", when,
                    "linguabridge.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [report], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "urgent", "other", True, None, [],
        [ch("Mustafa")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN INTERPRETER WRITES IN, THE RISK ONLY IN THE ATTACHED PDF: the mother told her in Dari that the father "
        "beats 7-year-old Mustafa with an electric cable 'to teach him', that he did last night and will again "
        "'tonight' if he wets the bed; she saw red lines with broken skin; the father is home at 8pm; sent at 17:42 "
        "(out of hours) to the Early Help inbox (the wrong one). Immediate risk tonight -> urgent -> alert_duty. "
        "No alarm word anywhere. Not a step request -> other. ONE-WORD NAME: the record says Mustafa has one name "
        "only, no surname -> labelled 'Mustafa' (a full name, not a first name missing its surname); no DOB. The "
        "baby sister is not named. physical_harm.",
        not_children=["Parisa Rahimi", "Gulalai", "Ahmad Zia"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2073-07-05 10:20:15"
    body = T("""
Dear Early Help duty,

As agreed with Jasper on the phone this morning, the step down case discussion is on Monday 10th July at 10am (Teams). The case summary and the draft Early Help plan are attached.

CHEN Yutong (girl), DOB 08/03/2071, Mosaic 2801122
CHEN Haoran (boy), DOB 30/10/2066, Mosaic 2801123
Family names first, as the family write them (surname Chen). Parents: CHEN Wei and LIU Fang - mum keeps her own family name.

Please note for the file, because the referral history reads badly: the case opened in February after nursery reported "bruising" on Yutong's lower back and buttocks. At the strategy discussion the paediatrician confirmed the marks are congenital dermal melanocytosis (Mongolian blue spots), present since birth and recorded in her red book. The s47 ended with no further action and there were no concerns of physical harm. Nursery now have a copy of the paediatrician's letter and the body map, so it doesn't happen again.

We stayed involved because of mum's postnatal depression after a very hard winter. She is now well supported by the perinatal mental health team and her GP, and the family belong to the Chinese church in Clapham, where she goes to the mums' group every week. Haoran (6) is doing well at school.

Both parents consent to the step down to Early Help - we talked it through with a Mandarin interpreter on 3 July. My TM, Rowan Achterberg, has agreed it.

Thanks,
Eleni

Eleni Stavrou
Social Worker | Child in Need Team (Wandsworth) | Wandsworth Children's Services
020 7946 0896

""") + RDISC
    summary = pdf_att("Case summary - CHEN - July 2073.pdf", "Case summary - CHEN family", [
        "Children: CHEN Yutong (2), CHEN Haoran (6). Parents: CHEN Wei, LIU Fang.",
        "February 2073: nursery referral (marks on lower back). Strategy discussion; paediatric assessment:",
        "congenital dermal melanocytosis, present since birth, in the red book. s47: no further action.",
        "CIN plan: mother's postnatal depression. Perinatal mental health team involved; mood much improved.",
        "Recommendation: step down to Early Help."])
    plan = docx_att("Draft EH plan - CHEN.docx", [
        "# Draft Early Help plan - CHEN family",
        "Early Help worker to visit monthly; perinatal mental health team to continue; nursery to share Yutong's "
        "progress; mum to continue the church mums' group; review within 4 weeks of handover."])
    top = outlook_top(f, addr("Stavrou, Eleni", "Eleni.Stavrou@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - CHEN Yutong and CHEN Haoran - case discussion Mon 10th July 10am", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2801122", "2801123"],
        [ch("Chen Yutong", "2071-03-08", "08/03/2071", as_written="CHEN Yutong"),
         ch("Chen Haoran", "2066-10-30", "30/10/2066", as_written="CHEN Haoran")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - 'BRUISING' THAT WAS MONGOLIAN BLUE SPOTS: the referral history (nursery's 'bruising', a "
        "strategy discussion, a s47) is explained as congenital dermal melanocytosis confirmed by the paediatrician, "
        "'no concerns of physical harm' -> no physical_harm, not urgent. FAMILY NAME FIRST IN CAPITALS ('CHEN "
        "Yutong', 'surname Chen') -> labelled in the written order with the capitals normalised: 'Chen Yutong', "
        "'Chen Haoran'; the parents are adults. Complete Richmond & Wandsworth step-down (case summary PDF, draft "
        "plan .docx, 'Both parents consent' -> true) -> book_meeting. TM 'has agreed it' -> true. Mum's postnatal "
        "depression -> parental_mental_health.",
        not_children=["Eleni Stavrou", "CHEN Wei", "LIU Fang", "Rowan Achterberg"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2073-07-13 19:26:40"
    body = T("""
Hi, I'm a youth worker at Wandle Youth Project in Putney. I'm sending this here because it's the only address on the partnership website, and the number I rang went to a message.

One of my young people, Elira Hoxha (16), has been messaging me since 7. Copying them exactly:

19:02 my dad found out about jay. he saw the messages
19:03 my brothers are driving round looking for me. they said ive shamed the family and theyll sort me out
19:05 im in the toilets at putney library. it shuts at 8
19:06 i cant go home. please dont call my mum she will tell them
19:14 my brother just rang me 9 times

I'm driving over but I'm 40 minutes away. The family are Albanian; she told me before that her older brothers "deal with" family problems, and that a cousin was sent back to Albania after she had a boyfriend.

Can someone from the out of hours team ring me on 07700 900 527? I'll keep my phone on.

Kemi Adeyinka-Shaw
Senior Youth Worker, Wandle Youth Project

Sent from my Galaxy
""")
    top = plain_top(f, addr("Kemi Adeyinka-Shaw", "kemi@wandleyouth.example"), addr(None, RSU),
                    "Elira H (16) - can't go home tonight", when, "wandleyouth.example", None)
    add(f, phone_mail(f, top, body, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Elira Hoxha")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "HONOUR-BASED ABUSE ON A PHONE, OUT OF HOURS (19:26): a youth worker forwards a 16-year-old's texts - her "
        "brothers are driving round looking for her, 'ive shamed the family and theyll sort me out', she is hiding "
        "in a library that shuts at 8 and cannot go home -> immediate risk tonight -> urgent -> alert_duty. No alarm "
        "word anywhere. Not a step request -> other. A threat of unspecified violence by family members for "
        "'shame' -> domestic_abuse (honour-based abuse); no violence used yet, so no physical_harm (see the "
        "README's convention). Android mail: one base64 text/plain part, LF line ends.",
        not_children=["Kemi Adeyinka-Shaw"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2073-06-19 09:05:00"
    body = T("""
You are invited to our summer masterclass for MASH and Early Help teams.

Culture, faith and belief: a safeguarding practice masterclass
Wednesday 5 July 2073, 09:30-12:30, Microsoft Teams

We will work through four fictional case studies. None of them is about a real child or family:
- Case study A: "Child K", aged 8, whose family believe he is possessed and take him to a "deliverance" service.
- Case study B: "Child M", aged 11, whose grandmother flattens her breasts with a heated stone.
- Case study C: "Child R", aged 15, who tells a teacher she will be married abroad in the summer holidays - the "one chance" rule.
- Case study D: "Child S", whose father says that beating him with a belt is his cultural right as a parent.

Speakers: a specialist from a national charity working with African and Caribbean communities, a faith leader from the borough's interfaith forum, and the partnership's designated safeguarding lead for health.

Please accept or decline so that we can plan the breakout rooms. This is training only: please do not bring real case details.

Richmond and Wandsworth Safeguarding Children Partnership - Learning and Development
""")
    cal = ics("REQUEST", f, dt(when), "20730705T093000", "20730705T123000",
              "Culture, faith and belief - practice masterclass", "Microsoft Teams", body,
              ("RWSCP Learning and Development", "learning@rwscp.example"),
              [("MASH Step Up", RSU, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Early Help Duty", RED, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("RWSCP Learning and Development", "learning@rwscp.example"), addr("MASH Step Up", RSU),
                      "Culture, faith and belief - practice masterclass", when, cc=addr("Early Help Duty", RED),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")],
                      mid_domain="DB9P251MB0713.EURP251.PROD.OUTLOOK.COM")
    add(f, itip_request_mail(f, top, body, cal), "richmond_wandsworth", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING INVITATION (an Outlook meeting REQUEST, text/calendar method=REQUEST, not a reply) "
        "whose fictional case studies are this theme's urgent situations: a boy 'possessed', breast flattening with "
        "a heated stone, a girl to be married abroad in the holidays, a belt as 'cultural right'; 'fictional', "
        "'None of them is about a real child', 'training only' -> no real child, not urgent, no concerns. An "
        "invitation is not an iTIP REPLY -> not meeting_reply; not a request -> other -> human_review.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2073-04-24 14:15:30"
    body = T("""
Hi Early Help Hub,

I'm stepping Wulan and her brother Bima down to a Team Around the Family at the end of my Child and Family Assessment.

Wulan - DOB 09/09/2066 - Mosaic ID 2850117
Wulan has one name only. She has no family name, which is common in Java, and her passport and school records show just "Wulan" - please don't add her dad's name as a surname.

Bima Sutrisno - DOB 22/01/2069 - Mosaic ID 2850118
Bima was registered at nursery with his dad's name as a surname, so he is "Bima Sutrisno" on his records.

Parents: Pak Sutrisno (dad, also one name only) and Ibu Sri Wahyuni (mum).

The family came from Surabaya in 2071 for dad's PhD at Queen Mary. The concerns were mum's depression and isolation after Bima's hearing loss was diagnosed last year. Bima now has hearing aids and a teacher of the deaf visits his nursery. Mum has joined the Indonesian women's Qur'an study group (pengajian) at a mosque in Whitechapel and says it has changed everything for her; she is also seeing her GP.

Lead practitioner: Shanice Obeng, Family Support Worker, Bow Children and Family Centre - she has met the family and has agreed to take the role.

The draft TAF plan is attached. Both parents have signed the consent form for Early Help.

The C&F assessment is with my manager for authorisation - I'll send it as soon as it is signed off on Mosaic (hopefully Wednesday). I'll hold the TAF meeting within 10 working days of it.

Thanks,
Owen

Owen Treharne
Social Worker | Children's Social Work (Assessment) | Tower Hamlets Council
020 7946 0261

""") + TDISC
    plan = docx_att("Draft TAF plan - Wulan and Bima.docx", [
        "# Draft TAF plan",
        "Children: Wulan (6); Bima Sutrisno (4). Lead practitioner: Shanice Obeng, Bow Children and Family Centre.",
        "Outcomes: mum's mood and confidence; Bima's hearing and speech; Wulan settled at school.",
        "Actions: Family Support Worker fortnightly; teacher of the deaf at nursery; GP review of mum's medication; "
        "mum to continue the women's study group; TAF review every 6 weeks."])
    top = outlook_top(f, addr("Treharne, Owen", "Owen.Treharne@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Wulan and Bima Sutrisno - TAF plan attached", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2850117", "2850118"],
        [ch("Wulan", "2066-09-09", "09/09/2066"), ch("Bima Sutrisno", "2069-01-22", "22/01/2069")],
        ["disability_send", "parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "ONE-WORD NAME: 'Wulan has one name only ... please don't add her dad's name as a surname' -> labelled "
        "'Wulan' (her full name); her brother is registered as 'Bima Sutrisno'; the parents are adults. Tower "
        "Hamlets step-down (REQUIREMENTS: draft TAF plan attached, 'Both parents have signed the consent form' -> "
        "true, lead practitioner Shanice Obeng with her agency; the C&F assessment 'is with my manager ... I'll "
        "send it as soon as it is signed off' -> assessment missing) -> request_info. 'Mosaic ID 2850117' -> "
        "'2850117'. Bima's hearing loss -> disability_send; mum's depression -> parental_mental_health. The "
        "mosque's study group is a strength.",
        not_children=["Owen Treharne", "Pak Sutrisno", "Ibu Sri Wahyuni", "Shanice Obeng"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2073-05-16 12:35:19"
    body = T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support for Nusrat Chowdhury, DOB 22/08/2057, Mosaic 2844019. I drafted this on Friday: Kwame (my manager, copied) read it and agreed the step up on Friday afternoon, and mum agreed to the referral to MAST when I saw her on Friday.

Summary: Nusrat is in Year 11 at Bow Creek Academy. Early Help have worked with the family since September because of mum's depression, dad's gambling debts and Nusrat being kept at home to look after her three younger sisters. Over the last two months her brothers (19 and 21) have started checking her phone and walking her to and from school, and she was not allowed to go to her college interview. We have not been able to get dad to a single TAF meeting.

Anjali

Anjali Raman
Early Help Practitioner | Poplar Early Help Hub | Tower Hamlets Council
020 7946 0377

P.S. Since I drafted this, Nusrat came to find me at school at lunchtime today. Her brothers found photos of her with a boy from her class on her phone last night. Her older brother pushed her against the wall with his hand round her throat and told her she has shamed the family and will be sent to Sylhet "to be sorted out" as soon as her exams finish. There are red finger marks on both sides of her neck. She is in the school office with her head of year now and says she will not go home tonight. School finishes at 3.10.

""") + TDISC
    marf = pdf_att("MARF - Nusrat Chowdhury.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Nusrat Chowdhury. DOB: 22/08/2057. Mosaic: 2844019. School: Bow Creek Academy (Year 11).",
        "Referrer: Anjali Raman, Early Help Practitioner, Poplar Early Help Hub. Date completed: 12/05/2073.",
        "Parental consent to this request: Yes - mother, 12/05/2073.",
        "Manager agreement: Kwame Asante-Boateng, Early Help Team Manager, 12/05/2073.",
        "Is the child at immediate risk of significant harm? No (at the time of writing).",
        "Reasons: mother's depression; father's debts; Nusrat kept home to care for her sisters; brothers",
        "controlling her phone and movements; father not engaging with the TAF.",
        "Request: step up to Children's Social Care for a Child and Family Assessment."])
    top = outlook_top(f, addr("Raman, Anjali", "Anjali.Raman@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Nusrat Chowdhury (15) - MARF attached", when,
                      cc=addr("Asante-Boateng, Kwame", "Kwame.Asante-Boateng@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2844019"],
        [ch("Nusrat Chowdhury", "2057-08-22", "22/08/2057")],
        ["domestic_abuse", "parental_mental_health", "physical_harm", "young_carer"], True, True, [], None,
        "alert_duty",
        "HONOUR-BASED ABUSE IN A P.S. UNDER AN OTHERWISE ROUTINE MAST STEP-UP (after the signature): last night her "
        "brother held her by the throat, 'shamed the family', she 'will be sent to Sylhet \"to be sorted out\"', "
        "finger marks on her neck, she will not go home tonight -> immediate risk -> urgent -> alert_duty. The MARF "
        "drafted on Friday says 'immediate risk ... No (at the time of writing)': the latest statement wins. The "
        "request itself is complete (REQUIREMENTS Tower Hamlets step_up: the MARF attached, manager 'agreed the "
        "step up') -> missing []. Consent 'mum agreed to the referral to MAST' -> true. Concerns: honour-based "
        "control and the threat -> domestic_abuse; the assault -> physical_harm; mum's depression -> "
        "parental_mental_health; kept home to care for her sisters -> young_carer. 'Mosaic 2844019' -> '2844019'.",
        not_children=["Anjali Raman", "Kwame Asante-Boateng"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2073-04-21 09:48:36"
    body = T("""
Hello,

I'm the manager at Little Wrens Nursery in Bow and I'd like some advice. I'm not making a referral.

One of our children, Vihaan Mehta (DOB 14/01/2071), came back on Monday after a week away with his head completely shaved and a yellow-orange paste on his scalp. A new member of staff was worried and wrote it up as an "injury to the head". I spoke to mum at collection: the family are Hindu, and Vihaan had his mundan - the first-haircut ceremony - at their temple on Saturday. The paste is turmeric and sandalwood, which is traditional and soothes the skin after shaving. There are no cuts or marks of any kind. Our link health visitor saw him on Tuesday and had no concerns, and mum brought in photos of the ceremony to share with his key group.

My question is really about training: should staff record something like this as a concern at all, and do you have any guidance or training on cultural and religious practices that we could use with new staff? We don't want to get it wrong either way.

Thanks,
Lorraine Whitcombe
Nursery Manager, Little Wrens Nursery
020 7946 0152
""")
    top = plain_top(f, addr("Lorraine Whitcombe", "manager@littlewrens-bow.example"), addr("Early Help Hub", TEH),
                    "Advice please - head shaving after a ceremony - no referral made", when,
                    "littlewrens-bow.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Vihaan Mehta", "2071-01-14", "14/01/2071")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A RELIGIOUS PRACTICE THAT IS NOT HARM: a 2-year-old's shaved head and orange paste written up "
        "by new staff as an 'injury to the head' were his mundan (Hindu first-haircut ceremony) with turmeric and "
        "sandalwood paste; 'no cuts or marks', the health visitor had no concerns; the manager asks for training "
        "and is 'not making a referral' -> not urgent, no concerns. Not a step request -> other -> human_review. "
        "The child is named in full with a DOB, so he is labelled.",
        not_children=["Lorraine Whitcombe"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2073-06-07 15:40:12"
    body = T("""
Dear MAST team,

I'd like to step this family up to Children's Social Care. The MARF is attached.

Tanvir Hossain, 13, DOB 05/05/2060
Sumaiya Akter, 8, DOB 16/12/2064
Mosaic: 2861540
Both are Mrs Rahima Khatun's children. In many Bangladeshi families children have different second names, so the different surnames are correct.

Mum has severe depression and hardly leaves her bed. Dad works away in a restaurant and comes home one day a week. Tanvir is doing almost all the care: he gets Sumaiya to school, cooks, and goes with mum to her GP and hospital appointments to interpret, so he misses a lot of school - his attendance is 79%.

We've had a TAF since January with school, the GP, the young carers' service and a Sylheti interpreter at every meeting (so that Tanvir doesn't have to interpret). Mum agreed to a referral to the adult mental health team but hasn't been able to go. Things are getting worse, not better, and I think the family needs a statutory assessment.

Mum agrees to the step up - I explained it through the Sylheti interpreter on Monday.

I need to be honest about management oversight: my manager, Shirin Haque, does not agree to the step up. She thinks we should first try a carer's assessment for mum through adult services. I disagree - we have been waiting for that since March - and she has said I can send this so that MAST can give a view, but she has not agreed it.

Joseph Mensah-Whyte
Early Help Practitioner | Stepney Early Help Hub | Tower Hamlets Council
020 7946 0419

""") + TDISC
    marf = pdf_att("MARF - Hossain and Akter.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Tanvir Hossain (05/05/2060); Sumaiya Akter (16/12/2064). Mosaic 2861540.",
        "Parent: Rahima Khatun (mother). Language: Sylheti - interpreter needed; do not ask Tanvir to interpret.",
        "Referrer: Joseph Mensah-Whyte, Early Help Practitioner, Stepney Early Help Hub.",
        "Parental consent: Yes (mother, 05/06/2073, via interpreter).",
        "Manager agreement: Not agreed - S. Haque, Team Manager, 06/06/2073 (see covering email)",
        "Reasons: mother's severe depression; Tanvir a young carer; Tanvir's attendance 79%."])
    top = outlook_top(f, addr("Mensah-Whyte, Joseph", "Joseph.Mensah-Whyte@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Tanvir Hossain & Sumaiya Akter - MARF attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2861540"],
        [ch("Tanvir Hossain", "2060-05-05", "05/05/2060"), ch("Sumaiya Akter", "2064-12-16", "16/12/2064")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, False, ["manager_agreed"], None,
        "request_info",
        "Tower Hamlets MAST step-up for Bangladeshi siblings with different second names ('Tanvir Hossain', "
        "'Sumaiya Akter', both Mrs Rahima Khatun's children, the mail says the surnames are correct). REQUIREMENTS: "
        "MARF attached (request_for_support met); manager: 'my manager ... does not agree to the step up ... she has "
        "not agreed it', the MARF's 'Not agreed' -> false (a stated disagreement; being allowed to send it for "
        "MAST's view is not agreement) -> manager_agreed missing -> request_info (a dispute the seed sends to the "
        "partnership escalation procedure). Consent 'Mum agrees "
        "to the step up' -> true. 'Mosaic: 2861540' -> '2861540'. Mum's depression -> parental_mental_health; "
        "Tanvir's caring and interpreting -> young_carer; 79% -> school_attendance. Not urgent.",
        not_children=["Joseph Mensah-Whyte", "Rahima Khatun", "Shirin Haque"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2073-06-30 16:20:55"
    body = T("""
salaam alaykum

my name is Fadumo Ali Hassan i live in stepney. my son is Abdiwali Mohamed Yusuf he is 9 years old. (in somali name the second name is the father name so his name is not same like me)

today after school he go to the quran class in the room upstair of the shops near the market. the teacher hit him with a stick on his hands and his back many times because he forget the surah. his back have red lines and one is bleeding, i put cream. he say the teacher hit other boys also and he lock the small ones in the cupboard room when they cry. the teacher tell them if you tell your parents i will hit more.

tomorrow saturday the class is from 10 o clock all the day. my husband say he must go because the teacher is a respect man in the community and all the other parents send there children. i dont want to send him. the other mothers are afraid to speak.

i got this email from the school office. please what i do. my phone 07700 900 846 (somali please, or my daughter speak english)

Fadumo
""")
    top = plain_top(f, addr("Fadumo Ali Hassan", "fadumo.alihassan@mailbox.example"), addr(None, TMAST),
                    "my son hit in quran class", when, "mailbox.example", None)
    add(f, phone_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Abdiwali Mohamed Yusuf")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A MOTHER WRITES IN NON-NATIVE ENGLISH ABOUT A SUPPLEMENTARY SCHOOL: the teacher at an evening Quran class "
        "beat her 9-year-old with a stick today (red lines, one bleeding), hits other boys and locks the youngest "
        "in a cupboard, threatens more if they tell; the class runs all day tomorrow (Saturday) and the father "
        "insists he goes; other mothers afraid -> harm today and tomorrow to him and other children (a person in a "
        "position of trust) -> urgent -> alert_duty, sent on a Friday at 16:20. No alarm word anywhere. Not a step "
        "request -> other. Somali naming: 'Abdiwali Mohamed Yusuf' (given name, father's and grandfather's names) "
        "labelled in full; no DOB. physical_harm.",
        not_children=["Fadumo Ali Hassan"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2073-07-06 10:50:03"
    body = T("""
Dear colleagues,

My Child and Family Assessment for Zainab and Idris concluded on 30/06/2073 with a recommendation of step down to a Team Around the Family. I'll arrange and chair the TAF meeting on Thursday 13 July at 2pm at Mile End Children and Family Centre. The assessment and the TAF plan are attached.

Zainab Hussain, DOB 27/09/2056, Mosaic 2819930
Idris Hussain, DOB 11/03/2064, Mosaic 2819931

History, so that the lead practitioner has it in one place: in 2070 a Forced Marriage Protection Order was made to protect Zainab, then 13, when her father planned a trip to Pakistan. The order and the passport order were discharged by the court in January 2072. Dad left the family home in 2071, lives in Birmingham and has had no contact since. There have been no concerns about forced marriage or honour-based abuse since then; Zainab is now 16, in Year 11, and says she feels safe at home and close to her mum. The case was reopened this year only because of Idris.

Current needs: Idris (9) is autistic and is waiting for his EHCP assessment. His behaviour at home is very hard for mum to manage, and Zainab does a lot of caring for him around her GCSEs.

Lead practitioner: Kerry-Ann Fontaine, SENCo, Cordwainer Fields Primary School - she knows Idris well and has agreed to take the role.

Mum consents to the step down, and Zainab, who is 16, has given her own consent too.

Regards,
Marguerite

Marguerite Oduro
Senior Social Worker | Children's Social Work (Team 4) | Tower Hamlets Council
020 7946 0608

""") + TDISC
    cfa = pdf_att("C&F Assessment - Hussain - June 2073.pdf", "Child and Family Assessment - summary and outcome", [
        "Children: Zainab Hussain (16), Idris Hussain (9). Mosaic 2819930, 2819931. Concluded 30/06/2073.",
        "History: Forced Marriage Protection Order (2070) discharged January 2072; no concerns since; father no",
        "contact since 2071.",
        "Needs: Idris - autism, EHCP assessment pending, behaviour at home; Zainab - caring for her brother.",
        "Outcome: no further statutory involvement; step down to a TAF with a lead practitioner from school."])
    plan = docx_att("TAF plan - Hussain.docx", [
        "# TAF plan - Hussain family",
        "Lead practitioner: Kerry-Ann Fontaine (SENCo, Cordwainer Fields Primary School).",
        "Actions: EHCP assessment to be chased; short breaks referral for Idris; young carers' service for Zainab; "
        "parenting support for autism (Cygnet-type group) for mum; TAF review in 6 weeks."])
    top = outlook_top(f, addr("Oduro, Marguerite", "Marguerite.Oduro@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Hussain family (Zainab and Idris)", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2819930", "2819931"],
        [ch("Zainab Hussain", "2056-09-27", "27/09/2056"), ch("Idris Hussain", "2064-03-11", "11/03/2064")],
        ["disability_send", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC FORCED MARRIAGE CASE NOW CLOSED: a Forced Marriage Protection Order made in 2070 and "
        "discharged in January 2072, the father gone since 2071, 'no concerns about forced marriage or honour-based "
        "abuse since then', Zainab feels safe -> historic, not urgent, no domestic_abuse. Complete Tower Hamlets "
        "step-down (REQUIREMENTS: C&F assessment PDF, TAF plan .docx, consent from mum and from Zainab herself, "
        "lead practitioner with her agency) -> book_meeting. Idris's autism and EHCP -> disability_send; Zainab's "
        "caring -> young_carer. 'Mosaic 2819930' -> '2819930'.",
        not_children=["Marguerite Oduro", "Kerry-Ann Fontaine"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2073-07-20 17:35:21"
    orig = T("""
Sister Rokeya, assalamu alaikum,

I am writing as the welfare officer at Masjid Dar al-Sakina. After Asr prayer today Sister Hafsa Karim came to me very upset about her daughter Raisa, who is 10.

Hafsa's sister-in-law has brought a man to the house who calls himself a "raqi" and says Raisa has a jinn, because she has been answering back and having nightmares. On Tuesday, and again last night, he beat Raisa with a stick and pressed hard on her throat and her stomach while shouting at the jinn to leave her. Hafsa says Raisa was sick and could not breathe properly. Raisa has bruises on her arms and her back. The man is coming back tonight after Isha, about 10.30pm, for what he calls the last session, and the sister-in-law and Raisa's father insist on it.

I want to be clear that what this man is doing is not ruqyah and has nothing to do with our faith. Ruqyah is the recitation of the Qur'an and prayer; it never involves hitting anyone, least of all a child. Hafsa does not want it to happen again, but she is frightened of her husband's family. She gave me permission to contact you.

Brother Yusuf Miah
Safeguarding and Welfare Officer, Masjid Dar al-Sakina, Bethnal Green
07700 900 219
""")
    body = T("""
MAST - please see the message below from the welfare officer at the mosque near the market, which came into my inbox at 5.10. Raisa Karim is on our Early Help caseload (Mosaic 2836602). I'm trying mum's phone now and will stay on until I hear from you.

Rokeya

Rokeya Choudhury
Early Help Practitioner | Bethnal Green Early Help Hub | Tower Hamlets Council
020 7946 0734 | 07700 900 480
""") + quote("Yusuf Miah <welfare@dar-alsakina.example>", "20 July 2073 17:08",
             "Choudhury, Rokeya <Rokeya.Choudhury@towerhamlets.gov.uk>", "Raisa - please help tonight", orig)
    top = outlook_top(f, addr("Choudhury, Rokeya", "Rokeya.Choudhury@" + TDOM), addr("MAST", TMAST),
                      "FW: Raisa - please help tonight", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["2836602"],
        [ch("Raisa Karim")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN ACCUSATION OF JINN POSSESSION, THE RISK IN THE QUOTED MESSAGE OF A MOSQUE WELFARE OFFICER (a community "
        "leader): a self-styled 'raqi' beat a 10-year-old with a stick and pressed on her throat on Tuesday and last "
        "night, bruises, she could not breathe, and he returns 'tonight after Isha, about 10.30pm'; the father and "
        "aunt insist -> immediate risk tonight -> urgent -> alert_duty, forwarded at 17:35 (out of hours). The "
        "Early Help practitioner's cover note only points to it: the facts are all in the quoted block. Not a step "
        "request -> other. 'Mosaic 2836602' -> '2836602'. physical_harm.",
        not_children=["Rokeya Choudhury", "Hafsa Karim", "Yusuf Miah"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2073-05-02 09:31:47"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "d.okonkwo@bowcommunityhealth.example",
               "[SB-tower_hamlets-512] Step-down request received", addr("Early Help Hub", TEH),
               "2073-05-02 09:30:12")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied, X-MS-Exchange-Message-Is-Ndr) for stepbot's own acknowledgement [SB-tower_hamlets-512] to a "
        "mistyped external address: auto_reply -> ignore (DESIGN safety rule 2: never answered). Dated Tue 2 May, "
        "the first working day after the Early May bank holiday.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2073-04-18 15:10:27"
    body = T("""
Hello Early Help,

Please could I have a triage slot for a step down to level 3 Early Help for:

Sólveig Einarsdóttir, DOB 02/06/2062, LCS-3318842
Ari Einarsson, DOB 15/11/2069, LCS-3318843

They are sister and brother. Icelandic surnames are patronymics, so Sólveig is "Einar's daughter" and Ari is "Einar's son". Mum is Katrín Jónsdóttir (her father was Jón), so nobody in the household shares a surname, and that is correct on LCS.

Ari is 3, so I understand this will go to the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Morwenna Hext, has recorded her manager's analysis on LCS confirming the threshold for level 3 is met. Katrín has given her consent to level 3 Early Help - she'd like a worker who can help with Ari's nursery place and her own counselling.

Background in brief: the family moved to Brixham in 2071 for dad's work on the boats. Dad went back to Iceland last autumn and the separation hit Katrín very hard: she had a spell of heavy drinking over the winter, which she has now stopped (sober since February, with the alcohol service), but she still has very low days and is waiting for counselling. Sólveig (10) is still doing a lot of the looking after of Ari before and after school.

Thanks,
Kerensa

Kerensa Polglase
Social Worker | Single Assessment Team | Torbay Council
01632 960 482

""") + BDISC
    sa = pdf_att("Single Assessment - Einarsdottir and Einarsson.pdf", "Single Assessment - analysis and outcome", [
        "Children: S. Einarsdottir (10), A. Einarsson (3). Mother: K. Jonsdottir. LCS-3318842, LCS-3318843.",
        "Analysis: the children are well cared for; mother's low mood continues; alcohol use stopped in February",
        "with the alcohol service; the older child takes on caring tasks for her brother.",
        "Rationale for step down: no statutory intervention needed; a level 3 coordinated response is needed for",
        "mother's mental health, the younger child's nursery place and the older child's caring role.",
        "Manager's analysis (M. Hext, Team Manager): threshold for level 3 met; agree step down."])
    top = outlook_top(f, addr("Polglase, Kerensa", "Kerensa.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Step down request - triage slot please - Einarsdóttir / Einarsson (LCS-3318842)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3318842", "LCS-3318843"],
        [ch("Sólveig Einarsdóttir", "2062-06-02", "02/06/2062"), ch("Ari Einarsson", "2069-11-15", "15/11/2069")],
        ["parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "ICELANDIC PATRONYMICS: sister and brother with different surnames ('Sólveig Einarsdóttir', 'Ari Einarsson') "
        "and mum 'Katrín Jónsdóttir' with a third - all correct, the mail says so; labelled with their accents "
        "(UTF-8 quoted-printable body, RFC 2047 subject). Complete Torbay level 3 step-down (REQUIREMENTS: Single "
        "Assessment PDF; 'her manager's analysis ... confirming the threshold for level 3 is met' -> manager true; "
        "'has given her consent to level 3 Early Help' -> true) -> book_meeting. Ari is 3 -> the fortnightly "
        "under-5s triage (not a label). Concerns: mum's low days -> parental_mental_health; Sólveig's caring -> "
        "young_carer; the drinking stopped in February is history, not labelled.",
        not_children=["Kerensa Polglase", "Katrín Jónsdóttir", "Morwenna Hext"])

def torbay_02():
    f = "torbay_02.eml"; when = "2073-07-03 11:25:40"
    body = T("""
Dear MASH,

I'm making a contact to MASH about Blessing Fon (DOB 27/03/2061), EHM-764220. I have been her lead professional at level 3 since January.

First, so that nobody is misled by the history on the file: this is NOT about the breast flattening that came to light in October 2072. That was dealt with at the time - a strategy discussion, a section 47 enquiry and a medical with the community paediatrician. The maternal grandmother who did it went back to Cameroon in December and has not returned, Blessing's chest has healed, she has talked it through with the school nurse and she says nothing like it has happened since. Mum went to the harmful practices awareness session and was horrified by what her mother had done. I have no current concerns of that kind.

What has changed is mum's drinking. Since Easter mum has been drinking most evenings, and Blessing (12) is getting her brothers (4 and 7) up, fed and to school on her own. Her own attendance is down to 76%, and last week there was no food in the house on two of my visits. Mum has stopped coming to the TAF.

My manager, Demelza Rowe (Assistant Team Manager), and I agree this needs to be considered for a level 4 intervention. Mum consents to the contact to MASH - she said yesterday "I know I need more help".

Jago Trebilcock
Early Help Practitioner | Paignton Early Help Team | Torbay Council
01632 960 377

""") + BDISC
    top = outlook_top(f, addr("Trebilcock, Jago", "Jago.Trebilcock@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH (step up L3 to L4) - Blessing Fon - EHM-764220", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-764220"],
        [ch("Blessing Fon", "2061-03-27", "27/03/2061")],
        ["neglect", "school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "NEAR MISS - BREAST FLATTENING NEGATED AND HISTORIC: 'this is NOT about the breast flattening that came to "
        "light in October 2072' - strategy discussion, s47 and medical done, the grandmother gone back to Cameroon "
        "in December, healed, 'no current concerns of that kind' -> not urgent, no physical_harm. The current "
        "worries are a planned step-up: mum's drinking -> substance_misuse; no food in the house -> neglect; a "
        "12-year-old caring for her brothers -> young_carer; 76% -> school_attendance. Complete Torbay step-up "
        "(REQUIREMENTS: 'Mum consents to the contact to MASH' -> true; 'My manager ... and I agree this needs to be "
        "considered for a level 4 intervention' -> true) -> book_meeting. Level 3/4 words but no level on a "
        "step_up.",
        not_children=["Jago Trebilcock", "Demelza Rowe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2073-06-14 13:05:18"
    body = T("""
MASH,

I'm the level 3 lead professional for the Ashworth family, EHM-765118. The school rang me at 12.20.

Ezra Ashworth (DOB 19/01/2062) came into school this morning walking stiffly. At lunch he told the DSL that his dad hit him with a belt last night "for lying" and showed her the backs of his legs: five or six raised red and purple stripes across both thighs and one across his lower back.

When the DSL rang Mr Ashworth to ask him to come in, he said it was "biblical discipline, not abuse", that "no school or council will tell me how to raise my children", and that Ezra "will get the rest of it tonight for telling tales". He collects the children at 3.15 as usual.

Ezra's sister Hope Ashworth (7) and brother Micah Ashworth (4) are at the same school. Mum, Rebecca Ashworth, is at home; she has told me before that she agrees with dad's "correction" of the children.

The family used to attend a small independent church in Torquay. The pastor there told me they do not teach physical punishment and he is willing to help, but dad left that church last year and now leads his own home group.

My ATM, Demelza Rowe, and I agree this needs to be looked at for level 4 today. I haven't asked the parents for consent to this contact, and I don't think we should tell them before MASH has spoken to the school.

Lowenna Pascoe
Early Help Practitioner | Torquay Early Help Team | Torbay Council
01632 960 415 | 07700 900 638

""") + BDISC
    top = outlook_top(f, addr("Pascoe, Lowenna", "Lowenna.Pascoe@" + BDOM), addr("MASH", BMASH),
                      "URGENT - contact to MASH - Ezra Ashworth (11) - marks seen at school today", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-765118"],
        [ch("Ezra Ashworth", "2062-01-19", "19/01/2062"), ch("Hope Ashworth"), ch("Micah Ashworth")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "HARSH PHYSICAL CHASTISEMENT DEFENDED AS 'BIBLICAL DISCIPLINE', TODAY: belt welts across an 11-year-old's "
        "thighs and back, the father says he 'will get the rest of it tonight for telling tales' and collects the "
        "children at 3.15 -> immediate risk -> urgent -> alert_duty. A Torbay step-up (the lead professional's "
        "contact to MASH, REQUIREMENTS: consent, manager_agreed): 'My ATM ... and I agree this needs to be looked "
        "at for level 4 today' -> true; 'I haven't asked the parents for consent to this contact' -> null (not "
        "asked, not refused) -> consent missing; urgent still comes first. The siblings are named in full (no "
        "DOBs). physical_harm.",
        not_children=["Lowenna Pascoe", "Rebecca Ashworth", "Demelza Rowe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2073-04-27 10:40:09"
    body = T("""
Dear MASH,

I'm the lead professional for the Munteanu family (EHM-763901), and I'd like MASH to consider them for level 4.

Ana-Maria Munteanu - DOB 11.11.2058 (14)
Ștefan Munteanu - DOB 02.02.2066 (7)

Ana-Maria has not been in school since 27 March. Her father, Mr Vasile Munteanu, told the school he would educate her at home, but when I visit she is at home on her own looking after her two-year-old sister, or out cleaning with her mum, and there is no sign of any education. The family belong to a small Romanian Pentecostal congregation in Paignton; the pastor has tried to persuade dad to send her back to school, without success. Ștefan is in school but has missed 11 days this term.

Since March the family have cancelled five of my visits and missed two TAF meetings. I used a Romanian interpreter every time.

Consent: I asked Mr and Mrs Munteanu on Tuesday, with the interpreter, whether they agree to a contact to MASH. Dad said clearly that he does not consent and that the church will look after his family; mum would not answer without him.

My team manager, Kitto Rosewarne, agrees it needs considering for level 4.

Tamsyn Bolitho
Early Help Practitioner | Paignton Early Help Team | Torbay Council
01632 960 391

""") + BDISC
    top = outlook_top(f, addr("Bolitho, Tamsyn", "Tamsyn.Bolitho@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Munteanu family - EHM-763901", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-763901"],
        [ch("Ana-Maria Munteanu", "2058-11-11", "11.11.2058"), ch("Ștefan Munteanu", "2066-02-02", "02.02.2066")],
        ["non_engagement", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) for a Romanian Pentecostal family: a 14-year-old out of school since 27 "
        "March with no education at home, her brother missing days -> school_attendance; five cancelled visits and "
        "two missed TAFs -> non_engagement. REQUIREMENTS Torbay step_up: consent - 'Dad said clearly that he does "
        "not consent' -> false (a stated refusal) -> consent missing; manager 'agrees it needs considering for level "
        "4' -> true -> request_info. 'Ștefan' carries a comma-below S (UTF-8). Not urgent.",
        not_children=["Tamsyn Bolitho", "Vasile Munteanu", "Kitto Rosewarne"])

def torbay_05():
    f = "torbay_05.eml"; when = "2073-07-11 14:00:30"
    body = T("""
Dear Early Help team,

I am the senior pastor of Bayview Christian Fellowship, a mainly Ghanaian and Nigerian congregation that meets at a community hall in Paignton.

After the recent national news about children harmed by so-called "deliverance", some of our members have asked what our church teaches. So that you have it in writing: we do not practise deliverance or exorcism on children, and we never will. We pray for people who ask us to, with their family present, and that is all. We do not teach that any child can be a witch or possessed - we teach that such an accusation is itself abuse.

A few weeks ago a mother asked me whether her son's tantrums could be "a spirit". I told her no, and that he should be seen by the school nurse or the GP. She accepted that gladly; the boy has since been assessed for ADHD and is doing well. I mention it only so that you know the question does come up.

Our safeguarding lead, Mrs Abena Owusu, has our written policy and is happy to share it. We would like our leaders and youth workers to attend your training on culture, faith and belief - could you send me the dates? We would also welcome someone from your team to speak at our leaders' meeting.

Yours faithfully,
Pastor Kwabena Ofori
Bayview Christian Fellowship
07700 900 904
""")
    top = plain_top(f, addr("Pastor Kwabena Ofori", "pastor@tcf-paignton.example"), addr(None, BEH),
                    "Training on faith and safeguarding for our church leaders", when, "tcf-paignton.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A COMMUNITY LEADER WRITES ABOUT POLICY: a pastor states that his church never practises "
        "deliverance or exorcism on children and teaches that calling a child a witch is abuse; the one mother who "
        "asked was told 'no', her son was assessed for ADHD 'and is doing well'; he asks for training dates -> "
        "negated, resolved and policy words only; no named child, no concern, not urgent. other -> human_review.",
        not_children=["Kwabena Ofori", "Abena Owusu"])

def torbay_06():
    f = "torbay_06.eml"; when = "2073-06-20 08:40:12"
    comment = ("Sorry, I can't join the triage at 10. I'm with Nadia Akhter (Y10) in my office. At 8.15 this "
               "morning she told me that the family's trip to Bangladesh, which was booked for the summer "
               "holidays, has been moved to this Friday, and that she overheard her mum and aunt saying she will be "
               "married to a man in Sylhet while they are there. Her mum has her passport. She is terrified, she "
               "begged me not to phone home, and she says she won't go home tonight. Can someone from MASH ring me "
               "on 01632 960 733 as soon as you can? I'm keeping her with me.")
    data = itip_reply(f, when, "Rosalind Gilbert", "r.gilbert@churstonvale.example.sch.uk",
                      ("Torbay Early Help", BEH), "DECLINED",
                      "Early Help triage - step down - LCS-3320457 [SB-torbay-377]", "20730620T100000",
                      "20730620T103000", "Microsoft Teams", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["LCS-3320457"],
        [ch("Nadia Akhter")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "FORCED MARRIAGE IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the Tuesday "
        "triage for this family's step-down, whose comment (in the text part and the calendar COMMENT) says a Year "
        "10 girl's summer-holiday trip to Bangladesh has been brought forward to Friday, she overheard she 'will be "
        "married to a man in Sylhet', her mum has her passport and she won't go home tonight. DESIGN safety rule 1 "
        "names a meeting reply's comment: urgent -> alert_duty (before record_reply), sent at 08:40 (before office "
        "hours). No alarm word anywhere. Case id from the SUMMARY (LCS-3320457). Forced marriage -> domestic_abuse "
        "(as knowsley_02). Nadia named in full, no DOB.",
        not_children=["Rosalind Gilbert"])

def torbay_07():
    f = "torbay_07.eml"; when = "2073-05-04 16:15:44"
    ack = ack_text("step-up", "SB-torbay-352", [
        "Case: EHM-763901", "Children: Ana-Maria Munteanu (11/11/2058), Ștefan Munteanu (02/02/2066)",
        "MASH threshold discussion: to be booked"], ["confirmation of parental consent to the contact"])
    body = T("""
Hi MASH,

An update on the Munteanu family. I visited again yesterday with the Romanian interpreter and the pastor from the family's church. After a long talk Mr Munteanu has now given his consent to the contact to MASH and signed our consent form - the scan is attached. Mrs Munteanu signed it too.

Nothing else has changed: Ana-Maria is still not in school.

Tamsyn

Tamsyn Bolitho
Early Help Practitioner | Paignton Early Help Team | Torbay Council
01632 960 391
""") + quote("MASH <mash@torbay.gov.uk>", "27 April 2073 10:52", "Bolitho, Tamsyn <Tamsyn.Bolitho@torbay.gov.uk>",
             "[SB-torbay-352] Contact to MASH received - EHM-763901", ack)
    form = pdf_att("Consent form - Munteanu - signed.pdf", "Torbay Early Help - consent to share information and "
                   "to a contact to MASH", [
        "Family: Munteanu. EHM-763901.",
        "I agree to the lead professional making a contact to MASH about my children.",
        "Signed: V. Munteanu (father)   Date: 03/05/2073",
        "Signed: E. Munteanu (mother)   Date: 03/05/2073",
        "Interpreter (Romanian) present: yes."])
    top = outlook_top(f, addr("Bolitho, Tamsyn", "Tamsyn.Bolitho@" + BDOM), addr("MASH", BMASH),
                      "RE: [SB-torbay-352] Contact to MASH received - EHM-763901", when)
    add(f, mail(f, top, body, [form], html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-763901"],
        [ch("Ana-Maria Munteanu", "2058-11-11", "11/11/2058"), ch("Ștefan Munteanu", "2066-02-02", "02/02/2066")],
        ["school_attendance"], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-torbay-352] (torbay_04's family): the refusal is now withdrawn - 'Mr Munteanu has now "
        "given his consent to the contact to MASH and signed our consent form' -> consent true (the latest "
        "statement wins), with the signed form attached as PDF. A reply -> follow_up -> attach_to_request, missing "
        "[]. Children and DOBs from the quoted acknowledgement. 'Ana-Maria is still not in school' -> "
        "school_attendance.",
        not_children=["Tamsyn Bolitho"])

def torbay_08():
    f = "torbay_08.eml"; when = "2073-07-07 12:30:01"
    body = T("""
Thank you for your email. I am on annual leave until Monday 17 July 2073 and will not be reading my emails.

Interpreter bookings for next week are being covered by my colleague Piran Hocking (piran.hocking@torbay.gov.uk).

For urgent same-day bookings - for example a child protection medical, a police interview, or a case of forced marriage or honour-based abuse where a family member must never be used to interpret - please ring the language line duty number, 01632 960 455 (8am to 8pm).

Jenifer Tregenza
Interpreting Services Coordinator | Torbay Council
""")
    data = ooo(f, when, "Tregenza, Jenifer", "Jenifer.Tregenza@" + BDOM, addr("Early Help", BEH),
               "Interpreter request - Vietnamese - triage Tues 11 July", body)
    add(f, data, "torbay", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE WHOSE BOILERPLATE LISTS THE THEME'S RISKS: 'urgent', 'child protection "
        "medical', 'forced marriage or honour-based abuse' appear only as examples of when to ring the language "
        "line; no child, no family. Outlook automatic reply (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) "
        "-> auto_reply -> ignore (DESIGN safety rule 2), not urgent.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2073-04-26 11:45:16"
    body = T("""
Hello Early Help co-ordinators,

Following my discussion with Verity at yesterday's drop-in, here is the Early Help Assessment step-down plan for the Gurung children at level 3, as a sibling group:

Sunita Gurung - 08/08/2061 - Mosaic ID 615502
Bibek Gurung - 30/01/2065 - Mosaic ID 615503
Pema Gurung - 17/04/2069 - Mosaic ID 615504

Attached: the step-down plan (Word) and Mrs Dil Maya Gurung's signed consent form (PDF).

Key person: Rita Thapa, Family Support Worker, Hereford Children and Family Centre. She speaks Nepali, the family know her well, and she has agreed to lead.

Background: dad served 22 years in the Brigade of Gurkhas and was diagnosed with PTSD after he left. His drinking and his outbursts at home led to the CIN plan. He has not had a drink for five months, goes to the veterans' mental health service and the Buddhist centre in Hereford every week, and there have been no incidents since November. He still has bad nights and is on the waiting list for trauma therapy. Mum works nights at the hospital.

There are no current concerns about domestic abuse and the children say home is calm.

Thanks,
Bethan

Bethan Prothero
Social Worker | Safeguarding and Family Support (Hereford City) | Herefordshire Council
01632 960 641

""") + HDISC
    plan = docx_att("EHA step-down plan - Gurung.docx", [
        "# Early Help Assessment - step-down plan (level 3)",
        "Children: Sunita Gurung, Bibek Gurung, Pema Gurung. Key person: Rita Thapa (Hereford Children and "
        "Family Centre).",
        "What are we worried about? Dad's PTSD and bad nights; the children's worry when he is low.",
        "What's working well? Dad's sobriety and his support; mum's work; the children's school attendance.",
        "Wellbeing plan - what needs to happen, by whom: Rita to visit fortnightly (Nepali); school ELSA for "
        "Bibek; veterans' service to continue; dad's trauma therapy referral to be chased by the GP.",
        "Achievable timescale: review at the next MAG."])
    consent = pdf_att("Signed consent - Gurung.pdf", "Herefordshire Early Help - consent", [
        "I agree to my family receiving Early Help support and to information being shared with the services",
        "named in the plan.",
        "Children: Sunita, Bibek and Pema Gurung.",
        "Signed: Dil Maya Gurung (mother)   Date: 24/04/2073"])
    top = outlook_top(f, addr("Prothero, Bethan", "Bethan.Prothero@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Gurung children (sibling group, level 3)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["615502", "615503", "615504"],
        [ch("Sunita Gurung", "2061-08-08", "08/08/2061"), ch("Bibek Gurung", "2065-01-30", "30/01/2065"),
         ch("Pema Gurung", "2069-04-17", "17/04/2069")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at level 3 (REQUIREMENTS: the EHA step-down plan .docx, the "
        "family's signed consent form PDF -> consent_form met and consent true, key person Rita Thapa with her "
        "agency) -> book_meeting. 'Mosaic ID 615502' -> bare numbers. Dad's PTSD with bad nights -> "
        "parental_mental_health; the drinking stopped five months ago and 'no current concerns about domestic "
        "abuse' are not labelled. The Buddhist centre and the veterans' service are strengths.",
        not_children=["Bethan Prothero", "Dil Maya Gurung", "Rita Thapa"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2073-06-15 09:55:08"
    body = T("""
Dear MASH,

I'm asking for a step up to social care for two children I have supported at Early Help level since January:

Nguyễn Minh Khoa - DOB 2064-04-12 (9)
Nguyễn Thảo Vy - DOB 2067-09-01 (5)
Mosaic 616901 (family)
(Vietnamese order - family name first; the children are called Khoa and Vy.)

Both parents work long shifts packing at a fruit farm near Leominster. Until March, Khoa was often left in charge of Vy in the family's caravan until 10pm. Since the TAF in March the parents have arranged for the children to go to a friend's caravan on the same site after school, and the farm's welfare officer checks on them; I have not found them alone since. But the caravan is damp and overcrowded, the children often arrive at school hungry, Vy needs six teeth out, and the parents have missed every health appointment I have arranged. I don't think Early Help is enough any more.

My manager, Hywel Bevan, agreed the step up in supervision on 13/06/2073. Both parents agree to the referral - I explained it with a Vietnamese interpreter.

Ceri Lloyd
Family Support Worker | Early Help (Leominster) | Herefordshire Council
01632 960 219

""") + HDISC
    top = outlook_top(f, addr("Lloyd, Ceri", "Ceri.Lloyd@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Nguyễn children - Mosaic 616901", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["616901"],
        [ch("Nguyễn Minh Khoa", "2064-04-12", "2064-04-12"), ch("Nguyễn Thảo Vy", "2067-09-01", "2067-09-01")],
        ["neglect"], True, True, [], None, "human_review",
        "A STEP-UP SENT TO HEREFORDSHIRE, WHOSE PROTOCOL DEFINES NO STEP-UP (REQUIREMENTS: 'step_up is not defined "
        "by this seed'): a kind the authority does not cover -> human_review, missing [] and notice null. FAMILY "
        "NAME FIRST, VIETNAMESE, WITH DIACRITICS: 'Nguyễn Minh Khoa', 'Nguyễn Thảo Vy' labelled as written (ISO "
        "DOBs; RFC 2047 subject). Current neglect (damp caravan, hungry, untreated teeth, missed appointments) -> "
        "neglect; being left in charge ended in March -> not young_carer. Not urgent. 'Both parents agree to the "
        "referral' -> consent true; 'agreed the step up' -> manager true.",
        not_children=["Ceri Lloyd", "Hywel Bevan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2073-07-10 18:05:37"
    paras = [
        "Dear Sir or Madam,",
        "I am a Bulgarian interpreter. Today at 15:30 I interpreted at a meeting at Eastnor Road Primary School in "
        "Ledbury for the Dimitrov family, about their son's attendance.",
        "After the meeting, outside the school, the mother asked me to stay. She took the bandage off her son's "
        "left hand. Her son is Kaloyan Georgiev Dimitrov, he is 6 (in Bulgarian names the middle name comes from "
        "the father's name, Georgi). The palm and the fingers are covered in blisters; some are broken and wet and "
        "there was a bad smell.",
        "The mother told me in Bulgarian that on Saturday her partner (he is not Kaloyan's father) held the boy's "
        "hand on the hot plate of the cooker \"to burn the devil out of him\", because a woman who reads coffee "
        "cups told him the boy has the evil eye and a demon inside. The mother has not taken Kaloyan to a doctor "
        "because the partner does not allow it. She said the partner will do \"the second cleansing\" tonight when "
        "he comes back from the farm at 8.",
        "I gave the mother the address of the minor injuries unit but she was too scared to go. They live in a "
        "caravan at Upper Lugg Farm near Ledbury. The mother's phone is 07700 900 592 (Bulgarian only).",
        "I do not know if this is the correct email - I found it on the council website. Please tell me if I "
        "should call somebody.",
        "Desislava Petrova\nInterpreter (Bulgarian, Russian)\n07700 900 377",
    ]
    h = simple_html(sum(([p, ""] for p in paras), [])[:-1])
    top = plain_top(f, addr("Desislava Petrova", "d.petrova@tulkove.example"), addr(None, HMASH),
                    "A boy with a burnt hand - information from an interpreter", when, "tulkove.example", None)
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kaloyan Georgiev Dimitrov")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "AN INTERPRETER WRITES IN (HTML-ONLY WEBMAIL, 18:05, out of hours) ABOUT AN ACCUSATION OF POSSESSION: a "
        "6-year-old's hand held on a cooker hot plate 'to burn the devil out of him', infected untreated blisters, "
        "medical care forbidden, and 'the second cleansing' planned 'tonight' at 8 -> immediate risk -> urgent -> "
        "alert_duty (Herefordshire defines no step-up, but an urgent mail is alerted whatever its kind). No alarm "
        "word anywhere. Not a step request -> other. Bulgarian patronymic middle name kept: 'Kaloyan Georgiev "
        "Dimitrov', no DOB. The burn -> physical_harm; no medical care for it -> neglect.",
        not_children=["Desislava Petrova"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2073-04-25 10:00:02"
    body = T("""
Dear colleagues,

Please share the attached 7-minute learning brief with your team. It summarises the learning from a local child safeguarding practice review about a child accused of witchcraft. The case closed in 2070; the child was adopted that year and is doing well, and the brief is fully anonymised.

No action is needed on any current case. The brief will be discussed at the partnership's culture, faith and belief learning event in the autumn.

Learning and Improvement Team
Herefordshire Safeguarding Children Partnership
""")
    brief = pdf_att("7-minute brief - Child H.pdf", "7-MINUTE LEARNING BRIEF: CHILD H (closed case)", [
        "1. The case. Child H was 7 in 2068 when his carers accused him of witchcraft after a death in the family.",
        "Over five months he was beaten, denied food and taken to 'deliverance' sessions at a private house. A",
        "teacher noticed his weight loss and bruising; he was taken into police protection the same day.",
        "2. Outcome. In 2069 both carers were convicted of child cruelty and imprisoned. Child H was placed with",
        "foster carers and adopted in 2070. The case is closed.",
        "3. Belief in spirit possession is not itself abuse; accusing and 'treating' a child is.",
        "4. Ask about faith and belief in every assessment - respectfully, and with an independent interpreter.",
        "5. Never use a family member to interpret when a child may be at risk.",
        "6. Faith leaders are partners: most condemn these practices and want to help.",
        "7. Escalate at once when a child is being 'delivered', starved or kept away from school."])
    top = plain_top(f, addr("HSCP Learning and Improvement", "learning@hscp-hereford.example"),
                    addr("Early Help Co-ordinators", HEH),
                    "7-minute learning brief: Child H (closed case) - culture, faith and belief", when,
                    "hscp-hereford.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [brief], html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HISTORIC, CLOSED CASE IN A LEARNING BRIEF: the PDF describes a 7-year-old accused of "
        "witchcraft in 2068, beaten, starved and 'delivered', taken into police protection; the carers convicted in "
        "2069, the child adopted in 2070, 'The case is closed', 'No action is needed on any current case'; "
        "anonymised ('Child H') -> no named child, no current risk, no concerns. other -> human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2073-06-21 13:30:29"
    ack = ack_text("step-down", "SB-herefordshire-218", [
        "Case: Mosaic 617015", "Children: Amira Siddiqui (05/05/2070)"],
        ["the family's written consent"])
    body = T("""
Hi,

Two things before you allocate:

1. The signed consent form is attached - mum signed it at my visit this morning.

2. You may get a call from Bromyard Road Nursery about "bruising" on Amira's hands and feet that a new member of staff noticed on Monday. I saw Amira today: it is mehndi (henna) from her aunt's wedding on Saturday - orange-brown patterns on her palms and the soles of her feet, which fade over a couple of weeks. There are no bruises or marks of any kind, and the nursery manager is happy and is reminding her staff what mehndi looks like. So no concerns, and nothing changes in the plan.

Aled

Aled Vaughan
Social Worker | Safeguarding and Family Support (Bromyard) | Herefordshire Council
01632 960 746
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "19 June 2073 15:40",
             "Vaughan, Aled <Aled.Vaughan@herefordshire.gov.uk>",
             "[SB-herefordshire-218] Step-down request received - Siddiqui", ack)
    form = pdf_att("Consent form - Siddiqui - signed.pdf", "Herefordshire Early Help - consent", [
        "I agree to my family receiving Early Help support.",
        "Child: Amira Siddiqui.",
        "Signed: Nadia Siddiqui (mother)   Date: 21/06/2073"])
    top = outlook_top(f, addr("Vaughan, Aled", "Aled.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-218] Step-down request received - Siddiqui", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["617015"],
        [ch("Amira Siddiqui", "2070-05-05", "05/05/2070")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS - MEHNDI MISTAKEN FOR BRUISING, IN A FOLLOW-UP: nursery staff reported 'bruising' on a 3-year-old's "
        "hands and feet; the social worker saw her today - henna patterns from a family wedding, 'no bruises or "
        "marks of any kind', 'no concerns' -> ruled out, not urgent, no physical_harm. A reply to "
        "[SB-herefordshire-218] adding the signed consent form ('mum signed it at my visit this morning' -> consent "
        "true) -> follow_up -> attach_to_request. Child, DOB and 'Mosaic 617015' (-> '617015') from the quoted "
        "acknowledgement.",
        not_children=["Aled Vaughan", "Nadia Siddiqui"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2073-06-29 11:20:54"
    fwd = T("""
Gwen,

Bilal Mirza (10H, DOB 03/02/2058) handed me the attached note at the end of form time and asked me to give it to you. He's in my classroom now (room 14) and doesn't want to leave. I've scanned the note in.

Tom
""")
    body = T("""
Please see below and the attached note. I'm not sure this is the right address - it's the one I have from a step down last year - please get it to whoever needs it.

Gwen

Gwenllian Price
Designated Safeguarding Lead | Wyeside High School
01632 960 518
""") + gmail_fwd("Tom Haverfield <t.haverfield@wyesidehigh.example.sch.uk>", "Thu, 29 Jun 2073 at 10:58",
                 "Bilal - note from form time", "Gwenllian Price <g.price@wyesidehigh.example.sch.uk>", fwd)
    note = pdf_att("Scan_0629_1057.pdf", "Scanned document", [
        "Sir please give this to Mrs Price.",
        "My dad found out I'm gay. My cousin told him. Last night my dad and my uncle said I have brought shame on",
        "the family and in the holidays they will take me to Pakistan to a place where they will \"fix\" me and find",
        "me a wife. My uncle had a knife and he held it by my face and said if I tell anyone or run away they will",
        "find me. My mum was crying.",
        "I can't go home today. Please don't ring my dad.",
        "Bilal"])
    top = plain_top(f, addr("Gwenllian Price", "g.price@wyesidehigh.example.sch.uk"), addr(None, HEH),
                    "Fwd: Bilal - note from form time", when, "wyesidehigh.example.sch.uk", None)
    add(f, mail(f, top, body, [note], html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Bilal Mirza", "2058-02-03", "03/02/2058")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "HONOUR-BASED ABUSE AGAINST A GAY BOY, FORWARDED TO THE WRONG INBOX, THE RISK ONLY IN THE ATTACHED SCAN: a "
        "school DSL forwards a teacher's note (Gmail 'Forwarded message') to the Early Help co-ordinators; the "
        "attached PDF is a 15-year-old's note - his father and uncle say he has 'brought shame on the family', "
        "plan to take him to Pakistan to be 'fixed' and married, the uncle held a knife by his face last night, 'I "
        "can't go home today' -> immediate risk -> urgent -> alert_duty. Not a step request -> other. A threat with "
        "a weapon by family members for 'shame' -> domestic_abuse (honour-based abuse, a planned forced marriage) "
        "+ physical_harm (see the README's convention). 'Safeguarding' appears only in the DSL's signature.",
        not_children=["Gwenllian Price", "Tom Haverfield"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2073-07-14 15:05:11"
    body = T("""
Dear colleagues,

I'd welcome a quick steer, and I don't think this is a referral.

We have a new Year 5 pupil, Jaskaran Singh, whose family have moved to the county from Wolverhampton. Jaskaran is amritdhari (initiated) and wears a kirpan, as his faith requires: a small ceremonial blade about 9cm long including the handle, blunt, in a sheath that is stitched shut and worn under his shirt on a strap. On his first day a lunchtime supervisor saw the strap and reported "a boy with a knife". There was no incident and the kirpan never came out.

I have met Jaskaran's father and the granthi from the gurdwara the family attend, and we have agreed a written plan with them: the sheath stays stitched, the kirpan is worn under clothing, and for PE it is secured under his kit. Staff have had a short briefing on the five Ks.

Jaskaran is a lovely, settled boy and there are no welfare concerns about him at all. My question is only whether there is anything I should be recording or notifying. I assume not.

Owain Pritchard
Headteacher, Marden Brook Primary School
01632 960 804
""")
    top = plain_top(f, addr("Owain Pritchard", "head@mardenbrook.example.sch.uk"), addr("Early Help Co-ordinators", HEH),
                    "Advice - Sikh pupil and his kirpan", when, "mardenbrook.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Jaskaran Singh")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A RELIGIOUS ARTICLE, NOT A WEAPON: a lunchtime supervisor reported 'a boy with a knife'; it is "
        "a Sikh pupil's kirpan (blunt, sheath stitched, worn under clothing), 'no incident', a plan agreed with the "
        "family and the gurdwara, 'no welfare concerns about him at all'; the head asks whether to record anything "
        "-> not urgent, no concerns. other -> human_review. The pupil is named in full (no DOB).",
        not_children=["Owain Pritchard"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2073-07-17 10:30:40"
    data = itip_reply(f, when, "Bethan Prothero", "Bethan.Prothero@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "ACCEPTED", "Step-down drop-in - Mosaic 617220 [SB-herefordshire-231]", "20730718T100000",
                      "20730718T103000", "Microsoft Teams")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["617220"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, for a Tuesday-morning step-down drop-in (Tue 18 July "
        "10:00) -> meeting_reply -> record_reply. The SUMMARY's 'Mosaic 617220' -> case id '617220' (a label "
        "before the number is not part of it).")


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
MISSING_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
               "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support",
               "case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
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

# England & Wales bank holidays in 2073 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day falls on Sunday 1 January, so the holiday is Monday 2 January; Good
# Friday 24 March; Easter Monday 27 March; the Early May bank holiday Monday 1 May; the Spring Bank Holiday Monday
# 29 May; the Late Summer Bank Holiday Monday 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday
# 26 December.
BANK_HOLIDAYS = {date(2073, 1, 2), date(2073, 3, 24), date(2073, 3, 27), date(2073, 5, 1), date(2073, 5, 29),
                 date(2073, 8, 28), date(2073, 12, 25), date(2073, 12, 26)}
IN_WINDOW = {date(2073, 5, 1): "May Day", date(2073, 5, 29): "Spring Bank Holiday"}
EASTER = {date(2073, 3, 24): "Good Friday", date(2073, 3, 27): "Easter Monday"}     # both before the window
# The brief: "the summer term of 2073 (mid April to late July 2073)". Chosen: Monday 17 April (the first Monday after
# the Easter fortnight) to Friday 21 July 2073 (the last Friday before the summer holidays).
WINDOW = (datetime(2073, 4, 17, tzinfo=LON), datetime(2073, 7, 21, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 26 March 2073 and ends at 01:00 UTC on Sunday 29 October 2073.
BST_START = datetime(2073, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2073, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2073
OFFICE = (9, 17)            # deployment.yaml office_hours_start / _end

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd."""
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

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def titled(word):
    """An ALL-CAPS name part as it is labelled: KOVÁCS -> Kovács, CHEN -> Chen, McGUIRE -> McGuire."""
    out = []
    for p in word.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """The labelled form of a name written with capitals. 'SURNAME, Forename' -> 'Forename Surname'; otherwise the
    written ORDER IS KEPT (a family name written first stays first - 'KOVÁCS Bence' -> 'Kovács Bence', 'CHEN Yutong'
    -> 'Chen Yutong') and only the all-capital words are title-cased."""
    if "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
        as_written = "%s %s" % (fore, sur)
    return " ".join(titled(x) if x.isupper() and len(x) > 1 else x for x in as_written.split(" "))

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
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if not set(e["missing"]) <= MISSING_IDS: err("missing ids outside the contract")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if not lab["why"] or len(lab["why"]) < 80: err("why too short")
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
    if sorted(c["name"] for c in e["children"]) != sorted(c["name"] for c in META[f]["children"]):
        err("labelled children differ from the children recorded for the mail")
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
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(normalised(name) == c["name"] or name == c["name"] for c in e["children"]):
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
        if per.get(a, []).count("urgent") < 2 or per.get(a, []).count("near_miss") < 2:
            errors.append("%s: needs at least 2 urgent and 2 near misses" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    consents = {l["expect"]["consent"] for l in LABELS}
    if consents != {True, False, None}: errors.append("set: consent must take all three values, has %s" % consents)
    managers = {l["expect"]["manager_agreed"] for l in LABELS}
    if managers != {True, False, None}: errors.append("set: manager_agreed must take all three values, has %s" % managers)
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

def _att_text(msg):
    """The readable text of the attachments only."""
    from pypdf import PdfReader
    out = []
    for p in _att(msg):
        data = p.get_payload(decode=True)
        if p.get_content_type() == "application/pdf":
            out += [pg.extract_text() for pg in PdfReader(_io.BytesIO(data)).pages]
        elif p.get_content_type() == DOCX:
            out.append(docx_body_text(data))
    return re.sub(r"\s+", " ", "\n".join(out))

def _office_hours(msg):
    d = _date(msg).astimezone(LON)
    return OFFICE[0] <= d.hour < OFFICE[1]

def _k01(msg):
    return (_wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2073, 5, 1) in BANK_HOLIDAYS
            and META["knowsley_01.eml"]["meeting"].weekday() == 1 and "Engaging Families Toolkit" in _att_text(msg)
            and "engaging_families" not in _exp("knowsley_01.eml")["missing"] and _exts(msg) == ["docx", "pdf"])

def _k02(msg):
    p = _plain(msg)
    new, old = p.split("wrote:", 1)
    body = [x for x in msg.walk() if not x.is_multipart()][0]
    return (msg.get_content_type() == "multipart/mixed" and body.get_param("format") == "flowed"
            and _exts(msg) == ["txt"] and "nikah" in _att(msg)[0].get_content()
            and "Shilan Barzani" not in new and "Shilan Barzani" in old and "nikah" in new
            and "[SB-knowsley-1207]" in str(msg["Subject"]) and _no_alarm(msg) and _office_hours(msg))

def _k03(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "KOVÁCS Bence" in tbl and "KOVÁCS Lili" in tbl and "\t" in _plain(msg)
            and _wd("knowsley_03.eml") == 5 and _pw("knowsley_03.eml") == 6 and date(2073, 5, 29) in BANK_HOLIDAYS)

def _k04(msg):
    t = readable(msg)
    return ("forced marriage checklist" in t and "there is no forced marriage concern" in t
            and "domestic_abuse" not in _exp("knowsley_04.eml")["concerns"] and _wd("knowsley_04.eml") == 6)

def _k05(msg):
    lab = _exp("knowsley_05.eml")
    return ("she has never hit her son" in readable(msg) and lab["concerns"] == [] and lab["consent"] is None)

def _k06(msg):
    lab = _exp("knowsley_06.eml")
    return (_no_alarm(msg) and "999 614 1287" in readable(msg) and lab["case_ids"] == [] and "15:15 today" in _plain(msg)
            and "<table" in _html(msg))

def _k07(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return ("PARTSTAT=TENTATIVE" in c and "EHM-91650" in c and _exts(msg) == ["ics"])

def _k08(msg):
    return (_wd("knowsley_08.eml") == 4 and _pw("knowsley_08.eml") == 5 and "Not yet completed" in _att_text(msg)
            and "To follow" in _att_text(msg) and _exp("knowsley_08.eml")["missing"] == ["gcp2", "manager_agreed"])

def _r01(msg):
    p = _plain(msg)
    return ("\nRationale for step up\n" in p and _exts(msg) == ["pdf"] and ALARM.search(readable(msg)) is not None
            and "This is not an immediate child protection concern" in p)

def _r02(msg):
    return _exts(msg) == ["docx"] and "Sergeyevna" in _plain(msg) and _exp("richmond_wandsworth_02.eml")["consent"] is None

def _r03(msg):
    return _no_alarm(msg) and _date(msg).astimezone(LON).hour < OFFICE[0] and "Exaucé Lukusa" in _plain(msg)

def _r04(msg):
    return ("What is missing:" in _plain(msg) and "missing" not in _exp("richmond_wandsworth_04.eml")["concerns"]
            and "Arina Sergeyevna Volkova" in _plain(msg).split(SEP)[1])

def _r05(msg):
    bt = body_text(msg)
    return ("cable" not in bt and "Mustafa" not in bt and "electric cable" in _att_text(msg) and _no_alarm(msg)
            and _date(msg).astimezone(LON).hour >= OFFICE[1] and _lab("richmond_wandsworth_05.eml")["mailbox"] == "early_help_duty")

def _r06(msg):
    return ("Mongolian blue spots" in readable(msg) and "physical_harm" not in _exp("richmond_wandsworth_06.eml")["concerns"]
            and "CHEN Yutong" in _plain(msg) and _exts(msg) == ["pdf", "docx"])

def _r07(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64" and _no_alarm(msg)
            and b"\r\n" not in FILES["richmond_wandsworth_07.eml"] and _date(msg).astimezone(LON).hour >= 19)

def _r08(msg):
    return ([(p.get_param("method") or "").upper() for p in _cal(msg)] == ["REQUEST"] and "fictional" in readable(msg)
            and _exp("richmond_wandsworth_08.eml")["kind"] == "other")

def _t01(msg):
    return ("Wulan has one name only" in _plain(msg) and _exp("tower_hamlets_01.eml")["missing"] == ["assessment"]
            and _exts(msg) == ["docx"])

def _t02(msg):
    p = _plain(msg)
    return (p.index("P.S.") > p.index("Early Help Practitioner | Poplar") and "finger marks" in p.split("P.S.")[1]
            and "No (at the time of writing)" in _att_text(msg))

def _t03(msg):
    return "mundan" in readable(msg) and _exp("tower_hamlets_03.eml")["concerns"] == []

def _t05(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return len(parts) == 1 and _no_alarm(msg) and _date(msg).astimezone(LON).weekday() == 4 and _office_hours(msg)

def _t06(msg):
    return ("discharged by the court in January 2072" in readable(msg)
            and "domestic_abuse" not in _exp("tower_hamlets_06.eml")["concerns"] and _exts(msg) == ["pdf", "docx"])

def _t07(msg):
    b = _plain(msg).split(SEP)
    return (len(b) == 2 and "stick" not in b[0] and "stick" in b[1] and "10.30pm" in b[1]
            and _date(msg).astimezone(LON).hour >= OFFICE[1])

def _t08(msg):
    return msg.get_content_type() == "multipart/report" and msg["Auto-Submitted"] == "auto-replied"

def _b01(msg):
    return (age_years(date(2069, 11, 15), _today("torbay_01.eml")) < 5 and "Einarsdóttir" in str(msg["Subject"])
            and _exts(msg) == ["pdf"])

def _b02(msg):
    return ("this is NOT about the breast flattening" in _plain(msg)
            and "physical_harm" not in _exp("torbay_02.eml")["concerns"])

def _b03(msg):
    return msg["Importance"] == "high" and ALARM.search(readable(msg)) is not None and _exp("torbay_03.eml")["missing"] == ["consent"]

def _b04(msg):
    return "Dad said clearly that he does not consent" in _plain(msg) and _exp("torbay_04.eml")["consent"] is False

def _b06(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return ("PARTSTAT=DECLINED" in c and "COMMENT" in c and "Sylhet" in c and _no_alarm(msg)
            and _date(msg).astimezone(LON).hour < OFFICE[0])

def _b07(msg):
    return "[SB-torbay-352]" in str(msg["Subject"]) and _exts(msg) == ["pdf"] and _exp("torbay_07.eml")["consent"] is True

def _b08(msg):
    return msg["Auto-Submitted"] == "auto-replied" and "forced marriage" in readable(msg)

def _h02(msg):
    return ("herefordshire", "step_up") not in DEFINED and "Nguyễn Minh Khoa" in _plain(msg)

def _h03(msg):
    return _no_plain(msg) and _no_alarm(msg) and _date(msg).astimezone(LON).hour >= OFFICE[1]

def _h04(msg):
    return "The case is closed" in _att_text(msg) and _exp("herefordshire_04.eml")["children"] == []

def _h05(msg):
    return "mehndi" in _plain(msg) and _exp("herefordshire_05.eml")["concerns"] == []

def _h06(msg):
    bt = body_text(msg)
    return "knife" not in bt and "knife" in _att_text(msg) and _lab("herefordshire_06.eml")["mailbox"] == "early_help_duty"

def _h07(msg):
    return "kirpan" in readable(msg) and "knife" in readable(msg) and _exp("herefordshire_07.eml")["concerns"] == []

def _h08(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return "PARTSTAT=ACCEPTED" in c and "Mosaic 617220" in c

CUSTOM = [
    ("knowsley_01.eml", "toolkit in the form; 4 WD (5 plain) over May Day; a Tuesday meeting", _k01),
    ("knowsley_02.eml", "iPhone flowed reply + WhatsApp .txt export; names only in the quoted ack; no alarm words", _k02),
    ("knowsley_03.eml", "family-name-first names in the Word table; 5 WD (6 plain) over the Spring Bank Holiday", _k03),
    ("knowsley_04.eml", "forced marriage checklist, negated; 6 WD", _k04),
    ("knowsley_05.eml", "hypothetical; no concerns; consent null", _k05),
    ("knowsley_06.eml", "clinical, no alarm words; NHS number not a case id; HTML table", _k06),
    ("knowsley_07.eml", "Google TENTATIVE reply with invite.ics", _k07),
    ("knowsley_08.eml", "4 WD (5 plain) over the Spring Bank Holiday; GCP2 and TM agreement not done", _k08),
    ("richmond_wandsworth_01.eml", "rationale heading; PDF summary; negated immediacy", _r01),
    ("richmond_wandsworth_02.eml", "patronymics; docx; consent null", _r02),
    ("richmond_wandsworth_03.eml", "no alarm words; before office hours", _r03),
    ("richmond_wandsworth_04.eml", "ack's 'What is missing:' is no concern; names in the quote", _r04),
    ("richmond_wandsworth_05.eml", "the risk only in the PDF; evening; Early Help inbox", _r05),
    ("richmond_wandsworth_06.eml", "Mongolian blue spots; no physical_harm; CHEN caps", _r06),
    ("richmond_wandsworth_07.eml", "one base64 part, LF; no alarm words; evening", _r07),
    ("richmond_wandsworth_08.eml", "iTIP REQUEST (not a reply); fictional cases", _r08),
    ("tower_hamlets_01.eml", "one-word name; assessment missing", _t01),
    ("tower_hamlets_02.eml", "the P.S. after the signature; the MARF says no", _t02),
    ("tower_hamlets_03.eml", "mundan; no concerns", _t03),
    ("tower_hamlets_05.eml", "one part; no alarm words; Friday office hours", _t05),
    ("tower_hamlets_06.eml", "FMPO discharged; no domestic_abuse", _t06),
    ("tower_hamlets_07.eml", "the facts only in the quoted block; evening", _t07),
    ("tower_hamlets_08.eml", "multipart/report NDR", _t08),
    ("torbay_01.eml", "Ari under 5; patronymic in the RFC 2047 subject", _b01),
    ("torbay_02.eml", "breast flattening negated; no physical_harm", _b02),
    ("torbay_03.eml", "Importance high; alarm words; consent missing", _b03),
    ("torbay_04.eml", "consent refused", _b04),
    ("torbay_06.eml", "DECLINED with the forced-marriage COMMENT; no alarm words; before office hours", _b06),
    ("torbay_07.eml", "follow-up with the signed form", _b07),
    ("torbay_08.eml", "out-of-office listing forced marriage", _b08),
    ("herefordshire_02.eml", "step-up undefined; Vietnamese names", _h02),
    ("herefordshire_03.eml", "HTML only; no alarm words; evening", _h03),
    ("herefordshire_04.eml", "closed case in the PDF; no children", _h04),
    ("herefordshire_05.eml", "mehndi; no concerns", _h05),
    ("herefordshire_06.eml", "the knife only in the scanned note; Early Help inbox", _h06),
    ("herefordshire_07.eml", "kirpan; no concerns", _h07),
    ("herefordshire_08.eml", "ACCEPTED, Mosaic id in the SUMMARY", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "please take it that we do not have consent", "consent", False),
    ("knowsley_01.eml", "discussed the step up with me in supervision on 20/04/2073 and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "Mum gave her consent to the referral to Family First", "consent", True),
    ("knowsley_04.eml", "Both parents have agreed to the step down", "consent", True),
    ("knowsley_05.eml", "She is happy for me to share this with you", "consent", None),
    ("knowsley_08.eml", "so I can't tell you we have consent", "consent", None),
    ("knowsley_08.eml", "is off until Tuesday and hasn't seen this yet", "manager_agreed", None),
    ("richmond_wandsworth_01.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "so I don't have his consent yet", "consent", None),
    ("richmond_wandsworth_02.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "Dad gave his consent to Early Help this morning", "consent", True),
    ("richmond_wandsworth_06.eml", "Both parents consent to the step down", "consent", True),
    ("richmond_wandsworth_06.eml", "has agreed it", "manager_agreed", True),
    ("tower_hamlets_01.eml", "Both parents have signed the consent form for Early Help", "consent", True),
    ("tower_hamlets_02.eml", "mum agreed to the referral to MAST", "consent", True),
    ("tower_hamlets_02.eml", "agreed the step up on Friday afternoon", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Mum agrees to the step up", "consent", True),
    ("tower_hamlets_04.eml", "does not agree to the step up", "manager_agreed", False),
    ("tower_hamlets_06.eml", "has given her own consent too", "consent", True),
    ("torbay_01.eml", "has given her consent to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_02.eml", "and I agree this needs to be considered for a level 4 intervention", "manager_agreed", True),
    ("torbay_03.eml", "I haven't asked the parents for consent to this contact", "consent", None),
    ("torbay_03.eml", "and I agree this needs to be looked at for level 4 today", "manager_agreed", True),
    ("torbay_04.eml", "he does not consent", "consent", False),
    ("torbay_04.eml", "agrees it needs considering for level 4", "manager_agreed", True),
    ("torbay_07.eml", "has now given his consent to the contact to MASH", "consent", True),
    ("herefordshire_01.eml", "I agree to my family receiving Early Help support", "consent", True),
    ("herefordshire_02.eml", "Both parents agree to the referral", "consent", True),
    ("herefordshire_02.eml", "agreed the step up in supervision on 13/06/2073", "manager_agreed", True),
    ("herefordshire_05.eml", "mum signed it at my visit this morning", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_03.eml", "knowsley_02.eml", "knowsley_06.eml", "richmond_wandsworth_03.eml",
                  "richmond_wandsworth_05.eml", "richmond_wandsworth_07.eml", "torbay_06.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (5, 6), "knowsley_04.eml": (6, 6), "knowsley_08.eml": (4, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_08.eml"]     # plain weekdays say ok, working days say not ok
OUT_OF_HOURS_EXPECTED = ["herefordshire_03.eml", "richmond_wandsworth_03.eml", "richmond_wandsworth_05.eml",
                         "richmond_wandsworth_07.eml", "torbay_06.eml", "tower_hamlets_07.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2073])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2073 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2073, 3) and BST_END.date() == last_sun(2073, 10)):
        errors.append("set: BST must start on the last Sunday of March 2073 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2073, 4, 17) and WINDOW[0].weekday() == 0 and WINDOW[1].date() == date(2073, 7, 21)
            and WINDOW[1].weekday() == 4 and WINDOW[0].date() > max(EASTER)):
        errors.append("set: the window must run from Monday 17 April to Friday 21 July 2073, after Easter")
    quiet, counts, offsets, ooh = [], {}, {}, []
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
        if lab["expect"]["urgent"] and not _office_hours(msg):
            ooh.append(f)
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
    quiet.sort(); ooh.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if ooh != OUT_OF_HOURS_EXPECTED:
        errors.append("set: the urgent mails out of office hours are %s, expected %s" % (ooh, OUT_OF_HOURS_EXPECTED))
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
    ("knowsley_08's notice labelled ok", lambda: _relabel("knowsley_08.eml", notice_ok=True), "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2073, 5, 1)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2073, 5, 29)), "Knowsley notice counts are"),
    ("New Year's Day put on the Sunday", lambda: (BANK_HOLIDAYS.discard(date(2073, 1, 2)),
                                                  BANK_HOLIDAYS.add(date(2073, 1, 1))), "bank holidays differ"),
    ("the window ending on Tuesday 25 July", lambda: _set_window_end(date(2073, 7, 25)), "the window must run"),
    ("knowsley_03's Date given +0000", lambda: _shift_date("knowsley_03.eml", "Fri, 26 May 2073 14:31:22 +0100",
                                                           "Fri, 26 May 2073 14:31:22 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_02's now given +0000", lambda: _relabel("torbay_02.eml", now="2073-07-03T10:28:40+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_02 sent on the Early May bank holiday",
     lambda: _shift_date("richmond_wandsworth_02.eml", "Tue, 09 May 2073", "Mon, 01 May 2073", -8),
     "Date on a bank holiday"),
    ("knowsley_03 sent on a Saturday", lambda: _shift_date("knowsley_03.eml", "Fri, 26 May 2073", "Sat, 27 May 2073", 1),
     "Date on a weekend"),
    ("'risk' added to torbay_06's subject", lambda: _sub("torbay_06.eml", b"Subject: Declined: Early Help triage",
                                                          b"Subject: Declined: risk - Early Help triage"),
     "no alarm word are"),
    ("torbay_06 filed as a near miss", lambda: _relabel("torbay_06.eml", category="near_miss"), "urgent vs category"),
    ("the forced-marriage meeting reply sent to record_reply", lambda: _relabel("torbay_06.eml", next_action="record_reply"),
     "next_action record_reply != alert_duty"),
    ("herefordshire_03 sent to human review", lambda: _relabel("herefordshire_03.eml", next_action="human_review"),
     "next_action human_review != alert_duty"),
    ("the undefined Herefordshire step-up booked", lambda: _relabel("herefordshire_02.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("KOVÁCS Bence labelled in capitals", lambda: _exp("knowsley_03.eml")["children"][0].update(name="KOVÁCS Bence"),
     "no source record"),
    ("KOVÁCS Bence reordered to the English order", lambda: (
        _exp("knowsley_03.eml")["children"][0].update(name="Bence Kovács"),
        META["knowsley_03.eml"]["children"][0].update(name="Bence Kovács")), "is not the normalised name"),
    ("a surname invented for Wulan", lambda: (_exp("tower_hamlets_01.eml")["children"][0].update(name="Wulan Sutrisno"),
                                               META["tower_hamlets_01.eml"]["children"][0].update(name="Wulan Sutrisno")),
     "child Wulan Sutrisno ('Wulan Sutrisno') not in text"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_06.eml", case_ids=["Mosaic 2801122"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the NHS number labelled as a case id", lambda: _relabel("knowsley_06.eml", case_ids=["999 614 1287"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the consent still to be given labelled refused", lambda: _relabel("richmond_wandsworth_02.eml", consent=False),
     "consent yet\" means consent None, label False"),
    ("the stated refusal labelled null", lambda: _relabel("torbay_04.eml", consent=None),
     "'he does not consent' means consent False"),
    ("the interpreter's 'happy to share' read as consent", lambda: _relabel("knowsley_05.eml", consent=True),
     "hypothetical; no concerns; consent null"),
    ("the wedding trip labelled domestic abuse", lambda: _relabel("knowsley_04.eml", concerns=["domestic_abuse", "young_carer"]),
     "forced marriage checklist, negated"),
    ("the negated breast flattening labelled", lambda: _relabel("torbay_02.eml",
        concerns=["neglect", "physical_harm", "school_attendance", "substance_misuse", "young_carer"]),
     "breast flattening negated"),
    ("the Mongolian spots labelled physical harm", lambda: _relabel("richmond_wandsworth_06.eml",
        concerns=["parental_mental_health", "physical_harm"]), "Mongolian blue spots"),
    ("the knife copied into herefordshire_06's body", lambda: _sub("herefordshire_06.eml",
        b"handed me the attached note", b"handed me the attached note about a knife"),
     "the knife only in the scanned note"),
    ("a date in the year after the window's in a body", lambda: _sub("tower_hamlets_06.eml", b"in January 2072",
                                                                      ("in January %d" % (MAX_YEAR + 1)).encode()),
     "year after 2073"),
    ("an 18-year-old labelled as a child", lambda: (_exp("tower_hamlets_06.eml")["children"][0].update(dob="2055-09-27"),),
     "parses to 2056-09-27"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("torbay_08.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("herefordshire_08's calendar made a REQUEST", lambda: _sub("herefordshire_08.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("torbay_02.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_07.eml", category="ordinary"), "category totals"),
    ("the Gurung children out of order", lambda: _exp("herefordshire_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("an adult (a parent) labelled as a child", lambda: (
        _exp("knowsley_04.eml")["children"].append({"name": "Manjit Kaur", "dob": None}),
        META["knowsley_04.eml"]["children"].append(ch("Manjit Kaur"))), "excluded person Manjit Kaur labelled"),
    ("gcp2 dropped from knowsley_08", lambda: _relabel("knowsley_08.eml", missing=["manager_agreed"]),
     "GCP2 and TM agreement not done"),
    ("the manager's stated disagreement labelled null", lambda: _relabel("tower_hamlets_04.eml", manager_agreed=None),
     "means manager_agreed False, label None"),
    ("the children's names left out of the urgent meeting reply", lambda: _relabel("torbay_06.eml", children=[]),
     "labelled children differ"),
    ("cin_minutes asked of a Torbay step-up", lambda: _relabel("torbay_04.eml", missing=["cin_minutes", "consent"]),
     "missing ids not allowed"),
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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "missing %s" % dict(Counter(c for e in ex for c in e["missing"])),
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
