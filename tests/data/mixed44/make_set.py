#!/usr/bin/env python3
"""mixed44: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2063 (Tuesday 2 January - Friday 6 April 2063), in mail as machines and portals make it:
case-management system notifications (an EHM case-note alert, Mosaic "form sent" and "document sent" mails, a Mosaic
workflow assignment, an LCS print-out) with free-text fields; council web forms and portal submissions (a neighbour's
"report a concern" form, a parent's Early Help request form at night, a MARF portal submission, a MASH professional
contact form, a Microsoft Forms response); secure-mail wrappers (Egress and Cryptshare notices with the message text
inside and the files left behind on the service); Outlook auto-forward rules (three, each with no added text);
mail whose body is blank and everything is in the attachments (a blank Outlook mail, a signature-only mail, a school's
CPOMS export, a Xerox scan-to-email, Windows' "Send to > Mail recipient" body); calendar-only messages (Outlook
meeting requests carrying a step-up and a step-down, a bare text/calendar request, a training exercise invitation);
text messages forwarded to email (by a worker's phone and by an inbound SMS gateway); meeting replies, an
out-of-office, a Mimecast held-attachment notice and an Exchange "Meeting Forward Notification" - alongside ordinary
practitioners' requests.

Urgent mail (11): an EHM case-note alert from a worker sitting in her car outside a house where a man on bail is
with two small children; a neighbour's web form about a five-year-old whose mother "won't wake up" and a baby alone
inside; a 14-year-old's text from a locked bathroom; a meeting decline whose comment reports a stepdad who tried to
pull a child into his car and is heading for the baby; a GP's Cryptshare note about a 16-week-old with bruised ears
taken home before the paediatric review; a school's disclosure auto-forwarded from an absent worker; a follow-up
that adds a consent photo and an ex-partner inside the flat with a 4-year-old and a baby; an SMS-gateway text from a
girl hiding in her room; a school's Egress note about burned palms and the boyfriend who collects at 5pm today; a
CPOMS record (only in the attachment) about a toddler at home with the man who hit his sister; a mother's Early Help
form at 17:38 about her son with a knife. Near misses (11): a text about a strangulation whose perpetrator is
remanded; a step-down with CP history sent at 00:20 BST; a police notification with the suspect remanded; a Mosaic
workflow note about a closed CP plan; a parent's self-referral about violence that ended in 2060; a TAF invitation
whose s47 was unsubstantiated; a partnership bulletin of review cases; a MASH contact form whose abuse history is
historic; a Forms training quiz; a tabletop exercise invitation; a step-down plan with a CP plan ended.

Window, clock and bank holidays: the spring term of 2063, Tuesday 2 January (New Year's Day, Monday 1 January, is a
bank holiday) to Friday 6 April 2063 (Good Friday 13 April and Easter Monday 16 April fall after it). No English
bank holiday falls inside the window. Mail before Sunday 25 March 2063 carries +0000 (GMT); British Summer Time begins
at 01:00 UTC on Sunday 25 March 2063, so mail from Monday 26 March carries +0100. knowsley_07 is sent at 00:20 BST
on Tuesday 27 March (23:20 UTC on Monday 26 March): counted from the Europe/London date its notice is 4 working days
(not ok), from the UTC date it would be 5 (ok) - the clock change decides it. knowsley_04's count crosses Easter.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in several ways and requires each break
to be caught). pypdf and python-docx are used by the self-checks to read the hand-built PDFs and .docx files back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
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
    """Local (Europe/London) wall-clock time. The window (Tuesday 2 January - Friday 6 April 2063) is GMT (+0000)
    until British Summer Time begins at 01:00 UTC on Sunday 25 March 2063, and BST (+0100) from Monday 26 March.
    The self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2062, 12, 1, 0, 0, 0))
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




# ============================================================================= helpers added for mixed44
EMPTY_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
              '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
              '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>\n'
              '<body lang="EN-GB" style="word-wrap:break-word"><div class="WordSection1">\n'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n</div></body></html>\n')

def blank_outlook(f, top, atts, sig_text=None):
    """An Outlook mail whose body is empty (or only the automatic signature), everything in the attachments."""
    t = text_part(sig_text if sig_text else "\n", crlf=True)
    h = text_part(html_of(sig_text) if sig_text else EMPTY_HTML, "html", crlf=True)
    alt = multipart("alternative", [t, h], bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1))
    return build(top, root, True)

FORM_CSS = ('<style>body{font-family:Arial,sans-serif;font-size:10pt;color:#222}h2{font-size:13pt;color:#00467F}'
            'h3{font-size:11pt;background:#E8EEF4;padding:4px}td{vertical-align:top;padding:4px 8px;'
            'border-bottom:1px solid #DDD}td.l{width:230px;font-weight:bold;color:#444}</style>')

def form_bodies(title, intro, sections, outro):
    """A web-form submission as the form system mails it: a text twin ('Label: value') and an HTML table."""
    t = [title, "=" * len(title), ""] + ([intro, ""] if intro else [])
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head><body>\n'
         % FORM_CSS, "<h2>%s</h2>\n" % esc(title)]
    if intro:
        h.append("<p>%s</p>\n" % esc(intro))
    for head, rows in sections:
        if head:
            t += [head, "-" * len(head)]
            h.append("<h3>%s</h3>\n" % esc(head))
        h.append('<table cellspacing="0" cellpadding="0" width="100%">\n')
        for label, value in rows:
            t.append("%s: %s" % (label, value))
            h.append('<tr><td class="l">%s</td><td>%s</td></tr>\n'
                     % (esc(label), esc(value).replace("\n", "<br>\n")))
        h.append("</table>\n")
        t.append("")
    if outro:
        t += [outro]
        h.append('<p style="color:#666;font-size:9pt">%s</p>\n' % esc(outro))
    h.append("</body></html>\n")
    return "\n".join(t) + "\n", "".join(h)

def form_mail(f, top, title, intro, sections, outro, atts=()):
    text, h = form_bodies(title, intro, sections, outro)
    return alt_mail(f, top, text, h, atts)

def wrapper_html(banner, blocks, colour="#4B2C83"):
    """A secure-mail service's notification: a coloured banner, then paragraphs; ('msg', text) is the sender's
    message in a bordered box; ('files', [names]) is the list of files left on the service."""
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">\n'
         '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:%s;color:#FFFFFF;'
         'padding:12px;font-size:14pt">%s</td></tr>\n' % (colour, esc(banner))]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "msg":
            paras = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in b[1].split("\n\n"))
            h.append('<tr><td style="border:1px solid #CCC;padding:10px">%s</td></tr>\n' % paras)
        elif isinstance(b, tuple) and b[0] == "files":
            h.append('<tr><td style="padding:8px 0"><b>Files</b><br>\n%s</td></tr>\n'
                     % "<br>\n".join("&#128206; " + esc(x) for x in b[1]))
        else:
            h.append('<tr><td style="padding:8px 0">%s</td></tr>\n' % esc(b).replace("\n", "<br>\n"))
    h.append("</table></body></html>\n")
    return "".join(h)

def wrapper_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "msg":
            out += [b[1].rstrip("\n"), ""]
        elif isinstance(b, tuple) and b[0] == "files":
            out += ["Files:"] + ["  " + x for x in b[1]] + [""]
        else:
            out += [b, ""]
    return "\n".join(out)

def rules_forward_top(f, owner_name, owner_email, to, subject, when, cc=None):
    """Outlook / Exchange forward made by an inbox rule: the rule owner is the sender, nothing is added, and Exchange
    stamps the rule-loop header. No Auto-Submitted header is added to a rule forward."""
    return outlook_top(f, addr(owner_name, owner_email), to, subject, when, cc=cc,
                       extra=[("X-MS-Exchange-Inbox-Rules-Loop", owner_email),
                              ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])

def calendar_only(f, top, cal):
    """A message whose whole body is one text/calendar part (METHOD:REQUEST): no text, no HTML."""
    cal.encode("ascii")
    p = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
              ("Content-Transfer-Encoding", "7bit")], cal)
    return build(top, p, True)

def cal_request(f, when, organizer, attendees, start, end, summary, location, description):
    """An Outlook iTIP REQUEST body (VTIMEZONE 'GMT Standard Time'); start/end local wall-clock 'YYYYMMDDTHHMMSS'."""
    return ics("REQUEST", f, dt(when), start, end, summary, location, description, organizer,
               [(cn, em, "REQ-PARTICIPANT", "NEEDS-ACTION") for cn, em in attendees])

def meeting_request_top(f, frm, to, subject, when, cc=None):
    return outlook_top(f, frm, to, subject, when, cc=cc,
                       extra=[("Content-Class", "urn:content-classes:calendarmessage")])

TEAMS = T("""
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.example/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: %s
Passcode: %s
Need help? <https://aka.ms.example/JoinTeamsMeeting>
________________________________________________________________________________
""")

def teams_block(f, mid, pc):
    return TEAMS % (sha(f, "teams")[:24], mid, pc)

def mosaic_pdf(title, person_line, lines):
    """A Mosaic 'print to PDF' export: the system header line, then the document."""
    return ["Mosaic | " + person_line, ""] + lines

