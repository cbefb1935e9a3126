#!/usr/bin/env python3
"""mixed83: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2030 (Monday 2 September - Friday 20 December 2030), in money: debt, gambling, loan sharks,
bailiffs (enforcement agents), eviction and financial abuse.

Urgent (12): a loan shark who will "take it out of the kids" tonight, a family evicted this morning with a baby and
nowhere to sleep, a father who gambled the rent and will "end it for all of us", a 14-year-old told to keep a package
for older boys tonight to pay off game debts, a lender who says he will take a 15-year-old to "work for him" tonight,
no food for three days and a toddler not taking her bottle (a PS under a complete step-down), a 15-year-old whose
wages were taken and who is hiding from his drunk father, a mother behind a chained door with her tablets during an
enforcement visit, a 14-year-old to meet the boys he owes at 7 tonight, a declined drop-in invitation whose comment
tells of a window smashed by a creditor coming back tonight, a chronology PDF (the risk only in the attachment)
telling of an 8-year-old's epilepsy medicine unbought and seizures this morning, and a landlord who finds two children
on the doorstep after an eviction in the dark. Near misses (12): a Citizens Advice bulletin listing example threats,
a meeting acceptance mentioning a historic eviction, a bailiff visit that passed peacefully, a debt-advice referral,
a financial-capability course, a food bank voucher request with food already given, a cost-of-Christmas newsletter,
a historic eviction now rehoused, a student's hypothetical, a parent's benefits letter, a gambling recovery update
and a loan-shark threat already dealt with overnight.

Deterministic: no clock, no randomness; boundaries, Message-IDs and UIDs come from sha1 of the file name.
Run with /work/main/.venv/bin/python make_set.py (`--stats` prints tallies). pypdf and python-docx are used only by
the self-checks to read the hand-built PDFs and .docx files back; `holidays` must agree with the script's own bank
holiday list. The MIME, Word HTML, PDF, .docx, iCalendar and out-of-office helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification; the
self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. In the window (2 September - 20 December 2030) British Summer Time
    (+0100) runs until 01:00 UTC on Sunday 27 October 2030, then GMT (+0000). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2030, 8, 30, 0, 0, 0))
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



def sig(*lines):
    return "\n".join(lines) + "\n"

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
def itip_request_mail(f, top, body, cal, atts=()):
    """An Outlook meeting request (iTIP METHOD:REQUEST) with attachments: multipart/mixed holding a
    multipart/alternative (text, HTML, text/calendar method=REQUEST) and the attached files."""
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True), cal_part],
                    bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1))
    return build(top, root, True)



# ============================================================================= the set
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
WINDOW = (date(2030, 9, 2), date(2030, 12, 20))
# England & Wales bank holidays 2030-2031, written out by hand and compared with the holidays package.
BANK_HOLIDAYS = {date(2030, 1, 1), date(2030, 4, 19), date(2030, 4, 22), date(2030, 5, 6), date(2030, 5, 27),
                 date(2030, 8, 26), date(2030, 12, 25), date(2030, 12, 26),
                 date(2031, 1, 1), date(2031, 4, 11), date(2031, 4, 14), date(2031, 5, 5), date(2031, 5, 26),
                 date(2031, 8, 25), date(2031, 12, 25), date(2031, 12, 26)}
ALARM = re.compile(r"\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger|asap)\b", re.I)

def ch(name, dob=None):
    return {"name": name, "dob": dob}

RULE = {
    "knowsley": "seed 004_ba08e3b9f619f49f.txt",
    "richmond_wandsworth": "seed 000_ad98922a9b2c3c54.txt",
    "tower_hamlets": "seed 001_7484577aab521096.txt",
    "torbay": "seed 002_682540a1ccf30a2a.txt",
    "herefordshire": "seed 003_d813ace460bad8eb.txt",
}

def add(fname, data, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children, concerns,
        consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, dob_written=None):
    authority = fname.rsplit("_", 1)[0]
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": children, "concerns": sorted(concerns), "consent": consent,
                              "manager_agreed": manager_agreed, "missing": sorted(missing),
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why + " | Rule: %s, %s; DESIGN.md 'The stepbot parse contract'%s." % (
                       authority, RULE[authority],
                       "; DESIGN safety rule 1 (urgent -> alert_duty first, whatever the kind)" if urgent else "")})
    CATS[fname] = category
    META[fname] = {"when": when, "meeting": meeting, "dob_written": dob_written or {}}

def to(auth, mb):
    return MAILBOXES[(auth, mb)]

# ============================================================================= KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"
    top = outlook_top(f, addr("Gemma Rimmer", "gemma.rimmer@knowsley.gov.uk"),
                      "Knowsley MASH <%s>" % to("knowsley", "mash_step_up"),
                      "Step up to CSC - Fairclough - EHM-61877 - TAF Wed 9th Oct", "2030-10-02 10:12:40",
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"))
    blocks = [
        "Hi all,", "",
        "Please find attached the FF Step Up request to CSC for Ruby Fairclough (DOB 14/05/2019) and Tommy "
        "Fairclough (DOB 03/11/2022), Case ID on EHM: EHM-61877. The step up TAF meeting invite is attached for "
        "{{Wednesday 9th October 2030 at 10:00}}, Huyton Family Hub.", "",
        ("h", "Summary"),
        "Dad ([[Craig]]) has been gambling online most nights since the summer. The rent and the food money go on "
        "the apps on payday; the family are 3 months in arrears with Livv Housing and the electric meter is often "
        "empty. Ruby has been arriving at school hungry and in the same uniform all week; Tommy's nursery report "
        "nappy rash and him asking staff for food. The GCP2 (attached) scores 4 in nutrition and 3 in housing.", "",
        "Mum does not agree with the step up and has said so at the last TAF - she feels it is 'making them out to be "
        "bad parents over money'.", "",
        "My team manager Paula Kenny has discussed this with me in supervision on 30/09 and agreed the step up.", "",
        ("table", [["Attached", "Notes"],
                   ["FF Step Up request form", "Appendix 1, Signs of Safety headings"],
                   ["GCP2", "completed 26/09/2030 with mum"],
                   ["TAF minutes", "TAF held 24/09/2030"]]),
        "",
        "Thanks, Gemma", "Gemma Rimmer | Family First Case Manager | Knowsley Council | 0151 496 0772",
    ]
    cal = ics("REQUEST", f, dt("2030-10-02 10:12:40"), "20301009T100000", "20301009T113000",
              "Step up TAF meeting - Fairclough (EHM-61877)", "Huyton Family Hub, Room 2",
              "Step up TAF meeting for Ruby and Tommy Fairclough.",
              ("Gemma Rimmer", "gemma.rimmer@knowsley.gov.uk"),
              [("Knowsley MASH", to("knowsley", "mash_step_up"), "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", "mash.businesssupport@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request form - Fairclough.docx",
                     ["# Family First Step Up Request to Children's Social Care (Appendix 1)",
                      "Case ID on EHM: EHM-61877", "Children: Ruby Fairclough 14/05/2019; Tommy Fairclough 03/11/2022",
                      "What are we worried about: rent and food money lost to online gambling; children hungry; "
                      "arrears and disconnection of the electric; neglect of basic care.",
                      "What is working well: Nan (maternal) does the school run three days a week.",
                      "What needs to happen: CSC assessment; GCP2 reviewed; debt advice and gambling support for dad.",
                      "Management oversight: step up agreed by Paula Kenny, Team Manager, 30/09/2030.",
                      "Date of step up TAF meeting: Wednesday 9 October 2030, 10:00"]),
            pdf_att("GCP2 Fairclough Sept 2030.pdf", "Graded Care Profile 2 (GCP2) - Fairclough",
                    ["Completed 26/09/2030 with mum.", "Nutrition: 4. Housing: 3. Health: 3. Love and care: 2.",
                     "Food runs out before payday; no money for the meter."]),
            pdf_att("TAF minutes 24.09.2030.pdf", "Team Around the Family minutes - 24/09/2030",
                    ["Present: mum, Gemma Rimmer (FF), St Luke's Primary, health visitor.",
                     "Agreed: step up to be requested if no change. Mum disagreed."])]
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                     ("Content-Disposition", 'attachment; filename="invite.ics"'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    data = word_mail(f, top, blocks, atts + [cal_part])
    add(f, data, "mash_step_up", "2030-10-02 10:12:40", 4, "ordinary", "step_up", False, None, ["EHM-61877"],
        [ch("Ruby Fairclough", "2019-05-14"), ch("Tommy Fairclough", "2022-11-03")], ["neglect"], False, True, [],
        True, "book_meeting",
        "Complete Knowsley neglect step-up in Word HTML with a table: form .docx, GCP2 .pdf (neglect -> gcp2 met), "
        "TAF minutes .pdf, EHM id, TM agreed in supervision, and an attached .ics REQUEST for Wed 9 Oct 10:00: from "
        "Wed 2 Oct that is exactly 5 working days (3,4,7,8,9 Oct) -> ok. Mum 'does not agree with the step up' -> "
        "consent false (not a step-up requirement). Gambling away rent and food money, children hungry -> neglect.",
        meeting=date(2030, 10, 9), dob_written={"Ruby Fairclough": "14/05/2019", "Tommy Fairclough": "03/11/2022"})

def knowsley_02():
    f = "knowsley_02.eml"
    top = outlook_top(f, addr("Lauren Ashcroft", "lauren.ashcroft@knowsley.gov.uk"),
                      "Knowsley MASH <%s>" % to("knowsley", "mash_step_up"),
                      "Step up - Tyler Moorcroft EHM-62310", "2030-10-10 14:20:05",
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"))
    body = T("""
Hi,

Step up request for Tyler Moorcroft, DOB 30/03/2016, EHM-62310. Form and the Merseyside Exploitation Assessment
attached. Elaine Byrom (my TM) has agreed the step up this morning. The TAF minutes aren't typed up yet - I'll send
them tomorrow. I've booked the step up TAF for Wednesday 16th October at 1.30pm at Kirkby Family Hub.

But I need to tell you what Tyler said to me at school at 1 o'clock today, because it can't wait for the meeting.

He says the older lads from Stockbridge Village who "sorted" him the game skins and Robux say he now owes them £260.
They've told him a package is getting dropped off to him at his house at 7 tonight and he has to keep it in his
room "till they need it". If he says no or tells anyone, they say they'll "do his mum's windows and then do him".
He showed me the messages on his phone - one says "7 o'clock, be at the door, on your own". He's 14. Mum doesn't know
anything about the debt. He got the bus home at 3.

I've not been able to get hold of mum since.

Lauren

