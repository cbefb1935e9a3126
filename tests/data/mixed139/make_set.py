#!/usr/bin/env python3
"""mixed139: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2051 (Monday 4 September - Wednesday 20 December 2051), in online platforms and reporting
bodies writing in: an app's trust-and-safety team, a games company's player-safety and policy teams, a national
child-exploitation referral centre's referral package and its partner trend alert, an internet-watch style hotline's
notices and training invitation, a school's web-filtering alert and a school's filtering summary, two mobile
networks' reports, a marketplace app's trust-and-safety referral and its legal team's reply, a dating app's member
safety team, a livestreaming app, a ticketing system's auto-acknowledgement - written in their own (often American,
templated) formats with report IDs, usernames and UTC timestamps - alongside the practitioners who forward them or
whose step-up and step-down requests carry them.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; .docx zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(pypdf and python-docx read the hand-built PDFs and .docx files back for the checks; `holidays` must agree with the
script's bank-holiday list). `--stats` prints tallies and the Knowsley notice table. The MIME, Word HTML, PDF, .docx,
iCalendar, NDR, quote-chain and readable-text helpers are copied from /work/main/tests/data/mixed27/make_set.py and
adapted. Every label was set by hand from the specification (DESIGN.md, REQUIREMENTS.md, the seeds, the policy
packs); the self-checks only verify them against those rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 4 September - Wednesday 20 December 2051) is British
    Summer Time (+0100) until the clocks go back at 01:00 UTC on Sunday 29 October 2051, then GMT (+0000). Every
    `when` in this file is London wall-clock time; a sender in another zone gets its own offset (see retz())."""
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
        m = re.match(r"(>+ ?)", logical)
        if m and len(logical) > width:
            # a quoted line: every physical line keeps the quote marker (RFC 3676 4.5)
            pre = m.group(1)
            words = logical[len(pre):].split(" ")
            cur = ""
            phys = []
            for w in words:
                if cur and len(pre) + len(cur) + 1 + len(w) > width:
                    phys.append(pre + cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            phys.append(pre + cur)
            out += phys
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
            zi = zipfile.ZipInfo(name, date_time=(2051, 8, 30, 0, 0, 0))
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



# ============================================================================= helpers added for mixed139
def retz(top, when, tz):
    """Rewrite the Date header of `top` into the sender's own zone (a US platform's Pacific time, a ticketing
    system's UTC). `when` stays London wall-clock time; the instant is unchanged."""
    z = UTC if tz == "UTC" else ZoneInfo(tz)
    d = email.utils.format_datetime(dt(when).astimezone(z))
    return [(k, d if k == "Date" else v) for k, v in top]

def gmail_top(fname, frm, to, subject, when, domain="mail.gmail.com", cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@%s>" % (sha(fname, "gm")[:40], domain))]
    return h + (extra or [])

def gmail_html(text):
    """Gmail's HTML twin: <div dir="ltr"> lines; the forwarded block inside div.gmail_quote."""
    main, sep, fwd = text.partition("---------- Forwarded message ---------")
    def lines(t):
        return "".join("<div>%s</div>\n" % (esc(l) if l.strip() else "<br>") for l in t.rstrip("\n").split("\n"))
    out = '<div dir="ltr">\n' + lines(main)
    if sep:
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br>\n%s</div><br>\n%s</div>'
                % (esc(sep), "", lines(fwd)))
    return out + "</div>\n"

def gmail_mail(f, top, text, atts=()):
    alt = multipart("alternative", [text_part(text, cte="quoted-printable"),
                                    text_part(gmail_html(text), "html", cte="quoted-printable")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def csv_att(filename, rows):
    data = ("\r\n".join(",".join('"%s"' % c.replace('"', '""') if ("," in c or '"' in c) else c for c in r)
                        for r in rows) + "\r\n").encode("utf-8")
    return binary_part("text/csv", filename, data)

def table_html(rows, head=True):
    out = ['<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-family:Arial,'
           'sans-serif;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join('<%s align="left" valign="top">%s</%s>' % (tag, esc(c).replace("\n", "<br>"), tag)
                                    for c in r) + "</tr>")
    return "\n".join(out) + "</table>\n"

def paras_html(text):
    return "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in text.strip("\n").split("\n\n"))


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
    """A labelled child; `written` is the DOB exactly as the mail writes it (found in the text, parsed back)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), adults=(), tz=None, voice=""):
    """Record one file. `when` is London wall-clock time (the Date header's instant); `now` is `delay_min` minutes
    later, written with Europe/London's offset. `tz` names the sender's zone when its Date header is not written in
    London time. `meeting` is the date Knowsley notice is counted to."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    now = now.astimezone(LON)
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
                   "adults": list(adults), "tz": tz, "voice": voice}



# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2051-09-14 10:12:37"
    body = T("""
Good morning,

Please find attached a step up request for Kieran Doherty (DOB 03/02/2038), EHM-63318.

The step up TAF meeting is on Wednesday 27th September at 10:00 on Teams. I sent the calendar invite to the MASH inbox and MASH business support this morning, and I am inviting the current TAF members (Kirkby High's pastoral lead, the school nurse and the missing-from-home worker).

Attached:
- FF Step Up request to CSC (Appendix 1)
- TAF minutes from 06/09/2051
- Merseyside Exploitation Assessment, completed 11/09/2051
- the report Driftwood Games sent mum about Kieran's Blockfall account (for information)

In short: since the spring Kieran (13) has been talking on the game Blockfall to an adult who gave him in-game currency and then posted him a phone. He went missing overnight twice in August and was found in Liverpool city centre both times (return home interviews done). The games company closed the adult's account on 2 September after mum reported it, and the police have the phone. Kieran says there has been no contact since, but he has made two new accounts and mum cannot keep on top of the devices, and school have seen him with older lads at the retail park after school.

My team manager, Carl Nugent, discussed this with me in supervision on 12/09/2051 and agreed the step up. Mum (Gemma Doherty) has agreed to the step up and will come to the meeting.

Thanks,
Bernadette

Bernadette Quirke
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0372

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Doherty.docx", appendix1([
        ("Case ID on EHM:", "EHM-63318"),
        ("Child:", "Kieran Doherty, 03/02/2038"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 27/09/2051, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum engages well; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 06/09/2051"),
        ("What are we worried about?", "An adult met through the game Blockfall groomed Kieran with in-game "
         "currency and a phone. Kieran was missing overnight on 12/08 and 24/08 and found in Liverpool city centre. "
         "He has set up new accounts since the adult's account was closed and is seen with older young people."),
        ("What is working well?", "Mum reported the account straight away and works with us and the police. Kieran "
         "has a good relationship with the missing-from-home worker. His attendance is 95%."),
        ("What next?", "Step up to CSC for a C&F assessment and consideration of an exploitation strategy meeting; "
         "Family First to stay involved until the assessment is complete."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 11/09/2051 - attached"),
        ("Graded Care profile (If neglect should be completed).", "N/A - no concerns about care in the home"),
        ("Up to date police information if applicable:", "Two missing episodes (12/08, 24/08); phone seized 04/09"),
        ("Agreement by line manager:", "Agreed - Carl Nugent, Team Manager, 12/09/2051"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the missing-from-home "
         "worker; device plan reviewed fortnightly; TAF every three weeks."),
    ]))
    minutes = pdf_att("TAF minutes 06.09.2051 - Doherty.pdf", "Team Around the Family - minutes (Doherty)", [
        "Date: 06/09/2051, 15:30, Kirkby Family Hub",
        "Present: Gemma Doherty (mum), Bernadette Quirke (Family First, chair), pastoral lead (Kirkby High),",
        "school nurse, missing-from-home worker",
        "1. Blockfall account: Driftwood Games closed the adult's account on 02/09 after mum's report.",
        "2. Missing episodes 12/08 and 24/08: return home interviews done; Kieran will not say who he met.",
        "3. School: seen with older young people at the retail park after school twice this week.",
        "Agreed: Bernadette to complete the Merseyside Exploitation Assessment and discuss a step up with her TM."])
    mea = docx_att("Merseyside Exploitation Assessment - K Doherty.docx", [
        "# Merseyside Exploitation Assessment (CE/CSE)",
        "Name: Kieran Doherty    DOB: 03/02/2038    EHM-63318",
        "Completed by: Bernadette Quirke, Family First, 11/09/2051",
        "Indicators present: online grooming (gifts / in-game currency); unexplained phone; missing episodes (x2); "
        "association with older young people; secrecy about contacts.",
        "Protective factors: mum engaged and reporting; attendance 95%; positive relationship with MFH worker.",
        "Outcome: significant concern - CCE/CSE indicators; step up recommended."])
    driftwood = pdf_att("Driftwood Games - report outcome PS-0902-11873.pdf", "Driftwood Games, Inc. - Player Safety", [
        "Report outcome to family account holder",
        "Case: PS-0902-11873    Family account: GDoherty_family    Child profile: 'Kieran'",
        "Reported account: Skyl4rk_77",
        "Timeline (UTC): 2051-08-29 18:02 report received; 2051-09-02 14:40 account permanently banned",
        "Reason: violation of our Child Safety Policy (grooming behavior, off-platform contact requests, gifting).",
        "We have submitted a report to the National Child Exploitation Referral Centre (CyberReferral).",
        "Thank you for reporting. Player Safety, Driftwood Games, Inc., Seattle, WA"])
    top = outlook_top(f, addr("Quirke, Bernadette", "Bernadette.Quirke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-63318 - Kieran Doherty - TAF Wed 27th Sept 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, mea, driftwood], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63318"],
        [ch("Kieran Doherty", "2038-02-03", "03/02/2038")],
        ["exploitation", "missing"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up (REQUIREMENTS knowsley step_up): Appendix 1 form (.docx), TAF minutes (.pdf), EHM id, "
        "TM agreement ('agreed the step up'), meeting 'Wednesday 27th September at 10:00' and, because the concern is "
        "exploitation, the Merseyside Exploitation Assessment (.docx) -> nothing missing. Notice: Thu 14 Sep -> Wed "
        "27 Sep = 9 working days >= 5 -> ok -> book_meeting. The games company's report (PS-0902-11873, a Blockfall "
        "username, UTC times) is evidence, not a case id. Concerns: online grooming with gifts -> exploitation; two "
        "overnight missing episodes in August -> missing. 'Mum ... has agreed to the step up' -> consent true (not "
        "required for a Knowsley step-up). Not urgent: the adult's account is closed, police have the phone, no "
        "contact since.",
        meeting=date(2051, 9, 27), not_children=["Gemma Doherty", "Carl Nugent", "Bernadette Quirke"],
        voice="Family First case manager; games company's report attached")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2051-09-19 21:06:22"
    rows = [
        ("Case ID", "PS-0919-20417"),
        ("Date of referral", "September 19, 2051"),
        ("Game / platform", "Blockfall (PC)"),
        ("Player username", "TheRealRhysy09"),
        ("Player name (from the linked family account)", "Rhys Mawdsley"),
        ("Player date of birth (from the linked family account)", "2040-05-11 (age 11)"),
        ("Family account holder", "Lorraine Mawdsley"),
        ("Billing address on file", "22 Tithebarn Close, Kirkby, L32 9ZQ, United Kingdom"),
        ("IP geolocation at time of session", "Kirkby, Merseyside, GB"),
    ]
    transcript = [
        "[19:41:52 UTC] TheRealRhysy09: he's doing it again, he's got mum on the floor",
        "[19:42:30 UTC] TheRealRhysy09: he said if I come out of my room he'll do me next",
        "[19:43:05 UTC] TheRealRhysy09: I've put my chair against the door",
        "[19:44:41 UTC] [other player, name withheld]: call the police bro",
        "[19:45:10 UTC] TheRealRhysy09: I can't he took mum's phone, he smashed mine last week, I'm on the PC",
        "[19:46:02 UTC] TheRealRhysy09: he's coming up the stairs",
        "[19:47:10 UTC] TheRealRhysy09 disconnected",
    ]
    actions = [
        "20:01 UTC: our team called UK police through our international liaison line. The call handler gave "
        "reference 0919-1187 and asked us to also notify the local children's services department.",
        "We have not received confirmation that officers have attended the address.",
        "The audio and chat logs are preserved for 180 days and can be provided to law enforcement on receipt of "
        "valid legal process.",
    ]
    intro = ("Hello,\n\nDriftwood Games' Player Safety team is contacting you because a player of our game Blockfall "
             "appears to be located in your area and, based on our account records, is a minor. We are sharing the "
             "information below under our Child Safety Referral Policy. We found this address on your council's "
             "public website.")
    what = ("At 19:41 UTC, during a voice party, our automated voice-safety system flagged statements by this "
            "player. A moderator reviewed the audio at 19:58 UTC. Auto-transcript (lightly corrected by the "
            "moderator):")
    after = "The player has not reconnected as of the time of this email (20:05 UTC)."
    outro = ("Please reply to this email quoting Case ID PS-0919-20417 if you need more information. This mailbox "
             "is monitored 24/7.\n\nDriftwood Games, Inc. | Player Safety Operations | 1200 Harbor Way, Suite 400, "
             "Seattle, WA 98101 | +1 206 555 0148")
    text = ("DRIFTWOOD GAMES - PLAYER SAFETY REFERRAL\n\n" + intro + "\n\n"
            + "\n".join("%s: %s" % r for r in rows) + "\n\nWhat happened\n" + what + "\n\n" + "\n".join(transcript)
            + "\n\n" + after + "\n\nActions taken\n" + "\n".join("- " + a for a in actions) + "\n\n" + outro + "\n")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
         '<div style="background:#0B3D5C;color:#fff;padding:12px 16px;font-size:16px"><b>DRIFTWOOD GAMES</b> '
         '&middot; Player Safety Referral</div>\n' + paras_html(intro) + table_html([("Field", "Details")] + rows)
         + "<h3>What happened</h3>\n<p>%s</p>\n<pre style=\"font-size:13px\">%s</pre>\n<p>%s</p>\n"
         % (esc(what), esc("\n".join(transcript)), esc(after))
         + "<h3>Actions taken</h3>\n<ul>" + "".join("<li>%s</li>" % esc(a) for a in actions) + "</ul>\n"
         + paras_html(outro) + "</body></html>\n")
    top = plain_top(f, addr("Driftwood Games Player Safety", "player-safety@driftwoodgames.example"),
                    addr(None, KMASH), "Player Safety Referral - Case PS-0919-20417 - Knowsley, United Kingdom",
                    when, "driftwoodgames.example", None)
    top = retz(top, when, "America/Los_Angeles")
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Rhys Mawdsley", "2040-05-11", "2040-05-11")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A CHILD'S OWN WORDS, IN A GAMES COMPANY'S TEMPLATED REFERRAL (American English, "
        "multipart/alternative, Date header in Pacific time -0700 = 21:06 BST, out of hours): an 11-year-old's voice "
        "chat, transcribed with UTC times - 'he's got mum on the floor', 'if I come out of my room he'll do me next', "
        "a chair against the door, 'he's coming up the stairs', then disconnected; police not confirmed to have "
        "attended. Happening tonight -> urgent -> alert_duty (the Emergency Duty Team at this hour). None of the banned "
        "alarm words. Not a step request -> other. DOB from the family account, ISO '2040-05-11'. The account holder "
        "is an adult; Case ID PS-0919-20417 and police reference 0919-1187 are not case ids. Concerns: domestic_abuse "
        "(mum on the floor) and physical_harm (threat to the child).",
        not_children=["Lorraine Mawdsley"], tz="America/Los_Angeles", voice="games company player-safety referral")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2051-10-23 14:20:05"
    blocks = [
        "Hi Family First duty,",
        "",
        "Ellie Tierney will be stepped down to Family First at [[Level]] 3 at her final CIN meeting. The details "
        "are below, as the protocol asks.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Ellie Tierney, DOB 17/06/2037"],
            ["ICS ID", "ICS-2284471"],
            ["Level", "Level 3 - a Family First case manager to lead"],
            ["Final CIN meeting", "Monday 30 October 2051, 10:00, Kirkby Family Hub (meeting room 1), Hall Lane, "
             "Kirkby L32 9ZF"],
            ["Consent", "Mum (Dawn Tierney) consented to the referral to Family First at the CIN review on "
             "16/10/2051 and signed the consent form."],
            ["What are we worried about?", "Ellie's attendance has dropped to 86% this term - she says she feels sick "
             "on Monday mornings. Mum's depression: she is on the waiting list for talking therapy and some weeks "
             "struggles to get up."],
            ["What is working well?", "Ellie and mum are close and talk openly. Ellie shows mum her phone and they "
             "agreed phone rules together. Nan lives two streets away and has Ellie after school on Tuesdays and "
             "Thursdays."],
            ["What needs to happen?", "A Family First case manager to lead a TAF with school and the GP; an attendance "
             "plan with the school's pastoral team; mum supported to take up talking therapy."],
        ]),
        "",
        "Some background, because you may see it on ICS: we opened in March after Ellie was targeted in a "
        "sextortion scam. A man posing as a 15-year-old boy on a photo app got images from her and demanded money. "
        "It was reported to the police and to the National Child Exploitation Referral Centre, the account was "
        "removed, and the images were taken down through Report Remove in April. Nobody has contacted Ellie since and "
        "there are no current concerns about online contact - the school's filtering has flagged nothing this term. "
        "It is history rather than a current worry, and it is not why she needs Family First.",
        "",
        "(The meeting is the Monday after the clocks go back, so 10:00 GMT.)",
        "",
        "Thanks,",
        "Ruth",
        "",
        "Ruth Ashworth",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0519",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Ashworth, Ruth", "Ruth.Ashworth@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Ellie Tierney - final CIN Mon 30/10 10am", when,
                      cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-2284471"],
        [ch("Ellie Tierney", "2037-06-17", "17/06/2037")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - HISTORIC ONLINE SEXTORTION, RESOLVED: the March sextortion (images, a money demand, NCERC, Report "
        "Remove) is background, with 'no current concerns about online contact' and 'not why she needs Family First' "
        "-> not urgent and not a current exploitation concern. Complete Knowsley level 3 step-down in a Word table "
        "(Outlook HTML + tab-separated twin): date, time and venue of the final CIN meeting, all three Signs of Safety "
        "headings, consent ('consented ... and signed the consent form') -> nothing missing. Notice: Mon 23 Oct (BST) "
        "-> Mon 30 Oct (GMT, after the clocks go back) = 24, 25, 26, 27, 30 = exactly 5 working days -> ok -> "
        "book_meeting. Concerns: attendance 86% -> school_attendance; mum's depression -> parental_mental_health.",
        meeting=date(2051, 10, 30), not_children=["Dawn Tierney", "Ruth Ashworth"],
        voice="social worker, Word table, reporting centre in the history")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2051-10-11 00:21:40"
    text = T("""
Hi duty team,

Sorry for the late email - I wanted this in before my days off so you have the notice.

Ava Rimmer, DOB 28/11/2039, ICS-2279015. Stepping down to a Level 2 service at her final CIN meeting: Tuesday 17th October, 2pm, Halewood Park Academy, Meeting Room 2 (main reception), Baileys Lane, Halewood L26 9ZA.

Lead Practitioner after the step down: Joanne Pryor, Pastoral Lead, Halewood Park Academy. She has agreed to take on the Lead Practitioner role and will start the EHA.

What are we worried about?
Ava is online late into the night on her tablet and tired in school; her attendance is 88% this term. Dad works nights and the house rules slip when he is on shift.

What is working well?
Since the summer dad has put parental controls on the router and the tablet, and the chat app where older teenagers were messaging her has been deleted. Ava gets on well with Mrs Pryor. Nan has Ava on the nights dad works.

What needs to happen?
Mrs Pryor to lead a TAF with dad and nan; a bedtime and device plan (tablet downstairs at 9pm); attendance checked half-termly with the attendance officer.

Dad has given consent for the step down to Early Help.

Thanks
Declan

Declan Fitzsimmons
Social Worker, Child in Need Team (Halewood)
Knowsley Council
0151 496 0644

Sent from my iPhone
""")
    top = plain_top(f, addr("Fitzsimmons, Declan", "Declan.Fitzsimmons@" + KDOM), addr(None, KFF),
                    "Step down to L2 - Ava Rimmer ICS-2279015 - final CIN Tues 17th Oct 2pm", when, KDOM,
                    "iPhone Mail (21H220)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-2279015"],
        [ch("Ava Rimmer", "2039-11-28", "28/11/2039")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 2 step-down sent from an iPhone (format=flowed, quoted-printable) AFTER MIDNIGHT IN BRITISH "
        "SUMMER TIME: Date Wed 11 Oct 2051 00:21 +0100 = Tue 10 Oct 23:21 UTC. Everything the level 2 rule asks is "
        "there (date, time and venue; all three Signs of Safety headings; lead practitioner Joanne Pryor with her "
        "school) -> missing []. NOTICE, DECISIVE ON THE CLOCK: today is the Europe/London date of `now`, Wed 11 Oct; "
        "the final CIN on Tue 17 Oct is 12, 13, 16, 17 = 4 working days < 5 -> not ok -> request_info. A reader who "
        "takes the UTC date (Tue 10 Oct) counts 5 and says ok. 'Dad has given consent' -> true (not required at L2). "
        "Attendance 88% -> school_attendance; the deleted chat app is past.",
        meeting=date(2051, 10, 17), not_children=["Joanne Pryor", "Declan Fitzsimmons"],
        voice="social worker on an iPhone after midnight")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2051-11-09 13:18:10"
    text = T("""
Hello MASH,

Please see the alert below from our web monitoring this morning. It is about Lily-Mae Corrigan, Year 6, DOB 04/04/2041, of 9 Kennet Walk, Huyton L36 9ZR.

I spoke to Lily-Mae at 11.30 with her class teacher, Miss Hanlon, in the room. I asked her about the searches and she said "he does it when mum's on nights" and "he says it's our secret bath time". She told me mum is on nights tonight and tomorrow night. The man is mum's boyfriend, Wayne - I don't have a surname. He picks Lily-Mae up on Thursdays at 3.15 and he is on our collection list.

I have not phoned mum. Lily-Mae begged me not to, and I did not want to tip him off before speaking to you. She is in class now and seems calm. Please can someone ring me back before 3 - 0151 496 0733.

Siobhan Keegan
Deputy Head and Designated Safeguarding Lead
St Aidan's Catholic Primary School, Huyton

---------- Forwarded message ---------
From: LineWatch Alerts <alerts@linewatch.example>
Date: Thu, 9 Nov 2051 at 10:58
Subject: [LineWatch] Severity 5 alert - STA-CB-117 - lcorrigan
To: <dsl@staidans-huyton.example>


LineWatch Monitoring Alert
School: St Aidan's Catholic Primary School (Huyton)
Severity: 5 - Critical
Category: Sexual abuse / possible disclosure
User: lcorrigan (Year 6)
Device: STA-CB-117 (Chromebook, Class 6H)

Captures (times in UTC):
10:47:12  Search (Google): "what do you do if your mums boyfriend makes you keep secrets in the bath"
10:48:03  Search (Google): "can he go to prison if i tell"
10:49:30  Typed in Google Docs, not sent: "he says if i tell mum she will hate me and i have to be good tonight when she goes to work"

Moderator note (LineWatch UK, 10:58 UTC): language indicates a possible disclosure of sexual abuse by an adult in the home. Escalated to the school's DSL by email and phone.

Screenshots are in the LineWatch console. Do not reply to this email.
""")
    top = gmail_top(f, addr("Siobhan Keegan", "s.keegan@staidans-huyton.example"), addr(None, KMASH),
                    "Fwd: [LineWatch] Severity 5 alert - STA-CB-117 - lcorrigan", when)
    add(f, gmail_mail(f, top, text), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lily-Mae Corrigan", "2041-04-04", "04/04/2041")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A FORWARDED SCHOOL WEB-FILTERING ALERT: a primary DSL forwards (Gmail '---------- Forwarded "
        "message ---------') a monitoring product's Severity 5 alert - a 10-year-old's searches about 'mums boyfriend' "
        "and 'secrets in the bath', a typed note 'i have to be good tonight when she goes to work' - and adds the "
        "child's own words ('he does it when mum's on nights'), that mum is on nights tonight and the man collects "
        "her at 3.15 today. Tonight -> urgent -> alert_duty (MASH duty in office hours). No banned alarm word "
        "('Designated Safeguarding Lead' is a job title). A school's report, no step -> other. Wayne has no surname "
        "and is an adult. Concern: sexual_harm.",
        not_children=["Siobhan Keegan"], voice="school web-filtering alert forwarded by the DSL")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2051-09-15 09:41:12"
    add(f, itip_reply(f, when, "Pryce, Aled", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step-up TAF meeting - Doherty - EHM-63318 [SB-knowsley-5112]",
                      "20510927T100000", "20510927T113000", "Microsoft Teams Meeting"),
        "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-63318"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar; method=REPLY, PARTSTAT=ACCEPTED) from the MASH "
        "social worker who chairs knowsley_01's step-up TAF; subject 'Accepted: ... [SB-knowsley-5112]' -> "
        "meeting_reply -> record_reply. The SUMMARY carries the EHM id (case_ids ['EHM-63318']); 'Doherty' is a "
        "surname only, so no child.",
        voice="Outlook meeting acceptance")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2051-10-03 08:02:30"
    examples = [
        ("Example 1", "A 14-year-old boy is contacted on a gaming platform by an account presenting as a girl of his "
         "age. The conversation moves to a photo app within an hour. He is persuaded to send an image and is then "
         "told to pay \u00a3300 \"tonight\" or it will be sent to his school's group chat and his family."),
        ("Example 2", "A 16-year-old is sent a fake nude image of himself made with an image generator and told to "
         "pay in gift cards. When he blocks the account, new accounts message his friends."),
        ("Example 3", "A 13-year-old tells a moderator in a game's chat that he \"can't go on\" after a demand. The "
         "platform refers the chat to the NCERC and to local police."),
    ]
    helps = ["Tell young people clearly: do not pay, stop replying, keep the evidence, tell a trusted adult.",
             "Report Remove can help a young person under 18 get images taken down.",
             "Practitioners worried about a specific child should follow their local procedures and, where a child "
             "is in danger now, call 999."]
    head = ("NATIONAL CHILD EXPLOITATION REFERRAL CENTRE (NCERC)\nPartner Trend Alert TA-51-17 | Issued 3 October "
            "2051 | OFFICIAL - for partner agencies")
    aware = ("For awareness only. This alert does not relate to any child in your area and is not a referral. Please "
             "do not open a contact or make a referral on the basis of this alert.")
    seeing = ("Referrals to the NCERC from online platforms about financially motivated sexual extortion "
              "(\"sextortion\") rose again over the summer. Most victims are boys aged 13 to 17. Offenders are "
              "usually overseas and work from scripts.")
    foot = ("You are receiving this alert because your organisation is registered as an NCERC partner. Manage "
            "preferences or unsubscribe: https://ncerc.example/partners/preferences\nNCERC, PO Box 7741, London "
            "SW1P 9ZZ")
    text = (head + "\n\n" + aware + "\n\nWhat we are seeing\n" + seeing
            + "\n\nIllustrative examples (composites; names and details changed)\n"
            + "\n".join("%s: %s" % e for e in examples) + "\n\nWhat helps\n" + "\n".join("- " + x for x in helps)
            + "\n\n" + foot + "\n")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'
         'Arial,sans-serif;font-size:14px">\n<table width="600" cellpadding="12" cellspacing="0" border="0"><tr><td '
         'style="background:#3B1F5C;color:#fff">' + esc(head).replace("\n", "<br>") + '</td></tr>\n<tr><td>'
         '<p style="border-left:4px solid #C00;padding-left:8px"><b>' + esc(aware) + '</b></p>\n<h3>What we are seeing'
         '</h3><p>' + esc(seeing) + '</p>\n<h3>Illustrative examples (composites; names and details changed)</h3>\n'
         + "".join("<p><b>%s:</b> %s</p>\n" % (esc(a), esc(b)) for a, b in examples)
         + "<h3>What helps</h3><ul>" + "".join("<li>%s</li>" % esc(x) for x in helps) + "</ul>\n"
         '<p style="font-size:11px;color:#666">' + esc(foot).replace("\n", "<br>") + "</p></td></tr></table>"
         "</body></html>\n")
    top = plain_top(f, addr("NCERC Partner Notices", "partner-notices@ncerc.example"), addr("Knowsley MASH", KMASH),
                    "Trend Alert TA-51-17: financially motivated sexual extortion of boys aged 13-17 (for awareness)",
                    when, "ncerc.example", None,
                    extra=[("List-Id", "NCERC partner notices <partner-notices.ncerc.example>"),
                           ("List-Unsubscribe", "<https://ncerc.example/partners/preferences>")])
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A REPORTING CENTRE'S TREND ALERT WITH ILLUSTRATIVE EXAMPLES: a national child-exploitation "
        "referral centre's partner bulletin (List-Id, List-Unsubscribe, no Auto-Submitted; hand-written HTML twin) "
        "about sextortion - '\u00a3300 tonight', 'can't go on', 'in danger now, call 999' - but 'for awareness only', "
        "'does not relate to any child in your area', examples are 'composites'. DESIGN: bulletins that list examples "
        "must not trigger rule 1 -> not urgent. Not a request -> other -> human_review; no child, no concern.",
        voice="national reporting centre trend alert")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2051-12-20 11:34:50"
    body = T("""
Hi MASH,

Step up request for Tyler Brennan (14/02/2037) and Mollie Brennan (30/08/2044), EHM-64107.

The step up TAF meeting is Thursday 28th December at 10:00 on Teams - sorry it isn't a Wednesday, but the 27th is the day the TAF members can least make after Christmas. The invite has gone to the MASH inbox and MASH business support, and I have invited school, the school nurse and the housing officer.

Attached: the step up form, the GCP2 (completed 14/12/2051) and the TAF minutes from 13/12/2051.

Our worries are neglect: no heating since the boiler broke in November, very little food in the house on my last three visits, and Mollie has had untreated head lice for weeks and has been sent home from school twice. The GCP2 scored level 4 for physical care and level 3 for safety.

My team manager, Sandra Lowe, agreed the step up on 18/12/2051 - it's on the form.

One more thing, so it doesn't cause confusion: you may see a police log from 12 December. A video app's safety team reported a livestream from Tyler's account that looked like Tyler being punched by an adult. Police went out within the hour: the "adult" was his cousin Josh (19), it was a staged prank for views, both boys were seen with no marks, and the app removed the video and gave Tyler's account a strike. Police closed it with no further action. That is not the reason for this step up and there is no concern about Josh.

Thanks,
Leanne

Leanne Whitfield
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0815

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Brennan.docx", appendix1([
        ("Case ID on EHM:", "EHM-64107"),
        ("Children:", "Tyler Brennan 14/02/2037; Mollie Brennan 30/08/2044"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Thursday 28/12/2051, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and attends TAFs"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 13/12/2051"),
        ("What are we worried about?", "No heating since November; little food; Mollie's untreated head lice and "
         "two sendings home; home conditions deteriorating."),
        ("What is working well?", "Mum attends TAFs; Tyler's attendance is 94%; housing have agreed a boiler repair."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 14/12/2051 - attached"),
        ("Agreement by line manager:", "Agreed - Sandra Lowe, Team Manager, 18/12/2051"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, food bank referral, housing "
         "escalation, TAF in three weeks."),
    ]))
    gcp2 = pdf_att("Graded Care Profile 2 - Brennan - 14.12.2051.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Brennan    EHM-64107    Completed: 14/12/2051 by Leanne Whitfield",
        "Area 1 Physical care: level 4 (nutrition, housing, hygiene)",
        "Area 2 Safety: level 3",
        "Area 3 Love and care: level 2",
        "Area 4 Esteem: level 2"])
    minutes = docx_att("TAF minutes 13.12.2051 - Brennan.docx", [
        "# Team Around the Family - minutes", "Date: 13/12/2051, 14:00, Huyton Family Hub",
        "Present: mum, Leanne Whitfield (chair), school, school nurse, housing officer",
        "Boiler still not fixed; food bank vouchers used up; Mollie sent home with head lice again.",
        "Agreed: Leanne to complete the GCP2 and discuss a step up with her TM."])
    top = outlook_top(f, addr("Whitfield, Leanne", "Leanne.Whitfield@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - EHM-64107 - Brennan - TAF Thurs 28/12 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-64107"],
        [ch("Tyler Brennan", "2037-02-14", "14/02/2037"), ch("Mollie Brennan", "2044-08-30", "30/08/2044")],
        ["neglect"], None, True, [], False, "request_info",
        "NEAR MISS - A PLATFORM'S ALARMING REPORT ALREADY RESOLVED: a video app's report of a livestream that 'looked "
        "like Tyler being punched by an adult' was a staged prank, both boys seen with no marks, police NFA, 'no "
        "concern about Josh' -> not urgent, not physical_harm. Complete Knowsley neglect step-up (form .docx, GCP2 "
        ".pdf, TAF minutes .docx, EHM id, TM 'agreed the step up') -> missing []. NOTICE ACROSS CHRISTMAS, DECISIVE: "
        "from Wed 20 Dec 2051 the TAF on Thu 28 Dec is 6 plain weekdays but Mon 25 Dec (Christmas Day) and Tue 26 Dec "
        "(Boxing Day) are bank holidays -> 21, 22, 27, 28 = 4 working days < 5 -> not ok -> request_info. Not on a "
        "Wednesday (a preference only). Consent not mentioned -> null.",
        meeting=date(2051, 12, 28), not_children=["Sandra Lowe", "Leanne Whitfield"],
        voice="Family First case manager; video app report in the history")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2051-09-13 15:05:19"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion in supervision today with Ola Bankole (Early Help Practitioner), I am asking for Tobias Reid (DOB 09/07/2039) to be stepped up to Children's Services. Mosaic ID 2938817. The latest case summary is attached.

