#!/usr/bin/env python3
"""mixed43: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2062 (Monday 4 September - Friday 15 December), in babies and the unborn: midwives, health
visitors, a perinatal mental health nurse, a neonatal unit social worker and a neonatal outreach nurse, family nurses
(FNP), a leaving-care personal adviser, pre-birth step-ups, parents who are themselves children or were in care,
infant feeding and weight, safe sleep, an automatic maternity-system notification, an ICON bulletin and a training
invitation, alongside social workers' and Early Help workers' ordinary step requests, follow-ups, meeting replies,
an out-of-office and a bounce.

Urgent mail (12), mostly in plain words: a 9-week-old's bruise behind the ear and torn frenulum with the family
leaving for Wales tonight; an abusive father breaking in now (in a P.S. under a step-up TAF invitation); a care
leaver who has left her 4-week-old in the hallway "because if I stay in I'll do something"; a withdrawing newborn
whose parents say they will take him off the neonatal unit at six; a 16-year-old mother and her baby thrown out,
waiting for a stranger from Snapchat; a mother who stopped her medication and must "send him back to God today";
a pregnant 15-year-old held in a 24-year-old's flat; a cushion held over a baby's face (only in the attached MARF);
a head injury in ED with the father insisting on taking the baby home (in a meeting reply's comment); a floppy
7-week-old "dropped" by his father, who forbids a doctor; a 3-week-old in bed between two drunk adults; and a
9-week-old below her birth weight whose father will not let her be seen. Near misses (12): Mongolian blue spots
that were never bruises; an automatic booking flag; a baby stepped down after a removal and adoption long ago; an
ICON / safer sleep bulletin; a midwife's out-of-office; a father in prison for harming a baby years ago; an EDT
handover after the father was recalled to prison and the baby checked and safe; a training invitation's fictional
scenarios; a mother detained in hospital with the baby safe with her grandmother; a care-experienced young father
asking whether they will take his baby; a sibling's cot death closed with no concerns; a perinatal relapse plan.

Window: the brief's "early September to mid December 2062", taken as Monday 4 September - Friday 15 December 2062
(the first and last full school weeks; 1 September 2062 is a Friday). No England & Wales bank holiday falls inside
it: the Late Summer Bank Holiday (Monday 28 August) is before it and Christmas Day (Monday 25 December) and Boxing
Day (Tuesday 26 December) after it. The clock goes back at 01:00 UTC on Sunday 29 October 2062: mail before it
carries +0100, mail after it +0000. The decisive notice count (knowsley_03) is a mail written at 00:35 BST on Friday
27 October, when the UTC date is still Thursday 26: counted from the Europe/London date the final CIN meeting on
Thursday 2 November has 4 working days' notice (not ok); counted from the UTC date it would have 5.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, bounce, quote-chain, working-day, readable-text and self-check helpers are copied from
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
    """Local (Europe/London) wall-clock time. The window (Monday 4 September - Friday 15 December 2062) is British
    Summer Time (+0100) until 01:00 UTC on Sunday 29 October 2062 and GMT (+0000) after it. The self-check asserts
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
            zi = zipfile.ZipInfo(name, date_time=(2062, 8, 1, 0, 0, 0))
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




# ============================================================================= helpers added for mixed43
ACK_FOOT = ("Please reply to this email, keeping the reference in the subject, to add anything.\n"
            "If you think a child is at immediate risk of harm, do not wait for a reply: phone the MASH duty team "
            "on %s, or 999 in an emergency.\n")

def request_top(f, frm, to, subject, when, cc=None):
    """Headers of an Outlook meeting request (Content-Class calendarmessage)."""
    return outlook_top(f, frm, to, subject, when, cc=cc,
                       extra=[("Content-Class", "urn:content-classes:calendarmessage")])

