#!/usr/bin/env python3
"""mixed68: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2087 (Monday 6 January - Thursday 17 April 2087), in death and bereavement in families.

Urgent mail (11): a police log at 07:05 about a father found dead overnight whose 9- and 5-year-old are at the police
station with nobody to go to; a hospital named nurse's clinical note on a sudden unexpected infant death with
unexplained marks, whose 3- and 6-year-old siblings are back at home with the man who was alone with the baby; a school
counsellor's phone mail about a 10-year-old whose father died by suicide and whose mother is saying she "won't be here
by the weekend"; an intensive-care nurse's note after a 13-year-old rang the unit from home, alone with her feverish
5-year-old brother since Saturday; a health visitor's call, relayed in a P.S. under a follow-up, about a widowed father
found unconscious with vodka and tablets and his 15-month-old screaming in her cot; a widowed mother's goodbye email
forwarded by her Early Help worker in the evening; a funeral director's letter about a drunk father who drove off with
his 2-year-old after saying he "won't need the plot to himself for long"; a 14-year-old whose grief has turned to deep
cuts and a stash of tablets for tonight, her mother's birthday; a school's account of three children alone since their
mother flew to Bangladesh for a funeral; a Romanian aunt's non-native English about a drunk man beating her late
sister's children with a belt tonight; and a chronology attached to a routine follow-up whose last entry says a father
with a conviction for assaulting the children's mother took them from her wake and will not give them back.

Near misses (12): a level 3 step-down with a father's suicide two years ago (self-harm negated); a coroner's routine
letter; a partnership training session on bereaved children with fictional vignettes; a bereavement service's closing
review; a memorial assembly notice; a funeral abroad with the children safe with both parents; a father in intensive
care with the children safe with their grandparents; a child death review closed with no concerns; a grandfather's
expected death with the family coping; a first-anniversary reaction already planned for; a widowed mother's passing
thought assessed the same day with a safety plan; a funeral arranger asking what Early Help offers a grieving brother.

Window: the brief's "early January to the start of the Easter holidays 2087". 1 January 2087 (New Year's Day) is a
Wednesday; the spring term starts on Monday 6 January 2087. Easter Sunday is 20 April 2087: Good Friday 18 April and
Easter Monday 21 April are bank holidays, so the window ends on Thursday 17 April 2087, the last working day before the
Easter weekend. No bank holiday falls inside the window. The clocks go forward on Sunday 30 March 2087, so mail up to
Friday 28 March is GMT (+0000) and mail from Monday 31 March is BST (+0100). One Knowsley notice count (knowsley_01)
crosses Good Friday and Easter Monday decisively (5 plain weekdays, 3 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in several ways and requires every
break to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx
files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF,
.docx, iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, clock change, bank holidays, the checks). Every label
was set by hand from the specification; the self-checks only verify them against its rules and STOP on any error
before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 6 January - Thursday 17 April 2087) is GMT (+0000)
    until BST begins at 01:00 UTC on Sunday 30 March 2087, and BST (+0100) from then on. The self-check asserts
    every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2087, 1, 2, 0, 0, 0))
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



# ============================================================================= helpers added for mixed68
SEEDS = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
         "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
         "herefordshire": "003_d813ace460bad8eb.txt"}
COUNCIL = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
           "torbay": "Torbay", "herefordshire": "Herefordshire"}
SECTION = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
        "(form, TAF minutes, GCP2 / Engaging Families / Merseyside Exploitation Assessment, at least 5 working days' "
        "notice); REQUIREMENTS.md knowsley step_up",
    ("knowsley", "step_down"): "section 2 'Cases Stepping Down from Children's Social Care ... at Levels 2 and 3' and "
        "section 3 (date, time and venue; what are we worried about, what is working well, what needs to happen; the "
        "Lead Practitioner's name and organisation at level 2; consent at level 3; 5 working days' notice); "
        "REQUIREMENTS.md knowsley step_down (no level stated -> level 3)",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box "
        "with the latest case summary and the rationale); REQUIREMENTS.md richmond_wandsworth step_up",
    ("richmond_wandsworth", "step_down"): "'Step Down to Early Help' and 'Process to Step Down' (consent; a case "
        "discussion within 5 days of the contact, confirmed by email with the latest case summary and the draft plan); "
        "REQUIREMENTS.md richmond_wandsworth step_down",
    ("tower_hamlets", "step_up"): "'Step Up' and the MAST paragraph ('contact MAST ... followed up with a completed "
        "Multi-Agency Request for Support form'; management oversight); REQUIREMENTS.md tower_hamlets step_up",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (the Child "
        "and Family Assessment, the TAF plan, consent, a Lead Practitioner; TAF meeting and minutes within 10 working "
        "days); REQUIREMENTS.md tower_hamlets step_down",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4', steps 1-2 (worker and team manager agree; "
        "contact to MASH with parental consent); REQUIREMENTS.md torbay step_up",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team' / 'from Safeguarding and Supporting "
        "Families Team', steps 1-4 (Single Assessment and the team manager's analysis, consent for level 3, a triage "
        "slot within 5 working days, under-5s fortnightly); REQUIREMENTS.md torbay step_down",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' (written consent, a key person, the "
        "step-down plan within two weeks) and 'Roles and responsibilities'; REQUIREMENTS.md herefordshire step_down",
    ("herefordshire", "step_up"): "none: the seed defines no step-up (REQUIREMENTS.md: 'step_up is not defined by this "
        "seed') -> human_review, missing [] for an undefined kind",
}
KIND_RULE = {
    "other": "DESIGN 'kind': other (no step request) -> human_review",
    "follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request; missing []",
    "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
    "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2",
}
URGENT_RULE = {
    "knowsley": "seed 004: 'Any immediate safeguarding concerns should be communicated to the Duty Social Work Team in "
        "the Multi Agency Safeguarding Hub (MASH)'",
    "richmond_wandsworth": "seed 000 'Step up from Early Help' (immediate child protection concerns: the Early Help "
        "Manager telephones the MASH)",
    "tower_hamlets": "seed 001: 'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 "
        "or out of hours in an emergency only 0207 364 4079)'",
    "torbay": "seed 002 'Step up processes from level 3 to level 4', step 1 ('as per safeguarding processes')",
    "herefordshire": "seed 003 has no urgent wording of its own",
}

def rule(a, kind, urgent=False):
    if (a, kind) in SECTION:
        s = "%s, seed %s %s" % (COUNCIL[a], SEEDS[a], SECTION[(a, kind)])
    else:
        s = "%s, seed %s; %s" % (COUNCIL[a], SEEDS[a], KIND_RULE[kind])
    if urgent:
        s += ("; urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety rule 1 "
              "and %s; seeds README: 'Safeguarding always overrides the protocols'" % URGENT_RULE[a])
    return " | Rule: " + s + "."

DOCM = "application/vnd.ms-word.document.macroEnabled.12"


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2087-04-16 10:12:40"
    body = T("""
Good morning MASH,

Please find attached a step up request for the Gorman children, EHM-61274:

Tyler Gorman - DOB 21/06/2076
Ruby-Mae Gorman - DOB 03/11/2082

The step up TAF meeting is on Weds 23rd April at 10am at Huyton Family Hub (there's a Teams link in the invite for anyone who can't get there). I know it's tight with the Easter weekend in the middle, but it's the first date dad, school and nursery could all make. The invite has gone to the MASH inbox and MASH business support, and I've invited the current TAF members.

Attached: the step up form, the Graded Care Profile 2 I completed with dad on 9 April, and the minutes of that day's TAF.

My TM, Gareth Unsworth, went through it with me in supervision on Monday and agreed the step up - his agreement is on the form.

Briefly: the children's mum, Kerry, died very suddenly in September 2085 (a blood clot after an operation). Dad, Liam, has been their only carer since. He did really well for the first year, but since the anniversary he has been drinking most nights and things at home have slipped badly. On my last two visits there was no food in the fridge, the kitchen was piled with takeaway cartons and dog mess, and Ruby-Mae's bedding was soaked and smelled of urine. Nursery say Ruby-Mae comes in hungry and in the same clothes for days at a time; Tyler's attendance has dropped to 81% and he has been late most mornings since February. The GCP2 puts physical care and safety at level 4.

Dad knows I'm asking for a step up. He hasn't said yes or no - his words were "do what you have to".

Thanks,
Shauna

