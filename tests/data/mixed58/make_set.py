#!/usr/bin/env python3
"""mixed58: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2077 (Monday 6 September - Friday 17 December), in young parents and care leavers: 16- and
17-year-old mothers, care leavers with new babies, young dads who are themselves looked after, teenage pregnancy,
Personal Advisers and leaving-care workers, supported lodgings hosts and mother-and-baby accommodation writing in,
and the young parent who is both the child at risk and the carer. Near misses: young parents coping well with
support, a pre-birth plan with nothing current, a care leaver's historic concerns set out as context, a bulletin's
and a draft protocol's fictional examples, an anonymised rapid review, a hypothetical from supported lodgings hosts,
a care leaver asking about her own old file, and a meeting reply about a parole hearing.

Convention at the heart of the set: a parent under 18 is a child (DESIGN: `children` = each child named), so a
16- or 17-year-old parent named in full is labelled with the baby; a parent of 18 or over (the care leavers of
18-21) never is.

Window: Monday 6 September - Friday 17 December 2077 (checked: both weekdays). BST 2077 ends at 01:00 UTC on Sunday
31 October: Dates to Friday 29 October carry +0100, from Monday 1 November +0000. No bank holiday falls in the
autumn term: the Late Summer Bank Holiday (Monday 30 August) is the week before; Christmas Day and Boxing Day 2077 are
a Saturday and a Sunday, so the substitute days are Monday 27 and Tuesday 28 December - one Knowsley count crosses
them (knowsley_04). One Knowsley mail is written at 00:24 BST, so its London date (Tuesday) and UTC date (Monday)
differ, and the London date decides notice (knowsley_08).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (`--stats`
prints the tallies; `--inject-faults` also breaks an in-memory copy in several ways and requires each break to be
caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, bounce, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the brief's model set) and adapted. Every label was set by hand from the
specification; the self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 6 September - Friday 17 December 2077) starts in
    British Summer Time (+0100) and ends in GMT (+0000): BST ends at 01:00 UTC on Sunday 31 October 2077. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2077, 8, 2, 0, 0, 0))
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



# ============================================================================= helpers added for mixed58
K_SEED, R_SEED, T_SEED, B_SEED, H_SEED = ("004_ba08e3b9f619f49f.txt", "000_ad98922a9b2c3c54.txt",
                                          "001_7484577aab521096.txt", "002_682540a1ccf30a2a.txt",
                                          "003_d813ace460bad8eb.txt")

def android_mail(f, top, text, atts=()):
    """An Android phone client: one text/plain part, base64, LF line ends (no HTML twin)."""
    t = text_part(text, cte="base64", crlf=False)
    root = multipart("mixed", [t] + list(atts), "--_com.android.email_%s" % sha(f, "and")[:20]) if atts else t
    return build(top, root, False)

def mail8(f, top, body, atts=()):
    """Thunderbird-style: text/plain; charset=utf-8; Content-Transfer-Encoding: 8bit (raw UTF-8 body), LF."""
    t = text_part(body, cte="8bit")
    root = multipart("mixed", [t] + list(atts), "------------%s" % sha(f, "tb")[:24]) if atts else t
    return build(top, root, False, allow_8bit=True)

DOCM = "application/vnd.ms-word.document.macroEnabled.12"
def docm_att(filename, paras):
    """A macro-enabled Word document (.docm): an OOXML zip that also carries word/vbaProject.bin. Refused by
    policy (macro-enabled), so it meets no requirement."""
    base = make_docx(paras)
    zin = zipfile.ZipFile(_io.BytesIO(base))
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2077, 8, 2, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(name))
        zi = zipfile.ZipInfo("word/vbaProject.bin", date_time=(2077, 8, 2, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + hashlib.sha1(filename.encode()).digest() * 16)
    return binary_part(DOCM, filename, buf.getvalue())

def gmail_top(f, frm, to, subject, when, cc=None, extra=None, domain="mail.gmail.example"):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@%s>" % (sha(f, "gm")[:30], domain))]
    return h + (extra or [])

def gmail_mail(f, top, text, atts=()):
    """Gmail web: multipart/alternative (plain 7bit/QP + a simple div HTML), Gmail-style boundaries."""
    paras = "".join('<div dir="ltr">%s</div>\n' % (esc(p).replace("\n", "<br>") if p else "<br>")
                    for p in text.split("\n\n"))
    alt = multipart("alternative", [text_part(text, cte="quoted-printable"),
                                    text_part('<div dir="ltr">\n%s</div>\n' % paras, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2077-09-15 10:12:33"
    body = T("""
Good morning,

Please find attached a step up request for Jade Fairclough (16, DOB 03/03/2061) and her son Rio Fairclough (DOB 28/05/2077), EHM-771204. Jade is a child in her own right as well as Rio's mum, so the step up is for both of them.

