#!/usr/bin/env python3
"""mixed101: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2049, in grandparents and older relatives: informal kinship care, a grandfather on the sex
offenders register babysitting tonight, a grandmother with dementia who wandered off with the baby in the snow, a
grandad's belt, a drunk grandmother driving the children home, a nan's stroke while babysitting, great-grandparents
too frail to cope and family members fighting over who has the children; near misses are newsletters, training,
hypotheticals, support letters, complaints, a birthday invitation, historic incidents and a grandparent doing well.

Window: Monday 4 January - Wednesday 31 March 2049 (the term runs to Thursday 15 April, the Thursday before Easter
Sunday 18 April 2049, but the brief says to avoid dates in April-July, so no mail, meeting or date of birth falls in
them). GMT until 01:00 UTC on Sunday 28 March 2049, then BST. No bank holiday falls inside the window (New Year's Day,
Friday 1 January, is before it; Good Friday 16 April and Easter Monday 19 April after it), checked against the
`holidays` package.

Deterministic; run with /work/main/.venv/bin/python make_set.py [--stats]. Helpers (MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office) copied from /work/main/tests/data/mixed27/make_set.py. The self-checks stop on any error
before anything is written. Every label was set by hand from the specification.
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
    """Local (Europe/London) wall-clock time: GMT (+0000) until 01:00 UTC on Sunday 28 March 2049, then BST
    (+0100). The self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2049, 1, 2, 0, 0, 0))
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



# ============================================================================ the set
SET = "mixed101"
K_MASH, K_EH = "knowsleymash@knowsley.gov.uk", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"
R_MASH, R_EH = "MASH-StepUP@richmondandwandsworth.gov.uk", "EarlyHelpDuty@richmondandwandsworth.gov.uk"
T_MASH, T_EH = "MAST@towerhamlets.gov.uk", "EarlyHelpHub@towerhamlets.gov.uk"
O_MASH, O_EH = "mash@torbay.gov.uk", "earlyhelp@torbay.gov.uk"
H_MASH, H_EH = "mash@herefordshire.gov.uk", "earlyhelpcoordinators@herefordshire.gov.uk"
MBOX = {K_MASH: "mash_step_up", K_EH: "early_help_duty", R_MASH: "mash_step_up", R_EH: "early_help_duty",
        T_MASH: "mash_step_up", T_EH: "early_help_duty", O_MASH: "mash_step_up", O_EH: "early_help_duty",
        H_MASH: "mash_step_up", H_EH: "early_help_duty"}

FILES, LABELS, CATS, META = {}, [], {}, {}

def C(name, dob=None):
    return {"name": name, "dob": dob}

def reg(f, data, cat, box, when, exp, why, texts=(), meeting=None):
    """Register one mail. `when` is the Date header's local time; `now` is 1-10 minutes later."""
    d = dt(when)
    mins = 1 + int(sha(f, "now")[:4], 16) % 10
    now = d + timedelta(minutes=mins)
    full = {"kind": None, "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
            "consent": None, "manager_agreed": None, "missing": [], "notice_ok": None, "next_action": None}
    for k in exp:
        assert k in full, (f, k)
    full.update(exp)
    full["concerns"] = sorted(full["concerns"])
    full["missing"] = sorted(full["missing"])
    auth = re.sub(r"_\d\d\.eml$", "", f)
    FILES[f] = data
    LABELS.append({"file": f, "authority": auth, "mailbox": MBOX[box], "now": now.isoformat(),
                   "expect": full, "why": why})
    CATS[f] = cat
    META[f] = {"date": d, "now": now, "texts": list(texts), "meeting": meeting, "box": box}

SIG_K = "\n\nFarid Quayle\nFamily First Case Manager\nKnowsley Council\n0151 496 0731\n"

# ---------------------------------------------------------------- KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"
    body = T("""
Morning MASH,

Please find attached a step up request for Kayden Rimmer (DOB 02/11/2037), EHM-60412.

Kayden has lived with his maternal nan, Mrs Brenda Rimmer (71), since mum's relapse in the autumn. This is an informal arrangement - no order, no kinship assessment, nan gets no allowance. Nan is now struggling: the house is cold, Kayden's uniform is not washed, he is hungry at school and has had head lice for six weeks. Mum (Leanne) is using heroin again and turns up at nan's asking for money; nan gives it to her. GCP2 completed with nan shows care below the line in physical care and safety.

My team manager Elinor Marsh has agreed the step up (see her note on the form). Nan and mum both consented to the referral at the TAF on 6 January.

The step up TAF meeting is booked for Wednesday 20th January 2049 at 10:00 at Huyton Family Hub, Teams invite sent to the MASH inbox and MASH business support.

Attached: Step Up Request Form, GCP2, TAF minutes 06.01.49.

Thanks
Gemma Tyrer
Family First Case Manager (Level 3)
Knowsley Council
0151 496 0288
""")
    form = docx_att("Step Up Request Form - K Rimmer.docx", [
        "# Knowsley Family First - Step Up Request Form",
        "Child: Kayden Rimmer  DOB: 02/11/2037  EHM-60412",
        "Carer: maternal grandmother (informal arrangement)",
        "Reason for step up: neglect; maternal substance misuse; grandmother unable to meet needs.",
        "Team Manager agreement: Agreed - Elinor Marsh, 11/01/2049"])
    gcp = pdf_att("GCP2 Rimmer Jan 2049.pdf", "Graded Care Profile 2 (GCP2) - Kayden Rimmer", [
        "Carer assessed: Mrs B Rimmer (maternal grandmother)",
        "Physical care: grade 4   Safety: grade 4   Love: grade 2   Esteem: grade 2",
        "Summary: care below the line in physical care and safety."])
    taf = pdf_att("TAF minutes 06.01.49 Rimmer.pdf", "TAF Meeting Minutes - 6 January 2049", [
        "Present: B Rimmer (nan), L Rimmer (mum), G Tyrer (FF), school DSL, school nurse",
        "Agreed: request step up to Children's Social Care. Family consent recorded."])
    top = outlook_top(f, addr("Gemma Tyrer", "gemma.tyrer@knowsley.gov.uk"), K_MASH,
                      "Step up request - Kayden Rimmer EHM-60412", "2049-01-12 09:40:12",
                      cc=addr("Elinor Marsh", "elinor.marsh@knowsley.gov.uk"), mid_domain="knowsley.gov.uk")
    reg(f, mail(f, top, body, [form, gcp, taf], html_alt=True), "ordinary", K_MASH, "2049-01-12 09:40:12",
        {"kind": "step_up", "case_ids": ["EHM-60412"], "children": [C("Kayden Rimmer", "2037-11-02")],
         "concerns": ["neglect", "substance_misuse"], "consent": True, "manager_agreed": True, "missing": [],
         "notice_ok": True, "next_action": "book_meeting"},
        "Complete Knowsley step-up (REQUIREMENTS knowsley step_up): form .docx, GCP2 .pdf (neglect -> gcp2 met), "
        "TAF minutes .pdf, EHM id, 'My team manager ... has agreed'; meeting Wed 20 Jan 10:00 from Tue 12 Jan = 6 WD "
        "(>= 5) -> notice ok -> book_meeting. Informal grandparent care, mum using heroin -> neglect + substance_misuse; "
        "'consented to the referral' -> consent true.",
        [body], meeting=date(2049, 1, 20))

def knowsley_02():
    f = "knowsley_02.eml"
    body = T("""
Hi all

Step up for the Formby children, EHM-61177:
- Tilly-Mae Formby 19/08/2034
- Riley Formby 27/02/2039

The children live with paternal grandad Mr Ken Formby since dad went to prison. Grandad has not let me in for the last 4 planned visits, he shouts through the letterbox that "nobody's taking them off me". Tilly-Mae's attendance is 61%, Riley 74%. Grandad won't come to TAF meetings.

Step up TAF is Wednesday 10th Feb 2049 at 10am, Kirkby Family Hub - invite coming separately.

Form and TAF minutes attached. I have asked my TM to sign the form off, waiting to hear back from her.

Sam Cottier
Family First Case Manager
""")
    form = docx_att("StepUp_Formby.docx", ["# Step Up Request Form", "Tilly-Mae Formby 19/08/2034; Riley Formby 27/02/2039",
                                          "EHM-61177", "Concerns: non-engagement with Family First; school attendance",
                                          "Team Manager agreement: (awaiting)"])
    taf = pdf_att("TAF minutes Formby 20.01.49.pdf", "TAF minutes - Formby - 20/01/2049",
                  ["Grandfather did not attend. School and school nurse present.", "Action: consider step up."])
    top = plain_top(f, addr("Sam Cottier", "sam.cottier@knowsley.gov.uk"), K_MASH,
                    "Formby step up EHM-61177", "2049-02-04 14:30:55", "knowsley.gov.uk", "Microsoft Outlook 16.0")
    reg(f, mail(f, top, body, [form, taf]), "ordinary", K_MASH, "2049-02-04 14:30:55",
        {"kind": "step_up", "case_ids": ["EHM-61177"],
         "children": [C("Tilly-Mae Formby", "2034-08-19"), C("Riley Formby", "2039-02-27")],
         "concerns": ["non_engagement", "school_attendance"], "missing": ["engaging_families", "manager_agreed"],
         "notice_ok": False, "next_action": "request_info"},
        "Knowsley step-up for a grandfather refusing visits -> non_engagement (needs engaging_families: no toolkit "
        "attached); 'I have asked my TM to sign the form off, waiting' -> manager_agreed null -> missing; "
        "Thu 4 Feb -> Wed 10 Feb 10:00 = 4 WD (5, 8, 9, 10 Feb; the weekend is not counted) -> notice not ok.",
        [body], meeting=date(2049, 2, 10))

def knowsley_03():
    f = "knowsley_03.eml"
    body = T("""
Hello, I am a district nurse with Knowsley community nursing. I went to do Mrs Pauline Gerrard's leg dressings at 6pm tonight at 14 Lathom Close, Huyton and found her on the kitchen floor, she cannot move her left side and her speech is slurred. Paramedics are with her now and are taking her to Whiston.

Her granddaughter Lola Gerrard is in the house, she is 3. Nobody else is here. Mrs Gerrard minds her while mum works nights at the care home but mum's phone goes to voicemail and I don't know which home. Lola is in her pyjamas on the settee crying for her nan.

I have my next patient at 7 and I cannot take a 3 year old in my car. The paramedics are going in 10 minutes. Who is coming for her?

Claire Ashurst
District Nurse, Knowsley Community Nursing
07700 900 481

Sent from my iPhone""")
    top = plain_top(f, addr("Claire Ashurst", "claire.ashurst@nhs.net"), K_MASH,
                    "Little girl on her own - nan taken to hospital", "2049-01-19 18:21:40", "nhs.net", None)
    root = flowed_part(body)
    reg(f, build(top, root, False, allow_8bit=True), "urgent", K_MASH, "2049-01-19 18:21:40",
        {"kind": "other", "urgent": True, "children": [C("Lola Gerrard")], "concerns": ["neglect"],
         "next_action": "alert_duty"},
        "DESIGN safety rule 1: a 3-year-old alone at 18:20 with her grandmother (her only carer) being taken to hospital "
        "after an apparent stroke, mum unreachable, the nurse and paramedics leaving in minutes -> urgent, out of "
        "hours -> alert_duty. No alarm word. Not a step request -> other; 'nobody else is here' for a 3-year-old -> "
        "neglect (no adult to care for her).", [body])

