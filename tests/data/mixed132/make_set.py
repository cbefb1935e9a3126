#!/usr/bin/env python3
"""mixed132: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2044 (Thursday 1 September - Tuesday 20 December 2044), in minutes and notes of meetings sent
to the inbox: Team Around the Family reviews, core groups, professionals' meetings, strategy discussion notes, child in
need reviews, reflective discussions, MAG reviews and a partnership subgroup, with attendance lists, apologies,
actions tables (who / what / by when), RAG ratings, "any other business" where the one new thing is said, minutes
attached as .docx / .pdf under a one-line covering mail, draft minutes with tracked corrections (w:ins / w:del) and a
meeting chair's summary.

Deterministic: no clock, no randomness. Boundaries, Message-IDs and calendar UIDs come from sha1 of the file name;
.docx zips have fixed timestamps; PDFs are hand-built PDF 1.4 text pages. Everything is built with the standard
library. Run with any Python 3.9+ (`python3 make_set.py`); when the `holidays` package is importable (e.g.
/work/main/.venv/bin/python) the bank-holiday list is also compared with it, and when `pypdf` is importable the PDFs are
also read back with it. The script checks everything first and writes nothing if any check fails.
`--stats` prints the tallies and the Knowsley notice table.
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

# ----------------------------------------------------------------------------- the calendar
WINDOW = (date(2044, 9, 1), date(2044, 12, 20))       # Thursday 1 September - Tuesday 20 December 2044
# England & Wales bank holidays 2044 (gov.uk rules; checked against the `holidays` package when it is installed).
BANK_HOLIDAYS = {date(2044, 1, 1),                                                # New Year's Day (a Friday)
                 date(2044, 4, 15), date(2044, 4, 18),                            # Good Friday, Easter Monday
                 date(2044, 5, 2), date(2044, 5, 30),                             # Early May, Spring
                 date(2044, 8, 29),                                               # Late Summer (before the window)
                 date(2044, 12, 26), date(2044, 12, 27),                          # Boxing Day; Christmas substitute
                 date(2045, 1, 2)}                                                # New Year substitute (Sun 1 Jan 2045)
CHRISTMAS_DAY = date(2044, 12, 25)                                                # a Sunday: not a weekday anyway
BST_END = datetime(2044, 10, 30, 1, 0, tzinfo=UTC)                                # last Sunday of October, 01:00 UTC


def working_days_after(today, until):
    """Working days d with today < d <= until (DESIGN: notice arithmetic)."""
    n, d = 0, today
    while d < until:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def plain_weekdays_after(today, until):
    n, d = 0, today
    while d < until:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return n


# ----------------------------------------------------------------------------- MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Local (Europe/London) wall-clock time; the offset (+0100 until Sun 30 Oct 2044, then +0000) follows."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, email_):
    if name is None:
        return email_
    if re.search(r'[,.;:@()"\']', name):
        name = '"%s"' % name.replace('"', '')
    return "%s <%s>" % (name, email_)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset):
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
    else:                                   # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
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

def build(top, root, crlf=True):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                       # every message is 7-bit on the wire
    if crlf:
        s = s.replace("\n", "\r\n")
    return s.encode("ascii")


def outlook_top(f, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Re|Fwd): ", "", subject))),
          ("Thread-Index", thread_index(f)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(f, "CWXP265MB4471.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")]
    return h + (extra or [])

def plain_top(f, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])


def html_of(text, font="Calibri"):
    paras = text.split("\n\n")
    out = ['<p class="MsoNormal">%s</p>' % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n"))
           for p in paras]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def table_html(rows, shade_first=True, colours=None):
    """A bordered HTML table; colours maps a cell text to a background colour (RAG cells)."""
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial,'
           'sans-serif;font-size:10pt">']
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            style = ""
            if i == 0 and shade_first:
                style = "background:#D9E2F3;font-weight:bold;"
            elif colours and c in colours:
                style = "background:%s;" % colours[c]
            out.append('<td valign="top" style="%s">%s</td>' % (style, html.escape(c, quote=False).replace("\n", "<br>")))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)

def blocks_html(blocks, font="Calibri"):
    """blocks: strings (paragraphs, '\n' = <br>) or ('table', rows) or ('h', heading)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
           '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style></head>\n'
           '<body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n' % font]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append(table_html(b[1], colours=b[2] if len(b) > 2 else None))
        elif isinstance(b, tuple) and b[0] == "h":
            out.append('<p class="MsoNormal"><b>%s</b></p>' % html.escape(b[1], quote=False))
        elif b == "":
            out.append('<p class="MsoNormal">&nbsp;</p>')
        else:
            out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(html.escape(l, quote=False) for l in b.split("\n")))
    out.append("</div></body></html>\n")
    return "\n".join(out)

def blocks_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += ["\t".join(c.replace("\n", " ") for c in r) for r in b[1]]
            out.append("")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(b[1])
        else:
            out.append(b)
    return "\n".join(out) + "\n"


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks are 'text ' + newline."""
    out = []
    for logical in text.split("\n"):
        words, cur, phys = logical.split(" "), "", []
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
        body = qp(body, "utf-8")
    else:
        body.encode("ascii")
    return Part(h, body)


# ----------------------------------------------------------------------------- documents
def make_pdf(title, lines):
    """Hand-built PDF 1.4 (Helvetica, WinAnsi), one or more pages of wrapped text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 112:
            cut = l.rfind(" ", 0, 112)
            cut = cut if cut > 0 else 112
            wrapped.append(l[:cut]); l = "    " + l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 62] for i in range(0, len(wrapped), 62)]
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for pg in pages:
        content = "BT\n/F1 9 Tf\n12.5 TL\n45 805 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objs.append(b"<< /Title (%s) /Producer (Microsoft\\256 Word for Microsoft 365) >>" % esc(title).encode("cp1252"))
    info = len(objs)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return out

def pdf_text(data):
    """The text of a PDF made by make_pdf (every '(...) '' string of every content stream)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
            t = s.group(1).decode("cp1252")
            out.append(re.sub(r"\\(.)", r"\1", t))
    return "\n".join(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=(), author="Word User"):
    """paras: strings ('# ' = Heading 1) or lists of segments (kind, text, author, iso-date) with kind 'n' (plain),
    'ins' (tracked insertion) or 'del' (tracked deletion). tables: lists of rows of cell strings; a table is placed
    where a paragraph equals ('TABLE', n)."""
    rid = [0]
    def run(t, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return '<w:r><%s xml:space="preserve">%s</%s></w:r>' % (tag, html.escape(t, quote=False), tag)
    def seg(s):
        if isinstance(s, str):
            return run(s)
        kind, text = s[0], s[1]
        if kind == "n":
            return run(text)
        rid[0] += 1
        a, d = (s[2] if len(s) > 2 else author), (s[3] if len(s) > 3 else "2044-01-01T00:00:00Z")
        tag = "w:ins" if kind == "ins" else "w:del"
        return '<%s w:id="%d" w:author="%s" w:date="%s">%s</%s>' % (tag, rid[0], html.escape(a), d,
                                                                   run(text, kind == "del"), tag)
    def para(p):
        if isinstance(p, str) and p.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(p[2:])
        if isinstance(p, str):
            return "<w:p>%s</w:p>" % run(p)
        return "<w:p>%s</w:p>" % "".join(seg(s) for s in p)
    def table(rows):
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>")
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "TABLE":
            body.append(table(tables[p[1]]))
        else:
            body.append(para(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2044, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_texts(data):
    """(accepted text, deleted text) of a .docx made by make_docx."""
    W = "{%s}" % W_NS
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    acc, dele = [], []
    for p in root.iter(W + "p"):
        acc.append("".join(e.text or "" for e in p.iter(W + "t")))
        dele.append("".join(e.text or "" for e in p.iter(W + "delText")))
    return "\n".join(acc), "\n".join(d for d in dele if d)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=(), author="Word User"):
    return binary_part(DOCX, filename, make_docx(paras, tables, author))


# ----------------------------------------------------------------------------- message builders
def mail(f, top, body, atts=(), html_alt=False, cte="quoted-printable", charset="utf-8"):
    t = text_part(body, cte=cte, charset=charset)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html", charset=charset)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root)

def blocks_mail(f, top, blocks, atts=(), plain_twin=True):
    h = text_part(blocks_html(blocks), "html")
    body = multipart("alternative", [text_part(blocks_text(blocks)), h], bnd(f, 2)) if plain_twin else h
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root)

def html_only_mail(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root)

def unwrap(text):
    """Join the hard-wrapped lines of a paragraph (a phone keyboard never wraps): a line is joined to the one before
    when it starts with a lower-case letter or two spaces (a list item's continuation)."""
    out = []
    for line in text.split("\n"):
        if out and out[-1] and line and (line[0].islower() or line.startswith("  ")):
            out[-1] = out[-1] + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)

def iphone_mail(f, top, text, atts=()):
    t = flowed_part(unwrap(text))
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, crlf=False)

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

def outlook_reply_ics(f, when, attendee, organizer, partstat, summary, start, end, location, comment=None):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
         "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "UID:040000008200E00074C5B7101A82E008000000%s" % sha(f, "uid").upper(),
          "ORGANIZER;CN=%s:mailto:%s" % organizer, "CLASS:PUBLIC", "PRIORITY:5",
          "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE", "SEQUENCE:0",
          "LOCATION;LANGUAGE=en-GB:" + ics_escape(location), "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

