#!/usr/bin/env python3
"""mixed107: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2032 (Monday 19 April - Wednesday 21 July 2032), in step-downs, closures and transfer
summaries where something has just changed.

Urgent mail (12) tells one live fact among many historic ones: a father out of prison and sleeping at the house
tonight inside a restraining order, fingertip marks on a 4-year-old's neck with the new partner collecting at noon,
a 15-year-old to be collected at the school gate at 3 by the men he owes (in an attached TAF minutes addendum), a
13-year-old who says she will not go home tonight (in a PS), bruises on an 8-week-old found by the health visitor,
a burn on a child's palm in a meeting reply's COMMENT, a mother taken to hospital with the children left with an
intoxicated friend (last entry of an attached closing summary), a 14-year-old's message that the stepfather is
kicking the door in, a bruise on a 4-month-old seen this morning, a 15-year-old thrown out at night heading for an
adult from her CSE screening, a girl's disclosure about her mother's partner with pick-up at 3.10, and a belt injury
with the father collecting at 3pm (last entry of an attached plan).

Near misses (12): contingency and safety-plan hypotheticals ("if dad is released early ... mum will ring 999"), a
breach dealt with last night by police (remanded), chronologies of closed incidents marked NFA, a resolved missing
episode, an IRO's note of plans ended, a practice digest of anonymised past cases, a training vignette, a father
released on licence under an exclusion zone with no contact.

Window: Monday 19 April - Wednesday 21 July 2032, all British Summer Time (+0100). Bank holidays (England): Good
Friday 26 March and Easter Monday 29 March 2032 fall before the window; inside it are May Day (Monday 3 May) and the
Spring Bank Holiday (Monday 31 May). knowsley_02's "Tuesday 4th May" final CIN is 5 plain weekdays but 4 working days
after Tuesday 27 April (decisive).

Deterministic (no clock, no randomness). The MIME / PDF / .docx / iCalendar helpers are copied from
/work/main/tests/data/mixed27/make_set.py; the readable-text extractor is stdlib only (it reads back the hand-built
PDFs and .docx files itself), so `python3 make_set.py` needs no third-party package; if the `holidays` package is
importable, the bank-holiday list is also compared with it. Every label was set by hand from DESIGN.md,
REQUIREMENTS.md, the seeds and the packs; the self-checks STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (19 April - 21 July 2032) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 28 March 2032 and ends on Sunday 31 October 2032. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2032, 4, 2, 0, 0, 0))
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


# ============================================================================ mixed107 content
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
BANK_HOLIDAYS_2032 = [date(2032, 1, 1), date(2032, 3, 26), date(2032, 3, 29), date(2032, 5, 3), date(2032, 5, 31),
                      date(2032, 8, 30), date(2032, 12, 27), date(2032, 12, 28)]   # weekday bank holidays (ENG)
WIN_START, WIN_END = date(2032, 4, 19), date(2032, 7, 21)

def wd_count(today, meeting):
    """Working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2032:
            n += 1
    return n

def ch(name, dob=None, written=None):
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=()):
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
    META[fname] = {"when": when, "children": children, "meeting": meeting, "not_children": not_children}

def itip_reply_cc(f, when, frm_name, frm_email, organizer, cc, partstat, summary, start, end, location, comment):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or " ") + "\n", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when, cc=cc,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def txt_att(filename, text):
    return Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(text.replace("\n", "\r\n").encode("utf-8")))

def gmail_mail(f, top, text, atts=()):
    alt = multipart("alternative", [text_part(text, cte="quoted-printable"),
                                    text_part('<div dir="ltr">%s</div>\n' % html.escape(text).replace("\n", "<br>\n"),
                                              "html", cte="quoted-printable")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def html_only_mail(f, top, text, atts=()):
    h = text_part(html_of(text, font="Calibri"), "html", crlf=True)
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def android_top(f, frm, to, subject, when, cc=None):
    return plain_top(f, frm, to, subject, when, "mail.gmail.com", None, cc=cc,
                     extra=[("User-Agent", "Android Mail/2032.05.02")])

def iphone_top(f, frm, to, subject, when, cc=None):
    return plain_top(f, frm, to, subject, when, "icloud.com", "iPhone Mail (23B91)", cc=cc)

K_FF = "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"
K_MASH = "knowsleymash@knowsley.gov.uk"
R_EH = "EarlyHelpDuty@richmondandwandsworth.gov.uk"
R_MASH = "MASH-StepUP@richmondandwandsworth.gov.uk"
TH_EH = "EarlyHelpHub@towerhamlets.gov.uk"
TH_MAST = "MAST@towerhamlets.gov.uk"
TB_EH = "earlyhelp@torbay.gov.uk"
TB_MASH = "mash@torbay.gov.uk"
H_EH = "earlyhelpcoordinators@herefordshire.gov.uk"
H_MASH = "mash@herefordshire.gov.uk"

# ----------------------------------------------------------------------------- Knowsley
f = "knowsley_01.eml"
body = T("""
Hi Family First duty,

Please see below the step down to Family First (Level 3) for Jayden McGovern (DOB 14/02/2021) and Ava McGovern (DOB 03/09/2024), ICS ID 1874402.

Joint home visit: Wednesday 5th May at 10:00, at the family home (12 Pennard Close, Huyton). Could a Family First Case Manager come with me please.

Closing summary
The family have been known to CSC since 2029. Jayden and Ava were on Child Protection plans (emotional harm) from June 2029 to February 2031 following domestic abuse by their father Craig McGovern towards mum (Leanne). Police attended the address eleven times between 2028 and 2030. In November 2030 Craig was convicted of ABH against Leanne and sentenced to 30 months; an indefinite restraining order was made at the same hearing, which prevents him contacting Leanne or coming to the address. The CP plans ended in February 2031 and the children have been open on a CIN plan since. Leanne completed the Freedom Programme in 2031 and has engaged well with her IDVA, who closed in January. Jayden's attendance is now 96% and Ava started at Roby Park nursery in January. Mum rang me at 8.40 this morning to say Craig was let out of Altcourse on Friday, that he turned up at the house yesterday teatime and has been there since, sleeping on the sofa, and that he is stopping there again tonight; she said the kids are "fine with it" and asked me not to tell anyone. The restraining order is still in force. The CIN plan has otherwise met its outcomes and the final CIN review on 19/04 agreed step down to Level 3.

What are we worried about?
Jayden (11) still gets angry and upset when he talks about what he saw when he was younger, and has had two detentions this term for lashing out. Leanne finds it hard to say no to him and routines slip at weekends.

What is working well?
Leanne has kept the children safe from Craig for over a year, has good support from her mum, and the school and nursery report the children are settled. She has used her safety plan.

What needs to happen?
Family First to support Leanne with routines and Jayden's emotional wellbeing (referral to the school's counsellor), and keep the safety plan under review.

Consent: Leanne signed the Family First consent form at the CIN review on 19/04.
This step down has been agreed with my Team Manager, Rachel Kinsella.

Thanks
Bethan O'Rourke
Social Worker, Child in Need Team (Huyton)
Knowsley Council | 0151 496 0522
""")
top = outlook_top(f, addr("Bethan O'Rourke", "bethan.orourke@knowsley.gov.uk"), K_FF,
                  "Step down to Family First L3 - Jayden & Ava McGovern - joint home visit Wed 5th May 10am",
                  "2032-04-26 10:12:40", cc=addr("Rachel Kinsella", "rachel.kinsella@knowsley.gov.uk"))
add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", "2032-04-26 10:12:40", 4, "urgent",
    "step_down", True, 3, ["1874402"],
    [ch("Jayden McGovern", "2021-02-14", "14/02/2021"), ch("Ava McGovern", "2024-09-03", "03/09/2024")],
    ["domestic_abuse"], True, True, [], True, "alert_duty",
    "ONE LIVE SENTENCE IN A CLOSING SUMMARY OF PAST HARM: the father, under an indefinite restraining order, was released on Friday, has been at the house since yesterday and is staying there tonight with the children (DESIGN safety rule 1, every part read; immediate risk now -> urgent -> alert_duty); otherwise a complete Knowsley level 3 step-down (REQUIREMENTS knowsley step_down L3: meeting details, the three Signs of Safety headings, consent) with 6 WD to Wed 5 May across May Day.",
    meeting=date(2032, 5, 5), not_children=("Craig McGovern",))

f = "knowsley_02.eml"
body = T("""
Hello,

Step down to Level 2 for Oliwia Nowak, DOB 30.11.2019, ICS-1866051.

Final CIN meeting: Tuesday 4th May, 1.30pm, Kirkby Family Hub (room 2). Please could someone from Family First attend.

Lead practitioner: Mrs Deborah Quayle, Learning Mentor, St Marie's Catholic Primary School (agreed at the CIN review on 22/04, she knows Oliwia well).

Background (for the file)
- 2029: Oliwia's father Marek Nowak convicted of a serious assault on mum (Agata) and sentenced to 7 years. He is in HMP Garth. His earliest release date is in 2035 and there has been no contact of any kind since his arrest.
- 2029-2030: CP plan (emotional harm), ended at review conference March 2030.
- 2030: mum took an overdose in the October; she was treated and was under the community mental health team until 2031, now discharged to her GP and doing well.
- No police call-outs since 2029. No further concerns.

Contingency plan (as agreed at CIN): if Marek is released early or tries to make contact, the victim liaison officer will tell Agata, she will ring 999 and let school know, and the school will not release Oliwia to anyone except mum or her aunt.

What are we worried about?
Oliwia's attendance has dipped to 88% this year (mostly Mondays) and she is anxious about going to secondary school.

What is working well?
Agata is a warm and attentive mum, the home is well kept, Oliwia has friends and does well in class, and her aunt Magda helps with school runs.

What needs to happen?
School to lead an Early Help plan on attendance and transition to Year 7, with a referral to the mental health support team in school for Oliwia's worries.

Agata has given her consent for the step down and is happy for school to be the lead.

Kind regards
Kwame Asante-Boateng
Social Worker, Kirkby CIN Team
""")
top = outlook_top(f, addr("Kwame Asante-Boateng", "kwame.asante-boateng@knowsley.gov.uk"), K_FF,
                  "L2 step down - Oliwia Nowak - final CIN Tues 4th May 1.30pm", "2032-04-27 14:20:05")
add(f, mail(f, top, body), "knowsley", "early_help_duty", "2032-04-27 14:20:05", 3, "near_miss",
    "step_down", False, 2, ["ICS-1866051"], [ch("Oliwia Nowak", "2019-11-30", "30.11.2019")],
    ["school_attendance"], True, None, [], False, "request_info",
    "NEAR MISS - A CONTINGENCY PLAN AND CLOSED HISTORY: a father serving 7 years with no contact, an overdose in 2030 now discharged, 'No further concerns', and 'if Marek is released early ... she will ring 999' is a hypothetical (DESIGN safety rule 1: historic and hypothetical risks do not trigger). Knowsley level 2 step-down complete (meeting, three headings, lead practitioner with agency), but Tue 27 Apr -> Tue 4 May is 5 plain weekdays and only 4 WD across May Day (REQUIREMENTS: at least 5 WD before the final CIN) -> notice not ok -> request_info.",
    meeting=date(2032, 5, 4), not_children=("Marek Nowak", "Agata"))

f = "knowsley_03.eml"
quoted = T("""
> From: Bethan O'Rourke <bethan.orourke@knowsley.gov.uk>
> Sent: 10 May 2032 16:02
> To: FamilyFirst0-18DutyMailbox@knowsley.gov.uk
> Subject: Step down L3 - Lily-Mae & Harvey Cunliffe - joint visit 18/05
>
> Hi, step down to Level 3 for Lily-Mae Cunliffe (DOB 07/01/2028) and Harvey
> Cunliffe (DOB 22/06/2030), ICS-1879930. Joint home visit Tuesday 18th May
> 11am at 3 Brook Walk, Stockbridge Village.
>
> Closing summary: referred in 2031 by the health visitor for neglect (home
> conditions, missed health appointments, Harvey's weight). S47 in 2031 was
> NFA. CIN plan since; home conditions now good, both children's health
> appointments up to date, Harvey's weight on the 25th centile. Mum (Jodie)
> has completed the Triple P course.
>
> What are we worried about? Jodie struggles with money and gets low in the
> winter. What is working well? Home is clean, children are well presented,
> nursery attendance 94%. What needs to happen? Family First to support with
> budgeting and keep an eye on Jodie's mood.
>
> Jodie has consented. TM Rachel Kinsella agreed.
> Bethan
""")
body = T("""
Bethan (cc Family First duty),

I don't think we can go ahead on Tuesday as planned. Little Acorns nursery rang me at 10.20. When Lily-Mae was changed this morning staff saw marks on both sides of her neck, like fingers, and when they asked she said "Darren squeezed me cos I was crying". Darren is mum's new boyfriend - he isn't mentioned anywhere in the closing summary and I didn't know he was around. Jodie has told nursery she is coming to get Lily-Mae at 12 today and Darren is bringing her in the car. Harvey is at home with Darren this morning.

I've tried your mobile and Rachel's and both go to voicemail.

Shona Rimmer
Family First Case Manager (Level 3), Knowsley
0151 496 0688

""") + quoted
top = outlook_top(f, addr("Shona Rimmer", "shona.rimmer@knowsley.gov.uk"),
                  addr("Bethan O'Rourke", "bethan.orourke@knowsley.gov.uk"),
                  "RE: [SB-knowsley-3318] Step down L3 - Lily-Mae & Harvey Cunliffe - joint visit 18/05",
                  "2032-05-13 11:05:10", cc=K_FF)
add(f, mail(f, top, body), "knowsley", "early_help_duty", "2032-05-13 11:05:10", 3, "urgent",
    "follow_up", True, None, ["ICS-1879930"],
    [ch("Lily-Mae Cunliffe", "2028-01-07", "07/01/2028"), ch("Harvey Cunliffe", "2030-06-22", "22/06/2030")],
    ["physical_harm"], None, None, [], None, "alert_duty",
    "AN EARLY HELP CASE MANAGER REPLYING TO A STEP-DOWN WITH A FRESH WORRY, ABOVE THE QUOTED SUMMARY: finger marks on a 4-year-old's neck seen this morning ('Darren squeezed me'), the partner collecting her at 12 and alone with her brother now (DESIGN safety rule 1) -> urgent -> alert_duty; a reply carrying [SB-knowsley-3318] is a follow_up; the quoted 2031 neglect is history, so concerns physical_harm only.",
    not_children=("Darren", "Jodie"))

f = "knowsley_04.eml"
body = T("""
Morning,

Please find attached a step up request for Tyler Brennan (DOB 09/02/2017), EHM-60217.

Step up TAF meeting: Wednesday 19th May 2032, 10:00-11:30, on Teams (invite to follow from my calendar to knowsleymash and MASH business support). I will invite the current TAF members.

Attached:
- FF step up request form (Appendix 1)
- Merseyside Exploitation Assessment, completed 07/05
- TAF minutes 06/05 (with an addendum from today)

Tyler has been open to Family First since his step down from CSC in January. Since March he has been reported missing four times, was found in Liverpool city centre with older males and has new trainers and two phones. The TAF agreed on 06/05 that a step up should be requested.

My Team Manager Joanne Fairclough discussed and agreed the step up in supervision yesterday (10/05).

Thanks
Callum Ashworth
Family First Case Manager, Prescot and Whiston
""")
form = ["FF Step Up request to CSC", "Case ID on EHM: EHM-60217",
        "Child: Tyler Brennan, DOB 09/02/2017",
        "Has this family recently closed to Children's Social Care?: Yes - stepped down to Level 3 in January 2032",
        "Date of step up TAF meeting: Wednesday 19/05/2032 10:00",
        "Level of Engagement: medium. Engaging Families Toolkit followed.",
        "What are we worried about? Tyler missing four times since March; found with older males in Liverpool; unexplained money, trainers and a second phone; school attendance down to 71%.",
        "What is working well? Mum reports every missing episode; Tyler has a good relationship with the school's youth worker.",
        "What next? MASH to consider Section 47 / C&F assessment; NRM consideration; disruption.",
        "Agreement by line manager: Joanne Fairclough, Team Manager, 10/05/2032.",
        "Contingency plan: missing protocol; return home interviews within 72 hours."]
minutes = ["TAF meeting minutes - Tyler Brennan (EHM-60217) - 06/05/2032",
           "Present: Callum Ashworth (Family First), mum (Kerry Brennan), Mr D Okoye (Head of Year, Prescot High), PC J Hanlon (Missing Team).",
           "1. Review: Tyler missing on 12/03, 02/04, 19/04 and 01/05. Found each time in Liverpool city centre.",
           "2. Police: two older males identified, both known; information shared with the exploitation hub.",
           "3. School: attendance 71%, late most days, has been seen with cash.",
           "4. Decision: all agreed to request a step up to CSC. Callum to complete the form and the Merseyside Exploitation Assessment.",
           "Next TAF: at the step up meeting.",
           "Addendum added by C. Ashworth 11/05/2032 08:55: Tyler rang me at 8.30 from the school toilets. He says the lads he owes money to are picking him up at the school gate at 3 o'clock today to take him 'up the coast' to Blackpool for a few days to work it off, and if he doesn't get in the car they will go round to his mum's. He was crying and asked me not to tell school. He is in school now."]
mea = ["Merseyside Exploitation Assessment", "Young person: Tyler Brennan (EHM-60217)", "Completed by: Callum Ashworth, 07/05/2032",
       "Indicators: going missing; older associates; unexplained money and items; reduced attendance; two phones.",
       "Overall level of concern (practitioner judgement): significant."]
atts = [docx_att("FF Step Up request - T Brennan.docx", form),
        pdf_att("Merseyside Exploitation Assessment - T Brennan.pdf", mea[0], mea[1:]),
        pdf_att("TAF minutes 06.05.32 - Brennan.pdf", minutes[0], minutes[1:])]
top = outlook_top(f, addr("Callum Ashworth", "callum.ashworth@knowsley.gov.uk"),
                  "%s, %s" % (K_MASH, "Mash.Businesssupport@knowsley.gov.uk"),
                  "Step up request - Tyler Brennan EHM-60217 - TAF Wed 19th May 10am", "2032-05-11 09:40:22",
                  cc=addr("Joanne Fairclough", "joanne.fairclough@knowsley.gov.uk"))
add(f, mail(f, top, body, atts=atts, html_alt=True), "knowsley", "mash_step_up", "2032-05-11 09:40:22", 5, "urgent",
    "step_up", True, None, ["EHM-60217"], [ch("Tyler Brennan", "2017-02-09", "09/02/2017")],
    ["exploitation", "missing", "school_attendance"], None, True, [], True, "alert_duty",
    "THE LIVE FACT IS ONLY IN AN ATTACHMENT: the TAF minutes' addendum from 08:55 today says men he owes are collecting a 15-year-old at the school gate at 3pm to take him to Blackpool, with threats to his mum (DESIGN safety rule 1: attachments are read) -> urgent -> alert_duty; the step-up itself is complete (REQUIREMENTS knowsley step_up: form, TAF minutes, Merseyside Exploitation Assessment for exploitation, EHM id, TM agreed, Wed 19 May = 6 WD from Tue 11 May).",
    meeting=date(2032, 5, 19), not_children=("Kerry Brennan",))

f = "knowsley_05.eml"
body = T("""
Hi all,

Step down to Family First Level 3 - Kai Lunt, born 18th April 2021, ICS ID 1881245.

Joint home visit with a Family First case manager please: Thursday 3rd June at 11am, 27 Alder Road, Halewood.

What are we worried about?
Kai (11) has seen a lot of domestic abuse between his parents and it still shows in his sleep and his anger at school. Mum (Hayley) can be inconsistent with boundaries.

What is working well?
Hayley ended the relationship in January and has kept to her safety plan. Kai's attendance is 97%, he goes to football twice a week and talks openly to his learning mentor. Maternal grandparents are very involved.

What needs to happen?
Family First to take the lead on a plan for Kai's emotional wellbeing (school counsellor, Kooth) and support for Hayley with routines and boundaries.

For completeness so you hear it from me: last night (Monday 24th) at about 21:30 Kai's dad, Anthony Lunt, came to the address in breach of his bail conditions. Hayley did exactly what the safety plan says and rang 999; Merseyside Police attended within ten minutes and arrested him. He was charged this morning and remanded in custody by Liverpool Magistrates until his trial, which is listed for September. Kai was asleep and did not see it. I visited at 9am today: Hayley and Kai are both fine, police have put a marker on the address and Hayley's IDVA has been informed. This does not change the plan or the step down - my TM Rachel Kinsella has read this and agrees we proceed.

Hayley gave her consent to the step down at the final CIN on 20/05.

Ta,
Niamh Fitzgerald
Social Worker, Halewood CIN Team
""")
top = outlook_top(f, addr("Niamh Fitzgerald", "niamh.fitzgerald@knowsley.gov.uk"), K_FF,
                  "Step down L3 Kai Lunt - joint home visit Thurs 3rd June 11am", "2032-05-25 12:30:48",
                  cc=addr("Rachel Kinsella", "rachel.kinsella@knowsley.gov.uk"))
add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", "2032-05-25 12:30:48", 6, "near_miss",
    "step_down", False, 3, ["1881245"], [ch("Kai Lunt", "2021-04-18", "18th April 2021")],
    ["domestic_abuse"], True, True, [], True, "book_meeting",
    "NEAR MISS - A RISK DEALT WITH LAST NIGHT BY POLICE: the father's bail breach at 21:30 was answered by 999, he was arrested, charged and remanded until September, the SW visited this morning and the children are fine (DESIGN safety rule 1: resolved, no immediate risk). Complete Knowsley level 3 step-down (three headings, consent at the final CIN, joint home visit Thu 3 June = 6 WD from Tue 25 May across the Spring Bank Holiday) -> book_meeting.",
    meeting=date(2032, 6, 3), not_children=("Anthony Lunt", "Hayley"))