The step up TAF meeting is on Wednesday 22nd September at 10:00 on Teams. I have sent the invite from my calendar to the MASH inbox and MASH business support, and invited the current TAF (Jade's Family Nurse, her college tutor and her mum).

Attached:
- FF Step Up request to CSC (Appendix 1)
- Graded Care Profile 2, completed with Jade on 09/09/2077
- minutes of the TAF meeting on 08/09/2077

My team manager, Lorraine Whitfield, went through the step up with me in supervision on Monday and has agreed it - her agreement is on the form.

Consent: I went through the step up with Jade on her own first, as she is Rio's parent. She has given her own consent to the step up, and her mum Donna has too.

In short: since Donna's new partner moved in over the summer, Jade and Rio have been living in the box room. The room is cold, there is nowhere to make up bottles safely and Rio spends long stretches in his car seat. He has missed two weight checks and his 8-week immunisations. The GCP2 scored 4 for physical care and 3 for safety. Jade has been very low since August and is spending most of the day in bed; she has asked for help with this herself.

To be clear about today: there are no immediate safeguarding concerns. The Family Nurse saw Rio yesterday, his weight is on the 9th centile and gaining, and Jade and Rio are at home with Donna. This is about drift over the last three months, not a crisis.

Many thanks,
Chidinma

Chidinma Eze
Family First Case Manager | Young Parents Pathway (Kirkby) | Knowsley Council
0151 496 0731 | 07700 900 214

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Fairclough.docx", appendix1([
        ("Case ID on EHM:", "EHM-771204"),
        ("Children:", "Jade Fairclough 03/03/2061 (aged 16, parent); Rio Fairclough 28/05/2077"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 22/09/2077, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Jade engages with the Family Nurse and with me; not a non-engagement step up"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/09/2077"),
        ("What are we worried about?", "Rio's physical care in the box room: cold, no safe place to make bottles, long "
         "periods in the car seat, missed weight checks and immunisations. Jade's low mood since August."),
        ("What is working well?", "Jade loves Rio and asks for help; the Family Nurse visits weekly; Donna helps at "
         "night feeds; Rio's weight is gaining."),
        ("What next?", "Step up to CSC for a C&F assessment of Rio's care and of Jade's own needs as a 16-year-old; "
         "Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Yes - GCP2 completed 09/09/2077, attached"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Lorraine Whitfield, Team Manager, 13/09/2077"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the Family Nurse, a housing "
         "referral for Jade and Rio, GP review of Jade's mood within two weeks."),
    ]))
    gcp2 = pdf_att("GCP2 - Rio Fairclough - 09.09.2077.pdf", "Graded Care Profile 2 (GCP2) - summary of grades", [
        "Child: Rio Fairclough (DOB 28/05/2077). Carer: Jade Fairclough (mother, aged 16).",
        "Completed by Chidinma Eze with Jade, 09/09/2077.",
        "Area 1 Physical care: grade 4 (room cold; bottles not sterilised; long periods in the car seat).",
        "Area 2 Safety: grade 3 (no cot in the room; Rio sleeps in the double bed with Jade some nights).",
        "Area 3 Love and care: grade 2. Area 4 Stimulation: grade 2.",
        "Jade's own view: 'I know he needs his own cot and I want us to have our own place.'"])
    minutes = docx_att("TAF minutes 08.09.2077 - Fairclough.docx", [
        "# Team Around the Family - minutes", "Date: 08/09/2077, 14:00, Kirkby Family Hub",
        "Present: Jade, Donna (Jade's mum), Chidinma Eze (Family First, chair), Family Nurse, college tutor",
        "Family Nurse: Rio missed weight checks on 18/08 and 01/09; 8-week immunisations not given.",
        "College: Jade has not started her course this term.",
        "Agreed: Chidinma to complete the GCP2 and discuss a step up with her team manager."])
    top = outlook_top(f, addr("Eze, Chidinma", "Chidinma.Eze@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF Weds 22/09 10am - EHM-771204 - Jade Fairclough and baby Rio", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-771204"],
        [ch("Jade Fairclough", "2061-03-03", "03/03/2061"), ch("Rio Fairclough", "2077-05-28", "28/05/2077")],
        ["neglect", "parental_mental_health"], True, True, [], True, "book_meeting",
        "Knowsley planned step-up (seed %s, section 4 'Cases Stepping-Up...' and Appendix 1) for a 16-YEAR-OLD "
        "MOTHER AND HER BABY: Jade is both the parent and a child, so both are labelled children (DESIGN: each child "
        "named; she is 16). Complete per REQUIREMENTS knowsley step_up: Appendix 1 form (.docx), EHM id, TM agreement "
        "('has agreed it'; 'Agreed - Lorraine Whitfield' on the form), TAF minutes (.docx), meeting date/time; neglect "
        "-> gcp2, met by the GCP2 PDF ('If your concerns are relating to Neglect then the Graded Care profile must be "
        "reflected'). NOTICE EXACTLY 5 WD: Wed 15 Sep -> Wed 22 Sep 2077 = 16, 17, 20, 21, 22 Sep ('Please allow at "
        "least 5 working days' notice') -> ok -> book_meeting. Consent: 'She has given her own consent' (a 16-year-old "
        "parent's own consent) -> true. Concerns: Rio's physical care -> neglect; Jade's low mood as Rio's parent -> "
        "parental_mental_health. 'there are no immediate safeguarding concerns' is negated; Rio seen yesterday -> not "
        "urgent." % K_SEED,
        meeting=date(2077, 9, 22), not_children=["Chidinma Eze", "Lorraine Whitfield"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2077-10-05 14:37:10"
    body = T("""
Hi MASH,

Step up for baby Lacey-Mae Corrigan (DOB 24/08/2077), EHM-769930. Step up form attached. The step up TAF is Wednesday 13th October at 1.30pm on Teams, invite sent from my calendar to you and MASH business support.

Mum is Shannon Corrigan, 18. Lacey-Mae's dad is Kyle Brennan (17, DOB 19/12/2059), who is a looked-after child - he lives in a Knowsley children's home in Whiston and has his own social worker in the Children in Care team, who knows about this step up.

Why: two incidents in the pregnancy where Kyle pushed Shannon against a wall (police called 14/07 and 02/09, Shannon did not support a prosecution), and his drinking has got worse since the baby came. He is not meant to stay over but Shannon says he is there most days. Shannon is anxious and not sleeping.

My TM Paul Atherton has agreed the step up (on the form). Shannon knows about the step up and agrees with it. The TAF minutes will follow tomorrow - Emma is still typing them up, sorry.

Gareth

P.S. Sorry - Shannon has just rung me in bits as I was about to press send. Kyle turned up at the flat about half an hour ago after drinking, lifted Lacey-Mae out of her Moses basket and walked off with her in just her babygrow, saying he's taking her to his mate's in Huyton and Shannon "won't see her again". Shannon doesn't know the mate's address. She has rung 999. I'm on my way to her now. Lacey-Mae is six weeks old and it's pouring down. My mobile is 07700 900 388.

Gareth Mulvaney
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0462

""") + KDISC
    form = docx_att("Step up form Corrigan EHM-769930.docx", appendix1([
        ("Case ID on EHM:", "EHM-769930"),
        ("Children:", "Lacey-Mae Corrigan 24/08/2077"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 13/10/2077 13:30 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High (mum)"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Father (17, looked after) pushed mother twice in pregnancy; his drinking; "
         "he is at the flat most days though he is not meant to stay; mother anxious and not sleeping."),
        ("What is working well?", "Shannon's care of Lacey-Mae is good: feeding well, all health checks kept. "
         "Shannon is honest with us and rings when she is worried."),
        ("What next?", "C&F assessment; safety plan with Shannon; Kyle's social worker to be part of the plan."),
        ("Graded Care profile (If neglect should be completed).", "Not a neglect step up"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - P. Atherton TM 04/10/2077"),
    ]))
    top = outlook_top(f, addr("Mulvaney, Gareth", "Gareth.Mulvaney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - EHM-769930 - Corrigan - TAF Weds 13th Oct 1.30pm", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form]), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-769930"],
        [ch("Lacey-Mae Corrigan", "2077-08-24", "24/08/2077"), ch("Kyle Brennan", "2059-12-19", "19/12/2059")],
        ["domestic_abuse", "substance_misuse"], True, True, ["taf_minutes"], True, "alert_duty",
        "URGENT IN A P.S.: a routine Knowsley step-up whose P.S. reports that half an hour ago the drunk father "
        "took the six-week-old from her Moses basket into the rain and will not say where she is (DESIGN safety rule "
        "1: every part is read; Knowsley seed %s: 'Safeguarding procedures would always override anything within this "
        "7minute briefing') -> urgent -> alert_duty. THE YOUNG DAD IS HIMSELF A LOOKED-AFTER CHILD (17, DOB given) -> "
        "labelled as a child too. Step-up requirements still computed: form, EHM id, TM agreed, meeting Wed 13 Oct "
        "13:30 (Tue 5 Oct -> 6, 7, 8, 11, 12, 13 Oct = 6 WD, ok) but 'The TAF minutes will follow tomorrow' -> "
        "taf_minutes missing. 'agrees with it' -> consent true. Concerns: pushing mum in pregnancy -> "
        "domestic_abuse; his drinking -> substance_misuse." % K_SEED,
        meeting=date(2077, 10, 13), not_children=["Shannon Corrigan", "Gareth Mulvaney", "Paul Atherton"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2077-11-03 11:05:48"
    blocks = [
        "Hi Family First duty,",
        "",
        "I'm stepping Reggie Merriman (DOB 14/07/2077) down to Family First at Level 3. His mum Tayla Merriman is 19 "
        "(DOB 07/02/2058) and a Knowsley care leaver; her Personal Adviser, Becky Lunt, stays involved. I would like "
        "a Family First case manager to come on the joint home visit:",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Reggie Merriman, DOB 14/07/2077"],
            ["ICS", "ICS-2209134"],
            ["Joint home visit", "Tuesday 9th November, 10am"],
            ["Venue", "Tayla's flat - 31 Sandpiper Court, Kirkby, L32 9ZQ"],
            ["Consent", "Tayla has consented to the referral to Family First and signed the consent form on 28/10/2077"],
            ["Manager", "Ifeoma Okafor (TM) agrees with the step down"],
        ]),
        "",
        ("h", "Background (historic - for context only)"),
        "Reggie had a pre-birth assessment because of Tayla's own history: she came into care at 13 because of "
        "neglect and her mum's partner's violence, and at 15 she went missing from her children's home many times "
        "and was assessed as at risk of child sexual exploitation. None of this is current. She has not been missing "
        "since she was 16, has no contact with the adults involved, and the MACE case was closed in 2074. The "
        "pre-birth assessment recommended a CIN plan only, which ends this month.",
        ("h", "What are we worried about?"),
        "Tayla is anxious at night and is on her own in a new area; money is tight; Reggie's dad is not involved.",
        ("h", "What is working well?"),
        "Reggie is thriving (50th centile, all checks and immunisations done). Tayla's PA visits fortnightly, she "
        "goes to the young parents' group at Kirkby every Thursday and she has started seeing her GP about her "
        "anxiety.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF with the health visitor and the PA; help with a budget and a "
        "Sure Start-type group near her flat; a GP review of Tayla's anxiety in December.",
        "",
        "Thanks,",
        "Seun",
        "",
        "Seun Adebiyi",
        "Social Worker | Child in Need Team (Kirkby) | Knowsley Council",
        "0151 496 0587",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Adebiyi, Seun", "Seun.Adebiyi@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 3 step down - Reggie Merriman - joint visit Tues 9th Nov", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-2209134"],
        [ch("Reggie Merriman", "2077-07-14", "14/07/2077")],
        ["parental_mental_health"], True, True, [], False, "request_info",
        "NEAR MISS - A CARE LEAVER'S HISTORIC CONCERNS: the mother's own childhood (neglect, violence, going missing, "
        "CSE risk, MACE closed 2074) is set out 'for context only' and 'None of this is current' -> not urgent, and "
        "neglect / domestic_abuse / missing / exploitation are NOT current concerns; current worry: Tayla's anxiety "
        "-> parental_mental_health. Tayla is 19 (DOB 2058): an adult, not labelled. Knowsley level 3 step-down (seed "
        "%s, section 3, 'with a minimum of 5 days' notice ... the date and time of a joint home visit'): visit, venue, "
        "three headings and consent ('has consented ... signed the consent form') all given. NOTICE 4 WD: Wed 3 Nov -> "
        "Tue 9 Nov 2077 = 4, 5, 8, 9 Nov < 5 -> not ok -> request_info. 'agrees with the step down' -> manager true. "
        "Word HTML with a table." % K_SEED,
        meeting=date(2077, 11, 9), not_children=["Tayla Merriman", "Becky Lunt", "Seun Adebiyi", "Ifeoma Okafor"],
        adults=[("Tayla Merriman", "07/02/2058")])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2077-12-16 09:48:20"
    body = T("""
Dear Family First Duty Team,

Level 2 step down - Amber-Rose Kinsella (17, DOB 22/01/2060) and her daughter Bella Kinsella (DOB 03/04/2077), ICS-2210457.

Final CIN meeting: as Monday 27th and Tuesday 28th are the bank holidays this year, the final CIN is on Wednesday 29th December at 2pm, Halewood Family Hub, Room 2.

Lead practitioner (Level 2): Ruth Ellery, Family Nurse, Family Nurse Partnership Knowsley (Mersey Vale Community Health NHS Trust) - she has agreed to take on the lead practitioner role.

What are we worried about?
Nothing that needs social care now. The worries are ordinary ones: money, Amber-Rose's confidence when Bella is poorly, and her housing application.

What is working well?
Amber-Rose is doing really well. She lives with her nan, is back at college three days a week, and Bella is thriving and meeting her milestones. She has kept every appointment with Ruth since Bella was born.

What needs to happen?
Ruth to lead an Early Help Assessment and TAF from January; college to keep her timetable; housing to review her application in the spring.

For your records: Bella had a child protection plan at birth under the category of neglect, because of domestic abuse by Bella's father and Amber-Rose's age. The plan ended in July with no concerns since. Bella's father is in custody serving a long sentence and there is a restraining order. There are no current safeguarding concerns.

Amber-Rose has given her own consent to the step down and to Ruth taking the lead.

Kind regards

Ewa Kowalczyk
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0913

""") + KDISC
    top = plain_top(f, addr("Kowalczyk, Ewa", "Ewa.Kowalczyk@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 2 step down - Kinsella - final CIN Weds 29th Dec 2pm", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("Ruth Ellery", "ruth.ellery@merseyvale.example.nhs.uk"))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 2, ["ICS-2210457"],
        [ch("Amber-Rose Kinsella", "2060-01-22", "22/01/2060"), ch("Bella Kinsella", "2077-04-03", "03/04/2077")],
        [], True, None, [], True, "book_meeting",
        "NEAR MISS - A YOUNG PARENT COPING WELL WITH SUPPORT: 'child protection plan', 'neglect', 'domestic abuse', "
        "'custody', 'restraining order' are all past ('The plan ended in July'; 'no current safeguarding concerns') "
        "-> not urgent, no concerns (the worries named - money, confidence, housing - match no concern id). Amber-Rose "
        "is 17, so she and Bella are both labelled. Knowsley LEVEL 2 step-down (seed %s, section 2: 'the date, time and "
        "venue of the step down meeting', the three questions, 'the name and organisation of the person who will be "
        "taking over the Lead Practitioner role'): all present (Ruth Ellery, FNP). NOTICE ACROSS CHRISTMAS: Thu 16 "
        "Dec -> Wed 29 Dec 2077: 17, 20, 21, 22, 23, 24, 29 Dec = 7 WD (27 and 28 Dec are the substitute bank holidays "
        "for Christmas Day and Boxing Day, which fall on the weekend; plain weekdays 9) -> ok -> book_meeting. Consent "
        "true ('given her own consent'), not required at level 2; manager not mentioned -> null." % K_SEED,
        meeting=date(2077, 12, 29), not_children=["Ruth Ellery", "Ewa Kowalczyk"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2077-10-25 12:02:11"
    text = T("""
KNOWSLEY LEAVING CARE SERVICE - PRACTICE BULLETIN
Care Leavers' Week 2077: young parents who are care leavers

This bulletin goes to all Family First, Children's Social Care and Leaving Care staff. Please share it with your teams.

1. WHY THIS MATTERS
One in four of our care leavers aged 18-21 is a parent or expecting. Too often a young parent's own care history is read as if it were evidence of risk to their baby. It is not. A care leaver's childhood is context, not a concern.

2. TRAINING SCENARIOS (all fictional - for discussion at team meetings)
Scenario A: "Sam", 17, a care leaver with a newborn, tells her PA that the baby's father hit her last night and is coming round later. What is the immediate risk, and who do you ring? (Answer: this is an immediate safeguarding concern - the MASH duty team in office hours, the Emergency Duty Team out of hours, 999 in an emergency.)
Scenario B: "Lee", 19, was on a child protection plan himself at 12. His partner is pregnant. Does his history mean a pre-birth assessment? (Answer: not on its own.)
Scenario C: "Kasia", 18, missed two health visitor appointments because she was moving flats. Neglect? (Answer: talk to her first.)

3. DATES
- Young parents' drop-in, Huyton Hub, every Tuesday 1-3pm
- Leaving Care / Family First joint practice session: Wednesday 17 November, 10am, Teams

4. CONTACTS
Leaving Care duty: 0151 496 0640. For any immediate concern about a child, contact the MASH duty team.

You are receiving this because you are on the Knowsley children's workforce bulletin list. To unsubscribe, reply with UNSUBSCRIBE in the subject.
""")
    top = plain_top(f, addr("Knowsley Leaving Care Service", "leavingcare.bulletin@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Practice bulletin - Care Leavers' Week 2077 - young parents who are care leavers", when, KDOM,
                    "Microsoft Outlook 16.0",
                    extra=[("List-Id", "Knowsley childrens workforce bulletin <cw-bulletin.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:leavingcare.bulletin@knowsley.gov.uk?subject=UNSUBSCRIBE>"),
                           ("Precedence", "list")])
    add(f, mail(f, top, text, html_alt=True), "knowsley", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PRACTICE BULLETIN FOR CARE LEAVERS' WEEK whose 'TRAINING SCENARIOS (all fictional)' describe "
        "a young mother hit last night, a father on a CP plan at 12 and missed appointments, with 'immediate risk', "
        "'999' and 'safeguarding' in the answers: DESIGN safety rule 1, 'bulletins that list examples, must not "
        "trigger it' -> not urgent. A list mailing (List-Id, Precedence: list), no Auto-Submitted, no request -> other "
        "-> human_review. First names in quotes only -> no children; no concerns (examples, not a household).",
        not_children=["Sam", "Lee", "Kasia"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2077-11-18 18:42:05"
    text = T("""
Hi, I'm Chelsea Barlow's PA in the leaving care team (she's 19). She sent me a voice note at 6.25 saying she's "had enough", she's left Mason in his cot and gone to her friend's in St Helens and she's not going back tonight, and I should "get someone to have him".

Mason Barlow DOB 30/09/2077 - he's 7 weeks.

I've rung her back 4 times, no answer, phone now off. I'm on the train from Liverpool, about 40 mins away. Flat is 12 Larch Close, Huyton L36 9ZT, ground floor. The neighbour at no 10 (Pat) has a key I think. I've rung 999 as well and they said they'd send someone.

Can someone from EDT ring me please - 07700 900 516.

Dev Chauhan
Personal Adviser, Leaving Care Team, Knowsley Council

Sent from my Galaxy
""")
    top = plain_top(f, addr("Dev Chauhan", "Dev.Chauhan@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Chelsea Barlow - baby on his own in flat", when, KDOM, None,
                    extra=[("User-Agent", "Android-Mail/2077.10.3")])
    add(f, android_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Mason Barlow", "2077-09-30", "30/09/2077")],
        ["neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (Thu 18:42): a care leaver's Personal Adviser reports that the 19-year-old mother has "
        "left her 7-week-old alone in his cot and gone to another town for the night -> immediate risk (DESIGN safety "
        "rule 1; Knowsley seed %s: 'Any immediate safeguarding concerns should be communicated to the Duty Social Work "
        "Team') -> alert_duty (the Emergency Duty Team at this hour). A PA's report, no step asked -> other. Android "
        "phone mail (base64 text/plain, LF). Chelsea (19) is an adult, not labelled. Concerns: a baby left alone -> "
        "neglect; the mother's 'had enough' crisis -> parental_mental_health. No alarm words." % K_SEED,
        not_children=["Chelsea Barlow", "Dev Chauhan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2077-09-24 15:20:41"
    ack = ack_text("step-up", "SB-knowsley-1231", [
        "Case: EHM-770385", "Children: Tyreese Campbell-Hart (12/01/2077)",
        "Step-up TAF meeting: Wednesday 06/10/2077 10:00 (Teams)"],
        ["the Graded Care Profile 2 (GCP2), because the concerns include neglect"])
    body = T("""
Hi,

GCP2 for Tyreese attached, completed with Niamh yesterday.

One correction to my original email: I wrote that mum was 18 - she isn't. Niamh Hart is 17 (DOB 05/06/2060), so she is still a child herself and her Family Nurse has asked that the C&F assessment looks at her needs too.

Thanks,
Leanne

Leanne Whittaker
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0378
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "22 September 2077 11:02",
         "Whittaker, Leanne <Leanne.Whittaker@knowsley.gov.uk>",
         "[SB-knowsley-1231] Step-up request received - Campbell-Hart", ack, None)])
    gcp2 = pdf_att("GCP2 Tyreese Campbell-Hart 23.09.2077.pdf", "Graded Care Profile 2 (GCP2)", [
        "Child: Tyreese Campbell-Hart (12/01/2077). Completed with mum, 23/09/2077.",
        "Physical care: grade 4 - Tyreese often still in night clothes and a full nappy at the afternoon visits; "
        "little food in the flat at three of the last five visits.",
        "Safety: grade 3 - stair gate missing; medicines on the low shelf.",
        "Love and care: grade 2. Stimulation: grade 3.",
        "Overall: care of Tyreese's physical needs is poor and has not improved since July."])
    top = outlook_top(f, addr("Whittaker, Leanne", "Leanne.Whittaker@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1231] Step-up request received - Campbell-Hart", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [gcp2], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-770385"],
        [ch("Niamh Hart", "2060-06-05", "05/06/2060"), ch("Tyreese Campbell-Hart", "2077-01-12", "12/01/2077")],
        ["neglect"], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-knowsley-1231] adding the GCP2 the acknowledgement asked for (DESIGN: a reply adding to an "
        "existing request -> follow_up -> attach_to_request; missing [] for the kind). A CORRECTION: the mother is 17, "
        "not 18 ('she is still a child herself') -> labelled, first in the text; the baby from the quoted "
        "acknowledgement. The GCP2 describes poor physical care now -> neglect. 'What is missing:' in the quoted "
        "acknowledgement is no concern. Consent / manager not stated -> null.",
        not_children=["Leanne Whittaker"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2077-09-28 00:24:51"
    body = T("""
Hi Family First,

Sorry for the very late email - I've been at the hospital with another family all evening and wanted to get this to you tonight. As it's still Monday night, that should give you the five working days for the meeting.

Level 3 step down for baby Harper Moss (DOB 17/02/2077), ICS-2207781. Harper's mum is Kiera Moss (18) and her dad is Dean Okafor-Lyle, who is 17 (DOB 14/08/2060) and is himself looked after - he is in supported lodgings in Prescot and has his own social worker in the Children in Care team, who is happy for Family First to work with him as Harper's dad.

Final CIN meeting: Monday 4th October, 10am, Prescot Family Hub (meeting room 1).

Kiera and Dean have both consented to the referral to Family First.

What are we worried about?
Harper's weight faltered in the spring (now back on the 25th centile). Dean smokes cannabis - much less than before, only outside and never around Harper, and he is working with the young people's drug service. Kiera and Dean argue about money; there has been no domestic abuse.

What is working well?
Both parents are devoted to Harper and have kept every health appointment. Kiera's mum helps every day. Dean has started an apprenticeship.

What needs to happen?
A Family First case manager to lead a TAF with the health visitor, the drug service and Dean's social worker; budgeting support; Harper's weight checks monthly until Christmas.

Thanks,
Hannah

Hannah Okonkwo-Price
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0155

""") + KDISC
    top = plain_top(f, addr("Okonkwo-Price, Hannah", "Hannah.Okonkwo-Price@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down Level 3 - Harper Moss - final CIN Mon 4th Oct 10am", when, KDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["ICS-2207781"],
        [ch("Harper Moss", "2077-02-17", "17/02/2077"), ch("Dean Okafor-Lyle", "2060-08-14", "14/08/2060")],
        ["substance_misuse"], True, None, [], False, "request_info",
        "MAIL WRITTEN AFTER MIDNIGHT, DECISIVE: the Date is Tue 28 Sep 2077 00:24 +0100 (Mon 27 Sep 23:24 UTC) and "
        "the writer says 'it's still Monday night'. DESIGN: notice counts working days d with today < d <= meeting, "
        "today = the date of --now (00:31 on Tue 28 Sep, Europe/London). Tue 28 Sep -> Mon 4 Oct = 29, 30 Sep, 1, 4 "
        "Oct = 4 WD < 5 -> not ok -> request_info (counted from the UTC date, Mon 27 Sep, it would be 5 and ok). "
        "Knowsley level 3 step-down (seed %s, section 2, 'a minimum of 5 days' notice'): CIN date/time/venue, three "
        "headings and consent ('have both consented') present. THE YOUNG DAD IS A LOOKED-AFTER 17-YEAR-OLD -> "
        "labelled a child; Kiera (18) is not. Concerns: Dean's cannabis -> substance_misuse ('no domestic abuse' is "
        "negated; the weight faltering is resolved)." % K_SEED,
        meeting=date(2077, 10, 4), not_children=["Kiera Moss", "Hannah Okonkwo-Price"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2077-09-13 11:30:15"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth North. Following a reflective discussion with Comfort Asamoah (Early Help Practitioner) in supervision on Friday, I am stepping up Precious Adebayo-Walsh (16, DOB 09/11/2060), Mosaic 3318240. The latest case summary is attached and our rationale is below.

Rationale for step up
Precious is 22 weeks pregnant. The baby's father, Jerome, is 24. Since the spring he has bought her a phone and clothes, checks her location and tells her who she can see. She stayed out two nights in August and came home on her own each time; her attendance at school fell to 61% before the summer and she has not gone back this term. An exploitation screening in July came back as medium. Our Early Help plan (weekly visits, school, the teenage pregnancy midwife) is not changing things, and we think Precious and her baby need a statutory assessment.

There are no immediate child protection concerns today: Precious has been at home with her mum every night this month.

Consent
I asked Precious at Thursday's visit whether she was OK with us passing this to social care. She shrugged and said "whatever, you'll do it anyway". Her mum was not there; Comfort will talk to her mum tomorrow.

I agree with the step up.

Amelia Ferreira-Dunn
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
020 7946 0834

""") + RDISC
    summ = docm_att("Case summary - Adebayo-Walsh.docm", [
        "# Case summary", "Precious Adebayo-Walsh, DOB 09/11/2060, Mosaic 3318240",
        "Open to Early Help since March 2077 (school referral: attendance and an older boyfriend)."])
    top = outlook_top(f, addr("Ferreira-Dunn, Amelia", "Amelia.Ferreira-Dunn@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Precious Adebayo-Walsh (16) - pregnant, older partner - Mosaic 3318240", when,
                      cc=addr("Asamoah, Comfort", "Comfort.Asamoah@" + RDOM))
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3318240"],
        [ch("Precious Adebayo-Walsh", "2060-11-09", "09/11/2060")],
        ["exploitation", "missing", "school_attendance"], None, True, ["case_summary"], None, "request_info",
        "TEENAGE PREGNANCY, a Richmond & Wandsworth step-up (seed %s, 'Process to Step Up': 'the Early Help Team "
        "Manager will email the MASH: Step Up email ... with the latest case summary and the rationale'). Rationale "
        "pasted under its own heading -> met; the case summary is a MACRO-ENABLED .docm -> refused -> case_summary "
        "missing -> request_info. 'Mosaic 3318240' -> '3318240'. CONSENT UNCLEAR: the 16-year-old 'shrugged and "
        "said whatever, you'll do it anyway', mum not yet asked -> null (not stated as given, not refused). 'I agree "
        "with the step up' from the TM sender -> true. Concerns: a 24-year-old's control and gifts -> exploitation; "
        "two nights out in August -> missing; 61%% then no school -> school_attendance. 'no immediate child "
        "protection concerns today' -> not urgent. The unborn baby is not named." % R_SEED,
        not_children=["Comfort Asamoah", "Amelia Ferreira-Dunn", "Jerome"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2077-09-30 16:05:40"
    worker = T("""
Hi Marta,

I need to talk to you about Kezia as soon as you're out of your meeting.

Kezia Oyelowo-Grant (17, DOB 14/02/2060) and Malachi Oyelowo-Grant (DOB 20/05/2077), Mosaic ID 3320917.

At my 3pm visit Kezia told me that last night Ashley (Malachi's dad, 23) put his hands round her neck while she was holding Malachi. She showed me the marks on her neck, and she said she nearly dropped the baby. Ashley is on a late shift and told her he is coming back to the flat when he finishes at 10 tonight. She doesn't want to go to her mum's because her mum "will kick off". Malachi is 4 months old.

Rationale for step up
This is the third time Kezia has told us about Ashley hurting her since Malachi was born, each time worse. She has said no to the IDVA twice. The Early Help plan cannot keep her or Malachi safe from him.

Kezia agrees to the step up - I asked her before I left.

The case summary is saved in the shared folder.

Abena

Abena Mensah-Boateng
Early Help Practitioner | Young Parents Team (Battersea)
""")
    body = T("""
MASH,

Step up for Kezia and baby Malachi - please see Abena's note below. I agree with the step up. I have tried the MASH duty line twice in the last ten minutes and it is engaged, so I am sending this now. The case summary is attached.

Marta

Marta Wiśniewska
Early Help Team Manager (Battersea)
Richmond and Wandsworth Councils | 020 7946 0419
""") + quote("Mensah-Boateng, Abena <Abena.Mensah-Boateng@richmondandwandsworth.gov.uk>",
             "30 September 2077 15:48", "Wiśniewska, Marta <Marta.Wisniewska@richmondandwandsworth.gov.uk>",
             "Kezia and Malachi - today's visit", worker)
    summ = pdf_att("Case summary - Oyelowo-Grant - Sept 2077.pdf", "Case summary - Early Help", [
        "Kezia Oyelowo-Grant, 17 (DOB 14/02/2060); Malachi Oyelowo-Grant (DOB 20/05/2077). Mosaic ID 3320917.",
        "Open to the Young Parents Team since Malachi's birth. Lead practitioner: Abena Mensah-Boateng.",
        "June 2077: Kezia said Ashley pushed her; July: a bruise on her arm she said was from him.",
        "Health visitor: Malachi well cared for, all checks done. Kezia at college two days a week."])
    top = outlook_top(f, addr("Wiśniewska, Marta", "Marta.Wisniewska@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Kezia and Malachi - today's visit", when, extra=[("Importance", "High")])
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3320917"],
        [ch("Kezia Oyelowo-Grant", "2060-02-14", "14/02/2060"), ch("Malachi Oyelowo-Grant", "2077-05-20", "20/05/2077")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "URGENT: a 17-year-old mother strangled last night while holding her 4-month-old, the partner coming back "
        "'when he finishes at 10 tonight'; told in the forwarded worker's note under the TM's covering lines (DESIGN "
        "safety rule 1, quoted and forwarded history is read). The R&W seed (%s) routes 'immediate child protection "
        "concerns' by phone, but the MASH line is engaged and the mail describes the risk -> alert_duty. Kezia is 17: "
        "labelled with her baby; the violence to her is physical harm to a child as well as domestic abuse. Step-up "
        "otherwise complete: rationale under its heading (in the quoted note), case summary PDF attached; 'Mosaic ID "
        "3320917' -> '3320917'; 'Kezia agrees to the step up' -> consent true; 'I agree with the step up' -> "
        "manager true." % R_SEED,
        not_children=["Marta Wiśniewska", "Abena Mensah-Boateng", "Ashley"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2077-10-12 10:20:05"
    body = T("""
Hello Early Help duty,

Further to my call with your duty team manager this morning, I am confirming the step down case discussion for Friday 15th October at 2pm on Teams.

Child: Ruby Tanaka-Hollis, DOB 19/08/2076, Mosaic: 3296604
Mum: Danielle Hollis, 20, a care leaver (DOB 30/06/2057). Her Personal Adviser continues to support her.

Attached: the latest case summary and the draft Early Help plan.

Background. Ruby was made subject to a child protection plan at birth under the category of neglect. This was because of Danielle's own history - she came into care aged 9 after serious neglect and her mother's heroin use - and because she had no support network. The plan ended in January 2077 and Ruby has been on a CIN plan since. There are no current child protection concerns: Ruby is thriving, her development is on track, and Danielle has kept every appointment. Danielle's mother has had no contact since 2070.

Danielle has consented to Early Help continuing the plan, and she would like Grace from the family hub to be her lead professional.

My team manager, Rhys Pugh, agrees with the step down and will join the discussion.

Kind regards,
Imran

Imran Siddiqui
Social Worker | Family Support and Protection (Richmond)
Achieving for Children on behalf of Richmond and Wandsworth Councils
020 7946 0672

""") + RDISC
    summ = pdf_att("Case summary - Ruby Tanaka-Hollis - Oct 2077.pdf", "Case summary", [
        "Ruby Tanaka-Hollis, DOB 19/08/2076. Mosaic: 3296604. Mother: Danielle Hollis (care leaver, 20).",
        "CP plan (neglect) from birth to January 2077; CIN plan since. No current child protection concerns.",
        "Health: all checks and immunisations up to date. Nursery place from January (two days).",
        "Danielle: Personal Adviser monthly; college (childcare level 2) started September."])
    plan = docx_att("Draft Early Help plan - Tanaka-Hollis.docx", [
        "# Draft Early Help plan", "Child: Ruby Tanaka-Hollis",
        "Outcome 1: Ruby starts nursery in January - Grace (family hub) and Danielle.",
        "Outcome 2: Danielle keeps her college place - PA and college.",
        "Outcome 3: Danielle knows where to get help with money and housing - family hub welfare adviser."])
    top = outlook_top(f, addr("Siddiqui, Imran", "Imran.Siddiqui@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Ruby Tanaka-Hollis - case discussion Fri 15th Oct 2pm", when,
                      cc=addr("Pugh, Rhys", "Rhys.Pugh@" + RDOM))
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3296604"],
        [ch("Ruby Tanaka-Hollis", "2076-08-19", "19/08/2076")],
        [], True, True, [], None, "book_meeting",
        "NEAR MISS - A CARE LEAVER'S HISTORIC CONCERNS and an ended CP plan: 'child protection plan ... neglect', "
        "'heroin use', 'serious neglect' are the mother's own childhood and Ruby's plan that 'ended in January 2077'; "
        "'There are no current child protection concerns' -> not urgent, no concerns. Danielle is 20 (DOB 2057) -> "
        "not a child. Complete R&W step-down (seed %s, 'Process to Step Down': 'confirming this by email with the "
        "latest case summary and the draft plan for Early Help'; consent from the family): case summary PDF, draft "
        "plan .docx, 'Danielle has consented to Early Help continuing the plan' -> consent true; 'agrees with the "
        "step down' -> manager true -> book_meeting. The discussion Fri 15 Oct is within 5 days of this contact. 'childcare "
        "level 2' in the summary is a college course, not an Early Help level -> level null." % R_SEED,
        not_children=["Danielle Hollis", "Imran Siddiqui", "Rhys Pugh"], adults=[("Danielle Hollis", "30/06/2057")])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2077-11-08 14:15:30"
    body = T("""
Hi,

Step down to Early Help for Leah Dempsey (16, DOB 17/03/2061) and her son Frankie Dempsey (DOB 02/07/2077), Mosaic 3341128. I've agreed a case discussion with your duty team manager for Thursday 11th November at 10am.

Attached: the latest case summary and the draft plan for Early Help.

Leah was diagnosed with postnatal depression in September and is being treated by her GP; it is the main thing the plan is about. Frankie is well cared for.

Consent - I'm afraid Leah has said no. She is 16 and she was very clear that she does not want Early Help: "I'm done with social workers and all of you." Her mum, Tracey, would like the support, but Leah is Frankie's mum and it is her decision about Frankie and herself. I would still like the discussion, to think about how we keep the door open for her.

My team manager will sign off the closure after the discussion.

Thanks,
Gráinne

Gráinne Mulholland
Social Worker | Assessment and Intervention (Wandsworth)
Richmond and Wandsworth Councils | 020 7946 0388
""")
    summ = pdf_att("Case summary - Dempsey - Nov 2077.pdf", "Case summary", [
        "Leah Dempsey (16, DOB 17/03/2061) and Frankie Dempsey (DOB 02/07/2077). Mosaic 3341128.",
        "Child in Need plan since Frankie's birth: Leah's age and her low mood in the pregnancy.",
        "September 2077: postnatal depression diagnosed by the GP; sertraline; perinatal team declined (not severe).",
        "Frankie: weight and development on track, immunisations up to date."])
    plan = docx_att("Draft EH plan - Dempsey.docx", [
        "# Draft plan for Early Help", "Leah and Frankie",
        "1. Leah's mood: GP reviews monthly; young mums' group at the family hub.",
        "2. Education: Leah to be offered a part-time place at college with a creche from January."])
    top = plain_top(f, addr("Mulholland, Gráinne", "Grainne.Mulholland@" + RDOM), addr("Early Help Duty", RED),
                    "Step down to Early Help - Leah Dempsey (16) and baby Frankie", when, RDOM, None,
                    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:178.0) Gecko/20100101 Thunderbird/178.2.0")])
    add(f, mail8(f, top, body, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3341128"],
        [ch("Leah Dempsey", "2061-03-17", "17/03/2061"), ch("Frankie Dempsey", "2077-07-02", "02/07/2077")],
        ["parental_mental_health"], False, None, ["consent"], None, "request_info",
        "A 16-YEAR-OLD MOTHER REFUSES CONSENT: R&W step-down (seed %s: 'The allocated social worker should gain "
        "consent from the child, young person, and their family for Early Help Services to continue the plan') with "
        "the case summary (PDF) and draft plan (.docx) attached, but 'Leah has said no ... she does not want Early "
        "Help' -> consent false -> 'consent' missing -> request_info. Her own mother's wish for support is not the "
        "young parent's consent. 'will sign off the closure after the discussion' -> manager null. Leah (16) and "
        "Frankie both labelled. Postnatal depression -> parental_mental_health. 8bit UTF-8 body, RFC 2047 From." % R_SEED,
        not_children=["Gráinne Mulholland", "Tracey"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2077-10-13 09:05:12"
    data = google_reply(f, when, "Olamide Coker", "o.coker@pathways-leavingcare.example.org",
                        ("Early Help Duty", RED), "TENTATIVE",
                        "Step-down case discussion - Mosaic 3296604 [SB-richmond_wandsworth-3307]",
                        "20771015T130000Z", "20771015T140000Z", "Microsoft Teams Meeting",
                        "Fri 15 Oct 2077 14:00 - 15:00 (BST)",
                        note="Should be able to join - may be 10 mins late, I'm at court with another young person until 1.30.")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3296604"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=TENTATIVE, from the care leaver's Personal Adviser (a commissioned "
        "leaving-care provider) for richmond_wandsworth_03's step-down case discussion (Fri 15 Oct 14:00 BST = "
        "13:00Z); the SUMMARY carries 'Mosaic 3296604' -> '3296604' and [SB-richmond_wandsworth-3307]; a note about "
        "being at court with another young person is no risk. record_reply.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2077-11-19 21:15:44"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>To whoever is on tonight,</p>
<p>I am the night manager at <b>Elmstead House</b>, supported accommodation for young mothers and babies in Tooting. I found this address on the council website - I'm sorry if it is the wrong one but I cannot get through to anyone on the phone.</p>
<p><b>Summer Hennessy</b>, 17 (DOB 08/04/2060), one of our young mums, is a Wandsworth looked-after child. She went out at 2pm saying she was going to the shop and left her baby <b>Ava-Rose Hennessy</b> (DOB 12/07/2077, 4 months) with another resident, who is 16 and has now gone to bed. Summer has not come back and is not answering her phone.</p>
<p>At about 7pm one of the other girls saw her get into a black car outside with two older men she did not know. Her Snapchat location was showing Croydon at 8.40pm and now shows nothing. This is the third time since September she has gone off with men from that car.</p>
<p>We have reported her missing to the police (they gave us a reference, CAD 7731) but no one has come yet. Ava-Rose is with my night worker in the office for now, but we are not registered to look after babies overnight without their mums and we have nobody who can stay with her.</p>
<p>I have rung the out of hours number three times and it rings out. Please can someone call me on <b>07700 900 645</b>.</p>
<p>Beatriz Santos<br>Night Manager, Elmstead House<br>Elmstead Housing Trust</p>
</body></html>
""")
    top = plain_top(f, addr("Beatriz Santos", "nights@elmsteadhouse.example.org.uk"), addr("MASH Step Up", RSU),
                    "URGENT - young mum missing tonight - baby left here - Summer Hennessy", when,
                    "elmsteadhouse.example.org.uk", None, extra=[("X-Priority", "1")])
    add(f, html_only(f, top, h), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Summer Hennessy", "2060-04-08", "08/04/2060"), ch("Ava-Rose Hennessy", "2077-07-12", "12/07/2077")],
        ["exploitation", "missing", "neglect"], None, None, [], None, "alert_duty",
        "URGENT, FRIDAY NIGHT, HTML-ONLY, SENT TO THE WRONG INBOX (a provider found the step-up address on the "
        "website): a 17-year-old looked-after young mother missing since 2pm, seen getting into a car with two older "
        "men (the third time), and her 4-month-old left with a 16-year-old resident and no one to care for her "
        "overnight -> immediate risk to both -> alert_duty (DESIGN safety rule 1: out of hours, the Emergency Duty "
        "Team). THE YOUNG PARENT IS BOTH THE CHILD AT RISK AND THE CARER: both labelled. No step requested, not from "
        "a lead practitioner -> other (mailbox from the address: mash_step_up). 'CAD 7731' is a police reference, no "
        "case id. Concerns: exploitation, missing; the baby left without care -> neglect.",
        not_children=["Beatriz Santos"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2077-12-01 13:40:09"
    body = T("""
Dear colleagues,

Please find attached our latest 7-minute briefing, "Baby R: young parents, care leavers and the men around them", from a rapid review the Partnership completed this autumn. It is for team meetings in December.

Summary: Baby R was 9 weeks old when she was admitted to hospital with a skull fracture in 2075. Her mother, M, was 17 and a care leaver; her father, F, was 19. F was later convicted. Baby R has lived with her paternal grandparents under a special guardianship order since 2076 and is doing well. M has since had a second baby, who lives with her with support.

The learning is about practice, not about any family open to you now:
- ask young parents who else is living with them or staying over;
- do not let a care leaver's own history be the only lens - or the only reassurance;
- when a young mother is herself a child, her needs and her baby's needs both need a plan.

Please do not reply to this email with case details. Questions to the Partnership business unit.

Kind regards,
Safeguarding Children Partnership Business Unit
Richmond and Wandsworth
""")
    brief = pdf_att("7MB Baby R rapid review - Dec 2077.pdf", "7-minute briefing: Baby R (rapid review)", [
        "1. Background: Baby R, 9 weeks, skull fracture (2075). Mother 17, care leaver. Father 19, convicted.",
        "2. Why it matters: young parents who were looked after may not tell us who is in the home.",
        "3. What we found: the risk from F was not known; professionals focused on M's own history.",
        "4. What to do: ask who lives there; meet fathers; plan for the young mother as a child too.",
        "5. Outcome: Baby R lives with her grandparents (SGO, 2076) and is well.",
        "This briefing is anonymised. It does not refer to any current case."])
    qs = text_part(T("""
Baby R - questions for your team meeting
1. In your open cases with a parent under 18, who else lives in the home or stays over?
2. When did you last meet the father, or a new partner, in person?
3. Does the young parent have a plan for her own needs as a child?
(All questions are general. Do not record case details in the minutes.)
"""), cte="7bit", disposition='attachment; filename="Baby R - team meeting questions.txt"',
                   extra=[("Content-Description", "Baby R - team meeting questions.txt")])
    top = outlook_top(f, addr("Safeguarding Children Partnership", "scp.businessunit@" + RDOM),
                      addr("Early Help Duty", RED), "7-minute briefing - Baby R - young parents and care leavers", when)
    add(f, mail(f, top, body, [brief, qs], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ANONYMISED RAPID-REVIEW BRIEFING: a skull fracture, a conviction, a 17-year-old care leaver "
        "mother - all in 2075, the baby living safely with grandparents under an SGO since 2076; 'does not refer to "
        "any current case' -> not urgent (DESIGN safety rule 1: historic and bulletins that list examples must not "
        "trigger it). No request -> other -> human_review; initials only -> no children, no concerns.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2077-12-07 08:02:19"
    data = ooo(f, when, "Hussain-Lowe, Zainab", "Zainab.Hussain-Lowe@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-3398] Step-down case discussion - please confirm the Early Help worker",
               T("""
Thank you for your email. I am on annual leave until Monday 13 December and will not be checking emails.

If one of my young people needs help urgently please call the Leaving Care duty line on 020 7946 0510. If you are worried that a child or young person is at immediate risk, contact the MASH or call 999.

Zainab Hussain-Lowe
Personal Adviser | Leaving Care Service (Richmond)
"""))
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A Personal Adviser's Outlook OUT-OF-OFFICE ('Automatic reply:', Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress: All) to stepbot's [SB-richmond_wandsworth-3398] mail; 'urgently', 'immediate "
        "risk', '999' are boilerplate. auto_reply -> ignore (DESIGN rule 2); not a follow-up despite the reference.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2077-09-09 12:10:22"
    body = T("""
Dear colleagues,

Please find attached a Multi-Agency Request for Support for a step up to MAST for Nusrat Jahan Chowdhury (16, DOB 21/06/2061) and her son Ibrahim Chowdhury (DOB 05/05/2077). Mosaic ID: 1877402.

Nusrat and Ibrahim live with Nusrat's parents in Bow. Ibrahim's father, Shahid (23), has been staying there most nights since July. Nusrat says he takes her Universal Credit and her child benefit, reads her messages and decides when she can go out, and she has stopped coming to the young parents' group. Her mood is very low; she told me she "can't see the point of anything" but has no plans to hurt herself and is seeing her GP on Monday. Ibrahim's care is good.

There is no immediate concern this week: Shahid is working in Manchester until the end of the month.

Nusrat has agreed to the referral herself. Her parents do not know about it, at her request.

I need to be honest that my manager, Salma Karim, does not agree that this meets the threshold for MAST and thinks we should keep going at Early Help. I am worried about the coercive control and I am raising it anyway, as the guidance says any professional can.

Rukhsana Akhtar
Early Help Practitioner | Young Parents Service (Bow)
Tower Hamlets Council
020 7946 0277

""") + TDISC
    marf = docx_att("Multi-Agency Request for Support - Chowdhury.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child(ren): Nusrat Jahan Chowdhury, 21/06/2061 (parent, aged 16); Ibrahim Chowdhury, 05/05/2077",
        "Mosaic ID: 1877402",
        "Referrer: Rukhsana Akhtar, Early Help Practitioner, Young Parents Service",
        "Reason for request: coercive control of a 16-year-old mother by her baby's 23-year-old father; low mood.",
        "Consent: Nusrat has agreed to this request. Parents not informed at her request.",
        "Manager's comments: Not agreed - S. Karim: continue the Early Help plan and review in four weeks."])
    top = outlook_top(f, addr("Akhtar, Rukhsana", "Rukhsana.Akhtar@" + TDOM), addr("Early Help Hub", TEH),
                      "Step up to MAST - Nusrat Jahan Chowdhury (16) and baby Ibrahim", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_up", False, None, ["1877402"],
        [ch("Nusrat Jahan Chowdhury", "2061-06-21", "21/06/2061"), ch("Ibrahim Chowdhury", "2077-05-05", "05/05/2077")],
        ["domestic_abuse", "parental_mental_health"], True, False, ["manager_agreed"], None, "request_info",
        "A STEP-UP TO MAST SENT TO THE EARLY HELP HUB (the wrong inbox, on purpose): mailbox from the address "
        "(early_help_duty), kind from the content (step_up). Tower Hamlets step-up (seed %s, 'Key Aspects of Step Up': "
        "communication 'via the MAST'; 'contact MAST ... followed up with a completed Multi-Agency Request for Support "
        "form'; 'management oversight are crucial'): MARF attached -> request_for_support met; MANAGER DISAGREES "
        "('does not agree that this meets the threshold'; 'Not agreed - S. Karim') -> manager_agreed false -> missing "
        "-> request_info. A 16-YEAR-OLD'S OWN CONSENT: 'Nusrat has agreed to the referral herself' -> true. Both "
        "Nusrat (16) and Ibrahim labelled. Coercive control -> domestic_abuse; her low mood -> "
        "parental_mental_health. 'no immediate concern this week' (the father away) -> not urgent." % T_SEED,
        not_children=["Rukhsana Akhtar", "Salma Karim", "Shahid"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2077-10-20 15:45:03"
    body = T("""
Hi MAST,

Please see the MARF attached for Blessing Okoro (19, care leaver) and her children Joy Okoro and Daniel Okoro. My manager, Helen Marsh, agreed the step up this afternoon.

Grateful if this can be looked at.

Kwame

Kwame Asante
Family Support Worker | Early Help (Poplar)
Tower Hamlets Council | 020 7946 0503
""")
    marf = pdf_att("MARF - Okoro - 20.10.2077.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Joy Okoro, DOB 14/03/2075; Daniel Okoro, DOB 09/12/2076. Mosaic ID: 1893350",
        "Parent: Blessing Okoro, DOB 27/01/2058, a Tower Hamlets care leaver (Personal Adviser: leaving care team).",
        "Referrer: Kwame Asante, Family Support Worker, Early Help (Poplar). Manager: Helen Marsh - agreed.",
        "Parent aware / consent: Blessing agreed to this request.",
        "What happened today: at my home visit today (20/10/2077, 1.20pm) I saw a round, blistered burn about the",
        "size of a fingertip on the back of Daniel's left hand. Blessing told me quietly, in the kitchen, that her",
        "new partner Leon did it with his cigarette last night 'to teach him not to touch'. Leon was in the flat when",
        "I left at 2pm and he is living there. Blessing is frightened of him and asked me not to say she told me.",
        "Immediate risk: yes - Leon is living at the address.",
        "Background: Early Help since June (housing, nursery place for Joy). No previous injuries seen.",
        "Flat 6, Carradale Court, Poplar, E14 9ZH."])
    top = outlook_top(f, addr("Asante, Kwame", "Kwame.Asante@" + TDOM), addr("MAST", TMAST),
                      "Step up - Okoro children - MARF attached", when, cc=addr("Marsh, Helen", "Helen.Marsh@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["1893350"],
        [ch("Joy Okoro", "2075-03-14", "14/03/2075"), ch("Daniel Okoro", "2076-12-09", "09/12/2076")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT: the covering mail of this MAST step-up is bland ('Grateful if this can be "
        "looked at'); the MARF PDF says a 10-month-old has a fresh cigarette burn inflicted last night by the "
        "mother's partner, who is living in the flat. DESIGN safety rule 1 ('Every part of every message is read ... "
        "attachments') and Tower Hamlets seed %s ('If there is an immediate child protection concern, contact MAST "
        "(0207 364 5606/5601...') -> alert_duty. Step-up complete: MARF attached (request_for_support), 'agreed the "
        "step up' -> manager true; 'Blessing agreed to this request' -> consent true. The mother is a 19-year-old "
        "care leaver (adult, not labelled). Concerns: the burn -> physical_harm; a partner she is frightened of -> "
        "domestic_abuse." % T_SEED,
        not_children=["Blessing Okoro", "Kwame Asante", "Helen Marsh"], adults=[("Blessing Okoro", "27/01/2058")])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2077-11-15 10:30:50"
    body = T("""
Good morning Early Help Hub,

I am stepping down the following family following my Child and Family Assessment, which concluded on 12/11/2077.

Jayden Clarke-Mensah, 17 (DOB 11/10/2060), was looked after by Tower Hamlets under section 20 until last year. Since the summer he has been the main carer for his daughter Nia Clarke-Mensah (DOB 23/02/2077), after Nia's mum moved to Essex. They live with Jayden's nan, Mrs Clarke, in Stepney. Mosaic 1902236.

The assessment found that Jayden is a loving and capable dad, with his nan's help. Nia has a moderate hearing loss and is under audiology; she has her first hearing aids. Jayden's own needs are about money, his housing plan and getting back into college.

Attached: the C&F assessment and the TAF plan.

Lead practitioner: Dwayne Forbes, Young Fathers Worker, Lantern Yard Family Hub (Tower Hamlets Early Help), who has agreed to take the role.

Consent: Jayden has consented to the step down, and so has his nan.

I will chair the TAF meeting on Tuesday 23 November at 2pm at Lantern Yard Family Hub, and the minutes will be on Mosaic within the 10 working days.

Kind regards,
Farhana

Farhana Begum-Wright
Social Worker | Children and Families Assessment Team
Tower Hamlets Council | 020 7946 0165

""") + TDISC
    cfa = pdf_att("C&F Assessment - Clarke-Mensah - concluded 12.11.2077.pdf", "Child and Family Assessment - summary", [
        "Children: Nia Clarke-Mensah (DOB 23/02/2077). Parent: Jayden Clarke-Mensah, 17 (DOB 11/10/2060).",
        "Mosaic 1902236. Assessment started 20/09/2077, concluded 12/11/2077.",
        "Analysis: Nia is well cared for by her father with the support of her great-grandmother. No child protection",
        "concerns. Needs: Nia's hearing (audiology), Jayden's housing and education, budgeting.",
        "Outcome: step down to Early Help - TAF with a Lead Practitioner."])
    plan = docx_att("TAF plan - Clarke-Mensah.docx", [
        "# TAF plan", "Family: Jayden and Nia Clarke-Mensah",
        "Lead practitioner: Dwayne Forbes, Young Fathers Worker, Lantern Yard Family Hub",
        "1. Nia's hearing: audiology appointments kept; speech and language review in the spring.",
        "2. Jayden: housing plan with his Personal Adviser; college application for January.",
        "3. Money: benefits check at the family hub."])
    top = outlook_top(f, addr("Begum-Wright, Farhana", "Farhana.Begum-Wright@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Clarke-Mensah - TAF Tues 23 Nov 2pm", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1902236"],
        [ch("Jayden Clarke-Mensah", "2060-10-11", "11/10/2060"), ch("Nia Clarke-Mensah", "2077-02-23", "23/02/2077")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "A YOUNG DAD WHO WAS LOOKED AFTER IS THE MAIN CARER: a complete Tower Hamlets step-down (seed %s: 'The "
        "Allocated social worker to arrange and chair the TAF meeting and minutes to the meeting to be evidenced on "
        "Mosaic within 10 working days of the conclusion of the Child and Family Assessment/s'; 'Consent should be "
        "sought from the family and a lead professional identified'): C&F assessment PDF, TAF plan .docx, 'Jayden has "
        "consented' -> consent true, lead practitioner Dwayne Forbes with his agency -> book_meeting. Jayden is 17: "
        "labelled with Nia. Nia's hearing loss -> disability_send. 'Mosaic 1902236' -> '1902236'." % T_SEED,
        not_children=["Dwayne Forbes", "Farhana Begum-Wright"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2077-11-25 11:15:12"
    body = T("""
Hi,

Step down request following a pre-birth assessment.

Baby: Maya Osei-Kamara, born 31/10/2077. Mosaic 1911873.
Mum: Aisha Kamara, 18 (DOB 14/08/2059), a care leaver. Dad: Kofi Osei, 22.

The pre-birth assessment is attached; it concluded on 19/11/2077. It was started because of Aisha's own history: she was removed from her father's care at 6 because of his violence to her mother, and grew up in foster care. The pre-birth risk assessment found that none of this is current - she has had no contact with her father since she was 6, Kofi has no police or children's services history, and they have a settled flat. No child protection plan or conference was needed. Maya was born well and is feeding well, and the health visitor has no concerns.

Attached: the assessment and a draft TAF plan.

Lead practitioner - tbc. I'm hoping the Family Nurse will take it but she hasn't confirmed.

I'll get Aisha to sign the consent at the TAF meeting.

Thanks,
Charlotte

Charlotte Ng
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0720
""")
    pba = pdf_att("Pre-birth assessment - Kamara - concluded 19.11.2077.pdf", "Child and Family Assessment (pre-birth)", [
        "Unborn / baby: Maya Osei-Kamara (born 31/10/2077). Mosaic 1911873.",
        "Mother: Aisha Kamara (DOB 14/08/2059), care leaver. Father: Kofi Osei.",
        "Reason: mother's own history (removed aged 6; domestic abuse by her father towards her mother).",
        "Analysis: the historic concerns are not current. No contact with maternal grandfather since 2065.",
        "Outcome: no child protection plan; step down to Early Help (TAF) for support as new parents."])
    plan = docx_att("Draft TAF plan - Osei-Kamara.docx", [
        "# Draft TAF plan", "Baby Maya Osei-Kamara", "1. Health visitor / Family Nurse: new-birth and 6-8 week checks.",
        "2. Aisha: Personal Adviser to continue; young parents' group at Shadwell."])
    top = outlook_top(f, addr("Ng, Charlotte", "Charlotte.Ng@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - pre-birth assessment concluded - Maya Osei-Kamara", when)
    add(f, mail(f, top, body, [pba, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["1911873"],
        [ch("Maya Osei-Kamara", "2077-10-31", "31/10/2077")],
        [], None, None, ["consent", "lead_practitioner"], None, "request_info",
        "NEAR MISS - A PRE-BIRTH PLAN WITH NOTHING CURRENT: 'pre-birth risk assessment', 'violence', 'removed' "
        "describe the mother's childhood; 'none of this is current', 'No child protection plan or conference was "
        "needed' -> not urgent, no concerns. Aisha is 18 (adult). Tower Hamlets step-down (seed %s: assessment, TAF "
        "plan, 'Consent should be sought from the family and a lead professional identified'): assessment PDF and "
        "draft plan attached; 'Lead practitioner - tbc' -> missing; 'I'll get Aisha to sign the consent at the TAF "
        "meeting' -> consent null (still to be asked) -> missing -> request_info." % T_SEED,
        not_children=["Aisha Kamara", "Kofi Osei", "Charlotte Ng"], adults=[("Aisha Kamara", "14/08/2059")])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2077-11-26 17:31:08"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "Reza.Karimi@towerhamlets.gov.uk",
               "[SB-tower_hamlets-4412] TAF meeting Tue 23 Nov - minutes due on Mosaic", addr("Early Help Hub", TEH),
               "2077-11-26 17:30:41")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange Online NON-DELIVERY REPORT (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied): stepbot's reminder about tower_hamlets_03's TAF minutes bounced from a Personal Adviser who "
        "has left. A bounce -> auto_reply -> ignore (DESIGN rule 2, never answered).")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2077-11-02 19:50:27"
    text = T("""
Forwarding texts I just got from Tasnim Akter (16, DOB 04/01/2061), she has baby Zayan, 3 months. I am not on duty, I am at home. Please can someone go to her. I don't know who else to send to.

Sharmin

---- Forwarded texts ----
From: Tasnim (07700 900 783)

[19:12] apa pls help me
[19:14] my abba hit me with his belt because baby crying in night and he cant sleep. my lip is bleeding
[19:15] he say tonite he will put me and baby outside on the street
[19:21] he took my phone i am using my frend phone downstairs flat 14 Lansbury House
[19:24] amma is crying she cant stop him
[19:31] pls dont call my house. pls come

Sharmin Uddin
Early Help Practitioner | Young Parents Service | Tower Hamlets Council

Get Outlook for Android
""")
    top = outlook_top(f, addr("Uddin, Sharmin", "Sharmin.Uddin@" + TDOM), addr("MAST", TMAST),
                      "FW: texts from Tasnim tonight", when)
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Tasnim Akter", "2061-01-04", "04/01/2061")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, EVENING, FORWARDED TEXT MESSAGES IN A YOUNG MOTHER'S OWN WORDS (non-native English): a 16-year-old "
        "mother hit with a belt by her father tonight, lip bleeding, told she and her 3-month-old will be put out on "
        "the street tonight -> immediate risk -> alert_duty (DESIGN safety rule 1; Tower Hamlets seed %s, out of hours "
        "'in an emergency only 0207 364 4079'). The young parent is the child harmed: Tasnim labelled (16, DOB); "
        "Zayan has a first name only -> not labelled. An off-duty worker forwarding texts, no step -> other. "
        "physical_harm. No alarm words." % T_SEED,
        not_children=["Sharmin Uddin"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2077-09-14 13:00:45"
    text = T("""
Hi

My PA said to email you about the young parents group and baby massage at the Stepney family hub. Do I need a referral or can I just come?

I'm 20 and I'm a care leaver. I know there's a file on me from when I was little - my stepdad abused me and went to prison in 2068 and I was in foster care till I was 18 - but that's all in the past and I'm doing really well. My daughter Inaya is 5 months and my health visitor says she's perfect.

I just don't want anyone thinking I'm a risk to her because of my past. Will you have to look at my old file?

Thanks
Ayesha
""")
    top = gmail_top(f, addr("Ayesha Rahman", "ayesha.rahman57@gmail.example"), addr("Early Help Hub", TEH),
                    "young parents group?? and my old file", when)
    add(f, gmail_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CARE LEAVER WRITING HERSELF ABOUT HER HISTORIC CONCERNS: 'abused', 'prison', 'a risk to her' "
        "describe her own childhood (2068) and a worry about how she is seen; her baby is well ('she's perfect') -> "
        "not urgent. A general enquiry about a group, no request for a step -> other -> human_review. Ayesha is 20; "
        "her daughter is named by first name only -> no children; no concerns. Gmail web.",
        not_children=["Inaya"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2077-11-19 08:45:30"
    data = itip_reply(f, when, "Dwayne Forbes", "Dwayne.Forbes@" + TDOM, ("Early Help Hub", TEH), "ACCEPTED",
                      "TAF meeting (step down) - Mosaic 1902236 [SB-tower_hamlets-4412]", "20771123T140000",
                      "20771123T153000", "Lantern Yard Family Hub",
                      comment="I'll be there - I've asked Jayden if he'd like his PA to come too.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["1902236"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the lead practitioner for tower_hamlets_03's TAF meeting (Tue 23 "
        "Nov 14:00); SUMMARY 'Mosaic 1902236' -> '1902236' and [SB-tower_hamlets-4412]; a COMMENT with nothing of "
        "concern (the first name 'Jayden' only). record_reply.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2077-09-21 10:05:16"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a level 3 step down from the Single Assessment Team.

Kayleigh Pascoe, 17 (DOB 12/12/2059), and her son Jenson Pascoe (DOB 06/06/2077) - LCS-3390184. As Jenson is under 5, I understand this will go to the fortnightly under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager Gary Stentiford's analysis confirming the threshold for level 3 is met.

Kayleigh has signed the consent for level 3 Early Help herself - she is 17 and Jenson's mum - and she would like her nan to come to the TAF.

Summary: Kayleigh left home in the summer after rows with her mum's partner and now lives in a young parents' supported flat in Paignton. Jenson is well cared for. The worries are money, isolation and Kayleigh's anxiety, for which she sees the perinatal mental health team.

Thanks,
Morwenna

Morwenna Tregaskis
Social Worker | Single Assessment Team | Torbay Council
01632 960 142

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe - LCS-3390184.pdf", "Single Assessment - analysis", [
        "Children: Jenson Pascoe (DOB 06/06/2077). Parent: Kayleigh Pascoe, 17 (DOB 12/12/2059).",
        "Social worker's analysis: Jenson's needs are met. Kayleigh needs support with anxiety, budgeting and",
        "isolation; she engages well. Rationale for step down: no further need for a level 4 response; a level 3",
        "co-ordinated Early Help response will meet the remaining needs.",
        "Team Manager's analysis: I agree. Threshold met for level 3 intervention. G. Stentiford, TM, 17/09/2077.",
        "Consent: Kayleigh Pascoe signed consent for level 3 Early Help on 16/09/2077."])
    top = outlook_top(f, addr("Tregaskis, Morwenna", "Morwenna.Tregaskis@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - Kayleigh Pascoe (17) and baby Jenson - LCS-3390184", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3390184"],
        [ch("Kayleigh Pascoe", "2059-12-12", "12/12/2059"), ch("Jenson Pascoe", "2077-06-06", "06/06/2077")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay SAT step-down (seed %s, 'Step down process from Single Assessment Team', steps 1-4): Single "
        "Assessment PDF with the social worker's analysis and rationale, the TM's 'analysis confirming the threshold "
        "for level 3 is met' -> manager true; A 17-YEAR-OLD MOTHER'S OWN SIGNED CONSENT ('Kayleigh has signed the "
        "consent for level 3 Early Help herself') -> true. 'level 3' stated. Kayleigh (17) and Jenson both labelled; "
        "Jenson is under 5 -> the fortnightly under-5s triage ('step downs for under 5's heard fortnightly'). "
        "Kayleigh's anxiety -> parental_mental_health. book_meeting." % B_SEED,
        not_children=["Morwenna Tregaskis", "Gary Stentiford"])

def torbay_02():
    f = "torbay_02.eml"; when = "2077-11-04 13:52:37"
    ack = ack_text("step-up", "SB-torbay-5521", [
        "Case: EHM-903318", "Children: Rocco Yeo (14/08/2077)",
        "MASH threshold discussion: Monday 08/11/2077 11:00 (Teams)"], []).replace(
        "keeping the reference in the subject, to add anything.", "keeping the reference in the subject,\nto add anything.")
    text = T("""
Update - I'm outside the flat now.

Jordan (he's only 17) let me in then went straight back to sleep on the sofa and I can't wake him properly - he opens his eyes then goes again. There are spice wrappers and a pipe on the table next to Rocco's bottles.

Rocco was in his cot, cold to touch, soaked through, nappy and sleepsuit. Jordan said the last bottle was "last night". Nobody else here - Rocco's mum has been in hospital since yesterday.

I've got Rocco wrapped in my coat in the hallway. Ambulance is on its way for Jordan. What do I do with Rocco? Can someone ring me now please - 07700 900 957

Elowen

Elowen Harvey
Early Help Practitioner (Young Parents) | Torbay Council

Sent from my iPhone

On 3 Nov 2077, at 16:10, MASH <mash@torbay.gov.uk> wrote:

""") + stepbot_ack("SB-torbay-5521", ack.rstrip("\n").split("\n"))
    top = plain_top(f, addr("Elowen Harvey", "Elowen.Harvey@" + BDOM), addr("MASH", BMASH),
                    "Re: [SB-torbay-5521] Contact to MASH received - Jordan Yeo / baby Rocco", when, BDOM,
                    "iPhone Mail (22A7345)",
                    extra=[("In-Reply-To", "<SB-torbay-5521.ack@stepbot.torbay.gov.uk>")])
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-903318"],
        [ch("Jordan Yeo"), ch("Rocco Yeo", "2077-08-14", "14/08/2077")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP (iPhone reply to [SB-torbay-5521], format=flowed): the lead practitioner is outside "
        "the flat now with a cold, soaked baby; the young father cannot be woken beside spice and a pipe; the mother "
        "is in hospital; nobody can care for the baby -> alert_duty (DESIGN: 'urgent ... whatever its kind'; next "
        "action alert_duty before attach_to_request; the earlier request was a Torbay step-up contact, seed %s). "
        "THE YOUNG FATHER IS A CHILD: 'Jordan Yeo' is named in full in the subject and 'he's only 17' in the body -> "
        "labelled, no DOB; Rocco from the quoted acknowledgement. Concerns: the baby's physical care -> neglect; spice -> substance_misuse. No alarm "
        "words." % B_SEED,
        not_children=["Elowen Harvey"])

def torbay_03():
    f = "torbay_03.eml"; when = "2077-10-11 15:10:49"
    body = T("""
Dear MASH,

I am the lead professional for Mia Rowe (16, DOB 30/01/2061), EHM-901477, and I am making a contact to MASH for Mia and her unborn baby. Mia is 19 weeks pregnant.

The baby's father is Tyler Vosper (16, DOB 08/08/2061), who is a child looked after by Torbay and lives with foster carers in Brixham. His foster carer and social worker know about the pregnancy and have no worries about Tyler himself.

New information of concern since our last review:
- Mia is smoking cannabis every day, including since she found out she was pregnant;
- she went missing overnight twice in September (returned herself both times; return home interviews done);
- she has stopped going to school - attendance this term is 41%.

My team manager, Becky Wills, and I agree this needs to be considered for a level 4 response, including a pre-birth assessment.

Consent: Mia has refused consent for this contact and says she will "disappear" if social workers get involved. Her mum also does not consent. We are making the contact without consent because of the unborn baby and Mia's own wellbeing - I told Mia today that I would be doing this.

Mia is at home today and I have no immediate concerns for her tonight.

Sam Kitto
Early Help Practitioner | Torbay Council
01632 960 518
""") + BDISC
    top = outlook_top(f, addr("Kitto, Sam", "Sam.Kitto@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Mia Rowe (16), pregnant - EHM-901477", when,
                      cc=addr("Wills, Becky", "Becky.Wills@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-901477"],
        [ch("Mia Rowe", "2061-01-30", "30/01/2061"), ch("Tyler Vosper", "2061-08-08", "08/08/2061")],
        ["missing", "school_attendance", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "TEENAGE PREGNANCY; THE YOUNG DAD IS A LOOKED-AFTER 16-YEAR-OLD. Torbay step-up (seed %s, 'Step up processes "
        "from level 3 to level 4', step 2: 'a contact should be made to MASH with parental consent'): 'Mia has refused "
        "consent ... Her mum also does not consent' -> consent false -> missing -> request_info; 'My team manager ... "
        "and I agree this needs to be considered for a level 4 response' -> manager true. Both 16-year-olds labelled. "
        "Concerns: daily cannabis -> substance_misuse; missing overnight -> missing; 41%% -> school_attendance. 'no "
        "immediate concerns for her tonight' -> not urgent." % B_SEED,
        not_children=["Sam Kitto", "Becky Wills"])

def torbay_04():
    f = "torbay_04.eml"; when = "2077-12-08 11:40:26"
    body = T("""
Hello,

Request for a triage slot - step down from the Safeguarding and Supporting Families Team.

Alfie Lowen, DOB 02/11/2075 (2 years old - so I think the under-5s triage). LCS-3371906.
Mum: Rhianna Lowen, 21 (DOB 19/05/2056), a Torbay care leaver.

I agreed with my team manager, Louise Coombe, at supervision on 6 December that there is no further need for statutory intervention and that the threshold for level 3 is met. Alfie's child protection plan (neglect) ended in 2076 and the CIN plan has now achieved its outcomes. There have been no concerns since.

Rhianna's own history is in the file - she came into care at 11 and was sexually exploited at 14 (the men were convicted in 2071). None of that is current and it was never a worry for Alfie; she has had no contact with anyone involved since.

Rhianna has consented to level 3 Early Help. She is doing really well: she has a part-time job, Alfie is at nursery three mornings a week and she has a good network.

The remaining need is Alfie's speech - he has a speech and language delay and is on the SALT waiting list.

Attached: the Single Assessment update and the final CIN review.

Paweł Nowicki
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 377
""") + BDISC
    sa = pdf_att("Single Assessment update - Lowen.pdf", "Single Assessment update", [
        "Child: Alfie Lowen (DOB 02/11/2075). LCS-3371906. Mother: Rhianna Lowen (21), care leaver.",
        "Analysis: outcomes of the CIN plan achieved; no further need for statutory intervention.",
        "Remaining need: speech and language delay (SALT waiting list); nursery support.",
        "Manager: agreed, L. Coombe, 06/12/2077 - threshold for level 3 met."])
    cin = docx_att("Final CIN review - Lowen - 01.12.2077.docx", [
        "# Final Child in Need review", "Alfie Lowen", "All outcomes met. Mum consents to level 3 Early Help."])
    top = outlook_top(f, addr("Nowicki, Paweł", "Pawel.Nowicki@" + BDOM), addr("Early Help", BEH),
                      "Step down request - Lowen - triage please", when)
    add(f, mail(f, top, body, [sa, cin], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-3371906"],
        [ch("Alfie Lowen", "2075-11-02", "02/11/2075")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "NEAR MISS - A CARE LEAVER'S HISTORIC CONCERNS AND AN ENDED CP PLAN: 'child protection plan (neglect) ended "
        "in 2076', 'sexually exploited at 14 (the men were convicted in 2071)' - 'None of that is current' -> not "
        "urgent; neglect / exploitation / sexual_harm are not current concerns. Complete Torbay SASF step-down (seed "
        "%s, 'Step down process from Safeguarding and Supporting Families Team and CWD team': 'Social worker agrees no "
        "further need for statutory intervention with manager'; consent for level 3 sought): Single Assessment "
        "update PDF, manager agreement stated, 'Rhianna has consented' -> book_meeting. Rhianna is 21 (adult). Alfie "
        "(2) -> under-5s triage. Speech and language delay -> disability_send. 'consented to level 3 Early Help' -> level 3." % B_SEED,
        not_children=["Rhianna Lowen", "Louise Coombe", "Paweł Nowicki"], adults=[("Rhianna Lowen", "19/05/2056")])

def torbay_05():
    f = "torbay_05.eml"; when = "2077-12-10 16:48:55"
    body = T("""
MASH,

Contact to MASH - Lily-Anne Crocker, DOB 03/05/2062 (15), EHM-905562. I am her lead professional (Early Help, level 3 since June for school attendance).

At 2.30pm today Lily-Anne told me and the school nurse that she is pregnant (positive test at school today). She said the baby's father is Wayne, her mum's partner, who lives with them, and that it has been happening "since the summer" when her mum is at work on nights. Her mum is on nights again tonight and all weekend. Lily-Anne begged us not to tell her mum. She went home on the school bus at 3.30 before we could stop her.

Discussed with my team manager, Jo Pengelly, who agrees this needs considering for level 4 now.

I have not asked her mum for consent, because her mum's partner is the man Lily-Anne named.

I am at school until 5.30 - 01632 960 604, then mobile 07700 900 240.

Nkechi Obi-Tremain
Early Help Practitioner | Torbay Council
""")
    top = outlook_top(f, addr("Obi-Tremain, Nkechi", "Nkechi.Obi-Tremain@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Lily-Anne Crocker (15) - EHM-905562", when,
                      cc=addr("Pengelly, Jo", "Jo.Pengelly@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-905562"],
        [ch("Lily-Anne Crocker", "2062-05-03", "03/05/2062")],
        ["sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT, FRIDAY 16:48, TEENAGE PREGNANCY BY AN ADULT IN THE HOME: a 15-year-old discloses that her mother's "
        "partner, who lives with her, is the father and that it happens when mum is on nights - and mum is on nights "
        "tonight and all weekend; she has gone home -> immediate sexual harm -> alert_duty. Written as a Torbay "
        "step-up contact (seed %s, level 3 to level 4, step 2): manager agreement stated ('agrees this needs "
        "considering for level 4 now') -> true; consent not asked because the alleged abuser is mum's partner -> null "
        "-> 'consent' missing (alert_duty still comes first). sexual_harm. No alarm words." % B_SEED,
        not_children=["Nkechi Obi-Tremain", "Jo Pengelly", "Wayne"])

def torbay_06():
    f = "torbay_06.eml"; when = "2077-11-23 10:15:03"
    body = T("""
Hi Early Help team,

Quick question. One of my care leavers (she's 19) is due in February and would like to meet other young parents and do an antenatal / baby group in Torquay. There are no concerns at all - she has a flat, a good relationship with her midwife and she asked me about this herself.

What groups do you run for young parents in Torquay, and can she self-refer or does it need to come from me or the midwife? Is there a form?

Thanks,
Ciarán

Ciarán Doherty
Personal Adviser | Care Leavers Team | Torbay Council
01632 960 233
""") + BDISC
    top = outlook_top(f, addr("Doherty, Ciarán", "Ciaran.Doherty@" + BDOM), addr("Early Help", BEH),
                      "Young parents groups in Torquay - self-referral?", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A Personal Adviser's GENERAL ENQUIRY about young parents' groups for a pregnant 19-year-old care leaver "
        "('no concerns at all'); no child, no request for a step -> other -> human_review (DESIGN: 'other (anything "
        "else: general enquiry ...)'). RFC 2047 From (Ciarán).",
        not_children=["Ciarán Doherty"])

def torbay_07():
    f = "torbay_07.eml"; when = "2077-10-28 20:05:33"
    text = T("""
Hello,

We are supported lodgings hosts and we have had a 17-year-old care leaver, Esme, living with us for a year. She's lovely and doing well at college.

A question we've been meaning to ask - purely hypothetical, we're NOT saying she's pregnant! If a young person like Esme got pregnant, would social services automatically take the baby because she's been in care? Would she have to move out of ours? Her ex was violent to her in the past (long before she came to us, and it went to court) and we wondered if that would count against her.

Sorry if this is the wrong address. We just want to know how to support her if it ever happens.

Best wishes,
Jan and Steve Hext
""")
    top = gmail_top(f, addr("Jan Hext", "janandsteve.hext@gmail.example"), addr("Early Help", BEH),
                    "Question about care leavers and pregnancy (hypothetical)", when)
    add(f, gmail_mail(f, top, text), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL FROM SUPPORTED LODGINGS HOSTS in the evening of half-term week: 'purely "
        "hypothetical, we're NOT saying she's pregnant'; an ex's violence 'long before she came to us, and it went to "
        "court' -> no current risk (DESIGN: hypothetical and historic must not trigger) -> not urgent. An enquiry -> "
        "other -> human_review. Esme is named by first name only -> no children; no concerns. Gmail web.",
        not_children=["Esme"])

def torbay_08():
    f = "torbay_08.eml"; when = "2077-12-13 10:20:11"
    data = itip_reply(f, when, "Sally Hocking", "sally.hocking@southdevonhealth.example.nhs.uk",
                      ("Early Help", BEH), "DECLINED",
                      "Under-5s triage - step down - LCS-3371906 [SB-torbay-5690]", "20771214T113000",
                      "20771214T120000", "Microsoft Teams Meeting",
                      comment="Sorry, can't do tomorrow. I'm at Rhianna's now for Alfie Lowen's 2-year review - "
                              "Alfie has two black eyes and a split lip and Rhianna has a bruise on her cheek. She says "
                              "her ex Dale came back last night and 'lost it' with Alfie. Dale is asleep upstairs. I've "
                              "come out to my car. Please ring me on 07700 900 418.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["LCS-3371906"], [ch("Alfie Lowen")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (DECLINED) to torbay_04's under-5s triage, whose "
        "COMMENT says the health visitor is at the house now, the 2-year-old has two black eyes and a split lip, the "
        "man who did it is asleep upstairs (DESIGN safety rule 1: 'a meeting reply's comment') -> alert_duty before "
        "record_reply. The near miss of torbay_04 has changed. 'Alfie Lowen' named in the comment (no DOB); "
        "'LCS-3371906' from the SUMMARY. Concerns: the injuries -> physical_harm; the mother's bruise and her ex's "
        "return -> domestic_abuse. No alarm words.",
        not_children=["Sally Hocking", "Dale", "Rhianna"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2077-09-10 14:00:37"
    blocks = [
        "Dear Early Help Co-ordinators,",
        "",
        "Following my discussion with Verity at Tuesday's drop-in, please find attached the Early Help Assessment "
        "step-down plan (level 3) and the signed consent form for:",
        "",
        ("table", [
            ["Name", "Date of birth", "Mosaic"],
            ["Kacey Baskerville (mum, aged 17)", "28/02/2060", "702331"],
            ["Ollie Baskerville-James", "19/04/2077", "702332"],
        ]),
        "",
        "Kacey signed the consent form herself at my visit on Wednesday - she is 17 and Ollie's mum, and she was "
        "clear that she wants the support.",
        "",
        "Key person: Sarah Jenkins, Family Nurse, Herefordshire Family Nurse Partnership (Wye Vale Community "
        "Health) - agreed with Kacey and with Sarah.",
        "",
        "The S47 ended with no further action in July and the C&F assessment found Kacey's needs and Ollie's are at "
        "'intensive' level 3: Kacey's anxiety (she is on the waiting list for talking therapy), money, and her place "
        "in the young parents' shared house in Leominster ending in March.",
        "",
        "Kind regards,",
        "Bethan",
        "",
        "Bethan Pryce",
        "Social Worker | Children in Need (South) | Herefordshire Council",
        "01632 960 455",
        "",
        HDISC.strip(),
    ]
    plan = docx_att("EHA step down plan - Baskerville - level 3.docx", [
        "# Early Help Assessment - Step Down", "1. Family details and consent: Kacey Baskerville (17) and Ollie "
        "Baskerville-James. Written consent signed 08/09/2077.",
        "2. Summary of presenting needs: Kacey's anxiety; budgeting; housing from March.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "Talking therapy referral followed up - GP and Sarah Jenkins - Kacey seen by December.",
        "Housing application for a one-bed flat - Kacey with her Personal Adviser - by February.",
        "Key person: Sarah Jenkins, Family Nurse, Herefordshire FNP."])
    consent = pdf_att("Consent form signed - Baskerville.pdf", "Consent to Early Help support", [
        "Family: Kacey Baskerville and Ollie Baskerville-James.",
        "I consent to my family receiving Early Help support and to information being shared between the",
        "professionals in the plan.",
        "Signed: Kacey Baskerville (parent, aged 17)     Date: 08/09/2077"])
    top = outlook_top(f, addr("Pryce, Bethan", "Bethan.Pryce@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Kacey Baskerville (17) and Ollie", when)
    add(f, word_mail(f, top, blocks, [plan, consent]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["702331", "702332"],
        [ch("Kacey Baskerville", "2060-02-28", "28/02/2060"), ch("Ollie Baskerville-James", "2077-04-19", "19/04/2077")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down (seed %s: 'the social worker will obtain written consent, identify a key "
        "person with the family, complete an Early Help Assessment step-down plan ... send it through to the Early "
        "Help Co-ordinator team'): EHA step-down plan .docx, signed consent form PDF - A 17-YEAR-OLD MOTHER SIGNED IT "
        "HERSELF -> consent true, consent_form met - and a key person with her agency -> book_meeting. 'level 3' "
        "stated. Both Kacey (17) and Ollie labelled; the Mosaic numbers sit in a Word table column. The S47 'ended "
        "with no further action' -> not urgent. Kacey's anxiety -> parental_mental_health." % H_SEED,
        not_children=["Sarah Jenkins", "Bethan Pryce"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2077-10-18 11:25:02"
    body = T("""
Hi,

Step down plan attached for Shanice Morgan (20, a Herefordshire care leaver) and her two children:

Kai Morgan - 01/09/2075 - Mosaic 705118
Evie-Rose Morgan - 22/06/2077 - Mosaic 705119

Key person: Lorna Whitty, Personal Adviser, Herefordshire Leaving Care Service - she knows the family best and has agreed, and so has Shanice.

Shanice has agreed to Early Help verbally on the phone this morning. I'll get the written consent signed at my visit on Friday and send it on.

The needs are Kai's speech (he has a speech and language delay and is waiting for SALT), Shanice's debts, and getting Kai into nursery.

Thanks,
Tom

Tom Gittins
Social Worker | Children in Need (North) | Herefordshire Council
01632 960 261
""") + HDISC
    plan = docx_att("Step down plan - Morgan children.docx", [
        "# Early Help Assessment - Step Down (sibling group)", "Kai Morgan (01/09/2075); Evie-Rose Morgan (22/06/2077)",
        "What needs to happen - including by whom - outcome - timescale:",
        "SALT assessment for Kai - health visitor - by January.",
        "Debt advice - Lorna Whitty with Shanice - by November.",
        "Nursery place (2-year-old funding) for Kai - Early Help co-ordinator - from January."])
    top = outlook_top(f, addr("Gittins, Tom", "Tom.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Morgan children (Kai and Evie-Rose)", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["705118", "705119"],
        [ch("Kai Morgan", "2075-09-01", "01/09/2075"), ch("Evie-Rose Morgan", "2077-06-22", "22/06/2077")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire sibling-group step-down for a care leaver's two children (seed %s: 'The step can now be "
        "started via a sibling group'; 'the social worker will obtain written consent'): plan .docx and a key person "
        "with her agency (the care leaver's Personal Adviser); 'Shanice has agreed to Early Help verbally' -> consent "
        "true, but the written form is still to come -> consent_form missing -> request_info. Shanice is 20 (adult). "
        "'Mosaic 705118' -> '705118'. Kai's speech and language delay -> disability_send." % H_SEED,
        not_children=["Shanice Morgan", "Lorna Whitty", "Tom Gittins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2077-10-27 09:50:14"
    text = T("""
Hi MASH

I'd like to step up Chloe Price (17, DOB 09/09/2060) and her baby Ellie Price-Watkins (DOB 08/09/2077, 7 weeks) to social care.

At my visit just now Chloe told me that when Ellie wouldn't stop crying last night her boyfriend Reece (18) "shook her to make her stop". Since then Ellie has been very sleepy and floppy, she has only taken 1oz this morning and has been sick twice. Chloe didn't want to take her to the doctor in case they "take her off me". Reece is still in the flat.

Chloe agreed for me to contact you. My manager Lynne Bayliss agrees with the step up.

I'm still outside the flat - 07700 900 836.

Gwen

Gwen Probert
Family Support Worker | Early Help (Hereford City) | Herefordshire Council

Sent from my iPhone
""")
    top = plain_top(f, addr("Gwen Probert", "Gwen.Probert@" + HDOM), addr("MASH", HMASH),
                    "Step up - Price - baby Ellie", when, HDOM, "iPhone Mail (22A7345)")
    add(f, iphone_mail(f, top, text), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Chloe Price", "2060-09-09", "09/09/2060"), ch("Ellie Price-Watkins", "2077-09-08", "08/09/2077")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT, A STEP-UP TO A COUNCIL WHOSE PROTOCOL HAS NONE: a 7-week-old 'shook ... to make her stop' last night, "
        "now sleepy, floppy, vomiting and not feeding, the man still in the flat -> immediate (and a medical emergency) "
        "-> alert_duty. The Herefordshire seed (%s) covers step-down only, so step_up is undefined (REQUIREMENTS: "
        "'step_up is not defined by this seed') -> missing [] and would be human_review, but urgent comes first. "
        "THE 17-YEAR-OLD MOTHER IS A CHILD TOO: both labelled; Reece (18) is not. iPhone format=flowed. 'Chloe agreed "
        "for me to contact you' -> consent true; 'agrees with the step up' -> manager true. physical_harm. No alarm "
        "words." % H_SEED,
        not_children=["Gwen Probert", "Lynne Bayliss", "Reece"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2077-11-16 12:30:40"
    body = T("""
Dear co-ordinators,

Level 3 step down for Harley Tierney (DOB 30/03/2077), Mosaic 708842, following my Child and Family Assessment. Plan and signed consent form attached; I discussed it with Xavier last Tuesday.

Harley's mum, Jodie Tierney, is 19 (DOB 05/03/2058) and a Herefordshire care leaver. Harley had a pre-birth assessment because of Jodie's own history, which I summarise here only because it will be in the file you see:
- 2066: Jodie disclosed sexual abuse by her stepfather; he was convicted in 2067 and is still in prison.
- 2069: she went missing from her placement eleven times; CSE concerns were explored and closed in 2072.
- 2074: a child protection plan for self-harm, ended in 2075.

None of this is current. The pre-birth assessment found no risk to Harley from Jodie's history, no CP plan was needed, and the C&F assessment now recommends Early Help for ordinary new-parent support.

Key person: Aled Roberts, Family Support Worker, Herefordshire Council Early Help (Leominster) - agreed with Jodie.

Kind regards,
Raj

Rajinder Dhillon
Social Worker | Children in Need (North) | Herefordshire Council
01632 960 399
""") + HDISC
    plan = docx_att("EHA step down plan - Tierney.docx", [
        "# Early Help Assessment - Step Down", "Child: Harley Tierney (30/03/2077). Mother: Jodie Tierney (19).",
        "Wellbeing plan - what needs to happen - by whom - timescale:",
        "Baby group at Leominster family centre weekly - Jodie with Aled Roberts - from December.",
        "Budgeting and a grant for a cot bed - Personal Adviser - November.",
        "Key person: Aled Roberts, Family Support Worker, Herefordshire Council Early Help."])
    consent = pdf_att("Signed consent - Tierney - 12.11.2077.pdf", "Consent to Early Help support", [
        "I, Jodie Tierney, consent to my family receiving Early Help support and to information being shared.",
        "Child: Harley Tierney. Signed: J. Tierney     Date: 12/11/2077"])
    top = outlook_top(f, addr("Dhillon, Rajinder", "Rajinder.Dhillon@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Level 3 step down - Harley Tierney - Mosaic 708842", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["708842"],
        [ch("Harley Tierney", "2077-03-30", "30/03/2077")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS - A CARE LEAVER'S HISTORIC CONCERNS LISTED AS A CHRONOLOGY: sexual abuse (2066), missing eleven "
        "times and CSE (2069-2072), a CP plan for self-harm (2074-2075) - all the mother's own childhood; 'None of this "
        "is current', 'no risk to Harley' -> not urgent; no concerns. Jodie is 19 (adult). Complete Herefordshire "
        "step-down (seed %s): plan .docx, signed consent form PDF, key person with agency -> book_meeting. 'Level 3' "
        "written." % H_SEED,
        not_children=["Jodie Tierney", "Aled Roberts", "Rajinder Dhillon"], adults=[("Jodie Tierney", "05/03/2058")])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2077-10-26 16:00:19"
    ack = ack_text("step-down", "SB-herefordshire-6210", [
        "Case: Mosaic 705118, 705119",
        "Children: Kai Morgan (01/09/2075), Evie-Rose Morgan (22/06/2077)"],
        ["the family's written consent (the signed consent form)"])
    body = T("""
Hi,

Signed consent form attached - Shanice signed it at my visit on Friday.

Tom

Tom Gittins
Social Worker | Children in Need (North) | Herefordshire Council
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "18 October 2077 11:41",
         "Gittins, Tom <Tom.Gittins@herefordshire.gov.uk>",
         "[SB-herefordshire-6210] Step-down plan received - Morgan children (Kai and Evie-Rose)", ack, None)])
    form = pdf_att("Consent form - Morgan - signed 22.10.2077.pdf", "Consent to Early Help support", [
        "Children: Kai Morgan (01/09/2075), Evie-Rose Morgan (22/06/2077).",
        "I consent to my family receiving Early Help support and to information being shared between the",
        "professionals in the plan.",
        "Signed: S. Morgan (mother)     Date: 22/10/2077"])
    top = outlook_top(f, addr("Gittins, Tom", "Tom.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-6210] Step-down plan received - Morgan children (Kai and Evie-Rose)", when)
    add(f, mail(f, top, body, [form]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["705118", "705119"],
        [ch("Kai Morgan", "2075-09-01", "01/09/2075"), ch("Evie-Rose Morgan", "2077-06-22", "22/06/2077")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to herefordshire_02's request [SB-herefordshire-6210] adding the signed consent form (.pdf), sent "
        "in half-term week: 'Shanice signed it at my visit on Friday' -> consent true. Children, DOBs and 'Mosaic "
        "705118, 705119' from the quoted acknowledgement and the form; nothing of concern is said in this mail -> no "
        "concerns. attach_to_request; missing [] for the kind.",
        not_children=["Tom Gittins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2077-12-02 09:10:55"
    data = itip_reply(f, when, "Aled Roberts", "Aled.Roberts@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                      "MAG review 1 of 4 - Mosaic 708842 [SB-herefordshire-6288]", "20771207T100000",
                      "20771207T110000", "Leominster Family Centre",
                      comment="Accepting. FYI in case it is in the police log: the police visit to Jodie last week "
                              "was the victim contact scheme telling her about her stepfather's parole hearing. Parole "
                              "was refused and he stays in prison, so nothing new for Harley. Jodie coped really well.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, ["708842"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (ACCEPTED) from herefordshire_04's key person "
        "to the first of the four MAG reviews (seed %s: 'To review the progress of family at four consecutive "
        "multi-agency meetings'); the COMMENT mentions a police visit, a stepfather in prison and a parole hearing - "
        "'Parole was refused and he stays in prison, so nothing new for Harley' -> no current risk -> record_reply. "
        "SUMMARY 'Mosaic 708842' -> '708842'; first names only in the comment." % H_SEED,
        not_children=["Aled Roberts", "Jodie", "Harley"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2077-10-22 22:40:18"
    text = T("""
Hello please somebody help

I am host for supported lodgings. The girl Denisa Lungu she is 16 and her baby Luca is 2 month. Tonight 10.15 her boyfriend Marius come to the door very drunk, he have a knife in his hand, he is shouting he take the baby to Romania. He kick the door very hard. Denisa lock in the bathroom with baby.

I call police 20 minutes ago they say they coming but not here yet. He is still outside in his car, I see him from window.

Her social worker is Mrs Hughes but phone not answer, it is Friday night. I find this email on internet.

Please call me 07700 900 372

Mirela Popescu
12 Quillet Row, Hereford HR9 9ZQ
""")
    top = plain_top(f, addr("Mirela Popescu", "mirela.popescu77@yahoo.example"), addr("MASH", HMASH),
                    "HELP girl and baby tonight", when, "yahoo.example", None,
                    extra=[("User-Agent", "YahooMailAndroid/7.77")])
    add(f, android_mail(f, top, text), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Denisa Lungu")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, FRIDAY 22:40, A NON-NATIVE WRITER (a supported lodgings host): a drunk boyfriend with a knife is "
        "kicking the door tonight and threatening to take the 2-month-old abroad; the 16-year-old mother is locked in "
        "the bathroom with the baby; police not yet arrived -> alert_duty (DESIGN safety rule 1: the out-of-hours "
        "service at night). Found the address online; no step -> other. Denisa (16, no DOB) labelled; Luca has a "
        "first name only. Concerns: a partner's violence and threats -> domestic_abuse; 'very drunk' -> "
        "substance_misuse. Base64 text/plain, LF.",
        not_children=["Mirela Popescu", "Marius", "Luca"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2077-12-14 10:00:27"
    body = T("""
Dear colleagues,

CONSULTATION: draft protocol - care leavers who become parents

Please find attached the draft joint protocol between the Leaving Care Service, Children's Social Care and Early Help for care leavers who are expecting or who become parents. Comments to me by Friday 21 January, please.

The key points:
1. A care leaver's own history of abuse, neglect or being in care is not in itself evidence of risk to their baby. A pre-birth assessment should be started only where there is a current concern.
2. Where a care leaver is 16 or 17, she or he is a child as well as a parent: both need a plan, and the young parent's consent should be sought directly.
3. Where there is an immediate risk to a child, the MASH must be contacted by phone straight away - this protocol never delays that.
4. Step-down from a pre-birth CIN plan should go to the Early Help co-ordinators with the written consent, the plan and a key person, as for any other step-down.

There are examples in section 5 (anonymised and fictional) that teams may want to use in supervision.

Many thanks,
Catrin

Catrin Vaughan
Service Manager | Leaving Care Service | Herefordshire Council
01632 960 318
""") + HDISC
    draft = pdf_att("DRAFT protocol - care leavers who become parents v0.3.pdf", "DRAFT - care leavers who become parents", [
        "1. Purpose. 2. Principles: history is context, not evidence of risk.",
        "3. Young parents aged 16-17 are children in need of their own plan.",
        "4. Immediate risk: contact the MASH by phone; out of hours the Emergency Duty Team; 999 in an emergency.",
        "5. Examples (fictional): 'A', 18, was sexually abused as a child - no pre-birth assessment without a current",
        "concern. 'B', 17, whose partner has assaulted her - a child protection referral.",
        "6. Step-down from a pre-birth CIN plan: written consent, plan, key person.",
        "Draft v0.3 - not for circulation outside the consultation group."])
    top = outlook_top(f, addr("Vaughan, Catrin", "Catrin.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Consultation - draft protocol - care leavers who become parents", when,
                      cc="MASH <mash@herefordshire.gov.uk>")
    add(f, mail(f, top, body, [draft], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A POLICY CONSULTATION full of risk words ('abuse, neglect', 'immediate risk', 'child protection "
        "referral', 'assaulted') that are principles and fictional examples ('A', 'B'), about no family -> not urgent "
        "(DESIGN safety rule 1: bulletins that list examples must not trigger it). Sent to the co-ordinators with MASH "
        "copied; mailbox early_help_duty (the To address). No request -> other -> human_review.",
        not_children=["Catrin Vaughan"])


# ============================================================================= SELF-CHECKS

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

# England & Wales bank holidays in 2077 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Friday 1 January; Good Friday 9 April; Easter Monday 12 April; May Day
# Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday 30 August; and, because Christmas
# Day (Saturday 25 December) and Boxing Day (Sunday 26 December) fall on a weekend, the substitute days Monday
# 27 December ("Christmas Day (observed)") and Tuesday 28 December ("Boxing Day (observed)").
BANK_HOLIDAYS = {date(2077, 1, 1), date(2077, 4, 9), date(2077, 4, 12), date(2077, 5, 3), date(2077, 5, 31),
                 date(2077, 8, 30), date(2077, 12, 27), date(2077, 12, 28)}
IN_WINDOW = {}                                                    # the autumn term has no bank holiday
BEFORE = {date(2077, 8, 30): "Late Summer Bank Holiday"}           # the Monday a week before the window opens
AFTER = {date(2077, 12, 27): "Christmas Day (observed)", date(2077, 12, 28): "Boxing Day (observed)"}
# The brief's window: "early September to mid December 2077". Chosen: Monday 6 September (the first full week of
# the school term) to Friday 17 December 2077 (the last Friday before Christmas week).
WINDOW = (datetime(2077, 9, 6, tzinfo=LON), datetime(2077, 12, 17, 23, 59, 59, tzinfo=LON))
# BST 2077 ends at 01:00 UTC on Sunday 31 October: Dates up to Friday 29 October carry +0100, from Monday 1 November
# +0000.
BST_START = datetime(2077, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2077, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2077

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


def _body(msg):
    return body_text(msg)

def _pdf_text(msg):
    from pypdf import PdfReader
    out = []
    for p in _att(msg, lambda p: p.get_content_type() == "application/pdf"):
        out += [pg.extract_text() for pg in PdfReader(_io.BytesIO(p.get_payload(decode=True))).pages]
    return re.sub(r"\s+", " ", " ".join(out))

def _cte(msg):
    return [(p.get_content_type(), str(p.get("Content-Transfer-Encoding", "")).lower()) for p in msg.walk()
            if not p.is_multipart()]

def _raw(f):
    return FILES[f]

def _comment(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    m = re.search(r"^COMMENT[^:]*:(.*)$", c, re.M)
    return m[1] if m else ""

def _k01(msg):
    return (_wd("knowsley_01.eml") == 5 and META["knowsley_01.eml"]["meeting"].weekday() == 2
            and sorted(_exts(msg)) == ["docx", "docx", "pdf"] and "her own consent" in _plain(msg))

def _k02(msg):
    p = _plain(msg)
    head, _, ps = p.partition("P.S.")
    return (ps != "" and "Moses basket" in ps and "Moses basket" not in head and "999" not in head
            and "To follow" in readable(msg) and not _att(msg, lambda x: "minutes" in x.get_filename().lower()))

def _k03(msg):
    return ("None of this is current" in readable(msg) and "MsoTableGrid" in _html(msg)
            and _wd("knowsley_03.eml") == 4)

def _k04(msg):
    m = META["knowsley_04.eml"]["meeting"]
    return (all(_today("knowsley_04.eml") < h <= m for h in AFTER) and _wd("knowsley_04.eml") == 7
            and _pw("knowsley_04.eml") == 9 and "no current safeguarding concerns" in _plain(msg))

def _k05(msg):
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "all fictional" in _plain(msg)
            and _today("knowsley_05.eml") == date(2077, 10, 25))

def _k06(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0].get_content_type() == "text/plain"
            and str(parts[0]["Content-Transfer-Encoding"]).lower() == "base64" and b"\r\n" not in _raw("knowsley_06.eml")
            and _date(msg).astimezone(LON).hour >= 17 and _no_alarm(msg))

def _k07(msg):
    p = _plain(msg)
    new, _, old = p.partition(SEP)
    return ("Niamh Hart is 17" in new and "Tyreese Campbell-Hart" in old and "Tyreese Campbell-Hart" not in new)

def _k08(msg):
    d = _date(msg)
    lon, utc = d.astimezone(LON).date(), d.astimezone(UTC).date()
    m = META["knowsley_08.eml"]["meeting"]
    return (msg["Date"].strip() == "Tue, 28 Sep 2077 00:24:51 +0100" and lon == date(2077, 9, 28)
            and utc == date(2077, 9, 27) and working_days(lon, m) == 4 and working_days(utc, m) == 5
            and "still Monday night" in _plain(msg))

def _r01(msg):
    a = _att(msg)
    if len(a) != 1 or a[0].get_content_type() != DOCM.lower() or not a[0].get_filename().endswith(".docm"):
        return False
    z = zipfile.ZipFile(_io.BytesIO(a[0].get_payload(decode=True)))
    return "word/vbaProject.bin" in z.namelist() and "Rationale for step up" in _plain(msg)

def _r02(msg):
    p = _plain(msg)
    top, _, below = p.partition(SEP)
    return (str(msg["Subject"]).startswith("FW: ") and "hands round her neck" in below
            and "hands round her neck" not in top and "10 tonight" in below and "Rationale for step up" in below)

def _r03(msg):
    return sorted(_exts(msg)) == ["docx", "pdf"] and "no current child protection concerns" in readable(msg)

def _r04(msg):
    return (("text/plain", "8bit") in _cte(msg) and "Leah has said no" in _plain(msg)
            and b"=?utf-8?" in _raw("richmond_wandsworth_04.eml").split(b"\nTo:")[0])

def _r06(msg):
    return (_no_plain(msg) and _date(msg).astimezone(LON).hour >= 21 and "Croydon" in _html(msg)
            and MAILBOXES[("richmond_wandsworth", "mash_step_up")] in str(msg["To"]))

def _r07(msg):
    return ("does not refer to any current case" in readable(msg) and "2075" in _plain(msg)
            and sorted(_exts(msg)) == ["pdf", "txt"])

def _t01(msg):
    return (TEH in str(msg["To"]) and TMAST not in str(msg["To"]) + str(msg["Cc"] or "")
            and "Not agreed - S. Karim" in readable(msg))

def _t02(msg):
    b, pdf = _body(msg), _pdf_text(msg)
    return (all(w not in b for w in ("burn", "cigarette", "Leon")) and "cigarette" in pdf and "burn" in pdf
            and "Grateful if this can be looked at" in b)

def _t04(msg):
    return "Lead practitioner - tbc" in _plain(msg) and "sign the consent at the TAF" in _plain(msg)

def _t06(msg):
    p = _plain(msg)
    return ("[19:12]" in p and "[19:31]" in p and _date(msg).astimezone(LON).hour >= 19 and _no_alarm(msg))

def _t07(msg):
    return "Inaya is 5 months" in _plain(msg) and "in the past" in _plain(msg)

def _b01(msg):
    return (date.fromisoformat(_exp("torbay_01.eml")["children"][1]["dob"]) > _today("torbay_01.eml") - timedelta(days=5 * 365)
            and "herself" in _plain(msg))

def _b02(msg):
    return (msg.get_param("format") == "flowed" and "> Reference: SB-torbay-5521" in _plain(msg)
            and "he's only 17" in _plain(msg) and _no_alarm(msg))

def _b03(msg):
    return "Mia has refused consent" in _plain(msg) and "no immediate concerns for her tonight" in _plain(msg)

def _b04(msg):
    return "None of that is current" in _plain(msg) and _date(msg).utcoffset() == timedelta(0)

def _b05(msg):
    return _date(msg).astimezone(LON).weekday() == 4 and _date(msg).astimezone(LON).hour == 16 and _no_alarm(msg)

def _b07(msg):
    return "purely hypothetical" in _plain(msg) and _date(msg).astimezone(LON).hour >= 20

def _b08(msg):
    c = _comment(msg)
    return ("PARTSTAT=DECLINED" in _cal(msg)[0].get_payload(decode=True).decode() and "black eyes" in c
            and "asleep upstairs" in c and _no_alarm(msg))

def _h01(msg):
    return "MsoTableGrid" in _html(msg) and "Kacey Baskerville (parent, aged 17)" in readable(msg)

def _h02(msg):
    return sorted(_exts(msg)) == ["docx"] and "verbally" in _plain(msg)

def _h03(msg):
    return (HMASH in str(msg["To"]) and ("herefordshire", "step_up") not in DEFINED and _no_alarm(msg)
            and msg.get_param("format") == "flowed")

def _h04(msg):
    return "None of this is current" in _plain(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _h06(msg):
    c = _comment(msg)
    return "PARTSTAT=ACCEPTED" in _cal(msg)[0].get_payload(decode=True).decode() and "Parole was refused" in c

def _h07(msg):
    return (str(msg["Content-Transfer-Encoding"]).lower() == "base64" and b"\r\n" not in _raw("herefordshire_07.eml")
            and _date(msg).astimezone(LON).hour >= 22 and _no_alarm(msg))

def _h08(msg):
    return "fictional" in readable(msg) and "immediate risk" in readable(msg)

CUSTOM = [
    ("knowsley_01.eml", "exactly 5 WD to a Wednesday; form + minutes .docx and GCP2 .pdf; the 16-year-old's own consent", _k01),
    ("knowsley_02.eml", "the urgent event only after 'P.S.'; minutes 'to follow', not attached", _k02),
    ("knowsley_03.eml", "historic 'None of this is current'; Word table; 4 WD", _k03),
    ("knowsley_04.eml", "crosses 27 and 28 Dec (substitute bank holidays): 7 WD, 9 plain weekdays", _k04),
    ("knowsley_05.eml", "a list bulletin (List-Id), no Auto-Submitted, 'all fictional', half-term Monday", _k05),
    ("knowsley_06.eml", "Android: one base64 text/plain, LF; after 17:00; no alarm words", _k06),
    ("knowsley_07.eml", "the correction in the new text, the baby only in the quoted ack", _k07),
    ("knowsley_08.eml", "sent 00:24 BST: London date Tue 28 Sep (4 WD), UTC date Mon 27 Sep (5 WD)", _k08),
    ("richmond_wandsworth_01.eml", "the case summary only as a .docm with vbaProject.bin; rationale pasted", _r01),
    ("richmond_wandsworth_02.eml", "FW:, the strangling and 'tonight' only in the forwarded note", _r02),
    ("richmond_wandsworth_03.eml", "pdf + docx; 'no current child protection concerns'", _r03),
    ("richmond_wandsworth_04.eml", "8bit body; the refusal", _r04),
    ("richmond_wandsworth_06.eml", "HTML-only, after 21:00, to the step-up inbox", _r06),
    ("richmond_wandsworth_07.eml", "anonymised, historic (2075); PDF + .txt attachments", _r07),
    ("tower_hamlets_01.eml", "sent to the Early Help Hub, not MAST; manager 'Not agreed'", _t01),
    ("tower_hamlets_02.eml", "the burn only in the MARF PDF; the body bland", _t02),
    ("tower_hamlets_04.eml", "lead practitioner tbc; consent still to be signed", _t04),
    ("tower_hamlets_06.eml", "forwarded texts 19:12-19:31; evening; no alarm words", _t06),
    ("tower_hamlets_07.eml", "a care leaver's own historic concerns; baby well", _t07),
    ("torbay_01.eml", "Jenson under 5; the 17-year-old signed herself", _b01),
    ("torbay_02.eml", "iPhone flowed; the ack quoted with '>'; 'only 17'; no alarm words", _b02),
    ("torbay_03.eml", "consent refused; no immediate concern tonight", _b03),
    ("torbay_04.eml", "historic; sent in GMT (+0000)", _b04),
    ("torbay_05.eml", "Friday after 16:00; no alarm words", _b05),
    ("torbay_07.eml", "hypothetical; evening", _b07),
    ("torbay_08.eml", "DECLINED with the injuries in the COMMENT; no alarm words", _b08),
    ("herefordshire_01.eml", "Word table; the consent form signed by the 17-year-old", _h01),
    ("herefordshire_02.eml", "plan only (.docx); verbal consent", _h02),
    ("herefordshire_03.eml", "a step-up to Herefordshire's MASH (undefined kind); flowed; no alarm words", _h03),
    ("herefordshire_04.eml", "historic chronology; plan + signed form", _h04),
    ("herefordshire_06.eml", "ACCEPTED with a resolved-risk COMMENT", _h06),
    ("herefordshire_07.eml", "base64 LF, after 22:00, no alarm words", _h07),
    ("herefordshire_08.eml", "policy with fictional examples and 'immediate risk'", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "She has given her own consent to the step up", "consent", True),
    ("knowsley_01.eml", "has agreed it", "manager_agreed", True),
    ("knowsley_02.eml", "Shannon knows about the step up and agrees with it", "consent", True),
    ("knowsley_02.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_03.eml", "Tayla has consented to the referral to Family First", "consent", True),
    ("knowsley_03.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_04.eml", "Amber-Rose has given her own consent to the step down", "consent", True),
    ("knowsley_08.eml", "Kiera and Dean have both consented to the referral to Family First", "consent", True),
    ("richmond_wandsworth_01.eml", "whatever, you'll do it anyway", "consent", None),
    ("richmond_wandsworth_01.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Kezia agrees to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Danielle has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_03.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "Leah has said no", "consent", False),
    ("richmond_wandsworth_04.eml", "will sign off the closure after the discussion", "manager_agreed", None),
    ("tower_hamlets_01.eml", "Nusrat has agreed to the referral herself", "consent", True),
    ("tower_hamlets_01.eml", "does not agree that this meets the threshold for MAST", "manager_agreed", False),
    ("tower_hamlets_02.eml", "Blessing agreed to this request", "consent", True),
    ("tower_hamlets_02.eml", "agreed the step up this afternoon", "manager_agreed", True),
    ("tower_hamlets_03.eml", "Jayden has consented to the step down", "consent", True),
    ("tower_hamlets_04.eml", "I'll get Aisha to sign the consent at the TAF meeting", "consent", None),
    ("torbay_01.eml", "Kayleigh has signed the consent for level 3 Early Help herself", "consent", True),
    ("torbay_01.eml", "analysis confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "Mia has refused consent for this contact", "consent", False),
    ("torbay_03.eml", "and I agree this needs to be considered for a level 4 response", "manager_agreed", True),
    ("torbay_04.eml", "Rhianna has consented to level 3 Early Help", "consent", True),
    ("torbay_04.eml", "I agreed with my team manager, Louise Coombe", "manager_agreed", True),
    ("torbay_05.eml", "I have not asked her mum for consent", "consent", None),
    ("torbay_05.eml", "who agrees this needs considering for level 4 now", "manager_agreed", True),
    ("herefordshire_01.eml", "Kacey signed the consent form herself", "consent", True),
    ("herefordshire_02.eml", "Shanice has agreed to Early Help verbally", "consent", True),
    ("herefordshire_03.eml", "Chloe agreed for me to contact you", "consent", True),
    ("herefordshire_03.eml", "agrees with the step up", "manager_agreed", True),
    ("herefordshire_04.eml", "I, Jodie Tierney, consent to my family receiving Early Help support", "consent", True),
    ("herefordshire_05.eml", "Shanice signed it at my visit on Friday", "consent", True),
]

# Young parents under 18 labelled as children in their own right (the set's main convention), and the parents 18 or
# over who must not be (checked in check_file through `adults` / `not_children`).
YOUNG_PARENTS = {
    "knowsley_01.eml": ["Jade Fairclough"], "knowsley_02.eml": ["Kyle Brennan"], "knowsley_04.eml": ["Amber-Rose Kinsella"],
    "knowsley_07.eml": ["Niamh Hart"], "knowsley_08.eml": ["Dean Okafor-Lyle"],
    "richmond_wandsworth_02.eml": ["Kezia Oyelowo-Grant"], "richmond_wandsworth_04.eml": ["Leah Dempsey"],
    "richmond_wandsworth_06.eml": ["Summer Hennessy"],
    "tower_hamlets_01.eml": ["Nusrat Jahan Chowdhury"], "tower_hamlets_03.eml": ["Jayden Clarke-Mensah"],
    "tower_hamlets_06.eml": ["Tasnim Akter"],
    "torbay_01.eml": ["Kayleigh Pascoe"], "torbay_02.eml": ["Jordan Yeo"], "torbay_03.eml": ["Tyler Vosper"],
    "herefordshire_01.eml": ["Kacey Baskerville"], "herefordshire_03.eml": ["Chloe Price"],
    "herefordshire_07.eml": ["Denisa Lungu"],
}

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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "knowsley_04.eml", "knowsley_05.eml", "richmond_wandsworth_03.eml",
                  "torbay_04.eml", "torbay_06.eml", "tower_hamlets_05.eml", "tower_hamlets_08.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_03.eml": (6, 7), "knowsley_06.eml": (5, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_03.eml", "knowsley_06.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}


# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_07.eml", "knowsley_02.eml", "knowsley_06.eml",
                  "richmond_wandsworth_02.eml", "torbay_02.eml", "torbay_05.eml", "torbay_08.eml",
                  "tower_hamlets_06.eml"]     # urgent mails with none of the alarm words anywhere
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_02.eml": (6, 6), "knowsley_03.eml": (4, 4), "knowsley_04.eml": (7, 9),
    "knowsley_08.eml": (4, 4)}
CROSSING_BH_EXPECTED = ["knowsley_04.eml"]
MIDNIGHT_EXPECTED = ["knowsley_08.eml"]     # the London date of `now` differs from its UTC date, and it decides notice
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2077])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    if {d: pkg.get(d) for d in BEFORE} != BEFORE or {d: pkg.get(d) for d in AFTER} != AFTER:
        errors.append("set: the bank holidays around the window are not %s / %s" % (BEFORE, AFTER))
    if not (date(2077, 12, 25).weekday() == 5 and date(2077, 12, 26).weekday() == 6):
        errors.append("set: Christmas 2077 should fall on Saturday and Sunday")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2077, 3) and BST_END.date() == last_sun(2077, 10) == date(2077, 10, 31)):
        errors.append("set: BST 2077 must end on Sunday 31 October (the last Sunday of October)")
    if not (WINDOW[0].weekday() == 0 and WINDOW[0].date() == date(2077, 9, 6) and WINDOW[1].weekday() == 4
            and WINDOW[1].date() == date(2077, 12, 17)):
        errors.append("set: the window must run from Monday 6 September to Friday 17 December 2077")
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
        d = _date(msg)
        if (off == "+0100") != (d.astimezone(LON).date() <= date(2077, 10, 30)):
            errors.append("%s: offset %s on the wrong side of the clock change" % (f, off))
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
        for name in YOUNG_PARENTS.get(f, []):
            c = next((c for c in lab["expect"]["children"] if c["name"] == name), None)
            if c is None:
                errors.append("%s: young parent %s (under 18) not labelled as a child" % (f, name))
            elif c["dob"] and age_years(date.fromisoformat(c["dob"]), _today(f)) not in (15, 16, 17):
                errors.append("%s: young parent %s is not 15-17" % (f, name))
        for name, _w in META[f]["adults"]:
            if any(c["name"] == name for c in lab["expect"]["children"]):
                errors.append("%s: adult parent %s labelled as a child" % (f, name))
    quiet.sort()
    QUIET[:] = quiet
    if QUIET_EXPECTED and quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    midnight = sorted(f for f in counts
                      if _now(f).astimezone(UTC).date() != _today(f)
                      and (working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"]) >= 5) != (counts[f][0] >= 5))
    if midnight != MIDNIGHT_EXPECTED:
        errors.append("set: counts decided by the London date are %s, expected %s" % (midnight, MIDNIGHT_EXPECTED))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (the window crosses the end of BST: both +0100 and +0000)" % offsets)
    if sorted(f for f in counts if counts[f][0] == 5) != ["knowsley_01.eml"]:
        errors.append("set: exactly one count should be exactly 5 WD (knowsley_01)")
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

def _shift_date(f, old, new, days=0, offset=None):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    n = datetime.fromisoformat(lab["now"]) + timedelta(days=days)
    if offset is not None:
        n = n.replace(tzinfo=timezone(offset))
    lab["now"] = n.isoformat()

FAULTS = [
    ("knowsley_08 counted from the UTC date (labelled ok)",
     lambda: _relabel("knowsley_08.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_08's now given in UTC", lambda: _relabel("knowsley_08.eml", now="2077-09-27T23:31:51+00:00"),
     "now offset differs from the Date header's"),
    ("knowsley_04's Christmas substitutes dropped", lambda: (BANK_HOLIDAYS.discard(date(2077, 12, 27)),
                                                            BANK_HOLIDAYS.discard(date(2077, 12, 28))),
     "bank holidays differ"),
    ("knowsley_03 labelled ok", lambda: _relabel("knowsley_03.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("torbay_04's Date given +0100 after the clock change",
     lambda: _shift_date("torbay_04.eml", "Wed, 08 Dec 2077 11:40:26 +0000", "Wed, 08 Dec 2077 11:40:26 +0100", 0,
                         timedelta(hours=1)), "Date offset should be +0000"),
    ("knowsley_01 sent on a Saturday", lambda: _shift_date("knowsley_01.eml", "Wed, 15 Sep 2077",
                                                           "Sat, 18 Sep 2077", 3), "Date on a weekend"),
    ("a young parent not labelled", lambda: _exp("tower_hamlets_01.eml")["children"].pop(0),
     "not labelled as a child"),
    ("a care leaver of 19 labelled a child", lambda: (_exp("knowsley_03.eml")["children"].append(
        {"name": "Tayla Merriman", "dob": "2058-02-07"}),), "adult parent Tayla Merriman labelled"),
    ("the refusal labelled null", lambda: _relabel("richmond_wandsworth_04.eml", consent=None), "'Leah has said no'"),
    ("the shrug labelled consent", lambda: _relabel("richmond_wandsworth_01.eml", consent=True),
     "\"whatever, you'll do it anyway\" means consent None"),
    ("the manager's disagreement labelled null", lambda: _relabel("tower_hamlets_01.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("'risk' added to torbay_05's subject", lambda: _sub("torbay_05.eml", b"Subject: Contact to MASH - Lily-Anne",
                                                         b"Subject: risk - Contact to MASH - Lily-Anne"),
     "no alarm word are"),
    ("herefordshire_03 sent to human review", lambda: _relabel("herefordshire_03.eml", next_action="human_review"),
     "next_action human_review != alert_duty"),
    ("tower_hamlets_02 filed as a near miss", lambda: _relabel("tower_hamlets_02.eml", category="near_miss"),
     "urgent vs category"),
    ("a year after 2077 in a body", lambda: _sub("herefordshire_08.eml", b"Friday 21 January", b"Friday 21 January 2078"),
     "year after 2077"),
    ("children of knowsley_07 swapped", lambda: _exp("knowsley_07.eml")["children"].reverse(),
     "children not in order"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("richmond_wandsworth_08.eml",
                                                                  b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("the GCP2 'missing' on knowsley_01", lambda: _relabel("knowsley_01.eml", missing=["gcp2"], next_action="request_info"),
     "structural check failed"),
]
FAULTS[-1] = ("a level on a step-up", lambda: _relabel("torbay_05.eml", level=3), ": level")

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
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
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("dates %s" % sorted(Counter(str(datetime.fromisoformat(l["now"]).date()) for l in LABELS).items()))
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
