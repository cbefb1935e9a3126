#!/usr/bin/env python3
"""mixed135: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2048 (Monday 20 April - Wednesday 22 July 2048), in managers and senior staff writing in:
terse one-line "please action" mails, "FYI" forwards whose signature block and disclaimer are longer than the
message, requests sent by a deputy, a PA, a team administrator or business support on someone's behalf, a letter
dictated and sent unsigned, escalations from a head of service or a director's office, a councillor's and an MP's
enquiry, complaints, and a chief executive's office forwarding a member of the public's mail.

Run:  /work/main/.venv/bin/python make_set.py        (writes every file, after the self-checks pass)
      /work/main/.venv/bin/python make_set.py --stats (also prints the tallies and the Knowsley notice table)

The venv is used for `holidays` (the bank-holiday list is compared with the package's), and for `pypdf` and
`python-docx`, which the self-checks use to read the hand-built attachments back. Deterministic: no clock and no
randomness; boundaries, Message-IDs, Thread-Index values and calendar UIDs come from sha1 of the file name, and the
.docx zips carry a fixed timestamp. The self-checks STOP the script before anything is written.

The low-level MIME, Word-HTML, PDF, .docx, iCalendar, format=flowed, quote and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the example the brief points to) and adapted; everything else (the
messages, the labels, the checks) was written for this set from the specification only. Every label was set by hand
from /work/shared/DESIGN.md, /work/shared/REQUIREMENTS.md, the seed protocols and config/authorities/*.yaml.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


# ============================================================================ low-level helpers (from mixed27)
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
    """Local (Europe/London) wall-clock time. The whole window (20 April - 22 July 2048) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 29 March 2048 and ends on Sunday 25 October 2048. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2048, 4, 14, 9, 0, 0))
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
    body = unwrap(body)
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
    body = unwrap(body)
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


# ----------------------------------------------------------------------------- more helpers
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
    text = unwrap(text)
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




# ============================================================================ the set's records
SET = "mixed135"
WINDOW_START = date(2048, 4, 20)     # Monday: the first day of the summer term after the Easter holidays
WINDOW_END = date(2048, 7, 22)       # Wednesday: the last day of the summer term
WINDOW_TEXT = "the summer term of 2048 (Monday 20 April - Wednesday 22 July 2048)"
THEME = ("managers and senior staff writing in: one-line \"please action\" mails, FYI forwards, requests sent by a "
         "deputy or a PA, dictated mail, escalations from heads of service and directors' offices, councillors' and "
         "MPs' enquiries, complaints and a chief executive's office forwarding the public's mail")

# England & Wales bank holidays in 2048 (the self-check compares this with the `holidays` package)
BANK_HOLIDAYS_2048 = {
    date(2048, 1, 1): "New Year's Day", date(2048, 4, 3): "Good Friday", date(2048, 4, 6): "Easter Monday",
    date(2048, 5, 4): "Early May bank holiday", date(2048, 5, 25): "Spring bank holiday",
    date(2048, 8, 31): "Summer bank holiday", date(2048, 12, 25): "Christmas Day",
    date(2048, 12, 28): "Boxing Day (substitute day)",
}

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
    """A labelled child; `written` is the date of birth exactly as the mail writes it."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}


def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, adults=(),
        not_children=(), told="plain"):
    """Record one file. `meeting` is the local date and time the Knowsley notice is counted to; `adults` are
    (name, DOB as written) of people who must be 18 or over; `not_children` are people named in the text who
    must never be labelled as children; `told` says how an urgent mail tells its facts."""
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
    META[fname] = {"when": when, "children": children, "meeting": meeting, "adults": adults,
                   "not_children": not_children, "told": told}


# ============================================================================ signatures and disclaimers
KNOW_DISC = T("""
--------------------------------------------------------------------------------
This email and any attachments are confidential and intended only for the person or organisation to whom it is
addressed. If you are not the intended recipient, please tell the sender and delete it; you must not copy,
forward, disclose or act on any part of it. Knowsley Council may monitor and record email traffic to make sure
its systems are used in line with its policies. Any views or opinions expressed are those of the author and do
not necessarily represent those of the Council. The Council has taken reasonable steps to check this email and
its attachments for viruses, but cannot accept liability for any loss or damage arising from them. Personal
information in this email is processed in line with the Council's privacy notice.
--------------------------------------------------------------------------------
""")

RW_DISC = T("""
Richmond and Wandsworth Councils work together through a shared staffing arrangement. This email and any
attachments are intended for the named recipient only and may contain personal, sensitive or legally privileged
information. If you have received it in error, please notify the sender by return and delete it from your system
without reading, copying or forwarding it. Emails sent to and from the Councils may be monitored and recorded for
business and legal purposes. The Councils do not accept service of legal documents by email. Please think of the
environment before printing.
""")

TH_DISC = T("""
London Borough of Tower Hamlets | Town Hall, Whitechapel, London E1 9ZQ
The information in this email and any attachments is confidential and may be legally privileged. It is intended
solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended
recipient, any disclosure, copying, distribution or action taken in reliance on it is prohibited and may be
unlawful. Please notify the sender and delete the message. The Council accepts no liability for any damage caused
by any virus transmitted by this email. Tower Hamlets Council processes personal data in line with the UK GDPR and
the Data Protection Act 2018; see our privacy notices on the Council website.
""")

TOR_DISC = T("""
*******************************************************************************
Torbay Council - This email and any files transmitted with it are confidential and intended solely for the use of
the individual or entity to whom they are addressed. If you have received this email in error please notify the
sender and delete it. The content of this email may be monitored for the purposes of ensuring compliance with
Council policy and the law, and may be disclosed under the Freedom of Information Act 2000. Views expressed are
those of the sender and not necessarily those of Torbay Council. Before printing, think about the environment.
*******************************************************************************
""")

HER_DISC = T("""
Any opinion expressed in this e-mail or any attached files are those of the individual and not necessarily those of
Herefordshire Council. This e-mail and any attached files are confidential and intended solely for the use of the
addressee. This communication may contain material protected by law. If you are not the intended recipient or the
person responsible for delivering to the intended recipient, be advised that you have received this e-mail in error
and that any use is strictly prohibited. If you have received this e-mail in error please notify the sender
immediately by replying to this message and then delete it. Herefordshire Council may monitor and record all e-mail
communications through its networks in accordance with the law.
""")
# HER_DISC contains "immediately" (as real council disclaimers do): it is used only under non-urgent mail, and
# HER_DISC_PLAIN (the same text without that word, as another council template words it) under urgent mail.
HER_DISC_PLAIN = HER_DISC.replace("please notify the sender\nimmediately by replying", "please notify the sender\nby replying")

NHS_DISC = T("""
********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender
that you have received the message in error before deleting it. Please do not disclose, copy or distribute
information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may
be unlawful. Thank you for your co-operation.
NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
********************************************************************************************************************
""")

PARL_DISC = T("""
UK Parliament Disclaimer: this e-mail is confidential to the intended recipient. If you have received it in error,
please notify the sender and delete it from your system. Any unauthorised use, disclosure, or copying is not
permitted. This e-mail has been checked for viruses, but no liability is accepted for any damage caused by any
virus transmitted by this e-mail. This e-mail address is not secure, is not encrypted and should not be used for
sensitive data.
""")

CLLR_DISC = T("""
This email is sent by an elected Member in their capacity as ward councillor. It does not necessarily represent the
views or policies of the Council. Personal information you send me will be used only to deal with your enquiry and
may be shared with Council officers and partner agencies for that purpose, in line with my privacy notice.
""")


# ============================================================================ message builders
def unwrap(text):
    """The message texts in this script are hard-wrapped at about 115 columns for legibility; mail clients send a
    paragraph as one long line (Outlook lets quoted-printable soft-wrap it; Apple Mail soft-wraps it with
    format=flowed). Join a line of 96+ characters to the next line of the same paragraph, except quoted ('>')
    lines, rules made of punctuation and list items."""
    out = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        if (out and len(prev) >= 96 and line.strip() and not line.startswith((">", "- ", "* "))
                and not prev.startswith(">") and re.search(r"[A-Za-z]", prev) and re.search(r"[A-Za-z0-9]", line)):
            out[-1] = prev + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def itip(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None,
         sent_by=None, to_name=None):
    """An Outlook iTIP REPLY (multipart/alternative: text/plain + text/calendar; method=REPLY). `sent_by` is the
    delegate (a PA) answering for the attendee: SENT-BY on the ATTENDEE line and a Sender header."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    params = "PARTSTAT=%s" % partstat
    if sent_by:
        params += ';SENT-BY="mailto:%s"' % sent_by[1]
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer,
        "ATTENDEE;%s;CN=%s:mailto:%s" % (params, frm_name, frm_email)]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
          "LOCATION;LANGUAGE=en-GB:" + ics_escape(location), "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n", crlf=True), cal_part], bnd(f, 1))
    extra = [("Content-Class", "urn:content-classes:calendarmessage")]
    if sent_by:
        extra.append(("Sender", addr(sent_by[0], sent_by[1])))
    top = outlook_top(f, addr(frm_name, frm_email), addr(to_name or organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when, extra=extra)
    return build(top, root, True)


def html_only(f, top, html_body, atts=(), crlf=True):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, crlf)


def paras_html(text, style="font-family:Arial,sans-serif;font-size:10pt"):
    out = []
    for para in unwrap(text).split("\n\n"):
        out.append("<p>%s</p>" % "<br>\n".join(html.escape(l, quote=False) for l in para.split("\n")))
    return '<div style="%s">\n%s\n</div>' % (style, "\n".join(out))


def sent(d):
    """Outlook's 'Sent:' line for a quoted header, e.g. 'Tuesday, May 12, 2048 10:21 AM'."""
    x = datetime.strptime(d, "%Y-%m-%d %H:%M")
    return x.strftime("%A, %B ") + str(x.day) + x.strftime(", %Y ") + x.strftime("%I:%M %p").lstrip("0")


assert "immediately" not in HER_DISC_PLAIN and HER_DISC_PLAIN != HER_DISC


# ============================================================================ KNOWSLEY
KN_MASH = "knowsleymash@knowsley.gov.uk"
KN_MASH_BS = "Mash.Businesssupport@knowsley.gov.uk"
KN_FF = "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"

# ---------------------------------------------------------------- knowsley_01: step-up sent by the TM for a case
# manager on leave; complete, but Wed 29 Apr -> Wed 6 May is 4 working days across May Day (plain weekdays 5)
f = "knowsley_01.eml"
kn1_sig = T("""
Lorraine Gaskell
Team Manager | Family First 0-18 (Kirkby & Halewood)
Early Help and Prevention | People Directorate | Knowsley Council
Kirkby Family Hub, Cherryfield Drive, Kirkby, L32 9ZR
Tel: 0151 496 0532 | Mobile: 07700 900245
I work compressed hours, Monday to Thursday.
Worried about a child? Call the Knowsley MASH. If a child is in immediate danger, call 999.
""")
blocks = [
    "Hi all,", "",
    "I\u2019m sending this on behalf of Chloe Birtwistle (Family First Case Manager), who is on annual leave until "
    "Tuesday 5 May.", "",
    "Please find attached the step up request for {{Brooke Dooley}} (DOB 11/09/2041) and {{Mason Dooley}} "
    "(DOB 03/02/2044), EHM case ID {{EHM-77310}}, with the most recent TAF minutes (22/04/2048) and the Graded Care "
    "Profile 2 Chloe completed on 20 April.", "",
    "{{Step up TAF meeting:}} Wednesday 6 May 2048, 10:00\u201311:30, Microsoft Teams. Chloe sent the Teams invite "
    "from her diary before she went off, and the current TAF members have been invited.", "",
    "The concerns are neglect. Home conditions have gone backwards again since February, Mason\u2019s weight has "
    "dropped from the 25th to the 9th centile, and both children regularly arrive at school hungry and in the same "
    "clothes. The GCP2 scores physical care at level 4.", "",
    "Management oversight: I discussed this step up with Chloe in supervision on 27 April and I agree to it. Mum "
    "is aware that we are asking for the meeting.", "",
    "Kind regards", "", "Lorraine", "",
] + kn1_sig.rstrip("\n").split("\n") + [""] + unwrap(KNOW_DISC).rstrip("\n").split("\n")
form = make_docx([
    "# FF Step Up request to CSC",
    "Case ID on EHM: EHM-77310",
    "Children: Brooke Dooley (DOB 11/09/2041); Mason Dooley (DOB 03/02/2044)",
    "Has this family recently closed to Children\u2019s Social Care?: No",
    "Date of step up TAF meeting: Wednesday 6 May 2048, 10:00 (Microsoft Teams)",
    "Level of Engagement: High - mum attends every TAF meeting and lets the case manager in.",
    "Recent TAF meeting minutes attached: Yes - 22/04/2048",
    "# What are we worried about?",
    "Current concerns (impact on child): the home is cluttered and dirty, with no clean bedding; Mason\u2019s weight "
    "has fallen from the 25th to the 9th centile since November; both children arrive at school hungry and unwashed "
    "and Brooke has been sent home twice with head lice.",
    "Past harm: the family were open to CSC in 2046 for neglect (Child in Need plan, closed January 2047).",
    "Complicating factors: mum works nights and there is no family support nearby.",
    "# What is working well?",
    "Existing strengths: mum loves the children and is honest with professionals. Brooke is doing well at school.",
    "Existing safety: the children\u2019s nan has them every Sunday.",
    "# What next?",
    "Goals: the children are fed, clean and gaining weight; the home is clean and has working beds for both.",
    "Next steps: step-up TAF meeting on 6 May; C&F assessment if agreed.",
    "Graded Care profile (if neglect should be completed): completed 20/04/2048 - attached.",
    "Merseyside Exploitation Assessment - CE/CSE concern: not applicable.",
    "Agreement by line manager: Lorraine Gaskell, Team Manager, 27/04/2048 - agreed.",
    "Contingency plan: weekly home visits and weight checks by the health visitor until the meeting.",
])
atts = [binary_part(DOCX, "FF Step Up request to CSC - Dooley.docx", form),
        pdf_att("TAF minutes 22.04.2048 - Dooley.pdf", "Team Around the Family meeting - minutes - 22/04/2048", [
            "Family: Dooley. EHM-77310. Chair: Chloe Birtwistle, Family First Case Manager.",
            "Present: mum, Chloe Birtwistle, Cherryfield Primary (class teacher), health visitor, school nurse.",
            "1. Home conditions: no improvement since the last TAF; bedding and kitchen not clean.",
            "2. Mason: weight down again at the health visitor's clinic (9th centile).",
            "3. Brooke: attendance 96%; sent home twice with head lice this half term.",
            "Actions: case manager to discuss a step up to CSC with her team manager."]),
        pdf_att("GCP2 - Dooley - April 2048.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
            "Children: Brooke Dooley, Mason Dooley. Completed by Chloe Birtwistle on 20/04/2048.",
            "Area 1 Physical care: grade 4. Area 2 Care of safety: grade 3.",
            "Area 3 Love: grade 2. Area 4 Esteem: grade 3.",
            "Overall: care falls below the level the children need in physical care (nutrition, hygiene, housing)."])]
top = outlook_top(f, addr("Lorraine Gaskell", "lorraine.gaskell@knowsley.gov.uk"),
                  "%s, %s" % (addr("Knowsley MASH", KN_MASH), addr("MASH Business Support", KN_MASH_BS)),
                  "Step up request - Dooley - EHM-77310 - TAF Wed 6 May 10am", "2048-04-29 14:12:37",
                  cc=addr("Chloe Birtwistle", "chloe.birtwistle@knowsley.gov.uk"))
add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", "2048-04-29 14:12:37", 6, "ordinary",
    "step_up", False, None, ["EHM-77310"],
    [ch("Brooke Dooley", "2041-09-11", "11/09/2041"), ch("Mason Dooley", "2044-02-03", "03/02/2044")],
    ["neglect"], None, True, [], False, "request_info",
    "Team manager sends a complete Knowsley step-up on behalf of a case manager on leave (form, TAF minutes, GCP2 "
    "for neglect, EHM id, 'I agree to it'); the TAF on Wed 6 May is only 4 working days after Wed 29 Apr because "
    "Mon 4 May is the Early May bank holiday (5 plain weekdays) -> notice not ok -> request_info. 'Mum is aware' is "
    "not consent (null).",
    meeting="2048-05-06 10:00")

# ---------------------------------------------------------------- knowsley_02: PA forwards a headteacher's mail for
# the Head of Service ("Please action - see below"); a 7-year-old's own words about being strangled; partner
# collecting at 3.15 today
f = "knowsley_02.eml"
kn2 = T("""
Please action - see below. Hamish has asked me to forward this to MASH. He is in Scrutiny Committee until 1pm.

Debbie

Debbie Kershaw
PA to Hamish Ibbot, Head of Service - Early Help and Prevention
People Directorate | Knowsley Council
Municipal Buildings, Archway Road, Huyton, L36 9ZQ
Tel: 0151 496 0118
My working days are Monday, Tuesday and Thursday.

""") + KNOW_DISC + quote("Sandra Mellor <head@cherryfield.example.sch.uk>", "Tuesday, May 12, 2048 10:21 AM",
                          "Ibbot, Hamish <hamish.ibbot@knowsley.gov.uk>", "Lacey T - Y2 - please can someone ring me", T("""
Hamish,

Sorry to come to you direct. I've tried the front door number twice this morning and been left in the queue, and
you said at the heads' briefing to email you if that happened.

Lacey Tinsley in Year 2 (she is 7) came in this morning with red finger marks on both sides of her neck and a
burst blood vessel in her left eye. Our TA asked her what had happened and Lacey said: "Gary squeezed my neck till I
saw sparkles because I wet the bed again. I'm not allowed to tell or I'll get it worse."

Gary is mum's new partner. He moved in at Easter. Mum has just rung the office to say that Gary will be picking
Lacey up at 3.15 today instead of her.

I have recorded everything on CPOMS and Lacey is in class, quiet but settled. Please can somebody ring me before
lunch: 0151 496 0770 (office) or 07700 900612 (mobile).

Sandra

Sandra Mellor
Headteacher
Cherryfield Primary School
Cherryfield Drive, Kirkby, L32 9ZS
This email and any attachments are confidential and for the named recipient only. If you have received it in error
please tell the sender and delete it.
"""))
top = outlook_top(f, addr("Kershaw, Debbie", "debbie.kershaw@knowsley.gov.uk"), addr("Knowsley MASH", KN_MASH),
                  "FW: Lacey T - Y2 - please can someone ring me", "2048-05-12 10:48:10",
                  cc=addr("Ibbot, Hamish", "hamish.ibbot@knowsley.gov.uk"))
