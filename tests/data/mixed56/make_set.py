#!/usr/bin/env python3
"""mixed56: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2075 (Wednesday 2 January - Thursday 4 April 2075), in WHEN IT HAPPENED: the words people
use for time. "The night before last", "Weds just gone", "half three", "this eve", "as we speak", "a week on
Thursday", "a week today", 24-hour clocks (08:55, 1020, 23:10 hrs), dates written 04/03, 14.01.75, 2065-07-04,
"8 January 2061", "Mon 18/03 (today)"; mails written late at night or just after midnight about "today" and
"tonight" (one of them in the first hour of British Summer Time, whose UTC date is the day before); chronologies
mixing old and new entries; a step-up forwarded a week late, whose "a week today" was last Wednesday; a correction
of a "last night" that was three weeks ago; an EDT notification resent a week later. As near misses, the same
alarming events told clearly in the past and already handled (arrest, remand, refuge, strategy discussion held),
planned for months ahead (a release date in June or September, a hearing in July), hypothetical (a safety plan's
"tonight or any night"), negated, or in a practice bulletin's examples.

Knowsley notice periods hinge on how a date is written or when the mail was sent: a visit "Tuesday 9th April" from
a mail sent at 00:27 BST on Monday 1 April (4 working days across Good Friday and Easter Monday; 6 plain weekdays;
5 from the UTC date), a forwarded TAF "next Weds, 13/03/2075 ... a week today" (5 working days from the original's
Wednesday, 1 from the forward), "Mon 04/03" (2 working days read the British way; 3 April read the American way),
"a week on Thursday" (7, not the 2 to this Thursday), and a mail sent at 23:52 for "next Weds 23rd" (exactly 5).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the model set) and adapted: the window, GMT and BST in one window, Easter
just after it, the checks. Every label was set by hand from the specification; the self-checks only verify them
against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Wednesday 2 January - Thursday 4 April 2075) is GMT
    (+0000) until British Summer Time begins at 01:00 UTC on Sunday 31 March 2075, then BST (+0100). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2074, 12, 2, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers first written for mixed22
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


# ----------------------------------------------------------------------------- helpers first written for mixed25
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



# ============================================================================= helpers first written for mixed27
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



# ============================================================================= the seeds named in every `why`
S_RW = "seed 000_ad98922a9b2c3c54.txt (Richmond & Wandsworth)"
S_TH = "seed 001_7484577aab521096.txt (Tower Hamlets)"
S_TB = "seed 002_682540a1ccf30a2a.txt (Torbay)"
S_HF = "seed 003_d813ace460bad8eb.txt (Herefordshire)"
S_KN = "seed 004_ba08e3b9f619f49f.txt (Knowsley)"
RULE1 = "DESIGN.md safety rule 1 (an immediate child-protection risk is never just queued, whatever the kind)"

def alt_text_mail(f, top, text, atts=(), crlf=True):
    """Outlook text + generated HTML twin."""
    return mail(f, top, text, atts, html_alt=True, crlf=crlf)

def phone_mail(f, top, text, atts=()):
    """A phone client's single text/plain part, base64, LF line ends (Outlook for Android / Samsung)."""
    t = text_part(text, cte="base64", crlf=False)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, False)

