#!/usr/bin/env python3
"""mixed133: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2046 (Wednesday 3 January - Thursday 22 March 2046), in PEOPLE WHO COME TO THE DOOR AND SEE
INSIDE THE HOME: a parcel driver, smart-meter installers and gas engineers, a plumber and a repairs operative,
housing officers, pest control, a locksmith, enforcement agents and bailiffs, a removal firm, district nurses
visiting a grandparent, a carpet fitter and a window cleaner - what they saw, heard or were told, passed on by
them, their manager, their company's safeguarding or compliance lead, or a practitioner.

Urgent mail (12), in plain, clinical, hedged and corporate voices, in a PS, in a forwarded part, in an attached job
report, in a child's own note, in a declined meeting's comment and on a Saturday night. Near misses (12): historic
and resolved doorstep incidents in step requests, a bulletin and a training pack of invented scenarios, an adult
with no children, a hypothetical from a flooring firm, a report already handled, an out-of-office with alarm
boilerplate. The rest are ordinary requests, follow-ups, meeting replies and an auto-reply.

Window: the spring term of 2046. 1 January 2046 (a Monday) is New Year's Day; schools return on Wednesday
3 January; Good Friday is 23 March 2046, so the term ends on Thursday 22 March. No England & Wales bank holiday
falls inside the window. The whole window is Greenwich Mean Time (+0000): British Summer Time begins at 01:00 UTC on
Sunday 25 March 2046, after the window - but the Knowsley meetings on 27 and 28 March are in BST. One mail
(torbay_04) is dated on a Saturday night on purpose: a locksmith writing after a call-out (justified below, in
NON_WORKING_OK). Knowsley notice: knowsley_02 is sent on Tuesday 20 March for a joint home visit on Tuesday
27 March - 5 plain weekdays, but Good Friday and Easter Monday leave 3 working days (decisive).

Deterministic: no clock, no randomness; boundaries, Message-IDs and UIDs come from sha1 of the file name. Run with
/work/main/.venv/bin/python make_set.py (pypdf and python-docx read the attachments back in the self-checks;
`holidays` must agree with the script's bank-holiday list). The MIME, PDF, .docx, iCalendar and readable-text
helpers are copied from /work/main/tests/data/mixed27/make_set.py. Every label was set by hand from the
specification; the checks only verify them and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (3 January - 22 March 2046) is Greenwich Mean Time
    (+0000): BST begins at 01:00 UTC on Sunday 25 March 2046. The self-check asserts every Date header's offset
    against Europe/London's."""
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
        if logical.startswith(">"):          # quoted lines are never re-wrapped (a wrap would lose the quote depth)
            out.append(logical.rstrip(" "))
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
            zi = zipfile.ZipInfo(name, date_time=(2046, 1, 2, 0, 0, 0))
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


# ============================================================================= the set's records
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

# Mail dated on a day that is not a working day, and why (the brief: "every Date a working day or justified").
NON_WORKING_OK = {
    "torbay_04.eml": "Saturday 27 January 2046, 22:38: a locksmith writes straight after a Saturday-night call-out; "
                     "out-of-hours mail is exactly what safety rule 1 must catch (the Emergency Duty Team's hours).",
}

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back to `dob` by the checks)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), teller=None):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests only); `not_children` are
    adults named in the text who must never be labelled; `teller` says who came to the door (for the README)."""
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children), "teller": teller}

def sent(s):
    """Outlook's 'Sent:' line for a quoted message."""
    d = dt(s)
    return d.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ")

def ack(kind_word, ref, lines, missing=()):
    """stepbot's acknowledgement as quoted under a reply (no alarm words in it)."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + list(lines) + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

def appendix1(answers):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: question then answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out

KDISC = "\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.\n"
RDISC = "\nThis email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n"
TDISC = "\nTower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.\n"
BDISC = "\nTorbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.\n"
HDISC = "\nHerefordshire Council: any opinions expressed in this email are those of the individual and not necessarily of the council. This email and any attachments are confidential.\n"

def thunderbird(f, top, text, atts=()):
    """Thunderbird plain text: text/plain; format=flowed, 7bit (or QP when not ASCII), LF line ends."""
    t = flowed_part(text, cte="7bit" if text.isascii() else "quoted-printable")
    root = multipart("mixed", [t] + list(atts), "------------%s" % sha(f, "tb")[:24]) if atts else t
    return build(top, root, False)

def gmail_mail(f, top, text, html_body):
    """Gmail: multipart/alternative, text/plain and a <div dir="ltr"> HTML part, Gmail-style boundary."""
    root = multipart("alternative", [text_part(text, cte="quoted-printable"), text_part(html_body, "html")],
                     gbnd(f, 1))
    return build(top, root, False)

LAYOUT_HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
               '<style>td{font-family:Arial,sans-serif;font-size:10pt;color:#1F1F1F;}</style></head>\n<body>\n')

def esc(t):
    return html.escape(t, quote=False)

def div_html(text):
    paras = text.strip("\n").split("\n\n")
    return '<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % "<br>".join(html.escape(l, quote=False)
                                       for l in p.split("\n")) for p in paras) + "</div>\n"


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2046-02-06 10:12:37"
    body = T("""
Hi MASH,

Please find attached the step up request for the Gorman children, EHM-71845, with the Graded Care Profile 2 and the minutes of our last TAF. The step up TAF meeting is Wednesday 14 February 2046 at 10:00 on Teams - the invite has gone from my calendar to the MASH inbox and MASH business support, and I've invited the current TAF members (school, nursery, health visitor and the housing officer).

Children:
Tayla Gorman - 03/05/2037
Rhys Gorman - 22/11/2041

Why now: the housing officer from Brookvale Homes did a tenancy audit on 30 January and could not get past the hallway for bin bags. The council's pest control contractor has been out twice since December for mice and left both times because the kitchen hadn't been cleared, so nothing has been treated. The housing officer said Rhys (4) was in a nappy that looked like it had been on a long time and the only food in the fridge was a carton of milk. School say Tayla has worn the same uniform all week, has untreated headlice and is taking food from other children's lunchboxes. The GCP2 (attached) scores level 4 in three of the five areas.

Nothing new since the TAF needs a same-day response - school and nursery see both children every day and mum is letting the health visitor in.