def knowsley_04():
    f = "knowsley_04.eml"
    h = T("""
<html><body style="font-family:Arial">
<h2>Knowsley Kinship Carers' Network - February 2049 newsletter</h2>
<p>Welcome to our February newsletter for grandparents, aunts, uncles and older brothers and sisters raising children in Knowsley.</p>
<h3>Spotting a stroke - could you act F.A.S.T.?</h3>
<p>Many of you are in your sixties and seventies and mind toddlers on your own. If you collapse while babysitting, who would know? Our nurse speaker will show you how to set up an emergency contact on your phone and teach the little ones to call 999. This is general advice, not about any family.</p>
<h3>"The old-fashioned way"</h3>
<p>Several grandparents asked about smacking. We will talk about calm discipline and why today's rules differ from the 1970s. Come along - no judgement.</p>
<h3>Dates</h3>
<ul><li>Tuesday 9 February, 10am - coffee morning, Prescot Family Hub</li>
<li>Thursday 25 February, 6pm - special guardianship allowances Q&amp;A (online)</li></ul>
<p>To unsubscribe reply STOP.</p>
<p>Knowsley Kinship Carers' Network, c/o Family First</p>
</body></html>
""")
    top = plain_top(f, addr("Knowsley Kinship Carers Network", "kinship.network@knowsley.gov.uk"), K_EH,
                    "Kinship Carers' Network - February newsletter", "2049-02-01 08:05:03", "knowsley.gov.uk", None,
                    extra=[("List-Id", "<kinship-carers.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:kinship.network@knowsley.gov.uk?subject=STOP>")])
    reg(f, build(top, text_part(h, "html", crlf=True), True), "near_miss", K_EH, "2049-02-01 08:05:03",
        {"kind": "other", "next_action": "human_review"},
        "NEAR MISS - a kinship carers' newsletter: 'collapse while babysitting', 'emergency', '999', smacking 'the "
        "old-fashioned way' are general advice, 'not about any family' -> not urgent (safety rule 1: bulletins that "
        "list examples). A list mail with no Auto-Submitted header -> other -> human_review.", [h])

def knowsley_05():
    f = "knowsley_05.eml"
    blocks = [
        "Dear Family First duty,",
        "",
        "I am writing to let you know that we are stepping down Jaxon Pennington to Family First at Level 3. The final CIN meeting details are below - please could a Family First case manager attend.",
        "",
        ("table", [["Child", "DOB", "ICS ID"], ["Jaxon Pennington", "30/11/2035", "ICS ID 1570332"]]),
        "",
        ("table", [["Final CIN meeting", ""], ["Date", "Wednesday 31 March 2049"], ["Time", "13:30"],
                   ["Venue", "Grandma's home, 7 Ribble Avenue, Kirkby (Jaxon lives with his paternal grandmother)"]]),
        "",
        ("h", "What are we worried about?"),
        "Dad's drinking in the past left Jaxon caring for himself. Grandma Sheila (68) has diabetes and finds the school run hard; Jaxon is late most days.",
        ("h", "What is working well?"),
        "Dad is 14 weeks sober with the Knowsley recovery service and visits daily. Grandma has a routine and Jaxon says he feels safe at Grandma's.",
        ("h", "What needs to happen?"),
        "Family First to help Grandma with the school run plan, apply for a kinship allowance and support dad's contact.",
        "",
        "Grandma and dad have both given consent to the referral to Family First.",
        "",
        "Kind regards",
        "Olu Adeyemi",
        "Social Worker, Children in Need Team North, Knowsley",
    ]
    top = outlook_top(f, addr("Olu Adeyemi", "olu.adeyemi@knowsley.gov.uk"), K_EH,
                      "Step down L3 - Jaxon Pennington - final CIN 31/03", "2049-03-24 11:05:30", mid_domain="knowsley.gov.uk")
    reg(f, word_mail(f, top, blocks), "ordinary", K_EH, "2049-03-24 11:05:30",
        {"kind": "step_down", "level": 3, "case_ids": ["1570332"], "children": [C("Jaxon Pennington", "2035-11-30")],
         "concerns": ["school_attendance"], "consent": True, "missing": [], "notice_ok": True,
         "next_action": "book_meeting"},
        "Knowsley level 3 step-down in Word HTML tables (REQUIREMENTS knowsley step_down L3): meeting date/time/venue, "
        "all three Signs of Safety headings, 'have both given consent' -> complete. 'ICS ID 1570332' -> '1570332'. "
        "Wed 24 Mar -> Wed 31 Mar = exactly 5 WD (25, 26, 29, 30, 31), across the clocks going forward on Sun 28 March "
        "(the meeting is 13:30 BST) -> ok -> book_meeting. Late most days -> school_attendance; dad's drinking is past "
        "(14 weeks sober) and not labelled.",
        [word_text(blocks)], meeting=date(2049, 3, 31))

def knowsley_06():
    f = "knowsley_06.eml"
    body = T("""
Hi

Adding to this one. Macy came into school upset at lunch and told our learning mentor: "Grandad Ray is having us tonight because mum's on nights. He said we can have a sleepover in his bed."

Ray Tarbuck is mum's dad. He is on the sex offenders register (convicted 2039, offences against a girl aged 8) and the written agreement from the strategy meeting says he must never be alone with Ellie-Rose or Macy. Mum starts her shift at 7pm. I've rung mum twice, no answer. Grandad is picking them up from school at 3.15.

Jo Lyons
Designated Lead, St Aidan's Primary

On Wed, 13 Jan 2049 at 10:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
> Thank you. Your request has been received: [SB-knowsley-2213]
> Children: Ellie-Rose Tarbuck (09/11/2039), Macy Tarbuck (21/10/2042)
> Case: EHM-60998
> What is missing: nothing
""")
    top = plain_top(f, addr("Jo Lyons", "dsl@staidans.knowsley.sch.uk"), K_MASH,
                    "Re: [SB-knowsley-2213] Step up - Tarbuck", "2049-01-27 13:40:18", "staidans.knowsley.sch.uk",
                    None, extra=[("In-Reply-To", "<SB-knowsley-2213@knowsley.gov.uk>")])
    reg(f, mail(f, top, body, crlf=False), "urgent", K_MASH, "2049-01-27 13:40:18",
        {"kind": "follow_up", "urgent": True, "case_ids": ["EHM-60998"],
         "children": [C("Ellie-Rose Tarbuck", "2039-11-09"), C("Macy Tarbuck", "2042-10-21")],
         "concerns": ["sexual_harm"], "next_action": "alert_duty"},
        "DESIGN safety rule 1: a grandfather on the sex offenders register, barred from being alone with the girls, is "
        "collecting them at 3.15 and having them overnight tonight ('sleepover in his bed') -> urgent -> alert_duty. "
        "A reply to [SB-knowsley-2213] -> follow_up; children and DOBs only in the quoted acknowledgement. No alarm word.",
        [body])