f = "knowsley_06.eml"
body = T("""
Hi

Can I step down Mia-Rose Halligan (DOB 2020-08-05), ICS ID 1890377, to Family First please. Mum's mental health has improved a lot since the spring, she's engaging with Talking Therapies and back on her medication, and the CIN plan has done what it needed to. Final CIN is on 17/06/2032 at 2pm at Whiston Family Hub and it would be good if a case manager could come.

I'll get mum's consent at the final CIN.

Thanks
Danielle Roberts-Kaur
Social Worker
Sent from Outlook for Android
""")
top = android_top(f, addr("Danielle Roberts-Kaur", "danielle.roberts-kaur@knowsley.gov.uk"), K_FF,
                  "step down Mia-Rose Halligan", "2032-06-09 15:10:31")
add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", "2032-06-09 15:10:31", 2, "ordinary",
    "step_down", False, None, ["1890377"], [ch("Mia-Rose Halligan", "2020-08-05", "2020-08-05")],
    ["parental_mental_health"], None, None, ["consent", "worries_strengths_next"], True, "request_info",
    "Knowsley step-down with no level stated, so treated as level 3 (REQUIREMENTS knowsley): the final CIN 17/06 2pm gives 6 WD from Wed 9 June, but 'I'll get mum's consent at the final CIN' is consent still to be asked (null -> consent missing) and no Signs of Safety headings -> worries_strengths_next missing -> request_info.",
    meeting=date(2032, 6, 17))

f = "knowsley_07.eml"
data = itip_reply_cc(f, "2032-06-18 09:20:14", "Siobhan McNally", "siobhan.mcnally@whistonjunior.example.org",
                     ("Danielle Roberts-Kaur", "danielle.roberts-kaur@knowsley.gov.uk"), K_FF, "ACCEPTED",
                     "Final CIN meeting - ICS 1890377 [SB-knowsley-3407]", "20320617T140000", "20320617T150000",
                     "Whiston Family Hub", "I'll be there. I'll bring the attendance print-out and the Year 6 report.")
add(f, data, "knowsley", "early_help_duty", "2032-06-18 09:20:14", 2, "ordinary",
    "meeting_reply", False, None, ["1890377"], [], [], None, None, [], None, "record_reply",
    "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the school for the final CIN in knowsley_06, copied to the Family First duty mailbox, with a plain COMMENT; 'ICS 1890377' -> the bare number (DESIGN: a label before the number is not part of it) -> meeting_reply -> record_reply.")

