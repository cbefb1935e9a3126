#!/usr/bin/env python3
"""mixed82: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2029 (Monday 16 April - Friday 20 July 2029, BST throughout), in radicalisation and
extremism reaching children (Prevent) and hate.

Urgent (12), told without the alarm words: a 15-year-old's Snapchat story of a knife with "tomorrow period 1" and
the kitchen knife gone; a declined TAF invitation whose comment says dad is flying the boys towards the fighting
tonight; a family back in a house set alight last night with the attacker two doors down; a madrasa teacher's
account of a boy made to watch beheading videos and hit if he looks away; a girl meeting an online "brother" at a
station tonight with her passport; an aunt's broken-English mail about tonight's flight to Istanbul; a neighbour's
account of a brick through the children's window and "we come back tonight"; a step-up whose attached form carries
today's update (a car sent, "I'm going tonight"); a mother's late-night phone mail about a man collecting her son at
11pm; a gay 16-year-old's messages (punched by dad, address posted, "tonight"); an incel-forum post naming 9am
tomorrow and a crossbow delivered today; a firework through two mothers' letterbox with the boys there again tonight.

Near misses (11): Prevent training scenarios, a Knowsley step-down whose travel ban history is long settled, an RE
essay, a hate incident dealt with and the family rehoused, a Channel panel minute closing the case, a trust's policy
reminder, a police Prevent newsletter, a historic referral of an older brother, a child's "joke" already looked
into, a student's hypothetical and a DSL's incident already dealt with.

Deterministic: no clock, no randomness. Run with /work/main/.venv/bin/python make_set.py (pypdf, python-docx,
holidays, PyYAML). The MIME, Word HTML, PDF, .docx, iCalendar and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification; the
self-checks only verify them and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (16 April - 20 July 2029) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 25 March 2029 and ends on Sunday 28 October 2029. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2029, 4, 3, 0, 0, 0))
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

# ============================================================================= the messages
MB = MAILBOXES
KMASH, KFF = MB[("knowsley", "mash_step_up")], MB[("knowsley", "early_help_duty")]
RMASH, REH = MB[("richmond_wandsworth", "mash_step_up")], MB[("richmond_wandsworth", "early_help_duty")]
TMAST, TEH = MB[("tower_hamlets", "mash_step_up")], MB[("tower_hamlets", "early_help_duty")]
BMASH, BEH = MB[("torbay", "mash_step_up")], MB[("torbay", "early_help_duty")]
HMASH, HEH = MB[("herefordshire", "mash_step_up")], MB[("herefordshire", "early_help_duty")]
WHY_K = "Rule: Knowsley, seed 004 / REQUIREMENTS knowsley"
WHY_R = "Rule: Richmond & Wandsworth, seed 000 / REQUIREMENTS richmond_wandsworth"
WHY_T = "Rule: Tower Hamlets, seed 001 / REQUIREMENTS tower_hamlets"
WHY_B = "Rule: Torbay, seed 002 / REQUIREMENTS torbay"
WHY_H = "Rule: Herefordshire, seed 003 / REQUIREMENTS herefordshire"

# ---------------------------------------------------------------- KNOWSLEY
def knowsley():
    # K01 ordinary step-up, complete, but 4 WD across May Day (decisive)
    f = "knowsley_01.eml"
    body = T("""
Hi MASH,

Please find attached a step up request for Zain Hussain (DOB 12/09/2015), Case ID on EHM: EHM-62714.

Zain is 13 and has been open to Family First at level 3 since November. Over the last two months school and mum
have found that he is watching extremist material late at night - Telegram channels and YouTube clips glorifying
attacks - and repeating the phrases at school. A Prevent referral was made by school on 12 March and the Prevent
officer has asked us to consider whether the family now needs a statutory assessment. His attendance has dropped
to 71% this term. Mum is aware of this request.

My team manager, Lorraine Byrne, discussed the step up with me in supervision on Monday and agreed it.

Attached:
- FF Step Up request to CSC - Zain Hussain.docx
- TAF minutes 24.04.29 - Hussain.pdf

The step up TAF meeting is booked for Wednesday 9th May 2029 at 10am on Teams - the invite is coming to the MASH
inbox and MASH business support separately.

Thanks
Shannon Kerrigan
Family First Case Manager (Level 3)
Knowsley Council | 0151 496 0233
""") + KDISC
    form = appendix1([("Child's name and DOB:", "Zain Hussain, 12/09/2015"), ("Case ID on EHM:", "EHM-62714"),
                      ("What are we worried about?", "Zain is viewing and sharing extremist videos; Prevent referral made 12/03/2029; attendance 71%."),
                      ("What is working well?", "Mum engages with the TAF; Zain attends boxing club."),
                      ("What needs to happen?", "C&F assessment; Channel consideration; school attendance plan."),
                      ("Management oversight:", "Discussed and agreed by Lorraine Byrne, Team Manager, 30/04/2029."),
                      ("Recent TAF meeting minutes attached:", "Yes - 24/04/2029")])
    atts = [docx_att("FF Step Up request to CSC - Zain Hussain.docx", form),
            pdf_att("TAF minutes 24.04.29 - Hussain.pdf", "TAF meeting minutes - 24/04/2029 - Zain Hussain EHM-62714",
                    ["Present: mum, Shannon Kerrigan (FF), Mr Doyle (school), PC Arden (Prevent).",
                     "School attendance 71%. Prevent officer advises step-up to consider assessment.",
                     "Actions: case manager to request step up; next TAF at step-up meeting."])]
    top = outlook_top(f, addr("Shannon Kerrigan", "shannon.kerrigan@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step up request - Zain Hussain - EHM-62714", "2029-05-02 10:12:00",
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", "2029-05-02 10:12:00", 4, "ordinary",
        "step_up", False, None, ["EHM-62714"], [ch("Zain Hussain", "2015-09-12", "12/09/2015")],
        ["radicalisation", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (form .docx, TAF minutes .pdf, EHM id, TM 'discussed ... and agreed it'); no neglect/"
        "non-engagement/exploitation so no extra documents. 'Wednesday 9th May 2029 at 10am' from Wed 2 May is 5 plain "
        "weekdays but only 4 WORKING DAYS because Mon 7 May is the Early May bank holiday -> notice not ok -> "
        "request_info. 'Mum is aware' is not consent (null). Extremist videos with no plan or date: not urgent. " + WHY_K,
        meeting=date(2029, 5, 9))

    # K02 ordinary L3 step-down in Word HTML, 5 WD across the Spring Bank Holiday
    f = "knowsley_02.eml"
    blocks = ["Good afternoon Family First duty,", "",
              "I am writing with a minimum of 5 days' notice to let you know the details of a joint home visit for a "
              "Level 3 step down to Family First 0-18.", "",
              ("table", [["Child", "Date of birth", "ICS"], ["Callum Rimmer", "03.07.2017", "ICS ID 2041187"]]), "",
              "{{Joint home visit:}} Tuesday 29th May 2029 at 10:30, at the family home (14 Pine Walk, Huyton).", "",
              ("h", "What are we worried about?"),
              "Callum (11) was referred to Prevent in January after repeating far-right slogans and drawings at "
              "school picked up from an older cousin's [[TikTok]] account. Channel support with the intervention "
              "provider is continuing fortnightly and he still needs help to make sense of what he has seen online.", "",
              ("h", "What is working well?"),
              "Mum has removed the cousin's access to Callum's devices and set up parental controls. School report "
              "Callum is kinder in class and his mentor sessions are going well.", "",
              ("h", "What needs to happen?"),
              "A Family First case manager to co-ordinate the TAF, keep close links with the Channel mentor and "
              "support mum with online safety.", "",
              "Ms Donna Rimmer has given her consent for the case to be referred to Family First.", "",
              "Kind regards", "Nathan Oyelowo", "Social Worker, Children in Need Team", "Knowsley Council"]
    top = outlook_top(f, addr("Nathan Oyelowo", "nathan.oyelowo@knowsley.gov.uk"), addr("Family First Duty", KFF),
                      "Level 3 step down - joint home visit - Callum Rimmer", "2029-05-21 14:10:00")
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", "2029-05-21 14:10:00", 6, "ordinary",
        "step_down", False, 3, ["2041187"], [ch("Callum Rimmer", "2017-07-03", "03.07.2017")],
        ["radicalisation"], True, None, [], True, "book_meeting",
        "Knowsley level 3 step-down in Word HTML (table + bold headings): joint home visit date/time, the three Signs "
        "of Safety headings answered, 'given her consent' -> consent true; 'ICS ID 2041187' -> '2041187'. Current "
        "Channel support -> radicalisation. 'Tuesday 29th May 2029 at 10:30' from Mon 21 May = 5 WD (22-25 May + "
        "29 May; Mon 28 May Spring Bank Holiday excluded) -> exactly 5 -> ok -> book_meeting. " + WHY_K,
        meeting=date(2029, 5, 29))

    # K03 URGENT: knife to school tomorrow
    f = "knowsley_03.eml"
    body = T("""
MASH,

Ringing through as well but putting this in writing.

Kieran Doyle, Year 10, DOB 22/01/2014, 17 Stockbridge Lane, Huyton. Lives with mum, Michelle Doyle.

At 14:50 a Year 10 girl brought me a screenshot of Kieran's Snapchat story, posted at lunchtime. It is a photo of a
large kitchen knife lying on his bed with the words:

"tomorrow period 1. the yr11s who laughed at me will find out. like the guy in the manifesto said, no more words. not joking"

For the last month he has been watching and sharing videos of mass attacks, and he has the manifesto of one of the
attackers saved on his phone (another pupil saw it). Prevent referral was sent on 3 April and is still with the
police.

I phoned mum at 15:20. She went and looked: the biggest knife from the block in the kitchen is gone, and Kieran went
out on his bike after school and is not answering his phone. She does not know where he is. He is due in school at
8:40 tomorrow, period 1 is PE with the Year 11 group.

I have the screenshot saved if you need it.

Gemma Lathom
Designated Safeguarding Lead
Halewood Academy | 0151 496 0871
""")
    top = plain_top(f, addr("Gemma Lathom", "g.lathom@halewoodacademy.example.org"), addr("Knowsley MASH", KMASH),
                    "Kieran Doyle Y10 - snapchat post + knife", "2029-04-19 15:42:00", "halewoodacademy.example.org", None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", "2029-04-19 15:42:00", 3, "urgent",
        "other", True, None, [], [ch("Kieran Doyle", "2014-01-22", "22/01/2014")],
        ["radicalisation"], None, None, [], None, "alert_duty",
        "A DSL's plain account: a 15-year-old posted a knife with 'tomorrow period 1 ... not joking', is copying an "
        "attacker's manifesto, the biggest knife from the kitchen is gone and he is out and not answering. A threat to "
        "attack school tomorrow with a weapon he has -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm words. "
        "Not a step request -> other. Mum (an adult) is not a child. " + WHY_K, not_children=["Michelle Doyle"])

    # K04 NEAR MISS: Prevent training with scenarios
    f = "knowsley_04.eml"
    body = T("""