def knowsley_07():
    f = "knowsley_07.eml"
    desc = ("Kinship care: when grandparents step in. Half-day workshop for Family First and CIN staff. Case studies "
            "(fictional): a nan who collapses while babysitting; a grandad with an old conviction doing the school run; "
            "a grandmother with early dementia. Bring a case you are working on (anonymised).")
    body = T("""
You are invited to: Kinship care - when grandparents step in (training)
When: Wednesday 3 March 2049, 09:30-13:00
Where: Microsoft Teams

""") + desc + "\n"
    cal = ics("REQUEST", f, dt("2049-02-18 10:10:00"), "20490303T093000", "20490303T130000",
              "Training: Kinship care - when grandparents step in", "Microsoft Teams Meeting", desc,
              ("Workforce Development", "workforce.development@knowsley.gov.uk"),
              [("Family First duty", K_EH, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    calp = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body, crlf=True), calp], bnd(f, 1))
    top = outlook_top(f, addr("Workforce Development", "workforce.development@knowsley.gov.uk"), K_EH,
                      "Training: Kinship care - when grandparents step in", "2049-02-18 10:10:00",
                      mid_domain="knowsley.gov.uk", extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    reg(f, build(top, root, True), "near_miss", K_EH, "2049-02-18 10:10:00",
        {"kind": "other", "next_action": "human_review"},
        "NEAR MISS - a training invitation (iTIP REQUEST, not a REPLY) whose case studies - a nan collapsing while "
        "babysitting, a grandad with a conviction - are marked fictional -> not urgent; not a step request or a "
        "meeting reply -> other -> human_review.", [body, desc])

def knowsley_08():
    f = "knowsley_08.eml"
    body = T("""
Hi Family First,

Step down to level 2 for Harvey Lunt, DOB 14/12/2040, ICS-1588120.

Harvey has lived with his grandparents Mr and Mrs Lunt under a child arrangements order since 2046. The CIN plan was about nan's drinking; she has now completed detox and has been sober since August. Harvey's attendance dipped to 86% when grandad took over the school run.

Final CIN meeting: Monday 1st March 2049, 10:00, Halewood Family Hub.
New lead practitioner: Gemma Lyon, Pastoral Lead, Halewood Academy.

What are we worried about? Attendance is still below 90%. Grandad is 79 and does not drive.
What's working well? Nan's sobriety, a warm home, Harvey is doing well at football.

Grandparents have agreed to the step down.

Thanks, Dan
Daniel Okoro, Social Worker, Knowsley CIN Team South
""")
    top = outlook_top(f, addr("Daniel Okoro", "daniel.okoro@knowsley.gov.uk"), K_EH,
                      "L2 step down - Harvey Lunt", "2049-02-24 16:20:44", mid_domain="knowsley.gov.uk")
    reg(f, mail(f, top, body), "ordinary", K_EH, "2049-02-24 16:20:44",
        {"kind": "step_down", "level": 2, "case_ids": ["ICS-1588120"], "children": [C("Harvey Lunt", "2040-12-14")],
         "concerns": ["school_attendance"], "consent": True,
         "missing": ["worries_strengths_next"], "notice_ok": False, "next_action": "request_info"},
        "Knowsley level 2 step-down: meeting details and lead practitioner (named, with agency) given, but only two of "
        "the three Signs of Safety headings ('What needs to happen?' absent) -> worries_strengths_next missing; Wed 24 "
        "Feb -> Mon 1 Mar 10:00 = 3 WD (25, 26 Feb, 1 Mar) -> notice not ok -> request_info. 'Grandparents have agreed "
        "to the step down' -> consent true. Attendance 86% -> school_attendance; nan's drinking is resolved (sober "
        "since August, detox done) and not labelled.",
        [body], meeting=date(2049, 3, 1))

# ---------------------------------------------------------------- RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    body = T("""
PLEASE HELP. My mum has dementia and she was minding my baby Ava Sandhu for 2 hours while I was at the dentist. I got back at 4.30 and they are both gone, the pram is gone, mums coat is still on the hook, she only has her slippers and cardigan. It is snowing hard. Ava is 7 months, she only had a babygrow on. Mum gets confused and thinks she has to walk to her old house in Tooting. I have called the police they said they are sending someone but nobody has come. Its getting dark. I dont know who else to email, the health visitor gave me this address.

Harpreet Sandhu
07700 900 157
""")
    top = plain_top(f, addr("Harpreet Sandhu", "harpreet.sandhu88@gmail.com"), R_MASH,
                    "my mum has taken the baby", "2049-01-11 16:52:09", "mail.gmail.com", None)
    reg(f, mail(f, top, body, crlf=False, html_alt=True), "urgent", R_MASH, "2049-01-11 16:52:09",
        {"kind": "other", "urgent": True, "children": [C("Ava Sandhu")], "concerns": ["missing"],
         "next_action": "alert_duty"},
        "DESIGN safety rule 1: a grandmother with dementia has wandered off with a 7-month-old in a babygrow, in the "
        "snow, as it gets dark; police not yet there -> urgent -> alert_duty (16:52, in office hours). A mother's "
        "shaky plea, no alarm word. The baby's whereabouts unknown -> missing. Not a step request -> other.", [body])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    letter = [
        "# Letter of complaint - contact with my grandchildren",
        "From: Mr Geoffrey Whitcombe, 22 Lavender Hill Mansions, London SW11",
        "To: Early Help Duty, Richmond and Wandsworth",
        "Dear Sir or Madam,",
        "I write to complain in the strongest terms about the contact arrangements for my grandchildren, Theo Whitcombe and Isla Whitcombe.",
        "Since my son and his wife separated I have been allowed to see the children only once a month, in a cafe, with their mother present. This is not acceptable to a grandfather who collected them from school every day for six years.",
        "I am aware that in 2046 an allegation was made that I had smacked Theo. That matter was looked into by your department at the time, no further action was taken and the case was closed. I have never harmed either child and there are no concerns now. I ask that it is not held against me.",
        "I request a meeting to discuss fair contact, and I would like to know whether a Family Group Conference can be arranged.",
        "Yours faithfully,",
        "Geoffrey Whitcombe"]
    body = T("""
Please find attached my letter of complaint regarding contact with my grandchildren.

G. Whitcombe
""")
    top = plain_top(f, addr("Geoffrey Whitcombe", "g.whitcombe@btinternet.com"), R_EH,
                    "Complaint - contact with my grandchildren", "2049-01-15 11:30:40", "btinternet.com",
                    "Microsoft Outlook 16.0")
    reg(f, mail(f, top, body, [docx_att("Complaint letter Whitcombe.docx", letter)]), "near_miss", R_EH,
        "2049-01-15 11:30:40",
        {"kind": "other", "children": [C("Theo Whitcombe"), C("Isla Whitcombe")], "next_action": "human_review"},
        "NEAR MISS - a grandparent's complaint about contact arrangements (in a .docx letter): a 2046 smacking "
        "allegation 'looked into ... no further action ... closed', 'no concerns now' -> historic and resolved, not "
        "urgent, no physical_harm. Not a step request -> other -> human_review.", [body] + letter)

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "As Early Help Team Manager I am requesting a step up to Children's Social Care for Leo Marsh-Okafor (11/02/2036) and Ruby Marsh-Okafor (03/09/2038), Mosaic ID 3120457.",
        "",
        ("h", "Rationale for step up"),
        "The children have lived with their maternal grandparents since mum went into prison in 2047. Grandmother (66) is now drinking heavily from late afternoon; on three of our last four visits she was slurring and the children had made their own tea. Grandfather works nights. Ruby has told her teacher that she puts nan to bed. The Early Help plan has not brought change in 12 weeks and the grandparents decline an alcohol referral.",
        "",
        "I have reviewed the case and I agree that the threshold for a step up is met. The latest case summary is attached.",
        "",
        "Kind regards",
        "Martina Kowal",
        "Early Help Team Manager (Wandsworth North)",
    ]
    summ = pdf_att("Case summary Marsh-Okafor Feb 2049.pdf", "Case summary - Leo and Ruby Marsh-Okafor (Mosaic 3120457)", [
        "Carers: maternal grandparents (informal arrangement, no order).",
        "Early Help plan since November 2048: alcohol use by grandmother, children's basic care.",
        "Visits: 3 of 4 grandmother intoxicated; children preparing own meals."])
    top = outlook_top(f, addr("Martina Kowal", "martina.kowal@richmondandwandsworth.gov.uk"), R_MASH,
                      "Step up request - Marsh-Okafor - Mosaic 3120457", "2049-02-09 10:15:33",
                      mid_domain="richmondandwandsworth.gov.uk")
    reg(f, word_mail(f, top, blocks, [summ]), "ordinary", R_MASH, "2049-02-09 10:15:33",
        {"kind": "step_up", "case_ids": ["3120457"],
         "children": [C("Leo Marsh-Okafor", "2036-02-11"), C("Ruby Marsh-Okafor", "2038-09-03")],
         "concerns": ["neglect", "substance_misuse", "young_carer"], "manager_agreed": True, "missing": [],
         "next_action": "book_meeting"},
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS: case_summary .pdf, "
        "rationale under its own heading) -> book_meeting; 'I agree that the threshold ... is met' from the manager -> "
        "manager_agreed true. Grandmother drinking heavily -> substance_misuse; children making their own tea -> "
        "neglect; 'she puts nan to bed' -> young_carer. 'Mosaic ID 3120457' -> '3120457'. No notice for RW.",
        [word_text(blocks)])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    body = T("""
Hi Duty Team Manager,

Following our call this morning, confirming the step down case discussion for Frankie Doyle (DOB 05/12/2034), Mosaic: 3098812, on Friday 26 February at 14:00 on Teams.

Frankie lives with his grandmother Mrs Maureen Doyle under a Special Guardianship Order. Mum remains in hospital (mental health). The CIN plan goals are met.

I am sorry to say Mrs Doyle has declined Early Help. Her words: "We've managed on our own for fourteen years, we don't need anyone else in our business." I will talk to her again but for now she does not consent.

Latest case summary and the draft Early Help plan are attached.

Regards
Priya Nair
Social Worker, Richmond CIN Team
""")
    a1 = docx_att("Case Summary - F Doyle.docx", ["# Case summary", "Frankie Doyle, Mosaic 3098812",
                                                  "SGO carer: paternal grandmother"])
    a2 = docx_att("Draft EH plan - F Doyle.docx", ["# Draft Early Help plan", "Outcome 1: Frankie attends Year 9 "
                                                  "full time", "Outcome 2: grandmother has a carers' break"])
    top = outlook_top(f, addr("Priya Nair", "priya.nair@richmondandwandsworth.gov.uk"), R_EH,
                      "Step down - Frankie Doyle", "2049-02-25 13:45:20", mid_domain="richmondandwandsworth.gov.uk")
    reg(f, mail(f, top, body, [a1, a2]), "ordinary", R_EH, "2049-02-25 13:45:20",
        {"kind": "step_down", "case_ids": ["3098812"], "children": [C("Frankie Doyle", "2034-12-05")],
         "concerns": ["parental_mental_health"], "consent": False, "missing": ["consent"],
         "next_action": "request_info"},
        "RW step-down with case summary and draft plan attached, but the special guardian 'has declined Early Help ... "
        "does not consent' -> consent false -> 'consent' missing -> request_info. Mum in hospital (mental health) -> "
        "parental_mental_health. 'Mosaic: 3098812' -> '3098812'. RW has no notice rule.", [body])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    data = itip_reply(f, "2049-02-10 09:20:05", "Dr Alan Brierley", "alan.brierley@nhs.net",
                      ("MASH Step Up", R_MASH), "ACCEPTED",
                      "Step up case discussion - Marsh-Okafor (Mosaic 3120457) [SB-richmond_wandsworth-3316]",
                      "20490212T140000", "20490212T150000", "Teams",
                      comment="I will join. I saw the grandmother last month about her liver function tests.")
    reg(f, data, "ordinary", R_MASH, "2049-02-10 09:20:05",
        {"kind": "meeting_reply", "case_ids": ["3120457"], "next_action": "record_reply"},
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the GP for richmond_wandsworth_03's step-up case discussion "
        "(Fri 12 Feb 14:00); a routine comment -> meeting_reply -> record_reply. 'Mosaic 3120457' in the SUMMARY -> "
        "'3120457'.", ["I will join. I saw the grandmother last month about her liver function tests."])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    body = T("""
Forwarding as I was told this is the right inbox. Noah's grandfather is due at the gate at 3.15.

Sinead Carey
Early Help Practitioner, Wandsworth

---------- Forwarded message ---------
From: Mrs K Lindqvist <office@ashgroveprimary.wandsworth.sch.uk>
Date: Thu, 4 Mar 2049 at 11:52
Subject: Noah Ferreira Y2
To: Sinead Carey <sinead.carey@richmondandwandsworth.gov.uk>

Sinead,

Noah Ferreira (Year 2, DOB 17/08/2041) could not sit down on the carpet this morning. The school nurse saw three long red welts across the backs of his legs, one with a buckle-shaped mark. Noah said: "Grandad done it with his belt cos I wet the bed. He said that's how you learn, the old way. He's getting me today and he said if I tell I get it again."

Mum is in Portugal until Sunday, Noah is staying at grandad's all week. Grandad is collecting him at 3.15 as usual. What do we do?

Karin Lindqvist
Deputy Head / DSL
""")
    top = outlook_top(f, addr("Sinead Carey", "sinead.carey@richmondandwandsworth.gov.uk"), R_MASH,
                      "FW: Noah Ferreira Y2", "2049-03-04 12:10:48", mid_domain="richmondandwandsworth.gov.uk")
    reg(f, mail(f, top, body), "urgent", R_MASH, "2049-03-04 12:10:48",
        {"kind": "other", "urgent": True, "children": [C("Noah Ferreira", "2041-08-17")], "concerns": ["physical_harm"],
         "next_action": "alert_duty"},
        "DESIGN safety rule 1 (forwarded part read): a 7-year-old with belt welts from his grandfather this morning, "
        "threatened with more, and the grandfather collects him at 3.15 today, mum abroad -> urgent -> alert_duty. "
        "No alarm word. Not a step request -> other; physical_harm.", [body])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    body = T("""
Hello Early Help,

Step down for Maisie Quinlan, DOB 20/03/2044, Mosaic 3105564. Case discussion agreed with Jasper on the phone for Friday 19th March, 10:00.

Background you will see in the summary: in November 2048 Maisie's nan, who minds her after nursery, had a stroke while babysitting and Maisie (then 4) was alone with her for about 40 minutes before a neighbour heard her crying. That was the reason for the s47 at the time. Nan made a good recovery, no longer babysits alone, and mum has arranged a childminder. There are no current concerns from that incident. The CIN plan has been about mum's depression, which is much improved with her GP and talking therapy.

Mum consents to Early Help continuing the plan. Lead professional agreed: Hannah Price, family worker at Barnes Children's Centre.

Attached: latest case summary, draft Early Help plan.

Thanks
Tom Alvarez, Social Worker, Richmond
""")
    a1 = pdf_att("Case summary M Quinlan.pdf", "Case summary - Maisie Quinlan", ["Mosaic 3105564",
                 "November 2048: s47 after grandmother's stroke while babysitting - concluded, NFA.",
                 "Current: maternal depression, improving."])
    a2 = docx_att("Draft plan for Early Help - Quinlan.docx", ["# Draft plan for Early Help", "Mum's wellbeing; "
                  "childcare plan; nursery attendance"])
    top = outlook_top(f, addr("Tom Alvarez", "tom.alvarez@richmondandwandsworth.gov.uk"), R_EH,
                      "Step down - Maisie Quinlan", "2049-03-16 14:05:17", mid_domain="richmondandwandsworth.gov.uk")
    reg(f, mail(f, top, body, [a1, a2], html_alt=True), "near_miss", R_EH, "2049-03-16 14:05:17",
        {"kind": "step_down", "case_ids": ["3105564"], "children": [C("Maisie Quinlan", "2044-03-20")],
         "concerns": ["parental_mental_health"], "consent": True, "missing": [], "next_action": "book_meeting"},
        "NEAR MISS - a historic incident resolved: nan's stroke while babysitting and a 4-year-old alone for 40 minutes "
        "happened in November 2048, s47 concluded, 'no current concerns from that incident' -> not urgent, no neglect. "
        "Complete RW step-down (case summary, draft plan, 'Mum consents') -> book_meeting; mum's depression -> "
        "parental_mental_health.", [body])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    body = T("""
DEAR LUCY

I DONT KNOW IF YOU STILL WORK THERE BUT THIS WAS THE EMAIL ON YOUR CARD. KIAN IS 10 TOMORROW SATURDAY 27TH MARCH AND HE WANTS YOU TO COME TO HIS PARTY AT THE BOWLING IN PUTNEY 2 OCLOCK. HE SAYS YOU HELPED HIS NAN GET BETTER.

I AM STILL OFF THE DRINK, 2 YEARS NOW AT CHRISTMAS. NO MORE DANGER OF ME FALLING ASLEEP WITH THE CHIP PAN ON LIKE BEFORE, I DONT EVEN HAVE A CHIP PAN NOW HA HA. KIAN IS DOING LOVELY AT SCHOOL AND HE IS IN THE CHOIR.

THANK YOU FOR EVERYTHING YOU DID FOR US.

LOVE FROM
JOAN (KIAN'S NAN) AND KIAN
""")
    top = plain_top(f, addr("joan bell", "joanbell1951@aol.com"), R_MASH,
                    "PARTY", "2049-03-26 12:30:12", "aol.com", "AOL Webmail")
    reg(f, mail(f, top, body, crlf=False), "near_miss", R_MASH, "2049-03-26 12:30:12",
        {"kind": "other", "next_action": "human_review"},
        "NEAR MISS - a birthday invitation from a grandmother in capitals to a former worker: 'DANGER', drink and a "
        "chip pan are all past ('2 YEARS NOW', 'LIKE BEFORE'); Kian is well -> not urgent. Only a first name, so no "
        "child is labelled; not a step request -> other -> human_review.", [body])

# ---------------------------------------------------------------- TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    body = T("""
Hello please read this now. I am aunty of Zara Begum and Adam Begum. My mother (their nani) she pick them from Harbinger school just now. I was there, she smell of vodka, she talking funny and she nearly fall on the car. I say give me the keys, she shout at me and she drive away with Zara (6) and Adam (4) in back seat, no car seat for Adam. She drive to their home Manchester Road E14, 10 minutes. Their mum is at work in the hospital, not answering. I call police also. I am in the bus now following. Please somebody help.

Shamima
07700 900 628
""")
    top = plain_top(f, addr("Shamima Begum", "shamima.b.2001@hotmail.co.uk"), T_MASH,
                    "nani driving drunk with children", "2049-01-22 15:52:31", "hotmail.co.uk", None)
    reg(f, mail(f, top, body, crlf=False), "urgent", T_MASH, "2049-01-22 15:52:31",
        {"kind": "other", "urgent": True, "children": [C("Zara Begum"), C("Adam Begum")],
         "concerns": ["substance_misuse"], "next_action": "alert_duty"},
        "DESIGN safety rule 1: a drunk grandmother is driving a 6- and a 4-year-old home right now, in broken English "
        "from their aunt -> urgent -> alert_duty. No alarm word. Not a step request -> other; the drink-driving "
        "carer -> substance_misuse.", [body])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    body = T("""
Dear MAST,

Please find attached a Request for Support for step up to Children's Social Care for twins Mahir Uddin and Mariam Uddin (DOB 14/01/2037), Mosaic 2860143.

The twins live with their great-grandparents, Mr and Mrs Uddin (89 and 86), since mum died in 2047. Great-grandfather is now bed-bound after a fall and great-grandmother cannot manage the stairs. The twins do the shopping and cooking, the flat is not clean, and Mahir has missed 23 sessions this term. The extended family disagree about who should have the children and none has offered a home.

My manager is on leave today - I'll get Nadim to confirm his agreement when he is back tomorrow.

Kind regards,
Rukhsana Ali
Early Help Practitioner, Targeted Early Help (Bow)
""")
    rfs = docx_att("Request for Support - Uddin twins.docx", ["# Request for Support (MAST)",
                   "Mahir Uddin and Mariam Uddin, 14/01/2037", "Mosaic 2860143",
                   "Needs: neglect of basic care; young carers; school attendance"])
    top = outlook_top(f, addr("Rukhsana Ali", "rukhsana.ali@towerhamlets.gov.uk"), T_MASH,
                      "Step up - Uddin twins - Mosaic 2860143", "2049-02-08 11:00:27", mid_domain="towerhamlets.gov.uk")
    reg(f, mail(f, top, body, [rfs]), "ordinary", T_MASH, "2049-02-08 11:00:27",
        {"kind": "step_up", "case_ids": ["2860143"],
         "children": [C("Mahir Uddin", "2037-01-14"), C("Mariam Uddin", "2037-01-14")],
         "concerns": ["neglect", "school_attendance", "young_carer"], "missing": ["manager_agreed"],
         "next_action": "request_info"},
        "Tower Hamlets MAST step-up with the Request for Support .docx, but 'I'll get Nadim to confirm his agreement "
        "when he is back tomorrow' -> manager_agreed null -> missing -> request_info. Great-grandparents too frail: "
        "twins doing the shopping and cooking (young_carer), flat not clean (neglect), 23 sessions missed "
        "(school_attendance). 'Mosaic 2860143' -> '2860143'.", [body])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "Step down request for Yusuf Karim (DOB 10/10/2038), Mosaic 2851076. The Child and Family Assessment concluded on 26 February 2049.",
        "",
        ("table", [["Item", "Detail"],
                   ["Assessment", "C&F Assessment attached (PDF)"],
                   ["Draft plan", "Draft TAF plan attached (Word)"],
                   ["Consent", "Dad and Dadi (paternal grandmother) have given consent for Early Help"],
                   ["Lead Practitioner", "Shirin Akter, Family Support Worker, Stepney Children's Centre"],
                   ["TAF meeting", "Wednesday 10 March 2049, 10:00, Stepney Children's Centre"]]),
        "",
        "Yusuf has lived with his dad and Dadi since mum's admission in 2048; mum is now in a community mental health placement and has supervised contact. Dadi is managing well with Yusuf's routines.",
        "",
        "Best wishes",
        "Nasreen Chowdhury",
        "Social Worker, Children in Need, Tower Hamlets",
    ]
    a1 = pdf_att("C&F Assessment - Y Karim.pdf", "Child and Family Assessment - Yusuf Karim", ["Mosaic 2851076",
                 "Concluded 26/02/2049. Outcome: step down to Early Help."])
    a2 = docx_att("Draft TAF plan - Karim.docx", ["# Draft TAF plan", "Yusuf Karim", "Mum's contact; Dadi's support"])
    top = outlook_top(f, addr("Nasreen Chowdhury", "nasreen.chowdhury@towerhamlets.gov.uk"), T_EH,
                      "Step down - Yusuf Karim", "2049-03-03 10:30:14", mid_domain="towerhamlets.gov.uk")
    reg(f, word_mail(f, top, blocks, [a1, a2]), "ordinary", T_EH, "2049-03-03 10:30:14",
        {"kind": "step_down", "case_ids": ["2851076"], "children": [C("Yusuf Karim", "2038-10-10")],
         "concerns": ["parental_mental_health"], "consent": True, "missing": [], "next_action": "book_meeting"},
        "Complete Tower Hamlets step-down in a Word table (REQUIREMENTS tower_hamlets step_down): assessment .pdf, "
        "draft plan .docx, consent given, lead practitioner named with agency -> book_meeting. Mum's mental health "
        "-> parental_mental_health. TAF date is within 10 WD of the assessment ending (not a labelled field).",
        [word_text(blocks)])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    lines = [
        "Dear Mr and Mrs Chowdhury,",
        "Re: Ibrahim Chowdhury (DOB 02/02/2040) - Special Guardianship Support Plan, annual review",
        "Thank you for meeting us on 23 February. We are pleased to confirm that the Special Guardianship support plan "
        "continues for another year: the allowance, a place on the kinship carers' support group, and respite on "
        "one weekend a month with Ibrahim's aunt.",
        "As you know, when the order was made in 2047 the court noted that Mr Chowdhury had once smacked Ibrahim with a "
        "slipper. You both completed the parenting course that year, and there has been no concern of that kind since. "
        "The reviewing officer recorded no safeguarding concerns.",
        "Yours sincerely,",
        "Kinship and Special Guardianship Support Team, Tower Hamlets"]
    body = T("""
Hi Hub - copying you in on Ibrahim's SGO support plan letter as agreed at the review, for your records only. No action needed.

Lena
Kinship Support Worker
""")
    top = outlook_top(f, addr("Lena Morris", "lena.morris@towerhamlets.gov.uk"), T_EH,
                      "SGO support plan letter - Chowdhury (for info)", "2049-03-02 09:15:52", mid_domain="towerhamlets.gov.uk")
    reg(f, mail(f, top, body, [pdf_att("SGO support plan letter - Chowdhury.pdf", "Special Guardianship Support Plan", lines)]),
        "near_miss", T_EH, "2049-03-02 09:15:52",
        {"kind": "other", "children": [C("Ibrahim Chowdhury", "2040-02-02")], "next_action": "human_review"},
        "NEAR MISS - a special guardianship support letter (PDF): a slipper smack noted by the court in 2047, parenting "
        "course done, 'no concern of that kind since', 'no safeguarding concerns' -> historic, not urgent, no "
        "physical_harm. 'For info ... No action needed' -> other -> human_review.", [body] + lines)

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    body = T("""
Dear MAST,

Request for Support attached for Sami Hossain (DOB 03/08/2046), Mosaic 2871109. My manager Maryam Okonjo has agreed this step up (she is copied).

I did a home visit at 11:00 today. Sami (2) was in the bath on his own with the cold tap running, the water up to his chest. His grandmother, Mrs Rokeya Hossain, who has Alzheimer's, was in the garden and did not know where he was; she called me by her sister's name. Mum has left Sami with her every day this week while she works a double shift at the airport; mum finishes at 11pm tonight. Grandad died in December and there is no one else in the house. I got Sami out, dried and dressed him; I had to leave at 11:40 for another visit and nan was asking me who the baby was.

Mum is not answering her phone.

Kind regards
Jessica Tran
Early Help Practitioner, Targeted Early Help (Poplar)
""")
    rfs = docx_att("Request for Support - S Hossain.docx", ["# Request for Support (MAST)",
                   "Sami Hossain, 03/08/2046, Mosaic 2871109", "Carer: maternal grandmother (dementia)"])
    top = outlook_top(f, addr("Jessica Tran", "jessica.tran@towerhamlets.gov.uk"), T_MASH,
                      "Step up - Sami Hossain", "2049-02-11 11:47:05",
                      cc=addr("Maryam Okonjo", "maryam.okonjo@towerhamlets.gov.uk"), mid_domain="towerhamlets.gov.uk")
    reg(f, mail(f, top, body, [rfs]), "urgent", T_MASH, "2049-02-11 11:47:05",
        {"kind": "step_up", "urgent": True, "case_ids": ["2871109"], "children": [C("Sami Hossain", "2046-08-03")],
         "concerns": ["neglect"], "manager_agreed": True, "missing": [], "next_action": "alert_duty"},
        "DESIGN safety rule 1: a 2-year-old left all day with a grandmother with Alzheimer's who lost him in the bath "
        "this morning; the worker has left, mum away until 11pm -> urgent -> alert_duty (the step-up is otherwise "
        "complete: Request for Support .docx, 'My manager ... has agreed'). neglect.", [body])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    body = T("""
Hi,

I'm a second-year social work student on placement with Targeted Early Help. For my portfolio I'm writing about kinship care and I have a question I hope someone in MAST can answer - it is hypothetical, not about any family I am working with.

If a grandfather who is on the sex offenders register offered to babysit his grandchildren while their mum works, what would MAST expect to happen? Would it matter if his offence was long ago, or against an adult? And would it be different if the grandmother was also in the house?

Thank you for your time,
Aisha Rahman
Student Social Worker (University placement)
""")
    top = plain_top(f, addr("Aisha Rahman", "aisha.rahman@towerhamlets.gov.uk"), T_MASH,
                    "Question for portfolio - kinship care", "2049-03-05 13:20:41", "towerhamlets.gov.uk",
                    "Microsoft Outlook 16.0")
    reg(f, mail(f, top, body), "near_miss", T_MASH, "2049-03-05 13:20:41",
        {"kind": "other", "next_action": "human_review"},
        "NEAR MISS - a hypothetical: a student's portfolio question about a registered grandfather babysitting, 'not "
        "about any family' -> no real child -> not urgent; other -> human_review.", [body])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    body = T("""
Hi,

Attached is the signed consent form for Rania Sultana (Mosaic 2866020). Dadi signed it at my visit on Friday, with mum there - both are happy for Early Help to take over.

Thanks
Nasreen

> From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
> Sent: 10 March 2049 15:02
> Subject: [SB-tower_hamlets-4402] Step down received - Rania Sultana
>
> Thank you. Still needed: consent.
""")
    top = outlook_top(f, addr("Nasreen Chowdhury", "nasreen.chowdhury@towerhamlets.gov.uk"), T_EH,
                      "RE: [SB-tower_hamlets-4402] Step down received - Rania Sultana", "2049-03-15 10:05:18",
                      mid_domain="towerhamlets.gov.uk")
    cf = pdf_att("Consent form signed - R Sultana.pdf", "Consent to Early Help", ["Child: Rania Sultana",
                 "Signed: S. Sultana (grandmother), 12/03/2049"])
    reg(f, mail(f, top, body, [cf]), "ordinary", T_EH, "2049-03-15 10:05:18",
        {"kind": "follow_up", "case_ids": ["2866020"], "children": [C("Rania Sultana")], "consent": True,
         "next_action": "attach_to_request"},
        "A reply to [SB-tower_hamlets-4402] adding the signed consent form -> follow_up -> attach_to_request; "
        "'Dadi signed it ... both are happy for Early Help' -> consent true; missing [] for a follow_up.", [body])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    body = ("to whoever reads this\n\nmy name is Tanvir Rahman im 12 and in year 7 at Bow school. i got this email from "
            "the school website.\n\nmy grandad hits my little brother Arif Rahman with his slipper and his belt, he says its "
            "the old fashioned way and it never did him no harm. today Arif spilt his juice and grandad hit him on the "
            "head and then locked him in the yard shed in the dark for ages and Arif was screaming. his ear is bleeding "
            "a bit. Arif is 5.\n\nmum is in bangladesh for a funeral til next week. tonight nani goes to her friends and "
            "its just us and grandad. grandad said when nani goes Arif will get it properly for crying.\n\nplease dont "
            "tell grandad i wrote this. im using my school ipad in my room\n\nTanvir\n")
    top = plain_top(f, addr("Tanvir Rahman", "t.rahman23@bowschool.towerhamlets.sch.uk"), T_EH,
                    "help my brother", "2049-03-29 19:40:02", "bowschool.towerhamlets.sch.uk", None)
    root = text_part(body, cte="base64")
    reg(f, build(top, root, False), "urgent", T_EH, "2049-03-29 19:40:02",
        {"kind": "other", "urgent": True, "children": [C("Tanvir Rahman"), C("Arif Rahman")], "concerns": ["physical_harm"],
         "next_action": "alert_duty"},
        "DESIGN safety rule 1, the child's own words at 19:40 BST (Mon 29 March, the first working day after the clocks "
        "went forward; out of hours): a 5-year-old hit on the head today, ear bleeding, locked in a shed, and the "
        "grandfather threatens more tonight when the grandmother leaves -> urgent -> alert_duty. One base64 text/plain "
        "part. Children: the writer Tanvir Rahman (12) and Arif Rahman (5). physical_harm.", [body])

# ---------------------------------------------------------------- TORBAY
def torbay_01():
    f = "torbay_01.eml"
    body = T("""
Hi Early Help,

Requesting a triage slot to step down Poppy Hext (DOB 01/03/2046), LCS-4410823, to level 3 Early Help.

Poppy lives with her maternal grandparents, Jean and Mike Hext, in Paignton. Mum's cannabis and alcohol use led to the CIN plan; mum now lives in supported housing and sees Poppy three afternoons a week at nan's. The Single Assessment update is attached and includes my team manager's analysis confirming the threshold for level 3 intervention is met.

Nanna Jean and mum have both given consent for level 3 Early Help.

As Poppy is 2, I understand this will go to the under-5s triage.

Thanks,
Becky Luscombe
Social Worker, Single Assessment Team, Torbay
""")
    sa = pdf_att("Single Assessment update - P Hext.pdf", "Single Assessment - Poppy Hext (LCS-4410823)", [
        "Carers: maternal grandparents (child arrangements order pending).",
        "Team Manager analysis: threshold met for level 3 intervention. Agreed - K. Harvey, TM, 12/01/2049."])
    top = outlook_top(f, addr("Becky Luscombe", "becky.luscombe@torbay.gov.uk"), O_EH,
                      "Triage slot - step down - Poppy Hext LCS-4410823", "2049-01-13 10:30:09", mid_domain="torbay.gov.uk")
    reg(f, mail(f, top, body, [sa], html_alt=True), "ordinary", O_EH, "2049-01-13 10:30:09",
        {"kind": "step_down", "level": 3, "case_ids": ["LCS-4410823"], "children": [C("Poppy Hext", "2046-03-01")],
         "concerns": ["substance_misuse"], "consent": True, "manager_agreed": True, "missing": [],
         "next_action": "book_meeting"},
        "Complete Torbay step-down (REQUIREMENTS torbay step_down): Single Assessment .pdf with the TM's analysis "
        "'confirming the threshold for level 3 ... is met' -> manager true; 'have both given consent' -> consent true "
        "-> book_meeting (under-5s triage, Poppy is 2). Mum's cannabis and alcohol use -> substance_misuse.", [body])

def torbay_02():
    f = "torbay_02.eml"
    body = T("""
MASH,

Contact re Kai Luxton (22/01/2040) and Bella Luxton (15/10/2042), EHM-832017, open to level 3 Early Help.

Since mum's death in November both sets of grandparents want the children. Paternal nan and maternal grandad had a fist fight on the doorstep on Saturday in front of Kai and Bella; police attended, no arrests. The children are with dad, who is drinking, and are passed between the two grandparents' homes most nights. Kai (9) has started wetting the bed and Bella says "everyone is shouting about us".

My ATM Silas Penrose and I agree this needs considering for level 4.

I haven't been able to ask dad about consent yet - I'm seeing him Thursday and will ask then.

Ellen Widger
Family Intervention Worker, Torbay Early Help
""")
    top = plain_top(f, addr("Ellen Widger", "ellen.widger@torbay.gov.uk"), O_MASH,
                    "Contact to MASH - Luxton children", "2049-01-26 11:10:27", "torbay.gov.uk", "Microsoft Outlook 16.0")
    reg(f, mail(f, top, body), "ordinary", O_MASH, "2049-01-26 11:10:27",
        {"kind": "step_up", "case_ids": ["EHM-832017"],
         "children": [C("Kai Luxton", "2040-01-22"), C("Bella Luxton", "2042-10-15")],
         "concerns": ["domestic_abuse", "substance_misuse"], "manager_agreed": True, "missing": ["consent"],
         "next_action": "request_info"},
        "Torbay step-up (contact to MASH): 'My ATM ... and I agree this needs considering for level 4' -> manager true; "
        "'I haven't been able to ask dad about consent yet ... will ask then' -> consent null -> missing -> "
        "request_info. Family members fighting over who has the children, a fight in front of them -> domestic_abuse; "
        "dad drinking -> substance_misuse. Saturday's fight is past and police attended: not urgent.", [body])

def torbay_03():
    f = "torbay_03.eml"
    body = T("""
my mums had a stroke i think shes on the floor at hers talking funny and cant lift her arm. Oscar Pengelly is with her hes 18 months. im on shift in exeter an hour away. ambulance says 50 mins. neighbours not answering. shes at 3 Fore St Brixham. please can someone go to oscar

Kerry""")
    top = plain_top(f, addr(None, "kerrypengelly@icloud.com"), O_MASH,
                    "oscar", "2049-01-28 21:05:44", "icloud.com", "iPhone Mail (22F76)")
    reg(f, build(top, flowed_part(body), False, allow_8bit=True), "urgent", O_MASH, "2049-01-28 21:05:44",
        {"kind": "other", "urgent": True, "children": [C("Oscar Pengelly")], "concerns": ["neglect"],
         "next_action": "alert_duty"},
        "DESIGN safety rule 1, a mobile one-liner at 21:05 (out of hours): the grandmother minding an 18-month-old has "
        "had an apparent stroke, no other adult there, mum an hour away, ambulance 50 minutes -> urgent -> alert_duty. "
        "No alarm word. Not a step request -> other; no adult able to care for a toddler -> neglect.", [body])

def torbay_04():
    f = "torbay_04.eml"
    body = T("""
TO EARLY HELP

I AM WRITING TO ASK FOR SOME HELP. I AM 74 AND I HAVE HAD MY GRANDCHILDREN LIAM BICKFORD AND JADE BICKFORD SINCE THEIR MUM WENT AWAY TWO YEARS AGO. I LOVE THEM TO BITS AND I WOULD NEVER HURT THEM BUT I AM SO TIRED. MY BACK IS BAD AND THE DOCTOR SAYS I NEED A REST. THEY ARE GOOD KIDS, THEY GO TO SCHOOL EVERY DAY AND THEY ARE FED AND CLEAN.

IS THERE ANY RESPITE LIKE A WEEKEND ONCE A MONTH OR SOMEBODY TO TAKE THEM TO CLUBS. MY SISTER HELPS ON TUESDAYS.

SORRY FOR THE CAPITALS MY EYES ARE NOT GOOD.

MRS IRIS BICKFORD
12 HELE ROAD TORQUAY
""")
    top = plain_top(f, addr("IRIS BICKFORD", "irisbickford@talktalk.net"), O_EH,
                    "HELP PLEASE", "2049-02-22 07:15:36", "talktalk.net", None)
    reg(f, mail(f, top, body, crlf=False), "near_miss", O_EH, "2049-02-22 07:15:36",
        {"kind": "other", "children": [C("Liam Bickford"), C("Jade Bickford")], "next_action": "human_review"},
        "NEAR MISS - a grandparent's request for respite in capitals: 'I WOULD NEVER HURT THEM', children fed, clean, in "
        "school -> no risk, not urgent. A carer's own request is not a social worker's step request -> other -> "
        "human_review; no concern labelled.", [body])

def torbay_05():
    f = "torbay_05.eml"
    body = T("""
Thank you for your email. I am on annual leave until Monday 1st March and will not be checking my emails.

For kinship and special guardianship support please contact the team on 01632 960470.

If you think a child is in danger, please call the police on 999 or the MASH.

Wendy Coombe
Kinship Support Worker, Torbay
""")
    data = ooo(f, "2049-02-12 09:00:31", "Wendy Coombe", "wendy.coombe@torbay.gov.uk", O_EH,
               "RE: [SB-torbay-1874] Triage slot confirmed", body)
    reg(f, data, "near_miss", O_EH, "2049-02-12 09:00:31",
        {"kind": "auto_reply", "next_action": "ignore"},
        "NEAR MISS - an out-of-office from a kinship support worker (Auto-Submitted: auto-replied): 'If you think a child "
        "is in danger ... 999' is boilerplate about nobody real -> not urgent; DESIGN safety rule 2 -> auto_reply -> "
        "ignore.", [body])

def torbay_06():
    f = "torbay_06.eml"
    body = T("""
Hi,

Adding my visit notes from this morning for the Tozer twins - please see attached.

Gill Hannaford
Health Visitor, Torbay 0-19 Service

-----Original Message-----
From: Torbay Early Help <earlyhelp@torbay.gov.uk>
Sent: 02 March 2049 11:14
Subject: [SB-torbay-1907] Step down received - Ivy Tozer, Rose Tozer (LCS-4409951)

Thank you. Your request is on the list for the next under-5s triage.
""")
    notes = ["Ivy Tozer and Rose Tozer, 10 months. LCS-4409951.",
             "10:20 phone call from great-grandmother Mrs Edna Tozer (91), who has the twins today while mum is at "
             "college: she has been in her chair since last night and cannot get up. The twins are in their cots in "
             "the same nappies as last night. She says there is no milk in the house. Mum's phone is off.",
             "I am in clinic until 2pm and cannot get there. Great-grandmother says 'I'll be alright dear, don't fuss'.",
             "Plan: tell Early Help."]
    top = outlook_top(f, addr("Gill Hannaford", "gill.hannaford@nhs.net"), O_EH,
                      "RE: [SB-torbay-1907] Step down received - Ivy Tozer, Rose Tozer (LCS-4409951)",
                      "2049-03-09 10:48:26", mid_domain="nhs.net")
    reg(f, mail(f, top, body, [pdf_att("HV visit notes 09.03.49 Tozer.pdf", "Health Visitor contact notes", notes)]),
        "urgent", O_EH, "2049-03-09 10:48:26",
        {"kind": "follow_up", "urgent": True, "case_ids": ["LCS-4409951"],
         "children": [C("Ivy Tozer"), C("Rose Tozer")], "concerns": ["neglect"], "next_action": "alert_duty"},
        "DESIGN safety rule 1 (the attachment is read): the body only says 'visit notes', but the PDF says the "
        "91-year-old great-grandmother minding 10-month-old twins cannot get out of her chair, the babies unchanged "
        "since last night, no milk, mum's phone off, the health visitor cannot go until 2pm -> urgent -> alert_duty. "
        "A reply to [SB-torbay-1907] -> follow_up. neglect. No alarm word.", [body] + notes)

def torbay_07():
    f = "torbay_07.eml"
    blocks = [
        "Hello Early Help,",
        "",
        "I would like a triage slot to step down Mason Yeo (DOB 09/09/2038), LCS-4415560, to level 3. He lives with his grandad, Mr Derek Yeo, under a child arrangements order.",
        "",
        ("table", [["", ""], ["Assessment", "Single Assessment attached"],
                   ["Consent", "Mr Yeo has consented to level 3 Early Help (signed 15/03/2049)"],
                   ["Team Manager", "Not agreed - see below"]]),
        "",
        "My team manager, Kerry Harvey, does not agree the threshold analysis yet: she wants more on grandad's drinking before she will sign it off. I'm sending this so you know it's coming.",
        "",
        "Regards",
        "Josh Penwill",
        "Social Worker, Safeguarding and Supporting Families, Torbay",
    ]
    sa = pdf_att("Single Assessment - Mason Yeo.pdf", "Single Assessment - Mason Yeo", ["LCS-4415560",
                 "Grandfather's alcohol use: drinks most evenings, reports 'a few cans'."])
    top = outlook_top(f, addr("Josh Penwill", "josh.penwill@torbay.gov.uk"), O_EH,
                      "Step down triage - Mason Yeo", "2049-03-18 15:20:57", mid_domain="torbay.gov.uk")
    reg(f, word_mail(f, top, blocks, [sa]), "ordinary", O_EH, "2049-03-18 15:20:57",
        {"kind": "step_down", "level": 3, "case_ids": ["LCS-4415560"], "children": [C("Mason Yeo", "2038-09-09")],
         "concerns": ["substance_misuse"], "consent": True, "manager_agreed": False, "missing": ["manager_agreed"],
         "next_action": "request_info"},
        "Torbay step-down: assessment attached, 'Mr Yeo has consented' -> consent true; 'My team manager ... does not "
        "agree the threshold analysis' -> manager_agreed false -> missing -> request_info. Grandad's drinking -> "
        "substance_misuse. Level 3 (Torbay's default, also stated).", [word_text(blocks)])

def torbay_08():
    f = "torbay_08.eml"
    body = T("""
Hi Early Help,

Please can we have a triage slot for Ellis Rowe (DOB 02/02/2040), LCS-4402871, stepping down to level 3.

A note because the file looks worse than the family is now: in 2047 Ellis's grandad, Mr Roy Rowe, hit him with a belt "the old-fashioned way", which led to a s47 and a caution. That was two years ago. Grandad did the Triple P course, has been open about it, and Ellis (now 9) says grandad "doesn't do that any more, he just takes my tablet off me". There have been no incidents since and the school report he is happy. The grandparents are doing really well with support from the kinship group.

What is left is Ellis's attendance (88%), which Early Help can take on.

The updated Single Assessment with my team manager's analysis confirming level 3 is attached. Grandad and nan have given consent for level 3 Early Help.

Thanks
Alys Tremlett
Social Worker, Torbay
""")
    sa = pdf_att("Single Assessment update - E Rowe.pdf", "Single Assessment - Ellis Rowe", ["LCS-4402871",
                 "Team Manager analysis: level 3 threshold met. Agreed."])
    top = outlook_top(f, addr("Alys Tremlett", "alys.tremlett@torbay.gov.uk"), O_EH,
                      "Triage please - Ellis Rowe LCS-4402871", "2049-03-31 10:00:22", mid_domain="torbay.gov.uk")
    reg(f, mail(f, top, body, [sa]), "near_miss", O_EH, "2049-03-31 10:00:22",
        {"kind": "step_down", "level": 3, "case_ids": ["LCS-4402871"], "children": [C("Ellis Rowe", "2040-02-02")],
         "concerns": ["school_attendance"], "consent": True, "manager_agreed": True, "missing": [],
         "next_action": "book_meeting"},
        "NEAR MISS - a grandparent doing well with support: the belt 'the old-fashioned way' was in 2047, caution and "
        "Triple P, 'no incidents since' -> historic, not urgent, no physical_harm. Complete Torbay step-down (assessment "
        "with the TM's analysis, consent) -> book_meeting; attendance 88% -> school_attendance. Dated Wed 31 March, "
        "BST (+0100).", [body])

# ---------------------------------------------------------------- HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"
    body = T("""
Hi MASH,

I'm sending this as a step up for Harley Jenkins (DOB 04/11/2044), Mosaic 817640, but I need someone to pick it up today.

Harley (4) lives with his nan, Mrs Carol Jenkins, in Leominster. Half an hour ago nan rang me crying: Harley's grandad, Keith Jenkins, who she separated from at Christmas, came round drunk at about 3pm, they argued over who should have Harley, he pushed her into the door frame (she has a cut on her head) and drove off with Harley in the front seat of his van. Nan says he's had at least eight cans. She doesn't know where he is going; he said "you'll not see him again". Police have been called by nan.

Harley's mum is in prison (HMP Eastwood Park). I've tried grandad's mobile, it's switched off.

Carly Prosser
Family Support Worker, Early Help, Herefordshire Council
""")
    top = outlook_top(f, addr("Carly Prosser", "carly.prosser@herefordshire.gov.uk"), H_MASH,
                      "Step up - Harley Jenkins", "2049-01-20 16:35:12", mid_domain="herefordshire.gov.uk")
    reg(f, mail(f, top, body), "urgent", H_MASH, "2049-01-20 16:35:12",
        {"kind": "step_up", "urgent": True, "case_ids": ["817640"], "children": [C("Harley Jenkins", "2044-11-04")],
         "concerns": ["domestic_abuse", "missing", "substance_misuse"], "next_action": "alert_duty"},
        "DESIGN safety rule 1: family members fighting over a 4-year-old - a drunk grandfather pushed the grandmother "
        "and drove off with the child half an hour ago, whereabouts unknown -> urgent -> alert_duty. Framed as a step-up "
        "to MASH (kind step_up), which Herefordshire's seed does not define (missing []); urgency comes first. No alarm "
        "word. Assault on the grandmother -> domestic_abuse; drunk -> substance_misuse; whereabouts unknown -> missing.",
        [body])

def herefordshire_02():
    f = "herefordshire_02.eml"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity at Tuesday's drop-in, please find attached the step-down plan for the Watkins sibling group:
- Seren Watkins, DOB 05.11.2035, Mosaic 812044
- Osian Watkins, DOB 17.11.2038, Mosaic 812045

The children live with their maternal grandparents in Ross-on-Wye under a Special Guardianship Order. Mum has bipolar disorder and her contact is now stable.

Key person agreed with the family: Rachel Bevan, Family Support Worker, Ross Family Hub.

Attached: signed consent form (grandparents), Early Help Assessment step-down plan.

Kind regards,
Hywel Morgan
Social Worker, Herefordshire Children's Services
""")
    cf = pdf_att("Consent form - Watkins.pdf", "Early Help consent", ["Seren Watkins, Osian Watkins",
                 "We consent to Early Help support. Signed: J. Watkins, G. Watkins (special guardians), 12/01/2049"])
    plan = docx_att("EHA step-down plan - Watkins.docx", ["# Early Help Assessment step-down plan",
                    "What needs to happen / by whom / outcome / timescale", "Mum's contact plan; young carers group for Seren"])
    top = outlook_top(f, addr("Hywel Morgan", "hywel.morgan@herefordshire.gov.uk"), H_EH,
                      "Step down plan - Watkins sibling group", "2049-01-14 10:00:40", mid_domain="herefordshire.gov.uk")
    reg(f, mail(f, top, body, [cf, plan]), "ordinary", H_EH, "2049-01-14 10:00:40",
        {"kind": "step_down", "level": 3, "case_ids": ["812044", "812045"],
         "children": [C("Seren Watkins", "2035-11-05"), C("Osian Watkins", "2038-11-17")],
         "concerns": ["parental_mental_health"], "consent": True, "missing": [], "next_action": "book_meeting"},
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down): signed consent form "
        ".pdf (consent true), plan .docx, key person named with agency -> book_meeting. Level 3 is the Herefordshire "
        "default. Mum's bipolar disorder -> parental_mental_health. 'Mosaic 812044' -> '812044'.", [body])

