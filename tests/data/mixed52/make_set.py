#!/usr/bin/env python3
"""mixed52: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2071 (Tuesday 1 September - Friday 18 December), in understatement and hedging: British
euphemism and politeness ("a bit of a situation", "not ideal", "probably nothing, but"), apologetic and anxious
writers unsure whether to write at all, the one fact that matters buried mid-paragraph in a long courteous mail or
left to a P.S., risk stated flatly with no alarm words, and - as near misses - alarmed and emphatic mails (capitals,
"URGENT", exclamation marks) about things that are no immediate risk: a late form, an overdue plan, a cancelled
meeting or clinic, a clash with court, an old conviction in the chronology, a family who moved away.

Other fields are varied on purpose: consent given, refused ("very politely, declined"), still open ("broadly
positive ... wanted to talk it over with her sister") and an unsigned consent form; manager agreement stated, only
implied ("broadly supportive", "I don't imagine she'll have any issue with it") or absent; missing documents (a
rationale to follow, a MARF not done, an assessment awaiting sign-off, a lead practitioner not confirmed); and
Knowsley notice periods across Christmas: a joint home visit on Monday 28 December 2071, the Boxing Day substitute
bank holiday (4 working days, 6 plain weekdays - decided by the substitute day), a final CIN on Christmas Eve (a
working day: exactly 5), and a final CIN on 30 December across both bank holidays (8).

Urgent mail (12): a 4-year-old left alone at night with the hob on and due to be again tonight (mid-paragraph of a
courteous step-up), a health visitor's rough notes (only in a .txt attachment) about a shaken 19-day-old, a P.S.
about a 9-year-old's neck squeezed by mum's partner who stays again tonight, a clinical step-up (strangulation,
perpetrator released this morning), a childminder's apologetic mail about an iron-shaped burn, a meeting reply whose
comment carries a boy's fear of going home, a non-native writer's "maybe it is a small thing" about a 14-year-old
collected tonight by a 23-year-old, "probably nothing, but" a mother saving her tablets alone with a baby, a flat
contact to MASH about belt marks, a school office forwarding "just in case" a disclosure of sexual abuse, "a bit of
a situation" (a mother taken by ambulance after an overdose, two small children with the worker), and a practice
manager's Christmas-hours letter with a knife to a mother's throat in paragraph three.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the model set) and adapted (window, clock, bank holidays, the checks).
Every label was set by hand from the specification; the self-checks only verify them against its rules and STOP on
any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Tuesday 1 September - Friday 18 December 2071) starts in
    British Summer Time (+0100) and ends in GMT (+0000): BST ends at 01:00 UTC on Sunday 25 October 2071. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2071, 8, 28, 0, 0, 0))
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
        meeting=None, not_children=(), names_only_in_attachments=False, id_spans=None, adults=(),
        meeting_on_bank_holiday=False):
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
                   "adults": list(adults), "meeting_on_bank_holiday": meeting_on_bank_holiday}


# ----------------------------------------------------------------------------- helpers first written for mixed22 (copied from mixed27's make_set.py)
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


# ----------------------------------------------------------------------------- helpers first written for mixed25 (copied)
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



# ============================================================================= helpers first written for mixed27 (copied)
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



# ============================================================================= helpers added for mixed52
def gmail_mail(f, top, text, atts=()):
    """Gmail: multipart/alternative (text/plain QP + a <div dir="ltr"> HTML part) with Gmail-style boundaries, LF."""
    h = '<div dir="ltr">%s</div>\n' % "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def gmail_top(fname, frm, to, subject, when, cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@mail.gmail.com>" % sha(fname, "gm")[:36])]
    return h + (extra or [])

def phone_plain(f, top, text, cte="base64"):
    """A phone client's single text/plain part (Outlook for Android: base64, LF line ends)."""
    return build(top, text_part(text, cte=cte, crlf=False), False)

