#!/usr/bin/env python3
"""mixed39: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2058 (Tuesday 16 April - Friday 19 July 2058), in spoken words written down: voicemail
transcripts forwarded by phone systems (one of them Auto-Submitted), speech-to-text dictation with little punctuation
and misheard words ("final sin meeting", "try arch slot", "draught plan", "early health"), Microsoft Teams meeting
transcripts (.vtt and .docx) and pasted minutes, telephone messages logged by business support on someone's behalf,
out-of-hours Emergency Duty Team handover logs, and ordinary practitioners' requests.

Urgent mail (11), mostly in plain spoken words: a grandmother's voicemail (dad drunk, has taken a 10-month-old in
the car with no seat), a school's phone call copied into a step-up (a boy's hand held on the hob, the boyfriend
collecting at 3.15), a business-support phone note from an Early Help worker parked outside a flat where the
ex-partner is inside with the baby, a 15-year-old's 2 a.m. voicemail from a flat where men give her drugs and say she
owes them, an EDT log whose fifth entry is a 2-year-old nobody has seen behind a door, a dictated step-up whose last
sentences are the mother whispering that the partner has kicked the door in, an EDT log with a 15-year-old still
missing after getting into a car, a 12-year-old's voicemail that her mum will not wake up, a phone note about a man
released on bail this morning threatening to "finish it tonight", a Teams transcript in which a 9-year-old discloses
and her mother is on nights again tonight, and a meeting reply whose comment is a baby's skull fracture with the
parents wanting to take her home tonight. Near misses (11): a CIN transcript full of an old assault, a training
role-play transcript, a resolved s47 with the father in Glasgow, a mother's hypothetical voicemail, an out-of-office
that lists emergency numbers, a step-up with the father remanded and the children with their aunt, a school's
voicemail calling off yesterday's worry, a step-up that says in terms the children are safe today, pasted triage
minutes, an EDT log in which every entry ended safely, and a partnership briefing that transcribes a case-review
podcast.

Window: Tuesday 16 April (the day after Easter Monday, 15 April 2058) to Friday 19 July 2058, all British Summer Time
(+0100; BST runs from Sunday 31 March to Sunday 27 October 2058). Bank holidays inside: May Day Monday 6 May and the
Spring Bank Holiday Monday 27 May (from the `holidays` package, compared with the script's own list). Two Knowsley
notice counts are decided by them (knowsley_01 across 6 May, knowsley_05 across 27 May: 5 plain weekdays, 4 working
days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, calendar UIDs and audio bytes
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints tallies). pypdf and python-docx are used by the self-checks to read the attachments back. The MIME,
Word HTML, PDF, .docx, iCalendar, out-of-office, quote-chain and readable-text helpers are copied from
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
    """Local (Europe/London) wall-clock time. The whole window (Tuesday 16 April - Friday 19 July 2058) is British
    Summer Time (+0100): BST begins at 01:00 UTC on Sunday 31 March 2058 and ends on Sunday 27 October 2058. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2058, 4, 2, 0, 0, 0))
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



# ============================================================================= helpers added for mixed39
def make_wav(f, seconds=1):
    """A short 8 kHz 8-bit mono WAV whose samples come from sha1 of the file name (low-level hiss around
    silence): deterministic bytes standing in for the voicemail audio."""
    n = 8000 * seconds
    seed = hashlib.sha1((f + "wav").encode()).digest()
    samples = bytes(0x80 + (seed[i % 20] % 5) - 2 for i in range(n))
    hdr_ = (b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
            + b"data" + struct.pack("<I", n))
    return hdr_ + samples

def wav_att(f, filename, seconds=1):
    return binary_part("audio/wav", filename, make_wav(f, seconds))

def vtt(cues):
    """A Microsoft Teams WebVTT transcript: cues are (start, end, speaker, text)."""
    out = ["WEBVTT", ""]
    for i, (a, b, who, text) in enumerate(cues, 1):
        out += ["%s-%d" % (hashlib.sha1(("%s%d" % (who, i)).encode()).hexdigest()[:8], i),
                "%s --> %s" % (a, b), "<v %s>%s</v>" % (who, text), ""]
    return "\n".join(out)

