#!/usr/bin/env python3
"""mixed48: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2067 (Monday 18 April - Friday 22 July), in mail where THE DOCUMENTS CARRY THE FACTS: short
covering mails ("please see attached") whose step-up forms (Knowsley Appendix 1), MARFs, Signs of Safety assessments
and mappings, chronologies, case summaries, Single Assessments, step-down plans, TAF minutes, GCP2 summaries, body
maps, consent forms, contact forms and court orders arrive as .docx, PDF or scanned-looking PDF (an image of the page
with the printer's OCR text laid invisibly over it, or an image only). Children, DOBs, case ids, consent, manager
sign-off, lead practitioners and meeting dates are given only in the documents, or split between mail and documents,
and several documents contradict the mail (a chronology sent as "the case summary", an SA saying consent was
declined before the mail says it has since been signed, a consent form refusing what the mail says was agreed, a form
whose meeting date the mail has moved, a plan saying "Lead Practitioner: TBC" for a lead the mail names, "the SA is
attached" when it is not). Ordinary mail alongside: meeting replies, an out-of-office, a bounce, a bulletin, an agenda.

Urgent (11), mostly without alarm words and mostly only inside a document: an update typed into a step-up form this
morning, the last row of an "updated chronology", a PS under a signature, a school's scanned record of concern, a
forwarded school note with a scanned body map, a housing officer's scanned visit report, a mother's text pasted under
a signature, a Signs of Safety mapping done this morning (twice), a scanned case note, and a meeting reply's comment.
Near misses (11): historic harm in chronologies, plans and assessments, "URGENT" about dates and leave, a danger
statement that is hypothetical, a rapid-review briefing, a court order reciting 2065 findings, a probation letter for
a father still in custody, and a meeting reply about another family.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, calendar UIDs and the scanned
pages' speckle come from sha1 of the file name; .docx zips have fixed timestamps. Run with
/work/main/.venv/bin/python make_set.py (`--stats` prints the tallies). pypdf and python-docx read the hand-built
PDFs and .docx files back in the self-checks; `holidays` must agree with the script's bank-holiday list. The MIME,
Word HTML, PDF, .docx, iCalendar, out-of-office, bounce, quote and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py; the scanned PDF, .ics attachment and form helpers are new. Every label was
set by hand from the specification; the self-checks only verify them against its rules and STOP on any error before
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
    """Local (Europe/London) wall-clock time. The whole window (Monday 18 April - Friday 22 July 2067) is British
    Summer Time (+0100): BST began at 01:00 UTC on Sunday 27 March 2067 and ends on Sunday 30 October 2067. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2067, 4, 12, 9, 30, 0))
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


# ----------------------------------------------------------------------------- helpers kept from earlier sets
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


# ----------------------------------------------------------------------------- more helpers kept from earlier sets
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



# ============================================================================= helpers kept from mixed27
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




# ============================================================================= helpers added for mixed48
def _pdf_bytes(objs, info=None):
    """Assemble numbered PDF objects (bytes) into a PDF 1.4 file with an xref table (and an /Info dict)."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out

def _wrap(lines, width=92):
    wrapped = []
    for l in lines:
        while len(l) > width:
            cut = l.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    return wrapped

def make_scan_pdf(fname, title, lines, producer, text_layer=True):
    """A scanned-looking PDF: one page holding a greyscale page image (light speckled paper with dark bands where
    the printed lines are, as a multifunction printer's scan looks) and, unless text_layer is False, the printer's
    OCR text laid over it invisibly (text render mode 3), which is how a searchable scan carries its words.
    With text_layer=False the page is an image only: there are no words to extract."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = _wrap([title, ""] + lines)
    assert len(wrapped) <= 54, title
    W, H = 150, 212
    seed = hashlib.sha1((fname + "scan").encode()).digest()
    raw = bytearray()
    for y in range(H):
        k = (y - 10) // 4 if y >= 10 else -1
        inked = 0 <= k < len(wrapped) and (y - 10) % 4 != 3 and wrapped[k].strip() != ""
        ink_len = int(len(wrapped[k]) * 1.3) if inked else 0
        for x in range(W):
            s = seed[(x * 7 + y * 13) % 20] ^ ((x * 31 + y * 17) & 0xFF)
            v = 236 + (s % 16)
            if inked and 12 <= x < 12 + ink_len and (s % 5) != 0:
                v = 60 + (s % 70)
            if x < 3 or (y + x // 40) % 97 == 0:                   # a dark scanner edge and a faint roller line
                v = max(0, v - 120)
            raw.append(v)
    raw = bytes(raw)
    img = zlib.compress(raw, 9)
    content = "q 595 0 0 842 0 0 cm /Im1 Do Q\n"
    if text_layer:
        content += "BT\n3 Tr\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    res = b"<< /XObject << /Im1 6 0 R >>" + (b" /Font << /F1 4 0 R >>" if text_layer else b"") + b" >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + res + b" /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Filter /FlateDecode /Length %d >>\nstream\n" % (W, H, len(img)) + img + b"\nendstream",
            b"<< /Producer (%s) /Creator (%s) >>" % (producer.encode("ascii"), producer.encode("ascii"))]
    return _pdf_bytes(objs, info=7)

def scan_att(fname, filename, title, lines, producer="RICOH IM C3000 PDF", text_layer=True):
    return binary_part("application/pdf", filename, make_scan_pdf(fname + filename, title, lines, producer, text_layer))

def ics_att(filename, cal):
    """An .ics file attached to a mail (an Outlook meeting request saved and attached), METHOD:REQUEST."""
    data = cal.encode("utf-8")
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Description", filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def form_docx(filename, title, rows, intro=(), outro=()):
    """A council form as Word fills it in: a heading, intro paragraphs, a two-column table of question / answer,
    then closing paragraphs."""
    paras = ["# " + title] + list(intro)
    data = make_docx(paras, tables=[[list(r) for r in rows]])
    if outro:
        data = make_docx(paras + list(outro), tables=[[list(r) for r in rows]])
    return binary_part(DOCX, filename, data)

def stepbot_ack_block(ref, kind_word, family, missing_lines, sent, to):
    """stepbot's acknowledgement as it sits quoted under an Outlook reply (its From/Sent/To/Subject block)."""
    text = ("Thank you - your %s request for the %s family has been received.\n\nReference: %s\n\n" % (kind_word, family, ref))
    if missing_lines:
        text += "What is missing:\n" + "".join("- %s\n" % m for m in missing_lines) + "\n"
    text += "Please reply to this email, keeping the reference in the subject, to add anything.\n"
    return text

def binary_part(ctype, filename, data, disposition="attachment", extra=None):
    """As before, but Outlook's size= parameter is left off when the byte count would read as a year after 2067
    (2068-2999), so no header of the set carries a standalone later year."""
    size = "" if 2068 <= len(data) <= 2999 else "; size=%d" % len(data)
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"%s' % (disposition, filename, size)),
         ("Content-Transfer-Encoding", "base64")]
    if extra:
        h += extra
    return Part(h, b64lines(data))


# ----------------------------------------------------------------------------- set-specific records
DOC_ONLY = {}      # file -> strings that must be in an attachment and NOT in the subject or the mail's own text
WORDING = []       # (file, phrase, field, value): the phrase is in the readable text and the label agrees
CUSTOM = []        # (file, what, predicate(msg))

def doc_only(f, *strings):
    DOC_ONLY.setdefault(f, []).extend(strings)

def wording(f, phrase, field, value):
    WORDING.append((f, phrase, field, value))

def custom(f, what):
    def deco(fn):
        CUSTOM.append((f, what, fn))
        return fn
    return deco

def outlook_quote(frm, sent, to, subject, text):
    return quote(frm, sent, to, subject, text)

STEPBOT = {"knowsley": ("Knowsley MASH", "knowsleymash@knowsley.gov.uk")}

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2067-04-27 15:12:07"
    body = T("""
Hi all,

Please see attached the step up request, the minutes from our last TAF and the GCP2 for the Adebayo-Finch family. The Teams invite has gone from my calendar for next Wednesday.

Any problems give me a shout.

Thanks
Niamh

Niamh McAteer
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0371

""") + KDISC
    form = docx_att("Step Up Request - Adebayo-Finch.docx", appendix1([
        ("Case ID on EHM:", "EHM-73318"),
        ("Child(ren) and DOB:", "Tobi Adebayo-Finch 11/02/2060; Remi Adebayo-Finch 30/09/2063"),
        ("Has this family recently closed to Children's Social Care?:", "No - open to Family First since September 2066"),
        ("Date of step up TAF meeting:", "Wednesday 4th May 2067, 10:00, Microsoft Teams (invite sent to Knowsley MASH "
         "and MASH business support)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum comes to most TAFs; the toolkit has not been needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 20/04/2067"),
        ("What are we worried about?", "Current concerns (impact on child): the home is in a very poor state - dog "
         "mess on the floors, no working cooker since February, both children's mattresses are wet through. Tobi tells "
         "school there is 'no tea most nights' and has been taking food from other children's lunchboxes. Remi (3) has "
         "visible tooth decay and has missed two dental appointments. Past harm: none known. Complicating factors: "
         "mum's back injury; dad works away in the week."),
        ("What is working well?", "Mum is warm with the children and honest about how hard things are. Maternal "
         "grandmother helps at weekends. Tobi's attendance is 96% and school give him breakfast."),
        ("What next?", "Goals: the children fed, warm and dry; Remi's teeth treated. Next steps: step up to CSC for a "
         "C&F assessment; Family First stays involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 19/04/2067 - attached (level 4 for "
         "nutrition, housing and health)"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Has the family been told about the step up?", "Yes - mum has been told and does not agree with it; she says "
         "things will be sorted once dad is home."),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Bernadette Kinsella, Team Manager, in supervision 25/04/2067"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly unannounced visits; GCP2 reviewed in 6 weeks; "
         "dental appointment booked with mum by 13/05/2067."),
    ]))
    minutes = pdf_att("TAF minutes 20.04.2067 - Adebayo-Finch.pdf", "Team Around the Family - minutes", [
        "Family: Adebayo-Finch    EHM-73318", "Date: 20/04/2067, 13:30, Kirkby Family Hub",
        "Present: mum, Niamh McAteer (Family First, chair), Tobi's class teacher, health visitor, Knowsley Housing",
        "School: Tobi hungry most mornings, taking food from others; breakfast club place given.",
        "Health visitor: Remi's teeth - two missed dental appointments; referral to community dental service.",
        "Housing: repairs to cooker and damp outstanding; mum has not let the surveyor in.",
        "Agreed: Niamh to discuss a step up with her team manager; GCP2 completed 19/04/2067 to be shared."])
    gcp2 = pdf_att("GCP2 - Adebayo-Finch - April 2067.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Completed by: Niamh McAteer, Family First    Date: 19/04/2067", "Carer: mother",
        "Area 1 Physical care - nutrition: 4; housing: 4; clothing: 3; hygiene: 3", "Area 2 Health: 4",
        "Area 3 Safety: 3", "Area 4 Love and care: 2", "Area 5 Stimulation and education: 2",
        "Summary: care is consistently below the children's needs in nutrition, housing and health."])
    top = outlook_top(f, addr("McAteer, Niamh", "Niamh.McAteer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Adebayo-Finch - please see attached", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, gcp2], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Tobi Adebayo-Finch", "2060-02-11", "11/02/2060"), ch("Remi Adebayo-Finch", "2063-09-30", "30/09/2063")],
        ["neglect"], False, True, [], False, "request_info",
        "Knowsley step-up (REQUIREMENTS knowsley step_up; seed 004 Appendix 1) whose covering mail says only 'please see "
        "attached': the EHM id, the children and DOBs, the meeting date and the manager's agreement are ALL in the "
        "Appendix 1 .docx. Step-up form, TAF minutes and GCP2 (neglect -> gcp2 needed, and met) attached; 'Agreed - "
        "Bernadette Kinsella, Team Manager' -> manager true; 'mum has been told and does not agree with it' -> consent "
        "false (DESIGN: disagreed). NOTICE ACROSS MAY DAY, DECISIVE: from Wed 27 April the TAF on Wed 4 May is 5 plain "
        "weekdays but Mon 2 May is the Early May bank holiday -> 4 working days < 5 (seed 004: 'at least 5 working "
        "days' notice') -> notice not ok -> request_info.",
        meeting=date(2067, 5, 4), not_children=["Niamh McAteer", "Bernadette Kinsella"])
    doc_only(f, "EHM-73318", "Tobi Adebayo-Finch", "11/02/2060", "Bernadette Kinsella", "does not agree with it")
    wording(f, "does not agree with it", "consent", False)
    wording(f, "Agreed - Bernadette Kinsella, Team Manager", "manager_agreed", True)