f = "knowsley_08.eml"
top = outlook_top(f, addr("Bethan O'Rourke", "bethan.orourke@knowsley.gov.uk"), K_FF,
                  "Automatic reply: [SB-knowsley-3412] Reminder: documents due to the new lead practitioner",
                  "2032-07-05 07:55:02", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
body = T("""
Thank you for your email. I am on annual leave until Monday 19th July with no access to email.

If your email is about a child in my caseload please contact the Huyton CIN duty worker on 0151 496 0530. If you are worried about a child's safety please ring MASH on 0151 496 0417, or 999 if a child is in immediate danger.

Bethan O'Rourke
""")
add(f, build(top, text_part(body, crlf=True), True), "knowsley", "early_help_duty", "2032-07-05 07:55:02", 1,
    "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
    "Outlook out-of-office (Auto-Submitted: auto-replied) answering a stepbot reminder; its 'immediate danger' line is boilerplate (DESIGN safety rule 2: auto-replies are never answered) -> auto_reply -> ignore.")

# ----------------------------------------------------------------------------- Richmond & Wandsworth
f = "richmond_wandsworth_01.eml"
body = T("""
Dear Early Help Duty,

Further to my call with Jasper Quint this morning, I am confirming the step-down case discussion for Amara and Tobi Adeyemi on Thursday 22 April at 2pm (Teams). Jasper has the link.

Amara Adeyemi - DOB 12/06/2018 - Mosaic ID 2611847
Tobi Adeyemi - DOB 30/01/2022 - Mosaic ID 2611848

The family were referred in October 2031 after mum (Folake) disclosed low mood and was struggling with the children's care in a very overcrowded flat. The assessment and CIN plan have gone well: Folake is under her GP and the perinatal team have closed, the family moved to a three-bedroom flat in March and both children's attendance is above 95%. What remains is support for Folake's mood and with the children's routines, which the draft Early Help plan sets out.

Attached are the latest case summary and the draft Early Help plan.

Folake gave her consent to the step-down to Early Help on 15 April. My Team Manager, Siobhan Gallagher, has agreed the step-down and will join the discussion.

Kind regards,

Chiamaka Eze-Williams
Social Worker | Family Support Team, Wandsworth
Richmond and Wandsworth Children's Services
020 7946 0455
""")
atts = [docx_att("Case summary - Adeyemi - April 2032.docx",
                 ["# Case summary - Amara and Tobi Adeyemi", "Mosaic ID 2611847 / 2611848",
                  "Referral October 2031 (health visitor): maternal low mood, overcrowding.",
                  "C&F assessment completed 20/11/2031; CIN plan since.",
                  "Current position: mum under GP, rehoused March 2032, attendance 96% and 97%.",
                  "Recommendation: step down to Early Help."]),
        pdf_att("Draft Early Help plan - Adeyemi.pdf", "Draft Early Help plan - Adeyemi family",
                ["Outcome 1: Folake's mood - GP review, Talking Therapies, peer support group.",
                 "Outcome 2: routines - bedtime and morning routine support, 6 weeks.",
                 "Lead: Early Help worker to be identified at the case discussion."])]
top = outlook_top(f, addr("Chiamaka Eze-Williams", "chiamaka.eze-williams@richmondandwandsworth.gov.uk"), R_EH,
                  "Step down to Early Help - Amara & Tobi Adeyemi - case discussion Thu 22/04 2pm",
                  "2032-04-19 11:30:17", cc=addr("Siobhan Gallagher", "siobhan.gallagher@richmondandwandsworth.gov.uk"))
add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", "2032-04-19 11:30:17", 3,
    "ordinary", "step_down", False, None, ["2611847", "2611848"],
    [ch("Amara Adeyemi", "2018-06-12", "12/06/2018"), ch("Tobi Adeyemi", "2022-01-30", "30/01/2022")],
    ["parental_mental_health"], True, True, [], None, "book_meeting",
    "Clean Richmond & Wandsworth step-down (REQUIREMENTS richmond_wandsworth step_down: latest case summary .docx, draft Early Help plan .pdf, consent given 15 April), case discussion agreed for Thu 22 April, within 5 days of the contact (seed 000) -> book_meeting.",
    not_children=("Folake",))

f = "richmond_wandsworth_02.eml"
body = T("""
Hi EH Duty,

As agreed with your duty manager on the phone this morning, the step-down case discussion for Ella Reid is booked for Monday 10 May at 10:30 at Welbeck House.

Ella Reid - 13 - DOB 21.09.2018 - Mosaic ID 2598114

Case summary
Ella was made subject to a child protection plan in March 2030 under the category of neglect, linked to her mum Claire's alcohol use. Claire completed a detox in early 2031 and has now been sober for 14 months; she attends AA weekly and her drug and alcohol worker closed in February with no concerns. The CP plan ended in July 2031 and Ella has been on a CIN plan since. Home conditions are good and Ella is well cared for. The remaining need is Ella's attendance, which has dropped to 84% this year (anxiety about friendships at school), and some support for Claire around boundaries with a teenager.

Draft Early Help plan attached. Claire consented in writing to the step-down on 28/04. My TM, Ruth Okonedo, agreed the step-down at the final CIN.

Thanks,
Declan Fitzpatrick
Social Worker, Wandsworth Child in Need Team

PS Ella's head of year at Southfields Academy has just phoned me (15.25). Ella has told her she is not going home tonight. She says Wayne, mum's new boyfriend who moved in at the weekend, pushed her into the banister last night and she has a big bruise on the top of her arm, which the head of year has seen. Claire is at work until 7 and Wayne is at the flat. Ella is sitting in the pastoral office and school shuts at 5. I'm on a course in Kingston today and can't get hold of anyone in my team.
""")
atts = [pdf_att("Draft EH plan - Ella Reid.pdf", "Draft Early Help plan - Ella Reid (Mosaic 2598114)",
                ["1. Attendance: school attendance plan, weekly check-in with head of year.",
                 "2. Friendships and anxiety: school counsellor, referral to the mental health support team.",
                 "3. Claire: parenting teenagers course (Wandsworth Family Hubs)."])]
top = outlook_top(f, addr("Declan Fitzpatrick", "declan.fitzpatrick@richmondandwandsworth.gov.uk"), R_EH,
                  "Step down - Ella Reid - Mosaic 2598114 - case discussion Mon 10/05 10.30",
                  "2032-05-05 15:40:55")
add(f, mail(f, top, body, atts=atts), "richmond_wandsworth", "early_help_duty", "2032-05-05 15:40:55", 2, "urgent",
    "step_down", True, None, ["2598114"], [ch("Ella Reid", "2018-09-21", "21.09.2018")],
    ["physical_harm", "school_attendance"], True, True, [], None, "alert_duty",
    "THE LIVE FACT IS IN A PS UNDER THE SIGNATURE: a 13-year-old says she will not go home tonight because the new boyfriend who is at the flat pushed her into the banister last night (bruise seen), school shuts at 5 (DESIGN safety rule 1) -> urgent -> alert_duty; the step-down is otherwise complete (case summary pasted under its heading, draft plan .pdf, written consent; REQUIREMENTS richmond_wandsworth step_down); the mother's alcohol use is history (14 months sober), not a concern.",
    not_children=("Claire", "Wayne"))

f = "richmond_wandsworth_03.eml"
body = T("""
Hi both,

Thanks for yesterday's step-down discussion for Amara and Tobi Adeyemi (Mosaic 2611847). Jasper asked me to put a note on the request after I'd read the chronology, so for the record:

- 2029: dad threatened to take the children to Lagos during the separation. A Prohibited Steps Order was made in August 2029. Dad lives in Manchester, has had no contact since 2029 and has not applied to court. No further concerns.
- 2030: S47 for a bruise on Tobi's forehead. The paediatrician found it consistent with a fall from the sofa and the S47 ended NFA.
- 2031: police welfare check after a neighbour heard shouting - it was the TV; NFA.

None of this changes what we agreed. The joint visit with Chiamaka is booked for Wednesday 12 May at 4pm.

Best wishes,
Hana Kobayashi-Reed
Early Help Practitioner, Wandsworth Family Hubs

> On 19 Apr 2032, at 11:33, stepbot <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:
> Thank you. Your step-down request is logged as [SB-richmond_wandsworth-2207].
> Children: Amara Adeyemi, Tobi Adeyemi. Case discussion: Thu 22 Apr 14:00.
""")
top = iphone_top(f, addr("Hana Kobayashi-Reed", "hana.kobayashi-reed@richmondandwandsworth.gov.uk"), R_EH,
                 "Re: [SB-richmond_wandsworth-2207] Step down to Early Help - Amara & Tobi Adeyemi",
                 "2032-05-07 10:15:33")
add(f, iphone_mail(f, top, body), "richmond_wandsworth", "early_help_duty", "2032-05-07 10:15:33", 4, "near_miss",
    "follow_up", False, None, ["2611847"], [ch("Amara Adeyemi"), ch("Tobi Adeyemi")],
    [], None, None, [], None, "attach_to_request",
    "NEAR MISS - A CHRONOLOGY OF CLOSED INCIDENTS: a 2029 threat of abduction under a Prohibited Steps Order with no contact since, a 2030 S47 ended NFA (accidental fall), a 2031 welfare check NFA, 'No further concerns' (DESIGN safety rule 1: historic and resolved). A reply to [SB-richmond_wandsworth-2207] -> follow_up -> attach_to_request; no current concern.")

f = "richmond_wandsworth_04.eml"
body = T("""
Dear Early Help Duty Team Manager,

I'd like to step down Leo Marsh-Okafor (born 9 March 2016, Mosaic ID 2604419) to Early Help, and to agree a time for the case discussion this week if possible - I'm free Monday or Tuesday morning.

Attached: latest case summary and the draft Early Help plan.

Leo has ADHD and is awaiting the outcome of his EHCP needs assessment. The CIN plan was opened in 2030 after domestic abuse by Leo's father, Mr Chidi Okafor, towards Ms Marsh. Mr Okafor moved to Glasgow in late 2030; he has had no contact with Leo or Ms Marsh since and the non-molestation order expired last year without incident.

Safety plan (still in place and part of the draft EH plan):
- If Mr Okafor returns to London or gets in touch, Ms Marsh will call 999 and let school know.
- The school will not release Leo to anyone other than Ms Marsh or his grandmother.
- If Leo goes missing, Ms Marsh will report it to police after one hour.

My Team Manager, Femi Adeyinka, has agreed the step-down.

However, Ms Marsh has declined Early Help. She says she has "had enough of services" and wants to be left alone now that social care are closing. I have explained what Early Help could offer around Leo's ADHD and the EHCP and left her the leaflet, and I'll ask again at my last visit, but at the moment she does not consent.

Regards,
Priyanka Raghunathan
Senior Social Worker, Richmond Child in Need Team
""")
atts = [docx_att("Case summary - L Marsh-Okafor.docx",
                 ["# Case summary - Leo Marsh-Okafor (Mosaic ID 2604419)",
                  "2030: CIN plan following domestic abuse by father; father moved to Glasgow.",
                  "2031-2032: ADHD diagnosis; EHCP needs assessment requested January 2032.",
                  "No incidents since 2030."]),
        pdf_att("Draft Early Help plan - Marsh-Okafor.pdf", "Draft Early Help plan - Leo Marsh-Okafor",
                ["Outcome: Leo's needs at school met while the EHCP is decided.",
                 "Safety plan: as in the case summary (unchanged since 2030)."])]
top = outlook_top(f, addr("Priyanka Raghunathan", "priyanka.raghunathan@richmondandwandsworth.gov.uk"), R_EH,
                  "Step-down request - Leo Marsh-Okafor - Mosaic 2604419", "2032-05-20 13:00:42")
add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", "2032-05-20 13:00:42", 5,
    "near_miss", "step_down", False, None, ["2604419"], [ch("Leo Marsh-Okafor", "2016-03-09", "9 March 2016")],
    ["disability_send"], False, True, ["consent"], None, "request_info",
    "NEAR MISS - A SAFETY PLAN'S HYPOTHETICALS ('If Mr Okafor returns ... Ms Marsh will call 999'; 'If Leo goes missing') about a father in Glasgow with no contact since 2030 (DESIGN safety rule 1: hypothetical). CONSENT REFUSED: 'Ms Marsh has declined Early Help ... she does not consent' -> consent false -> consent missing (REQUIREMENTS richmond_wandsworth step_down) -> request_info.",
    not_children=("Chidi Okafor",))

f = "richmond_wandsworth_05.eml"
body = T("""
Dear colleagues,

For information ahead of a step-down request you will receive from the allocated social worker, Ben Hollis.

At this afternoon's review child protection conference for Zainab Farouk (DOB 11/11/2023) and Idris Farouk (DOB 02/05/2026), Mosaic 2589903 and 2589904, the conference agreed that the children no longer need child protection plans.

History: the plans started in November 2030 under physical abuse after Idris, then 4, was seen with bruising to his back caused by his father. The father left the home the same week, was convicted in 2031 and has had no contact with the children since; he lives outside London and there is a prohibited steps order. Mum has worked consistently with the plan. The conference heard from school, health and the social worker that there are no current concerns about the children's safety.

The conference recommended a step-down to Early Help, with the focus on Zainab's speech and language needs and mum's isolation. Ben will call your duty team manager to agree the case discussion and send the case summary and draft plan.

Kind regards,
Margaret Achterberg-Lyle
Independent Reviewing Officer / CP Chair
Richmond and Wandsworth Quality Assurance Service
""")
top = outlook_top(f, addr("Margaret Achterberg-Lyle", "margaret.achterberg-lyle@richmondandwandsworth.gov.uk"), R_EH,
                  "For information - RCPC outcome - Farouk children - plans ended", "2032-06-09 16:05:09",
                  cc=addr("Ben Hollis", "ben.hollis@richmondandwandsworth.gov.uk"))
add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", "2032-06-09 16:05:09", 3,
    "near_miss", "other", False, None, ["2589903", "2589904"],
    [ch("Zainab Farouk", "2023-11-11", "11/11/2023"), ch("Idris Farouk", "2026-05-02", "02/05/2026")],
    [], None, None, [], None, "human_review",
    "NEAR MISS - AN IRO'S NOTE OF PLANS ENDED: 2030 physical abuse by a father convicted in 2031 with no contact since; 'no current concerns about the children's safety' (DESIGN safety rule 1: historic and resolved). The IRO says the social worker will send the step-down, so this is information -> other -> human_review.")