Shauna Birchall
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0518 | 07700 900 274

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Gorman.docx", appendix1([
        ("Case ID on EHM:", "EHM-61274"),
        ("Children:", "Tyler Gorman 21/06/2076; Ruby-Mae Gorman 03/11/2082"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC"),
        ("Date of step up TAF meeting:", "Wednesday 23/04/2087, 10:00, Huyton Family Hub (Teams link in the invite)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - dad has kept every visit and came to both TAFs; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 09/04/2087"),
        ("What are we worried about?", "Since the anniversary of Kerry's death dad has been drinking most nights. "
         "Home conditions have deteriorated (no food, dog mess, soiled bedding). Ruby-Mae arrives at nursery hungry "
         "and unwashed; Tyler's attendance is 81% and he is often late."),
        ("What is working well?", "Dad loves the children and is honest about the drinking. Maternal nan has the "
         "children every Sunday. School and nursery know the family well."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed with dad 09/04/2087 - attached. "
         "Physical care level 4, safety level 4, love and care level 2."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Gareth Unsworth, Team Manager, 14/04/2087"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, referral to the alcohol service "
         "chased weekly, TAF every three weeks, nan asked to help with mornings."),
    ]))
    gcp = pdf_att("GCP2 - Gorman - 09.04.2087.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Gorman - Tyler (10) and Ruby-Mae (4). Carer: Liam Gorman (father).",
        "Completed by: Shauna Birchall, Family First, with dad, 09/04/2087.",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): level 4",
        "Area 2 Care of safety (in and out of the home): level 4",
        "Area 3 Love and care: level 2",
        "Area 4 Stimulation and education: level 3",
        "Summary: persistent shortfalls in food, home conditions and hygiene since autumn, linked to dad's drinking.",
    ])
    minutes = docx_att("TAF minutes 09.04.2087 - Gorman.docx", [
        "# Team Around the Family - minutes", "Date: 09/04/2087, 13:30, Huyton Family Hub",
        "Present: dad (Liam Gorman), Shauna Birchall (Family First, chair), Tyler's class teacher, nursery manager",
        "Nursery: Ruby-Mae hungry on arrival most days; same clothes three or four days running.",
        "School: Tyler 81% attendance; late most mornings; tired.",
        "Dad: says he is drinking 'to get to sleep'; declined the alcohol service for now.",
        "Agreed: Shauna to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Birchall, Shauna", "Shauna.Birchall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Weds 23rd April 10am - EHM-61274 - Gorman", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp, minutes], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-61274"],
        [ch("Tyler Gorman", "2076-06-21", "21/06/2076"), ch("Ruby-Mae Gorman", "2082-11-03", "03/11/2082")],
        ["neglect", "school_attendance", "substance_misuse"], None, True, [], False, "request_info",
        "Complete Knowsley neglect step-up (form .docx, GCP2 .pdf so gcp2 is met, TAF minutes .docx, EHM id, TM "
        "agreement 'agreed the step up', meeting date and time) in a family where the mother died suddenly in 2085 "
        "(bereavement is the background, not a risk now). NOTICE ACROSS GOOD FRIDAY AND EASTER MONDAY, DECISIVE: from "
        "Wed 16 April 2087 the TAF on 'Weds 23rd April' is 5 plain weekdays away, but Fri 18 April (Good Friday) and "
        "Mon 21 April (Easter Monday) are bank holidays -> 3 working days < 5 -> notice not ok -> request_info. "
        "Consent: 'He hasn't said yes or no' / 'do what you have to' -> null (not required for a Knowsley step-up). "
        "Concerns: home conditions, hunger, soiled bedding -> neglect; dad drinking most nights -> substance_misuse; "
        "81% -> school_attendance." + rule("knowsley", "step_up"),
        meeting=date(2087, 4, 23), not_children=["Shauna Birchall", "Gareth Unsworth", "Liam Gorman"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2087-01-14 07:05:12"
    body = T("""
To: Knowsley MASH / Emergency Duty Team

OCCURRENCE: Sudden death - male, 44 - Log 0413 of 14/01
LOCATION: 22 Sandfield Walk, Huyton, L36 9ZQ
OIC: PS 4291 Aoife DEVLIN, Huyton Response

SUMMARY
At 04:06 hrs a 999 call was received from a child, Mason CROSBIE, aged 9, saying that his dad "won't wake up". Officers and NWAS attended at 04:15. Darren CROSBIE (DOB 03/07/2042), the children's father and sole carer, was found on the living room floor and life was pronounced extinct at 04:38. There are no suspicious circumstances at this stage and the death has been reported to the Coroner.

The children's mother, Jodie CROSBIE, died in 2084. No other adult lives at the address.

CHILDREN
CROSBIE, Mason - DOB 02/05/2077 - Year 5, Longview Park Primary
CROSBIE, Lily - DOB 19/08/2081 - Reception, same school

Both children are at Huyton police station with PC 5530 RIMMER, who brought them from the address at 05:30. They have had toast and are in the family room. Neither child is hurt. Mason is very quiet; Lily keeps asking when they can go home.

FAMILY
No next of kin is recorded for the father. Mason says he has "an auntie in Spain" (father's sister, name not known, no number). The paternal grandparents are both deceased. The neighbour who sat with the children while we were at the address, Mrs Colette FINNEGAN (in her seventies), cannot care for them. A letter on the fridge shows the family are open to Family First - EHM-60518 - case manager "Joanne".

REQUEST
The children cannot stay at the station. We need a social worker to come and take over their care and find somewhere for them to go today. I am on duty until 14:00: 0151 496 0733, or the station front desk on 0151 496 0700.

PS 4291 Aoife Devlin
Huyton Response Team | Merseyside Police
""")
    top = outlook_top(f, addr("Devlin, Aoife (PS 4291)", "aoife.devlin@merseyside-police.example.org"),
                      addr("Knowsley MASH", KMASH),
                      "Sudden death Huyton - 2 children at Huyton station - no carer - Log 0413", when,
                      mid_domain="MRSP265MB0413.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, ["EHM-60518"],
        [ch("Mason Crosbie", "2077-05-02", "02/05/2077", as_written="CROSBIE, Mason"),
         ch("Lily Crosbie", "2081-08-19", "19/08/2081", as_written="CROSBIE, Lily")],
        [], None, None, [], None, "alert_duty",
        "A PARENT WHO DIED SUDDENLY LEAVING CHILDREN WITH NOBODY, in a police occurrence log at 07:05 (out of hours, "
        "so the Emergency Duty Team): the sole-carer father found dead overnight (mother died 2084), a 9- and a "
        "5-year-old at the police station since 05:30, no next of kin, the neighbour cannot keep them; 'We need a "
        "social worker ... to find somewhere for them to go today'. No alarm word anywhere. Children without any "
        "carer needing care today -> urgent -> alert_duty (DESIGN safety rule 1). A police report asking for no step "
        "-> other. Names written 'CROSBIE, Mason' -> 'Mason Crosbie' (the labelled form). Concerns []: nobody has "
        "harmed or neglected the children and the contract has no id for a child left without a carer (neglect could "
        "be argued). 'Log 0413' is a police log, not a case id; the EHM id from the fridge letter is one."
        + rule("knowsley", "other", True),
        not_children=["Darren CROSBIE", "Jodie CROSBIE", "Colette FINNEGAN", "Aoife Devlin"],
        adults=[("Darren CROSBIE", "03/07/2042")])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2087-03-27 14:22:05"
    body = T("""
Hello Family First,

I'm stepping Ellis and Jasmine down to Family First at Level 3. Mum has signed the Family First consent form (a copy is on ICS) and my TM, Farah Iqbal, agrees with the step down.

Joint home visit: Thursday 3rd April 2087 at 10.00am, at home - 41 Cherryfield Drive, Kirkby, L32 9ZT.

ICS ID: 1724490 (both children are on the one episode)
Ellis Prescott - DOB 15/10/2074
Jasmine Prescott - DOB 08/02/2079

Background, so the case manager isn't walking in cold: the children's dad, Craig, took his own life at the family home in June 2085, and Ellis, who was ten, found him. The family have been on CIN plans since then. Ellis had a year of bereavement counselling with Brightwater Young Grief, which finished in September; he has never self-harmed and there are no current concerns about his safety - he talks about his dad openly now and goes to the grave with his nan on Sundays. Mum has had her own counselling and is back at work part time.

What are we worried about?
Ellis's anger at school - two fixed-term exclusions this term for fighting - and his attendance, which is 88%. Jasmine is doing well at school but still sleeps in mum's bed most nights.

What is working well?
Mum is warm, organised and honest with us. Both sets of grandparents live nearby and are very involved. Ellis plays football for Kirkby Juniors three times a week and his coach is a big support.

What needs to happen?
A Family First case manager to hold a TAF with school and the football club; a mentor for Ellis through school; a sleep routine plan for Jasmine with mum.

Thanks,
Abi

Abimbola Hughes
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0627

""") + KDISC
    top = outlook_top(f, addr("Hughes, Abimbola", "Abimbola.Hughes@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Prescott - joint visit Thurs 3rd April", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1724490"],
        [ch("Ellis Prescott", "2074-10-15", "15/10/2074"), ch("Jasmine Prescott", "2079-02-08", "08/02/2079")],
        ["school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS - A SUICIDE IN THE FAMILY, TWO YEARS AGO: the father took his own life at home in June 2085 and "
        "the 10-year-old found him; counselling finished, 'he has never self-harmed and there are no current concerns "
        "about his safety' -> historic and negated, not urgent. Complete Knowsley Level 3 step-down: joint home visit "
        "date, time and venue; all three Signs of Safety headings; consent 'Mum has signed the Family First consent "
        "form' -> true; TM 'agrees with the step down' -> true (not required). 'ICS ID: 1724490' -> the bare number. "
        "NOTICE ACROSS THE CLOCK CHANGE: from Thu 27 March (GMT) to the visit on Thu 3 April (BST) is exactly 5 "
        "working days -> ok -> book_meeting. Concerns: 88% -> school_attendance (anger and exclusions are no contract "
        "id)." + rule("knowsley", "step_down"),
        meeting=date(2087, 4, 3), not_children=["Abimbola Hughes", "Farah Iqbal"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2087-01-09 11:40:30"
    blocks = [
        "Hi Family First duty,",
        "",
        "Freya is stepping down to a Level 2 service at her final CIN meeting next week. The details are in the "
        "table. Mum has consented to the step down and is happy for school to lead.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Freya Kinsella, born 30th May 2079"],
            ["ICS", "ICS-1730218"],
            ["Final CIN meeting", "Wednesday 15 January 2087, 1.30pm"],
            ["Venue", "Longview Park Primary School, Huyton - meeting room 2"],
            ["Lead practitioner (Level 2)", "Longview Park Primary have agreed to take the role - the head is deciding "
             "this week whether it will be the SENCo or the learning mentor, and I'll confirm the name"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Freya (7) has a speech and language delay and is waiting for an EHCP needs assessment. Her grandad, who "
        "lived with them and did the school runs, died suddenly in November; since then she has been late most days "
        "and her attendance this year is 86%.",
        ("h", "What is working well?"),
        "Mum has changed her shifts so she can do the mornings. Freya loves school and her teacher. Her nan (dad's "
        "mum) has her two afternoons a week. The family are grieving for grandad but coping together, and Freya has "
        "made a memory book about him with school.",
        ("h", "What needs to happen?"),
        "School to lead an Early Help Assessment and a TAF; the speech and language referral to be followed up; a "
        "morning routine plan with mum.",
        "",
        "Thanks,",
        "Declan",
        "",
        "Declan Mahoney",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0274",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Mahoney, Declan", "Declan.Mahoney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Freya Kinsella - final CIN Weds 15th Jan", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-1730218"],
        [ch("Freya Kinsella", "2079-05-30", "30th May 2079")],
        ["disability_send", "school_attendance"], True, None, ["lead_practitioner"], False, "request_info",
        "Knowsley LEVEL 2 step-down in a Word table (MsoTableGrid with a tab-separated text twin): the final CIN's "
        "date, time and venue and all three Signs of Safety headings are there, but the lead practitioner is only "
        "'the SENCo or the learning mentor ... I'll confirm the name' -> no named person -> lead_practitioner missing "
        "(REQUIREMENTS, knowsley step_down level 2). NOTICE: from Thu 9 January 2087 to Wed 15 January is 4 working "
        "days < 5 -> not ok. -> request_info. 'Mum has consented to the step down' -> true (not required at level 2). "
        "DOB written '30th May 2079'. A grandfather's sudden death in November is background, 'coping together'. "
        "Speech and language delay / EHCP assessment -> disability_send; 86% and lateness -> school_attendance."
        + rule("knowsley", "step_down"),
        meeting=date(2087, 1, 15), not_children=["Declan Mahoney"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2087-02-05 10:03:11"
    body = T("""
Dear Sir or Madam,

Please find attached a letter from HM Senior Coroner about the above inquest. A reply is requested by Friday 28 February 2087.

Kind regards,

Marcia Lunt
Coroner's Officer
HM Coroner's Office (Knowsley area)
Tel 0151 496 0190

This email and any attachments are confidential and intended for the addressee only.
""")
    letter = pdf_att("Letter to Knowsley Childrens Services - CO-0219-86.pdf", "HM CORONER'S OFFICE - KNOWSLEY AREA", [
        "Our ref: CO/0219/86          Your ref: ICS 1701377",
        "Date: 5 February 2087",
        "",
        "Dear Sir or Madam,",
        "",
        "INQUEST TOUCHING THE DEATH OF ANTHONY JUDE MERCER (DIED 3 NOVEMBER 2086)",
        "",
        "An inquest into Mr Mercer's death was opened and adjourned on 14 November 2086. It will be resumed on "
        "Tuesday 11 March 2087 at 10:00.",
        "",
        "Mr Mercer was found hanged at his home address on 3 November 2086. The Coroner will hear evidence about the "
        "circumstances of his death, including his mental health and any contact he had with services.",
        "",
        "Mr Mercer's two children (aged 15 and 11) lived with their mother at a separate address at the time of his "
        "death and have had support from their schools since. They are not interested persons and are not required "
        "to attend.",
        "",
        "Under Schedule 5 to the Coroners and Justice Act 2009 the Coroner asks for: (a) a brief chronology of any "
        "involvement Children's Services had with Mr Mercer between 1 January 2085 and the date of his death; and "
        "(b) the name of a worker who could give a statement if one is needed.",
        "",
        "This is a routine request made to every agency the family may have had contact with. It does not suggest "
        "any criticism. If you have had no involvement, please say so by email.",
        "",
        "Yours faithfully,",
        "Marcia Lunt, Coroner's Officer, on behalf of HM Senior Coroner",
    ])
    top = outlook_top(f, addr("Coroner's Officers - Knowsley area", "coroners.officers@knowsley-coroner.example.org"),
                      addr("Knowsley MASH", KMASH),
                      "Inquest touching the death of Anthony Jude MERCER - request for information - our ref CO/0219/86",
                      when, mid_domain="CWLP265MB2190.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [letter], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, ["1701377"], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CORONER'S ROUTINE LETTER (PDF): an inquest into a father found hanged in November 2086; his "
        "children (15 and 11, unnamed) lived elsewhere with their mother and have school support; 'This is a routine "
        "request ... It does not suggest any criticism.' Death, hanging and mental health are history, no child at "
        "risk now -> not urgent. A records request, no step -> other -> human_review. 'Your ref: ICS 1701377' -> the "
        "bare number (DESIGN: a label before the number is not part of it); 'CO/0219/86' is the coroner's reference."
        + rule("knowsley", "other"),
        not_children=["Anthony Jude MERCER", "Marcia Lunt"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2087-02-24 10:48:27"
    ack = ack_text("step-up", "SB-knowsley-1231", [
        "Case: EHM-61902", "Children: Daisy Duffy (09/11/2085)",
        "Step-up TAF meeting: Wednesday 5 March 2087, 10:00 (Microsoft Teams)"],
        ["GCP2 (Graded Care Profile 2): the concerns include neglect"])
    body = T("""
Hi,

Sorry - here's the GCP2 for Daisy that should have gone with the step up last week. I completed it with Ryan on 18/02.

Leanne

Leanne Atherton
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0362 | 07700 900 715

P.S. As I was about to send this, Nicola Horrocks, the health visitor, rang me from the house. She called in for Daisy's 15-month check at 10.15. The front door was open and Ryan was face down on the kitchen floor - it took her a while to wake him. There's an empty vodka bottle and an open box of his sleeping tablets on the side, and she doesn't know how many he's had. Daisy was in her cot upstairs in a nappy soaked right through, screaming; Nicola thinks she has been on her own since last night. Ryan is awake now but slurring and crying - he keeps saying "I can't do this without Sam, I just want to be with her" - and he's telling Nicola to get out. Since Sam died in December there's nobody else: Sam's mum lives in Spain and Ryan's family don't speak to him. Nicola is staying with Daisy until someone gets there. I'm setting off now but I'm 40 minutes away - 07700 900 715.
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "17 February 2087 11:02",
         "Atherton, Leanne <Leanne.Atherton@knowsley.gov.uk>",
         "[SB-knowsley-1231] Step-up request received - EHM-61902", ack, None)])
    gcp = pdf_att("GCP2 - Daisy Duffy - 18.02.2087.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Child: Daisy Duffy, 15 months. Carer: Ryan Duffy (father).",
        "Completed by: Leanne Atherton, Family First, with dad, 18/02/2087.",
        "Area 1 Physical care: level 3", "Area 2 Care of safety: level 3", "Area 3 Love and care: level 2",
        "Area 4 Stimulation: level 3",
        "Summary: since mum's death in December, feeding and hygiene inconsistent; dad drinking in the evenings.",
    ])
    top = outlook_top(f, addr("Atherton, Leanne", "Leanne.Atherton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1231] Step-up request received - EHM-61902", when)
    add(f, mail(f, top, body, [gcp], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-61902"],
        [ch("Daisy Duffy", "2085-11-09", "09/11/2085")],
        ["neglect", "parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "A GRIEVING PARENT NOT COPING, IN A P.S. UNDER A ROUTINE FOLLOW-UP: the mail adds the missing GCP2 to "
        "[SB-knowsley-1231]; its P.S. relays the health visitor's call from the house minutes ago - the widowed "
        "father found face down, vodka and an open box of sleeping tablets, 'I just want to be with her', the "
        "15-month-old alone in a soaked nappy since last night, nobody else. No alarm word anywhere. DESIGN safety "
        "rule 1 (every part read; whatever the kind) -> urgent -> alert_duty before attach_to_request. Child and DOB "
        "from the quoted acknowledgement (whose 'What is missing:' is stepbot's). neglect + substance_misuse + "
        "parental_mental_health." + rule("knowsley", "follow_up", True),
        not_children=["Leanne Atherton", "Nicola Horrocks"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2087-02-17 20:14:09"
    body = T("""
Hello,

Mrs Kehoe at St Columba's said to email this address to ask for Family First.

My husband Lee died suddenly on 9 January, a heart attack at work. He was 39. I've got three kids, Brandon Ward who is 13, Kelsey Ward who is 9 and Harvey Ward who is 4. We are managing - my mum and my sister are round every day and the school have been brilliant - but I'm struggling with Brandon. He won't go to school some days, he's missed 8 days since Lee died, and he stays up all night on his Xbox. Kelsey has gone really clingy and Harvey keeps asking when daddy is coming back from work.

I don't need social workers, I just want someone to help me with Brandon and with bedtimes, and maybe a group for the kids where there are other children who have lost their dad. School said you might do that.

I'm on 07700 900 836, best after 3.

Thanks,
Stacey Ward
""")
    top = plain_top(f, addr("Stacey Ward", "staceyward.home@mail.example.com"), KFF, "help for my kids please",
                    when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 5,
        "ordinary", "other", False, None, [],
        [ch("Brandon Ward"), ch("Kelsey Ward"), ch("Harvey Ward")],
        ["school_attendance"], None, None, [], None, "human_review",
        "A WIDOWED MOTHER'S OWN REQUEST FOR HELP, from her phone in the evening: her husband died suddenly in "
        "January; the family are 'managing' with her mother and sister there every day; she asks Family First for "
        "help with her 13-year-old's school refusal and bedtimes and a group for bereaved children. No risk -> "
        "ordinary; a parent asking for Early Help, not a practitioner's step request -> other -> human_review. "
        "Three children named in full with ages only (no DOBs). 'missed 8 days', 'won't go to school some days' -> "
        "school_attendance. Sent to the Family First duty mailbox (early_help_duty)." + rule("knowsley", "other"),
        not_children=["Stacey Ward"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2087-03-04 12:30:00"
    h = LAYOUT_HEAD + T("""
<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#4B2C69;color:#FFFFFF;padding:14px;font-size:16pt">Knowsley Safeguarding Children Partnership - Learning and Development</td></tr>
<tr><td style="padding:12px 0"><b>Supporting bereaved children and young people</b><br>
Half-day workshop - Thursday 27 March 2087, 09:30 - 12:30, Nutgrove Villa, Huyton</td></tr>
<tr><td style="padding:6px 0">This workshop is for practitioners in schools, Family First, health and the voluntary sector who support children after the death of a parent, brother or sister, or carer - including deaths by suicide, sudden deaths and deaths that were expected.</td></tr>
<tr><td style="padding:6px 0"><b>You will look at:</b><br>
- how children of different ages understand death, and what grief can look like at home and in school;<br>
- talking to a child about a death by suicide;<br>
- anniversaries, birthdays and "grief bursts" - what is normal and when to worry;<br>
- when grief tips into something more, and when a referral to MASH is the right step.</td></tr>
<tr><td style="padding:6px 0"><b>Case studies for the group work</b> (all fictional, written for this workshop):<br>
1. "Kai, 9, found his mum after an overdose and now refuses to sleep upstairs."<br>
2. "Amber, 14, says she wants to be with her dad and has started cutting."<br>
3. "A father, recently widowed, leaves his baby with neighbours at night to go drinking."</td></tr>
<tr><td style="padding:6px 0">Places are free but limited. Book through the KSCP learning portal by Friday 21 March.</td></tr>
<tr><td style="padding:6px 0;font-size:9pt;color:#555555">If you are worried that a child is at immediate risk of harm, do not wait for training: contact the MASH Duty Social Work Team, or 999 in an emergency.<br>
You are receiving this because your team is on the KSCP learning list. Unsubscribe: kscp.learning@knowsley.gov.uk</td></tr>
</table>
</body></html>
""")
    top = outlook_top(f, addr("KSCP Learning", "kscp.learning@knowsley.gov.uk"), addr("Family First 0-18 Duty Mailbox", KFF),
                      "KSCP Learning: Supporting bereaved children - half-day workshop, Thursday 27 March", when,
                      extra=[("List-Id", "KSCP learning list <kscp-learning.knowsley.gov.uk>"),
                             ("List-Unsubscribe", "<mailto:kscp.learning@knowsley.gov.uk?subject=unsubscribe>")])
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SESSION ON BEREAVED CHILDREN (HTML-only partnership bulletin, List-Id, no "
        "Auto-Submitted so not an auto_reply): suicide, an overdose, cutting, a widowed father drinking - all in "
        "case studies marked 'all fictional, written for this workshop', plus the usual 'immediate risk ... 999' "
        "footer. DESIGN safety rule 1: bulletins that list examples must not trigger the alert. No real child ('Kai', "
        "'Amber' are fictional first names), no request -> other -> human_review." + rule("knowsley", "other"))

# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2087-01-21 15:10:44"
    body = T("""
Dear MASH colleagues,

Following reflective supervision yesterday with Tamsin Okoro (Family Support Worker), I am requesting a step up to Children's Services for:

Noah Ferreira, DOB 12/03/2077 - Mosaic 3318402
Lucia Ferreira, DOB 27/09/2080 - Mosaic 3318403

The latest case summary is attached. I agree with the step up and have discussed it with our Service Manager.

Rationale for step up
The children's mother, Ana, died of cancer in March 2086. Since then they have lived with her partner, Marcus Healy, who does not have parental responsibility; their father lives in Portugal and has had no contact since 2083. Early Help has worked with the family since June. Over the last two months Marcus's drinking has escalated: at two of Tamsin's last three visits he was drunk at four in the afternoon, there was no food in the flat, and Lucia had untreated head lice and a rash that had not been seen by the GP. Nobody with parental responsibility is caring for the children, and a voluntary Early Help plan has gone as far as it can; the family needs a statutory assessment.

There is no immediate child protection concern today: Marcus's sister is staying with them this week and both children are in school.

Marcus has been told we are asking for a step up.

Kind regards,

Priyanka Solberg
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0715

""") + RDISC
    summary = docx_att("Case summary - Ferreira - January 2087.docx", [
        "# Early Help case summary - Ferreira", "Children: Noah Ferreira (9), Lucia Ferreira (6)",
        "Household: Marcus Healy (late mother's partner); paternal family in Portugal.",
        "Early Help involvement: since June 2086 (Family Support Worker: Tamsin Okoro).",
        "Key events: mother's death March 2086; Marcus's drinking escalating since November; home visits 08/01 and "
        "15/01/2087 - no food, Marcus intoxicated; Lucia's head lice and rash untreated.",
        "Strengths: both children attend school; Marcus's sister helps when she can; the children are close.",
    ])
    top = outlook_top(f, addr("Solberg, Priyanka", "Priyanka.Solberg@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Ferreira children - Mosaic 3318402 / 3318403", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3318402", "3318403"],
        [ch("Noah Ferreira", "2077-03-12", "12/03/2077"), ch("Lucia Ferreira", "2080-09-27", "27/09/2080")],
        ["neglect", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager: case summary .docx attached, "
        "rationale pasted under its own heading 'Rationale for step up' -> nothing missing -> book_meeting. Children "
        "living with their late mother's partner since her death from cancer in 2086. 'I agree with the step up' "
        "(the sender is the Team Manager) -> manager true. 'Marcus has been told' is no consent -> null (not "
        "required). 'There is no immediate child protection concern today' -> negated, not urgent. 'Mosaic 3318402' "
        "-> bare numbers. neglect (no food, untreated lice and rash) + substance_misuse." + rule("richmond_wandsworth", "step_up"),
        not_children=["Priyanka Solberg", "Tamsin Okoro", "Marcus Healy"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2087-02-10 09:41:20"
    body = T("""
To the MASH duty team - I could not get through on the duty line (engaged three times) so I am sending this in writing as well. Please pass it to the MASH duty social worker.

SUDDEN UNEXPECTED DEATH IN INFANCY - JOINT AGENCY RESPONSE
Wandle Valley University Hospital, Paediatric Emergency Department

Infant: male, 11 weeks, first name Reggie
Arrival: 06:12 by LAS, in cardiorespiratory arrest
Resuscitation discontinued: 06:58
Consultant paediatrician: Dr N. Achebe

Findings on examination after death (Dr Achebe, 07:40):
- 2 cm bruise behind the left ear
- petechiae over the left side of the face and neck
- torn upper labial frenulum with dried blood
None of these is explained by the resuscitation or by the history given. Skeletal survey and post-mortem to follow.

History:
Mother, Shannon Pryce (22), was asleep. Her partner, Dean Coulter (27), who is not the baby's father, says he gave a bottle at 05:00, that the baby was "fine", and that he found him "floppy" at 05:50. His account changed between the ambulance crew and the ED registrar (first "in his Moses basket", then "on the sofa next to me").

Siblings:
Jaxon Pryce, DOB 17/01/2081 (6)
Kayla Pryce, DOB 04/06/2083 (3)
Both were left at home this morning with Mr Coulter's mother, who has since gone to work. Mr Coulter left ED at 08:20 saying he was "going home to the kids". Ms Pryce is still in the relatives' room. We understand the family are open to Early Help (Mosaic 3341178, 3341179).

Police: the Child Abuse Investigation Team were informed at 07:30; the JAR home visit is planned for 14:00.

Request: a strategy discussion TODAY about the safety of Jaxon and Kayla, who are at home with the man who was alone with the baby when he collapsed.

Bernadette Quayle
Named Nurse for Safeguarding Children
Wandle Valley University Hospital NHS Trust
020 7946 0288 (bleep 4417)
""")
    top = outlook_top(f, addr("Quayle, Bernadette (Named Nurse Safeguarding Children)", "bernadette.quayle@wvuh.nhs.example"),
                      addr("MASH Step Up", RMASH),
                      "URGENT - SUDI this morning - siblings at home - request strategy discussion today", when,
                      mid_domain="WVUH265MB4417.GBRP265.PROD.OUTLOOK.COM",
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["3341178", "3341179"],
        [ch("Jaxon Pryce", "2081-01-17", "17/01/2081"), ch("Kayla Pryce", "2083-06-04", "04/06/2083")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A SUDDEN INFANT DEATH WITH SIBLINGS AT HOME, in a named nurse's clinical words (JAR note): an 11-week-old "
        "died this morning with a bruise behind the ear, petechiae and a torn frenulum that nothing explains; the "
        "mother's partner's account changed; he has gone 'home to the kids', the 6- and 3-year-old siblings. DESIGN "
        "safety rule 1 -> urgent -> alert_duty. A hospital's report to the MASH inbox, no step -> other. The dead "
        "baby is named by first name only ('Reggie') and is not labelled; the siblings are. physical_harm "
        "(unexplained injuries to a baby in the same household; the 'sofa' in the changed account is not labelled "
        "neglect). Mosaic ids -> bare numbers." + rule("richmond_wandsworth", "other", True),
        not_children=["Shannon Pryce", "Dean Coulter", "Bernadette Quayle"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2087-03-12 16:05:09"
    body = T("""
Dear Early Help colleagues,

Oscar Whitfield (DOB 22/07/2078) was referred to us by your Family Support Worker, Jo Carney, in October, after his father died by suicide in August 2086. Oscar has now completed his six sessions and I am writing to close our involvement. His closing summary is attached for his Early Help file.

In his fourth session (5 February) Oscar said he wanted "to go to heaven to see daddy". I explored this with him straight away, and with his mum, Claire, the same afternoon. Oscar understands that death is permanent; he was telling me how much he misses his dad, not that he wants to die. He has no thoughts of hurting himself and never has. We agreed a simple safety plan with Claire and his school (who he talks to on a bad day; the family's "worry jar"), and there have been no concerns since.

Claire is coping well. She has joined our parents' group and her GP knows about her grief. School tell me Oscar is settled and his attendance is 97%.

Oscar chose to finish with a memory box and a letter to his dad, which he has taken home. He knows he can come back to us at any time, and Claire has our number for the first anniversary in August.

With best wishes,

Hannah Okonedo
Children's Bereavement Practitioner
Wandle Young Grief Service
020 7946 0471
""")
    summ = pdf_att("Closing summary - Oscar Whitfield - March 2087.pdf", "Wandle Young Grief Service - closing summary", [
        "Child: Oscar Whitfield, DOB 22/07/2078. Referrer: Early Help (Jo Carney). Your ref: Mosaic 3307215.",
        "Bereavement: father, August 2086 (suicide).",
        "Sessions: 6 of 6 attended (15/01 - 05/03/2087).",
        "Session 4: Oscar spoke of wanting 'to go to heaven to see daddy' - explored; no thoughts of self-harm, no",
        "plan or intent; understands death is permanent. Safety plan agreed with mum and school.",
        "Outcome: Oscar settled; attendance 97%; mum coping and attending the parents' group.",
        "Closed 12/03/2087. Re-referral welcome at any time.",
    ])
    top = outlook_top(f, addr("Hannah Okonedo", "hannah.okonedo@wandleyounggrief.example.org"), addr("Early Help Duty", REH),
                      "Closing summary - Oscar Whitfield (your ref Mosaic 3307215)", when,
                      mid_domain="WYGS265MB0471.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, ["3307215"],
        [ch("Oscar Whitfield", "2078-07-22", "22/07/2078")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A BEREAVEMENT COUNSELLING UPDATE (closing summary): an 8-year-old whose father died by suicide "
        "said in February he wanted 'to go to heaven to see daddy'; explored the same day, 'no thoughts of hurting "
        "himself', a safety plan, 'no concerns since', mum coping, attendance 97% -> past and resolved, not urgent. "
        "A charity's closing letter, no step -> other -> human_review. Concerns []: nothing current (97% is good "
        "attendance). 'your ref Mosaic 3307215' -> the bare number." + rule("richmond_wandsworth", "other"),
        not_children=["Hannah Okonedo", "Jo Carney"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2087-01-30 13:20:15"
    body = T("""
Hi all,

Further to my call with Jasper this morning, this is to confirm the step-down case discussion for Amara Okafor-Bell (DOB 18/12/2075, Mosaic 3299014) on Tuesday 4 February at 11am on Teams. The latest case summary and my draft plan for Early Help are attached.

I have to flag that consent isn't there at the moment. I went through the plan with mum on Tuesday and she declined Early Help - she said she has "enough people in the house" with her mother's funeral on Friday and doesn't want another worker. I don't think that's her final word, and I'll go back to her after the funeral, but as things stand she has said no.

Amara is 11. The CIN plan was about mum's depression and Amara's attendance (84% this year). Mum is much better - her medication is working and she has a CPN - and Amara is in school most days now. Amara's nan, who died last week, was a big part of both their lives, so the next few weeks will be hard for them.

Thanks,
Ciaran

Ciaran Doherty
Social Worker | Assessment and Intervention Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0392

""") + RDISC
    summ = pdf_att("Case summary - Amara Okafor-Bell.pdf", "Case summary - Amara Okafor-Bell (Mosaic 3299014)", [
        "Child: Amara Okafor-Bell, DOB 18/12/2075. Parent: Mrs Joy Okafor-Bell.",
        "CIN plan since May 2086: mother's depression; Amara's attendance and lateness.",
        "Progress: mother engaged with CPN and GP; mood much improved. Amara's attendance 84% this year.",
        "Proposed: step down to Early Help (family support, school liaison).",
    ])
    plan = docx_att("Draft Early Help plan - Okafor-Bell.docx", [
        "# Draft Early Help plan", "Child: Amara Okafor-Bell",
        "Outcome 1: Amara attends school every day - school attendance officer and family support worker.",
        "Outcome 2: Mum keeps well - CPN, GP, family support worker to check in fortnightly.",
        "Review: four weeks after handover."])
    top = outlook_top(f, addr("Doherty, Ciaran", "Ciaran.Doherty@" + RDOM), addr("Early Help Duty", REH),
                      "Step down to Early Help - Amara Okafor-Bell - Mosaic 3299014", when)
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3299014"],
        [ch("Amara Okafor-Bell", "2075-12-18", "18/12/2075")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent"], None, "request_info",
        "CONSENT REFUSED: 'she declined Early Help ... as things stand she has said no' -> consent false -> 'consent' "
        "missing (REQUIREMENTS, richmond_wandsworth step_down); the social worker's hope that she may change her mind "
        "does not change what is stated now. Case summary .pdf and draft plan .docx met. The case discussion is "
        "agreed for Tue 4 February, within 5 days of the contact. The grandmother's death and funeral are "
        "background. -> request_info. Concerns: mum's depression -> parental_mental_health; 84% -> "
        "school_attendance." + rule("richmond_wandsworth", "step_down"),
        not_children=["Ciaran Doherty", "Joy Okafor-Bell"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2087-02-19 19:52:38"
    body = T("""
Sending this on because the MASH number just rings out. Mum emailed me at 19:41 - it's below. I've rung 999 and I'm driving there now.

Abena Mensah, 14 Lavender Court, Battersea. Kids: Kofi Mensah (11), Yaw Mensah (8), Esi Mensah (7 months). Mosaic 3327760. Open to Early Help since dad died in November.

Grace

Get Outlook for iOS
________________________________
From: Abena Mensah <abena.mensah@mail.example.com>
Sent: Wednesday, February 19, 2087 7:41:12 PM
To: Grace Adjei <Grace.Adjei@richmondandwandsworth.gov.uk>
Subject: sorry

Grace I'm sorry for everything. You have been so kind to us. I can't keep going without Kwame, every day is worse. I have taken Esi to Mrs Owusu next door and told her I am going to the shop. The boys are asleep. I am going to the river where we put his ashes. Please make sure somebody looks after my boys and my baby and tell them mummy loves them very much and it is not their fault.

Abena
""")
    top = outlook_top(f, addr("Adjei, Grace", "Grace.Adjei@" + RDOM), addr("MASH Step Up", RMASH), "FW: sorry", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["3327760"],
        [ch("Kofi Mensah"), ch("Yaw Mensah"), ch("Esi Mensah")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A GRIEVING PARENT NOT COPING, IN A FORWARDED EMAIL at 19:52 (out of hours): a widowed mother's goodbye - "
        "'I can't keep going without Kwame ... I am going to the river where we put his ashes. Please make sure "
        "somebody looks after my boys' - with the boys (11 and 8) asleep alone and the baby left with a neighbour; "
        "the Early Help worker's top note says only that she has rung 999 and is driving there. No alarm word "
        "anywhere. DESIGN safety rule 1 (quoted and forwarded history is read) -> urgent -> alert_duty (the "
        "Emergency Duty Team at this hour). An Early Help worker forwarding a parent's mail, no step request -> other. "
        "Children named in full with ages only. parental_mental_health." + rule("richmond_wandsworth", "other", True),
        not_children=["Abena Mensah", "Grace Adjei"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2087-02-07 08:35:00"
    text = T("""
Dear colleagues,

As many of you know, our school community is grieving the death of Ellie, a much-loved student in Year 8, who died after a road traffic collision on Upper Richmond Road on Friday 24 January.

With her family's blessing we will hold a memorial assembly for Year 8 and Ellie's friends on Tuesday 11 February at 9.00am, followed by a quiet room and a memory wall in the library all day. Ellie's family will be with us.

What we are doing for students
- Our counsellor and two trained staff will be in the quiet room all day; any student can go there without asking.
- Students who were close to Ellie have been offered individual time, and their families have been contacted.
- We are following the local authority's critical incident guidance and have had advice from the educational psychology service.

How partners can help
If you work with a family whose child is at Putney Vale and who may be affected, please let us know so that we can look out for them. Grief can show itself weeks later - in sleep, behaviour or attendance - and that is normal.

This message is for information only. If you are ever worried that a child is at risk of harm, follow your own safeguarding procedures and contact the MASH; in an emergency call 999.

With thanks,

Ms Rachel Imrie
Headteacher, Putney Vale Academy
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Georgia,serif;font-size:11pt;color:#222222">\n'
         '<div style="border-top:6px solid #1D3E6E;padding:10px 0"><span style="font-size:14pt;color:#1D3E6E">'
         'Putney Vale Academy</span></div>\n'
         '<p>Dear colleagues,</p>\n'
         '<p>As many of you know, our school community is grieving the death of Ellie, a much-loved student in Year 8, '
         'who died after a road traffic collision on Upper Richmond Road on Friday 24 January.</p>\n'
         '<p>With her family&#39;s blessing we will hold a <b>memorial assembly</b> for Year 8 and Ellie&#39;s friends on '
         '<b>Tuesday 11 February at 9.00am</b>, followed by a quiet room and a memory wall in the library all day. '
         'Ellie&#39;s family will be with us.</p>\n'
         '<h3 style="color:#1D3E6E">What we are doing for students</h3>\n<ul>\n'
         '<li>Our counsellor and two trained staff will be in the quiet room all day; any student can go there without asking.</li>\n'
         '<li>Students who were close to Ellie have been offered individual time, and their families have been contacted.</li>\n'
         '<li>We are following the local authority&#39;s critical incident guidance and have had advice from the '
         'educational psychology service.</li>\n</ul>\n'
         '<h3 style="color:#1D3E6E">How partners can help</h3>\n'
         '<p>If you work with a family whose child is at Putney Vale and who may be affected, please let us know so that '
         'we can look out for them. Grief can show itself weeks later - in sleep, behaviour or attendance - and that is '
         'normal.</p>\n'
         '<p style="font-size:9pt;color:#666666">This message is for information only. If you are ever worried that a '
         'child is at risk of harm, follow your own safeguarding procedures and contact the MASH; in an emergency call '
         '999.</p>\n'
         '<p>With thanks,<br><br>Ms Rachel Imrie<br>Headteacher, Putney Vale Academy</p>\n</body></html>\n')
    top = outlook_top(f, addr("Putney Vale Academy - Headteacher", "office@putneyvale.example.sch.uk"),
                      ", ".join([addr("Early Help Duty", REH), addr("School Nursing Team (Wandsworth)", "schoolnursing.wandsworth@nhs.example"),
                                 addr("Putney Safer Neighbourhood Team", "putney.snt@met-police.example.org")]),
                      "Memorial assembly for Ellie - Tuesday 11 February - information for partners", when,
                      mid_domain="PVAP265MB0124.GBRP265.PROD.OUTLOOK.COM")
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A MEMORIAL ASSEMBLY NOTICE from a headteacher to partner agencies (text + hand-written HTML): a "
        "Year 8 student died after a road collision; the assembly, the quiet room, counselling; the footer's 'at "
        "risk of harm ... safeguarding ... 999' is boilerplate. No child at risk, no request -> other -> "
        "human_review. The student who died is named by first name only ('Ellie') and is not labelled."
        + rule("richmond_wandsworth", "other"),
        not_children=["Rachel Imrie"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2087-01-23 08:02:11"
    data = google_reply(f, when, "Paul Ferris", "p.ferris@southfieldspark.example.sch.uk",
                        ("MASH Step Up", RMASH), "ACCEPTED",
                        "Step-up case discussion - Ferreira - Mosaic 3318402 [SB-richmond_wandsworth-5120]",
                        "20870124T140000Z", "20870124T150000Z", "Microsoft Teams Meeting",
                        "Fri 24 Jan 2087 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["3318402"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the school's "
        "DSL for the step-up case discussion MASH business support booked for richmond_wandsworth_01's family "
        "(Fri 24 January 14:00, times in UTC; invitation within 1 working day). The SUMMARY carries 'Mosaic 3318402' "
        "-> the bare number. record_reply." + rule("richmond_wandsworth", "meeting_reply"))

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2087-02-04 09:25:30"
    ack = ack_text("step-down", "SB-richmond_wandsworth-5161", [
        "Case: Mosaic 3299014", "Children: Amara Okafor-Bell (18/12/2075)",
        "Case discussion: Tuesday 4 February 2087, 11:00 (Microsoft Teams)"],
        ["consent: the family's consent to Early Help continuing the plan (your email says mum has declined)"])
    body = T("""
Morning,

Some good news before our discussion at 11. Amara's mum rang me yesterday afternoon - she has thought about it over the weekend, after the funeral on Friday, and has now given her consent to Early Help continuing the plan. She'd like the worker to be someone who can visit after 4pm, as she has gone back to work.

See you at 11.

Ciaran

Ciaran Doherty
Social Worker | Assessment and Intervention Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0392
""") + quote_chain([
        ("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "30 January 2087 13:27",
         "Doherty, Ciaran <Ciaran.Doherty@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-5161] Step-down request received - Mosaic 3299014", ack, None)])
    top = outlook_top(f, addr("Doherty, Ciaran", "Ciaran.Doherty@" + RDOM), addr("Early Help Duty", REH),
                      "RE: [SB-richmond_wandsworth-5161] Step-down request received - Mosaic 3299014", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3299014"],
        [ch("Amara Okafor-Bell", "2075-12-18", "18/12/2075")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-5161] (richmond_wandsworth_04's request) adding consent: mum 'has now "
        "given her consent to Early Help continuing the plan' -> consent true; the quoted acknowledgement's 'mum has "
        "declined' is the earlier state (the latest statement wins). DESIGN: follow_up -> attach_to_request, missing "
        "[]. Child, DOB and Mosaic id from the quoted acknowledgement; nothing of concern added -> concerns []."
        + rule("richmond_wandsworth", "follow_up"),
        not_children=["Ciaran Doherty"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2087-01-15 12:48:55"
    body = T("""
Dear MAST,

I'm the pastoral lead at Stepney Green Park Primary. I've tried your phone line twice and been held in a queue, so I am writing as well.

This morning Tanvir Islam in Year 6 (DOB 03/09/2075) told his class teacher that his mum flew to Bangladesh on Saturday for his nani's funeral in Sylhet, and that he and his sisters have been on their own since. Mum's friend, a Mrs Begum, was meant to come in every day; Tanvir says she came on Saturday and Sunday and they haven't seen her since.

His sister Ruma Islam (DOB 21/02/2080) is in our Year 2. She came in wearing the same clothes as on Monday and told her teacher she was cold because "the electric ran out" on Tuesday night - they have had no lights or heating since. Tanvir says he made them cereal with water for tea. Their little sister, Sadia Islam, is 2: Tanvir left her this morning with the lady in the flat downstairs, who he says "doesn't really speak English" and is "really old".

Mum's mobile goes straight to voicemail and the number we have for dad is no longer in use. Tanvir says mum told him she will be back "after the forty days". The children live at 9 Harford House, Ben Jonson Road, E1.

School finishes at 3.15pm. Tanvir is frightened of getting into trouble and asked us not to tell anyone. Please could a social worker call me on 020 7946 0632 before then.

Farzana Choudhury
Pastoral Lead and Deputy Designated Safeguarding Lead
Stepney Green Park Primary School
""")
    top = outlook_top(f, addr("Farzana Choudhury", "f.choudhury@stepneygreenpark.example.sch.uk"), addr("MAST", TMAST),
                      "Islam children - mum in Bangladesh - children on their own", when,
                      mid_domain="SGPP265MB0632.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Tanvir Islam", "2075-09-03", "03/09/2075"), ch("Ruma Islam", "2080-02-21", "21/02/2080"),
         ch("Sadia Islam")],
        ["neglect", "young_carer"], None, None, [], None, "alert_duty",
        "A FUNERAL ABROAD: the mother flew to Bangladesh for a funeral on Saturday, leaving an 11-year-old, a "
        "6-year-old and a 2-year-old alone since Sunday - no electricity or heating, cereal with water, the toddler "
        "left with an elderly neighbour, mum unreachable, back 'after the forty days'. DESIGN safety rule 1 -> "
        "urgent -> alert_duty before school ends at 3.15 (seed 001: contact MAST). A school's report to MAST, no "
        "step -> other. Sadia is named in full with her age only (dob null). neglect (left alone, no heat or food) + "
        "young_carer (Tanvir caring for his sisters)." + rule("tower_hamlets", "other", True),
        not_children=["Farzana Choudhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2087-03-03 16:20:14"
    body = T("""
Dear Early Help Hub,

I am the nurse in charge of the Adult Critical Care Unit at Whitechapel Royal Hospital today. I'm writing to you because a letter from your service (Lead Practitioner: Sabrina Ali, your ref Mosaic 2983407) was in our patient's handbag and it is the only contact we have.

Patient: Ms Leanne O'Hare, DOB 11/04/2049
Admitted: Saturday 1 March, 23:40, by HEMS after a road traffic collision on the A13. Intubated and ventilated, sedated, prognosis guarded. She has not been able to speak to us at any point. No next of kin recorded.

At 14:50 today the unit took a call from a girl who gave her name as Mia O'Hare, aged 13 (DOB 30/06/2073), asking when her mum is coming home. She told me:
- she and her brother, Charlie O'Hare (5), have been at home on their own since mum went out on Saturday night;
- they ran out of money on Sunday and have been eating what was in the freezer;
- Charlie has "a really high temperature" and has been sick twice today; she has been giving him water and a cold flannel;
- she didn't tell anyone before because she was scared they would be "taken away";
- there is no other adult she can think of; dad is "not around".
She gave the address as Flat 12, Lockhart House, Bow, E3. She hung up when I asked for her phone number, and the number was withheld.

We have not told Mia how poorly her mum is. Our hospital social worker is on leave this week. Please can someone go to the children. The unit's number is 020 7946 0555 - ask for the nurse in charge.

Joanna Pietrzak
Senior Staff Nurse, Adult Critical Care Unit
Whitechapel Royal Hospital
""")
    top = outlook_top(f, addr("Pietrzak, Joanna", "joanna.pietrzak@whitechapelroyal.nhs.example"), addr("Early Help Hub", TEH),
                      "Children at home alone - our patient in intensive care - Ms Leanne O'Hare", when,
                      mid_domain="WRHP265MB0555.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "urgent", "other", True, None, ["2983407"],
        [ch("Mia O'Hare", "2073-06-30", "30/06/2073"), ch("Charlie O'Hare")],
        ["young_carer"], None, None, [], None, "alert_duty",
        "A PARENT IN INTENSIVE CARE, in an ICU nurse's notes: the sole-carer mother ventilated since Saturday night; "
        "her 13-year-old rang the unit today - she and her 5-year-old brother have been alone since Saturday, no "
        "money, the boy feverish and vomiting, no other adult. No alarm word anywhere. DESIGN safety rule 1 -> urgent "
        "-> alert_duty (seed 001: contact MAST; stepbot alerts whoever can act, whichever inbox it reached). A "
        "hospital's report to the Early Help Hub, no step -> other. Concerns: Mia caring alone for her sick brother "
        "-> young_carer; neglect is not labelled because the mother is in intensive care, not failing to care (it "
        "could be argued). 'your ref Mosaic 2983407' -> the bare number. The mother (DOB 2049) is an adult."
        + rule("tower_hamlets", "other", True),
        not_children=["Leanne O'Hare", "Joanna Pietrzak", "Sabrina Ali"], adults=[("Leanne O'Hare", "11/04/2049")])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2087-01-28 11:15:40"
    body = T("""
Good morning,

Just to keep you informed, as the family have an Early Help plan with you (Lead Practitioner: Ms Amina Warsame at Limehouse Children and Family Centre).

Hodan Abdi (Year 9, DOB 14/05/2073) and her brother Yusuf Abdi (Year 5, DOB 09/10/2077) travelled to Hargeisa on 20 January with both of their parents for their grandfather's funeral. Dad came in to see me the week before they went; we authorised ten school days' leave for the funeral, and the family have sent us their return flights for Saturday 1 February.

Yesterday the head of year and I had a video call with Hodan, Yusuf and their mum. Both children were well and cheerful and are staying at their aunt's house with their cousins. Hodan showed us the schoolwork she has been keeping up with.

Because of Hodan's age and where the family have travelled, we followed our policy and asked the questions we always ask about FGM and forced marriage. Nothing the family or Hodan said, and nothing we know about them, suggests any concern: Hodan has always been very open with us and is looking forward to her options evening in March.

This is not a children missing education case and we have no safeguarding concerns. Their attendance before the trip was 98% and 97%. I'm only letting you know because the TAF review Ms Warsame booked for 30 January will need to move until after they are back.

Kind regards,

Delwar Hussain
Attendance and Welfare Officer
Bow Lock Academy
""")
    top = outlook_top(f, addr("Delwar Hussain", "d.hussain@bowlockacademy.example.sch.uk"), addr("Early Help Hub", TEH),
                      "FYI - Abdi family - abroad for a family funeral - no action needed", when,
                      mid_domain="BLAP265MB0120.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Hodan Abdi", "2073-05-14", "14/05/2073"), ch("Yusuf Abdi", "2077-10-09", "09/10/2077")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FUNERAL ABROAD WITH THE CHILDREN SAFE: two children in Hargeisa with both parents for their "
        "grandfather's funeral, authorised leave, return flights booked, seen well on a video call; the school's "
        "routine FGM / forced-marriage questions found 'nothing ... suggests any concern'; 'we have no safeguarding "
        "concerns' -> not urgent. A school's FYI, no step -> other -> human_review. Concerns []: authorised leave for "
        "a funeral with 98% / 97% attendance before it is not poor attendance; FGM and marriage are ruled out."
        + rule("tower_hamlets", "other"),
        not_children=["Delwar Hussain", "Amina Warsame"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2087-04-10 14:35:20"
    body = T("""
Dear Early Help Hub,

I am stepping the Baptiste children down to a Team Around the Family following their Child and Family Assessment, which concluded on Friday 4 April. The assessment and the draft TAF plan are attached.

Leo Baptiste - DOB 02/02/2081 - Mosaic 3004471
Nia Baptiste - DOB 19/06/2083 - Mosaic 3004472

Simone (mum) has consented to the step down and has agreed the TAF plan with me. Ms Olu Adebayo, Family Worker at Chrisp Street Children and Family Centre, has agreed to be the Lead Practitioner - she knows Nia from the centre's stay-and-play.

I have arranged the TAF meeting for Tuesday 15 April at 10am at Chrisp Street Children and Family Centre, and I will chair it.

You may hear from the health visitor that the children's dad, Jerome, is in intensive care at Whitechapel Royal - he had a cardiac arrest at the gym on Sunday and is in an induced coma. It is a frightening time for the family, but it doesn't change the plan and there are no safeguarding concerns. Simone is at the hospital during the day and the children are staying with her parents in Bethnal Green, who are caring for them really well; I visited there yesterday and both children were settled and playing. Simone's anxiety is the reason the family came to us in the first place, and we have talked about how she will look after herself over the next few weeks; she has her GP and her mum.

Kind regards,

Rahima Chowdhury
Social Worker | Child in Need Team | Tower Hamlets Council
020 7946 0418

""") + TDISC
    cfa = pdf_att("C&F Assessment - Baptiste - April 2087.pdf", "Child and Family Assessment - Baptiste", [
        "Children: Leo Baptiste (DOB 02/02/2081), Nia Baptiste (DOB 19/06/2083). Mosaic 3004471 / 3004472.",
        "Assessment started 10/02/2087; concluded 04/04/2087. Social worker: Rahima Chowdhury.",
        "Reason for assessment: mother's anxiety and panic attacks affecting routines; Leo's lateness.",
        "Analysis: mother engaging with GP and talking therapy; routines much improved; no significant harm.",
        "Outcome: no further statutory involvement; step down to a TAF with a Lead Practitioner.",
    ])
    plan = docx_att("Draft TAF plan - Baptiste.docx", [
        "# Draft TAF plan - Baptiste family",
        "Lead Practitioner: Olu Adebayo, Chrisp Street Children and Family Centre",
        "1. Mum keeps well - GP and talking therapy; Lead Practitioner checks in fortnightly.",
        "2. Morning routine for school and nursery - family worker, for six weeks.",
        "3. Nia's 3-year check and nursery place - health visitor.",
        "Review: first TAF review in six weeks."])
    top = outlook_top(f, addr("Chowdhury, Rahima", "Rahima.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Baptiste children - TAF Tues 15th April 10am", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3004471", "3004472"],
        [ch("Leo Baptiste", "2081-02-02", "02/02/2081"), ch("Nia Baptiste", "2083-06-19", "19/06/2083")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PARENT IN INTENSIVE CARE WITH THE CHILDREN SAFE: the father is in an induced coma after a "
        "cardiac arrest, but the children are with their grandparents, seen 'settled and playing'; 'there are no "
        "safeguarding concerns' -> not urgent. Complete Tower Hamlets step-down (C&F assessment .pdf, draft TAF plan "
        ".docx, consent 'Simone (mum) has consented to the step down', Lead Practitioner named with her agency) -> "
        "book_meeting. The TAF the social worker arranges on Tue 15 April is within 10 working days of the "
        "assessment's end (Fri 4 April). BST (+0100). Mum's anxiety -> parental_mental_health."
        + rule("tower_hamlets", "step_down"),
        not_children=["Rahima Chowdhury", "Olu Adebayo"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2087-03-21 10:50:05"
    body = T("""
Dear colleagues,

I am the key worker for the Uddin family, whose baby son Aariz died suddenly and unexpectedly at ten weeks old on 14 August 2086. I am writing with the family's agreement.

The joint agency response last August found no concerns about the care Aariz received. The post-mortem found no injuries and no cause of death (unascertained, consistent with sudden infant death syndrome), and the inquest concluded on 12 March 2087 with a conclusion of natural causes. The police investigation closed in October.

His brother and sister, Ayaan Uddin (DOB 08/08/2080) and Zara Uddin (DOB 30/11/2082), were seen as part of the joint agency response; there were no safeguarding concerns about them then and there are none now. The family's Child Death Overview Panel review is on Friday 25 April.

Mr and Mrs Uddin have had support from your Early Help practitioner, Mr Kamal Rahman, since September, and they asked me to tell you how much it has helped. Mrs Uddin is grieving deeply but is well supported by her family, her GP and a bereaved parents' group. They would like Mr Rahman to carry on after the review - in particular to support Ayaan, who has started asking lots of questions about death, and to help them prepare Zara for starting school in September.

Could you let me know whether the Early Help plan can continue beyond April?

With thanks,

Shirin Kaur
Child Death Review Key Worker
East London Child Death Review Partnership
""")
    top = outlook_top(f, addr("Shirin Kaur", "shirin.kaur@eastlondon-cdr.nhs.example"), addr("Early Help Hub", TEH),
                      "Uddin family - child death review concluded - can Early Help continue?", when,
                      mid_domain="ELCD265MB2508.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Ayaan Uddin", "2080-08-08", "08/08/2080"), ch("Zara Uddin", "2082-11-30", "30/11/2082")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A SUDDEN INFANT DEATH ALREADY REVIEWED: a baby died suddenly in August 2086; the joint agency "
        "response found no concerns, post-mortem no injuries, inquest 'natural causes', police closed; the siblings "
        "were seen, 'no safeguarding concerns ... then and ... none now' -> not urgent. A child death review key "
        "worker asking whether the Early Help plan can continue: no step request -> other -> human_review. The baby "
        "is named by first name only and is not labelled; the siblings are. Concerns []: grief, well supported."
        + rule("tower_hamlets", "other"),
        not_children=["Shirin Kaur", "Kamal Rahman"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2087-02-18 11:30:10"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Kayden Brooks (DOB 12/12/2074, Mosaic ID 2977318).

Kayden is 12. His nan, Mrs Joyce Brooks, brought him up from a baby and died in December. Since then he has lived with his mum in Poplar, whom he hardly knew. Mum uses crack cocaine and cannabis, and she told me herself that she "can't cope with him". Kayden has been reported missing twice since Christmas (27 January and 9 February, both overnight). The second time police found him in Stratford with older boys and £300 in cash he couldn't explain, and he has a new phone and new trainers. School say he has talked about "working for" someone. He is in school today and has been home every night since the 9th.

Mum has agreed to the referral to MAST.

I need to be honest that my manager doesn't agree this should step up yet: she thinks we should try a TAF with school and the youth service first, and she hasn't signed it off. School and I are worried enough that I'm sending it anyway so that MAST can look at it.

Jamal Haque
Targeted Early Help Practitioner | Early Help Service | Tower Hamlets Council
020 7946 0863

""") + TDISC
    marf = docx_att("MARF - Kayden Brooks - Feb 2087.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Kayden Brooks, DOB 12/12/2074. Mosaic ID 2977318.",
        "Address: Poplar, E14 (with mother).",
        "Referrer: Jamal Haque, Targeted Early Help Practitioner.",
        "Reason: missing overnight twice since Christmas; found with older males and unexplained cash; new phone and "
        "clothes; mother's drug use; death of his grandmother and main carer in December 2086.",
        "Parental consent: mother agrees to this referral.",
        "Manager's agreement: not signed - manager wishes to try a TAF first.",
    ])
    top = outlook_top(f, addr("Haque, Jamal", "Jamal.Haque@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Kayden Brooks - Mosaic ID 2977318", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2977318"],
        [ch("Kayden Brooks", "2074-12-12", "12/12/2074")],
        ["exploitation", "missing", "substance_misuse"], True, False, ["manager_agreed"], None, "request_info",
        "MAST step-up with the MARF attached (.docx -> request_for_support met) but MANAGER AGREEMENT REFUSED: 'my "
        "manager doesn't agree this should step up yet ... she hasn't signed it off' -> manager_agreed false -> "
        "missing (REQUIREMENTS, tower_hamlets step_up) -> request_info. 'Mum has agreed to the referral to MAST' -> "
        "consent true. Not urgent: he is in school and home every night since the last episode. 'Mosaic ID 2977318' "
        "-> the bare number. A 12-year-old whose grandmother and carer died: missing episodes -> missing; cash, phone, "
        "'working for' someone -> exploitation; mum's crack and cannabis -> substance_misuse."
        + rule("tower_hamlets", "step_up"),
        not_children=["Jamal Haque", "Joyce Brooks"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2087-01-13 09:00:44"
    body = T("""
Thank you for your email. I am on compassionate leave following a family bereavement and will be back on Monday 27 January. I will not be checking my emails.

For anything about a family I work with, please contact the Early Help Hub on 020 7946 0600 or EarlyHelpHub@towerhamlets.gov.uk.

If you are worried that a child is at immediate risk of harm, contact MAST on 0207 364 5606 / 5601 (out of hours, in an emergency only, 0207 364 4079) or call 999.

Sabrina Ali
Lead Practitioner | Early Help Service | Tower Hamlets Council
""")
    data = ooo(f, when, "Ali, Sabrina", "Sabrina.Ali@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-3381] TAF meeting recorded", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to a "
        "stepbot message: a Lead Practitioner on compassionate leave after a family bereavement; the 'immediate risk "
        "of harm ... 999' lines are boilerplate. DESIGN safety rule 2 -> auto_reply -> ignore; not urgent."
        + rule("tower_hamlets", "auto_reply"))

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2087-02-25 15:40:22"
    ack = ack_text("step-up", "SB-tower_hamlets-3502", [
        "Case: Mosaic ID 2977318", "Child: Kayden Brooks (12/12/2074)"],
        ["manager_agreed: your manager's agreement to the step-up"])
    body = T("""
Hi MAST,

An update on Kayden. After last Thursday's TAF with school and the youth service, Olwen has gone through the MARF with me and has now agreed the step-up - she is copied in.

Nothing new has happened since my first email; Kayden is in school today.

Thanks,
Jamal

Jamal Haque
Targeted Early Help Practitioner | Early Help Service | Tower Hamlets Council
020 7946 0863
""") + quote_chain([
        ("MAST <MAST@towerhamlets.gov.uk>", "18 February 2087 11:36", "Haque, Jamal <Jamal.Haque@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-3502] Step-up request received - Mosaic ID 2977318", ack, None)])
    top = outlook_top(f, addr("Haque, Jamal", "Jamal.Haque@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-3502] Step-up request received - Mosaic ID 2977318", when,
                      cc=addr("Fairclough, Olwen", "Olwen.Fairclough@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2977318"],
        [ch("Kayden Brooks", "2074-12-12", "12/12/2074")],
        [], None, True, [], None, "attach_to_request",
        "Follow-up to [SB-tower_hamlets-3502] (tower_hamlets_06's request): the manager 'has now agreed the step-up' "
        "and is copied in -> manager_agreed true (REQUIREMENTS 'How a requirement is met': the manager is copied and "
        "the mail says so); the earlier refusal is superseded. DESIGN: follow_up -> attach_to_request, missing []. "
        "Child and DOB from the quoted acknowledgement; 'Nothing new has happened' -> concerns []."
        + rule("tower_hamlets", "follow_up"),
        not_children=["Jamal Haque"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2087-02-11 12:05:33"
    body = T("""
Dear Sir or Madam,

I hope this is the right place to write to - I found this address on the council's website under "worried about a child". I am a funeral director in Paignton and in thirty-one years I have never had to do this before.

This morning at half past ten Mr Dan Trewin came in to arrange the funeral of his wife, Jenna, who died at home on Friday. He brought his little boy, Alfie Trewin, who is two.

Mr Trewin smelled strongly of drink and was unsteady on his feet. He had left Alfie strapped in his car seat in the car in our car park with the engine off - it was three degrees this morning - and it was forty minutes before my colleague heard him crying and brought him inside. Mr Trewin did not seem to notice.

When we were talking about the plot, he asked for a double one because "I won't need it to myself for long, I've got it all sorted." I asked him gently what he meant and he laughed and said I wouldn't understand. He said much the same to my colleague - that he would "be with Jen by the weekend".

He left at about twenty past eleven, driving, with Alfie in the back of the car. We tried to keep him talking but he would not stay. I have rung the mobile number he gave us three times and it goes to voicemail. The address he gave is 7 Coombe Vale Rise, Paignton.

I do not know the family beyond this morning, and I may be wrong, but I could not live with myself if I did not tell someone. I can be reached on 01632 960 418.

Yours faithfully,

Robert Tregenza
Funeral Director
Tregenza & Daughters Funeral Service, Paignton
""")
    top = outlook_top(f, addr("Robert Tregenza", "robert@tregenzafunerals.example.co.uk"), addr("Torbay MASH", BMASH),
                      "A worry about a father and his little boy (Mr Trewin)", when,
                      mid_domain="TDFS265MB0418.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Alfie Trewin")],
        ["neglect", "parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "A FUNERAL DIRECTOR'S LETTER, in a humane, hesitant voice: a newly widowed father, drunk, left his 2-year-old "
        "in a cold car for forty minutes, asked for a double plot because 'I won't need it to myself for long, I've "
        "got it all sorted' and 'be with Jen by the weekend', then drove off with the boy an hour ago; phone to "
        "voicemail. No alarm word anywhere. A parent signalling suicide, intoxicated, alone with a toddler -> urgent "
        "-> alert_duty (DESIGN safety rule 1). Someone outside services writing to MASH, no step -> other. Alfie "
        "Trewin named in full, age only. neglect (left in the car) + parental_mental_health + substance_misuse."
        + rule("torbay", "other", True),
        not_children=["Dan Trewin", "Robert Tregenza"])

def torbay_02():
    f = "torbay_02.eml"; when = "2087-03-06 13:25:48"
    body = T("""
Dear MASH,

I am Tegan Hockin's lead practitioner (Level 3 Early Help, EHM-904417). Tegan is 14 (DOB 17/10/2072) and lives with her dad, Steve, and her nan in Torquay. Her mum, Nicola, died very suddenly in January from a brain haemorrhage.

The school nurse at Torquay Vale Academy rang me at 12.40. Tegan has deep cuts across her left forearm, done last night with a blade from her dad's razor; two of them are gaping and the nurse thinks they need stitches. Tegan told the nurse she has been saving her nan's tablets for a month, that she has "about forty" in a sock in her wardrobe, and that she is going to take them tonight because it's her mum's birthday "and then I can be with her". She has written letters to her dad and her nan.

Tegan won't agree to go to A&E. She is in the medical room with the nurse now, but school finishes at 3.10 and she usually walks home alone. Her dad is a lorry driver and is in Scotland until Friday; her nan doesn't know any of this and Tegan has begged the nurse not to tell her. Since January Tegan's attendance has fallen to 74%.

I have spoken to dad on the phone: he is trying to get a flight home, and he agrees to me contacting MASH. I've talked it through with my team manager, Tamsin Verity (copied in), and we agree this needs to be considered for level 4 today.

I'm on my way to the school now - 07700 900 362.

Kerensa Pascoe
Family Support Worker (Level 3) | Torbay Early Help
01632 960 571

""") + BDISC
    top = outlook_top(f, addr("Pascoe, Kerensa", "Kerensa.Pascoe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Tegan Hockin (14) - EHM-904417 - today", when,
                      cc=addr("Verity, Tamsin", "Tamsin.Verity@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-904417"],
        [ch("Tegan Hockin", "2072-10-17", "17/10/2072")],
        ["school_attendance"], True, True, [], None, "alert_duty",
        "A CHILD'S GRIEF TURNING TO SELF-HARM: a 14-year-old whose mother died suddenly in January has gaping cuts "
        "from last night, a stash of about forty tablets, letters written, and says she will take them tonight, her "
        "mother's birthday; she walks home alone at 3.10 and her father is in Scotland. No alarm word anywhere. DESIGN "
        "safety rule 1 -> urgent -> alert_duty. The lead practitioner's contact to MASH (seed 002, step-up from level "
        "3 to level 4), complete: 'he agrees to me contacting MASH' -> consent true; 'we agree this needs to be "
        "considered for level 4' (team manager copied) -> manager true -> nothing missing. Concerns: the contract "
        "has no id for a child's own self-harm or suicidal intent; attendance fallen to 74% -> school_attendance."
        + rule("torbay", "step_up", True),
        not_children=["Kerensa Pascoe", "Tamsin Verity"])

def torbay_03():
    f = "torbay_03.eml"; when = "2087-01-20 15:05:12"
    text = T("""
Hi, sorry, writing from my phone in the car park. Is this the right place? The family's Early Help worker Sam Dunstan is on leave and this was the address on his out of office.

I'm the counsellor at Barton Hill Primary. I've just seen Lily-Rose Tapper in Y6 (DOB 05/12/2076). Her dad died by suicide in the garage at home in November.

Today she told me mum keeps saying she wants to "go the same way as daddy". Last night mum told her she "won't be here by the weekend" and that Lily-Rose and her brother "will be better off with Nanny Sue". Lily-Rose says mum is drinking wine from when she gets up, and on Saturday she found mum standing in the garage in the dark "looking at the beam where daddy was".

Lily-Rose is frightened to go home tonight and asked if she could come home with me. Her brother Jacob Tapper is 6 and in Y1 here.

Mum is picking them both up at 3.30. I've rung her twice - no answer. Nanny Sue lives in Exeter and I don't have a number.

I really don't know what to do. 07700 900 944

Jo Penhaligon
School Counsellor

Sent from my iPhone
""")
    top = plain_top(f, addr("Jo Penhaligon", "jo.penhaligon@torbayschoolscounselling.example.org"),
                    addr("Torbay Early Help", BEH), "Lily-Rose Tapper - worried about tonight", when,
                    "torbayschoolscounselling.example.org", "iPhone Mail (22D72)")
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lily-Rose Tapper", "2076-12-05", "05/12/2076"), ch("Jacob Tapper")],
        ["parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "A SUICIDE IN THE FAMILY, from a school counsellor's iPhone (format=flowed): the father died by suicide in "
        "November; the mother now says she wants to 'go the same way as daddy', 'won't be here by the weekend', "
        "stood in the garage looking at the beam, drinks from morning; the 10-year-old is frightened to go home and "
        "mum collects both children at 3.30 today. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty. A counsellor's report to the Early Help inbox, no step -> other. Jacob Tapper named in full, "
        "age only. parental_mental_health + substance_misuse." + rule("torbay", "other", True),
        not_children=["Jo Penhaligon", "Sam Dunstan"])

def torbay_04():
    f = "torbay_04.eml"; when = "2087-01-28 10:10:25"
    body = T("""
Hello Early Help,

Please could I have a triage slot for the Widger family, stepping down from the Single Assessment Team to level 3 Early Help:

Harry Widger, DOB 23/04/2078 (8)
Poppy Widger, DOB 11/09/2083 (3) - so I think this will be the under-5s triage
LCS-3911208

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager's analysis confirming the threshold for level 3 is met. Mum (Kelly) has given her consent for level 3 Early Help.

One thing for the panel to know: the children's grandad, Kelly's dad, who lives with them, has terminal lung cancer and is now having end-of-life care at home. The hospice team expect that he will die within the next few weeks. The family are coping well and this is not a safeguarding matter: the Bay View Hospice family support worker sees Harry every week, school know and have a plan, and Kelly's sister is staying to help. Kelly has been open with both children, in words they understand, about what is happening.

The needs for Early Help are Harry's attendance (86%) and Kelly's wish for help with Harry's behaviour and with routines.

Thanks,
Morwenna

Morwenna Hext
Social Worker | Single Assessment Team | Torbay Council
01632 960 327

""") + BDISC
    sa = pdf_att("Single Assessment - Widger - Jan 2087.pdf", "Single Assessment - Widger (LCS-3911208)", [
        "Children: Harry Widger (23/04/2078), Poppy Widger (11/09/2083). Mother: Kelly Widger.",
        "Reason for assessment: school's concern about Harry's attendance and behaviour; mother asking for help.",
        "Social worker's analysis: no child protection concerns; mother's care is warm and consistent; needs are",
        "attendance, behaviour and routines, and support through maternal grandfather's terminal illness.",
        "Rationale for step down: needs can be met by a level 3 coordinated Early Help response.",
        "Team Manager's analysis: I have read the assessment and agree the decision to step down. I am satisfied",
        "that the threshold for level 3 intervention is met. - Silas Penrose, Team Manager, 24/01/2087",
    ])
    top = outlook_top(f, addr("Hext, Morwenna", "Morwenna.Hext@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot please - Widger - LCS-3911208 - under 5", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-3911208"],
        [ch("Harry Widger", "2078-04-23", "23/04/2078"), ch("Poppy Widger", "2083-09-11", "11/09/2083")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A GRANDPARENT'S EXPECTED DEATH WITH THE FAMILY COPING: grandad is dying at home with hospice "
        "care, 'The family are coping well and this is not a safeguarding matter' -> not urgent. Complete Torbay "
        "step-down (Single Assessment .pdf with the team manager's analysis; 'my team manager's analysis confirming "
        "the threshold for level 3 is met' -> manager true; 'has given her consent for level 3 Early Help' -> "
        "consent true; level 3 written) -> book_meeting. Poppy is 3 -> the fortnightly under-5s triage. Harry's 86% "
        "-> school_attendance." + rule("torbay", "step_down"),
        not_children=["Morwenna Hext", "Kelly Widger", "Silas Penrose"])

def torbay_05():
    f = "torbay_05.eml"; when = "2087-03-13 09:35:10"
    ack = T("""
Your triage slot is confirmed.

Reference: SB-torbay-1884
Case: LCS-3907716
Children: Jake Polglase (04/07/2075), Ava Polglase (16/01/2081)
Triage: Tuesday 18 March 2087, 10:00 (Microsoft Teams)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Morning,

Thanks for the slot on Tuesday. One thing I'd like added to the triage notes, so nobody is caught off guard.

Next Wednesday (19 March) is the first anniversary of the children's dad's death. Around his funeral last March, Jake cut his arm - the only time he has ever self-harmed. CAMHS saw him the next day and discharged him in June with a safety plan that is still in place, and there has been no self-harm since.

The day itself has been planned with Jake: school know, his nan is staying over that week, and they are going to the cemetery together after school and then for tea at his dad's favourite chippy. His CAMHS worker has offered a phone check-in that evening and Jake has her number. When I saw him yesterday he said he's "OK, a bit nervous", and he wants to go to school as normal.

Nothing needs doing now - this is just for the notes.

Callum

Callum Nance
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 284
""") + quote_chain([
        ("Torbay Early Help <earlyhelp@torbay.gov.uk>", "11 March 2087 14:20", "Nance, Callum <Callum.Nance@torbay.gov.uk>",
         "[SB-torbay-1884] Triage slot confirmed - LCS-3907716", ack, None)])
    top = outlook_top(f, addr("Nance, Callum", "Callum.Nance@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-1884] Triage slot confirmed - LCS-3907716", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "near_miss", "follow_up", False, None, ["LCS-3907716"],
        [ch("Jake Polglase", "2075-07-04", "04/07/2075"), ch("Ava Polglase", "2081-01-16", "16/01/2081")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A CHILD'S ANNIVERSARY REACTION ALREADY SUPPORTED: the first anniversary of the father's death is "
        "next Wednesday; Jake cut his arm once, last March, was seen by CAMHS and discharged with a safety plan, 'no "
        "self-harm since'; the day is planned with him, his nan and school; 'Nothing needs doing now' -> not urgent. "
        "A reply to [SB-torbay-1884] adding a note for triage -> follow_up -> attach_to_request, missing []. "
        "Children and DOBs from the quoted confirmation. Concerns []: past self-harm, a planned-for day."
        + rule("torbay", "follow_up"),
        not_children=["Callum Nance"])

def torbay_06():
    f = "torbay_06.eml"; when = "2087-03-05 14:55:38"
    body = T("""
Hello MASH,

I'm the lead practitioner for Riley Gilpin (DOB 28/08/2079), who is 7 and open to Early Help at level 3 (EHM-905562). I've discussed new information with my team manager, Ursula Kemp, and we agree it needs to be considered for level 4.

Riley's mum, Kelly-Ann, died in 2085. He lives with his dad, Shane, in Brixham. Since Christmas school have seen a real change: Riley comes in hungry most days (breakfast club say he eats three bowls), his uniform isn't washed, he has had head lice since January, and twice he has been left at the school gate at the end of the day until half four. Dad has told me he has been drinking "a few cans" most nights since he lost his job, and he smelled of drink when he collected Riley last Thursday.

I asked dad yesterday if he would consent to me making a contact to MASH and he refused - he said "no social services, not after what they did when Kelly-Ann died". I told him I would have to let you know about the changes anyway.

Nothing is happening today that can't wait for your threshold discussion: Riley is at breakfast club and after-school club this week, and his nan (dad's mum) is collecting him.

Bethany Luxton
Family Support Worker | Torbay Early Help
01632 960 213

""") + BDISC
    top = outlook_top(f, addr("Luxton, Bethany", "Bethany.Luxton@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up to MASH - Riley Gilpin - EHM-905562", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-905562"],
        [ch("Riley Gilpin", "2079-08-28", "28/08/2079")],
        ["neglect", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead practitioner's contact to MASH, seed 002) with CONSENT REFUSED: 'he refused - he "
        "said \"no social services ...\"' -> consent false -> 'consent' missing (REQUIREMENTS, torbay step_up: "
        "consent, manager_agreed) -> request_info. Manager: 'my team manager ... and we agree it needs to be "
        "considered for level 4' -> true. Not urgent: 'Nothing is happening today that can't wait', nan collecting. "
        "A father widowed in 2085: hunger, unwashed uniform, lice, left at the gate -> neglect; drinking most nights "
        "-> substance_misuse." + rule("torbay", "step_up"),
        not_children=["Bethany Luxton", "Ursula Kemp"])

def torbay_07():
    f = "torbay_07.eml"; when = "2087-04-14 11:20:14"
    body = T("""
Hi Early Help,

Could I please have a triage slot for Oscar Hannaford (DOB 30/01/2076, 11), LCS-3924405, stepping down from a CIN plan in the Safeguarding and Supporting Families Team to level 3 Early Help.

Mum, Lisa, consented to level 3 Early Help at the CIN review on 8 April and signed the form.

I've attached the Single Assessment update with my analysis. My team manager, Silas Penrose, is going through it this week and will add his sign-off before triage - I'll let you know when he has.

Oscar's dad died in an accident at work in 2085. The plan has been about mum's depression, which is much better, and Oscar's attendance, which is 79%.

Thanks,
Hollie

Hollie Tamblyn
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 390

""") + BDISC
    sa = binary_part(DOCM, "Single Assessment update - Hannaford - April 2087.docm", make_docx([
        "# Single Assessment update - Oscar Hannaford (LCS-3924405)",
        "Social worker's analysis: CIN plan outcomes met; mother's depression treated; attendance 79%.",
        "Team Manager's analysis: [to be completed]"]))
    top = outlook_top(f, addr("Tamblyn, Hollie", "Hollie.Tamblyn@" + BDOM), addr("Torbay Early Help", BEH),
                      "Request for triage slot - Oscar Hannaford - LCS-3924405", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3924405"],
        [ch("Oscar Hannaford", "2076-01-30", "30/01/2076")],
        ["parental_mental_health", "school_attendance"], True, None, ["assessment", "manager_agreed"], None,
        "request_info",
        "Torbay SASF-route step-down, level 3 written. THE SINGLE ASSESSMENT IS A MACRO-ENABLED .docm -> refused, "
        "meets nothing (REQUIREMENTS 'How a requirement is met') -> assessment missing. MANAGER PENDING: 'is going "
        "through it this week and will add his sign-off before triage' -> null -> manager_agreed missing. 'consented "
        "to level 3 Early Help ... and signed the form' -> consent true. -> request_info. BST (+0100), the Monday "
        "before the Easter weekend. Mum's depression -> parental_mental_health; 79% -> school_attendance."
        + rule("torbay", "step_down"),
        not_children=["Hollie Tamblyn", "Silas Penrose"])

def torbay_08():
    f = "torbay_08.eml"; when = "2087-01-30 08:40:22"
    data = itip_reply(f, when, "Hext, Morwenna", "Morwenna.Hext@" + BDOM, ("Torbay Early Help", BEH), "ACCEPTED",
                      "Under-5s step-down triage - Widger - LCS-3911208 [SB-torbay-1840]",
                      "20870204T113000", "20870204T120000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3911208"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar; method=REPLY), PARTSTAT=ACCEPTED, no comment, "
        "from the social worker for torbay_04's under-5s triage slot (Tue 4 February 11:30, within 5 working days of "
        "the request). The SUMMARY carries LCS-3911208. record_reply." + rule("torbay", "meeting_reply"))

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2087-01-24 17:40:05"
    body = T("""
Hello,

I am sorry for my English. My name is Ioana Dumitrescu, I am the sister of Andreea Popescu who die on 14 january in the car accident on the A44 near Kington. I live in Romania, in Iasi. I find this email on the Herefordshire council website, for help for families.

Andreea has two children, Matei Popescu (7 years, born 02.06.2079) and Sofia Popescu (4 years, born 19.10.2082). After the accident the children stay with the boyfriend of Andreea, Gary. He is not the father of them. The father is in Romania and is not in contact since many years.

Today Matei call me on WhatsApp video, one hour ago. He was crying very much. He say Gary is drunk since the morning and he hit him with the belt on the legs and on the back because Sofia make pee in the bed. Matei show me on the camera, his legs are red with lines. I hear Gary shouting in the house. Matei say Gary tell them if they tell somebody he will put them "in the street". Now Matei does not answer the phone.

I try to call 999 but it does not work from Romania. I have a flight on Monday, I cannot come before. The house is 3 Orchard Close, Kington. Please, please send somebody to the children tonight. I am very afraid for them.

Thank you,
Ioana Dumitrescu
+40 700 900 123 (WhatsApp)
""")
    top = plain_top(f, addr("Ioana Dumitrescu", "ioana.dumitrescu@mail.example.ro"), HEH,
                    "Please help the children of my sister Andreea - Kington", when, "mail.example.ro", None)
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Matei Popescu", "2079-06-02", "02.06.2079"), ch("Sofia Popescu", "2082-10-19", "19.10.2082")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "A RELATIVE ABROAD, IN NON-NATIVE ENGLISH, at 17:40 on a Friday (out of hours): the aunt in Romania writes "
        "that since their mother died in a crash on 14 January the 7- and 4-year-old live with her boyfriend, who "
        "is not their father; today he was drunk from the morning and beat the 7-year-old with a belt (she saw the "
        "red lines on a video call), threatened them, and the boy no longer answers. No alarm word anywhere. DESIGN "
        "safety rule 1 -> urgent -> alert_duty (the Emergency Duty Team at this hour). A relative's plea to the "
        "Early Help co-ordinators' address, no step -> other. DOBs written dd.mm.yyyy. physical_harm + "
        "substance_misuse." + rule("herefordshire", "other", True),
        not_children=["Ioana Dumitrescu", "Andreea Popescu"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2087-04-02 10:15:40"
    ack = ack_text("step-down", "SB-herefordshire-1950", [
        "Case: Mosaic 781204, 781205", "Children: Cody Bevan (14/03/2078), Ellie-Mae Bevan (27/07/2081)",
        "Step-down drop-in: Tuesday 18 March 2087, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

As promised, the updated chronology for the Bevan children is attached, for the MAG next week. Sian (our family support worker) updated it this morning - I haven't had a chance to read through her latest entries as I'm in court all day, but I didn't want to hold it up.

As you'll know, the children's mum, Kerry, died suddenly on 24 March. The plan will need looking at again in the light of that, and I'll ring you when I'm out of court.

Nia

Nia Prosser
Social Worker | Leominster Locality Team | Herefordshire Council
01632 960 655

""") + HDISC + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "14 March 2087 15:12",
         "Prosser, Nia <Nia.Prosser@herefordshire.gov.uk>",
         "[SB-herefordshire-1950] Step-down request received - Mosaic 781204", ack, None)])
    chron = docx_att("Chronology - Bevan children - updated 02.04.2087.docx",
                     ["# Chronology - Cody and Ellie-Mae Bevan (Mosaic 781204 / 781205)",
                      "Maintained by Sian Jones, Family Support Worker. Most recent entry last."],
                     tables=[[
                         ["Date", "Entry", "By"],
                         ["03/02/2087", "CIN review: agreed to step down to Early Help at level 3; mum consents.", "NP"],
                         ["14/03/2087", "Step-down plan and signed consent form sent to the Early Help co-ordinators.", "NP"],
                         ["24/03/2087", "Mum (Kerry Bevan) died suddenly at home (suspected heart condition). Children "
                          "went to maternal grandmother, Mrs Pat Bevan, in Leominster.", "SJ"],
                         ["27/03/2087", "Home visit to grandmother's. Children grieving, well cared for. Plan: children "
                          "to live with grandmother. Father, Lee Harding, has had no contact since 2084: convicted of "
                          "assaulting Kerry in 2084; non-molestation order protecting Kerry; long history of heavy "
                          "drinking.", "SJ"],
                         ["01/04/2087", "Funeral, Leominster. Children attended with grandmother.", "SJ"],
                         ["02/04/2087 09:20", "Call from Mrs Bevan. At the wake yesterday afternoon Lee Harding arrived "
                          "uninvited and drunk, shouting that he is their father and 'nobody is keeping them from me "
                          "now'. At about 6pm he took Cody and Ellie-Mae to his flat in Ryelands Street, Leominster, "
                          "pushing Mrs Bevan against the door when she tried to stop him. He has not brought them "
                          "back. At 08:50 today he texted her: 'they're mine now. try and take them and you'll regret "
                          "it'. Police attended last night and told Mrs Bevan it is a civil matter as he has parental "
                          "responsibility. Ellie-Mae's inhaler is at nan's. Mrs Bevan very distressed. SW to be told.", "SJ"],
                     ]])
    top = outlook_top(f, addr("Prosser, Nia", "Nia.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1950] Step-down request received - Mosaic 781204", when)
    add(f, mail(f, top, body, [chron], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["781204", "781205"],
        [ch("Cody Bevan", "2078-03-14", "14/03/2078"), ch("Ellie-Mae Bevan", "2081-07-27", "27/07/2081")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "THE URGENT FACT IS ONLY IN THE ATTACHMENT (DESIGN safety rule 1: every part is read, attachments included): "
        "a routine follow-up to [SB-herefordshire-1950] sends an updated chronology the social worker has not read; "
        "its last entry (09:20 today) says that at the wake of the children's mother the father - convicted of "
        "assaulting her, a heavy drinker, no contact for three years - took the 9- and 5-year-old, pushed the "
        "grandmother, has not returned them and texted 'try and take them and you'll regret it'; police call it civil. "
        "No alarm word anywhere. Urgent -> alert_duty before attach_to_request. Children, DOBs and Mosaic ids from the "
        "quoted acknowledgement. domestic_abuse (his violence to their mother, the grandmother, the threat) + "
        "substance_misuse. BST (+0100)." + rule("herefordshire", "follow_up", True),
        not_children=["Nia Prosser", "Lee Harding", "Kerry Bevan", "Pat Bevan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2087-03-18 11:55:20"
    body = T("""
Dear Early Help co-ordinators,

Following my discussion with Bronwen at this morning's drop-in, please find attached the Early Help Assessment step-down plan and the signed consent form for the Jenkins children, stepping down at level 3:

Isaac Jenkins - DOB 09/09/2077 - Mosaic 779530
Evie Jenkins - DOB 14/01/2081 - Mosaic 779531

Key person: Mrs Karen Lloyd, Pastoral Support Worker at Ross Meadow Primary School, who knows both children well and has agreed to lead. Laura signed the consent form at my visit on 11 March.

I want to be open about one thing in the plan. The children's dad, Owain, died in September after a short illness, and at my visit on 3 March their mum, Laura, said that some mornings she wishes she hadn't woken up. I asked her about it straight away, and she saw her GP and the crisis team that afternoon: she has no plans or intention to end her life, she says the children are what keeps her going, and she agreed a safety plan. She is on medication, sees a bereavement counsellor every week, and her sister stays every weekend. I have seen her twice since and she has been open with me both times. There is no current risk to Laura or the children, and she is keen for Early Help to help with routines and with Isaac's anger.

Thank you,

Rhodri Beddoes
Social Worker | Ross-on-Wye Locality Team | Herefordshire Council
01632 960 731

""") + HDISC
    plan = docx_att("EHA step-down plan - Jenkins.docx", [
        "# Early Help Assessment - step-down plan (level 3)", "Children: Isaac Jenkins, Evie Jenkins",
        "What are we worried about? Mum's grief and low mood since dad's death; Isaac's anger at home and school.",
        "What's working well? Mum is open with professionals; her sister helps every weekend; both children attend well.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Mum continues with her GP, medication and bereavement counsellor - mum - ongoing.",
        "2. Isaac to see the school's ELSA weekly - Mrs Lloyd - from April.",
        "3. Routines plan for mornings and bedtimes - family support worker - 6 weeks.",
        "Key person: Mrs Karen Lloyd, Pastoral Support Worker, Ross Meadow Primary School."])
    consent = pdf_att("Consent form - Jenkins - signed.pdf", "Early Help - consent to step down", [
        "I agree to my family receiving Early Help support and to information being shared with the Early Help",
        "co-ordinator team and the key person named in the plan.",
        "Children: Isaac Jenkins, Evie Jenkins",
        "Signed: Laura Jenkins (mother)        Date: 11/03/2087",
    ])
    top = outlook_top(f, addr("Beddoes, Rhodri", "Rhodri.Beddoes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Jenkins children - plan and consent attached", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["779530", "779531"],
        [ch("Isaac Jenkins", "2077-09-09", "09/09/2077"), ch("Evie Jenkins", "2081-01-14", "14/01/2081")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A GRIEVING PARENT, ASSESSED AND SUPPORTED: a widowed mother said two weeks ago that some "
        "mornings she wishes she hadn't woken up; seen by her GP and the crisis team the same day, 'no plans or "
        "intention', a safety plan, counselling, 'There is no current risk to Laura or the children' -> not urgent. "
        "Complete Herefordshire step-down (plan .docx with the wellbeing plan, signed consent form .pdf -> "
        "consent_form met, 'Laura signed the consent form' -> consent true, key person with agency; level 3 "
        "written) -> book_meeting. Mum's grief and low mood -> parental_mental_health (Isaac's anger is no "
        "contract id)." + rule("herefordshire", "step_down"),
        not_children=["Rhodri Beddoes", "Karen Lloyd", "Laura Jenkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2087-03-10 09:20:00"
    body = T("""
Good morning,

I'm a funeral arranger at Wye Valley Family Funerals in Ross-on-Wye. Forgive me if this has come to the wrong place.

We are looking after the funeral of a little girl of three, Rosie, who died at Birmingham Children's Hospital last week after a long illness. Her family are lovely - very close, and very well supported by the children's hospice, their GP and their church - and everything is in hand for the service on Friday.

Her big brother, Ethan Hale, is seven. His mum and dad told me he has stopped sleeping in his own bed and won't let his mum out of his sight, and they asked me whether there is anyone locally who helps brothers and sisters after a death. I said I would find out. I don't think anything is wrong at home at all - they are doing everything right - I just don't want Ethan to get lost in all of this.

If Early Help can offer something, his mum, Gemma Hale, has said I can pass on her number: 07700 900 127. If not, could you point me to the right place?

With thanks,

Susan Pritchard
Funeral Arranger
Wye Valley Family Funerals
""")
    top = outlook_top(f, addr("Susan Pritchard", "susan@wyevalleyfunerals.example.co.uk"), addr("Early Help Co-ordinators", HEH),
                      "Support for a little boy whose sister has died - is this something Early Help does?", when,
                      mid_domain="WVFF265MB0127.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Ethan Hale")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FUNERAL ARRANGER ASKING FOR A GRIEVING BROTHER: a 3-year-old died in hospital after a long "
        "illness; her 7-year-old brother is clingy and not sleeping; the family are 'very well supported', 'I don't "
        "think anything is wrong at home at all'. A child's death but no risk to anyone -> not urgent. An enquiry "
        "about what Early Help offers, no step -> other -> human_review. Ethan Hale named in full, age only; the "
        "child who died is named by first name only and is not labelled. Concerns []: grief is no contract concern. "
        "'has said I can pass on her number' is no consent to a service -> null." + rule("herefordshire", "other"),
        not_children=["Susan Pritchard", "Gemma Hale"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2087-01-08 14:05:12"
    blocks = [
        "Dear Early Help Co-ordinator team,",
        "",
        "Following my conversation with Bronwen on Monday, please find attached the Early Help Assessment step-down "
        "plan (level 3 - Intensive) for the Bowen sibling group, and mum's signed consent form. Mum signed the consent "
        "form at the CIN review on 6 January.",
        "",
        ("table", [
            ["Mosaic ID", "Name", "Date of birth"],
            ["776610", "Alfie Bowen", "22/02/2074"],
            ["776611", "Mia Bowen", "03/08/2077"],
            ["776612", "Lola Bowen-Price", "15/05/2082"],
        ]),
        "",
        "Key person: Mr Daniel Kerr, Family Support Worker at Hereford City Family Hub (01632 960 742), who has met mum "
        "and the children and has agreed to lead the plan.",
        "",
        "The CIN plan ended at the review on 6 January. The needs that remain are mum's anxiety, which is much better "
        "with her GP's support, and Alfie's attendance (83%). The children's grandad died just before Christmas; the "
        "family are sad but managing well together, and school know.",
        "",
        "Kind regards,",
        "Catrin",
        "",
        "Catrin Lewis",
        "Social Worker | Hereford City Team | Herefordshire Council",
        "01632 960 588",
        "",
        HDISC.strip(),
    ]
    plan = docx_att("EHA step-down plan - Bowen family.docx", [
        "# Early Help Assessment - step-down plan (level 3 - Intensive)",
        "Children: Alfie Bowen, Mia Bowen, Lola Bowen-Price",
        "What are we worried about? Mum's anxiety; Alfie's attendance (83%).",
        "What's working well? Warm relationships; mum engaged with her GP; maternal aunt nearby.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Attendance plan for Alfie - school and Mr Kerr - 95% by the summer term.",
        "2. Mum to continue with her GP and an anxiety group - mum - ongoing.",
        "Key person: Mr Daniel Kerr, Hereford City Family Hub."])
    consent = pdf_att("Consent form signed - Bowen.pdf", "Early Help - consent", [
        "I consent to my family receiving Early Help support.",
        "Children: Alfie Bowen, Mia Bowen, Lola Bowen-Price",
        "Signed: Hayley Bowen (mother)        Date: 06/01/2087",
    ])
    top = outlook_top(f, addr("Lewis, Catrin", "Catrin.Lewis@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bowen family (sibling group)", when)
    add(f, word_mail(f, top, blocks, [plan, consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["776610", "776611", "776612"],
        [ch("Alfie Bowen", "2074-02-22", "22/02/2074"), ch("Mia Bowen", "2077-08-03", "03/08/2077"),
         ch("Lola Bowen-Price", "2082-05-15", "15/05/2082")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire SIBLING-GROUP step-down in an Outlook Word table (MsoTableGrid, tab-separated text "
        "twin): three children, one with a different surname, Mosaic ids in their own column (bare numbers); plan "
        ".docx, signed consent form .pdf ('Mum signed the consent form') -> consent_form met, consent true; key "
        "person named with agency; 'level 3 - Intensive' written -> level 3. -> book_meeting. The grandfather's "
        "death at Christmas is background. Mum's anxiety -> parental_mental_health; Alfie's 83% -> school_attendance."
        + rule("herefordshire", "step_down"),
        not_children=["Catrin Lewis", "Daniel Kerr", "Hayley Bowen"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2087-02-26 16:10:02"
    body = T("""
Hi co-ordinators,

I'd like to step Kai Meredith (DOB 30/11/2075, Mosaic 780044) down to Early Help. Mum's signed consent form is attached - she signed it at my visit yesterday.

The step-down plan is on Mosaic in the Step Down to Early Help workflow - it wouldn't export, so please could you look at it there.

Key person: tbc. I've asked the school nurse whether she'll take it on and I'm waiting to hear back.

Kai's dad died in prison last summer. Kai is 11. The worries now are his attendance (80%) and mum's cannabis use, which she is cutting down with the drug service's help.

Thanks,
Gareth

Gareth Powell
Social Worker | Bromyard and Ledbury Locality Team | Herefordshire Council
01632 960 219

""") + HDISC
    consent = pdf_att("Consent form - Kai Meredith - signed 25.02.2087.pdf", "Early Help - consent", [
        "I consent to my family receiving Early Help support.",
        "Child: Kai Meredith, DOB 30/11/2075",
        "Signed: Donna Meredith (mother)        Date: 25/02/2087",
    ])
    top = outlook_top(f, addr("Powell, Gareth", "Gareth.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kai Meredith - consent form attached", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["780044"],
        [ch("Kai Meredith", "2075-11-30", "30/11/2075")],
        ["school_attendance", "substance_misuse"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the signed consent form .pdf ('she signed it at my visit yesterday' -> consent "
        "true, consent_form met) but THE PLAN IS ONLY ON MOSAIC ('it wouldn't export'), neither attached nor pasted "
        "-> draft_plan missing (REQUIREMENTS 'How a requirement is met'); key person 'tbc' -> lead_practitioner "
        "missing -> request_info. No level written -> null. A father's death in prison is background. 80% -> "
        "school_attendance; mum's cannabis -> substance_misuse." + rule("herefordshire", "step_down"),
        not_children=["Gareth Powell", "Donna Meredith"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2087-02-13 15:25:45"
    body = T("""
Hello MASH,

I'd like to ask for Tyler-James Preece (DOB 19/01/2080, Mosaic 778812) to be stepped up from Early Help to Children's Services.

Tyler-James is 7. His dad died of an overdose in May 2086, and since then mum has been drinking heavily. At my last three visits there was very little food in the house, Tyler-James had on the same clothes each time, and he had sores on his hands that haven't been seen by the GP. Mum has cancelled four of my last six visits and didn't come to the last TAF.

My manager, Owen Bright, agrees this needs to step up. Mum knows I'm asking but hasn't said whether she agrees.

Amy

Amy Gwilliam
Family Support Worker | Herefordshire Early Help
01632 960 476

""") + HDISC
    top = outlook_top(f, addr("Gwilliam, Amy", "Amy.Gwilliam@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Tyler-James Preece - Mosaic 778812", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["778812"],
        [ch("Tyler-James Preece", "2080-01-19", "19/01/2080")],
        ["neglect", "non_engagement", "substance_misuse"], None, True, [], None, "human_review",
        "A STEP-UP TO HEREFORDSHIRE, WHOSE PROTOCOL DEFINES NONE: REQUIREMENTS 'step_up is not defined by this "
        "seed' -> human_review, and missing [] for an undefined kind. Not urgent. 'My manager ... agrees this needs "
        "to step up' -> true; 'hasn't said whether she agrees' -> consent null. A father's overdose death in 2086 is "
        "background. Little food, same clothes, untreated sores -> neglect; mum drinking heavily -> "
        "substance_misuse; four of six visits cancelled, missed TAF -> non_engagement. 'Mosaic 778812' -> bare number."
        + rule("herefordshire", "step_up"),
        not_children=["Amy Gwilliam", "Owen Bright"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2087-04-04 16:30:00"
    body = T("""
Thank you for your email. I am on leave from Friday 4 April and will reply when I am back on Tuesday 22 April.

If your email is about a child's safety, please contact the Herefordshire MASH, or call 999 in an emergency.

Karen Lloyd
Pastoral Support Worker, Ross Meadow Primary School
""")
    top = [("From", addr("Karen Lloyd", "k.lloyd@rossmeadow.example.sch.uk")), ("To", HEH),
           ("Subject", "Away until Tuesday 22 April"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.gmail.example")), ("Auto-Submitted", "auto-replied"),
           ("In-Reply-To", "<SB-herefordshire-3107.key-person@stepbot.invalid>")]
    add(f, build(top, text_part(body, cte="7bit"), False), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder from herefordshire_03's key person to a stepbot message: only 'Auto-Submitted: "
        "auto-replied' marks it (custom subject, no 'Automatic reply:', no X-Auto-Response-Suppress); its 'child's "
        "safety ... 999' line is boilerplate. DESIGN safety rule 2 -> auto_reply -> ignore. BST (+0100)." + rule("herefordshire", "auto_reply"),
        not_children=["Karen Lloyd"])

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

# England & Wales bank holidays in 2087 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 18 April; Easter Monday 21 April (Easter
# Sunday is 20 April 2087); Early May bank holiday Monday 5 May; Spring Bank Holiday Monday 26 May; Late Summer Bank
# Holiday Monday 25 August; Christmas Day Thursday 25 December; Boxing Day Friday 26 December.
BANK_HOLIDAYS = {date(2087, 1, 1), date(2087, 4, 18), date(2087, 4, 21), date(2087, 5, 5), date(2087, 5, 26),
                 date(2087, 8, 25), date(2087, 12, 25), date(2087, 12, 26)}
IN_WINDOW = {}                                                                 # none falls inside the window
EASTER = {date(2087, 4, 18): "Good Friday", date(2087, 4, 21): "Easter Monday"}   # just after the window
NEW_YEAR = date(2087, 1, 1)                                                     # just before it
# The brief's window is "early January to the start of the Easter holidays 2087". 1 January 2087 is a Wednesday (a bank
# holiday); the spring term starts on Monday 6 January. Easter Sunday is 20 April, so the window ends on Thursday
# 17 April 2087, the last working day before Good Friday.
WINDOW = (datetime(2087, 1, 6, tzinfo=LON), datetime(2087, 4, 17, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 30 March 2087 and ends at 01:00 UTC on Sunday 26 October 2087.
BST_START = datetime(2087, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2087, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2087

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, '30th May 2079'."""
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
    """'CROSBIE, Mason' -> 'Mason Crosbie'."""
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
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
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
    if not set(e["missing"]) <= MISSING_IDS: err("missing ids not in the contract")
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
    if e["kind"] in ("meeting_reply", "auto_reply") and (e["children"] or e["concerns"]):
        err("meeting replies and auto-replies carry no children or concerns")
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
    if not lab["why"].strip() or " | Rule: " not in lab["why"]: err("why must name the rule ('| Rule: ...')")
    if SEEDS[a] not in lab["why"]: err("why must cite the authority's seed")
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 12, "ordinary": 17}
KIND_EXPECTED = {"other": 16, "step_down": 9, "step_up": 6, "follow_up": 5, "meeting_reply": 2, "auto_reply": 2}

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
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
        if sorted(l["file"] for l in LABELS if l["authority"] == a) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("%s: files must be %s_01 ... %s_08" % (a, a, a))
        if set(per.get(a, [])) != {"urgent", "near_miss", "ordinary"}:
            errors.append("%s: needs at least one mail of each category" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {k: sum(1 for l in LABELS if l["expect"]["kind"] == k) for k in KINDS}
    if kinds != KIND_EXPECTED: errors.append("set: kinds %s, expected %s" % (kinds, KIND_EXPECTED))
    if not any(l["expect"]["consent"] is False for l in LABELS) or not any(l["expect"]["manager_agreed"] is False
                                                                          for l in LABELS):
        errors.append("set: needs a refused consent and a refused manager agreement")
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

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _only_in_attachment(msg, phrase):
    return phrase not in body_text(msg) and phrase in readable(msg)

def _after(msg, marker, phrase):
    p = _plain(msg)
    return marker in p and phrase in p and p.index(marker) < p.index(phrase)

def _local(msg):
    return _date(msg).astimezone(LON)

CUSTOM = [
    ("knowsley_01.eml", "form .docx + GCP2 .pdf + TAF minutes .docx; 'Weds 23rd April'; 3 WD, 5 plain, across Easter",
     lambda m: _exts(m) == ["docx", "pdf", "docx"] and "Weds 23rd April" in _plain(m)
     and (_wd("knowsley_01.eml"), _pw("knowsley_01.eml")) == (3, 5)),
    ("knowsley_02.eml", "a police log in plain text only, before 08:00; names in 'SURNAME, Forename' form; no alarm word",
     lambda m: m.get_content_type() == "text/plain" and _local(m).hour < 8 and "CROSBIE, Mason" in _plain(m)
     and _no_alarm(m)),
    ("knowsley_03.eml", "sent in GMT, visit after the clock change; 'never self-harmed'; exactly 5 WD",
     lambda m: m["Date"].endswith("+0000") and expected_offset(datetime(2087, 4, 3, 10, tzinfo=LON)) == "+0100"
     and "he has never self-harmed" in _plain(m) and _wd("knowsley_03.eml") == 5),
    ("knowsley_04.eml", "Word table with the lead practitioner row naming nobody; 4 WD",
     lambda m: "MsoTableGrid" in _html(m) and "Lead practitioner (Level 2)" in _plain(m)
     and "I'll confirm the name" in _plain(m) and _wd("knowsley_04.eml") == 4),
    ("knowsley_05.eml", "one PDF; 'ICS 1701377' written with a space (a label), never joined",
     lambda m: _exts(m) == ["pdf"] and "ICS 1701377" in readable(m) and "ICS-1701377" not in readable(m)),
    ("knowsley_06.eml", "the report is in a P.S. after the signature, above the quoted acknowledgement; no alarm word",
     lambda m: _after(m, "Family First Case Manager", "P.S. As I was about to send this")
     and _after(m, "P.S.", "[SB-knowsley-1231] Step-up request received") and _no_alarm(m)),
    ("knowsley_07.eml", "a parent's own mail from outside the council, in the evening",
     lambda m: "knowsley.gov.uk" not in str(m["From"]) and _local(m).hour >= 18),
    ("knowsley_08.eml", "HTML-only bulletin with List-Id, no Auto-Submitted; the vignettes marked fictional",
     lambda m: _no_plain(m) and m["List-Id"] is not None and m["Auto-Submitted"] is None
     and "all fictional" in readable(m)),
    ("richmond_wandsworth_02.eml", "'URGENT' subject, Importance high; the dead baby by first name only",
     lambda m: str(m["Subject"]).startswith("URGENT") and m["Importance"] == "high"
     and "first name Reggie" in _plain(m) and "Reggie Pryce" not in readable(m)),
    ("richmond_wandsworth_05.eml", "after 19:00; the goodbye only in the forwarded part; no alarm word",
     lambda m: _local(m).hour >= 19 and _after(m, "From: Abena Mensah", "I am going to the river")
     and _no_alarm(m)),
    ("richmond_wandsworth_06.eml", "text + hand-written HTML (a list); the dead student by first name only",
     lambda m: "<ul>" in _html(m) and "death of Ellie," in _plain(m)),
    ("richmond_wandsworth_08.eml", "the earlier refusal is only in the quoted acknowledgement",
     lambda m: _after(m, "[SB-richmond_wandsworth-5161] Step-down request received", "mum has declined")),
    ("tower_hamlets_01.eml", "a Deputy Designated Safeguarding Lead's signature; before the 3.15 pick-up",
     lambda m: "Deputy Designated Safeguarding Lead" in _plain(m) and _local(m).hour < 15),
    ("tower_hamlets_02.eml", "ICU notes; the mother's DOB is an adult's; no alarm word",
     lambda m: "Intubated and ventilated" in _plain(m) and _no_alarm(m)),
    ("tower_hamlets_04.eml", "BST; assessment .pdf + plan .docx",
     lambda m: m["Date"].endswith("+0100") and _exts(m) == ["pdf", "docx"]),
    ("tower_hamlets_07.eml", "Outlook out-of-office with the MAST numbers as boilerplate",
     lambda m: str(m["Subject"]).startswith("Automatic reply:") and "0207 364 5606" in _plain(m)),
    ("torbay_01.eml", "a funeral director outside services; no alarm word",
     lambda m: "example.co.uk" in str(m["From"]) and _no_alarm(m)),
    ("torbay_02.eml", "the team manager copied; no alarm word",
     lambda m: "Tamsin.Verity@torbay.gov.uk" in str(m["Cc"]) and _no_alarm(m)),
    ("torbay_03.eml", "iPhone: text/plain format=flowed, LF, no HTML",
     lambda m: m.get_content_type() == "text/plain" and m.get_param("format") == "flowed"
     and b"\r\n" not in FILES["torbay_03.eml"]),
    ("torbay_04.eml", "Poppy is under 5 at now (the under-5s triage)",
     lambda m: age_years(date(2083, 9, 11), _today("torbay_04.eml")) < 5),
    ("torbay_07.eml", "the Single Assessment is a macro-enabled .docm; BST",
     lambda m: [p.get_content_type() for p in _att(m)] == [DOCM.lower()] and m["Date"].endswith("+0100")),
    ("herefordshire_01.eml", "a Friday after 17:00 (out of hours); non-native English; no alarm word",
     lambda m: _local(m).weekday() == 4 and _local(m).hour >= 17 and "who die on 14 january" in _plain(m)
     and _no_alarm(m)),
    ("herefordshire_02.eml", "the urgent entry only in the attached chronology; the body says it is unread",
     lambda m: _only_in_attachment(m, "you'll regret it") and _only_in_attachment(m, "Ryelands Street")
     and "I haven't had a chance to read" in _plain(m) and _no_alarm(m)),
    ("herefordshire_05.eml", "a Word table with the Mosaic ids in their own column; plan .docx + consent .pdf",
     lambda m: "MsoTableGrid" in _html(m) and "776612\tLola Bowen-Price" in _plain(m) and _exts(m) == ["docx", "pdf"]),
    ("herefordshire_06.eml", "only the consent form attached; the plan 'on Mosaic'",
     lambda m: _exts(m) == ["pdf"] and "wouldn't export" in _plain(m)),
    ("herefordshire_08.eml", "Gmail-style vacation reply: only Auto-Submitted marks it",
     lambda m: m["Auto-Submitted"] == "auto-replied" and m["X-Auto-Response-Suppress"] is None
     and "Automatic reply" not in str(m["Subject"])),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "He hasn't said yes or no", "consent", None),
    ("knowsley_03.eml", "Mum has signed the Family First consent form", "consent", True),
    ("knowsley_03.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_04.eml", "Mum has consented to the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Marcus has been told we are asking for a step up", "consent", None),
    ("richmond_wandsworth_04.eml", "she declined Early Help", "consent", False),
    ("richmond_wandsworth_08.eml", "has now given her consent to Early Help", "consent", True),
    ("tower_hamlets_04.eml", "has consented to the step down", "consent", True),
    ("tower_hamlets_06.eml", "Mum has agreed to the referral to MAST", "consent", True),
    ("tower_hamlets_06.eml", "my manager doesn't agree this should step up yet", "manager_agreed", False),
    ("tower_hamlets_08.eml", "has now agreed the step-up", "manager_agreed", True),
    ("torbay_02.eml", "he agrees to me contacting MASH", "consent", True),
    ("torbay_02.eml", "we agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_04.eml", "has given her consent for level 3 Early Help", "consent", True),
    ("torbay_04.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_06.eml", "he refused", "consent", False),
    ("torbay_06.eml", "we agree it needs to be considered for level 4", "manager_agreed", True),
    ("torbay_07.eml", "consented to level 3 Early Help", "consent", True),
    ("torbay_07.eml", "will add his sign-off before triage", "manager_agreed", None),
    ("herefordshire_03.eml", "Laura signed the consent form", "consent", True),
    ("herefordshire_04.eml", "has said I can pass on her number", "consent", None),
    ("herefordshire_05.eml", "Mum signed the consent form", "consent", True),
    ("herefordshire_06.eml", "she signed it at my visit yesterday", "consent", True),
    ("herefordshire_07.eml", "agrees this needs to step up", "manager_agreed", True),
    ("herefordshire_07.eml", "hasn't said whether she agrees", "consent", None),
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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "knowsley_02.eml", "knowsley_06.eml",
                  "richmond_wandsworth_05.eml", "torbay_01.eml", "torbay_02.eml", "torbay_03.eml",
                  "tower_hamlets_02.eml"]
COUNTS_EXPECTED = {"knowsley_01.eml": (3, 5), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (4, 4)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml"]     # plain weekdays say ok, working days say not ok
OFFSETS_EXPECTED = {"+0000": 35, "+0100": 5}
QUIET, COUNTS, OFFSETS = [], {}, {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2087])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER:
        errors.append("set: Easter 2087 is %s, expected %s" % (easter, EASTER))
    # the window: the first Monday after New Year's Day to the last working day before Good Friday
    first_monday = NEW_YEAR + timedelta(days=(7 - NEW_YEAR.weekday()) % 7 or 7)
    gf = min(easter)
    last = gf - timedelta(days=1)
    while last.weekday() >= 5 or last in BANK_HOLIDAYS:
        last -= timedelta(days=1)
    if not (NEW_YEAR in BANK_HOLIDAYS and NEW_YEAR.weekday() == 2 and first_monday == date(2087, 1, 6)
            and WINDOW[0].date() == first_monday and WINDOW[0].weekday() == 0
            and WINDOW[1].date() == last == date(2087, 4, 17) and WINDOW[1].weekday() == 3
            and gf == date(2087, 4, 18) and gf.weekday() == 4):
        errors.append("set: the window must run from Monday 6 January to Thursday 17 April 2087 (Good Friday 18 April)")
    from dateutil.easter import easter as _easter
    if _easter(2087) != date(2087, 4, 20):
        errors.append("set: Easter Sunday 2087 is not 20 April")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2087, 3) == date(2087, 3, 30) and BST_END.date() == last_sun(2087, 10)):
        errors.append("set: BST must start on Sunday 30 March 2087 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d >= date(2087, 3, 30) else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
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
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(EASTER):
        errors.append("set: the decisive count must cross both Good Friday and Easter Monday")
    if offsets != OFFSETS_EXPECTED:
        errors.append("set: Date offsets %s, expected %s" % (offsets, OFFSETS_EXPECTED))
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    OFFSETS.clear(); OFFSETS.update(offsets)
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

def _set_window_end(d):
    globals()["WINDOW"] = (WINDOW[0], datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=LON))

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 3 WD"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2087, 4, 18)),
     "bank holidays differ"),
    ("Easter Monday dropped", lambda: BANK_HOLIDAYS.discard(date(2087, 4, 21)), "Knowsley notice counts are"),
    ("the window left ending on Good Friday", lambda: _set_window_end(date(2087, 4, 18)), "the window must run"),
    ("knowsley_01's Date given +0000 in BST", lambda: _shift_date("knowsley_01.eml", "Wed, 16 Apr 2087 10:12:40 +0100",
                                                                  "Wed, 16 Apr 2087 10:12:40 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("knowsley_03's Date given +0100 before the clock change",
     lambda: _shift_date("knowsley_03.eml", "Thu, 27 Mar 2087 14:22:05 +0000", "Thu, 27 Mar 2087 14:22:05 +0100", 0,
                         timedelta(hours=1)), "Date offset should be +0000"),
    ("torbay_07's now given +0000", lambda: _relabel("torbay_07.eml", now="2087-04-14T11:24:14+00:00"),
     "now offset differs from the Date header's"),
    ("torbay_06 sent on a Saturday", lambda: _shift_date("torbay_06.eml", "Wed, 05 Mar 2087", "Sat, 08 Mar 2087", 3),
     "Date on a weekend"),
    ("knowsley_07 sent on New Year's Day", lambda: _shift_date("knowsley_07.eml", "Mon, 17 Feb 2087", "Wed, 01 Jan 2087",
                                                               -47), "Date outside the window"),
    ("'urgent' added to torbay_03's subject", lambda: _sub("torbay_03.eml", b"Subject: Lily-Rose Tapper",
                                                           b"Subject: urgent - Lily-Rose Tapper"), "no alarm word are"),
    ("herefordshire_02 filed as a near miss", lambda: _relabel("herefordshire_02.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_07 (undefined step-up) labelled book_meeting",
     lambda: _relabel("herefordshire_07.eml", next_action="book_meeting"), "next_action book_meeting != human_review"),
    ("Mason labelled as written", lambda: _exp("knowsley_02.eml")["children"][0].update(name="CROSBIE, Mason"),
     "no source record"),
    ("the coroner's 'ICS 1701377' labelled with its label", lambda: _relabel("knowsley_05.eml", case_ids=["ICS 1701377"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the refused consent labelled null", lambda: _relabel("richmond_wandsworth_04.eml", consent=None),
     "'she declined Early Help' means consent False"),
    ("the refused manager agreement labelled true", lambda: _relabel("tower_hamlets_06.eml", manager_agreed=True,
                                                                      missing=[], next_action="book_meeting"),
     "means manager_agreed False"),
    ("the pending manager agreement labelled false", lambda: _relabel("torbay_07.eml", manager_agreed=False),
     "means manager_agreed None"),
    ("the chronology's entry copied into the body", lambda: _sub("herefordshire_02.eml", b"Sian (our family support",
                                                                  b"Ryelands Street. Sian (our family support"),
     "the urgent entry only in the attached chronology"),
    ("a date in the year after the window's", lambda: _sub("herefordshire_06.eml", b"Kai is 11.",
                                                           ("Kai is 11 (review %d)." % (MAX_YEAR + 1)).encode()),
     "year after 2087"),
    ("an adult's DOB labelled on a child", lambda: _exp("tower_hamlets_02.eml")["children"][0].update(dob="2049-04-11"),
     "parses to 2073-06-30"),
    ("Auto-Submitted removed from the vacation reply", lambda: _sub("herefordshire_08.eml", b"Auto-Submitted: auto-replied\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("torbay_08's calendar made a REQUEST", lambda: _sub("torbay_08.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("torbay_06.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_04.eml", category="ordinary"), "category totals"),
    ("the Crosbie children swapped", lambda: _exp("knowsley_02.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("a missing id outside the contract", lambda: _relabel("herefordshire_06.eml",
                                                           missing=["draft_plan", "key_person"]),
     "missing ids not in the contract"),
    ("a why without its rule", lambda: _lab("torbay_05.eml").update(why="Anniversary note."), "why must name the rule"),
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
           "Date offsets %s" % OFFSETS,
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