def herefordshire_03():
    f = "herefordshire_03.eml"
    body = T("""
Hello,

Quick question from a kinship support worker. One of my grandparents, Mr Alan Price, cares for his grandson Rhys Price with his wife. The school have asked whether Mr Price can do the school run and come on trips, because he has a past conviction.

For context, I have seen his DBS: the conviction is for dangerous driving in 2031 (before Rhys was born), it is spent, and there is nothing involving children or violence. He has had a clean licence for fourteen years. There are no concerns about Rhys, who is doing well.

Is there any reason Early Help would advise against it, or is this purely for the school to decide?

Thanks,
Megan Lloyd
Kinship Support Worker, Herefordshire
""")
    top = plain_top(f, addr("Megan Lloyd", "megan.lloyd@herefordshire.gov.uk"), H_EH,
                    "Grandparent with old conviction - school run?", "2049-02-02 14:40:19", "herefordshire.gov.uk",
                    "Microsoft Outlook 16.0")
    reg(f, mail(f, top, body), "near_miss", H_EH, "2049-02-02 14:40:19",
        {"kind": "other", "children": [C("Rhys Price")], "next_action": "human_review"},
        "NEAR MISS - a grandfather with a past conviction who minds the children: a spent 2031 dangerous-driving "
        "conviction, 'nothing involving children', 'no concerns about Rhys' -> not urgent; a question, not a step "
        "request -> other -> human_review.", [body])