def outlook_itip_reply(f, when, attendee, organizer, partstat, summary, start, end, location, comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_reply_ics(f, when, attendee, organizer, partstat, summary, start, end, location, comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    body = (comment + "\n") if comment else "\n"
    root = multipart("alternative", [text_part(body), text_part(html_of(body), "html"), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(*attendee), addr(*organizer), "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root)

def google_itip_reply(f, when, attendee, organizer, partstat, summary, start_utc, end_utc, location, human_when,
                      comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT:" + ics_escape(comment))
    L += ["CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n" % (attendee[0], verb)
    if comment:
        text += '%s replied: "%s"\n\n' % (attendee[0], comment)
    text += "%s\nWhen: %s\nWhere: %s\n\nInvitation from Google Calendar\n" % (summary, human_when, location)
    alt = multipart("alternative", [text_part(text), text_part(html_of(text), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "7bit")], cal)], bnd(f, 2))
    att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, att], bnd(f, 1))
    top = plain_top(f, addr(*attendee), addr(*organizer), "%s: %s @ %s" % (word, summary, human_when), when,
                    "google.com", extra=[("Reply-To", addr(*attendee))])
    return build(top, root)

def quote_outlook(frm, sent, to, subject, text, cc=None):
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def gt_quote(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack(kind_word, ref, lines, missing=()):
    """stepbot's acknowledgement, as it reads when quoted under a reply."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"


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
MB = MAILBOXES

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked against `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, adults=(), variant=None, reference=None):
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
    META[fname] = {"when": when, "meeting": meeting, "children": children, "adults": list(adults),
                   "variant": variant, "reference": reference}


KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have received "
         "it in error please tell the sender and delete it.")

# ============================================================================= KNOWSLEY
def knowsley():
    A = "knowsley"

    # ---- knowsley_01: complete step-up, TAF review minutes + GCP2 attached, 6 WD notice --------------------------
    f = "knowsley_01.eml"
    blocks = [
        "Good morning,",
        "Please find attached the step up request for Tia and Mason Doran, together with the minutes of the TAF review "
        "held on 12 October 2044 and the Graded Care Profile 2 I completed with mum on 5 October.",
        ("table", [["", ""],
                   ["Case ID on EHM", "EHM-63418"],
                   ["Children", "Tia Doran (DOB 14/02/2035)\nMason Doran (DOB 30/07/2039)"],
                   ["Step up TAF meeting", "Wednesday 26 October 2044, 10:00-11:30, Microsoft Teams (invite sent to "
                                           "Knowsley MASH and MASH business support)"],
                   ["Management oversight", "My team manager, Paula Kenwright, discussed the step up with me in "
                                            "supervision on 14/10/2044 and agreed it."]]),
        "In short: after nine months at Level 3 the home conditions have not improved (the GCP2 scores 4 for physical "
        "care and 4 for safety), Mason has had two teeth extracted under general anaesthetic and has missed two "
        "follow-up appointments, and Tia's attendance is 81% this term. The TAF review on 12/10 agreed that I should "
        "request a step up; the actions table in the minutes shows what has and has not been done.",
        "Mum (Kerry) is aware that the TAF will be asked to consider a step up.",
        "Kind regards,",
        "Lorna Baines\nFamily First Case Manager | Family First 0-18 | Knowsley Council\n0151 496 0732",
        KDISC,
    ]
    form = docx_att("FF Step Up Request Form - Doran.docx", [
        "# FF Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-63418",
        "Child(ren): Tia Doran 14/02/2035; Mason Doran 30/07/2039",
        "Lead Practitioner: Lorna Baines, Family First Case Manager",
        "Date of step up TAF meeting: 26/10/2044 10:00 (Teams)",
        "Recent TAF meeting minutes attached: Yes (12/10/2044)",
        "What are we worried about? Home conditions remain poor despite support: no working fridge since August, "
        "dog faeces in the kitchen at three of the last five visits, children's beds without bedding. Mason's dental "
        "neglect. Tia's attendance 81%.",
        "What's working well? Mum attends TAF meetings and is open about how she is finding things. Tia is close to "
        "her nan, who takes her to school two days a week.",
        "What needs to happen? A Child and Family Assessment; the family need a statutory plan to make the changes "
        "Level 3 support has not achieved.",
        "Graded Care profile (If neglect should be completed): completed 05/10/2044, attached.",
        "Agreement by line manager: Paula Kenwright, Team Manager, 14/10/2044 - agreed.",
        "Contingency plan: FF case manager to continue weekly visits until the step up TAF meeting.",
    ])
    minutes = pdf_att("TAF review minutes 12.10.44 - Doran.pdf", "Team Around the Family review - minutes", [
        "Family: Doran    EHM: EHM-63418    Date: 12/10/2044 13:30    Venue: Huyton Family Hub",
        "Chair: Lorna Baines (Family First Case Manager)    Minutes: Lorna Baines",
        "",
        "ATTENDANCE",
        "Kerry Doran - mum",
        "Lorna Baines - Family First Case Manager (chair)",
        "Jean Ashworth - Designated Safeguarding Lead, Halewood Park Primary",
        "Sandra Petrie - Health Visitor (for Mason)",
        "APOLOGIES",
        "Dental practice (letter received); Housing officer",
        "",
        "1. Review of actions from 24/08/2044",
        "Fridge replacement (Lorna, by 07/09) - grant refused, re-applied 30/09. Dental follow-up (mum, by 14/09) -",
        "not attended. Attendance meeting (school, by 21/09) - held, attendance 81%.",
        "",
        "2. RAG rating (agreed by the TAF)",
        "Home conditions - RED. Health (dental) - RED. School attendance - AMBER. Relationships - GREEN.",
        "",
        "3. Actions",
        "WHO            | WHAT                                              | BY WHEN",
        "Lorna Baines   | Step up request to MASH with GCP2 and minutes     | 19/10/2044",
        "Kerry Doran    | Book Mason's dental follow-up                     | 21/10/2044",
        "Jean Ashworth  | Attendance support plan for Tia                   | 21/10/2044",
        "Sandra Petrie  | Home visit with mum re Mason's weight and teeth   | 20/10/2044",
        "",
        "4. Any other business",
        "None.",
        "",
        "Next meeting: the step up TAF meeting (date to be confirmed with MASH).",
    ])
    gcp = pdf_att("GCP2 summary - Doran Oct 2044.pdf", "Graded Care Profile 2 - summary of scores", [
        "Completed by: Lorna Baines with Kerry Doran, 05/10/2044. Children: Tia and Mason Doran.",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene): 4",
        "Area 2 Care of safety: 4",
        "Area 3 Love and care: 2",
        "Area 4 Stimulation and education: 3",
        "Overall: the scores at 4 in two areas indicate care that is not meeting the children's needs.",
    ])
    top = outlook_top(f, addr("Baines, Lorna", "lorna.baines@knowsley.gov.uk"), MB[(A, "mash_step_up")],
                      "Step up request - EHM-63418 - Doran children - TAF Weds 26/10 10am", "2044-10-18 10:12",
                      cc="Mash.Businesssupport@knowsley.gov.uk")
    add(f, blocks_mail(f, top, blocks, [form, minutes, gcp]), A, "mash_step_up", "2044-10-18 10:12", 4, "ordinary",
        "step_up", False, None, ["EHM-63418"],
        [ch("Tia Doran", "2035-02-14", "14/02/2035"), ch("Mason Doran", "2039-07-30", "30/07/2039")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up: Appendix 1 form, TAF review minutes (attendance, apologies, RAG, actions table, "
        "AOB 'None') and GCP2 for neglect; EHM id; TM agreed in supervision. Tue 18 Oct -> Wed 26 Oct 2044 is 6 WD "
        "(>= 5) so notice ok -> book_meeting. 'Mum is aware' is not consent (null); attendance 81% is a concern.",
        meeting=date(2044, 10, 26), variant="Outlook HTML + plain twin, table, .docx form + two PDFs")

    # ---- knowsley_02: one-line covering mail; notice across Christmas, decisive -------------------------------
    f = "knowsley_02.eml"
    body = ("Hi, step up request for the Rimmer boys attached with last week's TAF minutes. Meeting is Weds 28/12 at "
            "10am on Teams, invite to follow. Gareth (TM) has agreed it. Sorry it's tight with Christmas.\n"
            "Dee\n\nDee Halligan | Family First Case Manager | Knowsley Council | 0151 496 0588\n\nSent from my iPhone")
    form = docx_att("Step Up Request Form - Rimmer.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-64102",
        "Children: Jake Rimmer, DOB 03/05/2033; Lewis Rimmer, DOB 19/11/2036",
        "Lead Practitioner: Dee Halligan (Family First 0-18)",
        "Reason for step up: non-engagement. Mum (Leanne Rimmer) has cancelled or not been in for 9 of the last 12 "
        "planned visits and did not attend the last two TAF meetings. Lewis's attendance is 68%.",
        "Engaging Families Toolkit - Signs of Well-being Family Engagement Tool: completed 29/11/2044. It shows low "
        "engagement across all four domains; we have tried visits at different times, a named worker mum chose, "
        "texts the day before and meeting at nan's house. Mum says she 'doesn't see the point'.",
        "What are we worried about? Lewis is not in school most Mondays and Fridays; nobody has been inside the "
        "home since September; Jake (11) says he makes tea for Lewis most nights.",
        "What's working well? Both boys are warm and chatty with staff; school report no injuries or hunger.",
        "What needs to happen? Step up TAF meeting to consider a Child and Family Assessment.",
        "Agreement by line manager: Gareth Lowry, Team Manager, 16/12/2044 - agreed.",
        "Date of step up TAF meeting: 28/12/2044 10:00 (Teams)",
    ])
    minutes = pdf_att("TAF minutes 13.12.2044 - Rimmer.pdf", "TAF meeting - minutes (Rimmer)", [
        "Date: 13/12/2044 10:00, Prescot Family Hub. Chair: Dee Halligan. EHM-64102.",
        "Present: Dee Halligan (FF case manager), Mr Alan Fogarty (Head of Year, Prescot High), Mrs Ruth Cain "
        "(attendance officer, St Luke's Primary).",
        "Apologies: Leanne Rimmer (mum) - did not attend, no message. School nurse.",
        "Attendance: Jake 90% (GREEN), Lewis 68% (RED). Engagement with plan: RED.",
        "Actions: Dee Halligan - step up request and Engaging Families toolkit to MASH - by 20/12/2044.",
        "Ruth Cain - home visit with the education welfare officer - by 16/12/2044.",
        "AOB: none.",
    ])
    top = plain_top(f, addr("Dee Halligan", "dee.halligan@knowsley.gov.uk"), MB[(A, "mash_step_up")],
                    "Step up - Rimmer - EHM-64102", "2044-12-20 14:05", "knowsley.gov.uk", "iPhone Mail (23A341)",
                    cc="Mash.Businesssupport@knowsley.gov.uk")
    add(f, iphone_mail(f, top, body, [form, minutes]), A, "mash_step_up", "2044-12-20 14:05", 4, "ordinary",
        "step_up", False, None, ["EHM-64102"],
        [ch("Jake Rimmer", "2033-05-03", "03/05/2033"), ch("Lewis Rimmer", "2036-11-19", "19/11/2036")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "One-line covering mail (iPhone, format=flowed) with the form and TAF minutes attached; non-engagement with "
        "the Engaging Families toolkit in the form, TM agreed, EHM id. NOTICE DECISIVE ACROSS CHRISTMAS: from Tue 20 "
        "Dec 'Weds 28/12' is 6 plain weekdays but only 4 WD (21, 22, 23, 28; Mon 26 Boxing Day and Tue 27 the "
        "Christmas Day substitute are bank holidays) -> notice not ok -> request_info.",
        meeting=date(2044, 12, 28), variant="iPhone format=flowed one-liner + .docx + PDF")

    # ---- knowsley_03: URGENT - the new thing is in AOB of the attached minutes --------------------------------
    f = "knowsley_03.eml"
    body = ("Hello,\n\nAttached are the minutes from this morning's TAF for Ava Kershaw (Family First, EHM-62977).\n\n"
            "I tried the MASH line at 12.30 but was held in the queue, so I'm sending these as well. Please read the "
            "last section (AOB) before anything else - it came up as we were finishing and I don't think it can wait "
            "for the next review. Ava is with us until 3.15.\n\n"
            "I'm in school all afternoon on 0151 496 0215.\n\n"
            "Siobhan Keegan\nDesignated Safeguarding Lead\nSt Mary's Catholic Primary School, Prescot\n")
    minutes = pdf_att("TAF review minutes 10.11.44 - Ava Kershaw.pdf", "Team Around the Family review - minutes", [
        "Child: Ava Kershaw    DOB: 21/06/2036    EHM-62977",
        "Date: 10/11/2044 09:30    Venue: St Mary's Catholic Primary School, Prescot",
        "Chair: Farid Quayle (Family First Case Manager)    Minutes: Siobhan Keegan",
        "",
        "Present: Farid Quayle (FF case manager); Jodie Kershaw (mum) - left at 10:40 for work; Siobhan Keegan",
        "(DSL); Tom Reddy (class teacher).    Apologies: Kath Lunt (school nurse).",
        "",
        "1. Actions from last TAF (06/10/2044)",
        "Housing transfer form (mum) - done. Counselling referral for mum (Farid) - accepted, starts 21/11.",
        "After-school club place for Ava (school) - started 17/10, going well.",
        "",
        "2. RAG",
        "Attendance 91% - GREEN. Emotional wellbeing - AMBER. Home/housing - AMBER.",
        "",
        "3. Actions",
        "WHO           | WHAT                                   | BY WHEN",
        "Farid Quayle  | Chase housing banding decision          | 17/11/2044",
        "Jodie Kershaw | Attend first counselling appointment    | 21/11/2044",
        "Tom Reddy     | Weekly check-in with Ava                | ongoing",
        "",
        "4. AOB (after mum had left)",
        "At 10:55 Ava asked to speak to Mr Reddy. She said: 'Carl is living at ours again. He pushed mum down",
        "the stairs on Tuesday and he said if I tell anyone he'll put me in the bath and hold me under.'",
        "Carl Mercer is mum's ex-partner; the TAF plan records that he is not to live at the address or have",
        "contact with Ava. Ava has a fingertip-shaped bruise on her left upper arm; she says Carl grabbed her when she",
        "tried to help mum. Ava says Carl collects her from school on Thursdays while mum is at work. Today is",
        "Thursday and mum is at work until 6pm.",
        "Agreed: DSL to contact MASH straight away and send these minutes.",
        "",
        "Next TAF review: 08/12/2044 09:30.",
    ])
    top = plain_top(f, addr("Siobhan Keegan", "s.keegan@stmarysprescot.example.org"), MB[(A, "mash_step_up")],
                    "TAF minutes 10.11.44 - Ava Kershaw - please read AOB", "2044-11-10 12:48", "mail.gmail.com",
                    cc=addr("Farid Quayle", "farid.quayle@knowsley.gov.uk"))
    add(f, mail(f, top, body, [minutes], html_alt=True), A, "mash_step_up", "2044-11-10 12:48", 3, "urgent",
        "other", True, None, ["EHM-62977"], [ch("Ava Kershaw", "2036-06-21", "21/06/2036")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, told only in the attached PDF minutes' AOB (the covering mail is hedged: 'I don't think it can wait'): "
        "an 8-year-old says mum's ex-partner, barred from the address, is living there again, pushed mum down the "
        "stairs, threatened to hold her under in the bath, bruised her arm, and collects her from school today "
        "(Thursday) -> alert_duty. A school DSL sharing minutes, not a step-up request: kind other.",
        variant="Gmail-style multipart/alternative + PDF; the risk only in the attachment")

    # ---- knowsley_04: NEAR MISS - level 3 step-down; historic DV and ended CP plan; exactly 5 WD across BST end --
    f = "knowsley_04.eml"
    body = T("""
Hi Duty,

Following the CIN review on 20/10 (minutes attached) I am stepping Kayla down to Family First at Level 3.

Final CIN meeting: Thursday 3rd November 2044 at 2pm, Kirkby Family Hub (Room 2).
Child: Kayla Prior, DOB 09/01/2033, ICS-1533086.
Consent: mum (Shannon Prior) gave her consent to the referral to Family First at the CIN review and signed the
consent form on 20/10/2044.

What are we worried about?
Mum's anxiety and low mood have improved with Talking Therapies but she still struggles with mornings, and
Kayla's attendance is 86% (late most Mondays). Kayla is isolated at school since her friendship group split.

What is working well?
Mum and Kayla have a warm relationship; mum engages with every appointment; Kayla goes to the youth club at
St Chad's twice a week and has a mentor at school.

What needs to happen?
Family First to support mum with routines and Kayla's attendance; school mentor to continue; review at the first
TAF in six weeks.

Background, for whoever picks this up: Kayla was on a child protection plan for 14 months (2041-2042) under the
category of emotional abuse, after domestic abuse by her father. Dad, Wayne Prior, was convicted in 2042 and is
serving a long sentence; a restraining order prohibits any contact until 2049. There has been no contact, and
there are no current concerns about domestic abuse. The CIN review on 20/10 rated every area green apart from
attendance (amber).

Thanks,
Ruth Gorman
Social Worker, CIN Team 2, Children's Social Care, Knowsley Council
0151 496 0377
""")
    minutes = pdf_att("CIN Review Minutes 20.10.2044 - Kayla Prior.pdf", "Child in Need review - minutes", [
        "Child: Kayla Prior (ICS-1533086)    Date: 20/10/2044 14:00    Venue: Kirkby Family Hub",
        "Chair: Ruth Gorman (Social Worker)",
        "Present: Shannon Prior (mum); Ruth Gorman (SW); Mr Paul Devine (Head of Year 6/7 transition, All Saints);",
        "Jo Birtwistle (Talking Therapies, for mum, first 20 minutes).    Apologies: GP.",
        "",
        "Progress against the CIN plan",
        "Emotional wellbeing - GREEN. Home conditions - GREEN. Mum's mental health - GREEN (improving).",
        "Attendance - AMBER (86%).",
        "",
        "Historic information (for the record): CP plan 2041-2042, emotional abuse; father convicted 2042,",
        "restraining order in place until 2049; no contact since. No current concerns about domestic abuse.",
        "",
        "Decision: CIN plan to end at the final CIN meeting; step down to Family First Level 3.",
        "Mum consented to the referral to Family First and signed the consent form today.",
        "",
        "Actions",
        "WHO           | WHAT                                         | BY WHEN",
        "Ruth Gorman   | Email Family First duty with final CIN date  | 27/10/2044",
        "Shannon Prior | Morning routine plan with school             | 03/11/2044",
        "Paul Devine   | Mentor sessions to continue                  | ongoing",
        "",
        "AOB: none.",
    ])
    top = plain_top(f, addr("Gorman, Ruth", "ruth.gorman@knowsley.gov.uk"), MB[(A, "early_help_duty")],
                    "Step down to Family First (Level 3) - Kayla Prior ICS-1533086 - final CIN 03/11",
                    "2044-10-27 15:30", "knowsley.gov.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [minutes]), A, "early_help_duty", "2044-10-27 15:30", 6, "near_miss",
        "step_down", False, 3, ["ICS-1533086"], [ch("Kayla Prior", "2033-01-09", "09/01/2033")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS: the CP plan (2041-2042), the father's domestic abuse, conviction and restraining order are "
        "historic and negated ('no current concerns about domestic abuse') - not urgent, and not labelled as a "
        "concern. Complete Level 3 step-down: date, time and venue, three Signs of Safety headings, consent given. "
        "Notice EXACTLY 5 WD: Thu 27 Oct (BST, +01:00) -> Thu 3 Nov (GMT): 28, 31, 1, 2, 3 -> ok -> book_meeting.",
        meeting=date(2044, 11, 3), variant="plain text quoted-printable + PDF minutes")

    # ---- knowsley_05: NEAR MISS - practice learning forum notes with an anonymised case example -------------------
    f = "knowsley_05.eml"
    notes = [
        ("h", "Knowsley Safeguarding Children Partnership - Practice Learning Forum"),
        "Notes of the meeting held on Tuesday 13 September 2044, 13:00-15:00, Nutgrove Villa and Teams",
        ("h", "Attendance"),
        ("table", [["Name", "Agency / role"],
                   ["Gwen Holloway (chair)", "Head of Service, CIN and CP"],
                   ["Hamish Ibbot", "Head of Service, Early Help"],
                   ["Corinne Oduya", "MASH Team Manager"],
                   ["Elinor Marsh", "Family First Duty Team Manager"],
                   ["DS Karl Openshaw", "Merseyside Police, Public Protection"],
                   ["Nadia Farooq", "Designated Nurse, Knowsley Place"]]),
        "Apologies: Education Safeguarding Lead; Youth Justice Service.",
        ("h", "1. Learning from the 2041 rapid review ('Child J') - for training use only"),
        "The forum used the anonymised case of Child J (then aged 5) from the 2041 rapid review to test the step-up "
        "pathway. In that case a nursery reported J arriving hungry and in the same clothes for a week; the family "
        "were at Level 3; the step-up TAF meeting was not held until 11 working days after the worry was first "
        "raised, and J was later found at home alone overnight. The review's learning: an immediate worry goes "
        "straight to the MASH duty team by phone and never waits for a TAF date. This is a closed case from 2041 "
        "and is used with the family's identity removed.",
        ("h", "2. Step-up TAF meetings - audit of July and August"),
        "14 step-up requests; 11 gave at least 5 working days' notice; 3 did not attach the TAF minutes; 2 neglect "
        "cases had no GCP2. RAG for compliance: AMBER.",
        ("h", "3. Actions"),
        ("table", [["Who", "What", "By when", "RAG"],
                   ["Elinor Marsh", "Remind Family First staff: minutes and GCP2 go with every step-up", "30/09/2044", "AMBER"],
                   ["Corinne Oduya", "Re-circulate the 7-minute briefing on step-up and step-down", "30/09/2044", "GREEN"],
                   ["KSCP business unit", "Add Child J learning to the October multi-agency training", "31/10/2044", "GREEN"]],
         {"AMBER": "#FFC000", "GREEN": "#92D050", "RED": "#FF0000"}),
        ("h", "4. Any other business"),
        "None. Next forum: Tuesday 8 November 2044, 13:00.",
        "These notes are for learning and are not about any current child or family. Please do not reply to this "
        "address.",
    ]
    top = plain_top(f, addr("KSCP Practice Learning", "practice.learning@knowsleyscp.example.org"),
                    MB[(A, "mash_step_up")], "Notes: Practice Learning Forum 13 September 2044 - step-up TAF meetings",
                    "2044-09-14 16:20", "knowsleyscp.example.org",
                    extra=[("List-Id", "KSCP practice learning <practice-learning.lists.knowsleyscp.example.org>"),
                           ("List-Unsubscribe", "<mailto:practice-learning-unsubscribe@lists.knowsleyscp.example.org>")])
    add(f, blocks_mail(f, top, notes), A, "mash_step_up", "2044-09-14 16:20", 8, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: partnership forum notes (List-Id) using an anonymised 2041 rapid-review case ('Child J', found "
        "home alone) as a training example - a closed historic case, no real child now; attendance, apologies, RAG "
        "and an actions table. Not a request -> other, human_review; no children or concerns labelled.",
        variant="multipart/alternative HTML tables (mailing list)")

    # ---- knowsley_06: NEAR MISS - follow_up bringing draft TAF minutes with tracked corrections --------------------
    f = "knowsley_06.eml"
    acktext = ack("step-up", "[SB-knowsley-5127]",
                  ["Family: Harvey Moss (EHM-63790)", "Step-up TAF meeting: Wednesday 16 November 2044 10:00 (Teams)",
                   "Notice: 8 working days - ok"], ["the minutes of the most recent TAF meeting, attached"])
    body = ("Hi,\n\nApologies - here are the minutes of the TAF review on 3/11 that were missing from my request. "
            "They're still draft because the chair's corrections are tracked (mostly names, and the police update "
            "in AOB, which was wrong in my first version), but MASH business support said draft is fine for now.\n\n"
            "Thanks\nGemma\n\nGemma Stott\nFamily First Case Manager, Knowsley Council\n0151 496 0649\n"
            + quote_outlook("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "04 November 2044 11:02",
                            "Stott, Gemma <gemma.stott@knowsley.gov.uk>",
                            "Step up request received - EHM-63790 [SB-knowsley-5127]", acktext))
    R = "Aled Pryce"
    minutes = docx_att("DRAFT TAF review minutes 03.11.2044 - Harvey Moss.docx", [
        "# DRAFT - TAF review minutes",
        "Child: Harvey Moss, DOB 12/12/2038. EHM-63790.",
        "Date: 03/11/2044 10:00, Whiston Family Hub. Chair: Gemma Stott (Family First).",
        [("n", "Present: Gemma Stott (FF case manager); Lauren Moss (mum); "),
         ("del", "PC Dave Rigby", R, "2044-11-04T16:20:00Z"), ("ins", "PC Dan Rigby", R, "2044-11-04T16:20:00Z"),
         ("n", " (Merseyside Police, domestic abuse unit); Mrs Kate Nolan (Harvey's class teacher).")],
        "Apologies: Health visitor; Women's Aid outreach worker.",
        "Reason for step-up: domestic abuse - police called to the home three times since August; Harvey (5) has "
        "been heard by school saying 'daddy hurts mummy'. Mum has engaged with Women's Aid outreach.",
        "RAG: Home safety - AMBER. Harvey's wellbeing - AMBER. Mum's engagement - GREEN.",
        "Actions: Gemma Stott - step-up request to MASH - 04/11/2044. Lauren Moss - attend Freedom Programme - "
        "from 10/11/2044. Kate Nolan - weekly check-in with Harvey - ongoing.",
        "AOB - police update:",
        [("n", "Dad (Craig Moss) was arrested on 1 November after the latest incident and "),
         ("del", "released on police bail the same evening.", R, "2044-11-04T16:22:00Z"),
         ("ins", "remanded in custody by the magistrates on 2 November; he will not be released before the trial "
                 "in March 2045. Mum and Harvey remain at home; there is a restraining order and no contact is "
                 "permitted.", R, "2044-11-04T16:22:00Z")],
        "Next TAF: the step-up TAF meeting, 16/11/2044.",
    ], author=R)
    top = outlook_top(f, addr("Stott, Gemma", "gemma.stott@knowsley.gov.uk"), MB[(A, "mash_step_up")],
                      "RE: Step up request received - EHM-63790 [SB-knowsley-5127]", "2044-11-07 09:35",
                      reply_to_mid="<SB-knowsley-5127.ack@stepbot.knowsley.gov.uk>")
    add(f, mail(f, top, body, [minutes], html_alt=True), A, "mash_step_up", "2044-11-07 09:35", 5, "near_miss",
        "follow_up", False, None, ["EHM-63790"], [ch("Harvey Moss", "2038-12-12", "12/12/2038")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS (risk already managed): reply to [SB-knowsley-5127] bringing the missing TAF minutes as a draft "
        ".docx with TRACKED CORRECTIONS; the accepted text says dad was remanded in custody until trial with a "
        "restraining order (the deleted text said 'released on police bail') -> not urgent. follow_up -> "
        "attach_to_request; the quoted acknowledgement's 'What is missing' is not a concern.",
        variant="Outlook reply + .docx with w:ins / w:del", reference="SB-knowsley-5127")

    # ---- knowsley_07: URGENT - a DECLINED calendar reply whose comment carries the news -----------------------------
    f = "knowsley_07.eml"
    comment = ("Sorry, I can't do Weds 30th - I'm in clinic all day. Something for today though: school asked me to "
               "look at Leo this morning. He has a purple mark under his left eye and four small round bruises on "
               "the inside of his right arm. He told me 'Ryan squeezed me because I wet the bed' and that Ryan said "
               "he'll 'get it worse tonight'. Ryan is mum's new partner and he is the one picking Leo up at 3.15 "
               "today. I've asked school to ring you as well. Bernie Walsh, School Nurse, 07700 900419")
    data = outlook_itip_reply(f, "2044-11-23 13:20", ("Bernie Walsh", "bernadette.walsh@merseyschoolnursing.example.nhs.uk"),
                              ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"), "DECLINED",
                              "Step-up TAF meeting - Leo Brannigan (EHM-64455) [SB-knowsley-5312]",
                              "20441130T100000", "20441130T113000", "Microsoft Teams Meeting", comment)
    add(f, data, A, "mash_step_up", "2044-11-23 13:20", 2, "urgent",
        "meeting_reply", True, None, ["EHM-64455"], [ch("Leo Brannigan")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT in a calendar reply's comment (Outlook iTIP REPLY, PARTSTAT=DECLINED): a 6-year-old with a mark under "
        "the eye and grip bruises says mum's partner 'squeezed' him and he will 'get it worse tonight'; the partner "
        "collects him at 3.15 today -> alert_duty overrides record_reply. Name and EHM id from the SUMMARY; no DOB.",
        variant="Outlook iTIP REPLY with COMMENT")

    # ---- knowsley_08: level 2 step-down, CIN minutes pasted into a base64 body; 4 WD -> not ok ---------------------
    f = "knowsley_08.eml"
    body = T("""
Hello Family First Duty,

I'm letting you know of the intention to step Niamh and Callum Ellis down to a Level 2 Early Help service.

The final CIN meeting is on Wednesday 14 September 2044 at 10:00 at St Columba's Catholic Primary School, Huyton
(meeting room 1). The school's Family Support Worker, Mrs Claire Devlin (St Columba's Catholic Primary School), has
agreed to take over as Lead Practitioner. Both parents agreed to the step down at the last review.

I've pasted the minutes of the last CIN review below, as they set out what we are worried about, what is working
well and what needs to happen.

------------------------------------------------------------
CHILD IN NEED REVIEW - MINUTES
Date: 01/09/2044, 15:30    Venue: St Columba's Catholic Primary School
Children: Niamh Ellis (DOB 04/04/2034) ICS-1529940
          Callum Ellis (DOB 17/10/2037) ICS-1529941
Chair: Andrew Pennington (Social Worker)

Present: Andrew Pennington (SW); Lisa Ellis (mum); Martin Ellis (dad); Claire Devlin (Family Support Worker,
St Columba's); Kelly Brophy (SENCo, St Columba's)
Apologies: Paula Moran (CAMHS) - report sent

What are we worried about?
- Callum (6) is waiting for an ADHD assessment and his EHCP needs assessment is not finished; he has had three
  half-day exclusions since Easter.
- Niamh's attendance is 88%, mostly Mondays after difficult weekends at home.

What is working well?
- Mum and dad have completed the parenting course and use the routines at home.
- The home is calm; there have been no incidents since May.
- Niamh is doing well at school when she is there.

What needs to happen?
- School to lead a Level 2 Early Help plan with Mrs Devlin as Lead Practitioner.
- SENCo to chase the EHCP timescales; CAMHS to confirm the ADHD assessment date.

RAG: Home - GREEN; Callum's education - AMBER; Niamh's attendance - AMBER.

ACTIONS
Who                 What                                              By when
Andrew Pennington   Email Family First duty with final CIN details    08/09/2044
Kelly Brophy        Chase EHCP panel date                             13/09/2044
Claire Devlin       Draft the Level 2 plan with the family            14/09/2044

AOB: none.
------------------------------------------------------------

Andrew Pennington
Social Worker, Children's Social Care, Knowsley Council
0151 496 0310
""")
    top = plain_top(f, addr("Andrew Pennington", "andrew.pennington@knowsley.gov.uk"), MB[(A, "early_help_duty")],
                    "Level 2 step down - Ellis family - final CIN 14/09", "2044-09-08 11:00", "knowsley.gov.uk",
                    "Microsoft Outlook 16.0", cc=addr("Claire Devlin", "c.devlin@stcolumbas.example.org"))
    add(f, mail(f, top, body, cte="base64"), A, "early_help_duty", "2044-09-08 11:00", 7, "ordinary",
        "step_down", False, 2, ["ICS-1529940", "ICS-1529941"],
        [ch("Niamh Ellis", "2034-04-04", "04/04/2034"), ch("Callum Ellis", "2037-10-17", "17/10/2037")],
        ["disability_send", "school_attendance"], True, None, [], False, "request_info",
        "Level 2 step-down with CIN review minutes pasted into a base64 text body (attendance, apologies, the three "
        "Signs of Safety headings, RAG, actions table): date, time and venue, named Lead Practitioner with her "
        "agency -> nothing missing; parents' agreement stated (consent true, not required at L2). Notice: Thu 8 Sep "
        "-> Wed 14 Sep is 4 WD (9, 12, 13, 14) < 5 -> request_info.",
        meeting=date(2044, 9, 14), adults=["Lisa Ellis", "Martin Ellis", "Claire Devlin"],
        variant="plain text base64, minutes pasted")


RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify the "
         "sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.")

# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth():
    A = "richmond_wandsworth"

    # ---- rw_01: complete step-up; reflective discussion notes in the body as a table -------------------------------
    f = "richmond_wandsworth_01.eml"
    blocks = [
        "Dear MASH,",
        "Following a reflective discussion with the allocated Early Help Practitioner yesterday, I am requesting a "
        "step up to Children's Services for Farah. The notes of our discussion are below and the latest case "
        "summary is attached. This is not an immediate child protection matter; it is a planned step up.",
        ("h", "Reflective discussion - notes"),
        ("table", [["", ""],
                   ["Date", "15/09/2044, 14:00, Wandsworth Early Help (Tooting)"],
                   ["Present", "Hannah Okafor-Reid (Early Help Team Manager, chair); Callum Brierley (Early Help "
                               "Practitioner)"],
                   ["Apologies", "None"],
                   ["Child", "Farah Siddiqui, DOB 02/03/2034, Mosaic ID 3120774"],
                   ["What we discussed", "Eight months of Early Help. Mum's bipolar disorder has relapsed twice "
                                         "since March (two hospital admissions, the latest 2-23 August). While mum "
                                         "was in hospital Farah (10) stayed at home with an adult cousin and did "
                                         "the cooking and shopping; she is still doing most of it. Attendance "
                                         "74% this term. Mum is back under the community mental health team."],
                   ["Rationale for step up", "The needs have not reduced with Early Help support; Farah is carrying "
                                             "caring responsibilities well beyond her age; mum's illness is "
                                             "recurring and the plan cannot keep Farah's care and schooling "
                                             "stable. We think a Child and Family Assessment is needed to decide "
                                             "whether Farah is a child in need."],
                   ["Consent", "Mum has agreed to the referral to Children's Services."]]),
        ("h", "Actions"),
        ("table", [["Who", "What", "By when"],
                   ["Hannah Okafor-Reid", "Email MASH Step Up inbox with case summary and rationale", "16/09/2044"],
                   ["Callum Brierley", "Young carers assessment referral", "23/09/2044"],
                   ["Callum Brierley", "Tell mum and Farah when the case discussion is booked", "on invitation"]]),
        "Kind regards,",
        "Hannah Okafor-Reid\nEarly Help Team Manager (Wandsworth East)\nRichmond and Wandsworth Councils\n020 7946 0584",
        RDISC,
    ]
    summary = docx_att("Case summary - Farah Siddiqui - Sept 2044.docx", [
        "# Case summary",
        "Farah Siddiqui, DOB 02/03/2034, Mosaic ID 3120774. Lives with mum, Nasreen Siddiqui.",
        "Early Help since January 2044 (referral from school: attendance and tiredness).",
        "Mum has bipolar disorder; admissions March 2044 and August 2044; CMHT care coordinator allocated.",
        "Farah does most of the cooking, shopping and looks after mum's medication when mum is unwell.",
        "Attendance: 2043/44 82%; autumn term 2044 74%.",
        "Strengths: Farah is bright and loves art; maternal aunt visits weekly; mum is open about her illness.",
    ])
    top = outlook_top(f, addr("Okafor-Reid, Hannah", "hannah.okafor-reid@richmondandwandsworth.gov.uk"),
                      MB[(A, "mash_step_up")], "Step up - Mosaic 3120774 - Farah Siddiqui (10) - reflective discussion notes",
                      "2044-09-16 10:05")
    add(f, blocks_mail(f, top, blocks, [summary]), A, "mash_step_up", "2044-09-16 10:05", 5, "ordinary",
        "step_up", False, None, ["3120774"], [ch("Farah Siddiqui", "2034-03-02", "02/03/2034")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (manager_agreed true): the "
        "rationale is pasted under its own heading in the reflective-discussion notes table, the case summary is "
        "attached; consent stated. 'Not an immediate child protection matter' is negated -> book_meeting.",
        variant="Outlook HTML tables + plain twin + .docx")

    # ---- rw_02: URGENT - forwarded professionals' meeting notes; the HV's update in AOB ------------------------------
    f = "richmond_wandsworth_02.eml"
    fwd = T("""
Notes - professionals' meeting, 04/10/2044, 10:00, Twickenham Family Centre
Child: Ocean Whitfield, DOB 17/05/2044 (4 months)
Present: Priya Nair (Early Help Practitioner, chair); Gail Henshaw (Health Visitor); Shona Adair (perinatal mental
health nurse)
Apologies: GP practice (Dr Ferris)

1. Mum's mental health - Shona: mum (Demi Whitfield) is taking her medication, attends appointments, mood
   "up and down"; she went back to work part-time on 26/09.
2. Dad - Kieran Whitfield has not engaged with the plan; he has missed both home visits this month.
3. Actions
   Who            What                                         By when
   Priya Nair     Step-up discussion with Marcus (TM)          04/10/2044
   Shona Adair    Joint visit with mum                         11/10/2044
   Gail Henshaw   Weight check                                 next clinic

AOB
Gail saw Ocean at baby clinic at 09:15 before the meeting:
- 2 cm bruise to the left ear (pinna), purple, and a torn upper lip frenulum.
- No explanation offered at first. When Gail asked again mum said dad "lost it" on Sunday night when Ocean wouldn't
  settle and "grabbed his face".
- Mum has gone to work (shift until 8pm). Dad has Ocean at home on his own this afternoon.
- Mum asked us not to tell dad she had said anything. Gail could not reach the GP.
""")
    body = ("MASH - step up for Ocean Whitfield, Mosaic 3149012. Case summary and rationale attached.\n\n"
            "I've forwarded Priya's notes from this morning's professionals' meeting because of the health "
            "visitor's update under AOB: Ocean is with dad at home this afternoon. I'm ringing through as well.\n\n"
            "Marcus Fenwick\nEarly Help Team Manager (Richmond)\nRichmond and Wandsworth Councils\n020 7946 0629\n"
            + quote_outlook("Nair, Priya <priya.nair@richmondandwandsworth.gov.uk>", "04 October 2044 12:51",
                            "Fenwick, Marcus <marcus.fenwick@richmondandwandsworth.gov.uk>",
                            "Professionals' meeting notes - Ocean Whitfield", "Marcus,\n\nNotes below.\n\nPriya\n" + fwd))
    summary = docx_att("Case summary - Ocean Whitfield.docx", [
        "# Case summary - Ocean Whitfield (Mosaic 3149012)",
        "Born 17/05/2044. Lives with mum Demi Whitfield (24) and dad Kieran Whitfield (27) in Hampton.",
        "Early Help since June 2044 after a health visitor referral: mum's postnatal depression, isolation, "
        "housing disrepair. Perinatal mental health team involved.",
        "Dad has not engaged with the Early Help plan.",
    ])
    rationale = pdf_att("Rationale for step up - Ocean Whitfield.pdf", "Rationale for step up", [
        "Ocean Whitfield (Mosaic 3149012) - written 04/10/2044 by Marcus Fenwick, Early Help Team Manager.",
        "Four months of Early Help have not brought the changes needed: mum's perinatal mental health is "
        "fluctuating, dad does not engage, and the health visitor has new worries about an injury to a "
        "non-mobile baby. A Child and Family Assessment (or a strategy discussion) is needed.",
    ])
    top = outlook_top(f, addr("Fenwick, Marcus", "marcus.fenwick@richmondandwandsworth.gov.uk"),
                      MB[(A, "mash_step_up")], "FW: Professionals' meeting notes - Ocean Whitfield - step up",
                      "2044-10-04 13:40")
    add(f, mail(f, top, body, [summary, rationale]), A, "mash_step_up", "2044-10-04 13:40", 3, "urgent",
        "step_up", True, None, ["3149012"], [ch("Ocean Whitfield", "2044-05-17", "17/05/2044")],
        ["non_engagement", "parental_mental_health", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT in a FORWARDED part, clinical: a 4-month-old with a bruised ear and a torn frenulum, mum says dad "
        "'grabbed his face', and the baby is alone with dad this afternoon. The step-up itself is complete (case "
        "summary + rationale attached, sent by the Early Help Team Manager) -> alert_duty, missing []. Concerns include "
        "dad's non-engagement, which the notes and the rationale give as a reason for the step-up.",
        variant="Outlook FW plain text, forwarded notes, .docx + PDF")

    # ---- rw_03: NEAR MISS - complete step-down; a strategy discussion closed NFA in the minutes --------------------
    f = "richmond_wandsworth_03.eml"
    body = T("""
Hello Early Help Duty,

As agreed with Jasper Quint on the phone this morning, the step-down case discussion for the Bailey children is on
Thursday 24 November at 2pm (Teams). The latest case summary and the draft plan for Early Help are attached, with
the minutes of the final CIN review on 17 November.

Children: Jessica Bailey (DOB 11/08/2031) and Noah Bailey (DOB 25/01/2040); Mosaic 3088215 and 3088216.
Mrs Bailey consented at the review to Early Help continuing the plan, and Rosie Carr (Family Worker, Roehampton
Children's Centre) has agreed to be Lead Professional.

One thing you will see in the minutes: the strategy discussion in July 2044 about a bruise on Noah's shin was
closed with no further action after the paediatric assessment found it consistent with a fall from the climbing
frame at nursery (the nursery's accident form, completed at the time, matched). There have been no other injuries
or incidents. It is in the minutes for completeness only.

Many thanks,
Tomasz Zielinski
Social Worker, Family Support and Child Protection (Wandsworth)
020 7946 0712
""")
    minutes = docx_att("Final CIN review minutes 17.11.2044 - Bailey.docx", [
        "# Child in Need review (final) - minutes",
        "Children: Jessica Bailey (Mosaic 3088215), Noah Bailey (Mosaic 3088216)",
        "Date: 17/11/2044 10:00, Roehampton Children's Centre. Chair: Tomasz Zielinski (SW).",
        "Present: Michelle Bailey (mum); Tomasz Zielinski (SW); Rosie Carr (Family Worker); Ms Adeola Kuti "
        "(Jessica's Head of Year).",
        "Apologies: Noah's nursery key person (report received).",
        "History noted: strategy discussion 14/07/2044 (bruise to Noah's shin) - NFA after paediatric assessment; "
        "injury consistent with the nursery accident of 12/07/2044. No further injuries.",
        ("TABLE", 0),
        "Decision: CIN plan to close; step down to Early Help. Mum consents to Early Help continuing the plan.",
        ("TABLE", 1),
        "AOB: none.",
    ], tables=[[["Area", "RAG", "Comment"],
                ["Home conditions", "GREEN", "Maintained since June"],
                ["Jessica's attendance", "GREEN", "93%"],
                ["Mum's wellbeing", "AMBER", "Depression managed by GP; wants counselling"]],
               [["Who", "What", "By when"],
                ["Tomasz Zielinski", "Email Early Help duty; agree case discussion", "21/11/2044"],
                ["Rosie Carr", "Joint visit with SW after agreement", "within 5 working days"],
                ["Michelle Bailey", "Self-refer to Talking Therapies", "01/12/2044"]]])
    summary = docx_att("Case summary - Bailey children.docx", [
        "# Case summary - Jessica and Noah Bailey",
        "Open to CIN since February 2044 (mum's depression after a bereavement, home conditions).",
        "Progress: home conditions good since June; mum engaging with GP; Jessica attending well.",
    ])
    plan = docx_att("Draft Early Help plan - Bailey.docx", [
        "# Draft Early Help plan",
        ("TABLE", 0),
    ], tables=[[["What needs to happen", "Who", "When"],
                ["Counselling for mum", "Michelle Bailey / GP", "December 2044"],
                ["Weekly family work sessions", "Rosie Carr", "from w/c 28/11/2044"],
                ["Review meeting (within 4 weeks of handover)", "Early Help Manager", "by 22/12/2044"]]])
    top = plain_top(f, addr("Tomasz Zielinski", "tomasz.zielinski@richmondandwandsworth.gov.uk"),
                    MB[(A, "early_help_duty")], "Step down to Early Help - Bailey children (Mosaic 3088215, 3088216)",
                    "2044-11-21 11:15", "richmondandwandsworth.gov.uk", cc=addr("Jasper Quint", "jasper.quint@richmondandwandsworth.gov.uk"),
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, mail(f, top, body, [minutes, summary, plan], html_alt=True), A, "early_help_duty", "2044-11-21 11:15", 4,
        "near_miss", "step_down", False, None, ["3088215", "3088216"],
        [ch("Jessica Bailey", "2031-08-11", "11/08/2031"), ch("Noah Bailey", "2040-01-25", "25/01/2040")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS (resolved): a July strategy discussion about a bruise, closed NFA as a witnessed nursery accident "
        "- not urgent, not a concern. Complete step-down: case summary, draft plan, consent; Lead Professional "
        "named; case discussion agreed by phone for Thu 24 Nov (within 5 days) -> book_meeting.",
        variant="Thunderbird multipart/alternative + three .docx (tables inside)")

    # ---- rw_04: step-down with core group minutes; consent refused; plan not done ------------------------------------
    f = "richmond_wandsworth_04.eml"
    body = ("Hi, writing from my phone sorry.\n\nFollowing yesterday's core group (minutes attached) the plan is to "
            "step Lily-Mae Hartigan (DOB 30.06.2037, Mosaic 3102457) down from CP to Early Help, as the review "
            "conference last week agreed to end the plan. Case summary attached.\n\n"
            "The draft Early Help plan isn't done yet - I was going to write it with the Early Help worker after the "
            "case discussion.\n\n"
            "Mum said at core group that she doesn't want Early Help and 'just wants everyone out of her life', so "
            "she has not consented. I'll keep talking to her.\n\n"
            "Could the duty manager give me a time for the case discussion this week or early next?\n\n"
            "Thanks\nAisha Bello\nSocial Worker, Wandsworth Children's Services\n020 7946 0855\n\n"
            "Get Outlook for Android")
    minutes = pdf_att("Core group minutes 11.10.2044 - Hartigan.pdf", "Core group meeting - minutes", [
        "Child: Lily-Mae Hartigan (Mosaic 3102457)    Plan category: neglect    Date: 11/10/2044 15:00",
        "Chair: Aisha Bello (SW)",
        "Present: Carla Hartigan (mum); Aisha Bello; Mrs Jo Penrose (DSL, Earlsfield Primary); Tina Okoro (drug and",
        "alcohol worker, for mum).    Apologies: School nurse.",
        "Progress: home conditions maintained for 5 months (GREEN); Lily-Mae's attendance 94% (GREEN); mum's",
        "drinking reduced, two missed appointments in September (AMBER).",
        "Review conference 04/10/2044 ended the CP plan; the core group agreed a step-down to Early Help.",
        "Mum's view: she does not want Early Help; she does not consent. SW to discuss again.",
        "Actions: Aisha Bello - request step-down case discussion - 14/10/2044. Tina Okoro - continue fortnightly",
        "sessions - ongoing. Jo Penrose - attendance monitoring - ongoing.",
        "AOB: none.",
    ])
    summary = docx_att("Case summary - Lily-Mae Hartigan.docx", [
        "# Case summary",
        "Lily-Mae Hartigan, 7, lives with mum Carla. CP plan (neglect) March-October 2044 after home conditions "
        "and mum's drinking left Lily-Mae without food and clean clothes. Plan ended at review conference 04/10/2044.",
    ])
    t = flowed_part(body)
    root = multipart("mixed", [t, minutes, summary], bnd(f, 1))
    top = plain_top(f, addr("Aisha Bello", "aisha.bello@richmondandwandsworth.gov.uk"), MB[(A, "early_help_duty")],
                    "Step down request - core group minutes - Mosaic 3102457", "2044-10-12 17:52",
                    "richmondandwandsworth.gov.uk", extra=[("X-Mailer", "Outlook for Android")])
    add(f, build(top, root), A, "early_help_duty", "2044-10-12 17:52", 6, "ordinary",
        "step_down", False, None, ["3102457"], [ch("Lily-Mae Hartigan", "2037-06-30", "30.06.2037")],
        ["neglect", "substance_misuse"], False, None, ["consent", "draft_plan"], None, "request_info",
        "Step-down after a core group (minutes PDF, case summary .docx) sent at 17:52: draft plan not done, and mum "
        "said she does not want Early Help - consent stated as refused (false) -> missing consent and draft_plan "
        "-> request_info.",
        variant="format=flowed (Outlook for Android) + PDF + .docx")

    # ---- rw_05: Google Calendar TENTATIVE reply ----------------------------------------------------------------------
    f = "richmond_wandsworth_05.eml"
    data = google_itip_reply(f, "2044-12-01 08:47", ("Jo Featherstone", "jo.featherstone@homestartrichmond.example.org"),
                             ("MASH-StepUP", "MASH-StepUP@richmondandwandsworth.gov.uk"), "TENTATIVE",
                             "Step-up case discussion - Mosaic 3165530 [SB-richmond_wandsworth-907]",
                             "20441202T140000Z", "20441202T150000Z", "Microsoft Teams",
                             "Fri 2 Dec 2044 2pm - 3pm (GMT)",
                             "Might be 5 minutes late - I'll send round the notes from yesterday's TAF before we start.")
    add(f, data, A, "mash_step_up", "2044-12-01 08:47", 3, "ordinary",
        "meeting_reply", False, None, ["3165530"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=TENTATIVE, invite.ics attached) whose note promises the TAF notes -> "
        "meeting_reply, record_reply; the Mosaic number in the SUMMARY is the case id; no child named.",
        variant="Google Calendar REPLY + invite.ics")

    # ---- rw_06: NEAR MISS - partnership subgroup minutes with a fictional training scenario ---------------------------
    f = "richmond_wandsworth_06.eml"
    blocks = [
        ("h", "Neglect Strategy Subgroup - minutes"),
        "Tuesday 6 December 2044, 10:00-12:00, Teams",
        ("h", "Attendance"),
        "Keziah Bloom (Service Manager, Early Help) - chair; Lorcan Pettigrew (Service Manager, Social Care); "
        "Imogen Varley (MASH Manager); Dr Yusuf Adebayo (Named GP); Carol Whitlock (Education Safeguarding); "
        "Insp. Nick Harrow (Met Police, Safeguarding); partnership business manager (minutes).",
        "Apologies: Health visiting service lead; housing.",
        ("h", "1. Minutes of 4 October - agreed."),
        ("h", "2. Audit of step-up case discussions (June-October)"),
        "12 cases audited. In 9 the MASH business support invitation went out within 1 working day; in 3 it took 2. "
        "All 12 had a case summary; 2 had no written rationale. RAG: AMBER.",
        ("h", "3. Training scenario for the January GCP2 sessions"),
        "The subgroup agreed the scenario for the multi-agency GCP2 training: 'Ruby, 2, is found by a neighbour "
        "alone in a flat at 7am; her mother is asleep after drinking; there is no food in the fridge.' This is a "
        "composite training scenario written by the subgroup, not a real child.",
        ("h", "4. Action plan"),
        ("table", [["Who", "What", "By when", "RAG"],
                   ["Imogen Varley", "Remind MASH business support of the 1 working day standard", "16/12/2044", "AMBER"],
                   ["Keziah Bloom", "GCP2 training dates published", "20/12/2044", "GREEN"],
                   ["Carol Whitlock", "Schools' neglect toolkit refresh", "31/01/2045", "RED"]],
         {"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#92D050"}),
        ("h", "5. Any other business"),
        "No meeting in January; next meeting 7 February 2045.",
        "You are receiving this as a member of the subgroup distribution list.",
    ]
    top = plain_top(f, addr("RWSCP Business Unit", "minutes@rwscp.example.org"),
                    "neglect-subgroup@lists.rwscp.example.org", "Minutes - Neglect Strategy Subgroup - 6 December 2044",
                    "2044-12-09 12:00", "rwscp.example.org", cc=MB[(A, "mash_step_up")],
                    extra=[("List-Id", "Neglect subgroup <neglect-subgroup.lists.rwscp.example.org>"),
                           ("List-Unsubscribe", "<mailto:neglect-subgroup-leave@lists.rwscp.example.org>")])
    add(f, blocks_mail(f, top, blocks), A, "mash_step_up", "2044-12-09 12:00", 9, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: partnership subgroup minutes (mailing list, MASH inbox in Cc) whose training scenario describes a "
        "2-year-old alone with a drunk mother - 'a composite training scenario ... not a real child'. Attendance, "
        "apologies, audit, RAG action plan, AOB. Not a request -> other, human_review; no child labelled.",
        variant="multipart/alternative, mailing-list headers, RAG table")

    # ---- rw_07: URGENT - follow_up with the TAF chair's summary ---------------------------------------------------------
    f = "richmond_wandsworth_07.eml"
    acktext = ack("step-up", "[SB-richmond_wandsworth-884]",
                  ["Family: Kiera Lawlor (Mosaic 3171906)",
                   "MASH business support will send the invitation to the case discussion within 1 working day."])
    body = T("""
Hello,

Adding the chair's summary from this morning's TAF review, because the picture has changed since Hannah sent the
step up on Friday.

CHAIR'S SUMMARY - TAF review, Monday 31/10/2044, 09:00, Battersea Early Help (chair: Callum Brierley)
Present: Callum Brierley (EH Practitioner); Sharon Lawlor (mum); Ms Dee Campbell (Head of Year 10); PC Amir
Shah (Safer Schools Officer). Apologies: Youth worker.

- Kiera (14) did not come home on Saturday night. Mum reported her missing to the police on Sunday morning.
- At 08:10 today Kiera messaged a school friend: "im at a flat in battersea with Dex and his mates, they took my
  phone charger and say i owe them money, they wont let me go till i do a run for them". Her friend's mum showed
  the message to school at 08:30. PC Shah has passed it to the missing persons team.
- Dex is believed to be an adult man of about 20. Kiera has been seen getting into his car after school twice in
  October.
- Kiera's phone now goes straight to voicemail. Nobody has seen her since Saturday evening.
- Mum is at home in case she comes back.

Agreed actions: Callum to send this to MASH now and ring the duty desk (done 10:15). PC Shah to update police.
Mum to ring Callum and the police if Kiera makes contact.

Callum Brierley
Early Help Practitioner, Richmond and Wandsworth Councils
020 7946 0631

""") + gt_quote(acktext)
    top = plain_top(f, addr("Callum Brierley", "callum.brierley@richmondandwandsworth.gov.uk"), MB[(A, "mash_step_up")],
                    "Re: Step-up request received - Kiera Lawlor [SB-richmond_wandsworth-884]", "2044-10-31 10:22",
                    "richmondandwandsworth.gov.uk",
                    cc=addr("Hannah Okafor-Reid", "hannah.okafor-reid@richmondandwandsworth.gov.uk"),
                    extra=[("In-Reply-To", "<SB-richmond_wandsworth-884.ack@stepbot.richmondandwandsworth.gov.uk>")])
    add(f, mail(f, top, body, cte="7bit"), A, "mash_step_up", "2044-10-31 10:22", 2, "urgent",
        "follow_up", True, None, ["3171906"], [ch("Kiera Lawlor")], ["exploitation", "missing"], None, None, [], None,
        "alert_duty",
        "URGENT, plain, in a TAF CHAIR'S SUMMARY added to [SB-richmond_wandsworth-884]: a 14-year-old missing since "
        "Saturday messaged this morning that adult men are holding her in a flat until she 'does a run' -> "
        "alert_duty overrides attach_to_request. First working day after the clock change (+00:00).",
        variant="plain 7bit reply, '>' quoted acknowledgement", reference="SB-richmond_wandsworth-884")

    # ---- rw_08: auto-reply ---------------------------------------------------------------------------------------------
    f = "richmond_wandsworth_08.eml"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
         '<p>Thank you for your email. I am on annual leave until Monday 7 November 2044.</p>'
         '<p>Minutes of step-up case discussions will be circulated by MASH business support as usual. For Early '
         'Help duty matters please contact EarlyHelpDuty@richmondandwandsworth.gov.uk.</p>'
         '<p>Jasper Quint<br>Early Help Manager</p></div></body></html>')
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@richmondandwandsworth.gov.uk"), MB[(A, "mash_step_up")],
                      "Automatic reply: Step-up case discussion [SB-richmond_wandsworth-861]",
                      "2044-10-28 16:31", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, html_only_mail(f, top, h), A, "mash_step_up", "2044-10-28 16:31", 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, HTML only) answering a stepbot invitation -> "
        "auto_reply, ignore (no loops).",
        variant="HTML-only auto-reply")


TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error "
         "please notify the sender and delete it.")

# ============================================================================= TOWER HAMLETS
def tower_hamlets():
    A = "tower_hamlets"

    # ---- th_01: complete step-down; TAF minutes, assessment and plan attached -----------------------------------------
    f = "tower_hamlets_01.eml"
    blocks = [
        "Dear Early Help Hub,",
        "I chaired the TAF meeting yesterday (Monday 5 September) following the conclusion of my Child and Family "
        "Assessment on 25 August, and the family are stepping down to Targeted Early Help. Attached are the C&F "
        "Assessment, the TAF plan and the TAF minutes (attendance, apologies and the actions table are in the "
        "minutes).",
        ("table", [["Name", "DOB", "Mosaic ID"],
                   ["Tanvir Chowdhury", "19/12/2032", "3204418"],
                   ["Ruma Chowdhury", "08/08/2036", "3204419"]]),
        "Lead Practitioner: Shirin Akhter, Young Carers Worker, Bow Young Carers Project (020 7946 0402), who was at "
        "the TAF and has agreed to take the role.",
        "Consent: Mr and Mrs Chowdhury gave their consent to the step-down and to the TAF plan at the meeting, and "
        "signed it.",
        "The main needs are Tanvir's caring role for his father (multiple sclerosis) and mum's depression; the plan "
        "sets out the young carers support and a carer's assessment for dad.",
        "Kind regards,",
        "Lamar Greene\nSocial Worker, Assessment and Intervention Team\nLondon Borough of Tower Hamlets\n020 7946 0390",
        TDISC,
    ]
    assess = pdf_att("C&F Assessment - Chowdhury - concluded 25.08.2044.pdf", "Child and Family Assessment - summary", [
        "Children: Tanvir Chowdhury (3204418), Ruma Chowdhury (3204419). Assessment concluded 25/08/2044.",
        "Outcome: no ongoing statutory role; step down to Targeted Early Help with a TAF plan.",
        "Analysis: Tanvir (11) does personal care for his father and misses after-school activities; mum has",
        "moderate depression (GP treating). Both children are well cared for and attending school.",
    ])
    plan = docx_att("TAF plan - Chowdhury.docx", [
        "# TAF plan",
        ("TABLE", 0),
    ], tables=[[["Outcome", "Action", "Who", "By when"],
                ["Tanvir has time for himself", "Young carers group, Thursdays", "Shirin Akhter", "15/09/2044"],
                ["Dad's care needs met by adults", "Carer's assessment referral (adult social care)", "Lamar Greene",
                 "09/09/2044"],
                ["Mum's mood improves", "Talking Therapies self-referral", "Mrs Chowdhury", "16/09/2044"]]])
    minutes = pdf_att("TAF meeting minutes 05.09.2044 - Chowdhury.pdf", "TAF meeting - minutes", [
        "Date: 05/09/2044 13:00. Venue: Bow Family Hub. Chair: Lamar Greene (allocated social worker).",
        "Present: Mr Abdul Chowdhury; Mrs Salma Chowdhury; Shirin Akhter (Bow Young Carers Project); Ms Hannah",
        "Levy (Head of Year 7, Bow School); Lamar Greene.    Apologies: GP; MS nurse.",
        "Agreed: step down to Targeted Early Help; Shirin Akhter to be Lead Practitioner. Family consent given.",
        "Actions - WHO / WHAT / BY WHEN:",
        "Lamar Greene / carer's assessment referral for dad / 09/09/2044",
        "Shirin Akhter / young carers group start / 15/09/2044",
        "Lamar Greene / minutes and TAF plan on Mosaic / 09/09/2044",
        "AOB: none. Next TAF review: 17/10/2044.",
    ])
    top = outlook_top(f, addr("Greene, Lamar", "lamar.greene@towerhamlets.gov.uk"), MB[(A, "early_help_duty")],
                      "Step down - Chowdhury family - TAF minutes, assessment and plan", "2044-09-06 14:10")
    add(f, blocks_mail(f, top, blocks, [assess, plan, minutes]), A, "early_help_duty", "2044-09-06 14:10", 5,
        "ordinary", "step_down", False, None, ["3204418", "3204419"],
        [ch("Tanvir Chowdhury", "2032-12-19", "19/12/2032"), ch("Ruma Chowdhury", "2036-08-08", "08/08/2036")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F Assessment PDF, TAF plan .docx, TAF minutes PDF, consent given, named "
        "Lead Practitioner with agency; children in an HTML table with bare Mosaic ids -> book_meeting.",
        variant="Outlook HTML + plain twin, table, 2 PDFs + .docx")

    # ---- th_02: URGENT - HTML-only professionals' meeting notes; the RED row in AOB ------------------------------------
    f = "tower_hamlets_02.eml"
    rows = [["Item", "Update", "RAG", "Who / by when"],
            ["Attendance", "Nadia 96% this half term.", "GREEN", "-"],
            ["Learning", "Working at expected level in maths, below in writing.", "GREEN", "-"],
            ["Wellbeing", "Quieter since the summer; tired in morning lessons.", "AMBER", "Form tutor / weekly"],
            ["AOB (raised at end)", "At 10:40 Nadia told her form tutor, Ms Rowe, that mum's boyfriend (Wes) comes "
             "into her bedroom at night when mum is at work and 'does stuff to me under the covers' and that he did "
             "it again last night. She said he told her nobody would believe her. Mum works nights this week, so "
             "Wes will be the only adult at home with Nadia tonight. Nadia is in school until 15:10.", "RED",
             "DSL to MAST now (see email)"]]
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Arial,sans-serif;font-size:10pt">'
         '<p>Dear MAST,</p>'
         '<p>Below are the notes of this morning\'s professionals\' meeting about <b>Nadia Hossain</b> (Year 8, DOB '
         '22/05/2032). Please look at the last row first. I have phoned MAST and I am waiting for a call back.</p>'
         '<p><b>Professionals\' meeting - 30/09/2044, 09:30, Mulberry Park Academy</b><br>'
         'Present: Mrs Farzana Ali (DSL, chair); Ms Kate Rowe (form tutor); Mr Dan Lyle (school nurse).<br>'
         'Apologies: CAMHS link worker.</p>'
         + table_html(rows, colours={"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#92D050"}) +
         '<p>Mrs Farzana Ali<br>Designated Safeguarding Lead, Mulberry Park Academy<br>020 7946 0817 (direct)</p>'
         '</body></html>')
    top = plain_top(f, addr("Farzana Ali", "f.ali@mulberryparkacademy.example.org"), MB[(A, "mash_step_up")],
                    "Professionals' meeting notes 30/09 - Nadia Hossain (Y8)", "2044-09-30 11:35",
                    "mulberryparkacademy.example.org", "Microsoft Outlook 16.0")
    add(f, html_only_mail(f, top, h), A, "mash_step_up", "2044-09-30 11:35", 4, "urgent",
        "other", True, None, [], [ch("Nadia Hossain", "2032-05-22", "22/05/2032")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT in the RED 'AOB' row of an HTML-only RAG table: a 12-year-old says mum's boyfriend abuses her at "
        "night, did it last night, and he is the only adult at home with her tonight. A school DSL's notes, not a "
        "step-up request: kind other -> alert_duty. Attendance is good (96%, GREEN), so not a concern.",
        variant="HTML only, RAG table, no text/plain")

    # ---- th_03: URGENT - planned MAST step-up; the new thing is in AOB of the attached minutes ---------------------------
    f = "tower_hamlets_03.eml"
    body = T("""
Hello MAST,

Please find attached the Multi-Agency Request for Support form for Jayden and Kezia Okoro-Bell, and the minutes of
this afternoon's TAF review.

My manager, Tariq Hussain, agreed the step up with me straight after the TAF (he was at the first half of the
meeting). The step up was planned because of non-engagement and school attendance, but something came up at the end
of the TAF that I'm honestly not sure how to weigh - it's under AOB in the minutes. Could someone look at it today
if possible?

Thanks,
Sabrina Costa
Targeted Early Help Practitioner, Tower Hamlets Early Help
020 7946 0711
""")
    marf = docx_att("MARF - Okoro-Bell - Nov 2044.docx", [
        "# Multi-Agency Request for Support",
        "Children: Jayden Okoro-Bell, DOB 03/02/2035; Kezia Okoro-Bell, DOB 27/09/2039. Mosaic ID: 3219807.",
        "Parent/carer: Grace Okoro-Bell (mum). Address: Flat 9, Cordelia House, Poplar E14 9ZX.",
        "Referrer: Sabrina Costa, Targeted Early Help. Manager: Tariq Hussain (agreed 16/11/2044).",
        "Parent aware of this request and consents: Yes - mum agreed at the TAF on 16/11/2044.",
        "Worries: mum has missed 7 of 10 planned sessions since July; Jayden's attendance 71%, Kezia's Reception "
        "attendance 60%; the plan has made no progress in four months.",
        "Strengths: the children are attached to mum and to their grandmother in Bow.",
        "What are you asking for: a Child and Family Assessment.",
    ])
    minutes = docx_att("TAF review minutes 16.11.2044 - Okoro-Bell.docx", [
        "# TAF review - minutes",
        "Date: 16/11/2044, 13:00. Venue: Poplar Family Hub. Chair: Sabrina Costa.",
        "Present: Grace Okoro-Bell (mum); Sabrina Costa (EH); Tariq Hussain (EH Team Manager, first half); Mr Femi "
        "Adeyemi (Jayden's class teacher); Mrs Lin (Kezia's Reception teacher).",
        "Apologies: Health visitor.",
        ("TABLE", 0),
        ("TABLE", 1),
        "AOB (after the professionals had left; mum and SC only):",
        "Mum told SC that her ex-partner Leon Bell, who was released from prison on Monday and has a "
        "non-molestation order against him, came to the flat at 2am last night, kicked the door until she let him "
        "in and held a kitchen knife to her throat in front of Jayden. He left at about 6am, taking her bank card, "
        "and said he is coming back tonight 'for the boy'. He still has a key to the flat. Mum says she has nowhere "
        "else to go and the children will be at the flat with her tonight. Mum asked SC not to call the police "
        "because 'it will make it worse'.",
        "Next TAF: 07/12/2044.",
    ], tables=[[["Area", "RAG"], ["Engagement with the plan", "RED"], ["Jayden's attendance (71%)", "RED"],
                ["Kezia's Reception attendance (60%)", "AMBER"], ["Housing", "GREEN"]],
               [["Who", "What", "By when"], ["Sabrina Costa", "MARF to MAST (step up)", "16/11/2044"],
                ["Mr Adeyemi", "Attendance plan for Jayden", "23/11/2044"],
                ["Grace Okoro-Bell", "Take Kezia to school every day", "ongoing"]]])
    top = outlook_top(f, addr("Costa, Sabrina", "sabrina.costa@towerhamlets.gov.uk"), MB[(A, "mash_step_up")],
                      "Step up to MAST - Okoro-Bell family - MARF + TAF minutes", "2044-11-16 15:05",
                      cc=addr("Hussain, Tariq", "tariq.hussain@towerhamlets.gov.uk"))
    add(f, mail(f, top, body, [marf, minutes], html_alt=True), A, "mash_step_up", "2044-11-16 15:05", 5, "urgent",
        "step_up", True, None, ["3219807"],
        [ch("Jayden Okoro-Bell", "2035-02-03", "03/02/2035"), ch("Kezia Okoro-Bell", "2039-09-27", "27/09/2039")],
        ["domestic_abuse", "non_engagement", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT only in the attached TAF minutes' AOB (.docx), with a hedged covering mail ('not sure how to weigh'): "
        "mum's ex-partner, just released and under a non-molestation order, held a knife to her throat in front of "
        "a 9-year-old last night, has a key and says he is coming back tonight 'for the boy'. The planned MAST "
        "step-up is complete (MARF, manager agreed, consent) -> alert_duty.",
        variant="Outlook multipart/alternative + two .docx; the risk only in an attachment")

    # ---- th_04: NEAR MISS - step-down; the s47 in August closed NFA; assessment awaiting sign-off ----------------------
    f = "tower_hamlets_04.eml"
    body = T("""
Morning,

I chaired the TAF meeting for Deniz Yilmaz (DOB 05/11/2041, Mosaic 3198540) on Tuesday, following the end of my
Child and Family Assessment on 4 October. The minutes and the TAF plan are attached. The C&F Assessment itself is
still waiting for my manager's sign-off, so I will send it as soon as it is authorised.

Mum gave her consent to Early Help at the TAF. The Lead Practitioner will be Kerry Walsh, Family Practitioner,
Poplar Children and Family Centre.

You will see a reference in the minutes to the strategy discussion on 22 August. For clarity: that was about a
bruise on Deniz's cheek reported by his nursery. The child protection medical found it consistent with mum's
account (he fell against the coffee table while she was on the phone to the GP, and she took him to the walk-in
centre that afternoon). The section 47 enquiry ended with no further action on 30 August and there have been no
further injuries or worries since.

Kind regards
Deborah Asante
Social Worker, Children's Social Care, Tower Hamlets
020 7946 0288
""")
    minutes = pdf_att("TAF meeting minutes 11.10.2044 - Yilmaz.pdf", "TAF meeting - minutes", [
        "Child: Deniz Yilmaz (Mosaic 3198540)    Date: 11/10/2044 10:00    Venue: Poplar Children and Family Centre",
        "Chair: Deborah Asante (allocated social worker)",
        "Present: Elif Yilmaz (mum); Kerry Walsh (Family Practitioner); Nursery key person (Ms Shah); Deborah Asante.",
        "Apologies: Health visitor (report received).",
        "Background: strategy discussion 22/08/2044 re bruise to cheek; CP medical - consistent with accidental fall;",
        "s47 concluded NFA 30/08/2044. No further injuries.",
        "RAG: Physical care - GREEN. Mum's mood - AMBER (isolated, low since moving; GP aware). Nursery - GREEN.",
        "Decision: step down to Targeted Early Help; Kerry Walsh to be Lead Practitioner. Mum consents.",
        "Actions (who / what / by when): Deborah Asante - C&F Assessment sign-off and send to Early Help - 18/10/2044;",
        "Kerry Walsh - first home visit - 21/10/2044; Elif Yilmaz - stay-and-play sessions - from 17/10/2044.",
        "AOB: none.",
    ])
    plan = docx_att("TAF plan - Yilmaz.docx", ["# TAF plan - Deniz Yilmaz", ("TABLE", 0)],
                    tables=[[["Need", "Action", "Who", "When"],
                             ["Mum's isolation and low mood", "Stay-and-play; GP review", "Elif / Kerry", "October"],
                             ["Deniz's nursery place", "15 funded hours from January", "Kerry Walsh", "November"]]])
    top = plain_top(f, addr("Asante, Deborah", "deborah.asante@towerhamlets.gov.uk"), MB[(A, "early_help_duty")],
                    "Step-down: Yilmaz - TAF held 11/10 - minutes and plan", "2044-10-13 09:50", "towerhamlets.gov.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [minutes, plan]), A, "early_help_duty", "2044-10-13 09:50", 5, "near_miss",
        "step_down", False, None, ["3198540"], [ch("Deniz Yilmaz", "2041-11-05", "05/11/2041")],
        ["parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "NEAR MISS (resolved): the August strategy discussion and child protection medical about a bruise ended NFA "
        "(accident, no further injuries) - not urgent, not a concern. Step-down with minutes, TAF plan, consent and "
        "a named Lead Practitioner, but the C&F Assessment awaits sign-off -> missing assessment -> request_info.",
        variant="plain quoted-printable + PDF + .docx")

    # ---- th_05: step-up from the TAF review; MARF to follow; the manager chaired and agreed ----------------------------
    f = "tower_hamlets_05.eml"
    body = ("Hi MAST,\n\nToday's TAF review agreed to step up Ruby Brennan-Ali (DOB 12/09/2033, Mosaic 3177361).\n\n"
            "Summary from the minutes: Ruby's attendance is down to 61%, mum has not been in for 6 of the last 8 "
            "planned visits and did not come to today's review, and the family plan has stalled for three months. "
            "Agreed actions: school to do a home visit with the attendance officer by Friday; I will complete the "
            "MARF.\n\n"
            "My manager, Nadia Karim, chaired the TAF and agreed the step up.\n\n"
            "I'll complete the Request for Support form tomorrow and send it over.\n\n"
            "Ifeoma Nwosu\nFamily Support Practitioner, Stepney Family Hub\n020 7946 0566\n\nSent from my iPhone")
    top = plain_top(f, addr("Ifeoma Nwosu", "ifeoma.nwosu@towerhamlets.gov.uk"), MB[(A, "mash_step_up")],
                    "Step up - Brennan-Ali - TAF review outcome", "2044-12-05 19:45", "towerhamlets.gov.uk",
                    "iPhone Mail (23B85)")
    add(f, iphone_mail(f, top, body), A, "mash_step_up", "2044-12-05 19:45", 3, "ordinary",
        "step_up", False, None, ["3177361"], [ch("Ruby Brennan-Ali", "2033-09-12", "12/09/2033")],
        ["non_engagement", "school_attendance"], None, True, ["request_for_support"], None, "request_info",
        "Evening iPhone mail (format=flowed) summarising a TAF review: the manager chaired and agreed the step-up "
        "(true), but the Multi-Agency Request for Support form is 'tomorrow' -> missing request_for_support -> "
        "request_info.",
        variant="iPhone format=flowed, no attachment, 19:45")

    # ---- th_06: NEAR MISS - professionals' meeting notes about a 19-year-old (adult only) --------------------------------
    f = "tower_hamlets_06.eml"
    body = T("""
Dear MAST,

Please find below the notes of yesterday's professionals' meeting about Daniel Okafor, aged 19 (DOB 02/06/2025).
His former school asked me to copy MAST in because he was known to children's services until he turned 18. I
appreciate he is an adult and this may need to go to adult social care instead - please redirect if so.

PROFESSIONALS' MEETING - 21/11/2044, 14:00, Mile End Community Learning Disability Team
Present: Mark Tolley (CLDT nurse, chair); Jess Amankwah (adult social care); PC Rob Fairley (Met Police); Joanne
Okafor (aunt).   Apologies: GP; Daniel's college tutor.

1. Men who had moved into Daniel's flat and were using it to sell drugs (cuckooing) were removed by police on
   14 November; two were arrested and are on bail with conditions not to contact Daniel or go to the flat.
2. Daniel is staying with his aunt in Stepney and is safe there; the locks at the flat have been changed.
3. Adult social care have opened a section 42 enquiry.
4. No children live at the flat or visit Daniel.

ACTIONS
Who             What                                         By when
Jess Amankwah   Section 42 enquiry and care act assessment   05/12/2044
Mark Tolley     Support Daniel with his phone and money       28/11/2044
PC Fairley      Update on bail conditions                     as needed

AOB: none.

Mark Tolley
Community Learning Disability Nurse
Mile End CLDT
""")
    top = plain_top(f, addr("Mark Tolley", "mark.tolley@eastlondoncldt.example.nhs.uk"), MB[(A, "mash_step_up")],
                    "Notes of professionals' meeting - Mr Daniel Okafor (19)", "2044-11-22 10:30",
                    "eastlondoncldt.example.nhs.uk")
    add(f, mail(f, top, body, cte="7bit"), A, "mash_step_up", "2044-11-22 10:30", 6, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (adult only, already managed): notes about a 19-year-old (DOB 2025) exploited by men using his "
        "flat, who have been removed and arrested; adult social care's s42 enquiry; 'no children live at the flat "
        "or visit'. No child -> children [] and concerns []; misdirected to MAST -> other, human_review.",
        adults=["Daniel Okafor"], variant="plain 7bit, notes pasted")

    # ---- th_07: URGENT - follow_up with the child's views section and her words this morning ---------------------------
    f = "tower_hamlets_07.eml"
    acktext = ack("step-up", "[SB-tower_hamlets-3310]", ["Family: Mia Dunne (Mosaic 3230114)"],
                  ["the minutes of the TAF review"])
    body = T("""
Good morning,

As requested, the minutes of Tuesday's TAF review are attached. I'm also pasting the child's views section here,
because Mia said more this morning when I collected her for her school counselling session, and I've added it at
the bottom in her words.

MIA'S VIEWS (in her words, written down by HU at the TAF review on 13/12/2044)
"I like school and Miss Patel. I don't like it when mummy's friend Jason stays. He is loud."

Added 15/12/2044, 08:40, in Mia's words, in the car:
"Jason sleeps at ours now. When mummy is asleep he comes in my room and lies on my bed and touches my private and
says it's our game. He said if I tell mummy she will go away forever. He's picking me up from school today because
mummy is at the hospital."

Mia is 7. She went into school at 08:55. Mum is at the Royal London for treatment until late afternoon. I have not
said anything to mum or to Jason.

Hasan Uddin
Early Help Practitioner, Tower Hamlets Early Help
020 7946 0749

""") + gt_quote(acktext)
    minutes = pdf_att("TAF review minutes 13.12.2044 - Mia Dunne.pdf", "TAF review - minutes", [
        "Child: Mia Dunne, DOB 19/03/2037, Mosaic 3230114. Date: 13/12/2044 10:00, Shadwell Family Hub.",
        "Chair: Hasan Uddin (Early Help). Present: Sarah Dunne (mum); Miss Priya Patel (class teacher); Hasan Uddin.",
        "Apologies: school counsellor.",
        "Update: mum is having chemotherapy; she is tired and relies on friends for school runs. Mum's friend Jason",
        "now stays most nights. Mia's attendance 97% (GREEN). Emotional wellbeing AMBER - quiet and clingy.",
        "Actions (who / what / by when): Hasan Uddin - send minutes to MAST - 15/12/2044; Miss Patel - daily",
        "check-in - ongoing; mum - Macmillan family support referral - 20/12/2044.",
        "AOB: none.",
    ])
    top = plain_top(f, addr("Hasan Uddin", "hasan.uddin@towerhamlets.gov.uk"), MB[(A, "mash_step_up")],
                    "RE: Step up received - Mia Dunne [SB-tower_hamlets-3310] - TAF minutes (child's views)",
                    "2044-12-15 09:12", "towerhamlets.gov.uk", "Microsoft Outlook 16.0",
                    extra=[("In-Reply-To", "<SB-tower_hamlets-3310.ack@stepbot.towerhamlets.gov.uk>")])
    add(f, mail(f, top, body, [minutes]), A, "mash_step_up", "2044-12-15 09:12", 3, "urgent",
        "follow_up", True, None, ["3230114"], [ch("Mia Dunne", "2037-03-19", "19/03/2037")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT in a CHILD'S OWN WORDS, pasted from the TAF minutes' child's-views section: a 7-year-old describes "
        "mum's friend touching her at night and says he is collecting her from school today -> alert_duty on a "
        "follow_up to [SB-tower_hamlets-3310]. DOB from the attached minutes.",
        variant="plain quoted-printable reply + PDF minutes, '>' quoted ack", reference="SB-tower_hamlets-3310")

    # ---- th_08: Outlook ACCEPTED reply ------------------------------------------------------------------------------------
    f = "tower_hamlets_08.eml"
    data = outlook_itip_reply(f, "2044-11-02 08:05", ("Shirin Akhter", "shirin.akhter@bowyoungcarers.example.org"),
                              ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"), "ACCEPTED",
                              "First TAF review [SB-tower_hamlets-3262]", "20441109T100000", "20441109T113000",
                              "Bow Family Hub, meeting room 2")
    add(f, data, A, "early_help_duty", "2044-11-02 08:05", 2, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED, no comment) from a Lead Practitioner for a TAF review -> "
        "meeting_reply, record_reply.",
        variant="Outlook iTIP REPLY")


BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are "
         "not the intended recipient, please delete it and tell the sender.")

# ============================================================================= TORBAY
def torbay():
    A = "torbay"

    # ---- tb_01: complete SAT step-down; family meeting minutes; an under-5 -----------------------------------------
    f = "torbay_01.eml"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Ashby family.

My Single Assessment is attached. It concludes no further action at level 4 but a high level of need requiring a
level 3 coordinated response. My team manager, Nicola Fursdon, has recorded her manager's analysis confirming the
threshold for level 3 is met (page 2 of the attached).

Mum consented to level 3 Early Help at the family meeting on Monday - the minutes are attached too.

Children:
Harrison Ashby, DOB 02/02/2038 (LCS-4613309)
Evie Ashby, DOB 15/04/2041 - she is 3, so I think this goes to the under-5s triage.

Thanks,
Charlotte Widdicombe
Social Worker, Single Assessment Team, Torbay Council
01632 960 305
""") + "\n" + BDISC + "\n"
    sa = pdf_att("Single Assessment - Ashby - with TM analysis.pdf", "Single Assessment - Ashby", [
        "Children: Harrison Ashby (LCS-4613309), Evie Ashby. Assessment completed 16/09/2044.",
        "Presenting needs: home conditions poor (clutter, no safe sleeping space for Evie until July); mum's",
        "depression and anxiety, under the GP.",
        "Social worker's analysis and rationale for step down: conditions have improved with support and mum",
        "engages well; no statutory role, but the family need a level 3 coordinated response to sustain change.",
        "Outcome: NFA at level 4; step down to level 3 Early Help.",
        "",
        "Manager's analysis (Nicola Fursdon, Team Manager, 19/09/2044): I agree with the analysis. The threshold",
        "for level 3 intervention is met and the family should be stepped down to Early Help.",
    ])
    fm = docx_att("Family meeting minutes 19.09.2044 - Ashby.docx", [
        "# Family meeting - minutes",
        "Date: 19/09/2044, 10:00, at home. Present: Laura Ashby (mum); Charlotte Widdicombe (SW); Gill Rowe (nursery "
        "manager, for Evie). Apologies: health visitor.",
        "Mum agreed to the step down and gave her consent to level 3 Early Help.",
        ("TABLE", 0),
        "AOB: none.",
    ], tables=[[["Who", "What", "By when"], ["Charlotte Widdicombe", "Request triage slot", "23/09/2044"],
                ["Laura Ashby", "GP review of medication", "30/09/2044"],
                ["Gill Rowe", "Funded nursery hours paperwork", "30/09/2044"]]])
    top = outlook_top(f, addr("Widdicombe, Charlotte", "charlotte.widdicombe@torbay.gov.uk"), MB[(A, "early_help_duty")],
                      "Triage slot request - step down to Level 3 - Ashby (LCS-4613309)", "2044-09-21 11:40")
    add(f, mail(f, top, body, [sa, fm], html_alt=True), A, "early_help_duty", "2044-09-21 11:40", 5, "ordinary",
        "step_down", False, 3, ["LCS-4613309"],
        [ch("Harrison Ashby", "2038-02-02", "02/02/2038"), ch("Evie Ashby", "2041-04-15", "15/04/2041")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay SAT step-down: Single Assessment with the TM's analysis (manager agreed), consent in the "
        "family meeting minutes, level 3 stated; Evie (3) takes it to the fortnightly under-5s triage -> book_meeting.",
        variant="Outlook multipart/alternative + PDF + .docx")

    # ---- tb_02: NEAR MISS - police strategy discussion notes; everything already in place --------------------------
    f = "torbay_02.eml"
    body = T("""
OFFICIAL-SENSITIVE

MASH,

For your records: notes of today's strategy discussion (12:30, Teams).

Present: Rhiannon Tully (MASH Manager, chair); DC Helen Pascoe (Child Abuse Investigation Team); Dr Mark Oates
(community paediatrician); Mrs Kay Penwill (DSL, Roselands Primary); Ben Luxton (Social Worker, SAT).
Apologies: none.

Child: Jayden Rowe, DOB 11/07/2036.
Summary: yesterday afternoon Jayden told his teacher that his step-dad, Craig Rowe, hit him with a belt on
Sunday. Dr Oates examined him this morning: linear marks on the back of both thighs, consistent with his account.

Outcome:
- Threshold for section 47 met - joint investigation (police / children's social care).
- Craig Rowe was arrested at 10:15 this morning and is in custody; he will appear at Torquay Magistrates tomorrow.
  If he is bailed, bail conditions will prohibit contact with Jayden and with the address.
- Mum is supportive and believes Jayden. Jayden and mum are staying with his maternal grandmother in Brixham
  tonight under the agreed safety plan, which mum has signed.
- Ben Luxton (SAT) is allocated; ABE interview planned for Thursday.

Actions
Who               What                                          By when
DC Pascoe         Interview of Craig Rowe; charging advice      26/10/2044
Ben Luxton        Home visit to grandmother's address           26/10/2044
Mrs Penwill       Daily check-in with Jayden at school          ongoing

AOB: none.

No further action is needed from MASH today; these notes are for your records.

DC Helen Pascoe
Child Abuse Investigation Team, Torquay
""")
    top = plain_top(f, addr("DC Helen Pascoe", "helen.pascoe@police.example.uk"), MB[(A, "mash_step_up")],
                    "OFFICIAL-SENSITIVE: Strategy discussion notes 25/10 - Jayden Rowe (8) - for MASH records",
                    "2044-10-25 15:10", "police.example.uk")
    add(f, mail(f, top, body, cte="7bit"), A, "mash_step_up", "2044-10-25 15:10", 5, "near_miss",
        "other", False, None, [], [ch("Jayden Rowe", "2036-07-11", "11/07/2036")], ["physical_harm"], None, None, [],
        None, "human_review",
        "NEAR MISS (risk already managed): strategy discussion notes 'for your records' - the step-father is in "
        "custody, the child is with his protective mother at the grandmother's under a signed safety plan, a social "
        "worker is allocated; 'no further action is needed from MASH today'. Not a request -> other, human_review; "
        "the injury is labelled physical_harm.",
        variant="plain 7bit, police notes")

    # ---- tb_03: URGENT - step-up contact after a TAF; the new thing in a PS ----------------------------------------------
    f = "torbay_03.eml"
    body = T("""
Dear MASH,

Following this morning's TAF review I am making a contact to MASH to ask for the Hannaford family to be considered
for a level 4 statutory response. My ATM, Rosie Hext, and I agree this needs to be considered at level 4 (we
discussed it after the meeting, at 10.45). Mum consented to this contact at the TAF.

Children: Poppy Hannaford (DOB 06/03/2041) and Lewis Hannaford (DOB 28/08/2037). EHM-824417.

Why: six months of level 3 support with little change. Home conditions are poor again (no hot water for three
weeks, dog mess in the kitchen), dad's drinking has increased - he was drunk at two of the last four visits - and
Lewis's attendance is 79%. The TAF minutes will follow once they are typed up.

Kirsty Rendle
Family Practitioner, Early Help, Torbay Council
01632 960 448

PS Something was said in AOB after mum had left which isn't in my summary above. Jo Stentiford (nursery) said
Poppy came in at 9.15 this morning with a red, blistered burn across the palm of her right hand. When Jo asked
what happened Poppy said "Daddy put my hand on the cooker because I was naughty." Nursery have photographed it.
Dad is picking Poppy up from nursery at 12 today.
""")
    top = plain_top(f, addr("Kirsty Rendle", "kirsty.rendle@torbay.gov.uk"), MB[(A, "mash_step_up")],
                    "Contact to MASH - step up from level 3 - Poppy and Lewis Hannaford (EHM-824417)",
                    "2044-11-08 11:20", "torbay.gov.uk", extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, mail(f, top, body, cte="7bit"), A, "mash_step_up", "2044-11-08 11:20", 3, "urgent",
        "step_up", True, None, ["EHM-824417"],
        [ch("Poppy Hannaford", "2041-03-06", "06/03/2041"), ch("Lewis Hannaford", "2037-08-28", "28/08/2037")],
        ["neglect", "physical_harm", "school_attendance", "substance_misuse"], True, True, [], None, "alert_duty",
        "URGENT in a PS (from the TAF's AOB): a 3-year-old with a blistered burn to the palm says 'Daddy put my hand "
        "on the cooker'; dad collects her from nursery at 12 today. The Torbay contact itself is complete (consent, "
        "ATM agreement) -> alert_duty, missing [].",
        variant="Thunderbird plain 7bit, the news in a PS")

    # ---- tb_04: step-down; DRAFT final core group minutes with tracked corrections (consent corrected) -------------------
    f = "torbay_04.eml"
    body = T("""
Hi,

I'd like a triage slot to step the Carne family down to level 3 Early Help (Kacey Carne, DOB 20/01/2034,
LCS-4588120). The CP plan ended at the review conference on 24 November and the final core group was on Wednesday.

Attached are the draft minutes of the final core group. Please read the corrected version: the first draft said
mum had not given consent, which was wrong - I've tracked my corrections so you can see what changed.

My Single Assessment update isn't finished yet and my team manager hasn't done her analysis; I'll send both next
week.

Thanks
Oliver Skinner
Social Worker, Safeguarding and Supporting Families Team, Torbay Council
01632 960 512
""")
    R = "Oliver Skinner"
    minutes = docx_att("DRAFT final core group minutes 30.11.2044 - Carne.docx", [
        "# DRAFT - Final core group meeting - minutes",
        "Child: Kacey Carne (LCS-4588120). CP plan category: neglect (ended at review conference 24/11/2044).",
        [("n", "Date: 30/11/2044, 14:00, "), ("del", "Paignton Library", R, "2044-12-02T13:50:00Z"),
         ("ins", "Paignton Family Hub", R, "2044-12-02T13:50:00Z"), ("n", ". Chair: Oliver Skinner (SW).")],
        "Present: Donna Carne (mum); Oliver Skinner; Mrs Abbie Hosking (Head of Year 5, Preston Primary); Sam Leat "
        "(drug and alcohol worker, for mum). Apologies: school nurse.",
        "Progress: home conditions GREEN (maintained since July); Kacey's attendance 95% GREEN; mum's cannabis use "
        "reduced, tests at the last three appointments negative, AMBER while she finishes the programme.",
        "Step-down to level 3 Early Help discussed.",
        [("n", "Consent: "),
         ("del", "Mum has not yet given consent for level 3 Early Help and wants to think about it.", R,
          "2044-12-02T13:52:00Z"),
         ("ins", "Mum gave her consent for level 3 Early Help at the meeting and signed the consent form.", R,
          "2044-12-02T13:52:00Z")],
        ("TABLE", 0),
        "AOB: none.",
    ], tables=[[["Who", "What", "By when"], ["Oliver Skinner", "Request Early Help triage slot", "02/12/2044"],
                ["Oliver Skinner", "Single Assessment update and TM analysis", "09/12/2044"],
                ["Sam Leat", "Continue fortnightly sessions", "ongoing"]]], author=R)
    top = outlook_top(f, addr("Skinner, Oliver", "oliver.skinner@torbay.gov.uk"), MB[(A, "early_help_duty")],
                      "Triage slot please - Carne family - corrected draft minutes of final core group",
                      "2044-12-02 14:25")
    add(f, mail(f, top, body, [minutes], html_alt=True), A, "early_help_duty", "2044-12-02 14:25", 4, "ordinary",
        "step_down", False, 3, ["LCS-4588120"], [ch("Kacey Carne", "2034-01-20", "20/01/2034")],
        ["neglect", "substance_misuse"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "DRAFT MINUTES WITH TRACKED CORRECTIONS: the deleted text says mum has not consented, the inserted (accepted) "
        "text says she consented and signed -> consent true. The Single Assessment update and the TM's analysis are "
        "'next week' -> missing assessment and manager_agreed (null: not yet done) -> request_info. Level 3 stated.",
        variant="Outlook + .docx with w:ins / w:del")

    # ---- tb_05: NEAR MISS - complete step-down; the minutes' contingency is hypothetical -----------------------------
    f = "torbay_05.eml"
    body = T("""
Hello,

Requesting a triage slot for Tyler Polglase (DOB 09/09/2030, LCS-4571842) to step down to level 3.

The Single Assessment is attached with the TM analysis: Jenna Vosper (Team Manager) agreed on 07/10/2044 that the
threshold for level 3 is met. Dad has consented to level 3 Early Help - it is recorded in the CIN review minutes,
also attached.

For the avoidance of doubt about the contingency section of the minutes: the CIN review talked through what would
happen IF Tyler's mum, who lives in Plymouth and has had no contact with him since 2040, were ever to turn up and
try to take him. That is a contingency plan only. There has been no contact, no threats and nothing to suggest she
knows where they live.

Tyler's needs now are his ADHD (EHCP in place) and dad's depression, which his GP is treating.

Megan Tozer
Social Worker, Safeguarding and Supporting Families, Torbay Council
""")
    sa = pdf_att("Single Assessment - Polglase.pdf", "Single Assessment - Tyler Polglase (LCS-4571842)", [
        "Completed 05/10/2044 by Megan Tozer. Outcome: outcomes achieved; level 4 no longer required; high level of",
        "need requiring a level 3 coordinated response (ADHD and EHCP; dad's depression; Tyler's low mood).",
        "Manager's analysis - Jenna Vosper, Team Manager, 07/10/2044: threshold for level 3 met; agreed.",
    ])
    minutes = docx_att("CIN review minutes 06.10.2044 - Polglase.docx", [
        "# Child in Need review - minutes",
        "Date: 06/10/2044, 15:30, Torquay Academy. Chair: Megan Tozer (SW).",
        "Present: Gary Polglase (dad); Tyler (first 10 minutes); Megan Tozer; Mr Ian Cole (SENCo).",
        "Apologies: CAMHS.",
        ("TABLE", 0),
        "Dad consented to a step down to level 3 Early Help.",
        "Contingency (hypothetical): if mum were ever to make contact or try to remove Tyler, dad would call the "
        "police and MASH. No contact since 2040.",
        ("TABLE", 1),
        "AOB: none.",
    ], tables=[[["Area", "RAG"], ["Education / EHCP", "GREEN"], ["Dad's mental health", "AMBER"],
                ["Tyler's mood", "AMBER"]],
               [["Who", "What", "By when"], ["Megan Tozer", "Triage request", "10/10/2044"],
                ["Ian Cole", "EHCP annual review", "18/11/2044"], ["Gary Polglase", "GP review", "21/10/2044"]]])
    top = plain_top(f, addr("Megan Tozer", "megan.tozer@torbay.gov.uk"), MB[(A, "early_help_duty")],
                    "Early Help triage request - Polglase - level 3 step down", "2044-10-10 10:45", "torbay.gov.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [sa, minutes], html_alt=True), A, "early_help_duty", "2044-10-10 10:45", 6, "near_miss",
        "step_down", False, 3, ["LCS-4571842"], [ch("Tyler Polglase", "2030-09-09", "09/09/2030")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS (hypothetical): the minutes' contingency about an estranged mother who 'IF ... were ever' to try to "
        "take him - no contact since 2040 - is not a risk now. Complete Torbay step-down: Single Assessment with TM "
        "analysis, dad's consent, level 3 -> book_meeting.",
        variant="multipart/alternative + PDF + .docx tables")

    # ---- tb_06: URGENT - health visitor's TAF notes and her visit straight after, clinical ------------------------------
    f = "torbay_06.eml"
    body = T("""
MASH,

Sending my notes from this morning's TAF review and my visit straight after, as I could not get through on the
phone (tried 12:40 and 12:55).

TAF review 12/09/2044 09:30, Paignton Family Hub
Present: L Hambly (HV); Amy Luscombe (Family Practitioner, chair); Chelsea Gill (mum). Apologies: GP.
Child: Isla Gill, DOB 20/07/2044 (7/52).
Weight 9th centile, following the line. Feeding 4-hourly, formula. Housing letter outstanding.
Actions: HV weekly weighs; AL housing letter by 16/09; mum to register with GP by 19/09.
AOB: none raised at the meeting.

HV home visit 11:15-11:50 (unannounced, as agreed at TAF):
- Dean Treloar (mum's partner, not Isla's father) at the property, caring for Isla alone. Mum at the hospital
  for her own appointment until approx 16:00.
- Family Court order (August 2044): Dean to have no unsupervised contact with any child under 5, following the
  skull fracture to his son in 2042.
- Isla: weak cry, pale. 2 x 1 cm bruises to the left upper arm, not present at the weigh on 05/09. Dean said "she
  rolled off the sofa". Isla is 7 weeks old and is not rolling.
- Dean refused to let me take Isla for examination and asked me to leave at 11:50. Mum's phone is switched off.

I am parked outside the address (14 Fernhill Close, Paignton) and can stay until 13:30.

Lucy Hambly
Health Visitor
07700 900562

Sent from my iPhone
""")
    top = plain_top(f, addr("Lucy Hambly", "lucy.hambly@torbaycommunityhealth.example.nhs.uk"), MB[(A, "mash_step_up")],
                    "TAF notes + HV visit today - baby Isla Gill", "2044-09-12 13:05",
                    "torbaycommunityhealth.example.nhs.uk", "iPhone Mail (22F76)")
    add(f, iphone_mail(f, top, body), A, "mash_step_up", "2044-09-12 13:05", 2, "urgent",
        "other", True, None, [], [ch("Isla Gill", "2044-07-20", "20/07/2044")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "URGENT, clinical: a 7-week-old with fresh bruises, alone with a man a Family Court order bars from "
        "unsupervised contact with under-5s (his son's skull fracture); he refused examination and the mother cannot "
        "be reached. A health visitor's notes, not a request -> other, alert_duty.",
        adults=["Dean Treloar", "Chelsea Gill"], variant="iPhone format=flowed, clinical notes")

    # ---- tb_07: follow_up bringing the TM's analysis ----------------------------------------------------------------------
    f = "torbay_07.eml"
    acktext = ack("triage slot", "[SB-torbay-4471]", ["Family: Ellie Lowe (LCS-4599031)"],
                  ["your team manager's analysis confirming the threshold for level 3 intervention is met"])
    body = ("Hi,\n\nFollowing your email: my team manager's analysis is now on LCS and attached (Management oversight - "
            "Lowe - 24.11.2044). Sian Hocking (TM) agrees the threshold for level 3 is met and supports the step "
            "down.\n\nCould you confirm the triage date when you can?\n\nThanks\nRavi\n\n"
            "Ravi Desai\nSocial Worker, Single Assessment Team, Torbay Council\n01632 960 377\n"
            + quote_outlook("Early Help Torbay <earlyhelp@torbay.gov.uk>", "22 November 2044 10:14",
                            "Desai, Ravi <ravi.desai@torbay.gov.uk>",
                            "Triage request received - Lowe [SB-torbay-4471]", acktext))
    mo = docx_att("Management oversight - Lowe - 24.11.2044.docx", [
        "# Management oversight",
        "Child: Ellie Lowe (LCS-4599031). Single Assessment completed 18/11/2044.",
        "I have read the Single Assessment and the social worker's analysis. I agree that the threshold for level 3 "
        "intervention is met and that the family should be stepped down to Early Help.",
        "Sian Hocking, Team Manager, Single Assessment Team, 24/11/2044",
    ])
    top = outlook_top(f, addr("Desai, Ravi", "ravi.desai@torbay.gov.uk"), MB[(A, "early_help_duty")],
                      "RE: Triage request received - Lowe [SB-torbay-4471] - TM analysis", "2044-11-24 16:00",
                      reply_to_mid="<SB-torbay-4471.ack@stepbot.torbay.gov.uk>")
    add(f, mail(f, top, body, [mo], html_alt=True), A, "early_help_duty", "2044-11-24 16:00", 5, "ordinary",
        "follow_up", False, None, ["LCS-4599031"], [ch("Ellie Lowe")], [], None, True, [], None, "attach_to_request",
        "Reply to [SB-torbay-4471] bringing the TM's analysis (.docx): follow_up -> attach_to_request; manager "
        "agreement stated (true); the quoted 'What is missing' list is stepbot's own text.",
        variant="Outlook reply + .docx", reference="SB-torbay-4471")

    # ---- tb_08: NEAR MISS - out-of-office whose boilerplate names harm and 999 ---------------------------------------------
    f = "torbay_08.eml"
    body = T("""
Thank you for your email. I am at the regional Early Help conference until Friday 21 October with limited access
to email.

Triage minutes and actions will be picked up by Silas Penrose (Assistant Team Manager, Early Help).

If you have an immediate concern that a child is at risk of significant harm, do not wait for my reply: contact
MASH on 01632 960214 or, out of hours, the Emergency Duty Team on 01632 960999. In an emergency call 999.

Tamsin Verity
Service Manager, Early Help, Torbay Council
""")
    top = outlook_top(f, addr("Verity, Tamsin", "tamsin.verity@torbay.gov.uk"), MB[(A, "early_help_duty")],
                      "Automatic reply: Triage minutes 18/10 - actions", "2044-10-19 07:58",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), A, "early_help_duty", "2044-10-19 07:58", 1, "near_miss",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: an out-of-office (Auto-Submitted: auto-replied) answering the triage minutes, whose boilerplate "
        "says 'immediate concern', 'at risk of significant harm', 'Emergency Duty Team' and 999 - no child, nothing "
        "happening -> auto_reply, ignore.",
        variant="Outlook auto-reply, plain")


HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not necessarily "
         "of the council. This email and any attachments are confidential.")

# ============================================================================= HEREFORDSHIRE
def herefordshire():
    A = "herefordshire"

    # ---- hf_01: complete sibling-group step-down with the final CIN minutes ------------------------------------------
    f = "herefordshire_01.eml"
    blocks = [
        "Good morning co-ordinators,",
        "Following the final CIN review on 22 September (minutes attached) and my discussion with Verity Lang, please "
        "find attached the Early Help Assessment step-down plan and the family's signed consent (Ms Bevan signed on "
        "22/09/2044).",
        ("table", [["Child", "DOB", "Mosaic"],
                   ["Ffion Bevan", "18/06/2033", "604873"],
                   ["Osian Bevan", "02/12/2036", "604874"]]),
        "Key person agreed with the family: Sarah Pritchard, Family Support Worker, Leominster Primary School "
        "(01632 960 371).",
        "The remaining needs are mum's mental health (she is with the community mental health team) and Ffion's "
        "caring role for her mum and brother.",
        "Many thanks,",
        "Gareth Probert\nSocial Worker, Children's Safeguarding and Family Support\nHerefordshire Council",
        HDISC,
    ]
    plan = docx_att("EHA Step Down Plan - Bevan children.docx", [
        "# Early Help Assessment - Step Down plan",
        "Children: Ffion Bevan, Osian Bevan. Key person: Sarah Pritchard (Leominster Primary School).",
        "What are we worried about? Mum's depression; Ffion (11) does a lot of the caring at home.",
        "What's working well? Mum attends CMHT appointments; the children are settled in school.",
        ("TABLE", 0),
    ], tables=[[["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
                ["Young carers assessment - Sarah Pritchard", "Ffion has support and time for herself", "6 weeks"],
                ["CMHT to continue - mum", "Mum's mood is stable", "ongoing"],
                ["MAG review of progress - key person", "Four consecutive MAGs", "from October 2044"]]])
    consent = pdf_att("Signed consent - Bevan.pdf", "Consent to Early Help (step down)", [
        "I agree to my children Ffion and Osian Bevan being stepped down to Early Help and to information being",
        "shared with the people named in the plan.",
        "Signed: Rhian Bevan (mother)    Date: 22/09/2044",
    ])
    minutes = pdf_att("Final CIN review minutes 22.09.2044 - Bevan.pdf", "Final Child in Need review - minutes", [
        "Children: Ffion Bevan (604873), Osian Bevan (604874). Date: 22/09/2044 14:00, Leominster Primary School.",
        "Chair: Gareth Probert (SW). Present: Rhian Bevan (mum); Sarah Pritchard (FSW); Mr Huw Jenkins (Osian's",
        "class teacher). Apologies: CMHT care coordinator (report received).",
        "RAG: Home - GREEN; Mum's mental health - AMBER; Ffion's caring role - AMBER; School - GREEN.",
        "Decision: step down to Early Help; Sarah Pritchard to be key person; mum signed consent.",
        "Actions (who / what / by when): Gareth Probert - step-down plan to the co-ordinators - 06/10/2044;",
        "Sarah Pritchard - young carers referral - 30/09/2044.",
        "AOB: none.",
    ])
    top = outlook_top(f, addr("Probert, Gareth", "gareth.probert@herefordshire.gov.uk"), MB[(A, "early_help_duty")],
                      "Step down to Early Help - Bevan sibling group (Mosaic 604873, 604874)", "2044-09-27 10:30")
    add(f, blocks_mail(f, top, blocks, [plan, consent, minutes]), A, "early_help_duty", "2044-09-27 10:30", 5,
        "ordinary", "step_down", False, None, ["604873", "604874"],
        [ch("Ffion Bevan", "2033-06-18", "18/06/2033"), ch("Osian Bevan", "2036-12-02", "02/12/2036")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan .docx, signed consent form PDF, key person "
        "with agency, final CIN minutes; level not stated -> null -> book_meeting.",
        variant="Outlook HTML table + plain twin, .docx + 2 PDFs")

    # ---- hf_02: one-line covering mail; consent form to follow -----------------------------------------------------------
    f = "herefordshire_02.eml"
    body = "Minutes of the final CIN and the step-down plan attached - consent form to follow after I see mum on Tuesday.\nNia\n"
    minutes = pdf_att("Final CIN minutes 10.11.2044 - Jack Skyrme.pdf", "Final CIN meeting - minutes", [
        "Child: Jack Skyrme, DOB 23/04/2039. Mosaic ID 612095.",
        "Date: 10/11/2044 10:00, Bromyard Children's Centre. Chair: Nia Bowen (Social Worker).",
        "Present: Kelly Skyrme (mum); Nia Bowen; Mrs Ann Vaughan (Learning Mentor, St Peter's Primary, Bromyard).",
        "Apologies: health visitor.",
        "RAG: School attendance (82%) - AMBER. Home - GREEN. Mum's confidence - AMBER.",
        "Decision: step down to Early Help. Mum agreed verbally to the step down; written consent form to be signed at",
        "the home visit on Tuesday 15/11/2044.",
        "Key person: Mrs Ann Vaughan, Learning Mentor, St Peter's Primary School, Bromyard.",
        "Actions (who / what / by when): Nia Bowen - consent form signed and sent - 15/11/2044; Ann Vaughan -",
        "attendance plan - 18/11/2044.",
        "AOB: none.",
    ])
    plan = docx_att("EHA step-down plan - Jack Skyrme.docx", [
        "# Early Help Assessment - Step Down plan", "Child: Jack Skyrme. Key person: Ann Vaughan.",
        ("TABLE", 0)], tables=[[["What needs to happen - including by whom", "Outcome", "Timescale"],
                                ["Morning routine support - Ann Vaughan", "Attendance above 92%", "half term"],
                                ["Parenting group - mum", "Mum feels more confident", "January 2045"]]])
    top = plain_top(f, addr("Nia Bowen", "nia.bowen@herefordshire.gov.uk"), MB[(A, "early_help_duty")],
                    "Step down - Jack Skyrme - minutes and plan", "2044-11-11 15:45", "herefordshire.gov.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [minutes, plan], cte="7bit"), A, "early_help_duty", "2044-11-11 15:45", 4, "ordinary",
        "step_down", False, None, ["612095"], [ch("Jack Skyrme", "2039-04-23", "23/04/2039")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "ONE-LINE covering mail; everything is in the attachments: the final CIN minutes PDF (child, DOB, Mosaic id, "
        "mum's verbal agreement, key person with agency) and the plan .docx. Verbal agreement is consent as stated "
        "(true) but the written consent form is 'to follow' -> missing consent_form -> request_info.",
        variant="one-line plain 7bit + PDF + .docx")

    # ---- hf_03: URGENT - the news is in the quoted message of a forwarded chain ---------------------------------------
    f = "herefordshire_03.eml"
    older = quote_outlook("Watkins, Helen <h.watkins@kingtonprimary.example.org>", "30 September 2044 16:02",
                          "Sian Jones; Rachel Munro (School Nurse); Tom Bright (Early Help)",
                          "Professionals' meeting - Ellie Price - date?",
                          "Hi all,\n\nCould we find a date w/c 10 October for a professionals' meeting about Ellie? "
                          "I'd like to plan some support for her and her mum before half term. Tuesday or "
                          "Thursday afternoons suit school best.\n\nThanks\nHelen\n")
    newer = quote_outlook("Jones, Sian <s.jones@kingtonprimary.example.org>", "03 October 2044 11:32",
                          "Watkins, Helen <h.watkins@kingtonprimary.example.org>",
                          "RE: Professionals' meeting - Ellie Price - date?",
                          "Helen, sorry, before we sort a date for the meeting - Ellie came to me at break crying. "
                          "She says her stepdad Lee \"put his hands round my neck and squeezed until I couldn't "
                          "breathe\" last night because she spilt her drink, and that mummy said not to tell. I can "
                          "see red marks on both sides of her neck. She keeps saying she doesn't want to go home. "
                          "Her stepdad collects her at 3.15 on Mondays.\n\nShe is with me in the nurture room now.\n\n"
                          "Sian\n" + older)
    body = ("Forwarding as our head asked me to send this straight to you - please see Mrs Jones's email below. I will "
            "phone as well. Ellie is 6 and in Year 2.\n\nHelen Watkins\nDesignated Safeguarding Lead, Kington Primary "
            "School\n01632 960 128\n" + newer)
    top = outlook_top(f, addr("Watkins, Helen", "h.watkins@kingtonprimary.example.org"), MB[(A, "mash_step_up")],
                      "FW: Professionals' meeting - Ellie Price - date?", "2044-10-03 11:55")
    add(f, mail(f, top, body, html_alt=True), A, "mash_step_up", "2044-10-03 11:55", 3, "urgent",
        "other", True, None, [], [ch("Ellie Price")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT in the QUOTED part of a forwarded chain about fixing a professionals' meeting: a 6-year-old with red "
        "marks on her neck says her stepdad squeezed her neck until she couldn't breathe, and he collects her at 3.15 "
        "today (Monday) -> alert_duty. A school forwarding, not a request: kind other.",
        variant="Outlook FW with a two-deep quoted chain")

    # ---- hf_04: NEAR MISS - complete level 3 step-down; negations throughout; HTML only --------------------------------
    f = "herefordshire_04.eml"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body lang="EN-GB"><div style="font-family:Calibri,sans-serif;font-size:11pt">'
         '<p>Hello co-ordinators,</p>'
         '<p>Please find attached the step-down plan, the signed consent form and the final CIN review minutes for '
         '<b>Kieran Morgan</b> (DOB 14/10/2035, Mosaic 609318), stepping down to Early Help at level 3.</p>'
         '<p>Key person agreed with the family: <b>Dan Whittall, Youth Worker, Ross Youth Project</b> (01632 960 244).</p>'
         '<p>For information, the review recorded:</p><ul>'
         '<li>no concerns from any agency about Kieran\'s physical care, injuries, supervision or home conditions;</li>'
         '<li>no police call-outs to the address since March;</li>'
         '<li>dad\'s drinking, the reason for the original referral in 2043, has not been an issue for over a year - '
         'he completed the alcohol programme and his tests are clear.</li></ul>'
         '<p>The remaining need is Kieran\'s school attendance (83%) and some anger in class, which the plan covers.</p>'
         '<p>Kind regards,<br>Rebecca Gwilliam<br>Social Worker, Herefordshire Council</p></div></body></html>')
    plan = docx_att("EHA step-down plan - Morgan.docx", [
        "# Early Help Assessment - Step Down plan (level 3)", "Child: Kieran Morgan. Key person: Dan Whittall.",
        ("TABLE", 0)], tables=[[["What needs to happen - including by whom", "Outcome", "Timescale"],
                                ["Weekly youth work sessions - Dan Whittall", "Kieran manages his anger", "12 weeks"],
                                ["Attendance meeting - school and dad", "Attendance above 92%", "half term"]]])
    consent = pdf_att("Consent form - signed - Morgan.pdf", "Consent to Early Help", [
        "I consent to Kieran Morgan receiving Early Help support as set out in the step-down plan.",
        "Signed: Paul Morgan (father)    Date: 01/12/2044",
    ])
    minutes = pdf_att("Final CIN review minutes 01.12.2044 - Morgan.pdf", "Final CIN review - minutes", [
        "Child: Kieran Morgan (609318). Date: 01/12/2044 15:00, Ross-on-Wye Family Hub. Chair: Rebecca Gwilliam.",
        "Present: Paul Morgan (dad); Dan Whittall (Ross Youth Project); Mrs Gill Price (Year 4 teacher).",
        "Apologies: police (no call-outs since March).",
        "No concerns from any agency about physical care, injuries, supervision or home conditions.",
        "Dad's alcohol use: not a concern for over a year; programme completed 2043; tests clear.",
        "RAG: Attendance (83%) - AMBER. Behaviour - AMBER. Home - GREEN.",
        "Decision: step down to level 3 Early Help; dad signed consent; Dan Whittall to be key person.",
        "Actions (who / what / by when): Rebecca Gwilliam - plan to co-ordinators - 08/12/2044.",
        "AOB: none.",
    ])
    top = outlook_top(f, addr("Gwilliam, Rebecca", "rebecca.gwilliam@herefordshire.gov.uk"), MB[(A, "early_help_duty")],
                      "Step down (level 3) - Kieran Morgan - Mosaic 609318", "2044-12-07 09:20")
    add(f, html_only_mail(f, top, h, [plan, consent, minutes]), A, "early_help_duty", "2044-12-07 09:20", 6,
        "near_miss", "step_down", False, 3, ["609318"], [ch("Kieran Morgan", "2035-10-14", "14/10/2035")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS (negated): 'no concerns ... about physical care, injuries, supervision', 'no police call-outs', dad's "
        "drinking 'not an issue for over a year' - nothing urgent, and drinking is not labelled. Complete step-down "
        "(plan, signed consent, key person with agency), level 3 stated -> book_meeting.",
        variant="HTML only (no text/plain) + .docx + 2 PDFs")

    # ---- hf_05: step-up to Herefordshire (undefined kind) with TAF minutes ----------------------------------------------
    f = "herefordshire_05.eml"
    body = T("""
Dear MASH,

The TAF meeting yesterday agreed to ask for the Wilde family to be stepped up to Children's Social Care. The minutes
are attached.

Children: Holly Wilde (DOB 07/07/2032) and Alfie Wilde (DOB 19/02/2036). Mosaic 615902.

The worries are neglect - the home conditions have slipped back again, there is often no food in the house at the
weekend and Alfie has head lice and untreated eczema - and Alfie's attendance, which is 71%.

Mum knows we are asking and agrees. My manager, Tom Preece, agreed the step up after the TAF.

Laura Dyke
Early Help Family Support Worker, Herefordshire Council
01632 960 219
""")
    minutes = pdf_att("TAF minutes 17.10.2044 - Wilde.pdf", "Team Around the Family meeting - minutes", [
        "Family: Wilde (Mosaic 615902). Date: 17/10/2044 13:30, Hereford Children's Centre. Chair: Laura Dyke.",
        "Present: Stacey Wilde (mum); Laura Dyke (EH FSW); Tom Preece (EH Team Manager); Mrs Jan Hall (DSL,",
        "Whitecross High); Mr Owen Price (Alfie's class teacher). Apologies: school nurse.",
        "RAG: Home conditions - RED. Food - RED. Health (Alfie's eczema, lice) - AMBER. Attendance Alfie 71% - RED;",
        "Holly 94% - GREEN.",
        "Outcome: the TAF agreed to request a step up to Children's Social Care. Mum agreed.",
        "Actions (who / what / by when): Laura Dyke - step up request to MASH - 18/10/2044; Stacey Wilde - GP",
        "appointment for Alfie's eczema - 21/10/2044; Owen Price - breakfast club place - 19/10/2044.",
        "AOB: none.",
    ])
    top = plain_top(f, addr("Laura Dyke", "laura.dyke@herefordshire.gov.uk"), MB[(A, "mash_step_up")],
                    "Step up request - Wilde family - TAF minutes 17/10", "2044-10-18 14:00", "herefordshire.gov.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [minutes]), A, "mash_step_up", "2044-10-18 14:00", 7, "ordinary",
        "step_up", False, None, ["615902"],
        [ch("Holly Wilde", "2032-07-07", "07/07/2032"), ch("Alfie Wilde", "2036-02-19", "19/02/2036")],
        ["neglect", "school_attendance"], True, True, [], None, "human_review",
        "A step-up with TAF minutes sent to Herefordshire, whose protocol defines no step_up -> human_review; "
        "missing [] and notice null for the undefined kind. Consent and manager agreement stated (true).",
        variant="plain quoted-printable + PDF minutes")

    # ---- hf_06: NEAR MISS - MAG review minutes under a one-line covering mail; a June incident resolved --------------------
    f = "herefordshire_06.eml"
    body = "Minutes of the second MAG review for the Lloyd-Hughes children attached.\n\nSarah\n\nSent from Outlook for iOS"
    minutes = pdf_att("MAG review 2 of 4 - Lloyd-Hughes - 07.09.2044.pdf", "Multi-Agency Group (MAG) review 2 of 4", [
        "Family: Lloyd-Hughes. Children: Megan Lloyd-Hughes (DOB 12/01/2038), Rhys Lloyd-Hughes (DOB 30/03/2042).",
        "Mosaic ID 601447. Date: 07/09/2044 15:30, Kington Family Hub. Chair: Sarah Ellison (key person, Kington",
        "Family Hub).",
        "Present: Bethan Lloyd-Hughes (mum); Sarah Ellison; Mrs Carys Evans (Megan's class teacher); Lisa Bowen",
        "(health visitor, for Rhys).    Apologies: Xavier Moss (Early Help co-ordinator).",
        "",
        "Progress since MAG 1 (03/08/2044)",
        "Housing - GREEN (repairs done). Mum's wellbeing - GREEN. Megan's attendance - AMBER (88% last term).",
        "Rhys's development - GREEN (2-year check done).",
        "",
        "Update on the June incident: in June mum's former partner came home drunk and damaged a door; police",
        "attended, he left the family home the next day and has not returned. He now lives in Worcester and has",
        "supervised contact at the contact centre only. No incidents since. Not a current concern.",
        "",
        "Actions",
        "WHO            | WHAT                                      | BY WHEN",
        "Carys Evans    | Attendance plan for Megan                 | 21/09/2044",
        "Sarah Ellison  | Parenting group place for mum             | 30/09/2044",
        "Lisa Bowen     | Nursery funding for Rhys                  | 05/10/2044",
        "",
        "AOB: none. Next MAG (3 of 4): 05/10/2044.",
    ])
    top = plain_top(f, addr("Sarah Ellison", "sarah.ellison@kingtonfamilyhub.example.org"), MB[(A, "early_help_duty")],
                    "MAG review 2 - Lloyd-Hughes", "2044-09-08 15:30", "kingtonfamilyhub.example.org")
    add(f, mail(f, top, body, [minutes], cte="7bit"), A, "early_help_duty", "2044-09-08 15:30", 4, "near_miss",
        "other", False, None, ["601447"],
        [ch("Megan Lloyd-Hughes", "2038-01-12", "12/01/2038"), ch("Rhys Lloyd-Hughes", "2042-03-30", "30/03/2042")],
        ["school_attendance"], None, None, [], None, "human_review",
        "NEAR MISS (historic, resolved): MAG review minutes under a one-line covering mail; the June drunk incident "
        "is over ('has not returned', supervised contact only, 'not a current concern') - not urgent, not labelled. "
        "A progress review, not a request and no reference -> other, human_review; Megan's 88% attendance is AMBER.",
        variant="one-line 7bit + PDF minutes")

    # ---- hf_07: URGENT - follow_up bringing the consent form; the news is a phone call this morning -----------------------
    f = "herefordshire_07.eml"
    acktext = ack("step-down", "[SB-herefordshire-418]", ["Family: Jack Skyrme (Mosaic 612095)"],
                  ["the family's written consent"])
    body = T("""
Hi,

I was going to send the signed consent form today (attached), but please hold the step down.

Kelly (mum) rang me at 08:10, whispering. Her ex, Darren Skyrme, who is not supposed to know where she lives, turned
up at 2am, kicked the back door in and has been in the house all night. He has taken her phone and car keys and he
hit her in the face in front of Jack. She rang from Jack's tablet, locked in the bathroom with Jack. The line went
dead at 08:14 and she has not answered since.

I have called the police. The address is 3 Tanhouse Row, Bromyard. Jack is 5.

Nia Bowen
Social Worker, Herefordshire Council
07700 900634

""") + gt_quote(acktext)
    consent = pdf_att("Signed consent - Jack Skyrme.pdf", "Consent to Early Help (step down)", [
        "I agree to Jack Skyrme being stepped down to Early Help and to information being shared with the key person.",
        "Signed: Kelly Skyrme (mother)    Date: 15/11/2044",
    ])
    t = text_part(body, charset="iso-8859-1")
    root = multipart("mixed", [t, consent], bnd(f, 1))
    top = plain_top(f, addr("Nia Bowen", "nia.bowen@herefordshire.gov.uk"), MB[(A, "early_help_duty")],
                    "RE: Step-down received - Jack Skyrme [SB-herefordshire-418]", "2044-11-18 08:40",
                    "herefordshire.gov.uk", "Microsoft Outlook 16.0",
                    extra=[("In-Reply-To", "<SB-herefordshire-418.ack@stepbot.herefordshire.gov.uk>")])
    add(f, build(top, root), A, "early_help_duty", "2044-11-18 08:40", 3, "urgent",
        "follow_up", True, None, ["612095"], [ch("Jack Skyrme")], ["domestic_abuse"], True, None, [], None,
        "alert_duty",
        "URGENT, plain: the follow_up that brings herefordshire_02's signed consent form reports that the mother's "
        "ex-partner broke in overnight, hit her in front of a 5-year-old and has them trapped; the call cut off -> "
        "alert_duty overrides attach_to_request. Consent true (the signed form). iso-8859-1 quoted-printable.",
        variant="plain iso-8859-1 QP reply + PDF", reference="SB-herefordshire-418")

    # ---- hf_08: follow_up with the handover meeting notes and closing summary (Apple Mail) -------------------------------
    f = "herefordshire_08.eml"
    acktext = ack("step-down", "[SB-herefordshire-431]", ["Family: Lacey Parry (Mosaic 613370)",
                                                          "Nothing is missing; the co-ordinators will process it."])
    body = ("Hi Xavier,\n\nThe case is closed on Mosaic today. Attached are the notes of the handover meeting with the key "
            "person on 14 December and my closing summary. The first MAG review is booked for 11 January.\n\n"
            "Thanks,\nOwain\n\nOwain Lewis\nSocial Worker, Herefordshire Council\n\n"
            "On 5 Dec 2044, at 11:02, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n\n"
            + gt_quote(acktext))
    notes = pdf_att("Handover meeting notes 14.12.2044 - Parry.pdf", "Handover meeting - notes", [
        "Child: Lacey Parry (613370). Date: 14/12/2044 11:00, at home.",
        "Present: Owain Lewis (SW); Jade Parry (mum); Karen Griffiths (key person, Hereford Family Hub).",
        "Apologies: none.",
        "Actions (who / what / by when): Karen Griffiths - first MAG review - 11/01/2045; Owain Lewis - close to",
        "social care - 19/12/2044.",
        "AOB: none.",
    ])
    summary = docx_att("Closing summary - Lacey Parry.docx", [
        "# Closing summary", "Lacey Parry (Mosaic 613370). Child in Need plan ended 28/11/2044; stepped down to Early "
        "Help with Karen Griffiths (Hereford Family Hub) as key person.",
    ])
    t = Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")], body)
    root = multipart("mixed", [t, notes, summary], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Owain Lewis", "owain.lewis@herefordshire.gov.uk"), MB[(A, "early_help_duty")],
                    "Re: Step-down received - Lacey Parry [SB-herefordshire-431]", "2044-12-19 12:10",
                    "herefordshire.gov.uk", "Apple Mail (2.3826.500.1.1)",
                    extra=[("In-Reply-To", "<SB-herefordshire-431.ack@stepbot.herefordshire.gov.uk>")])
    add(f, build(top, root, crlf=False), A, "early_help_duty", "2044-12-19 12:10", 6, "ordinary",
        "follow_up", False, None, ["613370"], [ch("Lacey Parry")], [], None, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-431] bringing the handover meeting notes and the closing summary: "
        "follow_up -> attach_to_request.",
        variant="Apple Mail 7bit + PDF + .docx, 'On ... wrote:' quote", reference="SB-herefordshire-431")


# ============================================================================= checks
BANNED = ["urgent", "immediate", "immediately", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
          "asap", "at risk"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]


def requirements(authority, kind, level, concerns):
    """REQUIREMENTS.md's matrix: the ids `missing` may hold for this request (None = kind not defined)."""
    if authority == "knowsley" and kind == "step_up":
        r = {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
        r |= {"gcp2"} if "neglect" in concerns else set()
        r |= {"engaging_families"} if "non_engagement" in concerns else set()
        r |= {"exploitation_assessment"} if "exploitation" in concerns else set()
        return r
    if authority == "knowsley" and kind == "step_down":
        if level == 2:
            return {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"}
        return {"children", "meeting_details", "worries_strengths_next", "consent"}        # level 3 or none stated
    table = {("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
             ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
             ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
             ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
             ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
             ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
             ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"}}
    if kind in ("step_up", "step_down"):
        return table.get((authority, kind))            # herefordshire step_up -> None (undefined)
    return set()


def expected_next(lab):
    e = lab["expect"]
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or requirements(lab["authority"], k, e["level"], e["concerns"]) is None:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def readable(msg, with_deleted=True):
    """Every human-readable piece of the message: decoded headers, text parts (HTML stripped and raw), calendar
    text, attachment names, .docx text (accepted and, optionally, deleted) and PDF text."""
    out = []
    for k in ("Subject", "From", "To", "Cc"):
        if msg[k]:
            out.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            c = part.get_content()
            out += [html_text(c), c]
        elif ct in ("text/calendar", "application/ics"):
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            acc, dele = docx_texts(payload)
            out.append(acc)
            if with_deleted:
                out.append(dele)
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return "\n".join(out)


def flat(s):
    return re.sub(r"\s+", " ", s)


def parse_dob(written):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(written, fmt).date()
        except ValueError:
            pass
    raise ValueError(written)


def check():
    errors = []
    def err(f, m):
        errors.append("%s: %s" % (f, m))

    # -- the set
    if len(FILES) != 40 or len(LABELS) != 40:
        errors.append("set: %d files / %d labels, expected 40" % (len(FILES), len(LABELS)))
    for a in AUTHORITIES:
        want = {"%s_%02d.eml" % (a, i) for i in range(1, 9)}
        have = {f for f in FILES if f.startswith(a + "_")}
        if have != want:
            errors.append("set: %s files %s" % (a, sorted(have ^ want)))
    cats = [CATS[f] for f in FILES]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        errors.append("set: %d urgent / %d near misses (at least 11 each)" % (cats.count("urgent"), cats.count("near_miss")))
    if set(cats) - {"urgent", "near_miss", "ordinary"}:
        errors.append("set: unknown category")
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        errors.append("set: not every kind is present")
    # bank holidays against the `holidays` package, when installed
    try:
        import holidays
        ref = {d for y in (2044, 2045) for d in holidays.country_holidays("GB", subdiv="ENG", years=[y])}
        ref = {d for d in ref if d.weekday() < 5 and d <= date(2045, 1, 2)}
        if ref != BANK_HOLIDAYS:
            errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    except ImportError:
        pass
    if [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]:
        errors.append("set: a bank holiday inside the window?")
    if WINDOW[0].weekday() != 3 or WINDOW[1].weekday() != 1:
        errors.append("set: window ends are not Thursday 1 September / Tuesday 20 December")
    if CHRISTMAS_DAY.weekday() != 6 or date(2044, 12, 26).weekday() != 0 or date(2044, 12, 27).weekday() != 1:
        errors.append("set: Christmas 2044 is not Sun/Mon/Tue")
    if LON.utcoffset(datetime(2044, 10, 30, 0, 59)) != timedelta(hours=1) or \
       LON.utcoffset(datetime(2044, 10, 30, 2, 0)) != timedelta(0):
        errors.append("set: BST does not end on Sunday 30 October 2044")

    for lab in LABELS:
        f, e, a = lab["file"], lab["expect"], lab["authority"]
        meta = META[f]
        raw = FILES[f]
        # -- label shape
        if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            err(f, "label keys")
        if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                       "missing", "notice_ok", "next_action"]:
            err(f, "expect keys")
        if not f.startswith(a + "_"):
            err(f, "authority")
        if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
            err(f, "kind / next_action")
        if e["concerns"] != sorted(set(e["concerns"])) or set(e["concerns"]) - CONCERNS:
            err(f, "concerns not sorted / unknown")
        if e["missing"] != sorted(set(e["missing"])):
            err(f, "missing not sorted")
        if e["urgent"] != (CATS[f] == "urgent"):
            err(f, "urgent disagrees with the category")
        if e["next_action"] != expected_next(lab):
            err(f, "next_action %s, DESIGN's order gives %s" % (e["next_action"], expected_next(lab)))
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err(f, "level only on step_downs")
        for k in ("consent", "manager_agreed"):
            if e[k] not in (True, False, None):
                err(f, k)
        if not lab["why"] or len(lab["why"]) < 40:
            err(f, "why")
        # -- requirements
        req = requirements(a, e["kind"], e["level"], e["concerns"])
        if req is None or e["kind"] not in ("step_up", "step_down"):
            if e["missing"]:
                err(f, "missing must be [] for this kind")
        else:
            if set(e["missing"]) - req:
                err(f, "missing ids not required here: %s" % (set(e["missing"]) - req))
            if "consent" in req and (e["consent"] is not True) != ("consent" in e["missing"]):
                err(f, "consent vs missing")
            if "manager_agreed" in req and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
                err(f, "manager_agreed vs missing")
            if "case_id" in req and (not e["case_ids"]) != ("case_id" in e["missing"]):
                err(f, "case_id vs missing")
            if (not e["children"]) != ("children" in e["missing"]):
                err(f, "children vs missing")
        # -- notice (Knowsley step requests only)
        now = datetime.fromisoformat(lab["now"])
        knowsley_step = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        if knowsley_step:
            if meta["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    err(f, "no meeting date: notice null and meeting_details missing")
            else:
                m = meta["meeting"]
                if m.weekday() >= 5 or m in BANK_HOLIDAYS or m <= now.astimezone(LON).date():
                    err(f, "meeting date")
                ok = working_days_after(now.astimezone(LON).date(), m) >= 5
                if e["notice_ok"] != ok:
                    err(f, "notice_ok %s, counted %s" % (e["notice_ok"], ok))
        elif e["notice_ok"] is not None:
            err(f, "notice_ok must be null")
        # -- the message
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if any(p.defects for p in msg.walk()) or msg.defects:
            err(f, "parse defects %s" % [p.defects for p in msg.walk()])
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                err(f, "no %s" % h)
        if MAILBOXES[(a, lab["mailbox"])].lower() not in (str(msg["To"]) + " " + str(msg["Cc"] or "")).lower():
            err(f, "the mailbox is not in To/Cc")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        local = d.astimezone(LON)
        if d.utcoffset() != local.utcoffset():
            err(f, "Date offset %s is not Europe/London's %s" % (d.utcoffset(), local.utcoffset()))
        if not (WINDOW[0] <= local.date() <= WINDOW[1]):
            err(f, "Date outside the window")
        if local.weekday() >= 5 or local.date() in BANK_HOLIDAYS:
            err(f, "Date not a working day")
        delay = now - d
        if not (timedelta(minutes=1) <= delay <= timedelta(minutes=10)):
            err(f, "now is not 1-10 minutes after Date")
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            err(f, "now's offset is not Europe/London's")
        # -- kind markers
        subj = str(msg["Subject"])
        has_auto = msg["Auto-Submitted"] is not None
        if (e["kind"] == "auto_reply") != has_auto:
            err(f, "Auto-Submitted only and always on auto_reply")
        ref = re.search(r"\[SB-[a-z_]+-\d+\]", subj)
        if e["kind"] == "follow_up" and (not ref or ref.group(0)[1:-1] != meta["reference"]):
            err(f, "follow_up without its [SB-...] reference")
        if e["kind"] in ("step_up", "step_down", "other") and ref:
            err(f, "a new request or other mail carries a reference")
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != bool(cals) or \
           any("METHOD:REPLY" not in p.get_payload(decode=True).decode() for p in cals):
            err(f, "meeting_reply <-> text/calendar METHOD:REPLY")
        # -- text checks
        text = flat(readable(msg))
        low = text.lower()
        if e["urgent"]:
            for w in BANNED:
                if w in low:
                    err(f, "banned word %r in an urgent mail" % w)
        for c in meta["children"]:
            if c["name"] not in text:
                err(f, "child %s not in the text" % c["name"])
            if c["dob"]:
                if c["_w"] not in text:
                    err(f, "DOB %s not written as labelled" % c["_w"])
                dob = parse_dob(c["_w"])
                if dob.isoformat() != c["dob"]:
                    err(f, "DOB %s != %s" % (c["_w"], c["dob"]))
                age = (now.date() - dob).days / 365.25
                if not (0 < age < 18):
                    err(f, "%s is not a child at now" % c["name"])
        for p in meta["adults"]:
            if p not in text or p in [c["name"] for c in meta["children"]]:
                err(f, "adult %s" % p)
        for cid in e["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\d)" % re.escape(cid), text):
                err(f, "case id %s not in the text" % cid)
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})", cid):
                err(f, "case id form %s" % cid)
        # children in order of first appearance (of the given name: "Tia and Mason Doran" names Tia first)
        pos = [re.search(r"\b%s\b" % re.escape(c["name"].split()[0]), text).start() for c in meta["children"]]
        if pos != sorted(pos):
            err(f, "children not in order of appearance")
        # tracked changes where the label relies on them
        if "w:ins" in (meta["variant"] or ""):
            docs = [p.get_payload(decode=True) for p in msg.walk() if p.get_content_type() == DOCX]
            if not any(b"<w:ins " in zipfile.ZipFile(io.BytesIO(x)).read("word/document.xml") and
                       b"<w:del " in zipfile.ZipFile(io.BytesIO(x)).read("word/document.xml") for x in docs):
                err(f, "no tracked changes")
        # PDFs read back with pypdf when installed
        try:
            from pypdf import PdfReader
            for p in msg.walk():
                if p.get_content_type() == "application/pdf":
                    data = p.get_payload(decode=True)
                    got = flat(" ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages))
                    mine = flat(pdf_text(data))
                    if got.replace(" ", "") != mine.replace(" ", ""):
                        err(f, "pypdf reads %s differently" % p.get_filename())
        except ImportError:
            pass
    # the two tracked-changes labels depend on the accepted text
    for f, deleted, accepted in (("torbay_04.eml", "has not yet given consent", "gave her consent for level 3"),
                                 ("knowsley_06.eml", "released on police bail", "remanded in custody")):
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        acc = flat(readable(msg, with_deleted=False))
        full = flat(readable(msg))
        if deleted in acc or accepted not in acc or deleted not in full:
            errors.append("%s: tracked change not as labelled" % f)
    return errors


def stats():
    from collections import Counter
    print("categories", Counter(CATS.values()))
    for a in AUTHORITIES:
        print(" ", a, Counter(CATS[f] for f in FILES if f.startswith(a)))
    print("kinds", Counter(l["expect"]["kind"] for l in LABELS))
    print("next_action", Counter(l["expect"]["next_action"] for l in LABELS))
    print("mailbox", Counter(l["mailbox"] for l in LABELS))
    print("offsets", Counter(l["now"][-6:] for l in LABELS))
    print("Knowsley notice:")
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(l["now"]).astimezone(LON).date()
            print("  %-16s %s -> %s  WD %d  weekdays %d  ok=%s" % (l["file"], t.strftime("%a %d %b"),
                  m.strftime("%a %d %b"), working_days_after(t, m), plain_weekdays_after(t, m), l["expect"]["notice_ok"]))
    print("urgent:", [f for f in FILES if CATS[f] == "urgent"])
    print("near misses:", [f for f in FILES if CATS[f] == "near_miss"])


def main():
    knowsley(); richmond_wandsworth(); tower_hamlets(); torbay(); herefordshire()
    errors = check()
    if errors:
        print("\n".join(errors))
        print("%d error(s); nothing written" % len(errors))
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    order = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(order, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({f: CATS[f] for f in sorted(CATS)}, fh, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print("ok: 40 files, labels.json, categories.json and README.md written; every check passed")
    if "--stats" in sys.argv:
        stats()


README = r"""# mixed132: blind held-out set for urgency and the parse fields, over the autumn term of 2044 (Thursday 1 September - Tuesday 20 December 2044), in minutes and notes of meetings sent to the inbox

40 invented RFC 5322 messages (`*.eml`), 8 per authority (`knowsley`, `richmond_wandsworth`, `tower_hamlets`,
`torbay`, `herefordshire`), each addressed (To or Cc) to the MASH step-up or Early Help duty mailbox that
`config/deployment.yaml` names. Every one carries minutes or notes of a meeting: TAF reviews, core groups,
professionals' meetings, a police strategy discussion, child in need reviews, a reflective discussion, a family
meeting, MAG reviews, a partnership forum and subgroup, with attendance lists, apologies, actions tables
(who / what / by when), RAG ratings, "any other business" where the one new thing is said, minutes attached as
.docx / .pdf under a one-line covering mail, draft minutes with tracked corrections, and a TAF chair's summary.
`labels.json` follows the dev corpus format exactly (`file`, `authority`, `mailbox`, `now`, `expect` with `kind`,
`urgent`, `level`, `case_ids`, `children`, `concerns`, `consent`, `manager_agreed`, `missing`, `notice_ok`,
`next_action`, and a `why`). `categories.json` maps each file to `urgent` (11), `near_miss` (12) or `ordinary` (17).
Run every file as `stepbot parse FILE --authority <authority> --mailbox <mailbox> --now <now>`. The set was never run
through the parser and is meant to be scored once, blind.

## Window, clock and bank holidays (checked with Python)
- Window: **Thursday 1 September - Tuesday 20 December 2044** (1 Sep 2044 is a Thursday, 20 Dec a Tuesday). Every
  Date header is a weekday in the window; no bank holiday falls inside it (Late Summer, Mon 29 August, is before it).
- Christmas 2044: Christmas Day is a **Sunday**, so Boxing Day is **Mon 26 Dec** and the Christmas Day substitute is
  **Tue 27 Dec**; New Year's Day 2045 is a Sunday (substitute Mon 2 Jan 2045). `make_set.py` compares its list with
  the `holidays` package (`country_holidays("GB", subdiv="ENG")`) whenever that package is importable (it is in
  `/work/main/.venv`); the check passed.
- Clock: British Summer Time ends at 01:00 UTC on **Sunday 30 October 2044**. Mails up to Fri 28 Oct carry `+0100`,
  mails from Mon 31 Oct carry `+0000` (20 of each); every `now` is 1-10 minutes after its Date, with the same
  Europe/London offset. richmond_wandsworth_07 is the first working day after the change.
- Out-of-office-hours mail: richmond_wandsworth_04 (17:52), tower_hamlets_05 (19:45), torbay_08 (07:58, an
  auto-reply); all on working days, so none is dated on a weekend or holiday.

## Knowsley notice arithmetic (working days d with today < d <= meeting; today = the London date of `now`)
| file | sent | meeting | working days | plain weekdays | notice_ok |
|---|---|---|---|---|---|
| knowsley_01 | Tue 18 Oct, 10:16 BST | Wed 26 Oct 10:00 (step-up TAF) | 6 | 6 | true |
| knowsley_02 | Tue 20 Dec, 14:09 GMT | Wed 28 Dec 10:00 (step-up TAF, "Weds 28/12") | **4** (21, 22, 23, 28) | 6 | **false - decisive**: Mon 26 and Tue 27 Dec are bank holidays |
| knowsley_04 | Thu 27 Oct, 15:36 BST | Thu 3 Nov 14:00 (L3 final CIN) | **exactly 5** (28, 31, 1, 2, 3) | 5 | true (crosses the end of BST; no effect on the count) |
| knowsley_08 | Thu 8 Sep, 11:07 BST | Wed 14 Sep 10:00 (L2 final CIN) | 4 | 4 | false |
The other Knowsley mails are not step requests (other, follow_up, meeting_reply), so `notice_ok` is null.

## Voices and formats
Family First case managers, social workers, Early Help practitioners and team managers, school DSLs, a teaching
assistant, a health visitor, a school nurse, a police detective, a community learning disability nurse, a key
person in a family hub, partnership business units, a service manager's out-of-office. Formats: Outlook HTML with a
text twin and tables; HTML only (a RAG table with coloured cells; an Outlook mail with a bulleted list); plain
text in quoted-printable, 7bit, base64 and iso-8859-1; format=flowed from iPhone and Outlook for Android;
Thunderbird; Apple Mail with an "On ... wrote:" quote; Outlook FW with a two-deep quoted chain; replies quoting
stepbot's acknowledgement with `>` or Outlook's rule; mailing-list minutes (List-Id); an Outlook iTIP REPLY
(DECLINED with a COMMENT, ACCEPTED) and a Google Calendar REPLY (TENTATIVE, with invite.ics); two Outlook
auto-replies (Auto-Submitted); .docx (tables, and two with real tracked changes, `w:ins` / `w:del`) and hand-built
PDF 1.4 attachments, all written with the standard library.

## How the urgent mails tell it (none uses urgent, immediate(ly), risk, emergency, danger, safeguarding concern, unsafe, ASAP or at risk anywhere, attachments and quotes included)
| file | how |
|---|---|
| knowsley_03 | only in the attached PDF minutes' AOB; the covering mail is hedged ("I don't think it can wait") |
| knowsley_07 | the COMMENT of a DECLINED calendar reply (school nurse) |
| richmond_wandsworth_02 | clinical, in forwarded professionals' meeting notes (AOB) under a TM's step-up |
| richmond_wandsworth_07 | plain, in a TAF chair's summary added to an existing step-up |
| tower_hamlets_02 | the RED "AOB" row of an HTML-only RAG table |
| tower_hamlets_03 | only in the attached .docx TAF minutes' AOB, under a hedged covering mail |
| tower_hamlets_07 | a child's own words, pasted from the minutes' child's-views section |
| torbay_03 | a PS ("something was said in AOB after mum had left") |
| torbay_06 | a health visitor's clinical bullet points after a TAF |
| herefordshire_03 | the quoted message of a forwarded chain about fixing a meeting date |
| herefordshire_07 | plain, in a follow-up that was meant to bring a consent form |

Near misses (12): a historic CP plan and domestic abuse with "no current concerns" (knowsley_04); an anonymised 2041
case used for training (knowsley_05); a father remanded in custody, told in the accepted text of tracked corrections
whose deleted text said "released on police bail" (knowsley_06); a strategy discussion closed NFA as a witnessed
accident (richmond_wandsworth_03); a composite training scenario in subgroup minutes (richmond_wandsworth_06); a
s47 closed NFA (tower_hamlets_04); an exploited adult of 19 with the men removed (tower_hamlets_06); strategy
discussion notes with the step-father in custody and a signed safety plan (torbay_02); a hypothetical contingency
(torbay_05); an out-of-office's "at risk of significant harm ... 999" boilerplate (torbay_08); negations throughout
(herefordshire_04); a resolved June incident in MAG review minutes (herefordshire_06).

## Labelling conventions (from DESIGN.md, REQUIREMENTS.md, the packs and the dev labels)
- `level` only when a step-down states it (Knowsley with none stated is treated as level 3 for requirements but
  labelled null; none here lacks it); never on other kinds.
- `missing` follows REQUIREMENTS.md's matrix; `[]` for follow_up, meeting_reply, auto_reply, other and the undefined
  Herefordshire step-up (herefordshire_05 -> human_review). Knowsley L2 needs the lead practitioner, L3 consent.
- Consent / manager: stated as given -> true, refused -> false ("doesn't want Early Help ... has not consented",
  richmond_wandsworth_04), "aware" or "to follow" or "next week" -> null. A Team Manager who sends the step-up
  (richmond_wandsworth_01/_02) has agreed. Verbal agreement with the written form to follow -> consent true,
  `consent_form` missing (herefordshire_02).
- Tracked changes: the label follows the document as it reads once the changes are accepted (torbay_04's consent
  true; knowsley_06's remand).
- Children: full names of the children the mail is about, in order of first mention, DOB when written (all
  dd/mm/yyyy except one dd.mm.yyyy); adults, friends and anonymised or fictional children ("Child J", "Ruby, 2")
  are not labelled; a 19-year-old (tower_hamlets_06) is an adult.
- Case ids as written: bare Mosaic numbers ("Mosaic 3149012" -> "3149012"), EHM-/ICS-/LCS- with their prefix.
- Concerns: current ones only; historic, resolved, negated, hypothetical and training items are not labelled.
  Attendance is a concern only when poor (61-88%); 93-97% is not.

## Borderline labels a scorer should know
- knowsley_03, tower_hamlets_02, torbay_06, herefordshire_03: kind **other** (a school or health visitor sharing
  notes, not an Early Help step-up); step_up could be argued, next_action is alert_duty either way.
- knowsley_06 concerns **domestic_abuse** on a follow_up (the minutes give it as the reason for the step-up);
  torbay_02 concerns **physical_harm** on strategy notes although the risk is managed.
- richmond_wandsworth_07 concerns **exploitation + missing** (no substance use named); richmond_wandsworth_02 adds
  **non_engagement** (the father's, given in the notes and the rationale as a reason for the step-up).
- richmond_wandsworth_05: the Mosaic number in a calendar SUMMARY is labelled as the case id; no child named.
- herefordshire_06 is **other** (a MAG progress review with no reference), not a follow_up.

## How it was written
From the specification only: DESIGN.md, REQUIREMENTS.md, the five seeds, `config/authorities/*.yaml`,
`config/deployment.yaml`, the dev corpus README and labels, mixed27's README and make_set.py (as a model of
method) and mixed129's labels; only the first line of the other `tests/data/*/README.md`. The parser and the bot's
code were never opened or run. `make_set.py` (standard library; deterministic, checked by running it twice and
comparing sha256) writes every file and first self-checks: 40 files, 8 per authority, at least 11 urgent and 11 near
misses, every kind present; the banned words absent from every urgent mail's whole text (decoded headers, every
text, HTML and calendar part, attachment names, .docx text including deleted runs, PDF text); every Date a working
day inside the window with Europe/London's offset and `now` 1-10 minutes later; every .eml parses with Python's
`email` package without defects and has the mailbox in To/Cc; labels in the dev format, sorted ids, `next_action`
in DESIGN's order, `missing` only from the matrix and consistent with consent / manager / case id / children; the
Knowsley notice recounted; children, DOBs (parsed back, under 18) and case ids present in the text; follow-ups carry
their [SB-...] reference, meeting replies a METHOD:REPLY part, auto-replies Auto-Submitted and nothing else does;
the two tracked-change labels read from the accepted text. With the `holidays` and `pypdf` packages importable it
also compares the bank holidays and reads every PDF back. `--stats` prints the tallies and the notice table.

Every person, school, service, address, phone number (Ofcom drama ranges), email address (outside agencies use
`example` domains) and case number is invented; council role-holders are the fictional ones in
`config/deployment.yaml`. The situations are fiction written to test software.
"""

if __name__ == "__main__":
    main()