add(f, mail(f, top, kn2), "knowsley", "mash_step_up", "2048-05-12 10:48:10", 3, "urgent",
    "other", True, None, [], [ch("Lacey Tinsley")], ["physical_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 in a forwarded part: the Head of Service's PA forwards ('Please action - see below') a "
    "headteacher's mail - a 7-year-old with finger marks on her neck says mum's partner 'squeezed my neck till I saw "
    "sparkles', and he is collecting her at 3.15 today. Not a step request -> other; alert_duty. Age only, no DOB.",
    not_children=("Sandra Mellor", "Debbie Kershaw", "Hamish Ibbot"), told="forwarded; a child's own words")

# ---------------------------------------------------------------- knowsley_03: a councillor's Member Enquiry, via
# the Chief Executive's office; the bruise 'last year' was investigated and closed (near miss)
f = "knowsley_03.eml"
kn3 = T("""
Dear colleagues,

Please see the enquiry below from Councillor Pat Roughley (Prescot North ward), received through the Members'
Portal. It has been logged as ME/48/0412 and allocated to Family First 0-18 for a response.

Please send a response, approved by your Head of Service, to members.enquiries@knowsley.gov.uk by Thursday
4 June 2048 (10 working days). If this has come to the wrong service, please tell us today so that we can
reallocate it.

Many thanks

Members' Enquiries Team
Chief Executive's Office | Knowsley Council
members.enquiries@knowsley.gov.uk | 0151 496 0150

--------------------------------------------------------------------------------
ENQUIRY DETAILS
Reference:      ME/48/0412
Member:         Cllr Pat Roughley
Ward:           Prescot North
Constituent:    Mr Lee Hurst (address held on the Members' Portal)
Service area:   Children's Services - Early Help
Received:       21/05/2048 13:02

Enquiry:
I have been contacted by Mr Hurst, who is the father of Jake Hurst (9) and Ruby Hurst (6). The letter he was
sent gives the reference ICS-2214087. He tells me the social worker closed the case in April and told him that
Family First would be in touch within a couple of weeks to carry on the support, but nobody has contacted him and
he has had no reply to two voicemails. He says Jake has hardly been in school since Easter and he does not know
where to turn.

Mr Hurst was also keen that I knew that the business last year (a bruise on Jake that the school reported) was
looked into by the police and social services at the time and nothing came of it - it was from football - and
that it has been hanging over him ever since. He would like reassurance that it will not stop his family getting
help.

Could you please let me know what has happened to the referral and when the family can expect contact?

Cllr Pat Roughley
--------------------------------------------------------------------------------
Members' Portal: enquiries are not monitored out of hours. If a member of the public tells you a child is at
risk of harm now, do not use the portal: contact the MASH, or the Emergency Duty Team out of hours.

""") + KNOW_DISC
top = outlook_top(f, addr("Members' Enquiries Team", "members.enquiries@knowsley.gov.uk"), addr("Family First 0-18 Duty", KN_FF),
                  "Member Enquiry ME/48/0412 - Cllr P Roughley - Hurst family - response due 4 June 2048",
                  "2048-05-21 15:20:44")
add(f, mail(f, top, kn3, html_alt=True), "knowsley", "early_help_duty", "2048-05-21 15:20:44", 5, "near_miss",
    "other", False, None, ["ICS-2214087"], [ch("Jake Hurst"), ch("Ruby Hurst")], ["school_attendance"], None, None,
    [], None, "human_review",
    "Near miss: a councillor's Member Enquiry, allocated by the Chief Executive's office, asking why Family First "
    "support has not started; last year's bruise was investigated and closed ('nothing came of it'), and the "
    "portal's 'at risk of harm now' footer is boilerplate. Not a request -> other, human_review; the current worry "
    "is Jake's attendance. 'ME/48/0412' is not a case id; ICS-2214087 is.",
    not_children=("Lee Hurst", "Pat Roughley"))

# ---------------------------------------------------------------- knowsley_04: Level 2 step-down sent by the team
# manager's PA for a social worker in court; complete, but Wed 20 May -> Wed 27 May is 4 WD across the Spring BH
f = "knowsley_04.eml"
kn4 = T("""
Good morning,

I am sending this on behalf of Ruth Okafor (Social Worker, Child in Need Team 2), who is in court all day, at
Gareth's request. Please reply to Ruth and copy in Gareth.

Child: Aiden Frodsham, DOB 14.03.2037, ICS-1983320
Step down to: Level 2
Final CIN meeting: Wednesday 27 May 2048 at 10:00, Room 3, Bluebell Lane Family Hub, Huyton, L36 9ZP
Lead Practitioner taking over: Mrs Helen Beattie, Pastoral Manager, Cronton Brook Academy (0151 496 0883).
Mrs Beattie has agreed to take on the Lead Practitioner role.

What are we worried about?
Aiden's attendance fell to 71% in the autumn term while mum was unwell. Mum has a long history of depression and
there are still mornings when she struggles to get Aiden up and out.

What is working well?
Mum is seeing her GP and Talking Therapies and her mood is much better. Aiden's attendance this half term is 93%.
He has a good relationship with Mrs Beattie and goes to the school's breakfast club. His nan now does the school
run twice a week.

What needs to happen?
Aiden to keep going to breakfast club, with school reviewing his attendance every fortnight. Mum to carry on with
Talking Therapies. Mrs Beattie to complete an Early Help Assessment with the family and hold the first TAF review
within 6 weeks.

Mum has agreed to the step down to Level 2 and to school leading the Early Help plan. Gareth agreed the step down
in Ruth's supervision on 18 May.

Kind regards

Tracey Ashworth
PA / Team Administrator to Gareth Lyle, Team Manager
Child in Need Team 2 | Children's Social Care | Knowsley Council
Tel: 0151 496 0647
Please note: this mailbox is checked Monday to Friday, 9am to 4pm.

""") + KNOW_DISC
top = outlook_top(f, addr("Ashworth, Tracey", "tracey.ashworth@knowsley.gov.uk"), addr("Family First 0-18 Duty", KN_FF),
                  "Step down to Level 2 - Aiden Frodsham - ICS-1983320 - final CIN 27/05", "2048-05-20 11:05:19",
                  cc="%s, %s" % (addr("Okafor, Ruth", "ruth.okafor@knowsley.gov.uk"),
                                 addr("Lyle, Gareth", "gareth.lyle@knowsley.gov.uk")))
add(f, mail(f, top, kn4, html_alt=True), "knowsley", "early_help_duty", "2048-05-20 11:05:19", 4, "ordinary",
    "step_down", False, 2, ["ICS-1983320"], [ch("Aiden Frodsham", "2037-03-14", "14.03.2037")],
    ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
    "Level 2 step-down sent by the team manager's PA for a social worker in court: date, time and venue, the three "
    "Signs of Safety headings and a named lead practitioner with agency are all there, but the final CIN on Wed "
    "27 May is only 4 working days after Wed 20 May because Mon 25 May is the Spring bank holiday (5 plain weekdays) "
    "-> notice not ok -> request_info. Mum's agreement and the TM's agreement are stated.",
    meeting="2048-05-27 10:00", not_children=("Helen Beattie", "Ruth Okafor", "Gareth Lyle", "Tracey Ashworth"))

# ---------------------------------------------------------------- knowsley_05: a team manager DECLINES the step-up
# TAF for her case manager; the comment: a 4-year-old's cigarette burn, the man asleep upstairs now
f = "knowsley_05.eml"
kn5_comment = ("Declining on Kerry's behalf - she is at the family home and can't get to her emails. This can't wait "
               "until the 17th. Kerry has just rung me from the house: Tia-Rose Whitfield (4) has a round, blistered "
               "burn on the inside of her forearm about the size of a 5p. Mum told Kerry, crying, that her boyfriend "
               "Jordan did it with his cigarette last night because Tia-Rose wouldn't stop crying, and that he is "
               "asleep upstairs now. Kerry is staying with them until she hears from MASH - her mobile is "
               "07700 900418. Sean McAvoy, Team Manager, Family First 0-18 (Huyton).")
add(f, itip(f, "2048-06-09 12:02:51", "Sean McAvoy", "sean.mcavoy@knowsley.gov.uk", ("Knowsley MASH", KN_MASH),
            "DECLINED", "Step-up TAF meeting - EHM-78815 [SB-knowsley-5120]", "20480617T100000", "20480617T113000",
            "Microsoft Teams Meeting", comment=kn5_comment),
    "knowsley", "mash_step_up", "2048-06-09 12:02:51", 2, "urgent",
    "meeting_reply", True, None, ["EHM-78815"], [ch("Tia-Rose Whitfield")], ["physical_harm"], None, None, [], None,
    "alert_duty",
    "Safety rule 1 in a calendar reply's comment: a team manager's DECLINED iTIP REPLY to a step-up TAF meeting says a "
    "4-year-old has a fresh cigarette burn her mother's boyfriend gave her last night, and he is asleep upstairs now "
    "-> urgent; the EHM id in the SUMMARY is the case id.",
    not_children=("Sean McAvoy",), told="a calendar reply's comment")

# ---------------------------------------------------------------- knowsley_06: dictated by a team manager and sent
# in her absence; Level 3 step-down, exactly 5 WD; the 2046 overdose is history (near miss)
f = "knowsley_06.eml"
kn6 = T("""
Dear Family First Duty Team,

Re: Kyle Moorcroft (DOB 02/08/2039) and Evie Moorcroft (DOB 19/01/2042) - ICS-1991456

I am writing to let you know that the family's needs now sit at Level 3 and that they will step down to Family
First 0-18. I agreed the step down at the final CIN review on 11 June. The allocated social worker, Daniel Roscoe,
has arranged a joint home visit with a Family First Case Manager for Monday 22 June 2048 at 10:00 at the family
home, 41 Tithebarn Close, Prescot, L34 9ZW.

Both parents have given their consent for the family to be referred to Family First.

For the avoidance of doubt, the entries on the file about Ms Moorcroft's overdose and the police call-out in
February 2046 are history. There have been no incidents since, there are no current concerns about her mental
health (the community mental health team discharged her in 2047), and the children have never been subject to a
child protection plan.

What are we worried about?
Kyle does much of the looking after of his dad, who has multiple sclerosis, before school, and he is often late or
absent: his attendance is 84% this year. Evie copies her brother and has started refusing to go in.

What is working well?
Both parents are warm and open with professionals. Dad's care package increases to two calls a day from July.
Kyle has been referred to Knowsley Young Carers and loves the Saturday group.

What needs to happen?
A Family First Case Manager to lead a TAF with school, Young Carers and dad's care agency; a morning routine plan
so that Kyle is not doing dad's personal care; attendance to be checked weekly.

Yours sincerely

Janet Prescott
Team Manager, Child in Need Team 1
Children's Social Care, Knowsley Council

Dictated by Janet Prescott and sent in her absence to avoid delay. Typed by Beverley Nolan, Team Administrator,
0151 496 0655.

""") + KNOW_DISC
top = outlook_top(f, addr("Nolan, Beverley", "beverley.nolan@knowsley.gov.uk"), addr("Family First 0-18 Duty", KN_FF),
                  "Step down - Moorcroft - joint home visit Mon 22/06 10am - ICS-1991456", "2048-06-15 10:14:02",
                  cc=addr("Prescott, Janet", "janet.prescott@knowsley.gov.uk"))
add(f, mail(f, top, kn6), "knowsley", "early_help_duty", "2048-06-15 10:14:02", 6, "near_miss",
    "step_down", False, 3, ["ICS-1991456"],
    [ch("Kyle Moorcroft", "2039-08-02", "02/08/2039"), ch("Evie Moorcroft", "2042-01-19", "19/01/2042")],
    ["school_attendance", "young_carer"], True, True, [], True, "book_meeting",
    "Near miss: a letter dictated by a team manager and sent in her absence; the 2046 overdose and police call-out "
    "are history and 'no current concerns about her mental health' is negated. Complete Level 3 step-down (joint "
    "home visit with date, time and address, three headings, both parents' consent); Mon 15 June -> Mon 22 June is "
    "exactly 5 working days -> ok -> book_meeting. Dad's MS makes Kyle a young carer.",
    meeting="2048-06-22 10:00", not_children=("Daniel Roscoe", "Janet Prescott", "Beverley Nolan"))

# ---------------------------------------------------------------- knowsley_07: a terse "Please action" from a team
# manager's phone (base64 text/plain) whose signature and disclaimer dwarf it; everything is in the attachments
f = "knowsley_07.eml"
kn7 = T("""
Please action. Step up form, TAF minutes and Merseyside Exploitation Assessment attached. I've discussed with Liam
and I agree the step up. Teams invite for Wed 15 July 13:30 sent by Liam on Friday.

Nicola

Get Outlook for Android

Nicola Ferns (she/her)
Team Manager | Family First 0-18 (Kirkby North)
Early Help and Prevention | People Directorate
Knowsley Council | Kirkby Family Hub, Cherryfield Drive, Kirkby, L32 9ZR
T: 0151 496 0540 | M: 07700 900287 | E: nicola.ferns@knowsley.gov.uk
My working days are Monday to Friday; I'm in the office Tuesdays and Thursdays.
Family First 0-18 - Knowsley Better Together
Worried about a child? Call the Knowsley MASH. If a child is in immediate danger, call 999.

""") + KNOW_DISC
kn7_form = make_docx([
    "# FF Step Up request to CSC",
    "Case ID on EHM: EHM-80142",
    "Child: Connor Lathom, DOB 05/11/2033",
    "Has this family recently closed to Children\u2019s Social Care?: No",
    "Date of step up TAF meeting: Wednesday 15 July 2048, 13:30 (Teams)",
    "Level of Engagement: Medium - mum engages; Connor sees his case manager most weeks.",
    "Recent TAF meeting minutes attached: Yes - 30/06/2048",
    "# What are we worried about?",
    "Current concerns: Connor has been reported missing four times since May and was found twice in Liverpool city "
    "centre with older males. He has a new phone and designer clothes mum cannot explain. Police intelligence links "
    "him to a county line supplying North Wales.",
    "Past harm: none known before this year.",
    "Complicating factors: Connor was excluded from Year 9 in March and now attends the PRU three days a week.",
    "# What is working well?",
    "Connor is at home and attending the PRU. Mum reports every missing episode straight away and is honest with "
    "professionals. Connor trusts Liam Cowley (case manager) and the PRU mentor.",
    "# What next?",
    "Goals: Connor stops going missing and breaks contact with the older males.",
    "Next steps: step-up TAF meeting on 15 July; C&F assessment if agreed; NRM referral to be considered.",
    "Merseyside Exploitation Assessment - CE/CSE concern: completed 01/07/2048 - attached.",
    "Graded Care profile (if neglect should be completed): not applicable.",
    "Agreement by line manager: Nicola Ferns, Team Manager, 03/07/2048 - agreed.",
    "Contingency plan: missing protocol in place; return home interviews by Catch22-type service.",
])
atts = [binary_part(DOCX, "Step up request - Lathom.docx", kn7_form),
        pdf_att("TAF minutes 30.06.2048 - Lathom.pdf", "TAF meeting minutes - 30/06/2048 - EHM-80142", [
            "Present: mum, Liam Cowley (Family First Case Manager), PRU mentor, police missing persons coordinator.",
            "Missing episodes: 4 since May (2 found in Liverpool city centre).",
            "Agreed: Liam to discuss a step up to CSC with his team manager."]),
        pdf_att("Merseyside Exploitation Assessment - C Lathom - 01.07.2048.pdf",
                "Merseyside Exploitation Assessment (CE/CSE)", [
                    "Young person: Connor Lathom. Completed by Liam Cowley, 01/07/2048.",
                    "Indicators present: repeat missing episodes; unexplained money and goods; older associates; "
                    "found out of area.",
                    "Outcome: child criminal exploitation indicated - high level of concern."])]
top = outlook_top(f, addr("Ferns, Nicola", "nicola.ferns@knowsley.gov.uk"),
                  "%s, %s" % (addr("Knowsley MASH", KN_MASH), addr("MASH Business Support", KN_MASH_BS)),
                  "Step up - C.L. - EHM-80142 - TAF Wed 15/07 1.30pm", "2048-07-06 09:07:45",
                  cc=addr("Cowley, Liam", "liam.cowley@knowsley.gov.uk"))
add(f, mail(f, top, kn7, atts, cte="base64"), "knowsley", "mash_step_up", "2048-07-06 09:07:45", 8, "ordinary",
    "step_up", False, None, ["EHM-80142"], [ch("Connor Lathom", "2033-11-05", "05/11/2033")],
    ["exploitation", "missing"], None, True, [], True, "book_meeting",
    "A team manager's one-line 'Please action' (base64 text/plain from Outlook for Android, dwarfed by its "
    "signature and disclaimer): the child, the EHM id, the concerns and the meeting are in the attached form; form, "
    "TAF minutes and Merseyside Exploitation Assessment present, TM agrees; Mon 6 July -> Wed 15 July is 7 working "
    "days -> ok -> book_meeting. Connor is at home; the missing episodes are the reason for the step-up, not news.",
    meeting="2048-07-15 13:30", not_children=("Liam Cowley", "Nicola Ferns"))

# ---------------------------------------------------------------- knowsley_08: the Chief Executive's complaints
# team forwards a neighbour's complaint about ball games (near miss: alarming-sounding, supervised play)
f = "knowsley_08.eml"
kn8 = T("""
MASH colleagues,

FYI, and for any action you consider appropriate. The Chief Executive's office received the complaint below on
Wednesday. The Stage 1 response is being handled by the Anti-Social Behaviour team, but Mrs Hindley asked that it
"also go to social services", so I am copying it to you as promised. Please let me know only if you need anything
from us.

Regards

Alison Tyrer
Complaints and Customer Feedback Officer
Chief Executive's Office | Knowsley Council
0151 496 0162 | complaints@knowsley.gov.uk
Our complaints procedure and timescales are on the Council's website.

""") + KNOW_DISC + original("Valerie Hindley <val.hindley@example.com>", "15 July 2048 18:40",
                             "Chief Executive <chief.executive@knowsley.gov.uk>", "Complaint - Kennet Way", T("""
Dear Chief Executive

I am writing to you because nobody else listens. The family at 14 Kennet Way let their three boys play football
in the road until gone 9 o'clock every night, banging the ball against my fence and my car. The parents sit out on
the front wall watching them with music on and just laugh when I complain.

Those boys will end up killed on that road the way they run out after the ball, mark my words, and then what will
the council say?

I want social services to have a word with the parents about keeping their children in their own garden, and I
want a NO BALL GAMES sign put up. I have lived here 31 years.

Mrs V Hindley
"""))
top = outlook_top(f, addr("Complaints - Knowsley Council", "complaints@knowsley.gov.uk"), addr("Knowsley MASH", KN_MASH),
                  "FW: Complaint ref CF/48/2290 - children playing in road - Kennet Way", "2048-07-17 14:30:05")
add(f, mail(f, top, kn8), "knowsley", "mash_step_up", "2048-07-17 14:30:05", 7, "near_miss",
    "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss: the Chief Executive's complaints officer forwards ('FYI') a neighbour's complaint about ball games; "
    "'those boys will end up killed on that road' is a hypothetical, the parents are watching them, and no child is "
    "named. Not a request -> other, human_review; no concern id applies. 'CF/48/2290' is a complaint reference.",
    not_children=("Valerie Hindley",))


# ============================================================================ RICHMOND & WANDSWORTH
RW_MASH = "MASH-StepUP@richmondandwandsworth.gov.uk"
RW_EH = "EarlyHelpDuty@richmondandwandsworth.gov.uk"

MARCUS_SIG = T("""
Marcus Delaney-Boyd
Early Help Team Manager | Putney & Roehampton Locality
Children's Services | Wandsworth Council
Richmond and Wandsworth Councils
Roehampton Family Hub, Danebury Avenue, London SW15 9ZT
Mobile: 07700 900521 | Teams: search 'Marcus Delaney-Boyd'
I work Monday to Thursday. Pronouns: he/him
""")

# ---------------------------------------------------------------- richmond_wandsworth_01: Early Help team manager's
# one-line "Please action" with summary and rationale attached (complete)
f = "richmond_wandsworth_01.eml"
blocks = [
    "Please action.", "",
    "Step up for Lotte Achterberg (DOB 02/06/2036) and Sem Achterberg (DOB 12/12/2040), Mosaic IDs 3318804 / "
    "3318805. Latest case summary and the rationale for step up attached. I agreed the step up after a reflective "
    "discussion with Nia Fairweather (EH Practitioner) yesterday afternoon.", "",
    "Marcus", "",
] + MARCUS_SIG.rstrip("\n").split("\n") + [""] + unwrap(RW_DISC).rstrip("\n").split("\n")
summary = make_docx([
    "# Case summary - Achterberg - April 2048",
    "Children: Lotte Achterberg (11), Sem Achterberg (7). Mosaic 3318804 / 3318805.",
    "Early Help involvement since October 2047 (EH Practitioner: Nia Fairweather).",
    "Family: mum, dad and the two children live together in a two-bedroom flat in Roehampton.",
    "Police have attended three domestic incidents at the flat since January, the latest on 11 April, when dad "
    "pushed mum against a door in front of Sem. There has been no incident since 11 April and neither child was "
    "hurt. Dad remains in the home.",
    "Dad has declined every offer of contact with Early Help, and mum has cancelled five of the last seven "
    "planned visits. The Early Help plan has not progressed.",
    "Lotte has told school she hides in her room 'when they start'; Sem has begun wetting the bed.",
])
atts = [binary_part(DOCX, "Case summary - Achterberg - April 2048.docx", summary),
        pdf_att("Rationale for step up - Achterberg.pdf", "Rationale for step up to Children's Services", [
            "Children: Lotte and Sem Achterberg. Prepared by Nia Fairweather and Marcus Delaney-Boyd, 20/04/2048.",
            "Repeated domestic abuse in the home (three police call-outs since January) and both parents' "
            "non-engagement with the Early Help plan mean the children's needs can no longer be met at Early Help.",
            "We ask for a step up to Children's Services for a Child and Family Assessment."])]
top = outlook_top(f, addr("Delaney-Boyd, Marcus", "marcus.delaney-boyd@richmondandwandsworth.gov.uk"),
                  addr("MASH: Step Up", RW_MASH), "Please action - step up - Achterberg - Mosaic 3318804 / 3318805",
                  "2048-04-21 09:32:18", cc=addr("Fairweather, Nia", "nia.fairweather@richmondandwandsworth.gov.uk"))
add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", "2048-04-21 09:32:18", 5, "ordinary",
    "step_up", False, None, ["3318804", "3318805"],
    [ch("Lotte Achterberg", "2036-06-02", "02/06/2036"), ch("Sem Achterberg", "2040-12-12", "12/12/2040")],
    ["domestic_abuse", "non_engagement"], None, True, [], None, "book_meeting",
    "Complete Richmond & Wandsworth step-up from the Early Help Team Manager himself, as seed 000 says (one-line "
    "'Please action', case summary .docx and rationale .pdf attached, 'I agreed the step up'); no incident since "
    "11 April, nothing immediate -> book_meeting. 'Mosaic IDs 3318804 / 3318805' -> two bare ids.",
    not_children=("Nia Fairweather", "Marcus Delaney-Boyd"))