f = "richmond_wandsworth_06.eml"
hv = T("""
From: Gemma Otieno <gemma.otieno@nhs-hv.example.org>
Sent: 22 June 2032 11:26
To: Rosalind Mbatha <rosalind.mbatha@richmondandwandsworth.gov.uk>
Subject: Noah Fairweather - today's visit

Rosalind, visited at 10.15 for Noah's 8 week check. Noah has a fingertip-sized bruise behind his left ear and a second, yellowish one along his jaw. He is not rolling yet. Mum said "no idea, he must have done it on the cot bars". Kyle (dad) was in the flat, even though mum told us at the step-down meeting in March that he had moved to his brother's in Croydon. He told me to leave and I left at 10.40. Noah is at home with both of them now. I'm writing it up and will ring you.
Gemma
Health Visitor, Battersea 0-19 team
""")
old = chain([("Lucy Tran", "21 June 2032 17:10", "Rosalind Mbatha", "Noah Fairweather - step up?",
              "Rosalind, as discussed in supervision: since the step-down in March Noah has missed his 6-week check and two weigh-ins, the flat is cold and dirty again and mum is not answering. I think we need to ask MASH to take this back. Summary and rationale attached. Lucy", None),
             ("Rosalind Mbatha", "21 June 2032 17:32", "Lucy Tran", "RE: Noah Fairweather - step up?",
              "Agreed - I'll send it to MASH in the morning. R", None)])
body = T("""
Imogen / MASH colleagues,

I was about to send you the step-up for Noah Fairweather (DOB 27/04/2032, Mosaic ID 2615502) on the basis of the neglect concerns in the attached case summary and rationale, which I agreed as Lucy's Team Manager in supervision yesterday. Then the health visitor's message below came in at 11.30, which changes things. Please can someone ring me now - 020 7946 0472.

Rosalind Mbatha
Early Help Team Manager (Battersea)

-----Forwarded message-----
""") + hv + old
atts = [docx_att("Case summary - N Fairweather - June 2032.docx",
                 ["# Case summary - Noah Fairweather (Mosaic ID 2615502)",
                  "Stepped down from CIN to Early Help in March 2032 (pre-birth concerns about home conditions).",
                  "Since then: missed 6-week check, two missed weigh-ins, home conditions deteriorated, mum not answering calls."]),
        docx_att("Rationale for step up - Fairweather.docx",
                 ["# Rationale for step up", "Neglect indicators increasing despite the Early Help plan; non-attendance at health appointments; unable to see Noah on two planned visits."])]
top = outlook_top(f, addr("Rosalind Mbatha", "rosalind.mbatha@richmondandwandsworth.gov.uk"), R_MASH,
                  "FW: Step up - Noah Fairweather - Mosaic 2615502 - case summary and rationale",
                  "2032-06-22 11:48:03", cc=addr("Lucy Tran", "lucy.tran@richmondandwandsworth.gov.uk"))
add(f, mail(f, top, body, atts=atts), "richmond_wandsworth", "mash_step_up", "2032-06-22 11:48:03", 3, "urgent",
    "step_up", True, None, ["2615502"], [ch("Noah Fairweather", "2032-04-27", "27/04/2032")],
    ["neglect", "physical_harm"], None, True, [], None, "alert_duty",
    "A HEALTH VISITOR'S MESSAGE FORWARDED ABOVE A STEP-UP: two bruises on a non-mobile 8-week-old seen this morning, an unexplained account, the father said to have left is in the flat and Noah is at home with both now (DESIGN safety rule 1) -> urgent -> alert_duty; from the Early Help Team Manager with the case summary and rationale attached (REQUIREMENTS richmond_wandsworth step_up complete).",
    not_children=("Kyle",))

f = "richmond_wandsworth_07.eml"
body = T("""
Hi,

Just chasing this one - I sent the step-down for Maya Lindqvist (Mosaic 2620034) on 24/06 with the case summary and draft plan, but I haven't heard back with a time for the case discussion and we're now past the 5 days. Could the EH duty manager give me a ring on 020 7946 0461 or reply with a time?

Thanks,
Oluwaseun Bankole
Social Worker, Richmond Assessment Team
""")
top = outlook_top(f, addr("Oluwaseun Bankole", "oluwaseun.bankole@richmondandwandsworth.gov.uk"), R_EH,
                  "RE: [SB-richmond_wandsworth-2291] Step down - Maya Lindqvist - Mosaic 2620034",
                  "2032-07-01 09:05:26")
add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", "2032-07-01 09:05:26", 2, "ordinary",
    "follow_up", False, None, ["2620034"], [ch("Maya Lindqvist")], [], None, None, [], None, "attach_to_request",
    "A social worker's chaser on [SB-richmond_wandsworth-2291]: no case discussion time yet, past the seed's 'within 5 days of this contact' -> follow_up -> attach_to_request.")

f = "richmond_wandsworth_08.eml"
body = T("""
Hello Early Help Duty,

Please could we arrange a step-down case discussion for Rhys Evans-Nakamura, DOB 04-02-2017, Mosaic ID 2623310. I'm available Thursday or Friday this week.

Rhys has been on a CIN plan since January because of his attendance (79% this year) and some worries about dad's capacity to get him to school after mum moved abroad. Dad has engaged well and the worries about home have gone; what's left is attendance, which school are keen to lead on with Early Help support.

The latest case summary is attached. I'll write up the draft Early Help plan after we've had the discussion. My Team Manager, Adebayo Ogunleye, agreed the step-down on Monday.

I'm seeing dad on Friday and will ask him then whether he's happy for Early Help to be involved.

Many thanks,
Sinéad Ní Bhriain
Social Worker, Wandsworth Child in Need Team
""")
atts = [pdf_att("Case summary Evans-Nakamura July 2032.pdf", "Case summary - Rhys Evans-Nakamura (Mosaic ID 2623310)",
                ["CIN plan since January 2032: school attendance 79%.", "Father sole carer since mother's move abroad; engaging well."])]
top = outlook_top(f, addr("Sinéad Ní Bhriain", "sinead.nibhriain@richmondandwandsworth.gov.uk"), R_EH,
                  "Step-down case discussion please - Rhys Evans-Nakamura", "2032-07-13 14:30:50")
add(f, html_only_mail(f, top, body, atts=atts), "richmond_wandsworth", "early_help_duty", "2032-07-13 14:30:50", 4,
    "ordinary", "step_down", False, None, ["2623310"], [ch("Rhys Evans-Nakamura", "2017-02-04", "04-02-2017")],
    ["school_attendance"], None, True, ["consent", "draft_plan"], None, "request_info",
    "HTML-only Richmond & Wandsworth step-down with the case summary attached but the draft plan still to be written ('after we've had the discussion') and consent still to be asked ('will ask him then') -> consent null; missing consent and draft_plan (REQUIREMENTS richmond_wandsworth step_down) -> request_info.")

# ----------------------------------------------------------------------------- Tower Hamlets
f = "tower_hamlets_01.eml"
body = T("""
Dear Early Help Hub,

I am stepping down Ayaan Hossain (DOB 15/08/2019) and Inaya Hossain (DOB 02/12/2021), Mosaic ID 2790114, to a coordinated Early Help plan following the Child and Family Assessment completed on 12/04/2032.

- The C&F Assessment is attached; its recommendation is step-down to a TAF plan.
- The draft TAF plan is attached.
- Mr and Mrs Hossain gave written consent to the step-down on 14/04.
- Lead Practitioner: Ms Rokeya Begum, Family Support Worker, Bigland Green Primary School - agreed at the final CIN meeting.

I will chair the TAF meeting on Monday 26 April at 10am at Bigland Green Primary and put the minutes on Mosaic.

The worries were mainly about Ayaan, who helps look after his mum (she has MS and had a bad relapse in the winter) and whose attendance fell to 87%. Adult social care now provide a morning package of care and the young carers service have accepted Ayaan.

Kind regards
Shahana Choudhury
Social Worker, Assessment and Intervention Team
London Borough of Tower Hamlets
""")
atts = [pdf_att("C&F Assessment - Hossain - completed 12.04.2032.pdf", "Child and Family Assessment - Hossain (Mosaic ID 2790114)",
                ["Completed 12/04/2032.", "Analysis: needs arise from mother's MS and Ayaan's caring role; no safeguarding concerns.",
                 "Recommendation: step down to a coordinated Early Help (TAF) plan; lead practitioner from school."]),
        docx_att("Draft TAF plan - Hossain.docx", ["# Draft TAF plan - Hossain family",
                                                    "Outcome 1: Ayaan's attendance above 95%.",
                                                    "Outcome 2: Ayaan supported by the young carers service.",
                                                    "Lead Practitioner: Rokeya Begum (Bigland Green Primary)."])]
top = outlook_top(f, addr("Shahana Choudhury", "shahana.choudhury@towerhamlets.gov.uk"), TH_EH,
                  "Step down to Early Help - Hossain children - Mosaic 2790114", "2032-04-20 10:40:11")
add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "early_help_duty", "2032-04-20 10:40:11", 3,
    "ordinary", "step_down", False, None, ["2790114"],
    [ch("Ayaan Hossain", "2019-08-15", "15/08/2019"), ch("Inaya Hossain", "2021-12-02", "02/12/2021")],
    ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
    "Clean Tower Hamlets step-down (REQUIREMENTS tower_hamlets step_down: the C&F Assessment .pdf, draft TAF plan .docx, written consent, the lead practitioner named with her agency); the social worker arranges and chairs the TAF on 26 April (seed 001) -> book_meeting.")

f = "tower_hamlets_02.eml"
data = itip_reply_cc(f, "2032-05-10 12:50:37", "Abdul Karim", "a.karim@marnerprimary.example.org",
                     ("Shahana Choudhury", "shahana.choudhury@towerhamlets.gov.uk"), TH_EH, "DECLINED",
                     "TAF meeting - Safa Miah & Yusuf Miah - Mosaic 2793380", "20320511T093000", "20320511T103000",
                     "Marner Primary School, meeting room 1",
                     "Sorry, I can't come tomorrow and I need to tell someone today. Safa came to me at lunch with a blister right across her palm. She says Abba held her hand on the cooker ring last night because she broke a plate, and she doesn't want to go home. Mum is collecting both of them at 3.15. Ms Choudhury's phone goes to voicemail. Abdul Karim, DSL, Marner Primary")
add(f, data, "tower_hamlets", "early_help_duty", "2032-05-10 12:50:37", 2, "urgent",
    "meeting_reply", True, None, ["2793380"], [ch("Safa Miah"), ch("Yusuf Miah")],
    ["physical_harm"], None, None, [], None, "alert_duty",
    "THE NEWS IS IN A DECLINED MEETING REPLY'S COMMENT (DESIGN safety rule 1: 'a meeting reply's comment' is read): a burn across a child's palm from the cooker ring last night, she does not want to go home, collection at 3.15 today -> urgent -> alert_duty (an iTIP REPLY is a meeting_reply, but urgent comes first); 'Mosaic 2793380' -> the bare number.")

f = "tower_hamlets_03.eml"
body = T("""
Dear Early Help Hub,

Please find attached the step-down for Rayan Ahmed (DOB 03/03/2026) and Maryam Ahmed (DOB 19/01/2029), Mosaic ID 2801256.

- Child and Family Assessment (completed 14/05/2032) - attached
- Closing summary and draft TAF plan - attached (one document)
- Consent: mum (Shabnam) signed the consent form at the final CIN on 17/05
- Lead Practitioner: Ms Nasrin Akhtar, Family Practitioner, Limehouse Children and Family Centre

Shabnam has done really well on her methadone script and the CIN plan has met its goals. I've added this morning's call to the chronology at the end of the closing summary and will update you once I know more.

TAF meeting to be arranged for w/c 24 May.

Thanks
Fiona McAllister
Social Worker, Child in Need Team (Limehouse)
""")
summary = ["# Closing summary and draft TAF plan - Rayan and Maryam Ahmed (Mosaic ID 2801256)",
           "Chronology",
           "06/2030 - Referral from the health visitor: mum using heroin, Maryam's weight faltering. S47, CP plan (neglect).",
           "11/2030 - Mum started a methadone script with the drug and alcohol service.",
           "04/2031 - CP plan ended; CIN plan.",
           "09/2031 - Relapse; mum told her worker herself; plan tightened; clean since October 2031.",
           "02/2032 - Rayan's nursery attendance 95%; Maryam's weight on the 50th centile.",
           "17/05/2032 - Final CIN: agreed step-down to Early Help; consent signed.",
           "21/05/2032 08:55 - Call from the neighbour at flat 14 (Mrs Ogunleye): Shabnam collapsed on the stairwell after using and the paramedics took her to the Royal London at about 08:30. Rayan and Maryam are in the flat with Shabnam's friend 'Kel', who the neighbour says is out of it and was sick on the landing. No family member reached yet.",
           "",
           "Draft TAF plan",
           "Outcome 1: mum's recovery sustained (drug and alcohol service, peer mentor).",
           "Outcome 2: Rayan's transition to Reception in September.",
           "Outcome 3: Maryam's nursery place and health reviews kept."]