def mk_png_att(fname, name, rgb):
    data = make_png(64, 48, rgb)
    return Part([("Content-Type", 'image/png; name="%s"' % name),
                 ("Content-Disposition", 'attachment; filename="%s"' % name),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def ios_reply_quote(frm, sent, to, subject, text):
    """Outlook for iOS quotes the message it replies to under a 'From:/Sent:/To:/Subject:' block."""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text))


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    """Calendar-only step-up: the case manager's Teams invitation IS the request (Knowsley: the FF case manager
    'send[s] this meeting via teams calendar to Knowsley MASH and MASH business support')."""
    f = "knowsley_01.eml"; when = "2063-01-18 14:32:07"
    desc = T("""
Step up TAF meeting - Rooney family (EHM-68813)

Tiegan Rooney - 03/03/2052
Alfie-Ray Rooney - 29/11/2059

Hi both - this is the step up TAF for the Rooney children. My team manager, Jo Tarbuck, discussed the step up with me in supervision on 16/01/2063 and agreed it (it's on the form). Attached are the FF Step Up request form, the GCP2 I completed with mum on 11/01/2063 and the minutes of our last TAF (09/01/2063).

The step up is about neglect: the GCP2 comes out at level 4 for physical care and safety - no food in the house on three of my last five visits, Alfie-Ray's nappy rash and weight (he has dropped from the 25th to below the 9th centile), and the stairs gate and fireguard still not fitted. Mum's drinking has crept back up since the autumn and she is often still in bed when I call at 11.

I'll send the invite on to the current TAF members (school nurse, HV, nursery and the Change Grow Live worker).

Nathan
""") + teams_block(f, "394 118 220 571", "Hs7qP2")
    cal = cal_request(f, when, ("Nathan Oyelowo", "Nathan.Oyelowo@" + KDOM),
                      [("Knowsley MASH", KMASH), ("MASH Business Support", KBS)],
                      "20630124T100000", "20630124T113000", "Step up TAF meeting - Rooney - EHM-68813",
                      "Microsoft Teams Meeting", desc)
    form = docx_att("FF Step Up request to CSC - Rooney.docx", appendix1([
        ("Case ID on EHM:", "EHM-68813"),
        ("Children:", "Tiegan Rooney 03/03/2052; Alfie-Ray Rooney 29/11/2059"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC"),
        ("Date of step up TAF meeting:", "Wednesday 24/01/2063, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and comes to TAFs but actions are not followed through"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 09/01/2063"),
        ("What are we worried about?", "Neglect of the children's basic care: no food in the house on 3 of 5 "
         "visits; Alfie-Ray's weight has fallen below the 9th centile and he has persistent nappy rash; home "
         "conditions (GCP2 level 4 for physical care and safety). Mum's alcohol use has increased since October."),
        ("What is working well?", "Tiegan's attendance is 96% and school give her breakfast; maternal aunt helps "
         "at weekends; mum is warm with both children."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 11/01/2063 - attached. Level 4 for "
         "physical care and safety, level 3 for love and care."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Jo Tarbuck, Team Manager, Family First Kirkby, 16/01/2063"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, HV weekly weights, TAF every "
         "3 weeks and a referral to the nursery's family support worker."),
    ]))
    gcp2 = pdf_att("GCP2 - Rooney - 11.01.2063.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Rooney (EHM-68813)   Completed by: Nathan Oyelowo with mum, 11/01/2063",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4",
        "Area 2 Care of safety (in presence, in absence, road safety, safety features): 4",
        "Area 3 Love and care: 3    Area 4 Stimulation and education: 3",
        "Summary: basic physical care and safety are not consistently met for either child."])
    minutes = docx_att("TAF minutes 09.01.2063 - Rooney.docx", [
        "# Team Around the Family - minutes", "Date: 09/01/2063, 13:30, Kirkby Family Hub",
        "Present: mum, Nathan Oyelowo (Family First, chair), school nurse, health visitor, nursery manager",
        "HV: Alfie-Ray weighed 07/01 - below the 9th centile. Nursery: attendance 61%, often arrives hungry.",
        "Agreed: Nathan to complete the GCP2 with mum and discuss a step up with his team manager."])
    top = meeting_request_top(f, addr("Oyelowo, Nathan", "Nathan.Oyelowo@" + KDOM), addr("Knowsley MASH", KMASH),
                              "Step up TAF meeting - Rooney - EHM-68813", when, cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, desc, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-68813"],
        [ch("Tiegan Rooney", "2052-03-03", "03/03/2052"), ch("Alfie-Ray Rooney", "2059-11-29", "29/11/2059")],
        ["neglect", "substance_misuse"], None, True, [], False, "request_info",
        "CALENDAR-ONLY STEP-UP: an Outlook/Teams meeting request (text/calendar METHOD:REQUEST with the description "
        "as its text) is the request itself - Knowsley 004 has the FF case manager send the step-up TAF as a Teams "
        "invitation to the MASH inbox and MASH business support; it is not an iTIP REPLY, so kind step_up, not "
        "meeting_reply. Everything REQUIREMENTS.md asks for a Knowsley step-up is there: Appendix 1 form (.docx), EHM "
        "id, TM agreement ('discussed ... and agreed it'; form 'Agreed - Jo Tarbuck'), TAF minutes (.docx), meeting "
        "date/time (DTSTART 24/01/2063 10:00, a Wednesday) and, because the concern is neglect, the GCP2 (.pdf). "
        "NOTICE: from Thu 18 Jan the TAF on Wed 24 Jan is 4 working days (19, 22, 23, 24) < 5 -> notice not ok -> "
        "request_info (missing stays [] because meeting_details is present). Concerns: neglect; mum's drinking -> "
        "substance_misuse. Consent not mentioned -> null.",
        meeting=date(2063, 1, 24), not_children=["Nathan Oyelowo", "Jo Tarbuck"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2063-02-12 14:21:40"
    body = T("""
Early Help Module - notification

A case note with the type "Significant event" has been added to an episode you subscribe to.

Episode:      EHM-62718 (Family First 0-18 - Level 3)
Subject:      Mason Hughes-Ryder (DOB 09/10/2058)
Household:    Ava Hughes-Ryder (DOB 17/05/2062); Kerry Hughes (mother)
Author:       Ciara Devlin, Family First Case Manager
Recorded:     12/02/2063 14:19
Subscribers:  Knowsley MASH (step up pending); Farid Quayle

Case note:
Unannounced home visit 13:25. Kerry opened the door with a fresh cut above her eye and her lip swollen. Lee Brophy was in the kitchen - he is on bail not to come to the address. He told me to get out. When he went back in Kerry mouthed "please" at me. Mason had a red mark across his cheek and said "Lee pushed me into the door". Ava was in her pram in the hall screaming. I left because I did not feel able to stay. I am parked at the end of Cherryfield Drive writing this on the laptop. Lee is still in the house with Kerry and both children. Tried the MASH duty line twice - engaged.

----------------------------------------------------------------
You are receiving this email because you subscribe to notifications for this episode. Do not reply to this email; replies are not monitored. To view the episode, log in to the Early Help Module.
""")
    top = plain_top(f, addr("EHM Notifications", "ehm-noreply@" + KDOM), addr("Knowsley MASH", KMASH),
                    "EHM: case note added - Significant event - EHM-62718", when, KDOM, None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "auto_reply", True, None, ["EHM-62718"],
        [ch("Mason Hughes-Ryder", "2058-10-09", "09/10/2058"), ch("Ava Hughes-Ryder", "2062-05-17", "17/05/2062")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "AN EHM SYSTEM NOTIFICATION (Auto-Submitted: auto-generated, 'Do not reply') is kind auto_reply under the "
        "contract (auto-submitted mail), but DESIGN safety rule 1 reads 'mail that looks automatic' for risk: the "
        "case note's free text describes risk NOW - a man on bail not to attend is in the house with a 4-year-old "
        "who says 'Lee pushed me into the door' and an 8-month-old, the mother freshly injured and mouthing "
        "'please', the worker outside in her car. Urgent -> alert_duty (first in DESIGN's order, before ignore). "
        "No alarm word anywhere. Concerns: assault on mum / bail -> domestic_abuse; Mason's mark -> physical_harm. "
        "No requirements for an auto_reply -> missing [].",
        not_children=["Kerry Hughes", "Lee Brophy", "Ciara Devlin", "Farid Quayle"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2063-02-20 09:12:33"
    ack = T("""
Thank you - your step up request has been received.

Reference: SB-knowsley-214
Children: Jayden Mulhern, Lily-Mae Mulhern
Step up TAF meeting: Wednesday 21 February 2063, 10:00 (Microsoft Teams)
Nothing is missing.

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Morning,

Update for the step up TAF tomorrow - please add to the papers.

Chantelle texted me at 06:52:

"Hiya its Chantelle. Dale kicked off last nite smashed the telly and grabbed me by the neck. Police came n took him. Im at me mams in Halewood with the kids theyr fine they slept thru it all. Can u ring me after 10 x"

I've spoken to the DA unit (08:40). Dale Corkhill was arrested at the house at 23:50, charged with non-fatal strangulation and criminal damage, and remanded in custody at this morning's court - he's in HMP Altcourse until the plea hearing on 19/03. Jayden and Lily-Mae were asleep upstairs and weren't hurt; officers saw both before they left. Chantelle and the kids are staying at her mum's for now. No immediate risk to the children while he's remanded - I'll bring the PPN to the TAF and we'll look at a non-molestation order with her.

Dominic

Dominic Keane
Family First Case Manager | Huyton Team | Knowsley Council
07700 900 214

Sent from Outlook for Android
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "14 February 2063 10:02", "Keane, Dominic",
             "[SB-knowsley-214] Step up received - Mulhern - EHM-70451", ack)
    top = plain_top(f, addr("Keane, Dominic", "Dominic.Keane@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: [SB-knowsley-214] Step up received - Mulhern - EHM-70451", when, KDOM, None,
                    cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 5,
        "near_miss", "follow_up", False, None, ["EHM-70451"],
        [ch("Jayden Mulhern"), ch("Lily-Mae Mulhern")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "A TEXT MESSAGE PASTED INTO A REPLY to the acknowledgement [SB-knowsley-214] -> follow_up, attach_to_request. "
        "Near miss: the text describes strangulation and police last night, but the man is charged and REMANDED IN "
        "CUSTODY, the children were asleep, unhurt and seen by officers, and they are at their grandmother's - 'No "
        "immediate risk to the children while he's remanded' (DESIGN rule 1: resolved / already safe). Concern "
        "domestic_abuse (current, for the TAF). Children by full name only in the quoted acknowledgement. No notice "
        "for a follow_up.",
        not_children=["Dominic Keane", "Dale Corkhill"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2063-04-06 15:10:52"
    pdf = pdf_att("Step down - Signs of Safety summary - Nwachukwu-Bailey.pdf",
                  "Knowsley Children's Social Care - Step down to Family First 0-18 (Level 3)", [
        "Child: Chidera Nwachukwu-Bailey   DOB 25/12/2050   ICS-2051847",
        "Child: Kemi Nwachukwu-Bailey   DOB 08/08/2054",
        "Parent: Ngozi Nwachukwu (mother)",
        "Social worker: Precious Okafor, CIN Team Kirkby, 0151 496 0733",
        "Final CIN meeting: Wednesday 18 April 2063, 10:00, Kirkby Family Hub (meeting room 2)",
        "A Family First case manager is invited to the final CIN meeting.",
        "Consent: Ngozi has consented to the referral to Family First (signed consent form, 03/04/2063).",
        "",
        "What are we worried about?",
        "Ngozi's depression has lifted with treatment but mornings are still hard; Chidera's attendance is 88% and",
        "she is late two or three times a week. Kemi has started refusing to go to Brownies and clubs.",
        "What is working well?",
        "Ngozi takes her medication and sees her GP monthly; the children's dad has them every other weekend;",
        "the home is warm and clean; both girls say they feel looked after.",
        "What needs to happen?",
        "A Family First case manager to lead a TAF with both schools; an attendance and morning-routine plan for",
        "Chidera; Ngozi to be linked with the Knowsley Talking Therapies group; first TAF review within 6 weeks."])
    top = outlook_top(f, addr("Okafor, Precious", "Precious.Okafor@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First - L3 - Nwachukwu-Bailey", when)
    add(f, blank_outlook(f, top, [pdf]), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["ICS-2051847"],
        [ch("Chidera Nwachukwu-Bailey", "2050-12-25", "25/12/2050"), ch("Kemi Nwachukwu-Bailey", "2054-08-08", "08/08/2054")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "BLANK BODY, EVERYTHING IN ONE PDF: the Outlook mail has no text at all; the Level 3 step-down (L3 in the "
        "subject and the PDF title) is complete in the attachment - final CIN date, time and venue, all three Signs of "
        "Safety headings, consent 'has consented ... signed consent form' (REQUIREMENTS, Knowsley step_down level 3). "
        "NOTICE ACROSS EASTER: from Fri 6 April (BST) the CIN meeting on Wed 18 April is 6 working days (9, 10, 11, "
        "12, 17, 18: Good Friday 13 and Easter Monday 16 April excluded; 8 plain weekdays) >= 5 -> ok -> book_meeting. "
        "Concerns: mum's depression -> parental_mental_health; 88% and lateness -> school_attendance.",
        meeting=date(2063, 4, 18), not_children=["Ngozi Nwachukwu", "Precious Okafor"],
        names_only_in_attachments=True)

def knowsley_05():
    f = "knowsley_05.eml"; when = "2063-02-21 08:05:19"
    sections = [
        ("About you", [("Submitted", "21/02/2063 08:03"), ("Your name", "Maureen Tickle"),
                       ("Your relationship to the child", "Neighbour"), ("Your phone number", "07700 900318"),
                       ("Can we contact you?", "Yes")]),
        ("About the child", [("Child's name", "Lacey-Mae Pryor"), ("Child's age or date of birth", "about 5"),
                             ("Other children in the household", "Kayden Pryor - baby boy, about 1"),
                             ("Child's address", "7 Moorfield Walk, Kirkby, L32 9ZW"),
                             ("Parent or carer", "Shannon Pryor (mum)")]),
        ("Your concern", [
            ("What is happening?", "Lacey-Mae has been knocking on my door since just before 7 this morning in her "
             "nightie asking for toast. She says her mummy \"won't wake up\" and the baby is crying in his cot. I've "
             "been round and banged on the door and the windows, there's no answer, the curtains are shut and I can "
             "hear the baby screaming. Shannon has been drinking a lot since Christmas. Lacey-Mae is with me in my "
             "kitchen now but the baby is still in there on his own with her mum. I don't have a key."),
            ("Have you told anyone else?", "No. I didn't know who to ring so I found this form on the council website.")]),
    ]
    title = "Report a concern about a child - form submission KMBC-RC-004417"
    intro = ("If you think a child is in immediate danger, call 999 now. This form is checked by the Multi-Agency "
             "Safeguarding Hub during office hours (Monday to Friday, 9am to 5pm).")
    top = plain_top(f, addr("Knowsley Council Online Forms", "noreply-forms@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Report a concern about a child - KMBC-RC-004417", when, KDOM, None)
    add(f, form_mail(f, top, title, intro, sections, "Submitted from www.knowsley.gov.uk. Reference KMBC-RC-004417."),
        "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Lacey-Mae Pryor"), ch("Kayden Pryor")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "COUNCIL WEB FORM from a neighbour (no Auto-Submitted; a person's report mailed by the form system): a "
        "5-year-old out since 7am saying her mother 'won't wake up', a baby screaming alone in a locked flat with her "
        "NOW -> urgent, alert_duty (before office hours: the out-of-hours contacts). The alarm words appear only in "
        "the form's fixed boilerplate ('immediate danger', 'Safeguarding Hub'). Kind other: a member of the public, no "
        "step request. Form reference KMBC-RC-004417 is no case id. Concerns: children left uncared for -> neglect; "
        "'drinking a lot' -> substance_misuse. Ages only, no DOBs.",
        not_children=["Maureen Tickle", "Shannon Pryor"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2063-03-08 11:03:52"
    orig = T("""
Hi Elinor,

As discussed on the phone, I'm stepping Jamie down to a Level 2 service at his final CIN meeting - grateful if this can go to the duty team.

Child: Jamie Ellis-Ogunleye, DOB 30/04/2052, ICS-2049316
Final CIN meeting: Thursday 15 March 2063, 2.00pm, St Aidan's Catholic Primary School, Huyton (SENCo's office)
New Lead Practitioner: Mrs Fiona Keating, SENCo, St Aidan's Catholic Primary School - she has agreed to take on the LP role and the EHA.

What are we worried about?
Jamie (10) is on the ASD pathway (assessment booked at the children's hospital in May). His anxiety about the classroom means he has been on a reduced timetable since October, and dad (single carer) finds the meltdowns at home hard to manage.

What is working well?
Dad has engaged fully with the CIN plan and completed the parenting course for autistic children; Jamie is back to full days three days a week; he has a very good relationship with Mrs Keating.

What needs to happen?
EHA and TAF led by school; support through the ASD assessment and a request for an EHC needs assessment; dad to be linked in with the parent carer forum.

Dad agrees with the step down.

Thanks,
Gurpreet

Gurpreet Sandhu
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0622
""")
    body = quote("Sandhu, Gurpreet <Gurpreet.Sandhu@knowsley.gov.uk>", "08 March 2063 11:03", "Marsh, Elinor",
                 "Step down to Level 2 - Ellis-Ogunleye - final CIN Thurs 15th March", orig) + "\n" + KDISC
    top = rules_forward_top(f, "Marsh, Elinor", "Elinor.Marsh@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
                            "FW: Step down to Level 2 - Ellis-Ogunleye - final CIN Thurs 15th March", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-2049316"],
        [ch("Jamie Ellis-Ogunleye", "2052-04-30", "30/04/2052")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "OUTLOOK AUTO-FORWARD RULE: the duty team manager's inbox rule forwarded the social worker's mail to the "
        "Family First duty mailbox with nothing added (X-MS-Exchange-Inbox-Rules-Loop; no Auto-Submitted) - the "
        "request is the forwarded original. Complete Level 2 step-down (REQUIREMENTS, Knowsley level 2): final CIN "
        "date, time and venue; all three Signs of Safety headings; the new Lead Practitioner named with her agency "
        "(Mrs Fiona Keating, SENCo, St Aidan's). 'Dad agrees with the step down' -> consent true (not required at L2). "
        "NOTICE: Thu 8 March -> Thu 15 March = exactly 5 working days -> ok. Concern: ASD pathway / EHC needs "
        "assessment -> disability_send.",
        meeting=date(2063, 3, 15), not_children=["Gurpreet Sandhu", "Fiona Keating"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2063-03-27 00:20:11"
    body = T("""
Hi all,

Apologies for the late email - catching up after two days in court.

I'm requesting a step down to Family First at Level 3 for Tyler and Skye and would like a case manager to come on the joint home visit with me:

Joint home visit: Monday 2nd April, 10am, at home - 31 Larchwood Close, Prescot, L34 9ZT

Tyler Gallimore - 11/08/2054 - ICS ID 1987340
Skye Gallimore - 30/01/2058 - ICS ID 1987341

Background (for context only): the children were on child protection plans under the category of physical abuse from June 2061 to October 2062 after Mr Gallimore assaulted Tyler. He was convicted in 2061, has had no contact since, lives in Glasgow and is subject to a restraining order. The risk from him is assessed as having gone: there are no current child protection or safeguarding concerns, and the CIN plan has been stepped down gradually over the last five months.

What are we worried about?
Mum (Jodie) has anxiety and panic attacks and is on the waiting list for Talking Therapies. Tyler's attendance is 84% - he struggles on Mondays. Skye is settled.

What is working well?
Mum made every change the CP plan asked of her and has kept the children safe; the maternal grandparents live round the corner and do the school run twice a week; both children say home is calm.

What needs to happen?
A Family First case manager to lead a TAF with school; an attendance plan for Tyler; mum supported to take up Talking Therapies.

Consent: Jodie has signed the Family First consent form (attached).

Many thanks,
Bryony

Bryony Fairclough
Social Worker | Child in Need Team (Prescot) | Knowsley Council
""") + KDISC
    consent = pdf_att("FF consent - Gallimore.pdf", "Family First 0-18 - consent to a referral", [
        "I agree to my family being referred to Family First 0-18 for support.",
        "Children: Tyler and Skye", "Signed: Jodie Gallimore (mother)   Date: 23/03/2063"])
    top = outlook_top(f, addr("Fairclough, Bryony", "Bryony.Fairclough@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Gallimore - joint home visit Mon 2nd April 10am", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["1987340", "1987341"],
        [ch("Tyler Gallimore", "2054-08-11", "11/08/2054"), ch("Skye Gallimore", "2058-01-30", "30/01/2058")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "NEAR MISS: 'child protection plans', 'physical abuse', 'assaulted', 'risk', 'safeguarding' are all history "
        "or negated (plans ended October 2062, father convicted 2061, no contact, 'no current child protection or "
        "safeguarding concerns'). Otherwise a complete Level 3 step-down (joint home visit date/time/address, three "
        "headings, consent form signed). THE CLOCK CHANGE DECIDES THE NOTICE: sent 00:20 BST on Tue 27 March (23:20 "
        "UTC on Mon 26 March); counted from the Europe/London date (DESIGN, REQUIREMENTS: Europe/London time) the "
        "visit on Mon 2 April is 4 working days (28, 29, 30 March, 2 April) < 5 -> not ok -> request_info; a count "
        "from the UTC date would give 5. 'ICS ID 1987340' -> the bare number (DESIGN's label rule).",
        meeting=date(2063, 4, 2), not_children=["Bryony Fairclough", "Jodie Gallimore"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2063-03-12 08:47:26"
    add(f, itip_reply(f, when, "Farid Quayle", "farid.quayle@" + KDOM, ("Family First 0-18 Duty Mailbox", KFF),
                      "TENTATIVE", "Final CIN meeting - Ellis-Ogunleye [SB-knowsley-233]",
                      "20630315T140000", "20630315T150000", "St Aidan's Catholic Primary School, Huyton",
                      comment="I have a joint visit in Kirkby at 12.30 - I should be there for 2 but will ring the "
                              "school if I'm held up."),
        "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=TENTATIVE) from the Family First case manager "
        "stepbot invited to knowsley_06's final CIN meeting, with a comment: meeting_reply -> record_reply. Nothing "
        "in the comment is a risk.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2063-01-09 11:40:02"
    text = T("""
Tamsin Achterberg (Early Help Team Manager, Wandsworth Early Help - West) has sent you a form from Mosaic.

Form:     Early Help - Request to Step Up to Children's Services
Person:   Rhys Penhaligon-Ward (Person ID 2290415)
Born:     17/06/2053
Sent:     09/01/2063 11:38

Message from Tamsin Achterberg:

Following supervision with Niamh Geraghty (EH practitioner) this morning I have agreed the plan to step Rhys up. The latest case summary is attached (exported from Mosaic).

Rationale for step up
Since the October TAF review the home conditions have deteriorated again: no working cooker for six weeks, Rhys (9) arriving at school hungry and in the same clothes, and dad's cannabis use is now daily and in front of him. Dad has stopped coming to TAF meetings and has cancelled four home visits in a row. We have gone as far as we can with an Early Help plan and think a statutory assessment is needed. No immediate child protection concerns. Dad knows we are stepping up and says he agrees.

--
This email was generated by Mosaic when a form was sent. The attached PDF was created from the form at the time it was sent. Reply to this email to reply to the sender.
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'
         'Arial;font-size:10pt"><p><b>Tamsin Achterberg</b> (Early Help Team Manager, Wandsworth Early Help - West) has '
         'sent you a form from Mosaic.</p>\n<table><tr><td>Form:</td><td>Early Help - Request to Step Up to Children&#39;s '
         'Services</td></tr>\n<tr><td>Person:</td><td>Rhys Penhaligon-Ward (Person ID 2290415)</td></tr>\n<tr><td>Born:'
         '</td><td>17/06/2053</td></tr>\n<tr><td>Sent:</td><td>09/01/2063 11:38</td></tr></table>\n'
         '<p><b>Message from Tamsin Achterberg:</b></p>\n' +
         "".join("<p>%s</p>\n" % esc(p) for p in text.split("Message from Tamsin Achterberg:\n\n")[1]
                 .split("\n--\n")[0].strip().split("\n\n")) +
         '<p style="color:#777">This email was generated by Mosaic when a form was sent. The attached PDF was created '
         'from the form at the time it was sent. Reply to this email to reply to the sender.</p></body></html>\n')
    pdf = pdf_att("Case summary - Rhys Penhaligon-Ward - 2290415.pdf", "Case summary", mosaic_pdf(
        "Case summary", "Person ID 2290415 | Rhys Penhaligon-Ward | printed 09/01/2063", [
        "Family: Rhys (9) lives with his father, Gavin Ward. Mother lives in Cornwall, monthly contact.",
        "Early Help involvement: Early Help plan since 14/06/2062 (school attendance, home conditions, dad's",
        "cannabis use). TAF reviews 08/2062 and 10/2062.",
        "Progress: some improvement over the summer (cooker repaired, food bank vouchers used) but not sustained.",
        "Current position: home conditions poor, Rhys hungry and unkempt, dad's cannabis use daily, four visits",
        "cancelled since November; dad did not attend the December TAF.",
        "School: attendance 91%; free breakfast club; Rhys says he 'makes his own tea'."]))
    top = plain_top(f, addr("Mosaic", "mosaic-noreply@" + RDOM), addr("MASH Step Up", RSU),
                    "Mosaic: form 'Early Help - Request to Step Up' sent to you by Tamsin Achterberg", when, RDOM, None,
                    extra=[("Reply-To", addr("Achterberg, Tamsin", "Tamsin.Achterberg@" + RDOM))])
    add(f, alt_mail(f, top, text, h, [pdf]), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2290415"],
        [ch("Rhys Penhaligon-Ward", "2053-06-17", "17/06/2053")],
        ["neglect", "non_engagement", "substance_misuse"], True, True, [], None, "book_meeting",
        "MOSAIC 'FORM SENT' NOTIFICATION carrying a person's request (no Auto-Submitted; 'Reply to this email to reply "
        "to the sender'): the Early Help Team Manager's step-up to the MASH Step Up inbox (000: 'the Early Help Team "
        "Manager will email the MASH: Step Up email ... with the latest case summary and the rationale'). Case summary "
        "= the Mosaic PDF; rationale pasted under its own heading -> nothing missing -> book_meeting. 'Person ID "
        "2290415' -> '2290415'. Manager: the TM herself 'I have agreed the plan' -> true; 'Dad ... says he agrees' -> "
        "consent true. 'No immediate child protection concerns' is negated. Concerns: hunger / home conditions -> "
        "neglect; missed TAFs and visits -> non_engagement; dad's cannabis -> substance_misuse.",
        not_children=["Tamsin Achterberg", "Niamh Geraghty", "Gavin Ward"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2063-01-31 17:52:30"
    text = T("""
Please can someone from MASH ring me now on 07700 900651. The text below came in at 17:46 from Jada - I'm her Early Help worker. I've rung 999 and told her to stay in the bathroom with her brother and keep the door locked. I'm driving over now.

Jada Okonkwo-Bell, 14, and Tyler Bell, 6
41 Lavender Court, Battersea, SW11 9ZX
Mum: Chioma Okonkwo. Boyfriend: Marcus (don't know his surname)

Efua Mensah-Boateng
Early Help Practitioner, Wandsworth Early Help - West

Her text, 17:46:
miss its jada. mums boyfriend has gone mad hes smashing everything and he put his hands round mums neck. me and tyler are locked in the bathroom he keeps banging on the door saying hes going to kill us. mum told me to text u. please

Sent from my iPhone
""")
    top = plain_top(f, addr("Efua Mensah-Boateng", "Efua.Mensah-Boateng@" + RDOM), addr("MASH Step Up", RSU),
                    "Fwd: text from Jada - please ring me", when, RDOM, "iPhone Mail (22F76)",
                    cc=addr("Achterberg, Tamsin", "Tamsin.Achterberg@" + RDOM))
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jada Okonkwo-Bell"), ch("Tyler Bell")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A TEXT MESSAGE FORWARDED TO EMAIL from the Early Help worker's iPhone: a 14-year-old locked in a bathroom "
        "with her 6-year-old brother while mum's boyfriend, who has just had his hands round mum's neck, bangs on the "
        "door 'saying hes going to kill us' -> immediate risk now, after 17:00 (out-of-hours contacts). No alarm "
        "word anywhere. Kind other: an emergency, not the protocol's step-up (000: step-up is for concerns 'not "
        "immediate child protection', emailed by the TM with a case summary and rationale), so no requirements. "
        "Concerns: strangling mum -> domestic_abuse; threats to kill the children -> physical_harm.",
        not_children=["Chioma Okonkwo", "Efua Mensah-Boateng"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2063-02-05 07:58:41"
    orig = T("""
OFFICIAL-SENSITIVE

NOTIFICATION TO AN AGENCY HOLDING AN OPEN EARLY HELP PLAN - FOR INFORMATION

Incident date/time:  05/02/2063 01:10
Location:            9 Cranmer Terrace, Tooting, SW17 9ZJ
Incident type:       Domestic - verbal and physical (adult victim)
Victim:              Sophie Drummond (32)
Suspect:             Craig Holloway (35), ex-partner
Children present:    Amelia Drummond (DOB 03/05/2055); Theo Drummond (DOB 21/11/2058)

Summary: The suspect attended the address uninvited, forced the back door and assaulted the victim (punched to the face). Suspect ARRESTED at the scene, CHARGED with ABH and criminal damage and REMANDED IN CUSTODY to appear at Wimbledon Magistrates' Court. The children were asleep upstairs throughout, were seen by officers and were uninjured. The children remain in the care of their mother, who has been referred to the IDVA service.

DASH risk level: MEDIUM
Officer's assessment of risk to the children: no immediate safeguarding concerns identified; children safe with mother; suspect in custody.

This notification is sent for information. No reply is required. If you have concerns about a child's immediate safety, contact the MASH or call 999.

MPS South West BCU - Public Protection Notifications
""")
    body = quote("MPS SW BCU Public Protection Notifications <SWBCU.PPN@met.police.example>", "05 February 2063 07:52",
                 "Lorimer, Pippa", "MPS Domestic Abuse Notification - MERLIN 63MER004417 - DRUMMOND", orig)
    top = rules_forward_top(f, "Lorimer, Pippa", "Pippa.Lorimer@" + RDOM, addr("Early Help Duty", RED),
                            "FW: MPS Domestic Abuse Notification - MERLIN 63MER004417 - DRUMMOND", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Amelia Drummond", "2055-05-03", "03/05/2055"), ch("Theo Drummond", "2058-11-21", "21/11/2058")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "OUTLOOK AUTO-FORWARD (an absent Early Help worker's inbox rule, nothing added) of a police domestic abuse "
        "notification. Near miss: a night-time assault with children in the house, but the suspect is ARRESTED, "
        "CHARGED and REMANDED IN CUSTODY, the children were asleep, seen and uninjured, and the officers record 'no "
        "immediate safeguarding concerns ... children safe with mother' (resolved / child already safe). Kind other "
        "(for information; no step asked) -> human_review. MERLIN reference is no case id. Concern domestic_abuse.",
        not_children=["Sophie Drummond", "Craig Holloway"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2063-01-29 16:20:15"
    sig_text = T("""

Folake Adeyinka
Social Worker | Child in Need Team 2 | Wandsworth Children's Services
020 7946 0580 | 07700 900 417

""") + RDISC
    summary = pdf_att("Case summary - Kowalczyk - Jan 2063.pdf", "Case summary (Mosaic)", mosaic_pdf(
        "Case summary", "Mosaic ID 2317754 | printed 29/01/2063", [
        "Children: Zofia Kowalczyk (DOB 07.06.2050), Oskar Kowalczyk (DOB 19.10.2056)",
        "Mother: Agnieszka Kowalczyk, who has relapsing multiple sclerosis and uses a wheelchair outdoors.",
        "Involvement: CIN plan since July 2062 after school raised that Zofia (12) was missing lessons to care for",
        "her mother and brother. Carers assessment completed; care package increased in November.",
        "Progress: Zofia's attendance 94% this term; young carers group weekly; Oskar settled at school.",
        "Step down agreed in principle at the CIN review on 24/01/2063. Ms Kowalczyk consented to Early Help",
        "at the review. Case discussion with Jasper Quint (Early Help) agreed for Thursday 1 February, 2pm."]))
    plan = docx_att("Draft Early Help plan - Kowalczyk.docx", [
        "# Draft Early Help plan - Kowalczyk family",
        "Lead Professional (proposed): to be agreed at the case discussion",
        "1. Zofia to keep attending the young carers group (Wandsworth Carers' Centre) - weekly.",
        "2. Early Help worker to check the care package is covering mornings - monthly.",
        "3. School to keep Zofia's attendance above 93% - termly review.",
        "4. Oskar to be offered the sibling group at the Carers' Centre.",
        "Family's view: 'We don't need a social worker any more but Zofia still needs her group.'"])
    top = outlook_top(f, addr("Adeyinka, Folake", "Folake.Adeyinka@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Kowalczyk - case discussion agreed with Jasper, Thurs 1st Feb 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, blank_outlook(f, top, [summary, plan], sig_text=sig_text), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2317754"],
        [ch("Zofia Kowalczyk", "2050-06-07", "07.06.2050"), ch("Oskar Kowalczyk", "2056-10-19", "19.10.2056")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "BODY BLANK BUT FOR THE AUTOMATIC SIGNATURE; the step-down is in the subject (the case discussion time agreed "
        "with the EH manager) and two attachments: the Mosaic case summary (PDF) and the draft Early Help plan (.docx). "
        "Consent is stated in the summary ('consented to Early Help at the review') -> REQUIREMENTS (R&W step_down: "
        "case_summary, draft_plan, consent) all met -> book_meeting; no notice period. 'Mosaic ID 2317754' -> bare "
        "number. Concern: Zofia caring for mum -> young_carer (mum's MS is a parent's illness, not the child's SEND).",
        not_children=["Folake Adeyinka", "Agnieszka Kowalczyk", "Jasper Quint"], names_only_in_attachments=True)

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2063-02-20 10:03:12"
    body = T("""
This is an automatic notification from Mosaic. Please do not reply.

A workflow step has been assigned to your team.

Step:         Early Help Plan and Visit
Assigned to:  Early Help Duty (team)
Assigned by:  Noor Haddad, Social Worker, Richmond CIN Team
Person:       Ruby-Mae Sinclair (2264031)
Born:         12/08/2051
Due:          27/02/2063

Reason / notes entered by the assigning worker:
Step down agreed at the case discussion on 19/02/2063 (Jasper Quint, EH manager). Background for the EH worker: Ruby-Mae was on a child protection plan (category: sexual abuse) from March to December 2062 after she disclosed abuse by a family friend. He was charged, has bail conditions prohibiting any contact, and the trial is listed for the summer. There has been no contact and no breach. Ruby-Mae has finished her sessions at the Havens and is doing well at school. No current risk identified - mum has been protective throughout. Joint visit to be booked within 5 working days.

To open this step, log in to Mosaic and go to Current Work.
""")
    top = plain_top(f, addr("Mosaic Workflow", "mosaic-workflow@" + RDOM), addr("Early Help Duty", RED),
                    "Mosaic: new step assigned to Early Help Duty - Early Help Plan and Visit - 2264031", when, RDOM,
                    None, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "auto_reply", False, None, ["2264031"],
        [ch("Ruby-Mae Sinclair", "2051-08-12", "12/08/2051")],
        [], None, None, [], None, "ignore",
        "MOSAIC WORKFLOW NOTIFICATION (Auto-Submitted: auto-generated, 'Please do not reply') assigning the 'Early "
        "Help Plan and Visit' step after a step-down already agreed (000: the social worker assigns that Mosaic "
        "workflow once the process has taken place) -> kind auto_reply -> ignore. Near miss: 'child protection plan', "
        "'sexual abuse', 'charged' are all past (plan ended December 2062, no contact, bail conditions, 'No current "
        "risk identified'). Concerns [] (no current worry stated). The person id in brackets -> '2264031'.",
        not_children=["Noor Haddad", "Jasper Quint"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2063-03-14 12:41:09"
    comment = ("Sorry - I can't do 2pm. I'm at Southfields Park Primary with Mia Castellano now. Her stepdad Jason "
               "turned up at the gate at lunch and tried to pull her into his car - staff got her back inside and he "
               "drove off shouting that he's 'going to get the baby'. Mum and the children left him in January and "
               "there's a non-molestation order. Luca Castellano (10 months) is at the childminder's at 22 Elsenham "
               "Street - she isn't answering and neither is mum. Please can someone ring me on 07700 900732.")
    add(f, itip_reply(f, when, "Kwame Asante", "Kwame.Asante@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Castellano [SB-richmond_wandsworth-88]",
                      "20630314T140000", "20630314T150000", "Microsoft Teams Meeting", comment=comment),
        "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, [],
        [ch("Mia Castellano"), ch("Luca Castellano")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A MEETING REPLY'S COMMENT (DESIGN rule 1 names it): an Outlook iTIP REPLY, PARTSTAT=DECLINED, to the step-up "
        "case discussion, whose comment reports that the stepfather (non-molestation order) tried to pull Mia into "
        "his car at lunchtime and drove off 'going to get the baby', who is at a childminder nobody can reach -> "
        "immediate risk, alert_duty (before record_reply). No alarm word. Concerns: the order / fleeing him -> "
        "domestic_abuse; trying to drag a child into a car -> physical_harm. The [SB-] reference is the meeting's.",
        not_children=["Kwame Asante"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2063-03-22 15:15:48"
    msg_ = T("""
Dear MASH,

I'm the Early Help Team Manager for Richmond North. Following a reflective discussion with Callum Dwyer (EH practitioner) on Tuesday, I have agreed that Tobi Adebayo (DOB 22/09/2051, Mosaic 2298156) should be stepped up to Children's Services.

Rationale for step up
Tobi (11) has been missing from home overnight three times since Christmas. On the last occasion he was found in Hounslow with two older boys and £200 in cash he could not explain, and he now has a second phone. Dad (sole carer) works nights and cannot supervise him. The Early Help plan has not reduced the episodes and we think a statutory assessment and an exploitation screening are needed. There are no immediate concerns for his safety this week - he is staying at his aunt's while dad is on nights.

The latest case summary is attached. Dad is not yet aware - we will speak to him after the case discussion.

Kind regards
Saoirse

Saoirse Mulcahy
Early Help Team Manager (Richmond North) | Achieving for Children
""")
    blocks = ["Saoirse Mulcahy (saoirse.mulcahy@achievingforchildren.example) has sent you a secure email.",
              "Subject: Step up - Adebayo\nClassification: OFFICIAL-SENSITIVE", ("msg", msg_),
              ("files", ["Case summary - Tobi Adebayo.docx (86 KB)"]),
              "To download the attachments, open the message in Egress: https://switch.egress.example/ui/"
              "message/%s - sign in with this email address. The message and its files are kept for 30 days."
              % sha(f, "egress")[:20]]
    top = plain_top(f, addr("Saoirse Mulcahy via Egress", "notifications@switch.egress.example"), addr("MASH Step Up", RSU),
                    "Secure email from Saoirse Mulcahy: Step up - Adebayo", when, "switch.egress.example", None,
                    extra=[("Reply-To", addr("Saoirse Mulcahy", "saoirse.mulcahy@achievingforchildren.example"))])
    add(f, alt_mail(f, top, wrapper_text(blocks), wrapper_html("You have received a secure email", blocks)),
        "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2298156"],
        [ch("Tobi Adebayo", "2051-09-22", "22/09/2051")],
        ["exploitation", "missing"], None, True, ["case_summary"], None, "request_info",
        "EGRESS SECURE-MAIL WRAPPER with the message text inside: the Early Help Team Manager's step-up, rationale "
        "under its own heading, TM agreement ('I have agreed'). The case summary is NOT attached - it sits on the "
        "Egress service behind a sign-in link; REQUIREMENTS ('a document id is met by an attachment ... or by the same "
        "document pasted into the body') -> case_summary missing -> request_info (business support can download it "
        "and correct). 'Mosaic 2298156' -> '2298156'. Dad 'not yet aware' -> consent null (not asked; not required "
        "for an R&W step-up). 'No immediate concerns for his safety this week' is negated. Concerns: missing "
        "overnight -> missing; cash, older boys, second phone -> exploitation.",
        not_children=["Saoirse Mulcahy", "Callum Dwyer"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2063-04-03 21:10:27"
    sections = [
        ("About you", [("Your name", "Danielle Foster"), ("Address", "Flat 4, 60 Coalport Row, Putney, SW15 9ZN"),
                       ("Phone", "07700 900864"), ("Best time to call", "Weekday mornings")]),
        ("Your children", [("Children in the household", "Reggie Foster - 14/02/2055\nPoppy Foster - 03/09/2058")]),
        ("Your request", [
            ("What would you like help with?", "Reggie is 8 and since we moved here he's been having nightmares, "
             "wetting the bed again and lashing out at his little sister when he gets cross. I think it's everything "
             "he saw when he was little. I'd like some parenting support and someone Reggie can talk to."),
            ("Is there anything else we should know?", "My ex-partner was violent to me for years - he broke my jaw "
             "in 2060 in front of Reggie and went to prison for it. He was released last year but he lives in "
             "Newcastle, there's a restraining order, he hasn't contacted us and he doesn't know where we live. The "
             "police and my IDVA closed my case in the autumn. We are safe now, I just need help with Reggie."),
            ("Is anyone at risk of harm right now?", "No"),
            ("Do you agree to Early Help contacting you and sharing information with your children's school?",
             "Yes - I agree")]),
    ]
    top = plain_top(f, addr("Richmond and Wandsworth Council Forms", "forms-noreply@" + RDOM), addr("Early Help Duty", RED),
                    "New submission: Request for Early Help (families) - EH-SR-30918", when, RDOM, None)
    add(f, form_mail(f, top, "Request for Early Help (families) - submission EH-SR-30918",
                     "This form is for families asking for Early Help. It is not monitored in the evenings or at "
                     "weekends. If anyone is in immediate danger call 999.", sections,
                     "Submitted 03/04/2063 21:09 from the council website."),
        "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Reggie Foster", "2055-02-14", "14/02/2055"), ch("Poppy Foster", "2058-09-03", "03/09/2058")],
        [], True, None, [], None, "human_review",
        "A PARENT'S EARLY HELP SELF-REFERRAL by web form at 21:09 (BST). Near miss: 'violent', 'broke my jaw', "
        "'prison', 'restraining order', 'immediate danger' - all history or boilerplate: the violence ended in 2060, "
        "no contact, 'We are safe now', 'Is anyone at risk of harm right now? No'. Kind other (a family's request, "
        "not a step-down from social care) -> human_review. 'I agree' to Early Help contacting and sharing -> consent "
        "true. Concerns []: the domestic abuse is historic and the child's nightmares fit no contract id.",
        not_children=["Danielle Foster"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2063-01-17 10:26:44"
    sections = [
        ("About you", [("Name", "Shirin Akhtar"), ("Role", "Family Support Practitioner"),
                       ("Organisation", "Tower Hamlets Early Help - Bow Family Hub"),
                       ("Email", "shirin.akhtar@towerhamlets.gov.uk"), ("Phone", "020 7946 0371")]),
        ("The child or children", [
            ("Child 1", "Arif Hossain - DOB 12/12/2054 - Mosaic ID 1487263"),
            ("Child 2", "Sadia Hossain - DOB 06/06/2059 - Mosaic ID 1487264"),
            ("Parent / carer", "Rokeya Hossain (mother); father lives in Bangladesh"),
            ("Language", "Sylheti - interpreter needed")]),
        ("Your request", [
            ("Type of request", "Step up from Targeted Early Help to Children's Social Care"),
            ("Is there an immediate child protection concern?", "No"),
            ("Reason for the request", "The family have had an Early Help plan since May 2062. Despite the plan "
             "the home conditions have got worse: the flat has had no heating since November, there is often little "
             "food, and Arif (8) has lost weight and has had untreated head lice for months. Mum's depression has "
             "worsened - her GP referred her to the crisis team once this winter - and she struggles to get out of "
             "bed to take the children to school and nursery."),
            ("What has been tried", "Weekly home visits, food bank and fuel vouchers, housing repairs request, GP "
             "and perinatal mental health liaison, TAF reviews every 6 weeks."),
            ("Has the parent consented to this request?", "Yes - Mrs Hossain consented on 15/01/2063 (with a "
             "Sylheti interpreter)"),
            ("Has your line manager agreed this request?", "Yes - Nadim Rahman, Early Help Co-ordinator (my line "
             "manager), agreed on 16/01/2063")]),
    ]
    title = "Multi-Agency Request for Support (MARF) - submission MARF-4471-Q"
    intro = ("A new Multi-Agency Request for Support has been submitted to MAST. A PDF copy of the submission is "
             "attached.")
    text, h = form_bodies(title, intro, sections, "Tower Hamlets Council online forms - do not reply to this address.")
    pdf = pdf_att("MARF-4471-Q.pdf", "Multi-Agency Request for Support (MARF) - MARF-4471-Q", [
        "Submitted 17/01/2063 10:25 by Shirin Akhtar (Early Help - Bow Family Hub)",
        "Children: Arif Hossain 12/12/2054 (1487263); Sadia Hossain 06/06/2059 (1487264)",
        "Request: step up from Targeted Early Help to Children's Social Care",
        "Immediate child protection concern: No",
        "Consent: Yes (15/01/2063)   Line manager agreement: Yes - Nadim Rahman (16/01/2063)"])
    top = plain_top(f, addr("Tower Hamlets Council", "noreply.forms@" + TDOM), addr("MAST", TMAST),
                    "Multi-Agency Request for Support (MARF) - new submission MARF-4471-Q - HOSSAIN", when, TDOM, None,
                    extra=[("Reply-To", addr("Shirin Akhtar", "shirin.akhtar@" + TDOM))])
    add(f, alt_mail(f, top, text, h, [pdf]), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1487263", "1487264"],
        [ch("Arif Hossain", "2054-12-12", "12/12/2054"), ch("Sadia Hossain", "2059-06-06", "06/06/2059")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "PORTAL SUBMISSION: the council's online MARF, mailed to MAST by the form system (no Auto-Submitted) with a "
        "PDF copy - the Multi-Agency Request for Support itself, so request_for_support is met; line manager "
        "agreement 'Yes - ... agreed on 16/01/2063' -> true; consent 'Yes - ... consented' -> true. Tower Hamlets "
        "step-up (REQUIREMENTS: request_for_support, manager_agreed) complete -> book_meeting. 'Mosaic ID 1487263' "
        "-> bare numbers; the submission reference is no case id. Concerns: cold flat, little food, weight, lice -> "
        "neglect; mum's depression -> parental_mental_health.",
        not_children=["Shirin Akhtar", "Rokeya Hossain", "Nadim Rahman"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2063-03-06 12:04:37"
    msg_ = T("""
Seen in the baby clinic at the Barkantine Practice this morning: Rayan Chowdhury, 16 weeks (DOB 14/11/2062), brought in by dad. Bruising to the tops of both ears and a torn frenulum. Dad says he rolled off the sofa - he can't roll yet. I asked them to wait for the paediatric registrar at the Royal London and went to phone; when I came back at 11:20 dad had taken him home.

Address: 18 Kelson House, Isle of Dogs, E14 9ZQ. Mum (Sumaiya) was at home; at the 8-week check she told the health visitor she was scared of dad's temper. I've rung the home phone and mum's mobile - no answer.

Body map attached. Please call me on 020 7946 0113.

Dr Ayesha Siddiqui, GP, Barkantine Practice
""")
    blocks = ["Dr Ayesha Siddiqui (ayesha.siddiqui@nhs.example) has sent you 1 file using Cryptshare.",
              "Message from the sender:", ("msg", msg_), ("files", ["Bodymap Rayan Chowdhury.pdf (212 KB)"]),
              "Download the file: https://cryptshare.eastlondonhealth.example/download.html?id=%s\n"
              "The file can be downloaded until 20/03/2063. This transfer is encrypted; the password has been "
              "sent to you separately." % sha(f, "cs")[:16]]
    top = plain_top(f, addr("Cryptshare", "noreply-cryptshare@eastlondonhealth.example"), addr("MAST", TMAST),
                    "Dr Ayesha Siddiqui has sent you files (Cryptshare)", when, "eastlondonhealth.example", None,
                    extra=[("Reply-To", addr("Dr Ayesha Siddiqui", "ayesha.siddiqui@nhs.example"))])
    add(f, alt_mail(f, top, wrapper_text(blocks), wrapper_html("Cryptshare - new file transfer", blocks, "#0B5394")),
        "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Rayan Chowdhury", "2062-11-14", "14/11/2062")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "CRYPTSHARE NOTICE WITH THE GP'S MESSAGE INSIDE (the body map stays on the service): a 16-week-old with "
        "bruised ears and a torn frenulum, an explanation that does not fit ('he can't roll yet'), taken home by the "
        "father before the paediatric review, nobody answering -> immediate risk now, alert_duty. No alarm word "
        "anywhere. Kind other (a health referral, not an Early Help step-up). Concern physical_harm (mum's fear of "
        "dad's temper is reported, not stated as domestic abuse).",
        not_children=["Ayesha Siddiqui"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2063-03-14 09:30:18"
    desc = T("""
Hello Early Help Hub,

I'm stepping Zayan down from Children's Social Care following the Child and Family Assessment, which concluded on 12/03/2063. This is the TAF meeting to hand over to the new Lead Practitioner - please forward it to whoever will attend from Early Help.

Child: Zayan Begum-Clarke, DOB 27/02/2055 (Mosaic 1502238)
Mother: Shahida Begum. Father: Daniel Clarke.

Outcome of the assessment: the s47 enquiry into the allegation that Mr Clarke hit Zayan with a belt was completed and the allegation was not substantiated. Zayan gave a different account the next day, there were no marks, and he told me he said it because he was cross about his Xbox being taken away. No child protection concerns and no risk of significant harm identified. There are no current concerns about domestic abuse.

Needs for the TAF plan: Zayan's attendance (87%) and lateness, and support for mum's anxiety.

Consent: mum and dad both consented to the step-down to Early Help (signed 13/03/2063).
Lead Practitioner: Ms Halima Chowdhury, Learning Mentor, Stewart Headlam Primary School - she has agreed to take on the role.

Attached: the C&F Assessment and the draft TAF plan.

Ruksana Miah
Social Worker | Assessment & Intervention Team 3 | Tower Hamlets Children's Social Care
""") + teams_block(f, "371 902 554 118", "Fq6Uj9")
    cal = cal_request(f, when, ("Ruksana Miah", "Ruksana.Miah@" + TDOM), [("Early Help Hub", TEH),
                      ("Halima Chowdhury", "h.chowdhury@stewartheadlam.example")],
                      "20630322T100000", "20630322T113000", "TAF meeting (step down) - Begum-Clarke",
                      "Microsoft Teams Meeting", desc)
    cfa = pdf_att("C&F Assessment - Zayan Begum-Clarke.pdf", "Child and Family Assessment - Zayan Begum-Clarke", [
        "Mosaic 1502238   Started 13/02/2063   Concluded 12/03/2063   Social worker: Ruksana Miah",
        "Reason: s47 enquiry after Zayan (8) told a lunchtime supervisor his father had hit him with a belt.",
        "Findings: not substantiated - no marks, account withdrawn next day, both parents cooperative.",
        "Needs: attendance 87% with frequent lateness; mother's anxiety (GP aware).",
        "Recommendation: close to CSC; step down to a TAF with a Lead Practitioner from school."])
    plan = docx_att("Draft TAF plan - Begum-Clarke.docx", [
        "# Draft TAF plan - Begum-Clarke",
        "1. Attendance: morning routine plan; school to call at 9.15 on absence - Lead Practitioner.",
        "2. Mum's anxiety: support to attend the GP review and the Wellbeing Hub - Early Help.",
        "3. Zayan: weekly mentoring with Ms Chowdhury.",
        "Review: 6 weeks after the TAF meeting."])
    top = meeting_request_top(f, addr("Miah, Ruksana", "Ruksana.Miah@" + TDOM), addr("Early Help Hub", TEH),
                              "TAF meeting (step down) - Begum-Clarke", when,
                              cc=addr("Halima Chowdhury", "h.chowdhury@stewartheadlam.example"))
    add(f, itip_request_mail(f, top, desc, cal, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["1502238"],
        [ch("Zayan Begum-Clarke", "2055-02-27", "27/02/2055")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "CALENDAR-ONLY STEP-DOWN: the allocated social worker's TAF meeting invitation (METHOD:REQUEST; 001: she "
        "arranges and chairs it) is the request, with the C&F Assessment (PDF) and draft TAF plan (.docx) attached to "
        "the invitation; consent 'both consented'; Lead Practitioner named with her agency -> Tower Hamlets step_down "
        "complete -> book_meeting. Near miss: 's47', 'hit ... with a belt', 'child protection', 'risk of significant "
        "harm', 'domestic abuse' - all negated ('not substantiated', 'No child protection concerns', 'no current "
        "concerns about domestic abuse'). Concerns: attendance 87% -> school_attendance; mum's anxiety -> "
        "parental_mental_health.",
        not_children=["Shahida Begum", "Daniel Clarke", "Halima Chowdhury", "Ruksana Miah"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2063-02-09 15:47:05"
    text = T("""
Farhana Islam (Social Worker, Assessment & Intervention Team 1) has sent you a document from Mosaic.

Document:  Child and Family Assessment (completed 02/02/2063)
Person:    Ibrahim Farouk (1499027)
Born:      05/01/2049

Note from Farhana Islam:
Step down to Early Help please - the C&F assessment recommends a TAF. Mum has consented to Early Help. The Lead Practitioner will be Mr Tom Okafor, Family Support Worker, Poplar Early Help Hub (agreed with him today). I'll send the TAF plan once I've met the school next week.

--
This email was sent from Mosaic. Documents sent from Mosaic are OFFICIAL-SENSITIVE; do not forward outside the secure network.
""")
    pdf = pdf_att("Child and Family Assessment - 1499027.pdf", "Child and Family Assessment", mosaic_pdf(
        "C&F", "Person 1499027 | Ibrahim Farouk | completed 02/02/2063", [
        "Reason for assessment: referral from school - attendance 74% and Ibrahim (14) sleeping in lessons.",
        "Findings: mother (Amal Farouk) has severe depression since her husband's death in 2061; Ibrahim has",
        "been staying up gaming and missing mornings; no evidence of significant harm; home conditions good.",
        "Analysis: needs are at the targeted early help level; mother wants help and agrees to a TAF.",
        "Recommendation: step down to Early Help - TAF with a Lead Practitioner; attendance plan; bereavement",
        "support; GP review of mother's treatment."]))
    h = html_of(text)
    top = plain_top(f, addr("Mosaic", "mosaic-noreply@" + TDOM), addr("Early Help Hub", TEH),
                    "Mosaic document: Child and Family Assessment - Ibrahim Farouk (1499027)", when, TDOM, None,
                    extra=[("Reply-To", addr("Islam, Farhana", "Farhana.Islam@" + TDOM))])
    add(f, alt_mail(f, top, text, h, [pdf]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1499027"],
        [ch("Ibrahim Farouk", "2049-01-05", "05/01/2049")],
        ["parental_mental_health", "school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "MOSAIC 'DOCUMENT SENT' WRAPPER with the social worker's free-text note: a Tower Hamlets step-down with the "
        "C&F Assessment attached (assessment met), consent stated ('Mum has consented'), Lead Practitioner named with "
        "agency; the TAF plan is 'to follow' -> draft_plan missing -> request_info. Person id in brackets -> "
        "'1499027'. Concerns: attendance 74% -> school_attendance; mother's depression -> parental_mental_health.",
        not_children=["Farhana Islam", "Tom Okafor", "Amal Farouk"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2063-03-26 11:02:31"
    orig = T("""
Dear Hasina,

I'm emailing you as Nusrat's Early Help worker - I tried your mobile but it went to voicemail.

At 10:20 this morning Nusrat Alam (Year 8, DOB 19/04/2050) told her form tutor that her uncle, who has been staying with the family since Christmas, has been coming into her bedroom at night and touching her under her pyjamas. She said that last night he told her "tomorrow it's your turn properly" and that she mustn't tell her mum. Mum works nights at the hospital this week, so the uncle is the only adult at home with Nusrat and her two younger brothers tonight. Nusrat is in my office now and is begging not to go home. School finishes at 3.10pm.

Please can someone call me back as soon as possible on 020 7946 0482.

Joanna

Joanna Pike
Designated Safeguarding Lead | Morpeth Hill School
""")
    body = quote("Joanna Pike <j.pike@morpethhill.example>", "26 March 2063 10:58", "Rahman, Hasina",
                 "Nusrat Alam - disclosure this morning", orig) + "\n" + TDISC
    top = rules_forward_top(f, "Rahman, Hasina", "Hasina.Rahman@" + TDOM, addr("Early Help Hub", TEH),
                            "FW: Nusrat Alam - disclosure this morning", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Nusrat Alam", "2050-04-19", "19/04/2050")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "OUTLOOK AUTO-FORWARD of a school's disclosure from an Early Help worker's inbox (rule, nothing added, BST "
        "+0100): a 12-year-old reports sexual abuse by an uncle who told her last night 'tomorrow it's your turn "
        "properly' and who is the only adult at home with her tonight -> immediate risk, alert_duty. The only alarm "
        "words are in the forwarded signature ('Designated Safeguarding Lead'). Kind other (a school's report, no "
        "step). Concern sexual_harm; her brothers are unnamed.",
        not_children=["Joanna Pike"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2063-03-01 07:30:00"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">\n'
         '<h1 style="color:#6A1B9A;font-size:16pt">THSCP Practice Bulletin - March 2063</h1>\n'
         '<p>Learning from local Child Safeguarding Practice Reviews. The children below are anonymised; all '
         'three reviews are closed and the learning has been agreed by the Partnership.</p>\n'
         '<h2 style="font-size:12pt">Child K (3)</h2>\n<p>In 2061 Child K was found alone in a flat for most of a day '
         'after her mother collapsed. Neighbours had heard crying for hours. <b>Learning:</b> when a small child is '
         'heard crying alone, ring 999 - do not wait to find the right form.</p>\n'
         '<h2 style="font-size:12pt">Child L (14)</h2>\n<p>Child L told a teacher that her stepfather came into her room '
         'at night. The school waited until the next morning to make a referral. <b>Learning:</b> a disclosure with '
         'the alleged abuser at home that night is an immediate child protection concern - phone MAST the same day.'
         '</p>\n<h2 style="font-size:12pt">Siblings M and N</h2>\n<p>Both children were on an Early Help plan when their '
         'mother\'s partner, on bail, returned to the home. <b>Learning:</b> bail conditions are not a safety plan; '
         'check them and share breaches.</p>\n'
         '<h2 style="font-size:12pt">What to do</h2>\n<ul><li>If a child is in immediate danger, call 999.</li>\n'
         '<li>If you are worried about a child, contact MAST on 0207 364 5606 / 5601 (out of hours, emergencies '
         'only, 0207 364 4079).</li>\n<li>Step-up and step-down guidance: see the Partnership website.</li></ul>\n'
         '<h2 style="font-size:12pt">Training</h2>\n<p>Neglect and the Graded Care Profile - 20 March, 9.30-12.30, '
         'online. Risk outside the home - 28 March, 13.30-16.30, Mulberry Place.</p>\n'
         '<p style="color:#777;font-size:8pt">You are receiving this bulletin because you subscribed to THSCP '
         'practitioner updates. <a href="https://lists.towerhamlets.gov.uk/unsubscribe">Unsubscribe</a>.</p>\n'
         '</body></html>\n')
    top = plain_top(f, addr("Tower Hamlets Safeguarding Children Partnership", "thscp-bulletin@lists." + TDOM),
                    addr(None, TEH), "THSCP Practice Bulletin - March 2063: learning from local reviews", when,
                    "lists." + TDOM, None,
                    extra=[("List-Id", "THSCP practitioner updates <thscp-practitioners.lists.towerhamlets.gov.uk>"),
                           ("List-Unsubscribe", "<https://lists.towerhamlets.gov.uk/unsubscribe>")])
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A PARTNERSHIP BULLETIN (HTML-only, List-Id / List-Unsubscribe, no Auto-Submitted) listing anonymised review "
        "cases - a child alone, a night-time disclosure, a partner on bail - and 'immediate danger' / 'immediate "
        "child protection concern' as guidance: DESIGN rule 1, 'bulletins that list examples must not trigger it'. "
        "Kind other -> human_review; 'Child K', 'Child L', 'M and N' are no named children.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2063-02-09 15:51:40"
    body = T("""
Thank you for your email. I am on annual leave from Friday 9 February and back on Monday 26 February, with no access to email.

For anything urgent about a child please contact MAST on 0207 364 5606 / 5601. For my cases please contact my manager, Rebecca Lindqvist (Rebecca.Lindqvist@towerhamlets.gov.uk).

Farhana Islam
Social Worker | Assessment & Intervention Team 1
""")
    add(f, ooo(f, when, "Islam, Farhana", "Farhana.Islam@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-59] Step down received - Farouk", body),
        "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') answering stepbot's acknowledgement "
        "of tower_hamlets_04: auto_reply -> ignore (RFC 3834, DESIGN rule 2). 'Anything urgent' is boilerplate.",
        not_children=["Rebecca Lindqvist"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2063-03-29 10:37:55"
    text = T("""
Signed consent form attached - mum signed it at the visit this morning.

Separate thing and I need someone to pick this up now: mum has just rung me from a neighbour's phone. Her ex-partner Abdi has turned up at the flat, he's been drinking, he took her phone and won't leave. Amina and the baby are inside with him - mum ran out to get help. He's not allowed there (non-molestation order since December). I've called the police and I'm on my way but I'm 25 mins away. 14 Cordelia Street, E14 9ZR.

Nasima

Sent from my iPhone

> On 28 Mar 2063, at 16:02, Tower Hamlets Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
>
> Thank you - your step down request has been received.
>
> Reference: SB-tower_hamlets-66
> Child: Amina Yusuf
>
> What is missing:
> - the family's consent to the step-down
>
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    photo = mk_png_att(f, "image0.png", (236, 232, 220))
    top = plain_top(f, addr("Begum, Nasima", "Nasima.Begum@" + TDOM), addr("Early Help Hub", TEH),
                    "Re: [SB-tower_hamlets-66] Step down received - Amina Yusuf", when, TDOM, "iPhone Mail (22F76)")
    add(f, iphone_mail(f, top, text, [photo]), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, [],
        [ch("Amina Yusuf")],
        ["domestic_abuse", "substance_misuse"], True, None, [], None, "alert_duty",
        "A FOLLOW-UP FROM A PHONE (reply to [SB-tower_hamlets-66], a photo of the signed consent form attached as "
        "image0.png) that also reports, NOW, an ex-partner under a non-molestation order, drinking, inside the flat "
        "with a 4-year-old and a baby after the mother ran out -> urgent overrides attach_to_request -> alert_duty. "
        "No alarm word anywhere. 'mum signed it' (the consent form) -> consent true. Concerns: the order / ex-partner "
        "-> domestic_abuse; drinking -> substance_misuse. The baby is unnamed.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2063-02-15 09:40:26"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Tapp family - step down from SAT to level 3 Early Help. Oakley is 2, so I think this needs the under-5s triage.

The Single Assessment is attached (printed from LCS). It has my analysis and the rationale for the step down, and Mark's manager's analysis confirming the threshold for level 3 is met.

Ms Tapp has consented to level 3 Early Help - she gave consent at the home visit on 13/02 and it's recorded on LCS.

Thanks
Kerenza

Kerenza Hawke
Social Worker | Single Assessment Team | Torbay Council
01632 960 451
""") + BDISC
    pdf = pdf_att("Single Assessment - Tapp - LCS-2688105.pdf", "Single Assessment", [
        "Liquidlogic Children's Services | LCS-2688105 | printed by KHawke 15/02/2063 09:31 | Page 1 of 1",
        "Children: Willow Tapp (DOB 04/04/2056); Oakley Tapp (DOB 28/07/2060)",
        "Mother: Demelza Tapp. Father: not involved.",
        "Reason for assessment: anonymous referral (December) about the home and mum's drinking.",
        "Findings: mum's alcohol misuse that led to the referral has resolved - abstinent since August, testing",
        "negative with the recovery service. Home clean and safe at all four visits.",
        "Current needs: Willow's attendance (86%) and lateness; mum's low mood since her father died in January;",
        "routines and nursery take-up for Oakley.",
        "Social worker's analysis and rationale for step down: no longer at level 4; needs can be met by a level 3",
        "co-ordinated Early Help response with a TAF around school, nursery and the GP.",
        "Manager's analysis: I agree the threshold for level 4 is no longer met and confirm the threshold for",
        "level 3 intervention is met. Mark Polglase, Team Manager, SAT, 14/02/2063."])
    top = outlook_top(f, addr("Hawke, Kerenza", "Kerenza.Hawke@" + BDOM), addr("Early Help", BEH),
                      "Step down to Early Help - triage slot please - Tapp - LCS-2688105", when)
    add(f, mail(f, top, body, [pdf], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2688105"],
        [ch("Willow Tapp", "2056-04-04", "04/04/2056"), ch("Oakley Tapp", "2060-07-28", "28/07/2060")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (002): the Single Assessment is an LCS print-out (PDF, with the LCS header) "
        "carrying the social worker's analysis and the TM's analysis 'confirm the threshold for level 3 intervention "
        "is met' -> manager true; 'has consented to level 3 Early Help' -> consent true; level 3 stated. Oakley is 2: "
        "the fortnightly under-5s triage (AFC). Children by full name only in the PDF. Concerns: current needs - "
        "attendance 86% -> school_attendance; mum's low mood -> parental_mental_health; the alcohol misuse is stated "
        "resolved, so not a concern.",
        not_children=["Kerenza Hawke", "Demelza Tapp", "Mark Polglase"], names_only_in_attachments=True)

def torbay_02():
    f = "torbay_02.eml"; when = "2063-03-06 19:42:10"
    body = T("""
Inbound text message

From:      +447700900417
To:        Torbay Early Help text service (07700 900100)
Received:  06/03/2063 19:41:58

its kacey bolitho from the youth club at parkfield. mums boyfriend is smashing the house up and hes hit mum in the face, my little sister ruby is screaming. were hiding in my room and hes trying to get the door open. 23 hele road torquay. pls send some1

---
Replies to this email are sent to the mobile number above as a text message (up to 459 characters).
""")
    top = plain_top(f, addr("Torbay Early Help SMS", "sms-inbound@" + BDOM), addr("Early Help", BEH),
                    "SMS from +447700900417", when, BDOM, "TextGate Inbound 4.2")
    add(f, mail(f, top, body, cte="quoted-printable"), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kacey Bolitho", as_written="kacey bolitho")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "AN INBOUND SMS DELIVERED BY A GATEWAY to the Early Help inbox at 19:42 (no Auto-Submitted; replies go back "
        "as texts): a girl hiding in her room while her mother's boyfriend, who has just hit her mother, is smashing "
        "the house and trying to get the door open -> immediate, out of hours -> alert_duty. No alarm word. Kind "
        "other. Name written in lower case 'kacey bolitho' -> 'Kacey Bolitho'; 'ruby' (first name only) is not "
        "labelled. Concern domestic_abuse.")

def torbay_03():
    f = "torbay_03.eml"; when = "2063-02-22 13:55:03"
    sections = [
        ("Your details", [("Name", "Lowenna Rowe"), ("Role", "Family Intervention Worker (lead professional)"),
                          ("Agency", "Torbay Early Help - Paignton"), ("Phone", "01632 960455")]),
        ("Children", [("Child 1", "Jack Sparkes - DOB 19/10/2052 - EHM ID EHM-741920"),
                      ("Child 2", "Evie Sparkes - DOB 22/01/2057"), ("Parent / carer", "Gemma Sparkes (mother)")]),
        ("Contact", [
            ("Is this a step up from a level 3 Early Help plan?", "Yes"),
            ("Is a child at immediate risk of significant harm?", "No - this is a planned contact following supervision"),
            ("Reason for contact", "Home conditions have deteriorated again despite nine months of a TAF plan: dog "
             "faeces in the kitchen, no clean bedding, and Evie (6) has had untreated tooth decay and head lice for "
             "months and has lost weight. Jack (10) is at 71% attendance and is often sent home because of his "
             "hygiene. Mum has stopped engaging with the plan since December - three TAFs and five visits missed."),
            ("Relevant history", "In 2060 Jack made an allegation of sexual abuse against a neighbour; it was "
             "investigated under s47 with no further action and the neighbour moved away that year. Mr Sparkes has a "
             "2058 conviction for threats to kill a former partner; he has had no contact with the children since "
             "2059 and lives in Spain. Neither is part of the current concern."),
            ("Parental consent for this contact", "Yes - Ms Sparkes gave consent on 20/02/2063"),
            ("Discussed with your manager?", "Yes - Silas Penrose (Assistant Team Manager, Early Help) and I agree "
             "this needs to be considered for level 4")]),
    ]
    top = plain_top(f, addr("Torbay Council", "forms-noreply@" + BDOM), addr("Torbay MASH", BMASH),
                    "MASH Professional Contact Form - submission TBC-MPC-07714 - SPARKES", when, BDOM, None,
                    extra=[("Reply-To", addr("Lowenna Rowe", "lowenna.rowe@" + BDOM))])
    add(f, form_mail(f, top, "MASH Professional Contact Form - submission TBC-MPC-07714",
                     "If a child is in immediate danger call 999. Use this form for contacts that are not emergencies.",
                     sections, "Torbay Council online forms - this mailbox is not monitored."),
        "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-741920"],
        [ch("Jack Sparkes", "2052-10-19", "19/10/2052"), ch("Evie Sparkes", "2057-01-22", "22/01/2057")],
        ["neglect", "non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "PORTAL SUBMISSION: Torbay's MASH professional contact form from the level 3 lead professional = the step-up "
        "('a contact should be made to MASH with parental consent', 002). Consent 'Yes - ... gave consent' -> true; "
        "'Silas Penrose (ATM) and I agree this needs to be considered for level 4' -> manager true -> complete -> "
        "book_meeting. Near miss: 'sexual abuse', 's47', 'threats to kill', 'immediate risk of significant harm' are "
        "historic (2058-2060, NFA, no contact) or answered 'No'. Concerns: home conditions, lice, weight -> neglect; "
        "missed TAFs and visits -> non_engagement; 71% -> school_attendance.",
        not_children=["Lowenna Rowe", "Gemma Sparkes", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2063-02-19 16:05:33"
    add(f, itip_reply(f, when, "Kerenza Hawke", "Kerenza.Hawke@" + BDOM, ("Early Help", BEH), "TENTATIVE",
                      "Under-5s triage - Tapp [SB-torbay-140]", "20630227T113000", "20630227T120000",
                      "Microsoft Teams Meeting",
                      comment="I'm in court for a final hearing that morning. If it overruns, Mark Polglase (my TM) "
                              "will attend instead."),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, to the under-5s triage slot stepbot booked for torbay_01 (Tue 27 "
        "February, a fortnightly under-5s sitting), with a comment naming the team manager who will attend instead "
        "(002: 'Team Manager to attend in Social Worker absence') -> meeting_reply -> record_reply.",
        not_children=["Mark Polglase"])

def torbay_05():
    f = "torbay_05.eml"; when = "2063-03-09 10:12:45"
    msg_ = T("""
Good morning MASH,

Alfie-James Penhaligon (Year 4, DOB 02/02/2054) arrived at breakfast club at 8am with blisters across both palms. He told our TA that "Wayne held my hands on the cooker ring because I ate the yoghurts". Wayne Cole is mum's boyfriend and lives with them. Alfie-James is very frightened and keeps asking whether Wayne will be told.

Wayne collects him from after-school club at 5pm on Fridays because mum works in Exeter until 7 - that's today. We have photographed his hands and put burn gel on.

I'm in school all day on 01632 960772.

Claire Vosper
Deputy Head / DSL | Paignton Fields Primary School
""")
    blocks = ["Claire Vosper (c.vosper@paigntonfields.example) has sent you a secure email.",
              "Subject: Alfie-James P - hands\nClassification: OFFICIAL-SENSITIVE", ("msg", msg_),
              ("files", ["Photos - AJP hands.pdf (1.2 MB)"]),
              "To download the attachment, open the message in Egress: https://switch.egress.example/ui/message/%s"
              % sha(f, "egress")[:20]]
    top = plain_top(f, addr("Claire Vosper via Egress", "notifications@switch.egress.example"), addr("Torbay MASH", BMASH),
                    "Secure email from Claire Vosper: Alfie-James P - hands", when, "switch.egress.example", None,
                    extra=[("Reply-To", addr("Claire Vosper", "c.vosper@paigntonfields.example"))])
    add(f, alt_mail(f, top, wrapper_text(blocks), wrapper_html("You have received a secure email", blocks)),
        "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie-James Penhaligon", "2054-02-02", "02/02/2054")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "EGRESS NOTICE WITH THE SCHOOL'S MESSAGE INSIDE: burns to both palms a 9-year-old says mum's boyfriend "
        "inflicted, and the boyfriend collects him at 5pm TODAY -> immediate risk, alert_duty. No alarm word anywhere "
        "('DSL' is an abbreviation). Kind other (a school's report to MASH, not the lead professional's step-up). "
        "Concern physical_harm.",
        not_children=["Claire Vosper", "Wayne Cole"])

def torbay_06():
    f = "torbay_06.eml"; when = "2063-01-15 16:40:22"
    sections = [
        ("", [("Respondent", "Tegan Luscombe"), ("Completion time", "14 min 32 s"), ("Form", "Level 3 triage - "
               "practice scenarios quiz (January cohort)"),
              ("Note at the top of the form", "All scenarios in this quiz are fictional and are used for training "
               "only.")]),
        ("Answers", [
            ("1. Scenario A (fictional): a 4-year-old tells nursery staff 'Daddy squeezed Mummy's neck and she fell "
             "down' and says Daddy is collecting her today. What is your first action?",
             "Tell the nursery DSL straight away and make sure MASH is phoned before home time; if she is in "
             "immediate danger, 999. Don't wait for a triage slot."),
            ("2. Scenario B (fictional): on a home visit you find a 9-month-old alone in a flat. What do you do?",
             "Stay with the baby, call 999, then my manager and MASH."),
            ("3. Which meeting hears step-downs for under-5s?", "The fortnightly under-5s triage, with AFC."),
            ("4. How confident do you feel about escalating risk? (1-5)", "4")]),
    ]
    top = plain_top(f, addr("Microsoft Forms", "no-reply@forms.office.example"), addr("Early Help", BEH),
                    "New response: Level 3 triage - practice scenarios quiz (January cohort)", when,
                    "forms.office.example", None)
    add(f, form_mail(f, top, "You have a new response for your form", None, sections,
                     "View all responses in Microsoft Forms. You are receiving this because you are an owner of this "
                     "form."),
        "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A MICROSOFT FORMS 'NEW RESPONSE' NOTIFICATION for a training quiz: hypothetical scenarios ('a 4-year-old ... "
        "Daddy squeezed Mummy's neck ... collecting her today', 'a 9-month-old alone'), 'immediate danger', "
        "'escalating risk' - declared 'fictional and used for training only' (DESIGN rule 1: hypothetical). Kind "
        "other (no Auto-Submitted; not a request) -> human_review; no children named.",
        not_children=["Tegan Luscombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2063-03-07 15:30:49"
    desc = T("""
Requesting a triage slot (level 3) for the Trewin children - step down from SASF now the CIN plan has closed.

Lowen Trewin 16/05/2052 and Morwenna Trewin 03/03/2055 - LCS-2701334

Single Assessment completed 05/03 - Tamara Nance (my TM) has recorded her manager's analysis on LCS confirming the threshold for level 3 is met. I'll bring the SA to triage.

I haven't been able to speak to dad about consent yet - I'll ask him at Thursday's visit and let you know.

Worries: dad's drinking at weekends; Lowen's attendance is 79%.

Jago Trelawny, SASF Team, 01632 960318
""")
    cal = ics("REQUEST", f, dt(when), "20630313T103000", "20630313T110000", "Step down triage - Trewin",
              "Microsoft Teams Meeting", desc, ("Jago Trelawny", "Jago.Trelawny@" + BDOM),
              [("Early Help", BEH, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = plain_top(f, addr("Trelawny, Jago", "Jago.Trelawny@" + BDOM), addr("Early Help", BEH),
                    "Step down triage - Trewin - Tues 13th 10:30", when, BDOM, None,
                    extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, calendar_only(f, top, cal), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2701334"],
        [ch("Lowen Trewin", "2052-05-16", "16/05/2052"), ch("Morwenna Trewin", "2055-03-03", "03/03/2055")],
        ["school_attendance", "substance_misuse"], None, True, ["assessment", "consent"], None, "request_info",
        "CALENDAR-ONLY, NOTHING ELSE: the whole message is one text/calendar METHOD:REQUEST part (no text, no HTML); "
        "the request is in SUMMARY and DESCRIPTION. A Torbay step-down asking for a triage slot: TM's analysis "
        "'confirming the threshold for level 3 is met' -> manager true; the Single Assessment is not sent ('I'll "
        "bring the SA to triage'; an invitation carries no attachment) -> assessment missing; consent still to be "
        "asked ('I'll ask him at Thursday's visit') -> null -> missing -> request_info. Level 3 stated. Concerns: "
        "dad's drinking -> substance_misuse; 79% -> school_attendance.",
        not_children=["Tamara Nance", "Jago Trelawny"])

def torbay_08():
    f = "torbay_08.eml"; when = "2063-04-04 09:06:14"
    body = T("""
A message addressed to you has been held because one or more of its attachments are not permitted by the Torbay Council email policy.

From:               Jenna Pascoe <jenna.pascoe@torbay.gov.uk>
Subject:            Step down - Kitto - SA attached
Sent:               04/04/2063 09:04
Held attachment:    Single Assessment - Kitto.docm (macro-enabled Word document)
Reason:             Attachment type blocked (macro-enabled Office document)

The message and any other attachments will be delivered once an administrator has reviewed the held attachment, normally within one working day. You do not need to take any action.

Mimecast Attachment Protection - Torbay Council ICT
""")
    top = plain_top(f, addr("Mimecast Attachment Protection", "postmaster@" + BDOM), addr("Early Help", BEH),
                    "Attachment held for review: Step down - Kitto - SA attached", when, BDOM, None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A MAIL GATEWAY'S HELD-ATTACHMENT NOTICE (Auto-Submitted: auto-generated): machine mail about another "
        "message, which will arrive by itself once released -> auto_reply -> ignore. Nothing in it is a risk.",
        not_children=["Jenna Pascoe"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2063-01-11 12:18:36"
    body = T("""
Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF, Multi-Page

Multifunction Printer Location: Plough Lane, 2nd floor (Children's Services)
Device Name: XRX-PL2F-C8155

For more information on Xerox products and solutions, please visit https://www.xerox.example
""")
    plan = pdf_att("Scan_0001.pdf", "Herefordshire Council - Early Help Assessment Step Down (Level 3 - Intensive)", [
        "Children: Oliver Bufton (Mosaic ID 618240), DOB 12/07/2053; Isabelle Bufton (Mosaic ID 618241), DOB 01/12/2058",
        "Parents: Lisa Bufton and Rob Bufton",
        "Social worker: Gethin Powell, Family Support & Safeguarding Team (Leominster) - discussed with Verity Lang",
        "(Early Help co-ordinator) on 09/01/2063.",
        "What are we worried about? Dad's depression since losing his job in the autumn; Oliver's angry outbursts",
        "at school and 85% attendance.",
        "What's working well? Both parents engaged with the C&F assessment; grandparents nearby; Isabelle thriving.",
        "Wellbeing plan - what needs to happen, by whom | outcome | timescale:",
        "1. Dad to see GP and Talking Therapies - dad / key person | mood improving | 6 weeks",
        "2. Attendance plan and ELSA sessions for Oliver - school | attendance above 92% | half term",
        "3. Parenting support around Oliver's anger - key person | calmer evenings | 8 weeks",
        "Key person: Mrs Carys Jenkins, Family Support Worker, Leominster Children's Centre, 01632 960441 - agreed",
        "with Mr and Mrs Bufton and with Mrs Jenkins.",
        "[scanned page 1 of 1]"])
    consent = pdf_att("Scan_0002.pdf", "Consent to Early Help support", [
        "I/we agree to our family being stepped down from Children's Social Care to Early Help and to",
        "information being shared with the key person and the agencies in the plan.",
        "Children: Oliver and Isabelle",
        "Signed: Lisa Bufton (mother)   Date: 10/01/2063",
        "Signed: Rob Bufton (father)   Date: 10/01/2063",
        "[scanned page 1 of 1]"])
    top = plain_top(f, addr("Xerox AltaLink C8155 (Plough Lane 2F)", "scan.ploughlane2f@" + HDOM),
                    addr(None, HEH), "Scan from a Xerox Multifunction Printer", when, HDOM, None)
    add(f, mail(f, top, body, [plan, consent], crlf=True, cte="7bit"), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["618240", "618241"],
        [ch("Oliver Bufton", "2053-07-12", "12/07/2053"), ch("Isabelle Bufton", "2058-12-01", "01/12/2058")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "SCAN-TO-EMAIL FROM AN OFFICE PRINTER: the body is the Xerox boilerplate and the attachment names say nothing "
        "('Scan_0001.pdf', 'Scan_0002.pdf'); their (OCR text) contents are the EHA step-down plan with the wellbeing "
        "plan and the key person (name, agency, phone) and the family's signed consent form -> REQUIREMENTS "
        "(Herefordshire: consent_form, draft_plan, lead_practitioner) met -> book_meeting. Level 3 stated. Mosaic "
        "ids -> bare numbers. Concerns: dad's depression -> parental_mental_health; 85% -> school_attendance.",
        not_children=["Lisa Bufton", "Rob Bufton", "Gethin Powell", "Carys Jenkins"], names_only_in_attachments=True)

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2063-03-12 09:24:50"
    pdf = pdf_att("CPOMS - Seren D - 12.03.2063.pdf", "CPOMS - incident report", [
        "Student: Seren Davies   DOB: 21/06/2056   Year 2",
        "Categories: Safeguarding - physical; Disclosure",
        "Date/time: 12/03/2063 08:50   Reported by: Mrs Lowri Price (class teacher)",
        "Incident: Seren came into class with a red handprint on her left cheek and a bruise behind her right ear.",
        "When I asked what happened she said \"Mummy's friend Craig smacked me because I wet the bed\" and \"he does",
        "it to Jac when he cries\". Craig has been living with them for about a month. Mum leaves for work at 7am;",
        "Craig looks after Seren's brother Jac Davies (2) at home during the day - he is with Jac now.",
        "Seren asked me twice if she has to go home tonight.",
        "Action taken: passed to DSL (G. Bowen) 09:05; body map completed; emailed to the Early Help",
        "co-ordinators because the family had an Early Help plan last year.",
        "Linked students: Jac Davies (not on roll)"])
    top = outlook_top(f, addr("Bowen, Gareth", "g.bowen@stmartinsprimary.example"), addr(None, HEH),
                      "Seren D - record of concern", when, mid_domain="stmartinsprimary.example")
    add(f, blank_outlook(f, top, [pdf]), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Seren Davies", "2056-06-21", "21/06/2056"), ch("Jac Davies")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "BLANK BODY, THE RISK ONLY IN THE ATTACHMENT (a school's CPOMS export, PDF): a 6-year-old with a handprint "
        "says her mother's friend hit her and 'does it to Jac', and he is at home with the 2-year-old NOW -> "
        "immediate risk, alert_duty (DESIGN rule 1: every attachment is read). The only alarm word is the CPOMS "
        "category inside the PDF. Kind other (a school's record to the wrong inbox; no step). Concern physical_harm.",
        not_children=["Lowri Price"], names_only_in_attachments=True)

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2063-03-15 17:38:04"
    sections = [
        ("About you", [("Your name", "Karen Reece"), ("Relationship to the children", "Mum"),
                       ("Phone", "07700 900276"), ("Address", "12 Belmont Rise, Hereford, HR2 9ZD")]),
        ("Children in the household", [("Child 1", "Callum Reece - 07/01/2048"), ("Child 2", "Holly Reece - 29/09/2053"),
                                       ("Child 3", "Grace Reece - 14/04/2058")]),
        ("How can we help?", [
            ("What help do you need?", "I need someone now please. Callum has got the big kitchen knife and says he's "
             "going to stab Steve (my partner) when he gets in from work at 6. He punched through the bathroom door an "
             "hour ago and shoved me into the wall. Holly and Grace are upstairs in Holly's room and Callum is between "
             "me and the stairs. I've locked myself in the kitchen with my phone. Please ring me."),
            ("Have you spoken to anyone else?", "His school (Wyeside High) told me last week to fill this in because "
             "of his temper."),
            ("Best time to contact you", "Now")]),
    ]
    top = plain_top(f, addr("Herefordshire Council", "no-reply-forms@" + HDOM), addr(None, HEH),
                    "Talk Community - Early Help request form - submission HC-EH-22871", when, HDOM, None)
    add(f, form_mail(f, top, "Early Help request form - submission HC-EH-22871",
                     "Thank you for asking for Early Help. This form is read by the Early Help Co-ordinator team on "
                     "weekdays between 9am and 5pm. It is not for emergencies: if a child is at immediate risk of harm, "
                     "call 999.", sections, "Submitted 15/03/2063 17:37."),
        "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Callum Reece", "2048-01-07", "07/01/2048"), ch("Holly Reece", "2053-09-29", "29/09/2053"),
         ch("Grace Reece", "2058-04-14", "14/04/2058")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A MOTHER'S EARLY HELP REQUEST FORM at 17:37 (after office hours, read in the morning by its own account): a "
        "15-year-old with a kitchen knife who has just punched through a door and shoved her, threatening to stab her "
        "partner at 6pm, between her and his sisters of 9 and 4 -> immediate risk now, alert_duty (out of hours). "
        "Alarm words only in the form's boilerplate. Kind other (a family's own request, not a step-down). Concern "
        "physical_harm.",
        not_children=["Karen Reece"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2063-01-10 11:00:12"
    desc = T("""
You are invited to the spring multi-agency tabletop exercise. Please read the scenario before the session.

THIS IS A SIMULATED CASE FOR TRAINING ONLY - there is no real child or family.

Scenario: at 07:10 a lorry driver finds Child Y, aged 3, walking alone in pyjamas along the A49 near Moreton-on-Lugg. Police take Child Y home and find the mother unresponsive on the sofa with empty vodka bottles; a 7-month-old sibling is in a cot with a soaked nappy. The mother's partner, who has a history of domestic abuse, arrives while officers are there and becomes aggressive. Immediate risk of significant harm: you will be asked to plan the strategy discussion, decide on immediate protective action and agree who does what in the first 24 hours.

Roles on the day: Police (DS), MASH social worker, health visitor, Early Help co-ordinator, school nurse, Emergency Duty Team.

Please bring your agency's escalation procedure. Refreshments provided.

HSCP Learning and Development
""")
    cal = cal_request(f, when, ("HSCP Learning and Development", "hscp.learning@" + HDOM),
                      [("Early Help Co-ordinators", HEH)], "20630321T133000", "20630321T160000",
                      "Multi-agency tabletop exercise - Child Y (simulated strategy discussion)",
                      "Plough Lane, Conference Room 1", desc)
    top = meeting_request_top(f, addr("HSCP Learning and Development", "hscp.learning@" + HDOM), addr(None, HEH),
                              "Multi-agency tabletop exercise - Child Y (simulated strategy discussion)", when)
    add(f, itip_request_mail(f, top, desc, cal), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A MEETING INVITATION (METHOD:REQUEST) FOR A TRAINING EXERCISE: a child alone on the A49, an unresponsive "
        "mother, an aggressive partner, 'Immediate risk of significant harm' - declared 'A SIMULATED CASE FOR "
        "TRAINING ONLY - there is no real child or family' (DESIGN rule 1: hypothetical / training). Not a step "
        "request and not an iTIP REPLY -> kind other -> human_review; 'Child Y' is no named child.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2063-01-23 14:05:29"
    body = T("""
Your message is ready to be sent with the following file or link attachments:

EHA step down plan - Whitlock.docx
Consent - Whitlock.pdf


Note: To protect against computer viruses, e-mail programs may prevent sending or receiving certain types of file attachments.  Check your e-mail security settings to determine how attachments are handled.
""")
    plan = docx_att("EHA step down plan - Whitlock.docx", [
        "# Early Help Assessment - Step Down (Level 3)",
        "Children: Kai Whitlock (Mosaic 617203), DOB 05/05/2051; Poppy Whitlock (Mosaic 617204), DOB 12/12/2057",
        "Parent: Hayley Whitlock (mother)",
        "Social worker: Rhian Morgan-Price, Safeguarding & Family Support Team (Hereford City)",
        "Reason for social care involvement: section 47 enquiry in August 2062 after Kai disclosed that his "
        "stepfather had hit him with a belt. The stepfather was charged, left the home the same day and is subject to "
        "a restraining order; he has had no contact since. The child protection plan (physical abuse) ended at the "
        "review conference on 15/01/2063 - there are no current child protection concerns, and the risk from the "
        "stepfather is managed by the order and his probation supervision.",
        "What are we worried about? Mum's low mood and anxiety since the separation; Kai's attendance (86%) and "
        "angry outbursts at school.",
        "What's working well? Mum acted protectively straight away; maternal grandmother visits daily; Poppy is "
        "happy in Reception; Kai enjoys football club.",
        "Key person: Mrs Ffion Parry, Pastoral Lead, Wyebank Academy - agreed with Ms Whitlock and with Mrs Parry on "
        "19/01/2063."],
        tables=[[["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
                 ["Mum to self-refer to Talking Therapies - mum, key person", "Mum feels less anxious", "4 weeks"],
                 ["Attendance plan and ELSA for Kai - school", "Attendance above 92%", "Half term"],
                 ["Football club fees - Early Help", "Kai keeps his club place", "2 weeks"]]])
    consent = pdf_att("Consent - Whitlock.pdf", "Consent to Early Help", [
        "I agree to my family being stepped down to Early Help and to information being shared with the key",
        "person and the agencies named in the plan.", "Children: Kai and Poppy",
        "Signed: Hayley Whitlock   Date: 19/01/2063"])
    top = plain_top(f, addr("Morgan-Price, Rhian", "Rhian.Morgan-Price@" + HDOM), addr(None, HEH),
                    "Emailing: EHA step down plan - Whitlock.docx, Consent - Whitlock.pdf", when, HDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["617203", "617204"],
        [ch("Kai Whitlock", "2051-05-05", "05/05/2051"), ch("Poppy Whitlock", "2057-12-12", "12/12/2057")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "WINDOWS 'SEND TO > MAIL RECIPIENT': the body is the machine text ('Your message is ready to be sent ...') and "
        "the subject 'Emailing: <file names>'; the step-down is in the .docx plan (wellbeing plan table, key person "
        "with agency) and the signed consent PDF -> complete -> book_meeting. Near miss: 'section 47', 'hit him with a "
        "belt', 'child protection plan', 'risk' - ended or managed (plan ended 15/01/2063, stepfather left and is "
        "under a restraining order, 'no current child protection concerns'). Level 3 stated. Concerns: mum's low mood "
        "-> parental_mental_health; 86% -> school_attendance.",
        not_children=["Hayley Whitlock", "Rhian Morgan-Price", "Ffion Parry"], names_only_in_attachments=True)

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2063-03-14 16:50:21"
    ack = T("""
Thank you - your step down request has been received.

Reference: SB-herefordshire-298
Children: Alfie Hughes, Nia Hughes
Step-down drop-in: Tuesday 13 March 2063, 10:00

What is missing:
- the family's written consent (consent form)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi, signed consent form attached as requested - Leanne signed it at today's visit.

Rhian

Get Outlook for iOS
""") + ios_reply_quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
                       "Friday, March 9, 2063 10:12:44 AM", "Morgan-Price, Rhian <Rhian.Morgan-Price@herefordshire.gov.uk>",
                       "[SB-herefordshire-298] Step down received - Hughes", ack)
    scan = pdf_att("Adobe Scan 14 Mar 2063.pdf", "Consent to Early Help", [
        "I agree to my family being stepped down to Early Help and to information being shared with the key person.",
        "Children: Alfie Hughes (DOB 03/02/2054) and Nia Hughes (DOB 17/10/2059)",
        "Signed: Leanne Hughes (mother)   Date: 14/03/2063"])
    top = plain_top(f, addr("Morgan-Price, Rhian", "Rhian.Morgan-Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "RE: [SB-herefordshire-298] Step down received - Hughes", when, HDOM, None)
    add(f, mail(f, top, body, [scan]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [],
        [ch("Alfie Hughes", "2054-02-03", "03/02/2054"), ch("Nia Hughes", "2059-10-17", "17/10/2059")],
        [], True, None, [], None, "attach_to_request",
        "Outlook for iOS reply to [SB-herefordshire-298] adding the signed consent form, a phone scan named 'Adobe Scan "
        "14 Mar 2063.pdf' -> follow_up -> attach_to_request; 'signed consent form attached' -> consent true. Children "
        "as named in the quoted acknowledgement, DOBs from the scan.",
        not_children=["Leanne Hughes"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2063-03-02 11:30:16"
    text = T("""
Amy Pritchard (Family Support Worker, Early Help - Leominster) has sent you a form from Mosaic.

Form:     Early Help - Request for Step Up to Children's Social Care
Person:   Tia-Louise Harding (620118)
Sent:     02/03/2063 11:28

Message from Amy Pritchard:
Please see the attached step up request for Tia-Louise. My manager Owen Bright agreed it in supervision this morning. Mum has consented to the referral. We are worried about neglect - the home conditions and Tia-Louise's weight - and her attendance, which is now 69%.

--
This email was generated by Mosaic when a form was sent. The attached PDF was created from the form at the time it was sent.
""")
    pdf = pdf_att("Request for Step Up - Tia-Louise Harding - 620118.pdf", "Early Help - Request for Step Up to Children's "
                  "Social Care", mosaic_pdf("Step up", "Person 620118 | Tia-Louise Harding | DOB 09/09/2055", [
        "Early Help plan since April 2062 (level 3). Lead: Amy Pritchard, Family Support Worker.",
        "Concerns: home conditions (no beds for the children since January), weight below the 2nd centile,",
        "attendance 69%, mum not taking Tia-Louise to dental and paediatric appointments.",
        "Manager's agreement: Owen Bright, Team Manager, Early Help Leominster - agreed 02/03/2063.",
        "Parent's consent: given 28/02/2063."]))
    top = plain_top(f, addr("Mosaic", "mosaic-noreply@" + HDOM), addr("MASH", HMASH),
                    "Mosaic: form 'Early Help - Request for Step Up' sent to you by Amy Pritchard", when, HDOM, None,
                    extra=[("Reply-To", addr("Pritchard, Amy", "Amy.Pritchard@" + HDOM))])
    add(f, alt_mail(f, top, text, html_of(text), [pdf]), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["620118"],
        [ch("Tia-Louise Harding", "2055-09-09", "09/09/2055")],
        ["neglect", "school_attendance"], True, True, [], None, "human_review",
        "A MOSAIC 'FORM SENT' mail carrying an Early Help worker's step-up to Herefordshire's MASH: REQUIREMENTS says "
        "'step_up is not defined by this seed' (003) -> human_review, missing [] and notice null (no requirements "
        "for an undefined kind). Manager 'agreed it in supervision' -> true; 'Mum has consented' -> true. Concerns: "
        "neglect (stated); 69% -> school_attendance. Person id in brackets -> '620118'; DOB only in the PDF header.",
        not_children=["Amy Pritchard", "Owen Bright"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2063-03-09 10:41:37"
    body = T("""
Your meeting was forwarded

Rhian Morgan-Price <Rhian.Morgan-Price@herefordshire.gov.uk> has forwarded your meeting request to additional recipients.

Meeting
Step-down drop-in - Hughes [SB-herefordshire-298]

Meeting Time
Tuesday, 13 March 2063 10:00-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

Recipients
Dafydd Sayce <Dafydd.Sayce@herefordshire.gov.uk>

All meeting participants and times are listed in the calendar item.
""")
    top = outlook_top(f, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % HDOM,
                      addr("Early Help Co-ordinators", HEH),
                      "Meeting Forward Notification: Step-down drop-in - Hughes [SB-herefordshire-298]", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source",
                                                                     "Calendar Assistant")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "EXCHANGE 'MEETING FORWARD NOTIFICATION' (Auto-Submitted: auto-generated) telling the organiser that an "
        "attendee forwarded stepbot's drop-in invitation to her team manager: machine mail, no iTIP REPLY, no "
        "accept/decline -> auto_reply -> ignore.",
        not_children=["Rhian Morgan-Price", "Dafydd Sayce"])


# ============================================================================= labels: the specification as data
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

# England & Wales bank holidays in 2063 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Monday 1 January; Good Friday 13 April; Easter Monday 16 April; Early May
# bank holiday Monday 7 May; Spring bank holiday Monday 28 May; Summer bank holiday Monday 27 August; Christmas Day
# Tuesday 25 December; Boxing Day Wednesday 26 December.
BANK_HOLIDAYS = {date(2063, 1, 1), date(2063, 4, 13), date(2063, 4, 16), date(2063, 5, 7), date(2063, 5, 28),
                 date(2063, 8, 27), date(2063, 12, 25), date(2063, 12, 26)}
IN_WINDOW = {}                                                     # none falls inside the spring term window
BEFORE = {date(2063, 1, 1): "New Year's Day"}                      # the day before the window opens
EASTER = {date(2063, 4, 13): "Good Friday", date(2063, 4, 16): "Easter Monday"}   # both after the window
WINDOW = (datetime(2063, 1, 2, tzinfo=LON), datetime(2063, 4, 6, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 25 March 2063 (the last Sunday of March) and ends at 01:00 UTC on Sunday
# 28 October 2063.
BST_START = datetime(2063, 3, 25, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2063, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2063

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO (dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '4th April 2037')."""
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
    out = []
    for p in word.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """A name written all in capitals or all in lower case, as it is labelled: 'kacey bolitho' -> 'Kacey Bolitho'."""
    return " ".join(titled(x) if (x.isupper() or x.islower()) else x for x in as_written.split(" "))

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

YEAR = re.compile(r"(?<![\w+/=])(2\d{3})(?![\w+/=])")   # a standalone 4-digit year (not inside base64 or hex)
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
            if meeting <= now.astimezone(LON).date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
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
    d = email.utils.parsedate_to_datetime(msg["Date"])
    ld = d.astimezone(LON).date()
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on non-automatic mail")
    if e["kind"] == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"):
        err("auto_reply without an Auto-Submitted header")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = mc["_as"] or c["name"]
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
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}

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
        try:
            present = phrase in readable(parse(f))
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


# ============================================================================= structural checks
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

def _att(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename()]

def _names(msg):
    return [p.get_filename() for p in _att(msg)]

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _cal_methods(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _leaves(msg):
    return [p for p in msg.walk() if not p.is_multipart()]

def _inline_text(msg):
    """The text of every inline (non-attachment) text/plain or text/html part, tags removed."""
    out = []
    for p in _leaves(msg):
        if p.get_filename():
            continue
        if p.get_content_type() == "text/html":
            out.append(html_text(p.get_content()))
        elif p.get_content_type() == "text/plain":
            out.append(p.get_content())
    return re.sub(r"\s+", " ", " ".join(out)).strip()

def _rules_forward(msg, owner):
    """A rule forward: the loop header names the owner, no Auto-Submitted, and nothing is written above the
    forwarded message's header block."""
    p = _plain(msg)
    return (msg["X-MS-Exchange-Inbox-Rules-Loop"] == owner and msg["Auto-Submitted"] is None
            and str(msg["Subject"]).startswith("FW: ") and p.lstrip("\n").startswith("________________________________\nFrom: "))

def _utc_wd(f):
    return working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"])

CUSTOM = [
    ("knowsley_01.eml", "an Outlook meeting request (METHOD:REQUEST) with the form, GCP2 and minutes attached",
     lambda m: _cal_methods(m) == ["REQUEST"] and _names(m) == ["FF Step Up request to CSC - Rooney.docx",
               "GCP2 - Rooney - 11.01.2063.pdf", "TAF minutes 09.01.2063 - Rooney.docx"]
     and m["Content-Class"] == "urn:content-classes:calendarmessage" and date(2063, 1, 24).weekday() == 2),
    ("knowsley_02.eml", "EHM notification: auto-generated, the risk in the case-note free text, no alarm word",
     lambda m: m["Auto-Submitted"] == "auto-generated" and "Lee is still in the house" in _plain(m) and _no_alarm(m)),
    ("knowsley_03.eml", "the text message pasted in, the children named in full only in the quoted acknowledgement",
     lambda m: '"Hiya its Chantelle.' in _plain(m) and _plain(m).index("Jayden Mulhern") > _plain(m).index("From: Knowsley MASH")
     and "remanded in custody" in _plain(m)),
    ("knowsley_04.eml", "a blank body: the only inline text is empty; one PDF",
     lambda m: _inline_text(m) == "" and len(_att(m)) == 1 and str(m["Subject"]).endswith("Nwachukwu-Bailey")),
    ("knowsley_04.eml", "the count crosses Good Friday and Easter Monday: 6 working days, 8 plain weekdays",
     lambda m: working_days(_today("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]) == 6
     and plain_weekdays(_today("knowsley_04.eml"), META["knowsley_04.eml"]["meeting"]) == 8),
    ("knowsley_05.eml", "a web form mailed by the form system with no Auto-Submitted; alarm words only in the boilerplate",
     lambda m: m["Auto-Submitted"] is None and "If you think a child is in immediate danger" in readable(m)
     and not ALARM.search(readable(m).replace("If you think a child is in immediate danger, call 999 now.", "")
                          .replace("Multi-Agency Safeguarding Hub", ""))),
    ("knowsley_06.eml", "an inbox-rule forward with nothing added",
     lambda m: _rules_forward(m, "Elinor.Marsh@knowsley.gov.uk")),
    ("knowsley_07.eml", "sent at 00:20 BST: 4 working days from the London date, 5 from the UTC date",
     lambda m: _date(m).hour == 0 and _date(m).utcoffset() == timedelta(hours=1)
     and _now("knowsley_07.eml").astimezone(UTC).date() == date(2063, 3, 26) and _today("knowsley_07.eml") == date(2063, 3, 27)
     and working_days(_today("knowsley_07.eml"), date(2063, 4, 2)) == 4 and _utc_wd("knowsley_07.eml") == 5),
    ("richmond_wandsworth_01.eml", "Mosaic 'form sent' mail with no Auto-Submitted and a Reply-To to the TM",
     lambda m: m["Auto-Submitted"] is None and "Tamsin.Achterberg" in str(m["Reply-To"]) and "\nRationale for step up\n" in _plain(m)),
    ("richmond_wandsworth_02.eml", "a forwarded text, iPhone flowed, after 17:00, no alarm word",
     lambda m: "Her text, 17:46:" in readable(m) and _date(m).hour >= 17 and _no_alarm(m)),
    ("richmond_wandsworth_03.eml", "an inbox-rule forward with nothing added",
     lambda m: _rules_forward(m, "Pippa.Lorimer@richmondandwandsworth.gov.uk")),
    ("richmond_wandsworth_04.eml", "the body is only the signature; two attachments",
     lambda m: _plain(m).strip().startswith("Folake Adeyinka") and len(_att(m)) == 2),
    ("richmond_wandsworth_05.eml", "Mosaic workflow notification, auto-generated",
     lambda m: m["Auto-Submitted"] == "auto-generated" and "Please do not reply" in _plain(m)),
    ("richmond_wandsworth_06.eml", "the risk is only in the REPLY's COMMENT",
     lambda m: _cal_methods(m) == ["REPLY"] and "PARTSTAT=DECLINED" in readable(m) and _no_alarm(m)
     and "going to get the baby" in readable(m)),
    ("richmond_wandsworth_07.eml", "Egress wrapper: the case summary is listed but not attached",
     lambda m: _att(m) == [] and "Case summary - Tobi Adebayo.docx" in readable(m) and "\nRationale for step up\n" in _plain(m)),
    ("richmond_wandsworth_08.eml", "a web form submitted at night (BST)",
     lambda m: _date(m).hour == 21 and _date(m).utcoffset() == timedelta(hours=1)),
    ("tower_hamlets_01.eml", "the MARF is the portal submission itself, with its PDF copy",
     lambda m: m["Auto-Submitted"] is None and _names(m) == ["MARF-4471-Q.pdf"]),
    ("tower_hamlets_02.eml", "Cryptshare: the file is left on the service; no alarm word",
     lambda m: _att(m) == [] and _no_alarm(m) and "he can't roll yet" in readable(m)),
    ("tower_hamlets_03.eml", "a meeting request (REQUEST) carrying the step-down, two attachments",
     lambda m: _cal_methods(m) == ["REQUEST"] and len(_att(m)) == 2 and ALARM.search(readable(m)) is not None),
    ("tower_hamlets_04.eml", "Mosaic document wrapper: the assessment attached, the plan 'to follow'",
     lambda m: _names(m) == ["Child and Family Assessment - 1499027.pdf"] and "send the TAF plan once" in _plain(m)),
    ("tower_hamlets_05.eml", "an inbox-rule forward; the alarm word only in the forwarded signature",
     lambda m: _rules_forward(m, "Hasina.Rahman@towerhamlets.gov.uk")
     and not ALARM.search(readable(m).replace("Designated Safeguarding Lead", ""))),
    ("tower_hamlets_06.eml", "a list bulletin: HTML only, List-Id, no Auto-Submitted",
     lambda m: m["List-Id"] is not None and m["Auto-Submitted"] is None and [p.get_content_type() for p in _leaves(m)] == ["text/html"]),
    ("tower_hamlets_08.eml", "a phone follow-up with a photo attachment and no alarm word",
     lambda m: _names(m) == ["image0.png"] and _no_alarm(m)),
    ("torbay_01.eml", "an LCS print-out; Oakley under 5 (the under-5s triage)",
     lambda m: "Liquidlogic Children's Services" in readable(m) and age_years(date(2060, 7, 28), _today("torbay_01.eml")) < 5),
    ("torbay_02.eml", "an SMS gateway mail, out of hours, no alarm word",
     lambda m: str(m["Subject"]).startswith("SMS from +44") and _date(m).hour >= 17 and _no_alarm(m)),
    ("torbay_04.eml", "the tentative reply is for a fortnightly under-5s sitting (anchor 6 January 2026)",
     lambda m: _cal_methods(m) == ["REPLY"] and (date(2063, 2, 27) - date(2026, 1, 6)).days % 14 == 0),
    ("torbay_05.eml", "Egress: the photos are left on the service; no alarm word",
     lambda m: _att(m) == [] and _no_alarm(m) and _date(m).weekday() == 4),
    ("torbay_06.eml", "Forms notification: no Auto-Submitted; the scenarios are declared fictional",
     lambda m: m["Auto-Submitted"] is None and "fictional and are used for training only" in readable(m)),
    ("torbay_07.eml", "the whole message is one text/calendar REQUEST part",
     lambda m: [p.get_content_type() for p in _leaves(m)] == ["text/calendar"] and _cal_methods(m) == ["REQUEST"]),
    ("herefordshire_01.eml", "scan-to-email: boilerplate body, uninformative file names",
     lambda m: _names(m) == ["Scan_0001.pdf", "Scan_0002.pdf"] and "scanned and sent to you" in _plain(m)),
    ("herefordshire_02.eml", "a blank body; the risk and the only alarm word in the PDF",
     lambda m: _inline_text(m) == "" and ALARM.search(body_text(m)) is None and ALARM.search(readable(m)) is not None),
    ("herefordshire_04.eml", "a training invitation (REQUEST), declared simulated",
     lambda m: _cal_methods(m) == ["REQUEST"] and "SIMULATED CASE FOR TRAINING ONLY" in readable(m)),
    ("herefordshire_05.eml", "Windows 'Send to Mail recipient' body",
     lambda m: _plain(m).startswith("Your message is ready to be sent") and str(m["Subject"]).startswith("Emailing: ")),
    ("herefordshire_07.eml", "Herefordshire step_up is undefined",
     lambda m: ("herefordshire", "step_up") not in DEFINED),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "discussed the step up with me in supervision on 16/01/2063 and agreed it", "manager_agreed", True),
    ("knowsley_04.eml", "Ngozi has consented to the referral to Family First", "consent", True),
    ("knowsley_06.eml", "Dad agrees with the step down.", "consent", True),
    ("knowsley_07.eml", "Jodie has signed the Family First consent form", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed the plan to step Rhys up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Dad knows we are stepping up and says he agrees", "consent", True),
    ("richmond_wandsworth_04.eml", "Ms Kowalczyk consented to Early Help", "consent", True),
    ("richmond_wandsworth_07.eml", "Dad is not yet aware", "consent", None),
    ("richmond_wandsworth_07.eml", "I have agreed that Tobi Adebayo", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "Yes - I agree", "consent", True),
    ("tower_hamlets_01.eml", "Yes - Mrs Hossain consented on 15/01/2063", "consent", True),
    ("tower_hamlets_01.eml", "(my line manager), agreed on 16/01/2063", "manager_agreed", True),
    ("tower_hamlets_03.eml", "mum and dad both consented to the step-down", "consent", True),
    ("tower_hamlets_04.eml", "Mum has consented to Early Help", "consent", True),
    ("tower_hamlets_08.eml", "mum signed it at the visit this morning", "consent", True),
    ("torbay_01.eml", "Ms Tapp has consented to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirm the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_03.eml", "Yes - Ms Sparkes gave consent on 20/02/2063", "consent", True),
    ("torbay_03.eml", "and I agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_07.eml", "I'll ask him at Thursday's visit", "consent", None),
    ("torbay_07.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_01.eml", "Signed: Lisa Bufton (mother)", "consent", True),
    ("herefordshire_05.eml", "Signed: Hayley Whitlock", "consent", True),
    ("herefordshire_06.eml", "signed consent form attached as requested", "consent", True),
    ("herefordshire_07.eml", "My manager Owen Bright agreed it in supervision", "manager_agreed", True),
    ("herefordshire_07.eml", "Mum has consented to the referral", "consent", True),
]

def add_kind_checks():
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        elif k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: _cal_methods(m) == ["REPLY"]))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: "REPLY" not in _cal_methods(m)))

QUIET_EXPECTED = ["knowsley_02.eml", "richmond_wandsworth_02.eml", "richmond_wandsworth_06.eml", "torbay_02.eml",
                  "torbay_05.eml", "tower_hamlets_02.eml", "tower_hamlets_08.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the Europe/London date of `now`
    "knowsley_01.eml": (4, 4), "knowsley_04.eml": (6, 8), "knowsley_06.eml": (5, 5), "knowsley_07.eml": (4, 4)}
BST_EXPECTED = sorted(["knowsley_04.eml", "knowsley_07.eml", "richmond_wandsworth_08.eml", "tower_hamlets_05.eml",
                       "tower_hamlets_08.eml", "torbay_08.eml"])
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2063])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2063 is %s, expected %s after the window" % (easter, EASTER))
    if not (pkg.get(date(2063, 1, 1)) and WINDOW[0].date() == date(2063, 1, 2) and WINDOW[0].date().weekday() == 1
            and WINDOW[1].date() == date(2063, 4, 6) and WINDOW[1].date().weekday() == 4):
        errors.append("set: the window must be Tuesday 2 January (after New Year's Day) - Friday 6 April 2063")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2063, 3) == date(2063, 3, 25) and BST_END.date() == last_sun(2063, 10)):
        errors.append("set: BST must start on the last Sunday of March 2063 (25 March)")
    if (datetime(2063, 3, 24, 12, tzinfo=LON).utcoffset() != timedelta(0)
            or datetime(2063, 3, 26, 12, tzinfo=LON).utcoffset() != timedelta(hours=1)):
        errors.append("set: Europe/London must be +0000 on 24 March and +0100 on 26 March 2063")
    quiet, counts, bst = [], {}, []
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if msg["Date"].strip().endswith("+0100"):
            bst.append(f)
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
    quiet.sort(); bst.sort()
    if quiet != sorted(QUIET_EXPECTED):
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, sorted(QUIET_EXPECTED)))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    if bst != BST_EXPECTED:
        errors.append("set: the +0100 (BST) mails are %s, expected %s" % (bst, BST_EXPECTED))
    decisive_clock = sorted(f for f in counts if (counts[f][0] >= 5) != (_utc_wd(f) >= 5))
    if decisive_clock != ["knowsley_07.eml"]:
        errors.append("set: the counts the UTC/London date decides are %s, expected knowsley_07 only" % decisive_clock)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot


# ============================================================================= fault injection (in memory only)
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

FAULTS = [
    ("knowsley_07 counted from the UTC date (notice ok)",
     lambda: _relabel("knowsley_07.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_01 notice relabelled ok", lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("a BST mail written +0000", lambda: _sub("tower_hamlets_05.eml", b"11:02:31 +0100", b"11:02:31 +0000"),
     "Date offset should be +0100"),
    ("a GMT mail written +0100", lambda: _sub("knowsley_06.eml", b"11:03:52 +0000", b"11:03:52 +0100"),
     "Date offset should be +0000"),
    ("now 8 minutes after Date", lambda: _relabel("torbay_02.eml", now="2063-03-06T19:50:10+00:00"),
     "now not 2-6 min after Date"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2063, 4, 13)),
     "bank holidays differ"),
    ("an alarm word added to a quiet urgent mail", lambda: _sub("torbay_02.eml", b"pls send some1", b"pls urgent some1"),
     "no alarm word are"),
    ("the auto-generated EHM alert labelled other", lambda: _relabel("knowsley_02.eml", kind="other"),
     "Auto-Submitted on non-automatic mail"),
    ("the Egress step-up labelled complete", lambda: _relabel("richmond_wandsworth_07.eml", missing=[],
                                                               next_action="book_meeting"), "EGRESS_FILES"),
    ("consent still to be asked labelled true", lambda: _relabel("torbay_07.eml", consent=True, missing=["assessment"]),
     "means consent None, label True"),
    ("the training quiz filed as urgent", lambda: _relabel("torbay_06.eml", category="urgent"), "urgent vs category"),
    ("the undefined Herefordshire step-up booked", lambda: _relabel("herefordshire_07.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("a DOB in the text changed", lambda: FILES.update({"herefordshire_03.eml": FILES["herefordshire_03.eml"].replace(b"07/01/2048", b"07/01/2045")}), "dob as written '07/01/2048' not in text"),
    ("a year after 2063", lambda: _sub("knowsley_07.eml", b"He was convicted in 2061", b"He was convicted in 2064"),
     "year after 2063"),
    ("lower-case name labelled as written", lambda: (_lab("torbay_02.eml")["expect"]["children"][0].update(name="kacey bolitho"),
                                                     META["torbay_02.eml"]["children"][0].update(name="kacey bolitho")),
     "is not the normalised name"),
    ("a mail dated on Easter Monday's eve weekend", lambda: _sub("knowsley_04.eml", b"Fri, 06 Apr 2063", b"Sat, 07 Apr 2063"),
     "Date"),
]
def egress_rule():
    """A file left on a secure-mail service (listed, not attached) meets no document requirement."""
    errors = []
    for f in ("richmond_wandsworth_07.eml",):
        if _exp(f)["missing"] != ["case_summary"]:
            errors.append("%s: EGRESS_FILES the case summary is not attached, so case_summary must be missing" % f)
    return errors

def inject_faults():
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        errors += egress_rule()
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
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
    add_kind_checks()
    errors, tot = run_checks()
    errors += egress_rule()
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
        errors, _tot = run_checks()
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