Lauren Ashcroft
Family First Case Manager, Knowsley Council
0151 496 0531
""")
    atts = [docx_att("Step up request form - T Moorcroft.docx",
                     ["# FF Step Up request to CSC", "Child: Tyler Moorcroft 30/03/2016", "Case ID on EHM: EHM-62310",
                      "What are we worried about: criminal exploitation through a gaming debt to older boys.",
                      "Management oversight: agreed by Elaine Byrom, TM, 10/10/2030.",
                      "Date of step up TAF meeting: 16/10/2030 13:30"]),
            pdf_att("Merseyside Exploitation Assessment - TM.pdf", "Merseyside Exploitation Assessment (CE/CSE)",
                    ["Young person: Tyler Moorcroft", "Indicators: debt to older peers, gifts (game credit), "
                     "secrecy about phone use."])]
    data = mail(f, top, body, atts, html_alt=True)
    add(f, data, "mash_step_up", "2030-10-10 14:20:05", 3, "urgent", "step_up", True, None, ["EHM-62310"],
        [ch("Tyler Moorcroft", "2016-03-30")], ["exploitation"], None, True, ["taf_minutes"], False, "alert_duty",
        "A 14-year-old told by the older boys he owes £260 for game credit to keep a package dropped at his door at 7 "
        "tonight, with threats if he refuses; he is home now and mum knows nothing -> urgent, told plainly with no "
        "alarm word. The step-up itself: form and exploitation assessment met, TM agreed, TAF minutes to follow -> "
        "missing taf_minutes; TAF Wed 16 Oct from Thu 10 Oct = 4 working days -> notice not ok. exploitation.",
        meeting=date(2030, 10, 16), dob_written={"Tyler Moorcroft": "30/03/2016"})

def knowsley_03():
    f = "knowsley_03.eml"
    top = outlook_top(f, addr("Marcus Ogunleye", "marcus.ogunleye@knowsley.gov.uk"),
                      "Family First Duty <%s>" % to("knowsley", "early_help_duty"),
                      "Level 2 step down - Sophie Mercer ICS-1320448 - final CIN 31/12", "2030-12-20 10:05:51")
    blocks = [
        "Good morning Family First,", "",
        "I am writing to give notice of a {{Level 2}} step down for Sophie Mercer (DOB 21/08/2017), ICS-1320448.", "",
        ("table", [["", ""],
                   ["Final CIN meeting", "Tuesday 31/12/2030 at 10:00"],
                   ["Venue", "St Aidan's Catholic Primary School, meeting room 1"],
                   ["Lead Practitioner (Level 2)", "Mrs Janine Corless, Pastoral Lead, St Aidan's Catholic Primary School"]]),
        "",
        ("h", "What are we worried about?"),
        "Sophie's attendance dropped to 81% in the spring, when mum was dealing with enforcement agents over council "
        "tax arrears and kept Sophie home so the house was never empty.", "",
        ("h", "What is working well?"),
        "Mum now has a Debt Relief Order and a council tax payment plan; there have been no enforcement visits since "
        "June. Attendance this term is 95%.", "",
        ("h", "What needs to happen?"),
        "School to lead a Level 2 Early Help plan on attendance and keep mum linked with the Citizens Advice money "
        "adviser.", "",
        "Mum has agreed to the step down and to school taking over as Lead Practitioner.", "",
        "Kind regards", "Marcus Ogunleye", "Social Worker, Children in Need Team, Knowsley Council",
    ]
    data = word_mail(f, top, blocks)
    add(f, data, "early_help_duty", "2030-12-20 10:05:51", 6, "ordinary", "step_down", False, 2, ["ICS-1320448"],
        [ch("Sophie Mercer", "2017-08-21")], ["school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down in a Word table: date, time and venue of the final CIN, named lead "
        "practitioner with her school, all three Signs of Safety headings. NOTICE ACROSS CHRISTMAS: from Fri 20 Dec "
        "the CIN on Tue 31 Dec is 7 plain weekdays but Christmas Day and Boxing Day are bank holidays -> 23, 24, 27, "
        "30, 31 Dec = exactly 5 working days -> ok. Mum agreed -> consent true. Past enforcement visits resolved.",
        meeting=date(2030, 12, 31), dob_written={"Sophie Mercer": "21/08/2017"})

def knowsley_04():
    f = "knowsley_04.eml"
    top = plain_top(f, addr("Citizens Advice Knowsley", "bulletin@cak-example.org.uk"),
                    "Family First Duty <%s>" % to("knowsley", "early_help_duty"),
                    "Money Matters bulletin - November 2030: winter money worries", "2030-11-04 08:30:00",
                    "cak-example.org.uk", None,
                    extra=[("List-Unsubscribe", "<mailto:unsubscribe@cak-example.org.uk>"), ("Precedence", "bulk")])
    html_body = ("<html><body style='font-family:Arial'><h2>Money Matters - November 2030</h2>"
                 "<p>For frontline practitioners in Knowsley.</p>"
                 "<h3>Spotting a family in money crisis</h3><ul>"
                 "<li>An unlicensed lender (loan shark) who keeps the bank card or benefit letters, or who has "
                 "said he will &quot;take it out of the kids&quot; if a payment is missed.</li>"
                 "<li>Bailiffs (enforcement agents) calling while children are home.</li>"
                 "<li>A parent gambling the rent or food money.</li></ul>"
                 "<p>These are illustrative examples from our training pack, not cases. If you are worried about a "
                 "child, follow your safeguarding procedures.</p>"
                 "<h3>Dates</h3><p>Free financial-capability session for practitioners: Thursday 21 November, "
                 "Kirkby Library, 10:00-12:30.</p>"
                 "<p>Stop Loan Sharks helpline and the Illegal Money Lending Team take calls 24 hours a day.</p>"
                 "</body></html>")
    text = html_text(html_body)
    data = alt_mail(f, top, text, html_body)
    add(f, data, "early_help_duty", "2030-11-04 08:30:00", 2, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN: Citizens Advice's practitioner newsletter lists a loan shark who 'will take it out "
        "of the kids', bailiffs and gambling as illustrative examples, 'not cases'; no real child (DESIGN safety rule "
        "1: bulletins that list examples must not trigger it). Bulk mail, no request -> other -> human_review.")

def knowsley_05():
    f = "knowsley_05.eml"
    top = outlook_top(f, addr("Hollie Dunne", "hollie.dunne@knowsley.gov.uk"),
                      "Family First Duty <%s>" % to("knowsley", "early_help_duty"),
                      "Step down L3 - Lunt - joint home visit Fri 27th Dec", "2030-12-19 15:10:22")
    body = T("""
Hi Family First,

Level 3 step down for Harvey Lunt (09/01/2020) and Millie Lunt (30/06/2024), ICS-1319002.

Joint home visit: Friday 27th December 2030 at 11am, at the family home, 14 Pennard Close, Halewood.

What are we worried about - mum's debts are still high (two doorstep lenders and catalogue debt) and when the
money ran out in the summer the home conditions slipped and the children went without proper meals.

What is working well - mum has been engaging with StepChange, the doorstep lenders have agreed reduced payments,
and the house has been clean and stocked at every visit for 10 weeks.

What needs to happen - a Family First case manager to keep the budgeting plan going and link mum with the
family hub's food club.

I'm seeing mum on Monday and will go through consent for Family First with her then.

Thanks
Hollie Dunne
Social Worker, Knowsley CSC
""")
    data = mail(f, top, body)
    add(f, data, "early_help_duty", "2030-12-19 15:10:22", 5, "ordinary", "step_down", False, 3, ["ICS-1319002"],
        [ch("Harvey Lunt", "2020-01-09"), ch("Millie Lunt", "2024-06-30")], ["neglect"], None, None, ["consent"],
        False, "request_info",
        "Knowsley level 3 step-down: joint home visit date, time and place, the three Signs of Safety headings "
        "answered; consent 'will go through ... on Monday' -> null -> consent missing (level 3). NOTICE ACROSS "
        "CHRISTMAS, DECISIVE: from Thu 19 Dec the visit on Fri 27 Dec is 6 plain weekdays but only 4 working days "
        "(20, 23, 24, 27 Dec; 25 and 26 are bank holidays) -> not ok -> request_info. Children without proper meals "
        "when money ran out -> neglect.",
        meeting=date(2030, 12, 27), dob_written={"Harvey Lunt": "09/01/2020", "Millie Lunt": "30/06/2024"})

def knowsley_06():
    f = "knowsley_06.eml"
    top = plain_top(f, addr("Farid Quayle", "farid.quayle@knowsley.gov.uk"),
                    "Family First Duty <%s>" % to("knowsley", "early_help_duty"),
                    "RE: [SB-knowsley-3318] Step down received - Sweeney", "2030-11-12 11:48:30",
                    "knowsley.gov.uk", "Microsoft Outlook 16.0")
    body = T("""
Adding to this one - mum (Shannon) has just rung me in tears.

She borrowed £600 in the summer from a man on the estate who "does loans". It's now £2,100 he says. He came to
the door at 10 this morning with another man, pushed past her into the hall while Kayla and Jack were eating their
breakfast, and said if she hasn't got £500 for him by tonight he'll "take it out of the kids, not you". He said
he'll be back at 7. He knows which school Kayla goes to and said so.

She has no money till the 20th. She's at home with both children now, she's kept them off school because she's
scared he'll be at the gate. Her partner is working away.

Farid Quayle
Family First Case Manager

> Thank you. Your step-down has been received. Reference: [SB-knowsley-3318]
> Children: Kayla Sweeney (11/02/2018), Jack Sweeney (27/09/2021)
> Case: ICS-1317765
> Level 3 - joint home visit Thursday 21 November 2030 10:00
""")
    data = mail(f, top, body, crlf=True)
    add(f, data, "early_help_duty", "2030-11-12 11:48:30", 2, "urgent", "follow_up", True, None, ["ICS-1317765"],
        [ch("Kayla Sweeney", "2018-02-11"), ch("Jack Sweeney", "2021-09-27")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "A LOAN SHARK COMING TONIGHT: a man owed £2,100 pushed into the house this morning and said he will 'take it "
        "out of the kids' if he is not paid £500 by tonight, back at 7; mum at home with both children -> urgent, no "
        "alarm word. A reply to [SB-knowsley-3318] -> follow_up; children, DOBs and case id from the quoted "
        "acknowledgement. Threat to hurt the children -> physical_harm.",
        dob_written={"Kayla Sweeney": "11/02/2018", "Jack Sweeney": "27/09/2021"})

def knowsley_07():
    f = "knowsley_07.eml"
    data = itip_reply(f, "2030-11-25 09:02:11", "Dionne Halsall", "d.halsall@khtrust-example.org.uk",
                      ("Gemma Rimmer", "gemma.rimmer@knowsley.gov.uk"), "ACCEPTED",
                      "Step up TAF meeting - Byrne family", "20301127T140000", "20301127T153000",
                      "Huyton Family Hub",
                      comment="I'll be there. For the MASH SW's background: the family were evicted by county court "
                              "bailiffs from Cherryfield Drive in March with the kids at home, but they have had a "
                              "secure tenancy with us in Page Moss since May and the rent account is clear. No "
                              "housing concerns now.")
    add(f, data, "mash_step_up", "2030-11-25 09:02:11", 7, "near_miss", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "NEAR MISS - A HISTORIC EVICTION, NOW REHOUSED: an iTIP REPLY (ACCEPTED) from a housing officer whose comment "
        "tells of a March eviction by bailiffs with the children home, 'secure tenancy ... since May ... rent account "
        "clear. No housing concerns now' -> historic and resolved, not urgent. meeting_reply -> record_reply; no "
        "child named.")

def knowsley_08():
    f = "knowsley_08.eml"
    top = outlook_top(f, addr("Kieran Vose", "kieran.vose@knowsley.gov.uk"),
                      "Knowsley MASH <%s>" % to("knowsley", "mash_step_up"),
                      "Step up request - Aiden Roscoe EHM-60544", "2030-11-27 09:30:48",
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"))
    body = T("""