Dear colleagues,

Places are still available on the Knowsley Safeguarding Children Partnership's half-day Prevent and Channel
awareness session for Family First and MASH staff:

Thursday 17 May 2029, 9:30-12:30, Kirkby Centre, Room 3 (or Teams)

The session uses three short case studies. They are fictional and written for training only - they are not about
any Knowsley family:

Case study A: "Mum has booked tonight's flight to Istanbul and has the children's passports; the older child tells
a teacher they are going 'to help the brothers'."
Case study B: "A 15-year-old posts that he will bring a knife to school tomorrow, and a knife is missing from home."
Case study C: "A 12-year-old says dad makes him watch beheading videos."

For each we will discuss what you would do, who you would phone and when a Channel referral is the right route.

Please book through the KSCP training portal. The flyer is attached.

Kind regards
KSCP Training Team
Knowsley Safeguarding Children Partnership
""")
    atts = [pdf_att("KSCP Prevent awareness flyer May 2029.pdf", "Prevent and Channel awareness - half day",
                    ["Thursday 17 May 2029, 9:30-12:30, Kirkby Centre Room 3 or Teams.",
                     "Who: Family First case managers, MASH social workers, DSLs.",
                     "Content: the Prevent duty, spotting signs, making a referral, Channel panels.",
                     "All case studies are fictional and for training only."])]
    top = outlook_top(f, addr("KSCP Training", "kscp.training@knowsley.gov.uk"), addr("Family First Duty", KFF),
                      "Prevent & Channel awareness - places available 17 May", "2029-04-24 09:05:00")
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "early_help_duty", "2029-04-24 09:05:00", 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING: a Prevent course advert whose case studies (tonight's flight, a knife tomorrow, "
        "beheading videos) are 'fictional and written for training only'. DESIGN safety rule 1: bulletins that list "
        "examples must not trigger it. No child, no request -> other -> human_review. " + WHY_K)

    # K05 ordinary follow-up: TAF moved to give 5 WD
    f = "knowsley_05.eml"
    ack = ack_text("step up", "[SB-knowsley-4417]", ["Family: Zain Hussain (EHM-62714)"],
                   ["Notice: the step-up TAF meeting needs at least 5 working days' notice"])
    body = T("""
Hi,

Thanks - I hadn't counted the bank holiday. I've moved the step up TAF meeting to Wednesday 16th May 2029 at 10am
(Teams), and sent the updated invite to the MASH inbox and MASH business support. Everything else stays the same.

Shannon
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "02 May 2029 10:15",
             "Shannon Kerrigan <shannon.kerrigan@knowsley.gov.uk>",
             "[SB-knowsley-4417] Step up request - Zain Hussain - EHM-62714", ack)
    top = outlook_top(f, addr("Shannon Kerrigan", "shannon.kerrigan@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-4417] Step up request - Zain Hussain - EHM-62714", "2029-05-03 09:20:00")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", "2029-05-03 09:20:00", 5, "ordinary",
        "follow_up", False, None, ["EHM-62714"], [ch("Zain Hussain")], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-knowsley-4417] (knowsley_01's request) moving the TAF to Wed 16 May; DESIGN: follow_up -> "
        "attach_to_request; missing [] and notice null for a follow_up. " + WHY_K)

    # K06 NEAR MISS: L2 step-down; 2027 travel plan long settled; 4 WD across Spring Bank Holiday
    f = "knowsley_06.eml"
    body = T("""
Hello Family First,

Level 2 step down - Amira Haddad (DOB 14/02/2019) and Yousef Haddad (DOB 30/11/2021)

The final CIN meeting is on Wednesday 30th May 2029 at 1pm at Halewood Family Centre. The new Lead Practitioner will
be Mrs Aisha Farouk, Pastoral Lead at St Aidan's Catholic Primary School, who will attend.

Background for the file: in 2027 the children's father planned to take them to Syria. The High Court made a travel
ban order that year, the passports have been held by the Tipstaff ever since, and father left the UK in 2028 and
has had no contact. Channel closed its involvement with the family in 2028. There is no current concern about
radicalisation and the travel ban remains in place.

What are we worried about?
Amira's attendance is 84% and mum's low mood means mornings are hard.

What is working well?
Mum is open with professionals, sees her GP and the children are warm and well cared for.

What needs to happen?
School-led Early Help plan at level 2, attendance support and a referral to the wellbeing service for mum.

Mum has agreed to the step down to school's Early Help support.

Thanks
Priya Mistry
Social Worker, Knowsley Children's Social Care
""")
    top = outlook_top(f, addr("Priya Mistry", "priya.mistry@knowsley.gov.uk"), addr("Family First Duty", KFF),
                      "L2 step down - Haddad - final CIN 30/05", "2029-05-23 16:20:00")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", "2029-05-23 16:20:00", 7, "near_miss",
        "step_down", False, 2, [], [ch("Amira Haddad", "2019-02-14", "14/02/2019"),
                                    ch("Yousef Haddad", "2021-11-30", "30/11/2021")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "NEAR MISS - HISTORY LONG SETTLED: a 2027 plan to take the children to Syria, a travel ban since, father gone, "
        "'no current concern about radicalisation' -> not urgent, no radicalisation. Level 2 step-down with meeting, "
        "three headings and the lead practitioner named with her school -> nothing missing (no case id is required). "
        "'Wednesday 30th May 2029 at 1pm' from Wed 23 May = 24, 25, 29, 30 May = 4 WD (Mon 28 May Spring Bank Holiday) "
        "-> notice not ok -> request_info. " + WHY_K, meeting=date(2029, 5, 30))

    # K07 URGENT meeting reply: dad flying the boys out tonight
    f = "knowsley_07.eml"
    comment = ("Sorry, I can't make Wednesday. Dad came into reception at 1.10 today to collect Yusuf Karimi (9) and "
               "Bilal Karimi (6) for 'a family thing'. Bilal told his TA this morning they are flying tonight to "
               "Turkey and then 'to where grandad is fighting'. Dad had the boys' passports in his hand. Mum is at work "
               "in Liverpool and says she knew nothing about it - she thinks the flight is the 21:40 from Manchester. "
               "Mrs Ahmadi, DSL")
    add(f, itip_reply(f, "2029-06-11 13:55:00", "Sara Ahmadi", "s.ahmadi@stgabrielsprimary.example.org",
                      ("Knowsley MASH", KMASH), "DECLINED",
                      "Step up TAF - Karimi - EHM-60392", "20290613T100000", "20290613T110000", "Microsoft Teams Meeting",
                      comment=comment), "knowsley", "mash_step_up", "2029-06-11 13:55:00", 2, "urgent",
        "meeting_reply", True, None, ["EHM-60392"], [ch("Yusuf Karimi"), ch("Bilal Karimi")], ["radicalisation"],
        None, None, [], None, "alert_duty",
        "A DECLINED iTIP REPLY whose COMMENT says dad collected two boys with their passports for a flight tonight "
        "'to where grandad is fighting'; mum knew nothing. DESIGN safety rule 1 ('a meeting reply's comment') -> "
        "urgent; alert_duty comes before record_reply. No alarm words. " + WHY_K)

    # K08 ordinary step-up: incel forum; non-engagement without the toolkit; manager pending
    f = "knowsley_08.eml"
    body = T("""
Morning,

Step up request for Lewis Cartwright, DOB 05/05/2015, EHM-63051.

Lewis (14) spends most nights on an "incel" forum and his posts about girls in his year have become more hateful;
school have seen him share memes praising men who attacked women. There is no threat to anyone and no weapon, but
the TAF feel the family needs a statutory assessment. Mum has cancelled the last four home visits and does not
reply to texts, so the plan has stalled.

The FF Step Up form and the last TAF minutes are attached. The step up TAF meeting is Wednesday 27 June 2029 at
2pm, invite to follow.

I discussed it with my team manager Lorraine Byrne yesterday. She does not agree that this should step up yet -
she wants the TAF to try the Engaging Families approach with mum first - but I'm sending it so MASH can advise.

Kelly Ashworth
Family First Case Manager
""")
    form = appendix1([("Child's name and DOB:", "Lewis Cartwright, 05/05/2015"), ("Case ID on EHM:", "EHM-63051"),
                      ("What are we worried about?", "Hateful misogynistic posts on an incel forum; mum not engaging."),
                      ("What is working well?", "Lewis still attends school and talks to his form tutor."),
                      ("What needs to happen?", "C&F assessment; Prevent advice; re-engage mum.")])
    atts = [docx_att("FF Step Up form - Cartwright.docx", form),
            pdf_att("TAF minutes 30.05.29 Cartwright.pdf", "TAF minutes 30/05/2029 - Lewis Cartwright",
                    ["Mum did not attend. School and FF present.", "Agreed to consider step up."])]
    top = outlook_top(f, addr("Kelly Ashworth", "kelly.ashworth@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step up - Lewis Cartwright EHM-63051", "2029-06-14 09:40:00")
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", "2029-06-14 09:40:00", 3, "ordinary",
        "step_up", False, None, ["EHM-63051"], [ch("Lewis Cartwright", "2015-05-05", "05/05/2015")],
        ["non_engagement", "radicalisation"], None, False, ["engaging_families", "manager_agreed"], True, "request_info",
        "Knowsley step-up: incel forum -> radicalisation; mum cancelling visits -> non_engagement, which needs the "
        "Engaging Families toolkit (not attached: the manager only wants the 'approach' tried) -> engaging_families "
        "missing; MANAGER REFUSED ('She does not agree that this should step up yet') -> false -> manager_agreed "
        "missing. 'Wednesday 27 June 2029 at 2pm' from Thu 14 "
        "June = 9 WD -> ok. 'no threat ... no weapon' -> not urgent. " + WHY_K, meeting=date(2029, 6, 27))

# ---------------------------------------------------------------- RICHMOND & WANDSWORTH
def richmond():
    # R01 ordinary step-up from the EH team manager, complete
    f = "richmond_wandsworth_01.eml"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth West and I am requesting a step up to Children's Social Care for
Tariq Mahmood (DOB 19/06/2013), Mosaic: 1187433.

The latest case summary is attached.

