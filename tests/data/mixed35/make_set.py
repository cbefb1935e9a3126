#!/usr/bin/env python3
"""mixed35: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2054 (Monday 5 January - Friday 3 April 2054), in the writing of police, courts and justice
partners: custody sergeants' emails, police domestic-abuse notifications in their own field layouts, a MARAC
referral, prohibited steps / non-molestation order summaries, probation risk notes, Youth Justice workers, solicitors'
letters for parents, a Cafcass officer, prison release notifications, bail conditions and their breaches. Formal,
passive, reference-heavy language ("the IP", "the DP", "RIC", "NFA'd", "RUI"), capitals in field labels, the
children named only in a table at the end.

Window: Monday 5 January - Friday 3 April 2054. Good Friday 27 March and Easter Monday 30 March 2054 are inside it;
British Summer Time begins at 01:00 UTC on Sunday 29 March 2054, so mail before it is +0000 and mail after it +0100.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name. Run with /work/main/.venv/bin/python make_set.py (`--stats` prints tallies).
The MIME, Word HTML, PDF, .docx, iCalendar, quote-chain, working-day and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification; the
self-checks verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (5 January - 3 April 2054) is GMT (+0000) until British
    Summer Time begins at 01:00 UTC on Sunday 29 March 2054, then +0100. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2054, 1, 2, 0, 0, 0))
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


# ============================================================================= helpers added for mixed35
def ptable(header, rows):
    """A plain-text police/court table with '|' separators, as pasted from a records system."""
    w = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |"
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    return "\n".join([sep, line(header), sep] + [line(r) for r in rows] + [sep]) + "\n"

def htable(header, rows):
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">',
           "<tr>" + "".join('<th style="background:#1F3864;color:#FFFFFF">%s</th>' % esc(h) for h in header) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>")
    return "\n".join(out) + "</table>\n"

def rfc822_part(inner_bytes, fname):
    """A forwarded message attached as message/rfc822 (Outlook 'Forward as attachment')."""
    return Part([("Content-Type", 'message/rfc822; name="%s"' % fname),
                 ("Content-Disposition", 'attachment; filename="%s"' % fname)],
                inner_bytes.decode("utf-8").replace("\r\n", "\n"))

PNNDISC = T("""
*** This email and any attachments are intended for the addressee only and may contain OFFICIAL-SENSITIVE information. If you have received it in error, notify the sender and delete it. Do not forward outside the secure network without the originator's permission. ***
""")

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
MERPOL = "merseyside.police.example.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2054-01-15 19:41:06"
    body = T("""
MASH / EDT,

CUSTODY SUITE: St Anne Street (Merseyside)
CUSTODY NO: SA/00418/54
DP: Carl Anthony DEVINE, 34 yrs
HOME ADDRESS: 27 Wimbrick Close, Huyton (shared with the IP and the children named below)
OFFENCE: Assault by strangulation / ABH (s.75A SCA 2015; s.47 OAPA 1861)
IP: Shannon Lacey, 31 yrs (partner)

CIRCUMSTANCES:
Officers attended at 13:05 following a 999 call from the IP's mother. The IP had reddening and finger-mark bruising to both sides of the neck and a burst blood vessel in the left eye. The eldest child was present and had a split lower lip and swelling to the right side of the jaw. When asked by PC 6621 Roberts what had happened she said "dad pushed me into the door because I got in the way". The DP was arrested at the scene and booked in at 13:52.

OUTCOME:
The IP declined to provide a statement or to support a prosecution. No BWV of the child's account was obtained in time for interview. Following consultation with the duty inspector the DP was released under investigation (RUI) at 19:10 hrs. No bail conditions can be imposed on RUI. On release the DP stated he was "going home to my own house" and left the station on foot towards the bus station.

The IP and the three children are at the home address. The IP has not been offered alternative accommodation and stated to officers at 18:30 that she "won't stop him coming in, it's his house".

PND/ECINS check shows the family open to Family First, ref EHM-70552 (Case Manager not known).

Please pass to whoever covers tonight.

Sgt 3107 K. Mulroney
Custody Sergeant, St Anne Street Custody Suite
Merseyside Police
0151 496 0280

CHILDREN LINKED TO ADDRESS:
""") + ptable(["SURNAME", "FORENAME(S)", "DOB", "SCHOOL"], [
        ["DEVINE", "Leah", "02/09/2044", "St Columba's RC Primary"],
        ["DEVINE", "Connor", "17/04/2048", "St Columba's RC Primary"],
        ["LACEY-DEVINE", "Ava", "29/11/2052", "n/a"],
    ]) + "\n" + PNNDISC
    top = plain_top(f, addr("Mulroney, Kevin", "kevin.mulroney@" + MERPOL), addr("Knowsley MASH", KMASH),
                    "DP RELEASED RUI - SA/00418/54 - DEVINE - return to home address (3 x children)", when, MERPOL,
                    "Microsoft Outlook 16.0", cc="edt@knowsley.gov.uk")
    add(f, mail(f, top, body, crlf=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-70552"],
        [ch("Leah Devine", "2044-09-02", "02/09/2044", as_written="DEVINE | Leah"),
         ch("Connor Devine", "2048-04-17", "17/04/2048", as_written="DEVINE | Connor"),
         ch("Ava Lacey-Devine", "2052-11-29", "29/11/2052", as_written="LACEY-DEVINE | Ava")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A CUSTODY SERGEANT'S RELEASE EMAIL at 19:41 (out of hours): the DP, arrested for strangling his partner and "
        "with a 9-year-old who has a split lip and says 'dad pushed me into the door', was released RUI with no bail "
        "conditions at 19:10 and is going home to the IP and three children tonight; the IP will let him in. No alarm "
        "word. Safety rule 1 -> urgent -> alert_duty (EDT). Not a step request -> other. Children only in the table at "
        "the end (SURNAME | Forename as written, labelled 'Forename Surname'). domestic_abuse + physical_harm (the "
        "child's injury). EHM-70552 from the PND line.",
        not_children=["Carl Anthony DEVINE", "Shannon Lacey"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2054-02-03 15:37:44"
    ack = ack_text("step-up", "SB-knowsley-1207", [
        "Case: EHM-73318", "Children: Tyler Kerr (05.06.2046), Mia Kerr (21.12.2049)",
        "Step-up TAF meeting: Wednesday 11 February 2054, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi MASH,

Update on the Kerrs - sorry this is long.

Ryan Burns was charged on Friday with the assault on Stacey and bailed by the court with conditions: not to contact Stacey directly or indirectly, not to enter Sefton Close, and to reside at his mum's in Prescot. The non-mol was served on him on Monday.

The school office rang me at 15:25. At 15:10 Ryan walked into the juniors' playground, told the TA that mum had said it was fine, and left with both children in his van. Stacey did not say that - she's at Huyton police station giving her VRI statement and didn't know until I rang her. She says he has been texting her since Saturday that "if I can't have them neither can you". His mum in Prescot says he hasn't been there since Sunday.

I've rung 101 and given the van reg (it's on the bail record). I'm heading to the school now, mobile 07700 900 213.

Joanne

Joanne Pickavance
Family First Case Manager | Huyton Team | Knowsley Council
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "28 January 2054 09:02", "Pickavance, Joanne <Joanne.Pickavance@knowsley.gov.uk>",
         "[SB-knowsley-1207] Step-up request received - EHM-73318", ack, None)])
    top = outlook_top(f, addr("Pickavance, Joanne", "Joanne.Pickavance@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1207] Step-up request received - EHM-73318", when,
                      cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-73318"],
        [ch("Tyler Kerr", "2046-06-05", "05.06.2046"), ch("Mia Kerr", "2049-12-21", "21.12.2049")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A BAIL BREACH TOLD IN A FOLLOW-UP: the father, on court bail not to contact the mother or enter the road, "
        "took both children from school at 15:10 in breach, texting 'if I can't have them neither can you'; not at "
        "his bail address. No alarm word. Reply to [SB-knowsley-1207] -> follow_up, but urgent -> alert_duty first. "
        "Children and DOBs (dd.mm.yyyy) only in the quoted acknowledgement. domestic_abuse.",
        not_children=["Ryan Burns", "Joanne Pickavance"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2054-01-19 10:05:31"
    cal = ics("REQUEST", f, dt(when), "20540128T100000", "20540128T113000",
              "Step up TAF meeting - Quirk family - EHM-68120", "Microsoft Teams Meeting",
              "Step-up TAF meeting for the Quirk family (EHM-68120). Chair: MASH social worker. Minutes: MASH business support.",
              ("Megan Tasker", "Megan.Tasker@knowsley.gov.uk"),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Danielle Oyelowo", "danielle.oyelowo@probation.example.gov.uk", "OPT-PARTICIPANT", "NEEDS-ACTION")])
    body = T("""
Dear MASH,

Please find attached the step up request for the Quirk family (Case ID on EHM: EHM-68120) with the Teams invite for the step-up TAF on Wednesday 28th January at 10:00.

Background you will see on ICS: Mr Quirk was remanded in custody at Liverpool Crown Court on 9 January on charges of ABH and witness intimidation against Ms Quirk. He is at HMP Altcar pending trial (listed for the week of 11 May). A restraining order on remand and a DASH grading of high led to the MARAC on 14 January, which has closed its actions for this family. His probation officer, Danielle Oyelowo, is invited for the background only - there is no contact and no prospect of release before trial.

The step up is not about that. Since he was remanded, Ms Quirk's drinking has increased and the home conditions have gone down sharply. The GCP2 completed on 12/01/2054 scores level 4 in physical care and safety, and Jamie-Lee has missed 9 days this half term. Mum says she is "coping" but has not engaged with the GP or Change Grow Live.

My team manager Lorraine Bibby has discussed the step up with me and agreed it on 16 January.

Attached: FF Step Up request to CSC (Appendix 1); TAF minutes 07.01.2054; GCP2 summary.

Kind regards

Megan Tasker
Family First Case Manager (Level 3) | Kirkby Team
Knowsley Council | 0151 496 0733

""") + KDISC
    atts = [docx_att("FF Step Up request to CSC - Quirk.docx", appendix1([
                ("Child/children's names and DOB:", "Jamie-Lee Quirk 08/08/2043; Harley Quirk 30/05/2050"),
                ("Case ID on EHM:", "EHM-68120"),
                ("Date of step up TAF meeting:", "Wednesday 28/01/2054, 10:00, Teams"),
                ("What are we worried about?", "Neglect: home conditions, food, supervision of Harley (3). Mum's alcohol use since Mr Quirk's remand. Jamie-Lee's attendance."),
                ("What is working well?", "Maternal grandmother visits daily. Harley attends nursery 15 hours."),
                ("What needs to happen?", "C&F assessment; CIN planning; GCP2 review."),
                ("Graded Care Profile:", "GCP2 completed 12/01/2054 - level 4 physical care, level 3 safety."),
                ("Recent TAF meeting minutes attached:", "Yes - 07/01/2054"),
                ("Team Manager agreement:", "Lorraine Bibby, agreed 16/01/2054")])),
            docx_att("TAF minutes 07.01.2054 - Quirk.docx", ["# TAF meeting minutes", "Date: 07/01/2054",
                "Present: M Tasker (FF), Mum, Kirkby Meadows Primary (DSL), Health Visitor",
                "Discussed: attendance 81%, home conditions, Mum's alcohol use. Actions: GCP2 by 12/01."]),
            pdf_att("GCP2 summary Quirk.pdf", "Graded Care Profile 2 - summary", [
                "Family: Quirk   EHM-68120   Completed: 12/01/2054 by M Tasker",
                "Area 1 Physical care: 4   Area 2 Safety: 3   Area 3 Love and care: 2   Area 4 Esteem: 3"]),
            Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                  ("Content-Disposition", 'attachment; filename="invite.ics"'),
                  ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))]
    top = outlook_top(f, addr("Tasker, Megan", "Megan.Tasker@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Quirk - EHM-68120 - TAF Wed 28/01 10am", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-68120"],
        [ch("Jamie-Lee Quirk", "2043-08-08", "08/08/2043"), ch("Harley Quirk", "2050-05-30", "30/05/2050")],
        ["domestic_abuse", "neglect", "substance_misuse"], None, True, [], True, "book_meeting",
        "NEAR MISS (an adult remanded): the father is remanded in custody pending trial, MARAC closed, DASH 'high', "
        "restraining order - full of risk words but he is in prison with no prospect of release; the step-up is for "
        "neglect. Complete Knowsley step-up: Appendix 1 form, TAF minutes, GCP2 (neglect), case id, TM agreed; "
        "Wed 28 Jan from Mon 19 Jan = 7 WD -> ok -> book_meeting. Jamie-Lee's name (hyphen) and Harley in the form. "
        "Concerns: neglect, substance_misuse (mum's drinking), domestic_abuse (the reason for the remand, as earlier "
        "sets label a current DA prosecution). The GCP2 date 12/01/2054 is not a DOB.",
        meeting=date(2054, 1, 28), not_children=["Megan Tasker", "Danielle Oyelowo", "Lorraine Bibby"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2054-03-24 11:20:15"
    cal = ics("REQUEST", f, dt(when), "20540401T100000", "20540401T113000",
              "Step up TAF - Okafor-Hughes - EHM-74901", "Microsoft Teams Meeting", None,
              ("Sinead Corless", "Sinead.Corless@knowsley.gov.uk"),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Gary Twist", "gary.twist@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    body = T("""