def knowsley_02():
    f = "knowsley_02.eml"; when = "2067-05-24 11:05:40"
    body = T("""
Hi Family First duty,

I'm stepping Caoimhe and Fionn down to a Level 2 service at their final CIN meeting:

Tuesday 31st May, 10am, Millbrook Primary School, Kirkby (family room).

Please see attached the Signs of Safety summary from the last CIN review - it has what we're worried about, what's working well and what needs to happen, and the details of the lead practitioner from school who has agreed to take the TAF on.

Mum and dad have both agreed to the step down.

Thanks,
Dominika

Dominika Wróbel
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0644

""") + KDISC
    sos = docx_att("SoS summary - O Suilleabhain - CIN review 17.05.2067.docx", [
        "# Signs of Safety summary - final CIN review",
        "Children: Caoimhe Ó Súilleabháin (DOB 07/07/2058) and Fionn Ó Súilleabháin (DOB 23/03/2061)",
        "ICS ID: 1849207",
        "Review date: 17/05/2067. Chair: Dominika Wróbel (social worker).",
        "What are we worried about?",
        "Mum's anxiety means that on her bad days she struggles to get the children to school; Caoimhe's attendance is "
        "84% this year. Dad works nights and sleeps in the day. Fionn is shy and has few friends.",
        "What's working well?",
        "Mum has been seeing her GP and the talking therapy service since February and has had fewer bad days. Dad now "
        "does the school run twice a week. Both children are close to their nan in Huyton, who helps every Saturday.",
        "What needs to happen?",
        "A Level 2 TAF led by school: a morning routine plan, a school attendance plan for Caoimhe, a place at the "
        "lunchtime club for Fionn, and mum to keep going to talking therapy.",
        "Lead Practitioner (Level 2): Mrs Precious Mbatha, Family Support Worker, Millbrook Primary School - agreed "
        "17/05/2067 - 0151 496 0512",
    ])
    top = outlook_top(f, addr("Wróbel, Dominika", "Dominika.Wrobel@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L2 step down - final CIN Tues 31st May - Ó Súilleabháin", when)
    add(f, mail(f, top, body, [sos], html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["1849207"],
        [ch("Caoimhe Ó Súilleabháin", "2058-07-07", "07/07/2058"), ch("Fionn Ó Súilleabháin", "2061-03-23", "23/03/2061")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 2 step-down (REQUIREMENTS knowsley step_down level 2; seed 004 section 2): 'Level 2' / 'L2' -> "
        "level 2. Date, time and venue in the mail; the three Signs of Safety headings and the lead practitioner's name "
        "and organisation (Mrs Precious Mbatha, Millbrook Primary School) only in the attached .docx; full names with "
        "fadas, DOBs and 'ICS ID: 1849207' (-> '1849207') only in the document. 'Mum and dad have both agreed to the "
        "step down' -> consent true (not needed at level 2). NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Tue "
        "24 May the CIN on Tue 31 May is 5 plain weekdays but Mon 30 May is the Spring Bank Holiday -> 4 working days "
        "< 5 -> notice not ok -> request_info.",
        meeting=date(2067, 5, 31), not_children=["Dominika Wróbel", "Precious Mbatha"])
    doc_only(f, "Caoimhe Ó Súilleabháin", "1849207", "Precious Mbatha", "What are we worried about?")
    wording(f, "Mum and dad have both agreed to the step down", "consent", True)

def knowsley_03():
    f = "knowsley_03.eml"; when = "2067-05-26 09:22:15"
    body = T("""
Morning,

Please see attached the step up form and the minutes of the TAF on 19th May. Invite sent for Wednesday 1st June at 1.30pm on Teams. My TM has agreed the step up.

Thanks
Kerry-Ann

Kerry-Ann Whitfield
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0927

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Mensah.docx", appendix1([
        ("Case ID on EHM:", "EHM-80412"),
        ("Child(ren) and DOB:", "Abena Mensah 14/03/2054; Kofi Mensah 02/08/2058"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 01/06/2067, 13:30, Teams"),
        ("Level of Engagement (low/medium/high):", "High - mum engages with every visit"),
        ("Recent TAF meeting minutes attached:", "Yes - 19/05/2067"),
        ("What are we worried about?", "Mum's partner Dwayne Osei-Tutu moved in in January. Police were called to "
         "the house on 28/04/2067 and 15/05/2067 after neighbours heard shouting and banging; no arrests. Mum has had a "
         "split lip and a bruised cheek which she says were falls. Kofi is wetting the bed again."),
        ("UPDATE ADDED 26/05/2067 08:50", "Abena rang me at 07:45 on her way to school. She said that last night Dwayne "
         "grabbed her round the neck and pushed her up against the kitchen wall when she tried to stop him hitting mum, "
         "and that he told her he would 'finish it' when she gets in tonight. She says she has marks on her neck. She is "
         "in school now and says she is not going home."),
        ("What is working well?", "Mum is honest with us and wants help. Abena and Kofi both go to school every day "
         "(98% and 97%). Maternal aunt in Prescot is close to the children."),
        ("What next?", "Step up to CSC for a C&F assessment; IDVA referral for mum; Family First to stay involved."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Two call-outs (28/04 and 15/05), no arrests"),
        ("Agreement by line manager:", "Agreed - Philippa Hesketh-Rowe, Team Manager, 25/05/2067"),
        ("Contingency plan (Smart and timely).", "If not agreed: IDVA and weekly visits; TAF every 3 weeks."),
    ]))
    minutes = pdf_att("TAF minutes 19.05.2067 - Mensah.pdf", "Team Around the Family - minutes", [
        "Family: Mensah   EHM-80412", "Date: 19/05/2067, 10:00, Huyton Family Hub",
        "Present: mum, Kerry-Ann Whitfield (Family First, chair), Abena's head of year, Kofi's class teacher",
        "School: Kofi tired and tearful; Abena quiet, not eating lunch.",
        "Mum: Dwayne 'has a temper' but 'would never touch the kids'.",
        "Agreed: Kerry-Ann to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Whitfield, Kerry-Ann", "KerryAnn.Whitfield@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Mensah - EHM-80412", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-80412"],
        [ch("Abena Mensah", "2054-03-14", "14/03/2054"), ch("Kofi Mensah", "2058-08-02", "02/08/2058")],
        ["domestic_abuse", "physical_harm"], None, True, [], False, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT (DESIGN safety rule 1: every part of every message, attachments included): the "
        "covering mail is routine, but the Appendix 1 form carries an 'UPDATE ADDED 26/05/2067 08:50' - a 13-year-old "
        "grabbed round the neck last night by mum's partner, who said he would 'finish it' when she gets in tonight. No "
        "alarm word anywhere. Otherwise a complete step-up (form, TAF minutes, EHM id, 'Agreed - Philippa Hesketh-Rowe, "
        "Team Manager'); notice for the TAF on Wed 1 June from Thu 26 May is 3 working days (Spring Bank Holiday Mon "
        "30 May) -> notice not ok, but urgent -> alert_duty first.",
        meeting=date(2067, 6, 1), not_children=["Kerry-Ann Whitfield", "Philippa Hesketh-Rowe", "Dwayne Osei-Tutu"])
    doc_only(f, "finish it", "round the neck", "Abena Mensah")
    wording(f, "My TM has agreed the step up", "manager_agreed", True)

def knowsley_04():
    f = "knowsley_04.eml"; when = "2067-06-02 14:40:31"
    body = T("""
Hi,

Please see attached the Signs of Safety assessment, the chronology and mum's signed consent to the referral to Family First for Lewis and Ellie-Mae (L3).

Joint home visit: Thursday 9th June, 10am, at home - 27 Tarn Close, Kirkby, L32 9ZQ.

Thanks
Marcus

Marcus Oyelowo-Grant
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0733

""") + KDISC
    sos = docx_att("SoS assessment - McAllister - May 2067.docx", [
        "# Signs of Safety assessment - McAllister",
        "Lewis McAllister (DOB 21/01/2057) and Ellie-Mae McAllister (DOB 06/11/2061). ICS ID 1902264.",
        "Step down to Family First 0-18 at Level 3.",
        "What are we worried about?",
        "Past harm: Lewis and Ellie-Mae lived with domestic abuse by their father until he left in 2065; they were on "
        "child protection plans (emotional abuse) from 2064 until February 2067. There are no current concerns about "
        "domestic abuse - Mr McAllister has had no contact since 2065 and now lives in Aberdeen.",
        "Current worries: mum's low mood - she sees her GP monthly and is on the waiting list for talking therapy. "
        "Lewis's attendance is 86% and he is late most mornings.",
        "What's working well?",
        "Mum has kept every appointment since the CP plans ended. The children are warm, fed and settled. Mum's sister "
        "Donna does the school run on Mondays and Thursdays.",
        "What needs to happen?",
        "Family First case manager to lead a TAF with school and the GP; a morning routine plan for Lewis; mum supported "
        "into talking therapy and a parents' group.",
    ])
    chron = pdf_att("Chronology - McAllister.pdf", "Chronology of significant events - McAllister (ICS: 1902264)", [
        "03/2064  Police called to the home - domestic abuse; father arrested, NFA.",
        "04/2064  Strategy discussion; s47 enquiry; risk of significant harm identified.",
        "05/2064  Initial child protection conference - CP plans, category emotional abuse.",
        "09/2065  Father leaves the family home; moves to Aberdeen. No contact since.",
        "11/2066  Review conference - risk reduced; father no contact for 14 months.",
        "02/2067  Review conference - CP plans ended; children to CIN plans.",
        "05/2067  Final CIN review - step down to Family First at Level 3 agreed in principle.",
    ])
    consent = scan_att(f, "Consent - Family First referral - McAllister.pdf",
                       "KNOWSLEY FAMILY FIRST 0-18 - PARENT / CARER CONSENT TO REFERRAL", [
        "Family: McAllister    Children: Lewis, Ellie-Mae",
        "I agree to my family being referred to Family First 0-18 for Early Help support, and to information about "
        "my family being shared with the Family First case manager.",
        "Name: Shannon McAllister      Relationship: mother",
        "Signed:  S. McAllister        Date: 31/05/2067",
        "Witnessed by: M. Oyelowo-Grant (social worker)"], producer="Canon iR-ADV C5535 PDF")
    top = outlook_top(f, addr("Oyelowo-Grant, Marcus", "Marcus.Oyelowo-Grant@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down to Family First - joint home visit Thurs 9th June - McAllister", when)
    add(f, mail(f, top, body, [sos, chron, consent], html_alt=True), "knowsley", "early_help_duty", when, 2,
        "near_miss", "step_down", False, 3, ["1902264"],
        [ch("Lewis McAllister", "2057-01-21", "21/01/2057"), ch("Ellie-Mae McAllister", "2061-11-06", "06/11/2061")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS in the documents: the chronology is full of 'domestic abuse', 'strategy discussion', 's47', 'risk of "
        "significant harm' and 'child protection' - all 2064-2066, plans ended February 2067 - and the SoS assessment says "
        "'There are no current concerns about domestic abuse'. Current worries only: mum's low mood, Lewis's 86%. "
        "Complete Knowsley level 3 step-down (L3 -> level 3; REQUIREMENTS knowsley step_down level 3): joint home visit "
        "date, time and address; three headings in the .docx; consent only in a scanned, signed form ('I agree to my "
        "family being referred to Family First') -> true. Notice: Thu 2 June -> Thu 9 June = exactly 5 working days "
        "-> ok -> book_meeting.",
        meeting=date(2067, 6, 9), not_children=["Marcus Oyelowo-Grant", "Shannon McAllister"])
    doc_only(f, "I agree to my family being referred to Family First", "1902264", "What's working well?")
    wording(f, "I agree to my family being referred to Family First", "consent", True)

def knowsley_05():
    f = "knowsley_05.eml"; when = "2067-06-13 10:15:22"
    data = itip_reply(f, when, "Grace Nwachukwu-Hale", "g.nwachukwu-hale@stcolumbas-kirkby.example",
                      ("Knowsley MASH", KMASH), "ACCEPTED", "Step up TAF meeting - Lindqvist - EHM-81766",
                      "20670622T100000", "20670622T113000", "Microsoft Teams Meeting",
                      comment="I'll bring Elsa's attendance and the CPOMS summary.")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-81766"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from a school DSL to the rearranged step-up "
        "TAF of knowsley_08 (Wed 22 June 10:00); DESIGN kind meeting_reply -> record_reply. The SUMMARY carries "
        "EHM-81766; 'Elsa' by first name only is not a labelled child.",
        not_children=["Grace Nwachukwu-Hale"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2067-06-21 11:48:09"
    ack = stepbot_ack_block("SB-knowsley-318", "step-up", "Kaczmarek",
                            ["the Graded Care Profile 2 (GCP2), because the concerns include neglect"],
                            "", "")
    body = T("""
Hi,

As requested please see attached the GCP2 and the updated chronology.

Jo

Joanne Pennington-Shah
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0288
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "17 June 2067 14:02",
             "Pennington-Shah, Joanne <Joanne.Pennington-Shah@knowsley.gov.uk>",
             "[SB-knowsley-318] Step-up request received - Kaczmarek - what is missing", ack) + "\n" + KDISC
    gcp2 = pdf_att("GCP2 - Kaczmarek - June 2067.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Kaczmarek    EHM-69120    Completed by: Joanne Pennington-Shah    Date: 16/06/2067",
        "Area 1 Physical care - nutrition: 4; housing: 3; clothing: 4; hygiene: 4", "Area 2 Health: 4",
        "Area 3 Safety: 4", "Area 4 Love and care: 3", "Area 5 Stimulation and education: 3",
        "Summary: the children's basic care is often not met; Zofia's nappy rash and weight loss not acted on."])
    rows = [["Date / time", "Source", "Entry"],
            ["Children", "", "Antoni Kaczmarek (DOB 19/01/2061); Zofia Kaczmarek (DOB 04/08/2064). EHM ID: EHM-69120"],
            ["03/03/2067", "Health visitor", "Zofia's weight has dropped from the 25th to the 9th centile; bad nappy rash."],
            ["21/03/2067", "School", "Antoni in the same uniform all week; says there is no food in the house."],
            ["14/04/2067", "Family First", "Home visit: no food in the cupboards, dog mess in the kitchen, mum asleep at 2pm."],
            ["02/05/2067", "TAF", "Mum's partner Lee Burrows has moved in. Mum says he 'helps with Zofia'."],
            ["16/06/2067", "Family First", "GCP2 completed - see attached."],
            ["21/06/2067 10:55", "Little Acorns Nursery (phone)", "Zofia arrived this morning with a round burn on the "
             "back of her left hand, about the size of a cigarette end, with a plaster over it. When nursery asked, mum "
             "said 'ask him' and left. Zofia said 'Lee did it'. Lee collects Zofia at 12.30 every day and is due at "
             "12.30 today."]]
    chron = docx_att("Chronology - Kaczmarek - updated 21.06.2067.docx",
                     ["# Chronology - Kaczmarek family", "Updated 21/06/2067 by J. Pennington-Shah"], tables=[rows])
    top = outlook_top(f, addr("Pennington-Shah, Joanne", "Joanne.Pennington-Shah@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-318] Step-up request received - Kaczmarek - what is missing", when)
    add(f, mail(f, top, body, [gcp2, chron], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-69120"],
        [ch("Antoni Kaczmarek", "2061-01-19", "19/01/2061"), ch("Zofia Kaczmarek", "2064-08-04", "04/08/2064")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Follow-up to [SB-knowsley-318] adding the GCP2 (DESIGN kind follow_up) - but the LAST ROW of the attached "
        "'updated chronology' .docx, timed 10:55 today, reports a 2-year-old's cigarette-sized burn ('Lee did it') and "
        "the partner collecting her at 12.30 today: an immediate risk found only in an attachment's table -> urgent -> "
        "alert_duty overrides attach_to_request. The covering mail says only 'please see attached'. No alarm word. "
        "Concerns: neglect (GCP2, chronology) and physical_harm.",
        not_children=["Joanne Pennington-Shah", "Lee Burrows"])
    doc_only(f, "Lee did it", "12.30 today", "Antoni Kaczmarek")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2067-07-08 16:02:44"
    body = T("""
Thank you for your email.

I am on annual leave until Monday 18th July 2067 with limited access to email. For Family First step up queries please contact Philippa Hesketh-Rowe (Team Manager). If you have an immediate safeguarding concern about a child, please ring MASH or, in an emergency, 999.

Bernadette Kinsella
Team Manager | Family First 0-18 (Kirkby) | Knowsley Council
""")
    data = ooo(f, when, "Bernadette Kinsella", "Bernadette.Kinsella@" + KDOM, addr("Knowsley MASH", KMASH),
               "[SB-knowsley-344] Step-up TAF meeting - documents received", body)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to a stepbot message: DESIGN kind "
        "auto_reply -> ignore (safety rule 2: never answered). 'immediate safeguarding concern' and 999 are boilerplate.",
        not_children=["Bernadette Kinsella"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2067-06-09 12:30:10"
    body = T("""
Hi all,

Please see attached the step up form, the minutes of the last TAF and the Engaging Families toolkit for Elsa and Noah.

The only urgent bit is the date: the form still says Wednesday 15th, but we've had to move the step up TAF to Wednesday 22nd June at 10am on Teams because mum has a hospital appointment on the 15th. The updated invite is attached - please go by that, not the form.

My TM (Owen Fairbrother) agreed the step up in supervision on Tuesday.

Thanks
Harpreet

Harpreet Kaur-Doyle
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0455

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Lindqvist.docx", appendix1([
        ("Case ID on EHM:", "EHM-81766"),
        ("Child(ren) and DOB:", "Elsa Lindqvist 02/02/2061; Noah Lindqvist-Brown 14/06/2064"),
        ("Has this family recently closed to Children's Social Care?:", "Closed to CSC in 2065"),
        ("Date of step up TAF meeting:", "Wednesday 15/06/2067, 10:00, Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - Engaging Families Toolkit completed 26/05/2067 (attached)"),
        ("Recent TAF meeting minutes attached:", "Yes - 26/05/2067"),
        ("What are we worried about?", "Current: mum has not answered the door for 6 of the last 9 planned visits and "
         "has missed 3 TAFs. Elsa's attendance is 72%. Noah has not been seen by the health visitor since his 1-year "
         "review. Past harm: in 2063 Elsa (then 2) had a fractured wrist - the hospital and police enquiry concluded it "
         "was accidental. Noah's father was convicted of assaulting mum in 2065 and is serving a long prison sentence; "
         "no contact since, and mum has a restraining order. Complicating factors: mum's hours at work."),
        ("What is working well?", "When mum does engage she is open; the children are well dressed and fed; maternal "
         "grandmother does the school run on Fridays."),
        ("What next?", "Step up for a C&F assessment; school attendance plan; health visitor to see Noah."),
        ("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.",
         "Completed 26/05/2067 - shows low engagement driven by mum's work pattern and distrust of services; "
         "tried: evening visits, text reminders, grandmother as go-between."),
        ("Graded Care profile (If neglect should be completed).", "N/A - no concerns about neglect of care"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Restraining order in place (father)."),
        ("Agreement by line manager:", "Agreed - Owen Fairbrother, Team Manager, 07/06/2067"),
        ("Contingency plan (Smart and timely).", "If not agreed: TAF every 4 weeks; attendance panel referral."),
    ]))
    minutes = pdf_att("TAF minutes 26.05.2067 - Lindqvist.pdf", "Team Around the Family - minutes", [
        "Family: Lindqvist   EHM-81766", "Date: 26/05/2067, 15:30, Halewood Family Hub",
        "Present: Harpreet Kaur-Doyle (chair), Elsa's class teacher, school attendance officer. Mum did not attend.",
        "Attendance 72%; 11 sessions unauthorised this half term.", "Agreed: Harpreet to discuss a step up with her TM."])
    efk = pdf_att("Engaging Families Toolkit - Lindqvist - 26.05.2067.pdf",
                  "Engaging Families Toolkit - Signs of Well-being Family Engagement Assessment", [
        "Family: Lindqvist    Completed by: Harpreet Kaur-Doyle    Date: 26/05/2067",
        "Engagement score: 3 / 10 (low)",
        "What we have tried: evening visits; text reminders; grandmother as go-between; a new worker.",
        "What this tells us: mum is not refusing help but is avoiding statutory-looking contact; support has not "
        "been taken up for six months."])
    cal = ics("REQUEST", f, dt(when), "20670622T100000", "20670622T113000", "Step up TAF meeting - Lindqvist - EHM-81766",
              "Microsoft Teams Meeting", "Step up TAF (moved from 15/06). Chair: MASH social worker. Minutes: MASH "
              "business support.", ("Harpreet Kaur-Doyle", "Harpreet.Kaur-Doyle@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")], sequence=1)
    invite = ics_att("Step up TAF - Lindqvist - 22.06.2067.ics", cal)
    top = outlook_top(f, addr("Kaur-Doyle, Harpreet", "Harpreet.Kaur-Doyle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "URGENT - step up TAF date changed - Lindqvist - EHM-81766", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, efk, invite], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-81766"],
        [ch("Elsa Lindqvist", "2061-02-02", "02/02/2061"), ch("Noah Lindqvist-Brown", "2064-06-14", "14/06/2064")],
        ["non_engagement", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS: 'URGENT' in the subject is about a changed date; the form's past harm (a 2063 fracture found "
        "accidental, a father convicted in 2065 and in prison, restraining order) is historic. DOCUMENT CONTRADICTS "
        "THE MAIL: the form says 'Wednesday 15/06/2067' but the mail, written later, moves the TAF to Wed 22 June 10am "
        "and attaches the new invite (.ics SEQUENCE 1) - the latest statement wins. From Thu 9 June: 22 June = 9 working "
        "days -> ok (15 June would have been 4). Complete step-up for non-engagement with the Engaging Families "
        "toolkit attached (REQUIREMENTS knowsley: engaging_families when non_engagement) -> book_meeting.",
        meeting=date(2067, 6, 22), not_children=["Harpreet Kaur-Doyle", "Owen Fairbrother"])
    wording(f, "agreed the step up in supervision", "manager_agreed", True)


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2067-04-19 10:40:12"
    blocks = [
        "Dear MASH colleagues,", "",
        "Following a reflective discussion with Comfort Asante (Early Help Practitioner) yesterday, I agree that the "
        "Nkemelu children need stepping up to Children's Services. Please find attached the latest case summary and "
        "the rationale for the step up.", "",
        "Mum is aware of the step up and agrees with it.", "",
        "Kind regards,", "",
        "{{Fenella Ashworth-Mbeki}}", "Early Help Team Manager | Wandsworth North Early Help Team",
        "Richmond and Wandsworth Councils | 020 7946 0713", "", RDISC]
    chron = pdf_att("Nkemelu - chronology of significant events - April 2067.pdf",
                    "Chronology of significant events - Nkemelu family", [
        "Children: Chidera Nkemelu (11) and Obinna Nkemelu (7). Mother: Ngozi Nkemelu.",
        "09/2066  Early Help Assessment completed; concerns: mum's drinking, school attendance.",
        "11/2066  TAF 1 - mum agrees to see the alcohol service; Chidera tells school she 'does the tea'.",
        "01/2067  Mum discharged from the alcohol service after missing three appointments.",
        "02/2067  Obinna found by a neighbour walking to school alone at 8.50am; mum asleep.",
        "03/2067  TAF 3 - Chidera's attendance 81%; she is late because she takes Obinna to school first.",
        "04/2067  Home visit: empty wine bottles in the kitchen, mum slurring at 11am. Chidera cooking for both children."])
    rationale = docx_att("Rationale for step up - Nkemelu.docx", [
        "# Rationale for step up to Children's Services",
        "Children: Chidera Nkemelu (DOB 03/12/2055) and Obinna Nkemelu (DOB 21/06/2059). Mosaic ID: 2291847.",
        "Why Early Help is no longer enough: seven months of Early Help support and three TAFs have not changed mum's "
        "drinking; she has disengaged from the alcohol service. Chidera (11) is caring for her brother and her mum - "
        "shopping, cooking and the school run - and her own attendance has fallen to 81%.",
        "What we want from a Child and Family Assessment: an understanding of the impact of mum's drinking on the "
        "children and of Chidera's caring role; a young carers' assessment.",
        "Early Help practitioner: Comfort Asante. Team manager: Fenella Ashworth-Mbeki."])
    top = outlook_top(f, addr("Ashworth-Mbeki, Fenella", "Fenella.Ashworth-Mbeki@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Nkemelu", when)
    add(f, word_mail(f, top, blocks, [chron, rationale]), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2291847"],
        [ch("Chidera Nkemelu", "2055-12-03", "03/12/2055"), ch("Obinna Nkemelu", "2059-06-21", "21/06/2059")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, ["case_summary"], None, "request_info",
        "DOCUMENT CONTRADICTS THE MAIL: the Early Help Team Manager writes 'please find attached the latest case summary "
        "and the rationale', but the attachments are a 'chronology of significant events' (a chronology is not a case "
        "summary) and the rationale -> case_summary missing (REQUIREMENTS richmond_wandsworth step_up: case_summary, "
        "rationale; a document is met only by an attachment whose name or content shows it is that document) -> "
        "request_info. DOBs and 'Mosaic ID: 2291847' only in the rationale .docx. The sender is the EH Team Manager: "
        "'I agree that the Nkemelu children need stepping up' -> manager true; 'Mum is aware of the step up and agrees "
        "with it' -> consent true.",
        not_children=["Comfort Asante", "Fenella Ashworth-Mbeki", "Ngozi Nkemelu"])
    doc_only(f, "2291847", "03/12/2055")
    wording(f, "Mum is aware of the step up and agrees with it", "consent", True)
    wording(f, "I agree that the Nkemelu children need stepping up", "manager_agreed", True)

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2067-05-12 14:18:30"
    body = T("""
Hi MASH,

Please find attached the latest case summary and our rationale for stepping the Okafor-Reilly boys up to Children's Services. Amara Eze (EH practitioner) and I had our reflective discussion this morning and I agree with the step up.

Kind regards
Tomasz

Tomasz Grabowski-Lee
Early Help Team Manager | Battersea Early Help Team
Richmond and Wandsworth Councils | 020 7946 0388

PS Amara has just rung me from outside the flat. Jayden has a fresh bruise on his cheek and told her that mum's boyfriend threw him into the bedroom door this morning because he had wet the bed. The boyfriend is in the flat now and told Amara to leave; mum says both boys are staying there tonight. Amara is sitting in her car outside.

""") + RDISC
    summary = docx_att("Case summary - Okafor-Reilly - May 2067.docx", [
        "# Case summary - Okafor-Reilly",
        "Children: Jayden Okafor-Reilly (DOB 05/10/2059) and Kai Okafor-Reilly (DOB 30/12/2062). Mosaic ID 2304519.",
        "Mother: Chantelle Reilly. Mother's partner: Kyle Dunmore (since October 2066).",
        "Open to Early Help since November 2066 (parenting, Jayden's behaviour at school, bedwetting).",
        "Police were called once, on 02/04/2067, after neighbours heard Mr Dunmore shouting at mum; no further action.",
        "Jayden (7) has become withdrawn and has said he 'doesn't like it when Kyle shouts'. Kai (4) attends nursery "
        "part time."])
    rationale = pdf_att("Rationale - step up - Okafor-Reilly.pdf", "Rationale for step up - Okafor-Reilly", [
        "Early Help has worked with mum for six months. Since Mr Dunmore moved in, mum has cancelled visits and the "
        "boys are described by school and nursery as frightened and jumpy.",
        "We think a Child and Family Assessment is needed to understand the boys' experience at home."])
    top = outlook_top(f, addr("Grabowski-Lee, Tomasz", "Tomasz.Grabowski-Lee@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor-Reilly - case summary and rationale attached", when)
    add(f, mail(f, top, body, [summary, rationale], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2304519"],
        [ch("Jayden Okafor-Reilly", "2059-10-05", "05/10/2059"), ch("Kai Okafor-Reilly", "2062-12-30", "30/12/2062")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT IN A PS BELOW THE SIGNATURE: a 7-year-old with a fresh bruise who says mum's boyfriend threw him into a "
        "door this morning; the boyfriend is in the flat now and the boys are staying there tonight (seed 000: a step-up "
        "is for concerns that are 'not immediate child protection' - this one is). No alarm word. Otherwise a complete "
        "step-up: case summary .docx and rationale .pdf, sender the EH Team Manager ('I agree with the step up' -> "
        "manager true); children, DOBs and Mosaic ID only in the case summary.",
        not_children=["Amara Eze", "Tomasz Grabowski-Lee", "Chantelle Reilly", "Kyle Dunmore"])
    doc_only(f, "Jayden Okafor-Reilly", "2304519")
    wording(f, "I agree with the step up", "manager_agreed", True)

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2067-05-09 16:25:03"
    body = T("""
Dear Early Help duty,

Further to my call with Hollie Tremayne this afternoon, we agreed the step-down case discussion for Friday 13th May at 2pm on Teams - my team manager Rebecca Stannard will join us.

As agreed, please find attached the latest case summary and the draft Early Help plan.

Kind regards
Deepa

Deepa Raghunathan
Social Worker | Family Support and Child Protection (Richmond)
Richmond and Wandsworth Councils | 020 7946 0561

""") + RDISC
    summary = pdf_att("Case summary - Fairweather-Dos Santos - May 2067.pdf", "Case summary - Fairweather-Dos Santos", [
        "Children: Luca Fairweather-Dos Santos (DOB 17/08/2057); Beatriz Fairweather-Dos Santos (DOB 02/02/2062)",
        "Mosaic ID 2187730    Mother: Joana Fairweather",
        "Child in Need plan since October 2066: mum's depression after the death of her partner; Luca's autism "
        "(EHCP in place at Sheen Mount Primary).",
        "Progress: mum is on medication and sees her GP; the children are well cared for; Luca has settled at school.",
        "Remaining needs: a routine for Luca at home, respite through the short breaks offer, mum's support network."])
    plan = docx_att("Draft Early Help plan - Fairweather-Dos Santos.docx", [
        "# Draft Early Help plan",
        "Family: Fairweather-Dos Santos",
        "Goals: a visual routine for Luca at home; a short breaks assessment; mum linked with a carers' group.",
        "Proposed Early Help worker: Sam Adeyemi, Early Help Family Worker.",
        "Consent: Ms Fairweather gave her consent on 06/05/2067 for Early Help to continue the plan (signed copy on Mosaic).",
        "Review: within 4 weeks of handover."])
    top = outlook_top(f, addr("Raghunathan, Deepa", "Deepa.Raghunathan@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Fairweather-Dos Santos - case discussion Fri 13th May 2pm", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2187730"],
        [ch("Luca Fairweather-Dos Santos", "2057-08-17", "17/08/2057"),
         ch("Beatriz Fairweather-Dos Santos", "2062-02-02", "02/02/2062")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (REQUIREMENTS richmond_wandsworth step_down: case_summary, draft_plan, "
        "consent). The mail gives the agreed case discussion (Fri 13 May 2pm, within 5 days of the contact; seed 000) "
        "and says the summary and plan are attached; CONSENT ONLY IN THE PLAN ('Ms Fairweather gave her consent on "
        "06/05/2067') -> true; children, DOBs and Mosaic ID only in the summary PDF. No notice period -> null. "
        "'my team manager ... will join us' is not agreement -> manager null.",
        not_children=["Deepa Raghunathan", "Hollie Tremayne", "Rebecca Stannard", "Joana Fairweather", "Sam Adeyemi"])
    doc_only(f, "gave her consent on 06/05/2067", "2187730", "17/08/2057")
    wording(f, "gave her consent on 06/05/2067", "consent", True)

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2067-06-22 09:35:50"
    body = T("""
Hi,

Please see attached the case summary and draft Early Help plan for the Haddad children, Yusuf and Layla. The child protection plan ended at the review conference on 9th June and there are no current safeguarding concerns.

Mr Haddad has given his consent to the step down and to Early Help continuing the plan.

Case discussion agreed with Hollie for Monday 27th June at 11am (Teams).

Thanks
Callum

Callum MacLeod
Social Worker | Family Support and Child Protection (Wandsworth)
020 7946 0829
""")
    summary = pdf_att("Case summary - Haddad - June 2067.pdf", "Case summary - Haddad", [
        "Children: Yusuf Haddad (DOB 12/04/2059); Layla Haddad (DOB 28/11/2062). Mosaic ID 2219804.",
        "Father (sole carer): Karim Haddad.",
        "Reason for the child protection plan (March 2066): physical abuse. Yusuf (then 6) had belt-mark bruising to "
        "his legs. Mr Haddad accepted responsibility, completed the Caring Dads programme, and there have been no "
        "further incidents in 15 months.",
        "Risk of significant harm assessed as low at the review conference on 09/06/2067; plan ended.",
        "Current needs: Layla's speech and language delay (EHC needs assessment under way); Mr Haddad's confidence "
        "with routines and boundaries; after-school childcare while he works."])
    plan = docx_att("Draft Early Help plan - Haddad.docx", [
        "# Draft Early Help plan - Haddad",
        "Goals: Layla's EHC needs assessment completed with dad's input; a parenting group for dad; an after-school "
        "club place for Yusuf.", "Review: within 4 weeks of handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("MacLeod, Callum", "Callum.MacLeod@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Haddad - no current safeguarding concerns", when)
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2219804"],
        [ch("Yusuf Haddad", "2059-04-12", "12/04/2059"), ch("Layla Haddad", "2062-11-28", "28/11/2062")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS: the attached case summary gives the old reason for the CP plan ('physical abuse', belt-mark "
        "bruising, March 2066) - historic, accepted, no incident for 15 months, plan ended - and the mail says 'no "
        "current safeguarding concerns'. Complete step-down (case summary .pdf, draft plan .docx, 'Mr Haddad has given "
        "his consent' -> true); current need only Layla's speech and language delay -> disability_send. Plain text, no "
        "disclaimer. No notice period.",
        not_children=["Callum MacLeod", "Karim Haddad"])
    wording(f, "Mr Haddad has given his consent", "consent", True)

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2067-04-28 12:02:33"
    ack = stepbot_ack_block("SB-richmond_wandsworth-204", "step-up", "Nkemelu", ["the latest case summary"], "", "")
    body = T("""
Hello,

Apologies - I attached the chronology instead of the case summary. The latest case summary is attached now.

Fenella

Fenella Ashworth-Mbeki
Early Help Team Manager | Wandsworth North Early Help Team
""") + quote("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "19 April 2067 10:46",
             "Ashworth-Mbeki, Fenella <Fenella.Ashworth-Mbeki@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-204] Step-up request received - Nkemelu - what is missing", ack) + "\n" + RDISC
    summary = docx_att("Case summary - Nkemelu - 27.04.2067.docx", [
        "# Case summary",
        "Chidera Nkemelu (DOB 03/12/2055) and Obinna Nkemelu (DOB 21/06/2059). Mosaic ID: 2291847.",
        "Open to Early Help since September 2066. Mum (Ngozi Nkemelu) drinks most days; she was discharged from the "
        "alcohol service in January after missing appointments.",
        "Chidera does much of the cooking and shopping and takes Obinna to school; her attendance is 81%.",
        "Obinna is well liked at school; he has been found walking to school alone once."])
    top = outlook_top(f, addr("Ashworth-Mbeki, Fenella", "Fenella.Ashworth-Mbeki@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-204] Step-up request received - Nkemelu - what is missing", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["2291847"],
        [ch("Chidera Nkemelu", "2055-12-03", "03/12/2055"), ch("Obinna Nkemelu", "2059-06-21", "21/06/2059")],
        ["school_attendance", "substance_misuse", "young_carer"], None, None, [], None, "attach_to_request",
        "Reply to stepbot's acknowledgement [SB-richmond_wandsworth-204] (richmond_wandsworth_01's family) adding the "
        "case summary that was missing: DESIGN kind follow_up -> attach_to_request, missing []. Children, DOBs, Mosaic "
        "ID and concerns are in the attached summary; the quoted 'What is missing:' heading is not a concern.",
        not_children=["Fenella Ashworth-Mbeki", "Ngozi Nkemelu"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2067-06-17 13:50:05"
    body = T("""
Good afternoon,

I have been asked by Mr Lindo to send the attached to you. Please see attached.

Kind regards

Joy Okonedo
School Office
Albemarle Road Primary School
020 7946 0177
""")
    scan = scan_att(f, "Scan_0617_134412.pdf", "ALBEMARLE ROAD PRIMARY SCHOOL - RECORD OF CONCERN", [
        "Child's name: Amelie Novak-Hayes      Year group: 3      DOB: 02/05/2059",
        "Date / time: 17/06/2067  12:55        Recorded by: K. Fairbanks (teaching assistant)",
        "What did you see or hear? Use the child's own words:",
        "Amelie asked to talk to me at lunch. She was crying. She said: 'Uncle Rob comes in my bed when Mummy is at "
        "work and does things and says it's our secret. Mummy is at work till late tonight so he's looking after me.' "
        "She asked me not to tell him.",
        "Action taken: passed to Mr D. Lindo (DSL) at 13:05.",
        "DSL notes: Mum works at the hospital until 10pm today. Uncle (mum's brother, Rob Hayes) collects Amelie at "
        "3.15 on Fridays and stays with her until mum gets home.",
        "Signed: K. Fairbanks"], producer="RICOH IM C3000 PDF")
    top = plain_top(f, addr("Joy Okonedo", "office@albemarleroad-primary.example"), addr("Early Help Duty", RED),
                    "Referral - please see attached", when, "albemarleroad-primary.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [scan], crlf=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Amelie Novak-Hayes", "2059-05-02", "02/05/2059")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A SCANNED PDF: a school office sends a bare 'please see attached' to the Early Help duty inbox; "
        "the scan's OCR text is a Record of Concern - an 8-year-old's disclosure of sexual abuse by her uncle, who is "
        "looking after her tonight and collects her at 3.15 today (a Friday). DESIGN safety rule 1. A school's "
        "referral is no step-up or step-down -> kind other; urgent -> alert_duty. No alarm word.",
        not_children=["Joy Okonedo", "Rob Hayes"])
    doc_only(f, "Uncle Rob comes in my bed", "Amelie Novak-Hayes")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2067-07-05 08:55:40"
    html_body = (LAYOUT_HEAD + '<table width="620" cellpadding="8" style="font-family:Arial"><tr><td>'
                 '<h2 style="color:#5B2C6F">Wandsworth Safeguarding Children Partnership</h2>'
                 '<p>Dear colleague,</p><p>Please see attached this month\'s 7-minute briefing, on the learning from '
                 'our rapid review about <b>Child R</b>. Please share it at your next team meeting.</p>'
                 '<p>Training dates for the summer are on the partnership website.</p>'
                 '<p style="font-size:8pt;color:#777">You are receiving this because you are on the WSCP practitioner '
                 'list. Unsubscribe: wscp-unsubscribe@wscp-partnership.example</p></td></tr></table></body></html>\n')
    brief = pdf_att("7MB Rapid Review Child R - July 2067.pdf", "7-minute briefing: Rapid Review - Child R", [
        "1. Background: Child R was 4 years old when he died in 2065 from injuries caused by his mother's partner. "
        "The family were open to Early Help. All names are withheld.",
        "2. What happened: nursery saw bruising twice and accepted explanations; the Early Help worker was told the "
        "partner had moved out when he had not.",
        "3. Learning: any bruising in a pre-school child needs professional curiosity. If you think a child is at "
        "immediate risk of significant harm, do not wait for a TAF or a step-up - phone MASH, or 999 in an emergency.",
        "4. Step-up is for concerns that are increasing but not immediate; it never replaces an urgent referral.",
        "5. Questions for your team: how do we check who lives in the home? Who do we tell when we are not sure?",
        "6. Further reading: the partnership's threshold document.",
        "7. This briefing is for learning; it describes no current case."])
    root = multipart("mixed", [text_part(html_body, "html", crlf=True), brief], bnd(f, 1))
    top = plain_top(f, addr("WSCP Bulletin", "bulletin@wscp-partnership.example"), addr("Early Help Duty", RED),
                    "7-minute briefing: Rapid Review 'Child R' - please see attached", when,
                    "wscp-partnership.example", None,
                    extra=[("List-Id", "WSCP practitioners <practitioners.wscp-partnership.example>"),
                           ("List-Unsubscribe", "<mailto:wscp-unsubscribe@wscp-partnership.example>")])
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - a partnership bulletin (List-Id, no Auto-Submitted) whose attached 7-minute briefing is about a "
        "child who died in 2065 ('Child R', anonymised) and uses 'immediate risk of significant harm' as learning "
        "text: DESIGN safety rule 1, bulletins that list examples must not trigger it. Not a request -> other -> "
        "human_review; no child named.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2067-06-23 10:12:18"
    data = itip_reply(f, when, "Priscilla Mwangi-Hart", "Priscilla.Mwangi-Hart@" + RDOM,
                      ("Early Help Duty", RED), "TENTATIVE",
                      "Step-down case discussion - Haddad (Mosaic 2219804)", "20670627T110000", "20670627T120000",
                      "Microsoft Teams Meeting",
                      comment="Panel sometimes overruns on a Monday - I may be 10 minutes late. Please start without me.")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2219804"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE from the Early Help manager for richmond_wandsworth_04's case discussion "
        "(Mon 27 June 11:00): DESIGN kind meeting_reply -> record_reply. 'Mosaic 2219804' in the SUMMARY -> case id "
        "'2219804' (a label before the number is not part of it).",
        not_children=["Priscilla Mwangi-Hart"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2067-05-16 10:05:27"
    body = T("""
Hello MAST,

Please see the attached MARF for a family I am working with at Early Help. My manager has signed section 9.

Thanks
Shahana

Shahana Miah
Family Practitioner | Early Help Hub (Bethnal Green) | Tower Hamlets Council
020 7946 0264

""") + TDISC
    marf = pdf_att("MARF - Rahman-Lindgren - 13.05.2067.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "1. Children: Ishaan Rahman-Lindgren, DOB 09/01/2056;  Sofia Rahman-Lindgren, DOB 15/10/2060",
        "2. Mosaic ID: 2356610       Address: Flat 3, Ropery House, E3 9ZD",
        "3. Parent/carer: Ms Nasreen Rahman (mother)",
        "4. Referrer: Shahana Miah, Family Practitioner, Early Help Hub",
        "5. Reason for request: Early Help plan since January 2067. Mum has missed 7 of the last 10 visits and two TAF "
        "meetings. On three visits there was no food in the flat; Sofia's head lice have not been treated for months "
        "and she has untreated eczema. Ishaan's attendance is 68%.",
        "6. Is there an immediate child protection concern? No.",
        "7. Parental consent: Ms Rahman consented to this request on 13/05/2067.",
        "8. What do you want to happen? A social work assessment of the children's needs.",
        "9. Manager authorisation: I agree this request should go to MAST. Signed: Rukhsana Begum, Team Manager, "
        "Early Help, 13/05/2067."])
    top = outlook_top(f, addr("Miah, Shahana", "Shahana.Miah@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - please see attached", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2356610"],
        [ch("Ishaan Rahman-Lindgren", "2056-01-09", "09/01/2056"), ch("Sofia Rahman-Lindgren", "2060-10-15", "15/10/2060")],
        ["neglect", "non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "EVERYTHING IN THE DOCUMENT: the mail says only 'please see the attached MARF ... my manager has signed section "
        "9'; the Multi-Agency Request for Support form (REQUIREMENTS tower_hamlets step_up: request_for_support, "
        "manager_agreed) carries the children, DOBs, Mosaic ID, consent ('Ms Rahman consented to this request') and "
        "the manager's authorisation ('I agree this request should go to MAST') -> complete -> book_meeting. Section 6 "
        "'immediate child protection concern? No.' is negated.",
        not_children=["Shahana Miah", "Nasreen Rahman", "Rukhsana Begum"])
    doc_only(f, "Ishaan Rahman-Lindgren", "2356610", "consented to this request")
    wording(f, "Ms Rahman consented to this request", "consent", True)
    wording(f, "I agree this request should go to MAST", "manager_agreed", True)

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2067-06-07 15:45:12"
    body = T("""
Hi Early Help Hub,

Please find attached the C&F assessment (concluded 3rd June), the draft TAF plan and mum's signed consent.

The lead practitioner will be Hasina Begum, Family Support Worker at Bow Children and Family Centre - she agreed yesterday, so please ignore "TBC" on the plan, it was written before she confirmed.

TAF meeting: Thursday 16th June, 2pm, Bow Children and Family Centre.

Thanks
Joel

Joel Abernathy-Osei
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0912

""") + TDISC
    cfa = pdf_att("C&F Assessment - Uddin - concluded 03.06.2067.pdf", "Child and Family Assessment - summary and outcome", [
        "Children: Arif Uddin (DOB 22/03/2058); Nusrat Uddin (DOB 30/11/2063). Mosaic ID 2361108.",
        "Mother: Rokeya Uddin. Father: Jamal Uddin.",
        "Assessment started 08/04/2067, concluded 03/06/2067.",
        "Findings: Arif has ADHD (diagnosed 2066) and is at risk of exclusion for his behaviour; mum's anxiety has been "
        "worse since the family were moved to temporary accommodation; the flat is overcrowded.",
        "Outcome: no further social work role; step down to a Team Around the Family with a lead practitioner."])
    plan = docx_att("Draft TAF plan - Uddin.docx", [
        "# Team Around the Family plan (draft)",
        "Family: Uddin",
        "Lead Practitioner: TBC",
        "Actions: Arif - school behaviour support plan and ADHD medication review; mum - GP and talking therapy; "
        "housing - priority transfer application supported by the TAF.",
        "First TAF: to be arranged by the allocated social worker."])
    consent = scan_att(f, "Consent - Uddin.pdf", "TOWER HAMLETS EARLY HELP - CONSENT", [
        "I agree to my family receiving support from Early Help and to information being shared with the Team Around "
        "the Family.",
        "Children: Arif and Nusrat", "Parent: Rokeya Uddin      Signed: R. Uddin      Date: 02/06/2067"],
        producer="Scanned by CamScanner")
    top = outlook_top(f, addr("Abernathy-Osei, Joel", "Joel.Abernathy-Osei@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Uddin", when)
    add(f, mail(f, top, body, [cfa, plan, consent], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2361108"],
        [ch("Arif Uddin", "2058-03-22", "22/03/2058"), ch("Nusrat Uddin", "2063-11-30", "30/11/2063")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "DOCUMENT CONTRADICTS THE MAIL, AND THE MAIL SAYS WHICH WINS: the draft TAF plan says 'Lead Practitioner: TBC' "
        "but the mail (written later) names Hasina Begum, Family Support Worker, Bow Children and Family Centre, and "
        "says to ignore the TBC -> lead_practitioner met. C&F assessment .pdf, draft plan .docx and a scanned consent "
        "('I agree to my family receiving support from Early Help') -> complete (REQUIREMENTS tower_hamlets step_down) "
        "-> book_meeting. Children and DOBs only in the assessment.",
        not_children=["Joel Abernathy-Osei", "Hasina Begum", "Rokeya Uddin", "Jamal Uddin"])
    doc_only(f, "Lead Practitioner: TBC", "Arif Uddin", "2361108")
    wording(f, "I agree to my family receiving support from Early Help", "consent", True)

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2067-05-11 12:40:44"
    fwd = T("""
From: Clarke, Rachel <r.clarke@stjudes-e2.example>
Sent: 11 May 2067 11:58
To: Bakare, Oluwaseun <Oluwaseun.Bakare@towerhamlets.gov.uk>
Subject: Sumaiya H

Seun,

Sumaiya (Year 2) came in this morning with four round bruises on the top of her left arm, like fingertips. She told her teacher her dad grabbed her and shook her because she spilt his tea, and that he said next time she'll go in the cupboard all night. Dad is collecting her at 3.15 as usual. I've done a body map - attached.

Rachel Clarke
Deputy Head, St Jude's Primary School
""")
    body = T("""
Hi MAST,

Please see below from school and the attached body map. Sumaiya's family are open to me at Early Help and I think this now needs stepping up - my manager Delwar Ahmed has agreed. I'll get the MARF done this afternoon.

Seun

Oluwaseun Bakare
Family Practitioner | Early Help Hub (Stepney) | Tower Hamlets Council
020 7946 0305

________________________________
""") + fwd + "\n" + TDISC
    bodymap = scan_att(f, "Body map - S Hossain - 11.05.2067.pdf", "BODY MAP", [
        "Name: Sumaiya Hossain       DOB: 08/08/2060       Date: 11/05/2067  09:10",
        "Completed by: R. Clarke (Deputy Head)",
        "Front view - left upper arm: 4 round bruises, each about 1cm, blue / purple, in a line, like fingertips.",
        "Back view - no marks seen.",
        "Child's account: 'Daddy grabbed me and shook me because I spilt his tea.'"], producer="Canon iR-ADV C3826 PDF")
    top = outlook_top(f, addr("Bakare, Oluwaseun", "Oluwaseun.Bakare@" + TDOM), addr("MAST", TMAST),
                      "FW: Sumaiya H - from school today", when)
    add(f, mail(f, top, body, [bodymap], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, [], [ch("Sumaiya Hossain", "2060-08-08", "08/08/2060")],
        ["physical_harm"], None, True, ["request_for_support"], None, "alert_duty",
        "URGENT IN THE FORWARDED PART: the school's note (a 6-year-old's fingertip bruises, 'dad grabbed her and shook "
        "her', a threat of the cupboard 'all night', dad collecting at 3.15 today) is below the Early Help worker's "
        "covering lines; her full name and DOB are only in the scanned body map. Step-up to MAST with 'my manager "
        "Delwar Ahmed has agreed' -> manager true; the MARF is still to be done -> request_for_support missing "
        "(REQUIREMENTS tower_hamlets step_up); a body map is not a MARF. Urgent -> alert_duty. No alarm word.",
        not_children=["Rachel Clarke", "Oluwaseun Bakare", "Delwar Ahmed"])
    doc_only(f, "Sumaiya Hossain", "08/08/2060")
    wording(f, "my manager Delwar Ahmed has agreed", "manager_agreed", True)

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2067-06-24 11:20:05"
    body = T("""
Hi Early Help Hub,

Please see attached the C&F assessment (concluded 21st June) and the draft TAF plan for Mariama. Mum has consented to the step down to Early Help.

The lead practitioner will be confirmed at the TAF meeting - Friday 8th July, 10am, at Mulberry School.

Thanks
Anouk

Anouk de Vries
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0497

""") + TDISC
    cfa = pdf_att("C&F Assessment - Kamara - June 2067.pdf", "Child and Family Assessment - Mariama Kamara", [
        "Child: Mariama Kamara, DOB 19/09/2052.  Mosaic ID 2340077.  Mother: Fatmata Kamara.",
        "Assessment started 12/04/2067, concluded 21/06/2067.",
        "Missing episodes: Mariama was reported missing three times between March and October 2066 and was found "
        "within 24 hours each time; return home interviews were completed. There have been no missing episodes since "
        "October 2066.",
        "Exploitation: the MACE screening closed on 12/12/2066 - no exploitation concerns. Risk of child sexual "
        "exploitation assessed as low.",
        "No immediate safeguarding concerns.",
        "Current needs: arguments at home with mum; Mariama's low mood (CAMHS waiting list); attendance 87%.",
        "Outcome: step down to a Team Around the Family."])
    plan = docx_att("Draft TAF plan - Kamara.docx", [
        "# Team Around the Family plan (draft) - Kamara",
        "Goals: attendance above 95%; family mediation; CAMHS appointment chased; a youth club place.",
        "Lead Practitioner: to be agreed at the first TAF."])
    top = outlook_top(f, addr("de Vries, Anouk", "Anouk.deVries@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Kamara - C&F and TAF plan attached", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2340077"], [ch("Mariama Kamara", "2052-09-19", "19/09/2052")],
        ["school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS in the assessment: missing episodes (2066, none since), an exploitation screening closed with 'no "
        "exploitation concerns', 'risk of child sexual exploitation assessed as low', 'No immediate safeguarding "
        "concerns' - resolved, negated. Current need: attendance 87% -> school_attendance only. 'Mum has consented' "
        "-> true. No lead practitioner named in the mail or the plan ('to be confirmed at the TAF') -> "
        "lead_practitioner missing (REQUIREMENTS tower_hamlets step_down) -> request_info.",
        not_children=["Anouk de Vries", "Fatmata Kamara"])
    wording(f, "Mum has consented to the step down", "consent", True)

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2067-07-19 17:40:20"
    text = T("""
Hi, I didn't know who to send this to, someone at the council said Early Help. Please see my visit report from this afternoon attached. I'm still at the block.

Declan Ó Murchú
Tenancy Officer, Limehouse Homes
07700 900418

Sent from my iPhone
""")
    report = scan_att(f, "Visit report - 14 Cassia House - 19.07.2067.pdf", "LIMEHOUSE HOMES - TENANCY VISIT RECORD", [
        "Address: Flat 14, Cassia House, E14 9ZT      Tenant: Ms Shirin Chowdhury",
        "Visit: 19/07/2067  14:30  (reported leak from flat 14 into flat 10)",
        "Notes: No answer at the door. Two young children inside on their own - they told me through the letterbox "
        "they are Ayaan Chowdhury and Zara Chowdhury. Ayaan says he is 5; Zara looks about 3.",
        "No adult in the flat. The neighbour at no. 15 says mum went out last night and she has heard the children "
        "crying since this morning; she has been passing biscuits through the letterbox.",
        "The door is double locked from the outside and we have no key. Mum's phone goes to voicemail.",
        "Ayaan says they have had no dinner and 'Zara's nappy is all wet'.",
        "17:30 - still no adult. I am waiting on the landing.",
        "Officer: D. O Murchu"], producer="Scanned by CamScanner")
    top = plain_top(f, addr("Declan Ó Murchú", "d.omurchu@limehousehomes.example"), addr("Early Help Hub", TEH),
                    "Please see attached - Flat 14 Cassia House", when, "limehousehomes.example", "iPhone Mail (22F77)")
    add(f, iphone_mail(f, top, text, [report]), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Ayaan Chowdhury"), ch("Zara Chowdhury")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A SCANNED PDF, OUT OF HOURS (17:40 Tuesday): a housing officer's iPhone mail says 'please see "
        "attached'; the CamScanner report says a 5-year-old and a 3-year-old are locked in a flat alone since last "
        "night, no adult, mum unreachable, 'still no adult' at 17:30 (DESIGN safety rule 1, out-of-hours alert). Not a "
        "step request -> other; urgent -> alert_duty. Children named in full, no DOBs. No alarm word.",
        not_children=["Shirin Chowdhury"])
    doc_only(f, "Ayaan Chowdhury", "double locked")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2067-05-04 09:12:51"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "hasina.begum@bowcfc-nursery.example",
               "[SB-tower_hamlets-151] Step-down request received - Hussain - what is missing",
               addr("Early Help Hub", TEH), "2067-05-04 09:11:40",
               orig_extra=[("Auto-Submitted", "auto-generated")])
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted) for a "
        "stepbot message sent to a mistyped address: DESIGN kind auto_reply -> ignore (safety rule 2).")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2067-06-29 14:05:33"
    body = T("""
Hi MAST,

Please see attached MARF for Tahmid and Ruqayyah. To be clear this is not an immediate child protection concern (see section 6) - but the Early Help plan is not working and I think the family needs a social work assessment. My team manager, Yvonne Akintola, has signed section 9.

Marta

Marta Kowalczyk-Hughes
Family Practitioner | Early Help Hub (Poplar) | Tower Hamlets Council
020 7946 0640

""") + TDISC
    marf = pdf_att("MARF - Begum-Walsh - 28.06.2067.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "1. Children: Tahmid Begum-Walsh, DOB 04/04/2063;  Ruqayyah Begum-Walsh, DOB 17/01/2066",
        "2. Mosaic ID: 2377451",
        "3. Parent/carer: Ms Shapla Begum (mother)",
        "5. Reason for request: Early Help plan since November 2066. Home conditions have got worse since March - "
        "rotting food, no clean bedding; the children are often hungry when we visit. The family have cancelled 5 of "
        "the last 8 visits.",
        "History: in 2064 an older half-brother was removed from Ms Begum's care and now lives with his father in Leeds.",
        "6. Is there an immediate risk of harm to the child? No.",
        "What will happen if nothing changes? In our view the children could be at risk of significant harm in future "
        "through neglect.",
        "7. Parental consent: Ms Begum has consented to this request (27/06/2067).",
        "9. Manager authorisation: Agreed - Yvonne Akintola, Team Manager, 28/06/2067."])
    top = outlook_top(f, addr("Kowalczyk-Hughes, Marta", "Marta.Kowalczyk-Hughes@" + TDOM), addr("MAST", TMAST),
                      "Step up request - MARF attached - Begum-Walsh", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["2377451"],
        [ch("Tahmid Begum-Walsh", "2063-04-04", "04/04/2063"), ch("Ruqayyah Begum-Walsh", "2066-01-17", "17/01/2066")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'not an immediate child protection concern', MARF section 6 'immediate risk of harm? No.', a "
        "hypothetical 'could be at risk of significant harm in future', and a 2064 removal of a half-brother - negated, "
        "hypothetical, historic. A planned MAST step-up (seed 001: 'likelihood of harm ... family have agreed to an "
        "early help family plan, but progress is not being made'): MARF attached, consent and manager agreement in the "
        "form -> complete -> book_meeting.",
        not_children=["Marta Kowalczyk-Hughes", "Yvonne Akintola", "Shapla Begum"])
    wording(f, "Ms Begum has consented to this request", "consent", True)
    wording(f, "Agreed - Yvonne Akintola, Team Manager", "manager_agreed", True)

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2067-07-11 09:48:26"
    ack = stepbot_ack_block("SB-tower_hamlets-233", "step-down", "Kamara",
                            ["the name and agency of the identified Lead Practitioner"], "", "")
    body = T("""
Morning,

The lead practitioner is now confirmed - Ms Bisi Adeyemo, Youth Worker, Spotlight Youth Centre (agreed at the TAF on Friday). The updated TAF plan is attached.

Thanks
Anouk

Anouk de Vries
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "24 June 2067 11:31",
             "de Vries, Anouk <Anouk.deVries@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-233] Step-down request received - Kamara - what is missing", ack) + "\n" + TDISC
    plan = docx_att("TAF plan - Kamara - updated 08.07.2067.docx", [
        "# Team Around the Family plan - Kamara (updated after TAF 1, 08/07/2067)",
        "Child: Mariama Kamara (DOB 19/09/2052). Mosaic ID 2340077.",
        "Lead Practitioner: Bisi Adeyemo, Youth Worker, Spotlight Youth Centre - 020 7946 0181",
        "Worries: attendance 87% this term; arguments at home with mum; Mariama's low mood.",
        "Actions: attendance plan with Mulberry School (target 95%); family mediation referral; CAMHS appointment "
        "chased by the school nurse; youth club two evenings a week.", "Next TAF: 6 weeks."])
    top = outlook_top(f, addr("de Vries, Anouk", "Anouk.deVries@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-233] Step-down request received - Kamara - what is missing", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2340077"], [ch("Mariama Kamara", "2052-09-19", "19/09/2052")],
        ["school_attendance"], None, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-233] (tower_hamlets_04's family) naming the lead practitioner and attaching the "
        "updated TAF plan: DESIGN kind follow_up -> attach_to_request, missing []. Child, DOB and Mosaic ID from the "
        "plan; attendance target -> school_attendance.",
        not_children=["Anouk de Vries", "Bisi Adeyemo"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2067-06-20 10:30:55"
    body = T("""
Morning EH,

Please can I have a triage slot for the Pascoe-Ndlovu family - Single Assessment attached, with my TM's analysis.

You'll see the SA says mum declined level 3 Early Help at the time of the assessment. She has since changed her mind and signed the consent at my visit on Friday (17/06) - copy attached.

Thanks
Rhys

Rhys Tregenza
Social Worker | Single Assessment Team | Torbay Council
01632 960 417

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe-Ndlovu - May 2067.pdf", "Single Assessment - outcome and analysis", [
        "Children: Thabo Pascoe-Ndlovu (DOB 02/09/2059); Kiera Pascoe-Ndlovu (DOB 13/06/2063). LCS-584420.",
        "Parents: Sipho Ndlovu and Jenna Pascoe.",
        "Social worker's analysis: dad's depression has meant long periods in bed; mum works two jobs. Thabo's "
        "attendance is 85% and he is often late; Kiera (nearly 4) has speech delay but is meeting other milestones. "
        "The children are safe and well cared for; the family's needs are high but not at level 4. Recommendation: "
        "no further action at level 4; step down to a level 3 coordinated Early Help response.",
        "Consent for level 3 Early Help: declined by mother 27/05/2067 ('we'll manage').",
        "Team Manager analysis: I have read the assessment and agree the threshold is met for a level 3 coordinated "
        "Early Help response. - Gwyneth Polglase, Team Manager, 31/05/2067"])
    consent = scan_att(f, "Consent - Pascoe-Ndlovu - 17.06.2067.pdf", "TORBAY EARLY HELP - CONSENT TO LEVEL 3 SUPPORT", [
        "I give my consent for my family to receive level 3 Early Help support and for information to be shared with "
        "the Early Help team.",
        "Name: Jenna Pascoe     Signed: J Pascoe     Date: 17/06/2067"], producer="Xerox AltaLink C8145")
    top = outlook_top(f, addr("Tregenza, Rhys", "Rhys.Tregenza@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot request - step down - Pascoe-Ndlovu", when)
    add(f, mail(f, top, body, [sa, consent], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-584420"],
        [ch("Thabo Pascoe-Ndlovu", "2059-09-02", "02/09/2059"), ch("Kiera Pascoe-Ndlovu", "2063-06-13", "13/06/2063")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "DOCUMENT CONTRADICTS THE MAIL, LATEST WINS: the Single Assessment (May) says 'Consent for level 3 Early Help: "
        "declined by mother 27/05/2067'; the mail (20 June) says she has since signed, and the attached scan of 17/06 "
        "says 'I give my consent' -> consent true. Team manager's analysis in the SA ('agree the threshold is met for a "
        "level 3') -> manager true; SA attached -> complete (REQUIREMENTS torbay step_down) -> book_meeting. Level 3 "
        "stated. Kiera is 4 -> the fortnightly under-5s triage (seed 002).",
        not_children=["Rhys Tregenza", "Gwyneth Polglase", "Jenna Pascoe", "Sipho Ndlovu"])
    doc_only(f, "declined by mother 27/05/2067", "I give my consent", "Thabo Pascoe-Ndlovu", "LCS-584420")
    wording(f, "She has since changed her mind and signed the consent", "consent", True)
    wording(f, "agree the threshold is met for a level 3", "manager_agreed", True)

def torbay_02():
    f = "torbay_02.eml"; when = "2067-07-14 19:25:37"
    body = T("""
I've attached the contact form I was going to send you tomorrow, but mum has just texted me this (copied below). I've tried ringing her twice and she's not picking up.

Jodie

Jodie Pengelly
Family Practitioner | Torbay Early Help (Paignton) | 07700 900 631

[Text from Leanne, 19:14]
hes back. hes smashed the telly and hes got ruby in the car and wont give her back he says im never seeing her again. hes been drinking all day. im locked in the bathroom hes still outside the door
""")
    form = form_docx("Contact to MASH - Trelawny - 14.07.2067.docx", "Torbay MASH - contact from a lead professional", [
        ("Children", "Mason Trelawny-Hext (DOB 10/10/2059); Ruby Trelawny (DOB 22/02/2066)"),
        ("EHM ID", "EHM-220913"),
        ("Parent / carer", "Leanne Hext (mother). Ruby's father: Aaron Trelawny."),
        ("New information", "Aaron moved back in on 08/07/2067 against the family plan. Two incidents since of him "
         "smashing things in the house when drunk (10/07 and 12/07). Mason told school he hides in his room."),
        ("Parental consent for this contact", "Yes - Leanne consented on 12/07/2067"),
        ("Discussed with line manager", "Yes - Morwenna Pascoe (ATM) agreed on 13/07/2067 that this needs "
         "considering for a level 4 statutory response"),
        ("Lead professional", "Jodie Pengelly, Torbay Early Help, 07700 900 631")])
    top = plain_top(f, addr("Pengelly, Jodie", "Jodie.Pengelly@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - Trelawny - form attached - mum's text below", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [form]), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-220913"],
        [ch("Mason Trelawny-Hext", "2059-10-10", "10/10/2059"), ch("Ruby Trelawny", "2066-02-22", "22/02/2066")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "alert_duty",
        "URGENT AT 19:25 (out of hours): mum's text pasted under the signature - the drunk father has smashed the TV, "
        "taken the 1-year-old in the car and says she will never see her again; mum is locked in the bathroom with him "
        "outside the door. The attached contact form (a lead professional's contact to MASH, seed 002 step-up) has the "
        "children, DOBs, EHM id, parental consent and the ATM's agreement -> nothing missing, but urgent -> "
        "alert_duty. No alarm word.",
        not_children=["Jodie Pengelly", "Leanne Hext", "Aaron Trelawny", "Morwenna Pascoe"])
    doc_only(f, "Mason Trelawny-Hext", "EHM-220913", "Leanne consented on 12/07/2067")
    wording(f, "Leanne consented on 12/07/2067", "consent", True)
    wording(f, "agreed on 13/07/2067 that this needs considering for a level 4", "manager_agreed", True)

def torbay_03():
    f = "torbay_03.eml"; when = "2067-05-06 13:10:19"
    body = T("""
Hi MASH,

Please see attached the mapping I did with Kacey this morning. I've discussed it with my line manager (Dee Hocking, ATM) and we agree it needs to come to you for level 4. I haven't been able to speak to mum yet - she's not answering.

Sennen

Sennen Rowe
Family Practitioner | Torbay Early Help (Torquay)
01632 960 228

""") + BDISC
    mapping = docx_att("SoS mapping - Kacey B - 06.05.2067.docx", [
        "# Signs of Safety mapping - Kacey Bolitho (DOB 01/01/2052)",
        "Completed with Kacey at school, 06/05/2067, 09:30.",
        "What are we worried about?",
        "Kacey told me that 'Jay' (she thinks he is 23) is picking her up from the Willows after school today at 3.30 "
        "and taking her to Plymouth 'to work' for the weekend. He gives her vapes, cash and a phone and she says she "
        "owes him £400 and has to pay it back. She has packed a bag and hidden it at a friend's house. She made me "
        "promise not to tell her mum.",
        "What's working well?",
        "Kacey is close to her nan and talks to her head of year. She has been in school every day this term.",
        "What needs to happen?",
        "Kacey's mum told; Kacey not to leave with Jay; the school and police told about the car.",
        "Scale (0 = Kacey is going with him tonight, 10 = Kacey is safe at home this weekend): Kacey 6, worker 1."])
    top = outlook_top(f, addr("Rowe, Sennen", "Sennen.Rowe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Kacey B - SoS mapping attached", when)
    add(f, mail(f, top, body, [mapping], html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [], [ch("Kacey Bolitho", "2052-01-01", "01/01/2052")],
        ["exploitation"], None, True, ["consent"], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHED MAPPING: a 15-year-old is being collected at 3.30 today by a 23-year-old who "
        "gives her vapes and cash and takes her to Plymouth 'to work', she 'owes him £400' - child exploitation "
        "happening today (a Friday). The mail is a level-4 contact by the lead professional (seed 002 step-up): 'we "
        "agree it needs to come to you' -> manager true; 'I haven't been able to speak to mum yet' -> consent null -> "
        "missing consent (REQUIREMENTS torbay step_up). Urgent -> alert_duty. Surname and DOB only in the document.",
        not_children=["Dee Hocking", "Sennen Rowe"])
    doc_only(f, "Kacey Bolitho", "3.30", "Plymouth")
    wording(f, "I haven't been able to speak to mum yet", "consent", None)
    wording(f, "we agree it needs to come to you for level 4", "manager_agreed", True)

def torbay_04():
    f = "torbay_04.eml"; when = "2067-06-08 15:05:48"
    ack = stepbot_ack_block("SB-torbay-287", "step-down", "Yelland",
                            ["the Single Assessment with your analysis and the rationale for the step-down"], "", "")
    body = T("""
Hi,

SA attached as requested. I'm also attaching my case note from this morning's visit - I've told my TM.

Ailsa

Ailsa MacKinnon
Social Worker | Safeguarding and Supporting Families | Torbay Council
""") + quote("Early Help Torbay <earlyhelp@torbay.gov.uk>", "6 June 2067 09:14",
             "MacKinnon, Ailsa <Ailsa.MacKinnon@torbay.gov.uk>",
             "[SB-torbay-287] Triage slot request received - Yelland - what is missing", ack) + "\n" + BDISC
    sa = pdf_att("Single Assessment - Yelland - May 2067.pdf", "Single Assessment - Yelland", [
        "Children: Chloe Yelland (DOB 14/09/2061); Alfie Yelland (DOB 06/04/2067).  LCS-590117.",
        "Mother: Kerry Yelland. Mother's partner: Dan Crocker (Alfie's father).",
        "Analysis: mum has a history of bipolar disorder and was well and on medication throughout the assessment. "
        "Chloe is thriving at school. Level 3 support recommended around mum's mental health after Alfie's birth.",
        "Team Manager analysis: agree step down to level 3. - R. Penhaligon, 30/05/2067"])
    note = scan_att(f, "Case note 08.06.2067 - Yelland.pdf", "CASE NOTE - HOME VISIT", [
        "Family: Yelland      Date: 08/06/2067  11:15      Worker: A. MacKinnon",
        "Mum (Kerry) opened the door in her dressing gown. She says she stopped taking her medication last week and "
        "has hardly slept. She was talking very fast. She told me Alfie (9 weeks) 'isn't mine, they swapped him at "
        "the hospital' and that 'he needs to go back to the water tonight'.",
        "Dan works nights - he leaves at 7pm; mum will be on her own with Alfie from then until 7am. Chloe is at her "
        "nan's this week.",
        "Mum refused a GP appointment and would not let me call the crisis team.",
        "Discussed with my TM on return to the office."], producer="HP LaserJet MFP M528")
    top = outlook_top(f, addr("MacKinnon, Ailsa", "Ailsa.MacKinnon@" + BDOM), addr("Early Help Torbay", BEH),
                      "RE: [SB-torbay-287] Triage slot request received - Yelland - what is missing", when)
    add(f, mail(f, top, body, [sa, note], html_alt=True), "torbay", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["LCS-590117"],
        [ch("Chloe Yelland", "2061-09-14", "14/09/2061"), ch("Alfie Yelland", "2067-04-06", "06/04/2067")],
        ["parental_mental_health"], None, True, [], None, "alert_duty",
        "Reply to [SB-torbay-287] adding the missing Single Assessment (follow_up) - and a scanned case note from this "
        "morning: mum off her medication, saying her 9-week-old 'isn't mine' and 'needs to go back to the water "
        "tonight', alone with him from 7pm, refusing the GP and crisis team. Immediate risk only in an attachment -> "
        "urgent -> alert_duty (DESIGN safety rule 1). The SA's 'Team Manager analysis: agree step down to level 3' -> "
        "manager true; 'I've told my TM' adds nothing. No alarm word.",
        not_children=["Ailsa MacKinnon", "Kerry Yelland", "Dan Crocker"])
    doc_only(f, "go back to the water tonight", "Alfie Yelland")
    wording(f, "Team Manager analysis: agree step down to level 3", "manager_agreed", True)

def torbay_05():
    f = "torbay_05.eml"; when = "2067-04-25 08:40:12"
    data = itip_reply(f, when, "Rhys Tregenza", "Rhys.Tregenza@" + BDOM, ("Early Help Torbay", BEH), "DECLINED",
                      "EH triage - Tozer family - LCS-571203", "20670426T100000", "20670426T103000",
                      "Microsoft Teams Meeting",
                      comment="Sorry - I can't make this. I'm in a strategy discussion tomorrow morning for another "
                              "family (immediate risk, police involved). My TM Gwyneth Polglase will attend for the "
                              "Tozers in my place.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, ["LCS-571203"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - a DIFFERENT FAMILY: an Outlook DECLINED reply to the Tuesday triage slot whose comment mentions "
        "'a strategy discussion ... for another family (immediate risk, police involved)'. The risk is not this "
        "family's and is already being handled by a strategy discussion -> not urgent; DESIGN kind meeting_reply -> "
        "record_reply; case id from the SUMMARY.",
        not_children=["Rhys Tregenza", "Gwyneth Polglase"])

def torbay_06():
    f = "torbay_06.eml"; when = "2067-06-30 11:00:26"
    body = T("""
Hi MASH,

Please see attached the contact form and the letter from probation.

To be clear there is no immediate concern: Mr Roskilly is in custody until his release on 11th July and has licence conditions not to contact Lowenna or the children or to enter Torbay. Lowenna wants MASH to know before he is out, and she consents to this contact. My ATM (Dee Hocking) agrees it needs considering for level 4 given the history.

Thanks
Bethan

Bethan Quick
Family Practitioner | Torbay Early Help (Brixham) | 01632 960 554

""") + BDISC
    form = form_docx("Contact to MASH - Roskilly.docx", "Torbay MASH - contact from a lead professional", [
        ("Children", "Tegan Roskilly (DOB 11/11/2058); Jago Roskilly (DOB 05/05/2061)"),
        ("Parent / carer", "Lowenna Roskilly (mother). Father: Dean Roskilly (in custody)."),
        ("New information", "Probation have told mum that Mr Roskilly will be released on licence on 11/07/2067. "
         "He was convicted in 2064 of assaulting mum and of breaching a restraining order. Mum is frightened of what "
         "he will do when he is out and has not been sleeping; Tegan has asked whether 'Daddy is coming home'."),
        ("Parental consent for this contact", "Yes - Lowenna consented on 29/06/2067"),
        ("Discussed with line manager", "Yes - Dee Hocking (ATM) agrees it needs considering for level 4"),
        ("Lead professional", "Bethan Quick, Torbay Early Help, 01632 960 554")])
    letter = pdf_att("Probation letter - D Roskilly - June 2067.pdf", "Probation Service - victim contact letter", [
        "Dear Ms Roskilly,",
        "I am writing to let you know that Dean Roskilly will be released on licence on 11 July 2067.",
        "Offences: assault occasioning actual bodily harm (2064); breach of a restraining order (2064).",
        "Assessment: high risk of serious harm to a known adult (yourself). His licence conditions are: not to contact "
        "you or your children directly or indirectly; not to enter the Torbay local authority area; to live at "
        "approved premises in Exeter; a curfew and an electronic tag.",
        "If you see him or he contacts you, call 999."])
    top = outlook_top(f, addr("Quick, Bethan", "Bethan.Quick@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Roskilly - probation letter attached", when)
    add(f, mail(f, top, body, [form, letter], html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, [],
        [ch("Tegan Roskilly", "2058-11-11", "11/11/2058"), ch("Jago Roskilly", "2061-05-05", "05/05/2061")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - PLANNED AND MANAGED: 'high risk of serious harm', 'assault', 'call 999' in a probation letter about "
        "a father still in custody, released on 11 July on licence with no-contact and exclusion conditions, tag and "
        "curfew; the mail says 'there is no immediate concern'. A lead professional's contact to MASH (seed 002 step-up) "
        "with 'she consents to this contact' and 'My ATM ... agrees it needs considering for level 4' -> complete -> "
        "book_meeting. Concern: domestic abuse (mum's fear of the release is the reason for the contact).",
        not_children=["Bethan Quick", "Dee Hocking", "Lowenna Roskilly", "Dean Roskilly"])
    wording(f, "she consents to this contact", "consent", True)
    wording(f, "agrees it needs considering for level 4", "manager_agreed", True)

def torbay_07():
    f = "torbay_07.eml"; when = "2067-04-26 14:50:03"
    body = T("""
Hi Early Help,

Please can I request a triage slot for the Carne children - Lowen Carne, 9 (DOB 03/03/2058) and Demelza Carne, 6 (DOB 21/08/2060). The SA and my manager's analysis are attached.

Mum has given consent for level 3 Early Help.

Many thanks
Nadia

Nadia Benali-Hocking
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960 391

""") + BDISC
    cin = docx_att("Child in Need plan - Carne - March 2067.docx", [
        "# Child in Need plan - Carne",
        "Plan started: 14/03/2067. Review: 3 months.",
        "Needs: the home is cluttered and dirty and the children often have no clean uniform; Lowen's attendance is "
        "83%; mum finds it hard to get up in the morning.",
        "Actions: weekly family support worker visits; a cleaning blitz with the housing association; breakfast club "
        "places; mum's GP appointment.",
        "Progress at last review: some improvement in the home; attendance unchanged."])
    top = outlook_top(f, addr("Benali-Hocking, Nadia", "Nadia.Benali-Hocking@" + BDOM), addr("Early Help Torbay", BEH),
                      "Step down - triage slot please - Carne", when)
    add(f, mail(f, top, body, [cin], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, [],
        [ch("Lowen Carne", "2058-03-03", "03/03/2058"), ch("Demelza Carne", "2060-08-21", "21/08/2060")],
        ["neglect", "school_attendance"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "DOCUMENT CONTRADICTS THE MAIL: 'The SA and my manager's analysis are attached', but the only attachment is a "
        "Child in Need plan (no Single Assessment, no manager's analysis) -> assessment and manager_agreed missing "
        "(REQUIREMENTS torbay step_down; a claim that something is attached is not the document; the manager's "
        "agreement is nowhere stated). 'Mum has given consent for level 3 Early Help' -> consent true, level 3. "
        "-> request_info.",
        not_children=["Nadia Benali-Hocking"])
    wording(f, "Mum has given consent for level 3 Early Help", "consent", True)

def torbay_08():
    f = "torbay_08.eml"; when = "2067-07-15 12:20:41"
    body = T("""
Hi all,

Please see attached the agenda for Tuesday's triage (19th July). Under-5s slots are after 11.30 with AFC joining.

Pre-reads are in the usual Teams folder. Please let me know by Monday lunchtime if you can't make your slot.

Thanks
Tamsyn

Tamsyn Williams
Business Support Officer | Early Help | Torbay Council
""")
    agenda = docx_att("Triage agenda 19.07.2067.docx", ["# Early Help triage - Tuesday 19 July 2067 - agenda",
                                                         "Chair: Service Manager, Early Help. ATM in attendance."],
                      tables=[[["Time", "Family (initials)", "Team / worker", "Item"],
                               ["09:30", "L.C. & D.C.", "SASF - N. Benali-Hocking", "Step down (deferred from 03/05)"],
                               ["10:00", "T.O. (13)", "SAT", "Step down"],
                               ["10:30", "M.R. & S.R.", "CWD", "Step down - review of not-agreed actions"],
                               ["11:30", "K.P.-N. (4) & T.P.-N.", "SAT - R. Tregenza", "Under-5s - step down"],
                               ["12:00", "A.Y. (3 months) & C.Y.", "SASF - A. MacKinnon", "Under-5s - deferred"]]])
    top = outlook_top(f, addr("Williams, Tamsyn", "Tamsyn.Williams@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage agenda - Tuesday 19th July - please see attached", when,
                      cc=addr("Early Help business support", "earlyhelp.businesssupport@" + BDOM))
    add(f, mail(f, top, body, [agenda], html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Business support's triage agenda (a .docx with families by initials only) sent to the Early Help inbox: not "
        "a request -> other -> human_review; initials are no named children.",
        not_children=["Tamsyn Williams"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def eha_plan(title_family, kids_line, level_line, worried, working, needs, key_person, extra=()):
    return [
        "# Early Help Assessment - Step Down plan - " + title_family,
        "1. Family Details and Consent", kids_line, level_line,
        "2. Summary of Presenting Needs"] + list(extra) + [
        "3. Early Help Assessment - Part 2 (Mapping)",
        "What are we worried about? - wellbeing concerns", worried,
        "What's working well? - Existing strengths", working,
        "Wellbeing Plan - What needs to happen - including by whom / Outcome / Achievable Timescale", needs,
        "Details of Key Person involved in Early Help Assessment", key_person]

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2067-05-03 11:35:22"
    body = T("""
Hi,

Please see attached step down plan and mum's signed consent.

Thanks
Gethin

Gethin Pryce-Jones
Social Worker | Children in Need Team (Hereford) | Herefordshire Council
01632 960 715

""") + HDISC
    plan = docx_att("EHA step down plan - Whitlock-Price.docx", eha_plan(
        "Whitlock-Price",
        "Ruby Whitlock-Price (DOB 19/05/2055) - Mosaic ID 611842; Alfie Whitlock-Price (DOB 08/01/2062) - Mosaic ID 611843",
        "Level of need: Intensive (Level 3). Sibling group step.",
        "Mum's drinking has reduced but she still drinks most weekends; Ruby (11) looks after Alfie and does most of "
        "the cooking when mum has been drinking.",
        "Mum has been with the alcohol service since January and has cut down. Nan visits twice a week. Both children "
        "go to school every day.",
        "Young carers' assessment for Ruby (key person, by end of June); mum to keep seeing the alcohol service (mum, "
        "ongoing); after-school club for Alfie (school, from September).",
        "Mrs Carys Bevan, Family Support Worker, Kington Family Hub - agreed with mum and with Carys on 28/04/2067."))
    consent = scan_att(f, "Signed consent - Whitlock-Price.pdf", "", [], producer="EPSON Scan", text_layer=False)
    top = plain_top(f, addr("Pryce-Jones, Gethin", "Gethin.Pryce-Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Whitlock-Price", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan, consent]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["611842", "611843"],
        [ch("Ruby Whitlock-Price", "2055-05-19", "19/05/2055"), ch("Alfie Whitlock-Price", "2062-01-08", "08/01/2062")],
        ["substance_misuse", "young_carer"], True, None, [], None, "book_meeting",
        "Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down: consent_form, draft_plan, "
        "lead_practitioner) in two documents under a two-line mail: the EHA step-down plan .docx holds the children, "
        "DOBs, both Mosaic IDs, 'Intensive (Level 3)' -> level 3, the mapping and the key person with agency. The "
        "signed consent is an IMAGE-ONLY SCAN (no text layer): it is met by its name ('Signed consent - ...pdf', "
        "REQUIREMENTS: an attachment whose name shows it is that document) and the mail's 'mum's signed consent' -> "
        "consent true. -> book_meeting.",
        not_children=["Gethin Pryce-Jones", "Carys Bevan"])
    doc_only(f, "Ruby Whitlock-Price", "611842", "Carys Bevan")
    wording(f, "mum's signed consent", "consent", True)

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2067-05-24 15:20:09"
    body = T("""
Hi Early Help Co-ordinators,

Please see attached. The CP plan ended at conference on 12th May.

Thanks
Imani

Imani Lockhart-Jones
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
""") + "\n" + HDISC
    plan = docx_att("Step down plan - Ferreira-Lowe - May 2067.docx", eha_plan(
        "Ferreira-Lowe",
        "Daniel Ferreira-Lowe (DOB 30/07/2056) - Mosaic ID 622015; Inês Ferreira-Lowe (DOB 14/02/2061) - Mosaic ID 622016",
        "Level of need: Level 3 (Intensive)",
        "Past harm: in 2065 Mr Lowe assaulted Ms Ferreira while Daniel was in the room; he was convicted and there is a "
        "restraining order until September 2067. He has had no contact with the family since. The children were on "
        "child protection plans (emotional abuse) until 12/05/2067. There are no current child protection concerns. "
        "Current worry: mum's anxiety - she is on the waiting list for talking therapy.",
        "Mum has kept the children safe for two years; she has a new job and a good friend network. Daniel is doing "
        "well at Leominster secondary; Inês loves Brownies.",
        "Mum to start talking therapy (mum/GP, by August); Daniel's youth club place (key person, June); a family "
        "holiday fund application (key person, July).",
        "Tom Hartley, Youth Worker, Leominster Youth Hub - agreed with mum on 20/05/2067."))
    consent = scan_att(f, "Consent form - Ferreira-Lowe.pdf", "HEREFORDSHIRE EARLY HELP - STEP DOWN: PARENT / CARER CONSENT", [
        "Children: Daniel and Ines Ferreira-Lowe",
        "[X] I consent to my family being stepped down to Early Help and to my information being shared with the "
        "Early Help co-ordinator and the key person.",
        "[ ] I do not consent.",
        "Signed: M. Ferreira       Date: 20/05/2067"], producer="Brother MFC-L8900CDW")
    top = outlook_top(f, addr("Lockhart-Jones, Imani", "Imani.Lockhart-Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan & consent - Ferreira-Lowe children", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["622015", "622016"],
        [ch("Daniel Ferreira-Lowe", "2056-07-30", "30/07/2056"), ch("Inês Ferreira-Lowe", "2061-02-14", "14/02/2061")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS in the plan: 'Past harm' (a 2065 assault, a conviction and a restraining order, no contact since), "
        "CP plans ended 12 May and 'no current child protection concerns'. Current worry: mum's anxiety -> "
        "parental_mental_health only. Complete step-down: plan .docx with key person and agency, scanned consent form "
        "with '[X] I consent' -> consent true, consent_form met; Level 3 stated -> book_meeting. The mail body names no "
        "child at all.",
        not_children=["Imani Lockhart-Jones", "Tom Hartley"])
    doc_only(f, "Daniel Ferreira-Lowe", "[X] I consent", "Tom Hartley")
    wording(f, "[X] I consent to my family being stepped down", "consent", True)

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2067-06-15 10:10:44"
    body = T("""
Hi,

Please see attached the step down plan and the consent form. Mum consented when I saw her at the CIN review on Monday 6th June, so this should be good to go. The key person is Sian Watkins (Learning Mentor, Bromyard Primary).

Thanks
Tomás

Tomás Echeverría
Social Worker | Children in Need Team (Bromyard and Ledbury) | Herefordshire Council
01632 960 842

""") + HDISC
    plan = docx_att("Step down plan - Morgan-Achebe.docx", eha_plan(
        "Morgan-Achebe",
        "Zainab Morgan-Achebe (DOB 25/12/2057) - Mosaic ID 630477; Idris Morgan-Achebe (DOB 09/06/2060) - Mosaic ID 630478",
        "Sibling group.",
        "Idris is autistic and is waiting for an EHC needs assessment; his meltdowns at home are hard for mum to manage "
        "on her own.",
        "Mum is a loving parent who has done a lot of learning about autism. Zainab is doing well at school.",
        "EHC needs assessment for Idris (school SENCo, autumn term); short breaks assessment (key person, July); "
        "parent workshop on autism (mum, June).",
        "Sian Watkins, Learning Mentor, Bromyard Primary School."))
    consent = scan_att(f, "Consent form - Morgan-Achebe.pdf", "HEREFORDSHIRE EARLY HELP - STEP DOWN: PARENT / CARER CONSENT", [
        "Children: Zainab and Idris Morgan-Achebe",
        "[ ] I consent to my family being stepped down to Early Help and to my information being shared with the "
        "Early Help co-ordinator and the key person.",
        "[X] I do not consent.",
        "Comments: I don't want another worker. I want it closed.",
        "Signed: A. Morgan       Date: 13/06/2067"], producer="RICOH IM C3000 PDF")
    top = outlook_top(f, addr("Echeverría, Tomás", "Tomas.Echeverria@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Morgan-Achebe - plan and consent", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["630477", "630478"],
        [ch("Zainab Morgan-Achebe", "2057-12-25", "25/12/2057"), ch("Idris Morgan-Achebe", "2060-06-09", "09/06/2060")],
        ["disability_send"], False, None, ["consent_form"], None, "request_info",
        "DOCUMENT CONTRADICTS THE MAIL, LATEST WINS: the mail says mum consented at the CIN review on 6 June; the "
        "attached consent form, signed on 13 June (later), has '[X] I do not consent' and 'I want it closed' -> consent "
        "false (DESIGN: refused), and a form refusing consent is no written consent -> consent_form missing "
        "(REQUIREMENTS herefordshire step_down). Plan and key person present; no level stated -> null. -> request_info.",
        not_children=["Tomás Echeverría", "Sian Watkins"])
    doc_only(f, "[X] I do not consent", "Zainab Morgan-Achebe")
    wording(f, "[X] I do not consent", "consent", False)

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2067-07-07 12:55:17"
    body = T("""
Hi MASH,

I'd like to step the Lacey family up - my mapping from this morning is attached.

Thanks
Marisol

Marisol Quintero-Hughes
Early Help Family Support Worker | Herefordshire Council
""")
    mapping = docx_att("Mapping 07.07.2067 - Lacey.docx", [
        "# Signs of Safety mapping - Lacey family - 07/07/2067",
        "Child: Tia Lacey (DOB 18/10/2054), Year 7, Whitecross High School.",
        "What are we worried about?",
        "This morning Tia showed me messages from a man she met on Snapchat who calls himself 'Kez' and says he is 19. "
        "He is picking her up from the bus stop outside school at 3.20 today to take her to 'a party at my mate's flat "
        "in Worcester'. He has told her to delete the messages and not to tell her mum, and has sent her money for "
        "new clothes. Mum's new partner gave him Tia's number.",
        "What's working well?",
        "Tia trusted me enough to show me. She is close to her form tutor.",
        "What needs to happen?",
        "Tia not to go with Kez; mum to be told; school to keep Tia until she is collected."])
    top = outlook_top(f, addr("Quintero-Hughes, Marisol", "Marisol.Quintero-Hughes@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - please see attached", when)
    add(f, mail(f, top, body, [mapping], html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Tia Lacey", "2054-10-18", "18/10/2054")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHED MAPPING: a 12-year-old groomed on Snapchat by a man who is collecting her at 3.20 "
        "today to take her to a flat in Worcester, told to delete the messages (child exploitation today). Herefordshire "
        "defines no step_up (REQUIREMENTS herefordshire; pack step_up defined: false) -> missing [], notice null - but "
        "urgent -> alert_duty, not human_review. No alarm word.",
        not_children=["Marisol Quintero-Hughes"])
    doc_only(f, "Tia Lacey", "3.20 today")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2067-06-13 08:20:51"
    data = itip_reply(f, when, "Rhiannon Beddoe", "Rhiannon.Beddoe@" + HDOM, ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in [SB-herefordshire-402]", "20670614T100000", "20670614T103000",
                      "Microsoft Teams Meeting",
                      comment="Sorry, can't make the drop-in tomorrow. I'm at the County Hospital with Oliver "
                              "Brennan-Hughes (4) from my other caseload - he came in last night with a head injury and "
                              "the consultant says it isn't accidental. Mum's partner is on the ward now saying he's "
                              "taking him home this morning and the nurses say they can't stop him. Will rebook.")
    add(f, data, "herefordshire", "early_help_duty", when, 4,
        "urgent", "meeting_reply", True, None, [], [ch("Oliver Brennan-Hughes")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S COMMENT (DESIGN safety rule 1: 'a meeting reply's comment'): declining the "
        "Tuesday drop-in, the social worker says a 4-year-old with a non-accidental head injury is about to be taken "
        "home from the ward this morning by mum's partner. Kind meeting_reply, but urgent -> alert_duty overrides "
        "record_reply. No alarm word.",
        not_children=["Rhiannon Beddoe"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2067-07-01 14:30:38"
    body = T("""
Dear Sir/Madam,

Please see attached a copy of the sealed order made on 29 June 2067, for your information. The court directed that it be sent to the local authority's Early Help service.

Yours faithfully

Family Court Administration (Hereford)
""")
    order = scan_att(f, "Sealed order - HR67P00412.pdf", "IN THE FAMILY COURT SITTING AT HEREFORD   Case No: HR67P00412", [
        "THE CHILDREN: Kacper Bradley-Nowak (born 3 March 2059); Zuzanna Bradley-Nowak (born 27 October 2062)",
        "CHILD ARRANGEMENTS ORDER - made on 29 June 2067",
        "Recitals: At a fact-finding hearing in 2065 the court found that the father caused bruising to Kacper's arm "
        "in June 2065. The local authority's section 47 enquiries concluded in 2065. The children live with their "
        "mother, who the court finds is a protective parent. The local authority does not need to be involved further.",
        "ORDER: 1. The children shall live with the mother. 2. The father shall spend time with the children at the "
        "Hereford Child Contact Centre, supervised, once a fortnight for two hours. 3. The father shall not remove the "
        "children from the mother's care. 4. A copy of this order is to be sent to Herefordshire Early Help for "
        "information.", "District Judge Okonkwo-Reeves"], producer="Canon iR-ADV C5840 PDF")
    top = plain_top(f, addr("Family Court Hereford", "hereford.familycourt@justice-courts.example"),
                    addr("Early Help Co-ordinators", HEH),
                    "Sealed order - Bradley-Nowak children - for information", when, "justice-courts.example", None)
    add(f, mail(f, top, body, [order]), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Kacper Bradley-Nowak", "2059-03-03", "3 March 2059"), ch("Zuzanna Bradley-Nowak", "2062-10-27", "27 October 2062")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - HISTORIC AND MANAGED: a court's scanned child arrangements order sent 'for information' recites "
        "bruising caused by the father in 2065 and section 47 enquiries that concluded in 2065; the children live with a "
        "protective mother and contact is supervised at a contact centre. No current worry -> concerns []. Not a step "
        "request -> other -> human_review. The court case number HR67P00412 is no EHM/ICS/LCS/Mosaic id -> case_ids [].")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2067-06-20 13:15:06"
    ack = stepbot_ack_block("SB-herefordshire-377", "step-down", "Morgan-Achebe", ["the family's written consent"], "", "")
    body = T("""
Hi,

Mum rang me on Friday and has changed her mind. She came into the office this morning and signed a new consent form - scanned copy attached. Sorry for the confusion.

Tomás

Tomás Echeverría
Social Worker | Children in Need Team (Bromyard and Ledbury) | Herefordshire Council
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "15 June 2067 10:16",
             "Echeverría, Tomás <Tomas.Echeverria@herefordshire.gov.uk>",
             "[SB-herefordshire-377] Step-down request received - Morgan-Achebe - what is missing", ack) + "\n" + HDISC
    consent = scan_att(f, "Consent form (new) - Morgan-Achebe 20.06.2067.pdf",
                       "HEREFORDSHIRE EARLY HELP - STEP DOWN: PARENT / CARER CONSENT", [
        "Children: Zainab Morgan-Achebe (DOB 25/12/2057); Idris Morgan-Achebe (DOB 09/06/2060)",
        "[X] I consent to my family being stepped down to Early Help and to my information being shared with the "
        "Early Help co-ordinator and the key person.",
        "[ ] I do not consent.",
        "Signed: A. Morgan       Date: 20/06/2067"], producer="RICOH IM C3000 PDF")
    top = outlook_top(f, addr("Echeverría, Tomás", "Tomas.Echeverria@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-377] Step-down request received - Morgan-Achebe - what is missing", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, [],
        [ch("Zainab Morgan-Achebe", "2057-12-25", "25/12/2057"), ch("Idris Morgan-Achebe", "2060-06-09", "09/06/2060")],
        [], True, None, [], None, "attach_to_request",
        "Reply to [SB-herefordshire-377] (herefordshire_03's family) with a new scanned consent form, '[X] I consent', "
        "signed 20/06/2067 - later than the refusal of 13/06 -> consent true; DESIGN kind follow_up -> "
        "attach_to_request, missing [].",
        not_children=["Tomás Echeverría"])
    wording(f, "signed a new consent form", "consent", True)

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2067-07-08 09:05:29"
    body = T("""
Hi,

URGENT please - I'm on leave from Monday so I'd be really grateful if this could be processed today. Plan and consent form attached. The key person still needs confirming - school have been asked.

Thanks
Jasmine

Jasmine Okoro-Davies
Social Worker | Children in Need Team (Leominster) | Herefordshire Council

""") + HDISC
    plan = docx_att("Step down plan - Harrington - July 2067.docx", eha_plan(
        "Harrington",
        "Evie Harrington (DOB 16/04/2060) - Mosaic ID 641290; Sam Harrington (DOB 02/11/2064) - Mosaic ID 641291",
        "Level of need: Intensive (Level 3)",
        "Danger statement: we are worried that if Ms Harrington starts drinking again, Evie and Sam could be left "
        "without a sober adult and could be at risk of harm. Current worry: Sam's speech and language delay - he is "
        "waiting for a speech and language therapy assessment.",
        "Ms Harrington has been sober for 14 months and goes to her recovery group every week. Safety network: "
        "grandad and aunt Leah, who both know the plan.",
        "Speech and language therapy for Sam (health visitor, by September); recovery group continues (mum, "
        "ongoing); safety plan reviewed at each MAG (key person).",
        "Key person: TBC - school asked on 05/07/2067."))
    consent = docx_att("Consent form - Harrington.docx", [
        "# Step down to Early Help - parent / carer consent",
        "I consent to my family being stepped down to Early Help and to my information being shared with the Early "
        "Help co-ordinator and the key person.",
        "Signed: L Harrington        Date: 04/07/2067"])
    top = outlook_top(f, addr("Okoro-Davies, Jasmine", "Jasmine.Okoro-Davies@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "URGENT please - step down before I go on leave - Harrington", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["641290", "641291"],
        [ch("Evie Harrington", "2060-04-16", "16/04/2060"), ch("Sam Harrington", "2064-11-02", "02/11/2064")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS: 'URGENT' is about the worker's leave; the plan's Signs of Safety 'danger statement' ('if Ms "
        "Harrington starts drinking again ... could be at risk of harm') is hypothetical - she has been sober for 14 "
        "months - so substance misuse is no current concern; Sam's speech delay -> disability_send. Consent form .docx "
        "('I consent') -> consent true, consent_form met; plan present; 'Key person: TBC' -> lead_practitioner missing "
        "(REQUIREMENTS herefordshire step_down) -> request_info. Level 3 stated.",
        not_children=["Jasmine Okoro-Davies"])
    wording(f, "I consent to my family being stepped down", "consent", True)


# ============================================================================= labels, rules and self-checks
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority, kind and (Knowsley step-down) level ("children" always).
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

# England & Wales bank holidays in 2067 that fall on a weekday (set_checks() compares this list with the `holidays`
# package): New Year's Day (substitute) Monday 3 January (1 January is a Saturday); Good Friday 1 April; Easter
# Monday 4 April; May Day (Early May bank holiday) Monday 2 May; Spring Bank Holiday Monday 30 May; Late Summer Bank
# Holiday Monday 29 August; Boxing Day Monday 26 December; Christmas Day (substitute) Tuesday 27 December.
BANK_HOLIDAYS = {date(2067, 1, 3), date(2067, 4, 1), date(2067, 4, 4), date(2067, 5, 2), date(2067, 5, 30),
                 date(2067, 8, 29), date(2067, 12, 26), date(2067, 12, 27)}
IN_WINDOW = {date(2067, 5, 2): "May Day", date(2067, 5, 30): "Spring Bank Holiday"}
EASTER = {date(2067, 4, 1): "Good Friday", date(2067, 4, 4): "Easter Monday"}     # both before the window
# The brief: "the summer term of 2067 (mid April to late July 2067)". Easter Monday is 4 April 2067 and schools go
# back after a fortnight, so the window is Monday 18 April - Friday 22 July 2067 (the last Friday before the
# summer holidays).
WINDOW = (datetime(2067, 4, 18, tzinfo=LON), datetime(2067, 7, 22, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 27 March 2067 and ends at 01:00 UTC on Sunday 30 October 2067.
BST_START = datetime(2067, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2067, 10, 30, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2067

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '3 March 2059', '3rd March 2059'."""
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

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def own_text(msg):
    """The subject and the mail's own inline text parts (no attachments): what the writer typed into the mail."""
    return body_text(msg)

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

def _wd(f, meeting=None):
    return working_days(_today(f), meeting or META[f]["meeting"])

def _pw(f, meeting=None):
    return plain_weekdays(_today(f), meeting or META[f]["meeting"])

def _pdf_text(part):
    from pypdf import PdfReader
    import io
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(part.get_payload(decode=True))).pages)

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
    if "consent_form" in e["missing"] and e["consent"] is True and a == "herefordshire":
        pass                                                     # verbal consent without the written form is possible
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id as labelled" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    knowsley_step = a == "knowsley" and e["kind"] in ("step_up", "step_down")
    if knowsley_step:
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
    if meeting is not None and not knowsley_step:
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
    other_mb = "early_help_duty" if mb == "mash_step_up" else "mash_step_up"
    if MAILBOXES[(a, other_mb)].lower() in rcpt: err("sent to both inboxes")
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
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
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
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    own = own_text(msg)
    for s in DOC_ONLY.get(f, []):
        if s in own: err("%r should be only in an attachment, but the mail itself has it" % s)
        if s not in text: err("%r is not in any attachment" % s)
    return errors

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
        if k in ("step_up", "step_down", "other", "follow_up") and f not in NO_ATTACHMENT_OK:
            CUSTOM.append((f, "the theme: a step request, follow-up or other mail carries at least one document",
                           lambda m: len(_att(m)) >= 1))

NO_ATTACHMENT_OK = set()

# ----------------------------------------------------------------------------- structural checks per file
def _k01(m):
    return (_wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5
            and _today("knowsley_01.eml") < date(2067, 5, 2) < META["knowsley_01.eml"]["meeting"]
            and "Wednesday 4th May 2067" in readable(m) and "next Wednesday" in own_text(m))
def _k02(m):
    return (_wd("knowsley_02.eml") == 4 and _pw("knowsley_02.eml") == 5
            and _today("knowsley_02.eml") < date(2067, 5, 30) < META["knowsley_02.eml"]["meeting"]
            and "Tuesday 31st May, 10am, Millbrook Primary School" in own_text(m))
def _k03(m):
    return "UPDATE ADDED" in readable(m) and "UPDATE" not in own_text(m) and not ALARM.search(readable(m))
def _k06(m):
    t = readable(m)
    return t.rfind("Lee did it") > t.rfind("16/06/2067") and "Lee did it" not in own_text(m)
def _k08(m):
    cal = [p for p in m.walk() if p.get_content_type() == "text/calendar"]
    c = cal[0].get_payload(decode=True).decode() if cal else ""
    return (len(cal) == 1 and "METHOD:REQUEST" in c and "DTSTART;TZID=GMT Standard Time:20670622T100000" in c
            and "SEQUENCE:1" in c and "Wednesday 15/06/2067" in readable(m) and "Wednesday 22nd June" in own_text(m)
            and _wd("knowsley_08.eml", date(2067, 6, 15)) == 4 and _wd("knowsley_08.eml") == 9
            and "URGENT" in str(m["Subject"]))
def _r01(m):
    names = [p.get_filename().lower() for p in _att(m)]
    return (not any("summary" in n for n in names) and any("chronology" in n for n in names)
            and "latest case summary" in own_text(m))
def _r02(m):
    t = own_text(m)
    return t.index("PS Amara") > t.index("Tomasz Grabowski-Lee") and not ALARM.search(readable(m))
def _r06(m):
    scans = _att(m, lambda p: p.get_content_type() == "application/pdf")
    return len(scans) == 1 and "Uncle Rob" in _pdf_text(scans[0]) and not ALARM.search(readable(m))
def _t02(m):
    return "Lead Practitioner: TBC" in readable(m) and "please ignore \"TBC\"" in own_text(m)
def _t05(m):
    return (_date(m).hour >= 17 and b"\r\n" not in FILES["tower_hamlets_05.eml"] and not ALARM.search(readable(m)))
def _b01(m):
    t = readable(m)
    return t.index("declined by mother 27/05/2067") < t.index("I give my consent") and "17/06/2067" in t
def _b02(m):
    return _date(m).hour >= 19 and own_text(m).index("[Text from Leanne") > own_text(m).index("Jodie Pengelly")
def _b07(m):
    names = [p.get_filename().lower() for p in _att(m)]
    return names == ["child in need plan - carne - march 2067.docx"] and "The SA and my manager's analysis are attached" in own_text(m)
def _h01(m):
    pdfs = _att(m, lambda p: p.get_content_type() == "application/pdf")
    return (len(pdfs) == 1 and "consent" in pdfs[0].get_filename().lower() and _pdf_text(pdfs[0]).strip() == ""
            and own_text(m).count("\n") < 40)
def _h03(m):
    t = readable(m)
    return "Monday 6th June" in own_text(m) and "[X] I do not consent" in t and "Date: 13/06/2067" in t
def _h05(m):
    c = [p for p in m.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    return "COMMENT" in c and "PARTSTAT=DECLINED" in c and not ALARM.search(readable(m))
def _h07(m):
    return "[X] I consent" in readable(m) and "20/06/2067" in readable(m)

CUSTOM_FILES = [("knowsley_01.eml", "May Day decides the notice (4 WD, 5 plain weekdays)", _k01),
                ("knowsley_02.eml", "the Spring Bank Holiday decides the notice (4 WD, 5 plain weekdays)", _k02),
                ("knowsley_03.eml", "the update is only in the attached form; no alarm word", _k03),
                ("knowsley_06.eml", "the burn is the last chronology row, only in the attachment", _k06),
                ("knowsley_08.eml", "the form's old date (4 WD) is superseded by the mail and the .ics (9 WD)", _k08),
                ("richmond_wandsworth_01.eml", "no attachment is a case summary; a chronology is", _r01),
                ("richmond_wandsworth_02.eml", "the risk is in a PS under the signature; no alarm word", _r02),
                ("richmond_wandsworth_06.eml", "the disclosure is only in the scan's OCR layer; no alarm word", _r06),
                ("tower_hamlets_02.eml", "the plan says TBC, the mail names the LP and says ignore TBC", _t02),
                ("tower_hamlets_05.eml", "out of hours, iPhone LF mail, no alarm word", _t05),
                ("torbay_01.eml", "the SA's refusal precedes the later signed consent", _b01),
                ("torbay_02.eml", "19:25, mum's text pasted under the signature", _b02),
                ("torbay_07.eml", "the only attachment is a CIN plan, though the mail claims the SA", _b07),
                ("herefordshire_01.eml", "the consent is an image-only scan (no text layer)", _h01),
                ("herefordshire_03.eml", "the consent form of 13/06 refuses, after the 6 June verbal consent", _h03),
                ("herefordshire_05.eml", "the risk is in an iTIP REPLY COMMENT; no alarm word", _h05),
                ("herefordshire_07.eml", "the new consent form of 20/06 consents", _h07)]

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
    for f, what, fn in CUSTOM + CUSTOM_FILES:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        lab = _lab(f)
        if phrase not in readable(parse(f)): errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording check: %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s (need 40, at least 11 urgent and 11 near misses)" % tot)
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

QUIET, COUNTS = [], {}
QUIET_MIN = 7

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2067])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2067 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2067, 3) == date(2067, 3, 27) and BST_END.date() == last_sun(2067, 10)
            == date(2067, 10, 30)):
        errors.append("set: BST 2067 must start on Sunday 27 March and end on Sunday 30 October")
    if (datetime(2067, 3, 27, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0)
            or datetime(2067, 3, 27, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1)):
        errors.append("set: Europe/London does not change to BST at 01:00 UTC on 27 March 2067")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST; the window must be +0100 throughout" % d)
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2067, 4, 18) and WINDOW[0].weekday() == 0 and WINDOW[1].date() == date(2067, 7, 22)
            and WINDOW[1].weekday() == 4):
        errors.append("set: the window must be Monday 18 April - Friday 22 July 2067")
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
            errors.append("%s: children not in order of first full-name appearance %s" % (f, pos))
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < QUIET_MIN:
        errors.append("set: only %d urgent mails avoid every alarm word (need %d)" % (len(quiet), QUIET_MIN))
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

# the urgent mails with none of the alarm words anywhere (torbay_04's only one is its writer's team name,
# "Safeguarding and Supporting Families", in her signature)
QUIET_EXPECTED = ["herefordshire_04.eml", "herefordshire_05.eml", "knowsley_03.eml", "knowsley_06.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_06.eml", "torbay_02.eml", "torbay_03.eml",
                  "tower_hamlets_03.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the Europe/London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_03.eml": (3, 4), "knowsley_04.eml": (5, 5),
    "knowsley_08.eml": (9, 9)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]

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
    out.append("attachments: %s" % dict(Counter(p.get_filename().rsplit(".", 1)[1].lower()
                                                for f in FILES for p in _att(parse(f)))))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = check()
    errors += set_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        if "--stats" in sys.argv:
            print(stats())
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
