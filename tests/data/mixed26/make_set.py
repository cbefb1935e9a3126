#!/usr/bin/env python3
"""mixed26: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2045, in writers' styles and situations earlier sets lack: writers whose first language is
not English (literal translations, unusual word order, wrong prepositions: an interpreter, a nursery manager, three
social workers); voice-to-text dictation with no punctuation and misheard words ("sin meeting", "I see S number",
"level to", "mass", "the a state"); a Microsoft Teams chat pasted into a mail ("[10:42] Name: ..."); a school's
safeguarding-system export whose printed category headings ("Physical abuse - no records") are not concerns; a
school nurse's letter attached as a PDF that carries the whole request; a 15-year-old writing to the inbox herself;
a child called "JO" in the mail and named only in the attached case summary; half-siblings with different surnames;
a step-down where mum consents for one child and refuses for the other; manager agreement given in a forwarded
reply; a Knowsley step-up whose TAF is written only as "next Thursday"; mail that is all in the subject line with an
empty body; a read receipt (MDN); a training invitation sent as an iTIP REQUEST.

Urgent (11, nine without any alarm word): a sister's account of a "ceremony" planned abroad over half-term; a
diabetic boy whose special guardian has stopped his insulin; a mother who said on the phone she will end her life
and take the baby's (a Teams chat); a 14-year-old's "help" text from a car at night (a mother's dictated mail); a
drunk partner due to collect a 3-year-old from nursery at 3pm; a toddler's immersion scald in a GP's clinical
entry; a 9-year-old's disclosure in Romanian through an interpreter; a baby left overnight with a man who does not
know the mother's surname; a mother in psychosis giving her children salt water; two children alone overnight (all
in a subject line); a strangulation disclosed while handing in a consent form. Near misses (11): a historic
disclosure (the abuser long in prison), a mother's own childhood abuse, a training invitation, a court judgment
quoted for learning, an adult's own suicide risk with no child involved, a domestic abuse arrest with the suspect
remanded and the boy at his grandmother's, a resolved missing episode, hypotheticals in supervision notes, a press
report, an out-of-office full of alarm words, an FGM bulletin that lists examples.

Window: Monday 9 January 2045 - Friday 31 March 2045 (both checked: a Monday and a Friday; no adjustment). British
Summer Time starts at 01:00 UTC on Sunday 26 March 2045 (the last Sunday of March): Date headers up to Friday 24
March are +0000, from Monday 27 March +0100. No England & Wales bank holiday falls inside the window (the `holidays`
package: "New Year's Day (observed)" Monday 2 January before it; Good Friday 7 April and Easter Monday 10 April
after it).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed25/make_set.py and adapted (window, clock change, bank holidays, the checks), with builders
added for a read receipt (multipart/report; report-type=disposition-notification), a subject-only mail, a Teams chat
paste and a folded long subject. Every label was set by hand from the specification; the self-checks only verify
them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. Up to Saturday 25 March 2045 the window is Greenwich Mean Time (+0000);
    British Summer Time starts at 01:00 UTC on Sunday 26 March 2045 and from then on it is +0100. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2045, 1, 3, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added in mixed25 (kept)
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




# ----------------------------------------------------------------------------- helpers added for mixed26
def fold(s, width=76):
    """Fold a long header value at spaces (RFC 5322 folding: CRLF + the space that was there)."""
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = w if not cur else cur + " " + w
    lines.append(cur)
    return "\n ".join(lines)

def mdn(f, when, frm_name, frm_email, to, orig_subject, orig_sent_human, read_human, orig_mid):
    """An Exchange read receipt: multipart/report; report-type=disposition-notification (RFC 8098) with a human part
    and a message/disposition-notification part. Exchange sets no Auto-Submitted header on it."""
    human = T("""
Your message

To: Early Help
Subject: %s
Sent: %s

was read on %s.
""") % (orig_subject, orig_sent_human, read_human)
    status = T("""
Reporting-UA: LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; displayed
""") % (frm_email, orig_mid)
    parts = [text_part(human, crlf=True),
             Part([("Content-Type", "message/disposition-notification")], status)]
    root = multipart("report", parts, bnd(f, 1), params="; report-type=disposition-notification")
    top = outlook_top(f, addr(frm_name, frm_email), to, "Read: " + orig_subject, when)
    return build(top, root, True)

def empty_mail(f, top, with_html=False):
    """A mail whose body is empty (everything is in the subject line), as Outlook for iOS sends it."""
    t = text_part("", cte="7bit")
    if with_html:
        h = text_part('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                      '<body><div dir="ltr"></div></body></html>\n', "html", cte="7bit")
        root = multipart("alternative", [t, h], bnd(f, 2))
    else:
        root = t
    return build(top, root, True)

def android_mail(f, top, text, atts=()):
    """Outlook for Android: text/plain + text/html, base64, LF line ends."""
    alt = multipart("alternative", [text_part(text, cte="base64"), text_part(html_of(text, "Roboto"), "html", cte="base64")],
                    bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1)) if atts else alt
    return build(top, root, False)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2045-01-13 14:06:31"
    la = "Ashcroft, Leanne <Leanne.Ashcroft@knowsley.gov.uk>"
    lp = "Parr, Lesley <Lesley.Parr@knowsley.gov.uk>"
    m_ask = T("""
Hi Lesley,

Following supervision this afternoon - I did the GCP2 with mum on Monday and it's 4s across physical care and health. Tayla's dental GA has now been missed twice, and nursery say she's collected late most days and comes in hungry. I'd like to send the step up to MASH. Are you OK for me to go ahead?

Leanne
""")
    m_lp = T("""
Yes - agreed. Send it up to MASH and get the step up TAF booked. Put my name on the form.

Lesley

Lesley Parr
Team Manager | Family First 0-18 (Huyton) | Knowsley Council
""")
    body = T("""
Hi MASH,

Step up for Tayla Rooney (DOB 22/10/2040), EHM-77341. Lesley's agreement is in her reply below.

The step up TAF meeting is next Thursday at 10am at Huyton Family Hub, room 2. I know that's short notice - it was the only morning both nursery and the health visitor could do. I'll send the calendar invite to you and MASH business support this afternoon.

Attached: the step up form, the GCP2 summary and the minutes of the TAF on 6th January.

Thanks,
Leanne

Leanne Ashcroft
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0552

""") + KDISC + quote_chain([
        (lp, "13 January 2045 12:51", la, "RE: Tayla Rooney - step up?", m_lp, None),
        (la, "12 January 2045 17:20", lp, "Tayla Rooney - step up?", m_ask, None)])
    form = docx_att("FF Step Up request to CSC - Rooney.docx", appendix1([
        ("Case ID on EHM:", "EHM-77341"),
        ("Child:", "Tayla Rooney - DOB 22/10/2040"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Thursday next week, 10:00, Huyton Family Hub (room 2)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum comes to TAFs but nothing in the plan has changed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 06/01/2045"),
        ("What are we worried about?", "Tayla (4) has six decayed teeth that need taking out under a general "
         "anaesthetic; mum has missed the GA appointment twice. Nursery report she is collected late on most days (up "
         "to an hour), arrives hungry and in the same clothes. No working heating upstairs; Tayla sleeps on a mattress "
         "on the floor with no bedding."),
        ("What is working well?", "Mum is affectionate with Tayla; nan takes her to nursery two mornings a week; Tayla "
         "is settled and happy at nursery."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is complete."),
        ("Graded Care profile (If neglect should be completed).", "Completed with mum 09/01/2045 - 4s for nutrition, "
         "housing, hygiene and health. Summary attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "No police information"),
        ("Agreement by line manager:", "Agreed - Lesley Parr, Team Manager, 13/01/2045"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, the dental GA rebooked with a "
         "reminder and transport, TAF review in four weeks."),
    ]))
    gcp2 = pdf_att("GCP2 summary - Rooney - 09.01.2045.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Rooney. Completed with mum (Jodie Rooney) at home on 09/01/2045 by Leanne Ashcroft.", "",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 3, hygiene 4, health 4",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3"])
    minutes = docx_att("TAF minutes 06.01.2045 - Rooney.docx", [
        "# Team Around the Family - minutes", "Date: 6th January 2045, 13:30, Huyton Family Hub",
        "Present: Jodie (mum), Leanne Ashcroft (Family First, chair), Sue Rimmer (nursery manager), Carol Burke (HV)",
        "Nursery: collected late 9 times since December; often hungry on arrival.",
        "HV: dental GA missed twice; Tayla in pain from her teeth.",
        "Agreed: Leanne to complete the GCP2 with mum and discuss a step up with her team manager."])
    top = outlook_top(f, addr("Ashcroft, Leanne", "Leanne.Ashcroft@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Tayla Rooney - step up? - EHM-77341", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-77341"],
        [ch("Tayla Rooney", "2040-10-22", "22/10/2040")],
        ["neglect"], None, True, [], False, "request_info",
        "A KNOWSLEY STEP-UP WHOSE TAF IS WRITTEN ONLY AS A WEEKDAY: 'next Thursday at 10am at Huyton Family Hub' (the "
        "form: 'Thursday next week, 10:00'), sent on Friday 13 January -> Thursday 19 January; no date is written "
        "anywhere. meeting_details is met (a resolvable date, a time and a venue); 19 Jan from Fri 13 Jan = Mon 16, Tue "
        "17, Wed 18, Thu 19 = 4 WD < 5 -> notice not ok -> request_info (the sender even says 'short notice'). "
        "MANAGER AGREEMENT GIVEN IN A FORWARDED REPLY: the TM's 'Yes - agreed. Send it up to MASH' is the middle block "
        "of the forwarded chain (and on the form) -> manager true. Neglect with the GCP2 attached; form and TAF minutes "
        "attached -> nothing missing. Consent never mentioned -> null. The GCP2 (09/01/2045) and TAF (6th January) "
        "dates are no DOBs.",
        meeting=date(2045, 1, 19),
        not_children=["Jodie Rooney", "Lesley Parr", "Leanne Ashcroft", "Sue Rimmer", "Carol Burke"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2045-02-01 11:02:14"
    body = T("""
MASH,

Our Teams chat from the last 20 minutes is pasted below. Lesley (my TM) says this comes to you as a step up now, so I'm sending it as one. I'm on my way to Kelly's flat - Flat 9, Brook House, Tower Hill, Kirkby, L33 9ZZ. Please ring me on 07700 900 471 - my phone is on hands-free.

Jade

[10:39] Jade Rimmer: Lesley are you free? Just had Kelly Dwyer on the phone (EHM-76120)
[10:40] Lesley Parr: go on
[10:41] Jade Rimmer: she was crying, said she can't do it anymore. She said she's going to end it tonight and she's taking Lexi with her so nobody else gets her
[10:41] Jade Rimmer: Lexi-Mae Dwyer is 7 months, dob 04/06/2044
[10:42] Lesley Parr: did she say how?
[10:43] Jade Rimmer: said she's been saving up her tablets. Then she put the phone down. Not answering now, I've tried 4 times
[10:43] Jade Rimmer: she's on her own with the baby, the partner left at new year
[10:44] Lesley Parr: right. That's a step up to MASH now - I agree, send it to them and ring them. I'm ringing the police
[10:44] Lesley Parr: don't go in on your own
[10:45] Jade Rimmer: ok. Her mum lives in Halewood, I'll try her too
[10:51] Lesley Parr: police have logged it, no time for a car yet. Ring me when you're outside

Jade Rimmer
Family First Case Manager | Kirkby Team | Knowsley Council
07700 900 471

""") + KDISC
    top = outlook_top(f, addr("Rimmer, Jade", "Jade.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up now - Kelly Dwyer / Lexi-Mae - EHM-76120 - Teams chat below", when,
                      cc=addr("MASH duty social work team", "mash.duty@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-76120"],
        [ch("Lexi-Mae Dwyer", "2044-06-04", "04/06/2044")],
        ["parental_mental_health"], None, True, ["meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        "A MICROSOFT TEAMS CHAT PASTED INTO A MAIL ('[10:41] Jade Rimmer: ...'): a mother rang her Family First worker "
        "crying and said she will 'end it tonight' and is 'taking Lexi with her' - a 7-month-old alone with her; she has "
        "been saving her tablets and no longer answers; police have logged it but no car is on the way. No alarm word "
        "anywhere. The TM says in the chat 'That's a step up to MASH now - I agree' -> a step_up with manager true; "
        "urgent -> alert_duty. The Knowsley step-up facts are still labelled: no form, no TAF minutes, no TAF date -> "
        "missing step_up_form, taf_minutes, meeting_details; notice null. parental_mental_health.",
        not_children=["Kelly Dwyer", "Lesley Parr", "Jade Rimmer"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2045-01-23 08:47:50"
    text = T("""
hi family first this is Rob Tierney social worker in the Huyton sin team I'm dictating this in the car so sorry for any mistakes I want to step down Mason Kelly date of birth 4th of September 2036 I see S number 1721840 to level to early help the final sin meeting is on Monday the 30th of January at 2 pm in the family room at Page Moss primary school the lead practitioner is going to be Dawn Kirby the learning mentor at Page Moss primary school she has agreed to take it on what are we worried about mum's drinking she has cut down a lot and she goes to the alcohol service every week but she still has bad weekends and Mason's attendance is 87% what is working well mum has kept every appointment since October Mason gets on really well with Dawn and his nan has him at weekends what needs to happen Dawn to run the taff school to keep the attendance plan going and mum to keep going to the alcohol service mum is happy with the step down thanks Rob

Sent from my iPhone
""")
    top = plain_top(f, addr("Tierney, Rob", "Rob.Tierney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down level 2 Mason Kelly", when, KDOM, "iPhone Mail (22B83)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["1721840"],
        [ch("Mason Kelly", "2036-09-04", "4th of September 2036")],
        ["school_attendance", "substance_misuse"], True, None, [], True, "book_meeting",
        "VOICE-TO-TEXT DICTATION WITH NO PUNCTUATION AND MISHEARD WORDS (iPhone, format=flowed): 'sin meeting' (CIN), "
        "'I see S number 1721840' (ICS number -> bare '1721840'), 'level to' (level 2; the typed subject says 'level "
        "2'), 'taff' (TAF). The three Signs of Safety headings are dictated without punctuation but all answered; final "
        "CIN Monday 30 January 2pm with a venue; lead practitioner Dawn Kirby with her school -> nothing missing for a "
        "level 2 step-down. Mon 23 Jan -> Mon 30 Jan = 5 WD -> ok -> book_meeting. 'mum is happy with the step down' -> "
        "consent true (not required at level 2). Mum's drinking (current, reduced) -> substance_misuse; 87% -> "
        "school_attendance. DOB dictated '4th of September 2036'.",
        meeting=date(2045, 1, 30),
        not_children=["Rob Tierney", "Dawn Kirby"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2045-03-30 11:02:05"
    body = T("""
Hello Family First,

I am stepping Chloe Mercer (DOB 17/02/2031) and her half-brother Alfie Dunn (DOB 02/11/2039) down to Family First at Level 3. ICS IDs: 1698832 (Chloe), 1698833 (Alfie).

Joint home visit: Wednesday 12th April 2045 at 10am at the family home, 7 Cherryfield Drive, Kirkby, L32 9ZZ - the week after Easter, as mum asked.

Mum (Nicola Dunn) signed the Family First consent form on 28/03/2045 for both children.

For background: at the CIN review in January, Chloe told us that when she was six her mum's partner at the time, Craig Heaton, sexually abused her. He was sentenced in 2041 for offences against another child and is still in prison; there has been no contact with the family since 2039, and he is not Alfie's father. Chloe's account was passed to the police, she gave an ABE interview on 08/02/2045, and the police are dealing with it as a historic offence. Chloe is seeing an ISVA and has started counselling at school. There are no current concerns of sexual harm to either child.

What are we worried about?
Chloe's attendance has dropped to 84% since January and she is struggling to sleep. Mum is finding things hard and her GP has started her on antidepressants.

