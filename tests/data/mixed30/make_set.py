#!/usr/bin/env python3
"""mixed30: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2049 (Monday 12 April - Friday 16 July 2049, British Summer Time throughout), on the theme
LONG THREADS AND CHANGING FACTS: reply-all chains with several voices, top- and bottom-posting mixed in one thread,
corrections ("sorry, wrong child", "wrong date of birth"), consent given then withdrawn (and refused then given),
managers who agreed then changed their minds (and the reverse), a meeting moved (the newest date wins), a second
child added later in the thread, an urgent development in the middle of a long routine case update, a risk told
only in an older message of a chain whose newest message is routine, and replies whose newest text contradicts the
quoted text (the newest wins).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word
HTML, PDF, .docx, iCalendar, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification
(/work/shared/DESIGN.md, /work/shared/REQUIREMENTS.md, the seeds and the policy packs); the self-checks only verify
the labels against those rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (12 April - 16 July 2049) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 28 March 2049 and ends on Sunday 31 October 2049. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2049, 4, 2, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers first written for mixed25 (kept)
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



# ============================================================================= helpers first written for mixed27 (kept)
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




# ============================================================================= helpers added for mixed30
def bottom(attribution, text):
    """A bottom-posting client's attribution line and its '> ' quote (the reply goes underneath)."""
    return attribution + "\n" + quoted(text)

