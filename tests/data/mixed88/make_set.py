#!/usr/bin/env python3
"""mixed88: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2035 (Monday 3 September - Friday 14 December 2035), in children's own drink and drug use.

Urgent (12): a 13-year-old who will not wake at a house party where the adults say "sleep it off"; a father who gave
his 14-year-old heroin and means to again tonight; a 15-year-old in A&E after taking a man's pills, to be discharged
tonight to him; a 15-year-old's texts "two of the blue ones" and "cant feel my hands"; a 12-year-old given ketamine by
men in a car and missing overnight; a 13-year-old drunk and alone at a bus station at 11pm; a 14-year-old who cannot
be woken on a sofa (his mother writes in broken English); a 13-year-old given cannabis and vodka by mum's partner, who
goes home to him at 3.15; a 13-year-old with alcohol poisoning whose drunk father, who bought the vodka, is collecting
her; a declined meeting's comment about a boy being discharged to the flat where he got the drugs; a 14-year-old
drunk in a park being put into a man's car; a boy who lost a dealer's bag and is told he is "getting done tonight".
Near misses (12): a nitrous oxide bulletin, a young person in treatment and doing well (Knowsley L2), a festival
collapse already dealt with, a school vaping policy, an out-of-office with boilerplate, a parent's worry about energy
drinks, a youth service newsletter, a child who tried a cigarette, a drugs-education lesson plan, an old ketamine
incident dealt with, a hypothetical, and a step-up quoting an old collapse.

Deterministic: no clock, no randomness. Helpers (MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote
chains, readable text) are copied from /work/main/tests/data/mixed27/make_set.py and adapted. Run with
/work/main/.venv/bin/python make_set.py [--stats]. Every label was set by hand from the specification; the
self-checks only verify them and STOP on any error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time. The window (Monday 3 September - Friday 14 December 2035) is British
    Summer Time (+0100) until the clocks go back at 01:00 UTC on Sunday 28 October 2035, then GMT (+0000). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2035, 9, 1, 0, 0, 0))
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




def cc_inject(data, name, mbx):
    """Add a Cc header (the team mailbox the organiser copied in) to an iTIP reply built by itip_reply/google_reply."""
    sep = b"\r\n" if b"\r\n" in data[:400] else b"\n"
    i = data.find(sep + b"To: ")
    return data[:i] + sep + ("Cc: %s" % addr(name, mbx)).encode() + data[i:]


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2035-10-09 14:12:37"
    body = T("""
Hi all,

Please find attached a step up request for Kieran Tierney (DOB 11/05/2020), Case ID on EHM: EHM-61702.

Kieran is 15 and in Year 11 at Halewood. Over the last three months he has gone from occasional cannabis at weekends to smoking every day, before school and at lunch, and school found 14 wraps and a set of scales in his blazer on 25 September. He has told me he "does a bit of running" for lads from Page Moss to pay off what he owes them. The Merseyside Exploitation Assessment (attached) scores him high. Mum is working with us but can't keep him in.

My team manager Jo Rimmer has discussed the step up with me in supervision today and agreed it.

Step up TAF meeting: Wednesday 17 October 2035 at 10:00 on Teams - I've sent the invite from my calendar to the MASH inbox and MASH business support, and invited school, the YOT worker and Kieran's worker at the young people's drug and alcohol service.

Attached:
- FF Step Up request to CSC (Appendix 1)
- TAF minutes 02.10.35
- Merseyside Exploitation Assessment

Thanks
Dean

Dean Cropper
Family First Case Manager | Family First 0-18 (Halewood & Whiston) | Knowsley Council
0151 496 0362
""") + "\n" + KDISC
    atts = [docx_att("FF Step Up request to CSC - Tierney.docx", appendix1([
                ("Child's name and date of birth", "Kieran Tierney, 11/05/2020"),
                ("Case ID on EHM:", "EHM-61702"),
                ("What are we worried about?", "Daily cannabis use; found with wraps and scales in school; says he runs for older lads to pay a debt."),
                ("What is working well?", "Mum engages with Family First; Kieran still attends most days; he likes his YP drug worker."),
                ("What needs to happen?", "Statutory assessment; NRM consideration; disruption of the older males; continued YP drug work."),
                ("Management oversight", "Discussed with TM Jo Rimmer 09/10/2035 - agreed.")])),
            pdf_att("TAF minutes 02.10.35 - Tierney.pdf", "TAF meeting minutes - 2 October 2035",
                    ["Family: Tierney. EHM-61702.", "Present: mum, Dean Cropper (FF), Halewood Academy DSL, YOT.",
                     "Kieran's cannabis use now daily. School search 25/09 - wraps and scales.",
                     "Actions: exploitation assessment; step up to be discussed with TM."]),
            docx_att("Merseyside Exploitation Assessment - K Tierney.docx",
                     ["# Merseyside Exploitation Assessment", "Young person: Kieran Tierney", "Overall score: HIGH",
                      "Indicators: debt to older males, carrying drugs, unexplained cash, daily cannabis use."])]
    top = outlook_top(f, addr("Cropper, Dean", "Dean.Cropper@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Tierney - EHM-61702", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61702"], [ch("Kieran Tierney", "2020-05-11", "11/05/2020")],
        ["exploitation", "substance_misuse"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (REQUIREMENTS, knowsley step_up): Appendix 1 form, TAF minutes, EHM id, TM 'discussed "
        "the step up ... and agreed it' -> manager true; exploitation (running for older lads, scales, debt) -> the "
        "Merseyside Exploitation Assessment is attached -> exploitation_assessment met. Daily cannabis -> substance_misuse. "
        "Notice: Tue 9 Oct -> Wed 17 Oct = 6 WD >= 5 -> ok -> book_meeting. Consent not mentioned -> null.",
        meeting=date(2035, 10, 17), not_children=["Dean Cropper", "Jo Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2035-11-23 21:38:05"
    ack = ack_text("step up", "[SB-knowsley-4471]",
                   ["Family: Brennan (EHM-62215)", "Child: Mia Brennan (14/08/2022)",
                    "Step up TAF meeting: Wed 5 December 2035 10:00 (Teams)"], [])
    body = T("""
Sorry to put this on here at this time on a Friday but I don't have the duty number on my phone.

Mia's best mate Shannon has just rung me. Mia is at a house party on Cherryfield Drive (number 40 something, the one with the boarded window). She's been drinking and someone gave her a pill, she was sick in the garden about an hour ago and now she won't wake up, Shannon has been shaking her. There are 3 or 4 adults there, one is the older brother who lives there. They keep saying she's fine, let her sleep it off, and they took Shannon's phone off her when she said she'd ring an ambulance. Shannon rang me from the toilet on a friend's phone.

Mia is 13. Mum isn't answering - I think she's on nights.

I'm getting in the car now. Shannon's number 07700 900418.

Kirsty
Sent from my Galaxy

""") + original("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "15 November 2035 10:04",
                "Kirsty Lunt <Kirsty.Lunt@knowsley.gov.uk>", "[SB-knowsley-4471] Step up request - Brennan", ack)
    top = plain_top(f, addr("Kirsty Lunt", "Kirsty.Lunt@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: [SB-knowsley-4471] Step up request - Brennan", when, KDOM, "Android Outlook")
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-62215"], [ch("Mia Brennan", "2022-08-14", "14/08/2022")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A 13-YEAR-OLD WHO WILL NOT WAKE AT A HOUSE PARTY, 21:38 on a Friday: drink and a pill, sick, 'now she won't wake "
        "up'; the adults say 'sleep it off' and took the friend's phone when she tried to ring an ambulance. No alarm word. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (out of hours: EDT). A reply to [SB-knowsley-4471] -> follow_up; "
        "child and EHM id from the quoted acknowledgement; missing [] for a follow_up.",
        not_children=["Kirsty Lunt"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2035-10-16 00:21:14"
    blocks = [
        "Hi Family First duty,",
        "",
        "Step down to Family First at {{Level 3}} for Lacey Fairclough (DOB 02/03/2021), ICS ID 2044817. Apologies for the hour - catching up after the CIN review.",
        "",
        "Lacey's mum has consented to the referral to Family First; she signed the consent form at the CIN review yesterday afternoon.",
        "",
        "Joint home visit: Monday 22nd October 2035 at 2pm, at home - 9 Larch Road, Kirkby, L32 4ZY.",
        "",
        ("h", "What are we worried about?"),
        "Lacey (14) was picked up twice in the summer drinking vodka in Millbrook Park with older girls. She still drinks at weekends with friends, and she has had two fixed-term exclusions this term.",
        ("h", "What is working well?"),
        "Lacey has seen the young people's alcohol worker every week since August and has not been brought home by police since 12 August. Mum now collects her from her friend's on Saturdays.",
        ("h", "What needs to happen?"),
        "A Family First case manager to keep a TAF going with school and the YP alcohol service; a weekend safety plan; a reintegration plan at school.",
        "",
        "Thanks,",
        "Sophie",
        "",
        "Sophie Marland | Social Worker | Children in Need (Kirkby) | Knowsley Council | 0151 496 0771",
    ]
    top = outlook_top(f, addr("Marland, Sophie", "Sophie.Marland@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Fairclough - ICS 2044817", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["2044817"], [ch("Lacey Fairclough", "2021-03-02", "02/03/2021")],
        ["school_attendance", "substance_misuse"], True, None, [], False, "request_info",
        "Knowsley level 3 step-down, complete in substance (consent signed, joint home visit date/time/venue, all three "
        "Signs of Safety headings) but NOTICE IS SHORT AND DECIDED BY THE LOCAL DATE: sent at 00:21 BST on Tue 16 Oct "
        "(23:21 UTC on Monday). Today is Tuesday in Europe/London, so Wed 17, Thu 18, Fri 19, Mon 22 = 4 WD < 5 -> not ok "
        "-> request_info (REQUIREMENTS, knowsley step_down L3: 'a minimum of 5 days' notice', read as 5 WD). A reader "
        "counting from the UTC date (Monday) gets 5. 'ICS ID 2044817' -> '2044817'. Vodka in the park -> substance_misuse; "
        "exclusions -> school_attendance.",
        meeting=date(2035, 10, 22), not_children=["Sophie Marland"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2035-09-19 11:02:40"
    text = T("""