What is working well?
Mum believed Chloe straight away and has supported her through the police process. Alfie is thriving in Reception. Alfie's dad, Lee Dunn, has both children every Saturday.

What needs to happen?
A Family First case manager to pick up the TAF with school; an attendance plan for Chloe; mum to be linked in with Talking Therapies; Chloe to carry on with counselling and the ISVA.

Kind regards,
Siobhan

Siobhan Gregson
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0634

""") + KDISC
    top = outlook_top(f, addr("Gregson, Siobhan", "Siobhan.Gregson@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Chloe Mercer and Alfie Dunn - joint visit 12/04/2045", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["1698832", "1698833"],
        [ch("Chloe Mercer", "2031-02-17", "17/02/2031"), ch("Alfie Dunn", "2039-11-02", "02/11/2039")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A HISTORIC DISCLOSURE: Chloe disclosed abuse when she was six by a former partner who has been in "
        "prison since 2041 with no contact since 2039; police are dealing with it, ABE done, ISVA and counselling in "
        "place, 'no current concerns of sexual harm' -> not urgent, no sexual_harm. HALF-SIBLINGS WITH DIFFERENT "
        "SURNAMES (Chloe Mercer, Alfie Dunn), both labelled. Complete level 3 step-down: joint home visit with address, "
        "all three headings, signed consent. Sent Thu 30 Mar (BST) for Wed 12 Apr: Fri 31, Mon 3, Tue 4, Wed 5, Thu 6, "
        "Tue 11, Wed 12 = 7 WD (Good Friday 7 Apr and Easter Monday 10 Apr excluded; 9 plain weekdays) -> ok -> "
        "book_meeting. Chloe 84% -> school_attendance; mum's antidepressants -> parental_mental_health.",
        meeting=date(2045, 4, 12),
        not_children=["Nicola Dunn", "Craig Heaton", "Lee Dunn", "Siobhan Gregson"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2045-03-07 16:12:40"
    data = itip_reply(f, when, "Farid Quayle", "farid.quayle@" + KDOM, ("Family First 0-18 Duty Mailbox", KFF), "ACCEPTED",
                      "Joint home visit - ICS 1702219 - Ryder [SB-knowsley-367]", "20450314T100000", "20450314T110000",
                      "Family home (address in the request)",
                      comment="Accepted - I'll meet the social worker outside the house at 09:55.")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["1702219"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the Family First case manager for a level 3 joint home visit "
        "[SB-knowsley-367], with a COMMENT; 'ICS 1702219' in the SUMMARY -> bare number; the surname alone names no "
        "child. record_reply.")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2045-01-26 13:41:09"
    body = T("""
Dear MASH team,

My name is Elena Munteanu, I am Romanian interpreter from LinguaBridge. Today I was in St Columba's Catholic Primary in Huyton for to help the school with the assessment of the new pupils (EAL). The teacher, Mrs Hanlon, asked me to write to you directly what the child told, because she is with the child now and the school office is calling you also.

The girl is Ana-Maria Popescu, she has 9 years, in Year 4. Her brother Luca Popescu has 6 years, he is in Year 1. They arrived from Romania in November.

In the end of the assessment Ana-Maria started to cry and she said to me in Romanian (I translate so exactly as possible):

"Please do not tell to Marius. Marius hits us with the cable of the telephone when we are not quiet. Yesterday in the evening he closed me and Luca on the balcony all the night because Luca broke a glass. It was very cold, we had only the pyjamas. Mama was at work in the night. He said if the school makes problems again he will send us in Romania on Saturday with a man and Mama will not know where."

When she showed me, I saw on the back of her legs red lines, long ones. Mrs Hanlon saw them also. The teacher of Luca said he was sleeping on the table in the classroom all the morning.

Marius is the partner of the mother, he is not the father. The mother is Daniela Popescu. Marius comes to take the children from school at 3.15, every day.

I am not social worker, I only translate, so I don't know what is the correct way for this. I stay in the school until 3.30. My telephone is 07700 900 318.

With respect,
Elena Munteanu
Interpreter (Romanian, Moldovan) | LinguaBridge Interpreting Ltd
""")
    top = plain_top(f, addr("Elena Munteanu", "elena.munteanu@linguabridge.example"), addr("Knowsley MASH", KMASH),
                    "Child at St Columba's Huyton - what she told me (Romanian interpreter)", when,
                    "linguabridge.example", None,
                    cc=addr("Mrs Siobhan Hanlon", "s.hanlon@stcolumba-huyton.example.sch.uk"))
    add(f, mail(f, top, body, html_alt=True, crlf=False), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ana-Maria Popescu"), ch("Luca Popescu")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD DISCLOSING IN HER HOME LANGUAGE THROUGH AN INTERPRETER, written by the interpreter in non-native "
        "English ('she has 9 years', 'for to help', 'closed me and Luca on the balcony'): the mother's partner hits "
        "both children with a phone cable, shut them on the balcony all night in pyjamas, threatened to send them to "
        "Romania on Saturday; marks seen; he collects them at 3.15 today. No alarm word anywhere. An interpreter's "
        "report asks for no step -> other; urgent -> alert_duty. Both children are the subject (ages only, no DOBs). "
        "physical_harm.",
        not_children=["Daniela Popescu", "Elena Munteanu"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2045-01-16 09:03:12"
    text = T("""
Thank you for your email. I am on annual leave until Monday 23 January 2045 and will not be checking email.

If a child is in immediate danger, call 999.
For urgent safeguarding concerns about a child, contact the MASH Duty Social Work Team on 0151 496 0417 (Monday to Friday, 9am to 5pm), or the Emergency Duty Team on 0151 496 0999 out of hours.
For child protection enquiries or the Family First duty rota, please contact Farid Quayle.

Elinor Marsh
Team Manager | Family First Duty Team | Knowsley Council
""")
    data = ooo(f, when, "Elinor Marsh", "elinor.marsh@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
               "[SB-knowsley-341] Reminder: final CIN minutes and closing summary due Friday", text, html_only=True)
    add(f, data, "knowsley", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE FULL OF ALARM WORDS: HTML-only Outlook automatic reply (Auto-Submitted: "
        "auto-replied) to stepbot's reminder [SB-knowsley-341]; its boilerplate says 'immediate danger, call 999', "
        "'urgent safeguarding concerns', 'child protection enquiries'. Boilerplate reports nothing -> not urgent; an "
        "auto-reply is never answered -> ignore.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2045-03-27 00:21:37"
    body = T("""
Hello to the Family First team,

Sorry for write you so late in the night, I am finishing my recordings before the week of visits.

I want to make the step down to Family First at level three for the two children of the family Walsh:
- Kian Walsh, born the 3 of May of 2035, ICS-1710452
- Evie Walsh, born the 19 of October of 2038, ICS-1710453

The joint home visit I have arranged it for the Friday 31 of March at 11.00 in the house of the family (14 Roby Road, Huyton, L36 9ZZ). The mother, Mrs Gemma Walsh, she gave her consent to the referral to Family First on Thursday, she signed the form in front of me.

What are we worried about:
The mother has depression since the separation and some days she does not get up of the bed. Kian arrives late to the school and his attendance is of 85%. He does a lot in the house for his mother and his sister.

What is working well:
The grandmother comes every morning for help with the school run. Evie is very happy in the school and her attendance is good. The mother takes her medication and she goes to the GP.

What needs to happen:
Family First case manager to do the plan with the mother and the school; to ask for a young carers assessment for Kian; the mother to continue with the treatment.

Thank you very much and sorry for the mistakes in my English.
Lucía

Lucía Fernández
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0388

""") + KDISC
    top = outlook_top(f, addr("Fernández, Lucía", "Lucia.Fernandez@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down level 3 - Walsh children - joint visit Friday 31/03", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-1710452", "ICS-1710453"],
        [ch("Kian Walsh", "2035-05-03", "3 of May of 2035"), ch("Evie Walsh", "2038-10-19", "19 of October of 2038")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], False, "request_info",
        "SENT AT 00:21 BRITISH SUMMER TIME ON MONDAY 27 MARCH, the first night of BST: the Date header is 'Mon, 27 Mar "
        "2045 00:21:37 +0100' (`now` 00:26:37+01:00), which is still SUNDAY 26 March in UTC. Today is the Europe/London "
        "date (Mon 27): joint visit Fri 31 Mar = Tue 28, Wed 29, Thu 30, Fri 31 = 4 WD -> not ok -> request_info (a "
        "reader that takes the UTC date counts Mon 27 too: 5, wrongly ok). NON-NATIVE ENGLISH: 'born the 3 of May of "
        "2035', 'level three' (-> 3), 'she gave her consent to the referral to Family First ... she signed the form' "
        "-> consent true; the headings answered with colons; venue given. Mum's depression -> parental_mental_health; "
        "Kian 85% -> school_attendance; 'does a lot in the house', young carers assessment -> young_carer.",
        meeting=date(2045, 3, 31),
        not_children=["Gemma Walsh", "Lucía Fernández"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2045-02-08 12:22:40"
    body = T("""
Dear MASH,

Fatmata's older sister, Mariama Sesay, who is 19 and at college, came to the school office this morning and asked to speak to someone in private. I have written down what she told me as close to her words as I can.

Mariama said the family fly to Freetown for half-term (flight on Saturday 11/02/2045, returning 20/02/2045) and that it is not a holiday: her grandmother and aunties have arranged "the ceremony" for Fatmata in their village, "the same as they did to me when I was eight". She said she was cut at that age and has had problems ever since. She has tried to talk to her mum, but her mum says it is the family's decision and that it will make Fatmata "clean". Mariama is frightened that if her mum finds out she came to us, the trip will be brought forward. She asked us not to phone home.

Fatmata is 8 (DOB 23/06/2036) and in Year 4. She lives with her mum, Aminata Sesay, and her younger brother in Battersea. Mum has already told the class teacher that Fatmata will be off school on Friday because they are leaving early.

I have not spoken to Fatmata or to mum. Mariama has given me her mobile number: 07700 900 219. I am in school until 5.30pm; my direct line is 020 7946 0488.

Kind regards,

Adaeze Obi
Family Liaison Officer | Kestrel Lane Primary School, Battersea
020 7946 0488
""")
    top = outlook_top(f, addr("Obi, Adaeze", "a.obi@kestrellane-primary.example.sch.uk"), addr("MASH Step Up", RSU),
                      "Fatmata Sesay (Year 4) - family flying to Sierra Leone this week - please call me", when,
                      mid_domain="kestrellane-primary.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Fatmata Sesay", "2036-06-23", "23/06/2036")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A PLANNED TRIP ABROAD OVER HALF-TERM WITH A CUTTING CEREMONY, TOLD BY A SISTER: the 19-year-old sister (an "
        "adult, not labelled) says 'the ceremony' is arranged for the 8-year-old in the family's village, 'the same as "
        "they did to me when I was eight' (she was cut); the flight is Saturday and the family may leave Friday - two "
        "days away. No alarm word anywhere (no 'FGM', no 'risk'). A school's report asks for no step -> other; "
        "urgent -> alert_duty. physical_harm (female genital mutilation; sexual_harm could be argued). The flight "
        "dates are no DOBs.",
        not_children=["Mariama Sesay", "Aminata Sesay", "Adaeze Obi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2045-01-17 15:31:08"
    body = T("""
Dear Early Help duty,

Following my call with Jasper Quint this afternoon, we agreed the step-down case discussion for Friday 20 January at 10:00 on Teams. I'm confirming it by email as agreed; the latest case summary and the draft Early Help plan are attached.

Children (half-siblings; both live with their mum, Sharon Booth):
Ellie-May Booth - DOB 05/03/2035 - Mosaic ID 2406611
Jayden Clarke - DOB 14/08/2029 - Mosaic ID 2406612

Consent: Ms Booth has consented to Early Help for Ellie-May and signed the form on 16/01/2045. She has refused it for Jayden. In her words he is "nearly 16 and has had enough people in his business", and she will not sign for him. Jayden told me separately that he would talk to a youth worker, so I'd like to think with you on Friday about how we approach this.

Summary: CIN since June 2044 after concerns about mum's depression and the children's school attendance. Mum has engaged well with her GP and Talking Therapies, and most of the CIN plan's goals are met. Remaining needs: Ellie-May's attendance is 83%; Jayden's is 76% and he has had two fixed-term exclusions this year. Mum still has periods of low mood.

Lead professional: the family support worker at Ellie-May's primary school has said she would be willing.

Kind regards,
Tom

Tom Whitaker
Social Worker | Children in Need Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0593

""") + RDISC
    summ = docx_att("Case summary - Booth and Clarke - 16.01.2045.docx", [
        "# Case summary", "Ellie-May Booth (9) and Jayden Clarke (15), half-siblings. Mother: Sharon Booth.",
        "CIN since 12/06/2044 (mum's depression; both children's attendance).",
        "Progress: mum engaged with her GP and Talking Therapies; routines improved.",
        "Remaining needs: attendance (Ellie-May 83%, Jayden 76%, two fixed-term exclusions); mum's low mood."])
    plan = docx_att("Draft Early Help plan - Booth and Clarke.docx", [
        "# Draft Early Help plan", "What needs to happen: attendance plans with both schools; mum to keep seeing "
        "her GP; a youth worker offered to Jayden if consent can be agreed.", "Who: lead professional (to be agreed), "
        "both schools, GP."])
    top = outlook_top(f, addr("Whitaker, Tom", "Tom.Whitaker@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Booth / Clarke - case discussion Fri 20/01 10:00", when)
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2406611", "2406612"],
        [ch("Ellie-May Booth", "2035-03-05", "05/03/2035"), ch("Jayden Clarke", "2029-08-14", "14/08/2029")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent"], None, "request_info",
        "CONSENT GIVEN FOR ONE CHILD AND REFUSED FOR THE OTHER: mum 'has consented to Early Help for Ellie-May' but 'has "
        "refused it for Jayden ... she will not sign for him'; both children are in the request -> consent false (a "
        "stated refusal for a child the request covers) -> consent missing -> request_info. HALF-SIBLINGS WITH "
        "DIFFERENT SURNAMES (Booth, Clarke). Case summary and draft plan attached. Jayden (DOB 14/08/2029) is 15. "
        "Attendance 83% / 76% -> school_attendance; mum's low mood -> parental_mental_health. The case discussion "
        "agreed by phone (Fri 20 Jan) is within the seed's 5 days; Richmond has no notice field.",
        not_children=["Sharon Booth", "Jasper Quint", "Tom Whitaker"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2045-01-19 10:15:22"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Please find below the rationale for stepping up JO (Year 8, Mosaic 2419087) to Children's Services, following "
        "my reflective discussion with his Early Help worker, [[Marcin]] Nowak, on Tuesday. The latest case summary is "
        "attached.",
        "",
        ("h", "Rationale for step up"),
        "JO has been open to Early Help since September 2044. He lives with his father (Mr O), who has been drinking "
        "heavily since JO's mother left in the summer. JO has come to school hungry most days this term and has told "
        "staff there is often no food in the flat; the school now give him breakfast and a packed lunch. Twice in "
        "December he said he had made his own tea because his dad was \"asleep\" when he got home. His attendance has "
        "fallen to 68%. Mr O has missed three of the last five planned visits and did not go to the alcohol service "
        "appointment we arranged.",
        "",
        "Despite weekly visits, a referral to the alcohol service and support from school, nothing has changed in four "
        "months, and I believe JO's needs now meet the threshold for a statutory assessment. I have discussed the step "
        "up with the worker and I agree with it.",
        "",
        ("h", "Family's view"),
        "Mr O knows we are stepping up and has agreed to the referral. JO says he wants to stay with his dad but wants "
        "\"the drinking to stop\".",
        "",
        "Kind regards,",
        "",
        "{{Bronwen Hale}}",
        "Early Help Team Manager | Richmond Early Help - Locality Team North",
        "Children's Services | Richmond and Wandsworth Councils",
        "T: 020 7946 0371",
        "",
        RDISC.strip(),
    ]
    summ = docx_att("Case summary - Joel Osei - Jan 2045.docx", [
        "# Early Help case summary",
        "Child: Joel Osei, DOB 11/11/2031, Year 8, Mosaic ID 2419087",
        "Father: Kwame Osei (sole carer since July 2044). Mother lives in Birmingham; no contact since August.",
        "Open to Early Help since 09/09/2044. Family plan: routines and food in the home; school attendance; father's "
        "alcohol use.",
        "Progress: none sustained. Father's drinking has increased; Joel's attendance has fallen from 91% to 68%.",
        "Worker: Marcin Nowak, Early Help Practitioner."])
    top = outlook_top(f, addr("Hale, Bronwen", "Bronwen.Hale@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - JO (Year 8) - Mosaic 2419087", when)
    add(f, word_mail(f, top, blocks, [summ], plain_twin=False), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2419087"],
        [ch("Joel Osei", "2031-11-11", "11/11/2031")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "HTML-ONLY Outlook (Word 'filtered medium') step-up from the Early Help team manager. A CHILD CALLED ONLY BY "
        "INITIALS IN THE MAIL ('JO', 'Mr O') AND NAMED IN THE ATTACHED CASE SUMMARY ('Joel Osei, DOB 11/11/2031') -> "
        "labelled 'Joel Osei' with that DOB; 'Mosaic 2419087' -> bare number. Rationale pasted under its own heading + "
        "case summary attached -> nothing missing -> book_meeting. The TM sends it and 'I agree with it' -> manager "
        "true; 'has agreed to the referral' -> consent true. No food / hunger -> neglect; 68% -> school_attendance; "
        "father's drinking -> substance_misuse.",
        not_children=["Kwame Osei", "Bronwen Hale", "Marcin Nowak"], names_only_in_attachments=True)

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2045-02-03 12:00:31"
    body = T("""
