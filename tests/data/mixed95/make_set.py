#!/usr/bin/env python3
"""mixed95: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2043 (Monday 27 April - Friday 17 July 2043, BST throughout), in the school gate and pick-up
time. Helpers (MIME, Word HTML, PDF, .docx, iCalendar, quote chains, readable text) are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Deterministic: no clock, no randomness.
Run: /work/main/.venv/bin/python make_set.py [--stats]. The self-checks STOP before writing anything on any error.
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
    """Local (Europe/London) wall-clock time. The whole window (27 April - 17 July 2043) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 29 March 2043 and ends on Sunday 25 October 2043. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2043, 4, 2, 0, 0, 0))
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

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked to be in the text)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=()):
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children)}

KDISC = "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.\n"
RDISC = "This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n"
TDISC = "Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.\n"
BDISC = "Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.\n"
HDISC = "Herefordshire Council: any opinions expressed in this email are those of the individual and not necessarily of the council. This email and any attachments are confidential.\n"

def phone_mail(f, top, text):
    """A phone client's single base64 text/plain part with LF line ends."""
    return build(top, text_part(text, cte="base64"), False)

def cal_request(f, when, start, end, summary, location, description, organizer, attendees):
    return ics("REQUEST", f, dt(when), start, end, summary, location, description, organizer, attendees)