Rationale for step up
Tobias is 12. Since the start of the summer holidays he has been gaming through most nights - the account activity summary from the games company, which dad gave us and which is attached, shows sessions most nights from about 23:00 to 05:00 UTC. He attended 71% of school days last year and has missed three of the first seven days of this term. Dad has been signed off with depression since his redundancy in May and told Ola he has "given up" on getting Tobias up in the mornings. Dad has cancelled four of the last six home visits and did not come to the last TAF meeting. Eight months of Early Help have not changed things, and we think a statutory assessment is now needed.

This is not an immediate child protection matter: Tobias is fed and well cared for physically, and there are no concerns about harm at home.

I agree the step up. Ola will join the case discussion.

Kind regards,
Harriet Olusanya
Early Help Team Manager | Putney & Roehampton | Richmond and Wandsworth Councils
020 7946 0714

""") + RDISC
    summary = docx_att("Case summary - Tobias Reid - Sept 2051.docx", [
        "# Case summary - Early Help", "Child: Tobias Reid, DOB 09/07/2039, Mosaic 2938817",
        "Household: Tobias and his father. Mother lives in Leeds; monthly contact.",
        "Early Help since January 2051 (school attendance; father's low mood).",
        "Summer 2051: night-time gaming most nights; attendance 71% (2050-51).",
        "Father: depression since redundancy (May 2051); cancelled 4 of 6 visits; missed TAF on 05/09/2051.",
        "Worker: Ola Bankole, Early Help Practitioner."])
    activity = pdf_att("Driftwood Games - account activity summary - TReid.pdf", "Driftwood Games, Inc. - Account Activity Summary", [
        "Family account: ReidHousehold    Child profile: Tobes_2039    Period: 2051-08-14 to 2051-09-10",
        "Playtime by night (UTC): average session start 22:58, average session end 05:07",
        "Nights with play after 01:00 UTC: 24 of 28",
        "Parental controls: playtime limits OFF; quiet hours OFF",
        "Tip: you can set quiet hours for a child profile in Family Settings > Playtime.",
        "Driftwood Games, Inc. | Family Support | Seattle, WA"])
    top = outlook_top(f, addr("Olusanya, Harriet", "Harriet.Olusanya@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Tobias Reid - Mosaic 2938817", when)
    add(f, mail(f, top, body, [summary, activity], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2938817"],
        [ch("Tobias Reid", "2039-07-09", "09/07/2039")],
        ["non_engagement", "parental_mental_health", "school_attendance"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager herself (seed 000: 'the Early Help "
        "Team Manager will email the MASH: Step Up email ... with the latest case summary and the rationale'): case "
        "summary .docx attached, rationale pasted under its own heading -> missing [] -> book_meeting (MASH business "
        "support invite within 1 WD). 'I agree the step up' from the TM -> manager_agreed true. 'Mosaic ID 2938817' -> "
        "bare number. The games company's activity summary (UTC playtimes) is evidence. Concerns: attendance 71% -> "
        "school_attendance; dad's depression -> parental_mental_health; four cancelled visits, missed TAF -> "
        "non_engagement. 'not an immediate child protection matter' is negated.",
        not_children=["Ola Bankole", "Harriet Olusanya"], voice="Early Help Team Manager; games company activity log")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2051-10-06 16:52:08"
    png, cid = inline_png(f, "pingle-logo.png", 1, (255, 92, 53), 160, 48)
    chat = [("13:02:44", "@djrico_ldn", "train gets in 5.20, I booked the room under my name. tell your mum your at Jade's"),
            ("13:05:10", "@mazzy.x.o", "ok. do I bring the stuff u sent"),
            ("13:05:51", "@djrico_ldn", "yeah wear it. dont tell anyone. delete this when you get here"),
            ("14:38:10", "@mazzy.x.o", "[shared live location: Southfields > Clapham Junction > East Croydon]"),
            ("15:31:07", "@mazzy.x.o", "on the train now"),
            ("15:33:50", "@djrico_ldn", "good girl. room 214. come straight up")]
    chat_html = "<br>\n".join("<tt>%s UTC</tt> &nbsp;<b>%s</b>: %s" % (t, esc(u), esc(m)) for t, u, m in chat)
    intro = ("<p>To: Children's Services, Richmond and Wandsworth</p>\n<p>Pingle, Inc. (&quot;Pingle&quot;) is "
             "sharing the information below with you under our Child Safety Referral program. Our Trust &amp; Safety "
             "team identified activity indicating that a minor user is traveling today to meet an adult she met on "
             "Pingle. We are sending this referral to the Metropolitan Police and to your department because the "
             "minor's account is registered in the London Borough of Wandsworth.</p>")
    rows = [
        ("Report ID", esc("CSR-2051-100614-0093")),
        ("Referral created", esc("2051-10-06 15:49 UTC")),
        ("Minor user", fields_html([("Username", "@mazzy.x.o"), ("Name on account", "Maisie Calloway"),
                                    ("Date of birth", "2036-12-01 (age 14; confirmed by school email verification)"),
                                    ("Phone", "+44 7700 900417"), ("Location at sign-up", "Southfields, London SW18")])),
        ("Adult user", fields_html([("Username", "@djrico_ldn"), ("Age", "31 (ID verification completed 2050-03-14)"),
                                    ("Account created", "2049-11-02")])),
        ("Messages (UTC)", chat_html),
        ("Last known location", esc("Live location sharing stopped at 15:40 UTC. Last point: near East Croydon "
                                    "station.")),
        ("Actions taken by Pingle", esc("Both accounts restricted at 15:47 UTC. Referral submitted to the NCERC "
                                        "(CyberReferral 51-UK-046102) and emailed to the Metropolitan Police. Account "
                                        "data preserved.")),
        ("Contact", esc("Reply to this email or write to lers@pingle.example quoting the Report ID. Our team is "
                        "available around the clock.")),
    ]
    outro = ('<span style="font-size:8pt;color:#777">This message was sent by Pingle, Inc., 500 Market Street, San '
             'Francisco, CA 94105. You are receiving it because your department is listed as a child protection '
             'contact for this location.</span>')
    h = layout_html(intro, rows, outro, cid, "Pingle Trust & Safety")
    top = plain_top(f, addr("Pingle Trust & Safety", "child-safety-referrals@pingle.example"), addr(None, RSU),
                    "Pingle Child Safety Referral | Report ID CSR-2051-100614-0093 | Wandsworth, United Kingdom",
                    when, "pingle.example", None)
    top = retz(top, when, "UTC")
    add(f, build(top, related_html(f, h, [png], n=1), True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Maisie Calloway", "2036-12-01", "2036-12-01")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN AN APP'S TRUST-AND-SAFETY TEMPLATE (HTML-only, multipart/related with a logo, a label/value "
        "presentation table, American English, Date header in UTC +0000 = 16:52 BST on a Friday): a 14-year-old is on "
        "a train now to a hotel room an adult of 31 has booked ('tell your mum your at Jade's', 'room 214. come "
        "straight up'), live location last near East Croydon. Today -> urgent -> alert_duty. No banned alarm word. "
        "Not a step request -> other. Report ID CSR-2051-100614-0093 and CyberReferral 51-UK-046102 are not case "
        "ids. DOB ISO from the account. Concern: exploitation (sexual exploitation by an adult met online).",
        tz="UTC", voice="app trust-and-safety referral")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2051-10-17 10:15:44"
    text = T("""