Rationale for step-up
Tariq (15) has been watching Islamic State nasheeds and beheading clips late at night and sharing them in a group
chat; school made a Prevent referral, accepted for a Channel panel on 3 May. At home mum's partner is controlling
and has assaulted mum twice since March (police attended both times). The Early Help plan has not reduced the worry
and the family needs a statutory assessment. There is nothing to suggest any travel or plan to hurt anyone.

Mum has consented to the step up. As Early Help Team Manager I have agreed this step-up.

Regards
Harriet Coles
Early Help Team Manager, Wandsworth West
Richmond and Wandsworth Councils
""") + RDISC
    atts = [pdf_att("Case summary - Tariq Mahmood.pdf", "Early Help case summary - Tariq Mahmood (Mosaic 1187433)",
                    ["Open to Early Help since 09/2028. Lead professional: Ben Osei.",
                     "Worries: online extremist content; domestic abuse towards mum by her partner.",
                     "Prevent referral 02/04/2029; Channel panel 03/05/2029."])]
    top = outlook_top(f, addr("Harriet Coles", "harriet.coles@richmondandwandsworth.gov.uk"),
                      addr("MASH Step Up", RMASH), "Step up - Tariq Mahmood", "2029-04-17 11:05:00")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", "2029-04-17 11:05:00", 3,
        "ordinary", "step_up", False, None, ["1187433"], [ch("Tariq Mahmood", "2013-06-19", "19/06/2013")],
        ["domestic_abuse", "radicalisation"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help team manager: case summary .pdf, rationale under "
        "its own heading -> nothing missing -> book_meeting. 'Mosaic: 1187433' -> '1187433'. Consent and agreement "
        "stated. Extremist videos with 'nothing to suggest any travel or plan' -> not urgent. " + WHY_R)

    # R02 URGENT: house set alight, back there tonight, attacker two doors down
    f = "richmond_wandsworth_02.eml"
    body = T("""
Morning,

Forwarding what Mrs Owusu sent me at 7.50 this morning. I have spoken to her on the phone and it is as she says.

Yaw Mensah
Early Help Practitioner, Richmond

---------- Forwarded message ---------
From: Abena Owusu
Date: Wed, 25 Apr 2029 at 07:50
To: Yaw Mensah

Mr Yaw good morning. Last night 2 oclock someone put petrol in our letterbox and fire it. the hall is all burnt.
me and Kofi Owusu and Ama Owusu we go out the back window, fire brigade came. Kofi is 12 Ama is 7.
It is the man in number 14 two doors from us, he is shouting go back to Africa for months and on Saturday he punch
Kofi in the face in the street. Police came last night but they did not arrest him, he is still in his house.
Housing say nothing tonight so we sleep in the house again tonight, the front door cannot lock now.
Please help us.
""")
    top = outlook_top(f, addr("Yaw Mensah", "yaw.mensah@richmondandwandsworth.gov.uk"), addr("MASH Step Up", RMASH),
                      "FW: Owusu family", "2029-04-25 08:20:00")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", "2029-04-25 08:20:00", 4, "urgent",
        "other", True, None, [], [ch("Kofi Owusu"), ch("Ama Owusu")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A FORWARDED MOTHER'S MESSAGE in broken English: petrol poured through the letterbox and set alight last night, "
        "the man two doors down (who punched the 12-year-old on Saturday) not arrested, the family sleeping there again "
        "tonight with a door that will not lock. DESIGN safety rule 1 -> urgent -> alert_duty. physical_harm (the "
        "punch, the fire). No alarm words. " + WHY_R, not_children=["Abena Owusu", "Yaw Mensah"])

    # R03 URGENT: madrasa teacher - beheading videos, hit if he looks away
    f = "richmond_wandsworth_03.eml"
    body = T("""
Assalamu alaikum,

I teach the after-school Qur'an class at Tooting Community Mosque. Our Early Help worker for the family, Ms Clarke,
gave me this address. Adam Rahimi is 8 and comes to us four afternoons a week.

Today at the end of class Adam was crying and would not go out to the car. He told me, and I wrote it down straight
after in his words:

"Dad makes me watch the videos where they cut the people's heads off. If I close my eyes or look away he hits me with
the charger wire. He said tonight there is a new one and I have to watch all of it."

He pulled up his sleeve and showed me three red lines on his forearm. I did not ask him anything more.

His father collects him from the mosque at 6pm today. It is now ten past four. I am here until 7.

Imam Hamza Qureshi
Tooting Community Mosque
07700 900388
""")
    top = plain_top(f, addr("Hamza Qureshi", "imam.qureshi@tootingmosque.example.org"), addr("Early Help Duty", REH),
                    "Adam Rahimi - what he told me today", "2029-05-04 16:05:00", "tootingmosque.example.org", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", "2029-05-04 16:05:00", 6, "urgent",
        "other", True, None, [], [ch("Adam Rahimi")], ["physical_harm", "radicalisation"], None, None, [], None,
        "alert_duty",
        "An imam writes down an 8-year-old's words: dad makes him watch beheading videos and hits him with a wire if he "
        "looks away; marks seen; 'tonight there is a new one'; dad collects at 6pm. DESIGN safety rule 1 -> urgent -> "
        "alert_duty, whichever mailbox. physical_harm + radicalisation. No alarm words. " + WHY_R)

    # R04 NEAR MISS: RE essay on extremism
    f = "richmond_wandsworth_04.eml"
    body = T("""
Hello,

I'm Head of RE at Southfields Academy. A supply colleague flagged the attached Year 11 GCSE essay by Maya Bennett
and asked me to "send it to social services". Our DSL, Mr Okafor (copied), has read it with me: it is coursework for
the unit "Religion, peace and conflict", it quotes propaganda and describes the 2017 Manchester Arena attack in order
to argue against extremism, and it is one of the best in the year. There is nothing in it about Maya herself and we
have no worries about her.

We're not making a referral - I'm sending it only so the supply teacher's concern is closed properly. Happy to
discuss.

Tom Whitfield
Head of RE, Southfields Academy
""")
    essay = ["# Why does extremism attract young people? - Maya Bennett, 11R",
             "Recruiters promise belonging, purpose and revenge. One propaganda video says 'the attack will come tonight' "
             "to make viewers feel part of something urgent and secret.",
             "The 2017 Manchester Arena bombing killed 22 people, many of them children.",
             "I will argue that every major faith rejects this, and that schools must teach critical thinking."]
    atts = [docx_att("Maya Bennett RE essay - extremism.docx", essay)]
    top = outlook_top(f, addr("Tom Whitfield", "t.whitfield@southfields.example.org"), addr("MASH Step Up", RMASH),
                      "RE coursework essay - for information", "2029-05-15 12:30:00",
                      cc=addr("Daniel Okafor", "d.okafor@southfields.example.org"))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", "2029-05-15 12:30:00", 5, "near_miss",
        "other", False, None, [], [ch("Maya Bennett")], [], None, None, [], None, "human_review",
        "NEAR MISS - A STUDENT'S RE ESSAY: the attachment quotes 'the attack will come tonight' and describes the "
        "Manchester bombing, but as GCSE coursework arguing against extremism; the DSL has 'no worries about her'; "
        "'not making a referral'. Risk words about nobody real -> not urgent -> other -> human_review. " + WHY_R)

    # R05 ordinary step-down, consent refused
    f = "richmond_wandsworth_05.eml"
    body = T("""
Dear Early Help duty,

Further to my call with Jasper this morning, confirming the step down case discussion on Monday 4th June at 2pm
(Teams).

Children: Zofia Kowalczyk (08/08/2016) and Kuba Kowalczyk (17/01/2020).

Attached are the latest case summary and the draft plan for Early Help. Our assessment is that mum's depression is
better managed now that she has a GP review every month, and Zofia has settled at her new school after the bullying
she had at the old one.

However, Ms Kowalczyk has told me she does not want Early Help involvement - she feels services have "done enough"
and she has declined. I will talk to her again, but at the moment she does not consent.

Best wishes
Olivia Grant
Social Worker, Richmond CIN Team
""")
    atts = [docx_att("Case summary - Kowalczyk.docx", ["# Case summary", "Zofia Kowalczyk and Kuba Kowalczyk",
                                                       "Mum's depression; GP monthly review; school move Feb 2029."]),
            pdf_att("Draft Early Help plan - Kowalczyk.pdf", "Draft plan for Early Help - Kowalczyk",
                    ["Outcome 1: mum's wellbeing supported.", "Outcome 2: Zofia's confidence at school."])]
    top = outlook_top(f, addr("Olivia Grant", "olivia.grant@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", REH), "Step down - Kowalczyk", "2029-05-31 10:00:00")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", "2029-05-31 10:00:00", 8, "ordinary",
        "step_down", False, None, [], [ch("Zofia Kowalczyk", "2016-08-08", "08/08/2016"),
                                       ch("Kuba Kowalczyk", "2020-01-17", "17/01/2020")],
        ["parental_mental_health"], False, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with case summary and draft plan attached, but mum 'has declined' and 'does "
        "not consent' -> consent false -> consent missing -> request_info. The old-school bullying is history. " + WHY_R)

    # R06 NEAR MISS: homophobic attack dealt with, family rehoused; complete step-down
    f = "richmond_wandsworth_06.eml"
    body = T("""
Hi Jasper / Early Help duty,

As agreed on the phone, the step down case discussion is Friday 15th June at 10am at Wandsworth Town Hall.

Child: Leo Turner-Nair, DOB 02/10/2018, Mosaic ID 2298110.

Background: in March bricks were thrown through the family's windows and homophobic graffiti was sprayed on the
door. The neighbour responsible was charged, convicted at Wimbledon Magistrates' Court on 18 May and is under a
restraining order. The family were rehoused by the council to Roehampton on 9 April and have had no contact with him
since. There are no current concerns arising from that incident.

Leo's attendance has dipped to 88% and he is anxious at bedtime, which the draft plan picks up with school.

Both mums, Jade Turner and Priya Nair, have consented to Early Help continuing the plan. The case summary and draft
plan are attached.