SAFER KNOWSLEY PARTNERSHIP - COMMUNITY SAFETY BULLETIN 37/2035
Nitrous oxide ("laughing gas", "noz", "balloons")

This bulletin goes to all partners on the Safer Knowsley distribution list. It is for information; it is not about any individual child.

What we are seeing
- Large silver canisters (up to 2kg, often branded "Fast Gas" or "Smartwhip") and small 8g "whippets" are being found at Court Hey Park, the Stadt Moers park and around the Kirkby shops.
- Possession of nitrous oxide for non-legitimate use has been an offence since November 2023.
- Examples of what young people have told officers this summer (anonymised): "everyone does balloons on a Friday", "it's legal isn't it?", "you only feel dizzy for a minute".

What to do
- Report litter hotspots through the council's app so canisters can be collected.
- If you hear of a particular child using, follow your own agency's procedures and speak to your DSL.
- The Young People's Drug and Alcohol Service runs sessions for schools on request.

No child has been harmed in Knowsley in connection with this bulletin; it follows a national briefing.

PC 4417 Nadia Oyelowo
Neighbourhood Policing Team (Knowsley) | Merseyside Police
On behalf of the Safer Knowsley Partnership
""")
    top = plain_top(f, addr("Safer Knowsley Partnership", "saferknowsley@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Community Safety Bulletin 37/2035 - nitrous oxide canisters", when, KDOM, None,
                    extra=[("List-Id", "Safer Knowsley partners <partners.saferknowsley.knowsley.gov.uk>"),
                           ("Precedence", "list")])
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A POLICE BULLETIN ON NITROUS OXIDE CANISTERS: anonymised example quotes from young people, 'it is not "
        "about any individual child', 'No child has been harmed'. DESIGN safety rule 1: bulletins that list examples must "
        "not trigger it. A partnership bulletin (List-Id, no Auto-Submitted) -> other -> human_review; no child, no concern.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2035-12-03 10:16:52"
    body = T("""
Morning,

Step up request for Jordan Hesketh-Lowe, DOB 07/06/2021, EHM-62780. Neglect is the main worry - GCP2 attached - with dad's heroin use behind it.

TM agreement: Paula Greenall has discussed this with me and agreed the step up (she's cc'd).
Step up TAF: Wednesday 12th December 2035 at 10am, Huyton Hub room 2 and Teams. Invite sent to MASH and MASH business support.

Attached: Appendix 1, GCP2, TAF minutes from 20 November.

Thanks
Callum

Callum Birtwistle
Family First Case Manager | Knowsley Council | 0151 496 0583

P.S. I've just come off the phone to Jordan (he rang me from the school office at 10.05). He told me his dad "did me a bit of his gear last night to help me sleep" - he showed his teacher a mark on the inside of his arm. He says dad told him they'll "have a bit more tonight" when dad's back from his mate's. Mum is staying at her sister's in Runcorn this week, so it is just Jordan and dad at home tonight. Jordan finishes school at 3pm.
""") + "\n" + KDISC
    atts = [docx_att("Appendix 1 FF Step Up - Hesketh-Lowe.docx", appendix1([
                ("Child's name and date of birth", "Jordan Hesketh-Lowe 07/06/2021"), ("Case ID on EHM:", "EHM-62780"),
                ("What are we worried about?", "Home conditions, no food in the house, dad's heroin use."),
                ("What is working well?", "Jordan talks to school staff; maternal aunt helps."),
                ("What needs to happen?", "C&F assessment; drug service for dad."),
                ("Neglect", "Graded Care Profile 2 completed 28/11/2035 - see attached.")])),
            pdf_att("GCP2 - Hesketh-Lowe - 28.11.35.pdf", "Graded Care Profile 2",
                    ["Child: Jordan Hesketh-Lowe", "Completed: 28/11/2035", "Physical care: 4", "Safety: 4", "Love and care: 3",
                     "Stimulation and education: 3"]),
            pdf_att("TAF minutes 20.11.35.pdf", "TAF minutes 20 November 2035",
                    ["EHM-62780. Present: mum, Callum Birtwistle, school, aunt.", "Dad not present."])]
    top = outlook_top(f, addr("Birtwistle, Callum", "Callum.Birtwistle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Hesketh-Lowe - EHM-62780", when,
                      cc="%s, %s" % (addr("MASH Business Support", KBS), addr("Greenall, Paula", "Paula.Greenall@" + KDOM)))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-62780"], [ch("Jordan Hesketh-Lowe", "2021-06-07", "07/06/2021")],
        ["neglect", "substance_misuse"], None, True, [], True, "alert_duty",
        "A PARENT WHO GAVE HIS 14-YEAR-OLD HEROIN, IN A P.S.: an otherwise complete neglect step-up (form, GCP2, TAF minutes, "
        "EHM id, TM agreed, Wed 12 Dec = 7 WD from Mon 3 Dec -> notice ok) whose P.S. says dad 'did me a bit of his gear "
        "last night' and they will 'have a bit more tonight', Jordan alone with dad tonight. No alarm word. DESIGN safety "
        "rule 1 -> urgent -> alert_duty. missing [] and notice ok still labelled.",
        meeting=date(2035, 12, 12), not_children=["Callum Birtwistle", "Paula Greenall"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2035-11-22 15:47:09"
    body = T("""
Hi,

Step up for Tia-Marie Quirk (DOB 30.01.2021), EHM-62431.

Tia-Marie (14) is vaping THC most days - she buys the vapes on Snapchat - and has been sent home from school four times this half term for being "out of it". Mum has cancelled the last three home visits and doesn't answer the door, which is why I'm looking at step up for non-engagement alongside the substance misuse.

Step up TAF is booked for Weds 28th Nov at 1.30pm (Teams) - invite sent to MASH and business support.

Still to come:
- TAF minutes - I'll send them once they're typed up
- I haven't had the chance to go through the Engaging Families toolkit yet
- My TM Lee is off until Thursday so I'm waiting for him to sign it off

Appendix 1 attached.

Thanks, Gemma
Gemma Rooney | Family First Case Manager | Knowsley Council
""")
    atts = [docx_att("Appendix 1 - Quirk.docx", appendix1([("Child", "Tia-Marie Quirk 30.01.2021"),
                                                           ("Case ID on EHM:", "EHM-62431")]))]
    top = outlook_top(f, addr("Rooney, Gemma", "Gemma.Rooney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up Quirk EHM-62431", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-62431"], [ch("Tia-Marie Quirk", "2021-01-30", "30.01.2021")],
        ["non_engagement", "school_attendance", "substance_misuse"], None, None,
        ["engaging_families", "manager_agreed", "taf_minutes"], False, "request_info",
        "Knowsley step-up with gaps: non_engagement (mum cancels visits) -> Engaging Families toolkit required and not "
        "done; TAF minutes to follow; TM 'waiting for him to sign it off' -> manager_agreed null -> missing. Notice: "
        "Thu 22 Nov -> Wed 28 Nov = 4 WD < 5 -> not ok. THC vapes -> substance_misuse; sent home from school -> "
        "school_attendance. -> request_info.",
        meeting=date(2035, 11, 28), not_children=["Gemma Rooney"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2035-10-11 09:31:22"
    data = itip_reply(f, when, "Bev Kinsella", "b.kinsella@halewood.example.org",
                      ("Dean Cropper", "Dean.Cropper@" + KDOM), "DECLINED",
                      "Step up TAF - Tierney - EHM-61702", "20351017T100000", "20351017T113000", "Microsoft Teams Meeting",
                      comment="Sorry Dean, I'm on a course on the 17th. Our school nurse Anne-Marie will come instead and bring the attendance printout.")
    data = cc_inject(data, "Knowsley MASH", KMASH)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-61702"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, to knowsley_01's step-up TAF (the organiser's invite went to the MASH "
        "inbox, so the reply arrives there); a harmless comment (a substitute attends). DESIGN: meeting_reply -> "
        "record_reply; EHM id from the SUMMARY.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2035-12-14 11:44:18"
    body = T("""
Hello Family First duty,

Step down at Level 2 for Reece Ashurst (DOB 21/09/2019), ICS ID 2039155.

