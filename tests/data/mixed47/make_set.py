#!/usr/bin/env python3
"""mixed47: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2066 (Monday 4 January - Thursday 8 April 2066), in domestic abuse in depth: IDVAs and MARAC
referrals, DASH checklists, coercive control and economic abuse, stalking and harassment, honour-based abuse and
forced marriage, child-to-parent violence, abuse in teenage relationships, perpetrator programmes, refuges, and
separated parents' contact handovers, alongside practitioners' ordinary requests.

Window: GMT (+0000) from Monday 4 January until British Summer Time begins at 01:00 UTC on Sunday 28 March 2066;
+0100 from then to Thursday 8 April 2066, the last working day before Good Friday (9 April). England & Wales bank
holidays from the `holidays` package: New Year's Day (Friday 1 January) falls before the window; Good Friday 9 April
and Easter Monday 12 April fall just after it, so no mail is dated on a bank holiday, but a Knowsley notice count
from Wednesday 7 April to Wednesday 14 April crosses both (5 plain weekdays, 3 working days). A second Knowsley count
is decided by the time zone: a mail sent at 00:24 BST on Tuesday 30 March (23:24 UTC on Monday 29 March) gives
4 working days to Monday 5 April from the London date, 5 from the UTC date.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word
HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote-chain, working-day and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification
(/work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and the policy packs); the self-checks only verify them against
its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 4 January - Thursday 8 April 2066) is GMT (+0000)
    until British Summer Time begins at 01:00 UTC on Sunday 28 March 2066, then +0100. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2066, 1, 4, 0, 0, 0))
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



# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
IDVA_K = "knowsleyidva.example.org"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2066-01-06 11:04:12"
    body = T("""
Hi MASH,

This is the invitation to the step up TAF meeting for Ellis O'Keefe-Doherty and his sister Nevaeh (EHM-61734): Wednesday 13th January at 10am on Teams. The step up form and the minutes of our last TAF are attached. I've invited the current TAF members separately - school (Mrs Halpin), the health visitor, and Rhian Fothergill, mum's IDVA.

Ellis O'Keefe-Doherty - 17/08/2055
Nevaeh O'Keefe-Doherty - 02/03/2060

Brief background: Leanne Doherty has been with Dean O'Keefe for eleven years. Since Nevaeh was born it has got steadily worse. He has her bank card and gives her £20 a week for food, checks her phone every night and has a tracking app on it, won't let her see her sister, and times her on the school run. She told the school family worker all of this in November. Rhian completed the DASH with her on 18/12/2065 (15 yeses) and referred her to MARAC - she's on the list for 14 January.

Dean moved out to his mum's in Huyton Quarry on 20 December after police were called (he'd smashed her phone against the wall). There are no bail conditions. Since then he's been texting her up to 40 times a day and has turned up outside school twice. Leanne has seen a solicitor about a non-molestation order.

Ellis (10) is wetting the bed again, won't leave his mum's side and told his teacher he "has to keep an eye on mum". Nevaeh (5) has started calling mum the names dad uses.

Leanne has agreed to the step up and knows why we're asking. Colm Rafferty, my TM, agreed the step up in supervision yesterday (05/01/2066) - it's recorded on the form.

Thanks,
Shauna

Shauna McAteer
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0472 | 07700 900 563

""") + KDISC
    form = docx_att("FF Step Up request to CSC - O'Keefe-Doherty.docx", appendix1([
        ("Case ID on EHM:", "EHM-61734"),
        ("Children:", "Ellis O'Keefe-Doherty 17/08/2055; Nevaeh O'Keefe-Doherty 02/03/2060"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 13/01/2066, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum has engaged with every visit and TAF; toolkit not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 15/12/2065"),
        ("What are we worried about?", "Coercive and controlling behaviour by Dean O'Keefe towards Leanne: financial "
         "control, monitoring her phone and location, isolating her from family. DASH 18/12/2065: 15 yeses, referred "
         "to MARAC (14/01/2066). Since he left on 20/12/2065: constant texts, turning up at school. Ellis anxious and "
         "wetting the bed; Nevaeh repeating dad's names for mum."),
        ("What is working well?", "Leanne has engaged with the IDVA and is seeking a non-molestation order; her "
         "sister is back in touch and helps with the school run; school are a strong support for Ellis."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Call-out 20/12/2065 (criminal damage, NFA); no bail "
         "conditions; no order in place yet"),
        ("Agreement by line manager:", "Agreed - Colm Rafferty, Team Manager, 05/01/2066"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the IDVA, TAF every three "
         "weeks, support for the non-molestation order application."),
    ]))
    minutes = docx_att("TAF minutes 15.12.2065 - O'Keefe-Doherty.docx", [
        "# Team Around the Family - minutes", "Date: 15/12/2065, 13:30, Huyton Family Hub",
        "Present: Leanne Doherty, Shauna McAteer (Family First, chair), Mrs Halpin (Ellis's class teacher), the "
        "health visitor",
        "Leanne shared what she told the school family worker in November. IDVA referral made 10/12/2065.",
        "School: Ellis tearful, reluctant to leave mum at the door.",
        "Agreed: Shauna to discuss a step up with her team manager after the DASH."])
    cal = ics("REQUEST", f, dt(when), "20660113T100000", "20660113T113000",
              "Step up TAF meeting - O'Keefe-Doherty - EHM-61734", "Microsoft Teams Meeting",
              "Step up TAF meeting for Ellis and Nevaeh O'Keefe-Doherty (EHM-61734). Step up form and TAF minutes "
              "attached to the invitation email.",
              ("Shauna McAteer", "Shauna.McAteer@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Colm Rafferty", "Colm.Rafferty@" + KDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("McAteer, Shauna", "Shauna.McAteer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - O'Keefe-Doherty - EHM-61734", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61734"],
        [ch("Ellis O'Keefe-Doherty", "2055-08-17", "17/08/2055"), ch("Nevaeh O'Keefe-Doherty", "2060-03-02", "02/03/2060")],
        ["domestic_abuse"], True, True, [], True, "book_meeting",
        "THE STEP-UP IS AN OUTLOOK MEETING REQUEST (iTIP METHOD:REQUEST, text/calendar inside multipart/alternative) "
        "with the Appendix 1 form and TAF minutes as .docx: the seed has the case manager send the calendar invite "
        "and form to the MASH inbox (Knowsley 004, 'Step up SOS form and calendar invite sent to Knowsley MASH'), so "
        "this is a new step_up, not a meeting_reply. REQUIREMENTS Knowsley step_up: form, case_id (EHM-61734), "
        "manager ('Colm Rafferty, my TM, agreed the step up in supervision'), TAF minutes, meeting date and time -> "
        "nothing missing; no neglect / non-engagement / exploitation. NOTICE: Wed 6 Jan -> Wed 13 Jan = exactly 5 "
        "working days -> ok -> book_meeting. Coercive control, DASH 15, MARAC pending -> domestic_abuse (current, "
        "not immediate: he has moved out, no incident today). Consent: 'Leanne has agreed to the step up' -> true. "
        "Apostrophe + hyphen surname.",
        meeting=date(2066, 1, 13), not_children=["Leanne Doherty", "Dean O'Keefe", "Shauna McAteer", "Colm Rafferty",
                                                   "Rhian Fothergill"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2066-04-07 09:52:30"
    body = T("""
Morning,