Hello,

Step up request for Kelechi Okafor-Hughes, EHM-74901. The TAF is on Wednesday 1st April at 10am on Teams (invite attached) - I know Easter is in between, sorry, it's the first date Youth Justice and the school could both do.

Kelechi was reported missing three times in March; on the last occasion (19/03) he was found by BTP at Lime Street with £180 and a second phone. He was interviewed and released under investigation. Youth Justice (Gary Twist) are working with him on an out-of-court disposal for an earlier matter. The Merseyside Exploitation Assessment completed on 20/03/2054 is attached, along with the step up form and the last TAF minutes.

My TM, Anthony Roscoe, agreed the step up in supervision on 23/03/2054.

Sinead Corless
Family First Case Manager | Halewood Team | 0151 496 0712
""")
    atts = [docx_att("Step Up request to CSC (Appendix 1) - K Okafor-Hughes.docx", appendix1([
                ("Child/children's names and DOB:", "Kelechi Okafor-Hughes, 2040-10-14"),
                ("Case ID on EHM:", "EHM-74901"),
                ("Date of step up TAF meeting:", "01/04/2054 10:00"),
                ("What are we worried about?", "Missing episodes (3 in March); criminal exploitation - cash, second phone, found at Lime Street."),
                ("What is working well?", "Dad engages; Kelechi attends his Youth Justice appointments."),
                ("What needs to happen?", "Strategy discussion; C&F assessment; NRM consideration."),
                ("Team Manager agreement:", "Anthony Roscoe 23/03/2054")])),
            docx_att("TAF minutes 10-03-2054 Okafor-Hughes.docx", ["# TAF minutes 10/03/2054",
                "Present: S Corless, Dad, G Twist (YJS), Halewood Academy pastoral lead",
                "Actions: exploitation assessment; return home interviews after each missing episode."]),
            pdf_att("Merseyside Exploitation Assessment - KOH.pdf", "Merseyside Exploitation Assessment (CE/CSE)", [
                "Young person: Kelechi Okafor-Hughes   EHM-74901   Completed: 20/03/2054",
                "Indicators: missing x3, unexplained cash, second phone, travel out of area."]),
            Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="meeting.ics"'),
                  ("Content-Disposition", 'attachment; filename="meeting.ics"'),
                  ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))]
    top = outlook_top(f, addr("Corless, Sinead", "Sinead.Corless@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Okafor-Hughes EHM-74901", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-74901"],
        [ch("Kelechi Okafor-Hughes", "2040-10-14", "2040-10-14")],
        ["exploitation", "missing"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for exploitation (form, TAF minutes, Merseyside Exploitation Assessment PDF, case "
        "id, TM agreed) BUT the TAF on Wed 1 April 10:00 (BST) from Tue 24 March is 4 WD: Good Friday 27 March and "
        "Easter Monday 30 March are not working days (6 plain weekdays) -> notice_ok false -> request_info. RUI "
        "for the young person is context. Youth Justice worker Gary Twist is not a child.",
        meeting=date(2054, 4, 1), not_children=["Sinead Corless", "Gary Twist", "Anthony Roscoe"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2054-03-20 15:10:48"
    blocks = [
        "Dear Family First duty,", "",
        "I am writing to let you know of a planned step down to Level 2 for the children below, following the "
        "final CIN meeting.", "",
        ("table", [["", "Details"],
                   ["Children", "Aoife McAteer (DOB 11/01/2042) and Seán McAteer (DOB 03/07/2045)"],
                   ["ICS number", "ICS-2290417"],
                   ["Final CIN meeting", "Tuesday 31 March 2054, 2.00pm"],
                   ["Venue", "Whiston Family Hub, Old Colliery Road, Whiston, L35 9ZQ"],
                   ["New Lead Practitioner", "Ciara MacGillivray, Pastoral Lead, St Aidan's Catholic High School"],
                   ["Level", "Level 2"]]), "",
        ("h", "What are we worried about?"),
        "Aoife's attendance has fallen to 84% this term; Seán is anxious about the family court process. The "
        "non-molestation order against Mr McAteer (made 14/10/2053, 12 months) remains in force and has not been "
        "breached; there are no current concerns of domestic abuse in the household.", "",
        ("h", "What is working well?"),
        "Mum has engaged with IDVA support and the Freedom Programme; the children are settled and see their dad "
        "at the contact centre as ordered.", "",
        ("h", "What needs to happen?"),
        "Attendance support from school; Seán to be offered ELSA sessions; TAF review 6 weeks after step down.", "",
        "Mum consented to the step down at the CIN review on 13/03/2054.", "",
        "Many thanks,", "Rhys Pennington", "Social Worker | Children in Need Team | Knowsley Council", "0151 496 0622"]
    top = outlook_top(f, addr("Pennington, Rhys", "Rhys.Pennington@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down L2 - McAteer - final CIN 31/03", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-2290417"],
        [ch("Aoife McAteer", "2042-01-11", "11/01/2042"), ch("Seán McAteer", "2045-07-03", "03/07/2045")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "Knowsley level 2 step-down in a Word table: final CIN Tue 31 March 14:00 with venue, new Lead Practitioner "
        "named with agency, all three Signs of Safety headings, consent -> missing []. From Fri 20 March: 23, 24, 25, "
        "26, 31 March = exactly 5 WD (Good Friday and Easter Monday excluded; 7 plain weekdays) -> ok -> book_meeting. "
        "A non-molestation order in force, not breached, 'no current concerns of domestic abuse' -> not a concern; "
        "attendance 84% -> school_attendance. Names with Mc and an accent (Seán); the order's date is not a DOB.",
        meeting=date(2054, 3, 31), not_children=["Ciara MacGillivray", "Rhys Pennington"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2054-02-10 09:30:12"
    body = T("""
Good morning,

Step down to Family First at level 3 for Brooke Halliwell (ICS ID 2301876), DOB 19th June 2047.

Joint home visit proposed: Wednesday 18 February 2054 at 10.00am, 4 Lathom Walk, Kirkby.

What are we worried about: Mum's alcohol use (reduced, but two relapses since November); Brooke's late arrival at school.
What is working well: Mum has completed the CGL programme; Brooke's aunt provides after-school care.
What needs to happen: a Family First case manager to support routines and relapse prevention; TAF review at 6 weeks.

I have to tell you that Ms Halliwell has declined the referral to Family First. Her solicitor's letter is attached - she wants the CIN plan to end with no further involvement. I am still asking for the joint visit in the hope that she changes her mind when she meets the case manager.

Regards,
Femi Adeyemi
Social Worker | Knowsley Children's Social Care
""")
    atts = [pdf_att("Letter from Pryor Grant Solicitors 06.02.2054.pdf", "PRYOR GRANT SOLICITORS LLP", [
        "Our ref: PG/FAM/7731   Your ref: ICS 2301876   Date: 6 February 2054",
        "Dear Sirs,",
        "Re: Our client Ms Natalie Halliwell and her daughter Brooke",
        "We are instructed by Ms Halliwell. Our client does not consent to a referral to Family First or to any",
        "further Early Help involvement. She asks that the Child in Need plan is closed at the next review.",
        "Yours faithfully, Pryor Grant Solicitors LLP"])]
    top = plain_top(f, addr("Adeyemi, Femi", "Femi.Adeyemi@" + KDOM), addr("Family First 0-18 Duty", KFF),
                    "Step down level 3 - Halliwell - joint visit 18/02", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2301876"],
        [ch("Brooke Halliwell", "2047-06-19", "19th June 2047")],
        ["substance_misuse"], False, None, ["consent"], True, "request_info",
        "Knowsley level 3 step-down with a joint home visit Wed 18 Feb 10:00 and address, all three headings; the "
        "mother 'has declined the referral' and her SOLICITOR'S LETTER says she 'does not consent' -> consent false "
        "-> missing consent -> request_info. 6 WD notice from Tue 10 Feb -> ok. 'ICS ID 2301876' -> '2301876'.",
        meeting=date(2054, 2, 18), not_children=["Natalie Halliwell", "Femi Adeyemi"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2054-01-22 12:10:40"
    add(f, itip_reply(f, when, "Danielle Oyelowo", "danielle.oyelowo@probation.example.gov.uk",
                      ("Megan Tasker", "Megan.Tasker@knowsley.gov.uk"), "ACCEPTED",
                      "Step up TAF meeting - Quirk family - EHM-68120", "20540128T100000", "20540128T113000",
                      "Microsoft Teams Meeting",
                      comment="I will join for the first 20 minutes to give the probation update (remand, no contact) and then leave.",
                      to_name="Tasker, Megan")
        .replace(b"To: \"Tasker, Megan\" <Megan.Tasker@knowsley.gov.uk>",
                 b"To: \"Tasker, Megan\" <Megan.Tasker@knowsley.gov.uk>\r\nCc: Knowsley MASH <knowsleymash@knowsley.gov.uk>"),
        "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-68120"], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY ACCEPTED from a probation officer (Cc the MASH inbox) to knowsley_03's step-up TAF, with "
        "a COMMENT -> meeting_reply -> record_reply; the case id from the SUMMARY.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2054-02-09 08:40:19"
    body = T("""
DOMESTIC ABUSE NOTIFICATION - MERSEYSIDE POLICE - PROTECTING VULNERABLE PEOPLE

NOTIFICATION TYPE:          Domestic Abuse (Standard)
OCCURRENCE REF:             MP-0207-1188
DATE/TIME OF INCIDENT:      Sat 07/02/2054 23:40
LOCATION:                   12 Brookhey Drive, Prescot
AGGRIEVED:                  Mr Dean Fairclough, 58 yrs
SUSPECT:                    Mrs Patricia Fairclough, 56 yrs (wife)
NATURE:                     Verbal argument over finances; suspect threw a mug, no injury.
ARREST:                     No. Words of advice given. NFA.
DASH:                       Standard (3 ticks)
CHILDREN PRESENT:           No
CHILDREN RESIDENT:          No - no children reside at or regularly visit the address
CHILDREN OF EITHER PARTY:   Two adult sons (29 and 31) living independently
REFERRALS:                  Aggrieved signposted to Victim Care Merseyside.

This notification is sent to Knowsley MASH for information under the local information-sharing agreement. No action is requested.