Thanks
Marcus Bell
Social Worker, Wandsworth Assessment Team
""")
    atts = [pdf_att("Case summary Leo Turner-Nair.pdf", "Case summary - Leo Turner-Nair (Mosaic ID 2298110)",
                    ["Hate incident March 2029: perpetrator convicted 18/05/2029, restraining order.",
                     "Family rehoused 09/04/2029. Attendance 88%."]),
            docx_att("Draft plan for Early Help - Turner-Nair.docx", ["# Draft plan for Early Help",
                                                                    "Attendance support; bedtime anxiety work."])]
    top = outlook_top(f, addr("Marcus Bell", "marcus.bell@richmondandwandsworth.gov.uk"), addr("Early Help Duty", REH),
                      "Step down - Leo Turner-Nair - case discussion 15/06", "2029-06-12 14:45:00")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", "2029-06-12 14:45:00", 2,
        "near_miss", "step_down", False, None, ["2298110"], [ch("Leo Turner-Nair", "2018-10-02", "02/10/2018")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HATE INCIDENT ALREADY DEALT WITH: bricks and homophobic graffiti in March, the neighbour "
        "convicted and restrained, the family rehoused, 'no current concerns arising' -> not urgent, no physical_harm. "
        "Complete step-down (case summary, draft plan, both mums consented) -> book_meeting; 'Mosaic ID 2298110' -> "
        "'2298110'. The mums are adults. " + WHY_R, not_children=["Jade Turner", "Priya Nair"])

    # R07 URGENT: girl meeting online "brother" tonight with passport
    f = "richmond_wandsworth_07.eml"
    body = T("""
Hi,

I'm the school counsellor at Graveney. Hana Ali in Year 9 (DOB 07/03/2015) sent me this at 17:10 on the school
counselling app:

"miss i'm going to meet him tonight. brother yusuf says sisters are waiting and i will have a real family.
dont tell my mum pls"

Over the last weeks she has shown me messages on Telegram from a man who calls himself Brother Yusuf and says he is
22. He sends her videos about "the ummah being slaughtered" and has told her that girls who make hijrah go straight
to paradise. Today's messages, which she screenshotted to me at lunch before deleting the chat:

  "Clapham Junction, platform 13, 8pm tonight"
  "bring your passport and the gold, leave your phone at home"
  "delete this chat sister"

She left school at 3.20. She is not answering me. Her mum, Farhia, does not know anything about this - Hana begged
me not to tell her.

Laila Hassan
School Counsellor, Graveney School
""")
    top = outlook_top(f, addr("Laila Hassan", "l.hassan@graveney.example.org"), addr("MASH Step Up", RMASH),
                      "Hana Ali Y9", "2029-06-25 17:35:00", mid_domain="graveney.example.org")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", "2029-06-25 17:35:00", 3,
        "urgent", "other", True, None, [], [ch("Hana Ali", "2015-03-07", "07/03/2015")], ["radicalisation"], None,
        None, [], None, "alert_duty",
        "THE CHILD'S OWN MESSAGES: a 14-year-old is meeting an online 'brother' who sends extremist videos at 8pm "
        "tonight, told to bring her passport and leave her phone; she is not answering and mum does not know. "
        "DESIGN safety rule 1 -> urgent -> alert_duty. No alarm words. " + WHY_R)

    # R08 ordinary meeting reply accepted
    f = "richmond_wandsworth_08.eml"
    add(f, itip_reply(f, "2029-07-04 09:12:00", "Ben Osei", "ben.osei@richmondandwandsworth.gov.uk",
                      ("MASH Step Up", RMASH), "ACCEPTED",
                      "Step-up case discussion - Mahmood - Mosaic 1187433", "20290705T140000", "20290705T150000",
                      "Wandsworth Town Hall, Room 2.14"),
        "richmond_wandsworth", "mash_step_up", "2029-07-04 09:12:00", 1, "ordinary", "meeting_reply", False, None,
        ["1187433"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED, no comment, for a step-up case discussion; SUMMARY 'Mosaic 1187433' -> the bare "
        "number. DESIGN: meeting_reply -> record_reply. " + WHY_R)

# ---------------------------------------------------------------- TOWER HAMLETS
def tower_hamlets():
    # T01 URGENT: aunt, broken English, tonight's flight with passports
    f = "tower_hamlets_01.eml"
    body = T("""
Hello,

I am auntie of Rahim Chowdhury (11), Sumaiya Chowdhury (8) and Ayaan Chowdhury (4). They live in Bow, 5 Roman Road
flat 12.

My brother Shahid he take the children tonight. Flight is 22:15 from Heathrow to Istanbul, I see the ticket on his
phone when he show me. He say after they go to Syria to live by his friend who is fighting there and the children
will learn the true way. He have all the passports in his bag.

The mother Rokeya she is in Bangladesh for her father funeral, she not know anything, I cannot reach her phone.

Children school is Globe Primary. Today they not go to school, he keep them home for packing.

Please help. I cannot call police myself, he will know it is me and my husband is angry.

Nasreen
""")
    top = plain_top(f, addr("Nasreen Begum", "nasreen.b1979@gmail.example.com"), addr(None, TMAST),
                    "please help my brother children", "2029-04-20 14:30:00", "mail.gmail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", "2029-04-20 14:30:00", 5, "urgent",
        "other", True, None, [], [ch("Rahim Chowdhury"), ch("Sumaiya Chowdhury"), ch("Ayaan Chowdhury")],
        ["radicalisation"], None, None, [], None, "alert_duty",
        "AN AUNT'S BROKEN ENGLISH: father taking three children on the 22:15 to Istanbul tonight and then to Syria 'by "
        "his friend who is fighting', with all the passports, mother abroad. DESIGN safety rule 1 -> urgent -> "
        "alert_duty. No alarm words. Not a step request -> other. " + WHY_T)

    # T02 ordinary step-down, complete
    f = "tower_hamlets_02.eml"
    body = T("""
Dear Early Help Hub,

Step down to TAF - Imran Begum, DOB 11/11/2013, Mosaic number 3310078.

The Child and Family Assessment concluded on 27/04/2029 with a recommendation to step down to a Team Around the
Family. Imran was referred to Prevent in February for sharing extremist videos; Channel adopted the case and his
mentor sessions continue weekly with good progress.

Attached: the Child and Family Assessment and the TAF plan.

Mrs Begum has consented to the step down. The Lead Practitioner will be Mr Jamal Uddin, Family Support Worker at
Stepney Green School. I will chair the TAF meeting on Thursday 10 May at 2pm at the school.

Regards
Ruth Adeyemi
Social Worker, Children's Social Work Team (Stepney & Wapping)
""") + TDISC
    atts = [pdf_att("Child and Family Assessment - Imran Begum.pdf", "Child and Family Assessment - Imran Begum",
                    ["Concluded 27/04/2029. Outcome: step down to TAF.", "Channel support continuing."]),
            docx_att("TAF plan - Imran Begum.docx", ["# TAF plan", "Mentor sessions; school pastoral support."])]
    top = outlook_top(f, addr("Ruth Adeyemi", "ruth.adeyemi@towerhamlets.gov.uk"), addr("Early Help Hub", TEH),
                      "Step down to TAF - Imran Begum", "2029-05-01 10:00:00")
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", "2029-05-01 10:00:00", 4,
        "ordinary", "step_down", False, None, ["3310078"], [ch("Imran Begum", "2013-11-11", "11/11/2013")],
        ["radicalisation"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: assessment .pdf, TAF plan .docx (draft_plan), consent, lead practitioner "
        "named with his agency -> nothing missing -> book_meeting. Channel support continuing -> radicalisation. "
        "'Mosaic number 3310078' -> '3310078'. " + WHY_T)

    # T03 NEAR MISS: Channel panel minute, case closed
    f = "tower_hamlets_03.eml"
    body = T("""
Hi Early Help Hub,

For your records, as Early Help hold the lead practitioner role: the Channel panel on 15 May agreed to close Sami's
case. Minute attached. No action is needed from you - the routine 6 and 12 month reviews will come through me.

Thanks
Fahim Ahmed
Prevent Co-ordinator, Tower Hamlets Council
""")
    atts = [pdf_att("Channel panel minute 15.05.29 - SH.pdf", "Channel panel - minute of case review - 15/05/2029",
                    ["Young person: Sami Hossain, DOB 02/09/2013.",
                     "Referred 11/2028 after sharing extremist content online.",
                     "Intervention provider report: no longer holds or shares extremist views; engaged fully.",
                     "Outcome: case closed - no further radicalisation vulnerability identified.",
                     "Reviews at 6 and 12 months as per Channel duty guidance."])]
    top = outlook_top(f, addr("Fahim Ahmed", "fahim.ahmed@towerhamlets.gov.uk"), addr("Early Help Hub", TEH),
                      "FW: Channel panel outcome - S.H. - closed", "2029-05-17 15:10:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", "2029-05-17 15:10:00", 2, "near_miss",
        "other", False, None, [], [ch("Sami Hossain", "2013-09-02", "02/09/2013")], [], None, None, [], None,
        "human_review",
        "NEAR MISS - A CHANNEL PANEL MINUTE WITH THE CASE CLOSED: 'no further radicalisation vulnerability "
        "identified', 'No action is needed'. Resolved -> not urgent, no current concern. Not a step request -> other "
        "-> human_review. " + WHY_T)

    # T04 ordinary step-up, manager pending
    f = "tower_hamlets_04.eml"
    body = T("""
Hi MAST,

Attached is a Multi-Agency Request for Support for Mariam Noor, DOB 20/04/2014.

Mariam (15) has been watching extremist preachers on TikTok for hours each night and told her form tutor she wants
to "make hijrah" when she is older. There is no sign of any travel plan - mum holds her passport and the family
have no links abroad - but the Early Help plan is not enough. Mum has agreed to the referral.

I discussed this with my manager Shirin Akhtar this morning; she wants to read the form before she signs it off,
so I will send her agreement on once I have it.

Many thanks
Joynal Miah
Early Help Practitioner, Tower Hamlets Early Help
""")
    atts = [docx_att("Multi-Agency Request for Support - Mariam Noor.docx",
                     ["# Multi-Agency Request for Support", "Child: Mariam Noor, 20/04/2014",
                      "Reason: online extremist content; wish to 'make hijrah'.", "Parental consent: yes"])]
    top = outlook_top(f, addr("Joynal Miah", "joynal.miah@towerhamlets.gov.uk"), addr("MAST", TMAST),
                      "Request for support - Mariam Noor", "2029-06-06 11:20:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", "2029-06-06 11:20:00", 6, "ordinary",
        "step_up", False, None, [], [ch("Mariam Noor", "2014-04-20", "20/04/2014")], ["radicalisation"], True, None,
        ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with the Request for Support form; the manager 'wants to read the form before she "
        "signs it off' -> pending -> null -> manager_agreed missing -> request_info. 'no sign of any travel plan' -> "
        "not urgent. " + WHY_T)

    # T05 URGENT: neighbour - brick through children's window, back tonight
    f = "tower_hamlets_05.eml"
    body = T("""
hi, i live next door to the Hussein family at 22 Cranbrook Street (Somali family, mum and 4 kids).

about 4 this afternoon three men came to their door shouting for them to go back where they came from. one threw a
brick through the front bedroom window, thats where the kids sleep. little Amina Hussein (about 6) was in there and
got cut on her cheek from the glass, mum cleaned it up. they wrote on the door in red paint and shouted they will
come back tonight and burn them out.