# ---------------------------------------------------------------- richmond_wandsworth_02: the Chief Executive's
# casework team forwards an MP's enquiry; at the bottom, a grandmother's mail: her daughter has taken all her
# tablets this morning and is alone with a 4-year-old and a 9-month-old
f = "richmond_wandsworth_02.eml"
rw2 = T("""
MASH Step Up colleagues,

Forwarded from the Chief Executive's office. This came in from Jo Ashby MP's office 40 minutes ago. We have logged
it as an MP enquiry (MP/48/0291, reply due 20 May), but from what the grandmother says I think someone in
Children's Services needs to see it today rather than wait for the formal reply. I could not find a better
address on the intranet - please pass it on if this is the wrong place.

Harriet

Harriet Quaye
Senior Casework Officer
Chief Executive's Office
Richmond and Wandsworth Councils
The Town Hall, Wandsworth High Street, London SW18 9ZU
020 7946 0387

""") + RW_DISC + quote("Casework (Jo Ashby MP) <ashbyj.casework@parliament.example>", "Wednesday, May 6, 2048 10:58 AM",
                       "CEO Office - Casework <ceo.casework@richmondandwandsworth.gov.uk>",
                       "Constituent: Mrs Pauline Heathcote - her grandsons", T("""
Dear Chief Executive,

I am writing on behalf of Jo Ashby MP, who was contacted this morning by her constituent, Mrs Pauline Heathcote.
Mrs Heathcote's email is below. Jo would be grateful for your help, and for a reply in due course setting out what
action the Council has taken.

Yours sincerely

Kwame Asante
Senior Caseworker to Jo Ashby MP
House of Commons, London SW1A 0AA
020 7946 0902

""") + PARL_DISC + original("Pauline Heathcote <pheathcote58@example.com>", "06 May 2048 08:21",
                            "ASHBY, Jo <jo.ashby.mp@parliament.example>", "Please help my grandsons", T("""
Dear Ms Ashby

I don't know who else to write to. My daughter Gemma Pryor rang me at 7 o'clock this morning slurring her words.
She said she has taken all her tablets and that the boys would be better off without her. She has my grandsons
Alfie Pryor, who is 4, and Teddy Pryor, who is 9 months, with her on her own in the flat at 3 Marlowe House,
Carrow Road, Battersea. I live in Sunderland and I cannot get there. Her phone has gone to voicemail ever since.

Her social worker left last year and I don't have anybody's number. Please will somebody go round.

Pauline Heathcote
""")))
top = outlook_top(f, addr("CEO Office - Casework", "ceo.casework@richmondandwandsworth.gov.uk"),
                  addr("MASH: Step Up", RW_MASH),
                  "FW: MP enquiry MP/48/0291 - constituent Mrs P Heathcote - her grandsons", "2048-05-06 11:41:29")
add(f, mail(f, top, rw2), "richmond_wandsworth", "mash_step_up", "2048-05-06 11:41:29", 2, "urgent",
    "other", True, None, [], [ch("Alfie Pryor"), ch("Teddy Pryor")], ["parental_mental_health"], None, None, [],
    None, "alert_duty",
    "Safety rule 1 at the bottom of a three-deep forward (Chief Executive's office <- MP's caseworker <- "
    "constituent): a mother rang at 7am saying she had taken all her tablets and is alone with a 4-year-old and a "
    "9-month-old, phone off since -> urgent; an MP enquiry is not a request -> other. 'MP/48/0291' is not a case id.",
    not_children=("Gemma Pryor", "Pauline Heathcote", "Harriet Quaye", "Kwame Asante", "Jo Ashby"),
    told="forwarded three deep; a grandmother's words")

# ---------------------------------------------------------------- richmond_wandsworth_03: a social work team manager
# sends a step-down for a social worker off sick; the 2045 allegation is closed (near miss)
f = "richmond_wandsworth_03.eml"
rw3 = T("""
Dear Early Help Duty,

I'm sending this on behalf of Tom Reyes, Kayden's social worker, who is off sick this week. As agreed with Jasper
on the phone this afternoon, the step down case discussion is on Tuesday 19 May 2048 at 14:00 on Teams. I will
attend with Tom if he is back, or on my own if not.

Kayden Osei-Mensah, DOB 20/10/2034, Mosaic ID 3290017.

Attached are the latest case summary and the draft Early Help plan.

Dad and Kayden both gave their consent to Early Help continuing the plan at the final CIN meeting on 12 May, and I
have agreed the step down.

You will see the 2045 allegation in the chronology section of the summary. For clarity: it was investigated under
section 47 at the time and closed with no further action; the uncle concerned moved abroad in 2046 and has had no
contact with Kayden since. There are no current child protection concerns.

The current needs are Kayden's attendance (81% this year) and dad's low mood since he lost his job; dad is now
seeing his GP.

Best wishes

Fiona

Fiona Achebe-Laird
Team Manager | Children in Need Team 3 (Wandsworth)
Children's Services | Richmond and Wandsworth Councils
020 7946 0455 | 07700 900630

""") + RW_DISC
summary = make_docx([
    "# Case summary - Kayden Osei-Mensah - May 2048",
    "Kayden Osei-Mensah, 13. Mosaic ID 3290017. Lives with his dad; mum died in 2043.",
    "Chronology: 2045 - allegation against a paternal uncle, s47 enquiry, no further action; uncle moved abroad in "
    "2046, no contact since. January 2048 - referral from school about attendance and dad's low mood; Child in "
    "Need plan.",
    "Progress: attendance up from 62% to 81%; dad engaging with his GP and the job centre.",
    "Recommendation: step down to Early Help.",
])
plan = make_docx([
    "# Draft Early Help plan - Kayden Osei-Mensah",
    "Outcome 1: Kayden's attendance reaches 95%. Action: school attendance officer and EH worker, weekly check.",
    "Outcome 2: dad's mood improves. Action: dad to keep GP appointments; EH worker to link him with a peer group.",
    "Review: Early Help review meeting within 4 weeks of handover.",
])
atts = [binary_part(DOCX, "Case summary - K Osei-Mensah - May 2048.docx", summary),
        binary_part(DOCX, "Draft Early Help plan - K Osei-Mensah.docx", plan)]
top = outlook_top(f, addr("Achebe-Laird, Fiona", "fiona.achebe-laird@richmondandwandsworth.gov.uk"),
                  addr("Early Help Duty", RW_EH),
                  "Step down - Kayden Osei-Mensah - case discussion Tues 19 May 2pm (as agreed with Jasper)",
                  "2048-05-14 16:05:33", cc=addr("Quint, Jasper", "jasper.quint@richmondandwandsworth.gov.uk"))
add(f, mail(f, top, rw3, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", "2048-05-14 16:05:33", 4,
    "near_miss", "step_down", False, None, ["3290017"], [ch("Kayden Osei-Mensah", "2034-10-20", "20/10/2034")],
    ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
    "Near miss: the 2045 allegation was investigated and closed (NFA), the uncle abroad with no contact, 'no "
    "current child protection concerns'. A team manager sends the step-down for a social worker off sick: case "
    "summary, draft plan and consent -> complete -> book_meeting (the case discussion, 19 May, is within 5 days of "
    "the contact). No level stated.",
    not_children=("Tom Reyes", "Fiona Achebe-Laird"))

# ---------------------------------------------------------------- richmond_wandsworth_04: a service manager's PA
# forwards a social worker's step-down; the plan is to follow and consent is still to be asked
f = "richmond_wandsworth_04.eml"
rw4 = T("""
Good morning,

Lorcan has asked me to forward the email below on behalf of Hattie Ellwood (Social Worker), whose account was
locked this morning; she sent it to Lorcan last night to pass on. Please reply to Hattie directly, with Lorcan in
copy.

Kind regards

Sunita

Sunita Baines
PA to Lorcan Pettigrew, Service Manager - Social Care
Children's Services | Richmond and Wandsworth Councils
020 7946 0410
Please note my working days are Tuesday to Friday.

""") + RW_DISC + quote("Ellwood, Hattie <hattie.ellwood@richmondandwandsworth.gov.uk>", "Monday, June 1, 2048 5:48 PM",
                       "Pettigrew, Lorcan <lorcan.pettigrew@richmondandwandsworth.gov.uk>",
                       "Step down request - Rosa Villanueva-Hart", T("""
Hi Lorcan - could you get this to Early Help Duty for me? My account is playing up. Thanks, H

Hi,

I'd like to step Rosa Villanueva-Hart (DOB 07/07/2042), Mosaic ID 3344671, down to Early Help, and to agree a time
for the case discussion with the duty manager this week.

The latest case summary is attached. The draft Early Help plan will follow once I have met the family support
worker on Thursday.

Background: the home conditions were very poor when we became involved in January, and mum was using cannabis
every day. The house is now clean, there is food in, and mum says she has cut right down.

I'll be asking mum for her consent to Early Help at my visit on Thursday.

Thanks
Hattie
"""))
summary = make_docx([
    "# Case summary - Rosa Villanueva-Hart",
    "Rosa Villanueva-Hart, 5. Mosaic ID 3344671. Lives with mum.",
    "January 2048: referral from the health visitor - home conditions very poor, mum using cannabis daily.",
    "Child in Need plan since February. Home now clean and stocked; mum reports reduced cannabis use.",
    "Recommendation: step down to Early Help.",
])
top = outlook_top(f, addr("Baines, Sunita", "sunita.baines@richmondandwandsworth.gov.uk"),
                  addr("Early Help Duty", RW_EH), "FW: Step down request - Rosa Villanueva-Hart", "2048-06-02 10:20:51",
                  cc="%s, %s" % (addr("Ellwood, Hattie", "hattie.ellwood@richmondandwandsworth.gov.uk"),
                                 addr("Pettigrew, Lorcan", "lorcan.pettigrew@richmondandwandsworth.gov.uk")))
add(f, mail(f, top, rw4, [binary_part(DOCX, "Case summary - Rosa V-H.docx", summary)]), "richmond_wandsworth",
    "early_help_duty", "2048-06-02 10:20:51", 3, "ordinary",
    "step_down", False, None, ["3344671"], [ch("Rosa Villanueva-Hart", "2042-07-07", "07/07/2042")],
    ["neglect", "substance_misuse"], None, None, ["consent", "draft_plan"], None, "request_info",
    "A service manager's PA forwards a social worker's step-down: the case summary is attached, but the draft plan "
    "'will follow' and consent is still to be asked ('I'll be asking mum ... on Thursday') -> consent null; missing "
    "consent and draft_plan -> request_info. The service manager expresses no agreement (null).",
    not_children=("Hattie Ellwood", "Sunita Baines", "Lorcan Pettigrew"))

# ---------------------------------------------------------------- richmond_wandsworth_05: an iPad one-liner from the
# Early Help team manager; the news is in the attached case summary's update added at 12:40 today
f = "richmond_wandsworth_05.eml"
rw5 = T("""
Please action. Summary and rationale attached - agreed by me.
Nia is at the school, please call her on 07700 900533.

M

Sent from my iPad
""")
summary = make_docx([
    "# Case summary - Kai Lindqvist",
    "Kai Lindqvist, DOB 30/03/2039. Mosaic 3351209. Lives with mum and her partner, Craig Dunmore.",
    "Early Help since January 2048 (EH Practitioner: Nia Fairweather) after school noticed Kai was withdrawn.",
    "Mum has disclosed that Craig controls the money and her phone and has pushed her; she has been seen with a "
    "bruised face twice this term. She has declined a referral to the domestic abuse service.",
    "# Update added 12:40 today (Nia Fairweather)",
    "Kai's school rang. Kai (9) came back from lunch with a swollen, purple cheek and a split lip. He told his "
    "teacher that Craig hit him last night 'because I told Miss about Mum's face', and that Craig said he will "
    "'finish me off tonight if I grass'. Kai is refusing to leave the school office. Mum's phone is switched off. "
    "Craig collects Kai on Wednesdays at 3.15.",
])
atts = [binary_part(DOCX, "Case summary - Kai Lindqvist.docx", summary),
        pdf_att("Rationale for step up - Lindqvist.pdf", "Rationale for step up to Children's Services", [
            "Kai Lindqvist, Mosaic 3351209. Prepared by Nia Fairweather and Marcus Delaney-Boyd.",
            "Domestic abuse by mum's partner is continuing and mum has declined specialist support. Kai's "
            "wellbeing has not improved after six months of Early Help.",
            "We ask for a step up to Children's Services."])]
top = plain_top(f, addr("Delaney-Boyd, Marcus", "marcus.delaney-boyd@richmondandwandsworth.gov.uk"),
                addr("MASH: Step Up", RW_MASH), "Step up - Lindqvist - Mosaic 3351209", "2048-06-24 13:10:06",
                "richmondandwandsworth.gov.uk", None,
                extra=[("X-Mailer", "iPad Mail (23F79)")])
add(f, iphone_mail(f, top, rw5, atts), "richmond_wandsworth", "mash_step_up", "2048-06-24 13:10:06", 3, "urgent",
    "step_up", True, None, ["3351209"], [ch("Kai Lindqvist", "2039-03-30", "30/03/2039")],
    ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
    "Safety rule 1 only in an attachment: the team manager's iPad one-liner carries nothing alarming, but the "
    "attached case summary's 'Update added 12:40 today' says a 9-year-old has a split lip from mum's partner, who "
    "threatened to 'finish me off tonight' and collects him at 3.15 -> urgent. The step-up itself is complete "
    "(summary, rationale, TM agreed) -> missing []; alert_duty.",
    not_children=("Craig Dunmore", "Nia Fairweather", "Marcus Delaney-Boyd"), told="in an attachment")

# ---------------------------------------------------------------- richmond_wandsworth_06: the Early Help service
# manager's HTML-only "FYI - please cascade" of a rapid-review briefing with discussion scenarios (near miss)
f = "richmond_wandsworth_06.eml"
rw6_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
            '<p>FYI - please cascade at your team meetings this week. K</p>\n'
            '<p style="color:#1F3864"><b>Keziah Bloom</b><br>Service Manager, Early Help<br>Children\'s Services | '
            'Richmond and Wandsworth Councils<br>020 7946 0472 | 07700 900655<br>'
            '<i>Early Help: the right help at the right time.</i><br>'
            'If you are worried a child is at immediate risk of harm, contact the MASH or call 999.</p>\n'
            '<p style="font-size:8pt;color:#777777">%s</p>\n'
            '<hr>\n<p><b>From:</b> RWSCP Business Unit &lt;scp.business@richmondandwandsworth.gov.uk&gt;<br>'
            '<b>Sent:</b> Friday, June 26, 2048 4:12 PM<br><b>To:</b> Bloom, Keziah<br>'
            '<b>Subject:</b> 7-minute briefing - Rapid Review \'Baby R\'</p>\n'
            '<table style="border:1px solid #2E75B6;font-family:Arial,sans-serif;font-size:10pt" cellpadding="6">\n'
            '<tr><td style="background:#2E75B6;color:#ffffff"><b>Richmond and Wandsworth Safeguarding Children '
            'Partnership - 7-minute briefing</b></td></tr>\n'
            '<tr><td><b>1. What happened.</b> In 2047 a seven-week-old baby, \'Baby R\', was admitted to hospital '
            'with a skull fracture and healing rib fractures. Three weeks earlier a health visitor had seen a small '
            'bruise on Baby R\'s ear, which was accepted as an accident.</td></tr>\n'
            '<tr><td><b>2. Learning.</b> Bruising in a baby who is not yet mobile is never minor. Crying is the '
            'commonest trigger for shaking; talk to every parent about coping with crying.</td></tr>\n'
            '<tr><td><b>3. Example scenarios for team discussion.</b> (a) A health visitor notices a small bruise on '
            'a three-month-old\'s cheek; mum says the toddler hit him with a toy. (b) A father tells you he is "at '
            'the end of his tether" with a baby who cries all night. (c) A parent refuses to let you see the baby '
            'undressed.</td></tr>\n'
            '<tr><td><i>These scenarios are for discussion only and do not refer to any child or family known to '
            'services. The full rapid review report is on the RWSCP website.</i></td></tr>\n'
            '</table>\n</div></body></html>\n') % html.escape(RW_DISC.replace("\n", " "))
top = outlook_top(f, addr("Bloom, Keziah", "keziah.bloom@richmondandwandsworth.gov.uk"),
                  "%s, %s" % (addr("Early Help Duty", RW_EH),
                              addr("EH Team Managers", "EH-TeamManagers@richmondandwandsworth.gov.uk")),
                  "FW: 7-minute briefing - Rapid Review 'Baby R' - please cascade", "2048-06-29 09:15:40")
