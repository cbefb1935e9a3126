#!/usr/bin/env python3
"""mixed61: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2080, in parents' and carers' drink and drug use.

Urgent mail (11), mostly in plain words with no alarm word: a case manager outside a house where a sole carer is
gouching on heroin next to burnt foil and a 2-year-old; a neighbour's late-night mail about dealers who have taken over
a young mother's flat (cuckooing); a drunk father at the school gate, the children's only carer; a grandmother 400
miles away whose daughter, on vodka and spice, said she would lie down with her 10-month-old; a health visitor whose
toddler client drank her mother's methadone; a P.S. quoting a relapsed sole carer's "took everything i had" text in
half term; a mother's non-native-English Reply-All about a drunk husband gone two hours with their 4-month-old; a
police officer's report of a 4-year-old found alone and a mother unrousable after vodka and diazepam; used needles by
a toddler's cot and the carer gouching; a mother about to drive her children drunk; a father's Friday-night mail about
a crack party his children are at. Near misses (11): a father in recovery with every test negative since 2078, a
partnership 7-minute briefing with a case study and a fictional scenario, historic heroin use and a 2075 overdose, a
treatment service's routine quarterly update, needles found in May when an uncle (now gone, no access) was injecting,
a relapse prevention plan that is contingency only, a mother on buprenorphine with 26 clear screens, a grandfather
asking about his adult son's heroin use (his children have no contact), a drunk father at collection already dealt
with, a step-down plan's hypothetical relapse plan and a mother asking about records of her drug use in 2071.

Window: the brief's "early September to mid December 2080". 1 September 2080 is a Sunday, so the window opens on
Monday 2 September; 15 December 2080 (mid December) is a Sunday, so it closes on Friday 13 December. British Summer Time
ends at 01:00 UTC on Sunday 27 October 2080: mail before it is +0100, mail after it +0000. No English bank holiday falls
in the window (the Late Summer Bank Holiday, Monday 26 August, is before it; Christmas Day, Boxing Day and New Year's
Day 2081 after it); knowsley_05's final CIN in January 2081 crosses all three. knowsley_02 was sent at 00:41 BST, so
its notice count depends on taking "today" as the Europe/London date of `now`.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in 23 ways and requires every break to
be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, bounce, quote, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, clock, bank holidays, the checks). Every label was set
by hand from the specification; the self-checks only verify them against its rules and STOP on any error before
anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 2 September - Friday 13 December 2080) starts in
    British Summer Time (+0100) and ends in GMT (+0000): BST ends at 01:00 UTC on Sunday 27 October 2080. The
    self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2080, 8, 30, 0, 0, 0))
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
                   "why": why + " | Rule: " + rule_for(authority, kind, urgent)})
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




# ============================================================================= helpers added for mixed61
SEEDS = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
         "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
         "knowsley": "004_ba08e3b9f619f49f.txt"}
AUTH_NAME = {"richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets", "torbay": "Torbay",
             "herefordshire": "Herefordshire", "knowsley": "Knowsley"}
STEP_RULE = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
        "(form, case ID on EHM, TAF minutes, management oversight, GCP2 for neglect / Engaging Families toolkit for "
        "non-engagement / Merseyside Exploitation Assessment; 'at least 5 working days' notice'); REQUIREMENTS.md "
        "knowsley step_up",
    ("knowsley", "step_down"): "sections 2 and 3 'Cases Stepping Down ... at Levels 2 and 3' (date, time and venue; "
        "what are we worried about, what is working well, what needs to happen; the new Lead Practitioner's name and "
        "organisation at level 2; consent at level 3; at least 5 working days' notice, read as working days); "
        "REQUIREMENTS.md knowsley step_down (no level stated -> level 3)",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box "
        "'with the latest case summary and the rationale for the plan to step up'); REQUIREMENTS.md "
        "richmond_wandsworth step_up",
    ("richmond_wandsworth", "step_down"): "'Step Down to Early Help' and 'Process to Step Down' (consent; a case "
        "discussion within 5 days of the contact, confirmed by email 'with the latest case summary and the draft "
        "plan'); REQUIREMENTS.md richmond_wandsworth step_down",
    ("tower_hamlets", "step_up"): "'Step Up', 'Key Aspects of Step Up' and the MAST paragraph (a Multi-Agency Request "
        "for Support form; management oversight); REQUIREMENTS.md tower_hamlets step_up",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (the most "
        "current Child and Family Assessment, the TAF plan, consent, an identified Lead Practitioner; TAF and minutes "
        "within 10 WD); REQUIREMENTS.md tower_hamlets step_down",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4', steps 1-2 (worker and team manager agree; "
        "'a contact should be made to MASH with parental consent'); REQUIREMENTS.md torbay step_up",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team' / 'from Safeguarding and Supporting "
        "Families Team', steps 1-4 (Single Assessment with the TM's analysis, consent for level 3, triage slot within "
        "5 WD; under-5s fortnightly); REQUIREMENTS.md torbay step_down",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' (written consent, a key person, the step-down "
        "plan within two weeks) and 'Roles and responsibilities'; REQUIREMENTS.md herefordshire step_down",
    ("herefordshire", "step_up"): "none: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this "
        "seed') -> human_review, missing [] and notice null; REQUIREMENTS.md herefordshire step_up",
}
KIND_RULE = {
    "follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request, missing []",
    "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
    "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted, bounce) -> ignore; safety rule 2",
    "other": "DESIGN 'kind': other (no step request) -> human_review",
}
URGENT_RULE = {
    "knowsley": "'Safeguarding procedures would always override anything within this 7minute briefing ... Any "
        "immediate safeguarding concerns should be communicated to the Duty Social Work Team in the Multi Agency "
        "Safeguarding Hub'",
    "richmond_wandsworth": "'Step up from Early Help' (immediate child protection concerns: the Early Help Manager "
        "telephones the MASH)",
    "tower_hamlets": "'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of "
        "hours in an emergency only 0207 364 4079)'",
    "torbay": "'Step up processes from level 3 to level 4', step 1 ('as per safeguarding processes')",
    "herefordshire": "no urgent wording of its own; seeds README: 'Safeguarding always overrides the protocols'",
}

def rule_for(authority, kind, urgent):
    seed = "seed %s" % SEEDS[authority]
    if (authority, kind) in STEP_RULE:
        out = "%s, %s %s" % (AUTH_NAME[authority], seed, STEP_RULE[(authority, kind)])
    else:
        out = "%s, %s; %s" % (AUTH_NAME[authority], seed, KIND_RULE[kind])
    if urgent:
        out += ("; urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety "
                "rule 1 and %s %s" % (seed, URGENT_RULE[authority]))
    return out + "."

def gmail_mail(f, top, text, atts=(), html_body=None):
    """Gmail: multipart/alternative (text/plain + Gmail's <div dir="ltr"> HTML), Gmail boundaries, LF line ends."""
    if html_body is None:
        paras = text.rstrip("\n").split("\n")
        html_body = '<div dir="ltr">' + "".join(
            "<div>%s</div>" % (esc(p) if p else "<br>") for p in paras) + "</div>\n"
    alt = multipart("alternative", [text_part(text, cte="quoted-printable"),
                                    text_part(html_body, "html", cte="quoted-printable")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def gmail_top(f, frm, to, subject, when, cc=None, extra=None, in_reply_to=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@mail.gmail.com>" % sha(f, "gm")[:30])]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    return h + (extra or [])

def b64_mail(f, top, text, lf=True):
    """One base64 text/plain part (Android / webmail on a phone)."""
    root = text_part(text, cte="base64", crlf=not lf)
    return build(top, root, not lf)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2080-09-11 09:52:14"
    blocks = [
        "Morning MASH,",
        "",
        "Please find attached a step up request for the Doherty children, {{EHM-81147}}. The step up TAF meeting is "
        "on {{Wednesday 18th September 2080 at 10:00}} on Microsoft Teams - I sent the calendar invite to the MASH "
        "inbox and to MASH business support first thing, and I have invited the current TAF members (Halewood "
        "Primary, the nursery, the health visitor and Leanne's worker at Knowsley Recovery Partnership).",
        "",
        ("table", [["Child", "Date of birth", "Setting"],
                   ["Kenzie Doherty", "14/03/2072", "Halewood Primary, Year 4"],
                   ["Harvey Doherty", "29/11/2076", "Little Acorns Nursery"]]),
        "",
        "In short: Leanne's drinking has gone from weekends to most days since the summer. She binges on vodka from "
        "Friday afternoon and by Sunday the house is in a state - no food in, dirty nappies in the kitchen bin bags, "
        "Harvey's nappy rash is back and the nursery say he is hungry on Mondays. Kenzie has told her teacher "
        "there is \u201cno tea\u201d at weekends. I completed the Graded Care "
        "Profile 2 with Leanne on 4th September (attached) and it scores 4 in three of the four areas.",
        "",
        "Leanne was sober when I visited yesterday, the children are in school and nursery, and her mum Pat has "
        "been stopping over at weekends since August, so this is a planned step up, not something for today.",
        "",
        "Leanne has agreed to the step up - she said she \u201cwould rather have the help than lose them\u201d. My TM "
        "Farid Quayle discussed it with me in supervision on 9th September and agreed the step up (his agreement "
        "is on the form).",
        "",
        "Attached: the FF Step Up request form, the GCP2 and the minutes of our TAF on 2nd September.",
        "",
        "Thanks,",
        "Shauna",
        "",
        "{{Shauna Birchall}}",
        "Family First Case Manager | Halewood Team | Knowsley Council",
        "0151 496 0472 | 07700 900 118",
        "",
        KDISC.strip(),
    ]
    form = docx_att("FF Step Up request to CSC - Doherty.docx", appendix1([
        ("Case ID on EHM:", "EHM-81147"),
        ("Children:", "Kenzie Doherty 14/03/2072; Harvey Doherty 29/11/2076"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 18/09/2080, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Leanne keeps visits and TAFs but not her recovery appointments"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 02/09/2080"),
        ("What are we worried about?", "Leanne drinks most days and binges at weekends. Home conditions fall apart "
         "by Sunday: no food, dirty nappies, Harvey hungry and sore. Kenzie says there is no tea at weekends. GCP2 (04/09/2080): physical care 4, safety 4, love and care 2, stimulation and education 4."),
        ("What is working well?", "Leanne loves the children and is honest about her drinking. Nan (Pat) stays at "
         "weekends. Both children are attached to Leanne and to nursery and school staff."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to remain involved until it is completed; "
         "Leanne to re-engage with Knowsley Recovery Partnership."),
        ("Graded Care profile (If neglect should be completed).", "Completed 04/09/2080 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Farid Quayle, Team Manager, 09/09/2080"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly visits, TAF every 3 weeks, Pat's weekend "
         "stays written into the plan, referral to the family alcohol service."),
    ]))
    gcp2 = pdf_att("GCP2 - Doherty - 04.09.2080.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Doherty. Carer: Leanne Doherty. Children: Kenzie (8), Harvey (3).",
        "Completed by: Shauna Birchall, Family First, with Leanne, on 04/09/2080.",
        "Area 1 Physical care: grade 4 - food often absent at weekends; nappies not changed; nappy rash.",
        "Area 2 Safety: grade 4 - Harvey unsupervised while mum sleeps off drink.",
        "Area 3 Love and care: grade 2 - warm and affectionate when sober.",
        "Area 4 Stimulation and education: grade 4 - reading book never signed, no routines at weekends.",
        "Overall: care is below the child's needs for much of each weekend, linked to mum's alcohol use."])
    minutes = pdf_att("TAF minutes 02.09.2080 - Doherty.pdf", "Team Around the Family - minutes", [
        "Date: 02/09/2080, 13:30, Halewood Family Hub.",
        "Present: Leanne Doherty, Pat Doherty (nan), Shauna Birchall (Family First, chair), Halewood Primary (DSL),",
        "Little Acorns Nursery manager, health visitor, Knowsley Recovery Partnership (apologies - update sent).",
        "Recovery service: Leanne has missed 5 of her last 7 appointments.",
        "Nursery: Harvey hungry on Mondays, nappy rash twice in August.",
        "School: Kenzie says there is no tea at weekends.",
        "Agreed: Shauna to complete the GCP2 and discuss a step up with her team manager."])
    top = outlook_top(f, addr("Birchall, Shauna", "Shauna.Birchall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Doherty - EHM-81147 - TAF Weds 18th Sept 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, word_mail(f, top, blocks, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-81147"],
        [ch("Kenzie Doherty", "2072-03-14", "14/03/2072"), ch("Harvey Doherty", "2076-11-29", "29/11/2076")],
        ["neglect", "substance_misuse"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up in an Outlook Word-HTML mail (children in a Word table): FF Step Up form .docx, "
        "GCP2 .pdf (neglect -> gcp2 met), TAF minutes .pdf, EHM id, TM agreement ('agreed the step up'), TAF date. "
        "A MOTHER'S ALCOHOL BINGES: home conditions, hunger, nappy rash, the GCP2 -> neglect + "
        "substance_misuse; 'sober when I visited yesterday', nan at weekends, 'a planned step up, not something for "
        "today' -> not urgent. Consent stated: 'Leanne has agreed to the step up' -> true (not a Knowsley step-up "
        "requirement). NOTICE EXACTLY 5 WD: Wed 11 Sep -> Wed 18 Sep (Thu, Fri, Mon, Tue, Wed) -> ok -> "
        "book_meeting. No bank holiday in the window.",
        meeting=date(2080, 9, 18), not_children=["Shauna Birchall", "Farid Quayle", "Leanne Doherty", "Pat Doherty"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2080-10-16 00:41:37"
    body = T("""
Hi Family First,

Sorry for the late email - I'm catching up after two days in court. (I know it's gone midnight, so strictly this is Wednesday's email!)

I'd like to step the Nolan children down to Family First at Level 3. The joint home visit is next Tuesday, 22nd October, at 10am, at the family home: 7 Larkspur Close, Northwood, Kirkby L32 9ZX. I think that gives you the five days.

Tyler-James Nolan - DOB 05/06/2069 - ICS-1587420
Ava Nolan - DOB 21/01/2074 - ICS-1587421

Kerry and Dean both signed the Family First consent form at the CIN review on 14/10/2080.

What are we worried about?
Dean has been on a methadone script with Knowsley Recovery Partnership for two years and is stable; Kerry stopped drinking in May and goes to her recovery group every Thursday. The worry is what happens if either of them slips, and that Ava's attendance is 89% with a lot of Monday absences.

What is working well?
Both parents' tests and key-work sessions have been good all year. The methadone is kept in a locked box on top of the wardrobe (seen at every visit). Tyler-James is doing well at Kirkby High and has joined the football club. Dean's mum lives next door and has the children whenever they need her.

What needs to happen?
A Family First case manager to hold a TAF with school and the recovery service; a morning routine plan for Ava; both parents to keep going with their recovery support.

Thanks,
Gareth

Gareth Mulrooney
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0637

""") + KDISC
    top = plain_top(f, addr("Mulrooney, Gareth", "Gareth.Mulrooney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Family First (Level 3) - Nolan - joint visit Tues 22nd Oct", when, KDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-1587420", "ICS-1587421"],
        [ch("Tyler-James Nolan", "2069-06-05", "05/06/2069"), ch("Ava Nolan", "2074-01-21", "21/01/2074")],
        ["school_attendance", "substance_misuse"], True, None, [], False, "request_info",
        "Knowsley Level 3 step-down SENT AT 00:41 BST ON WEDNESDAY 16 OCTOBER: every item is there (joint home "
        "visit date, time and venue; the three Signs of Safety headings answered; 'both signed the Family First "
        "consent form' -> consent true). NOTICE DECIDED BY THE LONDON DATE OF `now` (2080-10-16T00:47+01:00): "
        "today is Wednesday, so the visit on Tue 22 Oct is 4 working days (Thu, Fri, Mon, Tue) < 5 -> not ok -> "
        "request_info. A reader who takes the UTC date (Tue 15 Oct, 23:47Z) would count 5 and say ok; the writer's "
        "'I think that gives you the five days' is his own count. Parents in recovery (a stable methadone script, "
        "Kerry sober since May) still shape the plan -> substance_misuse; 89% -> school_attendance. ICS ids keep "
        "their joined prefix.",
        meeting=date(2080, 10, 22), not_children=["Gareth Mulrooney"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2080-10-08 11:34:52"
    ack = [
        "Thank you - your step-up request has been received.",
        "",
        "Reference: SB-knowsley-1214",
        "Case: EHM-80562",
        "Children: Mason Rourke (17/08/2078)",
        "Step-up TAF meeting: Wednesday 16 October 2080, 10:00 (Microsoft Teams)",
        "",
        "Nothing is missing. MASH business support will take the minutes.",
        "",
        "Please reply to this email, keeping the reference in the subject, to add anything.",
    ]
    text = T("""
I'm at Jade's now, sat in my car outside the front door.

She let me in at 11.05 and then nodded off on the settee halfway through a sentence. She couldn't keep her head up, pinned pupils, gouching. There's a strip of foil with brown burn lines on it and a lighter on the coffee table and three or four more bits of foil on the carpet where Mason was playing. He had a piece of it in his hand when I got there. He's in just a nappy that's soaked through and there's nothing in the fridge but milk.

Lee went to work at 7 and isn't back till after 6. I got Jade sat up and she says she "only had a bit" and "he's fine". I don't think I can leave Mason with her like this. I've got him in the car seat in my car with me while I wait.

Please can a social worker ring me straight away on 07700 900 731. I'm not going anywhere till someone rings.

Kirsty

Sent from my iPhone

On 1 Oct 2080, at 14:12, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + stepbot_ack("SB-knowsley-1214", ack)
    top = plain_top(f, addr("Kirsty Maher", "Kirsty.Maher@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-1214] Step-up request received - EHM-80562", when, KDOM, "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-80562"],
        [ch("Mason Rourke", "2078-08-17", "17/08/2078")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A SOLE CARER GOUCHING ON HEROIN, FROM A PHONE: an iPhone reply (format=flowed) to [SB-knowsley-1214] by "
        "the case manager sitting outside the house: mum nodding off mid-sentence with pinned pupils, burnt foil "
        "and a lighter on the table, foil in a 2-year-old's hand, a soaked nappy, an empty fridge, the partner out "
        "until after 6; the worker will not leave the child. No alarm word anywhere. DESIGN safety rule 1 "
        "(whatever the kind): a reply to an existing request is a follow_up, and urgent -> alert_duty first. Child "
        "and DOB from the quoted acknowledgement; the TAF on the 16th is a week away. neglect + substance_misuse.",
        not_children=["Kirsty"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2080-11-22 21:48:05"
    text = T("""
Hello

I don't know if this is the right email, I found it on the council website under children. I live in the flat above number 3, Tithebarn Court, Prescot Road.

The girl in the flat under me, Chantelle, has two little ones - a boy about 4 called Riley and a baby girl. Since last week there's been lads in and out of her flat all day and all night, 3 or 4 of them, not from round here, Manchester accents. I think they've basically moved in. There's a constant smell like burning plastic in the stairwell and people knocking at all hours for 2 minutes and going.

Tonight about 9 Chantelle came up to mine and asked to use my phone. She was shaking and off her head on something and she whispered "they won't let me go out, they've got my phone and my keys". Before she could ring anyone one of the lads came up the stairs after her and she went straight back down with him. I can hear the baby screaming now and the music is going full blast. Last week I saw one of them with a big knife down the back of his trackies on the landing.

I rang 101 at 9.20 and they said they'd pass it on but nobody has come. The kids are in there with them now.

Please don't tell them it was me that rang.

Carol Hesketh
07700 900 964
""")
    top = gmail_top(f, addr("Carol Hesketh", "carol.hesketh64@gmail.example"), KMASH,
                    "Flat below me - 2 little kids - please read tonight", when)
    add(f, gmail_mail(f, top, text), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [],
        ["exploitation", "substance_misuse"], None, None, [], None, "alert_duty",
        "CUCKOOING, TOLD BY A NEIGHBOUR at 21:48 on a Friday (out of hours; GMT, +0000): dealers have taken over a "
        "young mother's flat, taken her phone and keys ('they won't let me go out'), one carries a knife; the smell "
        "of burning plastic, callers for two minutes at all hours; mum 'off her head'; a 4-year-old and a baby "
        "inside tonight; 101 gave no response. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (the out-of-hours service at this hour). A member of the public, no step -> other. The "
        "children are named by first name only ('Riley') or not at all -> children []; Chantelle and Carol are "
        "adults. exploitation (the household taken over by dealers) + substance_misuse.",
        not_children=["Carol Hesketh"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2080-12-13 15:20:33"
    blocks = [
        "Good afternoon,",
        "",
        "I'm writing to let you know I intend to step Lily Fairclough down to a Level 2 service at her final Child "
        "in Need meeting, and to give you the details in good time before Christmas:",
        "",
        ("table", [["Final CIN meeting", ""],
                   ["Date and time", "Tuesday 7th January 2081, 10.00am"],
                   ["Venue", "St Aidan's Catholic Primary School, Huyton - the parents' room"],
                   ["New Lead Practitioner", "Mrs Colette Brennan, Learning Mentor, St Aidan's Catholic Primary School"],
                   ["Child", "Lily Fairclough, DOB 30/04/2071, ICS ID 1561190"]]),
        "",
        "Background, so the history doesn't alarm anyone reading the file: Lily's dad, Steve, used heroin until 2077 "
        "and overdosed at home that spring (ambulance and naloxone; Lily was at her nan's). Lily was on a child "
        "protection plan from 2077 to 2078. Steve completed treatment and was discharged from Knowsley Recovery "
        "Partnership in March this year; his hair strand test in August was negative, as every test has been "
        "since 2078. There is no current concern about drug use. Steve is Lily's sole carer and has been for three "
        "years.",
        "",
        ("h", "What are we worried about?"),
        "Lily's attendance (88%) and lateness, and Steve finding the mornings hard since he started his new job.",
        "",
        ("h", "What is working well?"),
        "Steve's recovery; a warm, close relationship; Lily loves school and has a good friendship group; Steve's "
        "sister helps with the school run twice a week.",
        "",
        ("h", "What needs to happen?"),
        "Mrs Brennan to lead an Early Help Assessment and TAF from January; a breakfast club place for Lily; a "
        "morning routine plan with Steve.",
        "",
        "Steve is happy for school to take over, and Mrs Brennan has agreed to be the lead practitioner.",
        "",
        "Kind regards,",
        "",
        "Bethany Roughley",
        "Social Worker | Safeguarding & Children in Need Team 2 | Knowsley Council",
        "0151 496 0155",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Roughley, Bethany", "Bethany.Roughley@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Lily Fairclough - final CIN Tues 7th Jan", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 8,
        "near_miss", "step_down", False, 2, ["1561190"],
        [ch("Lily Fairclough", "2071-04-30", "30/04/2071")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A PARENT IN RECOVERY, HISTORIC HEROIN USE: the father's heroin use until 2077, an overdose with "
        "naloxone, a 2077-78 child protection plan - all history; discharged from treatment, every test negative "
        "since 2078, 'There is no current concern about drug use' -> not urgent, no substance_misuse. Complete "
        "Knowsley LEVEL 2 step-down (Word table): final CIN date, time and venue; three headings answered; the "
        "lead practitioner named with her agency (a school) -> nothing missing. 'Steve is happy for school to take "
        "over' -> consent true (not required at level 2). 'ICS ID 1561190' -> the bare number. NOTICE ACROSS "
        "CHRISTMAS AND NEW YEAR, sent on the window's last day: Fri 13 Dec 2080 -> Tue 7 Jan 2081 = 14 working "
        "days (Christmas Day, Boxing Day and New Year's Day 2081 excluded; 17 plain weekdays) -> ok -> "
        "book_meeting. 88% -> school_attendance.",
        meeting=date(2081, 1, 7), not_children=["Bethany Roughley", "Colette Brennan"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2080-09-12 12:00:09"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7-MINUTE BRIEFING - September 2080
Parental drug and alcohol use: learning from "Baby T"

Please use this briefing in your next team meeting. It takes seven minutes.

1. WHAT HAPPENED (a learning review; details changed)
Baby T was seven weeks old. He died after sleeping on a sofa with his father, who had been drinking and had taken pregabalin. Professionals knew about the father's drinking but each agency held only part of the picture. The review found that no-one had talked to the parents about safe sleep after alcohol or drugs.

2. WHY IT MATTERS
Parental substance use features in most serious case reviews. Co-sleeping after alcohol or drugs, medicines such as methadone or buprenorphine within a child's reach, and a sole carer who is intoxicated are the situations reviews return to again and again.

3. WHAT TO LOOK FOR
Foil, burnt spoons, needles or "gear" left out; a carer who is "gouching" (nodding off); medicines not in a locked box; a home "taken over" by visitors (cuckooing).

4. PRACTICE SCENARIO FOR DISCUSSION (fictional)
"You arrive for a home visit. Mum is slurring and cannot stay awake. The toddler is playing next to an open bottle of methadone." What do you do in the next ten minutes? Who do you ring?

5. WHAT TO DO
If a child is at immediate risk, ring 999 and the MASH duty social work team. Otherwise talk to your manager, record, and use the step-up process.

6. TRAINING
"Hidden Harm" half-day sessions: 15 October and 12 November 2080, Huyton Family Hub. Book on the KSCP learning portal.

7. QUESTIONS FOR YOUR TEAM
Do we ask every parent about safe sleep after a drink? Do we check where medicines are kept?

Knowsley Safeguarding Children Partnership, 2nd Floor, Nutgrove Villa, Westmorland Road, Huyton
You are receiving this because you are on the KSCP practitioner mailing list. Unsubscribe: https://lists.knowsleyscp.example/unsubscribe
""")
    top = plain_top(f, addr("KSCP Learning", "kscp.learning@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "7-minute briefing: parental drug and alcohol use - learning from 'Baby T'", when, KDOM, None,
                    extra=[("List-Id", "KSCP practitioner briefings <briefings.lists.knowsleyscp.example>"),
                           ("List-Unsubscribe", "<https://lists.knowsleyscp.example/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, mail(f, top, text, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING BULLETIN AND CASE STUDY: a partnership 7-minute briefing (List-Id, Precedence: list, "
        "no Auto-Submitted, so not an auto_reply) about a baby who died after co-sleeping with a father who had "
        "drunk and taken pregabalin (a past learning review, details changed), a list of what to look for (foil, "
        "needles, gouching, cuckooing, methadone within reach) and a practice scenario marked 'fictional'. DESIGN "
        "safety rule 1: 'bulletins that list examples must not trigger it' -> not urgent. No real child, no "
        "request -> other -> human_review, concerns [].")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2080-09-13 14:05:48"
    data = itip_reply(f, when, "Dominic Ashworth", "dominic.ashworth@krp.example.org.uk",
                      ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step up TAF meeting - Doherty - EHM-81147 [SB-knowsley-1231]", "20800918T100000",
                      "20800918T113000", "Microsoft Teams Meeting",
                      comment="I may be in clinic that morning. If I can't join I'll send a written update on "
                              "Leanne's appointments to Shauna the day before.")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-81147"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the mother's recovery worker (Knowsley Recovery Partnership, "
        "outside the council) for knowsley_01's step-up TAF (Wed 18 Sep 10:00 BST, a VTIMEZONE-local time); the "
        "SUMMARY carries EHM-81147 and [SB-knowsley-1231]; a COMMENT about a written update, nothing of concern. "
        "DESIGN: meeting_reply -> record_reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2080-11-21 16:10:26"
    body = T("""
Hi all,

Step up request for the Lunt family, EHM-82903.

Scarlett Lunt, 02/09/2067
Jack Lunt, 17/12/2072

Step up TAF: Wednesday 27th November, 1.30pm, Huyton Family Hub (room 2). That's six days' notice - invites have gone to the MASH inbox and business support, and I'll invite school and the school nurse.

Why: dad (Wayne) smokes cannabis in the house every day and mum (Donna) drinks most evenings; the children say the house "always smells". Since September neither parent has kept an appointment with me, school, the GP or the drug and alcohol service - 9 missed home visits, two TAFs with no parent there, and they don't answer the door when they know it's me. Jack's attendance is 81% and Scarlett has been seen buying cigarettes for dad.

I haven't done the Engaging Families toolkit yet - I didn't think it applied as they just won't let me in. Form and last TAF minutes attached.

My TM, Hamish, has read it and doesn't agree to the step up yet - he wants me to complete the Engaging Families toolkit first and show what else we've tried. I'm sending it now so the date is held while I do that.

Dad told me on the doorstep on Tuesday that he doesn't consent to social care being involved and won't sign anything.

Nathan

Nathan Fairbrother
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0286

""") + KDISC
    form = docx_att("Step up form - Lunt - EHM-82903.docx", appendix1([
        ("Case ID on EHM:", "EHM-82903"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "27/11/2080 13:30, Huyton Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Toolkit not yet completed."),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about?", "Parental cannabis and alcohol use; no engagement with any service since "
         "September; Jack's attendance; Scarlett buying cigarettes for dad."),
        ("What is working well?", "The children are fed and clean at school; Scarlett is doing well in Year 9."),
        ("What next?", "Step up to CSC for assessment."),
        ("Agreement by line manager:", "Not agreed yet - TM asked for the Engaging Families toolkit first"),
    ]))
    minutes = docx_att("TAF minutes 13.11.2080 - Lunt.docx", [
        "# TAF minutes - Lunt", "Date: 13/11/2080, 10:00, Kirkby High School",
        "Present: Nathan Fairbrother (Family First), Kirkby High (head of year), Ravenscroft Primary (DSL), school nurse",
        "Apologies: none - parents did not attend and did not answer the phone.",
        "School: Jack 81%; Scarlett 94%.",
        "Agreed: Nathan to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Fairbrother, Nathan", "Nathan.Fairbrother@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Lunt - EHM-82903", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-82903"],
        [ch("Scarlett Lunt", "2067-09-02", "02/09/2067"), ch("Jack Lunt", "2072-12-17", "17/12/2072")],
        ["non_engagement", "school_attendance", "substance_misuse"], False, False,
        ["engaging_families", "manager_agreed"], False, "request_info",
        "Knowsley step-up about PARENTAL CANNABIS AND ALCOHOL USE and NON-ENGAGEMENT (9 missed visits, parents at "
        "no TAF): form and TAF minutes attached (.docx), EHM id, date given. The Engaging Families toolkit 'I "
        "haven't done' -> engaging_families missing (seed 004: 'If your step up is relating to non-engagement, "
        "then you must reference your use of the Engaging Families toolkit'). MANAGER DISAGREES: the TM 'doesn't "
        "agree to the step up yet' (he wants the toolkit first) -> manager_agreed false -> missing. CONSENT REFUSED: 'doesn't consent ... won't sign anything' -> "
        "false (not a Knowsley step-up requirement). NOTICE: the writer's 'six days' notice' is calendar days; Thu "
        "21 Nov -> Wed 27 Nov is 4 working days (Fri, Mon, Tue, Wed) < 5 -> not ok -> request_info. 81% -> "
        "school_attendance.",
        meeting=date(2080, 11, 27), not_children=["Nathan Fairbrother"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2080-09-09 10:30:41"
    body = T("""
Dear MASH colleagues,

Following reflective discussion with Amir Haddad (Early Help Practitioner) in supervision on Friday, I am stepping Oscar up to Children's Services.

Child: Oscar Lindqvist-Hart, DOB 11/05/2073, Mosaic 2874415
Mother: Elin Lindqvist-Hart
School: Brandlehow Primary, Year 3

The latest case summary is attached.

Rationale for step up
Early Help has worked with Elin since January on her drinking, with a TAF including school, the GP and Wandsworth Alcohol Service. Despite good engagement at first, her drinking has escalated since June: binges of two or three days, six late collections from school (the latest at 6.40pm), Oscar arriving hungry and in the same uniform for days, and in August Elin was arrested for drink-driving with Oscar in the back of the car. She has been charged, her licence is suspended and the car has been sold. Elin has stopped attending the alcohol service. The plan is not reducing the harm to Oscar and a statutory assessment is needed.

There is no immediate child protection concern today: Oscar is staying with his grandmother, Margit, this week while Elin starts a community detox, and Margit is doing every school run.

Elin agrees to the step up and knows I am writing to you today.

As Amir's team manager, I have agreed the step up.

Kind regards,

Keziah Bloom
Early Help Team Manager (Wandsworth North) | Richmond and Wandsworth Councils
020 7946 0318

""") + RDISC
    summary = docx_att("Case summary - Oscar Lindqvist-Hart - Sept 2080.docx", [
        "# Case summary", "Child: Oscar Lindqvist-Hart (DOB 11/05/2073). Mosaic 2874415.",
        "Early Help episode opened 15/01/2080 (school request for support: late collections, mum smelling of alcohol).",
        "TAF: Brandlehow Primary, GP, Wandsworth Alcohol Service, Early Help (Amir Haddad, lead practitioner).",
        "January - May: Elin attended 9 of 11 alcohol service appointments; collections on time.",
        "June - August: binges of 2-3 days; 6 late collections; Oscar hungry, same uniform; missed 4 appointments.",
        "17/08/2080: Elin arrested for drink-driving with Oscar in the car; charged; licence suspended.",
        "September: Oscar staying with maternal grandmother Margit while Elin starts a community detox."])
    top = outlook_top(f, addr("Bloom, Keziah", "keziah.bloom@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Oscar Lindqvist-Hart - Mosaic 2874415", when,
                      cc=addr("Haddad, Amir", "amir.haddad@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2874415"],
        [ch("Oscar Lindqvist-Hart", "2073-05-11", "11/05/2073")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager: case summary attached (.docx), "
        "rationale pasted under its own heading -> nothing missing -> book_meeting. A MOTHER'S ESCALATING ALCOHOL "
        "BINGES: late collections, a hungry child in the same uniform -> neglect + substance_misuse. The "
        "drink-driving arrest with the child in the car was in August, charged, licence suspended, car sold; 'There "
        "is no immediate child protection concern today' (grandmother caring this week) -> not urgent. 'Elin "
        "agrees to the step up' -> consent true; 'I have agreed the step up' -> manager true. 'Mosaic 2874415' -> "
        "the bare number.",
        not_children=["Keziah Bloom", "Amir Haddad", "Elin Lindqvist-Hart"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2080-10-03 15:48:19"
    body = T("""
MASH - please can someone call me as soon as you read this: 020 7946 0741 / 07700 900 353.

Step up for the Whitlock children (Mosaic 2869902 and 2869903):
Ezra Whitlock - 03/02/2072
Maisie Whitlock - 19/08/2075

Priya (our EH worker) has just rung me from St Anselm's. At 3.15 Ryan Whitlock, dad, came to collect the children. He smelt strongly of drink, was slurring, fell against the railings and was sick in the playground in front of the parents. School would not let the children go with him. He left shouting that he'd be back "with the police", has come back twice since, and is now sitting in his car outside the school gates with the engine running.

Ryan is the children's only carer at the moment - mum has been in residential rehab in Kent since August and the grandparents are in Ireland. There is nobody else to take them home. School closes at 5.30. The children are in the office with the deputy head; Maisie keeps asking to go to daddy.

We have worked with Ryan since mum went into rehab; he told Priya last week he was "having a couple" in the evenings. I was going to step this up next week with a full rationale - the case summary is attached, the rationale will have to follow.

I agree this needs stepping up and I am available all afternoon.

Lorcan Pettigrew
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils

""") + RDISC
    summary = pdf_att("Case summary - Whitlock - 01.10.2080.pdf", "Case summary - Whitlock family", [
        "Children: Ezra Whitlock (03/02/2072), Maisie Whitlock (19/08/2075). Mosaic 2869902 / 2869903.",
        "Parents: Ryan Whitlock (father, sole carer since 12/08/2080); mother in residential rehabilitation, Kent.",
        "Early Help since 19/08/2080: support for dad with routines and the school run while mum is in treatment.",
        "26/09/2080: dad told the EH worker he was 'having a couple' most evenings to cope.",
        "School: attendance good; Maisie anxious at drop-off since mum left."])
    top = outlook_top(f, addr("Pettigrew, Lorcan", "lorcan.pettigrew@" + RDOM), addr("MASH Step Up", RSU),
                      "URGENT step up - Whitlock - dad drunk at school collection now - please call", when,
                      cc=addr("Mistry, Priya", "priya.mistry@" + RDOM),
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, [summary]), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2869902", "2869903"],
        [ch("Ezra Whitlock", "2072-02-03", "03/02/2072"), ch("Maisie Whitlock", "2075-08-19", "19/08/2075")],
        ["substance_misuse"], None, True, ["rationale"], None, "alert_duty",
        "A DRUNK SOLE CARER AT THE SCHOOL GATE, NOW: dad came to collect an 8- and a 5-year-old slurring, falling "
        "and vomiting; school refused; he is in his car outside with the engine running, the only carer (mum in "
        "residential rehab, no other family), school closes at 5.30. Immediate -> urgent -> alert_duty (DESIGN "
        "safety rule 1), though it arrives as a step-up from the Early Help Team Manager ('I agree this needs "
        "stepping up' -> manager true). Case summary .pdf attached; 'the rationale will have to follow' -> "
        "rationale missing (REQUIREMENTS, richmond_wandsworth step_up), but alert_duty comes first. Importance: "
        "high. Consent not mentioned -> null. substance_misuse.",
        not_children=["Lorcan Pettigrew", "Ryan Whitlock"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2080-11-12 11:15:08"
    body = T("""
Hi Jasper,

Thanks for the call this morning. As agreed, confirming the step-down case discussion for the Mendoza children on Friday 15th November at 2pm (Teams) - within the 5 days.

Kai Mendoza - 08/10/2066
Luna Mendoza - 14/02/2071
Mosaic 2851034 (family)

Case summary
The family were referred in May after police found Rosa, mum, using crack cocaine in a car with Luna asleep in the back. Section 47 enquiries led to a CIN plan. Rosa engaged with Wandsworth Recovery Service from June; she has been abstinent for six months, all her tests have been clear since May and she now attends a women's recovery group twice a week. Kai (14) is doing well at home but his attendance is 81% - he misses Mondays and has fallen behind in maths. Luna is settled at school. The CIN plan is ending at the review on 28 November; the remaining needs are Kai's attendance and keeping Rosa's recovery on track, which Early Help can hold.

The draft Early Help plan is attached.

Consent: I have talked it through with Rosa. She says she's "probably fine with it" but wants to talk it over with her recovery worker on Thursday before she agrees. I'll confirm after that.

Thanks,
Amelia

Amelia Fairweather
Social Worker | Family Support & Protection (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0592

""") + RDISC
    plan = docx_att("Draft EH plan - Mendoza - Nov 2080.docx", [
        "# Draft Early Help plan - Mendoza", "Children: Kai (14), Luna (9).",
        "Need 1: Kai's attendance (81%). Action: school attendance officer and EH worker, weekly check-in; "
        "Monday morning call. Outcome: 92% by February.",
        "Need 2: Rosa's recovery. Action: Rosa continues with Wandsworth Recovery Service and her women's group; "
        "EH worker links with her recovery worker monthly.",
        "Need 3: Family routines. Action: parenting support at the family centre, six sessions."])
    top = outlook_top(f, addr("Fairweather, Amelia", "amelia.fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mendoza - case discussion Fri 15th Nov 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2851034"],
        [ch("Kai Mendoza", "2066-10-08", "08/10/2066"), ch("Luna Mendoza", "2071-02-14", "14/02/2071")],
        ["school_attendance", "substance_misuse"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down: the case summary pasted under its own heading 'Case summary' (REQUIREMENTS "
        "'How a requirement is met': the same document pasted into the body under its own heading) and the draft "
        "plan attached (.docx) -> met. CONSENT UNCLEAR: 'probably fine with it' but wants to talk to her recovery "
        "worker 'before she agrees. I'll confirm after that' -> null (DESIGN: still to be asked) -> consent "
        "missing -> request_info. The crack use in May (police, s47) is the history; six months abstinent, clear "
        "tests, and her recovery is a current need in the plan -> substance_misuse; 81% -> school_attendance. "
        "Case discussion agreed by phone for Fri 15 Nov, within 5 days of the contact.",
        not_children=["Amelia Fairweather"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2080-10-07 14:05:22"
    blocks = [
        "Dear Early Help Duty,",
        "",
        "Further to my call with the duty team manager this morning, I am confirming the step-down case discussion "
        "for Freya and Matteo on {{Thursday 10th October at 10am}} (Teams). The latest case summary and the draft "
        "plan for Early Help are attached.",
        "",
        ("table", [["Name", "DOB", "Mosaic ID"],
                   ["Freya Castellano", "22/07/2065", "2860117"],
                   ["Matteo Castellano", "05/03/2069", "2860118"]]),
        "",
        "A word about the history, because the file is long and I would not want it to worry whoever picks this up. "
        "Mum (Giulia) used heroin between 2073 and 2076. In 2075 she overdosed at home and Freya, then 10, found "
        "her and rang 999. Both children were on child protection plans from 2075 to 2076. Giulia completed "
        "treatment, came off her script in 2077 and was discharged from the service in 2078. She has not used "
        "since 2076, takes no prescribed opiates, and there are no current concerns about drug use.",
        "",
        "This assessment opened in August because Freya told her form tutor she was exhausted: she does most of "
        "the personal care for Matteo, who has cerebral palsy and an EHCP, while mum works evening shifts. The "
        "remaining needs are a young carers assessment and support for Freya, respite and short breaks for "
        "Matteo, and help for Giulia to plan her shifts around the children.",
        "",
        "Giulia and Freya have both consented to Early Help continuing the plan, and Giulia would like the young "
        "carers worker to be the lead professional.",
        "",
        "Best wishes,",
        "Daniel",
        "",
        "Daniel Osei-Bonsu",
        "Social Worker | Children in Need Team (Richmond) | Richmond and Wandsworth Councils",
        "020 7946 0863",
        "",
        RDISC.strip(),
    ]
    summary = pdf_att("Case summary - Castellano - Oct 2080.pdf", "Case summary - Castellano", [
        "Children: Freya Castellano (22/07/2065), Matteo Castellano (05/03/2069). Mosaic 2860117 / 2860118.",
        "History (closed): maternal heroin use 2073-2076; overdose 2075; CP plans 2075-2076; mother discharged from",
        "treatment 2078. No current substance use.",
        "Current: C&F assessment opened 14/08/2080 after Freya (15) disclosed exhaustion from caring for Matteo (11),",
        "who has cerebral palsy and an EHCP. Mother works evening shifts.",
        "Outcome: no role for statutory services; step down to Early Help for young carer support and short breaks."])
    plan = docx_att("Draft Early Help plan - Castellano.docx", [
        "# Draft Early Help plan", "1. Young carers assessment for Freya; young carers group on Tuesdays.",
        "2. Short breaks referral for Matteo; review of his EHCP provision at home.",
        "3. Giulia to meet the EH worker about her shift pattern and after-school cover."])
    top = outlook_top(f, addr("Osei-Bonsu, Daniel", "daniel.osei-bonsu@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Castellano - case discussion Thurs 10 Oct 10am", when)
    add(f, word_mail(f, top, blocks, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2860117", "2860118"],
        [ch("Freya Castellano", "2065-07-22", "22/07/2065"), ch("Matteo Castellano", "2069-03-05", "05/03/2069")],
        ["disability_send", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS - HISTORIC USE: mum's heroin use 2073-76, an overdose in 2075 when Freya 'rang 999', child "
        "protection plans 2075-76 - all closed; discharged 2078, 'there are no current concerns about drug use' -> "
        "not urgent, no substance_misuse. Complete Richmond & Wandsworth step-down (Word HTML, ids in a Word table): "
        "case summary .pdf, draft plan .docx, 'have both consented to Early Help continuing the plan' -> consent "
        "true -> book_meeting; case discussion Thu 10 Oct, within 5 days of the contact. A 15-year-old caring for "
        "her brother -> young_carer; cerebral palsy, EHCP -> disability_send. Manager not mentioned -> null (not "
        "required).",
        not_children=["Daniel Osei-Bonsu"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2080-12-04 19:36:44"
    text = T("""
Hello,

I found this address on the council website. I'm sorry if it's the wrong one but I don't know who else to try and I'm 400 miles away.

My daughter Shannon lives in Flat 22, Ravenscourt House, York Road, Battersea with my granddaughter Ruby-Mae Sinclair (born 02/02/2080), who is 10 months old. Shannon's partner is in prison.

Shannon video called me at ten past seven. She was slurring and could hardly hold the phone up. She said she'd "had a few vodkas and a bit of spice with a mate" and the mate had gone home. She said Ruby wouldn't settle so she was "going to lie down with her in my bed". Then she dropped the phone and I could hear Ruby crying and Shannon not answering me. The call cut off and now she won't pick up. I've rung eleven times.

The last time I stayed there in October there was hardly any food in and Ruby's bottles were sitting dirty in the sink. Shannon has used spice before but never when she had Ruby with her, as far as I know.

I rang 101 and was on hold for 25 minutes so I hung up to write this. Please can somebody go round tonight.

Maureen Sinclair (Shannon's mum)
07700 900 129
""")
    top = gmail_top(f, addr("Maureen Sinclair", "maureen.sinclair58@gmail.example"), RSU,
                    "My granddaughter Ruby-Mae - Battersea - please can someone go round", when)
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ruby-Mae Sinclair", "2080-02-02", "02/02/2080")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A BABY AND CO-SLEEPING AFTER DRINK AND SPICE, told by a GRANDMOTHER 400 miles away at 19:36 (out of "
        "hours; GMT): her daughter, alone with a 10-month-old, slurring after 'a few vodkas and a bit of spice', "
        "said she would lie down with the baby in her bed, dropped the phone and now does not answer; 101 gave no "
        "response. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours "
        "service). A relative's plea to the MASH inbox, no step -> other. neglect (no food, dirty bottles, unsafe "
        "sleep while intoxicated) + substance_misuse. Shannon and Maureen are adults.",
        not_children=["Maureen Sinclair"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2080-09-27 09:10:55"
    body = T("""
Good morning,

Please find attached our quarterly update for Tanya Roberts. We previously sent these to Chloe Brandt as the family's Early Help worker, but her email bounces - I understand she has left - so I am sending it to the duty inbox to pass to whoever now holds the case.

Nothing in this update needs action from you; it is our routine information-sharing under the family's TAF plan.

Kind regards,

Hollie Dunmore
Recovery Co-ordinator | Wandsworth Drug and Alcohol Service (WDAS)
020 7946 0277
Our ref: WDAS/44817

This email is confidential and intended for the named recipient. WDAS is a partnership of NHS and voluntary sector providers.
""")
    letter = pdf_att("WDAS quarterly update - T Roberts - Q3 2080.pdf", "Wandsworth Drug and Alcohol Service - quarterly update", [
        "Client: Tanya Roberts. Our ref: WDAS/44817. Period: July - September 2080.",
        "Children in the household: Kayla Roberts (16/06/2068) and Jordan Roberts (09/01/2074).",
        "Prescribing: methadone 55ml daily. Moved from daily supervised consumption to weekly pick-up in July.",
        "Toxicology: 6 urine screens this quarter; all negative for illicit opiates, cocaine and benzodiazepines.",
        "Attendance: 11 of 12 key-work sessions attended.",
        "Safe storage: lockable box seen at the home visit on 19/09/2080, with the methadone inside and the key",
        "kept by Tanya. Naloxone kit issued and Tanya trained in its use.",
        "Overdose awareness: we have talked with Tanya about what she would do if a child ever took methadone",
        "(ring 999 at once; it is a medical emergency). This is part of our routine advice, not an incident.",
        "Children: seen at the home visit; both well presented and relaxed with mum.",
        "Safeguarding: no concerns identified this quarter.",
        "Next review: December 2080."])
    top = outlook_top(f, addr("Dunmore, Hollie", "hollie.dunmore@wdas.example.nhs.uk"), addr("Early Help Duty", RED),
                      "WDAS quarterly update - T Roberts - our ref WDAS/44817", when,
                      mid_domain="AM9P192MB1144.EURP192.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [letter]), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Kayla Roberts", "2068-06-16", "16/06/2068"), ch("Jordan Roberts", "2074-01-09", "09/01/2074")],
        ["substance_misuse"], None, None, [], None, "human_review",
        "NEAR MISS - A TREATMENT SERVICE'S ROUTINE UPDATE (PDF letter under a short covering mail): methadone "
        "55ml, take-home doses, six negative screens, a lockable box seen, naloxone issued, 'if a child ever took "
        "methadone' discussed as routine advice 'not an incident', 'no concerns identified this quarter', "
        "'Nothing in this update needs action from you' -> not urgent. Routine information-sharing, no step and no "
        "[SB-] reference -> other -> human_review. Children named with DOBs only in the PDF. The service's own "
        "'WDAS/44817' client reference is not a case-system id -> case_ids []. A mother in treatment on a "
        "methadone script -> substance_misuse.",
        names_only_in_attachments=True, not_children=["Hollie Dunmore", "Tanya Roberts", "Chloe Brandt"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2080-11-18 09:05:17"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3318", [
        "Case: Mosaic 2851034",
        "Children: Kai Mendoza (08/10/2066), Luna Mendoza (14/02/2071)",
        "Step-down case discussion: Friday 15 November 2080, 14:00 (Microsoft Teams)"], ["consent"])
    body = T("""
Morning,

Update on consent for the Mendoza step-down: Rosa talked it over with her recovery worker on Thursday and rang me on Friday afternoon. She has consented to Early Help continuing the plan, and Kai and Luna are both happy with it.

Thanks,
Amelia

Amelia Fairweather
Social Worker | Family Support & Protection (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0592
""") + quote("MASH and Early Help (stepbot) <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "12 November 2080 11:21",
             "Fairweather, Amelia <amelia.fairweather@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-3318] Step-down request received - Mosaic 2851034", ack)
    top = outlook_top(f, addr("Fairweather, Amelia", "amelia.fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-3318] Step-down request received - Mosaic 2851034", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2851034"],
        [ch("Kai Mendoza", "2066-10-08", "08/10/2066"), ch("Luna Mendoza", "2071-02-14", "14/02/2071")],
        [], True, None, [], None, "attach_to_request",
        "Outlook reply to [SB-richmond_wandsworth-3318] (richmond_wandsworth_03's request) giving the consent that "
        "was missing: 'She has consented to Early Help continuing the plan' -> consent true. DESIGN: follow_up -> "
        "attach_to_request, missing []. Children and DOBs from the quoted acknowledgement, whose 'What is missing:' "
        "line is stepbot's. 'Mosaic 2851034' -> the bare number. Nothing of concern in the new text -> concerns [].",
        not_children=["Amelia Fairweather"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2080-10-24 16:30:03"
    body = T("""
Thank you for your email. I am on leave from Friday 25 October and back on Monday 4 November (half term).

For anything about a family I work with, please contact the Early Help duty desk on 020 7946 0500.

If you are worried that a child is at immediate risk of harm, contact the MASH on 020 7946 0999 or, out of hours, the Emergency Duty Team. In an emergency always ring 999.

For the Family Drug and Alcohol Service please contact fdas@richmondandwandsworth.gov.uk.

Amir Haddad
Early Help Practitioner | Richmond and Wandsworth Councils
""")
    data = ooo(f, when, "Haddad, Amir", "amir.haddad@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-3262] Reminder: step-down review meeting due", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to "
        "a stepbot reminder; 'immediate risk of harm', 999 and the Family Drug and Alcohol Service are boilerplate. "
        "DESIGN safety rule 2 -> auto_reply -> ignore; not urgent.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2080-09-02 10:58:30"
    body = T("""
MAST,

I am a health visitor and I am at the family home now - 4 Weavers Court, Cheshire Street, E2.

Child: Aisha Clarke, DOB 28/10/2078 (22 months)
Mother: Sophie Clarke, on a methadone script (collects daily from the chemist on Brick Lane)

I arrived at 10.20 for Aisha's developmental review. Aisha was very sleepy and floppy on the sofa and I could not get her to wake properly. Mum told me Aisha "got hold of" her methadone bottle at about 9 o'clock - Sophie had left it on the kitchen worktop without the lid after her dose - and had "a mouthful". Sophie had not called anyone because "they'll take her off me".

I have called 999 and the ambulance is on its way. Aisha's breathing is slow and I am keeping her awake. Sophie is now saying she will take Aisha to her mum's before the ambulance gets here. There is no other adult here; dad is not involved.

Please can a social worker ring me on 07700 900 286. I will stay with Aisha until the paramedics arrive and will go with her if Sophie lets me.

Rumana Chowdhury
Health Visitor | Bethnal Green 0-19 Team | East London Community Health (NHS)
""")
    top = outlook_top(f, addr("CHOWDHURY, Rumana (EAST LONDON COMMUNITY HEALTH)", "rumana.chowdhury@elch.example.nhs.uk"),
                      addr("MAST", TMAST), "Aisha Clarke 22m - has drunk mum's methadone - HV at the home now", when,
                      mid_domain="LO0P123MB4455.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Aisha Clarke", "2078-10-28", "28/10/2078")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A TODDLER WHO SWALLOWED HER MOTHER'S METHADONE, told by a HEALTH VISITOR at the home on the first day of "
        "the window: a 22-month-old sleepy and floppy with slow breathing after 'a mouthful' from a bottle left "
        "open on the worktop an hour earlier; mum did not call for help and now threatens to take her away before "
        "the ambulance arrives. The HV has rung 999; the child-protection part is for MAST today. No alarm word "
        "anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A health visitor's report, no step -> other. "
        "Accidental ingestion through unsafe storage by a carer on a script -> neglect + substance_misuse. Sophie "
        "is an adult.",
        not_children=["Rumana Chowdhury", "Sophie Clarke"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2080-10-29 14:58:12"
    body = T("""
Dear MAST,

Please find attached a MARF for the Ahmed children (Mosaic 3012278), stepping up from Early Help.

Yusuf Ahmed - 12/04/2070
Safiya Ahmed - 30/09/2074

Dad, Imran, has been the children's sole carer since mum died in 2078. I have worked with him since March on routines and school. Since the summer he has relapsed on crack cocaine: the money for the gas and the food has gone, the children missed eleven days of school in September, and Yusuf told me dad "sleeps all day and goes out all night". Imran is honest about it and agreed to the referral to MAST, but he has not gone to the drug service appointments I made for him.

Maryam (my team manager) agreed the step up this morning and has signed the MARF.

Tanvir

PS 14:52 - Imran has just texted me: "sorry for everything bro. took everything i had. kids are watching tv. tell them i love them". He is not answering his phone. It is half term so Yusuf and Safiya are at home with him, 21 Ocean Street, E1. I am on my way there now, about 20 minutes away.

Tanvir Hussain
Early Help Practitioner | Family Support Team (Stepney) | London Borough of Tower Hamlets
020 7946 0381 | 07700 900 514

""") + TDISC
    marf = pdf_att("MARF - Ahmed - Mosaic 3012278.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Yusuf Ahmed (12/04/2070), Safiya Ahmed (30/09/2074). Mosaic 3012278.",
        "Address: 21 Ocean Street, London E1. Parent/carer: Imran Ahmed (father, sole carer).",
        "Referrer: Tanvir Hussain, Early Help Practitioner, Family Support Team (Stepney).",
        "Reason for request: father's relapse into crack cocaine use since July 2080; money for food and gas",
        "spent; 11 days of school missed in September; children left alone at night.",
        "Parental consent to this request: yes (Imran Ahmed, 28/10/2080).",
        "Manager: Maryam Okonjo, Team Manager - agreed and signed 29/10/2080."])
    top = outlook_top(f, addr("Hussain, Tanvir", "tanvir.hussain@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Ahmed - Mosaic 3012278", when, cc=addr("Okonjo, Maryam", "maryam.okonjo@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3012278"],
        [ch("Yusuf Ahmed", "2070-04-12", "12/04/2070"), ch("Safiya Ahmed", "2074-09-30", "30/09/2074")],
        ["neglect", "parental_mental_health", "school_attendance", "substance_misuse"], True, True, [], None,
        "alert_duty",
        "THE URGENT FACT IS A P.S. ABOVE THE SIGNATURE, TIMED MINUTES BEFORE SENDING (14:52, sent 14:58, GMT after "
        "the clocks went back): a sole carer relapsed on crack texts 'took everything i had. kids are watching "
        "tv. tell them i love them' and does not answer; it is half term, so a 10- and a 6-year-old are at home "
        "with him. DESIGN safety rule 1 (every part read) -> urgent -> alert_duty. The MAST step-up itself is "
        "complete (REQUIREMENTS, tower_hamlets step_up: MARF .pdf; 'agreed the step up this morning' -> manager "
        "true); 'agreed to the referral to MAST' -> consent true. substance_misuse + parental_mental_health (an "
        "overdose message) + neglect (no money for food or gas, 'goes out all night') + school_attendance (11 days "
        "missed).",
        not_children=["Tanvir Hussain", "Maryam Okonjo", "Imran Ahmed"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2080-11-20 17:20:47"
    sw = T("""
Dear Nasima,

Thank you for meeting me yesterday. As we discussed, I have asked the Early Help Hub to take over from me. The children's details:

Rayhan Miah (DOB 14/05/2071)
Ayaan Miah (DOB 19/07/2080)
Mosaic 2998310

I will ring you on Monday with the name of your new Early Help worker. If you are worried about anything before then, you can reply to this email - the Early Help Hub is copied in.

Kind regards,
Sarah Whitfield
Social Worker | Children and Families Service | London Borough of Tower Hamlets
""")
    text = T("""
Dear Miss Sarah

sorry for disturb you. my husband Shahid is drinking again from Friday, he hide the bottles in his van. today he is very drunk from afternoon. 2 hour ago he take Ayaan in the pram to go to the shop and he not come back, shop is only 5 minute. he not answer the phone. it is dark now and raining and Ayaan is only 4 month, he did not take the baby bag. I go to the shop and look in the park with Rayhan but I cannot find them. I am scared he fall down or forget the baby somewhere.

please tell me what I do. my phone 07700 900 842

Nasima
""") + "\n\nOn Wed, 20 Nov 2080 at 09:12, Whitfield, Sarah <sarah.whitfield@towerhamlets.gov.uk> wrote:\n" + quoted(sw)
    top = gmail_top(f, addr("Nasima Khatun", "nasima.khatun.e1@gmail.example"),
                    addr("Whitfield, Sarah", "sarah.whitfield@" + TDOM),
                    "Re: [SB-tower_hamlets-5120] Step down to Early Help - next steps", when,
                    cc=addr("Early Help Hub", THUB), in_reply_to=msgid(f + "-sw", TDOM))
    add(f, gmail_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 5,
        "urgent", "follow_up", True, None, ["2998310"],
        [ch("Rayhan Miah", "2071-05-14", "14/05/2071"), ch("Ayaan Miah", "2080-07-19", "19/07/2080")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A MOTHER HERSELF, IN NON-NATIVE ENGLISH, replying all (Gmail, Reply-All with the Early Help Hub in Cc) to "
        "the social worker's [SB-tower_hamlets-5120] step-down mail at 17:20 (out of hours): her husband, drinking "
        "since Friday and 'very drunk', took their 4-month-old out in the pram two hours ago to a shop five minutes "
        "away and has not come back; dark, raining, no answer; she has searched. No alarm word anywhere. DESIGN "
        "safety rule 1 (whatever the kind) -> urgent; a reply in an existing request's thread -> follow_up -> "
        "alert_duty first. Children and DOBs from the quoted social worker's mail; 'Mosaic 2998310' -> the bare "
        "number. substance_misuse.",
        not_children=["Sarah Whitfield", "Nasima"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2080-09-19 11:40:26"
    body = T("""
Dear Early Help Hub,

I would like to step the O'Sullivan children down to a TAF with a Lead Practitioner following the Child and Family Assessment, which concluded on 13/09/2080.

Leah O'Sullivan - DOB 01/12/2067
Finn O'Sullivan - DOB 25/06/2072
Mosaic 2987765

The assessment began in May, when a used needle was found in the family's bathroom by Finn. Mum's brother, Declan, was staying on the sofa at the time and was injecting heroin and smoking crack. The section 47 enquiry found that neither child had been harmed and that mum had not known he was using in the flat. Declan left the same week, is now living in a hostel in Birmingham (police confirmed in August), and mum has a written agreement with us that he will not visit or stay. He has not been back and has had no contact with the children. There is no current concern about drug use in the home, and mum does not use drugs or drink.

What remains: mum's anxiety since the spring (her GP has referred her to Talking Therapies) and Finn's attendance, which is 86%.

Attached: the C&F assessment and the draft TAF plan. Mum has consented to the step down and to the TAF. The Lead Practitioner will be Hannah Pryor, Family Support Worker at Mulberry Place Children's Centre, who has agreed to take the role. I am arranging and chairing the TAF on Tuesday 24th September at 10am at Mulberry Place.

Kind regards,

Grace Adeyemi
Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets
020 7946 0624

""") + TDISC
    cfa = pdf_att("C&F Assessment - O'Sullivan - concluded 13.09.2080.pdf", "Child and Family Assessment - summary", [
        "Children: Leah O'Sullivan (01/12/2067), Finn O'Sullivan (25/06/2072). Mosaic 2987765.",
        "Started: 20/05/2080 (s47 after a used needle was found in the bathroom). Concluded: 13/09/2080.",
        "Findings: maternal uncle injecting in the home without mother's knowledge; left 22/05/2080; no harm to",
        "either child; mother protective; no parental substance use.",
        "Outcome: no further statutory role; step down to a TAF for mother's anxiety and Finn's attendance (86%)."])
    plan = docx_att("Draft TAF plan - O'Sullivan.docx", [
        "# Draft TAF plan", "Lead Practitioner: Hannah Pryor, Mulberry Place Children's Centre.",
        "1. Mum to take up Talking Therapies; LP to check in fortnightly.",
        "2. Finn's attendance: school attendance officer, breakfast club, target 95%.",
        "3. Leah: Year 8 mentor at school; youth club on Thursdays."])
    top = outlook_top(f, addr("Adeyemi, Grace", "grace.adeyemi@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to TAF - O'Sullivan - Mosaic 2987765", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2987765"],
        [ch("Leah O'Sullivan", "2067-12-01", "01/12/2067"), ch("Finn O'Sullivan", "2072-06-25", "25/06/2072")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - NEEDLES FOUND, BUT A RELATIVE WITH NO ACCESS, ALREADY DEALT WITH: in May a used needle was "
        "found by the 9-year-old; the uncle who was injecting left that week, lives in a Birmingham hostel, has no "
        "contact, a written agreement keeps him away; s47 found no harm; 'There is no current concern about drug "
        "use in the home, and mum does not use drugs or drink' -> not urgent, no substance_misuse. Complete Tower "
        "Hamlets step-down: C&F assessment .pdf, draft TAF plan .docx, 'Mum has consented' -> consent true, Lead "
        "Practitioner named with her agency -> book_meeting. TAF Tue 24 Sep is within 10 WD of the assessment's "
        "end (13 Sep: 7 WD). Mum's anxiety -> parental_mental_health; 86% -> school_attendance.",
        not_children=["Grace Adeyemi", "Hannah Pryor"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2080-12-10 13:10:39"
    body = T("""
Hi Early Help Hub,

For the Mosaic record (Mosaic ID 3001456): attached is the relapse prevention and safety plan we agreed at the Chowdhury family's TAF review last Thursday, for Amira (DOB 03/03/2071) and Idris (DOB 11/11/2076).

To be clear, none of what is in the plan has happened. Layla has been abstinent from heroin for eleven months, she takes her buprenorphine as prescribed (8mg, collected weekly from the Tower Hamlets Recovery Service), and her tests have all been clear. The plan is what everyone agreed should happen if she ever did use again, so that the children, school and nursery know what to do.

Nothing needs doing - I'm just sending it so it's on the file. No need to reply.

Thanks,
Abdul

Abdul Karim
Family Support Worker (Lead Practitioner) | Spitalfields & Banglatown Family Hub | London Borough of Tower Hamlets
020 7946 0452

""") + TDISC
    plan = docx_att("Relapse prevention and safety plan - Chowdhury - Dec 2080.docx", [
        "# Relapse prevention and safety plan",
        "Family: Layla Chowdhury (mum); Amira Chowdhury (03/03/2071); Idris Chowdhury (11/11/2076). Mosaic ID 3001456.",
        "Agreed at the TAF review on 05/12/2080 by Layla, her sister Farah, the school DSL, the nursery manager,",
        "the Tower Hamlets Recovery Service and the Lead Practitioner.",
        "# Early warning signs Layla and Farah will look out for",
        "Missing a buprenorphine collection; seeing old friends from Whitechapel; not sleeping; money going missing.",
        "# If Layla feels she might use",
        "She will ring her recovery worker or Farah straight away, and go to the drop-in at the recovery service.",
        "# If Layla does use",
        "She will not care for the children while under the influence. Farah will collect Amira and Idris and they",
        "will stay with her. Layla will tell her recovery worker the same day.",
        "# If anyone finds Layla under the influence while she is caring for the children",
        "School or nursery will not release the children to her and will ring Farah; if Farah cannot be reached,",
        "or the children are at home with Layla alone, they will ring MAST, or 999 in an emergency.",
        "# Medication",
        "Buprenorphine is kept in the locked box in the kitchen cupboard; the key is on Layla's keyring.",
        "Status: contingency plan only. No relapse has occurred. Review at the next TAF in March."])
    top = outlook_top(f, addr("Karim, Abdul", "abdul.karim@" + TDOM), addr("Early Help Hub", THUB),
                      "For the record - relapse prevention & safety plan - Chowdhury - Mosaic ID 3001456", when)
    add(f, mail(f, top, body, [plan]), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "other", False, None, ["3001456"],
        [ch("Amira Chowdhury", "2071-03-03", "03/03/2071", as_written="Amira Chowdhury"),
         ch("Idris Chowdhury", "2076-11-11", "11/11/2076")],
        ["substance_misuse"], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL RELAPSE PLAN: the lead practitioner files a relapse prevention and safety plan "
        "(.docx) saying what would happen 'If Layla does use' or is found 'under the influence while she is caring "
        "for the children' (MAST, 999); 'none of what is in the plan has happened', eleven months abstinent, tests "
        "clear, 'contingency plan only. No relapse has occurred' -> not urgent. Filed 'for the record', no step, "
        "no [SB-] reference -> other -> human_review. The body gives the children's first names with DOBs; their "
        "full names only in the plan. A mother on a buprenorphine script, the plan about her recovery -> "
        "substance_misuse. 'Mosaic ID 3001456' -> the bare number.",
        names_only_in_attachments=True, not_children=["Abdul Karim", "Layla Chowdhury"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2080-10-02 10:15:05"
    body = T("""
Hi MAST,

Step up request for Noah Brennan-Achebe, DOB 18/08/2069 (Mosaic 3005590). The MARF is attached.

Mum's partner, Jason, drinks heavily most weekends and police have been called to the flat twice since August after arguments (18/08 and 21/09). On 21/09 Noah, who is 11, rang 999 himself because Jason had pinned mum against the fridge. Mum has started drinking with Jason at weekends too. Jason was arrested on 21/09 and released on bail with conditions not to go to the address; mum says he has kept to them, and she has been working with the IDVA. Noah is tired and withdrawn at school and has told his teacher he doesn't like weekends.

Mum agreed for me to refer to MAST.

My manager Nadim hasn't signed this off yet - he's asked me to speak to the IDVA first and he will confirm tomorrow.

Jess

Jessica Lamb
Early Help Practitioner | Family Support Team (Poplar) | London Borough of Tower Hamlets
020 7946 0715

""") + TDISC
    marf = pdf_att("MARF - Noah Brennan-Achebe.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Noah Brennan-Achebe (18/08/2069). Mosaic 3005590.",
        "Reason: domestic abuse incidents (18/08/2080, 21/09/2080) linked to mother's partner's drinking; mother",
        "now drinking at weekends; partner on bail conditions not to attend the address.",
        "Consent: mother agreed to this request on 01/10/2080.",
        "Manager sign-off: pending."])
    top = outlook_top(f, addr("Lamb, Jessica", "jessica.lamb@" + TDOM), addr("MAST", TMAST),
                      "Step up - Noah Brennan-Achebe - Mosaic 3005590", when)
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3005590"],
        [ch("Noah Brennan-Achebe", "2069-08-18", "18/08/2069")],
        ["domestic_abuse", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up about a PARTNER'S HEAVY DRINKING AND DOMESTIC ABUSE, the mother now drinking "
        "too: MARF attached (.pdf) -> request_for_support met; MANAGER AGREEMENT PENDING: 'hasn't signed this off "
        "yet ... will confirm tomorrow' -> null -> manager_agreed missing (REQUIREMENTS, tower_hamlets step_up) -> "
        "request_info. The 999 call was on 21 September; the partner is on bail conditions he has kept -> not "
        "urgent. 'Mum agreed for me to refer to MAST' -> consent true. domestic_abuse + substance_misuse.",
        not_children=["Jessica Lamb"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2080-11-14 15:30:58"
    rows = [("Mia Kowalski", "06/06/2066", "St Paul's Way Trust School"),
            ("Zofia Kowalski", "12/10/2070", "Olga Primary School"),
            ("Kuba Kowalski", "27/01/2077", "Bow Nursery")]
    tr = "".join("<tr><td style='padding:4px 8px;border:1px solid #999'>%s</td><td style='padding:4px 8px;border:1px "
                 "solid #999'>%s</td><td style='padding:4px 8px;border:1px solid #999'>%s</td></tr>\n" % r for r in rows)
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
         "<p>Dear Early Help Hub,</p>\n"
         "<p>Please accept this step-down for the Kowalski children (Mosaic 2979901), following the Child and "
         "Family Assessment which concluded on 8 November 2080.</p>\n"
         "<table style=\"border-collapse:collapse\">\n<tr><th style='padding:4px 8px;border:1px solid #999;"
         "background:#DDEBF7'>Child</th><th style='padding:4px 8px;border:1px solid #999;background:#DDEBF7'>DOB</th>"
         "<th style='padding:4px 8px;border:1px solid #999;background:#DDEBF7'>School / setting</th></tr>\n"
         + tr + "</table>\n"
         "<p>Dad (Marek) completed a community alcohol detox in September and now sees the Tower Hamlets Recovery "
         "Service weekly; he has been sober for ten weeks. Mum has been the main carer throughout. The remaining "
         "needs are support for Marek's recovery, Mia's anger at school and a nursery place for Kuba.</p>\n"
         "<p>The C&amp;F assessment is attached. <b>The TAF plan will follow after the TAF on 21st November</b> - "
         "we will write it together at the meeting.</p>\n"
         "<p>Both parents have consented to the step down. The Lead Practitioner will be Shapla Begum, Family "
         "Support Worker at Bigland Green Children's Centre.</p>\n"
         "<p>Kind regards,<br>\nOliver Nwosu<br>\nSocial Worker | Children and Families Service | London Borough of "
         "Tower Hamlets<br>\n020 7946 0168</p>\n"
         "<p style=\"font-size:8pt;color:#666\">%s</p>\n</body></html>\n" % esc(TDISC.strip()))
    cfa = pdf_att("CFA - Kowalski - 08.11.2080.pdf", "Child and Family Assessment - Kowalski", [
        "Children: Mia Kowalski (06/06/2066), Zofia Kowalski (12/10/2070), Kuba Kowalski (27/01/2077).",
        "Mosaic 2979901. Concluded 08/11/2080.",
        "Father's alcohol dependence: community detox completed 12/09/2080; engaging weekly with recovery service.",
        "Outcome: step down to a TAF; Lead Practitioner Shapla Begum (Bigland Green Children's Centre)."])
    top = outlook_top(f, addr("Nwosu, Oliver", "oliver.nwosu@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Kowalski - Mosaic 2979901", when)
    root = multipart("mixed", [text_part(h, "html", crlf=True), cfa], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2979901"],
        [ch("Mia Kowalski", "2066-06-06", "06/06/2066"), ch("Zofia Kowalski", "2070-10-12", "12/10/2070"),
         ch("Kuba Kowalski", "2077-01-27", "27/01/2077")],
        ["substance_misuse"], True, None, ["draft_plan"], None, "request_info",
        "HTML-only Outlook step-down (no text/plain part; children in an HTML table) for three siblings: C&F "
        "assessment attached (.pdf), 'Both parents have consented' -> consent true, Lead Practitioner named with "
        "her agency; 'The TAF plan will follow after the TAF on 21st November' -> draft_plan missing "
        "(REQUIREMENTS, tower_hamlets step_down) -> request_info. A father ten weeks sober after a detox, his "
        "recovery a need in the plan -> substance_misuse. Mia's anger at school is no contract concern id.",
        not_children=["Oliver Nwosu", "Shapla Begum"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2080-09-23 08:50:14"
    data = google_reply(f, when, "Hannah Pryor", "hannah.pryor.mpcc@gmail.example", ("Early Help Hub", THUB),
                        "ACCEPTED", "TAF meeting - O'Sullivan - Mosaic 2987765 [SB-tower_hamlets-5046]",
                        "20800924T090000Z", "20800924T100000Z", "Mulberry Place Children's Centre, Room 3",
                        "Tue 24 Sept 2080 10am - 11am (BST)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2987765"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Lead "
        "Practitioner for tower_hamlets_04's TAF (Tue 24 Sep 10:00 BST = 09:00Z; Google writes UTC); SUMMARY "
        "'Mosaic 2987765' -> the bare number. record_reply.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2080-09-17 12:20:36"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Pascoe-Hill family - step down from the Single Assessment Team to a level 3 Early Help response (LCS-3420118).

Jago Pascoe-Hill - 09/09/2071
Tegen Pascoe-Hill - 20/05/2077 (aged 3, so I think this goes to the under-5s triage)

The Single Assessment is attached - my analysis and the rationale for stepping down are in section 6, and my team manager Silas Penrose has recorded his manager's analysis confirming the threshold is met for level 3.

Summary: dad, Kernow, completed a community alcohol detox with Torbay Recovery Service in July and has been sober since; he goes to the service weekly and to a peer group on Saturdays. Mum has low mood and is on the waiting list for Talking Therapies. The children are well cared for and attend well. Remaining needs: dad's ongoing recovery support, mum's mental health, and a nursery place for Tegen.

Both parents have consented to level 3 Early Help and are happy for me to bring their views to triage.

Many thanks,
Kerenza

Kerenza Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960 418

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe-Hill - LCS-3420118.pdf", "Single Assessment - Pascoe-Hill", [
        "Children: Jago Pascoe-Hill (09/09/2071), Tegen Pascoe-Hill (20/05/2077). LCS-3420118.",
        "Section 6 - Social worker's analysis: father's alcohol dependence treated (community detox July 2080,",
        "sober since); mother's low mood; children's needs met; no further action at level 4; a level 3",
        "coordinated response is needed for recovery support, mother's mental health and nursery for Tegen.",
        "Manager's analysis (Silas Penrose, Team Manager, 13/09/2080): I agree with the analysis. Threshold met",
        "for level 3 intervention; step down to Early Help.",
        "Consent for level 3 Early Help: both parents, 12/09/2080."])
    top = outlook_top(f, addr("Trewin, Kerenza", "kerenza.trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Pascoe-Hill - LCS-3420118", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3420118"],
        [ch("Jago Pascoe-Hill", "2071-09-09", "09/09/2071"), ch("Tegen Pascoe-Hill", "2077-05-20", "20/05/2077")],
        ["parental_mental_health", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team: Single Assessment .pdf with the social worker's "
        "analysis and the TM's 'manager's analysis confirming the threshold is met for level 3' -> manager true "
        "(TM copied); 'Both parents have consented to level 3 Early Help' -> consent true; 'level 3' written -> "
        "book_meeting. Tegen is 3 -> the fortnightly under-5s triage. A father in recovery after a detox -> "
        "substance_misuse; mum's low mood -> parental_mental_health.",
        not_children=["Kerenza Trewin", "Silas Penrose"])

def torbay_02():
    f = "torbay_02.eml"; when = "2080-11-11 13:52:27"
    body = T("""
OFFICIAL - SENSITIVE

To: Torbay MASH
From: PC 4471 Jenna HEXT, Torbay Neighbourhood Policing Team

CHILD CONCERN - TODAY

At 13:20 today I was flagged down on Union Street, Torquay, by a shop worker. A boy of about 4 was standing on his own by the bus shelter in pyjamas and wellies, no coat, crying. He told me his name is Alfie and that he lives "at the blue door". I walked him home to 14 Lower Union Lane (ground floor flat). The front door was wide open.

The mother, Kirsty BOLT (DOB 03/05/2052), was asleep on the sofa. It took several minutes to rouse her. Two empty one-litre vodka bottles were on the floor and a strip of diazepam with six tablets gone. When she woke she was slurring and confused and could not tell me Alfie's date of birth or how long he had been out. Paramedics attended at 13:40 and did not convey her ("intoxicated, no medical need").

I have been directed to an emergency call and have had to leave. A neighbour, Mrs Pam Westlake (no. 16), has agreed to sit with Alfie and his mother until someone from Children's Services arrives. There is no other adult in the household. I have not been able to find any family.

Child: Alfie BOLT, approx. 4 years, DOB not known.

Please can Children's Services attend the address this afternoon. A PPN will follow on the system.

PC 4471 Jenna Hext
Torbay Neighbourhood Policing Team
101 ext 42295

OFFICIAL - SENSITIVE. This email may contain information that is exempt from disclosure. If you are not the intended recipient, please delete it.
""")
    top = plain_top(f, addr("Hext, Jenna PC 4471", "jenna.hext@police.example.uk"), addr("Torbay MASH", BMASH),
                    "OFFICIAL-SENSITIVE: Child found alone - Union St Torquay - 13:20 today - mother intoxicated",
                    when, "police.example.uk", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Alfie Bolt", None, None, as_written="Alfie BOLT")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A POLICE OFFICER'S REPORT (OFFICIAL-SENSITIVE, police style, names in capitals): a 4-year-old found alone "
        "in the street in pyjamas at 13:20 today; his mother asleep and hard to rouse with two empty vodka bottles "
        "and six diazepam gone, the front door open; the officer had to leave, a neighbour is sitting with them, "
        "no other adult. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A police report, no "
        "step -> other. 'Alfie BOLT' -> 'Alfie Bolt', DOB not known -> null. The mother is an adult (DOB 2052). "
        "neglect + substance_misuse.",
        not_children=["Kirsty BOLT", "Pam Westlake", "Jenna Hext"], adults=[("Kirsty BOLT", "03/05/2052")])

def torbay_03():
    f = "torbay_03.eml"; when = "2080-09-05 10:05:49"
    body = T("""
MASH,

Contact / step up from level 3 for the Stentiford children (EHM-845512).

Poppy Stentiford - 23/03/2074 - Year 2, Ellacombe Academy
Charlie Stentiford - 14/02/2079 - at home

I did an unannounced visit at 9am. Mum (Jodie) is at work at the care home until 6pm. Her new partner, Dean Maddick, has been looking after Charlie while she works since the end of August.

In the children's bedroom I found two used needles - one on the floor right next to Charlie's cot, the cap off - and a tourniquet and a burnt spoon on the side of the bath. Dean was on the sofa nodding off, gouching, and couldn't hold a conversation. Charlie (18 months) was standing in his cot crying in a dirty nappy. Dean said the needles were "old" and "not his".

I have spoken to my ATM, Tamsin Verity, and we agree this needs to be looked at for level 4 today. I haven't been able to speak to mum to ask for her consent - the care home say she is on a shift and can't come to the phone until her break at 12.

I am still at the house with Charlie and will stay until I hear from you. 07700 900 677.

Becky

Becky Jago
Family Intervention Worker | Torbay Early Help (Ellacombe hub) | Torbay Council
01632 960 233

""") + BDISC
    top = outlook_top(f, addr("Jago, Becky", "becky.jago@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up / contact to MASH - Stentiford - EHM-845512", when,
                      cc=addr("Verity, Tamsin", "tamsin.verity@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-845512"],
        [ch("Poppy Stentiford", "2074-03-23", "23/03/2074"), ch("Charlie Stentiford", "2079-02-14", "14/02/2079")],
        ["neglect", "substance_misuse"], None, True, ["consent"], None, "alert_duty",
        "NEEDLES FOUND AND A CARER GOUCHING: used needles by an 18-month-old's cot, a tourniquet and burnt spoon, "
        "the mother's new partner - the only adult, caring for the toddler all day - nodding off and unable to talk, "
        "the toddler crying in a dirty nappy; the worker is staying at the house. No alarm word anywhere. DESIGN "
        "safety rule 1 -> urgent -> alert_duty. A Torbay step-up (the lead professional's contact to MASH, seed "
        "002): 'my ATM ... and we agree this needs to be looked at for level 4' -> manager true; consent not yet "
        "asked ('haven't been able to speak to mum to ask for her consent') -> null -> consent missing, but "
        "alert_duty comes first. neglect + substance_misuse.",
        not_children=["Becky Jago", "Tamsin Verity", "Dean Maddick"])

def torbay_04():
    f = "torbay_04.eml"; when = "2080-10-18 16:45:10"
    body = T("""
Hi,

Triage slot request please: step down from the Safeguarding and Supporting Families Team to level 3 Early Help for Rowan Treloar, DOB 07/07/2068, LCS-3418865.

Rowan's history looks frightening on paper, so a quick summary: he was on a child protection plan from 2078 to 2079 after he found his mum, Demelza, unconscious after a heroin overdose in October 2078. She has been on a buprenorphine script with Torbay Recovery Service since then, has had no illicit use since August 2079, and all 26 of her drug screens have been clear (the latest on 14/10/2080). The CP plan ended in June and the CIN plan has achieved its outcomes. There are no current concerns about Rowan's safety.

What Early Help could help with: Demelza staying on track with her recovery, Rowan's confidence (he is anxious about mum), and a young people's group.

The Single Assessment is attached. Demelza has consented to level 3 Early Help. I've agreed with my TM, Ursula Kemp, that there is no further need for statutory intervention, but she is on leave today and will add her manager's analysis to the assessment on Monday.

This is for level 3.

Thanks and have a good weekend,
Piran

Piran Hosking
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 561

""") + BDISC
    sa = pdf_att("Single Assessment update - Rowan Treloar.pdf", "Single Assessment (update) - Rowan Treloar", [
        "Child: Rowan Treloar (07/07/2068). LCS-3418865.",
        "History: CP plan 11/2078 - 06/2079 (neglect; mother's opiate overdose 10/2078). CIN plan 06/2079 - 10/2080.",
        "Mother: buprenorphine 12mg daily; no illicit use since 08/2079; 26 consecutive negative drug screens.",
        "Analysis (social worker): outcomes achieved; no further need for statutory intervention; level 3 support",
        "for mother's recovery and Rowan's emotional wellbeing.",
        "Manager's analysis: [to be completed by the team manager]"])
    top = outlook_top(f, addr("Hosking, Piran", "piran.hosking@" + BDOM), addr("Early Help", BEH),
                      "Step down to level 3 - triage request - Rowan Treloar - LCS-3418865", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-3418865"],
        [ch("Rowan Treloar", "2068-07-07", "07/07/2068")],
        ["substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "NEAR MISS - A PARENT IN RECOVERY WITH CLEAN TESTS: a 2078 heroin overdose found by the child, a 2078-79 "
        "child protection plan - history; buprenorphine script, no illicit use since August 2079, '26 of her drug "
        "screens have been clear', 'There are no current concerns about Rowan's safety' -> not urgent. Torbay SASF "
        "step-down: Single Assessment attached; 'Demelza has consented to level 3 Early Help' -> consent true; "
        "the TM 'will add her manager's analysis ... on Monday' (the PDF's manager's analysis is blank) -> manager "
        "null -> manager_agreed missing (REQUIREMENTS, torbay step_down) -> request_info. 'level 3' written. Her "
        "recovery on a script is a need in the plan -> substance_misuse.",
        not_children=["Piran Hosking", "Ursula Kemp"])

def torbay_05():
    f = "torbay_05.eml"; when = "2080-11-06 20:05:33"
    text = T("""
Dear Sir or Madam

I hope this is the right place. I got this email address from the council's website.

My son Liam is 34 and he is back on the heroin. He was clean for five years but he lost his job in the summer and now he is sleeping rough in Paignton, round the back of the station. I took him some food on Sunday and he looked terrible.

I want to say straight away this is nothing to do with any children. Liam has two children but he hasn't seen them for three years - they live with their mum in Plymouth and there is a court order, he is not allowed any contact and he doesn't know where they live. Their mum is a good mum and the children are doing well. I see them myself every month and they are fine.

I am 71 and I don't know what to do for him. Is there anything for families of people on drugs, or someone who could go and see him? I'm sorry to bother you if this isn't your department.

Yours faithfully
Derek Coombes
01632 960 902
""")
    top = plain_top(f, addr("Derek Coombes", "derek.coombes1953@btinternet.example"), BMASH,
                    "My son - heroin - where can I get help", when, "btinternet.example", None)
    add(f, mail(f, top, text, crlf=False, cte="7bit"), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A RELATIVE'S USE WITH NO ACCESS TO THE CHILDREN: a 71-year-old father writes at 20:05 about "
        "his adult son's heroin relapse and rough sleeping; the son's children live in Plymouth with their mother, "
        "a court order bars contact, 'this is nothing to do with any children ... they are fine'. No child at any "
        "risk -> not urgent. A plea for adult support to the MASH inbox, no step -> other -> human_review. No "
        "child is named; an adult's drug use with no bearing on a child's care -> concerns [].")

def torbay_06():
    f = "torbay_06.eml"; when = "2080-11-26 08:35:02"
    ack = ack_text("step-up", "SB-torbay-4471", [
        "Case: EHM-846230",
        "Children: Isla Widger (12/03/2072), Theo Widger (30/10/2075)",
        "MASH threshold discussion: Thursday 28 November 2080, 10:00 (Microsoft Teams)"], [])
    body = T("""
Good morning,

An update for Thursday's MASH discussion about Isla and Theo - nothing needs doing today, but I want it on the record.

Yesterday (Monday) at 3.15 Mr Widger came to collect the children smelling strongly of alcohol and unsteady on his feet. We did not release them. I rang Mrs Widger, who came straight from work and collected them at 3.40; she was sober and calm. Mr Widger had walked off before she arrived. Police were not needed.

Mrs Widger rang me at 8 last night: Mr Widger is staying at his brother's in Brixham and has agreed not to come to the house or to collect the children until after the MASH discussion, and Mrs Widger will do every pick-up. This morning she brought both children in herself. They are both in class and fine, and Isla told her teacher she "had a nice tea with mummy".

I have logged it on our system.

Sarah Pengelly
Designated Safeguarding Lead | Barton Hill Academy
01632 960 774
""") + quote("Torbay MASH (stepbot) <mash@torbay.gov.uk>", "20 November 2080 15:02",
             "Sarah Pengelly <s.pengelly@bartonhill.example.sch.uk>",
             "[SB-torbay-4471] Step-up contact received - EHM-846230", ack)
    top = outlook_top(f, addr("Sarah Pengelly", "s.pengelly@bartonhill.example.sch.uk"), addr("Torbay MASH", BMASH),
                      "RE: [SB-torbay-4471] Step-up contact received - EHM-846230", when,
                      mid_domain="DB9PR06MB7741.eurprd06.prod.outlook.com")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, ["EHM-846230"],
        [ch("Isla Widger", "2072-03-12", "12/03/2072"), ch("Theo Widger", "2075-10-30", "30/10/2075")],
        ["substance_misuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A DRUNK PARENT AT COLLECTION, ALREADY DEALT WITH: a school DSL's reply to [SB-torbay-4471] "
        "telling MASH that yesterday the father came to collect drunk, school did not release, the sober mother "
        "collected at 3.40; he is staying at his brother's and has agreed not to come to the house or collect; "
        "both children in school and fine; 'nothing needs doing today' -> not urgent. DESIGN: follow_up -> "
        "attach_to_request, missing []. Children and DOBs from the quoted acknowledgement; EHM-846230 from the "
        "subject. The father's drinking -> substance_misuse.",
        not_children=["Sarah Pengelly"])

def torbay_07():
    f = "torbay_07.eml"; when = "2080-12-02 11:00:21"
    body = T("""
Hi MASH,

I'm the lead practitioner for the Yeo family (EHM-847719) and I'd like to make a contact to MASH to have the family considered for a level 4 response.

Harper Yeo - 15/01/2069
Jacob Yeo - 04/04/2072

Since the autumn, dad (Scott) has been drinking heavily - binges that last a whole weekend. When he drinks he shouts at mum, has smashed two doors and a phone, and mum told me on Friday she is "scared of what he'll do one day". The children hear all of it; Harper has started staying at her friend's at weekends and Jacob wets the bed on Sunday nights. Dad has refused every offer of support for his drinking. Nothing has happened since the weekend and dad is at work this week.

My ATM, Rhiannon Tully, and I agree the information needs to be considered for a level 4 statutory intervention.

Consent: I have asked mum, and she has said no - she does not want social services involved and does not consent to a contact to MASH. She is frightened of how Scott would react if he found out.

Thanks,
Lowenna

Lowenna Bray
Family Practitioner | Torbay Early Help (Paignton hub) | Torbay Council
01632 960 349

""") + BDISC
    top = outlook_top(f, addr("Bray, Lowenna", "lowenna.bray@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Yeo family - EHM-847719", when,
                      cc=addr("Tully, Rhiannon", "rhiannon.tully@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["EHM-847719"],
        [ch("Harper Yeo", "2069-01-15", "15/01/2069"), ch("Jacob Yeo", "2072-04-04", "04/04/2072")],
        ["domestic_abuse", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead practitioner's contact to MASH) about a FATHER'S WEEKEND DRINKING BINGES AND "
        "DOMESTIC ABUSE: 'My ATM ... and I agree the information needs to be considered for a level 4' -> manager "
        "true (ATM copied). CONSENT REFUSED: 'she has said no ... does not consent to a contact to MASH' -> false "
        "-> consent missing (REQUIREMENTS, torbay step_up; seed 002: 'a contact should be made to MASH with "
        "parental consent') -> request_info. 'Nothing has happened since the weekend and dad is at work' -> not "
        "immediate. domestic_abuse + substance_misuse.",
        not_children=["Lowenna Bray", "Rhiannon Tully"])

def torbay_08():
    f = "torbay_08.eml"; when = "2080-10-09 07:02:44"
    data = ndr(f, when, BDOM, addr("Early Help", BEH), "kerensa.trewin@torbay.gov.uk",
               "[SB-torbay-4433] Early Help triage slot confirmed", "Early Help (stepbot) <earlyhelp@torbay.gov.uk>",
               "2080-10-09 07:01:58")
    add(f, data, "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied, X-MS-Exchange-Message-Is-Ndr) for a stepbot triage confirmation (torbay_01's family) "
        "sent to a mistyped council address ('kerensa' for 'kerenza'); the returned headers carry [SB-torbay-4433] and no case "
        "id. DESIGN: a bounce is an auto_reply -> ignore (safety rule 2: never answered).")


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEHC = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2080-09-25 14:50:16"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Pritchard children (one sibling-group step), level 3, following the Child & Family Assessment completed on 19/09/2080. I discussed the plan with Sian Lewis (early help co-ordinator) on Tuesday.

Ffion Pritchard - DOB 13/08/2067 - Mosaic 741206
Osian Pritchard - DOB 02/12/2070 - Mosaic 741207

Dad (Gethin) has been sober for six months and goes to the Herefordshire Recovery Hub every week and to a mutual-aid group on Wednesdays; mum works nights at the hospital. The plan covers Gethin's recovery support, a young people's group for Ffion and help with Osian's reading.

Written consent: Gethin and Carys signed the consent form on my visit on 23/09 - attached.

Key person: Mrs Eleri Watkins, Family Support Worker at Whitecross Hereford High School, has agreed with the family to lead on the step-down.

Many thanks,
Rhian

Rhian Bevan
Social Worker | Safeguarding & Family Support (Hereford City) | Herefordshire Council
01632 960 615

""") + HDISC
    plan = docx_att("EHA step-down plan - Pritchard - Sept 2080.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Ffion Pritchard (13/08/2067), Osian Pritchard (02/12/2070). Mosaic 741206, 741207.",
        "What are we worried about? Dad's recovery from alcohol dependence (sober since March 2080); Ffion's worry "
        "about dad; Osian behind with reading.",
        "What's working well? Dad's weekly recovery support; mum's steady routines; strong extended family.",
        "Wellbeing plan: 1) Gethin continues with the Recovery Hub (by: Gethin; review at MAG). 2) Ffion joins the "
        "young people's group at the Hub (by: key person). 3) Reading support for Osian (by: school).",
        "Key person: Eleri Watkins, Family Support Worker, Whitecross Hereford High School."])
    consent = pdf_att("Signed consent - Pritchard - 23.09.2080.pdf", "Early Help - family consent", [
        "Family: Pritchard. Children: Ffion Pritchard, Osian Pritchard.",
        "We consent to our family being stepped down to Early Help and to information being shared with the",
        "Early Help Co-ordinator team and the key person.",
        "Signed: Gethin Pritchard, Carys Pritchard. Date: 23/09/2080."])
    top = outlook_top(f, addr("Bevan, Rhian", "rhian.bevan@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "Step down to Early Help (level 3) - Pritchard sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["741206", "741207"],
        [ch("Ffion Pritchard", "2067-08-13", "13/08/2067"), ch("Osian Pritchard", "2070-12-02", "02/12/2070")],
        ["substance_misuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan .docx, the signed consent form .pdf "
        "('signed the consent form' -> consent_form met, consent true), key person named with her agency -> "
        "book_meeting. 'level 3' written. A father six months sober, his recovery in the plan -> substance_misuse. "
        "Discussed with a co-ordinator already (the pack's drop-in is then not needed; no effect on missing).",
        not_children=["Rhian Bevan", "Eleri Watkins", "Gethin Pritchard", "Carys Pritchard"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2080-09-06 09:48:03"
    body = T("""
Hi MASH,

I need to step the Price children up - please can someone ring me back on 07700 900 408.

Tyler Price - 19/04/2069
Maddie Price - 08/11/2074
Mosaic 738450

I called in at 9 this morning with the uniform vouchers. Mum (Gemma) was drunk - slurring, swaying, a half-empty bottle of wine on the worktop and another empty one in the recycling. She has been binge drinking since her dad's funeral last month. It's an INSET day so Tyler and Maddie are at home with her.

She told me she is driving the children to her sister's in Ross-on-Wye at 11 "whatever you say". The car is on the drive and the keys are in her handbag - she wouldn't give them to me. I've tried Gemma's mum and her sister and neither is answering.

I'm sitting outside in my car. My manager, Kate Morris, agrees this needs to step up.

Josh

Josh Bevington
Early Help Family Support Worker | Leominster Locality Team | Herefordshire Council
01632 960 287

""") + HDISC
    top = outlook_top(f, addr("Bevington, Josh", "josh.bevington@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Step up - Price children - Mosaic 738450", when, cc=addr("Morris, Kate", "kate.morris@" + HDOM))
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["738450"],
        [ch("Tyler Price", "2069-04-19", "19/04/2069"), ch("Maddie Price", "2074-11-08", "08/11/2074")],
        ["substance_misuse"], None, True, [], None, "alert_duty",
        "AN ALCOHOL BINGE AND A DRIVE PLANNED WITH THE CHILDREN IN TWO HOURS: at 9am the mother is drunk (slurring, "
        "wine bottles), the children are at home for an INSET day, she will drive them to Ross-on-Wye at 11 'whatever "
        "you say' and will not give up the keys; no relative answering; the worker is outside. No alarm word "
        "anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A step-up to Herefordshire, whose seed defines "
        "none (REQUIREMENTS: 'step_up is not defined by this seed'): without the risk it would be human_review; "
        "missing [] for an undefined kind. 'My manager ... agrees this needs to step up' -> manager true. "
        "substance_misuse.",
        not_children=["Josh Bevington", "Kate Morris"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2080-11-01 22:16:40"
    text = T("""
Hi, I got this email off an old letter about my kids from Early Help. I don't know who else to contact tonight.

My kids Lacey Morris (7, DOB 27/06/2073) and Jayden Morris (4, DOB 14/01/2076) are with their mum Kelly this weekend - I dropped them at hers at 6. Kelly has been back on the crack for a few weeks, I didn't know how bad until tonight.

At 21:50 she sent me a video. She's at a party in a flat I don't know, she is off her face, there's people smoking a pipe on the settee and you can hear Jayden crying "I want to go home" in the background. It's gone 10 and they should be in bed. She won't answer now and she won't tell me where she is. Her flat in Bobblestock is in darkness, I've been round.

I rang the police and they said they'd log it and send someone when they can. I have no idea where my kids are.

Please can someone help. 07700 900 591

Craig Morris

Sent from my iPhone
""")
    top = plain_top(f, addr("Craig Morris", "craigmorris.hfd@icloud.example"), HEHC,
                    "My kids are at a party with their mum on crack - please help", when, "icloud.example",
                    "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Lacey Morris", "2073-06-27", "27/06/2073"), ch("Jayden Morris", "2076-01-14", "14/01/2076")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A PARENT HIMSELF, FROM HIS PHONE, AT 22:16 ON A FRIDAY (out of hours; GMT): the children's mother, back "
        "on crack, sent a video from a party in an unknown flat - 'off her face', people smoking a pipe, the "
        "4-year-old crying to go home; she will not answer or say where they are; police will 'send someone when "
        "they can'. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours "
        "service). A father's plea to the Early Help inbox, no step -> other. substance_misuse.",
        not_children=["Craig Morris"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2080-12-03 10:20:55"
    body = T("""
Dear Early Help Co-ordinators,

Step-down to Early Help, level 3, for the Lloyd children, after the Child & Family Assessment (decision 28/11/2080). I talked it through with an early help co-ordinator at this morning's drop-in.

Evie Lloyd - DOB 05/05/2072
Archie Lloyd - DOB 21/09/2079
Mosaic 752318

Stacey has been sober since March and goes to the Herefordshire Recovery Hub and AA. The step-down plan is attached. It includes a contingency plan for relapse, which everyone agreed at the CIN review - please read it as a plan, not a current worry: Stacey has not had a drink since March and nothing in it has happened.

Key person: Lisa Morgan, Health Visitor, Hereford City 0-19 Health Visiting Team, who knows the family well.

Consent: Stacey has agreed to the step-down verbally. She will sign the written consent form at my visit on Friday and I will send it straight on.

Thanks,
Megan

Megan Davies
Social Worker | Child in Need Team (Hereford) | Herefordshire Council
01632 960 388

""") + HDISC
    plan = docx_att("EHA step-down plan - Lloyd - Dec 2080.docx", [
        "# Early Help Assessment - step-down plan (level 3)",
        "Children: Evie Lloyd (05/05/2072), Archie Lloyd (21/09/2079). Mosaic 752318.",
        "What are we worried about? Keeping Stacey's recovery going over Christmas; Evie's worry about mum.",
        "What's working well? Nine months sober; Recovery Hub and AA every week; Stacey's sister Nicola nearby.",
        "Wellbeing plan: 1) Stacey continues at the Recovery Hub and AA (by: Stacey). 2) Health visitor contacts "
        "monthly, safe sleep refreshed (by: Lisa Morgan). 3) Evie to see the school's ELSA (by: school).",
        "Contingency plan for relapse (hypothetical - agreed at the CIN review on 28/11/2080):",
        "- If Stacey drinks, she will ring Nicola, who will come and take Evie and Archie to hers.",
        "- Stacey knows never to share a bed or sofa with Archie if she has had any alcohol (safe sleep advice",
        "  from the health visitor).",
        "- If the key person or school ever find Stacey under the influence while caring for the children alone,",
        "  they will contact MASH, or ring 999 in an emergency.",
        "Key person: Lisa Morgan, Health Visitor."])
    top = outlook_top(f, addr("Davies, Megan", "megan.davies@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "Step down (level 3) - Lloyd - Mosaic 752318", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["752318"],
        [ch("Evie Lloyd", "2072-05-05", "05/05/2072"), ch("Archie Lloyd", "2079-09-21", "21/09/2079")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - A HYPOTHETICAL RELAPSE PLAN INSIDE A STEP-DOWN PLAN: what happens 'If Stacey drinks', never "
        "co-sleeping with the baby after alcohol, contacting MASH or 999 if she is ever found under the influence - "
        "'please read it as a plan, not a current worry', nine months sober -> not urgent. Herefordshire level 3 "
        "step-down: plan .docx and key person with agency met; VERBAL CONSENT ONLY ('agreed to the step-down "
        "verbally. She will sign the written consent form ... on Friday') -> consent true but consent_form missing "
        "(seed 003: 'obtain written consent') -> request_info. Her recovery is the plan's subject -> "
        "substance_misuse.",
        not_children=["Megan Davies", "Lisa Morgan"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2080-10-14 13:30:27"
    text = T("""
Hello,

I hope you don't mind me writing. I'm not asking for help for my children - they're fine - I just want some advice about my records.

In 2071 my eldest was on a child protection plan for about a year because of my heroin use. It was the worst time of my life and I'm not proud of it. I went into treatment that year, I've been clean since 2072 and I came off my methadone script in 2074. I've got two children now and we have never had social workers involved since.

I've applied to volunteer as a reading helper at my youngest's primary school and the school said a check might "bring up Early Help". Does Early Help keep a file on me from back then? Can I see it, and can it say that I've been in recovery for eight years?

I'm sorry if this is the wrong email address.

Nicola Harte
01632 960 744
""")
    top = plain_top(f, addr("Nicola Harte", "nicky.harte@outlook.example"), HEHC,
                    "Question about old records from 2071", when, "outlook.example", None)
    add(f, mail(f, top, text, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - HISTORIC USE, A PARENT HERSELF: a mother asks to see and correct her records: a 2071 child "
        "protection plan because of her heroin use, clean since 2072, off her methadone script since 2074, 'never "
        "had social workers involved since', 'I'm not asking for help for my children - they're fine' -> historic, "
        "not urgent, no current concern -> concerns []. A records enquiry, no step -> other -> human_review. No "
        "child is named.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2080-12-11 15:05:38"
    ack = ack_text("step-down", "SB-herefordshire-6688", [
        "Case: Mosaic 752318",
        "Children: Evie Lloyd (05/05/2072), Archie Lloyd (21/09/2079)",
        "Level: 3"], ["consent_form (the family's written consent)"])
    body = T("""
Hi,

Stacey signed the written consent form at my visit on Friday - the signed form is attached. That should complete the step-down for Evie and Archie.

Thanks,
Megan

Megan Davies
Social Worker | Child in Need Team (Hereford) | Herefordshire Council
01632 960 388
""") + quote("Early Help Co-ordinators (stepbot) <earlyhelpcoordinators@herefordshire.gov.uk>", "03 December 2080 10:27",
             "Davies, Megan <megan.davies@herefordshire.gov.uk>",
             "[SB-herefordshire-6688] Step-down request received - Mosaic 752318", ack)
    consent = pdf_att("Signed consent form - Lloyd - 06.12.2080.pdf", "Early Help - family consent", [
        "Family: Lloyd. Children: Evie Lloyd, Archie Lloyd.",
        "I consent to my family being stepped down to Early Help and to information being shared with the Early",
        "Help Co-ordinator team and the key person (Lisa Morgan, Health Visitor).",
        "Signed: Stacey Lloyd. Date: 06/12/2080. Witnessed: Megan Davies, Social Worker."])
    top = outlook_top(f, addr("Davies, Megan", "megan.davies@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "RE: [SB-herefordshire-6688] Step-down request received - Mosaic 752318", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["752318"],
        [ch("Evie Lloyd", "2072-05-05", "05/05/2072"), ch("Archie Lloyd", "2079-09-21", "21/09/2079")],
        [], True, None, [], None, "attach_to_request",
        "Outlook reply to [SB-herefordshire-6688] (herefordshire_04's request) adding the signed consent form "
        "(.pdf): 'Stacey signed the written consent form' -> consent true. DESIGN: follow_up -> attach_to_request, "
        "missing []. Children and DOBs from the quoted acknowledgement (whose 'What is missing:' is stepbot's); "
        "'Mosaic 752318' -> the bare number; nothing of concern in the new text -> concerns [].",
        not_children=["Megan Davies", "Stacey Lloyd"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2080-10-10 09:15:31"
    data = itip_reply(f, when, "Tom Prosser", "tom.prosser@" + HDOM, ("Early Help Co-ordinators", HEHC),
                      "ACCEPTED", "Step-down drop-in [SB-herefordshire-6590]", "20801015T100000", "20801015T103000",
                      "Microsoft Teams Meeting")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from a social worker for a Tuesday step-down drop-in "
        "(Tue 15 Oct 10:00 BST) offered under [SB-herefordshire-6590]; no case id. DESIGN: meeting_reply -> "
        "record_reply.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2080-09-30 11:25:09"
    body = T("""
Hello,

Step-down for the Hughes boys (Mosaic 744912) after their C&F assessment - decision made on 24/09/2080.

Kieran Hughes - 30/03/2066
Leo Hughes - 12/12/2068

Mum (Lorraine) smokes cannabis every day and drinks most evenings; she has started seeing the Herefordshire Recovery Hub. Kieran's attendance is 79% and Leo's is 84%. The step-down plan and mum's signed consent form are attached.

Key person: I'm still looking. The high school have said they can't take it on this term, and I've asked the youth service but haven't heard back - I'll let you know as soon as someone agrees.

Tom

Tom Prosser
Social Worker | Child and Family Assessment Team (Hereford) | Herefordshire Council
01632 960 871

""") + HDISC
    plan = docx_att("Step-down plan - Hughes.docx", [
        "# Early Help Assessment step-down plan", "Children: Kieran Hughes (30/03/2066), Leo Hughes (12/12/2068).",
        "What needs to happen: 1) Lorraine attends the Recovery Hub weekly (by: Lorraine). 2) Attendance support for "
        "both boys (by: schools). 3) Key person to hold a TAF every 6 weeks (by: key person - to be identified).",
        "Key person: to be identified."])
    consent = pdf_att("Consent - L Hughes - signed.pdf", "Consent to Early Help", [
        "I, Lorraine Hughes, consent to my family receiving Early Help and to information being shared.",
        "Children: Kieran Hughes, Leo Hughes. Signed: L. Hughes. Date: 27/09/2080."])
    top = outlook_top(f, addr("Prosser, Tom", "tom.prosser@" + HDOM), addr("Early Help Co-ordinators", HEHC),
                      "Step down - Hughes - Mosaic 744912", when)
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["744912"],
        [ch("Kieran Hughes", "2066-03-30", "30/03/2066"), ch("Leo Hughes", "2068-12-12", "12/12/2068")],
        ["school_attendance", "substance_misuse"], True, None, ["lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan (.docx) and mum's signed consent form (.pdf) attached -> "
        "consent_form met, consent true; KEY PERSON NOT YET FOUND ('I'm still looking') -> lead_practitioner "
        "missing (REQUIREMENTS, herefordshire step_down; seed 003: 'identify a key person with the family') -> "
        "request_info. No level written -> null. Mum's daily cannabis and evening drinking -> substance_misuse; "
        "79% and 84% -> school_attendance.",
        not_children=["Tom Prosser", "Lorraine Hughes"])
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

# England & Wales bank holidays in 2080 and 2081 that fall on a weekday (the `holidays` package's list, which
# set_checks() re-derives and compares). 2080: New Year's Day Mon 1 Jan; Good Friday 5 Apr; Easter Monday 8 Apr; May
# Day Mon 6 May; Spring Bank Holiday Mon 27 May; Late Summer Bank Holiday Mon 26 Aug; Christmas Day Wed 25 Dec; Boxing
# Day Thu 26 Dec. 2081 (knowsley_05's meeting is in January 2081): New Year's Day Wed 1 Jan; Good Friday 28 Mar; Easter
# Monday 31 Mar; May Day 5 May; Spring Bank Holiday 26 May; Late Summer Bank Holiday 25 Aug; Christmas Day Thu 25 Dec;
# Boxing Day Fri 26 Dec.
BANK_HOLIDAYS = {date(2080, 1, 1), date(2080, 4, 5), date(2080, 4, 8), date(2080, 5, 6), date(2080, 5, 27),
                 date(2080, 8, 26), date(2080, 12, 25), date(2080, 12, 26),
                 date(2081, 1, 1), date(2081, 3, 28), date(2081, 3, 31), date(2081, 5, 5), date(2081, 5, 26),
                 date(2081, 8, 25), date(2081, 12, 25), date(2081, 12, 26)}
IN_WINDOW = {}                                   # no English bank holiday falls between 2 September and 13 December
AROUND = {date(2080, 8, 26): "Late Summer Bank Holiday", date(2080, 12, 25): "Christmas Day",
          date(2080, 12, 26): "Boxing Day", date(2081, 1, 1): "New Year's Day"}
# The brief's window is "early September to mid December 2080". 1 September 2080 is a Sunday, so the window starts on
# Monday 2 September; 15 December 2080 (mid December) is a Sunday, so it ends on the last weekday before it, Friday
# 13 December 2080.
BRIEF_START, BRIEF_MID_DEC = date(2080, 9, 1), date(2080, 12, 15)
WINDOW = (datetime(2080, 9, 2, tzinfo=LON), datetime(2080, 12, 13, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 31 March 2080 and ends at 01:00 UTC on Sunday 27 October 2080.
BST_START = datetime(2080, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2080, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2080
ALLOW_YEARS = {"knowsley_05.eml": {2081}}        # the final CIN meeting on Tuesday 7 January 2081

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
            if meeting.year > MAX_YEAR and meeting.year not in ALLOW_YEARS.get(f, ()):
                err("meeting after %d" % MAX_YEAR)
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
        if int(y) > MAX_YEAR and int(y) not in ALLOW_YEARS.get(f, ()):
            err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
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

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}
PER_AUTH_EXPECTED = {
    "knowsley": {"urgent": 2, "near_miss": 2, "ordinary": 4},
    "richmond_wandsworth": {"urgent": 2, "near_miss": 2, "ordinary": 4},
    "tower_hamlets": {"urgent": 3, "near_miss": 2, "ordinary": 3},
    "torbay": {"urgent": 2, "near_miss": 3, "ordinary": 3},
    "herefordshire": {"urgent": 2, "near_miss": 2, "ordinary": 4},
}

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
    for a, want in PER_AUTH_EXPECTED.items():
        got = {c: sum(1 for lab in LABELS if lab["authority"] == a and CATS[lab["file"]] == c)
               for c in ("urgent", "near_miss", "ordinary")}
        if got != want:
            errors.append("set: %s category counts %s, expected %s" % (a, got, want))
    for f in FILES:
        if not re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_0[1-8]\.eml", f):
            errors.append("set: file name %s" % f)
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


def _hdr_local(msg):
    return _date(msg).astimezone(LON)

def _utc_today(f):
    return _now(f).astimezone(UTC).date()

def _quoted_only(msg, names):
    """Every name appears only on '> ' quoted lines of the text/plain part."""
    lines = _plain(msg).split("\n")
    return all(any(n in l for l in lines) and all(l.startswith(">") for l in lines if n in l) for n in names)

def _ps_after_body(msg):
    p = _plain(msg)
    i, j, k = p.find("Maryam (my team manager) agreed"), p.find("PS 14:52"), p.find("Tanvir Hussain\nEarly Help")
    return 0 <= i < j < k

CUSTOM = [
    ("knowsley_01.eml", "Word HTML body with both children in a Word table; .docx form, GCP2 and TAF minutes .pdf",
     lambda m: "MsoTableGrid" in _html(m) and "Kenzie Doherty" in html_text(_html(m))
     and sorted(_exts(m)) == ["docx", "pdf", "pdf"] and _hdr_local(m).utcoffset() == timedelta(hours=1)),
    ("knowsley_02.eml", "sent at 00:41 BST on Wednesday 16 October: the London date is Wed, the UTC date Tue",
     lambda m: _hdr_local(m).strftime("%a %d %b %H") == "Wed 16 Oct 00"
     and _date(m).astimezone(UTC).strftime("%a %d") == "Tue 15"
     and _today("knowsley_02.eml") == date(2080, 10, 16) and _utc_today("knowsley_02.eml") == date(2080, 10, 15)),
    ("knowsley_03.eml", "iPhone format=flowed; the child only in the '> ' quoted acknowledgement; no alarm word",
     lambda m: m.get_body(("plain",)).get_param("format") == "flowed"
     and _quoted_only(m, ["Mason Rourke", "17/08/2078"]) and _no_alarm(m)),
    ("knowsley_04.eml", "Friday after 21:00 GMT; a neighbour's Gmail; children by first name only; no alarm word",
     lambda m: _hdr_local(m).weekday() == 4 and _hdr_local(m).hour == 21 and m["Date"].endswith("+0000")
     and "Riley" in _plain(m) and not re.search(r"Riley [A-Z][a-z]+", _plain(m)) and _no_alarm(m)),
    ("knowsley_05.eml", "the window's last day; the final CIN in January 2081 in a Word table",
     lambda m: _hdr_local(m).date() == WINDOW[1].date() and "Tuesday 7th January 2081, 10.00am" in _html(m)),
    ("knowsley_06.eml", "a list bulletin (List-Id, no Auto-Submitted) with a scenario marked fictional",
     lambda m: m["List-Id"] is not None and m["Auto-Submitted"] is None and "(fictional)" in _plain(m)),
    ("knowsley_08.eml", "the writer's 'six days' notice' (calendar days) is 4 working days",
     lambda m: "That's six days' notice" in _plain(m) and _wd("knowsley_08.eml") == 4),
    ("richmond_wandsworth_02.eml", "Importance: high; the case summary PDF only, the rationale 'to follow'",
     lambda m: m["Importance"] == "high" and _exts(m) == ["pdf"] and "the rationale will have to follow" in _plain(m)),
    ("richmond_wandsworth_03.eml", "the case summary pasted under its own heading; the plan a .docx",
     lambda m: "\nCase summary\n" in _plain(m) and _exts(m) == ["docx"]),
    ("richmond_wandsworth_05.eml", "a grandmother's Gmail after 19:00 GMT; no alarm word",
     lambda m: _hdr_local(m).hour == 19 and m["Date"].endswith("+0000") and _no_alarm(m)),
    ("richmond_wandsworth_06.eml", "children only in the PDF; the service's 'WDAS/44817' reference",
     lambda m: "WDAS/44817" in _plain(m) and "Kayla" not in _plain(m) and _exts(m) == ["pdf"]),
    ("tower_hamlets_01.eml", "the window's first day; no alarm word", lambda m: _hdr_local(m).date() == WINDOW[0].date()
     and _no_alarm(m)),
    ("tower_hamlets_02.eml", "the P.S. timed 14:52 sits after the request and above the signature; GMT",
     lambda m: _ps_after_body(m) and m["Date"].endswith("+0000") and _hdr_local(m).strftime("%H:%M") == "14:58"),
    ("tower_hamlets_03.eml", "the Early Help Hub only in Cc; Reply-All; the children only in the quoted mail; no alarm word",
     lambda m: THUB not in str(m["To"]) and THUB in str(m["Cc"]) and _quoted_only(m, ["Rayhan Miah", "Ayaan Miah"])
     and _no_alarm(m)),
    ("tower_hamlets_05.eml", "full names only in the .docx plan; 'contingency plan only'",
     lambda m: "Amira Chowdhury" not in _plain(m) and "contingency plan only" in readable(m)),
    ("tower_hamlets_07.eml", "HTML-only body (no text/plain part); children in an HTML table", lambda m: _no_plain(m)
     and "<table" in _html(m) and "Kuba Kowalski" in _html(m)),
    ("torbay_02.eml", "police style: OFFICIAL-SENSITIVE, surname in capitals; no alarm word",
     lambda m: "OFFICIAL - SENSITIVE" in _plain(m) and "Alfie BOLT" in _plain(m) and _no_alarm(m)),
    ("torbay_03.eml", "needles by the cot; no alarm word", lambda m: "two used needles" in _plain(m) and _no_alarm(m)),
    ("torbay_05.eml", "7bit text/plain with LF line ends, no child named",
     lambda m: m["Content-Transfer-Encoding"] == "7bit" and b"\r\n" not in FILES["torbay_05.eml"]),
    ("torbay_08.eml", "a multipart/report delivery-status bounce",
     lambda m: m.get_content_type() == "multipart/report" and m.get_param("report-type") == "delivery-status"),
    ("herefordshire_02.eml", "a Herefordshire step-up (undefined) that is urgent; no alarm word",
     lambda m: m["To"] and HMASH in str(m["To"]) and _no_alarm(m)),
    ("herefordshire_03.eml", "iPhone after 22:00 on a Friday; no alarm word",
     lambda m: _hdr_local(m).weekday() == 4 and _hdr_local(m).hour == 22 and _no_alarm(m)),
    ("herefordshire_04.eml", "the relapse plan is in the .docx and marked hypothetical",
     lambda m: "Contingency plan for relapse (hypothetical" in readable(m) and _exts(m) == ["docx"]),
]

WORDING = [
    ("knowsley_01.eml", "Leanne has agreed to the step up", "consent", True),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_02.eml", "both signed the Family First consent form", "consent", True),
    ("knowsley_05.eml", "Steve is happy for school to take over", "consent", True),
    ("knowsley_08.eml", "doesn't consent to social care being involved", "consent", False),
    ("knowsley_08.eml", "doesn't agree to the step up yet", "manager_agreed", False),
    ("richmond_wandsworth_01.eml", "Elin agrees to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "I agree this needs stepping up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "before she agrees. I'll confirm after that", "consent", None),
    ("richmond_wandsworth_04.eml", "have both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_07.eml", "She has consented to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_02.eml", "agreed the step up this morning", "manager_agreed", True),
    ("tower_hamlets_02.eml", "agreed to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "Mum has consented to the step down", "consent", True),
    ("tower_hamlets_06.eml", "Mum agreed for me to refer to MAST", "consent", True),
    ("tower_hamlets_06.eml", "hasn't signed this off yet", "manager_agreed", None),
    ("tower_hamlets_07.eml", "Both parents have consented to the step down", "consent", True),
    ("torbay_01.eml", "Both parents have consented to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "manager's analysis confirming the threshold is met for level 3", "manager_agreed", True),
    ("torbay_03.eml", "we agree this needs to be looked at for level 4", "manager_agreed", True),
    ("torbay_03.eml", "haven't been able to speak to mum to ask for her consent", "consent", None),
    ("torbay_04.eml", "Demelza has consented to level 3 Early Help", "consent", True),
    ("torbay_04.eml", "will add her manager's analysis to the assessment on Monday", "manager_agreed", None),
    ("torbay_07.eml", "does not consent to a contact to MASH", "consent", False),
    ("torbay_07.eml", "I agree the information needs to be considered for a level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "signed the consent form", "consent", True),
    ("herefordshire_02.eml", "agrees this needs to step up", "manager_agreed", True),
    ("herefordshire_04.eml", "agreed to the step-down verbally", "consent", True),
    ("herefordshire_06.eml", "Stacey signed the written consent form", "consent", True),
    ("herefordshire_08.eml", "mum's signed consent form are attached", "consent", True),
]

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_03.eml", "knowsley_03.eml", "knowsley_04.eml",
                  "richmond_wandsworth_05.eml", "torbay_02.eml", "torbay_03.eml", "tower_hamlets_01.eml",
                  "tower_hamlets_02.eml", "tower_hamlets_03.eml"]     # richmond_wandsworth_02 says "URGENT"
COUNTS_EXPECTED = {                # file: (working days, plain weekdays) from the Europe/London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_02.eml": (4, 4), "knowsley_05.eml": (14, 17), "knowsley_08.eml": (4, 4)}
CROSSING_BH_EXPECTED = ["knowsley_05.eml"]
UTC_DECISIVE_EXPECTED = ["knowsley_02.eml"]     # the UTC date of `now` would say ok, the London date says not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2080, 2081])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    if {d: pkg.get(d) for d in AROUND} != AROUND:
        errors.append("set: the bank holidays around the window are not %s" % AROUND)
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2080, 3) and BST_END.date() == last_sun(2080, 10)):
        errors.append("set: BST must start on the last Sunday of March 2080 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d < BST_END.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
    # the brief's ends, checked: 1 September 2080 is a Sunday -> Monday 2 September; 15 December (mid December) is a
    # Sunday -> the last weekday before it, Friday 13 December
    fri = BRIEF_MID_DEC - timedelta(days=(BRIEF_MID_DEC.weekday() - 4) % 7)
    if not (BRIEF_START.weekday() == 6 and WINDOW[0].date() == BRIEF_START + timedelta(days=1)
            and WINDOW[0].weekday() == 0 and BRIEF_MID_DEC.weekday() == 6
            and WINDOW[1].date() == fri == date(2080, 12, 13) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 2 September to Friday 13 December 2080")
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
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
    utc = sorted(f for f in counts
                 if (working_days(_utc_today(f), META[f]["meeting"]) >= 5) != (counts[f][0] >= 5))
    if utc != UTC_DECISIVE_EXPECTED:
        errors.append("set: counts the UTC date would decide differently are %s, expected %s" % (utc, UTC_DECISIVE_EXPECTED))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (the window crosses the end of BST: both +0100 and +0000)" % offsets)
    # the knowsley_05 count must cross Christmas Day, Boxing Day and New Year's Day 2081
    crossed = {h for h in BANK_HOLIDAYS if _today("knowsley_05.eml") < h <= META["knowsley_05.eml"]["meeting"]}
    if crossed != {date(2080, 12, 25), date(2080, 12, 26), date(2081, 1, 1)}:
        errors.append("set: knowsley_05 crosses %s, expected Christmas, Boxing Day and New Year's Day" % sorted(crossed))
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

def _shift_date(f, old, new, days=0, offset=None):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    n = datetime.fromisoformat(lab["now"]) + timedelta(days=days)
    if offset is not None:
        n = n.replace(tzinfo=timezone(offset))
    lab["now"] = n.isoformat()

FAULTS = [
    ("knowsley_02 counted from the UTC date (notice ok)",
     lambda: _relabel("knowsley_02.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_08 counted in calendar days (notice ok)",
     lambda: _relabel("knowsley_08.eml", notice_ok=True, missing=["engaging_families", "manager_agreed"]),
     "notice_ok True but 4 WD"),
    ("Christmas Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2080, 12, 25)),
     "bank holidays differ"),
    ("New Year's Day 2081 dropped", lambda: BANK_HOLIDAYS.discard(date(2081, 1, 1)), "Knowsley notice counts are"),
    ("a GMT mail given +0100", lambda: _shift_date("torbay_02.eml", "Mon, 11 Nov 2080 13:52:27 +0000",
                                                   "Mon, 11 Nov 2080 13:52:27 +0100", 0, timedelta(hours=1)),
     "Date offset should be +0000"),
    ("a BST `now` given +0000", lambda: _relabel("torbay_01.eml", now="2080-09-17T12:23:36+00:00"),
     "now offset differs from the Date header's"),
    ("knowsley_01 sent on a Saturday", lambda: _shift_date("knowsley_01.eml", "Wed, 11 Sep 2080", "Sat, 14 Sep 2080", 3),
     "Date on a weekend"),
    ("a mail dated after the window", lambda: _shift_date("herefordshire_06.eml", "Wed, 11 Dec 2080",
                                                          "Mon, 16 Dec 2080", 5), "Date outside the window"),
    ("'urgent' added to a quiet urgent mail", lambda: _sub("torbay_02.eml", b"CHILD CONCERN - TODAY",
                                                           b"URGENT CHILD CONCERN - TODAY"), "no alarm word"),
    ("an urgent mail filed as a near miss", lambda: _relabel("herefordshire_03.eml", category="near_miss"),
     "urgent vs category"),
    ("the undefined Herefordshire step-up sent to human review",
     lambda: _relabel("herefordshire_02.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("the police report's child labelled in capitals",
     lambda: _exp("torbay_02.eml")["children"][0].update(name="Alfie BOLT"), "no source record"),
    ("the treatment service's client reference labelled as a case id",
     lambda: _relabel("richmond_wandsworth_06.eml", case_ids=["WDAS/44817"]), "is not an EHM/ICS/LCS/Mosaic id"),
    ("the mother's adult DOB labelled as a child", lambda: _exp("torbay_02.eml")["children"][0].update(
        dob="2052-05-03"), "dob"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_03.eml", consent=True,
                                                                  missing=[], next_action="book_meeting"),
     "means consent None"),
    ("the refused consent labelled null", lambda: _relabel("torbay_07.eml", consent=None), "means consent False"),
    ("verbal consent taken as the written form", lambda: _relabel("herefordshire_04.eml", missing=[],
                                                                   next_action="book_meeting"),
     "consent_form"),
    ("a level on a step-up", lambda: _relabel("torbay_03.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("knowsley_06.eml", category="ordinary"), "category"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("richmond_wandsworth_08.eml",
        b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("a meeting reply made a REQUEST", lambda: _sub("knowsley_07.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("the children of torbay_03 swapped", lambda: _exp("torbay_03.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("a year after 2080 in a body", lambda: _sub("herefordshire_05.eml", b"clean since 2072", b"clean since 2082"),
     "year after 2080"),
]

def _consent_form_fault_check():
    """Herefordshire: consent true from a verbal agreement does not meet consent_form."""
    errs = []
    lab = _lab("herefordshire_04.eml")
    if "consent_form" not in lab["expect"]["missing"]:
        errs.append("herefordshire_04.eml: verbal consent only, so consent_form must be missing")
    return errs

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        errors += _consent_form_fault_check()
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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "missing %s" % dict(Counter(c for e in ex for c in e["missing"])),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain, %d from the UTC date" % (
                f, _now(f), META[f]["meeting"], _wd(f), _pw(f), working_days(_utc_today(f), META[f]["meeting"])))
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
    errors += _consent_form_fault_check()
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