def txt_att(filename, text):
    """A .txt attachment (text/plain with a filename), base64 as Outlook attaches it."""
    data = text.replace("\n", "\r\n").encode("utf-8")
    return Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
                 ("Content-Description", filename),
                 ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data))),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2071-12-18 14:37:12"
    body = T("""
Dear Family First duty team,

I'm so sorry to be sending this to you the week before Christmas - I know it's the last thing anyone needs, and I did mean to get it to you sooner.

I'd like to refer Amrit and Leo to Family First at Level 3 as we step down from Child in Need. The details are below; please do tell me if anything isn't quite as it should be.

Children:
Amrit Kaur-Bennett, DOB 03/05/2062
Leo Kaur-Bennett, DOB 21/11/2066
ICS-2207415 (both children are on the one episode)

Consent: Mum (Harpreet Kaur) has given her consent to the referral to Family First - she signed the form at the CIN review on 10 December.

Joint home visit: Monday 28th December at 10am, at the family home - 22 Larkspur Close, Kirkby, L32 9ZQ. I appreciate that's between Christmas and New Year, which isn't ideal, but it's the only morning mum isn't on shift at the supermarket and I didn't want to lose another fortnight.

What are we worried about?
Mum's low mood. She has been on antidepressants since the summer and says that some days she "can't get going"; on those days grandad does the school run and Amrit is often late. Amrit's attendance is 84% and she is late most Mondays.

What is working well?
Mum went back to her GP in October and goes to the Kirkby women's group on Thursdays. Grandad picks the children up two afternoons a week. The home is warm and well kept, and both children are clearly loved.

What needs to happen?
A Family First case manager to lead a TAF with school, the nursery and the GP; a morning routine plan with mum; attendance support for Amrit from school.

Thank you, and apologies again for the timing. I hope you all get a proper break.

Kind regards,
Niamh

Niamh Costigan
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0382

""") + KDISC
    top = outlook_top(f, addr("Costigan, Niamh", "Niamh.Costigan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Kaur-Bennett - ICS-2207415", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-2207415"],
        [ch("Amrit Kaur-Bennett", "2062-05-03", "03/05/2062"), ch("Leo Kaur-Bennett", "2066-11-21", "21/11/2066")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "KNOWSLEY LEVEL 3 STEP-DOWN, NOTICE DECIDED BY THE BOXING DAY SUBSTITUTE BANK HOLIDAY. Seed 004 section 3 "
        "('Further support required from Family First at Level 3': 'with a minimum of 5 days' notice ... the date and "
        "time of a joint home visit'; REQUIREMENTS/knowsley pack: read as 5 working days). Sent Fri 18 Dec 2071; the "
        "visit is Mon 28 Dec 2071, which is the Boxing Day (observed) bank holiday because 26 December falls on a "
        "Saturday, and Fri 25 Dec is Christmas Day: working days after the 18th up to the 28th = 21, 22, 23, 24 Dec = "
        "4 < 5 -> notice not ok -> request_info (6 plain weekdays; 5 if only Christmas Day is known). The writer does "
        "not know the 28th is a bank holiday. Otherwise complete: date, time and venue (the family home), all three "
        "Signs of Safety headings answered, consent 'has given her consent to the referral to Family First' -> true. "
        "'Level 3' stated -> level 3. Manager not mentioned (not required at level 3) -> null. Concerns: mum's low "
        "mood on antidepressants -> parental_mental_health; Amrit 84% and late -> school_attendance.",
        meeting=date(2071, 12, 28), meeting_on_bank_holiday=True, not_children=["Harpreet Kaur", "Niamh Costigan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2071-09-23 10:05:41"
    blocks = [
        "Good morning,",
        "",
        "I hope you don't mind me sending this through - it's my first step up since I moved across from the Prescot "
        "team, so please forgive me if I've got any of the process wrong.",
        "",
        "I'm requesting a step up to Children's Social Care for the Whitfield children:",
        "",
        ("table", [["Child", "Date of birth"],
                   ["Kenzie Whitfield", "09/02/2064"],
                   ["Ava-Rose Whitfield", "30/06/2068"]]),
        "",
        "Case ID on EHM: EHM-71406",
        "",
        "The step up TAF meeting is on Wednesday 30th September at 10am on Teams. I've sent the calendar invite to the "
        "MASH inbox and to MASH business support, and I've invited the current TAF members (school, the health "
        "visitor and the housing officer).",
        "",
        "The main worry is neglect. Home conditions have gone backwards since the summer - there's no working cooker, "
        "there is dog mess in the kitchen, and Ava-Rose has missed three health visitor appointments. I completed the "
        "Graded Care Profile 2 with mum on 17 September and it's attached, along with the step up form and the TAF "
        "minutes from 15 September.",
        "",
        "On management oversight - I talked the step up through with Siobhan Rimmer (my team manager) in supervision "
        "on Monday, and I came away with the impression that she was broadly supportive, though I don't think we got "
        "as far as formally signing it off, and I didn't want to hold things up. I've copied her in.",
        "",
        "Mum knows I'm making the request and hasn't said she objects.",
        "",
        "Many thanks, and sorry for the long email.",
        "",
        "Rhys",
        "",
        "Rhys Adebayo-Finch",
        "Family First Case Manager (Level 3) | Family First 0-18 (Huyton) | Knowsley Council",
        "0151 496 0247",
        "",
        KDISC.strip(),
    ]
    form = appendix1([
        ("Case ID on EHM:", "EHM-71406"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "30/09/2071 10:00 (Microsoft Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum attends every TAF and is honest about how hard things are. Toolkit not needed."),
        ("Recent TAF meeting minutes attached:", "Yes - 15/09/2071"),
        ("What are we worried about?",
         "Current concerns: home conditions (no working cooker, dog mess in the kitchen, beds without bedding); "
         "Kenzie often hungry at school; Ava-Rose has missed three health visitor appointments and her 27-month "
         "review. Past harm: none known. Complicating factors: mum's hours at the warehouse; rent arrears."),
        ("What is working well?",
         "Existing strengths: mum is warm with both children and open with workers. Existing safety: nan visits on "
         "Sundays and takes the washing."),
        ("What next?",
         "Goals: a clean, safe kitchen and regular meals; Ava-Rose's health checks up to date. Next steps: C&F "
         "assessment; referral to the housing officer for a deep clean."),
        ("Graded Care profile (If neglect should be completed).", "Completed with mum 17/09/2071 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Discussed with S. Rimmer in supervision 21/09/2071 - awaiting sign-off"),
        ("Contingency plan (Smart and timely).",
         "If not stepped up: weekly home visits by the case manager and a deep clean arranged by 9 October."),
    ])
    gcp2 = ["Family: Whitfield. Children: Kenzie (7), Ava-Rose (3). EHM-71406.",
            "Completed by: R. Adebayo-Finch with mother, 17/09/2071.",
            "Area 1 Physical care: grade 4 (nutrition, housing, hygiene)",
            "Area 2 Safety: grade 3",
            "Area 3 Love and care: grade 2",
            "Area 4 Esteem: grade 2",
            "Summary: care consistently below the child's needs in physical care; mother warm and engaged."]
    minutes = ["# TAF meeting minutes - Whitfield family - 15/09/2071",
               "Present: mum; R. Adebayo-Finch (Family First); school family support worker; health visitor; "
               "housing officer.",
               "Actions from last TAF: deep clean - not done; HV appointment - missed; breakfast club - Kenzie "
               "attending.",
               "Agreed: case manager to discuss a step up with the team manager."]
    top = outlook_top(f, addr("Adebayo-Finch, Rhys", "Rhys.Adebayo-Finch@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Whitfield - EHM-71406 - TAF Weds 30th Sept", when,
                      cc="%s, %s" % (addr("MASH Business Support", KBS), addr("Rimmer, Siobhan", "Siobhan.Rimmer@" + KDOM)))
    atts = [docx_att("FF Step Up request to CSC - Whitfield.docx", form),
            pdf_att("GCP2 - Whitfield - 17.09.2071.pdf", "Graded Care Profile 2 (GCP2)", gcp2),
            docx_att("TAF minutes 15.09.2071 - Whitfield.docx", minutes)]
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-71406"],
        [ch("Kenzie Whitfield", "2064-02-09", "09/02/2064"), ch("Ava-Rose Whitfield", "2068-06-30", "30/06/2068")],
        ["neglect"], None, None, ["manager_agreed"], True, "request_info",
        "KNOWSLEY STEP-UP WITH MANAGER AGREEMENT ONLY IMPLIED. Seed 004 section 4: 'Your step up to CSC must contain "
        "evidence of Management oversight, you need to ensure your Team Manager has discussed the step up and agreed "
        "to it.' The worker 'came away with the impression that she was broadly supportive, though I don't think we "
        "got as far as formally signing it off'; the form says 'awaiting sign-off'; the manager is copied but says "
        "nothing -> manager_agreed null (DESIGN: true only when stated as given; REQUIREMENTS: 'the manager sent or is "
        "copied and says so') -> missing manager_agreed -> request_info. Everything else is met: Appendix 1 form, "
        "case id EHM-71406, TAF minutes, GCP2 for the neglect concern (seed 004: 'If your concerns are relating to "
        "Neglect then the Graded Care profile must be reflected in your step up form'), meeting Wed 30 Sep 10:00. "
        "Notice: Wed 23 Sep -> Wed 30 Sep = 5 working days (24, 25, 28, 29, 30) -> ok (exactly 5; no bank holiday). "
        "The form's template lines for the Engaging Families toolkit and the exploitation assessment are answered "
        "'N/A' and are no concerns. Mum 'hasn't said she objects' -> consent null.",
        meeting=date(2071, 9, 30), not_children=["Siobhan Rimmer", "Rhys Adebayo-Finch"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2071-10-13 15:48:20"
    body = T("""
Dear colleagues,

I hope this finds you well, and thank you in advance for taking the time to look at this - I know how busy the MASH inbox gets, particularly at this time of year.

Please find attached a step up request for the Roscoe family (Case ID on EHM: EHM-70988), together with the Graded Care Profile 2 completed on 6 October and the minutes of the TAF held on 29 September. I've arranged the step up TAF meeting for Wednesday 21st October at 1.30pm on Teams; the invitation has gone to the MASH inbox and to MASH business support, and I've invited the current TAF members. Dave Kinsella, my team manager, discussed the step up with me on Friday and agreed it.

By way of background, I've been working with mum, Leanne, and the two children, Mia Roscoe (DOB 05/01/2063) and Tyler-James Roscoe (DOB 17/08/2067), since April. The concerns are mainly around neglect - the GCP2 scored 4 for physical care, there's often very little food in, and Tyler-James's nursery attendance has dropped off. On a slightly different note, and I'm conscious I may be overthinking it, when I called at about 6.40 yesterday evening Tyler-James answered the door on his own, and the hob was on with a pan on it. Mum came back about half an hour later and said she'd only nipped out, and she told me she'll have to do the same tonight because her shift at the bakery starts at 7 and her sister can't have them. Mia was at a friend's. Anyway, I've added it to the chronology in the form. Mum has been warm with me throughout and I don't doubt how much she loves the children, but the improvements we agreed at the last two TAFs haven't happened.

I'd be very grateful for MASH's view at the meeting, and of course I'm happy to talk any of it through beforehand if that would help.

Please don't hesitate to get in touch if you need anything further from me - I'm in the office all day Thursday.

With many thanks and kind regards,

Bernadette

Bernadette Nwachukwu
Family First Case Manager (Level 3) | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0733

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-70988"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "21/10/2071 13:30 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs but agreed actions are not completed."),
        ("Recent TAF meeting minutes attached:", "Yes - 29/09/2071"),
        ("What are we worried about?",
         "Little food in the home; Tyler-James's nursery attendance 61%; Mia's uniform and hygiene. 12/10: "
         "Tyler-James (4) alone in the flat at 18:40 with the hob on; mum back about 19:10."),
        ("What is working well?", "Mum is warm with the children; Mia goes to breakfast club."),
        ("What next?", "C&F assessment; childcare for mum's evening shifts; GCP2 review in 6 weeks."),
        ("Graded Care profile (If neglect should be completed).", "Completed 06/10/2071 - attached."),
        ("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "Not used."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - D. Kinsella, Team Manager, 09/10/2071"),
        ("Contingency plan (Smart and timely).", "Daily contact with mum until the meeting."),
    ])
    gcp2 = ["Family: Roscoe. EHM-70988. Completed 06/10/2071 with mother.",
            "Physical care: grade 4. Safety: grade 4. Love and care: grade 2. Esteem: grade 3.",
            "Supervision of the younger child in the evenings is a particular worry."]
    minutes = ["# TAF minutes - Roscoe - 29/09/2071",
               "Present: mum, case manager, nursery, school.",
               "Actions: food bank referral (done); nursery attendance (not improved); evening childcare (not found)."]
    top = outlook_top(f, addr("Nwachukwu, Bernadette", "Bernadette.Nwachukwu@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Roscoe family - EHM-70988", when, cc=addr("MASH Business Support", KBS))
    atts = [docx_att("Step up form - Roscoe.docx", form),
            pdf_att("GCP2 Roscoe 06.10.2071.pdf", "Graded Care Profile 2", gcp2),
            docx_att("TAF minutes 29.09.2071 Roscoe.docx", minutes)]
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["EHM-70988"],
        [ch("Mia Roscoe", "2063-01-05", "05/01/2063"), ch("Tyler-James Roscoe", "2067-08-17", "17/08/2067")],
        ["neglect"], None, True, [], True, "alert_duty",
        "IMMEDIATE RISK BURIED MID-PARAGRAPH IN A LONG, COURTEOUS, OTHERWISE COMPLETE STEP-UP: in the middle of the "
        "third of five prose paragraphs (between the background and 'Anyway, I've added it to the chronology'), "
        "introduced with 'On a slightly different note, and I'm conscious I may be overthinking it', the "
        "4-year-old answered the door alone at 18:40 with the hob on, and mum 'will have to do the same tonight' "
        "(shift at 7, no childcare). A child of 4 left alone this evening is an immediate child-protection risk "
        "(DESIGN safety rule 1; seed 004: 'Safeguarding procedures would always override anything within this "
        "protocol ... Any immediate safeguarding concerns should be communicated to the Duty Social Work Team') -> "
        "urgent -> alert_duty. The request itself is complete (seed 004 section 4): form, EHM-70988, TAF minutes, "
        "GCP2 for neglect, 'Dave Kinsella ... discussed the step up with me on Friday and agreed it' -> manager true; "
        "TAF Wed 21 Oct 13:30 from Tue 13 Oct = 6 working days -> notice ok. Consent not mentioned -> null.",
        meeting=date(2071, 10, 21), not_children=["Dave Kinsella", "Bernadette Nwachukwu"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2071-10-08 09:02:55"
    text = T("""
URGENT!!!! PLEASE DO NOT CLOSE THIS REQUEST!!!

The TAF minutes are LATE because our admin has been off sick all week and I CANNOT get into the shared drive from home!!! I WILL send them by Friday lunchtime at the absolute latest!!!

The step up TAF for Jenson Harrison is STILL ON for Wednesday 14th at 10am - please PLEASE don't cancel it!!!

So sorry for the capitals, I'm just panicking that it'll fall off the list.

Kerry-Ann

Sent from my iPhone

On 7 Oct 2071, at 11:14, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + stepbot_ack("SB-knowsley-214", [
        "Thank you - your step-up request has been received.", "",
        "Reference: SB-knowsley-214", "Case: EHM-70412", "",
        "What is missing:", "- the minutes of the most recent TAF meeting", "",
        "Please reply to this email, keeping the reference in the subject, to add anything."])
    top = plain_top(f, addr("Kerry-Ann Lunt", "KerryAnn.Lunt@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-214] Step-up request received - EHM-70412", when, KDOM, "iPhone Mail (22F76)",
                    extra=[("In-Reply-To", "<SB-knowsley-214.ack@knowsley.gov.uk>"),
                           ("References", "<SB-knowsley-214.ack@knowsley.gov.uk>")])
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["EHM-70412"], [ch("Jenson Harrison")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - 'URGENT!!!!' IN CAPITALS ABOUT A LATE FORM: an iPhone reply to stepbot's acknowledgement "
        "[SB-knowsley-214] saying the TAF minutes (seed 004 section 4 / Appendix 1: 'Recent TAF meeting minutes "
        "attached') will be late because the admin is off sick. No child is at any risk; the emphasis is about "
        "paperwork. A reply adding to an existing request -> follow_up -> attach_to_request (DESIGN), missing [] for "
        "a follow-up. The quoted acknowledgement's 'What is missing:' heading is not the 'missing' concern. Jenson "
        "Harrison is named without a date of birth.",
        )

def knowsley_05():
    f = "knowsley_05.eml"; when = "2071-09-01 08:14:03"
    text = T("""
Hi all,

URGENT!!! I am SO sorry - I promised Elinor I'd send this before the bank holiday weekend and it completely slipped my mind!!! Please could someone pick it up TODAY so it doesn't hold up the final CIN?!

(Just to be clear, nothing has happened - there are no safeguarding concerns, the CP plan ended in March and this is a planned step down to Level 2. It's only urgent because I'm late!!)

Child: Zofia Kowalczyk, DOB 11.04.2064
ICS-2198034

Final CIN meeting: Tuesday 8th September, 2pm, at St Aidan's Catholic Primary School, Prescot (the parents' room).

Lead Practitioner: Mrs Farah Iqbal, Family Support Worker at St Aidan's Catholic Primary School, has agreed to take on the Lead Practitioner role.

What are we worried about?
Zofia has an EHCP for speech and language and finds changes of routine very hard. Dad (Piotr) has depression and has found it difficult to keep on top of her appointments since mum went back to Poland in the spring.

What is working well?
Dad has started counselling and is much more himself. Zofia loves school and Mrs Iqbal already sees her every day. Zofia's aunt visits most weekends.

What needs to happen?
Mrs Iqbal to lead an Early Help Assessment and TAF; school to review the EHCP this term; dad to carry on with counselling and link in with the Prescot dads' group.

Dad is happy with the step down and has consented.

Thanks so much and sorry again!!!
Chloe

Chloe Marchbank | Social Worker | Child in Need Team (Prescot) | Knowsley Council | 0151 496 0514
""")
    top = gmail_top(f, addr("Chloe Marchbank", "Chloe.Marchbank@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "URGENT!!! Level 2 step down - Zofia Kowalczyk - SO sorry this is late!!!", when)
    add(f, gmail_mail(f, top, text), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 2, ["ICS-2198034"], [ch("Zofia Kowalczyk", "2064-04-11", "11.04.2064")],
        ["disability_send", "parental_mental_health"], True, None, [], True, "book_meeting",
        "NEAR MISS - 'URGENT!!!' SUBJECT AND BODY ABOUT A LATE FORM: the writer says outright 'nothing has happened - "
        "there are no safeguarding concerns, the CP plan ended in March ... It's only urgent because I'm late'. A "
        "complete Knowsley Level 2 step-down (seed 004 section 2: 'the date, time and venue of the step down meeting', "
        "'what are we worried about, what is working well, what needs to happen', 'the name and organisation of the "
        "person who will be taking over the Lead Practitioner role'): St Aidan's, Tue 8 Sep 14:00; all three "
        "headings; Mrs Farah Iqbal with her school. Notice: sent Tue 1 Sep 2071, the day after the Late Summer Bank "
        "Holiday (Mon 31 Aug, which the writer mentions and which is before 'today', so it is not counted) -> 2, 3, "
        "4, 7, 8 Sep = 5 working days -> ok -> book_meeting. 'has consented' -> true (not required at level 2). "
        "EHCP -> disability_send; dad's depression -> parental_mental_health.",
        meeting=date(2071, 9, 8), not_children=["Farah Iqbal", "Chloe Marchbank"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2071-12-16 11:26:48"
    text = T("""
Hello,

I'm writing about a Level 3 step down for the Tennant children, though I'm not sure it's going to be entirely straightforward, so I thought it best to be upfront.

Children:
- Ruby Tennant, DOB 08/08/2057
- Alfie Tennant, DOB 27/01/2062
ICS-2213390

The final CIN meeting is on Wednesday 30th December at 10am at Kirkby Family Hub, Cherryfield Drive (room 2). Sorry it's in the Christmas week - it was the only date the school nurse and the young carers' service could both do.

Consent: I'm afraid mum has, very politely, declined the referral to Family First. She said she'd rather not have "another worker through the door" and that she'll ask for help if she needs it. I've explained what Family First could offer and left her a leaflet, but I don't think she's going to change her mind before the meeting. I'll raise it again at the CIN, of course.

Paula Greaves, my team manager, has agreed the step down.

What are we worried about?
Mum has multiple sclerosis and has had two relapses this year. Ruby (14) does a lot of the caring - shopping, cooking, helping mum in the shower - and her attendance has dropped to 81%. Alfie is doing fine at school but worries about mum.

What is working well?
Mum's MS nurse now visits monthly and the OT adaptations are in. Ruby has a young carers' worker at school and goes to the Thursday group. Both children are close to their grandad, who lives two streets away.

What needs to happen?
A Family First case manager to coordinate a TAF with school, the MS nurse and the young carers' service; a review of mum's care package so Ruby is doing less; attendance support for Ruby.

Thanks, and happy Christmas when it comes.

Tomasz

--
Tomasz Wierzbicki
Social Worker | Children in Need Team (Kirkby)
Knowsley Council | 0151 496 0671
""")
    top = plain_top(f, addr("Tomasz Wierzbicki", "Tomasz.Wierzbicki@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 3 step down - Tennant - final CIN 30/12", when, KDOM,
                    "Mozilla Thunderbird 214.0", extra=[("User-Agent", "Mozilla Thunderbird")])
    top = [kv for kv in top if kv[0] != "X-Mailer"]
    add(f, build(top, flowed_part(text, cte="7bit"), False), "knowsley", "early_help_duty",
        when, 5, "ordinary", "step_down", False, 3, ["ICS-2213390"],
        [ch("Ruby Tennant", "2057-08-08", "08/08/2057"), ch("Alfie Tennant", "2062-01-27", "27/01/2062")],
        ["school_attendance", "young_carer"], False, True, ["consent"], True, "request_info",
        "KNOWSLEY LEVEL 3 STEP-DOWN WITH CONSENT REFUSED, POLITELY, AND NOTICE ACROSS CHRISTMAS. Seed 004 section 3: "
        "at level 3 the social worker 'need[s] to gain consent from the parent for the case to be referred to Family "
        "First' (REQUIREMENTS, knowsley level 3: consent). 'mum has, very politely, declined the referral to Family "
        "First' -> consent false (DESIGN: false when stated as refused or declined) -> missing consent -> "
        "request_info. 'Paula Greaves, my team manager, has agreed the step down' -> manager true (not required). "
        "Final CIN Wed 30 Dec 10:00 at Kirkby Family Hub (date, time, venue); all three headings. Notice from Wed 16 "
        "Dec 2071: 17, 18, 21, 22, 23, 24, 29, 30 Dec = 8 working days (Christmas Day Fri 25 Dec and the Boxing Day "
        "substitute Mon 28 Dec excluded; 10 plain weekdays) -> ok. Ruby (14) caring for mum -> young_carer; 81% -> "
        "school_attendance; mum's MS is no contract concern id.",
        meeting=date(2071, 12, 30), not_children=["Paula Greaves", "Tomasz Wierzbicki"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2071-11-16 13:12:30"
    body = T("""
Hello,

I hope I've got the right address for this - I wasn't completely sure whether to send it at all, and it may well be that I'm being over-cautious. My team lead suggested I pass on my notes from this morning's new birth visit, so I've attached them.

Sorry they're a bit rough - I typed them up in the car.

Kind regards,

Alison Featherstone
Health Visitor | 0-19 Service (Whiston & Prescot)
07700 900418
""")
    notes = T("""
NEW BIRTH VISIT - 16/11/2071 - 10:05 to 11:50

Baby: Riley Connolly, DOB 28/10/2071 (19 days)
Mum: Shannon (19). Partner Dean (baby's father) in the flat - stayed in the bedroom throughout.

- Mum says Riley "screamed all night". At about 3am Dean "shook him a bit to stop him crying". Mum says "he didn't mean it".
- Riley very sleepy, hard to rouse, would not latch. Not fed since about 5am per mum.
- Small bluish mark behind L ear, approx 1cm. Mum unsure how.
- Advised mum to take Riley to A&E at Whiston straight away. Mum said Dean won't let her take him ("he says they'll take him off us") and he is home all day.
- Left 11:50. Plan: phone mum this afternoon. Discuss with team lead.
""")
    top = outlook_top(f, addr("FEATHERSTONE, Alison (0-19 SERVICE)", "alison.featherstone@nhs.example"),
                      addr("Knowsley MASH", KMASH), "New birth visit notes - Connolly", when,
                      mid_domain="AM9P195MB1120.EURP195.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [txt_att("NBV notes 16.11 - Connolly.txt", notes)], html_alt=True),
        "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Riley Connolly", "2071-10-28", "28/10/2071")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT RISK ONLY IN A .TXT ATTACHMENT, UNDER AN APOLOGETIC, UNSURE COVERING NOTE ('I wasn't completely sure "
        "whether to send it at all ... I'm being over-cautious'): a health visitor's notes say the 19-day-old was "
        "'shook ... a bit' at 3am, is hard to rouse, not feeding, with a mark behind the ear, and the father is "
        "stopping mum taking him to A&E and is home all day. DESIGN safety rule 1: 'Every part of every message is "
        "read for it - ... attachments'. No alarm words anywhere. A health visitor's information to the MASH inbox, "
        "not a step request from a lead practitioner -> kind other (seed 004 section 5: referrals for families "
        "reach MASH in an unplanned way), urgent -> alert_duty. Shaking an infant -> physical_harm.",
        not_children=["Alison Featherstone"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2071-12-17 15:55:09"
    blocks = [
        "Hi Family First,",
        "",
        "Please find below a Level 2 step down for Ellie-Mae Fairclough (DOB 06/06/2062), ICS-2210761. Apologies for "
        "the short notice - I know Christmas Eve isn't anyone's first choice.",
        "",
        ("h", "Final CIN meeting"),
        "Thursday 24th December, 10am, Halewood Children's Centre, Roughwood Drive (meeting room 1).",
        "",
        ("h", "Lead Practitioner"),
        "Jordan Pike, Learning Mentor, Halewood Park Primary School - Jordan has agreed to take on the Lead "
        "Practitioner role.",
        "",
        ("h", "What are we worried about?"),
        "Ellie-Mae's attendance (86%) and her friendships at school. There are no current safeguarding concerns - the "
        "reason for CIN (dad's drinking) resolved when he moved out in June, and he now sees Ellie-Mae at his mum's on "
        "Sundays.",
        "",
        ("h", "What is working well?"),
        "Mum has kept every appointment and the home is calm. Ellie-Mae gets on well with Jordan and goes to breakfast "
        "club every day.",
        "",
        ("h", "What needs to happen?"),
        "Jordan to lead an Early Help Assessment and TAF in January; school to support attendance; mum to carry on "
        "with the parenting course at the children's centre.",
        "",
        "Many thanks,",
        "Precious",
        "",
        "Precious Mutasa | Newly Qualified Social Worker | Child in Need Team (Halewood) | Knowsley Council | "
        "0151 496 0288",
        "",
        "P.S. This is probably nothing, and I don't want to cause a fuss the week before Christmas, but when I dropped "
        "the paperwork round at lunchtime Ellie-Mae told me that Gary (mum's new partner) \u201csqueezed my neck until "
        "I saw sparkles\u201d last night because she wouldn't go to bed. She had two small red marks under her jaw. "
        "He's staying there again tonight. I haven't said anything to mum yet - I wasn't sure whether I should.",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Mutasa, Precious", "Precious.Mutasa@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Ellie-Mae Fairclough - final CIN Thurs 24th", when)
    add(f, word_mail(f, top, blocks, plain_twin=False), "knowsley", "early_help_duty", when, 2,
        "urgent", "step_down", True, 2, ["ICS-2210761"], [ch("Ellie-Mae Fairclough", "2062-06-06", "06/06/2062")],
        ["physical_harm", "school_attendance"], None, None, [], True, "alert_duty",
        "URGENT RISK IN A HESITANT P.S. UNDER THE SIGNATURE OF A COMPLETE STEP-DOWN THAT EARLIER SAYS 'There are no "
        "current safeguarding concerns': 'probably nothing, and I don't want to cause a fuss', the 9-year-old says "
        "mum's partner squeezed her neck 'until I saw sparkles' last night, red marks seen, and he is 'staying there "
        "again tonight'. The later, specific account overrides the earlier negation (DESIGN safety rule 1; seed 004: "
        "'Safeguarding procedures would always override anything within this protocol') -> urgent -> alert_duty. "
        "HTML-only Word mail. As a request it is a complete Level 2 step-down (seed 004 section 2): Halewood "
        "Children's Centre, Thu 24 Dec 10:00; Jordan Pike with his school; all three headings. Notice from Thu 17 Dec "
        "2071: 18, 21, 22, 23, 24 Dec = exactly 5 working days - Christmas Eve is a working day, not a bank holiday "
        "-> ok. Concerns: the neck-squeezing -> physical_harm; 86% -> school_attendance (dad's drinking is "
        "resolved).",
        meeting=date(2071, 12, 24), not_children=["Jordan Pike", "Precious Mutasa"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2071-09-10 11:42:37"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "I'm writing, with some hesitation, to ask you to consider stepping the Osei-Bright children up to Children's "
        "Services. I'm honestly in two minds about whether it meets the threshold, and I'd be very glad to be told "
        "otherwise - but after a reflective discussion with Hannah (the Early Help practitioner) on Tuesday, I have "
        "agreed that we should ask.",
        "",
        ("table", [["Child", "Date of birth", "Mosaic ID"],
                   ["Kwame Osei-Bright", "22/02/2058", "3310478"],
                   ["Efua Osei-Bright", "14/07/2063", "3310479"]]),
        "",
        "The latest case summary is attached.",
        "",
        ("h", "Rationale for the step up"),
        "We have offered the family a TAF plan since January. Mum has cancelled, or not been in for, eight of the last "
        "eleven home visits and has not come to the last three TAF meetings, so the plan has stalled. Kwame's "
        "attendance has fallen to 62% and he has had two fixed-term exclusions this year. Efua is doing well at "
        "school. We don't think the plan can move forward without a statutory assessment, and we would rather ask now "
        "than wait.",
        "",
        "There's nothing to suggest exploitation that we know of, and nothing that can't wait for the case discussion "
        "- this is about a plan that isn't working.",
        "",
        "Kind regards,",
        "Marguerite",
        "",
        "Marguerite Achterberg",
        "Early Help Team Manager (Wandsworth North)",
        "Richmond and Wandsworth Councils | 020 7946 0285",
        "",
        RDISC.strip(),
    ]
    summary = ["Children: Kwame Osei-Bright (13), Efua Osei-Bright (8). Mosaic 3310478 / 3310479.",
               "Early Help involvement since January 2071 (TAF plan: attendance, routines, mum's isolation).",
               "Engagement: 3 of 11 home visits completed since May; last three TAFs not attended.",
               "Attendance: Kwame 62% (two fixed-term exclusions); Efua 97%.",
               "Strengths: Efua settled; maternal aunt supportive; mum in work."]
    top = outlook_top(f, addr("Achterberg, Marguerite", "Marguerite.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Osei-Bright - Mosaic 3310478 / 3310479", when,
                      cc=addr("Lowenthal, Hannah", "Hannah.Lowenthal@" + RDOM))
    add(f, word_mail(f, top, blocks, [pdf_att("Case summary - Osei-Bright - Sept 2071.pdf", "Case summary", summary)]),
        "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3310478", "3310479"],
        [ch("Kwame Osei-Bright", "2058-02-22", "22/02/2058"), ch("Efua Osei-Bright", "2063-07-14", "14/07/2063")],
        ["non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "HEDGED BUT COMPLETE RICHMOND & WANDSWORTH STEP-UP from the Early Help Team Manager (seed 000, 'Process to Step "
        "Up': 'the Early Help Team Manager will email the MASH: Step Up email ... with the latest case summary and the "
        "rationale'). 'I'm honestly in two minds' is the writer's modesty, not a withdrawal. Case summary attached "
        "(PDF); rationale pasted under its own heading -> nothing missing -> book_meeting (invitation within 1 working "
        "day). The sender is the team manager and writes 'I have agreed that we should ask' -> manager true. Mosaic "
        "ids in a Word table -> '3310478', '3310479'. Concerns: missed visits and TAFs -> non_engagement; 62% and "
        "exclusions -> school_attendance; exploitation is negated. Consent not mentioned -> null.",
        not_children=["Marguerite Achterberg"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2071-10-05 12:06:14"
    text = T("""
MASH Step Up,

Step up request. Mosaic 3321905.

Children: Blessing Okafor, DOB 19/03/2064; Daniel Okafor, DOB 02/12/2066.
Mother: Grace Okafor.

Today:
11:40 Mother attended Roehampton Family Hub. Reported that on Saturday night her partner, Kelvin Dray, put both hands round her neck until she passed out briefly. Bruising to both sides of her neck seen by the EH worker.
Mr Dray was arrested on Saturday and released under investigation at 10:00 today. No bail conditions.
10:52 Mr Dray texted mother: "home by 4. we'll sort this out properly". He has a key to the flat.
Mother intends to collect the children from school and nursery at 15:15 and go home. She says she has nowhere else to go.

Rationale:
Non-fatal strangulation; the perpetrator released today with no conditions and a stated plan to return to the home this afternoon, where the children will be. Not manageable within Early Help.

Mother agrees to the step up. Case summary attached. I have agreed the step up as Early Help Team Manager.

Ines Carvalho
Early Help Team Manager (Roehampton)

Sent from Outlook for Android
""")
    summary = ["Family: Grace Okafor (mother), Blessing (7), Daniel (4). Mosaic 3321905.",
               "Early Help since June 2071: housing, nursery place, mum's isolation.",
               "Mr Kelvin Dray: mum's partner since February; not the children's father.",
               "Police call-outs: none before 3 October 2071."]
    top = plain_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Mosaic 3321905 - Okafor", when, RDOM, None)
    t = text_part(text, cte="base64", crlf=False)
    root = multipart("mixed", [t, pdf_att("Case summary - Okafor.pdf", "Case summary", summary)], bnd(f, 1))
    add(f, build(top, root, False), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3321905"],
        [ch("Blessing Okafor", "2064-03-19", "19/03/2064"), ch("Daniel Okafor", "2066-12-02", "02/12/2066")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "RISK STATED FLATLY, CLINICAL TIMELINE, NO ALARM WORDS: strangulation on Saturday; the partner released this "
        "morning with no bail conditions, a key, and a text saying he will be 'home by 4'; mother will take the "
        "children home at 15:15. An immediate child-protection risk this afternoon (seed 000: 'there are immediate "
        "child protection concerns' -> the manager telephones the MASH; DESIGN safety rule 1) -> urgent -> "
        "alert_duty. As a step-up it is complete (seed 000 'Process to Step Up': case summary attached, rationale "
        "under 'Rationale:'): 'Mother agrees to the step up' -> consent true; 'I have agreed the step up as Early "
        "Help Team Manager' -> manager true. 'Mosaic 3321905' -> '3321905' (a label before the number is not part of "
        "it). Mother and partner are adults. Phone mail: one base64 text/plain part, LF.",
        not_children=["Grace Okafor", "Kelvin Dray", "Ines Carvalho"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2071-11-03 09:31:50"
    body = T("""
Morning Early Help,

Confirming the step down case discussion I agreed with Jasper yesterday: THURSDAY 5TH NOVEMBER AT 10AM on Teams. The latest case summary and the draft Early Help plan are attached.

Children: Saga Lindqvist (09/04/2061) and Elias Lindqvist (30/10/2066). Mosaic ID 3298817.

Mum has consented to Early Help continuing the plan, and she'd like the Early Help worker to be someone from the Battersea family hub if possible.

PLEASE NOTE!!! I HAVE ONLY JUST SEEN ON MOSAIC THAT DAD (MAGNUS LINDQVIST) WAS ARRESTED FOR ASSAULTING A NEIGHBOUR IN 2064!!! I have NO idea why this was never in the case summary!!! It's in there now.

To be absolutely clear - he has had NO contact with the children since 2067, he lives in Gothenburg, there are no child protection concerns and it DOESN'T change the step down. I just didn't want the Early Help worker reading it cold on Thursday and panicking!!!

Why we're stepping down: the CIN plan goals are met and Saga's attendance is back up to 96%. What's left: mum still has low days with her anxiety, and she would like support with Elias's ADHD assessment and with her confidence generally.

Thanks,
Hamza

Hamza Siddiqui
Social Worker | Children in Need (Battersea) | Richmond and Wandsworth Councils
020 7946 0719

""") + RDISC
    summary = ["Children: Saga Lindqvist (10), Elias Lindqvist (5). Mosaic ID 3298817.",
               "CIN since February 2071 (mum's anxiety; Saga's attendance). Goals met October 2071.",
               "Father: Magnus Lindqvist - arrest 2064 (assault on a neighbour, no further action); no contact "
               "with the children since 2067; lives in Sweden.",
               "Current: mum under Talking Therapies; Elias on the ADHD assessment pathway."]
    plan = ["# Draft Early Help plan - Lindqvist",
            "Outcome 1: mum feels more confident with routines (EH worker, weekly).",
            "Outcome 2: Elias's ADHD assessment progressed (school SENCo, by February).",
            "Outcome 3: Saga's attendance stays above 95% (school)."]
    top = outlook_top(f, addr("Siddiqui, Hamza", "Hamza.Siddiqui@" + RDOM), addr("Early Help Duty", RED),
                      "IMPORTANT!!! PLEASE READ BEFORE THURSDAY - step down - Lindqvist", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, [pdf_att("Case summary - Lindqvist - Nov 2071.pdf", "Latest case summary", summary),
                               docx_att("Draft EH plan - Lindqvist.docx", plan)], html_alt=True),
        "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3298817"],
        [ch("Saga Lindqvist", "2061-04-09", "09/04/2061"), ch("Elias Lindqvist", "2066-10-30", "30/10/2066")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - CAPITALS, 'IMPORTANT!!!' AND HIGH IMPORTANCE ABOUT A HISTORIC INCIDENT: the father's arrest in "
        "2064 for assaulting a neighbour, no contact since 2067, abroad; 'there are no child protection concerns and "
        "it DOESN'T change the step down'. Not urgent, and not a concern (historic). A complete step-down (seed 000 "
        "'Process to Step Down': 'agree a time for a case discussion within 5 days of this contact - confirming this "
        "by email with the latest case summary and the draft plan'; 'gain consent'): Thu 5 Nov 10:00 agreed with the "
        "Early Help duty manager (2 days after this mail), summary PDF and draft plan .docx attached, 'Mum has "
        "consented to Early Help continuing the plan' -> true -> book_meeting. Concerns: mum's anxiety -> "
        "parental_mental_health; ADHD assessment -> disability_send. No level written -> null.",
        not_children=["Magnus Lindqvist", "Hamza Siddiqui"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2071-11-20 16:45:03"
    body = T("""
Hi Jasper / Early Help duty,

Following our call this afternoon, confirming the step down case discussion for Idris Haddad on Wednesday 25th November at 2pm on Teams. My team manager, Folake Adisa, will join us. The latest case summary and the draft Early Help plan are attached.

Idris Haddad, DOB 15/07/2063, Mosaic ID 3340062.

On consent, I'm afraid I can't quite say we have it yet. Mum was, I think, broadly positive when I raised it on Tuesday, but she said she wanted to talk it over with her sister before she "signs up to anything", and she hasn't come back to me. I'll chase her on Monday and let you know before Wednesday.

Background in a nutshell: Idris (8) was diagnosed with autism in the summer and his EHCP is being finalised. The CIN plan (which began with concerns about home conditions last year) has done what it needed to do; what's left is support for mum around Idris's needs and a link with the SEND local offer.

Have a good weekend,
Yusuf

Yusuf Abdirahman
Social Worker | Children in Need (Putney & Roehampton) | Richmond and Wandsworth Councils
020 7946 0533

""") + RDISC
    summary = ["Idris Haddad, 8. Mosaic ID 3340062.",
               "CIN since September 2070 (home conditions). Home conditions good since March 2071.",
               "Autism diagnosis July 2071; EHCP draft issued October 2071.",
               "Mother: single parent, part-time work."]
    plan = ["# Draft Early Help plan - Idris Haddad",
            "1. Mum linked with the SEND local offer and a parent carer forum (EH worker, December).",
            "2. School and mum agree a transition plan for Idris's EHCP (SENCo, January).",
            "3. Short breaks eligibility checked (EH worker)."]
    top = outlook_top(f, addr("Abdirahman, Yusuf", "Yusuf.Abdirahman@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Wed 25th - Idris Haddad", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [pdf_att("Case Summary - I Haddad.pdf", "Latest case summary", summary),
                               docx_att("Draft EH plan - Haddad.docx", plan)], html_alt=True),
        "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3340062"], [ch("Idris Haddad", "2063-07-15", "15/07/2063")],
        ["disability_send"], None, None, ["consent"], None, "request_info",
        "CONSENT UNCLEAR, SAID POLITELY: 'I can't quite say we have it yet. Mum was, I think, broadly positive ... "
        "wanted to talk it over with her sister ... hasn't come back to me' -> consent null (DESIGN: null when still "
        "to be asked or not yet given; it is not a refusal). Seed 000: 'The allocated social worker should gain "
        "consent from the child, young person, and their family' (REQUIREMENTS richmond_wandsworth step_down: "
        "consent) -> missing consent -> request_info. Case summary (PDF) and draft plan (.docx) attached; the case "
        "discussion Wed 25 Nov 14:00 is within 5 days of Fri 20 Nov. 'My team manager ... will join us' is no "
        "statement of agreement -> manager null (not required). Autism / EHCP -> disability_send; the home "
        "conditions are last year's and resolved -> not neglect.",
        not_children=["Folake Adisa", "Yusuf Abdirahman"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2071-09-30 08:47:26"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p style="color:#C00000;font-size:16pt"><b>URGENT!!!! PLEASE READ!!!!</b></p>
<p><b>DR HOLLIS'S CLINIC THIS AFTERNOON (WEDNESDAY 30 SEPTEMBER) IS CANCELLED DUE TO STAFF SICKNESS!!!</b></p>
<p>ALL appointments will be rebooked by the admin team within 2 weeks. <b><u>PLEASE DO NOT</u></b> send families to Richmond Road this afternoon!!! If you referred a family who were due to be seen today, please let them know if you can.</p>
<p>We apologise for the inconvenience!!!</p>
<p style="color:#595959">As always: if you have an immediate safeguarding concern about a young person on our waiting list, please contact the CAMHS duty clinician on 020 7946 0740, or call 999 in an emergency. Do not wait for a rebooked appointment.</p>
<p>CAMHS Admin Team<br>South West London Child and Adolescent Mental Health Service - Richmond Road Clinic</p>
</body></html>
""")
    top = outlook_top(f, addr("CAMHS Admin - Richmond Road", "camhs.admin.richmondroad@swlcamhs.example.nhs.uk"),
                      addr("MASH Step Up", RSU), "URGENT!!!! CLINIC CANCELLED TODAY - PLEASE INFORM FAMILIES!!!", when,
                      mid_domain="LO2P123MB4410.GBRP123.PROD.OUTLOOK.COM",
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, html_only(f, top, h), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN 'URGENT!!!!' HTML-ONLY MAIL, RED CAPITALS AND HIGH IMPORTANCE, ABOUT A CANCELLED CLINIC, sent to "
        "the MASH step-up inbox: no child, no family, no risk; the 'immediate safeguarding concern ... 999' line is "
        "standing advice. Not a step request -> other -> human_review (DESIGN: 'other (anything else: general "
        "enquiry, newsletter, misdirected)'); nothing else to label. Seed 000 has no rule for it.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2071-10-22 10:14:40"
    text = T("""
Dear Sir or Madam,

I'm really sorry to bother you and I'm honestly not sure this is the right place to write, or whether I should be writing at all. I'm a registered childminder in Putney and I found this address on the council website.

It's probably nothing and I don't want to get anyone into trouble, but Maisie Harland (she's 3, DOB 14/05/2068) arrived this morning with a burn on the back of her left hand. It's a triangle shape, about the size of the end of an iron, and it has blistered. Dad said she touched the iron while he was ironing, but when I was putting cream on it Maisie said "Daddy put it on me because I was naughty".

Dad is collecting her at 5.30 today.

I've run it under cold water and put a dressing on, and I have taken a photo. Please could someone tell me what I should do? I'm sorry if I've wasted your time.

Kind regards,
Bronwen Ellery
Little Acorns Childminding, Putney
07700 900236

Sent from my iPhone
""")
    top = plain_top(f, addr("Bronwen Ellery", "bronwen.ellery@mail.example"), RED,
                    "Sorry to bother you - a question about a little girl I look after", when, "mail.example",
                    "iPhone Mail (22F76)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Maisie Harland", "2068-05-14", "14/05/2068")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "APOLOGETIC, UNSURE WRITER, NO ALARM WORDS: a childminder 'not sure ... whether I should be writing at all', "
        "'probably nothing', describes an iron-shaped blistered burn on a 3-year-old who says 'Daddy put it on me', "
        "with dad collecting at 5.30 today. An immediate child-protection risk (DESIGN safety rule 1) -> urgent -> "
        "alert_duty, whatever the inbox. A member of the public's report, not a step request -> other. Burn -> "
        "physical_harm. Sent to the Early Help duty inbox because that is the address she found.",
        not_children=["Bronwen Ellery"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2071-12-07 16:38:21"
    data = itip_reply(f, when, "Priya Raman", "priya.raman@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Kyle Brannock - Mosaic 3356271 [SB-richmond_wandsworth-88]",
                      "20711209T140000", "20711209T150000", "Microsoft Teams Meeting",
                      comment="Thanks, I'll be there. Sorry - one thing I probably should have mentioned sooner. Kyle "
                              "told his teacher this afternoon that he doesn't want to go home because his dad said "
                              "he'll 'batter him' when he sees the school letter. He has finger-mark bruising on his "
                              "upper arm from last night. Mum is on a late shift till 9 so it's just him and dad "
                              "tonight. I'm not sure if that changes anything for Wednesday.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["3356271"], [ch("Kyle Brannock")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT RISK IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=ACCEPTED) to the step-up case "
        "discussion (seed 000 'Step Up Discussion': MASH business support's invitation) whose COMMENT says, with an "
        "apology and 'I'm not sure if that changes anything', that the boy has finger-mark bruising from last night, "
        "has been threatened with a beating over the school letter and will be alone with his father tonight. DESIGN "
        "safety rule 1 lists 'a meeting reply's comment' -> urgent -> alert_duty (which overrides record_reply). Case "
        "id from the SUMMARY ('Mosaic 3356271' -> '3356271'); Kyle Brannock named there, no date of birth. "
        "Bruising and threat -> physical_harm. No alarm words.",
        not_children=["Priya Raman"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2071-11-24 14:20:58"
    body = T("""
Dear MASH,

Please find attached the latest case summary for Poppy Galloway-Reid (DOB 11/01/2061) and Finn Galloway-Reid (DOB 26/09/2065), Mosaic no. 3349120. I've agreed this step up following supervision with Sam Ortega, the Early Help worker.

To be absolutely clear from the outset: there is no immediate risk here and nobody needs to do anything today. Dad moved out in August, the non-molestation order has been kept to, and the police have had no call-outs to the address since. The children are not at risk of harm from him, and MARAC closed the case in October.

The reason for the step up is the longer-term pattern since the separation. Mum's drinking has increased - she has told Sam she has "a bottle most nights" - and both children are arriving at school hungry and in the same clothes for several days. Finn has had head lice untreated for weeks. We have tried a TAF plan for four months without change.

Sam is writing up the rationale properly and I'll send it over separately tomorrow.

Best wishes,
Gideon

Gideon Farrant
Early Help Team Manager (Richmond)
Richmond and Wandsworth Councils | 020 7946 0602

""") + RDISC
    summary = ["Poppy Galloway-Reid (10), Finn Galloway-Reid (6). Mosaic no. 3349120.",
               "Parents separated August 2071; non-molestation order in place; no police call-outs since.",
               "Early Help TAF since July 2071: attendance, routines, mum's alcohol use.",
               "School: both children often hungry; Finn's head lice untreated."]
    top = outlook_top(f, addr("Farrant, Gideon", "Gideon.Farrant@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Galloway-Reid - no immediate risk", when)
    add(f, mail(f, top, body, [pdf_att("Case summary - Galloway-Reid.pdf", "Latest case summary", summary)],
                html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3349120"],
        [ch("Poppy Galloway-Reid", "2061-01-11", "11/01/2061"), ch("Finn Galloway-Reid", "2065-09-26", "26/09/2065")],
        ["neglect", "substance_misuse"], None, True, ["rationale"], None, "request_info",
        "NEAR MISS - RISK WORDS NEGATED AND RESOLVED: 'there is no immediate risk here and nobody needs to do anything "
        "today'; the father moved out, the non-molestation order kept, no call-outs, MARAC closed -> not urgent, and "
        "the domestic abuse is past -> not a concern. Seed 000 'Process to Step Up' (the Early Help Team Manager "
        "emails 'the latest case summary and the rationale'): the summary is attached but 'Sam is writing up the "
        "rationale properly and I'll send it over separately tomorrow' -> missing rationale -> request_info. The "
        "sender is the team manager: 'I've agreed this step up' -> manager true. Current worries: mum's drinking -> "
        "substance_misuse; hungry, unwashed, untreated lice -> neglect. 'Mosaic no. 3349120' -> '3349120'.",
        not_children=["Sam Ortega", "Gideon Farrant"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2071-09-14 15:03:44"
    body = T("""
Dear Early Help Hub,

I hope this is all in order - please do shout if I've missed anything, I'm still getting used to the new Mosaic forms.

I'm stepping Ibrahim Chowdhury (DOB 27/05/2060, Mosaic 1607734) and Safiya Chowdhury (DOB 08/11/2064, Mosaic 1607735) down to Early Help. The Child and Family Assessment concluded on 9 September and recommends a TAF with a Lead Practitioner; the assessment and the draft TAF plan are attached.

Mr and Mrs Chowdhury have both consented to the step down to Early Help.

Lead Practitioner: Ms Lorraine Adeyemi, Family Support Worker, Bow Children and Family Centre - she has agreed to take on the role.

I've arranged the TAF meeting for Tuesday 22nd September at 10am at Bow Children and Family Centre and will chair it.

The areas the plan covers are Ibrahim's attendance (79%) and Mrs Chowdhury's depression, for which she is now under the community mental health team.

Many thanks,
Rukhsana

Rukhsana Begum-Clarke
Social Worker | Children in Need (Bow & Mile End) | Tower Hamlets Council
020 7946 0381

""") + TDISC
    cfa = ["Children: Ibrahim Chowdhury (11), Safiya Chowdhury (6). Mosaic 1607734 / 1607735.",
           "Assessment started 22/07/2071, concluded 09/09/2071.",
           "Analysis: needs can be met by a multi-agency TAF; no role for statutory services.",
           "Recommendation: step down to Early Help with a Lead Practitioner (Bow CFC)."]
    plan = ["# Draft TAF plan - Chowdhury family",
            "Attendance: Ibrahim to 90% by February (school attendance officer; Lead Practitioner).",
            "Mum's wellbeing: CMHT appointments kept; carers' café on Fridays (Lead Practitioner).",
            "Review: first TAF review 6 weeks after the TAF meeting."]
    top = outlook_top(f, addr("Begum-Clarke, Rukhsana", "Rukhsana.Begum-Clarke@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Chowdhury - Mosaic 1607734/1607735", when)
    add(f, mail(f, top, body, [pdf_att("C&F Assessment - Chowdhury - Sept 2071.pdf", "Child and Family Assessment", cfa),
                               docx_att("TAF plan draft - Chowdhury.docx", plan)], html_alt=True),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1607734", "1607735"],
        [ch("Ibrahim Chowdhury", "2060-05-27", "27/05/2060"), ch("Safiya Chowdhury", "2064-11-08", "08/11/2064")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "COMPLETE TOWER HAMLETS STEP-DOWN FROM A TENTATIVE WRITER ('I hope this is all in order - please do shout'). "
        "Seed 001 'Stepping Down - From Child Protection/Child in Need' and 'Definitions': the most current C&F "
        "assessment (PDF), a detailed TAF plan (.docx), 'Consent should be sought from the family and a lead "
        "professional identified' ('have both consented' -> true; Ms Lorraine Adeyemi with Bow CFC) -> nothing "
        "missing -> book_meeting. The social worker has arranged and will chair the TAF (Tue 22 Sep), within 10 "
        "working days of the assessment concluding on 9 Sep. Concerns: 79% -> school_attendance; mum's depression "
        "-> parental_mental_health.",
        not_children=["Lorraine Adeyemi", "Rukhsana Begum-Clarke"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2071-10-16 14:35:12"
    text = T("""
Dear MAST team,

I hope you are well. I am sorry to write on Friday afternoon, maybe it is a small thing but I think I must tell you.

Today I visit the school for Layla Ahmadi (14 years, DOB 03/02/2057). She tell me that a man called "Jay", he is 23 or 24, he will pick her up tonight after school to go to a party in Luton and stay there the weekend. He give her a new iPhone and £200 last week. She says he is her boyfriend and I must not tell her mum. Mum does not know about him.

My manager Mrs Shirin Patel read this email and she agree I send it as step up today.

I did not do the MARF form yet, I will do it on Monday if this is okay.

Thank you very much and sorry for long email.

Fatima Zahra Benali
Early Help Practitioner
Targeted Early Help (Poplar) | Tower Hamlets Council
020 7946 0658
""")
    top = outlook_top(f, addr("Benali, Fatima Zahra", "FatimaZahra.Benali@" + TDOM), addr("MAST", TMAST),
                      "Step up - Layla Ahmadi - please read", when, cc=addr("Patel, Shirin", "Shirin.Patel@" + TDOM))
    add(f, mail(f, top, text, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, [], [ch("Layla Ahmadi", "2057-02-03", "03/02/2057")],
        ["exploitation"], None, True, ["request_for_support"], None, "alert_duty",
        "UNDERSTATED, NON-NATIVE ENGLISH ('maybe it is a small thing but I think I must tell you'), NO ALARM WORDS: a "
        "14-year-old will be picked up tonight by a 23-24-year-old 'boyfriend' who gave her a phone and money, to "
        "stay the weekend in another town, secret from her mother -> child sexual / criminal exploitation happening "
        "tonight -> urgent -> alert_duty (seed 001 'If there is an immediate child protection concern, contact MAST "
        "(0207 364 5606/5601 ...)'; DESIGN safety rule 1). As a MAST step-up (seed 001 'Step Up'; REQUIREMENTS "
        "tower_hamlets step_up: request_for_support, manager_agreed): 'I did not do the MARF form yet' -> missing "
        "request_for_support; 'My manager ... she agree I send it as step up today' -> manager true. Grooming by an "
        "adult for sex / exploitation -> exploitation (sexual_harm could be argued; see README). No case id given "
        "(not a Tower Hamlets requirement). Mum not asked -> consent null.",
        not_children=["Shirin Patel", "Fatima Zahra Benali"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2071-11-18 17:52:06"
    body = T("""
Hi MAST!!!

So sorry for the capitals but I'm off on leave from TOMORROW for THREE WEEKS and I really, really need this picked up!!!

To be clear, there's no immediate danger to the children - nothing has happened and nobody is hurt. It's that the Early Help plan has gone nowhere since June and I don't want it to drift while I'm away!!!

Children: Zayan Ali (14/02/2062) and Hafsa Ali (01/09/2066), Mosaic 1639927.

- Zayan's attendance is 58% and Hafsa's is 71%.
- Dad hasn't been at home for the last five TAF meetings and mum cancels most visits. We've tried everything - different times, home visits, an interpreter.

The completed MARF is attached. Kamal Hussain, my manager, has signed off the MARF and agrees it should go to MAST. Mum agreed to the referral when I saw her on Monday.

While I'm away please contact Kamal on 020 7946 0817!!!

THANK YOU!!!
Jess

Jess Okoro
Early Help Practitioner | Targeted Early Help (Stepney) | Tower Hamlets Council

""") + TDISC
    marf = ["Children: Zayan Ali 14/02/2062; Hafsa Ali 01/09/2066. Mosaic 1639927.",
            "Reason for request: Early Help plan not progressing since June 2071; school attendance (58% / 71%); "
            "parents not engaging with TAF.",
            "Parental consent: Yes - mother, 16/11/2071.",
            "Manager sign-off: Kamal Hussain, Team Manager, Targeted Early Help, 18/11/2071."]
    top = outlook_top(f, addr("Okoro, Jess", "Jess.Okoro@" + TDOM), addr("MAST", TMAST),
                      "URGENT URGENT - Step up + MARF - Ali family - PLEASE ACTION BEFORE I GO ON LEAVE!!!", when,
                      cc=addr("Hussain, Kamal", "Kamal.Hussain@" + TDOM), extra=[("Importance", "high")])
    add(f, mail(f, top, body, [pdf_att("MARF - Ali - Nov 2071.pdf", "Multi-Agency Request for Support (MARF)", marf)],
                html_alt=True),
        "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "step_up", False, None, ["1639927"],
        [ch("Zayan Ali", "2062-02-14", "14/02/2062"), ch("Hafsa Ali", "2066-09-01", "01/09/2066")],
        ["non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - 'URGENT URGENT' SUBJECT, CAPITALS AND '!!!' BECAUSE THE WRITER GOES ON LEAVE TOMORROW, sent at "
        "17:52: 'there's no immediate danger to the children - nothing has happened and nobody is hurt'. A complete "
        "MAST step-up (seed 001 'Step Up' and the MARF; REQUIREMENTS tower_hamlets step_up): MARF attached (PDF); "
        "'Kamal Hussain, my manager, has signed off the MARF and agrees it should go to MAST' -> manager true -> "
        "book_meeting. 'Mum agreed to the referral' -> consent true. Concerns: TAFs missed, visits cancelled -> "
        "non_engagement; 58% / 71% -> school_attendance.",
        not_children=["Kamal Hussain", "Jess Okoro"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2071-12-03 10:20:17"
    body = T("""
Hello Early Help Hub,

Please find attached the Child and Family Assessment (concluded on 30 November) and the draft TAF plan for Oliwia Nowicka (DOB 23/03/2065) and Filip Nowicki (DOB 12/08/2068), Mosaic 1644208.

Ms Nowicka has agreed to the step down and signed the consent on 1 December.

I'm afraid we haven't managed to pin down a Lead Practitioner yet. I've asked the school nurse, Joy Mbatha, who was keen, but she's waiting to hear back from her manager, so please treat that as not confirmed for now. I'll let you know as soon as I hear.

TAF meeting: I'm hoping for Thursday 10th December at 2pm at Stepney Children and Family Centre, subject to the lead practitioner.

The plan covers Filip's speech and language delay (he is under SALT and waiting for an autism assessment) and Ms Nowicka's depression.

Thanks very much,
Ciaran

Ciaran O'Halloran
Social Worker | Children in Need (Stepney & Wapping) | Tower Hamlets Council

""") + TDISC
    cfa = ["Children: Oliwia Nowicka (6), Filip Nowicki (3). Mosaic 1644208.",
           "Concluded 30/11/2071. Outcome: step down to a TAF with a Lead Practitioner.",
           "Needs: Filip's speech and language delay; mother's depression (GP, talking therapy)."]
    plan = ["# Draft TAF plan - Nowicka / Nowicki",
            "Filip: SALT sessions attended; autism assessment chased by the GP.",
            "Mum: talking therapy; stay-and-play at Stepney CFC weekly.",
            "Lead Practitioner: to be confirmed."]
    top = outlook_top(f, addr("O'Halloran, Ciaran", "Ciaran.OHalloran@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Nowicka/Nowicki - Mosaic 1644208", when)
    add(f, mail(f, top, body, [pdf_att("CFA - Nowicka Nowicki - 30.11.2071.pdf", "Child and Family Assessment", cfa),
                               docx_att("Draft TAF plan - Nowicka.docx", plan)], html_alt=True),
        "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1644208"],
        [ch("Oliwia Nowicka", "2065-03-23", "23/03/2065"), ch("Filip Nowicki", "2068-08-12", "12/08/2068")],
        ["disability_send", "parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "LEAD PRACTITIONER NOT CONFIRMED, SAID WITH A HEDGE: the school nurse 'was keen, but she's waiting to hear "
        "back from her manager, so please treat that as not confirmed' -> no agreed Lead Practitioner with an agency "
        "-> missing lead_practitioner (seed 001: 'Consent should be sought from the family and a lead professional "
        "identified'; REQUIREMENTS tower_hamlets step_down) -> request_info. (The mail does not say that none will "
        "be identified, so the pack's 'no lead practitioner' exception does not apply.) C&F assessment (PDF), TAF "
        "plan (.docx) and consent ('has agreed to the step down and signed the consent') present. Polish surnames: "
        "Oliwia Nowicka and Filip Nowicki are siblings; 'Ms Nowicka' is their mother. Speech delay / autism "
        "assessment -> disability_send; mum's depression -> parental_mental_health.",
        not_children=["Joy Mbatha", "Ciaran O'Halloran"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2071-10-28 13:26:33"
    ack = ack_text("step-down", "SB-tower_hamlets-173",
                   ["Case: Mosaic 1631150", "Children: Ayaan Miah (04/06/2071)"],
                   ["confirmation that the family consents to the step-down"])
    body = T("""
Hi,

Attaching the signed consent form as requested.

Probably nothing, but I thought I'd better mention it while I'm writing: mum rang me at lunchtime and sounded very flat. She said she's "done with all of it", that she's been saving up her tablets and there are "enough now". She's on her own with Ayaan until dad gets back from work at about 10 tonight. I said I'd ring her back after my 2 o'clock.

Sorry - I know this is meant to be a step down!

Anjali

Anjali Mistry
Social Worker | Children in Need (Poplar) | Tower Hamlets Council
020 7946 0462
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "27 October 2071 09:12",
             "Mistry, Anjali <Anjali.Mistry@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-173] Step-down request received - Miah", ack)
    consent = ["Child: Ayaan Miah, DOB 04/06/2071. Mosaic 1631150.",
               "I agree to my family receiving support from Early Help and to information being shared with the "
               "Lead Practitioner.",
               "Signed: R. Miah (mother)   Date: 27/10/2071"]
    top = outlook_top(f, addr("Mistry, Anjali", "Anjali.Mistry@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-173] Step-down request received - Miah", when)
    add(f, mail(f, top, body, [pdf_att("Consent form signed - Miah.pdf", "Early Help consent", consent)], html_alt=True),
        "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["1631150"], [ch("Ayaan Miah", "2071-06-04", "04/06/2071")],
        ["parental_mental_health"], True, None, [], None, "alert_duty",
        "'PROBABLY NOTHING, BUT' IN A ROUTINE FOLLOW-UP: a reply to stepbot's acknowledgement [SB-tower_hamlets-173] "
        "that adds the signed consent form, and then says the mother is 'done with all of it', has been 'saving up "
        "her tablets' ('enough now'), and is alone with the 4-month-old until 10 tonight. A suicide risk with a baby "
        "in her sole care today -> urgent -> alert_duty (overrides attach_to_request; DESIGN: urgent 'whatever its "
        "kind'; seed 001 MAST emergency numbers). Consent form attached and signed -> consent true. Child and case "
        "id from the quoted acknowledgement ('Mosaic 1631150' -> '1631150'); its 'What is missing:' heading is no "
        "concern. Concern -> parental_mental_health. Sent on the first Wednesday after BST ended (+0000).",
        not_children=["Anjali Mistry"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2071-09-29 09:00:04"
    text = T("""
!!! IMPORTANT - NEW MULTI-AGENCY REQUEST FOR SUPPORT (MARF) FORM FROM THURSDAY 1 OCTOBER !!!

PLEASE READ - ALL PARTNERS!!!

From THURSDAY 1 OCTOBER only the NEW MARF (version 7) will be accepted. Forms on the OLD template WILL BE RETURNED to the sender!!! Please delete any saved copies NOW!!!

What has changed:
- a new section for the child's own words
- consent is now a tick box PLUS the parent's name and the date consent was given
- the manager sign-off box is now mandatory

REMEMBER: the form is never a reason to delay. If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of hours in an emergency only 0207 364 4079) and follow up with the form. If it is an emergency call the police on 999. For example: a child tells you a parent has hit them and you can see marks; a baby has been left alone; a young person says they are meeting an adult they met online tonight - PHONE, DON'T EMAIL.

Briefings: Tuesday 6 October 12:30 and Thursday 8 October 16:00 (both on Teams).

Tower Hamlets Safeguarding Children Partnership

You are receiving this because you are on the partnership mailing list. To unsubscribe, reply with UNSUBSCRIBE in the subject.
""")
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt">
<div style="background:#B50E2B;color:#FFFFFF;padding:10px"><b>!!! IMPORTANT - NEW MULTI-AGENCY REQUEST FOR SUPPORT (MARF) FORM FROM THURSDAY 1 OCTOBER !!!</b></div>
<p><b>PLEASE READ - ALL PARTNERS!!!</b></p>
<p>From <b>THURSDAY 1 OCTOBER</b> only the <b>NEW MARF (version 7)</b> will be accepted. Forms on the OLD template <b>WILL BE RETURNED</b> to the sender!!! Please delete any saved copies <b>NOW</b>!!!</p>
<p>What has changed:</p>
<ul><li>a new section for the child's own words</li><li>consent is now a tick box PLUS the parent's name and the date consent was given</li><li>the manager sign-off box is now mandatory</li></ul>
<p style="border-left:4px solid #B50E2B;padding-left:8px"><b>REMEMBER:</b> the form is never a reason to delay. If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of hours in an emergency only 0207 364 4079) and follow up with the form. If it is an emergency call the police on 999. For example: a child tells you a parent has hit them and you can see marks; a baby has been left alone; a young person says they are meeting an adult they met online tonight - <b>PHONE, DON'T EMAIL</b>.</p>
<p>Briefings: Tuesday 6 October 12:30 and Thursday 8 October 16:00 (both on Teams).</p>
<p>Tower Hamlets Safeguarding Children Partnership</p>
<p style="font-size:8pt;color:#777777">You are receiving this because you are on the partnership mailing list. To unsubscribe, reply with UNSUBSCRIBE in the subject.</p>
</body></html>
""")
    top = [("From", addr("THSCP Bulletin", "bulletin@thscp.example.org")),
           ("To", addr("Early Help Hub", TEH)),
           ("Subject", "!!! IMPORTANT - NEW MARF FROM THURSDAY 1 OCTOBER - OLD FORMS WILL BE RETURNED !!!"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "thscp.example.org")),
           ("List-Id", "THSCP partners <partners.thscp.example.org>"),
           ("List-Unsubscribe", "<mailto:bulletin@thscp.example.org?subject=UNSUBSCRIBE>")]
    add(f, alt_mail(f, top, text, h), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN IN CAPITALS AND '!!!' ABOUT A NEW FORM (policy, not a case): it quotes "
        "seed 001's MAST emergency numbers and lists EXAMPLES of immediate concerns (a child hit with marks, a baby "
        "left alone, a young person meeting an adult tonight) - DESIGN safety rule 1: 'bulletins that list examples, "
        "must not trigger it'. No child, no family. A newsletter -> other -> human_review (List-Id, no "
        "Auto-Submitted: not an auto-reply).")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2071-09-21 10:02:19"
    data = ooo(f, when, "Adeyemi, Lorraine", "Lorraine.Adeyemi@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-151] TAF meeting Tue 22 Sep - Chowdhury - council attendees",
               T("""
Thank you for your email. I am on annual leave until Monday 28 September and will not be checking my emails.

If your message is urgent, please contact Bow Children and Family Centre on 020 7946 0553. If you have an immediate child protection concern please call MAST on 0207 364 5606 or, in an emergency, 999.

Lorraine Adeyemi
Family Support Worker | Bow Children and Family Centre
"""))
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "OUT-OF-OFFICE ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress) from the Lead "
        "Practitioner of tower_hamlets_01, answering stepbot's [SB-tower_hamlets-151] mail about the TAF meeting. "
        "'urgent', 'immediate child protection concern' and 999 are boilerplate. auto_reply -> ignore (DESIGN safety "
        "rule 2: never answered). That she is away for the TAF on 22 Sep is for a person to notice, not the parser.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2071-12-10 11:48:31"
    blocks = [
        "Hi Early Help Hub,",
        "",
        "{{PLEASE NOTE BEFORE ANYONE READS THE CHRONOLOGY!!!}} The incident with the knife was in MARCH 2068. Dad was "
        "convicted of wounding, he has had NO contact with Tiana since, and he now lives in Scotland. It is NOT a "
        "current concern and I really don't want the Early Help worker going in on edge about it!!!",
        "",
        "Right - the actual request!",
        "",
        "Child: Tiana Grant, DOB 30/06/2058, Mosaic 1652093.",
        "",
        "Mum has signed the consent to Early Help (3 December).",
        "",
        "Lead Practitioner: Mr Dwayne Ellington, Youth Worker, Stepney Green Youth Hub - agreed at the final CIN "
        "review on 8 December.",
        "",
        "The draft TAF plan is attached. The C&F assessment will follow once it's been signed off by my manager next "
        "week - sorry, she's been off.",
        "",
        "What's left to work on is Tiana's attendance (83%) and her confidence at school.",
        "",
        "Thanks,",
        "Nkechi",
        "",
        "Nkechi Obi | Social Worker | Children in Need (Stepney) | Tower Hamlets Council",
        "",
        TDISC.strip(),
    ]
    plan = ["# Draft TAF plan - Tiana Grant",
            "Attendance: 95% by Easter (school; Lead Practitioner).",
            "Confidence: youth hub girls' group on Wednesdays (Lead Practitioner).",
            "Mum: parenting teenagers course (Stepney CFC)."]
    top = outlook_top(f, addr("Obi, Nkechi", "Nkechi.Obi@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Tiana Grant - PLEASE READ THE NOTE ABOUT THE CHRONOLOGY!!!", when)
    add(f, word_mail(f, top, blocks, [docx_att("Draft TAF plan - Tiana Grant.docx", plan)]),
        "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1652093"], [ch("Tiana Grant", "2058-06-30", "30/06/2058")],
        ["school_attendance"], True, None, ["assessment"], None, "request_info",
        "NEAR MISS - BOLD CAPITALS AND '!!!' ABOUT A HISTORIC INCIDENT: a knife incident in March 2068, the father "
        "convicted, no contact since, living elsewhere; 'It is NOT a current concern' -> not urgent, no physical_harm "
        "or domestic_abuse concern. Seed 001 step-down ('the most current Child and Family Assessment will be shared "
        "with the early help lead Practitioner'; REQUIREMENTS tower_hamlets step_down: assessment): 'The C&F "
        "assessment will follow once it's been signed off' -> missing assessment -> request_info. TAF plan attached, "
        "consent signed -> true, Lead Practitioner Mr Dwayne Ellington with his youth hub. 83% -> school_attendance.",
        not_children=["Dwayne Ellington", "Nkechi Obi"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2071-09-08 11:15:52"
    body = T("""
Good morning Early Help,

I hope you all had a good summer. Could we please have a triage slot for the Yeo children, whom I'd like to step down to level 3 Early Help following their Single Assessment?

Lowenna Yeo - DOB 17/02/2063
Jowan Yeo - DOB 04/05/2067 (so I think he'll need the under-5s triage)
LCS-3310921

The Single Assessment with my analysis is attached. My team manager, Kerenza Hosking, has recorded her manager's analysis confirming the threshold is met for level 3 intervention - it's on the last page.

Mum has given her consent for level 3 Early Help; I went through it with her on Friday.

The main concern was home conditions (neglect). They have improved a great deal over the summer with the family support worker's help, but they still need some oversight.

Thank you - and sorry if I've sent this to the wrong place, I'm covering for a colleague.

Morwenna

Morwenna Pascoe
Social Worker | Single Assessment Team | Torbay Council
01632 960 377

""") + BDISC
    sa = ["Children: Lowenna Yeo (8), Jowan Yeo (4). LCS-3310921.",
          "Social worker's analysis: home conditions have improved (clean kitchen, beds and bedding, regular meals) "
          "but remain fragile; mother engaging well; needs a level 3 coordinated response rather than level 4.",
          "Rationale for step down: no further statutory intervention needed; high level of need remains.",
          "Team Manager's analysis: I confirm the threshold is met for level 3 intervention. K. Hosking, Team "
          "Manager, 04/09/2071."]
    top = outlook_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down to level 3 - Yeo", when)
    add(f, mail(f, top, body, [pdf_att("Single Assessment - Yeo - Sept 2071.pdf", "Single Assessment", sa)], html_alt=True),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3310921"],
        [ch("Lowenna Yeo", "2063-02-17", "17/02/2063"), ch("Jowan Yeo", "2067-05-04", "04/05/2067")],
        ["neglect"], True, True, [], None, "book_meeting",
        "COMPLETE TORBAY STEP-DOWN FROM THE SINGLE ASSESSMENT TEAM, APOLOGETIC IN TONE. Seed 002 'Step down process "
        "from Single Assessment Team' steps 1-3: the Single Assessment with the social worker's analysis (PDF), 'Team "
        "Manager records manager's analysis confirming threshold met for level 3 intervention' (stated in the body "
        "and on the PDF's last lines -> manager true), 'consent for level 3 early help' ('Mum has given her consent' "
        "-> true) -> nothing missing -> book_meeting. Jowan is 4, so the fortnightly under-5s triage applies ('step "
        "downs for under 5's heard fortnightly - AFC attending'). 'level 3' stated -> level 3. Home conditions -> "
        "neglect.",
        not_children=["Kerenza Hosking", "Morwenna Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2071-10-01 10:07:45"
    text = T("""
Contact to MASH - step up from level 3

Child: Jayden Coombe, DOB 12/12/2064. EHM-744219.
Lead professional: Gareth Pengelly, Family Support Worker, Torbay Early Help, 01632 960451.

08:50 Jayden arrived at breakfast club (Paignton Sands Primary). Staff changed him after he wet himself.
Seen: three parallel linear bruises, approx 4cm each, left upper thigh, purple/red.
Jayden's words (verbatim, to TA Mrs Luscombe): "Dad did it with his belt because I wet the bed again."
Father (Lee Coombe) is due to collect Jayden at 15:15 today.
Mother works away Monday to Friday.

Consent: not sought. Asking the parents may place Jayden at further harm.
Discussed with my team manager, Rob Ashdown, at 09:30: we agree this needs considering for level 4 today.

Gareth Pengelly
""")
    top = plain_top(f, addr("Pengelly, Gareth", "Gareth.Pengelly@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - Jayden Coombe - EHM-744219", when, BDOM, "Microsoft Outlook 16.0",
                    cc=addr("Ashdown, Rob", "Rob.Ashdown@" + BDOM))
    add(f, build(top, text_part(text, cte="7bit", crlf=True), True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-744219"], [ch("Jayden Coombe", "2064-12-12", "12/12/2064")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "RISK STATED FLATLY AND CLINICALLY, NO ALARM WORDS: a 6-year-old with three parallel belt-mark bruises who says "
        "'Dad did it with his belt', and the father collects him at 15:15 today -> urgent -> alert_duty (DESIGN safety "
        "rule 1). Seed 002 'Step up processes from level 3 to level 4', step 2: 'a contact should be made to MASH with "
        "parental consent' and 'The worker and team manager should agree' -> REQUIREMENTS torbay step_up: consent, "
        "manager_agreed. 'Consent: not sought' (deliberately, to avoid further harm) -> consent null -> missing "
        "consent; 'we agree this needs considering for level 4' with the team manager -> manager true. Belt marks -> "
        "physical_harm. Plain 7-bit text/plain only.",
        not_children=["Lee Coombe", "Rob Ashdown", "Gareth Pengelly"])

def torbay_03():
    f = "torbay_03.eml"; when = "2071-11-11 15:30:27"
    body = T("""
Hi MASH,

Sorry for the shouty subject line!!! I've just been reading the old file before making this contact and I'm honestly SHOCKED - mum's ex-partner, Darren Voisey, was convicted in 2062 of causing grievous bodily harm to a baby!!! Nobody told me!!!

BUT - before anyone worries - he is serving a long sentence at HMP Haldon Moor, he has had no contact with mum or the children since 2063 and there's a restraining order. So that is NOT why I'm writing, it's just in the chronology and I didn't want it to jump out at you!!!

Why I'm writing: I'd like MASH to consider the Vosper-Lane children for level 4.
Kai Vosper-Lane, DOB 03/03/2062
Skye Vosper-Lane, DOB 18/10/2066
EHM-745803

We've had a level 3 plan since March. Mum hasn't engaged - she has missed 9 of the last 12 visits and none of the actions are done. The house has got worse: no beds for the children (they sleep on a mattress in the lounge), very little food, and Skye's teeth are badly decayed with two dental appointments missed.

Mum agrees to the contact to MASH (reluctantly!). My team manager, Bex Harvey, agrees it needs to be considered for level 4.

Thanks,
Kayleigh

Kayleigh Rowe | Early Help Practitioner (Torquay) | Torbay Council | 01632 960 208

""") + BDISC
    top = outlook_top(f, addr("Rowe, Kayleigh", "Kayleigh.Rowe@" + BDOM), addr("Torbay MASH", BMASH),
                      "!!! PLEASE READ - step up contact - Vosper-Lane !!!", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-745803"],
        [ch("Kai Vosper-Lane", "2062-03-03", "03/03/2062"), ch("Skye Vosper-Lane", "2066-10-18", "18/10/2066")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "NEAR MISS - ALARMED ('SHOCKED', '!!!') ABOUT A HISTORIC CONVICTION: the ex-partner's 2062 conviction for "
        "harming a baby, but he is in prison, has had no contact since 2063 and there is a restraining order; 'that "
        "is NOT why I'm writing' -> not urgent, not a concern. The contact itself (seed 002 'Step up processes from "
        "level 3 to level 4', step 2) is complete: 'Mum agrees to the contact to MASH (reluctantly!)' -> consent "
        "true; 'My team manager ... agrees it needs to be considered for level 4' -> manager true -> book_meeting "
        "(MASH threshold discussion). Concerns: missed visits, actions not done -> non_engagement; no beds, little "
        "food, untreated teeth -> neglect.",
        not_children=["Darren Voisey", "Bex Harvey", "Kayleigh Rowe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2071-12-07 09:12:36"
    body = T("""
Morning all,

Please may I request a triage slot for Harvey Stentiford (DOB 19/10/2060) and Ivy Stentiford (DOB 02/02/2069), LCS-3341876. I'm proposing a step down to level 3 now that the CIN plan has met its outcomes.

The Single Assessment is attached. Mum gave her consent to level 3 Early Help at the CIN review last Thursday.

My team manager is aware and I don't imagine she'll have any issue with it - she's on leave until Wednesday, so she hasn't added her analysis yet. I hope that's all right.

The remaining worry is dad's cannabis use, which is much reduced - he is engaging with the drug and alcohol service - plus support with Ivy's nursery place.

Ivy is 2, so I think it'll be the under-5s triage?

Thanks,
Ewan

Ewan Polglase
Social Worker | Safeguarding and Supporting Families Team | Torbay Council

""") + BDISC
    sa = ["# Single Assessment - Stentiford",
          "Children: Harvey Stentiford (11), Ivy Stentiford (2). LCS-3341876.",
          "Social worker's analysis: CIN outcomes met; father's cannabis use reduced and he is engaging with the "
          "drug and alcohol service; a level 3 coordinated response is recommended.",
          "Team Manager's analysis: (to be added)"]
    top = outlook_top(f, addr("Polglase, Ewan", "Ewan.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - Stentiford", when)
    add(f, mail(f, top, body, [docx_att("SA - Stentiford - Dec 2071.docx", sa)], html_alt=True),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3341876"],
        [ch("Harvey Stentiford", "2060-10-19", "19/10/2060"), ch("Ivy Stentiford", "2069-02-02", "02/02/2069")],
        ["substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "MANAGER AGREEMENT ONLY ASSUMED: 'My team manager is aware and I don't imagine she'll have any issue with it - "
        "she's on leave ... hasn't added her analysis yet'; the Single Assessment's 'Team Manager's analysis: (to be "
        "added)'. Seed 002: 'Team Manager records manager's analysis confirming threshold met for level 3 "
        "intervention' (REQUIREMENTS torbay step_down: manager_agreed) -> manager null -> missing manager_agreed -> "
        "request_info. Assessment attached (.docx) and 'Mum gave her consent to level 3 Early Help' -> true. 'step "
        "down to level 3' -> level 3. Ivy is 2 -> the under-5s triage. Dad's cannabis use -> substance_misuse.",
        not_children=["Ewan Polglase"])

def torbay_05():
    f = "torbay_05.eml"; when = "2071-11-13 12:41:07"
    text = T("""
Hi,

Not sure if this is one for you - sorry! Mrs Tozer is off today and the head is out on the Year 4 trip, so I'm forwarding it just in case. I haven't really read it properly.

Thanks,
Debbie
School Office

---------- Forwarded message ---------
From: Hannah Cleave <h.cleave@brixhamharbour.example.sch.uk>
Date: Fri, 13 Nov 2071 at 12:22
Subject: Lily-Grace
To: Brixham Harbour Office <office@brixhamharbour.example.sch.uk>


Debbie, can you get this to Mrs Tozer as soon as she's back please.

Lily-Grace Penhaligon (6C) stayed behind after lunch and told me that her stepdad "comes in my bed at night and touches me where my pants go". She said it happened again last night. Mum is away at her nan's in Plymouth until Sunday so it's "just me and him" this weekend. She begged me not to tell anyone. She's back in class with me now; home time is 3.15.

Hannah Cleave
Year 6 teacher
""")
    top = gmail_top(f, addr("Brixham Harbour Office", "office@brixhamharbour.example.sch.uk"), BEH,
                    "Fwd: Lily-Grace", when)
    add(f, gmail_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Lily-Grace Penhaligon")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT DISCLOSURE IN A FORWARDED MESSAGE UNDER AN APOLOGETIC 'not sure if this is one for you ... I haven't "
        "really read it properly' from a school office: a Year 6 girl discloses her stepfather's sexual abuse, again "
        "last night, and she is alone with him all weekend, home time 3.15 -> urgent -> alert_duty (DESIGN safety rule "
        "1: 'quoted and forwarded history'). No alarm words. Not a step request and sent to the Early Help inbox -> "
        "other. Named in full, no date of birth. -> sexual_harm.",
        not_children=["Hannah Cleave"])

def torbay_06():
    f = "torbay_06.eml"; when = "2071-10-26 08:55:40"
    data = itip_reply(f, when, "Charlotte Widdicombe", "Charlotte.Widdicombe@" + BDOM, ("Early Help", BEH), "DECLINED",
                      "Early Help triage - Tremaine - LCS-3329014 [SB-torbay-412]",
                      "20711027T093000", "20711027T100000", "Microsoft Teams Meeting",
                      comment="I CANNOT DO THIS SLOT!!! I'm in court ALL DAY on Tuesday for a final hearing - nobody "
                              "checked my diary!!! PLEASE can we have Tuesday 3rd November instead?!! Sorry for "
                              "shouting but this is the THIRD time this has happened!!!")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, ["LCS-3329014"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - A SHOUTING MEETING REPLY ABOUT A DIARY CLASH: an Outlook iTIP REPLY, PARTSTAT=DECLINED, to the "
        "Tuesday-morning triage slot (seed 002: 'Cases identified allocated triage slot within 5 working days at weekly "
        "triage meeting (Tuesday mornings). Triage slot to be confirmed to social worker'), whose COMMENT is in "
        "capitals with '!!!' because she is in court. No child at risk -> not urgent -> record_reply. Case id from "
        "the SUMMARY. Sent Mon 26 Oct 2071, the first working day after BST ended (+0000).",
        not_children=["Charlotte Widdicombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2071-11-24 11:02:14"
    body = T("""
Dear MASH,

I'm making this contact so that the Trebilcock children can be considered for a level 4 single assessment. I should say straight away that the immediate situation has been dealt with: police attended on Saturday night after dad assaulted mum, he was arrested and has been remanded in custody until his trial in the new year (bail was refused), and mum and the children are staying with her mother in Paignton. A strategy discussion was held yesterday; the DASH was high risk and the case is going to MARAC on 3 December. The children were not hurt and are safe where they are.

Noah Trebilcock, DOB 14/04/2063
Evie Trebilcock, DOB 09/09/2067
EHM-746120

The reason for the contact is the longer pattern - this is the fourth police call-out this year and the level 3 plan hasn't made the difference we hoped.

Consent: I discussed the contact with mum yesterday and she has said, politely but quite firmly, that she does not consent. She feels she has "had enough of people" and wants to get on with things now he's away. I've recorded that.

My manager, Sam Heard, and I agree this information needs to be considered for level 4.

Kind regards,
Priya

Priya Nankivell
Family Support Worker (Lead Professional) | Torbay Early Help | 01632 960 264

""") + BDISC
    top = outlook_top(f, addr("Nankivell, Priya", "Priya.Nankivell@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Trebilcock - for level 4 consideration", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-746120"],
        [ch("Noah Trebilcock", "2063-04-14", "14/04/2063"), ch("Evie Trebilcock", "2067-09-09", "09/09/2067")],
        ["domestic_abuse"], False, True, ["consent"], None, "request_info",
        "NEAR MISS - A RISK ALREADY HANDLED: assault, arrest, DASH high risk, MARAC - but the father is remanded in "
        "custody, the family is with the grandmother, a strategy discussion has been held and 'The children were not "
        "hurt and are safe where they are' -> not urgent. The contact (seed 002 'Step up processes from level 3 to "
        "level 4', step 2: 'a contact should be made to MASH with parental consent') has consent REFUSED, politely: "
        "'she does not consent' -> consent false -> missing consent -> request_info; 'My manager ... and I agree this "
        "information needs to be considered for level 4' -> manager true. The pattern of police call-outs -> "
        "domestic_abuse (a current concern for the level 4 consideration).",
        not_children=["Sam Heard", "Priya Nankivell"])

def torbay_08():
    f = "torbay_08.eml"; when = "2071-09-09 09:40:11"
    ack = ack_text("step-down", "SB-torbay-377", ["Case: LCS-3316540", "Children: Bryony Kitto, Jack Kitto"], [])
    body = T("""
Hi,

I'm so sorry - I'm clearly having one of those weeks. I attached the wrong Single Assessment yesterday (it was for a different family - please could you delete it and not pass it on?). The right one for Bryony Kitto and Jack Kitto is attached now.

Apologies again, and thank you for your patience.

Danielle

Danielle Eastcott | Social Worker | Single Assessment Team | Torbay Council
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "08 September 2071 16:02",
             "Eastcott, Danielle <Danielle.Eastcott@torbay.gov.uk>",
             "[SB-torbay-377] Step-down request received - Kitto", ack)
    sa = ["Children: Bryony Kitto (9), Jack Kitto (5). LCS-3316540.",
          "Analysis: parenting capacity improved; the children's needs can be met at level 3.",
          "Team Manager's analysis: threshold for level 3 met."]
    top = outlook_top(f, addr("Eastcott, Danielle", "Danielle.Eastcott@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-377] Step-down request received - Kitto", when)
    add(f, mail(f, top, body, [pdf_att("Single Assessment - Kitto - Sept 2071.pdf", "Single Assessment", sa)],
                html_alt=True),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-3316540"], [ch("Bryony Kitto"), ch("Jack Kitto")],
        [], None, None, [], None, "attach_to_request",
        "APOLOGETIC FOLLOW-UP: a reply to stepbot's acknowledgement [SB-torbay-377] replacing a wrongly attached Single "
        "Assessment (seed 002 step 1). Adds a document to an existing request -> follow_up -> attach_to_request; "
        "missing [] for a follow-up. The wrong attachment was another family's (a data matter for a person), not a "
        "child at risk. Children and case id as written in the new text and the quoted acknowledgement, no dates of "
        "birth in the mail.",
        not_children=["Danielle Eastcott"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2071-09-02 14:22:08"
    body = T("""
Dear Early Help Co-ordinators,

I hope I've done this right - it's my first step down on the new form, so please forgive any howlers.

Following the Child & Family Assessment, the Pritchard children's remaining needs are at Intensive (level 3) and Mrs Pritchard is in agreement with a step down to Early Help. I discussed the plan with Verity at last Tuesday's drop-in.

Carys Pritchard - 15/06/2059 - Mosaic 712340
Osian Pritchard - 02/12/2063 - Mosaic 712341
Megan Pritchard - 27/03/2068 - Mosaic 712342

Attached: the Early Help Assessment step-down plan, and Mrs Pritchard's signed consent form.

Key person: Mrs Delyth Morgan, Family Support Worker at Kington Primary School, who has agreed to lead on the step down.

The main area of need is Mrs Pritchard's depression since Mr Pritchard's death last year; she is now under the community mental health team and doing much better.

With thanks,
Gethin

Gethin Probert
Social Worker | Children's Assessment Team (North West) | Herefordshire Council
01632 960 415

""") + HDISC
    plan = ["# Early Help Assessment - Step Down plan - Pritchard",
            "What are we worried about? Mum's low mood since the children's father died; Carys taking on jobs at "
            "home; Megan's nursery attendance.",
            "What's working well? Mum under the community mental health team; grandparents nearby; all three children "
            "settled at school and nursery.",
            "Wellbeing plan (what needs to happen - by whom - outcome - timescale):",
            "Weekly check-in with Mrs Morgan (Kington Primary) - mum supported - from September.",
            "Bereavement support for Carys and Osian (school counsellor) - by half term.",
            "Details of Key Person: Mrs Delyth Morgan, Family Support Worker, Kington Primary School."]
    consent = ["I agree to my family receiving Early Help support and to the step-down plan being shared with the "
               "key person.",
               "Children: Carys, Osian and Megan Pritchard.",
               "Signed: E. Pritchard (mother)   Date: 28/08/2071"]
    top = outlook_top(f, addr("Probert, Gethin", "Gethin.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Pritchard children", when)
    add(f, mail(f, top, body, [docx_att("EHA step down plan - Pritchard.docx", plan),
                               pdf_att("Signed consent - Pritchard.pdf", "Early Help consent form", consent)],
                html_alt=True),
        "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["712340", "712341", "712342"],
        [ch("Carys Pritchard", "2059-06-15", "15/06/2059"), ch("Osian Pritchard", "2063-12-02", "02/12/2063"),
         ch("Megan Pritchard", "2068-03-27", "27/03/2068")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "COMPLETE HEREFORDSHIRE SIBLING-GROUP STEP-DOWN FROM A SELF-DEPRECATING WRITER ('please forgive any "
        "howlers'). Seed 003: 'the social worker will obtain written consent, identify a key person with the family, "
        "complete an Early Help Assessment step-down plan, and following a discussion with an early help "
        "co-ordinator, send it through'; 'The step can now be started via a sibling group'. Signed consent form "
        "(PDF), step-down plan (.docx), key person Mrs Delyth Morgan with her school -> nothing missing -> "
        "book_meeting. 'Intensive (level 3)' -> level 3. Mosaic ids as bare numbers. Mum's depression -> "
        "parental_mental_health. Written consent -> consent true.",
        not_children=["Delyth Morgan", "Gethin Probert"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2071-10-06 15:58:44"
    text = T("""
Hi, sorry, bit of a situation.

I'm at Sadie Price's flat in Leominster (14 Ryelands Court). Sadie was taken to hospital by ambulance about 20 minutes ago after taking a lot of her tablets - the paramedics think it was on purpose. There's no other adult here. Harlow Price (5) and Ruben Price (2) are with me. The neighbour was sitting with them but she's had to go to work. Dad's whereabouts unknown, no family nearby that I know of.

Not ideal. I can stay till about 5 but then I have to get my own two.

I guess this might need to be a step up? Sorry if this is the wrong inbox.

Rosie
Early Help Family Support Worker
07700 900612

Sent from Outlook for Android
""")
    top = plain_top(f, addr("Whitcombe, Rosie", "Rosie.Whitcombe@" + HDOM), addr("MASH", HMASH),
                    "Step up? bit of a situation - Price", when, HDOM, None)
    add(f, phone_plain(f, top, text), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [], [ch("Harlow Price"), ch("Ruben Price")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "UNDERSTATEMENT - 'bit of a situation', 'Not ideal': the mother has been taken to hospital after a deliberate "
        "overdose, the 5- and 2-year-old have no adult but the Early Help worker, who must leave at 5, and no family "
        "is known. Children without a carer tonight -> an immediate need for protective action (DESIGN safety rule 1) "
        "-> urgent -> alert_duty. The worker asks whether it is 'a step up': Herefordshire's seed 003 defines no "
        "step-up (REQUIREMENTS: 'step_up is not defined by this seed'), so a non-urgent one would be human_review "
        "with missing []; urgency overrides. No alarm words. Outlook for Android: one base64 text/plain part, LF. "
        "Overdose -> parental_mental_health. Ages only, no dates of birth.",
        not_children=["Sadie Price"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2071-10-12 08:31:19"
    body = T("""
Good morning,

URGENT!!! I'm SO sorry!!! This plan should have been with you on Friday - the assessment decision was on 25 September, so it's now past the two weeks and I'm mortified!!! Please, please don't escalate it to Wilfred - it's entirely my fault, not the family's!!!

(Nothing has gone wrong for Tegan, I should say - she's fine, there are no child protection concerns, and the MACE screening in the summer found no exploitation concerns. It's just my paperwork that's late!!!)

Tegan Hughes, DOB 08/03/2056, Mosaic 718093.

Attached: the Early Help Assessment step-down plan and Tegan's mum's signed consent form.

Key person: Mr Tom Eckley, Pastoral Lead, Bromyard Academy - he has agreed to lead and has already met Tegan and her mum.

Needs: Tegan's attendance (76%) after a difficult start to Year 11, and help for mum with routines.

Thank you, and sorry again!!!
Liam

Liam Garside | Social Worker | Assessment Team (Bromyard & Ledbury) | Herefordshire Council

""") + HDISC
    plan = ["# Early Help Assessment - Step Down plan - Tegan Hughes",
            "What are we worried about? Attendance 76%; Tegan's low mood about exams.",
            "What's working well? Good relationship with Mr Eckley; mum committed to the plan.",
            "Wellbeing plan: attendance plan with the pastoral team (Mr Eckley, weekly review, by Christmas); "
            "revision timetable (school); mum to attend the parents' evening (mum).",
            "Details of Key Person: Mr Tom Eckley, Pastoral Lead, Bromyard Academy."]
    consent = ["Young person: Tegan Hughes. Mosaic 718093.",
               "I consent to Early Help support for my family and to the plan being shared with the key person.",
               "Signed: C. Hughes (mother)   Date: 02/10/2071"]
    top = outlook_top(f, addr("Garside, Liam", "Liam.Garside@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "URGENT!!! Step down plan OVERDUE - Tegan Hughes - SO SORRY!!!", when,
                      extra=[("Importance", "high")])
    add(f, mail(f, top, body, [docx_att("Step down plan - Tegan Hughes.docx", plan),
                               pdf_att("Consent - Hughes - signed.pdf", "Early Help consent form", consent)],
                html_alt=True),
        "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["718093"], [ch("Tegan Hughes", "2056-03-08", "08/03/2056")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - 'URGENT!!!' AND 'OVERDUE' IN CAPITALS ABOUT A LATE PLAN: seed 003 asks for the plan 'within two "
        "weeks' of the decision (25 September), and the co-ordinator manager escalates; the writer is mortified "
        "about the paperwork, and says 'she's fine, there are no child protection concerns, and the MACE screening "
        "... found no exploitation concerns' (negated). The request is complete (REQUIREMENTS herefordshire "
        "step_down: consent_form, draft_plan, lead_practitioner): signed consent PDF, step-down plan .docx, key "
        "person Mr Tom Eckley with his academy -> book_meeting. No level written -> null. 76% -> school_attendance. "
        "Tegan is 15.",
        not_children=["Tom Eckley", "Liam Garside"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2071-11-19 12:10:55"
    body = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan for Lola Bramwell (DOB 22/05/2065, Mosaic 720554), following our chat at Tuesday's drop-in.

I've also attached the consent form, although I should say, to be completely transparent, that mum hasn't actually signed it yet. She was keen in principle, but wanted to read it through properly with her partner first, which seemed entirely fair. I'm seeing her on Tuesday and will send the signed copy then.

Key person: Sarah-Jane Bevan, Early Help Family Support, Herefordshire Council - agreed with mum and with Sarah-Jane last week.

Lola's needs: her teeth (four extractions in the summer after missed dental appointments), missed health appointments generally, and help for mum with routines. The home is much improved.

Many thanks,
Marek

Marek Zielinski
Social Worker | Children's Assessment Team (Hereford City) | Herefordshire Council

""") + HDISC
    plan = ["# Early Help Assessment - Step Down plan - Lola Bramwell",
            "What are we worried about? Dental health (four extractions, summer 2071); missed health appointments.",
            "What's working well? Home conditions improved; mum's partner supportive; Lola happy at school.",
            "Wellbeing plan: dental check every 3 months (mum, Sarah-Jane to remind); health visitor review; "
            "morning routine chart (mum).",
            "Details of Key Person: Sarah-Jane Bevan, Early Help Family Support, Herefordshire Council."]
    form = ["Herefordshire Council - consent to Early Help",
            "Child: Lola Bramwell   Date of birth: 22/05/2065",
            "I agree to my family receiving Early Help and to information being shared with the key person.",
            "Parent/carer name: ______________________",
            "Signature: ______________________   Date: ____ / ____ / ________"]
    top = outlook_top(f, addr("Zielinski, Marek", "Marek.Zielinski@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Lola Bramwell", when)
    add(f, mail(f, top, body, [docx_att("EHA step down plan - Lola Bramwell.docx", plan),
                               pdf_att("Consent form - Bramwell.pdf", "Consent form", form)], html_alt=True),
        "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["720554"], [ch("Lola Bramwell", "2065-05-22", "22/05/2065")],
        ["neglect"], None, None, ["consent_form"], None, "request_info",
        "AN UNSIGNED CONSENT FORM, DISCLOSED POLITELY: 'to be completely transparent ... mum hasn't actually signed it "
        "yet. She was keen in principle, but wanted to read it through properly with her partner first'. Seed 003: "
        "'the social worker will obtain written consent' (REQUIREMENTS herefordshire step_down: consent_form). The "
        "attached PDF is the blank form (name, signature and date empty): it is not written consent -> missing "
        "consent_form -> request_info; consent itself not yet given -> null. Plan (.docx) and key person "
        "(Sarah-Jane Bevan, Early Help Family Support) present. Dental decay and missed health appointments -> "
        "neglect. No level written -> null.",
        not_children=["Sarah-Jane Bevan", "Marek Zielinski"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2071-11-27 19:48:22"
    text = T("""
TO WHOEVER READS THIS!!!

I AM ABSOLUTELY FURIOUS!!! THIS IS THE THIRD TIME THE MEETING ABOUT MY KIDS HAS BEEN CANCELLED!!! I took a day off work TODAY and NOBODY PHONED ME!!! I sat in that reception in Hereford for an HOUR!!!

My kids deserve better than this and so do I!!! I want to speak to a MANAGER!!!

And before ANYONE starts, there is NOTHING wrong in my house!!! The social worker closed the case in the summer and said we were doing brilliantly!!! I agreed to Early Help to help with Jack's reading, NOT to be messed about!!!

Kerry Bowditch
(Jack and Ellie's mum)
""")
    top = plain_top(f, addr("Kerry Bowditch", "kerry.bowditch77@mail.example"), HEH,
                    "COMPLAINT!!!!! MEETING CANCELLED AGAIN!!!!", when, "mail.example", None)
    add(f, alt_mail(f, top, text, html_of(text, "Helvetica Neue")), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S COMPLAINT IN CAPITALS WITH '!!!' ABOUT A CANCELLED MEETING, on a Friday evening: "
        "'there is NOTHING wrong in my house', the case closed in the summer. No risk, no request -> other -> "
        "human_review (a complaint for a person to answer; seed 003 'To liaise with social care workers or managers "
        "regarding any unresolved queries'). The children are named by first name only (Jack, Ellie) -> not labelled. "
        "Help with reading is no concern id.",
        not_children=["Kerry Bowditch"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2071-12-09 11:37:02"
    body = T("""
Dear MASH team,

I hope you are all well and not too overwhelmed as we head towards Christmas. Thank you, first of all, for the very helpful session your team ran for our practice staff in October on the new referral pathway - the feedback from our reception team in particular was excellent, and several of the GPs have asked whether it could be repeated in the spring for our new registrars.

I have a couple of small queries, if I may. Firstly, we have been using the version of the multi-agency referral form that was circulated in September; could you confirm whether that is still current, or whether there is a newer one we should be using? Secondly, our information-sharing agreement with the council is due for renewal in January, and I wondered who the best contact would be for that.

While I have you - and please forgive me if this should have gone elsewhere - Mrs Joanne Lacey told our practice nurse at her appointment this morning that her husband held a kitchen knife to her throat on Sunday evening in front of their children, Alfie Lacey (DOB 03/09/2064) and Grace Lacey (DOB 21/01/2068), and that she is going back to the house tonight because she has nowhere else to go. She asked the nurse not to tell anyone. The nurse gave her the number for West Mercia Women's Aid.

Finally, for your records, the surgery will be closed on Christmas Day, on the Boxing Day bank holiday (Monday 28 December) and on New Year's Day, and open as usual on all other weekdays. Our duty doctor can be reached on 01632 960733 during opening hours.

Thank you again for all your help this year, and with very best wishes for the festive season.

Kind regards,

Gillian Prothero
Practice Manager
Wye Valley Surgery, Ross Road, Hereford
""")
    top = outlook_top(f, addr("PROTHERO, Gillian (WYE VALLEY SURGERY)", "gillian.prothero@nhs.example"),
                      addr("MASH", HMASH), "Wye Valley Surgery - a few queries, and Christmas opening", when,
                      mid_domain="CWLP265MB5533.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Alfie Lacey", "2064-09-03", "03/09/2064"), ch("Grace Lacey", "2068-01-21", "21/01/2068")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "THE ONE FACT THAT MATTERS BURIED IN THE THIRD OF FIVE COURTEOUS PARAGRAPHS (thanks for training, a form query, "
        "an information-sharing agreement, Christmas opening hours): 'While I have you - and please forgive me if "
        "this should have gone elsewhere' - a husband held a knife to the mother's throat in front of the children on "
        "Sunday and she is going back to the house tonight. Domestic abuse with the children returning to the "
        "perpetrator tonight -> urgent -> alert_duty (DESIGN safety rule 1). No alarm words. A practice manager's "
        "letter, no step request -> other (Herefordshire seed 003 covers step-down only). -> domestic_abuse. The "
        "mother is an adult.",
        not_children=["Joanne Lacey", "Gillian Prothero"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2071-11-16 09:20:47"
    data = google_reply(f, when, "Hollie Prosser", "Hollie.Prosser@" + HDOM,
                        ("Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-266]", "20711117T100000Z", "20711117T103000Z",
                        "Microsoft Teams", "Tue 17 Nov 2071 10:00 - 10:30 (GMT)",
                        note="Thank you - I'll bring the draft plan. Apologies in advance if I'm a minute or two "
                             "late, I'm coming straight from a visit.")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, with invite.ics) to a Tuesday-morning step-down drop-in slot "
        "(seed 003: 'To be available for Tuesday morning step-down drop-in or arrange cover'), with an apologetic "
        "note. -> meeting_reply -> record_reply. Times in UTC, which in November is also London time.",
        not_children=["Hollie Prosser"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2071-12-03 16:05:38"
    ack = ack_text("step-down", "SB-herefordshire-281", ["Case: Mosaic ID 716622", "Children: Bethan Vaughan"], [])
    body = T("""
PLEASE CANCEL THIS STEP DOWN!!! URGENT!!!

Mum rang me this afternoon - the family moved to Powys at the weekend!!! So this will now be a transfer to Powys children's services rather than a step down, and I'll be closing on our side.

There are NO child protection concerns - this is purely an admin thing - but I really didn't want a co-ordinator driving out to an empty house on Tuesday!!!

Sorry for the caps!!!
Rhiannon

Rhiannon Bufton | Social Worker | Children's Assessment Team (South Wye) | Herefordshire Council
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "30 November 2071 10:44",
             "Bufton, Rhiannon <Rhiannon.Bufton@herefordshire.gov.uk>",
             "[SB-herefordshire-281] Step-down request received - Vaughan", ack)
    top = outlook_top(f, addr("Bufton, Rhiannon", "Rhiannon.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-281] Step-down request received - Vaughan - URGENT - PLEASE CANCEL!!!",
                      when, extra=[("Importance", "high")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["716622"], [ch("Bethan Vaughan")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - 'URGENT - PLEASE CANCEL!!!' IN CAPITALS ABOUT A WITHDRAWN STEP-DOWN (the family moved to another "
        "council's area): 'There are NO child protection concerns - this is purely an admin thing'. A reply to "
        "stepbot's acknowledgement [SB-herefordshire-281] -> follow_up -> attach_to_request (a person then closes "
        "the request). Child and case id from the quoted acknowledgement ('Mosaic ID 716622' -> '716622').",
        not_children=["Rhiannon Bufton"])


# ============================================================================= the contract's values and rules
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
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
assert all(ids <= DOC_IDS | FACT_IDS for ids in REQ.values())
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}

# England & Wales bank holidays in 2071 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thursday 1 January; Good Friday 17 April; Easter Monday 20 April; May Day
# Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday 31 August; Christmas Day Friday
# 25 December; Boxing Day falls on Saturday 26 December, so its substitute day is Monday 28 December.
BANK_HOLIDAYS = {date(2071, 1, 1), date(2071, 4, 17), date(2071, 4, 20), date(2071, 5, 4), date(2071, 5, 25),
                 date(2071, 8, 31), date(2071, 12, 25), date(2071, 12, 28)}
LATE_SUMMER = date(2071, 8, 31)                                   # the day before the window opens
CHRISTMAS = {date(2071, 12, 25): "Christmas Day", date(2071, 12, 28): "Boxing Day (observed)"}   # after the window
BOXING_DAY = date(2071, 12, 26)                                   # a Saturday: not itself a working-day holiday
CHRISTMAS_EVE = date(2071, 12, 24)                                # a working day
# The brief: "the autumn term of 2071 (early September to mid December 2071)". Chosen: Tuesday 1 September (the
# first working day after the Late Summer Bank Holiday) to Friday 18 December 2071 (the last Friday before Christmas).
WINDOW = (datetime(2071, 9, 1, tzinfo=LON), datetime(2071, 12, 18, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 29 March 2071 and ends at 01:00 UTC on Sunday 25 October 2071.
BST_START = datetime(2071, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2071, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2071

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy and dd.mm.yyyy."""
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
SIZE = re.compile(r"size=\d+")          # attachment byte counts are not years
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
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] is not (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS: err("missing uses an id the contract does not allow")
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
    if not isinstance(e["urgent"], bool): err("urgent must be a boolean")
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
            if meeting.weekday() >= 5: err("meeting on a weekend")
            if (meeting in BANK_HOLIDAYS) != META[f]["meeting_on_bank_holiday"]:
                err("meeting on a bank holiday (only knowsley_01's is, on purpose)")
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
    for y in YEAR.findall(text + " " + SIZE.sub(" ", all_headers(msg))):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = re.sub(r"\s+", " ", mc["_as"]) if mc["_as"] else c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
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

CAT_EXPECTED = {"urgent": 12, "near_miss": 14, "ordinary": 14}

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


# ============================================================================= structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection|emergenc\w*)\b")

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

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

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
    return sorted(p.get_filename().rsplit(".", 1)[1] for p in _att(msg))

def _bangs(s):
    return s.count("!!!")

def _para_index(text, needle):
    """(index of the paragraph holding `needle`, number of paragraphs) in a plain body."""
    ps = paragraphs(text)
    idx = [i for i, p in enumerate(ps) if needle in p]
    return (idx[0] if idx else -1), len(ps)

def _k01(msg):
    p = _plain(msg)
    return (META["knowsley_01.eml"]["meeting"] == date(2071, 12, 28) and date(2071, 12, 28) in CHRISTMAS
            and "Monday 28th December" in p and "bank holiday" not in p.lower()
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 6)

def _k02(msg):
    return (_exts(msg) == ["docx", "docx", "pdf"] and "broadly supportive" in readable(msg)
            and "Siobhan.Rimmer@knowsley.gov.uk" in str(msg["Cc"]) and "awaiting sign-off" in readable(msg))

def _k03(msg):
    needle = "answered the door on his own"
    i, n = _para_index(_plain(msg), needle)
    p = paragraphs(_plain(msg))[i] if i >= 0 else ""
    return (n == 10 and i == 3 and "tonight" in p and p.find(needle) > 300
            and len(p) - p.find(needle) > 300)          # the third of five prose paragraphs, mid-paragraph

def _k04(msg):
    p = _plain(msg)
    new = p.split("\n> ")[0]
    return ("URGENT" in new and _bangs(new) >= 5 and "What is missing:" in p and msg.get_param("format") == "flowed")

def _k05(msg):
    p = _plain(msg)
    return ("URGENT!!!" in str(msg["Subject"]) and "bank holiday weekend" in p and LATE_SUMMER < _today("knowsley_05.eml")
            and _today("knowsley_05.eml") == WINDOW[0].date())

def _k06(msg):
    return ("very politely, declined" in _plain(msg) and CHRISTMAS_EVE < META["knowsley_06.eml"]["meeting"]
            and all(h < META["knowsley_06.eml"]["meeting"] for h in CHRISTMAS))

def _k07(msg):
    body = body_text(msg)
    att = [p for p in _att(msg) if p.get_filename().endswith(".txt")]
    return (len(att) == 1 and "shook him" in att[0].get_content() and "shook" not in body
            and "Riley Connolly" not in body and _no_alarm(msg))

def _k08(msg):
    h = html_text(_html(msg))
    return (_no_plain(msg) and h.find("no current safeguarding concerns") < h.find("Precious Mutasa")
            < h.find("P.S.") < h.find("staying there again tonight")
            and META["knowsley_08.eml"]["meeting"] == CHRISTMAS_EVE and _wd("knowsley_08.eml") == 5)

def _r01(msg):
    return "two minds" in readable(msg) and _exts(msg) == ["pdf"] and "Rationale for the step up" in html_text(_html(msg))

def _r02(msg):
    parts = [p for p in msg.walk() if p.get_content_type() == "text/plain" and not p.get_filename()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in FILES[
        "richmond_wandsworth_02.eml"] and _no_alarm(msg) and "Rationale:" in _plain(msg))

def _r03(msg):
    p = _plain(msg)
    return "2064" in p and "NO contact" in p and "no child protection concerns" in p and _exts(msg) == ["docx", "pdf"]

def _r04(msg):
    return "can't quite say we have it yet" in _plain(msg) and _exts(msg) == ["docx", "pdf"]

def _r05(msg):
    return _no_plain(msg) and ALARM.search(readable(msg)) and "CANCELLED" in readable(msg) and not _att(msg)

def _r06(msg):
    return msg.get_param("format") == "flowed" and _no_alarm(msg) and "probably nothing" in _plain(msg)

def _r07(msg):
    cal = _cal(msg)[0].get_payload(decode=True).decode()
    unfolded = cal.replace("\r\n ", "")
    return "PARTSTAT=ACCEPTED" in unfolded and "batter him" in unfolded and "COMMENT" in unfolded and _no_alarm(msg)

def _r08(msg):
    p = _plain(msg)
    return "no immediate risk" in p and "send it over separately" in p and "Rationale" not in p

def _t01(msg):
    return _exts(msg) == ["docx", "pdf"] and "Lorraine Adeyemi" in _plain(msg)

def _t02(msg):
    return not _att(msg) and "maybe it is a small thing" in _plain(msg) and _no_alarm(msg)

def _t03(msg):
    p = _plain(msg)
    return ("URGENT URGENT" in str(msg["Subject"]) and "no immediate danger" in p and _exts(msg) == ["pdf"]
            and _date_local(msg).hour >= 17)

def _t04(msg):
    return "not confirmed" in _plain(msg) and _exts(msg) == ["docx", "pdf"]

def _t05(msg):
    p = _plain(msg)
    new, old = p.split(SEP, 1)
    return ("Probably nothing" in new and "What is missing:" in old and "Ayaan Miah" in old and "Ayaan Miah" not in new
            and _exts(msg) == ["pdf"] and _no_alarm(msg) and msg["Date"].strip().endswith("+0000"))

def _t06(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "For example" in _plain(msg)

def _t08(msg):
    return "MARCH 2068" in readable(msg) and _exts(msg) == ["docx"] and "will follow" in readable(msg)

def _b01(msg):
    return "confirming the threshold is met for level 3" in readable(msg) and age_years(date(2067, 5, 4), _today("torbay_01.eml")) < 5

def _b02(msg):
    return (msg.get_content_type() == "text/plain" and not msg.is_multipart() and _no_alarm(msg)
            and "15:15 today" in _plain(msg))

def _b03(msg):
    return "2062" in _plain(msg) and "NOT why I'm writing" in _plain(msg)

def _b04(msg):
    return "don't imagine she'll have any issue" in _plain(msg) and "(to be added)" in readable(msg)

def _b05(msg):
    p = _plain(msg)
    top, fwd = p.split("---------- Forwarded message ---------", 1)
    return "Not sure if this is one for you" in top and "Lily-Grace Penhaligon" in fwd and "Penhaligon" not in top \
        and _no_alarm(msg)

def _b06(msg):
    cal = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return ("PARTSTAT=DECLINED" in cal and "I CANNOT DO THIS SLOT" in cal and msg["Date"].strip().endswith("+0000")
            and _today("torbay_06.eml") == date(2071, 10, 26))

def _b07(msg):
    p = _plain(msg)
    return "remanded in custody" in p and "safe where they are" in p and "does not consent" in p

def _b08(msg):
    return "[SB-torbay-377]" in str(msg["Subject"]) and _exts(msg) == ["pdf"]

def _h01(msg):
    return _exts(msg) == ["docx", "pdf"] and "Intensive (level 3)" in _plain(msg)

def _h02(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and "bit of a situation" in _plain(msg) and "Not ideal" in _plain(msg) and _no_alarm(msg))

def _h03(msg):
    return "OVERDUE" in str(msg["Subject"]) and "no child protection concerns" in _plain(msg) \
        and _exts(msg) == ["docx", "pdf"]

def _h04(msg):
    pdf = [p for p in _att(msg) if p.get_filename().endswith(".pdf")][0]
    from pypdf import PdfReader
    import io
    t = PdfReader(io.BytesIO(pdf.get_payload(decode=True))).pages[0].extract_text()
    return "Signature: ______" in t and "Signed:" not in t and "hasn't actually signed it yet" in _plain(msg)

def _h05(msg):
    return _bangs(_plain(msg)) >= 8 and "Bowditch" in _plain(msg) and _date_local(msg).hour >= 19

def _h06(msg):
    i, n = _para_index(_plain(msg), "knife to her throat")
    return n == 8 and i == 3 and _no_alarm(msg)     # greeting, then the third of five prose paragraphs

def _h07(msg):
    return len(_att(msg, lambda p: p.get_filename() == "invite.ics")) == 1

def _h08(msg):
    return "PLEASE CANCEL" in str(msg["Subject"]) and "NO child protection concerns" in _plain(msg)

def _date_local(msg):
    return email.utils.parsedate_to_datetime(msg["Date"]).astimezone(LON)

CUSTOM = [
    ("knowsley_01.eml", "visit on the Boxing Day substitute (28 Dec), 4 WD / 6 plain, writer does not say bank holiday", _k01),
    ("knowsley_02.eml", "two .docx + GCP2 .pdf; 'broadly supportive'; manager copied; form 'awaiting sign-off'", _k02),
    ("knowsley_03.eml", "the risk sentence in the middle of the third of five prose paragraphs, with 'tonight'", _k03),
    ("knowsley_04.eml", "iPhone flowed reply; URGENT and !!! in the new text; quoted 'What is missing:'", _k04),
    ("knowsley_05.eml", "URGENT!!! subject; sent on the window's first day, after the Late Summer Bank Holiday", _k05),
    ("knowsley_06.eml", "politely declined consent; CIN after Christmas and the Boxing Day substitute", _k06),
    ("knowsley_07.eml", "the risk only in the .txt attachment; nothing in the body; no alarm words", _k07),
    ("knowsley_08.eml", "HTML-only; 'no current safeguarding concerns' before the signature, the P.S. after it; Christmas Eve = 5 WD", _k08),
    ("richmond_wandsworth_01.eml", "hedged; rationale heading in the Word HTML; case summary PDF", _r01),
    ("richmond_wandsworth_02.eml", "one base64 text/plain part, LF; rationale heading; no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "historic arrest in capitals; no contact; docx + pdf", _r03),
    ("richmond_wandsworth_04.eml", "consent not yet given; docx + pdf", _r04),
    ("richmond_wandsworth_05.eml", "HTML-only, alarm words, no child, no attachment", _r05),
    ("richmond_wandsworth_06.eml", "iPhone flowed; 'probably nothing'; no alarm words", _r06),
    ("richmond_wandsworth_07.eml", "ACCEPTED REPLY whose COMMENT carries the risk; no alarm words", _r07),
    ("richmond_wandsworth_08.eml", "'no immediate risk'; rationale to follow and no rationale heading", _r08),
    ("tower_hamlets_01.eml", "docx + pdf; named lead practitioner", _t01),
    ("tower_hamlets_02.eml", "no attachment (MARF not done); understated; no alarm words", _t02),
    ("tower_hamlets_03.eml", "URGENT URGENT subject; 'no immediate danger'; MARF pdf; after 17:00", _t03),
    ("tower_hamlets_04.eml", "lead practitioner 'not confirmed'; docx + pdf", _t04),
    ("tower_hamlets_05.eml", "'Probably nothing' in the new text; child only in the quoted ack; +0000; no alarm words", _t05),
    ("tower_hamlets_06.eml", "a bulletin with List-Id, no Auto-Submitted, examples", _t06),
    ("tower_hamlets_08.eml", "historic knife incident; assessment to follow; docx", _t08),
    ("torbay_01.eml", "manager's analysis stated; Jowan under 5", _b01),
    ("torbay_02.eml", "single 7-bit text/plain; '15:15 today'; no alarm words", _b02),
    ("torbay_03.eml", "historic conviction; 'NOT why I'm writing'", _b03),
    ("torbay_04.eml", "manager only assumed; SA's TM analysis '(to be added)'", _b04),
    ("torbay_05.eml", "disclosure only in the forwarded block; apologetic top note; no alarm words", _b05),
    ("torbay_06.eml", "DECLINED with a shouting COMMENT; first working day of GMT", _b06),
    ("torbay_07.eml", "remanded; safe; consent refused", _b07),
    ("torbay_08.eml", "follow-up with the right SA pdf", _b08),
    ("herefordshire_01.eml", "docx + pdf; 'Intensive (level 3)'", _h01),
    ("herefordshire_02.eml", "one base64 text/plain; 'bit of a situation', 'Not ideal'; no alarm words", _h02),
    ("herefordshire_03.eml", "OVERDUE subject; negated concerns; docx + pdf", _h03),
    ("herefordshire_04.eml", "the consent PDF is the blank form", _h04),
    ("herefordshire_05.eml", "capitals and !!!; evening", _h05),
    ("herefordshire_06.eml", "the risk in the third of five prose paragraphs; no alarm words", _h06),
    ("herefordshire_07.eml", "Google reply with invite.ics", _h07),
    ("herefordshire_08.eml", "PLEASE CANCEL; negated concerns", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "has given her consent to the referral to Family First", "consent", True),
    ("knowsley_02.eml", "broadly supportive", "manager_agreed", None),
    ("knowsley_02.eml", "hasn't said she objects", "consent", None),
    ("knowsley_03.eml", "discussed the step up with me on Friday and agreed it", "manager_agreed", True),
    ("knowsley_05.eml", "is happy with the step down and has consented", "consent", True),
    ("knowsley_06.eml", "very politely, declined the referral to Family First", "consent", False),
    ("knowsley_06.eml", "has agreed the step down", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I have agreed that we should ask", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Mother agrees to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "I have agreed the step up as Early Help Team Manager", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "I can't quite say we have it yet", "consent", None),
    ("richmond_wandsworth_08.eml", "I've agreed this step up", "manager_agreed", True),
    ("tower_hamlets_01.eml", "have both consented to the step down", "consent", True),
    ("tower_hamlets_02.eml", "she agree I send it as step up today", "manager_agreed", True),
    ("tower_hamlets_03.eml", "has signed off the MARF and agrees it should go to MAST", "manager_agreed", True),
    ("tower_hamlets_03.eml", "Mum agreed to the referral", "consent", True),
    ("tower_hamlets_04.eml", "has agreed to the step down and signed the consent", "consent", True),
    ("tower_hamlets_05.eml", "Attaching the signed consent form", "consent", True),
    ("tower_hamlets_08.eml", "Mum has signed the consent to Early Help", "consent", True),
    ("torbay_01.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold is met for level 3 intervention", "manager_agreed", True),
    ("torbay_02.eml", "Consent: not sought", "consent", None),
    ("torbay_02.eml", "we agree this needs considering for level 4", "manager_agreed", True),
    ("torbay_03.eml", "Mum agrees to the contact to MASH", "consent", True),
    ("torbay_03.eml", "agrees it needs to be considered for level 4", "manager_agreed", True),
    ("torbay_04.eml", "I don't imagine she'll have any issue with it", "manager_agreed", None),
    ("torbay_04.eml", "Mum gave her consent to level 3 Early Help", "consent", True),
    ("torbay_07.eml", "she does not consent", "consent", False),
    ("torbay_07.eml", "agree this information needs to be considered for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "signed consent form", "consent", True),
    ("herefordshire_03.eml", "signed consent form", "consent", True),
    ("herefordshire_04.eml", "hasn't actually signed it yet", "consent", None),
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
        if lab["expect"]["urgent"] is False and CATS[f] == "near_miss":
            CUSTOM.append((f, "a near miss carries alarm words or emphasis (capitals / '!!!' / URGENT)",
                           lambda m: bool(ALARM.search(readable(m))) or "!!!" in readable(m)))


# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_06.eml", "knowsley_07.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_06.eml", "richmond_wandsworth_07.eml", "torbay_02.eml", "torbay_05.eml",
                  "tower_hamlets_02.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_02.eml": (5, 5), "knowsley_03.eml": (6, 6), "knowsley_05.eml": (5, 5),
    "knowsley_06.eml": (8, 10), "knowsley_08.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_06.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml"]          # plain weekdays say ok, working days say not ok
SUBSTITUTE_DECISIVE = ["knowsley_01.eml"]        # ok if only Christmas Day were known: the substitute day decides
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2071])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside:
        errors.append("set: bank holidays inside the window %s (expected none)" % inside)
    if not (pkg.get(LATE_SUMMER) and "Late Summer" in pkg.get(LATE_SUMMER) and LATE_SUMMER == WINDOW[0].date() - timedelta(days=1)):
        errors.append("set: the Late Summer Bank Holiday must be Monday 31 August, the day before the window")
    after = {d: pkg.get(d) for d in pkg if d > WINDOW[1].date() and d.weekday() < 5}
    if set(after) != set(CHRISTMAS) or "Boxing Day" not in pkg.get(date(2071, 12, 28)) or "observed" not in \
            pkg.get(date(2071, 12, 28)).lower():
        errors.append("set: Christmas 2071 bank holidays are %s, expected Fri 25 and Mon 28 (Boxing Day observed)" % after)
    if BOXING_DAY.weekday() != 5 or CHRISTMAS_EVE in pkg or CHRISTMAS_EVE.weekday() != 3:
        errors.append("set: Boxing Day 2071 must be a Saturday and Christmas Eve a Thursday working day")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2071, 3) and BST_END.date() == last_sun(2071, 10)):
        errors.append("set: BST must start on the last Sunday of March 2071 and end on the last Sunday of October")
    for d, off in ((date(2071, 10, 23), timedelta(hours=1)), (date(2071, 10, 26), timedelta(0))):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != off:
            errors.append("set: %s should have offset %s" % (d, off))
    if not (WINDOW[0].date() == date(2071, 9, 1) and WINDOW[0].weekday() == 1 and WINDOW[1].date() == date(2071, 12, 18)
            and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Tuesday 1 September to Friday 18 December 2071")
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
    if len(quiet) < 8:
        errors.append("set: only %d urgent mails avoid every alarm word (need 8)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    sub = sorted(f for f in counts if (working_days(_today(f), META[f]["meeting"]) >= 5) !=
                 (sum(1 for i in range(1, (META[f]["meeting"] - _today(f)).days + 1)
                      if (_today(f) + timedelta(days=i)).weekday() < 5
                      and _today(f) + timedelta(days=i) != date(2071, 12, 25)) >= 5))
    if sub != SUBSTITUTE_DECISIVE:
        errors.append("set: counts the Boxing Day substitute decides are %s, expected %s" % (sub, SUBSTITUTE_DECISIVE))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (the window starts in BST and ends in GMT: both expected)" % offsets)
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

def _shift_date(f, old, new, days=0, offset=None):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    n = datetime.fromisoformat(lab["now"]) + timedelta(days=days)
    if offset is not None:
        n = n.replace(tzinfo=timezone(offset))
    lab["now"] = n.isoformat()

def _calm_h05():
    FILES["herefordshire_05.eml"] = FILES["herefordshire_05.eml"].replace(b"!!!", b".").replace(b"!!", b".")

FAULTS = [
    ("knowsley_01's notice labelled ok (the substitute day ignored)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("the Boxing Day substitute dropped from the bank holidays",
     lambda: BANK_HOLIDAYS.discard(date(2071, 12, 28)), "bank holidays differ"),
    ("Christmas Eve made a bank holiday", lambda: BANK_HOLIDAYS.add(date(2071, 12, 24)), "notice_ok True but 4 WD"),
    ("knowsley_06's consent labelled null (a polite refusal read as unclear)",
     lambda: _relabel("knowsley_06.eml", consent=None), "wording check"),
    ("knowsley_02's implied agreement labelled true",
     lambda: _relabel("knowsley_02.eml", manager_agreed=True, missing=[], next_action="book_meeting"), "wording check"),
    ("knowsley_03 filed as ordinary", lambda: _relabel("knowsley_03.eml", category="ordinary"), "urgent vs category"),
    ("herefordshire_02 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_02.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("tower_hamlets_05 given attach_to_request", lambda: _relabel("tower_hamlets_05.eml", next_action="attach_to_request"),
     "next_action attach_to_request != alert_duty"),
    ("'urgent' added to herefordshire_06's subject",
     lambda: _sub("herefordshire_06.eml", b"Subject: Wye Valley Surgery", b"Subject: Urgent - Wye Valley Surgery"),
     "no alarm word are"),
    ("torbay_06 dated +0100 after BST ended",
     lambda: _shift_date("torbay_06.eml", "Mon, 26 Oct 2071 08:55:40 +0000", "Mon, 26 Oct 2071 08:55:40 +0100", 0,
                         timedelta(hours=1)), "Date offset should be +0000"),
    ("knowsley_05 dated on the Late Summer Bank Holiday",
     lambda: _shift_date("knowsley_05.eml", "Tue, 01 Sep 2071", "Mon, 31 Aug 2071", -1), "Date outside the window"),
    ("richmond_wandsworth_03 sent on a Saturday",
     lambda: _shift_date("richmond_wandsworth_03.eml", "Tue, 03 Nov 2071", "Sat, 07 Nov 2071", 4), "Date on a weekend"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["Mosaic 3321905"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("herefordshire_04's blank form counted as consent",
     lambda: _relabel("herefordshire_04.eml", consent=True, missing=[], next_action="book_meeting"), "wording check"),
    ("a concern id the contract lacks", lambda: _relabel("torbay_02.eml", concerns=["physical_abuse"]), "concerns"),
    ("a level on a step-up", lambda: _relabel("torbay_03.eml", level=3), "level"),
    ("Ruby's DOB relabelled to one the mail does not give",
     lambda: (_exp("knowsley_06.eml")["children"][0].update(dob="2053-08-08"),
              META["knowsley_06.eml"]["children"][0].update(dob="2053-08-08", _w="08/08/2053")),
     "dob as written"),
    ("Harpreet Kaur (mum) labelled a child",
     lambda: _exp("knowsley_01.eml")["children"].append({"name": "Harpreet Kaur", "dob": None}), "no source record"),
    ("a near miss with neither alarm words nor emphasis", _calm_h05, "near miss carries"),
    ("the window ended on Monday 21 December",
     lambda: globals().__setitem__("WINDOW", (WINDOW[0], datetime(2071, 12, 21, 23, 59, 59, tzinfo=LON))),
     "the window must run"),
    ("Auto-Submitted removed from the out-of-office",
     lambda: _sub("tower_hamlets_07.eml", b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("a follow-up without its reference", lambda: _sub("herefordshire_08.eml", b"[SB-herefordshire-281] Step-down request received - Vaughan - URGENT",
                                                        b"Step-down request received - Vaughan - URGENT"),
     "follow_up with an [SB-] reference"),
    ("a meeting reply turned into a REQUEST", lambda: _sub("richmond_wandsworth_07.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY"),
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
    out.append("offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)))
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