def herefordshire_04():
    f = "herefordshire_04.eml"
    body = T("""
Hi Co-ordinators,

Step down for Millie Hughes (DOB 21/02/2041), Mosaic 816233.

You may have seen the Hereford Times this week about a grandmother arrested for drink-driving with two children in the car on the A49. To be clear, that is not this family and nothing to do with Millie - her nan has had a few calls from neighbours asking.

Millie lives with mum and her nan helps with after-school care. The plan was about mum's anxiety, which is much better. Mum has verbally agreed to Early Help; I will get the consent form signed at Thursday's visit. I've attached the step-down plan. The key person is still being discussed with mum - I'll confirm.

Thanks
Rob Chance
Social Worker, Herefordshire
""")
    plan = docx_att("Step-down plan - M Hughes.docx", ["# Early Help Assessment step-down plan", "Millie Hughes",
                    "Mum's anxiety: CBT to continue; after-school club"])
    top = outlook_top(f, addr("Rob Chance", "rob.chance@herefordshire.gov.uk"), H_EH,
                      "Step down - Millie Hughes", "2049-02-19 12:00:05", mid_domain="herefordshire.gov.uk")
    reg(f, mail(f, top, body, [plan]), "near_miss", H_EH, "2049-02-19 12:00:05",
        {"kind": "step_down", "level": 3, "case_ids": ["816233"], "children": [C("Millie Hughes", "2041-02-21")],
         "concerns": ["parental_mental_health"], "consent": True, "missing": ["consent_form", "lead_practitioner"],
         "next_action": "request_info"},
        "NEAR MISS - risk words about nobody real: a news story of a grandmother drink-driving with children, 'not this "
        "family and nothing to do with Millie' -> not urgent, no substance_misuse. Herefordshire step-down: plan "
        "attached; 'Mum has verbally agreed to Early Help' -> consent true, but the written consent form is to follow "
        "-> consent_form missing; key person 'still being discussed' -> lead_practitioner missing -> request_info.",
        [body])