Step up for Kai Rimmer and his sister, EHM-63390. The step up TAF is Weds 14th April at 10am at Kirkby Family Hub (Teams link for anyone who can't get there) - I've sent the invite to the MASH inbox and MASH business support separately. The step up form and the minutes of our last TAF are attached.

Kai Rimmer - 21/11/2051
Lily-Mae Rimmer - 05/06/2057

Kai (14) has been violent to his mum, Gemma, since last summer and it's getting worse, not better. Since January he has punched holes in two doors, thrown a mug that cut her hand, and on 15 March he pushed her down the bottom few stairs when she took his controller off him. Police have been out twice (November and February), NFA both times because Gemma wouldn't make a statement - she doesn't want him to have a record. She finished the NVR parenting group with us in February and has used everything she learned, but she says she now "walks on eggshells" in her own house. Lily-Mae (8) sleeps in her mum's bed most nights and hides in the wardrobe when Kai kicks off.

Kai's attendance at Halewood Academy is 68% and he's had two suspensions this term. He does see the youth worker every week and gets on well with him.

Tracey Boardman, my TM, agreed the step up on Monday - it's on the form.

Marcus

Marcus Adebayo
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0716

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Rimmer.docx", appendix1([
        ("Case ID on EHM:", "EHM-63390"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 14/04/2066, 10:00, Kirkby Family Hub / Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - Gemma and Kai both engage; toolkit not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 24/03/2066"),
        ("What are we worried about?", "Kai's violence and intimidation towards his mum (child to parent violence): "
         "damage to doors, a mug thrown (cut hand), pushed on the stairs 15/03/2066. Lily-Mae frightened. Kai's "
         "attendance 68%, two suspensions."),
        ("What is working well?", "Gemma completed the NVR group; Kai sees the youth worker weekly; maternal nan "
         "has Lily-Mae at weekends."),
        ("What next?", "Step up to CSC for a C&F assessment of Kai's needs and the violence in the home."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A - no exploitation concerns"),
        ("Up to date police information if applicable:", "Call-outs November 2065 and February 2066, NFA"),
        ("Agreement by line manager:", "Agreed - Tracey Boardman, Team Manager, 05/04/2066"),
        ("Contingency plan (Smart and timely).", "If not agreed: CPV worker twice weekly, TAF fortnightly."),
    ]))
    minutes = pdf_att("TAF minutes 24.03.2066 - Rimmer.pdf", "Team Around the Family - minutes (24/03/2066)", [
        "Venue: Kirkby Family Hub, 15:30",
        "Present: Gemma Rimmer, Marcus Adebayo (Family First, chair), Halewood Academy pastoral lead, youth worker",
        "Gemma described the incident on the stairs on 15/03/2066. Youth worker: Kai remorseful afterwards.",
        "School: attendance 68%; second suspension 19/03/2066.",
        "Agreed: Marcus to discuss a step up with his team manager; safety plan for Gemma and Lily-Mae reviewed."])
    top = outlook_top(f, addr("Adebayo, Marcus", "Marcus.Adebayo@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Rimmer - EHM-63390 - TAF Weds 14th April 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-63390"],
        [ch("Kai Rimmer", "2051-11-21", "21/11/2051"), ch("Lily-Mae Rimmer", "2057-06-05", "05/06/2057")],
        ["domestic_abuse", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (form .docx, TAF minutes .pdf, EHM id, TM agreed) for CHILD-TO-PARENT VIOLENCE. "
        "NOTICE ACROSS EASTER, DECISIVE: sent Wed 7 April 2066; the TAF 'Weds 14th April' is 5 plain weekdays away "
        "but Good Friday (9 Apr) and Easter Monday (12 Apr) are bank holidays -> 3 working days < 5 (REQUIREMENTS "
        "Knowsley step_up: at least 5 WD) -> notice not ok -> request_info. Concerns: a 14-year-old's violence to "
        "his mother is domestic abuse (child/adolescent-to-parent violence) -> domestic_abuse; 68% -> "
        "school_attendance; he is not the one harmed, so no physical_harm. Consent never mentioned -> null.",
        meeting=date(2066, 4, 14), not_children=["Marcus Adebayo", "Tracey Boardman"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2066-01-18 15:41:07"
    ack = ack_text("step-up", "SB-knowsley-1417", [
        "Case: EHM-60218", "Children: Tommy Hennessy (09/09/2058), Skye Hennessy (14/02/2062)",
        "Step-up TAF meeting: Wednesday 27 January 2066, 10:00 (Microsoft Teams)"], [])
    body = T("""
Stacey has just rung Rhian (her IDVA) from the upstairs bathroom and Rhian rang me straight after, at 3.35.

Ryan kicked the back door in about ten minutes before that. He's in the house. Tommy and Skye were in the front room watching telly when he came in and Stacey couldn't get to them - she can hear him shouting at them to get their coats on. He's on bail not to go to the address or contact her after what happened on New Year's Eve.

Rhian has rung 999. I'm leaving Prescot now but I'm 25 minutes away. Skye is 3.

Please can someone from MASH ring me on 07700 900 641.

Lauren

Lauren Molyneux
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "08 January 2066 11:02",
         "Molyneux, Lauren <Lauren.Molyneux@knowsley.gov.uk>",
         "[SB-knowsley-1417] Step-up request received - EHM-60218", ack, None)])
    top = outlook_top(f, addr("Molyneux, Lauren", "Lauren.Molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1417] Step-up request received - EHM-60218", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-60218"],
        [ch("Tommy Hennessy", "2058-09-09", "09/09/2058"), ch("Skye Hennessy", "2062-02-14", "14/02/2062")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP TO [SB-knowsley-1417] THAT IS HAPPENING NOW: the mother's ex-partner, on bail not to go to the "
        "address, has kicked the back door in and is in the house with a 7-year-old and a 3-year-old, telling them "
        "to get their coats; mum is locked in the bathroom. Police called by the IDVA - still an immediate risk to "
        "the children at this moment. No alarm word anywhere. DESIGN safety rule 1 whatever the kind: follow_up + "
        "urgent -> alert_duty. Children and DOBs only in the quoted acknowledgement (first names in the new text). "
        "domestic_abuse; nobody yet hurt, so no physical_harm.",
        not_children=["Lauren Molyneux"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2066-03-26 14:31:55"
    body = T("""
Dear Family First duty,

I'd like to step Maja Kowalczyk and her brother Oskar down to Family First at Level 3 at their final CIN meeting:

Friday 2nd April 2066, 10.00am, Prescot Family Hub, Room 2.

ICS-1947211 (family episode)
Maja Kowalczyk - 11/07/2054
Oskar Kowalczyk - 30/01/2058

Background for whoever picks this up, because the file is long: the children came onto child protection plans in March 2064 after their father, Tomasz, assaulted their mum, Agnieszka, in front of them. The DASH at the time scored 20 and the family were heard at MARAC twice that year. Tomasz left the family home in 2064, completed the Fathers Forward perpetrator programme in June 2065 (the final report was positive) and now has supervised contact once a month at the Huyton contact centre. There have been no incidents at or around contact, and none at all since February 2065. The CP plans ended in September 2065 and MARAC closed the case. There is no current domestic abuse.

The safety plan stays in place for now: school will only release the children to mum or their aunt, and if Tomasz ever came to the house outside contact mum would ring 999. She has never needed to.

What are we worried about?
Maja (11) is very anxious and is on the CAMHS waiting list. Oskar's attendance has dipped to 89% this term, mostly Mondays.

What is working well?
Mum has rebuilt the family's routines on her own, works part-time and has a good network (her sister lives on the same road). Both children talk openly about their feelings and say home is calm.

What needs to happen?
A Family First case manager to hold a TAF with school; a Monday morning plan for Oskar; school counsellor for Maja while she waits for CAMHS; the contact arrangements reviewed at the first TAF.

Mum has consented to the referral to Family First - she signed the consent form at the CIN review on 19/03/2066. My TM, Andrew Kewley (copied), agrees with the step down.

Nicola

Nicola Fairbrother
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0385

""") + KDISC
    top = outlook_top(f, addr("Fairbrother, Nicola", "Nicola.Fairbrother@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First - Level 3 - Kowalczyk - final CIN Fri 2nd April", when,
                      cc=addr("Kewley, Andrew", "Andrew.Kewley@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-1947211"],
        [ch("Maja Kowalczyk", "2054-07-11", "11/07/2054"), ch("Oskar Kowalczyk", "2058-01-30", "30/01/2058")],
        ["school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS - DOMESTIC ABUSE THAT IS HISTORY, AND A SAFETY PLAN THAT IS HYPOTHETICAL: the 2064 assault, DASH "
        "20, two MARACs and CP plans are past; the father finished a perpetrator programme, contact is supervised, "
        "'none at all since February 2065', 'There is no current domestic abuse'; 'if Tomasz ever came to the "
        "house ... mum would ring 999. She has never needed to' is a contingency. Not urgent; no domestic_abuse "
        "concern. Complete Level 3 step-down (Knowsley: date, time and venue, three Signs of Safety headings, "
        "consent 'Mum has consented to the referral to Family First'); TM copied 'agrees with the step down'. "
        "NOTICE ACROSS THE CLOCK CHANGE: Fri 26 Mar (GMT) -> Fri 2 Apr (BST) = exactly 5 working days -> ok -> "
        "book_meeting. Concerns: Oskar's 89% -> school_attendance (Maja's anxiety has no concern id).",
        meeting=date(2066, 4, 2), not_children=["Nicola Fairbrother", "Andrew Kewley"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2066-03-30 00:24:40"
    blocks = [
        "Hi Family First,",
        "",
        "Apologies for the late email - I'm catching up after a long day at court. I'm stepping Amelia-Rose down to "
        "a Level 2 service at her final CIN meeting next week. The details are in the table.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Amelia-Rose Tierney-Okoro, DOB 08/12/2050"],
            ["ICS ID", "1952360"],
            ["Final CIN meeting", "Monday 5th April 2066, 2.00pm"],
            ["Venue", "All Saints Catholic High School, Halewood - meeting room 3"],
            ["Lead practitioner (Level 2)", "Joanne Pickavance, Pastoral Manager, All Saints Catholic High School"],
            ["Lead practitioner contact", "j.pickavance@allsaintshalewood.example.sch.uk | 0151 496 0937"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Amelia-Rose (15) was in a controlling relationship with an 18-year-old last autumn - he checked her phone, "
        "told her what to wear and who she could see. She ended it in November; he was given a police warning for "
        "harassment, she has blocked him and his friends, and there has been no contact since. What remains is her "
        "low mood at times and her attendance, which is 84% this year.",
        ("h", "What is working well?"),
        "She has finished the school nurse's healthy relationships programme and talks about it with real insight. "
        "She is close to her mum, back at netball, and her weekends at her dad's go smoothly - mum and dad are "
        "separated but communicate well about her.",
        ("h", "What needs to happen?"),
        "Joanne to lead an Early Help Assessment and TAF from April; the school counsellor weekly; an attendance "
        "plan with the attendance officer.",
        "",
        "Mum and Amelia-Rose both agree to the step down.",
        "",
        "Thanks,",
        "Declan",
        "",
        "Declan Mulholland",
        "Social Worker | Child in Need Team (Halewood) | Knowsley Council",
        "0151 496 0168",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Mulholland, Declan", "Declan.Mulholland@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Amelia-Rose Tierney-Okoro - final CIN Mon 5th April", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["1952360"],
        [ch("Amelia-Rose Tierney-Okoro", "2050-12-08", "08/12/2050")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley LEVEL 2 step-down in a Word table (MsoTableGrid + tab-separated text twin): date, time and venue, "
        "lead practitioner with agency, all three headings -> nothing missing. NOTICE DECIDED BY THE TIME ZONE: the "
        "Date is Tue 30 Mar 2066 00:24 +0100, which is Mon 29 Mar 23:24 UTC. DESIGN counts from 'today' = the "
        "Europe/London date (Tue 30 Mar): Wed 31, Thu 1, Fri 2, Mon 5 Apr = 4 working days < 5 -> not ok -> "
        "request_info (counting from the UTC date would give 5 and ok). 'ICS ID' is a label -> '1952360'. "
        "Concerns: the abusive teenage relationship ended in November with no contact since (historic) -> not "
        "domestic_abuse; 84% -> school_attendance. Consent is not required at level 2 but stated -> true.",
        meeting=date(2066, 4, 5), not_children=["Declan Mulholland", "Joanne Pickavance"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2066-02-11 17:52:10"
    body = T("""
Hello,

I'm Shannon Kavanagh's Young People's Violence Advisor (YPVA). Shannon is 16 (DOB 23/05/2049) and lives with her mum in Kirkby. Family First have the family open on EHM (EHM-62045); her case manager, Jo Barlow, is on leave this week.

At 17:31 Shannon messaged me from a friend's phone. She is at her boyfriend's flat - Flat 4, Lovelace House, Tower Hill, Kirkby. He is 20. She says that last night he put his hands round her throat until she "saw stars" because she'd been talking to a lad from college. Today he has taken her phone and her bank card and locked the front door. He has told her she's not going home, and that if she tries to leave he will send the photos of her to her family and "finish her". He has been drinking since lunchtime. Her last message was "please don't ring my mum he'll know".

I have rung the police and given them the address. I can't get an answer on the friend's number now. Her mum, Donna, thinks she is at college.

Please can someone ring me back on 07700 900 731. I'm staying in the office until I hear.

Ffion

Ffion Prendergast
Young People's Violence Advisor | Knowsley Young People's Relationship Service
0151 496 0654
""")
    top = outlook_top(f, addr("Ffion Prendergast", "ffion.prendergast@kyprs.example.org"), addr("Knowsley MASH", KMASH),
                      "Shannon Kavanagh (16) - at her boyfriend's flat now, he won't let her leave", when,
                      mid_domain="AM9P193MB1187.EURP193.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-62045"],
        [ch("Shannon Kavanagh", "2049-05-23", "23/05/2049")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "ABUSE IN A TEENAGE RELATIONSHIP, HAPPENING NOW, AFTER HOURS (17:52): a 16-year-old strangled last night by "
        "her 20-year-old boyfriend, held in his flat with her phone and bank card taken, the door locked, threats "
        "to share images and to 'finish her', he is drinking. Police told - still an immediate risk to a child "
        "tonight. No alarm word anywhere ('Violence Advisor' is a job title, not one of them). A YPVA's report, not "
        "a step request from the lead practitioner -> other; urgent -> alert_duty. domestic_abuse (intimate "
        "partner abuse of a 16-year-old) + physical_harm (strangulation of the child herself). The image threat "
        "is read as part of the domestic abuse (sexual_harm arguable).",
        not_children=["Ffion Prendergast", "Jo Barlow"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2066-01-11 08:47:33"
    data = itip_reply(f, when, "Rhian Fothergill", "rhian.fothergill@" + IDVA_K, ("Knowsley MASH", KMASH),
                      "DECLINED", "Step-up TAF meeting - Hennessy - EHM-60218 [SB-knowsley-1417]",
                      "20660127T100000", "20660127T113000", "Microsoft Teams Meeting",
                      comment="Sorry - I can't make the 27th. I'm at MARAC all morning (eleven high-risk cases on "
                              "the list, two of them new this month) and there's nobody to cover. Lauren has my DASH "
                              "and the safety plan for this family, and I'll send my written update to the MASH inbox "
                              "the day before.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "near_miss", "meeting_reply", False, None, ["EHM-60218"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - AN IDVA'S DECLINE WITH MARAC AND DASH IN THE COMMENT: Outlook iTIP REPLY, PARTSTAT=DECLINED, "
        "to the step-up TAF of [SB-knowsley-1417] (EHM-60218 in the SUMMARY). The COMMENT talks about 'eleven "
        "high-risk cases' at MARAC (other families, a meeting) and 'my DASH and the safety plan' (documents) - "
        "nothing happening to a child now -> not urgent. meeting_reply -> record_reply. No child named.",
        not_children=["Rhian Fothergill"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2066-02-03 10:15:02"
    body = T("""
Thank you for your email. I'm out of the office on training until Monday 8th February 2066, with limited access to email.

If you are worried that someone is in immediate danger, please call 999.

For the Knowsley IDVA service duty line, call 0151 496 0880 (Monday to Friday, 9am to 5pm).
If your email is about a MARAC referral, please send it to the MARAC coordinator at marac@knowsleyidva.example.org so it is not missed.
If you are experiencing domestic abuse and need to talk to someone, the national domestic abuse helpline is free and open 24 hours a day.

Kerry-Ann Walsh
Independent Domestic Violence Advisor (IDVA) | Knowsley IDVA Service
""")
    data = ooo(f, when, "Kerry-Ann Walsh", "kerry-ann.walsh@" + IDVA_K,
               addr("Family First 0-18 Duty Mailbox", KFF), "Step down - Level 3 - Doyle-Ferris", body)
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN IDVA'S OUT-OF-OFFICE whose boilerplate reads 'someone is in immediate danger, please call "
        "999', 'MARAC referral', 'experiencing domestic abuse': a template, about nobody. Auto-Submitted: "
        "auto-replied + 'Automatic reply:' -> auto_reply -> ignore (DESIGN safety rule 2: never answered). Not "
        "urgent.",
        not_children=["Kerry-Ann Walsh"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2066-01-12 10:22:40"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion on Friday with Chloé Durand (Early Help Practitioner), I am requesting a step up to Children's Services for Freya Lindqvist (DOB 19/04/2054) and Elias Lindqvist (DOB 03/10/2059), Mosaic ID 2201957. The latest case summary is attached.

Rationale for step up
Mum, Harriet Lindqvist, has been stalked by Elias's father, Mark Stannard, since she ended the relationship in June 2065. He calls and messages her up to 60 times a day from different numbers, has waited at Freya's school gate and outside mum's work, and in November a tracking device was found under her car. Police applied for a Stalking Protection Order; an interim order was made on 22/12/2065, and he has breached it twice since (both reported; one arrest, released on bail).

Mum's anxiety is now very high: she has stopped going to work, rarely leaves the flat and has been prescribed medication by her GP. Freya (11) is refusing school (attendance 74%) because she is frightened Mark will be at the gate. Elias (6) has not seen his father since November and asks for him every day; mum does not know how to answer him.

Chloé has worked with the family for five months - safety planning with the Wandle Domestic Abuse Service IDVA, school liaison and a referral to Talking Therapies - but the level of fear in the home and its impact on both children mean we believe a social work assessment is now needed, including Elias's relationship with his father and any future contact.

Harriet agrees to the step up. I have agreed the step up as Chloé's team manager; Chloé would attend the case discussion with me.

Kind regards,

Olamide Bankole-Hart
Early Help Team Manager | Wandsworth East Locality
Richmond and Wandsworth Councils
020 7946 0562

""") + RDISC
    summary = pdf_att("Case summary - Lindqvist - Jan 2066.pdf", "Early Help case summary - Lindqvist (Mosaic 2201957)", [
        "Children: Freya Lindqvist (19/04/2054), Elias Lindqvist (03/10/2059)",
        "Parent: Harriet Lindqvist. Early Help Practitioner: Chloe Durand. Open to Early Help since 04/08/2065.",
        "Reason for involvement: stalking and harassment of mum by Elias's father since June 2065.",
        "Work done: safety planning with the IDVA; school liaison and a part-time timetable for Freya;",
        "Talking Therapies referral; letters of support for the SPO application.",
        "Police: interim Stalking Protection Order 22/12/2065; breaches 29/12/2065 and 07/01/2066.",
        "Current position: mum's anxiety high; Freya's attendance 74%; Elias asking for his father.",
        "Views of the children: Freya says she 'checks the window every night'. Elias misses his dad."])
    top = outlook_top(f, addr("Bankole-Hart, Olamide", "Olamide.Bankole-Hart@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Lindqvist - Mosaic ID 2201957", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2201957"],
        [ch("Freya Lindqvist", "2054-04-19", "19/04/2054"), ch("Elias Lindqvist", "2059-10-03", "03/10/2059")],
        ["domestic_abuse", "parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000: 'the Early Help Team "
        "Manager will email the MASH: Step Up email ... with the latest case summary and the rationale'): case "
        "summary attached as PDF, rationale pasted under its own heading -> nothing missing -> book_meeting. "
        "STALKING AND HARASSMENT by an ex-partner (SPO, tracker, breaches) - current, not immediate. Concerns: "
        "domestic_abuse, mum's anxiety -> parental_mental_health, Freya's 74% -> school_attendance. 'Mosaic ID' "
        "label -> bare number. 'Harriet agrees to the step up' -> consent true; 'I have agreed the step up' "
        "(sender is the TM) -> manager true. Accented adult (Chloé) is not a child.",
        not_children=["Harriet Lindqvist", "Mark Stannard", "Chloé Durand", "Olamide Bankole-Hart"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2066-02-24 11:15:20"
    body = T("""
MASH,

I'm sending this as a step up, but I don't think it can wait for a case discussion tomorrow - please can the duty manager ring me or Ama as soon as you read it.

Ama Owusu (Early Help Practitioner) visited Danielle Reyes at 9.30 this morning. Last night at about 11pm Danielle's partner, Tyrone Cole, put his hands round her neck in the kitchen and held her against the fridge until she nearly passed out. Jayden (8) came downstairs, saw it and ran next door in his pyjamas; the neighbours called the police and Tyrone was arrested. Ama saw red marks and fingertip bruising on both sides of Danielle's neck, and her voice was hoarse.

He was released under investigation at 10 o'clock this morning with no bail conditions. He has texted Danielle that he is "coming home tonight to sort this out like a family". Danielle told Ama she will let him in because he's the children's dad and has nowhere else to go. Jayden told Ama he is "not going to sleep tonight". Mila is 2.

Children: Jayden Reyes-Cole, DOB 14/10/2057; Mila Reyes-Cole, DOB 27/06/2063. Mosaic 2213460.

Rationale for step up:
Early Help has worked with the family since October (routines and parenting support after Tyrone lost his job). Danielle had never disclosed violence before today. What happened last night, Tyrone coming back tonight and Danielle's plan to let him in are beyond what Early Help can safety-plan for.

I've agreed this step up. Ama is writing the case summary now and I'll send it this afternoon.

Gareth

Gareth Penhaligon
Early Help Team Manager | Richmond Locality
Richmond and Wandsworth Councils
020 7946 0718

PS Ama completed a DASH with Danielle this morning - 19 yeses, high risk. The MARAC referral is going in today.

""") + RDISC
    top = outlook_top(f, addr("Penhaligon, Gareth", "Gareth.Penhaligon@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Reyes-Cole - Mosaic 2213460 - can't wait for a case discussion", when,
                      cc=addr("Owusu, Ama", "Ama.Owusu@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2213460"],
        [ch("Jayden Reyes-Cole", "2057-10-14", "14/10/2057"), ch("Mila Reyes-Cole", "2063-06-27", "27/06/2063")],
        ["domestic_abuse"], None, True, ["case_summary"], None, "alert_duty",
        "URGENT STEP-UP: non-fatal strangulation of mum last night, witnessed by an 8-year-old; the partner released "
        "this morning with no conditions says he is 'coming home tonight' and mum will let him in; a 2-year-old in "
        "the home. The body never says urgent or risk - only the PS has 'high risk' (a DASH score). Immediate "
        "danger tonight -> urgent -> alert_duty (DESIGN: first in next_action's order). The step-up itself lacks "
        "the case summary ('I'll send it this afternoon') -> missing case_summary; rationale pasted under its "
        "heading. TM sender 'I've agreed this step up' -> manager true; consent not mentioned -> null. "
        "domestic_abuse (the harm was to mum, not to the children).",
        not_children=["Danielle Reyes", "Tyrone Cole", "Ama Owusu", "Gareth Penhaligon"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2066-02-01 14:05:48"
    body = T("""
Hi Jasper,

Thanks for the call this morning. As agreed, I'm confirming the step-down case discussion for Friday 5th February at 10am on Teams - I'll send the invite from my calendar. Eilidh Brannock, my team manager, will join us.

Children: Kwame Mensah (DOB 02/02/2056) and Abena Mensah (DOB 17/09/2061). Mosaic 2190336.

Mum, Akosua Mensah, came to Wandsworth with the children from a refuge in Croydon in May 2065 after leaving the children's father, and they moved into a permanent tenancy in Battersea in October. The non-molestation order runs until October. The children's father has applied to the family court for contact, and there has been no contact while that is decided. Mum still gets messages through his relatives which upset her, and she is seeing Talking Therapies for PTSD symptoms. Kwame (10 tomorrow!) is doing well at school; Abena (4) is settled at nursery.

The CIN plan has done what it needed to do and statutory involvement is no longer needed. Mum has consented to Early Help continuing the plan - she'd like the refuge's community outreach worker to stay involved too.

Attached: the latest case summary and the draft Early Help plan.

Eilidh agrees with the step down.

Thanks,
Siobhán

Siobhán Kilbride
Social Worker | Children in Need Team 3 (Battersea)
Richmond and Wandsworth Councils
020 7946 0281

""") + RDISC
    summary = pdf_att("Case summary - Mensah - Feb 2066.pdf", "Case summary - Mensah children (Mosaic 2190336)", [
        "Kwame Mensah (02/02/2056); Abena Mensah (17/09/2061). Mother: Akosua Mensah.",
        "Open to CIN since 12/06/2065 on transfer from Croydon (family left a refuge there in May 2065).",
        "Reason for involvement: domestic abuse by the children's father; family relocated with refuge support.",
        "Progress: permanent tenancy October 2065; non-molestation order in force; children settled in school",
        "and nursery; mum engaging with Talking Therapies.",
        "Outstanding: messages via paternal relatives; father's application for contact (family court).",
        "Recommendation: step down to Early Help; review at 4 weeks."])
    plan = docx_att("Draft Early Help plan - Mensah.docx", [
        "# Draft Early Help plan - Mensah",
        "Lead professional: to be agreed at the case discussion (Early Help worker to be identified).",
        "1. Emotional wellbeing: Kwame and Abena - play-based sessions with the Early Help worker (6 weeks).",
        "2. Mum's wellbeing: continue Talking Therapies; refuge community outreach monthly.",
        "3. Safety: mum to keep logging messages from paternal relatives; safety plan reviewed at each TAF.",
        "4. Court: Early Help worker to support mum to attend the child arrangements hearing."])
    top = outlook_top(f, addr("Kilbride, Siobhán", "Siobhan.Kilbride@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mensah - Mosaic 2190336 - case discussion Fri 5 Feb 10am", when,
                      cc=addr("Brannock, Eilidh", "Eilidh.Brannock@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2190336"],
        [ch("Kwame Mensah", "2056-02-02", "02/02/2056"), ch("Abena Mensah", "2061-09-17", "17/09/2061")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down after a REFUGE and a move: the social worker confirms by email "
        "the case discussion agreed by phone with the Early Help duty manager (Fri 5 Feb, within 5 days of the "
        "contact) with the case summary (PDF) and draft plan (.docx); 'Mum has consented to Early Help continuing "
        "the plan' -> consent true -> nothing missing -> book_meeting. No notice period applies (notice null). "
        "Concerns: messages via the father's relatives that still upset mum -> domestic_abuse (current, low); "
        "PTSD symptoms -> parental_mental_health. TM copied 'agrees with the step down' -> true. Sender's name "
        "carries an accent (Siobhán) in the From header.",
        not_children=["Akosua Mensah", "Eilidh Brannock"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2066-01-19 09:10:05"
    blocks = [
        "Dear MARAC representatives,",
        "",
        "Please find below the list for the Wandsworth MARAC on Thursday 28 January 2066 at 10:00 (Teams). Research "
        "forms are due back by 12 noon on Monday 25 January. The list is confidential - please do not forward it "
        "outside your agency's MARAC representative.",
        "",
        ("table", [
            ["Case", "Referred by", "DASH", "Children in household", "Notes"],
            ["W-01", "Police", "17", "2 (ages 4 and 9)", "Perpetrator remanded in custody 15/01; victim and children staying with her mother"],
            ["W-02", "IDVA", "14 + professional judgement", "1 (age 15)", "Repeat - third referral in 12 months"],
            ["W-03", "Health (A&E)", "19", "0", "Victim aged 67; perpetrator her adult son"],
            ["W-04", "Housing", "12 + escalation", "3 (ages 2, 6 and 11)", "Family in a refuge out of borough since 11/01"],
            ["W-05", "Police", "22", "Unborn (28 weeks)", "Stalking; perpetrator subject to an SPO"],
        ]),
        "",
        "Immediate safety actions were taken by the referring agencies at the time of each referral; the MARAC is for "
        "multi-agency safety planning. If you hold new information suggesting that a victim or a child is at "
        "immediate risk before the meeting, act on it through your own agency's procedures straight away and then "
        "let me know.",
        "",
        "Kind regards,",
        "",
        "Aoibheann Gallagher",
        "MARAC Coordinator | Community Safety Partnership",
        "Richmond and Wandsworth Councils",
        "",
        RDISC.strip(),
    ]
    top = outlook_top(f, addr("MARAC Coordinator", "marac.coordinator@" + RDOM), addr("MASH Step Up", RSU),
                      "MARAC 28 January 2066 - list and research requests", when)
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A MARAC LIST SENT TO THE STEP-UP INBOX: five high-risk cases (DASH 12-22, remand, refuge, "
        "stalking, an unborn baby) in a Word table, anonymised (W-01 ... W-05, ages only), with 'immediate risk' "
        "in a conditional instruction. Every case is already being managed by the referring agency and is listed "
        "for a planned meeting in nine days; no child is named and nothing is happening now -> not urgent. Not a "
        "step request -> other -> human_review. No children, no case ids, no concerns (no named household).",
        not_children=["Aoibheann Gallagher"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2066-03-05 16:38:12"
    body = T("""
To the Early Help team,

I'm the coordinator at Putney Family Contact Centre. Rosie Fitzpatrick (DOB 12/11/2061) comes to us every other Friday for supervised contact with her father, Callum Fitzpatrick, under a court order. Your Early Help worker, Kirsty, referred mum to us last year, and yours is the only council address on our file.

At 4.10pm today, at the end of contact, Mr Fitzpatrick followed Rosie and her mum, Niamh, out to the car park. He pushed Niamh against her car, picked Rosie up and drove off with her in a silver Vauxhall Astra - there was no car seat. He shouted that Niamh would "never see her again". Niamh has a non-molestation order against him. Rosie is 4 and has asthma; her inhaler is in mum's bag.

Niamh rang 999 straight away and the police are with her here now. Nobody knows where he has taken Rosie. He lives in Crawley, but last month he told our staff he was "thinking of going back to Ireland".

Please can your duty worker ring me on 020 7946 0637, or Niamh on 07700 900 286. I'm staying at the centre with her.

Bryony Adeyemi-Shaw
Centre Coordinator | Putney Family Contact Centre
""")
    top = plain_top(f, addr("Bryony Adeyemi-Shaw", "coordinator@putneycontact.example.org"), addr("Early Help Duty", RED),
                    "Rosie Fitzpatrick - taken from our car park by her father at 4.10pm", when,
                    "putneycontact.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Rosie Fitzpatrick", "2061-11-12", "12/11/2061")],
        ["domestic_abuse", "missing"], None, None, [], None, "alert_duty",
        "A CONTACT HANDOVER GONE WRONG, 28 MINUTES AGO, ON A FRIDAY AFTERNOON: at supervised contact the father "
        "(non-molestation order) pushed mum and drove off with a 4-year-old with asthma, no car seat, no inhaler, "
        "'never see her again', whereabouts unknown, talk of going abroad. Police are with mum, but the child is "
        "still with him, nobody knows where -> immediate risk -> urgent -> alert_duty. No alarm word anywhere. A "
        "contact centre's report to the only council address it had -> other. Concerns: domestic_abuse (assault "
        "on mum, breach of the order) + missing (child's whereabouts unknown). No case id.",
        not_children=["Callum Fitzpatrick", "Bryony Adeyemi-Shaw"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2066-03-10 12:30:27"
    body = T("""
Hello Early Help duty,

I spoke to Jasper Quint yesterday and we're looking at Monday 15th March for the case discussion - I'll confirm the time once my TM's diary is clear.

Nathaniel Okafor, DOB 06/06/2053 (12). Mosaic 2147702.

History, so you have the full picture: Nathaniel's mum, Grace Okafor, was subjected to serious domestic abuse by his father until 2064. The DASH in April 2064 scored 19 and the family were heard at MARAC twice that year; Nathaniel was on a child protection plan from May 2064 to March 2065. His father moved to Glasgow in 2064 and has had no contact with Grace or Nathaniel since. The non-molestation order has now expired, and there has been nothing at all for 18 months. There is no current domestic abuse and no risk from dad. Grace has been sober for eight months and goes to AA twice a week.

The current worries are about school. Nathaniel has had two fixed-term exclusions this term for fighting and his attendance is 86%. He says he gets angry "for no reason" and wants help with it.

Attached are the latest case summary and the draft Early Help plan. I'll talk to Grace about Early Help at my visit on Friday and confirm her consent after that.

Tobias

Tobias Ferreira-Lund
Social Worker | Children in Need Team 1 (Richmond)
Richmond and Wandsworth Councils

""") + RDISC
    summary = pdf_att("Case summary - N Okafor.pdf", "Case summary - Nathaniel Okafor (Mosaic 2147702)", [
        "DOB 06/06/2053. Lives with his mother, Grace Okafor, in Twickenham.",
        "History: domestic abuse by father to 2064 (DASH 19, MARAC x2); CP plan May 2064 - March 2065.",
        "Father in Glasgow since 2064; no contact. Mother abstinent from alcohol since July 2065.",
        "Current: exclusions for fighting (2 this term); attendance 86%; anger.",
        "Recommendation: step down to Early Help - school-based anger work, mentoring, family support."])
    plan = docx_att("Draft EH plan - N Okafor.docx", [
        "# Draft Early Help plan - Nathaniel Okafor",
        "1. School: reintegration plan and a learning mentor; attendance above 95% by July.",
        "2. Emotional wellbeing: six sessions of anger work with the school counsellor.",
        "3. Family: Early Help worker to support Grace with routines and Nathaniel's football club."])
    top = outlook_top(f, addr("Ferreira-Lund, Tobias", "Tobias.Ferreira-Lund@" + RDOM), addr("Early Help Duty", RED),
                      "Step down request - Nathaniel Okafor - Mosaic 2147702", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2147702"],
        [ch("Nathaniel Okafor", "2053-06-06", "06/06/2053")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "NEAR MISS - A HEAVY HISTORY, NEGATED: DASH 19, two MARACs and a CP plan (2064-65) are history; 'There is "
        "no current domestic abuse and no risk from dad'; mum 'sober for eight months' (resolved). Not urgent; no "
        "domestic_abuse or substance_misuse. Step-down with case summary (PDF) and draft plan (.docx), but consent "
        "is still to be asked ('I'll talk to Grace ... and confirm her consent after that') -> null (DESIGN: still "
        "to be asked) -> missing consent -> request_info. Concerns: exclusions and 86% -> school_attendance.",
        not_children=["Grace Okafor", "Tobias Ferreira-Lund"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2066-01-13 15:20:44"
    data = google_reply(f, when, "Precious Adeyinka", "precious.adeyinka@wandleda.example.org",
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Lindqvist - Mosaic 2201957 [SB-richmond_wandsworth-512]",
                        "20660115T140000Z", "20660115T150000Z", "Microsoft Teams Meeting",
                        "Fri 15 Jan 2066 14:00 - 15:00 (GMT)", note="I'll bring the SPO breach log.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2201957"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY + invite.ics), PARTSTAT=ACCEPTED, from the family's "
        "IDVA for the step-up case discussion of richmond_wandsworth_01 (Mosaic 2201957 in the SUMMARY, "
        "[SB-richmond_wandsworth-512]); the note mentions an SPO log, nothing new. record_reply.",
        not_children=["Precious Adeyinka"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2066-02-22 08:05:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222222">
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#5B2C6F;color:#FFFFFF;padding:14px">
<b style="font-size:16pt">RWSCP Bulletin</b><br>February 2066 &middot; Domestic abuse in focus</td></tr>
<tr><td style="padding:12px 0">
<h2>Coercive control, stalking and honour-based abuse: what children tell us</h2>
<p>This month's bulletin pulls together learning from our multi-agency audit of 40 families where domestic abuse was the main reason for involvement.</p>
<h3>Case study (fictional, for learning only)</h3>
<p>"Child J", aged 9, told a teaching assistant that his dad "checks mum's phone every night" and that mum "isn't allowed" to see her friends. There had been no physical violence, and the school had not recorded it as domestic abuse. What would you do? Coercive control is domestic abuse, and children living with it are victims in their own right.</p>
<h3>Stalking</h3>
<p>Stalking Protection Orders can be applied for by the police. Fixated, obsessive, unwanted and repeated behaviour (FOUR) is the pattern to look for. A DASH with 14 or more yeses, or professional judgement, means a referral to MARAC.</p>
<h3>Honour-based abuse and forced marriage</h3>
<p>Warning signs include a young person's passport being taken, a sudden family trip abroad before the summer holidays, and being withdrawn from school. The Forced Marriage Unit gives advice to professionals.</p>
<h3>Training dates</h3>
<ul><li>DASH risk checklist refresher - Wednesday 10 March 2066, 09:30-12:30 (Teams)</li>
<li>Child to parent violence: an introduction - Wednesday 24 March 2066, 13:30-16:00 (Wandsworth Town Hall)</li></ul>
<p style="border:1px solid #5B2C6F;padding:8px"><b>If a child is in immediate danger, call 999.</b> For a child protection concern, contact the MASH.</p>
</td></tr>
<tr><td style="color:#777777;font-size:8pt;padding-top:10px">You are receiving this because you subscribed to the Richmond and Wandsworth Safeguarding Children Partnership bulletin. <a href="https://rwscp.example.org/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
""")
    top = plain_top(f, addr("RWSCP Bulletin", "bulletin@rwscp.example.org"), addr("Early Help Duty", RED),
                    "RWSCP Bulletin - February 2066 - Domestic abuse in focus", when, "rwscp.example.org", None,
                    extra=[("List-Id", "RWSCP Bulletin <bulletin.rwscp.example.org>"),
                           ("List-Unsubscribe", "<https://rwscp.example.org/unsubscribe>")])
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN (HTML-only, List-Id, no Auto-Submitted) full of the theme's words: a "
        "fictional 'Child J' case study, DASH and MARAC thresholds, forced-marriage warning signs, 'If a child is "
        "in immediate danger, call 999', 'child protection concern'. DESIGN: bulletins that list examples must "
        "not trigger the alert. Not a request -> other -> human_review; no real child.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2066-01-21 14:12:36"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support form for Ayaan Hossain (DOB 09/01/2056) and Zara-Noor Hossain (DOB 24/07/2060), Mosaic ID 1720446. I have been the family's Early Help practitioner since September.

In December mum, Rokeya Khanom, told me at the children's centre that her husband, Jamal Hossain, controls everything at home. He keeps her passport and her bank card, gives her £10 a week, checks her phone, and doesn't let her go out unless his mother goes with her. She says he has never hit her, but he shouts at her in front of the children and tells her she will lose them if she tells anyone. The IDVA completed a DASH with her on 08/01/2066 (11 yeses). Mr Hossain was offered a place on the council's domestic abuse perpetrator programme in December and refused it.

Ayaan (10) has become very withdrawn at school and has started repeating his father's comments about his mum. Zara-Noor (5) has gone back to wetting herself at school.

We don't think Early Help can hold this on its own any longer. Mum consents to the MARF being shared with MAST and to a social work assessment. My manager, Habiba Chowdhury (copied), has agreed the step up.

Kind regards,
Shapla

Shapla Begum-Ahmed
Family Support Practitioner | Early Help - Bethnal Green Locality
London Borough of Tower Hamlets
020 7946 0174

""") + TDISC
    marf = pdf_att("MARF - Hossain - 21.01.2066.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child 1: Ayaan Hossain  DOB 09/01/2056   Child 2: Zara-Noor Hossain  DOB 24/07/2060",
        "Mosaic ID: 1720446   Address: Cable Street, Shadwell, E1",
        "Parent/carer: Rokeya Khanom (mother); Jamal Hossain (father)",
        "Referrer: Shapla Begum-Ahmed, Family Support Practitioner, Early Help",
        "Reason for request: coercive and controlling behaviour and economic abuse by father towards mother;",
        "impact on both children (withdrawal, regression). DASH 08/01/2066: 11 - medium.",
        "Father declined the perpetrator programme (December 2065).",
        "Parental consent to this request: Yes - mother, 20/01/2066",
        "Manager agreement: Habiba Chowdhury, Early Help Team Manager, 21/01/2066",
        "Request: step up to Children's Social Care for a Child and Family Assessment."])
    top = outlook_top(f, addr("Begum-Ahmed, Shapla", "Shapla.Begum-Ahmed@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Hossain - MARF attached", when,
                      cc=addr("Chowdhury, Habiba", "Habiba.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1720446"],
        [ch("Ayaan Hossain", "2056-01-09", "09/01/2056"), ch("Zara-Noor Hossain", "2060-07-24", "24/07/2060")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support + manager_agreed): the MARF is "
        "attached as a PDF and 'Habiba Chowdhury (copied), has agreed the step up' -> nothing missing -> "
        "book_meeting. COERCIVE CONTROL AND ECONOMIC ABUSE (passport, bank card, £10 a week, phone checks), DASH "
        "11 (medium), father refused the perpetrator programme -> domestic_abuse; current but not immediate. "
        "'Mum consents to the MARF being shared' -> consent true. 'Mosaic ID' label -> bare number.",
        not_children=["Rokeya Khanom", "Jamal Hossain", "Shapla Begum-Ahmed", "Habiba Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2066-02-25 13:40:19"
    body = T("""
Dear MAST,

I'm ringing as well, but the line is busy, so I'm writing this down at the same time.

Samira Rehman (Year 10, DOB 30/04/2050) came to her form tutor at lunchtime today, very upset. She says her father and her uncle have booked flights to Islamabad for tomorrow morning (Friday 26th) from Heathrow. The family have told her it is for a cousin's wedding, but her older sister has told her the nikah is her own and that she was promised to a cousin there when she was 12. Her father took her passport from her room last week. She says that if she refuses, "they'll say I've brought shame on them".

Last Thursday her uncle slapped her across the face and pulled her hair after a neighbour saw her walking home with a boy. She showed us a bruise on her upper arm today.

Her uncle is due to collect her from school at 3.15 today. She has begged us not to call home. She is with our pastoral lead in the medical room now.

We have spoken to the Forced Marriage Unit, who told us to contact you and the police; I've called 101 as well.

Please call me on 020 7946 0453 or 07700 900 845.

Ruth Abernethy-Khan
Deputy Headteacher | Designated Safeguarding Lead
Bow Community School
""")
    top = outlook_top(f, addr("Ruth Abernethy-Khan", "r.abernethy-khan@bowcommunity.example.sch.uk"), addr("MAST", TMAST),
                      "Year 10 student - flights booked for tomorrow - passport taken", when,
                      mid_domain="DB9P192MB1733.EURP192.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Samira Rehman", "2050-04-30", "30/04/2050")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "HONOUR-BASED ABUSE / FORCED MARRIAGE, TODAY: a 15-year-old's passport taken, flights booked for tomorrow "
        "morning, told it is her own nikah, 'brought shame on them', hit by her uncle last week (bruise seen), and "
        "the uncle collects her at 3.15 today. Immediate risk -> urgent -> alert_duty. The only alarm words are in "
        "the DSL's signature ('Designated Safeguarding Lead'). A school's report, not a step request -> other. "
        "Concerns: honour-based abuse by family members is domestic_abuse; the slap and bruise -> physical_harm.",
        not_children=["Ruth Abernethy-Khan"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2066-02-09 11:30:08"
    body = T("""
Hello Early Help Hub,

I'm stepping Anaïs Lefèvre-Cooper (DOB 03/03/2059) down to a Team Around the Family as the outcome of her Child and Family Assessment, which concluded on 29/01/2066. Mosaic 1733980.

Attached: the C&F assessment (PDF), the draft TAF plan (Word), and the invitation to the TAF meeting I've arranged for tomorrow, Wednesday 10 February at 10am at Stepney Children and Family Centre. I'll chair.

Anaïs's parents separated in 2064. The assessment looked mainly at the handovers for her time with her dad, which happen at school on Fridays under a child arrangements order. There were arguments at the school gate in the autumn, and dad's messages to mum are still belittling and controlling at times. Mum has been treated for depression since the separation. There has been no police involvement since August 2065, and dad has completed a parenting-after-separation course. Anaïs (6) is doing well at school but gets anxious on Fridays.

Both parents have consented to the step down to Early Help and to the TAF plan.

Lead practitioner: Fatima-Zahra Idrissi, Family Support Worker, Stepney Children and Family Centre - she has agreed to take on the role.

Kofi

Kofi Asante-Wright
Social Worker | Assessment and Intervention Team 2
London Borough of Tower Hamlets

""") + TDISC
    cfa = pdf_att("C&F Assessment - Lefevre-Cooper.pdf", "Child and Family Assessment - Anaïs Lefèvre-Cooper", [
        "DOB 03/03/2059. Mosaic 1733980. Assessment started 08/12/2065, concluded 29/01/2066.",
        "Household: mother (Claire Cooper); father (Étienne Lefèvre) lives in Mile End.",
        "Reason: school concern about arguments between the parents at Friday handovers (autumn 2065).",
        "Findings: Anaïs is well cared for in both homes. Mother's depression is treated by her GP.",
        "Father's messages to mother are at times belittling and controlling; no police involvement since",
        "August 2065. Father completed a parenting-after-separation course in January 2066.",
        "Analysis: needs can be met by a multi-agency Early Help plan; no ongoing statutory role.",
        "Outcome: step down to a TAF; lead practitioner from Stepney Children and Family Centre."])
    plan = docx_att("Draft TAF plan - Lefevre-Cooper.docx", [
        "# Draft TAF plan - Anaïs Lefèvre-Cooper",
        "Lead practitioner: Fatima-Zahra Idrissi, Family Support Worker, Stepney Children and Family Centre",
        "1. Handovers: move Friday handovers to the children and family centre with a worker present.",
        "2. Communication: parents to use a co-parenting app; messages reviewed at each TAF.",
        "3. Mum's wellbeing: continue GP treatment; referral to the women's wellbeing group.",
        "4. Anaïs: Friday check-in with her class teacher; worry box at home."])
    cal = ics("REQUEST", f, dt(when), "20660210T100000", "20660210T113000",
              "TAF meeting - Lefèvre-Cooper - Mosaic 1733980", "Stepney Children and Family Centre",
              "Team Around the Family meeting (step down from CSC), chaired by Kofi Asante-Wright.",
              ("Kofi Asante-Wright", "Kofi.Asante-Wright@" + TDOM),
              [("Early Help Hub", TEH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Fatima-Zahra Idrissi", "Fatima-Zahra.Idrissi@" + TDOM, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    ics_att = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="TAF meeting 10.02.2066.ics"'),
                    ("Content-Disposition", 'attachment; filename="TAF meeting 10.02.2066.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    top = outlook_top(f, addr("Asante-Wright, Kofi", "Kofi.Asante-Wright@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Anaïs Lefèvre-Cooper - Mosaic 1733980 - TAF Weds 10 Feb", when)
    add(f, mail(f, top, body, [cfa, plan, ics_att], html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["1733980"],
        [ch("Anaïs Lefèvre-Cooper", "2059-03-03", "03/03/2059")],
        ["domestic_abuse", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner): C&F "
        "assessment PDF, draft TAF plan .docx, 'Both parents have consented', lead practitioner named with her "
        "agency -> nothing missing -> book_meeting. SEPARATED PARENTS AND CONTACT HANDOVERS; the TAF the social "
        "worker arranged comes as an attached .ics (METHOD:REQUEST) - a new request, not a meeting reply. "
        "Accented name in the subject (RFC 2047), body and attachments. Concerns: father's messages 'still "
        "belittling and controlling at times' -> domestic_abuse (current, low level); mum's depression -> "
        "parental_mental_health. Manager not stated (not required here) -> null.",
        not_children=["Fatima-Zahra Idrissi", "Kofi Asante-Wright"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2066-03-17 10:05:51"
    body = T("""
Good morning MAST,

Please find attached a MARF for Reuben Ashworth-Malik, DOB 12/08/2052 (13), Mosaic ID 1702915.

To be clear from the start, this is not a request for same-day action and there is no immediate risk this week: Reuben is staying with his dad in Chelmsford until Sunday, and mum is at home on her own.

Reuben has been violent towards his mum, Sadia Malik, for about two years. The worst incident was on 14 November 2065, when he threatened her with a kitchen knife during an argument about his phone; police attended and he was given a youth caution. Since then all the knives in the house have been locked away, Reuben has completed the eight-week Step Change programme for young people who harm their parents, and there has been no physical violence since December. Mum has finished the NVR parenting group.

The reason for the step up is that over the last month the verbal abuse and damage at home have come back - holes in two doors, threats to "ruin her life" - and mum has told me she is frightened of what happens when he is bigger than her. His school say he is angry and isolated. We think Reuben needs a social work assessment, including the pattern of violence in the home and a plan that works across both parents' homes.

Mum consents to this request. My team manager, Shahidul Islam, agreed the step up in supervision on 15/03/2066.

Dominika

Dominika Wiśniewska
Early Help Practitioner | Early Help - Poplar Locality
London Borough of Tower Hamlets

""") + TDISC
    marf = docx_att("MARF - Ashworth-Malik.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Reuben Ashworth-Malik   DOB: 12/08/2052   Mosaic ID: 1702915",
        "Parents: Sadia Malik (mother, Poplar); Daniel Ashworth (father, Chelmsford)",
        "Referrer: Dominika Wiśniewska, Early Help Practitioner",
        "Concerns: child to parent violence - verbal abuse and damage to property (last month); knife threat "
        "14/11/2065 (youth caution); no physical violence since December 2065.",
        "Work done: Step Change programme (completed); NVR parenting group (completed); knives secured.",
        "Consent: mother consents (15/03/2066)",
        "Manager agreement: Shahidul Islam, Early Help Team Manager, 15/03/2066",
        "Request: step up for a Child and Family Assessment."])
    top = outlook_top(f, addr("Wiśniewska, Dominika", "Dominika.Wisniewska@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Reuben Ashworth-Malik - MARF attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["1702915"],
        [ch("Reuben Ashworth-Malik", "2052-08-12", "12/08/2052")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - CHILD-TO-PARENT VIOLENCE WITH A KNIFE IN THE HISTORY, NOT NOW: the knife threat was in "
        "November 2065 (youth caution), knives locked away, programme completed, 'no physical violence since "
        "December'; 'not a request for same-day action and there is no immediate risk this week' (negated), and "
        "Reuben is at his dad's in Chelmsford until Sunday. Not urgent. Complete MAST step-up (MARF .docx, "
        "'agreed the step up in supervision', 'Mum consents') -> book_meeting. Concerns: the current verbal abuse "
        "and damage by a 13-year-old towards his mother -> domestic_abuse.",
        not_children=["Sadia Malik", "Dominika Wiśniewska", "Shahidul Islam"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2066-03-29 19:47:26"
    body = T("""
Hi,

I'm a youth worker at Limehouse Youth Hub. I don't know if this is the right email but it's the one on your website, and nobody is picking up the out of hours number.

Kiera Dwyer (DOB 15/01/2049) rang me at 7.30 tonight, crying. Her ex-boyfriend Jordan (19) has put her address and a sexual picture of her on Snapchat this evening, and he's sent her messages saying "I'm coming round tonight, you and your little brother will see what happens". He has hit her before - in January she told me he punched her in the stomach.

Kiera is at home in Brokesley Street, Bow, with her brother Mason Dwyer, who is 9 (DOB 06/06/2056). Their mum is on a night shift at the Royal London until 8am and isn't answering. Two of Jordan's mates are already sitting on the wall outside the block.

I've told Kiera to lock the door and ring 999 if he turns up. I'm driving over now.

Tariq Osei-Mensah
Youth Worker, Limehouse Youth Hub
07700 900 392
""")
    top = plain_top(f, addr("Tariq Osei-Mensah", "tariq@limehouseyouthhub.example.org"), addr("MAST", TMAST),
                    "Kiera Dwyer (17) - her ex says he's coming to the flat tonight", when,
                    "mail.gmail.com", None,
                    extra=[("Content-Language", "en-GB")])
    t = text_part(body, cte="quoted-printable")
    alt = multipart("alternative", [t, text_part(html_of(body, "Arial"), "html")], gbnd(f, 1))
    add(f, build(top, alt, False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kiera Dwyer", "2049-01-15", "15/01/2049"), ch("Mason Dwyer", "2056-06-06", "06/06/2056")],
        ["domestic_abuse", "physical_harm", "sexual_harm"], None, None, [], None, "alert_duty",
        "ABUSE IN A TEENAGE RELATIONSHIP, TONIGHT, IN BST (19:47 +0100): a 17-year-old's ex (19, who has punched "
        "her before) has posted her address and a sexual image of her and says he is 'coming round tonight, you "
        "and your little brother will see what happens'; she is alone with her 9-year-old brother, his friends are "
        "outside. No alarm word anywhere. A youth worker's report to the MAST inbox -> other; urgent -> "
        "alert_duty. Concerns: intimate-partner abuse of a 17-year-old -> domestic_abuse; the threat of violence "
        "to both children -> physical_harm; sharing a sexual image of a child -> sexual_harm. Jordan (first name "
        "only, an adult) is no child.",
        not_children=["Tariq Osei-Mensah"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2066-03-04 09:20:14"
    ack = ack_text("step-down", "SB-tower_hamlets-3318", [
        "Case: Mosaic 1741205", "Children: Emre Yılmaz (21/02/2054), Defne Yılmaz (08/08/2060)",
        "TAF meeting: Tuesday 23 March 2066, 10:00 (as arranged by you)"],
        ["confirmation that the family consents to the step-down",
         "the name and agency of the identified Lead Practitioner"])
    orig = ("From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>\nSent: 02 March 2066 16:05\n"
            "To: Sheikh-Davies, Imran <Imran.Sheikh-Davies@towerhamlets.gov.uk>\n"
            "Subject: [SB-tower_hamlets-3318] Step-down request received - Mosaic 1741205\n\n") + ack
    q = quoted(orig).split("\n")
    out = []
    for line in q:
        out.append(line)
        if line.startswith("> - confirmation that the family consents"):
            out.append("Mum signed the consent form at my visit yesterday - attached.")
        if line.startswith("> - the name and agency"):
            out.append("Gráinne Mulcahy, Family Support Worker, Poplar Family Hub. She has agreed to take it on.")
    body = T("""
Hi,

Answers below. For info, dad's contact is now through the Bow contact centre and the family's IDVA, Nasreen Chowdhury-Blake, will come to the TAF.

Imran

Imran Sheikh-Davies
Social Worker | Assessment and Intervention Team 4 | London Borough of Tower Hamlets

""") + "\n".join(out) + "\n"
    consent = pdf_att("Consent to Early Help - Yilmaz - signed 03.03.2066.pdf", "Consent to Early Help support", [
        "Family: Yilmaz (Mosaic 1741205)",
        "I agree to my family's information being shared with Early Help and to a Team Around the Family.",
        "Signed: Ayse Yilmaz (mother)   Date: 03/03/2066",
        "Witnessed: Imran Sheikh-Davies, Social Worker"])
    top = plain_top(f, addr("Sheikh-Davies, Imran", "Imran.Sheikh-Davies@" + TDOM), addr("Early Help Hub", TEH),
                    "RE: [SB-tower_hamlets-3318] Step-down request received - Mosaic 1741205", when, TDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [consent]), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["1741205"],
        [ch("Emre Yılmaz", "2054-02-21", "21/02/2054"), ch("Defne Yılmaz", "2060-08-08", "08/08/2060")],
        [], True, None, [], None, "attach_to_request",
        "Plain-text reply to [SB-tower_hamlets-3318] with the answers written BETWEEN the '> ' quoted lines of the "
        "acknowledgement's 'What is missing' list: signed consent form attached (consent true) and the lead "
        "practitioner named with her agency. follow_up -> attach_to_request; missing [] for a follow-up. Children "
        "(Turkish dotless i in 'Yılmaz') and their DOBs only in the quoted acknowledgement. The IDVA and the "
        "contact centre are mentioned, but no worry is described -> concerns [].",
        not_children=["Imran Sheikh-Davies", "Gráinne Mulcahy", "Nasreen Chowdhury-Blake"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2066-03-23 09:52:03"
    data = itip_reply(f, when, "Nasreen Chowdhury-Blake", "nasreen.chowdhury-blake@eastlondonda.example.org",
                      ("Early Help Hub", TEH), "DECLINED",
                      "TAF meeting - Yılmaz - Mosaic 1741205 [SB-tower_hamlets-3318]",
                      "20660323T100000", "20660323T113000", "Poplar Family Hub",
                      comment="Sorry, I won't make the TAF. Defne's mum rang me at 9.40 from the bathroom - Serkan "
                              "has got into the flat, he's kicked the bedroom door in and she's locked in the "
                              "bathroom with Defne. Emre is in the living room with him. I've called the police. "
                              "Can someone from the Hub ring her on 07700 900 518? I'm on my way there now.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["1741205"], [], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "AN IMMEDIATE RISK IN A MEETING REPLY'S COMMENT (DESIGN safety rule 1 names 'a meeting reply's comment'): "
        "an Outlook iTIP REPLY, PARTSTAT=DECLINED, eight minutes before the TAF of tower_hamlets_06's family; the "
        "COMMENT says the father has broken into the flat, mum is locked in the bathroom with the 5-year-old and "
        "the 12-year-old is in the living room with him, police called. No alarm word anywhere. kind stays "
        "meeting_reply; urgent -> alert_duty. Mosaic 1741205 from the SUMMARY. The children are named by first "
        "name only in the comment (the surname only in the SUMMARY) -> children []. domestic_abuse.",
        not_children=["Nasreen Chowdhury-Blake"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2066-03-12 15:05:40"
    ack = ack_text("step-up", "SB-tower_hamlets-3290", [
        "Case: Mosaic ID 1720446", "Children: Ayaan Hossain (09/01/2056), Zara-Noor Hossain (24/07/2060)",
        "MAST discussion: Tuesday 26 January 2066, 14:00 (Microsoft Teams)"], [])
    body = T("""
Hi MAST,

An update for the file on the Hossain family, as agreed at the MAST discussion in January:

- Mr Hossain left the family home on 3 February. The court made an occupation order and a non-molestation order on 12 February. There have been no incidents and no contact with mum since.
- Mum has her passport and bank card back and has opened her own account.
- MARAC reviewed the case on 10 March and closed it; the IDVA now assesses the risk as standard.
- Mr Hossain started the perpetrator programme on 1 March; his time with the children is supervised at the Bow contact centre and has gone well.
- Ayaan's teacher says he is "like a different boy", and Zara-Noor is dry again.

The C&F assessment is still open with Sam Whitlock. I'm not asking for anything new - this is just so it's on record with the step-up.

Shapla

Shapla Begum-Ahmed
Family Support Practitioner | Early Help - Bethnal Green Locality
""") + quote_chain([
        ("MAST <MAST@towerhamlets.gov.uk>", "21 January 2066 14:20", "Begum-Ahmed, Shapla <Shapla.Begum-Ahmed@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-3290] Step-up request received - Mosaic ID 1720446", ack, None)])
    top = outlook_top(f, addr("Begum-Ahmed, Shapla", "Shapla.Begum-Ahmed@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-3290] Step-up request received - Mosaic ID 1720446", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["1720446"],
        [ch("Ayaan Hossain", "2056-01-09", "09/01/2056"), ch("Zara-Noor Hossain", "2060-07-24", "24/07/2060")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A FOLLOW-UP WHERE EVERYTHING HAS MOVED THE SAFE WAY: occupation and non-molestation orders, "
        "no incidents since 3 February, MARAC closed, the IDVA's 'risk as standard', the father on a perpetrator "
        "programme with supervised contact. MARAC, risk, perpetrator - all resolved or managed -> not urgent, and "
        "the domestic abuse is no longer a current worry -> concerns []. Reply to [SB-tower_hamlets-3290] -> "
        "follow_up -> attach_to_request. Children and DOBs from the quoted acknowledgement.",
        not_children=["Shapla Begum-Ahmed", "Sam Whitlock"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2066-01-28 10:40:17"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Pascoe family? Elowen is 3, so I think it will need to be the under-5s triage.

Jago Pascoe, DOB 14/05/2058
Elowen Pascoe, DOB 01/10/2062
LCS-2410873

Mum, Tamsyn Pascoe, and the children moved to Paignton from a refuge in Exeter in September 2065, after leaving the children's father. The Single Assessment (attached, with my analysis and the rationale for stepping down) found the children safe and well cared for. Dad has supervised contact once a fortnight at the Paignton contact centre. He still sends mum messages through the contact app that she finds intimidating, and the contact centre know. Mum's anxiety is the main worry: she is seeing her GP and has been referred to Talking Therapies.

Consent: mum has given her consent for level 3 Early Help, and would like the refuge outreach worker to stay involved.

Manager: my TM, Piran Hocking, has recorded his analysis on the assessment confirming the threshold for level 3 is met.

Thanks,
Morwenna

Morwenna Tregenza
Social Worker | Single Assessment Team | Torbay Council
01632 960471

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe - Jan 2066.pdf", "Single Assessment - Pascoe (LCS-2410873)", [
        "Children: Jago Pascoe (14/05/2058), Elowen Pascoe (01/10/2062). Mother: Tamsyn Pascoe.",
        "Background: family left a refuge in Exeter and moved to Paignton in September 2065.",
        "Analysis: children well cared for, settled at school and nursery; mother protective and engaged.",
        "Father's contact supervised fortnightly; intimidating messages via the contact app continue.",
        "Mother's anxiety: GP support; Talking Therapies referral made 12/01/2066.",
        "Rationale for step down: no further statutory role; needs met by a level 3 Early Help plan.",
        "Team Manager's analysis (Piran Hocking, 27/01/2066): threshold met for level 3 intervention."])
    top = outlook_top(f, addr("Tregenza, Morwenna", "Morwenna.Tregenza@" + BDOM), addr("Early Help", BEH),
                      "Step down request - triage slot please - Pascoe - LCS-2410873", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2410873"],
        [ch("Jago Pascoe", "2058-05-14", "14/05/2058"), ch("Elowen Pascoe", "2062-10-01", "01/10/2062")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down after a REFUGE (REQUIREMENTS: assessment, manager_agreed, consent): Single "
        "Assessment PDF with the TM's analysis, 'consent for level 3 Early Help', 'confirming the threshold for "
        "level 3 is met' -> nothing missing -> book_meeting; Elowen is 3, so the fortnightly under-5s triage. "
        "level 3 as written. Concerns: the father's intimidating messages continue -> domestic_abuse; mum's "
        "anxiety -> parental_mental_health.",
        not_children=["Tamsyn Pascoe", "Morwenna Tregenza", "Piran Hocking"])

def torbay_02():
    f = "torbay_02.eml"; when = "2066-01-15 14:25:09"
    body = T("""
Hello MASH,

I'm the lead practitioner for Isla-Mae Couch (DOB 20/06/2058) and Alfie Couch (DOB 11/03/2061), EHM-739104, and I'm making a contact to step them up to level 4.

This morning Isla-Mae (7) told her teacher that on her last weekend at dad's (9-10 January), when she cried for mummy, dad "squeezed my neck till I couldn't breathe" and said that if she told anyone she would never see mummy again. School saw no marks today, but she was shaking and wouldn't let go of her teacher's hand.

Under the child arrangements order the children go to their dad, Jason Couch, every other weekend. The next handover is at 5pm today in the car park of the McDonald's on Newton Road, Torquay. Mum, Leanne Couch, is terrified of him - we've been working with her on his controlling behaviour since they separated - and she says that if she doesn't hand them over he'll take her back to court and say she's turning the children against him. Alfie is 4.

Mum agrees to me contacting MASH. Silas Penrose (ATM, copied) agrees this needs to come to MASH now.

Please ring me before 4pm on 07700 900 276.

Cerys

Cerys Penberthy
Family Practitioner | Early Help (Torquay) | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Penberthy, Cerys", "Cerys.Penberthy@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Couch children - EHM-739104 - handover at 5pm today", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-739104"],
        [ch("Isla-Mae Couch", "2058-06-20", "20/06/2058"), ch("Alfie Couch", "2061-03-11", "11/03/2061")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "A CONTACT HANDOVER AT 5PM TODAY after a 7-year-old's disclosure that her father squeezed her neck until she "
        "couldn't breathe on the last contact weekend and threatened her; mum feels bound by the court order to "
        "hand both children (7 and 4) over. No alarm word anywhere. The lead practitioner's contact to MASH is a "
        "Torbay step_up (seed 002) and is complete (consent 'Mum agrees to me contacting MASH', ATM 'agrees this "
        "needs to come to MASH now') -> missing [], but urgent comes first -> alert_duty. Concerns: controlling "
        "father -> domestic_abuse; the strangling of the child -> physical_harm.",
        not_children=["Jason Couch", "Leanne Couch", "Cerys Penberthy", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2066-02-02 11:05:33"
    body = T("""
Hi MASH,

Attached is my contact form for Tegan Widdicombe (13). I've talked it through with my ATM and we agree this needs considering for level 4 - not because of anything that has happened this week, but because things have been sliding since Christmas.

Some background, because Tegan's file has a lot of history on it. Mum, Karen Widdicombe, was stalked by her ex-partner, Lee Hannaford, in 2064 and 2065. He was given a Stalking Protection Order in March 2065, breached it in October and is now serving a prison sentence; he is not due out before next summer, and there will be a restraining order when he is. The police and the IDVA are clear there is no current risk from him, and neither Tegan nor mum has heard from him since October.

The current worries are at home. Mum's drinking has crept back up since Christmas - she's told me she's drinking most nights. Tegan is doing more and more of the looking after and is missing school (79% this term), and last week she told me she has started cutting her arms.

Mum consents to the contact to MASH. My ATM, Silas Penrose, agrees it needs considering for level 4.

Denzel

Denzel Okonjo-Pryce
Lead Practitioner | Early Help (Paignton) | Torbay Council

""") + BDISC
    form_rows = [("Child's name", "Tegan Widdicombe"), ("Date of birth", "04/04/2052"), ("EHM number", "EHM-741562"),
                 ("Parent / carer", "Karen Widdicombe (mother)"), ("School", "Paignton Community Academy"),
                 ("Reason for contact", "Mother's increased alcohol use since December 2065; Tegan caring for her "
                  "mother; attendance 79%; Tegan disclosed self-harm (cutting) on 27/01/2066."),
                 ("History", "Mother stalked by ex-partner 2064-65; SPO March 2065; he is in prison; no contact "
                  "since October 2065."),
                 ("Is there an immediate risk to the child?", "No"),
                 ("Parental consent for this contact", "Yes - mother, 01/02/2066"),
                 ("Manager agreement", "Silas Penrose, Early Help ATM, 01/02/2066"),
                 ("Lead practitioner", "Denzel Okonjo-Pryce, Torbay Early Help, 01632 960538")]
    form_html = ('<html><head><meta charset="utf-8"><title>Torbay MASH contact form</title></head><body>\n'
                 '<h2>Torbay MASH - contact form (Early Help step up)</h2>\n<form>\n<table border="1" cellpadding="4">\n'
                 + "".join('<tr><th align="left">%s</th><td><input type="text" value="%s" size="60" readonly> %s</td></tr>\n'
                           % (esc(k), esc(v), esc(v)) for k, v in form_rows)
                 + '</table>\n</form>\n<p>Submitted 02/02/2066 11:01</p>\n</body></html>\n')
    form_att = Part([("Content-Type", 'text/html; charset="utf-8"; name="MASH contact form - Widdicombe.htm"'),
                     ("Content-Disposition", 'attachment; filename="MASH contact form - Widdicombe.htm"'),
                     ("Content-Transfer-Encoding", "quoted-printable")], qp(form_html, "utf-8"))
    top = outlook_top(f, addr("Okonjo-Pryce, Denzel", "Denzel.Okonjo-Pryce@" + BDOM), addr("MASH", BMASH),
                      "MASH contact - Tegan Widdicombe - EHM-741562", when)
    add(f, mail(f, top, body, [form_att], html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-741562"],
        [ch("Tegan Widdicombe", "2052-04-04", "04/04/2052")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "NEAR MISS - STALKING THAT IS MANAGED: the stalker has an SPO, breached it and is in prison, 'no current "
        "risk from him', no contact since October; 'not because of anything that has happened this week'; the "
        "attached HTML contact form answers 'Is there an immediate risk to the child?' with 'No'. Not urgent. "
        "Complete Torbay step-up (contact to MASH: consent + manager): 'Mum consents to the contact to MASH', "
        "ATM 'agrees it needs considering for level 4' -> book_meeting. DOB and EHM id only in the HTML form "
        "attachment. Concerns: mum's drinking -> substance_misuse; 'doing more and more of the looking after' -> "
        "young_carer; 79% -> school_attendance (self-harm has no concern id; the stalking is managed history).",
        not_children=["Karen Widdicombe", "Lee Hannaford", "Denzel Okonjo-Pryce", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2066-03-03 21:14:52"
    text = ("Hi I dont know who else to email, Lowenna gave me this email for early help.\n\n"
            "My son Tyler-James Kitto is 15 he has smashed the glass in the front door and hes got the big knife out "
            "the kitchen drawer. He says he'll do me and then himself. I'm sat in the car down the road with my "
            "daughter Poppy Kitto shes 7 in her pyjamas. He's still in the house on his own.\n\n"
            "I dont want to ring 999 they will take him away and hes not a bad boy hes just not well since his dad "
            "left. Please can someone ring me 07700 900 155\n\nKerry\n\nSent from my iPhone")
    top = plain_top(f, addr("Kerry Kitto", "kerrykitto85@example.com"), BEH,
                    "Please help its my son", when, "icloud.com", None,
                    extra=[("X-Mailer", "iPhone Mail (21F90)")])
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Tyler-James Kitto"), ch("Poppy Kitto")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "CHILD-TO-PARENT VIOLENCE HAPPENING NOW, AT 21:14 (out of hours): a mother in her car with her 7-year-old "
        "in pyjamas after her 15-year-old smashed the door glass, took a kitchen knife and said he'll 'do me and "
        "then himself'; he is alone in the house; she will not ring 999. iPhone mail (format=flowed, QP), no "
        "punctuation to speak of, no alarm word. Immediate risk to both children -> urgent -> alert_duty (EDT at "
        "this hour). A parent's message, not a step request -> other. Children named in full with ages, no DOBs. "
        "Concerns: violence and threats by a child towards his parent -> domestic_abuse (the threat to himself "
        "has no concern id).")

def torbay_05():
    f = "torbay_05.eml"; when = "2066-03-18 20:32:44"
    body = T("""
MASH duty,

I facilitate the Thursday evening group at the Torbay Change Project, a domestic abuse perpetrator programme. One of our participants, Dean Skinner, said things in tonight's session (18:30-20:30) that I'm not prepared to leave until the morning.

Dean has his two children, Harvey Skinner (DOB 10/02/2057) and Ruby Skinner (DOB 29/09/2059), for overnight contact every Thursday; they were at his mother's in Preston, Paignton, while he was at group. During the check-in he said his ex-partner has applied to the court to stop his contact, and that "if she thinks she's taking them off me she's wrong - none of us will be here by the morning, her included". He wouldn't say any more, left the room at 19:50 and did not come back. He told another participant he was "going to get the kids".

Our partner-support worker has tried the children's mother twice and left messages. I have rung the police on 101 (log 612 of 18/03) and they are aware.

I'm at the centre until 21:30 and then on my mobile, 07700 900 664.

Hamish Roskilly
Group Facilitator | Torbay Change Project
""")
    top = plain_top(f, addr("Hamish Roskilly", "hamish.roskilly@torbaychange.example.org"), addr("MASH", BMASH),
                    "Disclosure in group tonight - risk to children - Dean Skinner", when,
                    "torbaychange.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Harvey Skinner", "2057-02-10", "10/02/2057"), ch("Ruby Skinner", "2059-09-29", "29/09/2059")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A PERPETRATOR PROGRAMME FACILITATOR, 20:32 ON A THURSDAY: a participant said 'none of us will be here by "
        "the morning, her included', left to 'get the kids' for his overnight contact; mother unreachable; police "
        "only told on 101. Immediate risk to two children tonight -> urgent -> alert_duty (EDT). The body has no "
        "alarm word - 'risk' is only in the SUBJECT. A programme's report, not a step request -> other. Concerns: "
        "domestic_abuse + physical_harm (a threat to the children's lives).",
        not_children=["Dean Skinner", "Hamish Roskilly"])

def torbay_06():
    f = "torbay_06.eml"; when = "2066-02-01 09:10:22"
    data = itip_reply(f, when, "Morwenna Tregenza", "Morwenna.Tregenza@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Pascoe - LCS-2410873 [SB-torbay-771]", "20660209T113000",
                      "20660209T120000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-2410873"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from the social worker for torbay_01's slot at the "
        "under-5s triage on Tuesday 9 February 2066 11:30 (an under-5s Tuesday counting fortnights from the pack's "
        "anchor, 6 January 2026); LCS-2410873 in the SUMMARY. record_reply.")

def torbay_07():
    f = "torbay_07.eml"; when = "2066-03-31 16:20:06"
    body = T("""
Hi,

Requesting a triage slot to step Maisie Hext (DOB 11/11/2060) down to level 3 Early Help. LCS-2419958.

Background: Maisie and her mum, Chantelle Hext, spent four months in a refuge in 2064 after a serious assault by Maisie's father. The DASH scored 21 and the case went to MARAC three times. He was convicted in 2064 and there is a restraining order with no end date. He has had no contact since, and there are no current domestic abuse concerns. Maisie's child protection plan ended in 2065 and she has been on a CIN plan since.

What is left is Maisie's speech and language delay (she's on the SALT waiting list and her school has an SEN support plan for her) and some help for mum with routines and benefits.

The Single Assessment with my analysis is attached. My TM, Jenna Rowse, has recorded her analysis confirming the threshold for level 3 is met.

Consent: I talked to Chantelle about Early Help at my visit yesterday. She has said no - she doesn't want any more services at the moment and wants "to be left alone to get on with it". I've told her she can change her mind at any time. I'm sending this anyway so you have it for triage.

Oluwaseun

Oluwaseun Trevithick
Social Worker | Safeguarding and Supporting Families Team | Torbay Council

""") + BDISC
    sa = pdf_att("Single Assessment - Hext.pdf", "Single Assessment - Maisie Hext (LCS-2419958)", [
        "DOB 11/11/2060. Lives with her mother, Chantelle Hext, in Brixham.",
        "History: domestic abuse by father (refuge 2064, DASH 21, MARAC x3; conviction and restraining order).",
        "CP plan ended 2065; CIN since. No contact with father; no current domestic abuse concerns.",
        "Needs: speech and language delay (SALT waiting list; SEN support plan); routines; benefits advice.",
        "Analysis and rationale: needs can be met at level 3; no further statutory role.",
        "Team Manager's analysis (Jenna Rowse, 30/03/2066): threshold met for level 3 intervention.",
        "Parental consent to Early Help: not given (mother declined, 30/03/2066)."])
    top = outlook_top(f, addr("Trevithick, Oluwaseun", "Oluwaseun.Trevithick@" + BDOM), addr("Early Help", BEH),
                      "Step down - Hext - LCS-2419958 - triage", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-2419958"],
        [ch("Maisie Hext", "2060-11-11", "11/11/2060")],
        ["disability_send"], False, True, ["consent"], None, "request_info",
        "NEAR MISS - A REFUGE, DASH 21, THREE MARACS AND A CP PLAN, ALL PAST: conviction, restraining order, no "
        "contact, 'there are no current domestic abuse concerns'; a team name with 'Safeguarding' in it. Not "
        "urgent, no domestic_abuse concern. Torbay step-down (BST, 16:20 +0100): Single Assessment attached, TM's "
        "analysis 'confirming the threshold for level 3 is met' -> manager true; but mum 'has said no' to Early "
        "Help -> consent false (stated refusal) -> missing consent -> request_info. level 3 as written. Maisie is "
        "5 (not under 5). Concerns: speech and language delay, SEN support -> disability_send.",
        not_children=["Chantelle Hext", "Oluwaseun Trevithick", "Jenna Rowse"])

def torbay_08():
    f = "torbay_08.eml"; when = "2066-02-10 14:03:40"
    data = ndr(f, when, BDOM, addr("Early Help", BEH), "lowenna.tremain@torbay.gov.uk",
               "[SB-torbay-780] Step-down request received", addr("Early Help", BEH), "2066-02-10 14:03:31")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for an acknowledgement the Early Help inbox sent to a practitioner who has left; the "
        "returned headers carry [SB-torbay-780]. auto_reply -> ignore (safety rule 2).")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2066-01-14 13:15:26"
    body = T("""
Hi both,

Following the s47 enquiry and the Child and Family Assessment (decision 08/01/2066), I'm stepping the Beddoes children down to Early Help at level 3 as a sibling group. I talked it through with Verity at Tuesday's drop-in.

Ffion Beddoes - 07/03/2055 - Mosaic 703318
Iestyn Beddoes - 19/11/2057 - Mosaic 703319
Gwen Beddoes - 30/08/2062 - Mosaic 703320

Mum, Sioned Beddoes, left the children's father in October 2065 with help from the Wye Valley Women's Aid outreach team, after years of coercive control. Dad now lives in Hereford. The children see him every other Saturday, with handovers through his parents so that mum and dad don't meet. He still sends mum texts that she finds intimidating, and she is logging them with the outreach worker. The children are settled at home and in school.

Attached: the Early Help Assessment step-down plan and mum's signed consent form.

Key person: Tess Madoc-Jones, Family Support Worker, Kington Family Hub - she knows the family and has agreed to lead.

Thanks,
Rhys

Rhys Vaughan-Pritchard
Social Worker | Kington & Leominster Team | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Beddoes.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Children: Ffion Beddoes, Iestyn Beddoes, Gwen Beddoes",
        "Key person consulted to lead on this step down: Tess Madoc-Jones, Family Support Worker, Kington Family Hub"],
        tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                 ["Safety plan reviewed; texts logged and shared with police if they escalate", "Tess / outreach worker",
                  "Mum feels safe at home", "Monthly"],
                 ["Handovers kept through the paternal grandparents", "Mum / grandparents", "No direct contact between parents",
                  "Ongoing"],
                 ["Emotional support for Ffion (Year 6 transition)", "School / Tess", "Ffion settled for September", "By July"],
                 ["Freedom Programme for mum", "Outreach worker", "Mum completes the course", "12 weeks"]]])
    consent = pdf_att("Signed consent - Beddoes.pdf", "Consent to Early Help - Herefordshire Council", [
        "I give my consent to my family receiving Early Help and to information being shared with the Early Help",
        "Co-ordinator team and the key person.",
        "Children: Ffion, Iestyn and Gwen Beddoes",
        "Signed: Sioned Beddoes   Date: 12/01/2066"])
    top = outlook_top(f, addr("Vaughan-Pritchard, Rhys", "Rhys.Vaughan-Pritchard@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step-down to Early Help (level 3) - Beddoes sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["703318", "703319", "703320"],
        [ch("Ffion Beddoes", "2055-03-07", "07/03/2055"), ch("Iestyn Beddoes", "2057-11-19", "19/11/2057"),
         ch("Gwen Beddoes", "2062-08-30", "30/08/2062")],
        ["domestic_abuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent_form, draft_plan, "
        "lead_practitioner): EHA step-down plan .docx (what / by whom / outcome / timescale table), signed consent "
        "form PDF, key person named with her agency -> nothing missing -> book_meeting. Welsh names; three Mosaic "
        "ids after 'Mosaic' -> bare numbers. level 3 as written. Concerns: mum left after coercive control; the "
        "father's intimidating texts continue -> domestic_abuse (current, managed).",
        not_children=["Sioned Beddoes", "Tess Madoc-Jones", "Rhys Vaughan-Pritchard"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2066-01-20 18:05:37"
    body = T("""
MASH,

I'd like to step the Ashdown family up to children's social care, and I don't think it can wait until the morning.

I'm at the farmhouse near Titley with mum, Claire Ashdown, and the children, Noah Ashdown (DOB 03/05/2055) and Evie Ashdown (DOB 16/12/2059). Claire told her partner, Rob Pugh, this afternoon that the relationship is over, and he left at about 3pm. At 17:40 he sent her a photo of the children at the kitchen table, taken through the window from the yard, with the message "lovely family, shame". He has a shotgun certificate and keeps two guns at his brother's farm a mile away. In December he told her that if she ever left him "nobody would be walking away".

Claire has rung 999. They're sending a car but told her it could be 40 minutes. We've drawn the curtains and locked the doors, and I'm staying until someone gets here. Noah is 10 and knows something is wrong; Evie is 6.

Please ring me on 07700 900 813.

Elin Parry
Early Help Family Support Worker | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Parry, Elin", "Elin.Parry@" + HDOM), addr("MASH", HMASH),
                      "Step up - Ashdown family, Titley - I'm at the house", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Noah Ashdown", "2055-05-03", "03/05/2055"), ch("Evie Ashdown", "2059-12-16", "16/12/2059")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "RURAL STALKING AND A SEPARATION THREAT, 18:05: the partner who was just told it is over photographed the "
        "children through the window and sent 'lovely family, shame'; he has access to shotguns a mile away and "
        "said 'nobody would be walking away'; police 40 minutes off. No alarm word anywhere. A step-up to "
        "Herefordshire, whose seed defines none (human_review otherwise; missing [] for an undefined kind), but "
        "urgent comes first -> alert_duty. Concerns: domestic_abuse + physical_harm (a threat that takes in the "
        "children, with weapons).",
        not_children=["Claire Ashdown", "Rob Pugh", "Elin Parry"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2066-03-09 10:45:12"
    body = T("""
Hello Early Help co-ordinators,

Please find attached the Early Help Assessment step-down plan for Callum MacAulay (DOB 25/10/2053) and his sister Ellie MacAulay (DOB 14/07/2059), Mosaic ID 711042. The decision to step down was made at the end of the C&F assessment on 02/03/2066.

We've been involved because of Callum's violence towards his mum, Morag MacAulay - pushing her, throwing things and breaking doors - which started after her relationship with Callum's dad ended in 2064. Mum has completed the NVR parenting programme and it has made a real difference: there has been no physical violence since before Christmas, although Callum is still verbally aggressive when he's told no. He works with the school's ELSA every week and has a place on the boxing club's youth programme.

Mum agreed to the step down to Early Help on the phone yesterday, and I'll get the consent form signed when I visit on Thursday.

We haven't identified a key person yet - I'm waiting to hear whether the school's family support worker can take it on.

Aoife

Aoife McGillivray
Social Worker | Hereford City Team | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - MacAulay.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Callum MacAulay, Ellie MacAulay. Mosaic ID 711042.",
        "Key person consulted to lead on this step down: to be confirmed"],
        tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                 ["NVR follow-up sessions for mum", "Key person", "Mum keeps using NVR at home", "Monthly"],
                 ["ELSA sessions for Callum", "School", "Callum names and manages his anger", "Weekly to July"],
                 ["Boxing club youth programme", "Callum / club", "Positive activity twice a week", "Ongoing"],
                 ["Ellie's worries about home", "School / key person", "Ellie feels safe to talk", "Half-termly check"]]])
    top = outlook_top(f, addr("McGillivray, Aoife", "Aoife.McGillivray@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - MacAulay - Mosaic ID 711042", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["711042"],
        [ch("Callum MacAulay", "2053-10-25", "25/10/2053"), ch("Ellie MacAulay", "2059-07-14", "14/07/2059")],
        ["domestic_abuse"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down for CHILD-TO-PARENT VIOLENCE after the NVR programme: the plan (.docx) is attached, "
        "but consent is only verbal ('agreed ... on the phone'; the form to be signed Thursday) -> consent true yet "
        "consent_form missing; no key person yet -> lead_practitioner missing -> request_info. Mac surname. Level "
        "not written -> null. Concerns: a 12-year-old's continuing verbal aggression towards his mother -> "
        "domestic_abuse (current, lower level).",
        not_children=["Morag MacAulay", "Aoife McGillivray"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2066-02-05 12:05:49"
    body = T("""
Dear co-ordinators,

I discussed this family with Xavier at the drop-in on Tuesday; here is the step-down to level 3.

Amelia Bowkett, DOB 04/09/2056 - Mosaic ID 698214
Jack Bowkett, DOB 14/04/2060 - Mosaic ID 698215

The family were subject to a section 47 enquiry in November 2065 after a domestic abuse incident: dad, Kyle Bowkett, had been drinking, damaged the house and pushed mum, Jade Bowkett, in front of the children. The DASH was high risk and the family were heard at MARAC on 02/12/2065. Since then dad has moved out to Leominster and completed the Change for Good perpetrator programme (final report 18/12/2065: positive, engaged throughout), and MARAC has closed the case. The children see him every other weekend with handovers at the paternal grandparents', and every handover has gone well. There are no current safeguarding concerns.

The plan has a contingency in it: if dad were ever to turn up at the house drunk, or contact broke down, mum would call 999 and school would be told not to release the children to him. This is a "what if" - nothing like that has happened since November.

The need that's left is Amelia's attendance (90%, mostly Mondays after contact weekends).

Attached: the EHA step-down plan and mum's signed consent form. Key person: Sara Lloyd, Pastoral Lead, Ledbury Primary School.

Gethin

Gethin Probert
Social Worker | Ledbury & Ross Team | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Bowkett.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Amelia Bowkett (Mosaic ID 698214), Jack Bowkett (Mosaic ID 698215)",
        "Key person consulted to lead on this step down: Sara Lloyd, Pastoral Lead, Ledbury Primary School",
        "Contingency (what if): if dad attends the home drunk or contact breaks down, mum calls 999; school not to "
        "release the children to him."],
        tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                 ["Monday morning attendance plan for Amelia", "School", "Attendance above 95%", "By Easter"],
                 ["Handovers at the grandparents' continue", "Parents", "Calm handovers", "Ongoing"],
                 ["Family support sessions", "Sara Lloyd", "Routines after contact weekends", "Fortnightly"]]])
    consent = pdf_att("Consent form signed - Bowkett.pdf", "Consent to Early Help - Herefordshire Council", [
        "I consent to my family receiving Early Help support and to information being shared.",
        "Children: Amelia Bowkett, Jack Bowkett",
        "Signed: Jade Bowkett   Date: 03/02/2066"])
    top = outlook_top(f, addr("Probert, Gethin", "Gethin.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Level 3 step-down - Bowkett - Mosaic 698214/698215", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["698214", "698215"],
        [ch("Amelia Bowkett", "2056-09-04", "04/09/2056"), ch("Jack Bowkett", "2060-04-14", "14/04/2060")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PERPETRATOR PROGRAMME COMPLETED AND A 'WHAT IF': the November 2065 incident, high-risk DASH "
        "and MARAC are past, MARAC closed, 'There are no current safeguarding concerns'; the contingency 'if dad "
        "were ever to turn up at the house drunk ... mum would call 999' is hypothetical ('nothing like that has "
        "happened since November'). Not urgent; no domestic_abuse or substance_misuse. Complete Herefordshire "
        "step-down: plan .docx, signed consent form PDF, key person with agency -> book_meeting. level 3 as "
        "written. Concerns: 90% -> school_attendance.",
        not_children=["Kyle Bowkett", "Jade Bowkett", "Sara Lloyd", "Gethin Probert"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2066-03-22 15:50:18"
    ack = ack_text("step-down", "SB-herefordshire-1402", [
        "Case: Mosaic ID 711042", "Children: Callum MacAulay (25/10/2053), Ellie MacAulay (14/07/2059)"],
        ["the family's written consent", "the details of the key person who will lead on this step-down"])
    body = T("""
Please put this step-down on hold.

Morag MacAulay has just rung me from A&E at the County Hospital. At about 2pm Callum hit her on the head with a hammer from the shed when she told him he couldn't go out. She has a head wound that needs stitches and they are keeping her in for a scan. She got out of the house and a neighbour drove her in.

Ellie (6) is still at home with Callum - she was in her room when it happened. Morag's partner is working in Birmingham and can't be back before 8. Nobody has been in touch with Callum since.

I'm driving out to the house now, about 25 minutes. Please can someone from MASH call me on 07700 900 725.

Aoife

Aoife McGillivray
Social Worker | Hereford City Team | Herefordshire Council
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "09 March 2066 10:52",
         "McGillivray, Aoife <Aoife.McGillivray@herefordshire.gov.uk>",
         "[SB-herefordshire-1402] Step-down request received - Mosaic ID 711042", ack, None)])
    top = outlook_top(f, addr("McGillivray, Aoife", "Aoife.McGillivray@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1402] Step-down request received - Mosaic ID 711042", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["711042"],
        [ch("Callum MacAulay", "2053-10-25", "25/10/2053"), ch("Ellie MacAulay", "2059-07-14", "14/07/2059")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP TO herefordshire_03's STEP-DOWN THAT IS NOW AN IMMEDIATE RISK: the 12-year-old hit his mother "
        "on the head with a hammer two hours ago (she is in A&E), and his 6-year-old sister is alone in the house "
        "with him; no adult until 8pm. No alarm word anywhere. Reply to [SB-herefordshire-1402] -> follow_up; "
        "urgent -> alert_duty. Children and DOBs from the quoted acknowledgement. Concerns: child-to-parent "
        "violence -> domestic_abuse (mum was the one hurt; no child has been harmed or threatened, so no "
        "physical_harm). Consent not stated in this mail -> null.",
        not_children=["Morag MacAulay", "Aoife McGillivray"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2066-02-04 09:25:31"
    fwd = T("""
---------- Forwarded message ---------
From: Operation Encompass <encompass@westmercia.example.police.uk>
Date: Thu, 4 Feb 2066 at 07:58
Subject: Operation Encompass notification - St Martin's CE Primary - 04/02/2066
To: <dsl@stmartins.example.sch.uk>

OPERATION ENCOMPASS - NOTIFICATION TO SCHOOL

An incident of domestic abuse was reported at the home address of the child below during the evening of 03/02/2066 (22:40).

Child: Mollie Preece-Hughes (Year 3)
Nature of incident: verbal argument between the parents. No assault. No arrests.
Children present: yes - asleep upstairs; officers report the children were not aware of the incident.
DASH: standard.

Please ensure a key adult is available for the child today. This notification is shared so that the school can offer support; no further action is required unless you have concerns.
""")
    body = T("""
Good morning,

We received the Operation Encompass notification below this morning. Mollie came into breakfast club happy and chatty and ate well; I had a quiet word with her as her key adult and she didn't mention anything. We have no worries about her in school today.

Mum has asked us before about parenting courses, and I'd like to offer the family an Early Help Assessment if that's appropriate. Could you tell me whether the family is already known to Early Help, and who I should speak to?

Many thanks,
Hannah

Hannah Gwilliam
Family Support Worker | St Martin's CE Primary School, Hereford
""") + fwd
    top = plain_top(f, addr("Hannah Gwilliam", "h.gwilliam@stmartins.example.sch.uk"), addr("Early Help Co-ordinators", HEH),
                    "Fwd: Operation Encompass notification - St Martin's CE Primary - 04/02/2066", when,
                    "mail.gmail.com", None)
    t = text_part(body, cte="quoted-printable")
    alt = multipart("alternative", [t, text_part(html_of(body, "Arial"), "html")], gbnd(f, 1))
    add(f, build(top, alt, False), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Mollie Preece-Hughes")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS - A FORWARDED OPERATION ENCOMPASS NOTIFICATION: 'An incident of domestic abuse was reported' last "
        "night, but a verbal argument, no assault, the children asleep and unaware, DASH standard, 'no further "
        "action is required', and the school says Mollie is happy and 'We have no worries about her in school "
        "today'. Not urgent. The school asks whether the family is known and how to offer an EHA: a general "
        "enquiry -> other -> human_review. Mollie named in full, no DOB. Concerns: last night's incident is a "
        "current domestic_abuse worry, however low-level.",
        not_children=["Hannah Gwilliam"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2066-02-15 10:02:16"
    data = itip_reply(f, when, "Aoife McGillivray", "Aoife.McGillivray@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "TENTATIVE", "Step-down drop-in [SB-herefordshire-1375]", "20660216T103000", "20660216T110000",
                      "Microsoft Teams Meeting", comment="I may be in court tomorrow morning - I'll confirm by 9.")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, to a Tuesday-morning step-down drop-in slot (Tue 16 Feb 2066 10:30) "
        "[SB-herefordshire-1375], with a COMMENT about court. No case id in the SUMMARY. record_reply.",
        not_children=["Aoife McGillivray"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2066-03-24 11:40:07"
    body = T("""
Dear Early Help Co-ordinator team,

Private law safeguarding enquiry - Leo Hargreaves-Ndlovu (DOB 18/01/2060)

We have received an application to the Family Court for a child arrangements order concerning Leo. His father applies to spend time with him; his mother opposes it. In her response the mother alleges domestic abuse during the relationship, in 2062 and 2063, including controlling behaviour and one incident in which she was pushed. The parents separated in 2063 and Leo has not seen his father since. Police checks show one call-out in 2063 with no further action.

Our checks so far show no current safeguarding concerns and no open social care involvement. The court has asked us to complete safeguarding enquiries before the first hearing (FHDRA) on 15/04/2066.

Please could you let us know by 07/04/2066 whether Leo or either parent is known to Early Help services, and share any relevant information. Our letter is attached.

This is a request for information only; it is not a referral.

Yours sincerely,

Abigail Osei-Thornton
Family Court Adviser | Cafcass (Midlands)
""")
    letter = pdf_att("Safeguarding enquiry - Hargreaves-Ndlovu.pdf", "Cafcass - private law safeguarding enquiry", [
        "To: Herefordshire Council, Early Help Co-ordinator team      Date: 24/03/2066",
        "Child: Leo Hargreaves-Ndlovu, DOB 18/01/2060",
        "Application: child arrangements order (father); first hearing (FHDRA) 15/04/2066.",
        "Allegations: domestic abuse 2062-2063 (controlling behaviour; one push). Parents separated 2063.",
        "Checks to date: police - one call-out 2063, NFA; local authority - no open involvement.",
        "Request: please confirm whether the child or either parent is known to Early Help and share any",
        "relevant information by 07/04/2066. This is a request for information only, not a referral."])
    top = plain_top(f, addr("Abigail Osei-Thornton", "abigail.osei-thornton@cafcass.example.gov.uk"),
                    addr("Early Help Co-ordinators", HEH),
                    "Private law safeguarding enquiry - Hargreaves-Ndlovu - reply by 07/04/2066", when,
                    "cafcass.example.gov.uk", "Mozilla Thunderbird")
    add(f, mail(f, top, body, [letter], crlf=False), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Leo Hargreaves-Ndlovu", "2060-01-18", "18/01/2060")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A CAFCASS PRIVATE LAW SAFEGUARDING ENQUIRY about SEPARATED PARENTS: 'safeguarding' and "
        "'domestic abuse' throughout, but the allegations date from 2062-63, the parents separated in 2063 with no "
        "contact since, 'no current safeguarding concerns', 'a request for information only; it is not a "
        "referral'. Not urgent; the allegations are historic -> concerns []. A request for information -> other -> "
        "human_review. Thunderbird plain text (LF) with the letter as PDF.",
        not_children=["Abigail Osei-Thornton"])


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

# England & Wales bank holidays in 2066 that fall on a weekday (set_checks() re-derives them from the `holidays`
# package and compares): New Year's Day Friday 1 January; Good Friday 9 April; Easter Monday 12 April; May Day
# Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday 30 August; Christmas Day
# (substitute) Monday 27 December; Boxing Day (substitute) Tuesday 28 December (25 and 26 December are a weekend).
BANK_HOLIDAYS = {date(2066, 1, 1), date(2066, 4, 9), date(2066, 4, 12), date(2066, 5, 3), date(2066, 5, 31),
                 date(2066, 8, 30), date(2066, 12, 27), date(2066, 12, 28)}
IN_WINDOW = {}                                                            # none falls inside the window
EASTER = {date(2066, 4, 9): "Good Friday", date(2066, 4, 12): "Easter Monday"}   # just after the window
# The brief's window: the spring term of 2066, early January to late March / early April. Chosen: Monday 4 January
# (the first working day after New Year's Day, Friday 1 January) to Thursday 8 April 2066 (the last working day
# before Good Friday, 9 April).
WINDOW = (datetime(2066, 1, 4, tzinfo=LON), datetime(2066, 4, 8, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 28 March 2066 and ends at 01:00 UTC on Sunday 31 October 2066.
BST_START = datetime(2066, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2066, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2066
NOW_DELAY = (timedelta(minutes=2), timedelta(minutes=6))

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

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
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
    if "consent_form" in e["missing"] and e["consent"] is None and "verbal" in lab["why"]: err("verbal consent is true")
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
            if meeting.year > MAX_YEAR: err("meeting after %d" % MAX_YEAR)
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
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
    other_mb = "early_help_duty" if mb == "mash_step_up" else "mash_step_up"
    if MAILBOXES[(a, other_mb)].lower() in rcpt: err("sent to both inboxes")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (NOW_DELAY[0] <= now - d <= NOW_DELAY[1]): err("now not 2-6 min after Date")
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
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
            if c["dob"] and not date.fromisoformat(c["dob"]) < now.date():
                err("dob of %s not before now" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in str(msg["Subject"]):
        err("[SB-] reference on a new request / other mail")
    if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"])):
        err("follow_up without an [SB-] reference in the subject")
    methods = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if e["kind"] == "meeting_reply" and methods != ["REPLY"]: err("meeting_reply needs exactly one METHOD:REPLY part")
    if e["kind"] != "meeting_reply" and "REPLY" in methods: err("iTIP REPLY outside meeting replies")
    if e["kind"] == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"): err("auto_reply unmarked")
    return errors

CAT_EXPECTED = {"urgent": 12, "near_miss": 13, "ordinary": 15}
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")
THEME_RISK = re.compile(r"(?i)\b(MARAC|DASH|999|knife|stalk\w*|perpetrator|assault\w*|violen\w*|strangl\w*)\b")

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _att(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename()]

def _exts(msg):
    return sorted(p.get_filename().rsplit(".", 1)[1].lower() for p in _att(msg))

def _cal_methods(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _comment(msg):
    for p in msg.walk():
        if p.get_content_type() == "text/calendar":
            c = p.get_payload(decode=True).decode().replace("\r\n ", "")
            m = re.search(r"^COMMENT[^:]*:(.*)$", c, re.M)
            return m.group(1) if m else ""
    return ""

def _t06(msg):
    lines = _plain(msg).split("\n")
    i = next(i for i, l in enumerate(lines) if l.startswith("Mum signed the consent form"))
    j = next(i for i, l in enumerate(lines) if l.startswith("Gráinne Mulcahy"))
    return (lines[i - 1].startswith("> - confirmation") and lines[j - 1].startswith("> - the name")
            and all(not l.startswith(">") for l in (lines[i], lines[j])) and _exts(msg) == ["pdf"])

CUSTOM = [
    ("knowsley_01.eml", "an iTIP REQUEST inside multipart/alternative + two .docx",
     lambda m: _cal_methods(m) == ["REQUEST"] and _exts(m) == ["docx", "docx"]),
    ("knowsley_02.eml", "form .docx + minutes .pdf; 'Weds 14th April'",
     lambda m: _exts(m) == ["docx", "pdf"] and "Weds 14th April" in readable(m)),
    ("knowsley_03.eml", "children named in full only in the quoted acknowledgement",
     lambda m: _plain(m).find("Tommy Hennessy") > _plain(m).find("________________________________") > 0),
    ("knowsley_05.eml", "Word HTML table with a text twin; sent after midnight BST",
     lambda m: "MsoTableGrid" in str(m) or any("MsoTableGrid" in (p.get_content() if p.get_content_type() == "text/html" else "")
                                               for p in m.walk() if not p.is_multipart())),
    ("knowsley_07.eml", "DECLINED with a COMMENT about MARAC",
     lambda m: "PARTSTAT=DECLINED" in str(m.get_body(("calendar",)) or "") or "MARAC" in _comment(m)),
    ("knowsley_08.eml", "out-of-office", lambda m: str(m["Subject"]).startswith("Automatic reply:")),
    ("richmond_wandsworth_04.eml", "MARAC list anonymised (no full names of children)",
     lambda m: "W-05" in readable(m) and "immediate risk" in readable(m)),
    ("richmond_wandsworth_07.eml", "Google REPLY + invite.ics", lambda m: _cal_methods(m) == ["REPLY"] and _exts(m) == ["ics"]),
    ("richmond_wandsworth_08.eml", "HTML-only bulletin with List-Id",
     lambda m: m["List-Id"] is not None and not _plain(m) and "fictional" in readable(m)),
    ("tower_hamlets_03.eml", "pdf + docx + an attached .ics REQUEST",
     lambda m: _exts(m) == ["docx", "ics", "pdf"] and _cal_methods(m) == ["REQUEST"]),
    ("tower_hamlets_06.eml", "answers between the '> ' quoted missing items", _t06),
    ("tower_hamlets_07.eml", "DECLINED; the risk only in the COMMENT; first names only",
     lambda m: "kicked the bedroom door in" in _comment(m) and "Defne Y" not in readable(m).replace("Defne Yılmaz (", "")),
    ("torbay_03.eml", "HTML form attachment carrying the DOB and EHM id",
     lambda m: _exts(m) == ["htm"] and "04/04/2052" not in _plain(m) and "EHM-741562" in str(m["Subject"])),
    ("torbay_04.eml", "iPhone format=flowed, no DOBs", lambda m: "format=flowed" in str(m)),
    ("herefordshire_06.eml", "a forwarded police notification under the school's note",
     lambda m: _plain(m).find("Forwarded message") > _plain(m).find("no worries about her")),
    ("herefordshire_08.eml", "Thunderbird text + PDF letter", lambda m: _exts(m) == ["pdf"]),
]

WORDING = [
    ("knowsley_01.eml", "Leanne has agreed to the step up", "consent", True),
    ("knowsley_01.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_02.eml", "agreed the step up on Monday", "manager_agreed", True),
    ("knowsley_04.eml", "Mum has consented to the referral to Family First", "consent", True),
    ("knowsley_04.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_05.eml", "both agree to the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "Harriet agrees to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "I've agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_03.eml", "Eilidh agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_06.eml", "confirm her consent after that", "consent", None),
    ("tower_hamlets_01.eml", "Mum consents to the MARF being shared", "consent", True),
    ("tower_hamlets_01.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_03.eml", "Both parents have consented to the step down", "consent", True),
    ("tower_hamlets_04.eml", "Mum consents to this request", "consent", True),
    ("tower_hamlets_04.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("tower_hamlets_06.eml", "Mum signed the consent form", "consent", True),
    ("torbay_01.eml", "mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "Mum agrees to me contacting MASH", "consent", True),
    ("torbay_02.eml", "agrees this needs to come to MASH now", "manager_agreed", True),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "agrees it needs considering for level 4", "manager_agreed", True),
    ("torbay_07.eml", "She has said no", "consent", False),
    ("torbay_07.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_01.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_03.eml", "Mum agreed to the step down to Early Help on the phone", "consent", True),
    ("herefordshire_04.eml", "mum's signed consent form", "consent", True),
]

QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_05.eml", "knowsley_03.eml", "knowsley_06.eml",
                  "richmond_wandsworth_05.eml", "torbay_02.eml", "torbay_04.eml", "tower_hamlets_05.eml",
                  "tower_hamlets_07.eml"]
# file: (working days from the London date of `now`, plain weekdays, working days from the UTC date of `now`)
COUNTS_EXPECTED = {"knowsley_01.eml": (5, 5, 5), "knowsley_02.eml": (3, 5, 3), "knowsley_04.eml": (5, 5, 5),
                   "knowsley_05.eml": (4, 4, 5)}
DECISIVE_BH_EXPECTED = ["knowsley_02.eml"]       # plain weekdays say ok, working days (Easter) say not ok
DECISIVE_TZ_EXPECTED = ["knowsley_05.eml"]       # the UTC date says ok, the London date says not ok
CLOCK_CHANGE_EXPECTED = ["knowsley_04.eml"]      # sent in GMT, meeting in BST
BST_FILES_EXPECTED = ["knowsley_02.eml", "knowsley_05.eml", "torbay_07.eml", "tower_hamlets_05.eml"]
QUIET, COUNTS = [], {}

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
        present = phrase in readable(parse(f)) or phrase in str(parse(f)["Subject"])
        if not present: errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
        if per.get(a) and (per[a].count("urgent") < 2 or per[a].count("near_miss") < 2):
            errors.append("%s: needs at least 2 urgent and 2 near misses" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2066])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(WINDOW[1].date() < d <= WINDOW[1].date() + timedelta(days=4) for d in easter):
        errors.append("set: Easter 2066 is %s, expected %s just after the window" % (easter, EASTER))
    try:
        from dateutil.easter import easter as _easter
        if _easter(2066) != date(2066, 4, 11): errors.append("set: Easter Sunday 2066 is not 11 April")
    except ImportError:
        pass
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2066, 3) and BST_END.date() == last_sun(2066, 10)):
        errors.append("set: BST must start on the last Sunday of March 2066 and end on the last Sunday of October")
    for d, off in ((date(2066, 3, 27), timedelta(0)), (date(2066, 3, 29), timedelta(hours=1))):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != off:
            errors.append("set: Europe/London offset on %s is not %s" % (d, off))
    if not (WINDOW[0].date().weekday() == 0 and WINDOW[1].date().weekday() == 3
            and WINDOW[1].date() + timedelta(days=1) == min(EASTER)
            and date(2066, 1, 1) in BANK_HOLIDAYS and WINDOW[0].date() == date(2066, 1, 4)):
        errors.append("set: the window must run from Monday 4 January to Thursday 8 April 2066")
    quiet, counts, bst = [], {}, []
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        text = readable(msg)
        if msg["Date"].strip().endswith("+0100"):
            bst.append(f)
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        if CATS[f] == "near_miss" and not (ALARM.search(text) or THEME_RISK.search(text)):
            errors.append("%s: a near miss should carry risk words" % f)
        m = META[f]["meeting"]
        if m is not None:
            now = datetime.fromisoformat(lab["now"])
            counts[f] = (working_days(now.astimezone(LON).date(), m), plain_weekdays(now.astimezone(LON).date(), m),
                         working_days(now.astimezone(UTC).date(), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort(); bst.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    dbh = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if dbh != DECISIVE_BH_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (dbh, DECISIVE_BH_EXPECTED))
    dtz = sorted(f for f in counts if (counts[f][2] >= 5) != (counts[f][0] >= 5))
    if dtz != DECISIVE_TZ_EXPECTED:
        errors.append("set: counts the time zone decides are %s, expected %s" % (dtz, DECISIVE_TZ_EXPECTED))
    cc = sorted(f for f in counts if datetime.fromisoformat(_lab(f)["now"]) < BST_START
                and datetime.combine(META[f]["meeting"], datetime.min.time(), tzinfo=UTC) > BST_START)
    if cc != CLOCK_CHANGE_EXPECTED:
        errors.append("set: counts across the clock change are %s, expected %s" % (cc, CLOCK_CHANGE_EXPECTED))
    if bst != BST_FILES_EXPECTED:
        errors.append("set: +0100 mails are %s, expected %s" % (bst, BST_FILES_EXPECTED))
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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD London, plain, WD UTC): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        out.append("  %s %s %s %s %s" % (l["file"], l["now"], CATS[l["file"]], l["expect"]["kind"], l["expect"]["next_action"]))
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
