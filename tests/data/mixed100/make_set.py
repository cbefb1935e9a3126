#!/usr/bin/env python3
"""mixed100: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2047 (Monday 15 April - Friday 19 July 2047; 15 April is Easter Monday, so the first working
day is Tuesday 16 April), in children in hospital and at the health front door: paediatric wards, A&E, the neonatal
unit, CAMHS young people waiting for a bed, play specialists, ward sisters, paediatric registrars, hospital social
workers and A&E liaison nurses.

Urgent (11): a father who took his 2-year-old off the ward with a cannula in, heading home; a 6-month-old with a
skull fracture and no history whose parents are packing to leave this afternoon; a 15-year-old in A&E who says the
man in the car park "owns" her; a mother seen pushing something into her son's drip line, staying overnight; a
14-year-old in A&E whose stepfather (the man she says comes into her room) is collecting her tonight; a newborn due
home at 4pm with a man under investigation for injuring a baby; a 9-year-old who told the play specialist "dad
pushed me" with dad on the parent bed tonight; an 18-month-old with bruised ears and a torn frenulum whose mother's
boyfriend wants to leave with him; a mother in a psychotic state alone at night with her 10-week-old; a 13-year-old
medically fit in A&E whose mother's partner is at the front desk; a ward sister's note in a PDF attachment only.
Near misses (12): a hospital safeguarding newsletter, an FII training invitation, a parent's complaint about visiting
rules, a referral already made with the child safe, a play specialist's worry checked and explained, a ward's
routine audit, a discharge letter with everything in place, a student's hypothetical, a historic admission, an
accidental injury fully explained, an A&E liaison digest with initials only, and a step-down whose injury is history.

Window and clock: BST throughout (+0100): BST began on Sunday 31 March 2047 and ends on Sunday 27 October 2047.
Bank holidays from the `holidays` package: Good Friday 12 April and Easter Monday 15 April (the window's first day),
May Day Monday 6 May, Spring Bank Holiday Monday 27 May. Knowsley notice counts cross May Day and the Spring Bank
Holiday (two decisively).

Deterministic: no clock, no randomness (hash-derived ids and boundaries). Run with
/work/main/.venv/bin/python make_set.py [--stats]. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office,
quote-chain and readable-text helpers are copied from /work/main/tests/data/mixed27/make_set.py (which copied them
from earlier sets) and adapted. Every label was set by hand from the specification; the self-checks verify them
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
    """Local (Europe/London) wall-clock time. The whole window (15 April - 19 July 2047) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 31 March 2047 and ends on Sunday 27 October 2047. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2047, 4, 2, 0, 0, 0))
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