Final CIN meeting: Thursday 3rd January 2036 at 10am, Kirkby Centre, meeting room 4, Newtown Gardens, L32 8RR. (Sorry it is after Christmas - the college couldn't do any earlier.)

Taking over as Lead Practitioner: Sam Okafor, Youth Worker, Knowsley Youth Service (Kirkby) - Sam has agreed.

Reece and his mum are both happy for the case to step down; mum has given her consent.

What are we worried about?
Very little now. In July Reece (then 15) collapsed at a house party after taking MDMA and spent a night in Whiston Hospital. That was dealt with at the time: s47 completed, the supplier (an adult) was charged, and Reece has had no contact with him since.

What is working well?
Reece has worked with the young people's drug and alcohol service since August and has had clean screens every fortnight since. He started at Knowsley Community College in September and his attendance is 96%. He and mum get on much better.

What needs to happen?
Sam to carry on the weekly youth club and mentoring; the YP drug service to finish the relapse-prevention sessions by February; a TAF review six weeks after the final CIN.

Kind regards
Priya Dhanda
Social Worker | Children in Need (Kirkby) | Knowsley Council
""") + "\n" + KDISC
    top = outlook_top(f, addr("Dhanda, Priya", "Priya.Dhanda@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Ashurst - final CIN 3 Jan", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 2, ["2039155"], [ch("Reece Ashurst", "2019-09-21", "21/09/2019")],
        ["substance_misuse"], True, None, [], True, "book_meeting",
        "NEAR MISS - A YOUNG PERSON IN TREATMENT AND DOING WELL: a collapse after MDMA in July, 'dealt with at the time', "
        "clean screens since, 96% attendance -> not urgent. Complete Knowsley LEVEL 2 step-down (REQUIREMENTS: meeting "
        "date/time/venue, three headings, lead practitioner named with agency). NOTICE ACROSS CHRISTMAS AND NEW YEAR (not "
        "decisive): Fri 14 Dec -> Thu 3 Jan 2036 = 14 plain weekdays but 11 WD (Christmas Day 25 Dec, Boxing Day 26 Dec "
        "and New Year's Day 1 Jan excluded) -> ok -> book_meeting.",
        meeting=date(2036, 1, 3), not_children=["Priya Dhanda", "Sam Okafor"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2035-10-10 19:12:44"
    body = T("""
To the MASH team,

Paediatric A&E liaison - information sharing.

Patient: Tegan Wolsey, DOB 19/02/2020 (15 yrs). Home address Roehampton. NHS number held.
Attended 14:40 today by LAS. Presenting complaint: reduced consciousness after ingestion of approx. 20 x diazepam 10mg ("blues") plus alcohol. GCS 11 on arrival, now 15. Observations stable. Medically fit for discharge from 21:00 per registrar.

Social history (from patient, 17:30): the tablets were given to her this morning by "Kai", 24, whom she describes as her boyfriend and with whom she has been staying since Sunday. She states she "wasn't trying to do anything, he just said take a few". Kai has phoned the ward six times and is currently in the waiting room asking to take her "home" to his flat (Putney, address not known to us). Tegan says she wants to go with him.

Mother contacted 18:45: states she "can't have her back tonight" and will not come to the hospital.

Tegan is not detained and is asking to leave. The nurse in charge has asked me to let you know before 21:00.

Orla Breathnach
Paediatric Liaison Nurse | Children's A&E
St George's University Hospitals NHS Foundation Trust
Bleep 4471 | 020 7946 0552
""")
    top = outlook_top(f, addr("Breathnach Orla (St George's)", "orla.breathnach@stgeorges.example.nhs.uk"),
                      addr("MASH Step Up", RSU), "Information sharing - ED attendance - T.W. 15yrs", when,
                      mid_domain="stgeorges.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Tegan Wolsey", "2020-02-19", "19/02/2020")],
        ["exploitation", "substance_misuse"], None, None, [], None, "alert_duty",
        "A 15-YEAR-OLD IN A&E AFTER AN OVERDOSE, CLINICAL STYLE, 19:12: the 24-year-old who gave her the diazepam is in "
        "the waiting room to take her to his flat at 21:00 discharge, mother refuses to have her home. No alarm word. "
        "DESIGN safety rule 1 -> urgent -> alert_duty. A hospital's information sharing, not a step request -> other. "
        "An adult supplying a child he is living with -> exploitation; the overdose -> substance_misuse.",
        not_children=["Orla Breathnach"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2035-09-18 12:05:31"
    blocks = [
        "Dear MASH,",
        "",
        "Following our reflective discussion on Friday, I am requesting a step up to Children's Services for Rafael Dos Santos (DOB 04/04/2022), Mosaic ID 3310457.",
        "",
        "The latest case summary is attached.",
        "",
        ("h", "Rationale for the plan to step up"),
        "Rafael is 13. Since the summer holidays he has been using nitrous oxide most evenings with a group of older boys at the Alton estate, and on 6 September he told his Early Help worker he had tried ketamine \"a few times\" and that the older boys \"sort it for free\". He has gone missing twice overnight (7 and 13 September), both times returned by police. Mum is trying hard but he no longer comes home when she asks. Four months of Early Help have not reduced the use or the going missing, and the older group's interest in him is growing.",
        "",
        "Kind regards",
        "",
        "Yewande Adebayo",
        "Early Help Team Manager (Wandsworth West) | Richmond and Wandsworth Councils",
    ]
    atts = [docx_att("Case summary - Dos Santos - Sept 2035.docx",
                     ["# Early Help case summary", "Child: Rafael Dos Santos, 04/04/2022", "Mosaic ID 3310457",
                      "Early Help since May 2035. Nitrous oxide and ketamine use; two missing episodes in September."])]
    top = outlook_top(f, addr("Adebayo, Yewande", "Yewande.Adebayo@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Dos Santos (Mosaic 3310457)", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3310457"], [ch("Rafael Dos Santos", "2022-04-04", "04/04/2022")],
        ["exploitation", "missing", "substance_misuse"], None, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS: case summary attached, "
        "rationale under its own heading) -> book_meeting. Word HTML. 'Mosaic ID 3310457' -> '3310457'. Nitrous oxide and "
        "ketamine -> substance_misuse; older boys supplying for free -> exploitation; two overnight missing episodes, both "
        "ended -> missing (not urgent: no current episode).",
        not_children=["Yewande Adebayo"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2035-11-08 10:27:19"
    body = T("""
Hi Early Help duty,

Confirming the step down case discussion I agreed with Marcus on the phone this morning for Elijah Mensah-Clarke (DOB 12/12/2018), Mosaic 3305512: Tuesday 13 November at 11am, Teams.

Background for the file: in August Elijah (then 16) collapsed at a festival in Hampshire after taking pills a friend had bought, and spent a night in hospital. That was dealt with at the time - strategy discussion, the festival and police informed, and the friend's supplier was identified. There have been no incidents since.

Since September Elijah has seen the young people's drug and alcohol service weekly, is back at college full time, and he and his dad have done the family sessions. Both Elijah and his dad have consented to Early Help carrying on the plan, and Elijah would like his youth worker Dina Okoye (Wandsworth Youth Service) to be his lead professional.

Attached: latest case summary and the draft Early Help plan.

Thanks,
Harriet Coles
Social Worker | Assessment & Intervention | Richmond and Wandsworth Councils
""") + "\n" + RDISC
    atts = [pdf_att("Case summary - Mensah-Clarke - Nov 2035.pdf", "Case summary", ["Elijah Mensah-Clarke 12/12/2018",
                    "Mosaic 3305512", "Single episode of drug use in August, dealt with; engaged with YP service."]),
            docx_att("Draft Early Help plan - Mensah-Clarke.docx", ["# Draft Early Help plan", "Lead professional: Dina Okoye",
                     "Weekly youth work; YP drug service to close in January; review in 4 weeks."])]
    top = outlook_top(f, addr("Coles, Harriet", "Harriet.Coles@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mensah-Clarke - case discussion Tues 13/11", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3305512"], [ch("Elijah Mensah-Clarke", "2018-12-12", "12/12/2018")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "NEAR MISS - A COLLAPSE ALREADY DEALT WITH: pills at a festival in August, 'dealt with at the time', no incidents "
        "since, engaged with the YP service -> historic, not urgent. Complete Richmond & Wandsworth step-down "
        "(REQUIREMENTS: case summary, draft plan, consent 'Both Elijah and his dad have consented') -> book_meeting. "
        "'Mosaic 3305512' -> '3305512'.",
        not_children=["Harriet Coles", "Dina Okoye"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2035-11-26 16:52:03"
    text = T("""
Hi duty,

Step down for Harrison Vale, 05.07.2021, Mosaic 3308871. Talked to Marcus and we've pencilled Fri 30th 2pm for the discussion.

Case summary attached. Draft plan not done yet, sorry - will follow.

Dad has said no to Early Help. His words: "we don't want anyone else coming round, he's off the vapes now and that's the end of it." Harrison (14) shrugged. So no consent as it stands - I'll keep working on dad but wanted you to have it.

Ama Owusu-Banks
Social Worker
Sent from my iPhone
""")
    atts = [pdf_att("Case summary Vale.pdf", "Case summary - Harrison Vale",
                    ["Mosaic 3308871", "THC vape use spring/summer 2035, school concerns; reduced since September."])]
    top = plain_top(f, addr("Ama Owusu-Banks", "Ama.Owusu-Banks@" + RDOM), addr("Early Help Duty", RED),
                    "Step down Vale", when, RDOM, "iPhone Mail (22F76)")
    add(f, iphone_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["3308871"], [ch("Harrison Vale", "2021-07-05", "05.07.2021")],
        ["substance_misuse"], False, None, ["consent", "draft_plan"], None, "request_info",
        "CONSENT REFUSED: dad 'has said no to Early Help' -> consent false -> 'consent' missing; draft plan 'not done yet' "
        "-> missing (REQUIREMENTS, richmond_wandsworth step_down: case_summary, draft_plan, consent). iPhone, format=flowed. "
        "THC vapes -> substance_misuse. -> request_info.",
        not_children=["Ama Owusu-Banks"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2035-11-16 22:06:48"
    body = T("""
Forwarding the texts Keeley sent me in the last 20 mins. I'm the detached youth worker for Roehampton. I don't know where she is - she's not answering now and her location's off. Mum's phone goes to voicemail.

Keeley Adeyemi, 15, lives Danebury Ave.

---------- Forwarded texts ----------
21:44 Keeley: u still working
21:45 Me: Yes till 10.30, you ok?
21:49 Keeley: ive took two of the blue ones
21:49 Keeley: some lad at the garages gave them me
21:53 Keeley: i cant feel my hands
21:53 Keeley: my hearts going mad
21:54 Me: Where are you Keeley? Stay where you are, I'm calling an ambulance
21:58 Keeley: dont tell my mum
21:58 Keeley: im fine dont ring anyone
22:01 Me: Where are you?? Please answer
(no reply)

I've rung 999 but I can't give them an address. Please can someone ring me on 07700 900662.

Leon Gayle
Detached Youth Worker | Wandsworth Youth Service
""")
    top = plain_top(f, addr("Leon Gayle", "leon.gayle.youthwork@gmail.example.com"), addr("MASH Step Up", RSU),
                    "Fwd: Keeley texts", when, "mail.gmail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Keeley Adeyemi")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "THE YOUNG PERSON'S OWN TEXTS, FORWARDED at 22:06 on a Friday: 'ive took two of the blue ones', 'i cant feel my "
        "hands', 'my hearts going mad', then silence; location off. No alarm word. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (out of hours). Not a step request -> other. No DOB given.",
        not_children=["Leon Gayle"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2035-09-25 13:40:26"
    body = T("""
Dear colleagues,

We are consulting partners on our draft Vaping and Substances Policy (attached), which governors will adopt in November. We would particularly welcome the MASH's view on section 5.

The policy covers e-cigarettes, THC and "spice" vapes, and nitrous oxide on the school site. Section 5 sets out when a vaping incident becomes a safeguarding concern - for example where a vape contains THC or a pupil appears to be supplied by an adult - and how the DSL refers to MASH.

This is a policy consultation only; it does not relate to any individual pupil.

Comments by Friday 12 October please.

With thanks,
Fiona Laidlaw
School Business Manager | Grey Court School | Ham
""")
    atts = [docx_att("DRAFT Vaping and Substances Policy v0.3.docx",
                     ["# Vaping and Substances Policy (DRAFT v0.3)", "1. Purpose", "2. Scope", "5. Safeguarding",
                      "5.1 A vape found to contain THC, or a pupil who appears to be supplied by an adult, is referred to the DSL the same day.",
                      "5.2 The DSL considers a referral to MASH."])]
    top = outlook_top(f, addr("Fiona Laidlaw", "f.laidlaw@greycourt.example.sch.uk"),
                      "%s, %s" % (addr("MASH Step Up", RSU), addr("Early Help Duty", RED)),
                      "Consultation: draft Vaping and Substances Policy", when, mid_domain="greycourt.example.sch.uk")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL'S VAPING POLICY: THC vapes, supply by an adult and 'safeguarding concern' appear only as "
        "policy wording; 'it does not relate to any individual pupil'. DESIGN safety rule 1: policy and training text "
        "must not trigger it. A consultation -> other -> human_review. Addressed to both inboxes; labelled for MASH Step Up "
        "(first To).")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2035-11-05 08:14:10"
    body = T("""
Thank you for your email. I am on annual leave until Monday 12 November with no access to email.

For Early Help duty matters please contact EarlyHelpDuty@richmondandwandsworth.gov.uk.

If you think a child is in immediate danger, call 999. If you are worried about a child, contact the MASH on 020 7946 0321 (out of hours 020 7946 0999).

Tom Rees
Early Help Practitioner | Richmond and Wandsworth Councils
""")
    data = ooo(f, when, "Rees, Tom", "Tom.Rees@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-5266] Reminder: step-down case discussion Wed 7 November", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE WITH SAFEGUARDING BOILERPLATE ('immediate danger, call 999'), Auto-Submitted: "
        "auto-replied. DESIGN safety rule 2 -> auto_reply -> ignore; the boilerplate is about nobody real -> not urgent.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2035-09-21 15:09:55"
    ack = ack_text("step up", "[SB-richmond_wandsworth-5207]",
                   ["Family: Lund (Mosaic 3312980)", "Child: Harvey Lund"], ["rationale for the plan to step up"])
    body = T("""
Hi,

Rationale attached as asked - sorry, I thought it was in the summary.

Also for the record, Harvey's mum rang this afternoon and said she is fine with the step up and would rather we were honest with her about the cannabis.

Nikhil
Nikhil Varma | Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils
""") + quoted(ack)
    atts = [docx_att("Rationale - Lund.docx", ["# Rationale for step up", "Harvey Lund, Mosaic 3312980",
                     "Daily cannabis use since June; Early Help plan not working."])]
    top = plain_top(f, addr("Varma, Nikhil", "Nikhil.Varma@" + RDOM), addr("MASH Step Up", RSU),
                    "RE: [SB-richmond_wandsworth-5207] Step up - Lund", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["3312980"], [ch("Harvey Lund")],
        ["substance_misuse"], True, None, [], None, "attach_to_request",
        "Reply to [SB-richmond_wandsworth-5207] adding the missing rationale (.docx) -> follow_up -> attach_to_request; "
        "missing [] for a follow_up. Mum 'is fine with the step up' -> consent true. Child and Mosaic id from the quoted "
        "acknowledgement; daily cannabis -> substance_misuse.",
        not_children=["Nikhil Varma"])


# ============================================================================= TOWER HAMLETS
TSU = MAILBOXES[("tower_hamlets", "mash_step_up")]
TED = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2035-11-08 09:11:27"
    body = T("""
Dear MAST,

Step up request: Ayaan Chowdhury, DOB 14/03/2023, Mosaic 2790114. Multi-Agency Request for Support form attached. My manager Shirin Ahmed has agreed the step up and is copied in.

Ayaan is 12. On Tuesday he told his cousin that two men "in their twenties, in a black Golf" had been giving him K (ketamine) for free after school at Mile End, and that they'd said he could "earn it back" by carrying for them.

Last night he did not come home. Mum last saw him at 7.30pm. His cousin saw him get into the black Golf outside Mile End station at about 8pm. Mum reported him missing to police at 11pm (CAD 9913/07Nov). His phone has been off since 8.20pm. He has not been to school this morning and nobody has heard from him. This is the first time he has ever stayed out.

Mum's number: 07700 900731 (Bengali, her son Rahim, 19, can interpret).

Thanks,
Lucy Tran
Early Help Practitioner | Targeted Early Help (Bow & Mile End) | London Borough of Tower Hamlets
""") + "\n" + TDISC
    atts = [docx_att("MARFS - Chowdhury A - Nov 2035.docx",
                     ["# Multi-Agency Request for Support", "Child: Ayaan Chowdhury 14/03/2023", "Mosaic 2790114",
                      "Reason for request: ketamine supplied by adult males; missing overnight 7-8 November 2035.",
                      "Manager: Shirin Ahmed - agreed."])]
    top = outlook_top(f, addr("Tran, Lucy", "Lucy.Tran@" + TDOM), addr("MAST", TSU), "Step up - Chowdhury - Mosaic 2790114",
                      when, cc=addr("Ahmed, Shirin", "Shirin.Ahmed@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2790114"], [ch("Ayaan Chowdhury", "2023-03-14", "14/03/2023")],
        ["exploitation", "missing", "substance_misuse"], None, True, [], None, "alert_duty",
        "A 12-YEAR-OLD GIVEN KETAMINE BY OLDER MEN AND NOW MISSING OVERNIGHT: last seen getting into their car at 8pm, "
        "phone off, not in school. Written as a routine MAST step-up (Request for Support form attached, manager agreed "
        "-> missing []), no alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. 'Mosaic 2790114' -> '2790114'.",
        not_children=["Lucy Tran", "Shirin Ahmed"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2035-09-12 14:33:50"
    blocks = [
        "Hi Early Help Hub,",
        "",
        "Step down for {{Tanvir Ahmed}} (DOB 28/03/2019), Mosaic 2776650, following the Child and Family Assessment which concluded on 7 September 2035.",
        "",
        ("table", [["Item", "Detail"],
                   ["Child and Family Assessment", "Attached (C&F Assessment - T Ahmed.pdf)"],
                   ["TAF plan", "Attached (TAF plan - T Ahmed.docx)"],
                   ["Consent", "Tanvir and his mum both gave consent to step down at my visit on 10/09/2035"],
                   ["Lead Practitioner", "Rokeya Begum, School Nurse, Bow School Health Team (Tower Hamlets GP Care Group)"],
                   ["TAF meeting", "Thursday 20 September 2035, 10:00, Bow School, I will chair"]]),
        "",
        "Tanvir (16) was smoking cannabis daily at the start of the assessment. He now sees the young people's drug service every week and says he is down to weekends. The plan carries that work on.",
        "",
        "Many thanks,",
        "Jamal Haque",
        "Social Worker | Assessment and Intervention | LBTH",
    ]
    atts = [pdf_att("C&F Assessment - T Ahmed.pdf", "Child and Family Assessment",
                    ["Tanvir Ahmed 28/03/2019, Mosaic 2776650", "Concluded 07/09/2035", "Outcome: step down to Early Help."]),
            docx_att("TAF plan - T Ahmed.docx", ["# TAF plan", "Lead Practitioner: Rokeya Begum",
                     "YP drug service weekly; school nurse check-ins; mum to attend parents' group."])]
    top = outlook_top(f, addr("Haque, Jamal", "Jamal.Haque@" + TDOM), addr("Early Help Hub", TED),
                      "Step down - T Ahmed - Mosaic 2776650", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2776650"], [ch("Tanvir Ahmed", "2019-03-28", "28/03/2019")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (REQUIREMENTS, tower_hamlets step_down: assessment, draft_plan (TAF plan), "
        "consent, lead practitioner named with agency) in a Word table -> book_meeting. Daily cannabis -> substance_misuse.",
        not_children=["Jamal Haque", "Rokeya Begum"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2035-10-02 11:18:07"
    body = T("""
Hello,

A quick question rather than a referral. A mum came to my drop-in at the school this morning worried about her Year 8 son (12), who is drinking three or four energy drinks a day - the big 500ml cans - and is up until 2am on his phone. She asked me whether this is "a safeguarding thing" and whether social services would get involved.

I've reassured her, given her the NHS caffeine leaflet and talked about a sleep routine. He is healthy, in school every day, and she's a very caring mum. Does the Hub run any parenting sessions on sleep and screens I could point her to?

Thanks,
Bernadette
Bernadette Nwosu | School Nurse | Tower Hamlets School Health Service
""")
    top = outlook_top(f, addr("Nwosu, Bernadette", "bernadette.nwosu@schoolhealth.example.nhs.uk"),
                      addr("Early Help Hub", TED), "Energy drinks - advice please", when,
                      mid_domain="schoolhealth.example.nhs.uk")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S WORRY ABOUT ENERGY DRINKS relayed by a school nurse: 'is this a safeguarding thing', but "
        "healthy, in school every day, caring mum, already reassured -> no risk, not urgent; unnamed child -> children []. "
        "An enquiry -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2035-11-19 12:48:33"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step up Kyle Osei-Barnes (DOB 23.10.2020), Mosaic 2781407.

Kyle (15) was found selling cannabis and pills to Year 9s in the toilets at Stepney All Saints on 12 November and has named an older man who "gives him a bag every Monday". Police have been informed by school. The Early Help plan hasn't shifted anything.

I've sent it to my manager for sign-off but haven't heard back yet - she's at a conference today and tomorrow.

Regards,
Oskar Nowak
Family Practitioner | Early Help | LBTH
""")
    atts = [docx_att("Request for Support - Osei-Barnes.docx", ["# Multi-Agency Request for Support",
                     "Child: Kyle Osei-Barnes 23.10.2020", "Reason: dealing in school for an adult; step up requested."])]
    top = outlook_top(f, addr("Nowak, Oskar", "Oskar.Nowak@" + TDOM), addr("MAST", TSU),
                      "Step up request - Osei-Barnes", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2781407"], [ch("Kyle Osei-Barnes", "2020-10-23", "23.10.2020")],
        ["exploitation"], None, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up: Request for Support attached, but MANAGER AGREEMENT PENDING ('sent it to my manager "
        "for sign-off but haven't heard back') -> null -> manager_agreed missing -> request_info. A child dealing at "
        "school for an adult -> exploitation; not tonight, police informed -> not urgent.",
        not_children=["Oskar Nowak"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2035-12-04 23:04:12"
    text = T("""
Hi its Mo from Limehouse youth club. Im at Blackwall bus station, theres a girl from our club here on her own, Safiya Akter, shes 13. She is really drunk, cant stand up properly and was sick on the bench. She says she was drinking with some older girls in the park and they left her. She says she cant go home because her mum will go mad. Her phone is dead. Its 11pm and freezing. I'm staying with her but I dont think I'm allowed to take her in my car on my own? Who do I call?? My number 07700 900285
Mo Rahman
Sent from my iPhone
""")
    top = plain_top(f, addr("Mo Rahman", "mo.rahman.lyc@icloud.example.com"), addr("MAST", TSU),
                    "girl at bus station", when, "icloud.example.com", None)
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Safiya Akter")], ["substance_misuse"], None, None, [], None, "alert_duty",
        "A 13-YEAR-OLD DRUNK AND ALONE AT A BUS STATION AT 11PM, a youth worker's iPhone one-paragraph mail: cannot stand, "
        "sick, left by older girls, will not go home, phone dead, freezing. No alarm word. DESIGN safety rule 1 -> urgent "
        "-> alert_duty (out of hours). Not a step request -> other.",
        not_children=["Mo Rahman"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2035-09-14 09:26:40"
    data = google_reply(f, when, "Rokeya Begum", "rokeya.begum.schoolnurse@gmail.example.com",
                        ("Jamal Haque", "Jamal.Haque@" + TDOM), "ACCEPTED",
                        "TAF meeting - Tanvir Ahmed (Mosaic 2776650)", "20350920T090000Z", "20350920T100000Z",
                        "Bow School, meeting room 2", "Thu 20 Sep 2035 10am - 11am (BST)")
    data = cc_inject(data, "Early Help Hub", TED)
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["2776650"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, ACCEPTED, from the Lead Practitioner for tower_hamlets_02's TAF (Thu 20 Sep 10:00 BST "
        "= 09:00Z); the Early Help Hub is copied. DESIGN: meeting_reply -> record_reply; 'Mosaic 2776650' -> '2776650'.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2035-10-05 16:02:15"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<h2 style="color:#6A1B9A">Tower Hamlets Youth Service - Autumn Newsletter</h2>
<p>Welcome back! Here's what's on across our youth hubs this term.</p>
<h3>Spotlight: THC vapes</h3>
<p>Youth workers are hearing more about "THC vapes" bought on social media. Many contain synthetic cannabinoids, not THC. Young people have told us: <i>"it hit me way harder than weed"</i> and <i>"my mate couldn't feel his legs"</i>. These quotes were gathered anonymously at our summer sessions and are shared to help workers start conversations.</p>
<h3>How to spot an overdose - free training</h3>
<p>Our one-hour session covers what to do if a young person collapses, is unresponsive or is struggling to breathe (always call 999). Wednesday 24 October, 6pm, Poplar Union. Book via the youth service portal.</p>
<h3>Also this term</h3>
<ul><li>Girls' football, Mondays, Mile End Park</li><li>Music studio open sessions, Thursdays, Shadwell</li><li>Half-term trip to the Science Museum</li></ul>
<p style="font-size:9pt;color:#666">You are receiving this because you are on the Tower Hamlets Youth Service partners list. This newsletter does not refer to any individual young person.</p>
</body></html>
""")
    top = plain_top(f, addr("Tower Hamlets Youth Service", "youthservice@" + TDOM), addr("Early Help Hub", TED),
                    "Youth Service Autumn Newsletter 2035", when, TDOM, None,
                    extra=[("List-Id", "<partners.youthservice.towerhamlets.gov.uk>"), ("Precedence", "bulk")])
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A YOUTH SERVICE NEWSLETTER (HTML only): anonymised quotes ('couldn't feel his legs'), overdose "
        "training, 'does not refer to any individual young person'. DESIGN safety rule 1: bulletins listing examples must "
        "not trigger it -> other -> human_review.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2035-11-21 17:53:29"
    ack = ack_text("step down", "[SB-tower_hamlets-1932]", ["Family: Miah (Mosaic 2779302)", "Child: Imran Miah"], [])
    body = T("""
Hello,

I am mother of Imran Miah. Sorry my English not good. Please help. Imran 14 he come home 20 minute ago, he cannot stand, he vomit two time, his eyes is rolling. He say he drink something in the park with big boys, I dont know what. Now he sleep on the sofa and I cannot wake him properly, he make noise but not open eyes. His lips little bit blue colour. My husband say leave him he will sleep. I dont know what to do. I have no credit in phone only wifi.

Shapla Begum
07700 900117
""") + quoted(ack)
    top = plain_top(f, addr("Shapla Begum", "shapla.begum84@gmail.example.com"), addr("Early Help Hub", TED),
                    "Re: [SB-tower_hamlets-1932] Step down - Miah", when, "mail.gmail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2779302"], [ch("Imran Miah")], ["substance_misuse"], None, None, [], None,
        "alert_duty",
        "A 14-YEAR-OLD WHO CANNOT BE WOKEN, HIS MOTHER WRITING IN BROKEN ENGLISH at 17:53: drank something in the park, "
        "vomiting, eyes rolling, lips blue, father says 'leave him'; she has no phone credit. No alarm word. DESIGN safety "
        "rule 1 -> urgent -> alert_duty (out of hours). A reply to [SB-tower_hamlets-1932] -> follow_up.",
        not_children=["Shapla Begum"])


# ============================================================================= TORBAY
BSU = MAILBOXES[("torbay", "mash_step_up")]
BED = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2035-09-13 10:41:08"
    body = T("""
Hello Early Help,

Please can I have a triage slot for a level 3 step-down for the Tozer children, LCS-4402318:
- Ellie Tozer, DOB 17/06/2020
- Alfie Tozer, DOB 09/02/2031

The Single Assessment is attached, with my analysis and the rationale for stepping down; my team manager Rosie Hawke has added her manager's analysis confirming the threshold for level 3 intervention is met.

Mum has consented to level 3 Early Help - she signed at my visit on Tuesday.

Ellie (15) was drinking heavily with friends on the seafront over the summer and was taken home by police twice. She is now working with the young people's substance misuse team and has cut right down. Alfie is 4 and doing well at nursery.

Thanks,
Gareth Luxton
Social Worker | Single Assessment Team | Torbay Council
""") + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Tozer - Sept 2035.pdf", "Single Assessment",
                    ["Children: Ellie Tozer 17/06/2020, Alfie Tozer 09/02/2031. LCS-4402318.",
                     "Analysis and rationale for step-down: ...",
                     "Manager's analysis (Rosie Hawke, TM): threshold for level 3 intervention met. Agreed."])]
    top = outlook_top(f, addr("Luxton, Gareth", "Gareth.Luxton@" + BDOM), addr("Early Help", BED),
                      "Triage slot please - step down L3 - Tozer LCS-4402318", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4402318"],
        [ch("Ellie Tozer", "2020-06-17", "17/06/2020"), ch("Alfie Tozer", "2031-02-09", "09/02/2031")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (REQUIREMENTS, torbay step_down: assessment, manager's analysis confirming "
        "the threshold -> manager true, consent signed -> true). Alfie is 4 -> the fortnightly under-5s triage (a "
        "scheduling fact, not a label). Ellie's drinking -> substance_misuse. -> book_meeting.",
        not_children=["Gareth Luxton", "Rosie Hawke"])

def torbay_02():
    f = "torbay_02.eml"; when = "2035-10-04 12:40:36"
    body = T("""
Hi MASH,

I'm the lead practitioner for Kayden Widger (DOB 22/01/2022), EHM-815530. New information, discussed with my manager Sally Brock just now - we both agree this needs considering for level 4.

Kayden (13) came into school this morning still drunk - smelling of alcohol, slurring, fell asleep in maths. He told his head of year that mum's partner Dean "gave me a bottle of vodka and a spliff last night to chill me out" and said "there's more tonight if I keep my mouth shut". Kayden says Dean does this "most nights mum's at work".

Mum works at the Riviera care home until midnight tonight. Kayden gets the 3.15 bus home, where Dean will be. He asked his head of year not to tell anyone.

I haven't spoken to mum about this contact - I didn't want Dean to find out before you'd seen it.

Thanks,
Hannah Northcott
Family Intervention Worker | Early Help | Torbay Council
01632 960441
""") + "\n" + BDISC
    top = outlook_top(f, addr("Northcott, Hannah", "Hannah.Northcott@" + BDOM), addr("MASH", BSU),
                      "Contact to MASH - Widger - EHM-815530", when, cc=addr("Brock, Sally", "Sally.Brock@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-815530"], [ch("Kayden Widger", "2022-01-22", "22/01/2022")],
        ["substance_misuse"], None, True, ["consent"], None, "alert_duty",
        "A 13-YEAR-OLD GIVEN VODKA AND CANNABIS BY MUM'S PARTNER, who goes home to him on the 3.15 bus with 'more tonight "
        "if I keep my mouth shut'. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. A Torbay contact to MASH "
        "-> step_up: manager agreed ('we both agree this needs considering for level 4') -> true; mum not asked -> "
        "consent null -> 'consent' missing (still labelled for an urgent mail).",
        not_children=["Hannah Northcott", "Sally Brock"])

def torbay_03():
    f = "torbay_03.eml"; when = "2035-09-17 19:22:51"
    body = T("""
Hello,

I'm not sure if this is the right place. My son is 11 and the man in the Co-op rang me today because he'd seen him and two friends trying a cigarette round the back of the shop. I went and got him. He was embarrassed more than anything and said it made him feel sick. I've grounded him for the week and we've had a long talk.

Do I need to tell social services about something like this, or is there a leaflet about talking to kids about smoking and vaping? I don't want him getting into worse things at secondary.

Thanks,
Kerry Yeo
""")
    top = plain_top(f, addr("Kerry Yeo", "kerryyeo77@outlook.example.com"), addr("MASH", BSU),
                    "Son tried a cigarette - do I need to tell you?", when, "outlook.example.com", None)
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CHILD WHO TRIED A CIGARETTE, a parent's evening enquiry: already handled by mum, no harm, no "
        "ongoing concern -> not urgent; unnamed child -> children []. -> other -> human_review.",
        not_children=["Kerry Yeo"])

def torbay_04():
    f = "torbay_04.eml"; when = "2035-10-30 15:05:44"
    body = T("""
Hi Early Help,

Requesting a triage slot for Jake Pengelly (DOB 12/01/2022), LCS-4410297 - step down to level 3.

Single Assessment attached. Jake (13) was using cannabis and drinking at weekends with older teenagers; since the assessment started he's been going to the YP substance misuse drop-in and things have settled.

Two things outstanding:
- My TM's analysis isn't on LCS yet - she's reading the assessment this week and hasn't signed it off.
- Consent: I asked mum at the visit and she said "maybe, I'll think about it and let you know". So not a yes yet.

Thanks
Megan Stoneman
Social Worker | Safeguarding and Supporting Families | Torbay Council
""")
    atts = [pdf_att("Single Assessment - J Pengelly.pdf", "Single Assessment",
                    ["Jake Pengelly 12/01/2022, LCS-4410297", "Analysis and rationale for step-down to level 3.",
                     "Manager's analysis: (not yet completed)"])]
    top = outlook_top(f, addr("Stoneman, Megan", "Megan.Stoneman@" + BDOM), addr("Early Help", BED),
                      "Triage request - Pengelly LCS-4410297", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4410297"], [ch("Jake Pengelly", "2022-01-12", "12/01/2022")],
        ["substance_misuse"], None, None, ["consent", "manager_agreed"], None, "request_info",
        "Torbay step-down (first week of GMT): assessment attached, but MANAGER PENDING ('hasn't signed it off') -> null "
        "and CONSENT UNCLEAR ('maybe, I'll think about it') -> null; both missing -> request_info. 'step down to level 3' "
        "-> level 3 (also Torbay's only step-down level). Cannabis and drinking -> substance_misuse.",
        not_children=["Megan Stoneman"])

def torbay_05():
    f = "torbay_05.eml"; when = "2035-12-03 18:31:02"
    blocks = [
        "Dear MASH,",
        "",
        "Paediatric liaison - Torbay Hospital A&E, 18:20.",
        "",
        "{{Poppy Tregaskis}}, DOB 30/05/2022 (13), brought in at 15:50 by ambulance from Paignton seafront. Blood alcohol consistent with acute alcohol poisoning; GCS now 14, vomiting. She will be kept on the children's ward overnight for observation only if a parent agrees - otherwise the registrar considers her fit to go home with a parent after 20:00.",
        "",
        "Her father, Wayne Tregaskis, arrived at 17:30. He was unsteady, smelled strongly of alcohol and was asked to leave the resus area by security after shouting at staff. He told the nurse \"I bought her the vodka, it's her birthday week, she's fine\" and that he is taking her home in his car \"as soon as she can walk\". He is in the car park now. Poppy lives with him; mum's whereabouts are not known to us.",
        "",
        "Poppy said to the nurse: \"please don't make me go back with him tonight\".",
        "",
        "Gwen Trewin",
        "Paediatric Liaison Nurse | Torbay and South Devon NHS Foundation Trust | 01632 960730",
    ]
    top = outlook_top(f, addr("Trewin Gwen (Torbay and South Devon)", "gwen.trewin@tsdft.example.nhs.uk"),
                      addr("MASH", BSU), "ED attendance - P.T. - 13", when, mid_domain="tsdft.example.nhs.uk")
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Poppy Tregaskis", "2022-05-30", "30/05/2022")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A 13-YEAR-OLD WITH ALCOHOL POISONING WHOSE FATHER SUPPLIED THE VODKA, is drunk in the car park and will drive her "
        "home tonight; 'please don't make me go back with him tonight'. Word HTML, clinical. No alarm word. DESIGN safety "
        "rule 1 -> urgent -> alert_duty (after 17:00). Not a step request -> other.",
        not_children=["Gwen Trewin", "Wayne Tregaskis"])

def torbay_06():
    f = "torbay_06.eml"; when = "2035-10-10 16:18:27"
    body = T("""
Hi,

I'm PSHE lead at Paignton Academy. Attached is my Year 9 lesson plan on "pills at a party". Before I teach it after half term, could someone from Early Help check that the signposting slide (local services and numbers) is right?

The lesson uses a made-up scenario - "Jess, 15, has taken two pills at a party and says she can't feel her hands; her friends don't want to ring anyone because they'll get in trouble" - and the class decide what they would do (the answer is: call 999, put her in the recovery position, stay with her, tell an adult). Jess is fictional.

Many thanks,
Rhiannon Pascoe
PSHE Lead | Paignton Academy
""")
    atts = [docx_att("Y9 PSHE - Pills at a party - lesson plan.docx",
                     ["# Year 9 PSHE: Pills at a party", "Learning objectives: recognise an overdose; know how to get help.",
                      "Scenario (fictional): Jess, 15, has taken two pills and can't feel her hands.",
                      "Activity: what would you do? Answer: call 999, recovery position, stay with her, tell an adult.",
                      "Signposting: Torbay YP substance misuse service; Childline 0800 1111; FRANK."])]
    top = outlook_top(f, addr("Pascoe, Rhiannon", "r.pascoe@paigntonacademy.example.sch.uk"), addr("Early Help", BED),
                      "PSHE lesson plan - could you check the signposting?", when,
                      mid_domain="paigntonacademy.example.sch.uk")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A DRUGS EDUCATION LESSON PLAN whose fictional scenario ('two pills', 'can't feel her hands', friends "
        "won't ring anyone) echoes this set's urgent mails; 'Jess is fictional'. DESIGN safety rule 1: hypothetical and "
        "training text must not trigger it; a fictional character is not a child -> children []. -> other -> human_review.")

def torbay_07():
    f = "torbay_07.eml"; when = "2035-11-12 13:22:48"
    data = itip_reply(f, when, "Jo Ashworth", "Jo.Ashworth@" + BDOM, ("Torbay Early Help", BED), "DECLINED",
                      "Early Help triage - Jennings - LCS-4405561", "20351113T100000", "20351113T103000",
                      "Torbay Early Help triage (Teams)",
                      comment="Sorry, can't make triage tomorrow. I'm at Torbay Hospital with Tyler Jennings - he took pills at a party on Saturday and has been on the ward since. They are discharging him at 4 today to his brother's flat in Hele, which is where he got the pills from, and the brother is there now. Mum is in Spain until Friday. Can someone from MASH ring me on 07700 900904 before 4?")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["LCS-4405561"], [ch("Tyler Jennings")], ["substance_misuse"],
        None, None, [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT (Outlook iTIP REPLY, DECLINED): a boy who took pills at a party is being "
        "discharged at 4pm today to his brother's flat, where he got the pills, mum abroad. No alarm word. DESIGN safety "
        "rule 1 ('a meeting reply's comment') -> urgent -> alert_duty, which comes before record_reply.",
        not_children=["Jo Ashworth"])

def torbay_08():
    f = "torbay_08.eml"; when = "2035-11-23 11:07:13"
    body = T("""
Dear MASH,

Contact from Early Help for Morwenna Hext, DOB 15/08/2019, EHM-816004.

Morwenna (16) has smoked cannabis daily for a year; in the last month she has stopped going to college (attendance 41%), has been seen with a 27-year-old known to police for supply, and told me she "owes him a bit". This is new information for us.

I discussed this with my team manager, Colin Rowe, and we agree it needs considering for a level 4 statutory response. Mum has given her consent for this contact to MASH.

Lead professional: Ffion Dart, Family Intervention Worker, Torbay Early Help, 01632 960417.

Regards,
Ffion Dart
""")
    top = outlook_top(f, addr("Dart, Ffion", "Ffion.Dart@" + BDOM), addr("MASH", BSU), "Contact - Hext EHM-816004", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["EHM-816004"], [ch("Morwenna Hext", "2019-08-15", "15/08/2019")],
        ["exploitation", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (contact to MASH; REQUIREMENTS, torbay step_up: consent 'Mum has given her consent' -> "
        "true; 'we agree it needs considering for a level 4' with the TM -> true) -> book_meeting. Daily cannabis -> "
        "substance_misuse; 41% college attendance -> school_attendance; owing a 27-year-old dealer -> exploitation.",
        not_children=["Ffion Dart", "Colin Rowe"])


# ============================================================================= HEREFORDSHIRE
HSU = MAILBOXES[("herefordshire", "mash_step_up")]
HED = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2035-09-11 11:55:20"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Pritchard children (sibling group), stepping down to Early Help at level 3:
- Isla Pritchard, DOB 03/08/2021, Mosaic 880412
- Noah Pritchard, DOB 20/11/2024, Mosaic 880413

Mum's signed consent form is attached. The key person agreed with the family is Gemma Price, Family Support Worker at Whitecross Hereford High School.

Isla (14) was brought home by police in July after drinking in Castle Green; the Child and Family Assessment found mum coping well and Isla now working with the young people's substance misuse worker.

Kind regards,
Tom Beddoes
Social Worker | Assessment Team | Herefordshire Council
""") + "\n" + HDISC
    atts = [docx_att("EHA step-down plan - Pritchard.docx", ["# Early Help Assessment step-down plan",
                     "Children: Isla Pritchard, Noah Pritchard", "Key person: Gemma Price (Whitecross Hereford High School)",
                     "What needs to happen: YP substance misuse sessions; weekend plan; review at MAG."]),
            pdf_att("Signed consent - Pritchard.pdf", "Consent to Early Help",
                    ["I agree to my family being supported by Early Help.", "Signed: S. Pritchard (mother) 06/09/2035"])]
    top = outlook_top(f, addr("Beddoes, Tom", "Tom.Beddoes@" + HDOM), addr("Early Help Co-ordinators", HED),
                      "Step down plan - Pritchard sibling group", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["880412", "880413"],
        [ch("Isla Pritchard", "2021-08-03", "03/08/2021"), ch("Noah Pritchard", "2024-11-20", "20/11/2024")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS, herefordshire step_down: consent form, plan, key "
        "person named with agency) -> book_meeting. 'stepping down to Early Help at level 3' -> level 3. "
        "Isla's drinking (historic, now in work with the YP worker) -> substance_misuse.",
        not_children=["Tom Beddoes", "Gemma Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2035-09-27 20:41:39"
    text = T("""
I dont know who else to tell, the police number just rings out.

Theres a girl from our road, Lily-Rose Watkins, she's 14, she's on the swings in Bishops Meadow with three men, they're proper grown men, 30s maybe. They've been giving her vodka from a bottle for the last hour, I can see it from my kitchen window. She can hardly stand up now. One of them has just carried her over to a silver car by the Kings Acre side and put her in the back and they are all standing round it smoking.

Her mum works nights at the hospital.

Pat Hollins (Mrs), 12 Ferndale Close
""")
    top = plain_top(f, addr("Pat Hollins", "pathollins@btinternet.example.com"), addr("MASH", HSU),
                    "girl in the park", when, "btinternet.example.com", None)
    add(f, mail(f, top, text, crlf=False), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Lily-Rose Watkins")], ["exploitation", "substance_misuse"],
        None, None, [], None, "alert_duty",
        "A 14-YEAR-OLD DRINKING VODKA IN THE PARK, A NEIGHBOUR WATCHING at 20:41: grown men giving her vodka, 'can hardly "
        "stand', carried into a car. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). A "
        "neighbour's mail -> other (Herefordshire defines no step-up anyway).",
        not_children=["Pat Hollins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2035-10-17 10:09:51"
    body = T("""
Hi,

Step-down plan, consent and key person for Owen Bevan (DOB 01/12/2020), Mosaic 879220, attached / below.

For context only: in June Owen (then 14) was found with ketamine at school. That was dealt with at the time - school and police were involved, he had a fixed-term exclusion and a youth caution, and he completed six sessions with the young people's drug and alcohol service. There has been nothing since and none of the agencies has any current concern about drug use.

Key person: Carys Lloyd, Youth Worker, Herefordshire Youth Service (Leominster), who Owen already knows.

Mum's signed consent form and the EHA step-down plan are attached.

Thanks
Bethan Powell
Social Worker | Herefordshire Council
""") + "\n" + HDISC
    atts = [pdf_att("Consent form signed - Bevan.pdf", "Consent to Early Help", ["Signed by parent 12/10/2035"]),
            docx_att("EHA step-down plan - O Bevan.docx", ["# EHA step-down plan", "Owen Bevan 01/12/2020",
                     "Key person: Carys Lloyd", "Plan: youth work weekly; college taster days; MAG review."])]
    top = outlook_top(f, addr("Powell, Bethan", "Bethan.Powell@" + HDOM), addr("Early Help Co-ordinators", HED),
                      "Step down - O Bevan - Mosaic 879220", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["879220"], [ch("Owen Bevan", "2020-12-01", "01/12/2020")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC INCIDENT ALREADY DEALT WITH: ketamine at school in June, exclusion, caution, YP service "
        "completed, 'none of the agencies has any current concern about drug use' -> not urgent and no substance_misuse "
        "concern. Complete Herefordshire step-down (consent form, plan, key person with agency) -> book_meeting. No level "
        "written -> level null (DESIGN: level when stated).",
        not_children=["Bethan Powell", "Carys Lloyd"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2035-11-09 14:26:05"
    body = T("""
Hello co-ordinators,

Step-down plan attached for Summer Jones-Price (DOB 18/04/2022), Mosaic 881507.

Summer (13) had been drinking and using cannabis vapes with older friends; things have improved a lot since September.

Mum agreed verbally to Early Help on the phone this morning - I'll get the written consent form signed at my visit on Tuesday and send it over.

Key person: tbc - school and the youth service are both possibilities, I'll confirm once the family have decided.

Regards
Daniel Okoro
Social Worker | Herefordshire Council
""")
    atts = [docx_att("EHA step-down plan - S Jones-Price.docx", ["# EHA step-down plan", "Summer Jones-Price",
                     "Key person: tbc", "Plan: YP substance misuse sessions; school mentor."])]
    top = outlook_top(f, addr("Okoro, Daniel", "Daniel.Okoro@" + HDOM), addr("Early Help Co-ordinators", HED),
                      "Step down plan - Jones-Price", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["881507"], [ch("Summer Jones-Price", "2022-04-18", "18/04/2022")],
        ["substance_misuse"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down: plan attached; mum 'agreed verbally' -> consent true, but the WRITTEN consent form is "
        "not yet signed -> consent_form missing; key person 'tbc' -> lead_practitioner missing -> request_info. No level "
        "written -> null.",
        not_children=["Daniel Okoro"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2035-11-28 14:41:17"
    ack = ack_text("step down", "[SB-herefordshire-3380]", ["Family: Price (Mosaic 880954)", "Child: Callum Price"],
                   ["the Early Help Assessment step-down plan"])
    body = T("""
Hi,

Here's the step-down plan you asked for (attached).

PS - school have just rung me. Callum told his head of year at 2.30 that he's been holding pills for an older lad who "gives him a bag to sell at school", and yesterday he lost the bag. The lad has messaged him "ur getting done tonight" and "ill be waiting at the gate at 3.20". Callum showed her the messages. School finishes at 3.20. Mum isn't answering. I'm driving over from Ross now but won't be there till gone 3.30.

Rachel
Rachel Gwynne | Social Worker | Herefordshire Council | 01632 960528
""") + quoted(ack)
    atts = [docx_att("EHA step-down plan - C Price.docx", ["# EHA step-down plan", "Callum Price",
                     "Plan: youth work; school mentor; family support."])]
    top = plain_top(f, addr("Gwynne, Rachel", "Rachel.Gwynne@" + HDOM), addr("Early Help Co-ordinators", HED),
                    "RE: [SB-herefordshire-3380] Step down - Price", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["880954"], [ch("Callum Price")], ["exploitation"], None, None, [], None,
        "alert_duty",
        "A CHILD DEALING AT SCHOOL, THREATENED FOR TONIGHT, IN A P.S. to a routine follow-up adding the plan: he lost an "
        "older lad's bag, who says 'ur getting done tonight' and will wait at the gate at 3.20; mum not answering, the "
        "social worker cannot get there in time. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. A reply "
        "to [SB-herefordshire-3380] -> follow_up; selling for an older lad -> exploitation.",
        not_children=["Rachel Gwynne"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2035-10-15 12:34:08"
    body = T("""
Hi both,

I'm newly qualified and have a question for my learning log rather than about a case.

Hypothetically - if a parent told me they let their 15-year-old smoke cannabis at home "so at least I know where he is", or a 13-year-old turned up to a visit drunk, would that go to MASH or would it come to you for Early Help? And would it change things if the parent was the one buying it?

None of my families has anything like this going on; I'm just trying to understand the thresholds before my ASYE review.

Thanks!
Niamh Doyle
Newly Qualified Social Worker | Herefordshire Council
""")
    top = outlook_top(f, addr("Doyle, Niamh", "Niamh.Doyle@" + HDOM),
                      "%s, %s" % (addr("Early Help Co-ordinators", HED), addr("MASH", HSU)),
                      "Question for my learning - thresholds", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: 'Hypothetically', 'None of my families has anything like this going on'. DESIGN "
        "safety rule 1: hypothetical risks must not trigger it. A question -> other -> human_review.",
        not_children=["Niamh Doyle"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2035-12-06 09:03:44"
    data = ndr(f, when, HDOM, addr("Early Help Co-ordinators", HED), "lisa.morgan@wyevalleyfamilies.example.org",
               "[SB-herefordshire-3402] Step down received - Morgan", "Early Help Co-ordinators <%s>" % HED,
               "2035-12-06 09:02:10")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report, Auto-Submitted: auto-replied) for stepbot's own "
        "acknowledgement. DESIGN safety rule 2 -> auto_reply -> ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2035-11-20 16:11:30"
    body = T("""
Dear MASH,

I'd like to step up Chloe Vaughan (DOB 09/07/2020), Mosaic 878316, to social care. My manager Ieuan Morris agrees.

Since the spring Chloe (15) has been using cannabis daily again, and mum has stopped answering my calls or letting me in - three missed visits since September.

Below is mum's email from March for the history: Chloe was taken to the County Hospital that night, was discharged the next day, and the matter was dealt with under a strategy discussion at the time. There has been no repeat.

Anwen Lewis
Early Help Family Support Worker | Herefordshire Council

""") + original("Vaughan, Kerry-Ann <kerryann.v@hotmail.example.com>", "12 March 2035 23:47",
                "Lewis, Anwen <Anwen.Lewis@herefordshire.gov.uk>", "chloe",
                "shes collapsed in the kitchen, ambulance is here, they think she took something at her mates. Im going with her to the County\n")
    top = outlook_top(f, addr("Lewis, Anwen", "Anwen.Lewis@" + HDOM), addr("MASH", HSU), "Step up - C Vaughan", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["878316"], [ch("Chloe Vaughan", "2020-07-09", "09/07/2020")],
        ["non_engagement", "substance_misuse"], None, True, [], None, "human_review",
        "NEAR MISS - AN OLD COLLAPSE IN A QUOTED MAIL: mum's 'shes collapsed in the kitchen, ambulance is here' is dated "
        "12 March 2035 and was 'dealt with ... at the time', 'no repeat' -> historic, not urgent. A step-up to the "
        "Herefordshire MASH, a kind the seed does not define -> human_review; missing [] (REQUIREMENTS: no requirements "
        "for an undefined kind). Manager agrees -> true.",
        not_children=["Anwen Lewis", "Ieuan Morris"])
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

# England & Wales bank holidays on weekdays in 2035 and 2036 (set_checks() compares with the `holidays` package).
# None falls inside the window: the Late Summer Bank Holiday (Mon 27 Aug 2035) is before it; Christmas Day (Tue 25 Dec),
# Boxing Day (Wed 26 Dec) and New Year's Day 2036 (Tue 1 Jan) are after it.
BANK_HOLIDAYS = {date(2035, 1, 1), date(2035, 3, 23), date(2035, 3, 26), date(2035, 5, 7), date(2035, 5, 28),
                 date(2035, 8, 27), date(2035, 12, 25), date(2035, 12, 26),
                 date(2036, 1, 1), date(2036, 4, 11), date(2036, 4, 14), date(2036, 5, 5), date(2036, 5, 26),
                 date(2036, 8, 25), date(2036, 12, 25), date(2036, 12, 26)}
WINDOW = (datetime(2035, 9, 3, tzinfo=LON), datetime(2035, 12, 14, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on Sunday 28 October 2035 (the clocks go back): +0100 before, +0000 after.
BST_START = datetime(2035, 3, 25, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2035, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2036

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
# The brief's words that must not appear anywhere in an urgent mail (readable text: bodies, quoted history,
# attachments, calendar comments, signatures, disclaimers, subject).
ALARM = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger|asap)\b")

# Knowsley notice counts (DESIGN: working days d with today < d <= meeting; today = the Europe/London date of `now`).
KNOWSLEY_TABLE = {   # file: (working days, plain weekdays, ok)
    "knowsley_01.eml": (6, 6, True),
    "knowsley_03.eml": (4, 4, False),
    "knowsley_05.eml": (7, 7, True),
    "knowsley_06.eml": (4, 4, False),
    "knowsley_08.eml": (11, 14, True),
}

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def set_checks():
    errors = []
    import holidays
    pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2035, 2036]) if d.weekday() < 5}
    if pkg != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
    w0, w1 = WINDOW[0].date(), WINDOW[1].date()
    if w0.weekday() != 0 or w1.weekday() != 4: errors.append("set: window must run Monday to Friday")
    if any(w0 <= d <= w1 for d in BANK_HOLIDAYS): errors.append("set: a bank holiday inside the window")
    # BST ends on the last Sunday of October 2035
    last_sun = max(date(2035, 10, d) for d in range(25, 32) if date(2035, 10, d).weekday() == 6)
    if BST_END.date() != last_sun or last_sun != date(2035, 10, 28): errors.append("set: BST end date")
    if datetime(2035, 10, 26, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) or \
       datetime(2035, 10, 29, 12, tzinfo=LON).utcoffset() != timedelta(0):
        errors.append("set: Europe/London offsets around the clock change")
    offs = {email.utils.parsedate_to_datetime(parse(l["file"])["Date"]).utcoffset() for l in LABELS}
    if offs != {timedelta(hours=1), timedelta(0)}: errors.append("set: both BST and GMT dates expected, got %s" % offs)
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        e = lab["expect"]
        if CATS[f] == "urgent":
            m = ALARM.search(readable(msg))
            if m: errors.append("%s: urgent mail contains the word %r" % (f, m.group(0)))
        subj = str(msg["Subject"])
        has_ref = re.search(r"\[SB-[a-z_]+-\d+\]", subj) is not None
        if e["kind"] == "follow_up" and not has_ref: errors.append("%s: follow_up without [SB-...] in subject" % f)
        if e["kind"] in ("step_up", "step_down", "other") and has_ref: errors.append("%s: unexpected [SB-...]" % f)
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if e["kind"] == "meeting_reply":
            if len(cals) != 1 or "METHOD:REPLY" not in cals[0].get_payload(decode=True).decode():
                errors.append("%s: meeting_reply needs one text/calendar METHOD:REPLY part" % f)
        elif cals:
            errors.append("%s: calendar part on a non-reply" % f)
        if e["kind"] == "auto_reply" and msg["Auto-Submitted"] is None: errors.append("%s: auto_reply without Auto-Submitted" % f)
    for f, (wd, pw, ok) in KNOWSLEY_TABLE.items():
        lab = _lab(f)
        today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
        m = META[f]["meeting"]
        if (working_days(today, m), plain_weekdays(today, m), lab["expect"]["notice_ok"]) != (wd, pw, ok):
            errors.append("%s: notice table (%d, %d, %s) != computed" % (f, wd, pw, ok))
    # knowsley_03: decided by the Europe/London date (00:21 BST Tuesday = 23:21 UTC Monday)
    n3 = datetime.fromisoformat(_lab("knowsley_03.eml")["now"])
    utc_day = n3.astimezone(UTC).date()
    if not (utc_day != n3.astimezone(LON).date() and working_days(utc_day, META["knowsley_03.eml"]["meeting"]) >= 5):
        errors.append("knowsley_03: should be decided by the local date")
    # knowsley_08 crosses Christmas, Boxing Day and New Year's Day
    if not {date(2035, 12, 25), date(2035, 12, 26), date(2036, 1, 1)} <= {
            d for d in BANK_HOLIDAYS if date(2035, 12, 14) < d <= META["knowsley_08.eml"]["meeting"]}:
        errors.append("knowsley_08: should cross Christmas and New Year")
    return errors

def run_checks():
    errors, tot = check()
    try:
        errors += set_checks()
    except Exception as ex:
        errors.append("set checks raised %r" % ex)
    return errors, tot

def stats():
    from collections import Counter
    out = []
    for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok", "urgent"):
        out.append("%s: %s" % (k, dict(Counter(str(l["expect"][k]) for l in LABELS))))
    out.append("categories: %s" % dict(Counter(CATS.values())))
    out.append("mailbox: %s" % dict(Counter(l["mailbox"] for l in LABELS)))
    out.append("offsets: %s" % dict(Counter(l["now"][-6:] for l in LABELS)))
    per = {}
    for l in LABELS:
        per.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    out.append("per authority: %s" % {a: dict(c) for a, c in per.items()})
    for f, (wd, pw, ok) in KNOWSLEY_TABLE.items():
        out.append("%s now %s meeting %s: %d WD, %d plain weekdays, ok=%s" % (f, _lab(f)["now"], META[f]["meeting"], wd, pw, ok))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
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