PVP Admin | Merseyside Police | 0151 496 0201
""") + PNNDISC
    top = plain_top(f, addr("PVP Notifications", "pvp.notifications@" + MERPOL), addr("Knowsley MASH", KMASH),
                    "DA NOTIFICATION MP-0207-1188 (STANDARD) - FAIRCLOUGH - NO CHILDREN", when, MERPOL, None)
    add(f, mail(f, top, body, cte="7bit", crlf=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (an incident with no child): a police domestic-abuse notification in its field layout between two "
        "adults in their late fifties; 'CHILDREN PRESENT: No', no children resident or visiting, adult sons; NFA. Full "
        "of DA words but no child -> not urgent; concerns [] (no child's household). other -> human_review.",
        not_children=["Dean Fairclough", "Patricia Fairclough"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
HMPPS = "justice.example.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2054-03-06 11:15:37"
    rows = [("PRISONER", "Darren Michael COLE"), ("PRISON NO.", "A7731FQ"),
            ("ESTABLISHMENT", "HMP Coldharbour"), ("RELEASE TYPE", "Automatic conditional release (licence)"),
            ("DATE/TIME OF RELEASE", "06/03/2054 09:05"),
            ("INDEX OFFENCES", "Sexual assault of a child under 13 (x2); possession of indecent images (Cat A)"),
            ("SOTP / REGISTRATION", "Notification requirements: indefinite"),
            ("LICENCE CONDITIONS", "Not to reside in any household containing a child under 18 without the prior "
             "approval of the supervising officer; no unsupervised contact with any child under 18."),
            ("APPROVED ADDRESS (as at 04/03)", "Approved Premises, Battersea - place withdrawn 05/03 (capacity)"),
            ("ADDRESS GIVEN ON RELEASE", "Flat 3, 41 Keswick Road, Putney (home of Ms Gemma Harte, partner)"),
            ("COM", "Not yet allocated - case transferred from Kent PDU 05/03; first appointment 09/03")]
    intro = ("<p>Good morning,</p><p>Please see the release notification below, sent under the MAPPA "
             "information-sharing arrangements. The address the prisoner gave at the gate was not the approved "
             "address. Police (Wandsworth Jigsaw) have been copied.</p>")
    outro = ("<p>Local police checks this morning show the children listed below living at the address given on "
             "release. Our records show no assessment of that address and no approval by a supervising officer. "
             "The prisoner left by taxi at 09:20; the OMU has been unable to reach Ms Harte by phone.</p>"
             "<p>Offender Management Unit, HMP Coldharbour<br>OMU Hub 020 7946 0714</p>"
             "<p><b>CHILDREN RECORDED AT THE RELEASE ADDRESS</b></p>"
             + htable(["Name", "DOB", "Relationship"], [["Lily-Mae Harte", "14.05.2045", "daughter of Ms Harte"],
                                                         ["Poppy Harte", "22.02.2049", "daughter of Ms Harte"]])
             + "<p style='font-size:8pt;color:#777'>OFFICIAL-SENSITIVE. This e-mail and any attachment is "
             "intended only for the named recipient and may contain information subject to the Data Protection "
             "Act 2018. If you are not the intended recipient please delete it. Messages may be monitored.</p>")
    logo, cid = inline_png(f, "hmpps-logo.png", 1, (0, 51, 102), 160, 48)
    html_body = layout_html(intro, [(k, esc(v)) for k, v in rows], outro, cid, "HM Prison and Probation Service")
    top = outlook_top(f, addr("OMU HMP Coldharbour", "omu.coldharbour@" + HMPPS), addr("MASH Step Up", RSU),
                      "RELEASE NOTIFICATION - A7731FQ COLE - released 06/03/2054 to an unapproved address", when,
                      cc="jigsaw.wandsworth@met.police.example.uk", mid_domain=HMPPS)
    add(f, build(top, related_html(f, html_body, [logo]), True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Lily-Mae Harte", "2045-05-14", "14.05.2045"), ch("Poppy Harte", "2049-02-22", "22.02.2049")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A PRISON'S RELEASE NOTIFICATION (HTML-only, field table, logo): a man convicted of sexually assaulting "
        "children under 13, released this morning on licence that forbids living with children, gave as his address "
        "his partner's flat where two girls (8 and 5) live; the approved premises place was withdrawn; no one has "
        "assessed it; he left by taxi. He will be with the girls tonight -> urgent -> alert_duty. 'MAPPA', 'Children' "
        "only in the table at the end. sexual_harm. other.",
        not_children=["Darren Michael COLE", "Gemma Harte"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2054-01-13 16:20:02"
    body = T("""
Dear MASH colleagues,

Following reflective discussion with my Early Help worker (Tasha Boateng) this afternoon, we are stepping up the Kavanagh family to Children's Services.

CASE SUMMARY
Kian Kavanagh (DOB 30/06/2049) and Maisie Kavanagh (DOB 12/08/2051) live with mum, Jodie Kavanagh, in Roehampton. Mosaic ID 3381702. Early Help has been involved since September 2053 (TAF, parenting support). Mum's partner, Lee Stott, moved in over Christmas. Since then nursery report Maisie arriving hungry and in the same clothes, and two police DA notifications (27/12/2053 and 09/01/2054), both standard.

RATIONALE FOR STEP UP
The concerns have escalated beyond what a TAF can manage: repeated police attendance, mum withdrawing from the plan, and home conditions deteriorating. We think a Child and Family Assessment is needed.

Kind regards,
Marcus Ilori
Early Help Team Manager | Wandsworth Early Help (West)
020 7946 0288