Morning,

Please see attached the step up request form, the Engaging Families toolkit and the minutes of the TAF held on
20/11/2030 for Aiden Roscoe, DOB 02/12/2015, EHM-60544. The step up TAF meeting is on Wednesday 4 December 2030
at 10:00 at Prescot Family Hub (invite sent separately from my calendar). My team manager, Rachel Tyrer, has
agreed the step up.

Dad has missed five of the last six home visits and does not answer calls; the toolkit shows a pattern of
disguised compliance since the spring.

For the MASH social worker, so nobody is thrown by the note on the housing file: enforcement agents called on
Monday about council tax while I was there. It was calm - they spoke to dad on the step, agreed £15 a week, took
nothing and left after ten minutes. Aiden was at school. Nothing further came of it.

Thanks
Kieran Vose
Family First Case Manager
""")
    atts = [docx_att("FF Step Up request form - A Roscoe.docx",
                     ["# FF Step Up request to CSC (Appendix 1)", "Aiden Roscoe 02/12/2015 - EHM-60544",
                      "What are we worried about: non-engagement with the Family First plan.",
                      "Date of step up TAF meeting: 04/12/2030 10:00"]),
            pdf_att("Engaging Families toolkit - Roscoe.pdf", "Engaging Families toolkit",
                    ["Missed visits: 5 of 6.", "Pattern: disguised compliance."]),
            pdf_att("TAF minutes 20.11.2030 Roscoe.pdf", "TAF meeting minutes 20/11/2030", ["Dad did not attend."])]
    data = mail(f, top, body, atts)
    add(f, data, "mash_step_up", "2030-11-27 09:30:48", 9, "near_miss", "step_up", False, None, ["EHM-60544"],
        [ch("Aiden Roscoe", "2015-12-02")], ["non_engagement"], None, True, [], True, "book_meeting",
        "NEAR MISS - A BAILIFF VISIT THAT PASSED PEACEFULLY ('calm ... took nothing ... Aiden was at school') -> not "
        "urgent. Complete Knowsley non-engagement step-up: form, Engaging Families toolkit, TAF minutes, EHM id, TM "
        "agreed; TAF Wed 4 Dec from Wed 27 Nov = 28, 29 Nov, 2, 3, 4 Dec = 5 working days -> ok -> book_meeting.",
        meeting=date(2030, 12, 4), dob_written={"Aiden Roscoe": "02/12/2015"})

# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    top = outlook_top(f, addr("Comfort Adjei", "comfort.adjei@wandsworth-housing-example.gov.uk"),
                      "MASH Step Up <%s>" % to("richmond_wandsworth", "mash_step_up"),
                      "Family in our reception - evicted this morning - Osei", "2030-10-15 15:42:17")
    body = T("""
Hello MASH,

I'm a Housing Options officer. I was given this address by a colleague; please pass it on if it should go
elsewhere.

Ms Abena Osei and her two children, Amelia Osei (DOB 02/03/2030, seven months) and Kwame Osei (DOB 19/05/2026),
were evicted this morning by High Court enforcement officers from their privately rented flat in Tooting. They
have been sitting in our reception since 11am. We have made a decision that she is intentionally homeless (rent
arrears), so we have no duty to place them tonight, and her only friend who could take them has said no.

We close at 5pm. Ms Osei says she has £3.40 and that she will ride the night buses with the baby "to keep her
warm". The baby's formula ran out at lunchtime; my colleague bought a carton from the shop. Kwame has been asleep
on the chairs. She has no family in this country.

I can keep them here until 5 but then the building is locked.

Comfort Adjei
Housing Options Officer
""")
    data = mail(f, top, body, html_alt=True)
    add(f, data, "mash_step_up", "2030-10-15 15:42:17", 4, "urgent", "other", True, None, [],
        [ch("Amelia Osei", "2030-03-02"), ch("Kwame Osei", "2026-05-19")], [], None, None, [], None, "alert_duty",
        "EVICTED THIS MORNING WITH A BABY AND NOWHERE TO SLEEP TONIGHT: found intentionally homeless, building locked "
        "at 5, mother plans to ride night buses with a 7-month-old, £3.40 and no formula -> urgent, no alarm word. "
        "Housing officer's report, not a step-up from the Early Help team manager -> other. No concern category fits "
        "homelessness itself -> concerns [].",
        dob_written={"Amelia Osei": "02/03/2030", "Kwame Osei": "19/05/2026"})

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    top = outlook_top(f, addr("Harriet Lomax", "harriet.lomax@richmondandwandsworth.gov.uk"),
                      "MASH Step Up <%s>" % to("richmond_wandsworth", "mash_step_up"),
                      "Step up - Daisy Whitlock - Mosaic ID 2411906", "2030-09-09 11:20:03")
    body = T("""
Dear MASH,

I am the Early Help team manager for the Roehampton locality and I have agreed this step-up.

Child: Daisy Whitlock, DOB 07/07/2015. Mosaic ID 2411906.

Case summary
Daisy lives with mum and stepdad. We have worked with the family since March for financial hardship. Stepdad's
sports betting has grown: in August he took out payday loans in mum's name and spent Daisy's Child Benefit. Mum
has depression and has stopped going out; Daisy (15) has been buying food with her paper-round money and says
the fridge is "always empty". School report her losing weight and wearing the same clothes.

Rationale for step up
Eight months of Early Help (budgeting support, GamCare referral declined by stepdad, food bank) have not changed
things; the financial abuse of mum is getting worse and Daisy's basic needs are not being met. We think this now
needs a statutory assessment.

Mum has consented to the step-up.

Kind regards
Harriet Lomax
Early Help Team Manager, Achieving for Children / Wandsworth Early Help
""")
    data = mail(f, top, body)
    add(f, data, "mash_step_up", "2030-09-09 11:20:03", 5, "ordinary", "step_up", False, None, ["2411906"],
        [ch("Daisy Whitlock", "2015-07-07")], ["neglect", "parental_mental_health"], True, True, [], None,
        "book_meeting",
        "Complete R&W step-up from the Early Help team manager: 'Case summary' and 'Rationale for step up' pasted "
        "under their own headings -> both met. Sender states 'I have agreed this step-up' -> manager_agreed true; "
        "'Mum has consented' -> true. 'Mosaic ID 2411906' -> bare number. Basic needs unmet -> neglect; mum's "
        "depression -> parental_mental_health. No notice rule for R&W.",
        dob_written={"Daisy Whitlock": "07/07/2015"})

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    top = outlook_top(f, addr("Ellie Parfitt", "ellie.parfitt@richmondandwandsworth.gov.uk"),
                      "Early Help Duty <%s>" % to("richmond_wandsworth", "early_help_duty"),
                      "Step down to Early Help - Pym children", "2030-11-06 14:05:40")
    body = T("""
Hi Jasper and team,

Following our call this morning, I'm confirming the step-down of Freya Pym (30/10/2018) and Oscar Pym
(12/04/2021), Mosaic 2398540. The case summary is attached; I'll send the draft Early Help plan once I've typed it
up after Friday's visit.

The family came to us after an enforcement agent visit in June where dad lost his temper; the debts are now in a
breathing space and dad has done the anger course. Freya's attendance is still 82%.

On consent - dad was unsure and wants to talk it through with his partner first, so I don't have it yet.

Thanks
Ellie Parfitt
Social Worker, Richmond CIN Team
""")
    atts = [docx_att("Case summary - Pym.docx", ["# Case summary - Pym", "Freya Pym 30/10/2018; Oscar Pym 12/04/2021",
                                                 "CIN since June 2030. Debt breathing space in place."])]
    data = mail(f, top, body, atts)
    add(f, data, "early_help_duty", "2030-11-06 14:05:40", 8, "ordinary", "step_down", False, None, ["2398540"],
        [ch("Freya Pym", "2018-10-30"), ch("Oscar Pym", "2021-04-12")], ["school_attendance"], None, None,
        ["consent", "draft_plan"], None, "request_info",
        "R&W step-down: case summary attached (met), draft plan to follow (missing), consent 'unsure ... don't have it "
        "yet' -> null -> missing. The June enforcement-visit incident is past. Attendance 82% -> school_attendance.",
        dob_written={"Freya Pym": "30/10/2018", "Oscar Pym": "12/04/2021"})

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    top = plain_top(f, addr("Samira Haddad (Citizens Advice)", "samira.haddad@ca-rw-example.org.uk"),
                    "Early Help Duty <%s>" % to("richmond_wandsworth", "early_help_duty"),
                    "Referral - debt advice client with two children", "2030-09-26 10:40:12",
                    "ca-rw-example.org.uk", "Microsoft Outlook 16.0")
    body = T("""
Good morning,

I'm a debt adviser at Citizens Advice Richmond. I'm seeing a mum (Ms Tara Quinn) who has about £8,000 of
priority debts - council tax, energy and a magistrates' fine - and has had bailiff letters. We have put a Debt
Respite breathing space in place and there will be no enforcement while it runs.

She asked whether Early Help could help with the children's school uniform and a budgeting course. To be clear
there are no safeguarding concerns - the children (7 and 10) are well looked after and at school every day; she
just feels she is drowning in paperwork.

Could someone tell me how she can be referred? She has consented to me contacting you.

Many thanks
Samira Haddad
Debt Adviser, Citizens Advice Richmond
""")
    data = mail(f, top, body)
    add(f, data, "early_help_duty", "2030-09-26 10:40:12", 3, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A DEBT ADVICE REFERRAL: bailiff letters and £8,000 of debts, but a breathing space stops "
        "enforcement and 'there are no safeguarding concerns'; an enquiry about referral, not a step-down -> other -> "
        "human_review. The children are not named; consent to contact is not a step consent (other -> consent null).")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    top = plain_top(f, addr("Josh Brennan", "josh.brennan@richmondandwandsworth.gov.uk"),
                    "MASH Step Up <%s>" % to("richmond_wandsworth", "mash_step_up"),
                    "Re: [SB-richmond_wandsworth-0412] Step up - Harlow", "2030-11-22 18:52:44",
                    "richmondandwandsworth.gov.uk", "iPhone Mail (20A362)")
    text = T("""