add(f, html_only(f, top, rw6_html), "richmond_wandsworth", "early_help_duty", "2048-06-29 09:15:40", 9, "near_miss",
    "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss: the Early Help service manager's HTML-only 'FYI - please cascade' of a partnership 7-minute briefing "
    "about an anonymised 2047 rapid review, with example scenarios 'for discussion only' that refer to no real "
    "child -> a bulletin listing examples must not trigger rule 1; other, human_review.")

# ---------------------------------------------------------------- richmond_wandsworth_07: the deputy answers the
# acknowledgement while the team manager is on leave (follow-up)
f = "richmond_wandsworth_07.eml"
rw7 = T("""
Hello,

Marcus went on leave at lunchtime and is away until 20 July. I am his deputy and have his delegation for Early Help
step ups while he is away, so please send the case discussion invitation to me rather than to him. I can do any
time on Monday 13 or Tuesday 14 July. Oisin Farrelly, the family's Early Help practitioner, will join.

Mosaic 3367720 for reference.

Thanks

Priyanka

Priyanka Solanki
Deputy Team Manager | Early Help, Putney & Roehampton Locality
Children's Services | Richmond and Wandsworth Councils
07700 900588

""") + RW_DISC + quote("MASH: Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "Thursday, July 9, 2048 11:02 AM",
                       "Delaney-Boyd, Marcus <marcus.delaney-boyd@richmondandwandsworth.gov.uk>",
                       "Step-up received [SB-richmond_wandsworth-2741] - Bellamy", T("""
Thank you. Your step-up request has been received (reference SB-richmond_wandsworth-2741).

MASH business support will send the Early Help manager an invitation to the step-up case discussion within
1 working day.

Nothing is missing from your request.

This is an automatic acknowledgement from the MASH Step Up mailbox.
"""))
top = outlook_top(f, addr("Solanki, Priyanka", "priyanka.solanki@richmondandwandsworth.gov.uk"),
                  addr("MASH: Step Up", RW_MASH),
                  "RE: Step-up received [SB-richmond_wandsworth-2741] - Bellamy", "2048-07-09 15:48:12")
add(f, mail(f, top, rw7, html_alt=True), "richmond_wandsworth", "mash_step_up", "2048-07-09 15:48:12", 4, "ordinary",
    "follow_up", False, None, ["3367720"], [], [], None, None, [], None, "attach_to_request",
    "Deputy team manager replies to stepbot's acknowledgement [SB-richmond_wandsworth-2741] while her manager is "
    "on leave, asking for the invitation to come to her -> follow_up, attach_to_request; 'Mosaic 3367720' -> "
    "'3367720'. No child is named (the family only as 'Bellamy').",
    not_children=("Oisin Farrelly", "Priyanka Solanki"))

# ---------------------------------------------------------------- richmond_wandsworth_08: a councillor on her
# iPhone on a Friday evening: a 5- and a 2-year-old alone since 2pm
f = "richmond_wandsworth_08.eml"
rw8 = T("""
To whoever picks this up - sorry, this is the only children's services address I could find on my phone.

One of my residents on the Fairfield estate has just rung me. The children at 6 Denholm Court, Eastwood Road,
SW18 - Maisie Carrick, who is 5, and her brother Leo Carrick, who is 2 - have been on their own in the flat since
about 2 o'clock this afternoon. Their mum went off in the car and hasn't come back, and she isn't answering her
phone. My resident heard Leo screaming through the wall for over an hour, and when she knocked, Maisie opened the
door in just a vest and said "Mummy's gone to see her friend, I'm looking after Leo". There was no food in the
kitchen, so my resident made them some toast. She has had to go back to her own flat because her husband is
poorly, so the children are on their own again.

I'm at a function in Kingston tonight but I have my phone on: 07700 900744.

Bernadette

Cllr Bernadette Foy
Fairfield Ward

Sent from my iPhone

""") + CLLR_DISC
top = plain_top(f, addr("Bernadette Foy", "cllr.bernadette.foy@councillors.example.org.uk"), addr(None, RW_MASH),
                "Two small children on their own - Denholm Court", "2048-07-17 19:42:55",
                "councillors.example.org.uk", None, extra=[("X-Mailer", "iPhone Mail (23F79)")])
add(f, iphone_mail(f, top, rw8), "richmond_wandsworth", "mash_step_up", "2048-07-17 19:42:55", 3, "urgent",
    "other", True, None, [], [ch("Maisie Carrick"), ch("Leo Carrick")], ["neglect"], None, None, [], None,
    "alert_duty",
    "Safety rule 1, out of hours (Friday 19:42): a ward councillor on her iPhone reports a 5- and a 2-year-old alone "
    "in a flat since 2pm with no food, mother unreachable, the neighbour gone home -> urgent, other; out-of-hours "
    "alert. Ages only, no DOBs.",
    not_children=("Bernadette Foy",), told="plain, a councillor relaying a resident")


# ============================================================================ TOWER HAMLETS
TH_MAST = "MAST@towerhamlets.gov.uk"
TH_EH = "EarlyHelpHub@towerhamlets.gov.uk"

# ---------------------------------------------------------------- tower_hamlets_01: an Early Help locality manager
# sends a MAST step-up for a worker on a course; MARF attached, manager agreed, consent (complete)
f = "tower_hamlets_01.eml"
blocks = [
    "Dear MAST,", "",
    "Sending on behalf of Shirin Akhtar (Family Support Worker, Early Help Bethnal Green), who is on a training "
    "course today.", "",
    "I reviewed this family with Shirin in supervision this morning and I agree that the Early Help plan is not "
    "progressing and that the family should be stepped up to Children\u2019s Social Care.", "",
    "{{Children:}} Ibrahim Chowdhury (DOB 14/05/2037) and Safa Chowdhury (DOB 02/09/2041). Mosaic 4512208.", "",
    "The completed Multi-Agency Request for Support form is attached. In short: the children\u2019s health and home "
    "conditions are neglected (Safa has had untreated head lice and impetigo since February, and both children\u2019s "
    "dental appointments have been missed), and the parents have not engaged with the TAF since January despite "
    "Shirin\u2019s home visits, letters and a joint visit with the school nurse.", "",
    "Dad has consented to the MARF being sent.", "",
    "Kind regards", "", "Farzana", "",
    "{{Farzana Haque}}", "Early Help Locality Manager (Bethnal Green)",
    "Early Help & Children and Families Service | London Borough of Tower Hamlets",
    "Mobile: 07700 900312", "",
] + unwrap(TH_DISC).rstrip("\n").split("\n")
marf = make_docx([
    "# Multi-Agency Request for Support (MARF)",
    "Children: Ibrahim Chowdhury (14/05/2037), Safa Chowdhury (02/09/2041). Mosaic 4512208.",
    "Referrer: Shirin Akhtar, Family Support Worker, Early Help Bethnal Green. Manager: Farzana Haque.",
    "Reason for request: neglect of health and home conditions; parents not engaging with the TAF plan.",
    "Parental consent: father consented on 22/04/2048.",
    "What has been tried: home visits, letters, a joint visit with the school nurse, TAF meetings (January - April).",
])
top = outlook_top(f, addr("Haque, Farzana", "farzana.haque@towerhamlets.gov.uk"), addr("MAST", TH_MAST),
                  "MAST step up - Chowdhury - MARF attached", "2048-04-23 14:40:26",
                  cc=addr("Akhtar, Shirin", "shirin.akhtar@towerhamlets.gov.uk"))
add(f, word_mail(f, top, blocks, [binary_part(DOCX, "MARF - Chowdhury - April 2048.docx", marf)]), "tower_hamlets",
    "mash_step_up", "2048-04-23 14:40:26", 5, "ordinary",
    "step_up", False, None, ["4512208"],
    [ch("Ibrahim Chowdhury", "2037-05-14", "14/05/2037"), ch("Safa Chowdhury", "2041-09-02", "02/09/2041")],
    ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
    "Complete Tower Hamlets MAST step-up sent by the Early Help locality manager for a worker on a course: MARF "
    "attached and 'I agree' from the manager herself; dad's consent stated -> book_meeting.",
    not_children=("Shirin Akhtar", "Farzana Haque"))

# ---------------------------------------------------------------- tower_hamlets_02: the Head of Service's business
# manager forwards a father's complaint about an assessment closed in March (near miss)
f = "tower_hamlets_02.eml"
th2 = T("""
Dear Early Help Hub,

Priya has asked me to share the complaint below with you. Complaints are answering it formally at Stage 1. The part
for you is Mr Karim's point that he was told at the end of the assessment that the family would be offered support
from Early Help and he has heard nothing since. Could someone check whether a referral was received and let me know
by Friday, so that Priya can include it in the response? Nothing else is needed from you on the matters looked at in
the assessment itself - that was closed in March.

Thank you

Gemma

Gemma Turnbull
Business Manager to Priya Castellan, Head of Service - MAST, Assessment & Locality
Children and Culture Directorate | London Borough of Tower Hamlets
020 7946 0236

""") + TH_DISC + quote("Rashed Karim <r.karim@example.co.uk>", "Friday, May 8, 2048 10:14 PM",
                       "Complaints <complaints@towerhamlets.gov.uk>", "Formal complaint", T("""
I want to make a formal complaint about how my family has been treated.

In February the school reported that my son Zayan Karim had a bruise on his arm and said I had hit him. A social
worker and two police officers came to our home at 8 o'clock at night in front of the neighbours. In March your
social worker and the police both agreed that the bruise was not caused by us - it was from the trampoline at the
park, as I told them from the start - and the case was closed.

I was treated like a criminal. My wife has not slept properly since.

At the last meeting the social worker said we would be offered help from Early Help with Zayan's sleep and his
behaviour at home, and nobody has contacted us. I want an apology, I want your records corrected, and I want the
support we were promised.

Rashed Karim
"""))
top = outlook_top(f, addr("Turnbull, Gemma", "gemma.turnbull@towerhamlets.gov.uk"), addr("Early Help Hub", TH_EH),
                  "FW: Formal complaint - Mr R Karim - assessment closed March 2048", "2048-05-12 11:25:03")
add(f, mail(f, top, th2), "tower_hamlets", "early_help_duty", "2048-05-12 11:25:03", 6, "near_miss",
    "other", False, None, [], [ch("Zayan Karim")], [], None, None, [], None, "human_review",
    "Near miss: the Head of Service's business manager forwards a father's formal complaint; the bruise and the "
    "home visit by police are an enquiry closed in March (the bruise was accidental), and the ask is only to check "
    "whether an Early Help referral was received -> other, human_review; no concern id (sleep and behaviour only).",
    not_children=("Rashed Karim", "Gemma Turnbull", "Priya Castellan"))

# ---------------------------------------------------------------- tower_hamlets_03: the Head of Early Help forwards
# "MAST - please action today. Q." above a youth service manager's mail quoting a 15-year-old's messages
f = "tower_hamlets_03.eml"
blocks = [
    "MAST \u2013 please action today. Q.", "",
    "{{Quentin Ashdown}}", "Head of Early Help & Children and Families Service",
    "Children and Culture Directorate | London Borough of Tower Hamlets",
    "Town Hall, Whitechapel, London E1 9ZQ", "Tel: 020 7946 0201",
    "Diary and meetings: please contact my EA, Selina Doherty (selina.doherty@towerhamlets.gov.uk)",
    "Pronouns: he/him", "",
] + unwrap(TH_DISC).rstrip("\n").split("\n") + [
    "", "{{From:}} Ogunbiyi, Dele <dele.ogunbiyi@towerhamlets.gov.uk>",
    "{{Sent:}} Monday, June 1, 2048 9:52 AM", "{{To:}} Ashdown, Quentin <quentin.ashdown@towerhamlets.gov.uk>",
    "{{Subject:}} Riyad - message this morning", "",
    "Quentin,", "",
    "Flagging this as we discussed on the phone just now. Nadia, one of our youth workers at the Limehouse youth hub, "
    "got the messages below from Riyad at 08:40 and 09:05 today. Riyad Uddin, DOB 20/11/2032, is 15 and comes to the "
    "hub most weeks. His mum reported him missing to the police on Saturday. Nadia has screenshots.", "",
    "08:40 Riyad: nadia i cant come home. they said if i go home they will do my mum and my sister. im at a flat in "
    "poplar with 2 older guys, they took my phone this is my mates", "",
    "08:52 Nadia: Riyad where are you? I can come and get you", "",
    "09:05 Riyad: they want me to go to southend today with a bag. dont tell police they will know it was me", "",
    "Nothing since. Nadia is at the hub and has kept her phone on: 07700 900377.", "",
    "Dele", "",
    "Dele Ogunbiyi", "Youth Service Manager", "Youth and Community Service | London Borough of Tower Hamlets",
]
top = outlook_top(f, addr("Ashdown, Quentin", "quentin.ashdown@towerhamlets.gov.uk"), addr("MAST", TH_MAST),
                  "FW: Riyad - message this morning", "2048-06-01 10:30:14")
add(f, word_mail(f, top, blocks), "tower_hamlets", "mash_step_up", "2048-06-01 10:30:14", 3, "urgent",
    "other", True, None, [], [ch("Riyad Uddin", "2032-11-20", "20/11/2032")], ["exploitation", "missing"], None, None,
    [], None, "alert_duty",
    "Safety rule 1 under a one-line escalation: the Head of Early Help's 'MAST - please action today. Q.' (a "
    "signature and disclaimer ten times longer) forwards a youth service manager's mail quoting a missing "
    "15-year-old's texts this morning - held at a flat by older males, threatened, being sent to Southend 'with a "
    "bag' today -> urgent; other.",
    not_children=("Dele Ogunbiyi", "Quentin Ashdown", "Selina Doherty"), told="forwarded; a child's own texts")

# ---------------------------------------------------------------- tower_hamlets_04: a social work team manager
# sends the step-down for a social worker on leave (complete)
f = "tower_hamlets_04.eml"
blocks = [
    "Dear Early Help Hub,", "",
    "On behalf of Callum Whitaker (Social Worker), who is on leave from today, please find attached the step down "
    "for {{Ayesha Miah}} (DOB 11/02/2040), Mosaic 4490175.", "",
    "The Child and Family Assessment concluded on 15 June 2048 with a recommendation to step down to a Team Around "
    "the Family. Attached are the C&F Assessment and the draft TAF plan.", "",
    "{{Lead Practitioner:}} Rukhsana Begum, Family Support Worker, Globe Town Family Hub \u2013 she has agreed to "
    "take on the role.",
    "{{Consent:}} mum (Ms Shapla Miah) signed her consent to the step down on 15 June.",
    "{{TAF meeting:}} Thursday 25 June 2048, 10:00, Globe Town Family Hub, chaired by Callum.", "",
    "The needs are mum\u2019s depression (she is now seeing Talking Therapies) and Ayesha\u2019s attendance (86%).", "",
    "I have reviewed the assessment and signed off the step down.", "",
    "Kind regards", "", "Bushra", "",
    "{{Bushra Alam}}", "Team Manager | Children\u2019s Social Work \u2013 Child in Need Team 4",
    "London Borough of Tower Hamlets", "Tel: 020 7946 0264", "",
] + unwrap(TH_DISC).rstrip("\n").split("\n")
atts = [pdf_att("C&F Assessment - Ayesha Miah - 15.06.2048.pdf", "Child and Family Assessment - Ayesha Miah", [
            "Mosaic 4490175. Social worker: Callum Whitaker. Concluded 15/06/2048.",
            "Ayesha (8) lives with her mum, who has depression. Attendance 86%.",
            "Analysis: needs can be met by a Team Around the Family with a Lead Practitioner.",
            "Outcome: step down to Early Help (TAF). Consent: mum, 15/06/2048."]),
        docx_att("Draft TAF plan - Ayesha Miah.docx", [
            "# Draft TAF plan - Ayesha Miah",
            "Lead Practitioner: Rukhsana Begum, Globe Town Family Hub.",
            "Outcome 1: Ayesha's attendance above 95% by October.",
            "Outcome 2: mum keeps her Talking Therapies appointments; Family Hub parenting group."])]
top = outlook_top(f, addr("Alam, Bushra", "bushra.alam@towerhamlets.gov.uk"), addr("Early Help Hub", TH_EH),
                  "Step down to Early Help - Ayesha Miah - Mosaic 4490175 - TAF Thu 25 June", "2048-06-17 15:55:48",
                  cc="%s, %s" % (addr("Whitaker, Callum", "callum.whitaker@towerhamlets.gov.uk"),
                                 addr("Begum, Rukhsana", "rukhsana.begum@towerhamlets.gov.uk")))
add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", "2048-06-17 15:55:48", 4, "ordinary",
    "step_down", False, None, ["4490175"], [ch("Ayesha Miah", "2040-02-11", "11/02/2040")],
    ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
    "Complete Tower Hamlets step-down sent by the team manager for a social worker on leave: C&F assessment PDF, "
    "draft TAF plan, mum's consent, a named lead practitioner with agency, TAF date given; 'signed off the step "
    "down' -> book_meeting. Mum (Shapla Miah) is an adult.",
    not_children=("Shapla Miah", "Rukhsana Begum", "Callum Whitaker", "Bushra Alam"))

# ---------------------------------------------------------------- tower_hamlets_05: an Early Help team manager's
# step-up for domestic abuse after the father was remanded in custody (near miss: risk already managed)
f = "tower_hamlets_05.eml"
th5 = T("""
Dear MAST colleagues,

Please find attached the Multi-Agency Request for Support for Nusrat Hossain (DOB 01/12/2036) and Arif Hossain
(DOB 18/03/2043). Mosaic: 4533390.

I have discussed this with the lead practitioner, Hafsa Rahman, and I agree that the family needs to step up to
Children's Social Care.

To be clear about where things stand today: Mr Hossain was arrested on Tuesday night after assaulting Mrs Hossain
and was remanded in custody at Thames Magistrates' Court yesterday. Bail was refused and he is at HMP Thameside. The
children were at their aunt's on Tuesday night and were not hurt. Mrs Hossain and the children are at home, the
locks have been changed, the police have fitted an alarm, and a MARAC referral has gone in. Nobody is in danger
tonight. The step up is about the longer-term picture: three years of domestic abuse, its effect on both children,
and what will happen when Mr Hossain is released.

Mrs Hossain has consented to the request for support.

Regards

Anwar Siddique
Early Help Team Manager (Poplar)
Early Help & Children and Families Service | London Borough of Tower Hamlets
020 7946 0277 | 07700 900341

""") + TH_DISC
marf = make_docx([
    "# Multi-Agency Request for Support (MARF)",
    "Children: Nusrat Hossain (01/12/2036), Arif Hossain (18/03/2043). Mosaic: 4533390.",
    "Referrer: Hafsa Rahman, Lead Practitioner. Manager: Anwar Siddique, Early Help Team Manager.",
    "Reason: domestic abuse by father over three years; father remanded in custody 01/07/2048.",
    "Consent: mother consented 02/07/2048.",
])
top = outlook_top(f, addr("Siddique, Anwar", "anwar.siddique@towerhamlets.gov.uk"), addr("MAST", TH_MAST),
                  "Step up request - Hossain children - Mosaic: 4533390", "2048-07-02 09:50:22")
