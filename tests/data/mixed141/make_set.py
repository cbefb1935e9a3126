#!/usr/bin/env python3
"""mixed141: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2054 (Monday 13 April - Wednesday 22 July 2054), in family courts and legal processes:
court orders attached or quoted (child arrangements, prohibited steps, non-molestation, occupation, a section 37
direction), Cafcass letters and safeguarding letters, section 7 and section 37 reports, a pre-proceedings (PLO)
letter, a judge's directions, contact arrangements after a hearing, counsel's and solicitors' notes, orders breached
or about to be, and hearings adjourned or vacated.

Urgent (12), told without the alarm words the brief bans: a father barred by a non-molestation order who has told
an 8-year-old he will be at the school gate at 3.15 today (in a PS); a 4-year-old not returned after contact and
taken on the ferry (a calendar reply's comment); a 6-year-old's words at supervised contact about the lodger at her
nan's, where she goes at 5 (a contact-centre coordinator's phone mail); a child's words to a Cafcass officer at a
section 7 interview, with overnight contact tonight (forwarded); a toddler driven off by a drunk father from
supervised contact (only in the attached case summary's chronology); a 10-year-old's own words about the father an
occupation order excludes, back in the flat (a school); a mother assaulted at 06:00 by the respondent to her order,
going back at 3pm with her baby (clinical notes); a 3-year-old taken overnight by a father the court found had broken
her brother's bones (hedged: "probably I'm overthinking it"); children at home now with the ex-partner an order bars
(plain); children taken from a car by a drunk father in breach of a prohibited steps order (a solicitor, evening); a
grandmother holding an interim order whose drunk daughter says she will be back "when it's dark" (HTML-only, evening);
a 3-year-old taken from nursery by the man the court said must not see her (a follow-up).

Near misses (12): a non-molestation order breached once in 2053 with nothing since; a legal-services briefing of
fictional breach scenarios; counsel's note of a hearing with the father remanded in custody; a training course's
fictional case study; a finding of fact "not proven" and a section 37 report recommending no order; a contingency
plan "IF dad were ever to breach" a prohibited steps order; a solicitor's non-molestation application for an adult
with no children in the home; a breach last weekend with the father remanded until trial; a negated breach ("no
current concerns that dad will breach the order"); Cafcass's routine request for safeguarding information; an
automatic court notice of a vacated hearing listing "allegations of harm"; and a Cafcass section 7 report's historic
allegations, investigated with no further action.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from sha1
of the file name; zips have fixed timestamps. Runs on the standard library alone (python3 make_set.py); when run with
/work/main/.venv/bin/python it also cross-checks the bank holidays with the `holidays` package and reads the PDFs and
.docx files back with pypdf / python-docx. Every label was set by hand from the specification (DESIGN.md,
REQUIREMENTS.md, the seed protocols and the policy packs); the self-checks only verify them against its rules and
STOP on any error before anything is written.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
YEAR = 2054


# ============================================================================ calendar (computed, then checked)
def easter_sunday(y):
    """Anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)

def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(0 - d.weekday()) % 7)

def last_monday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=d.weekday())

def last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)

def england_bank_holidays(y):
    """England & Wales bank holidays that fall on a weekday (substitute days included)."""
    es = easter_sunday(y)
    out = {}
    ny = date(y, 1, 1)
    out[ny if ny.weekday() < 5 else ny + timedelta(days=7 - ny.weekday())] = "New Year's Day"
    out[es - timedelta(days=2)] = "Good Friday"
    out[es + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "May Day"
    out[last_monday(y, 5)] = "Spring Bank Holiday"
    out[last_monday(y, 8)] = "Late Summer Bank Holiday"
    xmas, box = date(y, 12, 25), date(y, 12, 26)
    taken = set()
    for d, name in ((xmas, "Christmas Day"), (box, "Boxing Day")):
        while d.weekday() >= 5 or d in taken:
            d += timedelta(days=1)
        taken.add(d)
        out[d] = name
    return out

BANK_HOLIDAYS = england_bank_holidays(YEAR)
EASTER = easter_sunday(YEAR)
# The summer term of 2054: Easter Sunday is 29 March 2054, so the Easter school holiday runs Monday 30 March -
# Friday 10 April (Good Friday 27 March and Easter Monday 30 March fall before the term). The term runs from Monday
# 13 April to Wednesday 22 July 2054, with the May Day (4 May) and Spring Bank Holiday (25 May) Mondays inside it.
WINDOW = (date(YEAR, 4, 13), date(YEAR, 7, 22))
IN_WINDOW_BH = {date(YEAR, 5, 4): "May Day", date(YEAR, 5, 25): "Spring Bank Holiday"}
BST = (datetime(YEAR, 3, 29, 1, 0, tzinfo=UTC), datetime(YEAR, 10, 25, 1, 0, tzinfo=UTC))

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


# ============================================================================ MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest()[:16] + b"\x01\x02").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Europe/London wall-clock time -> aware datetime (the whole window is BST, +0100)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, em):
    if name is None:
        return em
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, em)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), em)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", crlf=False):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    elif cte == "8bit":
        body = text
    else:
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        body = p.body if p.body.endswith("\n") else p.body + "\n"
        return out + body
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    return out + "--%s--\n" % p.boundary

def build(top, root, crlf, allow_8bit=False):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")
    s = head + render(root)
    if not allow_8bit:
        s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")

def html_of(text, font="Calibri"):
    paras = text.split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def gmail_html(text):
    """Gmail's HTML twin: <div dir="ltr"> lines, the quoted part in a gmail_quote blockquote."""
    new, _, old = text.partition("\nOn ")
    lines = "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br>") for l in new.split("\n"))
    out = '<div dir="ltr">%s</div>' % lines
    if old:
        head, _, quoted = ("On " + old).partition("\n")
        q = "<br>\n".join(html.escape(l[2:] if l.startswith("> ") else l.lstrip(">"), quote=False)
                          for l in quoted.strip("\n").split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (html.escape(head), q))
    return out + "\n"

# -- Word (Outlook) "filtered medium" HTML -------------------------------------------------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-fareast-language:EN-US;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks):
    out = [WORD_HEAD]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = word_inline(c)
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td width=200 valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt "
                               "0cm 5.4pt'>\n  <p class=MsoNormal>%s<o:p></o:p></p>\n  </td>\n"
                               % ("background:#D9E2F3;" if i == 0 else "", cell))
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif b == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % word_inline(b))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

def word_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]] + [""]
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"

# -- format=flowed (RFC 3676) ----------------------------------------------------------------------------------
def flowed(text, width=72):
    out = []
    for logical in text.split("\n"):
        words = logical.split(" ")
        cur, phys = "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)

def flowed_part(text, cte="quoted-printable"):
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'), ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "7bit":
        body.encode("ascii")
    return Part(h, body)

# -- hand-built PDF 1.4 (Helvetica, WinAnsi) --------------------------------------------------------------------
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
    pages = [wrapped[i:i + 54] for i in range(0, len(wrapped), 54)]
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for pg in pages:
        content = ("BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n").encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
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

def pdf_text(data):
    """Text of a PDF built by make_pdf (the strings of its content streams, unescaped)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
            out.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(out)

# -- minimal .docx ---------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, body))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(YEAR, 4, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))

# -- iCalendar -------------------------------------------------------------------------------------------------
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out, first = [], True
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
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "CWLP265MB4411.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    t = text_part(body, cte=cte)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf, allow_8bit=(cte == "8bit"))

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=(), crlf=True, boundary=bnd):
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], boundary(f, 2))
    root = multipart("mixed", [body] + list(atts), boundary(f, 1)) if atts else body
    return build(top, root, crlf)

def html_only(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer,
        "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, frm_name, frm_email)]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1450390721",
          "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar) + invite.ics."""
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
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Roboto"), "html"),
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

def quote(frm, sent, to, subject, text, cc=None):
    """An Outlook quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def gt(text):
    """'> '-quote every line."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack(kind_word, ref, lines, missing):
    """stepbot's acknowledgement, as quoted under a reply."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please tell the sender and delete it.\n")
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify the "
         "sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")
BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are "
         "not the intended recipient, please delete it and tell the sender.\n")
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")


# ============================================================================ the set's records
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

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        telling=None):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests); `not_children` are
    people in the text who must never be labelled; `telling` says how an urgent mail tells its risk."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "telling": telling, "when": when}


# ============================================================================ KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def appendix1(rows):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: question, answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in rows:
        out += [q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2054-04-29 14:12"
    body = T("""
Hi MASH team,

Please find attached a step up request for Sienna Maguire (DOB 11/02/2045) and her brother Alfie Maguire (DOB 23/08/2048). EHM case ID: EHM-66318.

In brief: mum and dad separated in 2052. Since the Family Court made a child arrangements order in January (the children live with mum and spend alternate weekends with dad), handovers have fallen apart. Mum has stopped engaging with Family First since the March TAF - four missed home visits, she no longer answers calls or texts, and she cancelled the school nurse twice. The children have missed the last three weekends with dad, and Sienna told her teacher it "feels like it's my fault". Dad has applied to the court to enforce the order (C79) and that hearing is listed for 9 June.

I've used the Engaging Families toolkit (Signs of Well-being family engagement tool). It is written up in section 3 of the step up form and tells us engagement is low and falling, even after we changed things round for mum (evening visits, meeting at her mum's, text reminders the day before).

My team manager, Colette Rainford, went through this with me in supervision on Monday and has agreed the step up.

The step up TAF meeting is next Wednesday, 6th May at 10am on Teams. The invite has gone from my calendar to the MASH inbox and to MASH business support, and I'm inviting the current TAF members (school and the school nurse).

Attached:
- FF Step Up request to CSC - Maguire.docx
- TAF minutes 18.03.2054 - Maguire.pdf

Thanks
Rachel