def herefordshire_05():
    f = "herefordshire_05.eml"
    h = T("""
<html><body>
<p>To Early Help - I don't know the right inbox, please pass on.</p>
<p>I am the district nurse for Mr Stanley Lewis (87) at Orchard Cottage, Kington. I called at 5.15pm for his insulin. His great-granddaughter <b>Rosie-Mai Lewis</b>, 5 months old, was in a travel cot in his front room. Mr Lewis was asleep in his chair with an empty bottle of whisky beside him and I could not wake him properly; he is breathing and I have called 111 for him.</p>
<p>Rosie-Mai was soaked through, cold to touch, with a bottle of milk that smelled sour. Her grandmother, who normally has her, flew to Spain this morning and left her with Mr Lewis; her mum is an inpatient at the Hereford County Hospital. I cannot stay past 6 and there is no one else to call.</p>
<p>Lorna Pritchard<br>District Nurse, Wye Valley NHS Trust<br>07700 900 734</p>
</body></html>
""")
    top = plain_top(f, addr("Lorna Pritchard", "lorna.pritchard@nhs.net"), H_EH,
                    "Baby with my patient - Kington", "2049-03-08 17:48:33", "nhs.net", None)
    reg(f, build(top, text_part(h, "html", crlf=True), True), "urgent", H_EH, "2049-03-08 17:48:33",
        {"kind": "other", "urgent": True, "children": [C("Rosie-Mai Lewis")], "concerns": ["neglect", "substance_misuse"],
         "next_action": "alert_duty"},
        "DESIGN safety rule 1, HTML-only at 17:48 (out of hours): a 5-month-old left with an 87-year-old great-grandfather "
        "who is drunk and cannot be woken, the baby soaked and cold, no other adult, the nurse leaving at 6 -> urgent -> "
        "alert_duty. Misdirected to the co-ordinators -> other. neglect + substance_misuse. No alarm word.", [h])