add(f, mail(f, top, th5, [binary_part(DOCX, "MARF - Hossain - July 2048.docx", marf)]), "tower_hamlets",
    "mash_step_up", "2048-07-02 09:50:22", 5, "near_miss",
    "step_up", False, None, ["4533390"],
    [ch("Nusrat Hossain", "2036-12-01", "01/12/2036"), ch("Arif Hossain", "2043-03-18", "18/03/2043")],
    ["domestic_abuse"], True, True, [], None, "book_meeting",
    "Near miss (risk already managed): the father was remanded in custody yesterday with bail refused, the locks "
    "are changed and 'nobody is in danger tonight'; a planned MAST step-up for the long-term picture from the team "
    "manager (MARF attached, 'I agree', mother's consent) -> book_meeting.",
    not_children=("Hafsa Rahman", "Anwar Siddique"))

# ---------------------------------------------------------------- tower_hamlets_06: the Head of Early Help's EA
# accepts the TAF meeting invitation on his behalf (SENT-BY)
f = "tower_hamlets_06.eml"
add(f, itip(f, "2048-06-22 08:58:30", "Quentin Ashdown", "quentin.ashdown@towerhamlets.gov.uk",
            ("Early Help Hub", TH_EH), "ACCEPTED", "TAF meeting - Mosaic 4490175 [SB-tower_hamlets-3307]",
            "20480625T100000", "20480625T113000", "Globe Town Family Hub",
            comment="Quentin will join for the first half hour as part of his practice observation programme. "
                    "Selina Doherty, EA to Quentin Ashdown.",
            sent_by=("Selina Doherty", "selina.doherty@towerhamlets.gov.uk")),
    "tower_hamlets", "early_help_duty", "2048-06-22 08:58:30", 2, "ordinary",
    "meeting_reply", False, None, ["4490175"], [], [], None, None, [], None, "record_reply",
    "An EA accepts a TAF meeting invitation for the Head of Early Help (iTIP REPLY, PARTSTAT=ACCEPTED with "
    "SENT-BY, and a Sender header) -> meeting_reply, record_reply; the Mosaic number in the SUMMARY is the case id.")

# ---------------------------------------------------------------- tower_hamlets_07: an Early Help team manager's
# iPhone step-up; the PS: the father is smashing the flat and threatening the baby, mum and children in the bathroom
f = "tower_hamlets_07.eml"
th7 = T("""
MAST,

Step up for Maryam Ahmed (DOB 15/08/2043) and Zain Ahmed (DOB 09/03/2046), Mosaic ID 4551872. I've agreed it with
Shanaz Begum (FSW): dad's heroin use has gone back up since May, there was a police call-out for shouting in June,
and mum is struggling to keep the children away from it. Shanaz will do the MARF first thing tomorrow.

Lucy

PS as I was typing this Shanaz rang from outside the flat. Dad has come home off his face, he is smashing the place
up and shouting that he'll throw the baby off the balcony. Mum has locked herself in the bathroom with both kids.
Shanaz is on the stairwell. I've told her to ring the police. Flat 22 Brokesley House, Stepney, E1. Shanaz's
mobile is 07700 900386.

Lucy Marchant
Early Help Team Manager (Stepney)
London Borough of Tower Hamlets

Sent from my iPhone
""")
top = plain_top(f, addr("Marchant, Lucy", "lucy.marchant@towerhamlets.gov.uk"), addr(None, TH_MAST),
                "Step up - Ahmed - Mosaic ID 4551872", "2048-07-14 16:20:11", "towerhamlets.gov.uk", None,
                extra=[("X-Mailer", "iPhone Mail (23F79)")])
add(f, iphone_mail(f, top, th7), "tower_hamlets", "mash_step_up", "2048-07-14 16:20:11", 2, "urgent",
    "step_up", True, None, ["4551872"],
    [ch("Maryam Ahmed", "2043-08-15", "15/08/2043"), ch("Zain Ahmed", "2046-03-09", "09/03/2046")],
    ["domestic_abuse", "substance_misuse"], None, True, ["request_for_support"], None, "alert_duty",
    "Safety rule 1 in a PS: an Early Help team manager's iPhone step-up (agreed, MARF 'first thing tomorrow', so "
    "request_for_support is missing) ends with what is happening now - the father, intoxicated, smashing the flat "
    "and threatening to throw the baby off the balcony, mother and children locked in the bathroom -> alert_duty.",
    not_children=("Shanaz Begum", "Lucy Marchant"), told="a PS")

# ---------------------------------------------------------------- tower_hamlets_08: the Head of Service's
# out-of-office, delegating to the MAST manager (auto-reply)
f = "tower_hamlets_08.eml"
th8 = T("""
Thank you for your email.

I am on annual leave from Wednesday 22 July, returning on Monday 10 August 2048, and will not be checking email.

For MAST decisions, please contact Maryam Okonjo, MAST Manager (maryam.okonjo@towerhamlets.gov.uk).
For anything needing Head of Service sign-off, please contact my business manager, Gemma Turnbull
(gemma.turnbull@towerhamlets.gov.uk), who will pass it to the Head of Service covering.

If you are worried that a child is in immediate danger, call MAST on 0207 364 5606 or 0207 364 5601 (out of hours,
in an emergency only, 0207 364 4079). In an emergency, call the police on 999.

Priya Castellan
Head of Service - MAST, Assessment & Locality
London Borough of Tower Hamlets
""")
add(f, ooo(f, "2048-07-22 07:30:02", "Castellan, Priya", "priya.castellan@towerhamlets.gov.uk", addr("MAST", TH_MAST),
           "Escalation: MAST discussion not yet booked [SB-tower_hamlets-3391]", th8),
    "tower_hamlets", "mash_step_up", "2048-07-22 07:30:02", 1, "ordinary",
    "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
    "The Head of Service's out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, 'Automatic "
    "reply:') answering a stepbot escalation, delegating to the MAST manager; its 'immediate danger' and 999 lines "
    "are boilerplate -> auto_reply, ignore (safety rule 2).")


# ============================================================================ TORBAY
TB_MASH = "mash@torbay.gov.uk"
TB_EH = "earlyhelp@torbay.gov.uk"

# ---------------------------------------------------------------- torbay_01: a Single Assessment Team manager asks
# for a triage slot for his social worker (complete, level 3, a child under 5)
f = "torbay_01.eml"
tb1 = T("""
Hi,

Please can we have a triage slot for the Penhallow children. I'm sending this on Jo Trebilcock's behalf as she is
on a home visit all morning.

Tegen Penhallow, DOB 04/10/2038
Jago Penhallow, DOB 30/06/2044 (under 5, so I think this goes to the under-5s triage)
LCS-5520914

Jo's Single Assessment is attached, with her analysis and the rationale for stepping down to level 3. I have
recorded my manager's analysis on LCS confirming the threshold for level 3 intervention is met.

Mum signed her consent to level 3 Early Help on 17 April.

The main need is mum's anxiety and panic attacks, which stop her leaving the house some days. She is now working
with Talking Therapies and her mum (maternal grandmother) is helping with the school and nursery runs.

Thanks

Mark

Mark Tregaskis
Team Manager | Single Assessment Team
Children's Services | Torbay Council
Tor Hill House, Torquay, TQ2 9ZY
01632 960318 | 07700 900466
Worried about a child? Contact the MASH. Out of hours: Emergency Duty Team.

""") + TOR_DISC
sa = pdf_att("Single Assessment - Penhallow - April 2048.pdf", "Single Assessment - Tegen and Jago Penhallow", [
    "LCS-5520914. Social worker: Jo Trebilcock. Completed 16/04/2048.",
    "Mum has anxiety and panic attacks; the children are well cared for and attached to her.",
    "Social worker's analysis: needs can be met by a level 3 Early Help response; rationale for step down.",
    "Team manager's analysis: recorded on LCS 17/04/2048 - threshold for level 3 met (M. Tregaskis).",
    "Consent to level 3 Early Help: mother, 17/04/2048."])
top = outlook_top(f, addr("Tregaskis, Mark", "mark.tregaskis@torbay.gov.uk"), addr("Early Help", TB_EH),
                  "Triage slot please - step down - Penhallow - LCS-5520914", "2048-04-22 11:10:41",
                  cc=addr("Trebilcock, Jo", "jo.trebilcock@torbay.gov.uk"))
add(f, mail(f, top, tb1, [sa]), "torbay", "early_help_duty", "2048-04-22 11:10:41", 4, "ordinary",
    "step_down", False, 3, ["LCS-5520914"],
    [ch("Tegen Penhallow", "2038-10-04", "04/10/2038"), ch("Jago Penhallow", "2044-06-30", "30/06/2044")],
    ["parental_mental_health"], True, True, [], None, "book_meeting",
    "Complete Torbay step-down sent by the team manager for his social worker: Single Assessment attached, his "
    "manager's analysis 'confirming the threshold for level 3 intervention is met', mum's signed consent; level 3 "
    "stated; Jago is 3, so the fortnightly under-5s triage applies -> book_meeting.",
    not_children=("Jo Trebilcock", "Mark Tregaskis"))

# ---------------------------------------------------------------- torbay_02: the Chief Executive's customer feedback
# team forwards a neighbour's complaint: screaming last night, a 6-year-old's swollen lip this morning
f = "torbay_02.eml"
tb2 = T("""
MASH - forwarded from the Chief Executive's mailbox. Mrs Vosper's complaint below is logged at Stage 1 (CF-48-1177)
about how her earlier calls were handled, and we will deal with that side of it. I'm sending it to you straight
away because of what she says about last night and this morning.

Rachel

Rachel Lethbridge | Customer Feedback Officer | Chief Executive's Office
Torbay Council | Town Hall, Castle Circus, Torquay, TQ1 9ZX | 01632 960371
Tell us what you think of our services: www.torbay.gov.uk/feedback

""") + TOR_DISC + original("Carol Vosper <carolvosper@example.com>", "28 April 2048 09:12",
                            "Chief Executive <chief.executive@torbay.gov.uk>", "nobody listens", T("""
To the Chief Executive,

This is the third time I have written. I rang your Children's Services in March and again on the 9th of this month
about the family next door at 22 Hele Road, and nothing has been done.

Last night at about 11 o'clock I heard the little girl screaming "stop Daddy, you're hurting me" and a big bang
against the wall we share. This morning Kayla Rowe (she's 6) was at the front window with her lip swollen right up
and dried blood down her top. She hasn't gone to school. Her dad is in there with her and her little brother Finn
Rowe (about 3) all day - he doesn't work - and the mum goes out to work at 7.

I want to know why nobody has been round. I am ashamed of this council.

Mrs C Vosper
"""))
top = outlook_top(f, addr("Customer Feedback - Torbay Council", "customerfeedback@torbay.gov.uk"),
                  addr("MASH", TB_MASH), "FW: Complaint CF-48-1177 - nobody listens - Hele Road", "2048-04-28 12:05:09")
add(f, mail(f, top, tb2, cte="base64"), "torbay", "mash_step_up", "2048-04-28 12:05:09", 3, "urgent",
    "other", True, None, [], [ch("Kayla Rowe"), ch("Finn Rowe")], ["physical_harm"], None, None, [], None,
    "alert_duty",
    "Safety rule 1 inside a complaint: the Chief Executive's customer feedback officer forwards (base64 text/plain) "
    "a neighbour's Stage 1 complaint that says a 6-year-old screamed 'stop Daddy, you're hurting me' last night and "
    "is at the window with a swollen, bloodied lip this morning, at home all day with her father -> urgent; "
    "other. 'CF-48-1177' is a complaint reference, not a case id.",
    not_children=("Carol Vosper", "Rachel Lethbridge"), told="a member of the public's complaint, forwarded")

# ---------------------------------------------------------------- torbay_03: an Early Help ATM makes the contact
# for a lead professional on leave; mum's own childhood abuse is adult, historic context (near miss)
f = "torbay_03.eml"
tb3 = T("""
Dear MASH,

I'm writing as Amy Widger's ATM. Amy (Family Intervention Worker) is the lead professional for this family and is
on leave this week, so I'm making the contact on her behalf.

Scarlett Tozer, DOB 08/01/2040
Harley Tozer, DOB 05/05/2042
EHM-904417

Amy and I agree this new information needs to be considered for a level 4 statutory intervention. Since the TAF in
April the home has deteriorated badly (dog mess on the floors, no working cooker, the children sleeping on a bare
mattress); Harley needs eight teeth out under general anaesthetic and the appointment has been missed twice; and
Scarlett's attendance has dropped to 68%.

Mum has given her consent to this contact to MASH.

One more thing, so that it isn't misread in the notes: at the last visit mum told Amy, for the first time, that she
was sexually abused by her stepfather between the ages of 12 and 15. Mum is 34. The stepfather died in 2041 and mum
has no contact with that side of the family. Amy has supported mum to refer herself to a specialist counselling
service. This is mum's own history and there is nothing to suggest it involves the children.

Kind regards

Caroline Jewell
Assistant Team Manager | Early Help (Paignton)
Children's Services | Torbay Council
01632 960355 | 07700 900471

""") + TOR_DISC
top = outlook_top(f, addr("Jewell, Caroline", "caroline.jewell@torbay.gov.uk"), addr("MASH", TB_MASH),
                  "Contact to MASH - Tozer children - EHM-904417 - for level 4 consideration", "2048-05-14 10:30:27",
                  cc=addr("Widger, Amy", "amy.widger@torbay.gov.uk"))
add(f, mail(f, top, tb3, html_alt=True), "torbay", "mash_step_up", "2048-05-14 10:30:27", 7, "near_miss",
    "step_up", False, None, ["EHM-904417"],
    [ch("Scarlett Tozer", "2040-01-08", "08/01/2040"), ch("Harley Tozer", "2042-05-05", "05/05/2042")],
    ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
    "Near miss (an adult's history only): mum's own childhood sexual abuse by a stepfather who died in 2041 'does "
    "not involve the children' -> no sexual_harm, not urgent. Torbay step-up (contact to MASH) made by the ATM for a "
    "lead professional on leave, with mum's consent and 'Amy and I agree ... level 4' -> book_meeting.",
    not_children=("Amy Widger", "Caroline Jewell"))

# ---------------------------------------------------------------- torbay_04: business support sends a step-down on
# behalf of a team manager and social worker; consent still to be asked
f = "torbay_04.eml"
tb4 = T("""
Good afternoon,

On behalf of Rob Yeo (Team Manager, Single Assessment Team) and Jess Narracott (Social Worker):

Please could Bethany Couch (DOB 14/02/2036), LCS-5561230, be given a triage slot for step down to level 3 Early
Help.

- Jess's Single Assessment, with her analysis and the rationale for step down, is attached.
- Rob has completed his manager's analysis on LCS confirming the threshold for level 3 is met.
- Consent: Jess is seeing mum on Friday and will ask for her consent to level 3 Early Help then.

The main issue has been mum's drinking, which is much reduced now that she is working with the alcohol service.

Many thanks

Dawn Keast
Business Support Officer | Children's Services | Torbay Council
01632 960340
Business support hours: 8.30am - 4.30pm, Monday to Friday

""") + TOR_DISC
sa = pdf_att("Single Assessment - B Couch.pdf", "Single Assessment - Bethany Couch", [
    "LCS-5561230. Social worker: Jess Narracott.",
    "Mum's alcohol use has reduced with the support of the community alcohol service.",
    "Social worker's analysis and rationale: step down to level 3 Early Help.",
    "Team manager's analysis: threshold for level 3 met (R. Yeo)."])
top = outlook_top(f, addr("Keast, Dawn", "dawn.keast@torbay.gov.uk"), addr("Early Help", TB_EH),
                  "Step down request - Bethany Couch - LCS-5561230 - triage slot", "2048-06-10 14:45:30",
                  cc="%s, %s" % (addr("Yeo, Rob", "rob.yeo@torbay.gov.uk"),
                                 addr("Narracott, Jess", "jess.narracott@torbay.gov.uk")))
add(f, mail(f, top, tb4, [sa], html_alt=True), "torbay", "early_help_duty", "2048-06-10 14:45:30", 5, "ordinary",
    "step_down", False, 3, ["LCS-5561230"], [ch("Bethany Couch", "2036-02-14", "14/02/2036")],
    ["substance_misuse"], None, True, ["consent"], None, "request_info",
    "Business support send a Torbay step-down on behalf of a team manager and social worker: Single Assessment "
    "attached and the manager's analysis recorded, but consent is still to be asked on Friday (null) -> missing "
    "consent -> request_info; level 3 stated.",
    not_children=("Rob Yeo", "Jess Narracott", "Dawn Keast"))

# ---------------------------------------------------------------- torbay_05: the Early Help service manager's "FYI"
# of a police exploitation bulletin, attached as a PDF (near miss)
f = "torbay_05.eml"
tb5 = T("""
FYI - worth a read before Thursday's exploitation panel.

T.

Tamsin Verity
Service Manager | Early Help
Children's Services | Torbay Council
01632 960302 | 07700 900489
PA: Jan Crocker, 01632 960303
Torbay Safeguarding Children Partnership - working together for Torbay's children.
If you think a child is at immediate risk of harm, contact the MASH or, out of hours, the Emergency Duty Team.

""") + TOR_DISC
bulletin = pdf_att("South Devon Exploitation Bulletin - June 2048.pdf",
                   "Devon & Cornwall Police - South Devon Exploitation Bulletin - June 2048", [
    "For professional awareness only. Not for onward circulation outside partner agencies.",
    "Theme 1: county lines using 13-15-year-olds from Torbay to supply Exeter and Newton Abbot.",
    "Theme 2: 'cuckooing' of flats belonging to vulnerable adults in Paignton.",
    "Indicators to look out for: a child with an unexplained new phone or trainers; a 14-year-old found 40 miles "
    "from home with cash and no explanation; children missing for short periods after school; older 'friends' "
    "collecting children in cars.",
    "This bulletin does not refer to any individual child. If you have information about a specific child, make "
    "a contact to MASH in the usual way."])
top = outlook_top(f, addr("Verity, Tamsin", "tamsin.verity@torbay.gov.uk"),
                  "%s, %s" % (addr("MASH", TB_MASH), addr("EH ATMs", "eh-atms@torbay.gov.uk")),
                  "FYI - Police exploitation bulletin June 2048", "2048-06-22 09:05:12")
add(f, mail(f, top, tb5, [bulletin]), "torbay", "mash_step_up", "2048-06-22 09:05:12", 4, "near_miss",
    "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss: the Early Help service manager's one-line 'FYI' (a signature and disclaimer several times longer) "
    "with a police bulletin PDF listing example exploitation indicators that 'does not refer to any individual "
    "child' -> other, human_review.")

# ---------------------------------------------------------------- torbay_06: a team manager ACCEPTS the under-5s
# triage slot for a social worker off sick; the comment: burns shaped like a grill pan, the partner taking him away
f = "torbay_06.eml"
tb6_comment = ("Accepting on behalf of Kate Bolitho, who is off sick today. Before triage you need to know what came in "
               "on our duty log at 8.15 this morning. Ellis Pascoe (3) arrived at nursery with blisters across both "
               "palms. Mum's partner, Lee, told staff he 'touched the iron', but the nursery manager says the marks "
               "are in stripes like the bars of a grill pan, and there is an older yellow bruise behind his left ear. "
               "Lee came back at 8.25, took Ellis out again and said he is taking him to his own mum's in Plymouth "
               "today. Mum is at work and not answering. We have no address in Plymouth. "
               "Gavin Hext, Team Manager, Safeguarding and Supporting Families.")