Dad just rang me from the bookies on the high st. Lost the lot again inc the rent and the kids christmas money.
Says hes going to end it for all of us tonight and theres no point. Mia and Leo are with him, mum on shift at
the hospital till 10. Cant get him back on the phone, goes to voicemail. I'm off shift but wanted you to have
it.

Sent from my iPhone

> On 18 Nov 2030, at 10:02, MASH Step Up wrote:
>
> Your step-up request has been received: [SB-richmond_wandsworth-0412]
> Children: Mia Harlow, Leo Harlow
""")
    data = iphone_mail(f, top, text)
    add(f, data, "mash_step_up", "2030-11-22 18:52:44", 1, "urgent", "follow_up", True, None, [],
        [ch("Mia Harlow"), ch("Leo Harlow")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A FATHER WHO HAS GAMBLED EVERYTHING SAYS HE WILL 'END IT FOR ALL OF US TONIGHT' with both children with him, "
        "at 18:52 (out of hours), from an iPhone -> urgent, no alarm word. Reply to [SB-richmond_wandsworth-0412] -> "
        "follow_up. Children named without DOB. Suicidal statement -> parental_mental_health.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    data = itip_reply(f, "2030-12-03 08:47:30", "Noor Valji", "noor.valji@richmondandwandsworth.gov.uk",
                      ("Ellie Parfitt", "ellie.parfitt@richmondandwandsworth.gov.uk"), "DECLINED",
                      "Step-down case discussion - Pym family", "20301205T140000", "20301205T150000",
                      "Teams",
                      comment="Sorry Ellie, I'm on the 'Money Matters for Practitioners' financial-capability course "
                              "all day Thursday (loan sharks, bailiffs' powers, gambling harms, what to do if a "
                              "family is threatened). Jasper will cover; I'll share the notes.")
    add(f, data, "early_help_duty", "2030-12-03 08:47:30", 5, "near_miss", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "NEAR MISS - A TRAINING COURSE: a declined iTIP REPLY whose comment lists the course's topics (loan sharks, "
        "what to do if a family is threatened) - no real child at risk. meeting_reply -> record_reply.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    top = outlook_top(f, addr("Beatrice Okafor", "beatrice.okafor@richmondandwandsworth.gov.uk"),
                      "Early Help Duty <%s>" % to("richmond_wandsworth", "early_help_duty"),
                      "FW: Step down - Ayla Demir - case discussion Mon 21/10", "2030-10-17 16:15:09")
    inner = T("""
Hi Jasper,

Thanks for the call. As agreed, the step-down case discussion for Ayla Demir (DOB 14/09/2016, Mosaic ID 2387721)
will be on Monday 21 October 2030 at 11:00 at the Wandsworth Early Help hub. The latest case summary and the draft
Early Help plan are attached.

Ayla and her mum came to us because mum's ex-partner controlled all the money - he kept her bank card, took the
Universal Credit and Ayla's Child Benefit, and rationed the food. He has left, there is a non-molestation order,
and mum now has her own account. The plan focuses on mum's confidence with money after years of economic abuse.

Ms Demir and Ayla have both consented to Early Help continuing the plan.

Beatrice
""")
    body = ("Forwarding to the duty inbox as Jasper asked - attachments included.\n\nBeatrice Okafor\n"
            "Senior Social Worker, Wandsworth Family Support\n"
            + original("Beatrice Okafor", "Thursday, October 17, 2030 3:58 PM", "Jasper Quint",
                       "Step down - Ayla Demir - case discussion Mon 21/10", inner))
    atts = [pdf_att("Case summary Demir Oct 2030.pdf", "Case summary - Ayla Demir",
                    ["Mosaic ID 2387721", "Economic abuse by mother's former partner; non-molestation order."]),
            docx_att("Draft Early Help plan - Demir.docx", ["# Draft Early Help plan - Demir",
                                                             "Outcome: mum confident managing the household budget."])]
    data = mail(f, top, body, atts, html_alt=True)
    add(f, data, "early_help_duty", "2030-10-17 16:15:09", 7, "ordinary", "step_down", False, None, ["2387721"],
        [ch("Ayla Demir", "2016-09-14")], ["domestic_abuse"], True, None, [], None, "book_meeting",
        "Complete R&W step-down forwarded from the social worker's note to the Early Help manager: case summary .pdf, "
        "draft plan .docx, consent 'both consented'; case discussion agreed for Mon 21 Oct (within 5 days of the "
        "contact). Economic abuse by mum's ex-partner (financial abuse) -> domestic_abuse. 'Mosaic ID' -> bare number.",
        dob_written={"Ayla Demir": "14/09/2016"})

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    top = plain_top(f, addr("Pat Rowntree", "pat.rowntree@gmail-example.com"),
                    "Early Help Duty <%s>" % to("richmond_wandsworth", "early_help_duty"),
                    "food bank voucher?", "2030-12-13 12:30:55", "gmail-example.com", None)
    body = T("""
Hello, I volunteer at the Putney food bank (Fridays). A dad came in today with his 3 kids after his Universal
Credit was cut by a sanction - he had a voucher from the job centre for today so we've given him a 3-day parcel
and a top-up card for the meter. The kids were lovely, had school dinners today and were fine.

He's been told he needs another voucher for next week and asked me who gives them - can Early Help issue food bank
vouchers or should he go back to the job centre? Just trying to point him the right way.

Thanks, Pat
""")
    data = mail(f, top, body, crlf=False)
    add(f, data, "early_help_duty", "2030-12-13 12:30:55", 10, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A FOOD BANK VOUCHER REQUEST: a benefits sanction, but the family has a 3-day parcel and meter "
        "top-up today and 'the kids ... were fine' -> not urgent. A general question -> other -> human_review.")

# ============================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    top = plain_top(f, addr("Shirin Akter", "shirin.akter1985@hotmail-example.co.uk"),
                    "MAST <%s>" % to("tower_hamlets", "mash_step_up"),
                    "please help my daughter", "2030-09-30 17:35:20", "hotmail-example.co.uk", None)
    body = T("""
Please help me. I find this email on the school letter.

My husband borrow money from one man, not bank, £1500 last year, now the man say it is £3000. My husband go away
since Sunday, I dont know where. Today 4 o clock the man come to my flat with two other man. He say if I not pay
£3000 tonight he will take my daughter Sumaiya to work for him until the money is paid. He look at her and say she
is old enough. She is 15.

He say he come back 9 o clock tonight. I have no money. I am alone with my 3 children, Sumaiya Akter 15 years,
Rayan Akter 11 years and Imran Akter 6 years. Flat 22 Brokesley House, Bow.

My English is not good sorry. Please somebody call me 07700 900 417.
Shirin Akter
""")
    data = mail(f, top, body, html_alt=True)
    add(f, data, "mash_step_up", "2030-09-30 17:35:20", 2, "urgent", "other", True, None, [],
        [ch("Sumaiya Akter"), ch("Rayan Akter"), ch("Imran Akter")], ["exploitation"], None, None, [], None,
        "alert_duty",
        "A LENDER WHO WILL TAKE A 15-YEAR-OLD 'TO WORK FOR HIM' TONIGHT: a mother's email in broken English, the man "
        "is coming back at 9 tonight, she is alone with three children -> urgent, no alarm word. A parent's plea, not "
        "a step-up -> other. Ages only, no DOBs. Taking a girl to work off a debt -> exploitation.")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    top = outlook_top(f, addr("Farzana Islam", "farzana.islam@towerhamlets.gov.uk"),
                      "MAST <%s>" % to("tower_hamlets", "mash_step_up"),
                      "MAST request for support - Jannat Uddin", "2030-10-11 13:00:16")
    body = T("""
Hi MAST,

Please find attached the Request for Support for Jannat Uddin, DOB 17/02/2014, Mosaic ID 3120984.

Jannat (16) works Saturdays and three evenings at a restaurant. Her father collects her wages from the owner and
has also been taking her college bursary; she has started missing college on Thursdays and Fridays to do extra
shifts because he says she owes the family for "keeping her". Mum is frightened of him and will not challenge it.

Jannat and mum are both in agreement with the referral.

My manager Nadim is on leave until Monday so I haven't been able to get his sign-off yet - I'll forward it as soon
as he's back.

