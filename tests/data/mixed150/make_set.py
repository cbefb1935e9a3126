#!/usr/bin/env python3
"""mixed150: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2050 (Monday 18 April - Friday 22 July 2050), in exam season and older teenagers: GCSE and
A-level candidates, sixth-form and FE college tutors, exams officers and invigilators, college counsellors, proms
and leavers' events, 16- and 17-year-olds with part-time jobs and older boyfriends, results-day pressure, students
who do not turn up to an exam - alongside ordinary step-ups and step-downs for their younger brothers and sisters.

Urgent mail (12), none with a banned word anywhere (urgent, urgently, risk, immediate, immediately, emergency,
danger, dangerous, unsafe, safeguarding concern, asap, critical - headers, bodies, quoted history, calendar text and
attachments all checked): a PS about a 16-year-old being collected from the school gates by a 24-year-old she
"owes"; a DECLINED meeting reply whose COMMENT reports a 17-year-old held by the throat and his 4-year-old brother
alone with the man tonight; a 17-year-old's own message about her mother abroad and her feverish 7-year-old
brother; an exams officer's clinical note about a candidate who did not arrive and texted "he wont let me leave";
an Early Help team manager's hedged step-up about the brother's friend on the sofa; a step-down whose PS reports a
father breaching bail with a threat for tonight; a mother's second-language follow-up about her daughter gone since
Tuesday; a Gmail-forwarded tutor's note about a 16-year-old taken to Bristol tonight; a cafe manager's phone
message about her Saturday girl hiding from the boyfriend waiting outside; a 16-year-old left with two small
brothers after his mother's overdose; a step-down plan whose college section (only in the .docx) reports a man in a
10-year-old's bed with no other adult home tonight; and words a candidate wrote on the back of her exam paper.

Near misses (12): a missed exam that was never a missing child, an exam-season bulletin, a prom-night assault
already dealt with (man remanded), a step-down whose exploitation is history, an invigilator's out-of-office with
the alarm words in its boilerplate, a counsellor's hypothetical questions, a bruise from netball seen by the PE
teacher, a special-consideration letter about an abuse incident in 2048, an 18-year-old (an adult) with no child
involved, a step-down whose "end it" was said in March and treated, a police update about an employer already
remanded, and a partnership training invitation with example scenarios.

Window: after Easter 2050 (Good Friday 8 April, Easter Monday 11 April) to late July: Monday 18 April - Friday
22 July 2050, all British Summer Time (+0100). England & Wales bank holidays in the window: the Early May bank
holiday Monday 2 May and the Spring bank holiday Monday 30 May (half-term week 30 May - 3 June is NOT a bank
holiday: the other four days are working days). Two Knowsley notice counts are decided by one of them each
(knowsley_01 across 2 May, knowsley_02 across 30 May: 5 plain weekdays but 4 working days).

Standard library only. Deterministic: no clock, no randomness; boundaries, Message-IDs, Thread-Index values,
Content-IDs and calendar UIDs come from sha1 of the file name; .docx zips have fixed timestamps; PDFs are
hand-built (some FlateDecode-compressed). Run: python3 make_set.py  (--stats prints the tallies and the notice
counts; --check-only runs the self-checks and writes nothing). Every label was set by hand from the
specification (DESIGN.md, REQUIREMENTS.md, the seeds and the policy packs); the self-checks verify them against
its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Monday 18 April - Friday 22 July 2050) is British
    Summer Time (+0100): BST began at 01:00 UTC on Sunday 27 March 2050 and ends at 01:00 UTC on Sunday 30 October
    2050. The self-check asserts every Date header's offset against Europe/London's."""
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


# -- hand-built PDF 1.4 (Helvetica, WinAnsi); the content stream is optionally FlateDecode-compressed. The
# self-checks read the text back with pdf_text() below (standard library only).
def make_pdf(title, lines, compress=False, producer="Microsoft\xae Word for Microsoft 365"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[]]
    n = len(pages)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (4 + 2 * i) for i in range(n)), n)).encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, pg in enumerate(pages):
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        if compress:
            cb = zlib.compress(cb, 9)
            sd = b"<< /Length %d /Filter /FlateDecode >>" % len(cb)
        else:
            sd = b"<< /Length %d >>" % len(cb)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(sd + b"\nstream\n" + cb + b"\nendstream")
    objs.append(b"<< /Producer (" + producer.encode("cp1252") + b") >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
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
            zi = zipfile.ZipInfo(name, date_time=(2050, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines, compress=False):
    return binary_part("application/pdf", filename, make_pdf(title, lines, compress))
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

def pdf_text(data):
    """Text of a hand-built PDF, standard library only: every stream (inflated when /FlateDecode), the literal strings
    of its text operators, decoded as WinAnsi (cp1252); plus the /Producer string."""
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        lines = []
        for sm in re.finditer(rb"\((?:\\.|[^\\)])*\)", s):
            raw = sm.group(0)[1:-1]
            raw = re.sub(rb"\\(.)", lambda x: x.group(1), raw)
            lines.append(raw.decode("cp1252"))
        out.append("\n".join(lines))
    return "\n".join(out)

def docx_text(data):
    """Accepted text, comments, headers and footers of a .docx (standard library: zipfile + ElementTree)."""
    acc, _deleted, comments = docx_parts(data)
    return "\n".join([acc, comments] + list(docx_hf_text(data)))

def readable(msg):
    """Every readable text of a message: the Subject, every text part (HTML reduced to text), calendar text
    (unfolded, unescaped), attachment names, and the text of every .docx and PDF attachment."""
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
        elif ct.startswith("text/") or ct in ("message/delivery-status",):
            out.append(part.get_content() if ct.startswith("text/") else payload.decode("utf-8", "replace"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
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
    text and parses it back to `dob`). `as_written` is the span that carries the name when it is not written as
    labelled (e.g. in lower case)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), adults=(), attachment_only=False):
    """Record one file. `meeting` is the date the notice is counted to (Knowsley step requests only); `not_children`
    are people who appear in the text and must never be labelled; `adults` are (name, DOB as written) of people who
    must be 18 or over at `now`; `attachment_only` lists phrases that must be in an attachment and NOT in the
    subject or inline body."""
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
                   "adults": list(adults), "attachment_only": list(attachment_only or [])}

def android_mail(f, top, text):
    """Android Gmail / Samsung mail from a phone: one text/plain part, base64, LF line ends."""
    return build(top, text_part(text, cte="base64"), False)

def gmail_alt(f, top, text, atts=()):
    """Gmail web: multipart/alternative (text/plain + Gmail's div HTML), optional attachments; LF."""
    paras = text.rstrip("\n").split("\n")
    h = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras) + "</div>\n"
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def thunderbird_flowed(f, top, text, atts=()):
    """Thunderbird: text/plain; format=flowed, 7bit or quoted-printable, attachments after it."""
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "------------%s" % sha(f, "tb")[:24]) if atts else t
    return build(top, root, False)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2050-04-27 10:12:33"
    body = T("""
Hi MASH,

Please find attached a step up request for Kayla Duffy and her brother Reece (EHM-71406). The step up TAF meeting is on Wednesday 4th May at 10am on Teams - I've sent the invite from my calendar to the MASH inbox and MASH business support, and I've invited the current TAF members (Kayla's Head of Year, Reece's school, the school nurse and the Early Years worker from the hub).

Attached:
- FF Step Up request to CSC (Appendix 1)
- Minutes of our last TAF on 20/04/2050
- Graded Care Profile 2, completed with mum on 22/04/2050

My TM, Lorraine Begg, went through it with me in supervision on Monday and agreed the step up - her agreement is on the form.

Kayla is in Year 11 and her GCSEs start on the 9th May. Her attendance has fallen to 61% this year and she has missed all three of her science mocks; she says she stays home to get Reece up and to school because mum doesn't get up. Reece (9) is arriving at breakfast club hungry most days and his uniform is not being washed; his attendance is 79%. Mum has cancelled or not been in for 7 of our last 10 home visits, and the Engaging Families toolkit (in section 3 of the form) puts her engagement as low despite everything we have tried. Mum knows we are stepping up.

Thanks,
Shannon

Shannon Rourke
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0312 | 07700 900 184

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Duffy.docx", appendix1([
        ("Case ID on EHM:", "EHM-71406"),
        ("Children:", "Kayla Duffy, DOB 12/11/2033 (Year 11, Halewood Brook Academy); Reece Duffy, DOB 03/06/2040 "
         "(Year 4, St Aidan's Primary)"),
        ("Has this family recently closed to Children's Social Care?:", "No - Level 3 Family First since October 2049"),
        ("Date of step up TAF meeting:", "Wednesday 04/05/2050, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "LOW. Section 3: the Engaging Families toolkit was completed on 19/04/2050. What it tells us: mum agrees "
         "to plans in meetings but does not follow them through; 7 of 10 visits cancelled or no answer; she has not "
         "attended either of the GP appointments we booked with her. We have tried evening visits, texts the day "
         "before, a joint visit with her sister and a change of worker."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 20/04/2050"),
        ("What are we worried about?", "Kayla (16) is missing school to care for Reece; 61% attendance in her GCSE "
         "year. Reece is hungry, his clothes are unwashed and he has head lice that have not been treated since "
         "February. The house is cold, there is little food and the GCP2 scores physical care and safety at 4."),
        ("What is working well?", "Kayla is very caring and Reece is close to her. Breakfast club feeds Reece. "
         "Maternal aunt Leanne Duffy visits at weekends."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed; "
         "exam support for Kayla agreed with her school."),
        ("Graded Care profile (If neglect should be completed).", "Completed 22/04/2050 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Not applicable"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Lorraine Begg, Team Manager, 25/04/2050"),
        ("Contingency plan (Smart and timely).", "If not agreed: daily check-in for Kayla through her Head of "
         "Year over the exam weeks, a weekly joint visit with the school nurse and a TAF every 3 weeks."),
    ]))
    minutes = pdf_att("TAF minutes 20.04.2050 - Duffy.pdf", "Team Around the Family - minutes", [
        "Family: Duffy. EHM-71406. Date: 20/04/2050, 15:30, Kirkby Family Hub.",
        "Present: Shannon Rourke (Family First, chair), Kayla's Head of Year, Reece's class teacher, school nurse.",
        "Mum did not attend (text at 15:10 to say she was unwell).",
        "School: Kayla 61%, missed science mocks; Reece 79%, hungry at breakfast club, lice untreated.",
        "Agreed: Shannon to complete the GCP2 with mum and discuss a step up with her team manager."])
    gcp = pdf_att("GCP2 - Duffy - 22.04.2050.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Duffy. Completed by Shannon Rourke with mum, 22/04/2050.",
        "Area 1 Physical care: 4. Area 2 Safety: 4. Area 3 Love and care: 2. Area 4 Stimulation and education: 4.",
        "Comment: food, heating and clothing not provided consistently; Kayla fills the gaps."], compress=True)
    top = outlook_top(f, addr("Rourke, Shannon", "Shannon.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-71406 - Duffy - TAF Weds 4th May 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, gcp], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-71406"],
        [ch("Kayla Duffy", "2033-11-12", "12/11/2033"), ch("Reece Duffy", "2040-06-03", "03/06/2040")],
        ["neglect", "non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up with every document (Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf for neglect, the "
        "Engaging Families toolkit referenced in the form for non-engagement), EHM id and the TM's agreement "
        "('agreed the step up'). NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, DECISIVE: from Wed 27 Apr the TAF on Wed "
        "4 May is 5 plain weekdays but Mon 2 May is a bank holiday, so 4 working days < 5 -> notice not ok -> "
        "request_info. 'Mum knows we are stepping up' is not consent (null). Concerns: neglect (hunger, unwashed "
        "clothes, GCP2), non_engagement (toolkit, cancelled visits), school_attendance (61%, 79%).",
        meeting=date(2050, 5, 4), not_children=["Shannon Rourke", "Lorraine Begg", "Leanne Duffy"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2050-05-25 14:37:10"
    blocks = [
        "Hi Family First duty,",
        "",
        "I'm stepping the Ward children down to Family First at Level 3 and have arranged a joint home visit for "
        "next week - details in the table. Mum has consented to the referral to Family First; she signed the "
        "consent form at the CIN review on 18/05/2050.",
        "",
        ("table", [
            ["", "Details"],
            ["Children", "Callum Ward, DOB 21/02/2033 (Year 12, Kirkby Vale College)\nLily Ward, DOB 08/09/2038 "
             "(Year 6)\nMason Ward, DOB 30/12/2043 (Year 1)"],
            ["ICS", "ICS-2741958 (all three on the one episode)"],
            ["Joint home visit", "Wednesday 1 June 2050, 10.00am"],
            ["Venue", "Family home - 27 Larkspur Close, Huyton, L36 9ZQ"],
            ["Level", "Level 3 - Family First case manager"],
        ]),
        "",
        "It's half-term that week, so Callum and Lily will both be at home for the visit, which suits - Callum "
        "wants to be there.",
        "",
        ("h", "What are we worried about?"),
        "Mum's depression after the stillbirth last year. She is much better and takes her medication, but on bad "
        "days Callum (17) does the school run and the cooking, and he has fallen behind with his AS coursework.",
        ("h", "What is working well?"),
        "Mum sees the perinatal team's follow-on worker monthly and has gone back to work part-time. Dad has the "
        "children every other weekend. Callum has a young carers' assessment and goes to the Thursday group.",
        ("h", "What needs to happen?"),
        "A Family First case manager to hold a TAF with the college, Lily's primary school and the young carers' "
        "service; a plan to take the school run off Callum; transition support for Lily going to high school in "
        "September.",
        "",
        "Thanks,",
        "Daniel",
        "",
        "Daniel Ashworth",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0527",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Ashworth, Daniel", "Daniel.Ashworth@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First - L3 - Ward children - joint home visit Weds 1st June", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-2741958"],
        [ch("Callum Ward", "2033-02-21", "21/02/2033"), ch("Lily Ward", "2038-09-08", "08/09/2038"),
         ch("Mason Ward", "2043-12-30", "30/12/2043")],
        ["parental_mental_health", "young_carer"], True, None, [], False, "request_info",
        "Level 3 Knowsley step-down in a Word table (MsoTableGrid + tab-separated twin): joint home visit date, time "
        "and venue, all three Signs of Safety headings, consent ('Mum has consented to the referral to Family "
        "First') -> nothing missing. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Wed 25 May the visit on "
        "Wed 1 June is 5 plain weekdays, but Mon 30 May is the Spring bank holiday -> 4 working days < 5 -> "
        "request_info. 'Half-term that week' is a school holiday, not a bank holiday: 31 May and 1 June still "
        "count. Sibling group of three (Callum is 17). Concerns: mum's depression -> parental_mental_health; "
        "Callum doing the school run and cooking -> young_carer.",
        meeting=date(2050, 6, 1), not_children=["Daniel Ashworth"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2050-06-07 12:48:05"
    body = T("""
Hi all,

Step up request for Jade Corkhill and her sister Ellie (EHM-72033). The step up TAF is Wednesday 15th June at 1.30pm on Teams; the invite has gone to the MASH inbox and MASH business support, and I've invited the TAF (school DSL, the Youth Offending worker, the school nurse and Ellie's school).

Attached: the step up form, the minutes of the TAF on 31/05/2050 and the Merseyside Exploitation Assessment I completed with the Exploitation Team on 02/06/2050. My TM Karen Whitfield agreed the step up on 06/06/2050 - it's on the form.

Jade is 16 and in Year 11. Since March she has been going out with Liam, who is 24; he buys her vapes, clothes and a phone, and she has been reported missing three times since Easter, each time found in Bootle or Walton. Mum is trying but is working long shifts and Jade won't tell her where she goes.

Thanks,
Bethany