add(f, itip(f, "2048-06-23 08:40:17", "Gavin Hext", "gavin.hext@torbay.gov.uk", ("Torbay Early Help", TB_EH),
            "ACCEPTED", "Under-5s triage: Pascoe (LCS-5570213) [SB-torbay-3455]", "20480623T113000",
            "20480623T120000", "Microsoft Teams Meeting", comment=tb6_comment),
    "torbay", "early_help_duty", "2048-06-23 08:40:17", 3, "urgent",
    "meeting_reply", True, None, ["LCS-5570213"], [ch("Ellis Pascoe")], ["physical_harm"], None, None, [], None,
    "alert_duty",
    "Safety rule 1 in a calendar reply's comment, told plainly by a team manager: an ACCEPTED iTIP REPLY to this "
    "morning's under-5s triage says a 3-year-old came to nursery with grill-pan-shaped burns to both palms and an "
    "older bruise, and mum's partner has taken him out again, saying he is going to Plymouth today -> urgent.",
    not_children=("Kate Bolitho", "Gavin Hext"), told="a calendar reply's comment, clinical")

# ---------------------------------------------------------------- torbay_07: business support reply on behalf of
# the team manager, bringing the consent torbay_04 lacked (follow-up)
f = "torbay_07.eml"
tb7 = T("""
Hi,

Further to the email below: Jess saw mum on Friday, and mum has given her consent to level 3 Early Help. It is
recorded on LCS-5561230. Please could you now confirm the triage slot to Jess.

Thanks

Dawn Keast
Business Support Officer, on behalf of Rob Yeo (Team Manager, Single Assessment Team)
Children's Services | Torbay Council
01632 960340

""") + TOR_DISC + quote("Torbay Early Help <earlyhelp@torbay.gov.uk>", "Wednesday, June 10, 2048 3:02 PM",
                        "Keast, Dawn <dawn.keast@torbay.gov.uk>",
                        "Step-down received - information needed [SB-torbay-3412]", T("""
Thank you. Your step-down request has been received (reference SB-torbay-3412).

What is missing:
- confirmation that the family's consent for level 3 Early Help has been sought and given

When it arrives, Early Help business support will confirm a triage slot.
"""))
top = outlook_top(f, addr("Keast, Dawn", "dawn.keast@torbay.gov.uk"), addr("Early Help", TB_EH),
                  "RE: Step-down received - information needed [SB-torbay-3412]", "2048-06-16 11:55:03",
                  cc=addr("Yeo, Rob", "rob.yeo@torbay.gov.uk"))
add(f, mail(f, top, tb7), "torbay", "early_help_duty", "2048-06-16 11:55:03", 3, "ordinary",
    "follow_up", False, None, ["LCS-5561230"], [], [], True, None, [], None, "attach_to_request",
    "Business support reply to [SB-torbay-3412] on behalf of the team manager, bringing the consent torbay_04 "
    "lacked ('mum has given her consent') -> follow_up, consent true, attach_to_request; no child named; the quoted "
    "'What is missing' list is stepbot's, not a concern.",
    not_children=("Rob Yeo", "Dawn Keast"))

# ---------------------------------------------------------------- torbay_08: a team manager's HTML-only "Please
# action" step-down; the domestic abuse is over and negated point by point (near miss)
f = "torbay_08.eml"
tb8_text = T("""
Please action - step down for the Hocking children, level 3.

Morwenna Hocking, DOB 09/09/2037; Piran Hocking, DOB 30/11/2039. LCS-5579002.

Attached: the Single Assessment (Sarah Jago, SW). I have recorded my manager's analysis confirming the threshold
for level 3 is met. Mum gave written consent to level 3 Early Help on 13 July.

Because the file is long, a note for triage: the Child Protection Plan (domestic abuse) ended in January. There have
been no incidents since, no police call-outs, Mr Hocking has had no contact since he moved to Bristol in November
and is subject to a restraining order, and both children tell us they feel safe at home. We are not worried about
domestic abuse now. What remains is mum's anxiety and low mood; she is on the waiting list for Talking Therapies.

Gavin

Gavin Hext
Team Manager | Safeguarding and Supporting Families
Children's Services | Torbay Council
01632 960326""")
tb8_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            + paras_html(tb8_text, "font-family:Verdana,sans-serif;font-size:10pt;color:#1F1F1F")
            + '\n<p style="font-size:7.5pt;color:#808080">%s</p>\n</body></html>\n'
            % html.escape(TOR_DISC).replace("\n", "<br>\n"))
sa = pdf_att("Single Assessment - Hocking - July 2048.pdf", "Single Assessment - Morwenna and Piran Hocking", [
    "LCS-5579002. Social worker: Sarah Jago. Completed 10/07/2048.",
    "History: Child Protection Plan (domestic abuse) January 2047 - January 2048; ended, no incidents since.",
    "Current needs: mother's anxiety and low mood; on the Talking Therapies waiting list.",
    "Analysis and rationale: step down to level 3 Early Help. Team manager's analysis: threshold met (G. Hext)."])
top = outlook_top(f, addr("Hext, Gavin", "gavin.hext@torbay.gov.uk"), addr("Early Help", TB_EH),
                  "Please action - step down - Hocking - LCS-5579002", "2048-07-16 10:20:55",
                  cc=addr("Jago, Sarah", "sarah.jago@torbay.gov.uk"))
add(f, html_only(f, top, tb8_html, [sa]), "torbay", "early_help_duty", "2048-07-16 10:20:55", 6, "near_miss",
    "step_down", False, 3, ["LCS-5579002"],
    [ch("Morwenna Hocking", "2037-09-09", "09/09/2037"), ch("Piran Hocking", "2039-11-30", "30/11/2039")],
    ["parental_mental_health"], True, True, [], None, "book_meeting",
    "Near miss (negated and historic): the CP plan for domestic abuse ended in January, no incidents since, father in "
    "Bristol under a restraining order, 'we are not worried about domestic abuse now'. HTML-only 'Please action' "
    "step-down from the team manager: Single Assessment, manager's analysis, written consent, level 3 -> "
    "book_meeting; only mum's anxiety is a current concern.",
    not_children=("Sarah Jago", "Gavin Hext"))


# ============================================================================ HEREFORDSHIRE
HF_MASH = "mash@herefordshire.gov.uk"
HF_EH = "earlyhelpcoordinators@herefordshire.gov.uk"

# ---------------------------------------------------------------- herefordshire_01: a service manager's PA sends a
# sibling-group step-down for a social worker out on visits (complete)
f = "herefordshire_01.eml"
hf1 = T("""
Dear Early Help Co-ordinators,

I am sending this on behalf of Owen Price, Social Worker, Child in Need Team (Hereford City), who is out on visits
today. Owen discussed the step down with Verity Lang at last Tuesday's drop-in.

Sibling group: Harvey Bevan (DOB 03/03/2036), Millie Bevan (DOB 21/07/2039) and Alfie Bevan (DOB 10/10/2043).
Mosaic IDs 2209981, 2209982 and 2209983.

Step down to Early Help at level 3 (Intensive), following the Child & Family Assessment completed on 20 April 2048.

Attached:
- Early Help Assessment step-down plan
- Signed consent form (mum, 23/04/2048)

Key person agreed with the family to lead on this step down: Alison Thorne, Family Support Worker, Eign Family Hub
(01632 960612).

The needs are mum's depression and the two older children's attendance.

Kind regards

Lynne Probert
PA to Sian Vaughan, Service Manager - Children in Need
Children and Young People's Directorate | Herefordshire Council
Plough Lane, Hereford, HR4 9ZE | 01632 960601

""") + HER_DISC
plan = make_docx([
    "# Early Help Assessment - step-down plan",
    "Children: Harvey Bevan (12), Millie Bevan (8), Alfie Bevan (4). Mosaic 2209981 / 2209982 / 2209983.",
    "Insert details of the person consulted to lead on this step down: Alison Thorne, Family Support Worker, Eign "
    "Family Hub.",
    "Wellbeing plan - what needs to happen / by whom / outcome / timescale:",
    "1. Mum to continue with her GP and the community mental health team - mum / GP - improved mood - "
    "ongoing.",
    "2. Harvey's and Millie's attendance to be checked weekly - schools / Alison Thorne - above 95% - by October.",
    "3. Alfie to take up his funded nursery place - mum / Alison Thorne - September.",
])
consent = pdf_att("Signed consent - Bevan.pdf", "Early Help - consent to share information and receive support", [
    "Family: Bevan (Harvey, Millie, Alfie).",
    "I agree to my family receiving Early Help support and to information being shared between the agencies "
    "named in the plan.",
    "Signed: K. Bevan (mother)    Date: 23/04/2048"])
top = outlook_top(f, addr("Probert, Lynne", "lynne.probert@herefordshire.gov.uk"), addr("Early Help Co-ordinators", HF_EH),
                  "Step down - Bevan sibling group - EHA step-down plan and consent", "2048-04-27 13:35:16",
                  cc=addr("Price, Owen", "owen.price@herefordshire.gov.uk"))
add(f, mail(f, top, hf1, [binary_part(DOCX, "EHA step-down plan - Bevan siblings.docx", plan), consent]),
    "herefordshire", "early_help_duty", "2048-04-27 13:35:16", 5, "ordinary",
    "step_down", False, 3, ["2209981", "2209982", "2209983"],
    [ch("Harvey Bevan", "2036-03-03", "03/03/2036"), ch("Millie Bevan", "2039-07-21", "21/07/2039"),
     ch("Alfie Bevan", "2043-10-10", "10/10/2043")],
    ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
    "Complete Herefordshire sibling-group step-down sent by a service manager's PA for a social worker on visits: "
    "EHA step-down plan .docx, signed consent form PDF, key person with agency; level 3 stated; the drop-in "
    "discussion has happened -> book_meeting.",
    not_children=("Owen Price", "Verity Lang", "Alison Thorne", "Lynne Probert", "Sian Vaughan"))

# ---------------------------------------------------------------- herefordshire_02: a ward councillor's HTML-only
# mail: a 13-year-old's 2am messages about her mother's boyfriend; mum on nights this week
f = "herefordshire_02.eml"
hf2_text = T("""
Dear MASH team,

I am the ward councillor for Wyebank. A constituent, Mrs Denise Preece, came to my surgery at the library at 9.30
this morning. She showed me the messages her niece, Chloe Preece (13), sent her at 2.07am:

"he came in my room again auntie. he got in my bed and said its our secret. i cant go home tonight mum is on nights
all week pls dont tell mum"

"He" is Chloe's mum's boyfriend, who I understand is called Shane and moved in around Christmas. Chloe is at school
today (Wyebank Academy). Her mum works nights at a care home this week, so Chloe will be in the house with him this
evening. Mrs Preece is too frightened to confront him and does not know what to do.

I said I would pass this to you straight away. Mrs Preece's number is 07700 900271, and I am on 07700 900156 all
day.

Kind regards

Cllr Gareth Pember
Member for Wyebank Ward
Herefordshire Council""")
hf2_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Georgia,serif;font-size:12pt">\n' + paras_html(hf2_text, "") +
            '\n<p style="font-size:8pt;color:#666666">%s</p>\n</body></html>\n' % html.escape(CLLR_DISC))
top = plain_top(f, addr("Cllr Gareth Pember", "cllr.gareth.pember@councillors.example.org.uk"),
                addr("Herefordshire MASH", HF_MASH), "Constituent - 13 year old girl - please contact me today",
                "2048-05-07 10:55:38", "councillors.example.org.uk", "Roundcube Webmail/1.9")
add(f, html_only(f, top, hf2_html), "herefordshire", "mash_step_up", "2048-05-07 10:55:38", 4, "urgent",
    "other", True, None, [], [ch("Chloe Preece")], ["sexual_harm"], None, None, [], None, "alert_duty",
    "Safety rule 1 in a child's own words, relayed by a ward councillor (HTML-only webmail): a 13-year-old's 2am "
    "messages say her mother's boyfriend 'got in my bed and said its our secret', and she will be alone with him "
    "tonight -> urgent; other.",
    not_children=("Denise Preece", "Gareth Pember"), told="a child's own words, relayed by a councillor")

# ---------------------------------------------------------------- herefordshire_03: a Head of Service asks the
# co-ordinators for a step-up, saying there is nothing needing a same-day response (near miss; undefined kind)
f = "herefordshire_03.eml"
hf3 = T("""
Co-ordinators,

Please action a step up to Children's Social Care for the Gwilliam children: Tyler Gwilliam (17/04/2038) and Ava
Gwilliam (25/08/2041), Mosaic 2231774 (EH episode).

I have reviewed the case with their team manager and I agree: nine months of Early Help, four TAFs, and mum has not
engaged with any part of the plan. The children's needs (hygiene, dental care, Ava's weight) are not being met.

I want to be clear that this is not a child protection referral. Nothing is happening today that needs a same-day
response; it is a planned step up because the plan has stalled.

Margaret

Dr Margaret Ellery
Head of Service, Early Help & Prevention
Children and Young People's Directorate | Herefordshire Council
Plough Lane, Hereford, HR4 9ZE
01632 960580 | Executive Assistant: Joanne Preedy, 01632 960581

""") + HER_DISC
top = outlook_top(f, addr("Ellery, Margaret (Dr)", "margaret.ellery@herefordshire.gov.uk"),
                  addr("Early Help Co-ordinators", HF_EH), "Gwilliam family - step up to social care please",
                  "2048-05-19 14:10:49", cc=addr("Oyelaran, Wilfred", "wilfred.oyelaran@herefordshire.gov.uk"))
add(f, mail(f, top, hf3), "herefordshire", "early_help_duty", "2048-05-19 14:10:49", 5, "near_miss",
    "step_up", False, None, ["2231774"],
    [ch("Tyler Gwilliam", "2038-04-17", "17/04/2038"), ch("Ava Gwilliam", "2041-08-25", "25/08/2041")],
    ["neglect", "non_engagement"], None, True, [], None, "human_review",
    "Near miss (negated): 'not a child protection referral ... nothing is happening today that needs a same-day "
    "response'. A Head of Service asks the Early Help co-ordinators for a step-up, which the Herefordshire protocol "
    "does not define -> human_review, missing [] and notice null; her agreement is stated.",
    not_children=("Margaret Ellery", "Joanne Preedy"))

# ---------------------------------------------------------------- herefordshire_04: a team manager sends the plan
# herself (social worker on paternity leave); verbal consent only, the signed form to follow
f = "herefordshire_04.eml"
hf4 = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan for Seren Bowkett (DOB 01/12/2035), Mosaic 2240517,
following the C&F assessment decision on 28 May. Seren's social worker, Kieran Lowe, is on paternity leave, so I am
sending it myself. I have agreed the step down.

Seren is 12 and is the main carer for her mum, who has severe rheumatoid arthritis and uses a wheelchair.

Key person: Dylan Pritchard, Learning Mentor, Bishop's Oak High School - he has agreed to lead.

Consent: mum gave her verbal consent on the phone yesterday. Kieran will get the consent form signed when he is
back on 15 June and send it over.

Helen

Helen Davies-Lowe
Team Manager | Assessment Team (Leominster)
Herefordshire Council | 01632 960633

""") + HER_DISC
plan = make_docx([
    "# Early Help Assessment - step-down plan - Seren Bowkett",
    "Key person: Dylan Pritchard, Learning Mentor, Bishop's Oak High School.",
    "1. Young carers assessment and referral to Herefordshire Young Carers - Dylan Pritchard - June.",
    "2. Adult social care review of mum's care package - adult social care - July.",
    "3. Seren to have a named adult at school and homework club - school - from June.",
])
top = outlook_top(f, addr("Davies-Lowe, Helen", "helen.davies-lowe@herefordshire.gov.uk"),
                  addr("Early Help Co-ordinators", HF_EH), "Step down plan - Seren Bowkett - Mosaic 2240517",
                  "2048-06-03 09:45:21")
add(f, mail(f, top, hf4, [binary_part(DOCX, "EHA step-down plan - Seren Bowkett.docx", plan)], html_alt=True),
    "herefordshire", "early_help_duty", "2048-06-03 09:45:21", 4, "ordinary",
    "step_down", False, None, ["2240517"], [ch("Seren Bowkett", "2035-12-01", "01/12/2035")],
    ["young_carer"], True, True, ["consent_form"], None, "request_info",
    "A team manager sends a Herefordshire step-down herself (social worker on paternity leave): plan attached, key "
    "person with agency, her agreement stated; mum's verbal consent is consent as stated (true) but the signed form "
    "is to follow -> missing consent_form -> request_info. No level stated.",
    not_children=("Kieran Lowe", "Dylan Pritchard", "Helen Davies-Lowe"))

# ---------------------------------------------------------------- herefordshire_05: a GP's letter, dictated and sent
# unsigned by the practice manager; the findings are only in the attached PDF
f = "herefordshire_05.eml"
hf5 = T("""
Dear MASH,

Please find attached a letter from Dr Hilary Bannerman, Senior Partner, about a baby she saw in surgery this
morning. Dr Bannerman dictated it between patients and asked me to send it to you unsigned rather than wait for her
to check it. She is in surgery until 1pm and then on home visits; the surgery number is 01632 960442 (ask for me and
I will find her).

Kind regards

Joanne Bayliss
Practice Manager
Dore Valley Surgery, Church Road, Ewyas Harold, HR2 9ZJ

""") + NHS_DISC
letter = pdf_att("Letter - Dr Bannerman - O Lloyd - 12.06.2048.pdf", "Dore Valley Surgery - letter", [
    "12 June 2048. Dictated but not signed.",
    "To: Herefordshire MASH",
    "Re: Oscar Lloyd, DOB 02/04/2048, Rowlestone Close, Ewyas Harold, HR2 9ZT",
    "Dear colleagues,",
    "I saw Oscar, aged 10 weeks, at 10.40 this morning. He was brought by his father, Mr Aaron Lloyd, because of a "
    "sticky left eye.",
    "On examination I found a torn upper lip frenulum with fresh blood, petechiae behind the left ear, and a 1 cm "
    "bluish bruise over the left cheek. Oscar is not yet rolling over.",
    "Mr Lloyd could offer no explanation. When I said I wanted Oscar seen by the paediatricians at the County "
    "Hospital this afternoon he became agitated, and he left the surgery with Oscar at 10.55 before I could "
    "arrange it. He told our receptionist he was taking Oscar home. Oscar's mother is at work until 6pm.",
    "These injuries in a baby who is not yet mobile need a paediatric examination today, and I would be grateful "
    "for your help in making sure that happens.",
    "Yours faithfully",
    "Dr Hilary Bannerman MBChB MRCGP, Senior Partner"])
top = outlook_top(f, addr("BAYLISS, Joanne (DORE VALLEY SURGERY)", "joanne.bayliss@nhs.example"),
                  addr("Herefordshire MASH", HF_MASH), "Letter from Dr Bannerman re Oscar Lloyd DOB 02/04/2048",
                  "2048-06-12 12:20:04", mid_domain="nhs.example")
add(f, mail(f, top, hf5, [letter]), "herefordshire", "mash_step_up", "2048-06-12 12:20:04", 4, "urgent",
    "other", True, None, [], [ch("Oscar Lloyd", "2048-04-02", "02/04/2048")], ["physical_harm"], None, None, [],
    None, "alert_duty",
    "Safety rule 1 told clinically, in an attachment: a GP's letter, dictated and sent unsigned by the practice "
    "manager, describes a torn frenulum, petechiae and a facial bruise in a 10-week-old whose father left before "
    "the paediatric referral and took him home -> urgent; other.",
    not_children=("Aaron Lloyd", "Hilary Bannerman", "Joanne Bayliss"), told="clinical, in a dictated PDF letter")

# ---------------------------------------------------------------- herefordshire_06: a director's office forwards a
# housing officer's worry about a 19-year-old care leaver (near miss: an adult only)
f = "herefordshire_06.eml"
hf6 = T("""
Hello,