def appendix1(answers):
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2043-04-29 11:02:37"
    body = T("""
Good morning MASH,

Please find attached a step up request to CSC for the Brennan children, with the Teams invitation for the step up TAF meeting on Wednesday 6th May at 10am (a Wednesday as you prefer - a week today, so plenty of notice I hope).

Case ID on EHM: EHM-61742
Children: Tayla Brennan (DOB 17/08/2039) and Mason Brennan (DOB 03/02/2036)

In short: since February Tayla has been left at Little Stars nursery after the 5.30 close nine times, twice until after 6.30, and on the last two occasions mum arrived smelling strongly of alcohol. Mason (Year 2) has been collected from the school gate by different adults the school does not know and once walked home alone. The GCP2 completed on 14/04/2043 scores 4 for physical care and 4 for safety. Mum has been open about her drinking but has not kept the last three appointments with the alcohol service.

My Team Manager, Lisa Cregan, has discussed the step up with me in supervision on 27/04 and agreed it. Mum is aware that I am asking for a step up.

Attached:
- FF Step Up request to CSC - Brennan.docx
- GCP2 - Brennan - 14.04.43.pdf
- TAF minutes - Brennan - 15.04.43.pdf

Kind regards
Joanne Kerrigan
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0733

""") + KDISC
    org = ("Joanne Kerrigan", "Joanne.Kerrigan@" + KDOM)
    cal = cal_request(f, when, "20430506T100000", "20430506T113000", "Step up TAF meeting - Brennan - EHM-61742",
                      "Microsoft Teams Meeting", "Step up TAF meeting for the Brennan children. Chair: MASH social worker.",
                      org, [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                            ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = appendix1([("Child(ren) name and DOB", "Tayla Brennan 17/08/2039; Mason Brennan 03/02/2036"),
                      ("Case ID on EHM:", "EHM-61742"),
                      ("What are we worried about?", "Repeated late and missed collections from nursery and school; mum under the influence of alcohol at collection; unknown adults collecting Mason; home conditions poor (GCP2)."),
                      ("What is working well?", "Mum is honest about her drinking; maternal aunt helps on Sundays; both children attend well."),
                      ("What needs to happen?", "C&F assessment; safe collection plan agreed with nursery and school; alcohol service re-engagement."),
                      ("Graded Care Profile 2", "Completed 14/04/2043 - physical care 4, safety 4, love and care 2, esteem 3."),
                      ("Management oversight", "Discussed and agreed by Lisa Cregan, Team Manager, 27/04/2043."),
                      ("Date of step up TAF meeting:", "Wednesday 06/05/2043 10:00, Microsoft Teams"),
                      ("Recent TAF meeting minutes attached:", "Yes - 15/04/2043")])
    atts = [docx_att("FF Step Up request to CSC - Brennan.docx", form),
            pdf_att("GCP2 - Brennan - 14.04.43.pdf", "Graded Care Profile 2 - Brennan",
                    ["Completed 14/04/2043 by Joanne Kerrigan (Family First)", "Area 1 Physical care: 4",
                     "Area 2 Safety: 4 (collections from nursery and school not reliable)", "Area 3 Love and care: 2",
                     "Area 4 Esteem: 3"]),
            pdf_att("TAF minutes - Brennan - 15.04.43.pdf", "TAF meeting minutes - Brennan - 15/04/2043",
                    ["Present: mum, Joanne Kerrigan (FF), Little Stars nursery manager, school DSL",
                     "Nursery: 9 late collections since February; alcohol smelt on mum twice.",
                     "Agreed: collection list reviewed; step up to be considered if no change by end of April."])]
    top = outlook_top(f, addr("Kerrigan, Joanne", org[1]), addr("Knowsley MASH", KMASH),
                      "Step up request - Brennan - EHM-61742", when, cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61742"],
        [ch("Tayla Brennan", "2039-08-17", "17/08/2039"), ch("Mason Brennan", "2036-02-03", "03/02/2036")],
        ["neglect", "substance_misuse"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (form, GCP2 for neglect, TAF minutes, case id, TM Lisa Cregan agreed) with an "
        "iTIP REQUEST for Wed 6 May 10:00. NOTICE ACROSS MAY DAY, DECISIVE: from Wed 29 April the sender counts 'a "
        "week today' (5 plain weekdays) but Mon 4 May 2043 is the Early May bank holiday, so 4 working days < 5 -> "
        "notice not ok -> request_info. 'Mum is aware' is not consent -> null (not required for a Knowsley step-up).",
        meeting=date(2043, 5, 6), not_children=["Joanne Kerrigan", "Lisa Cregan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2043-05-19 14:20:11"
    blocks = [
        "Hi Family First duty,", "",
        "I am stepping Harvey down to Level 2 with school as lead. Details below as the protocol asks - the final CIN meeting is next Tuesday.", "",
        ("table", [["", ""],
                   ["Child", "Harvey Lunt, DOB 02/11/2034"],
                   ["ICS", "ICS-2217305"],
                   ["Step down to", "Level 2"],
                   ["Final CIN meeting", "Tuesday 26th May 2043, 2pm, St Aidan's Catholic Primary, Kirkby (family room)"],
                   ["New Lead Practitioner", "Mrs Sian Pritchard, Learning Mentor, St Aidan's Catholic Primary School"],
                   ["What are we worried about?", "Harvey's attendance is 88% and he is often late after contact weekends. He still gets upset at the end of the school day when he is not sure who is collecting."],
                   ["What is working well?", "The child arrangements order made in March is working: handovers are now at the contact centre, not at the school gate, and there have been no arguments between the parents since. Both parents come to parents' evening."],
                   ["What needs to happen?", "A written collection timetable shared with school; Mrs Pritchard to lead a Level 2 TAF; review of attendance at 6 weeks."]]),
        "",
        "No domestic abuse between the parents has been reported; the difficulties were arguments at handovers, which stopped once the order was made.",
        "Both parents consented to the step down at the CIN review on 12/05/2043 and my TM, Ruth Foy, has agreed it.", "",
        "Thanks,", "Daniel Okafor", "Social Worker | CIN Team (Kirkby) | Knowsley Council", "0151 496 0381", "", KDISC.strip()]
    top = outlook_top(f, addr("Okafor, Daniel", "Daniel.Okafor@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Harvey Lunt - ICS-2217305 - final CIN 26/05", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2217305"], [ch("Harvey Lunt", "2034-11-02", "02/11/2034")],
        ["school_attendance"], True, True, [], False, "request_info",
        "Level 2 step-down in a Word table: date, time and venue of the final CIN meeting, all three Signs of Safety "
        "headings, and the new lead practitioner with her school -> nothing missing. NOTICE ACROSS THE SPRING BANK "
        "HOLIDAY, DECISIVE: from Tue 19 May the meeting on Tue 26 May is 5 plain weekdays but Mon 25 May 2043 is a bank "
        "holiday -> 4 working days < 5 -> request_info. Attendance 88% -> school_attendance; domestic abuse negated, "
        "gate arguments historic.",
        meeting=date(2043, 5, 26), not_children=["Sian Pritchard", "Daniel Okafor", "Ruth Foy"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2043-05-12 12:41:05"
    body = T("""
Hi

Im the manager at Little Acorns Nursery Huyton. Ruby Gaskell (3, DOB 09/03/2040) is in our morning session. Her mum Kerry came to collect at 12.30 and she is slurring, she cant stand up straight and she smells of drink. She has her car keys in her hand and says she is driving Ruby home now and we have no right to keep her. Car is on the road outside.

Two of my staff have got Ruby in the baby room and Im keeping mum talking in the foyer but she is getting louder and says shes going to ring the police on us. Ruby's dad isnt answering and the other person on her list is at work in Liverpool.

I dont know if Ruby has a worker but her old EH number on our file is EHM-60418.

Please ring me back on 0151 496 0912 - I cant keep her here much longer.

Bev Lunn
Manager, Little Acorns Nursery
""")
    top = plain_top(f, addr("Little Acorns Nursery", "manager@littleacorns-huyton.example"), addr(None, KMASH),
                    "Ruby Gaskell - mum at nursery now", when, "littleacorns-huyton.example", None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-60418"], [ch("Ruby Gaskell", "2040-03-09", "09/03/2040")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A nursery manager, now: a mother slurring and unsteady, smelling of drink, car keys in hand, insisting on "
        "driving her 3-year-old home, staff stalling her in the foyer -> a child facing harm this hour (DESIGN safety "
        "rule 1) told with no alarm word. Not a step request -> other; urgent -> alert_duty.",
        not_children=["Kerry", "Bev Lunn"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2043-04-27 09:40:22"
    body = T("""
Dear Family First team,

As discussed at the cluster meeting, please find attached our updated Collection of Pupils letter, which went home to all families this morning. It would help if your case managers could make sure the families they work with have read it.

The main changes: from Monday 1 June the side gate will be locked at 3.10, and every child must have at least two named adults on their collection list.

Many thanks,
Helen Dunphy
School Business Manager, Park View Primary, Prescot

""")
    letter = ["Dear Parents and Carers,",
              "Collecting your child safely is everyone's responsibility. Please read the following.",
              "1. Only adults on your child's collection list will be allowed to collect. Please tell us in writing of any change.",
              "2. If an adult arrives to collect a child and appears to be under the influence of alcohol or drugs, staff will not release the child. We will contact another adult on the list, and if necessary the police and children's social care.",
              "3. Court orders: if a court order affects who may collect your child, please give the office a copy. We cannot act on an order we have not seen.",
              "4. If a child is not collected by 4pm and we cannot reach anyone on the list, we are required to contact children's social care.",
              "5. Please do not park on the zig-zags. Parking there puts children in danger.",
              "Thank you for your support. Mrs A. Whitfield, Headteacher"]
    top = outlook_top(f, addr("Dunphy, Helen", "h.dunphy@parkview-prescot.example"), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Collection of Pupils letter - Park View Primary", when, mid_domain="parkview-prescot.example")
    add(f, mail(f, top, body, [pdf_att("Collection of Pupils - Summer 2043.pdf", "Park View Primary - Collection of Pupils", letter)], html_alt=True),
        "knowsley", "early_help_duty", when, 4, "near_miss", "other", False, None, [], [], [], None, None, [], None,
        "human_review",
        "NEAR MISS, A SCHOOL'S COLLECTION POLICY LETTER: 'under the influence of alcohol or drugs', 'court orders', "
        "'not collected by 4pm', 'police and children's social care', 'danger' - all policy about nobody real. No "
        "step asked -> other -> human_review.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2043-05-20 10:15:48"
    body = T("""
Hello,

Step down to Family First, Level 3 - Kai Morley (DOB 30.06.2038) and Summer Morley (DOB 15.01.2041), ICS-2230981.

Joint home visit: Thursday 28 May 2043 at 2pm, at home - 7 Larch Close, Kirkby L32 9ZQ. Could a Family First case manager come with me please.

What are we worried about?
Kai was not collected from nursery twice in March and was taken home by staff. Mum's depression is worse in the mornings and the house gets into a poor state; Summer's nappy rash and the lack of food in the cupboards were noted at two visits.

What is working well?
Mum has started seeing her GP about her mood and takes her medication. Her sister now collects Kai from nursery on Tuesdays and Thursdays and the nursery say collections have been on time since Easter.

What needs to happen?
A Family First case manager to lead a TAF with nursery and the health visitor; a weekly shopping and meal plan; mum to keep her GP and Talking Therapies appointments.

Consent - I've talked to mum about Family First and she said she wants to think about it and talk to her sister first. I'll confirm her consent at the visit.

Thanks
Bethan Roscoe
Social Worker, Assessment Team (Kirkby), Knowsley Council
0151 496 0447
""")
    top = plain_top(f, addr("Bethan Roscoe", "Bethan.Roscoe@" + KDOM), addr(None, KFF),
                    "Step down L3 - Morley - joint visit 28/05", when, KDOM, "Mozilla Thunderbird")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-2230981"],
        [ch("Kai Morley", "2038-06-30", "30.06.2038"), ch("Summer Morley", "2041-01-15", "15.01.2041")],
        ["neglect", "parental_mental_health"], None, None, ["consent"], True, "request_info",
        "Level 3 step-down with the joint home visit's date, time and venue and all three Signs of Safety headings. "
        "CONSENT UNCLEAR: mum 'wants to think about it', 'I'll confirm her consent at the visit' -> null -> consent "
        "missing -> request_info. Notice across the Spring Bank Holiday, not decisive: Wed 20 May -> Thu 28 May is 6 "
        "plain weekdays, 5 working days (Mon 25 May excluded) -> ok.",
        meeting=date(2043, 5, 28), not_children=["Bethan Roscoe"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2043-05-05 09:20:30"
    ack = ack_lines = T("""
Thank you - your step_up request has been received.

Reference: SB-knowsley-118
Children: Tayla Brennan, Mason Brennan
Case: EHM-61742
Notice: the step up TAF meeting on Wednesday 6 May gives 4 working days; the protocol asks for at least 5.

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

Sorry - I forgot about the bank holiday. I've moved the step up TAF for Tayla Brennan and Mason Brennan to Wednesday 13th May at 10am (same Teams link); the new invitation is attached. Nothing else has changed.

Joanne

Joanne Kerrigan
Family First Case Manager | Knowsley Council
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "29 April 2043 11:09", "Kerrigan, Joanne <Joanne.Kerrigan@knowsley.gov.uk>",
             "[SB-knowsley-118] Step up request - Brennan - EHM-61742", ack)
    org = ("Joanne Kerrigan", "Joanne.Kerrigan@" + KDOM)
    cal = ics("REQUEST", f, dt(when), "20430513T100000", "20430513T113000", "Step up TAF meeting - Brennan - EHM-61742",
              "Microsoft Teams Meeting", "Moved from 6 May.", org,
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"), ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              sequence=1)
    top = outlook_top(f, addr("Kerrigan, Joanne", org[1]), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-118] Step up request - Brennan - EHM-61742", when, cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, body, cal), "knowsley", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["EHM-61742"],
        [ch("Tayla Brennan"), ch("Mason Brennan")], [], None, None, [], None, "attach_to_request",
        "Reply under stepbot's quoted acknowledgement ([SB-knowsley-118]) moving the step-up TAF to Wed 13 May with an "
        "updated iTIP REQUEST (SEQUENCE 1): a follow_up -> attach_to_request; missing [] and notice null for a "
        "follow_up. Children named in full without DOBs.",
        not_children=["Joanne Kerrigan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2043-06-10 14:52:16"
    body = T("""
MASH,

Before you read the step up below: school (St Columba's, Huyton) have just rung me. At 2.40 at the gate Leo told his TA "Dean did the belt again" and pulled his shorts up to show her - she saw red raised lines across the back of both legs. Dean Walsh is mum's boyfriend and he is the one collecting Leo today; he is already standing at the gate. School are keeping Leo inside for now. Mum is at work in Speke and not answering.

The step up was going to the TAF next Wednesday. Everything is attached:

Child: Leo Hughes, DOB 21/10/2035
Case ID on EHM: EHM-59903
Step up TAF meeting: Wednesday 17th June 2043, 10am, Microsoft Teams
Reason: mum has not engaged since March (Engaging Families toolkit attached - it shows she avoids every plan meeting when Dean is at home) and Leo has had two bruises explained as "falling off his bike".
My TM, Paula Greaney, agreed the step up on Monday.

Attached: FF Step Up request to CSC - Hughes.docx, TAF minutes 03.06.43 - Hughes.pdf, Engaging Families toolkit - Hughes.pdf

Natalie Cowell
Family First Case Manager | Knowsley Council | 0151 496 0618
""") + "\n" + KDISC
    atts = [docx_att("FF Step Up request to CSC - Hughes.docx", appendix1([
                ("Child(ren) name and DOB", "Leo Hughes 21/10/2035"), ("Case ID on EHM:", "EHM-59903"),
                ("What are we worried about?", "Mum's non-engagement; two unexplained bruises; Leo frightened of Dean Walsh."),
                ("What is working well?", "School attendance good; Leo talks to his TA."),
                ("What needs to happen?", "C&F assessment."),
                ("Management oversight", "Agreed by Paula Greaney, Team Manager, 08/06/2043."),
                ("Date of step up TAF meeting:", "Wednesday 17/06/2043 10:00, Teams"),
                ("Recent TAF meeting minutes attached:", "Yes")])),
            pdf_att("TAF minutes 03.06.43 - Hughes.pdf", "TAF minutes - Hughes - 03/06/2043",
                    ["Mum did not attend (third TAF missed).", "School: second bruise, on Leo's arm, 'fell off bike'."]),
            pdf_att("Engaging Families toolkit - Hughes.pdf", "Engaging Families toolkit - Hughes",
                    ["Completed 01/06/2043.", "Pattern: mum cancels when her partner is at home; disguised compliance."])]
    top = outlook_top(f, addr("Cowell, Natalie", "Natalie.Cowell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Leo Hughes - EHM-59903 - please read first part", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-59903"], [ch("Leo Hughes", "2035-10-21", "21/10/2035")],
        ["non_engagement", "physical_harm"], None, True, [], True, "alert_duty",
        "URGENT in a complete step-up: a 7-year-old said at the gate 'Dean did the belt again', fresh marks seen, and "
        "Dean is the adult collecting him now -> alert_duty (urgent overrides book_meeting). The request itself is "
        "complete: form, TAF minutes, Engaging Families toolkit (non-engagement), case id, TM agreed; Wed 10 June -> "
        "Wed 17 June = exactly 5 working days -> notice ok. No alarm word.",
        meeting=date(2043, 6, 17), not_children=["Dean Walsh", "Natalie Cowell", "Paula Greaney"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2043-07-03 16:05:40"
    body = T("""
Dear Parents and Carers,

A reminder as we reach the end of the summer term that Kidz Zone closes at 6.00pm sharp.

- Late collection is charged at £5 for every 10 minutes after 6.00pm, added to your next invoice.
- If your child has not been collected by 6.30pm and we cannot reach you or anyone on your child's contact list, our policy says we must contact the police and children's social care. Please keep your contact numbers up to date.
- Last half-term three children were collected after 6.30pm. All were collected safely, but staff had to stay late and phone round.

Outstanding late fees must be paid by Friday 17 July or places for September may not be held.

Thank you,
Dawn McAleavy
Kidz Zone After School Club, St Mary's, Whiston
""")
    top = plain_top(f, addr("Kidz Zone Whiston", "office@kidzzone-whiston.example"),
                    "Kidz Zone parents: ;", "Late collection fees - reminder", when, "kidzzone-whiston.example", None,
                    cc=addr(None, KFF))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A LATE-COLLECTION FEE REMINDER to a parents' list that copies the Family First mailbox: 'not been "
        "collected by 6.30pm', 'police and children's social care' - policy, and the past late collections were all "
        "safe. No child named, no step -> other -> human_review.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2043-05-14 15:13:02"
    body = T("""
Poppy Farrell, Year 1, DOB 02/07/2037.

Her dad Connor Farrell has been sitting in his car in our staff car park since 3.10. Mum gave us a copy of a non-molestation order in March - he must not come within 100 metres of the school or contact her or Poppy. He told our caretaker he is "taking Poppy to see her nan" and he isn't leaving without her.

Poppy is still in class with her teacher and the classroom door is locked. Mum is on the bus, about 20 minutes away. The head is in a meeting off site. I've rung the police (101 first, they said to ring 999, I have).

What else should we be doing? Office number 020 7946 0554.

Marcia Oyelowo
School Office Manager, Southfields Park Primary

Sent from Outlook for iOS
""")
    top = plain_top(f, addr("Marcia Oyelowo", "office@southfieldspark.example"), addr(None, RSU),
                    "Poppy Farrell - dad in the car park", when, "southfieldspark.example", "Outlook for iOS")
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Poppy Farrell", "2037-07-02", "02/07/2037")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT, SCHOOL OFFICE: a father with a non-molestation order waiting in the car park since 3.10, saying he "
        "will take his 5-year-old, mum 20 minutes away -> harm now; no alarm word. A school office is not asking for "
        "a step -> other -> alert_duty.",
        not_children=["Connor Farrell", "Marcia Oyelowo"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2043-06-01 10:30:55"
    body = T("""
Dear MASH colleagues,

Following reflective discussion in supervision on Friday, I am stepping up the Kowalczyk family to Children's Services. As team manager I agree this needs to step up.

Children: Zofia Kowalczyk (11/04/2034) and Antoni Kowalczyk (27/09/2036)
Mosaic ID: 3318475
Early Help worker: Rhys Antwi, Putney Family Hub

Rationale for step up
The parents separated in January. Since then there have been four fights between them at the gate of Our Lady of Victories Primary at pick-up time, the last on 21 May when father pushed mother's new partner into the railings in front of both children. Antoni wet himself at school the next day and Zofia has told her teacher she "hates home time". Father has stopped engaging with the Early Help plan and mother has not been able to agree a safe collection plan with him. We think the parents' conflict now needs a statutory assessment.

Mum has consented to the step up. Dad has not yet been asked.

The latest case summary is attached.

Regards
Fiona Greatorex
Early Help Team Manager (Putney and Roehampton)
Richmond and Wandsworth Councils

""") + RDISC
    summary = ["Family: Kowalczyk. Mosaic 3318475.", "Children: Zofia (11/04/2034), Antoni (27/09/2036).",
               "Early Help since October 2042 (parental separation, school anxiety).",
               "Incidents at school gate: 12 Feb, 6 March, 29 April, 21 May (police attended on 21 May).",
               "Father disengaged from the plan since April."]
    top = outlook_top(f, addr("Greatorex, Fiona", "Fiona.Greatorex@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kowalczyk - Mosaic 3318475", when)
    add(f, mail(f, top, body, [pdf_att("Case summary - Kowalczyk - May 2043.pdf", "Latest case summary - Kowalczyk", summary)], html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["3318475"],
        [ch("Zofia Kowalczyk", "2034-04-11", "11/04/2034"), ch("Antoni Kowalczyk", "2036-09-27", "27/09/2036")],
        ["domestic_abuse", "non_engagement"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the EH team manager: case summary attached, rationale under its "
        "own heading -> nothing missing -> book_meeting (stepbot invites within 1 WD). 'Mosaic ID: 3318475' -> the "
        "bare number. Fights between the parents at the gate -> domestic_abuse; father's disengagement -> "
        "non_engagement. 'Mum has consented' -> true; 'As team manager I agree' -> true.",
        not_children=["Rhys Antwi", "Fiona Greatorex"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2043-04-28 11:45:19"
    body = T("""
Hi Jasper,

As agreed on the phone this morning, confirming the step-down case discussion for the Whitlock children on Friday 1st May at 2pm (Teams).

Grace Whitlock - DOB 14/05/2036
Alfie Whitlock - DOB 01/12/2038
Mosaic ID: 2987104

Background you will see on Mosaic: in January the children's father arrived at the school gate drunk at pick-up and tried to take Alfie; the police attended and he was arrested. He has since completed a residential detox, and the child arrangements order made in February allows supervised contact at the Battersea contact centre only. There have been no incidents since February and no current concerns about his drinking; school have his photo and the order on file.

What remains is mum's anxiety, which is being treated, and Grace's attendance (86%). The draft Early Help plan addresses both.

Mum has consented to Early Help continuing the plan, and the family would like Sadia from the Battersea Family Hub to be lead professional.

Latest case summary and draft plan attached.

Kind regards
Tomasz Nowicki
Social Worker, Assessment and Intervention Team, Wandsworth
""") + "\n" + RDISC
    atts = [pdf_att("Case summary - Whitlock - April 2043.pdf", "Case summary - Whitlock",
                    ["Mosaic 2987104.", "January 2043: father drunk at school gate, arrested. No incidents since February.",
                     "Child arrangements order (February): supervised contact at contact centre.",
                     "Current: mother's anxiety (GP, Talking Therapies); Grace attendance 86%."]),
            docx_att("Draft Early Help plan - Whitlock.docx",
                     ["# Draft Early Help plan - Whitlock", "Outcome 1: Grace's attendance above 95% by October.",
                      "Outcome 2: Mum's anxiety managed; she keeps her therapy appointments.",
                      "Outcome 3: collection arrangements written down and shared with school."])]
    top = outlook_top(f, addr("Nowicki, Tomasz", "Tomasz.Nowicki@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Fri 1st May 2pm - Whitlock", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2987104"],
        [ch("Grace Whitlock", "2036-05-14", "14/05/2036"), ch("Alfie Whitlock", "2038-12-01", "01/12/2038")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS inside a complete step-down: a father drunk at the gate trying to take Alfie - in January, arrested, "
        "detox since, supervised contact only, 'no incidents since February', 'no current concerns about his "
        "drinking' -> historic and resolved, not urgent, not substance_misuse. Case summary + draft plan + consent -> "
        "book_meeting; case discussion agreed for Fri 1 May (within 5 days of the contact).",
        not_children=["Tomasz Nowicki"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2043-06-17 16:20:07"
    body = T("""
Dear Early Help duty,

Step down - Reggie Sowerby (DOB 19/03/2033), Mosaic 3102958.

Reggie is 10 and lives with his dad, who works shifts at the bus depot. The assessment found that Reggie was regularly the last child at the after-school club when it closed at 6, and twice this spring he was sent to walk home alone in the dark. Dad has since changed his shifts and Reggie's aunt now collects on Tuesdays and Thursdays. My TM agrees the case can step down.

However, dad has told me he does not want Early Help and has declined to consent to the step down. I've been asked to send it anyway so that the case discussion can advise on next steps. The latest case summary and the draft plan are attached.

Best wishes
Amara Quaye
Social Worker, Richmond CIN Team
""") + "\n" + RDISC
    atts = [pdf_att("Case summary Sowerby.pdf", "Case summary - Sowerby", ["Mosaic 3102958", "Late collections from after-school club; walked home alone twice (February, March).", "Dad changed shifts in May."]),
            docx_att("Draft EH plan Sowerby.docx", ["# Draft Early Help plan - Reggie Sowerby", "Collection plan with the club and aunt.", "Youth club place on Wednesdays."])]
    top = outlook_top(f, addr("Quaye, Amara", "Amara.Quaye@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Sowerby - Mosaic 3102958", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3102958"], [ch("Reggie Sowerby", "2033-03-19", "19/03/2033")],
        ["neglect"], False, True, ["consent"], None, "request_info",
        "CONSENT REFUSED: 'has declined to consent to the step down' -> false -> consent missing -> request_info; "
        "summary and plan attached. Late collections and walking home alone in the dark -> neglect. 'My TM agrees' -> true.",
        not_children=["Amara Quaye"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2043-06-12 18:07:44"
    body = T("""
Hello, I'm the lead at Busy Bees after school club at Earlsfield Primary. It's 6pm and we close at 6. Maisie-Rose Dunn, reception, DOB 16.11.2037, is still here and nobody has come for her.

Mum's mobile goes straight to voicemail (tried 8 times since 5.45). The second contact on her form is her nan and that number says not recognised. The school office shut at 4.30 and I can't get into their system for any other numbers. The site team lock the building at 7 and I'm the only staff member left.

She keeps asking if mummy is poorly. She hasn't had any tea.

I found this address on the council website - I don't know who else to tell. My mobile 07700 900 631.

Chantelle Rook
Busy Bees Out of School Club
""")
    top = plain_top(f, addr("Chantelle Rook", "busybees.earlsfield@gmail.example"), addr(None, RSU),
                    "Child not collected - Busy Bees Earlsfield", when, "mail.gmail.example", None)
    add(f, phone_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Maisie-Rose Dunn", "2037-11-16", "16.11.2037")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (18:07 Friday): a 5-year-old still at the after-school club at 6pm, mum's phone off, the "
        "second contact dead, building locked at 7 -> harm tonight; no alarm word. Phone mail (base64, LF). Other -> "
        "alert_duty (EDT at this hour).",
        not_children=["Chantelle Rook"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2043-07-07 09:05:33"
    body = T("""
Dear colleagues,

Attached is the pack for next week's DSL refresher (school office and reception staff), for your comments by Friday. The scenarios are fictional and for training only.

Scenario 1 - "The car keys". At 3.15 Parent A arrives to collect Child B (Reception). You notice slurred speech and a smell of alcohol. Parent A says they are driving home now. What do you say? Who do you call? When do you ring 999?

Scenario 2 - "The order". A father you don't recognise says he is collecting Child C. The office has a copy of a non-molestation order naming him. He is calm and says mum agreed.

Scenario 3 - "Six o'clock". The after-school club closes at 6. Child D is still there, and no one on the list answers.

In each case the risk of harm to the child comes first; staff should not physically stop a parent but must delay, call for help, and record.

Kind regards
Learning and Development, Wandsworth Schools Safeguarding Partnership
""")
    pack = ["# DSL refresher - collection at the school gate", "All scenarios are fictional and for training only.",
            "Scenario 1: The car keys.", "Scenario 2: The order.", "Scenario 3: Six o'clock.",
            "Discussion: what is an immediate risk? When is it an emergency?"]
    top = outlook_top(f, addr("WSSP Learning and Development", "training@wssp.example"), addr("Early Help Duty", RED),
                      "DSL refresher pack - collection scenarios - comments please", when, mid_domain="wssp.example")
    add(f, mail(f, top, body, [docx_att("DSL refresher - collection scenarios.docx", pack)], html_alt=True),
        "richmond_wandsworth", "early_help_duty", when, 6, "near_miss", "other", False, None, [], [], [], None, None,
        [], None, "human_review",
        "NEAR MISS, A TRAINING SCENARIO PACK: a drunk parent with car keys, a father named in a non-molestation order, a "
        "child left at 6pm - 'fictional and for training only', Parent A / Child B; 'risk of harm', 'immediate risk', "
        "'emergency' about nobody real -> other -> human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2043-06-02 08:50:26"
    data = itip_reply(f, when, "Rhys Antwi", "Rhys.Antwi@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Kowalczyk - Mosaic 3318475", "20430604T100000", "20430604T110000",
                      "Microsoft Teams Meeting",
                      comment="Sorry - I'm supporting mum at the family court all day Thursday. My colleague Ines Duarte knows the family and can attend instead.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2, "ordinary", "meeting_reply", False, None,
        ["3318475"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY DECLINED from the Early Help worker, with a COMMENT offering a colleague; the case id comes "
        "from the SUMMARY 'Mosaic 3318475' (label dropped) -> record_reply.",
        not_children=["Ines Duarte"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2043-06-22 11:10:51"
    ack = T("""
Thank you - your step_down request has been received.

Reference: SB-richmond_wandsworth-214
Child: Reggie Sowerby (Mosaic 3102958)

What is missing:
- consent: confirmation that the child, young person and family consent to Early Help continuing the plan

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

Good news on this one - after the meeting at school on Friday dad rang me this morning and has now given his consent to Early Help continuing the plan. He'd like the youth club worker to be Reggie's lead professional.

Amara
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "17 June 2043 16:24",
             "Quaye, Amara <Amara.Quaye@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-214] Step down - Sowerby - Mosaic 3102958", ack)
    top = outlook_top(f, addr("Quaye, Amara", "Amara.Quaye@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-214] Step down - Sowerby - Mosaic 3102958", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 3, "ordinary", "follow_up", False,
        None, ["3102958"], [ch("Reggie Sowerby")], [], True, None, [], None, "attach_to_request",
        "Follow-up to the refused-consent step-down ([SB-richmond_wandsworth-214]): 'has now given his consent' -> "
        "true (the latest statement wins over the quoted ack's missing list) -> attach_to_request; missing [] for a "
        "follow_up.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2043-06-16 15:41:29"
    body = T("""
MAST,

At about 3.20 today a man none of us knows came to the Year 2 door and told Amira Begum (Year 2, DOB 03/02/2036) that her mum had sent him to pick her up because mum was at the hospital with the baby. Amira went with him before her teacher reached the door. The teacher saw them walk off together towards Commercial Road. He was about 40, grey hoodie, carrying a black holdall.

Mum (Ms Shapla Begum) arrived at 3.35 to collect her as normal. She did not send anyone and does not know who he could be. The baby is at home with her.

We rang 999 at 3.37 and the police are on their way. We are checking the CCTV now.

Mrs Rehana Ali
Office Manager, Settles Street Primary, Whitechapel
020 7946 0277
""")
    top = outlook_top(f, addr("Ali, Rehana", "r.ali@whitechapelprimary.example"), addr("MAST", TMAST),
                      "Amira Begum Y2 - left with a man we don't know", when, mid_domain="whitechapelprimary.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Amira Begum", "2036-02-03", "03/02/2036")],
        ["missing"], None, None, [], None, "alert_duty",
        "URGENT: an unknown man told a 7-year-old her mum sent him and left with her 20 minutes ago; mum sent nobody -> "
        "a child missing with a stranger now. Police called does not make it less urgent. No alarm word -> other -> "
        "alert_duty.",
        not_children=["Shapla Begum", "Rehana Ali"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2043-04-30 13:00:14"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Rayan Chowdhury (DOB 08/08/2035) and Inaya Chowdhury (DOB 12/12/2039). Mosaic 2650481.

Since January Inaya has been collected late from nursery eleven times, and Rayan has been left waiting at the school gate until the office closes on at least four days. Mum says her depression makes afternoons the hardest time. Dad does not live with them and has turned up at the gate twice this term shouting at mum.

Mum consented to the request for support at our home visit on Tuesday.

My manager Shirin is on leave until Tuesday - I'll get her agreement then and forward it.

Thanks
Kamal Uddin
Family Support Practitioner, Early Help (Bow and Poplar)
""") + "\n" + TDISC
    marf = ["Children: Rayan Chowdhury 08/08/2035; Inaya Chowdhury 12/12/2039", "Mosaic: 2650481",
            "Reason for request: late and missed collections; mother's depression; father's conduct at the school gate.",
            "Consent: given by mother 28/04/2043.", "Manager sign-off: (to follow)"]
    top = outlook_top(f, addr("Uddin, Kamal", "Kamal.Uddin@" + TDOM), addr("MAST", TMAST),
                      "MARF - Chowdhury - Mosaic 2650481", when)
    add(f, mail(f, top, body, [pdf_att("MARF - Chowdhury.pdf", "Multi-Agency Request for Support", marf)]),
        "tower_hamlets", "mash_step_up", when, 8, "ordinary", "step_up", False, None, ["2650481"],
        [ch("Rayan Chowdhury", "2035-08-08", "08/08/2035"), ch("Inaya Chowdhury", "2039-12-12", "12/12/2039")],
        ["domestic_abuse", "neglect", "parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
        "MAST step-up with the request for support form attached and consent given; MANAGER AGREEMENT PENDING ('I'll "
        "get her agreement then') -> null -> manager_agreed missing -> request_info. Late/missed collections -> "
        "neglect; mum's depression -> parental_mental_health; father shouting at mum at the gate -> domestic_abuse.",
        not_children=["Kamal Uddin", "Shirin"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2043-05-08 12:00:03"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana">'
         '<h2 style="color:#2E7D32">Mile End Primary - Summer Term Newsletter No. 2</h2>'
         '<h3>New gate system from Monday 1 June</h3>'
         '<p>From 1 June every family will be given a photo card for each adult who collects. Staff at the Year 1-6 gate will check cards. '
         'This is part of our safeguarding work and follows feedback from parents.</p>'
         '<ul><li>If someone is not on your child\'s list, we will not release your child until we have spoken to you.</li>'
         '<li>If there is a court order about who can collect, please bring a copy to the office.</li>'
         '<li>Please remind children never to accept a lift from a stranger - the danger is real, even near school.</li>'
         '<li>Emergency contacts: please check the numbers we hold by 22 May.</li></ul>'
         '<h3>Sports day</h3><p>Sports day is on Friday 3 July. Bring water and a hat!</p>'
         '<p>Mrs J. Okwu, Headteacher</p><p style="font-size:8pt">You receive this newsletter as a partner of Mile End Primary.</p>'
         '</body></html>')
    top = [("From", addr("Mile End Primary", "newsletter@mileendprimary.example")), ("To", addr(None, TEH)),
           ("Subject", "Summer Term Newsletter No. 2 - new gate system"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mileendprimary.example"))]
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 9, "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS, A SCHOOL NEWSLETTER (HTML only) about the new gate system: 'safeguarding', 'court order', 'stranger', "
        "'danger', 'Emergency contacts' - a bulletin about nobody real -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2043-07-06 10:10:38"
    body = T("""
Dear Early Help Hub,

Step-down to a TAF - Rahman family, Mosaic ID 2801377.

Safa Rahman - DOB 05/10/2036
Zayan Rahman - DOB 22/04/2040

The Child and Family Assessment concluded on 26/06/2043. It followed two occasions in the spring when Zayan's nursery released him to a neighbour who was not on his collection list; the nursery has since changed its procedure and mum has given them an up-to-date list with photographs. The remaining need is mum's postnatal depression, now treated by her GP and the perinatal team.

Ms Rahman consented to the step-down at my home visit on 2 July.
Lead Practitioner: Farzana Akhtar, Family Support Worker, Stepney Green Nursery School.
TAF meeting: Tuesday 14 July, 10am, at the nursery (I will chair).

Attached: the C&F Assessment and the TAF plan.

Regards
Joseph Mensah-Bonsu
Social Worker, Children's Social Work (Stepney)
""") + "\n" + TDISC
    atts = [pdf_att("C&F Assessment - Rahman.pdf", "Child and Family Assessment - Rahman",
                    ["Mosaic 2801377. Concluded 26/06/2043.", "Outcome: step down to Early Help (TAF)."]),
            docx_att("TAF plan - Rahman.docx", ["# TAF plan - Rahman", "Mum's mental health: GP and perinatal team.",
                                                "Collections: nursery list with photographs, reviewed monthly."])]
    top = outlook_top(f, addr("Mensah-Bonsu, Joseph", "Joseph.Mensah-Bonsu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down - Rahman - Mosaic 2801377", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2801377"],
        [ch("Safa Rahman", "2036-10-05", "05/10/2036"), ch("Zayan Rahman", "2040-04-22", "22/04/2040")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F assessment and TAF plan attached, consent given, lead practitioner named "
        "with her agency -> book_meeting. The nursery releasing Zayan to a neighbour is past and resolved (procedure "
        "changed) -> not a concern; mum's postnatal depression -> parental_mental_health.",
        not_children=["Farzana Akhtar", "Joseph Mensah-Bonsu"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2043-05-21 14:58:12"
    text = T("""
Hi MAST - Tyrell Clarke (Y4, 13/09/2034) and Kiara Clarke (Y1, 20/02/2038), Globe Road Primary.

Mum Shanice is in the Royal London since last night. Her neighbour came in this morning and told us Jerome (the children's dad, doesn't live with them) beat her up last night and the police took her in the ambulance. The children slept at the neighbour's.

Jerome has just texted the office saying he is collecting both of them at 3.15 "as normal". There's no court order we know of but the neighbour says the police are looking for him. Nan can't get here till 5.

What do we do when he gets to the gate? It's 10 to 3 now.

Dionne Achebe
Deputy Head / DSL
Sent from my iPhone
""")
    top = [("From", addr("Dionne Achebe", "d.achebe@globeroad.example")), ("To", addr(None, TMAST)),
           ("Subject", "Clarke children - dad collecting at 3.15"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "globeroad.example")), ("X-Mailer", "iPhone Mail (21F90)")]
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [ch("Tyrell Clarke", "2034-09-13", "13/09/2034"), ch("Kiara Clarke", "2038-02-20", "20/02/2038")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT, iPhone mail: mum in hospital after last night's assault by the children's father; he is coming to "
        "collect both children at 3.15, 17 minutes after sending, police looking for him -> harm now; no alarm word. "
        "Other -> alert_duty.",
        not_children=["Shanice", "Jerome", "Dionne Achebe"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2043-05-13 08:30:45"
    body = T("""
Forwarding to you as it mentions children - not one for Highways really.

Highways Customer Services

-----Original Message-----
From: Mr G. Pemberton <g.pemberton@residents.example>
Sent: 12 May 2043 21:14
To: highways@towerhamlets.gov.uk
Subject: Dangerous parking outside Marner Primary AGAIN

Every afternoon from 3pm the parents block my drive and park on the zig-zags. It is dangerous and one day a child will be killed. Last week two dads actually came to blows over a parking space while the kids watched - I had to call the police. Nobody enforces anything. I want a warden there every day at pick-up time and I want a reply this time.

G. Pemberton
""")
    top = outlook_top(f, addr("Highways Customer Services", "highways@" + TDOM), addr("MAST", TMAST),
                      "FW: Dangerous parking outside Marner Primary AGAIN", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4, "near_miss", "other", False, None, [], [],
        [], None, None, [], None, "human_review",
        "NEAR MISS, A PARKING COMPLAINT forwarded by Highways: 'dangerous', 'a child will be killed', two fathers "
        "fighting last week with police called - a resident's complaint about traffic and a past scuffle between "
        "adults, no child named or harmed -> other -> human_review.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2043-07-07 09:03:00"
    body = T("""
Thank you for your email. I am on the Year 6 residential trip until Friday 10 July with limited access to email.

For anything urgent about a child's safety please contact our Designated Safeguarding Lead, Mr Paul Ekwueme, on 020 7946 0281, or the MAST on 0207 364 5606/5601.

Farzana Akhtar
Family Support Worker, Stepney Green Nursery School
""")
    data = ooo(f, when, "Farzana Akhtar", "f.akhtar@stepneygreennursery.example", addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-301] Step-down - Rahman - Mosaic 2801377", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1, "ordinary", "auto_reply", False, None, ["2801377"],
        [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from the lead practitioner to stepbot's message about the Rahman "
        "step-down; its 'anything urgent about a child's safety' is boilerplate -> auto_reply -> ignore (RFC 3834). "
        "Case id from the quoted subject.",
        not_children=["Paul Ekwueme", "Farzana Akhtar"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2043-06-26 16:22:37"
    body = T("""
Hello please I need help

My daughter ex husband Faruk Miah he take my grandson Ayaan Miah from the after school club at Harford Street school 10 minute ago. The court say he can not take him, there is prohibited steps order, I have the paper here in my bag. He hit my daughter before, this is why the court make the order.

The club lady say she did not know, his name is still on the old list. He put Ayaan in the car, black Toyota, and drive away fast. Before he say he will take him to Bangladesh and we never see him again. Ayaan is 6.

My daughter is at work in Canary Wharf, I am calling her she dont answer. I call police also.

Please somebody call me 07700 900 418

Rokeya Khatun (nani)
""")
    top = plain_top(f, addr("Rokeya Khatun", "rokeya.khatun52@gmail.example"), addr(None, TEH),
                    "please help my grandson Ayaan", when, "mail.gmail.example", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 3, "urgent", "other", True,
        None, [], [ch("Ayaan Miah")], ["domestic_abuse", "missing"], None, None, [], None, "alert_duty",
        "URGENT in a grandmother's broken English, to the Early Help hub: a father barred by a prohibited steps order "
        "took a 6-year-old from the after-school club 10 minutes ago and has talked of taking him abroad -> child "
        "gone now; no alarm word. Violence to mum -> domestic_abuse; child taken -> missing. No DOB given.",
        not_children=["Faruk Miah", "Rokeya Khatun"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2043-06-08 18:12:09"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri">'
         '<p>To the MASH team,</p>'
         '<p>I run the Sunshine Club (after school) at Preston Primary, Paignton. At 5.55pm Mr Pascoe came to collect '
         '<b>Esme Pascoe</b> (Y3, 09/01/2035) and <b>Ellis Pascoe</b> (Y1, 30/11/2036). His pupils were like pinpricks, '
         'he kept nodding off in the middle of a sentence and couldn\'t get his words out. He dropped a bit of burnt foil on the floor.</p>'
         '<p>We told him we would ring mum first. He grabbed both children and took them out through the side gate. '
         'Ellis was crying and had no shoes on. They were walking towards the main road down to the seafront.</p>'
         '<p>Mum is not answering. We have phoned the police. I am still at the club - 07700 900 772.</p>'
         '<p>Lorna Hext<br>Sunshine Club lead</p></body></html>')
    text = ("To the MASH team,\n\nI run the Sunshine Club (after school) at Preston Primary, Paignton. At 5.55pm Mr Pascoe "
            "came to collect Esme Pascoe (Y3, 09/01/2035) and Ellis Pascoe (Y1, 30/11/2036). His pupils were like "
            "pinpricks, he kept nodding off in the middle of a sentence and couldn't get his words out. He dropped a bit "
            "of burnt foil on the floor.\n\nWe told him we would ring mum first. He grabbed both children and took them "
            "out through the side gate. Ellis was crying and had no shoes on. They were walking towards the main road "
            "down to the seafront.\n\nMum is not answering. We have phoned the police. I am still at the club - 07700 900 772.\n\n"
            "Lorna Hext\nSunshine Club lead\n")
    top = outlook_top(f, addr("Sunshine Club Preston", "sunshineclub.preston@outlook.example"), addr("MASH", BMASH),
                      "Pascoe children - dad took them from club", when, mid_domain="outlook.example")
    add(f, alt_mail(f, top, text, h), "torbay", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Esme Pascoe", "2035-01-09", "09/01/2035"), ch("Ellis Pascoe", "2036-11-30", "30/11/2036")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (18:12): a father who is plainly high (pinpoint pupils, nodding off, burnt foil) pulled "
        "a 6- and 8-year-old out of the after-school club towards a main road -> harm now; no alarm word. Other -> "
        "alert_duty.",
        not_children=["Lorna Hext"])

def torbay_02():
    f = "torbay_02.eml"; when = "2043-07-02 14:30:50"
    cpoms = T("""
CPOMS incident - Kayla Nott (Y4) - DOB 12/12/2033 - LCS-402117
Category: Disclosure
Recorded by: Mrs S. Yeo (TA), 02/07/2043 14:12

At 14:05, at the classroom gate before the early finish, Kayla held on to my arm and said "please don't let Gary pick me up. When nan's at work he makes me go in his bed and says it's our secret." I said she had done the right thing telling me and that I would tell Mrs Bartlett. I did not ask any more questions.

Gary Steer is nan's partner. He is on Kayla's collection list and is the person collecting today at 3.15. Nan (Kayla's special guardian) works at the hospital until 10pm.
""")
    body = T("""
MASH - please see the CPOMS entry below, recorded 20 minutes ago. Kayla is with me in my office. Gary is due at 3.15 and nan is on shift and not picking up. Can someone call me on 01632 960 430 now?

Jo Bartlett
DSL, Hayes Road Primary, Paignton

-----Original Message-----
From: CPOMS <notifications@cpoms.example>
Sent: 02 July 2043 14:13
To: Bartlett, Jo <j.bartlett@hayesroad.example>
Subject: CPOMS alert - Kayla Nott - Disclosure

""") + cpoms
    top = outlook_top(f, addr("Bartlett, Jo", "j.bartlett@hayesroad.example"), addr("MASH", BMASH),
                      "FW: CPOMS alert - Kayla Nott - Disclosure", when, mid_domain="hayesroad.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2, "urgent", "other", True, None,
        ["LCS-402117"], [ch("Kayla Nott", "2033-12-12", "12/12/2033")], ["sexual_harm"], None, None, [], None,
        "alert_duty",
        "URGENT, A CHILD'S OWN WORDS in a forwarded CPOMS entry: a 9-year-old's disclosure of sexual abuse by nan's "
        "partner, who is the adult collecting her at 3.15 today -> alert_duty. No alarm word. Other (a DSL's "
        "disclosure, not a step request).",
        not_children=["Gary Steer", "Jo Bartlett"])

def torbay_03():
    f = "torbay_03.eml"; when = "2043-04-28 10:05:31"
    body = T("""
Hello Early Help,

Please can I have a triage slot for Noah Gilpin (DOB 03/09/2040, LCS-398812) - he is 2, so I think this goes to the under-5s triage.

I'm stepping Noah down to a level 3 Early Help response. The Single Assessment with my analysis and the rationale for stepping down is attached. The concerns were late collections from Little Explorers nursery (Noah was left there after closing five times in February) and his weight; since March mum has had a nursery collection plan with her sister and Noah's weight is back on his centile.

My team manager, Claire Vosper, has recorded her analysis confirming the threshold for level 3 is met. Mum has given her consent for level 3 Early Help.

Thank you
Liam Tozer
Social Worker, Single Assessment Team, Torbay Council
""") + "\n" + BDISC
    sa = ["Child: Noah Gilpin, 03/09/2040. LCS-398812.", "Analysis: needs can be met at level 3.",
          "Rationale for step down: collection plan working since March; weight recovered.",
          "Team manager's analysis (C. Vosper): threshold for level 3 intervention met."]
    top = outlook_top(f, addr("Tozer, Liam", "Liam.Tozer@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Noah Gilpin - LCS-398812", when)
    add(f, mail(f, top, body, [pdf_att("Single Assessment - Gilpin.pdf", "Single Assessment - Noah Gilpin", sa)], html_alt=True),
        "torbay", "early_help_duty", when, 3, "ordinary", "step_down", False, 3, ["LCS-398812"],
        [ch("Noah Gilpin", "2040-09-03", "03/09/2040")], ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down: Single Assessment with analysis attached, TM's analysis confirming level 3 -> "
        "manager true, 'Mum has given her consent for level 3 Early Help' -> true -> book_meeting (a 2-year-old: the "
        "under-5s triage). Level 3 stated.",
        not_children=["Claire Vosper", "Liam Tozer"])

def torbay_04():
    f = "torbay_04.eml"; when = "2043-05-20 11:40:02"
    body = T("""
Hi MASH,

Contact from Early Help (I'm lead professional) - Bowden family, LCS-377541.

Harley Bowden, 07/07/2032
Lacey-Jo Bowden, 25/03/2037

Since Easter there have been three incidents at the gate of Roselands Primary at pick-up between mum and dad (they separated in February): shouting and swearing, dad throwing mum's phone into the road, and on 14 May dad grabbing mum by the hair in front of both children and other families. Lacey-Jo now hides in the toilets at home time and Harley has started refusing to leave with either parent. Mum has not accepted a referral to the domestic abuse service.

My team manager (Nicola Hosking) and I agree this needs considering for level 4.

Consent - I told mum I'd be contacting MASH about this. She shrugged and said "do what you want". I'm not sure that's consent so I'll go back to her.

Thanks
Sam Ellacott
Early Help Family Practitioner, Torbay
""") + "\n" + BDISC
    top = outlook_top(f, addr("Ellacott, Sam", "Sam.Ellacott@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Bowden - LCS-377541", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6, "ordinary", "step_up", False, None,
        ["LCS-377541"],
        [ch("Harley Bowden", "2032-07-07", "07/07/2032"), ch("Lacey-Jo Bowden", "2037-03-25", "25/03/2037")],
        ["domestic_abuse"], None, True, ["consent"], None, "request_info",
        "Torbay step-up (lead professional's contact to MASH) about fights between the parents at the gate. CONSENT "
        "UNCLEAR: 'shrugged and said \"do what you want\". I'm not sure that's consent' -> null -> missing. 'My team "
        "manager and I agree this needs considering for level 4' -> true. The 14 May incident is recent but nobody "
        "is in danger tonight -> not urgent.",
        not_children=["Nicola Hosking", "Sam Ellacott"])

def torbay_05():
    f = "torbay_05.eml"; when = "2043-05-11 09:15:40"
    body = T("""
For information - passed to us by Devon and Cornwall Police, sent to parents this morning.

Kind regards
Ann-Marie Luscombe, Head, Barton Hill Academy, Torquay

---------- Forwarded message ---------
From: Torbay Neighbourhood Policing Team
Date: Fri, 8 May 2043 at 17:02
Subject: Community message - report of a man offering lifts near Barton Hill

On Thursday 7 May we received two reports of a man in a grey van offering lifts to children walking home from Barton Hill Academy. No child accepted a lift.

Officers have traced the van. The driver is a parcel delivery driver who says he offered a lift because it was raining; he has been spoken to and given advice, and no offences have been identified. There is no ongoing danger to children in the area.

As always, please remind children never to accept a lift from someone they do not know, and to tell a trusted adult.
""")
    top = plain_top(f, addr("Ann-Marie Luscombe", "head@bartonhill.example"), addr("MASH", BMASH),
                    "Fwd: Community message - report of a man offering lifts near Barton Hill", when, "bartonhill.example",
                    None)
    add(f, mail(f, top, body, crlf=False, cte="quoted-printable"), "torbay", "mash_step_up", when, 5, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A STRANGER OFFERING LIFTS, ALREADY DEALT WITH: no child accepted, the driver traced and spoken to, "
        "'no ongoing danger' - a police community message forwarded for information -> other -> human_review.")

def torbay_06():
    f = "torbay_06.eml"; when = "2043-06-19 18:25:14"
    body = T("""
Hi both,

Something for Tuesday's triage about Jayden Rowe. The after school club rang me at 6.05 tonight: nobody had come for Jayden at 6 and dad's phone was off. I was just getting in the car to go over when they rang back - dad arrived at 6.10, ten minutes late, really apologetic, his bus had broken down at Shiphay and his phone was dead. The club had no concerns; Jayden was happy to see him and they went home together.

It's the first time he's been late since the plan started, so I don't think it changes anything, but I wanted you to have it before the triage.

Kerry Widdicombe
Early Help Family Practitioner
""")
    ack = T("""
Thank you - your step_down request has been received.

Reference: SB-torbay-77
Child: Jayden Rowe (LCS-401556)
Triage: Tuesday 23 June, 09:30.
""")
    body += quote("Early Help <earlyhelp@torbay.gov.uk>", "16 June 2043 10:02", "Widdicombe, Kerry <Kerry.Widdicombe@torbay.gov.uk>",
                  "[SB-torbay-77] Step down - Jayden Rowe - LCS-401556", ack)
    top = outlook_top(f, addr("Widdicombe, Kerry", "Kerry.Widdicombe@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-77] Step down - Jayden Rowe - LCS-401556", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4, "near_miss", "follow_up", False,
        None, ["LCS-401556"], [ch("Jayden Rowe")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS IN A FOLLOW-UP: 'nobody had come for Jayden at 6 and dad's phone was off', sent at 18:25 - but 'dad "
        "arrived at 6.10, ten minutes late', no concerns -> resolved within minutes, not urgent. Reply to "
        "[SB-torbay-77] -> follow_up -> attach_to_request.",
        not_children=["Kerry Widdicombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2043-04-30 09:30:27"
    data = itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Noah Gilpin - LCS-398812", "20430512T093000", "20430512T100000",
                      "Paignton Family Hub, Room 2")
    add(f, data, "torbay", "early_help_duty", when, 2, "ordinary", "meeting_reply", False, None, ["LCS-398812"],
        [ch("Noah Gilpin")], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED (empty body) from the AFC representative for torbay_03's under-5s triage slot "
        "(Tue 12 May); case id and child's full name from the SUMMARY -> record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2043-07-14 15:00:48"
    blocks = ["Hello,", "",
              "Triage slot request - Oscar Kingdon (DOB 05/05/2034), LCS-390027. Single Assessment attached.", "",
              ("table", [["Heading", "Detail"],
                         ["Reason for step down", "Oscar's needs can be met at level 3. The contact dispute that led to the referral is settled: dad's contact is now at the Torquay contact centre and he no longer comes to the school gate."],
                         ["Current needs", "Mum's low mood; Oscar's anxiety on Sunday evenings."],
                         ["Consent", "Mum gave consent for level 3 Early Help on 09/07/2043."],
                         ["Team manager", "Ian Stapleton has NOT agreed the step down yet - he wants the outcome of the final court hearing on 21 July first."]]),
              "", "I'm sending it now so it's in the queue. Sorry for the back and forth.", "",
              "Megan Pook", "Social Worker, Safeguarding and Supporting Families, Torbay Council", "", BDISC.strip()]
    sa = ["Child: Oscar Kingdon 05/05/2034. LCS-390027.", "Analysis: needs can be met at level 3.",
          "Team manager's analysis: not yet recorded (awaiting court outcome)."]
    top = outlook_top(f, addr("Pook, Megan", "Megan.Pook@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - Oscar Kingdon - LCS-390027", when)
    add(f, word_mail(f, top, blocks, [pdf_att("SA - Kingdon.pdf", "Single Assessment - Oscar Kingdon", sa)]),
        "torbay", "early_help_duty", when, 7, "ordinary", "step_down", False, 3, ["LCS-390027"],
        [ch("Oscar Kingdon", "2034-05-05", "05/05/2034")], ["parental_mental_health"], True, False,
        ["manager_agreed"], None, "request_info",
        "Torbay step-down in a Word table: MANAGER REFUSED ('has NOT agreed the step down yet') -> false -> "
        "manager_agreed missing -> request_info; SA attached, consent given. 'needs can be met at level 3' and "
        "'consent for level 3 Early Help' -> level 3. Mum's low mood -> parental_mental_health.",
        not_children=["Ian Stapleton", "Megan Pook"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2043-06-09 14:40:18"
    comment = ("Sorry Verity, have to decline - Lee Price has just rung Kington Primary to say he is collecting Lily and Mia "
               "at 3.15 and taking them somewhere 'nobody will find them'. He was released this morning, the non-mol is "
               "still in place and mum isn't answering. I'm driving over to the school now. Will rebook.")
    data = itip_reply(f, when, "Hannah Bufton", "Hannah.Bufton@" + HDOM, ("Verity Lang", "verity.lang@" + HDOM),
                      "DECLINED", "Step-down drop-in - Lily Price and Mia Price - Mosaic 1873264",
                      "20430616T100000", "20430616T103000", "Microsoft Teams Meeting", comment=comment)
    data = data.replace(b"To: Verity Lang <verity.lang@herefordshire.gov.uk>",
                        b"To: Verity Lang <verity.lang@herefordshire.gov.uk>\r\nCc: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>")
    add(f, data, "herefordshire", "early_help_duty", when, 3, "urgent", "meeting_reply", True, None, ["1873264"],
        [ch("Lily Price"), ch("Mia Price")], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT IN A DECLINED INVITATION'S COMMENT: a father released this morning, under a non-molestation order, says "
        "he is collecting the girls at 3.15 (35 minutes away) to take them where 'nobody will find them' -> alert_duty "
        "even though the kind is meeting_reply. No alarm word.",
        not_children=["Lee Price", "Hannah Bufton", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2043-07-01 16:48:55"
    body = T("""
Hello,

I'm the lead at Kidz Kabin after school club at Bromyard. We have a worry box. At 4.30 Jodie Bevan (she's 9) put this in it and then came and stood by me. Copied exactly:

"please dont make me go home with dad tonite. he said when we get home hes going to hurt mum and me and Alfie if she tells anyone about the car. Im scared"

Alfie is her brother, he's 4 and here with us as well. Their dad collects them both at 5.45, he always does on Wednesdays. We rang mum twice - no answer. I know their Early Help worker is Verity Lang, so I'm sending it to this address as it was on her letter.

My number is 07700 900 356. We close at 6.

Gail Preece
Kidz Kabin
""")
    top = plain_top(f, addr("Gail Preece", "kidzkabin.bromyard@hotmail.example"), addr(None, HEH),
                    "Jodie Bevan - note from our worry box", when, "hotmail.example", None)
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 4, "urgent", "other", True,
        None, [], [ch("Jodie Bevan")], ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, A CHILD'S OWN WORDS copied from an after-school club's worry box: her father, who collects at 5.45 "
        "(an hour away), said he will hurt mum and the children tonight -> alert_duty. Alfie is named by first name "
        "only -> not labelled. No alarm word.",
        not_children=["Gail Preece", "Verity Lang"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2043-05-07 11:20:06"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Cole children (Level 3, Intensive), Mosaic 1764502, as discussed with Xavier at Tuesday's drop-in:

- Ella Cole, 14/02/2035
- Finley Cole, 09/06/2037
- Rosie Cole, 28/10/2040

The s47 in March followed an incident at the school gate between the parents. The family court has since agreed the child arrangements: dad has the children every other weekend and handovers are at paternal grandmother's house, not at school. Both parents have kept to it for eight weeks.

Remaining: Finley's attendance (84%) and Rosie's speech and language.

Key person: Mrs Debbie Harte, Family Support Worker, Ledbury Primary School - she has agreed with mum to lead.
Mum's signed consent form is attached.

Many thanks
Owen Pritchard
Social Worker, Children's Safeguarding and Family Support, Herefordshire Council
""") + "\n" + HDISC
    atts = [pdf_att("Early Help consent form - signed - Cole.pdf", "Early Help consent form",
                    ["I consent to my family receiving Early Help support and to information being shared.",
                     "Signed: K. Cole (mother)   Date: 05/05/2043"]),
            docx_att("EHA step-down plan - Cole.docx", ["# Early Help Assessment step-down plan - Cole",
                                                        "Need: Finley's attendance. By whom: school and key person. Timescale: by October.",
                                                        "Need: Rosie's speech. By whom: health visitor / SALT. Timescale: 3 months."])]
    top = outlook_top(f, addr("Pritchard, Owen", "Owen.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Cole sibling group - Mosaic 1764502", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5, "ordinary",
        "step_down", False, 3, ["1764502"],
        [ch("Ella Cole", "2035-02-14", "14/02/2035"), ch("Finley Cole", "2037-06-09", "09/06/2037"),
         ch("Rosie Cole", "2040-10-28", "28/10/2040")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: signed consent form, plan, key person with her agency -> "
        "nothing missing -> book_meeting. The gate incident that led to the s47 is past; the child arrangements are "
        "agreed. Finley's 84% -> school_attendance.",
        not_children=["Debbie Harte", "Owen Pritchard"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2043-06-15 09:50:40"
    blocks = ["Morning,", "",
              "Step-down request below and the plan attached.", "",
              ("table", [["Item", "Detail"],
                         ["Child", "Oliver Teague, DOB 23/01/2036"],
                         ["Mosaic", "1690044"],
                         ["Reason", "Late collections from school (Oliver left at the office until 5pm on six days), dirty uniform, missed dental appointments. Improved since mum's new job hours."],
                         ["Consent", "Mum gave verbal consent on the phone on Friday. I'll get the form signed at my next visit."],
                         ["Key person", "TBC - I've asked school if their ELSA can take it on."]]),
              "", "Thanks, Chloe", "", "Chloe Gwatkin | Social Worker | Herefordshire Council", "", HDISC.strip()]
    top = outlook_top(f, addr("Gwatkin, Chloe", "Chloe.Gwatkin@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Oliver Teague", when)
    add(f, word_mail(f, top, blocks, [docx_att("EHA step down plan - Teague.docx",
                                               ["# Early Help Assessment step-down plan - Oliver Teague",
                                                "Collection plan; uniform support; dental registration."])]),
        "herefordshire", "early_help_duty", when, 3, "ordinary", "step_down", False, None, ["1690044"],
        [ch("Oliver Teague", "2036-01-23", "23/01/2036")], ["neglect"], True, None,
        ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down in a Word table: verbal consent given (consent true) but the written consent form is "
        "not attached -> consent_form missing; key person 'TBC' -> lead_practitioner missing; plan attached -> "
        "request_info. No level written -> null.",
        not_children=["Chloe Gwatkin"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2043-05-21 20:10:33"
    body = T("""
Hi Xavier,

Just to let you know the family court made the final order today. Ben and Ava live with me and their dad sees them every other Saturday at the contact centre in Hereford - never at school again. I know last year he was arrested at the school gate when he turned up drunk and tried to grab Ben, and the school were brilliant, but all that is behind us now. The school have a copy of the order.

Thank you for everything, honestly.

Kirsty Hollis
""")
    top = plain_top(f, addr("Kirsty Hollis", "kirsty.hollis@gmail.example"), addr(None, HEH),
                    "Court today - good news", when, "mail.gmail.example", None)
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 4, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A CUSTODY ARRANGEMENT NOW AGREED, 20:10: a mother's thanks after the final order; the father's "
        "arrest at the gate drunk is 'last year', 'all behind us'. Children by first name only -> not labelled. "
        "Other -> human_review.",
        not_children=["Kirsty Hollis"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2043-06-10 13:15:21"
    body = T("""
Dear colleagues,

We are reviewing our collection policy before September and I'd value your view on two "what if" questions. This isn't about any particular family.

1. If a parent arrived at pick-up clearly drunk and insisted on driving their child home, can we refuse to hand the child over? Should staff take the car keys? At what point is it a 999 call rather than a call to the MASH?

2. If a parent who is named in a court order (for example a prohibited steps order) came to collect, and we had no copy of the order, what would you expect us to do?

Happy to come to a drop-in if easier.

Best wishes
Mr R. Bayliss
Headteacher, St Weonards CE Primary
""")
    top = plain_top(f, addr("Richard Bayliss", "head@stweonards.example"), addr(None, HEH),
                    "Collection policy - two what-if questions", when, "stweonards.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 8, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A HYPOTHETICAL: a head's 'what if' questions for a policy review ('clearly drunk and insisted on "
        "driving', 'a 999 call', 'court order'), 'not about any particular family' -> other -> human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2043-06-30 10:40:12"
    ack = T("""
Thank you - your step_down request has been received.

Reference: SB-herefordshire-92
Child: Oliver Teague (Mosaic 1690044)

What is missing:
- consent_form: the family's written consent
- lead_practitioner: the details of the key person
""")
    body = T("""
Hi,

Signed consent form for Oliver attached. Key person still being sorted - school's ELSA is off until next week.

For the file, as you'll see it on Mosaic: on 19 June mum's ex-partner (not Oliver's dad) turned up at the school gate at pick-up, drunk, shouting that he wanted to see Oliver. Staff kept Oliver in class, the police attended and arrested him, and he has since been remanded in custody until his trial. Oliver did not see him. Mum and Oliver are fine and there is no change to the step-down.

Chloe
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "15 June 2043 09:55",
             "Gwatkin, Chloe <Chloe.Gwatkin@herefordshire.gov.uk>", "[SB-herefordshire-92] Step down - Oliver Teague", ack)
    top = outlook_top(f, addr("Gwatkin, Chloe", "Chloe.Gwatkin@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-92] Step down - Oliver Teague", when)
    add(f, mail(f, top, body, [pdf_att("Consent form signed - Teague.pdf", "Early Help consent form",
                                       ["I consent to my family receiving Early Help support.", "Signed: L. Teague (mother)  Date: 26/06/2043"])]),
        "herefordshire", "early_help_duty", when, 5, "near_miss", "follow_up", False, None, ["1690044"],
        [ch("Oliver Teague")], [], True, None, [], None, "attach_to_request",
        "NEAR MISS IN A FOLLOW-UP: a drunk ex-partner at the gate on 19 June - arrested, remanded in custody, Oliver "
        "did not see him, 'no change' -> resolved history, not urgent. Adds the signed consent form to "
        "[SB-herefordshire-92] -> follow_up -> attach_to_request; consent true.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2043-07-17 11:00:29"
    body = T("""
Dear MASH,

I'd like to step up the Rudge children from Early Help to social care.

Tommy Rudge - 03/03/2036
Daisy Rudge - 19/08/2038

This term Tommy and Daisy have not been collected from Leominster Primary on seven days; on three of them mum arrived after 5pm and the office staff smelt alcohol. Mum has told me she is drinking every day since her mother died in March.

My manager, Sarah Powell, agrees with the step up, and mum has consented to the referral.

Regards
Jess Lowe
Early Help Family Worker, Herefordshire Council
""") + "\n" + HDISC
    top = outlook_top(f, addr("Lowe, Jess", "Jess.Lowe@" + HDOM), addr("MASH", HMASH), "Step up - Rudge children", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 2, "ordinary", "step_up", False, None, [],
        [ch("Tommy Rudge", "2036-03-03", "03/03/2036"), ch("Daisy Rudge", "2038-08-19", "19/08/2038")],
        ["neglect", "substance_misuse"], True, True, [], None, "human_review",
        "A Herefordshire step-up: the seed defines no step-up process -> human_review, missing [] (REQUIREMENTS: step_up "
        "is not defined by this seed). Consent and manager stated as given. Mum drinking daily, children not collected "
        "-> neglect, substance_misuse. Sent on the last day of the window.",
        not_children=["Sarah Powell", "Jess Lowe"])


# ============================================================================= self-checks
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
REQ = {   # REQUIREMENTS.md matrix ("children" always)
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
YAML_DIR = "/work/main/config/authorities"

# England & Wales bank holidays of 2043 on weekdays (set_checks compares with the holidays package): New Year's Day
# Thu 1 Jan; Good Friday 27 Mar; Easter Monday 30 Mar; May Day Mon 4 May; Spring Bank Holiday Mon 25 May; Late
# Summer Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day (Sat 26 Dec) observed Mon 28 Dec.
BANK_HOLIDAYS = {date(2043, 1, 1), date(2043, 3, 27), date(2043, 3, 30), date(2043, 5, 4), date(2043, 5, 25),
                 date(2043, 8, 31), date(2043, 12, 25), date(2043, 12, 28)}
IN_WINDOW = {date(2043, 5, 4): "May Day", date(2043, 5, 25): "Spring Bank Holiday"}
# The brief: "from about Monday 24 April to Friday 21 July 2043". 24 April 2043 is a FRIDAY and 21 July 2043 a
# TUESDAY; the window is the Monday-to-Friday span inside those dates: Monday 27 April - Friday 17 July 2043.
BRIEF_START, BRIEF_END = date(2043, 4, 24), date(2043, 7, 21)
WINDOW = (datetime(2043, 4, 27, tzinfo=LON), datetime(2043, 7, 17, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2043, 3, 29, 1, 0, 0, tzinfo=UTC)      # last Sunday of March 2043
BST_END = datetime(2043, 10, 25, 1, 0, 0, tzinfo=UTC)       # last Sunday of October 2043
MAX_YEAR = 2043
FORBIDDEN = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|asap)\b|at risk|risk of harm|danger")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
YEAR = re.compile(r"\b(2\d{3})\b")
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_05.eml": (5, 6),
                   "knowsley_07.eml": (5, 5)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]
CAT_MIN = {"urgent": 11, "near_miss": 11}

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

def working_days(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def yaml_requirement_ids():
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open(os.path.join(YAML_DIR, a + ".yaml"), encoding="utf-8") as fh:
            y = yaml.safe_load(fh)
        for k, v in (y.get("kinds") or {}).items():
            out[(a, k)] = {r["id"] for r in (v.get("requirements") or [])}
    return out

def check_file(lab, yids):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                  "missing", "notice_ok", "next_action"}: err("expect keys")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    allowed = REQ.get((a, e["kind"], lvl), set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed: %s" % e["missing"])
    for rid in e["missing"]:                                        # every requirement id exists in the YAML
        if rid not in yids.get((a, e["kind"]), set()): err("requirement id %s not in %s.yaml %s" % (rid, a, e["kind"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id form %r" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice / missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date() or meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting date")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok / meeting must be null")
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    ld = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith("+0100") or d.utcoffset() != ld.utcoffset(): err("Date offset not BST")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs auto_reply")
    cal_methods = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if (e["kind"] == "meeting_reply") != (cal_methods == ["REPLY"]): err("iTIP REPLY vs meeting_reply")
    has_ref = re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"])) is not None
    if e["kind"] == "follow_up" and not has_ref: err("follow_up without [SB-] reference")
    if e["kind"] in ("step_up", "step_down", "other") and has_ref: err("[SB-] reference on a new mail")
    text = readable(msg)
    if e["urgent"] and FORBIDDEN.search(text): err("urgent mail uses a forbidden word: %r" % FORBIDDEN.search(text)[0])
    for y in YEAR.findall(text + " " + " ".join(str(v) for p in msg.walk() for _k, v in p.items())):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    pos = []
    for c, mc in zip(e["children"], META[f]["children"]):
        if c["name"] not in text: err("child %s not in text" % c["name"])
        pos.append(text.find(c["name"]))
        if mc["_w"]:
            if mc["_w"] not in text: err("dob %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("dob %r != %s" % (mc["_w"], c["dob"]))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is not a child" % c["name"])
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("%s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

def set_checks():
    errors = []
    import holidays
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2043])
    if {d for d in pkg if d.weekday() < 5} != BANK_HOLIDAYS: errors.append("set: bank holidays differ from the package")
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW: errors.append("set: bank holidays in the window %s" % inside)
    easter = sorted(d for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d))
    if easter != [date(2043, 3, 27), date(2043, 3, 30)] or easter[-1] >= WINDOW[0].date():
        errors.append("set: Easter 2043 should fall before the window")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if BST_START.date() != last_sun(2043, 3) or BST_END.date() != last_sun(2043, 10): errors.append("set: BST dates")
    if not (BRIEF_START.weekday() == 4 and BRIEF_END.weekday() == 1 and WINDOW[0].weekday() == 0
            and WINDOW[1].weekday() == 4 and BRIEF_START <= WINDOW[0].date() and WINDOW[1].date() <= BRIEF_END):
        errors.append("set: window")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s not BST" % d)
        d += timedelta(days=1)
    counts = {}
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            counts[lab["file"]] = (working_days(t, m), plain_weekdays(t, m))
    if counts != COUNTS_EXPECTED: errors.append("set: Knowsley counts %s" % counts)
    decisive = sorted(f for f, (w, p) in counts.items() if (w >= 5) != (p >= 5))
    if decisive != DECISIVE_EXPECTED: errors.append("set: decisive counts %s" % decisive)
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("set: %s files" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if any(tot[c] < n for c, n in CAT_MIN.items()) or sum(tot.values()) != 40: errors.append("set: totals %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("set: not every kind present")
    return errors, tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())), "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex))]
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            out.append("  %s %s -> %s: %d WD, %d plain" % (lab["file"], t, m, working_days(t, m), plain_weekdays(t, m)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    yids = yaml_requirement_ids()
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab, yids)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    e2, tot = set_checks()
    errors += e2
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