PS - as I was about to send this, Tasha heard from the nursery manager. Lee was arrested last night after Jodie was taken to St George's with a broken jaw. He was released at 2pm today, NFA'd because Jodie won't give a statement, and he has gone back to the flat. Jodie is still on the ward tonight. Kian and Maisie were collected from nursery by Lee at 3.30 and are at the flat with him.
""") + RDISC
    top = outlook_top(f, addr("Ilori, Marcus", "Marcus.Ilori@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kavanagh - Mosaic 3381702", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3381702"],
        [ch("Kian Kavanagh", "2049-06-30", "30/06/2049"), ch("Maisie Kavanagh", "2051-08-12", "12/08/2051")],
        ["domestic_abuse", "neglect"], None, None, [], None, "alert_duty",
        "A COMPLETE STEP-UP (case summary and rationale under their headings, from the EH team manager) WHOSE PS says "
        "the partner who broke the mother's jaw was NFA'd and released at 2pm, collected the 4- and 2-year-old from "
        "nursery and is alone with them at the flat tonight while mum is in hospital. No alarm word. Urgent only in the "
        "PS -> alert_duty. domestic_abuse + neglect (hungry, same clothes). 'Mosaic ID 3381702' -> '3381702'.",
        not_children=["Jodie Kavanagh", "Lee Stott", "Tasha Boateng", "Marcus Ilori"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2054-02-04 10:30:55"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper Quint yesterday, we agreed a step-down case discussion for Monday 9th February at 11am (Teams). Confirming by email as the protocol asks, with the latest case summary and draft Early Help plan attached.

Background for the discussion: the s47 enquiry concluded on 28/01/2054. Mr Adebayo was charged with controlling and coercive behaviour and ABH and was remanded in custody by Wimbledon Magistrates on 20 November; he remains at HMP Wandsworth awaiting trial. A non-molestation order (without notice, then on notice on 15/12/2053) is in force until December. There have been no incidents since his remand, and domestic abuse is no longer a current concern in the household - Ms Adebayo and the children are settled with IDVA support. The remaining worry is Toluwani's attendance (81%).

Ms Adebayo has consented to Early Help continuing the plan, and has agreed that the school's Family Support Worker, Niamh O'Connell, takes on the Lead Professional role.

Children: Toluwani Adebayo, DOB 09-03-2043; Dami Adebayo, DOB 27-10-2046. Mosaic ID 3350218.

Kind regards
Hollie Grayling
Social Worker | Assessment Team (Wandsworth)
""") + RDISC
    atts = [pdf_att("Case summary - Adebayo - Feb 2054.pdf", "Case summary - Adebayo family (Mosaic 3350218)", [
                "Latest case summary at step-down. s47 concluded 28/01/2054; CP plan not required.",
                "Father remanded in custody 20/11/2053; non-molestation order in force."]),
            docx_att("Draft Early Help plan - Adebayo.docx", ["# Draft Early Help plan",
                "Lead Professional: Niamh O'Connell, Family Support Worker, Granard Primary",
                "Outcome 1: Toluwani's attendance above 95% by Easter.", "Outcome 2: Dami - play therapy referral."])]
    top = outlook_top(f, addr("Grayling, Hollie", "Hollie.Grayling@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Mon 9 Feb 11am - Adebayo", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3350218"],
        [ch("Toluwani Adebayo", "2043-03-09", "09-03-2043"), ch("Dami Adebayo", "2046-10-27", "27-10-2046")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS (an adult remanded, an order in force): charged with coercive control and ABH, remanded to HMP "
        "Wandsworth since November, non-molestation order, no incidents since, 'domestic abuse is no longer a current "
        "concern' -> not urgent, DA not labelled; attendance 81% -> school_attendance. Complete R&W step-down: case "
        "summary PDF, draft plan .docx, consent -> book_meeting. DOBs dd-mm-yyyy; the s47 date is not a DOB.",
        not_children=["Niamh O'Connell", "Hollie Grayling"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2054-03-02 14:05:21"
    body = T("""
Hi Early Help Duty team,

Following my conversation with Jasper this morning, I'm confirming the step-down case discussion for the Ó Briain children on Thursday 5th March at 2pm at Welbeck House.

Latest case summary (pasted - Mosaic won't let me export this week):
Zoë Ó Briain (DOB 2041-04-02) and Fionn Ó Briain (DOB 2044-12-19) live with their father, Cathal Ó Briain, in Barnes. The CIN plan followed mum's admission under s.2 of the Mental Health Act in October. Mum is now home with her parents, under the community mental health team, and the Family Court made a child arrangements order on 18/02/2054 (Cafcass officer Ms Ruth Adair; the children live with dad and spend time with mum). Dad is coping well but has asked for ongoing support around mum's recovery.

Consent: both parents consented to Early Help continuing the plan at the CIN review on 24/02/2054 (dad in writing, mum verbally with her CPN present).

The draft plan for Early Help is attached. My team manager, Declan Frost, does not agree to the step down until he has seen that plan, so please treat the discussion as provisional.

Thanks,
Saoirse Kenny
Social Worker | Family Support and Protection (Richmond)
Form completed: 02/03/2054
""") + RDISC
    top = outlook_top(f, addr("Kenny, Saoirse", "Saoirse.Kenny@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Ó Briain - case discussion Thurs 5/3 2pm", when)
    add(f, mail(f, top, body, html_alt=True, charset="iso-8859-1"), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, [],
        [ch("Zoë Ó Briain", "2041-04-02", "2041-04-02"), ch("Fionn Ó Briain", "2044-12-19", "2044-12-19")],
        ["parental_mental_health"], True, False, ["draft_plan"], None, "request_info",
        "R&W step-down (iso-8859-1 body, accented names Zoë / Ó Briain): case summary pasted under its own heading, "
        "both parents consented; 'The draft plan for Early Help is attached' but NOTHING is attached -> draft_plan "
        "missing -> request_info. Case discussion Thu 5 March within 5 days. The child arrangements order and form "
        "completion dates are not DOBs; the Cafcass officer and father are adults. No Mosaic number written. The team "
        "manager 'does not agree to the step down until he has seen that plan' -> manager_agreed false (R&W does "
        "not require it, so it adds nothing to missing).",
        not_children=["Declan Frost", "Cathal Ó Briain", "Ruth Adair", "Saoirse Kenny"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2054-03-05 09:12:44"
    add(f, itip_reply(f, when, "Ruth Adair", "ruth.adair@cafcass.example.gov.uk",
                      ("Early Help Duty", RED), "DECLINED",
                      "Step-down case discussion - Mosaic 3362954", "20540305T140000", "20540305T150000",
                      "Welbeck House, Wandsworth",
                      comment="Apologies - I am in a section 8 hearing at the Family Court all afternoon. My report was filed on 16 February and I have nothing to add; the order is final and Cafcass has closed its involvement."),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3362954"], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY DECLINED from a Cafcass officer with a COMMENT (in court; report filed; order final) -> "
        "meeting_reply -> record_reply. 'Mosaic 3362954' in the SUMMARY -> '3362954'.",
        not_children=["Ruth Adair"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2054-01-21 07:00:03"
    text = T("""
WANDSWORTH & RICHMOND COMMUNITY SAFETY PARTNERSHIP - DA & MARAC BRIEFING, JANUARY 2054

1. MARAC referrals: what "high risk" means
A reminder that a DASH score of 14 or more, professional judgement or escalation (three or more police call-outs in 12 months) meets the threshold for MARAC. Referrals go to the MARAC coordinator, not to MASH.

2. Learning from practice - example scenarios (fictional, for discussion at team meetings)
Scenario A: Police attend a flat at 02:00. The IP has a bruised face; a 3-year-old is heard crying in the bedroom. The suspect is RIC. What would you do if he were released at 06:00 with no bail conditions and returned to the flat?
Scenario B: A 12-year-old tells her teacher "he said he'll kill us if mum calls the police again". What immediate safeguarding action is needed?
Scenario C: A man on licence for offences against children gives a new partner's address at the prison gate. Who should be told, and how fast?

3. Jargon buster: RIC (remanded in custody), RUI (released under investigation), NFA (no further action), DP (detained person), IP (injured party), PPN (public protection notice), DVPN / DVPO (domestic violence protection notice / order), Clare's Law (DVDS).

4. Dates: DA Champions' network, Tuesday 10 February, 2pm, Battersea Library. MARAC dates for February: 4th and 18th.

These scenarios are invented for training and do not describe real families.
""")
    html_body = "<html><body style='font-family:Arial;font-size:10pt'>" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + \
        "<p style='font-size:8pt'>You are receiving this because you subscribed to CSP briefings. <a href='https://lists.example.org/unsub?l=csp-da'>Unsubscribe</a></p></body></html>"
    top = plain_top(f, addr("Community Safety Partnership", "csp-briefings@lists.example.org"),
                    addr("Early Help Duty", RED), "CSP DA & MARAC briefing - January 2054", when,
                    "lists.example.org", None,
                    extra=[("List-Id", "CSP DA briefings <csp-da.lists.example.org>"),
                           ("List-Unsubscribe", "<https://lists.example.org/unsub?l=csp-da>, <mailto:csp-da-leave@lists.example.org>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin with example scenarios): a Community Safety Partnership mailing list (List-Id, "
        "List-Unsubscribe, Precedence: bulk) with three fictional scenarios echoing this set's urgent mails (a "
        "suspect released to a 3-year-old, 'he'll kill us', a man on licence at a new partner's address) and a "
        "hypothetical 'what would you do if'. Not urgent; no child; other -> human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2054-02-25 11:45:30"
    blocks = [
        "Dear MASH Step Up,", "",
        "Please accept this step up for the D'Souza-Field family. My Early Help worker and I have had the reflective "
        "discussion and agree the family now need Children's Services.", "",
        ("h", "Rationale for the plan to step up"),
        "Since January the police have sent three domestic abuse notifications (PPNs dated 14/01, 02/02 and "
        "12/02/2054). Mum's depression has worsened (GP increased medication 16/02) and she has stopped attending "
        "the Freedom Programme. Father denies the incidents and refuses to meet us. The TAF has been unable to make "
        "progress for 8 weeks.", "",
        ("table", [["Child", "Date of birth", "School / setting"],
                   ["Tia-Rose D'Souza-Field", "4th August 2046", "Southfields Primary"],
                   ["Jude D'Souza-Field", "7th January 2051", "Little Acorns Nursery"]]), "",
        "The latest case summary is attached. Mosaic ID 3371180.", "",
        "Best wishes,", "Priyanka Mehta", "Early Help Team Manager | Richmond Early Help (East)"]
    atts = [docx_att("Case summary D'Souza-Field Feb 2054.docx", ["# Latest case summary",
                "Family: D'Souza-Field   Mosaic 3371180",
                "Early Help since 03/10/2053; TAF x3; police PPNs x3 since January; mum's mental health declining."])]
    top = outlook_top(f, addr("Mehta, Priyanka", "Priyanka.Mehta@" + RDOM), addr("MASH Step Up", RSU),
                      "Step Up request - D'Souza-Field", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3371180"],
        [ch("Tia-Rose D'Souza-Field", "2046-08-04", "4th August 2046"),
         ch("Jude D'Souza-Field", "2051-01-07", "7th January 2051")],
        ["domestic_abuse", "parental_mental_health"], None, None, [], None, "book_meeting",
        "Complete R&W step-up from the EH team manager: rationale under its heading, case summary .docx attached -> "
        "missing [] -> book_meeting. Apostrophe + hyphen names in a Word table, DOBs '4th August 2046'. Three police "
        "PPNs (dates are not DOBs) -> domestic_abuse; mum's depression -> parental_mental_health.",
        not_children=["Priyanka Mehta"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2054-03-31 09:20:14"
    body = T("""
OFFICIAL-SENSITIVE

FROM:        Wandsworth Jigsaw / Public Protection Desk, Met Police
TO:          MASH Step Up (for information)
CRIS/CAD:    4410012/54
SUBJECT:     Oyelaran, Kwame - CHARGED AND REMANDED

1. On Friday 27/03/2054 at 22:15 the suspect, Kwame OYELARAN (41), attended the home of his ex-partner (the aggrieved) in breach of a non-molestation order and damaged the front door. The aggrieved and the children were at her mother's address in Tooting for the Easter weekend; no child was present.
2. The suspect was arrested at 23:02, interviewed and charged with breach of a non-molestation order (s.42A FLA 1996) and criminal damage. He was remanded in custody (RIC) to appear at Lavender Hill Magistrates' Court on 30/03, where he was further remanded to HMP Wandsworth. Next hearing 27/04/2054.
3. The aggrieved has had the door repaired and returned home on 30/03 with the children. She has been referred to the IDVA service.
4. No further police action is requested from children's services. Sent for information under the notification protocol.

PS 1204 Lomax, Public Protection Desk

Children of the aggrieved:
""") + ptable(["Name", "DOB"], [["Ife Oyelaran", "16/11/2044"], ["Tobi Oyelaran", "05/05/2048"]]) + PNNDISC
    top = plain_top(f, addr("Public Protection Desk", "ppd.wandsworth@met.police.example.uk"), addr("MASH Step Up", RSU),
                    "FOR INFORMATION - OYELARAN - CHARGED / RIC - 4410012/54", when, "met.police.example.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="base64", crlf=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [],
        [ch("Ife Oyelaran", "2044-11-16", "16/11/2044"), ch("Tobi Oyelaran", "2048-05-05", "05/05/2048")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS (an adult remanded, no child present): a police notification (base64, +0100 after BST began) that "
        "a man who breached a non-molestation order over Easter was charged and remanded in custody to HMP "
        "Wandsworth; the children were at their grandmother's, not present; 'No further police action is "
        "requested'. Not urgent. other -> human_review; children only in the table at the end; domestic_abuse.",
        not_children=["Kwame OYELARAN"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
MET = "met.police.example.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2054-01-12 07:55:40"
    body = T("""
MERLIN / PPN - DOMESTIC ABUSE - CHILD(REN) AT ADDRESS
SUBMITTED BY: PC 7741HT BRENNAN, Response Team, Bethnal Green
SUBMITTED: 12/01/2054 07:48

INCIDENT CAD:            CAD 1206/12JAN
DATE/TIME:               12/01/2054 05:10
ADDRESS:                 Flat 19, Cressy House, Hannibal Road, Stepney E1
AGGRIEVED (IP):          Farzana BEGUM, 29
SUSPECT:                 Shahid MIAH, 33 (partner, father of child 1 and child 2)
SUSPECT STATUS:          LEFT SCENE PRIOR TO POLICE ARRIVAL - NOT TRACED. Circulated on PNC as wanted.
INJURIES (IP):           Bruising to both upper arms consistent with gripping; swollen left cheek.
INJURIES (CHILD 1):      Fresh red hand-shaped mark to the left side of the face and a bruise behind the left ear. Child 1 told officers "abbu slapped me because I was crying".
DASH RISK:               HIGH (17)
KEYS:                    Suspect has keys to the flat. IP declined to go to her sister's or to a refuge; stated "he always comes back in the morning when he's calmed down".
ACTION BY POLICE:        Scene attended, BWV, IP advised of DVPN - suspect not traced so none issued.
SAFEGUARDING:            Children remain at the address with the IP. Officers left at 06:40 to another call.
MERLIN REF:              MER/54/0031822

CHILDREN
""") + ptable(["NO.", "NAME", "DOB", "SCHOOL"], [["1", "Aariz MIAH", "03/02/2047", "Stepney Green Primary"],
                                               ["2", "Inaya MIAH", "18/09/2052", "not in a setting"]]) + PNNDISC
    top = plain_top(f, addr("MERLIN Notifications - Central East BCU", "merlin.ce@" + MET), addr("MAST", TMAST),
                    "PPN DA - CHILDREN AT ADDRESS - SUSPECT OUTSTANDING - MER/54/0031822", when, MET, None)
    add(f, mail(f, top, body, crlf=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Aariz Miah", "2047-02-03", "03/02/2047", as_written="Aariz MIAH"),
         ch("Inaya Miah", "2052-09-18", "18/09/2052", as_written="Inaya MIAH")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A POLICE PPN IN ITS OWN FIELD LAYOUT at 07:55 (before office hours): the suspect fled before police arrived, "
        "is wanted, has keys and 'always comes back in the morning'; a 6-year-old has a hand-shaped mark and a "
        "bruise and says 'abbu slapped me'; the IP refused to leave; the officers have gone. Urgent -> alert_duty "
        "(uses 'RISK' / 'SAFEGUARDING' field labels). Children only in the table, surname in capitals -> "
        "normalised. domestic_abuse + physical_harm. 'MER/54/0031822' and the CAD are police refs, not case ids.",
        not_children=["Farzana BEGUM", "Shahid MIAH"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2054-02-19 13:30:09"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support form for Ayaan Chowdhury (Mosaic 3419087). We are requesting a step up from Targeted Early Help. My manager, Shirin Haque, has agreed the step up - she has read the form and signed section 7.

I have a TAF with the family on Tuesday if a MAST worker is able to attend.

Thank you,
Nasreen Ali
Lead Practitioner | Targeted Early Help (Bow) | London Borough of Tower Hamlets
020 7946 0551

""") + TDISC
    atts = [pdf_att("MARF - Ayaan Chowdhury - 19.02.2054.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "1. CHILD: Ayaan Chowdhury   DOB: 21/07/2045   Mosaic: 3419087",
        "2. PARENT/CARER: Rehana Chowdhury (mother)",
        "3. REASON FOR REQUEST: Step up from Targeted Early Help. Domestic abuse history; mum's low mood.",
        "4. CURRENT SITUATION (updated 19/02/2054 12:50):",
        "Dad (Jamal Chowdhury) was released from HMP Thameside yesterday, 18/02, at the end of his sentence for",
        "assaulting mum. There are no licence conditions preventing contact. Mum let him back into the flat last",
        "night. Ayaan came to see me at school at lunchtime today. He said dad sleeps with a kitchen knife under",
        "his pillow and told mum last night 'if you call them again I'll kill you tonight, and him'. Ayaan is",
        "due home at 3.15. Mum is not answering her phone.",
        "5. CONSENT: mum consented to this request on 16/02/2054, before dad's release.",
        "6. WHAT HAS BEEN TRIED: TAF since October; Freedom Programme; school counselling.",
        "7. MANAGER: Shirin Haque, Team Manager - agreed 19/02/2054."])]
    top = outlook_top(f, addr("Ali, Nasreen", "Nasreen.Ali@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF attached - Ayaan Chowdhury", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3419087"],
        [ch("Ayaan Chowdhury", "2045-07-21", "21/07/2045")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "alert_duty",
        "A RISK TOLD ONLY IN THE ATTACHMENT: a routine TH step-up body (MARF attached, manager agreed); section 4 of "
        "the MARF PDF says dad was released from prison yesterday, mum let him back, he keeps a knife under his "
        "pillow and threatened 'I'll kill you tonight, and him'; Ayaan (8) goes home at 3.15. No alarm word. "
        "Urgent -> alert_duty (the step-up itself is complete: MARF + manager). domestic_abuse, "
        "parental_mental_health (mum's low mood). Consent true (given on 16/02).",
        not_children=["Jamal Chowdhury", "Rehana Chowdhury", "Nasreen Ali", "Shirin Haque"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2054-01-27 10:10:33"
    body = T("""
Good morning Early Help Hub,

Step-down of Ibrahim Al-Hassan (DOB 2040-06-11), Mosaic 3402265, from the Children's Social Work team to a TAF.

The Child and Family Assessment concluded on 21 January 2054 (attached). I will chair the TAF meeting on Wednesday 4 February at 10:00 at the Idea Store, Whitechapel, and the minutes will be on Mosaic within 10 working days.

Ibrahim is 13 and is completing a 9-month referral order (Youth Offender Panel on 02/02). The Youth Justice worker, Dalia Fernández (Tower Hamlets Youth Justice Service), has agreed to be the Lead Practitioner. Mr and Mrs Al-Hassan have both consented to the step-down. The remaining worry is dad's anxiety and depression, which is affecting routines at home; he is under the GP.

The TAF plan (draft) is attached.

Kind regards,
Oluwaseun Bakare
Social Worker | Children's Social Work (North East) | 020 7946 0478
""") + TDISC
    atts = [pdf_att("C&F Assessment - I Al-Hassan - concluded 21.01.2054.pdf", "Child and Family Assessment", [
                "Child: Ibrahim Al-Hassan   Mosaic: 3402265   Concluded: 21/01/2054",
                "Outcome: step down to TAF with Lead Practitioner (Youth Justice Service)."]),
            docx_att("TAF plan - Al-Hassan (draft).docx", ["# TAF plan (draft)",
                "Lead Practitioner: Dalia Fernández, Youth Justice Service",
                "Goal 1: complete referral order; Goal 2: dad's GP and talking therapy; Goal 3: school routine."])]
    top = outlook_top(f, addr("Bakare, Oluwaseun", "Oluwaseun.Bakare@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Al-Hassan - Mosaic 3402265", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3402265"],
        [ch("Ibrahim Al-Hassan", "2040-06-11", "2040-06-11")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete TH step-down: C&F Assessment PDF, TAF plan .docx, consent from both parents, Lead Practitioner "
        "named with agency (a Youth Justice worker, accented name) -> missing [] -> book_meeting. A referral order and "
        "panel date are context (02/02 is not a DOB). parental_mental_health. 'Mosaic 3402265' -> '3402265'.",
        not_children=["Dalia Fernández", "Oluwaseun Bakare"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2054-03-11 15:00:27"
    body = T("""
Dear Early Help Hub,

I am stepping down the Kamara children (Mosaic 3398812) to early help. The Child and Family Assessment concluded on 6 March 2054 and is attached.

For context, because the file reads alarmingly: a prohibited steps order and a non-molestation order were made on 12 January. Mr Kamara breached the non-molestation order on 3 February by waiting outside the school; he was arrested the same day, charged and remanded in custody, and on 26 February was sentenced at Snaresbrook Crown Court to 14 months. The orders have been enforced as the court intended; there have been no incidents since 3 February and the children have no contact with him.

Current worries are Musa's behaviour and his attendance (84%).

Mum has consented to early help. The Lead Practitioner will be Mr Callum McKee, Learning Mentor at Marner Primary.

I will chair the TAF on 18 March. The TAF plan isn't ready yet - I'll send it after the meeting.

Regards
Bethany Achterberg
Social Worker | Children's Social Work (Bow)

Musa Kamara - 14/10/2045
Hawa Kamara - 02/04/2049
""") + TDISC
    atts = [pdf_att("CFA Kamara 06.03.2054.pdf", "Child and Family Assessment - Kamara",
                    ["Mosaic 3398812. Concluded 06/03/2054. Recommendation: step down to early help (TAF)."])]
    top = outlook_top(f, addr("Achterberg, Bethany", "Bethany.Achterberg@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Kamara", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3398812"],
        [ch("Musa Kamara", "2045-10-14", "14/10/2045"), ch("Hawa Kamara", "2049-04-02", "02/04/2049")],
        ["school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "NEAR MISS (orders already enforced): a prohibited steps order and a non-mol, breached once, the father "
        "arrested, remanded and now sentenced; no incidents since; no contact -> not urgent, DA not current. TH "
        "step-down with the C&F Assessment, consent and a Lead Practitioner (McKee) but the TAF plan 'isn't ready "
        "yet' -> draft_plan missing -> request_info. school_attendance (84%). DOBs only in the sign-off list.",
        not_children=["Callum McKee", "Bethany Achterberg"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2054-01-16 11:00:51"
    body = T("""
Hi MAST,

Please see the step up for Rahim Uddin below and attached (MARF). Forwarding my manager's agreement.

Rahim (DOB 30.11.2040) is 13. Concerns: he is going missing from school at lunchtime and has been seen with older boys at the Chrisp Street market; the YJS have flagged him following a stop and search (no further action). Attendance 72%.

Thanks
Kemi Lawson
Lead Practitioner | Early Help (Poplar)

-----Original Message-----
From: Begum, Rukhsana <Rukhsana.Begum@towerhamlets.gov.uk>
Sent: 15 January 2054 17:42
To: Lawson, Kemi <Kemi.Lawson@towerhamlets.gov.uk>
Subject: RE: Rahim U - step up?

Kemi - I've read the MARF. Yes, agreed, please send it to MAST in the morning.
Rukhsana
Team Manager, Early Help (Poplar)

-----Original Message-----
From: Lawson, Kemi
Sent: 15 January 2054 15:10
To: Begum, Rukhsana
Subject: Rahim U - step up?

Can you look at the attached before I send it to MAST?
""") + TDISC
    atts = [docx_att("Multi-Agency Request for Support - R Uddin.docx", ["# Multi-Agency Request for Support Form",
                "Child: Rahim Uddin   DOB: 30.11.2040", "Parent: Mrs Shahida Uddin",
                "Reason: exploitation indicators; missing from school; attendance 72%.",
                "Consent: Mrs Uddin consented on 14/01/2054."])]
    top = outlook_top(f, addr("Lawson, Kemi", "Kemi.Lawson@" + TDOM), addr("MAST", TMAST),
                      "FW: Rahim U - step up?", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [],
        [ch("Rahim Uddin", "2040-11-30", "30.11.2040")],
        ["exploitation", "school_attendance"], True, True, [], None, "book_meeting",
        "TH step-up with the MARF .docx; the MANAGER'S AGREEMENT ONLY IN THE FORWARDED REPLY ('Yes, agreed, please "
        "send it to MAST') -> manager true -> missing [] -> book_meeting. Consent in the form. A stop and search NFA'd "
        "is context; exploitation indicators + 72% attendance. No case id.",
        not_children=["Begum, Rukhsana", "Kemi Lawson", "Shahida Uddin"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2054-03-26 10:00:18"
    letter = [
        "Our ref: HW/LA/1291   Date: 26 March 2054",
        "Dear Sir or Madam,",
        "Re: Our client Ms Lina Akhtar - private law proceedings (Child Arrangements) - East London Family Court",
        "We act for the mother in the above proceedings. At the fact-finding hearing on 3 March 2054 the court",
        "considered the father's allegations of physical abuse and neglect against our client. The court made no",
        "findings. The allegations were dismissed in full and the section 7 report (risk assessment) concluded",
        "that there are no welfare concerns in our client's care. The children live with our client.",
        "We request, under the Data Protection Act 2018, disclosure of any records held by the Early Help service",
        "relating to our client and the children named below, for the final hearing on 22 April 2054.",
        "Yours faithfully,  Hale Whitlock Solicitors",
        "CHILDREN:  Yusuf Akhtar-Reid (DOB 12/12/2046)   Sofia Akhtar-Reid (DOB 08/06/2050)"]
    body = T("""
Dear Early Help,

Please see the attached letter on behalf of our client. We would be grateful for acknowledgement of receipt.

Kind regards
Marta Nuñez
Trainee Solicitor | Hale Whitlock Solicitors | 020 7946 0902
This email is confidential and may be legally privileged. Hale Whitlock Solicitors is authorised and regulated by the Solicitors Regulation Authority. We will never notify you of a change to our bank details by email.
""")
    atts = [pdf_att("Letter to LBTH Early Help - Akhtar - 26.03.2054.pdf", "HALE WHITLOCK SOLICITORS", letter)]
    top = plain_top(f, addr("Marta Nuñez", "m.nunez@halewhitlock.example.co.uk"), addr("Early Help Hub", TEH),
                    "Our client: Ms L Akhtar - request for disclosure", when, "halewhitlock.example.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts, cte="quoted-printable", charset="windows-1252"), "tower_hamlets", "early_help_duty",
        when, 5, "near_miss", "other", False, None, [],
        [ch("Yusuf Akhtar-Reid", "2046-12-12", "12/12/2046"), ch("Sofia Akhtar-Reid", "2050-06-08", "08/06/2050")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (a solicitor's letter for a parent): allegations of 'physical abuse and neglect' and a 'risk "
        "assessment' in private law proceedings, but the court MADE NO FINDINGS and dismissed them; no welfare "
        "concerns -> concerns [] (negated), not urgent. A disclosure request -> other -> human_review. Body in "
        "windows-1252 QP; children only in the attached letter's closing line. Hearing dates are not DOBs.",
        not_children=["Lina Akhtar", "Marta Nuñez"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2054-04-01 09:05:02"
    body = T("""
Thank you for your email. I am on annual leave from 30/03/2054 returning Tuesday 7 April.

For Jigsaw / MASH police checks please email the Central East Public Protection desk. If your matter is urgent and relates to an immediate risk to a child, call 999. For non-emergency police matters call 101.

DC 4418HT Sarah Okonedo
Child Abuse Investigation Team (CAIT) | Met Police
""")
    add(f, ooo(f, when, "Okonedo, Sarah", "sarah.okonedo@" + MET, addr("Early Help Hub", TEH),
               "Police check - TAF 15/04 - Bangura", body),
        "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A police officer's OUT-OF-OFFICE (Auto-Submitted: auto-replied) with 'urgent ... immediate risk to a child, "
        "call 999' boilerplate -> auto_reply -> ignore, not urgent. +0100 (after BST began 29 March).",
        not_children=["Sarah Okonedo"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2054-02-13 18:20:45"
    body = T("""
Hi MAST

Sorry to send this to you at this time on a Friday - I couldn't get through on the phone.

Jordan Pereira-Lynch (15, DOB 25/08/2038) is on court bail from Thames Magistrates' with a 7pm-7am curfew at his mum's in Poplar, electronically monitored. At 16:05 the monitoring company logged a strap tamper - the tag was cut. His mum rang me at 17:30: he left the flat at 4pm with two men in their twenties in a grey Audi, took his school bag full of clothes, and told his little sister he was "going OT to Southend to work off what I owe". His phone is now off. He was charged last month with possession with intent (found with 22 wraps in a trap house in Southend).

Mum has reported him missing to police (CAD 6140/13FEB). The YOS manager is aware. I'm on 07700 900 562 till 9.

Dwayne Castillo
Youth Justice Officer | Tower Hamlets Youth Justice Service
""")
    top = plain_top(f, addr("Castillo, Dwayne", "Dwayne.Castillo@" + TDOM), addr("MAST", TMAST),
                    "Jordan P-L - tag cut, left with 2 adult males", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="quoted-printable", crlf=False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Jordan Pereira-Lynch", "2038-08-25", "25/08/2038")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A YOUTH JUSTICE OFFICER on a Friday at 18:20 (out of hours): a 15-year-old on bail cut his tag and left with "
        "two adult men, 'going OT to Southend to work off what I owe'; phone off; reported missing. County lines "
        "happening tonight -> urgent -> alert_duty (out-of-hours service). No alarm word. exploitation + missing. "
        "other (a partner's report, not a step request).",
        not_children=["Dwayne Castillo"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
DCP = "devonandcornwall.police.example.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2054-01-20 22:05:37"
    body = T("""
To whoever picks this up -

I'm the custody sergeant at Torquay. I've tried the number on the council website and it rang out, so I'm emailing every address I can find.

DP: Kerry-Ann JEWELL, 26, of 8 Fernham Court, Paignton.
Arrested 19:35 in the Pilot Inn, Paignton for assault on licensed premises. Heavily intoxicated - FME says not fit to be interviewed or released before the morning.

At 21:40, once she had sobered enough to talk, the DP told the booking-in officer that her two children are "asleep at home, they're fine, they never wake up". She left the flat at about 6pm. There is no other adult living there. She has given us the key code for the key safe. A unit is being sent but every unit on the Bay is committed and the earliest ETA is after 23:00.

The DP's mother lives in Plymouth and is not answering.

Sgt 1984 Paul Treloar
Custody Sergeant, Torquay Police Station
Devon & Cornwall Police
01632 960412 (custody desk)

CHILDREN (as given by DP):
""") + ptable(["NAME", "AGE", "DOB"], [["Ellis JEWELL", "3", "unknown"], ["Ruby-Jo JEWELL", "9 months", "unknown"]])
    top = plain_top(f, addr("Treloar, Paul", "paul.treloar@" + DCP), "earlyhelp@torbay.gov.uk, info@torbay.gov.uk",
                    "DP in custody - 2 children alone at 8 Fernham Court Paignton", when, DCP, None)
    add(f, mail(f, top, body, cte="7bit", crlf=True), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ellis Jewell", None, None, as_written="Ellis JEWELL"), ch("Ruby-Jo Jewell", None, None, as_written="Ruby-Jo JEWELL")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A CUSTODY SERGEANT WRITING TO THE WRONG INBOX at 22:05: a mother arrested drunk at 19:35 says her 3-year-old "
        "and 9-month-old are alone asleep at home since 6pm; no police unit before 23:00. A baby and a toddler alone "
        "tonight -> urgent -> alert_duty (EDT). No alarm word. Sent to the Early Help inbox -> mailbox "
        "early_help_duty; other. Children in the table with DOB 'unknown' -> dob null. neglect + substance_misuse.",
        not_children=["Kerry-Ann JEWELL", "Paul Treloar"])

def torbay_02():
    f = "torbay_02.eml"; when = "2054-03-16 08:30:10"
    add(f, itip_reply(f, when, "Lowenna Pascoe", "lowenna.pascoe@probation.example.gov.uk",
                      ("Early Help inbox", BEH), "DECLINED",
                      "Triage - Trewin - LCS-508834", "20540317T093000", "20540317T100000",
                      "Tor Hill House, Torquay",
                      comment="Sorry, I can't make triage. Mr Trewin was recalled to custody on Saturday for breach of his licence (contact with Ms Trewin), but he has not been arrested yet. He was seen at 7.40 this morning by a neighbour taking the boys into the house at Elmbank Road and Ms Trewin's phone is off. Police have the address.",
                      to_name="Early Help inbox"),
        "torbay", "early_help_duty", when, 4,
        "urgent", "meeting_reply", True, None, ["LCS-508834"], [], ["domestic_abuse"], None, None, [], None,
        "alert_duty",
        "A RISK ONLY IN THE COMMENT OF A DECLINED MEETING INVITATION (iTIP REPLY DECLINED): the probation officer says "
        "the father, recalled to prison for breaching licence conditions forbidding contact with the mother, is at "
        "large and was seen this morning taking the boys into the house; mum's phone off. No alarm word. "
        "meeting_reply but urgent -> alert_duty. Boys not named -> children []. domestic_abuse. LCS-508834 from the "
        "SUMMARY.",
        not_children=["Lowenna Pascoe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2054-01-08 10:40:25"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the step-down of Kai O'Sullivan-Bright (DOB 3rd March 2052) - LCS-507716.

The Single Assessment with my analysis and the rationale for stepping down is attached; my Team Manager, Gareth Penhaligon, has recorded his analysis confirming the threshold for level 3 is met (page 2 of the SA).

Mum (Chantelle Bright) has given consent for level 3 Early Help - she signed on 06/01/2054.

Main worry: home conditions and routines (neglect), improving since the housing move; dad is in prison (HMP Channings Wood, not due for release until next year) and has no contact.

Kai is under 5 so I understand this goes to the under-5s triage.

Thanks,
Jess Rowe
Social Worker, Single Assessment Team, Torbay Council
Date form completed: 07/01/2054
""") + BDISC
    atts = [pdf_att("Single Assessment - O'Sullivan-Bright.pdf", "Single Assessment", [
        "Child: Kai O'Sullivan-Bright   DOB: 03/03/2052   LCS-507716",
        "Analysis and rationale for step-down: home conditions improved; routines supported by Early Help.",
        "Team Manager's analysis: I agree the threshold for level 3 intervention is met. G. Penhaligon 07/01/2054"])]
    top = outlook_top(f, addr("Rowe, Jess", "Jess.Rowe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - LCS-507716", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-507716"],
        [ch("Kai O'Sullivan-Bright", "2052-03-03", "3rd March 2052")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down: Single Assessment PDF, TM's analysis confirming the threshold for level 3 "
        "(manager true), consent signed -> missing [] -> book_meeting (under-5s triage: Kai is 1). Level 3 stated "
        "('threshold for level 3', 'level 3 Early Help'). Apostrophe + hyphen name, DOB '3rd March 2052'; the form "
        "completion and consent dates are not DOBs. Father in prison with no contact is context; neglect.",
        not_children=["Chantelle Bright", "Gareth Penhaligon", "Jess Rowe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2054-02-23 14:30:48"
    body = T("""
MASH,

Contact to MASH - the Pengelly family, LCS-509142. I'm the lead professional (Family Intervention Team).

New information: Devon & Cornwall Police sent an adult concern notification on 20/02/2054 - Mr Pengelly was found by officers in mental health crisis on the Brixham breakwater and detained under s.136; he was discharged from the place of safety the next day. Since then he has told me he is using cocaine again "to cope". The children are with mum, who says she will not let him stay but has let him visit. My ATM, Demelza Rowse, and I agree this needs considering for level 4.

Mrs Pengelly does not consent to a contact to MASH. She says social care will "take the kids" and has asked me not to send this. I have explained that I must share it.

Children: Morwenna Pengelly (12/05/2043), Jago Pengelly (29/01/2047).

Tamsin Hocking
Family Intervention Worker (Lead Professional) | Torbay Council
01632 960377
""") + BDISC
    top = outlook_top(f, addr("Hocking, Tamsin", "Tamsin.Hocking@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Pengelly - LCS-509142", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["LCS-509142"],
        [ch("Morwenna Pengelly", "2043-05-12", "12/05/2043"), ch("Jago Pengelly", "2047-01-29", "29/01/2047")],
        ["parental_mental_health", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (a contact to MASH) from the lead professional after a police adult-concern notification "
        "(s.136, discharged): ATM and worker 'agree this needs considering for level 4' -> manager true; 'Mrs "
        "Pengelly does not consent to a contact to MASH' -> consent false -> missing consent -> request_info. Not "
        "urgent: dad discharged, mum with the children, no incident tonight. parental_mental_health + "
        "substance_misuse.",
        not_children=["Demelza Rowse", "Tamsin Hocking"])

def torbay_05():
    f = "torbay_05.eml"; when = "2054-03-03 06:30:00"
    text = T("""
DEVON & CORNWALL POLICE - PUBLIC PROTECTION PARTNERS' NEWSLETTER - ISSUE 41 (MARCH 2054)

IN THIS ISSUE
- New-style Domestic Abuse Notification (DAN) form goes live 1 April
- Bail, RUI and what partners are told
- Case studies for team training

1. THE NEW DAN FORM
From 1 April DANs will arrive with CAPITALISED field labels (AGGRIEVED, SUSPECT, CHILDREN PRESENT Y/N, DASH GRADING). Children will be listed in a table at the end.

2. BAIL AND RUI
Where a suspect is released under investigation (RUI) no conditions can be attached. Where a suspect is charged and remanded in custody (RIC) the IP will be told by the OIC. Pre-charge bail conditions (e.g. not to enter a road) can be breached; a breach is not an offence in itself but the suspect can be arrested.

3. CASE STUDIES (invented for training - not real families)
Case study 1: "The DP, a single mother, is arrested at 19:30. She tells custody her 2-year-old is asleep at home alone." Discuss: who do you call, and in what order?
Case study 2: "A 14-year-old on a tagged curfew cuts the strap and leaves with two adults." What are the indicators of child criminal exploitation?
Case study 3: "A prisoner gives an unapproved address at the gate." What if children live there?

These case studies are fictional and for training only. No action is needed on this newsletter.

To unsubscribe reply UNSUBSCRIBE.
""")
    top = plain_top(f, addr("D&C Public Protection Partners", "pp-partners@lists." + DCP), addr("Early Help", BEH),
                    "Public Protection Partners' Newsletter - Issue 41 - March 2054", when, "lists." + DCP, None,
                    extra=[("List-Id", "<pp-partners.lists.devonandcornwall.police.example.uk>"),
                           ("List-Unsubscribe", "<mailto:pp-partners-unsubscribe@lists.devonandcornwall.police.example.uk>"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, text, cte="7bit", crlf=False), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a newsletter with training case studies): Precedence bulk, List-Id, List-Unsubscribe; its case "
        "studies echo this set's urgent mails (a 2-year-old home alone while the DP is in custody, a cut tag, an "
        "unapproved release address) but are 'invented for training'. other -> human_review.")

def torbay_06():
    f = "torbay_06.eml"; when = "2054-03-18 11:20:04"
    body = T("""
Dear Early Help,

Requesting a triage slot to step down the Lusty children (LCS-506689) from the Safeguarding and Supporting Families team to level 3 Early Help.

You will see a police domestic abuse notification on LCS from last weekend (14/03). For clarity: the incident was between Ms Lusty and her new partner at HIS flat in Exeter. Summer and Alfie were with their father in Newton Abbot for the weekend as per the contact arrangement - no child was present and the partner has never lived with or met the children. Ms Lusty has ended the relationship and is engaging with the IDVA; the partner was arrested and bailed not to contact her or attend Torbay. We have considered it and it does not change the step-down plan, though it's a worry we want Early Help to keep in view.

The Single Assessment (with my analysis and the rationale for step-down) is attached. My Team Manager, Nicola Kitto, agrees the threshold for level 3 is met - see her analysis on the SA. Ms Lusty consented to level 3 Early Help at the review on 16/03.

Summer Lusty - 09.09.2044; Alfie Lusty - 14.02.2047. Other worry: Summer's attendance (86%).

Regards
Ben Tregothnan
Social Worker, SASF Team, Torbay Council
""") + BDISC
    atts = [pdf_att("SA - Lusty - Mar 2054.pdf", "Single Assessment - Lusty", [
        "Children: Summer Lusty, Alfie Lusty   LCS-506689",
        "Social worker's analysis and rationale for step-down to level 3 Early Help.",
        "Team Manager's analysis: threshold for level 3 intervention met. N. Kitto 17/03/2054"])]
    top = outlook_top(f, addr("Tregothnan, Ben", "Ben.Tregothnan@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Lusty", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 2,
        "near_miss", "step_down", False, 3, ["LCS-506689"],
        [ch("Summer Lusty", "2044-09-09", "09.09.2044"), ch("Alfie Lusty", "2047-02-14", "14.02.2047")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS (an incident with no child present): a police DA notification for an incident at the new "
        "partner's flat in Exeter while the children were with their father; partner bailed, relationship ended. "
        "Not urgent. Complete Torbay step-down to level 3 (SA PDF, TM analysis, consent) -> book_meeting. Concerns: "
        "domestic_abuse (a current worry 'to keep in view', mum's relationship) + school_attendance (86%).",
        not_children=["Nicola Kitto", "Ben Tregothnan"])

def torbay_07():
    f = "torbay_07.eml"; when = "2054-04-02 15:40:33"
    add(f, ndr(f, when, BDOM, addr("Early Help", BEH), "oic.torquay.cid@devonandcornwall.police.example.uk",
               "RE: Police disclosure request for triage", "Early Help <earlyhelp@torbay.gov.uk>", "2054-04-02 15:38:11"),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange Online non-delivery report (multipart/report, Auto-Submitted) for mail the Early Help inbox sent "
        "to a police address -> auto_reply -> ignore. +0100 (BST).")

def torbay_08():
    f = "torbay_08.eml"; when = "2054-01-30 12:00:16"
    body = T("""
Hello Early Help team,

I'd like to request a triage slot to step down Lily Tozer (DOB 23/03/2042, LCS-508107).

Lily (11) is a young carer for her mum, who has MS and whose mobility has got worse. The s47 that opened after the police call-out in November (Lily's uncle, since convicted at Exeter Crown Court and in prison) closed with no further action for Lily at home. The SA and my Team Manager's analysis are attached.

Consent: I am seeing mum on Thursday and she will sign the Early Help consent form then - I'll forward it.

Many thanks,
Ellie Trebilcock
Social Worker, Single Assessment Team
""") + BDISC
    atts = [pdf_att("Single Assessment - L Tozer.pdf", "Single Assessment - Lily Tozer", [
        "LCS-508107   Child: Lily Tozer   DOB 23/03/2042",
        "Social worker's analysis: Lily's needs are as a young carer; step-down to Early Help recommended.",
        "Team Manager's analysis: I agree the threshold for level 3 intervention is met. R. Hext, Team Manager, 28/01/2054"])]
    top = outlook_top(f, addr("Trebilcock, Ellie", "Ellie.Trebilcock@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - Tozer - LCS-508107", when)
    add(f, mail(f, top, body, atts, cte="base64"), "torbay", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["LCS-508107"],
        [ch("Lily Tozer", "2042-03-23", "23/03/2042")],
        ["young_carer"], None, True, ["consent"], None, "request_info",
        "Torbay step-down: the MANAGER'S AGREEMENT ONLY IN THE ATTACHMENT (the SA PDF's 'Team Manager's analysis: I "
        "agree the threshold for level 3 ... is met') -> manager true; consent 'she will sign ... then' -> null -> "
        "missing consent -> request_info. A closed s47 and an uncle in prison are history. young_carer. Level 3 from "
        "the attachment's 'threshold for level 3 intervention' (facts are read from attachments too).",
        not_children=["Ellie Trebilcock"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
WMP = "westmercia.police.example.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2054-02-02 15:30:22"
    blocks = [
        "MASH - copy of MARAC referral for information, sent to the MARAC coordinator today. Please read section 9.", "",
        ("h", "HEREFORDSHIRE MARAC REFERRAL FORM"),
        ("table", [["FIELD", "DETAIL"],
                   ["REFERRING AGENCY", "West Mercia Police - Harm Assessment Unit, Hereford"],
                   ["DATE OF REFERRAL", "02/02/2054"],
                   ["VICTIM", "Kayleigh PROSSER, 27, 6 Orchard Row, Kington"],
                   ["PERPETRATOR", "Jordan WATKINS, 30 (ex-partner, father of the children)"],
                   ["DASH RISK SCORE", "19 - HIGH"],
                   ["REASON FOR REFERRAL", "Visible high risk: non-fatal strangulation 31/01/2054; threats to kill."],
                   ["CRIMINAL JUSTICE STATUS", "Arrested 31/01. Released RUI 02/02/2054 11:15 - no bail conditions."],
                   ["NEXT MARAC", "Thursday 19/02/2054"],
                   ["VICTIM CONSENT TO REFERRAL", "Not required (high risk)"]]), "",
        ("h", "SECTION 9 - ANY OTHER INFORMATION"),
        "Since his release at 11:15 the perpetrator has sent the victim 14 texts. At 14:52: \"I'm coming for the "
        "kids tonight. You won't see them again.\" He knows the address; the back door lock is broken and the "
        "victim has no car. Refuge has no space until tomorrow. The children are at home with the victim.", "",
        ("h", "CHILDREN IN HOUSEHOLD"),
        ("table", [["NAME", "DOB", "SCHOOL"],
                   ["Tyler-Jay Watkins", "17/03/2046", "Kington Primary"],
                   ["Evie Watkins", "05/11/2050", "Little Acorns"]]), "",
        "DS 1261 Hannah Bevan", "Harm Assessment Unit | West Mercia Police | 01632 960633"]
    top = outlook_top(f, addr("Bevan, Hannah", "hannah.bevan@" + WMP), addr("MASH Herefordshire", HMASH),
                      "MARAC referral (copy) - PROSSER / WATKINS - RUI today", when, mid_domain=WMP)
    add(f, word_mail(f, top, blocks, font="Calibri"), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tyler-Jay Watkins", "2046-03-17", "17/03/2046"), ch("Evie Watkins", "2050-11-05", "05/11/2050")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A MARAC REFERRAL copied to MASH (Word tables, CAPITAL field labels): the perpetrator of a strangulation, "
        "released RUI this morning without conditions, has texted 'I'm coming for the kids tonight'; the back door "
        "lock is broken, no refuge until tomorrow; the MARAC is 17 days away. Urgent tonight -> alert_duty (uses "
        "'RISK'). Children in the last table. other (a copy of a referral, not a step request). domestic_abuse.",
        not_children=["Kayleigh PROSSER", "Jordan WATKINS", "Hannah Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2054-03-11 16:10:39"
    body = T("""
Dear Sir/Madam,

Please find attached correspondence from this firm regarding our client, Ms Chelsea Price, who appeared before Hereford Magistrates' Court this afternoon and was remanded in custody to HMP Eastwood Park.

We should be grateful if you would direct the attached to the appropriate team.

Yours faithfully

Court Duty Team
Lugg & Wye Solicitors | Criminal Defence | 01632 960451
This email is confidential. If received in error please notify us and delete it.
""")
    atts = [pdf_att("Letter re client C Price 11.03.2054.pdf", "LUGG & WYE SOLICITORS", [
        "Our ref: LW/CRIM/4410   11 March 2054",
        "Re: Ms Chelsea Price - remanded in custody, Hereford Magistrates' Court, 11/03/2054",
        "Our client was remanded in custody today pending trial. She has asked us to inform the local authority",
        "that she has two children. Our client's instructions are set out in the subject line of our covering email.",
        "We make no further representations at this stage."])]
    top = plain_top(f, addr("Lugg & Wye Court Duty", "courtduty@luggandwye.example.co.uk"), addr("MASH Herefordshire", HMASH),
                    "C Price remanded - her kids Mason (6) and Lexi (2) have been on their own at 3 Mill Street "
                    "Bromyard since 8am, nobody has collected them", when, "luggandwye.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts, cte="quoted-printable", crlf=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN THE SUBJECT LINE: a defence solicitor's court duty team reports a mother remanded in "
        "custody (which alone would be a near miss) with a formal body and letter; only the subject says her 6- and "
        "2-year-old have been alone at home since 8am with nobody collecting them. Urgent -> alert_duty. Children by "
        "first name only -> children []. neglect. other.",
        not_children=["Chelsea Price"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2054-01-06 11:00:42"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan, the signed consent form and the lead professional's details for the Gwillim children (Mosaic 3127740), following the decision after the Child and Family Assessment on 22/12/2053.

The social care involvement followed the domestic abuse in 2053. Mr Gwillim was convicted at Worcester Crown Court in December of causing GBH to Mrs Gwillim and was sentenced to 4 years. An indefinite restraining order prohibits any contact with her or the children. He is in prison; there is no contact and no current concern about him. The children were never injured and were not present at the assault.

The remaining need is Oliver's autism and EHCP review (disability/SEND), with Isla's speech delay.

Lead professional: Mrs Teresa Ap Rhys, SENCo, Leominster Primary - agreed with the family.

Kind regards,
Gethin Powell
Social Worker | Herefordshire Council
""") + HDISC
    atts = [docx_att("EHA step-down plan - Gwillim.docx", ["# Early Help Assessment step-down plan",
                "Children: Oliver Gwillim (02/02/2045), Isla Gwillim (19/10/2050)",
                "What needs to happen: EHCP annual review; speech and language therapy; parenting support.",
                "Key person: Teresa Ap Rhys (SENCo)"]),
            pdf_att("Consent form signed - Gwillim.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared.",
                "Signed: L Gwillim (mother)   Date: 04/01/2054"])]
    top = outlook_top(f, addr("Powell, Gethin", "Gethin.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Gwillim - Mosaic 3127740", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3127740"],
        [ch("Oliver Gwillim", "2045-02-02", "02/02/2045"), ch("Isla Gwillim", "2050-10-19", "19/10/2050")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS (historic and resolved): GBH, a 4-year sentence, an indefinite restraining order - the father "
        "is in prison with no contact, 'no current concern', children never injured -> not urgent, DA not labelled. "
        "Complete Herefordshire step-down: plan .docx, signed consent form PDF, lead professional with agency -> "
        "book_meeting. disability_send (autism, EHCP). Children and DOBs only in the plan; the assessment date "
        "and signature date are not DOBs.",
        not_children=["Teresa Ap Rhys", "Gethin Powell"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2054-01-23 13:00:55"
    body = T("""
AUDIT: CLOSED CASES - POLICE INFORMATION SHARING (Q3 2053)
Auditor: Quality Assurance Team, Herefordshire Children's Services
For: Early Help co-ordinators (learning only)

Case 4 of 12 (anonymised: Family D, closed 30/09/2053)
Custody sergeant's note, copied into the record in June 2053: "DP released on bail with conditions not to attend the family home. Child 1 (aged 4) seen with bruising to the forearm on arrest." The s47 concluded the bruising was accidental (fall at nursery, witnessed). The bail conditions were complied with; the DP was NFA'd in August. The family moved out of county and the case was closed. Graded: GOOD - police notification received within 24 hours.

Case 5 of 12 (Family E, closed 12/10/2053)
Breach of a prohibited steps order (father removed child 2 from school, 11/07/2053); police returned the child within 2 hours; order enforced; father later moved abroad. Graded: REQUIRES IMPROVEMENT - the breach was not recorded on Mosaic for 6 days.

Learning: record police notifications on the day; check bail conditions at every visit.

No action is required on any of these closed cases.

QA Team
""") + HDISC
    top = outlook_top(f, addr("QA Team", "qa.childrensservices@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Q3 audit - closed cases - police information sharing", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a case audit): closed, anonymised cases quoting a custody sergeant's note about bruising on a "
        "4-year-old (found accidental), bail conditions complied with, NFA, a prohibited steps order breach "
        "enforced in 2053; 'No action is required'. Not urgent; no named children; other -> human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2054-02-12 09:45:16"
    body = T("""
Dear co-ordinators,

Step-down plan for the MacLeod children attached (one request for the sibling group). Mosaic 3140951.

Chloé MacLeod - DOB 14.07.2046
Rory MacLeod - DOB 01.09.2048
T.J. MacLeod - DOB 30.12.2051 (known as TJ)

Concerns: mum's post-natal depression and anxiety after the youngest; now under the perinatal team and improving. Dad works away.

Lead professional: Ms Ana-Maria Dumitrescu, Health Visitor, Wye Valley NHS Trust (agreed with mum).

Mum agreed to the step-down verbally on Monday; I'll get the consent form signed at my visit next week.

Thanks
Rhiannon Lloyd-Evans
Social Worker, Hereford Locality Team
""") + HDISC
    atts = [docx_att("Step-down plan MacLeod Feb 2054.docx", ["# Early Help Assessment step-down plan",
                "Family: MacLeod   Mosaic 3140951", "Plan: perinatal mental health support; HV visits; nursery place for T.J.",
                "Key person: Ana-Maria Dumitrescu, Health Visitor"])]
    top = outlook_top(f, addr("Lloyd-Evans, Rhiannon", "Rhiannon.Lloyd-Evans@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - MacLeod sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["3140951"],
        [ch("Chloé MacLeod", "2046-07-14", "14.07.2046"), ch("Rory MacLeod", "2048-09-01", "01.09.2048"),
         ch("T.J. MacLeod", "2051-12-30", "30.12.2051")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire sibling-group step-down: plan .docx and lead professional with agency, but consent only "
        "VERBAL ('agreed ... verbally'; form to be signed next week) -> consent true, consent_form missing (the "
        "written form) -> request_info. Mac name, accent (Chloé), initials (T.J.), DOBs dd.mm.yyyy.",
        not_children=["Ana-Maria Dumitrescu", "Rhiannon Lloyd-Evans"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2054-02-19 16:00:31"
    body = T("""
Hi,

As promised, mum's signed consent form for Chloé, Rory and T.J. is attached.

Rhiannon
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "12 February 2054 09:52",
         "Lloyd-Evans, Rhiannon <Rhiannon.Lloyd-Evans@herefordshire.gov.uk>",
         "[SB-herefordshire-0611] Step-down request received - MacLeod sibling group",
         ack_text("step-down", "SB-herefordshire-0611", ["Case: Mosaic 3140951"], ["the family's signed consent form"]),
         None)])
    atts = [pdf_att("Consent form MacLeod signed 18.02.2054.pdf", "Herefordshire Early Help - consent form", [
        "Family: MacLeod   Mosaic 3140951",
        "I consent to my family receiving Early Help support and to information being shared.",
        "Signed: E. MacLeod (mother)   Date: 18/02/2054"])]
    top = outlook_top(f, addr("Lloyd-Evans, Rhiannon", "Rhiannon.Lloyd-Evans@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-0611] Step-down request received - MacLeod sibling group", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["3140951"], [], [], True, None, [], None, "attach_to_request",
        "A follow-up to [SB-herefordshire-0611] bringing the signed consent form (herefordshire_05's family) -> "
        "follow_up -> attach_to_request; consent true (signed form). Children by first name only here -> []. "
        "'Mosaic 3140951' in the quoted ack and the form -> '3140951'.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2054-03-17 10:30:08"
    body = T("""
Good morning,

RISK NOTE - FOR INFORMATION ONLY
NAME:            Stuart KINSEY, 44
ORDER:           Community order (12 months), Hereford Magistrates' Court, 03/03/2054
OFFENCE:         Harassment (s.2 PHA 1997) of a former colleague
RoSH:            MEDIUM to a known adult (the victim); LOW to children
CHILDREN:        None. Mr Kinsey has no children and no contact with any child. He lives alone in a flat in Leominster.
RESTRAINING ORDER: Not to contact the victim (an adult, 51) - 2 years.

I am sending this because Mr Kinsey asked me on Friday whether his new partner's daughter "would be allowed" to visit him if the relationship continued. There is no such relationship yet - he described it as "someone I've been messaging". I have told him that if he were to start a relationship with someone who has children, he would have to tell me, and that I would share that with children's services. No child is known to him and no action is needed now.

Regards
Olamide Fashola
Probation Officer | Herefordshire PDU | The Probation Service
""")
    top = plain_top(f, addr("Fashola, Olamide", "olamide.fashola@probation.example.gov.uk"), addr("Early Help Co-ordinators", HEH),
                    "Risk note - S KINSEY - for information", when, "probation.example.gov.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a probation risk note about an adult with no child, and a hypothetical): RoSH medium to an adult, "
        "'CHILDREN: None', 'if he were to start a relationship with someone who has children'; no action needed. "
        "other -> human_review.",
        not_children=["Stuart KINSEY", "Olamide Fashola"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2054-04-01 14:15:47"
    body = T("""
Dear Early Help Co-ordinator team,

Step-down to Early Help (Level 3 - Intensive) for Callum Probert-Jones, following the assessment decision on 23/03/2054. Mosaic 3151206.

Callum (DOB 18 January 2040) has completed his youth conditional caution. The exploitation concerns from last summer have been closed by the MACE panel (no current indicators) and he has not been missing since September. The remaining need is his school attendance (79%) at the Aconbury Centre.

Key person (lead professional): Mr Idris Vaughan, Case Manager, West Mercia Youth Justice Service - agreed with Callum and his grandmother.

Attached: the signed consent form and the Early Help Assessment step-down plan.

Kind regards,
Fiona Harley
Social Worker | Herefordshire Council
""") + HDISC
    atts = [pdf_att("Signed consent - Probert-Jones.pdf", "Early Help consent form",
                    ["Child: Callum Probert-Jones   I consent to Early Help. Signed: M. Probert (grandmother, SGO) 30/03/2054"]),
            docx_att("EHA step-down plan Probert-Jones.docx", ["# Early Help Assessment step-down plan",
                "What needs to happen: attendance plan at the Aconbury Centre; YJS voluntary sessions; mentoring.",
                "Lead professional: Idris Vaughan (YJS)"])]
    top = outlook_top(f, addr("Harley, Fiona", "Fiona.Harley@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Probert-Jones - Mosaic 3151206", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["3151206"],
        [ch("Callum Probert-Jones", "2040-01-18", "18 January 2040")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down (Level 3 stated): signed consent form PDF (a special guardian), plan "
        ".docx, a Youth Justice case manager as lead professional -> book_meeting. Exploitation closed by MACE, not "
        "missing since September -> not concerns; attendance 79% -> school_attendance. +0100 (BST).",
        not_children=["Idris Vaughan", "Fiona Harley"])


# ============================================================================= labels: rules and self-checks
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md (and the packs' requirement ids): what each authority / kind / (Knowsley) level requires.
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
# the packs' `when: {concern: ...}` conditions (knowsley.yaml step_up requirements)
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
# documents each Knowsley step-up must carry for its concerns, and the attachment-name words that show them
KNOWSLEY_DOC_WORDS = {"gcp2": ("GCP2", "Graded Care"), "exploitation_assessment": ("Exploitation Assessment",),
                      "engaging_families": ("Engaging Families",), "taf_minutes": ("TAF minutes",),
                      "step_up_form": ("Step Up request",)}
DEFINED = {(a, k) for (a, k, _l) in REQ}
# Pack `when` conditions this set deliberately never relies on (REQUIREMENTS.md does not mention them): phrases that
# would state them must not appear in any mail.
PACK_EXCEPTION_PHRASES = ["drop-in", "drop in", "recommendation from MASH", "DMM", "not identified",
                          "no Lead Practitioner", "no lead practitioner"]

# England & Wales bank holidays in 2054 on weekdays (set_checks compares with the `holidays` package): New Year's
# Day Thu 1 Jan; Good Friday 27 Mar; Easter Monday 30 Mar; May Day Mon 4 May; Spring Bank Holiday Mon 25 May; Late
# Summer Bank Holiday Mon 31 Aug; Christmas Day Fri 25 Dec; Boxing Day (substitute) Mon 28 Dec.
BANK_HOLIDAYS = {date(2054, 1, 1), date(2054, 3, 27), date(2054, 3, 30), date(2054, 5, 4), date(2054, 5, 25),
                 date(2054, 8, 31), date(2054, 12, 25), date(2054, 12, 28)}
IN_WINDOW = {date(2054, 3, 27): "Good Friday", date(2054, 3, 30): "Easter Monday"}
WINDOW = (datetime(2054, 1, 5, tzinfo=LON), datetime(2054, 4, 3, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2054, 3, 29, 1, 0, 0, tzinfo=UTC)       # last Sunday of March 2054, 01:00 UTC
BST_END = datetime(2054, 10, 25, 1, 0, 0, tzinfo=UTC)        # last Sunday of October 2054, 01:00 UTC
MAX_YEAR = 2054

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
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
        out.append("Mc" + p[2:].capitalize() if p[:2].upper() == "MC" and len(p) > 2 else p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'DEVINE | Leah' (a SURNAME | Forename table row) -> 'Leah Devine'; 'Aariz MIAH' -> 'Aariz Miah'."""
    if "|" in as_written:
        sur, fore = [x.strip() for x in as_written.split("|", 1)]
    elif "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
    else:
        fore, sur = as_written.rsplit(" ", 1)
    fore = " ".join(titled(x) if x.isupper() else x for x in fore.split(" "))
    return "%s %s" % (fore, titled(sur) if sur.isupper() else sur)

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

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

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
        lvl = e["level"] if e["level"] is not None else 3        # no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]:
                err("%s missing but no %s concern" % (doc, concern))
            # the `when` condition applies: a concern that needs a document -> that document attached or missing
            if concern in e["concerns"] and doc not in e["missing"]:
                names = " ".join(p.get_filename() or "" for p in parse(f).walk())
                if not any(w in names for w in KNOWSLEY_DOC_WORDS[doc]):
                    err("%s concern but no %s attached and not missing" % (concern, doc))
        for doc in ("taf_minutes", "step_up_form"):
            if doc not in e["missing"]:
                names = " ".join(p.get_filename() or "" for p in parse(f).walk())
                if not any(w in names for w in KNOWSLEY_DOC_WORDS[doc]): err("%s not attached" % doc)
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
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id" % cid)
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
    if e["kind"] == "auto_reply" and msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
    subj = str(msg["Subject"])
    has_ref = "[SB-" in subj
    if (e["kind"] == "follow_up") != has_ref: err("[SB-] reference <=> follow_up")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    replies = [p for p in cals if "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if (e["kind"] == "meeting_reply") != (len(replies) == 1): err("exactly one iTIP REPLY <=> meeting_reply")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    for ph in PACK_EXCEPTION_PHRASES:
        if ph.lower() in text.lower(): err("pack-only exception phrase %r present" % ph)
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
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over" % c["name"])
            if c["dob"] and date.fromisoformat(c["dob"]) >= now.date(): err("dob not before now")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 12, "ordinary": 17}
# Knowsley notice counts: file -> (working days, plain weekdays) from the London date of `now` to the meeting
COUNTS_EXPECTED = {"knowsley_03.eml": (7, 7), "knowsley_04.eml": (4, 6), "knowsley_05.eml": (5, 7),
                   "knowsley_06.eml": (6, 6)}
CROSSING_EASTER = ["knowsley_04.eml", "knowsley_05.eml"]
QUIET_EXPECTED = ["herefordshire_02.eml", "knowsley_01.eml", "knowsley_02.eml", "richmond_wandsworth_01.eml",
                  "richmond_wandsworth_02.eml",
                  "torbay_01.eml", "torbay_02.eml", "tower_hamlets_02.eml", "tower_hamlets_08.eml"]
OUT_OF_HOURS_EXPECTED = ["knowsley_01.eml", "torbay_01.eml", "torbay_02.eml", "tower_hamlets_01.eml",
                         "tower_hamlets_08.eml"]
QUIET, COUNTS = [], {}

def body_only(msg):
    """Inline text/plain and text/html parts only (no subject, no attachments)."""
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct == "text/plain":
            out.append(part.get_content())
    return re.sub(r"\s+", " ", "\n".join(out))

def _att_text(msg):
    return readable(msg)[len(re.sub(r"\s+", " ", str(msg["Subject"]))):]

def structural():
    """Each file really has the feature its label relies on."""
    out = []
    def need(f, what, ok):
        if not ok: out.append("%s: structural check failed: %s" % (f, what))
    m = parse("richmond_wandsworth_02.eml"); p = body_only(m)
    need("richmond_wandsworth_02.eml", "the risk only in the PS",
         "broken jaw" in p and "broken jaw" not in p.split("PS - ")[0] and "NFA'd" in p.split("PS - ")[1])
    m = parse("tower_hamlets_02.eml")
    need("tower_hamlets_02.eml", "the knife and the threat only in the PDF",
         "knife" not in body_only(m) + str(m["Subject"]) and "knife under" in readable(m))
    m = parse("herefordshire_02.eml")
    need("herefordshire_02.eml", "the children alone only in the subject",
         "on their own" in str(m["Subject"]) and "Mason" not in body_only(m) and "Mason" not in readable(m).split("Criminal Defence")[-1]
         and "8am" not in body_only(m))
    m = parse("torbay_02.eml")
    cal = [p for p in m.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    need("torbay_02.eml", "the recall only in the DECLINED reply's COMMENT",
         "PARTSTAT=DECLINED" in cal and "COMMENT" in cal and "recalled" not in str(m["Subject"]))
    for f, label in [("knowsley_01.eml", "CHILDREN LINKED TO ADDRESS:"), ("tower_hamlets_01.eml", "MER/54/0031822 CHILDREN"),
                     ("richmond_wandsworth_01.eml", "CHILDREN RECORDED AT THE RELEASE ADDRESS"),
                     ("richmond_wandsworth_08.eml", "Children of the aggrieved:"),
                     ("herefordshire_01.eml", "CHILDREN IN HOUSEHOLD"), ("torbay_01.eml", "CHILDREN (as given by DP):")]:
        msg = parse(f)
        first = [p for p in msg.walk() if not p.is_multipart() and not p.get_filename()
                 and p.get_content_type() in ("text/plain", "text/html")][0]
        body = first.get_content()
        body = re.sub(r"\s+", " ", html_text(body) if first.get_content_type() == "text/html" else body)
        pos = body.find(label)
        names = [c["name"].split()[0] for c in _lab(f)["expect"]["children"]]
        need(f, "children named only in the table at the end (%s)" % label,
             pos > 0 and len(names) >= 2 and all(body.find(n) > pos for n in names))
    m = parse("tower_hamlets_05.eml"); p = body_only(m)
    need("tower_hamlets_05.eml", "the manager's agreement only in the forwarded reply",
         "agreed" in p.split("-----Original Message-----")[1] and "agreed" not in p.split("-----Original Message-----")[0].replace("manager's agreement", ""))
    m = parse("torbay_08.eml")
    need("torbay_08.eml", "the manager's analysis only in the attachment",
         "I agree the threshold" in readable(m) and "agree" not in body_only(m))
    m = parse("richmond_wandsworth_04.eml")
    need("richmond_wandsworth_04.eml", "the draft plan said to be attached but nothing attached",
         "draft plan for Early Help is attached" in body_only(m) and not any(p.get_filename() for p in m.walk())
         and 'charset="iso-8859-1"' in m.as_string())
    m = parse("torbay_01.eml")
    need("torbay_01.eml", "sent to the Early Help inbox (wrong inbox) at night", "earlyhelp@torbay.gov.uk" in str(m["To"]))
    for f in ("richmond_wandsworth_06.eml", "torbay_05.eml"):
        m = parse(f)
        need(f, "a bulk list mail", m["Precedence"] == "bulk" and m["List-Id"] and m["List-Unsubscribe"])
    m = parse("richmond_wandsworth_01.eml")
    need("richmond_wandsworth_01.eml", "HTML-only with an inline logo",
         not any(p.get_content_type() == "text/plain" for p in m.walk()) and any(p.get_content_type() == "image/png" for p in m.walk()))
    m = parse("richmond_wandsworth_08.eml")
    need("richmond_wandsworth_08.eml", "base64 body", m["Content-Transfer-Encoding"] == "base64")
    return out

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2054])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2054, 3) and BST_END.date() == last_sun(2054, 10)):
        errors.append("set: BST must start / end on the last Sundays of March / October 2054")
    if not (datetime(2054, 3, 28, 12, tzinfo=LON).utcoffset() == timedelta(0)
            and datetime(2054, 3, 29, 12, tzinfo=LON).utcoffset() == timedelta(hours=1)):
        errors.append("set: Europe/London must change to BST on Sunday 29 March 2054")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4 and WINDOW[0].date() == date(2054, 1, 5)
            and WINDOW[1].date() == date(2054, 4, 3)):
        errors.append("set: the window must be Monday 5 January - Friday 3 April 2054")
    quiet, counts, offsets, ooh = [], {}, {}, []
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        text = readable(msg)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        loc = d.astimezone(LON)
        if lab["expect"]["urgent"] and (loc.hour < 9 or loc.hour >= 17):
            ooh.append(f)
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        mt = META[f]["meeting"]
        if mt is not None:
            counts[f] = (working_days(_today(f), mt), plain_weekdays(_today(f), mt))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(re.sub(r"\s+", " ", mc["_as"] or c["name"])))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort(); ooh.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if ooh != OUT_OF_HOURS_EXPECTED:
        errors.append("set: the out-of-hours urgent mails are %s, expected %s" % (ooh, OUT_OF_HOURS_EXPECTED))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    easter = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in IN_WINDOW))
    if easter != CROSSING_EASTER:
        errors.append("set: counts crossing Easter are %s, expected %s" % (easter, CROSSING_EASTER))
    decisive = sorted(f for f, (wd, pw) in counts.items() if (wd >= 5) != (pw >= 5))
    if decisive != ["knowsley_04.eml"]:
        errors.append("set: decisive Easter counts are %s, expected knowsley_04 only" % decisive)
    if set(offsets) != {"+0000", "+0100"}:
        errors.append("set: both GMT and BST Date offsets must occur: %s" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def check():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s" % sorted(kinds))
    for v in (True, False, None):
        for fld in ("consent", "manager_agreed"):
            if not any(l["expect"][fld] is v for l in LABELS): errors.append("set: no %s %s" % (fld, v))
    try:
        errors += structural()
    except Exception as ex:
        errors.append("structural checks raised %r" % ex)
    try:
        errors += set_checks()
    except Exception as ex:
        errors.append("set checks raised %r" % ex)
    return errors, tot

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
           "quiet urgent %s" % QUIET, "counts %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = check()
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