The Director has asked me to forward the email below. It came to her from the Corporate Director of Children and
Young People's office, who think it is for Early Help because Miss Bufton was known to Early Help as a child. Could
you have a look and pass it to the right place? We think it is probably the Adult Social Care front door or the
Leaving Care team.

Thanks

Andrew

Andrew Sheppard
Executive Support Officer to the Director of Community Wellbeing
Herefordshire Council | 01632 960520

""") + HER_DISC + quote("Ruth Gittins <ruth.gittins@homes.example.org.uk>", "Monday, June 22, 2048 4:47 PM",
                        "Corporate Director CYP <cyp.director@herefordshire.gov.uk>",
                        "Worried about a tenant - K-A Bufton", T("""
Dear Sir/Madam,

I am the housing officer for Kerry-Anne Bufton, DOB 14/03/2029, who is 19 and a care leaver with a mild learning
disability. She has a one-bedroom flat with us in Hereford. Over the last month neighbours have reported groups of
men visiting at all hours, and Kerry-Anne told me at my visit today that a man "keeps her bank card for her" and
that her friends "look after" her money. Her rent is now in arrears for the first time.

She says she is fine and does not want any help. She has no children and told me she is not pregnant.

I am worried she is being taken advantage of and that her flat is being used. Who should I speak to?

Ruth Gittins
Housing Officer, Marches Homes
"""))
top = outlook_top(f, addr("Sheppard, Andrew", "andrew.sheppard@herefordshire.gov.uk"),
                  addr("Early Help Co-ordinators", HF_EH), "FW: Worried about a tenant - K-A Bufton - for the right team please",
                  "2048-06-23 15:30:37")
add(f, mail(f, top, hf6), "herefordshire", "early_help_duty", "2048-06-23 15:30:37", 6, "near_miss",
    "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Near miss (an adult only): a director's office forwards a housing officer's worry that a 19-year-old care "
    "leaver is being financially exploited and her flat used; she has no children -> no child, no child concern; "
    "other, human_review.",
    adults=(("Kerry-Anne Bufton", "14/03/2029"),), not_children=("Kerry-Anne Bufton", "Ruth Gittins", "Andrew Sheppard"))

# ---------------------------------------------------------------- herefordshire_07: the co-ordinator manager's
# out-of-office delegating to his deputy (auto-reply)
f = "herefordshire_07.eml"
hf7 = T("""
Thank you for your email.

I am on annual leave until Monday 27 July 2048 and will not be checking email. My deputy, Yasmin Deverell
(yasmin.deverell@herefordshire.gov.uk), is covering Early Help Co-ordinator team decisions and escalations while I
am away, and my diary is managed by Tracey Jenkins in Business Support.

If your email is about a child at risk of significant harm, please do not wait for a reply: contact the MASH on
01632 960587, or the Emergency Duty Team out of hours.

Wilfred Oyelaran
Early Help Co-ordinator Manager, Herefordshire Council
""")
add(f, ooo(f, "2048-07-09 17:50:26", "Oyelaran, Wilfred", "wilfred.oyelaran@herefordshire.gov.uk",
           addr("Early Help Co-ordinators", HF_EH), "Reminder: step-down completion due [SB-herefordshire-1290]", hf7),
    "herefordshire", "early_help_duty", "2048-07-09 17:50:26", 2, "ordinary",
    "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
    "The Early Help co-ordinator manager's out-of-office (Auto-Submitted: auto-replied) answering a stepbot "
    "reminder and delegating to his deputy; its 'at risk of significant harm' line is boilerplate -> auto_reply, "
    "ignore.")

# ---------------------------------------------------------------- herefordshire_08: a team manager's hedged reply
# to a step-down acknowledgement: the father under a non-molestation order was in the house overnight and says he
# is coming back tonight for the boys
f = "herefordshire_08.eml"
hf8 = T("""
Please put this step-down on hold.

I may be making too much of this, and Owen would tell me I'm overthinking it, but I'd rather you heard it from us.
Police were called to the Morgan-Hughes house at 6.40 this morning by a neighbour: Dean (the boys' father, who has
a non-molestation order against him) had got into the house overnight. He had gone by the time police arrived. Mum
says he told her he's "coming back tonight for the boys and nobody's going to stop me", and she doesn't want to go
to her sister's because "he'll find us there too". Riley Morgan-Hughes (8) and Jack Morgan-Hughes (5) are at school
today and go home at 3.15.

I'm in a panel until 1 and Owen (their social worker) is in court. Our duty SW knows, but I don't think anyone has
picked it up yet. Mosaic 2251306.

Carwyn

Carwyn Jenkins
Team Manager, Child in Need (North)
Herefordshire Council
Sent from my iPad

On 14 Jul 2048, at 10:02, Herefordshire Early Help Co-ordinators
<earlyhelpcoordinators@herefordshire.gov.uk> wrote:

> Thank you. Your step-down request has been received
> (reference SB-herefordshire-1307).
>
> An Early Help co-ordinator will process the plan. The step-down
> should be completed and the case closed to social care within
> 10 working days.
>
> Nothing is missing from your request.
""")
top = plain_top(f, addr("Jenkins, Carwyn", "carwyn.jenkins@herefordshire.gov.uk"), addr(None, HF_EH),
                "Re: Step-down received [SB-herefordshire-1307] - Morgan-Hughes", "2048-07-21 09:35:44",
                "herefordshire.gov.uk", None,
                extra=[("In-Reply-To", "<SB-herefordshire-1307-ack@herefordshire.gov.uk>"),
                       ("References", "<SB-herefordshire-1307-ack@herefordshire.gov.uk>"),
                       ("X-Mailer", "iPad Mail (23F79)")])
add(f, iphone_mail(f, top, hf8), "herefordshire", "early_help_duty", "2048-07-21 09:35:44", 3, "urgent",
    "follow_up", True, None, ["2251306"], [ch("Riley Morgan-Hughes"), ch("Jack Morgan-Hughes")], ["domestic_abuse"],
    None, None, [], None, "alert_duty",
    "Safety rule 1, hedged ('I may be making too much of this'), on a follow-up to [SB-herefordshire-1307]: a "
    "father under a non-molestation order got into the house overnight and says he is 'coming back tonight for the "
    "boys'; nobody has picked it up -> urgent; alert_duty overrides attach_to_request.",
    not_children=("Carwyn Jenkins",), told="hedged, on a follow-up")


# ============================================================================ README (written by main())
VOICE = {
    "knowsley_01.eml": "Family First TM sends for a case manager on annual leave; Outlook Word-HTML + plain, form .docx, TAF minutes and GCP2 PDFs",
    "knowsley_02.eml": "Head of Service's PA: 'Please action - see below' over a headteacher's mail; plain QP Outlook FW",
    "knowsley_03.eml": "Chief Executive's Members' Enquiries team allocating a councillor's enquiry; multipart/alternative",
    "knowsley_04.eml": "TM's PA sends a Level 2 step-down for a social worker in court; multipart/alternative",
    "knowsley_05.eml": "Family First TM DECLINES a step-up TAF for her case manager; Outlook iTIP REPLY with COMMENT",
    "knowsley_06.eml": "letter dictated by a TM and sent in her absence by the team administrator; plain QP",
    "knowsley_07.eml": "TM's one-line 'Please action' from Outlook for Android, base64 text/plain, three attachments",
    "knowsley_08.eml": "Chief Executive's complaints officer: 'FYI' over a neighbour's complaint; '-----Original Message-----'",
    "richmond_wandsworth_01.eml": "EH team manager's one-line 'Please action'; Word-HTML + plain, summary .docx, rationale PDF",
    "richmond_wandsworth_02.eml": "Chief Executive's casework officer forwarding an MP's caseworker forwarding a grandmother; 3 deep",
    "richmond_wandsworth_03.eml": "social work TM sends for a social worker off sick; multipart/alternative, two .docx",
    "richmond_wandsworth_04.eml": "service manager's PA forwards a social worker's mail (her account locked); plain QP + .docx",
    "richmond_wandsworth_05.eml": "EH team manager's iPad one-liner (format=flowed); the news only in the attached .docx",
    "richmond_wandsworth_06.eml": "EH service manager's HTML-only 'FYI - please cascade' of a partnership briefing",
    "richmond_wandsworth_07.eml": "deputy team manager with delegation replies to stepbot's acknowledgement; Outlook RE:",
    "richmond_wandsworth_08.eml": "ward councillor on her iPhone on a Friday evening (format=flowed, LF)",
    "tower_hamlets_01.eml": "EH locality manager sends for a worker on a course; Word-HTML + plain, MARF .docx",
    "tower_hamlets_02.eml": "Head of Service's business manager forwards a father's formal complaint; plain QP",
    "tower_hamlets_03.eml": "Head of Early Help's 'MAST - please action today. Q.' over a youth service manager's mail; Word-HTML",
    "tower_hamlets_04.eml": "social work TM sends for a social worker on leave; Word-HTML + plain, C&F PDF, TAF plan .docx",
    "tower_hamlets_05.eml": "EH team manager's step-up after the father's remand; plain QP, MARF .docx",
    "tower_hamlets_06.eml": "EA accepts for the Head of Early Help: iTIP REPLY with SENT-BY and a Sender header",
    "tower_hamlets_07.eml": "EH team manager's iPhone step-up (format=flowed) with the news in a PS",
    "tower_hamlets_08.eml": "Head of Service's out-of-office delegating to the MAST manager",
    "torbay_01.eml": "Single Assessment Team manager asks for a triage slot for his social worker; plain QP + PDF",
    "torbay_02.eml": "Chief Executive's customer feedback officer forwards a Stage 1 complaint; base64 text/plain",
    "torbay_03.eml": "EH assistant team manager makes the contact for a lead professional on leave; multipart/alternative",
    "torbay_04.eml": "business support send for a team manager and social worker; multipart/alternative + PDF",
    "torbay_05.eml": "EH service manager's one-line 'FYI' with a police bulletin PDF",
    "torbay_06.eml": "SASF team manager ACCEPTS the under-5s triage for a social worker off sick; iTIP REPLY with COMMENT",
    "torbay_07.eml": "business support reply on behalf of the TM to stepbot's 'What is missing' acknowledgement",
    "torbay_08.eml": "TM's HTML-only 'Please action' step-down + Single Assessment PDF",
    "herefordshire_01.eml": "service manager's PA sends a sibling-group step-down for a social worker on visits; .docx + PDF",
    "herefordshire_02.eml": "ward councillor's HTML-only webmail (Roundcube) relaying a niece's 2am messages",
    "herefordshire_03.eml": "Head of Service (Dr) asks the co-ordinators for a step-up; plain QP",
    "herefordshire_04.eml": "TM sends the plan herself (social worker on paternity leave); multipart/alternative + .docx",
    "herefordshire_05.eml": "GP's letter dictated and sent unsigned by the practice manager; NHSmail, PDF letter",
    "herefordshire_06.eml": "Director's executive support officer forwards a housing officer's mail about an adult",
    "herefordshire_07.eml": "co-ordinator manager's out-of-office delegating to his deputy",
    "herefordshire_08.eml": "TM's hedged iPad reply (format=flowed, '>' quoted ack) to a step-down acknowledgement",
}


def build_readme():
    cats = CATS
    n = {c: list(cats.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    rows = []
    for lab in LABELS:
        e = lab["expect"]
        rows.append("| %s | %s | %s%s | %s | %s |" % (
            lab["file"][:-4], cats[lab["file"]], e["kind"], " (L%d)" % e["level"] if e["level"] else "",
            e["next_action"], VOICE[lab["file"]]))
    urgent_told = "\n".join("- %s: %s." % (lab["file"][:-4], META[lab["file"]]["told"])
                            for lab in LABELS if lab["expect"]["urgent"])
    per_auth = {}
    for lab in LABELS:
        per_auth.setdefault(lab["authority"], {"urgent": 0, "near_miss": 0, "ordinary": 0})[cats[lab["file"]]] += 1
    per_auth_txt = ", ".join("%s %d / %d / %d" % (a, v["urgent"], v["near_miss"], v["ordinary"])
                             for a, v in per_auth.items())
    notice_rows = "\n".join("| %s | %s | %s | %d | %d | %s | %s |" % (
        f[:-4], META[f]["when"][:16], META[f]["meeting"], wd, pw, "ok" if ok else "**not ok**", crosses)
        for f, (wd, pw, ok, crosses) in KNOWSLEY_TABLE.items())
    return T("""
# %(set)s: blind held-out set for urgency and the parse fields, over %(window)s, in %(theme)s

40 invented RFC 5322 messages (`*.eml`), 8 per authority, each addressed to that authority's MASH step-up or Early
Help duty mailbox exactly as `config/deployment.yaml` names it. `labels.json` follows the dev corpus format exactly
(`file`, `authority`, `mailbox`, `now`, `expect` with `kind`, `urgent`, `level`, `case_ids`, `children`, `concerns`,
`consent`, `manager_agreed`, `missing`, `notice_ok`, `next_action`, and a `why` per entry). `categories.json` maps each
file to `urgent` (%(u)d), `near_miss` (%(nm)d) or `ordinary` (%(o)d). Per authority (urgent / near miss / ordinary):
%(per_auth)s. Score every file with
`stepbot parse FILE --authority <authority> --mailbox <mailbox> --now <now>`. The set was never run through the
parser; it is meant to be scored once, blind.

## Voices
Almost every mail is written by, or for, someone senior: team managers sending for a worker who is on leave, off
sick, in court or on a course; PAs, executive assistants, team administrators and business support sending "on
behalf of"; a team manager's letter dictated and sent in her absence; a GP's letter dictated and sent unsigned;
one-line "Please action" and "FYI" mails whose signature block and disclaimer are several times longer than the
message; a Head of Early Help's "MAST - please action today. Q."; a deputy with delegated authority answering an
acknowledgement; an EA accepting a meeting for her Head of Service (SENT-BY); heads of service and directors'
offices escalating or re-routing; a councillor's Members' Portal enquiry, an MP's caseworker's enquiry forwarded by a
chief executive's office, two ward councillors writing direct; three complaints (two forwarded by chief executives'
offices); two delegating out-of-office replies.

## Formats
Outlook Word-HTML with a plain twin, plain quoted-printable Outlook mail, multipart/alternative, HTML-only (a
councillor's webmail, a service manager's forward of a briefing, a team manager's step-down), base64 text/plain
(Outlook for Android; a complaint forward), format=flowed from iPhone and iPad (with a `>`-quoted acknowledgement in
one), Outlook `________________________________` and `-----Original Message-----` forwards up to three deep, replies
to stepbot's acknowledgements, .docx and .pdf attachments built with the standard library (forms, minutes, GCP2, the
Merseyside Exploitation Assessment, case summaries, rationales, MARFs, Single Assessments, plans, a consent form, a
GP's letter, a police bulletin), three Outlook iTIP REPLYs (DECLINED and ACCEPTED with COMMENT; ACCEPTED with
SENT-BY) and two out-of-office auto-replies (Auto-Submitted: auto-replied).

## Urgent mails and how each tells it
None of the %(u)d urgent mails contains "urgent", "immediate(ly)", "risk", "emergency", "danger", "safeguarding
concern", "unsafe", "ASAP" or "at risk" anywhere - subject, headers, every decoded part, quoted history, signatures,
disclaimers, attachment text and calendar data (the self-check reads them all; Herefordshire's disclaimer, which says
"immediately", is used only under non-urgent mail). The facts are told as the writer would:
%(urgent_told)s