# ============================================================================= mixed100's own records
NHSFOOT = T("""
********************************************************************
This message may contain confidential information. If you are not the intended recipient please tell the sender
and delete it. NHSmail is the secure email service for health and care.
********************************************************************
""")

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2047-04-30 11:20:41"
    body = T("""
Hi Family First duty,

Step down to Family First - Level 3 - Tyler Birchall (ICS-1207734)

Tyler Birchall, DOB 11/08/2038, is going home from Ward 3B at Halewood Park Hospital tomorrow after a 9 day admission
with diabetic ketoacidosis (his third DKA admission since September). The CIN plan has done what it needed to: mum now
holds the insulin pens, the diabetes nurse has a weekly phone check-in with her and the missed clinic appointments
have stopped since January. We agreed at the CIN review on 23/04/2047 that he can step down to Family First at Level 3.

Consent: Mum (Shannon Birchall) signed the Family First consent form on the ward yesterday.

Joint home visit: Tuesday 7th May 2047 at 10:00, at home - 22 Alder Grove, Huyton, L36 4QP. Please could a case manager
come with me.

What are we worried about?
Missed insulin doses at weekends when Tyler stays at his dad's, and clinic letters going unopened - the three DKA
admissions all followed missed doses.

What is working well?
Mum now keeps a written insulin diary, which the diabetes nurse checks weekly. Tyler (8) can say when he needs
his pen. School have a care plan and the school nurse has been trained.

What needs to happen?
A Family First case manager to coordinate a TAF with school, the diabetes team and dad; a weekend routine with dad
written into the plan; clinic attendance tracked at each review.

Thanks
Kerry

Kerry Lunt
Social Worker | Children in Need Team (Prescot) | Knowsley Council
0151 496 0733

""") + KDISC
    top = plain_top(f, addr("Lunt, Kerry", "Kerry.Lunt@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Tyler Birchall - joint visit 07/05", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["ICS-1207734"],
        [ch("Tyler Birchall", "2038-08-11", "11/08/2038")],
        ["neglect"], True, None, [], False, "request_info",
        "ORDINARY LEVEL 3 STEP-DOWN ACROSS MAY DAY, NOTICE DECISIVE: a child going home after his third DKA admission "
        "(missed insulin -> medical neglect -> neglect). Level 3 stated; consent 'Mum ... signed the Family First consent "
        "form' -> true; joint home visit date, time and venue; all three Signs of Safety headings -> nothing missing. "
        "From Tue 30 Apr the visit on Tue 7 May is 5 plain weekdays but Mon 6 May is the Early May bank holiday, so 4 "
        "working days < 5 (REQUIREMENTS, Knowsley level 3: at least 5 WD) -> notice not ok -> request_info.",
        meeting=date(2047, 5, 7), not_children=["Shannon Birchall", "Kerry Lunt"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2047-05-22 09:40:12"
    desc = T("""
Step-up TAF meeting for Kenzie Rimmer (EHM-51872). Documents attached: Appendix 1 step-up request, TAF minutes,
GCP2. MASH please chair; MASH business support please minute.
""")
    cal = ics("REQUEST", f, dt(when), "20470529T100000", "20470529T113000",
              "Step-up TAF - Kenzie Rimmer (EHM-51872)", "Microsoft Teams Meeting", desc,
              ("Joanne Tickle", "Joanne.Tickle@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", "mash.businesssupport@" + KDOM, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    body = T("""
Hi MASH,

Please find the Teams invite for the step-up TAF for Kenzie Rimmer (DOB 03/02/2045, EHM-51872) on Wednesday
29 May at 10am.

Kenzie (2) has been to A&E at Halewood Park four times since February: twice for swallowing tablets (mum's
sertraline, then nan's blood pressure tablets), once for a scald from a cup of tea left on the floor and once with
a cut head from falling off a bunk bed. Each time the explanation fits on its own, but the pattern is poor supervision
and the home conditions haven't improved despite four months at Level 3. GCP2 completed 14/05/2047 - scores of 4 on
safety and supervision.

My manager Desmond Faulk has agreed the step up. Attached: Appendix 1, the last TAF minutes and the GCP2.

Joanne Tickle
Family First Case Manager | Knowsley Council
""") + KDISC
    atts = [docx_att("Appendix 1 FF Step Up request - Kenzie Rimmer.docx", appendix1([
                ("Child's name and DOB", "Kenzie Rimmer 03/02/2045"), ("EHM number", "EHM-51872"),
                ("Reason for step up", "Repeated A&E attendances (ingestion x2, scald, head injury); neglect - poor supervision"),
                ("Manager agreement", "Desmond Faulk, Family First MASH manager - agreed 21/05/2047"),
                ("Step-up TAF", "Wednesday 29/05/2047 10:00, Microsoft Teams")])),
            pdf_att("TAF minutes 14.05.2047 - Rimmer.pdf", "TAF meeting minutes - Kenzie Rimmer",
                    ["Date: 14/05/2047", "Present: mum, health visitor, nursery, Family First",
                     "Home conditions: no change. Medicines still within reach.", "Actions: step up to be considered."]),
            pdf_att("GCP2 - Kenzie Rimmer.pdf", "Graded Care Profile 2 (GCP2) - Kenzie Rimmer",
                    ["Completed 14/05/2047 by J Tickle", "Safety: 4", "Supervision: 4", "Nutrition: 3"])]
    top = outlook_top(f, addr("Tickle, Joanne", "Joanne.Tickle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step-up TAF - Kenzie Rimmer (EHM-51872)", when,
                      cc=addr("MASH business support", "mash.businesssupport@" + KDOM),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-51872"], [ch("Kenzie Rimmer", "2045-02-03", "03/02/2045")],
        ["neglect"], None, True, [], False, "request_info",
        "ORDINARY KNOWSLEY STEP-UP WITH A TEAMS INVITE (iTIP REQUEST) ACROSS THE SPRING BANK HOLIDAY, NOTICE DECISIVE: a "
        "toddler's repeated A&E attendances (ingestions, scald, head injury) each explained but showing poor supervision "
        "-> neglect, so gcp2 is required and attached; Appendix 1 and TAF minutes attached; EHM id; manager 'has agreed' "
        "-> true; consent not mentioned -> null. From Wed 22 May the TAF on Wed 29 May is 5 plain weekdays but Mon 27 May "
        "is the Spring Bank Holiday: 4 WD < 5 -> notice not ok -> request_info.",
        meeting=date(2047, 5, 29), not_children=["Joanne Tickle", "Desmond Faulk"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2047-05-02 14:47:03"
    blocks = [
        "MASH,",
        "",
        "Ringing you too but putting this in writing. At 14:20 today Connor Ashworth took his daughter {{Mia Ashworth}} "
        "(DOB 19/06/2044, 2 yrs) off Ward 3B against medical advice. Nursing staff asked him to wait for the registrar; "
        "he picked her up and walked out through the main entrance.",
        "",
        "Mia still has a cannula in the back of her left hand. She was admitted on Tuesday with a fever of 39.8 and a "
        "swollen right knee - ?septic arthritis - and is on IV ceftriaxone, 3 doses so far. Without the IV antibiotics "
        "she could become very unwell within hours and the cannula itself can bleed or get infected if it's pulled.",
        "",
        "Dad smelt of alcohol on arrival on the ward at 13:30 and was slurring. He told the HCA he was taking her home "
        "to Stockbridge Village \"where she belongs\". He was on foot, carrying her, no coat for her. Mum is not "
        "answering her phone. Merseyside Police have been called (log 0412 of today).",
        "",
        "Address on our system: 9 Pinfold Walk, Stockbridge Village, L28 1RT.",
        "",
        "Ward contact: 0151 496 0388 (Ward 3B nurses' station).",
        "",
        "Andrea Keegan",
        "Ward Sister, Ward 3B (Children's Ward)",
        "Halewood Park Hospital NHS Trust",
        "",
        NHSFOOT]
    top = outlook_top(f, addr("KEEGAN, Andrea (HALEWOOD PARK HOSPITAL NHS TRUST)", "andrea.keegan3@nhs.net"),
                      addr("Knowsley MASH", KMASH), "Mia Ashworth 2yrs - taken off Ward 3B by dad, cannula still in",
                      when, mid_domain="nhs.net")
    add(f, word_mail(f, top, blocks), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Mia Ashworth", "2044-06-19", "19/06/2044")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1), TOLD CLINICALLY: a drunk father has just carried his 2-year-old off the ward "
        "against medical advice with a cannula in, mid-course of IV antibiotics for ?septic arthritis, heading home on "
        "foot. A ward sister's Word HTML mail, no alarm words. Not a step request -> other; concerns: removal from "
        "treatment -> neglect; alcohol -> substance_misuse. Police log number is not a case id.",
        not_children=["Connor Ashworth", "Andrea Keegan"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2047-05-15 08:30:00"
    body = T("""
HALEWOOD PARK HOSPITAL NHS TRUST - SAFEGUARDING CHILDREN BULLETIN - MAY 2047

In this issue
1. Discharge against medical advice (DAMA) - what to do
2. Unexplained injuries in non-mobile babies: the updated bruising protocol
3. Perplexing presentations and fabricated or induced illness (FII)
4. Dates for your diary

1. DAMA
A parent who removes a child from a ward against advice, with a cannula still in, may leave a child at risk of
serious harm. Do not physically stop them; record the time, tell the nurse in charge, ring the police if the child
is in danger, and contact the local authority MASH immediately.

2. Non-mobile babies
"Those who don't cruise rarely bruise." Any bruise on a baby under 6 months, and any unexplained fracture - a skull
fracture with no history, for example - needs a child protection medical and a referral to children's social care
the same day.

3. FII
Nurses have asked what to do if they ever see a parent tampering with a drip. Our new guidance is on the intranet.

4. Diary
Level 3 safeguarding update: Wednesday 12 June 2047, Education Centre, 13:00-16:00.

The examples above are illustrative and do not describe any patient. Please share with your team.

Named Nurse for Safeguarding Children
Halewood Park Hospital NHS Trust

You are receiving this bulletin because you are on the partner distribution list.
""")
    top = plain_top(f, addr("Safeguarding Children Team (HALEWOOD PARK HOSPITAL NHS TRUST)", "halewoodpark.safeguarding@nhs.net"),
                    addr("Family First 0-18 Duty Mailbox", KFF), "Safeguarding Children Bulletin - May 2047", when,
                    "nhs.net", None, extra=[("List-Id", "Safeguarding partners <sgpartners.halewoodpark.nhs.net>")])
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HOSPITAL SAFEGUARDING NEWSLETTER: 'at risk of serious harm', 'in danger', 'immediately', a skull "
        "fracture, a tampered drip - but the bulletin says the examples 'do not describe any patient'. No child, no step "
        "request -> other -> human_review (DESIGN: bulletins that list examples must not trigger).")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2047-05-03 10:05:19"
    blocks = [
        "Good morning Family First,",
        "",
        "Please see below a Level 2 step down for {{Ava-Rose Kinsella}}, DOB 02/09/2046, ICS-1211408.",
        "",
        ("table", [["", ""],
                   ["Final CIN meeting", "Monday 13 May 2047, 14:00, Huyton Family Hub, Derby Road, room 2"],
                   ["Lead practitioner (Level 2)", "Jo Kershaw, Health Visitor, Bridgewater Community Healthcare NHS Trust, 0151 496 0914"],
                   ["What are we worried about?", "Mum's postnatal depression after Ava-Rose's 11 weeks on the neonatal unit; "
                    "some missed weight checks in the spring."],
                   ["What is working well?", "Mum is on treatment with the perinatal mental health team and says she feels "
                    "'like herself again'; Ava-Rose is gaining weight along her centile; dad is home every evening."],
                   ["What needs to happen?", "Health visitor to lead a Level 2 plan: weekly weights for 6 weeks, perinatal "
                    "team review in June, baby group at the hub."]]),
        "",
        "Mum has given consent for the step down and for Jo to be the lead practitioner.",
        "",
        "Kind regards",
        "Gemma Roby",
        "Social Worker, Children in Need Team (Kirkby), Knowsley Council",
        "",
        KDISC]
    top = outlook_top(f, addr("Roby, Gemma", "Gemma.Roby@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down Level 2 - Ava-Rose Kinsella - final CIN 13/05", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-1211408"], [ch("Ava-Rose Kinsella", "2046-09-02", "02/09/2046")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "ORDINARY COMPLETE LEVEL 2 STEP-DOWN (Word table): a baby after a neonatal unit stay, mum's postnatal depression "
        "-> parental_mental_health; final CIN date/time/venue, lead practitioner named with agency, all three Signs of "
        "Safety headings -> nothing missing. Notice from Fri 3 May to Mon 13 May crosses May Day (Mon 6 May): Tue 7 - "
        "Fri 10 (4) + Mon 13 = exactly 5 WD (6 plain weekdays) -> ok -> book_meeting.",
        meeting=date(2047, 5, 13), not_children=["Jo Kershaw", "Gemma Roby"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2047-05-23 16:02:44"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Joanne Tickle", "Joanne.Tickle@" + KDOM),
                      "ACCEPTED", "Step-up TAF meeting (Family First)", "20470529T100000", "20470529T113000",
                      "Microsoft Teams Meeting", comment="I'll chair. Aled (MASH SW)")
    # the reply goes back to the organiser and to the MASH inbox
    data = data.replace(b"To: Joanne Tickle <Joanne.Tickle@knowsley.gov.uk>",
                        b"To: Joanne Tickle <Joanne.Tickle@knowsley.gov.uk>\r\nCc: Knowsley MASH <knowsleymash@knowsley.gov.uk>")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar METHOD:REPLY), PARTSTAT=ACCEPTED, from the MASH social worker for a step-up "
        "TAF, copied to the MASH inbox; no child or case id in the summary -> meeting_reply -> record_reply, "
        "missing [] and notice null for a reply.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2047-06-11 15:40:22"
    note = T("""
From: Kelly Dunne <kelly.dunne7@nhs.net>
Sent: 11 June 2047 15:12
To: Case, Rhiannon <Rhiannon.Case@knowsley.gov.uk>
Subject: Jayden - play session this afternoon

Hi Rhiannon, you asked me to let you know if anything came up in Jayden's play sessions.

This afternoon we were doing the "worry monster" activity in the playroom on Ward 3B. Jayden put a note in
the monster's mouth and then read it to me. He said: "Dad pushed me down the stairs. He said say I fell off my bike."
He then said "don't tell him I said" and "he's sleeping here tonight isn't he". He was shaking.

Jayden came in on Sunday with a fractured left wrist and bruising to his back; the history given was a fall from
his bike. Dad has booked the parent bed next to Jayden's for tonight (mum is at home with the baby). I have told the
nurse in charge (Sr Keegan) and written it in the notes word for word.

Kelly Dunne
Hospital Play Specialist, Ward 3B
""")
    body = T("""
Hi both,

Forwarding the note below from the play specialist. Jayden is the boy we stepped down last month. Dad is due back on
the ward at 7pm and is staying overnight. I've rung the MASH duty line as well but please make sure this reaches
whoever is on tonight.

Rhiannon Case
Family First Case Manager
07700 900 482
""") + note
    top = plain_top(f, addr("Case, Rhiannon", "Rhiannon.Case@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "FW: Jayden Mercer - play session [SB-knowsley-1231]", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("Knowsley MASH", KMASH))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, [], [ch("Jayden Mercer")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A FORWARDED PART, IN THE CHILD'S WORDS: a 9-year-old with a fractured wrist told the play specialist "
        "'Dad pushed me down the stairs. He said say I fell off my bike', and dad sleeps on the parent bed next to him "
        "tonight. A follow-up ([SB-knowsley-1231]) but urgent -> alert_duty. Full name only in the subject; no DOB.",
        not_children=["Kelly Dunne", "Rhiannon Case"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2047-06-17 09:12:10"
    desc = T("""
Lunch and learn: perplexing presentations and fabricated or induced illness (FII).
Dr Faye Ormerod, Named Doctor, Halewood Park Hospital.
We will work through three invented case studies: a mother found putting something into her child's drip, a baby
whose 'apnoeas' only ever happen at home, and a teenager whose wheelchair use does not match her tests. None of them
is a real family. Open to MASH, Family First and health colleagues. Bring your lunch.
""")
    cal = ics("REQUEST", f, dt(when), "20470626T123000", "20470626T133000",
              "Lunch and learn: FII and perplexing presentations", "Education Centre, Halewood Park Hospital", desc,
              ("Faye Ormerod", "faye.ormerod@nhs.net"),
              [("Knowsley MASH", KMASH, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("ORMEROD, Faye (HALEWOOD PARK HOSPITAL NHS TRUST)", "faye.ormerod@nhs.net"),
                      addr("Knowsley MASH", KMASH), "Lunch and learn: FII and perplexing presentations", when,
                      mid_domain="nhs.net", extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(desc, crlf=True), text_part(html_of(desc), "html", crlf=True), cal_part],
                     bnd(f, 1))
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SESSION ON FABRICATED ILLNESS, as a meeting REQUEST (not a reply): the invented case "
        "studies include 'a mother found putting something into her child's drip', but 'None of them is a real family'. "
        "-> other -> human_review.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2047-05-08 12:35:10"
    body = T("""
To MASH,

Paeds reg at St Anselm's, Tooting. Referral re:

Isla BRENNAN-TATE, DOB 14/11/2046 (5/12), NHS no. 943 276 1180
Address: Flat 3, 41 Garratt Terrace, SW17 0QP

PC: brought to ED 02:10 today by mum, "not herself, vomiting x3". O/E: boggy swelling L parietal, irritable.
CT head 05:40: L parietal skull # (linear, ~4cm), small overlying scalp haematoma, no intracranial bleed.
Hx: NO history of trauma offered by either parent. Mum: "she was fine when I put her down". Dad (Liam Tate): "maybe
she banged it on the cot". Non-mobile, not rolling yet.
Plan: skeletal survey booked for tomorrow AM, ophthalmology for retinal exam this PM, bloods (clotting, bone
profile) sent.

Issue: both parents now saying they are taking her home this afternoon, "we've been here all night, she's fine".
Dad packing her bag in the cubicle as I type. We have asked them to stay; they have said no. We cannot keep her
on the ward if they walk out.

Named doctor aware. I'm on bleep 4471 / 020 7946 0614 until 8pm.

Dr Priyanka Sethi
ST5 Paediatrics, St Anselm's Hospital
""") + NHSFOOT
    top = plain_top(f, addr("SETHI, Priyanka (ST ANSELM'S HOSPITAL NHS FOUNDATION TRUST)", "priyanka.sethi2@nhs.net"),
                    addr("MASH Step Up", RSU), "5 month old - skull # no hx - parents want to go home this PM",
                    when, "nhs.net", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Isla Brennan-Tate", "2046-11-14", "14/11/2046", as_written="Isla BRENNAN-TATE")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, IN A REGISTRAR'S ABBREVIATIONS: a 5-month-old, non-mobile, with a skull fracture (#) and no history; "
        "the parents are packing to take her home this afternoon before the skeletal survey. No alarm words. Not a step "
        "request (sent by a doctor) -> other. Surname written in capitals -> 'Isla Brennan-Tate'. The NHS number is not "
        "a case id.", not_children=["Liam Tate", "Priyanka Sethi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2047-04-23 10:14:55"
    body = T("""
Dear MASH colleagues,

I am sending a step up request for Ruby Okafor, DOB 05/03/2036, Mosaic ID 2238471. As the Early Help team manager
for the Wandsworth West locality I agree that this case now needs a social care assessment.

Case summary
Ruby (11) has epilepsy and has been admitted to St Anselm's three times since January with prolonged seizures. The
neurology team say each admission followed missed doses of her medication. Dad is her sole carer; he has missed five
of the last seven clinic and Early Help appointments and has not collected two prescriptions. Ruby has told school
she "does her own tablets" and that "sometimes there aren't any". Her attendance is 79%.

I have not had time to write up the rationale yet - our Early Help worker Stacey will send it tomorrow. Dad knows
we are asking for a step up but has not said whether he agrees.

Kind regards,
Ciaran Holt
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils
""") + RDISC
    top = outlook_top(f, addr("Holt, Ciaran", "Ciaran.Holt@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Ruby Okafor - Mosaic 2238471", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2238471"], [ch("Ruby Okafor", "2036-03-05", "05/03/2036")],
        ["neglect", "non_engagement", "school_attendance"], None, True, ["rationale"], None, "request_info",
        "ORDINARY STEP-UP MISSING A DOCUMENT: the case summary is pasted under its own heading, but the rationale is "
        "'not ... written up yet' -> missing ['rationale'] -> request_info. Sent by the Early Help team manager who "
        "'agree[s]' -> manager true; dad 'has not said whether he agrees' -> consent null. Missed anti-epileptic doses "
        "and prescriptions -> neglect; missed appointments -> non_engagement; 79% -> school_attendance. 'Mosaic ID "
        "2238471' -> the bare number.", not_children=["Ciaran Holt"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2047-07-01 20:41:09"
    body = T("""
Hello,

My Early Help worker (Bernice) said I should write to this address because she is on holiday.

My son Leo Fenwick is 7 and he's been on Beech Ward at Kingston Vale Hospital since Saturday with pneumonia. The ward
rule is only ONE parent can stay overnight and no siblings after 7pm. His dad works nights so I stay, but that means
my daughter has to go to my mum's every night and she cries. Last night a nurse told my partner to leave at 8pm
in front of everyone, it was humiliating.

I know they have rules but is there anything Early Help can do to get them to be more flexible? This isn't a
safeguarding thing, Leo is fine and getting better, he's just bored and misses his sister. I just think the rule is
unfair on families.

Thanks
Danielle Fenwick
Sent from my iPhone
""")
    top = plain_top(f, addr("Danielle Fenwick", "dani.fenwick88@example.com"), addr("Early Help Duty", RED),
                    "Visiting hours on Beech ward", when, "example.com", "iPhone Mail (21H220)")
    add(f, iphone_mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [ch("Leo Fenwick")], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S COMPLAINT ABOUT VISITING HOURS (iPhone, format=flowed, 20:41): a child in hospital, "
        "'humiliating', 'safeguarding' - but 'This isn't a safeguarding thing, Leo is fine and getting better'. Not a "
        "step request -> other -> human_review; the named child is labelled, no concerns.",
        not_children=["Danielle Fenwick"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2047-05-28 09:22:31"
    body = T("""
Dear Early Help Duty,

Step down request - Harvey Lindqvist, DOB 22/01/2047, Mosaic 2251906

Harvey was born at 31 weeks and spent eight weeks on the neonatal unit at St Anselm's. We opened a CIN plan
before his discharge because of mum's anxiety and low mood after a traumatic birth and because she was on her own.
Since discharge in March mum has engaged with the perinatal mental health team, Harvey's grandmother has moved in,
and every health appointment has been kept. The CIN review on 20 May agreed step down to Early Help.

Mum has consented to Early Help support and to her information being shared with the Early Help team.

I spoke to Jasper Quint (Early Help duty manager) on Friday and we agreed the step-down case discussion for
Friday 31st May at 11am on Teams. Attached are the case summary and the draft Early Help plan.

Many thanks,
Oluwaseun Adebayo
Social Worker, Children in Need (Richmond)
""") + RDISC
    atts = [pdf_att("Case summary - Harvey Lindqvist.pdf", "Case summary - Harvey Lindqvist (Mosaic 2251906)",
                    ["Born 22/01/2047 at 31 weeks; neonatal unit 8 weeks.", "CIN since 18/03/2047: maternal anxiety and low mood.",
                     "Progress: perinatal MH team engaged; grandmother living with the family."]),
            docx_att("Draft Early Help plan - Harvey L.docx",
                     ["# Draft Early Help plan", "Harvey Lindqvist", "Outcome 1: mum's wellbeing - perinatal team, fortnightly",
                      "Outcome 2: Harvey's development - health visitor, monthly weights", "Review: 6 weeks"])]
    top = outlook_top(f, addr("Adebayo, Oluwaseun", "Oluwaseun.Adebayo@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Harvey Lindqvist - case discussion Fri 31/05 11am", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2251906"], [ch("Harvey Lindqvist", "2047-01-22", "22/01/2047")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "ORDINARY COMPLETE RICHMOND STEP-DOWN: case summary (PDF) and draft plan (.docx) attached, 'Mum has consented' "
        "-> true; a premature baby after the neonatal unit, mum's anxiety and low mood -> parental_mental_health. The "
        "case discussion agreed for Fri 31 May is within 5 days of this contact (Tue 28 May). No level stated -> null. "
        "'Mosaic 2251906' -> bare number.", not_children=["Oluwaseun Adebayo", "Jasper Quint"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2047-06-21 21:05:48"
    body = T("""
Hi, I know this is the Early Help box but I couldn't get through to anyone else and I need someone from children's
services to know tonight.

I'm the paediatric liaison nurse on shift in the Children's ED at Kingston Vale. Kayla Mensah-Royce, 15 (DOB
02/10/2031), came in at 19:30 with a friend after fainting in the street. She is medically OK and could be discharged.

While I was doing her obs she asked if she could stay in because "he's waiting for me in the car park". When I asked
who, she said "Dean. He owns me. I owe him for the phone and the nails and the weed, so I have to go to his mate's
flats when he says." She said she has been "seeing" his friends "to pay it off" and that tonight she has to go to a
flat in Battersea. She showed me her phone: 40+ missed calls from "D" since 8pm. There is a grey Audi in the drop-off
bay with a man in his 30s who security say has asked at the desk twice for her.

She doesn't want us to ring her mum because "he'll know". She is in cubicle 6 with a nurse. Security are aware.

Please can someone call the department on 020 7946 0773 and ask for the nurse in charge.

Marcia Blake
Paediatric Liaison Nurse, Kingston Vale Hospital
""")
    top = plain_top(f, addr("BLAKE, Marcia (KINGSTON VALE HOSPITAL NHS TRUST)", "marcia.blake@nhs.net"),
                    addr("Early Help Duty", RED), "15yr old in ED tonight", when, "nhs.net", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Kayla Mensah-Royce", "2031-10-02", "02/10/2031")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, AT 21:05 ON A FRIDAY, IN THE GIRL'S WORDS: a 15-year-old in the children's ED says the man waiting in "
        "the car park 'owns me', she owes him and 'has to go' to his mate's flat tonight and has been 'seeing' his "
        "friends to pay it off -> exploitation and sexual_harm. Sent to the wrong mailbox; no alarm words. Not a step "
        "request -> other -> alert_duty (out of hours: EDT).", not_children=["Marcia Blake"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2047-05-24 17:31:02"
    body = T("""
Thank you for your email.

I am on annual leave from Friday 24 May and will be back in the office on Tuesday 28 May (Monday 27 May is a bank
holiday). I will not be checking my emails.

For safeguarding concerns about a child on the wards at St Anselm's please contact the hospital safeguarding team
on 020 7946 0650 or, out of hours, the site manager via switchboard.

Rosalind Achterberg
Hospital Social Worker, St Anselm's Hospital
""")
    add(f, ooo(f, when, "Rosalind Achterberg", "rosalind.achterberg@" + RDOM, addr("MASH Step Up", RSU),
               "RE: [SB-richmond_wandsworth-0884] Step up - acknowledgement", body),
        "richmond_wandsworth", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) from a "
        "hospital social worker to stepbot's acknowledgement, across the Spring Bank Holiday -> auto_reply -> ignore "
        "(DESIGN safety rule 2). 'safeguarding concerns' is routine signposting, not a child.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2047-06-13 08:52:40"
    body = T("""
Good morning,

For your records on this request. Noah Adeyemi (DOB 12/12/2044) was brought to the Children's ED at St Anselm's at
23:10 last night with bruising to both cheeks and the back of his neck. Dr Sethi did a child protection medical
overnight: the injuries are non-accidental.

A strategy discussion was held by the EDT at 01:30. Noah was discharged at 04:00 to his maternal grandmother, Mrs
Funmi Adeyemi, under police protection, and is staying with her in Tooting. Mum's partner was arrested at the
address at 02:15 and has been bailed this morning with a condition not to contact Noah or go to the grandmother's
address. Mum is staying at the grandmother's too and is supporting the plan.

The MASH duty social worker (Sinead) has the case and a section 47 is underway. Nothing further is needed from the
hospital or from this inbox; I'm just updating the thread so the record is complete.

Thanks
Rosalind Achterberg
Hospital Social Worker, St Anselm's Hospital
""")
    top = outlook_top(f, addr("Achterberg, Rosalind", "rosalind.achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-0871] Noah Adeyemi - update", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "follow_up", False, None, [], [ch("Noah Adeyemi", "2044-12-12", "12/12/2044")],
        ["physical_harm"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A REFERRAL ALREADY MADE AND THE CHILD SAFE: last night's non-accidental bruising on a 2-year-old "
        "(physical_harm labelled, as it happened last night), but police protection, placed with grandmother, the "
        "partner arrested and bailed not to contact, s47 underway, 'Nothing further is needed'. A follow-up with a "
        "reference -> attach_to_request.", not_children=["Funmi Adeyemi", "Rosalind Achterberg"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2047-07-10 14:03:27"
    body = T("""
Dear MASH,

Please accept this step up request for Archie Dempsey (DOB 30/07/2043), Mosaic ID 2240913.

Mum (Kirsty Dempsey) agrees to the referral to children's social care and knows why we are making it. I am the
Early Help team manager and I agree the step up.

The case summary and rationale are attached as separate documents. In short: Archie (3) has attended the Children's
ED at Kingston Vale five times in six months - a burn from hair straighteners, a fall from a window sill, two
ingestions (a dishwasher tablet, then mum's codeine) and a dog bite. Each has been seen as accidental on its own but
together they show a home where he is not supervised. Mum has struggled to use the Early Help plan; the home safety
equipment we fitted has been taken down.

Kind regards
Stephanie Wolde
Early Help Team Manager (Richmond)
""") + RDISC
    atts = [docx_att("Case summary - Archie Dempsey.docx", ["# Case summary", "Archie Dempsey, 30/07/2043",
                     "Early Help since 11/2046. Five ED attendances 01-06/2047."]),
            docx_att("Rationale for step up - Archie Dempsey.docx", ["# Rationale for step up",
                     "Cumulative pattern of injuries from lack of supervision; Early Help plan not effective."])]
    top = outlook_top(f, addr("Wolde, Stephanie", "Stephanie.Wolde@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Archie Dempsey", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2240913"], [ch("Archie Dempsey", "2043-07-30", "30/07/2043")],
        ["neglect"], True, True, [], None, "book_meeting",
        "ORDINARY COMPLETE STEP-UP FROM THE EARLY HELP TEAM MANAGER: 'a child admitted after an accident', five ED "
        "attendances each accidental alone, together a supervision pattern -> neglect; case summary and rationale "
        "attached (.docx) -> nothing missing -> book_meeting (stepbot invites within 1 WD). Mum 'agrees to the referral' "
        "-> consent true; the manager sends and 'agree[s]' -> true.", not_children=["Kirsty Dempsey", "Stephanie Wolde"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2047-06-04 16:20:05"
    blocks = [
        "Dear MAST,",
        "",
        ("h", "Ward sister's note - Mile End Children's Unit, Ward 2 (Lime), 4 June 2047 15:55"),
        "",
        "Patient: {{Zayan Hoque}}, DOB 17/01/2043 (4 yrs). Admitted 29/05 with his fourth episode this year of "
        "unexplained low blood sugar (BM 1.8). Endocrine tests so far normal.",
        "",
        "At 15:40 Staff Nurse Ayesha Patel went into side room 4 and found Zayan's mother, Mrs Rukhsana Hoque, with a "
        "10ml syringe connected to the side port of Zayan's IV line, pressing the plunger. The syringe held a cloudy "
        "liquid. When the nurse asked what it was, mum said \"just water, he's thirsty\" and put the syringe in her "
        "handbag. Mum has not handed it over.",
        "",
        "Zayan's BM at 16:05 was 2.1; the registrar is treating him now. Bloods (insulin, C-peptide) have been taken "
        "and held.",
        "",
        "Mum is still in the side room with him and has told staff she is staying overnight as usual and that she "
        "wants him discharged in the morning. Dad is in Bangladesh. We have moved a nurse to sit outside the room "
        "but we cannot stop mum being with him.",
        "",
        "Please ring Ward 2 on 020 7946 0428 (nurse in charge: Sister Grace Oyelowo).",
        "",
        "Grace Oyelowo",
        "Ward Sister, Ward 2 (Lime), Mile End Children's Unit",
        "",
        NHSFOOT]
    top = outlook_top(f, addr("OYELOWO, Grace (BARTS AND MILE END NHS TRUST)", "grace.oyelowo@nhs.net"),
                      addr("MAST", TMAST), "Ward sister's note - Zayan Hoque, side room 4", when, mid_domain="nhs.net")
    add(f, word_mail(f, top, blocks), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Zayan Hoque", "2043-01-17", "17/01/2043")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, A WARD SISTER'S NOTE: a mother found pushing a syringe of cloudy liquid into her 4-year-old's IV line "
        "during an admission for unexplained hypoglycaemia (his blood sugar falls again), who keeps the syringe and "
        "stays with him overnight -> physical_harm (induced illness). Not a step request -> other. No alarm words.",
        not_children=["Ayesha Patel", "Rukhsana Hoque", "Grace Oyelowo"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2047-06-17 18:12:33"
    body = T("""
MAST - liaison nurse, Mile End A&E. Tasnim Ahmed 14 (DOB 08/03/2033) has been in A&E 2 days waiting for a CAMHS
bed after an overdose. CAMHS say no bed tonight so she's being sent home. Her stepdad Faisal is coming to collect her
at 8 because mum is on a night shift.

Just now she told me the overdose was "because of him. He comes in my room when mum's at work. I locked the door and
he took the lock off." She's asking us not to let him take her. He'll be here in under 2 hrs.

Please ring A&E 020 7946 0551, ask for Nadia (liaison). Will ring your duty line too.

Sent from my iPhone
""")
    top = plain_top(f, addr("Nadia Chowdhury", "nadia.chowdhury5@nhs.net"), addr("MAST", TMAST),
                    "Tasnim A - A&E - going home tonight", when, "nhs.net", "iPhone Mail (21H220)")
    add(f, iphone_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Tasnim Ahmed", "2033-03-08", "08/03/2033")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT FROM A PHONE AT 18:12, IN THE GIRL'S WORDS: a 14-year-old waiting in A&E for a CAMHS bed is being sent "
        "home tonight; she says her stepfather 'comes in my room when mum's at work ... took the lock off', and he is "
        "collecting her at 8pm -> sexual_harm. No alarm words; not a step request -> other.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2047-04-25 11:45:00"
    body = T("""
Dear Early Help Hub,

I am a hospital play specialist on Ward 2 at Mile End Children's Unit. I was asked by Ibrahim's family worker to let
you know about something from Monday, and what happened after.

Ibrahim Rahman (6) is in for a planned operation on his ear. On Monday he drew a picture of a big man hitting a
small boy with a stick and said "that's daddy hitting me". I was worried and told the nurse in charge straight away.

The ward safeguarding nurse spoke with Ibrahim with me on Tuesday. He explained, very clearly and without being
led, that the picture is from his favourite video game ("Daddy Knight") where the big knight teaches the little
knight to sword-fight, and "daddy" is the knight. He showed us the game on his tablet - it matches the drawing
exactly. He was relaxed and happy talking about his dad, who visits every evening. A full skin check on admission
showed no marks. The safeguarding nurse discussed it with the named nurse and they agreed there are no concerns,
and we have recorded this in his notes.

So there is nothing for you to do - I just wanted the family worker's record to be accurate.

Warm wishes
Hollie Marsh-Greene
Hospital Play Specialist, Mile End Children's Unit
""")
    top = outlook_top(f, addr("MARSH-GREENE, Hollie (BARTS AND MILE END NHS TRUST)", "hollie.marsh-greene@nhs.net"),
                      addr("Early Help Hub", TEH), "Ibrahim Rahman - play session drawing (no concerns)", when,
                      mid_domain="nhs.net")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [ch("Ibrahim Rahman")], [], None, None, [], None, "human_review",
        "NEAR MISS - A PLAY SPECIALIST'S WORRY ALREADY CHECKED AND EXPLAINED: 'that's daddy hitting me' about a drawing, "
        "explained as a video game, checked by the ward safeguarding nurse and the named nurse, 'no concerns', no marks. "
        "Not a request -> other -> human_review; the named child labelled, no concerns.",
        not_children=["Hollie Marsh-Greene"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2047-05-01 13:30:12"
    body = T("""
Hi Early Help Hub,

Step down to Early Help - Amelia Osei (DOB 01/02/2047), Mosaic 2263518

Amelia was born to Abena Osei, who was 17, and spent three weeks on the neonatal unit. We assessed because of
Abena's age and her anxiety, and Abena's own history of care. The Child and Family Assessment concluded on
24/04/2047: Abena is managing Amelia's care well with her aunt's support and the Family Nurse Partnership, and the
recommendation is step down to Early Help.

Abena has consented to the step down and to the TAF.

Lead Practitioner: Shirin Akhtar, Family Nurse, Family Nurse Partnership (East London), 020 7946 0287.

I will chair the TAF meeting on Thursday 9 May 2047 at 10:00 at the Chrisp Street Family Hub. The assessment and
the draft TAF plan are attached.

Thanks,
Rumana Begum
Social Worker, Children in Need (Poplar)
""") + TDISC
    atts = [pdf_att("C&F Assessment - Amelia Osei.pdf", "Child and Family Assessment - Amelia Osei",
                    ["Mosaic 2263518", "Concluded 24/04/2047", "Outcome: step down to Early Help (TAF)"]),
            docx_att("Draft TAF plan - Amelia Osei.docx", ["# Draft TAF plan", "Amelia Osei 01/02/2047",
                     "Lead practitioner: Shirin Akhtar (FNP)", "Goals: mum's wellbeing; routines; health visits"])]
    top = outlook_top(f, addr("Begum, Rumana", "Rumana.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Amelia Osei", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2263518"], [ch("Amelia Osei", "2047-02-01", "01/02/2047")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "ORDINARY COMPLETE TOWER HAMLETS STEP-DOWN: C&F assessment (PDF) and draft TAF plan (.docx) attached; 'Abena "
        "has consented' -> true; Lead Practitioner named with agency; a teenage mother's anxiety -> "
        "parental_mental_health. TAF on Thu 9 May is within 10 WD of the assessment's end (24 Apr). The mother (17) is "
        "not labelled as a child: no step is asked for her.",
        not_children=["Abena Osei", "Shirin Akhtar", "Rumana Begum"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2047-07-15 10:48:51"
    body = T("""
Dear MAST,

Request for support - step up. MAST request for support form attached. My manager Farzana Ali has agreed this step
up this morning.

I am the Family Hub practitioner who has supported Sana Malik through her pregnancy. Her baby girl, Hafsa Malik, was
born on 12/07/2047 on the postnatal ward at Mile End and is due to be discharged home at 4pm today.

On Saturday Sana told me that her partner, Imran, who is the baby's father and lives with her, was arrested in
Luton in 2045 after his then partner's 3-month-old son was found with broken ribs, and that "the police still
haven't finished with it". I checked with Bedfordshire Police this morning: he remains under investigation for
that baby's injuries and is on bail. The family moved here from Luton in January, so there was no pre-birth plan
and nobody here knew.

Imran is on the ward now and has told the midwives he is driving them both home at 4pm. Sana has said she won't
stop him. Their address is 15 Maroon Street, E14 7RL.

Ward: Postnatal Ward (Lotus), 020 7946 0319, midwife in charge today is Joy.

Kind regards,
Mariam Uddin
Family Hub Practitioner (Isle of Dogs)
""") + TDISC
    atts = [pdf_att("MAST Request for Support - Hafsa Malik.pdf", "MAST Request for Support",
                    ["Child: Hafsa Malik, born 12/07/2047", "Mother: Sana Malik", "Manager agreement: Farzana Ali, 15/07/2047",
                     "Reason: father under police investigation for injuries to a baby; discharge planned 16:00 today"])]
    top = outlook_top(f, addr("Uddin, Mariam", "Mariam.Uddin@" + TDOM), addr("MAST", TMAST),
                      "Step up - baby Hafsa Malik - discharge 4pm today", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Hafsa Malik", "2047-07-12", "12/07/2047")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT INSIDE A COMPLETE STEP-UP: a 3-day-old due home at 4pm today with her father, who is under police "
        "investigation and on bail for broken ribs on another partner's baby, and no pre-birth plan. Request for support "
        "form attached and the manager 'has agreed' -> nothing missing, but urgent -> alert_duty. Consent not "
        "mentioned -> null.", not_children=["Sana Malik", "Farzana Ali", "Mariam Uddin"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2047-07-12 12:00:00"
    body = T("""
Ward 2 (Lime) - quarterly safeguarding audit, April to June 2047

Sent to partners for information; no action needed.

Admissions: 312. Children with a child protection plan admitted: 9. Children in care admitted: 6.
Discharges against medical advice: 2 (both followed up by the ward safeguarding nurse the same day; both children
returned for treatment the next day; MAST informed at the time).
Safeguarding referrals made by ward staff: 14 (all acknowledged by the receiving local authority).
Unexplained injury pathway used: 3 (one non-accidental injury confirmed; the child was placed in foster care from the
ward in May; the other two were explained by a medical cause).
Audit standards: 'child's voice recorded' 92% (target 95%); 'risk of harm considered at each handover' 88%.

Actions: refresher on recording the child's voice at the ward meeting on 24 July.

Grace Oyelowo, Ward Sister, and Dr Tom Brierley, Named Doctor
""")
    top = outlook_top(f, addr("OYELOWO, Grace (BARTS AND MILE END NHS TRUST)", "grace.oyelowo@nhs.net"),
                      addr("MAST", TMAST), "Ward 2 safeguarding audit Q1 2047-48 - for information", when,
                      mid_domain="nhs.net")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A WARD'S ROUTINE AUDIT: counts of discharges against advice, a non-accidental injury, 'risk of harm' "
        "- all past, followed up and anonymous ('no action needed'). No child named -> other -> human_review. (Sent on "
        "a Friday at noon.)")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2047-07-09 09:35:20"
    body = T("""
Hi Nadim,

Attaching the discharge letter for Yusuf Karim (DOB 19/10/2045) from his admission last week, for his Early Help
file. He was in for 3 nights with bronchiolitis and went home on Friday.

Everything is in place: the ward did the usual safeguarding check on admission and found no concerns, his red book
and immunisations are up to date, mum has his inhaler plan, a GP review is booked for Monday and I'm visiting on
Thursday. Nothing needed from the hub.

Best wishes
Leanne Fisher
Health Visitor, Tower Hamlets Health Visiting Service
""")
    atts = [pdf_att("Discharge summary - Yusuf Karim.pdf", "Discharge summary - Mile End Children's Unit",
                    ["Patient: Yusuf Karim, DOB 19/10/2045", "Diagnosis: bronchiolitis (RSV positive)",
                     "Admitted 02/07/2047, discharged 05/07/2047", "Safeguarding: no concerns identified",
                     "Follow-up: GP review 08/07/2047; health visitor"])]
    top = outlook_top(f, addr("Fisher, Leanne", "leanne.fisher14@nhs.net"), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-0412] Yusuf Karim - discharge letter", when, mid_domain="nhs.net",
                      cc=addr("Rahman, Nadim", "nadim.rahman@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "follow_up", False, None, [], [ch("Yusuf Karim", "2045-10-19", "19/10/2045")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A DISCHARGE LETTER WITH EVERYTHING IN PLACE: an admission, a safeguarding check ('no concerns'), GP "
        "and health visitor follow-up; 'Nothing needed'. A reply with a reference -> follow_up -> attach_to_request; no "
        "concerns.", not_children=["Leanne Fisher"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2047-05-16 15:55:03"
    body = T("""
Hello MAST,

I'd like to step up Jannat Miah (DOB 27/11/2035, Mosaic 2259044) to social care.

Jannat (11) has been admitted to Mile End Children's Unit four times since Christmas with severe asthma, twice to
HDU. The respiratory nurse says her preventer inhaler is not being collected or used. The flat is very damp with
black mould in her bedroom, dad smokes indoors, and the family have not come to the last four Early Help meetings or
to the asthma clinic. Mum has consented to the MAST referral.

I'll send the MAST request for support form tomorrow - it's half done. I've asked my manager to agree the step up
but she is on leave until Monday so I haven't had an answer yet.

Thanks
Tahmina Rashid
Early Help Practitioner, Bow and Mile End locality
""") + TDISC
    top = outlook_top(f, addr("Rashid, Tahmina", "Tahmina.Rashid@" + TDOM), addr("MAST", TMAST),
                      "Step up - Jannat Miah", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["2259044"], [ch("Jannat Miah", "2035-11-27", "27/11/2035")],
        ["neglect", "non_engagement"], True, None, ["manager_agreed", "request_for_support"], None, "request_info",
        "ORDINARY INCOMPLETE MAST STEP-UP: the request for support form will come 'tomorrow' -> request_for_support "
        "missing; manager asked but on leave, 'haven't had an answer' -> pending -> null -> manager_agreed missing; "
        "'Mum has consented' -> true. Preventer not collected, damp, smoking -> neglect; missed meetings and clinic -> "
        "non_engagement. -> request_info.", not_children=["Tahmina Rashid"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2047-06-19 19:48:30"
    inner = T("""
From: Dr Hugh Pascoe <hugh.pascoe@nhs.net>
Sent: 19 June 2047 19:31
To: Liaison, Paeds <torbayparkpaedsliaison@nhs.net>
Subject: Cubicle 9 - 18/12 boy

Jess - can you get this to MASH tonight please, I'm stuck in resus.

Riley Pengelly, DOB 02/12/2045 (18 months). Brought in 18:40 by mum's boyfriend (Kane Vosper), mum at work.
Hx from Kane: "fell off the sofa onto the laminate".
O/E: bruising to BOTH ears (pinna, symmetrical), fingertip-pattern bruises x4 L chest wall, torn upper frenulum,
petechiae behind R ear. Not yet walking independently. None of this fits a fall from a sofa.
Kane has been told we want to keep Riley in for a skeletal survey and a CP medical tomorrow. He said "no chance,
I'm taking him back to mine" and has gone out to move the car. Mum not answering.

Hugh Pascoe, ED consultant
""")
    body = T("""
Forwarding from our ED consultant - please see below. Security are with the boyfriend at the front door and the
police have been called, but he is saying he will leave with Riley. Mum's address: 3 Higher Warberry Road, Torquay,
TQ1 1RZ.

Jess Tremlett
Paediatric Liaison Nurse, Torbay Park Hospital
01803 960 512
""") + "\n" + inner
    top = plain_top(f, addr("Paeds Liaison (TORBAY PARK HOSPITAL)", "torbayparkpaedsliaison@nhs.net"),
                    addr("Torbay MASH", BMASH), "FW: Cubicle 9 - 18/12 boy", when, "nhs.net", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Riley Pengelly", "2045-12-02", "02/12/2045")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, FORWARDED, OUT OF HOURS (19:48): a toddler in A&E with injuries that don't fit (bruised ears, fingertip "
        "bruises, torn frenulum, 'none of this fits a fall from a sofa'); mum's boyfriend says he is taking him home "
        "now. The clinical detail is in the forwarded part. No alarm words; -> other -> alert_duty (EDT).",
        not_children=["Kane Vosper", "Hugh Pascoe", "Jess Tremlett"])

def torbay_02():
    f = "torbay_02.eml"; when = "2047-04-16 14:10:00"
    body = T("""
Hello Early Help,

Please could Poppy Rowe (DOB 03/04/2044, LCS-452207) have a slot at triage for step down to level 3 Early Help.

Poppy (3) had eight teeth taken out under general anaesthetic at Torbay Park Hospital in March - severe decay from
sugary drinks in a bottle at night - and was underweight. Since then the CIN plan has made progress: she is back on
her centile, registered with a dentist and going to nursery three mornings a week.

The updated Single Assessment is attached. My team manager Beth Coysh agreed the step down at the CIN review on
10 April.

However, Poppy's dad has declined to consent to Early Help - he says he "doesn't want any more people in the house".
Mum would agree but dad has parental responsibility and lives with them. I'll keep working on it.

Thanks
Lowenna Hext
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment update - Poppy Rowe.pdf", "Single Assessment - Poppy Rowe (LCS-452207)",
                    ["Dental extractions x8 under GA, March 2047", "Weight now on the 9th centile",
                     "Team manager analysis: agree step down to level 3 (B Coysh)"])]
    top = outlook_top(f, addr("Hext, Lowenna", "Lowenna.Hext@" + BDOM), addr("Early Help Torbay", BEH),
                      "Step down triage - Poppy Rowe", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-452207"], [ch("Poppy Rowe", "2044-04-03", "03/04/2044")],
        ["neglect"], False, True, ["consent"], None, "request_info",
        "ORDINARY TORBAY STEP-DOWN, CONSENT REFUSED, sent on the first working day after Easter Monday: 'dad has "
        "declined to consent' -> false -> consent missing -> request_info. Assessment attached; 'team manager ... agreed "
        "the step down' -> true; 'level 3' -> 3. Dental neglect and underweight -> neglect. Poppy is 3, so the slot is "
        "the fortnightly under-5s triage.", not_children=["Beth Coysh", "Lowenna Hext"])

def torbay_03():
    f = "torbay_03.eml"; when = "2047-04-18 16:40:00"
    body = T("""
Hi,

I'm a second-year student nurse on placement on the children's ward and I'm doing an assignment on discharge
against medical advice. Can I ask a hypothetical question?

Suppose a parent wanted to take a 2-year-old home against advice with a cannula still in and IV antibiotics not
finished - would the ward ring you, or the police, or both? And would it make a difference if the parent seemed
drunk? There isn't a real child here, it's for my essay, but I'd like to get the process right.

Thank you!
Ellie Stapleton
Student Nurse (BSc Child Health), University of Plymouth
""")
    top = plain_top(f, addr("Ellie Stapleton", "ellie.stapleton@students.plymouth.example.ac.uk"),
                    addr("Early Help Torbay", BEH), "question for my assignment - discharge against advice", when,
                    "students.plymouth.example.ac.uk", None)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 10,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a student nurse's 'suppose a parent wanted to take a 2-year-old home ... with a "
        "cannula still in' - 'There isn't a real child here'. -> other -> human_review.")

def torbay_04():
    f = "torbay_04.eml"; when = "2047-06-10 11:05:44"
    body = T("""
MASH,

Contact - step up request for Ellis Chudleigh, DOB 21/09/2034, EHM-771205.

Ellis (12) was admitted to Torbay Park on 31 May with a head injury after falling down the stairs at home at
about 11pm. Mum told A&E she had been drinking and was asleep; Ellis had gone to get himself something to eat. He
was kept in two nights for observation and is now home; his nan has been staying with them since and will stay until
mum starts at the alcohol service.

This is the second admission this year linked to mum's drinking (the first was in February when Ellis cut his foot
on glass). The Early Help plan has not changed things and I think it now needs a social care assessment.

I've talked this over with Silas Penrose (ATM) and he does not agree to the step up - he wants another 6 weeks
at level 3 with a new plan first. I disagree and am sending this so MASH can look at it, as the protocol allows.

Consent: I explained the step up to mum on Friday; she said she would think about it and let me know. I haven't
heard back yet.

Morwenna Luscombe
Early Help Family Worker, Torbay
""") + BDISC
    top = outlook_top(f, addr("Luscombe, Morwenna", "Morwenna.Luscombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Ellis Chudleigh", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-771205"], [ch("Ellis Chudleigh", "2034-09-21", "21/09/2034")],
        ["neglect", "substance_misuse"], None, False, ["consent", "manager_agreed"], None, "request_info",
        "ORDINARY TORBAY STEP-UP, CONSENT UNCLEAR AND MANAGER REFUSED: 'she said she would think about it' -> null -> "
        "consent missing; the ATM 'does not agree to the step up' -> manager false -> manager_agreed missing -> "
        "request_info. A child admitted after an "
        "'accident' at home while mum was drunk, now home with nan staying -> substance_misuse, neglect; not urgent.",
        not_children=["Silas Penrose", "Morwenna Luscombe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2047-05-21 10:20:00"
    body = T("""
Dear MASH,

Re: Oscar Penhale, DOB 14/03/2037 - request for information, historic admission

We have been asked by Oscar's new school in Cornwall for a summary of his 2041 admission, and the family's solicitor
has suggested we copy the local authority so your records match.

In October 2041 Oscar, then 4, was admitted with a fractured femur after a minor fall in the garden. Because the
injury seemed out of proportion, a child protection investigation was carried out at the time. Genetic testing then
confirmed osteogenesis imperfecta (brittle bone disease), and the investigation was closed with no further action
in December 2041. Oscar has had three further fractures since, all managed by the bone team, and there have never been
any concerns about his care. He is doing well.

No action is being asked of MASH; this is for your records only.

Medical Records and Legal Services
Torbay Park Hospital
""")
    top = outlook_top(f, addr("Medical Records (TORBAY PARK HOSPITAL)", "torbaypark.records@nhs.net"),
                      addr("Torbay MASH", BMASH), "Oscar Penhale - historic admission 2041 - for information", when,
                      mid_domain="nhs.net")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [ch("Oscar Penhale", "2037-03-14", "14/03/2037")], [], None, None,
        [], None, "human_review",
        "NEAR MISS - A HISTORIC ADMISSION: a 2041 fractured femur investigated and closed when brittle bone disease was "
        "diagnosed; 'never been any concerns', 'No action is being asked'. -> other -> human_review; the child named "
        "with DOB, no concerns.")

def torbay_06():
    f = "torbay_06.eml"; when = "2047-04-26 12:15:00"
    body = T("""
Hi,

Dad has now signed the Early Help consent form (attached) - he came round after we talked it through on the ward
with the dietitian yesterday. So that's consent given for Finn Lethbridge's step down.

Could you confirm the triage slot please?

Thanks
Lowenna

Lowenna Hext
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Early Help consent - Finn Lethbridge.pdf", "Early Help consent form",
                    ["Child: Finn Lethbridge", "I consent to my family receiving Early Help.",
                     "Signed: M Lethbridge (father)  25/04/2047"])]
    top = outlook_top(f, addr("Hext, Lowenna", "Lowenna.Hext@" + BDOM), addr("Early Help Torbay", BEH),
                      "RE: [SB-torbay-1043] Step down - Finn Lethbridge - consent", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, [], [ch("Finn Lethbridge")], [], True, None, [], None,
        "attach_to_request",
        "ORDINARY FOLLOW-UP with a reference: dad 'has now signed the Early Help consent form (attached)' -> consent "
        "true; nothing else restated -> follow_up -> attach_to_request (missing [] for a follow-up).",
        not_children=["Lowenna Hext"])

def torbay_07():
    f = "torbay_07.eml"; when = "2047-07-04 22:15:08"
    body = T("""
This is the night nurse in charge on Kestrel Ward (children's), Torbay Park Hospital. I'm emailing as well as
ringing because the out of hours line is ringing out.

Rio Yeo, 10 weeks old (DOB 25/04/2047), is in side room 2 with bronchiolitis. His mum, Tayla Yeo, has been
getting more and more unwell through the evening. She hasn't slept for three nights. At 21:30 she told a nurse
Rio "has something bad inside him" and she has to "get it out of him before midnight". She has been praying over him,
taking off his oxygen prongs and saying he doesn't need them. She won't let us take him out of the room.

The on-call psychiatrist has been asked to come but is at least two hours away. We have a nurse in the doorway
but mum is holding Rio and we can't physically take him from her. There is no other family here; dad's number goes
to voicemail.

Please call Kestrel Ward 01803 960 377 and ask for Kerenza, nurse in charge.

Kerenza Pollard, Band 6, Kestrel Ward
""")
    top = plain_top(f, addr("POLLARD, Kerenza (TORBAY PARK HOSPITAL)", "kerenza.pollard@nhs.net"),
                    addr("Early Help Torbay", BEH), "Kestrel ward - baby Rio Yeo and his mum tonight", when,
                    "nhs.net", None, cc=addr("Torbay MASH", BMASH))
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Rio Yeo", "2047-04-25", "25/04/2047")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT AT 22:15: a mother in an acute psychotic state alone with her 10-week-old in a side room, saying he has "
        "'something bad inside him' she must 'get ... out of him before midnight', removing his oxygen -> "
        "parental_mental_health. No alarm words; sent to the Early Help box (MASH copied) -> other -> alert_duty (EDT).",
        not_children=["Tayla Yeo", "Kerenza Pollard"])

def torbay_08():
    f = "torbay_08.eml"; when = "2047-07-17 09:05:00"
    body = T("""
PAEDIATRIC ATTENDANCE NOTIFICATION - for information only

Child: Maisie Tozer   DOB: 08/05/2040 (7 yrs)
Attended: Torbay Park ED, 16/07/2047 18:05
Presenting complaint: painful left forearm after a fall from a trampoline at a friend's birthday party.
Diagnosis: greenstick fracture, left radius. Back slab applied; fracture clinic 23/07.
Mechanism: fall witnessed by two adults (the party host and Maisie's father), account consistent and given
separately; injury consistent with the mechanism; timely presentation.
Seen by: ED consultant. Safeguarding checklist completed: no concerns. No previous attendances.

Shared with the Early Help team because the family had Early Help support last year. No action required.

Paediatric Liaison, Torbay Park Hospital
""")
    top = plain_top(f, addr("Paeds Liaison (TORBAY PARK HOSPITAL)", "torbayparkpaedsliaison@nhs.net"),
                    addr("Early Help Torbay", BEH), "Paediatric attendance notification - M Tozer", when, "nhs.net", None)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [ch("Maisie Tozer", "2040-05-08", "08/05/2040")], [], None, None,
        [], None, "human_review",
        "NEAR MISS - AN ACCIDENTAL INJURY FULLY EXPLAINED AND CHECKED: a fracture, but witnessed by two adults, "
        "consistent, checklist 'no concerns', 'No action required'. -> other -> human_review; no concerns.")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2047-07-19 15:32:10"
    body = T("""
Dear MASH,

Step up request - Kieran Yapp, 13, DOB 30/01/2034.

I'm Kieran's Early Help worker. He is in A&E at the County Hospital after cutting his arms at school this morning.
The wounds have been glued and the doctors say he is medically fit to go home. CAMHS have seen him.

He has told the CAMHS nurse and me, separately, that he cut himself because of his mum's partner, Wayne Probert:
"He punches me in the back where nobody sees. If I go home with him tonight he'll do me for telling." The nurse
found old and new bruises across his lower back.

Wayne is at the A&E reception now asking for Kieran to be discharged to him; mum is on her way back from
Birmingham and won't be here till late. The hospital says they have no reason to keep Kieran on medical grounds.

My manager Ffion Davies agrees with this step up. Kieran's mum agreed on the phone to social care being involved.

Please phone me on 07700 900 631 - I'm sitting with Kieran.

Bethan Pugh
Early Help Family Support Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Pugh, Bethan", "Bethan.Pugh@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - Kieran Yapp - in A&E now", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Kieran Yapp", "2034-01-30", "30/01/2034")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT STEP-UP ON THE LAST DAY OF TERM (Fri 19 July, 15:32): a 13-year-old, medically fit in A&E after "
        "self-harm, says mum's partner punches him and 'If I go home with him tonight he'll do me for telling'; the "
        "partner is at reception asking to take him. Herefordshire's seed defines no step-up, so missing [] - but "
        "urgent -> alert_duty. Manager 'agrees' and mum 'agreed' -> true, true.",
        not_children=["Wayne Probert", "Ffion Davies", "Bethan Pugh"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2047-07-09 13:10:00"
    body = T("""
Hi,

Not sure if this is the right inbox - the ward sister asked me to send the attached to children's services and
this is the address on our leaflet. Please see her note attached.

Thanks
Zoe
Ward Clerk, Ward 1 (Children's), County Hospital Hereford
""")
    note = ["Ward 1 (Children's) - nursing note", "Patient: Darcey Wootton, DOB 11/04/2044 (3 yrs), bed 6",
            "Admitted 08/07/2047 with gastroenteritis.",
            "09/07/2047 12:40 - at bath time HCA noticed bruising in the shape of a hand on both buttocks and bruises on",
            "the backs of both legs, different colours. Darcey said 'Jamie smacks my bum when I wet'. Jamie is mum's",
            "partner. Mum says Darcey 'bruises easily' and has asked for discharge after the 2pm ward round; Jamie is",
            "coming to collect them at 3pm. Registrar informed; CP medical requested.",
            "Signed: Sister Ann Gittins, Ward 1"]
    atts = [pdf_att("Ward 1 nursing note 09.07.2047.pdf", "Nursing note - Ward 1", note)]
    top = plain_top(f, addr("Zoe Whittall", "zoe.whittall@nhs.net"), addr("Early Help Co-ordinators", HEH),
                    "note from ward sister", when, "nhs.net", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Darcey Wootton", "2044-04-11", "11/04/2044")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT (DESIGN safety rule 1: every part is read): a ward clerk's vague covering note; "
        "the PDF nursing note records hand-shaped bruising on a 3-year-old ('Jamie smacks my bum'), mum asking for "
        "discharge after the 2pm round and the partner collecting at 3pm -> physical_harm. -> other -> alert_duty.",
        not_children=["Ann Gittins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2047-04-24 10:00:00"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the step-down plan and the signed consent form for the Bevan children, Mosaic 2291047:

Logan Bevan, DOB 17/06/2038
Ruby Bevan, DOB 09/09/2041

They are stepping down from Child in Need to Early Help (level 3). Logan has cystic fibrosis and was admitted to
the County Hospital three times last year with chest infections after his physio and enzymes were missed. Since
the CIN plan, mum has kept every CF clinic, Logan's lung function is stable and he has had no admissions this year.

Lead practitioner: Gemma Price, School Nurse, Herefordshire Public Health Nursing (0-19), 01432 960 118.

Mum has signed the Early Help consent form (attached).

Kind regards
Rhys Bowen
Social Worker, Children in Need, Herefordshire Council
""") + HDISC
    atts = [docx_att("Step down plan - Bevan children.docx", ["# Step-down plan (draft)", "Logan and Ruby Bevan",
                     "Lead practitioner: Gemma Price (school nurse)", "Actions: CF clinic attendance; physio routine; MAG review"]),
            pdf_att("Early Help consent form - Bevan.pdf", "Early Help consent form",
                    ["Children: Logan Bevan, Ruby Bevan", "I consent to my family receiving Early Help.",
                     "Signed: K Bevan (mother) 19/04/2047"])]
    top = outlook_top(f, addr("Bowen, Rhys", "Rhys.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan children (Mosaic 2291047)", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2291047"],
        [ch("Logan Bevan", "2038-06-17", "17/06/2038"), ch("Ruby Bevan", "2041-09-09", "09/09/2041")],
        ["neglect"], True, None, [], None, "book_meeting",
        "ORDINARY COMPLETE HEREFORDSHIRE STEP-DOWN FOR A SIBLING GROUP: draft plan (.docx) and signed consent form (PDF) "
        "attached; lead practitioner named with agency; 'level 3' -> 3. Missed CF physio and enzymes leading to "
        "admissions -> neglect. 'Mosaic 2291047' -> bare number. -> book_meeting.",
        not_children=["Gemma Price", "Rhys Bowen"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2047-05-20 11:11:11"
    blocks = [
        "Hi team,",
        "",
        "Step down to Early Help for {{Sienna Watkins}} (DOB 14/06/2040), Mosaic 2288315.",
        "",
        "Sienna (6) was admitted to the children's ward in February after mum's overdose, when Sienna was found alone "
        "at home by a neighbour; she stayed with her aunt while mum was in hospital. Mum is now well, is with the "
        "community mental health team and Sienna has been home since March. The CIN review on 14 May agreed step down.",
        "",
        "I've attached the Early Help consent form, signed by mum on 14 May.",
        "",
        "I'm coming to the Tuesday drop-in next week to talk through the plan before I send it, and we haven't yet "
        "worked out who the lead practitioner will be - probably school, but they haven't confirmed.",
        "",
        "Thanks",
        "Carys Watkins-Lloyd",
        "Social Worker, Children in Need (Leominster)",
        "",
        HDISC]
    atts = [pdf_att("EH consent form signed - S Watkins.pdf", "Early Help consent form",
                    ["Child: Sienna Watkins", "I consent to my family receiving Early Help.", "Signed: mother, 14/05/2047"])]
    top = outlook_top(f, addr("Watkins-Lloyd, Carys", "Carys.Watkins-Lloyd@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down - Sienna Watkins", when)
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2288315"], [ch("Sienna Watkins", "2040-06-14", "14/06/2040")],
        ["parental_mental_health"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "ORDINARY INCOMPLETE HEREFORDSHIRE STEP-DOWN (Word HTML): the signed consent form is attached, but the plan "
        "comes after next week's drop-in and the lead practitioner is 'probably school, but they haven't confirmed' -> "
        "missing draft_plan and lead_practitioner -> request_info. Mum's mental health (overdose in February, now "
        "well) -> parental_mental_health; no level stated -> null.", not_children=["Carys Watkins-Lloyd"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2047-06-07 08:02:17"
    body = T("""
County Hospital - Children's ED - weekly liaison summary, 31 May - 6 June 2047

All attendances below were screened by the paediatric liaison nurse. Initials only.

1. A.B. (4) - head injury, fall at soft play (witnessed by staff). No concerns. NFA.
2. C.D. (15) - alcohol intoxication at a party. Brought by mum. School nurse informed. NFA.
3. E.F. (8 months) - bruise to forehead. Now crawling; account consistent; checked by the registrar under the
   bruising protocol; no concerns. Health visitor informed.
4. G.H. (11) - self-harm (superficial). CAMHS follow-up booked. Already open to social care; allocated SW informed
   on the day.
5. J.K. (2) - ingestion of a grandparent's tablets. Observed 6 hrs, well. Home safety advice given; HV informed.

No child listed this week needs action from MASH. Any child where there is a current risk is always phoned
through to MASH at the time, not left for this summary.

Paediatric Liaison Nurse, County Hospital Hereford
""")
    top = plain_top(f, addr("Paediatric Liaison (COUNTY HOSPITAL HEREFORD)", "hereford.paedsliaison@nhs.net"),
                    addr("Herefordshire MASH", HMASH), "Children's ED weekly liaison summary w/e 06/06", when,
                    "nhs.net", None)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A WEEKLY A&E LIAISON DIGEST (human-sent, no Auto-Submitted): injuries, intoxication, self-harm, an "
        "ingestion - all screened, explained or already with social care; initials only, so no child labelled; 'No "
        "child listed this week needs action from MASH'. -> other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2047-05-29 14:25:00"
    body = T("""
Hi Verity,

Following the drop-in yesterday, here is the draft plan for Sienna as we discussed. School have now confirmed
that Mrs Hannah Bright, the school's Family Support Worker at Leominster Primary, will be the lead practitioner.

Carys
""") + T("""

> From: Early Help Co-ordinators
> Subject: [SB-herefordshire-0517] Step down - Sienna Watkins
> Thank you - your step-down request has been received.
> What is missing:
> - draft plan
> - lead practitioner
""")
    atts = [docx_att("Draft plan - Sienna Watkins.docx", ["# Early Help draft plan", "Sienna Watkins",
                     "Lead practitioner: Hannah Bright, Family Support Worker, Leominster Primary School",
                     "Goals: routines; mum's wellbeing; school attendance"])]
    top = outlook_top(f, addr("Watkins-Lloyd, Carys", "Carys.Watkins-Lloyd@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "RE: [SB-herefordshire-0517] Step down - Sienna Watkins",
                      when, cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [ch("Sienna Watkins")], [], None, None, [], None, "attach_to_request",
        "ORDINARY FOLLOW-UP with a reference: the draft plan and the lead practitioner that herefordshire_04 lacked "
        "(after the Tuesday drop-in on 28 May, the day after the Spring Bank Holiday). The child's full name is in the "
        "subject (no DOB) -> one child, dob null; -> attach_to_request.", not_children=["Hannah Bright"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2047-06-27 12:40:00"
    body = T("""
Dear Co-ordinators,

Step down to Early Help - Theo Gwynne, DOB 05/05/2045, Mosaic 2279930.

Background, for context only: in March 2046 Theo, then 10 months old, was admitted to the County Hospital with
rib and arm fractures caused by his father. Theo was placed with his mum at his grandmother's the same day, his
father was convicted in January of this year and is serving a 6-year sentence, with a restraining order and no
contact. Theo has lived safely with mum since; the CP plan ended in December and the CIN plan has now run its
course.

Now: mum is doing well, Theo is thriving at nursery, and the remaining need is support with Theo's speech delay
and mum's confidence. Mum has signed the Early Help consent form and the draft plan is attached with it.

Lead practitioner: Owen Prosser, Family Support Worker, Hereford City Family Hub.

Thanks,
Anwen Bufton
Social Worker, Children in Need (Hereford City)
""") + HDISC
    atts = [pdf_att("EH consent form - Theo Gwynne.pdf", "Early Help consent form",
                    ["Child: Theo Gwynne", "I consent to my family receiving Early Help.", "Signed: L Gwynne (mother)"]),
            docx_att("Draft step down plan - Theo Gwynne.docx", ["# Draft plan", "Theo Gwynne",
                     "Speech and language support; parenting confidence; nursery liaison"])]
    top = outlook_top(f, addr("Bufton, Anwen", "Anwen.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Theo Gwynne", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2279930"], [ch("Theo Gwynne", "2045-05-05", "05/05/2045")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A STEP-DOWN WHOSE INJURY IS HISTORY: rib and arm fractures caused by the father in March 2046, but "
        "he is serving a sentence with no contact and Theo has lived safely with mum since; 'for context only'. "
        "Historic harm is not labelled; the current need, speech delay -> disability_send. Consent form, draft plan and "
        "lead practitioner -> complete -> book_meeting.", not_children=["Owen Prosser", "Anwen Bufton"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2047-07-02 10:30:00"
    body = T("""
Dear MASH,

I would like to ask for a step up to social care for Mason Jenkins (DOB 03/10/2036).

Mason (10) has been caring for his mum, who had a stroke in March and is now back in the County Hospital with a
second stroke. Since March Mason has been helping her wash and dress, doing the shopping and giving her tablets, and
his school attendance has dropped to 71%. While mum is in hospital Mason is staying with his aunt, Mrs Carol Jenkins,
who is looking after him well, but she can only have him until mum comes home, and the ward say mum will need a lot
of care. Dad is not involved.

Mum has consented to the referral (we spoke on the ward yesterday). My team manager Huw Lewis has agreed this step
up, as the needs now look beyond what Early Help can coordinate.

Kind regards
Naomi Preece
Early Help Family Support Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Preece, Naomi", "Naomi.Preece@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - Mason Jenkins", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [], [ch("Mason Jenkins", "2036-10-03", "03/10/2036")],
        ["school_attendance", "young_carer"], True, True, [], None, "human_review",
        "ORDINARY HEREFORDSHIRE STEP-UP, A KIND THE SEED DOES NOT DEFINE: a 10-year-old young carer whose mum is back in "
        "hospital, safely with his aunt meanwhile. REQUIREMENTS: 'step_up is not defined by this seed' -> missing [] -> "
        "human_review. Consent and manager stated -> true, true; 71% -> school_attendance.",
        not_children=["Carol Jenkins", "Naomi Preece"])
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

# England & Wales bank holidays in 2047 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Tuesday 1 January; Good Friday 12 April; Easter Monday 15 April; May Day
# (the Early May bank holiday) Monday 6 May; Spring Bank Holiday Monday 27 May; Late Summer Bank Holiday Monday
# 26 August; Christmas Day Wednesday 25 December; Boxing Day Thursday 26 December.
BANK_HOLIDAYS = {date(2047, 1, 1), date(2047, 4, 12), date(2047, 4, 15), date(2047, 5, 6), date(2047, 5, 27),
                 date(2047, 8, 26), date(2047, 12, 25), date(2047, 12, 26)}
IN_WINDOW = {date(2047, 4, 15): "Easter Monday", date(2047, 5, 6): "May Day", date(2047, 5, 27): "Spring Bank Holiday"}
# The brief's window: "from about Monday 15 April to Friday 19 July 2047". 15 April 2047 IS a Monday - Easter Monday,
# a bank holiday - so the first day any mail may carry is Tuesday 16 April; 19 July 2047 is a Friday.
BRIEF_START, BRIEF_END = date(2047, 4, 15), date(2047, 7, 19)
WINDOW = (datetime(2047, 4, 15, tzinfo=LON), datetime(2047, 7, 19, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 31 March 2047 and ends at 01:00 UTC on Sunday 27 October 2047.
BST_START = datetime(2047, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2047, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2047

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

CAT_EXPECTED = {"urgent": 11, "near_miss": 12, "ordinary": 17}

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
    for f, phrase, field, value in WORDING:
        lab = next(l for l in LABELS if l["file"] == f)
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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 10 or tot["near_miss"] < 10:
        errors.append("set: category totals %s, expected %s (at least 10 urgent and 10 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks

# ----------------------------------------------------------------------------- mixed100's set checks
# The brief: urgent mails must not contain these words (checked on every readable part, attachments included).
BANNED = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger|ASAP)\b")

# Each consent / manager wording ties to its label.
WORDING = [
    ("knowsley_01.eml", "signed the Family First consent form", "consent", True),
    ("knowsley_02.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_05.eml", "Mum has given consent for the step down", "consent", True),
    ("richmond_wandsworth_02.eml", "has not said whether he agrees", "consent", None),
    ("richmond_wandsworth_02.eml", "I agree that this case now needs", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "Mum has consented to Early Help support", "consent", True),
    ("richmond_wandsworth_08.eml", "agrees to the referral", "consent", True),
    ("richmond_wandsworth_08.eml", "I agree the step up", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Abena has consented to the step down", "consent", True),
    ("tower_hamlets_05.eml", "has agreed this step up this morning", "manager_agreed", True),
    ("tower_hamlets_08.eml", "Mum has consented to the MAST referral", "consent", True),
    ("tower_hamlets_08.eml", "I haven't had an answer yet", "manager_agreed", None),
    ("torbay_02.eml", "has declined to consent to Early Help", "consent", False),
    ("torbay_02.eml", "agreed the step down", "manager_agreed", True),
    ("torbay_04.eml", "she said she would think about it", "consent", None),
    ("torbay_04.eml", "he does not agree to the step up", "manager_agreed", False),
    ("torbay_06.eml", "So that's consent given", "consent", True),
    ("herefordshire_01.eml", "agrees with this step up", "manager_agreed", True),
    ("herefordshire_01.eml", "agreed on the phone to social care being involved", "consent", True),
    ("herefordshire_03.eml", "Mum has signed the Early Help consent form", "consent", True),
    ("herefordshire_04.eml", "consent form, signed by mum", "consent", True),
    ("herefordshire_07.eml", "Mum has signed the Early Help consent form", "consent", True),
    ("herefordshire_08.eml", "Mum has consented to the referral", "consent", True),
    ("herefordshire_08.eml", "has agreed this step", "manager_agreed", True),
]

# Knowsley notice counts: file -> (working days, plain weekdays) from the Europe/London date of `now` to the meeting.
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_05.eml": (5, 6)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]

YAML_DIR = "/work/main/config/authorities"

def yaml_ids():
    """Every requirement id named in each authority's policy pack (the `- id:` entries)."""
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        try:
            import yaml
            with open(os.path.join(YAML_DIR, a + ".yaml"), encoding="utf-8") as fh:
                doc = yaml.safe_load(fh)
            ids = set()
            def walk(x, under_req=False):
                if isinstance(x, dict):
                    for k, v in x.items():
                        walk(v, under_req or k == "requirements")
                        if k == "id" and under_req and isinstance(v, str):
                            ids.add(v)
                elif isinstance(x, list):
                    for v in x:
                        walk(v, under_req)
            walk(doc)
        except ImportError:
            ids = set(re.findall(r"^\s*- id: (\w+)", open(os.path.join(YAML_DIR, a + ".yaml"), encoding="utf-8").read(), re.M))
        out[a] = ids
    return out

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is required (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2047])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2047, 3) and BST_END.date() == last_sun(2047, 10)):
        errors.append("set: BST must start on the last Sunday of March 2047 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
        d += timedelta(days=1)
    if not (BRIEF_START.weekday() == 0 and BRIEF_START in BANK_HOLIDAYS and BRIEF_END.weekday() == 4):
        errors.append("set: the window must run from Easter Monday 15 April to Friday 19 July 2047")
    ids = yaml_ids()
    for lab in LABELS:
        a = lab["authority"]
        for r in lab["expect"]["missing"]:
            if r not in ids[a]:
                errors.append("%s: requirement id %s is not in %s.yaml" % (lab["file"], r, a))
    for key, req in REQ.items():
        for r in req:
            if r not in ids[key[0]]:
                errors.append("set: REQ id %s for %s not in the YAML" % (r, key))
    counts = {}
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        text = readable(msg)
        if lab["expect"]["urgent"]:
            m = BANNED.search(text + " " + all_headers(msg))
            if m:
                errors.append("%s: urgent mail uses the banned word %r" % (f, m.group(0)))
        mt = META[f]["meeting"]
        if mt is not None:
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            counts[f] = (working_days(today, mt), plain_weekdays(today, mt))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    for lab in LABELS:
        if lab["authority"] != "knowsley" and lab["expect"]["notice_ok"] is not None:
            errors.append("%s: notice only for Knowsley" % lab["file"])
    return errors

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex))]
    for f in sorted(META):
        if META[f]["meeting"]:
            lab = next(l for l in LABELS if l["file"] == f)
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, lab["now"], META[f]["meeting"],
                       working_days(today, META[f]["meeting"]), plain_weekdays(today, META[f]["meeting"])))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = check()
    errors += set_checks()
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
