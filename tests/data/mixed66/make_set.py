#!/usr/bin/env python3
"""mixed66: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2085, in rural and coastal life: isolated farms and cottages, shotguns and firearms
certificates, farm machinery and slurry pits, children on quad bikes, boats, the sea, the Thames and the canals,
seasonal and migrant farm workers living in caravans, long distances with no bus and no phone signal, a parent's
isolation and drinking through a winter, and animals neglected alongside children - written by rural police, a GP,
a farm vet, a school bus driver, a health visitor, a Young Farmers club leader, a lock keeper, a holiday-park
manager, an RSPCA inspector, a neighbour three miles across a valley, a mother, and the councils' own practitioners.

Urgent mail (11): a 4-year-old found at the edge of an uncovered slurry pit with no adult on the farm tonight (the
facts only in an attached visit note), a 6-year-old on the school bus whose mother "won't wake up" with the baby
still in the cot, two children alone on a boat below Richmond Lock, a 14-year-old going out overnight on a boat
with a groomer (in a P.S.), a toddler alone in a flat with starving dogs, a drunk father taking two boys down the
tidal Thames at night (the son's texts quoted), a 4-year-old found wandering a holiday park after her mother was
beaten, a Young Farmers member who walked four miles after disclosing abuse with her sister still in the house,
a 2-year-old in a slurry lagoon with his father drunk in the tractor cab, a 14-year-old migrant worker's daughter
abused in a supervisor's caravan (a welfare officer's non-native English, forwarded), and a farmer with a shotgun
threatening his family (a neighbour miles away). Near misses (12): a rural crime newsletter, a mother's winter of
drinking now over, a lifeboat rescue of an adult, a river "missing" scare already resolved, another authority's
child rescued from the foreshore, a city-farm volunteer's supervised job, a toddler's canal fall closed as an
accident, a farm-safety leaflet's hypotheticals, a beach report already checked, a farm vet's note about cattle
with no concern for the children, a licensed shotgun safely stored and a quad-bike accident explained.

Window: the brief's "mid April to late July 2085". Easter 2085 is Good Friday 13 April and Easter Monday 16 April,
so the first working day of the summer term is Tuesday 17 April; the window ends on Friday 20 July 2085 (the last
Friday before the school holidays). The whole window is British Summer Time (+0100). England & Wales bank holidays
from the `holidays` package: inside the window are the Early May bank holiday ("May Day", Monday 7 May) and the
Spring Bank Holiday (Monday 28 May). Two Knowsley notice counts are decided by one of them (knowsley_01 across
7 May, knowsley_02 across 28 May: 5 plain weekdays but 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays, the checks). Every label was set by
hand from the specification; the self-checks only verify them against its rules and STOP on any error before
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
    """Local (Europe/London) wall-clock time. The whole window (17 April - 20 July 2085) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 25 March 2085 and ends on Sunday 28 October 2085. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2085, 4, 2, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers from mixed13 (via mixed27)
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


# ----------------------------------------------------------------------------- helpers from mixed22 (via mixed27)
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


# ----------------------------------------------------------------------------- helpers from mixed25 (via mixed27)
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



# ============================================================================= helpers from mixed27
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



# ============================================================================= rules named in every `why`
SEED = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
        "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
        "herefordshire": "003_d813ace460bad8eb.txt"}
COUNCIL = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
           "torbay": "Torbay", "herefordshire": "Herefordshire"}
STEP_RULE = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
                             "(form, case ID, TAF minutes, manager's agreement, GCP2 / Engaging Families / Merseyside "
                             "Exploitation Assessment, at least 5 WD notice); REQUIREMENTS.md knowsley step_up",
    ("knowsley", "step_down"): "section 2 'Cases Stepping Down ... at Levels 2 and 3' and section 3 (date, time and venue; "
                               "the three Signs of Safety questions; level 2 lead practitioner; level 3 consent; 5 days' "
                               "notice, read as 5 WD); REQUIREMENTS.md knowsley step_down (no level stated = level 3)",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box with "
                                        "the latest case summary and the rationale); REQUIREMENTS.md richmond_wandsworth step_up",
    ("richmond_wandsworth", "step_down"): "'Process to Step Down' (case discussion within 5 days, confirmed by email with the "
                                          "latest case summary and the draft plan) and 'Step Down to Early Help' (consent); "
                                          "REQUIREMENTS.md richmond_wandsworth step_down",
    ("tower_hamlets", "step_up"): "'Step Up' / 'Key Aspects of Step Up' and the MAST paragraph (Multi-Agency Request for "
                                  "Support form; management oversight); REQUIREMENTS.md tower_hamlets step_up",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (C&F "
                                    "Assessment, TAF plan, consent, Lead Practitioner; TAF and minutes within 10 WD); "
                                    "REQUIREMENTS.md tower_hamlets step_down",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4' step 2 (a contact to MASH with parental consent, "
                           "worker and team manager agree it needs considering for level 4); REQUIREMENTS.md torbay step_up",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team' / 'from Safeguarding and Supporting Families "
                             "Team', steps 1-4 (Single Assessment with the TM's analysis, consent for level 3 before "
                             "triage, triage slot within 5 WD, under-5s fortnightly); REQUIREMENTS.md torbay step_down",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' and 'Roles and responsibilities' (written consent, "
                                    "key person, step-down plan within two weeks; sibling groups); REQUIREMENTS.md "
                                    "herefordshire step_down",
    ("herefordshire", "step_up"): "REQUIREMENTS.md herefordshire: 'step_up is not defined by this seed' -> human_review "
                                  "unless urgent; missing [] for an undefined kind",
}
KIND_RULE = {"follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request; "
                          "missing [] for a follow_up",
             "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
             "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2",
             "other": "DESIGN 'kind': other (no step request) -> human_review"}
URGENT_RULE = {
    "knowsley": "seed 004 'Safeguarding procedures would always override anything within this chapter. If a child is "
                "believed to be at risk, nothing within this protocol should be used to delay seeking help'",
    "richmond_wandsworth": "seed 000 'Step up from Early Help' (immediate child protection concerns: the Early Help "
                           "Manager telephones the MASH)",
    "tower_hamlets": "seed 001 'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or "
                     "out of hours in an emergency only 0207 364 4079)'",
    "torbay": "seed 002 'Step up processes' step 1 ('new information that is of concern ... as per safeguarding "
              "processes') and the seeds README ('Safeguarding always overrides the protocols')",
    "herefordshire": "the seeds README ('an email that describes an immediate child-protection risk must never wait in "
                     "a queue'; seed 003 defines no step-up)",
}

def rule(auth, kind, urgent=False):
    if (auth, kind) in STEP_RULE:
        r = "%s, seed %s %s" % (COUNCIL[auth], SEED[auth], STEP_RULE[(auth, kind)])
    else:
        r = "%s, seed %s; %s" % (COUNCIL[auth], SEED[auth], KIND_RULE[kind])
    if urgent:
        r += "; urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety rule 1 and " \
             + URGENT_RULE[auth]
    return " | Rule: " + r + "."


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
KSIG_SINEAD = sig("Sinead Rourke", "Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council",
                  "0151 496 0733 | 07700 900 417")