Near misses (%(nm)d): a councillor's enquiry about a bruise investigated and closed last year (knowsley_03); a letter
saying a 2046 overdose is history and negating current mental-health concerns (knowsley_06); a neighbour's complaint
that boys playing in the road "will end up killed" (knowsley_08, hypothetical, parents watching); a 2045 allegation
closed with no further action (richmond_wandsworth_03); a rapid-review briefing with example scenarios
(richmond_wandsworth_06); a complaint about an assessment closed in March (tower_hamlets_02); a father remanded in
custody yesterday, "nobody is in danger tonight" (tower_hamlets_05, risk already managed); a mother's own childhood
abuse (torbay_03, an adult's history); a police exploitation bulletin (torbay_05); a CP plan for domestic abuse ended,
negated point by point (torbay_08); a Head of Service saying "nothing is happening today that needs a same-day
response" (herefordshire_03); a 19-year-old care leaver with no children (herefordshire_06, an adult only). Several
non-urgent mails also carry "immediate danger" / "immediate risk" / "at risk" boilerplate in a signature, a portal
footer or an out-of-office (knowsley_01, _03, _07, richmond_wandsworth_06, torbay_05, tower_hamlets_08,
herefordshire_07), and Herefordshire's disclaimer says "immediately".

## Window, clock and calendar checks
The summer term of 2048 is taken as **Monday 20 April - Wednesday 22 July 2048** (checked with Python: 20 April 2048
is a Monday and 22 July 2048 a Wednesday). Easter falls before it (Good Friday 3 April, Easter Monday 6 April 2048),
so the term starts after a two-week Easter holiday. England & Wales bank holidays come from the `holidays` package
(`holidays.country_holidays("GB", subdiv="ENG", years=[2048])`; `make_set.py` compares its own list with the
package's and refuses to run without it): inside the window are the **Early May bank holiday, Monday 4 May** and the
**Spring bank holiday, Monday 25 May**; no mail is dated on either, and every Date is a Monday-Friday inside the
window. British Summer Time runs from Sunday 29 March to Sunday 25 October 2048, so every Date header carries
`+0100` and every `now` is 1-10 minutes after its Date with the same offset. Out-of-office-hours mail:
richmond_wandsworth_08 (Friday 19:42, urgent: the out-of-hours service), tower_hamlets_08 (07:30, an auto-reply),
torbay_06 (08:40, urgent, before the office opens), herefordshire_07 (17:50, an auto-reply). The late-May half-term
week (25-29 May) is not a closure: only bank holidays and weekends are excluded.

## Knowsley notice arithmetic
DESIGN's rule: the working days d with today < d <= meeting day, today = the Europe/London date of `now`; 5 are
required for the step-up TAF meeting, the level 2 final CIN meeting and the level 3 CIN meeting or joint home visit.

| file | sent (Date) | meeting | working days | plain weekdays | notice | bank holiday crossed |
|---|---|---|---|---|---|---|
%(notice_rows)s

knowsley_01 and knowsley_04 are **decided by the bank holiday**: a reader who counts weekdays gets 5 (ok), the
working-day count is 4 (not ok), so both are `request_info` although nothing else is missing. knowsley_06 is exactly
5. knowsley_02, _03, _05 and _08 are not step requests, so `notice_ok` is null.

Other timescales (not labelled fields): richmond_wandsworth_03's case discussion (Tue 19 May) is within the seed's
"5 days of this contact" (Thu 14 May); tower_hamlets_04's TAF (Thu 25 June) is 8 working days after the assessment
concluded (Mon 15 June), inside the 10; torbay_01's Jago (3) and torbay_06's Ellis (3) go to the fortnightly
under-5s triage, whose sittings (counted from the pack's anchor, Tue 6 Jan 2026) include Tue 23 June 2048, the
slot torbay_06 accepts; herefordshire_04's signed consent form is promised after 15 June.

## Labelling conventions
- `kind`: a councillor's, an MP's or a director's office's enquiry, a complaint, a bulletin and a briefing are
  `other`; a reply to a stepbot acknowledgement (reference in the subject) is `follow_up`; the Head of Service's
  step-up sent to the Herefordshire co-ordinators is a `step_up`, a kind the Herefordshire protocol does not define
  (`human_review`, `missing` [] and `notice_ok` null).
- `urgent` is set only by what is happening to a real child now or today; `next_action` follows DESIGN's order, so
  an urgent step request, follow-up or meeting reply is `alert_duty` while its `missing` is still worked out
  (tower_hamlets_07: `request_for_support` missing, the MARF promised "first thing tomorrow").
- `consent` / `manager_agreed` are true only when stated as given: "Mum has agreed", "signed her consent", "gave her
  verbal consent", "Dad has consented", "I agree", "I have agreed the step down", "agreed by me", "signed off",
  "recorded my manager's analysis ... confirming the threshold", "Amy and I agree ... level 4". Null for "Mum is
  aware", "I'll be asking mum", "will ask for her consent then", and where a PA forwards without any agreement
  (richmond_wandsworth_04). A manager's agreement is labelled true wherever stated, even where the authority does
  not require it (Richmond & Wandsworth, Herefordshire, Knowsley step-downs).
- `concerns` are the current worries about the children. Historic, closed, negated or adult-only matters are left
  out (the 2046 overdose, the closed 2045 allegation, the bruise "nothing came of", the ended CP plan, mum's own
  childhood abuse, an adult care leaver's exploitation). A parent's physical illness making a child a carer is
  `young_carer`, not `disability_send`.
- `children`: every child named with a full name, with the DOB when the mail (or its attachment) gives one; ages
  alone give `dob` null. Adults (parents, a 19-year-old) are never labelled. Names are labelled in order of first
  appearance.
- `case_ids`: "Mosaic IDs 3318804 / 3318805", "Mosaic: 4533390", "Mosaic ID 3290017" -> bare numbers; "EHM-77310",
  "ICS-1983320", "LCS-5561230" keep their joined prefix; a Mosaic number in an iTIP SUMMARY is a case id. Not case
  ids: Member Enquiry, MP, complaint and stepbot references (ME/48/0412, MP/48/0291, CF/48/2290, CF-48-1177,
  SB-...).
- `level`: only for step_downs that state it (Knowsley "Level 2" / "Level 3", Torbay "level 3", Herefordshire "level
  3 (Intensive)"); null otherwise, even where a pack's default level applies.

## Borderline labels a scorer should know
- **knowsley_03** concerns `school_attendance` only: a councillor's enquiry whose current worry is a boy "hardly in
  school since Easter"; a reader could leave an enquiry's concerns empty.
- **knowsley_08** concerns `[]` and near miss: the complaint's "killed on that road" is a neighbour's hypothetical
  about supervised ball games.
- **richmond_wandsworth_02** concerns `parental_mental_health` only; `neglect` could be argued (two small children
  alone with a mother who has overdosed).
- **richmond_wandsworth_05** is urgent only through the attached case summary's update; the body is a one-liner.
- **tower_hamlets_05** is a near miss (father remanded, bail refused, locks changed) and `book_meeting`; its step-up
  is complete.
- **tower_hamlets_07**: the worker on the stairwell has been told to ring the police; the children are still locked
  in the bathroom with their father smashing the flat, so it stays urgent.
- **torbay_06** and **knowsley_05** are meeting replies whose comments are urgent: `alert_duty`, with the child named
  in the comment (no DOB) and the case id in the SUMMARY.
- **herefordshire_03** near miss and `human_review`: a step-up to an authority whose protocol has none.
- **herefordshire_06** concerns `[]`: the exploitation is of an adult with no children.
- **herefordshire_08** concerns `domestic_abuse` only (a father under a non-molestation order threatening to take
  the boys; no harm to them described).

## Files
| file | category | kind | next_action | voice and format |
|---|---|---|---|---|
%(rows)s

## How it was written
From the specification only: `/work/shared/DESIGN.md`, `/work/shared/REQUIREMENTS.md`, the five seed protocols,
`/work/main/config/authorities/*.yaml` and `/work/main/config/deployment.yaml`, the dev corpus README and
`labels.json`, `mixed129/labels.json`, `mixed27/README.md` and `make_set.py` (whose low-level MIME, Word-HTML, PDF,
.docx, iCalendar, flowed and readable-text helpers are copied and adapted), and the first line of the other
`tests/data/*/README.md` files (to avoid a theme already used). Nothing under `bot/`, `handlers/`, `scripts/`,
`templates/`, `bench/` or any other part of `tests/` was opened; `stepbot` and the parser were never run; git was not
touched; nothing was written outside this folder.

`make_set.py` (run with `/work/main/.venv/bin/python`, for `holidays`, `pypdf` and `python-docx`) is deterministic and
rewrites every `.eml`, `labels.json`, `categories.json` and this README byte for byte; it prints a sha256 of them all.
Its self-checks stop it before anything is written: 40 files, 8 per authority; at least 11 urgent and 11 near misses;
`urgent` agrees with the category; the banned words absent from every urgent mail's decoded text, headers and
attachments; the urgent mails told in at least eight different ways; every Date a working day inside the window with
`+0100`, `now` 1-10 minutes later; the bank-holiday list equal to the `holidays` package's; BST over the whole window;
every message parsing with the `email` package with no defects and 7-bit headers; the mailbox address in To/Cc;
`next_action` derived from the other fields in DESIGN's order; `missing` only REQUIREMENTS.md ids for that authority,
kind and (Knowsley) level, consistent with `consent`, `manager_agreed`, `children` and `case_ids`; Knowsley notice
recomputed from `now` and the meeting and equal to the table above, with exactly knowsley_01 and _04 decided by a bank
holiday; every labelled child, DOB (parsed back from how it is written) and case id present in the readable text,
each child under 18 at `now` and in order of appearance; named adults never labelled; auto-replies carry
Auto-Submitted and human mail does not; meeting replies carry exactly one `text/calendar; method=REPLY` part;
follow-ups carry an `[SB-...]` reference; no year after 2048 anywhere.

## Invented data
Every person, child, school, address, email address, phone number and case number is invented. Phone numbers use
Ofcom drama ranges (0151 496 0xxx, 020 7946 0xxx, 01632 960xxx, 07700 900xxx) except the MAST numbers quoted from the
Tower Hamlets seed in one out-of-office; postcodes use unassigned "9Z?" units; outside organisations use `example`
domains. The council mailboxes and role-holders (Hamish Ibbot, Jasper Quint, Keziah Bloom, Lorcan Pettigrew, Priya
Castellan, Quentin Ashdown, Maryam Okonjo, Tamsin Verity, Verity Lang, Wilfred Oyelaran, Yasmin Deverell) are the
fictional ones in `config/deployment.yaml`. Place names are used only as settings. The situations are fiction
written to test software and describe no real child.
""") % {"set": SET, "window": WINDOW_TEXT, "theme": THEME, "u": n["urgent"], "nm": n["near_miss"],
        "o": n["ordinary"], "per_auth": per_auth_txt, "urgent_told": urgent_told, "notice_rows": notice_rows,
        "rows": "\n".join(rows)}



# ============================================================================ rules the labels must follow
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
LABEL_KEYS = ["file", "authority", "mailbox", "now", "expect", "why"]
EXPECT_KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
               "notice_ok", "next_action"]
# REQUIREMENTS.md's matrix (children is required for every step_up and step_down)
REQUIRED = {
    ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                    "meeting_details"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}
KNOWSLEY_CONDITIONAL = {"gcp2": "neglect", "engaging_families": "non_engagement",
                        "exploitation_assessment": "exploitation"}
UNDEFINED = {("herefordshire", "step_up")}
BANNED = ["urgent", "immediate", "immediately", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
          "asap", "at risk"]
ID_HEADERS = {"message-id", "thread-index", "in-reply-to", "references", "content-id", "x-ms-tnef-correlator",
              "content-type", "content-transfer-encoding", "content-disposition", "mime-version"}
# Knowsley notice: file -> (working days, plain weekdays, ok, crosses)
KNOWSLEY_TABLE = {
    "knowsley_01.eml": (4, 5, False, "Early May bank holiday, Mon 4 May"),
    "knowsley_04.eml": (4, 5, False, "Spring bank holiday, Mon 25 May"),
    "knowsley_06.eml": (5, 5, True, "none"),
    "knowsley_07.eml": (7, 7, True, "none"),
}


def required_for(authority, kind, level, concerns):
    if (authority, kind) in UNDEFINED or kind not in ("step_up", "step_down"):
        return None
    if authority == "knowsley" and kind == "step_down":
        req = set(REQUIRED[(authority, kind, level or 3)])
    else:
        req = set(REQUIRED[(authority, kind, None)])
    if authority == "knowsley" and kind == "step_up":
        req |= {doc for doc, c in KNOWSLEY_CONDITIONAL.items() if c in concerns}
    return req


def next_action_for(authority, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (authority, k) in UNDEFINED:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def is_working_day(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS_2048


def working_days_between(today, meeting_day):
    """Working days d with today < d <= meeting_day (DESIGN's notice rule)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting_day:
        n += is_working_day(d)
        d += timedelta(days=1)
    return n


def weekdays_between(today, meeting_day):
    return sum(1 for i in range(1, (meeting_day - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)


def parse_dob(s):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise ValueError(s)


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def header_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            if k.lower() not in ID_HEADERS:
                out.append(str(v))
    return "\n".join(out)


def flat(s):
    return re.sub(r"\s+", " ", s)


# ============================================================================ self-checks
def check_calendar(errors):
    try:
        import holidays
    except ImportError:
        errors.append("the `holidays` package is required (run with /work/main/.venv/bin/python)")
        return
    pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2048])}
    ours = set(BANK_HOLIDAYS_2048)
    # the package lists Boxing Day itself (Sat 26 Dec) and its substitute (Mon 28 Dec): compare weekdays only
    if {d for d in pkg if d.weekday() < 5} != ours:
        errors.append("bank holidays differ from the holidays package: %s" % sorted(
            {d for d in pkg if d.weekday() < 5} ^ ours))
    if WINDOW_START.weekday() != 0 or WINDOW_END.weekday() != 2:
        errors.append("the window should run Monday 20 April - Wednesday 22 July 2048")
    inside = sorted(d for d in ours if WINDOW_START <= d <= WINDOW_END)
    if inside != [date(2048, 5, 4), date(2048, 5, 25)]:
        errors.append("bank holidays inside the window: %s" % inside)
    if not (date(2048, 4, 3) < WINDOW_START and date(2048, 4, 6) < WINDOW_START):
        errors.append("Easter 2048 should fall before the window")
    d = WINDOW_START
    while d <= WINDOW_END:
        off = datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset()
        if off != timedelta(hours=1):
            errors.append("%s is not BST" % d)
        d += timedelta(days=1)
    # BST 2048: last Sunday of March (29th) to last Sunday of October (25th)
    if datetime(2048, 3, 28, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
            datetime(2048, 3, 29, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
        errors.append("BST should begin on Sunday 29 March 2048")


def check_files(errors, stats):
    names = sorted(FILES)
    auths = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
    want = sorted("%s_%02d.eml" % (a, i) for a in auths for i in range(1, 9))
    if names != want:
        errors.append("files: %s" % (set(names) ^ set(want)))
    if len(LABELS) != 40 or len({l["file"] for l in LABELS}) != 40:
        errors.append("40 labels expected")
    cats = [CATS[n] for n in names]
    for c in ("urgent", "near_miss"):
        if cats.count(c) < 11:
            errors.append("fewer than 11 %s" % c)
    if set(cats) - {"urgent", "near_miss", "ordinary"}:
        errors.append("bad category")
    told = " | ".join(META[l["file"]]["told"] for l in LABELS if l["expect"]["urgent"])
    for way in ("plain", "clinical", "hedged", "forwarded", "attachment", "PS", "own words", "calendar reply"):
        if way not in told:
            errors.append("no urgent mail told as '%s'" % way)

    notice_rows = {}
    for lab in LABELS:
        f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
        meta = META[f]
        E = lambda m: errors.append("%s: %s" % (f, m))
        if list(lab) != LABEL_KEYS or list(e) != EXPECT_KEYS:
            E("label keys")
        if not f.startswith(a + "_"):
            E("authority does not match the file name")
        if e["kind"] not in KINDS:
            E("kind")
        if e["urgent"] != (CATS[f] == "urgent"):
            E("urgent disagrees with the category")
        if e["next_action"] != next_action_for(a, e):
            E("next_action %s, rules give %s" % (e["next_action"], next_action_for(a, e)))
        if e["concerns"] != sorted(set(e["concerns"])) or set(e["concerns"]) - CONCERNS:
            E("concerns not sorted / unknown")
        if e["missing"] != sorted(set(e["missing"])):
            E("missing not sorted")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            E("level only on a step_down, 2 or 3")
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None):
                E(v)
        req = required_for(a, e["kind"], e["level"], e["concerns"])
        if req is None:
            if e["missing"] or e["notice_ok"] is not None:
                E("a kind with no requirements has missing [] and notice null")
        else:
            if set(e["missing"]) - req:
                E("missing ids outside the matrix: %s" % (set(e["missing"]) - req))
            for fact, bad in (("consent", e["consent"] is not True), ("manager_agreed", e["manager_agreed"] is not True),
                              ("children", not e["children"]), ("case_id", not e["case_ids"])):
                if fact in req and bad != (fact in e["missing"]):
                    E("%s fact and missing disagree" % fact)
            if a == "knowsley":
                now_day = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
                if meta["meeting"] is None:
                    if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                        E("no meeting: notice null and meeting_details missing")
                else:
                    m = datetime.strptime(meta["meeting"], "%Y-%m-%d %H:%M")
                    if not is_working_day(m.date()) or m.date() <= now_day:
                        E("meeting day")
                    wd = working_days_between(now_day, m.date())
                    pw = weekdays_between(now_day, m.date())
                    if e["notice_ok"] != (wd >= 5):
                        E("notice_ok %s but %d working days" % (e["notice_ok"], wd))
                    if "meeting_details" in e["missing"]:
                        E("meeting_details missing though a meeting is given")
                    notice_rows[f] = (wd, pw, wd >= 5)
            elif e["notice_ok"] is not None:
                E("only Knowsley step requests carry a notice")
        if meta["meeting"] is not None and a != "knowsley":
            E("meeting recorded outside Knowsley")

        # ---- the message itself
        raw = FILES[f]
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for part in msg.walk():
                if part.defects:
                    E("MIME defects %s" % part.defects)
                for k in part.keys():
                    str(part[k])
            text = readable(msg)
        except Exception as ex:                                   # noqa: BLE001
            E("does not parse: %r" % ex)
            continue
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                E("no %s" % h)
        try:
            re.split(rb"\r?\n\r?\n", raw, 1)[0].decode("ascii")
        except UnicodeDecodeError:
            E("8-bit bytes in the top-level headers")
        rcpt = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(a, mb)].lower() not in rcpt:
            E("the %s address is not in To/Cc" % mb)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d != dt(meta["when"]) or d.utcoffset() != dt(meta["when"]).utcoffset() or \
                d.utcoffset() != timedelta(hours=1):
            E("Date header")
        ld = d.astimezone(LON).date()
        if not (WINDOW_START <= ld <= WINDOW_END):
            E("Date outside the window")
        if not is_working_day(ld):
            E("Date not a working day")
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset() or not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)):
            E("now should be 1-10 minutes after Date with the same offset")
        subj = str(msg["Subject"])
        auto = msg["Auto-Submitted"]
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if e["kind"] == "auto_reply":
            if not auto or str(auto).lower() == "no":
                E("auto_reply without Auto-Submitted")
        elif auto:
            E("human mail with Auto-Submitted")
        if e["kind"] == "meeting_reply":
            if len(cal) != 1 or "METHOD:REPLY" not in cal[0].get_payload(decode=True).decode() or \
                    str(cal[0].get_param("method")).upper() != "REPLY":
                E("meeting_reply needs exactly one text/calendar METHOD:REPLY part")
        elif cal:
            E("calendar part outside a meeting reply")
        if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj):
            E("follow_up without [SB-...] in the subject")
        if e["kind"] in ("step_up", "step_down") and "[SB-" in subj:
            E("a new request carries a reference")
        if re.search(r"\b20(49|[5-9]\d)\b", text + header_text(msg)):
            E("a year after 2048")

        ftext = flat(text)
        names = [c["name"] for c in e["children"]]
        for c in meta["children"]:
            if c["name"] not in ftext:
                E("child %s not in the text" % c["name"])
            if c["dob"]:
                if c["_w"] not in ftext:
                    E("DOB %s not in the text" % c["_w"])
                dob = parse_dob(c["_w"])
                if dob.isoformat() != c["dob"]:
                    E("DOB %s parses to %s" % (c["_w"], dob))
                if not (0 <= age_on(dob, now.date()) < 18) or dob >= now.date():
                    E("%s is not a child at now" % c["name"])
        firsts = [ftext.find(n) for n in names]
        if firsts != sorted(firsts):
            E("children not in order of appearance")
        for n in meta["not_children"]:
            if n not in ftext:
                E("non-child %s not in the text" % n)
            if n in names:
                E("%s labelled as a child" % n)
        for n, w in meta["adults"]:
            if w not in ftext or age_on(parse_dob(w), now.date()) < 18:
                E("adult %s" % n)
        for cid in e["case_ids"]:
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}", cid):
                E("case id form %s" % cid)
            if not re.search(r"(?<![\w-])%s(?!\d)" % re.escape(cid), ftext):
                E("case id %s not in the text" % cid)
        if e["case_ids"] != list(dict.fromkeys(e["case_ids"])):
            E("case ids not unique")

        if e["urgent"]:
            whole = (text + "\n" + header_text(msg)).lower()
            for w in BANNED:
                if w in whole:
                    E("urgent mail contains the banned word %r" % w)

        stats["kind"][e["kind"]] = stats["kind"].get(e["kind"], 0) + 1
        stats["next_action"][e["next_action"]] = stats["next_action"].get(e["next_action"], 0) + 1
        stats["mailbox"][mb] = stats["mailbox"].get(mb, 0) + 1
        stats["per_authority"].setdefault(a, {"urgent": 0, "near_miss": 0, "ordinary": 0})[CATS[f]] += 1

    table = {f: (wd, pw, ok) for f, (wd, pw, ok, _) in KNOWSLEY_TABLE.items()}
    if notice_rows != table:
        errors.append("Knowsley notice table: %s != %s" % (notice_rows, table))
    decisive = sorted(f for f, (wd, pw, ok) in notice_rows.items() if pw >= 5 > wd)
    if decisive != ["knowsley_01.eml", "knowsley_04.eml"]:
        errors.append("decisive bank-holiday counts: %s" % decisive)
    stats["notice"] = notice_rows


def main():
    errors = []
    stats = {"kind": {}, "next_action": {}, "mailbox": {}, "per_authority": {}}
    check_calendar(errors)
    check_files(errors, stats)
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for x in errors:
            print("  -", x)
        sys.exit(1)
    for name, data in FILES.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(build_readme())
    digest = hashlib.sha256()
    for name in sorted(FILES) + ["labels.json", "categories.json", "README.md"]:
        with open(os.path.join(HERE, name), "rb") as fh:
            digest.update(name.encode() + b"\0" + fh.read())
    cats = list(CATS.values())
    print("%s: %d files written; urgent %d, near_miss %d, ordinary %d; all self-checks passed; sha256 %s"
          % (SET, len(FILES), cats.count("urgent"), cats.count("near_miss"), cats.count("ordinary"),
             digest.hexdigest()[:16]))
    if "--stats" in sys.argv:
        print(json.dumps(stats, indent=1, default=str))


if __name__ == "__main__":
    main()