def vtt_att(filename, cues):
    data = vtt(cues).encode("utf-8")
    return Part([("Content-Type", 'text/vtt; charset="utf-8"; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data))),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def teams_transcript_paras(title, when_line, entries):
    """The .docx Teams writes when a transcript is downloaded: title, date line, then 'Speaker   m:ss' and the text."""
    out = [title, when_line, ""]
    for who, stamp, text in entries:
        out += ["%s   %s" % (who, stamp), text, ""]
    return out

def ics_att(f, filename, cal):
    data = cal.encode("utf-8")
    return Part([("Content-Type", 'application/ics; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data))),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2058-05-01 14:06:22"
    body = T("""
Hi MASH,

Step up TAF for the Tierney family (EHM-61408) - Teams invite attached to this email, Wednesday 8 May at 10am.
That's a week today so hopefully enough notice for everyone.

Children:
Frankie-Jo Tierney - DOB 11/02/2049
Ruaridh Tierney - DOB 30/09/2052

Attached:
- FF Step Up request to CSC (Appendix 1)
- GCP2 completed with mum on 23 April
- TAF minutes from 24 April - these are the Teams meeting notes from the transcript, I've tidied them up and
  checked them against what was said

The worry is neglect - home conditions have gone backwards again since February, there's often no food in
the house when I visit, Ruaridh's teeth need extractions and the dental appointments keep being missed, and
Frankie-Jo's attendance is down to 81%. The GCP2 has care at level 4 in the nutrition, housing and health areas.

My team manager Paul Hesketh read the form on Monday and has agreed the step up (he's copied in).
Mum knows we're stepping up and says she'll come to the meeting. I've invited the current TAF members
(school, dental nurse, HV).

Actions from the last TAF (copied from the Teams recap):
1. Siobhan to complete GCP2 with mum - done 23/04
2. School to send attendance breakdown - done
3. HV to chase the dental referral - outstanding

Thanks
Siobhan

Siobhan Keegan
Family First Case Manager | Family First 0-18 (Halewood & Huyton) | Knowsley Council
0151 496 0382

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20580508T100000", "20580508T113000",
              "Step up TAF - Tierney - EHM-61408", "Microsoft Teams Meeting",
              "Step up TAF meeting for Frankie-Jo and Ruaridh Tierney. Step up form, GCP2 and TAF minutes sent to the "
              "MASH inbox. Join on your computer, mobile app or room device.",
              ("Siobhan Keegan", "Siobhan.Keegan@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Hesketh, Paul", "Paul.Hesketh@" + KDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Tierney.docx", appendix1([
        ("Case ID on EHM:", "EHM-61408"),
        ("Has this family recently closed to Children's Social Care?:", "No - previous CIN closed 2055"),
        ("Date of step up TAF meeting:", "Wednesday 08/05/2058 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs and lets me in; agreements are not followed through"),
        ("Recent TAF meeting minutes attached:", "Yes - 24/04/2058"),
        "What are we worried about?",
        ("Current Concerns (Impact on child)", "Frankie-Jo Tierney (9) and Ruaridh Tierney (5): no food in the house on 4 "
         "of the last 6 visits; dental decay needing extractions, appointments missed; Frankie-Jo's attendance 81%."),
        ("Past Harm", "CIN 2055 for home conditions, closed when improved."),
        "What is working well?",
        ("Existing Strengths", "Mum is warm with the children; maternal aunt helps on Saturdays."),
        "What next?",
        ("Next Steps", "Step up TAF; C&F assessment; dental treatment under GA to be booked."),
        ("Graded Care profile (If neglect should be completed).", "Yes - GCP2 completed 23/04/2058, attached."),
        ("Agreement by line manager:", "Paul Hesketh, Team Manager - agreed 29/04/2058"),
        ("Contingency plan (Smart and timely).", "If no dental appointment is kept by 31 May, escalate to the "
         "dental safeguarding lead."),
    ]))
    gcp2 = pdf_att("GCP2 - Tierney - April 2058.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Tierney  |  EHM-61408  |  Completed with mum 23/04/2058 by Siobhan Keegan",
        "Area 1 Physical care - nutrition: 4   housing: 4   clothing: 3   hygiene: 3",
        "Area 2 Physical care - health: 4 (dental decay, missed appointments)",
        "Area 3 Safety: 3   Area 4 Love and care: 2   Area 5 Stimulation and education: 3",
        "Overall: level 4 in three sub-areas."])
    minutes = docx_att("TAF minutes 24.04.58 (Teams notes).docx", [
        "# TAF meeting - Tierney - 24/04/2058 (Teams)",
        "Generated from the meeting transcript and checked by S Keegan.",
        "Present: Siobhan Keegan (FF), Ms Tierney (mum), Mr Adeyemi (class teacher), J Walsh (HV).",
        "Mum said she has been struggling since the benefits change and is 'doing her best'.",
        "School: Frankie-Jo often hungry on Mondays; attendance 81%.",
        "HV: dental referral made in January, two appointments missed.",
        "Agreed: GCP2 with mum this week; next TAF to decide on step up."])
    atts = [form, gcp2, minutes]
    top = outlook_top(f, addr("Keegan, Siobhan", "Siobhan.Keegan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Tierney - EHM-61408", when,
                      cc="%s, %s" % (addr("MASH Business Support", KBS), addr("Hesketh, Paul", "Paul.Hesketh@" + KDOM)),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61408"],
        [ch("Frankie-Jo Tierney", "2049-02-11", "11/02/2049"), ch("Ruaridh Tierney", "2052-09-30", "30/09/2052")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up (knowsley.txt s4, REQUIREMENTS knowsley step_up) sent as an Outlook meeting REQUEST with the "
        "form, the GCP2 (neglect) and TAF minutes made from the Teams transcript: every document is there, the case id "
        "is EHM-61408 and 'has agreed the step up' gives manager_agreed true. NOTICE, DECISIVE ACROSS MAY DAY: from "
        "Wed 1 May the TAF on Wed 8 May is 'a week today' (5 plain weekdays) but Mon 6 May 2058 is the Early May bank "
        "holiday, so 4 working days < 5 ('Please allow at least 5 working days' notice') -> notice not ok -> "
        "request_info. The calendar part is METHOD:REQUEST, not a REPLY, so the kind stays step_up. 'Mum knows ... "
        "says she'll come' is awareness, not consent -> null. Attendance 81% -> school_attendance.",
        meeting=date(2058, 5, 8), not_children=["Paul Hesketh", "Siobhan Keegan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2058-05-16 17:41:09"
    body = T("""
You have a new voicemail.

From:        07700 900731
To:          Knowsley MASH duty line (ext. 4417)
Received:    Thursday 16 May 2058 17:39
Duration:    1 min 24 sec

Transcript (generated automatically - accuracy may vary):

"hiya it's er Pauline Kerrigan I'm ringing about me granddaughter Lacey Mae Kerrigan she's ten month
old er our Shannon's just rang me screaming Jordan's come back to the flat he's been on the rail all
afternoon he's put her up against the wall in the kitchen and he's took the baby he's took Lacey Mae
in the car and he's got no car seat in it and he's absolutely steaming he can hardly stand he's saying
she's not getting her back I've rang the police but they said they'll get someone out when they can
and I'm on the bus I can't get there he's got a blue Corsa I don't know the reg er the social worker
was Danielle something I don't know her number please can someone ring me back on this number it's
07700 900731 please"

Transcription confidence: low

To listen, open the attached audio file or dial 4400 from a Knowsley desk phone.

This message was sent automatically by Knowsley Voice. Do not reply to this email.
""")
    top = [("From", addr("Knowsley Voice", "voicemail-noreply@" + KDOM)), ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", "Voicemail from 07700 900731 (1 min 24 sec)"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "voice.knowsley.gov.uk")),
           ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-Voicemail-Caller", "07700900731"), ("X-Voicemail-Duration", "84")]
    data = mail(f, top, body, [wav_att(f, "VM_0516_173905_07700900731.wav", 2)], crlf=True)
    add(f, data, "knowsley", "mash_step_up", when, 4,
        "urgent", "auto_reply", True, None, [],
        [ch("Lacey Mae Kerrigan")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "VOICEMAIL SENT BY A PHONE SYSTEM WITH Auto-Submitted: auto-generated (DESIGN kind: auto_reply covers "
        "'auto-submitted'), but safety rule 1 reads 'mail that looks automatic' for risk: a grandmother's transcribed "
        "voicemail at 17:39 (out of hours) says the father, drunk ('on the rail' = 'on the ale', 'steaming', 'can "
        "hardly stand'), has just pinned the mother to the wall and driven off with a 10-month-old with no car seat "
        "and says she is not getting her back -> an immediate risk now -> urgent -> alert_duty (first in DESIGN's "
        "order, before ignore). Child 'Lacey Mae Kerrigan' as the transcript writes her (no DOB). Concerns: the "
        "assault on the mother -> domestic_abuse; his drinking -> substance_misuse. No alarm words anywhere.",
        not_children=["Pauline Kerrigan"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2058-05-21 12:18:40"
    body = T("""
hi duty team this is a level 2 step down for the Nowak children Zofia Nowak born 3 August 2047 and Kacper Nowak born 19 January 2051 ICS 1874402 the final sin meeting sorry the final CIN meeting is Wednesday 29 May at 2 pm at Kirkby family hub room 3 the lead practitioner taking over will be Mrs Angharad Price pastoral lead at St Aidan's Catholic primary school she has agreed to take on the early help assessment and the TAF

what are we worried about Zofia's attendance dropped to 88% in the spring term mostly Mondays and Kacper is on the waiting list for speech and language and the school think he may need an EHC needs assessment

what is working well dad has changed his shifts so he does the school run 3 days a week, nan has them after school the other 2 days and the house is much calmer since the CIN plan started both children say they are happy at home

what needs to happen school to run the attendance plan with dad and Mrs Price to chase the SALT referral and start the EHC request and a TAF review in 6 weeks

dad has agreed to the step down and is happy for school to lead

thanks
Dominika

Sent from my iPhone - dictated so please excuse any odd words
Dominika Lewandowska-Hart
Social Worker, CIN Team (Kirkby), Knowsley Council
""")
    top = plain_top(f, addr("Lewandowska-Hart, Dominika", "Dominika.Lewandowska-Hart@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF), "Step down level 2 - Nowak", when, KDOM, "iPhone Mail (22B91)")
    data = iphone_mail(f, top, body)
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["1874402"],
        [ch("Zofia Nowak", "2047-08-03", "3 August 2047"), ch("Kacper Nowak", "2051-01-19", "19 January 2051")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "DICTATED iPhone step-down with almost no punctuation and a misheard 'final sin meeting sorry the final CIN "
        "meeting'. Knowsley level 2 (knowsley.txt s2; REQUIREMENTS knowsley step_down level 2): date, time and venue "
        "of the final CIN meeting (Wed 29 May 2 pm, Kirkby family hub room 3), the three Signs of Safety headings "
        "spoken as 'what are we worried about / what is working well / what needs to happen', and the lead "
        "practitioner named with her organisation (Mrs Angharad Price, St Aidan's) -> nothing missing. 'ICS "
        "1874402' -> '1874402' (label before the number). Notice across the Spring Bank Holiday: from Tue 21 May, "
        "Wed 22, Thu 23, Fri 24, Tue 28, Wed 29 = exactly 5 WD (6 plain weekdays) -> ok -> book_meeting. 'dad has "
        "agreed to the step down' -> consent true (not required at level 2). Attendance 88% -> school_attendance; "
        "speech and language / EHC needs assessment -> disability_send.",
        meeting=date(2058, 5, 29), not_children=["Angharad Price", "Dominika Lewandowska-Hart"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2058-05-02 15:32:10"
    transcript = T("""
[00:13:41] Ciara Flanagan (Knowsley Council): So just to go back over the history for Carl, who's new. In November 2056 Dean put his hands round Donna's throat in front of the kids, Tyler rang 999, Dean was arrested and the children went on a child protection plan. He was convicted in March last year and he's serving his sentence. There's a restraining order for when he comes out and he's had no contact at all.
[00:14:20] Carl Rooney (IDVA, Knowsley Domestic Abuse Service): Yeah and from our side the risk was reviewed in January, it's now standard, MARAC closed the case. Donna's done the Freedom Programme.
[00:14:48] Ciara Flanagan (Knowsley Council): The CP plan ended in March and we've been CIN since. Donna, are you happy for Family First to come in once we close?
[00:14:55] Donna McGovern: Yeah. Yeah I'm happy with that. I want the help with Tyler's school.
[00:15:02] Ciara Flanagan (Knowsley Council): Lovely, that's your consent then, I'll put that in the minutes. And the joint visit with the Family First worker, Friday the 10th, half ten at home?
[00:15:10] Donna McGovern: Yeah that's fine, I'm in.
""")
    body = T("""
Hi Family First,

Level 3 step down for the McGovern children - joint home visit booked for Friday 10 May 2058 at 10:30 at home,
41 Ashbourne Close, Huyton, L36 9ZQ. Mum couldn't sign the consent form on Tuesday as we were on Teams, so I've
pasted the part of the Teams transcript from the final CIN meeting (30/04) where she agrees - see below.

Tyler McGovern  14/06/2048
Ellie-Rose McGovern  02/12/2053
ICS ID 1790033

What are we worried about?
Mum's low mood since the court case last year - she is on the waiting list for talking therapy. Tyler's
attendance is 84% and he has had two fixed-term exclusions this year.

What is working well?
No contact from Dean since his conviction. Mum has kept the house safe and calm, the children are
settled, and Ellie-Rose is doing well at nursery. Mum has good support from her sister.

What needs to happen?
Family First case manager to lead a TAF with school; Tyler to be offered mentoring; mum to be supported
to keep her talking therapy appointments.

Transcript extract (auto-generated by Teams, lightly corrected):
""") + transcript + T("""

Thanks,
Ciara

Ciara Flanagan
Social Worker | CIN Team (Huyton) | Knowsley Council | 0151 496 0627

""") + KDISC
    top = outlook_top(f, addr("Flanagan, Ciara", "Ciara.Flanagan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - McGovern - joint home visit Fri 10th May", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1790033"],
        [ch("Tyler McGovern", "2048-06-14", "14/06/2048"), ch("Ellie-Rose McGovern", "2053-12-02", "02/12/2053")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS IN A PASTED TEAMS TRANSCRIPT: hands round the throat, 999, arrest, a child protection plan, MARAC "
        "and 'risk' all belong to November 2056 - the father was convicted, is serving his sentence, has had no "
        "contact, the CP plan ended, MARAC closed -> historic, not urgent, and domestic_abuse is not a current "
        "concern. Knowsley level 3 step-down (knowsley.txt s2/s3; REQUIREMENTS knowsley step_down level 3): joint "
        "home visit with date, time and address; the three headings; consent in the transcript ('I'm happy with "
        "that', 'that's your consent then') -> true -> nothing missing. Notice across May Day: from Thu 2 May, Fri 3, "
        "Tue 7, Wed 8, Thu 9, Fri 10 = exactly 5 WD (6 plain weekdays) -> ok -> book_meeting. Current concerns: mum's "
        "low mood (waiting for talking therapy) -> parental_mental_health; Tyler's 84% -> school_attendance.",
        meeting=date(2058, 5, 10), not_children=["Donna McGovern", "Ciara Flanagan", "Carl Rooney"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2058-05-22 13:07:45"
    body = T("""
Hi MASH

Step up for Kai D'Souza (DOB 07/07/2049), EHM-62977. Step up form and the last TAF minutes attached. The GCP2 is
being finished with mum on Friday so that will follow. My TM Rachel Byrne agreed the step up in supervision
yesterday. TAF is Weds 29th at 1.30pm - Teams invite has gone to you and MASH BS, and to school and the school nurse.

Main worry has been neglect - Kai comes in hungry and unwashed, and there's been no adult at home some evenings.

Also - school have just rung me and I've typed up what the DSL said as close to word for word as I could:

"Mrs Kaur, DSL, Halewood Juniors, rang 12.40. Kai came in this morning with his right hand wrapped in a tea
towel. He told his teacher Craig held his hand on the hob last night because he took crisps out of the
cupboard. There's a blister right across his palm, about the size of a 50p. Kai said 'don't tell or he'll do
the other one'. Craig is picking him up at 3.15 today because mum is on a late shift at the care home. Kai
keeps asking the teacher if he has to go home."

Craig is mum's boyfriend, he moved in about 6 weeks ago. I'm at a TAF in Prescot until 2 but I've got my
phone on.

Marcus

Marcus Olawale-Hughes
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council | 0151 496 0719

""") + KDISC
    form = docx_att("FF Step Up request to CSC - D'Souza.docx", appendix1([
        ("Case ID on EHM:", "EHM-62977"),
        ("Date of step up TAF meeting:", "29/05/2058 13:30 (Teams)"),
        ("Recent TAF meeting minutes attached:", "Yes"),
        "What are we worried about?",
        ("Current Concerns (Impact on child)", "Kai D'Souza: arrives hungry and unwashed; left without an adult "
         "some evenings; weight dropped below the 9th centile."),
        "What is working well?",
        ("Existing Strengths", "Kai loves school and his teacher; maternal grandmother visits when she can."),
        "What next?",
        ("Next Steps", "Step up TAF; GCP2 to be finished 24/05."),
        ("Graded Care profile (If neglect should be completed).", "In progress - to follow."),
        ("Agreement by line manager:", "Rachel Byrne - agreed 21/05/2058"),
    ]))
    minutes = docx_att("TAF minutes - D'Souza - 08.05.2058.docx", [
        "# TAF meeting minutes - D'Souza - 08/05/2058",
        "Risk and worry scaling (0 = no safety, 10 = safe enough): school 4, school nurse 4, FF 3.",
        "Mum unable to attend (work). Kai's weight below 9th centile.",
        "Actions: school nurse to weigh Kai fortnightly; FF to start GCP2; consider step up at next TAF."])
    top = outlook_top(f, addr("Olawale-Hughes, Marcus", "Marcus.Olawale-Hughes@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Kai D'Souza - EHM-62977 - TAF Weds 29th", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-62977"],
        [ch("Kai D'Souza", "2049-07-07", "07/07/2049")],
        ["neglect", "physical_harm"], None, True, ["gcp2"], False, "alert_duty",
        "URGENT INSIDE A PLANNED STEP-UP, told in a school's phone call typed up by the case manager: a boy's hand "
        "held on the hob last night (blister across his palm), 'don't tell or he'll do the other one', and the man "
        "who did it collects him at 3.15 today -> immediate risk now -> urgent -> alert_duty (DESIGN order). No alarm "
        "word in the body; 'Risk' appears only in the attached TAF minutes. The request fields are still labelled "
        "(REQUIREMENTS knowsley step_up): form and TAF minutes attached, manager agreed, case id; neglect needs the "
        "GCP2, which 'will follow' -> missing gcp2. Notice DECISIVE ACROSS THE SPRING BANK HOLIDAY: from Wed 22 May, "
        "'Weds 29th' is 5 plain weekdays but Mon 27 May 2058 is a bank holiday -> 4 WD -> notice_ok false. Concerns: "
        "neglect (stated) and the burn -> physical_harm.",
        meeting=date(2058, 5, 29), not_children=["Rachel Byrne", "Marcus Olawale-Hughes"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2058-06-14 11:02:36"
    cues = [
        ("00:00:04.210", "00:00:11.950", "Harriet Lowe (Knowsley Safeguarding Children Partnership)",
         "Right, scenario two. Remember, all of these are made up for today - none of them is a real family."),
        ("00:00:12.300", "00:00:24.880", "Harriet Lowe (Knowsley Safeguarding Children Partnership)",
         "Jayden, aged six, tells his teacher at 11 o'clock that dad burned his arm with a cigarette last night. "
         "There's a fresh round mark. Dad is collecting him at three. You're the Family First worker. What do you do?"),
        ("00:00:25.400", "00:00:36.120", "Nathan Pye (Family First)",
         "That's not a step up, that's straight on the phone to the MASH duty social worker, you don't wait for a TAF."),
        ("00:00:36.500", "00:00:49.030", "Harriet Lowe (Knowsley Safeguarding Children Partnership)",
         "Exactly. Immediate safeguarding concerns go to the duty team in the MASH - the step up process is for "
         "planned escalation, and nothing in the protocol should delay a child getting help."),
        ("00:00:49.600", "00:01:02.410", "Aisling Doherty (Family First)",
         "And for scenario three, the neglect one, that's where we'd do the GCP2 and then the step up TAF with five "
         "working days' notice, ideally on a Wednesday?"),
        ("00:01:02.800", "00:01:08.000", "Harriet Lowe (Knowsley Safeguarding Children Partnership)",
         "Yes. Lovely. Let's take a break there."),
    ]
    body = T("""
Hi all,

Thank you for coming to Tuesday's step up / step down practice workshop. As promised, the Teams transcript
of the scenario session is attached (Teams generated it automatically, so there are a few odd words), along
with the slides link below.

A reminder that all the scenarios were fictional and written for the session - Jayden in scenario two is not a
real child, and no action is needed on any of them.

Slides: on the KSCP learning hub under "Step up step down 2058"

Next session: Tuesday 9 July, 9.30-12.30, Huyton Suite.

Best wishes
Harriet

Harriet Lowe
Learning and Development Officer | Knowsley Safeguarding Children Partnership
0151 496 0845
""")
    top = outlook_top(f, addr("Lowe, Harriet", "Harriet.Lowe@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up / step down workshop - transcript and slides", when,
                      cc=addr("Family First 0-18 Duty Mailbox", KFF))
    add(f, mail(f, top, body, [vtt_att("Step up step down workshop - scenario session.vtt", cues)], html_alt=True),
        "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, TRAINING TRANSCRIPT: the attached Teams .vtt holds a textbook immediate-risk scenario (a 6-year-old "
        "burned with a cigarette last night, dad collecting at three) and the words 'immediate safeguarding concerns', "
        "but the trainer says in the transcript and the mail that every scenario is made up ('Jayden ... is not a real "
        "child, and no action is needed') -> DESIGN safety rule 1: bulletins/training that list examples must not "
        "trigger -> not urgent. Not a request -> other -> human_review. 'Jayden' is a fictional first name -> no "
        "children; no concerns about any real household.",
        not_children=["Harriet Lowe", "Nathan Pye", "Aisling Doherty"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2058-05-23 09:14:52"
    data = itip_reply(f, when, "Farid Quayle", "farid.quayle@" + KDOM,
                      ("Family First 0-18 Duty Mailbox", KFF), "ACCEPTED",
                      "Final CIN meeting - Nowak (ICS 1874402) [SB-knowsley-118]",
                      "20580529T140000", "20580529T150000", "Kirkby Family Hub, room 3",
                      comment="I'll be there - I know the Kirkby hub. Farid")
    add(f, data, "knowsley", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["1874402"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the Family First case manager for the Nowak final CIN meeting "
        "(knowsley_03's family; the seed: 'A Family First Case Manager will attend the CIN meeting') -> meeting_reply "
        "-> record_reply. Case id from the SUMMARY 'ICS 1874402' -> '1874402'; the surname alone names no child.",
        not_children=["Farid Quayle"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2058-06-04 11:31:17"
    body = T("""
Hi Family First duty,

Phone message for you from the social worker - logging it here against the request as she asked.

Date/time of call: Tue 04/06/2058, 11:20
Caller: Jess Moran, Social Worker, CIN Team (Prescot) - 0151 496 0548
Re: Step down L3 - Ashworth children - ICS 1822916

Message:
The venue for the final CIN meeting has changed - it's now at Prescot Family Hub, not the school. Same date
and time, Tuesday 11 June at 10am. She also said mum signed the Family First consent form at the home visit
yesterday and she will scan it in when she's back at the office this afternoon.

Taken by: Leanne Tyrer, Business Support Officer, Children's Social Care (Prescot)

Leanne Tyrer
Business Support Officer | Children's Social Care | Knowsley Council | 0151 496 0550
""")
    top = outlook_top(f, addr("Tyrer, Leanne", "Leanne.Tyrer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "RE: [SB-knowsley-121] Step down L3 - Ashworth - phone message from SW", when,
                      cc=addr("Moran, Jess", "Jess.Moran@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["1822916"], [], [], True, None, [], None, "attach_to_request",
        "PHONE MESSAGE LOGGED BY BUSINESS SUPPORT on the social worker's behalf as a reply to [SB-knowsley-121]: a new "
        "venue for the final CIN and 'mum signed the Family First consent form' -> follow_up -> attach_to_request; "
        "consent true (stated as given, by the social worker through business support). 'ICS 1822916' -> "
        "'1822916'. No child is named ('the Ashworth children').",
        not_children=["Jess Moran", "Leanne Tyrer"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2058-04-16 10:44:03"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with Tom Achterberg (Early Help Practitioner) yesterday, I agree the plan to
step the Hassan family up to Children's Services. This is not immediate child protection - it is a build-up
over the spring that Early Help can no longer hold. The latest case summary is attached.

Children:
Yusuf Hassan, DOB 21/11/2050
Maryam Hassan, DOB 06.05.2055
Mosaic 2740119

Rationale for step up
(pasted from the Teams transcript summary of our supervision, checked by me)
- Mum's psychosis has relapsed since February; she stopped her medication in March and has not opened the
  door to the CMHT care co-ordinator since.
- The family have missed 4 of the last 6 Early Help sessions and cancelled the last two TAFs.
- Yusuf (7) is doing most of the shopping and getting Maryam ready for nursery; he told Tom he "looks after
  mum when she's poorly".
- Yusuf's attendance has fallen to 72% this term.
- Over the Easter weekend mum rang 111 herself and was seen at home by the crisis team, who did not admit her.
  Tom visited on the Saturday and the children were fine, but the pattern is getting worse and a statutory
  assessment is needed to look at how mum's illness is affecting Yusuf and Maryam.

Mum has been told and agrees to the referral to Children's Services.

Kind regards,
Priya

Priya Venkataraman
Early Help Team Manager | Wandsworth North Locality | Richmond and Wandsworth Councils
020 7946 0458

""") + RDISC
    summary = docx_att("Case summary - Hassan - April 2058.docx", [
        "# Case summary - Hassan family (Mosaic 2740119)",
        "Early Help involvement since October 2057 (Early Help Assessment, TAF every 6 weeks).",
        "Household: mum (Ms Amina Hassan), Yusuf Hassan (7), Maryam Hassan (2).",
        "Mum has a diagnosis of schizoaffective disorder; CMHT care co-ordinator allocated.",
        "School: Yusuf attendance 72% (spring term). Nursery: Maryam often late or absent.",
        "Progress: good engagement in the autumn; since February sessions missed, TAFs cancelled."])
    top = outlook_top(f, addr("Venkataraman, Priya", "Priya.Venkataraman@" + RDOM), addr("MASH: Step Up", RSU),
                      "Step up - Hassan - Mosaic 2740119", when,
                      cc=addr("Achterberg, Tom", "Tom.Achterberg@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2740119"],
        [ch("Yusuf Hassan", "2050-11-21", "21/11/2050"), ch("Maryam Hassan", "2055-05-06", "06.05.2055")],
        ["non_engagement", "parental_mental_health", "school_attendance", "young_carer"], True, True, [],
        None, "book_meeting",
        "Complete Richmond & Wandsworth step-up (000 'Process to Step Up': the Early Help Team Manager emails the "
        "MASH Step Up inbox 'with the latest case summary and the rationale'): case summary attached, rationale "
        "pasted under its own heading (from a Teams transcript summary) -> nothing missing -> book_meeting. 'This is "
        "not immediate child protection' and the Easter-weekend crisis-team visit (already over: 'the children were "
        "fine') -> not urgent. Sender is the team manager: 'I agree the plan to step ... up' -> manager true; 'Mum ... "
        "agrees to the referral' -> consent true. 'Mosaic 2740119' -> '2740119'. Concerns: relapse -> "
        "parental_mental_health; missed sessions -> non_engagement; Yusuf caring -> young_carer; 72% -> "
        "school_attendance.",
        not_children=["Tom Achterberg", "Priya Venkataraman", "Amina Hassan"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2058-05-13 15:26:48"
    rows = [("Date / time of call", "13/05/2058 15:19"),
            ("Message for", "MASH duty manager"),
            ("Caller", "Aoife Brennan, Early Help Practitioner, Putney Locality Team"),
            ("Call back on", "07700 900562 (mobile - she is in her car)"),
            ("Family", "Kerry-Ann Caldwell; Tiana Caldwell (9); Reuben Caldwell (5 months)"),
            ("Address", "22 Larkhall Court, Putney, SW15 9ZD")]
    said = ("\"I'm parked outside 22 Larkhall Court. I came for the 3 o'clock visit and Kerry-Ann's ex, Lee, is inside "
            "- I saw him through the front window. He's not meant to be anywhere near her, there's a non-mol. "
            "Kerry-Ann texted me at ten past three 'dont come in hes got the baby' and now she's not picking up. I "
            "can hear Reuben screaming from the car. Tiana gets home from school at quarter to four and she walks "
            "back on her own. My manager's in a meeting. What do I do?\"")
    action = ("Tried to put her through to the duty desk - engaged twice. Told her to stay in the car. Logged here "
              "at 15:26 so the duty manager sees it. Delphine")
    html_body = (LAYOUT_HEAD + '<p style="font-family:Arial;font-size:11pt"><b>TELEPHONE MESSAGE - MASH</b></p>\n'
                 '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:640px">\n'
                 + "".join('<tr><td width="170" style="background:#EDEDED"><b>%s</b></td><td>%s</td></tr>\n'
                           % (esc(k), esc(v)) for k, v in rows)
                 + '<tr><td style="background:#EDEDED"><b>Message (as she said it)</b></td><td>%s</td></tr>\n' % esc(said)
                 + '<tr><td style="background:#EDEDED"><b>Action taken</b></td><td>%s</td></tr>\n' % esc(action)
                 + '</table>\n<p style="font-family:Arial;font-size:10pt">Delphine Okafor<br>Business Support Officer, '
                 'MASH<br>Richmond and Wandsworth Councils</p>\n</body></html>\n')
    text = ("TELEPHONE MESSAGE - MASH\n\n" + "".join("%s: %s\n" % kv for kv in rows)
            + "Message (as she said it): %s\nAction taken: %s\n\nDelphine Okafor\nBusiness Support Officer, MASH\n"
              "Richmond and Wandsworth Councils\n" % (said, action))
    top = outlook_top(f, addr("Okafor, Delphine", "Delphine.Okafor@" + RDOM), addr("MASH: Step Up", RSU),
                      "Phone message - EH worker Aoife Brennan - Caldwell - please pick up", when,
                      cc=addr("Varley, Imogen", "imogen.varley@" + RDOM))
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tiana Caldwell"), ch("Reuben Caldwell")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "PHONE MESSAGE LOGGED BY MASH BUSINESS SUPPORT (HTML form + text twin) for an Early Help worker parked outside "
        "the flat: the ex-partner, under a non-molestation order, is inside with a 5-month-old who is screaming, the "
        "mother texted 'hes got the baby' and has stopped answering, and a 9-year-old walks home into it at 3.45 -> "
        "immediate risk now -> urgent -> alert_duty. No step-up is asked for (000: immediate concerns are a phone "
        "call to MASH, not the step-up process) -> kind other. Children Tiana and Reuben Caldwell, ages only (no "
        "DOB). Concern: domestic_abuse. No alarm words anywhere.",
        not_children=["Aoife Brennan", "Kerry-Ann Caldwell", "Delphine Okafor"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2058-06-06 16:12:27"
    body = T("""
Hi Jasper / Early Help duty,

Confirming what we agreed on the phone this afternoon: step down case discussion for the Fitzgerald-Osei
children on Monday 10 June at 2pm on Teams. I'll send the link. My team manager, Ngozi Adeleke, will join.

Noah Fitzgerald-Osei - DOB 09/09/2049
Amara Fitzgerald-Osei - DOB 17/03/2054
Mosaic ID 2716650

The latest case summary and the draft Early Help plan are attached. Mum consented to the step down at the
CIN review on 3 June and is keen to keep working with Mrs Dunne at the children's centre.

Background, as you'll see from the summary: there was a section 47 in January after Noah told his teacher
that Mr Osei had hit him with a belt. The bruising was photographed, Mr Osei was charged, he moved to Glasgow
in February and has had no contact since - there is a non-molestation order and he has not breached it. The
child protection plan ended on 14 May. There are no current safeguarding concerns; the work now is Noah's
anger in school (his attendance is 89%) and mum's anxiety, which her GP is treating.

Many thanks,
Matthew

Matthew Ekwueme
Social Worker | Family Safeguarding Team (Battersea) | Wandsworth Children's Services
020 7946 0612

""") + RDISC
    summary = pdf_att("Case summary - Fitzgerald-Osei - June 2058.pdf", "Case summary - Fitzgerald-Osei (Mosaic ID 2716650)", [
        "Referral: 14/01/2058, school - Noah disclosed being hit with a belt by Mr Osei (mother's former partner).",
        "Section 47 completed; initial child protection conference 05/02/2058; CP plan (physical abuse).",
        "Mr Osei charged; moved to Glasgow 02/2058; 12-month non-molestation order, not breached.",
        "CP plan ended at review conference 14/05/2058; CIN plan since.",
        "Current needs: Noah's emotional wellbeing and behaviour in school (attendance 89%); mother's anxiety (GP).",
        "Strengths: mother protective throughout; maternal grandmother involved; children say they feel safe."])
    plan = docx_att("Draft Early Help plan - Fitzgerald-Osei.docx", [
        "# Draft Early Help plan - Fitzgerald-Osei",
        "Lead professional (proposed): Mrs Orla Dunne, Family Worker, Battersea Children's Centre.",
        "1. Noah - school mentor weekly; attendance plan with the school (target 95%).",
        "2. Mum - support to attend the anxiety group her GP referred her to.",
        "3. Review meeting within 4 weeks of handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("Ekwueme, Matthew", "Matthew.Ekwueme@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Fitzgerald-Osei - case discussion agreed Mon 10th 2pm", when,
                      cc="%s, %s" % (addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("Adeleke, Ngozi", "Ngozi.Adeleke@" + RDOM)))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "step_down", False, None, ["2716650"],
        [ch("Noah Fitzgerald-Osei", "2049-09-09", "09/09/2049"), ch("Amara Fitzgerald-Osei", "2054-03-17", "17/03/2054")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS, RESOLVED: a section 47, a belt, bruising, a charge and a child protection plan - all from January "
        "to May; the man moved to Glasgow, has had no contact, the order is not breached, the plan ended, 'no "
        "current safeguarding concerns' -> not urgent; physical_harm / domestic_abuse are history, not current "
        "concerns. Complete Richmond & Wandsworth step-down (000 'Process to Step Down': 'confirming this by email "
        "with the latest case summary and the draft plan'; consent 'The allocated social worker should gain "
        "consent'): summary PDF, draft plan .docx, 'Mum consented to the step down' -> nothing missing -> "
        "book_meeting (no notice field for this authority). The team manager is only said to be joining -> manager "
        "null. 'Mosaic ID 2716650' -> '2716650'. Current: mum's anxiety -> parental_mental_health; 89% -> "
        "school_attendance.",
        not_children=["Matthew Ekwueme", "Ngozi Adeleke", "Orla Dunne"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2058-06-26 09:37:55"
    body = T("""
good morning early health duty team this is Helen Marchetti social worker at the Richmond CIN team I am emailing about the step down for Zainab Al-Hashimi date of birth 14th of February 2052 and her brother Idris Al-Hashimi date of birth 30th of October 2055 Mosaic number 2698841 I have spoken to your duty team manager yesterday and we agreed the case discussion for Friday the 28th at 10 o'clock on teams

I've attached the latest case summary the draught plan for early help I will send tomorrow as Sue my manager needs to sign it off first

mum said yes on the phone on Monday to early help continuing the plan she would like the family support worker from the Ham children's centre to carry on as she knows her

the main ongoing need is Zainab's autism her EHCP annual review is due in September and she is finding the change of class and teacher very hard mum is also struggling with the housing situation they are in temporary accommodation in Kingston

thanks Helen

dictated with Dragon - not proofread, apologies for errors

Helen Marchetti
Social Worker | Child in Need Team (Richmond) | Achieving for Children
020 7946 0773
""")
    summary = docx_att("case summary Al-Hashimi June 2058.docx", [
        "# Case summary - Al-Hashimi (Mosaic number 2698841)",
        "Children: Zainab Al-Hashimi (6), Idris Al-Hashimi (2).",
        "CIN since January 2058 following homelessness and mum's request for help; no child protection concerns.",
        "Zainab: autism diagnosis 2056; EHCP; Year 2 at Ham Primary.",
        "Family in temporary accommodation in Kingston; bidding for permanent housing."])
    top = plain_top(f, addr("Marchetti, Helen", "Helen.Marchetti@" + RDOM), addr("Early Help Duty", RED),
                    "step down Al-Hashimi", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [summary]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2698841"],
        [ch("Zainab Al-Hashimi", "2052-02-14", "14th of February 2052"),
         ch("Idris Al-Hashimi", "2055-10-30", "30th of October 2055")],
        ["disability_send"], True, None, ["draft_plan"], None, "request_info",
        "DRAGON DICTATION, NOT PROOFREAD: 'early health' for Early Help, no full stops, and 'the draught plan for "
        "early help I will send tomorrow' - the plan is mentioned but not sent (only the case summary is attached) "
        "-> draft_plan missing (000: 'the latest case summary and the draft plan for Early Help') -> request_info. "
        "'mum said yes on the phone ... to early help continuing the plan' -> consent true. 'Sue my manager needs to "
        "sign it off' is not an agreement -> manager null. DOBs in words ('14th of February 2052'). 'Mosaic number "
        "2698841' -> '2698841'. Concern: Zainab's autism / EHCP -> disability_send (housing has no concern id). "
        "'Friday the 28th' is 28 June 2058, within the seed's 5 days of the contact (not a labelled field).",
        not_children=["Helen Marchetti"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2058-04-17 08:52:19"
    data = itip_reply(f, when, "Priya Venkataraman", "Priya.Venkataraman@" + RDOM,
                      ("MASH: Step Up", RSU), "TENTATIVE",
                      "Step-up case discussion - Hassan (Mosaic 2740119) [SB-richmond_wandsworth-207]",
                      "20580418T140000", "20580418T150000", "Microsoft Teams Meeting",
                      comment="I'm on a training day in Twickenham - will dial in but may be 5 minutes late. Tom will be there from the start.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2740119"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the Early Help team manager to MASH business support's "
        "step-up case discussion invitation (000: 'an invitation for a Case Discussion will be sent to the Early Help "
        "Manager within 1 working Day') -> meeting_reply -> record_reply. Case id from the SUMMARY 'Mosaic 2740119' "
        "-> '2740119'.",
        not_children=["Priya Venkataraman"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2058-06-21 09:18:30"
    body = T("""
Hi MASH,

The rationale you asked for is attached.

But please look at this first - Sam (Chantelle's Early Help worker) picked up this voicemail on her work mobile
when she came in this morning. Chantelle left it at 02:13. Mum last saw her on Wednesday after school and she
still isn't home; mum hadn't reported her missing because "she always turns up". Sam has rung Chantelle
four times since 8.30 - straight to voicemail.

The transcript is from Teams voicemail, audio attached:

  "hiya Sam it's Chantelle um I'm not going home tonight I'm at Ricky's mate's flat it's
  somewhere near Battersea Park I think there's like four of them here they've been giving me
  weed and some other stuff and I don't feel right Ricky says I owe him now for all the stuff
  and I've got to do a drop for him tomorrow don't tell my mum please my phone's on like
  3 percent I don't know the address"

Sam and I are at the office all day - 020 7946 0459.

Laura

Laura Okonkwo-Reid
Early Help Team Manager | Battersea Locality | Richmond and Wandsworth Councils

-----Original Message-----
From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 19 June 2058 14:02
To: Okonkwo-Reid, Laura <Laura.Okonkwo-Reid@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-212] Step up - Moyo - Mosaic 2755013

Thank you - your step up request has been received.
Reference: SB-richmond_wandsworth-212
Child: Chantelle Moyo (28/02/2043)

What is missing:
- the rationale for the plan to step up to Children's Services

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    rationale = docx_att("Rationale - Moyo - step up.docx", [
        "# Rationale for step up - Chantelle Moyo (Mosaic 2755013)",
        "Since March Chantelle has been going missing overnight at least weekly and returning with new clothes and "
        "money she cannot explain.",
        "She is associating with adult males known to police; the risk of criminal and sexual exploitation is "
        "increasing and Early Help cannot hold it.",
        "Mum agrees she needs more help than Early Help can give."])
    top = outlook_top(f, addr("Okonkwo-Reid, Laura", "Laura.Okonkwo-Reid@" + RDOM), addr("MASH: Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-212] Step up - Moyo - Mosaic 2755013", when)
    add(f, mail(f, top, body, [rationale, wav_att(f, "Voicemail 0213 - Chantelle.wav", 2)], html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "follow_up", True, None, ["2755013"],
        [ch("Chantelle Moyo", "2043-02-28", "28/02/2043")],
        ["exploitation", "missing", "substance_misuse"], None, None, [], None, "alert_duty",
        "FOLLOW-UP to [SB-richmond_wandsworth-212] that sends the missing rationale but carries a forwarded Teams "
        "voicemail transcript: a 15-year-old at 2 a.m. in an unknown flat with four men who give her drugs, 'I owe "
        "him now', a 'drop' to do today, missing since Wednesday and unreachable this morning -> immediate risk now "
        "-> urgent -> alert_duty (overrides attach_to_request). No alarm word in the body; 'risk' only in the "
        "attached rationale. Child and DOB from the quoted acknowledgement; 'Mosaic 2755013' -> '2755013'. Concerns: "
        "exploitation, missing, substance_misuse ('giving me weed and some other stuff'). 'Mum agrees she needs "
        "more help' is not consent to anything asked -> null.",
        not_children=["Laura Okonkwo-Reid"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2058-07-09 12:03:41"
    body = T("""
New voicemail - Early Help duty line

Caller:    07700 900815
Left:      09/07/2058 11:58
Length:    0:58

Transcription:
hi it's Marisol Quispe I had the early help worker Bella last year um I'm just ringing cos I got a letter
saying my case is closing and I wanted to ask if I can still get the support over the summer if I need it
I know he's still in Spain and he's not been in touch since February and the injunction's there till next
year but I just worry like what if he came back what if he found out where we moved to I know I'd just ring
999 straight away Bella said that the kids are fine they're doing really well at school it's just me being
anxious really um can someone ring me back thank you bye

(Automatic transcription - check the audio if unsure.)
""")
    top = [("From", addr("EH Duty Line Voicemail", "ehdutyline-voicemail@" + RDOM)), ("To", addr("Early Help Duty", RED)),
           ("Subject", "New voicemail from 07700 900815 (0:58)"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "voice.richmondandwandsworth.gov.uk")), ("X-Mailer", "CloudVoice Unified Messaging 9.2")]
    add(f, mail(f, top, body, [wav_att(f, "voicemail_07700900815.wav", 1)]), "richmond_wandsworth", "early_help_duty",
        when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, HYPOTHETICAL: a mother's transcribed voicemail (a phone system's mail with no Auto-Submitted, so "
        "not auto_reply) - 'what if he came back', 'I'd just ring 999' - about an ex-partner in Spain, with no contact "
        "since February and an injunction in place; the children 'are doing really well' -> no immediate risk -> not "
        "urgent. A request for information about support after closure -> other -> human_review. No child named; "
        "concerns none (domestic abuse only as a fear and as history).",
        not_children=["Marisol Quispe"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2058-07-18 17:31:08"
    body = T("""
Thank you for your email. I am on annual leave, returning on Monday 29 July.

If a child is at immediate risk of harm, please call the MASH on 020 7946 0321 (9am-5pm) or the Emergency
Duty Team on 020 7946 0999 out of hours. In an emergency always call 999.

For step down queries please contact my team manager, Ngozi Adeleke. For anything urgent about a family I
work with, please contact the duty social worker via the team inbox.

Matthew Ekwueme
Social Worker | Family Safeguarding Team (Battersea)
""")
    data = ooo(f, when, "Ekwueme, Matthew", "Matthew.Ekwueme@" + RDOM, addr("Early Help Duty", RED),
               "RE: [SB-richmond_wandsworth-241] Step down review - Fitzgerald-Osei", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress) whose "
        "boilerplate says 'immediate risk of harm', 'emergency', 999 and 'urgent' - no child, no event -> not urgent "
        "(DESIGN: bulletins listing examples must not trigger; RFC 3834 mail is never answered) -> auto_reply -> "
        "ignore.",
        not_children=["Matthew Ekwueme"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2058-04-23 14:20:36"
    body = T("""
Dear Early Help Hub,

Please find the step down for the Chowdhury children following the final CIN review on Thursday 18 April.
The Child and Family Assessment concluded on 17 April and is attached, with the draft TAF plan. I have booked
the TAF meeting (invite attached) for Wednesday 1 May at 10am at Marner Primary School, which I will chair.

Ayaan Chowdhury - 12/12/2050
Inaya Chowdhury - 04/04/2053
Mosaic 2830417

Lead Practitioner: Mr Daniel Ojo, Learning Mentor, Marner Primary School (daniel.ojo@marner.example.sch.uk).
He has agreed to take on the role.

My team manager, Sabina Karim, has agreed the step down.

Minutes of the final CIN review (pasted from the minute-taker's notes):

  Present: Farzana Begum (SW), Mr and Mrs Chowdhury, Daniel Ojo (Marner Primary), Bronwen Achebe (HV)
  1. Progress: Mr Chowdhury is home from hospital after his stroke; the adaptations are in place.
  2. Ayaan still helps dad with his exercises before school and worries about him; school have noticed he
     is tired on Mondays.
  3. Inaya is waiting for an EHC needs assessment for her speech and language delay.
  4. Decision: statutory involvement no longer needed; step down to a TAF led by Mr Ojo.
  5. Mrs Chowdhury gave her consent to the step down to Early Help (both parents agreed).

Kind regards,
Farzana

Farzana Begum
Social Worker | Children's Social Care (Bow & Poplar) | London Borough of Tower Hamlets
020 7946 0154

""") + TDISC
    cal = ics("REQUEST", f, dt(when), "20580501T100000", "20580501T113000", "TAF meeting - Chowdhury",
              "Marner Primary School, meeting room 2", "TAF meeting following step down from CIN. Chair: Farzana Begum.",
              ("Farzana Begum", "Farzana.Begum@" + TDOM),
              [("Daniel Ojo", "daniel.ojo@marner.example.sch.uk", "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Early Help Hub", TEH, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    assess = pdf_att("C&F Assessment - Chowdhury - concluded 17.04.2058.pdf", "Child and Family Assessment - Chowdhury (Mosaic 2830417)", [
        "Children: Ayaan Chowdhury (7), Inaya Chowdhury (5). Assessment started 04/03/2058, concluded 17/04/2058.",
        "Reason: school referral - Ayaan tired and anxious after father's stroke in January.",
        "Analysis: parents meeting the children's needs with support; Ayaan has caring tasks; Inaya SEND.",
        "Outcome: step down to Early Help (TAF) with a Lead Practitioner; no further statutory involvement."])
    plan = docx_att("TAF plan - Chowdhury (draft).docx", [
        "# Draft TAF plan - Chowdhury",
        "Lead Practitioner: Daniel Ojo, Learning Mentor, Marner Primary School.",
        "1. Young carers service referral for Ayaan.",
        "2. SENCo to support the EHC needs assessment request for Inaya.",
        "3. TAF review every 6 weeks."])
    top = outlook_top(f, addr("Begum, Farzana", "Farzana.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Chowdhury - Mosaic 2830417", when,
                      cc=addr("Karim, Sabina", "Sabina.Karim@" + TDOM))
    add(f, mail(f, top, body, [assess, plan, ics_att(f, "TAF meeting - Chowdhury.ics", cal)], html_alt=True),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2830417"],
        [ch("Ayaan Chowdhury", "2050-12-12", "12/12/2050"), ch("Inaya Chowdhury", "2053-04-04", "04/04/2053")],
        ["disability_send", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (001; REQUIREMENTS tower_hamlets step_down): the C&F Assessment PDF, the "
        "draft TAF plan, consent ('gave her consent to the step down' in the pasted CIN minutes) and a named Lead "
        "Practitioner with his agency (Daniel Ojo, Marner Primary) -> nothing missing -> book_meeting; the social "
        "worker arranges the TAF herself (.ics attached, METHOD:REQUEST). 'Sabina Karim, has agreed the step down' "
        "-> manager true. 'Mosaic 2830417' -> '2830417'. Concerns: Ayaan's caring -> young_carer; Inaya's EHC needs "
        "assessment -> disability_send.",
        not_children=["Farzana Begum", "Daniel Ojo", "Sabina Karim"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2058-06-03 07:48:12"
    body = T("""
MAST / day team,

EDT handover for Friday 31/05 17:00 to Monday 03/06 08:00. Seven contacts. Full notes on Mosaic where a
Mosaic record exists. The duty EDT worker this weekend was me; I'm off from 9.

1. Fri 31/05 19:40 - Police CAD 4410. J.T. (15), returned home 01:10 Sat after going missing from Mile End.
   Safe and well check done by police. Return home interview to be offered by the missing team. NFA EDT.

2. Sat 01/06 10:15 - Royal London A&E. M.A. (16) attended with an ankle injury from football; mum present.
   Nurse wanted to check a previous contact - nothing of note. NFA.

3. Sat 01/06 15:30 - Foster carer (Stepney) - placement query about contact arrangements for A.K. (11).
   Advice given. Allocated SW to pick up Monday. Risk to placement assessed as low.

4. Sat 01/06 22:05 - Parent, Poplar. Asking about respite for her son with autism. Signposted to the
   short breaks team. NFA.

5. Sun 02/06 23:50 - Police CAD 5218 - Sami HOSSAIN (DOB 14/01/2056), mother Jasmin HOSSAIN, 3rd floor,
   Brodie House, E1 9ZR. Neighbour rang 999 at 23:30: a man shouting "I'll end the both of you", a woman
   screaming, then quiet. Police attended 00:20 - no answer at the door, lights off, a child heard crying
   inside. Officers did not force entry. The man is believed to be Kyle PRENDERGAST, who is on bail not to
   go to the address after assaulting Jasmin on 12 April. I rang Jasmin's mobile at 00:45, 01:30 and 06:50 -
   no answer. Police did not return overnight (busy night, Whitechapel incident). Nobody has seen Sami or
   Jasmin since the call. Needs a visit with police first thing this morning - NOT done overnight.

6. Mon 03/06 02:10 - Police CAD 5301. Fight outside a party, Bethnal Green. D.O. (17) taken home by police
   to his dad. Risk of harm assessed by police as standard. NFA EDT.

7. Mon 03/06 05:40 - Hospital social work (Newham). Baby born 04:55 to a mother known to Tower Hamlets in
   2050 (adult CIN, closed). Midwife asked if there is any current involvement - none. NFA.

Ewan

Ewan Gallacher
Senior Practitioner | Out of Hours Emergency Duty Team | London Borough of Tower Hamlets
""") + TDISC
    top = outlook_top(f, addr("Gallacher, Ewan", "Ewan.Gallacher@" + TDOM), addr("MAST", TMAST),
                      "EDT handover Fri 31/05 - Mon 03/06 (7 contacts)", when,
                      cc=addr("MAST duty desk", "mast.duty@" + TDOM))
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Sami Hossain", "2056-01-14", "14/01/2056", as_written="Sami HOSSAIN")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "EDT HANDOVER LOG WITH THE URGENT ENTRY BURIED (5 of 7): a 2-year-old and his mother behind a door that "
        "police did not open, a man on bail for assaulting her heard threatening 'the both of you', no answer on "
        "three calls, nobody has seen them, and the visit is 'NOT done overnight' -> immediate risk now -> urgent "
        "-> alert_duty (001: 'If there is an immediate child protection concern, contact MAST'). The other entries "
        "are NFA and use 'Risk ... low / standard', so the alarm words belong to other families. Kind other (a log, "
        "no request). Child written 'Sami HOSSAIN' -> 'Sami Hossain' with his DOB; the others are initials. "
        "Concern: domestic_abuse (bail after assaulting his mother, the threat).",
        not_children=["Jasmin HOSSAIN", "Ewan Gallacher"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2058-05-15 11:30:54"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Martins children, stepping up from Targeted
Early Help. My manager, Rukhsana Ali, has agreed the step up and is copied in.

Léa Martins - DOB 22/08/2051
Tomás Martins - DOB 05/05/2055
Mosaic 2871134

On Sunday night Mr Martins assaulted mum at the family home (DASH completed - high risk; MARAC referral made).
He was arrested at the scene, charged, and remanded in custody by Thames Magistrates' Court yesterday. The
children are staying with their maternal aunt in Stepney under a plan agreed with mum and the police, and both
were seen there yesterday - they are safe and settled. There is no immediate child protection concern today.

We are stepping up because mum has told me she intends to let him come home when he is released, and this is
the third incident in a year. Early Help cannot manage this level of need.

Mum knows I am sending the MARF but does not agree with the referral to Children's Social Care.

Kind regards
Shanice Bailey-Ward
Family Support Practitioner | Targeted Early Help (Stepney & Wapping) | London Borough of Tower Hamlets

""") + TDISC
    marf = pdf_att("MARF - Martins - 14.05.2058.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Léa Martins (22/08/2051), Tomás Martins (05/05/2055). Mosaic 2871134.",
        "Referrer: Shanice Bailey-Ward, Targeted Early Help. Manager: Rukhsana Ali (agreed).",
        "Reason: domestic abuse - third incident in 12 months; father remanded in custody 14/05/2058.",
        "Current safety: children with maternal aunt (Stepney) under an agreed plan; seen 14/05/2058.",
        "Parental consent: mother informed, does not agree."])
    top = outlook_top(f, addr("Bailey-Ward, Shanice", "Shanice.Bailey-Ward@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF - Martins - Mosaic 2871134", when,
                      cc=addr("Ali, Rukhsana", "Rukhsana.Ali@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "step_up", False, None, ["2871134"],
        [ch("Léa Martins", "2051-08-22", "22/08/2051"), ch("Tomás Martins", "2055-05-05", "05/05/2055")],
        ["domestic_abuse"], False, True, [], None, "book_meeting",
        "NEAR MISS, CHILDREN ALREADY SAFE: an assault, DASH 'high risk', MARAC - but the father is remanded in "
        "custody, the children are with their aunt under an agreed plan and were seen yesterday, 'no immediate "
        "child protection concern today' -> not urgent. Complete Tower Hamlets step-up (REQUIREMENTS tower_hamlets "
        "step_up: request_for_support, manager_agreed): MARF PDF attached, 'Rukhsana Ali, has agreed the step up' "
        "-> nothing missing -> book_meeting. Consent: 'does not agree with the referral' -> false (a stated "
        "refusal; consent is not a Tower Hamlets step-up requirement). Accented names Léa and Tomás. 'Mosaic "
        "2871134' -> '2871134'. Concern: domestic_abuse (current: mum intends to let him home).",
        not_children=["Shanice Bailey-Ward", "Rukhsana Ali"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2058-04-24 10:05:44"
    body = T("""
Hi,

Telephone message for the Early Help Hub - logged against the request below as Farzana asked.

Caller: Farzana Begum (Social Worker, Bow & Poplar) - 020 7946 0154
Time: 24/04/2058 09:50

"The TAF meeting for the Chowdhury family has moved from Wednesday 1 May to Thursday 2 May at 2pm, same
place, Marner Primary, because Mr Ojo is on a course on the Wednesday. I'll still chair. Nothing else has
changed. Please tell whoever is coming from Early Help."

Logged by: Hafsa Uddin, Early Help Business Support

Hafsa Uddin
Business Support Officer | Early Help | London Borough of Tower Hamlets
""")
    top = outlook_top(f, addr("Uddin, Hafsa", "Hafsa.Uddin@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-88] Step down to Early Help - Chowdhury - Mosaic 2830417 - phone message",
                      when, cc=addr("Begum, Farzana", "Farzana.Begum@" + TDOM))
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2830417"], [], [], None, None, [], None, "attach_to_request",
        "PHONE MESSAGE LOGGED BY EARLY HELP BUSINESS SUPPORT as a reply to [SB-tower_hamlets-88]: the TAF meeting the "
        "social worker arranges (001) has moved to Thu 2 May 2pm -> follow_up -> attach_to_request. 'Mosaic "
        "2830417' (subject) -> '2830417'; no child named; nothing about consent or a manager.",
        not_children=["Farzana Begum", "Hafsa Uddin"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2058-06-27 16:38:21"
    body = T("""
hi mast this is Jo Ferreira family support worker at Poplar family hub I'm sending the step up for the Begum-Lewis children the Marf is attached my manager Rukhsana agreed it at 2 o'clock today in supervision

the children are Idris Begum-Lewis who is 4 and Safiya Begum-Lewis who is 18 months Mosaic 2879960

the concerns are the domestic abuse from Darren mums ex partner he's been turning up at the flat and shouting through the letterbox and she's had two police call outs this month he's not allowed there there's a non molestation order

and as I'm doing this mum has just phoned me she was whispering she says Darren's back he's kicked the front door in and he's took her phone off her earlier he's saying nobody's leaving the flat she's in the bedroom with the two kids and the bedroom door hasn't got a lock she's on her neighbour's old phone I told her to ring 999 but she said he'll hear her I'm ringing the police now from the car I'm about 10 minutes away flat 6 Larch House Poplar E14 9ZT

Jo

Sent from my Samsung Galaxy - voice typed
""")
    marf = pdf_att("MARF Begum-Lewis.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Idris Begum-Lewis (4), Safiya Begum-Lewis (18 months). Mosaic 2879960.",
        "Referrer: Joanne Ferreira, Family Support Worker, Poplar Family Hub.",
        "Manager agreement: Rukhsana Ali, 27/06/2058.",
        "Reason: domestic abuse by mother's former partner (Darren); non-molestation order; repeated call-outs."])
    top = [("From", addr("Joanne Ferreira", "Joanne.Ferreira@" + TDOM)), ("To", addr("MAST", TMAST)),
           ("Subject", "Step up Begum-Lewis"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "AM9P265MB4417.GBRP265.PROD.OUTLOOK.COM")), ("X-Mailer", "Outlook for Android")]
    t = text_part(body, cte="base64", crlf=False)
    root = multipart("mixed", [t, marf], bnd(f, 1))
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2879960"],
        [ch("Idris Begum-Lewis"), ch("Safiya Begum-Lewis")],
        ["domestic_abuse"], None, True, [], None, "alert_duty",
        "VOICE-TYPED STEP-UP FROM A PHONE (one base64 text part, no punctuation, 'mast' / 'Marf'): a planned "
        "MAST step-up whose last paragraph, dictated as it happens, is the mother whispering that the ex-partner has "
        "kicked the door in, taken her phone and says nobody is leaving, with a 4-year-old and an 18-month-old in an "
        "unlockable bedroom -> immediate risk now -> urgent -> alert_duty. The request itself is complete "
        "(REQUIREMENTS tower_hamlets step_up): MARF attached, 'Rukhsana agreed it' -> manager true -> missing []. "
        "Ages only, no DOBs. No alarm words anywhere (999 is not one). Concern: domestic_abuse.",
        not_children=["Jo Ferreira"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2058-06-07 09:12:05"
    body = T("""
You have received a new voicemail message.

Mailbox:   MAST duty line 2
Caller:    020 7946 0377 (Chisenhale Primary School)
Received:  Friday 7 June 2058 09:06
Length:    1 min 02 sec

Voicemail preview:
Hi it's Mrs Adebayo the DSL at Chisenhale Primary I'm ringing back about the call I made yesterday afternoon
about Ibrahim Sesay in Year 2 and the man at the school gate so that was his uncle mum's confirmed it this
morning he's on the collection list we just had the old list in the office the police officer who came
spoke to him as well and there's no concerns at all Ibrahim was collected by his uncle and he's absolutely
fine he's in school today happy as anything so please disregard my message from yesterday sorry for the
worry thank you bye

Preview generated by speech recognition.
""")
    top = [("From", addr("MAST Voicemail", "mast-voicemail@" + TDOM)), ("To", addr("MAST", TMAST)),
           ("Subject", "Voicemail from 020 7946 0377 - MAST duty line 2"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "voice.towerhamlets.gov.uk")), ("X-Mailer", "TeleHub Voice 4.1")]
    add(f, mail(f, top, body, [wav_att(f, "msg0007.wav", 1)]), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [ch("Ibrahim Sesay")], [], None, None, [], None, "human_review",
        "NEAR MISS, RESOLVED: a school's transcribed voicemail (phone-system mail without Auto-Submitted, so not "
        "auto_reply) about yesterday's 'man at the school gate' - he was the uncle, on the collection list, police "
        "spoke to him, 'no concerns at all', the boy is in school and fine -> not urgent. Not a request -> other -> "
        "human_review. Ibrahim Sesay named in full (no DOB); no current concern.",
        not_children=[])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2058-04-25 08:15:33"
    data = itip_reply(f, when, "Daniel Ojo", "daniel.ojo@marner.example.sch.uk",
                      ("Early Help Hub", TEH), "TENTATIVE",
                      "TAF meeting - Chowdhury (Mosaic 2830417) [SB-tower_hamlets-88]",
                      "20580502T140000", "20580502T153000", "Marner Primary School, meeting room 2",
                      comment="I may have to leave at 3.15 for a parents' meeting - I'll send my update in writing beforehand.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "meeting_reply", False, None, ["2830417"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the named Lead Practitioner (a school) to the TAF meeting "
        "stepbot told him of (tower_hamlets_01/04) -> meeting_reply -> record_reply. Case id from the SUMMARY "
        "'Mosaic 2830417' -> '2830417'.",
        not_children=["Daniel Ojo"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2058-07-09 15:47:29"
    body = T("""
Hello Early Help Hub,

Step down for the Uddin children after yesterday's final CIN review. I've attached the Teams transcript of the
meeting (Teams made it automatically - the consent is at 00:21) and the draft TAF plan.

The C&F assessment is still with my manager to authorise - I'll send it as soon as it's signed off on Mosaic.

Mehreen Uddin DOB 11/10/2052
Rayan Uddin DOB 30/03/2057
Mosaic ID 2866402

Lead Practitioner: Gráinne Ní Bhriain, Health Visitor, Tower Hamlets Health Visiting Service (Stepney team).

Thanks,
Tahmina

Tahmina Khatun
Social Worker | Children's Social Care (Stepney & Wapping) | London Borough of Tower Hamlets

""") + TDISC
    trans = docx_att("Final CIN review - Uddin - Transcript.docx", teams_transcript_paras(
        "Final CIN review - Uddin", "8 July 2058, 14:00 - Transcript", [
            ("Tahmina Khatun", "0:05", "Thanks everyone. This is the final CIN review for Mehreen and Rayan."),
            ("Gráinne Ní Bhriain", "8:40", "Rayan's weight is back on the 25th centile and dad's been brilliant with "
             "the feeding plan."),
            ("Mr Uddin", "12:10", "I'm still on the tablets for the depression but I'm sleeping now, and I'm back at "
             "work part-time."),
            ("Tahmina Khatun", "20:55", "So the plan is to step down to Early Help, with Gráinne as lead practitioner. "
             "Are you both OK with that?"),
            ("Mr Uddin", "21:02", "Yes, I'm fine with early help. We both are."),
            ("Mrs Uddin", "21:05", "Yes, agree."),
        ]))
    plan = docx_att("Draft TAF plan - Uddin.docx", [
        "# Draft TAF plan - Uddin",
        "Lead Practitioner: Gráinne Ní Bhriain (HV).",
        "1. HV to review Rayan's weight monthly.", "2. Dad to continue with his GP and talking therapy.",
        "3. School to check in with Mehreen weekly."])
    top = outlook_top(f, addr("Khatun, Tahmina", "Tahmina.Khatun@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Uddin - Mosaic ID 2866402", when)
    add(f, mail(f, top, body, [trans, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2866402"],
        [ch("Mehreen Uddin", "2052-10-11", "11/10/2052"), ch("Rayan Uddin", "2057-03-30", "30/03/2057")],
        ["parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "Tower Hamlets step-down whose consent lives in an attached TEAMS TRANSCRIPT (.docx: 'Yes, I'm fine with "
        "early help. We both are.') -> consent true; the draft TAF plan is attached and the Lead Practitioner is "
        "named with her service; but the C&F assessment 'is still with my manager to authorise' -> assessment "
        "missing (001: 'the most current Child and Family Assessment will be shared') -> request_info. 'Mosaic ID "
        "2866402' -> '2866402'. Concern: dad's depression -> parental_mental_health (the weight is back on track).",
        not_children=["Tahmina Khatun", "Gráinne Ní Bhriain"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2058-04-18 13:55:17"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Trewartha children - step down from SAT to level 3 early help.

Jago Trewartha - DOB 09/06/2049
Mabli Trewartha - DOB 20/01/2055 (so under 5 - I think she goes to the under-5s triage?)
LCS-3301845

The Single Assessment is attached - the analysis and rationale for stepping down are in section 6 and
Amanda's manager's analysis is in section 7. Mum has given her consent for level 3 early help - she signed
the consent form at my visit on Tuesday (16/04).

Amanda (my TM) also put this in our Teams chat yesterday, pasted here in case it helps:

  [17/04 14:02] Amanda Vosper: Read the SA for Trewartha - agreed, threshold met for level 3, happy for the
  step down to go to triage
  [17/04 14:03] Rhys Penhaligon: Thanks, will send today/tomorrow

Worries going forward: mum's depression (she is with Talking Therapies) and Jago's attendance, 86% this year.

Thanks
Rhys

Rhys Penhaligon
Social Worker | Single Assessment Team | Torbay Council
01632 960 431

""") + BDISC
    sa = pdf_att("Single Assessment - Trewartha - April 2058.pdf", "Single Assessment - Trewartha (LCS-3301845)", [
        "Children: Jago Trewartha (8), Mabli Trewartha (3).",
        "Section 6 - Social worker's analysis: needs are no longer at level 4; mother engaging with Talking "
        "Therapies; home conditions good; step down to level 3 early help recommended.",
        "Section 7 - Manager's analysis (Amanda Vosper, Team Manager): I agree with the analysis; the threshold for "
        "level 3 intervention is met; step down to be taken to the Early Help triage.",
        "Consent for level 3 early help: signed by mother 16/04/2058."])
    top = outlook_top(f, addr("Penhaligon, Rhys", "Rhys.Penhaligon@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - Trewartha - LCS-3301845", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3301845"],
        [ch("Jago Trewartha", "2049-06-09", "09/06/2049"), ch("Mabli Trewartha", "2055-01-20", "20/01/2055")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (002 steps 1-4; REQUIREMENTS torbay step_down): Single Assessment with the "
        "social worker's and the manager's analysis attached; the manager's agreement also pasted from a Teams chat "
        "('agreed, threshold met for level 3') -> manager true; 'Mum has given her consent for level 3 early help' "
        "-> consent true -> nothing missing -> book_meeting. 'level 3' stated. Mabli (3) is under 5, so the "
        "fortnightly under-5s triage applies (not a labelled field). Concerns: mum's depression -> "
        "parental_mental_health; 86% -> school_attendance.",
        not_children=["Amanda Vosper", "Rhys Penhaligon"])

def torbay_02():
    f = "torbay_02.eml"; when = "2058-06-10 08:06:40"
    body = T("""
Good morning MASH,

Out of hours handover, Friday 7 June 17:00 - Monday 10 June 08:30. Five contacts.

(1) Fri 18:20 - Paignton. Mum asking how to get respite for her 13-year-old with ADHD. Signposted to
the Early Help inbox and the short breaks team. NFA.

(2) Sat 09:45 - Torbay Hospital ED. Boy, 11, arm fracture from a trampoline; account consistent, dad
present, no previous contacts. NFA.

(3) Sat 14:10 - Foster carer, Brixham. Query about pocket money and contact for a looked after child.
Advice given, allocated SW to pick up.

(4) Sun 11:05 - Police (log 0458). Kezia Pascoe-Hill, DOB 02/11/2042, reported missing by mum at 11:00 Sunday.
Last seen Saturday 22:40 getting into a grey Audi with a man in his twenties outside Paignton station. Phone
off since about midnight Saturday. Mum says she has had new trainers and a new phone since Easter that nobody
can explain, and she has been going to Plymouth with "a friend" she won't name. Kezia has an Early Help lead
practitioner (Kerenza Hocking, Youth Service). Police have checked her friends' addresses and the station
CCTV - the car is not on ANPR yet. NOT FOUND at handover. I last spoke to mum at 07:15 - still no word.
Day team please pick up first thing.

(5) Mon 02:30 - Police. Noise complaint, Torquay, children asleep upstairs, parents arguing, no violence,
police advised. Both parents sober. NFA, information only.

Gwen

Gwen Rowse
Emergency Duty Team | Torbay Council | 01632 960 999

""") + BDISC
    top = outlook_top(f, addr("Rowse, Gwen", "Gwen.Rowse@" + BDOM), addr("MASH", BMASH),
                      "Out of hours handover Fri 07/06 - Mon 10/06", when,
                      cc=addr("MASH duty desk", "mash.duty@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kezia Pascoe-Hill", "2042-11-02", "02/11/2042")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "EDT HANDOVER LOG WITH THE URGENT ENTRY FOURTH OF FIVE: a 15-year-old missing since Saturday night, last "
        "seen getting into a car with a man in his twenties, phone off, unexplained gifts and trips to Plymouth, "
        "'NOT FOUND at handover' -> a child at immediate risk now -> urgent -> alert_duty. Kind other (a log; no "
        "request). The other entries are other families, NFA. Kezia is named in full with her DOB (15 at now). "
        "Concerns: missing, exploitation. No alarm words anywhere.",
        not_children=["Kerenza Hocking", "Gwen Rowse"])

def torbay_03():
    f = "torbay_03.eml"; when = "2058-06-04 11:22:09"
    body = T("""
Dear MASH,

I'm the lead professional for the Rowe family (EHM-904417) and I'm making a contact to MASH to ask for the
family to be considered for a level 4 response.

Alfie Rowe - DOB 07/03/2051
Poppy Rowe - DOB 25/12/2053

To be clear, there are no immediate safety concerns: I saw both children at school this morning and they were
clean, fed and happy, and dad was not at home when I visited yesterday. This is about the cumulative picture.

- Dad's cannabis use has increased again since March (he told me he's using "most days"), and he is the main
  carer while mum works nights.
- Home conditions have deteriorated over the last two months - dog mess in the kitchen, no clean bedding on my
  last two visits; the children's school report them hungry on Mondays.
- Last year there was a police call-out when dad was found asleep with the children unsupervised; it was
  dealt with at the time and there has been nothing like it since.
- If dad's use keeps going the way it is, we'd be worried about the children being left on their own at night,
  but that hasn't happened.

Mum consents to the contact to MASH - she signed the form at my visit yesterday. My manager, Kate Trebilcock,
and I discussed the family in supervision on Monday and we agree this needs to be looked at for level 4.

Many thanks,
Morwenna

Morwenna Libby
Family Intervention Worker (Lead Professional) | Early Help | Torbay Council
01632 960 518

""") + BDISC
    top = outlook_top(f, addr("Libby, Morwenna", "Morwenna.Libby@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Rowe - EHM-904417 - level 4 consideration", when,
                      cc=addr("Trebilcock, Kate", "Kate.Trebilcock@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-904417"],
        [ch("Alfie Rowe", "2051-03-07", "07/03/2051"), ch("Poppy Rowe", "2053-12-25", "25/12/2053")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS, NEGATED AND HYPOTHETICAL: 'no immediate safety concerns', children seen this morning and well, "
        "last year's police call-out 'dealt with at the time', and 'we'd be worried ... but that hasn't happened' -> "
        "not urgent. Complete Torbay step-up (002 'Step up processes': a contact to MASH with parental consent, after "
        "the worker and team manager agree it needs considering for level 4): 'Mum consents to the contact to MASH' "
        "-> consent true; 'we agree this needs to be looked at for level 4' -> manager true -> nothing missing -> "
        "book_meeting. Concerns: dad's cannabis use -> substance_misuse; home conditions, hunger -> neglect.",
        not_children=["Kate Trebilcock", "Morwenna Libby"])

def torbay_04():
    f = "torbay_04.eml"; when = "2058-07-02 17:12:58"
    body = T("""
hi early help could I have a try arch slot sorry triage slot for the Nankervis boys please Jowan Nankervis age 9 and Tristan Nankervis age 6 LCS-3317420 this is a step down from the safeguarding and supporting families team the CIN plan has done what it needed to and dad is in early recovery from alcohol he's been sober since February and goes to the group at the Haven on Tuesdays

the single assessment update is attached and my manager Ellen Widdicombe has done her manager's analysis on it she's agreed the threshold for level 3 is met

I haven't been able to speak to dad about consent yet he's away at his sister's in Exeter I'm seeing him Thursday at 4 and I'll ask him then and let you know

thanks
Tegen

Tegen Couch
Social Worker SASF team Torbay
sent from my iPad using dictation
""")
    sa = pdf_att("SA update - Nankervis - July 2058.pdf", "Single Assessment update - Nankervis (LCS-3317420)", [
        "Children: Jowan Nankervis (9), Tristan Nankervis (6).",
        "Social worker's analysis: CIN outcomes achieved; father abstinent from alcohol since February 2058; level "
        "4 no longer required; level 3 coordinated support recommended (routines, father's recovery support).",
        "Manager's analysis (Ellen Widdicombe): agreed - threshold met for level 3 intervention."])
    top = plain_top(f, addr("Couch, Tegen", "Tegen.Couch@" + BDOM), addr("Early Help", BEH),
                    "triage slot Nankervis", when, BDOM, "iPad Mail (21F90)")
    add(f, iphone_mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3317420"],
        [ch("Jowan Nankervis"), ch("Tristan Nankervis")],
        ["substance_misuse"], None, True, ["consent"], None, "request_info",
        "DICTATED ON AN iPAD with a misheard 'try arch slot sorry triage slot' and no full stops. Torbay step-down "
        "(002, SASF route; REQUIREMENTS torbay step_down): the Single Assessment update with the manager's analysis "
        "is attached and 'she's agreed the threshold for level 3 is met' -> manager true; but 'I haven't been able to "
        "speak to dad about consent yet ... I'll ask him then' -> consent null (still to be asked) -> consent missing "
        "('Prior to attending triage, social worker to ensure consent ... has been sought') -> request_info. Level: "
        "'the threshold for level 3 is met' names the level the step-down goes to -> 3. Ages only. Concern: dad's alcohol recovery -> substance_misuse.",
        not_children=["Ellen Widdicombe", "Tegen Couch"])

def torbay_05():
    f = "torbay_05.eml"; when = "2058-06-12 08:34:26"
    body = T("""
Hi,

Sorry to send this here - it's the family you've got on next Tuesday's triage list (the Treloar children -
Ruby Treloar, Alfie Treloar and Mabel Treloar).

This voicemail was on my work mobile when I switched it on at 8.20. Ruby left it at 07:52. I've rung her back
five times and mum's phone twice - no answer. I'm in Newton Abbot for court and can't get there before 10.

Transcript from the phone (Visual Voicemail):

  "hello it's Ruby um mum won't wake up she's on the sofa and there's like loads of empty packets
  of her tablets on the floor and she's breathing funny like snoring but not I've got Alfie and
  Mabel they're still in their pyjamas I don't know what to do I didn't want to ring the ambulance
  cos she said never to ring anyone or we'll get took off her please can you ring me"

Their address is 9 Sladnor Close, Maidencombe, TQ1 9ZW.

Becky

PS - sorry, I didn't know whether to mark this as urgent.

Becky Mudge
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
07700 900 274

-----Original Message-----
From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 06 June 2058 10:11
To: Mudge, Becky <Becky.Mudge@torbay.gov.uk>
Subject: [SB-torbay-77] Triage slot - Treloar - LCS-3308712

Thank you - your step down request has been received.
Reference: SB-torbay-77
Triage slot: Tuesday 18 June 2058, 11:30 (under-5s triage)
""")
    top = outlook_top(f, addr("Mudge, Becky", "Becky.Mudge@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-77] Triage slot - Treloar - LCS-3308712", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-3308712"],
        [ch("Ruby Treloar"), ch("Alfie Treloar"), ch("Mabel Treloar")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "FOLLOW-UP to [SB-torbay-77] carrying a child's VOICEMAIL TRANSCRIPT: a 12-year-old at 07:52 cannot wake "
        "her mother, empty tablet packets on the floor, 'breathing funny', two younger children with her, and nobody "
        "answering since -> immediate risk now -> urgent -> alert_duty (overrides attach_to_request). The only alarm "
        "word is the PS ('whether to mark this as urgent'). Children named in full, no DOBs; case id LCS-3308712 "
        "(joined prefix). Concern: the mother's overdose -> parental_mental_health.",
        not_children=["Becky Mudge"])

def torbay_06():
    f = "torbay_06.eml"; when = "2058-06-26 10:15:02"
    body = T("""
Hi all,

Minutes and actions from yesterday's Early Help triage (Tuesday 25/06, 09:30-11:00, Teams), for the record.
These were typed from the Teams transcript and checked by Tamsin. Families are by initials here - full
details are on LCS/EHM.

Present: Tamsin Verity (SM EH, chair), Silas Penrose (ATM EH), allocated SWs for each family, Jodie (BSO, minutes)

1. Family H (two children, 6 and 9) - SAT step down. History of domestic abuse; the perpetrator is in prison
   and there has been no contact since 2056. CP plan ended in 2057. Decision: step down AGREED. Actions: SW to
   arrange warm handover within 10 working days; ATM to record LP details.

2. Family P (one child, 14) - SASF step down. Self-harm last year; now under CAMHS, no incidents since
   January, school reports her settled. Decision: step down AGREED. Actions: warm handover; LP to be youth
   worker.

3. Family T (three children) - SAT step down. Consent not yet on file. Decision: NOT AGREED today - SW to
   obtain consent and bring back to triage on 02/07.

4. Family W (one child, 11) - query whether threshold met for level 3. Police attended a row in March, no
   further incidents; risk judged low. Decision: NOT AGREED - refer to level 2 (school) instead.

Next triage: Tuesday 2 July. Under-5s triage: Tuesday 9 July.

Jodie

Jodie Ashplant
Business Support Officer | Early Help | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Ashplant, Jodie", "Jodie.Ashplant@" + BDOM), addr("Early Help", BEH),
                      "Triage minutes and actions - Tuesday 25 June", when,
                      cc="%s, %s" % (addr("Verity, Tamsin", "tamsin.verity@" + BDOM), addr("Penrose, Silas", "silas.penrose@" + BDOM)))
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, PASTED MINUTES: the minutes of yesterday's triage (002 step 8: 'Triage minutes & actions added "
        "to LCS/EHM by business support') mention domestic abuse, a perpetrator, a CP plan, self-harm, police and "
        "'risk' - all history or already managed, for four families known only by initials -> not urgent. A record, "
        "not a request -> other -> human_review. No child named; no concerns for a household of this mail.",
        not_children=["Tamsin Verity", "Silas Penrose", "Jodie Ashplant"])

def torbay_07():
    f = "torbay_07.eml"; when = "2058-06-25 12:31:44"
    text = T("""
The recording and transcript for your meeting are ready.

Early Help triage (weekly)
Tuesday 25 June 2058, 09:30 - 11:00

Open the recording and transcript in Teams: https://teams.example.invalid/l/meetingrecap/eh-triage

The recording will be deleted after 60 days unless the owner changes the expiry date.

You're receiving this because you organised this meeting. Microsoft Teams, One Microsoft Way, Redmond.
""")
    html_body = html_of(text, "Segoe UI")
    top = [("From", addr("Microsoft Teams", "noreply@email.teams.example.invalid")), ("To", addr("Early Help", BEH)),
           ("Subject", "Recording and transcript are ready: Early Help triage (weekly)"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "teams.example.invalid")),
           ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, html_body), "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Automatic Teams notification (Auto-Submitted: auto-generated, Precedence: bulk) that a meeting's recording "
        "and transcript are ready; no risk, no request -> auto_reply (DESIGN: 'auto-submitted') -> ignore (RFC 3834: "
        "never answered).",
        not_children=[])

def torbay_08():
    f = "torbay_08.eml"; when = "2058-07-15 14:48:31"
    rows = [("Taken by", "Jenna Luscombe, MASH Business Support"), ("Date / time", "15/07/2058 14:35"),
            ("Caller", "Siân Tregenza, School Nurse (lead professional), Torbay & South Devon School Nursing"),
            ("Caller's number", "01632 960 772"),
            ("Family", "Carne - EHM-912208"),
            ("Children", "Demelza Carne (DOB 14/05/2046); Kit Carne (DOB 01/08/2050)"),
            ("Consent", "Mum gave consent on the phone this morning for the contact to MASH."),
            ("Manager", "Siân has discussed with her team leader, Lowenna Eddy; they agree this needs to be "
                        "considered for level 4."),
            ("What she said", "Demelza (12) is doing most of the caring for mum, whose MS has got much worse since "
                              "Easter - she's doing the meds, the shopping and getting Kit to school, and she's missed "
                              "21 days this term. The house is cold and there's often no food in by Thursday; Kit has "
                              "had head lice since May. Early Help has been in since January and it isn't changing. "
                              "Siân saw both children in school today - nothing that needs a same-day visit."),
            ("Call back", "Siân is in clinic until 4, then on her mobile.")]
    html_body = (LAYOUT_HEAD + '<p style="font-family:Arial;font-size:11pt"><b>MASH - record of telephone contact</b></p>\n'
                 '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:640px">\n'
                 + "".join('<tr><td width="150" style="background:#E2EFDA"><b>%s</b></td><td>%s</td></tr>\n' % (esc(k), esc(v))
                           for k, v in rows) + "</table>\n</body></html>\n")
    text = "MASH - record of telephone contact\n\n" + "".join("%s: %s\n" % kv for kv in rows)
    top = outlook_top(f, addr("Luscombe, Jenna", "Jenna.Luscombe@" + BDOM), addr("MASH", BMASH),
                      "Phone contact - step up to level 4 - Carne - EHM-912208", when)
    add(f, alt_mail(f, top, text, html_body), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-912208"],
        [ch("Demelza Carne", "2046-05-14", "14/05/2046"), ch("Kit Carne", "2050-08-01", "01/08/2050")],
        ["neglect", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "PHONE CONTACT LOGGED BY MASH BUSINESS SUPPORT on the lead professional's behalf (HTML table + text twin): a "
        "Torbay step-up (002: a contact to MASH with parental consent after the worker and team manager agree it needs "
        "considering for level 4) - 'Mum gave consent ... for the contact to MASH' -> consent true; 'they agree this "
        "needs to be considered for level 4' -> manager true -> nothing missing -> book_meeting. Not urgent: seen in "
        "school today, 'nothing that needs a same-day visit'. Concerns: Demelza's caring -> young_carer; 21 days "
        "missed -> school_attendance; cold house, no food, lice -> neglect.",
        not_children=["Jenna Luscombe", "Lowenna Eddy"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2058-05-07 11:08:50"
    body = T("""
Dear Early Help Co-ordinators,

Following my chat with Verity at the Tuesday drop-in on 30 April, please find attached the Early Help
Assessment step down plan for the MacLeod / Powell sibling group, level 3 (Intensive), and mum's signed
consent.

Isla MacLeod - 03/03/2047 - Mosaic 704331
Callum MacLeod - 18/10/2049 - Mosaic 704332
Seren Powell - 26/07/2055 - Mosaic 704333

Key person: Bethan Morgan, Family Support Worker, Leominster Children's Centre - she has met mum and the
children and agreed to lead.

Ongoing needs are in the plan: mum's low mood (she has started with the perinatal team's follow-on service)
and Callum's ADHD - the school are putting in a request for an EHC needs assessment.

I plan to close to social care by 21 May.

Kind regards
Owain Jenkins
Social Worker | Child in Need Team (Leominster) | Herefordshire Council
01632 960 644

""") + HDISC
    plan = docx_att("EHA step down plan - MacLeod Powell.docx", [
        "# Early Help Assessment - Step Down (sibling group)",
        "Children: Isla MacLeod, Callum MacLeod, Seren Powell.",
        "What are we worried about? Mum's low mood; Callum's behaviour at school linked to ADHD.",
        "What's working well? Mum protective and engaged; maternal grandparents nearby; children attend well.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Bethan Morgan to meet mum fortnightly - mood and routines - review at MAG in 4 weeks.",
        "2. School SENCo to submit EHC needs assessment request for Callum - by end of June.",
        "Key person: Bethan Morgan, Family Support Worker, Leominster Children's Centre."])
    consent = pdf_att("Signed consent - MacLeod Powell.pdf", "Consent to Early Help support", [
        "I agree to my family receiving Early Help support and to information being shared with the Early Help "
        "Co-ordinator team and the key person named in the plan.",
        "Children: Isla MacLeod, Callum MacLeod, Seren Powell.",
        "Signed: K. MacLeod (mother)   Date: 02/05/2058"])
    top = outlook_top(f, addr("Jenkins, Owain", "Owain.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - MacLeod / Powell sibling group", when,
                      cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["704331", "704332", "704333"],
        [ch("Isla MacLeod", "2047-03-03", "03/03/2047"), ch("Callum MacLeod", "2049-10-18", "18/10/2049"),
         ch("Seren Powell", "2055-07-26", "26/07/2055")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (003: 'obtain written consent, identify a key person ..., "
        "complete an Early Help Assessment step-down plan ... send it through to the Early Help Co-ordinator team'): "
        "plan .docx, signed consent form PDF, key person with agency -> nothing missing -> book_meeting. Level 3 "
        "'(Intensive)' stated. Three Mac/Powell children with their Mosaic ids ('Mosaic 704331' -> '704331'). "
        "Concerns: mum's low mood -> parental_mental_health; ADHD / EHC needs assessment -> disability_send.",
        not_children=["Owain Jenkins", "Bethan Morgan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2058-05-30 14:35:12"
    body = T("""
MASH,

Gethin Watkins (Early Help Practitioner, Kington) rang at 14:20 and asked me to email you straight away because
he's driving back from Kington and can't send it himself. He wants to step the Price family up to social care.
I've typed it as he said it:

"Carys Price told me at half one that Wayne was released on bail this morning. He's been texting her since
eleven - she showed me - 'you and the kids, I'll finish it tonight', 'I know you're at your mam's'. She's at
her mum's house in Kington with Efa Price, who's 6, and Dylan Price, who's 3. She won't go to the police, she
says it'll make it worse. Carys agreed to me contacting social care and she wants the help. My manager, Sian
Bevan, has agreed the step up. I'll be back in the office by half three - 07700 900 846."

Ceri

Ceri Hughes
Business Support Officer | Early Help (North West locality) | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Hughes, Ceri", "Ceri.Hughes@" + HDOM), addr("MASH", HMASH),
                      "Phone message from Gethin Watkins - step up - Price family", when,
                      cc=addr("Watkins, Gethin", "Gethin.Watkins@" + HDOM))
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, [],
        [ch("Efa Price"), ch("Dylan Price")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "PHONE MESSAGE TYPED BY BUSINESS SUPPORT for an Early Help worker who is driving: a man released on bail "
        "this morning texting 'you and the kids, I'll finish it tonight' and 'I know you're at your mam's', where "
        "the mother and two children are now -> immediate risk tonight -> urgent -> alert_duty. The worker asks to "
        "step the family up, so the kind is step_up; Herefordshire's seed (003) defines no step-up, so without the "
        "risk it would be human_review, and an undefined kind has no requirements -> missing []. 'Carys agreed to me "
        "contacting social care' -> consent true; 'My manager ... has agreed the step up' -> manager true. Children "
        "with ages only. Concern: domestic_abuse. No alarm words anywhere.",
        not_children=["Carys Price", "Gethin Watkins", "Sian Bevan", "Ceri Hughes"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2058-04-22 07:55:38"
    body = T("""
Morning MASH,

EDT handover, Friday 19/04 17:00 to Monday 22/04 08:45. Four contacts, nothing outstanding that needs doing
before the day team are in.

1. Fri 23:10 - West Mercia Police. R.D. (14) reported missing from home in Ross-on-Wye at 21:00. Found by
   police at a friend's house at 01:55, returned home, safe and well, parents happy. Return interview to be
   offered. NFA EDT.

2. Sat 20:40 - Police. Domestic incident, Hereford (Belmont). Mother assaulted by partner; partner ARRESTED and
   held in custody over the weekend, charged Sunday, remanded to court Monday. Children (C.W. 8, L.W. 5) went
   to maternal grandparents by agreement with mum and stayed there overnight and Sunday; mum has an IDVA
   referral. Risk assessed as standard now he is in custody. MASH to review today - information only, no
   overnight action needed.

3. Sun 16:30 - Hereford County Hospital ED. S.B. (16) attended after cutting her arm; wounds dressed, seen by
   the CAMHS liaison nurse, discharged home to parents with a safety plan and a CAMHS appointment on Tuesday.
   Parents supervising. NFA EDT.

4. Mon 06:15 - Foster carer, Bromyard. Boy in placement had a nightmare and wanted to ring his social worker;
   reassured. Pass to allocated SW.

Dewi Bowen
Emergency Duty Team | Herefordshire Council | 01632 960 998

""") + HDISC
    top = outlook_top(f, addr("Bowen, Dewi", "Dewi.Bowen@" + HDOM), addr("MASH", HMASH),
                      "EDT handover 19/04 - 22/04", when, cc=addr("MASH duty desk", "mash.duty@" + HDOM))
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, EVERY ENTRY ENDED SAFELY: an EDT handover log of a missing 14-year-old found safe, a domestic "
        "assault with the partner in custody and the children with their grandparents, a 16-year-old's self-harm "
        "seen and discharged with a safety plan - 'nothing outstanding that needs doing', 'no overnight action "
        "needed' -> not urgent. A log, not a request -> other -> human_review. Young people by initials only -> no "
        "children; no concerns for a household of the mail.",
        not_children=["Dewi Bowen"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2058-06-20 16:20:14"
    body = T("""
hello early help coordinated team this is Nerys Vaughan social worker in the Hereford city CIN team I'm sending the step down plan for Ffion Bowen-Jones date of birth 09/04/2052 Mosaic 711209 following our discussion at the drop in on Tuesday

mum gave her verbal consent to the step down on the phone this morning but she hasn't signed the written consent form yet I'm taking it out to her on Wednesday and I'll send it straight over

the key person is Rhian Pugh family support worker at Hereford family hub who knows Ffion from the holiday club and has agreed to take it on

the plan is attached the main thing is supporting mum to keep going with her recovery from alcohol she's been with Turning Point since January and she's doing really well

Nerys

Sent using voice dictation - please excuse errors
Nerys Vaughan | Social Worker | Herefordshire Council
""")
    plan = docx_att("Step down plan - Bowen-Jones.docx", [
        "# Early Help Assessment - Step Down Plan - Ffion Bowen-Jones",
        "Wellbeing plan: what needs to happen - by whom - outcome - timescale",
        "1. Mum to continue with Turning Point - mum / Turning Point - sustained recovery - review at each MAG.",
        "2. Ffion to attend the after-school club - school - friendships and routine - from September.",
        "Key person: Rhian Pugh, Family Support Worker, Hereford Family Hub."])
    top = plain_top(f, addr("Vaughan, Nerys", "Nerys.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "step down plan Ffion Bowen-Jones", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["711209"],
        [ch("Ffion Bowen-Jones", "2052-04-09", "09/04/2052")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "DICTATED Herefordshire step-down ('early help coordinated team' for co-ordinator): the plan is attached and "
        "the key person is named with her agency, but consent is verbal only - 'hasn't signed the written consent "
        "form yet' -> consent true (stated as given) while consent_form is missing (003: 'the social worker will "
        "obtain written consent') -> request_info. Level not stated -> null. 'Mosaic 711209' -> '711209'. Concern: "
        "mum's recovery from alcohol -> substance_misuse.",
        not_children=["Nerys Vaughan", "Rhian Pugh"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2058-07-04 12:47:03"
    cues = [
        ("00:31:02.120", "00:31:09.400", "Hollie Preece (Early Help)",
         "Maisie, thanks for joining us, do you want to tell everyone about your new school?"),
        ("00:31:10.050", "00:31:14.800", "Maisie Whitcombe", "It's OK. I like Mrs Prosser."),
        ("00:31:15.300", "00:31:22.900", "Hollie Preece (Early Help)",
         "And how are things at home, sweetheart, when mum's at work?"),
        ("00:31:24.100", "00:31:36.700", "Maisie Whitcombe",
         "Gary comes in my bed when mummy's on nights. He says it's our secret game and if I tell mummy will be "
         "sad and go away."),
        ("00:31:37.200", "00:31:41.000", "Hollie Preece (Early Help)", "OK. Thank you for telling me, Maisie."),
        ("00:31:41.500", "00:31:47.900", "Lisa Whitcombe", "Maisie go and find your tablet charger. Sorry, she makes "
         "things up."),
        ("00:31:49.000", "00:31:58.200", "Lisa Whitcombe", "I've got to go anyway, I'm on nights again tonight and "
         "tomorrow. Gary's having her."),
    ]
    body = T("""
Hi both,

I don't know who this should go to so I'm sending it here and ringing round. This is from this morning's TAF
for Maisie Whitcombe (9) - Maisie joined the Teams call from home at the end and said what's in the
transcript at 00:31:24 (file attached, auto-generated by Teams). Mum ended the call straight after.

Gary is mum's partner; he moved in at Easter. Mum is on nights tonight and tomorrow and Gary will be on his own
with Maisie from about 7pm. School finishes at 3.15 and Gary usually collects her.

I'm at the Bromyard hub all afternoon - 07700 900 613.

Hollie

Hollie Preece
Early Help Practitioner | Bromyard & Ledbury | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Preece, Hollie", "Hollie.Preece@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Maisie Whitcombe - TAF this morning - what she said", when,
                      cc=addr("Moss, Xavier", "xavier.moss@" + HDOM))
    add(f, mail(f, top, body, [vtt_att("TAF - Whitcombe - 04-07-2058 - transcript.vtt", cues)], html_alt=True),
        "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Maisie Whitcombe")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A TEAMS TRANSCRIPT (.vtt) CARRIES A DISCLOSURE: a 9-year-old says on the call that her mother's partner "
        "'comes in my bed when mummy's on nights ... our secret game', and the mother, dismissing it, says she is on "
        "nights again tonight and he is 'having her' -> immediate risk tonight -> urgent -> alert_duty. The worker "
        "asks where to send it -> other. Child named (age only). Concern: sexual_harm. No alarm words anywhere.",
        not_children=["Hollie Preece", "Lisa Whitcombe"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2058-07-11 10:00:00"
    body = T("""
HEREFORDSHIRE SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BRIEFING, JULY

In this month's podcast our independent reviewer talks through the learning from the review of "Child K".
An edited transcript is below for colleagues who can't listen at work.

[Transcript - "Learning from Child K", HSCP podcast episode 14]

HOST: So, tell us what happened.

REVIEWER: Child K was four. She was found alone in a flat in 2055 after two days - her mum had been taken into
hospital and nobody knew K was there. There had been lots of signs: the nursery had noticed bruising on two
occasions, there'd been police call-outs for domestic abuse, and the health visitor hadn't been let in for
months. Each agency held a piece.

HOST: And where is she now?

REVIEWER: K was taken into care, and she's now thriving with her adoptive family - she's seven and doing
really well. But the review is clear that she was at risk for a long time before anyone put it together.

HOST: What should practitioners take from it?

REVIEWER: If you think a child is at immediate risk, don't wait for a meeting - phone the MASH, or 999 in an
emergency. And use the step up process when things are building, not when they've already gone wrong.

[End of transcript]

Seven-minute briefing and the full review: www.hscp.example.org.uk/learning
Next multi-agency training: Step up and step down, Tuesday 10 September (online).

You are receiving this because you are on the HSCP practice briefing list. Unsubscribe: reply with "unsubscribe".
""")
    top = [("From", addr("HSCP Practice Briefings", "briefings@hscp.example.org.uk")),
           ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Practice briefing (July): learning from Child K - podcast transcript"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "hscp.example.org.uk")),
           ("List-Id", "HSCP practice briefings <briefings.hscp.example.org.uk>"),
           ("List-Unsubscribe", "<mailto:briefings@hscp.example.org.uk?subject=unsubscribe>"),
           ("Precedence", "list")]
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, BULLETIN: a partnership briefing (List-Id, no Auto-Submitted) whose podcast transcript describes "
        "a 4-year-old found alone, bruising, domestic abuse, 'at risk' and 'immediate risk ... phone the MASH, or 999' "
        "- a case review from 2055 about 'Child K', now adopted and thriving -> DESIGN: bulletins that list examples "
        "must not trigger -> not urgent. Not a request -> other -> human_review. 'Child K' is no named child; no "
        "concerns.",
        not_children=[])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2058-06-26 09:40:27"
    body = T("""
Morning,

Mum signed the written consent form when I visited this morning - signed copy attached for Ffion Bowen-Jones
(Mosaic 711209), to go with the step down plan I sent on Thursday.

Thanks,
Nerys

Nerys Vaughan | Social Worker | Child in Need Team (Hereford City) | Herefordshire Council

-----Original Message-----
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 20 June 2058 16:31
To: Vaughan, Nerys <Nerys.Vaughan@herefordshire.gov.uk>
Subject: [SB-herefordshire-63] step down plan Ffion Bowen-Jones

Thank you - your step down request has been received.
Reference: SB-herefordshire-63

What is missing:
- the family's written consent

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    form = pdf_att("Consent form signed - Bowen-Jones.pdf", "Consent to Early Help support", [
        "I agree to my family receiving Early Help support from the Early Help Co-ordinator team and the key person.",
        "Child: Ffion Bowen-Jones.  Mosaic 711209.",
        "Signed: A. Bowen (mother)   Date: 26/06/2058"])
    top = outlook_top(f, addr("Vaughan, Nerys", "Nerys.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-63] step down plan Ffion Bowen-Jones", when)
    add(f, mail(f, top, body, [form]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["711209"], [ch("Ffion Bowen-Jones")], [], True, None, [], None,
        "attach_to_request",
        "Reply to [SB-herefordshire-63] adding the signed written consent form for herefordshire_04's request -> "
        "follow_up -> attach_to_request. 'Mum signed the written consent form' -> consent true. 'Mosaic 711209' -> "
        "'711209'; Ffion named in full, no DOB in this mail.",
        not_children=["Nerys Vaughan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2058-07-08 19:52:36"
    data = itip_reply(f, when, "Owain Jenkins", "Owain.Jenkins@" + HDOM,
                      ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in - Gittins [SB-herefordshire-70]",
                      "20580709T100000", "20580709T103000", "Microsoft Teams Meeting",
                      comment=("Sorry, I can't do the drop-in tomorrow. I'm at Hereford County Hospital with another "
                               "family - baby Nia Lloyd, 7 weeks, has a skull fracture and two older rib fractures and "
                               "neither parent can say how. The consultant wants her kept in but mum and dad are "
                               "saying they're taking her home tonight and the ward says they can't stop them. I've "
                               "left a message for my manager. Can we rebook the Gittins slot for next week?"))
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, [], [ch("Nia Lloyd")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "AN iTIP REPLY (DECLINED) WHOSE COMMENT IS AN IMMEDIATE RISK (DESIGN safety rule 1: 'a meeting reply's "
        "comment'): a 7-week-old with a skull fracture and older rib fractures, no explanation, and parents who "
        "say they are taking her home tonight -> urgent -> alert_duty (before record_reply). The baby belongs to "
        "another family than the drop-in's, but the risk is real and now. Concern: physical_harm. No alarm words.",
        not_children=["Owain Jenkins"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority and kind ("children" always). Herefordshire step_up is
# not defined (003 covers step-down only) -> human_review and no requirements.
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

# England & Wales bank holidays in 2058 that fall on a weekday (set_checks() compares with the `holidays` package):
# New Year's Day Tuesday 1 January; Good Friday 12 April; Easter Monday 15 April; May Day Monday 6 May; Spring Bank
# Holiday Monday 27 May; Late Summer Bank Holiday Monday 26 August; Christmas Day Wednesday 25 December; Boxing Day
# Thursday 26 December.
BANK_HOLIDAYS = {date(2058, 1, 1), date(2058, 4, 12), date(2058, 4, 15), date(2058, 5, 6), date(2058, 5, 27),
                 date(2058, 8, 26), date(2058, 12, 25), date(2058, 12, 26)}
IN_WINDOW = {date(2058, 5, 6): "May Day", date(2058, 5, 27): "Spring Bank Holiday"}
EASTER = {date(2058, 4, 12): "Good Friday", date(2058, 4, 15): "Easter Monday"}   # just before the window
# The summer term: the day after Easter Monday (Tuesday 16 April) to Friday 19 July 2058.
WINDOW = (datetime(2058, 4, 16, tzinfo=LON), datetime(2058, 7, 19, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 31 March 2058 and ends at 01:00 UTC on Sunday 27 October 2058.
BST_START = datetime(2058, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2058, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2058
NOW_DELAY = (timedelta(minutes=2), timedelta(minutes=6))

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yyyy, '3 August 2047', '14th of February 2052'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
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
        out.append("Mc" + p[2:].capitalize() if p[:2].upper() == "MC" and len(p) > 2 else p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'Sami HOSSAIN' -> 'Sami Hossain'."""
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

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

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
    other_box = [v for (aa, m), v in MAILBOXES.items() if aa == a and m != mb][0]
    if other_box.lower() in str(msg["To"] or "").lower(): err("addressed To the other mailbox")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (NOW_DELAY[0] <= now - d <= NOW_DELAY[1]): err("now not 2-6 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    if e["kind"] == "auto_reply" and msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
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
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]):
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

# ----------------------------------------------------------------------------- structural checks
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _ctypes(msg):
    return [p.get_content_type() for p in msg.walk() if not p.is_multipart()]

def _cal_methods(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _entries(msg, pat):
    return re.split(pat, _plain(msg))

def _alarm_only_outside_body(msg, where):
    """Alarm words are absent from the new text of the body but present in `where`: 'attachment' (an attached
    document) or a given substring of the body (a PS / a quoted block)."""
    body = body_text(msg)
    if where == "attachment":
        return not ALARM.search(body) and bool(ALARM.search(readable(msg)))
    i = body.find(where)
    return i > 0 and not ALARM.search(body[:i]) and bool(ALARM.search(body[i:]))

CUSTOM = [
    ("knowsley_01.eml", "Outlook meeting REQUEST (text/calendar method=REQUEST) with form, GCP2 and TAF minutes attached",
     lambda m: _cal_methods(m) == ["REQUEST"] and len([p for p in m.walk() if p.get_filename()]) == 3),
    ("knowsley_02.eml", "phone-system voicemail: Auto-Submitted auto-generated, an audio/wav part, transcript in the body",
     lambda m: m["Auto-Submitted"] == "auto-generated" and "audio/wav" in _ctypes(m) and "steaming" in _plain(m)),
    ("knowsley_03.eml", "dictated: format=flowed iPhone mail, the misheard 'final sin meeting', no full stop before 'what are we worried about'",
     lambda m: m["Content-Type"].params.get("format") == "flowed" and "final sin meeting" in body_text(m)
     and "what are we worried about" in body_text(m)),
    ("knowsley_04.eml", "consent only in the pasted Teams transcript lines",
     lambda m: "[00:14:55] Donna McGovern: Yeah. Yeah I'm happy with that" in _plain(m)),
    ("knowsley_05.eml", "alarm word only in an attachment; burn in the typed phone call",
     lambda m: _alarm_only_outside_body(m, "attachment") and "held his hand on the hob" in body_text(m)),
    ("knowsley_06.eml", "the scenario is only in the attached .vtt",
     lambda m: "text/vtt" in _ctypes(m) and "cigarette" not in body_text(m) and "cigarette" in readable(m)),
    ("richmond_wandsworth_02.eml", "HTML phone-message form with a text twin",
     lambda m: _ctypes(m) == ["text/plain", "text/html"] and "<table" in [p for p in m.walk() if p.get_content_type() == "text/html"][0].get_content()),
    ("richmond_wandsworth_04.eml", "Dragon dictation: 'early health', 'draught plan', one attachment only (no plan)",
     lambda m: "early health" in _plain(m) and "draught plan" in _plain(m)
     and [p.get_filename() for p in m.walk() if p.get_filename()] == ["case summary Al-Hashimi June 2058.docx"]),
    ("richmond_wandsworth_06.eml", "alarm word only in the attached rationale; voicemail above the quoted ack",
     lambda m: _alarm_only_outside_body(m, "attachment") and _plain(m).find("I owe") < _plain(m).find("-----Original Message-----")),
    ("richmond_wandsworth_07.eml", "phone-system voicemail WITHOUT Auto-Submitted (so not auto_reply)",
     lambda m: m["Auto-Submitted"] is None and "audio/wav" in _ctypes(m)),
    ("tower_hamlets_02.eml", "the urgent entry is 5 of 7 and has no alarm word; other entries do",
     lambda m: len(_entries(m, r"\n(?=\d\. )")) == 8 and "Sami HOSSAIN" in _entries(m, r"\n(?=\d\. )")[5]
     and not ALARM.search(_entries(m, r"\n(?=\d\. )")[5]) and bool(ALARM.search(_plain(m)))),
    ("tower_hamlets_05.eml", "one base64 text part (LF) plus the MARF; no full stop in the dictation",
     lambda m: _ctypes(m) == ["text/plain", "application/pdf"] and "." not in _plain(m).split("Sent from")[0].replace("Mosaic", "")),
    ("tower_hamlets_06.eml", "voicemail without Auto-Submitted", lambda m: m["Auto-Submitted"] is None),
    ("tower_hamlets_08.eml", "consent only in the attached Teams transcript .docx",
     lambda m: "fine with early help" in readable(m) and "fine with early help" not in body_text(m)),
    ("torbay_02.eml", "the urgent entry is 4 of 5",
     lambda m: "Kezia Pascoe-Hill" in _entries(m, r"\n(?=\(\d\) )")[4] and len(_entries(m, r"\n(?=\(\d\) )")) == 6),
    ("torbay_04.eml", "dictation with 'try arch slot'", lambda m: "try arch slot" in body_text(m)),
    ("torbay_05.eml", "the only alarm word is in the PS", lambda m: _alarm_only_outside_body(m, "PS - sorry")),
    ("torbay_07.eml", "Teams notification Auto-Submitted auto-generated", lambda m: m["Auto-Submitted"] == "auto-generated"),
    ("herefordshire_05.eml", "the disclosure is only in the attached .vtt",
     lambda m: "secret game" in readable(m) and "secret game" not in body_text(m)),
    ("herefordshire_06.eml", "a list mail (List-Id), not Auto-Submitted",
     lambda m: m["List-Id"] is not None and m["Auto-Submitted"] is None),
    ("herefordshire_08.eml", "the risk is in the iTIP COMMENT of a DECLINED reply",
     lambda m: "COMMENT" in readable(m) and "skull fracture" in readable(m) and "PARTSTAT=DECLINED" in readable(m)),
]

WORDING = [
    ("knowsley_01.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows we're stepping up", "consent", None),
    ("knowsley_03.eml", "dad has agreed to the step down", "consent", True),
    ("knowsley_04.eml", "that's your consent then", "consent", True),
    ("knowsley_05.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_08.eml", "mum signed the Family First consent form", "consent", True),
    ("richmond_wandsworth_01.eml", "agrees to the referral", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree the plan to step the Hassan family up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum consented to the step down", "consent", True),
    ("richmond_wandsworth_03.eml", "will join", "manager_agreed", None),
    ("richmond_wandsworth_04.eml", "mum said yes on the phone", "consent", True),
    ("richmond_wandsworth_04.eml", "needs to sign it off", "manager_agreed", None),
    ("tower_hamlets_01.eml", "has agreed the step down", "manager_agreed", True),
    ("tower_hamlets_03.eml", "does not agree with the referral", "consent", False),
    ("tower_hamlets_03.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_05.eml", "my manager Rukhsana agreed it", "manager_agreed", True),
    ("tower_hamlets_08.eml", "I'm fine with early help", "consent", True),
    ("torbay_01.eml", "Mum has given her consent for level 3 early help", "consent", True),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "we agree this needs to be looked at for level 4", "manager_agreed", True),
    ("torbay_04.eml", "I haven't been able to speak to dad about consent yet", "consent", None),
    ("torbay_04.eml", "she's agreed the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_08.eml", "Mum gave consent on the phone this morning", "consent", True),
    ("herefordshire_02.eml", "Carys agreed to me contacting social care", "consent", True),
    ("herefordshire_04.eml", "mum gave her verbal consent", "consent", True),
    ("herefordshire_07.eml", "Mum signed the written consent form", "consent", True),
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
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted", lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail", lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: "REPLY" not in _cal_methods(m)))

QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_05.eml", "herefordshire_08.eml", "knowsley_02.eml",
                  "richmond_wandsworth_02.eml", "torbay_02.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (5, 6), "knowsley_04.eml": (5, 6), "knowsley_05.eml": (4, 5)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_05.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2058])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2058 is %s, expected %s before the window" % (easter, EASTER))
    if WINDOW[0].date() != date(2058, 4, 15) + timedelta(days=1) or WINDOW[0].weekday() != 1 or WINDOW[1].weekday() != 4:
        errors.append("set: the window must start the day after Easter Monday (a Tuesday) and end on a Friday")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2058, 3) and BST_END.date() == last_sun(2058, 10)):
        errors.append("set: BST must start on the last Sunday of March 2058 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
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
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

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
    out.append("times %s" % sorted((l["file"], l["now"]) for l in LABELS))
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
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