Farzana Islam
Early Help Practitioner, Tower Hamlets Early Help Hub
""")
    atts = [docx_att("MAST Request for Support - J Uddin.docx",
                     ["# MAST Request for Support", "Young person: Jannat Uddin, 17/02/2014, Mosaic ID 3120984",
                      "Reason: father taking wages and bursary; college attendance falling."])]
    data = mail(f, top, body, atts)
    add(f, data, "mash_step_up", "2030-10-11 13:00:16", 6, "ordinary", "step_up", False, None, ["3120984"],
        [ch("Jannat Uddin", "2014-02-17")], ["school_attendance"], True, None, ["manager_agreed"], None,
        "request_info",
        "Tower Hamlets MAST step-up: Request for Support .docx attached (met); manager 'on leave ... haven't been able "
        "to get his sign-off yet' -> manager_agreed null -> missing -> request_info. 'both in agreement with the "
        "referral' -> consent true. A father taking a 16-year-old's wages and bursary (financial abuse) with college "
        "missed -> school_attendance.",
        dob_written={"Jannat Uddin": "17/02/2014"})

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    top = outlook_top(f, addr("Kwabena Mensah", "kwabena.mensah@towerhamlets.gov.uk"),
                      "Early Help Hub <%s>" % to("tower_hamlets", "early_help_duty"),
                      "Step down to Early Help - Miah family - Mosaic 3108872", "2030-11-19 10:25:33")
    blocks = [
        "Dear Early Help Hub,", "",
        "I am stepping down Zara Miah (DOB 25/01/2019) and Ibrahim Miah (DOB 04/07/2023), Mosaic 3108872, following "
        "the Child and Family Assessment which concluded on 12/11/2030.", "",
        ("table", [["Item", "Detail"],
                   ["Assessment", "Child and Family Assessment - Miah (attached)"],
                   ["TAF plan", "TAF plan - Miah family (attached)"],
                   ["Consent", "Mrs Miah signed consent to the step-down on 14/11/2030"],
                   ["Lead Practitioner", "Hasina Khatun, Family Support Worker, Harford Street Primary School"],
                   ["TAF meeting", "Tuesday 26/11/2030 10:00 at Harford Street Primary (I will chair)"]]),
        "",
        "The family were referred after the landlord's Section 21 and rent arrears; they have now been rehoused by the "
        "council, arrears cleared with a Discretionary Housing Payment. Mum's anxiety is managed with her GP.", "",
        "Regards,", "Kwabena Mensah", "Social Worker, Tower Hamlets Children's Social Care",
    ]
    atts = [pdf_att("Child and Family Assessment - Miah.pdf", "Child and Family Assessment - Miah",
                    ["Concluded 12/11/2030. Outcome: step down to Early Help."]),
            docx_att("TAF plan - Miah family.docx", ["# TAF plan - Miah family", "Lead: Hasina Khatun"])]
    data = word_mail(f, top, blocks, atts)
    add(f, data, "early_help_duty", "2030-11-19 10:25:33", 4, "ordinary", "step_down", False, None, ["3108872"],
        [ch("Zara Miah", "2019-01-25"), ch("Ibrahim Miah", "2023-07-04")], ["parental_mental_health"], True, None,
        [], None, "book_meeting",
        "Complete Tower Hamlets step-down in a Word table: C&F assessment .pdf, TAF plan .docx, signed consent, lead "
        "practitioner with agency, TAF on 26 Nov within 10 WD of the assessment ending 12 Nov. Eviction notice and "
        "arrears are resolved (rehoused). Mum's anxiety -> parental_mental_health.",
        dob_written={"Zara Miah": "25/01/2019", "Ibrahim Miah": "04/07/2023"})

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    top = plain_top(f, addr("TH Money Advice", "moneyadvice-news@th-partners-example.org.uk"),
                    "Early Help Hub <%s>" % to("tower_hamlets", "early_help_duty"),
                    "Cost of Christmas - December bulletin for family workers", "2030-12-02 09:00:00",
                    "th-partners-example.org.uk", None, extra=[("Precedence", "bulk")])
    html_body = ("<html><body><h1>The cost of Christmas</h1>"
                 "<p>Every December parents tell us they are worried about affording presents, heating and food.</p>"
                 "<p><b>Myth-buster:</b> &quot;If I borrow from a doorstep lender they might come after my kids.&quot; "
                 "Licensed lenders cannot threaten anyone. An illegal lender who threatens a family should be "
                 "reported - and a child in a family threatened tonight is a matter for MAST or the police.</p>"
                 "<ul><li>Household Support Fund - apply by 13 December</li>"
                 "<li>Toy appeal - referrals by 6 December</li>"
                 "<li>Warm spaces open on Christmas Eve</li></ul>"
                 "<p>Case study (names changed): &quot;Mrs A&quot; avoided a loan shark by using the credit union's "
                 "Christmas saver.</p></body></html>")
    data = html_only(f, top, html_body)
    add(f, data, "early_help_duty", "2030-12-02 09:00:00", 3, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A NEWSLETTER ABOUT THE COST OF CHRISTMAS: HTML-only bulk mail; 'a child in a family threatened "
        "tonight' is advice about nobody real, the case study is anonymised and resolved -> not urgent; other -> "
        "human_review.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    top = outlook_top(f, addr("Charlotte Reeve", "charlotte.reeve@towerhamlets.gov.uk"),
                      "Early Help Hub <%s>" % to("tower_hamlets", "early_help_duty"),
                      "Step down - Hossain - Mosaic 3115620", "2030-10-23 11:40:50")
    body = T("""
Hello Early Help Hub,

Step-down for Nabil Hossain (DOB 08/06/2021) and Inaya Hossain (DOB 19/08/2029), Mosaic 3115620. The Child and
Family Assessment (concluded 18/10/2030) and the TAF plan are attached. Ms Hossain has consented to the
step-down. Lead Practitioner: Rupa Begum, Family Support Worker, Chrisp Street Children's Centre.

PS - as I was about to send this, Nabil's class teacher rang. Nabil told her this morning: "Mum sold my bed and
the telly to pay the man. We haven't had no food since Saturday. Inaya just cries and she won't have her bottle
no more, she's all floppy." It's Wednesday. School gave him breakfast and he ate three bowls. Mum didn't answer
the school's calls and the door wasn't answered at 10. I'm in court from 12 until at least 4 and can't get out
there.

Charlotte Reeve
Social Worker, Tower Hamlets CSC
""")
    atts = [pdf_att("C&F Assessment - Hossain.pdf", "Child and Family Assessment - Hossain",
                    ["Concluded 18/10/2030."]),
            docx_att("TAF plan - Hossain.docx", ["# TAF plan - Hossain", "Lead: Rupa Begum"])]
    data = mail(f, top, body, atts)
    add(f, data, "early_help_duty", "2030-10-23 11:40:50", 2, "urgent", "step_down", True, None, ["3115620"],
        [ch("Nabil Hossain", "2021-06-08"), ch("Inaya Hossain", "2029-08-19")], ["neglect"], True, None, [], None,
        "alert_duty",
        "NO FOOD FOR THREE DAYS AND A 14-MONTH-OLD NOT TAKING HER BOTTLE, 'all floppy': the child's own words in a PS "
        "under an otherwise complete step-down (assessment, plan, consent, lead practitioner); nobody has seen the "
        "baby and the social worker cannot go -> urgent, no alarm word -> alert_duty. neglect.",
        dob_written={"Nabil Hossain": "08/06/2021", "Inaya Hossain": "19/08/2029"})

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    top = outlook_top(f, addr("Nadim Rahman", "nadim.rahman@towerhamlets.gov.uk"),
                      "MAST <%s>" % to("tower_hamlets", "mash_step_up"),
                      "RE: [SB-tower_hamlets-0977] MAST request for support - Jannat Uddin", "2030-10-14 09:15:27",
                      cc=addr("Farzana Islam", "farzana.islam@towerhamlets.gov.uk"))
    body = T("""
Morning,

Back from leave - I've discussed Jannat with Farzana and I agree this request for support should go to MAST.

Nadim Rahman
Early Help Co-ordinator (Team Manager), Tower Hamlets
""") + quote("MAST", "11 October 2030 13:02", "Farzana Islam",
             "[SB-tower_hamlets-0977] MAST request for support - Jannat Uddin",
             "Your request has been received. Reference [SB-tower_hamlets-0977].\n"
             "Child: Jannat Uddin (17/02/2014)\nStill needed: confirmation that your manager agrees.\n")
    data = mail(f, top, body, html_alt=True)
    add(f, data, "mash_step_up", "2030-10-14 09:15:27", 3, "ordinary", "follow_up", False, None, [],
        [ch("Jannat Uddin", "2014-02-17")], [], None, True, [], None, "attach_to_request",
        "Follow-up to [SB-tower_hamlets-0977] (tower_hamlets_02) from the manager: 'I agree this request ... should "
        "go to MAST' -> manager_agreed true; follow_up -> attach_to_request, missing []. Child from the quoted "
        "acknowledgement; no case id quoted; consent not restated -> null.",
        dob_written={"Jannat Uddin": "17/02/2014"})

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    top = outlook_top(f, addr("Ines Carvalho", "ines.carvalho@towerhamlets.gov.uk"),
                      "MAST <%s>" % to("tower_hamlets", "mash_step_up"),
                      "Request for support - Ferreira children", "2030-09-05 14:30:02")
    body = T("""
Dear MAST,

Attached is the Request for Support for Tiago Ferreira (11/04/2018) and Bia Ferreira (01/12/2020), Mosaic ID
3099415. Olwen Fairclough agreed the request in supervision on 04/09/2030.

Background, as the Mosaic history may look alarming: in 2028 the family were evicted by county court bailiffs
with both children in the flat and spent five months in a hostel. That is all behind them - they have had a
secure council tenancy in Poplar since March 2029, rent paid by direct debit, and no debts now.

Our concern today is different: mum's depression has returned since the summer and the children's attendance is
74% and 79%; she is struggling to get them up and out.

Kind regards
Ines Carvalho
Early Help Practitioner
""")
    atts = [docx_att("Request for Support - Ferreira.docx", ["# Request for Support",
                                                             "Tiago Ferreira 11/04/2018; Bia Ferreira 01/12/2020"])]
    data = mail(f, top, body, atts)
    add(f, data, "mash_step_up", "2030-09-05 14:30:02", 5, "near_miss", "step_up", False, None, ["3099415"],
        [ch("Tiago Ferreira", "2018-04-11"), ch("Bia Ferreira", "2020-12-01")],
        ["parental_mental_health", "school_attendance"], None, True, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC EVICTION, NOW REHOUSED: 2028 eviction with the children present, secure tenancy since "
        "2029, 'no debts now' -> not urgent. Complete MAST step-up: Request for Support .docx, manager agreed in "
        "supervision. Mum's depression, attendance 74%/79%.",
        dob_written={"Tiago Ferreira": "11/04/2018", "Bia Ferreira": "01/12/2020"})

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    top = outlook_top(f, addr("Leon Adebayo", "leon.adebayo@towerhamlets.gov.uk"),
                      "Early Help Hub <%s>" % to("tower_hamlets", "early_help_duty"),
                      "Step down - Ayaan Chowdhury Mosaic 3109947", "2030-12-11 15:55:12")
    body = T("""
Hi,

Step-down for Ayaan Chowdhury, DOB 23/11/2015, Mosaic 3109947. Assessment and plan attached. Lead Practitioner
would be Mr Tom Baxter, Youth Worker, Poplar Youth Hub.

Dad's gambling debts led to the referral; he has now self-excluded and has a debt management plan. Ayaan's
attendance is 79%.

Mum has declined Early Help - she says she's "had enough of services" and doesn't want anyone else coming to
the house. I'm sending this so you have it while I go back to her once more.

Leon Adebayo
Social Worker
""")
    atts = [pdf_att("Assessment - Chowdhury.pdf", "Child and Family Assessment - Chowdhury", ["Concluded 04/12/2030."]),
            docx_att("TAF plan - Chowdhury.docx", ["# TAF plan - Chowdhury"])]
    data = mail(f, top, body, atts)
    add(f, data, "early_help_duty", "2030-12-11 15:55:12", 6, "ordinary", "step_down", False, None, ["3109947"],
        [ch("Ayaan Chowdhury", "2015-11-23")], ["school_attendance"], False, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down: assessment, plan and lead practitioner met; 'Mum has declined Early Help' -> consent "
        "false -> consent missing -> request_info. Attendance 79%.",
        dob_written={"Ayaan Chowdhury": "23/11/2015"})

# ============================================================================= TORBAY
def torbay_01():
    f = "torbay_01.eml"
    top = plain_top(f, addr("Sam Jewell", "sam.jewell@torbayyouth-example.org.uk"),
                    "Torbay MASH <%s>" % to("torbay", "mash_step_up"),
                    "Kai Pengelly - messages tonight", "2030-10-18 21:14:36", "torbayyouth-example.org.uk",
                    "Android Mail")
    body = T("""
I'm Kai's youth worker (Torbay Youth Trust). Kai Pengelly, 15, DOB 03/05/2015. These came in from him in the last
20 minutes, copied word for word:

21:52 "dad took my wages again the whole £140"
21:53 "i asked for it back and he threw me down the stairs"
21:55 "hes pissed downstairs. ive locked myself in the bathroom"
21:58 "my arm looks wrong i cant move my fingers"
22:01 "pls dont ring mum she'll tell him"

(the times are his phone's - a bit off). He lives at 3 Windmill Avenue, Paignton with his dad. He's stopped
replying. I'm in Exeter and can't get there.

Sam Jewell
""")
    data = mail(f, top, body, crlf=False)
    add(f, data, "mash_step_up", "2030-10-18 21:14:36", 2, "urgent", "other", True, None, [],
        [ch("Kai Pengelly", "2015-05-03")], ["physical_harm", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "A 15-YEAR-OLD'S WAGES TAKEN AND THROWN DOWN THE STAIRS, locked in the bathroom with a possibly broken arm "
        "while his drunk father is downstairs, at 21:14 (out of hours): the child's own texts -> urgent, no alarm "
        "word. Youth worker's report -> other. physical_harm; 'pissed' (drunk) -> substance_misuse.",
        dob_written={"Kai Pengelly": "03/05/2015"})

def torbay_02():
    f = "torbay_02.eml"
    top = plain_top(f, addr("Gary Heard (Certified Enforcement Agent)", "gheard@westcountry-ea-example.co.uk"),
                    "Torbay MASH <%s>" % to("torbay", "mash_step_up"),
                    "Children at 27 Hele Road - I have withdrawn", "2030-11-05 10:05:09",
                    "westcountry-ea-example.co.uk", "Microsoft Outlook 16.0")
    body = T("""
Sir/Madam

I am a certified enforcement agent attending 27 Hele Road, Torquay this morning for a council tax liability order
(Ms Danielle Vosper). I have stopped the enforcement and withdrawn to my vehicle across the road.

Ms Vosper has the door chained. Through the gap she showed me a handful of tablets and said she will take them
all "and the kids won't be left for anyone to take". Her son Alfie Vosper (about 3) is behind her crying and I can
hear a baby. She said she has been awake for three days. I rang 999 at 09:52 and was told police are on the way;
nobody has arrived yet.

I am staying outside. My mobile is 07700 900 162.

Gary Heard
""")
    data = mail(f, top, body)
    add(f, data, "mash_step_up", "2030-11-05 10:05:09", 1, "urgent", "other", True, None, [],
        [ch("Alfie Vosper")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "BAILIFFS AT THE DOOR: the enforcement agent reports a mother behind a chained door with a handful of tablets "
        "saying the children 'won't be left for anyone', a 3-year-old and a baby inside, police not yet there -> "
        "urgent, no alarm word. Not a step request -> other. Only Alfie is named (the baby is not). "
        "parental_mental_health.")

def torbay_03():
    f = "torbay_03.eml"
    top = outlook_top(f, addr("Becky Luscombe", "becky.luscombe@torbay.gov.uk"),
                      "Torbay MASH <%s>" % to("torbay", "mash_step_up"),
                      "Contact to MASH - Jake Tremlett LCS-204418", "2030-11-28 13:10:44",
                      cc=addr("Silas Penrose", "silas.penrose@torbay.gov.uk"))
    body = T("""
Hi MASH,

Contact for Jake Tremlett, DOB 22/07/2016, LCS-204418, open to level 3 Early Help. Silas (ATM) and I have agreed
this needs considering for level 4 and mum agrees to the contact to MASH.

Jake (14) has run up about £150 on "loans" from older boys for game passes and vapes. He came to my 12 o'clock
session shaking. He showed me the chat: "7 tonight skate park Torre Abbey, bring the 150 or ur getting shanked",
and a photo of a knife. They've also said he can "work it off" by taking bags to Newton Abbot for them. He says
if he doesn't turn up they'll come to his house - they've posted his address in the group. Mum finishes work at
8; he's home on his own from 3.30.

Becky Luscombe
Early Help Family Worker, Torbay Council
""")
    data = mail(f, top, body, html_alt=True)
    add(f, data, "mash_step_up", "2030-11-28 13:10:44", 4, "urgent", "step_up", True, None, ["LCS-204418"],
        [ch("Jake Tremlett", "2016-07-22")], ["exploitation", "physical_harm"], True, True, [], None, "alert_duty",
        "A TEENAGER'S DEBTS TO OLDER BOYS DUE AT 7 TONIGHT with a knife threat, his address posted, and an offer to "
        "'work it off' carrying bags; home alone from 3.30 -> urgent, no alarm word. Torbay step-up (contact to MASH) "
        "with consent ('mum agrees') and manager agreement ('Silas (ATM) and I have agreed') -> missing []. "
        "exploitation + physical_harm.",
        dob_written={"Jake Tremlett": "22/07/2016"})

def torbay_04():
    f = "torbay_04.eml"
    top = plain_top(f, addr("Megan Trist", "m.trist@student-example.ac.uk"),
                    "Early Help <%s>" % to("torbay", "early_help_duty"),
                    "Question for my placement portfolio", "2030-09-18 16:20:31", "student-example.ac.uk", None)
    body = T("""
Hello,

I'm a second-year social work student on placement with Torbay Early Help. For my portfolio I've been asked a
"what if": what would Early Help do if a parent told a worker that a loan shark had said he would hurt the
children if she missed a payment, and he was coming round that night? Would that go through triage, or straight
to MASH?

This isn't about any family I'm working with - it's a scenario from my practice educator.

Thanks very much
Megan Trist
""")
    data = mail(f, top, body)
    add(f, data, "early_help_duty", "2030-09-18 16:20:31", 6, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a student's 'what if' about a loan shark threatening children, 'isn't about any "
        "family' -> not urgent (DESIGN safety rule 1: hypotheticals must not trigger it). other -> human_review.")

def torbay_05():
    f = "torbay_05.eml"
    top = plain_top(f, addr("Kerry-Ann Widdicombe", "kerryann.w@gmail-example.com"),
                    "Early Help <%s>" % to("torbay", "early_help_duty"),
                    "Fwd: Universal Credit letter", "2030-12-16 19:40:03", "gmail-example.com", "Gmail")
    body = T("""
Hi, my family worker left and I don't know who to ask. I've attached the letter from the DWP - they're taking
£62 a month off my UC for an advance I had in the summer. With that and Christmas I'm really worried I can't get
the kids the things they've asked for. They're fine, they're fed and warm, I just feel like a bad mum.

Is there any help with presents or a hamper? Sorry to bother you.
Kerry-Ann

---------- Forwarded message ---------
From: Universal Credit <noreply@dwp-example.gov.uk>
Date: Thu, 12 Dec 2030 at 08:01
Subject: Your Universal Credit payment
""")
    atts = [pdf_att("UC deduction letter Dec 2030.pdf", "Department for Work and Pensions",
                    ["Your Universal Credit statement.", "Advance repayment deduction: GBP 62.00 a month.",
                     "Next payment date: 18 December 2030."])]
    data = mail(f, top, body, atts, crlf=False)
    add(f, data, "early_help_duty", "2030-12-16 19:40:03", 8, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A BENEFITS LETTER AND THE COST OF CHRISTMAS: a parent forwards a DWP deduction letter (.pdf); "
        "'They're fine, they're fed and warm' -> no child-protection risk. Sent at 19:40, but not urgent. Help with "
        "presents -> other -> human_review; children not named.")

def torbay_06():
    f = "torbay_06.eml"
    top = outlook_top(f, addr("Nicola Stabb", "nicola.stabb@torbay.gov.uk"),
                      "Early Help <%s>" % to("torbay", "early_help_duty"),
                      "Step down to level 3 - triage slot please - Hannaford LCS-198832", "2030-09-24 09:50:27")
    body = T("""
Good morning,

Please can I have a triage slot for the Hannaford children, LCS-198832:
- Mason Hannaford, DOB 10/10/2022
- Evie Hannaford, DOB 14/02/2027

I'm requesting a step down to level 3 Early Help. The single assessment is attached. My TM, Claire Batten, has
recorded her analysis on LCS confirming the threshold is met for level 3. Mum has given her consent for level 3
early help.

Dad's debts (three payday loans and a catalogue) and his low mood led to the referral; he is now on a debt
management plan and seeing his GP for depression.

Many thanks
Nicola Stabb
Social Worker, Safeguarding and Supporting Families, Torbay
""")
    atts = [pdf_att("Single Assessment - Hannaford.pdf", "Single Assessment - Hannaford",
                    ["Outcome: step down to level 3 Early Help."])]
    data = mail(f, top, body, atts, html_alt=True)
    add(f, data, "early_help_duty", "2030-09-24 09:50:27", 5, "ordinary", "step_down", False, 3, ["LCS-198832"],
        [ch("Mason Hannaford", "2022-10-10"), ch("Evie Hannaford", "2027-02-14")], ["parental_mental_health"], True,
        True, [], None, "book_meeting",
        "Complete Torbay step-down: assessment attached, TM's analysis recorded ('confirming the threshold is met') -> "
        "manager_agreed true, consent given; level 3 stated. Evie is 3 -> the fortnightly under-5s triage. Dad's "
        "depression -> parental_mental_health.",
        dob_written={"Mason Hannaford": "10/10/2022", "Evie Hannaford": "14/02/2027"})

def torbay_07():
    f = "torbay_07.eml"
    top = outlook_top(f, addr("Aaron Prowse", "aaron.prowse@torbay.gov.uk"),
                      "Early Help <%s>" % to("torbay", "early_help_duty"),
                      "Triage request - Oliver Yeo LCS-201775", "2030-11-08 11:30:19")
    body = T("""
Hi Early Help,

Oliver Yeo, DOB 30/01/2013, LCS-201775. Assessment attached. Mum has consented to Early Help.

Oliver cares for mum, who has MS, and has been handling the household money since his dad left - paying the
gas and electric from mum's PIP. He is 17 and exhausted.

To be upfront: my team manager, Rob Harvey, has not agreed the step down yet - he doesn't think the level 3
threshold is met while the PIP appeal is outstanding. I'm sending it so it's logged and will come back to you.

Aaron Prowse
Social Worker, Torbay
""")
    atts = [pdf_att("Assessment - Oliver Yeo.pdf", "Single Assessment - Oliver Yeo", ["Young carer."])]
    data = mail(f, top, body, atts)
    add(f, data, "early_help_duty", "2030-11-08 11:30:19", 9, "ordinary", "step_down", False, None, ["LCS-201775"],
        [ch("Oliver Yeo", "2013-01-30")], ["young_carer"], True, False, ["manager_agreed"], None, "request_info",
        "Torbay step-down: assessment and consent met; 'my team manager ... has not agreed' -> manager_agreed false "
        "-> missing -> request_info. No level written -> null. Caring for mum and managing her money -> young_carer.",
        dob_written={"Oliver Yeo": "30/01/2013"})

def torbay_08():
    f = "torbay_08.eml"
    data = ooo(f, "2030-10-29 07:58:40", "Jo Hext", "jo.hext@torbay.gov.uk",
               "Early Help <%s>" % to("torbay", "early_help_duty"), "Triage list - Tuesday 29 October",
               "Thank you for your email. I am on the Illegal Money Lending Team's awareness training today and back "
               "in the office on Wednesday 30 October. For triage queries please contact Silas Penrose.\n\nJo Hext\n"
               "Early Help Business Support")
    add(f, data, "early_help_duty", "2030-10-29 07:58:40", 2, "ordinary", "auto_reply", False, None, [], [], [],
        None, None, [], None, "ignore",
        "Out-of-office auto-reply (Auto-Submitted: auto-replied) -> auto_reply -> ignore (DESIGN safety rule 2). "
        "Dated Tue 29 Oct, two days after the clocks went back: +0000.")

# ============================================================================= HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"
    data = itip_reply(f, "2030-12-10 08:20:15", "Owen Preece", "owen.preece@herefordshire.gov.uk",
                      ("Verity Lang", "verity.lang@herefordshire.gov.uk"), "DECLINED",
                      "Step-down drop-in - Tuesday", "20301210T093000", "20301210T120000", "Plough Lane, Room 4",
                      comment="Can't make the drop-in. Ran to the Pritchards' from home - the man Dean owes came at "
                              "11 last night, put the front window through with a brick while Skye Pritchard (8) and "
                              "Lola Pritchard (5) were asleep on the sofa, and shouted he'll be back tonight for the "
                              "rest and 'the girls can watch'. Dean's gone, mum (Leanne) has nowhere to take the "
                              "girls and says she's staying put. Glass still on the floor.")
    add(f, data, "early_help_duty", "2030-12-10 08:20:15", 3, "urgent", "meeting_reply", True, None, [],
        [ch("Skye Pritchard"), ch("Lola Pritchard")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT: a creditor put a brick through the window with two girls asleep in the room "
        "and will be 'back tonight for the rest'; mother staying put -> urgent, no alarm word; meeting_reply but "
        "alert_duty first. Threatened violence -> physical_harm.")

def herefordshire_02():
    f = "herefordshire_02.eml"
    top = outlook_top(f, addr("Tessa Gwynne", "tessa.gwynne@herefordshire.gov.uk"),
                      "Early Help Co-ordinators <%s>" % to("herefordshire", "early_help_duty"),
                      "Step-down plan - Powell - level 3", "2030-11-20 12:45:01")
    body = T("""
Hi Co-ordinators,

Please find attached the level 3 Early Help Assessment step-down plan and the signed written consent for Reuben
Powell and Nia Powell (Mosaic 805512 / 805513). Key person: Gemma Price, Family Support Worker, Ledbury Primary
School. We discussed the plan at the drop-in last Tuesday.

I've also attached the chronology update from this morning's call from school - I haven't read it properly yet as
I'm in court all afternoon.

Tessa Gwynne
Social Worker, Herefordshire Council
""")
    atts = [docx_att("EHA step-down plan - Powell.docx",
                     ["# Early Help Assessment step-down plan", "Reuben Powell 02/04/2022; Nia Powell 15/11/2019",
                      "Key person: Gemma Price, Ledbury Primary School", "Wellbeing plan: budgeting, epilepsy care plan."]),
            pdf_att("Consent form signed - Powell.pdf", "Early Help written consent",
                    ["I consent to Early Help support for my children.", "Signed: Carys Powell 15/11/2030"]),
            pdf_att("Chronology update 20.11.30.pdf", "Chronology - Powell - update",
                    ["15/11/2030 Consent signed at home visit.",
                     "20/11/2030 11:50 Call from Ledbury Primary (Mrs Price): Nia says mum's partner has put "
                     "Reuben's DLA and the child benefit on the machines at the bookies.",
                     "No Epilim has been collected since Saturday because there was no money for the bus or the "
                     "prescription. Reuben (8, epilepsy) had three seizures at home this morning, the last one "
                     "lasting about six minutes.",
                     "Mum has kept him at home and is refusing to take him to hospital or ring 111: 'they'll take "
                     "them off me'. School could not persuade her. Reuben is at home now with mum and partner."])]
    data = mail(f, top, body, atts)
    add(f, data, "early_help_duty", "2030-11-20 12:45:01", 5, "urgent", "step_down", True, 3, ["805512", "805513"],
        [ch("Reuben Powell", "2022-04-02"), ch("Nia Powell", "2019-11-15")], ["disability_send", "neglect"], True,
        None, [], None, "alert_duty",
        "THE RISK ONLY IN AN ATTACHMENT: the chronology .pdf tells of an 8-year-old with epilepsy whose medicine was "
        "not collected because the benefits went on the machines, three seizures this morning and mum refusing "
        "hospital; he is at home now -> urgent (DESIGN: attachments are read for it); the sender has not read it. "
        "The step-down itself is complete (plan .docx, signed consent .pdf, key person with agency; level 3 written). "
        "neglect + disability_send.",
        dob_written={"Reuben Powell": "02/04/2022", "Nia Powell": "15/11/2019"})

def herefordshire_03():
    f = "herefordshire_03.eml"
    top = plain_top(f, addr("Roger Tranter", "roger.tranter@btinternet-example.com"),
                    "MASH <%s>" % to("herefordshire", "mash_step_up"),
                    "two children on my doorstep - 6 Bridge St Leominster", "2030-12-16 17:25:44",
                    "btinternet-example.com", None)
    body = T("""
I am the landlord of 6 Bridge Street. The bailiffs executed the possession order at noon today and I changed the
locks. Miss Kerry Bowen left with some bags.

I've just come back to collect the keys and her two children, Cody Bowen (about 9) and Ella Bowen (5 or 6), are
sitting on the front step in their school uniforms. They say mum told them to wait there and she'd "be back in a
bit" - that was after school, about 3.30. It's dark and it's 2 degrees. Her phone is off. They've had nothing to
eat. I don't have anywhere to put them - I don't live in the town.

Who do I ring? I'll wait with them in my van for now.
Roger Tranter
07700 900 538
""")
    data = mail(f, top, body, crlf=False)
    add(f, data, "mash_step_up", "2030-12-16 17:25:44", 3, "urgent", "other", True, None, [],
        [ch("Cody Bowen"), ch("Ella Bowen")], ["neglect"], None, None, [], None, "alert_duty",
        "A LANDLORD FINDS TWO CHILDREN (about 9 and 5) ON THE DOORSTEP after today's eviction, mother gone since 3.30, "
        "dark and 2 degrees, nothing to eat, at 17:25 (out of hours) -> urgent, no alarm word. Not a step request -> "
        "other. Children named with estimated ages only -> dob null. Abandoned -> neglect.")

def herefordshire_04():
    f = "herefordshire_04.eml"
    top = plain_top(f, addr("Sian Bevan", "sian.bevan@herefordshire.gov.uk"),
                    "Early Help Co-ordinators <%s>" % to("herefordshire", "early_help_duty"),
                    "Re: [SB-herefordshire-0655] Step-down plan - Jones", "2030-09-06 10:10:18",
                    "herefordshire.gov.uk", "Apple Mail (2.3774)")
    text = T("""
Hi, adding the letter from the gambling support service you asked about for the file.

Mr Jones has been gamble-free for 14 months, has self-excluded from every site and is now volunteering with the
peer support group. Back in July 2029, at his lowest, he told his GP he wanted to "end it all" - that was over a
year ago, was fully assessed at the time, and there has been nothing like it since. Taylor is doing brilliantly.

Sian

> Your step-down has been received: [SB-herefordshire-0655]
> Child: Taylor Jones (12/03/2017) - Mosaic 804771
""")
    atts = [pdf_att("Gambling support letter - Mr Jones.pdf", "Gambling support service - progress letter",
                    ["Mr Jones has completed the 12-week programme.", "Gamble-free since July 2029."])]
    data = iphone_mail(f, top, text, atts)
    add(f, data, "early_help_duty", "2030-09-06 10:10:18", 4, "near_miss", "follow_up", False, None, ["804771"],
        [ch("Taylor Jones", "2017-03-12")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A GAMBLING RECOVERY UPDATE: a father's 'end it all' in July 2029, 'over a year ago ... nothing "
        "like it since' -> historic, not urgent. Reply to [SB-herefordshire-0655] adding a letter -> follow_up -> "
        "attach_to_request; child, DOB and Mosaic id from the quoted acknowledgement.",
        dob_written={"Taylor Jones": "12/03/2017"})

def herefordshire_05():
    f = "herefordshire_05.eml"
    top = outlook_top(f, addr("Emergency Duty Team", "edt@herefordshire.gov.uk"),
                      "MASH <%s>" % to("herefordshire", "mash_step_up"),
                      "FYI - EDT overnight - Lewis family, Ross-on-Wye - no action for MASH", "2030-10-25 08:55:33")
    body = T("""
Morning MASH,

For your records only. At 21:40 last night Ms Lewis rang to say a man she owes money to had threatened to hurt
the children if she didn't pay by midnight. West Mercia attended at 22:05; the man was arrested at the address at
22:20 and has been remanded this morning. The children were taken by their grandparents to Hereford and stayed
there overnight; they are staying with them for the week. Police have the illegal lending referral.

Nothing outstanding - the children are safe with family and the man is in custody. No action needed from MASH
today; the allocated Early Help worker has been told.

EDT Senior Practitioner
""")
    data = mail(f, top, body)
    add(f, data, "mash_step_up", "2030-10-25 08:55:33", 4, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A THREAT ALREADY DEALT WITH: last night's loan-shark threat, man arrested and remanded, children "
        "with grandparents for the week, 'Nothing outstanding' -> resolved, not urgent. Dated Fri 25 Oct, the last "
        "working day of BST (+0100). An FYI, no request -> other -> human_review; children not named.")

def herefordshire_06():
    f = "herefordshire_06.eml"
    top = outlook_top(f, addr("Bethan Morris", "bethan.morris@herefordshire.gov.uk"),
                      "Early Help Co-ordinators <%s>" % to("herefordshire", "early_help_duty"),
                      "Level 3 step-down - Watkins sibling group", "2030-10-03 14:00:07")
    blocks = [
        "Dear Early Help Co-ordinators,", "",
        "Please find attached the level 3 Early Help Assessment step-down plan and the family's written consent for "
        "the Watkins sibling group, following our discussion at Tuesday's drop-in.", "",
        ("table", [["Child", "DOB", "Mosaic"],
                   ["Megan Watkins", "09/09/2015", "803310"],
                   ["Rhys Watkins", "17/01/2018", "803311"],
                   ["Seren Watkins", "05/05/2023", "803312"]]),
        "",
        "Key person: Laura Jenkins, Family Support Worker, Whitecross Hereford High School.", "",
        "Mum's gambling debts and depression brought the family to us in the spring; she is now on a debt relief "
        "order and in treatment. Megan's attendance is 84%.", "",
        "Kind regards", "Bethan Morris", "Social Worker, Herefordshire Council",
    ]
    atts = [docx_att("EHA step-down plan - Watkins.docx", ["# Early Help Assessment step-down plan - Watkins",
                                                           "Wellbeing plan: attendance, budgeting, mum's treatment."]),
            pdf_att("Written consent - Watkins.pdf", "Early Help written consent",
                    ["Signed: Rachel Watkins 30/09/2030"])]
    data = word_mail(f, top, blocks, atts)
    add(f, data, "early_help_duty", "2030-10-03 14:00:07", 6, "ordinary", "step_down", False, 3,
        ["803310", "803311", "803312"],
        [ch("Megan Watkins", "2015-09-09"), ch("Rhys Watkins", "2018-01-17"), ch("Seren Watkins", "2023-05-05")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down in a Word table: plan .docx, written consent .pdf (consent "
        "true), key person with agency; level 3 written. Mosaic ids from the table -> bare numbers. Mum's depression "
        "-> parental_mental_health; attendance 84% -> school_attendance.",
        dob_written={"Megan Watkins": "09/09/2015", "Rhys Watkins": "17/01/2018", "Seren Watkins": "05/05/2023"})

def herefordshire_07():
    f = "herefordshire_07.eml"
    top = outlook_top(f, addr("Agnieszka Zielinska", "agnieszka.zielinska@herefordshire.gov.uk"),
                      "Early Help Co-ordinators <%s>" % to("herefordshire", "early_help_duty"),
                      "Step down - Kacper Nowak - Mosaic 806120", "2030-10-21 10:30:40")
    body = T("""
Hello,

I send the step-down plan for Kacper Nowak, born 02/10/2019, Mosaic 806120 (attached).

Mrs Nowak agreed verbally on the phone to the step-down to Early Help. I will get the written consent form signed
at my visit next week. The key person is to be confirmed - maybe the school, I am waiting for answer.

Mr Nowak's drinking got worse when his agency took money from his wages for the caravan rent; he now has a new
job and is in contact with the alcohol service.

Best regards,
Agnieszka Zielinska
Social Worker
""")
    atts = [docx_att("Step-down plan - Nowak.docx", ["# Early Help Assessment step-down plan - Kacper Nowak"])]
    data = mail(f, top, body, atts)
    add(f, data, "early_help_duty", "2030-10-21 10:30:40", 7, "ordinary", "step_down", False, None, ["806120"],
        [ch("Kacper Nowak", "2019-10-02")], ["substance_misuse"], True, None, ["consent_form", "lead_practitioner"],
        None, "request_info",
        "Herefordshire step-down from a social worker writing in a second language: plan attached (met); verbal "
        "consent -> consent true but the written form is to follow -> consent_form missing; key person 'to be "
        "confirmed' -> lead_practitioner missing -> request_info. No level written -> null. Dad's drinking -> "
        "substance_misuse.",
        dob_written={"Kacper Nowak": "02/10/2019"})

def herefordshire_08():
    f = "herefordshire_08.eml"
    top = outlook_top(f, addr("Hannah Price", "hannah.price@herefordshire.gov.uk"),
                      "MASH <%s>" % to("herefordshire", "mash_step_up"),
                      "Step up request - Archie Lloyd - Mosaic 807004", "2030-11-14 15:20:26")
    body = T("""
Dear MASH,

I would like to step Archie Lloyd (DOB 08/08/2020, Mosaic 807004) up from Early Help to social care.

Mum's debts have spiralled (rent arrears, a doorstep lender and a county court judgment); the cupboards are
regularly empty by midweek, Archie has had head lice and the same clothes for weeks, and the family's electric was
cut off for four days last month. Early Help support since May has not changed things.

Mum has given her consent to the step up and my manager, Wilfred Oyelaran, has agreed it.

Hannah Price
Early Help Practitioner, Herefordshire
""")
    data = mail(f, top, body, html_alt=True)
    add(f, data, "mash_step_up", "2030-11-14 15:20:26", 3, "ordinary", "step_up", False, None, ["807004"],
        [ch("Archie Lloyd", "2020-08-08")], ["neglect"], True, True, [], None, "human_review",
        "A Herefordshire STEP-UP, which the seed does not define (REQUIREMENTS: 'step_up is not defined by this "
        "seed') -> human_review, missing []. Consent and manager agreement stated. Empty cupboards, same clothes, "
        "electric cut off -> neglect. | Rule: REQUIREMENTS.md herefordshire; config herefordshire.yaml step_up "
        "defined: false",
        dob_written={"Archie Lloyd": "08/08/2020"})

# ============================================================================= self-checks
def yaml_ids():
    import yaml
    out = {}
    base = "/work/main/config/authorities"
    for a in RULE:
        y = yaml.safe_load(open(os.path.join(base, a + ".yaml"), encoding="utf-8"))
        ids = set()
        for kind, spec in (y.get("kinds") or {}).items():
            for r in (spec or {}).get("requirements", []) or []:
                ids.add(r["id"])
        out[a] = ids
    return out

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def check():
    import holidays
    errors = []
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2030, 2031])
    if set(pkg) != BANK_HOLIDAYS:
        errors.append("bank holidays differ from the holidays package: %s" % sorted(set(pkg) ^ BANK_HOLIDAYS))
    inside = [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]
    if inside:
        errors.append("expected no bank holiday inside the window, found %s" % inside)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        errors.append("window ends are not Monday / Friday")
    ids = yaml_ids()
    from collections import Counter
    cats = Counter(CATS.values())
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        errors.append("category totals %s" % cats)
    per = Counter(l["authority"] for l in LABELS)
    if set(per.values()) != {8}:
        errors.append("not 8 per authority: %s" % per)
    for lab in LABELS:
        f, e = lab["file"], lab["expect"]
        try:
            msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if msg.defects:
            errors.append("%s: MIME defects %s" % (f, msg.defects))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        ld = d.astimezone(LON)
        if d.utcoffset() != ld.utcoffset():
            errors.append("%s: Date offset %s, Europe/London is %s" % (f, d.utcoffset(), ld.utcoffset()))
        if not (WINDOW[0] <= ld.date() <= WINDOW[1]):
            errors.append("%s: Date outside the window" % f)
        if ld.weekday() >= 5:
            errors.append("%s: Date on a weekend" % f)
        if ld.date() in BANK_HOLIDAYS:
            errors.append("%s: Date on a bank holiday" % f)
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset():
            errors.append("%s: now offset differs from the Date header's" % f)
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)):
            errors.append("%s: now is %s after Date" % (f, now - d))
        if lab["mailbox"] not in ("mash_step_up", "early_help_duty"):
            errors.append("%s: mailbox" % f)
        rcpt = (msg["To"] or "") + (msg["Cc"] or "")
        if e["kind"] not in ("meeting_reply", "auto_reply") and MAILBOXES[(lab["authority"], lab["mailbox"])].lower() not in rcpt.lower():
            errors.append("%s: mailbox address not in To/Cc" % f)
        for m in e["missing"]:
            if m not in ids[lab["authority"]]:
                errors.append("%s: requirement id %s not in %s.yaml" % (f, m, lab["authority"]))
        if e["missing"] != sorted(e["missing"]) or e["concerns"] != sorted(e["concerns"]):
            errors.append("%s: unsorted" % f)
        # next_action order
        if e["urgent"]:
            want = "alert_duty"
        elif e["kind"] == "auto_reply":
            want = "ignore"
        elif e["kind"] == "meeting_reply":
            want = "record_reply"
        elif e["kind"] == "follow_up":
            want = "attach_to_request"
        elif e["kind"] == "other" or (lab["authority"] == "herefordshire" and e["kind"] == "step_up"):
            want = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            want = "request_info"
        else:
            want = "book_meeting"
        if e["next_action"] != want:
            errors.append("%s: next_action %s != %s" % (f, e["next_action"], want))
        if e["kind"] not in ("step_up", "step_down") and e["missing"]:
            errors.append("%s: missing on a kind with no requirements" % f)
        if lab["authority"] == "herefordshire" and e["kind"] == "step_up" and e["missing"]:
            errors.append("%s: undefined kind with missing" % f)
        if e["kind"] != "step_down" and e["level"] is not None:
            errors.append("%s: level on a %s" % (f, e["kind"]))
        if e["urgent"] != (CATS[f] == "urgent"):
            errors.append("%s: urgent vs category" % f)
        if e["urgent"] and ALARM.search(text):
            errors.append("%s: urgent mail contains an alarm word: %r" % (f, ALARM.search(text).group(0)))
        # Knowsley notice
        has_notice = lab["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        m = META[f]["meeting"]
        if has_notice:
            if m is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    errors.append("%s: no meeting date but notice/missing wrong" % f)
            else:
                if m.weekday() >= 5 or m in BANK_HOLIDAYS:
                    errors.append("%s: meeting on a weekend or bank holiday" % f)
                wd = working_days(now.astimezone(LON).date(), m)
                if e["notice_ok"] != (wd >= 5):
                    errors.append("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], wd))
        elif e["notice_ok"] is not None:
            errors.append("%s: notice_ok set where no notice applies" % f)
        for c in e["children"]:
            if c["name"] not in text:
                errors.append("%s: child %s not in text" % (f, c["name"]))
            if c["dob"]:
                w = META[f]["dob_written"].get(c["name"])
                if not w or w not in text or datetime.strptime(w, "%d/%m/%Y").date().isoformat() != c["dob"]:
                    errors.append("%s: dob of %s not written as labelled" % (f, c["name"]))
                elif not (date(2012, 12, 21) <= date.fromisoformat(c["dob"]) <= now.date()):
                    errors.append("%s: %s is not a child" % (f, c["name"]))
        for cid in e["case_ids"]:
            if cid not in text:
                errors.append("%s: case id %s not in text" % (f, cid))
        if msg.get("Auto-Submitted") and e["kind"] != "auto_reply":
            errors.append("%s: Auto-Submitted on a non-auto mail" % f)
        if e["kind"] == "meeting_reply" and "method=REPLY" not in FILES[f].decode("utf-8", "replace"):
            errors.append("%s: meeting reply without a REPLY calendar part" % f)
    return errors

COUNTS = {}
def notice_table():
    rows = []
    for lab in sorted(LABELS, key=lambda l: l["file"]):
        m = META[lab["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            rows.append((lab["file"], t, m, working_days(t, m), plain_weekdays(t, m), lab["expect"]["notice_ok"]))
    return rows

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = check()
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
        from collections import Counter
        print("categories", dict(Counter(CATS.values())))
        print("kinds", dict(Counter(l["expect"]["kind"] for l in LABELS)))
        for r in notice_table():
            print("  %s today %s meeting %s: %d WD, %d plain weekdays, notice_ok %s" % r)
    print("wrote %d messages; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