mum is too scared to ring the police, she says they will just stay in with the lights off. the window is just
boarded with cardboard. her older boy Abdi Hussein (about 12) is trying to keep the others calm.

i dont know who else to tell. my number is 07700 900152.

Gary
""")
    top = plain_top(f, addr("Gary Wells", "garywells64@outlook.example.com"), addr(None, TMAST),
                    "family next door", "2029-06-18 18:40:00", "outlook.example.com", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", "2029-06-18 18:40:00", 2, "urgent",
        "other", True, None, [], [ch("Amina Hussein"), ch("Abdi Hussein")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A NEIGHBOUR, out of hours (18:40): a brick through the children's bedroom window cut a 6-year-old; the men "
        "said they would come back tonight and burn them out; mum will not call the police. DESIGN safety rule 1 -> "
        "urgent -> alert_duty. physical_harm (the cut). No alarm words. " + WHY_T)

    # T06 NEAR MISS: school trust policy reminder
    f = "tower_hamlets_06.eml"
    html_body = ('<html><body style="font-family:Arial"><h2>East London Learning Trust - Safeguarding update</h2>'
                 '<p>Dear partners,</p><p>This is a reminder that our updated <b>Prevent Duty and Online Safety Policy</b> '
                 'takes effect from 1 September 2029. Staff will be retrained in the INSET days.</p>'
                 '<p>Signs staff are asked to notice include:</p><ul>'
                 '<li>a child watching extremist or violent videos</li>'
                 '<li>a child talking about travelling to a conflict zone</li>'
                 '<li>a pupil making threats to attack the school</li>'
                 '<li>a family targeted by racist or homophobic abuse</li></ul>'
                 '<p>If a child is at risk of immediate harm staff must call 999 and then the MAST on 0207 364 5606.</p>'
                 '<p>The policy is on the trust website. No reply is needed.</p>'
                 '<p>ELLT Safeguarding Team</p></body></html>')
    text = ("East London Learning Trust - Safeguarding update\n\nDear partners,\n\nThis is a reminder that our updated "
            "Prevent Duty and Online Safety Policy takes effect from 1 September 2029. Staff will be retrained in the "
            "INSET days.\n\nSigns staff are asked to notice include:\n- a child watching extremist or violent videos\n"
            "- a child talking about travelling to a conflict zone\n- a pupil making threats to attack the school\n"
            "- a family targeted by racist or homophobic abuse\n\nIf a child is at risk of immediate harm staff must "
            "call 999 and then the MAST on 0207 364 5606.\n\nThe policy is on the trust website. No reply is needed."
            "\n\nELLT Safeguarding Team\n")
    top = plain_top(f, addr("ELLT Safeguarding", "safeguarding@ellt.example.org"), addr(None, TEH),
                    "Reminder: Prevent Duty and Online Safety Policy from September", "2029-06-29 08:30:00",
                    "ellt.example.org", None, extra=[("List-Id", "ELLT partners <partners.ellt.example.org>")])
    root = multipart("alternative", [text_part(text), text_part(html_body, "html")], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", "2029-06-29 08:30:00", 9, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL TRUST'S POLICY REMINDER listing signs (extremist videos, conflict zone, threats to attack "
        "school, racist abuse) and 'at risk of immediate harm ... call 999' about nobody real. DESIGN safety rule 1: "
        "bulletins that list examples must not trigger it -> other -> human_review. " + WHY_T)

    # T07 ordinary auto-reply
    f = "tower_hamlets_07.eml"
    add(f, ooo(f, "2029-07-10 09:03:00", "Shamima Rahman", "shamima.rahman@towerhamlets.gov.uk", addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-5120] Step down to TAF - Imran Begum",
               T("""
Thank you for your email. I am on annual leave until Monday 23 July 2029 with no access to email.

For Prevent advice please contact the Prevent team on 020 7946 0450. If you have an urgent concern about a child
please contact MAST on 0207 364 5606/5601. If a child is in immediate danger call 999.

Shamima Rahman
Prevent Education Officer
""")), "tower_hamlets", "early_help_duty", "2029-07-10 09:03:00", 1, "ordinary", "auto_reply", False, None, [],
        [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from a Prevent Education Officer to a stepbot mail; its "
        "'urgent concern' / 'immediate danger call 999' lines are boilerplate. DESIGN safety rule 2 -> auto_reply -> "
        "ignore; not urgent. The quoted subject names a child but an auto-reply describes nobody. " + WHY_T)

    # T08 URGENT: step-up whose attached form carries today's update
    f = "tower_hamlets_08.eml"
    body = T("""
Hi MAST,

Please see attached Request for Support for Ibrahim Sheikh (DOB 23/08/2012).

My manager Rehana Khatun, Early Help Team Manager, read it this morning and agreed the step up.

I've added a note at the end of the form before sending.

Thanks
Tasnim Akhtar
Early Help Practitioner
""")
    form = make_pdf("Multi-Agency Request for Support - Ibrahim Sheikh",
                    ["Child: Ibrahim Sheikh, DOB 23/08/2012, Year 12, Mulberry Park Academy.",
                     "Reason for request: since January Ibrahim has been in contact online with men who send him",
                     "jihadist videos; he has stopped seeing his friends and says his family are 'kuffar'.",
                     "Prevent referral made 02/05/2029 - awaiting Channel.",
                     "Manager agreement: Rehana Khatun, Early Help Team Manager, 12/07/2029.",
                     "Parental consent: father agrees.",
                     "",
                     "Note added 12:50 today (12/07/2029): his sister rang me. Ibrahim walked out of school at lunch",
                     "and texted her: 'they've sent a car for me. I'm going tonight. don't look for me. tell abbu",
                     "I'm sorry.' His passport is not in the drawer at home. Dad is at work and not answering."])
    atts = [binary_part("application/pdf", "Request for Support - Ibrahim Sheikh.pdf", form)]
    top = outlook_top(f, addr("Tasnim Akhtar", "tasnim.akhtar@towerhamlets.gov.uk"), addr("MAST", TMAST),
                      "Request for Support - Ibrahim Sheikh", "2029-07-12 13:15:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", "2029-07-12 13:15:00", 3, "urgent",
        "step_up", True, None, [], [ch("Ibrahim Sheikh", "2012-08-23", "23/08/2012")], ["radicalisation"], True, True,
        [], None, "alert_duty",
        "THE URGENT FACT IS ONLY IN THE ATTACHMENT (DESIGN safety rule 1: every part, attachments included): a routine "
        "step-up body, but the form's note added at 12:50 today says a 16-year-old in contact with men sending "
        "jihadist videos walked out, 'they've sent a car ... I'm going tonight', passport gone. Urgent -> alert_duty. "
        "Request for Support form + manager agreed -> nothing missing. No alarm words. " + WHY_T)

# ---------------------------------------------------------------- TORBAY
def torbay():
    # B01 ordinary step-down, consent still to be asked
    f = "torbay_01.eml"
    body = T("""
Hello Early Help,

Please could I have a triage slot for a level 3 step down.

Children: Ruby Pascoe (14/01/2025) and Jacob Pascoe (30/06/2020). LCS-4471920.

The Single Assessment is attached with my analysis; my team manager Gareth Lowe has added his analysis confirming
the threshold for level 3 intervention is met. Mum's depression has improved since the family moved away from the
neighbours who targeted them last year, but she needs support with routines and Jacob's anxiety.

I haven't asked mum about Early Help yet - I'll discuss it with her at my visit on Thursday and let you know.

Thanks
Hollie Brimble
Social Worker, Safeguarding and Supporting Families
""") + BDISC
    atts = [pdf_att("Single Assessment - Pascoe.pdf", "Single Assessment - Ruby and Jacob Pascoe (LCS-4471920)",
                    ["Analysis: mum's depression improving; routines; Jacob's anxiety.",
                     "Team manager analysis (G. Lowe): threshold for level 3 intervention met."])]
    top = outlook_top(f, addr("Hollie Brimble", "hollie.brimble@torbay.gov.uk"), addr("Early Help", BEH),
                      "Triage slot please - Pascoe - level 3 step down", "2029-04-23 10:30:00")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", "2029-04-23 10:30:00", 5, "ordinary",
        "step_down", False, 3, ["LCS-4471920"], [ch("Ruby Pascoe", "2025-01-14", "14/01/2025"),
                                                ch("Jacob Pascoe", "2020-06-30", "30/06/2020")],
        ["parental_mental_health"], None, True, ["consent"], None, "request_info",
        "Torbay level 3 step-down: Single Assessment .pdf with the TM's analysis 'confirming the threshold' -> manager "
        "true; consent still to be asked ('I'll discuss it with her ... Thursday') -> null -> consent missing -> "
        "request_info. Ruby is 4 (the under-5s triage). Last year's targeting is history. " + WHY_B)

    # B02 URGENT: mother's late-night phone mail
    f = "torbay_02.eml"
    text = ("hi its Leanne Heard, my son Tyler Heard is 13. he has been on discord all week with a man called "
            "Wolfsangel who sends him nazi videos and tells him to get ready for the race war.\n\n"
            "tonight i found the messages on his ipad. the man is picking him up at 11pm at the end of our road (Hele "
            "Road, Torquay) and Tyler has packed a bag with 2 of my kitchen knives in it and his hoodie with the "
            "symbol on. i took the bag off him but he says he is going anyway and he's bigger than me.\n\n"
            "please can someone ring me 07700 900614\n\nSent from my iPhone")
    top = plain_top(f, addr("Leanne Heard", "leanneheard88@icloud.example.com"), addr(None, BMASH),
                    "my son", "2029-05-03 21:10:00", "icloud.example.com", "iPhone Mail (21E236)")
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", "2029-05-03 21:10:00", 3, "urgent",
        "other", True, None, [], [ch("Tyler Heard")], ["radicalisation"], None, None, [], None, "alert_duty",
        "A MOTHER'S PHONE MAIL AT 21:10: a 13-year-old receiving nazi videos from an online man who is collecting him "
        "at 11pm tonight; he packed knives and says he is going anyway. DESIGN safety rule 1 -> urgent -> alert_duty "
        "(out of hours). No alarm words. " + WHY_B)

    # B03 NEAR MISS: police Prevent newsletter
    f = "torbay_03.eml"
    html_body = ('<html><body><div style="font-family:Verdana;font-size:10pt">'
                 '<h1>Prevent Partners Bulletin - May 2029</h1>'
                 '<p>Devon &amp; Cornwall Police Prevent Team</p>'
                 '<h3>What referrals looked like this quarter</h3>'
                 '<p>Anonymised themes from referrals across the peninsula (no individual can be identified):</p><ol>'
                 '<li>a child watching beheading videos at home</li>'
                 '<li>a parent booking flights towards a conflict zone</li>'
                 '<li>a pupil threatening to attack their school</li>'
                 '<li>teenagers drawn into online "incel" forums</li></ol>'
                 '<p>Every one of these was handled through the usual routes and none is open to this bulletin.</p>'
                 '<h3>Dates</h3><p>WRAP training 12 June, Torquay Police Station. Channel panel dates for the autumn are on the '
                 'partner portal.</p><p><i>If you think a child is in danger now, call 999.</i></p>'
                 '<p style="font-size:8pt">You are receiving this bulletin as a Prevent partner. Unsubscribe via the portal.</p>'
                 '</div></body></html>')
    top = plain_top(f, addr("D&C Police Prevent", "prevent.bulletin@dc-police.example.org"), addr(None, BMASH),
                    "Prevent Partners Bulletin - May 2029", "2029-05-16 08:00:00", "dc-police.example.org",
                    "Mailchimp", extra=[("List-Id", "Prevent Partners <prevent-partners.dc-police.example.org>"),
                                        ("List-Unsubscribe", "<https://dc-police.example.org/unsub>")])
    add(f, build(top, text_part(html_body, "html"), True), "torbay", "mash_step_up", "2029-05-16 08:00:00", 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A NEWSLETTER (HTML only, List-Id, no Auto-Submitted): anonymised referral themes (beheading "
        "videos, flights to a conflict zone, threats to attack a school, incel forums), all 'handled', and a generic "
        "'call 999'. DESIGN safety rule 1: bulletins that list examples must not trigger it -> other -> "
        "human_review. " + WHY_B)

    # B04 ordinary step-up, consent and manager given
    f = "torbay_04.eml"
    body = T("""