atts = [pdf_att("C&F Assessment - Ahmed - May 2032.pdf", "Child and Family Assessment - Ahmed (Mosaic ID 2801256)",
                ["Completed 14/05/2032.", "Recommendation: step down to a TAF plan; lead practitioner from the children and family centre."]),
        docx_att("Closing summary and TAF plan - Ahmed.docx", summary)]
top = outlook_top(f, addr("Fiona McAllister", "fiona.mcallister@towerhamlets.gov.uk"), TH_EH,
                  "Step down - Ahmed - Mosaic 2801256", "2032-05-21 09:35:44")
add(f, mail(f, top, body, atts=atts), "tower_hamlets", "early_help_duty", "2032-05-21 09:35:44", 3, "urgent",
    "step_down", True, None, ["2801256"],
    [ch("Rayan Ahmed", "2026-03-03", "03/03/2026"), ch("Maryam Ahmed", "2029-01-19", "19/01/2029")],
    ["neglect", "substance_misuse"], True, None, [], None, "alert_duty",
    "THE LIVE FACT IS THE LAST LINE OF AN ATTACHED CLOSING SUMMARY: at 08:55 today the mother was taken to hospital after using and a 6-year-old and a 3-year-old are in the flat with an intoxicated friend, no family reached (DESIGN safety rule 1: attachments are read) -> urgent -> alert_duty; the step-down is otherwise complete (REQUIREMENTS tower_hamlets step_down: assessment, draft plan, consent, lead practitioner with agency).",
    not_children=("Shabnam",))

f = "tower_hamlets_04.eml"
body = T("""
Hi Early Help Hub,

Step-down for Kacper Zieliński (DOB 21/07/2020), Mosaic ID 2788460, following his Child and Family Assessment (completed 28/05/2032, attached).

Lead Practitioner: Ms Joanna Wróbel, Parent Support Advisor, Stepney Green Primary School.
Mum signed the consent form on 28/05.
Draft TAF plan and the chronology are attached. I'll chair the TAF meeting at school on Thursday 10 June at 2pm.

You'll see the chronology is long, but everything in it is closed. The last entry is from last night: a neighbour called police about shouting in the street at 22:10; officers found Mr Zieliński arguing with his brother about a parking space, Kacper was asleep indoors with mum, and it was closed NFA. I spoke to mum this morning and there are no further concerns.

The plan is about Kacper's attendance (89%) and his worries about moving to secondary.

Dziękuję / thanks,
Olamide Coker
Social Worker, Stepney and Wapping Team
""")
chrono = T("""
Chronology - Kacper Zielinski - Mosaic ID 2788460

14/03/2029  Police DA call (verbal argument between parents). Children not present. NFA.
02/11/2029  S47 - bruise on Kacper's shin reported by school. Child protection medical: consistent with a football injury. NFA.
20/06/2030  Kacper missing for 2 hours after school; found at the park by dad. Return home interview: no concerns. Closed.
09/01/2031  Referral from school: late collection x4. Single agency support. Closed.
15/01/2032  Referral from school: attendance 82%, low mood. C&F Assessment opened.
28/05/2032  C&F Assessment completed: step down to TAF.
01/06/2032  22:10 Police called by neighbour - shouting in the street. Father arguing with his brother over parking. Kacper asleep at home with mother. NFA. SW spoke to mother 02/06 09:00 - no further concerns.
""")
atts = [pdf_att("C&F Assessment - Zielinski - 28.05.2032.pdf", "Child and Family Assessment - Kacper Zielinski (Mosaic ID 2788460)",
                ["Completed 28/05/2032.", "Recommendation: step down to a coordinated Early Help plan (attendance, transition)."]),
        docx_att("Draft TAF plan - Zielinski.docx", ["# Draft TAF plan - Kacper Zielinski",
                                                      "Attendance support plan (Parent Support Advisor).",
                                                      "Transition support to Year 7."]),
        txt_att("Chronology - Zielinski.txt", chrono)]
top = outlook_top(f, addr("Olamide Coker", "olamide.coker@towerhamlets.gov.uk"), TH_EH,
                  "Step down - Kacper Zieliński - Mosaic 2788460 - TAF Thu 10/06 2pm", "2032-06-02 11:20:19")
add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "early_help_duty", "2032-06-02 11:20:19", 4,
    "near_miss", "step_down", False, None, ["2788460"], [ch("Kacper Zieliński", "2020-07-21", "21/07/2020")],
    ["school_attendance"], True, None, [], None, "book_meeting",
    "NEAR MISS - A CHRONOLOGY OF CLOSED INCIDENTS ENDING WITH LAST NIGHT'S POLICE CALL, NFA: a street argument between adults with the child asleep indoors, the SW spoke to mum this morning, 'no further concerns' (DESIGN safety rule 1: resolved). Complete Tower Hamlets step-down (assessment, draft TAF plan, consent, lead practitioner with agency) -> book_meeting.")

f = "tower_hamlets_05.eml"
quoted = T("""
________________________________
From: Bilkis Uddin <bilkis.uddin@towerhamlets.gov.uk>
Sent: 11 June 2032 14:02
To: MAST@towerhamlets.gov.uk
Cc: Nadim Rahman <nadim.rahman@towerhamlets.gov.uk>
Subject: Step up request - Amira & Zaid Hassan - Mosaic 2779012

Dear MAST,

Please find attached the request for support to step up Amira Hassan (14, DOB 03/03/2018) and Zaid Hassan (DOB 19/10/2023), Mosaic 2779012. My manager Nadim Rahman agreed this in supervision on 10/06.

History: the family were stepped down from CIN to Early Help in March after mum's partner, Omar, left the home following a police call-out in February. The CIN plan had been about domestic abuse (three police call-outs in 2031, MARAC in December 2031). In May mum obtained a non-molestation order against Omar. Since then Omar has been messaging mum and Amira, and Amira says he has been seen near the school. Mum has not kept the last three appointments with the IDVA.

Bilkis
""")
body = T("""
One more thing before Thursday's MAST discussion. Amira messaged me at 16:41:

"hes back hes outside kicking the door he says hes going to smash it in mum is crying me and zaid are in the bedroom"

That's Omar. I've told her to ring 999 but I don't know if she has and she isn't answering now. I'm on my way back to the office.

Bilkis Uddin
Early Help Practitioner, Bow and Poplar Locality
07700 900 431
""") + quoted
top = outlook_top(f, addr("Bilkis Uddin", "bilkis.uddin@towerhamlets.gov.uk"), TH_MAST,
                  "RE: [SB-tower_hamlets-5120] Step up request - Amira & Zaid Hassan - Mosaic 2779012",
                  "2032-06-14 16:52:08", cc=addr("Nadim Rahman", "nadim.rahman@towerhamlets.gov.uk"))
add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", "2032-06-14 16:52:08", 2, "urgent",
    "follow_up", True, None, ["2779012"],
    [ch("Amira Hassan", "2018-03-03", "03/03/2018"), ch("Zaid Hassan", "2023-10-19", "19/10/2023")],
    ["domestic_abuse"], None, True, [], None, "alert_duty",
    "A REPLY ABOVE A LONG QUOTED STEP-UP: a 14-year-old's message at 16:41 that her mother's ex-partner, under a non-molestation order, is kicking the door in while she and her 8-year-old brother hide in the bedroom (DESIGN safety rule 1) -> urgent -> alert_duty; a reply to [SB-tower_hamlets-5120] -> follow_up; the quoted request states the manager's agreement.",
    not_children=("Omar",))

f = "tower_hamlets_06.eml"
body = T("""
Dear colleagues,

Here is this month's step-down practice digest from the Early Help Hub. It is for learning only: all examples are from cases closed before April 2032, names and details are changed, and none is a live case.

What went well
- Case A: a Year 9 girl told her school on the day of her step-down meeting that she would not go home. School rang MAST the same morning, she stayed with her aunt that night, and the family are now doing well under a TAF plan. Closed.
- Case B: a father was released from prison the week his children's CIN plan was due to close. Probation told the social worker in advance, the step-down was paused for a month and the safety plan updated. No incidents. Closed.
- Case C: a health visitor noticed a bruise on a baby at a step-down visit. It was seen by a paediatrician the same day and found to be a birthmark. Closed, NFA.

What we need to improve
- 14 of 52 step-downs this quarter arrived without the Child and Family Assessment attached.
- 9 arrived without a named Lead Practitioner.
- TAF minutes on Mosaic within 10 working days: 71% (target 90%).

Reminder: if a child needs protecting today, ring MAST on 0207 364 5606 - do not email this inbox.

Early Help Business Support
Tower Hamlets Early Help Hub
""")
top = outlook_top(f, addr("Early Help Business Support", "earlyhelp.businesssupport@towerhamlets.gov.uk"), TH_EH,
                  "Step-down practice digest - June 2032", "2032-06-25 10:00:03")
add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", "2032-06-25 10:00:03", 2,
    "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
    "NEAR MISS - A PRACTICE DIGEST OF ANONYMISED CLOSED CASES: a girl who would not go home, a father released from prison, a bruise that was a birthmark - 'none is a live case' (DESIGN safety rule 1: bulletins that list examples must not trigger) -> other -> human_review.")

f = "tower_hamlets_07.eml"
body = T("""
Dear MAST,

Please find attached a request for support to step up Tasnim Ali (DOB 14/05/2016) and Zayn Ali (DOB 09/09/2021), Mosaic 2771405, to Children's Social Care.

The family were stepped down from CIN to Early Help in February. Since then things have slipped badly: Tasnim's attendance is 61% and Zayn has missed 9 days of Reception this half term, the home conditions have got worse at each visit (no food in the fridge twice, the children's beds without sheets) and mum has not been in for the last four planned visits or the TAF review on 1 July.

My manager, Nadim Rahman, has read the request and agreed the step up this morning.

Mum knows that I am sending this.

Kind regards,
Demetrios Papadakis
Family Support Worker, Early Help (Stepney Locality)
""")
atts = [docx_att("Request for Support - Ali - July 2032.docx",
                 ["# Request for Support (MAST)", "Children: Tasnim Ali (14/05/2016), Zayn Ali (09/09/2021). Mosaic 2771405.",
                  "Reason: neglect; non-engagement with the Early Help plan; school attendance.",
                  "Manager agreement: Nadim Rahman, 07/07/2032."])]
top = outlook_top(f, addr("Demetrios Papadakis", "demetrios.papadakis@towerhamlets.gov.uk"), TH_MAST,
                  "Step up request - Tasnim & Zayn Ali - Mosaic 2771405", "2032-07-07 10:30:26",
                  cc=addr("Nadim Rahman", "nadim.rahman@towerhamlets.gov.uk"))
add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "mash_step_up", "2032-07-07 10:30:26", 3,
    "ordinary", "step_up", False, None, ["2771405"],
    [ch("Tasnim Ali", "2016-05-14", "14/05/2016"), ch("Zayn Ali", "2021-09-09", "09/09/2021")],
    ["neglect", "non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
    "Complete Tower Hamlets MAST step-up (REQUIREMENTS tower_hamlets step_up: request for support .docx, manager agreed 'this morning'); 'Mum knows' is not consent, and consent is not required for this kind -> book_meeting.")

f = "tower_hamlets_08.eml"
body = T("""
Hi MAST,

Attached is a request for support for Kiera Doyle-Ahmed, DOB 08.08.2017, Mosaic 2765530.

Kiera is 14 and looks after her mum, who has bipolar disorder and stopped her medication in June. Kiera has been missing school to stay home with her (attendance 74%) and is exhausted. The family were stepped down to us from CIN last autumn.

I should say that my manager, Olwen Fairclough, does not agree that this meets the threshold for MAST - she would like us to hold a further TAF review first. I have discussed it with her and I'm still sending it because I remain worried, and I understand I can use the partnership escalation procedure if we still disagree.

Grace Adebayo-Finch
Early Help Practitioner, Isle of Dogs Locality
""")
atts = [docx_att("Request for Support - Doyle-Ahmed.docx",
                 ["# Request for Support (MAST)", "Child: Kiera Doyle-Ahmed, 08/08/2017. Mosaic 2765530.",
                  "Reason: parental mental health; young carer; attendance 74%.",
                  "Manager agreement: not agreed (further TAF review requested)."])]
top = outlook_top(f, addr("Grace Adebayo-Finch", "grace.adebayo-finch@towerhamlets.gov.uk"), TH_MAST,
                  "Request for support - Kiera Doyle-Ahmed", "2032-07-20 15:15:40",
                  cc=addr("Olwen Fairclough", "olwen.fairclough@towerhamlets.gov.uk"))