Rachel Tunstall
Family First Case Manager (Level 3) | Kirkby Family Hub | Knowsley Council
0151 496 0732

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-66318"),
        ("Child(ren):", "Sienna Maguire, 11/02/2045; Alfie Maguire, 23/08/2048"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 6 May 2054, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Engaging Families Toolkit completed 21/04/2054 (section 3)."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 18/03/2054"),
        ("What are we worried about? Current concerns (impact on child):",
         "Mum has withdrawn from the TAF plan since March: 4 missed visits, calls and texts unanswered, school nurse "
         "cancelled twice. The children have not seen dad for three contact weekends, against the child arrangements "
         "order; Sienna blames herself and is withdrawn in class."),
        ("Past harm:", "None recorded."),
        ("Complicating factors:", "Court enforcement application by dad (C79), hearing 9 June 2054."),
        ("What is working well? Existing strengths:", "Both children attend school well (96% and 95%). Maternal "
         "grandmother is a steady support. Dad has kept to every arrangement the order gives him."),
        ("What next? Goals and next steps:", "Children's social care assessment of the children's needs and of the "
         "parents' ability to co-parent under the order; TAF members to stay involved until the assessment is done."),
        ("3. Engaging Families Toolkit - what it tells us:", "Engagement scored low (2/10 on 21/04/2054, 5/10 in "
         "February). Adjustments tried: evening visits, venue at grandmother's, reminders. No change."),
        ("Graded Care profile (If neglect should be completed):", "Not applicable."),
        ("Merseyside Exploitation Assessment - CE/CSE concern:", "Not applicable."),
        ("Agreement by line manager:", "Colette Rainford, Team Manager, Family First North - agreed 27/04/2054."),
        ("Contingency plan:", "If the step up is not agreed: TAF continues fortnightly; FF case manager to offer "
         "mum a joint session with the Family Mediation service before 9 June."),
    ])
    minutes = make_pdf("TAF meeting minutes - Maguire family - 18 March 2054", [
        "Present: Rachel Tunstall (FF Case Manager, chair), Mrs Jane Lyle (Class teacher, Sienna), school nurse, "
        "Ms Maguire (mum). Apologies: none.",
        "Children: Sienna Maguire (9), Alfie Maguire (5). EHM-66318.",
        "1. Review of actions: mum attended the parenting session; handover plan agreed for weekends at the family hub.",
        "2. School: attendance good; Sienna quieter after weekends without dad.",
        "3. Mum said she did not want to 'be told what to do by a court'.",
        "Actions: RT to visit fortnightly; school nurse appointment for Alfie; next TAF 29 April 2054.",
    ])
    top = outlook_top(f, addr("Tunstall, Rachel", "Rachel.Tunstall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Maguire - EHM-66318 - TAF Weds 6th May", when,
                      cc=addr("MASH Business Support", KBS))
    data = mail(f, top, body, html_alt=True, atts=[
        docx_att("FF Step Up request to CSC - Maguire.docx", form),
        binary_part("application/pdf", "TAF minutes 18.03.2054 - Maguire.pdf", minutes)])
    add(f, data, "knowsley", "mash_step_up", when, 6, "ordinary", "step_up", False, None, ["EHM-66318"],
        [ch("Sienna Maguire", "2045-02-11", "11/02/2045"), ch("Alfie Maguire", "2048-08-23", "23/08/2048")],
        ["non_engagement"], None, True, [], False, "request_info",
        "Knowsley step-up (REQUIREMENTS, knowsley step_up) for non-engagement after a child arrangements order: "
        "Appendix 1 form (.docx), TAF minutes (.pdf), EHM-66318, TM Colette Rainford 'has agreed the step up', "
        "meeting date and time given, and the Engaging Families toolkit referenced in the form (engaging_families "
        "met) -> nothing missing. NOTICE ACROSS MAY DAY, DECISIVE: from Wed 29 Apr the TAF on Wed 6 May is 5 plain "
        "weekdays but Mon 4 May 2054 is the Early May bank holiday, so 4 working days (30 Apr, 1 May, 5 May, 6 May) "
        "< 5 -> notice not ok -> request_info. Court hearing 9 June and the C79 are context; no consent stated.",
        meeting=date(YEAR, 5, 6), not_children=["Rachel Tunstall", "Colette Rainford"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2054-06-09 10:02"
    body = T("""
Good morning,

Step up request for Kayla Rowe, DOB 04/10/2045, EHM-70215.

Mum (Leanne Rowe) has had a non-molestation order against Kayla's dad, Jordan Pike, since 2 March. It also stops him going within 100 metres of the house on Ashfield Road. Since then there have been three reported breaches (two in April, one in May). Mum withdrew her statement on two of them, and she has twice let Jordan into the house "to see Kayla" because he has no child arrangements order and she says she can't face going back to court. Kayla (8) has told school she doesn't like it "when daddy does his shouting voice", and her class teacher says she has gone very quiet since Easter.

We've done what we can at level 3 and the TAF agreed on 2 June that it needs to step up.

Attached are the step up form (Appendix 1) and the minutes of the TAF on 2 June. My team manager, Colette Rainford, has agreed the step up (see the line manager section of the form).

Step up TAF: Wednesday 17 June at 1.30pm on Teams. The calendar invite is going to the MASH inbox and MASH business support now.

Gareth

Gareth Lomax
Family First Case Manager | Huyton Family Hub | Knowsley Council
0151 496 0815

PS - mum rang me at 9.40 while I was finishing this. Jordan was outside the house at 7 this morning kicking the front door and shouting that he's "taking Kayla back". He has been messaging Kayla on her tablet saying he'll be at the school gate at 3.15 today to pick her up and they're "going on an adventure, just me and you". He isn't allowed near the house but the order says nothing about the school, and school don't know about today. Mum is at work in Liverpool until 5 and her phone keeps going to voicemail. I haven't been able to get hold of the school DSL yet.

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-70215"),
        ("Child:", "Kayla Rowe, 04/10/2045"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "17/06/2054 at 13:30 (Teams)"),
        ("Level of Engagement:", "Medium - mum attends TAFs but has not followed the plan around Jordan."),
        ("Recent TAF meeting minutes attached:", "Yes, 02/06/2054"),
        ("What are we worried about? Current concerns (impact on child):",
         "Repeated breaches of the non-molestation order by Kayla's father; mum letting him into the home; Kayla "
         "frightened by his shouting and withdrawn at school."),
        ("Past harm:", "Police called to the home 3 times in 2053 (domestic incidents, Kayla present)."),
        ("Complicating factors:", "Mum withdraws statements; no child arrangements order in place."),
        ("What is working well? Existing strengths:", "Kayla's school attendance is 97%. Maternal aunt Shona is "
         "close to Kayla and collects her on Thursdays."),
        ("What next? Goals and next steps:", "Social work assessment; support for mum to keep to the order."),
        ("Graded Care profile (If neglect should be completed):", "Not applicable."),
        ("Merseyside Exploitation Assessment - CE/CSE concern:", "Not applicable."),
        ("Up to date police information if applicable:", "Breaches logged 11/04, 27/04 and 19/05/2054."),
        ("Agreement by line manager:", "Agreed - Colette Rainford, Team Manager, 05/06/2054."),
        ("Contingency plan:", "If not stepped up, TAF weekly and a referral to the Freedom Programme for mum."),
    ])
    minutes = make_pdf("TAF minutes - Rowe - 2 June 2054", [
        "Present: Gareth Lomax (FF Case Manager, chair), Leanne Rowe (mum), Mr Dev Sandhu (class teacher), "
        "Ms Shona Rowe (aunt).",
        "Child: Kayla Rowe (8). EHM-70215.",
        "Discussion: the breaches of the order in April and May; mum said Jordan 'only wants to see Kayla'.",
        "Agreed: the TAF asks for a step up to Children's Social Care. GL to complete the Appendix 1 form.",
        "Next TAF: at the step up meeting.",
    ])
    top = plain_top(f, addr("Gareth Lomax", "Gareth.Lomax@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Kayla Rowe EHM-70215 - TAF 17/06 1.30pm", when, KDOM,
                    "Microsoft Outlook 16.0", cc=addr("MASH Business Support", KBS))
    data = mail(f, top, body, atts=[docx_att("Step up request - Kayla Rowe.docx", form),
                                    binary_part("application/pdf", "TAF minutes 02.06.2054 - Rowe.pdf", minutes)])
    add(f, data, "knowsley", "mash_step_up", when, 5, "urgent", "step_up", True, None, ["EHM-70215"],
        [ch("Kayla Rowe", "2045-10-04", "04/10/2045")], ["domestic_abuse"], None, True, [], True, "alert_duty",
        "URGENT IN A PS: a complete Knowsley step-up (form, TAF minutes, EHM id, TM agreed, TAF Wed 17 June = 6 WD "
        "after Tue 9 June -> notice ok) whose PS says the father barred by a non-molestation order kicked the door "
        "at 7am, says he is 'taking Kayla back' and has told the 8-year-old he will be at the school gate at 3.15 "
        "TODAY; school do not know and mum cannot be reached -> immediate (DESIGN safety rule 1) -> alert_duty; "
        "nothing missing. Concern: domestic_abuse. Mum and father are adults.",
        meeting=date(YEAR, 6, 17), not_children=["Leanne Rowe", "Jordan Pike", "Gareth Lomax", "Shona Rowe"],
        telling="a PS")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2054-07-13 08:41"
    comment = ("Sorry, I won't make Wednesday. I'm at Huyton police station with Leo's mum. His dad, Shaun Carney, "
               "didn't bring Leo back at 6pm yesterday after his weekend contact under the child arrangements "
               "order. Shaun's phone is switched off and his brother has told mum they got the early ferry from "
               "Birkenhead to Belfast this morning - Shaun has family in Dundalk and said in April that if the court "
               "gave mum residence he'd take Leo where she'd never find him. Leo is 4 and his inhalers are at mum's. "
               "Police are taking details now. Joanne")
    data = itip_reply(f, when, "Joanne Birchall", "Joanne.Birchall@" + KDOM, ("Knowsley MASH", KMASH), "DECLINED",
                      "Step-up TAF meeting - Leo Carney (EHM-77120) [SB-knowsley-6604]", "20540715T100000",
                      "20540715T113000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "knowsley", "mash_step_up", when, 5, "urgent", "meeting_reply", True, None, ["EHM-77120"],
        [ch("Leo Carney")], ["missing"], None, None, [], None, "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to a step-up TAF meeting "
        "whose COMMENT says a 4-year-old was not returned after contact under a child arrangements order and has "
        "been taken on the morning ferry to Belfast by a father who threatened to take him 'where she'd never find "
        "him' -> immediate (DESIGN: a meeting reply's comment is read) -> alert_duty over record_reply. Case id and "
        "the child's full name from the SUMMARY; no DOB. Concern: missing (whereabouts unknown, removed from the "
        "area); a reader might argue none of the ids fits a parental abduction exactly.",
        not_children=["Shaun Carney", "Joanne Birchall"], telling="a calendar reply's comment")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2054-06-19 15:04"
    text = T("""
Hi, I'm the coordinator at Kirkby Family Contact Centre, I got this address off the poster in our office so sorry if its the wrong one.

We had Maisie-Jo Kerr (6) in today for her supervised contact with her mum 12 till 1.30, its court ordered supervised contact every Friday and school let her out for it. Maisie-Jo lives with her nan Pauline Kerr under a special guardianship order.

At the end when mum went to the toilet Maisie-Jo was doing a drawing with my volunteer and she said, word for word, we wrote it down straight after:
"Uncle Col gets in the bath with me at nanna's and does the secret wash. I have to do his too. Nanna says don't be silly."
Uncle Col is nan's lodger, Colin, we think he moved in around Christmas.

Nan is picking Maisie-Jo up from after school club at 5 today and taking her home and Col will be there. Mum doesn't know what she said, she had gone by then. I have the volunteer's note written up and signed if anyone needs it.

Bernie Quinlan
Contact Centre Coordinator
Kirkby Family Contact Centre
07700 900418

Sent from my Galaxy
""")
    top = plain_top(f, addr("Bernie Quinlan", "bernie.quinlan@kirkbycontact.example"), KMASH,
                    "Maisie-Jo Kerr - something she said at contact today", when, "mail.kirkbycontact.example")
    data = build(top, text_part(text, cte="base64"), False)
    add(f, data, "knowsley", "mash_step_up", when, 5, "urgent", "other", True, None, [],
        [ch("Maisie-Jo Kerr")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CHILD'S OWN WORDS: a contact-centre coordinator's phone mail (single base64 text/plain, LF) - "
        "a 6-year-old at court-ordered supervised contact says her nan's lodger 'gets in the bath with me ... I have "
        "to do his too', and she goes home to that house at 5 today -> alert_duty. Not a step request from a lead "
        "practitioner -> kind other. No case id, no DOB. Concern: sexual_harm.",
        not_children=["Pauline Kerr", "Bernie Quinlan"], telling="a child's own words (phone mail)")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2054-05-22 11:30"
    blocks = [
        "Hi Family First duty,",
        "",
        "I'd like to step Shannon down to Family First at Level 3 now that the CIN plan is ending.",
        "",
        "{{Child:}} Shannon Doyle, DOB 27/01/2042, ICS-2201876",
        "{{Joint home visit:}} Monday 1 June 2054 at 10:00, at home - 22 Sefton Close, Prescot, L34 9ZQ",
        "{{Consent:}} Mum (Kerry Doyle) has consented - she signed the Family First consent form at the final CIN "
        "review on 19 May.",
        "",
        "Background, as you'll see it on ICS: there was a non-molestation order against Shannon's father from 2052, "
        "which ended in November 2053. He breached it once, in March 2053 (messages to Kerry), and was given a "
        "suspended sentence. There have been no incidents since, he lives in Cornwall, there is no contact, and "
        "there are no current concerns about domestic abuse. He has not applied to the court for contact.",
        "",
        ("table", [
            ["What are we worried about?", "What is working well?", "What needs to happen?"],
            ["Shannon's attendance has dropped to 86% this year, mostly Mondays. Mum's anxiety - she is on the "
             "waiting list for talking therapies and struggles with mornings on bad weeks.",
             "Mum has kept every CIN visit. Shannon is close to her aunt, who helps with mornings. Shannon goes to "
             "the youth club twice a week and has a good group of friends.",
             "A Family First case manager to lead a TAF with the school attendance team; mum's talking therapies "
             "referral followed up; a plan with the aunt for school mornings."],
        ]),
        "",
        "Many thanks,",
        "Dominic",
        "",
        "Dominic Ashworth",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0388",
    ]
    top = outlook_top(f, addr("Ashworth, Dominic", "Dominic.Ashworth@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First Level 3 - Shannon Doyle ICS-2201876 - joint visit Mon 1 June", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6, "near_miss", "step_down", False, 3,
        ["ICS-2201876"], [ch("Shannon Doyle", "2042-01-27", "27/01/2042")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS (historic, negated): the non-molestation order ended in 2053, its one breach was in March 2053, "
        "'no incidents since', 'no current concerns about domestic abuse' -> not urgent, no domestic_abuse. Complete "
        "Knowsley level 3 step-down (Word HTML with a Signs of Safety table): joint home visit with date, time and "
        "venue, the three headings, consent ('signed the Family First consent form') -> nothing missing. Notice: "
        "Fri 22 May -> Mon 1 June crosses the Spring Bank Holiday (25 May): 26, 27, 28, 29 May and 1 June = exactly "
        "5 WD -> ok (6 plain weekdays) -> book_meeting. Level 3 as written.",
        meeting=date(YEAR, 6, 1), not_children=["Kerry Doyle", "Dominic Ashworth"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2054-04-16 12:00"
    text = T("""
KNOWSLEY LEGAL SERVICES - CHILDREN'S BRIEFING No. 14 (April 2054)
When a court order is breached: what the duty worker needs to know

This briefing is for Family First, MASH and social work staff. The scenarios below are FICTIONAL and for training only. They do not relate to any child or family known to Knowsley. Please do not refer any of them.

1. Non-molestation orders (Family Law Act 1996, s.42)
Breach of a non-molestation order is a criminal offence (s.42A). The police can arrest without a power of arrest being attached.
Scenario A: A father subject to a non-molestation order turns up at the school gate at 3pm and tells staff he is taking his daughter home "for her own good". What should happen? Staff call 999; the duty social worker is told at once; the school does not release the child.

2. Child arrangements orders
A parent who keeps a child after contact is not automatically committing a crime, but the other parent can apply for enforcement (C79) or a recovery order, and police will act if the child is in danger.
Scenario B: A child is not returned after a contact weekend and the other parent hears he has been taken abroad. What should happen? 999; port alert; an urgent application for a prohibited steps or location order.

3. Prohibited steps orders
Scenario C (a what-if): "If mum took the children to Spain against a prohibited steps order, would that be child abduction?" Usually yes - see the Child Abduction Act 1984.

4. Hearings adjourned
An adjournment does not end interim orders unless the court says so. Check the order's wording.

Training sessions: Tuesday 12 May and Thursday 11 June 2054, 9.30-12.30, Huyton Municipal Buildings. Book through the Learning Zone.

Knowsley Legal Services (Children)
To unsubscribe from these briefings reply with UNSUBSCRIBE in the subject.
""")
    hb = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">' + "".join(
        ("<h3>%s</h3>" % html.escape(p) if p.isupper() or p.startswith(("1.", "2.", "3.", "4.")) else
         "<p>%s</p>" % html.escape(p).replace("\n", "<br>")) for p in text.strip().split("\n\n")) + "</body></html>\n")
    top = plain_top(f, addr("Knowsley Legal Services Briefing", "legal.briefing@" + KDOM),
                    addr("Knowsley MASH", KMASH), "Children's Briefing No. 14: when a court order is breached",
                    when, KDOM, None,
                    extra=[("List-Id", "Knowsley Legal Children's Briefing <legal-briefing.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:legal.briefing@knowsley.gov.uk?subject=UNSUBSCRIBE>")])
    add(f, alt_mail(f, top, text, hb), "knowsley", "mash_step_up", when, 5, "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin listing examples): Knowsley Legal Services' briefing on breached orders, with "
        "fictional scenarios (a father at the school gate, a child taken abroad, a what-if) 'for training only' -> "
        "DESIGN: bulletins that list examples must not trigger rule 1; not a request -> other, human_review. "
        "List-Id but no Auto-Submitted, so not auto_reply.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2054-05-20 16:20"
    text = T("""
Hi,

Step down to Level 2 for Harrison Tully (DOB 08/06/2046), ICS-2214409.

The final hearing was on 14 May - the court made a child arrangements order (Harrison lives with dad and spends Sundays with mum) and said no further order was needed from the local authority, so the CIN plan can end.

Final CIN meeting: Wednesday 27 May, 2pm, at St Aidan's Primary School, Huyton (meeting room 2).

Lead practitioner taking over: Mrs Amanda Foy, Learning Mentor at St Aidan's Primary School. She has agreed to take on the role and start an Early Help Assessment.

What are we worried about: Harrison gets very upset before and after the Sunday handovers and wets the bed on Sunday nights, and dad finds his tantrums hard to manage.

What's working well: handovers have been at nan's since April and have been calm; both parents use the co-parenting app; Harrison's attendance is 97% and he loves football club.

What needs to happen: school to lead the Early Help assessment and a TAF; a school nurse appointment about the bed wetting; both parents offered the Parenting Together course.

Thanks
Priya

Priya Venn | Social Worker | CIN Team 2 | Knowsley Council
Sent from my iPhone
""")
    top = plain_top(f, addr("Venn, Priya", "Priya.Venn@" + KDOM), addr("Family First Duty Mailbox", KFF),
                    "Step down L2 - Harrison Tully - final CIN 27/05", when, KDOM, "iPhone Mail (21F90)")
    data = build(top, flowed_part(text), False)
    add(f, data, "knowsley", "early_help_duty", when, 4, "ordinary", "step_down", False, 2, ["ICS-2214409"],
        [ch("Harrison Tully", "2046-06-08", "08/06/2046")], [], None, None, [], False, "request_info",
        "Knowsley level 2 step-down after a final hearing (iPhone, format=flowed): final CIN with date, time and "
        "venue, the three Signs of Safety headings, and a named lead practitioner with her agency (Mrs Amanda Foy, "
        "St Aidan's Primary) -> nothing missing (consent is not a level 2 requirement and is not stated -> null). "
        "NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Wed 20 May the meeting on Wed 27 May is 5 plain "
        "weekdays but Mon 25 May is a bank holiday -> 4 WD (21, 22, 26, 27 May) < 5 -> request_info. Concerns: none "
        "of the contract's ids (upset at handovers, bed wetting, 97% attendance).",
        meeting=date(YEAR, 5, 27), not_children=["Amanda Foy", "Priya Venn"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2054-07-02 09:50"
    new = T("""
Hi,

Attached is the GCP2 for Tia Rimmer that you asked for - completed with mum on 29 June.

Just so you know, the hearing on dad's contact application that was listed for yesterday was adjourned to 28 July because the Cafcass safeguarding letter wasn't ready. The interim arrangements carry on and nothing changes for the step up TAF on Wednesday 8 July at 10am.

Thanks
Rachel

Rachel Tunstall
Family First Case Manager (Level 3) | Kirkby Family Hub | Knowsley Council
0151 496 0732
""")
    old = ack("step-up", "SB-knowsley-7012", [
        "Case: EHM-71840 (Rimmer)", "Step-up TAF meeting: Wednesday 8 July 2054 10:00 (Microsoft Teams)",
        "Notice: 6 working days (at least 5 needed)"], ["the Graded Care Profile 2 (GCP2)"])
    body = new + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "30 June 2054 11:02",
                       "Tunstall, Rachel <Rachel.Tunstall@knowsley.gov.uk>",
                       "[SB-knowsley-7012] Step up request - Rimmer - EHM-71840", old) + "\n" + KDISC
    gcp2 = make_pdf("Graded Care Profile 2 - summary of grades", [
        "Child: Tia Rimmer    EHM-71840    Completed: 29/06/2054 by Rachel Tunstall with mum",
        "Area 1 Physical care: grade 3    Area 2 Safety: grade 3    Area 3 Love and care: grade 2",
        "Area 4 Stimulation and education: grade 3    Area 5 Home conditions: grade 4",
        "The full GCP2 is on EHM.",
    ])
    top = outlook_top(f, addr("Tunstall, Rachel", "Rachel.Tunstall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-7012] Step up request - Rimmer - EHM-71840", when,
                      reply_to_mid=msgid("knowsley-7012-ack", "stepbot.knowsley.gov.uk"))
    data = mail(f, top, body, html_alt=True,
                atts=[binary_part("application/pdf", "GCP2 - Tia Rimmer - June 2054.pdf", gcp2)])
    add(f, data, "knowsley", "mash_step_up", when, 5, "ordinary", "follow_up", False, None, ["EHM-71840"],
        [ch("Tia Rimmer")], [], None, None, [], None, "attach_to_request",
        "Follow-up (Outlook reply keeping [SB-knowsley-7012]) adding the GCP2 the acknowledgement asked for, and "
        "telling MASH a contact hearing was adjourned (context only) -> follow_up, attach_to_request; no "
        "requirements for a follow_up so missing []. The quoted acknowledgement's 'What is missing:' heading is "
        "not the 'missing' concern; concerns [] (the GCP2 grades describe the request already held).",
        not_children=["Rachel Tunstall"])


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2054-04-23 14:35"
    top_note = T("""
Hi,

I'm the Early Help worker for Ruby and her mum. The Cafcass officer sent me the message below this afternoon and asked me to pass it to the local authority because she couldn't get through on the phone. I wasn't sure if this inbox is the right one - sorry if not.

Hannah

Hannah Brook-Lyle
Early Help Practitioner | Wandsworth Early Help (Tooting Family Hub)
020 7946 0562
""")
    cafcass = T("""
Hannah,

I saw Ruby (9) at school this morning for the section 7 report the court ordered in her parents' child arrangements case (Case No: WD54P00412). Near the end, when I asked her about staying at her dad's, she went quiet and then said:

"Daddy said if I tell the lady about when he pushed mummy down the stairs he'll cut all my hair off and I won't see Biscuit again. He showed me his knife in the car. He said it's our secret."

She then asked me whether I would tell him what she had said.

Under the interim order made on 2 April, Ruby is due to go to her father, Mr Tunde Shaw, for overnight contact tonight - he collects her from school at 3.30pm.

I have tried the MASH duty line twice and my manager is in court this afternoon. Please could someone from the local authority call me on 07700 900611.

Sofia Marchetti
Family Court Adviser
Cafcass (South London)
""")
    body = top_note + quote("Sofia Marchetti <sofia.marchetti@cafcass.example>", "23 April 2054 13:58",
                            "Brook-Lyle, Hannah <Hannah.Brook-Lyle@richmondandwandsworth.gov.uk>",
                            "Ruby Adeyemi-Shaw - what she said at today's section 7 interview", cafcass) + "\n" + RDISC
    top = outlook_top(f, addr("Brook-Lyle, Hannah", "Hannah.Brook-Lyle@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Ruby Adeyemi-Shaw - what she said at today's section 7 interview", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5, "urgent", "other", True,
        None, [], [ch("Ruby Adeyemi-Shaw")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT IN A FORWARDED PART: an Early Help worker forwards a Cafcass Family Court Adviser's note of a "
        "section 7 interview - a 9-year-old says her father pushed her mother down the stairs, showed her a knife "
        "and threatened her if she told - and she goes to him for overnight contact at 3.30pm TODAY under an "
        "interim order -> alert_duty. Not a step-up request (a forward asking where it goes) -> other. 'Case No: "
        "WD54P00412' is a court number, not a case id. Concerns: domestic_abuse (the stairs), physical_harm (the "
        "knife threat).",
        not_children=["Tunde Shaw", "Sofia Marchetti", "Hannah Brook-Lyle"], telling="a forwarded Cafcass note")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2054-05-12 11:20"
    body = T("""
Dear MASH colleagues,

Please accept this step up to Children's Services for Tayo Bakare (DOB 19/09/2051), Mosaic ID 2874410. I have talked the case through in reflective supervision with the Early Help worker, Chloe Danvers, and I agree that it needs to step up.

Rationale for step up
- In February the family court made a child arrangements order (Case No: KT54P00077) giving Tayo's father supervised contact only, at the Kingston Family Contact Centre, because of his drinking and two police call-outs for domestic abuse in 2053.
- Since March Mr Bakare has turned up at the nursery twice outside the order, and mum has allowed him unsupervised time "to keep the peace".
- Mum has told Chloe she can't keep saying no to him, and she has stopped going to the Freedom Programme.
- Nine months of Early Help (TAF every six weeks) has not changed the pattern. We think Tayo needs a social work assessment and the local authority's view for the court.

The latest case summary, which Chloe updated this morning, is attached.

Kind regards

Marcus Eze
Early Help Team Manager (Richmond North)
Achieving for Children / Richmond and Wandsworth
020 7946 0247

""") + RDISC
    summary = make_pdf("Early Help case summary - Tayo Bakare (Mosaic 2874410)", [
        "Child: Tayo Bakare, DOB 19/09/2051. Lives with mother, Ms Funmi Bakare, in Ham.",
        "Early Help worker: Chloe Danvers. Team manager: Marcus Eze. Open to Early Help since August 2053.",
        "Court: child arrangements order 06/02/2054 - father (Mr Dayo Bakare) to have supervised contact only, "
        "Saturdays 10:00-12:00, Kingston Family Contact Centre.",
        "Reasons in the order: father's alcohol use; police call-outs 14/05/2053 and 30/10/2053 (domestic abuse).",
        "",
        "Chronology (most recent last)",
        "11/03/2054 - Nursery: father arrived at collection time; mother let Tayo go with him for an hour.",
        "02/04/2054 - Mother withdrew from the Freedom Programme.",
        "24/04/2054 - Nursery: father arrived again at 15:00; nursery released Tayo to mother, who was with him.",
        "06/05/2054 - Home visit (CD): mother tearful, says father 'won't take no'.",
        "12/05/2054 10:40 - Call from Kingston Family Contact Centre (supervisor Dee Holt): father arrived for the "
        "10:00 contact smelling strongly of alcohol. During the handover in the car park he put Tayo in his car "
        "and drove off before staff could stop him. Mother not present. Supervisor has rung father three times, no "
        "answer. Tayo not back at 10:40. CD to tell TM.",
    ])
    top = outlook_top(f, addr("Eze, Marcus", "Marcus.Eze@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Tayo Bakare (Mosaic 2874410)", when)
    data = mail(f, top, body, html_alt=True,
                atts=[binary_part("application/pdf", "Case summary - Tayo Bakare.pdf", summary)])
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 6, "urgent", "step_up", True, None, ["2874410"],
        [ch("Tayo Bakare", "2051-09-19", "19/09/2051")], ["domestic_abuse", "substance_misuse"], None, True, [],
        None, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT: a complete Richmond & Wandsworth step-up from the Early Help Team Manager "
        "(rationale under its own heading, case summary attached; 'I agree that it needs to step up' -> "
        "manager_agreed true) whose attached case summary's last chronology entry, 10:40 today, says the "
        "2-year-old's father, allowed supervised contact only, arrived smelling of alcohol and drove off with him; "
        "not back, not answering -> DESIGN rule 1: every part, attachments included -> alert_duty. 'Mosaic ID "
        "2874410' -> '2874410'; the court number is not a case id. Concerns: domestic_abuse, substance_misuse.",
        not_children=["Chloe Danvers", "Marcus Eze", "Dee Holt"], telling="an attachment (case summary chronology)")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2054-06-03 15:45"
    body = T("""
Hi duty,

For the Early Help file for Amelia Fairbrother and Jude Fairbrother (Mosaic 2791054). Mum's solicitor sent me counsel's note of yesterday's hearing, with mum's permission, and I've attached it.

In short: the judge made a non-molestation order for 12 months with a power of arrest. Dad is in custody - he was remanded on the criminal charges from the incident on 14 May until his trial in September - and there is no contact with the children. Amelia (7) and Jude (4) are at home with mum. I reviewed the safety plan with mum this morning and the Early Help plan carries on as agreed at the last TAF.

No action needed from duty - I'm just making sure it's on the record.

Thanks
Lauren

Lauren Okafor
Early Help Practitioner | Wandsworth Early Help (Battersea)
020 7946 0773
""") + "\n" + RDISC
    note = [
        "# IN THE FAMILY COURT AT WANDSWORTH",
        "Case No: WD54F00219",
        "Fairbrother v Fairbrother - Attendance note of counsel (for the applicant)",
        "Hearing: 2 June 2054, 10:30, before District Judge Amis. Attended by video: the respondent, from HMP "
        "Wandsworth.",
        "1. The return date on the applicant's application for a non-molestation order (FL401), made without "
        "notice on 15 May 2054.",
        "2. The respondent did not oppose a final order. The court made a non-molestation order for 12 months, "
        "with a power of arrest attached to paragraphs 1 to 3.",
        "3. The respondent is remanded in custody on charges of assault occasioning actual bodily harm and "
        "criminal damage arising from the incident of 14 May; trial is listed for the week of 14 September 2054.",
        "4. Children: Amelia (7) and Jude (4). No application for contact is before the court. The judge "
        "recorded that while the respondent remains in custody the risk of a further incident is low, and that "
        "the applicant should inform the police and the court at once if he is released.",
        "5. Safety planning: the applicant has a Sanctuary scheme lock-change and a police marker on the address.",
        "Counsel: Ms R. Adebayo-Marsh, 4 Tooting Chambers",
    ]
    top = plain_top(f, addr("Lauren Okafor", "Lauren.Okafor@" + RDOM), addr("Early Help Duty", RED),
                    "For the file - outcome of yesterday's hearing (Fairbrother) - no action needed", when, RDOM,
                    "Microsoft Outlook 16.0")
    data = mail(f, top, body, cte="7bit", atts=[docx_att("Counsel's note - hearing 02.06.2054.docx", note)])
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 5, "near_miss", "other", False, None, ["2791054"],
        [ch("Amelia Fairbrother"), ch("Jude Fairbrother")], ["domestic_abuse"], None, None, [], None,
        "human_review",
        "NEAR MISS (risk already managed): counsel's attendance note (.docx) of a non-molestation hearing - order "
        "with a power of arrest, the father remanded in custody until a September trial, no contact, safety plan "
        "reviewed; 'No action needed from duty' -> not urgent; an update for the file, no step -> other, "
        "human_review. 'Mosaic 2791054' -> '2791054'; the court number is not a case id. Concern: domestic_abuse "
        "(the recent incident the order answers).",
        not_children=["Lauren Okafor"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2054-04-27 09:15"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt;color:#222">
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#00558C;color:#ffffff;padding:14px 18px;font-size:16pt">Learning &amp; Development</td></tr>
<tr><td style="padding:14px 18px">
<p><b>Places left: Writing for the Family Court - section 7 and section 37 reports</b><br>Tuesday 19 May 2054, 09:30-16:00, Wandsworth Town Hall (Committee Room 3)</p>
<p>This one-day course is for social workers, Early Help practitioners and team managers who write for, or give evidence in, private law proceedings. It covers what the court asks for in a section 7 report, when a judge makes a section 37 direction, how to write analysis rather than description, and how to present a child's wishes and feelings.</p>
<p><b>Case study used on the day (fictional)</b><br>
Child A, aged 7, tells her teacher: "Daddy hurt Mummy again and he says he'll take me away tonight." Father is subject to a non-molestation order and has an application for contact before the court. Participants will discuss: is this an immediate risk, and what would you do first? How would you reflect the danger to Child A in a section 37 report, and what would you recommend to the court?</p>
<p><i>All case material is invented for training. It does not describe any child or family known to Richmond or Wandsworth.</i></p>
<p>To book, reply to this email or use the Learning Portal. Places are limited to 20.</p>
<p style="color:#666;font-size:9pt">Richmond and Wandsworth Learning &amp; Development Team, Wandsworth Town Hall, Wandsworth High Street, London SW18 9ZZ</p>
</td></tr></table>
</body></html>
""")
    top = plain_top(f, addr("Learning and Development", "learning@" + RDOM), addr("Early Help Duty", RED),
                    "Places left: Writing for the Family Court - s7 and s37 reports (Tues 19 May)", when, RDOM,
                    "Microsoft Outlook 16.0")
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 5, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a training example): HTML-only course advert whose fictional case study ('Child A ... he says "
        "he'll take me away tonight', 'immediate risk', 'danger') is labelled invented for training -> not urgent "
        "(DESIGN: example text); not a request -> other, human_review; 'Child A' is no child.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2054-06-17 10:05"
    blocks = [
        "Dear Early Help duty,",
        "",
        "Following my call with Jasper Quint this morning, I'm confirming the step-down case discussion on "
        "{{Monday 22 June at 10am}} (Teams) for Isla Whitcombe (DOB 05/05/2050) and Theo Whitcombe (DOB "
        "30/11/2052), Mosaic 2803317.",
        "",
        "{{Background}}",
        "The court directed a section 37 report in the parents' private law case. Our report, filed on 10 June, "
        "recommended that no public law order is needed. At the fact-finding hearing in March the judge found the "
        "allegation that dad shook Theo in 2052 NOT proven, and there are no current child protection concerns. "
        "Both parents have completed the SPIP course, contact is happening as the order says, and handovers are "
        "calm.",
        "",
        "{{What Early Help would pick up}}",
        "Isla's attendance fell to 89% during the proceedings and she is anxious about school; the parents want "
        "help to keep co-parenting on track.",
        "",
        "{{Consent and Lead Professional}}",
        "Mum and dad have both consented to Early Help continuing the plan. The Lead Professional will be Nadia "
        "Frost from the Roehampton Family Hub.",
        "",
        "Attached: the latest case summary and the draft plan for Early Help.",
        "",
        "Best wishes,",
        "Ellis",
        "",
        "Ellis Montague",
        "Social Worker, Children in Need Team (Wandsworth)",
        "020 7946 0419",
    ]
    summary = ["# Case summary - Whitcombe children (Mosaic 2803317)",
               "Children: Isla Whitcombe (05/05/2050), Theo Whitcombe (30/11/2052).",
               "Open to CIN since October 2053 following the court's section 37 direction.",
               "Fact-finding hearing, March 2054: allegation against father not proven. Section 37 report filed "
               "10/06/2054: no public law order recommended.",
               "Current needs: Isla's attendance (89%) and anxiety; support for co-parenting."]
    plan = ["# Draft Early Help plan - Whitcombe",
            "Outcome 1: Isla back to 95% attendance by October - school attendance lead and Lead Professional.",
            "Outcome 2: parents keep to the contact arrangements without professional help - Family Hub sessions.",
            "Review: within 4 weeks of handover, chaired by the Early Help manager."]
    top = outlook_top(f, addr("Montague, Ellis", "Ellis.Montague@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Whitcombe - case discussion Mon 22 June 10am", when)
    data = word_mail(f, top, blocks, atts=[docx_att("Case summary - Isla and Theo Whitcombe.docx", summary),
                                           docx_att("Draft Early Help plan - Whitcombe.docx", plan)])
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 6, "near_miss", "step_down", False, None,
        ["2803317"], [ch("Isla Whitcombe", "2050-05-05", "05/05/2050"), ch("Theo Whitcombe", "2052-11-30",
                                                                             "30/11/2052")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS (ruled out): 'found the allegation that dad shook Theo in 2052 NOT proven', 'no current child "
        "protection concerns', a section 37 report recommending no order -> not urgent, no physical_harm. Complete "
        "Richmond & Wandsworth step-down (Word HTML): case summary and draft plan attached (.docx), both parents' "
        "consent; discussion agreed for Mon 22 June (within the seed's 5 days) -> book_meeting. Concern: Isla's 89% "
        "attendance -> school_attendance.",
        not_children=["Nadia Frost", "Ellis Montague", "Jasper Quint"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2054-07-09 13:40"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear MASH,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Step up request for <b>Yasmin Mahmoud</b> (DOB 14/03/2043) and <b>Adam Mahmoud</b> (DOB 02/12/2047), Mosaic ID 2850991.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The parents are in contested private law proceedings (final hearing 30 July). Mum has stopped Adam's contact with dad since May, against the child arrangements order, and dad's solicitors have applied for enforcement. Yasmin has told school she has been "told what to say to the Cafcass lady" and that she feels stuck in the middle; she has stopped eating lunch at school. Adam's attendance is down to 81%.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I have agreed this step up with the worker, Tom Achebe, after our supervision yesterday. The latest case summary is attached. I'll write up the rationale for the step up properly and send it over tomorrow once I've checked a couple of dates with Tom.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Siobhan</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Siobhan Kealy</b><br>Early Help Team Manager (Wandsworth South)<br>020 7946 0655</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="font-size:8pt;color:#777">This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.</p>
</div></body></html>
""")
    summary = make_pdf("Case summary - Mahmoud children (Mosaic 2850991)", [
        "Children: Yasmin Mahmoud 14/03/2043, Adam Mahmoud 02/12/2047. Early Help since November 2053.",
        "Court: child arrangements order 12/01/2054 - children live with mother, alternate weekends with father.",
        "May 2054: mother stops Adam's weekends. Father's C79 enforcement application issued 20/06/2054.",
        "School: Yasmin (11) withdrawn, not eating lunch. Adam's attendance 81%.",
    ])
    top = outlook_top(f, addr("Kealy, Siobhan", "Siobhan.Kealy@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Mahmoud family", when)
    data = html_only(f, top, h, atts=[binary_part("application/pdf", "Case summary - Mahmoud children.pdf", summary)])
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["2850991"],
        [ch("Yasmin Mahmoud", "2043-03-14", "14/03/2043"), ch("Adam Mahmoud", "2047-12-02", "02/12/2047")],
        ["school_attendance"], None, True, ["rationale"], None, "request_info",
        "Richmond & Wandsworth step-up from the Early Help Team Manager (HTML-only Outlook, case summary PDF): "
        "'I have agreed this step up' -> manager true; the rationale is 'to send over tomorrow' -> missing "
        "rationale -> request_info (REQUIREMENTS: case_summary, rationale). Breach of a child arrangements order "
        "and a child coached for Cafcass are the court context; concern: Adam's 81% -> school_attendance.",
        not_children=["Tom Achebe", "Siobhan Kealy"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2054-06-18 16:05"
    data = google_reply(f, when, "Nadia Frost", "nadia.frost@roehamptonfamilyhub.example",
                        ("Early Help Duty", RED), "TENTATIVE",
                        "Step-down case discussion - Whitcombe (Mosaic 2803317) [SB-richmond_wandsworth-3391]",
                        "20540622T090000Z", "20540622T100000Z", "Microsoft Teams",
                        "Mon 22 Jun 2054 10am - 11am (BST)",
                        note="I'm giving evidence at a final hearing at the Central Family Court that morning - "
                             "should be free by 10.30 but may join late.")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 4, "ordinary", "meeting_reply", False, None,
        ["2803317"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=TENTATIVE, with a note about giving evidence in court that morning, "
        "for richmond_wandsworth_05's step-down discussion (10:00 BST = 09:00Z) -> meeting_reply, record_reply; "
        "'Mosaic 2803317' in the SUMMARY -> case id.",
        not_children=["Nadia Frost"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2054-04-20 09:02"
    body = T("""
Thank you for your email.

I am in court all this week (Family Court at Wandsworth, fact-finding hearing) and will not be checking emails until Monday 27 April.

If your email is urgent please contact the Wandsworth MASH duty desk on 020 7946 0321, or out of hours the Emergency Duty Team on 020 7946 0999. If a child is in immediate danger call 999.

Ellis Montague
Social Worker, Children in Need Team (Wandsworth)
""")
    top = outlook_top(f, addr("Montague, Ellis", "Ellis.Montague@" + RDOM), addr("MASH Step Up", RSU),
                      "Automatic reply: Step-up case discussion - Osei-Bright [SB-richmond_wandsworth-3102]", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3, "ordinary", "auto_reply", False,
        None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') from a social worker in court "
        "all week; its 'urgent', 'immediate danger' and 999 lines are boilerplate -> auto_reply, ignore (DESIGN "
        "safety rule 2).",
        not_children=["Ellis Montague"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2054-04-28 11:10"
    text = T("""
Dear MAST,

I'm writing about Rayan Ahmed (Year 5, DOB 03/02/2044). He came to find me at break this morning.

His mum got an occupation order and a non-molestation order against his father, Mr Kamal Ahmed, in February, and dad is not allowed at the flat (Flat 12, Lefevre House, Bow, E3). Rayan said this, and I wrote it down straight afterwards:

"Abba has been sleeping at ours since Saturday. He said don't tell anyone at school or the social will take us away. On Sunday he hit Amma with the hoover pipe and she was crying in the bathroom. I had to hold Zara so she didn't cry. He said if Amma calls the police he'll take me and Zara to Bangladesh and she won't ever find us."

Zara Ahmed is his sister, she is 19 months old and at home with mum today. Rayan asked if he could stay at school after 3.15 "because Abba will be there". He had a red mark on his left forearm which he said was from football.

I have not spoken to mum because Rayan is frightened his dad will find out. I can keep Rayan in the office at the end of the day if someone can call me on 020 7946 0188.

Farhana Choudhury
Deputy Headteacher and DSL
Bow Common Primary School
""")
    top = [("From", addr("Farhana Choudhury", "f.choudhury@bowcommonprimary.example")), ("To", TMAST),
           ("Subject", "Rayan Ahmed Y5 - what he told me this morning"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    h = gmail_html(text)
    add(f, alt_mail(f, top, text, h, crlf=False, boundary=gbnd), "tower_hamlets", "mash_step_up", when, 5, "urgent",
        "other", True, None, [], [ch("Rayan Ahmed", "2044-02-03", "03/02/2044"), ch("Zara Ahmed")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT IN A CHILD'S OWN WORDS: a school DSL (Google Workspace, multipart/alternative) quotes a "
        "10-year-old - the father an occupation and a non-molestation order keep out of the flat has been living "
        "there since Saturday, hit mum on Sunday, threatens to take the children to Bangladesh - and the boy is "
        "afraid to go home at 3.15 today; his 19-month-old sister is there now -> alert_duty. A report from a "
        "school, no step -> other. Concern: domestic_abuse.",
        not_children=["Kamal Ahmed", "Farhana Choudhury"], telling="a child's own words (school DSL)")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2054-05-14 10:25"
    body = T("""
MAST,

Step-up request from Targeted Early Help. MARF attached. Mosaic ID 3391827.

Child: Inaaya Hussain, DOB 02/03/2053 (14 months)
Mother: Shazia Hussain
Father: Imran Hussain - respondent to a non-molestation order made 1 May 2054 (East London Family Court, Case No: ZE54F00133); not to enter the flat.

Presenting information (09:10 today, Stepney Children and Family Centre):
- Mother attended unannounced with Inaaya. Reported that at approx. 06:00 father let himself into the flat with a key he had not returned, pulled her out of bed by her hair and hit her about the head.
- Observed: reddening and a 3 cm bruise to the left side of mother's neck; swelling above the right eye.
- Inaaya in the room throughout (per mother). No marks seen on Inaaya; quiet, clingy, would not be put down.
- Mother states father is still at the flat, has her keys, and told her to "be back by three".
- Mother declined to call police ("it makes it worse"). States she will go home at 15:00 for Inaaya's nap as she has nowhere else to go.
- Mother left the centre at 09:55.

Early Help involvement: 6 months (parenting, housing). Step-up considered at TAF in April, not progressed.

Management oversight: discussed with my team manager, Ruksana Ali, at 10:05. She agrees the step up.

Tahmina Begum
Family Support Practitioner | Targeted Early Help | Stepney Children and Family Centre
020 7946 0854

""") + TDISC
    marf = make_pdf("Multi-Agency Request for Support (MARF)", [
        "Referrer: Tahmina Begum, Family Support Practitioner, Targeted Early Help. Date: 14/05/2054.",
        "Child: Inaaya Hussain, DOB 02/03/2053. Mosaic ID 3391827. Address: Flat 3, Ocean Court, Stepney, E1.",
        "Parent/carer: Shazia Hussain (mother). Other adult: Imran Hussain (father), respondent to a "
        "non-molestation order made 01/05/2054.",
        "Reason for request: domestic abuse by father in breach of the order; see presenting information in the "
        "covering email of 14/05/2054.",
        "Parent aware of request: not yet - mother left before it could be discussed.",
        "Manager: Ruksana Ali, Team Manager, Targeted Early Help (agreed 14/05/2054 10:05).",
    ])
    top = outlook_top(f, addr("Begum, Tahmina", "Tahmina.Begum@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Inaaya Hussain - MARF attached", when)
    data = mail(f, top, body, atts=[binary_part("application/pdf", "MARF - Inaaya Hussain.pdf", marf)])
    add(f, data, "tower_hamlets", "mash_step_up", when, 6, "urgent", "step_up", True, None, ["3391827"],
        [ch("Inaaya Hussain", "2053-03-02", "02/03/2053")], ["domestic_abuse"], None, True, [], None, "alert_duty",
        "URGENT, TOLD CLINICALLY: a Tower Hamlets MAST step-up in case-note style - the respondent to a "
        "non-molestation order let himself in at 06:00, assaulted the mother (bruise to the neck), is still in the "
        "flat with her keys, and she will take the 14-month-old home to him at 15:00 today -> alert_duty. The "
        "request itself is complete: MARF attached (request_for_support) and 'She agrees the step up' from the "
        "team manager -> missing []. 'Mosaic ID 3391827' -> '3391827'. 'Parent aware: not yet' -> consent null.",
        not_children=["Shazia Hussain", "Imran Hussain", "Ruksana Ali", "Tahmina Begum"],
        telling="clinical case-note style")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2054-06-09 14:50"
    body = T("""
Hi Early Help Hub,

I'm stepping down Mehreen Karim (DOB 21/07/2045) and Zayan Karim (DOB 09/01/2049), Mosaic 3358802 and 3358803, following my Child and Family Assessment, which concluded on 5 June. The C&F Assessment and the draft TAF plan are attached.

Context: the parents separated last year. In April the Family Court made a child arrangements order and a prohibited steps order that stops either parent taking the children out of England and Wales without the other's written consent. Both parents are keeping to the orders and the children's time with dad is going well.

Contingency (as written in the plan): IF dad were ever to take the children abroad without consent, in breach of the prohibited steps order, mum would call the police on 999 and the port alert procedure would apply. This is contingency planning only - nothing like this has happened, and the children's passports are held by mum's solicitor.

Current needs: mum's depression (she sees her GP and has started talking therapy) and Mehreen's worry about moving between two homes.

Mum and dad have both consented to the step-down. The Lead Practitioner will be Ms Joanne Ng, Family Support Worker at Marner Primary School, who has agreed. I'll arrange and chair the TAF meeting on Thursday 18 June at 10am at Marner Primary.

Thanks,
Oliver

Oliver Pennington
Social Worker | Children's Social Work Team (Bow and Poplar) | London Borough of Tower Hamlets
020 7946 0302

""") + TDISC
    cfa = make_pdf("Child and Family Assessment - Karim children", [
        "Children: Mehreen Karim (21/07/2045), Zayan Karim (09/01/2049). Mosaic 3358802 / 3358803.",
        "Assessment started 24/04/2054; concluded 05/06/2054. Social worker: Oliver Pennington.",
        "Reason: referral from the Family Court (request for information in private law proceedings).",
        "Analysis: both parents meet the children's needs; orders in place and kept to; mother's low mood treated.",
        "Recommendation: step down to a Team Around the Family with a Lead Practitioner.",
    ])
    plan = ["# TAF plan (draft) - Karim family",
            "Lead Practitioner: Joanne Ng, Family Support Worker, Marner Primary School.",
            "1. Mehreen to have weekly check-ins with her class teacher about the two-homes timetable.",
            "2. Mum to continue talking therapy; GP review in July.",
            "3. Contingency: IF father removes the children abroad in breach of the prohibited steps order, mother "
            "to call 999; port alert procedure applies. (No such event has occurred.)",
            "TAF meeting: Thursday 18 June 2054, 10:00, Marner Primary School."]
    top = outlook_top(f, addr("Pennington, Oliver", "Oliver.Pennington@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Karim children (Mosaic 3358802/3358803)", when)
    data = mail(f, top, body, html_alt=True,
                atts=[binary_part("application/pdf", "C&F Assessment - Karim children.pdf", cfa),
                      docx_att("Draft TAF plan - Karim.docx", plan)])
    add(f, data, "tower_hamlets", "early_help_duty", when, 5, "near_miss", "step_down", False, None,
        ["3358802", "3358803"], [ch("Mehreen Karim", "2045-07-21", "21/07/2045"),
                                 ch("Zayan Karim", "2049-01-09", "09/01/2049")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS (hypothetical): 'IF dad were ever to take the children abroad ... in breach of the prohibited "
        "steps order' is contingency planning, 'nothing like this has happened' -> not urgent. Complete Tower "
        "Hamlets step-down: C&F Assessment (PDF), draft TAF plan (.docx), both parents' consent, Lead Practitioner "
        "named with agency -> book_meeting. Two Mosaic numbers in order. Concern: mum's depression -> "
        "parental_mental_health.",
        not_children=["Joanne Ng", "Oliver Pennington"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2054-04-24 15:30"
    body = T("""
Dear Sir or Madam,

Our client: Mrs Maureen Delaney, 41 Bancroft Road, London E1
Non-molestation application (Family Law Act 1996) - request for records

We act for Mrs Delaney, who is applying to the Family Court for a non-molestation order and an occupation order against her son, Mr Connor Delaney (born 03/05/2031). Connor lives with our client. On 20 April he smashed the kitchen, threatened to kill her and took her car keys. There are no children living at the property: Mrs Delaney's other two children are adults and live elsewhere.

We understand that your Early Help service worked with the family between 2044 and 2046, when Connor was a child. Please confirm whether you hold records from that time. Our client's signed authority is attached.

This request concerns adults only. The hearing on notice is listed for 6 May.

Yours faithfully,

Alisha Grant
Solicitor, Family Department
Grant & Oduya Solicitors LLP
""")
    letter = make_pdf("Form of authority", [
        "I, Maureen Delaney, of 41 Bancroft Road, London E1, authorise Grant & Oduya Solicitors LLP to request and "
        "receive any records held about me and my family by the London Borough of Tower Hamlets Early Help "
        "service.",
        "Signed: M. Delaney    Dated: 22/04/2054",
    ])
    top = plain_top(f, addr("Alisha Grant", "a.grant@grantoduya.example"), addr("Early Help Hub", TEH),
                    "Our client Mrs M Delaney - non-molestation application - request for records", when,
                    "grantoduya.example", "Microsoft Outlook 16.0")
    data = mail(f, top, body, cte="7bit", atts=[binary_part("application/pdf", "Authority - M Delaney.pdf", letter)])
    add(f, data, "tower_hamlets", "early_help_duty", when, 5, "near_miss", "other", False, None, [], [], [], None,
        None, [], None, "human_review",
        "NEAR MISS (an adult only): a solicitor's records request for a mother seeking a non-molestation order "
        "against her 23-year-old son ('threatened to kill her'); 'no children living at the property', 'adults "
        "only' -> not urgent, no child (Connor, born 2031, is 23) -> other, human_review. The signed authority is "
        "for the solicitor, not consent to a service -> consent null.",
        not_children=["Connor Delaney", "Maureen Delaney", "Alisha Grant"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2054-07-01 12:15"
    text = T("""
Hello MAST,

I'd like to step up Lily-Mae Barker (DOB 17/10/2048), Mosaic 3402266, to children's social care.

Lily-Mae's dad has applied for a child arrangements order (the first hearing is on 14 July at East London Family Court) and Cafcass have written their safeguarding letter for that hearing - it's attached with mum's permission. It recommends that the court asks the local authority whether it is involved, because of mum's drinking and because mum's partner has a caution for assault from 2050.

Early Help has worked with the family since January on mum's drinking and on Lily-Mae's attendance, which is 79%. Since May mum has stopped answering my calls and has missed the last two TAF meetings.

My manager, Delroy Peters, has agreed the step up.

I haven't done the Multi-Agency Request for Support form yet - can you tell me whether the Cafcass letter will do instead, or do you need the form as well?

Thanks,
Kwame

--
Kwame Asante
Lead Practitioner, Targeted Early Help (Isle of Dogs)
London Borough of Tower Hamlets
020 7946 0931
""")
    letter = make_pdf("Cafcass safeguarding letter - First Hearing Dispute Resolution Appointment", [
        "To: the Family Court at East London. Case No: ZE54P00381. Hearing: 14 July 2054.",
        "Child: Lily-Mae Barker (born 17/10/2048). Applicant: Mr Jason Barker (father). Respondent: Ms Kelly "
        "Barker (mother).",
        "Safeguarding checks: police - mother's partner, Mr Dale Frost, cautioned for assault (2050); local "
        "authority - the family is open to Targeted Early Help.",
        "Issues: father reports mother's alcohol use; mother reports father's controlling behaviour in the past.",
        "Cafcass's assessment of risk: further information is needed. Cafcass recommends that the court asks the "
        "local authority for a report and lists the matter for a further hearing.",
        "Family Court Adviser: Mr Ian Sowerby, Cafcass London East.",
    ])
    top = plain_top(f, addr("Kwame Asante", "Kwame.Asante@" + TDOM), addr("MAST", TMAST),
                    "Step up - Lily-Mae Barker (Mosaic 3402266) - Cafcass letter attached", when, TDOM,
                    "Mozilla Thunderbird 128.4.0")
    root = multipart("mixed", [flowed_part(text, cte="7bit"),
                               binary_part("application/pdf", "Cafcass safeguarding letter - Barker.pdf", letter)],
                     bnd(f, 1))
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 5, "ordinary", "step_up", False, None,
        ["3402266"], [ch("Lily-Mae Barker", "2048-10-17", "17/10/2048")],
        ["non_engagement", "school_attendance", "substance_misuse"], None, True, ["request_for_support"], None,
        "request_info",
        "Tower Hamlets MAST step-up (Thunderbird, format=flowed) with the Cafcass safeguarding letter attached "
        "instead of the Multi-Agency Request for Support form: 'I haven't done the Multi-Agency Request for "
        "Support form yet' -> missing request_for_support (a Cafcass letter is not the MARF); 'has agreed the step "
        "up' -> manager true -> request_info. Concerns: mum's drinking, 79% attendance, mum not answering and "
        "missing TAFs. The partner's 2050 caution is past.",
        not_children=["Delroy Peters", "Kwame Asante", "Jason Barker", "Kelly Barker", "Dale Frost"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2054-07-06 14:10"
    old = ack("step-down", "SB-tower_hamlets-5518", ["Children: Ellie Cartwright", "Case: Mosaic 3412209"],
              ["confirmation that the family consents to the step-down"])
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>Dad gave his consent to the step-down when I saw him this morning - he signed the consent form and I've attached it.</p>
<p>The TAF meeting is booked for Tuesday 28 July at 2pm at Poplar Youth Hub, with Marcus Webb as Lead Practitioner.</p>
<p>Thanks,<br>Georgina</p>
<p>Georgina Alcott<br>Social Worker | Children's Social Work Team (Poplar)<br>020 7946 0466</p>
</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Tower Hamlets Early Help Hub &lt;EarlyHelpHub@towerhamlets.gov.uk&gt;<br><b>Sent:</b> 03 July 2054 17:01<br><b>To:</b> Alcott, Georgina &lt;Georgina.Alcott@towerhamlets.gov.uk&gt;<br><b>Subject:</b> [SB-tower_hamlets-5518] Step down - Ellie Cartwright - Mosaic 3412209</font><div>&nbsp;</div></div>
<div>@@ACK@@</div>
</body></html>
""").replace("@@ACK@@", "<br>\n".join(html.escape(l) for l in old.split("\n")))
    consent = make_pdf("Consent to Early Help - step-down from Children's Social Care", [
        "Child: Ellie Cartwright    Mosaic 3412209",
        "I agree to my family receiving support from Early Help and to information being shared with the Lead "
        "Practitioner, Marcus Webb (Poplar Youth Hub).",
        "Signed: P. Cartwright (father)    Date: 06/07/2054",
    ])
    top = outlook_top(f, addr("Alcott, Georgina", "Georgina.Alcott@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-5518] Step down - Ellie Cartwright - Mosaic 3412209", when,
                      reply_to_mid=msgid("tower_hamlets-5518-ack", "stepbot.towerhamlets.gov.uk"))
    data = html_only(f, top, h, atts=[binary_part("application/pdf", "Consent form - Ellie Cartwright.pdf", consent)])
    add(f, data, "tower_hamlets", "early_help_duty", when, 5, "ordinary", "follow_up", False, None, ["3412209"],
        [ch("Ellie Cartwright")], [], True, None, [], None, "attach_to_request",
        "HTML-only Outlook reply to [SB-tower_hamlets-5518] (tower_hamlets_08's request) bringing the father's "
        "signed consent form and the TAF date -> follow_up, attach_to_request; 'Dad gave his consent' -> consent "
        "true. 'Mosaic 3412209' -> '3412209'; the child's full name is in the subject and the quoted ack.",
        not_children=["Marcus Webb", "Georgina Alcott"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2054-06-11 09:12"
    data = itip_reply(f, when, "Joanne Ng", "j.ng@marnerprimary.example", ("Early Help Hub", TEH), "ACCEPTED",
                      "TAF meeting - Karim family (Mosaic 3358802) [SB-tower_hamlets-5371]", "20540618T100000",
                      "20540618T113000", "Marner Primary School, Bow")
    add(f, data, "tower_hamlets", "early_help_duty", when, 4, "ordinary", "meeting_reply", False, None, ["3358802"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the Lead Practitioner for tower_hamlets_03's TAF "
        "meeting (Thu 18 June 10:00) -> meeting_reply, record_reply; the Mosaic number in the SUMMARY is the "
        "case id.",
        not_children=["Joanne Ng"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2054-07-03 16:45"
    text = T("""
Hi EH Hub,

Step down for Ellie Cartwright (DOB 25/12/2041), Mosaic 3412209. My Child and Family Assessment concluded on 29 June.

The private law case between Ellie's parents finished on 1 July with a child arrangements order - Ellie lives with dad and sees mum every other weekend, which is what she wanted. We don't need to stay involved.

Attached: the C&F Assessment and the draft TAF plan.
Lead Practitioner: Marcus Webb, Youth Worker at Poplar Youth Hub - he has agreed to take it on.

Worries: Ellie's attendance (84%) and she's been late most days since the hearing.

I haven't been able to get dad's consent yet - I'm seeing him on Monday and will ask him then.

Georgina

Georgina Alcott
Social Worker | Children's Social Work Team (Poplar)

Sent from Outlook for iOS
""")
    cfa = make_pdf("Child and Family Assessment - Ellie Cartwright", [
        "Child: Ellie Cartwright, 25/12/2041. Mosaic 3412209. Assessment concluded 29/06/2054.",
        "Outcome: no further statutory involvement needed; step down to a TAF with a Lead Practitioner.",
        "Needs: attendance 84%; lateness; support through the change of home after the court's order.",
    ])
    plan = ["# Draft TAF plan - Ellie Cartwright",
            "Lead Practitioner: Marcus Webb, Youth Worker, Poplar Youth Hub.",
            "1. Attendance plan with the school's attendance officer.",
            "2. Weekly youth work sessions.",
            "3. Review at 6 weeks."]
    top = outlook_top(f, addr("Alcott, Georgina", "Georgina.Alcott@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Ellie Cartwright - Mosaic 3412209", when)
    root = multipart("mixed", [text_part(text, cte="base64", crlf=True),
                               binary_part("application/pdf", "C&F Assessment - Ellie Cartwright.pdf", cfa),
                               docx_att("Draft TAF plan - Ellie Cartwright.docx", plan)], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 5, "ordinary", "step_down", False, None,
        ["3412209"], [ch("Ellie Cartwright", "2041-12-25", "25/12/2041")], ["school_attendance"], None, None,
        ["consent"], None, "request_info",
        "Tower Hamlets step-down after a private law case ended (base64 text/plain from Outlook for iOS): C&F "
        "Assessment PDF, draft TAF plan .docx, Lead Practitioner named with agency, but 'I haven't been able to "
        "get dad's consent yet ... will ask him then' -> consent null (still to be asked) -> missing consent -> "
        "request_info. Ellie is 12. Concern: 84% attendance.",
        not_children=["Marcus Webb", "Georgina Alcott"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2054-07-16 14:42"
    new = T("""
Hi, sorry, this might be nothing and I really don't want to get anyone into trouble, but Sam (the social worker) is on leave and I didn't know who else to tell.

I did the handover at the contact centre this morning for Poppy's supervised time with her dad, Craig Stevens. As you know the court only lets him have supervised contact since the finding of fact last year that he broke her brother's arm and ribs. When we came out to the car park afterwards Craig was waiting by his car and mum let Poppy go with him - she said he's taking her to his mum's in Plymouth for the night and will bring her back tomorrow, and she's fine with it. Poppy is 3. I don't think he had a car seat.

Mum says it's her choice who Poppy sees. Probably I'm overthinking it and it's not my place. I just thought someone should know.

Kerry-Ann
Family Support Worker, Paignton Family Hub

Sent from my Android
""")
    old = ack("step-down", "SB-torbay-8812", [
        "Children: Poppy Stevens", "Case: LCS-4471920",
        "Triage: Tuesday 21 July 2054 11:30 (under-5s triage, Microsoft Teams)"], [])
    text = new + "\nOn Tue, 14 Jul 2054, 10:12 Torbay Early Help <earlyhelp@torbay.gov.uk> wrote:\n" + gt(old)
    top = [("From", addr("Kerry-Ann Widdicombe", "kerryann.widdicombe@paigntonfamilyhub.example")),
           ("To", BEH), ("Cc", addr("Sam Rowden", "Sam.Rowden@" + BDOM)),
           ("Subject", "Re: [SB-torbay-8812] Step down - Poppy Stevens LCS-4471920 - triage slot"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com")),
           ("In-Reply-To", msgid("torbay-8812-ack", "stepbot.torbay.gov.uk")),
           ("References", msgid("torbay-8812-ack", "stepbot.torbay.gov.uk"))]
    add(f, alt_mail(f, top, text, gmail_html(text), crlf=False, boundary=gbnd), "torbay", "early_help_duty", when,
        5, "urgent", "follow_up", True, None, ["LCS-4471920"], [ch("Poppy Stevens")], ["physical_harm"], None,
        None, [], None, "alert_duty",
        "URGENT, HEDGED ('this might be nothing', 'probably I'm overthinking it'): a family support worker's "
        "Android reply to [SB-torbay-8812] says a 3-year-old has gone overnight, unsupervised, with a father the "
        "court found last year broke her brother's arm and ribs and who may see her only under supervision -> "
        "immediate -> alert_duty over attach_to_request. Where she is said to be going is known (Plymouth), so "
        "concern physical_harm only. Case id and full name from the subject and the quoted ack.",
        not_children=["Craig Stevens", "Kerry-Ann Widdicombe", "Sam Rowden"], telling="hedged")

def torbay_02():
    f = "torbay_02.eml"; when = "2054-06-15 12:05"
    body = T("""
Hi MASH,

Contact to MASH for Riley Tremlett (DOB 30/05/2048) and Ava Tremlett (DOB 11/11/2045), EHM-842215. I'm their lead practitioner at level 3.

Mum, Stacey Tremlett, has a non-molestation order against her ex-partner Dean Blackmore (made 20 March at Torquay Family Court). She rang me at 11.15. Dean came back to the house on Friday night and has been there since. On Saturday he broke her phone and hit her in the face - she has a split lip, which I saw on a video call. He has her bank card.

Riley and Ava are off school with chickenpox and are at home with Dean now. Mum is at work at the hotel until 6pm and says he won't let her take the children to her sister's.

Mum consents to this contact to MASH and wants help to get Dean out.

I discussed it with my assistant team manager, Silas Penrose, at 11.40 and we agree it needs considering for level 4.

Jenna

Jenna Hocking
Early Help Practitioner | Torbay Council Early Help (Torquay)
01632 960488

""") + BDISC
    top = outlook_top(f, addr("Hocking, Jenna", "Jenna.Hocking@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up contact - Tremlett children - EHM-842215", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5, "urgent", "step_up", True, None, ["EHM-842215"],
        [ch("Riley Tremlett", "2048-05-30", "30/05/2048"), ch("Ava Tremlett", "2045-11-11", "11/11/2045")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "URGENT, TOLD PLAINLY: a Torbay step-up (contact to MASH) - the ex-partner a non-molestation order bars "
        "has been in the house since Friday, hit mum on Saturday, and the two children are at home with him NOW "
        "while mum is at work -> alert_duty. Complete otherwise: 'Mum consents to this contact to MASH' -> consent "
        "true; ATM Silas Penrose 'we agree it needs considering for level 4' -> manager true -> missing [].",
        not_children=["Stacey Tremlett", "Dean Blackmore", "Silas Penrose", "Jenna Hocking"], telling="plain")

def torbay_03():
    f = "torbay_03.eml"; when = "2054-05-06 10:30"
    body = T("""
Dear MASH,

Contact to MASH for Jacob Pascoe (DOB 14/06/2047) and Millie Pascoe (DOB 02/02/2050), EHM-839907.

Over the bank holiday weekend the children's father, Liam Pascoe, breached the non-molestation order (made in January) by coming to the house on Sunday night and throwing a brick through the front window. Police came, he was arrested at the scene, and yesterday Torquay Magistrates remanded him in custody until his trial on 6 July. Mum and the children were not hurt. The window is boarded and the Sanctuary scheme are fitting new locks today. I did a safety plan with mum yesterday. The children are at school today and at home with mum tonight.

Why I'm asking for level 4: over 18 months there have been three breaches, mum has withdrawn two statements, and the children are showing it - Jacob has been sent out of class most weeks this term and Millie has started wetting again. Level 3 isn't enough on its own.

Mum consents to this contact to MASH. My ATM, Silas Penrose, agrees it needs considering for a level 4 response.

The Early Help assessment is attached.

Kind regards,
Morwenna

Morwenna Cardew
Early Help Practitioner | Torbay Council Early Help (Paignton)
01632 960371

""") + BDISC
    eha = ["# Early Help assessment - Pascoe family (EHM-839907)",
           "Children: Jacob Pascoe 14/06/2047; Millie Pascoe 02/02/2050.",
           "Household: mother and children. Father (Liam Pascoe) subject to a non-molestation order (January 2054).",
           "Strengths: mother protective and engaged; school supportive; maternal grandparents nearby.",
           "Needs: the children's emotional wellbeing after repeated incidents; Jacob's behaviour at school."]
    top = outlook_top(f, addr("Cardew, Morwenna", "Morwenna.Cardew@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up to level 4 - Pascoe family (EHM-839907)", when)
    data = mail(f, top, body, html_alt=True, atts=[docx_att("Early Help assessment - Pascoe.docx", eha)])
    add(f, data, "torbay", "mash_step_up", when, 5, "near_miss", "step_up", False, None, ["EHM-839907"],
        [ch("Jacob Pascoe", "2047-06-14", "14/06/2047"), ch("Millie Pascoe", "2050-02-02", "02/02/2050")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS (breach already dealt with): the bank-holiday breach of a non-molestation order ended in an "
        "arrest and a remand in custody until trial on 6 July; nobody hurt, locks changed, safety plan done, the "
        "children with mum -> not urgent. Torbay step-up (contact to MASH) with 'Mum consents to this contact' "
        "and the ATM's agreement -> complete -> book_meeting. Concern: domestic_abuse.",
        not_children=["Liam Pascoe", "Silas Penrose", "Morwenna Cardew"])

def torbay_04():
    f = "torbay_04.eml"; when = "2054-04-21 13:20"
    body = T("""
Hi,

Please can I have a triage slot for a level 3 step down for Noah Couch (DOB 07/07/2046), LCS-4459012. The Single Assessment is attached with my analysis.

Court history, because you'll see it on LCS: the court ordered supervised contact for dad in 2053 after the incident at Noah's 6th birthday party. In March this year the court moved contact to unsupervised, on Cafcass's recommendation, and there are no current concerns that dad will breach the order - he has kept to every arrangement since March and Noah enjoys his weekends. There are no concerns about physical harm.

What’s left is Noah’s attendance (88%) and mum’s anxiety, which she's getting help with from her GP.

Mum has given her consent for level 3 Early Help.

My TM hasn't done her manager's analysis yet - she's back on Thursday and I'll ask her to add it.

Thanks
Tom

Tom Rendle
Social Worker | Single Assessment Team | Torbay Council
01632 960512
""") + "\n" + BDISC
    sa = make_pdf("Single Assessment - Noah Couch (LCS-4459012)", [
        "Child: Noah Couch, 07/07/2046. Social worker: Tom Rendle.",
        "Analysis: Noah's needs can be met at level 3. Contact with father unsupervised since March 2054 by court "
        "order and going well. Mother's anxiety treated by GP. Attendance 88%.",
        "Social worker's recommendation: step down to level 3 Early Help.",
        "Manager's analysis: [to be completed]",
    ])
    top = plain_top(f, addr("Tom Rendle", "Tom.Rendle@" + BDOM), addr("Torbay Early Help", BEH),
                    "Triage slot please - step down L3 - Noah Couch LCS-4459012", when, BDOM,
                    "Microsoft Outlook 16.0")
    data = mail(f, top, body, cte="8bit", crlf=False,
                atts=[binary_part("application/pdf", "Single Assessment - Noah Couch.pdf", sa)])
    add(f, data, "torbay", "early_help_duty", when, 6, "near_miss", "step_down", False, 3, ["LCS-4459012"],
        [ch("Noah Couch", "2046-07-07", "07/07/2046")], ["parental_mental_health", "school_attendance"], True, None,
        ["manager_agreed"], None, "request_info",
        "NEAR MISS (negated): 'no current concerns that dad will breach the order', 'no concerns about physical "
        "harm', the 2053 incident past -> not urgent, no physical_harm. Torbay level 3 step-down (8bit plain text, "
        "Single Assessment PDF): consent given, but the TM's analysis is 'not done yet' -> manager null -> missing "
        "manager_agreed -> request_info. Level 3 as written.",
        not_children=["Tom Rendle"])

def torbay_05():
    f = "torbay_05.eml"; when = "2054-05-26 10:00"
    body = T("""
Dear colleague,

Re: Harvey Penhale and Isla Penhale
Court reference: TQ54P00291 (Family Court at Torquay)

Cafcass has been asked by the court to carry out safeguarding enquiries before the first hearing (FHDRA) in an application by the children's father for a child arrangements order. Our letter is attached.

Please tell us within 10 working days whether the children, or the adults named in the letter, are or have been known to your service, and give brief details of any involvement.

Please note: this is a routine request which Cafcass makes in every private law case. It does not mean that Cafcass, or either parent, has raised a concern about the children's safety.

Thank you,

Cafcass South West - Safeguarding Enquiries Team
Cafcass, Exeter office
""")
    letter = make_pdf("Cafcass - request for local authority safeguarding information", [
        "To: Torbay Council MASH    From: Cafcass South West    Date: 26/05/2054",
        "Court: Family Court at Torquay. Reference TQ54P00291. First hearing: 23/06/2054.",
        "Children: Harvey Penhale (DOB 12/03/2047); Isla Penhale (DOB 29/08/2050).",
        "Applicant: Mr Mark Penhale (father). Respondent: Ms Rosie Penhale (mother).",
        "Please tell us about any current or past involvement, including any child protection plan, section 47 "
        "enquiry, Early Help involvement, or information about domestic abuse or risk of harm.",
        "This request is made in every private law case and does not imply any concern about the children.",
    ])
    hb = html_of(body, "Arial")
    top = plain_top(f, addr("Cafcass South West Safeguarding Enquiries", "sw.enquiries@cafcass.example"),
                    addr("Torbay MASH", BMASH), "Cafcass request for LA safeguarding information - Penhale - TQ54P00291",
                    when, "cafcass.example", "Microsoft Outlook 16.0")
    data = alt_mail(f, top, body, hb,
                    atts=[binary_part("application/pdf", "Cafcass request for LA information - Penhale.pdf", letter)])
    add(f, data, "torbay", "mash_step_up", when, 4, "near_miss", "other", False, None, [],
        [ch("Harvey Penhale", "2047-03-12", "12/03/2047"), ch("Isla Penhale", "2050-08-29", "29/08/2050")], [],
        None, None, [], None, "human_review",
        "NEAR MISS (routine): Cafcass's safeguarding-enquiry letter before a first hearing - 'a routine request "
        "which Cafcass makes in every private law case', 'does not mean ... a concern' - whose PDF asks about "
        "'domestic abuse or risk of harm' in general -> not urgent, no concerns; a request for information -> "
        "other, human_review. The children are named in the body and with DOBs in the PDF; the court "
        "reference is not a case id. Sent the day after the Spring Bank Holiday.",
        not_children=["Mark Penhale", "Rosie Penhale"])

def torbay_06():
    f = "torbay_06.eml"; when = "2054-04-23 11:45"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a level 3 step down for Oakley Foale (DOB 03/01/2051), LCS-4462781. He's 3, so I think it goes to the under-5s triage.

The Single Assessment is attached. It has my analysis and my team manager Gemma Rowe's manager's analysis confirming the threshold for level 3 is met.

Background: the private law case between Oakley's parents ended in March with a child arrangements order (lives with mum, alternate weekends with dad) and the parents are co-parenting well. What's left is mum's low mood since Oakley's sister was born, and Oakley's speech and language delay - he's on the SALT waiting list and nursery are doing a SEN support plan.

Mum consented to level 3 Early Help at my visit on 20 April.

Thanks,
Beth

Beth Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960623

""") + BDISC
    sa = make_pdf("Single Assessment - Oakley Foale (LCS-4462781)", [
        "Child: Oakley Foale, DOB 03/01/2051. Social worker: Beth Trewin.",
        "Social worker's analysis: needs can be met by a level 3 Early Help response; rationale for step down: "
        "court proceedings concluded, parents co-operating, needs are developmental and maternal mood.",
        "Manager's analysis (Gemma Rowe, Team Manager, 22/04/2054): I agree; threshold for level 3 intervention "
        "met. Step down to Early Help.",
        "Consent: mother consented to level 3 Early Help, 20/04/2054.",
    ])
    top = outlook_top(f, addr("Trewin, Beth", "Beth.Trewin@" + BDOM), addr("Torbay Early Help", BEH),
                      "Step down request - Oakley Foale (LCS-4462781) - level 3", when)
    data = mail(f, top, body, html_alt=True,
                atts=[binary_part("application/pdf", "Single Assessment - Oakley Foale.pdf", sa)])
    add(f, data, "torbay", "early_help_duty", when, 5, "ordinary", "step_down", False, 3, ["LCS-4462781"],
        [ch("Oakley Foale", "2051-01-03", "03/01/2051")], ["disability_send", "parental_mental_health"], True, True,
        [], None, "book_meeting",
        "Complete Torbay level 3 step-down after a private law case: Single Assessment PDF with the TM's "
        "analysis 'confirming the threshold for level 3 is met' -> manager true; 'Mum consented' -> consent true "
        "-> book_meeting (Oakley is 3: the fortnightly under-5s triage). Concerns: speech and language delay with "
        "SEN support -> disability_send; mum's low mood -> parental_mental_health.",
        not_children=["Gemma Rowe", "Beth Trewin"])

def torbay_07():
    f = "torbay_07.eml"; when = "2054-04-27 08:55"
    data = itip_reply(f, when, "Beth Trewin", "Beth.Trewin@" + BDOM, ("Torbay Early Help", BEH), "DECLINED",
                      "Under-5s triage - Foale family (LCS-4462781) [SB-torbay-8204]", "20540505T113000",
                      "20540505T120000", "Microsoft Teams Meeting",
                      comment="I'm giving evidence at a final hearing in Exeter that morning - my TM Gemma Rowe "
                              "will present Oakley's step down instead and has the invite.")
    add(f, data, "torbay", "early_help_duty", when, 5, "ordinary", "meeting_reply", False, None, ["LCS-4462781"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a comment (the social worker is giving evidence in court; "
        "her TM will attend) for torbay_06's under-5s triage on Tue 5 May -> meeting_reply, record_reply; case id "
        "from the SUMMARY.",
        not_children=["Beth Trewin", "Gemma Rowe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2054-07-08 15:10"
    body = T("""
Dear Sirs

Re: Lacey Treloar (DOB 15/04/2044) and Jack Treloar (DOB 09/10/2047)
Treloar v Treloar - Family Court at Torquay, Case No TQ54P00104

We act for the children's father in the above proceedings.

By paragraph 7 of the order made by District Judge Harcombe on 2 July 2054 (copy attached), Torbay Council is to disclose to the parties' solicitors its Early Help records for the children for the period 1 January 2052 to date, by 4pm on 22 July 2054.

Please send the records to this office by secure email, marked for the attention of the writer. Please let us know if you need anything further from us to comply with the order.

Yours faithfully

Helen Vosper
Associate Solicitor, Family Department
Pengelly Harvey Solicitors
""")
    order = make_pdf("IN THE FAMILY COURT AT TORQUAY - Case No TQ54P00104", [
        "Treloar v Treloar. The children: Lacey Treloar (born 15/04/2044) and Jack Treloar (born 09/10/2047).",
        "ORDER made by District Judge Harcombe on 2 July 2054 at a Dispute Resolution Appointment.",
        "1-6. [Case management directions: statements, section 7 addendum report, bundle.]",
        "7. Torbay Council shall by 4pm on 22 July 2054 disclose to the parties' solicitors its Early Help records "
        "relating to the children for the period 1 January 2052 to the date of this order.",
        "8. The matter is listed for a final hearing on 14 October 2054 (1 day).",
    ])
    top = plain_top(f, addr("Helen Vosper", "hvosper@pengellyharvey.example"), addr("Torbay Early Help", BEH),
                    "Treloar v Treloar TQ54P00104 - order for disclosure of Early Help records", when,
                    "pengellyharvey.example")
    data = mail(f, top, body, cte="7bit", crlf=False,
                atts=[binary_part("application/pdf", "Order 02.07.2054 - Treloar.pdf", order)])
    add(f, data, "torbay", "early_help_duty", when, 4, "ordinary", "other", False, None, [],
        [ch("Lacey Treloar", "2044-04-15", "15/04/2044"), ch("Jack Treloar", "2047-10-09", "09/10/2047")], [], None,
        None, [], None, "human_review",
        "A solicitor's letter with a sealed order for disclosure of Early Help records (PDF) -> no step, no risk -> "
        "other, human_review. The children are named with DOBs; the court case number is not a case id.",
        not_children=["Helen Vosper"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2054-04-15 10:10"
    blocks = [
        "Hello co-ordinators,",
        "",
        "Following my discussion with Xavier Moss on Monday, please find attached the Early Help Assessment "
        "step-down plan for {{Tegan Harries}} (DOB 18/02/2043) and {{Osian Harries}} (DOB 06/10/2048), Mosaic "
        "1850066 and 1850067, and mum's signed consent form.",
        "",
        "{{Key person:}} Siân Morgan, Pastoral Lead, Kington Primary School - she has agreed to lead.",
        "",
        "{{Background}}",
        "The Cafcass section 7 report (filed 2 April) noted historic allegations of physical chastisement by the "
        "children's father in 2050. These were investigated under section 47 at the time with no further action, "
        "and the report found no current child protection concerns. It recommended that the children live with "
        "mum and spend alternate weekends with dad, which the court ordered on 9 April. Our assessment agrees.",
        "",
        "{{Current needs}}",
        "Tegan (11) does a lot of caring for mum, who has MS, and is tired at school; Osian is settled.",
        "",
        "Kind regards,",
        "Owain",
        "",
        "Owain Pritchard",
        "Social Worker, Children's Safeguarding and Family Support (Kington and Leominster)",
        "Herefordshire Council | 01632 960344",
    ]
    plan = ["# Early Help Assessment - step-down plan",
            "Children: Tegan Harries (18/02/2043), Osian Harries (06/10/2048). Mosaic 1850066 / 1850067.",
            "Key person: Siân Morgan, Pastoral Lead, Kington Primary School.",
            "Wellbeing plan:",
            "1. Young carers assessment for Tegan - Herefordshire Young Carers - by end of May.",
            "2. After-school club place for Osian two days a week - school.",
            "3. Mum's care package reviewed with adult social care - key person to refer."]
    consent = make_pdf("Consent to Early Help", [
        "Children: Tegan Harries, Osian Harries.",
        "I consent to my family receiving Early Help support and to information being shared with the agencies "
        "named in the plan.",
        "Signed: Nerys Harries (mother)    Date: 10/04/2054",
    ])
    top = outlook_top(f, addr("Pritchard, Owain", "Owain.Pritchard@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step-down plan - Harries children (Mosaic 1850066/1850067)",
                      when)
    data = word_mail(f, top, blocks, atts=[docx_att("EHA step-down plan - Harries.docx", plan),
                                           binary_part("application/pdf", "Signed consent - Harries.pdf", consent)])
    add(f, data, "herefordshire", "early_help_duty", when, 6, "near_miss", "step_down", False, None,
        ["1850066", "1850067"], [ch("Tegan Harries", "2043-02-18", "18/02/2043"),
                                 ch("Osian Harries", "2048-10-06", "06/10/2048")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS (historic, investigated): a Cafcass section 7 report's 2050 allegations, 'investigated under "
        "section 47 ... no further action', 'no current child protection concerns' -> not urgent, no "
        "physical_harm. Complete Herefordshire sibling-group step-down (Word HTML; UTF-8 'Siân'): step-down plan "
        ".docx, signed consent form PDF, key person with agency -> book_meeting. Level not written -> null. "
        "Concern: Tegan caring for mum -> young_carer.",
        not_children=["Nerys Harries", "Owain Pritchard", "Xavier Moss"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2054-04-30 18:52"
    text = T("""
Dear Sir or Madam,

I act for Ms Gemma Lewis in private law proceedings at the Family Court in Hereford concerning her children, Oscar Lewis-Hale (8) and Freya Lewis-Hale (5). I found this address on a letter from your team and could not find an out of hours number.

Ms Lewis telephoned me at 18:35 from the Ross Spur services on the A49. The children's father, Mr Darren Hale, who is subject to a prohibited steps order made on 21 April preventing him from removing the children from Ms Lewis's care, came up to her car while she was paying for fuel, took both children out of the back seat and drove off in a grey Audi. She says he smelled of drink and was slurring his words. He has no car seat for Freya. He has since texted her "they're coming home with me where they belong" - his flat is in Leominster.

I have told Ms Lewis to ring 999 and she says she has done so.

I will keep this phone with me all evening: 07700 900733.

Rhys Protheroe
Solicitor, Wyebridge Law

Sent from my iPhone
""")
    top = plain_top(f, addr("Rhys Protheroe", "rprotheroe@wyebridgelaw.example"), HEH,
                    "Lewis-Hale children - taken by their father this evening", when, "icloud.com",
                    "iPhone Mail (21F90)")
    add(f, build(top, flowed_part(text), False), "herefordshire", "early_help_duty", when, 5, "urgent", "other",
        True, None, [], [ch("Oscar Lewis-Hale"), ch("Freya Lewis-Hale")], ["substance_misuse"], None, None, [],
        None, "alert_duty",
        "URGENT, OUT OF HOURS (Thursday 18:52): a mother's solicitor, on his iPhone (format=flowed), says the "
        "father a prohibited steps order forbids to remove the children took an 8- and a 5-year-old from her car "
        "and drove off smelling of drink and slurring, no car seat -> alert_duty (the out-of-hours service). "
        "Misdirected to the co-ordinators, not a request -> other. Ages, no DOBs. Concern: substance_misuse (as "
        "the dev/mixed sets label a drunk father driving off with children); his destination is stated.",
        not_children=["Gemma Lewis", "Darren Hale", "Rhys Protheroe"], telling="a solicitor, evening, plain")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2054-05-18 11:05"
    body = T("""
Hello,

I'd like to step Macy Probert (DOB 01/11/2046), Mosaic 1862730, up to children's social care.

At the FHDRA on 12 May the judge ordered a section 7 report from Cafcass and asked the parties to let the court know whether the local authority is involved (a section 37 direction was discussed but not made). Since her admission in April mum's mental health has been very up and down, and Macy (7) is missing a lot of school - her attendance is 71%. Macy has been staying with dad since then under the interim order, and dad is now applying for her to live with him.

I think the family needs a social work assessment rather than Early Help, and it would help the court.

My manager, Hywel Davies, agrees this should go to social care. Mum knows and agrees to the referral.

Thanks,
Gwen

Gwen Bufton
Early Help Practitioner | Herefordshire Council Early Help (Hereford City)
01632 960815

""") + HDISC
    top = outlook_top(f, addr("Bufton, Gwen", "Gwen.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up to social care - Macy Probert (Mosaic 1862730)", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5, "ordinary", "step_up", False, None,
        ["1862730"], [ch("Macy Probert", "2046-11-01", "01/11/2046")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS: 'step_up is not defined "
        "by this seed') -> human_review, missing [] and notice null for an undefined kind. Facts still parsed: "
        "'Mum knows and agrees to the referral' -> consent true; manager 'agrees' -> true. Not urgent: Macy is "
        "with dad under an interim order.",
        not_children=["Hywel Davies", "Gwen Bufton"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2054-06-04 07:30"
    text = T("""
This is an automated message from the family court digital service. Please do not reply to this email.

CASE UPDATE - HEARING VACATED

Case number: HR54P00088
Case name: Re B (Children)
Court: Family Court sitting at Hereford Justice Centre
Your role: Local authority (respondent to notice)

Hearing: Dispute Resolution Appointment
Listed: Tuesday 9 June 2054, 10:00 (time estimate 2 hours)
Status: VACATED

Reason: Section 7 report not filed. The Cafcass safeguarding letter identifies allegations of domestic abuse and a risk of harm requiring further enquiries.
Allegations of harm raised on the application: Yes (domestic abuse; child abuse)
Applications on this case: C100 child arrangements order; FL401 non-molestation order (granted without notice 12 March 2054)

Next steps: the hearing will be re-listed. Interim orders remain in force. You will receive a new notice of hearing.

To view the case, sign in to your account.
""")
    hb = ("<html><body style=\"font-family:Arial,sans-serif;font-size:11pt\"><div style=\"background:#0b0c0c;"
          "color:#fff;padding:10px\">Family court digital service</div>" +
          "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) +
          "</body></html>\n")
    top = plain_top(f, addr("Family court digital service", "no-reply@familycourt-notify.example"),
                    addr("Herefordshire MASH", HMASH), "Case update: hearing vacated - HR54P00088", when,
                    "familycourt-notify.example", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, hb), "herefordshire", "mash_step_up", when, 4, "near_miss", "auto_reply", False,
        None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS (automatic): a family court digital-service notice (Auto-Submitted: auto-generated, no-reply) "
        "that a hearing was vacated, listing 'allegations of domestic abuse and a risk of harm' from the "
        "application -> machine mail -> auto_reply, ignore; read for risk, it reports nothing happening to any "
        "named child ('Re B (Children)').")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2054-06-16 19:48"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:13px">
<div>To whoever reads this,</div><div><br></div>
<div>My name is Margaret Powell and I am the grandmother of Kian Powell (6) and Lola Powell (4). In March the court in Hereford made an order for them to live with me because of their mum's drinking. Their social worker is Mrs Jones but her phone goes to answerphone after 5.</div><div><br></div>
<div>Their mum, my daughter Kirsty Powell, came to my house at about 6 o'clock tonight. She was very drunk. She banged on the door and the windows for half an hour screaming that they are her kids and she is taking them back tonight. She threw a brick at my car and smashed the windscreen. Lola was hiding behind the settee and Kian wet himself.</div><div><br></div>
<div>Kirsty has gone now but she shouted that she'll be back "when it's dark, with Ryan". Ryan is her boyfriend, the court said he must not come near the children. My back door lock has been broken since last week.</div><div><br></div>
<div>I am 71 and on my own with them. I don't know what to do.</div><div><br></div>
<div>Margaret Powell<br>14 Wye View, Bobblestock, Hereford</div>
</div></body></html>
""")
    top = plain_top(f, addr("Margaret Powell", "mags.powell@homemail.example"), HMASH,
                    "please help - my grandchildren", when, "homemail.example", None)
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 5, "urgent", "other", True, None, [],
        [ch("Kian Powell"), ch("Lola Powell")], ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (Tuesday 19:48), HTML-only webmail: a grandmother caring for a 6- and a 4-year-old "
        "under a court order says their very drunk mother smashed her windscreen tonight and will be back 'when "
        "it's dark, with Ryan' (a man the court barred), and her back door does not lock -> alert_duty. Not a "
        "request -> other. Concern: substance_misuse (physical_harm could be argued for the threat).",
        not_children=["Margaret Powell", "Kirsty Powell"], telling="a grandmother (HTML-only, evening)")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2054-06-29 12:48"
    new = T("""
Hi Verity,

Please put Mia's step-down on hold.

Little Acorns nursery rang me ten minutes ago. At 12.15 Jake Marsh - mum's ex-partner, who the order made on 14 May says must have no contact with Mia after the finding that he caused the burns to her hand last year - walked into the nursery, pushed past the manager and took Mia (3) from the garden. He drove off in a white van towards his flat on Holmer Road. Nursery have phoned the police. Mum isn't answering her phone.

I'm on my way to the nursery now.

Cerys

Cerys Bowen
Social Worker, Children's Safeguarding and Family Support (Hereford)
01632 960271
""")
    old = ack("step-down", "SB-herefordshire-4120", ["Children: Mia Price", "Case: Mosaic 1877342",
                                                      "Drop-in: Tuesday 30 June 2054 10:00 (Microsoft Teams)"], [])
    body = new + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "26 June 2054 15:20",
                       "Bowen, Cerys <Cerys.Bowen@herefordshire.gov.uk>",
                       "[SB-herefordshire-4120] Step down - Mia Price (Mosaic 1877342)", old) + "\n" + HDISC
    top = outlook_top(f, addr("Bowen, Cerys", "Cerys.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-4120] Step down - Mia Price (Mosaic 1877342)", when,
                      cc=addr("Lang, Verity", "verity.lang@" + HDOM),
                      reply_to_mid=msgid("herefordshire-4120-ack", "stepbot.herefordshire.gov.uk"))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5, "urgent", "follow_up",
        True, None, ["1877342"], [ch("Mia Price")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP: the social worker's reply to [SB-herefordshire-4120] puts the step-down on hold "
        "because, 33 minutes ago, the man a court order bars from any contact (found to have burned the "
        "3-year-old's hand) took her from nursery in a van -> alert_duty over attach_to_request. Police called "
        "and the worker on her way do not end it. Concern: physical_harm.",
        not_children=["Jake Marsh", "Cerys Bowen"], telling="a follow-up reply")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2054-07-07 16:30"
    text = T("""
Hi,

Step-down plan attached for Ruby-Rose Lloyd (DOB 22/08/2049), Mosaic 1869905.

The family were in pre-proceedings (PLO) from January. At the final PLO review meeting on 30 June we agreed to end pre-proceedings - mum has done everything in the letter before proceedings and has kept her tests clear since February. The letter confirming that is attached too.

Mum agreed to Early Help verbally at that meeting. I'll get the written consent form signed when I see her next week.

Key person: Dan Pryce, Family Support Worker, Leominster Family Hub - he's happy to take it on.

What's still needed: Ruby-Rose's anxiety about school and mum's low mood.

Thanks
Nia

Nia Gwilliam
Social Worker, Children's Safeguarding and Family Support (Leominster)

Sent from my iPhone
""")
    plan = ["# Early Help Assessment - step-down plan",
            "Child: Ruby-Rose Lloyd (22/08/2049). Mosaic 1869905.",
            "Key person: Dan Pryce, Family Support Worker, Leominster Family Hub.",
            "1. School anxiety: weekly check-in with the SENCo; a gradual return plan.",
            "2. Mum's low mood: GP review and the Talking Therapies self-referral.",
            "3. Review at the first multi-agency meeting (MAG)."]
    letter = make_pdf("Letter - end of pre-proceedings (Public Law Outline)", [
        "To: Ms Chloe Lloyd. Date: 1 July 2054. Child: Ruby-Rose Lloyd.",
        "In January we wrote to you (the letter before proceedings) because we were worried that Ruby-Rose was at "
        "risk of significant harm because of your drug use.",
        "At the review meeting on 30 June 2054 we agreed that you have done everything the plan asked: clear "
        "tests since February, every appointment kept. The local authority will not issue care proceedings and "
        "pre-proceedings have ended.",
        "We will step down to Early Help with your agreement.",
        "Signed: Team Manager, Children's Safeguarding and Family Support (Leominster)",
    ])
    top = plain_top(f, addr("Nia Gwilliam", "Nia.Gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Ruby-Rose Lloyd Mosaic 1869905", when, HDOM, "iPhone Mail (21F90)")
    root = multipart("mixed", [flowed_part(text), docx_att("EHA step-down plan - Ruby-Rose Lloyd.docx", plan),
                               binary_part("application/pdf", "Letter - end of pre-proceedings.pdf", letter)],
                     "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 5, "ordinary", "step_down", False,
        None, ["1869905"], [ch("Ruby-Rose Lloyd", "2049-08-22", "22/08/2049")], ["parental_mental_health"], True,
        None, ["consent_form"], None, "request_info",
        "Herefordshire step-down after pre-proceedings (PLO) ended, from an iPhone (format=flowed) with the plan "
        "(.docx) and the end-of-PLO letter (PDF): 'Mum agreed to Early Help verbally' -> consent true, but the "
        "written form is still to come -> missing consent_form -> request_info; key person with agency. The PLO "
        "letter's 'risk of significant harm' and 'drug use' are past (clear tests since February). Concern: mum's "
        "low mood -> parental_mental_health (school anxiety has no id).",
        not_children=["Dan Pryce", "Nia Gwilliam", "Chloe Lloyd"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2054-07-10 14:20"
    body = T("""
MASH colleagues,

The attached order, made yesterday by HHJ Whitfield, directs the local authority under section 37 of the Children Act 1989 to investigate the circumstances of Leo Bevan (born 2 March 2046) and to file a report by 4pm on 21 August 2054.

The judge was concerned about both parents' drug use, which came out in the hair-strand tests ordered in the private law case. The court has not made an interim care order: Leo lives with his paternal aunt under an interim child arrangements order and the judge was satisfied he is well cared for there. The next hearing is on 1 September.

Please allocate for a Child and Family Assessment so the section 37 report can be written. I am the legal contact for the case.

Sarah Lemon
Solicitor, Children's Team, Legal Services
Herefordshire Council
01632 960903

""") + HDISC
    order = make_pdf("IN THE FAMILY COURT AT HEREFORD - Case No HR54P00140", [
        "Re L (A Child). The child: Leo Bevan, born 2 March 2046.",
        "ORDER made by His Honour Judge Whitfield on 9 July 2054.",
        "1. Pursuant to section 37 of the Children Act 1989, Herefordshire Council shall investigate the child's "
        "circumstances and file and serve a report by 4pm on 21 August 2054, addressing whether it should apply "
        "for a care or supervision order, provide services, or take any other action.",
        "2. The interim child arrangements order of 14 May 2054 (the child to live with his paternal aunt) "
        "continues.",
        "3. The hair-strand test results shall be disclosed to the local authority.",
        "4. Further hearing: 1 September 2054 at 10:00, 1 hour.",
    ])
    hb = html_of(body, "Arial")
    top = outlook_top(f, addr("Lemon, Sarah", "Sarah.Lemon@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Section 37 direction - Leo Bevan - report due 21 August", when)
    data = alt_mail(f, top, body, hb,
                    atts=[binary_part("application/pdf", "Order - section 37 direction - HR54P00140.pdf", order)])
    add(f, data, "herefordshire", "mash_step_up", when, 5, "ordinary", "other", False, None, [],
        [ch("Leo Bevan", "2046-03-02", "2 March 2046")], ["substance_misuse"], None, None, [], None, "human_review",
        "The council's lawyer sends MASH a section 37 direction (the judge's order as a PDF) to allocate an "
        "assessment -> no step-up or step-down under the protocols -> other, human_review. Not urgent: Leo is "
        "with his aunt, 'well cared for'. DOB written '2 March 2046'. Concern: both parents' drug use -> "
        "substance_misuse. Court numbers are not case ids.",
        not_children=["Sarah Lemon"])


# ============================================================================ self-checks
BANNED = ["urgent", "immediate", "immediately", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
          "asap", "at risk"]
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
               "young_carer", "disability_send"}
# REQUIREMENTS.md's matrix (`children` is required for every step_up and step_down); Knowsley step-downs by level
# (no level stated -> level 3); Herefordshire's step_up is not defined.
REQ = {
    ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                    "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}
DEFINED = {(a, k) for a, k, _l in REQ}
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}
# what the README states, recomputed by the checks
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (6, 6), "knowsley_05.eml": (5, 6),
                   "knowsley_07.eml": (4, 5)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_07.eml"]
CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    return None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d|blockquote|hr)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def readable(msg):
    """Everything a reader of the mail can read: subject, sender and recipients, every text part (HTML as text),
    calendar text, attachment names and the text of every PDF and .docx."""
    out = [str(msg["Subject"] or ""), str(msg["From"] or ""), str(msg["To"] or ""), str(msg["Cc"] or "")]
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
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return re.sub(r"\s+", " ", "\n".join(out))

def third_party_read(msg):
    """Read the attachments again with pypdf / python-docx when they are installed (the venv); else None."""
    try:
        from pypdf import PdfReader
        import docx
    except ImportError:
        return None
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct, payload = part.get_content_type(), part.get_payload(decode=True)
        if ct == "application/pdf":
            out += [p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages]
        elif ct == DOCX:
            out += [p.text for p in docx.Document(io.BytesIO(payload)).paragraphs]
    return re.sub(r"\s+", " ", "\n".join(out))

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

def banned_hits(msg):
    text = readable(msg).lower()
    return [w for w in BANNED if w in text]

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"} or not lab["why"]: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                  "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
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
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r has no case-system form" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice null, "
                                                                                        "meeting_details missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS or meeting <= now.date(): err("meeting date")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice only for Knowsley step requests")
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
    ld = d.astimezone(LON)
    if not (WINDOW[0] <= ld.date() <= WINDOW[1]): err("Date outside the window")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if d.utcoffset() != ld.utcoffset() or not msg["Date"].strip().endswith("+0100"): err("Date offset")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if (msg["Auto-Submitted"] is not None) != (e["kind"] == "auto_reply"): err("Auto-Submitted vs kind")
    subj = str(msg["Subject"])
    has_ref = bool(re.search(r"\[SB-%s-\d+\]" % a, subj))
    if (e["kind"] == "follow_up" and not has_ref) or (e["kind"] in ("step_up", "step_down", "other") and has_ref):
        err("[SB-] reference: required on a follow_up, never on a new request or other mail")
    cals = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if (e["kind"] == "meeting_reply") != ("REPLY" in cals): err("iTIP REPLY vs meeting_reply")
    text = readable(msg)
    for y in re.findall(r"\b(2\d{3})\b", text):
        if int(y) > YEAR: err("a year after %d in the text: %s" % (YEAR, y))
    tp = third_party_read(msg)
    if tp is not None:
        for part in msg.walk():
            if part.get_content_type() in ("application/pdf", DOCX):
                mine = pdf_text(part.get_payload(decode=True)) if part.get_content_type() == "application/pdf" \
                    else docx_text(part.get_payload(decode=True))
                words = re.findall(r"[A-Za-z]{5,}", mine)
                if words and not all(w in tp for w in words[:40]): err("attachment text differs under pypdf/docx")
    metas = {c["name"]: c for c in META[f]["children"]}
    pos = []
    for c in e["children"]:
        mc = metas[c["name"]]
        if c["name"] not in text: err("child %s not in text" % c["name"])
        pos.append(text.find(c["name"]))
        if mc["_w"]:
            if mc["_w"] not in text: err("dob as written %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("dob %r parses to %s" % (mc["_w"], parse_dob(mc["_w"])))
            if not (age_years(date.fromisoformat(c["dob"]), now.date()) < 18 and c["dob"] < now.date().isoformat()):
                err("%s is not a child at now" % c["name"])
    if pos != sorted(pos): err("children not in order of first appearance")
    cpos = [text.find(c) for c in e["case_ids"]]
    if -1 in cpos: err("case id not in text")
    if cpos != sorted(cpos): err("case ids not in order of appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled" % name)
    if e["urgent"]:
        hits = banned_hits(msg)
        if hits: err("banned words in an urgent mail: %s" % hits)
        if not META[f]["telling"]: err("urgent mail without a recorded telling")
    return errors

def set_checks():
    errors = []
    # the window and the calendar, checked with Python
    if not (EASTER == date(YEAR, 3, 29) and WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 2
            and WINDOW[0] == EASTER + timedelta(days=15)):
        errors.append("set: Easter 2054 is Sunday 29 March; the summer term runs Monday 13 April (after the two "
                      "Easter holiday weeks) to Wednesday 22 July")
    inside = {d: n for d, n in BANK_HOLIDAYS.items() if WINDOW[0] <= d <= WINDOW[1]}
    if inside != IN_WINDOW_BH:
        errors.append("set: bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW_BH))
    if not (BST[0].date() == last_sunday(YEAR, 3) and BST[1].date() == last_sunday(YEAR, 10)):
        errors.append("set: BST runs from the last Sunday of March to the last Sunday of October")
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
        d += timedelta(days=1)
    try:
        import holidays
        pkg = holidays.country_holidays("GB", subdiv="ENG", years=[YEAR])
        ref = {x for x in pkg if x.weekday() < 5}
        if ref != set(BANK_HOLIDAYS):
            errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ set(BANK_HOLIDAYS)))
    except ImportError:
        pass
    # counts
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if len(FILES) != 40 or tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: %d files, categories %s (expected %s)" % (len(FILES), tot, CAT_EXPECTED))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        n = sum(1 for l in LABELS if l["authority"] == a)
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if n != 8 or names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("set: %s needs files _01 to _08, has %s" % (a, names))
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        errors.append("set: every kind must be present")
    counts = {f: (working_days(datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date(), META[f]["meeting"]),
                  plain_weekdays(datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date(), META[f]["meeting"]))
              for f in META if META[f]["meeting"]}
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f, (wd, pw) in counts.items() if (wd >= 5) != (pw >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: decisive counts %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    crossed = {h for f in decisive for h in BANK_HOLIDAYS
               if datetime.fromisoformat(_lab(f)["now"]).date() < h <= META[f]["meeting"]}
    if crossed != set(IN_WINDOW_BH):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    tellings = [META[f]["telling"] for f in META if CATS[f] == "urgent"]
    if len(set(tellings)) < 10:
        errors.append("set: urgent tellings are not varied enough: %s" % tellings)
    return errors

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def run_checks():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    return errors + set_checks()

def stats():
    from collections import Counter
    out = []
    for field in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        out.append("%s: %s" % (field, dict(Counter(str(l["expect"][field]) for l in LABELS))))
    out.append("mailbox: %s" % dict(Counter(l["mailbox"] for l in LABELS)))
    for f in sorted(META):
        if META[f]["meeting"]:
            today = datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()
            out.append("%s: %s -> %s: %d WD, %d plain weekdays" % (f, today, META[f]["meeting"],
                       working_days(today, META[f]["meeting"]), plain_weekdays(today, META[f]["meeting"])))
    for f in sorted(META):
        if CATS[f] == "urgent":
            out.append("urgent %s: %s" % (f, META[f]["telling"]))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d", name):
            fn()
    errors = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    # re-read what was written: every file parses and matches the bytes in memory
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        assert raw == FILES[f] and email.message_from_bytes(raw, policy=email.policy.default)["Date"], f
    if "--stats" in sys.argv:
        print(stats())
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    print("wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