Dear MASH,

Contact for consideration at level 4: Oliver Tremayne, DOB 17/02/2013, LCS-5502381.

Oliver (16) has spent most of the last three months on an online "incel" forum. His posts call girls in his class
"foids" and praise men who have attacked women. He has stopped going to college (attendance 52%) and barely leaves
his room. There are no threats to anyone that we know of and no weapons in the house - he tells us the forum is
"just memes" - but the level 3 plan is not working and the family needs a statutory assessment.

Dad has given consent for this contact to MASH. My team manager, Becky Rowe, and I agree the information needs
considering for level 4.

Kind regards
Sam Widdicombe
Early Help Practitioner, Torbay Early Help
""")
    top = outlook_top(f, addr("Sam Widdicombe", "sam.widdicombe@torbay.gov.uk"), addr("Torbay MASH", BMASH),
                      "Step up - Oliver Tremayne LCS-5502381", "2029-06-08 12:05:00")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", "2029-06-08 12:05:00", 7, "ordinary",
        "step_up", False, None, ["LCS-5502381"], [ch("Oliver Tremayne", "2013-02-17", "17/02/2013")],
        ["radicalisation", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up: consent ('Dad has given consent') and the TM's agreement stated -> nothing missing "
        "-> book_meeting. Incel forum -> radicalisation; 52% attendance. 'no threats ... no weapons' -> not "
        "urgent. " + WHY_B)

    # B05 NEAR MISS: historic Prevent referral of an older brother; complete step-down
    f = "torbay_05.eml"
    body = T("""
Hi Early Help,

Requesting a Tuesday triage slot - level 3 step down for Ellie-Mae Stone (09/03/2015), LCS-4803316.

For completeness: in 2026 Ellie-Mae's older brother Connor, then 15, was referred to Prevent for posting far-right
material. Channel closed his case in 2027, Connor is now 18 and lives in Bristol, and nothing of that kind has
arisen since. It is not part of the current worries.

Current worries are Ellie-Mae's attendance (79%) and mum's struggle to manage mornings since her new job.

Attached: Single Assessment with my analysis and my team manager's analysis (Rachel Kemp agrees the threshold for
level 3 is met). Mum has consented to level 3 Early Help.

Thanks
Jordan Ellis
Social Worker, Single Assessment Team
""")
    atts = [pdf_att("Single Assessment - Ellie-Mae Stone.pdf", "Single Assessment - Ellie-Mae Stone (LCS-4803316)",
                    ["Analysis: attendance 79%; morning routines.",
                     "Team manager analysis (R. Kemp): level 3 threshold met."])]
    top = outlook_top(f, addr("Jordan Ellis", "jordan.ellis@torbay.gov.uk"), addr("Early Help", BEH),
                      "L3 step down - Ellie-Mae Stone - triage", "2029-06-19 10:40:00")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", "2029-06-19 10:40:00", 3, "near_miss",
        "step_down", False, 3, ["LCS-4803316"], [ch("Ellie-Mae Stone", "2015-03-09", "09/03/2015")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC REFERRAL: an older brother's 2026 Prevent referral, closed in 2027, 'not part of the "
        "current worries'; Connor is now 18 and not a child of this request. Complete Torbay step-down (assessment, TM "
        "agreement, consent, level 3) -> book_meeting. " + WHY_B, not_children=["Connor"])

    # B06 URGENT: gay 16-year-old's messages, forwarded
    f = "torbay_06.eml"
    body = T("""
MASH - these came from Jamie Sanders (16, DOB 04/10/2012) between 16:30 and 16:45, copied exactly. He's at home,
42 Teignmouth Road, Torquay. I'm the youth worker at the LGBTQ+ group he comes to on Wednesdays.

Owen Treloar
Youth Worker, Torbay Youth Trust

-----Forwarded messages-----
Jamie: dad found out im gay. he punched me sunday and said next time he'll finish it
Jamie: now my brothers mates have put my address on snap saying sort the f****t out tonight
Jamie: dad says i deserve it. hes locked the back door and took my phone charger so i cant go to nans
Jamie: im in my room. they're saying 9 oclock
Jamie: please dont tell him i told u
""")
    top = outlook_top(f, addr("Owen Treloar", "owen.treloar@torbayyouthtrust.example.org"), addr("Torbay MASH", BMASH),
                      "FW: messages from Jamie Sanders", "2029-06-27 16:55:00", mid_domain="torbayyouthtrust.example.org")
    add(f, mail(f, top, body), "torbay", "mash_step_up", "2029-06-27 16:55:00", 2, "urgent", "other", True, None, [],
        [ch("Jamie Sanders", "2012-10-04", "04/10/2012")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A FORWARDED CHAIN OF THE CHILD'S OWN MESSAGES: a gay 16-year-old punched by his father on Sunday ('next time "
        "he'll finish it'), his address posted with 'sort the f****t out tonight ... 9 oclock', locked in. Homophobic "
        "threat tonight + harm at home -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm words. " + WHY_B)

    # B07 NEAR MISS follow-up: a child's "joke" already looked into
    f = "torbay_07.eml"
    body = T("""
Hi,

Update for the contact above. The comment Kyle made in class last Thursday about "blowing up the school like in
the film" - school and PC Hext spoke to him and his mum on Friday. It was a line from a game trailer he'd been
watching; he has no access to anything, no interest in extremist material, and the Prevent team were consulted and
advised no referral is needed. School are dealing with it as behaviour and he has apologised to his teacher.

Nothing further arises from it. The rest of the contact stands.

Thanks
Lisa Harvey
Early Help Practitioner
""")
    top = outlook_top(f, addr("Lisa Harvey", "lisa.harvey@torbay.gov.uk"), addr("Torbay MASH", BMASH),
                      "RE: [SB-torbay-3318] Contact to MASH - Kyle Bennetts LCS-4420917", "2029-07-09 11:15:00")
    add(f, mail(f, top, body), "torbay", "mash_step_up", "2029-07-09 11:15:00", 6, "near_miss", "follow_up", False,
        None, ["LCS-4420917"], [ch("Kyle Bennetts")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A CHILD'S 'JOKE' ALREADY INVESTIGATED: school and police spoke to him, a game trailer line, Prevent "
        "advised no referral, 'Nothing further arises'. Reply to [SB-torbay-3318] -> follow_up -> attach_to_request; "
        "missing [] for a follow_up. " + WHY_B)

    # B08 ordinary step-down: assessment not attached, manager pending
    f = "torbay_08.eml"
    body = T("""
Afternoon,

Level 3 step down for Harvey Coombes (12/09/2019), LCS-4690215 - could he go on the next Tuesday triage please.

Dad's drinking has reduced since he started with the alcohol service and Harvey is doing well at school. Dad has
signed the consent form for level 3 Early Help.

The Single Assessment isn't finalised yet - my team manager is reviewing it next week and will add her analysis,
then I'll send it over.

Cheers
Nikki Sparkes
Social Worker
""")
    top = outlook_top(f, addr("Nikki Sparkes", "nikki.sparkes@torbay.gov.uk"), addr("Early Help", BEH),
                      "Step down - Harvey Coombes", "2029-07-20 15:30:00")
    add(f, mail(f, top, body), "torbay", "early_help_duty", "2029-07-20 15:30:00", 4, "ordinary", "step_down", False,
        3, ["LCS-4690215"], [ch("Harvey Coombes", "2019-09-12", "12/09/2019")], ["substance_misuse"], True, None,
        ["assessment", "manager_agreed"], None, "request_info",
        "Torbay level 3 step-down, the term's last day: consent signed -> true; the Single Assessment 'isn't finalised' "
        "and the TM 'will add her analysis' next week -> assessment and manager_agreed missing (manager null) -> "
        "request_info. " + WHY_B)

# ---------------------------------------------------------------- HEREFORDSHIRE
def herefordshire():
    # H01 ordinary step-down (sibling group), complete, Word HTML
    f = "herefordshire_01.eml"
    blocks = ["Dear Early Help Co-ordinators,", "",
              "Following my discussion with Verity at last Tuesday's drop-in, please find attached the Early Help "
              "Assessment step-down plan and the family's signed consent form for the Price children.", "",
              ("table", [["Child", "DOB", "Mosaic ID"], ["Ella Price", "21/05/2016", "1534772"],
                         ["Finley Price", "03/11/2018", "1534773"]]), "",
              "Mum left her violent partner in January; he is on bail with conditions not to contact her, and the "
              "children are settled at school. Key person agreed with the family: {{Rachel Preece, Family Support "
              "Worker, Herefordshire Early Help (Leominster)}}.", "",
              "Kind regards", "Siobhan Kelly", "Social Worker, Herefordshire Children's Services"]
    atts = [pdf_att("Signed consent form - Price.pdf", "Early Help consent form - Price family",
                    ["I agree to my family receiving support from Early Help.", "Signed: K. Price, 12/04/2029"]),
            docx_att("EHA step-down plan - Price.docx", ["# Early Help Assessment step-down plan",
                                                         "What needs to happen | By whom | Outcome | Timescale",
                                                         "Domestic abuse recovery work for mum | Women's Aid | confidence | 12 weeks"])]
    top = outlook_top(f, addr("Siobhan Kelly", "siobhan.kelly@herefordshire.gov.uk"), addr("Early Help Co-ordinators", HEH),
                      "Step down - Price siblings", "2029-04-18 09:30:00")
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", "2029-04-18 09:30:00", 4, "ordinary",
        "step_down", False, None, ["1534772", "1534773"], [ch("Ella Price", "2016-05-21", "21/05/2016"),
                                                           ch("Finley Price", "2018-11-03", "03/11/2018")],
        ["domestic_abuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down in Word HTML: signed consent form .pdf, plan .docx, key person "
        "named with agency -> nothing missing -> book_meeting. Mosaic ids in a table column. Level not written -> "
        "null. " + WHY_H)

    # H02 URGENT step-up (undefined in Herefordshire): incel post naming 9am tomorrow, crossbow today
    f = "herefordshire_02.eml"
    body = T("""