add(f, mail(f, top, body, atts=atts), "tower_hamlets", "mash_step_up", "2032-07-20 15:15:40", 3, "ordinary",
    "step_up", False, None, ["2765530"], [ch("Kiera Doyle-Ahmed", "2017-08-08", "08.08.2017")],
    ["parental_mental_health", "school_attendance", "young_carer"], None, False, ["manager_agreed"], None,
    "request_info",
    "Tower Hamlets MAST step-up with the request for support attached, but the manager 'does not agree that this meets the threshold' -> manager_agreed false -> missing manager_agreed (REQUIREMENTS tower_hamlets step_up) -> request_info.")

# ----------------------------------------------------------------------------- Torbay
f = "torbay_01.eml"
body = T("""
Hi Early Help,

Please can I have a triage slot to step down Alfie Rowe (DOB 19/02/2029) and Poppy Rowe (DOB 11/10/2024), LCS-4410283, to level 3 Early Help. As Alfie is 3 I think this needs the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for step down, and my Team Manager Kerenza Bolitho's analysis confirming the threshold is met for level 3.

Mum (Kerry Rowe) has consented to level 3 Early Help - she signed the consent on 20/04.

The work has been about neglect (home conditions, routines and Alfie's missed development checks). The home is now clean and safe, Alfie's checks are up to date and Poppy's attendance is 96%. Mum would like help with routines and with Alfie's speech.

Thanks
Jenna Pengelly
Social Worker, Single Assessment Team, Torbay Council
""")
atts = [pdf_att("Single Assessment - Rowe - LCS-4410283.pdf", "Single Assessment - Rowe (LCS-4410283)",
                ["Social worker's analysis: neglect concerns have reduced; home conditions good for 3 months; health checks up to date.",
                 "Rationale for step down: needs can be met by a level 3 Early Help plan.",
                 "Team Manager analysis (Kerenza Bolitho, 21/04/2032): I confirm the threshold is met for level 3 intervention and agree the step down."])]
top = outlook_top(f, addr("Jenna Pengelly", "jenna.pengelly@torbay.gov.uk"), TB_EH,
                  "Triage slot request - step down - Rowe LCS-4410283", "2032-04-22 11:00:51")
add(f, mail(f, top, body, atts=atts, html_alt=True), "torbay", "early_help_duty", "2032-04-22 11:00:51", 3,
    "ordinary", "step_down", False, 3, ["LCS-4410283"],
    [ch("Alfie Rowe", "2029-02-19", "19/02/2029"), ch("Poppy Rowe", "2024-10-11", "11/10/2024")],
    ["neglect"], True, True, [], None, "book_meeting",
    "Clean Torbay step-down (REQUIREMENTS torbay step_down: the Single Assessment .pdf with the analysis, the TM's analysis confirming the level 3 threshold, consent signed) -> book_meeting; Alfie is 3, so the fortnightly under-5s triage.",
    not_children=("Kerry Rowe",))

f = "torbay_02.eml"
body = T("""
Hello,

I've had the invitation for Tuesday's under-5s triage for the step-down of Mason and Lacey. Before that goes ahead you need to know about my visit this morning.

At the 9.30 visit Mason (4 months) had a bruise on his left cheek about the size of a 10p and two small red marks on the top of his ear. He is not mobile. Mum said Lacey must have hit him with a toy. Jordan (mum's partner) then came in, said the visit was over and I had to leave at 9.50. Mum told me she was going to work at 11, so both children are at home with Jordan now.

I have left two voicemails for the social worker and the duty line is engaged.

Rachel Vosper
Health Visitor, Torbay 0-19 Service
07700 900 618

On 5 May 2032, at 14:12, earlyhelp@torbay.gov.uk wrote:
> [SB-torbay-1742] Step-down triage: under-5s triage, Tuesday 11 May, 09:30
> Children: Mason Treloar (28/12/2031), Lacey Treloar (05/03/2030)
> LCS-4418870
> You are invited as a professional who knows the family.
""")
top = plain_top(f, addr("Rachel Vosper", "rachel.vosper@nhs-torbay.example.org"), TB_EH,
                "Re: [SB-torbay-1742] Step-down triage - Mason & Lacey Treloar - LCS-4418870", "2032-05-06 10:25:13",
                "nhs-torbay.example.org", "Microsoft Outlook 16.0")
add(f, mail(f, top, body), "torbay", "early_help_duty", "2032-05-06 10:25:13", 2, "urgent",
    "follow_up", True, None, ["LCS-4418870"],
    [ch("Mason Treloar", "2031-12-28", "28/12/2031"), ch("Lacey Treloar", "2030-03-05", "05/03/2030")],
    ["physical_harm"], None, None, [], None, "alert_duty",
    "A HEALTH VISITOR'S REPLY TO A STEP-DOWN TRIAGE INVITATION: a new bruise on a non-mobile 4-month-old's cheek seen this morning, explained away, the visit ended by the partner who is now alone with both children (DESIGN safety rule 1) -> urgent -> alert_duty; a reply to [SB-torbay-1742] -> follow_up.",
    not_children=("Jordan",))

f = "torbay_03.eml"
body = T("""
Dear Early Help,

Request for a triage slot: step down to level 3 Early Help for Harvey Stoneman (30/06/2017) and Isla Stoneman (14/01/2020), LCS-4402219.

Attached is the updated Single Assessment with my analysis and rationale; my Team Manager, Piran Nankivell, has added his analysis confirming the threshold is met for level 3. Mum (Gemma) has consented to level 3 Early Help.

Background: the children were on CP plans from 2030 to 2031 after domestic abuse by their father, Mr Lee Stoneman. He was convicted in October 2030, a non-molestation order runs until 2033, and he now lives in Bristol. There has been no contact and no incident since October 2030.

The safety plan stays in place as a contingency: if Mr Stoneman comes to the address, mum will not open the door and will call 999 (police have a marker on the address), and the school will not release the children to him.

What Early Help would pick up: Harvey's attendance (88%) and mum's anxiety - she has been referred to Talking Therapies.

Kind regards
Dominic Trewartha
Social Worker, Safeguarding and Supporting Families Team
""")
atts = [pdf_att("Single Assessment update - Stoneman.pdf", "Single Assessment update - Stoneman (LCS-4402219)",
                ["Analysis and rationale for step down: no incident since October 2030; remaining needs attendance and maternal anxiety.",
                 "Team Manager analysis (Piran Nankivell, 14/05/2032): threshold met for level 3 intervention; step down agreed."])]
top = outlook_top(f, addr("Dominic Trewartha", "dominic.trewartha@torbay.gov.uk"), TB_EH,
                  "Step down - triage slot please - Stoneman LCS-4402219", "2032-05-17 14:45:30")
add(f, mail(f, top, body, atts=atts), "torbay", "early_help_duty", "2032-05-17 14:45:30", 4, "near_miss",
    "step_down", False, 3, ["LCS-4402219"],
    [ch("Harvey Stoneman", "2017-06-30", "30/06/2017"), ch("Isla Stoneman", "2020-01-14", "14/01/2020")],
    ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
    "NEAR MISS - A SAFETY PLAN AS CONTINGENCY: 'if Mr Stoneman comes to the address, mum ... will call 999' about a father in Bristol with no contact since 2030 (DESIGN safety rule 1: hypothetical and historic). Complete Torbay level 3 step-down (Single Assessment, TM's analysis, consent) -> book_meeting.",
    not_children=("Lee Stoneman", "Gemma"))

f = "torbay_04.eml"
body = T("""
Hi,

Update for the file before Tuesday's triage for Jake Pollard (LCS-4409015).

Jake was reported missing by mum at 8pm last night after a row about his phone. Police found him at 1.10am at a friend's house in Brixham, safe and well, and brought him home. I did the return home interview with him at 8 this morning: he'd gone to his mate's to cool off and his phone had died. No injuries, no older people involved, nothing to suggest exploitation, and he and mum have agreed a curfew plan which they've both signed.

No further concerns from me, and we are still happy to take the step-down at triage.

Samira Kowalski
Family Intervention Worker, Torbay Early Help
""")
top = gmail_top = plain_top(f, addr("Samira Kowalski", "samira.kowalski@torbay.gov.uk"), TB_EH,
                            "RE: [SB-torbay-1788] Step-down - Jake Pollard - LCS-4409015", "2032-05-26 09:50:02",
                            "torbay.gov.uk", "Microsoft Outlook 16.0")
add(f, mail(f, top, body), "torbay", "early_help_duty", "2032-05-26 09:50:02", 3, "near_miss",
    "follow_up", False, None, ["LCS-4409015"], [ch("Jake Pollard")], [], None, None, [], None, "attach_to_request",
    "NEAR MISS - A MISSING EPISODE RESOLVED OVERNIGHT: found safe and well at 1.10am, return home interview done this morning, no exploitation indicators, 'No further concerns' (DESIGN safety rule 1: resolved) -> not urgent, no concern; a reply to [SB-torbay-1788] -> follow_up -> attach_to_request.")

f = "torbay_05.eml"
body = T("""
Dear all,

Ahead of next Wednesday's step-down practice workshop, please read the two short case studies below. They are fictional, written for the workshop, and are not about any family we work with.

Case study 1 - "Friday, 4pm"
You are finishing a closing summary for a family whose CIN plan has gone well. Mum rings to say that her ex-partner, who was in prison for assaulting her, was released this morning and is coming to stay tonight. The children are 4 and 9. What do you do before you leave the office, and who do you tell?

Case study 2 - "The quiet step-down"
A 15-year-old tells her Early Help worker at the first visit that she "won't be going home" after the weekend. What questions would you ask, and how would you record it?

We will work through both in small groups. Please bring your own (anonymised) examples of step-downs where something changed at the last minute.

Tamsin Verity
Early Help Service Manager, Torbay Council
""")
top = outlook_top(f, addr("Tamsin Verity", "tamsin.verity@torbay.gov.uk"), TB_EH,
                  "Step-down workshop 16 June - pre-reading (fictional case studies)", "2032-06-08 13:10:45",
                  cc="earlyhelp.team@torbay.gov.uk")
add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", "2032-06-08 13:10:45", 2, "near_miss",
    "other", False, None, [], [], [], None, None, [], None, "human_review",
    "NEAR MISS - TRAINING CASE STUDIES, 'fictional ... not about any family we work with': a father released and staying tonight, a girl who will not go home (DESIGN safety rule 1: training and hypotheticals must not trigger) -> other -> human_review.")

f = "torbay_06.eml"
body = T("""
Jade Pascoe LCS-4399321 DOB 12/09/2016

Jade was stepped down to us in April. She texted me at 18.05 - mum has kicked her out after a row and says she won't have her back. Jade is at Paignton bus station with no money and her phone is on 6%. She says she is going to stay at "Dean's" tonight. Dean is the 23 year old man named in her CSE screening last year. She won't go home and mum isn't answering me.

I need this back with social care tonight. My manager Lisa Northcott agreed on the phone at 18.15 that it goes straight back up.

I'm trying Paignton police too.

Nicola Hext
Early Help Family Worker
07700 900 274

Sent from my iPhone
""")
top = iphone_top(f, addr("Nicola Hext", "nicola.hext@torbay.gov.uk"), TB_MASH,
                 "Jade Pascoe LCS-4399321 - back up to social care tonight", "2032-06-18 18:24:37")
add(f, iphone_mail(f, top, body), "torbay", "mash_step_up", "2032-06-18 18:24:37", 2, "urgent",
    "step_up", True, None, ["LCS-4399321"], [ch("Jade Pascoe", "2016-09-12", "12/09/2016")],
    ["exploitation"], None, True, ["consent"], None, "alert_duty",
    "OUT OF HOURS (Friday 18:24): a 15-year-old thrown out by her mother, at a bus station with no money and a dying phone, going tonight to the 23-year-old man named in her CSE screening (DESIGN safety rule 1: the out-of-hours service is alerted) -> urgent -> alert_duty; a step-up with the manager's agreement but no parental consent stated -> consent missing (REQUIREMENTS torbay step_up).",
    not_children=("Dean",))

f = "torbay_07.eml"
body = T("""
Hi EH team,

Could I have a triage slot please to step Tyler-James Bickford (DOB 2018-04-02), LCS-4420561, down to level 3 Early Help?

The Single Assessment is attached with my analysis and the rationale. Tyler-James's dad (sole carer) has been very low since his partner left; he is now under the GP and the worries about home have settled. Dad has consented to level 3 Early Help.

My TM hasn't done her manager's analysis yet - she's on leave until Monday - but can you pencil a slot in anyway and I'll send it as soon as it's on LCS?

Thanks
Lowenna Hocking
Social Worker, Single Assessment Team
""")
atts = [pdf_att("SA - Bickford - June 2032.pdf", "Single Assessment - Tyler-James Bickford (LCS-4420561)",
                ["Social worker's analysis and rationale for step down: father's mental health improving; GP involved.",
                 "Team Manager analysis: (to be completed)"])]