My TM, Bernadette Quigley, went through it with me on Friday and agreed the step up (it's recorded on the form). Mum knows I'm asking for the step up.

Thanks,
Shannon

Shannon Leary
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0388
""") + KDISC
    form = docx_att("FF Step Up request to CSC - Gorman.docx", appendix1([
        ("Case ID on EHM:", "EHM-71845"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 14/02/2046, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and comes to TAFs, but agreed actions are not done"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 31/01/2046"),
        ("What are we worried about?", "Home conditions: hallway and kitchen blocked with rubbish, mice, no food "
         "in the house on the housing officer's visit. Rhys left in a soiled nappy; Tayla unwashed, untreated "
         "headlice, hungry at school."),
        ("What is working well?", "Mum loves the children and is warm with them; she takes Rhys to nursery every "
         "day; maternal aunt helps with the school run."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved meanwhile."),
        ("Graded Care profile (If neglect should be completed).", "Completed 29/01/2046 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Bernadette Quigley, Team Manager, 02/02/2046"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly home visits, pest control visit with a "
         "support worker present to clear the kitchen, TAF every three weeks."),
    ]))
    gcp2 = pdf_att("GCP2 - Gorman - Jan 2046.pdf", "Graded Care Profile 2 (GCP2) - Gorman family", [
        "Completed by: Shannon Leary, Family First Case Manager, 29/01/2046 (home visit, mum present)",
        "Children: Tayla Gorman (8), Rhys Gorman (4)",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene): level 4",
        "Area 2 Care of safety: level 3",
        "Area 3 Love and care: level 2",
        "Area 4 Stimulation and education: level 3",
        "Area 5 Approval and disapproval: level 4",
        "Summary: physical care and home conditions below the level the children need; no improvement since the",
        "October profile despite a TAF plan."])
    minutes = docx_att("TAF minutes 31.01.2046 - Gorman.docx", [
        "# Team Around the Family - minutes", "Date: 31/01/2046, 13:30, Kirkby Family Hub",
        "Present: mum, Shannon Leary (Family First, chair), Tayla's class teacher, nursery manager, health visitor, "
        "Marie Kinsella (Brookvale Homes housing officer)",
        "Housing: tenancy audit 30/01 - hallway and kitchen blocked; pest control could not treat.",
        "School: Tayla hungry, headlice untreated. Nursery: Rhys attends daily, often in yesterday's clothes.",
        "Agreed: Shannon to discuss a step up with her team manager; GCP2 completed 29/01."])
    top = outlook_top(f, addr("Leary, Shannon", "Shannon.Leary@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-71845 - Gorman - TAF Wed 14th Feb 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-71845"],
        [ch("Tayla Gorman", "2037-05-03", "03/05/2037"), ch("Rhys Gorman", "2041-11-22", "22/11/2041")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect told through a housing officer's tenancy audit and pest control's "
        "failed visits: Appendix 1 form (.docx), GCP2 (.pdf, required because the concern is neglect), TAF minutes "
        "(.docx), EHM id, TM 'agreed the step up'. TAF Wed 14 Feb 10:00 from Tue 6 Feb = 6 working days (7, 8, 9, "
        "12, 13, 14 Feb) >= 5 -> notice ok -> book_meeting. 'Mum knows I'm asking' is not consent -> null. "
        "Chronic neglect with 'nothing ... needs a same-day response' -> not urgent.",
        meeting=date(2046, 2, 14), not_children=["Shannon Leary", "Bernadette Quigley", "Marie Kinsella"],
        teller="housing officer; pest control")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2046-03-20 14:31:05"
    body = T("""
Hello Family First duty,

I'm stepping Ava-Rose Roby down to Family First at Level 3 and would like a case manager to come with me on the joint home visit:

Joint home visit: Tuesday 27 March, 10:00, at home - 22 Larkspur Close, Halewood, L26 9ZT.

Child: Ava-Rose Roby, DOB 09/08/2038. ICS-3381907.

Consent: mum (Kelly Roby) signed the Family First consent form at my visit on 14/03/2046.

Background, as the file starts with it: the case came in last October when an engineer from the energy company found the house with no gas or electric for four days and Ava-Rose in bed in her coat. The supply was back on that day, a hardship grant cleared the debt and the meter is now a credit meter. There has been no repeat and the C&F assessment found the home warm and well kept.

What are we worried about?
Mum's depression comes back when money gets tight; last winter she stopped taking her medication for a few weeks and struggled to get up in the mornings.

What is working well?
Mum is back on her medication and sees her GP every month. Ava-Rose's attendance is 96% this term and she is doing well. Nan lives two streets away and has her after school three days a week.

What needs to happen?
A Family First case manager to hold a TAF with school and the GP surgery's social prescriber; a budgeting plan with Citizens Advice; a written plan for what mum does, and who she rings, if her mood drops.

Thanks,
Danny

--
Danny Whitfield
Social Worker, Child in Need Team (Halewood)
Knowsley Council | 0151 496 0571
""")
    top = plain_top(f, addr("Danny Whitfield", "Danny.Whitfield@" + KDOM), addr("Family First Duty", KFF),
                    "Step down to Family First L3 - Roby - ICS-3381907", when, KDOM,
                    None, extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, thunderbird(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-3381907"],
        [ch("Ava-Rose Roby", "2038-08-09", "09/08/2038")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley Level 3 step-down (Thunderbird, format=flowed), complete: joint home visit with date, time and "
        "venue, all three Signs of Safety headings, consent form signed. NOTICE ACROSS EASTER, DECISIVE: from Tue "
        "20 Mar the visit on Tue 27 Mar is 5 plain weekdays (21, 22, 23, 26, 27) but Good Friday 23 Mar and Easter "
        "Monday 26 Mar are bank holidays -> 3 working days < 5 -> notice not ok -> request_info. The energy "
        "engineer's cold-house finding is last October's and resolved -> no neglect; 96% attendance -> no "
        "school_attendance; mum's depression is the current worry.",
        meeting=date(2046, 3, 27), not_children=["Kelly Roby", "Danny Whitfield"], teller="energy engineer (historic)")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2046-01-11 15:52:10"
    rows = [("Report reference", "DWR-20460111-0457"),
            ("Address", "Flat 3, 41 Cherryfield Drive, Kirkby, L32 9ZN"),
            ("Reported by", "Delivery driver, route KBY-07 (by phone to the Safeguarding Team at 15:31)"),
            ("Time at the door", "15:10 today, Thursday 11 January"),
            ("Parcel addressed to", "Ms Jade Tasker")]
    seen = ("A girl of about four opened the door to the driver. She was in a vest and a pull-up and had bare feet. "
            "She told him her name was Maisie and that &ldquo;mummy went to the shop when it was dark&rdquo;. "
            "From the doorway the driver could see into the living room: a smaller child, about 18 months old, "
            "was asleep on the carpet next to a gas fire with its front cover off. He called out several times and "
            "no adult answered; he believes nobody else is in the flat. Maisie said she had had crisps for her "
            "dinner. The flat was very cold and smelled strongly of dog mess.")
    done = ("We asked the driver not to go in. He is parked outside the block with the front door in sight and "
            "has not left; his shift ends at 17:00. We rang the mobile number on the parcel twice (no answer, "
            "voicemail full). We have not contacted anyone else. Please tell us what you want the driver to do.")
    html_body = (LAYOUT_HEAD + '<table width="640" cellpadding="6" cellspacing="0" border="0" '
                 'style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:10pt">\n'
                 '<tr><td colspan="2" style="background:#5B2C83;color:#FFFFFF;font-size:13pt"><b>Parcelwise '
                 'UK &ndash; Driver Welfare Report</b></td></tr>\n'
                 + "".join('<tr><td width="170" style="background:#EFEAF4"><b>%s</b></td><td>%s</td></tr>\n'
                           % (esc(k), esc(v)) for k, v in rows)
                 + '<tr><td style="background:#EFEAF4" valign="top"><b>What the driver saw</b></td><td>%s</td></tr>\n'
                 % seen
                 + '<tr><td style="background:#EFEAF4" valign="top"><b>What we have done</b></td><td>%s</td></tr>\n'
                 % done
                 + '<tr><td colspan="2">Naomi Fairbrother<br>Designated Safeguarding Lead, Parcelwise UK Ltd<br>'
                 'Direct line 0151 496 0733 (staffed until 19:00)</td></tr>\n</table>\n</body></html>\n')
    top = outlook_top(f, addr("Parcelwise Safeguarding Team", "safeguarding@parcelwise.example"),
                      addr("Knowsley MASH", KMASH),
                      "Driver welfare report DWR-20460111-0457 - Flat 3, 41 Cherryfield Drive, Kirkby", when,
                      mid_domain="mail.parcelwise.example")
    add(f, html_only(f, top, html_body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, CORPORATE HTML-ONLY REPORT (no text/plain part): a parcel driver at the door 40 minutes ago - a "
        "girl of about four and a toddler alone in a cold flat, the toddler asleep by a gas fire with its cover off, "
        "'mummy went to the shop when it was dark'; the driver is still outside. Safety rule 1, office hours -> "
        "alert_duty. Not a step request -> other. Children: 'Maisie' is a first name only and the toddler is "
        "unnamed -> no labelled children (Jade Tasker is the adult on the parcel). None of the banned words.",
        not_children=["Jade Tasker", "Naomi Fairbrother"], teller="parcel delivery driver")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2046-02-21 12:47:55"
    body = T("""
Hi,

Attached are the minutes of the TAF on 15/02/2046, which your acknowledgement said were missing.

Carl

PS I've just put the phone down to the repairs operative from Brookvale Homes who went in this morning to fix Kayla's bedroom window. He said Kayla had a fresh red hand mark across the side of her face and a split lip. When he asked her about it she said "Gaz smacked me cos I spilt his can, don't tell". Gaz is Gary Pennington, mum's partner. Mum is on a shift at the Tesco depot until 10pm, so Kayla and Jack are with him all afternoon and tonight (Kayla is off school with a cold). I'm heading out there now but wanted you to have it in writing.

Carl Ashworth
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0912 | 07700 900 316
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Monday, 19 February 2046 14:03",
              "Ashworth, Carl <Carl.Ashworth@knowsley.gov.uk>", "Step-up received [SB-knowsley-317] - EHM-70233",
              ack("step-up", "SB-knowsley-317", [
                  "Case: EHM-70233",
                  "Children: Kayla Rimmer (7), Jack Rimmer (3)",
                  "Step-up TAF meeting: Wednesday 28 February 2046, 10:00, Microsoft Teams"],
                  ["the minutes of the most recent TAF meeting"])) + KDISC
    minutes = docx_att("TAF minutes 15.02.2046 - Rimmer.docx", [
        "# Team Around the Family - minutes", "Date: 15/02/2046, 10:00, Huyton Family Hub",
        "Present: mum, Carl Ashworth (Family First, chair), Kayla's class teacher, Jack's nursery key worker",
        "Discussed: the step-up form; Kayla's reading; Jack's nursery place and funded hours; mum's shift pattern.",
        "Actions: Carl to send the step-up form and these minutes to MASH; nursery to send attendance; "
        "next TAF in four weeks."])
    top = plain_top(f, addr("Ashworth, Carl", "Carl.Ashworth@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: Step-up received [SB-knowsley-317] - EHM-70233", when, KDOM, "Microsoft Outlook 16.0",
                    extra=[("In-Reply-To", msgid(f + "ack", "stepbot.knowsley.gov.uk")),
                           ("References", msgid(f + "ack", "stepbot.knowsley.gov.uk"))])
    add(f, mail(f, top, body, [minutes]), "knowsley", "mash_step_up", when, 5,
        "urgent", "follow_up", True, None, ["EHM-70233"],
        [ch("Kayla Rimmer"), ch("Jack Rimmer")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A PS of a routine follow-up to [SB-knowsley-317] (the missing TAF minutes): a housing repairs "
        "operative saw a 7-year-old's fresh hand mark and split lip this morning - 'Gaz smacked me ... don't tell' - "
        "and she and her 3-year-old brother are with that man all afternoon and tonight. follow_up + urgent -> "
        "alert_duty (DESIGN order). Children named in full only in the quoted acknowledgement, no DOBs. Gary "
        "Pennington is an adult. No banned words.",
        not_children=["Gary Pennington", "Carl Ashworth"], teller="housing repairs operative")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2046-01-29 11:41:20"
    comment = ("Sorry, I can't make Wednesday. I visit the house every morning to dress Ted Birchall's leg "
               "(Ellie-Mae's great-grandad, he is bed-bound). This morning Ellie-Mae Birchall (3) let me in on her own. "
               "Her mum Chantelle hasn't been home since Saturday night - Ted says she went off with a new fella and "
               "isn't answering her phone. Ellie-Mae was in the same nappy as yesterday, soaked through and sore, and "
               "there is nothing in the kitchen but half a loaf. Ted can't get out of bed or lift her. I've changed "
               "her and made her toast and I'm still here, but my next patient is at 12.30 and I can't stay with "
               "her after that. Bev Cottrell, District Nurse, 07700 900 418")
    add(f, itip_reply(f, when, "Bev Cottrell", "bev.cottrell@mcn.nhs.example", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step-up TAF meeting - Birchall - EHM-70412", "20460131T100000",
                      "20460131T113000", "Microsoft Teams Meeting", comment=comment),
        "knowsley", "mash_step_up", when, 4,
        "urgent", "meeting_reply", True, None, ["EHM-70412"],
        [ch("Ellie-Mae Birchall")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (DECLINED) from the district nurse who dresses "
        "a bed-bound great-grandfather's leg: a 3-year-old has been left with him since Saturday night, unchanged "
        "and unfed, mum not answering, and the nurse must leave at 12.30. meeting_reply + urgent -> alert_duty. "
        "Case id from the SUMMARY; Ellie-Mae Birchall named in full in the comment, no DOB. Ted Birchall and "
        "Chantelle are adults. No banned words.",
        not_children=["Ted Birchall", "Bev Cottrell"], teller="district nurse visiting a great-grandparent")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2046-03-19 09:58:12"
    body = T("""
Morning MASH,

Step up request for the Heaney family, EHM-72590, relating to non-engagement and school attendance. The step up TAF is on Wednesday 28 March at 13:30 on Teams (Weds as asked) - the invite has gone to the MASH inbox and MASH business support, and I've invited the TAF members.

Kian Heaney, DOB 17/06/2033 - attendance 71%
Millie Heaney, DOB 02/02/2036 - attendance 64%

Attached: the step up form and the Engaging Families toolkit (completed 12/03/2046 - low engagement in five of the seven domains: four missed home visits since January, door not answered on the last three, no attendance at the last two TAFs). The minutes of the TAF on 8 March are still being typed up; I'll send them as soon as I have them.

My TM, Paul Greaves, went through it with me in supervision on 15 March and agreed the step up.

One thing so it doesn't throw anyone: EHM still shows the enforcement agent's report from November 2044 saying Mr Heaney threatened him with a hammer on the doorstep and that it was "a dangerous situation for the children in the house". That was dealt with at the time - Mr Heaney was convicted, has not lived at the address since and has no contact with the children. There is no current concern about violence at home, and the council tax bailiff who called in February recorded that mum was calm and polite. This step up is about the children being out of school and the family shutting us out.

Lorna

Lorna Gilmour
Family First Case Manager | Prescot Team | Knowsley Council
0151 496 0245
""") + KDISC
    form = docx_att("FF Step Up request to CSC - Heaney.docx", appendix1([
        ("Case ID on EHM:", "EHM-72590"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 28/03/2046, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit completed 12/03/2046 (attached)"),
        ("Recent TAF meeting minutes attached:", "To follow (TAF 08/03/2046)"),
        ("What are we worried about?", "Kian 71% and Millie 64% attendance; mum not answering the door or coming "
         "to TAFs; nobody outside the family has seen the children at home since January."),
        ("What is working well?", "Both children are well when they are in school; maternal grandmother is in "
         "touch with them weekly."),
        ("What next?", "Step up for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Paul Greaves, 15/03/2046"),
        ("Contingency plan (Smart and timely).", "Education welfare joint visits weekly; attendance panel."),
    ]))
    toolkit = pdf_att("Engaging Families Toolkit - Heaney.pdf", "Engaging Families Toolkit - Heaney family", [
        "Completed 12/03/2046 by Lorna Gilmour with her team manager",
        "Domains scored low: availability, attendance at meetings, follow-through, openness, use of services",
        "Domains scored medium: relationship with worker, children's views sought",
        "What we have tried: letters, texts, visits at different times, a joint visit with school, the",
        "grandmother as a go-between. What it tells us: the family is avoiding all services."])
    top = outlook_top(f, addr("Gilmour, Lorna", "Lorna.Gilmour@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Heaney - EHM-72590 - non-engagement", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, toolkit], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-72590"],
        [ch("Kian Heaney", "2033-06-17", "17/06/2033"), ch("Millie Heaney", "2036-02-02", "02/02/2036")],
        ["non_engagement", "school_attendance"], None, True, ["taf_minutes"], True, "request_info",
        "NEAR MISS: an enforcement agent's 2044 report ('threatened him with a hammer', 'a dangerous situation for "
        "the children') is historic - the man was convicted and has no contact - and negated ('no current concern "
        "about violence'); the February bailiff found mum calm. Knowsley step-up for non-engagement with the "
        "Engaging Families toolkit attached (so engaging_families is met) and TM agreement, but the TAF minutes "
        "are 'still being typed up' -> missing taf_minutes -> request_info. Notice: from Mon 19 Mar to Wed 28 Mar "
        "is exactly 5 working days (20, 21, 22, 27, 28 - Good Friday and Easter Monday excluded; 7 plain weekdays) "
        "-> notice ok.",
        meeting=date(2046, 3, 28), not_children=["Lorna Gilmour", "Paul Greaves"], teller="enforcement agent, bailiff (historic)")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2046-01-17 08:05:00"
    text = T("""
DOORSTEP MATTERS - January 2046
The Brightwell Energy partner bulletin on vulnerability and what our engineers see

In this issue: three stories from the field, our winter Priority Services Register drive, and a date for your diary.

THREE STORIES FROM THE FIELD
Every story below is a training composite. Names, places and details are invented and none of them describes a real family. They are not referrals and need no action from partner agencies.

1. "The heater with no front." An engineer arriving for a meter exchange finds a toddler alone in a cold flat, asleep beside a gas fire with its cover removed. What should she do? She stays outside with the door in sight, rings our Vulnerability Team, and we ring the police on 999 because a child is in immediate danger.

2. "The note in the meter cupboard." A 12-year-old slips an engineer a note saying her stepdad hurts her mum. We explain how engineers pass this on the same day and why they must never promise to keep a secret.

3. "Nobody has seen the baby." A smart-meter installer notices the same closed nursery door on three visits. We talk through how small observations add up to a risk picture.

PRIORITY SERVICES REGISTER
Households with a child under five can join the PSR for advance notice of supply interruptions. Please encourage families you work with to sign up.

DIARY
Our next partner webinar, "What engineers can and can't see", is on Thursday 22 February at 2pm.

You are receiving this because your organisation is a Brightwell Energy community partner.
Unsubscribe: https://partners.brightwell-energy.example/unsubscribe
Brightwell Energy Ltd, Vulnerability Team, PO Box 7741, Warrington WA1 9ZZ
""")
    html_body = html_of(text, "Verdana")
    top = [("From", addr("Brightwell Energy Partner Bulletin", "bulletin@brightwell-energy.example")),
           ("To", addr("Family First Duty", KFF)),
           ("Subject", "Doorstep Matters - January 2046: what our engineers see"),
           ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mailer.brightwell-energy.example")),
           ("List-Id", "Brightwell partner bulletin <partners.brightwell-energy.example>"),
           ("List-Unsubscribe", "<https://partners.brightwell-energy.example/unsubscribe>"),
           ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, html_body), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an energy company's partner bulletin whose 'stories from the field' (a toddler alone by an "
        "open gas fire, a child's note about her stepdad, an unseen baby) are stated training composites, 'not "
        "referrals' - a bulletin that lists examples must not trigger safety rule 1 (it even says 'immediate "
        "danger' and 'risk'). Not a request -> other -> human_review. No child is named.",
        teller="energy engineers (training composites)")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2046-03-21 09:02:44"
    body = T("""
Thank you for your email.

I'm out on estate inspections and tenancy visits until Friday 23 March with limited access to email. I will reply when I'm back in the office on Tuesday 27 March.

For repairs please ring 0151 496 0650. For anything about a tenant's welfare, please contact my colleague Adam Prior on 0151 496 0651.

Marie Kinsella
Housing Officer | Brookvale Homes
""")
    add(f, ooo(f, when, "Marie Kinsella", "marie.kinsella@brookvalehomes.example", addr("Knowsley MASH", KMASH),
               "Step-up TAF meeting - Heaney [SB-knowsley-405]", body), "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office from a housing officer invited as a TAF member (Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress, 'Automatic reply:' on a stepbot subject) -> auto_reply -> ignore (safety rule 2).",
        not_children=["Marie Kinsella"], teller="housing officer (out of office)")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2046-01-16 10:26:14"
    body = T("""
Dear MASH,

Following a reflective discussion on Friday with Priya Sandhu, the Early Help worker, I agree the plan to step the Castleton family up to Children's Services. The latest case summary is attached.

Children: Noah Castleton (DOB 12/04/2035) and Ruby Castleton (DOB 28/10/2040)
Mosaic ID 2290117

Rationale for step up
The housing association's repairs team have not been able to start the damp works they were booked to do in October, because every room is filled to the ceiling with bags and boxes. Their surveyor's photos, which the housing officer passed to us, show Ruby's bed buried and Ruby sleeping on a mattress in the hallway, and the bathroom unusable. Mum's hoarding has got much worse since her own mother died in the summer and her low mood is now affecting everything; she has accepted a referral to the hoarding support service but the waiting list is six months. Noah's attendance has dropped to 81%. Early Help has worked with the family for nine months and the home is worse, not better.

The children are fed, clean and at school, so this is not something that needs a same-day response, but we think a statutory assessment is now needed.

Kind regards,
Fiona

Fiona Okafor-Reid
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
020 7946 0447
""") + RDISC
    summary = docx_att("Case summary - Castleton - Jan 2046.docx", [
        "# Case summary - Castleton family", "Mosaic ID 2290117. Early Help since April 2045 (lead: Priya Sandhu).",
        "Household: mum; Noah (10); Ruby (5). Father not involved.",
        "April-September 2045: support with grief and low mood, school attendance plan.",
        "October 2045: housing association damp survey; repairs could not start (access).",
        "January 2046: surveyor's photos - Ruby sleeping in the hallway, bathroom unusable.",
        "Current plan: hoarding support referral (waiting list), GP review of mum's mood, attendance plan."])
    top = outlook_top(f, addr("Okafor-Reid, Fiona", "Fiona.Okafor-Reid@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Mosaic ID 2290117 - Castleton", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2290117"],
        [ch("Noah Castleton", "2035-04-12", "12/04/2035"), ch("Ruby Castleton", "2040-10-28", "28/10/2040")],
        ["neglect", "parental_mental_health", "school_attendance"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager ('I agree the plan'): case "
        "summary attached, rationale pasted under its own heading. Told through a housing association's repairs "
        "team and surveyor. 'Mosaic ID 2290117' -> '2290117'. Concerns: hoarded home, a child sleeping in the "
        "hallway -> neglect; mum's low mood -> parental_mental_health; 81% -> school_attendance. Consent not "
        "stated -> null; not required here.",
        not_children=["Priya Sandhu", "Fiona Okafor-Reid"], teller="housing association repairs team / surveyor")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2046-02-07 11:06:40"
    body = T("""
Dear MASH,

Please find the step up request for the Pereira children, which I have discussed with Ines Moreau (Early Help worker) and agree.

Mateus Pereira - DOB 05/06/2040
Lara Pereira - DOB 19/01/2038
Mosaic 2307744

The case summary is attached.

Rationale for step up
Dad has been the children's sole carer since mum went back to Portugal last year. Since Christmas he has relapsed into heroin use. Lara has missed 11 days this half term, and Ines has found the flat cold and without food on two of her last three visits. Dad has an appointment with the drug service next week but has not kept the last two. Early Help cannot hold this any longer and we are asking for a C&F assessment.

I've also attached the gas engineer's job report from this morning, which Ines got from the housing office at 10.30; it adds to the picture.

Regards,
Gareth

Gareth Lomax
Early Help Team Manager (Roehampton & Putney)
Richmond and Wandsworth Councils | 020 7946 0582
""") + RDISC
    summary = docx_att("Case summary - Pereira.docx", [
        "# Case summary - Pereira family", "Mosaic 2307744. Early Help since September 2045 (Ines Moreau).",
        "Household: dad (sole carer); Lara (8); Mateus (5). Mum lives in Portugal, phone contact.",
        "Sept-Dec 2045: routines, school attendance, dad's housing benefit claim.",
        "January 2046: dad's relapse disclosed by a friend; attendance falling; two visits with no food in the flat."])
    report = pdf_att("Job report 884120 - Flat 12 Harrow Court.pdf", "Hartwell Gas Services - engineer job report 884120", [
        "Address: Flat 12, Harrow Court, Roehampton SW15 9ZU (Wandle Homes tenancy)",
        "Job: annual gas safety check. Engineer: L. Baptiste. Date: 07/02/2046. Arrived 08:50, left 09:40.",
        "Access: door opened by a girl, approx 8 (said her name was Lara). No adult came to the door.",
        "Adult male (tenant) found on the sofa in the front room. Did not respond to voice; roused after",
        "several minutes, slurred and unable to stand. Foil and a used syringe on the floor beside the sofa,",
        "within reach of a boy approx 5. Children not in school uniform and had not had breakfast; the girl said",
        "'dad's been asleep since yesterday teatime'.",
        "Appliances: gas escape found at the cooker hose - cooker capped and labelled. Boiler passed.",
        "Children still in the flat with the tenant when the engineer left at 09:40.",
        "Reported to supervisor and to the housing office 09:55."])
    top = outlook_top(f, addr("Lomax, Gareth", "Gareth.Lomax@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Mosaic 2307744 - Pereira children", when)
    add(f, mail(f, top, body, [summary, report], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["2307744"],
        [ch("Mateus Pereira", "2040-06-05", "05/06/2040"), ch("Lara Pereira", "2038-01-19", "19/01/2038")],
        ["neglect", "school_attendance", "substance_misuse"], None, True, [], None, "alert_duty",
        "URGENT IN AN ATTACHMENT: the body is a calm, complete step-up (case summary attached, rationale heading, "
        "TM agreement) that undersells the attached gas engineer's job report from 08:50 today - a father "
        "barely rousable on the sofa, a used syringe within reach of a 5-year-old, the children unfed and still "
        "with him at 09:40, not at school. Safety rule 1 reads every part -> alert_duty; missing [] (R&W step-up "
        "needs only case_summary and rationale). 'Mosaic 2307744' -> '2307744'. No banned words.",
        not_children=["Ines Moreau", "Gareth Lomax"], teller="gas engineer")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2046-03-01 15:14:09"
    body = T("""
Hi Jasper,

As agreed on the phone this afternoon, the step-down case discussion for Poppy Hollis is on Tuesday 6 March at 2pm on Teams. I attach the latest case summary and the draft plan for Early Help.

Child: Poppy Hollis, DOB 30/09/2036, Mosaic 2188450
Consent: mum has consented to Early Help continuing the plan.
Lead professional: Sian Lord, Family Support Worker at Earlsmead Primary, has agreed to take it on.

Something to flag because the case summary is long and the first page is alarming: the case opened last March after a locksmith, called by mum to change her locks after Poppy's father broke in, rang 999 because he saw the father outside with a knife and thought the family were in real danger. That was a year ago. The father was convicted in May 2045, is serving a six-year sentence and has had no contact since; there is a restraining order. The CP plan ended in October and the CIN plan has met its goals. What is left is mum's anxiety (she is with Talking Therapies) and Poppy's counselling at school.

Thanks,
Tom

Tom Adeyinka
Social Worker, Child in Need Team (Wandsworth)
020 7946 0613
""") + RDISC
    cs = pdf_att("Case summary - Hollis - Mosaic 2188450.pdf", "Case summary - Poppy Hollis (Mosaic 2188450)", [
        "March 2045: referral from a locksmith via police - father outside the home with a knife.",
        "March-October 2045: Child Protection plan (physical harm/emotional harm). Father remanded, then convicted.",
        "October 2045: CP plan ended; CIN plan: mum's anxiety, Poppy's counselling, school support.",
        "February 2046: CIN goals met; family agree to Early Help continuing the plan."])
    plan = docx_att("Draft Early Help plan - Hollis.docx", [
        "# Draft Early Help plan - Poppy Hollis",
        "What needs to happen: counselling at school to continue (Sian Lord); mum to keep Talking Therapies "
        "sessions; TAF every six weeks; review in four weeks."])
    top = outlook_top(f, addr("Adeyinka, Tom", "Tom.Adeyinka@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mosaic 2188450 - Hollis - case discussion Tues 6th 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [cs, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["2188450"],
        [ch("Poppy Hollis", "2036-09-30", "30/09/2036")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: a locksmith's 999 call about a father with a knife ('real danger') is a year old - the father "
        "is in prison with a restraining order and no contact, the CP plan ended. Complete R&W step-down (case "
        "summary .pdf, draft plan .docx, consent) -> book_meeting; case discussion 'Tuesday 6 March at 2pm' within "
        "5 days of the contact. Concerns: mum's anxiety only; the past violence is not current.",
        not_children=["Sian Lord", "Tom Adeyinka"], teller="locksmith (historic)")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2046-01-17 09:12:03"
    add(f, itip_reply(f, when, "Priya Sandhu", "Priya.Sandhu@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Castleton - Mosaic 2290117 [SB-richmond_wandsworth-4410]",
                      "20460118T100000", "20460118T110000", "Microsoft Teams Meeting"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2290117"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from the Early Help worker for richmond_wandsworth_01's "
        "step-up case discussion (Thu 18 Jan 10:00) -> record_reply; case id from the SUMMARY ('Mosaic 2290117').",
        teller="-")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2046-01-19 13:14:30"
    text = T("""
Hi i clean the windows on the Alton estate. I was doing the back of Carmody House just now about 1pm on the ladders and through the bedroom window of flat 9 (2nd floor) i saw a man holding a little girl up by her arm and hitting her round the legs with a belt. She was screaming and only had a t shirt on, maybe 5 or 6. When he saw me he pulled the blind down.

I knocked on the front door after and nobody answered but i could hear her crying behind it. I'm still on the estate doing the next block.

I rang 101 and they gave me a reference 4460119/0553 and said to email you too because its a child. I dont know who lives there, i think the girl is called Destiny because i heard a woman shout it from that flat last week.

Dean Coyle
Coyle Window Cleaning
07700 900 271

Sent from my iPhone
""")
    top = plain_top(f, addr("Dean Coyle", "coylewindowcleaning@outlook.example"), addr(None, RSU),
                    "flat 9 carmody house roehampton", when, "outlook.example", "iPhone Mail (22C152)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, PLAIN AND UNPOLISHED (iPhone, format=flowed, QP): a window cleaner on his ladder saw a man hitting "
        "a 5- or 6-year-old girl with a belt ten minutes ago and can still hear her crying behind the door. Safety "
        "rule 1 -> alert_duty. Not a request -> other. 'Destiny' is a first name only -> no labelled child; the "
        "police reference 4460119/0553 is not a case id. No banned words.",
        not_children=["Dean Coyle"], teller="window cleaner")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2046-02-14 16:40:00"
    body = T("""
Hello,

I'm not sure this is the right inbox, so please forward it if not.

I'm writing about Mrs Doreen Ashby, DOB 14/07/1951, of 31 Gatton Road, Tooting, whom our team visits three times a week to dress her leg ulcers. Her son, Keith Ashby (about 55), lives with her. Over the last month we think he has been taking her pension - she has had no food in the house on four visits - and on Monday she had fingertip bruises on both upper arms that she could not explain. She is frightened of him and asked us not to say anything while he is in the house. I would describe this as a serious risk of harm to her, and the danger is growing.

There are no children in the household. Mrs Ashby's two grandchildren are adults and live in Kent, and no children visit.

I realise this is probably an adult safeguarding matter rather than one for children's services; I have also sent it to the adult social care front door this afternoon.

Kind regards,
Hannah Mbeki
District Nurse Team Leader
Wandsworth Community Nursing
020 7946 0735
""")
    top = outlook_top(f, addr("Mbeki, Hannah", "hannah.mbeki@wcn.nhs.example"), addr("Early Help Duty", RED),
                      "Concern about a patient - not sure this is the right inbox", when, mid_domain="wcn.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, AN ADULT ONLY: a district nurse's worry about a 94-year-old patient's son ('serious risk of "
        "harm', 'danger is growing') in a household with no children - 'no children visit'. Safety rule 1 is about "
        "children -> not urgent; misdirected -> other -> human_review. No children, no concerns (the contract's "
        "concern ids describe a child's household).",
        not_children=["Doreen Ashby", "Keith Ashby", "Hannah Mbeki"], teller="district nurse (adult patient)")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2046-03-12 10:03:52"
    body = T("""
Hi,

Just closing the loop on the note in my step-down email about what the carpet fitter told the neighbour - that while he was laying the stair carpet last Wednesday he heard "screaming and a man shouting I'll kill you" from the boys' room.

I visited the same afternoon. It was Jaden's new VR game turned up full blast; mum showed me the game, and the flooring firm's manager has since confirmed the fitter saw the boys playing it when he went up to measure the landing. I saw Jaden Tennant (9) and Kobe Tennant (6) on their own: both relaxed and chatty, no marks, and there is no adult male in the household. The neighbour was reassured when I spoke to her.

Nothing further from me - the step-down stands as sent and the case discussion on Wednesday 14th at 10 is still on.

Chloe

Chloe Barnard
Social Worker, Child in Need Team (Richmond)
020 7946 0288
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "Friday, 9 March 2046 11:20",
              "Barnard, Chloe <Chloe.Barnard@richmondandwandsworth.gov.uk>",
              "Step-down received [SB-richmond_wandsworth-4522] - Mosaic 2241908",
              ack("step-down", "SB-richmond_wandsworth-4522", [
                  "Case: Mosaic 2241908",
                  "Case discussion: Wednesday 14 March 2046, 10:00, Microsoft Teams"])) + RDISC
    top = outlook_top(f, addr("Barnard, Chloe", "Chloe.Barnard@" + RDOM), addr("Early Help Duty", RED),
                      "RE: Step-down received [SB-richmond_wandsworth-4522] - Mosaic 2241908", when,
                      reply_to_mid=msgid(f + "ack", "stepbot." + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["2241908"],
        [ch("Jaden Tennant"), ch("Kobe Tennant")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS, RESOLVED: a carpet fitter heard 'screaming and a man shouting I'll kill you' - checked the same "
        "day: a VR game, the boys seen alone, no marks, no adult male at home. A reply to "
        "[SB-richmond_wandsworth-4522] -> follow_up -> attach_to_request. Children named in full without DOBs; "
        "'Mosaic 2241908' -> '2241908'; concerns [] (the only worry was ruled out).",
        not_children=["Chloe Barnard"], teller="carpet fitter (checked, ruled out)")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2046-03-05 11:30:22"
    html_body = (WORD_HEAD % {"font": "Calibri"}
        + "<p class=MsoNormal>Hi Early Help duty,<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + "<p class=MsoNormal>Following my call with the duty team manager this morning, we agreed the step-down "
          "case discussion for <b>Friday 9 March at 10:00</b> (Teams). The case summary is attached; the draft plan "
          "will follow by Wednesday &#8211; I&#8217;m finishing it with the family.<o:p></o:p></p>\n"
          "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
        + "".join("<tr><td width=160 valign=top style='border:solid windowtext 1.0pt;background:#DEEAF6;padding:0cm 5.4pt'>"
                  "<p class=MsoNormal><b>%s</b><o:p></o:p></p></td><td width=380 valign=top style='border:solid "
                  "windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>\n" % (k, v)
                  for k, v in [("Child", "Thandi Dlamini"), ("Date of birth", "04/02/2033"),
                               ("Mosaic ID", "2219075"),
                               ("Consent", "Mum has given consent for Early Help to continue the plan"),
                               ("Lead professional", "Gemma Price, Young Carers Worker, Wandsworth Carers&#8217; "
                                "Centre (agreed in principle)")])
        + "</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + "<p class=MsoNormal>Background: mum (Nomsa) has MS and the district nurse visits every morning. The nurse "
          "told me at the CIN review that Thandi does most of mum&#8217;s personal care before school and again at "
          "night, and school say she is tired and withdrawn in lessons. Thandi is a young carer; the CIN plan is "
          "ending because the adult care package is finally in place, and what she needs now is young carers&#8217; "
          "support and a break.<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + "<p class=MsoNormal>Thanks,<o:p></o:p></p>\n<p class=MsoNormal>Abena Owusu<br>Social Worker, Child in Need "
          "Team (Battersea)<br>020 7946 0391<o:p></o:p></p>\n</div>\n</body>\n</html>\n")
    summary = docx_att("Case summary - Dlamini - March 2046.docx", [
        "# Case summary - Thandi Dlamini (Mosaic 2219075)",
        "CIN since July 2045: young carer for mum (MS). Adult care package agreed February 2046.",
        "School: tired, withdrawn; attendance 95%. Thandi's views: 'I want mum to be OK and I want a break'."])
    top = outlook_top(f, addr("Owusu, Abena", "Abena.Owusu@" + RDOM), addr("Early Help Duty", RED),
                      "Step-down - Mosaic 2219075 - Dlamini", when)
    root = multipart("mixed", [text_part(html_body, "html", crlf=True), summary], bnd(f, 1))
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2219075"],
        [ch("Thandi Dlamini", "2033-02-04", "04/02/2033")], ["young_carer"], True, None, ["draft_plan"], None,
        "request_info",
        "HTML-only Outlook step-down (Word HTML, the child's details in a table) from a social worker relaying the "
        "district nurse's account: a 13-year-old young carer. Case summary attached, consent given, but the draft "
        "plan 'will follow by Wednesday' -> missing draft_plan -> request_info. 'Mosaic ID' table cell -> "
        "'2219075'. Attendance 95% -> no school_attendance concern.",
        not_children=["Gemma Price", "Abena Owusu"], teller="district nurse visiting a parent")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2046-01-23 12:21:48"
    text = T("""
To the MAST team,

Welfare referral NLE-VUL-118732
Address: Flat 31, 3rd floor, Bartlett House, Bow, E3 9ZR
Account holder: Ms R. Kowalczyk

Our smart meter installer, Kamal Hussain, attended at 08:35 today for a booked prepayment meter exchange. The meter had been on zero credit and self-disconnected since Friday evening, so the flat has had no electricity for three and a half days; overnight temperatures in London have been below freezing since Saturday.

A boy of about five opened the door. In the front room were a girl of about three and a baby the boy said was "four months". The baby was in a car seat on the floor wrapped in an adult's coat, very quiet, and her hands were cold to the touch. The bottle beside her had curdled milk in it. There was no food in the kitchen and the fridge was off. The installer found the mother in bed in the back room; she would not get up or speak to him and turned to the wall.

The installer completed the exchange and added £49 of friendly credit, so the electricity is back on, but the storage heaters had not warmed the flat when he left at 10:05. The children were still there with their mother. The boy asked him whether he would come back tomorrow. Our field team do not make return visits.

We have no other contact details for the family.

Olu Bankole
Vulnerability Case Lead, Customer Vulnerability Team
Northlight Energy | 020 7946 0512
""")
    html_body = (LAYOUT_HEAD + '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">\n'
                 + '<p style="color:#00507A;font-size:12pt"><b>Northlight Energy &ndash; Customer Vulnerability Team</b></p>\n'
                 + "".join("<p>%s</p>\n" % "<br>".join(esc(l) for l in para.split("\n"))
                           for para in text.strip("\n").split("\n\n"))
                 + '</div>\n</body></html>\n')
    top = outlook_top(f, addr("Northlight Energy - Customer Vulnerability Team", "vulnerability@northlight-energy.example"),
                      addr("MAST", TMAST), "Welfare referral NLE-VUL-118732 - 3rd floor, Bartlett House, Bow", when,
                      mid_domain="northlight-energy.example")
    add(f, alt_mail(f, top, text, html_body), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, CLINICAL CORPORATE VOICE (multipart/alternative, hand-written HTML): a smart-meter installer "
        "found three children under six in a flat without power for three days in freezing weather - a "
        "4-month-old cold to the touch with curdled milk, no food, the mother in bed and unresponsive - and left "
        "them there at 10:05 today. Safety rule 1 -> alert_duty. No child is named (ages only); the NLE reference "
        "is not a case id. 'friendly credit' avoids the banned word; no banned words.",
        not_children=["Kamal Hussain", "Olu Bankole"], teller="smart meter installer")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2046-02-01 10:44:05"
    body = T("""
Dear MAST,

Step up request: Rafi Rahman (DOB 14/03/2034) and Amira Rahman (DOB 09/09/2039), Mosaic 3410092.

Yesterday afternoon the housing officer, Leon Grant, went to the flat with the gas contractor for an access visit. As he was leaving, Rafi (11) followed him to the lift and pushed a folded note into his hand. Mr Grant brought it to the hub first thing this morning. It says, word for word:

"please help us. he hit mum again last night and he put his hand on my neck and said if i tell anyone he will do me and Amira properly tonight. dont tell him i gave this"

"He" is mum's partner, Jason Whitlow, who lives there. Mum has told me twice this month that everything is fine, and on my home visit last week Mr Whitlow stayed in the room throughout. Rafi and Amira are both at Cayley Primary today until 3.15 and go home to the flat after school.

I've discussed this with my manager, Aidan Pryce, who agrees it needs to step up to MAST (he is copied in). The Multi-Agency Request for Support form is attached, with a photo of the note.

Shahana Begum
Family Support Practitioner, Targeted Early Help (Stepney)
London Borough of Tower Hamlets | 020 7946 0160
""") + TDISC
    marf = pdf_att("Multi-Agency Request for Support - Rahman.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Rafi Rahman 14/03/2034; Amira Rahman 09/09/2039. Mosaic 3410092.",
        "Address: 14 Jamestown Court, Stepney E1 9ZQ. Mother: Nazma Rahman. Mother's partner: Jason Whitlow.",
        "Referrer: Shahana Begum, Targeted Early Help. Manager: Aidan Pryce (agreed).",
        "Reason: note from Rafi (11) given to the housing officer on 31/01/2046 - partner hit mother, hand on",
        "Rafi's neck, threat to the children 'tonight'. Children at school until 15:15 today.",
        "Parents aware of this request: No - not told, to avoid alerting Mr Whitlow."])
    top = outlook_top(f, addr("Begum, Shahana", "Shahana.Begum@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Mosaic 3410092 - Rahman", when, cc=addr("Pryce, Aidan", "Aidan.Pryce@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["3410092"],
        [ch("Rafi Rahman", "2034-03-14", "14/03/2034"), ch("Amira Rahman", "2039-09-09", "09/09/2039")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT IN A CHILD'S OWN WORDS: an 11-year-old's note handed to a housing officer at the lift - mum hit "
        "last night, a hand on his neck, a threat to him and his sister 'tonight' - and both go home to the man at "
        "3.15. A complete MAST step-up otherwise (MARF attached, manager agreed and copied) -> missing [] -> "
        "alert_duty. Parents not told -> consent null (not required for a TH step-up). No banned words.",
        not_children=["Leon Grant", "Jason Whitlow", "Aidan Pryce", "Shahana Begum", "Nazma Rahman"],
        teller="housing officer (with the gas contractor)")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2046-03-14 11:49:33"
    body = T("""
Good morning,

Apologies if this is the wrong inbox - it was the one on your website for families, and I couldn't find a better one.

I'm the compliance manager for Sterling Enforcement. Two of our enforcement agents attended 5 Wickham Mews, Wapping, E1W 9ZD at 09:20 today to carry out a High Court writ of possession. They withdrew at 09:45 and the eviction has been postponed.

I have watched the body-worn camera footage. The occupier, Mr Dean Foulkes, opened the door holding a kitchen knife. Behind him in the hallway were two young children - a girl of perhaps seven and a boy of about three - both crying. He said: "Nobody is taking my kids out of this house. I'll take them with me first. I mean it." He then shut the door.

Our agents reported this to the police at 09:50 (ref CAD 3318/14MAR), but as of 11:30 we understand nobody has been able to attend yet. The landlord tells us the children's mother moved out in January.

It may be that he was simply very upset and it is nothing, and I don't want to overstate it, but our agents were shaken and I felt the council's children's team should know today rather than read it in our monthly return.

Kind regards,

Petra Lindqvist
Compliance Manager
Sterling Enforcement Ltd | 020 7946 0855
""")
    top = outlook_top(f, addr("Lindqvist, Petra", "compliance@sterling-enforcement.example"), addr("Early Help Hub", TEH),
                      "Attendance at 5 Wickham Mews E1W this morning - not sure if this is for you", when,
                      mid_domain="sterling-enforcement.example")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 6,
        "urgent", "other", True, None, [], [], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, HEDGED ('it may be ... nothing', 'I don't want to overstate it') AND MISDIRECTED to the Early Help "
        "hub: a father holding a kitchen knife at the door with a 7- and a 3-year-old behind him said 'I'll take "
        "them with me first. I mean it' two and a half hours ago, and police have not yet attended. Safety rule 1 "
        "applies whichever inbox it reaches -> alert_duty. No child named; the CAD reference is not a case id. No "
        "banned words.",
        not_children=["Dean Foulkes", "Petra Lindqvist"], teller="enforcement agents (High Court writ)")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2046-01-25 14:02:11"
    body = T("""
Dear Early Help Hub,

The Child and Family Assessment for Ayesha Khanom (DOB 17/07/2041), Mosaic 3388216, concluded on 22/01/2046 with a recommendation to step down to a Team Around the Family. The assessment and the draft TAF plan are attached.

Consent: mum, Ruksana Khanom, has consented to the step down and to the TAF.
Lead Practitioner: Jannat Hoque, Family Support Worker, Harford Street Children's Centre, agreed at the CIN review.
I will arrange and chair the TAF on Tuesday 30 January at 10:00 at the children's centre.

Why it looks worse on Mosaic than it is: the referral came from a locksmith in September. He was called because Ayesha, then 4, had locked herself in the bathroom while mum popped to the corner shop, and his referral says the child was "alone and in immediate danger". Mum was back within ten minutes of his arrival. The assessment found it was a one-off: mum now has a childminder for the school run, there have been no further incidents, and there are no safeguarding concerns. What remains is Ayesha's speech and language delay (SALT referral made, EHC needs assessment requested by the nursery) and the family's overcrowding - the housing officer has them on the priority transfer list.

Kind regards,
Nasreen Ali
Social Worker, Children and Families Assessment Team
London Borough of Tower Hamlets | 020 7946 0284
""") + TDISC
    cfa = pdf_att("C&F Assessment - Ayesha Khanom - Mosaic 3388216.pdf", "Child and Family Assessment - Ayesha Khanom", [
        "Mosaic 3388216. Started 06/11/2045, concluded 22/01/2046. Social worker: Nasreen Ali.",
        "Reason for referral: locksmith's report (September 2045) - child alone, locked in a bathroom.",
        "Findings: a single incident; mother's care is good; home clean; child well attached.",
        "Needs: speech and language delay; overcrowding (one-bedroom flat).",
        "Outcome: step down to a TAF with a Lead Practitioner (Harford Street Children's Centre)."])
    plan = docx_att("Draft TAF plan - Khanom.docx", [
        "# Draft TAF plan - Ayesha Khanom",
        "SALT: referral made 15/01/2046; nursery to support the EHC needs assessment.",
        "Housing: priority transfer (housing officer). Childminder in place for the school run.",
        "Review: TAF every six weeks, chaired by the Lead Practitioner."])
    top = outlook_top(f, addr("Ali, Nasreen", "Nasreen.Ali@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Mosaic 3388216 - Ayesha Khanom", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3388216"],
        [ch("Ayesha Khanom", "2041-07-17", "17/07/2041")], ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS: the locksmith's referral ('alone and in immediate danger') is September's single incident, "
        "found to be a one-off; 'no safeguarding concerns'. Complete Tower Hamlets step-down: C&F assessment "
        "(.pdf), draft TAF plan (.docx), consent, a Lead Practitioner with her agency -> book_meeting. Concerns: "
        "speech and language delay with an EHC needs assessment -> disability_send; overcrowding is no concern id.",
        not_children=["Ruksana Khanom", "Jannat Hoque", "Nasreen Ali"], teller="locksmith (historic)")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2046-02-26 09:31:27"
    body = T("""
Dear MAST colleagues,

We hold a quarterly toolbox talk for our 140 repairs operatives, all of whom work inside tenants' homes in Tower Hamlets. Our next one is on Tuesday 20 March, 7.30-9am, at our Poplar depot.

Would someone from MAST be willing to come and talk the operatives through the scenarios in the attached pack, and tell them exactly who to ring and when? The pack was written by our HR team from the London procedures.

To be clear, every scenario is invented for training and none relates to a real family or address.

Many thanks,
Grace Oyelowo
Learning & Development Manager
Eastway Property Services | 020 7946 0920
""")
    pack = pdf_att("Toolbox talk - what operatives see - scenarios.pdf", "Toolbox talk: what you see in people's homes (TRAINING SCENARIOS - FICTIONAL)", [
        "All scenarios are fictional and for training only.",
        "Scenario 1: You are fixing a leak and a child of six shows you a black eye and says 'dad did it'. Dad is",
        "due home soon. Is this immediate danger? Who do you call, and what do you say to the child?",
        "Scenario 2: You are let in by a 10-year-old. A baby is asleep upstairs and no adult is home. What now?",
        "Scenario 3: A teenager you don't recognise is sleeping in the boiler cupboard of a flat where several",
        "adult men come and go. Could this be exploitation? Which risks do you write in your job notes?",
        "Scenario 4: A tenant tells you her partner will 'kill her and the kids' if she leaves. (Domestic abuse.)",
        "Key message: if a child is at risk of harm right now, ring 999; otherwise ring MAST the same day."])
    top = outlook_top(f, addr("Oyelowo, Grace", "grace.oyelowo@eastway-ps.example"), addr("MAST", TMAST),
                      "Request: MAST speaker for operatives' safeguarding toolbox talk (scenarios attached)", when,
                      mid_domain="eastway-ps.example")
    add(f, mail(f, top, body, [pack], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A TRAINING PACK: a repairs contractor asks MAST for a speaker; the attached scenarios (a black "
        "eye 'dad did it', a baby alone, a teenager in a boiler cupboard, a threat to 'kill her and the kids') are "
        "stated to be fictional, with 'immediate danger' and 'at risk' in them. No real child -> not urgent -> "
        "other -> human_review.",
        not_children=["Grace Oyelowo"], teller="repairs operatives (training scenarios)")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2046-03-08 15:27:40"
    body = T("""
Hello MAST,

I'd like to step up the Sultana family, Mosaic 3402157.

Children:
Tahmina Sultana, DOB 21/11/2031 (14)
Arif Sultana, DOB 03/03/2037 (9)

The district nurse who visits the children's nani (grandmother), who lives with them and has been bed-bound since a stroke in the autumn, told me at Tuesday's TAF that Tahmina does all of nani's personal care morning and night and gives her insulin; the nurse has found her doing it at 7am and at 10pm. Tahmina's attendance is down to 68% and she told me she is "too tired to think". Dad works nights and mum has severe depression and rarely leaves her bedroom. The adult social care assessment for nani is five months overdue and Early Help cannot get a package of care in place. This is now harming Tahmina's education and health.

My manager, Declan Mooney, has agreed that I should step this up to MAST. I will send the completed Request for Support form tomorrow - I'm still waiting for the school's section.

Thanks,
Kelechi Eze
Early Help Practitioner, Targeted Early Help (Bow & Mile End)
London Borough of Tower Hamlets | 020 7946 0171
""") + TDISC
    top = outlook_top(f, addr("Eze, Kelechi", "Kelechi.Eze@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Mosaic 3402157 - Sultana", when)
    add(f, build(top, text_part(body, cte="base64", crlf=True), True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3402157"],
        [ch("Tahmina Sultana", "2031-11-21", "21/11/2031"), ch("Arif Sultana", "2037-03-03", "03/03/2037")],
        ["parental_mental_health", "school_attendance", "young_carer"], None, True, ["request_for_support"], None,
        "request_info",
        "Single base64 text/plain part (CRLF). MAST step-up from an Early Help practitioner, told through the "
        "district nurse who visits the bed-bound grandmother: a 14-year-old young carer giving insulin, 68% "
        "attendance, mum's severe depression. Manager 'has agreed' -> true; the Request for Support form comes "
        "'tomorrow' -> missing request_for_support -> request_info.",
        not_children=["Declan Mooney", "Kelechi Eze"], teller="district nurse visiting a grandparent")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2046-01-26 09:05:14"
    add(f, itip_reply(f, when, "Jannat Hoque", "jannat.hoque@harfordstreetcc.example", ("Early Help Hub", TEH),
                      "TENTATIVE", "TAF meeting - Khanom - Mosaic 3388216", "20460130T100000", "20460130T113000",
                      "Harford Street Children's Centre",
                      comment="I should be able to make it - the boiler engineer is due at the centre that morning, "
                              "so I'll confirm by Monday."),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3388216"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE with a harmless COMMENT (a boiler engineer at the children's centre) "
        "from the Lead Practitioner for tower_hamlets_04's TAF -> record_reply; case id from the SUMMARY; the "
        "SUMMARY carries the surname only, so no labelled child.",
        not_children=["Jannat Hoque"], teller="-")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2046-02-20 12:16:08"
    rows = [("Children", "Kezia Oduya and Kemi Oduya (twins)"), ("Date of birth", "11.05.2042"),
            ("Mosaic", "3395540"), ("Consent", "Mum (Grace Oduya) signed the consent to step down on 16/02/2046"),
            ("Lead Practitioner", "Rumana Chowdhury, Tenancy Sustainment Officer, Limehouse Homes"),
            ("C&amp;F Assessment", "Will follow on Friday once my manager has signed it off"),
            ("Draft TAF plan", "Attached")]
    html_body = (LAYOUT_HEAD
        + "<p>Hello Early Help Hub,</p>\n<p>Please find the step down for the Oduya twins below. The family moved "
          "from the Bow hostel into a permanent Limehouse Homes flat in January, and the tenancy sustainment officer "
          "who helped them move, and who visits weekly, has agreed to be Lead Practitioner.</p>\n"
        + '<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">\n'
        + "".join('<tr><td style="background:#E7E6E6"><b>%s</b></td><td>%s</td></tr>\n' % (k, v) for k, v in rows)
        + "</table>\n<p>What remains: mum's depression (treated by her GP and improving, but she still needs "
          "support) and settling the twins into nursery. I'll arrange and chair the TAF in early March.</p>\n"
          "<p>Mehmet Yilmaz<br>Social Worker, Children and Families Assessment Team<br>020 7946 0305</p>\n"
          "</body></html>\n")
    plan = docx_att("Draft TAF plan - Oduya.docx", [
        "# Draft TAF plan - Kezia and Kemi Oduya",
        "Lead Practitioner: Rumana Chowdhury (Limehouse Homes).",
        "Mum: GP review monthly; perinatal/adult mental health follow-up; Family Hub parenting group.",
        "Twins: nursery place from 04/03/2046; health visitor review."])
    top = outlook_top(f, addr("Yilmaz, Mehmet", "Mehmet.Yilmaz@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Mosaic 3395540 - Oduya twins", when)
    root = multipart("mixed", [text_part(html_body, "html", crlf=True), plan], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3395540"],
        [ch("Kezia Oduya", "2042-05-11", "11.05.2042"), ch("Kemi Oduya", "2042-05-11", "11.05.2042")],
        ["parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "HTML-only step-down (an HTML table, one DOB row for twins, dd.mm.yyyy): the housing association's tenancy "
        "sustainment officer is the named Lead Practitioner with her agency; consent signed; draft TAF plan "
        "attached; the C&F assessment 'will follow on Friday' -> missing assessment -> request_info.",
        not_children=["Grace Oduya", "Rumana Chowdhury", "Mehmet Yilmaz"], teller="housing association tenancy officer")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2046-01-09 11:18:50"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Pengelly family (LCS-5531207), stepping down from SAT to a level 3 Early Help plan.

Oscar Pengelly - DOB 13 February 2039
Bella Pengelly - DOB 29 June 2043 (she's 2, so I think this needs the under-5s triage)

The Single Assessment is attached, with my analysis and the rationale for the step down. My Team Manager, Gwen Carne, has recorded her manager's analysis confirming the threshold is met for level 3 - it's on the last page. Mum and dad have both consented to a level 3 Early Help plan.

Background: the referral came in November from the housing association's damp and mould surveyor, who found black mould across Bella's bedroom wall and both children with chesty coughs. The landlord has since done the works, the family have moved rooms, and the Single Assessment found the parents caring well but stretched by money worries and Oscar's ADHD (he is waiting for an EHC needs assessment).

Thanks,
Jess

Jess Tregunna
Social Worker, Single Assessment Team | Torbay Council
01632 960418
""") + BDISC
    sa = pdf_att("Single Assessment - Pengelly - LCS-5531207.pdf", "Single Assessment - Pengelly family (LCS-5531207)", [
        "Children: Oscar Pengelly (6), Bella Pengelly (2). Parents: Lee and Carly Pengelly.",
        "Referral: 14/11/2045, housing association damp and mould surveyor (Riviera Homes).",
        "Social worker's analysis: parents' care is good; the home now dry and warm after works; needs are money",
        "advice, Oscar's ADHD and SEND support, and a health visitor review for Bella's chest.",
        "Rationale for step down: no further statutory role; high level of need for a level 3 co-ordinated response.",
        "Manager's analysis (Gwen Carne, Team Manager, 05/01/2046): I agree - threshold met for level 3 intervention."])
    top = outlook_top(f, addr("Tregunna, Jess", "Jess.Tregunna@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - LCS-5531207 - Pengelly", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-5531207"],
        [ch("Oscar Pengelly", "2039-02-13", "13 February 2039"), ch("Bella Pengelly", "2043-06-29", "29 June 2043")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from SAT (Single Assessment .pdf with the TM's analysis confirming level 3, "
        "both parents' consent) -> book_meeting; level 3 stated; Bella is 2 so the fortnightly under-5s triage "
        "applies. DOBs written '13 February 2039'. The damp and mould surveyor's finding is November's and fixed; "
        "Oscar's ADHD awaiting an EHC needs assessment -> disability_send.",
        not_children=["Gwen Carne", "Jess Tregunna"], teller="damp and mould surveyor (historic)")

def torbay_02():
    f = "torbay_02.eml"; when = "2046-03-09 14:12:26"
    body = T("""
Dear MASH,

I am the lead practitioner for the Yeo family, EHM-829104:
Lily Yeo, DOB 02/08/2040
Finn Yeo, DOB 15/01/2043

My ATM, Silas Penrose, and I have discussed the information below and we agree it needs considering for level 4.

At 11:50 today the district nurse who visits the children's grandfather, Mr Roy Yeo (he lives with the family since his stroke), phoned me. She read me this from her visit notes:

"11:05. Patient states daughter's partner (Kyle Brimble) 'takes the little one in the bathroom and locks it, every time he has him'. Finn (3) present in the room. When asked about bath time Finn said 'I don't like Kyle's tickle game, it hurts my bottom'. Finn moved away and hid behind the chair when Mr Brimble came into the room. Mother at work."

Mr Brimble looks after both children on Friday evenings while mum works the late shift at the Headland Hotel - that is tonight, from 5pm until about midnight.

I have not spoken to mum yet. Given what has been said I did not want to say anything that could reach Mr Brimble before MASH has advised.

Becky Hosking
Family Practitioner (Lead Professional), Torbay Early Help - Paignton
01632 960377 | 07700 900 640
""") + BDISC
    top = plain_top(f, addr("Hosking, Becky", "Becky.Hosking@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - EHM-829104 - Yeo - information from district nurse", when, BDOM,
                    "Microsoft Outlook 16.0", cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-829104"],
        [ch("Lily Yeo", "2040-08-02", "02/08/2040"), ch("Finn Yeo", "2043-01-15", "15/01/2043")],
        ["sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT, CLINICAL: the lead professional's contact to MASH quotes the district nurse's visit notes "
        "verbatim - the grandfather says mum's partner locks himself in the bathroom with the 3-year-old, and the "
        "child says 'it hurts my bottom' - and that man has both children tonight from 5pm. A Torbay step-up with "
        "the ATM's agreement ('we agree it needs considering for level 4'); mum not yet spoken to -> consent null "
        "-> missing consent; urgent -> alert_duty. No banned words.",
        not_children=["Roy Yeo", "Kyle Brimble", "Becky Hosking", "Silas Penrose"],
        teller="district nurse visiting a grandparent")

def torbay_03():
    f = "torbay_03.eml"; when = "2046-02-13 10:37:15"
    body = T("""
Hello MASH,

Contact for the Luscombe children, EHM-826633:
Harvey Luscombe - DOB 08/10/2034
Evie Luscombe - DOB 25/12/2037

Mum has given her consent to this contact to MASH. My ATM, Tamsin Verity, agrees it needs considering for level 4 (her email is below).

Concerns: the home has gone downhill over the last three months despite the level 3 plan - no working cooker, dog mess in the kitchen, the children's mattresses soaked and smelling. Harvey's attendance is 79% and school say Evie comes in hungry.

So nobody is thrown by it: LCS has a 2043 note from an enforcement agent saying dad "went for" him with a bat on the doorstep and that it was "dangerous for the kids in there". That was before dad moved out. MASH screened it at the time (NFA); dad now lives in Exeter and sees the children at his mother's on alternate Saturdays with no concerns raised. The bailiff who called in January about council tax arrears recorded no issues at all.

Mark

Mark Chudleigh
Family Practitioner, Torbay Early Help - Torquay
01632 960352
""") + quote("Verity, Tamsin <tamsin.verity@torbay.gov.uk>", "Monday, 12 February 2046 16:48",
              "Chudleigh, Mark <Mark.Chudleigh@torbay.gov.uk>", "RE: Luscombe - contact to MASH?",
              "Mark - I've read the update and I agree this needs considering for level 4. Please send the contact "
              "to MASH in the morning.\n\nTamsin\n") + BDISC
    top = plain_top(f, addr("Chudleigh, Mark", "Mark.Chudleigh@" + BDOM), addr("MASH", BMASH),
                    "Step up contact - EHM-826633 - Luscombe", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-826633"],
        [ch("Harvey Luscombe", "2034-10-08", "08/10/2034"), ch("Evie Luscombe", "2037-12-25", "25/12/2037")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS: an enforcement agent's 2043 note (dad 'went for' him with a bat, 'dangerous for the kids') is "
        "historic and screened NFA; dad has moved away; the January bailiff 'recorded no issues'. A complete Torbay "
        "step-up: consent to the contact, the ATM's agreement in the quoted mail -> book_meeting. Concerns: home "
        "conditions and hunger -> neglect; 79% -> school_attendance.",
        not_children=["Tamsin Verity", "Mark Chudleigh"], teller="enforcement agent, bailiff (historic)")

def torbay_04():
    f = "torbay_04.eml"; when = "2046-01-27 22:38:09"
    text = T("""
Hi, I'm a locksmith in Torquay. Tonight at about half 8 I was called to 14 Old Mill Road, Chelston by a man who said he was the landlord and wanted a new lock on a back bedroom door, the sort you can only open from the outside.

When I went up there was a girl in the room, I'd say 14 or 15, sitting on a mattress on the floor with a bucket in the corner. She didn't speak much English. When the man went back downstairs she whispered "I not allowed out, I owe money, please" and held up her phone with 4000 typed on it. There were two other men downstairs and nobody else in the house that I saw.

I told him I didn't have the right lock with me and left. He's expecting me back tomorrow morning at 9 with it. His van is a white Transit with a ladder rack.

I rang 101 when I got home and they took the details. I didn't know who else to tell so I found this address on the council website. I can't stop thinking about her.

Rob Pascoe
Pascoe Locks, Torquay
07700 900 733
""")
    top = [("From", addr("Rob Pascoe", "pascoelocks@mail.example")), ("To", addr(None, BMASH)),
           ("Subject", "Girl in house at Old Mill Road Chelston - locksmith"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.example"))]
    add(f, gmail_mail(f, top, text, div_html(text)), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [], ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (Saturday 27 January, 22:38 - a non-working day, justified: NON_WORKING_OK): a "
        "locksmith asked to fit an outside-only lock on a bedroom found a girl of 14-15 on a mattress with a "
        "bucket, who whispered she is not allowed out and 'owes' 4000; he is due back at 9am. Safety rule 1 at a "
        "weekend -> the out-of-hours service -> alert_duty. Trafficking / debt bondage -> exploitation. No child "
        "named. No banned words ('101', not the banned word for 999).",
        not_children=["Rob Pascoe"], teller="locksmith")

def torbay_05():
    f = "torbay_05.eml"; when = "2046-02-28 13:05:41"
    body = T("""
Dear Early Help team,

For your information only - no action is being requested.

On Monday our technician attended 3 Berry View, Brixham, for a rat treatment and filed an internal welfare note because there were droppings in the children's bedroom and a hole through the skirting board. As safeguarding lead I followed it up.

The housing association confirmed this is a landlord defect: the rats are coming from the empty flat next door, which has been void since November, and their contractor is sealing the party wall this week. The family's Early Help worker, Kerensa Bray, visited with me yesterday. The home is clean and well kept. The children, Tegan Pascoe (7) and Cody Pascoe (4), are staying with their nan in Paignton until the works finish on Friday, and mum is coping well. Kerensa says there are no concerns about the children's care and asked me to send this to the Early Help inbox for the record.

Kind regards,
Julie Hambly
Safeguarding Lead
Kestrel Pest Solutions (South Devon) | 01632 960745
""")
    top = outlook_top(f, addr("Hambly, Julie", "safeguarding@kestrelpest.example"), addr("Early Help", BEH),
                      "For information - technician welfare note, 3 Berry View, Brixham - already handled", when,
                      mid_domain="kestrelpest.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [ch("Tegan Pascoe"), ch("Cody Pascoe")], [], None, None, [], None,
        "human_review",
        "NEAR MISS, ALREADY HANDLED: a pest control technician's welfare note (rat droppings in the children's "
        "bedroom) followed up by the company's safeguarding lead - a landlord defect, the Early Help worker has "
        "visited, the home is clean, the children are at their nan's, 'no concerns about the children's care', "
        "'for your information only'. Not a request -> other -> human_review. Children named in full, ages "
        "only; concerns [] (the cause is the void flat next door, not care).",
        not_children=["Kerensa Bray", "Julie Hambly"], teller="pest control technician")

def torbay_06():
    f = "torbay_06.eml"; when = "2046-01-15 09:44:10"
    body = T("""
Morning,

Attached is my Team Manager's analysis (page 9 of the Single Assessment), which your acknowledgement said was missing - Sam Rowe confirms the threshold for level 3 is met. Mum confirmed her consent again when I visited on Friday.

Thanks,
Ollie

Ollie Widdicombe
Social Worker, Single Assessment Team | Torbay Council
01632 960429
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "Thursday, 11 January 2046 15:12",
              "Widdicombe, Ollie <Ollie.Widdicombe@torbay.gov.uk>", "Step-down received [SB-torbay-3391] - LCS-5529018",
              ack("step-down", "SB-torbay-3391", ["Case: LCS-5529018", "Child: Ruby-Jo Widger"],
                  ["your team manager's analysis confirming the threshold for level 3"])) + BDISC
    tm = pdf_att("Manager's analysis - Widger - LCS-5529018.pdf", "Single Assessment - page 9: Manager's analysis", [
        "Child: Ruby-Jo Widger. LCS-5529018.",
        "Manager's analysis (Sam Rowe, Team Manager, 12/01/2046): I have read the assessment and agree with the",
        "social worker's analysis. Threshold met for level 3 intervention; step down to Early Help agreed."])
    top = outlook_top(f, addr("Widdicombe, Ollie", "Ollie.Widdicombe@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down received [SB-torbay-3391] - LCS-5529018", when,
                      reply_to_mid=msgid(f + "ack", "stepbot." + BDOM))
    add(f, mail(f, top, body, [tm]), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-5529018"], [ch("Ruby-Jo Widger")], [], True, True, [], None,
        "attach_to_request",
        "Reply to [SB-torbay-3391] bringing the TM's analysis (a .pdf: 'threshold met for level 3 ... agreed') and "
        "restating consent -> follow_up -> attach_to_request; consent true and manager true as stated; the quoted "
        "acknowledgement's 'What is missing:' is no concern; child named in the quoted acknowledgement without "
        "a DOB.",
        not_children=["Sam Rowe", "Ollie Widdicombe"], teller="-")

def torbay_07():
    f = "torbay_07.eml"; when = "2046-03-15 16:02:33"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Charlie Hext (DOB 04/04/2036), LCS-5540911. We are ending the CIN plan because its outcomes have been achieved, but Charlie still has a high level of need that calls for a level 3 co-ordinated response. The Single Assessment and CIN closure summary are attached, and my TM, Sam Rowe, agrees with the step down (his analysis is on the last page).

The family moved last Thursday from the flat above the chip shop into a Riviera Homes house in Paignton - the housing officer sorted the tenancy and the Family Hub paid for a removal firm. Charlie starts at his new school on Monday.

Consent: I'll ask mum about level 3 Early Help at my visit on Monday - she has been overwhelmed with the move and I didn't want to rush her. I'll confirm straight after.

What remains is Charlie's anxiety and school refusal: his attendance was 84% last term.

Priya

Priya Nair
Social Worker, Safeguarding and Supporting Families Team | Torbay Council
01632 960466
""") + BDISC
    sa = docx_att("Single Assessment and CIN closure - Hext - LCS-5540911.docx", [
        "# Single Assessment and CIN closure summary - Charlie Hext (LCS-5540911)",
        "CIN plan since May 2045: overcrowding, Charlie's anxiety and attendance.",
        "Outcomes achieved: new tenancy (March 2046), CAMHS advice given, school transition planned.",
        "Remaining needs: school transition, attendance (84%), anxiety support.",
        "Manager's analysis (Sam Rowe, Team Manager): agree - no further statutory role; threshold met for level 3."])
    top = outlook_top(f, addr("Nair, Priya", "Priya.Nair@" + BDOM), addr("Early Help", BEH),
                      "Request triage slot - step down from SASF - Hext - LCS-5540911", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-5540911"],
        [ch("Charlie Hext", "2036-04-04", "04/04/2036")], ["school_attendance"], None, True, ["consent"], None,
        "request_info",
        "Torbay step-down from the SASF team (level 3 stated: 'a level 3 co-ordinated response'): assessment "
        "attached with the TM's analysis -> manager true; consent 'I'll ask mum ... on Monday' -> null (still to "
        "be asked) -> missing consent -> request_info. The move with a housing officer and a removal firm is "
        "background; 84% and school refusal -> school_attendance.",
        not_children=["Sam Rowe", "Priya Nair"], teller="housing officer, removal firm (background)")

def torbay_08():
    f = "torbay_08.eml"; when = "2046-02-05 08:31:04"
    body = T("""
Thank you for your email. I am on annual leave until Monday 12 February and will not be checking my email.

If you have an immediate safeguarding concern about a child, or believe a child is at risk of significant harm, please call the MASH on 01632 960214 or, out of hours, the Emergency Duty Team on 01632 960999. In an emergency always call 999.

For anything else about the families I work with, please contact the Early Help duty desk.

Kerensa Bray
Family Practitioner, Torbay Early Help - Brixham
""")
    add(f, ooo(f, when, "Kerensa Bray", "Kerensa.Bray@" + BDOM, addr("MASH", BMASH),
               "Outcome of contact to MASH [SB-torbay-3450]", body), "torbay", "mash_step_up", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS, ALARM WORDS IN BOILERPLATE: an Outlook out-of-office (Auto-Submitted: auto-replied) answering "
        "stepbot's outcome notice, whose text says 'immediate safeguarding concern', 'at risk of significant harm' "
        "and 'emergency' about no child -> auto_reply -> ignore (safety rule 2).",
        not_children=["Kerensa Bray"], teller="-")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2046-01-10 10:22:31"
    body = T("""
Hello co-ordinators,

Following my discussion with Verity Lang at yesterday's drop-in, please find attached the Early Help Assessment step-down plan and the family's signed consent for:

Jacob Bevan, DOB 19/03/2038 (Mosaic 614820)
Isla Bevan, DOB 07/12/2041 (Mosaic 614821)

This is a step-down at level 3 (intensive) for the sibling group.

Key person: Karen Weaver, Family Support Worker, Ledbury Family Hub - agreed with mum and with Karen.

Background: the housing officer's referral in September (no heating, damp running down the walls, the children sharing a single mattress). The family have since moved to a three-bedroom council house in Ledbury and the C&F assessment found the remaining needs sit at level 3: mum's anxiety, and Jacob's attendance, which is 86%.

Many thanks,
Rhodri

Rhodri Parry
Social Worker, Locality Team (Ledbury & Bromyard) | Herefordshire Council
01632 960512
""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan.docx", [
        "# Early Help Assessment - step-down plan (sibling group)", "Jacob Bevan (7), Isla Bevan (4). Mosaic 614820, 614821.",
        "What are we worried about? Mum's anxiety; Jacob's attendance (86%).",
        "What's working well? New home warm and dry; mum engaging with her GP; Isla settled at nursery.",
        "Wellbeing plan - what needs to happen, by whom: attendance plan (school, Karen Weaver); anxiety support "
        "(GP, Talk Community); TAF every six weeks.",
        "Key person: Karen Weaver, Family Support Worker, Ledbury Family Hub."])
    consent = pdf_att("Signed consent - Bevan.pdf", "Consent to Early Help - Bevan family", [
        "I agree to my family receiving Early Help support and to information being shared with the Early Help",
        "Co-ordinator team and the key person named in the plan.",
        "Children: Jacob Bevan, Isla Bevan.",
        "Signed: Leanne Bevan (mother)   Date: 08/01/2046"])
    top = outlook_top(f, addr("Parry, Rhodri", "Rhodri.Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Mosaic 614820 - Bevan", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["614820", "614821"],
        [ch("Jacob Bevan", "2038-03-19", "19/03/2038"), ch("Isla Bevan", "2041-12-07", "07/12/2041")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at level 3 (stated): EHA step-down plan (.docx), signed "
        "consent form (.pdf), key person with agency -> book_meeting. Two bare Mosaic ids in order. The housing "
        "officer's cold, damp home is September's and resolved by the move; mum's anxiety and 86% attendance are "
        "current.",
        not_children=["Verity Lang", "Karen Weaver", "Rhodri Parry", "Leanne Bevan"], teller="housing officer (historic)")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2046-02-22 13:36:57"
    fwd = quote("Gavin Tuck <gavin.tuck@marcheshomes.example>", "Thursday, 22 February 2046 12:58",
                "Jenkins, Lowri <Lowri.Jenkins@herefordshire.gov.uk>", "Job 44817 - Oak Cottage, Pembridge",
                T("""
Lowri,

One of our plumbers, Steve, was at Oak Cottage this morning to fix the boiler. He asked me to pass this on word for word, as you're the family's worker on our file:

"The lad (Riley, 8) was off school and was watching me work. He pulled his sleeves up to show me round marks on his arms, some scabbed and some fresh, about six or seven of them. He said his dad does them with his lighter when he's bad. He asked me not to tell anyone. His dad came back while I was there and sent him upstairs. His dad told me he's keeping him off school till Monday."

Steve has finished at the property now.

Gavin Tuck
Repairs Manager, Marches Homes
"""))
    body = T("""
Hi both,

Forwarding this from the housing association's repairs manager - it came to me because I'm named on their file as the family's worker.

I think Riley needs to step up to social care. Can you tell me how I do that from Early Help, as I can't see a step-up route in our step-down guidance?

Riley Price, DOB 12/10/2037, Mosaic 618305.

Thanks,
Lowri

Lowri Jenkins
Family Support Worker, Early Help (Kington & Leominster) | Herefordshire Council
01632 960538
""") + fwd + HDISC
    top = outlook_top(f, addr("Jenkins, Lowri", "Lowri.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: Job 44817 - Oak Cottage, Pembridge - note from our plumber / step up?", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "urgent", "step_up", True, None, ["618305"],
        [ch("Riley Price", "2037-10-12", "12/10/2037")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A FORWARDED PART: the Early Help worker's own lines only ask how to step up; the forwarded repairs "
        "manager's mail carries the plumber's words - an 8-year-old's fresh round burns, 'his dad does them with "
        "his lighter', kept off school until Monday, at home with that father now. A step-up to Herefordshire, whose "
        "protocol defines none (human_review otherwise) -> urgent wins -> alert_duty; missing [] for an undefined "
        "kind. No banned words.",
        not_children=["Gavin Tuck", "Lowri Jenkins"], teller="plumber (via the housing association's repairs manager)")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2046-03-06 12:26:19"
    body = T("""
Hello,

I hope this is the right place, and I'm sorry if it isn't.

I run a small removals firm in Leominster. My crew are moving a family today from 2 Orchard Rise, Leominster, to an address in Llandrindod Wells - the van is due to leave at 3pm. My foreman rang me about half an hour ago. I didn't know whether I should do anything, but my wife said to write to you.

He said the man of the house was shouting at the mother in the kitchen, then picked up the toddler by the front of his clothes and threw him on to the sofa. When the little one hit his head on the arm of the sofa and screamed, the man held his hand over his mouth until he went quiet. The mother was crying and said "please, not in front of them". There is also a girl of about ten who has a bruise on her cheek and hasn't said a word all morning.

I may have got the wrong end of it and I don't want to cause trouble for anyone, but my lads are very upset. They will be at the house loading until about 2.30.

The name on our paperwork is Mr Liam Fenn. I don't know whether he is the children's father.

Regards,
Dave Preece
Preece & Son Removals, Leominster
01632 960771 | 07700 900 882
""")
    top = plain_top(f, addr("Dave Preece", "office@preeceremovals.example"), addr(None, HMASH),
                    "Removal job today at Orchard Rise Leominster - not sure who to tell", when,
                    "preeceremovals.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit"), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [], ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, HEDGED ('I may have got the wrong end of it'): a removal firm's owner relays his foreman - a man "
        "threw a toddler on to a sofa and held his hand over his mouth until he went quiet, shouting at the crying "
        "mother, a 10-year-old with a bruised cheek - and the family leave the county at 3pm. Plain 7bit text. "
        "Safety rule 1 -> alert_duty. No child named; Liam Fenn is an adult. No banned words.",
        not_children=["Liam Fenn", "Dave Preece"], teller="removal firm crew")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2046-01-31 15:20:06"
    body = T("""
Hi,

A housing association we fit carpets for has told us we need a safeguarding policy before we can work in their properties, and I want to get it right.

Nothing has happened and this isn't about any particular family. But if one of my fitters saw something - say a child with a bruise who said "dad did it", or a baby left on its own in a house, or a child who seemed in danger - what should he do, and who does he call? Is it you, or the police? Do you have a template policy or a leaflet we could give the lads? There are eight of us.

Thanks for any help,
Ian Powell
Wye Valley Flooring, Hereford
01632 960790
""")
    top = plain_top(f, addr("Ian Powell", "info@wyevalleyflooring.example"), addr(None, HMASH),
                    "Safeguarding policy question from a carpet fitting firm", when, "wyevalleyflooring.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, HYPOTHETICAL: a carpet-fitting firm asks what its fitters should do if they ever saw a child "
        "with a bruise 'dad did it', a baby alone or 'a child who seemed in danger' - 'nothing has happened and "
        "this isn't about any particular family'. General enquiry -> other -> human_review.",
        not_children=["Ian Powell"], teller="carpet fitter (hypothetical)")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2046-02-02 09:17:40"
    text = T("""
Morning,

Mum's signed consent form is attached - she signed it at my visit yesterday.

Megan

Sent from my iPad

On 30 Jan 2046, at 14:06, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-1182", ack("step-down", "SB-herefordshire-1182",
                                               ["Case: Mosaic 617440", "Children: Seren Morgan, Tomos Morgan"],
                                               ["the family's written consent"]).rstrip("\n").split("\n"))
    consent = pdf_att("Consent form - Morgan - signed.pdf", "Consent to Early Help - Morgan family", [
        "I agree to my family receiving Early Help support and to information being shared with the Early Help",
        "Co-ordinator team and the key person named in the plan.",
        "Children: Seren Morgan, Tomos Morgan.", "Signed: Carys Morgan (mother)   Date: 01/02/2046"])
    top = plain_top(f, addr("Megan Hall", "Megan.Hall@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down received [SB-herefordshire-1182] - Morgan", when, HDOM, "iPad Mail (22D72)",
                    extra=[("In-Reply-To", msgid(f + "ack", "stepbot." + HDOM))])
    add(f, iphone_mail(f, top, text, [consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["617440"], [ch("Seren Morgan"), ch("Tomos Morgan")], [], True, None,
        [], None, "attach_to_request",
        "iPad Mail reply (format=flowed, QP, '>'-quoted acknowledgement) to [SB-herefordshire-1182] bringing the "
        "signed consent form (.pdf) -> follow_up -> attach_to_request; consent true; 'Mosaic 617440' -> '617440'; "
        "children named in the quoted acknowledgement only, no DOBs.",
        not_children=["Carys Morgan"], teller="-")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2046-03-13 11:54:02"
    body = T("""
Dear co-ordinators,

I talked the Watkins family through with Xavier Moss at last Tuesday's drop-in. The Early Help Assessment step-down plan is attached.

Child: Maddison Watkins, DOB 23/05/2035, Mosaic 619922.

Consent: mum agreed to the step-down on the phone this morning. I'm taking the written consent form out for her to sign on Thursday and will send it straight on.

Key person: Nia Evans, Pastoral Lead, Kingstone High School - agreed with Maddison and mum.

Background: the district nurse who visits Maddison's nan (she lives with them) raised the original worry last summer. The CIN plan was about mum's drinking; she has now been abstinent for eight months with the support of the local alcohol service, and the C&F assessment found no ongoing concern about it. What remains is Maddison's attendance (88%) and the amount of caring she does for nan before and after school.

Kind regards,
Callum Jones
Social Worker, Locality Team (Hereford City) | Herefordshire Council
01632 960545
""") + HDISC
    plan = docx_att("EHA step-down plan - Watkins.docx", [
        "# Early Help Assessment - step-down plan", "Maddison Watkins (10). Mosaic 619922.",
        "What are we worried about? Attendance 88%; young carer for her nan.",
        "What's working well? Mum abstinent eight months; Maddison close to her school pastoral lead.",
        "Wellbeing plan: young carers' assessment; attendance plan; TAF in four weeks.",
        "Key person: Nia Evans, Pastoral Lead, Kingstone High School."])
    top = plain_top(f, addr("Jones, Callum", "Callum.Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down plan - Mosaic 619922 - Watkins", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["619922"],
        [ch("Maddison Watkins", "2035-05-23", "23/05/2035")], ["school_attendance", "young_carer"], True, None,
        ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and a key person with agency; mum 'agreed to the step-down on the "
        "phone' -> consent true, but the written consent form is still to be signed -> missing consent_form -> "
        "request_info. No level stated -> null. Mum's drinking is past (abstinent eight months, 'no ongoing "
        "concern') -> no substance_misuse; attendance 88% and caring for nan are current.",
        not_children=["Xavier Moss", "Nia Evans", "Callum Jones"], teller="district nurse visiting a grandparent (background)")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2046-03-19 17:48:55"
    add(f, google_reply(f, when, "Nia Evans", "nia.evans@kingstonehigh.example", ("Early Help Co-ordinators", HEH),
                        "ACCEPTED", "Step-down drop-in - Preece [SB-herefordshire-1240]", "20460320T103000Z",
                        "20460320T110000Z", "Microsoft Teams", "Tue 20 Mar 2046 10:30 - 11:00 (GMT)"),
        "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY PARTSTAT=ACCEPTED (text/calendar method=REPLY plus invite.ics) for a Tuesday "
        "drop-in, sent at 17:48 -> record_reply; no case id in the SUMMARY.",
        not_children=["Nia Evans"], teller="-")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2046-02-07 14:45:30"
    body = T("""
Dear co-ordinators,

Step down for the Lewis children, Mosaic 616032, at level 3 - I discussed it with Verity at Tuesday's drop-in.

Tyler Lewis, DOB 30/01/2032
Jade Lewis, DOB 14/06/2034

The signed consent form and the EHA step-down plan are attached. Key person: Mark Hobbs, Youth Worker, Hereford Youth Service - agreed with the family.

I know the chronology looks alarming. In March 2044 an enforcement agent found the children, then 12 and 9, alone in the house with the electricity cut off and a chip pan left on the hob; police used their powers of protection that night. The children went to their aunt, a CP plan followed, and mum completed a residential parenting and alcohol programme. The children returned home in 2045, the CP plan ended in June 2045 and the CIN plan's goals have been met. There is no current concern about supervision or drinking.

This step down is about Tyler's ADHD (he is in his GCSE year next year and has an EHCP review due) and keeping the routines going.

Ffion Davies
Social Worker, Locality Team (Hereford South) | Herefordshire Council
01632 960563
""") + HDISC
    consent = pdf_att("Consent form - Lewis - signed.pdf", "Consent to Early Help - Lewis family", [
        "I agree to my family receiving Early Help support and to information being shared with the Early Help",
        "Co-ordinator team and the key person named in the plan.",
        "Children: Tyler Lewis, Jade Lewis.", "Signed: Natalie Lewis (mother)   Date: 05/02/2046"])
    plan = docx_att("EHA step-down plan - Lewis.docx", [
        "# Early Help Assessment - step-down plan", "Tyler Lewis (14), Jade Lewis (11). Mosaic 616032.",
        "What are we worried about? Tyler's ADHD and his EHCP review; keeping routines going.",
        "What's working well? Mum's recovery; the children's relationship with their aunt; Jade doing well at school.",
        "Wellbeing plan: EHCP review (school SENCo); youth work sessions (Mark Hobbs); TAF every six weeks.",
        "Key person: Mark Hobbs, Youth Worker, Hereford Youth Service."])
    top = outlook_top(f, addr("Davies, Ffion", "Ffion.Davies@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Mosaic 616032 - Lewis children - plan and consent", when)
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["616032"],
        [ch("Tyler Lewis", "2032-01-30", "30/01/2032"), ch("Jade Lewis", "2034-06-14", "14/06/2034")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS, HISTORIC: an enforcement agent found the children alone with a chip pan on in March 2044 and "
        "police protection followed - two years ago, a CP plan since ended, 'no current concern about supervision "
        "or drinking'. Complete Herefordshire step-down at level 3 (signed consent form, plan, key person with "
        "agency) -> book_meeting. Tyler's ADHD and EHCP -> disability_send.",
        not_children=["Mark Hobbs", "Ffion Davies", "Natalie Lewis"], teller="enforcement agent (historic)")


# ============================================================================= the rules the labels must obey
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority, kind and (Knowsley step-down) level; "children" always.
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

# England & Wales bank holidays in 2046 that fall on a weekday (set_checks() compares this with the `holidays`
# package): New Year's Day Mon 1 Jan; Good Friday 23 Mar; Easter Monday 26 Mar; Early May Mon 7 May; Spring Mon
# 28 May; Late Summer Mon 27 Aug; Christmas Day Tue 25 Dec; Boxing Day Wed 26 Dec.
BANK_HOLIDAYS = {date(2046, 1, 1), date(2046, 3, 23), date(2046, 3, 26), date(2046, 5, 7), date(2046, 5, 28),
                 date(2046, 8, 27), date(2046, 12, 25), date(2046, 12, 26)}
# The spring term of 2046: schools return on Wednesday 3 January (New Year's Day is Monday 1 January) and break up
# on Thursday 22 March, the day before Good Friday (23 March).
WINDOW = (datetime(2046, 1, 3, tzinfo=LON), datetime(2046, 3, 22, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2046, 3, 25, 1, 0, 0, tzinfo=UTC)          # Sunday 25 March 2046, 01:00 UTC
MAX_YEAR = 2046
CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}
BANNED = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|emergenc\w*|danger\w*|unsafe\w*|asap)\b"
                    r"|safeguarding\s+concern")

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, '13 February 2039'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
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
    """DESIGN's order: alert_duty, ignore, record_reply, attach_to_request, human_review, request_info, book_meeting."""
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

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]: err("label keys")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                   "manager_agreed", "missing", "notice_ok", "next_action"]:
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
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # ---- the message itself
    data = FILES[f]
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        email.message_from_bytes(data)                     # the compat32 parser too
    except Exception as ex:
        err("does not parse: %r" % ex); return errors
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
        if not part.is_multipart():
            part.get_content()                             # every part decodes
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    ld = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if (ld.weekday() >= 5 or ld.date() in BANK_HOLIDAYS) and f not in NON_WORKING_OK:
        err("Date on a non-working day with no justification")
    if f in NON_WORKING_OK and not (ld.weekday() >= 5 or ld.date() in BANK_HOLIDAYS):
        err("justified as non-working but the Date is a working day")
    if d.utcoffset() != ld.utcoffset() or d.utcoffset() != timedelta(0): err("Date offset is not GMT (+0000)")
    if not msg["Date"].strip().endswith("+0000"): err("Date header should end +0000")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    if e["urgent"]:
        for source in (text, all_headers(msg)):
            m = BANNED.search(source)
            if m: err("banned word in an urgent mail: %r" % m.group(0))
    metas = {c["name"]: c for c in META[f]["children"]}
    last = -1
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        pos = text.find(c["name"])
        if pos < 0: err("child %s not in text" % c["name"])
        elif pos < last: err("children not in order of first full-name appearance")
        last = max(last, pos)
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not date.fromisoformat(c["dob"]) < now.date(): err("dob of %s not before now" % c["name"])
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors


# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _parts(msg, ctype):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_content_type() == ctype and not p.get_filename()]

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"]).astimezone(LON)

CUSTOM = [
    ("knowsley_01.eml", "notice 6 WD = 6 plain weekdays (no holiday in the way)", lambda m: (_wd("knowsley_01.eml"), _pw("knowsley_01.eml")) == (6, 6)),
    ("knowsley_01.eml", "GCP2, form and TAF minutes attached", lambda m: len([p for p in m.walk() if p.get_filename()]) == 3),
    ("knowsley_02.eml", "DECISIVE: 3 WD but 5 plain weekdays across Good Friday and Easter Monday",
     lambda m: (_wd("knowsley_02.eml"), _pw("knowsley_02.eml")) == (3, 5)),
    ("knowsley_02.eml", "Thunderbird format=flowed text/plain", lambda m: m.get_content_type() == "text/plain"
     and m.get_param("format") == "flowed"),
    ("knowsley_03.eml", "HTML-only: no text/plain part", lambda m: not _parts(m, "text/plain") and _parts(m, "text/html")),
    ("knowsley_04.eml", "the doorstep report is in a PS of the new text; full names only in the quoted acknowledgement",
     lambda m: "PS I've just" in _plain(m).split(SEP)[0] and "Gaz smacked me" in _plain(m).split(SEP)[0]
     and "Kayla Rimmer" not in _plain(m).split(SEP)[0] and "Kayla Rimmer" in _plain(m).split(SEP)[1]),
    ("knowsley_05.eml", "one DECLINED iTIP REPLY whose COMMENT carries the report",
     lambda m: len(_cal(m)) == 1 and "PARTSTAT=DECLINED" in _cal(m)[0].get_content()
     and "COMMENT" in _cal(m)[0].get_content() and "nappy" in _cal(m)[0].get_content()),
    ("knowsley_06.eml", "exactly 5 WD across Easter (7 plain weekdays)", lambda m: (_wd("knowsley_06.eml"), _pw("knowsley_06.eml")) == (5, 7)),
    ("knowsley_07.eml", "a bulletin: List-Id and List-Unsubscribe, no Auto-Submitted",
     lambda m: m["List-Id"] is not None and m["List-Unsubscribe"] is not None and m["Auto-Submitted"] is None),
    ("richmond_wandsworth_02.eml", "the decisive facts only in the attached PDF job report",
     lambda m: "syringe" not in body_text(m) and "syringe" in readable(m)
     and "asleep since yesterday" not in body_text(m)),
    ("richmond_wandsworth_05.eml", "iPhone format=flowed", lambda m: m.get_param("format") == "flowed"),
    ("richmond_wandsworth_08.eml", "HTML-only with an attachment", lambda m: not _parts(m, "text/plain") and _parts(m, "text/html")),
    ("tower_hamlets_02.eml", "the child's note quoted word for word in the body", lambda m: "he will do me and Amira properly tonight" in _plain(m)),
    ("tower_hamlets_06.eml", "one base64 text/plain part", lambda m: m.get_content_type() == "text/plain"
     and m["Content-Transfer-Encoding"] == "base64"),
    ("tower_hamlets_07.eml", "TENTATIVE with a COMMENT", lambda m: "PARTSTAT=TENTATIVE" in _cal(m)[0].get_content()),
    ("tower_hamlets_08.eml", "HTML-only with an attachment", lambda m: not _parts(m, "text/plain") and _parts(m, "text/html")),
    ("torbay_04.eml", "dated on a Saturday night", lambda m: _date(m).weekday() == 5 and _date(m).hour >= 17),
    ("torbay_04.eml", "Gmail-style multipart/alternative", lambda m: m.get_content_type() == "multipart/alternative"
     and m.get_boundary().startswith("0000000000")),
    ("herefordshire_02.eml", "the plumber's words only below the forwarded header",
     lambda m: "lighter" not in _plain(m).split(SEP)[0] and "lighter" in _plain(m).split(SEP)[1]),
    ("herefordshire_03.eml", "plain 7bit text", lambda m: m["Content-Transfer-Encoding"] == "7bit"),
    ("herefordshire_05.eml", "iPad format=flowed with a PDF", lambda m: any(p.get_param("format") == "flowed" for p in m.walk())
     and any((p.get_filename() or "").endswith(".pdf") for p in m.walk())),
    ("herefordshire_07.eml", "Google Calendar reply with invite.ics", lambda m: any(p.get_filename() == "invite.ics" for p in m.walk())),
]

def add_kind_checks():
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        if k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: len([p for p in _cal(m) if p.get_param("method") == "REPLY"]) == 1
                           and "METHOD:REPLY" in _cal(m)[0].get_content()))
        if k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted", lambda m: m["Auto-Submitted"] is not None))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: not _cal(m)))

def set_checks():
    errors = []
    import holidays
    pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2046]) if d.weekday() < 5}
    if pkg != BANK_HOLIDAYS: errors.append("set: bank holidays differ from the holidays package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
    inside = sorted(d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date())
    if inside: errors.append("set: a bank holiday inside the window: %s" % inside)
    if date(2046, 1, 3).weekday() != 2 or date(2046, 3, 22).weekday() != 3:
        errors.append("set: the window should run Wednesday 3 January - Thursday 22 March")
    if date(2046, 3, 23) not in BANK_HOLIDAYS or date(2046, 1, 1) not in BANK_HOLIDAYS:
        errors.append("set: Good Friday 23 March / New Year's Day 1 January expected")
    if not (WINDOW[1] < BST_START and WINDOW[1].utcoffset() == timedelta(0)):
        errors.append("set: the window should end before BST begins")
    if datetime(2046, 3, 25, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0) or \
       datetime(2046, 3, 25, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1):
        errors.append("set: BST should begin at 01:00 UTC on Sunday 25 March 2046")
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("set: %s needs files _01 ... _08" % a)
    if len(FILES) != 40 or len(LABELS) != 40: errors.append("set: 40 files and 40 labels needed")
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

def run_checks():
    errors = []
    for lab in LABELS:
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
    e2, tot = set_checks()
    return errors + e2, tot

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
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _lab(f)["now"], META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        d = datetime.fromisoformat(l["now"]).astimezone(LON)
        out.append("  %-27s %s %s %-9s %-13s %s" % (l["file"], d.strftime("%a %d %b %H:%M"), l["mailbox"][:4],
                                                   CATS[l["file"]], l["expect"]["kind"], l["expect"]["next_action"]))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
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
    # read back what was written: every .eml parses, and the JSON matches
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "rb") as fh:
            assert fh.read() == FILES[f]
            email.message_from_bytes(FILES[f], policy=email.policy.default)
    assert len(json.load(open(os.path.join(HERE, "labels.json")))) == 40
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