Step up request - Dylan Hughes, DOB 29/10/2012

I've been the Early Help worker for Dylan (16) since March. He spends his nights on an incel forum.

At 23:48 last night he posted there (mum screenshotted it tonight):
"tomorrow at hereford college the stacys and chads pay. 9am. remember my name. ER was right"

Mum rang me at 18:50. A parcel came for him today - she found the box in his room, it is a crossbow with bolts. He
has locked himself in his room with it and won't open the door or answer her. Dad is working away in Scotland.

Mum's number 07700 900733. I'm going round now.

Carys Vaughan
Early Help Worker, Herefordshire Council
""")
    top = iphone_mail(f, plain_top(f, addr("Carys Vaughan", "carys.vaughan@herefordshire.gov.uk"), addr(None, HMASH),
                                   "Step up request - Dylan Hughes", "2029-05-08 19:20:00", "herefordshire.gov.uk",
                                   "iPhone Mail (21E236)"), body)
    add(f, top, "herefordshire", "mash_step_up", "2029-05-08 19:20:00", 2, "urgent", "step_up", True, None, [],
        [ch("Dylan Hughes", "2012-10-29", "29/10/2012")], ["radicalisation"], None, None, [], None, "alert_duty",
        "Titled a step-up, but a 16-year-old posted on an incel forum that 'the stacys and chads pay. 9am' tomorrow "
        "at college, a crossbow arrived today and he is locked in with it. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (before human_review for the step-up Herefordshire's seed does not define; missing [] for an "
        "undefined kind). No alarm words. " + WHY_H)

    # H03 NEAR MISS: student's hypothetical
    f = "herefordshire_03.eml"
    body = T("""
Hello,

I'm a second-year social work student on placement with the Leominster team, writing a reflective piece for my
portfolio. A hypothetical question, if someone has a minute: if a parent told me at a home visit that they were
flying the children to Syria tonight and had their passports ready, would I ring MASH first or the police? And would
it then be a Channel referral as well?

None of my cases involve anything like this - it's just for the reflective log.

Thanks very much
Abigail Morris
Student Social Worker (University of Worcester)
""")
    top = plain_top(f, addr("Abigail Morris", "abigail.morris@herefordshire.gov.uk"), addr(None, HEH),
                    "Question for my portfolio", "2029-05-25 13:00:00", "herefordshire.gov.uk", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", "2029-05-25 13:00:00", 6, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: 'if a parent told me ... flying the children to Syria tonight'; 'None of my cases "
        "involve anything like this'. DESIGN safety rule 1: hypothetical risks must not trigger it -> other -> "
        "human_review. " + WHY_H)

    # H04 ordinary step-down: verbal consent, form to follow
    f = "herefordshire_04.eml"
    body = T("""
Hi team,

Step down for Ollie Jenkins, DOB 07/07/2014, Mosaic 1620954.

Ollie was referred to Prevent in March after sharing far-right memes in a school group chat; Channel adopted the
case and he is seeing a mentor weekly. The s47 is closed and the assessment recommends level 3 Early Help.

The Early Help Assessment step-down plan is attached. The key person will be Dan Wilcox, Youth Worker,
Herefordshire Youth Service, whom Ollie gets on well with.

Mum agreed to the step down on the phone on Friday; I'll get the consent form signed at my visit on Wednesday.

Thanks
Megan Price-Jones
Social Worker, Hereford City Team
""")
    atts = [docx_att("EHA step-down plan - Ollie Jenkins.docx", ["# Early Help Assessment step-down plan",
                                                                  "Channel mentor weekly; youth club; online safety work with mum."])]
    top = outlook_top(f, addr("Megan Price-Jones", "megan.price-jones@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", HEH), "Step down - Ollie Jenkins", "2029-06-04 10:10:00")
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", "2029-06-04 10:10:00", 5,
        "ordinary", "step_down", False, None, ["1620954"], [ch("Ollie Jenkins", "2014-07-07", "07/07/2014")],
        ["radicalisation"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down: plan .docx and key person with agency, but consent only verbal ('agreed ... on the "
        "phone') -> consent true, written consent form missing -> request_info. Current Channel mentoring -> "
        "radicalisation. 'Mosaic 1620954' -> '1620954'. " + WHY_H)

    # H05 URGENT: firework through two mothers' letterbox
    f = "herefordshire_05.eml"
    body = T("""
Hi Sophie, sorry to email so early, I don't know who else to send this to.

Last night at about 11.30 someone pushed a lit firework through our letterbox. Oskar was asleep on the sofa by the
door because he's been scared to sleep upstairs. It went off next to him, burned the back of his hand and the mat
caught fire - Kasia put it out with the washing-up bowl. A&E dressed his hand at 2am.

It's the lads from the flats opposite who shout "dykes" at us. On Tuesday they followed Oskar home from school and
told him they would "burn the lesbians out". Police came last night and took photos but nobody has been arrested and
the lads were outside again at 6 this morning, laughing and filming our door.

Housing say they can't move us until next week. We have nowhere else to go tonight. Oskar is 9 and Filip is 4.