top = outlook_top(f, addr("Lowenna Hocking", "lowenna.hocking@torbay.gov.uk"), TB_EH,
                  "Triage slot - step down - Bickford", "2032-06-29 11:35:16")
add(f, mail(f, top, body, atts=atts, html_alt=True), "torbay", "early_help_duty", "2032-06-29 11:35:16", 3,
    "ordinary", "step_down", False, 3, ["LCS-4420561"], [ch("Tyler-James Bickford", "2018-04-02", "2018-04-02")],
    ["parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
    "Torbay level 3 step-down with the Single Assessment and consent but the TM's analysis not yet done ('on leave until Monday') -> manager_agreed null -> missing manager_agreed (REQUIREMENTS torbay step_down) -> request_info.")

f = "torbay_08.eml"
data = itip_reply_cc(f, "2032-07-09 08:40:55", "Lowenna Hocking", "lowenna.hocking@torbay.gov.uk",
                     ("Early Help triage", TB_EH), None, "ACCEPTED",
                     "Step-down triage - LCS-4420561 [SB-torbay-1903]", "20320713T100000", "20320713T103000",
                     "Microsoft Teams", "Thanks, see you on Tuesday.")
add(f, data, "torbay", "early_help_duty", "2032-07-09 08:40:55", 2, "ordinary",
    "meeting_reply", False, None, ["LCS-4420561"], [], [], None, None, [], None, "record_reply",
    "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the social worker for the Tuesday 13 July triage slot (Torbay's weekly Tuesday-morning triage) with a short COMMENT -> meeting_reply -> record_reply.")

# ----------------------------------------------------------------------------- Herefordshire
f = "herefordshire_01.eml"
body = T("""
Dear Early Help Co-ordinators,

I'm named in the step-down plan as the key person for Kayleigh and Connor and I was going to reply today to say yes. But Kayleigh came to my office at 8.50 this morning and said she is not going home tonight. She said her mum's partner, Gary, came into her room again last night and got into her bed, and told her it was "their secret". She was shaking and crying. She is with me now.

Mum is due to pick up both children at 3.10 because Connor has a dental appointment. I've rung the social worker, Mr Parry, twice and left messages.

Mrs Bronwen Tudor-Hughes
Designated Safeguarding Lead, Whitecross Hereford High School
01632 960 118

-----Original Message-----
From: stepbot <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 09 July 2032 15:40
To: Gethin Parry; Bronwen Tudor-Hughes
Subject: [SB-herefordshire-4407] Step-down plan received - Kayleigh & Connor Pritchard

Step-down plan received for Kayleigh Pritchard (14/05/2018) and Connor Pritchard (30/11/2022), Mosaic 3318820.
Key person named in the plan: Bronwen Tudor-Hughes (Whitecross Hereford High School).
""")
top = outlook_top(f, addr("Bronwen Tudor-Hughes", "b.tudor-hughes@whitecross.example.org"), H_EH,
                  "RE: [SB-herefordshire-4407] Step-down plan received - Kayleigh & Connor Pritchard",
                  "2032-07-12 09:20:48", cc=addr("Gethin Parry", "gethin.parry@herefordshire.gov.uk"))
add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", "2032-07-12 09:20:48", 2, "urgent",
    "follow_up", True, None, ["3318820"],
    [ch("Kayleigh Pritchard", "2018-05-14", "14/05/2018"), ch("Connor Pritchard", "2022-11-30", "30/11/2022")],
    ["sexual_harm"], None, None, [], None, "alert_duty",
    "A SCHOOL DSL'S REPLY TO A STEP-DOWN ACKNOWLEDGEMENT: a 14-year-old's disclosure this morning that her mother's partner got into her bed last night ('their secret'), she will not go home, pick-up at 3.10 (DESIGN safety rule 1) -> urgent -> alert_duty; a reply to [SB-herefordshire-4407] -> follow_up.",
    not_children=("Gary",))

f = "herefordshire_02.eml"
body = T("""
Hi team,

Please find attached the Early Help Assessment step-down plan for Jordan Bevan - DOB 17th March 2025 - Mosaic ID 3321075, stepping down to Level 3 (Intensive) following his Child and Family Assessment, which I discussed with Xavier at the drop-in on 6 July. Mum's signed consent form is attached too.

Key person: Mrs Siân Lloyd, Family Support Worker, Ledbury Primary School - she has agreed to lead.

The closing summary and chronology are in the plan; I've added this morning's phone call from mum as the last entry.

Many thanks
Gethin Parry
Social Worker, Hereford Locality Team
""")
plan = ["Early Help Assessment step-down plan - Jordan Bevan (Mosaic ID 3321075)",
        "Key person: Sian Lloyd, Family Support Worker, Ledbury Primary School.",
        "Wellbeing plan: 1) enuresis clinic referral - school nurse - by end of July; 2) bedtime routine support - Sian Lloyd - 6 weeks; 3) contact arrangements reviewed with both parents - September.",
        "Closing summary / chronology:",
        "11/2031 - Referral from school: Jordan's low mood after parental separation; bedwetting.",
        "01/2032 - C&F assessment opened; no concerns about mum's care.",
        "03/2032 - Contact with dad agreed by the parents: alternate Sunday to Tuesday.",
        "06/2032 - C&F assessment completed; recommendation step down to Early Help (Level 3).",
        "14/07/2032 09:20 - Mum rang: Jordan came back from his overnight stay with dad (Sunday to Tuesday) with a large bruise across his lower back. He told mum dad 'whacked him with the belt' for wetting the bed. Dad is collecting Jordan from school at 3pm today for his next overnight under the arrangement and mum says she doesn't feel she can stop him."]
atts = [pdf_att("EHA step-down plan - J Bevan.pdf", plan[0], plan[1:]),
        pdf_att("Signed consent form - Bevan.pdf", "Early Help consent form - Bevan",
                ["I consent to my family's information being shared with Early Help and to Early Help support.",
                 "Signed: Carys Bevan (mother), 07/07/2032"])]
top = outlook_top(f, addr("Gethin Parry", "gethin.parry@herefordshire.gov.uk"), H_EH,
                  "Step down plan - Jordan Bevan - Mosaic 3321075", "2032-07-14 11:40:09")
add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", "2032-07-14 11:40:09", 3,
    "urgent", "step_down", True, 3, ["3321075"], [ch("Jordan Bevan", "2025-03-17", "17th March 2025")],
    ["physical_harm"], True, None, [], None, "alert_duty",
    "THE LIVE FACT IS THE LAST ENTRY OF THE ATTACHED PLAN'S CHRONOLOGY: a 7-year-old came back from his father's with a belt bruise and the father collects him from school at 3pm today (DESIGN safety rule 1: attachments are read) -> urgent -> alert_duty; the step-down is otherwise complete (REQUIREMENTS herefordshire step_down: signed consent form, plan, key person with agency).")

f = "herefordshire_03.eml"
chrono = T("""
CHRONOLOGY - Freya and Ellis Morgan (Mosaic 3302211)

08/2028  Police DA call-out, verbal argument. Children asleep. NFA.
02/2029  S47 - bruise to Ellis's arm. CP medical: consistent with a fall at nursery. NFA.
05/2030  Initial CP conference: CP plans (neglect) - home conditions, school attendance.
06/2031  Review conference: CP plans ended; CIN plan.
03/2032  Father (Mr Aaron Morgan) released from prison on licence. Licence conditions: exclusion zone covering Herefordshire, no contact with the children or their mother. MAPPA level 1. Probation confirm full compliance. No contact. No further concerns.
04/2032  Final CIN review: step down to Early Help agreed.
""")
body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity, please find attached the step-down plan for Freya Morgan (22/02/2016) and Ellis Morgan (09/09/2019), Mosaic 3302211, at Level 3, together with mum's signed consent form and the chronology.

Key person: Mr Tom Vaughan, Family Support Worker, Leominster Children's Centre.

The chronology looks long, but everything on it is closed and the home has been consistently good for over a year. The one thing I would flag is that dad came out of prison on licence in March; he is barred from Herefordshire, has had no contact and probation confirm he is complying. There are no further concerns.

The plan focuses on Freya's attendance (90%) and Ellis's transition to juniors.

Kind regards,
Rhiannon Powell
Social Worker, Leominster Locality Team
""")
atts = [docx_att("Step-down plan - Morgan siblings.docx",
                 ["# Early Help Assessment step-down plan - Freya and Ellis Morgan",
                  "Key person: Tom Vaughan, Leominster Children's Centre.",
                  "What needs to happen: attendance plan (school); transition support (school); parenting support (children's centre)."]),
        pdf_att("Consent form signed - Morgan.pdf", "Early Help consent form - Morgan",
                ["Signed by Nia Morgan (mother), 19/04/2032."]),
        txt_att("Chronology - Morgan siblings.txt", chrono)]
top = outlook_top(f, addr("Rhiannon Powell", "rhiannon.powell@herefordshire.gov.uk"), H_EH,
                  "Step down - Morgan siblings - Mosaic 3302211", "2032-04-23 15:00:27")
add(f, mail(f, top, body, atts=atts), "herefordshire", "early_help_duty", "2032-04-23 15:00:27", 4, "near_miss",
    "step_down", False, 3, ["3302211"],
    [ch("Freya Morgan", "2016-02-22", "22/02/2016"), ch("Ellis Morgan", "2019-09-09", "09/09/2019")],
    ["school_attendance"], True, None, [], None, "book_meeting",
    "NEAR MISS - A FATHER RELEASED, BUT UNDER AN EXCLUSION ZONE WITH NO CONTACT, and a chronology of closed NFA incidents, 'no further concerns' (DESIGN safety rule 1: historic and managed). Complete Herefordshire level 3 sibling step-down (REQUIREMENTS herefordshire step_down: plan .docx, signed consent form .pdf, key person with agency) -> book_meeting.",
    not_children=("Aaron Morgan", "Nia Morgan"))

f = "herefordshire_04.eml"
body = T("""
Hello,

Step-down to Early Help for Kayden Price-Jones, DOB 2019-12-01, Mosaic ID 3309947.

The Early Help Assessment step-down plan is attached. Key person: Ms Priya Sandhu, Family Support Worker, Hereford Family Hub, who has met mum and Kayden and agreed to lead.

Mum gave her consent verbally at my visit on 10/05. The signed consent form will follow - she's going to drop it into the office on Friday.

Please note the contingency section of the plan. Kayden's father moved to Spain in 2030 and has had no contact since; there is nothing to suggest he is coming back. The contingency is there because mum asked for it:
- If dad returns to Hereford, mum will call 999 and tell the school straight away.
- If Kayden goes missing, mum will call the police after 30 minutes.
- If mum's mental health dips, she will contact her GP and the crisis line, and her sister will have Kayden.

Best wishes,
Aleksandra Nowicka
Social Worker, Hereford City Team
""")
atts = [docx_att("EHA step-down plan - Kayden Price-Jones.docx",
                 ["# Early Help Assessment step-down plan - Kayden Price-Jones (Mosaic ID 3309947)",
                  "What needs to happen: mum's mental health (GP, Talking Therapies); Kayden's routines; school liaison.",
                  "Key person: Priya Sandhu, Hereford Family Hub.",
                  "Contingency: as in the covering email (dad returning; Kayden missing; mum's mental health)."])]
top = outlook_top(f, addr("Aleksandra Nowicka", "aleksandra.nowicka@herefordshire.gov.uk"), H_EH,
                  "Step-down - Kayden Price-Jones - Mosaic 3309947", "2032-05-12 10:10:38")
add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", "2032-05-12 10:10:38", 3,
    "near_miss", "step_down", False, None, ["3309947"], [ch("Kayden Price-Jones", "2019-12-01", "2019-12-01")],
    ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
    "NEAR MISS - CONTINGENCY HYPOTHETICALS ('If dad returns ... mum will call 999', 'If Kayden goes missing') about a father in Spain with no contact since 2030 (DESIGN safety rule 1: hypothetical). Verbal consent given -> consent true, but the signed form 'will follow' -> consent_form missing (REQUIREMENTS herefordshire step_down: written consent) -> request_info.")

f = "herefordshire_05.eml"
body = T("""
Dear Early Help Co-ordinator team,

Following our discussion at the Tuesday drop-in with Verity Lang, please find attached the step-down (Level 3) for the Kowalczyk sibling group:

Wiktoria Kowalczyk - 05/05/2017 - Mosaic ID 3310456
Filip Kowalczyk - 18/08/2020 - Mosaic ID 3310457
Zofia Kowalczyk - 27/01/2024 - Mosaic ID 3310458

Attached: the Early Help Assessment step-down plan and mum's signed consent form.

Key person: Mrs Jane Harries, Pastoral Lead, Bromyard St Peter's Primary School (all three children will be at the school from September).

Mum has MS and Wiktoria does a lot of caring for her and her siblings. Adult social care have increased the care package and Wiktoria has been accepted by Herefordshire young carers.

