#!/usr/bin/env python3
"""mixed64: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2083 (Wednesday 1 September - Friday 17 December), in emotional abuse and control that reaches
the children: a child locked in a bedroom or a shed, food withheld as punishment, a child made to stand all night,
humiliation in front of siblings, a child used as a messenger or a spy between separated parents, a parent who tells
a child she is unwanted, coercive control of the mother that rules the children's days, and threats to give a pet
away or to send a child "into care". Written in teachers', school nurses', CAMHS clinicians', Cafcass advisers',
neighbours', relatives', parents' and practitioners' voices, with children's own words in notes and messages.

Urgent mail (11): a school nurse's clinical account of a 9-year-old made to stand all night (again tonight); a
child's text from a house locked by the mother's partner ("we're going into care"); a neighbour, writing in
non-native English, hearing a 7-year-old padlocked in a shed at 2 degrees; a 15-year-old told she was never wanted
and locked out (a phone reply); coercive control turning into a voice-note threat for tonight; a CAMHS clinic letter,
attached under a two-line mail, about a girl locked in her room and starved, her stepfather in the car park; a
child's note (no dinner since Sunday, the dog to be given away, "the next thing to go is me"); a humiliation video
with "round two tonight"; a 13-year-old's Snapchat messages from a locked room; a refuge found through a child's
tablet (the risk in a PS after the signature); a grandfather's message about a locked-in, self-harming 12-year-old,
buried under a school attendance officer's routine forward. Near misses
(11): a historic locked-room episode, a training briefing, a child's exaggeration checked the same day, a Cafcass
letter about a contested contact dispute, a parenting course report about punishments that stopped, a perpetrator
already remanded, a grandmother's worry about strict but loving parents, a newly qualified worker's hypothetical, a
father's angry contact-dispute email, a historic pet-and-care threat, and a neighbour's worry checked and withdrawn.

Window and clock: 1 September 2083 is a Wednesday (two days after the Late Summer bank holiday, Monday 30 August);
the window ends on Friday 17 December 2083. No bank holiday falls inside it. British Summer Time ends at 01:00 UTC on
Sunday 31 October 2083: mail to Friday 29 October carries +0100, mail from Monday 1 November +0000. Christmas Day and
Boxing Day 2083 fall on a Saturday and a Sunday, so the bank holidays are the substitute days Monday 27 and Tuesday
28 December (after the window; one Knowsley count crosses them). One Knowsley count is decided by the Europe/London
date: a mail sent at 00:21 BST on Friday 29 October (still Thursday in UTC).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in 20 ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word/Outlook HTML, PDF,
.docx, iCalendar, out-of-office, quote-chain, working-day and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the model set) and adapted. Every label was set by hand from the
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
    """Local (Europe/London) wall-clock time. The window (Wednesday 1 September - Friday 17 December 2083) starts
    in British Summer Time (+0100) and ends in GMT (+0000): BST ends at 01:00 UTC on Sunday 31 October 2083. The self-check
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
        qm = re.match(r"^(>+ ?)", logical)
        if qm and len(logical) > width:
            # RFC 3676 section 4.5: a quoted line is wrapped inside its quote depth - every physical line keeps
            # the '>' prefix (added for mixed64; mixed27's helper only wrapped unquoted text)
            prefix = qm.group(1)
            words = logical[len(prefix):].split(" ")
            cur, phys = "", []
            for w in words:
                if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                    phys.append(prefix + cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            phys.append(prefix + cur)
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
            zi = zipfile.ZipInfo(name, date_time=(2083, 8, 31, 0, 0, 0))
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




# ============================================================================= rules named in the `why`s
def rule(auth, what):
    seeds = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
             "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
             "herefordshire": "003_d813ace460bad8eb.txt"}
    council = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
               "torbay": "Torbay", "herefordshire": "Herefordshire"}[auth]
    text = {
        "k_up": "section 4 'Cases Stepping-Up from Family First 0-18 ... to Children's Social Care on a Planned Basis' "
                "(Team Manager agreement, 'at least 5 working days' notice', Engaging Families toolkit / Graded Care "
                "Profile) and Appendix 1; REQUIREMENTS.md knowsley step_up",
        "k_down": "section 2 'Cases Stepping Down from Children's Social Care - Child in Need Support to Early Help "
                  "Services at Levels 2 and 3' (date, time and venue; what are we worried about, what is working well, "
                  "what needs to happen; the new Lead Practitioner at level 2; 'a minimum of 5 days' notice' at level 3); "
                  "REQUIREMENTS.md knowsley step_down (no level stated = level 3)",
        "r_up": "'Process to Step Up' (the Early Help Team Manager emails the MASH Step Up inbox 'with the latest case "
                "summary and the rationale'); REQUIREMENTS.md richmond_wandsworth step_up",
        "r_down": "'Process to Step Down' ('confirming this by email with the latest case summary and the draft plan') "
                  "and 'Step Down to Early Help' (consent); REQUIREMENTS.md richmond_wandsworth step_down",
        "t_up": "'Step Up' and the MAST paragraph ('followed up with a completed Multi-Agency Request for Support "
                "form'; management oversight); REQUIREMENTS.md tower_hamlets step_up",
        "t_down": "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (the current Child and Family "
                  "Assessment, the TAF plan, consent, a Lead Practitioner); REQUIREMENTS.md tower_hamlets step_down",
        "b_up": "'Step up processes from level 3 to level 4', step 2 ('a contact should be made to MASH with parental "
                "consent'; worker and team manager agree); REQUIREMENTS.md torbay step_up",
        "b_down": "'Step down process from Single Assessment Team' / 'from Safeguarding and Supporting Families Team', "
                  "steps 1-4 (Single Assessment with the TM's analysis, consent before triage, triage slot within 5 "
                  "working days, under-5s fortnightly); REQUIREMENTS.md torbay step_down",
        "h_down": "'New Early Help Assessment Step-Down' (written consent, a key person, the step-down plan to the "
                  "co-ordinators within two weeks; sibling groups) and 'Roles and responsibilities'; REQUIREMENTS.md "
                  "herefordshire step_down",
        "h_up": "none: the seed defines no step-up (REQUIREMENTS.md: 'step_up is not defined by this seed'), so an "
                "undefined kind has missing [] and, unless urgent, human_review",
        "other": "DESIGN 'kind': other (no step request) -> human_review",
        "follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request",
        "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
        "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2",
        "urgent": "DESIGN safety rule 1 (an immediate child-protection risk, every part of the message read): "
                  "urgent -> alert_duty, first in DESIGN's next_action order whatever the kind",
        "near": "DESIGN safety rule 1 ('Negated, historic, hypothetical and resolved risks, and bulletins that list "
                "examples, must not trigger it')",
    }
    parts = [text[w] for w in what.split("+")]
    seedpart = "seed %s" % seeds[auth]
    first = parts[0]
    if what.split("+")[0] in ("other", "follow_up", "meeting_reply", "auto_reply", "urgent", "near"):
        return " | Rule: %s, %s; %s." % (council, seedpart, "; ".join(parts))
    return " | Rule: %s, %s %s." % (council, seedpart, "; ".join(parts))


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2083-09-15 10:12:44"
    body = T("""
Good morning,

Step up request for the Hargreaves children, EHM-81407. I've sent the Teams invite for the step up TAF - Wednesday 22nd September at 10:00 - from my calendar to this inbox and to MASH business support, and I've invited the current TAF members (school, the health visitor and the IDVA).

Children:
Ellis Hargreaves - 03/06/2072 (11)
Rosie Hargreaves - 27/01/2078 (5)

Attached are the step up form (Appendix 1) and the minutes of our TAF on 8 September. My team manager, Lorraine Tickle, went through the step up with me in supervision on Monday and agreed it - her agreement is on the form.

In short: everything mum tells us and everything school see points the same way. Mr Hargreaves decides how that house runs and the children live by his rules. He keeps mum's bank card, reads her phone every night and decides who she sees. The children have a list on the fridge: Ellis has to ask before he goes upstairs, watches TV or rings his nan; Rosie isn't allowed to go to nursery friends' parties because "we don't owe anyone". Ellis told his teacher he "has to be good so mum doesn't get it". The IDVA's DASH came out at medium. Mum has depression and has stopped her tablets because he says she doesn't need them.

Nothing has happened that needs anything from MASH today - this is about the pattern, the effect on the children, and the fact that mum can't change it on her own. There are no concerns about the physical care of the children or the home.

Mum knows I am talking to MASH. She hasn't said whether she agrees - she says she'll have to "run it past him", which is part of the worry.

Thanks,
Bernadette

Bernadette Cullen
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0472 | 07700 900 744

""") + KDISC
    form = docx_att("Appendix 1 Step Up Request - Hargreaves.docx", appendix1([
        ("Case ID on EHM:", "EHM-81407"),
        ("Children:", "Ellis Hargreaves 03/06/2072; Rosie Hargreaves 27/01/2078"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 22/09/2083, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends but every decision has to be checked with Mr Hargreaves; no non-engagement"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/09/2083"),
        ("What are we worried about?", "Coercive and controlling behaviour by Mr Hargreaves towards mum, which "
         "now sets the children's days: rules on the fridge, Ellis asking permission to move around the house, the "
         "children kept from friends and family. Mum's depression, untreated since she stopped her medication."),
        ("What is working well?", "Mum is honest with us; both children attend school well (Ellis 96%, Rosie 97% "
         "at nursery); nan sees them at school pick-up; the IDVA has a good relationship with mum."),
        ("What next?", "Step up to CSC for a Child and Family Assessment; Family First to stay involved until it is "
         "completed."),
        ("Graded Care profile (If neglect should be completed).", "N/A - no concerns about physical care."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "No call-outs; DASH (IDVA) 06/09/2083: medium"),
        ("Agreement by line manager:", "Agreed - Lorraine Tickle, Team Manager, 13/09/2083"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly IDVA sessions, mum supported back to "
         "her GP, TAF every four weeks."),
    ]))
    minutes = pdf_att("TAF minutes 08.09.2083 - Hargreaves.pdf", "Team Around the Family - minutes", [
        "Date: 08/09/2083, 13:30, Huyton Family Hub",
        "Present: mum, Bernadette Cullen (Family First, chair), Ellis's class teacher, the health visitor, the IDVA.",
        "IDVA: mum describes checking of her phone, control of money and of who she and the children see.",
        "School: Ellis quiet and watchful; asks permission for things other children just do.",
        "Health visitor: Rosie meeting milestones; mum flat in mood.",
        "Agreed: Bernadette to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Cullen, Bernadette", "Bernadette.Cullen@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Hargreaves - EHM-81407 - TAF Wed 22nd Sept 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-81407"],
        [ch("Ellis Hargreaves", "2072-06-03", "03/06/2072"), ch("Rosie Hargreaves", "2078-01-27", "27/01/2078")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up about COERCIVE CONTROL OF THE MOTHER THAT SETS THE CHILDREN'S DAYS: Appendix 1 "
        "form (.docx) and TAF minutes (.pdf) attached, EHM id, TM agreement ('agreed it'), meeting 'Wednesday 22nd "
        "September at 10:00'. No neglect ('no concerns about the physical care'), non-engagement or exploitation, "
        "so no GCP2 / toolkit / exploitation assessment is needed. Wed 15 Sep -> Wed 22 Sep = exactly 5 working days "
        "-> notice ok -> book_meeting. 'Nothing ... needs anything from MASH today' -> not urgent. Consent: mum "
        "'hasn't said whether she agrees' -> null (not required for a Knowsley step-up). Concerns: coercive control "
        "-> domestic_abuse; untreated depression -> parental_mental_health." + rule("knowsley", "k_up"),
        meeting=date(2083, 9, 22), not_children=["Bernadette Cullen", "Lorraine Tickle"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2083-09-28 11:02:19"
    body = T("""
Hello,

I'm the school nurse for Kirkby Brook Primary. I saw Kacey Doran (DOB 19/02/2074, Year 5) at my drop-in at 10.15 this morning - her teacher sent her because she kept falling asleep in assembly and couldn't stand still in the line.

Kacey told me that on Sunday night and again last night her mum's partner, Dean, made her stand in the hallway facing the wall "until I say sorry properly". She said she stood there "till it got light". If she sat down or leaned on the wall he shouted from the living room - "he can see me on the camera on his phone".

On examination both ankles and feet are puffy, there is a pressure blister on her left heel, and she says her legs "go wobbly". She has had almost no sleep for two nights.

She says it is because she "told lies about him at nan's". Dean told her this morning: "Tonight you'll do it properly, all night, and then we'll see about school." Mum works nights at the depot on Tuesdays.

Kacey is in school now; I have left her with her class teacher. Home time is 3.15 and Dean usually collects. She asked me twice not to tell anyone, and then asked if she could stay at school tonight.

The family had Family First support last year (EHM-79230), closed in March.

Please can a duty social worker ring me back before home time on 07700 900 318. I'm at the school until 1pm and then at Kirkby clinic.

Yvonne Basnett RN SCPHN
School Nurse | 5-19 Healthy Child Programme | Knowsley Community Health
yvonne.basnett@knowsleyhealth.example.nhs.uk
""")
    top = plain_top(f, addr("BASNETT, Yvonne (KNOWSLEY COMMUNITY HEALTH)", "yvonne.basnett@knowsleyhealth.example.nhs.uk"),
                    addr("Knowsley MASH", KMASH), "Kacey Doran, Year 5, Kirkby Brook Primary - seen at drop-in today",
                    when, "knowsleyhealth.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-79230"],
        [ch("Kacey Doran", "2074-02-19", "19/02/2074")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A SCHOOL NURSE'S CLINICAL ACCOUNT OF A CHILD MADE TO STAND ALL NIGHT: a 9-year-old made to stand facing the "
        "wall two nights running, watched on a phone camera, feet swollen and blistered; the mother's partner said "
        "'Tonight you'll do it properly, all night'; he collects at 3.15 and mum works tonight; the child asks to "
        "stay at school. No alarm word anywhere. Immediate -> urgent -> alert_duty. A health report asking for no "
        "step -> other. The closed Family First case 'EHM-79230' is a case id as written. The forced standing with "
        "injury -> physical_harm (the contract has no id for emotional abuse)."
        + rule("knowsley", "urgent+other"),
        not_children=["Yvonne Basnett"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2083-12-17 11:40:02"
    body = T("""
Hi Family First,

I'd like to step the Pritchard children down to Family First at Level 3. Mum has consented - she signed the Family First consent form with me on Tuesday (14/12/2083).

Joint home visit: Wednesday 29th December 2083 at 10:00, at home - 22 Larch Close, Huyton, L36 9ZQ. I know it falls between the bank holidays; mum asked for a day when the children are off school so they can both meet the case manager.

ICS ID 1984402
Tyler Pritchard - DOB 2071-08-12
Lacey Pritchard - DOB 2075-11-30

Background, so the case manager has the history: in 2080 both children were on child protection plans. Mum's former partner (not the children's father) locked Tyler in his bedroom for hours at a time, took the door handle off, stopped his meals as a punishment and told him he was "the reason everything is ruined". He was convicted in 2081, there is a restraining order naming mum and both children, and there has been no contact of any kind since - he lives in Scotland. The plans ended in 2081 and the children have been on CIN plans since. Nothing like it has happened since he left: Tyler's door has no lock and he chose the new handle himself.

What are we worried about?
Tyler (12) still gets anxious around mealtimes and sometimes keeps snacks in his room "just in case". Mum's anxiety gets worse every winter.

What is working well?
Mum has done the Freedom Programme and a parenting course and is warm and consistent with both children. Attendance is good (Tyler 96%, Lacey 98%). Tyler sees the school counsellor every week and says home is "the best it's been".

What needs to happen?
A Family First case manager to hold a TAF with school and the counsellor; a mealtime plan for Tyler with the school nurse; mum to keep her GP review in January.

My TM, Sandra Okoye, has agreed the step down.

Gareth

Gareth Mulhearn
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0137

""") + KDISC
    top = outlook_top(f, addr("Mulhearn, Gareth", "Gareth.Mulhearn@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Pritchard - joint home visit Wed 29th Dec", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["1984402"],
        [ch("Tyler Pritchard", "2071-08-12", "2071-08-12"), ch("Lacey Pritchard", "2075-11-30", "2075-11-30")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - A HISTORIC EPISODE NOW RESOLVED: a child locked in his bedroom, meals stopped as punishment and "
        "told he was 'the reason everything is ruined' - in 2080, by a former partner convicted in 2081, restraining "
        "order, no contact since; 'Nothing like it has happened since he left'. Historic -> not urgent, and no "
        "neglect / physical_harm today. Complete Level 3 step-down: joint home visit with date, time and venue, the "
        "three headings answered, signed consent, TM agreed. NOTICE ACROSS THE CHRISTMAS BANK HOLIDAYS (not "
        "decisive): from Fri 17 Dec 2083 (the window's last day) to Wed 29 Dec: Christmas Day and Boxing Day fall on "
        "the weekend, so their substitute days Mon 27 and Tue 28 Dec are bank holidays -> 6 working days (8 plain "
        "weekdays) -> ok -> book_meeting. 'ICS ID 1984402' -> the bare number; ISO DOBs. Mum's winter anxiety -> "
        "parental_mental_health." + rule("knowsley", "k_down+near"),
        meeting=date(2083, 12, 29), not_children=["Gareth Mulhearn", "Sandra Okoye"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2083-10-29 00:21:07"
    body = T("""
Hi both,

Sorry for the late one - catching up on my recording.

I'm stepping Jayden down to a Level 2 service at his final CIN meeting:
Thursday 4th November 2083, 10:00, Halewood Park Academy - Pastoral Base, meeting room 2.

Jayden Corrigan, DOB 08/05/2071, ICS-1990763.

The lead practitioner will be Mr Kieran Doyle, Head of Year 8 at Halewood Park Academy. He has agreed to take on the role and will lead the Early Help Assessment.

What are we worried about?
Jayden's parents separated last year and for a long time he was stuck in the middle - carrying messages between them, being asked by each of them what the other had said, and hearing about the court case. He became anxious and stopped going in on contact days; his attendance is 86% this term. There are no concerns about domestic abuse and both parents have engaged well.

What is working well?
Both parents did the separated parents programme over the summer and now use a co-parenting app instead of passing messages through Jayden. The contact arrangements were agreed at mediation and have run smoothly since July. Jayden says he "doesn't have to be the postman any more".

What needs to happen?
Mr Doyle to lead a TAF; school to keep the morning check-ins and track attendance; both parents to keep to the app; first TAF review in 6 weeks.

Both parents have consented to the step down (recorded at the CIN review on 19/10/2083).

Nia

Nia Ashworth
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0281

""") + KDISC
    top = plain_top(f, addr("Ashworth, Nia", "Nia.Ashworth@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 2 step down - Jayden Corrigan - final CIN Thurs 4th Nov 10am", when, KDOM,
                    "Microsoft Outlook 16.0", cc=addr("Doyle, Kieran", "k.doyle@halewoodpark.example.sch.uk"))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1990763"],
        [ch("Jayden Corrigan", "2071-05-08", "08/05/2071")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley LEVEL 2 step-down, complete in content (date, time and venue of the final CIN; the three headings "
        "answered; lead practitioner Mr Kieran Doyle with his agency, the academy) - A CHILD USED AS A MESSENGER "
        "BETWEEN SEPARATED PARENTS, now resolved ('doesn't have to be the postman any more'; 'no concerns about "
        "domestic abuse'). NOTICE DECIDED BY THE LONDON DATE, DECISIVE: sent at 00:21 BST on Fri 29 Oct 2083, which "
        "is still Thu 28 Oct in UTC. DESIGN counts from today's date in Europe/London: Fri 29 Oct -> Thu 4 Nov = 4 "
        "working days < 5 -> notice not ok -> request_info (a reader taking the UTC date would count 5 and say ok). "
        "Consent 'Both parents have consented' -> true (not required at level 2). 86% -> school_attendance."
        + rule("knowsley", "k_down"),
        meeting=date(2083, 11, 4), not_children=["Nia Ashworth", "Kieran Doyle"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2083-09-20 16:04:33"
    ack = ack_text("step-up", "SB-knowsley-1872", [
        "Case: EHM-81407", "Children: Ellis Hargreaves (03/06/2072), Rosie Hargreaves (27/01/2078)",
        "Step-up TAF meeting: Wednesday 22 September 2083, 10:00 (Microsoft Teams)"], [])
    body = T("""
MASH - please read this now. It's about the Hargreaves children (step up TAF on Wednesday).

Ellis has just messaged the Family First text line. Copied exactly:

"its ellis. hes locked the front and back doors and took mums phone and the house phone. were not allowed out of our bedrooms he said mum has to learn. rosie is crying. he said if anyone from the council comes he will tell them were going into care and well never see mum again. dont ring back he checks"

It came in at 15:48 from Ellis's own phone (he has it for the bus). I haven't replied, as he asked. Nan collected both children from school and dropped them home at 3.30; she's gone back to Prescot and didn't go in. Mum isn't answering.

I'm in Huyton, ten minutes from the house, and can meet a social worker there. 0151 496 0472 / 07700 900 744.

Bernadette Cullen
Family First Case Manager | Huyton Team
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "15 September 2083 10:19", "Cullen, Bernadette <Bernadette.Cullen@knowsley.gov.uk>",
         "[SB-knowsley-1872] Step-up request received - EHM-81407", ack, None)])
    top = outlook_top(f, addr("Cullen, Bernadette", "Bernadette.Cullen@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1872] Step-up request received - EHM-81407", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-81407"],
        [ch("Ellis Hargreaves", "2072-06-03", "03/06/2072"), ch("Rosie Hargreaves", "2078-01-27", "27/01/2078")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A CHILD'S TEXT MESSAGE, COPIED EXACTLY, ON A FOLLOW-UP: an 11-year-old says the mother's partner has locked "
        "the doors, taken every phone, confined the children to their bedrooms 'mum has to learn', and threatens "
        "to tell the council they are 'going into care' and will 'never see mum again'; mum unreachable. No alarm "
        "word anywhere. A reply to [SB-knowsley-1872] (knowsley_01's request) -> follow_up, and urgent -> "
        "alert_duty first. Children and DOBs only in the quoted acknowledgement. Coercive control of the mother, "
        "now confining the children -> domestic_abuse." + rule("knowsley", "urgent+follow_up"),
        not_children=["Bernadette Cullen"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2083-11-09 08:30:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING
Emotional abuse and coercive control: when the control reaches the children

For: Family First 0-18, school DSLs, health and partner agencies. Please share at team meetings.

1. What it is
Emotional abuse is the persistent emotional maltreatment of a child. It can sit alongside coercive control of a parent, and it is often invisible at a single visit.

2. What it can look like (composite examples from training - not real children)
- "Amy", 8, is made to stand in the garden as a punishment and called "the mistake" in front of her brothers.
- "Leo", 11, is locked in the box room and misses meals when he "answers back".
- A mother is told what the children may eat, wear and watch, and who they may see.
- A parent says "I'll put you in care" or "the dog goes if you cry".

3. What to do
Record exactly what the child says; talk to your DSL or line manager; use the Knowsley continuum of need. If you believe a child is at immediate risk, ring the MASH duty team straight away - do not email.

4. Learning from local reviews
Workers saw each incident on its own and missed the pattern; the children's own words were not recorded.

5-7. Reflective questions, the training calendar and the Signs of Safety mapping template are on the partnership website.

All case examples in this briefing are fictional and composite and are used for training only.

Knowsley Safeguarding Children Partnership | Municipal Buildings, Huyton
You are receiving this because your team mailbox is subscribed to partnership briefings. Unsubscribe: https://kscp.example.org/unsubscribe
""")
    hbody = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
             'style="font-family:Arial,sans-serif;font-size:11pt">\n'
             + "".join('<p>%s</p>\n' % esc(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n"))
             + '</body></html>\n')
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "briefings@kscp.example.org"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "7-minute briefing: emotional abuse and coercive control - when it reaches the children", when,
                    "kscp.example.org", None,
                    extra=[("List-Id", "KSCP briefings <briefings.kscp.example.org>"),
                           ("List-Unsubscribe", "<https://kscp.example.org/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, alt_mail(f, top, text, hbody), "knowsley", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING BRIEFING WHOSE EXAMPLES ECHO THIS SET'S URGENT MAILS (a child made to stand in the "
        "garden, a child locked in the box room missing meals, 'I'll put you in care', 'the dog goes if you cry'), "
        "'composite examples from training - not real children' and 'fictional ... for training only'. A partnership "
        "mailing (List-Id, Precedence: list, no Auto-Submitted) -> not an auto_reply -> other -> human_review. No "
        "child (quoted first names are fictional), no concern." + rule("knowsley", "near+other"))

def knowsley_07():
    f = "knowsley_07.eml"; when = "2083-09-17 14:22:51"
    data = itip_reply(f, when, "Dr Priya Raman", "priya.raman@knowsleycamhs.example.nhs.uk",
                      ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step up TAF meeting - Hargreaves - EHM-81407 [SB-knowsley-1872]", "20830922T100000",
                      "20830922T113000", "Microsoft Teams Meeting",
                      comment="I have clinic until 10.30 so will join late if I can. My letter about Ellis went to "
                              "Bernadette yesterday.")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-81407"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from a CAMHS clinical psychologist for knowsley_01's step-up TAF "
        "(Wed 22 Sep 10:00); the SUMMARY carries EHM-81407 and [SB-knowsley-1872]; a COMMENT with nothing of concern "
        "('Ellis' alone is no full name)." + rule("knowsley", "meeting_reply"),
        not_children=["Priya Raman"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2083-12-02 13:45:26"
    body = T("""
Afternoon,

Step up request for Mason and Ava - EHM-82016.

Step up TAF: Wednesday 8th December, 1.30pm, on Teams. The invite has gone from my calendar to the MASH inbox and MASH business support; I've invited school and the school nurse.

Mason Fenwick - DOB 14/07/2075
Ava Fenwick - DOB 02/10/2072

Attached: the step up form, the Engaging Families toolkit (Signs of Wellbeing family engagement tool) and the minutes of our last TAF. My TM, Claire Dunne, agreed the step up on 30/11/2083.

This is a step up for non-engagement. Mum has cancelled seven of the last nine visits and hasn't come to a TAF since July; the toolkit is attached and shows what we've tried (different times, the Hub, texts, a joint visit with school). Mason's attendance is 71% and Ava's 79%.

One thing you will see in the TAF minutes, so I want to be clear about it. On 24/11/2083 Mason told a lunchtime supervisor that his mum "locks him in the cellar with no tea". The DSL spoke to him that afternoon and I visited with a police officer the same evening. The house has no cellar, Mason's bedroom has no lock, there was plenty of food in, and Mason told me and the PC he "made it up because everyone was talking about that film". Ava said the same without being asked. Police closed it that night with no further action. It was checked properly and it is not why we are stepping up.

Mum has been told about the step up by letter and by text; she hasn't replied.

Shaun

Shaun Keegan
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0659

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Fenwick.docx", appendix1([
        ("Case ID on EHM:", "EHM-82016"),
        ("Children:", "Mason Fenwick 14/07/2075; Ava Fenwick 02/10/2072"),
        ("Date of step up TAF meeting:", "Wednesday 08/12/2083, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - yes, toolkit completed 26/11/2083 and attached"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 25/11/2083"),
        ("What are we worried about?", "Mum not engaging; attendance (Mason 71%, Ava 79%)."),
        ("What is working well?", "The children are close to their nan; both are well presented at school."),
        ("What next?", "C&F assessment."),
        ("Agreement by line manager:", "Agreed - Claire Dunne, 30/11/2083"),
    ]))
    toolkit = pdf_att("Engaging Families Toolkit - Signs of Wellbeing - Fenwick.pdf",
                      "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool", [
        "Family: Fenwick. Completed by Shaun Keegan, 26/11/2083.",
        "Attempts: 9 planned visits (7 cancelled by text on the day), 3 TAFs offered at the Hub and at home.",
        "Tried: evening visit, joint visit with school, written agenda in advance, a named worker mum chose.",
        "Engagement rating: low and falling. Barriers mum names: 'too many people'.",
        "Outcome: escalate through the step-up process."])
    minutes = docx_att("TAF minutes 25.11.2083 - Fenwick.docx", [
        "# TAF minutes - Fenwick - 25/11/2083",
        "Present: Shaun Keegan (chair), Ava's form tutor, Mason's class teacher, school nurse. Mum did not attend.",
        "24/11/2083: Mason said to a lunchtime supervisor that mum 'locks him in the cellar with no tea'. Checked "
        "the same day by the DSL and a home visit with police: no cellar, no lock, food in the house; Mason said he "
        "made it up. Police NFA.",
        "Attendance: Mason 71%, Ava 79%.",
        "Agreed: Shaun to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Keegan, Shaun", "Shaun.Keegan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Fenwick - EHM-82016", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, toolkit, minutes], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-82016"],
        [ch("Mason Fenwick", "2075-07-14", "14/07/2075"), ch("Ava Fenwick", "2072-10-02", "02/10/2072")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "NEAR MISS - A CHILD'S EXAGGERATION CHECKED AND FOUND UNTRUE: 'locks him in the cellar with no tea' was "
        "checked the same day by the DSL and a home visit with police (no cellar, no lock, food in; the child said "
        "he made it up; police NFA) - not urgent, and no neglect. A Knowsley step-up for non-engagement with the "
        "Engaging Families toolkit attached (engaging_families met), form, TAF minutes, EHM id and TM agreement -> "
        "nothing missing. NOTICE SHORT: Thu 2 Dec -> Wed 8 Dec = 4 working days < 5 -> notice not ok -> "
        "request_info. Consent: told by letter, no reply -> null. non_engagement + school_attendance (71% / 79%)."
        + rule("knowsley", "k_up+near"),
        meeting=date(2083, 12, 8), not_children=["Shaun Keegan", "Claire Dunne"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2083-09-09 09:55:12"
    kemi = T("""
Hi Helena,

As discussed in supervision, here is my step up request for the Okonjo-Price children.

Tobi Okonjo-Price - DOB 11/04/2071 - Mosaic ID 2718840
Zara Okonjo-Price - DOB 23/09/2076 - Mosaic ID 2718841

Case summary
Attached (Case summary - Okonjo-Price - Sept 2083.pdf): Early Help since April after a school referral; dad, his partner Ms Carrow, Tobi, Zara and two younger half-siblings at home; five months of parenting sessions and a Family Group Conference.

Rationale for step up
Since dad's drinking increased in the spring (most evenings, eight to ten cans by his own account), his partner has taken over the children's routines and Tobi (12) is singled out. In front of Zara and the little ones he is called "the stray" and "the mistake", he has to eat his meals standing at the kitchen counter while the others sit at the table, and his phone and his bedroom door are taken away for "attitude". Zara copies the names. School have watched Tobi's confidence collapse since Easter; his attendance is 83% and he has started refusing PE so he doesn't have to change in front of others. Five months of Early Help (parenting sessions with Ms Carrow, an FGC in June) have not changed anything, and dad does not step in. We think Tobi is suffering emotional harm and the family needs a Child and Family Assessment.

Dad and Ms Carrow have been told we are referring to Children's Services. Dad said "do what you want".

Thanks,
Kemi

Kemi Adeyinka
Early Help Practitioner | Wandsworth North Early Help Team
""")
    body = T("""
Dear MASH colleagues,

Please see below Kemi's step up request for the Okonjo-Price children, which I have agreed following our reflective discussion this morning. The latest case summary is attached and the rationale is under its own heading in Kemi's email. Nothing here needs a same-day response - please send the case discussion invitation in the usual way.

Helena

Helena Quarshie
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0731

""") + quote("Adeyinka, Kemi <Kemi.Adeyinka@richmondandwandsworth.gov.uk>", "08 September 2083 16:41",
              "Quarshie, Helena <Helena.Quarshie@richmondandwandsworth.gov.uk>",
              "Step up - Okonjo-Price children", kemi) + "\n" + RDISC
    summary = pdf_att("Case summary - Okonjo-Price - Sept 2083.pdf", "Case summary - Okonjo-Price family", [
        "Children: Tobi Okonjo-Price (11/04/2071), Zara Okonjo-Price (23/09/2076). Mosaic 2718840 / 2718841.",
        "Household: father, his partner Ms Carrow, the two children and two half-siblings (3 and 1).",
        "April 2083: school referral - Tobi withdrawn and tearful, says he is 'not wanted at home'.",
        "May-August: weekly parenting sessions with Ms Carrow; father attended two of twelve.",
        "June: Family Group Conference; plan agreed but not kept.",
        "September: Tobi's attendance 83%; father drinking most evenings.",
        "Worker's view: the plan has not reduced the emotional harm to Tobi; step up recommended."])
    top = outlook_top(f, addr("Quarshie, Helena", "Helena.Quarshie@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Okonjo-Price children - Mosaic 2718840 / 2718841", when,
                      cc=addr("Adeyinka, Kemi", "Kemi.Adeyinka@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2718840", "2718841"],
        [ch("Tobi Okonjo-Price", "2071-04-11", "11/04/2071"), ch("Zara Okonjo-Price", "2076-09-23", "23/09/2076")],
        ["school_attendance", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager on top of the worker's quoted "
        "request: case summary attached (.pdf), rationale under its own heading -> nothing missing -> book_meeting. "
        "HUMILIATION IN FRONT OF SIBLINGS ('the stray', 'the mistake', eating standing at the counter) is emotional "
        "harm, which has no concern id; what the contract can name: dad's drinking -> substance_misuse; 83% -> "
        "school_attendance. 'which I have agreed' -> manager true. Dad's 'do what you want' is no consent -> null. "
        "'Mosaic ID 2718840' -> the bare numbers. 'Nothing here needs a same-day response' -> not urgent."
        + rule("richmond_wandsworth", "r_up"),
        not_children=["Kemi Adeyinka", "Helena Quarshie"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2083-11-23 19:14:38"
    body = T("""
Hello. Sorry for my English.

I find this email on the council website, I hope it is correct one. I am living at 41 Alderbrook Road in Balham and I write about the small boy from next door, number 43. His name is Kai, maybe he is 7 years.

From 6 o'clock, so now more than one hour, he is inside their shed in the garden. I hear him crying and knocking on the door and he is calling for his mum. On the shed outside is a padlock - I saw how his stepfather put it when he push him inside. There is no light there. My phone say 2 degrees and Kai had only t-shirt and short trousers.

At half past six I knock on their front door but nobody open, but the TV is very loud and I can see them sitting in the front room.

This is not the first time. In October I hear the same thing one night, but not so long and not so cold. I don't want to make problem for his mother, she is nice with me, but I don't know what more I can do.

My phone is 07700 900 261.

Agnieszka Wrobel
""")
    top = plain_top(f, addr("Agnieszka Wrobel", "a.wrobel.balham@example.com"), addr(None, RSU),
                    "boy next door is locked in shed", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "A NEIGHBOUR WRITING IN NON-NATIVE ENGLISH, OUT OF HOURS (19:14 on a November Tuesday): a 7-year-old "
        "padlocked in an unlit garden shed for over an hour at 2 degrees in a t-shirt, crying and knocking, the "
        "adults inside ignoring the door. No alarm word anywhere. Happening now -> urgent -> alert_duty (the "
        "out-of-hours service at this hour). A member of the public writing to the only inbox she found -> other. "
        "The boy is named by first name only -> no child labelled. Shut out in the cold, unprotected -> neglect "
        "(physical_harm could be argued)." + rule("richmond_wandsworth", "urgent+other"),
        not_children=["Agnieszka Wrobel"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2083-10-06 15:30:47"
    body = T("""
Dear colleagues,

Re: Matilda Lane-Castellanos (DOB 02/03/2075) and Rafael Lane-Castellanos (DOB 17/08/2078)
Application for a child arrangements order - Family Court at West London, case number ZW83P00417
Cafcass reference: CF-83-228914

Thank you for your reply of 28/09/2083 to our local authority checks, confirming that neither child is or has been known to Children's Services.

I have now completed the safeguarding interviews with both parents and checks with the police, the children's GP and their school. For your records, the safeguarding letter I am filing with the court says:

- Each parent says the other uses the children. The mother says the father "interrogates" the children after contact and has asked Matilda to pass on messages about money; the father says the mother tells the children he "doesn't really want them". Both describe the other's behaviour as "emotional abuse".
- Neither parent alleges violence or controlling behaviour towards themselves. The police hold no domestic abuse reports for either address. The GP and school have no concerns; both children are happy, attend well and talk warmly about both homes.
- I have not identified any safeguarding concerns. This is a dispute about how much time the children spend with their father and how the parents talk to each other. Both parents have agreed to attend the Planning Together for Children course and the court is asked to list a dispute resolution appointment.

Nothing is asked of Children's Services. I am copying this to you only because your checks were part of the letter.

Kind regards,

Oluwaseun Adebayo
Family Court Adviser | Cafcass (London South West)
oluwaseun.adebayo@cafcass.example.gov.uk | 020 7946 0412
""")
    top = outlook_top(f, addr("Oluwaseun Adebayo", "oluwaseun.adebayo@cafcass.example.gov.uk"), addr("MASH Step Up", RSU),
                      "Cafcass safeguarding letter - Lane-Castellanos - no safeguarding concerns identified", when,
                      mid_domain="cafcass.example.gov.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Matilda Lane-Castellanos", "2075-03-02", "02/03/2075"),
         ch("Rafael Lane-Castellanos", "2078-08-17", "17/08/2078")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A CONTESTED CONTACT DISPUTE WITH NO RISK: a Cafcass Family Court Adviser's safeguarding letter "
        "for the records - each parent calls the other's behaviour 'emotional abuse' and says the children are used "
        "as messengers, but 'I have not identified any safeguarding concerns', no violence alleged, no police "
        "reports, school and GP content. Not urgent, no concern id. No step -> other -> human_review. Children named "
        "in full with DOBs are labelled. The court case number 'ZW83P00417' and the Cafcass reference "
        "'CF-83-228914' are not case-system ids -> case_ids []." + rule("richmond_wandsworth", "near+other"),
        not_children=["Oluwaseun Adebayo"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2083-11-15 11:05:09"
    body = T("""
Dear Early Help Duty,

Following my call with Marcus (Duty Team Manager) this morning, I'm confirming the step-down case discussion for the Sullivan children on Thursday 18th November at 2pm - Early Help hub, York House, Twickenham, or Teams if easier.

Freya Sullivan - 30/07/2077 - Mosaic 2744109
Alfie Sullivan - 12/12/2080 - Mosaic 2744110

The latest case summary is attached. The draft Early Help plan isn't finished yet - I'll send it by Wednesday.

Mum has consented to Early Help continuing the plan; she told me so on Friday and signed our consent form.

Briefly: we became involved in March because of Mr Devlin's controlling behaviour towards mum, which had started to govern the children's days. He left in June. There have been no concerns about domestic abuse since he left; the non-molestation order is in place and has not been breached. The remaining worry is mum's low mood - she is with her GP and waiting for talking therapy. Freya is settled at school and Alfie has started at the nursery on Heath Road.

Many thanks,
Dominic

Dominic Achterberg
Social Worker | Assessment and Intervention Team (Richmond)
Richmond and Wandsworth Councils | 020 7946 0689

""") + RDISC
    summary = docx_att("Case summary - Sullivan - 15.11.2083.docx", [
        "# Case summary - Sullivan",
        "Children: Freya Sullivan (30/07/2077), Alfie Sullivan (12/12/2080).",
        "Referral March 2083 (school and health visitor): mother's partner controlling her money, phone and the "
        "children's routines; the children not allowed to see their grandparents.",
        "June 2083: Mr Devlin left; non-molestation order made; no breaches.",
        "Child and Family Assessment completed October 2083: the children's needs can now be met by Early Help.",
        "Current: mother's low mood (GP, awaiting talking therapy)."])
    top = outlook_top(f, addr("Achterberg, Dominic", "Dominic.Achterberg@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Sullivan - case discussion Thurs 18th Nov 2pm", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2744109", "2744110"],
        [ch("Freya Sullivan", "2077-07-30", "30/07/2077"), ch("Alfie Sullivan", "2080-12-12", "12/12/2080")],
        ["parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down confirming a case discussion agreed with the Early Help duty manager "
        "('Thursday 18th November at 2pm', within 5 days of the contact): case summary attached (.docx), consent "
        "given and signed -> met; the draft plan 'isn't finished yet - I'll send it by Wednesday' -> draft_plan "
        "missing -> request_info. The past coercive control is negated ('no concerns about domestic abuse since he "
        "left') -> no domestic_abuse; mum's low mood -> parental_mental_health. 'Mosaic 2744109' -> the bare "
        "numbers. No level written -> null." + rule("richmond_wandsworth", "r_down"),
        not_children=["Dominic Achterberg"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2083-10-14 13:20:15"
    ack = ["Thank you - your step-up request has been received.", "", "Reference: SB-richmond_wandsworth-3318",
           "Case: 2731006", "Children: Chloe Marsh-Adeyemi (05/01/2068)",
           "MASH business support will send the case discussion invitation within 1 working day.", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = T("""
Sorry to put this on the step up thread but I can't get through on the phone.

Chloe just texted me (12:58):

"shes done it. said im not her daughter anymore and she never wanted me. changed the locks while i was at school, all my stuff is in bin bags on the step. she said go to your dads. i dont even know where he lives. im at the park by the station, phone on 4%"

I rang mum. She said "she's not coming back in, she's your problem now" and put the phone down. There is nobody else - nan is in St George's and dad hasn't been around since Chloe was 3. Chloe has no money and no coat.

I'm leaving now to meet her at the park (about 1.45) but I can't take her home with me and she can't stay out tonight.

Shona Prideaux
Early Help Practitioner
07700 900 583

Sent from my iPhone

On 11 Oct 2083, at 09:12, MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:

""") + stepbot_ack("SB-richmond_wandsworth-3318", ack)
    top = plain_top(f, addr("Shona Prideaux", "Shona.Prideaux@" + RDOM), addr("MASH Step Up", RSU),
                    "Re: [SB-richmond_wandsworth-3318] Step-up request received", when, RDOM, "iPhone Mail (21A360)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2731006"],
        [ch("Chloe Marsh-Adeyemi", "2068-01-05", "05/01/2068")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A PARENT WHO TELLS A CHILD SHE IS UNWANTED, AND PUTS HER OUT: a 15-year-old's text ('said im not her "
        "daughter anymore and she never wanted me ... changed the locks'), confirmed by the mother ('she's your "
        "problem now'); no money, no coat, nowhere to go tonight. No alarm word anywhere. An iPhone reply to "
        "[SB-richmond_wandsworth-3318] -> follow_up; urgent -> alert_duty first. Child and DOB from the quoted "
        "acknowledgement ('>' quoting). A child shut out of her home with no care -> neglect."
        + rule("richmond_wandsworth", "urgent+follow_up"),
        not_children=["Shona Prideaux"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2083-12-01 10:40:55"
    body = T("""
Hello Early Help Duty,

As agreed with Priya on the phone this morning, the step-down case discussion for Leo Dunmore is Monday 6th December at 10am on Teams.

Leo Dunmore, DOB 19/09/2074, Mosaic 2702218.

Attached: the latest case summary, the draft Early Help plan, and the report from the Family Hub parenting course dad finished last month. Dad has given his consent to Early Help continuing the plan, and to the course report being shared.

You'll see the course report describes punishments dad used to use - sending Leo to his room for whole weekends, "no tea if you answer back", and telling him he'd "ring social services to take you away". That was the reason for the original referral in the spring. None of it has happened since March: Leo, school and dad's partner all say the same, and our assessment found no current concern about Leo's care. Dad now uses a reward chart and calm-down time and is proud of it.

What Early Help would pick up: Leo has ADHD and school are applying for an EHCP; dad would like help with the application and with evenings.

Best wishes,
Martha

Martha Kellaway
Social Worker | Family Support and Protection (Wandsworth)
Richmond and Wandsworth Councils | 020 7946 0154

""") + RDISC
    summary = pdf_att("Case summary - Leo Dunmore - Nov 2083.pdf", "Case summary - Leo Dunmore", [
        "Leo Dunmore, 19/09/2074, Mosaic 2702218. Lives with father and father's partner.",
        "Referral (March 2083, school): harsh punishments described by Leo.",
        "Child and Family Assessment (November 2083): punishments stopped since March; father completed the "
        "Family Hub parenting course; no current concern about Leo's care.",
        "Needs: ADHD (diagnosed 2081), EHCP application by school, support with evening routines."])
    plan = docx_att("Draft Early Help plan - Dunmore.docx", [
        "# Draft Early Help plan - Leo Dunmore",
        "Outcome 1: Leo's EHCP application submitted with father's views (school SENCo, by February).",
        "Outcome 2: calm evening routine - Early Help worker, four sessions at home.",
        "Outcome 3: father linked to the ADHD parents' group.",
        "Review: Early Help manager's review meeting within 4 weeks of handover."])
    course = pdf_att("Parenting course report - Mr Dunmore - Nov 2083.pdf", "Family Hub parenting course - completion report", [
        "Participant: Mr Dunmore. Course: 10 weekly sessions, September to November 2083. Attended 10 of 10.",
        "At the start of the course Mr Dunmore described punishments he used in the past: sending Leo to his room for "
        "the whole weekend, taking away meals ('no tea if you answer back') and telling Leo he would 'ring social "
        "services to take you away'.",
        "He reports, and Leo's school and his partner confirm, that he has not used any of these since March 2083.",
        "He now uses a reward chart, calm-down time and special time, and brought examples each week.",
        "Facilitators' view: good progress; no current concerns arising from the course."])
    top = outlook_top(f, addr("Kellaway, Martha", "Martha.Kellaway@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Leo Dunmore - case discussion Mon 6th Dec 10am", when)
    add(f, mail(f, top, body, [summary, plan, course], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2702218"],
        [ch("Leo Dunmore", "2074-09-19", "19/09/2074")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PARENTING COURSE REPORT describing past punishments (a child sent to his room for whole "
        "weekends, meals withheld, 'ring social services to take you away') that stopped in March and were the "
        "reason for the original referral; 'no current concern'. Not urgent; no neglect. Complete Richmond & "
        "Wandsworth step-down: case summary (.pdf), draft plan (.docx), consent ('Dad has given his consent to Early "
        "Help continuing the plan') -> book_meeting. ADHD / EHCP -> disability_send. 'Mosaic 2702218' -> the bare "
        "number." + rule("richmond_wandsworth", "r_down+near"),
        not_children=["Martha Kellaway"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2083-11-16 09:12:40"
    data = google_reply(f, when, "Amy Hart-Lennox", "familysupport.heathroad@example.org",
                        ("Early Help Duty", RED), "DECLINED",
                        "Step-down case discussion - Sullivan - Mosaic 2744109 [SB-richmond_wandsworth-3362]",
                        "20831118T140000Z", "20831118T150000Z", "Early Help hub, York House, Twickenham",
                        "Thu 18 Nov 2083 14:00 - 15:00 (GMT)",
                        note="I'm on a course on Thursday - my colleague Ms Hart from the nursery will come instead.")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2744109"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=DECLINED, from the "
        "nursery's family support worker for richmond_wandsworth_04's case discussion (Thu 18 Nov 14:00 GMT, times "
        "in UTC); a note naming a colleague. SUMMARY 'Mosaic 2744109' -> the bare number."
        + rule("richmond_wandsworth", "meeting_reply"),
        not_children=["Amy Hart-Lennox"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2083-09-06 08:03:11"
    body = T("""
Thank you for your email.

I am on annual leave until Monday 13 September and will not be checking my emails. For Early Help team management please contact Dev Kaur on 020 7946 0735.

If your query concerns a child at immediate risk of harm, please call the MASH on 020 7946 0800 or, out of hours, the Emergency Duty Team on 020 7946 0900. In an emergency always dial 999.

Helena Quarshie
Early Help Team Manager | Wandsworth North
""")
    data = ooo(f, when, "Quarshie, Helena", "Helena.Quarshie@" + RDOM, addr("MASH Step Up", RSU),
               "[SB-richmond_wandsworth-3290] Step-up case discussion invitation", body)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to "
        "stepbot's invitation; 'a child at immediate risk of harm' and 999 are boilerplate, not a report. "
        "auto_reply -> ignore; not urgent." + rule("richmond_wandsworth", "auto_reply"),
        not_children=["Helena Quarshie"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2083-10-08 14:35:21"
    body = T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support form for the Miah children:

Samiul Miah - DOB 21/03/2074
Nusrat Miah - DOB 09/11/2078
Mosaic: 2790154 / 2790155

My manager, Farah Choudhury (copied), agreed the step up this morning, and mum agreed this morning to the MARF being sent to you.

The MARF sets out five months of Early Help work and why we think the children now need a Child and Family Assessment. Mr Miah controls every part of the household. Mum has no money of her own and he checks her phone. The children live by a timetable he writes on the fridge: Samiul has to video-call him every half hour after school to show where he is, neither child may speak at the table, and Samiul's bedroom door was taken off its hinges in August because he "needs watching".

Something has happened since I wrote the MARF this morning:

At 13:40 mum came into the Children's Centre on Roman Road with both children - she had collected them from school early. She told me Mr Miah read her messages at lunchtime and saw that she has been talking to me. He then sent her a voice note, which she played to me: "You want to tell people our business? Tonight the children will see what happens to a liar. Be home by five."

Mum is shaking and says she can't go home, and she has nowhere to go - her family are in Bradford and won't go against him. The children are with me in the family room now. Nusrat keeps asking if daddy is cross.

The centre closes at 5.30. Please can a social worker call me on 07700 900 706 as soon as you read this.

Rubina

Rubina Akhtar
Family Support Practitioner | Early Help - Bow & Poplar Locality | Tower Hamlets Council
020 7946 0355

""") + TDISC
    marf = pdf_att("MARF - Miah - 08.10.2083.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Samiul Miah (21/03/2074), Nusrat Miah (09/11/2078). Mosaic 2790154 / 2790155.",
        "Referrer: Rubina Akhtar, Early Help (Bow & Poplar). Manager: Farah Choudhury - agreed 08/10/2083.",
        "Parental consent: mother consents to this request (08/10/2083).",
        "Reason for request: coercive and controlling behaviour by the father towards the mother which now governs "
        "the children's lives (timetables, constant checking, Samiul's door removed); five months of Early Help "
        "without change.",
        "Early Help work to date: weekly visits since May; referral to the IDVA service (mother declined in June); "
        "school support for Samiul.",
        "Request: Child and Family Assessment."])
    top = outlook_top(f, addr("Akhtar, Rubina", "Rubina.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Miah children - Mosaic 2790154 / 2790155", when,
                      cc=addr("Choudhury, Farah", "Farah.Choudhury@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2790154", "2790155"],
        [ch("Samiul Miah", "2074-03-21", "21/03/2074"), ch("Nusrat Miah", "2078-11-09", "09/11/2078")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "COERCIVE CONTROL OF THE MOTHER THAT RULES THE CHILDREN'S DAYS, TURNING INTO A THREAT FOR TONIGHT: an "
        "otherwise complete MAST step-up (MARF .pdf, manager agreed, consent) in which, since the MARF was written, "
        "the father has read the mother's messages and sent a voice note: 'Tonight the children will see what "
        "happens to a liar. Be home by five.' Mother and children at the Children's Centre with nowhere to go; it "
        "closes at 5.30. No alarm word anywhere. Immediate -> urgent -> alert_duty (seed 001: 'If there is an "
        "immediate child protection concern, contact MAST'). 'Mosaic: 2790154 / 2790155' -> bare numbers. "
        "domestic_abuse." + rule("tower_hamlets", "t_up+urgent"),
        not_children=["Rubina Akhtar", "Farah Choudhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2083-11-10 15:52:30"
    body = T("""
Dear colleagues,

Please find attached my clinic letter about Grace Okafor-Lindqvist (DOB 28/06/2069), whom I saw this afternoon.

I would be grateful for a call from a duty social worker before 16:30 today - Grace is still with us in clinic.

Dr Aisling Moriarty
Consultant Clinical Psychologist | Tower Hamlets CAMHS (Eating Difficulties Pathway)
East London Community Health | 020 7946 0977
""")
    letter = pdf_att("Clinic letter - G Okafor-Lindqvist - 10.11.2083.pdf", "Tower Hamlets CAMHS - clinic letter", [
        "Patient: Grace Okafor-Lindqvist, DOB 28/06/2069, NHS number 999 623 4418. Seen: 10/11/2083, 14:30.",
        "Reason for review: eating difficulties (GP referral, August 2083, weight loss).",
        "Findings: weight 38.2 kg, down 4.6 kg in five weeks; BMI centile below the 2nd; lying pulse 48 with a "
        "postural drop. Medically she does not need admission tonight, but she will if this continues.",
        "Account given today, for the first time: since the summer holidays, after school she is sent to her room "
        "and her stepfather, Mr Lindqvist, locks the door from the outside until the morning; there is a bucket in "
        "the room. On days she has been 'a liar', which she says is most days, she is given one meal, 'sometimes "
        "only bread'. Her mother 'does what he says'. Her brother, aged 9, is 'the good one' and is made to eat his "
        "tea in front of her.",
        "She says that last night he told her: 'If you say one word at that clinic, you won't come out of that room "
        "at all.'",
        "Mr Lindqvist brought her today and is waiting in the car park. Grace has asked not to go home with him. She "
        "is in the clinic room with one of our nurses while we try your duty line, which has been engaged.",
        "Safeguarding: discussed with the Trust's named nurse for safeguarding children, who agrees a same-day "
        "referral to children's social care.",
        "Dr Aisling Moriarty, Consultant Clinical Psychologist"])
    top = outlook_top(f, addr("MORIARTY, Aisling (EAST LONDON COMMUNITY HEALTH)", "aisling.moriarty@elch.example.nhs.uk"),
                      addr("MAST", TMAST), "Clinic letter - Grace Okafor-Lindqvist - seen today", when,
                      mid_domain="elch.example.nhs.uk")
    add(f, mail(f, top, body, [letter], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Grace Okafor-Lindqvist", "2069-06-28", "28/06/2069")],
        ["neglect"], None, None, [], None, "alert_duty",
        "THE RISK IS IN THE ATTACHMENT: a two-line covering mail ('Please find attached my clinic letter ... call "
        "... before 16:30 today') and a CAMHS clinic letter (.pdf) in clinical words: a 14-year-old losing weight "
        "(4.6 kg in five weeks, pulse 48) discloses being locked in her room every night with a bucket and given "
        "one meal, 'sometimes only bread', as punishment; the stepfather threatened her about the clinic and is "
        "waiting in the car park; she asks not to go home with him. DESIGN safety rule 1 (attachments are read) "
        "-> urgent -> alert_duty. A health report, no step -> other. Food withheld and confinement -> neglect. The "
        "NHS number is not a case id -> case_ids []. The 9-year-old brother is unnamed."
        + rule("tower_hamlets", "urgent+other"),
        not_children=["Aisling Moriarty"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2083-09-16 14:10:05"
    body = T("""
Hello,

I'm not sure this is the right address - our DSL is out on a course today and the office gave me this one.

Ibrahim Haddad (Year 6, DOB 04/05/2073) left this note in my tray at lunchtime. I've copied it exactly:

"Miss please dont tell my dad. He says I cant have no dinner all this week because I told nan about him shouting at mum and pushing her into the door on Sunday. I havent had dinner since Sunday only school lunch. He said if I tell anyone again he will give Biscuit away to someone and it will be my fault and the next thing to go is me. Tonight I have to sleep in the bath because I am dirty he said. please dont tell"

Biscuit is their dog. Ibrahim had two school dinners today and I saw him put bread from the salad bar in his pocket. He is in class now. His dad collects him at 3.15.

I haven't said anything to his dad. What should I do?

Hannah Lowry
Class Teacher (Year 6) | Stepney Green Primary School
020 7946 0518
""")
    top = plain_top(f, addr("Hannah Lowry", "h.lowry@stepneygreen.example.sch.uk"), addr(None, TEH),
                    "A note from one of my pupils", when, "stepneygreen.example.sch.uk", None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ibrahim Haddad", "2073-05-04", "04/05/2073")],
        ["domestic_abuse", "neglect"], None, None, [], None, "alert_duty",
        "A CHILD'S NOTE, COPIED BY HIS TEACHER: a 10-year-old denied his evening meal since Sunday as punishment "
        "(now Thursday), threatened that the dog will be given away 'and the next thing to go is me', told he must "
        "sleep in the bath tonight; he saw his father push his mother into a door on Sunday. Dad collects at 3.15. "
        "No alarm word anywhere. Immediate -> urgent -> alert_duty. A teacher writing to the Early Help Hub, no "
        "step -> other. Food withheld -> neglect; father pushing mother -> domestic_abuse."
        + rule("tower_hamlets", "urgent+other"),
        not_children=["Hannah Lowry"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2083-10-26 10:15:48"
    body = T("""
Dear MAST,

MARF attached for a step up for Arif Rahman (DOB 13/12/2075) and Sadia Rahman (DOB 07/04/2079), Mosaic 2781930. My manager, Nadia Hussain, has agreed the step up (copied). Mum agrees to the referral.

What happened last night, so you have it straight away: at about 21:30 a neighbour called the police because Mr Rahman had locked the children's bedroom door from the outside and was shouting at mum. Police attended at 21:40 and arrested him. He was charged this morning with controlling or coercive behaviour and assault, and was remanded in custody; he appears at Thames Magistrates' Court next week. Police did a safety visit with mum and the children at 1am, the IDVA saw mum at 9 this morning, and the children are at school today.

So nothing is needed from anyone tonight - the children are safe at home with mum and he is in custody. This is a step up for an assessment, because the Early Help plan can't hold what has now come out about how the house has been run (the children's rooms locked at night "so they don't bother us", mum needing permission to take them to the park).

Kwame

Kwame Asante
Early Help Practitioner | Early Help - Stepney & Wapping Locality | Tower Hamlets Council
020 7946 0362

""") + TDISC
    marf = pdf_att("MARF - Rahman - 26.10.2083.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Arif Rahman (13/12/2075), Sadia Rahman (07/04/2079). Mosaic 2781930.",
        "Manager agreement: Nadia Hussain, Team Manager, 26/10/2083. Parental consent: mother agrees.",
        "Reason: coercive control of the mother by the father, including locking the children in their bedroom at "
        "night. Father arrested 25/10/2083, charged and remanded in custody 26/10/2083.",
        "Is there an immediate child protection concern today? No - father in custody, children at home with "
        "mother, police safety visit completed.",
        "Request: Child and Family Assessment."])
    top = outlook_top(f, addr("Asante, Kwame", "Kwame.Asante@" + TDOM), addr("MAST", TMAST),
                      "Step up - Rahman - Mosaic 2781930 - MARF attached", when,
                      cc=addr("Hussain, Nadia", "Nadia.Hussain@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["2781930"],
        [ch("Arif Rahman", "2075-12-13", "13/12/2075"), ch("Sadia Rahman", "2079-04-07", "07/04/2079")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - ALREADY DEALT WITH: last night's incident (children locked in their room, mother shouted at) "
        "ended with the father arrested, charged with controlling or coercive behaviour and remanded in custody; "
        "police safety visit done, IDVA involved, children at school; 'nothing is needed from anyone tonight'. Not "
        "urgent. Complete MAST step-up (MARF .pdf, manager agreed, consent) -> book_meeting. domestic_abuse (the "
        "coercive control behind the request)." + rule("tower_hamlets", "t_up+near"),
        not_children=["Kwame Asante", "Nadia Hussain"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2083-11-22 12:30:16"
    body = T("""
Hi MAST,

Step up request for Amelia Grant, DOB 15/01/2072, Mosaic 2768421. The Multi-Agency Request for Support form is attached.

Mum has a non-molestation order against Amelia's father, made in July. Since contact restarted through the court in September, he has been using Amelia to keep track of mum: she is asked to send him photos of the flat, to tell him who visits, and he rings her at 10pm after every contact to "go through it". Amelia (11) told me: "I'm his spy, and if I don't do it he says I'm choosing mum's side." She isn't sleeping, has stomach aches most mornings and her attendance has dropped to 74%.

Mum consents to the referral and has signed the MARF.

I haven't been able to talk this through with my manager yet - she's back on Thursday and I'll get her sign-off then and send it on.

Thanks,
Jade

Jade Oyelaran
Early Help Practitioner | Stepney Locality | Tower Hamlets Council
020 7946 0348

""") + TDISC
    marf = docx_att("Multi-Agency Request for Support - Amelia Grant.docx", [
        "# Multi-Agency Request for Support",
        "Child: Amelia Grant, 15/01/2072. Mosaic 2768421.",
        "Parental consent: yes - signed by mother 22/11/2083.",
        "Manager agreement: to follow.",
        "Concerns: father using Amelia to monitor the mother, who holds a non-molestation order; Amelia anxious, "
        "not sleeping, attendance 74%.",
        "Request: Child and Family Assessment."])
    top = outlook_top(f, addr("Oyelaran, Jade", "Jade.Oyelaran@" + TDOM), addr("MAST", TMAST),
                      "Step up - Amelia Grant - Mosaic 2768421", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2768421"],
        [ch("Amelia Grant", "2072-01-15", "15/01/2072")],
        ["domestic_abuse", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "MAST step-up about A CHILD USED AS A SPY BETWEEN SEPARATED PARENTS (the father, under a non-molestation "
        "order, uses her to track the mother): MARF attached (.docx) -> request_for_support met; the manager "
        "'I'll get her sign-off then' -> manager_agreed null -> missing -> request_info. 'Mum consents to the "
        "referral' -> true. Post-separation abuse through the child -> domestic_abuse; 74% -> school_attendance. "
        "Not immediate." + rule("tower_hamlets", "t_up"),
        not_children=["Jade Oyelaran"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2083-11-25 09:40:27"
    ack = ack_text("step-up", "SB-tower_hamlets-5127", [
        "Case: 2768421", "Children: Amelia Grant (15/01/2072)"],
        ["manager_agreed (evidence of management oversight - your manager has agreed the step-up)"])
    body = T("""
Good morning,

I've now discussed the step up for Amelia with Jade and I agree it should go to MAST. My management oversight is recorded on Mosaic today.

Sophie

Sophie Tremlett
Team Manager | Early Help - Stepney Locality | Tower Hamlets Council
020 7946 0340
""") + quote_chain([
        ("MAST <MAST@towerhamlets.gov.uk>", "22 November 2083 12:36", "Oyelaran, Jade <Jade.Oyelaran@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-5127] Step-up request received - Amelia Grant", ack, None)])
    top = outlook_top(f, addr("Tremlett, Sophie", "Sophie.Tremlett@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-5127] Step-up request received - Amelia Grant", when,
                      cc=addr("Oyelaran, Jade", "Jade.Oyelaran@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2768421"],
        [ch("Amelia Grant", "2072-01-15", "15/01/2072")],
        [], None, True, [], None, "attach_to_request",
        "The manager's reply to [SB-tower_hamlets-5127] (tower_hamlets_05's request) adding her agreement ('I agree "
        "it should go to MAST') -> manager true; follow_up -> attach_to_request, missing []. The quoted "
        "acknowledgement's 'What is missing:' list is stepbot's, not a concern. Child and DOB from the quoted "
        "acknowledgement; no concern in the new text." + rule("tower_hamlets", "follow_up"),
        not_children=["Sophie Tremlett"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2083-12-03 19:45:12"
    body = T("""
Dear Sir or Madam,

I hope you don't mind me writing. My son and his wife are bringing up my grandchildren, Amir (9) and Safa (6), much more strictly than I brought him up, and I have been worried.

Phones and tablets go in a box at 7 o'clock. Homework before any television. No sweets except on Saturdays. If the children are rude they go to their room for twenty minutes and lose the tablet for the day, and last week Amir had to say sorry to his sister in front of all of us at Sunday lunch. I told my son this is emotional abuse and he laughed and said it is exactly how I raised him.

I should say the children are happy. They do well at school - their teacher told me at parents' evening they are "a lovely family" - they are always cuddling their mum and dad, and they are never hungry or cold. The health visitor never had any worries about Safa.

Am I wrong to worry? I don't want anybody to go to the house. I would just like to know whether there are parenting classes for grandparents, so I understand the new ways.

Yours faithfully,
Shireen Chowdhury (Mrs)
""")
    top = plain_top(f, addr("Shireen Chowdhury", "shireen.chowdhury@example.net"), addr(None, TEH),
                    "Question about my grandchildren - am I right to worry?", when, "example.net", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - STRICT BUT LOVING PARENTING: a grandmother at 19:45 calls her son's house rules (phones away "
        "at 7, no sweets on weekdays, time in their room, an apology in front of the family) 'emotional abuse', but "
        "the children are happy, doing well, 'never hungry or cold', and she wants no one to visit - she asks about "
        "a parenting class. Not urgent, no concern. A relative's enquiry, no step -> other -> human_review. The "
        "children are named by first name only -> no child labelled." + rule("tower_hamlets", "near+other"),
        not_children=["Shireen Chowdhury"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2083-09-14 11:20:33"
    body = T("""
Dear Early Help Hub,

I'd like to arrange the step-down for Maya Osei (DOB 22/02/2070, Mosaic 2755183) following her Child and Family Assessment, which concluded on 10/09/2083.

Attached: the Child and Family Assessment and the draft TAF plan. The proposed Lead Practitioner is Ms Efua Mensah, Learning Mentor at Bow School, who has agreed to take on the role.

Consent: mum has said no. She does not consent to Early Help at the moment - she told me on Friday that she has "had enough of services" since Maya's father left, and doesn't want a TAF. She did agree to me sending this so the Hub can advise whether school could offer single-agency support instead. I'll go back to her next week in case she changes her mind.

The worries now are mum's low mood (GP, waiting list for talking therapy) and Maya's attendance (88%). The controlling behaviour from Maya's father that brought us in ended when he moved out in May; there has been no contact since and no concerns about domestic abuse.

Kind regards,
Callum Brierley
Social Worker | Children's Social Work Team 3 | Tower Hamlets Council
020 7946 0391

""") + TDISC
    cfa = pdf_att("Child and Family Assessment - Maya Osei.pdf", "Child and Family Assessment - Maya Osei", [
        "Child: Maya Osei, 22/02/2070. Mosaic 2755183. Assessment concluded 10/09/2083.",
        "Outcome: statutory intervention no longer required; remaining needs (school attendance 88%, mother's low "
        "mood) could be met by a TAF with a Lead Practitioner.",
        "Father moved out May 2083; no contact since."])
    plan = docx_att("Draft TAF plan - Maya Osei.docx", [
        "# Draft TAF plan - Maya Osei",
        "Lead Practitioner (proposed): Ms Efua Mensah, Learning Mentor, Bow School.",
        "1. Attendance: daily check-in with Ms Mensah; target 95% by February.",
        "2. Mother's wellbeing: support to attend talking therapy; carers' café at the Children's Centre.",
        "3. Review: TAF every six weeks."])
    top = outlook_top(f, addr("Brierley, Callum", "Callum.Brierley@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down - Maya Osei - Mosaic 2755183", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2755183"],
        [ch("Maya Osei", "2070-02-22", "22/02/2070")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down with CONSENT REFUSED ('mum has said no. She does not consent to Early Help') -> "
        "consent false -> 'consent' missing -> request_info. C&F assessment (.pdf), draft TAF plan (.docx) and a "
        "named Lead Practitioner with her agency -> met. The father's past controlling behaviour is negated ('no "
        "concerns about domestic abuse') -> no domestic_abuse; mum's low mood -> parental_mental_health; 88% -> "
        "school_attendance. 'Mosaic 2755183' -> the bare number." + rule("tower_hamlets", "t_down"),
        not_children=["Callum Brierley", "Efua Mensah"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2083-09-08 10:05:37"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Trelawny children - step down from the Single Assessment Team to level 3.

Jago Trelawny - DOB 26/10/2075
Poppy Trelawny - DOB 03/03/2080 (she's 3, so I think she'll need the under-5s triage)
LCS-4402817

The Single Assessment is attached with my analysis and the rationale for stepping down, and with my team manager Rob Eastley's analysis confirming the threshold for level 3 is met. Mum has given her consent for level 3 Early Help - she signed the form at my visit on Friday.

Mum left a controlling relationship in June and moved with the children to a flat in Preston. Their father has had no contact since he moved away and there are no current concerns about him. What is left: mum's low mood (she's under her GP and has started counselling) and Jago's attendance, 85% last year.

I can attend any Tuesday morning apart from the 14th.

Tamsin

Tamsin Penhaligon
Social Worker | Single Assessment Team | Torbay Council
01632 960 212

""") + BDISC
    sa = pdf_att("Single Assessment - Trelawny - Aug 2083.pdf", "Single Assessment - Trelawny", [
        "Children: Jago Trelawny (26/10/2075), Poppy Trelawny (03/03/2080). LCS-4402817.",
        "Social worker's analysis: the children are safe with their mother since she separated from their father "
        "in June 2083; remaining needs are her low mood and Jago's attendance (85%). Rationale for step down: needs "
        "are at level 3 and can be met by a coordinated Early Help response.",
        "Team manager's analysis (Rob Eastley, 03/09/2083): I agree; the threshold for level 3 intervention is met "
        "and statutory intervention is no longer required.",
        "Consent: mother consents to level 3 Early Help (signed 03/09/2083)."])
    top = outlook_top(f, addr("Penhaligon, Tamsin", "Tamsin.Penhaligon@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Trelawny - LCS-4402817 - step down to level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4402817"],
        [ch("Jago Trelawny", "2075-10-26", "26/10/2075"), ch("Poppy Trelawny", "2080-03-03", "03/03/2080")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (Single Assessment .pdf with the social worker's "
        "analysis and the TM's 'confirming the threshold for level 3 is met' -> manager true; 'Mum has given her "
        "consent for level 3 Early Help' -> true); 'level 3' written. Poppy is 3 -> the fortnightly under-5s "
        "triage. The mother's past controlling relationship is over ('no current concerns') -> no domestic_abuse; "
        "low mood -> parental_mental_health; 85% -> school_attendance." + rule("torbay", "b_down"),
        not_children=["Tamsin Penhaligon", "Rob Eastley"])

def torbay_02():
    f = "torbay_02.eml"; when = "2083-10-04 12:15:52"
    body = T("""
Contact to MASH - Logan Widger, DOB 17/06/2071, EHM-903355.

Zara Hext, my ATM, agrees this needs to be considered for level 4 - we spoke at 11.50.

Logan (12) came into the Family Hub at 11.20 instead of going to school. He showed me a video his mum's partner, Craig Lusty, posted on the family WhatsApp group at 6.40 this morning. Logan is in the back garden in his underpants, in the rain, and has to say "I am a thief and a liar" over and over while his sisters (8 and 5) watch from the kitchen window and Craig laughs. Logan says it was because he took a biscuit.

Craig dragged him out there by the arm: there are four finger-shaped bruises on his upper arm, which I have seen. At the end of the video Craig says: "Round two tonight. All night this time, and your sisters can film it."

Logan is refusing to go home and says he'll run if anyone makes him. Mum is at work until 6.

Consent: I haven't asked mum - I don't think it's safe to before someone has spoken to Logan.

He's with me at the Great Parks Family Hub now. We close at 4.

Kerensa Hocking
Early Help Practitioner | Paignton Family Hub | Torbay Council
01632 960 377 | 07700 900 129

""") + BDISC
    top = outlook_top(f, addr("Hocking, Kerensa", "Kerensa.Hocking@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Logan Widger - EHM-903355", when,
                      cc=addr("Hext, Zara", "Zara.Hext@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-903355"],
        [ch("Logan Widger", "2071-06-17", "17/06/2071")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "HUMILIATION IN FRONT OF SIBLINGS, FILMED, WITH A THREAT FOR TONIGHT: a 12-year-old made to stand in the "
        "garden in his underpants in the rain chanting 'I am a thief and a liar' while his sisters watch, the "
        "video posted to the family group; finger-mark bruises from being dragged; 'Round two tonight. All night'; "
        "he refuses to go home. No alarm word anywhere. Immediate -> urgent -> alert_duty. A Torbay step-up (the "
        "lead professional's contact to MASH): ATM agrees 'this needs to be considered for level 4' -> manager "
        "true; consent not asked ('I haven't asked mum') -> null -> 'consent' missing, but alert_duty comes first. "
        "physical_harm (the bruises; the humiliation itself has no id)." + rule("torbay", "b_up+urgent"),
        not_children=["Kerensa Hocking", "Zara Hext", "Craig Lusty"])

def torbay_03():
    f = "torbay_03.eml"; when = "2083-10-21 16:50:18"
    body = T("""
Hi all,

A question for the Early Help ATMs before triage next week - it isn't about any family.

If a parent regularly threatens to "put you in care" or to give away the child's dog as a punishment, but there's nothing physical and the children are otherwise well looked after, would Early Help accept a step down to level 3, or is that emotional abuse that keeps a family at level 4? And would it change anything if the parent had done a parenting course and said they'd stopped?

None of my current families - I'm writing up my ASYE reflective log and my practice educator suggested I ask how triage would see it. Happy to be pointed at the threshold document if that's easier.

Thanks,
Dan

Dan Friend
Newly Qualified Social Worker (ASYE) | Safeguarding and Supporting Families Team | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Friend, Dan", "Dan.Friend@" + BDOM), addr("Early Help", BEH),
                      "Question for triage - threats of care as punishment (not a referral)", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a newly qualified social worker asks how triage would see a parent who "
        "threatens to 'put you in care' or give the dog away - 'it isn't about any family', 'None of my current "
        "families'. Not urgent, no child, no concern. A question, no step -> other -> human_review."
        + rule("torbay", "near+other"),
        not_children=["Dan Friend"])

def torbay_04():
    f = "torbay_04.eml"; when = "2083-11-15 21:05:44"
    body = T("""
To whoever reads this at MASH,

My ex is turning my daughter against me and I want it investigated.

My daughter is Ellie-Mae Tonkin, born 08/02/2074. Every time I have her at weekends she comes back to her mum's with questions her mum has told her to ask me - about my new partner, my money, where I work. She is being used as a SPY. Then on Sunday nights she cries and says her mum says I "never really wanted her". This is EMOTIONAL ABUSE and parental alienation and nobody is doing anything about it.

We are back in court on 2 December over contact. Cafcass have done their report and said there are no safeguarding issues, but they didn't listen to me properly.

I am not saying anybody hurts her. She is fine when she is with me, she is fine at school (her teacher says she is a delight), and her mum feeds her and looks after her. But I want it ON RECORD that this is abuse and I want a social worker to tell the court.

Lee Tonkin
07700 900 935
""")
    top = plain_top(f, addr("Lee Tonkin", "leetonkin.torquay@example.com"), addr(None, BMASH),
                    "EMOTIONAL ABUSE of my daughter - I want it on record", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [],
        [ch("Ellie-Mae Tonkin", "2074-02-08", "08/02/2074")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A CONTESTED CONTACT DISPUTE WITH NO RISK, IN A PARENT'S OWN ANGRY WORDS at 21:05: capitals, "
        "'EMOTIONAL ABUSE', 'used as a SPY', 'parental alienation' - but 'I am not saying anybody hurts her', she "
        "is fine at both homes and at school, Cafcass found 'no safeguarding issues', the court hears it on 2 "
        "December. Not urgent, no concern id. A parent's demand, no step -> other -> human_review. The child is "
        "named in full with a DOB." + rule("torbay", "near+other"),
        not_children=["Lee Tonkin"])

def torbay_05():
    f = "torbay_05.eml"; when = "2083-11-30 11:30:09"
    body = T("""
Contact to MASH - Bolitho family

Demi Bolitho, DOB 11/11/2073
Kai Bolitho, DOB 04/04/2077
EHM-904871

I'm the lead practitioner (level 3 since May). New information that Gemma Pascoe, my ATM, and I agree needs to be considered for a level 4 statutory intervention:

Mum has told me over the last three visits how Mr Bolitho runs the house. He keeps her bank card and her mobile, decides when she can go out, and has stopped the children seeing their nan "because she interferes". The children have to be silent when he is home; Demi told her teacher "we have to be quiet or mum gets it", and Kai has started wetting the bed again. Nothing has happened this week that needs a same-day response - this is about what the children are living with.

Consent: mum has refused. She says if MASH are involved he'll find out and "it will be worse", and she does not consent to the contact. I've told her I'll be discussing it with you anyway, and why.

Morwenna Clatworthy
Lead Practitioner | Early Help (Torquay) | Torbay Council
01632 960 418

""") + BDISC
    top = outlook_top(f, addr("Clatworthy, Morwenna", "Morwenna.Clatworthy@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Bolitho - EHM-904871", when, cc=addr("Pascoe, Gemma", "Gemma.Pascoe@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-904871"],
        [ch("Demi Bolitho", "2073-11-11", "11/11/2073"), ch("Kai Bolitho", "2077-04-04", "04/04/2077")],
        ["domestic_abuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH) about COERCIVE CONTROL OF THE MOTHER THAT RULES "
        "THE CHILDREN'S DAYS: the ATM and worker 'agree [it] needs to be considered for a level 4 statutory "
        "intervention' -> manager true; CONSENT REFUSED ('mum has refused ... she does not consent to the "
        "contact') -> false -> 'consent' missing -> request_info. 'Nothing ... needs a same-day response' -> not "
        "urgent. domestic_abuse." + rule("torbay", "b_up"),
        not_children=["Morwenna Clatworthy", "Gemma Pascoe"])

def torbay_06():
    f = "torbay_06.eml"; when = "2083-09-10 09:25:03"
    data = itip_reply(f, when, "Tamsin Penhaligon", "Tamsin.Penhaligon@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Trelawny - LCS-4402817 [SB-torbay-4410]", "20830921T093000",
                      "20830921T100000", "Early Help Triage - Tor Hill House, Torquay / Teams")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-4402817"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the social worker for torbay_01's under-5s triage "
        "slot (Tue 21 Sep 09:30, BST); SUMMARY carries LCS-4402817 and [SB-torbay-4410]."
        + rule("torbay", "meeting_reply"))

def torbay_07():
    f = "torbay_07.eml"; when = "2083-11-12 21:34:26"
    text = T("""
I don't know who else to email, the Early Help lady gave my sister this address last year.

My niece Tegan Rowe (13, DOB 30/09/2070) has just sent me these on Snapchat. I've copied the words:

21:02 "aunty low can u come. hes locked me in my room since i got in from school. took the handle off and took my phone but i have the old one"
21:05 "no tea. he says i dont deserve any after what i said"
21:09 "mums at work till 2. jacob is downstairs with him crying i can hear him"
21:16 "dont ring mum she'll just tell him"

Jacob is her brother, he's 4. "He" is my sister's boyfriend, Shane. I'm in Exeter with no car until tomorrow. I've tried ringing Tegan's old phone and it goes to voicemail now.

The address is 9 Polsham Drive, Paignton. Please can someone go round tonight.

Lowenna Pascoe
07700 900 842

Sent from my iPhone
""")
    top = plain_top(f, addr("Lowenna Pascoe", "lowenna.p@example.co.uk"), addr(None, BEH),
                    "my niece - please can someone read this tonight", when, "example.co.uk", "iPhone Mail (21A360)")
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tegan Rowe", "2070-09-30", "30/09/2070")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A CHILD'S SNAPCHAT MESSAGES, COPIED BY HER AUNT, at 21:34 on a Friday: a 13-year-old locked in her room "
        "since school by her mother's boyfriend, door handle removed, phone taken, 'no tea ... i dont deserve any'; "
        "her 4-year-old brother crying downstairs with him; mother at work until 2am. No alarm word anywhere. "
        "Happening now -> urgent -> alert_duty (the out-of-hours service at this hour). A relative's report, no "
        "step -> other. Jacob is named by first name only. Confinement with food withheld -> neglect."
        + rule("torbay", "urgent+other"),
        not_children=["Lowenna Pascoe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2083-11-24 13:05:50"
    body = T("""
Hello,

Can I refer myself to a parenting course? School said the Family Hubs in Torbay run one.

Since my partner left in the summer I have been shouting at my boys, Riley (10) and Mason (7), far too much. Last week Riley told me I make him feel like he's "in the way", and that really upset me. I don't hit them and they are fine at school, but I don't want to be that kind of mum.

I'm not working with a social worker or anyone, I just want to do the course. I work mornings so afternoons or evenings would be best.

Thank you,
Kayleigh Dart
07700 900 488
""")
    top = plain_top(f, addr("Kayleigh Dart", "kayleighdart@example.com"), addr(None, BEH),
                    "Parenting course - can I refer myself?", when, "mail.example.com", None)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A parent's self-referral enquiry about a parenting course (Family Hubs): no step request, no social "
        "worker, no current concern ('I don't hit them and they are fine at school'); the boys are named by first "
        "name only. other -> human_review." + rule("torbay", "other"),
        not_children=["Kayleigh Dart"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2083-09-23 14:05:41"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Bevan children, stepping down at level 3 as a sibling group. I talked it through with Sue at Tuesday's drop-in.

Isla Bevan - 12/08/2073 - Mosaic 731520
Owen Bevan - 29/01/2076 - Mosaic 731521
Nell Bevan - 14/06/2079 - Mosaic 731522

Key person: Mrs Carys Lloyd, Family Support Worker, Kington Family Centre - she has met mum and the children and has agreed to lead.

The Child and Family Assessment followed mum's partner's controlling behaviour, which had started to dictate the children's routines; he left in May and has had no contact since. What remains: mum's anxiety (she is under the GP and on the Talking Therapies list) and Owen's autism - he was diagnosed in July and school are putting a support plan in place.

Many thanks,
Rhian

Rhian Bufton
Social Worker | Hereford Assessment Team | Herefordshire Council
01632 960 244

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan children.docx", [
        "# Early Help Assessment - Step Down plan (sibling group)",
        "Children: Isla Bevan (12/08/2073), Owen Bevan (29/01/2076), Nell Bevan (14/06/2079).",
        "What are we worried about? Mum's anxiety; Owen's needs since his autism diagnosis.",
        "What's working well? Mum has kept the routines going on her own; the children are settled at school.",
        "What needs to happen (by whom): Carys Lloyd to lead a TAF; school SENCo to complete Owen's support plan; "
        "mum to attend Talking Therapies.",
        "Key person: Mrs Carys Lloyd, Family Support Worker, Kington Family Centre."])
    consent = pdf_att("Signed consent - Bevan - 21.09.2083.pdf", "Consent to Early Help - Herefordshire Council", [
        "I agree to my children Isla, Owen and Nell Bevan receiving support from Early Help and to information "
        "being shared with the professionals named in the plan.",
        "Signed: K. Bevan (mother)    Date: 21/09/2083"])
    top = outlook_top(f, addr("Bufton, Rhian", "Rhian.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down (level 3) - Bevan sibling group - Mosaic 731520-2", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["731520", "731521", "731522"],
        [ch("Isla Bevan", "2073-08-12", "12/08/2073"), ch("Owen Bevan", "2076-01-29", "29/01/2076"),
         ch("Nell Bevan", "2079-06-14", "14/06/2079")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire SIBLING-GROUP step-down at level 3: EHA step-down plan (.docx), signed consent form "
        "(.pdf) -> consent_form met and consent true, key person with agency -> nothing missing -> book_meeting "
        "(already discussed at the drop-in). The partner's past controlling behaviour is over -> no "
        "domestic_abuse; mum's anxiety -> parental_mental_health; Owen's autism -> disability_send. Mosaic ids "
        "after the label -> bare numbers (the subject's '731520-2' is a range, not an id)." + rule("herefordshire", "h_down"),
        not_children=["Rhian Bufton", "Carys Lloyd"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2083-10-13 16:20:27"
    body = T("""
Hi,

Step down for Harvey Price-Jones (DOB 06/06/2076), Mosaic 735004. The step-down plan is attached.

Mum agreed to Early Help on the phone this afternoon - I'll get the consent form signed at my visit next Tuesday and send it over.

The key person is still being agreed: it will be either the ELSA at Harvey's school or the family support worker, and I'll confirm which once I've spoken to both.

Harvey is 7 and helps look after mum, who has MS and has had a bad relapse; he makes her breakfast and gets himself to school. The controlling behaviour of mum's ex-partner that started our involvement stopped when he left in the spring.

Ffion

Ffion Gittins
Social Worker | Leominster & Bromyard Team | Herefordshire Council
01632 960 263

""") + HDISC
    plan = docx_att("Step down plan - Harvey Price-Jones.docx", [
        "# Early Help Assessment - Step Down plan",
        "Child: Harvey Price-Jones (06/06/2076). Mosaic 735004.",
        "What are we worried about? Harvey is a young carer for his mother (MS).",
        "What's working well? Harvey is doing well at school; his aunt helps at weekends.",
        "What needs to happen: young carers' assessment; adult social care review of mum's care package; key "
        "person to be confirmed."])
    top = outlook_top(f, addr("Gittins, Ffion", "Ffion.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Harvey Price-Jones - Mosaic 735004", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["735004"],
        [ch("Harvey Price-Jones", "2076-06-06", "06/06/2076")],
        ["young_carer"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan attached (.docx) -> draft_plan met; VERBAL CONSENT ONLY ('Mum agreed "
        "to Early Help on the phone') -> consent true but the written form is to follow -> consent_form missing; "
        "key person 'still being agreed' -> lead_practitioner missing -> request_info. No level written -> null. "
        "A 7-year-old caring for his mother -> young_carer; the ex-partner's control 'stopped when he left' -> no "
        "domestic_abuse." + rule("herefordshire", "h_down"),
        not_children=["Ffion Gittins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2083-12-07 15:40:13"
    body = T("""
Dear MASH,

Step up request - Mia Harding (DOB 03/07/2073) and Leo Harding (DOB 19/03/2077)

I'm the family's support worker at the refuge in Hereford, where mum and the children have lived since 22 November after leaving their father in Worcester. They are not yet known to Herefordshire Children's Services. Mum agrees to this referral and my manager, Bethan Jenkins, has agreed it.

Why we are asking for a social worker: for years the children's father controlled the household - money, phones, who mum could see - and he now uses the children to reach her. On the supervised phone contact he asks Mia (10) which town they are in, what her school is called and who mum talks to, and tells her she's "daddy's little detective". Mia is anxious and has stopped eating lunch at school. Leo (6) wets the bed every night. Our DASH risk assessment when they arrived scored 19 (high risk), and the family's MARAC was on 30 November.

Jen Probert
Family Support Worker | Hereford Refuge Service
jen.probert@herefordrefuge.example.org | 01632 960 281

PS - since I wrote the above: school rang at 15:20. Mia told her teacher that on last night's call dad asked her to turn on "Find My" on her tablet "so he can send a present", and she did. This afternoon he messaged her tablet: "Got your present. See you and Leo at the school gate tomorrow. Don't tell mummy x" - with a photo of the refuge's front door. Mum and the children are back at the refuge now and staff are asking whether the family has to move tonight.
""")
    top = plain_top(f, addr("Jen Probert", "jen.probert@herefordrefuge.example.org"), addr("Herefordshire MASH", HMASH),
                    "Step up request - Harding children", when, "herefordrefuge.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Mia Harding", "2073-07-03", "03/07/2073"), ch("Leo Harding", "2077-03-19", "19/03/2077")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "A CHILD USED AS A SPY BETWEEN SEPARATED PARENTS, WITH THE RISK IN A P.S. AFTER THE SIGNATURE: the father "
        "got a 10-year-old to switch on location sharing and has sent a photo of the refuge's front door ('See you "
        "and Leo at the school gate tomorrow. Don't tell mummy x'); staff ask whether the family must move tonight. "
        "No alarm word anywhere. Immediate -> urgent -> alert_duty. A step-up to Herefordshire, whose seed defines "
        "none: without the risk it would be human_review; missing [] for an undefined kind. The DASH score and "
        "MARAC are context, not the trigger. Consent ('Mum agrees to "
        "this referral') and manager ('has agreed it') true. Not yet known -> case_ids []. domestic_abuse."
        + rule("herefordshire", "h_up+urgent"),
        not_children=["Jen Probert", "Bethan Jenkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2083-09-06 09:26:55"
    grandad = T("""
Good morning,

I'm Ryan's grandad. I'm writing to the school because I don't know who else to tell.

Ryan (Ryan Tolley, 12, born 21/11/2070) rang me at ten to six this morning, whispering. His mum has been drinking since Saturday. Last night she told him she wished he had never been born and that she has "rung the council to come and take him away today" - I don't think she has. She has locked his bedroom door from the outside and he has to shout to be let out to use the toilet.

He told me he has cut his arm with a pencil sharpener blade "to stop the noise in my head" and that "it would be easier for everyone if I wasn't here".

I live in Ross and don't drive any more. I've rung the house three times since and nobody answers. He is supposed to be starting Year 8 today.

Graham Wellings
01632 960 517
""")
    body = T("""
Morning,

Ryan Tolley (Year 8) hasn't arrived for the first day of term. His grandad sent the message below to our attendance inbox at 07:48. We understand the family had Early Help last year, so I'm passing it on to you for your records. I've marked Ryan as an unauthorised absence for now and will try mum again at lunchtime.

Jackie Preece
Attendance Officer | Bishop's Meadow High School
01632 960 540
""") + quote("Graham Wellings <g.wellings@example.net>", "06 September 2083 07:48",
              "Attendance <attendance@bishopsmeadow.example.sch.uk>",
              "My grandson Ryan - please can somebody help this morning", grandad)
    top = outlook_top(f, addr("Jackie Preece", "j.preece@bishopsmeadow.example.sch.uk"), addr("Early Help Co-ordinators", HEH),
                      "FW: My grandson Ryan - please can somebody help this morning", when,
                      mid_domain="bishopsmeadow.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ryan Tolley", "2070-11-21", "21/11/2070")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "BURIED IN A FORWARD: a school attendance officer's routine top note ('for your records', 'marked ... as an "
        "unauthorised absence') over a grandfather's email: a 12-year-old told by his drinking mother she wished "
        "he'd never been born and that the council will 'take him away today', locked in his bedroom, who has cut "
        "his arm and says 'it would be easier for everyone if I wasn't here'; nobody answers the phone. No alarm "
        "word anywhere. DESIGN safety rule 1 (quoted and forwarded history is read) -> urgent -> alert_duty. No "
        "step -> other. Mum drinking since Saturday -> substance_misuse (the contract has no id for emotional abuse "
        "or a child's self-harm; one day's absence is no attendance concern)." + rule("herefordshire", "urgent+other"),
        not_children=["Graham Wellings", "Jackie Preece"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2083-10-28 10:30:19"
    body = T("""
Dear Early Help Co-ordinators,

Step down at level 3 for Jake Cooper (DOB 08/08/2074), Mosaic 736290. Attached are the Early Help Assessment step-down plan and mum's signed consent form. The key person is Ms Jodie Price, Family Support Worker at Leominster Family Hub, who has agreed to lead; I discussed the plan with Sue at the drop-in on Tuesday.

For the co-ordinator's information, as it is all over the file: the original referral in 2081 was about mum's then-partner, who told Jake he would "have the dog put down" and "send him into care" whenever he cried, and once shut him in the shed as a punishment. That man left in 2081 and has had no contact since, and the child protection plan ended in 2082. The assessment just completed found no current emotional abuse - Jake says home is "calm now", mum has done the Freedom Programme, and the dog, Bramble, is very much still there.

What Early Help would pick up: Jake's attendance (89%) and a reading catch-up plan with school.

Owain Probert
Social Worker | Leominster & Bromyard Team | Herefordshire Council
01632 960 296

""") + HDISC
    plan = docx_att("EHA step-down plan - Jake Cooper.docx", [
        "# Early Help Assessment - Step Down plan",
        "Child: Jake Cooper (08/08/2074). Mosaic 736290.",
        "What needs to happen (by whom): attendance plan with school (Ms Price and the attendance officer); reading "
        "catch-up (class teacher); mum to continue with the family group at the Hub.",
        "Key person: Ms Jodie Price, Family Support Worker, Leominster Family Hub."])
    consent = pdf_att("Consent form signed - Cooper.pdf", "Consent to Early Help - Herefordshire Council", [
        "I agree to my son Jake Cooper receiving support from Early Help.",
        "Signed: L. Cooper (mother)    Date: 25/10/2083"])
    top = outlook_top(f, addr("Probert, Owain", "Owain.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Jake Cooper - Mosaic 736290", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["736290"],
        [ch("Jake Cooper", "2074-08-08", "08/08/2074")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC EPISODE NOW RESOLVED: threats to 'have the dog put down' and 'send him into care', "
        "and a child once shut in the shed - all in 2081 by a former partner who left that year; CP plan ended "
        "2082; 'no current emotional abuse'. Not urgent; no concern from the history. Complete Herefordshire "
        "step-down at level 3: plan (.docx), signed consent form (.pdf), key person with agency -> book_meeting. "
        "89% -> school_attendance." + rule("herefordshire", "h_down+near"),
        not_children=["Owain Probert", "Jodie Price"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2083-10-01 09:05:31"
    body = T("""
Hello,

I rang your team on Tuesday night about the little boy next door, Charlie, who I thought was shut in the garden shed in the dark. I wanted to say sorry, and thank you.

The police officer who came round that night looked and rang me back: it's a den his dad built, with a heater and a light, and there is no lock on it. Charlie and his big brother were in there with their dad playing cards. I've spoken to his mum since and she was lovely about it - she said she'd rather people checked.

I don't think anything is wrong there at all and I'm sorry for taking up your time.

Best wishes,
Margaret Hollis
""")
    top = plain_top(f, addr("Margaret Hollis", "margaret.hollis@example.org"), addr(None, HMASH),
                    "Tuesday night - the boy next door (sorry!)", when, "example.org", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A WORRY CHECKED AND FOUND UNTRUE, IN A NEIGHBOUR'S OWN WORDS: the boy 'shut in the garden "
        "shed in the dark' was in a den with a heater and no lock, with his brother and father, as a police "
        "officer saw that night. Resolved -> not urgent, no concern. No step -> other -> human_review; the boy is "
        "named by first name only." + rule("herefordshire", "near+other"),
        not_children=["Margaret Hollis"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2083-10-19 15:10:48"
    ack = ["Thank you - your step-down request has been received.", "", "Reference: SB-herefordshire-6834",
           "Case: 735004", "Children: Harvey Price-Jones (06/06/2076)", "",
           "What is missing:", "- consent_form (the family's written consent)",
           "- lead_practitioner (the details of the key person agreed with the family)", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = T("""
Hi,

Mum signed the consent form at my visit this morning - scan attached.

The key person will be Mrs Lois Bayliss, ELSA at Ledbury Primary School. She has met Harvey and mum and has agreed to lead.

Thanks,
Ffion

Ffion Gittins
Social Worker | Leominster & Bromyard Team | Herefordshire Council

On 13 Oct 2083, at 16:22, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-6834", ack)
    consent = pdf_att("Consent form - Price-Jones - signed 19.10.2083.pdf", "Consent to Early Help - Herefordshire Council", [
        "I agree to my son Harvey Price-Jones receiving support from Early Help.",
        "Signed: S. Price (mother)    Date: 19/10/2083"])
    top = plain_top(f, addr("Ffion Gittins", "Ffion.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-6834] Step-down request received", when, HDOM, "Apple Mail (2.3774)")
    add(f, iphone_mail(f, top, text, [consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["735004"],
        [ch("Harvey Price-Jones", "2076-06-06", "06/06/2076")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-6834] (herefordshire_02's request) adding the signed consent form "
        "(.pdf) and the key person ('Mrs Lois Bayliss, ELSA at Ledbury Primary School'); 'Mum signed the consent "
        "form' -> consent true. follow_up -> attach_to_request, missing []. Child and DOB from the quoted "
        "acknowledgement ('> '), whose 'What is missing:' list is stepbot's, not the sender's."
        + rule("herefordshire", "follow_up"),
        not_children=["Ffion Gittins", "Lois Bayliss"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2083-12-08 11:15:36"
    body = T("""
Dear Early Help Co-ordinators,

Re: Bethany Lewis (DOB 11/05/2075) - application for a child arrangements order, Family Court at Hereford (case number HR83P00291)

I have been directed to prepare a section 7 report. The court has asked me to consider the support the family currently receives, and the mother tells me Bethany has an Early Help plan (she gave me the Mosaic number 733118).

Could the co-ordinator send me the current Early Help plan and the name of the key person, so I can speak to them? The mother has signed a form agreeing to Cafcass obtaining the plan; it is attached.

For information, there are no welfare concerns raised in the application - the parents disagree about holiday arrangements. My report is due on 14 January.

Kind regards,

Rebecca Onyango
Family Court Adviser | Cafcass (West Midlands)
rebecca.onyango@cafcass.example.gov.uk | 01632 960 733
""")
    form = pdf_att("Cafcass consent to share - Lewis.pdf", "Cafcass - agreement to share information", [
        "I agree to Cafcass obtaining my daughter Bethany Lewis's Early Help plan from Herefordshire Council for "
        "the court report.",
        "Signed: R. Lewis (mother)    Date: 02/12/2083"])
    top = outlook_top(f, addr("Rebecca Onyango", "rebecca.onyango@cafcass.example.gov.uk"),
                      addr("Early Help Co-ordinators", HEH), "Section 7 report - Bethany Lewis - request for the Early Help plan",
                      when, mid_domain="cafcass.example.gov.uk")
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "other", False, None, ["733118"],
        [ch("Bethany Lewis", "2075-05-11", "11/05/2075")],
        [], None, None, [], None, "human_review",
        "A Cafcass Family Court Adviser asks for the Early Help plan for a section 7 report: no step -> other -> "
        "human_review. 'the Mosaic number 733118' -> the bare number; the court case number 'HR83P00291' is not a "
        "case-system id. The mother's form agreeing to Cafcass obtaining the plan is consent to share with Cafcass, "
        "not consent to a service -> consent null. 'no welfare concerns' -> concerns []."
        + rule("herefordshire", "other"),
        not_children=["Rebecca Onyango"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
MISSING_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
               "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support",
               "case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
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
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}

# England & Wales bank holidays in 2083 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Friday 1 January; Good Friday 2 April; Easter Monday 5 April; May Day
# Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday 30 August (two days before the
# window); Christmas Day and Boxing Day fall on Saturday 25 and Sunday 26 December, so their substitute days,
# Monday 27 and Tuesday 28 December, are the bank holidays (after the window). NONE falls inside the window.
BANK_HOLIDAYS = {date(2083, 1, 1), date(2083, 4, 2), date(2083, 4, 5), date(2083, 5, 3), date(2083, 5, 31),
                 date(2083, 8, 30), date(2083, 12, 27), date(2083, 12, 28)}
CHRISTMAS_SUBSTITUTES = {date(2083, 12, 27): "Christmas Day (observed)", date(2083, 12, 28): "Boxing Day (observed)"}
LATE_SUMMER = date(2083, 8, 30)
# The brief's window: "early September to mid December 2083". Chosen: Wednesday 1 September (the first weekday of
# September, two days after the Late Summer bank holiday) to Friday 17 December 2083 (the Friday of the week of
# 15 December; Saturday 18 December is the first day after it).
WINDOW = (datetime(2083, 9, 1, tzinfo=LON), datetime(2083, 12, 17, 23, 59, 59, tzinfo=LON))
# BST 2083: from 01:00 UTC Sunday 28 March to 01:00 UTC Sunday 31 October.
BST_START = datetime(2083, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2083, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2083

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, yyyy-mm-dd."""
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
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if "| Rule: " not in lab["why"]: err("why names no rule")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] is not (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if not set(e["missing"]) <= MISSING_IDS or e["missing"] != sorted(set(e["missing"])):
        err("missing not contract ids / sorted / unique")
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
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err(": level")
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
            if e["notice_ok"] is not (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
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
    if now.utcoffset() != now.astimezone(LON).utcoffset(): err("now offset differs from Europe/London's")
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
        span = c["name"]
        if span not in text: err("child %s not in text" % c["name"])
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                err("dob %s of %s is not before now" % (c["dob"], c["name"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}
PER_AUTHORITY_EXPECTED = {            # (urgent, near_miss, ordinary)
    "knowsley": (2, 3, 3), "richmond_wandsworth": (2, 2, 4), "tower_hamlets": (3, 2, 3), "torbay": (2, 2, 4),
    "herefordshire": (2, 2, 4)}

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
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a, exp in PER_AUTHORITY_EXPECTED.items():
        got = per.get(a, [])
        if len(got) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(got)))
        trip = (got.count("urgent"), got.count("near_miss"), got.count("ordinary"))
        if trip != exp: errors.append("%s: categories %s, expected %s" % (a, trip, exp))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    mbx = {(l["authority"], l["mailbox"]) for l in LABELS}
    for a in PER_AUTHORITY_EXPECTED:
        if {(a, "mash_step_up"), (a, "early_help_duty")} - mbx:
            errors.append("set: %s must have mail to both inboxes" % a)
    return errors, tot

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

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _k01(msg):
    return (_exts(msg) == ["docx", "pdf"] and "neglect" not in _exp("knowsley_01.eml")["concerns"]
            and _wd("knowsley_01.eml") == 5 and _today("knowsley_01.eml").weekday() == 2
            and META["knowsley_01.eml"]["meeting"].weekday() == 2)

def _k03(msg):
    m = META["knowsley_03.eml"]["meeting"]
    t = _today("knowsley_03.eml")
    return (t == WINDOW[1].date() and all(t < h <= m for h in CHRISTMAS_SUBSTITUTES)
            and _wd("knowsley_03.eml") == 6 and _pw("knowsley_03.eml") == 8
            and not ({"neglect", "physical_harm"} & set(_exp("knowsley_03.eml")["concerns"]))
            and "Nothing like it has happened since he left" in readable(msg))

def _k04(msg):
    d = _date(msg)
    utc_day = d.astimezone(UTC).date()
    lon_day = d.astimezone(LON).date()
    m = META["knowsley_04.eml"]["meeting"]
    return (d.hour == 0 and msg["Date"].strip().endswith("+0100") and lon_day == date(2083, 10, 29)
            and utc_day == date(2083, 10, 28) and working_days(lon_day, m) == 4 and working_days(utc_day, m) == 5
            and _today("knowsley_04.eml") == lon_day and "postman" in readable(msg))

def _k05(msg):
    b = _plain(msg).split(SEP)
    return (len(b) == 2 and "dont ring back he checks" in b[0] and "Ellis Hargreaves" not in b[0]
            and "Ellis Hargreaves" in b[1] and "going into care" in b[0])

def _k06(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "fictional" in readable(msg)

def _k08(msg):
    t = readable(msg)
    return ("made it up" in t and "no cellar" in t and "neglect" not in _exp("knowsley_08.eml")["concerns"]
            and any("Engaging Families" in p.get_filename() for p in _att(msg))
            and _wd("knowsley_08.eml") == 4)

def _r01(msg):
    b = _plain(msg).split(SEP)
    return (len(b) == 2 and "Rationale for step up" in b[1] and "Rationale for step up" not in b[0]
            and "which I have agreed" in b[0] and _exts(msg) == ["pdf"])

def _r02(msg):
    return _exp("richmond_wandsworth_02.eml")["children"] == [] and _date(msg).hour >= 17 and "Kai" in readable(msg)

def _r03(msg):
    t = readable(msg)
    return "I have not identified any safeguarding concerns" in t and "ZW83P00417" in t

def _r05(msg):
    p = _plain(msg)
    quoted_part = "\n".join(l for l in p.split("\n") if l.startswith(">"))
    new_part = "\n".join(l for l in p.split("\n") if not l.startswith(">"))
    return (msg.get_param("format") == "flowed" and "Chloe Marsh-Adeyemi" in quoted_part
            and "Chloe Marsh-Adeyemi" not in new_part and "never wanted me" in new_part)

def _r06(msg):
    return (_exts(msg) == ["pdf", "docx", "pdf"] and "no tea if you answer back" in readable(msg)
            and "neglect" not in _exp("richmond_wandsworth_06.eml")["concerns"])

def _t01(msg):
    return "Tonight the children will see what happens to a liar" in readable(msg) and _exts(msg) == ["pdf"]

def _t02(msg):
    return "999 623 4418" in readable(msg) and _exp("tower_hamlets_02.eml")["case_ids"] == []

def _t04(msg):
    t = readable(msg)
    return "remanded in custody" in t and "nothing is needed from anyone tonight" in t

def _t07(msg):
    return _exp("tower_hamlets_07.eml")["children"] == [] and "never hungry or cold" in readable(msg)

def _b02(msg):
    e = _exp("torbay_02.eml")
    return e["consent"] is None and e["missing"] == ["consent"] and e["next_action"] == "alert_duty"

def _b01(msg):
    return age_years(date(2080, 3, 3), _today("torbay_01.eml")) < 5

def _b04(msg):
    t = readable(msg)
    return "I am not saying anybody hurts her" in t and ALARM.search(t) is not None and _date(msg).hour >= 17

def _b07(msg):
    return msg.get_param("format") == "flowed" and _date(msg).hour >= 21 and _date(msg).weekday() == 4

def _h03(msg):
    p = _plain(msg)
    return (p.index("Hereford Refuge Service") < p.index("PS - since I wrote the above")
            < p.index("photo of the refuge's front door") and ("herefordshire", "step_up") not in DEFINED)

def _h06(msg):
    return "there is no lock on it" in readable(msg)

def _h08(msg):
    return "HR83P00291" in readable(msg) and _exp("herefordshire_08.eml")["consent"] is None

CUSTOM = [
    ("knowsley_01.eml", "Wed -> Wed, exactly 5 WD; form + minutes; no neglect", _k01),
    ("knowsley_03.eml", "sent on the window's last day; crosses both Christmas substitute days; 6 WD / 8 plain", _k03),
    ("knowsley_04.eml", "00:21 BST: London date Fri 29 Oct (4 WD), UTC date Thu 28 Oct (5 WD) - decisive", _k04),
    ("knowsley_05.eml", "the child's text in the new block; names only in the quoted ack", _k05),
    ("knowsley_06.eml", "a List-Id mailing, not auto-submitted", _k06),
    ("knowsley_08.eml", "the checked exaggeration; toolkit attached; 4 WD", _k08),
    ("richmond_wandsworth_01.eml", "the TM's agreement on top, the rationale in the quoted request", _r01),
    ("richmond_wandsworth_02.eml", "first name only, out of hours", _r02),
    ("richmond_wandsworth_03.eml", "Cafcass: no safeguarding concerns; court number present", _r03),
    ("richmond_wandsworth_05.eml", "iPhone flowed reply; the name only in the quoted ack", _r05),
    ("richmond_wandsworth_06.eml", "the course report attached; no neglect label", _r06),
    ("tower_hamlets_01.eml", "the threat for tonight; MARF .pdf", _t01),
    ("tower_hamlets_02.eml", "NHS number, no case id", _t02),
    ("tower_hamlets_04.eml", "remanded; nothing needed tonight", _t04),
    ("tower_hamlets_07.eml", "first names only", _t07),
    ("torbay_01.eml", "a child under 5 (under-5s triage)", _b01),
    ("torbay_02.eml", "consent not asked -> missing, but alert_duty", _b02),
    ("torbay_04.eml", "an alarmed parent, no harm alleged, evening", _b04),
    ("torbay_07.eml", "iPhone, Friday night", _b07),
    ("herefordshire_03.eml", "the risk in a PS after the signature; step-up undefined", _h03),
    ("herefordshire_06.eml", "the den has no lock", _h06),
    ("herefordshire_08.eml", "court number present; consent to share is not consent", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "She hasn't said whether she agrees", "consent", None),
    ("knowsley_01.eml", "went through the step up with me in supervision on Monday and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "Mum has consented - she signed the Family First consent form", "consent", True),
    ("knowsley_03.eml", "has agreed the step down", "manager_agreed", True),
    ("knowsley_04.eml", "Both parents have consented to the step down", "consent", True),
    ("knowsley_08.eml", "she hasn't replied", "consent", None),
    ("knowsley_08.eml", "agreed the step up on 30/11/2083", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "which I have agreed following our reflective discussion", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", 'Dad said "do what you want"', "consent", None),
    ("richmond_wandsworth_04.eml", "Mum has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_06.eml", "Dad has given his consent to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "mum agreed this morning to the MARF being sent to you", "consent", True),
    ("tower_hamlets_01.eml", "agreed the step up this morning", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Mum agrees to the referral", "consent", True),
    ("tower_hamlets_04.eml", "has agreed the step up (copied)", "manager_agreed", True),
    ("tower_hamlets_05.eml", "Mum consents to the referral", "consent", True),
    ("tower_hamlets_05.eml", "I'll get her sign-off then", "manager_agreed", None),
    ("tower_hamlets_06.eml", "I agree it should go to MAST", "manager_agreed", True),
    ("tower_hamlets_08.eml", "She does not consent to Early Help", "consent", False),
    ("torbay_01.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "I haven't asked mum", "consent", None),
    ("torbay_02.eml", "agrees this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_05.eml", "she does not consent to the contact", "consent", False),
    ("torbay_05.eml", "agree needs to be considered for a level 4 statutory intervention", "manager_agreed", True),
    ("herefordshire_01.eml", "the signed consent form", "consent", True),
    ("herefordshire_02.eml", "Mum agreed to Early Help on the phone", "consent", True),
    ("herefordshire_03.eml", "Mum agrees to this referral", "consent", True),
    ("herefordshire_03.eml", "Bethan Jenkins, has agreed it", "manager_agreed", True),
    ("herefordshire_05.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_07.eml", "Mum signed the consent form", "consent", True),
    ("herefordshire_08.eml", "has signed a form agreeing to Cafcass obtaining the plan", "consent", None),
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
QUIET_EXPECTED = ["herefordshire_04.eml", "knowsley_02.eml", "knowsley_05.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_05.eml", "torbay_02.eml", "torbay_07.eml", "tower_hamlets_01.eml",
                  "tower_hamlets_03.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_03.eml": (6, 8), "knowsley_04.eml": (4, 4), "knowsley_08.eml": (4, 4)}
NOTICE_OK_EXPECTED = {"knowsley_01.eml": True, "knowsley_03.eml": True, "knowsley_04.eml": False,
                      "knowsley_08.eml": False}
OFFSETS_EXPECTED = {"+0100": 23, "+0000": 17}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2083])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside:
        errors.append("set: bank holidays inside the window: %s (expected none)" % inside)
    subs = {d: pkg.get(d) for d in pkg if d.month == 12 and d.weekday() < 5}
    if subs != CHRISTMAS_SUBSTITUTES:
        errors.append("set: the Christmas substitute days are %s, expected %s" % (subs, CHRISTMAS_SUBSTITUTES))
    if not (date(2083, 12, 25).weekday() == 5 and date(2083, 12, 26).weekday() == 6):
        errors.append("set: Christmas 2083 should fall on Saturday and Sunday")
    if pkg.get(LATE_SUMMER) is None or not (LATE_SUMMER < WINDOW[0].date()):
        errors.append("set: the Late Summer bank holiday must be Monday 30 August, before the window")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2083, 3) and BST_END.date() == last_sun(2083, 10)):
        errors.append("set: BST must start on the last Sunday of March 2083 and end on the last Sunday of October")
    for day, off in ((date(2083, 10, 29), timedelta(hours=1)), (date(2083, 11, 1), timedelta(0))):
        if datetime(day.year, day.month, day.day, 12, tzinfo=LON).utcoffset() != off:
            errors.append("set: Europe/London offset on %s is not %s" % (day, off))
    # the window's ends, checked: 1 September 2083 is a Wednesday (the first weekday of September); 17 December is a
    # Friday and 18 December a Saturday; 15 December (mid-month) is in the window's last week
    w0, w1 = WINDOW[0].date(), WINDOW[1].date()
    if not (w0 == date(2083, 9, 1) and w0.weekday() == 2 and w1 == date(2083, 12, 17) and w1.weekday() == 4
            and (w1 + timedelta(days=1)).weekday() == 5 and w1 - timedelta(days=2) == date(2083, 12, 15)):
        errors.append("set: the window must run from Wednesday 1 September to Friday 17 December 2083")
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
            if lab["expect"]["notice_ok"] is not NOTICE_OK_EXPECTED.get(f):
                errors.append("%s: notice_ok %s, the README table says %s" % (f, lab["expect"]["notice_ok"],
                                                                                NOTICE_OK_EXPECTED.get(f)))
        pos = [text.find(c["name"]) for c in lab["expect"]["children"]]
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    if offsets != OFFSETS_EXPECTED:
        errors.append("set: Date offsets %s, expected %s (BST to Fri 29 Oct, GMT from Mon 1 Nov)" % (offsets, OFFSETS_EXPECTED))
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

def _set_window_end(d):
    globals()["WINDOW"] = (WINDOW[0], datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=LON))

FAULTS = [
    ("knowsley_04's decisive notice read from the UTC date (ok)", lambda: _relabel("knowsley_04.eml", notice_ok=True,
        next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_08's short notice labelled ok", lambda: _relabel("knowsley_08.eml", notice_ok=True), "notice_ok True but 4 WD"),
    ("the Christmas substitute days dropped", lambda: [BANK_HOLIDAYS.discard(date(2083, 12, 27)),
                                                       BANK_HOLIDAYS.discard(date(2083, 12, 28))],
     "bank holidays differ from the holidays package"),
    ("the window ended on Saturday 18 December", lambda: _set_window_end(date(2083, 12, 18)),
     "the window must run from Wednesday 1 September to Friday 17 December 2083"),
    ("a November Date left at +0100", lambda: _sub("torbay_05.eml", b"Tue, 30 Nov 2083 11:30:09 +0000",
                                                   b"Tue, 30 Nov 2083 11:30:09 +0100"),
     "Date offset should be +0000"),
    ("a `now` at +0000 in October", lambda: _relabel("tower_hamlets_01.eml", now="2083-10-08T14:38:21+00:00"),
     "now offset differs"),
    ("a mail dated on a Saturday", lambda: [_sub("herefordshire_06.eml", b"Fri, 01 Oct 2083 09:05:31 +0100",
                                                 b"Sat, 02 Oct 2083 09:05:31 +0100"),
                                            _relabel("herefordshire_06.eml", now="2083-10-02T09:10:31+01:00")],
     "Date on a weekend"),
    ("an alarm word added to a quiet urgent mail", lambda: _sub("torbay_07.eml", b"Please can someone go round",
                                                                b"URGENT please can someone go round"),
     "the urgent mails with no alarm word"),
    ("an urgent mail filed as a near miss", lambda: _relabel("richmond_wandsworth_02.eml", category="near_miss"),
     "urgent vs category"),
    ("the undefined Herefordshire step-up sent to human review", lambda: _relabel("herefordshire_03.eml",
        next_action="human_review"), "next_action human_review != alert_duty"),
    ("Cafcass consent-to-share read as consent", lambda: _relabel("herefordshire_08.eml", consent=True),
     "consent None, label True"),
    ("a refused consent relabelled null", lambda: _relabel("tower_hamlets_08.eml", consent=None),
     "consent False, label None"),
    ("the historic locked-room episode labelled neglect", lambda: _relabel("knowsley_03.eml",
        concerns=["neglect", "parental_mental_health"]), "6 WD / 8 plain"),
    ("a year after the window's in a body", lambda: _sub("herefordshire_08.eml", b"due on 14 January",
                                                         ("due on 14 January %d" % (MAX_YEAR + 1)).encode()),
     "year after 2083"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("richmond_wandsworth_08.eml",
        b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_04.eml", level=3), ": level"),
    ("the children of knowsley_01 swapped", lambda: _exp("knowsley_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("a child labelled who is 18", lambda: _exp("richmond_wandsworth_05.eml")["children"][0].update(dob="2065-01-05"),
     "parses to 2068-01-05"),
    ("a rule-less why", lambda: _lab("torbay_08.eml").update(why="A parent's enquiry."), "why names no rule"),
    ("the first name in knowsley_05's new block replaced by the full name", lambda: _sub("knowsley_05.eml",
        b"Ellis has just messaged", b"Ellis Hargreaves has just messaged"), "names only in the quoted ack"),
]

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS, WINDOW))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b, w = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
        globals()["WINDOW"] = w
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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
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
    out.append("dates %s" % sorted((l["file"], l["now"]) for l in LABELS))
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