def ics_request(f, when, summary, start, end, location, description, organizer, attendees):
    return ics("REQUEST", f, dt(when), start, end, summary, location, description, organizer,
               [(cn, em, "REQ-PARTICIPANT", "NEEDS-ACTION") for cn, em in attendees])


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2062-10-24 14:12:37"
    body = T("""
Hi all,

Invite for the step up TAF for the Kinsella family (EHM-104827): Wednesday 1st November, 10:00-11:30, on Teams. I know it's half term that week, but it's online so nursery can still dial in. I've forwarded it to the current TAF members (nursery, the health visitor and the community midwife).

Ruby-Mae Kinsella, DOB 14/05/2060
plus the unborn baby (mum is 32 weeks, EDD 21/12/2062)

Attached: the step up form, the minutes of our last TAF (03/10/2062) and the Graded Care Profile 2 I completed with Courtney on 02/10/2062.

Why now: the GCP2 scored 4 for nutrition and 4 for hygiene. Ruby-Mae has dropped from the 25th centile to just under the 2nd since June and the HV's last two weighs show no gain. The fridge has been broken since August and there was no food in the flat on two of my last three visits. Courtney also told the community midwife that Jake (Ruby-Mae's dad) grabbed her by the throat in September; she won't make a statement and he is still coming and going. Courtney is honest with me and always lets me in, but nothing is changing.

My TM, Bernadette Quayle, agreed the step up in supervision on 20/10/2062 (recorded on EHM). Courtney knows I'm asking for this and why.

Thanks,
Niamh

Niamh Garrity
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0371

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Kinsella.docx", appendix1([
        ("Case ID on EHM:", "EHM-104827"),
        ("Child(ren):", "Ruby-Mae Kinsella, 14/05/2060; unborn baby, EDD 21/12/2062"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC"),
        ("Date of step up TAF meeting:", "Wednesday 01/11/2062, 10:00-11:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - Courtney engages with every visit; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 03/10/2062"),
        ("What are we worried about?", "Ruby-Mae's weight (25th centile in June, now just under the 2nd); no food in "
         "the flat on 2 of 3 visits; the fridge broken since August; GCP2 scores of 4 for nutrition and hygiene. "
         "Courtney disclosed to the midwife that Jake grabbed her by the throat in September."),
        ("What is working well?", "Courtney is honest and lets professionals in; Ruby-Mae goes to nursery 3 "
         "mornings a week and is happy there; maternal nan helps at weekends."),
        ("What next?", "Step up to CSC for a C&F assessment, including a pre-birth assessment for the unborn baby; "
         "Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed with Courtney 02/10/2062 - attached"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "No call-outs; the September incident was not reported"),
        ("Agreement by line manager:", "Agreed - Bernadette Quayle, Team Manager, 20/10/2062"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly joint visits with the HV, a food bank "
         "referral and a replacement fridge through the Local Welfare scheme, TAF review in 4 weeks."),
    ]))
    minutes = pdf_att("TAF minutes 03.10.2062 - Kinsella.pdf", "Team Around the Family - minutes - Kinsella", [
        "Date: 03/10/2062, 13:30, Kirkby Family Hub",
        "Present: Courtney Kinsella (mum), Niamh Garrity (Family First, chair), nursery manager, health visitor",
        "Health visitor: Ruby-Mae weighed 29/09 - no gain since August, now below the 2nd centile.",
        "Nursery: Ruby-Mae hungry on arrival most mornings; eats two breakfasts.",
        "Actions: Niamh to complete the GCP2 with Courtney; HV to weigh fortnightly; food bank voucher given.",
        "Next TAF: to be arranged by Niamh."])
    gcp = pdf_att("GCP2 - Kinsella - 02.10.2062.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Child: Ruby-Mae Kinsella (2)        Completed with: Courtney Kinsella        Date: 02/10/2062",
        "Area 1 Physical care - nutrition: 4    quality of housing: 3    clothing: 2    hygiene: 4    health: 3",
        "Area 2 Care of safety - in presence: 2    in absence: 2",
        "Area 3 Love and care: 2",
        "Area 4 Stimulation and education: 3",
        "Assessor: Niamh Garrity, Family First Case Manager"])
    cal = ics_request(f, when, "Step up TAF - Kinsella - EHM-104827", "20621101T100000", "20621101T113000",
                      "Microsoft Teams Meeting", body, ("Garrity, Niamh", "Niamh.Garrity@" + KDOM),
                      [("Knowsley MASH", KMASH), ("MASH Business Support", KBS)])
    top = request_top(f, addr("Garrity, Niamh", "Niamh.Garrity@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Kinsella - EHM-104827", when, cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, body, cal, [form, minutes, gcp]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-104827"],
        [ch("Ruby-Mae Kinsella", "2060-05-14", "14/05/2060")],
        ["domestic_abuse", "neglect"], None, True, [], True, "book_meeting",
        "PRE-BIRTH STEP-UP SENT AS AN OUTLOOK MEETING REQUEST (text/calendar METHOD:REQUEST) with the FF step-up form "
        "(.docx), TAF minutes (.pdf) and the GCP2 (.pdf). Knowsley protocol s4 / REQUIREMENTS knowsley step_up: form, "
        "EHM case id, TM agreement ('agreed the step up in supervision'), TAF minutes, meeting date and time, and - "
        "because the concerns include neglect - the Graded Care Profile: all present -> missing []. NOTICE ACROSS "
        "THE CLOCK CHANGE: from Tue 24 Oct (BST) to the TAF on Wed 1 Nov 10:00 (GMT) is 6 working days (25, 26, 27, "
        "30, 31 Oct, 1 Nov; half term is not a bank holiday) >= 5 -> ok -> book_meeting. The unborn baby has no "
        "name and no date of birth (an EDD is not a DOB) -> only Ruby-Mae is a named child. Concerns: weight "
        "faltering, no food, GCP2 -> neglect; Jake grabbing Courtney by the throat -> domestic_abuse. 'Courtney knows "
        "I'm asking for this' is awareness, not consent -> null (not required for a Knowsley step-up).",
        meeting=date(2062, 11, 1), not_children=["Niamh Garrity", "Bernadette Quayle", "Courtney Kinsella"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2062-11-13 11:05:48"
    body = T("""
Hi Family First,

Step down to Family First at Level 3 for Theo Ashworth-Nkemelu (DOB 02/04/2062), ICS ID 2204516.

Joint home visit: Monday 20th November 2062 at 10am, at home - 7 Larkspur Close, Halewood, L26 9ZQ. Mum (Hollie Ashworth) and dad (Chidi Nkemelu) will both be in.

Consent: Mum and dad both signed the Family First consent form on 09/11/2062.

Some background, because the file looks worse than it is. Theo came to us in June after the health visitor saw blue-grey marks on his lower back and bottom at his 8-week check and was worried they were bruises. There was a strategy discussion, a s47 and a child protection medical on 21/06/2062, and the paediatrician confirmed congenital dermal melanocytosis ("Mongolian blue spots"), which had been recorded at his newborn check - not bruising, and no injury of any kind. The ICPC was stood down and the s47 closed as unsubstantiated. We kept the case open as CIN for mum's postnatal depression and Theo's feeding. There are no current safeguarding concerns.

What are we worried about?
Hollie's postnatal depression - she is much better on sertraline and the perinatal team are discharging her to her GP, but she still has bad days and has little family nearby. Theo was slow to wean and Hollie worries about his feeding.

What is working well?
Chidi has gone part-time to be at home more. Both parents have been open and kind with every professional, even through the s47. Theo is thriving - 50th centile, smiley, meeting his milestones. Hollie goes to the baby group at Halewood Family Hub every Thursday.

What needs to happen?
A Family First case manager to lead a TAF with the HV and the family hub; a weaning plan with the HV's nursery nurse; Hollie to keep her GP reviews; a plan for her bad days (who she rings, who has Theo).

My TM, Grace Ilori, agrees with the step down.

Thanks,
Olamide

Olamide Ferris
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0586

""") + KDISC
    top = outlook_top(f, addr("Ferris, Olamide", "Olamide.Ferris@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to FF (L3) - Theo Ashworth-Nkemelu - joint visit Mon 20th Nov", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["2204516"],
        [ch("Theo Ashworth-Nkemelu", "2062-04-02", "02/04/2062")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - 'BRUISES' THAT WERE NEVER BRUISES: the s47, strategy discussion and child protection medical are "
        "history; the paediatrician found congenital dermal melanocytosis, 'no injury of any kind', the ICPC was "
        "stood down and 'There are no current safeguarding concerns' (DESIGN safety rule 1: resolved and negated "
        "risk does not trigger) -> not urgent, no physical_harm. Knowsley protocol s3 (level 3, joint home visit): "
        "date, time and venue given, all three Signs of Safety headings answered, consent ('both signed the Family "
        "First consent form') -> missing []. 'ICS ID 2204516' -> the bare number (DESIGN: a label before the number "
        "is not part of it). NOTICE EXACTLY 5: Mon 13 Nov -> Mon 20 Nov is 5 working days >= 5 -> ok -> book_meeting. "
        "Concern: mum's current postnatal depression -> parental_mental_health.",
        meeting=date(2062, 11, 20), not_children=["Olamide Ferris", "Grace Ilori", "Hollie Ashworth", "Chidi Nkemelu"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2062-10-27 00:35:12"
    body = T("""
Hi,

Sorry for the late email - I'm finishing my recording after a late visit and wanted this in before the weekend.

Step down to Level 2 - Amelia-Rose Dunne, DOB 12.06.2062, ICS-2210987.

Final CIN meeting: Thursday 2nd November 2062, 2pm, Kirkby Family Hub (room 2). I know it's half term but the hub is open as normal.

New lead practitioner (Level 2): Leanne Fairhurst, Health Visitor, Knowsley 0-19 Health Visiting Service. Leanne has agreed to take on the lead practitioner role and will be at the meeting.

Jade (mum, 19) was looked after by Knowsley until she was 18 and still has her PA from the leaving care team. She has consented to the transfer to the health visiting service.

What are we worried about?
Jade gets very low and says she "goes under" when Amelia-Rose won't settle; she is on the waiting list for the perinatal team. She has no family support nearby.

What is working well?
Amelia-Rose's weight dipped in July but she has been back on the 25th centile since the feeding plan in August and the HV is happy with her. Jade keeps every appointment and her PA sees her weekly. The flat is warm and well kept.

What needs to happen?
Leanne to lead an EHA and TAF; the GP to chase the perinatal referral; Jade to join the young parents' group at Kirkby; the PA to stay involved.

Sean Rourke (my TM) agreed the step down at supervision on Tuesday.

Thanks
Aoife

Aoife Tierney
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
""") + "\n" + KDISC
    top = plain_top(f, addr("Tierney, Aoife", "Aoife.Tierney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Dunne - final CIN Thurs 2nd Nov", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-2210987"],
        [ch("Amelia-Rose Dunne", "2062-06-12", "12.06.2062")],
        ["parental_mental_health"], True, True, [], False, "request_info",
        "MIDNIGHT MAIL IN BRITISH SUMMER TIME, DECISIVE: Date 'Fri, 27 Oct 2062 00:35:12 +0100' is still Thursday 26 "
        "October in UTC. DESIGN notice: given_working_days counts the working days d with today < d <= the meeting, "
        "today from --now in Europe/London time (REQUIREMENTS: working calendar in Europe/London). Counted from Fri "
        "27 Oct the final CIN meeting on Thu 2 Nov has 4 working days (30, 31 Oct, 1, 2 Nov; half term is not a "
        "bank holiday) < 5 -> not ok -> request_info (a UTC reading gives 5 and 'ok'). Knowsley protocol s2, level "
        "2: date, time and venue, all three Signs of Safety headings and the new lead practitioner's name and "
        "organisation (Leanne Fairhurst, Knowsley 0-19 Health Visiting Service) are all present -> missing []. "
        "Consent stated as given -> true (not required at level 2); TM agreed -> true. Mum, 19, a care leaver, is an "
        "adult. Amelia-Rose's July weight dip is resolved; the current worry is Jade's low mood -> "
        "parental_mental_health.",
        meeting=date(2062, 11, 2), not_children=["Leanne Fairhurst", "Sean Rourke", "Aoife Tierney"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2062-12-06 13:48:20"
    ack = T("""
Thank you - your step-up request has been received.

Reference: SB-knowsley-2291
Family: Gorman
Case ID: EHM-106355
Children: Maisie Gorman (04/10/2062), Tommy Gorman (19/03/2060)
Step-up TAF meeting: Wednesday 13 December 2062, 10:00, Microsoft Teams (chaired by the MASH social worker; MASH business support will take the minutes)

Nothing is missing.

""") + ACK_FOOT % "0151 496 0417"
    body = T("""
Adding to this before next Wednesday.

I've just left the Gormans' (12.50). Maisie has a bruise about the size of a 5p behind her left ear, and the little bit of skin under her top lip is red and torn - she screamed when I lifted her lip. She's 9 weeks old and isn't rolling yet. Mum says Tommy "must have whacked her with his tractor". Dad came in while I was there, said they're all going to his mum's in Rhyl tonight "for a bit" and that I won't need to come next week.

I've rung the HV, who hasn't seen Maisie since her 6-week check. I'm back at Huyton now - 0151 496 0733.

Shauna

Shauna Molyneux
Family First Case Manager | Huyton Team | Knowsley Council
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "04 December 2062 09:31",
              "Molyneux, Shauna <Shauna.Molyneux@knowsley.gov.uk>",
              "Step-up request received - Gorman [SB-knowsley-2291]", ack)
    top = outlook_top(f, addr("Molyneux, Shauna", "Shauna.Molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step-up request received - Gorman [SB-knowsley-2291]", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-106355"],
        [ch("Maisie Gorman", "2062-10-04", "04/10/2062"), ch("Tommy Gorman", "2060-03-19", "19/03/2060")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP, IN PLAIN WORDS: a reply to [SB-knowsley-2291] (kind follow_up) reporting a fresh "
        "bruise behind the ear and a torn frenulum on a 9-week-old who is not rolling, an explanation that does not "
        "fit, and the family leaving for Rhyl tonight with the worker told not to come (DESIGN safety rule 1: every "
        "part of every message is read; urgent whatever its kind) -> alert_duty before attach_to_request. The new "
        "text has none of the alarm words; 'immediate risk' appears only in stepbot's own footer in the quoted "
        "acknowledgement. Children and the case id come from the quoted acknowledgement (first full-name "
        "appearance: Maisie, Tommy). Concern: physical_harm. missing [] for a follow_up.",
        not_children=["Shauna Molyneux"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2062-11-28 11:52:06"
    body = T("""
Hi MASH / MASH business support,

Step up TAF for the Okonkwo-Reid family (EHM-105992) - Wednesday 6th December, 10:00-11:30, Teams. The step up form and the minutes of our last TAF (21/11/2062) are attached. I've invited the current TAF members (midwife, HV, nursery and the IDVA).

Zara Okonkwo-Reid, DOB 30/09/2061. Mum, Kerry-Ann Reid, is 30 weeks pregnant (EDD 06/02/2063).

Domestic abuse from Zara's dad, Dwayne Okonkwo: police have been called three times since August, the last on 19/11/2062 when he was arrested and bailed not to come to the flat. Kerry-Ann has taken him back twice before. My TM, Louise Kehoe, agreed the step up on 24/11/2062.

Ciaran

Ciaran Heneghan
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0912

P.S. 11.40 - while I was setting this up Kerry-Ann rang me. Dwayne is at the flat now, he's put the bedroom door in and she's in the bathroom with Zara with the door wedged shut. I could hear him shouting. I've told her to ring 999 and I'm ringing the MASH duty line, but I wanted it in writing with the invite as well.

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Okonkwo-Reid.docx", appendix1([
        ("Case ID on EHM:", "EHM-105992"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "06/12/2062 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - Kerry-Ann engages when Dwayne is not around"),
        ("Recent TAF meeting minutes attached:", "Yes (21/11/2062)"),
        ("What are we worried about?", "Dwayne's violence to Kerry-Ann (three police call-outs since August; arrest "
         "19/11/2062); Zara present each time; Kerry-Ann 30 weeks pregnant."),
        ("What is working well?", "Kerry-Ann works with the IDVA; Zara is well cared for and goes to nursery."),
        ("What next?", "Step up to CSC; pre-birth assessment; IDVA to continue."),
        ("Graded Care profile (If neglect should be completed).", "Not applicable"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Not applicable"),
        ("Up to date police information if applicable:", "Arrested 19/11/2062, bailed with a condition not to attend "
         "the address"),
        ("Agreement by line manager:", "Louise Kehoe, Team Manager, 24/11/2062"),
        ("Contingency plan (Smart and timely).", "IDVA safety plan; Sanctuary scheme referral; TAF every 3 weeks."),
    ]))
    minutes = docx_att("TAF minutes 21.11.2062 - Okonkwo-Reid.docx", [
        "# TAF meeting - minutes", "21/11/2062, Prescot Family Hub",
        "Present: Kerry-Ann Reid, Ciaran Heneghan (chair), IDVA, health visitor, community midwife",
        "Agreed: Ciaran to discuss a step up with his team manager."])
    cal = ics_request(f, when, "Step up TAF - Okonkwo-Reid - EHM-105992", "20621206T100000", "20621206T113000",
                      "Microsoft Teams Meeting", body, ("Heneghan, Ciaran", "Ciaran.Heneghan@" + KDOM),
                      [("Knowsley MASH", KMASH), ("MASH Business Support", KBS)])
    top = request_top(f, addr("Heneghan, Ciaran", "Ciaran.Heneghan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Okonkwo-Reid - EHM-105992", when, cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, body, cal, [form, minutes]), "knowsley", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-105992"],
        [ch("Zara Okonkwo-Reid", "2061-09-30", "30/09/2061")],
        ["domestic_abuse"], None, True, [], True, "alert_duty",
        "URGENT IN A P.S. UNDER A COMPLETE STEP-UP INVITATION: 'Dwayne is at the flat now, he's put the bedroom door "
        "in' with mum and a 14-month-old wedged in the bathroom - happening now (DESIGN safety rule 1: an email "
        "describing an immediate child-protection risk is never just queued; the sender ringing the duty line does "
        "not change that) -> alert_duty. No alarm words. The request itself is complete under Knowsley protocol s4 "
        "(form, EHM id, TM agreement, TAF minutes, meeting date; no neglect / non-engagement / exploitation) -> "
        "missing []; notice Tue 28 Nov -> Wed 6 Dec = 6 working days -> ok. The unborn baby (EDD) is not a named "
        "child. Concern: domestic_abuse.",
        meeting=date(2062, 12, 6), not_children=["Ciaran Heneghan", "Louise Kehoe", "Dwayne Okonkwo"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2062-09-14 07:02:10"
    body = T("""
*** This is an automatically generated message from MatNet Maternity. Please do not reply to this address. ***

A safeguarding concern form has been created for a woman booked with Whiston Community Midwifery.

Reference:             MN-558107
Created:               13/09/2062 16:44 by Community Midwife (Prescot team)
Gestation at booking:  11+4 weeks
EDD:                   31/03/2063
Risk level (booking):  MEDIUM
Categories:            Mother care-experienced; previous children's social care involvement (2057, closed)
Immediate concerns:    None identified
Next step:             Midwife to send a Multi-Agency Referral Form within 2 working days

Patient details are withheld from email. Log in to MatNet to view the record.

You are receiving this because this address is registered as a MatNet safeguarding partner for Knowsley.
To change your notification settings contact the MatNet administrator.
""")
    top = plain_top(f, addr("MatNet Maternity Notifications", "no-reply@matnet.sthk.nhs.example"),
                    addr("Knowsley MASH", KMASH), "MatNet: safeguarding concern form created (ref MN-558107)", when,
                    "matnet.sthk.nhs.example", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "knowsley", "mash_step_up", when, 3,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AUTOMATIC MATERNITY-SYSTEM NOTIFICATION: 'Auto-Submitted: auto-generated' (DESIGN kind "
        "auto_reply: auto-submitted; safety rule 2, RFC 3834: never answered) -> ignore. Read for risk (safety rule "
        "1: mail that looks automatic is read too) it reports a booking flag, 'Risk level (booking): MEDIUM' and "
        "'Immediate concerns: None identified' for an unborn baby with no name and no patient details -> not urgent. "
        "No child, no case id (MN-558107 is a maternity reference, not an EHM/ICS id).")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2062-12-05 08:47:33"
    data = itip_reply(f, when, "Lowry, Bethan", "bethan.lowry@merseycommunity.nhs.example",
                      ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step up TAF meeting - Gorman - EHM-106355 [SB-knowsley-2291]",
                      "20621213T100000", "20621213T113000", "Microsoft Teams Meeting",
                      comment="I've a new birth visit at 9 in Stockbridge Village - I'll join as soon as I'm out, "
                              "hopefully by 10.15. Bethan (HV)")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-106355"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the health visitor to the step-up TAF invitation the MASH inbox "
        "sent (DESIGN kind meeting_reply: an iTIP REPLY accepted/declined/tentative -> record_reply). Subject "
        "'Tentative: ...'; the comment is about her diary, no risk. Case id from the SUMMARY (EHM-106355).")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2062-11-16 16:41:05"
    body = T("""
Hi,

I'm Chantelle Lomax's personal adviser (she's 19 and left care last year). Her son Kai Lomax was born on 19/10/2062, so he's four weeks old.

At 16.20 she sent me this on WhatsApp:

"he wont stop crying ive been up 3 nights ive put him in the pram in the hall and come out the back because if i stay in there ill do something to him i swear"

I rang straight back - no answer, five times, and nothing since. She's on her own at the flat (14 Pennant Close, Huyton, L36 9ZF); Kai's dad works away on the rigs. I'm stuck in traffic in Prescot, at least 40 minutes away. She has been low since the birth and told the midwife she is "not bonding" with him.

I don't know who else to tell. My mobile is 07700 900 631.

Harriet Okafor
Personal Adviser | Leaving Care Team | Knowsley Council
""") + "\n" + KDISC
    top = outlook_top(f, addr("Okafor, Harriet", "Harriet.Okafor@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Chantelle Lomax and baby Kai (4 weeks) - please can someone ring me", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kai Lomax", "2062-10-19", "19/10/2062")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, NO ALARM WORDS: a care leaver (19, an adult) alone with a 4-week-old, 'if i stay in there ill do "
        "something to him', not answering, nobody with her and her PA 40 minutes away (DESIGN safety rule 1) -> "
        "alert_duty. A personal adviser's report, not a step request from the lead practitioner -> kind other. "
        "Concern: mum's mental state after the birth -> parental_mental_health. No case id.",
        not_children=["Harriet Okafor", "Chantelle Lomax"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2062-09-19 10:22:40"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Please accept this step-up request for [[Shannon]] Reilly, who is 17 and 24 weeks pregnant. Kofi Mensah-Boateng "
        "(Early Help Practitioner, Battersea Family Hub) has worked with Shannon and her mum since April. We discussed "
        "the case in supervision on 15/09/2062 and I have agreed this step up to Children's Services.",
        "",
        ("table", [["Young person", "DOB", "Mosaic", "Address"],
                   ["Shannon Reilly", "03/01/2045", "1629044", "Flat 3, 41 Garratt Lane, London SW18 9ZT"]]),
        "",
        "Shannon and her mum both know about the step up and agree to it. The latest case summary is attached.",
        "",
        ("h", "Rationale for step up"),
        "Shannon's relationship with Dean Harker (19, the baby's father) has become controlling: he checks her phone, "
        "has taken her bank card and on 06/09/2062 pushed her against a wall in the stairwell (seen by a neighbour and "
        "reported to police; no further action as Shannon would not support a prosecution). She has stayed overnight "
        "at his flat without telling her mum three times and was reported missing on 02/09/2062 (found at his flat the "
        "next morning). The Early Help plan has not reduced these worries over five months, and a pre-birth assessment "
        "will be needed for the baby (EDD 09/01/2063), which Early Help cannot do.",
        "",
        "Kind regards,",
        "Rosalind",
        "",
        "Rosalind Achterberg",
        "Early Help Team Manager (Wandsworth South)",
        "Richmond and Wandsworth Councils | 020 7946 0288",
    ]
    summ = docx_att("Case summary - Shannon Reilly - Sept 2062.docx", [
        "# Early Help case summary", "Young person: Shannon Reilly, DOB 03/01/2045 (17). Mosaic 1629044.",
        "Household: Shannon and her mother. Shannon is 24 weeks pregnant (EDD 09/01/2063).",
        "Early Help since April 2062: school attendance (now left school; college place from September), "
        "relationship with Dean Harker, antenatal care.",
        "Recent events: missing overnight 02/09/2062; incident in the stairwell 06/09/2062 (police, NFA).",
        "Strengths: close to her mum; attends college three days a week; wants to keep the baby safe."])
    top = outlook_top(f, addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Shannon Reilly (17) - Mosaic 1629044", when)
    add(f, word_mail(f, top, blocks, [summ]), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["1629044"],
        [ch("Shannon Reilly", "2045-01-03", "03/01/2045")],
        ["domestic_abuse", "missing"], True, True, [], None, "book_meeting",
        "A PRE-BIRTH STEP-UP WHERE THE MOTHER IS HERSELF A CHILD: Shannon is 17 (DOB 03/01/2045), so she is the named "
        "child; the unborn baby has no name or DOB. Richmond & Wandsworth seed, 'Process to Step Up': the Early Help "
        "Team Manager emails the MASH Step Up inbox with the latest case summary (attached .docx) and the rationale "
        "(pasted under its own heading 'Rationale for step up') -> missing []; no notice period (MASH business "
        "support invite within 1 working day) -> book_meeting. Word HTML mail with an MsoTableGrid table and a "
        "tab-separated plain twin. Consent: 'both know about the step up and agree to it' -> true; manager: the sender "
        "is the EH team manager, 'I have agreed this step up' -> true. Concerns: a controlling partner who pushed her "
        "-> domestic_abuse; reported missing 02/09/2062 and staying out -> missing.",
        not_children=["Rosalind Achterberg", "Dean Harker", "Kofi Mensah-Boateng"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2062-12-08 16:52:30"
    body = T("""
Hello,

I'm the social worker for the neonatal unit at Wandle Valley Hospital. I couldn't get through on the MASH line (I was held for 20 minutes) so I am emailing as well.

Dami Bankole-Price, born 05/12/2062 at 37+2 weeks, is on our unit being treated for withdrawal (oral morphine; his scores were 10-12 today). Mum's urine at delivery was positive for heroin and cocaine. The pre-birth plan (Mosaic 1644210) says Children's Services must be told before any discharge.

Dad has been on the unit since about 3pm and smells strongly of alcohol. At 16.30 mum and dad told the nurse in charge they are taking Dami home at 6 "when the shift changes" and that "nobody can stop us". Dad has put the car seat by the cot. Dami can't be fed or given his morphine properly at home and he is not medically fit for discharge.

Hospital security know. Please can the duty social worker ring me on 020 7946 0517, or the unit on 020 7946 0520.

Precious Adebayo-Lunn
Hospital Social Worker, Neonatal Unit
Wandle Valley Hospital NHS Trust
""")
    top = outlook_top(f, addr("Adebayo-Lunn, Precious", "precious.adebayo-lunn@wvh.nhs.example"), addr("MASH Step Up", RSU),
                      "Dami Bankole-Price (NNU) - parents say they are taking him home at 6pm tonight", when,
                      mid_domain="wvh.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["1644210"], [ch("Dami Bankole-Price", "2062-12-05", "05/12/2062")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, NO ALARM WORDS: a 3-day-old on morphine for withdrawal whose intoxicated father and mother say they "
        "will take him off the neonatal unit at 6pm tonight, 'nobody can stop us', against a pre-birth plan (DESIGN "
        "safety rule 1: immediate risk now; Friday 16:52, so the duty team in office hours) -> alert_duty. A hospital "
        "social worker's referral to the wrong inbox, not an Early Help step-up -> kind other. 'Mosaic 1644210' -> "
        "'1644210' (DESIGN: a label before the number is not part of it). Concern: parental heroin / cocaine / "
        "alcohol -> substance_misuse.",
        not_children=["Precious Adebayo-Lunn"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2062-10-04 15:31:09"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper this morning, we have agreed a step-down case discussion for Monday 9th October at 2pm (Teams). Confirming by email, with the latest case summary and the draft plan for Early Help attached.

Child: Ezra Whitlock, DOB 11/05/2062, Mosaic ID 1571139
Mum: Lauren Whitlock (24)

The history is heavy, so in short: Lauren grew up in care herself. Her first baby was removed at birth in 2058 and later adopted, after her then partner seriously injured him at three weeks old; that man was convicted, is serving a long sentence, and Lauren has had no contact with him since 2058. Because of that history we completed a pre-birth assessment early this year and Ezra was made subject to a child protection plan at birth under the category of physical abuse. Lauren has done everything asked of her: the parenting assessment in the mother and baby placement was positive, she has her own tenancy and a good network. At the review conference on 25/09/2062 the plan ended unanimously - Ezra is no longer considered at risk of significant harm.

What is still needed is support: Lauren's anxiety (she is seeing Talking Therapies), a nursery place, and someone for her to turn to now the social work ends.

Lauren has consented to Early Help and signed the consent on 28/09/2062. My team manager, Priya Nandakumar, agrees with the step down and will join the case discussion.

Kind regards,
Tobias

Tobias Wren-Akande
Social Worker, Child Protection & Proceedings Team (Wandsworth)
""") + "\n" + RDISC
    summ = pdf_att("Case summary - Ezra Whitlock - Oct 2062.pdf", "Case summary - Ezra Whitlock (Mosaic 1571139)", [
        "Child: Ezra Whitlock, DOB 11/05/2062. Mother: Lauren Whitlock.",
        "2058: Lauren's first child removed at birth and adopted (injury by her then partner, convicted).",
        "Feb 2062: pre-birth assessment. May 2062: CP plan at birth. Mother and baby placement May-July 2062.",
        "25/09/2062: RCPC - CP plan ended unanimously.",
        "Current: Lauren's anxiety (Talking Therapies); nursery place sought; good informal network."])
    plan = docx_att("Draft Early Help plan - Whitlock.docx", [
        "# Draft Early Help plan - Ezra Whitlock",
        "1. Early Help worker to visit fortnightly for 12 weeks, then review.",
        "2. Nursery place at Tooting Family Hub from January.",
        "3. Lauren to continue Talking Therapies; EH worker to link her with the young parents' group.",
        "4. Review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Wren-Akande, Tobias", "Tobias.Wren-Akande@" + RDOM), addr("Early Help Duty", RED),
                      "Step-down case discussion Mon 9 Oct 2pm - Ezra Whitlock", when)
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1571139"], [ch("Ezra Whitlock", "2062-05-11", "11/05/2062")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - A HEAVY HISTORY, NOW SAFE: removal at birth in 2058, a partner convicted and serving a long "
        "sentence with no contact since, a child protection plan that ended unanimously 'no longer considered at "
        "risk of significant harm' (historic and resolved: DESIGN safety rule 1) -> not urgent, and no "
        "physical_harm / domestic_abuse concern. Richmond & Wandsworth seed, 'Process to Step Down': the time agreed "
        "with the Early Help duty manager (Mon 9 Oct, within 5 days of the contact) confirmed by email with the "
        "latest case summary (.pdf) and the draft plan (.docx), and consent ('has consented to Early Help and signed "
        "the consent') -> missing [] -> book_meeting. 'Mosaic ID 1571139' -> '1571139'. Concern: Lauren's current "
        "anxiety -> parental_mental_health. TM 'agrees with the step down' -> true.",
        not_children=["Tobias Wren-Akande", "Lauren Whitlock", "Priya Nandakumar"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2062-11-06 09:18:44"
    body = T("""
Hi Early Help Duty,

I spoke to Jasper on Friday and we agreed a step-down case discussion for Thurs 9th at 11 - confirming here.

Ayla Demir-Shaw - DOB 22/04/2062 - Mosaic no. 1598823
Arlo Demir-Shaw - DOB 22/04/2062 - Mosaic no. 1598824

The twins were born at 31 weeks and spent seven weeks on the neonatal unit. Arlo has chronic lung disease and is still on home oxygen; he is open to the community children's nursing team and the disability health visitor. Sevda (mum, 20) has been managing his oxygen and both babies' feeds on her own since their dad went back to Turkey in the summer, and she has postnatal depression (her GP started medication in September).

The CIN plan has done what it needed to: housing moved them to a ground-floor flat, the oxygen is set up at home, and both twins are gaining weight. Sevda is happy for Early Help to take over and has signed the consent form.

Case summary attached. The draft plan isn't finished yet - I'll bring it to the discussion on Thursday.

Thanks,
Marta

Marta Kowalczyk
Social Worker, Children in Need Team (Richmond)
""") + "\n" + RDISC
    summ = pdf_att("Case summary - Demir-Shaw twins.pdf", "Case summary - Ayla and Arlo Demir-Shaw", [
        "Ayla Demir-Shaw and Arlo Demir-Shaw, DOB 22/04/2062 (twins, born at 31 weeks). Mosaic 1598823 / 1598824.",
        "Mother: Sevda Demir (20). Father in Turkey since July 2062.",
        "CIN since June 2062: housing, home oxygen set-up, mother's postnatal depression.",
        "Both twins gaining; Arlo on home oxygen, community children's nursing team weekly."])
    top = outlook_top(f, addr("Kowalczyk, Marta", "Marta.Kowalczyk@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Demir-Shaw twins - case discussion Thurs 9th 11am", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1598823", "1598824"],
        [ch("Ayla Demir-Shaw", "2062-04-22", "22/04/2062"), ch("Arlo Demir-Shaw", "2062-04-22", "22/04/2062")],
        ["disability_send", "parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth seed, 'Process to Step Down' (REQUIREMENTS step_down: case_summary, draft_plan, "
        "consent): the case summary is attached and consent given ('has signed the consent form'), but 'The draft "
        "plan isn't finished yet - I'll bring it to the discussion' -> draft_plan missing -> request_info. Twins with "
        "the same DOB; 'Mosaic no. 1598823' -> '1598823' (label before the number). Concerns: Arlo's chronic lung "
        "disease, home oxygen, open to the disability health visitor -> disability_send; Sevda's postnatal "
        "depression -> parental_mental_health.",
        not_children=["Marta Kowalczyk", "Sevda Demir"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2062-10-17 07:30:00"
    text = T("""
RWSCP Practice Bulletin - October 2062
Babies: safer sleep, crying and bruising

In this issue
1. Learning from two local reviews
2. ICON week (23-27 October)
3. Bruising in babies who are not yet mobile

1. Learning from two local reviews
Baby A (7 weeks) died in 2060 after falling asleep on a sofa with his father, who had been drinking. Baby B (4 months) was admitted to hospital in 2061 with a head injury after her father shook her when she would not stop crying; she has recovered and lives with her grandparents. In both families professionals knew the parents were exhausted, and nobody asked where the baby slept or how the parents coped with crying.

2. ICON week
ICON: Infant crying is normal; Comfort methods can help; It's OK to walk away; Never, ever shake a baby. Talk to every parent of a new baby about crying - fathers and partners too.

3. Bruising in non-mobile babies
A bruise on a baby who is not yet rolling or crawling is rare and must always be taken seriously. Follow the partnership protocol: a paediatric opinion the same day and a referral to the MASH. If you believe a baby is in immediate danger, call 999.

Book now: "Safer sleep and ICON for duty teams", Tuesday 14 November 2062, 9.30-12.30, online.

You are receiving this bulletin as a member of the children's workforce in Richmond and Wandsworth.
Unsubscribe: https://rwscp.example.org/unsubscribe
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">\n'
         '<table width="600" cellpadding="0" cellspacing="0" style="border-collapse:collapse">\n'
         '<tr><td style="background:#5B2C6F;color:#fff;padding:14px;font-size:16pt"><b>RWSCP Practice Bulletin</b>'
         ' &middot; October 2062</td></tr>\n'
         '<tr><td style="padding:12px 14px"><h2 style="font-size:14pt">Babies: safer sleep, crying and bruising</h2>\n'
         '<p><b>In this issue</b><br>1. Learning from two local reviews<br>2. ICON week (23-27 October)<br>'
         '3. Bruising in babies who are not yet mobile</p>\n'
         '<h3>1. Learning from two local reviews</h3>\n'
         '<p>Baby A (7 weeks) died in 2060 after falling asleep on a sofa with his father, who had been drinking. '
         'Baby B (4 months) was admitted to hospital in 2061 with a head injury after her father shook her when she '
         'would not stop crying; she has recovered and lives with her grandparents. In both families professionals '
         'knew the parents were exhausted, and nobody asked where the baby slept or how the parents coped with '
         'crying.</p>\n'
         '<h3>2. ICON week</h3>\n<p><b>I</b>nfant crying is normal; <b>C</b>omfort methods can help; '
         '<b>O</b>K to walk away; <b>N</b>ever, ever shake a baby. Talk to every parent of a new baby about crying '
         '&ndash; fathers and partners too.</p>\n'
         '<h3>3. Bruising in non-mobile babies</h3>\n<p>A bruise on a baby who is not yet rolling or crawling is rare '
         'and must always be taken seriously. Follow the partnership protocol: a paediatric opinion the same day and '
         'a referral to the MASH. If you believe a baby is in immediate danger, call 999.</p>\n'
         '<p style="background:#F4ECF7;padding:8px"><b>Book now:</b> &ldquo;Safer sleep and ICON for duty '
         'teams&rdquo;, Tuesday 14 November 2062, 9.30&ndash;12.30, online.</p>\n'
         '<p style="font-size:8pt;color:#777">You are receiving this bulletin as a member of the children&#39;s '
         'workforce in Richmond and Wandsworth. <a href="https://rwscp.example.org/unsubscribe">Unsubscribe</a></p>'
         '\n</td></tr></table>\n</body></html>\n')
    top = plain_top(f, addr("RWSCP Bulletin", "bulletin@rwscp.example.org"), addr("MASH Step Up", RSU),
                    "RWSCP Practice Bulletin - October 2062: safer sleep, ICON and bruising in babies", when,
                    "rwscp.example.org", None,
                    extra=[("List-Id", "RWSCP practice bulletin <bulletin.rwscp.example.org>"),
                           ("List-Unsubscribe", "<https://rwscp.example.org/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN: deaths, a shaken baby, 'immediate danger' and 999 appear only as learning "
        "from anonymised reviews of 2060-61 and as general advice (DESIGN safety rule 1: bulletins that list "
        "examples must not trigger) -> not urgent. A newsletter (List-Id, no Auto-Submitted) is no request -> kind "
        "other -> human_review. 'Baby A' / 'Baby B' are no named children; no concerns about a household.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2062-11-21 19:38:10"
    body = T("""
Hello MASH,

I'm Kayleigh's family nurse (Family Nurse Partnership). Kayleigh Brennan is 16 (DOB 17/02/2046) and her son Rio Brennan is 12 weeks old (DOB 30/08/2062).

Kayleigh rang me at 19.15 from Clapham Junction station. Her mum threw them both out after a row at about 5 and has changed the locks. Kayleigh has £3 on her and no formula, and Rio last fed at 3pm. A man she has been talking to on Snapchat - she only knows him as "Tee", she thinks he's 26, she has never met him - has told her she and Rio can stay at his tonight and he is picking them up from the station at 8.30.

I've asked her not to go with him and to stay where there are people. Her mum isn't answering. I'm still on the phone to Kayleigh on my other phone and I'm setting off to her now, but I'm 40 minutes away.

Gemma Faulkner-Ross
Family Nurse, Family Nurse Partnership (Wandsworth)
07700 900 418
""")
    top = plain_top(f, addr("Gemma Faulkner-Ross", "gemma.faulkner-ross@swlfnp.nhs.example"), addr("MASH Step Up", RSU),
                    "Kayleigh Brennan (16) and baby Rio - at Clapham Junction, nowhere to go tonight", when,
                    "swlfnp.nhs.example", None)
    add(f, iphone_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Kayleigh Brennan", "2046-02-17", "17/02/2046"), ch("Rio Brennan", "2062-08-30", "30/08/2062")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT AT 19:38 (OUT OF HOURS), NO ALARM WORDS: a 16-year-old mother and her 12-week-old baby put out of "
        "the house with no money or milk, about to be collected at 8.30 by a 26-year-old stranger from Snapchat "
        "(DESIGN safety rule 1; at night the out-of-hours service is alerted) -> alert_duty. Both are children: "
        "Kayleigh (16) and Rio. A family nurse's report, not an Early Help step-up -> kind other. Concern: an adult "
        "stranger offering a 16-year-old and her baby a bed -> exploitation. iPhone mail (format=flowed, QP).",
        not_children=["Gemma Faulkner-Ross"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2062-11-15 10:03:52"
    body = T("""
Thank you for your email. I am on annual leave, returning on Monday 20th November.

I will not be checking my emails while I am away. For anything about my caseload please contact the Roehampton community midwives' office on 020 7946 0530.

If you have an urgent safeguarding concern about an unborn or newborn baby, please contact the Safeguarding Midwives team on 020 7946 0533 (Monday to Friday, 9-5). If you think a baby is in immediate danger, call 999.

Alys Penhaligon
Community Midwife, Roehampton team
Wandle Valley Hospital NHS Trust
""")
    add(f, ooo(f, when, "Penhaligon, Alys", "alys.penhaligon@wvh.nhs.example", addr("Early Help Duty", RED),
               "Step-down review meeting - Whitlock [SB-richmond_wandsworth-3187]", body),
        "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - OUT-OF-OFFICE BOILERPLATE: 'Automatic reply:' with Auto-Submitted: auto-replied (DESIGN kind "
        "auto_reply; safety rule 2, never answered) -> ignore. 'urgent safeguarding concern', 'immediate danger' and "
        "999 are the midwife's standing advice, about no child (safety rule 1: not an immediate risk).")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2062-11-07 12:40:05"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-richmond_wandsworth-3152
Children: Ayla Demir-Shaw, Arlo Demir-Shaw
Mosaic: 1598823, 1598824
Case discussion: Thursday 9 November 2062, 11:00 (agreed with the Early Help duty team manager)

What is missing:
- the draft plan for Early Help

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

The draft Early Help plan is attached. Jasper and I are still on for Thursday 9th at 11.

Marta

Marta Kowalczyk
Social Worker, Children in Need Team (Richmond)
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "06 November 2062 09:24",
              "Kowalczyk, Marta <Marta.Kowalczyk@richmondandwandsworth.gov.uk>",
              "Step-down request received - Demir-Shaw [SB-richmond_wandsworth-3152]", ack)
    plan = docx_att("Draft EH plan - Demir-Shaw twins.docx", [
        "# Draft Early Help plan", "Children: Ayla Demir-Shaw (22/04/2062) and Arlo Demir-Shaw (22/04/2062)",
        "Goal 1: Sevda has a weekly routine for the twins' hospital and community nurse appointments (EH worker, 6 weeks).",
        "Goal 2: both twins have their 9-12 month development reviews with the health visitor.",
        "Goal 3: Sevda joins the twins' group at Whitton Family Hub on Wednesdays.",
        "Review: within 4 weeks of handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("Kowalczyk, Marta", "Marta.Kowalczyk@" + RDOM), addr("Early Help Duty", RED),
                      "RE: Step-down request received - Demir-Shaw [SB-richmond_wandsworth-3152]", when)
    add(f, mail(f, top, body, [plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["1598823", "1598824"],
        [ch("Ayla Demir-Shaw", "2062-04-22", "22/04/2062"), ch("Arlo Demir-Shaw", "2062-04-22", "22/04/2062")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-3152] (richmond_wandsworth_04's family) adding the missing draft plan "
        "(DESIGN kind follow_up -> attach_to_request; missing [] for a follow_up). The quoted acknowledgement's "
        "'What is missing:' heading is no 'missing' concern. Children and Mosaic ids from the quoted acknowledgement, "
        "DOBs from the attached plan. Nothing about consent or the manager in this mail -> null.",
        not_children=["Marta Kowalczyk"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2062-09-07 14:26:40"
    body = T("""
Hello MAST,

I'm the community psychiatric nurse with the perinatal mental health service. I've just come off a video call (14.05) with Sumaiya Akter, who is at home in Stepney with her son Ayaan Chowdhury, 14 days old (DOB 24/08/2062). Her partner Rafiq is at work until 8pm and her mother is in Sylhet.

Sumaiya has not slept for three nights and stopped her medication on Monday. On the call she told me Ayaan "isn't really him - they swapped him at the hospital" and that she has to "send him back to God today so the real one comes home". She was holding him the whole time. When I asked to speak to Rafiq she ended the call, and she is not picking up now.

The home treatment team can't get to her before 5pm. I have left a message for Rafiq at his work.

Address: Flat 22, Hardwick House, Ben Jonson Road, London E1 9ZW.

Ifeoma Chukwu-Barnes
Community Psychiatric Nurse, Perinatal Mental Health Service (East London)
07700 900 611
""")
    top = outlook_top(f, addr("Chukwu-Barnes, Ifeoma", "ifeoma.chukwu-barnes@elft.nhs.example"), addr("MAST", TMAST),
                      "Sumaiya Akter and baby Ayaan - please call me back", when, mid_domain="elft.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ayaan Chowdhury", "2062-08-24", "24/08/2062")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, NO ALARM WORDS: a mother off her medication, three nights without sleep, believing her 14-day-old "
        "'isn't really him' and that she must 'send him back to God today', alone with him and not answering (DESIGN "
        "safety rule 1: immediate risk now; Tower Hamlets seed: immediate child protection concern -> MAST) -> "
        "alert_duty. A perinatal nurse's report, not an Early Help step-up -> kind other. Concern: "
        "parental_mental_health. Only the baby is a child; 'baby Ayaan' in the subject, his full name in the body.",
        not_children=["Sumaiya Akter", "Ifeoma Chukwu-Barnes"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2062-10-16 11:14:02"
    body = T("""
MAST,

Tahmina Begum, DOB 09/03/2047 (15), is 24 weeks pregnant and booked with us. She missed her scan this morning. At 10.50 this text came to my work mobile from a number I don't know:

"its tahmina this is my friends fone. im at kash's flat in bow he took my fone and keys and wont let me go out. he says if i go to the scan theyll take the baby off me. please dont tell my mum"

"Kash" is Kashif, 24, who she named at booking as the baby's father. I texted back asking where exactly and she replied "flat 9 top floor the tower on roman rd". Nothing since, and the number goes to voicemail.

We referred her in July because of his age; I don't know what came of it.

Hannah Oyelowo-Grant
Specialist Midwife (Vulnerable Women)
Whitechapel Maternity Unit
07700 900 726
""")
    top = plain_top(f, addr("Hannah Oyelowo-Grant", "hannah.oyelowo-grant@whitechapel.nhs.example"), addr("MAST", TMAST),
                    "Tahmina (15) - kept in a flat in Bow - text this morning", when, "whitechapel.nhs.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Tahmina Begum", "2047-03-09", "09/03/2047")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, NO ALARM WORDS: a pregnant 15-year-old texting from a friend's phone that a 24-year-old has taken "
        "her phone and keys 'and wont let me go out' (DESIGN safety rule 1; Tower Hamlets seed: immediate concern -> "
        "MAST, 999) -> alert_duty. The 15-year-old is the child; the unborn baby is not a named child. A midwife's "
        "report -> kind other. Concerns: a 24-year-old who made a 15-year-old pregnant -> sexual_harm; holding and "
        "controlling her -> exploitation.",
        not_children=["Hannah Oyelowo-Grant"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2062-12-12 09:41:27"
    body = T("""
Morning MAST,

Please find attached the Multi-Agency Request for Support for the Hossain family (baby Ibrahim and his sister Safa). My team manager, Abdul Karim, agreed the step-up this morning.

Many thanks,
Shapla

Shapla Uddin-Kerr
Early Help Practitioner | Bow Family Hub | Tower Hamlets Council
020 7946 0644

""") + TDISC
    marf = pdf_att("MARF - Hossain - 12.12.2062.pdf", "Multi-Agency Request for Support (MARF) - Tower Hamlets MAST", [
        "Referrer: Shapla Uddin-Kerr, Early Help Practitioner, Bow Family Hub, 020 7946 0644",
        "Child 1: Ibrahim Hossain    DOB: 28/10/2062 (6 weeks)",
        "Child 2: Safa Hossain    DOB: 15/01/2059",
        "Parents: Nasreen Begum-Hossain (mother); Mohammed Hossain (father)",
        "Address: 14 Fairfoot Road, London E3 9ZP        Mosaic ID: not known",
        "Early Help involvement: Early Help plan since August 2062 (mum's isolation, Safa's nursery place).",
        "Reason for request:",
        "On 11/12/2062 at the baby clinic mum told me quietly that on Sunday night (10/12) Mr Hossain held a cushion "
        "over Ibrahim's face 'to stop the crying' until she pulled it away, and that he said next time she will not "
        "be there to stop him. She says he controls all the money and checks her phone, and she is frightened of him. "
        "She would not go to the police.",
        "Mr Hossain does not work and is at home alone with both children today; mum is at work until 4pm.",
        "Is there an immediate risk of harm to the child? YES - see above.",
        "Parent/carer aware of this request? Mum is aware and agrees to the referral; she asked that Mr Hossain is "
        "not told.",
        "Manager agreement: Abdul Karim, Team Manager, Early Help (Bow), 12/12/2062"])
    top = outlook_top(f, addr("Uddin-Kerr, Shapla", "Shapla.Uddin-Kerr@" + TDOM), addr("MAST", TMAST),
                      "MARF - Hossain family", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Ibrahim Hossain", "2062-10-28", "28/10/2062"), ch("Safa Hossain", "2059-01-15", "15/01/2059")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT: the body is a routine 'please find attached'; the MARF (.pdf) says the father "
        "held a cushion over the 6-week-old's face on Sunday, threatened 'next time', and is at home alone with both "
        "children today (DESIGN safety rule 1: every part, attachments included, is read) -> alert_duty. As a request "
        "it is a complete Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support = the attached MARF; "
        "manager_agreed 'agreed the step-up this morning') -> missing []. Full names and DOBs only in the PDF "
        "(order Ibrahim, Safa). 'Mosaic ID: not known' -> no case id. Consent: 'Mum is aware and agrees to the "
        "referral' -> true. Concerns: the cushion -> physical_harm; control, money, fear -> domestic_abuse.",
        not_children=["Shapla Uddin-Kerr", "Abdul Karim", "Mohammed Hossain"], names_only_in_attachments=True)

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2062-09-20 12:05:19"
    body = T("""
Dear MAST,

Please see the attached MARF for Leah Shepherd's family: Mason Shepherd (DOB 04/07/2059) and Leah's unborn baby (20 weeks, EDD 07/02/2063). Mosaic ID 1702288 (Mason). My TM, Fatima Sheikh, agreed the step-up today, and Leah agrees to the referral to MAST.

Why now: Leah's drinking has increased since she found out she was pregnant. Nursery have smelled alcohol on her at pick-up twice this month (06/09 and 15/09) and Mason has been collected late four times. She is honest about it and has self-referred to the drug and alcohol service, but has not yet gone to the assessment.

A note on the baby's father, because it will come up: Carl Weekes was convicted in 2056 of GBH on his then partner's 10-week-old daughter. He is in prison with an earliest release date in 2066. Leah ended the relationship before she knew she was pregnant, there has been no contact, and she has told the midwife she does not want him named on the birth certificate. The MARF answers "no" to immediate risk for that reason. If he were ever released early, the pre-birth assessment would need to look at that again - but that is not where we are.

Daniel

Daniel Okoye
Early Help Practitioner | Poplar Family Hub | Tower Hamlets Council

""") + TDISC
    marf = pdf_att("MARF - Shepherd - 20.09.2062.pdf", "Multi-Agency Request for Support (MARF) - Tower Hamlets MAST", [
        "Referrer: Daniel Okoye, Early Help Practitioner, Poplar Family Hub",
        "Child: Mason Shepherd    DOB: 04/07/2059    Mosaic ID: 1702288",
        "Unborn: EDD 07/02/2063 (mother 20 weeks)",
        "Parent: Leah Shepherd (27)",
        "Reason for request: mother's increasing alcohol use in pregnancy; smelled on her at nursery pick-up "
        "06/09/2062 and 15/09/2062; Mason collected late x4.",
        "Father of the unborn baby: Carl Weekes, in prison (earliest release 2066); no contact.",
        "Is there an immediate risk of harm to the child? No.",
        "Parent/carer aware of this request? Yes - Leah agrees.",
        "Manager agreement: Fatima Sheikh, Team Manager, Early Help (Poplar), 20/09/2062"])
    top = outlook_top(f, addr("Okoye, Daniel", "Daniel.Okoye@" + TDOM), addr("MAST", TMAST),
                      "MARF / step up - Shepherd (Mason + unborn)", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["1702288"], [ch("Mason Shepherd", "2059-07-04", "04/07/2059")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - A DANGEROUS FATHER WHO IS NOT THERE: a 2056 conviction for GBH on a baby, in prison until at least "
        "2066, no contact; 'If he were ever released early' is hypothetical and the MARF answers 'No' to immediate "
        "risk (DESIGN safety rule 1: historic and hypothetical risk does not trigger) -> not urgent, no "
        "physical_harm. Complete Tower Hamlets MAST step-up (REQUIREMENTS: the MARF attached, manager agreed) -> "
        "missing [] -> book_meeting. Concern: Leah's drinking in pregnancy -> substance_misuse. The unborn baby is "
        "not a named child; 'Mosaic ID 1702288' -> '1702288'.",
        not_children=["Daniel Okoye", "Fatima Sheikh", "Carl Weekes", "Leah Shepherd"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2062-12-04 08:06:44"
    body = T("""
EDT HANDOVER TO MAST - FOR FOLLOW-UP TODAY, NO OVERNIGHT ACTION OUTSTANDING

Family: Grace Addo (mother, 22) and Bilal Addo (DOB 21/10/2062, 6 weeks), 5 Wicker Court, Poplar E14 9ZR. Not known to Mosaic before this weekend.

Sat 02/12 23:10 - Police called by a neighbour. Tyrone Osei (Bilal's father, not living there) had assaulted Grace (punched, hair pulled) while she was holding Bilal. He was arrested at the scene. Police DASH: high risk.

Sat 23:55 - Grace and Bilal taken by police to the maternal grandmother, Abena Addo (31 Wick Lane, E3 9ZS). Bilal checked at the Royal London ED at 01:30: no injuries, discharged to Grace at her mother's at 03:20.

Sun 03/12 14:00 - Police confirm Mr Osei was on licence; probation have recalled him to prison and he was taken to HMP Thameside on Sunday afternoon. Officer in case DC 4471 Harcourt.

Sun 16:30 - I phoned Grace at her mother's. She and Bilal are staying there, she does not want to go back to the flat, and her mother is very supportive. Grace agrees to a MAST / early help conversation. No immediate safeguarding concerns overnight; no further action by EDT.

For MAST: please follow up today - the police have referred to the IDVA service and MARAC is likely. Grace's phone: 07700 900 273.

Marcus Ellery-Dunn
Senior Practitioner, Emergency Duty Team (out of hours)
""")
    top = plain_top(f, addr("Ellery-Dunn, Marcus", "Marcus.Ellery-Dunn@" + TDOM), addr("MAST", TMAST),
                    "EDT handover - weekend 2/3 December - Addo - for MAST follow-up", when, TDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [ch("Bilal Addo", "2062-10-21", "21/10/2062")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS - AN EDT HANDOVER AFTER THE DANGER HAS PASSED: the assault was on Saturday; the father has been "
        "recalled to prison, the baby was checked in ED with no injuries and is with mum at her supportive "
        "grandmother's, 'No immediate safeguarding concerns overnight' (DESIGN safety rule 1: resolved, the child "
        "already safe) -> not urgent, despite 'assaulted', 'arrested' and 'DASH: high risk'. An out-of-hours handover "
        "for MAST follow-up, not a step request -> kind other -> human_review. Concern: domestic_abuse (this "
        "weekend's assault, the reason for the handover). The adults are not children.",
        not_children=["Grace Addo", "Tyrone Osei", "Abena Addo", "Marcus Ellery-Dunn"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2062-10-26 16:15:31"
    body = T("""
Hello Early Help Hub,

Step-down to Early Help for Nusaybah Islam (DOB 14/07/2062), Mosaic ID 1699350.

Nusaybah's mum, Sadia Islam, is 18 and has a family nurse. The Child and Family Assessment concluded on 20/10/2062 with a recommendation for a TAF plan - the assessment and the draft TAF plan are attached.

Lead Practitioner: Jasmin Hale, Family Nurse, Family Nurse Partnership (Tower Hamlets). Jasmin has agreed to take the lead.
Consent: Sadia signed consent to the step-down and the TAF on 23/10/2062.
TAF meeting: I will chair it on Thursday 2 November at 10:00 at Shadwell Family Hub.

The worries now are Sadia's low mood since the birth (she is with Talking Therapies) and her isolation since she moved into her own flat. Nusaybah is thriving - feeding well and on the 50th centile. My TM, Yusuf Malik, signed off the step-down today.

Rosie

Rosie Adeyemi-Hart
Social Worker | Children in Need Team (Shadwell) | Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F Assessment - Nusaybah Islam - concluded 20.10.2062.pdf", "Child and Family Assessment - summary", [
        "Child: Nusaybah Islam, DOB 14/07/2062. Mosaic ID 1699350. Mother: Sadia Islam (18).",
        "Assessment started 08/09/2062; concluded 20/10/2062.",
        "Outcome: needs can be met by a multi-agency Early Help plan (TAF) with a Lead Practitioner.",
        "Analysis: a young mother caring well for her baby; low mood and isolation; good engagement with FNP."])
    plan = docx_att("TAF plan - Nusaybah Islam.docx", [
        "# Team Around the Family plan (draft)", "Lead Practitioner: Jasmin Hale (FNP)",
        "1. Sadia to continue Talking Therapies; Jasmin to review mood at each visit.",
        "2. Young parents' group at Shadwell Family Hub, Tuesdays.",
        "3. Housing officer to complete the furniture grant."])
    top = outlook_top(f, addr("Adeyemi-Hart, Rosie", "Rosie.Adeyemi-Hart@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to Early Help - Nusaybah Islam - TAF Thurs 2 Nov", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1699350"], [ch("Nusaybah Islam", "2062-07-14", "14/07/2062")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down ('Stepping Down - From Child Protection/Child in Need'; REQUIREMENTS "
        "tower_hamlets step_down: assessment, draft_plan, consent, lead_practitioner): C&F assessment (.pdf) and "
        "draft TAF plan (.docx) attached, consent signed, Lead Practitioner named with her agency (a family nurse) -> "
        "missing [] -> book_meeting. The TAF the social worker chairs on 2 Nov is within 10 working days of the "
        "assessment concluding on 20 Oct (a deadline, not a labelled field). Mum, 18, is an adult. Concern: Sadia's "
        "low mood -> parental_mental_health. TM 'signed off the step-down' -> true.",
        not_children=["Sadia Islam", "Jasmin Hale", "Yusuf Malik", "Rosie Adeyemi-Hart"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2062-11-14 11:30:08"
    rows = [("Amara-Joy Fernandes", "01/09/2062", "1712006"), ("Luca Fernandes", "11/02/2058", "1712007")]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}'
         'td,th{font-family:Calibri,sans-serif;font-size:11pt;border:1px solid #999;padding:3px 8px}</style></head>\n'
         '<body>\n<p>Good morning,</p>\n'
         '<p>I&#39;d like to step Amara-Joy and Luca down to Early Help following the Child and Family Assessment, '
         'which concluded on 10/11/2062.</p>\n'
         '<table style="border-collapse:collapse">\n<tr><th>Name</th><th>DOB</th><th>Mosaic ID</th></tr>\n'
         + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows) +
         '</table>\n<p>&nbsp;</p>\n'
         '<p>Amara-Joy was born at 33 weeks and was on the neonatal unit for four weeks; she is now gaining steadily '
         'under the neonatal outreach team. The worries are mum&#39;s anxiety since the neonatal unit (she is on the '
         'perinatal team&#39;s list) and Luca&#39;s attendance in reception, which has been 81% this term.</p>\n'
         '<p><b>Lead Practitioner:</b> Oonagh Brady, Health Visitor, Tower Hamlets 0-19 Service.</p>\n'
         '<p><b>Consent:</b> mum hasn&#39;t decided yet - she wants to talk it through with dad after his night '
         'shifts, and I&#39;ll confirm her consent on Friday.</p>\n'
         '<p>Attached: the C&amp;F assessment and the draft TAF plan.</p>\n'
         '<p>Kwame Asante-Blyth<br>Social Worker | Assessment &amp; Intervention Team | Tower Hamlets Council</p>\n'
         '</body></html>\n')
    cfa = pdf_att("CFA - Fernandes - 10.11.2062.pdf", "Child and Family Assessment - Fernandes", [
        "Children: Amara-Joy Fernandes (01/09/2062); Luca Fernandes (11/02/2058).",
        "Assessment concluded 10/11/2062. Recommendation: step down to a TAF with a Lead Practitioner.",
        "Needs: mother's anxiety after the neonatal unit; Luca's attendance in reception (81%)."])
    plan = docx_att("Draft TAF plan - Fernandes.docx", [
        "# Draft TAF plan - Fernandes", "Lead Practitioner: Oonagh Brady (HV)",
        "1. Perinatal team assessment for mum.", "2. School attendance plan for Luca with the school's family worker.",
        "3. Neonatal outreach to continue Amara-Joy's weight checks until discharge."])
    body = multipart("mixed", [text_part(h, "html", crlf=True), cfa, plan], bnd(f, 1))
    top = outlook_top(f, addr("Asante-Blyth, Kwame", "Kwame.Asante-Blyth@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Fernandes children", when)
    add(f, build(top, body, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1712006", "1712007"],
        [ch("Amara-Joy Fernandes", "2062-09-01", "01/09/2062"), ch("Luca Fernandes", "2058-02-11", "11/02/2058")],
        ["parental_mental_health", "school_attendance"], None, None, ["consent"], None, "request_info",
        "HTML-only Outlook step-down (children in an HTML table, no text/plain part) to the Tower Hamlets Early Help "
        "inbox: assessment (.pdf), draft TAF plan (.docx) and a Lead Practitioner with agency are there, but consent "
        "is still to be asked ('mum hasn't decided yet ... I'll confirm her consent on Friday' -> null, DESIGN: still "
        "to be asked is null) -> consent missing -> request_info (Tower Hamlets seed: 'Consent should be sought from "
        "the family and a lead professional identified'). Concerns: mum's anxiety -> parental_mental_health; Luca's "
        "81% -> school_attendance. Manager not mentioned -> null (not required).",
        not_children=["Oonagh Brady", "Kwame Asante-Blyth"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2062-10-27 09:02:15"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "jasmin.hale@eastlondonfnp.nhs.example",
               "TAF meeting - Islam [SB-tower_hamlets-2871]",
               "Tower Hamlets Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "2062-10-27 09:01:48")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for stepbot's TAF invitation to the lead practitioner at a mistyped address (DESIGN kind "
        "auto_reply: bounce; safety rule 2, never answered) -> ignore.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2062-11-16 12:10:44"
    comment = ("Sorry, I can't make Tuesday. I'm writing this from the children's ED at Torbay Hospital - I brought "
               "Jago Pengelly (10 weeks) in from clinic this morning with a soft swollen patch on the side of his "
               "head, and he has been sick twice. Dad arrived 20 minutes ago and is telling the nurses they're taking "
               "him home to sleep it off, and mum is going along with it. The doctors haven't looked at the scan yet. "
               "Kerensa (HV) 07700 900 845")
    data = itip_reply(f, when, "Polglase, Kerensa", "kerensa.polglase@torbayhealth.nhs.example",
                      ("Torbay Early Help", BEH), "DECLINED",
                      "Under-5s triage - Pengelly - LCS-2419873 [SB-torbay-1920]",
                      "20621121T113000", "20621121T120000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["LCS-2419873"], [ch("Jago Pengelly")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the under-5s triage whose "
        "COMMENT (and text part) says a 10-week-old with a swollen head and vomiting is in ED and his father is "
        "taking him home before the scan is read (DESIGN safety rule 1: 'a meeting reply's comment' is read) -> "
        "alert_duty overrides record_reply. Case id from the SUMMARY; Jago's age but no DOB -> dob null. Concern: "
        "a head injury in a baby -> physical_harm. No alarm words.")

def torbay_02():
    f = "torbay_02.eml"; when = "2062-09-13 15:22:05"
    body = T("""
Hello MASH,

I'm Ellie's family nurse (FNP) and her lead professional at level 3 (EHM-782301).

Ellie Hocking (DOB 22/05/2045) has just rung me in tears. Alfie Hocking (DOB 26/07/2062, 7 weeks) has been floppy and sleepy since about 1pm, has been sick three times and won't take his bottle. She says Brandon (Alfie's dad, 20) "dropped him" on the kitchen floor this morning. Brandon has told her not to ring anyone or take Alfie to the doctor "because they'll take him off you". Brandon is at the flat with them now - 2 Quay View, Brixham TQ5 9ZB.

Ellie agreed to me contacting you. My FNP supervisor, Morwenna Jago, agrees this needs to come to MASH for level 4. I've told Ellie to ring 999 and I'm on my way there (20 minutes).

Demelza Trewhella
Family Nurse, Torbay Family Nurse Partnership
07700 900 514
""")
    top = outlook_top(f, addr("Trewhella, Demelza", "demelza.trewhella@torbayhealth.nhs.example"), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Ellie Hocking (17) and Alfie Hocking (7 wks) - EHM-782301", when,
                      mid_domain="torbayhealth.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-782301"],
        [ch("Ellie Hocking", "2045-05-22", "22/05/2045"), ch("Alfie Hocking", "2062-07-26", "26/07/2062")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "URGENT STEP-UP, NO ALARM WORDS: a 7-week-old floppy and vomiting after his father 'dropped him', the father "
        "at the flat forbidding a doctor (DESIGN safety rule 1) -> alert_duty. It is also a Torbay step-up ('Step up "
        "processes from level 3 to level 4', step 2: the lead professional's contact to MASH with parental consent "
        "and manager agreement): the family nurse is the level 3 lead professional; 'Ellie agreed to me contacting "
        "you' -> consent true; 'My FNP supervisor ... agrees this needs to come to MASH for level 4' -> manager true "
        "-> missing []. Ellie is 17, so both she and Alfie are children. Concern: physical_harm.",
        not_children=["Demelza Trewhella", "Morwenna Jago"])

def torbay_03():
    f = "torbay_03.eml"; when = "2062-12-04 10:14:37"
    body = T("""
Hello MASH,

Contact about Isla-Rose Widdicombe (DOB 09/08/2062, 4 months), EHM-790455, whom I support at level 3 with her mum, Tegan Widdicombe (20).

New information: on Saturday night Tegan was taken to hospital by the police after she told her sister she wanted to harm herself and the baby. She was assessed on Sunday and is now detained under section 2 on the Haytor ward. Isla-Rose was not hurt. She is staying with her maternal grandmother, Sandra Widdicombe, at 18 Fisher Street, Paignton. I visited there this morning: Isla-Rose is safe and well cared for - feeding, clean and settled - and Sandra has taken leave from work. The ward is not allowing Tegan unsupervised contact; Sandra takes Isla-Rose in for supervised visits.

So there are no immediate safety concerns for Isla-Rose today, but her longer-term care needs considering at level 4: Tegan may be in hospital for weeks and there is no plan beyond Sandra's goodwill.

Tegan agreed to me contacting you when I saw her on the ward yesterday, and Sandra agrees too. My team manager, Lowenna Rowe, and I agree this needs to be considered for level 4.

Jory Penhale
Family Practitioner, Torbay Early Help (Paignton)
01632 960 377
""") + "\n" + BDISC
    top = outlook_top(f, addr("Penhale, Jory", "Jory.Penhale@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Isla-Rose Widdicombe - EHM-790455", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-790455"], [ch("Isla-Rose Widdicombe", "2062-08-09", "09/08/2062")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - THE CHILD ALREADY SAFE: the threat 'to harm herself and the baby' was on Saturday; mum is now "
        "detained under section 2, contact is supervised, and the worker saw the baby safe and well with her "
        "grandmother this morning - 'no immediate safety concerns for Isla-Rose today' (DESIGN safety rule 1) -> not "
        "urgent. A Torbay step-up (contact to MASH, level 3 -> 4): consent from the parent ('Tegan agreed to me "
        "contacting you') -> true; worker and team manager 'agree this needs to be considered for level 4' -> "
        "true -> missing [] -> book_meeting (MASH threshold discussion). Concern: parental_mental_health.",
        not_children=["Tegan Widdicombe", "Sandra Widdicombe", "Lowenna Rowe", "Jory Penhale"])

def torbay_04():
    f = "torbay_04.eml"; when = "2062-11-09 10:30:12"
    body = T("""
Dear MASH and Early Help duty colleagues,

Please accept this invitation to a 90-minute briefing for duty staff on responding to crying babies (ICON) and to bruising in babies who are not independently mobile.

We will work through two short scenarios together:

Scenario 1: Baby C is 6 weeks old. At a GP appointment for colic the GP notices a small bruise on her cheek. Mum says the toddler hit the baby with a toy. What do you do, and who do you tell, before the family leaves the surgery?

Scenario 2: At 3am a father rings 111: "the baby won't stop crying and I think I'm going to shake him." What does the call handler do, and what happens the next morning?

The scenarios are fictional and are used for training only. Please read the attached briefing pack beforehand.

TSCP Training Team
Torbay Safeguarding Children Partnership
""")
    pack = pdf_att("ICON and non-mobile bruising - briefing pack.pdf", "ICON and bruising in non-mobile babies", [
        "Torbay Safeguarding Children Partnership - duty team briefing, 30 November 2062",
        "ICON: Infant crying is normal; Comfort methods can help; It's OK to walk away; Never shake a baby.",
        "Bruising in a baby who is not independently mobile: always seek a paediatric opinion the same day.",
        "Immediate danger: call 999. Otherwise contact the MASH the same day.",
        "Scenarios in this pack are fictional and for training only."])
    cal = ics_request(f, when, "Duty team briefing: ICON and bruising in non-mobile babies", "20621130T130000",
                      "20621130T143000", "Microsoft Teams Meeting", body,
                      ("TSCP Training", "tscp.training@" + BDOM),
                      [("Torbay MASH", BMASH), ("Torbay Early Help", BEH)])
    top = request_top(f, addr("TSCP Training", "tscp.training@" + BDOM), addr("Torbay MASH", BMASH),
                      "Duty team briefing: ICON and bruising in non-mobile babies", when,
                      cc=addr("Torbay Early Help", BEH))
    add(f, itip_request_mail(f, top, body, cal, [pack]), "torbay", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING INVITATION: an Outlook meeting REQUEST (METHOD:REQUEST, not an iTIP REPLY, so not a "
        "meeting_reply) whose scenarios - a bruised 6-week-old, a father about to shake his baby - are 'fictional "
        "and ... used for training only' (DESIGN safety rule 1: examples in bulletins do not trigger) -> not urgent, "
        "kind other -> human_review. 'Baby C' is no named child.")

def torbay_05():
    f = "torbay_05.eml"; when = "2062-09-05 14:40:27"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Retallick children - both under 5, so I think it's the under-5s triage:

Lowen Retallick, DOB 19/01/2062 (7 months)
Piran Retallick, DOB 03/11/2057 (4)
LCS-2398110

The Single Assessment is attached with my analysis and the rationale for stepping down; my TM, Carys Eddy, has recorded her analysis confirming the threshold for level 3 is met.

Mum and dad both consented to level 3 Early Help when I saw them on 01/09/2062.

Background: we assessed after Lowen's weight faltered in the spring (he dropped two centile lines). It turned out to be cow's milk protein allergy; he's on a specialist formula and has gained steadily since May. What remains is dad's weekend drinking (he is engaging with Torbay Recovery) and money worries.

Nathan

Nathan Kitto
Social Worker, Single Assessment Team | Torbay Council
""") + "\n" + BDISC
    sa = pdf_att("Single Assessment - Retallick - Sept 2062.pdf", "Single Assessment - Retallick (LCS-2398110)", [
        "Children: Lowen Retallick (19/01/2062); Piran Retallick (03/11/2057).",
        "Reason for assessment: Lowen's weight faltering (two centile lines, March-April 2062).",
        "Findings: cow's milk protein allergy diagnosed 02/05/2062; weight gain steady since on specialist formula.",
        "Remaining needs: father's weekend alcohol use (engaging with Torbay Recovery); debt.",
        "Social worker's analysis and rationale: no further action at level 4; needs met by a level 3 coordinated "
        "Early Help response.",
        "Team manager's analysis: I agree - threshold met for level 3 intervention. Carys Eddy, TM, 04/09/2062."])
    top = outlook_top(f, addr("Kitto, Nathan", "Nathan.Kitto@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot request - Retallick - LCS-2398110", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2398110"],
        [ch("Lowen Retallick", "2062-01-19", "19/01/2062"), ch("Piran Retallick", "2057-11-03", "03/11/2057")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (Torbay seed steps 1-4; REQUIREMENTS torbay "
        "step_down: assessment, manager_agreed, consent): Single Assessment (.pdf) with the TM's analysis "
        "('confirming the threshold for level 3 is met' -> manager true), consent to level 3 Early Help -> true -> "
        "missing [] -> book_meeting; both children under 5 (Piran is 4 until November) -> the fortnightly under-5s "
        "triage. 'level 3' is written -> level 3. Lowen's weight faltering was explained (allergy) and resolved; the "
        "current worry is dad's drinking -> substance_misuse.",
        not_children=["Nathan Kitto", "Carys Eddy"])

def torbay_06():
    f = "torbay_06.eml"; when = "2062-11-24 17:25:50"
    body = T("""
Hi EH team

Can I have a triage slot for the Nancarrow family please. CIN plan is ending (SASF team).

Morwenna Nancarrow dob 02/10/2062
Tamsyn Nancarrow dob 14/04/2056
LCS-2421770

Mum's consented to level 3 EH. Worries are mum's low mood since the baby and Tamsyn's attendance (84% this term).

Single assessment to follow Monday - it isn't signed off yet as my TM is on leave till Weds.

Thanks
Keira

Sent from my iPhone
""")
    top = plain_top(f, addr("Keira Dunstan", "Keira.Dunstan@" + BDOM), addr("Early Help", BEH),
                    "Triage slot pls - Nancarrow", when, BDOM, None)
    add(f, iphone_mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2421770"],
        [ch("Morwenna Nancarrow", "2062-10-02", "02/10/2062"), ch("Tamsyn Nancarrow", "2056-04-14", "14/04/2056")],
        ["parental_mental_health", "school_attendance"], True, None, ["assessment", "manager_agreed"], None,
        "request_info",
        "Terse iPhone step-down (SASF route) to the Torbay Early Help inbox at 17:25: consent to level 3 given, but "
        "the Single Assessment is 'to follow Monday' and the TM has not yet agreed ('isn't signed off yet as my TM "
        "is on leave') -> assessment and manager_agreed missing (REQUIREMENTS torbay step_down) -> request_info. "
        "'level 3 EH' written -> level 3. A baby under 5 -> the under-5s triage when complete. Concerns: mum's low "
        "mood -> parental_mental_health; 84% attendance -> school_attendance.",
        not_children=[])

def torbay_07():
    f = "torbay_07.eml"; when = "2062-10-25 21:12:40"
    body = T("""
Hi,

I got this email address off the Torbay council website, sorry if it's the wrong place.

My girlfriend Jess is 32 weeks pregnant with our first baby. Yesterday the midwife told us children's services want to do a pre-birth assessment because I was in care (I was in foster care in Paignton from 11 until I was 18). I'm 20 now, I've got my own flat and I've been at the garage in Torquay for two years.

I've never hurt anyone and I'd never hurt my own child. My mate was in care too and they removed his baby at birth, so now Jess is scared the same will happen to us and she isn't sleeping. Is the assessment because they think I'm a risk? Will they take the baby just because of my past?

Is there something like early help we can ask for instead, or as well, so we can show them we're OK? We'd do parenting classes or anything.

Thanks
Callum Yeo
07700 900 372
""")
    top = plain_top(f, addr("Callum Yeo", "cal.yeo@example.com"), addr(None, BEH),
                    "pre birth assessment - can early help help us", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CARE-EXPERIENCED FATHER'S FEAR, NOT A RISK: 'they removed his baby at birth', 'a risk', 'take "
        "the baby' are a young father's worries about a pre-birth assessment; no child is in danger and the baby is "
        "not born (DESIGN safety rule 1: hypothetical) -> not urgent. A member of the public asking about early help, "
        "no step request from a practitioner -> kind other -> human_review. No named child (Jess is the adult "
        "mother; the baby is unborn).", not_children=["Callum Yeo"])

def torbay_08():
    f = "torbay_08.eml"; when = "2062-12-11 11:02:19"
    body = T("""
Hello Early Help team,

I'm one of the neonatal outreach nurses at Torbay Hospital. We're hoping to discharge a baby boy next week who was born at 30 weeks. His parents are lovely but exhausted, struggling with the tube-feeding regime, and mum is a care leaver with no family nearby. We have no concerns at all about their care of him; they just need a lot of support at home.

I'm not sure of the route: is this an Early Help request, and if so is there a form? Or does it go through the MASH? We haven't had a family like this for a while and the guidance on our intranet is out of date.

Thanks,
Siân

Siân Tregenza
Neonatal Outreach Nurse, Torbay Hospital
01632 960 451
""")
    top = outlook_top(f, addr("Tregenza, Siân", "sian.tregenza@torbayhealth.nhs.example"), addr("Early Help", BEH),
                      "Question - early help for a family leaving the neonatal unit?", when,
                      mid_domain="torbayhealth.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A neonatal outreach nurse's question about the route for a family (no form, no consent, no child named): "
        "a general enquiry, not a step request -> kind other -> human_review (DESIGN next_action). 'No concerns at "
        "all about their care of him' -> no concerns. RFC 2047 display name 'Siân'.",
        not_children=["Siân Tregenza"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2062-10-10 16:28:12"
    body = T("""
I've just left a 3pm new birth visit in Leominster (it had been rearranged twice).

Kelsey Morgan answered the door slurring and smelling strongly of drink. Ffion Morgan-Price, born 19/09/2062 (3 weeks), was in the double bed between where Kelsey had been lying and her partner Lee Price, who I could not wake. There were empty cider bottles and a vodka bottle on the bedroom floor and the duvet was over Ffion's face - I moved it and she is breathing and pink. Kelsey's mum, who has been staying to help, went to Worcester yesterday until Friday.

Nobody sober is in the house tonight. Kelsey said she would "just have a lie down with her" after I go. Lee woke up while I was weighing Ffion and told me to get out, so I left at 16.15. I'm parked round the corner.

Address: 6 Ryelands Mews, Leominster HR6 9ZD.

Bronwen Prothero
Health Visitor, Leominster 0-19 Team
07700 900 190
""")
    top = outlook_top(f, addr("Prothero, Bronwen", "bronwen.prothero@wvt.nhs.example"), addr("Herefordshire MASH", HMASH),
                      "URGENT - please ring me - Ffion Morgan-Price (3 wks), Leominster", when,
                      mid_domain="wvt.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ffion Morgan-Price", "2062-09-19", "19/09/2062")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT (the alarm word only in the subject line): a 3-week-old found in bed between two heavily intoxicated "
        "adults with the duvet over her face, nobody sober in the house tonight and the health visitor told to leave "
        "(DESIGN safety rule 1) -> alert_duty. A health visitor's report to the MASH inbox -> kind other (the "
        "Herefordshire seed defines no step-up; the kind is not one anyway). Concerns: parents' drinking -> "
        "substance_misuse; unsafe sleep with no sober carer -> neglect.",
        not_children=["Kelsey Morgan", "Lee Price", "Bronwen Prothero"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2062-12-01 13:05:36"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-herefordshire-1533
Children: Poppy Lloyd (29/09/2062), Mabli Lloyd (12/12/2058)
Mosaic: 618204, 618205
Key person: Catrin Bowen, Health Visitor, Hereford City 0-19 Team

Nothing is missing. The step-down should be completed and the case closed within 10 working days.

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Please hold this step-down - I'm not closing today.

The HV has just rung me from outside the Lloyds' house. Poppy is 9 weeks old and weighs 3.1kg - less than her birth weight of 3.4kg. Her fontanelle is sunken, she is very sleepy and barely woke to be weighed, and her last wet nappy was last night. The HV wants her seen at the paediatric assessment unit this afternoon, but dad won't let them take her and says they'll go "Monday if she's no better". Mum is saying nothing. The HV is still outside in her car and I'm going over now.

Gethin

Gethin Vaughan-Reece
Social Worker, Hereford Child in Need Team | 01632 960 744
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "28 November 2062 10:12",
              "Vaughan-Reece, Gethin <Gethin.Vaughan-Reece@herefordshire.gov.uk>",
              "Step-down plan received - Lloyd [SB-herefordshire-1533]", ack)
    top = outlook_top(f, addr("Vaughan-Reece, Gethin", "Gethin.Vaughan-Reece@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down plan received - Lloyd [SB-herefordshire-1533]", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["618204", "618205"],
        [ch("Poppy Lloyd", "2062-09-29", "29/09/2062"), ch("Mabli Lloyd", "2058-12-12", "12/12/2058")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP, NO ALARM WORDS: a reply to [SB-herefordshire-1533] holding a step-down because a "
        "9-week-old is below her birth weight, dehydrated (sunken fontanelle, no wet nappy since last night) and "
        "barely rousable, and her father refuses the paediatric assessment unit (DESIGN safety rule 1) -> alert_duty "
        "before attach_to_request. Children, DOBs and Mosaic ids from the quoted acknowledgement. Concern: medical "
        "neglect of a baby -> neglect. missing [] for a follow_up.",
        not_children=["Gethin Vaughan-Reece", "Catrin Bowen"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2062-11-08 10:47:03"
    body = T("""
Dear Early Help Co-ordinators,

Step-down at Level 3 (Intensive) for the Bevan children, as discussed with Verity at the Tuesday drop-in on 7 November:

Seren Bevan - 30/06/2062 - Mosaic 620117
Idris Bevan - 17/08/2059 - Mosaic 620118

Some context, as the chronology reads badly out of context: Seren's older brother Owain died suddenly in March 2061, aged 11 weeks. It was a sudden unexpected death in infancy; the police investigation and the child death review both closed with no concerns about the parents' care, and the post-mortem found no injuries. Because of the loss a pre-birth assessment was done for Seren, and she and Idris have had a Child in Need plan since her birth for bereavement support and safer sleep. There have never been any child protection concerns.

The CIN plan ended at the review on 01/11/2062. What remains is mum's anxiety - she checks Seren through the night and hardly sleeps - and dad's grief; both are seeing a bereavement counsellor.

Key person: Rhian Watkins, Health Visitor, Herefordshire 0-19 Service (Kington), agreed with the family and with Rhian.

Mum and dad have signed the consent form (attached), and the step-down plan is attached.

Anwen Pritchard
Social Worker, Kington & Leominster Locality Team
""") + "\n" + HDISC
    plan = docx_att("EHA step-down plan - Bevan.docx", [
        "# Early Help Assessment - step-down plan", "Children: Seren Bevan (30/06/2062); Idris Bevan (17/08/2059)",
        "What are we worried about? Mum's anxiety and sleep; dad's grief.",
        "What's working well? Warm, attentive parents; safer sleep followed; Idris settled at nursery.",
        "Wellbeing plan: HV fortnightly (Rhian Watkins); bereavement counselling; parents' group at Kington.",
        "Key person: Rhian Watkins, Health Visitor, Herefordshire 0-19 Service (Kington)."])
    consent = pdf_att("Consent - Bevan - signed.pdf", "Consent to Early Help - Bevan family", [
        "We consent to our family receiving Early Help and to information being shared with the Early Help team.",
        "Children: Seren Bevan, Idris Bevan",
        "Signed: Carys Bevan (mother)  Signed: Huw Bevan (father)  Date: 06/11/2062"])
    top = outlook_top(f, addr("Pritchard, Anwen", "Anwen.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan children (Level 3)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["620117", "620118"],
        [ch("Seren Bevan", "2062-06-30", "30/06/2062"), ch("Idris Bevan", "2059-08-17", "17/08/2059")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A SIBLING'S COT DEATH, CLOSED: 'died suddenly', 'police investigation', 'post-mortem' are a "
        "2061 sudden unexpected infant death closed 'with no concerns about the parents' care', and 'There have never "
        "been any child protection concerns' (DESIGN safety rule 1) -> not urgent, no physical_harm / neglect. "
        "Complete Herefordshire sibling-group step-down (seed: written consent, the EHA step-down plan, the key "
        "person agreed with the family): signed consent form (.pdf), plan (.docx), key person with agency -> "
        "missing [] -> book_meeting. 'Level 3 (Intensive)' -> level 3. Owain (died) is named by first name only. "
        "Concern: mum's anxiety -> parental_mental_health.",
        not_children=["Anwen Pritchard", "Rhian Watkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2062-09-14 11:20:50"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-herefordshire-1498
Child: Noah Hughes (03/02/2061)
Mosaic: 615873

What is missing:
- the details of the key person agreed with the family

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

As promised, attached is Katie's discharge summary from the perinatal mental health team, for the file and for Noah's key person. It sets out her relapse signature and crisis plan - please don't be alarmed by the wording, it's standard. Katie has been well for over a year, came off her medication in June with her psychiatrist's agreement, and was discharged on 30/08/2062.

Llinos

Llinos Davies-Cole
Social Worker, Hereford Child in Need Team
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "12 September 2062 15:40",
              "Davies-Cole, Llinos <Llinos.Davies-Cole@herefordshire.gov.uk>",
              "Step-down request received - Hughes [SB-herefordshire-1498]", ack)
    dis = pdf_att("Perinatal MH discharge summary - K Hughes.pdf", "Perinatal Mental Health Service - Discharge Summary", [
        "Patient: Katie Hughes    DOB: 04/06/2037",
        "Diagnosis: postpartum psychosis (February 2061); full remission since July 2061.",
        "Treatment: antipsychotic medication, stopped June 2062 with psychiatric agreement.",
        "Relapse signature (early warning signs): not sleeping for two nights or more; becoming preoccupied with "
        "religious ideas; believing the baby is not her own.",
        "Crisis plan: if two or more signs appear, Katie or her partner will phone the perinatal crisis line. There "
        "is a high risk of relapse in any future pregnancy or postnatal period; a pre-conception consultation is "
        "advised.",
        "Risk to the child: none identified at any point in this episode of care. Noah has remained in the care of "
        "both parents throughout.",
        "Discharged to GP care: 30/08/2062."])
    top = outlook_top(f, addr("Davies-Cole, Llinos", "Llinos.Davies-Cole@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received - Hughes [SB-herefordshire-1498]", when)
    add(f, mail(f, top, body, [dis], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["615873"], [ch("Noah Hughes", "2061-02-03", "03/02/2061")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A RELAPSE PLAN, NOT A RELAPSE: the attached discharge summary lists early warning signs ('believing "
        "the baby is not her own'), 'a high risk of relapse in any future pregnancy' and a crisis plan; all are "
        "conditional or historic (psychosis in 2061, full remission, discharged well, 'Risk to the child: none "
        "identified') (DESIGN safety rule 1: hypothetical / historic) -> not urgent and no current concern. A reply "
        "to [SB-herefordshire-1498] adding a document -> follow_up -> attach_to_request. Child and Mosaic id from "
        "the quoted acknowledgement; Katie (DOB 2037) is an adult.",
        not_children=["Katie Hughes", "Llinos Davies-Cole"], adults=[("Katie Hughes", "04/06/2037")])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2062-09-19 09:55:12"
    blocks = [
        "Morning co-ordinators,",
        "",
        "Please find the step-down for the Jenkins children at Level 3, following the Child & Family Assessment "
        "(decision 12/09/2062). I talked it through with Xavier on the phone last week.",
        "",
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Tomos Jenkins", "07/07/2062", "617350"],
                   ["Lili-Mai Jenkins", "21/02/2060", "617351"]]),
        "",
        "Mum, Kerry Jenkins (21), was looked after by Herefordshire until she was 18. The worries are her anxiety and "
        "her isolation - she has very few people she can call on. She has taken on all the safer sleep and feeding "
        "advice and Tomos is gaining well.",
        "",
        "{{Key person:}} Sophie Hollins, Family Support Worker, Leominster Children's Centre - agreed with Kerry and "
        "with Sophie.",
        "",
        "Attached are the EHA step-down plan and Kerry's signed consent form. Agreed with my manager, Ceri Baskerville.",
        "",
        "Gareth",
        "",
        "Gareth Probert-Ellis",
        "Social Worker, Leominster Locality Team | Herefordshire Council",
    ]
    plan = docx_att("EHA step-down plan - Jenkins.docx", [
        "# Early Help Assessment - step-down plan", "Children: Tomos Jenkins (07/07/2062); Lili-Mai Jenkins (21/02/2060)",
        "Wellbeing plan: Sophie Hollins to visit weekly for 8 weeks; Kerry to join the young parents' group; "
        "HV to continue Tomos's weight checks; nursery funding for Lili-Mai from January.",
        "Key person: Sophie Hollins, Family Support Worker, Leominster Children's Centre."], tables=[
        [["What needs to happen", "By whom", "Outcome", "Timescale"],
         ["Weekly visits", "Sophie Hollins", "Kerry has someone to call on", "8 weeks"],
         ["Young parents' group", "Kerry", "A network of her own", "From October"]]])
    consent = pdf_att("Consent - Jenkins - signed.pdf", "Consent to Early Help", [
        "I consent to my family receiving Early Help and to my information being shared with the Early Help team.",
        "Children: Tomos Jenkins, Lili-Mai Jenkins",
        "Signed: Kerry Jenkins    Date: 15/09/2062"])
    top = outlook_top(f, addr("Probert-Ellis, Gareth", "Gareth.Probert-Ellis@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Jenkins children", when)
    add(f, word_mail(f, top, blocks, [plan, consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["617350", "617351"],
        [ch("Tomos Jenkins", "2062-07-07", "07/07/2062"), ch("Lili-Mai Jenkins", "2060-02-21", "21/02/2060")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down, Word HTML mail with a table: EHA step-down plan (.docx, with "
        "the wellbeing-plan table), signed consent form (.pdf), key person with agency (Sophie Hollins, Leominster "
        "Children's Centre) -> missing [] (REQUIREMENTS herefordshire step_down: consent_form, draft_plan, "
        "lead_practitioner) -> book_meeting; sent within two weeks of the assessment decision (12 Sep). 'Level 3' -> "
        "3. Mum (21), a care leaver, is an adult. Concern: her anxiety -> parental_mental_health. 'Agreed with my "
        "manager' -> true.",
        not_children=["Kerry Jenkins", "Sophie Hollins", "Ceri Baskerville", "Gareth Probert-Ellis"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2062-11-27 08:50:33"
    body = T("""
Morning,

Step down plan attached for Ruby O'Donnell (DOB 15/08/2062), Mosaic 619940.

Mum (Chloe, 20) agreed to Early Help on the phone on Friday - I'll get the consent form signed at my visit on Thursday and send it over.

Key person: Hayley Price, Health Visitor, Hereford City 0-19 team.

Main worry is Chloe's cannabis use - she's cut down a lot and sees the drug service fortnightly. Ruby is doing well.

Thanks
Eleri

Sent from my iPhone
""")
    plan = docx_att("Step down plan - R O'Donnell.docx", [
        "# Early Help Assessment - step-down plan", "Child: Ruby O'Donnell (15/08/2062)",
        "Wellbeing plan: drug service fortnightly (Chloe); HV contacts at 4 and 6 months; Chloe to join baby massage "
        "at Hereford Family Hub.", "Key person: Hayley Price, Health Visitor, Hereford City 0-19 team."])
    top = plain_top(f, addr("Eleri Parry", "Eleri.Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Ruby O'Donnell", when, HDOM, None)
    add(f, iphone_mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["619940"], [ch("Ruby O'Donnell", "2062-08-15", "15/08/2062")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "iPhone step-down (apostrophe in the surname 'O'Donnell'): the plan (.docx) and the key person with agency "
        "are there, and mum 'agreed to Early Help on the phone' -> consent true; but the Herefordshire seed asks the "
        "social worker to 'obtain written consent' and the form is still to be signed -> consent_form missing -> "
        "request_info. No level written -> null. Concern: mum's cannabis use -> substance_misuse.",
        not_children=["Hayley Price"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2062-11-29 14:33:45"
    img, cid = inline_png(f, "image001.png", 1, (0, 94, 133), 160, 48)
    rows = [
        ("Request", "Step up to Children's Social Care"),
        ("Child", "Jayden Stokes, DOB 10/10/2060"),
        ("Unborn", "EDD 24/01/2063 (mum 31 weeks)"),
        ("Parent", "Amber Stokes (24)"),
        ("Mosaic", "621455"),
        ("Concerns", "Amber relapsed into heroin use (positive test at the drug service 14/11/2062) and has missed "
                     "three methadone pick-ups. Nursery say Jayden arrives hungry and in the same clothes for days; "
                     "the HV weighed him on 22/11/2062 and he has dropped from the 9th centile to below the 2nd."),
        ("Strengths", "Jayden attends nursery every day; his grandmother collects him three days a week."),
        ("Manager agreement", "Nia Gwilliam, Early Help Team Manager, agreed 28/11/2062"),
        ("Parent aware", "Amber knows I am making this request"),
        ("Worker", "Dafydd Lewis-Hart, Family Support Worker, Hereford Early Help, 01632 960 812"),
    ]
    h = layout_html("<b>Early Help - request to step up to Children's Social Care</b>",
                    [(k, esc(v)) for k, v in rows],
                    "Please contact me if you need anything else. Dafydd", cid, "Herefordshire Council")
    top = outlook_top(f, addr("Lewis-Hart, Dafydd", "Dafydd.Lewis-Hart@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Stokes (Jayden + unborn)", when)
    add(f, build(top, related_html(f, h, [img]), True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["621455"], [ch("Jayden Stokes", "2060-10-10", "10/10/2060")],
        ["neglect", "substance_misuse"], None, True, [], None, "human_review",
        "A PRE-BIRTH STEP-UP TO AN AUTHORITY WHOSE PROTOCOL DEFINES NONE: the Herefordshire seed covers step-down "
        "only (REQUIREMENTS: 'step_up is not defined by this seed') -> human_review, missing [] and notice null. "
        "HTML-only form (multipart/related with an inline logo; no text/plain part). Not urgent: planned, Jayden "
        "seen daily at nursery. Concerns: heroin relapse -> substance_misuse; hunger, unchanged clothes, weight "
        "falling -> neglect. 'Amber knows I am making this request' is not consent -> null; manager agreed -> true.",
        not_children=["Amber Stokes", "Nia Gwilliam", "Dafydd Lewis-Hart"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2062-11-03 15:12:09"
    data = google_reply(f, when, "Anwen Pritchard", "anwen.pritchard@herefordshire.gov.uk",
                        ("Herefordshire Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-1544]", "20621107T100000Z", "20621107T103000Z",
                        "Microsoft Teams", "Tue 7 Nov 2062 10:00 - 10:30 (GMT)")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED (plus invite.ics), from the social worker for the Tuesday "
        "step-down drop-in (Herefordshire seed: 'Tuesday morning step-down drop-in') -> meeting_reply -> "
        "record_reply. herefordshire_03 later refers to this drop-in.")


# ============================================================================= the specification, as the checks use it
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

# England & Wales bank holidays in 2062 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares). New Year's Day is Sunday 1 January, observed Monday 2 January; Good Friday 24 March;
# Easter Monday 27 March; Early May bank holiday Monday 1 May; Spring Bank Holiday Monday 29 May; Late Summer Bank
# Holiday Monday 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December.
BANK_HOLIDAYS = {date(2062, 1, 2), date(2062, 3, 24), date(2062, 3, 27), date(2062, 5, 1), date(2062, 5, 29),
                 date(2062, 8, 28), date(2062, 12, 25), date(2062, 12, 26)}
NEIGHBOURS = {date(2062, 8, 28): "Late Summer Bank Holiday", date(2062, 12, 25): "Christmas Day",
              date(2062, 12, 26): "Boxing Day"}            # the nearest, just outside the window
# The brief: "early September to mid December 2062". 1 September 2062 is a Friday: the window runs from Monday
# 4 September to Friday 15 December 2062 (the first and last full weeks of the autumn term).
WINDOW = (datetime(2062, 9, 4, tzinfo=LON), datetime(2062, 12, 15, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 26 March 2062 and ends at 01:00 UTC on Sunday 29 October 2062.
BST_START = datetime(2062, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2062, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2063            # EDDs run into 2063; no date of birth, meeting or Date header may be after 2062
MAX_MEETING_YEAR = 2062

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy."""
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

YEAR = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](\d{4})\b|\b(?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December) (\d{4})\b")      # a year written in a date
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
EDD = re.compile(r"EDD:?\s+(\d{2}/\d{2}/\d{4})")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

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
            if meeting.year > MAX_MEETING_YEAR: err("meeting after %d" % MAX_MEETING_YEAR)
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
    other_mb = "early_help_duty" if mb == "mash_step_up" else "mash_step_up"
    if MAILBOXES[(a, other_mb)].lower() in rcpt and not (a == "torbay" and e["kind"] == "other"):
        err("both of the authority's inboxes in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in [a or b for a, b in YEAR.findall(text + " " + str(msg["Subject"]))]:
        if int(y) > MAX_YEAR: err("year after %d in the text: %s" % (MAX_YEAR, y))
    for edd in EDD.findall(text):                      # an unborn baby's due date is never a labelled DOB
        iso = parse_dob(edd)
        if date.fromisoformat(iso) <= now.date(): err("EDD %s is not in the future" % edd)
        if any(c["dob"] == iso for c in e["children"]): err("an EDD %s labelled as a date of birth" % edd)
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in text" % c["name"])
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

CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}

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

def _calmethods(msg):
    return [(p.get_param("method") or "").upper() for p in _cal(msg)]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _alarm_only_in(msg, where):
    """The alarm words appear in `where` (a text) and nowhere else of the readable message once it is removed."""
    t = readable(msg)
    w = re.sub(r"\s+", " ", where)
    return ALARM.search(w) is not None and w in t and ALARM.search(t.replace(w, " ")) is None

def _k01(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return (_calmethods(msg) == ["REQUEST"] and "DTSTART;TZID=GMT Standard Time:20621101T100000" in c
            and "BEGIN:VTIMEZONE" in c and _exts(msg) == ["docx", "pdf", "pdf"]
            and _date(msg).utcoffset() == timedelta(hours=1) and "Baby Kinsella" not in readable(msg)
            and _wd("knowsley_01.eml") == 6)

def _k02(msg):
    t = readable(msg)
    return ("congenital dermal melanocytosis" in t and "There are no current safeguarding concerns" in t
            and "physical_harm" not in _exp("knowsley_02.eml")["concerns"] and _wd("knowsley_02.eml") == 5)

def _k03(msg):
    d = _date(msg)
    utc_day = d.astimezone(UTC).date()
    meet = META["knowsley_03.eml"]["meeting"]
    return (msg["Date"].strip().endswith("00:35:12 +0100") and utc_day == date(2062, 10, 26)
            and _today("knowsley_03.eml") == date(2062, 10, 27) and working_days(_today("knowsley_03.eml"), meet) == 4
            and working_days(utc_day, meet) == 5 and any(BST_END.date() == x for x in [date(2062, 10, 29)])
            and "half term" in _plain(msg))

def _k04(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "behind her left ear" in b[0] and "Maisie Gorman" not in b[0] and "Maisie Gorman" in b[1]
            and ALARM.search(b[0]) is None and ALARM.search(b[1]) is not None
            and "[SB-knowsley-2291]" in str(msg["Subject"]))

def _k05(msg):
    p = _plain(msg)
    ps = p[p.index("P.S. 11.40"):]
    return (_calmethods(msg) == ["REQUEST"] and "he's put the bedroom door in" in ps
            and "put the bedroom door in" not in p[:p.index("P.S. 11.40")] and _wd("knowsley_05.eml") == 6)

def _k06(msg):
    t = readable(msg)
    return (msg["Auto-Submitted"] == "auto-generated" and "Immediate concerns:    None identified" in _plain(msg)
            and ALARM.search(t) is not None and not re.search(r"EHM-\d", t))

def _k07(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=TENTATIVE" in c and "EHM-106355" in c and str(msg["Subject"]).startswith("Tentative: ")

def _r01(msg):
    h = _html(msg)
    return ("MsoTableGrid" in h and "Rationale for step up" in _plain(msg) and _exts(msg) == ["docx"]
            and "\t" in _plain(msg))

def _r02(msg):
    return _date(msg).weekday() == 4 and 16 <= _date(msg).hour < 17 and "Mosaic 1644210" in readable(msg)

def _r05(msg):
    t = readable(msg)
    return (msg["List-Id"] is not None and "immediate danger" in t and "Baby A (7 weeks) died in 2060" in t
            and _exp("richmond_wandsworth_05.eml")["children"] == [])

def _r06(msg):
    return _date(msg).hour >= 17 and msg.get_param("format") == "flowed"

def _r07(msg):
    return msg["Auto-Submitted"] == "auto-replied" and str(msg["Subject"]).startswith("Automatic reply: ")

def _r08(msg):
    b = _blocks(msg)
    return "What is missing:" in b[1] and "missing" not in _exp("richmond_wandsworth_08.eml")["concerns"]

def _t03(msg):
    bt = body_text(msg)
    pdf = [p for p in _att(msg) if p.get_filename().endswith(".pdf")]
    return (ALARM.search(bt) is None and len(pdf) == 1 and "cushion" not in bt
            and _alarm_only_in(msg, "Is there an immediate risk of harm to the child? YES - see above."))

def _t04(msg):
    t = readable(msg)
    return "Is there an immediate risk of harm to the child? No." in t and "If he were ever released early" in t

def _t05(msg):
    t = readable(msg)
    return "recalled him to prison" in t and "no injuries" in t and ALARM.search(t) is not None

def _t07(msg):
    return _no_plain(msg) and "<table" in _html(msg) and _exts(msg) == ["pdf", "docx"]

def _b01(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return ("PARTSTAT=DECLINED" in c and "COMMENT" in c and "sleep it off" in c and _calmethods(msg) == ["REPLY"]
            and _no_alarm(msg))

def _b04(msg):
    t = readable(msg)
    return _calmethods(msg) == ["REQUEST"] and "fictional and are used for training only" in t

def _b05(msg):
    t = _today("torbay_05.eml")
    return all(age_years(date.fromisoformat(c["dob"]), t) < 5 for c in _exp("torbay_05.eml")["children"])

def _h01(msg):
    t = readable(msg)
    return _alarm_only_in(msg, str(msg["Subject"])) and "URGENT" in str(msg["Subject"])

def _h07(msg):
    return _no_plain(msg) and "multipart/related" in msg.get_content_type() and ("herefordshire", "step_up") not in DEFINED

def _h08(msg):
    return _calmethods(msg) == ["REPLY"] and msg["Sender"].startswith("Google Calendar")

CUSTOM = [
    ("knowsley_01.eml", "Outlook REQUEST with VTIMEZONE, 1 Nov 10:00 GMT, three attachments, sent in BST; 6 WD", _k01),
    ("knowsley_02.eml", "Mongolian spots resolved, no current concerns; exactly 5 WD", _k02),
    ("knowsley_03.eml", "00:35 BST = Thursday in UTC; 4 WD from the London date, 5 from the UTC date", _k03),
    ("knowsley_04.eml", "the report in the new text, names and the alarm boilerplate only in the quoted ack", _k04),
    ("knowsley_05.eml", "the break-in only in the P.S. of a REQUEST; 6 WD", _k05),
    ("knowsley_06.eml", "auto-generated booking flag, 'None identified', no case id", _k06),
    ("knowsley_07.eml", "TENTATIVE reply with the case id in the SUMMARY", _k07),
    ("richmond_wandsworth_01.eml", "Word HTML table, rationale heading, case summary .docx", _r01),
    ("richmond_wandsworth_02.eml", "Friday 16:xx; 'Mosaic 1644210' written with its label", _r02),
    ("richmond_wandsworth_05.eml", "bulletin with List-Id; examples only", _r05),
    ("richmond_wandsworth_06.eml", "evening iPhone mail (format=flowed)", _r06),
    ("richmond_wandsworth_07.eml", "Outlook out-of-office", _r07),
    ("richmond_wandsworth_08.eml", "'What is missing:' only in the quoted ack", _r08),
    ("tower_hamlets_03.eml", "the alarm words and the cushion only in the MARF PDF", _t03),
    ("tower_hamlets_04.eml", "MARF says no; a hypothetical release", _t04),
    ("tower_hamlets_05.eml", "father recalled to prison, baby checked", _t05),
    ("tower_hamlets_07.eml", "HTML-only with a table, pdf + docx", _t07),
    ("torbay_01.eml", "DECLINED reply whose COMMENT carries the emergency; no alarm words", _b01),
    ("torbay_04.eml", "a meeting REQUEST for training, scenarios fictional", _b04),
    ("torbay_05.eml", "both children under 5 at now", _b05),
    ("herefordshire_01.eml", "the alarm word only in the subject", _h01),
    ("herefordshire_07.eml", "HTML-only form (multipart/related); Herefordshire step-up undefined", _h07),
    ("herefordshire_08.eml", "Google Calendar REPLY", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_01.eml", "Courtney knows I'm asking for this and why", "consent", None),
    ("knowsley_02.eml", "both signed the Family First consent form", "consent", True),
    ("knowsley_02.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_03.eml", "has consented to the transfer to the health visiting service", "consent", True),
    ("knowsley_03.eml", "agreed the step down at supervision", "manager_agreed", True),
    ("knowsley_05.eml", "agreed the step up on 24/11/2062", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "both know about the step up and agree to it", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "has consented to Early Help and signed the consent", "consent", True),
    ("richmond_wandsworth_03.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_04.eml", "is happy for Early Help to take over and has signed the consent form", "consent", True),
    ("tower_hamlets_03.eml", "Mum is aware and agrees to the referral", "consent", True),
    ("tower_hamlets_03.eml", "agreed the step-up this morning", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Leah agrees to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "agreed the step-up today", "manager_agreed", True),
    ("tower_hamlets_06.eml", "signed consent to the step-down and the TAF", "consent", True),
    ("tower_hamlets_06.eml", "signed off the step-down today", "manager_agreed", True),
    ("tower_hamlets_07.eml", "confirm her consent on Friday", "consent", None),
    ("torbay_02.eml", "Ellie agreed to me contacting you", "consent", True),
    ("torbay_02.eml", "agrees this needs to come to MASH for level 4", "manager_agreed", True),
    ("torbay_03.eml", "Tegan agreed to me contacting you", "consent", True),
    ("torbay_03.eml", "agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_05.eml", "both consented to level 3 Early Help", "consent", True),
    ("torbay_05.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_06.eml", "Mum's consented to level 3 EH", "consent", True),
    ("torbay_06.eml", "isn't signed off yet as my TM is on leave", "manager_agreed", None),
    ("herefordshire_03.eml", "Mum and dad have signed the consent form", "consent", True),
    ("herefordshire_05.eml", "Agreed with my manager, Ceri Baskerville", "manager_agreed", True),
    ("herefordshire_05.eml", "Kerry's signed consent form", "consent", True),
    ("herefordshire_06.eml", "agreed to Early Help on the phone", "consent", True),
    ("herefordshire_07.eml", "Amber knows I am making this request", "consent", None),
    ("herefordshire_07.eml", "Nia Gwilliam, Early Help Team Manager, agreed", "manager_agreed", True),
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
                           lambda m: _calmethods(m) == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: "REPLY" not in _calmethods(m)))

# The whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_02.eml", "knowsley_05.eml", "knowsley_08.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_06.eml", "torbay_01.eml", "torbay_02.eml", "tower_hamlets_01.eml",
                  "tower_hamlets_02.eml"]      # 9 of 12; knowsley_04 (quoted ack), tower_hamlets_03 (PDF) and
                                               # herefordshire_01 (subject) carry alarm words in one place only
COUNTS_EXPECTED = {            # file: (working days, plain weekdays) from the Europe/London date of `now`
    "knowsley_01.eml": (6, 6), "knowsley_02.eml": (5, 5), "knowsley_03.eml": (4, 4), "knowsley_05.eml": (6, 6)}
NOTICE_NOT_OK = ["knowsley_03.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2062])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside:
        errors.append("set: bank holidays inside the window: %s (expected none)" % inside)
    if any(d not in pkg or n not in pkg.get(d) for d, n in NEIGHBOURS.items()):
        errors.append("set: the neighbouring bank holidays are not %s" % NEIGHBOURS)
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2062, 3) and BST_END.date() == last_sun(2062, 10)):
        errors.append("set: BST must start on the last Sunday of March 2062 and end on the last Sunday of October")
    for probe, off in ((datetime(2062, 10, 28, 12, tzinfo=LON), 1), (datetime(2062, 10, 29, 12, tzinfo=LON), 0)):
        if probe.utcoffset() != timedelta(hours=off):
            errors.append("set: zoneinfo disagrees with the clock change on %s" % probe.date())
    if not (date(2062, 9, 1).weekday() == 4 and WINDOW[0].date() == date(2062, 9, 4) and WINDOW[0].weekday() == 0
            and WINDOW[1].date() == date(2062, 12, 15) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 4 September to Friday 15 December 2062")
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
        pos = [text.find(c["name"]) for c in lab["expect"]["children"]]
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 7:
        errors.append("set: only %d urgent mails avoid every alarm word (need most of the 12)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    if sorted(f for f in counts if counts[f][0] < 5) != NOTICE_NOT_OK:
        errors.append("set: the short-notice files are not %s" % NOTICE_NOT_OK)
    if set(offsets) != {"+0100", "+0000"} or min(offsets.values()) < 10:
        errors.append("set: Date offsets %s (both BST and GMT mail expected, at least 10 each)" % offsets)
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

def _set_window_start(d):
    globals()["WINDOW"] = (datetime(d.year, d.month, d.day, tzinfo=LON), WINDOW[1])

FAULTS = [
    ("knowsley_03 counted from the UTC date (notice ok)",
     lambda: _relabel("knowsley_03.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_03's now written in UTC", lambda: _relabel("knowsley_03.eml", now="2062-10-26T23:39:12+00:00"),
     "now offset differs from the Date header's"),
    ("the clock change moved a week later", lambda: globals().update(BST_END=datetime(2062, 11, 5, 1, tzinfo=UTC)),
     "BST must start on the last Sunday"),
    ("Christmas dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2062, 12, 25)),
     "bank holidays differ"),
    ("half-term Thursday 2 November treated as a holiday", lambda: BANK_HOLIDAYS.add(date(2062, 11, 2)),
     "bank holidays differ"),
    ("the window started on Friday 1 September", lambda: _set_window_start(date(2062, 9, 1)), "the window must run"),
    ("a GMT Date header before the clock change", lambda: _sub("knowsley_01.eml", b"14:12:37 +0100", b"13:12:37 +0000"),
     "Date offset should be +0100"),
    ("a BST Date header after the clock change", lambda: _sub("knowsley_02.eml", b"11:05:48 +0000", b"11:05:48 +0100"),
     "Date offset should be +0000"),
    ("a mail dated on a Saturday", lambda: (_sub("torbay_08.eml", b"Mon, 11 Dec 2062", b"Sat, 09 Dec 2062"),
                                            _relabel("torbay_08.eml", now="2062-12-09T11:05:19+00:00")),
     "Date on a weekend"),
    ("now 9 minutes after the Date", lambda: _relabel("torbay_06.eml", now="2062-11-24T17:34:50+00:00"),
     "now not 2-6 min after Date"),
    ("'risk' added to a quiet urgent subject",
     lambda: _sub("knowsley_08.eml", b"Subject: Chantelle Lomax", b"Subject: risk - Chantelle Lomax"),
     "no alarm word are"),
    ("the MARF's cushion copied into the body",
     lambda: _sub("tower_hamlets_03.eml", b"Subject: MARF - Hossain family",
                  b"Subject: MARF - Hossain family - cushion, immediate risk"), "only in the MARF PDF"),
    ("an EDD labelled as a DOB", lambda: _exp("knowsley_01.eml")["children"].append(
        {"name": "Baby Kinsella", "dob": "2062-12-21"}), "EDD 21/12/2062"),
    ("the urgent meeting reply filed as record_reply",
     lambda: _relabel("torbay_01.eml", urgent=False, next_action="record_reply"), "urgent vs category"),
    ("the training REQUEST made a REPLY", lambda: _sub("torbay_04.eml", b"method=REQUEST", b"method=REPLY"),
     "no iTIP REPLY outside meeting replies"),
    ("the resolved 'bruises' labelled physical_harm",
     lambda: _relabel("knowsley_02.eml", concerns=["parental_mental_health", "physical_harm"]),
     "Mongolian spots resolved"),
    ("the undefined Herefordshire step-up sent to request_info",
     lambda: _relabel("herefordshire_07.eml", next_action="request_info"), "next_action request_info != human_review"),
    ("consent still to be asked labelled true",
     lambda: _relabel("tower_hamlets_07.eml", consent=True, missing=[], next_action="book_meeting"),
     "'confirm her consent on Friday' means consent None"),
    ("verbal consent taken as the written form",
     lambda: _relabel("herefordshire_06.eml", missing=[], next_action="book_meeting"), "structural"),
    ("the 19-year-old mother labelled as a child", lambda: (_exp("knowsley_08.eml")["children"].append(
        {"name": "Chantelle Lomax", "dob": None}), META["knowsley_08.eml"]["children"].append(ch("Chantelle Lomax"))),
     "labelled as a child"),
    ("a 'Mosaic 1644210' labelled with its label",
     lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["Mosaic 1644210"]), "is not an EHM/ICS/LCS/Mosaic id"),
    ("a level on a step-up", lambda: _relabel("torbay_03.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_04.eml", category="ordinary"),
     "category totals"),
    ("children out of order", lambda: _exp("torbay_02.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("Auto-Submitted removed from the MatNet notice", lambda: _sub("knowsley_06.eml", b"Auto-Submitted: auto-generated\n", b""),
     "auto_reply marked Auto-Submitted"),
]

def _consent_form_check(msg):
    return "consent_form" in _exp("herefordshire_06.eml")["missing"] and _exp("herefordshire_06.eml")["consent"] is True
CUSTOM.append(("herefordshire_06.eml", "structural: verbal consent true, written consent form missing",
               _consent_form_check))

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS, WINDOW, BST_END))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b, w, be = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
        globals()["WINDOW"] = w
        globals()["BST_END"] = be
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
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
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