def herefordshire_06():
    f = "herefordshire_06.eml"
    comment = ("Sorry can't make the drop-in. I'm outside the Davies house in Bromyard - Callum Davies (7) ran out to my car, "
               "grandad Len has just hit him across the face, his lip is split and bleeding. Grandad is shouting "
               "inside and is the only adult, mum's not back till tomorrow. Police on their way. Callum is in my car "
               "but grandad wants him back in.")
    data = itip_reply(f, "2049-03-23 09:25:40", "Ffion Rees", "ffion.rees@herefordshire.gov.uk",
                      ("Early Help Co-ordinators", H_EH), "DECLINED",
                      "Step-down drop-in - Davies (Mosaic 815302)", "20490323T093000", "20490323T100000",
                      "Plough Lane, Hereford - Room 2", comment=comment)
    reg(f, data, "urgent", H_EH, "2049-03-23 09:25:40",
        {"kind": "meeting_reply", "urgent": True, "case_ids": ["815302"], "children": [C("Callum Davies")],
         "concerns": ["physical_harm"], "next_action": "alert_duty"},
        "DESIGN safety rule 1 ('a meeting reply's comment'): a DECLINED iTIP REPLY to the Tuesday drop-in whose comment "
        "says a 7-year-old has just been hit across the face by his grandfather, the only adult, who wants him back -> "
        "urgent -> alert_duty (urgent outranks record_reply). 'Mosaic 815302' in the SUMMARY -> '815302'; 'Callum Davies (7)'. physical_harm.", [comment])