INTERNET CONTENT WATCH
Hotline Notice 51-08833 | Information only - no action required

To: Early Help duty, Richmond and Wandsworth
Date of notice: 17/10/2051

A member of the public reported a URL to the ICW hotline on 16/10/2051. The report said the content might show a pupil from a named secondary school in Wandsworth, so our process sends an information notice to the local authority for that school.

Assessment (16/10/2051, 22:14 UTC)
The URL contained one image of a child. ICW analysts matched it to a known image first assessed by ICW in 2049 (hash ICW-H-2049-771203). The child in that image was identified by police in 2049 and was safeguarded at the time; the investigation concluded in 2050 with the offender's conviction. The image is not of any pupil at the school named in the report.

Action taken
The hosting provider removed the content at 23:02 UTC on 16/10/2051. The hash is on the ICW Hash List.

You do not need to take any action. Please do not contact the school on the basis of this notice. If you have information about a child who may be harmed now, contact the police on 999.

ICW Hotline
Internet Content Watch, 3 Station Yard, Cambridge CB1 9ZZ
hotline@icw.example
""")
    top = plain_top(f, addr("ICW Hotline Notices", "hotline-notices@icw.example"), addr("Early Help Duty", RED),
                    "ICW Notice 51-08833: reported URL assessed and removed - information only", when, "icw.example",
                    None)
    add(f, mail(f, top, text, cte="7bit", crlf=False), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN INTERNET-WATCH STYLE HOTLINE NOTICE, INFORMATION ONLY: an image of a child reported and removed "
        "overnight (UTC times), but it is a known image from 2049 whose child was identified and safeguarded then, the "
        "offender convicted in 2050, and 'not of any pupil at the school named' -> historic, no child here, 'no "
        "action required' -> not urgent. Plain 7-bit text. Not a request -> other -> human_review. No child named; "
        "the hash and notice numbers are not case ids.",
        voice="internet-watch hotline notice")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2051-11-02 13:52:30"
    comment = ("Sorry Jasper - I can't do 2pm. Mum's partner's video app account went live at 13:10 and the app's "
               "team have sent us the link: Jaxon Ashby (4) is out on the balcony of the 9th-floor flat on Winstanley "
               "Road and Dean is holding him up over the railing by his arms, laughing, while people in the comments "
               "egg him on. Mum isn't there. It is still live now. Police have been called and my TM and I are "
               "leaving for the flat. The step-down is off for now - I'll ring you later.")
    add(f, itip_reply(f, when, "Mulholland, Ciaran", "Ciaran.Mulholland@" + RDOM, ("Early Help Duty", RED),
                      "DECLINED", "Step-down case discussion - Ashby - Mosaic 3015562 [SB-richmond_wandsworth-7781]",
                      "20511102T140000", "20511102T150000", "Microsoft Teams Meeting", comment=comment),
        "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["3015562"],
        [ch("Jaxon Ashby")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED; the comment is both the "
        "text part and the VEVENT COMMENT) declining a step-down case discussion because a video app's livestream, "
        "live now, shows a 4-year-old held over a 9th-floor balcony railing by mum's partner. Happening now -> urgent "
        "-> alert_duty, which overrides record_reply. No banned alarm word. 'Mosaic 3015562' in the SUMMARY -> "
        "'3015562'. Jaxon Ashby named in full, no DOB. Concern: physical_harm.",
        voice="calendar decline comment")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2051-11-21 11:20:03"
    body = T("""
Hi,

I spoke to Jasper this morning about stepping Ruby Marchant (DOB 30.03.2045) down to Early Help, and we agreed a case discussion for Friday 24th November at 10am on Teams. As agreed, the latest case summary and the draft plan for Early Help are attached.

Ruby is 6. We became involved in June after a marketplace app's safety team sent us photos from mum's listings that showed the flat in a very poor state. The assessment found that mum's anxiety had got on top of her after a bereavement; with support the flat is now clean and there is no neglect now. What remains is Ruby's lateness and attendance (84% this term) and mum's anxiety, which is why I think Early Help is the right service.

Consent: I have to be honest - when I talked to mum about the step down on Friday she said she does not want Early Help at the moment because she has "had enough of services". She declined. I will keep talking to her before the discussion, but as things stand she has not consented.

The school's family support worker, Mrs Ana Lopes, is willing to be lead professional if mum agrees.

Gemma Fairbairn
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0562

""") + RDISC
    summary = docx_att("Case summary - Ruby Marchant - Nov 2051.docx", [
        "# Case summary", "Ruby Marchant, DOB 30/03/2045, Mosaic 3002718",
        "Referral June 2051 (marketplace app safety team: photos of home conditions).",
        "C&F assessment: mother's anxiety after bereavement; home conditions now good; no neglect.",
        "Outstanding: attendance 84%, lateness; mother's anxiety (GP, Talking Therapies waiting list)."])
    plan = pdf_att("Draft Early Help plan - Ruby Marchant.pdf", "Draft Early Help plan - Ruby Marchant", [
        "Outcome 1: Ruby arrives on time every day (breakfast club place from January).",
        "Outcome 2: mum supported with anxiety (Talking Therapies; parenting group).",
        "Lead professional: to be agreed - school family support worker willing if mum consents.",
        "Review: 4 weeks after handover."])
    top = outlook_top(f, addr("Fairbairn, Gemma", "Gemma.Fairbairn@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Ruby Marchant (Mosaic 3002718)", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3002718"],
        [ch("Ruby Marchant", "2045-03-30", "30.03.2045")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with the case summary (.docx) and the draft Early Help plan (.pdf), and the "
        "case discussion agreed with the duty manager for Fri 24 Nov (within 5 days) - but mum 'declined' and 'has not "
        "consented' -> consent FALSE (stated refusal, not 'will ask') -> missing ['consent'] -> request_info. Mosaic "
        "id only in the subject ('Mosaic 3002718') and the summary. DOB 30.03.2045. The marketplace app's June report "
        "is history ('no neglect now'). Concerns: mum's anxiety -> parental_mental_health; attendance 84% -> "
        "school_attendance.",
        not_children=["Ana Lopes", "Gemma Fairbairn"], voice="social worker; marketplace app in the history")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2051-10-09 08:47:15"
    text = T("""
This is an automated message. Please do not reply to this email.

Thank you for contacting Pingle's Law Enforcement Response team. Your request has been received and assigned case number 00481173.

What happens next
- Requests are reviewed in the order received. Our target response time is 5-7 business days.
- This mailbox accepts requests from law enforcement and government agencies only. Requests must come from an official government email domain and include valid legal process where required.
- To help us preserve account records, include the username and the Report ID or URL.

Emergency requests
If you are a law enforcement officer and a child is in imminent danger of death or serious physical injury, submit an Emergency Disclosure Request through the Law Enforcement Portal and mark it EMERGENCY. Emergency requests are handled 24/7.

Pingle, Inc. | Law Enforcement Response | 500 Market Street, San Francisco, CA 94105
""")
    top = plain_top(f, addr("Pingle Law Enforcement Response", "noreply-lers@pingle.example"), addr("MASH Step Up", RSU),
                    "[Pingle LERS] Request received - Case #00481173 (Re: CSR-2051-100614-0093)", when,
                    "pingle.example", None,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("In-Reply-To", "<" + sha(f, "orig")[:24] + "@" + RDOM + ">")])
    top = retz(top, when, "UTC")
    add(f, mail(f, top, text, cte="7bit", crlf=False), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - A PLATFORM TICKETING SYSTEM'S AUTO-ACKNOWLEDGEMENT (Auto-Submitted: auto-replied, Date in UTC): "
        "the reply to MASH's follow-up on richmond_wandsworth_02, with boilerplate 'a child is in imminent danger of "
        "death or serious physical injury', 'EMERGENCY' - no child, nothing happening -> not urgent. DESIGN: "
        "auto-submitted -> auto_reply -> ignore (rule 2, no loops). 'case number 00481173' is a ticket number, not a "
        "case id.",
        tz="UTC", voice="platform ticketing auto-reply")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2051-11-29 10:40:55"
    tess = T("""
Hi Marcus,

As discussed, here is the rationale for stepping up the Boateng children:
Amara Boateng, DOB 15/05/2038 (Mosaic 2987704)
Kofi Boateng, DOB 02/10/2042 (Mosaic 2987705)

Rationale for step up
Mum's drinking has increased since September: at three of my last five visits she had been drinking before midday, and on 21/11 Kofi (9) was collected from school by Amara (13) because mum could not be woken. Amara is doing most of the cooking and gets Kofi to school; her own attendance is down to 83%. Mum says she will go to the alcohol service but has not attended the two appointments made for her. Early Help has been in for 9 months and things are getting worse, not better.

Mum agrees to the step up - I discussed it with her on Monday.

For completeness, because it is on the file: in August mum had a letter from her mobile network's nuisance calls team about calls from a withheld number. The network traced them to the children's father, who has a non-molestation order; the number was barred and there have been no calls or any other contact since the end of July. Police took no further action as he lives abroad. We are not worried about contact from dad now, and it is not part of this step up.

Tess Adjei
Early Help Practitioner | Twickenham & Whitton
""")
    body = T("""
MASH colleagues,

Forwarding Tess's request below. We discussed it in supervision yesterday and I agree the step up - please treat this as the Early Help Team Manager's request. The latest case summary is attached.

Marcus Fenwick
Early Help Team Manager | Richmond (Twickenham & Whitton) | Richmond and Wandsworth Councils
020 7946 0388

""") + quote("Adjei, Tess <Tess.Adjei@%s>" % RDOM, "28 November 2051 16:12", "Fenwick, Marcus <Marcus.Fenwick@%s>" % RDOM,
             "Step up - Boateng - rationale", tess) + "\n" + RDISC
    summary = pdf_att("Case summary - Boateng - Nov 2051.pdf", "Early Help case summary - Boateng", [
        "Children: Amara Boateng (15/05/2038), Kofi Boateng (02/10/2042)",
        "Early Help since February 2051: mother's alcohol use; Amara's caring role; school attendance.",
        "Father: non-molestation order (2050); lives abroad; no contact since July 2051.",
        "Worker: Tess Adjei. Team Manager: Marcus Fenwick."])
    top = outlook_top(f, addr("Fenwick, Marcus", "Marcus.Fenwick@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Boateng - rationale", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2987704", "2987705"],
        [ch("Amara Boateng", "2038-05-15", "15/05/2038"), ch("Kofi Boateng", "2042-10-02", "02/10/2042")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "NEAR MISS - A MOBILE NETWORK'S REPORT, NEGATED AND HISTORIC: the network's nuisance-calls team traced calls to "
        "a father under a non-molestation order, but 'the number was barred', 'no calls or any other contact since the "
        "end of July', 'We are not worried about contact from dad now' -> not urgent and not domestic_abuse. "
        "Outlook 'FW:' from the Early Help Team Manager ('I agree the step up') over the worker's rationale; case "
        "summary .pdf attached -> complete R&W step-up -> book_meeting. Two Mosaic ids written '(Mosaic 2987704)' -> "
        "bare numbers. 'Mum agrees to the step up' -> consent true. Concerns: mum's drinking -> substance_misuse; "
        "Amara cooking and getting Kofi to school -> young_carer; 83% -> school_attendance.",
        not_children=["Tess Adjei", "Marcus Fenwick"], voice="Early Help TM forwarding; mobile network in the history")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2051-12-12 17:48:21"
    text = T("""
Tellwave Mobile - Safety Escalations Team
Referral to local authority children's services

Reference: SE-51-12-0087
Date: 12/12/2051
Time of this referral: 17:46 (UK time)

Why we are contacting you
Our 7726 spam-reporting service received three forwarded messages this afternoon from a Tellwave number on a child account (content lock on). The account holder registered the number for their son, Leon Pereira-Gray, date of birth 21/03/2038. Billing address: 41 Elsenham Walk, London SW18 9ZN.

Messages forwarded to 7726 (times in UTC, which is UK time today):
16:52  from +1 555 0142: "I have your pics. Send £200 by 8pm or your mum and every kid at your school gets them"
17:04  from +1 555 0142: "you have 3 hours. im not joking. i know where you live Leon"
17:20  from +1 555 0142: "last chance"

At 17:22 the customer sent a text to 7726 that was not a forwarded message: "please help i cant tell my mum i dont want to be alive if they see"

What we have done
- 17:31: called the account holder's registered number; no answer, voicemail left.
- 17:36: reported to the Metropolitan Police by phone (reference CAD 6621/12DEC).
- The sending number has been blocked on our network. The customer's handset last connected to a mast in the SW18 area at 17:40.

We have not contacted the customer directly. If you need call or location data, please ask your police contact to request it; we can release it to police under the usual process.