def txt_att(filename, text):
    p = Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
              ("Content-Disposition", 'attachment; filename="%s"' % filename),
              ("Content-Transfer-Encoding", "base64")], b64lines(text.replace("\n", "\r\n").encode("utf-8")))
    return p


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2075-04-01 00:27:14"
    body = T("""
Hi Family First duty team,

Sorry for the late one - it's Sunday night (well, gone midnight, so technically Monday) but I'm off from Wednesday until after the bank holiday and I wanted this with you today, so you've got over a week's notice.

I'm stepping the Fitzsimmons children down to Family First at Level 3 as the outcome of my C&F assessment, which I'll close once the joint visit has happened.

Kayden Fitzsimmons - DOB 03/05/2064
Lacey-Rae Fitzsimmons - DOB 21/11/2068
ICS-2087731

Joint home visit: Tuesday 9th April at 10:00, at the family home - 27 Larchwood Close, Huyton, L36 9ZQ. Could a Family First case manager come with me please?

Consent: mum (Dionne Fitzsimmons) has given her consent to the referral to Family First - she signed it at my visit on Friday (29th).

What are we worried about?
Mum's low mood since the children's dad left in the autumn - she has been on antidepressants since November. Kayden has missed 14 days this term and his attendance is 81%. He does a lot of the looking after of Lacey-Rae in the mornings (gets her up, dressed and fed) because mum struggles to get up.

What's working well?
Mum has started with Talking Therapies and has kept every GP appointment. Nan lives two streets away and now does the school run on Mondays and Tuesdays. School have offered Kayden a breakfast club place from after Easter.

What needs to happen?
A Family First case manager to take on a TAF with school, the GP and Talking Therapies; a young carers assessment for Kayden; an attendance plan with school.

Thanks,
Marta

Marta Kowalczyk
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0723

Get Outlook for iOS

""") + KDISC
    top = plain_top(f, addr("Kowalczyk, Marta", "Marta.Kowalczyk@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "L3 step down - Fitzsimmons - joint home visit Tues 9th April 10:00", when, KDOM, None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-2087731"],
        [ch("Kayden Fitzsimmons", "2064-05-03", "03/05/2064"), ch("Lacey-Rae Fitzsimmons", "2068-11-21", "21/11/2068")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], False, "request_info",
        "KNOWSLEY level 3 step-down (%s, section 2 'Cases Stepping Down ... Levels 2 and 3', Level 3: 'with a minimum "
        "of 5 days' notice ... the date, time and venue ... what are we worried about, what is working well, what needs "
        "to happen'; REQUIREMENTS.md knowsley step_down level 3; the pack reads the 5 days as working days). WRITTEN JUST "
        "AFTER MIDNIGHT IN THE FIRST NIGHT OF BST, ACROSS EASTER - DECISIVE: Date Mon 1 Apr 2075 00:27 +0100 ('it's "
        "Sunday night (well, gone midnight, so technically Monday)'); DESIGN counts working days d with today < d <= "
        "meeting, today = the London date of now = Mon 1 Apr. To the joint home visit 'Tuesday 9th April at 10:00': "
        "Tue 2, Wed 3, Thu 4, (Good Friday 5 and Easter Monday 8 April are bank holidays), Tue 9 -> 4 WD < 5 -> notice "
        "not ok -> request_info. A plain weekday count gives 6 and a count from the UTC date (Sun 31 Mar 23:27Z) gives "
        "5: both would wrongly say ok; the writer's 'today' is her Sunday. Level 3 stated; 'has given her consent to the "
        "referral to Family First' -> true; date, time, venue and all three headings given -> missing []. Concerns: "
        "mum's low mood -> parental_mental_health; 81%% -> school_attendance; Kayden getting his sister up and fed -> "
        "young_carer. ICS-2087731 keeps its joined prefix." % S_KN,
        meeting=date(2075, 4, 9), not_children=["Marta Kowalczyk", "Dionne Fitzsimmons"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2075-03-12 09:14:05"
    orig = T("""
Hi Gareth,

As discussed yesterday, here's the step up for the Okonkwo children to go to MASH. I've booked the step up TAF for next Weds, 13/03/2075 at 10:00 on Teams - a week today, so MASH get their 5 working days - and I've invited the current TAF members (school, the youth service and the practice nurse). Can you forward it to MASH and MASH business support once you've had a look? The Teams invite is ready to go from my calendar.

Chidera Okonkwo - 17.08.2062
Tobenna Okonkwo - 30.01.2067
EHM-77310

Worries in short: dad's drinking has got much worse since Christmas, and there were two police call-outs in February to arguments between mum and dad (no arrests - dad had gone both times). Chidera (12) is staying out late and has been seen with older lads in Kirkby town centre; school raised exploitation concerns on 26/02 and I completed the Merseyside Exploitation Assessment on 28/02 (attached). Tobenna has told school he hides in his room "when dad's loud".

Form, TAF minutes (27/02) and the exploitation assessment attached.

Thanks,
Jodie

Jodie Haslam
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0288
""")
    body = T("""
MASH,

Please see Jodie's step up request below for the Okonkwo family - apologies, it has been sitting in my drafts since last Wednesday and I've only just noticed it never went. I agreed the step up with Jodie in supervision on Tuesday 5th. The step up form, the TAF minutes and the exploitation assessment are attached.

Gareth

Gareth Mulholland
Team Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0377
""") + quote_chain([
        ("Haslam, Jodie <Jodie.Haslam@knowsley.gov.uk>", "Wednesday, 6 March 2075 15:47",
         "Mulholland, Gareth <Gareth.Mulholland@knowsley.gov.uk>",
         "Step up - Okonkwo - TAF Weds 13th March 10:00", orig, None)]) + "\n" + KDISC
    form = docx_att("FF Step Up request to CSC - Okonkwo.docx", appendix1([
        ("Case ID on EHM:", "EHM-77310"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 13/03/2075, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages, dad rarely; toolkit not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 27/02/2075"),
        ("What are we worried about?", "Dad's drinking has escalated since Christmas; police called to arguments "
         "between the parents on 09/02/2075 and 21/02/2075. Chidera (12) out late with older males in Kirkby town "
         "centre; school raised exploitation concerns on 26/02/2075. Tobenna (8) frightened of dad's shouting."),
        ("What is working well?", "Mum is honest with us and wants help; Chidera attends school (94%); maternal "
         "grandmother is close by."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 28/02/2075 - attached"),
        ("Agreement by line manager:", "Gareth Mulholland, Team Manager - agreed in supervision 05/03/2075"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly visits, TAF every three weeks, referral to "
         "the alcohol service for dad, exploitation safety plan for Chidera."),
    ]))
    minutes = pdf_att("TAF minutes 27.02.2075 - Okonkwo.pdf", "Team Around the Family - minutes", [
        "Family: Okonkwo (EHM-77310). Date: 27/02/2075 13:30, Kirkby Family Hub.",
        "Present: mum, Jodie Haslam (Family First, chair), Chidera's head of year, youth worker, practice nurse.",
        "School: Chidera seen with older boys in the town centre after school; staying out until after 22:00.",
        "Mum: dad drinking most days since Christmas; two police call-outs in February.",
        "Agreed: Jodie to complete the Merseyside Exploitation Assessment and discuss a step up with her manager."])
    mea = pdf_att("Merseyside Exploitation Assessment - C Okonkwo 28.02.2075.pdf", "Merseyside Exploitation Assessment", [
        "Young person: Chidera Okonkwo, DOB 17/08/2062. EHM-77310. Completed by Jodie Haslam, 28/02/2075.",
        "Indicators: staying out late; older associates; new trainers and phone unexplained.",
        "No missing episodes. No known links to drug supply. Outcome: medium - step up and exploitation safety plan."])
    top = outlook_top(f, addr("Mulholland, Gareth", "Gareth.Mulholland@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Step up - Okonkwo - TAF Weds 13th March 10:00", when, cc=addr("MASH Business Support", KBS))
    add(f, alt_text_mail(f, top, body, [form, minutes, mea]), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-77310"],
        [ch("Chidera Okonkwo", "2062-08-17", "17.08.2062"), ch("Tobenna Okonkwo", "2067-01-30", "30.01.2067")],
        ["domestic_abuse", "exploitation", "substance_misuse"], None, True, [], False, "request_info",
        "KNOWSLEY step-up (%s, section 4 'Cases Stepping-Up ... on a Planned Basis': 'Please allow at least 5 working "
        "days' notice', the form, management oversight, the Merseyside Exploitation Assessment for CE/CSE; "
        "REQUIREMENTS.md knowsley step_up). A STEP-UP FORWARDED A WEEK LATE, WHOSE 'A WEEK TODAY' WAS LAST WEDNESDAY - "
        "DECISIVE: Jodie wrote on Wed 6 March 'next Weds, 13/03/2075 at 10:00 ... a week today, so MASH get their 5 "
        "working days' (true from 6 March: 5 WD), but she sent it to her manager, who forwards it to the MASH inbox "
        "only on Tue 12 March 09:14. The request reaches MASH now, so notice counts from now: Wed 13 March is 1 working "
        "day away -> not ok -> request_info. Everything else is there: form (.docx), TAF minutes (.pdf), the exploitation "
        "assessment (.pdf, needed because of the exploitation concern), EHM-77310, date and time; the team manager "
        "sending it says 'I agreed the step up' -> manager_agreed true. Consent not mentioned -> null. Concerns: dad's "
        "drinking -> substance_misuse; police call-outs to the parents' arguments -> domestic_abuse; older males, "
        "staying out -> exploitation." % S_KN,
        meeting=date(2075, 3, 13), not_children=["Jodie Haslam", "Gareth Mulholland"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2075-03-14 11:32:40"
    body = T("""
Hi MASH,

Step up request for Tyler Devlin (DOB 09/09/2065), EHM-80452. The step up TAF is Weds 20th March at 13:30 at Huyton Family Hub - the invite went from my calendar to the MASH inbox and MASH business support this morning, and I'm inviting school, the school nurse and Women's Aid.

My TM, Lorraine Cheetham, agreed the step up on Tuesday. The step up form is attached. The TAF minutes will follow - our admin is off this week and they haven't been typed up yet, sorry.

Background: mum's boyfriend Dean moved in before Christmas. He checks mum's phone, has taken her bank card, and police were called on 19/01 after he smashed her phone; mum wouldn't make a statement. Tyler has gone very quiet at school.

----
UPDATE 11:25 - school's DSL has just rung me. Tyler told his teacher this morning that the night before last (Tuesday) Dean grabbed him by the throat and pushed him against the wardrobe because he wouldn't turn his Xbox off. There's a red mark on the left side of his neck. Dean is the one who picks him up on Thursdays - half three today - and mum is on a late at the Asda in Huyton until 10pm. I've told school to ring you as well. I'm ringing the duty desk as soon as I've sent this but wanted it in writing.

Aisling

Aisling Byrne
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0514 | 07700 900 381

""") + KDISC
    form = docx_att("FF Step Up request - Tyler Devlin.docx", appendix1([
        ("Case ID on EHM:", "EHM-80452"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 20/03/2075 13:30, Huyton Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages when Dean is not there"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Dean (mum's boyfriend) is controlling: checks her phone, has her bank card, "
         "smashed her phone on 19/01/2075 (police called, no statement). Tyler withdrawn at school."),
        ("What is working well?", "Mum talks openly to me when Dean is out; Tyler is close to his nan; school are "
         "a strong support."),
        ("What next?", "C&F assessment; Women's Aid outreach for mum; safety planning."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Lorraine Cheetham (TM), 12/03/2075 - agreed"),
    ]))
    top = outlook_top(f, addr("Byrne, Aisling", "Aisling.Byrne@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Devlin - TAF Weds 20th March 13:30 - EHM-80452", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, alt_text_mail(f, top, body, [form]), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-80452"],
        [ch("Tyler Devlin", "2065-09-09", "09/09/2065")],
        ["domestic_abuse", "physical_harm"], None, True, ["taf_minutes"], False, "alert_duty",
        "URGENT IN A LATE UPDATE TO A PLANNED STEP-UP: 'the night before last (Tuesday)' the mother's boyfriend grabbed "
        "a 9-year-old by the throat (a red mark on his neck, told to his teacher this morning), and the same man collects "
        "him at 'half three today' with mum at work until 10pm. Current and today -> urgent -> alert_duty (%s; %s, the "
        "'Safeguarding procedures would always override' paragraph). The step-up fields are still labelled: form "
        "attached, TAF minutes 'will follow' -> taf_minutes missing; EHM-80452; 'My TM ... agreed the step up' -> "
        "true; meeting 'Weds 20th March at 13:30' from Thu 14 March = Fri 15, Mon 18, Tue 19, Wed 20 = 4 WD < 5 -> "
        "notice not ok (alert_duty comes first). Concerns: the boyfriend's control of mum and the smashed phone -> "
        "domestic_abuse; the assault on Tyler -> physical_harm." % (RULE1, S_KN),
        meeting=date(2075, 3, 20), not_children=["Aisling Byrne", "Lorraine Cheetham"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2075-01-15 14:05:51"
    blocks = [
        "Hi Family First,",
        "",
        "I'm proposing to step Roisin Corrigan and her brother Ellis down to Family First at Level 3 at their final CIN meeting, "
        "which is a week on Thursday - Thursday 24th January at 10:00 at Kirkby Family Hub (room 3). A Family First "
        "case manager would be very welcome.",
        "",
        ("table", [["Child", "DOB", "ICS"],
                   ["Roisin Corrigan", "12/06/2063", "ICS no. 1944306"],
                   ["Ellis Corrigan", "2069-02-27", "(same episode)"]]),
        "",
        "The chronology below looks alarming at first sight, so to be clear: every serious entry is from 2072-73, and "
        "there has been no incident of any kind since April 2073.",
        ("h", "Chronology (summary)"),
        ("table", [["Date", "Event"],
                   ["04/08/2072 01:40", "Police called to the home: Mr Corrigan assaulted Ms Corrigan in front of the "
                    "children; he was arrested."],
                   ["11 Aug 72", "Strategy discussion; s47 enquiry; CP plan (emotional abuse) from 02/09/2072."],
                   ["Feb 2073", "Roisin missing overnight twice; found at a school friend's house both times; return "
                    "interviews done."],
                   ["2073-04-18", "Mr Corrigan convicted; he moved to Glasgow. No contact with the family since."],
                   ["17/04/74", "CP plan ended; Child in Need plan."],
                   ["12.12.74", "CIN review: no incidents since April 2073; mum completed the Freedom Programme; step "
                    "down to Level 3 agreed in principle."]]),
        "",
        ("h", "What are we worried about?"),
        "Roisin's attendance dipped in the autumn term (89%) and she has been anxious since starting secondary school "
        "in September. Ellis (5) has a significant speech and language delay and is on SEN support; his SALT referral "
        "is still waiting.",
        ("h", "What's working well?"),
        "Mum completed the Freedom Programme and has a good network (her sister and her mum). The children are settled "
        "and happy at home. There have been no police call-outs since 2073.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF; attendance support with Roisin's school; chase the SALT referral and "
        "an SEN review for Ellis.",
        "",
        "Consent: mum is happy in principle but wants to talk it through with her sister before she signs anything - "
        "I'll confirm her consent at the CIN meeting.",
        "",
        "Thanks,",
        "Olamide",
        "",
        "Olamide Balogun",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0446",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Balogun, Olamide", "Olamide.Balogun@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Corrigan - final CIN a week on Thursday", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["1944306"],
        [ch("Roisin Corrigan", "2063-06-12", "12/06/2063"), ch("Ellis Corrigan", "2069-02-27", "2069-02-27")],
        ["disability_send", "school_attendance"], None, None, ["consent"], True, "request_info",
        "NEAR MISS - A CHRONOLOGY OF OLD ENTRIES: an assault in front of the children at '01:40', a strategy discussion, "
        "a CP plan, a girl missing overnight - all dated 2072-73 in five different formats ('04/08/2072 01:40', '11 Aug "
        "72', 'Feb 2073', '2073-04-18', '17/04/74'), with the newest entry ('12.12.74') a CIN review reporting no "
        "incident since April 2073. No current immediate risk; the historic domestic abuse and missing episodes are not "
        "current concerns. KNOWSLEY level 3 step-down (%s, section 2, Level 3; REQUIREMENTS.md): date, time and venue "
        "given, all three headings answered; consent 'wants to talk it through with her sister ... I'll confirm her "
        "consent at the CIN meeting' -> still to be asked -> null -> consent missing -> request_info. NOTICE: 'a week on "
        "Thursday - Thursday 24th January' from Tue 15 January = 7 WD -> ok (reading it as this Thursday, the 17th, "
        "would give 2). 'ICS no. 1944306' -> the bare number. Concerns now: Roisin's 89%% -> school_attendance; Ellis's "
        "speech and language delay on SEN support -> disability_send." % S_KN,
        meeting=date(2075, 1, 24), not_children=["Olamide Balogun"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2075-02-08 16:48:22"
    body = T("""
Hi duty,

Jade Mulvaney (DOB 22.10.2060, EHM-81977) has just left my 1:1 with her at Huyton youth centre. Before she went she showed me these messages on her phone and let me copy them down:

[15:58] K: 7 tonight tesco car park. dont be late
[16:02] K: bring ur charger ur stopping at mine
[16:03] K: u owe me for the phone remember. my mate wants to meet u

"K" is Kai - Jade says he's 22 and drives a white Audi. She met him at the bus station before Christmas. He bought her the phone and her vapes. She says she has to go this eve "or he'll tell everyone what I did". She asked me not to tell anyone and then went home. She's 14.

Her mum (Sharon) isn't answering her phone. I finish at 5 today but I'm on my mobile, 07700 900 629, till late.

Kelechi

Kelechi Nwosu
Youth Worker | Family First 0-18 | Knowsley Council

Sent from Outlook for Android
""")
    top = outlook_top(f, addr("Nwosu, Kelechi", "Kelechi.Nwosu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Jade Mulvaney - being picked up this eve", when)
    add(f, phone_mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, ["EHM-81977"],
        [ch("Jade Mulvaney", "2060-10-22", "22.10.2060")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT, 'THIS EVE': a 14-year-old is to be collected at '7 tonight' from a car park by a 22-year-old man who "
        "bought her a phone and vapes, says she 'owes' him, tells her to bring a charger because she is 'stopping at' "
        "his, and whose 'mate wants to meet' her; she 'has to go this eve'. Sent Friday 16:48, hours before. Child sexual "
        "exploitation happening tonight -> urgent -> alert_duty (%s; %s, 'Any immediate safeguarding concerns should be "
        "communicated to the Duty Social Work Team'). No alarm word anywhere. A youth worker's report, not a step "
        "request -> other; sent to the Family First duty mailbox, the box a Family First youth worker would use. "
        "Concerns: exploitation (sexual_harm could be argued; nothing has yet been disclosed). DOB written "
        "'22.10.2060'." % (RULE1, S_KN),
        not_children=["Kelechi Nwosu"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2075-01-16 23:52:10"
    body = T("""
Evening MASH,

Apologies for the late email - I wanted this with you tonight so you've got the full week. The step up TAF for the Hussain children is next Weds 23rd January at half one (13:30) on Teams; the invite went from my calendar to the MASH inbox and MASH business support earlier this eve, and I've invited school and the health visitor.

Zayn Hussain - 02/04/2063
Maryam Hussain - 14th Nov 2066
EHM-79924

Attached: the step up form, the minutes of our TAF on 09/01/2075 and the Engaging Families toolkit (completed 10/01/2075).

The step up is about non-engagement. Since October mum has missed 9 of our 12 planned visits and both TAFs, and Zayn's attendance has fallen to 71%. The toolkit scores the family as low engagement despite everything we've tried (evening visits, visits at nan's, an Urdu-speaking worker, texts in Urdu).

My TM, Patrick Nolan, has been through it with me and agreed the step up on Tuesday.

Mum has told me clearly that she does not agree with the step up and won't sign anything.

Callum

Callum Whitty
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0852
""")
    form = docx_att("FF Step Up request - Hussain.docx", appendix1([
        ("Case ID on EHM:", "EHM-79924"),
        ("Date of step up TAF meeting:", "Wednesday 23/01/2075 13:30 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - Engaging Families Toolkit followed and attached (10/01/2075)"),
        ("Recent TAF meeting minutes attached:", "Yes - 09/01/2075"),
        ("What are we worried about?", "Mum has not engaged since October: 9 of 12 visits missed, both TAFs missed. "
         "Zayn's attendance 71%."),
        ("What is working well?", "Nan is supportive and lets us visit at hers; Maryam is thriving at nursery."),
        ("What next?", "C&F assessment to understand what is getting in the way."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Agreement by line manager:", "Patrick Nolan (TM) - agreed 14/01/2075"),
    ]))
    minutes = docx_att("TAF minutes 09.01.2075 - Hussain.docx", [
        "# TAF meeting - Hussain", "Date: 09/01/2075, 10:00, Prescot Family Hub",
        "Present: Callum Whitty (Family First), Zayn's class teacher, health visitor. Mum did not attend.",
        "Agreed: Engaging Families toolkit to be completed; discuss step up with TM."])
    toolkit = pdf_att("Engaging Families toolkit - Hussain 10.01.2075.pdf", "Engaging Families Toolkit", [
        "Family: Hussain, EHM-79924. Completed 10/01/2075 by Callum Whitty.",
        "Approaches tried: evening visits; visits at maternal grandmother's; Urdu-speaking worker; texts in Urdu.",
        "Score: low engagement. What it tells us: mum avoids professionals; reasons unclear; step up recommended."])
    top = outlook_top(f, addr("Whitty, Callum", "Callum.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF Weds 23rd Jan 13:30 - Hussain - EHM-79924", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, toolkit]), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-79924"],
        [ch("Zayn Hussain", "2063-04-02", "02/04/2063"), ch("Maryam Hussain", "2066-11-14", "14th Nov 2066")],
        ["non_engagement", "school_attendance"], False, True, [], True, "book_meeting",
        "KNOWSLEY step-up for non-engagement (%s, section 4: 'If your step up is relating to non-engagement, then you "
        "must reference your use of the Engaging Families toolkit'; REQUIREMENTS.md knowsley step_up + engaging_families). "
        "WRITTEN AT 23:52 FOR 'next Weds 23rd January at half one (13:30)': today is the London date of now, Wed 16 "
        "January (23:57) -> Thu 17, Fri 18, Mon 21, Tue 22, Wed 23 = exactly 5 WD -> ok (a reader who took the late "
        "hour as the next day would count 4). Form, TAF minutes and toolkit attached, EHM-79924, date and time; 'agreed "
        "the step up on Tuesday' -> manager true -> complete -> book_meeting. Consent: 'she does not agree with the step "
        "up and won't sign anything' -> false (consent is not a Knowsley step-up requirement, so nothing is missing). "
        "DOB written '14th Nov 2066'. Concerns: non_engagement; 71%% -> school_attendance." % S_KN,
        meeting=date(2075, 1, 23), not_children=["Callum Whitty", "Patrick Nolan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2075-03-06 10:20:44"
    ack = ack_text("step-up", "SB-knowsley-1291", [
        "Case: EHM-80377", "Children: Ava Garvey (19/02/2066), Harry Garvey (05/07/2069)",
        "Step-up TAF meeting: Wednesday 13 March 2075, 13:30 (Microsoft Teams)"], [])
    body = T("""
Hi MASH,

A timing update, so nobody reads my step up the wrong way. When I wrote "last night" in my email yesterday morning I meant Monday night (4th March, about 23:00) - so it's now the night before last, and it has been dealt with:

- Police attended at 23:10. Liam Garvey (dad) was arrested at the house for assaulting mum.
- He was charged yesterday and remanded in custody by the magistrates yesterday afternoon; his next hearing is at the Crown Court in April.
- The strategy discussion was held yesterday at 14:00 with MASH (Aled Pryce chaired) and a s47 enquiry is under way.
- Ava and Harry are staying with their maternal grandmother in Prescot under the safety plan agreed at the strategy discussion. I saw them there at 08:30 this morning and both are fine.

There is nothing for duty to do today. Please keep the step up TAF on Weds 13th March as planned and add this to the request.

Ruth

Ruth Garside
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0267
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "05 March 2075 08:02", "Garside, Ruth <Ruth.Garside@knowsley.gov.uk>",
         "[SB-knowsley-1291] Step-up request received - EHM-80377", ack, None)])
    top = outlook_top(f, addr("Garside, Ruth", "Ruth.Garside@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1291] Step-up request received - EHM-80377", when)
    add(f, alt_text_mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["EHM-80377"],
        [ch("Ava Garvey", "2066-02-19", "19/02/2066"), ch("Harry Garvey", "2069-07-05", "05/07/2069")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS - 'THE NIGHT BEFORE LAST', ALREADY HANDLED: the case manager re-dates yesterday's 'last night' "
        "(Monday 4 March, about 23:00) and sets out what has happened since: father arrested at 23:10, charged and "
        "remanded in custody, strategy discussion held with MASH yesterday, s47 under way, the children with their "
        "grandmother under the agreed safety plan and seen well this morning; 'There is nothing for duty to do today'. "
        "No current immediate risk. A reply to [SB-knowsley-1291] -> follow_up -> attach_to_request (DESIGN.md "
        "next_action; %s, section 4, the request stays open for its TAF). Children and DOBs from the quoted "
        "acknowledgement; concerns: the father's assault on mum -> domestic_abuse (the step-up's subject, still the "
        "family's concern)." % S_KN,
        not_children=["Ruth Garside", "Liam Garvey", "Aled Pryce"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2075-02-28 16:20:09"
    blocks = [
        "Hi Family First Duty,",
        "",
        "Letting you know I intend to step Simran down to a Level 2 service at her final CIN meeting:",
        "",
        "{{Final CIN:}} Mon 04/03 at 14:00, Whiston Academy, meeting room 2 (sign in at main reception).",
        "{{Child:}} Simran Kaur, DOB 8 January 2061, ICS-2091145",
        "{{Lead practitioner (Level 2):}} Gemma Rowlands, Pastoral Lead, Whiston Academy - she has agreed to take on "
        "the role.",
        "{{Consent:}} Dad and Simran both agreed to the step down at the last CIN review (07/02).",
        "",
        ("h", "What are we worried about?"),
        "Simran's attendance is 84% and she gets very anxious on Monday mornings. Since her mum died last year she does "
        "a lot of the looking after of her brother Arjun (7) while dad works nights.",
        ("h", "What is working well?"),
        "Dad has changed his shifts so he is home for the school run three days a week; Simran trusts Gemma and goes to "
        "her every morning; she has started at the young carers group.",
        ("h", "What needs to happen?"),
        "Gemma to open an Early Help Assessment and TAF; a young carers assessment; an after-school club place for "
        "Arjun so Simran gets her evenings back.",
        "",
        "Thanks,",
        "Delroy",
        "",
        "Delroy Campbell",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0735",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Campbell, Delroy", "Delroy.Campbell@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L2 step down - Simran Kaur - final CIN Mon 04/03 14:00", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 2, ["ICS-2091145"],
        [ch("Simran Kaur", "2061-01-08", "8 January 2061")],
        ["school_attendance", "young_carer"], True, None, [], False, "request_info",
        "KNOWSLEY level 2 step-down (%s, section 2, Level 2: 'At least 5 working days prior to the potential final Child "
        "in Need (CIN) meeting' ... 'date, time and venue' ... 'name and organisation of the person who will be taking "
        "over the Lead Practitioner role'; REQUIREMENTS.md knowsley step_down level 2). A DATE WRITTEN '04/03' - "
        "DECISIVE: read the British way (day/month, and 'Mon' agrees: 4 March 2075 is a Monday) the final CIN is Mon "
        "4 March, 2 working days after Thu 28 February (Fri 1, Mon 4) -> notice not ok -> request_info; read the American "
        "way it would be Wed 3 April and look ok. HTML-only Outlook mail. Level 2; lead practitioner Gemma Rowlands with "
        "her agency; venue given; three headings answered -> missing []. 'Dad and Simran both agreed to the step down' "
        "-> consent true (not needed at level 2). DOB '8 January 2061'. The brother Arjun is named by first name only -> "
        "not labelled. Concerns: 84%% -> school_attendance; caring for her brother -> young_carer." % S_KN,
        meeting=date(2075, 3, 4), not_children=["Delroy Campbell", "Gemma Rowlands"])


# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2075-01-22 00:41:33"
    text = T("""
To whoever reads this inbox,

I'm a youth worker at Battersea Youth Hub. I'm writing this at twenty to one in my car outside Mia Kowalski-Grant's block on the Falcon Estate (Haldane House, 4th floor). Her mum's boyfriend is still shouting in the flat as we speak - I can hear him from the car park with the window down.

I dropped Mia (13) home at 00:15 after our late trip back from the climbing wall. Her mum's boyfriend (she calls him Wes) was waiting at the front door. He shouted at her for being late, grabbed her by the hair and pulled her inside. Mia's mum is on nights at the care home and won't be back till 8. Mia's little brother Ollie (5) is in the flat too.

I rang 999 at 00:20 and they said officers would come but it could be a while. Nobody has come yet. This was the only email address I could find on the council website.

My mobile is 07700 900 814. I'm staying here until someone comes.

Tomasz Zieliński
Youth Worker | Battersea Youth Hub

Sent from my iPhone
""")
    top = plain_top(f, addr("Tomasz Zieliński", "t.zielinski@batterseayouthhub.example.org.uk"), RMASH,
                    "Mia (13) - not safe at home tonight", when, "batterseayouthhub.example.org.uk", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Mia Kowalski-Grant")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, WRITTEN AT 00:41 ABOUT 'TONIGHT' AND 'AS WE SPEAK': a youth worker watched the mother's boyfriend grab "
        "a 13-year-old by the hair and pull her inside at 00:15; he is 'still shouting in the flat as we speak', the "
        "mother is on nights until 8, a 5-year-old is there too, police not yet arrived. Happening now, out of hours -> "
        "urgent -> alert_duty (the Emergency Duty Team at night; %s; %s, 'Where Early Help is working with a child ... "
        "and there are immediate child protection concerns'). Sent from an iPhone (format=flowed) to the MASH step-up "
        "inbox, the only address he found -> other. Mia is named in full without a DOB; Ollie by first name only. No "
        "alarm word. Concerns: physical_harm." % (RULE1, S_RW),
        not_children=["Tomasz Zieliński"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2075-02-07 10:05:12"
    body = T("""
Dear MASH colleagues,

Following my reflective discussion with Olu Adebisi (Early Help practitioner) yesterday afternoon, I agree with the plan to step the Henriques family up to Children's Services. The latest case summary is attached and the rationale is below.

First, so the police log in the summary isn't read as live - the timing:
The incident was the night before last (Tuesday 5 February, about 22:30). Mr Henriques assaulted Ms Henriques in front of the children. Police attended, he was arrested at the scene, charged yesterday and remanded in custody by the magistrates until a plea hearing on 6 March. Ms Henriques and the children moved into a refuge outside the borough yesterday evening (address withheld); our IDVA placed them and they are safe there. A MARAC referral has been made. There is nothing for MASH duty to do today - this is a planned step up for an assessment.

Rationale for step up
- Three police call-outs for domestic abuse since October, each more serious than the last; this is the first time he has been charged.
- Gabriel (10) has told Olu he "stands in front of Sofia" when his dad shouts; his teacher says he is exhausted and tearful.
- Ms Henriques has engaged with Early Help throughout but has twice gone back to Mr Henriques, and our plan cannot manage this level of harm.
- A Child and Family Assessment is needed to plan for the children for when he is released or bailed.

Children: Gabriel Henriques (DOB 11/03/2064), Sofia Henriques (DOB 29/09/2070), Mosaic 2291774.
Ms Henriques knows about the step up and agrees to it.

Kind regards,
Rebecca Tan
Early Help Team Manager | Wandsworth Early Help | Richmond and Wandsworth
020 7946 0432
""") + RDISC
    summary = docx_att("Case summary - Henriques - Feb 2075.docx", [
        "# Case summary - Henriques (Mosaic 2291774)",
        "Open to Early Help since 14/10/2074 (domestic abuse; school worries about Gabriel).",
        "Police log: 19/10/2074 22:05 verbal argument, NFA; 30/12/2074 23:40 mum pushed, dad left before police "
        "arrived; 05/02/2075 22:30 assault on mum, dad arrested, charged and remanded 06/02/2075.",
        "06/02/2075 evening: mum and children to a refuge outside the borough (IDVA).",
        "Plan to date: IDVA, Freedom Programme place, school pastoral support for Gabriel."])
    top = outlook_top(f, addr("Tan, Rebecca", "Rebecca.Tan@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Henriques family (Mosaic 2291774)", when)
    add(f, alt_text_mail(f, top, body, [summary]), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2291774"],
        [ch("Gabriel Henriques", "2064-03-11", "11/03/2064"), ch("Sofia Henriques", "2070-09-29", "29/09/2070")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - 'THE NIGHT BEFORE LAST', TOLD IN THE PAST AND HANDLED: the assault of Tuesday 5 February 22:30 "
        "ended with the father arrested, charged and remanded in custody, the mother and children in a refuge placed "
        "by the IDVA, a MARAC referral made; 'There is nothing for MASH duty to do today'. No current immediate risk. "
        "RICHMOND & WANDSWORTH step-up (%s, 'Process to Step Up': the Early Help Team Manager emails the MASH Step "
        "Up inbox 'with the latest case summary and the rationale'; REQUIREMENTS.md richmond_wandsworth step_up): sent "
        "by the team manager ('I agree with the plan') -> manager true; case summary attached (.docx), rationale "
        "pasted under its heading -> complete -> book_meeting. Consent 'agrees "
        "to it' -> true. 'Mosaic 2291774' -> the bare number. Concerns: domestic_abuse." % S_RW,
        not_children=["Rebecca Tan", "Olu Adebisi"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2075-01-21 15:30:27"
    body = T("""
Hi Early Help duty,

I spoke to Jasper this morning and we agreed a step down case discussion for Chiamaka Nwachukwu on Thurs 24th at 2pm on Teams; my TM, Hugh Latimer, will join us.

Chiamaka Nwachukwu, DOB 2065-07-04, Mosaic ID 2310458.

The latest case summary and my draft Early Help plan are attached.

One problem I need to flag before Thursday: at the CIN review on 14.01.75 mum said she does not want Early Help and declined to give her consent - she feels the family "has had enough of services". I've explained what Early Help would offer and she hasn't changed her mind. I'd still like to talk through whether there's a way forward, e.g. school-led support.

The worries now: Chiamaka's anxiety and school refusal (attendance 76% this term), and mum's depression, which is better managed than it was in the summer.

Thanks,
Sunita

Sunita Venkataraman
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth
020 7946 0687
""") + RDISC
    summ = pdf_att("Case summary - Nwachukwu - Jan 2075.pdf", "Case summary - Chiamaka Nwachukwu (Mosaic ID 2310458)", [
        "Child in Need since 03/06/2074 (school refusal; mother's depression).",
        "Progress: attendance up from 58% to 76%; mother engaging with her GP; CIN review 14/01/2075.",
        "Mother's view at the review: does not want Early Help and did not give consent."])
    plan = docx_att("Draft Early Help plan - Nwachukwu.docx", [
        "# Draft Early Help plan - Chiamaka Nwachukwu",
        "Outcome 1: Chiamaka attends school every day - school-based anxiety support, a part-time timetable review.",
        "Outcome 2: Mum's mental health - continue with GP; Early Help family support worker fortnightly.",
        "Review: 6 weeks."])
    top = outlook_top(f, addr("Venkataraman, Sunita", "Sunita.Venkataraman@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Nwachukwu - case discussion Thurs 24th 2pm", when)
    add(f, mail(f, top, body, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2310458"],
        [ch("Chiamaka Nwachukwu", "2065-07-04", "2065-07-04")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent"], None, "request_info",
        "RICHMOND & WANDSWORTH step-down (%s, 'Process to Step Down': confirm 'by email with the latest case summary "
        "and the draft plan'; 'Step Down to Early Help': 'The allocated social worker should gain consent'; "
        "REQUIREMENTS.md richmond_wandsworth step_down: case_summary, draft_plan, consent). CONSENT REFUSED: 'at the "
        "CIN review on 14.01.75 mum said she does not want Early Help and declined to give her consent' -> false -> "
        "consent missing -> request_info. Summary (.pdf) and plan (.docx) attached. Case discussion 'Thurs 24th at "
        "2pm' = Thursday 24 January, within 5 days of Monday's contact (no Richmond notice field -> notice_ok null). "
        "DOB in ISO form. Concerns: anxiety and 76%% -> school_attendance; mum's depression -> "
        "parental_mental_health." % S_RW,
        not_children=["Sunita Venkataraman", "Hugh Latimer"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2075-02-27 12:47:03"
    comment = ("Sorry - I can't make 14:00 today. I'm in the children's A&E at Kingston Hospital right now with Leo "
               "Pereira and his mum. Leo (18 months) has a spiral fracture of his left arm; mum says he fell off the "
               "sofa, but the registrar has just told me the injury doesn't fit that and they want a skeletal survey. "
               "Mum's partner is on his way to collect them and mum is asking to take Leo home this afternoon in a "
               "backslab. Please can someone from MASH ring me on 07700 900 361 - I'm in the relatives' room.")
    data = itip_reply(f, when, "Fatima Zahra Benali", "FatimaZahra.Benali@" + RDOM, ("MASH Step Up", RMASH),
                      "DECLINED", "Step-up case discussion - L. Pereira (Mosaic 2288905) [SB-richmond_wandsworth-3107]",
                      "20750227T140000", "20750227T150000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["2288905"],
        [ch("Leo Pereira")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S COMMENT, 'RIGHT NOW': an Outlook iTIP REPLY (PARTSTAT=DECLINED) to today's 14:00 "
        "step-up case discussion whose COMMENT (and text part) says the worker is in A&E with an 18-month-old who has a "
        "spiral fracture the registrar says does not fit the explanation, and the mother is asking to take him home "
        "this afternoon with her partner collecting. An immediate risk told in a calendar reply -> urgent -> "
        "alert_duty, not record_reply (%s: 'a meeting reply's comment'; %s). Case id from the SUMMARY ('Mosaic "
        "2288905' -> the bare number); Leo Pereira named in full, no DOB. No alarm word. Concerns: "
        "physical_harm." % (RULE1, S_RW),
        not_children=["Fatima Zahra Benali"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2075-03-11 09:30:18"
    body = T("""
Good morning,

Following my reflective discussion with Amina Warsame (Early Help practitioner) on Weds just gone, I have agreed the plan to step the Abdi children up to Children's Services. The latest case summary is attached (PDF).

Children
Hodan Abdi - 15/05/2063
Yusuf Abdi - 02/12/2066
Ayaan Abdi - 20/08/2071
Mosaic ID: 2274416

Rationale for the plan to step up
Ms Abdi has relapsing multiple sclerosis and has been mostly bedbound since January. Since then:
- the children have repeatedly arrived at school hungry and in the same clothes; school have been giving them breakfast and washing their uniforms;
- there is no working cooker and the boiler has been broken for three weeks; the landlord has not acted;
- Hodan (11) does the cooking, shopping and caring for her mum and her brothers, and her attendance has fallen to 62%;
- our Early Help plan (twice-weekly family support, a carers' assessment, a housing referral) has not been able to keep pace.
A Child and Family Assessment is needed, including the support Ms Abdi needs as a disabled parent.

Ms Abdi is aware of the referral and has agreed to it.

Dominic Reyes
Early Help Team Manager | Richmond Early Help | Richmond and Wandsworth
020 7946 0519
""") + RDISC
    summ = pdf_att("Latest case summary - Abdi family.pdf", "Latest case summary - Abdi (Mosaic ID: 2274416)", [
        "Open to Early Help since 02/09/2074. Lead practitioner: Amina Warsame.",
        "Mother: relapsing MS, mostly bedbound since 01/2075. No other adult in the home.",
        "School: children hungry, uniform unwashed; Hodan's attendance 62%.",
        "Home: cooker broken; boiler broken since mid-February; housing disrepair referral made."])
    top = outlook_top(f, addr("Reyes, Dominic", "Dominic.Reyes@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up request - Abdi family - Mosaic ID: 2274416", when)
    add(f, alt_text_mail(f, top, body, [summ]), "richmond_wandsworth", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2274416"],
        [ch("Hodan Abdi", "2063-05-15", "15/05/2063"), ch("Yusuf Abdi", "2066-12-02", "02/12/2066"),
         ch("Ayaan Abdi", "2071-08-20", "20/08/2071")],
        ["neglect", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "RICHMOND & WANDSWORTH step-up (%s, 'Process to Step Up': after the reflective discussion the Early Help Team "
        "Manager emails MASH 'with the latest case summary and the rationale'; REQUIREMENTS.md). Complete: sent by the "
        "team manager ('I have agreed the plan') -> manager true; case summary PDF attached; rationale under its own "
        "heading -> book_meeting. 'Weds just gone' (from Monday 11 March) = 6 March. 'Mosaic ID: 2274416' -> the bare "
        "number. Consent 'has agreed to it' -> true. Concerns: hungry, unwashed, no cooker or heating -> neglect; 62%% "
        "-> school_attendance; Hodan caring for her mother and brothers -> young_carer. No immediate risk." % S_RW,
        not_children=["Dominic Reyes", "Amina Warsame"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2075-01-24 11:00:00"
    text = T("""
Richmond and Wandsworth Safeguarding Children Partnership
Practice bulletin 3/75 - January 2075

"LAST NIGHT" IS NOT A TIME

Case records are read days, weeks and sometimes years after they are written. Words like "last night", "earlier", "this eve", "Weds just gone" or "tonight" only make sense on the day they were written. Our multi-agency audit in December found 41 chronology entries that could not be dated.

Three rules
1. Write the date in full, with the year: 21/01/2075, not "Tuesday" or "21/1".
2. Use the 24-hour clock: 23:40, not "twenty to twelve" or "late evening".
3. When you forward or copy an email, say when it was written - a forwarded message's "today" is the day it was sent, not the day you read it.

Examples from the audit (anonymised - these are not current cases)
- "Dad came round last night and hit mum" - which night? Rewritten: "On Sun 13/01/2075 at approx. 23:15 (per mum, told to me on 14/01/2075 at 09:30)".
- "Child A was left alone tonight" - in an email opened the next morning this read as current, and two duty workers went out to a family who were fine. Rewritten: "On 18/12/2074 from 19:00 to 21:30 Child A (6) was left alone; police attended at 21:10."
- "Missing since earlier" - rewritten: "Reported missing at 16:05 on 03/01/2075; found safe at 20:50 the same day."

If a child is at immediate risk, do not email: phone the MASH or, out of hours, the Emergency Duty Team; in an emergency call 999.

Training: "Chronologies that work", Thursday 7 February 2075, 09:30-12:30, on Teams. Book through the Learning Hub.

You are receiving this because you are on the RWSCP practice bulletin list. Unsubscribe: https://rwscp.example.org.uk/unsubscribe
""")
    paras = text.strip("\n").split("\n\n")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                 '<body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">\n'
                 '<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#3B2A6B;'
                 'color:#fff;padding:10px"><b>%s</b></td></tr>\n<tr><td style="padding:12px">\n%s\n</td></tr></table>\n'
                 '</body></html>\n' % (esc(paras[0]).replace("\n", "<br>\n"),
                                       "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras[1:])))
    top = [("From", addr("RWSCP Learning and Development", "learning@rwscp.example.org.uk")),
           ("To", addr("Early Help Duty", REH)),
           ("Subject", "Practice bulletin 3/75: 'last night' is not a time - recording when things happened"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "rwscp.example.org.uk")),
           ("List-Id", "RWSCP practice bulletin <bulletin.rwscp.example.org.uk>"),
           ("List-Unsubscribe", "<https://rwscp.example.org.uk/unsubscribe>"),
           ("X-Mailer", "Mailchimp Mailer - **CID8a81f22b0c2c1e22d1b4**")]
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PRACTICE BULLETIN ABOUT TIME WORDS: 'last night', 'tonight', 'earlier', an assault, a child left "
        "alone, a missing child - all anonymised audit examples ('these are not current cases'), the 999 sentence "
        "generic advice. DESIGN.md safety rule 1: 'bulletins that list examples must not trigger it'. A partnership "
        "newsletter (List-Id, List-Unsubscribe, no Auto-Submitted) -> other -> human_review (%s defines only step-up "
        "and step-down mail). 'Child A' is no named child." % S_RW)

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2075-03-05 23:16:40"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3044", [
        "Mosaic: 2301187", "Children: Kyle Morrison (30/06/2068)",
        "Case discussion: Thursday 7 March 2075, 14:00 (Microsoft Teams)"],
        ["the draft plan for Early Help", "confirmation of the family's consent"])
    body = T("""
Hi,

Late one, sorry. Attached are the two things that were missing:
- the draft Early Help plan - I finished it tonight after seeing mum at 6;
- mum's consent form - she signed it this eve at that visit, so consent is now given.

See you at the case discussion on Thursday at 2pm (Jasper has it in the diary).

Ciara

Ciara Mullan
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth
""") + quote_chain([
        ("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "04 March 2075 10:31",
         "Mullan, Ciara <Ciara.Mullan@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-3044] Step-down request received - Mosaic 2301187", ack, None)])
    plan = docx_att("Draft EH plan - Morrison.docx", [
        "# Draft Early Help plan - Kyle Morrison (Mosaic 2301187)",
        "What needs to happen: Early Help family support worker weekly for 8 weeks; mum to the parenting group; "
        "school to continue the nurture group.", "Review: 4 weeks after handover."])
    consent = pdf_att("Consent to Early Help - Morrison - signed 05.03.75.pdf", "Consent to Early Help", [
        "I agree to Early Help services continuing the plan for my son Kyle Morrison.",
        "Signed: J. Morrison (mother). Date: 05/03/2075."])
    top = outlook_top(f, addr("Mullan, Ciara", "Ciara.Mullan@" + RDOM), addr("Early Help Duty", REH),
                      "RE: [SB-richmond_wandsworth-3044] Step-down request received - Mosaic 2301187", when)
    add(f, alt_text_mail(f, top, body, [plan, consent]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2301187"],
        [ch("Kyle Morrison", "2068-06-30", "30/06/2068")],
        [], True, None, [], None, "attach_to_request",
        "A LATE-EVENING FOLLOW-UP (23:16) WHOSE 'TONIGHT' AND 'THIS EVE' ARE ORDINARY: the social worker sends the "
        "missing draft plan (.docx) and the signed consent form (.pdf) after a 6pm visit. A reply to "
        "[SB-richmond_wandsworth-3044] -> follow_up -> attach_to_request (DESIGN.md). 'she signed it this eve ... so "
        "consent is now given' -> consent true (%s, 'The allocated social worker should gain consent'). Child, DOB and "
        "Mosaic id from the quoted acknowledgement. No concern is described in the mail -> concerns []." % S_RW,
        not_children=["Ciara Mullan"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2075-03-20 14:10:29"
    body = T("""
Hello,

Confirming the step down case discussion I agreed with Jasper on the phone this morning: Monday 25th March at 10:00 on Teams. My manager, Priscilla Owusu, will attend.

Kofi Asante-Clarke - DOB 06/06/2066
Ama Asante-Clarke - DOB 24/01/2072
Mosaic: 2279980

Attached: the latest case summary and the draft plan for Early Help. Ms Asante consents to Early Help continuing the plan - she signed the consent form on 18/03/2075.

Some of the summary looks alarming out of context, so on timing: the assault by Mr Clarke was in June 2073 and he is serving his sentence. His earliest release date is 18 September 2075. Probation will complete a risk assessment before then, and any contact will only be considered after that, through the family court, where the next hearing is listed for 10 July 2075. There is no contact now and none is planned before the autumn. The draft plan includes a review meeting in August, ahead of his release.

What we are still working on now is Ms Asante's anxiety and PTSD, for which she is getting treatment, and Kofi's worries about his dad coming home one day.

Benedikt

Benedikt Novak
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth
""")
    summ = pdf_att("Case summary - Asante-Clarke - March 2075.pdf", "Case summary - Asante-Clarke (Mosaic: 2279980)", [
        "14/06/2073: Mr Clarke assaulted Ms Asante; children present. Arrested; convicted 11/2073; custodial sentence.",
        "CP plan 07/2073 - 05/2074; Child in Need since 05/2074.",
        "Release: earliest release date 18/09/2075 (probation). Family court: next hearing 10/07/2075.",
        "Now: Ms Asante in treatment for anxiety/PTSD; children settled at school."])
    plan = docx_att("Draft plan for Early Help - Asante-Clarke.docx", [
        "# Draft plan for Early Help - Asante-Clarke",
        "Lead professional: to be agreed at the case discussion.",
        "Goals: Ms Asante's recovery; Kofi's worries about his father (school counsellor); a review in August 2075 "
        "ahead of the release date."])
    top = plain_top(f, addr("Novak, Benedikt", "Benedikt.Novak@" + RDOM), addr("Early Help Duty", REH),
                    "Step down - Asante-Clarke - case discussion Mon 25th 10:00", when, RDOM,
                    "Microsoft Outlook 16.92 (Mac)")
    add(f, mail(f, top, body, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2279980"],
        [ch("Kofi Asante-Clarke", "2066-06-06", "06/06/2066"), ch("Ama Asante-Clarke", "2072-01-24", "24/01/2072")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - THE ALARMING EVENTS ARE IN THE PAST OR MONTHS AHEAD: the assault was in June 2073, the father is in "
        "prison with an earliest release date of 18 September 2075, a family-court hearing on 10 July 2075, contact "
        "only 'considered after that'; 'There is no contact now and none is planned before the autumn'. No current "
        "immediate risk; the historic assault is not a current concern. RICHMOND & WANDSWORTH step-down (%s, 'Process "
        "to Step Down'; REQUIREMENTS.md: case_summary, draft_plan, consent): summary (.pdf), plan (.docx), 'Ms Asante "
        "consents ... she signed the consent form' -> complete -> book_meeting. Outlook for Mac, plain text. Concerns "
        "now: the mother's anxiety and PTSD -> parental_mental_health." % S_RW,
        not_children=["Benedikt Novak", "Priscilla Owusu"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2075-01-29 11:18:40"
    body = T("""
MAST,

I'm sat in my car outside the flat as we speak (Flat 12, Mercer House, Cannon Street Road, E1 9ZX).

I've just done the 6-8 week check for baby Ibrahim Chowdhury (DOB 10/12/2074, 7 weeks). He has a bruise about the size of a 5p on his left cheek and a small tear to the frenulum (the skin under his top lip). Mum said he "must have done it with his own fist". He is not rolling or moving about on his own yet.

Dad (Rafiq) came home while I was examining him and told me to leave. Mum, dad and Ibrahim are all in the flat now. I've phoned my named nurse, who said to contact you straight away.

Please ring me on 07700 900 233. I'll stay outside until I hear back.

Rokeya Begum
Health Visitor | East Locality Health Visiting Team

Sent from Outlook for Android
""")
    top = outlook_top(f, addr("Begum, Rokeya", "rokeya.begum4@nhs.example.uk"), addr("MAST", TMAST),
                      "7 wk old - bruise to cheek - I'm outside the flat now", when, mid_domain="nhs.example.uk",
                      extra=[("Importance", "High")])
    add(f, phone_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ibrahim Chowdhury", "2074-12-10", "10/12/2074")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, 'AS WE SPEAK': a health visitor, outside the flat now, has found a bruise on the cheek and a torn "
        "frenulum on a 7-week-old who is not mobile, with an explanation that does not fit; the father told her to leave "
        "and the baby is inside with both parents. Current -> urgent -> alert_duty (%s; %s, 'If there is an immediate "
        "child protection concern, contact MAST (0207 364 5606/5601 ...)'). A health visitor's report -> other. Phone "
        "mail (one base64 text/plain part, LF). No alarm word. Concerns: physical_harm." % (RULE1, S_TH),
        not_children=["Rokeya Begum"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2075-01-08 10:40:15"
    body = T("""
Dear Early Help Hub,

The Child and Family Assessment for Anika Rahman and her brother Rayan concluded on Friday 4 January with a recommendation to step down to a TAF with a Lead Practitioner. I'll arrange and chair the TAF meeting - provisionally Thursday 17 January at 10:00 at Ben Jonson Primary.

Anika Rahman - DOB 17/03/2067 - Mosaic 2302271
Rayan Rahman - DOB 09/10/2070 - Mosaic 2302272

Attached: the C&F assessment and the draft TAF plan. Ms Rahman consents to the step down. Lead Practitioner: Shirin Akhtar, Family Support Worker, Ben Jonson Family Hub - she has agreed to take the role.

A note on the safety plan section of the TAF plan, because it is written in the present tense on purpose: "If Mr Rahman ever turns up at the flat - tonight or any night - Ms Rahman will not open the door and will call 999; school have his photo and know he must not collect." That is contingency planning, not a current concern. Mr Rahman lives in Birmingham, has made no contact since June 2073, and there is a non-molestation order in force until December.

The current worries are Ms Rahman's depression, which is improving with treatment, and Anika's anxiety at school.

Kind regards,
Oliver Pham
Social Worker | Assessment and Intervention Team | Tower Hamlets Council
""") + TDISC
    cfa = pdf_att("C&F Assessment - Rahman - concluded 04.01.2075.pdf", "Child and Family Assessment - Rahman", [
        "Children: Anika Rahman (17/03/2067), Rayan Rahman (09/10/2070). Mosaic 2302271 / 2302272.",
        "Concluded: 04/01/2075. Outcome: step down to a Team Around the Family with a Lead Practitioner.",
        "History: domestic abuse by Mr Rahman to 06/2073; non-molestation order; no contact since 06/2073.",
        "Now: mother's depression improving; Anika anxious at school; both children attending well."])
    plan = docx_att("Draft TAF plan - Rahman.docx", [
        "# Draft TAF plan - Rahman",
        "Lead Practitioner: Shirin Akhtar (Ben Jonson Family Hub).",
        "Safety plan: If Mr Rahman ever turns up at the flat - tonight or any night - Ms Rahman will not open the door "
        "and will call 999; school have his photo and know he must not collect.",
        "Goals: mum's recovery (GP, Talking Therapies); Anika's anxiety (school mentor); review in 6 weeks."])
    top = outlook_top(f, addr("Pham, Oliver", "Oliver.Pham@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Rahman (Mosaic 2302271 / 2302272)", when)
    add(f, alt_text_mail(f, top, body, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2302271", "2302272"],
        [ch("Anika Rahman", "2067-03-17", "17/03/2067"), ch("Rayan Rahman", "2070-10-09", "09/10/2070")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HYPOTHETICAL 'TONIGHT': the safety plan's 'If Mr Rahman ever turns up at the flat - tonight or "
        "any night - ... will call 999' is contingency planning; he lives in Birmingham, no contact since June 2073, a "
        "non-molestation order in force. No current immediate risk; the old domestic abuse is not a current concern. "
        "TOWER HAMLETS step-down (%s, 'Stepping Down - From Child Protection/Child in Need' and the TAF bullet; "
        "REQUIREMENTS.md: assessment, draft_plan, consent, lead_practitioner): C&F assessment (.pdf), TAF plan (.docx), "
        "'consents to the step down', Lead Practitioner Shirin Akhtar with her agency -> complete -> book_meeting. Two "
        "bare Mosaic ids in order. Concerns now: the mother's depression -> parental_mental_health." % S_TH,
        not_children=["Oliver Pham", "Shirin Akhtar"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2075-02-15 16:05:22"
    body = T("""
Hi,

Step down request for Tiago Mendes (DOB 28-11-2064), Mosaic 2316650.

- Draft TAF plan attached.
- The C&F assessment will follow on Monday once my manager has signed it off - it isn't attached yet.
- Consent: dad gave his consent to the step down on the phone on Weds just gone.
- Lead practitioner: tbc after half term - school are considering it but haven't confirmed.

Worries: dad's cannabis use (he's engaging with the drug service) and Tiago's attendance (85%).

Have a good half term,
Imran

Imran Siddiqui
Social Worker | Children's Social Work (Stepney) | Tower Hamlets Council
""") + TDISC
    plan = docx_att("Draft TAF plan - T Mendes.docx", [
        "# Draft TAF plan - Tiago Mendes",
        "Goal 1: attendance above 95% - school attendance officer, morning check-in.",
        "Goal 2: dad continues with the drug service; random tests shared with the TAF.",
        "Lead Practitioner: to be confirmed."])
    top = outlook_top(f, addr("Siddiqui, Imran", "Imran.Siddiqui@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Tiago Mendes - C&F assessment to follow Monday", when)
    add(f, mail(f, top, body, [plan]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2316650"],
        [ch("Tiago Mendes", "2064-11-28", "28-11-2064")],
        ["school_attendance", "substance_misuse"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
        "TOWER HAMLETS step-down sent on the Friday before half term (%s; REQUIREMENTS.md tower_hamlets step_down): the "
        "C&F assessment 'will follow on Monday' -> assessment missing; lead practitioner 'tbc after half term' -> "
        "missing; draft TAF plan attached; 'dad gave his consent ... on the phone on Weds just gone' (13 February) -> "
        "true -> request_info. DOB written '28-11-2064'. Concerns: dad's cannabis use -> substance_misuse; 85%% -> "
        "school_attendance." % S_TH,
        not_children=["Imran Siddiqui"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2075-03-12 13:31:07"
    ack = ack_text("step-up", "SB-tower_hamlets-4410", [
        "Mosaic: 2319904", "Children: Nusrat Hoque (21/07/2061)"],
        ["Multi-Agency Request for Support form"])
    body = T("""
Hi MAST,

MARF attached as requested.

Regards,
Sadia

Sadia Islam
Early Help Practitioner | Targeted Early Help (Bow) | Tower Hamlets Council

PS - just as I was about to send this, school rang (13:20). Nusrat came in late this morning with a black eye and told her form tutor that her brother Jamal (19) hit her last night because she'd been on the phone to a boy, and that he'll "finish it" when she gets home. She finishes at 15:15. I'm on my way to the school now - my mobile is 07700 900 552.
""") + quote_chain([
        ("MAST <MAST@towerhamlets.gov.uk>", "11 March 2075 09:12", "Islam, Sadia <Sadia.Islam@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-4410] MAST step-up received - missing: Multi-Agency Request for Support form", ack, None)])
    marf = pdf_att("MARF - Hoque - March 2075.pdf", "Multi-Agency Request for Support", [
        "Child: Nusrat Hoque, DOB 21/07/2061. Mosaic ID 2319904.",
        "Referrer: Sadia Islam, Targeted Early Help (Bow).",
        "Reason: older brother (19) controls where Nusrat goes and who she speaks to; she has said he has pushed her "
        "before. Early Help since 10/2074. Mother aware of the referral."])
    top = outlook_top(f, addr("Islam, Sadia", "Sadia.Islam@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-4410] MAST step-up received - missing: Multi-Agency Request for Support form",
                      when)
    add(f, alt_text_mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2319904"],
        [ch("Nusrat Hoque", "2061-07-21", "21/07/2061")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A P.S. UNDER A ONE-LINE FOLLOW-UP: the body only says 'MARF attached as requested'; after the "
        "signature, 'PS - ... school rang (13:20)': a 13-year-old has a black eye from her 19-year-old brother 'last "
        "night' and he will 'finish it' when she gets home at 15:15 today. Current -> urgent -> alert_duty before "
        "attach_to_request (%s; %s, the MAST numbers for an immediate concern). A reply to [SB-tower_hamlets-4410] -> "
        "follow_up; missing [] for a follow_up. Child and DOB from the quoted acknowledgement and the MARF; Jamal is 19, "
        "an adult. Concerns: physical_harm. Consent and manager agreement are not stated -> null (a follow_up has "
        "no requirements)." % (RULE1, S_TH),
        not_children=["Sadia Islam", "Jamal"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2075-04-02 15:45:50"
    body = T("""
Hello MAST,

Please find attached a Multi-Agency Request for Support for Hamza Osman and his sister Idil.

In brief (times from the police log):
- Sat 16/03/2075, 21:40 - police called by a neighbour to shouting at the flat; Mr Osman had left before they arrived.
- Mon 18/03/2075, 08:50 - Hamza (6) told his teacher "daddy pushed mummy into the door".
- Since Sun 17/03 Mr Osman has been staying with his brother in Luton; Ms Osman has a safety plan with the IDVA and there have been no incidents since.
Ms Osman's depression has got worse and she stopped taking her medication in March.

Ms Osman agrees to the referral to MAST.

I should be upfront that my manager, Shabana Qureshi, doesn't think this meets the threshold for MAST yet and would rather we carry on under Early Help with the IDVA - I'm sending it so that MAST can give a view.

Kamal Uddin
Early Help Practitioner | Targeted Early Help (Poplar) | Tower Hamlets Council
""") + TDISC
    marf = pdf_att("Multi-Agency Request for Support - Osman.pdf", "Multi-Agency Request for Support", [
        "Children: Hamza Osman (03/03/2069), Idil Osman (25/12/2072). Mosaic ID 2320117.",
        "Referrer: Kamal Uddin, Targeted Early Help (Poplar).",
        "Concerns: domestic abuse (police call-out 16/03/2075; Hamza's account 18/03/2075); mother's depression.",
        "Parental consent: yes (Ms Osman, 01/04/2075)."])
    top = outlook_top(f, addr("Uddin, Kamal", "Kamal.Uddin@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Osman - MARF attached", when)
    add(f, alt_text_mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2320117"],
        [ch("Hamza Osman", "2069-03-03", "03/03/2069"), ch("Idil Osman", "2072-12-25", "25/12/2072")],
        ["domestic_abuse", "parental_mental_health"], True, False, ["manager_agreed"], None, "request_info",
        "TOWER HAMLETS MAST step-up (%s, 'Step Up' and the MAST contact paragraph: 'followed up with a completed "
        "Multi-Agency Request for Support form'; REQUIREMENTS.md tower_hamlets step_up: request_for_support, "
        "manager_agreed). MANAGER DISAGREES: 'my manager ... doesn't think this meets the threshold for MAST yet' -> "
        "manager_agreed false -> missing -> request_info. MARF (.pdf) attached, its 'Mosaic ID 2320117' the only case "
        "id. Incidents given in 24-hour times (Sat 16/03 21:40, Mon 18/03 08:50) are recent but the father has left and "
        "there have been 'no incidents since' -> not urgent. 'Ms Osman agrees to the referral' -> consent true. "
        "Concerns: domestic_abuse; the mother's worsening depression -> parental_mental_health." % S_TH,
        not_children=["Kamal Uddin", "Shabana Qureshi"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2075-03-06 09:05:33"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div dir="ltr"><div>Dear Early Help Hub,</div><div><br></div>
<div>Forwarding as agreed at Monday's TAF so that it is on file for Safiya Ali (Year 5) and Bilal Ali (Year 2).</div><div><br></div>
<div><b>Please note the date:</b> this is Ms Ali's email from <b>last Wednesday evening (27 February)</b>. Mr Ali did not come that night - Ms Ali rang us at 08:30 the next morning to say it had been quiet - and the family court granted a prohibited steps order on Friday 1 March. Safiya and Bilal have been in school every day since and are doing well.</div><div><br></div>
<div>No action is needed - it is for the record only.</div><div><br></div>
<div>Kind regards,</div><div>Yusuf Adan</div><div>Deputy Headteacher and Designated Safeguarding Lead | Stepney Fields Primary School</div><div>020 7946 0623</div><div><br></div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b class="gmail_sendername" dir="auto">Ayesha Ali</b> <span dir="auto">&lt;ayesha.ali.e1@mail.example.com&gt;</span><br>Date: Wed, 27 Feb 2075 at 21:14<br>Subject: please help<br>To: Office &lt;office@stepneyfields.example.sch.uk&gt;<br></div><br><br>
<div dir="auto">Please help. He says he&#39;s coming tonight to take the kids to his mum&#39;s in Bradford and I will never see them again. He&#39;s been texting me all day. I&#39;ve locked the door. What do I do?</div>
</div></div>
</body></html>
""")
    top = [("From", addr("Yusuf Adan", "y.adan@stepneyfields.example.sch.uk")), ("To", addr("Early Help Hub", TEH)),
           ("Subject", "Fwd: please help - for your records (sent last Wednesday)"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com")),
           ("In-Reply-To", msgid(f + "orig", "mail.gmail.com")), ("References", msgid(f + "orig", "mail.gmail.com"))]
    add(f, html_only(f, top, html_body), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Safiya Ali"), ch("Bilal Ali")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FORWARDED MESSAGE WHOSE 'TONIGHT' WAS LAST WEEK: the forwarded plea ('He says he's coming tonight "
        "to take the kids ... I will never see them again') was written on Wed 27 February; the school's covering note "
        "says he did not come, a prohibited steps order was granted on 1 March, the children have been in school every "
        "day since, 'No action is needed - it is for the record only'. No current immediate risk. HTML-only Gmail "
        "forward from a school DSL, no request and no [SB-] reference -> other -> human_review (%s covers step-down "
        "and step-up requests). The threat is over and no listed concern applies now -> concerns []. Children named in "
        "full without DOBs." % S_TH,
        not_children=["Yusuf Adan", "Ayesha Ali"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2075-03-28 17:02:10"
    text = T("""
Thank you for your email. I am on annual leave from Friday 29 March and back in the office on Tuesday 9 April (Good Friday and Easter Monday are bank holidays). I will not be checking my emails.

If your email is about a child at immediate risk, please contact MAST on 0207 364 5606 / 5601, or out of hours on 0207 364 4079. In an emergency call 999.

For anything else please contact Ben Jonson Family Hub on 020 7946 0518.

Shirin Akhtar
Family Support Worker | Ben Jonson Family Hub
""")
    add(f, ooo(f, when, "Shirin Akhtar", "s.akhtar@benjonsonhub.example.org.uk", addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-4466] TAF review - Rahman", text), "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) from the "
        "lead practitioner, answering stepbot's TAF mail; away over Easter ('back ... on Tuesday 9 April'). Its 'child at "
        "immediate risk' sentence is boilerplate with the seed's MAST numbers (%s). DESIGN.md: auto_reply -> ignore "
        "(safety rule 2: never answered)." % S_TH)

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2075-03-18 12:02:45"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "I was about to send the step down for Sumaiya Miah and her brother Arif (Mosaic 2288120) when the last entry in the "
        "chronology below happened. The C&F assessment and the draft TAF plan are attached. Ms Miah consented to the "
        "step down at the CIN review in January, and the Lead Practitioner will be Afsana Chowdhury, Learning Mentor at "
        "Bigland Green Primary.",
        "",
        ("table", [["Child", "DOB"], ["Sumaiya Miah", "12/05/2064"], ["Arif Miah", "30/09/2068"]]),
        "",
        ("h", "Chronology"),
        ("table", [["When", "What"],
                   ["14/10/2072 22:50", "Police called to a domestic incident; Mr Miah arrested, NFA."],
                   ["03.03.73", "Initial CP conference: CP plan (neglect and emotional abuse)."],
                   ["2073-11-21", "Non-molestation order against Mr Miah (in force to November 2075); he moved out."],
                   ["09/07/74", "CP plan ended; Child in Need plan."],
                   ["Jan '75", "CIN review: good progress; step down to Early Help agreed; Ms Miah consents."],
                   ["Mon 18/03 (today) 11:40", "Ms Miah rang me in tears. Mr Miah, who she says she had not seen "
                    "since 2073, has been staying at the flat since Weds just gone. He is there now. He told her this "
                    "morning that he is taking the children out of school at lunchtime \"to see his family\", and she "
                    "is frightened of what he will do if she says no."]]),
        "",
        "I've told Ms Miah to call 999 if he turns up at the school, and I've rung the school office (lunch is at "
        "12:15). I can't get hold of my manager and I don't know who is on duty today, so I'm sending this to you as "
        "well as ringing MAST.",
        "",
        "Aoife Brennan",
        "Social Worker | Child in Need Team (Shadwell) | Tower Hamlets Council",
        "020 7946 0361",
    ]
    cfa = pdf_att("C&F assessment - Miah - 2075.pdf", "Child and Family Assessment - Miah (Mosaic 2288120)", [
        "Children: Sumaiya Miah (12/05/2064), Arif Miah (30/09/2068).",
        "Concluded 28/02/2075. Outcome: step down to a TAF with a Lead Practitioner.",
        "History: domestic abuse; CP plan 03/2073 - 07/2074; non-molestation order 21/11/2073."])
    plan = docx_att("Draft TAF plan - Miah.docx", [
        "# Draft TAF plan - Miah", "Lead Practitioner: Afsana Chowdhury (Bigland Green Primary).",
        "Goals: Arif's attendance; mum's confidence; the children's understanding of what happened."])
    top = outlook_top(f, addr("Brennan, Aoife", "Aoife.Brennan@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Miah - chronology updated today", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, ["2288120"],
        [ch("Sumaiya Miah", "2064-05-12", "12/05/2064"), ch("Arif Miah", "2068-09-30", "30/09/2068")],
        ["domestic_abuse"], True, None, [], None, "alert_duty",
        "URGENT IN THE LAST ROW OF A CHRONOLOGY THAT MIXES OLD AND NEW ENTRIES: five entries from 2072 to January 2075 "
        "in five date formats, then 'Mon 18/03 (today) 11:40': the father, under a non-molestation order, has been "
        "staying at the flat 'since Weds just gone', 'is there now' and says he will take the children out of school "
        "'at lunchtime' (12:15; the mail is sent at 12:02). Current -> urgent -> alert_duty (%s; %s, 'If there is an "
        "immediate child protection concern, contact MAST'). The step-down itself is complete (REQUIREMENTS.md "
        "tower_hamlets step_down: C&F assessment .pdf, TAF plan .docx, consent given in January, Lead Practitioner with "
        "agency) -> missing []. Word HTML with a text twin; children from the table. Concerns: domestic_abuse." % (RULE1, S_TH),
        not_children=["Aoife Brennan", "Afsana Chowdhury"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2075-01-11 09:12:30"
    body = T("""
MASH,

Contact for Lola-Mae Brooks, DOB 14/06/2072, EHM-741295. I'm still at the house (9 Foxhole Road, Paignton). Times are from this morning, Fri 11/01:

07:50 - arrived for a planned visit. No answer; Lola-Mae crying inside.
08:05 - Kerry (mum) opened the door. Smelled strongly of alcohol, slurring, unsteady on her feet. Said she got in at 03:00 after a night out.
08:10 - Lola-Mae in a soaked nappy, house cold (no heating on), an empty vodka bottle and broken glass on the living room floor within her reach. The friend who was meant to be babysitting left at about 01:00.
08:30 - mum fell asleep on the sofa while I was talking to her. There is no other adult here.
08:55 - Silas Penrose (my ATM) agreed on the phone that I should make a contact to MASH now.

I haven't been able to get mum's consent - she isn't in a fit state to give it. I'm staying with Lola-Mae until someone rings me back on 07700 900 472.

Morwenna Pascoe
Early Help Practitioner | Paignton Early Help Team | Torbay Council

Sent from my Galaxy
""")
    top = plain_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - Lola-Mae Brooks (2) - visit this morning", when, BDOM, None)
    add(f, phone_mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-741295"],
        [ch("Lola-Mae Brooks", "2072-06-14", "14/06/2072")],
        ["neglect", "substance_misuse"], None, True, ["consent"], None, "alert_duty",
        "URGENT, A 24-HOUR-CLOCK VISIT LOG ('07:50 ... 08:55') OF THIS MORNING: a 2-year-old alone with a mother too "
        "drunk to stay awake, broken glass within reach, a cold house; the practitioner is still there. Current -> "
        "urgent -> alert_duty (%s). TORBAY step-up, the lead professional's contact to MASH (%s, 'Step up processes from "
        "level 3 to level 4': 'a contact should be made to MASH with parental consent' after the worker and team manager "
        "agree; REQUIREMENTS.md torbay step_up: consent, manager_agreed): 'Silas Penrose (my ATM) agreed ... that I "
        "should make a contact to MASH now' -> manager true; 'I haven't been able to get mum's consent' -> null -> "
        "consent missing (alert_duty still comes first). Phone mail. No alarm word. Concerns: neglect; mum's drinking "
        "-> substance_misuse." % (RULE1, S_TB),
        not_children=["Morwenna Pascoe", "Silas Penrose"])

def torbay_02():
    f = "torbay_02.eml"; when = "2075-03-13 11:20:05"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Hocking family - a step down to level 3 from the Single Assessment Team.

Alfie Hocking - DOB 2071-08-19 (3)
Poppy Hocking - DOB 2074-01-05 (1)
LCS-2319056

Both children are under 5, so I understand they'll go to the under-5s triage with AFC.

- The Single Assessment is attached, with my analysis and the rationale for the step down.
- My TM, Lowenna Tregear, recorded her manager's analysis on LCS yesterday confirming the threshold is met for level 3.
- Mum consented to level 3 early help when I saw her on Monday.

The remaining needs are mum's postnatal depression (she is under the perinatal team) and her isolation since the family moved from Plymouth.

Thanks,
Rhys

Rhys Trevithick
Social Worker | Single Assessment Team | Torbay Council
01632 960 417
""") + BDISC
    sa = pdf_att("Single Assessment - Hocking - LCS-2319056.pdf", "Single Assessment - Hocking", [
        "Children: Alfie Hocking (19/08/2071), Poppy Hocking (05/01/2074). LCS-2319056.",
        "Social worker's analysis: needs no longer at level 4; mother's postnatal depression improving with the "
        "perinatal team; home conditions good; rationale for step down to level 3 coordinated support.",
        "Manager's analysis (Lowenna Tregear, Team Manager, 12/03/2075): threshold met for level 3 intervention."])
    top = outlook_top(f, addr("Trevithick, Rhys", "Rhys.Trevithick@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Hocking - L3 step down (LCS-2319056)", when)
    add(f, alt_text_mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2319056"],
        [ch("Alfie Hocking", "2071-08-19", "2071-08-19"), ch("Poppy Hocking", "2074-01-05", "2074-01-05")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "TORBAY step-down (%s, 'Step down process from Single Assessment Team' steps 1-4 and '*Please note step downs "
        "for under 5's heard fortnightly - AFC attending'; REQUIREMENTS.md torbay step_down: assessment, manager_agreed, "
        "consent): Single Assessment with analysis attached; 'recorded her manager's analysis ... confirming the "
        "threshold is met for level 3' -> manager true; 'Mum consented to level 3 early help' -> true -> complete -> "
        "book_meeting (both children under 5: the fortnightly under-5s triage, next Tue 26 March). Level 3 stated. ISO "
        "DOBs. Concerns: postnatal depression -> parental_mental_health." % S_TB,
        not_children=["Rhys Trevithick", "Lowenna Tregear"])

def torbay_03():
    f = "torbay_03.eml"; when = "2075-02-05 14:30:48"
    body = T("""
Hello MASH,

I'm making a contact to MASH for Evie Rowe (DOB 20/02/2066) and Jack Rowe (DOB 07/07/2069), EHM-740018, for a threshold discussion. Mum consents to the contact, and my ATM, Demelza Hicks, agreed yesterday that it needs to be considered for level 4.

The concern now is neglect: the home conditions have got much worse since November (dog mess, no beds - the children sleep on a mattress in the lounge), the children have missed dental and optician appointments, and Jack has been sent home from school with head lice three times this term.

Please read the history in the attached summary for what it is. The sexual abuse disclosure was in April 2074: Evie (then 8) disclosed abuse by a neighbour; police and social care investigated, the neighbour was convicted in November 2074 and is in prison, and the family moved house in August 2074. There is no contact and no current concern about that - Evie still sees the school counsellor and is doing well.

Kieran

Kieran O'Driscoll
Early Help Practitioner | Torquay Early Help Team | Torbay Council
""") + BDISC
    summ = pdf_att("Early Help summary - Rowe - Feb 2075.pdf", "Early Help summary - Rowe (EHM-740018)", [
        "04/2074: Evie disclosed sexual abuse by a neighbour. Strategy discussion; s47; police investigation.",
        "08/2074: family moved to a new address. 11/2074: neighbour convicted and sentenced to custody.",
        "11/2074 - 02/2075: home conditions deteriorating; missed dental and optician appointments; head lice.",
        "Engagement: mum engages with visits but the home has not improved."])
    top = outlook_top(f, addr("O'Driscoll, Kieran", "Kieran.ODriscoll@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Rowe family - neglect - EHM-740018", when)
    add(f, alt_text_mail(f, top, body, [summ]), "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-740018"],
        [ch("Evie Rowe", "2066-02-20", "20/02/2066"), ch("Jack Rowe", "2069-07-07", "07/07/2069")],
        ["neglect"], True, True, [], None, "book_meeting",
        "NEAR MISS - A SEXUAL ABUSE DISCLOSURE TOLD CLEARLY IN THE PAST: April 2074, investigated, the neighbour convicted "
        "and in prison, the family moved; 'There is no contact and no current concern about that'. No immediate risk "
        "now, and the historic sexual harm is not a current concern. TORBAY step-up (%s, 'Step up processes from level 3 "
        "to level 4', step 2; REQUIREMENTS.md torbay step_up): 'Mum consents to the contact' -> true; 'my ATM ... "
        "agreed yesterday that it needs to be considered for level 4' -> manager true -> complete -> book_meeting. "
        "Concerns now: home conditions, missed appointments, head lice -> neglect." % S_TB,
        not_children=["Kieran O'Driscoll", "Demelza Hicks"])

def torbay_04():
    f = "torbay_04.eml"; when = "2075-02-07 23:47:19"
    text = T("""
Hello,

Sorry to email this late, I didn't know who else to contact - the number on the Early Help leaflet just rings out after 5.

My son Charlie Lucas (7, DOB 03.09.2067) rang me at 23:20 tonight from his mum's phone, crying and whispering. He said his mum's boyfriend Shane hit him with a belt tonight because he wet the bed, and that his back hurts. He said his mum is asleep and Shane is still up. Then the phone went dead and nobody answers now.

I'm not allowed to go round there (there's a court order about contact) and I'm in Exeter with no car until tomorrow. I rang 101 and they said they'd pass it on but I don't know if anyone is going.

The address is 31 Coverdale Road, Paignton, TQ4 9ZR.

Please can someone check on him tonight. My number is 07700 900 691.

Gavin Lucas
""")
    html_body = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % esc(p).replace("\n", "<br>")
                                             for p in text.strip().split("\n\n")) + "</div>\n")
    alt = multipart("alternative", [text_part(text, cte="7bit" if text.isascii() else "quoted-printable"),
                                    text_part(html_body, "html")], gbnd(f, 1))
    top = [("From", addr("Gavin Lucas", "gavlucas.paignton@mail.example.com")), ("To", BEH),
           ("Subject", "my son Charlie - tonight"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<CA%s@mail.gmail.com>" % sha(f, "g")[:30])]
    add(f, build(top, alt, False), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Charlie Lucas", "2067-09-03", "03.09.2067")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, A FATHER'S EMAIL AT 23:47 ABOUT 'TONIGHT': his 7-year-old rang at 23:20 crying, saying his mother's "
        "boyfriend hit him with a belt tonight and his back hurts; the mother is asleep, the boyfriend is still up, the "
        "line went dead; police only told via 101. Happening tonight, out of hours -> urgent -> alert_duty (the "
        "Emergency Duty Team; %s; %s, 'Step up processes from level 3 to level 4', 'as per safeguarding processes'). A "
        "parent writing to the Early Help inbox from a Gmail account -> other. No alarm word. DOB '03.09.2067'. "
        "Concerns: physical_harm." % (RULE1, S_TB),
        not_children=["Gavin Lucas"])

def torbay_05():
    f = "torbay_05.eml"; when = "2075-03-26 08:58:12"
    ack = ack_text("contact to MASH (step-up)", "SB-torbay-5150", [
        "Case: EHM-739552", "Children: Isla Trelawny (11/11/2065), Ruben Trelawny (19/04/2068)"], [])
    body = T("""
Morning MASH,

A correction to my email yesterday afternoon - sorry for any alarm. I wrote that "dad was at the house last night and there was a lot of shouting". That was wrong: I was reading from my notes of Sunday 3 March, three weeks ago, which are already in my contact. Dad has not been to the house since 3 March; he is living in Bristol and contact with the children goes through his sister.

Nothing happened last night, and nothing has happened since 3 March. The contact stands as I sent it - the concerns are the children's school attendance and mum's low mood.

Jenna

Jenna Blackmore
Early Help Practitioner | Brixham Early Help Team | Torbay Council
""") + quote_chain([
        ("Torbay MASH <mash@torbay.gov.uk>", "25 March 2075 15:02", "Blackmore, Jenna <Jenna.Blackmore@torbay.gov.uk>",
         "[SB-torbay-5150] Contact to MASH received - EHM-739552", ack, None)])
    top = outlook_top(f, addr("Blackmore, Jenna", "Jenna.Blackmore@" + BDOM), addr("Torbay MASH", BMASH),
                      "RE: [SB-torbay-5150] Contact to MASH received - EHM-739552", when)
    add(f, alt_text_mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["EHM-739552"],
        [ch("Isla Trelawny", "2065-11-11", "11/11/2065"), ch("Ruben Trelawny", "2068-04-19", "19/04/2068")],
        ["parental_mental_health", "school_attendance"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A 'LAST NIGHT' CORRECTED TO THREE WEEKS AGO AND NEGATED: the practitioner withdraws yesterday's "
        "'dad was at the house last night' - the notes were from Sunday 3 March; 'Nothing happened last night, and "
        "nothing has happened since 3 March'; the father lives in Bristol. No current immediate risk. A reply to "
        "[SB-torbay-5150] -> follow_up -> attach_to_request (DESIGN.md; %s, the MASH contact of 'Step up processes from "
        "level 3 to level 4'). Children and DOBs from the quoted acknowledgement. Concerns as she restates them: school "
        "attendance and mum's low mood -> school_attendance, parental_mental_health." % S_TB,
        not_children=["Jenna Blackmore"])

def torbay_06():
    f = "torbay_06.eml"; when = "2075-03-15 10:05:31"
    data = google_reply(f, when, "Kerensa Hawke", "kerensa.hawke@afc-torbay.example.org.uk",
                        ("Early Help Torbay", BEH), "ACCEPTED",
                        "Under-5s triage - Hocking (LCS-2319056) [SB-torbay-5162]",
                        "20750326T113000Z", "20750326T120000Z", "Microsoft Teams",
                        "Tue 26 Mar 2075 11:30 - 12:00 (GMT)")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-2319056"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, plus invite.ics; times in UTC 'Z', "
        "GMT in March) from the AFC representative for the fortnightly under-5s triage on Tue 26 March 11:30 (%s: "
        "'step downs for under 5's heard fortnightly - AFC attending'). DESIGN.md: meeting_reply -> record_reply. Case "
        "id from the SUMMARY; no child named in full." % S_TB,
        not_children=["Kerensa Hawke"])

def torbay_07():
    f = "torbay_07.eml"; when = "2075-04-04 17:55:40"
    body = T("""
Hi Early Help,

Sending this eve before the long weekend - could I have a triage slot for Callum Yeo and his sister Kacey please (level 3 step down, LCS-2320871).

Callum Yeo - 22/02/2063
Kacey Yeo - 08/08/2065

The Single Assessment is attached. My TM is off until Tuesday 9th, so her analysis isn't on LCS yet - I'll ask her to add it first thing after Easter.

Mum's "thinking about" level 3 early help - I'm seeing her on Wednesday 10th and will ask her again then.

The worries are dad's drinking (he has started with the alcohol service) and Callum's attendance, which is 80%.

Have a good Easter,
Ellie

Ellie Chudleigh
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + BDISC
    sa = docx_att("Single Assessment - Yeo.docx", [
        "# Single Assessment - Callum and Kacey Yeo (LCS-2320871)",
        "Analysis: father's alcohol use reducing with the alcohol service; Callum's attendance 80%.",
        "Rationale: needs can be met by a level 3 coordinated response.",
        "Manager's analysis: (to be added)"])
    top = outlook_top(f, addr("Chudleigh, Ellie", "Ellie.Chudleigh@" + BDOM), addr("Early Help", BEH),
                      "triage slot please - Yeo - this eve", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["LCS-2320871"],
        [ch("Callum Yeo", "2063-02-22", "22/02/2063"), ch("Kacey Yeo", "2065-08-08", "08/08/2065")],
        ["school_attendance", "substance_misuse"], None, None, ["consent", "manager_agreed"], None, "request_info",
        "TORBAY step-down from the SASF team, sent at 17:55 BST on Thursday 4 April, the last working day before Good Friday (%s, 'Step down process from Safeguarding and "
        "Supporting Families Team and CWD team' steps 1-3; REQUIREMENTS.md torbay step_down): Single Assessment "
        "attached; 'My TM is off until Tuesday 9th, so her analysis isn't on LCS yet' -> manager not stated -> null -> "
        "missing; mum is 'thinking about' it and will be asked again on Wednesday 10th -> consent null -> missing -> "
        "request_info. Level 3 stated. Concerns: dad's drinking -> substance_misuse; 80%% -> school_attendance." % S_TB,
        not_children=["Ellie Chudleigh"])

def torbay_08():
    f = "torbay_08.eml"; when = "2075-01-23 14:41:09"
    body = T("""
Hi MASH,

Please see my notes from today's visit, attached. I think the family needs a threshold discussion.

Mum consents to the contact to MASH, and my ATM, Silas Penrose, agrees it needs considering for level 4.

Thanks,
Nadia

Nadia Kovač
Early Help Practitioner | Torquay Early Help Team | Torbay Council
""") + BDISC
    notes = txt_att("Visit notes 23.01.2075 - Symons.txt", T("""
HOME VISIT NOTES - Symons family - EHM-742660
Date: Wed 23/01/2075. Worker: Nadia Kovač (Early Help)
Child: Noah Symons, DOB 30/06/2071 (3)

1005  Arrived. Mum (Danielle) and Noah at home. Mum's partner Rob not there.
1020  Noah had his sleeves pushed up while playing. Three small round marks on his left forearm, about the size of a pencil end; two scabbed, one fresh and weeping. Noah pulled his sleeve down and said "Rob did a hot one".
1025  Mum said he "touched the heater". The heater is a flat panel radiator.
1040  Mum said Rob does the nursery pick-up at 1500 today and has Noah on his own this afternoon and evening while she works until 2200.
1050  Left. Rang my ATM from the car at 1120.
"""))
    top = outlook_top(f, addr("Kovač, Nadia", "Nadia.Kovac@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Symons - visit notes attached", when)
    add(f, mail(f, top, body, [notes]), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-742660"],
        [ch("Noah Symons", "2071-06-30", "30/06/2071")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHED .TXT VISIT NOTES (24-hour times without colons: 1020, 1500, 2200): a 3-year-old "
        "with three small round burns on his forearm, one fresh ('Rob did a hot one'), an explanation that does not fit, "
        "and the mother's partner collecting him 'at 1500 today' and caring for him alone until 2200. The covering body "
        "only asks for 'a threshold discussion'. Current -> urgent -> alert_duty (%s: 'Every part of every message is "
        "read for it - ... attachments'; %s). TORBAY step-up otherwise complete (REQUIREMENTS.md: 'Mum consents to the "
        "contact to MASH' -> true; 'my ATM ... agrees it needs considering for level 4' -> true). Child, DOB and "
        "EHM-742660 only in the attachment. No alarm word. Concerns: physical_harm." % (RULE1, S_TB),
        not_children=["Nadia Kovač", "Silas Penrose"], names_only_in_attachments=True)


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def eha_plan(title, lines):
    return [("# " + title), "Section 3 - Early Help Assessment Part 2 (mapping)"] + lines

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2075-01-03 09:35:14"
    body = T("""
Hi Early Help co-ordinators,

Happy New Year! First job on my first day back: following the decision at the end of my assessment on 20th December (the Thursday before we broke up), here is the Early Help Assessment step-down plan for the Griffiths sibling group, with mum's signed consent form. I talked it through with Verity at the Tuesday drop-in on 18th December.

Dylan Griffiths - 14.03.2064 - Mosaic 641220
Megan Griffiths - 02.09.2067 - Mosaic 641221
Osian Griffiths - 25.12.2072 - Mosaic 641222

Level 3 (intensive). Key person: Carys Bevan, Family Support Worker at Westfields Family Centre, agreed with mum and with Carys.

The remaining needs are mum's anxiety (she has started with Talking Therapies) and Dylan's attendance (86%).

Bronwen

Bronwen Price-Lloyd
Social Worker | Hereford Locality Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step down plan - Griffiths sibling group.docx", eha_plan(
        "Early Help Assessment step-down plan - Griffiths", [
            "Children: Dylan Griffiths (14/03/2064), Megan Griffiths (02/09/2067), Osian Griffiths (25/12/2072).",
            "What are we worried about? Mum's anxiety; Dylan's attendance (86%).",
            "What's working well? Mum asks for help; the children are close to their grandparents.",
            "Wellbeing plan - what needs to happen, by whom: Talking Therapies (mum, now); attendance plan (school, "
            "January); Family Support Worker visits weekly (Carys Bevan).",
            "Key person: Carys Bevan, Family Support Worker, Westfields Family Centre."]))
    consent = pdf_att("Consent form - Griffiths - signed 19.12.2074.pdf", "Consent to Early Help", [
        "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
        "Children: Dylan, Megan and Osian Griffiths.", "Signed: R. Griffiths (mother). Date: 19/12/2074."])
    top = outlook_top(f, addr("Price-Lloyd, Bronwen", "Bronwen.Price-Lloyd@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "Step down - Griffiths sibling group - assessment decision 20th Dec", when)
    add(f, alt_text_mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["641220", "641221", "641222"],
        [ch("Dylan Griffiths", "2064-03-14", "14.03.2064"), ch("Megan Griffiths", "2067-09-02", "02.09.2067"),
         ch("Osian Griffiths", "2072-12-25", "25.12.2072")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "HEREFORDSHIRE sibling-group step-down on the first working day after New Year (%s: 'the social worker will "
        "obtain written consent, identify a key person with the family, complete an Early Help Assessment step-down "
        "plan, and following a discussion with an early help co-ordinator, send it through ... within two weeks'; "
        "REQUIREMENTS.md herefordshire step_down: consent_form, draft_plan, lead_practitioner): the plan (.docx), the "
        "signed consent form (.pdf) and the key person with her agency -> complete -> book_meeting. The decision on "
        "Thursday 20 December 2074 and the plan on Friday 3 January 2075: exactly two weeks. Level 3 stated. DOBs "
        "dd.mm.yyyy; three bare Mosaic ids. Concerns: mum's anxiety -> parental_mental_health; 86%% -> "
        "school_attendance." % S_HF,
        not_children=["Bronwen Price-Lloyd", "Carys Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2075-01-30 13:15:02"
    body = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan for Kai Hughes (DOB 12/12/2067, Mosaic 639877). I talked it through with Xavier on Tuesday.

Key person: Sian Morgan, Family Support Worker, Kington Family Centre - agreed with mum.
Consent: mum agreed to the step down verbally at the CIN review on 22/01/2075. I'll get the written consent form signed at my next visit and send it on.

The chronology in the plan is long and some of it is frightening, so please read the dates:
22/03/2071 - Kai (then 3) admitted to the county hospital with a fractured femur; s47; father charged.
08.09.71 - Initial CP conference; CP plan (physical abuse).
2072-06-14 - father convicted and imprisoned; mother and Kai moved to Kington; no contact since.
Aug 2073 - CP plan ended; Child in Need.
11 Dec 2074 - CIN review: no concerns of any kind since 2071; step down recommended.

What we are working on now is Kai's speech and language and his EHCP application, and mum's isolation in a new area.

Tomasz

Tomasz Wróbel
Social Worker | Leominster and Kington Locality Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step down plan - Kai Hughes.docx", eha_plan("Early Help Assessment step-down plan - Kai Hughes", [
        "What are we worried about? Speech and language delay; EHCP needs assessment requested; mum isolated.",
        "Past harm: fractured femur 22/03/2071 (father; convicted 14/06/2072; no contact since).",
        "What needs to happen: SALT; EHCP; mum to the Kington parents' group. Key person: Sian Morgan."]))
    top = outlook_top(f, addr("Wróbel, Tomasz", "Tomasz.Wrobel@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kai Hughes - please read the dates in the chronology", when)
    add(f, alt_text_mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["639877"],
        [ch("Kai Hughes", "2067-12-12", "12/12/2067")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - A CHRONOLOGY OF OLD ENTRIES: a fractured femur at 3, a s47, a CP plan for physical abuse, a father "
        "charged and imprisoned - all 2071-73, in five date formats, the newest (11 Dec 2074) 'no concerns of any kind "
        "since 2071'. No current immediate risk; the historic physical harm is not a current concern. HEREFORDSHIRE "
        "step-down (%s; REQUIREMENTS.md: consent_form, draft_plan, lead_practitioner): plan attached, key person with "
        "agency; 'mum agreed to the step down verbally ... I'll get the written consent form signed' -> consent true but "
        "the written form is not there -> consent_form missing -> request_info (herefordshire_04 brings it). No level "
        "stated -> null. Concerns now: speech and language, EHCP -> disability_send." % S_HF,
        not_children=["Tomasz Wróbel", "Sian Morgan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2075-02-25 10:22:37"
    body = T("""
Dear MASH,

I saw Ellie-Mae Jones (DOB 21/10/2074, 4 months) with her mum at our 08:40 baby immunisation clinic this morning.

She has a blistered burn, about 2cm across, on the palm of her right hand. Mum said it happened the night before last (Saturday) when Ellie-Mae "grabbed the radiator" at her partner's flat. Ellie-Mae can't reach out and grab like that yet, and a radiator wouldn't leave this shape. Dr Hassan examined her at 09:15 and agrees the explanation doesn't fit. Nobody sought treatment for it over the weekend.

Mum has now gone to work (she does 10 till 6 at the garden centre) and Ellie-Mae is at home with mum's partner, who she calls Craig - mum wouldn't give us his surname or address.

Please can someone ring the surgery on 01632 960 612 and ask for me or Dr Hassan.

Lowri Davies
Practice Nurse | Wyeside Medical Practice
""")
    top = outlook_top(f, addr("Davies, Lowri", "lowri.davies@wyesidemp.example.nhs.uk"), addr("Herefordshire MASH", HMASH),
                      "Baby Ellie-Mae Jones (4 months) - burn to palm seen at 08:40 clinic", when,
                      mid_domain="wyesidemp.example.nhs.uk")
    add(f, alt_text_mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ellie-Mae Jones", "2074-10-21", "21/10/2074")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, 'THE NIGHT BEFORE LAST (SATURDAY)' SEEN ON A MONDAY MORNING: a 4-month-old with a blistered burn to the "
        "palm, an explanation a GP says does not fit, no treatment sought, and the baby now at home with the mother's "
        "partner whose surname and address she will not give. Current -> urgent -> alert_duty (%s). A practice nurse's "
        "report to the Herefordshire MASH address -> other (%s covers step-down only; an undefined or other kind would "
        "go to human review, but urgent comes first). No alarm word. Concerns: physical_harm." % (RULE1, S_HF),
        not_children=["Lowri Davies"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2075-02-05 15:10:44"
    ack = ack_text("step-down", "SB-herefordshire-1822", [
        "Mosaic: 639877", "Children: Kai Hughes (12/12/2067)"], ["the family's written consent form"])
    text = T("""
Hello,

As promised on Weds just gone, here's the signed consent form for Kai Hughes - mum signed it at my visit this morning.

Tomasz

Sent from my iPad

On 30 Jan 2075, at 13:24, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-1822", ack.rstrip("\n").split("\n"))
    form = pdf_att("Consent form - Kai Hughes - signed 05.02.2075.pdf", "Consent to Early Help", [
        "I agree to the step down of my son Kai Hughes to Early Help and to the step-down plan.",
        "Signed: L. Hughes (mother). Date: 05/02/2075."])
    top = plain_top(f, addr("Wróbel, Tomasz", "Tomasz.Wrobel@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1822] Step-down received - missing: written consent form", when, HDOM,
                    "iPad Mail (22B91)")
    add(f, iphone_mail(f, top, text, [form]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["639877"],
        [ch("Kai Hughes", "2067-12-12", "12/12/2067")],
        [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP, 'AS PROMISED ON WEDS JUST GONE': from Tuesday 5 February, Wednesday 30 January - the day "
        "herefordshire_02 promised the written form. iPad Mail reply to [SB-herefordshire-1822] with the acknowledgement "
        "quoted with '>' and the signed consent form (.pdf) -> follow_up -> attach_to_request. 'mum signed it at my visit "
        "this morning' -> consent true (%s: 'the social worker will obtain written consent'). Child, DOB and Mosaic id "
        "from the quoted acknowledgement; no concern described." % S_HF)

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2075-03-14 10:50:26"
    body = T("""
Hi,

I'm not sure this is the right inbox, but I'd like to step the Powell family up to children's social care ahead of Mr Powell's release in the summer. My manager, Adrian Pugh, agreed I should send it.

Tia Powell - DOB 05/05/2066
Reece Powell - DOB 15/01/2070
Mosaic 640551

Mr Powell has a 2067 conviction for assaulting Tia when she was a baby. He is serving a sentence for other offences and his release date on licence is 20 June 2075. Probation say his licence will include an exclusion zone and a no-contact condition. Mum says she won't let him back, but the children have started asking to see him.

To be clear, nothing is happening now - he is in custody until June - but I'd like social care involved before then so there is a plan in place.

Meanwhile: Tia's attendance is 79% and mum's depression has been worse since Christmas.

Ruth Ellison
Early Help Practitioner | Herefordshire Early Help (North)
""") + HDISC
    top = outlook_top(f, addr("Ellison, Ruth", "Ruth.Ellison@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up to social care? - Powell family - ahead of dad's release in June", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_up", False, None, ["640551"],
        [ch("Tia Powell", "2066-05-05", "05/05/2066"), ch("Reece Powell", "2070-01-15", "15/01/2070")],
        ["parental_mental_health", "school_attendance"], None, True, [], None, "human_review",
        "NEAR MISS - A RISK PLANNED FOR MONTHS AHEAD: the father (a 2067 conviction for assaulting Tia as a baby) is in "
        "custody until his release on licence on 20 June 2075, with an exclusion zone and no-contact condition; 'nothing "
        "is happening now'. No current immediate risk. A STEP-UP TO HEREFORDSHIRE, whose protocol defines none (%s "
        "covers step-down only; REQUIREMENTS.md: 'step_up is not defined by this seed') -> human_review, missing [] and "
        "notice null. 'My manager ... agreed I should send it' -> manager true; consent not mentioned -> null. Concerns "
        "now: 79%% -> school_attendance; mum's depression -> parental_mental_health (the old assault is historic)." % S_HF,
        not_children=["Ruth Ellison", "Adrian Pugh"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2075-03-18 09:07:18"
    body = T("""
Hi co-ordinators,

Please find attached the Early Help Assessment step-down plan for Jayden Baker and his sister Ruby, and mum's signed consent form. Level 3. Key person: Hollie Parry, Family Support Worker, Leominster Children's Centre - agreed with mum and with Hollie. I talked it through with Verity at the drop-in on Tuesday 12th.

Jayden Baker - 19/08/2066
Ruby Baker - 02/02/2070
Mosaic 638441

The remaining needs are mum's depression and the children's routines.

Thanks,
Ffion

Ffion Gwilliam
Social Worker | Leominster Locality Team | Herefordshire Council

PS - since drafting this over the weekend: Leominster Primary rang at 08:50. Jayden came in this morning with a cut lip and bruising behind his ear and told his teacher that mum's new partner "lost it with him" last night. He's in school now, but the partner is down to collect both children at 3.15. Please hold the step-down - I'm heading to the school now and will phone MASH from the car.
""") + HDISC
    plan = docx_att("EHA step down plan - Baker.docx", eha_plan("Early Help Assessment step-down plan - Baker", [
        "Children: Jayden Baker (19/08/2066), Ruby Baker (02/02/2070). Mosaic 638441.",
        "Worries: mum's depression; bedtime and morning routines.",
        "Wellbeing plan: GP review (mum); routine chart and weekly visits (Hollie Parry, Leominster Children's Centre)."]))
    consent = pdf_att("Signed consent - Baker - 14.03.2075.pdf", "Consent to Early Help", [
        "I consent to Early Help support for Jayden and Ruby Baker.", "Signed: K. Baker (mother). Date: 14/03/2075."])
    top = outlook_top(f, addr("Gwilliam, Ffion", "Ffion.Gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Baker children (Mosaic 638441)", when)
    add(f, alt_text_mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["638441"],
        [ch("Jayden Baker", "2066-08-19", "19/08/2066"), ch("Ruby Baker", "2070-02-02", "02/02/2070")],
        ["parental_mental_health", "physical_harm"], True, None, [], None, "alert_duty",
        "URGENT IN A P.S. ADDED TO A STEP-DOWN DRAFTED OVER THE WEEKEND: school rang at 08:50 - a boy with a cut lip and "
        "bruising behind the ear says his mother's new partner 'lost it with him' last night, and that partner collects "
        "both children at 3.15 today. Current -> urgent -> alert_duty (%s; %s). The step-down fields are still read: "
        "plan (.docx), signed consent form (.pdf), key person with agency -> missing []; level 3 stated. Concerns: "
        "mum's depression -> parental_mental_health; the assault -> physical_harm." % (RULE1, S_HF),
        not_children=["Ffion Gwilliam", "Hollie Parry"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2075-03-28 16:40:55"
    comment = ("I'll be there unless court runs over. Note it's 10:00 on Tues 2 April - the clocks go forward this "
               "Sunday, so that's 10 o'clock BST.")
    data = itip_reply(f, when, "Jack Pritchard-Hale", "Jack.Pritchard-Hale@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "TENTATIVE", "Step-down drop-in - Evans (Mosaic 642010) [SB-herefordshire-1904]",
                      "20750402T100000", "20750402T103000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["642010"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT about the clocks going forward: the Tuesday drop-in "
        "(%s: 'To be available for Tuesday morning step-down drop-in') on 2 April at 10:00 (DTSTART with TZID 'GMT "
        "Standard Time', i.e. 09:00 UTC once BST has begun on 31 March), replied to on Thursday 28 March (still GMT). "
        "DESIGN.md: meeting_reply -> record_reply. Case id from the SUMMARY; no child named." % S_HF,
        not_children=["Jack Pritchard-Hale"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2075-04-02 09:40:03"
    note = T("""
EDT NOTIFICATION
Logged: 26/03/2075 20:47
Caller: neighbour (anonymous)
Address: 14 Bargates Close, Leominster HR6 9ZZ
Children: Lily Price (approx. 9), Mason Price (approx. 6)
Report: the children have been home alone since about 17:00 tonight; their mum is not answering her phone; the younger one was crying at the window.
Action: police asked to attend; EDT to follow up tonight.
""")
    body = T("""
Good morning,

Resending this for your records - our system sent it to the wrong inbox last Tuesday. Please note the date: it was written on Tuesday 26 March, so the "tonight" in it was last Tuesday night.

It was dealt with that night. Police attended at 21:50 and found that Ms Price had been stuck on a broken-down bus; she got home at 22:15. Lily and Mason were safe and well, in their pyjamas watching TV. No further action by police or EDT. The family's Early Help worker visited the next morning and has added a back-up childcare plan to their Early Help plan.

No action needed - for the file only.

Pam Whitcombe
Senior Practitioner | Emergency Duty Team | Herefordshire Council
""") + quote_chain([
        ("EDT Notifications <edt-notifications@herefordshire.gov.uk>", "26 March 2075 20:47",
         "Early Help Admin <earlyhelpadmin@herefordshire.gov.uk>",
         "EDT notification - children home alone tonight - Price", note, None)]) + "\n" + HDISC
    top = outlook_top(f, addr("Whitcombe, Pam", "Pam.Whitcombe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: EDT notification 26/03/2075 20:47 - children home alone tonight - Price", when)
    add(f, alt_text_mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Lily Price"), ch("Mason Price")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN EDT NOTIFICATION RESENT A WEEK LATE, WHOSE 'TONIGHT' WAS LAST TUESDAY: the forwarded notice "
        "('home alone since about 17:00 tonight', 'EDT to follow up tonight') was logged on Tuesday 26 March (GMT) and is resent on Tuesday 2 April (BST); the covering note "
        "says it was dealt with that night (police at 21:50, mother home at 22:15, children safe and well, no further "
        "action) and 'No action needed - for the file only'. No current immediate risk. Not a step request -> other -> "
        "human_review (%s covers step-down only). Children named in full without DOBs; the episode is resolved, so no "
        "current concern -> concerns []." % S_HF,
        not_children=["Pam Whitcombe"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
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
assert all(ids <= DOC_IDS | FACT_IDS for ids in REQ.values())
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}

# England & Wales bank holidays in 2074-75 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares). None falls inside the window: New Year's Day (Tuesday 1 January 2075) is the day before
# it starts; Good Friday (5 April) and Easter Monday (8 April 2075) come straight after it ends.
BANK_HOLIDAYS = {date(2074, 1, 1), date(2074, 4, 13), date(2074, 4, 16), date(2074, 5, 7), date(2074, 5, 28),
                 date(2074, 8, 27), date(2074, 12, 25), date(2074, 12, 26),
                 date(2075, 1, 1), date(2075, 4, 5), date(2075, 4, 8), date(2075, 5, 6), date(2075, 5, 27),
                 date(2075, 8, 26), date(2075, 12, 25), date(2075, 12, 26)}
IN_WINDOW = {}
EASTER = {date(2075, 4, 5): "Good Friday", date(2075, 4, 8): "Easter Monday"}     # both just after the window
# The spring term: from the first working day after New Year's Day to the last working day before Good Friday.
WINDOW = (datetime(2075, 1, 2, tzinfo=LON), datetime(2075, 4, 4, 23, 59, 59, tzinfo=LON))
# GMT until 01:00 UTC on Sunday 31 March 2075, then BST until 01:00 UTC on Sunday 27 October 2075.
BST_START = datetime(2075, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2075, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2075

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '14th Nov 2066', '8 January 2061'."""
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

YEAR = re.compile(r"\b(2\d{3})\b")      # a standalone 4-digit number starting with 2 (hex ids are not standalone)
NOT_YEARS = {"torbay_08.eml": {"2200"}}   # a 24-hour time written without a colon ("works until 2200")
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
    if e["urgent"] is not (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS: err("missing ids not in the contract")
    if "Seed" not in lab["why"] and "seed" not in lab["why"] and "DESIGN" not in lab["why"]:
        err("why names no rule (seed / DESIGN)")
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
    if now.astimezone(LON).date() != d.astimezone(LON).date(): err("now on another London day than the Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR and y not in NOT_YEARS.get(f, ()):
            err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
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
    errors += date_phrase_checks()
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


# ----------------------------------------------------------------------------- dates written in words, checked
WEEKDAY = re.compile(r"(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")
WD_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# (file, phrase as written, the date it means). The phrase must be in the readable text, and any weekday word in it
# must be that date's weekday.
DATE_PHRASES = [
    ("knowsley_01.eml", "Tuesday 9th April at 10:00", date(2075, 4, 9)),
    ("knowsley_01.eml", "on Friday (29th)", date(2075, 3, 29)),
    ("knowsley_02.eml", "next Weds, 13/03/2075", date(2075, 3, 13)),
    ("knowsley_02.eml", "Wednesday, 6 March 2075 15:47", date(2075, 3, 6)),
    ("knowsley_02.eml", "Tuesday 5th", date(2075, 3, 5)),
    ("knowsley_03.eml", "Weds 20th March at 13:30", date(2075, 3, 20)),
    ("knowsley_03.eml", "the night before last (Tuesday)", date(2075, 3, 12)),
    ("knowsley_04.eml", "Thursday 24th January", date(2075, 1, 24)),
    ("knowsley_06.eml", "next Weds 23rd January", date(2075, 1, 23)),
    ("knowsley_07.eml", "Monday night (4th March", date(2075, 3, 4)),
    ("knowsley_07.eml", "Weds 13th March", date(2075, 3, 13)),
    ("knowsley_07.eml", "Wednesday 13 March 2075", date(2075, 3, 13)),
    ("knowsley_08.eml", "Mon 04/03 at 14:00", date(2075, 3, 4)),
    ("richmond_wandsworth_02.eml", "Tuesday 5 February", date(2075, 2, 5)),
    ("richmond_wandsworth_03.eml", "Thurs 24th at 2pm", date(2075, 1, 24)),
    ("richmond_wandsworth_04.eml", "20750227T140000", date(2075, 2, 27)),
    ("richmond_wandsworth_06.eml", "Thursday 7 February 2075", date(2075, 2, 7)),
    ("richmond_wandsworth_06.eml", "Sun 13/01/2075", date(2075, 1, 13)),
    ("richmond_wandsworth_07.eml", "Thursday 7 March 2075", date(2075, 3, 7)),
    ("richmond_wandsworth_08.eml", "Monday 25th March", date(2075, 3, 25)),
    ("tower_hamlets_02.eml", "Friday 4 January", date(2075, 1, 4)),
    ("tower_hamlets_02.eml", "Thursday 17 January", date(2075, 1, 17)),
    ("tower_hamlets_05.eml", "Sat 16/03/2075", date(2075, 3, 16)),
    ("tower_hamlets_05.eml", "Mon 18/03/2075", date(2075, 3, 18)),
    ("tower_hamlets_05.eml", "Sun 17/03", date(2075, 3, 17)),
    ("tower_hamlets_06.eml", "last Wednesday evening (27 February)", date(2075, 2, 27)),
    ("tower_hamlets_06.eml", "Wed, 27 Feb 2075 at 21:14", date(2075, 2, 27)),
    ("tower_hamlets_06.eml", "Friday 1 March", date(2075, 3, 1)),
    ("tower_hamlets_07.eml", "Friday 29 March", date(2075, 3, 29)),
    ("tower_hamlets_07.eml", "Tuesday 9 April", date(2075, 4, 9)),
    ("tower_hamlets_08.eml", "Mon 18/03 (today) 11:40", date(2075, 3, 18)),
    ("torbay_01.eml", "Fri 11/01", date(2075, 1, 11)),
    ("torbay_05.eml", "Sunday 3 March", date(2075, 3, 3)),
    ("torbay_06.eml", "Tue 26 Mar 2075 11:30", date(2075, 3, 26)),
    ("torbay_08.eml", "Wed 23/01/2075", date(2075, 1, 23)),
    ("herefordshire_01.eml", "20th December (the Thursday", date(2074, 12, 20)),
    ("herefordshire_01.eml", "Tuesday drop-in on 18th December", date(2074, 12, 18)),
    ("herefordshire_03.eml", "the night before last (Saturday)", date(2075, 2, 23)),
    ("herefordshire_06.eml", "Tuesday 12th", date(2075, 3, 12)),
    ("herefordshire_07.eml", "Tues 2 April", date(2075, 4, 2)),
    ("herefordshire_08.eml", "Tuesday 26 March", date(2075, 3, 26)),
    ("torbay_07.eml", "Tuesday 9th", date(2075, 4, 9)),
    ("torbay_07.eml", "Wednesday 10th", date(2075, 4, 10)),
]

# Relative time words, resolved from the London date of `now` (the day the mail is read as sent).
def night_before_last(today):
    return today - timedelta(days=2)

def weds_just_gone(today):
    d = today - timedelta(days=1)
    while d.weekday() != 2:
        d -= timedelta(days=1)
    return d

def week_on_thursday(today):
    d = today + timedelta(days=1)
    while d.weekday() != 3:
        d += timedelta(days=1)
    return d + timedelta(days=7)

RELATIVE = [
    ("knowsley_03.eml", "the night before last", night_before_last, date(2075, 3, 12)),
    ("knowsley_07.eml", "the night before last", night_before_last, date(2075, 3, 4)),
    ("richmond_wandsworth_02.eml", "the night before last", night_before_last, date(2075, 2, 5)),
    ("herefordshire_03.eml", "the night before last", night_before_last, date(2075, 2, 23)),
    ("richmond_wandsworth_05.eml", "Weds just gone", weds_just_gone, date(2075, 3, 6)),
    ("tower_hamlets_03.eml", "Weds just gone", weds_just_gone, date(2075, 2, 13)),
    ("tower_hamlets_08.eml", "Weds just gone", weds_just_gone, date(2075, 3, 13)),
    ("herefordshire_04.eml", "Weds just gone", weds_just_gone, date(2075, 1, 30)),
    ("knowsley_04.eml", "a week on Thursday", week_on_thursday, date(2075, 1, 24)),
]

def date_phrase_checks():
    errors = []
    for f, phrase, d in DATE_PHRASES:
        try:
            text = readable(parse(f))
        except Exception as ex:
            errors.append("%s: unreadable for the date check (%r)" % (f, ex)); continue
        if phrase not in text:
            errors.append("%s: date phrase %r not in the text" % (f, phrase))
        for w in WEEKDAY.findall(phrase):
            if WD_INDEX[w[:3].lower()] != d.weekday():
                errors.append("%s: %r names a %s but %s is a %s" % (f, phrase, w, d, d.strftime("%A")))
        if not (WINDOW[0].date() - timedelta(days=30) <= d <= date(MAX_YEAR, 12, 31)):
            errors.append("%s: date %s out of range" % (f, d))
    for f, phrase, fn, d in RELATIVE:
        if phrase not in readable(parse(f)):
            errors.append("%s: relative phrase %r not in the text" % (f, phrase))
        got = fn(_today(f))
        if got != d:
            errors.append("%s: %r from %s resolves to %s, not %s" % (f, phrase, _today(f), got, d))
    return errors


# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
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

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _cal(msg):
    c = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    return c[0].get_payload(decode=True).decode("utf-8").replace("\r\n ", "") if c else ""

def _single_b64_lf(msg):
    return (not msg.is_multipart() and msg["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in msg.get_payload(decode=True))

def _k01(msg):
    d = _date(msg)
    n = _now("knowsley_01.eml")
    return (msg["Date"].endswith("+0100") and d.astimezone(LON).strftime("%a %H") == "Mon 00"
            and n.astimezone(UTC).date() == date(2075, 3, 31) and n.astimezone(LON).date() == date(2075, 4, 1)
            and "Sunday night" in _plain(msg) and not msg.is_multipart())

def _k02(msg):
    p = _plain(msg)
    top, rest = p.split(SEP, 1)
    return (str(msg["Subject"]).startswith("FW: ") and "a week today" in rest and "a week today" not in top
            and "Sent: Wednesday, 6 March 2075 15:47" in rest and sorted(_exts(msg)) == ["docx", "pdf", "pdf"])

def _k03(msg):
    p = _plain(msg)
    return (p.find("UPDATE 11:25") > p.find("TAF minutes will follow") > 0 and "throat" not in p.split("UPDATE")[0]
            and "half three today" in p)

def _k05(msg):
    return _single_b64_lf(msg) and "this eve" in _plain(msg) and "7 tonight" in _plain(msg)

def _k06(msg):
    d = _date(msg).astimezone(LON)
    return d.strftime("%a %H:%M") == "Wed 23:52" and _today("knowsley_06.eml") == d.date()

def _k08(msg):
    t = readable(msg)
    return _no_plain(msg) and "Mon 04/03" in t and "April" not in t

def _r01(msg):
    return (_date(msg).astimezone(LON).hour == 0 and "as we speak" in re.sub(r"\s+", " ", _plain(msg))
            and msg.get_param("format") == "flowed")

def _r04(msg):
    c = _cal(msg)
    return "METHOD:REPLY" in c and "PARTSTAT=DECLINED" in c and "COMMENT" in c and "right now" in c.replace("\\n", " ")

def _r06(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and msg["Precedence"] is None

def _t04(msg):
    p = _plain(msg)
    body, ps = p.split("PS - ", 1)
    return body.strip().startswith("Hi MAST,\n\nMARF attached as requested.") and "Sadia Islam" in body and "black eye" in ps

def _t06(msg):
    h = html_text(msg.get_content())
    return (_no_plain(msg) and "Date: Wed, 27 Feb 2075 at 21:14" in h
            and (_date(msg).astimezone(LON).date() - date(2075, 2, 27)).days == 7)

def _t08(msg):
    rows = re.findall(r"<tr style='mso-yfti-irow:(\d+)", msg.get_body(("html",)).get_content())
    t = readable(msg)
    return (len(rows) == 3 + 7 and t.find("Mon 18/03 (today)") > t.find("Jan '75") > t.find("09/07/74") > 0)

def _b04(msg):
    return _date(msg).astimezone(LON).strftime("%H") == "23" and "tonight" in _plain(msg)

def _b06(msg):
    c = _cal(msg)
    return "DTSTART:20750326T113000Z" in c and "PARTSTAT=ACCEPTED" in c

def _b08(msg):
    bt = body_text(msg)
    att = [p for p in _att(msg) if p.get_filename().endswith(".txt")]
    a = att[0].get_payload(decode=True).decode("utf-8") if att else ""
    return "hot one" not in bt and "burn" not in bt.lower() and "Rob did a hot one" in a and "1500 today" in a

def _h06(msg):
    p = _plain(msg)
    return p.find("PS - since drafting this") > p.find("Ffion Gwilliam\nSocial Worker") > 0

def _h07(msg):
    c = _cal(msg)
    return "PARTSTAT=TENTATIVE" in c and "DTSTART;TZID=GMT Standard Time:20750402T100000" in c

def _h08(msg):
    p = _plain(msg)
    return ("Logged: 26/03/2075 20:47" in p.split(SEP, 1)[1] and msg["Date"].endswith("+0100")
            and (_date(msg).astimezone(LON).date() - date(2075, 3, 26)).days == 7)

def _quiet(msg):
    return not ALARM.search(readable(msg))

CUSTOM = [
    ("knowsley_01.eml", "00:27 BST on Monday 1 April = Sunday 31 March in UTC; 'Sunday night'; plain text", _k01),
    ("knowsley_02.eml", "FW: with 'a week today' only in the week-old quoted block; docx + 2 pdf", _k02),
    ("knowsley_03.eml", "the urgent UPDATE after the request; 'half three today'", _k03),
    ("knowsley_05.eml", "phone mail: one base64 text/plain, LF; 'this eve'", _k05),
    ("knowsley_06.eml", "sent Wednesday 23:52, now the same London day", _k06),
    ("knowsley_08.eml", "HTML-only; 'Mon 04/03'; no 'April'", _k08),
    ("richmond_wandsworth_01.eml", "00:41, 'as we speak', format=flowed", _r01),
    ("richmond_wandsworth_04.eml", "DECLINED reply whose COMMENT says 'right now'", _r04),
    ("richmond_wandsworth_06.eml", "bulletin: List-Id, no Auto-Submitted, no Precedence", _r06),
    ("tower_hamlets_01.eml", "phone mail: one base64 text/plain, LF", _single_b64_lf),
    ("tower_hamlets_04.eml", "one-line body; the risk only in the PS after the signature", _t04),
    ("tower_hamlets_06.eml", "HTML-only forward of a message sent exactly a week earlier", _t06),
    ("tower_hamlets_08.eml", "the urgent entry is the last row of the chronology, after the old ones", _t08),
    ("torbay_01.eml", "phone mail: one base64 text/plain, LF", _single_b64_lf),
    ("torbay_04.eml", "sent after 23:00 about 'tonight'", _b04),
    ("torbay_06.eml", "Google reply with UTC times", _b06),
    ("torbay_08.eml", "the burns only in the .txt attachment", _b08),
    ("herefordshire_06.eml", "the risk only in the PS after the signature", _h06),
    ("herefordshire_07.eml", "TENTATIVE with a TZID start after BST begins", _h07),
    ("herefordshire_08.eml", "the quoted EDT notification (GMT) is exactly a week old; resent in BST", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "has given her consent to the referral to Family First", "consent", True),
    ("knowsley_02.eml", "I agreed the step up with Jodie", "manager_agreed", True),
    ("knowsley_03.eml", "agreed the step up on Tuesday", "manager_agreed", True),
    ("knowsley_04.eml", "I'll confirm her consent at the CIN meeting", "consent", None),
    ("knowsley_06.eml", "agreed the step up on Tuesday", "manager_agreed", True),
    ("knowsley_06.eml", "does not agree with the step up and won't sign anything", "consent", False),
    ("knowsley_08.eml", "Dad and Simran both agreed to the step down", "consent", True),
    ("richmond_wandsworth_02.eml", "I agree with the plan to step the Henriques family up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "knows about the step up and agrees to it", "consent", True),
    ("richmond_wandsworth_03.eml", "declined to give her consent", "consent", False),
    ("richmond_wandsworth_05.eml", "I have agreed the plan", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "is aware of the referral and has agreed to it", "consent", True),
    ("richmond_wandsworth_07.eml", "consent is now given", "consent", True),
    ("richmond_wandsworth_08.eml", "Ms Asante consents to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_02.eml", "Ms Rahman consents to the step down", "consent", True),
    ("tower_hamlets_03.eml", "dad gave his consent to the step down", "consent", True),
    ("tower_hamlets_05.eml", "doesn't think this meets the threshold for MAST yet", "manager_agreed", False),
    ("tower_hamlets_05.eml", "Ms Osman agrees to the referral to MAST", "consent", True),
    ("tower_hamlets_08.eml", "Ms Miah consented to the step down", "consent", True),
    ("torbay_01.eml", "I haven't been able to get mum's consent", "consent", None),
    ("torbay_01.eml", "agreed on the phone that I should make a contact to MASH now", "manager_agreed", True),
    ("torbay_02.eml", "confirming the threshold is met for level 3", "manager_agreed", True),
    ("torbay_02.eml", "Mum consented to level 3 early help", "consent", True),
    ("torbay_03.eml", "Mum consents to the contact", "consent", True),
    ("torbay_03.eml", "agreed yesterday that it needs to be considered for level 4", "manager_agreed", True),
    ("torbay_07.eml", "My TM is off until Tuesday 9th, so her analysis isn't on LCS yet", "manager_agreed", None),
    ("torbay_07.eml", "Mum's \"thinking about\" level 3 early help", "consent", None),
    ("torbay_08.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_08.eml", "agrees it needs considering for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "with mum's signed consent form", "consent", True),
    ("herefordshire_02.eml", "mum agreed to the step down verbally", "consent", True),
    ("herefordshire_04.eml", "mum signed it at my visit this morning", "consent", True),
    ("herefordshire_05.eml", "agreed I should send it", "manager_agreed", True),
    ("herefordshire_06.eml", "mum's signed consent form", "consent", True),
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

# The whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_06.eml", "knowsley_03.eml", "knowsley_05.eml",
                  "richmond_wandsworth_01.eml", "richmond_wandsworth_04.eml", "torbay_01.eml", "torbay_04.eml",
                  "torbay_08.eml", "tower_hamlets_01.eml", "tower_hamlets_04.eml", "tower_hamlets_08.eml"]
# file: (working days, plain weekdays), both from the London date of `now`
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 6), "knowsley_02.eml": (1, 1), "knowsley_03.eml": (4, 4),
                   "knowsley_04.eml": (7, 7), "knowsley_06.eml": (5, 5), "knowsley_08.eml": (2, 2)}
# The misreadings each count is built to catch: (what a careless reader does, the day counted from, the meeting day).
# Each gives the opposite answer to the label (set_checks() asserts it).
MISREADINGS = {
    "knowsley_01.eml": [("counts plain weekdays over Easter", None, None),
                        ("counts from the UTC date of now (Sun 31 March)", date(2075, 3, 31), date(2075, 4, 9))],
    "knowsley_02.eml": [("counts from the forwarded message's 'today' (Wed 6 March)", date(2075, 3, 6), date(2075, 3, 13))],
    "knowsley_04.eml": [("reads 'a week on Thursday' as this Thursday (17 January)", date(2075, 1, 15), date(2075, 1, 17))],
    "knowsley_06.eml": [("takes 23:52 as the next day", date(2075, 1, 17), date(2075, 1, 23))],
    "knowsley_08.eml": [("reads 04/03 as 3 April (month/day)", date(2075, 2, 28), date(2075, 4, 3))],
}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2074, 2075])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if d.year == 2075 and ("Easter" in pkg.get(d) or "Good Friday" in pkg.get(d))}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2075 is %s, expected %s just after the window" % (easter, EASTER))
    # the window: Wednesday 2 January (the first working day after New Year's Day) to Thursday 4 April (the last
    # working day before Good Friday)
    if not (WINDOW[0].date() == date(2075, 1, 2) and WINDOW[0].weekday() == 2 and date(2075, 1, 1) in BANK_HOLIDAYS
            and WINDOW[1].date() == date(2075, 4, 4) and WINDOW[1].weekday() == 3
            and WINDOW[1].date() + timedelta(days=1) in BANK_HOLIDAYS):
        errors.append("set: the window must run from Wednesday 2 January to Thursday 4 April 2075")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2075, 3) and BST_END.date() == last_sun(2075, 10)):
        errors.append("set: BST must start on the last Sunday of March 2075 and end on the last Sunday of October")
    if datetime(2075, 3, 30, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
            datetime(2075, 3, 31, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
        errors.append("set: Europe/London must change from GMT to BST on 31 March 2075")
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
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 8:
        errors.append("set: only %d urgent mails avoid every alarm word (need 8)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    for f, wrongs in MISREADINGS.items():
        label_ok = _exp(f)["notice_ok"]
        for what, frm, to in wrongs:
            n = counts.get(f, (0, 0))[1] if frm is None else working_days(frm, to)
            if (n >= 5) == label_ok:
                errors.append("%s: the misreading '%s' (%d) would give the label's own answer" % (f, what, n))
    if not any(_today(f) < h <= META[f]["meeting"] for f in counts for h in EASTER):
        errors.append("set: no Knowsley count crosses Easter")
    before = sum(1 for l in LABELS if datetime.fromisoformat(l["now"]) < BST_START)
    if offsets.get("+0000", 0) != before or offsets.get("+0100", 0) != 40 - before or set(offsets) - {"+0000", "+0100"}:
        errors.append("set: Date offsets %s do not follow GMT/BST (%d mails before 31 March)" % (offsets, before))
    if not (offsets.get("+0100", 0) >= 3):
        errors.append("set: at least three mails must be dated in BST")
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

def _shift_date(f, old, new, days=0):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    lab["now"] = (datetime.fromisoformat(lab["now"]) + timedelta(days=days)).isoformat()

def _set_window_end(d):
    globals()["WINDOW"] = (WINDOW[0], datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=LON))

FAULTS = [
    ("knowsley_01's notice labelled ok (Easter ignored)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_01's now written in UTC (the same instant, +00:00)",
     lambda: _relabel("knowsley_01.eml", now="2075-03-31T23:31:14+00:00"), "now offset differs from the Date header's"),
    ("knowsley_01's Date given +0000", lambda: _sub("knowsley_01.eml", b"00:27:14 +0100", b"00:27:14 +0000"),
     "Date offset should be +0100"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2075, 4, 5)),
     "bank holidays differ"),
    ("knowsley_08's 04/03 read as 3 April", lambda: META["knowsley_08.eml"].update(meeting=date(2075, 4, 3)),
     "notice_ok False but 24 WD"),
    ("knowsley_02 counted from the forwarded message's day",
     lambda: _relabel("knowsley_02.eml", now="2075-03-06T15:50:00+00:00"), "now not 1-10 min after Date"),
    ("knowsley_06 now moved past midnight", lambda: _relabel("knowsley_06.eml", now="2075-01-17T00:01:00+00:00"),
     "now on another London day than the Date"),
    ("torbay_05 sent on a Saturday", lambda: _shift_date("torbay_05.eml", "Tue, 26 Mar 2075", "Sat, 23 Mar 2075", -3),
     "Date on a weekend"),
    ("the window left running into Good Friday", lambda: _set_window_end(date(2075, 4, 5)), "the window must run"),
    ("'risk' added to a quiet urgent subject", lambda: _sub("torbay_04.eml", b"Subject: my son Charlie",
                                                             b"Subject: risk - my son Charlie"), "no alarm word are"),
    ("tower_hamlets_08 filed as a near miss", lambda: _relabel("tower_hamlets_08.eml", category="near_miss"),
     "urgent vs category"),
    ("the Herefordshire step-up booked", lambda: _relabel("herefordshire_05.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("a training date given the wrong weekday", lambda: _sub("richmond_wandsworth_06.eml", b"Thursday 7 February 2075",
                                                             b"Thursday 6 February 2075", 2),
     "date phrase 'Thursday 7 February 2075' not in the text"),
    ("'Weds just gone' resolved a week early", lambda: RELATIVE.__setitem__(
        5, ("tower_hamlets_03.eml", "Weds just gone", weds_just_gone, date(2075, 2, 6))), "resolves to 2075-02-13"),
    ("the refused consent labelled null", lambda: _relabel("richmond_wandsworth_03.eml", consent=None),
     "'declined to give her consent' means consent False"),
    ("the disagreeing manager labelled null", lambda: _relabel("tower_hamlets_05.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("consent still to be asked labelled true", lambda: _relabel("knowsley_04.eml", consent=True, missing=[],
                                                                  next_action="book_meeting"),
     "knowsley_04.eml: wording check: \"I'll confirm her consent at the CIN meeting\" means consent None"),
    ("the Abdi children swapped", lambda: _exp("richmond_wandsworth_05.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("tower_hamlets_07.eml",
                                                                   b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("a level on a step-up", lambda: _relabel("torbay_03.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_08.eml", category="ordinary"),
     "category totals"),
    ("the burns copied into torbay_08's body", lambda: _sub("torbay_08.eml", b"I think the family needs",
                                                            b"Noah has burns. I think the family needs"),
     "the burns only in the .txt attachment"),
    ("a year after 2075 in a body", lambda: _sub("herefordshire_05.eml", b"20 June 2075", b"20 June 2076"),
     "year after 2075"),
]

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS, WINDOW, RELATIVE))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b, w, r = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
        globals()["WINDOW"] = w
        RELATIVE[:] = r
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS,
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("out of office hours (before 09:00 or from 17:00): %s" % sorted(
        l["file"] for l in LABELS if not (9 <= datetime.fromisoformat(l["now"]).hour < 17)))
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