def herefordshire_07():
    f = "herefordshire_07.eml"
    body = T("""
Hi team,

Step down for Evie Jones-Parry (DOB 03/03/2041), Mosaic ID 818830. She lives with mum and her nan, who has Parkinson's; Evie (8) does a lot of nan's care before and after school.

Attached is the signed consent form (mum, 09/03/2049). The key person is Sian Watts, Young Carers Worker, Herefordshire Young Carers. The step-down plan is not finished - I'll send it by Friday.

Many thanks
Amy Griffiths
Social Worker, Herefordshire
""")
    cf = pdf_att("Signed consent - Jones-Parry.pdf", "Consent to Early Help", ["Evie Jones-Parry",
                 "I consent to Early Help support. Signed: K. Jones (mother) 09/03/2049"])
    top = outlook_top(f, addr("Amy Griffiths", "amy.griffiths@herefordshire.gov.uk"), H_EH,
                      "Step down - Evie Jones-Parry", "2049-03-11 15:00:28", mid_domain="herefordshire.gov.uk")
    reg(f, mail(f, top, body, [cf]), "ordinary", H_EH, "2049-03-11 15:00:28",
        {"kind": "step_down", "level": 3, "case_ids": ["818830"], "children": [C("Evie Jones-Parry", "2041-03-03")],
         "concerns": ["young_carer"], "consent": True, "missing": ["draft_plan"], "next_action": "request_info"},
        "Herefordshire step-down: signed consent form (consent true), key person named with agency, but 'The step-down "
        "plan is not finished' -> draft_plan missing -> request_info. Caring for nan -> young_carer. 'Mosaic ID "
        "818830' -> '818830'.", [body])

def herefordshire_08():
    f = "herefordshire_08.eml"
    body = T("""
Hi, here is Evie's step-down plan as promised. Sorry it's a few days late.

Amy

> On 11 Mar 2049, at 15:03, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> [SB-herefordshire-5521] Step down received - Evie Jones-Parry (Mosaic ID 818830)
> Still needed: the Early Help Assessment step-down plan.
""")
    plan = docx_att("Step-down plan - Evie Jones-Parry.docx", ["# Early Help Assessment step-down plan",
                    "Evie Jones-Parry", "Young carers assessment; nan's care package; after-school club"])
    top = plain_top(f, addr("Amy Griffiths", "amy.griffiths@herefordshire.gov.uk"), H_EH,
                    "Re: [SB-herefordshire-5521] Step down received - Evie Jones-Parry", "2049-03-30 09:50:11",
                    "herefordshire.gov.uk", "iPad Mail (22E252)")
    reg(f, mail(f, top, body, [plan], crlf=False), "ordinary", H_EH, "2049-03-30 09:50:11",
        {"kind": "follow_up", "case_ids": ["818830"], "children": [C("Evie Jones-Parry")],
         "concerns": ["young_carer"], "next_action": "attach_to_request"},
        "A reply to [SB-herefordshire-5521] (herefordshire_07's request) adding the plan .docx -> follow_up -> "
        "attach_to_request; missing [] for a follow_up. Dated Tue 30 March, BST (+0100). The child's name and "
        "Mosaic id are in the quoted acknowledgement.", [body])


# ============================================================================ self-checks
import holidays as _holidays   # required: run with /work/main/.venv/bin/python

WINDOW = (date(2049, 1, 4), date(2049, 3, 31))   # Mon 4 Jan - Wed 31 Mar 2049 (April dates avoided)
TERM_END = date(2049, 4, 15)                       # the Thursday before Easter Sunday 18 April 2049
EASTER = date(2049, 4, 18)
BST_START = date(2049, 3, 28)
BANK_HOLIDAYS = {d for d in _holidays.country_holidays("GB", subdiv="ENG", years=[2049])}
ALARM = re.compile(r"\b(urgent|urgently|immediate|immediately|emergency|danger|asap)\b|at risk|risk of harm", re.I)
SPRING = re.compile(r"\b(April|June|July)\b|\b\d{1,2}(st|nd|rd|th)? May\b|\bMay \d|"
                    r"\b\d{1,2}[/.-]0?[4-7][/.-](19|20)?\d\d\b|\b20\d\d-0[4-7]-\d\d\b|\b20\d\d0[4-7]\d\dT")
MISSING_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
               "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support",
               "case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
               "worries_strengths_next"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
ALLOWED = {("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
           ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
           ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
           ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
           ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
           ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
           ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
           ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                           "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
           ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
           ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"}}

def working_days(today, until):
    n, d = 0, today
    while d < until:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def yaml_ids(auth):
    import yaml
    y = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % auth))
    ids = set()
    for k, v in (y.get("kinds") or {}).items():
        for r in (v or {}).get("requirements") or []:
            ids.add(r["id"])
    return ids

def readable(msg):
    import pypdf, docx
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            if ct == "text/calendar":
                t = t.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            out.append(t)
        elif ct == "application/pdf":
            r = pypdf.PdfReader(_io.BytesIO(part.get_payload(decode=True)))
            out.append("\n".join(p.extract_text() for p in r.pages))
        elif ct == DOCX:
            d = docx.Document(_io.BytesIO(part.get_payload(decode=True)))
            out.append("\n".join(p.text for p in d.paragraphs))
    return "\n".join(out)

def next_action(e, auth):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (auth == "herefordshire" and k == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errs = []
    def err(f, m):
        errs.append("%s: %s" % (f, m))
    if EASTER.weekday() != 6 or TERM_END != EASTER - timedelta(days=3):
        errs.append("set: Easter / term end wrong")
    if date(2049, 4, 16) not in BANK_HOLIDAYS or date(2049, 4, 19) not in BANK_HOLIDAYS:
        errs.append("set: Good Friday / Easter Monday 2049 not 16 / 19 April")
    if [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]:
        errs.append("set: a bank holiday inside the window")
    last_sun = max(date(2049, 3, d) for d in range(25, 32) if date(2049, 3, d).weekday() == 6)
    if last_sun != BST_START:
        errs.append("set: BST start")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 2:
        errs.append("set: window ends")
    yids = {a: yaml_ids(a) for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")}
    per_auth = {}
    for lab in LABELS:
        f, e, auth = lab["file"], lab["expect"], lab["authority"]
        m = META[f]
        per_auth[auth] = per_auth.get(auth, 0) + 1
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                err(f, "MIME defects %s" % p.defects)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err(f, "no %s" % h)
        if m["box"].lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower():
            err(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        loc = d.astimezone(LON)
        if d.utcoffset() != loc.utcoffset():
            err(f, "Date offset %s but Europe/London is %s" % (d.utcoffset(), loc.utcoffset()))
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]):
            err(f, "Date outside the window")
        if loc.weekday() > 4:
            err(f, "Date on a weekend")
        if loc.date() in BANK_HOLIDAYS:
            err(f, "Date on a bank holiday")
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset() or not (60 <= (now - d).total_seconds() <= 600):
            err(f, "now not 1-10 minutes after Date with the same offset")
        text = readable(msg)
        if e["urgent"] and ALARM.search(text):
            err(f, "urgent mail has an alarm word: %r" % ALARM.search(text).group(0))
        if SPRING.search(text):
            err(f, "a date in April-July: %r" % SPRING.search(text).group(0))
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2049:
                err(f, "year after 2049: %s" % y)
        if e["urgent"] != (CATS[f] == "urgent"):
            err(f, "urgent vs category")
        if e["next_action"] != next_action(e, auth):
            err(f, "next_action %s != %s" % (e["next_action"], next_action(e, auth)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            err(f, "concerns")
        if not set(e["missing"]) <= MISSING_IDS or e["missing"] != sorted(set(e["missing"])):
            err(f, "missing ids")
        for mid in e["missing"]:
            if mid not in yids[auth]:
                err(f, "missing id %s not in %s.yaml" % (mid, auth))
        k = e["kind"]
        lvl = e["level"] if e["level"] is not None else 3
        key = (auth, k, lvl if (auth == "knowsley" and k == "step_down") else None)
        if k in ("step_up", "step_down") and not (auth == "herefordshire" and k == "step_up"):
            allowed = ALLOWED[key]
            if not set(e["missing"]) <= allowed:
                err(f, "missing %s not allowed for %s" % (e["missing"], key))
            for fact in ("consent", "manager_agreed"):
                if fact in allowed and (e[fact] is not True) != (fact in e["missing"]):
                    err(f, "%s vs missing" % fact)
            if (not e["children"]) != ("children" in e["missing"]):
                err(f, "children vs missing")
        elif e["missing"]:
            err(f, "missing must be [] for %s" % k)
        if e["level"] is not None and (k != "step_down" or e["level"] not in (2, 3)):
            err(f, "level")
        if auth == "knowsley" and k in ("step_up", "step_down"):
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    err(f, "no meeting: notice_ok null and meeting_details missing")
            else:
                wd = working_days(now.astimezone(LON).date(), m["meeting"])
                m["wd"] = wd
                if e["notice_ok"] != (wd >= 5):
                    err(f, "notice_ok %s but %d WD" % (e["notice_ok"], wd))
                if m["meeting"].weekday() > 4 or m["meeting"] in BANK_HOLIDAYS or m["meeting"] <= now.date():
                    err(f, "meeting date")
        elif e["notice_ok"] is not None:
            err(f, "notice_ok only for Knowsley step requests")
        flat = re.sub(r"\s+", " ", text)
        for c in e["children"]:
            if c["name"].lower() not in flat.lower():
                err(f, "child %s not in the text" % c["name"])
            if c["dob"]:
                y, mo, dd = c["dob"].split("-")
                forms = ["%s/%s/%s" % (dd, mo, y), "%s.%s.%s" % (dd, mo, y), c["dob"]]
                if not any(x in flat for x in forms):
                    err(f, "dob %s not in the text" % c["dob"])
                dob = date(int(y), int(mo), int(dd))
                age = (now.date() - dob).days / 365.25
                if not (0 < age < 18):
                    err(f, "dob %s not a child's" % c["dob"])
        for cid in e["case_ids"]:
            if cid not in flat:
                err(f, "case id %s not in the text" % cid)
        if k == "follow_up" and "[SB-" not in str(msg["Subject"]):
            err(f, "follow_up without a reference in the subject")
        if k == "meeting_reply" and "method=REPLY" not in FILES[f].decode("utf-8", "replace"):
            err(f, "meeting_reply without an iTIP REPLY")
        if k == "auto_reply" and not msg["Auto-Submitted"]:
            err(f, "auto_reply without Auto-Submitted")
        if k != "auto_reply" and msg["Auto-Submitted"]:
            err(f, "human mail marked Auto-Submitted")
    from collections import Counter
    cc = Counter(CATS.values())
    if cc["urgent"] < 11 or cc["near_miss"] < 11 or len(LABELS) != 40 or set(per_auth.values()) != {8}:
        errs.append("set: counts %s %s" % (dict(cc), per_auth))
    return errs

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errs = check()
    if errs:
        print("SELF-CHECK FAILED:", *errs, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        from collections import Counter
        print("categories", dict(Counter(CATS.values())))
        print("kinds", dict(Counter(l["expect"]["kind"] for l in LABELS)))
        print("next_action", dict(Counter(l["expect"]["next_action"] for l in LABELS)))
        for f in sorted(META):
            if "wd" in META[f]:
                print("  %s now %s meeting %s: %d WD" % (f, META[f]["now"], META[f]["meeting"], META[f]["wd"]))
    print("wrote %d messages; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