Tellwave Safety Escalations Team (staffed 8am to 10pm)
safety.escalations@tellwave.example | 07700 900600
""")
    top = plain_top(f, addr("Tellwave Safety Escalations", "safety.escalations@tellwave.example"), addr(None, RSU),
                    "Tellwave Safety Escalation SE-51-12-0087 - customer aged 13 - London SW18", when,
                    "tellwave.example", None)
    add(f, mail(f, top, text, cte="base64", crlf=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Leon Pereira-Gray", "2038-03-21", "21/03/2038")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A MOBILE NETWORK'S REPORT (text/plain, base64, CRLF; 17:48 GMT, out of hours): sextortion "
        "of a 13-year-old with an 8pm deadline tonight ('i know where you live Leon') and the boy's own text to the "
        "7726 service - 'i dont want to be alive if they see'; his parent not reached. Tonight -> urgent -> "
        "alert_duty (out-of-hours team). No banned alarm word. A network's referral, no step -> other. Reference "
        "SE-51-12-0087 and CAD 6621/12DEC are not case ids. Concern: exploitation (sexual extortion).",
        voice="mobile network safety escalation")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2051-09-18 11:30:12"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Ibrahim Chowdhury (DOB 07/01/2036), Mosaic 3104452, whom we are asking to step up from Targeted Early Help to Children's Social Care.

Ibrahim is 15. Since June his school's web filtering (report attached) has flagged repeated searches for videos from a proscribed extremist group, and in July he shared one of their recruitment clips in a class group chat. School made a Prevent referral in July; Channel did not adopt the case because the family would not take part. Since then dad has refused three home visits and told me he will not have "the council or the police" in the house, and Ibrahim has stopped coming to our youth sessions. We do not think Early Help can move this on without a statutory assessment.

Nothing suggests that Ibrahim is planning to hurt anyone, and he is attending school (94%).

Dad has been told about this request and does not agree with it.

My manager, Rezaul Karim (copied), has discussed this with me and agreed the step up.

Kind regards,
Shahana Begum
Early Help Practitioner | Bow Family Hub | Tower Hamlets Council
020 7946 0455

""") + TDISC
    marf = pdf_att("MARF - Ibrahim Chowdhury.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Ibrahim Chowdhury    DOB: 07/01/2036    Mosaic ID: 3104452",
        "Address: Flat 7, Malmesbury Court, Bow, London E3 9ZS",
        "Referrer: Shahana Begum, Early Help Practitioner, Bow Family Hub",
        "Reason for request: extremist content online (school filtering June-Sept 2051); Prevent referral July;",
        "Channel not adopted (family declined); father refuses visits; Ibrahim disengaged from youth sessions.",
        "Parental consent: father informed; does not agree.",
        "Manager agreement: Rezaul Karim, Team Manager, 15/09/2051."])
    filt = pdf_att("Web filtering report - IC - June-Sept 2051.pdf", "Bow Academy - web filtering report (student IC, Y11)", [
        "Export from the filtering console. Times in UTC.",
        "2051-06-12 12:41  Search: [name of proscribed group] videos   Category: Extremism   Action: blocked",
        "2051-06-19 12:55  URL: video host (channel removed)           Category: Extremism   Action: blocked",
        "2051-07-03 13:02  Search: [group] nasheed download            Category: Extremism   Action: blocked",
        "2051-09-11 12:47  Search: [group] speech full                 Category: Extremism   Action: blocked",
        "Reviewed by the DSL; Prevent referral made 2051-07-04."])
    top = outlook_top(f, addr("Begum, Shahana", "Shahana.Begum@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Ibrahim Chowdhury - MARF attached", when,
                      cc=addr("Karim, Rezaul", "Rezaul.Karim@" + TDOM))
    add(f, mail(f, top, body, [marf, filt], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3104452"],
        [ch("Ibrahim Chowdhury", "2036-01-07", "07/01/2036")],
        ["non_engagement", "radicalisation"], False, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: the Multi-Agency Request for Support (.pdf) and the manager's agreement "
        "('Rezaul Karim (copied) ... agreed the step up') -> missing [] -> book_meeting (MAST discussion). A school "
        "web-filtering export (UTC) is attached as evidence. Consent: 'Dad has been told ... and does not agree' -> "
        "FALSE (a stated refusal; Tower Hamlets' step-up does not require consent, so nothing is missing for it). "
        "Concerns: extremist searches, a shared recruitment clip, Prevent -> radicalisation; refused visits, stopped "
        "attending sessions -> non_engagement. 94% attendance is not a concern; 'nothing suggests ... planning to hurt "
        "anyone' is negated.",
        not_children=["Shahana Begum", "Rezaul Karim"], voice="Early Help practitioner; school filtering export")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2051-10-04 10:05:40"
    body = T("""
Morning MAST,

The package below came to us overnight from the NCERC - originally a Pingle report. The full package is attached as a PDF.

Our checks put the uploader at Flat 12, Cardamom House, Bow E3 9ZX: Gary Hollis, 38, who lives with his partner Sadia Malik and her daughter Zara, who is 7. Two of the files look newly made and were uploaded on Monday and Tuesday night; the bedroom is the same in both, and the analyst puts the child at about 6 to 8.

We plan to go through the door at 14:00 today. Zara is at school this morning and Hollis normally collects her at 3.15 on Wednesdays. Can we please have a strategy discussion before 1pm, and your checks on the household?

Mark

DC 4471 Mark Tennant
Online Child Abuse Investigation Team | Metropolitan Police
020 7946 0122
""")
    pkg = pdf_att("NCERC referral package 51-UK-044918.pdf", "NATIONAL CHILD EXPLOITATION REFERRAL CENTRE - REFERRAL PACKAGE", [
        "Package reference: 51-UK-044918    Disseminated to: Metropolitan Police OCAIT    03/10/2051 23:40 UTC",
        "Source: electronic service provider report (Pingle, Inc.), CyberReferral 51-UK-044870",
        "Incident type: apparent child sexual abuse material uploaded to a private cloud album",
        "Uploads (UTC): 2051-10-02 21:14:09 (2 files); 2051-10-03 20:58:41 (3 files)",
        "Uploader account: @gh_1013    IP 203.0.113.47, resolved to an ISP subscriber in Bow, London E3",
        "Analyst assessment: 5 files. 3 match known hashes. 2 are previously unseen and appear recently produced:",
        "same bedroom (unicorn duvet, star lights), same girl aged approximately 6-8; an adult's hand with a",
        "distinctive ring is visible.",
        "Police checks (OCAIT, 04/10/2051 07:30): subscriber address Flat 12, Cardamom House, Bow E3 9ZX.",
        "Occupants: Gary Hollis (DOB 22/05/2013); Sadia Malik (DOB 14/08/2018); Zara Malik (DOB 19/02/2044).",
        "School: Zara Malik attends Cardamom Primary School (Year 3).",
        "Handling: OFFICIAL-SENSITIVE. Share with partner agencies for child protection purposes only."])
    fwd = T("""
________________________________
From: NCERC Dissemination <dissemination@ncerc.example>
Sent: 03 October 2051 23:41
To: OCAIT Intake <ocait.intake@met.police.example>
Subject: NCERC referral package 51-UK-044918 - Bow E3

Package 51-UK-044918 is attached for your action. Source: Pingle, Inc. CyberReferral 51-UK-044870. Two files assessed as previously unseen. Subscriber geolocation: Bow, London E3.

NCERC Dissemination Desk
""")
    top = outlook_top(f, addr("Tennant, Mark (DC)", "Mark.Tennant@met.police.example"), addr("MAST", TMAST),
                      "FW: NCERC referral package 51-UK-044918 - Bow E3 - strat today please", when,
                      mid_domain="met.police.example")
    add(f, mail(f, top, body + fwd, [pkg], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Zara Malik", "2044-02-19", "19/02/2044")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN AN ATTACHMENT AND A FORWARD: a police officer forwards a national child-exploitation referral "
        "centre's package (PDF) - newly produced abuse images of a girl of about 6-8 in one bedroom, uploaded on the "
        "last two nights from the household where a 7-year-old lives with the uploader, who collects her at 3.15 "
        "today; police asks for a strategy discussion before 1pm. Today -> urgent -> alert_duty. No banned alarm word. "
        "A police request, not a step -> other. Zara is named in full (with DOB 19/02/2044) only in the PDF; the two "
        "adults' DOBs (2013, 2018) are adults, not children. Package and CyberReferral numbers are not case ids. "
        "Concern: sexual_harm.",
        not_children=["Gary Hollis", "Sadia Malik", "Mark Tennant"],
        adults=[("Gary Hollis", "22/05/2013"), ("Sadia Malik", "14/08/2018")],
        voice="police forwarding a reporting centre's referral package")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2051-11-14 14:40:28"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "The Child and Family Assessment for the Akter children concluded on 10/11/2051 with a recommendation to step "
        "down to a Team Around the Family. I will chair the TAF meeting on Tuesday 28 November at 10:00 at Globe Town "
        "Family Hub.",
        "",
        ("table", [["Name", "DOB", "Mosaic ID"], ["Nusrat Akter", "09/09/2041", "3120981"],
                   ["Rafi Akter", "12/04/2046", "3120982"]]),
        "",
        "Attached: the C&F Assessment (PDF) and the draft TAF plan (Word).",
        "",
        "{{Lead Practitioner:}} Fatima Hussain, Family Support Worker, Globe Town Family Hub (Tower Hamlets Early "
        "Help), who has agreed to take on the role.",
        "{{Consent:}} Mum has consented to the step down and has signed the TAF plan.",
        "{{Current needs:}} mum's low mood since the separation (she is seeing her GP and is on the Talking Therapies "
        "waiting list), and Rafi's speech and language delay - he is on the SALT waiting list and nursery have an SEN "
        "support plan.",
        "",
        "{{History, for completeness:}} the case came to us in January after an NCERC referral: the children's father, "
        "Jamal Akter, had uploaded indecent images of children (none of them of his own children). He was convicted "
        "in June, is serving a prison sentence and is subject to a Sexual Harm Prevention Order that bars any contact "
        "with the children. Mum separated from him in January. The assessment found no evidence that either child "
        "was harmed, and there are no current concerns about the children's safety.",
        "",
        "Kind regards,",
        "Oliver Strand",
        "Social Worker | Children's Social Care (Assessment) | Tower Hamlets Council",
        "020 7946 0631",
    ]
    cfa = pdf_att("C&F Assessment - Akter - concluded 10.11.2051.pdf", "Child and Family Assessment - summary and outcome", [
        "Children: Nusrat Akter (09/09/2041), Rafi Akter (12/04/2046)    Mosaic: 3120981 / 3120982",
        "Started: 22/09/2051    Concluded: 10/11/2051    Social worker: Oliver Strand",
        "Analysis: father in custody with an SHPO (no contact); no evidence of harm to either child; mother",
        "protective and engaged; low mood; Rafi's speech delay.",
        "Outcome: step down to a Team Around the Family; Lead Practitioner Fatima Hussain (Globe Town Family Hub)."])
    plan = docx_att("Draft TAF plan - Akter.docx", [
        "# Draft TAF plan - Akter family",
        "1. Mum's wellbeing: GP review; Talking Therapies; peer support group at Globe Town.",
        "2. Rafi: SALT referral chased; nursery SEN support plan reviewed termly.",
        "3. Nusrat: school mentoring; young people's group.",
        "Signed by parent: R. Akter, 09/11/2051"])
    top = outlook_top(f, addr("Strand, Oliver", "Oliver.Strand@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Akter children - TAF 28/11", when)
    add(f, word_mail(f, top, blocks + ["", TDISC.strip()], [cfa, plan]), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3120981", "3120982"],
        [ch("Nusrat Akter", "2041-09-09", "09/09/2041"), ch("Rafi Akter", "2046-04-12", "12/04/2046")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A REPORTING CENTRE'S REFERRAL IN THE HISTORY: the father's image offences (NCERC referral, "
        "convicted in June, in prison, SHPO barring contact; no evidence either child was harmed; 'no current "
        "concerns') are historic and managed -> not urgent, not sexual_harm. Complete Tower Hamlets step-down: C&F "
        "Assessment (.pdf), draft TAF plan (.docx), consent ('has consented to the step down'), named lead "
        "practitioner with agency -> book_meeting. Children and Mosaic ids in a Word table (Outlook HTML + "
        "tab-separated twin). Concerns: mum's low mood -> parental_mental_health; speech delay, SEN support -> "
        "disability_send.",
        not_children=["Fatima Hussain", "Jamal Akter", "Oliver Strand"], voice="social worker; NCERC in the history")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2051-09-22 09:12:33"
    ack = ack_text("step-up", "SB-tower_hamlets-6203", ["Children: Kezia Thompson", "Case: Mosaic 3098123"],
                   ["request_for_support (the completed Multi-Agency Request for Support form)",
                    "manager_agreed (your manager's agreement to the step-up)"])
    body = T("""
Hi,

Please find the completed MARF for Kezia Thompson attached, as your acknowledgement asked. I've also attached the report the marketplace app sent mum, which the MARF refers to.

My manager, Grace Ogunleye (copied), agreed the step-up on Monday - that's also on the MARF.

Thanks,
Joy

Joy Adebayo
Early Help Practitioner | Stepney Family Hub | Tower Hamlets Council
020 7946 0290
""") + quote("MAST <%s>" % TMAST, "20 September 2051 14:02", "Adebayo, Joy <Joy.Adebayo@%s>" % TDOM,
             "Step up request received [SB-tower_hamlets-6203] - Kezia Thompson", ack) + "\n" + TDISC
    marf = pdf_att("MARF - Kezia Thompson.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Kezia Thompson    DOB: 30/06/2040    Mosaic ID: 3098123",
        "Referrer: Joy Adebayo, Early Help Practitioner, Stepney Family Hub",
        "Reason for request: Kezia (11) sold clothes on the Swapsy marketplace app using her mother's account",
        "and met adult buyers on her own. In August one buyer, a man in his forties, asked her for photos",
        "'wearing' the items and offered extra money. Swapsy closed his account on 01/09/2051 after mum",
        "reported it and passed the messages to the police, who are investigating. Kezia has not met any",
        "buyer since; mum has removed the app from her phone. Early Help since May (mum works two jobs).",
        "Manager agreement: Grace Ogunleye, Team Manager, 18/09/2051."])
    swapsy = pdf_att("Swapsy - report outcome TS-51-0829-6610.pdf", "Swapsy Trust & Safety - report outcome", [
        "Case: TS-51-0829-6610    Reported account: trainerking_e1    Reporter: account holder (Ms T. Thompson)",
        "2051-08-29 19:12 UTC report received; 2051-09-01 10:03 UTC reported account permanently closed.",
        "We have shared the reported messages with the Metropolitan Police.",
        "Reminder: Swapsy accounts are for adults 18+. Please do not let children use your account."])
    top = outlook_top(f, addr("Adebayo, Joy", "Joy.Adebayo@" + TDOM), addr("MAST", TMAST),
                      "RE: Step up request received [SB-tower_hamlets-6203] - Kezia Thompson", when,
                      cc=addr("Ogunleye, Grace", "Grace.Ogunleye@" + TDOM))
    add(f, mail(f, top, body, [marf, swapsy], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["3098123"],
        [ch("Kezia Thompson", "2040-06-30", "30/06/2040")],
        ["exploitation"], None, True, [], None, "attach_to_request",
        "Reply to stepbot's acknowledgement [SB-tower_hamlets-6203] (quoted under an Outlook rule) bringing the MARF "
        "and a marketplace app's report outcome -> follow_up -> attach_to_request; missing [] (a follow_up has no "
        "requirements). Manager: 'Grace Ogunleye (copied), agreed the step-up' -> true. Case id from the quoted ack "
        "and the MARF ('Mosaic 3098123' -> bare). DOB only in the MARF. Concern from the MARF: an adult buyer asking an "
        "11-year-old for photos -> exploitation (now closed and with police: not urgent). The quoted 'What is "
        "missing:' list is stepbot's, not the sender's.",
        not_children=["Joy Adebayo", "Grace Ogunleye"], voice="Early Help practitioner's follow-up; marketplace report")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2051-12-04 12:26:14"
    text = T("""
Swapsy Trust & Safety | Child Welfare Referral
Referral ID: TS-CW-51-1204-0219
Sent: 2051-12-04 12:24 UTC

Hi there,

We're the Trust & Safety team at Swapsy, a buy-and-sell app. We're reaching out about a listing posted this morning in the London Borough of Tower Hamlets. We may be wrong about what we're seeing, but our team felt strongly that a local children's services team should look at it today.

Listing: #88120443 "Toddler bed + stair gate, collection only E14", created 2051-12-04 09:12 UTC
Seller: verified account "kez_deals_e14" - Kerry Doyle, 31 Brassey House, Poplar, London E14 9ZW (verified by ID and bank account)

What we saw
- Photos 2 and 4 of the listing show a young boy (our reviewers estimate about 2 years old) sitting on the toddler bed. He has dark bruising on both cheeks and his left eye is swollen shut. There is what looks like a finger-shaped mark on his upper arm.
- In the chat with a buyer, the seller wrote at 10:03 UTC: "selling the gate cos he keeps climbing it, he won't be climbing anything after tonight". At 10:05 UTC: "no offence but Cody needs a slap not a stair gate lol. his dad's back tonight and he won't put up with it".
- The seller's earlier listings (September) describe "my two, Cody and Lacey-Rae".

What we did
- Removed the listing at 11:40 UTC and preserved the photos and chat.
- Called the Metropolitan Police on 101 at 11:52 UTC (reference 3318/04DEC). They asked us to also tell the council.

The photos are available to police and children's services on request; we haven't attached them to this email.

Thanks,
Marisol Vega
Trust & Safety Specialist, Swapsy
trust-safety@swapsy.example
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1f">\n'
         '<div style="max-width:600px;margin:0 auto">\n<div style="background:#12B886;color:#fff;padding:14px 18px;'
         'border-radius:6px 6px 0 0"><b>Swapsy</b> Trust &amp; Safety &middot; Child Welfare Referral</div>\n'
         '<div style="border:1px solid #e5e5e5;padding:18px">\n' + paras_html(text.split("\n\n", 1)[1]) +
         '</div></div></body></html>\n')
    top = plain_top(f, addr("Swapsy Trust & Safety", "trust-safety@swapsy.example"), addr(None, TEH),
                    "Swapsy Trust & Safety referral - listing #88120443 - London E14 - child in listing photos", when,
                    "swapsy.example", None)
    top = retz(top, when, "UTC")
    add(f, alt_mail(f, top, text, h), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, TOLD CLINICALLY AND HEDGED, BY A MARKETPLACE APP ('We may be wrong about what we're seeing, "
        "but ...'; American English; hand-written HTML twin; Date in UTC): a 2-year-old in a listing's photos with "
        "bruised cheeks, an eye swollen shut and a finger-shaped mark, and the seller's chat 'he won't be climbing "
        "anything after tonight', 'Cody needs a slap ... his dad's back tonight'. Today/tonight -> urgent -> "
        "alert_duty (sent to the Early Help hub: every mailbox is read for rule 1). No banned alarm word. A platform's "
        "referral, no step -> other. Cody and Lacey-Rae are first names only -> no child labelled; Kerry Doyle is the "
        "adult seller. Listing, referral and police numbers are not case ids. Concern: physical_harm.",
        not_children=["Kerry Doyle", "Marisol Vega"], tz="UTC", voice="marketplace app trust-and-safety referral")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2051-11-15 08:55:41"
    add(f, google_reply(f, when, "Sultana Ahmed", "s.ahmed@globeprimary.example", ("Early Help Hub", TEH), "ACCEPTED",
                        "TAF meeting - Akter family [SB-tower_hamlets-6290]", "20511128T100000Z",
                        "20511128T113000Z", "Globe Town Family Hub, Room 2", "Tue 28 Nov 2051 10am - 11:30am (GMT)"),
        "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, plus invite.ics) from a primary "
        "school's family liaison officer for tower_hamlets_03's TAF meeting -> meeting_reply -> record_reply. No case "
        "id in the SUMMARY; 'Akter family' names no child.",
        voice="Google Calendar acceptance")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2051-11-10 15:20:09"
    text = T("""
Dear MAST,

At the September DSL forum your team asked schools to send a termly summary of web-filtering alerts, so here is ours for the first half of the autumn term (4 September - 20 October 2051). The full export is attached as a CSV.

To be clear, none of these needs a referral: every alert was reviewed by me or my deputy, with the student and with parents where that was right, and all were closed in school.

Highest-severity alerts this half term (student initials only):
1. 12/09, Y9 (J.M.) - search "how long does a bomb take to go off" - history homework on the Blitz; confirmed with the teacher. Closed.
2. 26/09, Y10 (A.R.) - typed "I want to die" - a line in a creative writing piece for English ("Letters from the Trenches"); reviewed with the English teacher and the student. Closed.
3. 03/10, Y8 (S.K.) - search "suicide squad full movie free" - a film title. Spoke to the student about illegal streaming. Closed.
4. 17/10, Y11 (T.O.) - search "how to kill a child process in linux" - Computer Science coursework. Closed.

Nothing this half term has involved a disclosure, and no student above is open to social care because of these alerts.

Kind regards,
Tom Whitcombe
Designated Safeguarding Lead | Mile End Bridge Academy
""")
    rows = [["alert_id", "timestamp_utc", "year_group", "initials", "category", "severity", "capture", "outcome"],
            ["MEB-51-0912-003", "2051-09-12T11:02:40Z", "9", "J.M.", "Violence/Weapons", "4",
             "how long does a bomb take to go off", "False positive - Blitz homework. Closed."],
            ["MEB-51-0926-011", "2051-09-26T13:37:05Z", "10", "A.R.", "Self-harm", "5", "I want to die",
             "Creative writing (English). Reviewed. Closed."],
            ["MEB-51-1003-002", "2051-10-03T14:15:51Z", "8", "S.K.", "Self-harm", "3", "suicide squad full movie free",
             "Film title. Closed."],
            ["MEB-51-1017-007", "2051-10-17T10:44:19Z", "11", "T.O.", "Violence", "3",
             "how to kill a child process in linux", "Computing coursework. Closed."]]
    top = gmail_top(f, addr("Tom Whitcombe", "t.whitcombe@milebridge-academy.example"), addr("MAST", TMAST),
                    "Termly web-filtering summary (for info only - no referral)", when, domain="mail.gmail.com")
    add(f, mail(f, top, text, [csv_att("Filtering_alerts_summary_Autumn1_2051.csv", rows)], crlf=False),
        "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL'S WEB-FILTERING SUMMARY OF FALSE POSITIVES: 'bomb', 'I want to die', 'suicide', 'kill a "
        "child process' - each explained (homework, creative writing, a film title, Linux) and closed, 'none of these "
        "needs a referral', no disclosure. Body plus a CSV export with UTC timestamps. Students by initials only -> no "
        "child. Not a request -> other -> human_review.",
        voice="school filtering summary with CSV")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2051-12-07 14:47:05"
    body = T("""
Dear MAST,

I am asking for Hana Mahmood (DOB 13/08/2040), Mosaic 3131876, to be stepped up from Targeted Early Help. The completed MARF is attached.

Hana is 11 and lives with mum. Mum's drinking has got worse since the autumn - twice I have found her asleep on the sofa at 4pm when I visited - and Hana's attendance has fallen to 79%. Mum has not gone to either of her appointments at the alcohol service. Mum agreed to this referral when I saw her on Tuesday. My manager, Shirin Alam (copied), agreed the step-up yesterday.

Kind regards,
Lucy

Lucy Okereke
Family Practitioner | Early Help (Whitechapel) | Tower Hamlets Council
020 7946 0876

PS - just as I was about to send this, Hana's class teacher rang me. At lunch Hana showed a friend messages on her Blockfall game account from someone called "Uncle Reece" who she has been chatting to for a few weeks. Today he sent her a photo of the school gates taken from across the road and said he will be "in the silver car at home time" to take her to get the phone he promised her. School finishes at 3.15. Hana doesn't know anyone called Reece and mum says there is no Reece in the family. Her teacher is keeping her in class and has told the office not to let her go with anyone but mum. I'm heading to the school now.

""") + TDISC
    marf = docx_att("MARF - Hana Mahmood.docx", [
        "# Multi-Agency Request for Support",
        "Child: Hana Mahmood    DOB: 13/08/2040    Mosaic ID: 3131876",
        "Address: 5 Varden Court, Whitechapel, London E1 9ZK",
        "Referrer: Lucy Okereke, Family Practitioner, Early Help (Whitechapel)",
        "Reason for request: mother's alcohol use increasing; not attending the alcohol service; Hana's attendance 79%.",
        "Parental consent: yes - mother agreed 05/12/2051",
        "Manager agreement: Shirin Alam, Team Manager, 06/12/2051"])
    top = outlook_top(f, addr("Okereke, Lucy", "Lucy.Okereke@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Hana Mahmood - MARF attached", when, cc=addr("Alam, Shirin", "Shirin.Alam@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3131876"],
        [ch("Hana Mahmood", "2040-08-13", "13/08/2040")],
        ["exploitation", "school_attendance", "substance_misuse"], True, True, [], None, "alert_duty",
        "SAFETY RULE 1 IN A PS: an otherwise complete Tower Hamlets step-up (MARF .docx, manager agreed, mum agreed) "
        "whose PS says an unknown adult met through a game has photographed the school gates and will be 'in the "
        "silver car at home time' (3.15 today) for an 11-year-old. Today -> urgent -> alert_duty, overriding "
        "book_meeting; missing []. No banned alarm word. Concerns: the adult's grooming -> exploitation; mum's "
        "drinking -> substance_misuse; 79% -> school_attendance.",
        not_children=["Lucy Okereke", "Shirin Alam"], voice="Early Help practitioner's step-up with a PS")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2051-09-06 10:48:52"
    body = T("""
Hello Early Help,

Please can I have a triage slot for the Widdicombe children, whom I am stepping down from the Single Assessment Team to a level 3 Early Help response:

Mason Widdicombe - 18/05/2043
Isla Widdicombe - 22/01/2048 (Isla is 3, so I understand this will go to the under-5s triage)

LCS-5117632

The Single Assessment is attached, with my analysis and the rationale for the step down. My team manager, Gareth Lobb, has recorded his manager's analysis on LCS confirming the threshold is met for level 3 intervention.

Mum has consented to level 3 Early Help - she signed the consent form on my visit on Monday.

Background: the assessment started in July after a livestreaming app's safety team told us mum had been broadcasting late at night while the children were awake in the background. The assessment found mum's depression had worsened after Isla's dad left. With her GP and Talking Therapies she is much better, the house is in good order, the children's routines are back, and she has stopped streaming. What remains is mum's mental health, which still needs support, and Mason's attendance (85% last year; he is often late).

Nicola Pascoe
Social Worker | Single Assessment Team | Torbay Council
01632 960371

""") + BDISC
    sa = pdf_att("Single Assessment - Widdicombe - Aug 2051.pdf", "Single Assessment - analysis and outcome", [
        "Children: Mason Widdicombe (18/05/2043), Isla Widdicombe (22/01/2048)    LCS-5117632",
        "Referral: 14/07/2051 from a livestreaming app's safety team (late-night broadcasts, children in shot).",
        "Social worker's analysis: maternal depression after separation; now engaged with GP and Talking",
        "Therapies; home conditions and routines restored; no further streaming. Needs remain at level 3:",
        "maternal mental health; Mason's attendance and punctuality.",
        "Rationale for step down: no further statutory role; a level 3 coordinated response is needed.",
        "Manager's analysis (Gareth Lobb, Team Manager, 04/09/2051): threshold met for level 3 intervention."])
    top = outlook_top(f, addr("Pascoe, Nicola", "Nicola.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - step down to level 3 - Widdicombe - LCS-5117632", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-5117632"],
        [ch("Mason Widdicombe", "2043-05-18", "18/05/2043"), ch("Isla Widdicombe", "2048-01-22", "22/01/2048")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (seed 002): Single Assessment .pdf with analysis "
        "and rationale (assessment), TM's analysis 'confirming the threshold is met for level 3' (manager true), 'Mum "
        "has consented to level 3 Early Help' (consent true) -> missing [] -> book_meeting. Level 3 stated. Isla is "
        "3 -> the fortnightly under-5s triage (AFC attending). The livestreaming app's July report is background, "
        "resolved. Concerns: mum's depression -> parental_mental_health; Mason's 85% and lateness -> "
        "school_attendance.",
        not_children=["Gareth Lobb", "Nicola Pascoe"], voice="social worker; livestreaming app in the history")

def torbay_02():
    f = "torbay_02.eml"; when = "2051-09-28 13:15:27"
    quoted_reply = T("""
Hi Amy,

Thanks for reaching out and for trusting us with this. We've reviewed your report about the player "Coach_Dev77" and taken action on that account under our Child Safety Policy. For privacy reasons we can't share the specific action we took. Where the law requires it, we also share information with the relevant authorities.

You can manage who can message your child's profile in Family Settings > Social. We'd recommend setting chat to "Friends I approve".

Best,
Jordan
Driftwood Games Player Support
""")
    body = T("""
Dear MASH,

I am the lead professional for Jayden Rowe (DOB 02/11/2039), EHM-834417, open to Early Help at level 3. I am making this contact because of new information that I think needs considering for a level 4 response.

Over the last month Jayden (11) has been given more than £400 of in-game credit by an adult player on Blockfall who calls himself "Coach". Jayden has been going to the skate park in Torquay to meet older boys "Coach" sent him to, and twice he has come home after 10pm with new trainers he can't explain. Mum reported the account to the games company; their reply to her is below. Police have been informed (log 0412 of 20/09).

I discussed this with my team manager, Debbie Harvey, this morning and we agree it needs considering for level 4. I haven't been able to talk to mum about this contact to MASH yet - I am seeing her tomorrow and will ask her then.

Kerensa Hocking
Family Intervention Worker | Torbay Early Help
01632 960448

""") + original("Driftwood Games Player Support <support@driftwoodgames.example>", "22 September 2051 23:14",
                "Amy Rowe", "Your report about player \"Coach_Dev77\" [Ticket #5520871]", quoted_reply) + "\n" + BDISC
    top = outlook_top(f, addr("Hocking, Kerensa", "Kerensa.Hocking@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up request - Jayden Rowe - EHM-834417", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-834417"],
        [ch("Jayden Rowe", "2039-11-02", "02/11/2039")],
        ["exploitation"], None, True, ["consent"], None, "request_info",
        "Torbay step-up (seed 002 'a contact should be made to MASH with parental consent'): the lead professional "
        "and her TM 'agree it needs considering for level 4' -> manager true; but 'I haven't been able to talk to mum "
        "about this contact ... will ask her then' -> consent NULL (still to be asked) -> missing ['consent'] -> "
        "request_info. The games company's reply to mum is quoted under '-----Original Message-----' (American, "
        "'Ticket #5520871' is a support ticket, not a case id). Concern: gifts of in-game credit from an adult, "
        "older boys, unexplained trainers -> exploitation. Not urgent: police informed, nothing tonight.",
        not_children=["Kerensa Hocking", "Debbie Harvey", "Amy Rowe"], voice="lead professional; games support reply quoted")

def torbay_03():
    f = "torbay_03.eml"; when = "2051-10-17 16:05:48"
    ack = ack_text("step-down", "SB-torbay-8834",
                   ["Children: Poppy Trebilcock (2044-07-19), Alfie Trebilcock (2047-02-03)", "Case: LCS-5129904",
                    "Triage: Tuesday 24 October 2051, 10:00 (under-5s triage, AFC attending)"], [])
    body = T("""
Early Help,

Please hold the triage slot for the Trebilcock children - the step down can't go ahead this week.

Mum has just sent me screenshots from the marketplace app she sells on. The children's dad, Dean Trebilcock, who has a non-molestation order and is not meant to know where they live, has been messaging her through her listing for the kids' bikes from a new account. He has sent her a photo of her own front door and says he'll be round "at 7 tonight to collect what's mine and the kids". Mum is at home with Poppy and Alfie and is frightened to go out because he has seen the car. I've told her to ring 999 the moment he turns up. Police are aware (log 0934 of today) and I am going out to her now with a colleague.

The messages as mum sent them (copied from the app):

  Swapsy - New message about "Kids bikes x2 (16in & 20in)"
  From: bikes4less22 - 15:21
  "nice door. blue suits you"
  From: bikes4less22 - 15:24
  "ill be round at 7 tonight to collect whats mine and the kids. dont bother with the police they wont come in time"

Jodie

Jodie Maddock
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960512
""") + quote("Early Help <%s>" % BEH, "16 October 2051 11:08", "Maddock, Jodie <Jodie.Maddock@%s>" % BDOM,
             "Triage slot request received [SB-torbay-8834] - Trebilcock", ack) + "\n" + BDISC
    top = outlook_top(f, addr("Maddock, Jodie", "Jodie.Maddock@" + BDOM), addr("Early Help", BEH),
                      "RE: Triage slot request received [SB-torbay-8834] - Trebilcock", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["LCS-5129904"],
        [ch("Poppy Trebilcock", "2044-07-19", "2044-07-19"), ch("Alfie Trebilcock", "2047-02-03", "2047-02-03")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 ON A FOLLOW-UP, WITH A MARKETPLACE APP'S MESSAGES PASTED IN: a reply to [SB-torbay-8834] "
        "(plain-text Outlook, the acknowledgement quoted under the rule) - the children's father, under a "
        "non-molestation order, has found the address through a selling app and says he will come 'at 7 tonight to "
        "collect what's mine and the kids'; mum at home with a 7- and a 4-year-old. Tonight -> urgent -> alert_duty, "
        "overriding attach_to_request. No banned alarm word. Children and DOBs (ISO) and the LCS id come from the "
        "quoted acknowledgement. Concern: domestic_abuse.",
        not_children=["Dean Trebilcock", "Jodie Maddock"], voice="social worker's reply quoting a marketplace app")

def torbay_04():
    f = "torbay_04.eml"; when = "2051-11-08 16:30:18"
    text = T("""
Hi Torbay MASH team,

I'm a policy manager on the Child Safety team at Driftwood Games (we make Blockfall). We're updating our referral playbook for players in the UK, and I want to make sure we're routing things the way your team prefers.

To be clear up front: this is not about any specific player. We have no open case involving anyone in Torbay.

A hypothetical to make it concrete: say a player in Torquay told one of our moderators during a match that their dad hits them and that they're scared to go home, and we had the address on the family account. In that situation, would you want us to email this inbox directly, or should we only go through Devon and Cornwall Police? And what information would be most useful to you - account holder details, chat logs, timestamps (we log everything in UTC), IP location?

Also, is this inbox monitored outside business hours? If not, is there a number you'd prefer we call?

Thanks so much for your help - happy to jump on a call if that's easier.

Best,
Amber Liu
Policy Manager, Child Safety | Driftwood Games, Inc.
Seattle, WA | +1 206 555 0173
""")
    top = gmail_top(f, addr("Amber Liu", "amber.liu@driftwoodgames.example"), addr("Torbay MASH", BMASH),
                    "Question about routing player safety referrals to Torbay (no current case)", when,
                    domain="mail.gmail.com")
    top = retz(top, when, "America/Los_Angeles")
    add(f, gmail_mail(f, top, text), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL FROM A GAMES COMPANY'S POLICY TEAM (Google Workspace multipart/alternative, "
        "American English, Date in Pacific time -0800 after US daylight time ended on 5 Nov): 'say a player ... told "
        "one of our moderators ... their dad hits them and that they're scared to go home' - but 'this is not about "
        "any specific player', 'no open case'. Hypothetical -> not urgent. A routing question -> other -> "
        "human_review.",
        tz="America/Los_Angeles", voice="games company policy manager's question")

def torbay_05():
    f = "torbay_05.eml"; when = "2051-11-20 09:40:37"
    png, cid = inline_png(f, "kindred-logo.png", 1, (120, 60, 160), 160, 48)
    intro = ("<p>Hello,</p>\n<p>Kindred is a dating app for adults aged 18 and over. We are writing because a member "
             "whose profile location is Paignton posted a message in our community feed at 02:10 UTC today that "
             "suggested she might harm herself (&quot;won't be here by Christmas, nobody will notice&quot;).</p>")
    rows = [("Referral", esc("MW-51-1120-0055")),
            ("Member", esc("Adult member, age-verified 23 (ID check completed 2050). Username: sunflower_paignton.")),
            ("Children", esc("The member's profile states she has no children, and she confirmed to our team that "
                             "she lives alone and has no children.")),
            ("Actions", esc("We asked Devon and Cornwall Police for a welfare check. Officers visited at 04:30 UTC and "
                            "told us she was safe and is staying with her sister. We have sent her details of "
                            "support services.")),
            ("Why you", esc("Your inbox is listed under 'Early Help' on the Torbay Council website. We understand "
                            "this may not be the right service for an adult - we'd be grateful if you could pass it "
                            "to adult services if appropriate."))]
    outro = ('<p>Kind regards,<br>Member Safety Team<br>Kindred Dating Ltd, 10 Temple Back, Bristol BS1 9ZZ</p>')
    h = layout_html(intro, rows, outro, cid, "Kindred")
    top = plain_top(f, addr("Kindred Member Safety", "member-safety@kindred-dating.example"), addr("Early Help", BEH),
                    "Member wellbeing referral MW-51-1120-0055 (adult member, Paignton)", when,
                    "kindred-dating.example", None)
    add(f, build(top, related_html(f, h, [png], n=1), True), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT ONLY: a dating app's member-safety team (HTML-only with a logo) about a 23-year-old "
        "member's message that she 'won't be here by Christmas' - an adult who 'has no children' and lives alone, "
        "already visited by police and safe with her sister. No child -> not a child-protection risk -> not urgent. "
        "Misdirected to Early Help -> other -> human_review.",
        voice="dating app member safety, adult only")

def torbay_06():
    f = "torbay_06.eml"; when = "2051-12-01 17:52:03"
    text = T("""
LOOPZ SAFETY OPERATIONS - LIVE BROADCAST REFERRAL

Referral ID: LV-20511201-7781034
Referral sent: 2051-12-01 17:50 UTC
Broadcast status at time of referral: LIVE (started 2051-12-01 14:06 UTC)

Account: @shanz_xo
Account holder: Shannon Pearce (age-verified, 26)
Profile location: Paignton, Devon. Device IP geolocates to Paignton (TQ4).

Moderator observations (all times UTC):
14:06  Broadcast starts. Account holder on camera in a living room with two young children.
14:20  Account holder leaves the room. A door is heard closing. No adult seen or heard after this point.
15:12  Older child (we estimate 4-5) asks the camera "where's mummy".
16:30  Younger child (we estimate 2-3), called "Rosie" by the older child, starts crying; crying on and off since.
16:47  Older child: "mummy's not coming back, I'm hungry".
16:55  Room now dark except for the screen. A plug-in heater is on next to a pile of clothes.
17:38  Still no adult. Viewers in the comments are asking the children where they live.

Actions taken:
- 17:10 UTC: comments disabled; account holder's phone number called twice, no answer.
- 17:38 UTC: called Devon and Cornwall Police via our UK liaison line (ref 0488 01/12). We have not had confirmation that officers have attended.
- We are keeping the broadcast running with viewers removed so it can be monitored; a moderator is watching it continuously.

Our moderator can give you a live update by phone: +1 424 555 0119 (24 hours).

Loopz, Inc. | Safety Operations | Los Angeles, CA
""")
    top = plain_top(f, addr("Loopz Safety Operations", "safety-ops@loopz.example"), addr(None, BMASH),
                    "Loopz Live Safety Referral LV-20511201-7781034 - Paignton, Devon, UK", when, "loopz.example", None)
    top = retz(top, when, "UTC")
    add(f, mail(f, top, text, crlf=False), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A LIVESTREAMING APP'S MODERATION LOG (plain text, quoted-printable, UTC times; Friday 17:52 "
        "GMT, out of hours): two children of about 2-3 and 4-5 alone on a live broadcast for three and a half hours "
        "and counting, 'mummy's not coming back, I'm hungry', a heater by a pile of clothes in the dark, mother not "
        "answering, police not confirmed attending. Happening now -> urgent -> alert_duty (out-of-hours team). No "
        "banned alarm word. Not a step -> other. 'Rosie' is a first name only and the older child is unnamed -> no "
        "child labelled; Shannon Pearce is the adult account holder. Concern: neglect (young children left alone).",
        not_children=["Shannon Pearce"], tz="UTC", voice="livestreaming app moderation log")

def torbay_07():
    f = "torbay_07.eml"; when = "2051-11-14 11:05:11"
    body = T("""
Dear MASH,

I'm the lead professional for Lacey Bickford (DOB 05/05/2037), EHM-839920, open to Early Help at level 3 since March. I am making this contact with new information that my team manager, Debbie Harvey, and I agree needs considering for level 4.

Last Monday a photo-sharing app's safety team referred to police a man in his thirties who had been messaging Lacey (14) since the summer and had persuaded her to send images. I want to be clear about where things are now: he was arrested on Tuesday 7th, charged, and remanded in custody by the magistrates on Thursday; police have his phone and laptop, and the app has closed his accounts. Lacey has not been contacted by him or anyone linked to him since the arrest. She is at home with mum, who has taken her phone and set up new accounts with her. The officer in the case speaks to mum every day. Nobody expects further contact while he is remanded.

Why I think this needs level 4 now: Lacey has told me there were other men in the same group chat, she has stopped going to school (61% this half term), and mum, who is on her own with three children, is struggling to supervise her. A statutory assessment would bring police, school, CAMHS and the exploitation team together.

Mum consents to this contact to MASH.

Wes Tregunna
Family Practitioner | Torbay Early Help | Paignton
01632 960557

""") + BDISC
    top = outlook_top(f, addr("Tregunna, Wes", "Wes.Tregunna@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Lacey Bickford - EHM-839920 - for consideration at level 4", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-839920"],
        [ch("Lacey Bickford", "2037-05-05", "05/05/2037")],
        ["exploitation", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN APP'S REFERRAL ALREADY ACTED ON: the man who groomed a 14-year-old for images was arrested, "
        "charged and remanded; devices seized; accounts closed; no contact since; 'Nobody expects further contact "
        "while he is remanded' -> the risk is managed -> not urgent. Torbay step-up (contact to MASH): 'Mum consents "
        "to this contact' (consent true) and 'my team manager ... and I agree [it] needs considering for level 4' "
        "(manager true) -> missing [] -> book_meeting (MASH threshold discussion). Concerns: the grooming and 'other "
        "men in the same group chat' -> exploitation; 61% -> school_attendance.",
        not_children=["Debbie Harvey", "Wes Tregunna"], voice="lead professional; photo app referral acted on")

def torbay_08():
    f = "torbay_08.eml"; when = "2051-12-04 09:02:40"
    add(f, ndr(f, when, BDOM, addr("MASH", BMASH), "lers@loopz.example",
               "RE: Loopz Live Safety Referral LV-20511201-7781034 - Paignton, Devon, UK", addr("MASH", BMASH),
               "2051-12-04 09:01:55"),
        "torbay", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for MASH's reply to the livestreaming app's legal address: a bounce -> auto_reply -> ignore "
        "(safety rule 2). The returned headers name torbay_06's referral ID, but nothing is reported.",
        voice="Exchange bounce")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2051-09-21 14:10:26"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for Megan and Tomos Bevan, who are stepping down to Early Help at level 3 (Intensive) after their Child & Family Assessment.

Megan Bevan, DOB 08/10/2040, Mosaic 715220
Tomos Bevan, DOB 14/06/2043, Mosaic 715221

Mum has signed the written consent form (attached) and has seen and agreed the plan.

Key person: Mrs Carys Lloyd, Family Support Worker at Kington Valley High School. She has agreed with mum to lead the plan.

Remaining needs: Megan (10) does a lot of caring for mum, who has MS and was in hospital in July, and her attendance dropped to 87% last term. Tomos is doing well at school. Dad's online gambling was part of the assessment, but the betting app's self-exclusion and the bank's gambling block are in place and it is not a concern for the children now.

Rhodri Vaughan
Social Worker | Children's Services (Leominster) | Herefordshire Council
01632 960233

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan.docx", [
        "# Early Help Assessment - Step Down (sibling group)",
        "Children: Megan Bevan (08/10/2040, Mosaic 715220); Tomos Bevan (14/06/2043, Mosaic 715221)",
        "What are we worried about? Megan's caring role; her attendance (87%).",
        "What's working well? Mum and dad work with services; Tomos is settled at school; grandparents nearby.",
        "Wellbeing plan: young carers' service referral (by whom: key person; 4 weeks); attendance plan with school",
        "(6 weeks); OT review of mum's home support (adult social care; 8 weeks).",
        "Key person: Carys Lloyd, Family Support Worker, Kington Valley High School."], )
    consent = pdf_att("Signed consent - Bevan - 19.09.2051.pdf", "Consent to Early Help - step down", [
        "I agree to my family receiving Early Help support and to information being shared with the",
        "Early Help Co-ordinator team and the key person named in the plan.",
        "Children: Megan Bevan, Tomos Bevan",
        "Signed: S. Bevan (mother)    Date: 19/09/2051"])
    top = outlook_top(f, addr("Vaughan, Rhodri", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Bevan siblings - Mosaic 715220 / 715221", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["715220", "715221"],
        [ch("Megan Bevan", "2040-10-08", "08/10/2040"), ch("Tomos Bevan", "2043-06-14", "14/06/2043")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (seed 003): EHA step-down plan (.docx), signed consent form "
        "(.pdf), key person with agency -> missing [] -> book_meeting. Level 3 stated. Two six-digit Mosaic ids. "
        "Concerns: Megan's caring for mum -> young_carer; 87% -> school_attendance. Dad's online gambling is 'not a "
        "concern for the children now'.",
        not_children=["Carys Lloyd", "Verity Lang", "Rhodri Vaughan"], voice="social worker; sibling group")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2051-10-16 12:02:44"
    text = T("""
Hi both,

Attached is the step-down plan for Harley Price (DOB 03/12/2038), Mosaic 721905, following our chat with Xavier last week.

Mum agreed to the step down on the phone on Friday. I am seeing her on Thursday to get the consent form signed and will send it straight over.

We haven't agreed a key person yet. School say they can't take it on until January, so I'm asking the youth service this week.

Harley's worries: his attendance is 82% this term and he is up most of the night on his phone. He was referred to us in July after the school's web-filtering alerts about self-harm searches; he is now seen by CAMHS fortnightly and there has been no self-harm since July.

Sian

Sian Hughes
Social Worker | Children's Services (Leominster) | Herefordshire Council

Get Outlook for Android
""")
    plan = docx_att("Step down plan - Harley Price.docx", [
        "# Early Help Assessment - Step Down plan", "Child: Harley Price, 03/12/2038, Mosaic 721905",
        "What are we worried about? Attendance 82%; night-time phone use; low mood (CAMHS).",
        "What's working well? Harley attends CAMHS; mum keeps in touch with school.",
        "Wellbeing plan: attendance plan with school (6 weeks); phone charged downstairs overnight (mum, now);",
        "CAMHS to continue fortnightly.", "Key person: to be confirmed."])
    t = text_part(text, cte="base64", crlf=True)
    root = multipart("mixed", [t, plan], bnd(f, 1))
    top = plain_top(f, addr("Hughes, Sian", "Sian.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down plan - Harley Price", when, HDOM, None)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["721905"],
        [ch("Harley Price", "2038-12-03", "03/12/2038")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down from Outlook for Android (text/plain base64, CRLF) with the plan (.docx): 'Mum agreed "
        "to the step down on the phone' -> consent true, but the written form is still to come -> consent_form "
        "missing; 'We haven't agreed a key person yet' -> lead_practitioner missing -> request_info. Level not stated "
        "-> null. The school's web-filtering alerts about self-harm searches are July's, with CAMHS involved and no "
        "self-harm since. Concern: 82% -> school_attendance.",
        not_children=["Sian Hughes"], voice="social worker on Outlook for Android")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2051-10-25 14:31:07"
    text = T("""
Marcher Mobile - Vulnerable Customers Team
Referral to children's services

Our reference: VC-51-10-0817
Date: 25/10/2051
Times below are in UTC (add one hour for UK time).

Summary
At 12:58 UTC a child called our customer services line (150) from a pay-monthly phone registered to Ms Chantelle Morgan, 4 Orchard Row, Leominster HR6 9ZT. The caller said she is Tia Morgan and that she is 9.

What the caller told our adviser (the adviser's notes, written during the call)
- "Mum won't wake up. She's on the kitchen floor." Mum took "all her tablets" last night after she was crying.
- Her baby brother, Kai, is in his cot and crying. He has not had a bottle "since last night" and she can't reach the milk.
- She has not been to school today. There is no other adult in the house.
- She rang 150 because "it's the only number in mum's phone I know".

What we did
- 13:01 UTC: a second adviser called 999 (police and ambulance) with the address. West Mercia Police reference 0341 of 25/10.
- Our adviser kept Tia on the line until 13:09 UTC, when the call dropped (the phone battery was low). We could not call back.
- We have no confirmation that police or an ambulance have arrived.

We are sending this to you under our vulnerable customers policy because a child was involved. Please contact us on 01632 960800 (option 4), quoting VC-51-10-0817.

Marcher Mobile Vulnerable Customers Team
""")
    top = plain_top(f, addr("Marcher Mobile Vulnerable Customers", "vulnerable.customers@marchermobile.example"),
                    addr(None, HMASH), "Marcher Mobile referral VC-51-10-0817 - child caller, Leominster", when,
                    "marchermobile.example", None)
    add(f, mail(f, top, text, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tia Morgan")],
        ["neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A MOBILE NETWORK'S REPORT OF A CHILD'S CALL (UTC times, 'add one hour for UK time'; a "
        "Wednesday in BST): a 9-year-old alone with a baby who has not been fed since last night and a mother "
        "unrousable on the floor after taking 'all her tablets'; 999 called but arrival not confirmed. Now -> urgent "
        "-> alert_duty. No banned alarm word. A network's referral, not a step -> other. Tia Morgan named in full "
        "(age only, no DOB); Kai is a first name only -> not labelled; Chantelle Morgan is the adult. Concerns: "
        "mother's overdose after crying -> parental_mental_health; a baby unfed, children alone -> neglect.",
        not_children=["Chantelle Morgan"], voice="mobile network vulnerable-customers report")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2051-11-03 11:44:19"
    blocks = [
        "Good morning,",
        "",
        "Please find attached the Early Help Assessment step-down plan and dad's signed consent form for Emily "
        "Griffiths-Hale (DOB 27/04/2039, Mosaic 718833). I discussed the plan with Xavier Moss on Tuesday.",
        "",
        "{{Key person:}} Mr Dylan Powell, Youth Worker, Herefordshire Youth Service (Hereford hub), who has agreed "
        "with dad and Emily to lead the plan.",
        "",
        "{{Remaining needs:}} Emily's attendance (84%) and her anxiety about going back into school after the summer.",
        "",
        "{{For clarity, as it is on Mosaic:}} in August an Internet Content Watch notice to MASH named Emily's school. "
        "Police confirmed in September that Emily is not the child in that image, and there is no concern that Emily "
        "has been harmed or exploited online. There is nothing outstanding from it.",
        "",
        "Many thanks,",
        "Owain Preece",
        "Social Worker | Children's Services (Hereford City) | Herefordshire Council",
        "01632 960276",
        "",
        HDISC.strip(),
    ]
    plan = docx_att("EHA step-down plan - Emily Griffiths-Hale.docx", [
        "# Early Help Assessment - Step Down", "Child: Emily Griffiths-Hale, 27/04/2039, Mosaic 718833",
        "Worries: attendance 84%; anxiety about school.",
        "Wellbeing plan: phased return plan with school (SENCo, 4 weeks); youth worker sessions weekly (Dylan Powell);",
        "GP review of anxiety (dad, 2 weeks).", "Key person: Dylan Powell, Herefordshire Youth Service."])
    consent = pdf_att("Consent form - Griffiths-Hale - signed.pdf", "Consent to Early Help - step down", [
        "I consent to Early Help support for my child and to information being shared with the Early Help",
        "Co-ordinator team and the key person.", "Child: Emily Griffiths-Hale",
        "Signed: M. Griffiths-Hale (father)    Date: 31/10/2051"])
    top = outlook_top(f, addr("Preece, Owain", "Owain.Preece@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Emily Griffiths-Hale - plan and consent attached", when)
    add(f, word_mail(f, top, blocks, [plan, consent], plain_twin=False), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["718833"],
        [ch("Emily Griffiths-Hale", "2039-04-27", "27/04/2039")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - AN INTERNET-WATCH NOTICE, NEGATED: 'Emily is not the child in that image', 'no concern that Emily "
        "has been harmed or exploited online', 'nothing outstanding' -> not urgent, not a concern. Word HTML only "
        "(no text/plain twin). Complete Herefordshire step-down: plan (.docx), dad's signed consent form (.pdf), key "
        "person with agency -> book_meeting. Level not stated -> null. Concern: 84% -> school_attendance (anxiety is "
        "the child's own, no id).",
        not_children=["Dylan Powell", "Xavier Moss", "Owain Preece"], voice="social worker, HTML only; ICW notice negated")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2051-12-07 19:12:31"
    text = T("""
Hello,

Thank you for your request dated November 28, 2051 (your reference HC/DPR/0412) for subscriber information and messages relating to the Swapsy account "hfd_deals_2049".

We have reviewed your request. Swapsy, Inc. is a US company, and we can only disclose the content of messages to a UK public authority in response to legal process that is valid under US law, or through the UK-US data access agreement via the police. We can disclose basic subscriber information voluntarily to a government agency with a legitimate purpose, and it is available at the secure link below (the link expires in 14 days):

https://swapsy.example/lr/LR-51-3307

If your request relates to an active police investigation, please ask the investigating force to submit it through our Law Enforcement Portal so that we can process both together.

Regards,
Legal Operations
Swapsy, Inc. | 1 Embarcadero Center, San Francisco, CA 94111
""")
    top = plain_top(f, addr("Swapsy Legal Operations", "legal-requests@swapsy.example"), addr("MASH", HMASH),
                    "RE: Request for user data - your ref HC/DPR/0412 [Swapsy case LR-51-3307]", when,
                    "swapsy.example", None)
    top = retz(top, when, "America/Los_Angeles")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'
         'Georgia,serif;font-size:14px">\n' + paras_html(text).replace(
             "https://swapsy.example/lr/LR-51-3307", '<a href="https://swapsy.example/lr/LR-51-3307">'
             'https://swapsy.example/lr/LR-51-3307</a>') + "</body></html>\n")
    add(f, alt_mail(f, top, text, h), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A marketplace app's legal team answering a council's data request (American dates, Date in Pacific time "
        "-0800 = 19:12 GMT): a process reply, no child, no report of harm -> other -> human_review. Its references "
        "(HC/DPR/0412, LR-51-3307) are not case ids.",
        tz="America/Los_Angeles", voice="marketplace app legal operations reply")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2051-11-13 09:16:38"
    body = T("""
Good morning MASH,

I would like to step up Callum Jones-Parry (DOB 30/06/2041, Mosaic 724410) to social care. My manager, Gwen Bowen (cc), agreed the step up on Friday.

Callum is 10 and lives with mum and her partner, Lee. Over the last six weeks home conditions have got much worse (no food in the fridge on two visits; Callum in the same clothes all week) and mum has cancelled three visits and not answered my calls.

Mum forwarded me the attached notice from the company that makes Callum's game at 7.58 this morning, with the message "this is Callum being dramatic again, can you talk to him". I have rung her twice since with no answer. School rang me at 9.05 to say Callum hasn't arrived today.

Bethan

Bethan Lewis
Early Help Family Support Worker | Herefordshire Council
01632 960684

""") + HDISC
    notice = pdf_att("Driftwood Games - notice to account holder - PS-1113-00318.pdf",
                     "Driftwood Games, Inc. - Player Safety Notice to Family Account Holder", [
        "Case: PS-1113-00318    Family account: JonesParryFam    Child profile: 'Cal'",
        "Child profile name: Callum Jones-Parry    Date of birth on profile: 06/30/2041",
        "What happened: On 2051-11-13 at 02:14 UTC, during a live stream on the child profile 'Cal', the player said:",
        "\"Lee hit me with the belt again, my back's bleeding, he's asleep now. please don't tell mum I told.\"",
        "Our moderator ended the stream at 02:21 UTC.",
        "What we've done: live streaming is turned off for this child profile. As our policy requires, we have shared",
        "this report with the National Child Exploitation Referral Centre.",
        "What you can do: talk with your child, and contact local authorities if you have concerns about their",
        "wellbeing. Questions: player-safety@driftwoodgames.example"])
    top = outlook_top(f, addr("Lewis, Bethan", "Bethan.Lewis@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Callum Jones-Parry (Mosaic 724410)", when,
                      cc=addr("Bowen, Gwen", "Gwen.Bowen@" + HDOM))
    add(f, mail(f, top, body, [notice], html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["724410"],
        [ch("Callum Jones-Parry", "2041-06-30", "30/06/2041")],
        ["neglect", "non_engagement", "physical_harm"], None, True, [], None, "alert_duty",
        "SAFETY RULE 1 IN AN ATTACHMENT, IN A CHILD'S OWN WORDS: the games company's notice to mum (.pdf, American "
        "date 06/30/2041, UTC) quotes a 10-year-old on a 2am stream - 'Lee hit me with the belt again, my back's "
        "bleeding, he's asleep now'; mum dismisses it, is not answering, and the child has not arrived at school. "
        "Today -> urgent -> alert_duty. No banned alarm word. A Herefordshire step-up (undefined by seed 003, "
        "human_review otherwise; missing [] for an undefined kind) - urgent comes first. Manager 'agreed the step up' "
        "-> true. Concerns: the belt -> physical_harm; no food, same clothes -> neglect; cancelled visits, calls "
        "unanswered -> non_engagement.",
        not_children=["Gwen Bowen", "Bethan Lewis"], voice="Early Help worker; games company notice attached")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2051-10-20 10:30:12"
    ack = ["Thank you - your step-down request has been received.", "", "Reference: SB-herefordshire-3305",
           "Children: Harley Price", "Case: Mosaic 721905", "",
           "What is missing:", "- consent_form (the family's written consent)",
           "- lead_practitioner (the key person agreed with the family)", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = T("""
Hi,

Mum signed the consent form yesterday - attached.

The youth service have agreed to take the key person role: Jordan Mayall, Youth Worker, Herefordshire Youth Service (Leominster). Mum and Harley met him yesterday and are happy with him.

Thanks
Sian

Sent from my iPad

On 16 Oct 2051, at 12:06, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-3305", ack)
    consent = pdf_att("Consent form - Harley Price - signed 19.10.2051.pdf", "Consent to Early Help - step down", [
        "I agree to Early Help support for my child and to information being shared with the Early Help",
        "Co-ordinator team and the key person.", "Child: Harley Price",
        "Signed: K. Price (mother)    Date: 19/10/2051"])
    top = plain_top(f, addr("Sian Hughes", "Sian.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-3305] - Harley Price", when, HDOM,
                    "iPad Mail (21H220)", extra=[("In-Reply-To", "<%s@%s>" % (sha(f, "ack")[:30], HDOM))])
    add(f, iphone_mail(f, top, text, [consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["721905"],
        [ch("Harley Price")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail (iPad, format=flowed) reply to [SB-herefordshire-3305] bringing herefordshire_02's signed "
        "consent form (.pdf) and the key person -> follow_up -> attach_to_request; consent 'Mum signed the consent "
        "form' -> true; missing [] for a follow_up. The case id and the child are in the '>'-quoted acknowledgement "
        "('Case: Mosaic 721905' -> bare number); no DOB in this mail. The quoted 'What is missing:' list is "
        "stepbot's own.",
        not_children=["Jordan Mayall"], voice="social worker's iPad reply")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2051-12-05 10:00:52"
    text = T("""
Dear colleague,

Internet Content Watch is running a free 90-minute webinar for early help and family support practitioners:

"Online harms: what the platforms see and what you can do"
Wednesday 13 December 2051, 10:00-11:30 (Microsoft Teams)

The session covers how platforms, hotlines and the NCERC handle reports about children; what a platform referral looks like when it reaches a council; and how Report Remove works.

We will work through the case studies in the attached pack. Please note: all the case studies are fictional composites written for training, and none describes a real child.

Book your place: https://icw.example/events/eh-webinar-1312

With best wishes,
ICW Schools & Partners Programme
Internet Content Watch, 3 Station Yard, Cambridge CB1 9ZZ
""")
    pack = pdf_att("Webinar pack - case studies (fictional).pdf", "ICW webinar pack - case studies (fictional, for training only)", [
        "Case study A - 'Ruby', 12: Ruby's mum finds messages on her tablet from a man who says he is 15. He has",
        "asked her to meet him tonight at the bus station and to tell nobody.",
        "Case study B - 'Josh', 15: Josh is told to pay money after sharing an image, and tells a friend he 'can't",
        "go on'. The platform refers the chat to the NCERC.",
        "Case study C - 'Baby T': a marketplace listing photo shows a toddler with bruising to the face. The",
        "seller's chat says the child 'needs a slap'.",
        "Discussion: what would you do today? Who would you call, and in what order?",
        "All case studies are fictional composites. Any resemblance to a real child is coincidental."])
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'
         'Verdana,sans-serif;font-size:13px">\n<div style="background:#0E6E55;color:#fff;padding:10px 14px"><b>ICW</b> '
         'Schools &amp; Partners</div>\n' + paras_html(text) + "</body></html>\n")
    top = plain_top(f, addr("ICW Schools & Partners", "partners@icw.example"), addr("Early Help Co-ordinators", HEH),
                    "Invitation: 'Online harms for early help practitioners' webinar, 13 December", when, "icw.example",
                    None, extra=[("List-Id", "ICW partners <partners.icw.example>"),
                                 ("List-Unsubscribe", "<https://icw.example/unsubscribe>")])
    add(f, alt_mail(f, top, text, h, [pack]), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING EXAMPLES: an internet-watch hotline's webinar invitation whose attached pack (.pdf) has "
        "case studies that echo this set's urgent mails ('meet him tonight', 'can't go on', a bruised toddler who "
        "'needs a slap') - 'fictional composites written for training', 'none describes a real child' -> not urgent. "
        "Not a request -> other -> human_review; 'Ruby', 'Josh', 'Baby T' are no children of a request.",
        voice="internet-watch training invitation")


# ============================================================================= rules, calendar and self-checks
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

# England & Wales bank holidays in 2051 that fall on a weekday (set_checks() compares this with the `holidays`
# package): New Year's Day is Sunday 1 January, so the substitute Monday 2 January; Good Friday 31 March; Easter
# Monday 3 April; Early May bank holiday Monday 1 May; Spring bank holiday Monday 29 May; Summer bank holiday Monday
# 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December.
BANK_HOLIDAYS = {date(2051, 1, 2), date(2051, 3, 31), date(2051, 4, 3), date(2051, 5, 1), date(2051, 5, 29),
                 date(2051, 8, 28), date(2051, 12, 25), date(2051, 12, 26)}
# The autumn term of 2051: Monday 4 September (1 September is a Friday; the Summer bank holiday, Monday 28 August,
# falls before it) to Wednesday 20 December (term ends before Christmas Day, Monday 25 December). No bank holiday
# falls inside the window; the Christmas pair falls between a mail's date and the meeting it names (knowsley_08).
WINDOW_START, WINDOW_END = date(2051, 9, 4), date(2051, 12, 20)
WINDOW = (datetime(2051, 9, 4, tzinfo=LON), datetime(2051, 12, 20, 23, 59, 59, tzinfo=LON))
# British Summer Time 2051: from 01:00 UTC on Sunday 26 March to 01:00 UTC on Sunday 29 October.
BST_START = datetime(2051, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2051, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2051

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd (this set's formats)."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.](\d{2})[/.](\d{4})", w)
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
# The brief's banned words for urgent mails, with their inflections ("risks", "emergencies", "dangerous",
# "immediately"), hyphenated or not ("at-risk").
BANNED = re.compile(r"(?i)\burgent\w*|\bimmediate\w*|\brisk\w*|\bemergenc\w*|\bdanger\w*|safeguarding[\s-]+concern"
                    r"|\bunsafe\b|\basap\b|\bat[\s-]+risk\b")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def sender_offset_ok(f, d):
    tz = META[f]["tz"]
    if tz is None:
        return d.utcoffset() == d.astimezone(LON).utcoffset()
    z = UTC if tz == "UTC" else ZoneInfo(tz)
    return d.utcoffset() == d.astimezone(z).utcoffset()

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
    if not lab["why"].strip(): err("empty why")
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
            if meeting.year > MAX_YEAR: err("meeting after %d" % MAX_YEAR)
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # -- the message itself
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
    if local.weekday() >= 5: err("Date on a weekend (London)")
    if local.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not sender_offset_ok(f, d): err("Date offset %s is not the sender zone's (%s)" % (d.utcoffset(), META[f]["tz"]))
    if now.utcoffset() != now.astimezone(LON).utcoffset(): err("now offset is not Europe/London's")
    if now.utcoffset() != timedelta(hours=1 if BST_START <= now.astimezone(UTC) < BST_END else 0):
        err("now offset vs BST table")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    auto = msg["Auto-Submitted"]
    if (e["kind"] == "auto_reply") != (auto is not None and str(auto).lower() != "no"): err("Auto-Submitted vs kind")
    subj = str(msg["Subject"])
    has_ref = bool(re.search(r"\[SB-[a-z_]+-\d+\]", subj))
    if e["kind"] == "follow_up" and not has_ref: err("follow_up without [SB-] reference in the subject")
    if e["kind"] in ("step_up", "step_down", "other") and re.search(r"SB-[a-z_]+-\d+", readable(msg)):
        err("a fresh request or other mail carries a stepbot reference")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    replies = [p for p in cals if "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if (e["kind"] == "meeting_reply") != (len(replies) == 1): err("meeting_reply vs iTIP REPLY parts")
    text = readable(msg)
    heads = all_headers(msg)
    for y in YEAR.findall(text + " " + heads):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    if CATS[f] == "urgent":
        hits = BANNED.findall(text + " " + heads)
        if hits: err("banned words in an urgent mail: %s" % sorted(set(hits)))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if c["dob"]:
            w = mc["_w"]
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            dd = date.fromisoformat(c["dob"])
            if not dd < now.date(): err("dob after now")
            if age_years(dd, now.date()) >= 18: err("%s is 18 or over" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _body(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        if part.get_content_type() == "text/html":
            out.append(html_text(part.get_content()))
        elif part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return re.sub(r"\s+", " ", "\n".join(out))

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def _utc_today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(UTC).date()

def _parts(msg):
    return [p for p in msg.walk() if not p.is_multipart()]

# (file, what, predicate over the parsed message): each mail really has the feature its label relies on
CUSTOM = [
    ("knowsley_04.eml", "sent after midnight BST: the UTC date is the day before; 4 WD from the London date, 5 from the UTC date",
     lambda m: _utc_today("knowsley_04.eml") == _today("knowsley_04.eml") - timedelta(days=1)
     and working_days(_today("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]) == 4
     and working_days(_utc_today("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]) == 5
     and m.get_param("format") == "flowed"),
    ("knowsley_08.eml", "Christmas: 6 plain weekdays but 4 working days",
     lambda m: plain_weekdays(_today("knowsley_08.eml"), date(2051, 12, 28)) == 6
     and working_days(_today("knowsley_08.eml"), date(2051, 12, 28)) == 4),
    ("knowsley_03.eml", "sent in BST, meeting in GMT after the clocks go back, exactly 5 WD",
     lambda m: str(m["Date"]).endswith("+0100") and date(2051, 10, 29) < date(2051, 10, 30)
     and working_days(_today("knowsley_03.eml"), date(2051, 10, 30)) == 5),
    ("knowsley_05.eml", "the alert is inside a Gmail forwarded block",
     lambda m: "---------- Forwarded message ---------" in _body(m)
     and _body(m).index("Severity: 5") > _body(m).index("---------- Forwarded message")),
    ("knowsley_02.eml", "Date header in Pacific daylight time (-0700)", lambda m: str(m["Date"]).endswith("-0700")),
    ("richmond_wandsworth_02.eml", "HTML-only (multipart/related, no text/plain), Date +0000 during BST",
     lambda m: m.get_content_type() == "multipart/related" and not any(p.get_content_type() == "text/plain" for p in _parts(m))
     and str(m["Date"]).endswith("+0000")),
    ("richmond_wandsworth_04.eml", "iTIP REPLY DECLINED with a COMMENT",
     lambda m: any("PARTSTAT=DECLINED" in p.get_payload(decode=True).decode() and "COMMENT" in p.get_payload(decode=True).decode()
                   for p in _parts(m) if p.get_content_type() == "text/calendar")),
    ("richmond_wandsworth_08.eml", "one base64 text/plain part",
     lambda m: m.get_content_type() == "text/plain" and str(m["Content-Transfer-Encoding"]).lower() == "base64"),
    ("tower_hamlets_02.eml", "the child's full name is only in the PDF", lambda m: "Zara Malik" not in _body(m)),
    ("tower_hamlets_05.eml", "no child labelled: first names only", lambda m: "Cody" in _body(m) and not _lab("tower_hamlets_05.eml")["expect"]["children"]),
    ("tower_hamlets_08.eml", "the fact that makes it urgent is in the PS",
     lambda m: _body(m).index("PS - ") < _body(m).index("silver car")),
    ("torbay_03.eml", "children and LCS id only in the quoted acknowledgement",
     lambda m: _body(m).index("Poppy Trebilcock") > _body(m).index("From: Early Help")),
    ("torbay_06.eml", "no child labelled: 'Rosie' only", lambda m: "Rosie" in _body(m) and not _lab("torbay_06.eml")["expect"]["children"]),
    ("herefordshire_04.eml", "Word HTML only, no text/plain twin",
     lambda m: not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in _parts(m))),
    ("herefordshire_06.eml", "the child's words are only in the attachment", lambda m: "belt" not in _body(m)),
    ("herefordshire_02.eml", "base64 text/plain body", lambda m: any(p.get_content_type() == "text/plain"
     and str(p["Content-Transfer-Encoding"]).lower() == "base64" for p in _parts(m))),
    ("herefordshire_07.eml", "format=flowed iPad reply with '>' quoted acknowledgement",
     lambda m: any(p.get_param("format") == "flowed" for p in _parts(m)) and "> Reference: SB-herefordshire-3305" in
     next(p for p in _parts(m) if p.get_content_type() == "text/plain").get_content()),
    ("torbay_08.eml", "a delivery-status report", lambda m: m.get_content_type() == "multipart/report"),
    ("tower_hamlets_07.eml", "CSV attachment", lambda m: any(p.get_content_type() == "text/csv" for p in _parts(m))),
]

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
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(per.get(a, [])) != want: errors.append("%s: needs exactly %s" % (a, want))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if len(FILES) != 40 or tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: %d files, category totals %s, expected %s (at least 11 urgent and 11 near misses)"
                      % (len(FILES), tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    errors += set_checks()
    return errors, tot

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the `holidays` package is required (run with /work/main/.venv/bin/python)"]
    h = holidays.country_holidays("GB", subdiv="ENG", years=[2051])
    pkg = {d for d in h if d.weekday() < 5}
    if pkg != BANK_HOLIDAYS: errors.append("set: bank holidays differ from the holidays package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
    if WINDOW_START.weekday() != 0 or WINDOW_END.weekday() != 2:
        errors.append("set: window should run Monday 4 September - Wednesday 20 December 2051")
    if any(WINDOW_START <= d <= WINDOW_END for d in BANK_HOLIDAYS): errors.append("set: a bank holiday inside the window")
    for when, off in ((BST_START - timedelta(seconds=1), 0), (BST_START, 1), (BST_END - timedelta(seconds=1), 1), (BST_END, 0)):
        if when.astimezone(LON).utcoffset() != timedelta(hours=off): errors.append("set: BST boundary %s" % when)
    if BST_START.astimezone(LON).weekday() != 6 or BST_END.astimezone(UTC).weekday() != 6:
        errors.append("set: BST boundaries are not Sundays")
    # every file round-trips through the stdlib parser from its bytes
    for f, data in FILES.items():
        try:
            email.message_from_bytes(data, policy=email.policy.default).get_body(("plain", "html"))
        except Exception as ex:
            errors.append("%s: stdlib parse failed %r" % (f, ex))
    return errors

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    print("categories:", dict(Counter(CATS.values())))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        print("  %-20s" % a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a)))
    for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        print(k + ":", dict(Counter(str(e[k]) for e in ex)))
    print("mailbox:", dict(Counter(l["mailbox"] for l in LABELS)))
    print("Date offsets:", dict(Counter(str(parse(f)["Date"])[-5:] for f in FILES)))
    print("children:", sum(len(e["children"]) for e in ex), "with DOB:", sum(1 for e in ex for c in e["children"] if c["dob"]))
    print("Knowsley notice:")
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(l["now"]).astimezone(LON).date()
            print("  %s now %s (%s) meeting %s (%s): %d WD, %d plain weekdays -> notice_ok %s"
                  % (l["file"], t, t.strftime("%a"), m, m.strftime("%a"), working_days(t, m), plain_weekdays(t, m),
                     l["expect"]["notice_ok"]))


README_HEAD = """# mixed139: blind held-out set for urgency and the parse fields, over the autumn term of 2051 (Monday 4 September - Wednesday 20 December 2051), in online platforms and reporting bodies writing in: app trust-and-safety teams, games companies' moderation and policy teams, a national child-exploitation referral centre, an internet-watch hotline, school web-filtering alerts, mobile networks, marketplace and dating apps, in their own templated formats with report IDs, usernames and UTC timestamps, alongside the practitioners who forward them

40 invented RFC 5322 messages (`*.eml`), 8 per authority (`knowsley`, `richmond_wandsworth`, `tower_hamlets`,
`torbay`, `herefordshire`), each addressed to that authority's MASH step-up or Early Help duty mailbox as
`/work/main/config/deployment.yaml` names it. `labels.json` follows the dev corpus format exactly
(`/work/main/tests/data/corpus/dev/README.md`): `file`, `authority`, `mailbox`, `now`, `expect` (`kind`, `urgent`,
`level`, `case_ids`, `children`, `concerns`, `consent`, `manager_agreed`, `missing`, `notice_ok`, `next_action`) and a
`why` naming the rule behind the label. `categories.json` maps each file to `urgent` (12), `near_miss` (13) or
`ordinary` (15). Score with `stepbot parse FILE --authority <authority> --mailbox <mailbox> --now <now>`. The set was
never run through the parser.

Everything here is written by `make_set.py` (run `/work/main/.venv/bin/python make_set.py`; `--stats` prints the
tallies and the Knowsley notice table). It is deterministic - no clock, no randomness; two runs give byte-identical
files - and it STOPS before writing anything if a self-check fails.

## Voices
The theme is mail from online platforms and reporting bodies, in their own formats, and practitioners forwarding it:
- **App trust-and-safety teams**: a messaging app's Child Safety Referral (HTML-only template, American English,
  report ID, usernames, a UTC chat log; richmond_wandsworth_02) and its law-enforcement ticketing auto-reply
  (richmond_wandsworth_06); a livestreaming app's moderation log (torbay_06); a dating app's member-safety referral
  about an adult (torbay_05); a video app's livestream relayed in a calendar reply (richmond_wandsworth_04).
- **A games company**: a player-safety referral with a child's voice-chat transcript (knowsley_02), a notice to a
  family account holder attached to a step-up (herefordshire_06), a report outcome and an activity log attached as
  evidence (knowsley_01, richmond_wandsworth_01), a support reply quoted by a lead professional (torbay_02), and a
  policy manager's hypothetical routing question (torbay_04).
- **A national child-exploitation referral centre (the fictional NCERC)**: a referral package forwarded by a police
  online child abuse team (tower_hamlets_02), a partner trend alert with composite examples (knowsley_07), and
  referrals in the history of three requests (knowsley_03, tower_hamlets_03, knowsley_01).
- **An internet-watch style hotline (the fictional ICW)**: an information-only removal notice (richmond_wandsworth_03),
  a webinar invitation with fictional case studies (herefordshire_08), and a notice negated in a step-down
  (herefordshire_04).
- **School web filtering**: a Severity 5 monitoring alert forwarded by a primary DSL (knowsley_05); a secondary
  school's termly summary of false positives with a CSV export (tower_hamlets_07); a filtering export attached to a
  radicalisation step-up (tower_hamlets_01).
- **Mobile networks**: a 7726 spam-reporting escalation (richmond_wandsworth_08), a vulnerable-customers report of a
  child's call to customer services (herefordshire_03), a nuisance-calls letter in a request's history
  (richmond_wandsworth_07).
- **A marketplace app**: a trust-and-safety referral about a toddler in listing photos (tower_hamlets_05), its legal
  team's reply to a council data request (herefordshire_05), a report outcome attached to a follow-up
  (tower_hamlets_04), messages pasted into a social worker's follow-up (torbay_03), and a referral in a step-down's
  history (richmond_wandsworth_05).
- **Practitioners** (Family First case managers, social workers, Early Help practitioners and team managers, a
  police detective, DSLs) writing step-ups, step-downs, follow-ups and meeting replies that carry or forward the
  above.

## Formats
Outlook multipart/alternative (quoted-printable, CRLF) with .docx and .pdf attachments; Outlook Word "filtered
medium" HTML with an MsoTableGrid table and its tab-separated twin (knowsley_03, tower_hamlets_03) and Word HTML only,
no text/plain (herefordshire_04); HTML-only multipart/related with an inline logo and a label/value presentation table
(richmond_wandsworth_02, torbay_05); hand-written HTML twins of platform templates (knowsley_02, knowsley_07,
tower_hamlets_05, herefordshire_05, herefordshire_08); Gmail multipart/alternative with a '---------- Forwarded
message ---------' block (knowsley_05) and a Google Workspace question (torbay_04); iPhone and iPad format=flowed with
'>' quoting (knowsley_04, herefordshire_07); a single base64 text/plain part (richmond_wandsworth_08) and a base64
body from Outlook for Android (herefordshire_02); plain 7-bit templates (richmond_wandsworth_03, richmond_wandsworth_06);
an Outlook '-----Original Message-----' quote (torbay_02) and Outlook rule-and-header quotes of stepbot's
acknowledgement (tower_hamlets_04, torbay_03); Outlook iTIP REPLYs ACCEPTED (knowsley_06) and DECLINED with a COMMENT
(richmond_wandsworth_04); a Google Calendar REPLY (tower_hamlets_06); an auto-submitted ticket acknowledgement
(richmond_wandsworth_06); an Exchange non-delivery report (torbay_08); a CSV attachment (tower_hamlets_07); List-Id
bulletins (knowsley_07, herefordshire_08). PDFs are hand-built PDF 1.4 text pages and .docx files minimal OOXML zips,
both read back by pypdf / python-docx in the checks.

## Window, clock, time zones and bank holidays
- **Window: Monday 4 September - Wednesday 20 December 2051** (checked with Python: 1 September 2051 is a Friday, so
  the term starts on Monday 4 September; 20 December 2051 is a Wednesday, the last school day before Christmas Day on
  Monday 25 December). Every Date is a weekday inside it, in Europe/London.
- **Bank holidays** (England, from the `holidays` package, compared by the script with its own list): the Summer bank
  holiday Monday 28 August falls before the window, Christmas Day Monday 25 December and Boxing Day Tuesday 26
  December after it; **no bank holiday falls inside the window**. The Christmas pair matters for one notice count
  (knowsley_08).
- **British Summer Time** ends at 01:00 UTC on Sunday 29 October 2051: mails to Friday 27 October carry +0100 in
  London, mails from Monday 30 October +0000. Each label's `now` is 1-10 minutes after the Date header's instant and
  is always written with **Europe/London's offset** (the daemon's clock).
- **Senders' own zones**: platform mail is dated as its systems date it - a Seattle games company in Pacific time
  (knowsley_02 `-0700`; torbay_04 `-0800`, after US daylight time ended on 5 November), a San Francisco legal team
  (herefordshire_05 `-0800`), and ticketing/referral systems in UTC (richmond_wandsworth_02 and _06 `+0000` while
  London is on +0100; tower_hamlets_05, torbay_06 `+0000`). The self-check asserts each offset against the sender's
  zone and every `now` against Europe/London. Inside the bodies, platform timestamps are UTC (an hour behind London
  until 29 October).
- Out-of-hours mail (not labelled, but the daemon's alert route depends on it): knowsley_02 (21:06 BST),
  knowsley_04 (00:21 BST), richmond_wandsworth_08 (17:48 GMT), torbay_06 (Friday 17:52 GMT), herefordshire_05
  (19:12 GMT).

## Knowsley notice arithmetic
DESIGN: `given_working_days` counts the working days d with today < d <= meeting, today = the Europe/London date of
`now`; ok when >= 5 (REQUIREMENTS reads every Knowsley notice rule as 5 working days).

{notice_table}

- **knowsley_04 is decisive on the clock**: sent at 00:21 BST on Wednesday 11 October, which is 23:21 UTC on Tuesday
  10 October. From the London date: 12, 13, 16, 17 = 4 -> not ok. A parser that takes the UTC date counts 5 and says ok.
- **knowsley_08 is decisive on Christmas**: from Wednesday 20 December, 21, 22, (25, 26 bank holidays), 27, 28 =
  4 working days against 6 plain weekdays.
- knowsley_03 counts exactly 5 across the clock change (sent in BST, meeting in GMT); knowsley_01 has 9.

## Labelling conventions
As the dev corpus and earlier sets: facts from the whole message, quoted history and attachments included; children
need a first name and a surname written somewhere, in order of first full-name appearance, adults never - so a child
named only by first name ("Cody" in tower_hamlets_05, "Rosie" in torbay_06, "Kai" in herefordshire_03, case-study
names in herefordshire_08) or by initials (tower_hamlets_07) is not labelled; DOBs as written (dd/mm/yyyy,
dd.mm.yyyy, ISO from platforms; herefordshire_06's PDF also has the American 06/30/2041) and every labelled child is
under 18 at `now`; case ids only from case systems, prefix joined ("EHM-63318") or a bare Mosaic number after a label
("Mosaic ID 2938817" -> "2938817") - **platform report IDs, ticket numbers, listing numbers, referral-centre package
numbers, police logs and hotline references are never case ids** (e.g. "Case #00481173", "Ticket #5520871", listing
"#88120443", "51-UK-044918", "SE-51-12-0087"); consent / manager true when stated as given, false when stated as
refused or declined, null when not mentioned or still to be asked; concerns are the current worries about the named
children's household, not negated, historic, resolved, hypothetical or example text; `level` only on step-downs when
written; `missing` per REQUIREMENTS.md (`[]` for follow-ups, replies, auto-replies, other mail and the undefined
Herefordshire step-up); kind from the content: a platform's, a hotline's, a network's, a school's or a police referral
that asks for no step is `other`; a reply to an `[SB-...]` acknowledgement is `follow_up`; Auto-Submitted mail is
`auto_reply`; meeting replies take the case id in their SUMMARY. For online harms: grooming, sexual exploitation by an
adult met online and sextortion -> `exploitation`; abuse imagery produced in the home or a child's disclosure of abuse
-> `sexual_harm`; extremist content -> `radicalisation`.

## Borderline labels a scorer should know
- **richmond_wandsworth_02 / _08** (an adult met online; sextortion) are `exploitation` only; `sexual_harm` could be
  argued.
- **richmond_wandsworth_04**: `physical_harm` for a 4-year-old held over a balcony railing; `neglect` could be argued.
- **herefordshire_03**: a mother's overdose after crying -> `parental_mental_health`, a baby unfed -> `neglect`;
  `substance_misuse` could be argued.
- **tower_hamlets_05 and torbay_06** label **no child**: the children are named by first name only.
- **tower_hamlets_04** (a follow-up) labels `exploitation` from the MARF it brings; a reader could leave a follow-up's
  concerns empty.
- **tower_hamlets_01**: consent **false** on a Tower Hamlets step-up ("does not agree"), which does not require it.
- **torbay_02**: consent **null** ("will ask her then"), so `consent` is missing -> request_info.
- **richmond_wandsworth_06** is a near miss because its auto-reply boilerplate says "imminent danger" / "EMERGENCY";
  kind `auto_reply`.
- **herefordshire_06** is a Herefordshire step-up (undefined by the seed: human_review) that is urgent, so
  `alert_duty`, missing [].
- **tower_hamlets_02**: a police request for a strategy discussion, not a step -> `other`; the child is named in full
  only in the attached PDF.

## Urgent mails and the banned words
None of the 12 urgent mails contains "urgent", "immediate(ly)", "risk", "emergency", "danger", "safeguarding
concern", "unsafe", "ASAP" or "at risk" anywhere - subject, every decoded part, attachment text, file names, calendar
text and headers (regex `{banned}`, checked on the readable text of every part). The risk is told plainly (torbay_03),
clinically and hedged (tower_hamlets_05), in a child's own words (knowsley_02, herefordshire_03), in a forwarded part
(knowsley_05), in an attachment (tower_hamlets_02, herefordshire_06), in a PS (tower_hamlets_08), in a calendar reply's
comment (richmond_wandsworth_04), and in platform templates (richmond_wandsworth_02, richmond_wandsworth_08, torbay_06).

## Self-checks (make_set.py stops on any error before writing)
40 files, 8 per authority with names `<authority>_01..08.eml`; category totals 12 / 13 / 15 (at least 11 urgent and
11 near misses); every kind present; label keys exactly the dev corpus's, a `why` per entry; `next_action` re-derived
in DESIGN's order; `urgent` agrees with the category; `concerns` / `missing` use contract ids, sorted, and `missing`
only the ids REQUIREMENTS.md gives for that authority / kind / Knowsley level; consent / manager / case id / children
agree with `missing` where those facts are required; case ids have a case-system form; Knowsley `notice_ok`
re-counted from the London date of `now` with the bank holidays; banned words absent from urgent mails; every Date a
weekday in the window and not a bank holiday, its offset the sender zone's; `now` 1-10 minutes after the Date with
London's offset; no year after 2051 anywhere; every .eml parses with the stdlib `email` package (policy.default) with
no defects and 7-bit headers, both in memory and read back from disk; the mailbox address in To/Cc; Auto-Submitted
exactly on auto-replies; an `[SB-...]` reference on every follow-up and none on fresh requests or other mail; exactly
one iTIP REPLY on each meeting reply; each labelled child and DOB in the readable text, the DOB parsing back to the
label, every child under 18, named adults (with DOBs 2013 and 2018 in tower_hamlets_02) 18 or over and never
labelled; the bank-holiday list equals the `holidays` package's; BST boundaries; and 19 structural checks that each
mail really has the feature its label relies on (the midnight-BST date split, the Christmas count, HTML-only and
base64 parts, the PS, the forwarded block, the attachment-only facts, the first-name-only children).

## Files
{files_table}

## Counts
{counts}

## How it was written
From the specification only: `/work/shared/DESIGN.md`, `/work/shared/REQUIREMENTS.md`, the five seeds,
`/work/main/config/deployment.yaml` and `config/authorities/*.yaml`, the dev corpus README and labels,
`mixed27/README.md` and `make_set.py` (whose MIME, PDF, .docx, iCalendar, NDR and readable-text helpers are copied and
adapted), `mixed129/labels.json`, and the first line of the other `tests/data/*/README.md` files. Nothing under
`bot/`, `handlers/`, `scripts/`, `templates/` or `bench/` was opened; the parser was never run.

## Invented data
Every person, child, school, company, platform, username, address, phone number, report ID and case number is
invented. Phone numbers use Ofcom drama ranges (0151 496 0xxx, 020 7946 0xxx, 01632 960xxx, 07700 900xxx) and US
555-01xx numbers; postcodes use unassigned "9Z?" units; companies and bodies (Driftwood Games, Pingle, Swapsy, Loopz,
Kindred, Tellwave, Marcher Mobile, LineWatch, NCERC, ICW) are fictional and use `.example` domains; IPs are from the
documentation range. Council mailboxes and role-holders are those in `config/deployment.yaml`. Place names are real
or generic settings. The situations are fiction written to test software and describe no real child.
"""

def readme_text():
    from collections import Counter
    rows = ["| file | now (sent) | meeting | working days | plain weekdays | notice_ok |", "|---|---|---|---|---|---|"]
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            n = datetime.fromisoformat(l["now"])
            t = n.astimezone(LON).date()
            rows.append("| %s | %s %s | %s %s | %d | %d | %s |" % (
                l["file"][:-4], n.strftime("%a %d %b %H:%M"), n.strftime("%z"), m.strftime("%a %d %b"),
                "(step-up TAF)" if l["expect"]["kind"] == "step_up" else "(final CIN, L%s)" % l["expect"]["level"],
                working_days(t, m), plain_weekdays(t, m), str(l["expect"]["notice_ok"]).lower()))
    ft = ["| file | category | kind | next_action | voice |", "|---|---|---|---|---|"]
    for l in LABELS:
        e = l["expect"]
        k = e["kind"] + (" (L%s)" % e["level"] if e["level"] else "")
        ft.append("| %s | %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], k, e["next_action"],
                                                 META[l["file"]]["voice"]))
    ex = [l["expect"] for l in LABELS]
    def c(key):
        return ", ".join("%s %d" % (k, v) for k, v in Counter(json.dumps(e[key]) if not isinstance(e[key], str)
                                                               else e[key] for e in ex).most_common())
    per = []
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        cc = Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a)
        per.append("%s %d / %d / %d" % (a, cc["urgent"], cc["near_miss"], cc["ordinary"]))
    counts = "\n".join([
        "- Categories: urgent 12, near_miss 13, ordinary 15. Per authority (urgent / near miss / ordinary): "
        + "; ".join(per) + ".",
        "- kind: " + c("kind") + ".", "- next_action: " + c("next_action") + ".",
        "- mailbox: " + ", ".join("%s %d" % kv for kv in Counter(l["mailbox"] for l in LABELS).most_common()) + ".",
        "- consent: " + c("consent") + ". manager_agreed: " + c("manager_agreed") + ". level: " + c("level")
        + ". notice_ok: " + c("notice_ok") + ".",
        "- Children labelled %d, %d with a DOB." % (sum(len(e["children"]) for e in ex),
                                                  sum(1 for e in ex for ch_ in e["children"] if ch_["dob"])),
        "- Date offsets: " + ", ".join("%s %d" % kv for kv in Counter(str(parse(f)["Date"])[-5:] for f in FILES).most_common()) + "."])
    return (README_HEAD.replace("{notice_table}", "\n".join(rows)).replace("{files_table}", "\n".join(ft))
            .replace("{counts}", counts).replace("{banned}", BANNED.pattern))

BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
            tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05,
            tower_hamlets_06, tower_hamlets_07, tower_hamlets_08,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
            herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
            herefordshire_06, herefordshire_07, herefordshire_08]

def main():
    for b in BUILDERS:
        b()
    errors, tot = check()
    if errors:
        print("SELF-CHECK FAILED - nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    order = {b.__name__ + ".eml": i for i, b in enumerate(BUILDERS)}
    labels = sorted(LABELS, key=lambda l: order[l["file"]])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({l["file"]: CATS[l["file"]] for l in labels}, fh, indent=2)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme_text())
    # read back from disk: every written .eml parses with the stdlib email package
    for f in FILES:
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        assert m["Message-ID"] and not m.defects, f
    print("ok: %d files, %s; labels.json, categories.json and README.md written" % (len(FILES), tot))
    if "--stats" in sys.argv:
        stats()

if __name__ == "__main__":
    main()