Anna Nowak-Green
(Oskar Nowak-Green and Filip Nowak-Green's mum)
""")
    top = plain_top(f, addr("Anna Nowak-Green", "anna.nowakgreen@gmail.example.com"),
                    addr("Early Help Co-ordinators", HEH), "Last night", "2029-06-21 07:45:00",
                    "mail.gmail.example.com", None, cc=addr("Sophie Lane", "sophie.lane@herefordshire.gov.uk"))
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", "2029-06-21 07:45:00", 3, "urgent",
        "other", True, None, [], [ch("Oskar Nowak-Green"), ch("Filip Nowak-Green")], ["physical_harm"], None, None,
        [], None, "alert_duty",
        "A MOTHER, BEFORE OFFICE HOURS (07:45): a lit firework through the letterbox burned a 9-year-old's hand; the "
        "same lads threatened to 'burn the lesbians out' and were back this morning; nobody arrested; nowhere else to "
        "go tonight. Homophobic hate with harm now -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm "
        "words. " + WHY_H, not_children=["Anna Nowak-Green", "Kasia"])

    # H06 NEAR MISS: swastika drawings already dealt with
    f = "herefordshire_06.eml"
    body = T("""
Dear colleagues,

For information only - this is not a referral.

On 26 June Harry Bishop (Year 9) drew swastikas on a classroom desk and in his planner. We met his parents the same
day; they were shocked and supportive. We consulted the Prevent team, who advised that no referral is needed: Harry
had copied the symbol from a history documentary and has no wider interest in it. He has done restorative work with
our RE teacher and his Early Help worker already knows.

There are no further concerns and nothing is needed from you. I'm letting you know only because Harry's family is
open to Early Help.

Best wishes
Helen Draper
Designated Safeguarding Lead, Wye Valley High School
""")
    top = outlook_top(f, addr("Helen Draper", "h.draper@wyevalleyhigh.example.org"), addr("Early Help Co-ordinators", HEH),
                      "For information - Harry Bishop Y9", "2029-07-03 15:00:00", mid_domain="wyevalleyhigh.example.org")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", "2029-07-03 15:00:00", 8,
        "near_miss", "other", False, None, [], [ch("Harry Bishop")], [], None, None, [], None, "human_review",
        "NEAR MISS - A WORRY ALREADY DEALT WITH: swastika drawings, parents met, Prevent advised no referral, "
        "restorative work done, 'no further concerns', 'not a referral' -> not urgent, no radicalisation -> other -> "
        "human_review. " + WHY_H)

    # H07 ordinary meeting reply (Google) for a drop-in
    f = "herefordshire_07.eml"
    add(f, google_reply(f, "2029-07-11 09:50:00", "Tom Parry", "tom.parry.sw@gmail.example.com",
                        ("Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in - Parry family", "20290717T090000Z", "20290717T093000Z",
                        "Microsoft Teams", "Tue 17 Jul 2029 10am - 10:30am (BST)"),
        "herefordshire", "early_help_duty", "2029-07-11 09:50:00", 2, "ordinary", "meeting_reply", False, None, [],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY ACCEPTED (times in UTC: 09:00Z = 10:00 BST) for the Tuesday step-down drop-in. "
        "DESIGN: meeting_reply -> record_reply. " + WHY_H)

    # H08 ordinary follow-up: signed consent form
    f = "herefordshire_08.eml"
    ack = ["Thank you - your step down request has been received.", "", "Reference: [SB-herefordshire-2207]",
           "Family: Ollie Jenkins (Mosaic 1620954)", "", "What is missing:", "- the family's written consent", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = ("Consent form attached - mum signed it at my visit yesterday.\n\nMegan\n\nSent from my iPhone\n\n"
            "On 4 Jun 2029, at 10:16, Herefordshire Early Help <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n\n"
            + stepbot_ack("[SB-herefordshire-2207]", ack))
    atts = [pdf_att("Consent form signed - Jenkins.pdf", "Early Help consent form - Jenkins",
                    ["I agree to Early Help support for my family.", "Signed: L. Jenkins, 16/07/2029"])]
    top = plain_top(f, addr("Megan Price-Jones", "megan.price-jones@herefordshire.gov.uk"),
                    addr("Early Help Co-ordinators", HEH), "Re: [SB-herefordshire-2207] Step down - Ollie Jenkins",
                    "2029-07-17 11:40:00", "herefordshire.gov.uk", "iPhone Mail (21E236)")
    add(f, iphone_mail(f, top, text, atts), "herefordshire", "early_help_duty", "2029-07-17 11:40:00", 3, "ordinary",
        "follow_up", False, None, ["1620954"], [ch("Ollie Jenkins")], [], True, None, [], None, "attach_to_request",
        "iPhone reply to [SB-herefordshire-2207] (herefordshire_04's request) adding the signed consent form; "
        "'mum signed it' -> consent true. DESIGN: follow_up -> attach_to_request, missing []. " + WHY_H)

# ============================================================================= self-checks
WINDOW = (date(2029, 4, 16), date(2029, 7, 20))
BANK_HOLIDAYS_2029 = {date(2029, 1, 1), date(2029, 3, 30), date(2029, 4, 2), date(2029, 5, 7), date(2029, 5, 28),
                      date(2029, 8, 27), date(2029, 12, 25), date(2029, 12, 26)}
ALARM = re.compile(r"\burgent(ly)?\b|\bimmediate(ly)?\b|\bemergency\b|\bat risk\b|\brisk of harm\b|danger|\bASAP\b",
                   re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# Knowsley notice table (README): file -> (sent, meeting, working days, plain weekdays)
KNOWSLEY_TABLE = {"knowsley_01.eml": (date(2029, 5, 2), date(2029, 5, 9), 4, 5),
                  "knowsley_02.eml": (date(2029, 5, 21), date(2029, 5, 29), 5, 6),
                  "knowsley_06.eml": (date(2029, 5, 23), date(2029, 5, 30), 4, 5),
                  "knowsley_08.eml": (date(2029, 6, 14), date(2029, 6, 27), 9, 9)}
DEV_LABELS = "/work/main/tests/data/corpus/dev/labels.json"
PACKS = "/work/main/config/authorities"

def working_days(today, meeting, bh):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in bh:
            n += 1
    return n

def weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def pack_ids():
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        y = yaml.safe_load(open(os.path.join(PACKS, a + ".yaml")))
        for k, v in (y.get("kinds") or {}).items():
            out[(a, k)] = {r["id"] for r in (v.get("requirements") or []) if isinstance(r, dict) and "id" in r}
    return out

def parse_dob(w):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(w, fmt).date()
        except ValueError:
            pass
    raise AssertionError("unparsed DOB " + w)

def check():
    errs = []
    def E(c, m):
        if not c:
            errs.append(m)
    import holidays
    pk = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2029]).keys()}
    E(pk == BANK_HOLIDAYS_2029, "bank holidays differ from the holidays package: %s" % sorted(pk ^ BANK_HOLIDAYS_2029))
    E(WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4, "window must run Monday-Friday")
    E({d for d in BANK_HOLIDAYS_2029 if WINDOW[0] <= d <= WINDOW[1]} == {date(2029, 5, 7), date(2029, 5, 28)},
      "bank holidays in window")
    E(date(2029, 3, 30) < WINDOW[0] and date(2029, 4, 2) < WINDOW[0], "Easter before window")
    for d in (WINDOW[0], WINDOW[1]):
        E(datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() == timedelta(hours=1), "BST at %s" % d)
    dev_keys = set(json.load(open(DEV_LABELS))[0]["expect"].keys())
    dev_top = set(json.load(open(DEV_LABELS))[0].keys())
    ids = pack_ids()
    E(len(LABELS) == 40, "40 files")
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        E(sorted(l["file"] for l in LABELS if l["authority"] == a) == ["%s_%02d.eml" % (a, i) for i in range(1, 9)],
          "8 files named for " + a)
    for L in LABELS:
        f, e = L["file"], L["expect"]
        E(set(L.keys()) == dev_top, f + " top keys")
        E(set(e.keys()) == dev_keys, f + " expect keys")
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        for part in msg.walk():
            E(not part.defects, "%s defects %s" % (f, part.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            E(msg[h] is not None, "%s lacks %s" % (f, h))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        E(WINDOW[0] <= d.date() <= WINDOW[1], f + " date outside window")
        E(d.weekday() < 5, f + " weekend")
        E(d.date() not in BANK_HOLIDAYS_2029, f + " on a bank holiday")
        E(d.utcoffset() == d.astimezone(LON).utcoffset() == timedelta(hours=1), f + " offset")
        now = datetime.fromisoformat(L["now"])
        E(now.utcoffset() == d.utcoffset(), f + " now offset")
        E(timedelta(minutes=1) <= now - d <= timedelta(minutes=10), f + " now 1-10 min after Date")
        addrs = (str(msg["To"] or "") + str(msg["Cc"] or "")).lower()
        E(MAILBOXES[(L["authority"], L["mailbox"])].lower() in addrs, f + " mailbox address not in To/Cc")
        text = readable(msg)
        E(e["kind"] in KINDS, f + " kind")
        E(e["concerns"] == sorted(set(e["concerns"])) and set(e["concerns"]) <= CONCERNS, f + " concerns")
        E(e["missing"] == sorted(set(e["missing"])), f + " missing sorted")
        # requirement ids exist in the pack, and only for defined step kinds
        if e["kind"] in ("step_up", "step_down") and (L["authority"], e["kind"]) in ids and ids[(L["authority"], e["kind"])]:
            E(set(e["missing"]) <= ids[(L["authority"], e["kind"])], "%s missing ids not in pack: %s" % (f, e["missing"]))
        else:
            E(e["missing"] == [], f + " missing must be [] for this kind")
        # fact ids agree with consent / manager labels
        if e["kind"] in ("step_up", "step_down") and not (L["authority"] == "herefordshire" and e["kind"] == "step_up"):
            req = ids[(L["authority"], e["kind"])]
            lvl = e["level"] or 3
            if "consent" in req and not (L["authority"] == "knowsley" and lvl == 2):
                E((e["consent"] is not True) == ("consent" in e["missing"]), f + " consent vs missing")
            if "manager_agreed" in req:
                E((e["manager_agreed"] is not True) == ("manager_agreed" in e["missing"]), f + " manager vs missing")
        E(e["level"] is None or (e["kind"] == "step_down" and e["level"] in (2, 3)), f + " level")
        # next_action order
        if e["urgent"]:
            na = "alert_duty"
        elif e["kind"] == "auto_reply":
            na = "ignore"
        elif e["kind"] == "meeting_reply":
            na = "record_reply"
        elif e["kind"] == "follow_up":
            na = "attach_to_request"
        elif e["kind"] == "other" or (L["authority"] == "herefordshire" and e["kind"] == "step_up"):
            na = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            na = "request_info"
        else:
            na = "book_meeting"
        E(e["next_action"] == na, "%s next_action %s != %s" % (f, e["next_action"], na))
        E(e["urgent"] == (CATS[f] == "urgent"), f + " urgent vs category")
        # notice
        meeting = META[f]["meeting"]
        if L["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down"):
            E(meeting is not None, f + " Knowsley step needs a meeting date")
            wd = working_days(now.astimezone(LON).date(), meeting, BANK_HOLIDAYS_2029)
            E(e["notice_ok"] == (wd >= 5), "%s notice_ok vs %d WD" % (f, wd))
            E(meeting.weekday() < 5 and meeting not in BANK_HOLIDAYS_2029, f + " meeting day")
            t = KNOWSLEY_TABLE.get(f)
            E(t is not None and t[0] == now.date() and t[1] == meeting and t[2] == wd
              and t[3] == weekdays(now.date(), meeting), f + " Knowsley table")
        else:
            E(e["notice_ok"] is None, f + " notice_ok must be null")
        # children, DOBs, case ids in the text
        for c in META[f]["children"]:
            E(c["name"] in text, "%s child %s not in text" % (f, c["name"]))
            if c["dob"]:
                E(c["_w"] in text, "%s DOB %s not in text" % (f, c["_w"]))
                dob = parse_dob(c["_w"])
                E(dob.isoformat() == c["dob"], f + " dob parse")
                age = (now.date() - dob).days / 365.25
                E(0 < age < 18, "%s %s age %.1f" % (f, c["name"], age))
        for n in META[f]["not_children"]:
            E(n in text and all(n not in k["name"] for k in e["children"]), "%s not-child %s" % (f, n))
        for cid in e["case_ids"]:
            E(cid in text, "%s case id %s not in text" % (f, cid))
        E(e["case_ids"] == list(dict.fromkeys(e["case_ids"])), f + " case ids dedup")
        # alarm words
        if e["urgent"]:
            m = ALARM.search(text)
            E(m is None, "%s urgent mail contains alarm word %r" % (f, m and m.group(0)))
        E(not re.search(r"\b20(3\d|[4-9]\d)\b", text), f + " a year after 2029")
        # per kind structure
        subj = str(msg["Subject"])
        if e["kind"] == "follow_up":
            E("[SB-" in subj, f + " follow_up needs a reference")
        if e["kind"] in ("step_up", "step_down", "other"):
            E("[SB-" not in subj, f + " request with a reference")
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if e["kind"] == "meeting_reply":
            E(len(cals) == 1 and "METHOD:REPLY" in cals[0].get_content(), f + " iTIP REPLY")
        else:
            E(not cals, f + " stray calendar")
        E((msg["Auto-Submitted"] is not None) == (e["kind"] == "auto_reply"), f + " Auto-Submitted")
    cats = list(CATS.values())
    E(cats.count("urgent") >= 11 and cats.count("near_miss") >= 11, "category counts")
    E(set(KNOWSLEY_TABLE) == {l["file"] for l in LABELS if l["authority"] == "knowsley"
                              and l["expect"]["kind"] in ("step_up", "step_down")}, "Knowsley table covers the steps")
    # decisive crossings: knowsley_01 (May Day) and knowsley_06 (Spring Bank Holiday) are not ok only because of them
    for f, bh in (("knowsley_01.eml", date(2029, 5, 7)), ("knowsley_06.eml", date(2029, 5, 28))):
        s, m, wd, wk = KNOWSLEY_TABLE[f]
        E(wd == 4 and wk == 5 and s < bh < m, f + " decisive crossing")
    return errs

def main():
    for b in (knowsley, richmond, tower_hamlets, torbay, herefordshire):
        b()
    errs = check()
    if errs:
        print("SELF-CHECK FAILED:")
        for x in errs:
            print(" -", x)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    order = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(order, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=2)
        fh.write("\n")
    if "--stats" in sys.argv:
        from collections import Counter
        print("categories", Counter(CATS.values()))
        for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
            print(k, Counter(str(l["expect"][k]) for l in LABELS))
        print("mailbox", Counter(l["mailbox"] for l in LABELS))
        for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
            print(a, Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))
        for f, (s, m, wd, wk) in KNOWSLEY_TABLE.items():
            print(f, s, m, wd, wk)
    print("wrote %d files, labels.json, categories.json - all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