def knowsley_01():
    f = "knowsley_01.eml"; when = "2085-05-02 10:12:33"
    body = T("""
Hi MASH team,

Please find attached a step up request for the Culshaw family (EHM-61472). I've sent the Teams invite for the step up TAF from my calendar this morning - Wednesday 9th May at 10am - to the MASH inbox and MASH business support, and I've invited the current TAF members (Ashwood Lane Primary, the health visitor and the nursery). The RSPCA inspector has asked to be kept informed but won't attend.

Children:
Tyler Culshaw - DOB 11/08/2076
Ava-Grace Culshaw - DOB 03/01/2081

The family live on a smallholding off Ox Lane at Tarbock Green. Dad keeps ponies, pigs, a few sheep and four dogs. The RSPCA attended on 24 April after a complaint from a dog walker and found two ponies badly underweight with overgrown hooves and the dogs kennelled in their own mess; Dad has been given an improvement notice. When I visited with the inspector the house was in the same state as the yard: nothing in the fridge apart from milk, the children's mattresses on the floor of a damp back bedroom, and Ava-Grace in a nappy that hadn't been changed for hours. I completed the Graded Care Profile 2 with Mum on 26 April (attached) - it scores 4 for physical care and for safety.

Tyler's attendance is 83%. There's no school bus down the lane, so he walks the two miles up Ox Lane to the bus stop on the Warrington Road, and when it's raining he just doesn't go. Ava-Grace has missed her 3-year check and two dental appointments.

Mum works nights at a warehouse in Halewood and Dad is out on the land most of the day. They do let me in and they haven't missed a TAF, but nothing has changed since the plan started in January.

I discussed the step up with my team manager, Joanne Pybus, on Monday and she agreed the step up. Mum knows I'm asking for the step-up meeting but she hasn't said whether she's in agreement.

Attached: the step up form, the GCP2 and the minutes of the last TAF (18 April).

Thanks,
Sinead

""") + KSIG_SINEAD + "\n" + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-61472"),
        ("Has this family recently closed to Children's Social Care?:", "No - open to Family First since January 2085."),
        ("Date of step up TAF meeting:", "Wednesday 9th May 2085, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - the family let me in and attend TAF meetings, but nothing agreed at TAF has happened."),
        ("Recent TAF meeting minutes attached:", "Yes - 18/04/2085"),
        "What are we worried about?",
        ("Current Concerns (Impact on child)", "Tyler (8) and Ava-Grace (4) live in a cold, damp house with little food; "
         "Ava-Grace is often in a soiled nappy; missed health and dental appointments; Tyler's attendance 83%."),
        ("Past Harm", "None recorded."),
        ("Complicating Factors", "Isolated smallholding, no school bus on the lane; Mum works nights; the animals' "
         "welfare has declined alongside the children's care (RSPCA improvement notice, 24/04/2085)."),
        "What is working well?",
        ("Existing Strengths", "The children are affectionate with both parents; Dad is proud of the animals and "
         "wants to keep them."),
        ("Existing Safety", "Nan in Prescot has the children some weekends."),
        "What next?",
        ("Goals", "The children have a warm, clean bed, regular meals and get to school and their appointments."),
        ("Next Steps", "Step up TAF on 9th May; C&F assessment if agreed."),
        ("Graded Care profile (If neglect should be completed).", "Completed with Mum 26/04/2085 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Not applicable."),
        ("Agreement by line manager:", "Joanne Pybus, Team Manager - discussed and agreed the step up on 30/04/2085."),
        ("Contingency plan (Smart and timely).", "If the family do not engage with the assessment, Family First "
         "remain involved and the TM will escalate to the MASH Team Manager."),
    ])
    atts = [docx_att("FF Step Up Request - Culshaw.docx", form),
            pdf_att("GCP2 Culshaw April 2085.pdf", "Graded Care Profile 2 - Culshaw family (EHM-61472)", [
                "Completed by: Sinead Rourke, Family First Case Manager, with Mum, 26/04/2085.",
                "Children: Tyler Culshaw (8), Ava-Grace Culshaw (4).",
                "Area 1 Physical care (nutrition, housing, clothing, hygiene): score 4.",
                "Little food in the house; children's mattresses on the floor of a damp bedroom; Ava-Grace's nappy",
                "not changed for several hours; clothes unwashed.",
                "Area 2 Safety (in the presence / absence of the carer): score 4.",
                "Children play unsupervised in the yard among livestock and farm machinery.",
                "Area 3 Love and care: score 2. Area 4 Stimulation and education: score 3.",
                "Overall: neglect at level 4 in physical care and safety."]),
            docx_att("TAF minutes 18-04-2085 Culshaw.docx", [
                "# TAF meeting minutes - Culshaw family",
                "Date: 18/04/2085. Venue: Ashwood Lane Primary School.",
                "Present: Sinead Rourke (Family First, chair), Mum, class teacher, health visitor, nursery manager.",
                "Actions from February not completed: beds for both children; Ava-Grace's 3-year check; attendance plan.",
                "Agreed: GCP2 to be completed; if no change by May the case manager will discuss a step up with her TM."])]
    top = outlook_top(f, addr("Rourke, Sinead", "Sinead.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Culshaw family - EHM-61472 - TAF Weds 9th May", when,
                      cc=", ".join([addr("MASH Business Support", KBS), addr("Pybus, Joanne", "Joanne.Pybus@" + KDOM)]))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-61472"],
        [ch("Tyler Culshaw", "2076-08-11", "11/08/2076"), ch("Ava-Grace Culshaw", "2081-01-03", "03/01/2081")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "ANIMALS NEGLECTED ALONGSIDE THE CHILDREN on a smallholding (RSPCA improvement notice; the house in the same "
        "state as the yard). Complete Knowsley neglect step-up: Appendix 1 form .docx, GCP2 .pdf (neglect -> gcp2 met), "
        "TAF minutes .docx, EHM id, 'she agreed the step up' -> manager true; 'Mum knows ... hasn't said whether she's "
        "in agreement' -> consent null (not a Knowsley step-up requirement). NOTICE ACROSS MAY DAY, DECISIVE: from Wed "
        "2 May the TAF on Wed 9 May is 5 plain weekdays, but Mon 7 May is the Early May bank holiday -> 4 working days "
        "< 5 ('Please allow at least 5 working days' notice') -> notice not ok -> request_info. neglect (home "
        "conditions, nappy, missed health appointments) + school_attendance (83%, no bus down the lane)."
        + rule("knowsley", "step_up"),
        meeting=date(2085, 5, 9), not_children=["Sinead Rourke", "Joanne Pybus"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2085-05-23 14:05:10"
    blocks = [
        "Good afternoon Family First duty,",
        "",
        "I'm writing to let you know of my intention to step Brandon down to a Level 2 Early Help service (Halewood "
        "Academy) at his final Child in Need meeting. The details are below.",
        "",
        ("table", [["Child", "Date of birth", "ICS"],
                   ["Brandon Whiteside", "17/02/2072", "ICS-1592318"]]),
        "",
        ("h", "Final CIN meeting"),
        "Wednesday 30th May at 10:00 at Halewood Fields Academy (Family Room - please sign in at main reception).",
        "",
        ("h", "Lead Practitioner"),
        "Mrs Jenna Critchley, Pastoral Lead, Halewood Fields Academy - she has agreed to take on the Lead Practitioner role.",
        "",
        ("h", "What are we worried about?"),
        "Brandon's attendance fell to 81% this spring. He's been staying off to help his dad with the potato planting "
        "on the farm at Cronton where Dad works and where the family live in the tied cottage. Mum's mood was very low "
        "over the winter - she has been on medication since January and the GP reviews her monthly.",
        "",
        ("h", "What is working well?"),
        "Brandon is a lovely lad who is happiest outdoors; he has joined the school's land-based studies club. Mum's "
        "mood is much better now the evenings are light, and Dad has agreed with the farm manager that Brandon will "
        "not be asked to work in term time.",
        "",
        ("h", "What needs to happen?"),
        "An attendance plan with school; Mrs Critchley to hold a TAF every six weeks; Mum to keep her GP reviews; "
        "Brandon's Saturday work on the farm to stay within the hours the school has agreed with Dad.",
        "",
        "Mum and Brandon have both agreed to school taking over as Lead Practitioner. My team manager, Lisa Doran, "
        "has agreed the step down.",
        "",
        "Many thanks,",
        "Paul",
        "",
        "Paul Gerrard",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0512",
    ]
    top = outlook_top(f, addr("Gerrard, Paul", "Paul.Gerrard@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Brandon Whiteside - final CIN Wed 30th May", when,
                      cc=addr("Doran, Lisa", "Lisa.Doran@" + KDOM))
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-1592318"],
        [ch("Brandon Whiteside", "2072-02-17", "17/02/2072")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "Knowsley LEVEL 2 step-down in Word HTML with a table (the child's row): date, time and venue of the final CIN; "
        "all three Signs of Safety headings answered; Lead Practitioner named with her agency (the school) -> nothing "
        "missing. A farm worker's family in a tied cottage; the boy kept off school for the potato planting -> "
        "school_attendance (81%); Mum's low mood over the winter, on medication -> parental_mental_health. 'Mum and "
        "Brandon have both agreed' -> consent true (not required at level 2); 'has agreed the step down' -> manager "
        "true. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Wed 23 May -> Wed 30 May is 5 plain weekdays, but Mon "
        "28 May is a bank holiday -> 4 working days < 5 ('At least 5 working days prior to the potential final Child "
        "in Need (CIN) meeting') -> notice not ok -> request_info." + rule("knowsley", "step_down"),
        meeting=date(2085, 5, 30), not_children=["Paul Gerrard", "Jenna Critchley", "Lisa Doran"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2085-05-14 16:48:20"
    ack = T("""
Thank you - your step-up request has been received.

Reference: SB-knowsley-3318
Case: EHM-61472
Children: Tyler Culshaw (11/08/2076), Ava-Grace Culshaw (03/01/2081)
Step-up TAF meeting: Wednesday 9 May 10:00 (Microsoft Teams)
Notice given: 4 working days (the protocol asks for at least 5). Please consider moving the meeting.

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Adding my visit note from this afternoon to the request - sorry it's rough, I typed it on my phone in the car at the top of Ox Lane because there's no signal down at the house.

Can the duty social worker ring me on 07700 900 417 please. I'm not leaving until someone rings.

Sinead

Get Outlook for iOS
________________________________
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: Wednesday, May 2, 2085 10:19:02 AM
To: Rourke, Sinead <Sinead.Rourke@knowsley.gov.uk>
Subject: Step-up request received - Culshaw family EHM-61472 [SB-knowsley-3318]

""") + ack
    note = docx_att("Visit note 14-05-2085 Culshaw.docx", [
        "# Home visit note - Culshaw family (EHM-61472)",
        "Date: 14/05/2085. Worker: Sinead Rourke, Family First Case Manager. Planned visit (TAF actions).",
        "14:20 Arrived at the smallholding. Yard gate open. Nobody answered at the house.",
        "14:25 Found Ava-Grace on her own in the yard beside the slurry pit behind the pig sheds. The boards that cover "
        "it have been pulled off one side and she was sitting on the edge throwing stones in. Wet nappy and a T-shirt, "
        "no shoes. I picked her up and took her to the house.",
        "14:30 Tyler was in the kitchen - he should have been at school. He told me Mum was 'took in the ambulance' "
        "this morning after the big horse kicked her in the stable, and Dad has gone to the horse sales at Builth Wells "
        "with the trailer and is staying over, back tomorrow night. Tyler says nobody has been here since the ambulance "
        "went at about 8 o'clock. He gave Ava-Grace crisps and squash for her dinner.",
        "14:40 The house phone has no dial tone. No mobile signal anywhere on the property. Tyler does not know Dad's "
        "number.",
        "14:55 Drove to Lydiate Farm (nearest neighbour, about two miles). Mrs Hough says she cannot have the children "
        "tonight - her husband is poorly - and she has no number for Gary.",
        "15:20 Back at the smallholding. Both children are in my car with me. The dogs have no water.",
        "16:40 Typing this at the top of Ox Lane where I have one bar. I have not left the children."])
    top = outlook_top(f, addr("Rourke, Sinead", "Sinead.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step-up request received - Culshaw family EHM-61472 [SB-knowsley-3318]", when)
    add(f, mail(f, top, body, [note]), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-61472"],
        [ch("Tyler Culshaw", "2076-08-11", "11/08/2076"), ch("Ava-Grace Culshaw", "2081-01-03", "03/01/2081")],
        ["neglect"], None, None, [], None, "alert_duty",
        "THE FACTS ARE ONLY IN THE ATTACHED VISIT NOTE (DESIGN safety rule 1: 'Every part of every message is read ... "
        "attachments'): the body asks only for a call back; the .docx says a 4-year-old was found alone at the edge of "
        "an uncovered slurry pit, the 8-year-old is home from school, Mum went to hospital by ambulance at 8am, Dad is "
        "away overnight at the horse sales, the neighbour two miles off cannot take them, no phone line and no signal. "
        "No carer tonight -> urgent -> alert_duty. No alarm word anywhere. A reply to [SB-knowsley-3318] -> follow_up "
        "(missing [], notice null). Children and DOBs and the EHM id from the quoted acknowledgement. neglect "
        "(no supervision, a toddler by the slurry pit)." + rule("knowsley", "follow_up", True),
        not_children=["Sinead Rourke"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2085-06-21 07:52:41"
    text = T("""
Hi I'm the driver on the Halewood Coaches school run (the 7.30 from Cronton lanes to St Aidan's and the academy). I got this email off the poster in the school office so I hope its the right one.

At the stop by the three cottages past Pex Hill farm a little lad got on on his own, Kian Doolan he's 6, in his pyjama top and no shoes, wet through from the field. He said his mam won't wake up, she's on the kitchen floor and he shook her and shook her, and his baby sister is still in her cot. He says there's no one else in the house.

I couldn't turn back with 40 kids on and there's no signal down that lane anyway. I rang 999 from the top of the hill and the depot said to email yous as well. I've got him sat behind me with my jumper on him. We get to St Aidan's at 8.05, the office opens at 8.15.

The house is the end cottage with the blue door, past the farm on Pex Hill lane.

Dave Rimmer
Halewood Coaches
07700 900 861

Sent from my iPhone
""")
    top = plain_top(f, addr("Dave Rimmer", "daverimmer.coaches@icloud.com"), KMASH,
                    "little lad on my school bus this morning", when, "icloud.com", None,
                    extra=[("Content-Language", "en-GB")])
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kian Doolan")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A SCHOOL BUS DRIVER ON HIS PHONE before 8am (iPhone format=flowed, Scouse 'yous'): a 6-year-old got on the "
        "bus alone in pyjamas, no shoes, saying his mam is on the kitchen floor and won't wake up and his baby sister "
        "is still in her cot with nobody else in the house; no signal on the lane. A baby alone with an unresponsive "
        "carer now -> urgent -> alert_duty (the out-of-hours service at 07:52). No alarm word anywhere. Not a step "
        "request -> other. Kian Doolan named in full (no DOB); the baby is unnamed. neglect (the children left with no "
        "one able to care for them; the mother's condition is unknown)." + rule("knowsley", "other", True),
        not_children=["Dave Rimmer"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2085-06-29 08:30:00"
    text = T("""
RURAL MATTERS - Knowsley & St Helens
Merseyside Police Rural Crime Team - summer newsletter

Welcome to the summer edition. Thank you to everyone who came to our stand at the county show.

QUAD BIKES AND ATVs
Six quads have been stolen from farms in Knowsley and St Helens since March, most from unlocked sheds at night. Fit a ground anchor, mark your machines and register them. Please also remember the HSE's advice: no child under 13 should ride any ATV, and children over 13 only on a machine of the right size, with training and a helmet. Last summer a 10-year-old in Lancashire was badly hurt riding his dad's adult quad - please don't let it be your child.

FIREARMS
Our firearms licensing officers made 40 home visits this spring and found every cabinet secure. A reminder to certificate holders: shotguns in a locked cabinet, keys kept separately from cartridges, and let us know within 7 days if you move house.

SLURRY SAFETY
With silage and slurry spreading under way, keep lagoons fenced and pits covered, and keep children and visitors well away from the yard when machinery is moving.

HARE COURSING AND FLY-TIPPING
Report vehicles parked up by fields at dawn on 101, or online. If a crime is happening now, or someone is in danger, always dial 999.

Stay safe this summer,
PC Andy Litherland and PCSO Beth Tunstall
Rural Crime Team, Merseyside Police

You are receiving this because you signed up to Rural Matters. To unsubscribe, reply with UNSUBSCRIBE.
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">\n'
         '<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">\n'
         '<tr><td style="background:#1d3b2a;color:#ffffff;padding:14px"><b style="font-size:16pt">RURAL MATTERS</b>'
         '<br>Knowsley &amp; St Helens - Merseyside Police Rural Crime Team - summer newsletter</td></tr>\n')
    for para in text.split("\n\n")[1:]:
        lines = para.split("\n")
        if lines[0].isupper():
            h += '<tr><td style="padding:10px 0 2px 0"><b>%s</b></td></tr>\n' % esc(lines[0])
            lines = lines[1:]
        if lines:
            h += '<tr><td style="padding:2px 0 8px 0">%s</td></tr>\n' % "<br>\n".join(esc(l) for l in lines)
    h += "</table>\n</body></html>\n"
    top = [("From", addr("Merseyside Police Rural Crime Team", "ruralmatters@merseyside.police.uk")),
           ("To", addr("Family First 0-18 Duty Mailbox", KFF)),
           ("Subject", "Rural Matters - Knowsley & St Helens - summer newsletter"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "merseyside.police.uk")),
           ("List-Id", "Rural Matters <ruralmatters.merseyside.police.uk>"),
           ("List-Unsubscribe", "<mailto:ruralmatters@merseyside.police.uk?subject=unsubscribe>")]
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - THE POLICE'S RURAL CRIME NEWSLETTER (List-Id / List-Unsubscribe, no Auto-Submitted, so not an "
        "auto_reply): quad bikes, firearms cabinets, slurry pits, 'someone is in danger ... dial 999', and an example "
        "of a 10-year-old hurt on a quad last summer in another county. DESIGN safety rule 1: bulletins that list "
        "examples must not trigger the alert. No child of this council, no request -> other -> human_review."
        + rule("knowsley", "other"))

def knowsley_06():
    f = "knowsley_06.eml"; when = "2085-05-04 11:15:07"
    body = T("""
Hi,

I'd like to step the Pennington children down to Family First at Level 3 and I'm giving notice of the joint home visit.

Jacob Pennington - 09/09/2075
Lola Pennington - 14/12/2078
ICS-1587204

Joint home visit: Monday 14th May at 10am at the family home, Keeper's Cottage, Knowsley Lane, L34 (the track past the estate wall - satnav takes you to the wrong gate, and there's no signal at the cottage, so ring me from the lay-by if you get lost).

Some background so the case manager isn't alarmed by the file. Over the winter Donna was drinking heavily and very isolated after her partner left in October: no car, and the bus along the lane stopped running in November. In January Jacob (then 9) found her collapsed on the kitchen floor and rang 999 from the landline; she was in Whiston for two days and the children stayed with their nan. That was the start of the CIN plan. Donna has not had a drink since 2 February - she sees Change Grow Live every week, every test has been clean, and there are no current concerns about her drinking.

What are we worried about?
Donna's mood is still low at times and she's on antidepressants (the GP reviews her monthly). She is still quite cut off out here - she has a car now, but money is tight and she doesn't know many people.

What is working well?
She's sober and proud of it. She has a part-time job at the farm shop on the estate and drives the children to school herself. Nan comes every Sunday. Jacob says "Mum's back to normal" and both children's attendance is over 95%.

What needs to happen?
A Family First case manager to keep the TAF going with school and CGL; Donna to join the mums' group at the children's centre in Knowsley Village; a plan for next winter (lifts, the community bus, who she rings when it gets hard).

Donna signed the Family First consent form at the CIN review on 26 April. My team manager, Ged Molyneux, agrees with the step down.

Thanks,
Rachel

Rachel Ashton
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0344

""") + KDISC
    top = outlook_top(f, addr("Ashton, Rachel", "Rachel.Ashton@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First Level 3 - Pennington - joint home visit Mon 14th May", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-1587204"],
        [ch("Jacob Pennington", "2075-09-09", "09/09/2075"), ch("Lola Pennington", "2078-12-14", "14/12/2078")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - A MOTHER'S ISOLATION AND DRINKING THROUGH THE WINTER, NOW OVER: in January the 9-year-old found her "
        "collapsed and rang 999; she has been sober since 2 February with clean tests and 'there are no current "
        "concerns about her drinking' -> historic and resolved: not urgent, no substance_misuse. Complete Knowsley level "
        "3 step-down: joint home visit date, time and venue (an isolated cottage, no signal); the three Signs of Safety "
        "headings; 'signed the Family First consent form' -> consent true; 'agrees with the step down' -> manager true. "
        "'Level 3' written. Her low mood on antidepressants -> parental_mental_health; attendance over 95% -> no "
        "school_attendance. NOTICE ACROSS MAY DAY, NOT DECISIVE: Fri 4 May -> Mon 14 May is 6 plain weekdays, 5 working "
        "days with Mon 7 May excluded -> exactly 5 -> ok -> book_meeting." + rule("knowsley", "step_down"),
        meeting=date(2085, 5, 14), not_children=["Rachel Ashton", "Ged Molyneux"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2085-05-10 09:20:55"
    data = itip_reply(f, when, "Claire Fazakerley", "c.fazakerley@ashwoodlane.example.sch.uk",
                      ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step-up TAF meeting - Culshaw - EHM-61472 [SB-knowsley-3318]",
                      "20850516T100000", "20850516T113000", "Microsoft Teams Meeting",
                      comment="I've got a governors' panel until 10.30 - I'll join after if it finishes in time, and "
                              "Tyler's class teacher will come in my place if not.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-61472"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar method=REPLY), PARTSTAT=TENTATIVE, from the "
        "school DSL for the re-arranged step-up TAF of knowsley_01's family (Wed 16 May); the SUMMARY carries EHM-61472 "
        "and [SB-knowsley-3318]; a COMMENT with nothing of concern." + rule("knowsley", "meeting_reply"),
        not_children=["Claire Fazakerley"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2085-07-10 15:30:12"
    body = T("""
Hi,

Step up request for Alfie Kearns (DOB 02/05/2076) and Poppy Kearns (DOB 28/10/2079), EHM-63018. The family live on a farm off Knowsley Lane where Dad runs a livery yard and keeps a few cattle.

Since Easter the police have stopped Alfie three times riding Dad's quad bike on Knowsley Lane and the A5080 - the last time on Saturday 7 July at about 6pm with Poppy on the back, neither of them in a helmet. Dad was given a section 59 warning for the quad. His answer was "he's been riding since he was four, he's safer on it than you are". The GCP2 (attached) scores 4 for safety and supervision - at the last TAF visit the school nurse found Poppy on her own in the stable yard while the horses were being turned out.

Dad has cancelled four of the last six home visits, wouldn't let me see the children's bedrooms at the one I did get, and walked out of the TAF on 26 June. I haven't completed the Engaging Families toolkit yet - I'll do it with my TM when she's back.

My TM, Steph Ormesher, is on leave until Monday. I've emailed her the form but she hasn't been able to agree the step up yet, so I haven't sent the invite for the step up TAF - I'll send it once she has, probably a Wednesday at the end of the month.

Mum lives in Wales and has the children in the school holidays. Dad says he'll "see what social services have to say". Nothing needs doing today - the children are at their nan's in Prescot this week.

Attached: step up form, GCP2, TAF minutes (26 June).

Thanks,
Kelly

Kelly Grimshaw
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0861

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-63018"),
        ("Date of step up TAF meeting:", "To be arranged once my team manager has agreed."),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Toolkit not yet completed."),
        ("Recent TAF meeting minutes attached:", "Yes - 26/06/2085"),
        ("Current Concerns (Impact on child)", "Alfie (9) riding an adult quad on public roads with Poppy (5) as a "
         "passenger, no helmets; Poppy unsupervised in the stable yard; home conditions not seen."),
        ("Graded Care profile (If neglect should be completed).", "Completed 03/07/2085 - attached."),
        ("Agreement by line manager:", "Awaiting - TM on leave."),
    ])
    atts = [docx_att("FF Step Up Request to CSC - Kearns.docx", form),
            pdf_att("GCP2 - Kearns - July 2085.pdf", "Graded Care Profile 2 - Kearns (EHM-63018)", [
                "Completed by Kelly Grimshaw, Family First Case Manager, 03/07/2085, with Dad.",
                "Area 2 Safety: score 4 - children ride and handle machinery on the farm and the road without",
                "supervision or protective equipment; Poppy (5) found alone in the stable yard.",
                "Area 1 Physical care: score 3. Area 3 Love and care: score 2. Area 4 Stimulation: score 2."]),
            pdf_att("TAF minutes 26.06.2085 - Kearns.pdf", "TAF minutes - Kearns family", [
                "Date: 26/06/2085. Venue: Cronton Fields Primary School.",
                "Present: Kelly Grimshaw (chair), Dad (left after 15 minutes), class teachers, school nurse.",
                "Dad would not discuss the quad bike or agree a safety plan."])]
    top = outlook_top(f, addr("Grimshaw, Kelly", "Kelly.Grimshaw@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kearns - EHM-63018", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-63018"],
        [ch("Alfie Kearns", "2076-05-02", "02/05/2076"), ch("Poppy Kearns", "2079-10-28", "28/10/2079")],
        ["neglect", "non_engagement"], None, None,
        ["engaging_families", "manager_agreed", "meeting_details"], None, "request_info",
        "A 9-YEAR-OLD ON HIS DAD'S QUAD BIKE on the A5080 with his 5-year-old sister on the back, no helmets; past "
        "stops, 'Nothing needs doing today - the children are at their nan's' -> not urgent. Knowsley step-up: form "
        ".docx, GCP2 .pdf (neglect -> gcp2 met), TAF minutes .pdf, EHM id present; non-engagement (cancelled visits, "
        "walked out of the TAF) but the Engaging Families toolkit 'not yet completed' -> engaging_families missing; "
        "the TM 'hasn't been able to agree the step up yet' -> manager null -> manager_agreed missing; no TAF date "
        "('once she has') -> meeting_details missing and notice null -> request_info. 'He'll see what social services "
        "have to say' is not consent -> null." + rule("knowsley", "step_up"),
        not_children=["Kelly Grimshaw", "Steph Ormesher"])


# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
RSIG_NADIA = sig("Nadia Holloway", "Early Help Team Manager (Richmond North)",
                 "Achieving for Children on behalf of Richmond and Wandsworth Councils", "020 7946 0188")

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2085-04-24 11:40:02"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with Zainab (the family's Early Help worker, copied) on Friday, I have agreed the step up for the three Lowther children and attach the latest case summary.

Child              DOB           Mosaic ID
Rowan Lowther      02/06/2078    2846610
Skye Lowther       19/10/2081    2846611
Ash Lowther        27/02/2084    2846612

The family live aboard a narrowboat, "Kingfisher", and since last autumn have moved between the towpath moorings at Ham, Kingston and Teddington. Dad (Jamie Lowther) is the children's main carer; Mum left in December and is in Bristol.

Rationale for step up
Early Help has worked with the family since October. Over the winter the boat had no working heating for weeks at a time and the two younger children had repeated chest infections; Skye and Ash are still not registered with a GP and Ash has missed all of his immunisations. Rowan has not been on any school roll since January, when Dad took her out of Ham Riverside Primary "to home school" and then moved the boat; there is no education being provided that we can see. Dad smokes cannabis daily on the boat and it smelt strongly of it at every visit. He is warm with the children and does let Zainab on board, but nothing in the plan has changed in six months, and the Early Help plan can't follow a family who move every fortnight. We think the children's needs now require a statutory assessment.

There are no immediate child protection concerns: the children are seen every week at the Ham stay-and-play and Zainab saw them yesterday.

Jamie has agreed to the referral to children's services.

Kind regards,
Nadia

""") + RSIG_NADIA + "\n" + RDISC
    att = docx_att("Case summary - Lowther - April 2085.docx", [
        "# Case summary - Lowther children",
        "Mosaic IDs: 2846610 (Rowan), 2846611 (Skye), 2846612 (Ash). Early Help worker: Zainab Mirza.",
        "Household: Dad, Jamie Lowther (33), and three children, living aboard the narrowboat Kingfisher (continuous "
        "cruiser, Thames towpath moorings at Ham, Kingston and Teddington).",
        "Early Help involvement: October 2084 - present. Family Plan reviewed December, February, April.",
        "Health: Skye and Ash not registered with a GP; Ash's immunisations not started; three courses of antibiotics "
        "for chest infections over the winter (walk-in centre).",
        "Education: Rowan removed from Ham Riverside Primary in January; not on any roll; no education seen.",
        "Home: boat damp and cold over the winter; stove broken December-February; water tank filled at Teddington.",
        "Dad's cannabis use: daily, on board, in front of the children.",
        "Strengths: Dad is loving, the children are attached to him, he keeps life jackets on the little ones on deck."])
    top = outlook_top(f, addr("Holloway, Nadia", "Nadia.Holloway@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Lowther children - Mosaic 2846610 / 2846611 / 2846612", when,
                      cc=addr("Mirza, Zainab", "Zainab.Mirza@" + RDOM))
    add(f, mail(f, top, body, [att], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2846610", "2846611", "2846612"],
        [ch("Rowan Lowther", "2078-06-02", "02/06/2078"), ch("Skye Lowther", "2081-10-19", "19/10/2081"),
         ch("Ash Lowther", "2084-02-27", "27/02/2084")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager for a family living aboard a narrowboat "
        "on the Thames towpath: case summary .docx attached, the rationale under its own heading 'Rationale for step "
        "up' -> nothing missing -> book_meeting. 'I have agreed the step up' -> manager true; 'Jamie has agreed to the "
        "referral to children's services' -> consent true. Mosaic ids from a plain-text table headed 'Mosaic ID' -> "
        "bare numbers. 'There are no immediate child protection concerns' (negated; seen yesterday) -> not urgent. "
        "neglect (cold boat, chest infections, no GP, no immunisations) + school_attendance (not on any roll since "
        "January) + substance_misuse (Dad's daily cannabis)." + rule("richmond_wandsworth", "step_up"),
        not_children=["Nadia Holloway", "Jamie Lowther", "Zainab Mirza"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2085-06-13 18:41:37"
    body = T("""
Hello,

I'm the lock keeper at Richmond Lock. This address was on the Early Help leaflet one of your workers left in the lock office, so I hope it gets to somebody.

There are two children on their own on a boat called Morning Star - an old converted lifeboat tied up on the visitor moorings just below the lock on the Twickenham side. It has been there three days. At about 5 o'clock the older one, Mason Fairweather (he says he's 8), came up to the lock office with his little sister, Isla-Rose Fairweather, who is 3, to ask if he could fill a bottle with water. He told me their mum went "to London to get some money" yesterday morning and hasn't come back. They slept on the boat on their own last night. There's no food on board apart from half a packet of biscuits, the gas bottle is empty and the little one's nappy was soaked through.

I've got them in the lock office now and I've given them my sandwiches. I rang 101 at half five and they took the details and said someone would call me back. Nobody has yet. My shift finishes at 8 and the office shuts then. The mother is called Carly - I don't know her surname or a number for her. High water tonight is 22:10 and the tide comes right up over the bottom of those moorings.

I'm on 07700 900 582 until 8, then the lock office phone 020 7946 0774 until the night man comes on.

Dave Hollis
Lock Keeper, Richmond Lock
Environment Agency
""")
    top = outlook_top(f, addr("Hollis, Dave", "dave.hollis@environment-agency.gov.uk"), addr("MASH Step Up", RMASH),
                      "Two children on their own on a boat below Richmond Lock", when,
                      mid_domain="AM9P195MB1144.EURP195.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Mason Fairweather"), ch("Isla-Rose Fairweather")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A LOCK KEEPER AT 18:41: an 8-year-old and a 3-year-old alone on a boat on the visitor moorings since their "
        "mother left yesterday morning, no food, no gas, the office closing at 8 and the tide over the moorings at "
        "22:10; 101 has not called back. No carer tonight -> urgent -> alert_duty (the out-of-hours service at this "
        "hour). No alarm word anywhere. Not a step request, from outside the council -> other. Both children named in "
        "full, no DOBs. neglect." + rule("richmond_wandsworth", "other", True),
        not_children=["Dave Hollis"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2085-04-30 09:35:16"
    body = T("""
NOTIFICATION FOR INFORMATION ONLY - NO ACTION REQUESTED
Public Protection Desk, South West BCU (Richmond)

Date and time: Saturday 28 April, 19:10
Location: River Thames, Eel Pie Island moorings, Twickenham
Police reference: CAD 6612/28APR

Summary: Teddington RNLI lifeboat and LFB attended a report of a man in the water. The man, Gareth FENWICK (41), had slipped between his tender and the pontoon while returning to his houseboat. The lifeboat crew recovered him within six minutes, conscious and talking. He was treated for mild hypothermia by LAS, taken to West Middlesex Hospital and discharged the same night. Breath test negative. No third party involvement. Accident.

Children: Mr Fenwick has two children who live with their mother, Jo Fenwick, at an address in Strawberry Hill:
- Ada FENWICK 08/03/2078
- Kit FENWICK 21/11/2080
The children were at home with their mother at the time and were not on or near the river. They stay with their father on alternate weekends; they were not due to stay that weekend.

Officer's assessment: no concerns identified for the children. Not a child protection matter. Shared under the notification protocol because a parent was involved in a serious incident.

Risk to children: NONE IDENTIFIED

PC 2471SW Harris
Public Protection Desk, South West BCU
""")
    top = plain_top(f, addr("SW BCU Public Protection Desk", "SWMailbox-PPDNotifications@met.police.uk"),
                    addr("Early Help Duty", REH),
                    "FOR INFORMATION - adult rescued from the Thames - children in household (CAD 6612/28APR)",
                    when, "met.police.uk", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [],
        [ch("Ada Fenwick", "2078-03-08", "08/03/2078", as_written="Ada FENWICK"),
         ch("Kit Fenwick", "2080-11-21", "21/11/2080", as_written="Kit FENWICK")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A LIFEBOAT RESCUE OF AN ADULT: a police notification that Teddington RNLI pulled a father from "
        "the Thames after he slipped off a pontoon (sober, discharged the same night, an accident); his children were "
        "at home with their mother, 'no concerns identified', 'Not a child protection matter', 'Risk to children: NONE "
        "IDENTIFIED', 'NO ACTION REQUESTED' -> not urgent. A notification, no step -> other -> human_review. The "
        "children are named in capitals ('Ada FENWICK') -> normalised 'Ada Fenwick', 'Kit Fenwick', with DOBs; the "
        "police reference CAD 6612/28APR is no case id. concerns []." + rule("richmond_wandsworth", "other"),
        not_children=["Gareth FENWICK", "Jo Fenwick"])

RSIG_TOM = sig("Tom Kaczmarek", "Social Worker | Child in Need Team (Richmond)",
               "Achieving for Children on behalf of Richmond and Wandsworth Councils", "020 7946 0452")
R04_ACK = T("""
Thank you - your step-down request has been received.

Reference: SB-richmond_wandsworth-5127
Case: 2859017
Children: Freya Ashdown-Blake (05/05/2073)
Step-down case discussion: Tuesday 12 June 14:00 (Microsoft Teams), as agreed with the Early Help duty team manager

What is missing:
- consent (confirmation that the child, young person and family consent to Early Help continuing the plan)

Please reply to this email, keeping the reference in the subject, to add anything.
""")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2085-06-07 15:20:44"
    body = T("""
Hi Early Help duty,

As agreed on the phone with Jasper this morning, the step-down case discussion for Freya Ashdown-Blake (DOB 05/05/2073, Mosaic 2859017) is on Tuesday 12th June at 2pm on Teams. I attach the latest case summary and the draft plan for Early Help.

Freya is 12 and lives with her mum in a cottage on Ham Common. Mum works as a groom at the riding stables off Ham Gate Avenue, and Freya rides and helps at the yard on Saturdays. The CIN plan started last summer after Mum's ex-partner's violence; he moved to Spain in September, there is a non-molestation order and there has been no contact since. What remains is Mum's anxiety - she's seeing her GP and has started talking therapy - and Freya needs someone to check in with her as she moves up to secondary.

I've talked to Mum about Early Help continuing the plan. She said she'd have a think and talk to her partner and let me know, so I don't have her consent yet.

Ruth (copied) agrees with the step down.

Thanks,
Tom

""") + RSIG_TOM + "\n" + RDISC
    atts = [pdf_att("Case Summary - F Ashdown-Blake - June 2085.pdf", "Case summary - Freya Ashdown-Blake (Mosaic 2859017)", [
                "Child in Need since July 2084 following domestic abuse by Mum's former partner (now abroad; a",
                "non-molestation order in force; no contact since September 2084).",
                "Current: Mum's anxiety (GP, talking therapy). Freya doing well at school, 96% attendance.",
                "CIN review 30/05/2085 recommended step down to Early Help."]),
            docx_att("Draft Early Help plan - Freya A-B.docx", [
                "# Draft Early Help plan - Freya Ashdown-Blake",
                "1. Early Help worker to meet Freya fortnightly through her transition to secondary school.",
                "2. Mum to continue talking therapy; GP review in July.",
                "3. Review at 4 weeks, chaired by the Early Help manager."])]
    top = outlook_top(f, addr("Kaczmarek, Tom", "Tom.Kaczmarek@" + RDOM), addr("Early Help Duty", REH),
                      "Step down to Early Help - Freya Ashdown-Blake (Mosaic 2859017) - case discussion Tues 12th June 2pm",
                      when, cc=addr("Kaye, Ruth", "Ruth.Kaye@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2859017"],
        [ch("Freya Ashdown-Blake", "2073-05-05", "05/05/2073")],
        ["parental_mental_health"], None, True, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with the case discussion agreed by phone for Tue 12 June 2pm (within 5 days of "
        "Thu 7 June), case summary .pdf and draft plan .docx attached. CONSENT UNCLEAR: 'She said she'd have a think "
        "... so I don't have her consent yet' -> null (DESIGN: null when still to be asked) -> 'consent' missing "
        "-> request_info. 'Ruth (copied) agrees with the step down' -> manager true. The domestic abuse is past (ex-"
        "partner abroad, order, no contact) -> not a concern; Mum's anxiety -> parental_mental_health. 'Mosaic "
        "2859017' -> the bare number." + rule("richmond_wandsworth", "step_down"),
        not_children=["Tom Kaczmarek"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2085-06-11 10:05:29"
    body = T("""
Morning,

Mum rang me first thing - she's talked it over and she consents to Early Help continuing the plan. She asked whether the worker could be Sophie from the Ham youth project, as Freya already knows her from the stables.

See you at the discussion tomorrow.

Tom

""") + RSIG_TOM + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "07 June 2085 15:27",
                         "Kaczmarek, Tom <Tom.Kaczmarek@richmondandwandsworth.gov.uk>",
                         "Step-down request received - Freya Ashdown-Blake [SB-richmond_wandsworth-5127]", R04_ACK)
    top = outlook_top(f, addr("Kaczmarek, Tom", "Tom.Kaczmarek@" + RDOM), addr("Early Help Duty", REH),
                      "RE: Step-down request received - Freya Ashdown-Blake [SB-richmond_wandsworth-5127]", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2859017"],
        [ch("Freya Ashdown-Blake", "2073-05-05", "05/05/2073")],
        [], True, None, [], None, "attach_to_request",
        "Outlook reply to [SB-richmond_wandsworth-5127] (richmond_wandsworth_04's request) adding the missing consent: "
        "'she consents to Early Help continuing the plan' -> consent true. The quoted acknowledgement's 'What is "
        "missing:' list is stepbot's, not the sender's. Child, DOB and case id from the quoted acknowledgement; nothing "
        "of concern added -> concerns []." + rule("richmond_wandsworth", "follow_up"),
        not_children=["Tom Kaczmarek"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2085-07-06 15:55:50"
    body = T("""
Dear MASH colleagues,

I have agreed the step up for Lily Marchbank (DOB 22/01/2071, Mosaic 2861345) and attach the latest case summary.

Rationale for step up
Lily is 14 and rows with the junior squad at a club on the Embankment at Putney. Since March a man called Kieran (27), who runs a boat-hire and river-taxi business from the pontoon next to the club, has been giving her cash, vapes and rides in his RIB. She has been missing overnight twice (12 May and 21 June) and was found both times at 7am on his boat at Chiswick; she says nothing happened and "he's just a mate". School report she has new clothes and a second phone. Early Help has worked with Lily and her mum since April on a safety plan, but Lily won't engage with it and we think the exploitation concerns now need a statutory response.

Mum agrees with the step up.

Kind regards,
Nadia

""") + RSIG_NADIA + T("""

PS - as I was about to press send, Lily's mum rang me. Lily texted her at 3.30: "going out on the boat with Kieran tonight, staying on it, dont wait up x" and her phone has been off since. Kieran told her to bring her passport. Mum is ringing the police now and I've asked her to stay by the phone. Lily hasn't been seen since lunchtime.

""") + RDISC
    att = docx_att("Case summary - Lily Marchbank - July 2085.docx", [
        "# Case summary - Lily Marchbank (Mosaic 2861345)",
        "Early Help since April 2085 (school referral: older male, gifts, two overnight missing episodes).",
        "Missing episodes: 12/05/2085 and 21/06/2085, both found on a boat at Chiswick; return interviews done.",
        "Mum is protective and works with Early Help; Dad not involved.",
        "NRM / exploitation screening tool completed 24/06/2085: significant concern."])
    top = outlook_top(f, addr("Holloway, Nadia", "Nadia.Holloway@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Lily Marchbank (Mosaic 2861345)", when)
    add(f, mail(f, top, body, [att], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 1,
        "urgent", "step_up", True, None, ["2861345"],
        [ch("Lily Marchbank", "2071-01-22", "22/01/2071")],
        ["exploitation", "missing"], True, True, [], None, "alert_duty",
        "THE RISK IS IN A P.S. AFTER THE SIGNATURE: an otherwise complete Richmond & Wandsworth step-up (case summary "
        ".docx, rationale under its heading, 'I have agreed the step up', 'Mum agrees with the step up') whose P.S. "
        "says the 14-year-old texted at 3.30 that she is going out on the 27-year-old's boat tonight and staying on "
        "it, told to bring her passport, phone off. DESIGN safety rule 1 (every part read) -> urgent -> alert_duty, "
        "first in order though nothing is missing. exploitation + missing (sexual_harm could be argued: an adult "
        "man grooming a child with gifts and overnight stays)." + rule("richmond_wandsworth", "step_up", True),
        not_children=["Nadia Holloway"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2085-07-18 11:25:13"
    body = T("""
Hi,

Step down to Early Help for the Delacroix-Reid children. As agreed with the Early Help duty team manager on the phone just now, the case discussion is Friday 20th July at 10am (Teams). The latest case summary and the draft plan for Early Help are attached.

Noah Delacroix-Reid - 30/04/2075 - Mosaic 2853390
Esme Delacroix-Reid - 12/08/2079 - Mosaic 2853391

The family live on a residential houseboat on the moorings by Wandsworth Park. The CIN plan began in November because of Dad's PTSD (he's an army veteran) and some very low months over the winter; he is now under the veterans' mental health service, on medication, and doing far better. Mum works at the boatyard.

Two things before you read the logs on Mosaic:
- The "missing" report on Saturday 7 July was dealt with the same evening. Noah had gone to his friend's boat two moorings along to watch the football and lost track of time; Dad rang 999 straight away, police found him within the hour and the return home interview was done on 9 July. No concerns, NFA.
- There are no concerns about the river. Both children can swim, they wear life jackets on deck and on the pontoon, and the boat passed its Boat Safety Scheme examination in March (smoke and CO alarms fitted).

Both parents have consented to Early Help continuing the plan.

Thanks,
Priya

Priya Nandakumar
Social Worker | Children in Need (Wandsworth)
Richmond and Wandsworth Councils' Shared Staffing Arrangement
020 7946 0619

""") + RDISC
    atts = [docx_att("Case summary - Delacroix-Reid - July 2085.docx", [
                "# Case summary - Delacroix-Reid",
                "CIN since November 2084: Dad's PTSD and low mood over the winter; now treated and stable.",
                "Missing report 07/07/2085: found within the hour at a friend's boat; RHI 09/07/2085; NFA.",
                "Boat Safety Scheme certificate March 2085."]),
            pdf_att("Draft EH plan - Delacroix-Reid.pdf", "Draft Early Help plan - Delacroix-Reid", [
                "1. Early Help worker to visit monthly and link Dad with the veterans' peer group.",
                "2. Noah to join the river youth sailing club (Saturdays, supervised).",
                "3. Review meeting at 4 weeks, chaired by the Early Help manager."])]
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Delacroix-Reid - case discussion Fri 20th July 10am", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2853390", "2853391"],
        [ch("Noah Delacroix-Reid", "2075-04-30", "30/04/2075"), ch("Esme Delacroix-Reid", "2079-08-12", "12/08/2079")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A 'MISSING' REPORT ALREADY DEALT WITH AND A NEGATED RIVER WORRY on a houseboat family's step-down: "
        "the 10-year-old was found within the hour at a friend's boat, return interview done, 'No concerns, NFA'; "
        "'There are no concerns about the river' (life jackets, swimming, Boat Safety Scheme) -> not urgent, no "
        "missing concern. Complete Richmond & Wandsworth step-down: case summary .docx, draft plan .pdf, 'Both parents "
        "have consented to Early Help continuing the plan' -> consent true; the case discussion agreed for Fri 20 July "
        "(within 5 days) -> book_meeting. Manager not mentioned -> null (not required). Dad's PTSD -> "
        "parental_mental_health." + rule("richmond_wandsworth", "step_down"),
        not_children=["Priya Nandakumar"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2085-07-17 12:02:08"
    body = T("""
Thank you for your email.

I'm on annual leave until Monday 30 July, walking the Pennine Way, and will have no phone signal for most of it, so I won't see messages until I'm back.

For anything about an Early Help case please contact the Early Help duty team on 020 7946 0321 or EarlyHelpDuty@richmondandwandsworth.gov.uk. If you think a child is in immediate danger, call 999.

Zainab Mirza
Early Help Worker (Richmond North)
""")
    data = ooo(f, when, "Mirza, Zainab", "Zainab.Mirza@" + RDOM, addr("Early Help Duty", REH),
               "Step-down case discussion - Delacroix-Reid - Fri 20 July 10:00 [SB-richmond_wandsworth-5188]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to a "
        "stepbot notice about richmond_wandsworth_07's case discussion; 'no phone signal' on the Pennine Way, and "
        "'immediate danger, call 999' is boilerplate. DESIGN safety rule 2 -> auto_reply -> ignore; not urgent."
        + rule("richmond_wandsworth", "auto_reply"),
        not_children=["Zainab Mirza"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2085-04-26 10:50:39"
    body = T("""
Dear Early Help Hub,

I'm stepping the Penhaligon children down to Early Help with a Team Around the Family. The Child and Family Assessment concluded on 19 April with no further statutory involvement; the assessment and the draft TAF plan are attached.

Oscar Penhaligon, DOB 14/03/2077, Mosaic ID 2917735
Wren Penhaligon, DOB 28/09/2080, Mosaic ID 2917736

The family live on a narrowboat, "Wayfarer", as continuous cruisers - they have to move on every 14 days, round the Regent's Canal, the Hertford Union and the Limehouse Cut, and sometimes up the Lee as far as Tottenham. The boat is warm, clean and well kept. The difficulty is school: when they're moored at the top end, Oscar's journey to Canalside Primary is 90 minutes and his attendance is 84%.

TAF meeting: Thursday 3rd May at 2pm at Canalside Primary School (family room). I'll chair it and the minutes will be on Mosaic.

Lead Practitioner: Mr Daniel Oyelowo, Family Support Worker, Canalside Primary School, has agreed to be Lead Practitioner.

Both parents have consented to the step down to Early Help.

Kind regards,
Shahana

Shahana Begum-Wright
Social Worker | Assessment and Intervention Team | Tower Hamlets Council
020 7946 0871

""") + TDISC
    atts = [pdf_att("C&F Assessment - Penhaligon - April 2085.pdf", "Child and Family Assessment - Penhaligon", [
                "Children: Oscar Penhaligon (8), Wren Penhaligon (4). Mosaic 2917735, 2917736.",
                "Referral: school, February 2085, attendance and late arrivals.",
                "Analysis: a loving, organised family; the boat is safe and well equipped (Boat Safety Scheme",
                "certificate seen). Needs arise from the family's travelling and distance from school.",
                "Outcome (19/04/2085): no further statutory involvement; step down to Early Help with a TAF."]),
            docx_att("Draft TAF plan - Penhaligon.docx", [
                "# Draft TAF plan - Penhaligon",
                "1. School and family to agree moorings within reach of school in term time where possible.",
                "2. Travel support (Oyster for Mum) and a breakfast club place for Oscar.",
                "3. Wren's nursery place to be taken up in September.",
                "4. Lead Practitioner: Daniel Oyelowo (Canalside Primary School)."])]
    top = outlook_top(f, addr("Begum-Wright, Shahana", "Shahana.Begum-Wright@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help (TAF) - Penhaligon children - Mosaic 2917735 / 2917736", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2917735", "2917736"],
        [ch("Oscar Penhaligon", "2077-03-14", "14/03/2077"), ch("Wren Penhaligon", "2080-09-28", "28/09/2080")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down for a family of continuous cruisers on the canals: C&F Assessment .pdf, draft "
        "TAF plan .docx, 'Both parents have consented to the step down', Lead Practitioner named with his agency -> "
        "nothing missing -> book_meeting. The assessment concluded on 19 April; the TAF on Thu 3 May is exactly 10 "
        "working days later (May Day is after it), as the seed asks. 'Mosaic ID 2917735' -> the bare numbers. "
        "Attendance 84% -> school_attendance." + rule("tower_hamlets", "step_down"),
        not_children=["Shahana Begum-Wright", "Daniel Oyelowo"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2085-05-22 14:25:03"
    body = T("""
Hello MAST,

I'm an RSPCA inspector. I have your email from a joint visit with one of your social workers last year.

I'm outside Flat 12, Cubitt Wharf House, Manchester Road, E14, on a call about two dogs reported to be starving. Nobody answers. Through the letterbox I can see a little boy - I'd say about 2 - in just a nappy, sitting in the hallway among the dog mess, crying. I can't hear or see any adult. The dogs are very thin and one of them is lying down and not getting up.

The neighbours say the mum "goes off for days" and they haven't seen her since Sunday. They call the boy Leo. They don't know her surname.

I rang the police at 13:50 and was told it could be a couple of hours as all units are committed. I've rung your MAST number twice and it's been engaged both times, so I'm emailing as well. The housing officer is trying to find a key. I'm staying at the door.

Claire Lindqvist
Inspector, RSPCA London East
07700 900 318
""")
    top = outlook_top(f, addr("Lindqvist, Claire", "claire.lindqvist@rspca.org.uk"), addr("MAST", TMAST),
                      "Small child alone in flat with dogs - Manchester Road E14 - I'm at the door now", when,
                      mid_domain="DB9PR08MB6622.eurprd08.prod.outlook.com", extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "ANIMALS NEGLECTED ALONGSIDE A CHILD, HAPPENING NOW: an RSPCA inspector at a flat door about starving dogs sees "
        "a boy of about 2 in a nappy among dog mess with no adult, the mother not seen since Sunday; police 'a couple "
        "of hours', the MAST line engaged. DESIGN safety rule 1 -> urgent -> alert_duty. No alarm word anywhere. From "
        "outside the council, no step -> other. The boy is known only as 'Leo' (first name only) -> children []. "
        "neglect." + rule("tower_hamlets", "other", True),
        not_children=["Claire Lindqvist"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2085-05-02 09:10:45"
    body = T("""
CHILD COMING TO NOTICE - LOCATION AUTHORITY COPY - FOR INFORMATION ONLY

From: Marine Policing Unit, Wapping
Date and time: Monday 30 April, 23:40
Location: Thames foreshore below Wapping Old Stairs, E1

Child: Callum RENSHAW, DOB 05/11/2068
Home address: Gravesend, Kent (Kent County Council area)

Circumstances: MPU officers on patrol saw torch lights on the foreshore and found Callum with two friends (both 17, also from Gravesend) who had been mudlarking and were cut off by the rising tide. All three were taken off by the police boat, uninjured and sober, and were handed to Callum's father at Wapping police station at 00:50. Callum has no previous police contact. Words of advice given about the tides.

Referral: Kent County Council Front Door notified on 01/05 as the home authority. Callum is not known to Tower Hamlets and no action is requested from LBTH. This copy is sent to the location authority only, under the pan-London protocol.

Risk assessment: no concerns - STANDARD.

PS Okafor 118TP
Marine Policing Unit
""")
    top = plain_top(f, addr("MPU Wapping Notifications", "MPU-Wapping-CCTN@met.police.uk"), addr("MAST", TMAST),
                    "Child coming to notice - Thames foreshore, Wapping - 30/04 - location authority copy (home LA: Kent)",
                    when, "met.police.uk", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Callum Renshaw", "2068-11-05", "05/11/2068", as_written="Callum RENSHAW")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - SOMEONE ELSE'S CHILD, ALREADY DEALT WITH: a Marine Policing Unit notice that a 16-year-old from "
        "Gravesend was taken off the Wapping foreshore when the tide cut him off, uninjured, handed to his father the "
        "same night; Kent is the home authority and has been told; 'not known to Tower Hamlets and no action is "
        "requested'; 'no concerns'. Not urgent. A notification, no step -> other -> human_review. Named in capitals "
        "('Callum RENSHAW') -> 'Callum Renshaw' with his DOB; the two friends are unnamed. concerns []."
        + rule("tower_hamlets", "other"))

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2085-06-11 13:40:26"
    body = T("""
Hi Early Help Hub,

Step down to Early Help for the Hossain-Barnes children. The Child and Family Assessment concluded on 5 June; the assessment and the draft TAF plan are attached.

Kai Hossain-Barnes - DOB 19/07/2071 - Mosaic 2921408
Amelie Hossain-Barnes - DOB 03/03/2076 - Mosaic 2921409

TAF meeting: Friday 15th June at 10am at Millwall Park Academy (I'll chair).
Lead Practitioner: Ms Farzana Choudhury, Learning Mentor, Millwall Park Academy - she has agreed to take this on.
Ms Hossain has consented to the step down.

The remaining need is Mum's anxiety - she rarely leaves the flat and is on the waiting list for the community mental health team - and the children need someone to keep an eye on how much they're doing for her.

One thing so it doesn't cause a worry later: the school's referral in March said Kai was "being made to work" at Island Gardens City Farm. I checked this as part of the assessment. Kai is on the farm's junior volunteer programme on Saturdays, 10 till 1, always working alongside a member of staff - feeding the goats, mucking out, helping with the school groups. Ms Hossain signed him up and gets a text when he arrives and when he leaves. He isn't paid (he gets his lunch). He is not being exploited; he loves it, and it's one of the strengths in the plan.

Thanks,
Michael

Michael Adeyemi
Social Worker | Assessment and Intervention Team | Tower Hamlets Council
020 7946 0907

""") + TDISC
    atts = [pdf_att("C&F Assessment - Hossain-Barnes - June 2085.pdf", "Child and Family Assessment - Hossain-Barnes", [
                "Children: Kai (13), Amelie (9). Mosaic 2921408, 2921409.",
                "Referral (March 2085): school - concern that Kai was working at a city farm. Checked: a supervised",
                "junior volunteer programme with parental agreement; no exploitation; not a concern.",
                "Mum's anxiety and agoraphobia; GP and CMHT waiting list.",
                "Outcome (05/06/2085): step down to Early Help with a TAF; Lead Practitioner from school."]),
            docx_att("TAF plan draft - Hossain-Barnes.docx", [
                "# Draft TAF plan - Hossain-Barnes",
                "1. Learning Mentor to meet Kai and Amelie fortnightly.",
                "2. Young carers' assessment for Kai.",
                "3. Mum to be supported to attend her CMHT assessment."])]
    top = outlook_top(f, addr("Adeyemi, Michael", "Michael.Adeyemi@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Hossain-Barnes - TAF Fri 15th June", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2921408", "2921409"],
        [ch("Kai Hossain-Barnes", "2071-07-19", "19/07/2071"), ch("Amelie Hossain-Barnes", "2076-03-03", "03/03/2076")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CHILD'S SUPERVISED JOB ON A (CITY) FARM: the school's worry that a 13-year-old was 'being made "
        "to work' was checked - a supervised junior volunteer programme, signed up by his mother, 'He is not being "
        "exploited' -> no exploitation concern, not urgent. Complete Tower Hamlets step-down: C&F Assessment .pdf, "
        "draft TAF plan .docx, 'has consented to the step down', Lead Practitioner with her agency; TAF Fri 15 June "
        "within 10 WD of 5 June -> book_meeting. Mum's anxiety (she rarely leaves the flat) -> parental_mental_health; "
        "'how much they're doing for her' and a young carers' assessment in the plan -> young_carer." + rule("tower_hamlets", "step_down"),
        not_children=["Michael Adeyemi", "Farzana Choudhury"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2085-07-05 11:05:18"
    body = T("""
Hello MAST,

I'd like a MAST discussion about stepping the Lewis-Okafor children up to social care. The MARF is attached.

Tyrell Lewis-Okafor - 14/02/2081
Nia Lewis-Okafor - 09/06/2082
Mosaic case 2908812

To be clear from the start, the canal incident last August is not why I'm writing. Nia fell from the towpath into the Regent's Canal at Mile End on 14 August 2084 while Mum was on her phone; a cyclist had her out within seconds, she was checked at the Royal London and was fine, and the s47 concluded it was an accident and closed NFA in September.

What worries me now is the home. Since May the flat has gone downhill: dog mess on the floors, no bed for Tyrell, very little food. Tyrell needs six teeth out under general anaesthetic and they've missed the last two dental hospital appointments. Mum has cancelled five of my last seven visits and doesn't answer the door when I turn up.

I discussed this with my manager, Ruksana Begum, yesterday. She doesn't agree it meets the threshold for a step up yet - she wants me to hold a TAF with the dental hospital and the health visitor first - but she's happy for me to ask MAST for a view, so I'm sending the MARF now.

Mum says she doesn't want social services involved.

Jordan Asante
Early Help Practitioner | Early Help Hub (Bow) | Tower Hamlets Council
020 7946 0733

""") + TDISC
    att = pdf_att("MARF - Lewis-Okafor - July 2085.pdf", "Multi-Agency Request for Support - Lewis-Okafor", [
        "Children: Tyrell Lewis-Okafor (14/02/2081), Nia Lewis-Okafor (09/06/2082). Mosaic case 2908812.",
        "Referrer: Jordan Asante, Early Help Practitioner, Early Help Hub (Bow).",
        "Concerns: home conditions, dental neglect (6 extractions needed), missed hospital appointments,",
        "parent not engaging with the Early Help plan (5 of 7 visits cancelled since May).",
        "History: accidental fall into the canal 14/08/2084; s47 concluded accidental; closed NFA 09/2084.",
        "Parental consent: not given - mother does not want social care involvement.",
        "Manager: Ruksana Begum - does not agree step up threshold met at this time; MAST view requested."])
    top = outlook_top(f, addr("Asante, Jordan", "Jordan.Asante@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Lewis-Okafor children (Mosaic 2908812)", when)
    add(f, mail(f, top, body, [att], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2908812"],
        [ch("Tyrell Lewis-Okafor", "2081-02-14", "14/02/2081"), ch("Nia Lewis-Okafor", "2082-06-09", "09/06/2082")],
        ["neglect", "non_engagement"], False, False, ["manager_agreed"], None, "request_info",
        "NEAR MISS - A TODDLER'S FALL INTO THE CANAL LAST AUGUST, CLOSED AS AN ACCIDENT ('the canal incident ... is not "
        "why I'm writing'; s47 NFA) -> historic, not urgent, no physical_harm. MAST step-up with the MARF .pdf attached "
        "(request_for_support met); THE MANAGER DISAGREES: 'She doesn't agree it meets the threshold for a step up yet' "
        "-> manager_agreed false -> missing (REQUIREMENTS, tower_hamlets step_up) -> request_info. 'Mum says she "
        "doesn't want social services involved' -> consent false (not a Tower Hamlets step-up requirement). neglect "
        "(home, dental) + non_engagement (visits cancelled). 'Mosaic case 2908812' -> the bare number."
        + rule("tower_hamlets", "step_up"),
        not_children=["Jordan Asante", "Ruksana Begum"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2085-07-20 20:35:47"
    text = T("""
Hi im Stacey Greaves, Aisha from early help works with me and she said to email this if I cant get her. Her phone is going to voicemail.

My ex Liam has got my boys Jayden Greaves (11) and Riley Greaves (6) this weekend. He lives on a boat at Limehouse marina. Jayden just texted me this, im copying it exactly:

[20:12] Jayden: mum dads really drunk
[20:13] Jayden: hes taking the boat out on the river now he says were going to southend tonight
[20:15] Jayden: riley hasnt got a life jacket on he cant find it
[20:21] Jayden: dad says if i text u again hes throwing my phone in the river

Nothing since and Jaydens phone is off now. Liam wont answer. Riley cant swim. Liam has been drinking again since Easter, hes had about 3 bottles of wine by the sound of it. I rang 999 at 8.25 and they said they are sending the river police but they couldnt tell me anything else. Im at home in Poplar with the baby I cant get down there.

Please can someone ring me 07700 900 655

Stacey
""")
    top = plain_top(f, addr("Stacey Greaves", "stacey.greaves.poplar@gmail.com"), TEH,
                    "please can someone help my boys are on a boat with there dad", when, "mail.gmail.com", None)
    root = multipart("alternative", [text_part(text, cte="quoted-printable"),
                                     text_part(html_of(text, "Roboto"), "html", cte="quoted-printable")], gbnd(f, 1))
    add(f, build(top, root, False), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jayden Greaves"), ch("Riley Greaves")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A MOTHER'S GMAIL ON A FRIDAY NIGHT (20:35, the last day of the window), HER SON'S TEXTS QUOTED EXACTLY: their "
        "drunk father is taking an 11-year-old and a 6-year-old (no life jacket, cannot swim) down the tidal Thames "
        "towards Southend tonight and has threatened to throw the boy's phone in the river; the phone is now off. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service). No alarm word anywhere. A parent's "
        "mail, no step -> other. Both boys named in full, ages only. neglect (children put in danger on the water "
        "without a life jacket) + substance_misuse (father drinking again since Easter)." + rule("tower_hamlets", "other", True),
        not_children=["Stacey Greaves"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2085-05-01 08:35:12"
    data = google_reply(f, when, "Daniel Oyelowo", "d.oyelowo@canalside.example.sch.uk", ("Tower Hamlets Early Help Hub", TEH),
                        "ACCEPTED", "TAF meeting - Penhaligon - Mosaic 2917735 [SB-tower_hamlets-7740]",
                        "20850503T130000Z", "20850503T143000Z", "Canalside Primary School, family room",
                        "Thu 3 May 2085 2pm - 3:30pm (BST)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["2917735"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Lead "
        "Practitioner for tower_hamlets_01's TAF (Thu 3 May 2pm BST; the calendar in UTC, 13:00Z); SUMMARY 'Mosaic "
        "2917735' -> the bare number." + rule("tower_hamlets", "meeting_reply"),
        not_children=["Daniel Oyelowo"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2085-07-17 16:10:33"
    body = T("""
Dear MAST,

I'm the family's health visitor and I've been the Lead Practitioner on their Early Help plan since February. I'd like to step the Miah children up to social care.

Arif Miah - 03/10/2074
Sumaiya Miah - 12/12/2077
Rahim Miah - 20/05/2081
Inaya Miah - 05/06/2085

Dad, Mr Abdul Miah, works away from April to October as a seasonal picker on a fruit farm in Kent. He lives in a caravan on the farm and gets home one Sunday a month, so Mum is on her own in a two-bed flat with four children, including a six-week-old baby. At the baby's six-week check on Monday I found Mum very low - she scored highly on the EPDS and the GP has diagnosed postnatal depression and started medication; the perinatal team are seeing her on Thursday. She is not having thoughts of harming herself or the baby, and the baby is feeding and gaining well.

Arif (10) is doing the shopping, taking Rahim to nursery and getting up in the night with the baby; he's exhausted at school. Sumaiya's attendance has dropped to 79% this term because she's been kept home to help.

Mrs Miah consents to the referral to MAST. My line manager, Grace Tettey (Health Visiting Team Lead), has agreed the step up. I'm completing the MARF tomorrow - I wanted to get this to you today.

Kind regards,
Bethan

Bethan Lloyd-Hughes
Health Visitor | Stepney and Wapping Health Visiting Team
Tower Hamlets 0-19 Service
07700 900 744
""")
    top = outlook_top(f, addr("Lloyd-Hughes, Bethan", "bethan.lloyd-hughes@nhs.net"), addr("MAST", TMAST),
                      "Step up to MAST - Miah family - 4 children incl. 6-week-old", when,
                      mid_domain="LO2P123MB4417.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, [],
        [ch("Arif Miah", "2074-10-03", "03/10/2074"), ch("Sumaiya Miah", "2077-12-12", "12/12/2077"),
         ch("Rahim Miah", "2081-05-20", "20/05/2081"), ch("Inaya Miah", "2085-06-05", "05/06/2085")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, ["request_for_support"], None,
        "request_info",
        "A HEALTH VISITOR AS LEAD PRACTITIONER; a father away all season as a migrant fruit picker living in a caravan on "
        "a Kent farm, the mother alone with four including a 6-week-old. MAST step-up with 'consents to the referral' "
        "-> consent true and 'has agreed the step up' -> manager true, but the MARF is 'tomorrow' -> "
        "request_for_support missing (REQUIREMENTS, tower_hamlets step_up) -> request_info. Postnatal depression (no "
        "thoughts of harm, perinatal team Thursday) -> parental_mental_health, not urgent; the 10-year-old shopping, "
        "doing the nursery run and night feeds -> young_carer; 79% -> school_attendance. No case id given."
        + rule("tower_hamlets", "step_up"),
        not_children=["Bethan Lloyd-Hughes", "Abdul Miah", "Grace Tettey"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
B01_ACK = T("""
Thank you - your step-down request has been received.

Reference: SB-torbay-4790
Case: LCS-4410273
Children: Jago Trewin (16/06/2077), Demelza Trewin (02/02/2080), Morwenna Trewin (27/08/2082)
Triage: under-5s triage, Tuesday 8 May 11:30 (Microsoft Teams)

Please reply to this email, keeping the reference in the subject, to add anything.
""")

def torbay_01():
    f = "torbay_01.eml"; when = "2085-04-24 14:15:21"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step the Trewin children down to level 3 Early Help. The Single Assessment has concluded no further action at level 4, but the family need a coordinated level 3 response. The Single Assessment is attached, with my Team Manager's analysis confirming the threshold for level 3 is met on the last page.

Jago Trewin - 16/06/2077
Demelza Trewin - 02/02/2080
Morwenna Trewin - 27/08/2082
LCS-4410273

The family live in Brixham. Dad is crew on a beam trawler out of Brixham and is away at sea eight to ten days at a time, so Mum is on her own with the three children most of the month. She has struggled with anxiety since Morwenna was born and is very isolated when he's away. Jago's attendance is 85% and he's often late; Morwenna has a speech delay and is waiting for speech and language therapy. There were no safeguarding concerns in the assessment - it's support they need.

Mum has given consent for level 3 Early Help.

Morwenna is 2, so I think this will need the under-5s triage.

Thanks,
Kerensa

Kerensa Pascoe
Social Worker | Single Assessment Team | Torbay Council
01632 960 212

""") + BDISC
    att = pdf_att("Single Assessment - Trewin - April 2085.pdf", "Single Assessment - Trewin children (LCS-4410273)", [
        "Children: Jago (7), Demelza (5), Morwenna (2). Address: Brixham.",
        "Reason for assessment: school referral - Jago's lateness and attendance; Mum's anxiety.",
        "Analysis: a loving home; Dad away fishing for long spells; Mum isolated and anxious; no evidence of",
        "significant harm. Needs: attendance support, SLT for Morwenna, support for Mum's mental health.",
        "Social worker's recommendation: no further action at level 4; step down to level 3 Early Help.",
        "Team Manager analysis: I have read the assessment and agree. I confirm the threshold for level 3",
        "intervention is met. Sarah Widdicombe, Team Manager, 23/04/2085."])
    top = outlook_top(f, addr("Pascoe, Kerensa", "Kerensa.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down to level 3 - Trewin children (LCS-4410273)", when)
    add(f, mail(f, top, body, [att], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4410273"],
        [ch("Jago Trewin", "2077-06-16", "16/06/2077"), ch("Demelza Trewin", "2080-02-02", "02/02/2080"),
         ch("Morwenna Trewin", "2082-08-27", "27/08/2082")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team for a fishing family in Brixham (Dad away at sea "
        "8-10 days at a time, Mum isolated): Single Assessment .pdf whose last page carries the Team Manager's "
        "analysis 'I confirm the threshold for level 3 intervention is met' -> manager true; 'Mum has given consent for "
        "level 3 Early Help' -> consent true; level 3 written -> book_meeting. Morwenna is 2 -> the fortnightly under-"
        "5s triage (torbay_07 accepts Tue 8 May). Mum's anxiety -> parental_mental_health; Jago 85% -> "
        "school_attendance; a speech delay waiting for therapy is not labelled disability_send."
        + rule("torbay", "step_down"),
        not_children=["Kerensa Pascoe", "Sarah Widdicombe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2085-05-30 07:25:14"
    body = T("""
Good morning,

I'm the manager at Bay View Holiday Park in Paignton. I found this address on the council website. I don't know who else to tell.

At ten to seven one of our cleaners found a little girl walking down the park road in her pyjamas and bare feet, crying for her mum. It's Ruby-Rae Lake, she's 4, from van 47 - the family have lived here since the winter although the park is supposed to be holiday use only. Ruby-Rae said "Dean hurt mummy".

I took her to the office and went up to van 47. Her mum, Kerry, opened the door with one eye swollen shut and blood on her lip. She said everything's fine and Dean's asleep. The baby, Lyla, who is about 8 months, is inside with him. Kerry won't come out without the baby and she won't let me ring the police. The people in the next van say there was screaming and banging from about 3am.

Ruby-Rae is with our receptionist in the office with some toast. Kerry has gone back inside. I can see the van from the office window and nobody has come out.

Please tell me what to do.

Gary Lethbridge
Park Manager
Bay View Holiday Park, Paignton
01632 960 660
""")
    top = plain_top(f, addr("Gary Lethbridge", "manager@bayviewholidaypark.example.co.uk"), BMASH,
                    "Little girl found on the park this morning - van 47", when,
                    "bayviewholidaypark.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ruby-Rae Lake")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A HOLIDAY-PARK MANAGER AT 07:25, a family living year-round in a static caravan: a 4-year-old found wandering "
        "in pyjamas ('Dean hurt mummy'); her mother at the door with an eye swollen shut and a bleeding lip, screaming "
        "heard from 3am; an 8-month-old still inside with the man; the mother refuses police. DESIGN safety rule 1 -> "
        "urgent -> alert_duty (before office hours). No alarm word anywhere. From outside the council, no step -> "
        "other. Ruby-Rae Lake named in full (no DOB); the baby 'Lyla' is first name only. domestic_abuse."
        + rule("torbay", "other", True),
        not_children=["Gary Lethbridge"])

def torbay_03():
    f = "torbay_03.eml"; when = "2085-06-21 21:10:08"
    text = T("""
Hello I hope this is the right email, your lady from early help gave us it when she came to talk to the club about mental health.

I run the young farmers club at Churston. Tegan Luxton (16) turned up at club night at the village hall tonight on her own, she had walked the 4 miles along the lanes from Collaton in the dark. She was in a state. She says Darren, her mums boyfriend, chucked her out after she told her mum he's been coming in her bedroom at night and touching her. She says he has been doing it since christmas.

Her sister Maddie is 11 and she is at home with him tonight, her mum works nights at the care home in Paignton. Tegan says she thinks he goes in Maddie's room too.

Tegan is staying at mine tonight. I haven't rung her mum because Tegan begged me not to and there's no signal at their place anyway.

Please can someone ring me 07700 900 266

Sue Hannaford
Club Leader, Churston & District YFC

Sent from my iPhone
""")
    top = plain_top(f, addr("Sue Hannaford", "suehannaford@btinternet.com"), BEH, "Tegan - please can someone ring me tonight",
                    when, "btinternet.com", None)
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tegan Luxton")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A YOUNG FARMERS CLUB LEADER ON HER PHONE AT 21:10: a 16-year-old walked four miles along dark lanes to club "
        "night after telling her mother that the mother's boyfriend comes into her bedroom at night and touches her; "
        "her 11-year-old sister is at home with him tonight and 'he goes in Maddie's room too'; no signal at the house. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service). No alarm word anywhere. From outside "
        "the council, no step -> other. Tegan Luxton named in full (no DOB); 'Maddie' is first name only. sexual_harm."
        + rule("torbay", "other", True),
        not_children=["Sue Hannaford"])

def torbay_04():
    f = "torbay_04.eml"; when = "2085-07-12 13:35:56"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-torbay-4821
Case: LCS-4415902
Children: Alfie Yeo (09/04/2083), Jessie Yeo (21/12/2075)
Triage: Tuesday 17 July 10:30 (Microsoft Teams)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Please put this with the step-down request and please can the duty desk ring me - I'm out at the farm now.

I came for the planned visit at 12.30. Nobody answered at the house. I found Alfie on his own at the edge of the slurry lagoon behind the cattle shed - there's no fence on that side - up to his knees in the crust. His dad Mark was asleep in the tractor cab with a bottle of vodka on the seat and I couldn't wake him properly. Mum is on a shift at Torbay Hospital and isn't answering.

I've got Alfie with me in my car. I washed him down with the yard hose; he's cold but otherwise ok. Jessie is at school. I can't leave Alfie here with Mark like this. There's no signal in the yard - I've walked up to the top gate to send this.

We will need to withdraw the step-down.

Loveday

Loveday Eastcott
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
07700 900 329

Get Outlook for iOS
________________________________
From: Torbay Early Help <earlyhelp@torbay.gov.uk>
Sent: Tuesday, July 10, 2085 3:02:11 PM
To: Eastcott, Loveday <Loveday.Eastcott@torbay.gov.uk>
Subject: Step-down request received - Yeo children LCS-4415902 [SB-torbay-4821]

""") + ack
    top = outlook_top(f, addr("Eastcott, Loveday", "Loveday.Eastcott@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: Step-down request received - Yeo children LCS-4415902 [SB-torbay-4821]", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-4415902"],
        [ch("Alfie Yeo", "2083-04-09", "09/04/2083"), ch("Jessie Yeo", "2075-12-21", "21/12/2075")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A SOCIAL WORKER AT THE FARM, SENT FROM THE TOP GATE (no signal in the yard): a 2-year-old found alone up to his "
        "knees in an unfenced slurry lagoon, his father asleep drunk in the tractor cab and not rousable, the mother on "
        "a hospital shift; 'I can't leave Alfie here with Mark like this'. DESIGN safety rule 1 (whatever the kind) -> "
        "urgent; a reply to [SB-torbay-4821] -> follow_up -> alert_duty first (missing [], level null on a follow_up). "
        "No alarm word anywhere. Children, DOBs and the LCS id from the quoted acknowledgement. neglect + "
        "substance_misuse." + rule("torbay", "follow_up", True),
        not_children=["Loveday Eastcott"])

def torbay_05():
    f = "torbay_05.eml"; when = "2085-07-09 10:20:00"
    body = T("""
Dear Early Help team,

With the summer holidays coming, the Devon Farm Safety Partnership has put together the attached leaflet for farming families, "Children on the farm this summer". Could you share it with families you work with who live or work on farms, and put it on your newsletter page?

Please note the "What would you do?" scenarios in the leaflet are made up to help families talk about the dangers - they are not about any real family or child.

Many thanks,
Rachel Heard
Farm Safety Coordinator
Devon Farm Safety Partnership
01632 960 553
""")
    leaflet = pdf_att("Children on the farm this summer - leaflet.pdf", "CHILDREN ON THE FARM THIS SUMMER", [
        "Devon Farm Safety Partnership - a leaflet for farming families",
        "",
        "Farms are homes and playgrounds as well as workplaces - and the most dangerous workplace for children.",
        "Every year in Britain children are killed or badly hurt on farms, most of them on their own family's farm.",
        "",
        "WHAT WOULD YOU DO? (These scenarios are made up. Talk them through as a family.)",
        "1. Imagine: it's haymaking, you're reversing the telehandler, and your 6-year-old has followed you into the",
        "   yard. Where should she be? Who is watching her?",
        "2. Imagine: the fence round the slurry lagoon has blown down and the children are playing football in the",
        "   next field. The crust looks solid enough to walk on. It isn't. What do you do today?",
        "3. Imagine: your 11-year-old wants to drive the quad to check the sheep like his big brother.",
        "",
        "THE RULES",
        "- No child under 13 drives or rides on any tractor, quad or self-propelled machine.",
        "- Keep slurry pits and lagoons fenced and covered; keep children out of the yard when machines move.",
        "- Guns in a locked cabinet, cartridges locked away separately.",
        "- Keep children away from freshly calved cows, bulls and moving stock.",
        "",
        "Worried a child is in immediate danger? Dial 999."])
    top = outlook_top(f, addr("Heard, Rachel", "rachel.heard@farmsafetydevon.example.org.uk"), addr("Torbay Early Help", BEH),
                      "Summer holiday farm safety leaflet - could Early Help share with families?", when,
                      mid_domain="farmsafetydevon.example.org.uk")
    add(f, mail(f, top, body, [leaflet], html_alt=True), "torbay", "early_help_duty", when, 10,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL IN A FARM SAFETY LEAFLET (.pdf): 'Imagine ... your 6-year-old has followed you into "
        "the yard', a slurry lagoon crust 'It isn't', 'killed or badly hurt', 'immediate danger? Dial 999' - every "
        "scenario 'made up', 'not about any real family or child'. DESIGN safety rule 1: hypothetical risks and "
        "bulletins that list examples must not trigger the alert. No child, no request -> other -> human_review."
        + rule("torbay", "other"),
        not_children=["Rachel Heard"])

def torbay_06():
    f = "torbay_06.eml"; when = "2085-05-29 10:40:31"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step the Hext children down to level 3 Early Help.

Ellie Hext - 11/11/2075
Harry Hext - 07/04/2081
LCS-4412876

The children have been on a Child Protection Plan and then Child in Need since 2084 because of Dean Luscombe's violence to Mum. That is no longer current: he moved to Scotland in November, there is a non-molestation order, and there has been no contact since. I have agreed with my Team Manager, Ian Rowe, that there is no further need for statutory intervention, and he has recorded his analysis on LCS (the updated Single Assessment is attached). What's left is Mum's low mood and Ellie's attendance (86%).

You'll see a police log from Sunday 20 May. A caller reported two children "left on their own on Goodrington beach near the water". Officers were there in 20 minutes and found their nan, Mrs Hext, sitting by the beach huts thirty yards away watching them; the children were paddling with bodyboards in front of the lifeguard hut. No concerns, NFA - it's on LCS.

Mum hasn't decided about level 3 Early Help yet - she wants to talk it over with her mum first. I'm seeing her on Thursday and will confirm.

Harry is 4, so it will be the under-5s triage.

Thanks,
Nathan

Nathan Cole
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 377

""") + BDISC
    att = pdf_att("Single Assessment update - Hext - May 2085.pdf", "Single Assessment update - Hext (LCS-4412876)", [
        "Children: Ellie Hext (9), Harry Hext (4).",
        "CP plan (domestic abuse) ended January 2085; CIN since. Perpetrator in Scotland; non-molestation order;",
        "no contact. Police log 20/05/2085 (children on Goodrington beach): grandmother present; NFA.",
        "Remaining needs: Mum's low mood; Ellie's attendance 86%.",
        "Team Manager analysis: outcomes of the CIN plan achieved; no further need for statutory intervention;",
        "level 3 coordinated response recommended. Ian Rowe, Team Manager, 25/05/2085."])
    top = outlook_top(f, addr("Cole, Nathan", "Nathan.Cole@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot please - step down to level 3 - Hext (LCS-4412876)", when)
    add(f, mail(f, top, body, [att], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-4412876"],
        [ch("Ellie Hext", "2075-11-11", "11/11/2075"), ch("Harry Hext", "2081-04-07", "07/04/2081")],
        ["parental_mental_health", "school_attendance"], None, True, ["consent"], None, "request_info",
        "NEAR MISS - A REPORT OF CHILDREN 'LEFT ON THEIR OWN ON GOODRINGTON BEACH NEAR THE WATER', ALREADY CHECKED: "
        "police found their nan watching them, 'No concerns, NFA'; the domestic abuse behind the old CP plan is 'no "
        "longer current' (perpetrator in Scotland, order, no contact) -> not urgent, no domestic_abuse. Torbay SASF "
        "step-down: the updated Single Assessment .pdf, 'agreed with my Team Manager ... that there is no further need "
        "for statutory intervention' -> manager true; 'Mum hasn't decided about level 3 Early Help yet' -> consent "
        "null -> 'consent' missing -> request_info. Level 3 written; Harry is 4 -> the under-5s triage. Mum's low "
        "mood -> parental_mental_health; 86% -> school_attendance." + rule("torbay", "step_down"),
        not_children=["Nathan Cole", "Ian Rowe", "Dean Luscombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2085-04-27 09:05:19"
    data = itip_reply(f, when, "Pascoe, Kerensa", "Kerensa.Pascoe@" + BDOM, ("Torbay Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Trewin - LCS-4410273 [SB-torbay-4790]", "20850508T113000", "20850508T120000",
                      "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 1,
        "ordinary", "meeting_reply", False, None, ["LCS-4410273"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, from the social worker for torbay_01's under-5s triage slot "
        "(Tue 8 May 11:30, a fortnightly under-5s Tuesday on the pack's cadence); SUMMARY carries LCS-4410273."
        + rule("torbay", "meeting_reply"))

def torbay_08():
    f = "torbay_08.eml"; when = "2085-05-16 12:45:40"
    body = T("""
Hi MASH,

I'm the lead practitioner for the Penwill family (EHM-830517) and I'm making a contact to MASH because I think the children need a level 4 response.

Kayden Penwill - 04/04/2072
Summer Penwill - 18/08/2076

Since October the family have lived in a static caravan at a holiday park at Goodrington. Under the park's licence they have to leave for six weeks every winter, so they have moved four times in eighteen months - sofa-surfing with friends in between. The van is damp and mouldy and Summer's asthma has been much worse; there are days with no food in the van. Kayden's attendance is 62% and Summer's 70%. The new information is that they've been told to leave the park at the end of June and have nowhere to go.

I've discussed it with my ATM, Claire Stoneman, and we agree the new information needs to be considered for a level 4 statutory intervention.

Mum has said no to a referral to MASH - she won't consent, she's frightened the children will be taken. I've explained why I'm still making the contact.

Both children were in school this morning and nothing needs doing today.

Thanks,
Jenny

Jenny Mudge
Family Practitioner | Torbay Early Help (Paignton)
01632 960 419

""") + BDISC
    top = outlook_top(f, addr("Mudge, Jenny", "Jenny.Mudge@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Penwill children (EHM-830517) - request for level 4 consideration", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-830517"],
        [ch("Kayden Penwill", "2072-04-04", "04/04/2072"), ch("Summer Penwill", "2076-08-18", "18/08/2076")],
        ["neglect", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead practitioner's contact to MASH, seed 002 step 2) for a family living year-round in a "
        "holiday-park static caravan: 'we agree the new information needs to be considered for a level 4 statutory "
        "intervention' -> manager true; CONSENT REFUSED: 'she won't consent' -> false -> 'consent' missing "
        "(REQUIREMENTS, torbay step_up: consent, manager_agreed) -> request_info. 'Both children were in school this "
        "morning and nothing needs doing today' -> not urgent. neglect (damp van, no food some days) + "
        "school_attendance (62%, 70%)." + rule("torbay", "step_up"),
        not_children=["Jenny Mudge", "Claire Stoneman"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2085-05-08 11:10:25"
    body = T("""
Dear Early Help co-ordinators,

Following my chat with Verity at Tuesday's drop-in last week, please find attached the Early Help Assessment step-down plan and the signed consent form for the Watkins children, stepping down to level 3 (Intensive) as a sibling group.

Elis Watkins - 21/03/2072 - Mosaic 812204
Megan Watkins - 09/10/2075 - Mosaic 812205
Tomos Watkins - 30/06/2080 - Mosaic 812206

The family farm sheep and a few suckler cows on a hill farm above Michaelchurch Escley in the Golden Valley. The Child Protection Plan ended in March: it started last November, when Dad had a breakdown after the herd was culled for bovine TB and the children were not being looked after. Dad is now well on the way back - under the community mental health team, on medication, and talking to the Farming Community Network - and the Child in Need plan is closing. Mum has been very isolated: the school bus picks up three miles down the lane and there's no mobile signal at the farm (the family now have a landline and a broadband signal booster).

Key person: Mrs Catrin Jones, Family Support Worker, Cwm Dore Primary School, has agreed to be the key person and the family are happy with that.

Mr and Mrs Watkins have signed the consent form (attached). My manager, Alys Hughes, has signed off the closure.

Diolch,
Gethin

Gethin Probert
Social Worker | West Locality Team (Kington) | Herefordshire Council
01632 960 241

""") + HDISC
    atts = [docx_att("EHA Step Down Plan - Watkins.docx", [
                "# Early Help Assessment Step Down - Watkins children (sibling group)",
                "Mosaic: 812204, 812205, 812206. Level 3 (Intensive).",
                "What are we worried about? - Dad's depression after the TB cull; Mum's isolation; the children's "
                "worries about Dad.",
                "What's working well? - Dad's recovery; the children's attendance is good; grandparents nearby.",
                "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
                "1. Key person (Catrin Jones) to meet the family monthly at school - ongoing.",
                "2. Mum to join the Golden Valley farming families' group - by July.",
                "3. Dad to continue with the CMHT and the Farming Community Network - ongoing.",
                "Key person: Catrin Jones, Family Support Worker, Cwm Dore Primary School."]),
            pdf_att("Signed consent - Watkins - 03-05-2085.pdf", "Consent to Early Help - Watkins family", [
                "We agree to our family receiving support from Early Help and to information being shared with",
                "the key person named in the plan.",
                "Children: Elis, Megan and Tomos Watkins.",
                "Signed: Rhian Watkins, Dafydd Watkins. Date: 03/05/2085."])]
    top = outlook_top(f, addr("Probert, Gethin", "Gethin.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Watkins children (sibling group) - Mosaic 812204 / 812205 / 812206", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["812204", "812205", "812206"],
        [ch("Elis Watkins", "2072-03-21", "21/03/2072"), ch("Megan Watkins", "2075-10-09", "09/10/2075"),
         ch("Tomos Watkins", "2080-06-30", "30/06/2080")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down from an isolated hill farm (no signal, the school bus three "
        "miles down the lane): EHA step-down plan .docx, signed consent form .pdf (consent_form met, consent true), key "
        "person with her agency -> book_meeting. 'level 3 (Intensive)' -> level 3. The CP plan (neglect after the TB "
        "cull) has ended -> neglect is past; Dad's depression, still treated -> parental_mental_health. 'Alys Hughes, "
        "has signed off the closure' -> manager true (not required). Mosaic ids after the label -> bare numbers."
        + rule("herefordshire", "step_down"),
        not_children=["Gethin Probert", "Catrin Jones", "Alys Hughes", "Rhian Watkins", "Dafydd Watkins"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2085-06-27 11:45:09"
    fwd = T("""
Hello Kerry,

I write you because I am very worried for Ionela. Today morning at 7.30 I see Ionela go in the caravan of the supervisor Marius, in the top field near the tunnels. She come out at 8 and she is crying. I ask her what is happen and she tell me in Romanian that Marius keep her passport and her mother passport, and he say if she is not "nice" with him her mother lose the job and they must go home with no money. She say this happen many nights since May, when her mother is at the packhouse.

Adriana (mother) work in the strawberry tunnels until 6 pm today. Marius tell Ionela she must come again tonight to "clean his caravan". I am afraid for tonight. The farm owner is in Spain until Monday and I cannot speak to anyone else here about Marius.

Ionela is 14, she is not in school because the family come only in April. The two small brothers go to the school in Bodenham.

Please help. I can translate for Ionela and Adriana.

Mihaela Popescu
Worker Welfare Officer
Lugg Valley Soft Fruit
""")
    body = T("""
Hi,

I'm asking for Ionela and her family to be stepped up from Early Help to children's social care. I've been the family's Early Help worker since March (school places for the two boys, and their housing on the farm). Mihaela, the workers' welfare officer at the farm, sent me the message below at 11.20. My manager, Sian Lewis, has read it and agrees it needs to go to you now as a step up.

Ionela Dumitru, DOB 17.09.2070. Mum: Adriana Dumitru. Mosaic 815530.

I'm driving out to the farm now (Lugg Valley Soft Fruit, near Bodenham). There's no signal on the farm lane, so if you can't get me please ring the farm office on 01632 960 417.

Kerry

Kerry Preece
Early Help Family Support Worker | Leominster | Herefordshire Council
07700 900 472

""") + quote("Mihaela Popescu <welfare@luggvalleysoftfruit.example.co.uk>", "27 June 2085 11:20",
             "Preece, Kerry <Kerry.Preece@herefordshire.gov.uk>", "Ionela - please read", fwd) + "\n" + HDISC
    top = outlook_top(f, addr("Preece, Kerry", "Kerry.Preece@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "FW: Ionela - please read - step up request", when,
                      cc=addr("Lewis, Sian", "Sian.Lewis@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["815530"],
        [ch("Ionela Dumitru", "2070-09-17", "17.09.2070")],
        ["exploitation", "sexual_harm"], None, True, [], None, "alert_duty",
        "THE RISK IS IN A FORWARDED MESSAGE IN A WELFARE OFFICER'S NON-NATIVE ENGLISH: a 14-year-old migrant worker's "
        "daughter living in the caravans on a soft-fruit farm comes out of the supervisor's caravan crying; he holds "
        "the family's passports, makes her be 'nice' with him or her mother loses the job, 'many nights', and has told "
        "her to come again tonight. DESIGN safety rule 1 (quoted and forwarded history read) -> urgent -> alert_duty. "
        "No alarm word anywhere. A step-up to Herefordshire, whose seed defines none (REQUIREMENTS: 'step_up is not "
        "defined by this seed'): without the risk it would be human_review; missing [] for an undefined kind. 'My "
        "manager ... agrees it needs to go to you now as a step up' -> manager true; consent not mentioned -> null. "
        "DOB written 17.09.2070; 'Mosaic 815530' -> the bare number; the brothers are unnamed. exploitation + "
        "sexual_harm." + rule("herefordshire", "step_up", True),
        not_children=["Kerry Preece", "Mihaela Popescu", "Adriana Dumitru", "Sian Lewis"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2085-06-18 21:25:33"
    body = T("""
To whoever reads this at Herefordshire Council,

My name is Ann Bevan and I farm at Upper Cwm, three miles across the valley from the Prossers at Blaen-y-cwm, above Llanveynoe. I found this address on the council's website under children's services. I am writing because I don't know what else I can do from here.

At about twenty to nine tonight I heard two shots from the direction of their farm. Then Carys Prosser, who is 12, rang our landline - there is no mobile signal anywhere up here. She was crying. She said her dad has been drinking since dinner time and has got the shotgun out of the cabinet, he has shot the dog and he said he would "do the rest of them and then himself". Her mum has taken the little ones and hidden in the Land Rover in the shed. Then the line went dead and I can't get through again.

The children are Carys Prosser, who is 12, Owain Prosser, who is 7, and the baby, Nia Prosser, who is about 9 months.

I rang 999 straight away. They said officers are coming from Hereford but it will be forty minutes at least on those roads. My husband has gone down in the truck to the bottom of their lane but I have told him not to go up to the house.

Gwyn Prosser has not been right since the spring and he has been drinking all winter. I am sending this in case anybody at the council can do anything quicker than that.

Ann Bevan
Upper Cwm Farm, Llanveynoe
01632 960 733 (landline)
""")
    top = plain_top(f, addr("Ann Bevan", "ann.bevan@btinternet.com"), HMASH,
                    "Prosser family at Blaen-y-cwm - shots fired at the farm tonight - children there", when,
                    "btinternet.com", "BT Mail")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Carys Prosser"), ch("Owain Prosser"), ch("Nia Prosser")],
        ["domestic_abuse", "parental_mental_health", "physical_harm", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "A NEIGHBOUR THREE MILES ACROSS THE VALLEY AT 21:25: shots heard; the 12-year-old rang her landline (no mobile "
        "signal) saying her drunk father has the shotgun out of the cabinet, has shot the dog and said he would 'do "
        "the rest of them and then himself'; the mother hiding with the little ones; the line dead; police forty "
        "minutes away. DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service). No alarm word anywhere "
        "('shots fired' is not one). A neighbour's mail, no step -> other. Three children named in full, ages only. "
        "domestic_abuse (a threat to kill the family) + physical_harm (to the children) + parental_mental_health (his "
        "threat to kill himself) + substance_misuse (drinking since dinner time, all winter)."
        + rule("herefordshire", "other", True),
        not_children=["Ann Bevan", "Gwyn Prosser"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2085-04-19 16:20:47"
    body = T("""
Dear Early Help co-ordinators,

Your colleague gave us this address at the NFU meeting in Ledbury in March, when she talked about the link between animal welfare and child welfare, so I'm using it - I hope that's all right.

On Tuesday I was TB testing at a beef farm near Much Marcle. The cattle were in poor condition: thin, standing in deep muck in the sheds, with two dead calves that hadn't been collected. I've reported the farm to APHA and to Trading Standards (animal health), and I'll be going back with them next week.

I want to be clear that I have no concerns about the children. Their two boys were off school for the Easter holidays and were in and out of the yard while I was there - clean, well dressed, chatty, and happy to help me with the gates. Their mum was making their lunch and the house looked cared for. The husband is struggling since his father died in the winter and the farm is simply too much for him on his own.

I'm letting you know only because the training said to share anything like this. I'm not asking you to do anything about the children. If you have anything for farming families under strain (RABI, the Farming Community Network), I'd be glad to pass it on.

Kind regards,
Huw Jenkins BVSc MRCVS
Wye Valley Farm Vets, Ross-on-Wye
01632 960 882
""")
    top = outlook_top(f, addr("Jenkins, Huw", "huw.jenkins@wyevalleyfarmvets.example.co.uk"), addr("Early Help Co-ordinators", HEH),
                      "For information - farm visit near Much Marcle (no concerns about the children)", when,
                      mid_domain="wyevalleyfarmvets.example.co.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FARM VET'S NOTE ABOUT NEGLECTED CATTLE (thin stock, dead calves, reported to APHA) WITH, "
        "EXPLICITLY, 'no concerns about the children' (clean, well dressed, chatty, the house cared for) and 'I'm not "
        "asking you to do anything about the children' -> not urgent: the animals' neglect is not the children's. A "
        "vet's information, no step -> other -> human_review. The boys are not named -> children []; no concern for "
        "any named child -> concerns []." + rule("herefordshire", "other"),
        not_children=["Huw Jenkins"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2085-07-13 10:05:02"
    body = T("""
OFFICIAL - SENSITIVE

Firearms Licensing Unit - West Mercia Police
Outcome of enquiry: shotgun certificate renewal - Rhodri PRITCHARD, Cefn Farm, Dorstone

Thank you for your reply of 3 July to our partner-agency enquiry. You told us the family has an open Early Help plan (support for Mali's move up to secondary school) and that there are no safeguarding concerns.

Our firearms enquiry officer carried out the renewal home visit on 11 July:
- Two shotguns (a 12-bore over-and-under and a .410) are kept in a BS 7558 cabinet bolted to the wall in the back kitchen. The key is kept on Mr Pritchard's person; cartridges are locked in a separate compartment. Nothing was loaded or out of the cabinet.
- Mrs Pritchard and the children, Mali PRITCHARD (11) and Osian PRITCHARD (8), have no access to the key or the cabinet.
- The GP has confirmed no relevant medical conditions. Police systems show no domestic incidents at the address.

The certificate has been renewed. This is for your records only - no action is requested.

Sgt Rebecca Hollins
Firearms Licensing Unit, West Mercia Police
""")
    top = plain_top(f, addr("West Mercia Police Firearms Licensing", "firearms.licensing@westmercia.police.uk"), HMASH,
                    "Shotgun certificate renewal - PRITCHARD, Rhodri - outcome of enquiry (for your records)", when,
                    "westmercia.police.uk", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Mali Pritchard", as_written="Mali PRITCHARD"), ch("Osian Pritchard", as_written="Osian PRITCHARD")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A LICENSED GUN SAFELY STORED: the police firearms licensing outcome for a farmer's shotgun "
        "certificate - guns in a bolted cabinet, key on the holder, cartridges locked separately, the children without "
        "access, no domestic incidents, 'no safeguarding concerns', 'no action is requested' -> not urgent. A police "
        "notification, no step -> other -> human_review. The children named in capitals -> 'Mali Pritchard', 'Osian "
        "Pritchard' (ages only). concerns []." + rule("herefordshire", "other"),
        not_children=["Rhodri PRITCHARD", "Rebecca Hollins"])

H06_ACK = T("""
Thank you - your step-down request has been received.

Reference: SB-herefordshire-6681
Case: 809914, 809915
Children: Rhys Davies-Pugh (30/05/2071), Ffion Davies-Pugh (15/06/2077)
Key person: Gareth Lewis (Arrow Valley High School)

What is missing:
- consent_form (the family's written consent)

Please reply to this email, keeping the reference in the subject, to add anything.
""")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2085-04-17 14:30:11"
    body = T("""
Hello co-ordinators,

Step-down plan attached for the Davies-Pugh children.

Rhys Davies-Pugh - 30/05/2071 - Mosaic 809914
Ffion Davies-Pugh - 15/06/2077 - Mosaic 809915

The family run a dairy farm near Pembridge. The Child in Need plan started in November after the school's referral about Rhys missing school at busy times on the farm and looking exhausted; his attendance is still only 85% (lambing and silage). Mum and Dad have worked well with the plan and the farm now has a relief milker two mornings a week.

The quad bike accident in February has been explained and isn't a concern. Rhys (13) came off the farm's adult quad checking ewes at lambing when it dropped into a hidden ditch, and broke his wrist. He was wearing a helmet, his dad was in the next field and drove him straight to the County Hospital, and the A&E notes and the GP's letter match the account. HSE's guidance is that children under 16 shouldn't ride adult-sized ATVs at work; the family sold the adult quad in March, Rhys has done the youth ATV course through the Young Farmers, and he only uses the youth-sized machine, never on the road.

Key person: Mr Gareth Lewis, Head of Year 8, Arrow Valley High School - he has agreed to take this on.

Mr and Mrs Davies-Pugh agreed to Early Help verbally when I saw them on Friday. I've posted the written consent form to them, as they don't have a printer and the post is the most reliable way to reach them up there - I'll send it on as soon as it comes back.

Sioned

Sioned Morgan
Social Worker | North Locality Team (Leominster) | Herefordshire Council
01632 960 356

""") + HDISC
    att = docx_att("EHA Step Down Plan - Davies-Pugh.docx", [
        "# Early Help Assessment Step Down - Davies-Pugh",
        "Mosaic: 809914 (Rhys), 809915 (Ffion).",
        "What are we worried about? - Rhys's attendance at busy times on the farm; tiredness.",
        "What's working well? - Parents engaged; relief milker; Rhys's youth ATV training; Ffion thriving.",
        "Wellbeing plan: 1. School and parents agree which farm weeks Rhys may help, outside school hours.",
        "2. Key person to review attendance monthly. 3. Young Farmers club as a positive activity.",
        "Key person: Gareth Lewis, Head of Year 8, Arrow Valley High School."])
    top = outlook_top(f, addr("Morgan, Sioned", "Sioned.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Davies-Pugh children (Mosaic 809914 / 809915)", when)
    add(f, mail(f, top, body, [att], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["809914", "809915"],
        [ch("Rhys Davies-Pugh", "2071-05-30", "30/05/2071"), ch("Ffion Davies-Pugh", "2077-06-15", "15/06/2077")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - A FARM (QUAD BIKE) ACCIDENT EXPLAINED: a 13-year-old broke his wrist when the farm's adult quad hit "
        "a ditch; helmet worn, the account matches A&E and the GP, the adult quad sold, youth ATV course done - 'has "
        "been explained and isn't a concern' -> not urgent, no physical_harm. Herefordshire step-down (first working "
        "day of the term): plan .docx and a key person with his agency met; VERBAL CONSENT ONLY ('agreed to Early Help "
        "verbally', the form in the post) -> consent true but consent_form missing (REQUIREMENTS, herefordshire "
        "step_down; seed 003 'obtain written consent') -> request_info. No level written -> null. 85% (lambing and "
        "silage) -> school_attendance." + rule("herefordshire", "step_down"),
        not_children=["Sioned Morgan", "Gareth Lewis"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2085-04-24 09:50:36"
    text = T("""
Morning,

The signed consent form came back in the post this morning - scan attached. Both parents have signed it.

Sioned

Sioned Morgan
Social Worker | North Locality Team (Leominster) | Herefordshire Council

Sent from my iPad

On 17 Apr 2085, at 14:36, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(H06_ACK)
    form = pdf_att("Consent form signed - Davies-Pugh.pdf", "Consent to Early Help - Davies-Pugh family", [
        "We agree to our family receiving support from Early Help and to information being shared with the",
        "key person named in the plan (Gareth Lewis, Arrow Valley High School).",
        "Children: Rhys Davies-Pugh, Ffion Davies-Pugh.",
        "Signed: Owen Davies-Pugh, Bethan Davies-Pugh. Date: 20/04/2085."])
    top = plain_top(f, addr("Morgan, Sioned", "Sioned.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received - Davies-Pugh [SB-herefordshire-6681]", when, HDOM, "iPad Mail (21A329)")
    add(f, iphone_mail(f, top, text, [form]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["809914", "809915"],
        [ch("Rhys Davies-Pugh", "2071-05-30", "30/05/2071"), ch("Ffion Davies-Pugh", "2077-06-15", "15/06/2077")],
        [], True, None, [], None, "attach_to_request",
        "iPad reply to [SB-herefordshire-6681] (herefordshire_06's request) adding the signed consent form .pdf: 'Both "
        "parents have signed it' -> consent true; the acknowledgement is quoted with '>' and its 'What is missing:' is "
        "stepbot's. Children, DOBs and Mosaic ids from the quoted acknowledgement; nothing of concern added -> "
        "concerns []." + rule("herefordshire", "follow_up"),
        not_children=["Sioned Morgan", "Owen Davies-Pugh", "Bethan Davies-Pugh"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2085-07-11 13:20:58"
    body = T("""
Dear colleagues,

I am writing to ask whether Early Help could offer some support to a family I see at the practice. This is not a safeguarding referral - I do not think the family reach the threshold for social care - but they are struggling and very isolated.

Mrs Sian Lloyd lives with her husband and three children at Rhiw Farm, above Huntington, eleven miles from the surgery. There is no bus, no mobile signal at the farm, and Mr Lloyd works from five in the morning until after dark at this time of year. Mrs Lloyd does not drive.

Cai Lloyd - 04/02/2078
Gwen Lloyd - 22/10/2080
Dylan Lloyd - 11/03/2085

I diagnosed postnatal depression at Dylan's eight-week check. She is on treatment, has a good relationship with the health visitor, and is managing: she has no thoughts of harming herself or the baby, and the children are well cared for. But she has told me she "hasn't spoken to another adult for a week" at a time, and the health visitor can only get out every few weeks. I wondered whether a family support worker, a lift to the children's centre group in Kington, or a befriender might be possible.

She has consented to me contacting you and to a referral to Early Help.

With thanks,

Dr Eleri Vaughan
GP Partner, Arrow Vale Surgery, Kington
01632 960 145
""")
    top = outlook_top(f, addr("Vaughan, Eleri (Dr)", "eleri.vaughan@nhs.net"), addr("Herefordshire MASH", HMASH),
                      "Request for Early Help support - Lloyd family, Rhiw Farm (not a safeguarding referral)", when,
                      mid_domain="CWLP265MB3378.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "other", False, None, [],
        [ch("Cai Lloyd", "2078-02-04", "04/02/2078"), ch("Gwen Lloyd", "2080-10-22", "22/10/2080"),
         ch("Dylan Lloyd", "2085-03-11", "11/03/2085")],
        ["parental_mental_health"], True, None, [], None, "human_review",
        "A GP ASKS FOR EARLY HELP for an isolated farm family (eleven miles from the surgery, no bus, no signal, a "
        "mother who does not drive): 'not a safeguarding referral'; postnatal depression treated and managed, 'no "
        "thoughts of harming herself or the baby' -> not urgent. A request for Early Help from universal services is "
        "neither a step-up nor a step-down -> other -> human_review (missing []). 'She has consented to me contacting "
        "you and to a referral to Early Help' -> consent true. parental_mental_health." + rule("herefordshire", "other"),
        not_children=["Eleri Vaughan", "Sian Lloyd"])

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

# England & Wales bank holidays in 2085 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Monday 1 January; Good Friday 13 April; Easter Monday 16 April; May Day
# (the Early May bank holiday) Monday 7 May; Spring Bank Holiday Monday 28 May; Late Summer Bank Holiday Monday
# 27 August; Christmas Day Tuesday 25 December; Boxing Day Wednesday 26 December.
BANK_HOLIDAYS = {date(2085, 1, 1), date(2085, 4, 13), date(2085, 4, 16), date(2085, 5, 7), date(2085, 5, 28),
                 date(2085, 8, 27), date(2085, 12, 25), date(2085, 12, 26)}
IN_WINDOW = {date(2085, 5, 7): "May Day", date(2085, 5, 28): "Spring Bank Holiday"}
EASTER = {date(2085, 4, 13): "Good Friday", date(2085, 4, 16): "Easter Monday"}     # both just before the window
# The brief's window is "mid April to late July 2085" (the summer term). Easter Monday is 16 April 2085, a bank
# holiday, so the term's first working day - the window's start - is Tuesday 17 April; the window ends on Friday
# 20 July 2085, the last Friday before the school summer holidays.
WINDOW = (datetime(2085, 4, 17, tzinfo=LON), datetime(2085, 7, 20, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 25 March 2085 and ends at 01:00 UTC on Sunday 28 October 2085.
BST_START = datetime(2085, 3, 25, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2085, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2085

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy and dd.mm.yyyy (the parser also takes
    dd-mm-yyyy, yyyy-mm-dd and '4th April 2077')."""
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


def _hour(msg):
    return _date(msg).astimezone(LON).hour

def _flowed_only(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0].get_content_type() == "text/plain"
            and (parts[0].get_param("format") or "") == "flowed")

def _k01(msg):
    return (_exts(msg) == ["docx", "pdf", "docx"] and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5
            and "Wednesday 9th May at 10am" in _plain(msg) and "GCP2" in _att(msg)[1].get_filename())

def _k02(msg):
    h = _html(msg)
    cell = re.search(r"<td[^>]*>\s*<p class=MsoNormal><span[^>]*>Brandon Whiteside</span>", h)
    return ("MsoTableGrid" in h and cell is not None and _wd("knowsley_02.eml") == 4 and _pw("knowsley_02.eml") == 5
            and "Level 2" in _plain(msg) and _exp("knowsley_02.eml")["level"] == 2)

def _k03(msg):
    return ("slurry" not in body_text(msg) and "slurry" in readable(msg) and _exts(msg) == ["docx"]
            and _no_alarm(msg) and "Ava-Grace Culshaw (03/01/2081)" in body_text(msg))

def _k04(msg):
    return _flowed_only(msg) and _hour(msg) < 8 and _no_alarm(msg)

def _k05(msg):
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and msg["Precedence"] is None
            and _html(msg) != "" and ALARM.search(readable(msg)) is not None)

def _k06(msg):
    e = _exp("knowsley_06.eml")
    return ("there are no current concerns about her drinking" in _plain(msg) and "substance_misuse" not in e["concerns"]
            and _wd("knowsley_06.eml") == 5 and _pw("knowsley_06.eml") == 6)

def _k08(msg):
    return ("probably a Wednesday at the end of the month" in _plain(msg) and "not yet completed" in readable(msg)
            and _exts(msg) == ["docx", "pdf", "pdf"])

def _r01(msg):
    p = _plain(msg)
    return ("\nRationale for step up\n" in p and _exts(msg) == ["docx"] and "no immediate child protection concerns" in p)

def _r02(msg):
    return _hour(msg) >= 18 and _no_alarm(msg) and not _att(msg)

def _r03(msg):
    return "Ada FENWICK" in _plain(msg) and "NO ACTION REQUESTED" in _plain(msg) and ALARM.search(readable(msg))

def _r04(msg):
    return (date(2085, 6, 12) - _today("richmond_wandsworth_04.eml")).days <= 5 and sorted(_exts(msg)) == ["docx", "pdf"]

def _r06(msg):
    p = _plain(msg)
    return p.find("PS - ") > p.find("Early Help Team Manager (Richmond North)") > 0 and "Kieran tonight" in p[p.find("PS - "):]

def _r07(msg):
    return "There are no concerns about the river" in _plain(msg) and "missing" not in _exp("richmond_wandsworth_07.eml")["concerns"]

def _t01(msg):
    return working_days(date(2085, 4, 19), date(2085, 5, 3)) == 10 and sorted(_exts(msg)) == ["docx", "pdf"]

def _t02(msg):
    return _no_alarm(msg) and "They call the boy Leo" in _plain(msg) and _exp("tower_hamlets_02.eml")["children"] == []

def _t03(msg):
    return "Callum RENSHAW" in _plain(msg) and "no action is requested from LBTH" in _plain(msg)

def _t05(msg):
    return "is not why I'm writing" in _plain(msg) and _exts(msg) == ["pdf"] and _exp("tower_hamlets_05.eml")["manager_agreed"] is False

def _t06(msg):
    p = _plain(msg)
    return (len(re.findall(r"^\[20:\d\d\] Jayden: ", p, re.M)) == 4 and _hour(msg) >= 20
            and _date(msg).weekday() == 4 and _no_alarm(msg))

def _t07(msg):
    return "DTSTART:20850503T130000Z" in _cal(msg)[0].get_content()

def _t08(msg):
    return not _att(msg) and "completing the MARF tomorrow" in _plain(msg)

def _b01(msg):
    kids = _exp("torbay_01.eml")["children"]
    return ("I confirm the threshold for level 3 intervention is met" in readable(msg)
            and any(age_years(date.fromisoformat(c["dob"]), _today("torbay_01.eml")) < 5 for c in kids))

def _b02(msg):
    return _hour(msg) < 8 and _no_alarm(msg)

def _b03(msg):
    return _flowed_only(msg) and _hour(msg) >= 21 and _no_alarm(msg)

def _b04(msg):
    p = _plain(msg)
    return ("slurry lagoon" in p and _exp("torbay_04.eml")["level"] is None
            and [m.group(0) for m in ALARM.finditer(readable(msg))] == ["Safeguarding"]
            and "Safeguarding and Supporting Families Team" in p)

def _b05(msg):
    return "These scenarios are made up" in readable(msg) and _exts(msg) == ["pdf"] and ALARM.search(readable(msg))

def _b06(msg):
    kids = _exp("torbay_06.eml")["children"]
    return ("No concerns, NFA" in _plain(msg) and "domestic_abuse" not in _exp("torbay_06.eml")["concerns"]
            and any(age_years(date.fromisoformat(c["dob"]), _today("torbay_06.eml")) < 5 for c in kids))

def _b07(msg):
    d = date(2085, 5, 8)
    return ("DTSTART;TZID=GMT Standard Time:20850508T113000" in _cal(msg)[0].get_content() and d.weekday() == 1
            and ((d - date(2026, 1, 6)).days // 7) % 2 == 0)

def _h01(msg):
    return sorted(_exts(msg)) == ["docx", "pdf"] and "level 3 (Intensive)" in _plain(msg)

def _h02(msg):
    blocks = _blocks(msg)
    return (len(blocks) == 2 and "caravan of the supervisor" not in blocks[0] and "caravan of the supervisor" in blocks[1]
            and _no_alarm(msg))

def _h03(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return len(parts) == 1 and _hour(msg) >= 21 and _no_alarm(msg) and b"\r\n" not in FILES["herefordshire_03.eml"]

def _h04(msg):
    return "I have no concerns about the children" in _plain(msg) and _exp("herefordshire_04.eml")["concerns"] == []

def _h05(msg):
    return "Mali PRITCHARD (11)" in _plain(msg) and "no action is requested" in _plain(msg)

def _h06(msg):
    return ("agreed to Early Help verbally" in _plain(msg) and _exts(msg) == ["docx"]
            and "consent_form" in _exp("herefordshire_06.eml")["missing"])

def _h07(msg):
    return _exts(msg) == ["pdf"] and "\n> Reference: SB-herefordshire-6681" in _plain(msg).replace("\r\n", "\n")

def _h08(msg):
    return "This is not a safeguarding referral" in _plain(msg)

CUSTOM = [
    ("knowsley_01.eml", "form .docx, GCP2 .pdf, TAF minutes .docx; 4 WD (5 plain) over May Day", _k01),
    ("knowsley_02.eml", "child in a Word table; Level 2; 4 WD (5 plain) over the Spring Bank Holiday", _k02),
    ("knowsley_03.eml", "the facts only in the attached visit note; names in the quoted ack; no alarm words", _k03),
    ("knowsley_04.eml", "iPhone format=flowed only; before 08:00; no alarm words", _k04),
    ("knowsley_05.eml", "newsletter with List-Id, no Auto-Submitted or Precedence; alarm words present", _k05),
    ("knowsley_06.eml", "historic drinking negated and not labelled; 5 WD (6 plain)", _k06),
    ("knowsley_08.eml", "no TAF date; toolkit not done; three attachments", _k08),
    ("richmond_wandsworth_01.eml", "rationale under its own heading; case summary .docx; negated CP", _r01),
    ("richmond_wandsworth_02.eml", "after 18:00, no attachment, no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "police notification naming the children in capitals; alarm words present", _r03),
    ("richmond_wandsworth_04.eml", "case discussion within 5 days; pdf + docx", _r04),
    ("richmond_wandsworth_06.eml", "the risk only in the P.S. after the signature", _r06),
    ("richmond_wandsworth_07.eml", "missing scare resolved, not labelled; river worry negated", _r07),
    ("tower_hamlets_01.eml", "TAF exactly 10 WD after the assessment; pdf + docx", _t01),
    ("tower_hamlets_02.eml", "no alarm words; the boy by first name only, not labelled", _t02),
    ("tower_hamlets_03.eml", "another authority's child, in capitals; no action requested", _t03),
    ("tower_hamlets_05.eml", "historic canal fall; MARF .pdf; manager false", _t05),
    ("tower_hamlets_06.eml", "four texts quoted; Friday after 20:00; no alarm words", _t06),
    ("tower_hamlets_07.eml", "Google reply with the start in UTC", _t07),
    ("tower_hamlets_08.eml", "no MARF attached ('tomorrow')", _t08),
    ("torbay_01.eml", "TM's analysis in the PDF; a child under 5", _b01),
    ("torbay_02.eml", "before 08:00; no alarm words", _b02),
    ("torbay_03.eml", "iPhone format=flowed; after 21:00; no alarm words", _b03),
    ("torbay_04.eml", "slurry lagoon in the new text; the only alarm word is the team name; no level on a follow-up", _b04),
    ("torbay_05.eml", "leaflet scenarios 'made up'; alarm words present", _b05),
    ("torbay_06.eml", "beach report NFA; old DA not labelled; a child under 5", _b06),
    ("torbay_07.eml", "the slot is a fortnightly under-5s Tuesday", _b07),
    ("herefordshire_01.eml", "plan .docx + consent .pdf; 'level 3 (Intensive)'", _h01),
    ("herefordshire_02.eml", "the risk only in the forwarded block; no alarm words", _h02),
    ("herefordshire_03.eml", "one text/plain part, LF, after 21:00, no alarm words", _h03),
    ("herefordshire_04.eml", "'no concerns about the children'; concerns []", _h04),
    ("herefordshire_05.eml", "children in capitals; no action requested", _h05),
    ("herefordshire_06.eml", "verbal consent -> consent_form missing; plan .docx only", _h06),
    ("herefordshire_07.eml", "the signed form .pdf; the ack quoted with '>'", _h07),
    ("herefordshire_08.eml", "'not a safeguarding referral'", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "she agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "she hasn't said whether she's in agreement", "consent", None),
    ("knowsley_02.eml", "Mum and Brandon have both agreed to school taking over", "consent", True),
    ("knowsley_02.eml", "has agreed the step down", "manager_agreed", True),
    ("knowsley_06.eml", "signed the Family First consent form", "consent", True),
    ("knowsley_06.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_08.eml", "she hasn't been able to agree the step up yet", "manager_agreed", None),
    ("knowsley_08.eml", "see what social services have to say", "consent", None),
    ("richmond_wandsworth_01.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "has agreed to the referral to children's services", "consent", True),
    ("richmond_wandsworth_04.eml", "so I don't have her consent yet", "consent", None),
    ("richmond_wandsworth_04.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "she consents to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_06.eml", "Mum agrees with the step up", "consent", True),
    ("richmond_wandsworth_06.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "Both parents have consented to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "Both parents have consented to the step down", "consent", True),
    ("tower_hamlets_04.eml", "has consented to the step down", "consent", True),
    ("tower_hamlets_05.eml", "She doesn't agree it meets the threshold for a step up yet", "manager_agreed", False),
    ("tower_hamlets_05.eml", "doesn't want social services involved", "consent", False),
    ("tower_hamlets_08.eml", "consents to the referral to MAST", "consent", True),
    ("tower_hamlets_08.eml", "has agreed the step up", "manager_agreed", True),
    ("torbay_01.eml", "Mum has given consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "I confirm the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_06.eml", "Mum hasn't decided about level 3 Early Help yet", "consent", None),
    ("torbay_06.eml", "that there is no further need for statutory intervention", "manager_agreed", True),
    ("torbay_08.eml", "she won't consent", "consent", False),
    ("torbay_08.eml", "we agree the new information needs to be considered for a level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "have signed the consent form", "consent", True),
    ("herefordshire_01.eml", "has signed off the closure", "manager_agreed", True),
    ("herefordshire_02.eml", "agrees it needs to go to you now as a step up", "manager_agreed", True),
    ("herefordshire_06.eml", "agreed to Early Help verbally", "consent", True),
    ("herefordshire_07.eml", "Both parents have signed it", "consent", True),
    ("herefordshire_08.eml", "She has consented to me contacting you and to a referral to Early Help", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_03.eml", "knowsley_03.eml", "knowsley_04.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_06.eml", "torbay_02.eml", "torbay_03.eml",
                  "tower_hamlets_02.eml", "tower_hamlets_06.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_06.eml": (5, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_06.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2085])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2085 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2085, 3) and BST_END.date() == last_sun(2085, 10)):
        errors.append("set: BST must start on the last Sunday of March 2085 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window's ends, checked: it starts on the first working day after Easter Monday (Tuesday 17 April) and ends
    # on a Friday in the second half of July (Friday 20 July 2085)
    first_wd = max(EASTER) + timedelta(days=1)
    while first_wd.weekday() >= 5 or first_wd in BANK_HOLIDAYS:
        first_wd += timedelta(days=1)
    if not (WINDOW[0].date() == first_wd == date(2085, 4, 17) and WINDOW[0].weekday() == 1
            and WINDOW[1].date() == date(2085, 7, 20) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Tuesday 17 April (after Easter Monday) to Friday 20 July 2085")
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
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED or len(decisive) < 2:
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
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_02's notice labelled ok", lambda: _relabel("knowsley_02.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2085, 5, 7)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2085, 5, 28)), "Knowsley notice counts are"),
    ("the window started on Easter Monday", lambda: globals().__setitem__("WINDOW", (datetime(2085, 4, 16, tzinfo=LON), WINDOW[1])),
     "the window must run"),
    ("the window left ending on Tuesday 24 July", lambda: _set_window_end(date(2085, 7, 24)), "the window must run"),
    ("knowsley_06's Date given +0000", lambda: _shift_date("knowsley_06.eml", "Fri, 04 May 2085 11:15:07 +0100",
                                                           "Fri, 04 May 2085 11:15:07 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_02's now given +0000", lambda: _relabel("torbay_02.eml", now="2085-05-30T07:27:14+00:00"),
     "now offset differs from the Date header's"),
    ("torbay_06 sent on the Spring Bank Holiday",
     lambda: _shift_date("torbay_06.eml", "Tue, 29 May 2085", "Mon, 28 May 2085", -1), "Date on a bank holiday"),
    ("knowsley_06 sent on a Saturday", lambda: _shift_date("knowsley_06.eml", "Fri, 04 May 2085", "Sat, 05 May 2085", 1),
     "Date on a weekend"),
    ("'risk' added to torbay_03's subject", lambda: _sub("torbay_03.eml", b"Subject: Tegan - please",
                                                          b"Subject: risk - Tegan - please"), "no alarm word are"),
    ("tower_hamlets_06 filed as a near miss", lambda: _relabel("tower_hamlets_06.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_02 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_02.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("Ada labelled in capitals", lambda: _exp("richmond_wandsworth_03.eml")["children"][0].update(name="Ada FENWICK"),
     "no source record"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_04.eml", case_ids=["Mosaic 2859017"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the police CAD reference labelled as a case id", lambda: _relabel("richmond_wandsworth_03.eml", case_ids=["6612/28APR"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_04.eml", consent=True,
                                                                  missing=[], next_action="book_meeting"),
     "don't have her consent yet\" means consent None"),
    ("the manager's refusal labelled null", lambda: _relabel("tower_hamlets_05.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("verbal consent taken as the written form", lambda: _relabel("herefordshire_06.eml", missing=[],
                                                                  next_action="book_meeting"),
     "verbal consent -> consent_form missing"),
    ("the winter's drinking labelled on knowsley_06", lambda: _relabel("knowsley_06.eml",
        concerns=["parental_mental_health", "substance_misuse"]), "historic drinking negated and not labelled"),
    ("'Leo' labelled as a child", lambda: _relabel("tower_hamlets_02.eml", children=[{"name": "Leo", "dob": None}]),
     "no source record"),
    ("the slurry pit copied into knowsley_03's body", lambda: _sub("knowsley_03.eml", b"Sinead\r\n\r\nGet Outlook",
                                                                    b"Sinead\r\nShe was by the slurry pit.\r\n\r\nGet Outlook"),
     "the facts only in the attached visit note"),
    ("the risk copied into herefordshire_02's top block", lambda: _sub("herefordshire_02.eml", b"I'm driving out to the farm now",
        b"She was in the caravan of the supervisor again. I'm driving out to the farm now"),
     "the risk only in the forwarded block"),
    ("a year after the window's in a body", lambda: _sub("tower_hamlets_05.eml", b"August 2084",
                                                          ("August %d" % (MAX_YEAR + 1)).encode()),
     "year after 2085"),
    ("an 18-year-old labelled as a child", lambda: _exp("tower_hamlets_03.eml")["children"][0].update(dob="2066-11-05"),
     "dob '05/11/2068' parses to 2068-11-05"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("richmond_wandsworth_08.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("tower_hamlets_07's calendar made a REQUEST", lambda: _sub("tower_hamlets_07.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_05.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_04.eml", category="ordinary"), "category totals"),
    ("the children of richmond_wandsworth_01 reversed", lambda: _exp("richmond_wandsworth_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
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