Dear colleagues,

For this month's practice learning I'd like us to look at a recent judgment from the Family Court. The children are anonymised in it as L (a baby) and M (aged 3); the proceedings concluded in December 2044 and both children now live permanently with their paternal aunt.

Re L and M (Children: Non-Accidental Injury) [2044] EWFC 287 - extracts, paragraph numbers as in the judgment:

[38] "When L was seen by the health visitor at 9 weeks she had two small bruises on her cheek. The explanation offered - that M had 'poked' her - was accepted without further enquiry, and no referral was made."

[52] "By the time L was admitted at 14 weeks with a subdural haemorrhage and fractures to three ribs, the opportunity to protect her had been missed on at least three occasions."

[71] "I find that L was in immediate danger from, at the latest, the second bruising episode, and that the professionals involved did not recognise the significance of bruising in a baby who was not yet mobile."

Learning points for step-up and step-down:
1. Bruising in a baby who is not yet mobile is never minor: follow the bruising protocol and refer to MASH the same day.
2. A plausible explanation from a parent is not a substitute for a child protection medical.
3. If in doubt about risk, talk to your manager and call MASH; in an emergency call 999.

We'll discuss it at the practice forum on Thursday 16 February (Teams).

Helena

Dr Helena Marchetti
Principal Social Worker | Children's Services | Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Marchetti, Helena", "Helena.Marchetti@" + RDOM), addr("MASH Step Up", RSU),
                      "Practice learning: Re L and M [2044] EWFC 287 - bruising in babies who are not yet mobile", when,
                      cc=addr("Early Help Duty", RED))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A COURT JUDGMENT QUOTED FOR LEARNING: the Principal Social Worker quotes a concluded Family Court "
        "judgment ('L was in immediate danger', subdural haemorrhage, rib fractures, 'child protection medical', "
        "'risk', '999'); the children are anonymised (L, M) and have lived with their aunt since the proceedings ended "
        "in December 2044. Learning material, no live child -> other -> human_review; no children, no concerns.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2045-02-22 09:36:44"
    ack = ack_text("step-down", "SB-richmond_wandsworth-455", [
        "Case: 2412290", "Children: Matteo Rinaldi (09/07/2037)",
        "Step-down case discussion: Friday 24 February 2045, 10:00 (Microsoft Teams)"],
        ["the draft plan for Early Help"])
    body = T("""
Good morning,

In attach you find the draft plan of Early Help for Matteo, like you asked me in the email of Monday. I apologise for the delay, I was in formation (training) all the last week.

The mother has read the plan yesterday. I remain at your disposal for any clarification.

Kind regards
Giulia Ferraro
Social Worker | Children in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0466

""") + RDISC + quote("stepbot (Early Help Duty) <%s>" % RED, "20 February 2045 11:02",
                     "Ferraro, Giulia <Giulia.Ferraro@%s>" % RDOM,
                     "[SB-richmond_wandsworth-455] Step-down request received - Matteo Rinaldi", ack)
    plan = docx_att("Draft Early Help plan - Matteo Rinaldi.docx", [
        "# Draft Early Help plan", "Child: Matteo Rinaldi",
        "What we are worried about: Matteo has ADHD and is waiting for an EHC needs assessment; his mother is isolated "
        "since the move from Italy and has no family here.",
        "What needs to happen: school SENCo to chase the EHC needs assessment; mum to join the parents' group at the "
        "family hub; review in six weeks."])
    top = outlook_top(f, addr("Ferraro, Giulia", "Giulia.Ferraro@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-455] Step-down request received - Matteo Rinaldi", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2412290"],
        [ch("Matteo Rinaldi", "2037-07-09", "09/07/2037")],
        ["disability_send"], None, None, [], None, "attach_to_request",
        "NON-NATIVE ENGLISH FOLLOW-UP ('In attach you find', 'I was in formation', 'I remain at your disposal') to "
        "[SB-richmond_wandsworth-455] adding the draft plan; child, DOB and case id from the quoted acknowledgement. "
        "'The mother has read the plan' is no consent -> null. ADHD awaiting an EHC needs assessment -> "
        "disability_send; mum's isolation is no category. attach_to_request.",
        not_children=["Giulia Ferraro"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2045-03-14 09:48:10"
    ack = ack_text("step-up", "SB-richmond_wandsworth-471", [
        "Case: 2430018", "Children: Ruby-Rose Adjei (02/10/2044)",
        "Step-up case discussion: Wednesday 15 March 2045, 14:00 (Microsoft Teams)"], [])
    body = T("""
Adding to the step up you had yesterday for Ruby-Rose.

I'm at the flat now (Flat 22, Aspen House, Roehampton) for my 9.30 visit. Mum (Precious Adjei) isn't here. A man I have never met opened the door holding Ruby-Rose. He says he's called "Dee", he met mum at a party on Saturday, and she left the baby with him at about 10 last night to "go and get something" and hasn't come back. He doesn't know mum's surname. Her phone goes straight to voicemail.

He says he has to leave for work at 11 and will "drop the baby with the neighbour". Ruby-Rose is 5 months old. He says she's in the same nappy as last night and there is one bottle of formula left.

I'm staying here until someone tells me what to do. 07700 900 645.

Kirsty

Kirsty Lawlor
Early Help Practitioner | Richmond Early Help - Locality Team North
07700 900 645

""") + RDISC + quote("stepbot (MASH Step Up) <%s>" % RSU, "13 March 2045 16:40",
                     "Hale, Bronwen <Bronwen.Hale@%s>; Lawlor, Kirsty <Kirsty.Lawlor@%s>" % (RDOM, RDOM),
                     "[SB-richmond_wandsworth-471] Step-up request received - Ruby-Rose Adjei", ack)
    top = outlook_top(f, addr("Lawlor, Kirsty", "Kirsty.Lawlor@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-471] Step-up request received - Ruby-Rose Adjei", when,
                      cc=addr("Hale, Bronwen", "Bronwen.Hale@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2430018"],
        [ch("Ruby-Rose Adjei", "2044-10-02", "02/10/2044")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A BABY LEFT OVERNIGHT WITH AN UNKNOWN ADULT, in a follow-up to [SB-richmond_wandsworth-471]: the Early Help "
        "worker finds the 5-month-old with a man who met mum on Saturday and does not know her surname; mum left at "
        "10pm and has not come back, her phone is off; he will leave at 11 and 'drop the baby with the neighbour'. No "
        "alarm word anywhere. follow_up, but urgent -> alert_duty. Child, DOB and case id from the quoted "
        "acknowledgement. neglect.",
        not_children=["Precious Adjei", "Kirsty Lawlor"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2045-03-06 08:30:05"
    body = T("""
Good morning,

For awareness - the article below ran online last night and may lead to calls from the public. The case concluded at Kingston Crown Court on Friday; it is not an open case for Early Help. Please pass any media enquiries to the press office.

Communications Team
Richmond and Wandsworth Councils

----- Wandle Gazette, online, 5 March 2045 -----
MOTHER JAILED FOR LEAVING TODDLERS ALONE TO GO CLUBBING

A Wandsworth mother who left her two children, then aged one and three, alone in a flat for 14 hours while she went to a nightclub has been jailed for two years.

Kingston Crown Court heard that neighbours called police after hearing the children crying through the wall in the early hours of 12 August 2043. Officers found the toddlers in a soiled cot with no food or water, in what the prosecutor called "real danger".

The 26-year-old, who cannot be named to protect the children's identity, admitted two counts of child cruelty. The judge said the children had been "at obvious risk of serious harm".

The children, now aged three and five, have lived with their father since the night of the incident and are said to be doing well.

A council spokesperson said: "Safeguarding children is our highest priority. We are reviewing the learning from this case with our partners."
-----
""")
    top = outlook_top(f, addr("Communications Team", "communications@" + RDOM), addr("Early Help Duty", RED),
                      "FYI - press coverage: mother jailed for leaving toddlers alone (concluded case)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A MEDIA REPORT: the communications team forwards a press article about a concluded case (two "
        "toddlers left alone in 2043, 'real danger', 'at obvious risk of serious harm', 'Safeguarding'); the mother has "
        "been sentenced, the children have lived with their father since 2043 and are unnamed. No live child, no "
        "request -> other -> human_review.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2045-03-30 14:05:10"
    data = google_reply(f, when, "Femi Adebanjo", "femi.adebanjo@wandsworthfamilyhubs.example", ("MASH Step Up", RSU),
                        "ACCEPTED", "Step-up case discussion - Mosaic 2433105 [SB-richmond_wandsworth-490]",
                        "20450403T090000Z", "20450403T100000Z", "Microsoft Teams Meeting",
                        "Mon 3 Apr 2045 10am - 11am (BST)", note="I'll join from the car between visits.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["2433105"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (ACCEPTED, with a note; UTC times: 09:00Z is 10:00 BST on Monday 3 April; an "
        "invite.ics attachment), sent during BST (+0100) for the step-up case discussion [SB-richmond_wandsworth-490]; "
        "'Mosaic 2433105' in the SUMMARY -> bare number. record_reply.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2045-03-02 23:18:44"
    text = T("""
this is Donna Reid Shanice Reid's mum I got this email off the letter for mass from early help I can't get through on the phone number Shanice never came home from school she said she was going to her friend Nadia's but Nadia's mum says she never went there at 11 minutes past 11 she text me help I'm in a car with 2 men I don't know where we are and then her phone went off I rang the police they said they will send someone but nobody's come yet she's only 14 she's been going round with a older lot from the a state since Christmas and getting lifts of men in cars I know she's in danger please somebody ring me my number is 07700 900 736

Sent from my Samsung Galaxy smartphone.
""")
    top = plain_top(f, addr("Donna Reid", "donna.reid86@mail.example"), addr("MAST", TMAST), "Shanice", when,
                    "mail.example", None, cc=addr("Sadia Rahman", "Sadia.Rahman@" + TDOM))
    add(f, mail(f, top, text, html_alt=True, crlf=False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Shanice Reid")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A 14-YEAR-OLD'S 'HELP' TEXT FROM A CAR WITH ADULT MEN AT NIGHT, in her mother's VOICE-TO-TEXT mail with no "
        "punctuation and misheard words ('the letter for mass' = MAST, 'the a state' = the estate, 'lifts of men' = "
        "lifts off men): she did not come home, was not where she said, texted 'help I'm in a car with 2 men' at 23:11, "
        "then her phone went off; police have not arrived. Sent at 23:18 (out of hours). A parent's mail asks for no "
        "step -> other; urgent -> alert_duty. Shanice Reid, age only. exploitation + missing. Uses one alarm word "
        "('danger').",
        not_children=["Donna Reid"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2045-01-10 11:24:51"
    body = T("""
Good morning,

I am writing for to make the step down of the children Silva to the Team Around the Family. The Child and Family Assessment finished in the 5 of January and the conclusion is that the family not need more the social care, but need support of early help.

Gabriel Silva - date of birth 15/04/2034 - Mosaic 1752204
Sofia Silva - date of birth 30/01/2040 - Mosaic 1752205

The mother, Mrs Ana Silva, is agree with the step down and she signed the consent on Friday. Also the father is agree.

The lead practitioner will be Mrs Joyce Mensah, family support worker of Overland Children's Centre, she accepted by the phone yesterday.

The TAF meeting I will do on Tuesday 24 of January at 14:00 in the Overland Children's Centre, I will chair and I will put the minutes on Mosaic.

The worries that remain are: Gabriel arrives late in the school (attendance 88%) and the mother is with anxiety since the father lost his work. In attach are the assessment and the draft of the TAF plan.

Best regards,
Mariana Costa
Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets
020 7946 0745

""") + TDISC
    cfa = pdf_att("C&F Assessment - Silva - 05.01.2045.pdf", "Child and Family Assessment - outcome", [
        "Children: Gabriel Silva (15/04/2034), Sofia Silva (30/01/2040). Parents: Ana Silva and Rui Silva.",
        "Outcome: statutory involvement no longer required; step down to a TAF with a lead practitioner.",
        "Needs: Gabriel's punctuality and attendance (88%); mother's anxiety since father's redundancy.",
        "Sofia: settled at nursery, no additional needs identified."])
    plan = docx_att("Draft TAF plan - Silva.docx", [
        "# Draft TAF plan", "Lead practitioner: Joyce Mensah (Overland Children's Centre).",
        "Goals: morning routine and attendance above 95% for Gabriel; mother to see her GP about anxiety; father "
        "linked with the employment support service."])
    top = outlook_top(f, addr("Costa, Mariana", "Mariana.Costa@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down of the children Silva - TAF 24/01/2045", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1752204", "1752205"],
        [ch("Gabriel Silva", "2034-04-15", "15/04/2034"), ch("Sofia Silva", "2040-01-30", "30/01/2040")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NON-NATIVE ENGLISH (Portuguese word order and prepositions: 'I am writing for to make the step down', 'the "
        "family not need more the social care', 'is agree with the step down', 'In attach'): a complete Tower Hamlets "
        "step-down - C&F assessment (PDF), draft TAF plan (docx), consent ('is agree ... she signed the consent') -> "
        "true, lead practitioner with her agency -> book_meeting (the social worker arranges and chairs the TAF on 24 "
        "January). 88% -> school_attendance; mum's anxiety -> parental_mental_health.",
        not_children=["Ana Silva", "Rui Silva", "Joyce Mensah", "Mariana Costa"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2045-02-21 10:50:12"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Amira Haddad (DOB 27/09/2033, Mosaic 1760381).

I should say at the start that my team manager, Fiona Castle, does not agree with this step up. She thinks the family plan should run for another three months and that the threshold is not met. I disagree, and as the partnership escalation procedure allows, I am sending the request so that MAST can look at it.

My worries: Amira has told her teacher twice this term that dad shouts at mum and throws things, and mum has a bruise on her arm that she won't explain. Police attended the address on 04/02/2045 (no arrest; mum said it was a verbal argument). Mum has stopped going to the women's group. Amira is not sleeping and her attendance has dropped to 81%.

Mum knows I am contacting MAST and has agreed.

Yusuf Karim
Family Support Practitioner | Early Help Hub (Poplar) | London Borough of Tower Hamlets
020 7946 0752

""") + TDISC
    marf = pdf_att("MARF - Amira Haddad - 21.02.2045.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Amira Haddad   DOB: 27/09/2033   Mosaic ID: 1760381   School: Year 6",
        "Parent/carer: Mrs Leila Haddad. Consent to this request: Yes (verbal, 20/02/2045).",
        "Is the child at immediate risk of significant harm? No - if yes, call MAST or 999 now.",
        "Reason for request: Amira reports dad shouting and throwing things at home; mum has an unexplained bruise; "
        "police attended 04/02/2045 (no arrest); Amira's attendance 81% and poor sleep.",
        "Manager authorisation: not given - the Team Manager (Fiona Castle) does not agree; sent under the "
        "partnership escalation procedure."])
    top = outlook_top(f, addr("Karim, Yusuf", "Yusuf.Karim@" + TDOM), addr("MAST", TMAST),
                      "MAST request - Amira Haddad - Mosaic 1760381 (manager does not agree - see email)", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1760381"],
        [ch("Amira Haddad", "2033-09-27", "27/09/2033")],
        ["domestic_abuse", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "MANAGER DISAGREES: 'my team manager, Fiona Castle, does not agree with this step up' (and the MARF: "
        "'Manager authorisation: not given') -> manager_agreed false -> missing -> request_info; the worker's appeal "
        "to the escalation procedure does not make it agreed. MARF attached -> request_for_support met. 'Mum knows I "
        "am contacting MAST and has agreed' -> consent true. Dad shouting, throwing things, mum's bruise, police "
        "call-out -> domestic_abuse; 81% -> school_attendance. The MARF's 'immediate risk ...? No' is a form question.",
        not_children=["Fiona Castle", "Leila Haddad", "Yusuf Karim"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2045-01-25 11:42:30"
    body = T("""
Dear MAST,

I saw this little girl at 10:20 today. Her mother left the surgery with her at 11:05 before I could arrange a paediatric review. My consultation entry is below. Please call me on 020 7946 0915 - ask reception to put you through during surgery.

---- Consultation 25-Jan-2045 10:20 - Dr P Nandakumar (GP) ----
Patient:  Zara AHMED   DOB: 19-Sep-2043 (16 months)   NHS No: 999 512 0384
Accompanied by: mother (Rukhsana Ahmed). Mother's partner waited in the car.
History: mother reports child "stepped into the bath" on Sunday evening while the water was running. Presenting now, approx 62 hours later, because of "blisters on her feet". No first aid. No analgesia given.
Examination: well-demarcated partial- and full-thickness scalds to both feet and ankles in a symmetrical stocking distribution, with a sharp horizontal tide mark at mid-calf on both legs. Soles relatively spared. No splash marks. Further scald to both buttocks with central sparing (doughnut pattern). Blisters, some de-roofed and weeping. Child quiet and watchful, flinches when approached, did not cry during examination.
Impression: injury pattern not consistent with the history given; appearance of forced immersion. Delayed presentation. Untreated partial- and full-thickness burns needing burns unit care.
Plan: advised same-day transfer to the paediatric burns unit; ambulance offered. Mother declined - said she would "take her later" - and left with the child at 11:05 with her partner. Mobile 07700 900 582 not answered x3. Address on record: Flat 4, Cable Mews, Shadwell, E1 9ZZ (not verified - registered last month).
Coded: Scald of foot; Scald of buttock; Delayed presentation.
----

Dr Priya Nandakumar
GP Partner | Limehouse Green Medical Practice
020 7946 0915
""")
    top = outlook_top(f, addr("Nandakumar Priya (Limehouse Green Medical Practice)", "p.nandakumar@limehousegreen.nhs.example"),
                      addr("MAST", TMAST), "Zara Ahmed, 16 months - seen in surgery this morning - please call", when,
                      mid_domain="limehousegreen.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Zara Ahmed", "2043-09-19", "19-Sep-2043", as_written="Zara AHMED")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A TODDLER'S SCALD TOLD CLINICALLY: a GP's consultation entry - symmetrical stocking-distribution scalds with a "
        "tide mark, sparing of the soles, a doughnut pattern on the buttocks, 'appearance of forced immersion', 62 hours' "
        "delay - and the mother has left with the 16-month-old, declining the ambulance, phone unanswered. No alarm "
        "word anywhere. A GP's notification asks for no step -> other; urgent -> alert_duty. Child from 'Zara AHMED', "
        "DOB in the system format '19-Sep-2043'; the consultation date 25-Jan-2045 is no DOB; the NHS number is no "
        "case id. physical_harm.",
        not_children=["Rukhsana Ahmed", "Priya Nandakumar"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2045-02-10 15:20:41"
    body = T("""
Hello,

I am a community psychiatric nurse with the Bow Community Mental Health Team. I saw Mr Derek Holt (DOB 11/03/1986) at home today. He told me he intends to end his life this weekend and he has been giving away his belongings. I assess his risk of suicide as high. The Home Treatment Team are visiting this evening, his GP has been told, and his sister is staying with him tonight.

Mr Holt lives alone in a one-bedroom flat in Bow. He has no children or grandchildren, and no children live at or visit the flat.

I am sending this as an adult safeguarding concern - I think I may have the wrong address for the Adult MASH, so please forward it if so.

Liam Fairweather
Community Psychiatric Nurse | Bow Community Mental Health Team
020 7946 0768
""")
    top = outlook_top(f, addr("Fairweather Liam (Bow CMHT)", "liam.fairweather@eastlondon.nhs.example"), addr("MAST", TMAST),
                      "Mr Derek HOLT - high risk of suicide - adult safeguarding", when, mid_domain="eastlondon.nhs.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT'S OWN RISK WITH NO CHILD INVOLVED: a CPN's 'high risk of suicide' / 'adult safeguarding' "
        "concern about a 58-year-old man who lives alone, has no children or grandchildren and no children at or "
        "visiting the flat; misdirected (meant for the Adult MASH). Not a child-protection risk -> not urgent; "
        "other -> human_review. His DOB (1986) is an adult's.",
        not_children=["Derek Holt", "Liam Fairweather"], adults=[("Derek Holt", "11/03/1986")])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2045-03-16 16:41:03"
    subject = fold("RE: [SB-tower_hamlets-538] Step-down request received - Mosaic 1766014 - mum signed consent "
                   "today + LP is Rumana Akhter (Bangla Family Support Project), she's agreed")
    top = plain_top(f, addr("Jahan, Nusrat", "Nusrat.Jahan@" + TDOM), addr("Early Help Hub", TEH), subject, when, TDOM,
                    None, extra=[("In-Reply-To", msgid(f + "-ack", "stepbot.invalid")),
                                 ("References", msgid(f + "-ack", "stepbot.invalid"))])
    add(f, empty_mail(f, top), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["1766014"], [], [], True, None, [], None, "attach_to_request",
        "ALL IN THE SUBJECT LINE, EMPTY BODY: a reply to [SB-tower_hamlets-538] whose whole message is the subject - "
        "'mum signed consent today' -> consent true; 'LP is Rumana Akhter (Bangla Family Support Project), she's "
        "agreed' (an adult lead practitioner). 'Mosaic 1766014' -> bare number; no child named. follow_up -> "
        "attach_to_request.",
        not_children=["Rumana Akhter"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2045-02-20 10:05:33"
    body = T("""
Hi Early Help Hub,

I'm stepping the Rahman children down from CIN to a Team Around the Family after the Child and Family Assessment, which concluded on 13/02/2045 (attached with the draft TAF plan).

Aisha Rahman - DOB 06/12/2031 - Mosaic 1771120
Imran Rahman - aged 9 - Mosaic 1771121

TAF meeting: Thursday 2 March 2045, 10:00, Chrisp Street Family Hub - I'll chair it and put the minutes on Mosaic.

Lead practitioner: Shirin Akhtar, Youth Worker, Poplar Youth Hub - she has agreed.

Consent: Mr and Mrs Rahman have both consented to the step-down and to Shirin being lead practitioner.

For completeness: Aisha was reported missing by her parents on Saturday night (18/02/2045) when she wasn't home by 10pm. She walked in by herself at 00:40 - she had been at her cousin's in Mile End and her phone had died. Police did a safe and well check on Sunday morning and the missing children's worker did the return home interview this morning. Nothing in it points to exploitation; it was her first missing episode and the family have agreed a curfew plan. We don't see it as a continuing concern and it doesn't change the step-down.

Remaining needs: Imran's autism assessment (on the waiting list since November) and Aisha's attendance, which is 89%.

Thanks,
Daniel

Daniel Okoro
Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets
020 7946 0781

""") + TDISC
    cfa = pdf_att("C&F Assessment - Rahman - 13.02.2045.pdf", "Child and Family Assessment - outcome", [
        "Children: Aisha Rahman (06/12/2031), Imran Rahman (9). Parents: Anwar Rahman and Nasima Rahman.",
        "Outcome: statutory involvement not required; step down to a TAF with a lead practitioner.",
        "Needs: Imran - awaiting an autism assessment; Aisha - attendance 89%.",
        "No concerns identified about parenting capacity; both parents engaged well."])
    plan = docx_att("Draft TAF plan - Rahman.docx", [
        "# Draft TAF plan", "Lead practitioner: Shirin Akhtar (Poplar Youth Hub).",
        "Goals: Aisha's attendance above 95%; youth club on Tuesdays; chase Imran's autism assessment; curfew plan "
        "agreed with the family."])
    top = outlook_top(f, addr("Okoro, Daniel", "Daniel.Okoro@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Rahman children - TAF Thu 2 March", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["1771120", "1771121"],
        [ch("Aisha Rahman", "2031-12-06", "06/12/2031"), ch("Imran Rahman")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A RESOLVED MISSING EPISODE: Aisha (13) was reported missing on Saturday night, walked in at 00:40 "
        "from her cousin's, police did a safe and well check, the return home interview is done, nothing points to "
        "exploitation, 'We don't see it as a continuing concern' -> not urgent, no missing or exploitation concern. A "
        "complete Tower Hamlets step-down: assessment and plan attached, both parents' consent, lead practitioner with "
        "agency -> book_meeting. Imran's autism assessment -> disability_send; Aisha 89% -> school_attendance. The "
        "episode and assessment dates are no DOBs.",
        not_children=["Shirin Akhtar", "Daniel Okoro", "Anwar Rahman", "Nasima Rahman"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2045-03-28 13:20:15"
    body = T("""
Dear MAST,

I am the lead practitioner for Tyrell Bennett's Early Help plan (we have held it in school since September) and I am asking for a step up to children's social care. Our head teacher, Mr Adeyemi, has agreed that I should make this request. I will complete the Multi-Agency Request for Support form this evening and send it on; in the meantime his SafeLog report is pasted below so you have the picture.

I haven't spoken to dad about the step up yet - I'll do that at pick-up today.

==========================================================================
SafeLog | Pupil Concern Report
Printed: 28/03/2045 12:55 by H. Greaves (DSL)
Pupil: Tyrell Bennett        DOB: 08/01/2037        Year 3        UPN: B412399102745
Status: OPEN - Early Help (school lead practitioner) since 12/09/2044
--------------------------------------------------------------------------
ABUSE AND NEGLECT
  Neglect ................................................ 3 records
    07/03/2045  No coat; shoes split; hungry - ate three portions at breakfast club
    15/03/2045  Head lice untreated for weeks; same clothes all week, smells of damp
    24/03/2045  Collected 75 minutes late; no explanation
  Physical abuse ......................................... no records
  Sexual abuse ........................................... no records
  Emotional abuse ........................................ no records
CONTEXTUAL SAFEGUARDING
  Child criminal exploitation ............................ no records
  Child sexual exploitation .............................. no records
  Radicalisation / extremism ............................. no records
  FGM / honour-based abuse ............................... no records
  Domestic abuse ......................................... no records
ATTENDANCE
  Attendance this academic year: 79% (persistent absence)
==========================================================================

Hannah Greaves
Deputy Head Teacher and Designated Safeguarding Lead | Arbour Square Primary School
020 7946 0832
""")
    top = outlook_top(f, addr("Greaves, Hannah", "h.greaves@arboursquare-primary.example.sch.uk"), addr("MAST", TMAST),
                      "Step up request - Tyrell Bennett (Year 3) - SafeLog report", when,
                      mid_domain="arboursquare-primary.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [],
        [ch("Tyrell Bennett", "2037-01-08", "08/01/2037")],
        ["neglect", "school_attendance"], None, True, ["request_for_support"], None, "request_info",
        "A SCHOOL'S SAFEGUARDING-SYSTEM EXPORT (a MyConcern-like 'SafeLog' report) WITH PRINTED CATEGORY HEADINGS THAT "
        "ARE NOT CONCERNS: 'Physical abuse', 'Sexual abuse', 'Child criminal exploitation', 'Child sexual "
        "exploitation', 'Radicalisation / extremism', 'FGM / honour-based abuse', 'Domestic abuse' all read 'no "
        "records' -> only neglect (3 records) and attendance (79%). The school, lead practitioner of the Early Help "
        "plan, asks MAST for a step up: the head teacher 'has agreed that I should make this request' -> manager true; "
        "the MARF will follow -> request_for_support missing -> request_info; dad not yet asked -> consent null. The "
        "UPN is no case id; the print and record dates are no DOBs. Sent in BST (+0100).",
        not_children=["Hannah Greaves"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2045-01-30 11:48:20"
    body = T("""
Hello,

Please see my letter attached about Oliver Mead. I am at Cockington Vale Primary School until 2pm and then on my mobile, 07700 900 291.

Wendy Pengelly
School Nurse | Torbay 0-19 School Nursing Service
07700 900 291
""")
    letter = pdf_att("Letter to MASH - Oliver Mead - 30.01.2045.pdf", "Torbay 0-19 School Nursing Service", [
        "To: Torbay MASH                                                      30 January 2045",
        "Re: Oliver Mead, DOB 12/06/2036, Year 4, Cockington Vale Primary School. NHS number 999 624 1185.",
        "",
        "Oliver has type 1 diabetes, diagnosed in 2041, and needs insulin four times a day. His grandmother, Mrs "
        "Sandra Mead, has cared for him under a special guardianship order since 2042 and gives his insulin at home; "
        "school staff give his lunchtime dose.",
        "",
        "This morning Oliver arrived at school drowsy, flushed and being sick. At 09:40 his blood glucose was 27.4 "
        "mmol/L and his blood ketones 2.9 mmol/L. He told me that Nan 'stopped the needles on Friday' because a man "
        "from her new church told her God will heal him and insulin is poison.",
        "",
        "I rang Mrs Mead at 10:15. She confirmed that she has given no insulin since Friday evening, that she has "
        "thrown his pens away, and that she will not allow school to give him any. She said she will collect Oliver "
        "at 12:30 and take him home to pray.",
        "",
        "Ketones at this level mean Oliver is developing diabetic ketoacidosis. Without insulin and hospital treatment "
        "today he could become seriously ill or die within hours. His GP, Dr Hawkes at Chelston Surgery, has been told "
        "and agrees.",
        "",
        "I am asking MASH to act today so that Oliver is taken to hospital and his insulin is restarted, and so that "
        "there is a plan before Mrs Mead arrives at 12:30. I have not been able to persuade her.",
        "",
        "For information: Oliver's individual healthcare plan (reviewed in September) says he needs a correction dose "
        "and a ketone check every two hours when his glucose is above 14 mmol/L, and hospital the same day if ketones "
        "are above 1.5 mmol/L or he is vomiting. School cannot give a correction dose because there is no insulin in "
        "school: his grandmother took his school pen home on Friday. The diabetes specialist nurse at Torbay Hospital, "
        "Sister Collins, knows Oliver well and is expecting a call. Oliver's mother has no contact with him; his "
        "grandmother is his only carer. Oliver's class teacher, Mr Daw, is staying with him in the medical room, and his "
        "glucose and ketones are being checked every 30 minutes.",
        "",
        "Wendy Pengelly, School Nurse (SCPHN), Torbay 0-19 School Nursing Service. Mobile 07700 900 291 (any time until 6pm)."])
    top = outlook_top(f, addr("PENGELLY, Wendy (TORBAY AND SOUTH DEVON NHS)", "wendy.pengelly@nhs.example"),
                      addr("Torbay MASH", BMASH), "Letter from the school nurse - Oliver Mead, Year 4", when,
                      mid_domain="nhs.example")
    add(f, mail(f, top, body, [letter], html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Oliver Mead", "2036-06-12", "12/06/2036")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A SCHOOL NURSE'S LETTER ATTACHED AS A PDF WITH THE WHOLE REQUEST IN IT (the body only says 'Please see my "
        "letter attached'): a diabetic 8-year-old whose special guardian stopped his insulin on Friday and threw the "
        "pens away; ketones 2.9, glucose 27.4, being sick; she will collect him at 12:30 and take him home. No alarm "
        "word anywhere. A health professional's letter asks for no step -> other; urgent -> alert_duty. DOB only in "
        "the PDF; the NHS number is no case id; the letter date and 2041/2042 are no DOBs. neglect (medical).",
        not_children=["Sandra Mead", "Wendy Pengelly"])

def torbay_02():
    f = "torbay_02.eml"; when = "2045-01-20 13:24:55"
    body = T("""
Good afternoon,

I am the manager of Little Acorns Nursery in Torquay. I write to you about Zofia Wiśniewska (born 14.05.2041, she has 3 years).

Today in the morning Zofia was brought to the nursery by the partner of her mother, Mr Gary Stone. He smelled very strong of alcohol and he was not walking straight - my deputy and me, we both saw this. He came with the car and he drove away after.

At 12.40 the mother, Mrs Agnieszka Wiśniewska, called us from her work in Exeter for to say that Gary will collect Zofia at 3 o'clock today, because she finishes at 6. At 13.05 Gary called the nursery himself and he was speaking very slow and repeating the same things. I think he is more drunk now than in the morning. He said he will come "with the car at 3, no problem".

We do not have another person on the collection list. The mother said she cannot leave the work, and she did not believe me that Gary is drunk. I do not want to give Zofia to him, but I do not know if I am allowed to refuse, because he is on the list.

Please can someone call me before 3 o'clock: 01632 960 244.

Kind regards
Katarzyna Wójcik
Nursery Manager | Little Acorns Day Nursery, Torquay
01632 960 244
""")
    top = outlook_top(f, addr("Katarzyna Wójcik", "manager@littleacorns-torquay.example"), addr("Torbay MASH", BMASH),
                      "Zofia Wiśniewska - collection today at 3pm", when, mid_domain="littleacorns-torquay.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Zofia Wiśniewska", "2041-05-14", "14.05.2041")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A DRUNK CARER DUE TO COLLECT A 3-YEAR-OLD FROM NURSERY AT 3PM, told by a nursery manager whose first language "
        "is Polish ('she has 3 years', 'my deputy and me', 'for to say'): mum's partner smelled of alcohol and drove at "
        "drop-off, sounded more drunk on the phone at 13:05, and will come 'with the car at 3'; mum does not believe it "
        "and nobody else is on the list. Sent at 13:24. No alarm word anywhere. A nursery's report -> other; urgent -> "
        "alert_duty. Non-ASCII name (MIME encoded-word subject, UTF-8 body), DOB '14.05.2041'. substance_misuse.",
        not_children=["Agnieszka Wiśniewska", "Gary Stone", "Katarzyna Wójcik"])

def torbay_03():
    f = "torbay_03.eml"; when = "2045-03-15 16:05:12"
    body = T("""
Hello,

I visited my patient Jodie Harvey (paranoid schizophrenia) at home at 2pm today. She stopped her depot injection in January and has not let us in since, until today.

She was very unwell. She told me that her children, Kai Harvey (7) and Lacey Harvey (4), "have devils in them" that "came in through the fillings", that she has been giving them salt water to drink "to wash them out", and that "tonight I'll finish it in the bath". Lacey was at home and looked pale and tired; there was a jug of salt water on the side. Kai is at school and is due home at 3.30 with a neighbour.

I could not persuade her to come into hospital. The AMHP team are trying to arrange a Mental Health Act assessment but cannot do it before tomorrow. The children's father is working away in Aberdeen and there is no other adult in the house. I think the children are at serious risk tonight.

I'm going back to the office now and will be there until 6pm. Phone 01632 960 377.

Morwenna Tonkin
Community Psychiatric Nurse | Torbay Community Mental Health Team
01632 960 377
""")
    top = outlook_top(f, addr("TONKIN, Morwenna (TORBAY AND SOUTH DEVON NHS)", "morwenna.tonkin@nhs.example"),
                      addr("Torbay MASH", BMASH), "Jodie Harvey - home visit today - the children", when,
                      mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kai Harvey"), ch("Lacey Harvey")],
        ["parental_mental_health", "physical_harm"], None, None, [], None, "alert_duty",
        "A MOTHER IN PSYCHOSIS GIVING HER CHILDREN SALT WATER: a CPN reports that mum (off her depot since January) "
        "says the children 'have devils in them', has been making them drink salt water and will 'finish it in the "
        "bath' tonight; the 4-year-old is at home with her, the 7-year-old due home at 3.30; the Mental Health Act "
        "assessment cannot happen before tomorrow, father away. Sent at 16:05. A CPN's report -> other; urgent -> "
        "alert_duty. Children by age only. parental_mental_health + physical_harm (the salt water is harm already "
        "done). Uses one alarm word ('at serious risk tonight').",
        not_children=["Jodie Harvey", "Morwenna Tonkin"])

def torbay_04():
    f = "torbay_04.eml"; when = "2045-01-24 15:12:44"
    body = T("""
Early Help,

For information only. The family below is open to your team (EHM-809155). A strategy discussion was held with the MASH social worker at 08:30 today and section 47 enquiries have started with the Safeguarding and Supporting Families team. No action is needed from Early Help today; the allocated social worker will contact your lead practitioner.

INCIDENT:            23/01/2045 21:30, 18 FORE STREET, BRIXHAM, TQ5 9ZZ
CALLER:              LEWIS (8) - RANG 999 FROM THE LANDLINE: 'MY DAD IS HITTING MY MUM'
SUSPECT:             BRAY, Steven       DOB 02/09/1984
VICTIM:              BRAY, Kelly        DOB 17/12/1988
CHILD:               BRAY, Lewis        DOB 05/05/2036   NOT INJURED - SEEN BY OFFICERS
OUTCOME:             SUSPECT ARRESTED AT SCENE (ABH - VICTIM'S WRIST FRACTURED). CHARGED 24/01/2045 03:10.
                     REMANDED IN CUSTODY BY TORQUAY MAGISTRATES' COURT AT 12:40 TODAY.
                     NEXT HEARING 21/02/2045, EXETER CROWN COURT.
CHILD'S WHEREABOUTS: TAKEN TO MATERNAL GRANDMOTHER, MRS JOAN PIKE, 3 KINGS ASH ROAD, PAIGNTON, AT 23:15
                     WITH MUM'S AGREEMENT. MUM DISCHARGED FROM HOSPITAL 07:00 AND STAYING THERE WITH HIM.
DASH:                HIGH RISK (16 TICKS) - MARAC REFERRAL SUBMITTED.

DS Rachel Hocking | Torbay MASH Police Desk | Devon and Cornwall Police
01632 960 150
""")
    top = plain_top(f, addr("Hocking, Rachel", "rachel.hocking@devon-cornwall-police.example"), addr("Early Help", BEH),
                    "FOR INFORMATION - BRAY - Fore Street, Brixham - arrest and remand - EHM-809155", when,
                    "devon-cornwall-police.example", None)
    add(f, mail(f, top, body, crlf=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, ["EHM-809155"],
        [ch("Lewis Bray", "2036-05-05", "05/05/2036", as_written="BRAY, Lewis")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS - A RISK THE POLICE HAVE ALREADY MANAGED: last night's assault on the boy's mother ended in an "
        "arrest; the suspect is charged and REMANDED IN CUSTODY, the 8-year-old was placed with his grandmother with "
        "mum's agreement and mum is there with him; the strategy discussion is held and section 47 enquiries are with "
        "social care. 'For information only' -> other -> human_review, not urgent ('HIGH RISK', 'Safeguarding' are "
        "present). Child from 'BRAY, Lewis' with DOB; the adults' DOBs (1984, 1988) are no children's. "
        "domestic_abuse.",
        not_children=["BRAY, Steven", "BRAY, Kelly", "JOAN PIKE", "Rachel Hocking"],
        adults=[("BRAY, Steven", "02/09/1984"), ("BRAY, Kelly", "17/12/1988")])

def torbay_05():
    f = "torbay_05.eml"; when = "2045-02-09 16:35:02"
    text = T("""
hi

im Mia Luscombe im 15 and we used to have Bex from early help coming round but she stopped in december because mum said we didnt need it anymore. can she come back? mums drinking is bad again and im doing everything for my little brother Tate (hes 6) like getting him up and to school and his tea and putting him to bed. im really tired and ive missed loads of school, i think like 2 days a week. mum isnt horrible to us or anything she just sleeps all day. please dont tell her i emailed or shell be upset. you can email me back here or message me on 07700 900 153 after school

mia
""")
    top = plain_top(f, addr("mia luscombe", "mialuscombe.x@mail.example"), BEH, "can i have my worker back", when,
                    "mail.example", None)
    add(f, mail(f, top, text, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [],
        [ch("Mia Luscombe")],
        ["school_attendance", "substance_misuse", "young_carer"], None, None, [], None, "human_review",
        "A TEENAGER WRITING TO THE INBOX HERSELF (lower case, no apostrophes, webmail): a 15-year-old asks for her "
        "Early Help worker back - mum's drinking, she cares for her 6-year-old brother, misses about two days a week. "
        "No immediate danger described ('mum isnt horrible to us ... she just sleeps all day') -> not urgent; no "
        "professional request -> other -> human_review. Mia labelled (age only); her brother 'Tate' has no surname "
        "written -> not labelled. school_attendance + substance_misuse + young_carer.")

def torbay_06():
    f = "torbay_06.eml"; when = "2045-01-12 10:35:50"
    body = T("""
Good morning Early Help,

Please may I have a triage slot for the Soper children, who are stepping down from the Single Assessment Team to a level 3 Early Help response.

Ivy Soper - DOB 11/04/2038 - LCS-2301447
Reggie Soper - DOB 02/12/2041 - LCS-2301448

Reggie is 3, so I understand he will be heard at the fortnightly under-5s triage.

The Single Assessment (completed 09/01/2045) is attached with my analysis and the rationale for the step down. Donna has added her manager's analysis on LCS - her email confirming it is below. Ms Kerry Soper signed the consent to level 3 Early Help on 10/01/2045.

Remaining needs: Reggie's speech and language delay (SALT referral made in December) and Ivy's lateness - her attendance is 89%.

Thanks,
Jenna

Jenna Luxton
Social Worker | Single Assessment Team | Torbay Council
01632 960 563

""") + BDISC + original("Widger, Donna", "11 January 2045 17:02", "Luxton, Jenna", "RE: Soper - manager's analysis",
                        T("""
Hi Jenna - done. I've recorded my analysis on the SA: I agree the threshold for level 3 intervention is met and the step down can go to triage.
Donna

Donna Widger | Team Manager | Single Assessment Team | Torbay Council
"""))
    sa = pdf_att("Single Assessment - Soper - 09.01.2045.pdf", "Single Assessment - summary and analysis", [
        "Children: Ivy Soper (11/04/2038), Reggie Soper (02/12/2041). Mother: Kerry Soper.",
        "Social worker's analysis: no further action at level 4; needs at level 3 - Reggie's speech and language "
        "delay; Ivy's punctuality and attendance (89%); routines.",
        "Rationale for step down: the concern that led to the assessment (an unexplained absence) is explained; mum "
        "is engaging with school and health.",
        "Team Manager's analysis: I agree that the threshold for level 3 intervention is met. D. Widger, Team "
        "Manager, 11/01/2045.",
        "Consent for level 3 Early Help: signed by Ms Soper, 10/01/2045."])
    top = outlook_top(f, addr("Luxton, Jenna", "Jenna.Luxton@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down to level 3 - Soper (LCS-2301447 / LCS-2301448)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2301447", "LCS-2301448"],
        [ch("Ivy Soper", "2038-04-11", "11/04/2038"), ch("Reggie Soper", "2041-12-02", "02/12/2041")],
        ["disability_send", "school_attendance"], True, True, [], None, "book_meeting",
        "MANAGER AGREEMENT GIVEN IN A FORWARDED REPLY (an Outlook '-----Original Message-----' block under the "
        "request): 'I agree the threshold for level 3 intervention is met and the step down can go to triage' -> "
        "manager true (also in the attached SA). A complete Torbay step-down: Single Assessment attached, signed "
        "consent -> book_meeting; Reggie (3) goes to the fortnightly under-5s triage. Speech delay -> "
        "disability_send; Ivy 89% -> school_attendance. The SA, consent and TM dates are no DOBs.",
        not_children=["Kerry Soper", "Donna Widger", "Jenna Luxton"])

def torbay_07():
    f = "torbay_07.eml"; when = "2045-03-01 14:12:09"
    body = T("""
Hi MASH,

I'm the lead practitioner for Noah Widdowson (DOB 23/10/2033, EHM-810233) and I'd like to make a contact for a level 4 response.

New information: on Monday mum (Leanne Widdowson) told me she has started using heroin again after two years clean. Since then Noah (11) has been getting himself up and to school; school say he has come in hungry three days running, and on Tuesday he told his teacher he found "one of mum's needles" in the bathroom and put it in the bin. Mum's partner left in January and there is no other adult in the home. Mum has been referred back to the drug service.

My team manager, Alison Gee, and I agreed in supervision this morning that this needs considering for level 4.

I haven't asked mum about a contact to MASH yet - I'm seeing her on Friday and will ask her then.

Sam Pearce
Early Help Practitioner | Brixham Family Hub | Torbay Council
01632 960 590

""") + BDISC
    top = outlook_top(f, addr("Pearce, Sam", "Sam.Pearce@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Noah Widdowson - EHM-810233", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-810233"],
        [ch("Noah Widdowson", "2033-10-23", "23/10/2033")],
        ["neglect", "substance_misuse"], None, True, ["consent"], None, "request_info",
        "A Torbay step-up (the lead practitioner's contact to MASH for level 4): 'My team manager ... and I agreed in "
        "supervision this morning' -> manager true; 'I haven't asked mum ... will ask her then' -> consent null (still "
        "to be asked) -> consent missing -> request_info. Mum's heroin relapse -> substance_misuse; the 11-year-old "
        "hungry, getting himself to school, a needle in the bathroom -> neglect (a planned contact, no immediate "
        "danger described).",
        not_children=["Leanne Widdowson", "Alison Gee", "Sam Pearce"])

def torbay_08():
    f = "torbay_08.eml"; when = "2045-03-31 09:05:40"
    data = mdn(f, when, "Luxton, Jenna", "Jenna.Luxton@" + BDOM, addr("Early Help", BEH),
               "[SB-torbay-618] Triage slot confirmed - Tuesday 4 April 2045 11:30 (under-5s)",
               "Thursday, 30 March 2045 16:02", "Friday, 31 March 2045 09:05:31 (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
               msgid(f + "-orig", "stepbot.invalid"))
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A READ RECEIPT: Exchange's 'Read:' notification (multipart/report; report-type=disposition-notification, "
        "'Disposition: automatic-action/MDN-sent-automatically; displayed') for stepbot's triage confirmation "
        "[SB-torbay-618]. Machine-generated although it carries no Auto-Submitted header -> auto_reply -> ignore. "
        "Sent in BST.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2045-02-07 08:52:31"
    subject = fold("Harley Griffiths 6 and Skye Griffiths 4 on their own in flat 3 Bridge St Leominster since last "
                   "night mum not back phone off im outside with them cant get through on duty line pls ring "
                   "07700 900 508")
    top = outlook_top(f, addr("Bowen, Kerry", "Kerry.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH), subject,
                      when, mid_domain="BN9P191MB0418.EURP191.PROD.OUTLOOK.COM")
    add(f, empty_mail(f, top, with_html=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Harley Griffiths"), ch("Skye Griffiths")],
        ["neglect"], None, None, [], None, "alert_duty",
        "ALL IN THE SUBJECT LINE, EMPTY BODY (Outlook for iOS: an empty text part and an empty HTML div): a family "
        "support worker outside a flat where a 6-year-old and a 4-year-old have been alone since last night, mum not "
        "back and her phone off, the duty line not answering. No alarm word anywhere. A report, no step -> other; "
        "urgent -> alert_duty. Children by age only. neglect.",
        not_children=[])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2045-02-23 14:07:18"
    ack = ack_text("step-down", "SB-herefordshire-733", [
        "Case: 623318", "Children: Mia Powell (19/08/2038), Finley Powell (27/01/2043)"],
        ["the family's written consent"])
    body = T("""
Afternoon - signed consent form attached (mum signed it at school at lunchtime).

While I was at school, Mia told me and her teacher that last night her dad "put his hands round Mummy's neck and Mummy went floppy", and that he said he'd "do the same to anyone who tells". Dad (Jason Powell) moved back in at the weekend - we had been told he was living in Hay. Mum wouldn't talk to me about it and left.

Mia goes home at 3.15 and dad is collecting her today. Her little brother Finley is at home with dad now.

I'm still at the school - 01632 960 744.

Rhodri

Rhodri Walters
Social Worker | Children in Need Team (Hereford) | Herefordshire Council
01632 960 744

""") + HDISC + quote("stepbot (Early Help Co-ordinators) <%s>" % HEH, "20 February 2045 15:31",
                     "Walters, Rhodri <Rhodri.Walters@%s>" % HDOM,
                     "[SB-herefordshire-733] Step-down request received - Mia Powell, Finley Powell", ack)
    consent = pdf_att("Consent - Powell - signed 23.02.2045.pdf", "Consent to Early Help support", [
        "Children: Mia Powell, Finley Powell. I agree to our family's case stepping down to Early Help and to "
        "information being shared with the key person.", "Signed: Laura Powell. Date: 23/02/2045."])
    top = outlook_top(f, addr("Walters, Rhodri", "Rhodri.Walters@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-733] Step-down request received - Mia Powell, Finley Powell", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["623318"],
        [ch("Mia Powell", "2038-08-19", "19/08/2038"), ch("Finley Powell", "2043-01-27", "27/01/2043")],
        ["domestic_abuse"], True, None, [], None, "alert_duty",
        "A FOLLOW-UP THAT HANDS IN A CONSENT FORM AND REPORTS A DISCLOSURE: the 6-year-old says her dad strangled "
        "her mother last night ('put his hands round Mummy's neck and Mummy went floppy') and threatened anyone who "
        "tells; he moved back in at the weekend, is collecting her at 3.15 today and has her 2-year-old brother now. "
        "No alarm word anywhere. follow_up to [SB-herefordshire-733], urgent -> alert_duty. 'signed consent form "
        "attached (mum signed it ...)' -> consent true. Children, DOBs and case id from the quoted acknowledgement. "
        "domestic_abuse.",
        not_children=["Jason Powell", "Laura Powell", "Rhodri Walters"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2045-01-09 09:15:04"
    body = T("""
Herefordshire Safeguarding Children Partnership - multi-agency training

Level 3 Safeguarding Children: Recognising Immediate Danger
Tuesday 21 March 2045, 09:30 - 12:30, Microsoft Teams

Who it is for: Early Help co-ordinators, family support workers and social workers who make or receive step-up and step-down requests.

The session uses three fictional case studies:
- 'Amy', 8, tells a teaching assistant that her dad hits her with a belt and she does not want to go home;
- a 4-month-old baby with a bruise on the ear, seen by a health visitor;
- a 15-year-old who is picked up from school by different adult men in cars.
We will look at what makes a risk immediate, when to call 999 or the MASH, and how child protection concerns override the step-down process.

Please accept this invitation to book your place. If you cannot attend, please decline it so that we can offer the place to someone else.

HSCP Training Team
""")
    org = ("HSCP Training", "hscp.training@" + HDOM)
    cal = ics("REQUEST", f, dt(when), "20450321T093000", "20450321T123000",
              "Level 3 Safeguarding Children: Recognising Immediate Danger (HSCP)", "Microsoft Teams Meeting", body, org,
              [("Early Help Co-ordinators", HEH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Verity Lang", "verity.lang@" + HDOM, "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("Xavier Moss", "xavier.moss@" + HDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")],
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    top = outlook_top(f, addr(*org), addr("Early Help Co-ordinators", HEH),
                      "Level 3 Safeguarding Children: Recognising Immediate Danger - Tue 21 March 2045", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SAFEGUARDING TRAINING INVITATION, SENT AS AN OUTLOOK MEETING REQUEST (iTIP METHOD:REQUEST, not a "
        "reply): 'Recognising Immediate Danger', fictional case studies (a child hit with a belt, a bruised baby, a "
        "15-year-old picked up by men), 'child protection concerns override'. Training is no report and no request; "
        "a REQUEST from the partnership is not a meeting_reply -> other -> human_review; no children ('Amy' is a "
        "fictional first name).")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2045-01-18 11:20:40"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at last Tuesday's drop-in, please find attached the Early Help Assessment step-down plan and the signed consent form for:

Lily Vaughan - DOB 03.03.2035 - Mosaic 624401
Ted Vaughan - aged 7 - Mosaic 624402

The C&F assessment concluded on 06/01/2045 that the family's remaining needs are at the intensive level (level 3).

Key person: Sara Whitlow, Family Support Worker, Leominster Children's Centre - agreed with mum, and she has agreed to lead.

My manager asked me to share the reflective part of my supervision notes from 16/01/2045 (attached), as it sets out the plan if dad were released early. Dad is serving a prison sentence for offences against mum and is not due for release for at least two more years; there is a restraining order and there has been no contact since 2043.

Remaining needs: mum's anxiety and low mood (she is on the Talking Therapies waiting list), and helping Lily with friendships at her new school.

Kind regards,
Bethany Cole
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
01632 960 731

""") + HDISC
    plan = docx_att("EHA step-down plan - Vaughan.docx", [
        "# Early Help Assessment - step-down plan", "Children: Lily Vaughan (03/03/2035), Ted Vaughan (7)",
        "What are we worried about? Mum's anxiety and low mood; Lily's friendships at her new school.",
        "What's working well? Mum has kept the children safe since 2043; both children settled; grandparents nearby.",
        "Wellbeing plan: key person to link mum with Talking Therapies and the local parents' group; school to set up "
        "a friendship group for Lily; review at the first MAG.",
        "Key person: Sara Whitlow, Family Support Worker, Leominster Children's Centre."])
    consent = pdf_att("Signed consent - Vaughan - 12.01.2045.pdf", "Consent to Early Help support", [
        "Family: Vaughan (Lily, Ted). I agree to our family stepping down to Early Help and to information being "
        "shared with the key person.", "Signed: Hannah Vaughan. Date: 12/01/2045."])
    notes = docx_att("Supervision notes (extract) - Vaughan - 16.01.2045.docx", [
        "# Supervision record - reflective discussion (extract)",
        "Supervisee: Bethany Cole. Supervisor: Mark Eynon, Team Manager. Date: 16/01/2045.",
        "Family: Vaughan (Lily, Ted). Step-down to Early Help at level 3 planned.",
        "Hypothetical explored: if Mr Vaughan were released early and turned up at the house or at school, would that "
        "be an immediate child protection risk? Yes - mum would call 999, school would not release the children to "
        "him, and the key person would alert MASH the same day.",
        "Hypothetical explored: what if Lily said she wanted contact with her dad? We would talk it through with mum "
        "and Probation before anything changed.",
        "Current position: Mr Vaughan remains in prison with no release in the next two years; restraining order in "
        "place; no contact since 2043. No current domestic abuse concerns.",
        "Decision: Mark Eynon agreed the step-down to Early Help at level 3."])
    top = outlook_top(f, addr("Cole, Bethany", "Bethany.Cole@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Vaughan sibling group (Mosaic 624401 / 624402)", when)
    add(f, mail(f, top, body, [plan, consent, notes], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["624401", "624402"],
        [ch("Lily Vaughan", "2035-03-03", "03.03.2035"), ch("Ted Vaughan")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - HYPOTHETICALS IN SUPERVISION NOTES: the attached supervision extract asks 'if Mr Vaughan were "
        "released early ... would that be an immediate child protection risk?' and 'what if Lily said she wanted "
        "contact'; he is in prison with no release for two years, a restraining order, no contact since 2043, 'No "
        "current domestic abuse concerns' -> not urgent, no domestic_abuse. A complete Herefordshire sibling-group "
        "step-down: plan (docx), signed consent form (PDF), key person with agency -> book_meeting; 'intensive level "
        "(level 3)' -> 3. The supervision record's 'Mark Eynon agreed the step-down' -> manager true. Mum's anxiety "
        "-> parental_mental_health. DOB written 03.03.2035; Ted by age only.",
        not_children=["Verity Lang", "Sara Whitlow", "Hannah Vaughan", "Mark Eynon", "Bethany Cole"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2045-01-30 07:45:00"
    h = (LAYOUT_HEAD +
         '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0">\n'
         '<tr><td style="background:#2B4C7E;color:#FFFFFF;padding:14px;font-size:16pt"><b>HSCP Practitioner Bulletin</b>'
         '<br>February half-term 2045</td></tr>\n'
         '<tr><td style="padding:12px 0"><h2 style="font-size:13pt">1. Before half-term: FGM and the holidays</h2>\n'
         '<p>The February and summer half-terms are times when girls may be taken abroad for female genital mutilation '
         '(FGM). Things to listen for include:</p>\n<ul>\n'
         '<li>a girl talking about a special ceremony, or about &lsquo;becoming a woman&rsquo;, on a trip abroad;</li>\n'
         '<li>a long trip to the family&rsquo;s country of origin that runs into term time;</li>\n'
         '<li>an older sister or relative who has already been cut.</li>\n</ul>\n'
         '<p>If you believe a girl is in immediate danger of FGM, call 999. If you are worried, call the MASH the same '
         'day and ask about an FGM Protection Order. Safeguarding always overrides the step-down process.</p></td></tr>\n'
         '<tr><td style="padding:12px 0"><h2 style="font-size:13pt">2. Mandatory reporting</h2>\n'
         '<p>Teachers, health and social care professionals must report known cases of FGM in under-18s to the police. '
         'Our risk assessment tool has been updated.</p></td></tr>\n'
         '<tr><td style="padding:12px 0"><h2 style="font-size:13pt">3. Step-down drop-ins</h2>\n'
         '<p>From Tuesday 7 February 2045 the Early Help co-ordinators&rsquo; Tuesday step-down drop-in also runs from '
         '13:30 to 14:30.</p></td></tr>\n'
         '<tr><td style="padding:16px 0;font-size:8pt;color:#666666">You receive this bulletin because you subscribed. '
         '<a href="https://bulletin.hscp-news.example.org/unsubscribe">Unsubscribe</a></td></tr>\n'
         '</table>\n</body></html>\n')
    top = plain_top(f, addr("HSCP Bulletin", "bulletin@hscp-news.example.org"), addr("Early Help Co-ordinators", HEH),
                    "HSCP Practitioner Bulletin - February half-term 2045: FGM, mandatory reporting, drop-ins", when,
                    "hscp-news.example.org", None,
                    extra=[("List-Id", "HSCP Practitioner Bulletin <bulletin.hscp-news.example.org>"),
                           ("List-Unsubscribe", "<https://bulletin.hscp-news.example.org/unsubscribe>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    add(f, build(top, text_part(h, "html", crlf=True), True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN THAT LISTS EXAMPLES (HTML-only newsletter with List-Id / List-Unsubscribe, no "
        "Auto-Submitted): the signs of planned FGM over half-term - 'a special ceremony ... on a trip abroad', 'an older "
        "sister ... already cut', 'immediate danger of FGM, call 999' - the same picture as richmond_wandsworth_01 but "
        "as guidance about no child. DESIGN: bulletins that list examples must not trigger -> other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2045-03-01 15:50:22"
    body = T("""
Hi both,

Stepping the Hughes children down to Early Help at level 3:

Jacob Hughes - DOB 14/02/2036 - Mosaic 625510
Ella Hughes - DOB 09/09/2039 - Mosaic 625511
Arlo Hughes - aged 2 - Mosaic 625512

The step-down plan is attached. Key person: Leanne Morris, Family Support Worker, Ross-on-Wye Family Centre, who has agreed to lead.

I'll ask mum to sign the consent form when I see her on Monday and send it straight over.

Worries: home conditions have improved but slip when dad is working away; Arlo has missed his 2-year check twice; Jacob's attendance is 82%.

Amy

Amy Thorne
Social Worker | Children in Need Team (Ross-on-Wye) | Herefordshire Council
01632 960 758

""") + HDISC
    plan = docx_att("EHA step-down plan - Hughes.docx", [
        "# Early Help Assessment - step-down plan", "Children: Jacob Hughes, Ella Hughes, Arlo Hughes",
        "Wellbeing plan: home routines and a cleaning rota with the key person; health visitor to rebook Arlo's "
        "2-year check; attendance plan for Jacob.", "Key person: Leanne Morris, Ross-on-Wye Family Centre."])
    top = outlook_top(f, addr("Thorne, Amy", "Amy.Thorne@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down (level 3) - Hughes children - plan attached, consent to follow", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["625510", "625511", "625512"],
        [ch("Jacob Hughes", "2036-02-14", "14/02/2036"), ch("Ella Hughes", "2039-09-09", "09/09/2039"), ch("Arlo Hughes")],
        ["neglect", "school_attendance"], None, None, ["consent_form"], None, "request_info",
        "A three-child sibling-group step-down with the plan and a key person with agency; 'I'll ask mum to sign the "
        "consent form when I see her on Monday' -> consent null (still to be asked) and the written form missing -> "
        "consent_form -> request_info. Home conditions slipping, missed 2-year checks -> neglect; Jacob 82% -> "
        "school_attendance. Arlo by age only.",
        not_children=["Leanne Morris", "Amy Thorne"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2045-03-14 12:30:55"
    text = T("""
Hi MASH,

I'd like to step Leo Watkins (DOB 22/04/2034, Mosaic 626018) up from Early Help to children's social care.

Dad's drinking has got worse since Christmas. On my last three visits there was no food in the house and Leo's bedroom had no working light or heating. Leo has missed 14 days this half term - his attendance is now 74%. We've tried a parenting course and a referral to the alcohol service and dad has not gone to either.

My team manager, Ruth Davies, agreed the step up in supervision yesterday. Dad (Paul Watkins) has agreed to the referral.

Gemma

Gemma Bould
Family Support Worker | Early Help (Hereford City) | Herefordshire Council

Get Outlook for Android
""")
    top = outlook_top(f, addr("Bould, Gemma", "Gemma.Bould@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up to social care - Leo Watkins - Mosaic 626018", when,
                      mid_domain="AM9P191MB1377.EURP191.PROD.OUTLOOK.COM")
    add(f, android_mail(f, top, text), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["626018"],
        [ch("Leo Watkins", "2034-04-22", "22/04/2034")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], None, "human_review",
        "A HEREFORDSHIRE STEP-UP (Outlook for Android, base64, LF): the Herefordshire protocol defines no step-up "
        "process -> human_review with missing [] (a kind the authority does not cover). The facts are still labelled: "
        "'Ruth Davies, agreed the step up' -> manager true; 'Dad ... has agreed to the referral' -> consent true; dad's "
        "drinking -> substance_misuse; no food, no light or heating -> neglect; 74% -> school_attendance.",
        not_children=["Ruth Davies", "Paul Watkins", "Gemma Bould"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2045-03-29 10:40:11"
    body = T("""
Dear colleagues,

Following the Child and Family Assessment (concluded 24/03/2045), I attach the Early Help Assessment step-down plan and the signed consent form for Poppy Lewis (DOB 30/06/2037, Mosaic 627734). Her needs are assessed as Level 3 (intensive).

Key person: Mrs Elin Parry, Pastoral Lead, Kington Primary School, who has agreed to lead.

One thing the co-ordinator should know. During the assessment, mum (Sarah Lewis) told me that she was sexually abused by her uncle when she was a child, between the ages of seven and ten. He died in 2036. She has never reported it and does not want to; she has started counselling through her GP and finds it helps. Poppy has never had any contact with him or his family, and there is nothing to suggest any current concern for Poppy. I include it only because it explains mum's anxiety, which is the main reason for the Early Help plan.

Remaining needs: mum's anxiety (she avoids school and health appointments on bad days) and Poppy's confidence; Poppy's attendance is 96%.

Kind regards,
Angharad Rees
Social Worker | Children in Need Team (Kington) | Herefordshire Council
01632 960 766

""") + HDISC
    plan = docx_att("EHA step-down plan - Poppy Lewis.docx", [
        "# Early Help Assessment - step-down plan", "Child: Poppy Lewis (30/06/2037)",
        "Wellbeing plan: key person to support mum to attend appointments; confidence group at school for Poppy; "
        "review at the first MAG.", "Key person: Mrs Elin Parry, Pastoral Lead, Kington Primary School."])
    consent = pdf_att("Signed consent - Lewis - 27.03.2045.pdf", "Consent to Early Help support", [
        "Child: Poppy Lewis. I agree to the step down to Early Help and to information being shared with the key "
        "person.", "Signed: Sarah Lewis. Date: 27/03/2045."])
    top = outlook_top(f, addr("Rees, Angharad", "Angharad.Rees@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Poppy Lewis - Mosaic 627734", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["627734"],
        [ch("Poppy Lewis", "2037-06-30", "30/06/2037")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PARENT'S OWN HISTORIC DISCLOSURE: mum was sexually abused as a child by an uncle who died in "
        "2036; Poppy has never had contact with him; 'nothing to suggest any current concern for Poppy' -> not "
        "urgent, no sexual_harm. A complete Herefordshire step-down: plan (docx), signed consent (PDF), key person "
        "with agency -> book_meeting; 'Level 3 (intensive)' -> 3. Mum's anxiety -> parental_mental_health; 96% "
        "attendance no concern. Sent in BST (+0100).",
        not_children=["Sarah Lewis", "Elin Parry", "Angharad Rees"])


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

# England & Wales bank holidays in 2045 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day is a SUNDAY, so "New Year's Day (observed)" is Monday 2 January; Good
# Friday 7 April; Easter Monday 10 April; May Day 1 May; Spring Bank Holiday 29 May; Late Summer Bank Holiday 28
# August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December.
BANK_HOLIDAYS = {date(2045, 1, 2), date(2045, 4, 7), date(2045, 4, 10), date(2045, 5, 1), date(2045, 5, 29),
                 date(2045, 8, 28), date(2045, 12, 25), date(2045, 12, 26)}
IN_WINDOW = {}                                   # none: the window sits between 2 January and Good Friday
NEAREST_BEFORE = (date(2045, 1, 2), "New Year's Day (observed)")
NEXT_AFTER = {date(2045, 4, 7): "Good Friday", date(2045, 4, 10): "Easter Monday"}
# The brief's window, "Monday 9 January to Friday 31 March 2045": checked, a Monday and a Friday.
WINDOW = (datetime(2045, 1, 9, tzinfo=LON), datetime(2045, 3, 31, 23, 59, 59, tzinfo=LON))
# BST starts at 01:00 UTC on Sunday 26 March 2045 (the last Sunday of March) and ends at 01:00 UTC on Sunday 29
# October 2045.
BST_START = datetime(2045, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2045, 10, 29, 1, 0, 0, tzinfo=UTC)
LAST_GMT_WD = date(2045, 3, 24)
FIRST_BST_WD = date(2045, 3, 27)
MAX_YEAR = 2045

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-Mon-yyyy ('19-Sep-2043'),
    '4th of September 2036', '3 of May of 2035' / '19 of October of 2038' (a Spanish speaker's word order)."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", w)
    if m:
        return date(2000 + int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2}) of ([A-Za-z]+) of (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
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

def titled(surname):
    """An ALL-CAPS surname as it is labelled: AHMED -> Ahmed, McGUIRE -> McGuire."""
    out = []
    for p in surname.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'BRAY, Lewis' -> 'Lewis Bray'; 'Zara AHMED' -> 'Zara Ahmed'."""
    if "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
        return "%s %s" % (fore, titled(sur))
    fore, sur = as_written.rsplit(" ", 1)
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
    """Every header value of every part (decoded), for the year scan."""
    out = []
    for part in msg.walk():
        out += ["%s: %s" % (k, v) for k, v in part.items()]
    return "\n".join(out)


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
    if not lab["why"] or len(lab["why"]) < 60: err("why too short to name the rule")
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
    for c in e["children"]:
        if len(c["name"].split()) < 2: err("child %r needs a first name and a surname" % c["name"])
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
            if "meeting_details" in e["missing"]: err("meeting_details missing although a meeting date is recorded")
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
    # the decoded text, every header, and the raw bytes (MIME parameters such as size=, even base64 lines)
    for y in YEAR.findall(text + "\n" + all_headers(msg) + "\n" + data.decode("latin-1")):
        if int(y) > MAX_YEAR: err("year after %d in the text: %s" % (MAX_YEAR, y))
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
            if c["dob"] and date.fromisoformat(c["dob"]).year >= 2045:
                err("dob %s of %s is not before 2045" % (c["dob"], c["name"]))
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
    if META[f]["attachment_only"]:
        bt = body_text(msg)
        for c in e["children"]:
            if c["name"] in bt: err("%s should be named only in an attachment" % c["name"])
    return errors

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
    if not (tot["urgent"] >= 10 and tot["near_miss"] >= 10 and sum(tot.values()) == 40):
        errors.append("set: category totals %s (need 10+ urgent, 10+ near misses, 40 files)" % tot)
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

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"])

def _today(f):
    return _now(f).astimezone(LON).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _att_text(msg):
    """Readable text of the attachments only."""
    from pypdf import PdfReader
    out = []
    for p in _att(msg):
        data = p.get_payload(decode=True)
        if p.get_content_type() == DOCX:
            out.append(docx_body_text(data))
        elif p.get_content_type() == "application/pdf":
            out += [pg.extract_text() for pg in PdfReader(_io.BytesIO(data)).pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def _blocks(msg):
    return _plain(msg).split(SEP)

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _alarms(msg):
    return len(ALARM.findall(readable(msg)))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() in ("text/calendar",)]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _concerns(f):
    return set(_lab(f)["expect"]["concerns"])

def _k01(msg):
    t = readable(msg)
    b = _blocks(msg)
    return (_date(msg).weekday() == 4 and "next Thursday at 10am" in b[0]
            and "Thursday next week, 10:00" in _att_text(msg)
            and not re.search(r"(?i)\b19(st|nd|rd|th)?\s*(of\s*)?jan|\b19[/.]0?1\b|january\s+19", t)
            and len(b) == 3 and "Yes - agreed" in b[1] and "agreed" not in b[0].lower().replace("lesley's agreement", "")
            and META["knowsley_01.eml"]["meeting"].weekday() == 3 and _wd("knowsley_01.eml") == 4)

def _k02(msg):
    p = _plain(msg)
    lines = re.findall(r"(?m)^\[\d\d:\d\d\] [A-Z][a-z]+ [A-Z][a-z]+: ", p)
    return len(lines) >= 10 and not _att(msg) and _no_alarm(msg) and "Lexi-Mae Dwyer is 7 months" in p

def _k03(msg):
    p = _plain(msg).replace(" \n", " ")
    dictated = p.split("Sent from my iPhone")[0]
    return (msg.get_param("format") == "flowed" and "," not in dictated and ". " not in dictated
            and "sin meeting" in dictated and "I see S number 1721840" in dictated and "level to early help" in dictated
            and _wd("knowsley_03.eml") == 5)

def _k04(msg):
    t = readable(msg)
    return (_wd("knowsley_04.eml") == 7 and _pw("knowsley_04.eml") == 9
            and date(2045, 4, 7) in BANK_HOLIDAYS and date(2045, 4, 10) in BANK_HOLIDAYS
            and "There are no current concerns of sexual harm" in t and "sexual_harm" not in _concerns("knowsley_04.eml")
            and _date(msg).utcoffset() == timedelta(hours=1))

def _k06(msg):
    t = readable(msg)
    return _no_alarm(msg) and "she has 9 years" in t and "for to help" in t and not _att(msg)

def _k07(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and _no_plain(msg) and _alarms(msg) >= 4
            and "[SB-knowsley-341]" in str(msg["Subject"]))

def _k08(msg):
    now = _now("knowsley_08.eml")
    d = _date(msg)
    return (d.hour == 0 and d.utcoffset() == timedelta(hours=1) and now.astimezone(LON).date() == date(2045, 3, 27)
            and now.astimezone(UTC).date() == date(2045, 3, 26) == BST_START.date()
            and working_days(date(2045, 3, 27), META["knowsley_08.eml"]["meeting"]) == 4
            and working_days(date(2045, 3, 26), META["knowsley_08.eml"]["meeting"]) == 5
            and "born the 3 of May of 2035" in readable(msg))

def _r01(msg):
    t = readable(msg)
    return (_no_alarm(msg) and "who is 19 and at college" in t and "FGM" not in t and "cut" in t
            and all(c["name"] != "Mariama Sesay" for c in _lab("richmond_wandsworth_01.eml")["expect"]["children"]))

def _r02(msg):
    t = readable(msg)
    return (t.index("has consented to Early Help for Ellie-May") < t.index("She has refused it for Jayden")
            and len(_att(msg)) == 2)

def _r03(msg):
    bt = body_text(msg)
    return (_no_plain(msg) and "MsoNormal" in next(p for p in msg.walk() if p.get_content_type() == "text/html").get_content()
            and re.search(r"\bJO\b", bt) is not None and "Joel" not in bt and "Osei" not in bt
            and "Joel Osei, DOB 11/11/2031" in _att_text(msg) and "Rationale for step up" in bt)

def _r04(msg):
    return "[2044] EWFC 287" in readable(msg) and _alarms(msg) >= 3

def _r06(msg):
    p = _plain(msg)
    return _no_alarm(msg) and p.index("Adding to the step up") < p.index("> ") if "> " in p else (
        _no_alarm(msg) and p.index("Adding to the step up") < p.index("Reference: SB-richmond_wandsworth-471"))

def _r07(msg):
    return "it is not an open case" in readable(msg) and _alarms(msg) >= 3

def _r08(msg):
    c = _cal(msg)
    return (msg["Sender"] is not None and len(c) == 1 and "DTSTART:20450403T090000Z" in c[0].get_payload(decode=True).decode()
            and any(p.get_content_type() == "application/ics" for p in msg.walk())
            and _date(msg).utcoffset() == timedelta(hours=1))

def _t01(msg):
    p = _plain(msg)
    dictated = p.split("Sent from my Samsung")[0]
    return (_date(msg).hour >= 22 and "," not in dictated and ". " not in dictated
            and "the letter for mass" in dictated and "from the a state" in dictated and len(ALARM.findall(p)) == 1)

def _t02(msg):
    t = readable(msg)
    return "is agree with the step down" in t and "I am writing for to make" in t and len(_att(msg)) == 2

def _t03(msg):
    return "does not agree with this step up" in readable(msg) and len(_att(msg)) == 1

def _t04(msg):
    t = readable(msg)
    return _no_alarm(msg) and "19-Sep-2043" in t and "Zara AHMED" in t and "stocking distribution" in t

def _t05(msg):
    t = readable(msg)
    return "He has no children or grandchildren" in t and _alarms(msg) >= 2 and not _lab("tower_hamlets_05.eml")["expect"]["children"]

def _t06(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (all(p.get_content().strip() == "" for p in parts) and "mum signed consent today" in str(msg["Subject"])
            and b"\r\n " in FILES["tower_hamlets_06.eml"].split(b"\r\n\r\n")[0])

def _t07(msg):
    t = readable(msg)
    return ("She walked in by herself at 00:40" in t and "We don't see it as a continuing concern" in t
            and not ({"missing", "exploitation"} & _concerns("tower_hamlets_07.eml")))

def _t08(msg):
    p = _plain(msg)
    heads = ["Physical abuse", "Sexual abuse", "Child criminal exploitation", "Child sexual exploitation",
             "Radicalisation / extremism", "FGM / honour-based abuse", "Domestic abuse"]
    return (all(re.search(r"(?m)^  %s \.+ no records$" % re.escape(h), p) for h in heads)
            and _concerns("tower_hamlets_08.eml") == {"neglect", "school_attendance"}
            and "B412399102745" in p and _date(msg).utcoffset() == timedelta(hours=1))

def _b01(msg):
    bt = body_text(msg)
    at = _att_text(msg)
    return (_no_alarm(msg) and "insulin" not in bt and "12/06/2036" not in bt and "insulin" in at and "12:30" in at
            and "12/06/2036" in at and len(_att(msg)) == 1)

def _b02(msg):
    return _no_alarm(msg) and "she has 3 years" in readable(msg) and "=?utf-8?" in FILES["torbay_02.eml"].split(b"\r\n\r\n")[0].decode().lower()

def _b03(msg):
    return len(ALARM.findall(_plain(msg))) == 1 and "tonight I'll finish it in the bath" in readable(msg)

def _b04(msg):
    t = readable(msg)
    return "REMANDED IN CUSTODY" in t and "TAKEN TO MATERNAL GRANDMOTHER" in t and _alarms(msg) >= 2

def _b05(msg):
    t = readable(msg)
    return "Tate Luscombe" not in t and "brother Tate" in t and "gov.uk" not in str(msg["From"]) and not _html_parts(msg)

def _html_parts(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/html"]

def _b06(msg):
    p = _plain(msg)
    return (p.index("-----Original Message-----") < p.index("I agree the threshold for level 3 intervention is met")
            and age_years(date(2041, 12, 2), _today("torbay_06.eml")) < 5)

def _b08(msg):
    return (msg.get_content_type() == "multipart/report" and msg.get_param("report-type") == "disposition-notification"
            and any(p.get_content_type() == "message/disposition-notification" for p in msg.walk())
            and msg["Auto-Submitted"] is None and str(msg["Subject"]).startswith("Read: "))

def _h01(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and all(html_text(p.get_content()).strip() == "" for p in parts)
            and b"\r\n " in FILES["herefordshire_01.eml"].split(b"\r\n\r\n")[0])

def _h02(msg):
    return _no_alarm(msg) and "round Mummy's neck" in readable(msg) and len(_att(msg)) == 1

def _h03(msg):
    c = _cal(msg)
    return (len(c) == 1 and (c[0].get_param("method") or "").upper() == "REQUEST"
            and "METHOD:REQUEST" in c[0].get_payload(decode=True).decode() and _alarms(msg) >= 3)

def _h04(msg):
    at = _att_text(msg)
    return ("Hypothetical explored" in at and "No current domestic abuse concerns" in at
            and "domestic_abuse" not in _concerns("herefordshire_04.eml") and len(_att(msg)) == 3)

def _h05(msg):
    return _no_plain(msg) and msg["List-Id"] is not None and msg["Auto-Submitted"] is None and _alarms(msg) >= 3

def _h07(msg):
    return all(p["Content-Transfer-Encoding"] == "base64" for p in msg.walk() if not p.is_multipart())

def _h08(msg):
    return "He died in 2036" in readable(msg) and "sexual_harm" not in _concerns("herefordshire_08.eml")

CUSTOM = [
    ("knowsley_01.eml", "TAF only as 'next Thursday' / 'Thursday next week', sent on a Friday, 4 WD; TM's agreement in the forwarded middle block", _k01),
    ("knowsley_02.eml", "a Teams chat paste ('[hh:mm] Name: ...'), no attachments, no alarm words", _k02),
    ("knowsley_03.eml", "dictation with no punctuation and misheard words, format=flowed, 5 WD", _k03),
    ("knowsley_04.eml", "across Good Friday and Easter Monday (7 WD, 9 plain); historic abuse not labelled; BST", _k04),
    ("knowsley_06.eml", "an interpreter's non-native English, no alarm words", _k06),
    ("knowsley_07.eml", "HTML-only auto-reply full of alarm words", _k07),
    ("knowsley_08.eml", "00:21 BST on Monday 27 March = Sunday 26 March UTC: 4 WD by London, 5 by UTC", _k08),
    ("richmond_wandsworth_01.eml", "the sister is 19; no alarm words, no 'FGM'", _r01),
    ("richmond_wandsworth_02.eml", "consent for one child before the refusal for the other; 2 attachments", _r02),
    ("richmond_wandsworth_03.eml", "HTML-only; 'JO' in the mail, 'Joel Osei' only in the attachment", _r03),
    ("richmond_wandsworth_04.eml", "a judgment quoted, alarm words", _r04),
    ("richmond_wandsworth_06.eml", "new text above the quoted acknowledgement; no alarm words", _r06),
    ("richmond_wandsworth_07.eml", "a press report about a concluded case", _r07),
    ("richmond_wandsworth_08.eml", "Google REPLY with invite.ics, UTC times, sent in BST", _r08),
    ("tower_hamlets_01.eml", "night-time dictation without punctuation, misheard words, one alarm word", _t01),
    ("tower_hamlets_02.eml", "non-native English; assessment and plan attached", _t02),
    ("tower_hamlets_03.eml", "manager disagrees; MARF attached", _t03),
    ("tower_hamlets_04.eml", "clinical entry; no alarm words; 'Zara AHMED' with '19-Sep-2043'", _t04),
    ("tower_hamlets_05.eml", "an adult's own risk, no child", _t05),
    ("tower_hamlets_06.eml", "empty body, everything in a folded subject", _t06),
    ("tower_hamlets_07.eml", "resolved missing episode, not labelled", _t07),
    ("tower_hamlets_08.eml", "SafeLog headings with 'no records' not labelled; UPN; BST", _t08),
    ("torbay_01.eml", "the request, the DOB and the insulin only in the PDF letter; no alarm words", _b01),
    ("torbay_02.eml", "non-native English; MIME encoded-word subject; no alarm words", _b02),
    ("torbay_03.eml", "one alarm word; the threat for tonight", _b03),
    ("torbay_04.eml", "suspect remanded, child at grandmother's", _b04),
    ("torbay_05.eml", "a teenager's webmail; the brother has no surname", _b05),
    ("torbay_06.eml", "TM's agreement in an '-----Original Message-----' block; an under-5", _b06),
    ("torbay_08.eml", "an MDN read receipt, no Auto-Submitted", _b08),
    ("herefordshire_01.eml", "empty body, folded subject, no alarm words", _h01),
    ("herefordshire_02.eml", "the disclosure with the consent form; no alarm words", _h02),
    ("herefordshire_03.eml", "a training invitation as iTIP REQUEST", _h03),
    ("herefordshire_04.eml", "hypotheticals only in the supervision notes; no domestic_abuse", _h04),
    ("herefordshire_05.eml", "HTML-only bulletin with List-Id and alarm words", _h05),
    ("herefordshire_07.eml", "Outlook for Android, base64", _h07),
    ("herefordshire_08.eml", "mum's historic abuse, not labelled", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Yes - agreed. Send it up to MASH", "manager_agreed", True),
    ("knowsley_02.eml", "That's a step up to MASH now - I agree", "manager_agreed", True),
    ("knowsley_03.eml", "mum is happy with the step down", "consent", True),
    ("knowsley_04.eml", "signed the Family First consent form", "consent", True),
    ("knowsley_08.eml", "she gave her consent to the referral to Family First", "consent", True),
    ("richmond_wandsworth_02.eml", "She has refused it for Jayden", "consent", False),
    ("richmond_wandsworth_03.eml", "has agreed to the referral", "consent", True),
    ("richmond_wandsworth_03.eml", "I have discussed the step up with the worker and I agree with it", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "The mother has read the plan", "consent", None),
    ("tower_hamlets_02.eml", "is agree with the step down", "consent", True),
    ("tower_hamlets_03.eml", "does not agree with this step up", "manager_agreed", False),
    ("tower_hamlets_03.eml", "Mum knows I am contacting MAST and has agreed", "consent", True),
    ("tower_hamlets_06.eml", "mum signed consent today", "consent", True),
    ("tower_hamlets_07.eml", "have both consented to the step-down", "consent", True),
    ("tower_hamlets_08.eml", "has agreed that I should make this request", "manager_agreed", True),
    ("tower_hamlets_08.eml", "I haven't spoken to dad about the step up yet", "consent", None),
    ("torbay_06.eml", "I agree the threshold for level 3 intervention is met", "manager_agreed", True),
    ("torbay_06.eml", "signed the consent to level 3 Early Help", "consent", True),
    ("torbay_07.eml", "will ask her then", "consent", None),
    ("torbay_07.eml", "agreed in supervision this morning", "manager_agreed", True),
    ("herefordshire_02.eml", "signed consent form attached", "consent", True),
    ("herefordshire_04.eml", "Mark Eynon agreed the step-down", "manager_agreed", True),
    ("herefordshire_06.eml", "I'll ask mum to sign the consent form", "consent", None),
    ("herefordshire_07.eml", "has agreed to the referral", "consent", True),
    ("herefordshire_07.eml", "agreed the step up in supervision yesterday", "manager_agreed", True),
]

def add_kind_checks():
    """Per kind: follow-ups carry an [SB-...] reference in the subject, meeting replies exactly one text/calendar
    METHOD:REPLY part, auto-replies an Auto-Submitted header or a multipart/report body; new requests and other
    mail carry no [SB-...]; no iTIP REPLY outside meeting replies."""
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
            CUSTOM.append((f, "auto_reply marked Auto-Submitted or sent as a multipart/report",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")
                           or m.get_content_type() == "multipart/report"))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in m.walk()
                                                     if p.get_content_type() == "text/calendar"]))

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "knowsley_02.eml", "knowsley_06.eml",
                  "richmond_wandsworth_01.eml", "richmond_wandsworth_06.eml", "torbay_01.eml", "torbay_02.eml",
                  "tower_hamlets_04.eml"]
COUNTS_EXPECTED = {                    # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 4), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (7, 9), "knowsley_08.eml": (4, 4)}
CROSSING_BH_EXPECTED = ["knowsley_04.eml"]
UTC_DECISIVE_EXPECTED = ["knowsley_08.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2044, 2045])
    ref = {d for d in pkg if d.weekday() < 5 and d.year == 2045}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    before = max(d for d in pkg if d < WINDOW[0].date())
    if (before, pkg.get(before)) != NEAREST_BEFORE:
        errors.append("set: the last bank holiday before the window is %s %s" % (before, pkg.get(before)))
    after = sorted(d for d in pkg if d > WINDOW[1].date())[:2]
    if {d: pkg.get(d) for d in after} != NEXT_AFTER:
        errors.append("set: the first bank holidays after the window are %s" % {d: pkg.get(d) for d in after})
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2045, 3) and BST_END.date() == last_sun(2045, 10)):
        errors.append("set: BST must start on the last Sunday of March 2045 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d >= BST_START.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4 or WINDOW[0].date() != date(2045, 1, 9) \
            or WINDOW[1].date() != date(2045, 3, 31):
        errors.append("set: the window must run from Monday 9 January to Friday 31 March 2045")
    if not (LAST_GMT_WD.weekday() == 4 and FIRST_BST_WD.weekday() == 0
            and FIRST_BST_WD - LAST_GMT_WD == timedelta(days=3) and LAST_GMT_WD < BST_START.date() < FIRST_BST_WD):
        errors.append("set: the clock change must fall on the weekend between Fri 24 and Mon 27 March")
    quiet, counts, offsets = [], {}, {"+0100": 0, "+0000": 0}
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
                 if (working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"]) >= 5) != (counts[f][0] >= 5))
    if utc != UTC_DECISIVE_EXPECTED:
        errors.append("set: counts a UTC reading of `now` would flip are %s, expected %s" % (utc, UTC_DECISIVE_EXPECTED))
    if offsets.get("+0100", 0) < 5 or offsets.get("+0000", 0) < 25 or set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (need BST and GMT mail: 5+ and 25+)" % offsets)
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

def _date_hdr(f):
    return parse(f)["Date"].strip()

FAULTS = [
    ("knowsley_01's 'next Thursday' read as Thursday week (notice ok)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_01's weekday-only date treated as no date",
     lambda: _relabel("knowsley_01.eml", notice_ok=None, missing=["meeting_details"]),
     "meeting_details missing although a meeting date is recorded"),
    ("an explicit date written into knowsley_01", lambda: _sub("knowsley_01.eml", b"next Thursday at 10am",
                                                              b"next Thursday (19th January) at 10am"),
     "TAF only as 'next Thursday'"),
    ("knowsley_08's now read as its UTC date", lambda: _relabel("knowsley_08.eml", now="2045-03-26T23:26:37+00:00"),
     "now offset differs from the Date header's"),
    ("knowsley_08's Date given +0000", lambda: _shift_date("knowsley_08.eml", "Mon, 27 Mar 2045 00:21:37 +0100",
                                                           "Mon, 27 Mar 2045 00:21:37 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("tower_hamlets_08's Date given +0000 (BST forgotten)",
     lambda: _shift_date("tower_hamlets_08.eml", "Tue, 28 Mar 2045 13:20:15 +0100", "Tue, 28 Mar 2045 13:20:15 +0000",
                         0, timedelta(0)), "Date offset should be +0100"),
    ("torbay_06's January Date given +0100", lambda: _shift_date("torbay_06.eml", "Thu, 12 Jan 2045 10:35:50 +0000",
                                                                 "Thu, 12 Jan 2045 10:35:50 +0100", 0, timedelta(hours=1)),
     "Date offset should be +0000"),
    ("knowsley_05 sent on a Saturday", lambda: _shift_date("knowsley_05.eml", "Tue, 07 Mar 2045", "Sat, 04 Mar 2045", -3),
     "Date on a weekend"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2045, 4, 7)),
     "bank holidays differ"),
    ("Easter Monday dropped (knowsley_04 counts 8)", lambda: BANK_HOLIDAYS.discard(date(2045, 4, 10)),
     "Knowsley notice counts are"),
    ("'urgent' added to richmond_wandsworth_01's subject",
     lambda: _sub("richmond_wandsworth_01.eml", b"Subject: Fatmata Sesay", b"Subject: Urgent - Fatmata Sesay"),
     "no alarm word are"),
    ("herefordshire_01 filed as a near miss", lambda: _relabel("herefordshire_01.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_01 sent to human review", lambda: _relabel("herefordshire_01.eml", next_action="human_review"),
     "next_action human_review != alert_duty"),
    ("SafeLog's printed headings labelled as concerns",
     lambda: _relabel("tower_hamlets_08.eml", concerns=["domestic_abuse", "exploitation", "neglect", "physical_harm",
                                                        "school_attendance"]), "SafeLog headings"),
    ("the UPN labelled as a case id", lambda: _relabel("tower_hamlets_08.eml", case_ids=["B412399102745"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("partial consent labelled as given", lambda: _relabel("richmond_wandsworth_02.eml", consent=True, missing=[],
                                                           next_action="book_meeting"), "means consent False"),
    ("the TM's disagreement labelled null", lambda: _relabel("tower_hamlets_03.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("'will ask her then' labelled as consent", lambda: _relabel("torbay_07.eml", consent=True, missing=[],
                                                                 next_action="book_meeting"), "means consent None"),
    ("a date in the year after the window's in a subject",
     lambda: _sub("herefordshire_06.eml", b"consent to follow", b"consent to follow 02/01/%d" % (MAX_YEAR + 1)),
     "year after 2045"),
    ("'3 of May of 2035' read as 5 March", lambda: _lab("knowsley_08.eml")["expect"]["children"][0].update(dob="2035-03-05"),
     "parses to 2035-05-03"),
    ("JO labelled by initials", lambda: (_lab("richmond_wandsworth_03.eml")["expect"]["children"][0].update(name="JO"),
                                         META["richmond_wandsworth_03.eml"]["children"][0].update(name="JO")),
     "needs a first name and a surname"),
    ("Joel Osei written into rw_03's body", lambda: _sub("richmond_wandsworth_03.eml", b"Dear MASH colleagues,",
                                                         b"Dear MASH colleagues, re Joel Osei"),
     "should be named only in an attachment"),
    ("the adult sister labelled as a child", lambda: _lab("richmond_wandsworth_01.eml")["expect"]["children"].append(
        {"name": "Mariama Sesay", "dob": None}), "excluded person Mariama Sesay labelled as a child"),
    ("the brother 'Tate' given a surname label", lambda: (_lab("torbay_05.eml")["expect"]["children"].append(
        {"name": "Tate Luscombe", "dob": None}), META["torbay_05.eml"]["children"].append(ch("Tate Luscombe"))),
     "Tate Luscombe (%r) not in text" % "Tate Luscombe"),
    ("Auto-Submitted added to the teenager's mail", lambda: _sub("torbay_05.eml", b"Subject: can i have my worker back",
                                                                 b"Auto-Submitted: auto-replied\nSubject: can i have my worker back"),
     "Auto-Submitted on human mail"),
    ("a body added to the subject-only follow-up", lambda: _sub("tower_hamlets_06.eml", b"Content-Transfer-Encoding: 7bit\r\n\r\n",
                                                               b"Content-Transfer-Encoding: 7bit\r\n\r\nSee subject.\r\n"),
     "empty body, everything in a folded subject"),
    ("the MDN's report type removed", lambda: _sub("torbay_08.eml", b"; report-type=disposition-notification", b""),
     "an MDN read receipt, no Auto-Submitted"),
    ("the training REQUEST made a REPLY", lambda: _sub("herefordshire_03.eml", b"method=REQUEST", b"method=REPLY"),
     "no iTIP REPLY outside meeting replies"),
    ("knowsley_05's REPLY made a REQUEST", lambda: _sub("knowsley_05.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("the window started on Sunday 8 January", lambda: globals().__setitem__(
        "WINDOW", (datetime(2045, 1, 8, tzinfo=LON), WINDOW[1])), "the window must run"),
    ("a Herefordshire step-up booked", lambda: _relabel("herefordshire_07.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("a level on a Tower Hamlets step-up", lambda: _relabel("tower_hamlets_03.eml", level=3), ": level"),
    ("Chloe's historic abuse labelled", lambda: _relabel("knowsley_04.eml",
                                                         concerns=["parental_mental_health", "school_attendance", "sexual_harm"]),
     "historic abuse not labelled"),
    ("the resolved missing episode labelled", lambda: _relabel("tower_hamlets_07.eml",
                                                               concerns=["disability_send", "missing", "school_attendance"]),
     "resolved missing episode, not labelled"),
    ("a 2045 DOB on a child", lambda: _lab("richmond_wandsworth_06.eml")["expect"]["children"][0].update(dob="2045-01-02"),
     "parses to 2044-10-02"),
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
    out = ["categories %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(_date_hdr(l["file"])[-5:] for l in LABELS)),
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