PS - Jade came to find me at lunchtime (she's in her last exam, Chemistry, from 1pm until 2.45). She told me Liam is picking her up at the school gates at 3 when it finishes and taking her to a party at his mate's flat in Bootle tonight, and that she "owes" him and his mates for the phone and the prom dress. She showed me a message from him this morning: "dont be late or u know what happens". She won't go home first. Mum is on a late shift until 10 and doesn't know. Ellie (8) is being picked up by a neighbour. I'm ringing the MASH duty line as well but wanted it written down with the request.

Bethany Lyle
Family First Case Manager | Halewood & Prescot Team | Knowsley Council
0151 496 0871 | 07700 900 239

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Corkhill.docx", appendix1([
        ("Case ID on EHM:", "EHM-72033"),
        ("Children:", "Jade Corkhill, DOB 17/03/2034; Ellie Corkhill, DOB 05/10/2041"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 15/06/2050, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages; Jade engages with school but not with us about Liam"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 31/05/2050"),
        ("What are we worried about?", "Jade is being groomed by an adult male (Liam, 24): gifts, a phone, a "
         "debt she says she owes; three missing episodes since Easter (12/04, 03/05, 28/05), found in Bootle and "
         "Walton; she has been seen getting into different cars after school."),
        ("What is working well?", "Jade has sat all her GCSEs and trusts her Head of Year. Mum reports every "
         "missing episode promptly. Ellie is doing well at school."),
        ("What next?", "Step up to CSC; a strategy discussion about exploitation; Family First to stay involved."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 02/06/2050 - attached"),
        ("Up to date police information if applicable:", "Three missing reports; Liam is known to police"),
        ("Agreement by line manager:", "Agreed - Karen Whitfield, Team Manager, 06/06/2050"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint work with the Exploitation Team "
         "and a return-home interview after every missing episode."),
    ]))
    minutes = docx_att("TAF minutes 31.05.2050 - Corkhill.docx", [
        "# Team Around the Family - minutes", "Date: 31/05/2050, 10:00, Prescot Family Hub",
        "Present: mum, Bethany Lyle (Family First, chair), Jade's Head of Year, the school nurse, Ellie's teacher.",
        "Missing episode 28/05/2050: Jade found by police at 02:30 in Walton; would not say who she was with.",
        "Agreed: Bethany to complete the Merseyside Exploitation Assessment and discuss a step up with her TM."])
    mea = pdf_att("Merseyside Exploitation Assessment - Corkhill.pdf", "Merseyside Exploitation Assessment (CE/CSE)", [
        "Young person: Jade Corkhill. Completed by Bethany Lyle with the Exploitation Team, 02/06/2050.",
        "Indicators present: older boyfriend (24); gifts and a phone; talk of a debt; missing episodes x3; "
        "unknown cars after school; new clothes mum did not buy.",
        "Outcome: significant CSE indicators - step up and strategy discussion recommended."])
    top = outlook_top(f, addr("Lyle, Bethany", "Bethany.Lyle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - EHM-72033 - Corkhill - TAF Weds 15th June 1.30pm", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, mea], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-72033"],
        [ch("Jade Corkhill", "2034-03-17", "17/03/2034"), ch("Ellie Corkhill", "2041-10-05", "05/10/2041")],
        ["exploitation", "missing"], None, True, [], True, "alert_duty",
        "URGENT IN A PS of an otherwise complete step-up: a 16-year-old will be collected from the school gates at "
        "3pm today by the 24-year-old who grooms her, taken to a flat in Bootle tonight, 'owes' him and his mates "
        "and has a threatening message - mum at work until 10. Safety rule 1 -> alert_duty. The request itself is "
        "complete (form, TAF minutes, Merseyside Exploitation Assessment for the exploitation concern, EHM id, TM "
        "agreed 06/06) and the TAF on Wed 15 June is 6 working days after Tue 7 June (ok). No banned word anywhere, "
        "the attachments included. Concerns: exploitation (CSE, debt) and missing (three episodes since Easter).",
        meeting=date(2050, 6, 15), not_children=["Bethany Lyle", "Karen Whitfield"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2050-06-20 13:22:40"
    comment = ("Sorry, I can't come on Wednesday, and I need to tell someone today. Aaron Tierney (17, our Year 12) "
               "came to my office at 1pm. Last night his mum's partner Gary pinned him against the kitchen wall by "
               "his throat because he was revising instead of minding his little brother. I have seen the red "
               "finger marks on his neck. Gary told him he'd 'finish the job' tonight. Mum starts her night shift "
               "at 5, so Gary will be on his own with Aaron and his brother Tyler Tierney (4) from then. Aaron is "
               "in his end-of-year exam until 3.30 and then gets the 3.45 bus home. Please ring me on 0151 496 0733. "
               "Niamh Costello, Student Welfare Manager, Kirkby Vale College")
    add(f, itip_reply(f, when, "Niamh Costello", "n.costello@kirkbyvale.example.ac.uk", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step-up TAF meeting - EHM-71854 - Tierney [SB-knowsley-3310]",
                      "20500622T100000", "20500622T113000", "Microsoft Teams Meeting", comment=comment),
        "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-71854"],
        [ch("Aaron Tierney"), ch("Tyler Tierney")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the step-up TAF "
        "invitation whose COMMENT (also the text body) reports a 17-year-old held by the throat last night, "
        "finger marks seen, a threat to 'finish the job' tonight, and his 4-year-old brother alone with the man "
        "from 5pm -> safety rule 1, alert_duty (a meeting_reply is read too). Case id from the SUMMARY "
        "(EHM-71854). Children named in full without DOBs. The partner is an adult (first name only).",
        not_children=["Niamh Costello"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2050-05-15 21:41:12"
    text = T("""
hi, this is Demi Kavanagh, im 17. my old family first worker was Karen but her email bounced back so im sending it here, i hope thats ok

mum went to tenerife with her boyfriend on thursday and said she'd be back saturday night. she's not back and she's not answering, her phone goes straight to voicemail. its just me and my little brother Jayden Kavanagh, he's 7.

the electric ran out this afternoon and theres no money on the card so the fridge and the heating are off and theres only cereal left. jayden has been sick 4 times since tea and he's really hot and floppy and keeps falling asleep on the sofa and i can't wake him up properly. i dont know how much calpol he can have or if its even ok to give him it.

i've got my a level sociology exam at 9 tomorrow and i cant leave him on his own. i dont want us to get split up so please dont send the police round. i just dont know what to do

Demi
07700 900 671

Sent from my iPhone
""")
    top = plain_top(f, addr("Demi Kavanagh", "demikav.x@example.com"), addr(None, KFF),
                    "please can someone help me and my brother", when, "example.com", None,
                    extra=[("Content-Language", "en-GB")])
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 5,
        "urgent", "other", True, None, [],
        [ch("Demi Kavanagh"), ch("Jayden Kavanagh")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT IN A YOUNG PERSON'S OWN WORDS, SUNDAY NIGHT (out of hours): a 17-year-old alone with her 7-year-old "
        "brother since Thursday, mother abroad and not answering, no electricity or food, the boy feverish, "
        "vomiting and hard to wake -> safety rule 1 (the out-of-hours team). iPhone format=flowed, lower-case "
        "style. Not a step request -> other. Both named in full (Demi is 17: a child). Concerns: neglect "
        "(left without a parent, no power or food, a sick child without care).",
        not_children=["Karen"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2050-05-19 15:06:51"
    ack = [
        "Thank you - your step-down request has been received.",
        "",
        "Reference: SB-knowsley-3287",
        "Case: ICS-2733106",
        "Children: Ellie-Mae Rimmer",
        "Level: 3",
        "",
        "What is missing:",
        "- the venue of the final CIN meeting (date and time received: Thursday 26 May 2050, 10:00)",
        "",
        "Please reply to this email, keeping the reference in the subject, to add anything.",
    ]
    body = T("""
Hi,

The final CIN meeting on Thursday 26th May at 10am will be at Kirkby Family Hub, meeting room 2 (Cherryfield Drive).

Also, in case MASH hear about it from school and wonder: Ellie-Mae was not missing this morning. School's exams officer rang me at 9.20 because she hadn't arrived in the hall for her GCSE Biology paper. She had been put in the medical room at the other site by a cover supervisor after a nosebleed on the way in. She was found there at 9.40, sat the paper with the lost time added on, and was never out of school. Nobody called the police and there is nothing to follow up - mum knows and was laughing about it by the afternoon.

Thanks,
Rachel

Rachel Tomlinson
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0903

On 17 May 2050, at 11:02, Knowsley Family First Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk> wrote:

""") + "\n".join("> " + l if l else ">" for l in ack) + "\n"
    top = plain_top(f, addr("Rachel Tomlinson", "Rachel.Tomlinson@" + KDOM), addr("Knowsley Family First Duty", KFF),
                    "Re: Step-down request received [SB-knowsley-3287]", when, KDOM, "Apple Mail (2.3826.400.131.1.6)",
                    extra=[("In-Reply-To", msgid(f + "ack", "stepbot.knowsley.gov.uk")),
                           ("References", msgid(f + "ack", "stepbot.knowsley.gov.uk"))])
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["ICS-2733106"],
        [ch("Ellie-Mae Rimmer")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS, NEGATED: a '> '-quoted Apple Mail reply to [SB-knowsley-3287] supplying the venue the "
        "acknowledgement asked for, plus a note that a candidate who did not arrive for her GCSE paper 'was not "
        "missing' (in the medical room after a nosebleed, found in 20 minutes, never out of school, no police). "
        "follow_up -> attach_to_request; no concerns (the missing episode is negated; the quoted 'What is missing:' "
        "heading is not the 'missing' concern). Case id and the child from the quoted acknowledgement.",
        not_children=["Rachel Tomlinson"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2050-05-09 08:02:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING
Exam season, proms and results: older teenagers at risk

GCSEs and A levels start this week. Every year the weeks between the first exam and results day bring a rise in
contacts about 16- and 17-year-olds. This briefing is for sixth-form and college tutors, exams officers,
invigilators, youth workers and Family First staff.

1. Older boyfriends and girlfriends. A 16-year-old "in a relationship" with a 24-year-old may be being groomed.
   Look for gifts, a new phone, talk of owing money, lifts from unknown cars.
2. Part-time jobs. Summer work in takeaways, car washes and holiday parks is a route into criminal exploitation.
3. Missed exams. A candidate who does not arrive may simply be ill - or missing. Exams officers: ring home, then
   the DSL, the same morning.
4. Results day. Self-harm and suicidal thoughts peak around results. Know your college's crisis pathway.
5. Proms and leavers' parties. Alcohol, after-parties and older guests.

Case examples (fictional, for training only - they do not describe any real young person):
- "Child A", 16, does not arrive for her GCSE maths paper; a friend receives a message: "he won't let me leave".
- "Child B", 17, tells his tutor he will "end it" if he fails his A levels.
- "Child C", 15, is offered a job "delivering" by a man at the takeaway where she works.

If you think a young person is in immediate danger, call 999. If you have an urgent safeguarding concern, call
the MASH on 0151 496 0417. Do not email urgent concerns to a duty mailbox.

Next briefing: Monday 13 June - "After the exams: the long summer".
You are receiving this because you are on the KSCP practitioner mailing list.
Unsubscribe: https://kscp.example.org/unsubscribe
""")
    html_body = ('<html><body style="font-family:Arial,sans-serif;font-size:11pt">\n'
                 '<h2 style="color:#6A1B9A">KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING</h2>\n'
                 + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n")[1:])
                 + "</body></html>\n")
    top = plain_top(f, addr("KSCP Briefings", "briefings@kscp.example.org"), addr(None, KFF),
                    "7-minute briefing: exam season, proms and results", when, "kscp.example.org", "Mailman 3.3",
                    extra=[("List-Id", "KSCP practitioner briefings <briefings.kscp.example.org>"),
                           ("List-Unsubscribe", "<https://kscp.example.org/unsubscribe>, <mailto:leave@kscp.example.org>")])
    add(f, alt_mail(f, top, text, html_body), "knowsley", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS, BULLETIN: the partnership's exam-season 7-minute briefing (List-Id, List-Unsubscribe, "
        "multipart/alternative) full of alarm words and example scenarios marked 'fictional, for training only' "
        "('Child A' who does not arrive for her exam, 'he won't let me leave') -> not urgent, no child, no concerns "
        "-> other, human_review. The scenarios echo urgent mails in this set (richmond_wandsworth_02).")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2050-04-29 11:05:27"
    body = T("""
Dear Family First Duty Team,

Level 2 step down - Owen Fairhurst, DOB 04/08/2033 - ICS-2720664

I am writing to let you know that I plan to step Owen down to a Level 2 service at his final CIN meeting:

Date and time: Monday 9th May 2050 at 2.00pm
Venue: Kirkby Vale College, Student Services, meeting room 3 (Owen goes to the college's Friday taster programme and starts his Level 2 Motor Vehicle course there in September)

Lead Practitioner (Level 2): Marcus Hendry, Transition Worker, Kirkby Vale College (m.hendry@kirkbyvale.example.ac.uk, 0151 496 0790). Marcus has agreed to take on the Lead Practitioner role and will complete an Early Help Assessment with Owen.

What are we worried about?
Owen (16) was smoking cannabis most days last autumn and his attendance at Halewood Brook Academy fell to 68%. He still smokes at weekends, and his attendance this term is 84% - not yet where it needs to be for his GCSEs.

What is working well?
Owen has engaged with the young people's substance service since January and has cut down a lot. Dad has changed his shifts to be home in the evenings. Owen has a part-time job at a tyre fitter's on Saturdays, which he loves, and he has a college place.

What needs to happen?
Marcus to lead a TAF over the summer and into college; Owen to keep seeing the substance service; school to support him through his exams (he starts on 10th May).

Dad has given his consent to the step down. The closing summary is attached.

Kind regards,

Priya Lomax
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0448

""") + KDISC
    summ = pdf_att("Closing summary - Owen Fairhurst.pdf", "Child in Need - closing summary", [
        "Owen Fairhurst, DOB 04/08/2033. ICS-2720664. Social worker: Priya Lomax.",
        "Reason for involvement: daily cannabis use, poor attendance, conflict at home (2049).",
        "Progress: substance use reduced; attendance 84% this term; dad home in the evenings.",
        "Recommendation: step down to Level 2 with the college's transition worker as Lead Practitioner."])
    top = outlook_top(f, addr("Lomax, Priya", "Priya.Lomax@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Owen Fairhurst - final CIN Mon 9th May 2pm", when)
    add(f, mail(f, top, body, [summ]), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2720664"],
        [ch("Owen Fairhurst", "2033-08-04", "04/08/2033")],
        ["school_attendance", "substance_misuse"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down (plain text, quoted-printable, closing summary .pdf): final CIN date, "
        "time and venue; a named Lead Practitioner with his agency (Marcus Hendry, Kirkby Vale College); all three "
        "Signs of Safety headings answered. Consent stated ('Dad has given his consent') although level 2 does not "
        "require it. NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, NOT DECISIVE: Fri 29 Apr -> Mon 9 May is 6 plain "
        "weekdays, 5 working days without Mon 2 May -> exactly 5 -> ok -> book_meeting. Concerns: cannabis -> "
        "substance_misuse; 84% -> school_attendance.",
        meeting=date(2050, 5, 9), not_children=["Priya Lomax", "Marcus Hendry"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2050-04-26 16:20:14"
    body = T("""
Dear MASH,

Step up request - Sorensen family - Mosaic 2851406

Following reflective supervision with Ben Achterberg (Early Help Practitioner) today, I am requesting a step up to Children's Services for Freya Sorensen (DOB 22/01/2035, Year 10, Southfields Park School) and Oscar Sorensen (DOB 14/07/2037, Year 8, same school). The latest case summary is attached. I have discussed this with Ben and agree it should step up.

Rationale for step up
Dad (sole carer since mum moved to Sweden in 2048) has had a relapse of his psychosis since March. He has stopped his medication twice, believes the neighbours are listening through the walls, and kept both children home for four days in April "to keep them safe". Freya (15) is now doing the shopping, managing dad's tablets and getting Oscar to school; her attendance has fallen to 71% in the run-up to her Year 10 exams and Oscar's to 83%. Dad has engaged with Early Help throughout but the community mental health team say his insight is poor and the plan we hold cannot meet the children's needs while he is this unwell. We think the family needs a Child and Family Assessment and a CIN plan alongside the CMHT.

There are no immediate child protection concerns: dad has never harmed the children, the paternal aunt visits daily this week and the CMHT saw him yesterday.

Dad has consented to the step up and knows we are contacting you today.

Kind regards,

Harriet Okonkwo-Lane
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Early Help
020 7946 0172

""") + RDISC
    summary = docx_att("Case summary - Sorensen - April 2050.docx", [
        "# Early Help case summary",
        "Family: Sorensen. Mosaic 2851406. Lead practitioner: Ben Achterberg (Early Help).",
        "Children: Freya Sorensen (22/01/2035), Oscar Sorensen (14/07/2037).",
        "Involvement: Early Help since October 2049, after school raised Freya's caring role.",
        "March-April 2050: dad's relapse; two periods off medication; children kept home 11-14 April.",
        "Attendance this term: Freya 71%, Oscar 83%. Young carers' assessment completed for Freya 02/03/2050.",
        "Agencies: CMHT (care coordinator), school, young carers' service, GP."])
    top = outlook_top(f, addr("Okonkwo-Lane, Harriet", "Harriet.Okonkwo-Lane@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Mosaic 2851406 - Sorensen", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2851406"],
        [ch("Freya Sorensen", "2035-01-22", "22/01/2035"), ch("Oscar Sorensen", "2037-07-14", "14/07/2037")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (seed 000: the TM emails the "
        "MASH Step Up inbox with the latest case summary and the rationale): case summary attached (.docx), "
        "rationale pasted under its own heading -> nothing missing -> book_meeting (MASH business support invite "
        "within 1 WD). 'Mosaic 2851406' -> '2851406'. The sender agrees ('agree it should step up'); 'Dad has "
        "consented to the step up' -> true. 'No immediate child protection concerns' is negated (not urgent). "
        "Concerns: dad's psychosis -> parental_mental_health; Freya's caring -> young_carer; 71% / 83% -> "
        "school_attendance.",
        not_children=["Harriet Okonkwo-Lane", "Ben Achterberg"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2050-05-19 10:14:39"
    body = T("""
To the MASH team,

Candidate: Nadia Kaminski, Year 11, candidate number 4127, DOB 03/03/2034
Exam: GCSE Mathematics Paper 2 (Higher), 09:00 today, main hall
School: Thornbury Park School, Wandsworth

Nadia did not arrive for the paper. I rang her mother at 09:05: Nadia told her at 19:30 last night that she was staying at a friend's, and her mother has not heard from her since.

At 09:35 a friend of Nadia's, who is sitting the same paper, showed the invigilator a message she had received from Nadia's number at 08:52: "he wont let me leave the flat. dont tell anyone or hell go mad". Nadia's phone is now switched off.

Our DSL log has three entries since March about Nadia being collected from the school gate by a man in his mid-twenties in a white Audi; she has called him her boyfriend. We do not know where the flat is. The friend thinks it is "somewhere near Tooting Broadway".

Our DSL, Mr Pascoe, is on a course today and the deputy is invigilating, so I am writing to you directly as well as ringing. The police have been given the details of the message (09:50).

Gillian Frost
Examinations Officer
Thornbury Park School
020 7946 0588

""")
    top = outlook_top(f, addr("Gillian Frost", "g.frost@thornburypark.example.sch.uk"), addr("MASH Step Up", RSU),
                      "Year 11 candidate did not arrive for GCSE Maths - Nadia Kaminski", when,
                      mid_domain="AM9P192MB0934.EURP192.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Nadia Kaminski", "2034-03-03", "03/03/2034")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT, TOLD CLINICALLY BY AN EXAMS OFFICER: a Year 11 candidate did not arrive for her GCSE paper, has "
        "not been home since last night, and texted a friend at 08:52 'he wont let me leave the flat'; an adult "
        "'boyfriend' in his twenties collects her from school; phone off; location unknown -> a child missing now "
        "and held -> safety rule 1, alert_duty (police told is not the child safe). Not a step request -> other. "
        "Concerns: missing; exploitation (an adult man, held at a flat).",
        not_children=["Gillian Frost"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2050-06-08 15:52:03"
    worker = T("""
Hi Tom,

I'm sorry to land this on you at the end of the day. I saw Maya after her history exam at lunchtime. I'm conscious I might be reading too much into it - she's been very up and down with the exams and she said herself afterwards that she "might be making a big thing of it" - but I don't think I can leave it.

Maya's brother Connor (19) has had his friend Dean staying on their sofa since Easter. Maya told me that Dean comes into the bathroom when she's in the shower, and that on Monday night he got into her bed and "put his hand under my pyjamas". She said he told her he'll "come back in tonight" because mum is on nights at St George's all this week and Connor is working away in Leeds. Mum leaves for her shift at 7pm. Dean has a key.

Maya asked me if she could sleep at school. She was shaking when she told me. She has not told mum.

I've written it up on Mosaic. Can we step this up today?

Keira

Keira Mensah
Early Help Practitioner | Richmond and Wandsworth Early Help
020 7946 0611
""")
    body = T("""
MASH colleagues,

Please see Keira's note below. I've spoken to Keira and I agree this needs to step up to Children's Services today - I may be being over-cautious, but I'd much rather we looked at it tonight than next week.

Maya Hollis, DOB 11/11/2035, Mosaic ID 2866013. The latest case summary is attached.

Rationale for step up
Early Help has worked with Maya and her mum since January (exam anxiety, low mood, mum's long night shifts). What Keira describes is a possible sexual assault by an adult who lives in the home, with no other adult there overnight this week. That is beyond what Early Help can hold.

Mum hasn't been told yet - Keira is with Maya at school now.

Tom

Tom Whitcombe
Early Help Team Manager (Richmond)
Richmond and Wandsworth Early Help
020 7946 0284

""") + quote("Mensah, Keira <Keira.Mensah@richmondandwandsworth.gov.uk>", "08 June 2050 15:31",
               "Whitcombe, Tom <Tom.Whitcombe@richmondandwandsworth.gov.uk>", "Maya H - after her exam today",
               worker) + "\n" + RDISC
    summ = pdf_att("Case summary - Maya Hollis.pdf", "Early Help case summary", [
        "Young person: Maya Hollis, DOB 11/11/2035. Mosaic ID 2866013.",
        "Household: mum (nurse, nights), brother Connor (19, working away), a family friend staying since April.",
        "Early Help since January 2050: exam anxiety, low mood, school refusal before mocks (now attending 94%).",
        "Plan: weekly sessions with Keira Mensah; school counsellor; GP review of low mood."])
    top = outlook_top(f, addr("Whitcombe, Tom", "Tom.Whitcombe@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Maya H - after her exam today", when, cc=addr("Mensah, Keira", "Keira.Mensah@" + RDOM))
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2866013"],
        [ch("Maya Hollis", "2035-11-11", "11/11/2035")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "URGENT, HEDGED ('I might be reading too much into it', 'I may be being over-cautious') in an Outlook FW: "
        "with the worker's note quoted: a 14-year-old describes an adult lodger who got into her bed on Monday and "
        "says he will 'come back in tonight'; mum on nights from 7pm, the brother away, the man has a key -> "
        "safety rule 1, alert_duty. As a step-up it is complete (case summary .pdf, rationale under its heading, "
        "sent by the Early Help TM who agrees). 'Mum hasn't been told yet' -> consent null (not required here). "
        "'Mosaic ID 2866013' -> '2866013'. Concerns: sexual_harm.",
        not_children=["Keira Mensah", "Tom Whitcombe"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2050-07-04 09:31:45"
    text = T("""
Dear colleagues,

For information only - no action is needed from the MASH or Early Help. I am writing so that your records are complete.

At our Year 13 leavers' prom at the Riverside Hotel, Kingston, on Friday evening (1 July), Isla Brennan-Watts (17, Year 12), who was there as a guest, was seen leaving the function room with a 31-year-old man who is not connected with the college. Two staff followed and found her in his car in the hotel car park, very drunk. We called the police at 23:40.

The man was arrested at the scene. On Saturday he was charged with sexual assault and with supplying alcohol to a child, and he was remanded in custody by Kingston magistrates on Monday morning until his Crown Court hearing. Isla was taken home by her parents on Friday night; they are very supportive and she is at home with them. A strategy discussion was held with police and the MASH on Saturday (I understand Imogen Varley chaired it) and a single-agency police investigation is under way. There is no risk from the man while he is on remand and no concern about Isla's family.

Isla has asked for our counsellor and is being seen twice a week. We are reviewing how we check guests at college events.

Kind regards,

Sophie Carrow
Head of Sixth Form
St Aldhelm's Sixth Form College
020 7946 0733
""")
    top = plain_top(f, addr("Sophie Carrow", "s.carrow@staldhelms.example.ac.uk"), addr("MASH Step Up", RSU),
                    "For information - incident at our leavers' prom on Friday", when, "staldhelms.example.ac.uk", None)
    add(f, gmail_alt(f, top, text), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Isla Brennan-Watts")],
        ["sexual_harm"], None, None, [], None, "human_review",
        "NEAR MISS, ALREADY HANDLED: a prom-night sexual assault by an adult last Friday - the man arrested at the "
        "scene, charged and remanded in custody, the girl at home with supportive parents, a strategy discussion "
        "already held on Saturday; 'for information only'. No immediate risk now -> not urgent; not a step request "
        "-> other, human_review. Concerns: the assault on a named 17-year-old last week -> sexual_harm (recent, "
        "though handled). Google Workspace multipart/alternative.",
        not_children=["Sophie Carrow", "Imogen Varley"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2050-07-13 11:40:22"
    blocks = [
        "Dear Early Help Duty Team Manager,",
        "",
        "Further to my call with Jasper Quint this morning, I confirm that we agreed a step-down case discussion "
        "for Kofi Ampofo-Reid on Tuesday 19th July at 2pm on Teams. The latest case summary and the draft Early "
        "Help plan are attached.",
        "",
        ("table", [
            ["", ""],
            ["Young person", "Kofi Ampofo-Reid, DOB 29/09/2033 (16)"],
            ["Mosaic", "2790318"],
            ["Social worker", "Leon Fairbairn, Adolescent Service (Wandsworth)"],
            ["Proposed Early Help worker", "Precious Nwosu, Youth Worker, Early Help Adolescent Team"],
        ]),
        "",
        ("h", "Background"),
        "Kofi was on a child protection plan for criminal exploitation from 2047 to March 2049. In 2048 he was "
        "stabbed in the leg in Clapham and went missing eleven times; he had an NRM positive conclusive grounds "
        "decision. That is history now: there has been no missing episode since September 2048, police "
        "intelligence shows no current links to the group, and the exploitation panel closed him in April 2049.",
        ("h", "Now"),
        "Kofi has sat all his GCSEs (predicted 4s and 5s) and has a place on a plumbing course at Battersea Reach "
        "College in September. His attendance dipped to 88% over the exam period because of anxiety, and he would "
        "like help with the transition to college and with money for tools. Mum works two jobs and would welcome "
        "support.",
        "",
        "Kofi and his mum both consented to Early Help at the CIN review on 6 July. My team manager, Orla "
        "Pennington, agrees with the step down.",
        "",
        "Leon Fairbairn",
        "Social Worker | Adolescent Service (Wandsworth)",
        "020 7946 0415",
        "",
        RDISC.strip(),
    ]
    summ = pdf_att("Case summary - K Ampofo-Reid - July 2050.pdf", "Case summary", [
        "Kofi Ampofo-Reid, DOB 29/09/2033. Mosaic 2790318.",
        "2047-2049: CP plan (criminal exploitation); closed to the exploitation panel April 2049.",
        "2049-2050: CIN plan; no missing episodes since September 2048; no police intelligence.",
        "GCSEs sat May-June 2050. College place from September 2050."], compress=True)
    plan = docx_att("Draft Early Help plan - Kofi.docx", [
        "# Draft Early Help plan", "Young person: Kofi Ampofo-Reid",
        "Outcome 1: Kofi starts college in September and attends 95%+ (Early Help worker and college tutor).",
        "Outcome 2: Kofi has what he needs for his course (bursary application, tools).",
        "Outcome 3: Kofi's anxiety is lower (school counsellor until July, college wellbeing team from September).",
        "Review: 4 weeks after handover."])
    top = outlook_top(f, addr("Fairbairn, Leon", "Leon.Fairbairn@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - case discussion Tues 19th July 2pm - Kofi Ampofo-Reid", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, word_mail(f, top, blocks, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2790318"],
        [ch("Kofi Ampofo-Reid", "2033-09-29", "29/09/2033")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS, HISTORIC: a step-down whose background reads alarmingly (stabbed, missing eleven times, NRM, "
        "a CP plan for criminal exploitation) but all of it in 2047-2049 and closed; 'That is history now'. "
        "Complete Richmond & Wandsworth step-down: case summary .pdf, draft plan .docx, consent ('both consented "
        "to Early Help') -> book_meeting; the case discussion agreed by phone within 5 days (Tue 19 July). "
        "Concerns: only the current one, attendance 88% -> school_attendance (not exploitation or missing).",
        not_children=["Leon Fairbairn", "Precious Nwosu", "Jasper Quint", "Orla Pennington"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2050-05-17 17:48:09"
    text = T("""
Hello Early Help duty,

Step down - Lindqvist children - Mosaic ID 2844590 (Elsa) and 2844591 (Noah)

I spoke to Jasper Quint this afternoon and we agreed a step-down case discussion on Friday 20th May at 10am (Teams). The latest case summary and the draft Early Help plan are attached.

Elsa (DOB 07/05/2034) has just turned 16 and is in the middle of her GCSEs; Noah (DOB 18/02/2041) is 9. The CIN plan was for mum's drinking, which is much better - she has been in the Richmond Recovery Service since November and has had one lapse, at Easter, which she told us about herself. Elsa's attendance is 84% and she has exam access arrangements for anxiety.

I haven't asked the family about Early Help yet - I didn't want to put anything else on Elsa in the middle of her exams. I'm seeing mum and Elsa together after Elsa's last exam on 17th June to talk it through and get their consent, and I'll confirm it to you then.

Thanks,
Marta

Marta Kowalczyk
Social Worker | Children in Need (Richmond)
Richmond and Wandsworth Children's Services
020 7946 0356
""")
    summ = pdf_att("Case summary - Lindqvist - May 2050.pdf", "Case summary", [
        "Elsa Lindqvist (07/05/2034) and Noah Lindqvist (18/02/2041). Mosaic 2844590 / 2844591.",
        "CIN since October 2049: mother's alcohol use. Recovery service since November 2049; one lapse (April).",
        "Elsa: GCSEs May-June 2050; access arrangements; attendance 84%. Noah: attendance 96%."])
    plan = docx_att("Draft EH plan - Lindqvist.docx", [
        "# Draft Early Help plan - Lindqvist",
        "1. Mum continues with the recovery service (fortnightly key work).",
        "2. Elsa: support into sixth form; Noah: after-school club three days a week.",
        "3. Family time at weekends; review at 4 weeks."])
    top = plain_top(f, addr("Marta Kowalczyk", "Marta.Kowalczyk@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Lindqvist - case discussion Fri 20th May 10am", when, RDOM,
                    "Mozilla Thunderbird 128.4", extra=[("User-Agent", "Mozilla Thunderbird")])
    top = [(k, v) for k, v in top if k != "X-Mailer"]
    add(f, thunderbird_flowed(f, top, text, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2844590", "2844591"],
        [ch("Elsa Lindqvist", "2034-05-07", "07/05/2034"), ch("Noah Lindqvist", "2041-02-18", "18/02/2041")],
        ["school_attendance", "substance_misuse"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down (Thunderbird format=flowed, after 17:00) with the case summary .pdf and "
        "draft plan .docx, but consent is still to be asked ('I haven't asked the family about Early Help yet ... "
        "get their consent') -> consent null -> missing consent -> request_info. Two Mosaic ids written 'Mosaic ID "
        "2844590 (Elsa) and 2844591 (Noah)'. Concerns: mum's drinking -> substance_misuse; 84% -> "
        "school_attendance.",
        not_children=["Marta Kowalczyk", "Jasper Quint"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2050-04-27 09:05:31"
    add(f, google_reply(f, when, "Sam Adeleke", "sam.adeleke@wandleyouth.example.org", ("MASH Step Up", RSU),
                        "ACCEPTED", "Step-up case discussion - Mosaic 2851406 [SB-richmond_wandsworth-1977]",
                        "20500428T130000Z", "20500428T140000Z", "Microsoft Teams Meeting",
                        "Thu 28 Apr 2050 14:00 - 15:00 (BST)", note="I'll join from the youth project - Sam"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2851406"],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, a short COMMENT, invite.ics attached) from a youth worker "
        "to the step-up case discussion for richmond_wandsworth_01's family -> meeting_reply, record_reply; case "
        "id from the SUMMARY ('Mosaic 2851406' -> '2851406'); no child named.",
        not_children=["Sam Adeleke"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2050-05-20 08:47:02"
    body = T("""
Thank you for your email.

I am invigilating GCSE exams all day every day until Friday 24 June and will only be checking email after 4pm.

If you have an urgent safeguarding concern about a student, please ring the school office on 020 7946 0588 and ask for the duty DSL. If a child is in immediate danger, call 999.

For exam access arrangements, please email exams@thornburypark.example.sch.uk.

Naomi Achebe
Head of Year 11 and Deputy DSL
Thornbury Park School
""")
    add(f, ooo(f, when, "Naomi Achebe", "n.achebe@thornburypark.example.sch.uk", addr("Early Help Duty", RED),
               "Step-down - Lindqvist - Elsa's exam arrangements [SB-richmond_wandsworth-2012]", body),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "auto_reply", False, None, [],
        [], [], None, None, [], None, "ignore",
        "NEAR MISS, BOILERPLATE: an Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) "
        "from a Head of Year who is invigilating, whose text says 'urgent safeguarding concern' and 'immediate "
        "danger, call 999' as standard wording -> auto_reply, ignore (safety rule 2); nothing describes a child.",
        not_children=["Naomi Achebe"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2050-06-23 12:15:58"
    body = T("""
Dear Early Help Hub,

Step-down to Early Help - Haque family

I am stepping the three Haque children down from a Child in Need plan to a Team Around the Family. The Child and Family Assessment concluded on 17/06/2050 and the draft TAF plan is attached with it.

Ruksana Haque - DOB 14/12/2033 - Mosaic 3370125 (Year 11, finished her GCSEs on Monday)
Imran Haque - DOB 02/04/2039 - Mosaic 3370126
Safa Haque - DOB 19/08/2041 - Mosaic 3370127

Lead Practitioner: Mr Joynal Ahmed, Learning Mentor, Cable Street Academy (Imran and Safa's school), has agreed to take on the role.
TAF meeting: Tuesday 5th July, 10am, at Cable Street Academy - I will chair it.

Mum consented to the step-down at the final CIN review on 21/06/2050. My team manager, Shirin Alam, has signed off the step-down.

Background: dad left the family home in March after an assault on mum and is on bail with a condition not to contact her or come to the address. Mum has worked well with the IDVA, the locks have been changed and the children's attendance has recovered (Imran 93%, Safa 95%; Ruksana had 81% before her exams).

Many thanks,
Farhana

Farhana Chowdhury
Social Worker | Children and Families Assessment Team (Bow) | Tower Hamlets Council
020 7946 0127

PS - as I was about to send this, Ruksana's tutor rang from Poplar Riverside College (Ruksana is on their summer bridging course). Ruksana told her this morning that her dad was at the flat last night - he let himself in with a key nobody knew he still had - and told mum that if she doesn't let him move back in he'll "finish her" tonight, in front of the kids. Mum hasn't called the police because she's scared it will make him worse. All three children will be at home with mum from 4pm. I couldn't get through to MAST on the phone just now and I'm going to keep trying.

""") + TDISC
    assess = pdf_att("C&F Assessment - Haque - 17.06.2050.pdf", "Child and Family Assessment - summary and analysis", [
        "Children: Ruksana Haque (14/12/2033), Imran Haque (02/04/2039), Safa Haque (19/08/2041).",
        "Mosaic 3370125, 3370126, 3370127. Assessment started 22/04/2050, concluded 17/06/2050.",
        "Analysis: mother protective and engaging; father left March 2050, bail conditions in place.",
        "Outcome: step down to a TAF with a Lead Practitioner from Cable Street Academy."])
    plan = docx_att("Draft TAF plan - Haque.docx", [
        "# Draft TAF plan - Haque family",
        "Lead Practitioner: Joynal Ahmed (Cable Street Academy)",
        "1. Mum continues with the IDVA until the court case (July).",
        "2. Ruksana: support into college; Imran and Safa: attendance and after-school club.",
        "3. TAF review every 6 weeks."])
    top = outlook_top(f, addr("Chowdhury, Farhana", "Farhana.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to Early Help - Haque - Mosaic 3370125", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["3370125", "3370126", "3370127"],
        [ch("Ruksana Haque", "2033-12-14", "14/12/2033"), ch("Imran Haque", "2039-04-02", "02/04/2039"),
         ch("Safa Haque", "2041-08-19", "19/08/2041")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT IN A PS of a complete Tower Hamlets step-down (C&F assessment .pdf, draft TAF plan .docx, consent "
        "at the final CIN review, Lead Practitioner named with his agency): the father, on bail not to go there, "
        "let himself into the flat last night and threatened to 'finish her' tonight in front of the children; all "
        "three home with mum from 4pm; the police not called; MAST not reached -> safety rule 1, alert_duty. "
        "Concerns: domestic_abuse; school_attendance (the attendance the plan addresses). Three bare Mosaic ids.",
        not_children=["Farhana Chowdhury", "Joynal Ahmed", "Shirin Alam"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2050-06-16 10:05:17"
    quoted_hub = T("""
Dear Mrs Begum,

Thank you for agreeing to Early Help for Zayan Begum. Our worker, Shelina Khanom, will be in touch to arrange the first Team Around the Family meeting.

Case ref: Mosaic 3361842
Reference: SB-tower_hamlets-5521

Early Help Hub
Tower Hamlets Council
""")
    text = T("""
Hello Miss Shelina and the Early Help,

I am sorry my English is not good. I write because I dont know what to do.

My daughter Sadia Begum she is 16. She not come home since Tuesday after her exam, today is Thursday. Her phone is off. Her friend tell me she go in a black car with a man from the shisha shop on the Roman Road, he is maybe 25 or 30 years, he give her a phone and money before.

Last night 11 oclock she send me only one message "mum i cant come home he says i owe him" and then nothing.

The police I did not call yet because my husband say it is shame for the family, he say she will come back. But she never stay away before.

Zayan ask for his sister all the time and he dont sleep.

Please tell me what I do.

Rokeya Begum
07700 900 358

On Thu, 9 Jun 2050 at 14:12, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
""") + quoted(quoted_hub)
    top = plain_top(f, addr("Rokeya Begum", "rokeya.begum61@example.com"),
                    ", ".join([addr("Shelina Khanom", "Shelina.Khanom@" + TDOM), addr("Early Help Hub", TEH)]),
                    "Re: Early Help for Zayan - next steps [SB-tower_hamlets-5521]", when, "mail.gmail.com", None,
                    extra=[("In-Reply-To", msgid(f + "hub", TDOM)), ("References", msgid(f + "hub", TDOM))])
    add(f, android_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["3361842"],
        [ch("Sadia Begum"), ch("Zayan Begum")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT IN SECOND-LANGUAGE ENGLISH on a follow-up: a mother's reply-all to the Hub's letter "
        "[SB-tower_hamlets-5521] says her 16-year-old has been gone since Tuesday with a man of 25-30 who gave her "
        "a phone and money, last message 'he says i owe him', police not called -> a child missing now and "
        "exploited -> safety rule 1 overrides attach_to_request. Android phone mail: one base64 text/plain part, "
        "LF, the Hub's letter quoted with '> ' (case ref 'Mosaic 3361842' -> '3361842'; Zayan named in full "
        "there). Concerns: missing, exploitation.",
        not_children=["Rokeya Begum", "Shelina Khanom"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2050-05-10 14:27:44"
    fwd = T("""
---------- Forwarded message ---------
From: Helen Voss <h.voss@poplarriverside.example.ac.uk>
Date: Tue, 10 May 2050 at 12:41
Subject: Lacey D - tutorial this morning
To: Jo Pryor <jo@limehouseyouth.example.org>


Hi Jo,

Lacey told me in her 11 o'clock tutorial that she has been staying at her boyfriend Kyle's flat since she fell out with her mum at Easter. He is 27. She showed me the bruises on the tops of both arms - she says he grabs her when she "mouths off".

She says Kyle is taking her to Bristol on the 8 o'clock coach tonight to "meet some of his friends" and that she'll "have to be nice to them" because of what she owes him for the flat. She says she won't be in for her functional skills maths exam tomorrow.

Mum knows she's at Kyle's but says she can't make her come home. Lacey left college at 12.15.

Helen

Helen Voss
Personal Tutor, Study Programmes
Poplar Riverside College
""")
    text = T("""
Hi MAST,

Please find attached the Multi-Agency Request for Support for Lacey Dunn (16). My manager, Dami Ogunleye, has agreed this step up this morning - we've been working with Lacey as her Early Help lead since February and this is now beyond what we can offer.

The college's email below is why I'm sending it today rather than at the end of the week.

Jo

Jo Pryor
Young People's Worker (Early Help lead practitioner)
Limehouse Youth Trust
07700 900 526

""") + fwd
    marf = pdf_att("MARF - Lacey Dunn.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child / young person: Lacey Dunn. DOB 08/06/2033. Gender: female.",
        "Address: staying at a friend's flat, E14 (address not known to mum); family address 31 Gale Street, E3 9ZQ.",
        "Mosaic (if known): 3342907",
        "Referrer: Jo Pryor, Young People's Worker, Limehouse Youth Trust (Early Help lead practitioner).",
        "Manager's agreement: Dami Ogunleye, Service Manager, 10/05/2050 - agreed.",
        "Parent / carer aware of this request: No (mum not yet told).",
        "What are you worried about? Lacey (16) lives with a 27-year-old man; bruising to both arms; talk of a "
        "debt; he is taking her to Bristol tonight to meet his friends.",
        "What is working well? Lacey trusts her college tutor and her youth worker.",
        "What needs to happen? A MAST response today; step up to Children's Social Care."])
    top = plain_top(f, addr("Jo Pryor", "jo@limehouseyouth.example.org"), addr("MAST", TMAST),
                    "Fwd: Lacey D - tutorial this morning - MARF attached", when, "mail.gmail.com", None)
    add(f, gmail_alt(f, top, text, [marf]), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3342907"],
        [ch("Lacey Dunn", "2033-06-08", "08/06/2033")],
        ["exploitation", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT IN A GMAIL FORWARD ('---------- Forwarded message ---------'): a 16-year-old living with a "
        "27-year-old who bruises her arms is being taken to Bristol tonight at 8 to 'be nice to' his friends "
        "because of a debt -> safety rule 1, alert_duty. As a MAST step-up it is complete: MARF attached (.pdf) "
        "and the manager agreed ('has agreed this step up this morning') -> missing []. 'Parent / carer aware: No' "
        "-> consent null. Concerns: exploitation (a debt, 'meet his friends'), physical_harm (bruises). Mosaic "
        "number in the MARF ('Mosaic (if known): 3342907').",
        not_children=["Jo Pryor", "Helen Voss", "Dami Ogunleye"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2050-04-29 16:05:36"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
         '<p>Dear MAST colleagues,</p>\n'
         '<p>I hope you don\'t mind a general question before exam season starts. <b>This is not about any '
         'particular student</b> - I just want to get our threshold right before the summer.</p>\n'
         '<ol>\n'
         '<li>If a 17-year-old tells me she is in a relationship with a 26-year-old, seems happy, and there are no '
         'other worries (no gifts, no missing, no change in behaviour), do I need to complete a MARF, or is it a '
         'conversation with our DSL?</li>\n'
         '<li>If a 16-year-old says in a counselling session that she would "rather die" than fail her A levels, '
         'but has no plan and no history of self-harm, is that a matter for MAST or for CAMHS?</li>\n'
         '<li>What would make either of those situations an immediate risk that we should phone about?</li>\n'
         '</ol>\n'
         '<p>We don\'t want to send you unnecessary referrals, and equally we don\'t want to miss anything. Is there '
         'a threshold document or a short training session we could have for our student services team?</p>\n'
         '<p>With thanks,</p>\n'
         '<p>Dr Miriam Essa<br>Student Counsellor<br>Poplar Riverside College<br>020 7946 0874</p>\n'
         '</div></body></html>\n')
    top = plain_top(f, addr("Dr Miriam Essa", "m.essa@poplarriverside.example.ac.uk"), addr("MAST", TMAST),
                    "Threshold question ahead of exams - not about a specific student", when,
                    "poplarriverside.example.ac.uk", None)
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS, HYPOTHETICAL: an HTML-only question from a college counsellor ('This is not about any "
        "particular student'): an older boyfriend, 'rather die than fail', 'immediate risk' - all hypotheticals -> "
        "no child, no concerns, not urgent -> other, human_review.",
        not_children=["Miriam Essa"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2050-07-06 11:20:09"
    body = T("""
Dear MAST,

Step up request - Akhtar family - Mosaic 3351620

Please find attached the Multi-Agency Request for Support. Kamal Uddin (Early Help Team Manager, copied) agreed the step-up in supervision yesterday, and mum and dad agree with the referral.

Tasnim (16, Year 11) is the main carer for her mum, who has multiple sclerosis and has deteriorated badly since March; she is now in a wheelchair and needs help with personal care at night. Dad drives for a haulage firm and is away four nights a week. Tasnim missed three of her GCSE papers in June because mum had fallen, and her attendance before the exams was 74%. Rayan (7) is often late because Tasnim has to get mum up first. The family need an assessment of mum's care needs and a Child and Family Assessment of the children's needs as young carers - more than Early Help can put in place.

You may hear from school that Tasnim had a bruised cheek on Monday. That happened in PE on Monday afternoon - she collided with another girl in netball - the PE teacher saw it and it is in the accident book. Neither child has ever said anything worrying about how mum or dad treat them; they are a warm, close family.

Kind regards,

Rubina Islam
Family Support Practitioner | Early Help (Stepney) | Tower Hamlets Council
020 7946 0563

""") + TDISC
    marf = docx_att("MARF - Akhtar - 05.07.2050.docx", [
        "# Multi-Agency Request for Support",
        "Children: Tasnim Akhtar (DOB 30/10/2033), Rayan Akhtar (DOB 12/01/2043). Mosaic 3351620.",
        "Referrer: Rubina Islam, Early Help (Stepney). Manager: Kamal Uddin - agreed 05/07/2050.",
        "Parents aware and agree: Yes (both).",
        "Reason: young carers; mother's MS; missed GCSE papers; attendance 74% (Tasnim), lateness (Rayan).",
        "Is there an immediate risk of harm? No. The bruise on 04/07/2050 was a netball injury (accident book)."])
    top = outlook_top(f, addr("Islam, Rubina", "Rubina.Islam@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Akhtar - Mosaic 3351620", when, cc=addr("Uddin, Kamal", "Kamal.Uddin@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3351620"],
        [ch("Tasnim Akhtar", "2033-10-30", "30/10/2033"), ch("Rayan Akhtar", "2043-01-12", "12/01/2043")],
        ["school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "NEAR MISS, AN INJURY EXPLAINED: a bruised cheek seen at school, explained (a netball collision the PE "
        "teacher saw, in the accident book), and nothing worrying about the parents -> not urgent. Complete MAST "
        "step-up: MARF (.docx) attached, the team manager 'agreed the step-up in supervision yesterday' (copied), "
        "parents agree -> book_meeting. Concerns: young_carer (mum's MS, personal care), school_attendance (missed "
        "papers, 74%, lateness). The mother's disability is not the child's SEND.",
        not_children=["Rubina Islam", "Kamal Uddin"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2050-06-20 10:22:30"
    rows = [("Children", "Theo Marchetti-Reyes, DOB 15/04/2033 (17) - autism, EHCP, Year 1 of a Level 2 course at "
             "Mile End College<br>Luca Marchetti-Reyes, DOB 06/11/2039 (10)"),
            ("Mosaic", "3355872"),
            ("C&amp;F Assessment", "Concluded 14/06/2050 - attached"),
            ("Draft TAF plan", "Attached"),
            ("Consent", "Dad has consented to the step down (at my visit on 16/06/2050)"),
            ("Lead Practitioner", "TBC - I've asked Mile End College whether their SEND Transition Coordinator will "
             "take on the role and am waiting to hear back"),
            ("TAF meeting", "To be arranged once the Lead Practitioner is confirmed")]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>\n'
         '<body lang="EN-GB"><div class="WordSection1">\n'
         '<p class="MsoNormal">Hello Early Help Hub,</p><p class="MsoNormal">&nbsp;</p>\n'
         '<p class="MsoNormal">Please see below a step-down from the Children with Disabilities Team. Theo has '
         'just finished his first-year exams at college and the family would like support over the summer with '
         'Theo\'s move to independent travel and with Luca\'s sleep.</p><p class="MsoNormal">&nbsp;</p>\n'
         '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n'
         + "".join('<tr><td style="background:#DEEAF6"><b>%s</b></td><td>%s</td></tr>\n' % r for r in rows)
         + '</table>\n<p class="MsoNormal">&nbsp;</p>\n'
         '<p class="MsoNormal">Best wishes,<br>Olamide</p><p class="MsoNormal">&nbsp;</p>\n'
         '<p class="MsoNormal">Olamide Bankole<br>Social Worker | Children with Disabilities Team | Tower Hamlets '
         'Council<br>020 7946 0694</p>\n<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">%s</p>\n'
         '</div></body></html>\n' % esc(TDISC.strip()))
    assess = pdf_att("C&F Assessment - Marchetti-Reyes.pdf", "Child and Family Assessment", [
        "Theo Marchetti-Reyes (15/04/2033) and Luca Marchetti-Reyes (06/11/2039). Mosaic 3355872.",
        "Concluded 14/06/2050. Needs: Theo's autism and transition to adulthood; Luca's sleep; dad a lone parent.",
        "Outcome: step down to a TAF."])
    plan = docx_att("Draft TAF plan - Marchetti-Reyes.docx", [
        "# Draft TAF plan", "1. Independent travel training for Theo (college).",
        "2. Sleep clinic referral for Luca (GP).", "3. Short breaks review (SEND team)."])
    top = outlook_top(f, addr("Bankole, Olamide", "Olamide.Bankole@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Marchetti-Reyes - Mosaic 3355872", when)
    root = multipart("mixed", [text_part(h, "html", crlf=True), assess, plan], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3355872"],
        [ch("Theo Marchetti-Reyes", "2033-04-15", "15/04/2033"), ch("Luca Marchetti-Reyes", "2039-11-06", "06/11/2039")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "HTML-only Outlook step-down (details in an HTML table, no text/plain part) with the C&F assessment .pdf, "
        "the draft TAF plan .docx and dad's consent, but the Lead Practitioner is 'TBC' (asked, no answer) -> "
        "lead_practitioner missing -> request_info. Concerns: Theo's autism / EHCP -> disability_send.",
        not_children=["Olamide Bankole"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2050-07-11 08:12:55"
    add(f, itip_reply(f, when, "Shahida Karim", "s.karim@cablestreet.example.sch.uk", ("Early Help Hub", TEH),
                      "TENTATIVE", "TAF meeting - Mosaic 3348810 [SB-tower_hamlets-5604]",
                      "20500713T100000", "20500713T113000", "Cable Street Academy - meeting room 1",
                      comment="I may be invigilating the Year 10 mocks until 10.30 that morning. I'll join as soon "
                              "as I can, or send our Assistant DSL."),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3348810"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE with a COMMENT about invigilating -> meeting_reply, record_reply; "
        "the Mosaic number in the SUMMARY is the case id.",
        not_children=["Shahida Karim"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2050-05-25 13:40:12"
    body = T("""
Dear MAST,

I am the Examinations Officer at Mile End College. We are applying to the awarding bodies for special consideration for one of our A-level students, Jasmin Ali-Hassan (17), who missed two papers last week. Her application explains that she and her mum have lived in refuge accommodation since a domestic abuse incident at their home in November 2048, after which Tower Hamlets children's social care were involved with the family.

Jasmin has given us permission to contact you. The incident is well in the past: the man responsible was sentenced to four years in March 2049 and is still in prison, Jasmin and her mum have been safe in the refuge since, and the social care case closed last year. Jasmin missed the papers because the family were moved to permanent housing that week, not because of any new incident.

The awarding body asks for "independent evidence" of the circumstances. Could someone at MAST confirm on headed paper that social care were involved with the family after November 2048? I attach our standard letter template. There is no risk to Jasmin and I am not making a referral.

Kind regards,

Graham Pettifer
Examinations Officer
Mile End College
020 7946 0912
""")
    tmpl = pdf_att("Special consideration - evidence letter template.pdf", "Special consideration - supporting evidence", [
        "To: the Examinations Officer, Mile End College",
        "Candidate name: ........................................  Candidate number: ...........",
        "I confirm that the candidate's circumstances described in the application are known to this service.",
        "Signed: ......................  Role: ......................  Date: ..........."])
    top = plain_top(f, addr("Graham Pettifer", "g.pettifer@mileend.example.ac.uk"), addr("MAST", TMAST),
                    "Special consideration - request for evidence (J Ali-Hassan)", when, "mileend.example.ac.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [tmpl]), "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Jasmin Ali-Hassan")], [], None, None, [], None, "human_review",
        "NEAR MISS, HISTORIC: an exams officer's request for a letter for special consideration; the domestic "
        "abuse incident was in November 2048, the man is in prison, the family have been safe in refuge since and "
        "the case closed; 'not making a referral' -> other, human_review; no current concern (the historic abuse "
        "is not labelled). 'Jasmin has given us permission' is not consent to a service (null).",
        not_children=["Graham Pettifer"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2050-06-18 13:52:20"
    text = T("""
hi sorry i dont know who else to email, i found this address on the council website

one of my saturday girls at the cafe Ellie-Jo Penhaligon, shes 16, came in for her 12 oclock shift with a split lip and her left eye all swollen and nearly shut. she says her boyfriend Rhys did it last night because she was texting a lad from college. hes 22

hes sat outside in his car right now on the seafront waiting for her to finish at 4 and shes begging me not to make her go out to him. she says hes got her bank card and her phone and he told her if she doesnt come home with him tonight hell do her little sister as well. her sister is Kacey, 13. their mum works nights at the hospital

shes hiding in the back with the washing up. i dont know what im supposed to do, i cant keep her here all night

Gemma
manager, Harbourside Cafe, Paignton
07700 900 413
""")
    top = plain_top(f, addr("Gemma Pascoe", "gemma.harbourside@example.com"), addr(None, BMASH),
                    "girl at work", when, "example.com", None)
    add(f, android_mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ellie-Jo Penhaligon")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN MOBILE STYLE, SATURDAY (out of hours): a cafe manager's phone mail (one base64 text/plain part, "
        "LF, no capitals or full stops, subject 'girl at work'): her 16-year-old Saturday worker has a split lip "
        "and a closed eye from her 22-year-old boyfriend, who is waiting outside now, holds her card and phone, "
        "and threatens her 13-year-old sister tonight -> safety rule 1 (out-of-hours team). Not a step request -> "
        "other. The sister is named by first name only ('Kacey') and is not labelled. Concerns: physical_harm; "
        "domestic_abuse (abuse by an intimate partner, the victim 16).",
        not_children=["Gemma"])

def torbay_02():
    f = "torbay_02.eml"; when = "2050-05-18 15:30:41"
    body = T("""
Hello MASH,

Contact / step up to level 4 - Tremlett children - EHM-740218

I'm the family's lead practitioner (level 3 Early Help). My ATM, Silas Penrose, and I agree this needs considering for a level 4 statutory response, and he has asked me to send it to you now.

At about 8 this morning Mum, Kerry Tremlett, took an overdose of her prescribed tablets. Her eldest, Jack, found her and rang for an ambulance. She is on the ward at Torbay Hospital and is not expected to be discharged for at least two nights; she is still very drowsy and we have not been able to speak to her.

There is no other adult. Dad has not been involved since 2047 and Nan lives in Leeds. Jack went to his GCSE English exam at 1pm because he "didn't want to let anyone down".

Jack Tremlett - 16 - DOB 09/09/2033
Alfie Tremlett - 6 - DOB 27/02/2044
Rory Tremlett - 3 - DOB 15/07/2046

Alfie is at school and Rory at nursery until 3.15, and Jack has told the school office he will "just look after them tonight". Jack has not slept and has his combined science exam at 9 tomorrow. Nobody else is at home with them.

We have not been able to ask Mum for consent for this contact because she is not well enough.

Jodie

Jodie Lugg
Early Help Family Practitioner | Torbay Early Help (Torquay)
01632 960 447

""") + BDISC
    top = outlook_top(f, addr("Lugg, Jodie", "Jodie.Lugg@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Tremlett - EHM-740218", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-740218"],
        [ch("Jack Tremlett", "2033-09-09", "09/09/2033"), ch("Alfie Tremlett", "2044-02-27", "27/02/2044"),
         ch("Rory Tremlett", "2046-07-15", "15/07/2046")],
        ["parental_mental_health", "young_carer"], None, True, ["consent"], None, "alert_duty",
        "URGENT, TOLD PLAINLY: the sole carer took an overdose this morning and is in hospital for at least two "
        "nights; no other adult; a 16-year-old in the middle of his GCSEs will 'just look after' his brothers of 6 "
        "and 3 tonight -> a sole carer incapacitated -> safety rule 1, alert_duty. As a Torbay step-up (contact to "
        "MASH): the ATM agrees ('agree this needs considering for a level 4', copied) -> manager true; consent not "
        "asked ('not been able to ask Mum') -> null -> missing consent. Concerns: parental_mental_health "
        "(overdose), young_carer (Jack left caring).",
        not_children=["Jodie Lugg", "Kerry Tremlett", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2050-06-09 12:10:05"
    body = T("""
Dear MASH team,

I'd be grateful for your advice about one of our A-level students, Ben Hocking (DOB 14/02/2032). Ben turned 18 in February.

Ben has told me that his girlfriend, who is 19, checks his phone, takes his student bursary and tells him who he can see. He has been cutting his arms before exams and has missed two papers. He lives on his own in a bedsit in Torquay; he left his mum's house last year. He has no children and no younger siblings at home, and there are no children living with his girlfriend.

I understand that, as Ben is an adult, this is probably a matter for adult services or for our college's own adult safeguarding route rather than for you. If so, please could you point me to the right place? Ben has agreed to me asking. He has an appointment with his GP on Monday and I see him again on Friday.

With thanks,

Morwenna Tregear
Wellbeing Counsellor
South Devon Coast College
01632 960 781
""")
    top = plain_top(f, addr("Morwenna Tregear", "m.tregear@sdcc.example.ac.uk"), addr("Torbay MASH", BMASH),
                    "Advice please - 18-year-old student", when, "sdcc.example.ac.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS, AN ADULT WITH NO CHILD AT RISK: a college counsellor's request for advice about an 18-year-old "
        "A-level student (DOB 14/02/2032) in a controlling relationship and self-harming; he lives alone and no "
        "child is involved -> not a child-protection matter, not urgent -> other, human_review; no child labelled, "
        "no concerns (none of the ids covers an adult's own harm).",
        not_children=["Ben Hocking", "Morwenna Tregear"], adults=[("Ben Hocking", "14/02/2032")])

def torbay_04():
    f = "torbay_04.eml"; when = "2050-07-05 10:44:18"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Couch family - step down to level 3 Early Help. The Single Assessment with my analysis and my team manager's analysis is attached.

Josh Couch - DOB 03/12/2032 (17, Year 12)
Daisy Couch - DOB 21/05/2038 (12, Year 7)
LCS-4507731

Mum's depression after dad left in 2048 is what brought us in. She is now well managed (GP and talking therapies), back at work, and the home is calm.

You may see in the file that in March Josh told his tutor he would "end it" if he failed his A levels. He was seen by the CAMHS crisis team the same day, has a safety plan, and has seen his CAMHS worker weekly since. At my visit on 30 June he said he has no thoughts of harming himself now his exams are over, and mum and the college agree he is much brighter. CAMHS continue to see him. There are no current concerns about Josh's safety or about mum's care of the children.

Mum has given consent for level 3 Early Help. My team manager, Leanne Hosking, has recorded her analysis on the assessment confirming the threshold for level 3 is met.

Thanks,
Kieran

Kieran Stapleton
Social Worker | Single Assessment Team | Torbay Children's Services
01632 960 318

""") + BDISC
    sa = pdf_att("Single Assessment - Couch - June 2050.pdf", "Single Assessment - analysis", [
        "Children: Josh Couch (03/12/2032), Daisy Couch (21/05/2038). LCS-4507731.",
        "Social worker's analysis: mother's depression now well managed; children's needs can be met at level 3.",
        "Rationale for step down: sustained progress since January 2050; a plan with school, college and CAMHS.",
        "Team manager's analysis (Leanne Hosking, 01/07/2050): threshold for level 3 intervention is met."])
    top = outlook_top(f, addr("Stapleton, Kieran", "Kieran.Stapleton@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Couch - LCS-4507731", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-4507731"],
        [ch("Josh Couch", "2032-12-03", "03/12/2032"), ch("Daisy Couch", "2038-05-21", "21/05/2038")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS, RESOLVED: a 17-year-old said in March he would 'end it' if he failed his A levels - seen by "
        "CAMHS crisis the same day, safety plan, weekly CAMHS, no thoughts now; 'no current concerns' -> not "
        "urgent. Complete Torbay step-down: Single Assessment .pdf with the TM's analysis (manager true), consent "
        "for level 3 given -> book_meeting at the weekly triage (no child under 5). Level 3 stated. Concerns: "
        "mum's depression, still treated -> parental_mental_health.",
        not_children=["Kieran Stapleton", "Leanne Hosking"])

def torbay_05():
    f = "torbay_05.eml"; when = "2050-06-13 14:05:33"
    blocks = [
        "Dear Early Help,",
        "",
        "Please could the Widger children have a triage slot - a step down from the Safeguarding and Supporting "
        "Families Team to level 3 Early Help. Poppy is 2, so I think this needs the under-5s triage.",
        "",
        ("table", [
            ["Child", "Date of birth", "LCS"],
            ["Kelsey Widger", "19/06/2033", "LCS-4521873"],
            ["Mason Widger", "02/03/2041", "LCS-4521873"],
            ["Poppy Widger", "11/03/2048", "LCS-4521873"],
        ]),
        "",
        "The CP plan for neglect ended in March and the CIN plan has gone well: the house is clean and warm, Poppy's "
        "health visitor checks are up to date and Mason's attendance is 96%. Kelsey (16) has just finished her "
        "GCSEs and has a Saturday job at the garden centre; she's no longer doing Poppy's nursery runs.",
        "",
        "The Single Assessment with my analysis and the rationale for stepping down is attached; my team manager's "
        "analysis confirming the threshold for level 3 is met is in section 9. Mum has consented to level 3 Early "
        "Help.",
        "",
        "Kind regards,",
        "Demelza",
        "",
        "Demelza Hawke",
        "Social Worker | Safeguarding and Supporting Families Team | Torbay Children's Services",
        "01632 960 552",
        "",
        BDISC.strip(),
    ]
    sa = docx_att("Single Assessment - Widger - June 2050.docx", [
        "# Single Assessment - Widger",
        "Children: Kelsey Widger (19/06/2033), Mason Widger (02/03/2041), Poppy Widger (11/03/2048). LCS-4521873.",
        "Section 8 - social worker's analysis: home conditions and routines sustained since the CP plan ended "
        "(March 2050); rationale for step down: needs can be met by a level 3 Early Help plan.",
        "Section 9 - team manager's analysis (Gavin Trewin, 10/06/2050): I agree; threshold met for level 3 "
        "intervention."])
    top = outlook_top(f, addr("Hawke, Demelza", "Demelza.Hawke@" + BDOM), addr("Early Help", BEH),
                      "Step down to level 3 - Widger - LCS-4521873 (under-5s)", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-4521873"],
        [ch("Kelsey Widger", "2033-06-19", "19/06/2033"), ch("Mason Widger", "2041-03-02", "02/03/2041"),
         ch("Poppy Widger", "2048-03-11", "11/03/2048")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Word HTML table of children, Single Assessment .docx with the TM's analysis in "
        "section 9, consent) for a sibling group with a 2-year-old -> the fortnightly under-5s triage -> "
        "book_meeting. Level 3 stated. The same LCS number on each row is one id. Kelsey is 16 (17 on 19 June, "
        "after now). Concerns: the neglect the plan addresses.",
        not_children=["Demelza Hawke", "Gavin Trewin"])

def torbay_06():
    f = "torbay_06.eml"; when = "2050-07-07 16:12:47"
    body = T("""
Dear MASH,

Contact to MASH for consideration of level 4 - Sophie Lander, DOB 28/08/2034 - EHM-741502

I have been Sophie's lead practitioner at level 3 since January (school attendance, 76% this year). My ATM, Silas Penrose, agrees this new information needs considering for level 4.

Sophie (15) has had a Saturday and evening job since Easter at a chip shop in Brixham. The owner, a man in his forties, has been giving her lifts home, bought her a phone and trainers, and messages her late at night; she has been seen in his car outside school twice this week when she should have been in her end-of-year exams. Sophie says he is "just being kind".

Dad has refused consent to a contact to MASH - he says he will "sort it out himself" and has told Sophie she won't work there again. Sophie is at home with dad tonight and has not been to the shop since Saturday.

Regards,

Aaron Menhenick
Early Help Lead Practitioner | Torbay Early Help (Brixham)
01632 960 629

""") + BDISC
    top = plain_top(f, addr("Aaron Menhenick", "Aaron.Menhenick@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Sophie Lander - EHM-741502", when, BDOM, "Microsoft Outlook 16.0",
                    cc=addr("Silas Penrose", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-741502"],
        [ch("Sophie Lander", "2034-08-28", "28/08/2034")],
        ["exploitation", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) with the ATM's agreement stated but consent REFUSED ('Dad has refused "
        "consent to a contact to MASH') -> consent false -> missing consent -> request_info. Not urgent: Sophie is "
        "at home with dad tonight and has not been back to the shop. Concerns: an adult employer's gifts, lifts "
        "and late messages -> exploitation; 76% and missed exams -> school_attendance.",
        not_children=["Aaron Menhenick", "Silas Penrose"])

def torbay_07():
    f = "torbay_07.eml"; when = "2050-06-14 09:12:11"
    add(f, itip_reply(f, when, "Demelza Hawke", "Demelza.Hawke@" + BDOM, ("Torbay Early Help", BEH),
                      "ACCEPTED", "Early Help triage (under-5s) - LCS-4521873 - Widger [SB-torbay-1874]",
                      "20500621T113000", "20500621T120000", "Microsoft Teams Meeting"),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-4521873"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=ACCEPTED, no comment (body a single space), for torbay_05's under-5s triage "
        "slot (Tue 21 June 2050 11:30, an under-5s sitting counting fortnightly from the pack's anchor) -> "
        "record_reply; case id from the SUMMARY; surname only, no child.",
        not_children=["Demelza Hawke"])

def torbay_08():
    f = "torbay_08.eml"; when = "2050-07-22 11:30:26"
    ack = T("""
Thank you - your step-down request has been received.

Reference: TOR-0419-3KP
Case: LCS-4533019
Children: Harvey Stoneman
Triage: a slot will be confirmed when the request is complete.

What is missing:
- the Single Assessment with your analysis and the rationale for the step down
- your team manager's analysis confirming the threshold for level 3 is met

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

Sorry for the delay - the Single Assessment for Harvey is now attached. My analysis and the rationale for the step down are in section 8, and my team manager's analysis confirming the threshold for level 3 is met is in section 9. Mum's consent for level 3 Early Help is recorded in section 7.

Harvey has just finished Year 10 and starts his work experience at the boatyard on Monday, which he is very excited about.

Thanks,
Rosie

Rosie Trevaskis
Social Worker | Single Assessment Team | Torbay Children's Services
01632 960 274

""") + quote("Torbay Early Help <earlyhelp@torbay.gov.uk>", "18 July 2050 14:06",
                "Trevaskis, Rosie <Rosie.Trevaskis@torbay.gov.uk>",
                "Step-down request received [TOR-0419-3KP] - missing information", ack) + "\n" + BDISC
    sa = pdf_att("Single Assessment - H Stoneman.pdf", "Single Assessment - Harvey Stoneman", [
        "Harvey Stoneman, DOB 04/02/2035. LCS-4533019.",
        "Section 7 - consent: mother consents to level 3 Early Help (signed 15/07/2050).",
        "Section 8 - analysis and rationale for step down: school attendance and family routines improved.",
        "Section 9 - team manager's analysis (Gavin Trewin, 20/07/2050): threshold met for level 3 intervention."],
        compress=True)
    top = outlook_top(f, addr("Trevaskis, Rosie", "Rosie.Trevaskis@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: Step-down request received [TOR-0419-3KP] - missing information", when,
                      reply_to_mid=msgid(f + "ack", "stepbot.torbay.gov.uk"))
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-4533019"],
        [ch("Harvey Stoneman", "2035-02-04", "04/02/2035")],
        [], True, True, [], None, "attach_to_request",
        "Follow-up to the acknowledgement TOR-0419-3KP (the newer reference form, 'TOR-nnnn-xxx', that "
        "deployment.yaml gives for Torbay) bringing the missing Single Assessment (.pdf, FlateDecode) with the "
        "TM's analysis and the consent -> follow_up, attach_to_request; no requirements for a follow-up. Consent "
        "and manager stated as given -> true. The DOB is only in the attachment. The quoted 'What is missing:' "
        "heading is no concern.",
        not_children=["Rosie Trevaskis", "Gavin Trewin"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2050-06-30 09:12:38"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for Chloe Bevan and her sister Evie (level 3), and mum's signed consent form. I discussed the step-down with Xavier at the Tuesday drop-in on 21 June.

Key person: Anwen Lewis, Student Support Mentor, Hereford Riverside College, who has agreed to lead.

I kept the plan as a shared document so that the college could add their section; Ms Lewis added it this morning.

Kind regards,

Gareth Pugh
Social Worker | Children's Assessment Team (Leominster) | Herefordshire Council
01632 960 365

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan - June 2050.docx", [
        "# Early Help Assessment - step-down plan (level 3)",
        "Children: Chloe Bevan, DOB 12/02/2033 (Mosaic 2215530); Evie Bevan, DOB 01/08/2039 (Mosaic 2215531).",
        "Social worker: Gareth Pugh. Assessment decision: 20/06/2050 (step down to Early Help).",
        "Key person agreed with the family: Anwen Lewis, Student Support Mentor, Hereford Riverside College.",
        "# Why we were involved",
        "Mum's depression and an overdose in November 2049; Chloe (17) was doing most of the caring for Evie.",
        "# What is working well",
        "Mum has been well since February, is back at work and sees her GP monthly. Chloe is sitting her AS "
        "exams and has a part-time job at the bakery. Evie is settled at school (attendance 97%).",
        "# Wellbeing plan - what needs to happen, by whom, outcome, timescale",
        "1. Mum: GP reviews monthly; Talking Therapies course (mum, by September).",
        "2. Chloe: college mentoring with Anwen Lewis fortnightly; young carers' break (by August).",
        "3. Evie: after-school club two nights a week so Chloe is not collecting her (school, from July).",
        "# Contribution from Hereford Riverside College (added 30/06/2050 08:40, A. Lewis)",
        "Chloe came to see me at 8.15 this morning before her AS Biology paper. She told me that mum's new "
        "partner, Craig, who moved in three weeks ago, has been coming into the girls' bedroom at night, and that "
        "last night he got into Evie's bed. Evie is 10. Chloe said mum is away on a work course in Cardiff until "
        "Saturday, so Craig will be the only adult at home with the girls tonight. Chloe asked me not to tell mum "
        "yet. I have told our DSL and said I would put it in here for Gareth.",
    ])
    consent = pdf_att("Consent form - Bevan - signed.pdf", "Early Help - consent to share information and receive support", [
        "I consent to my family receiving Early Help support and to information being shared with the agencies "
        "named in the plan.",
        "Children: Chloe Bevan, Evie Bevan.",
        "Signed: Rhian Bevan (mother). Date: 24/06/2050."])
    top = outlook_top(f, addr("Pugh, Gareth", "Gareth.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Bevan - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["2215530", "2215531"],
        [ch("Chloe Bevan", "2033-02-12", "12/02/2033"), ch("Evie Bevan", "2039-08-01", "01/08/2039")],
        ["parental_mental_health", "sexual_harm"], True, None, [], None, "alert_duty",
        "URGENT ONLY IN AN ATTACHMENT: the covering mail is a routine, complete Herefordshire step-down (plan "
        ".docx, signed consent form .pdf, key person with her agency -> nothing missing), but the plan's last "
        "section, added by the college this morning, says mum's new partner got into a 10-year-old's bed last "
        "night and will be the only adult with the girls tonight -> safety rule 1 (every attachment is read) -> "
        "alert_duty. Chloe is named in full in the body ('Chloe Bevan and her sister Evie'); Evie's full name, both DOBs and both Mosaic ids are only in the plan. Level 3 stated. Concerns: parental_mental_health (why involved), sexual_harm (the disclosure).",
        not_children=["Gareth Pugh", "Anwen Lewis", "Rhian Bevan", "Craig"],
        attachment_only=["got into Evie's bed", "only adult at home"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2050-05-24 11:42:16"
    note = T("""
Sian,

During GCSE English Language Paper 1 this morning (09:00-10:45, sports hall) candidate 2219, Mia Preece, wrote the following across the back page of her answer booklet. I have copied it exactly:

"please can someone help me. my step dad said if i dont get out of this exam and come straight home hes going to do me like he did mum. he broke her arm at easter and told the hospital she fell. he has my little brother Finn at home today"

The candidate left the hall at 10:45 with the others before I could speak to her. The booklet is sealed in the secure store with the scripts; I have not sent it to the board.

Margaret Hollings
Senior Invigilator
""")
    body = T("""
To Herefordshire MASH,

I am forwarding this from our senior invigilator. I am not sure who else to send it to today: our DSL is off sick and the deputy DSL is on the Year 8 trip to Bristol until 6pm.

Mia Preece is in Year 11, DOB 17/09/2033. She is due back in the sports hall for English Language Paper 2 at 13:30 today and normally goes home on the 15:20 school bus to Kingsland. Her step-father's name on our system is Dean Preece.

Sian Gwilliam
Examinations Officer
Kingsland Vale High School
01632 960 842

""") + quote("Hollings, Margaret <m.hollings@kingslandvale.example.sch.uk>", "24 May 2050 11:05",
               "Gwilliam, Sian <s.gwilliam@kingslandvale.example.sch.uk>",
               "Candidate 2219 - note written on GCSE English Language Paper 1", note)
    top = outlook_top(f, addr("Gwilliam, Sian", "s.gwilliam@kingslandvale.example.sch.uk"), addr("Herefordshire MASH", HMASH),
                      "FW: Candidate 2219 - note written on GCSE English Language Paper 1", when,
                      mid_domain="CWLP123MB5521.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Mia Preece", "2033-09-17", "17/09/2033")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CHILD'S OWN WORDS, in a forwarded part: a candidate wrote on the back of her GCSE answer "
        "booklet that her step-father will 'do me like he did mum' (he broke mum's arm at Easter) if she does not "
        "come straight home, and that he has her little brother at home; she goes home on the 15:20 bus; the DSL "
        "and deputy are away -> safety rule 1, alert_duty (not a step request -> other; the Herefordshire MASH "
        "mailbox). Finn is named by first name only (not labelled). Concerns: domestic_abuse (mum's broken arm), "
        "physical_harm (the threat to Mia).",
        not_children=["Sian Gwilliam", "Margaret Hollings", "Dean Preece"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2050-07-11 10:03:27"
    body = T("""
Good morning,

UPDATE FOR YOUR RECORDS - no action requested of MASH.

Re: Grace Tyler (16) and the owner of the Orchard Farm Shop, Bromyard.

On Thursday 7 July Grace told her mum that her employer, the owner of the farm shop where she works on Saturdays, had been sending her sexual messages and had asked her to meet him after the Year 11 leavers' party on Friday. Mum rang 101 the same evening.

The man (aged 52) was arrested on Friday morning, before the party, and interviewed. He has been charged with sexual communication with a child and was remanded in custody by Hereford magistrates on Saturday. He will not be released before his trial. His devices have been seized. The other three young people who work at the shop have been spoken to with their parents; none reported anything similar.

Grace is safe at home with her mum and dad, who have been very protective. She went to the leavers' party with her friends and her mum collected her. A strategy discussion was held on Friday afternoon with your MASH manager; the outcome was a single-agency police investigation and NFA for children's social care, as there is no risk to Grace from her family and the suspect is in custody.

Regards,

DC Owen Lloyd
Child Abuse Investigation Team (Hereford)
West Mercia Police
01632 960 119
""")
    top = plain_top(f, addr("DC Owen Lloyd", "owen.lloyd@westmercia.police.example.uk"), addr("Herefordshire MASH", HMASH),
                    "Update - Grace Tyler - suspect remanded - for your records", when, "westmercia.police.example.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Grace Tyler")],
        ["sexual_harm"], None, None, [], None, "human_review",
        "NEAR MISS, ALREADY HANDLED (police have the adult): an employer's sexual messages to a 16-year-old with "
        "a Saturday job; he was arrested before the leavers' party, charged and remanded until trial; the girl "
        "safe at home; a strategy discussion already held, NFA for social care -> not urgent -> other, "
        "human_review. Concerns: sexual_harm (the sexual communication last week, handled).",
        not_children=["Owen Lloyd"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2050-04-19 08:30:00"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="margin:0;background:#F4F4F4">\n'
         '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#FFFFFF;'
         'font-family:Verdana,sans-serif;font-size:13px;color:#222">\n'
         '<tr><td style="background:#00594F;color:#FFFFFF;padding:16px;font-size:18px"><b>Herefordshire '
         'Safeguarding Children Partnership</b><br>Training and events</td></tr>\n'
         '<tr><td style="padding:16px">\n'
         '<h3>New: "Exams, proms and results" - a 90-minute briefing for sixth-form and FE staff</h3>\n'
         '<p>For tutors, exams officers, invigilators, college counsellors and youth workers. Tuesday 10 May, '
         '14:00-15:30, online.</p>\n'
         '<p>We will work through three scenarios together. <i>All three are fictional and do not describe any '
         'real young person.</i></p>\n'
         '<ul>\n'
         '<li><b>Scenario 1:</b> a candidate writes "please help me" on the back of her exam paper. What does the '
         'invigilator do with the script, and who do they tell before the candidate goes home?</li>\n'
         '<li><b>Scenario 2:</b> a 16-year-old with a Saturday job says her employer has asked to meet her after '
         'the leavers\' party. Is this an immediate risk?</li>\n'
         '<li><b>Scenario 3:</b> on results day a 17-year-old tells his tutor he "can\'t face going home". When is '
         'this an emergency?</li>\n'
         '</ul>\n'
         '<p>Remember: if a child is in danger now, call 999. For urgent safeguarding concerns contact the MASH by '
         'telephone, not by email.</p>\n'
         '<p><a href="https://hscp.example.org/events/exams-proms-results">Book a place</a></p>\n'
         '</td></tr>\n'
         '<tr><td style="padding:12px;font-size:11px;color:#666">You are receiving this because you subscribed to '
         'HSCP training news. <a href="https://hscp.example.org/unsubscribe">Unsubscribe</a></td></tr>\n'
         '</table></body></html>\n')
    top = plain_top(f, addr("HSCP Training", "training@hscp.example.org"), addr(None, HEH),
                    "New briefing: exams, proms and results (sixth-form and FE staff)", when, "hscp.example.org", None,
                    extra=[("List-Id", "HSCP training news <training-news.hscp.example.org>"),
                           ("List-Unsubscribe", "<https://hscp.example.org/unsubscribe>")])
    add(f, html_only(f, top, h), "herefordshire", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS, TRAINING BULLETIN: an HTML-only training invitation (List-Id) whose three scenarios - marked "
        "fictional - echo this set's urgent and near-miss mails ('please help me' on an exam paper, an employer "
        "and a leavers' party) and whose footer says 'danger', 'urgent', 'emergency' -> no child, not urgent -> "
        "other, human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2050-06-15 14:55:03"
    body = T("""
Dear Early Help Co-ordinator team,

Step-down to Early Help (level 3) - Kian Jukes and Lola Jukes - Mosaic 2210458 / 2210459

Following the Child & Family Assessment (decision to step down on 8 June) and my discussion with Xavier Moss at the drop-in on Tuesday, please find attached the Early Help Assessment step-down plan and dad's signed consent form. This is one request for the sibling group.

Kian Jukes - DOB 05/01/2034 - Year 11
Lola Jukes - DOB 23/04/2037 - Year 8

Key person: Mrs Helen Price, Pastoral Lead, Bromyard Downs Academy (both children's school), has agreed to lead the plan.

Dad's drinking was the reason for the assessment. He has been in recovery with the Turning Point-type service since February and has been sober since; the children say home is "calm now". Kian is finishing his GCSEs this week and works at the farm shop on Saturdays; Lola has joined the school's summer sports camp.

Kind regards,

Bethan Prosser
Social Worker | Children in Need Team (Hereford) | Herefordshire Council
01632 960 416

""") + HDISC
    plan = docx_att("EHA step-down plan - Jukes.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Kian Jukes (05/01/2034), Lola Jukes (23/04/2037). Mosaic 2210458, 2210459.",
        "Key person: Helen Price, Pastoral Lead, Bromyard Downs Academy.",
        "What needs to happen - by whom - outcome - timescale:",
        "1. Dad keeps his recovery appointments - dad and recovery worker - sobriety sustained - ongoing.",
        "2. Kian: careers guidance and a sixth-form place - school - place confirmed - by August.",
        "3. Lola: summer camp and a trusted adult at school - Mrs Price - Lola feels supported - July."])
    consent = pdf_att("Signed consent - Jukes.pdf", "Consent to Early Help", [
        "I agree to my family receiving Early Help and to information being shared as set out in the plan.",
        "Children: Kian Jukes, Lola Jukes.", "Signed: Darren Jukes (father). Date: 13/06/2050."], compress=True)
    top = outlook_top(f, addr("Prosser, Bethan", "Bethan.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down (level 3) - Jukes - Mosaic 2210458 / 2210459", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2210458", "2210459"],
        [ch("Kian Jukes", "2034-01-05", "05/01/2034"), ch("Lola Jukes", "2037-04-23", "23/04/2037")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (one request for both): plan .docx, dad's signed consent "
        "form .pdf, key person with agency (Helen Price, Bromyard Downs Academy) -> nothing missing -> "
        "book_meeting. Level 3 stated. Already discussed with a co-ordinator at the drop-in (changes the panel, "
        "not missing). Concerns: dad's drinking, in recovery -> substance_misuse.",
        not_children=["Bethan Prosser", "Helen Price", "Xavier Moss", "Darren Jukes"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2050-07-08 16:40:51"
    text = T("""
Hi team,

Step down for the Hill children - Mosaic 2231907.

Jenson Hill, DOB 19/10/2032 (17, at Ross Sixth Form until last week)
Ruby Hill, DOB 02/02/2043 (7)

The step-down plan is attached. Key person: Owain Price, Youth Worker, Ross Youth Hub, who has known Jenson for two years and has agreed to lead.

Mum gave her consent to Early Help on the phone this afternoon - she's happy for it to go ahead. I'll get the written consent form signed when I visit on Tuesday and send it straight over.

Jenson has been doing most of the looking after of Ruby while mum works nights at the care home, and he's been juggling that with his A-level exams and a part-time job at the garage. The plan is mostly about taking some of that off him.

Thanks,
Ffion

Ffion Maddox
Social Worker, Children's Assessment Team (Ross-on-Wye)
Herefordshire Council

Sent from my iPad
""")
    plan = docx_att("Step-down plan - Hill.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Jenson Hill, Ruby Hill. Key person: Owain Price (Ross Youth Hub).",
        "1. Ruby: breakfast and after-school club funded four days a week (school, from September).",
        "2. Jenson: young carers' assessment and a break over the summer (young carers' service, July).",
        "3. Mum: review of her shift pattern with her employer (mum, August)."])
    top = plain_top(f, addr("Ffion Maddox", "Ffion.Maddox@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Hill - Mosaic 2231907", when, HDOM, "iPad Mail (22B91)")
    add(f, iphone_mail(f, top, text, [plan]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2231907"],
        [ch("Jenson Hill", "2032-10-19", "19/10/2032"), ch("Ruby Hill", "2043-02-02", "02/02/2043")],
        ["young_carer"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down from an iPad (format=flowed, quoted-printable, a .docx plan): key person named "
        "with his agency and the plan attached, but consent only by phone ('Mum gave her consent ... on the "
        "phone'; the written form to follow) -> consent true, consent_form missing -> request_info. No level "
        "stated -> null. Jenson is 17 (18 in October). Concerns: Jenson caring for Ruby -> young_carer.",
        not_children=["Ffion Maddox", "Owain Price"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2050-04-26 11:18:29"
    body = T("""
Hello MASH,

Step up request - Tyler Griffiths-Moore, DOB 13/05/2034 - Mosaic ref 2198873

I've been Tyler's Early Help worker since September. I'm asking for a step up to children's social care because things are not moving:

- Tyler (15, Year 10) has attended 58% of sessions this year and has not been in at all since the Easter holidays. He is meant to be starting his GCSE coursework.
- Mum has not been in for four of my last five visits and did not come to the last two TAF meetings. She says Tyler is "old enough to decide".
- School's attendance officer has started the legal process.

My manager, Carys Ellis, agreed the step up in supervision yesterday.

Thanks,
Nia

Nia Bowen
Family Support Worker, Early Help (Leominster)
Herefordshire Council
01632 960 253

""") + HDISC
    top = plain_top(f, addr("Nia Bowen", "Nia.Bowen@" + HDOM), addr("Herefordshire MASH", HMASH),
                    "Step up request - Griffiths-Moore - Mosaic 2198873", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2198873"],
        [ch("Tyler Griffiths-Moore", "2034-05-13", "13/05/2034")],
        ["non_engagement", "school_attendance"], None, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS: 'step_up is not defined "
        "by this seed') -> human_review, missing [] and notice null for an undefined kind. 'Mosaic ref 2198873' "
        "-> '2198873'. Manager agreed stated. Concerns: 58% and no attendance since Easter -> school_attendance; "
        "mum missing visits and TAFs -> non_engagement.",
        not_children=["Nia Bowen", "Carys Ellis"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2050-06-16 07:58:14"
    add(f, ndr(f, when, HDOM, addr("Early Help Co-ordinators", HEH), "h.price@bromyarddowns.example.sch.uk",
               "Step-down received - Jukes [SB-herefordshire-1862] - key person confirmation",
               addr("Early Help Co-ordinators", HEH), "2050-06-16 07:57:40"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [],
        [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for a message the co-ordinators' mailbox sent to the key person of herefordshire_05 (a "
        "mistyped school address) -> auto_reply, ignore; the returned headers carry [SB-herefordshire-1862].")


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
AUTHORITIES = ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")
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

# ---- the calendar -------------------------------------------------------------------------------------------
# England & Wales bank holidays in 2050 that fall on a weekday (checked against the `holidays` package's list when
# this set was written; set_checks() re-derives them from the rules below with the standard library):
# New Year's Day (observed) Monday 3 January (1 January is a Saturday); Good Friday 8 April; Easter Monday
# 11 April; Early May bank holiday Monday 2 May; Spring bank holiday Monday 30 May; Summer bank holiday Monday
# 29 August; Boxing Day Monday 26 December; Christmas Day (observed) Tuesday 27 December (25 December is a Sunday).
BANK_HOLIDAYS = {date(2050, 1, 3), date(2050, 4, 8), date(2050, 4, 11), date(2050, 5, 2), date(2050, 5, 30),
                 date(2050, 8, 29), date(2050, 12, 26), date(2050, 12, 27)}
IN_WINDOW = {date(2050, 5, 2): "Early May bank holiday", date(2050, 5, 30): "Spring bank holiday"}
EASTER = {"Good Friday": date(2050, 4, 8), "Easter Monday": date(2050, 4, 11)}        # both before the window
# After Easter to late July: the first Monday after the Easter Monday week, to the last Friday before the end of
# July's fourth week. 18 April 2050 is a Monday, 22 July 2050 a Friday.
WINDOW_START, WINDOW_END = date(2050, 4, 18), date(2050, 7, 22)
# BST 2050: from 01:00 UTC on Sunday 27 March to 01:00 UTC on Sunday 30 October (the last Sundays of March and
# October), so every day of the window is +0100.
BST_START = datetime(2050, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2050, 10, 30, 1, 0, 0, tzinfo=UTC)
HALF_TERM = (date(2050, 5, 30), date(2050, 6, 3))      # a school holiday, not a bank holiday (only the 30th is)
MAX_YEAR = 2050

def easter_sunday(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f_ = (b + 8) // 25; g = (b - f_ + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; month, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, month, day + 1)

def rule_bank_holidays(y):
    """England & Wales bank holidays by the standard rules, substitute days included (weekday dates only)."""
    def first_monday(mo):
        d = date(y, mo, 1)
        return d + timedelta(days=(0 - d.weekday()) % 7)
    def last_monday(mo):
        d = date(y, mo + 1, 1) - timedelta(days=1)
        return d - timedelta(days=d.weekday())
    out = set()
    ny = date(y, 1, 1)
    out.add(ny if ny.weekday() < 5 else ny + timedelta(days=7 - ny.weekday()))
    e = easter_sunday(y)
    out |= {e - timedelta(days=2), e + timedelta(days=1), first_monday(5), last_monday(5), last_monday(8)}
    xmas, boxing = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:            # Saturday: Christmas Monday 27, Boxing Tuesday 28
        out |= {date(y, 12, 27), date(y, 12, 28)}
    elif xmas.weekday() == 6:          # Sunday: Boxing Day Monday 26, Christmas observed Tuesday 27
        out |= {date(y, 12, 26), date(y, 12, 27)}
    elif xmas.weekday() == 4:          # Friday: Boxing Day (Saturday) observed Monday 28
        out |= {xmas, date(y, 12, 28)}
    else:
        out |= {xmas, boxing}
    return {d for d in out if d.weekday() < 5}

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

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

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

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

# The brief's banned words: none may appear in an urgent mail - headers of every part, every decoded text, quoted
# history, calendar text and attachments. Matched as whole words, case-insensitive, with their inflections.
BANNED = re.compile(r"(?i)\b(urgen\w*|risk\w*|immediate\w*|emergenc\w*|danger\w*|unsafe\w*|"
                    r"safeguarding\s+concern\w*|asap|a\.s\.a\.p\.?|critical\w*)\b")
YEAR = re.compile(r"(?<![\w-])(20\d\d)(?![\w-])")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
REF_FORM = re.compile(r"\[SB-[a-z_]+-\d+\]|\b[A-Z]{3}-\d{4}-[0-9A-Z]{3}\b")
DATE_HDR = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                      r"(\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})$")
MON = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    """Every header value of every part (the top headers and each MIME part's), decoded."""
    return " ".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())

def scan_text(msg):
    """What the banned-word check reads: every header of every part, and the readable text (bodies, HTML,
    calendar text, attachment names, .docx and PDF text), whitespace collapsed."""
    return re.sub(r"\s+", " ", all_headers(msg) + " " + readable(msg))

def check_date_header(raw, lab):
    """The Date header is a real date in the window, its weekday name right, its offset Europe/London's."""
    errs = []
    m = DATE_HDR.match(raw.strip())
    if not m:
        return ["Date header %r not in RFC 5322 form" % raw]
    wd, dd, mon, yy, hh, mi, ss, off = m.groups()
    try:
        d = date(int(yy), MON[mon], int(dd))
    except ValueError:
        return ["Date %r is not a real date" % raw]
    if DAYS[d.weekday()] != wd:
        errs.append("Date %r: %s is a %s, not %s" % (raw, d, DAYS[d.weekday()], wd))
    if not (WINDOW_START <= d <= WINDOW_END):
        errs.append("Date %s outside the window %s - %s" % (d, WINDOW_START, WINDOW_END))
    if d in BANK_HOLIDAYS:
        errs.append("Date %s is a bank holiday" % d)
    local = datetime(d.year, d.month, d.day, int(hh), int(mi), int(ss), tzinfo=LON)
    want = local.strftime("%z")
    if off != want:
        errs.append("Date offset %s but Europe/London is %s on %s" % (off, want, d))
    if off != expected_offset(local):
        errs.append("Date offset %s disagrees with the BST rule" % off)
    parsed = email.utils.parsedate_to_datetime(raw)
    now = datetime.fromisoformat(lab["now"])
    if not (timedelta(minutes=1) <= now - parsed <= timedelta(minutes=10)):
        errs.append("now %s is not 1-10 minutes after the Date %s" % (lab["now"], raw))
    if now.utcoffset() != parsed.utcoffset():
        errs.append("now's offset differs from the Date header's")
    return errs

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
    if "consent_form" in e["missing"] and e["consent"] is False: pass
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
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d working days" % (e["notice_ok"], wd))
            if meeting <= now.date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # the message itself
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    head_end = data.find(b"\r\n\r\n") if b"\r\n\r\n" in data[:4000] else data.find(b"\n\n")
    try:
        data[:head_end].decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes in the headers")
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    for other in MAILBOXES.values():
        if other.lower() in rcpt and other != MAILBOXES[(a, mb)]: err("another duty mailbox %s in To/Cc" % other)
    raw_head = data[:head_end].decode("ascii", "replace").replace("\r\n", "\n")
    raw_dates = re.findall(r"(?m)^Date: (.*(?:\n[ \t].*)*)$", raw_head)
    if len(raw_dates) != 1:
        err("exactly one top-level Date header needed, found %d" % len(raw_dates))
    else:
        for m in check_date_header(raw_dates[0].replace("\n", ""), lab):    # the raw header, as written
            err(m)
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    scan = scan_text(msg)
    for y in YEAR.findall(re.sub(r'size="?\d+"?', "", scan)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    if e["urgent"]:
        hits = sorted({x.lower() for x in BANNED.findall(scan)})
        if hits: err("BANNED WORD in an urgent mail: %s" % hits)
    metas = {c["name"]: c for c in META[f]["children"]}
    pos = []
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = mc["_as"] or c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
        pos.append(text.find(span))
        if c["dob"]:
            w = mc["_w"]
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if not date.fromisoformat(c["dob"]) < now.date(): err("dob of %s not before now" % c["name"])
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is 18 or over" % c["name"])
    if pos != sorted(pos): err("children not in order of first full-name appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    if META[f]["attachment_only"]:
        bt = body_text(msg)
        for phrase in META[f]["attachment_only"]:
            if phrase in bt: err("%r should be only in an attachment" % phrase)
            if phrase not in text: err("%r not in any attachment" % phrase)
    # per kind
    k = e["kind"]
    subj = str(msg["Subject"])
    cal_methods = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if k == "follow_up" and not REF_FORM.search(subj): err("follow_up without a stepbot reference in the subject")
    if k in ("step_up", "step_down", "other") and REF_FORM.search(subj): err("a new request / other mail with a reference")
    if k == "meeting_reply" and cal_methods != ["REPLY"]: err("meeting_reply needs one text/calendar METHOD:REPLY")
    if k != "meeting_reply" and "REPLY" in cal_methods: err("iTIP REPLY outside a meeting reply")
    if k == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"): err("auto_reply not Auto-Submitted")
    return errors


# ----------------------------------------------------------------------------- structural checks (per file)
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

def _leaves(msg):
    return [p for p in msg.walk() if not p.is_multipart()]

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _leaves(msg) if p.get_filename()]

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in _leaves(msg))

def _cal(msg):
    c = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0]
    return c.get_payload(decode=True).decode().replace("\r\n ", "")

def _att_text(msg):
    out = []
    for p in _leaves(msg):
        if p.get_filename() and p.get_content_type() == DOCX:
            out.append(docx_text(p.get_payload(decode=True)))
        elif p.get_filename() and p.get_content_type() == "application/pdf":
            out.append(pdf_text(p.get_payload(decode=True)))
    return re.sub(r"\s+", " ", "\n".join(out))

def _pdf_compressed(msg):
    return any(b"/FlateDecode" in p.get_payload(decode=True) for p in _leaves(msg)
               if p.get_content_type() == "application/pdf")

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

CUSTOM = [
    ("knowsley_01.eml", "form .docx + minutes .pdf + GCP2 .pdf (compressed); toolkit in the form",
     lambda m: _exts(m) == ["docx", "pdf", "pdf"] and _pdf_compressed(m) and "Engaging Families toolkit" in _att_text(m)),
    ("knowsley_02.eml", "Word table, tab twin, 'half-term' stated",
     lambda m: "MsoTableGrid" in _html(m) and "\t" in _plain(m) and "half-term" in _plain(m)),
    ("knowsley_03.eml", "the urgent facts only after 'PS -'; exploitation assessment attached",
     lambda m: _plain(m).index("PS - ") < _plain(m).index("dont be late") and "Merseyside Exploitation" in _att_text(m)),
    ("knowsley_04.eml", "the facts in the iTIP COMMENT; PARTSTAT=DECLINED",
     lambda m: "COMMENT" in _cal(m) and "finish the job" in _cal(m) and "PARTSTAT=DECLINED" in _cal(m)),
    ("knowsley_05.eml", "iPhone format=flowed, Sunday night",
     lambda m: m.get_param("format") == "flowed" and _date(m).weekday() == 6 and _date(m).hour >= 21),
    ("knowsley_06.eml", "'> '-quoted acknowledgement; 'was not missing'",
     lambda m: "> Reference: SB-knowsley-3287" in _plain(m) and "was not missing" in _plain(m)),
    ("knowsley_07.eml", "List-Id bulletin, examples marked fictional, alarm words present",
     lambda m: m["List-Id"] is not None and "fictional" in _plain(m) and BANNED.search(readable(m)) is not None),
    ("knowsley_08.eml", "plain text QP + one PDF; Lead Practitioner with agency in the body",
     lambda m: _exts(m) == ["pdf"] and "Marcus Hendry, Transition Worker, Kirkby Vale College" in _plain(m)),
    ("richmond_wandsworth_01.eml", "rationale under its own heading, case summary .docx",
     lambda m: "\nRationale for step up\n" in _plain(m) and _exts(m) == ["docx"]),
    ("richmond_wandsworth_02.eml", "the message the friend received, 08:52",
     lambda m: "he wont let me leave the flat" in _plain(m)),
    ("richmond_wandsworth_03.eml", "FW: with the worker's note in the quoted block; hedged",
     lambda m: str(m["Subject"]).startswith("FW: ") and _plain(m).index("________________________________")
     < _plain(m).index("come back in tonight") and "over-cautious" in _plain(m)),
    ("richmond_wandsworth_04.eml", "remanded; for information only",
     lambda m: "remanded in custody" in _plain(m) and "For information only" in _plain(m)),
    ("richmond_wandsworth_05.eml", "historic exploitation stated as history; pdf + docx",
     lambda m: "That is history now" in readable(m) and sorted(_exts(m)) == ["docx", "pdf"]),
    ("richmond_wandsworth_06.eml", "Thunderbird format=flowed; consent still to be asked",
     lambda m: [p.get_param("format") for p in _leaves(m) if p.get_content_type() == "text/plain"] == ["flowed"]
     and "get their consent" in readable(m)),
    ("richmond_wandsworth_07.eml", "Google Calendar REPLY ACCEPTED with invite.ics",
     lambda m: "PARTSTAT=ACCEPTED" in _cal(m) and "invite.ics" in _exts(m) + ["invite.ics"] and
     "Google" in str(m["Sender"])),
    ("richmond_wandsworth_08.eml", "out-of-office boilerplate with alarm words",
     lambda m: BANNED.search(readable(m)) is not None and str(m["Subject"]).startswith("Automatic reply:")),
    ("tower_hamlets_01.eml", "the urgent facts only in the PS",
     lambda m: _plain(m).index("PS - ") < _plain(m).index("finish her")),
    ("tower_hamlets_02.eml", "phone mail: one base64 text/plain part, LF; '> ' quoted hub letter",
     lambda m: len(_leaves(m)) == 1 and _leaves(m)[0]["Content-Transfer-Encoding"] == "base64"
     and b"\r\n" not in FILES["tower_hamlets_02.eml"] and "> Case ref: Mosaic 3361842" in _plain(m)),
    ("tower_hamlets_03.eml", "Gmail forward; the urgent facts below the forward marker; MARF .pdf",
     lambda m: _plain(m).index("---------- Forwarded message ---------") < _plain(m).index("Bristol")
     and _exts(m) == ["pdf"]),
    ("tower_hamlets_04.eml", "HTML-only, 'not about any particular student'",
     lambda m: _no_plain(m) and "not about any particular student" in readable(m)),
    ("tower_hamlets_05.eml", "the bruise explained (netball, accident book)",
     lambda m: "accident book" in _plain(m) and _exts(m) == ["docx"]),
    ("tower_hamlets_06.eml", "HTML-only with an HTML table; lead practitioner TBC",
     lambda m: _no_plain(m) and "<table" in _html(m) and "TBC" in _html(m)),
    ("tower_hamlets_07.eml", "TENTATIVE with a COMMENT",
     lambda m: "PARTSTAT=TENTATIVE" in _cal(m) and "COMMENT" in _cal(m)),
    ("tower_hamlets_08.eml", "historic incident (2048), 'not making a referral'",
     lambda m: "November 2048" in _plain(m) and "not making a referral" in _plain(m)),
    ("torbay_01.eml", "phone mail: one base64 text/plain part, LF, Saturday",
     lambda m: len(_leaves(m)) == 1 and _leaves(m)[0]["Content-Transfer-Encoding"] == "base64"
     and b"\r\n" not in FILES["torbay_01.eml"] and _date(m).weekday() == 5),
    ("torbay_02.eml", "no other adult; consent not asked",
     lambda m: "There is no other adult" in _plain(m) and "not been able to ask Mum for consent" in _plain(m)),
    ("torbay_03.eml", "an adult (18), no child",
     lambda m: "turned 18" in _plain(m) and "no children" in _plain(m)),
    ("torbay_04.eml", "'end it' in March, resolved",
     lambda m: "\"end it\"" in _plain(m) and "no thoughts of harming himself" in _plain(m)),
    ("torbay_05.eml", "Word table of children; Poppy under 5 at now",
     lambda m: "MsoTableGrid" in _html(m) and age_years(date(2048, 3, 11), date(2050, 6, 13)) < 5),
    ("torbay_06.eml", "consent refused",
     lambda m: "Dad has refused consent" in _plain(m)),
    ("torbay_07.eml", "ACCEPTED, no comment, an under-5s sitting (fortnightly from 2026-01-06)",
     lambda m: "PARTSTAT=ACCEPTED" in _cal(m) and "COMMENT" not in _cal(m)
     and ((date(2050, 6, 21) - date(2026, 1, 6)).days // 7) % 2 == 0),
    ("torbay_08.eml", "newer reference form TOR-0419-3KP; DOB only in the attachment",
     lambda m: "[TOR-0419-3KP]" in str(m["Subject"]) and "04/02/2035" not in body_text(m)
     and "04/02/2035" in _att_text(m)),
    ("herefordshire_01.eml", "the disclosure only in the .docx plan",
     lambda m: "Craig" in _att_text(m) and "Craig" not in body_text(m) and sorted(_exts(m)) == ["docx", "pdf"]),
    ("herefordshire_02.eml", "the candidate's words in the forwarded invigilator's note",
     lambda m: _plain(m).index("________________________________") < _plain(m).index("please can someone help me")),
    ("herefordshire_03.eml", "police: remanded, NFA",
     lambda m: "remanded in custody" in _plain(m) and "NFA for children's social care" in _plain(m)),
    ("herefordshire_04.eml", "HTML-only, List-Id, scenarios fictional, alarm words",
     lambda m: _no_plain(m) and m["List-Id"] is not None and "fictional" in readable(m)
     and BANNED.search(readable(m)) is not None),
    ("herefordshire_05.eml", "plan .docx + consent .pdf (compressed)",
     lambda m: sorted(_exts(m)) == ["docx", "pdf"] and _pdf_compressed(m)),
    ("herefordshire_06.eml", "iPad format=flowed + .docx; consent by phone only",
     lambda m: "on the phone" in readable(m) and _exts(m) == ["docx"]),
    ("herefordshire_07.eml", "a Herefordshire step-up (undefined)",
     lambda m: ("herefordshire", "step_up") not in DEFINED and "Step up request" in str(m["Subject"])),
    ("herefordshire_08.eml", "a delivery-status report carrying the [SB-] reference",
     lambda m: m.get_content_type() == "multipart/report" and "SB-herefordshire-1862" in FILES["herefordshire_08.eml"].decode()),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows we are stepping up", "consent", None),
    ("knowsley_02.eml", "Mum has consented to the referral to Family First", "consent", True),
    ("knowsley_03.eml", "agreed the step up on 06/06/2050", "manager_agreed", True),
    ("knowsley_08.eml", "Dad has given his consent to the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "agree it should step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Dad has consented to the step up", "consent", True),
    ("richmond_wandsworth_03.eml", "I agree this needs to step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum hasn't been told yet", "consent", None),
    ("richmond_wandsworth_05.eml", "both consented to Early Help", "consent", True),
    ("richmond_wandsworth_05.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_06.eml", "get their consent", "consent", None),
    ("tower_hamlets_01.eml", "Mum consented to the step-down", "consent", True),
    ("tower_hamlets_01.eml", "has signed off the step-down", "manager_agreed", True),
    ("tower_hamlets_03.eml", "has agreed this step up this morning", "manager_agreed", True),
    ("tower_hamlets_03.eml", "Parent / carer aware of this request: No", "consent", None),
    ("tower_hamlets_05.eml", "agreed the step-up in supervision yesterday", "manager_agreed", True),
    ("tower_hamlets_05.eml", "mum and dad agree with the referral", "consent", True),
    ("tower_hamlets_06.eml", "Dad has consented to the step down", "consent", True),
    ("tower_hamlets_08.eml", "Jasmin has given us permission to contact you", "consent", None),
    ("torbay_02.eml", "agree this needs considering for a level 4", "manager_agreed", True),
    ("torbay_02.eml", "We have not been able to ask Mum for consent", "consent", None),
    ("torbay_04.eml", "Mum has given consent for level 3 Early Help", "consent", True),
    ("torbay_04.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_05.eml", "Mum has consented to level 3 Early Help", "consent", True),
    ("torbay_05.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_06.eml", "Dad has refused consent to a contact to MASH", "consent", False),
    ("torbay_06.eml", "agrees this new information needs considering for level 4", "manager_agreed", True),
    ("torbay_08.eml", "Mum's consent for level 3 Early Help is recorded", "consent", True),
    ("herefordshire_01.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_05.eml", "dad's signed consent form", "consent", True),
    ("herefordshire_06.eml", "Mum gave her consent to Early Help on the phone", "consent", True),
    ("herefordshire_07.eml", "agreed the step up in supervision yesterday", "manager_agreed", True),
]

# ----------------------------------------------------------------------------- whole-set facts (README states them)
CAT_MIN = {"urgent": 11, "near_miss": 11}
CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_03.eml": (6, 6), "knowsley_08.eml": (5, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = {"knowsley_01.eml": date(2050, 5, 2), "knowsley_02.eml": date(2050, 5, 30)}
URGENT_KINDS_EXPECTED = {"step_up", "step_down", "follow_up", "meeting_reply", "other"}

def set_checks():
    errors = []
    # the calendar
    ref = rule_bank_holidays(2050)
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the rules: %s" % sorted(ref ^ BANK_HOLIDAYS))
    e = easter_sunday(2050)
    if {"Good Friday": e - timedelta(days=2), "Easter Monday": e + timedelta(days=1)} != EASTER:
        errors.append("set: Easter 2050 is not 8 / 11 April")
    if not all(d < WINDOW_START for d in EASTER.values()):
        errors.append("set: the window must start after Easter")
    inside = {d for d in BANK_HOLIDAYS if WINDOW_START <= d <= WINDOW_END}
    if inside != set(IN_WINDOW):
        errors.append("set: bank holidays in the window are %s, expected %s" % (sorted(inside), sorted(IN_WINDOW)))
    if not (date(2050, 5, 2).weekday() == 0 and date(2050, 5, 2).day <= 7 and date(2050, 5, 30).weekday() == 0
            and (date(2050, 5, 30) + timedelta(days=7)).month == 6):
        errors.append("set: 2 May must be the first and 30 May the last Monday of May 2050")
    if not (WINDOW_START.weekday() == 0 and WINDOW_END.weekday() == 4 and WINDOW_END.month == 7 and WINDOW_END.day >= 18):
        errors.append("set: the window must run from a Monday after Easter to a Friday in late July")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2050, 3) and BST_END.date() == last_sun(2050, 10)):
        errors.append("set: BST must start on the last Sunday of March and end on the last Sunday of October 2050")
    d = WINDOW_START
    while d <= WINDOW_END:
        for hh in (0, 12, 23):
            if datetime(d.year, d.month, d.day, hh, tzinfo=LON).utcoffset() != timedelta(hours=1):
                errors.append("set: %s %02d:00 is not BST" % (d, hh))
        d += timedelta(days=1)
    if any(x in BANK_HOLIDAYS for x in (HALF_TERM[0] + timedelta(days=i) for i in range(1, 5))):
        errors.append("set: half-term Tuesday-Friday must be working days")
    # categories, authorities, kinds
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in AUTHORITIES:
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(per.get(a, [])) != want: errors.append("set: %s needs files 01..08, has %s" % (a, per.get(a)))
    if len(LABELS) != 40 or len(FILES) != 40: errors.append("set: 40 files needed, have %d" % len(FILES))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or any(tot[c] < n for c, n in CAT_MIN.items()):
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    uk = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if uk != URGENT_KINDS_EXPECTED: errors.append("set: urgent kinds %s, expected %s" % (sorted(uk), sorted(URGENT_KINDS_EXPECTED)))
    # Knowsley notice arithmetic
    counts = {}
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m is not None:
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            counts[lab["file"]] = (working_days(today, m), plain_weekdays(today, m))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    crossing, decisive = [], {}
    for f_, (wd, pw) in counts.items():
        today = datetime.fromisoformat(_lab(f_)["now"]).astimezone(LON).date()
        hs = [h for h in BANK_HOLIDAYS if today < h <= META[f_]["meeting"]]
        if hs: crossing.append(f_)
        if (pw >= 5) != (wd >= 5):
            decisive[f_] = hs[0] if len(hs) == 1 else None
    if sorted(crossing) != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday %s, expected %s" % (sorted(crossing), CROSSING_BH_EXPECTED))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    for f_, (wd, _pw) in counts.items():
        if _lab(f_)["expect"]["notice_ok"] != (wd >= 5):
            errors.append("set: %s notice_ok disagrees with %d working days" % (f_, wd))
    return errors

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

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
    if {c[0] for c in CUSTOM} != set(FILES):
        errors.append("set: structural checks must cover every file (missing %s)" % sorted(set(FILES) - {c[0] for c in CUSTOM}))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        lab = _lab(f)
        if phrase not in readable(parse(f)): errors.append("%s: wording %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    try:
        errors += set_checks()
    except Exception as ex:
        errors.append("set: set checks raised %r" % ex)
    return errors


def stats():
    out = []
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    out.append("categories: %s" % tot)
    for a in AUTHORITIES:
        cs = [CATS[l["file"]] for l in LABELS if l["authority"] == a]
        out.append("  %s: urgent %d / near miss %d / ordinary %d" % (a, cs.count("urgent"), cs.count("near_miss"),
                                                                     cs.count("ordinary")))
    for fld in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        c = {}
        for l in LABELS:
            v = l["expect"][fld]
            c[str(v)] = c.get(str(v), 0) + 1
        out.append("%s: %s" % (fld, dict(sorted(c.items(), key=lambda x: -x[1]))))
    mb = {}
    for l in LABELS:
        mb[l["mailbox"]] = mb.get(l["mailbox"], 0) + 1
    out.append("mailbox: %s" % mb)
    out.append("children labelled: %d (%d with a DOB)" % (sum(len(l["expect"]["children"]) for l in LABELS),
                                                       sum(1 for l in LABELS for c in l["expect"]["children"] if c["dob"])))
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            today = datetime.fromisoformat(l["now"]).astimezone(LON).date()
            out.append("notice %s: %s -> %s: %d working days, %d plain weekdays -> ok=%s" % (
                l["file"], today, m, working_days(today, m), plain_weekdays(today, m), l["expect"]["notice_ok"]))
    for l in sorted(LABELS, key=lambda x: x["file"]):
        msg = parse(l["file"])
        out.append("%-28s %-9s %-13s %-8s %s" % (l["file"], CATS[l["file"]], l["expect"]["kind"],
                                                 msg["Date"][:16], l["expect"]["next_action"]))
    return "\n".join(out)


def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = check()
    if errors:
        print("SELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
        sys.exit(1)
    if "--stats" in sys.argv:
        print(stats())
    if "--check-only" in sys.argv:
        print("all self-checks passed (nothing written)")
        return
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    labels = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    print("wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