def rfc822_part(inner, filename):
    """A forwarded message attached whole (message/rfc822), as Outlook's 'Forward as attachment' sends it."""
    body = inner.decode("ascii").replace("\r\n", "\n")
    return Part([("Content-Type", 'message/rfc822; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename)], body)

def mislabelled_part(text, real="cp1252", label="iso-8859-1"):
    """A text/plain part whose bytes are in `real` but whose charset label says `label` (Outlook on an old relay)."""
    data = text.replace("\n", "\r\n").encode(real)
    body = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return Part([("Content-Type", 'text/plain; charset="%s"' % label),
                 ("Content-Transfer-Encoding", "quoted-printable")], body)

def txt_att(filename, text):
    return binary_part('text/plain', filename, text.replace("\n", "\r\n").encode("ascii"))

def png_att(filename, rgb=(120, 110, 100), w=64, h=48):
    return binary_part("image/png", filename, make_png(w, h, rgb))

def ics_request_att(f, stamp, start, end, summary, location, organizer, attendees, sequence, description=None):
    cal = ics("REQUEST", f, stamp, start, end, summary, location, description, organizer, attendees,
              sequence=sequence)
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                 ("Content-Disposition", 'attachment; filename="invite.ics"'),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def multi_mail(f, top, parts, crlf=True):
    """multipart/mixed from ready-made parts (the first is the body)."""
    return build(top, multipart("mixed", list(parts), bnd(f, 1)), crlf)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2049-04-14 10:12:33"
    shauna_sig = sig("Shauna McArdle", "Family First Case Manager | Huyton Team | Knowsley Council", "0151 496 0733")
    older = quote_chain([
        ("Kerrigan, Bernadette <Bernadette.Kerrigan@knowsley.gov.uk>", "13 April 2049 16:41",
         "McArdle, Shauna <Shauna.McArdle@knowsley.gov.uk>", "RE: O'Neill-Riley - step up?", T("""
Shauna,

I've read the Engaging Families toolkit summary and the GCP2. That changes my view - the toolkit shows mum has
been offered every route in and hasn't taken any of them up, and the GCP2 scores are 4s across physical care.
I agree to the step up. Send it to MASH with the form and the last TAF minutes, and put the meeting in for the
Wednesday.

Bernadette
"""), None),
        ("McArdle, Shauna <Shauna.McArdle@knowsley.gov.uk>", "13 April 2049 11:05",
         "Kerrigan, Bernadette <Bernadette.Kerrigan@knowsley.gov.uk>", "RE: O'Neill-Riley - step up?", T("""
Bernadette - toolkit done with Lorraine from school this morning, summary attached, and the GCP2 I finished on
Friday. Can you have another look?

Shauna
"""), None),
        ("Kerrigan, Bernadette <Bernadette.Kerrigan@knowsley.gov.uk>", "09 April 2049 15:20",
         "McArdle, Shauna <Shauna.McArdle@knowsley.gov.uk>",
         "RE: O'Neill-Riley - step up?", T("""
Not yet, Shauna - I don't agree to a step up on what we have. If the worry is that mum won't engage, we need the
Engaging Families toolkit done first so MASH can see what we've tried. Let's talk again when it's done.

B
"""), "Lorraine Hughes <l.hughes@stchadsprimary.example.sch.uk>"),
        ("McArdle, Shauna <Shauna.McArdle@knowsley.gov.uk>", "09 April 2049 09:47",
         "Kerrigan, Bernadette <Bernadette.Kerrigan@knowsley.gov.uk>", "O'Neill-Riley - step up?", T("""
Morning Bernadette,

Can I talk to you about stepping Kayden and Maisie up? Mum cancelled the last two TAFs and school say the
children are coming in hungry and in the same clothes all week. Lorraine (DSL) is copied in as she's seen it
most.

Shauna
"""), "Lorraine Hughes <l.hughes@stchadsprimary.example.sch.uk>"),
    ])
    body = T("""
Dear MASH colleagues,

Please find attached a step up request for the O'Neill-Riley children, EHM case ID EHM-204517.

Kayden O'Neill-Riley - DOB 03/11/2038
Maisie O'Neill-Riley - DOB 30/06/2041

The step up TAF meeting is on Wednesday 21st April at 10am on Teams - the calendar invite has gone to the MASH
inbox and MASH business support, and I've invited the current TAF members (school, school nurse, Huyton Family
Hub).

Attached: the FF Step Up request to CSC form, the last TAF minutes (6 April), the GCP2 and the Engaging Families
toolkit summary. My team manager's agreement is in the thread below - she didn't agree at first, but did once the
toolkit was done. Mum is aware we are asking for this.

Thanks,
Shauna

""") + shauna_sig + older + "\n" + KDISC
    atts = [docx_att("FF Step Up request to CSC - O'Neill-Riley.docx", appendix1([
                ("Child(ren) names and DOB:", "Kayden O'Neill-Riley 03/11/2038; Maisie O'Neill-Riley 30/06/2041"),
                ("Case ID on EHM:", "EHM-204517"),
                ("What are we worried about?", "Neglect of the children's physical care (GCP2 attached); mum has not engaged with the TAF plan since January (Engaging Families toolkit attached)."),
                ("What is working well?", "Both children attend school every day; Maisie's nursery keyworker is a trusted adult."),
                ("What needs to happen?", "A Child and Family assessment by CSC."),
                ("Recent TAF meeting minutes attached:", "Yes - 6 April"),
                ("Date of step up TAF meeting:", "Wednesday 21 April, 10:00, Teams")])),
            pdf_att("TAF minutes 06.04 - O'Neill-Riley.pdf", "TAF meeting minutes - O'Neill-Riley - 6 April 2049", [
                "Present: Shauna McArdle (FF), Lorraine Hughes (DSL), school nurse. Mum did not attend (second time).",
                "Children: Kayden and Maisie. Actions from March not completed.", "Next TAF: not set."]),
            pdf_att("GCP2 O'Neill-Riley.pdf", "Graded Care Profile 2 (GCP2) - O'Neill-Riley household", [
                "Completed 9 April 2049 by Shauna McArdle.", "Physical care: nutrition 4, housing 3, clothing 4, hygiene 4.",
                "Safety: 3. Love and care: 2. Stimulation and education: 3."]),
            docx_att("Engaging Families toolkit summary - O'Neill-Riley.docx", [
                "# Engaging Families toolkit - summary", "Completed 13 April 2049 with the school DSL.",
                "Routes offered: home visits, school-based meetings, text reminders, a Family Hub drop-in.",
                "Outcome: none taken up since January; mum says she does not see the point."])]
    top = outlook_top(f, addr("McArdle, Shauna", "Shauna.McArdle@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up request - O'Neill-Riley - EHM-204517", when,
                      cc=addr("Kerrigan, Bernadette", "Bernadette.Kerrigan@" + KDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-204517"],
        [ch("Kayden O'Neill-Riley", "2038-11-03", "03/11/2038"), ch("Maisie O'Neill-Riley", "2041-06-30", "30/06/2041")],
        ["neglect", "non_engagement"], None, True, [], False, "request_info",
        "A MANAGER WHO REFUSED, THEN AGREED (the reverse of a change of mind): four quoted messages, two voices plus a "
        "copied DSL; on 9 April the team manager wrote 'I don't agree to a step up', on 13 April 'I agree to the step "
        "up' - the latest statement wins -> manager_agreed true. Complete Knowsley step-up (REQUIREMENTS, knowsley "
        "step_up): form, TAF minutes, case id EHM-204517, meeting date; neglect -> GCP2 attached; non-engagement -> "
        "Engaging Families toolkit attached. 'Mum is aware' is not consent -> null. NOTICE ACROSS EASTER, DECISIVE: "
        "from Wed 14 April the TAF on Wed 21 April is 5 plain weekdays, but Good Friday 16 and Easter Monday 19 April "
        "are bank holidays -> 3 working days < 5 -> notice not ok -> request_info.",
        meeting=date(2049, 4, 21), not_children=["Shauna McArdle", "Bernadette Kerrigan", "Lorraine Hughes"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2049-04-28 14:05:10"
    older = quote_chain([
        ("Gleave, Martin <m.gleave@whistonhigh.example.sch.uk>", "28 April 2049 12:31",
         "Connolly, Liam <Liam.Connolly@knowsley.gov.uk>", "RE: Step up TAF - Tyler-James", T("""
Liam - bad news, 12th May is our Year 11 exam day and I can't be released. Can it be any earlier? I could do
Wednesday 5th May after 1pm.

Martin Gleave
Assistant Head (Inclusion), Whiston High
"""), "Yeo, Dionne <Dionne.Yeo@knowsley.gov.uk>"),
        ("Connolly, Liam <Liam.Connolly@knowsley.gov.uk>", "26 April 2049 09:15",
         "Gleave, Martin <m.gleave@whistonhigh.example.sch.uk>; Yeo, Dionne <Dionne.Yeo@knowsley.gov.uk>",
         "Step up TAF - Tyler-James", T("""
Morning both,

Gareth has agreed the step up for Tyler-James. I'm proposing the step up TAF for Wednesday 12th May at 10am at
Whiston High - please hold the date. I'll send the request and invite to MASH this week.

Liam
"""), None),
    ])
    body = T("""
Hi MASH,

Step up request for Tyler-James McGovern, DOB 7th August 2034, EHM-211093.

PLEASE NOTE THE DATE HAS CHANGED from what's in the emails below: school can't do the 12th, so the step up TAF is
now WEDNESDAY 5TH MAY AT 1.30PM at Whiston High School (meeting room 2). The updated invite is attached and has
gone to both MASH addresses; please delete any hold for the 12th.

My team manager, Gareth Lunt, has agreed the step up (he's copied in).

Attached: FF Step Up request form, TAF minutes from 20 April, and the Merseyside Exploitation Assessment.

Worries in short: Tyler-James has been missing overnight three times since March, found each time in Liverpool
city centre with older lads; he had two phones and cash he couldn't explain. He's at home and going to his
alternative provision every day at the moment, and mum is working with us, but the pull is getting stronger.

Liam Connolly
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0562

""") + older + "\n" + KDISC
    atts = [docx_att("FF Step Up request to CSC - McGovern.docx", appendix1([
                ("Child(ren) names and DOB:", "Tyler-James McGovern, 7th August 2034"),
                ("Case ID on EHM:", "EHM-211093"),
                ("What are we worried about?", "Criminal exploitation; three missing episodes since March."),
                ("What is working well?", "Mum is engaging; he attends alternative provision daily."),
                ("What needs to happen?", "CSC assessment; a multi-agency exploitation plan."),
                ("Recent TAF meeting minutes attached:", "Yes (20 April)"),
                ("Date of step up TAF meeting:", "Wednesday 5 May, 13:30, Whiston High School")])),
            pdf_att("TAF minutes 20-04 McGovern.pdf", "TAF minutes - Tyler-James McGovern - 20 April 2049", [
                "Present: Liam Connolly (FF), Martin Gleave (school), Dionne Yeo (youth worker), mum.",
                "Agreed: step up to be discussed with the team manager."]),
            pdf_att("Merseyside Exploitation Assessment - TJ McGovern.pdf",
                    "Merseyside Exploitation Assessment - CE/CSE concern", [
                "Young person: Tyler-James McGovern. Completed 22 April 2049.",
                "Indicators: missing episodes, unexplained phones and cash, older associates."]),
            ics_request_att(f, dt(when), "20490505T133000", "20490505T150000",
                            "Step up TAF - Tyler-James McGovern - EHM-211093", "Whiston High School, meeting room 2",
                            ("Liam Connolly", "Liam.Connolly@knowsley.gov.uk"),
                            [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                             ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")], 1,
                            description="Moved from Wednesday 12 May 10:00 at the school's request.")]
    top = outlook_top(f, addr("Connolly, Liam", "Liam.Connolly@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up request - Tyler-James McGovern - EHM-211093 - DATE CHANGED", when,
                      cc=addr("Lunt, Gareth", "Gareth.Lunt@" + KDOM))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-211093"],
        [ch("Tyler-James McGovern", "2034-08-07", "7th August 2034")],
        ["exploitation", "missing"], None, True, [], False, "request_info",
        "A MEETING MOVED, THE NEWEST DATE WINS: the quoted thread proposes Wed 12 May 10:00; the school asks for "
        "earlier; the new text and the attached invite (SEQUENCE 1) say Wed 5 May 13:30. Complete Knowsley step-up: "
        "form, TAF minutes, Merseyside Exploitation Assessment (exploitation), case id, manager ('Gareth Lunt, has "
        "agreed the step up'). NOTICE ACROSS MAY DAY, DECISIVE: from Wed 28 April to Wed 5 May is 5 plain weekdays "
        "but Mon 3 May is a bank holiday -> 4 working days < 5 -> not ok -> request_info (against the old 12 May it "
        "would have been ok). Concerns: exploitation and repeated missing episodes (current worries, not tonight).",
        meeting=date(2049, 5, 5), not_children=["Liam Connolly", "Martin Gleave", "Dionne Yeo", "Gareth Lunt"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2049-06-10 11:40:02"
    ack = ack_text("step-down", "SB-knowsley-1307", [
        "Case: ICS ID 1948203", "Children: Harper Kavanagh (17/01/2046), Reggie Kavanagh (02/05/2043)",
        "Level: 3", "Joint home visit: not yet given"],
        ["the date, time and venue of the joint home visit"])
    body = T("""
Hi Elinor / duty,

Sorry this is long - an update on the Kavanagh step down, point by point, so it's all in one place for the case
manager.

1. Joint home visit. I've spoken to mum and we can do Thursday 17th June at 2pm at home (27 Lark Lane, Kirkby,
L32 9ZK). Please let me know which FF case manager is coming.

2. School and nursery. Reggie's attendance is 96% this term and his teacher is really pleased with him. Harper
moved up to the 2-year-old room at Little Acorns in May and has settled well.

3. Health. Harper's 2-year check was done on 2 June, all fine. Reggie's dental appointment is booked for 24 June.

4. Something new this morning. Little Acorns rang me at 10.50. When they changed Harper they found four round
bruises on each of her upper arms, in a row like fingertips, and a blister on the palm of her right hand. Mum's
partner Dean Shaw dropped her off today - he has been staying at the house since Saturday. Mum is at work at the
retail park until 8 tonight. Dean is down to collect Harper at 5.30 and Reggie from after-school club at 5.45. I
am on my way to the nursery now and have asked them not to let Harper go with anyone until I get there. My mobile
is 07700 900 415.

5. Housing. The damp in the back bedroom has been fixed by Halewood Homes and the children are sleeping in there
again.

6. Consent and the plan. Mum's consent form was sent with the original request. The draft TAF plan is with mum to
read and I'll send it after the visit.

Thanks,
Natalie

Natalie Gorst
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0284
""") + quote_chain([
        ("Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>", "04 June 2049 09:02",
         "Gorst, Natalie <Natalie.Gorst@knowsley.gov.uk>",
         "[SB-knowsley-1307] Step-down request received - Kavanagh", ack, None)]) + "\n" + KDISC
    top = outlook_top(f, addr("Gorst, Natalie", "Natalie.Gorst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "RE: [SB-knowsley-1307] Step-down request received - Kavanagh", when,
                      cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["1948203"],
        [ch("Harper Kavanagh", "2046-01-17", "17/01/2046"), ch("Reggie Kavanagh", "2043-05-02", "02/05/2043")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN URGENT DEVELOPMENT IN THE MIDDLE OF A LONG ROUTINE UPDATE: point 4 of 6 of a social worker's reply to the "
        "[SB-knowsley-1307] acknowledgement reports fingertip bruises on both arms and a blister on the palm of a "
        "3-year-old, with the partner who dropped her off collecting both children at 5.30 today. DESIGN safety rule 1 "
        "(every part read; whatever the kind) -> urgent -> alert_duty. A reply to an [SB-] reference -> follow_up, "
        "missing []. Case id from the quoted ack ('ICS ID 1948203' -> the bare number); children and DOBs from the ack. "
        "No alarm word anywhere. The other five points are positive (96% attendance, check done) -> physical_harm only.",
        not_children=["Natalie Gorst", "Dean Shaw"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2049-05-28 15:20:45"
    older = quote_chain([
        ("Gibbons, Carys <Carys.Gibbons@knowsley.gov.uk>", "23 April 2049 17:02",
         "Reilly, Dominic <d.reilly@staidans.example.sch.uk>", "RE: Jayden - this morning", T("""
Dominic - update for the school file. The section 47 enquiry is complete. Dad was charged on 14 April and bailed
to an address in Wales with a condition not to contact mum or Jayden or come to Knowsley. A non-molestation order
was granted on 22 April. Jayden and mum are at home together and safe; Jayden's lip has healed. The CIN plan
continues.

Carys
"""), None),
        ("Reilly, Dominic <d.reilly@staidans.example.sch.uk>", "12 April 2049 08:52",
         "Gibbons, Carys <Carys.Gibbons@knowsley.gov.uk>", "Jayden - this morning", T("""
Carys,

Jayden came in with a cut lip and a bruise on his jaw. He told his teacher "dad punched me because I wouldn't
turn the Xbox off" and that dad punched mum too. I have rung MASH and the police as per our procedure.

Dominic Reilly
DSL, St Aidan's Catholic Primary School
"""), None),
    ])
    body = T("""
Hi Family First duty,

Level 2 step down - Jayden Whitfield-Ng (DOB 2039-08-21), ICS ID 1950377.

The final CIN meeting is on Friday 4th June at 10am at Halewood Family Hub, Baileys Lane.

The Lead Practitioner taking over is Mrs Tanya Roscoe, Learning Mentor at St Aidan's Catholic Primary School - she
has agreed to hold the Early Help Assessment.

Mum has consented to the step down.

What are we worried about: Jayden's anger in class since Easter and his attendance (86%).
What is working well: mum has kept every appointment; the non-molestation order has held; Jayden talks to Mrs
Roscoe every morning.
What needs to happen: an Early Help Assessment and TAF led by school; a referral to the Hub's anger management
group; an attendance plan.

The older emails below are for background only - that was the incident in April that brought us in.

Carys Gibbons
Social Worker | Child in Need Team (Halewood) | Knowsley Council

""") + older + "\n" + KDISC
    top = outlook_top(f, addr("Gibbons, Carys", "Carys.Gibbons@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "FW: Jayden - this morning - Level 2 step down", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 2, ["1950377"],
        [ch("Jayden Whitfield-Ng", "2039-08-21", "2039-08-21")],
        ["school_attendance"], True, None, [], False, "request_info",
        "A RISK ONLY IN AN OLDER MESSAGE, RESOLVED LATER IN THE CHAIN: the oldest message (12 April) reports a child "
        "punched by his father; the next (23 April) says s47 complete, father charged and bailed to Wales with no "
        "contact, a non-molestation order, child safe -> historic, not urgent. The newest is a routine Level 2 "
        "step-down: meeting date/time/venue, lead practitioner with agency, all three Signs of Safety headings -> "
        "nothing missing. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Fri 28 May -> Fri 4 June is 5 plain "
        "weekdays, but Mon 31 May is a bank holiday -> 4 WD < 5 -> not ok -> request_info. Current worry: attendance "
        "86% -> school_attendance (the domestic abuse is past and managed).",
        meeting=date(2049, 6, 4), not_children=["Carys Gibbons", "Tanya Roscoe", "Dominic Reilly"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2049-05-25 09:30:27"
    first = T("""
Rhys - can you check this before I send it to the duty mailbox?

Level 3 step down to Family First - Zoë Hennessy-Obi, DOB 14/10/2039, ICS ID 1937745.

Joint home visit: Wednesday 2nd June, 10am, at home - 22 Cherryfield Drive, Kirkby, L32 9ZR.
Mum signed the Family First consent form at the CIN review on 20 May.

What are we worried about? Mum's depression - on the days she can't get up, Zoë misses school (attendance 89%).
What is working well? Mum is seeing her GP and Talking Therapies; Zoë's aunt does the school run twice a week.
What needs to happen? A FF case manager to lead a TAF; a morning routine plan; the aunt written into the plan.

Aoife
""")
    rhys = T("""
Aoife - you've left Mikey off, he's on the same CIN plan and needs stepping down with his sister.
Otherwise I agree with the step down - send it once he's added.

Rhys Gantley
Team Manager | Child in Need (Kirkby)
""")
    body = (bottom("On Tue, 25 May 2049 at 08:51, Gantley, Rhys <Rhys.Gantley@knowsley.gov.uk> wrote:",
                   rhys + "\n" + bottom("On Mon, 24 May 2049 at 16:02, Brennan, Aoife <Aoife.Brennan@knowsley.gov.uk> wrote:", first).rstrip("\n"))
            + T("""

Sending to the duty mailbox now - with the correction Rhys asked for:

Michael Hennessy-Obi (Mikey), DOB 09.02.2046, is also to be stepped down at Level 3, at the same joint home visit.
Mum's consent form covers both children.

Aoife Brennan
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0617
""") + "\n" + KDISC)
    top = plain_top(f, addr("Brennan, Aoife", "Aoife.Brennan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Re: Level 3 step down - Hennessy-Obi", when, KDOM, "Mozilla Thunderbird",
                    cc=addr("Gantley, Rhys", "Rhys.Gantley@" + KDOM))
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1937745"],
        [ch("Zoë Hennessy-Obi", "2039-10-14", "14/10/2039"), ch("Michael Hennessy-Obi", "2046-02-09", "09.02.2046")],
        ["parental_mental_health", "school_attendance"], True, True, [], True, "book_meeting",
        "A SECOND CHILD ADDED LATER IN THE THREAD, BOTTOM-POSTED: the quoted draft names only Zoë; the team manager's "
        "quoted reply says Mikey is missing; the new text at the bottom adds 'Michael Hennessy-Obi (Mikey), DOB "
        "09.02.2046' -> both children, in order of first full-name appearance. Level 3 stated. Consent: 'Mum signed "
        "the Family First consent form' and 'covers both children' -> true. Manager: 'I agree with the step down' -> "
        "true. Visit date, time and venue; all three Signs of Safety headings -> nothing missing. NOTICE: Tue 25 May "
        "-> Wed 2 June crosses the Spring Bank Holiday (31 May): 6 plain weekdays, 5 working days -> ok -> "
        "book_meeting. Concerns: mum's depression -> parental_mental_health; 89% -> school_attendance.",
        meeting=date(2049, 6, 2), not_children=["Aoife Brennan", "Rhys Gantley"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2049-07-09 16:40:19"
    older = quote_chain([
        ("Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>", "30 June 2049 10:12",
         "Okoye, Precious <precious.okoye@halewoodhomes.example.org.uk>",
         "RE: Early Help referral - damp and mould, Flat 4 Roby Court", T("""
Dear Precious,

Thank you. As the family have not agreed to an Early Help referral we can't open a case, but please do give mum
the Family Hub leaflet.

Family First Duty Team
"""), None),
        ("Okoye, Precious <precious.okoye@halewoodhomes.example.org.uk>", "28 June 2049 14:30",
         "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>",
         "Early Help referral - damp and mould, Flat 4 Roby Court", T("""
Hello, I'm the housing officer for Roby Court. The mould in Flat 4 is bad and there are two small children in
the flat. Mum doesn't want a referral but I wanted to let you know.
"""), None),
    ])
    body = T("""
Hi,

Replying on the old thread as it's the only address I have - sorry.

The damp works in Flat 4 are booked for 19 July; the contractor needs access from 8am.

PS - when I went round at 3.30 this afternoon to confirm the works, the two little ones, Kyra Molloy (she's 4)
and her brother Dante Molloy (2), were in the flat on their own. The door was on the latch. Dante was in a nappy
that hadn't been changed for a long time and there was no food out. The lady at number 5 says she saw mum go out
about 11 this morning with a holdall and she hasn't seen her since. Mum's phone goes straight to voicemail. I
waited 40 minutes and nobody came. I have to go to another appointment, so the lady at number 5 has taken them in,
but she says she can't keep them past 6 as she works nights. Who should I tell?

Precious Okoye
Housing Officer | Halewood Homes | 07700 900 288

""") + older + T("""

Halewood Homes is a registered provider of social housing. This email and any files transmitted with it are
confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have
received this email in error please notify the system manager. Halewood Homes accepts no liability for any damage
caused by any virus transmitted by this email. Please consider the environment before printing this email.
""")
    top = outlook_top(f, addr("Okoye, Precious", "precious.okoye@halewoodhomes.example.org.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "RE: Early Help referral - damp and mould, Flat 4 Roby Court", when,
                      mid_domain="halewoodhomes.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kyra Molloy"), ch("Dante Molloy")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A PARTNER WRITING TO THE WRONG INBOX, THE RISK IN A PS: a housing officer replies on an old thread (the "
        "family had declined Early Help) about damp works, and in a PS reports a 4-year-old and a 2-year-old left "
        "alone since about 11am, mum gone with a holdall and unreachable, the neighbour unable to keep them past 6 "
        "tonight. Immediate (DESIGN safety rule 1) -> urgent -> alert_duty, at 16:40 on a Friday. No step -> other. "
        "No DOBs given; no alarm word anywhere. neglect.",
        not_children=["Precious Okoye"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2049-06-22 08:00:05"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - LEARNING LUNCH
"Read the whole thread": long email chains and changing facts
Thursday 8 July, 12:30-13:30, Microsoft Teams

Why this session? Two local reviews this year found that the information that mattered was in an email chain -
just not at the top of it. This 60-minute session uses three FICTIONAL scenarios, written for training only; they
describe no real child or family.

Scenario 1 - the buried paragraph. A routine TAF update runs to six points. Point four says a nursery found
fingertip bruising on a 2-year-old ("Child H") and that the adult who brought her is collecting her tonight. The
worker who read the top two points filed it. What should have happened? (Answer: this is an immediate child
protection concern - phone MASH now; an email is not enough.)

Scenario 2 - the PS. A housing officer replies on an old thread about repairs. In a PS she says two young
children ("K" and "D") were alone in the flat. Who owns the risk once the email is read?

Scenario 3 - the contradiction. The quoted message says "mum consents"; the newest line says "mum has withdrawn
consent". Which one goes on the system? (The newest, with the date.)

Book through the KSCP training portal. Places are limited to 40.

You are receiving this because you are on the KSCP practitioner bulletin list.
Unsubscribe: https://kscp.example.org.uk/unsubscribe
""")
    htmlb = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
             '<h2 style="color:#6B2C91">Knowsley Safeguarding Children Partnership - Learning Lunch</h2>'
             '<p><b>"Read the whole thread": long email chains and changing facts</b><br>'
             'Thursday 8 July, 12:30-13:30, Microsoft Teams</p>'
             + "".join("<p>%s</p>" % esc(p).replace("\n", " ") for p in text.split("\n\n")[2:]) +
             '</body></html>\n')
    top = [("From", addr("KSCP Bulletin", "bulletin@kscp.example.org.uk")),
           ("To", addr("Family First 0-18 Duty Mailbox", KFF)),
           ("Subject", "Learning Lunch 8 July: \"Read the whole thread\" - immediate risk buried in email chains"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "kscp.example.org.uk")),
           ("List-Id", "KSCP practitioner bulletin <practitioners.kscp.example.org.uk>"),
           ("List-Unsubscribe", "<https://kscp.example.org.uk/unsubscribe>, <mailto:unsubscribe@kscp.example.org.uk>"),
           ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, htmlb), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A TRAINING BULLETIN WHOSE FICTIONAL SCENARIOS ECHO THIS SET (bruising buried in point four, children alone in "
        "a PS, consent withdrawn), with 'immediate child protection concern' in the text and 'immediate risk' in the "
        "subject; List-Id, List-Unsubscribe, Precedence: bulk, no Auto-Submitted. DESIGN: bulletins that list examples "
        "must not trigger the alert -> not urgent; a newsletter -> other -> human_review. Children only as letters "
        "('Child H', 'K', 'D') -> none labelled.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2049-04-29 09:05:40"
    data = itip_reply(f, when, "Dionne Yeo", "Dionne.Yeo@knowsley.gov.uk",
                      ("Liam Connolly", "Liam.Connolly@knowsley.gov.uk"), "TENTATIVE",
                      "Step up TAF - Tyler-James McGovern - EHM-211093", "20490505T133000", "20490505T150000",
                      "Whiston High School, meeting room 2",
                      comment="I'm in court for another young person that morning - I should be there by 1.45.")
    top_to = addr("Liam Connolly", "Liam.Connolly@knowsley.gov.uk")
    data = data.replace(b"To: " + top_to.encode() + b"\r\n",
                        b"To: " + top_to.encode() + b"\r\nCc: " + addr("Knowsley MASH", KMASH).encode() + b"\r\n", 1)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-211093"], [ch("Tyler-James McGovern")], [], None, None, [],
        None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the youth worker for knowsley_02's moved step-up TAF (Wed 5 May "
        "13:30, the new date), copied to the MASH inbox; the SUMMARY carries EHM-211093 and the child's full name "
        "(labelled, no DOB given); the COMMENT (in court for another young person, 15 minutes late) holds nothing "
        "of concern -> record_reply.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2049-04-12 15:45:20"
    older = quote_chain([
        ("Ferreira, Beatriz <Beatriz.Ferreira@richmondandwandsworth.gov.uk>", "12 April 2049 11:20",
         "Nwachukwu, Grace <Grace.Nwachukwu@richmondandwandsworth.gov.uk>", "Okafor-Blake - supervision notes", T("""
Grace - notes from this morning as discussed. Mum is clear she wants help and she agrees to the step up. The
non-molestation order against Mr Blake has been breached twice since February (the police have the reports).
"""), None)])
    body = T("""
Dear MASH Step Up,

Step up request - Amara Okafor-Blake (15/09/2041) and Tobi Okafor-Blake (02/12/2044), Mosaic ID 2305518.

Latest case summary
Early Help have worked with the family since October under a Family Support plan: mum (Chiamaka Okafor) left Mr
Blake in the autumn after years of controlling and violent behaviour. A non-molestation order was granted in
November. Since February he has breached it twice - turning up at the school gate and at the flat. Amara (7) has
stopped sleeping in her own bed; Tobi (4) is with a childminder three days a week. Mum has engaged with every
session and with the Wandsworth IDVA.

Rationale for step up
The breaches are escalating and Mr Blake knows the address. An Early Help plan cannot protect the children from
him; the family needs a statutory assessment and plan. Mum agrees to the step up.

I have agreed this step up as the Early Help Team Manager following reflective discussion with Beatriz (Family
Support Worker) this morning. Please see the subject line for what mum texted Beatriz at 3.20pm.

Grace Nwachukwu
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0713

""") + older + "\n" + RDISC
    top = outlook_top(f, addr("Nwachukwu, Grace", "Grace.Nwachukwu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor-Blake - mum just texted: 'he's got a key cut, he says he's coming round at 8 "
                      "tonight and I'll be sorry'", when,
                      cc=addr("Ferreira, Beatriz", "Beatriz.Ferreira@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2305518"],
        [ch("Amara Okafor-Blake", "2041-09-15", "15/09/2041"), ch("Tobi Okafor-Blake", "2044-12-02", "02/12/2044")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "THE IMMEDIATE RISK IS ONLY IN THE SUBJECT LINE: the body is a routine, complete step-up (case summary and "
        "rationale under their headings, from the Early Help Team Manager, REQUIREMENTS richmond_wandsworth step_up); "
        "the subject quotes mum's text that the violent ex-partner, already breaching a non-molestation order, has a "
        "key and is coming round at 8 tonight. DESIGN safety rule 1 (every part read) -> urgent -> alert_duty. "
        "'Mosaic ID 2305518' -> '2305518'. Consent: 'Mum agrees to the step up' -> true; manager: 'I have agreed this "
        "step up as the Early Help Team Manager' -> true. No alarm word anywhere. domestic_abuse.",
        not_children=["Grace Nwachukwu", "Beatriz Ferreira", "Chiamaka Okafor"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2049-05-06 12:10:44"
    older = quote_chain([
        ("Quint, Jasper <Jasper.Quint@richmondandwandsworth.gov.uk>", "05 May 2049 17:35",
         "Haddon, Felix <Felix.Haddon@richmondandwandsworth.gov.uk>", "RE: Step down - MacLennan", T("""
Felix - thanks for the call. Tuesday 11 May at 2pm for the case discussion is fine with me. Please send it all to
the Early Help duty inbox with the summary and plan so it's logged.

Jasper Quint
Early Help Manager
"""), None),
        ("Haddon, Felix <Felix.Haddon@richmondandwandsworth.gov.uk>", "05 May 2049 15:02",
         "Quint, Jasper <Jasper.Quint@richmondandwandsworth.gov.uk>", "Step down - MacLennan", T("""
Hi Jasper,

Following our call: step down to Early Help for Ruaridh MacLennan (5 October 2040), Mosaic ID 2294817. Mum has
consented to Early Help continuing the plan, and the school's family support worker has agreed to take on the
Lead Professional role. Summary and draft plan to follow.

Felix
"""), None),
    ])
    body = T("""
Early Help duty,

As Jasper asked below, here is the step down for Ruaridh MacLennan with the latest case summary and the draft
Early Help plan attached. Case discussion: Tuesday 11 May, 2pm (agreed with Jasper).

BUT - please note a change since yesterday. Mum rang me at 9.15 this morning and has withdrawn her consent. She
says she doesn't want Early Help or anyone else "in her business" now that social care are closing, and she won't
sign the plan. I've explained what Early Help could offer and she was clear. I'll visit on Monday to talk it
through again with her and with Ruaridh, and will let you know before the discussion on Tuesday.

Felix Haddon
Social Worker | Assessment Team (Richmond) | Richmond and Wandsworth Councils

""") + older + "\n" + RDISC
    atts = [pdf_att("Case summary - R MacLennan.pdf", "Latest case summary - Ruaridh MacLennan (Mosaic 2294817)", [
                "Child and Family Assessment completed 28 April 2049.",
                "Mum has depression and has been unable to work since January; Ruaridh (8) does much of the shopping.",
                "No safeguarding concerns identified; needs are for support."]),
            docx_att("Draft Early Help plan - MacLennan.docx", [
                "# Draft Early Help plan - Ruaridh MacLennan",
                "Outcome 1: mum is supported with her mental health (GP, Talking Therapies).",
                "Outcome 2: Ruaridh is referred to the young carers service."])]
    top = outlook_top(f, addr("Haddon, Felix", "Felix.Haddon@" + RDOM), addr("Early Help Duty", RED),
                      "FW: Step down - MacLennan", when, cc=addr("Quint, Jasper", "Jasper.Quint@" + RDOM))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2294817"],
        [ch("Ruaridh MacLennan", "2040-10-05", "5 October 2040")],
        ["parental_mental_health", "young_carer"], False, None, ["consent"], None, "request_info",
        "CONSENT GIVEN, THEN WITHDRAWN: the quoted message of 5 May says 'Mum has consented to Early Help'; the "
        "newest text says she 'has withdrawn her consent' this morning -> the latest statement wins -> consent false "
        "(stated as withdrawn, not merely unknown) -> 'consent' missing (REQUIREMENTS richmond_wandsworth step_down) "
        "-> request_info. Case summary (.pdf) and draft plan (.docx) attached. 'Mosaic ID 2294817' -> '2294817'. "
        "Concerns: mum's depression -> parental_mental_health; an 8-year-old doing the shopping, referred to the "
        "young carers service -> young_carer.",
        not_children=["Felix Haddon", "Jasper Quint"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2049-05-19 10:30:08"
    older = quote_chain([
        ("Doshi, Priyanka <Priyanka.Doshi@richmondandwandsworth.gov.uk>", "18 May 2049 17:10",
         "Allen, Marcus <Marcus.Allen@richmondandwandsworth.gov.uk>", "RE: Ashworth-Kaur - dad's release", T("""
Marcus - I've checked with probation. There is no release date. He is serving a sentence in HMP Wandsworth, has
no contact with the children and is not allowed any. Even if he were released on licence, a condition would bar
him from the family home. So I don't want the step up to rest on what might happen if he came out - it rests on
the neglect, which is happening now. I'll write it up that way.

Priyanka
"""), None),
        ("Allen, Marcus <Marcus.Allen@richmondandwandsworth.gov.uk>", "18 May 2049 14:02",
         "Doshi, Priyanka <Priyanka.Doshi@richmondandwandsworth.gov.uk>", "Ashworth-Kaur - dad's release", T("""
Priyanka - my worry for the write-up: what if dad were to be released on licence in June and went back to the
house? If he moved back in I think the children would be at risk of significant harm, given his history of
violence towards mum. Should we say that in the rationale?

Marcus Allen
Family Support Worker
"""), None),
    ])
    body = T("""
Dear MASH,

Step up request - Lily Ashworth-Kaur (DOB 2042-03-09) and Jacob Ashworth-Kaur (DOB 11.07.2044), Mosaic ID
2312085.

LATEST CASE SUMMARY
Open to Early Help since January for home conditions and missed health appointments. Three home visits this month
found no food in the fridge, dog faeces on the kitchen floor and Jacob in the same nappy at 11am and 3pm. Jacob has
missed his last two health visitor reviews and is below the 2nd centile for weight. Lily is often collected late
from nursery.

RATIONALE
Despite a Family Support plan with weekly visits, the home conditions and the children's physical care have not
improved over four months. The neglect is current and cumulative and needs a statutory assessment. (The thread
below is about a hypothetical release of dad; he has no release date, has no contact and it is not part of this
rationale.)

Mum has been told about the step up and agrees. I agree with the step up (Early Help Team Manager).

Priyanka Doshi
Early Help Team Manager (Richmond North) | Richmond and Wandsworth Councils

""") + older + "\n" + RDISC
    top = outlook_top(f, addr("Doshi, Priyanka", "Priyanka.Doshi@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Ashworth-Kaur - Mosaic 2312085", when, cc=addr("Allen, Marcus", "Marcus.Allen@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["2312085"],
        [ch("Lily Ashworth-Kaur", "2042-03-09", "2042-03-09"), ch("Jacob Ashworth-Kaur", "2044-07-11", "11.07.2044")],
        ["neglect"], True, True, [], None, "book_meeting",
        "A HYPOTHETICAL IN AN OLDER MESSAGE: the worker asks 'what if dad were to be released ... at risk of "
        "significant harm'; the manager's reply and the newest text say he has no release date, no contact and would be "
        "barred by licence -> hypothetical, not urgent (DESIGN). The step-up is for current neglect. Complete (case "
        "summary and rationale under headings, from the Early Help Team Manager) -> book_meeting. Consent 'agrees' -> "
        "true; manager 'I agree with the step up' -> true. DOBs in ISO and dd.mm.yyyy.",
        not_children=["Priyanka Doshi", "Marcus Allen"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2049-06-07 14:15:51"
    older = quote_chain([
        ("Varga, Tomas <Tomas.Varga@richmondandwandsworth.gov.uk>", "07 June 2049 13:52",
         "Quint, Jasper <Jasper.Quint@richmondandwandsworth.gov.uk>", "Step down - Poppy Ní Bhriain", T("""
Jasper,

As discussed on the phone just now - step down to Early Help for Poppy Ní Bhriain, DOB 21/03/2043, Mosaic:
2307719. Case discussion agreed for Thursday 10 June at 2pm on Teams (me, my TM Helena Rudd, you).

Latest case summary: Poppy (6) lives with dad, Cathal, since mum moved to Ireland in 2047. The Child and Family
Assessment found dad struggling with the school run on his late shifts; Poppy's attendance is 84%. No safeguarding
concerns.

Draft plan for Early Help: (1) attendance plan with school; (2) breakfast club funded for a term; (3) dad to the
Family Hub's parenting group.

Dad has agreed to Early Help continuing the plan. Lead Professional: Siobhan Kerr, Family Support Worker, Barnes
Family Hub, has agreed.

Tomas
"""), None)])
    body = T("""
Early Help duty - forwarding as Jasper asked.

Sorry - WRONG DATE OF BIRTH in my email below. Poppy's date of birth is 12/03/2043, not 21/03/2043 (I swapped the
day). Everything else stands.

Tomas Varga
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth Councils

""") + older + "\n" + RDISC
    top = outlook_top(f, addr("Varga, Tomas", "Tomas.Varga@" + RDOM), addr("Early Help Duty", RED),
                      "FW: Step down - Poppy Ní Bhriain", when, cc=addr("Quint, Jasper", "Jasper.Quint@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["2307719"],
        [ch("Poppy Ní Bhriain", "2043-03-12", "12/03/2043")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "A CORRECTED DATE OF BIRTH: the quoted message gives 21/03/2043; the newest text says 'WRONG DATE OF BIRTH ... "
        "12/03/2043, not 21/03/2043' -> the latest statement wins -> 2043-03-12. An accented name (Ní Bhriain). "
        "'Mosaic: 2307719' -> '2307719'. Case summary and draft plan pasted under their own headings; 'Dad has agreed "
        "to Early Help continuing the plan' -> consent true -> nothing missing (REQUIREMENTS richmond_wandsworth "
        "step_down); case discussion Thu 10 June within 5 days -> book_meeting. Attendance 84% -> school_attendance; "
        "'No safeguarding concerns'.",
        not_children=["Tomas Varga", "Helena Rudd", "Siobhan Kerr", "Jasper Quint"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2049-06-29 13:05:37"
    sue = T("""
Hi Jo,

Wednesday 14th July at 3.30pm is fine for the TAF review - I've booked the small hall.

Also, Leah said something to Miss Amin at lunchtime today that I need you to know. She was crying in the
toilets and said: "Uncle Craig came in my bed again last night and touched me in my private parts. He said it's
our secret and if I tell, mummy will go to prison." Craig is mum's boyfriend (Craig Devlin) and he has been
living at the house since Easter. Leah says he is picking her up today because mum is at work until 7. She has
begged Miss Amin not to send her home.

Sue Harrow
DSL and Deputy Head | Queen's Walk Primary School | 020 7946 0841
""")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
                 '<p>Thanks Sue - Wednesday 14th at 3.30 works for me. I\'ll update the TAF members.</p>'
                 '<p>Jo</p><p>Jo Pemberton<br>Family Support Worker | Early Help (Wandsworth West)</p></div>'
                 '<hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt"><b>From:</b> Sue Harrow '
                 '&lt;s.harrow@queenswalk.example.sch.uk&gt;<br><b>Sent:</b> 29 June 2049 12:48<br><b>To:</b> '
                 'Pemberton, Jo &lt;Jo.Pemberton@richmondandwandsworth.gov.uk&gt;<br><b>Cc:</b> Early Help Duty '
                 '&lt;EarlyHelpDuty@richmondandwandsworth.gov.uk&gt;<br><b>Subject:</b> RE: TAF review date - Leah '
                 'Conway-Adeyemi</font></div>'
                 '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
                 + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in sue.split("\n\n")) +
                 '<hr><p><b>From:</b> Pemberton, Jo<br><b>Sent:</b> 28 June 2049 16:10<br><b>Subject:</b> TAF review '
                 'date - Leah Conway-Adeyemi</p><p>Hi Sue, can we do the TAF review for Leah Conway-Adeyemi (DOB '
                 '19/11/2041) in the week of 12 July? Jo</p></div>'
                 '<p style="font-size:8pt;color:#777">' + esc(RDISC) + '</p></body></html>\n')
    top = outlook_top(f, addr("Pemberton, Jo", "Jo.Pemberton@" + RDOM),
                      addr("Sue Harrow", "s.harrow@queenswalk.example.sch.uk"),
                      "RE: TAF review date - Leah Conway-Adeyemi", when, cc=addr("Early Help Duty", RED))
    add(f, html_only(f, top, html_body), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Leah Conway-Adeyemi", "2041-11-19", "19/11/2041")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN AN OLDER MESSAGE; THE NEWEST IS ROUTINE: the Early Help worker's reply-all says only "
        "'Wednesday 14th at 3.30 works'. The quoted school message, 17 minutes older, reports a 7-year-old's own words "
        "- mum's boyfriend came into her bed 'again last night' and touched her - and that he collects her today. "
        "DESIGN safety rule 1: quoted history is read -> urgent -> alert_duty. HTML-only Outlook reply. A TAF-date "
        "thread, no step -> other. DOB from the oldest message. No alarm word anywhere. sexual_harm.",
        not_children=["Sue Harrow", "Jo Pemberton", "Craig Devlin"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2049-04-23 11:00:14"
    body = T("""
URGENT - SAFEGUARDING ADULTS CONCERN

To whom it may concern,

I'm the practice manager at Sheen Lane Surgery. We are worried about one of our patients, Mrs Edith Pargeter,
aged 87 (DOB 02/02/1962), who lives alone in East Sheen. Her grandson, who is 26, has been taking her bank card
and she has had no food in the house twice this month. She is at risk of financial abuse and self-neglect. There
are no children in the household and none visit.

I realise this inbox may be the wrong one - the adult safeguarding address bounced. Please could you pass this to
adult social care as a matter of urgency or tell me where it should go?

Kind regards,
Anita Sandhu
Practice Manager | Sheen Lane Surgery | 020 7946 0932
""") + T("""

This message may contain confidential and privileged information. If you are not the intended recipient please
accept our apologies; please do not disclose, copy or distribute information in this email or take any action in
reliance on its contents: to do so is strictly prohibited and may be unlawful. Please inform us that this message
has gone astray before deleting it. Thank you for your co-operation.
""")
    top = outlook_top(f, addr("Sandhu, Anita", "anita.sandhu@sheenlane.example.nhs.uk"), addr("MASH Step Up", RSU),
                      "URGENT safeguarding concern - Mrs E Pargeter (87)", when, mid_domain="sheenlane.example.nhs.uk",
                      extra=[("Importance", "High")])
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "RISK TO AN ADULT ONLY, IN THE WRONG INBOX: 'URGENT', 'safeguarding', 'at risk', 'abuse' - about an 87-year-old "
        "woman's finances; 'There are no children in the household and none visit'. DESIGN safety rule 1 is about a "
        "child -> not urgent. Misdirected -> other -> human_review. The adult's DOB is not a child's.",
        not_children=["Edith Pargeter", "Anita Sandhu"], adults=[("Edith Pargeter", "02/02/1962")])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2049-05-18 16:20:29"
    data = itip_reply(f, when, "Marcus Allen", "Marcus.Allen@richmondandwandsworth.gov.uk",
                      ("MASH Business Support", "mash.businesssupport@richmondandwandsworth.gov.uk"), "ACCEPTED",
                      "Step-up case discussion - Mosaic 2312085", "20490521T100000", "20490521T110000",
                      "Microsoft Teams Meeting", comment="I'll bring the home visit records and the HV's centile chart.")
    top_to = addr("MASH Business Support", "mash.businesssupport@richmondandwandsworth.gov.uk")
    data = data.replace(b"To: " + top_to.encode() + b"\r\n",
                        b"To: " + top_to.encode() + b"\r\nCc: " + addr("MASH Step Up", RSU).encode() + b"\r\n", 1)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2312085"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the family support worker for a step-up case discussion "
        "(SUMMARY 'Mosaic 2312085' -> '2312085', DESIGN's label rule); the COMMENT is routine -> record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2049-07-14 10:50:03"
    ack = ack_text("step-up", "SB-richmond_wandsworth-3108", [
        "Case: Mosaic ID 2298810", "Children: Jayden Price (01/02/2039)"], [])
    body = T("""
Hi,

I'm so sorry - I sent you the wrong child yesterday. The case summary I attached and the name and Mosaic number I
gave were for Jayden Price, who is a different family on my caseload (not being stepped up). Please delete them.

The step up is for:
Jaylen Pryce-Whitaker, DOB 2040-06-08, Mosaic ID 2320561.

The correct case summary is attached. The rationale in my email stands: the neglect of Jaylen's health needs
(missed asthma reviews, two hospital admissions since March) has not improved with Early Help.

Apologies again,
Rosa

Rosa Lindqvist
Early Help Team Manager (Richmond South) | Richmond and Wandsworth Councils
""") + quote_chain([
        ("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "13 July 2049 15:32",
         "Lindqvist, Rosa <Rosa.Lindqvist@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-3108] Step-up request received", ack, None)]) + "\n" + RDISC
    atts = [pdf_att("Case summary - J Pryce-Whitaker.pdf", "Latest case summary - Jaylen Pryce-Whitaker", [
        "Mosaic ID 2320561. Open to Early Help since November.",
        "Missed asthma reviews; admitted to Kingston Hospital twice since March with asthma attacks."])]
    top = outlook_top(f, addr("Lindqvist, Rosa", "Rosa.Lindqvist@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-3108] Step-up request received - WRONG CHILD, please see", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2320561"],
        [ch("Jaylen Pryce-Whitaker", "2040-06-08", "2040-06-08")],
        ["neglect"], None, None, [], None, "attach_to_request",
        "'SORRY, WRONG CHILD': a reply to the [SB-richmond_wandsworth-3108] acknowledgement -> follow_up. The quoted "
        "ack names Jayden Price and Mosaic ID 2298810; the newest text says those were another family's ('Please "
        "delete them') and gives Jaylen Pryce-Whitaker, Mosaic ID 2320561 -> the latest statement wins: only the "
        "corrected child and case id are labelled. follow_up -> missing [] -> attach_to_request. neglect (health "
        "needs).",
        not_children=["Jayden Price", "Rosa Lindqvist"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2049-05-21 17:55:48"
    older = quote_chain([
        ("Begum, Shabana <Shabana.Begum@towerhamlets.gov.uk>", "21 May 2049 12:40",
         "Kamara, Aisha <Aisha.Kamara@towerhamlets.gov.uk>", "RE: Zain Hussain - step up to MAST", T("""
Aisha - I've read the MARF. I agree the step up - please send it to MAST on Monday morning with the MARF.

Shabana Begum
Team Manager, Targeted Early Help (Stepney)
"""), None),
        ("Kamara, Aisha <Aisha.Kamara@towerhamlets.gov.uk>", "21 May 2049 10:05",
         "Begum, Shabana <Shabana.Begum@towerhamlets.gov.uk>", "Zain Hussain - step up to MAST", T("""
Shabana - MARF for Zain Hussain (23/04/2035) attached for your sign-off. Going missing after school, new trainers
and a second phone, older boys from outside the borough waiting at the gates. Mum is worried sick but he won't
talk to her. I think it's beyond what we can hold in Early Help.

Aisha
"""), None),
    ])
    body = T("""
MAST,

I'm sending this now rather than Monday. Zain rang me at 17:40 from a car. He was whispering. He said two men he
doesn't know picked him up from Mile End station and are driving him to Southend "to drop something off" and he
has to stay there tonight. He didn't know the road they were on. His battery was at 4% and the call cut off. Mum
doesn't know where he is and he isn't answering her. I have told mum to ring 999 and report him missing.

The step up request and MARF are attached; my manager's agreement is below.

Aisha Kamara
Lead Practitioner | Targeted Early Help (Stepney) | Tower Hamlets Council
07700 900 516

""") + older + "\n" + TDISC
    atts = [pdf_att("MARF - Zain Hussain.pdf", "Multi-Agency Request for Support form", [
        "Child: Zain Hussain, DOB 23/04/2035. Address: Stepney, E1.",
        "Concerns: going missing after school; unexplained items; older associates; suspected criminal exploitation.",
        "Parental consent: mum is aware of this request.", "Manager: Shabana Begum (agreed 21 May)."])]
    top = outlook_top(f, addr("Kamara, Aisha", "Aisha.Kamara@" + TDOM), addr("MAST", TMAST),
                      "Zain Hussain - step up - he's in a car now", when,
                      cc=addr("Begum, Shabana", "Shabana.Begum@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Zain Hussain", "2035-04-23", "23/04/2035")],
        ["exploitation", "missing"], None, True, [], None, "alert_duty",
        "EXPLOITATION HAPPENING TONIGHT, IN THE NEWEST TEXT OF A STEP-UP THREAD: a 14-year-old rang from a car - two "
        "unknown men driving him to Southend to 'drop something off', staying there tonight; mum doesn't know where he "
        "is. 17:55 on a Friday (out of hours). DESIGN safety rule 1 -> urgent -> alert_duty. The step-up is otherwise "
        "complete (MARF attached; 'I agree the step up' in the quoted manager's reply -> true; REQUIREMENTS "
        "tower_hamlets step_up). 'mum is aware' -> consent null. No case id. No alarm word anywhere.",
        not_children=["Aisha Kamara", "Shabana Begum"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2049-04-27 11:30:06"
    older = quote_chain([
        ("Sultana, Farzana <Farzana.Sultana@towerhamlets.gov.uk>", "23 April 2049 15:48",
         "Rahman, Nadim <Nadim.Rahman@towerhamlets.gov.uk>", "Step down - Miah children", T("""
Nadim,

Heads-up on a step down I'd hoped to send this week for Ayaan and Inaya Miah. The Child and Family Assessment
concluded on 20 April. Dad has refused Early Help at this point - he says he can manage on his own now - so I
can't send it yet. I'll try again at the CIN review on Tuesday.

Farzana
"""), None)])
    body = T("""
Dear Early Help Hub,

Step down to Early Help - Ayaan Miah (DOB 22.01.2041) and Inaya Miah (DOB 03.09.2043), Mosaic ref 2311458.

Update on my email to Nadim below: at the CIN review this morning dad changed his mind. He has consented to the
step down to Early Help and signed the consent form in the meeting. So please disregard "dad has refused" below.

Lead Practitioner: Ms Rukhsana Begum, Family Support Worker, Bigland Green Primary School (agreed at the review).
The Child and Family Assessment (concluded 20 April) and the TAF plan are attached.
I will chair the TAF meeting on Tuesday 4 May at 10am at Bigland Green Primary School.

Background: since mum died last year dad has struggled with low mood and is under the GP for depression; the
children's needs are for practical and emotional support.

Farzana Sultana
Social Worker | Children's Social Care (Shadwell) | Tower Hamlets Council

""") + older + "\n" + TDISC
    atts = [pdf_att("C&F Assessment - Miah.pdf", "Child and Family Assessment - Ayaan and Inaya Miah", [
                "Concluded 20 April 2049. Mosaic ref 2311458.",
                "Analysis: dad's bereavement and depression; the children are well cared for; needs sit at early help.",
                "Recommendation: step down to a Team Around the Family."]),
            docx_att("TAF plan - Miah.docx", ["# TAF plan - Miah family",
                "1. Dad referred to bereavement support and Talking Therapies.",
                "2. School mentor for Ayaan; nursery key worker for Inaya.", "3. Review at 6 weeks."])]
    top = outlook_top(f, addr("Sultana, Farzana", "Farzana.Sultana@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Miah children - Mosaic 2311458", when,
                      cc=addr("Rahman, Nadim", "Nadim.Rahman@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2311458"],
        [ch("Ayaan Miah", "2041-01-22", "22.01.2041"), ch("Inaya Miah", "2043-09-03", "03.09.2043")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "CONSENT REFUSED, THEN GIVEN (the newest text contradicts the quoted one): the quoted message of 23 April says "
        "'Dad has refused Early Help'; the newest says he 'has consented ... and signed the consent form' this morning "
        "and 'please disregard' the refusal -> consent true. Complete Tower Hamlets step-down (REQUIREMENTS): C&F "
        "assessment (.pdf), TAF plan (.docx), consent, lead practitioner named with agency -> book_meeting. 'Mosaic "
        "ref 2311458' -> '2311458'. Dad's depression -> parental_mental_health.",
        not_children=["Farzana Sultana", "Rukhsana Begum", "Nadim Rahman"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2049-05-13 10:05:55"
    older = quote_chain([
        ("Uddin, Delwar <Delwar.Uddin@towerhamlets.gov.uk>", "11 May 2049 16:30",
         "Novak, Petra <Petra.Novak@towerhamlets.gov.uk>", "RE: Anya - police query", T("""
Petra - I've read the police update. They have closed their enquiry: Anya was spoken to with an ABE-trained
officer and denies any contact with the man they asked about; there is no evidence she has met him; mum is not
in a relationship with him and he does not live with or visit the family. No concerns of sexual harm were
identified. So the step up is about what we already knew - non-engagement and attendance. I agree the step up;
send it to MAST with the MARF.

Delwar Uddin
Team Manager, Early Help (Bow)
"""), None)])
    body = T("""
Dear MAST,

Request for support - step up from Early Help for Anya Kowalczyk, DOB 30 May 2037. MARF attached.

Since January mum has missed 9 of 12 planned home visits and both TAF meetings; Anya's attendance is 71% this
year. At the school medical in March no marks or injuries were seen. Anya says nobody hurts her and that she is
"just bored" at school. She is not at home with anyone who worries us.

The police query in the thread below is closed (see Delwar's note) and is not the reason for the step up.
My manager, Delwar Uddin, agreed the step up on Tuesday. I'll talk to mum about the referral at Thursday's visit.

Petra Novak
Lead Practitioner | Early Help (Bow) | Tower Hamlets Council

""") + older + "\n" + TDISC
    atts = [pdf_att("MARF - A Kowalczyk.pdf", "Multi-Agency Request for Support form - Anya Kowalczyk", [
        "DOB 30 May 2037. Reason: non-engagement with the Early Help plan; school attendance 71%.",
        "Immediate risk: none identified. Police enquiry closed, no concerns.", "Manager agreement: Delwar Uddin."])]
    top = outlook_top(f, addr("Novak, Petra", "Petra.Novak@" + TDOM), addr("MAST", TMAST),
                      "Request for support - Anya Kowalczyk", when, cc=addr("Uddin, Delwar", "Delwar.Uddin@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, [],
        [ch("Anya Kowalczyk", "2037-05-30", "30 May 2037")],
        ["non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "NEGATIONS THROUGHOUT: 'no marks or injuries were seen', 'nobody hurts her', 'denies any contact', 'mum is not "
        "in a relationship with him', 'No concerns of sexual harm', 'Immediate risk: none identified', a closed police "
        "enquiry -> not urgent, and no sexual_harm. The step-up is for non-engagement and 71% attendance. Complete "
        "(MARF attached; manager 'agreed the step up' -> true) -> book_meeting. 'I'll talk to mum about the referral' "
        "-> consent null (still to be asked).",
        not_children=["Petra Novak", "Delwar Uddin"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2049-06-16 14:12:30"
    older = quote_chain([
        ("Akhtar, Rumana <Rumana.Akhtar@towerhamlets.gov.uk>", "15 June 2049 17:20",
         "Ofori, Gifty <gifty.ofori@elht.example.nhs.uk>; Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>",
         "TAF meeting notes - Osei family", T("""
Hi all,

Notes from today's TAF for Jamal Osei (DOB 14/03/2046) and Kofi Osei (DOB 09/08/2048).

- Mum (Ama) says her mood is "up and down"; she has restarted sertraline.
- Nursery place for Jamal from September confirmed.
- Gifty (HV) to visit tomorrow at 2pm for Kofi's 10-month review.
- Next TAF: 13 July.

Rumana Akhtar
Lead Practitioner, Early Help (Poplar)
"""), None)])
    body = T("""
All - I'm at the flat now for the 2pm visit.

Ama is on the sofa and I can't wake her properly - she opens her eyes and then goes again. There are empty blister
packs of her sertraline and an empty vodka bottle on the floor next to her. Kofi is in his cot, soaked through and
screaming; I don't think he's been changed or fed since last night. Jamal (3) opened the door to me in his pyjamas.

The ambulance is on its way. When it comes I can't go with Ama and leave the boys, and there's no other adult
here - dad is in Ghana. Please can someone ring me on 07700 900 174 now.

Gifty

Gifty Ofori
Health Visitor | 0-19 Service, Poplar

""") + older + T("""

*********************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute
information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and
may be unlawful. Thank you for your co-operation. NHSmail is the secure email and directory service available for
all NHS staff in England.
*********************************************************************************
""")
    top = outlook_top(f, addr("Ofori, Gifty", "gifty.ofori@elht.example.nhs.uk"),
                      "%s, %s" % (addr("Akhtar, Rumana", "Rumana.Akhtar@" + TDOM), addr("Early Help Hub", TEH)),
                      "RE: TAF meeting notes - Osei family", when, mid_domain="elht.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jamal Osei", "2046-03-14", "14/03/2046"), ch("Kofi Osei", "2048-08-09", "09/08/2048")],
        ["neglect", "parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "A CARER INCAPACITATED WITH YOUNG CHILDREN IN THE HOUSE, REPORTED MID-THREAD: the health visitor's reply-all to "
        "yesterday's TAF notes - mum cannot be woken, empty packets of her antidepressant and a vodka bottle, a "
        "10-month-old unfed in a soaked cot, a 3-year-old who answered the door, no other adult. Ambulance called, but "
        "nobody can take the children -> urgent (DESIGN safety rule 1) -> alert_duty. A health visitor's report, no "
        "step -> other. Names and DOBs from the quoted TAF notes. No alarm word anywhere. neglect (the baby unfed), "
        "parental_mental_health (overdose of her antidepressant), substance_misuse (vodka).",
        not_children=["Gifty Ofori", "Rumana Akhtar"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2049-07-05 09:50:12"
    older = quote_chain([
        ("Chowdhury, Shirin <Shirin.Chowdhury@towerhamlets.gov.uk>", "02 July 2049 16:55",
         "Lowe, Kieran <Kieran.Lowe@towerhamlets.gov.uk>", "RE: D'Angelo - step up?", T("""
Kieran - I've had a long conversation with the SENCo this afternoon. I'm withdrawing my agreement to the step up
for now: I don't agree we've tried everything at early help level while the EHCP assessment is still under way.
I'd like a TAF with school and the EHCP co-ordinator first. Sorry to change my mind.

Shirin
"""), None),
        ("Chowdhury, Shirin <Shirin.Chowdhury@towerhamlets.gov.uk>", "01 July 2049 11:12",
         "Lowe, Kieran <Kieran.Lowe@towerhamlets.gov.uk>", "RE: D'Angelo - step up?", T("""
Yes - I agree, step him up. Send the MARF to MAST.

Shirin Chowdhury
Team Manager, Early Help (Bethnal Green)
"""), None),
        ("Lowe, Kieran <Kieran.Lowe@towerhamlets.gov.uk>", "01 July 2049 09:30",
         "Chowdhury, Shirin <Shirin.Chowdhury@towerhamlets.gov.uk>", "D'Angelo - step up?", T("""
Shirin - can we step D'Angelo up? He's been on a part-time timetable since February, he's out of school three
days a week and mum can't manage his behaviour at home. The EHCP assessment for his autism has been going since
March.

Kieran
"""), None),
    ])
    body = T("""
Dear MAST,

I'm sending the Multi-Agency Request for Support for D'Angelo Campbell-Reid (DOB 2036-12-01) because I'd value
MAST's view, but please note from the thread below that my manager has withdrawn her agreement to the step up, so
this doesn't have management sign-off at the moment. Mum consents to the MAST referral.

Kieran Lowe
Family Support Worker | Early Help (Bethnal Green) | Tower Hamlets Council

""") + older + "\n" + TDISC
    atts = [docx_att("Multi-Agency Request for Support - D'Angelo Campbell-Reid.docx", [
        "# Multi-Agency Request for Support form", "Child: D'Angelo Campbell-Reid, DOB 2036-12-01",
        "Reason: part-time timetable since February; out of school three days a week; autism, EHCP assessment "
        "under way; mum struggling with his behaviour.", "Parent consent: yes", "Manager: see email"])]
    top = outlook_top(f, addr("Lowe, Kieran", "Kieran.Lowe@" + TDOM), addr("MAST", TMAST),
                      "FW: D'Angelo - step up?", when, cc=addr("Chowdhury, Shirin", "Shirin.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [],
        [ch("D'Angelo Campbell-Reid", "2036-12-01", "2036-12-01")],
        ["disability_send", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "A MANAGER WHO AGREED, THEN CHANGED HER MIND: 1 July 'Yes - I agree, step him up'; 2 July 'I'm withdrawing my "
        "agreement to the step up ... I don't agree'; the newest text confirms it has no management sign-off -> the "
        "latest statement wins -> manager_agreed false -> 'manager_agreed' missing (REQUIREMENTS tower_hamlets step_up) "
        "-> request_info. The MARF (.docx) meets request_for_support. 'Mum consents to the MAST referral' -> true. "
        "Apostrophe in the name. Autism / EHCP -> disability_send; part-time timetable -> school_attendance.",
        not_children=["Kieran Lowe", "Shirin Chowdhury"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2049-07-01 15:30:41"
    older = quote_chain([
        ("Haddad, Sami <sami.haddad@example.com>", "28 June 2049 09:14", "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>",
         "Rayan", T("""
Dear Sir/Madam, we have been living in Valencia since March and Rayan is at school here. Please close his file.
Sami Haddad (father)
"""), None),
        ("Mensah, Kojo <Kojo.Mensah@towerhamlets.gov.uk>", "26 January 2049 18:02",
         "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "Rayan Haddad - contextual concerns", T("""
For the file: on 22 January police found a kitchen knife in Rayan Haddad's bedroom (DOB 08/08/2034) after a
stabbing nearby; he was seen with older boys linked to a county line. NRM referral made; MACE discussion held.
At the time he was at serious risk of criminal exploitation.
"""), None),
    ])
    body = T("""
Hi all,

Closing this thread off. The Haddad family moved to Spain on 2 March (confirmed by dad below and by the school in
Valencia). Rayan's case was closed on Mosaic on 25 June; the NRM outcome was received and the MACE has removed
him from its list. No further action from Early Help.

No reply needed.

Kojo Mensah
Lead Practitioner | Early Help (Whitechapel) | Tower Hamlets Council

""") + older + "\n" + TDISC
    top = outlook_top(f, addr("Mensah, Kojo", "Kojo.Mensah@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Rayan - CASE CLOSED", when)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Rayan Haddad", "2034-08-08", "08/08/2034")],
        [], None, None, [], None, "human_review",
        "A CLOSED CASE AT THE TOP OF A CHAIN WHOSE OLDEST MESSAGE IS FULL OF RISK: a knife in the bedroom, county "
        "lines, 'serious risk of criminal exploitation' (January); the family moved to Spain in March, the case closed "
        "on 25 June, 'No further action' -> historic and resolved -> not urgent, no current concerns. A closing note, "
        "no step -> other -> human_review. The child is named in full with a DOB in the oldest message.",
        not_children=["Kojo Mensah", "Sami Haddad"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2049-05-24 08:02:14"
    body = T("""
Thank you for your email. I am on annual leave and will be back on Tuesday 1 June. I will not be checking my
emails.

If your email is about the Miah family TAF, please contact Nadim Rahman, Early Help Co-ordinator.
If you have an urgent child protection concern, please contact MAST on 0207 364 5606 or 0207 364 5601, or out of
hours in an emergency only 0207 364 4079. In an emergency call 999.

Farzana Sultana
Social Worker | Children's Social Care (Shadwell)
""")
    data = ooo(f, when, "Farzana Sultana", "Farzana.Sultana@" + TDOM, addr("Early Help Hub", TEH),
               "RE: [SB-tower_hamlets-1290] Step-down request received - Miah", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) to the acknowledgement of tower_hamlets_02's step-down; "
        "the boilerplate 'urgent child protection concern' lines are generic -> not urgent. DESIGN safety rule 2 -> "
        "auto_reply -> ignore. The Miah children are named only as 'the Miah family' -> none labelled.",
        not_children=["Farzana Sultana", "Nadim Rahman"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2049-07-02 12:00:37"
    text = T("""
Dear Early Help Hub,

Step down request – Kai Thompson-Agyeman and Esmé Thompson-Agyeman
Mosaic ID: 2318862

Kai Thompson-Agyeman – date of birth 14th Feb 2038
Esmé Thompson-Agyeman – date of birth 03 Apr 2043

(Please don’t use the dates on the attached form’s front page – 28/06/2049 is the date the form was completed and
07/07/2049 is Esmé’s next hearing test, not anyone’s birthday.)

The Child and Family Assessment concluded on 25 June and is attached, with the TAF plan. Kai’s needs are about his
ADHD and his EHCP review; Esmé’s are her hearing and speech.

Lead Practitioner: Mr Olu Adeyemi, SENCo, Cayley Primary School – he has agreed to lead the TAF.

Consent – I haven’t had the chance to ask mum yet; I’ll ask her at the TAF meeting on 9 July and let you know.

I will arrange and chair the TAF meeting: Friday 9 July, 2pm, at Cayley Primary School.

Thanks,
Chidi Nwosu
Social Worker | Children’s Social Care (Limehouse) | Tower Hamlets Council
Tel: 020 7946 0655
PS: school will refund mum’s bus fares to the TAF (£4.80 return).
""")
    atts = [pdf_att("C&F Assessment - Thompson-Agyeman.pdf", "Child and Family Assessment - Thompson-Agyeman", [
                "Form completed: 28/06/2049. Assessment concluded: 25/06/2049.",
                "Kai: ADHD, EHCP review due. Esmé: hearing test 07/07/2049; speech and language therapy.",
                "Recommendation: step down to a Team Around the Family."]),
            docx_att("TAF plan - Thompson-Agyeman.docx", ["# TAF plan",
                "Kai: EHCP review; ADHD medication review.", "Esmé: audiology follow-up; speech and language therapy."])]
    top = outlook_top(f, addr("Nwosu, Chidi", "Chidi.Nwosu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down request - Thompson-Agyeman", when)
    data = multi_mail(f, top, [mislabelled_part(text)] + atts)
    add(f, data, "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2318862"],
        [ch("Kai Thompson-Agyeman", "2038-02-14", "14th Feb 2038"),
         ch("Esmé Thompson-Agyeman", "2043-04-03", "03 Apr 2043")],
        ["disability_send"], None, None, ["consent"], None, "request_info",
        "A WRONGLY LABELLED CHARSET AND DATES THAT ARE NOT DOBs: the text is windows-1252 (curly apostrophes, en "
        "dashes, a pound sign) labelled iso-8859-1, so those characters misread as C1 controls; the names and the "
        "accented é (same byte in both) read correctly. DOBs '14th Feb 2038' and '03 Apr 2043'; 28/06/2049 (form "
        "completed) and 07/07/2049 (a hearing test) are not birthdays. C&F assessment and TAF plan attached, lead "
        "practitioner named with agency; 'I haven't had the chance to ask mum yet' -> consent null -> 'consent' "
        "missing (REQUIREMENTS tower_hamlets step_down) -> request_info. ADHD/EHCP, hearing -> disability_send.",
        not_children=["Olu Adeyemi", "Chidi Nwosu"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2049-06-14 08:45:12"
    data = itip_reply(f, when, "Hayley Rowse", "Hayley.Rowse@torbay.gov.uk",
                      ("Early Help Business Support", "earlyhelp.businesssupport@torbay.gov.uk"), "DECLINED",
                      "Early Help triage - Penhaligon - LCS-552190", "20490615T100000", "20490615T103000",
                      "Microsoft Teams Meeting",
                      comment=("Sorry, I can't do tomorrow. I'm writing this from the Penhaligon house in Brixham - "
                               "the police have just taken Kerry away for hitting the neighbour with a bottle, she was "
                               "very drunk. Isla Penhaligon and Ivy Penhaligon (the 18-month-old twins) are here with "
                               "me and there is nobody to have them; dad's whereabouts are unknown. The officers want "
                               "a social worker out here now. Please ring me on 07700 900 839."))
    top_to = addr("Early Help Business Support", "earlyhelp.businesssupport@torbay.gov.uk")
    data = data.replace(b"To: " + top_to.encode() + b"\r\n",
                        b"To: " + top_to.encode() + b"\r\nCc: " + addr("Early Help", BEH).encode() + b"\r\n", 1)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["LCS-552190"],
        [ch("Isla Penhaligon"), ch("Ivy Penhaligon")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE COMMENT OF A DECLINED MEETING INVITATION: an Outlook iTIP REPLY, PARTSTAT=DECLINED, "
        "for the Penhaligon triage; its COMMENT says mum has just been taken by the police, very drunk, and the "
        "18-month-old twins have nobody to care for them. DESIGN safety rule 1 names 'a meeting reply's comment' -> "
        "urgent -> alert_duty (before record_reply). Case id from the SUMMARY. substance_misuse. No alarm word.",
        not_children=["Hayley Rowse"])

def torbay_02():
    f = "torbay_02.eml"; when = "2049-04-21 13:20:39"
    older = quote_chain([
        ("Tregear, Morwenna <Morwenna.Tregear@torbay.gov.uk>", "21 April 2049 12:02",
         "Vosper, Kit <Kit.Vosper@torbay.gov.uk>", "RE: Trelawny-Scott - step down", T("""
Kit - thanks, the updated analysis covers what I asked. I now agree: my manager's analysis is on LCS, confirming
the threshold for level 3 is met. Go ahead and request a triage slot.

Morwenna Tregear
Team Manager, Single Assessment Team
"""), None),
        ("Tregear, Morwenna <Morwenna.Tregear@torbay.gov.uk>", "15 April 2049 10:40",
         "Vosper, Kit <Kit.Vosper@torbay.gov.uk>", "RE: Trelawny-Scott - step down", T("""
Not agreed yet, Kit. The rationale doesn't say enough about mum's mental health or who supports her when she's
low. Please update the Single Assessment and send it back to me.

Morwenna
"""), None),
        ("Vosper, Kit <Kit.Vosper@torbay.gov.uk>", "14 April 2049 16:20",
         "Tregear, Morwenna <Morwenna.Tregear@torbay.gov.uk>", "Trelawny-Scott - step down", T("""
Morwenna - Single Assessment for Noah and Freya attached; I'm proposing step down to level 3 Early Help. Can you
add your analysis?

Kit
"""), None),
    ])
    body = T("""
Hello Early Help,

Please can I have a triage slot for a step down to level 3 Early Help:

Noah Trelawny-Scott - DOB 14/02/2040
Freya Trelawny-Scott - DOB 03/11/2044 (under 5)
LCS-548821

The updated Single Assessment with my analysis and the rationale is attached. As you'll see below, my team manager
didn't agree at first but has now confirmed the threshold for level 3 is met. Mum consented to level 3 Early Help
at the CIN meeting on 14 April.

Kit Vosper
Social Worker | Single Assessment Team | Torbay Council
01632 960 377

""") + older + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Trelawny-Scott (updated).pdf", "Single Assessment - Trelawny-Scott", [
        "Children: Noah (14/02/2040), Freya (03/11/2044). LCS-548821.",
        "Analysis: mum's low mood since the birth of Freya; she is supported by her sister and her GP.",
        "Rationale for step down: the children's needs are met with support; level 3 Early Help recommended.",
        "Team Manager's analysis: threshold for level 3 met (M. Tregear, 21 April)."])]
    top = outlook_top(f, addr("Vosper, Kit", "Kit.Vosper@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Trelawny-Scott", when,
                      cc=addr("Tregear, Morwenna", "Morwenna.Tregear@" + BDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-548821"],
        [ch("Noah Trelawny-Scott", "2040-02-14", "14/02/2040"), ch("Freya Trelawny-Scott", "2044-11-03", "03/11/2044")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "A MANAGER WHO REFUSED, THEN AGREED, IN A THREE-MESSAGE CHAIN: 15 April 'Not agreed yet'; 21 April 'I now "
        "agree ... confirming the threshold for level 3 is met' -> latest wins -> true. Complete Torbay step-down "
        "(REQUIREMENTS): Single Assessment attached, manager, consent ('Mum consented to level 3 Early Help') -> "
        "book_meeting; Freya (4) -> the fortnightly under-5s triage. Level 3 stated. Mum's low mood -> "
        "parental_mental_health.",
        not_children=["Kit Vosper", "Morwenna Tregear"])

def torbay_03():
    f = "torbay_03.eml"; when = "2049-05-27 09:15:26"
    older = quote_chain([
        ("Pascoe, Jenna <Jenna.Pascoe@torbay.gov.uk>", "26 May 2049 16:50",
         "Penrose, Silas <Silas.Penrose@torbay.gov.uk>", "RE: Callum Tregunna", T("""
Silas - thanks. Mum consents to the contact to MASH; I'll send it first thing tomorrow with our agreement.

Jenna
"""), None),
        ("Penrose, Silas <Silas.Penrose@torbay.gov.uk>", "26 May 2049 15:31",
         "Pascoe, Jenna <Jenna.Pascoe@torbay.gov.uk>", "RE: Callum Tregunna", T("""
Jenna - agreed. We agree this needs to be looked at for level 4 - the new information about the older men and the
cash is a change. Make the contact to MASH with mum's consent.

Silas Penrose
Assistant Team Manager, Early Help
"""), None),
        ("Pascoe, Jenna <Jenna.Pascoe@torbay.gov.uk>", "26 May 2049 14:05", "Penrose, Silas <Silas.Penrose@torbay.gov.uk>",
         "Callum Tregunna", T("""
Silas - new information on Callum Tregunna (DOB 2034-10-19), LCS-547730. School found £300 in his blazer and he's
been seen with two men in their twenties at Paignton station. Can we talk about a contact to MASH?

Jenna
"""), None),
    ])
    body = T("""
MASH -

Contact for Callum Tregunna, LCS-547730, as agreed with Silas below.

Since I wrote yesterday: Callum did not come home last night. He left school at 3.20 and a friend saw him get
into a silver car with the same two men at Paignton station at about 4. Mum reported him missing to the police at
11pm. His phone has been off since 6pm. He has never stayed out overnight before and he has no money for food
except what they give him. He is 14.

Mum's mobile: 07700 900 447. Mine: 07700 900 923.

Jenna Pascoe
Lead Professional | Early Help (Paignton) | Torbay Council

""") + older + "\n" + BDISC
    top = outlook_top(f, addr("Pascoe, Jenna", "Jenna.Pascoe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Callum Tregunna - not home overnight", when,
                      cc=addr("Penrose, Silas", "Silas.Penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["LCS-547730"],
        [ch("Callum Tregunna", "2034-10-19", "2034-10-19")],
        ["exploitation", "missing"], True, True, [], None, "alert_duty",
        "A CHILD MISSING NOW, IN THE NEWEST TEXT OF A THREAD THAT BEGAN AS A ROUTINE CONTACT: a 14-year-old last seen "
        "getting into a car with two men in their twenties, missing overnight, phone off. DESIGN safety rule 1 -> "
        "urgent -> alert_duty. The Torbay step-up (contact to MASH) is otherwise complete: 'Mum consents to the "
        "contact to MASH' -> true; 'We agree this needs to be looked at for level 4' (the ATM) -> true. No alarm "
        "word anywhere. exploitation, missing.",
        not_children=["Jenna Pascoe", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2049-06-08 11:00:50"
    body = T("""
Dear Early Help,

Request for a triage slot - step down to level 3 Early Help for Jake Hocking (DOB 02/06/2037), LCS-550917.

Single Assessment attached with my analysis and rationale. My team manager, Rob Eddy, has recorded his analysis
confirming the threshold for level 3 is met. Mum has given consent for level 3 Early Help.

Current picture: no current concerns about mum's drug use - her last six tests have been negative and she
finished the Torbay Recovery programme in March. Jake has not gone missing since January. His attendance is 88%.

The safety plan in the assessment covers "what if" scenarios, as the triage panel asked last time:
- If mum were to relapse, her sister Gemma would move in and Jake would stay with her.
- If Jake were to go missing again, mum will ring the police straight away and the school will be told.
- If there were any new concerns of harm, the lead professional would contact MASH the same day.
None of these is happening now; they are contingencies.

Dan Searle
Social Worker | Safeguarding and Supporting Families | Torbay Council
""") + "\n" + BDISC
    atts = [pdf_att("Single Assessment - J Hocking.pdf", "Single Assessment - Jake Hocking - LCS-550917", [
        "Analysis: mum abstinent since January (six negative tests); Jake's missing episodes stopped in January.",
        "Risk: reduced. Safety plan with contingencies (relapse, missing) agreed with mum and aunt.",
        "Team Manager's analysis (R. Eddy): threshold for level 3 met."])]
    top = outlook_top(f, addr("Searle, Dan", "Dan.Searle@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - Jake Hocking - LCS-550917", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-550917"],
        [ch("Jake Hocking", "2037-06-02", "02/06/2037")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "HYPOTHETICALS AND NEGATIONS IN A SAFETY PLAN: 'If mum were to relapse', 'If Jake were to go missing again', "
        "'If there were any new concerns of harm', 'None of these is happening now'; 'no current concerns about "
        "mum's drug use', 'has not gone missing since January', 'Risk: reduced' -> not urgent, and no "
        "substance_misuse / missing concern. Complete Torbay step-down (assessment attached, TM's analysis -> "
        "manager true, 'Mum has given consent' -> true) -> book_meeting. Level 3. Attendance 88% -> school_attendance.",
        not_children=["Dan Searle", "Rob Eddy", "Gemma"])

def torbay_05():
    f = "torbay_05.eml"; when = "2049-04-30 07:30:09"
    text = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BULLETIN, MAY

1. Published: Child Safeguarding Practice Review "Baby R"
Baby R was 9 weeks old when he was admitted with fractures to his ribs and leg. The review found that a health
visitor's concern about bruising was recorded in an email chain but not passed to MASH. Key learning: bruising in
a non-mobile baby is always a child protection concern - act immediately.

2. Reply-all and risk
When a long chain lands in your inbox, read to the bottom. Two local audits found urgent risk buried in quoted
messages. If in doubt, phone MASH.

3. Exploitation awareness week, 14-18 June
Free sessions on county lines, missing children and the signs of criminal exploitation.

4. Training dates
Neglect and the Graded Care Profile: 9 June. Domestic abuse and children: 23 June.

You are receiving this bulletin because you subscribed to TSCP updates. Unsubscribe or manage your preferences:
https://tscp.example.org.uk/preferences
""")
    htmlb = ('<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">'
             '<table width="600" style="border:1px solid #0B6E4F"><tr><td style="background:#0B6E4F;color:#fff;'
             'padding:8px"><b>TSCP Practice Bulletin - May</b></td></tr><tr><td style="padding:8px">'
             + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[1:]) +
             '</td></tr></table></body></html>\n')
    top = [("From", addr("TSCP", "news@tscp.example.org.uk")), ("To", addr("Early Help", BEH)),
           ("Subject", "TSCP Practice Bulletin - May: Baby R review, reply-all and risk"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "tscp.example.org.uk")),
           ("List-Id", "TSCP practice bulletin <bulletin.tscp.example.org.uk>"),
           ("List-Unsubscribe", "<https://tscp.example.org.uk/preferences>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("X-Mailer", "Mailchimp")]
    add(f, alt_mail(f, top, text, htmlb), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A PARTNERSHIP NEWSLETTER (List-Id, List-Unsubscribe, Precedence: bulk, no Auto-Submitted) quoting a published "
        "practice review - a 9-week-old's fractures, 'child protection concern', 'act immediately', 'urgent risk' - "
        "as learning, about a past case. DESIGN: bulletins that list examples must not trigger the alert -> not "
        "urgent; a newsletter -> other -> human_review. 'Baby R' is not a named child.")

def torbay_06():
    f = "torbay_06.eml"; when = "2049-07-13 19:50:31"
    text = T("""
Hello, I'm sorry I don't know who else to email, this was the address on the leaflet from the children's centre.

I live at 12 Fore Street in Brixham. Right now the little boy from number 14, Alfie, he's about 5, is sitting in my
kitchen. He knocked on my door at half 7 in his pants and said his mum won't wake up. I went round and she's lying
on the kitchen floor, there's a cut on her head and a lot of empty cans, she's breathing but she won't answer me.
His baby sister is still in her cot upstairs crying and I can't get her because the back door has locked behind me
and I can't get back in. I've put a photo of the back door on here.

Alfie says mum has been drinking since dinner time. I don't know the dad.

Please can someone tell me what to do. My number is 07700 900 502.

Maureen
Sent from my iPhone
""")
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t, png_att("IMG_4471.png", (90, 80, 70))], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Maureen Lidstone", "mo.lidstone@example.com"), addr("Early Help", BEH),
                    "Please help - boy next door", when, "example.com", "iPhone Mail (22F76)")
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [], ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A MEMBER OF THE PUBLIC WRITING TO THE WRONG INBOX AT 19:50: a neighbour has a 5-year-old in her kitchen; his "
        "mother is unconscious on the floor with a head cut after drinking, and a baby is alone upstairs in a locked "
        "house. DESIGN safety rule 1 (out of hours: the Emergency Duty Team) -> urgent -> alert_duty. iPhone mail, "
        "format=flowed, with a photo (a PNG with no text). The boy is named by first name only, the baby not at all -> "
        "no children labelled. neglect, substance_misuse. No alarm word.",
        not_children=["Maureen"])

def torbay_07():
    f = "torbay_07.eml"; when = "2049-06-23 15:00:58"
    ack = ack_text("step-down", "SB-torbay-4412", [
        "Case: LCS-551234", "Children: Ruby-Mae Tozer (30/08/2042)", "Level: 3"],
        ["confirmation that the family's consent for level 3 Early Help has been sought and given"])
    body = T("""
Hi,

Consent - I saw mum this afternoon. Mum consents to level 3 Early Help for Ruby-Mae, with one condition: she does
not want anything shared with Oldway Primary School for now (she's in a dispute with the head). She's happy for
health and the children's centre to be involved. Please can the triage panel bear that in mind when they think
about a lead professional.

Thanks,
Ellen

Ellen Widdicombe
Social Worker | Single Assessment Team | Torbay Council
""") + quote_chain([
        ("Early Help <earlyhelp@torbay.gov.uk>", "22 June 2049 10:05", "Widdicombe, Ellen <Ellen.Widdicombe@torbay.gov.uk>",
         "[SB-torbay-4412] Step-down request received - Tozer", ack, None)]) + "\n" + BDISC
    top = outlook_top(f, addr("Widdicombe, Ellen", "Ellen.Widdicombe@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-4412] Step-down request received - Tozer", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-551234"],
        [ch("Ruby-Mae Tozer", "2042-08-30", "30/08/2042")],
        [], True, None, [], None, "attach_to_request",
        "CONDITIONAL CONSENT IN A FOLLOW-UP: a reply to the [SB-torbay-4412] acknowledgement, whose quoted 'What is "
        "missing' asks for consent; the new text says 'Mum consents to level 3 Early Help ... with one condition' (no "
        "sharing with the school) -> consent true (stated as given; the condition limits sharing, not the service). "
        "follow_up -> missing [] -> attach_to_request. Child and case id from the quoted ack.",
        not_children=["Ellen Widdicombe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2049-04-15 10:40:16"
    older = quote_chain([
        ("Penrose, Silas <Silas.Penrose@torbay.gov.uk>", "15 April 2049 09:58", "Trethewey, Nia <Nia.Trethewey@torbay.gov.uk>",
         "RE: draft contact - Lily-Rose Luscombe", T("""
Nia - I agree this needs considering for level 4: the home conditions haven't shifted in six months of level 3
work. Send it.

Silas
"""), None),
        ("Trethewey, Nia <Nia.Trethewey@torbay.gov.uk>", "14 April 2049 17:22", "Penrose, Silas <Silas.Penrose@torbay.gov.uk>",
         "draft contact - Lily-Rose Luscombe", T("""
Silas - draft of the contact to MASH for you to check:

Lily-Rose Luscombe, DOB 03/06/2039, LCS-549006. Open to level 3 Early Help since October. Home conditions poor
(no bed for Lily-Rose, dog mess, no food on three visits); attendance 82%; missed dental and optician
appointments. Mum has given consent for this contact to MASH.

Nia
"""), None),
    ])
    body = T("""
Dear MASH,

Contact from Early Help - Lily-Rose Luscombe, LCS-549006 - please see my draft below, which my ATM has agreed.

CORRECTION to the draft: Lily-Rose's date of birth is 30/06/2039, not 03/06/2039 as I typed below. Sorry.

Nia Trethewey
Lead Professional | Early Help (Torquay) | Torbay Council

""") + older + "\n" + BDISC
    top = outlook_top(f, addr("Trethewey, Nia", "Nia.Trethewey@" + BDOM), addr("MASH", BMASH),
                      "FW: draft contact - Lily-Rose Luscombe", when, cc=addr("Penrose, Silas", "Silas.Penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["LCS-549006"],
        [ch("Lily-Rose Luscombe", "2039-06-30", "30/06/2039")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "A CORRECTED DATE OF BIRTH ABOVE THE QUOTED DRAFT: the draft says 03/06/2039; the newest text says '30/06/2039, "
        "not 03/06/2039' -> 2039-06-30. Torbay step-up (contact to MASH) complete: 'Mum has given consent for this "
        "contact to MASH' -> true; the ATM's 'I agree this needs considering for level 4' -> true -> book_meeting. "
        "Sent on Thursday 15 April, the day before Good Friday. Home conditions -> neglect; 82% -> school_attendance.",
        not_children=["Nia Trethewey", "Silas Penrose"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2049-05-12 12:25:04"
    inner_text = T("""
Gemma,

Mia Bevan-Hughes (Year 1, DOB 11/05/2042) came to me at 11.30. Her teacher noticed a round burn on the inside of
her left forearm, about the size of a 5p, red and blistered. When I asked her about it Mia said: "Gary did it with
his cigarette because I was naughty. He said if I tell he'll do the other arm." Gary is mum's partner. He is on
the collection list and he is picking Mia up at 3.15 today - mum is working in Worcester.

I've kept her with me and put a dressing on. What do you want me to do?

Lynne Gwilliam
Deputy Head and DSL, Holmer Church of England Primary School
01632 960 662
""")
    inner_top = outlook_top(f + "-inner", addr("Gwilliam, Lynne", "l.gwilliam@holmer.example.sch.uk"),
                            addr("Powell, Gemma", "Gemma.Powell@" + HDOM), "Mia - this morning", "2049-05-12 11:52:10",
                            mid_domain="holmer.example.sch.uk")
    inner = mail(f + "-inner", inner_top, inner_text)
    body = T("""
Verity,

FYI - forwarding an email from school about the Bevan-Hughes family we discussed at Tuesday's drop-in. I'm in a
review until 3pm so won't see replies till then.

Gemma

Gemma Powell
Social Worker | Locality Team (Hereford City) | Herefordshire Council
""") + "\n" + HDISC
    top = outlook_top(f, addr("Powell, Gemma", "Gemma.Powell@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "FW: Mia - this morning", when,
                      cc=addr("Lang, Verity", "Verity.Lang@" + HDOM))
    data = multi_mail(f, top, [text_part(body, crlf=True), rfc822_part(inner, "Mia - this morning.eml")])
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Mia Bevan-Hughes", "2042-05-11", "11/05/2042")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN A FORWARDED MESSAGE ATTACHED WHOLE (message/rfc822): the social worker's body is 'FYI' "
        "and 'in a review until 3pm'; the attached school email reports a round blistered burn on a 7-year-old's arm, "
        "her words ('Gary did it with his cigarette ... he'll do the other arm'), and that Gary collects her at 3.15 "
        "today. DESIGN safety rule 1 (every part read) -> urgent -> alert_duty. An FYI, no step -> other. No alarm "
        "word anywhere. physical_harm.",
        not_children=["Gemma Powell", "Lynne Gwilliam"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2049-06-11 18:40:55"
    text = T("""
Hi MASH

Sorry to send this on a Friday night. I think Tayla and Jordan need stepping up to social care, tonight really.

Jordan Morgan (11) just texted me: mum has gone to Birmingham for the night with her new boyfriend and left him
with Tayla Morgan, who is 2. He says there is no food in except cereal, no milk and 2 nappies left. Mum isn't
answering me. Jordan doesn't know when she's back and he has to get Tayla to bed.

Their DOBs are 04/03/2038 (Jordan) and 27/08/2046 (Tayla).

I'm not on call and I don't drive. Can someone go round? The address is 3 Marsh Lane, Leominster.

Kirsty Jenkins
Family Support Worker, Early Help (North)
Sent from my phone
""")
    top = plain_top(f, addr("Kirsty Jenkins", "Kirsty.Jenkins@" + HDOM), addr("MASH", HMASH),
                    "Step up? Morgan children - tonight", when, HDOM, None)
    data = build(top, text_part(text, cte="base64", crlf=False), False)
    add(f, data, "herefordshire", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, [],
        [ch("Jordan Morgan", "2038-03-04", "04/03/2038", as_written="Jordan Morgan"),
         ch("Tayla Morgan", "2046-08-27", "27/08/2046", as_written="Tayla Morgan")],
        ["neglect", "young_carer"], None, None, [], None, "alert_duty",
        "A TODDLER LEFT WITH AN 11-YEAR-OLD TONIGHT: mum has gone to Birmingham for the night; Jordan (11) is alone "
        "with Tayla (2), no food or milk, 2 nappies. Friday 18:40 (out of hours). DESIGN safety rule 1 -> urgent -> "
        "alert_duty. The worker asks to step up; Herefordshire defines no step-up (REQUIREMENTS), which would be "
        "human_review, but urgent comes first. Phone mail: one base64 text/plain part, LF. DOBs matched to the names "
        "in brackets. neglect; an 11-year-old put in charge of a toddler -> young_carer. No alarm word.",
        not_children=["Kirsty Jenkins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2049-07-08 13:10:22"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Brooke
Lewis-Prosser (DOB 16.09.2037) and Ellis Lewis-Prosser (DOB 02.02.2040), Mosaic 2534419. I discussed the plan
with Xavier at the drop-in on 29 June.

Key person: Mrs Delyth Price, Family Support Worker at Kington Family Centre, has agreed to lead.

Summary: the s47 in March concluded that mum's ex-partner, Wayne Tudor, should have no contact; mum has kept to the
written agreement and the children have done well at school this term.

Thanks,
Kerry

PS - as I was finishing this, Brooke rang me from the school toilets, whispering. She said: "Wayne's back. He moved
back in on Sunday. He said if I tell anyone he'll do to me what he did to the dog. I'm not going home today." Mum
didn't tell me. School finish at 3.10. I'm trying to reach school now.

Kerry Watkins
Social Worker | Locality Team (Kington) | Herefordshire Council
01632 960 318
""") + "\n" + HDISC
    atts = [pdf_att("EHA step-down plan - Lewis-Prosser.pdf", "Early Help Assessment step-down plan - Lewis-Prosser", [
                "Children: Brooke (16.09.2037), Ellis (02.02.2040). Mosaic 2534419.",
                "What needs to happen: school mentoring; mum's parenting course; Family Centre sessions.",
                "Key person: Delyth Price (Kington Family Centre)."]),
            pdf_att("Consent form signed - Lewis-Prosser.pdf", "Consent to Early Help - signed", [
                "I consent to my family receiving Early Help. Signed: S. Lewis (mother), 1 July 2049."])]
    top = outlook_top(f, addr("Watkins, Kerry", "Kerry.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Lewis-Prosser - Mosaic 2534419", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["2534419"],
        [ch("Brooke Lewis-Prosser", "2037-09-16", "16.09.2037"), ch("Ellis Lewis-Prosser", "2040-02-02", "02.02.2040")],
        ["domestic_abuse", "physical_harm"], True, None, [], None, "alert_duty",
        "A CHILD'S OWN WORDS IN A PS UNDER A COMPLETE STEP-DOWN: the plan, signed consent form and key person are all "
        "there, but the PS quotes an 11-year-old: the ex-partner (no contact after a March s47) moved back in on "
        "Sunday and threatened her - 'I'm not going home today'. DESIGN safety rule 1 -> urgent -> alert_duty "
        "(whatever the kind). 'Mosaic 2534419' -> '2534419'. Consent from the signed form -> true. domestic_abuse "
        "(the ex-partner's return against the agreement), physical_harm (the threat). No alarm word anywhere.",
        not_children=["Kerry Watkins", "Delyth Price", "Wayne Tudor"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2049-04-20 10:20:17"
    blocks = [
        "Dear Early Help Co-ordinators,", "",
        "Step-down plan for the McAlister sibling group (Mosaic 2529930), following my discussion with Verity on "
        "13 April. The signed consent form and the Early Help Assessment step-down plan are attached.", "",
        ("table", [["Child", "Date of birth", "School"],
                   ["Seán McAlister", "12/04/2038", "Leominster Secondary"],
                   ["Niamh McAlister", "30/01/2041", "Leominster Primary"],
                   ["Orla McAlister", "07/07/2045", "Little Sparrows Nursery"]]), "",
        "Key person: Mrs Bernie O'Keeffe, Family Support Worker, Leominster Children's Centre.", "",
        "Background (for the co-ordinator): the s47 in February followed an allegation that dad had hit Seán. At the "
        "child protection medical no marks or injuries were found; all three children denied it and said dad had "
        "never hurt them; the police took no further action and the allegation was not substantiated. Dad has since "
        "moved to Scotland for work and has no contact. There are no current safeguarding concerns. The remaining "
        "need is Niamh's attendance (85%) and mum's wish for parenting support.", "",
        "The police email below is from February and is for background only.", "",
        "Hannah Clee", "Social Worker | Locality Team (Leominster) | Herefordshire Council"]
    older = quote_chain([
        ("PC 4471 Morris <p.morris@westmercia.example.police.uk>", "24 February 2049 09:02",
         "Clee, Hannah <Hannah.Clee@herefordshire.gov.uk>", "Ref 22/19034 - McAlister", T("""
Hannah - outcome of the joint enquiry: no injuries at the CP medical, children deny, insufficient evidence, no
further action. Father has relocated to Scotland. Crime ref 22/19034 filed.
"""), None)])
    blocks += older.split("\n") + [HDISC]
    atts = [pdf_att("Consent form signed - McAlister.pdf", "Consent to Early Help - signed",
                    ["I consent to my family receiving Early Help. Signed: C. McAlister (mother), 15 April 2049."]),
            docx_att("EHA step-down plan - McAlister.docx", ["# Early Help Assessment step-down plan",
                     "Niamh: attendance plan with Leominster Primary.", "Mum: Triple P parenting group.",
                     "Orla: nursery funded hours continue."])]
    top = outlook_top(f, addr("Clee, Hannah", "Hannah.Clee@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - McAlister sibling group", when)
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2529930"],
        [ch("Seán McAlister", "2038-04-12", "12/04/2038"), ch("Niamh McAlister", "2041-01-30", "30/01/2041"),
         ch("Orla McAlister", "2045-07-07", "07/07/2045")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEGATED AND HISTORIC HARM IN A SIBLING-GROUP STEP-DOWN: 'no marks or injuries were found', 'all three "
        "children denied it', 'not substantiated', 'no contact', 'no current safeguarding concerns', and a February "
        "police email -> not urgent, no physical_harm. Complete Herefordshire step-down (REQUIREMENTS): signed consent "
        "form (.pdf), plan (.docx), key person with agency -> book_meeting. Word HTML with the three children in an "
        "MsoTableGrid table (Mc names, an accent). The crime reference 22/19034 is not a case id. Niamh's 85% -> "
        "school_attendance.",
        not_children=["Hannah Clee", "Bernie O'Keeffe"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2049-06-28 09:00:44"
    body = T("""
Dear all,

Attached is the Q1 audit of step-down timeliness (January to March). Headlines:

- 14 step-downs received; 11 within two weeks of the assessment decision.
- 3 late: in two the plan waited for consent; in one (Child C) the step-down was paused after a fresh disclosure
  in February - the s47 found the child at risk of significant harm at that time, a CP plan followed, and the case
  has since been closed after adoption.
- 2 step-downs were not received within 10 days of closure and were escalated.

All cases are anonymised. Please read before Thursday's team meeting.

Wilfred Oyelaran
Early Help Co-ordinator Manager | Herefordshire Council
""") + "\n" + HDISC
    audit = T("""
STEP-DOWN TIMELINESS AUDIT - Q1 (January-March)
Case  Received   Decision   Days  Status   Note
A     08/01      22/12      17    Closed   late - consent awaited
B     15/01      09/01      6     Closed   on time
C     02/02      --         --    Closed   paused: new disclosure 05/02, s47, risk of significant harm (historic); adopted
D     19/02      12/02      7     Closed   on time
E     26/03      05/03      21    Open     late - consent awaited
All children anonymised. Historic cases; no current concerns arise from this audit.
""")
    atts = [txt_att("Q1 step-down audit.txt", audit)]
    top = outlook_top(f, addr("Oyelaran, Wilfred", "Wilfred.Oyelaran@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Q1 step-down timeliness audit", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A CASE AUDIT: an anonymised table (.txt attachment) and summary in which 'Child C' had 'a fresh disclosure', "
        "'risk of significant harm', a CP plan - all historic, the case closed after adoption; 'no current concerns'. "
        "Not urgent (DESIGN: historic, resolved). No child named -> none labelled. An internal report -> other -> "
        "human_review.",
        not_children=["Wilfred Oyelaran"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2049-05-04 14:30:29"
    ack = ack_text("step-down", "SB-herefordshire-1730", [
        "Case: Mosaic 2531076", "Children: Ellis Harris-Ahmed (23/07/2041)"], [])
    body = quoted(ack) + T("""

Hi Xavier / co-ordinators,

I've just realised I missed Kian off this request. Please add:

Kian Harris-Ahmed, DOB 19 February 2045 - Ellis's half-brother. He is on the same signed consent form (mum
listed both boys; re-attached) and the same plan.

For completeness, as Kian's file will show it: in 2047 Kian's father assaulted mum and was convicted; there is a
restraining order, he has had no contact since, and there have been no incidents or concerns since then. The
original risk assessment was closed in 2048. It isn't a current worry and doesn't change the step-down.

Thanks,
Amrit

Amrit Sahota
Social Worker | Locality Team (Ross-on-Wye) | Herefordshire Council
""") + "\n" + HDISC
    atts = [pdf_att("Consent form signed - Harris-Ahmed.pdf", "Consent to Early Help - signed", [
        "Children: Ellis Harris-Ahmed, Kian Harris-Ahmed.",
        "I consent to my family receiving Early Help. Signed: N. Harris (mother), 28 April 2049."])]
    top = plain_top(f, addr("Sahota, Amrit", "Amrit.Sahota@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1730] Step-down request received", when, HDOM, "Mozilla Thunderbird",
                    cc=addr("Moss, Xavier", "Xavier.Moss@" + HDOM))
    add(f, mail(f, top, body, atts, crlf=False), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["2531076"],
        [ch("Ellis Harris-Ahmed", "2041-07-23", "23/07/2041"), ch("Kian Harris-Ahmed", "2045-02-19", "19 February 2045")],
        [], True, None, [], None, "attach_to_request",
        "A SECOND CHILD ADDED BY FOLLOW-UP, BOTTOM-POSTED UNDER THE QUOTED ACK, WITH HISTORIC RISK: the quoted "
        "[SB-herefordshire-1730] ack names Ellis; the new text below adds Kian Harris-Ahmed (DOB '19 February 2045'). "
        "The 2047 assault, the conviction, the restraining order and a risk assessment 'closed in 2048', 'no incidents "
        "or concerns since' -> historic, not urgent, no current concern. The re-attached signed consent form -> "
        "consent true. follow_up -> missing [] -> attach_to_request. 'Mosaic 2531076' -> '2531076'.",
        not_children=["Amrit Sahota"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2049-06-17 11:45:36"
    older = quote_chain([
        ("Bayliss, Tom <Tom.Bayliss@herefordshire.gov.uk>", "14 June 2049 16:20", "Pugh, Catrin <Catrin.Pugh@herefordshire.gov.uk>",
         "RE: Summer-Rain - Early Help?", T("""
Catrin - saw mum today. She didn't say no - she said she'd think about Early Help over the weekend and let you
know.

Tom Bayliss
Family Support Worker
"""), None)])
    body = T("""
Dear Early Help Co-ordinators,

Step-down plan for Summer-Rain O'Dowd (DOB 2043-05-21), Mosaic 2536120, attached, following my discussion with
Verity at the drop-in.

Mum has declined Early Help. I rang her this morning after the weekend (see Tom's note below) and she was clear
that she doesn't want any further services once social care closes. I'm sending the plan now so it's within the
two weeks, and so you have it if she changes her mind.

Key person, if it goes ahead: Mr Gareth Pryce, Family Support Worker, Bromyard Family Hub.

Catrin Pugh
Social Worker | Locality Team (Bromyard) | Herefordshire Council

""") + older + "\n" + HDISC
    atts = [docx_att("EHA step-down plan - O'Dowd.docx", ["# Early Help Assessment step-down plan - Summer-Rain O'Dowd",
                     "What needs to happen: speech and language support at nursery; mum's housing application.",
                     "By whom: Bromyard Family Hub; Summer-Rain's nursery.", "Timescale: 12 weeks."])]
    top = outlook_top(f, addr("Pugh, Catrin", "Catrin.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Summer-Rain O'Dowd", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2536120"],
        [ch("Summer-Rain O'Dowd", "2043-05-21", "2043-05-21")],
        [], False, None, ["consent_form"], None, "request_info",
        "CONSENT REFUSED, AFTER A QUOTED 'SHE'D THINK ABOUT IT': the older message leaves it open (null); the newest "
        "says 'Mum has declined Early Help' -> consent false; no signed form -> 'consent_form' missing (REQUIREMENTS "
        "herefordshire step_down) -> request_info. Plan (.docx) attached; key person named with agency. Hyphen and "
        "apostrophe in the name. Concerns: none stated (speech and language support only).",
        not_children=["Catrin Pugh", "Tom Bayliss", "Gareth Pryce"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2049-07-16 10:15:48"
    ack = ack_text("step-down", "SB-herefordshire-1795", [
        "Case: Mosaic 2537741", "Children: Cerys Morgan-Bowen (09/09/2040)"], [])
    older = quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "12 July 2049 14:02",
         "Ellison, Alys <Alys.Ellison@herefordshire.gov.uk>", "[SB-herefordshire-1795] Step-down request received", ack, None),
        ("Ellison, Alys <Alys.Ellison@herefordshire.gov.uk>", "12 July 2049 13:40",
         "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "Step down - Cerys Morgan-Bowen", T("""
Please find attached the step-down plan and signed consent form for Cerys Morgan-Bowen. My manager, Rhodri Bevan,
has agreed the step-down. Key person: Ms Ffion Lloyd, Learning Mentor, Whitecross Hereford High School.

Alys Ellison
Social Worker
"""), None),
    ])
    body = T("""
Verity, Xavier,

Please hold this one. I agreed the step-down on Monday, but having read this week's school report I no longer
agree with it: Cerys has been out of school for eight days this month and I want to see four weeks of better
attendance before social care closes. Alys will update the plan. Sorry for the change.

Rhodri Bevan
Team Manager | Locality Team (Hereford South) | Herefordshire Council

""") + older + "\n" + HDISC
    top = outlook_top(f, addr("Bevan, Rhodri", "Rhodri.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1795] Step-down request received", when,
                      cc=addr("Ellison, Alys", "Alys.Ellison@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2537741"],
        [ch("Cerys Morgan-Bowen", "2040-09-09", "09/09/2040")],
        ["school_attendance"], True, False, [], None, "attach_to_request",
        "A MANAGER WHO AGREED, THEN CHANGED HIS MIND, IN A FOLLOW-UP: the quoted request says 'My manager, Rhodri "
        "Bevan, has agreed the step-down'; the manager's own newest text says 'I no longer agree with it' -> latest "
        "wins -> manager_agreed false. A reply to the [SB-herefordshire-1795] ack -> follow_up -> missing [] -> "
        "attach_to_request. The quoted request's 'signed consent form' states consent as given -> consent true "
        "(facts are read from the quoted history too; nothing newer contradicts it). Eight days out of school -> school_attendance. The last working day of the "
        "window (Friday 16 July).",
        not_children=["Rhodri Bevan", "Alys Ellison", "Ffion Lloyd"])
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

# England & Wales bank holidays in 2049 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Friday 1 January; Good Friday 16 April; Easter Monday 19 April; May Day
# (the Early May bank holiday) Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday
# 30 August; Christmas Day and Boxing Day fall on the weekend and are observed on Monday 27 and Tuesday 28 December.
BANK_HOLIDAYS = {date(2049, 1, 1), date(2049, 4, 16), date(2049, 4, 19), date(2049, 5, 3), date(2049, 5, 31),
                 date(2049, 8, 30), date(2049, 12, 27), date(2049, 12, 28)}
IN_WINDOW = {date(2049, 4, 16): "Good Friday", date(2049, 4, 19): "Easter Monday", date(2049, 5, 3): "May Day",
             date(2049, 5, 31): "Spring Bank Holiday"}
# The window: "mid-April to mid-July 2049" -> Monday 12 April to Friday 16 July 2049 (both checked below). Easter
# falls inside it (Good Friday 16 April, Easter Monday 19 April); schools' summer term proper starts on Tuesday
# 20 April, but the duty inboxes work through the Easter week, so mail from 12-15 April is in the set.
WINDOW = (datetime(2049, 4, 12, tzinfo=LON), datetime(2049, 7, 16, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 28 March 2049 and ends at 01:00 UTC on Sunday 31 October 2049.
BST_START = datetime(2049, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2049, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2049

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
        inverted = ", ".join(reversed(name.rsplit(" ", 1))) if " " in name else name
        if name not in text and inverted not in text: err("excluded person %s not in text" % name)
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


def _quote_split(msg):
    """(new text, quoted history) of an Outlook top-posted plain part: split at the first rule."""
    p = _plain(msg)
    i = p.find(SEP)
    return (p, "") if i < 0 else (p[:i], p[i:])

def _k01(msg):
    new, old = _quote_split(msg)
    return (old.count(SEP) == 4 and "I don't agree to a step up" in old and "I agree to the step up" in old
            and old.index("I agree to the step up") < old.index("I don't agree to a step up")
            and len(_att(msg)) == 4 and _wd("knowsley_01.eml") == 3 and _pw("knowsley_01.eml") == 5)

def _k02(msg):
    new, old = _quote_split(msg)
    cal = [p for p in _att(msg) if p.get_content_type() == "text/calendar"]
    c = cal[0].get_payload(decode=True).decode() if cal else ""
    return ("12th May" in old and "12th May" not in new.replace("the 12th", "") and "WEDNESDAY 5TH MAY AT 1.30PM" in new
            and "DTSTART;TZID=GMT Standard Time:20490505T133000" in c and "SEQUENCE:1" in c
            and (cal[0].get_param("method") or "").upper() == "REQUEST")

def _k03(msg):
    new, old = _quote_split(msg)
    pts = re.findall(r"(?m)^(\d)\. ", new)
    four = new[new.index("\n4. "):new.index("\n5. ")]
    return pts == list("123456") and "bruises" in four and "bruises" not in new.replace(four, "") and _no_alarm(msg)

def _k04(msg):
    new, old = _quote_split(msg)
    return "punched" in old and "punched" not in new and "bailed" in old and "Level 2" in new

def _k05(msg):
    p = _plain(msg)
    lines = p.rstrip("\n").split("\n")
    last_q = max(i for i, l in enumerate(lines) if l.startswith(">"))
    tail = "\n".join(lines[last_q + 1:])
    head = "\n".join(lines[:last_q + 1])
    return ("Michael Hennessy-Obi" in tail and "Michael Hennessy-Obi" not in head and "> > Level 3 step down" in head
            and "Zoë Hennessy-Obi" in head and not lines[0].startswith(">") and "I agree with the step down" in head)

def _k06(msg):
    p = _plain(msg)
    return (p.index("PS - ") > p.index("damp works") and "Kyra Molloy" in p[p.index("PS - "):] and _no_alarm(msg)
            and _date(msg).astimezone(LON).weekday() == 4)

def _k07(msg):
    return (msg["Precedence"] == "bulk" and msg["List-Id"] and msg["List-Unsubscribe"] and msg["Auto-Submitted"] is None
            and not _no_alarm(msg) and "FICTIONAL" in readable(msg))

def _k08(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return "PARTSTAT=TENTATIVE" in c and "20490505T133000" in c and "knowsleymash@knowsley.gov.uk" in str(msg["Cc"])

def _r01(msg):
    body = body_text(msg).replace(str(msg["Subject"]), "")
    return "coming round at 8" in str(msg["Subject"]) and "coming round" not in body and _no_alarm(msg)

def _r02(msg):
    new, old = _quote_split(msg)
    return "withdrawn her consent" in new and "consented" in old and "withdrawn" not in old and _exts(msg) == ["pdf", "docx"]

def _r03(msg):
    new, old = _quote_split(msg)
    return "what if dad were to be released" in old and not _no_alarm(msg)

def _r04(msg):
    new, old = _quote_split(msg)
    return "12/03/2043, not 21/03/2043" in new and "21/03/2043" in old and "12/03/2043" not in old

def _r05(msg):
    h = _html(msg)
    newest = html_text(h[:h.index("divRplyFwdMsg")])
    return _no_plain(msg) and "bed" not in newest and "14th" in newest and _no_alarm(msg)

def _r06(msg):
    return not _no_alarm(msg) and "no children in the household" in readable(msg)

def _r08(msg):
    new, old = _quote_split(msg)
    return "Jayden Price" in old and "2298810" in old and "2320561" in new and "2320561" not in old

def _t01(msg):
    d = _date(msg).astimezone(LON)
    return d.weekday() == 4 and d.hour >= 17 and _no_alarm(msg)

def _t02(msg):
    new, old = _quote_split(msg)
    return "refused" in old and "has consented" in new and "consented" not in old

def _t03(msg):
    t = readable(msg)
    return all(x in t for x in ("no marks", "denies", "not in a relationship", "No concerns of sexual harm"))

def _t04(msg):
    new, old = _quote_split(msg)
    return "can't wake her" in new and "14/03/2046" in old and _no_alarm(msg)

def _t05(msg):
    p = _plain(msg)
    return p.index("withdrawing my agreement") < p.index("Yes - I agree, step him up")

def _t06(msg):
    new, old = _quote_split(msg)
    return "CASE CLOSED" in str(msg["Subject"]) and "knife" in old and "knife" not in new

def _t08(msg):
    part = next(p for p in msg.walk() if p.get_content_type() == "text/plain" and not p.get_filename())
    raw = FILES["tower_hamlets_08.eml"]
    return part.get_content_charset() == "iso-8859-1" and b"=92" in raw and "Esmé Thompson-Agyeman" in part.get_content()

def _b01(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "COMMENT" in c and _no_alarm(msg)

def _b02(msg):
    new, old = _quote_split(msg)
    return old.index("I now agree") < old.index("Not agreed yet")

def _b03(msg):
    new, old = _quote_split(msg)
    return "did not come home last night" in new and _no_alarm(msg)

def _b04(msg):
    return "If mum were to relapse" in readable(msg) and not _no_alarm(msg)

def _b05(msg):
    return msg["Precedence"] == "bulk" and msg["List-Id"] and msg["Auto-Submitted"] is None and not _no_alarm(msg)

def _b06(msg):
    d = _date(msg).astimezone(LON)
    imgs = _att(msg, lambda p: p.get_content_type() == "image/png")
    return d.hour >= 19 and len(imgs) == 1 and msg.get_body(("plain",)).get_param("format") == "flowed" \
        and _no_alarm(msg)

def _b08(msg):
    new, old = _quote_split(msg)
    return "30/06/2039, not 03/06/2039" in new and "03/06/2039" in old and "30/06/2039" not in old

def _h01(msg):
    fwd = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
    outer = _plain(msg)
    return len(fwd) == 1 and "cigarette" not in outer and "cigarette" in readable(msg) and _no_alarm(msg)

def _h02(msg):
    return (not msg.is_multipart() and msg["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in base64.b64decode(msg.get_payload()) and _no_alarm(msg)
            and _date(msg).astimezone(LON).hour >= 18)

def _h03(msg):
    p = _plain(msg)
    return p.index("PS - ") > p.index("Key person") and "not going home" in p[p.index("PS - "):] and _no_alarm(msg)

def _h04(msg):
    h = _html(msg)
    return "MsoTableGrid" in h and "Seán McAlister" in html_text(h) and "no marks" in readable(msg)

def _h05(msg):
    return _exts(msg) == ["txt"] and "risk of significant harm" in readable(msg)

def _h06(msg):
    p = _plain(msg)
    return p.startswith(">") and p.index("Kian Harris-Ahmed") > p.index("> Children: Ellis Harris-Ahmed")

def _h08(msg):
    new, old = _quote_split(msg)
    return "no longer" in new and "has agreed the step-down" in old

CUSTOM = [
    ("knowsley_01.eml", "manager refused then agreed, four quoted blocks; 3 WD (5 plain) over Easter", _k01),
    ("knowsley_02.eml", "meeting moved: 12th May only quoted, 5 May in the new text and the .ics (SEQUENCE 1)", _k02),
    ("knowsley_03.eml", "the bruises are in point 4 of 6 only; no alarm words", _k03),
    ("knowsley_04.eml", "the punch only in the older quoted messages", _k04),
    ("knowsley_05.eml", "bottom-posted: the second child only in the unquoted tail", _k05),
    ("knowsley_06.eml", "the children alone only in the PS; a Friday; no alarm words", _k06),
    ("knowsley_07.eml", "a bulk list mail with alarm words and FICTIONAL scenarios", _k07),
    ("knowsley_08.eml", "TENTATIVE for the moved date; MASH copied", _k08),
    ("richmond_wandsworth_01.eml", "the immediate detail only in the Subject", _r01),
    ("richmond_wandsworth_02.eml", "consent in the quote, withdrawn in the new text", _r02),
    ("richmond_wandsworth_03.eml", "the hypothetical only in the quoted worker's message", _r03),
    ("richmond_wandsworth_04.eml", "the corrected DOB only in the new text", _r04),
    ("richmond_wandsworth_05.eml", "HTML-only; the newest part routine; no alarm words", _r05),
    ("richmond_wandsworth_06.eml", "adult only, alarm words", _r06),
    ("richmond_wandsworth_08.eml", "the wrong child and id only quoted; the right id only new", _r08),
    ("tower_hamlets_01.eml", "Friday after 17:00; no alarm words", _t01),
    ("tower_hamlets_02.eml", "refused in the quote, consented in the new text", _t02),
    ("tower_hamlets_03.eml", "negations present", _t03),
    ("tower_hamlets_04.eml", "the report new, the names and DOBs in the quoted notes; no alarm words", _t04),
    ("tower_hamlets_05.eml", "the withdrawal newer than the agreement", _t05),
    ("tower_hamlets_06.eml", "closed; the knife only in the old message", _t06),
    ("tower_hamlets_08.eml", "windows-1252 bytes labelled iso-8859-1", _t08),
    ("torbay_01.eml", "DECLINED with the risk in the COMMENT; no alarm words", _b01),
    ("torbay_02.eml", "agreement newer than the refusal", _b02),
    ("torbay_03.eml", "missing overnight in the new text; no alarm words", _b03),
    ("torbay_04.eml", "hypotheticals; alarm words present", _b04),
    ("torbay_05.eml", "bulk newsletter with alarm words", _b05),
    ("torbay_06.eml", "iPhone flowed + PNG; evening; no alarm words", _b06),
    ("torbay_08.eml", "the corrected DOB only in the new text", _b08),
    ("herefordshire_01.eml", "the risk only in the message/rfc822 part", _h01),
    ("herefordshire_02.eml", "single base64 part, LF, evening; no alarm words", _h02),
    ("herefordshire_03.eml", "the child's words only in the PS; no alarm words", _h03),
    ("herefordshire_04.eml", "Word table of three children; negations", _h04),
    ("herefordshire_05.eml", ".txt audit with alarm words", _h05),
    ("herefordshire_06.eml", "bottom-posted under the quoted ack; second child below", _h06),
    ("herefordshire_08.eml", "the manager's change of mind new, the agreement quoted", _h08),
]

WORDING = [
    ("knowsley_01.eml", "I agree to the step up", "manager_agreed", True),
    ("knowsley_01.eml", "Mum is aware we are asking for this", "consent", None),
    ("knowsley_02.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_04.eml", "Mum has consented to the step down", "consent", True),
    ("knowsley_05.eml", "I agree with the step down", "manager_agreed", True),
    ("knowsley_05.eml", "Mum's consent form covers both children", "consent", True),
    ("richmond_wandsworth_01.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up as the Early Help Team Manager", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "has withdrawn her consent", "consent", False),
    ("richmond_wandsworth_03.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "Dad has agreed to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "I agree the step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "He has consented to the step down to Early Help", "consent", True),
    ("tower_hamlets_03.eml", "agreed the step up on Tuesday", "manager_agreed", True),
    ("tower_hamlets_03.eml", "I'll talk to mum about the referral", "consent", None),
    ("tower_hamlets_05.eml", "withdrawing my agreement to the step up", "manager_agreed", False),
    ("tower_hamlets_05.eml", "Mum consents to the MAST referral", "consent", True),
    ("tower_hamlets_08.eml", "ask mum yet", "consent", None),
    ("torbay_02.eml", "Mum consented to level 3 Early Help", "consent", True),
    ("torbay_02.eml", "has now confirmed the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "We agree this needs to be looked at for level 4", "manager_agreed", True),
    ("torbay_04.eml", "Mum has given consent for level 3 Early Help", "consent", True),
    ("torbay_07.eml", "Mum consents to level 3 Early Help", "consent", True),
    ("torbay_08.eml", "Mum has given consent for this contact to MASH", "consent", True),
    ("torbay_08.eml", "I agree this needs considering for level 4", "manager_agreed", True),
    ("herefordshire_03.eml", "I consent to my family receiving Early Help", "consent", True),
    ("herefordshire_04.eml", "I consent to my family receiving Early Help", "consent", True),
    ("herefordshire_06.eml", "I consent to my family receiving Early Help", "consent", True),
    ("herefordshire_07.eml", "Mum has declined Early Help", "consent", False),
    ("herefordshire_08.eml", "I no longer agree with it", "manager_agreed", False),
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

QUIET_EXPECTED = sorted(["knowsley_03.eml", "knowsley_06.eml", "richmond_wandsworth_01.eml",
                         "richmond_wandsworth_05.eml", "tower_hamlets_01.eml", "tower_hamlets_04.eml", "torbay_01.eml",
                         "torbay_03.eml", "torbay_06.eml", "herefordshire_01.eml", "herefordshire_02.eml",
                         "herefordshire_03.eml"])
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (3, 5), "knowsley_02.eml": (4, 5), "knowsley_04.eml": (4, 5), "knowsley_05.eml": (5, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_04.eml", "knowsley_05.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_04.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2049])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2049, 3) and BST_END.date() == last_sun(2049, 10)):
        errors.append("set: BST must start on the last Sunday of March 2049 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        for hh in (0, 12, 23):
            t = datetime(d.year, d.month, d.day, hh, tzinfo=LON)
            if t.utcoffset() != timedelta(hours=1):
                errors.append("set: %s %02d:00 has offset %s, the window must be BST throughout" % (d, hh, t.utcoffset()))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2049, 4, 12) and WINDOW[0].date().weekday() == 0
            and WINDOW[1].date() == date(2049, 7, 16) and WINDOW[1].date().weekday() == 4):
        errors.append("set: the window must run from Monday 12 April to Friday 16 July 2049")
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
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross Easter, May Day and the Spring Bank Holiday between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
    # the theme: at least this many files are threads (a quoted block, a '>' quote or an attached message)
    threads = [l["file"] for l in LABELS if SEP in _plain(parse(l["file"])) or "\n>" in _plain(parse(l["file"]))
               or "divRplyFwdMsg" in _html(parse(l["file"]))
               or any(p.get_content_type() == "message/rfc822" for p in parse(l["file"]).walk())]
    if len(threads) < 25:
        errors.append("set: only %d files are threads (the theme wants most of them)" % len(threads))
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
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
        print("SELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
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