Many thanks,
Dziękuję,
Marta Zielińska-Hughes
Social Worker, Bromyard and Ledbury Team
""")
atts = [docx_att("Step-down plan - Kowalczyk siblings.docx",
                 ["# Early Help Assessment step-down plan - Kowalczyk sibling group",
                  "What needs to happen: young carers support for Wiktoria; school transition for Filip and Zofia; family breaks.",
                  "Key person: Jane Harries, Bromyard St Peter's Primary School."]),
        pdf_att("Consent - Kowalczyk.pdf", "Early Help consent form - Kowalczyk",
                ["Signed by Anna Kowalczyk (mother), 24/05/2032."])]
top = outlook_top(f, addr("Marta Zielińska-Hughes", "marta.zielinska-hughes@herefordshire.gov.uk"), H_EH,
                  "Step down L3 - Kowalczyk sibling group", "2032-05-27 11:55:12")
add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", "2032-05-27 11:55:12", 3,
    "ordinary", "step_down", False, 3, ["3310456", "3310457", "3310458"],
    [ch("Wiktoria Kowalczyk", "2017-05-05", "05/05/2017"), ch("Filip Kowalczyk", "2020-08-18", "18/08/2020"),
     ch("Zofia Kowalczyk", "2024-01-27", "27/01/2024")],
    ["young_carer"], True, None, [], None, "book_meeting",
    "Clean Herefordshire sibling-group step-down at level 3 (REQUIREMENTS herefordshire step_down: plan .docx, signed consent form .pdf, key person with agency) after a drop-in discussion -> book_meeting.",
    not_children=("Anna Kowalczyk",))

f = "herefordshire_06.eml"
body = T("""
Good morning,

Please could you confirm that the step-down for the Kowalczyk children (Mosaic 3310456) has been received and allocated? The case is due to close on Mosaic on Friday 18 June and Marta is on leave from tomorrow.

Thank you,
Karen Bright
Business Support Officer, Children's Social Care (Bromyard and Ledbury)
""")
top = outlook_top(f, addr("Karen Bright", "karen.bright@herefordshire.gov.uk"), H_EH,
                  "RE: [SB-herefordshire-4466] Step down L3 - Kowalczyk sibling group", "2032-06-15 09:30:44")
add(f, mail(f, top, body), "herefordshire", "early_help_duty", "2032-06-15 09:30:44", 2, "ordinary",
    "follow_up", False, None, ["3310456"], [], [], None, None, [], None, "attach_to_request",
    "Business support's chaser on [SB-herefordshire-4466] before the case closes (seed 003: step-down completed and case closed within 10 working days) -> follow_up -> attach_to_request; no child named in full.")

f = "herefordshire_07.eml"
body = T("""
Hi MASH,

I'd like to ask for Ruby Watkins (DOB 03/03/2019), Mosaic ID 3299054, to be stepped back up to social care. She was stepped down to Early Help in January.

Since Easter mum has not let me in for five planned visits, Ruby's attendance has fallen to 70% and she has been late most days when she does go. School say she is often hungry. My manager, Owen Prothero, agrees this needs to go back to social care.

Mum knows I'm worried but I haven't told her I'm writing to you.

Megan Price-Davies
Early Help Practitioner, Herefordshire Early Help
""")
top = outlook_top(f, addr("Megan Price-Davies", "megan.price-davies@herefordshire.gov.uk"), H_MASH,
                  "Step up request - Ruby Watkins - Mosaic 3299054", "2032-06-28 14:05:51")
add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", "2032-06-28 14:05:51", 3, "ordinary",
    "step_up", False, None, ["3299054"], [ch("Ruby Watkins", "2019-03-03", "03/03/2019")],
    ["neglect", "non_engagement", "school_attendance"], None, True, [], None, "human_review",
    "A Herefordshire step-up to MASH: the Herefordshire seed defines no step-up (REQUIREMENTS herefordshire: 'step_up is not defined by this seed') -> missing [] -> human_review; not urgent (no immediate risk).")

f = "herefordshire_08.eml"
top = outlook_top(f, addr("Rhiannon Powell", "rhiannon.powell@herefordshire.gov.uk"), H_EH,
                  "Automatic reply: [SB-herefordshire-4521] Step-down completed - please close the case",
                  "2032-07-21 08:05:19", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
body = T("""
Thank you for your email. I am out of the office until Monday 2 August. For anything about a child on my caseload please contact the Leominster Locality duty social worker on 01632 960 240.
""")
add(f, build(top, text_part(body, crlf=True), True), "herefordshire", "early_help_duty", "2032-07-21 08:05:19", 1,
    "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
    "Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot message (DESIGN safety rule 2) -> auto_reply -> ignore.")

# ============================================================================ readable text (stdlib only)
def pdf_text(data):
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    content = m.group(1).decode("cp1252")
    out = []
    for s in re.findall(r"\(((?:\\.|[^\\)])*)\) '", content):
        out.append(re.sub(r"\\(.)", r"\1", s))
    return "\n".join(out)

def readable(msg):
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
            out.append(html_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ct in ("text/calendar", "application/ics"):
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == DOCX:
            acc, _d, com = docx_parts(payload)
            out += [acc, com]
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return re.sub(r"\s+", " ", "\n".join(out))

BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer",
            "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}

def allowed_missing(a, kind, level, concerns):
    if a == "knowsley" and kind == "step_up":
        s = {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "children"}
        if "neglect" in concerns: s.add("gcp2")
        if "non_engagement" in concerns: s.add("engaging_families")
        if "exploitation" in concerns: s.add("exploitation_assessment")
        return s
    if a == "knowsley" and kind == "step_down":
        return ({"meeting_details", "worries_strengths_next", "lead_practitioner", "children"} if level == 2 else
                {"meeting_details", "worries_strengths_next", "consent", "children"})
    table = {("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
             ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
             ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
             ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
             ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
             ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
             ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"}}
    return table.get((a, kind), set())

def expected_action(e, a):
    if e["urgent"]: return "alert_duty"
    if e["kind"] == "auto_reply": return "ignore"
    if e["kind"] == "meeting_reply": return "record_reply"
    if e["kind"] == "follow_up": return "attach_to_request"
    if e["kind"] == "other" or (a == "herefordshire" and e["kind"] == "step_up"): return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

def parse_dob(w):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(w, fmt).date()
        except ValueError:
            pass
    m = re.fullmatch(r"(\d+)(st|nd|rd|th) (\w+) (\d{4})", w)
    return datetime.strptime("%s %s %s" % (m[1], m[3], m[4]), "%d %B %Y").date()

def check():
    errs = []
    def E(f, s): errs.append("%s: %s" % (f, s))
    assert len(FILES) == 40, len(FILES)
    auths = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
    for a in auths:
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("authority %s files %s" % (a, names))
    cnt = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if cnt["urgent"] < 11 or cnt["near_miss"] < 11 or sum(cnt.values()) != 40:
        errs.append("category counts %s" % cnt)
    try:
        import holidays
        hol = sorted(d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2032]) if d.weekday() < 5)
        if hol != sorted(BANK_HOLIDAYS_2032):
            errs.append("bank holidays differ from the holidays package: %s" % hol)
        print("bank holidays checked against the holidays package")
    except ImportError:
        print("holidays package not importable: using the script's own 2032 list")
    assert WIN_START.weekday() == 0 and WIN_END.weekday() == 2
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
            "notice_ok", "next_action"]
    for l in LABELS:
        f, a, e = l["file"], l["authority"], l["expect"]
        data = FILES[f]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        email.message_from_bytes(data)                        # compat32 parser too
        for p in msg.walk():
            if p.defects:
                E(f, "defects %s" % p.defects)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                E(f, "no " + h)
        mbox = MAILBOXES[(a, l["mailbox"])]
        if mbox.lower() not in ((msg["To"] or "") + " " + (msg["Cc"] or "")).lower():
            E(f, "mailbox address not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d.utcoffset() != timedelta(hours=1):
            E(f, "Date offset not +0100")
        ld = d.astimezone(LON).date()
        if not (WIN_START <= ld <= WIN_END) or ld.weekday() > 4 or ld in BANK_HOLIDAYS_2032:
            E(f, "Date %s outside window / weekend / bank holiday" % ld)
        now = datetime.fromisoformat(l["now"])
        if not (timedelta(0) < now - d <= timedelta(minutes=10)):
            E(f, "now not shortly after Date")
        if list(e.keys()) != keys:
            E(f, "label keys")
        if e["kind"] not in KINDS:
            E(f, "kind")
        if e["urgent"] != (CATS[f] == "urgent"):
            E(f, "urgent label disagrees with category")
        if e["next_action"] != expected_action(e, a):
            E(f, "next_action %s, expected %s" % (e["next_action"], expected_action(e, a)))
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(set(e["concerns"])):
            E(f, "concerns ids/sorted")
        if e["missing"] != sorted(set(e["missing"])) or not set(e["missing"]) <= (DOC_IDS | FACT_IDS):
            E(f, "missing ids/sorted")
        allowed = allowed_missing(a, e["kind"], e["level"], e["concerns"])
        if not set(e["missing"]) <= allowed:
            E(f, "missing %s not allowed for %s %s" % (e["missing"], a, e["kind"]))
        if "consent" in allowed and ("consent" in e["missing"]) != (e["consent"] is not True):
            E(f, "consent vs missing")
        if "manager_agreed" in allowed and ("manager_agreed" in e["missing"]) != (e["manager_agreed"] is not True):
            E(f, "manager vs missing")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            E(f, "level")
        text = readable(msg)
        low = text.lower()
        if e["urgent"]:
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w), low) or (w in ("at risk", "danger") and w in low):
                    E(f, "banned word %r in an urgent mail" % w)
        for cid in e["case_ids"]:
            if cid not in text:
                E(f, "case id %s not in text" % cid)
        for c in META[f]["children"]:
            if c["name"] not in text:
                E(f, "child %s not in text" % c["name"])
            if c["_w"]:
                if c["_w"] not in text:
                    E(f, "DOB %s not in text" % c["_w"])
                dob = parse_dob(c["_w"])
                if dob.isoformat() != c["dob"]:
                    E(f, "DOB %s parses to %s" % (c["_w"], dob))
                age = (now.date() - dob).days / 365.25
                if not (0 <= age < 18):
                    E(f, "child %s aged %.1f" % (c["name"], age))
        for nc in META[f]["not_children"]:
            if nc not in text or any(nc in c["name"] for c in e["children"]):
                E(f, "not-child %s" % nc)
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2035:
                E(f, "year %s" % y)
        subj = str(msg["Subject"])
        has_ref = "[SB-" in subj
        if (e["kind"] in ("follow_up",)) != (has_ref and e["kind"] not in ("meeting_reply", "auto_reply")):
            E(f, "reference in subject vs follow_up")
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            E(f, "Auto-Submitted vs auto_reply")
        has_reply = b"METHOD:REPLY" in b"".join(p.get_payload(decode=True) or b"" for p in msg.walk()
                                                if not p.is_multipart())
        if (e["kind"] == "meeting_reply") != has_reply:
            E(f, "iTIP REPLY vs meeting_reply")
        # notice
        notice_kind = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        if notice_kind:
            mt = META[f]["meeting"]
            if mt is None:
                E(f, "Knowsley step request without a meeting date")
            else:
                given = wd_count(now.date(), mt)
                if (given >= 5) != e["notice_ok"]:
                    E(f, "notice %d WD vs notice_ok %s" % (given, e["notice_ok"]))
                if mt.weekday() > 4 or mt in BANK_HOLIDAYS_2032:
                    E(f, "meeting on a non-working day")
                if "meeting_details" in e["missing"]:
                    E(f, "meeting_details missing with a meeting")
        elif e["notice_ok"] is not None:
            E(f, "notice_ok set outside Knowsley step requests")
    # decisive bank-holiday count
    if not (wd_count(date(2032, 4, 27), date(2032, 5, 4)) == 4):
        errs.append("knowsley_02 count")
    return errs, cnt

def main():
    errs, cnt = check()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    LABELS.sort(key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1)
        fh.write("\n")
    print("self-check OK: 40 files, 8 per authority; every mail parses with email.message_from_bytes (no defects);")
    print("  no banned word in any urgent mail (subject, bodies, quoted text, calendar parts, .pdf/.docx/.txt attachments);")
    print("  urgent label == category 'urgent'; next_action, missing, notice (working days, 2032 bank holidays) consistent")
    print("categories:", cnt)
    by_auth = {}
    for l in LABELS:
        by_auth.setdefault(l["authority"], {"urgent": 0, "near_miss": 0, "ordinary": 0})[CATS[l["file"]]] += 1
    for a, c in by_auth.items():
        print("  %-20s %s" % (a, c))
    print("urgent mails:")
    for l in LABELS:
        if CATS[l["file"]] == "urgent":
            print("  %-28s %s" % (l["file"], l["why"].split(":")[0][:110]))

if __name__ == "__main__":
    main()
