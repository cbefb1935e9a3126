#!/usr/bin/env python3
"""mixed134: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2047 (Monday 7 January - Thursday 11 April 2047), in a parent's new partner: a boyfriend or
girlfriend moving in, Clare's Law (DVDS) and Sarah's Law (CSODS) disclosures, a partner met online, a partner just out
of prison, a stepfather's "discipline", a partner who babysits, a partner the children are scared of, a partner whose
history is not known, and relationships that ended and started again.

Deterministic (no clock, no randomness): boundaries, Message-IDs and calendar UIDs come from sha1 of the file name;
zips carry fixed timestamps. Standard library only (the optional `holidays`, `pypdf` and `python-docx` packages are
used for extra cross-checks when importable, e.g. with /work/main/.venv/bin/python). Every label was set by hand from
the protocols; the self-checks STOP on any error before anything is written.

    python3 make_set.py            # build, check, write
    python3 make_set.py --stats    # also print tallies and the Knowsley notice table
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
SET = "mixed134"
WINDOW = (date(2047, 1, 7), date(2047, 4, 11))   # Monday 7 January - Thursday 11 April 2047 (Good Friday is 12 April)


# ----------------------------------------------------------------------------- calendar
def easter(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, month, day)

def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(0 - d.weekday()) % 7)

def last_monday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1)
    return d - timedelta(days=d.weekday())

def sub_weekend(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d

def bank_holidays(y):
    """England & Wales bank holidays (substitute days for New Year; Christmas/Boxing Day handled together)."""
    e = easter(y)
    out = {sub_weekend(date(y, 1, 1)): "New Year's Day", e - timedelta(days=2): "Good Friday",
           e + timedelta(days=1): "Easter Monday", first_monday(y, 5): "Early May bank holiday",
           last_monday(y, 5): "Spring bank holiday", last_monday(y, 8): "Summer bank holiday"}
    xmas, box = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:                     # Saturday: Mon 27 and Tue 28
        xmas, box = date(y, 12, 27), date(y, 12, 28)
    elif xmas.weekday() == 6:                   # Sunday: Boxing Day Mon 26, Christmas substitute Tue 27
        xmas = date(y, 12, 27)
    elif box.weekday() == 5:                    # Friday Christmas: Boxing Day substitute Mon 28
        box = date(y, 12, 28)
    out[xmas] = "Christmas Day"
    out[box] = "Boxing Day"
    return out

BANK_HOLIDAYS = bank_holidays(2047)

def is_working_day(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def working_days(today, meeting):
    """DESIGN: working days d with today < d <= meeting date."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if is_working_day(d):
            n += 1
    return n

def plain_weekdays(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return n


# ----------------------------------------------------------------------------- MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def dt(s):
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
        if re.search(r'[,.;:@()"\']', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, em)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), em)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", crlf=True):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    elif cte == "8bit":
        body = text
    else:
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
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

def build(top, root, crlf=True, allow_8bit=False):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")
    s = head + render(root)
    if not allow_8bit:
        s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")

def html_of(text, font="Calibri"):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def gmail_html(text):
    paras = []
    for para in text.split("\n\n"):
        paras.append("<div>%s</div>" % "<br>".join(html.escape(l, quote=False) for l in para.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(paras)


# -- Word (Outlook) HTML, used for an HTML-only Outlook mail
WORD_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle19
	{mso-style-type:personal-compose;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""

def word_inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    return "<span lang=EN-GB>" + t.replace("\n", "<br>\n") + "</span>"

def word_html(blocks):
    out = [WORD_HEAD]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = word_inline(c)
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                               "<p class=MsoNormal>%s<o:p></o:p></p></td>\n" % cell)
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


# -- format=flowed (RFC 3676)
def flowed(text, width=72):
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


# -- hand-built PDF 1.4 (Helvetica, WinAnsi, uncompressed text so the self-check can read it back)
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(title, lines):
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)]
    objs = [None, None]
    kids = []
    font_id = 3
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for pg in pages:
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pdf_escape(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream")
        cid = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                     "/Contents %d 0 R >>" % (font_id, cid)).encode())
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
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
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        s = m.group(1).decode("cp1252")
        for t in re.finditer(r"\(((?:\\.|[^\\)])*)\) '", s):
            out.append(re.sub(r"\\(.)", r"\1", t.group(1)))
    return "\n".join(out)


# -- minimal .docx (OOXML zip, fixed timestamps)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
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
            zi = zipfile.ZipInfo(name, date_time=(2047, 1, 2, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# -- iCalendar
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
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
       "END:VTIMEZONE"]

def ics(method, fname, stamp, start, end, summary, location, organizer, attendees, description=None,
        extra=None, prodid="Microsoft Exchange Server 2010", tzid="GMT Standard Time", sequence=0):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:%s" % prodid, "VERSION:2.0"]
    if tzid == "GMT Standard Time":
        L += VTZ
    L += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
          "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "SEQUENCE:%d" % sequence, "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# -- top headers
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)),
          ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re|Accepted|Tentative|Declined): ", "", subject))),
          ("Thread-Index", base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest()[:22]).decode()),
          ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, "LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % sha(fname, "h")[:4].upper()))]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None, reply=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)), ("Message-ID", msgid(fname, domain))]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])


# -- message shapes
def outlook_mail(f, top, body, atts=(), html_twin=True):
    t = text_part(body)
    if html_twin:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root)

def word_mail(f, top, blocks, atts=()):
    h = text_part(word_html(blocks), "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root)

def html_only_mail(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root)

def gmail_mail(f, top, body, atts=()):
    alt = multipart("alternative", [text_part(body, cte="quoted-printable"),
                                    text_part(gmail_html(body), "html", cte="quoted-printable")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, crlf=True)

def flowed_mail(f, top, body, atts=(), apple=True):
    t = Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
              ("Content-Transfer-Encoding", "quoted-printable")],
             quopri.encodestring(flowed(body).encode("utf-8"), quotetabs=False).decode("ascii"))
    b = ("Apple-Mail=_%s" % sha(f, "apple")[:32].upper()) if apple else bnd(f, 1)
    root = multipart("mixed", [t] + list(atts), b) if atts else t
    return build(top, root, crlf=False)

def single_mail(f, top, body, cte="7bit", crlf=True, atts=(), charset="utf-8"):
    t = text_part(body, cte=cte, crlf=crlf, charset=charset)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf=crlf, allow_8bit=(cte == "8bit"))

def outlook_itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
                       comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root)

def ooo_mail(f, when, frm, to, subject, body, html_body=None, extra=None):
    top = outlook_top(f, frm, to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + (extra or []))
    root = text_part(html_body, "html") if html_body else text_part(body)
    return build(top, root)


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
def MB(a, m):
    return MAILBOXES[(a, m)]

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (the check parses it back)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, facts=None,
        not_children=(), ooh=False):
    """Record one file. `meeting` (a date) is what Knowsley notice is counted to. `facts` (step requests only) says
    which requirements the mail meets - docs (ids), lp, meeting, wsn - so the check can re-derive `missing` from
    REQUIREMENTS.md. `not_children` are people in the text who must never be labelled. `ooh` marks mail written
    outside office hours (09:00-17:00) on a working day."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"children": children, "meeting": meeting, "facts": facts, "not_children": list(not_children),
                   "when": when, "ooh": ooh}

SIG_KNOWSLEY = "Knowsley Council | Family First 0-18"


# ============================================================================= KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"
    body = """Good morning,

Please find attached the step up request form and the minutes of our last TAF meeting (8th January) for Lily-Mae and her brother Alfie. I am requesting a step up to Children's Social Care.

Case ID on EHM: EHM-70418
Children: Lily-Mae Corkhill (DOB 11/05/2036) and Alfie Corkhill (DOB 02/09/2039)
Date of step up TAF meeting: Wednesday 23rd January 2047 at 10:00, Microsoft Teams. The calendar invite has gone to the MASH inbox and to MASH business support for the minutes.

In short: mum's new partner, Dean Mercer, moved in at the start of November after they had been together about six weeks. Since then the level 3 plan has stalled. Police attended twice in December after neighbours reported shouting; no arrests, but the second time mum had a cut lip which she says was from a fall. Mum still sees me, but she is much quieter and will not talk about Dean, and she has stopped seeing her sister. Lily-Mae's attendance has dropped from 96% to 81% this term and she told her teacher she "doesn't like it at home when they shout". Alfie has started wetting the bed again.

We talked through the Right to Ask under Clare's Law with mum at the TAF; she has not wanted to make an application. Mum knows I am making this request.

Rachel Gorst, my team manager, discussed the step up with me in supervision on 10th January and agreed it.

Thanks,
Sophie

Sophie Kenwright
Family First Case Manager (Huyton)
%s
0151 496 0233""".replace("%s", SIG_KNOWSLEY)
    form = docx_att("Step Up Request Form - Corkhill - EHM-70418.docx", [
        "# Family First 0-18: Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-70418",
        "Children: Lily-Mae Corkhill, DOB 11/05/2036; Alfie Corkhill, DOB 02/09/2039",
        "Parent: Ms Kerry Corkhill. Mum's partner (in the household since November 2046): Mr Dean Mercer.",
        "Lead Practitioner: Sophie Kenwright, Family First Case Manager",
        "Date of step up TAF meeting: Wednesday 23 January 2047, 10:00, Microsoft Teams",
        "Recent TAF meeting minutes attached: Yes (8 January 2047)",
        "Management oversight: discussed with Rachel Gorst (Team Manager) on 10/01/2047, who agreed the step up.",
        "# What are we worried about?",
        "Two police call-outs to arguments in December 2046; mum's cut lip; mum increasingly isolated since Dean moved in. "
        "Lily-Mae's attendance 81% this term (96% last year). Alfie bed-wetting again.",
        "# What is working well?",
        "Mum still meets the case manager and takes the children to school most days. Maternal aunt is supportive.",
        "# What needs to happen?",
        "A social work assessment of the household since Dean moved in; mum to be offered a DA specialist service.",
    ])
    minutes = pdf_att("TAF minutes 08.01.2047 - Corkhill.pdf", "TAF meeting minutes - Corkhill family - 8 January 2047", [
        "Present: Kerry Corkhill (mum), Sophie Kenwright (Family First, chair), Mrs A. Lyon (St Columba's Primary),",
        "Jo Tarrant (school nurse). Apologies: health visitor.",
        "1. Review of plan: attendance actions not met (Lily-Mae 81%). Bed-wetting clinic referral for Alfie made.",
        "2. Home: mum's partner Dean now living at the address. Police attended 9 and 21 December (arguments).",
        "3. Right to Ask (Clare's Law) explained to mum; mum does not wish to apply at present.",
        "4. Agreed: case manager to discuss a step up to Children's Social Care with her team manager.",
        "Next TAF: to be the step up TAF meeting if agreed.",
    ])
    top = outlook_top(f, addr("Sophie Kenwright", "sophie.kenwright@knowsley.gov.uk"),
                      addr("Knowsley MASH", MB("knowsley", "mash_step_up")),
                      "Step up request - Corkhill - EHM-70418 - TAF Weds 23rd Jan 10am", "2047-01-14 11:03",
                      cc="%s, %s" % (addr("MASH Business Support", "mash.businesssupport@knowsley.gov.uk"),
                                     addr("Rachel Gorst", "rachel.gorst@knowsley.gov.uk")))
    add(f, outlook_mail(f, top, body, [form, minutes]), "knowsley", "mash_step_up", "2047-01-14 11:03", 4,
        "ordinary", "step_up", False, None, ["EHM-70418"],
        [ch("Lily-Mae Corkhill", "2036-05-11", "11/05/2036"), ch("Alfie Corkhill", "2039-09-02", "02/09/2039")],
        ["domestic_abuse", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (Appendix 1 form .docx, TAF minutes .pdf, EHM id, TM agreed in supervision, TAF "
        "date): mum's new partner moved in, police call-outs, attendance 81%. Mon 14 Jan -> Wed 23 Jan is 7 WD, "
        "notice ok -> book_meeting. 'Mum knows I am making this request' is not consent (null); Clare's Law "
        "Right to Ask offered, not applied for.",
        meeting=date(2047, 1, 23), facts={"docs": {"step_up_form", "taf_minutes"}, "meeting": True},
        not_children=["Dean Mercer", "Kerry Corkhill"])


def knowsley_02():
    f = "knowsley_02.eml"
    body = """Hi all,

Step up request for Connor Gandy (DOB 03/03/2040) and Maisie Gandy (DOB 19/08/2044), EHM-70933. Attached: the Step Up form, the GCP2 completed on 17/01/2047 and the TAF minutes from 21/01/2047.

Step up TAF meeting: Wednesday 30th January 2047 at 1.30pm on Teams (invite sent to the MASH inbox and MASH business support). I know that is less than 5 working days. My TM, Paul Aspinall, discussed the step up with me on Friday and agreed it, and asked me to get the meeting in this week.

Summary: the neglect has got worse since mum's new partner, Ryan Tasker, moved in before Christmas. The GCP2 scored 4 for physical care and 4 for safety. The house was without electric for two days last week, Connor (6) has been going to school in the same clothes all week and is hungry at breakfast club, and the health visitor weighed Maisie at the 0.4th centile. Mum works 10 till 6 at the warehouse and Ryan does most of the childcare; mum describes him as having "a temper".

Kind regards,
Carla

PS - Little Acorns nursery rang while I was finishing this off. Maisie came in at 8.45 with a round, weeping blister on the back of her left hand, about the size of a 5p. When her key worker asked what happened she said "Ryan done it with his lighter cos I was naughty". Mum is on shift until 6 and Ryan is down to pick Maisie up at 12 today as it's her half day. I've tried mum's phone twice.

Carla Whitfield
Family First Case Manager (Kirkby)
%s
0151 496 0281""".replace("%s", SIG_KNOWSLEY)
    form = docx_att("FF Step Up form - Gandy EHM-70933.docx", [
        "# Family First 0-18: Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-70933",
        "Children: Connor Gandy (03/03/2040), Maisie Gandy (19/08/2044)",
        "Date of step up TAF meeting: Wednesday 30 January 2047, 13:30, Teams",
        "Recent TAF meeting minutes attached: Yes. Graded Care Profile 2 completed 17/01/2047 and attached.",
        "Team Manager: Paul Aspinall - discussed and agreed 25/01/2047.",
        "# What are we worried about?",
        "Neglect: GCP2 level 4 for physical care and safety; no electricity for two days; Connor hungry and in the "
        "same clothes; Maisie's weight on the 0.4th centile.",
        "# What is working well?",
        "Mum is working and wants things to improve; Connor's school and Maisie's nursery are very involved.",
        "# What needs to happen?",
        "Assessment by Children's Social Care; paediatric review of Maisie's growth.",
    ])
    gcp2 = pdf_att("GCP2 Gandy 17.01.2047.pdf", "Graded Care Profile 2 (GCP2) - summary of grades - Gandy", [
        "Completed by: Carla Whitfield, 17/01/2047. Children: Connor Gandy, Maisie Gandy.",
        "Area 1 Physical care: grade 4 (food, housing, clothing, hygiene, health).",
        "Area 2 Safety: grade 4 (supervision, in and out of the home).",
        "Area 3 Love and care: grade 3.",
        "Area 4 Stimulation and education: grade 3.",
        "Overall: care consistently falls below the children's needs.",
    ])
    minutes = pdf_att("TAF minutes 21.01.2047 - Gandy.pdf", "TAF meeting minutes - Gandy family - 21 January 2047", [
        "Present: mum, Carla Whitfield (chair), Knowsley Village Primary, Little Acorns Nursery, health visitor.",
        "Ryan Tasker (mum's partner) declined to attend.",
        "GCP2 findings shared. Agreed: case manager to seek her team manager's agreement to step up to CSC.",
    ])
    top = outlook_top(f, addr("Carla Whitfield", "carla.whitfield@knowsley.gov.uk"),
                      addr("Knowsley MASH", MB("knowsley", "mash_step_up")),
                      "Step Up - Gandy family EHM-70933 - TAF Wed 30/01 1.30pm", "2047-01-28 09:48",
                      cc=addr("MASH Business Support", "mash.businesssupport@knowsley.gov.uk"))
    add(f, outlook_mail(f, top, body, [form, gcp2, minutes]), "knowsley", "mash_step_up", "2047-01-28 09:48", 3,
        "urgent", "step_up", True, None, ["EHM-70933"],
        [ch("Connor Gandy", "2040-03-03", "03/03/2040"), ch("Maisie Gandy", "2044-08-19", "19/08/2044")],
        ["neglect", "physical_harm"], None, True, [], False, "alert_duty",
        "Urgent in a PS: a 2-year-old's fresh lighter-shaped blister ('Ryan done it with his lighter'), and the "
        "partner collects her at 12 today. Otherwise a complete neglect step-up (form, GCP2, TAF minutes, TM agreed); "
        "Mon 28 Jan -> Wed 30 Jan is 2 WD so notice_ok false, but urgency comes first -> alert_duty.",
        meeting=date(2047, 1, 30), facts={"docs": {"step_up_form", "gcp2", "taf_minutes"}, "meeting": True},
        not_children=["Ryan Tasker"])


def knowsley_03():
    f = "knowsley_03.eml"
    body = """To the MASH duty social work team,

Subject: Carl TYRER, DOB 02/09/1998, probation case ref X481207.

Released on licence on 12/02/2047. Index offence (2041): s.20 GBH, fractured skull and ribs, to the 22-month-old son of his then partner. Assessed as presenting high harm to children.

Licence conditions include: (3) reside at Crofton House approved premises, Bootle; (6) no unsupervised contact with any child under 18 without the prior approval of his probation officer; (7) notify his probation officer of any developing intimate relationship.

Today (21/02/2047) approved premises staff reported he had not returned last night and gave me an address in Halewood. At 14:50 I attended 27 Linnet Walk, Halewood, L26 9ZQ. Mr Tyrer opened the door holding a toddler. The tenant, Miss Kayleigh Price (DOB 30/11/2021), is a woman he met on a dating app while in custody; the relationship was not disclosed to me. Miss Price was at work. The child is her daughter, Bonnie Price, DOB 14/07/2045 (19 months). Mr Tyrer said he has been "living here since Saturday" and "looks after the baby while Kayleigh's on shift". He refused to come with me and closed the door.

I have requested recall; in my experience it is not executed the same day. Merseyside Police informed, log 0471 of 21/02/2047. Miss Price's shift finishes at 22:00 and her mobile is going to voicemail. Bonnie is in Mr Tyrer's sole care until then, and he says he is staying the night.

I am in the office until 18:00 on 07700 900418.

Aoife Brennan
Probation Officer, Knowsley Probation Delivery Unit"""
    top = plain_top(f, addr("Aoife Brennan", "aoife.brennan@probation.example.gov.uk"),
                    MB("knowsley", "mash_step_up"),
                    "TYRER, Carl (DOB 02/09/1998) - licence - child at address, Halewood", "2047-02-21 16:41",
                    "probation.example.gov.uk", mailer="Microsoft Outlook 16.0")
    add(f, single_mail(f, top, body, cte="7bit"), "knowsley", "mash_step_up", "2047-02-21 16:41", 5,
        "urgent", "other", True, None, [],
        [ch("Bonnie Price", "2045-07-14", "14/07/2045")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Clinical probation voice: a partner just out of prison (GBH to a toddler in 2041, met online while in "
        "custody) found alone with a 19-month-old and staying tonight, in breach of licence - immediate. Not a step "
        "request (a probation officer) -> other; the probation ref X481207 is no case id; the adults' DOBs are not "
        "children's.", not_children=["Carl Tyrer", "Kayleigh Price"])


def knowsley_04():
    f = "knowsley_04.eml"
    blocks = [
        "Hi Family First duty,",
        "",
        "I am letting you know about a Level 3 step down to Family First for Tyler and his sister Ruby. Their C&F "
        "assessment concludes this week and the family would benefit from continued support from a Family First "
        "case manager.",
        "",
        ("table", [["Child", "DOB", "ICS"],
                   ["Tyler Bamber", "23/10/2037", "ICS-2408861"],
                   ["Ruby Bamber", "30/01/2042", "ICS-2408861"]]),
        "",
        "{{Joint home visit:}} Tuesday 16th April 2047 (a week today) at 10:00, at the family home, 14 Cherryfield "
        "Drive, Kirkby, L32 9ZD.",
        "{{Consent:}} Ms Bamber has consented to the case being referred to Family First.",
        "",
        "{{Background}} (it will be the first thing you see on ICS): in October 2046 Merseyside Police made a DVDS "
        "(Clare's Law) disclosure to Ms Bamber about her then partner, Jason Hale: previous convictions for assaulting "
        "two former partners, one involving non-fatal strangulation. Ms Bamber ended the relationship that week and he "
        "moved out the same day. He was recalled to prison in November on an unrelated matter and remains in custody; "
        "Ms Bamber holds a non-molestation order. There has been no contact and no incident since, and neither child "
        "was ever hurt.",
        "",
        ("h", "What are we worried about?"),
        "Ms Bamber's low mood and anxiety since the relationship ended; she is on the waiting list for Talking "
        "Therapies. Tyler's attendance is 84% this term, mostly late starts.",
        ("h", "What is working well?"),
        "Ms Bamber acted straight away on the disclosure. The children are close to their maternal grandparents, who "
        "help with school runs. Ruby is settled at nursery.",
        ("h", "What needs to happen?"),
        "Family First case manager to support mum with routines and mornings; school to keep an attendance plan for "
        "Tyler; mum to take up Talking Therapies; first TAF review in 6 weeks.",
        "",
        "Thanks,",
        "Megan",
        "",
        "Megan O'Hare | Social Worker | Children and Families Assessment Team | Knowsley Council",
    ]
    top = outlook_top(f, addr("Megan O'Hare", "megan.ohare@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", MB("knowsley", "early_help_duty")),
                      "Step down to Family First (Level 3) - Bamber - ICS-2408861 - joint home visit Tue 16/04",
                      "2047-04-09 10:40")
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", "2047-04-09 10:40", 6,
        "near_miss", "step_down", False, 3, ["ICS-2408861"],
        [ch("Tyler Bamber", "2037-10-23", "23/10/2037"), ch("Ruby Bamber", "2042-01-30", "30/01/2042")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Near miss: the Clare's Law disclosure, strangulation and convictions are October 2046's, the partner long "
        "gone and in custody, 'no contact and no incident since' -> not urgent, no DA concern. HTML-only Outlook L3 "
        "step-down with joint visit date/time/venue, three headings and consent; but 'a week today' (Tue 9 Apr BST "
        "-> Tue 16 Apr) is 3 WD because Good Friday 12 Apr and Easter Monday 15 Apr fall between (5 plain weekdays) "
        "-> notice_ok false -> request_info.",
        meeting=date(2047, 4, 16), facts={"docs": set(), "meeting": True, "wsn": True},
        not_children=["Jason Hale"])


def knowsley_05():
    f = "knowsley_05.eml"
    body = """Hello,

Notification of a Level 2 step down for Kai Lunt, DOB 05/11/2037, ICS-2399104.

Final CIN meeting: Tuesday 12th March 2047, 10am, Huyton Family Hub, Room 3, Derby Road.

New Lead Practitioner: Mrs Joanne Birchall, Pastoral Lead, St Aidan's CE Primary School. She has agreed to take on the Lead Practitioner role and will be at the meeting.

Dad (Mr Gary Lunt) has consented to the step down.

What are we worried about: Dad's recovery from alcohol dependency is nine months old and a relapse would affect Kai's care. Kai has found it hard to adjust since dad's new partner, Sophie Garvey, moved in at Christmas, and has had some angry outbursts at school.

What is working well: Dad has been sober since June (CGL testing). Sophie is supportive and came to the last two CIN meetings; the checks we did on her with the police and her previous local authority came back clear. Kai's attendance is 97%.

What needs to happen: Kai to have ELSA sessions at school; dad to continue with CGL aftercare; TAF review 6 weeks after the step down.

Thanks,
Dominic

Dominic Rimmer
Social Worker, Child in Need Team 1, Knowsley Council
0151 496 0356"""
    top = outlook_top(f, addr("Dominic Rimmer", "dominic.rimmer@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", MB("knowsley", "early_help_duty")),
                      "Level 2 step down - Kai Lunt (ICS-2399104) - final CIN 12/03/2047", "2047-03-05 14:20",
                      cc=addr("Joanne Birchall", "j.birchall@staidans.example.sch.uk"))
    add(f, outlook_mail(f, top, body), "knowsley", "early_help_duty", "2047-03-05 14:20", 7,
        "ordinary", "step_down", False, 2, ["ICS-2399104"], [ch("Kai Lunt", "2037-11-05", "05/11/2037")],
        ["substance_misuse"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down: final CIN date, time and venue, named lead practitioner with agency, "
        "all three Signs of Safety headings. Tue 5 Mar -> Tue 12 Mar is exactly 5 WD -> ok -> book_meeting. Dad's new "
        "partner checked and clear; 97% attendance is no concern.",
        meeting=date(2047, 3, 12), facts={"docs": set(), "meeting": True, "wsn": True, "lp": True},
        not_children=["Sophie Garvey", "Gary Lunt"])


def knowsley_06():
    f = "knowsley_06.eml"
    text = """KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7-MINUTE BRIEFING: NEW ADULTS IN THE HOUSEHOLD (March 2047)

1. Why it matters
Local and national reviews keep finding the same thing: a new adult joins the household, nobody asks who they are, and practitioners only learn their name after a child has been hurt.

2. What it can look like (composite examples written for this briefing; they do not describe any real child or family)
- Child A (6) tells her teacher that mum's boyfriend smacks her with a slipper when mum is at work.
- A 4-month-old baby has bruising to the face; the mother's new partner has become the main carer while she works nights.
- Child B (14) says his stepdad "disciplines" him by locking him out of the house overnight.
- A mother met her partner online while he was in prison and he moves in the week he is released.

3. Ask, check, record
Ask every parent who else lives in or visits the home. Record full names and dates of birth. Check them with police through the MASH.

4. Clare's Law and Sarah's Law
The Domestic Violence Disclosure Scheme (Right to Ask / Right to Know) and the Child Sex Offender Disclosure Scheme are applied for through Merseyside Police. Help parents to apply.

5. If a child is in immediate danger, call 999. If you are worried a child is at risk of significant harm, contact the MASH duty social work team.

6. Reflect
When did you last ask who the new adult in a family is?

7. Learn more
Book on the partnership's "Invisible men" course via the training portal.

You are receiving this because you subscribed to KSCP briefings. Unsubscribe: https://kscp.example.org.uk/unsubscribe"""
    htmlb = "<html><body style=\"font-family:Arial\">" + "".join(
        "<h3>%s</h3>" % html.escape(p) if re.match(r"^\d\. ", p) or p.isupper() else
        "<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "briefings@kscp.example.org.uk"),
                    MB("knowsley", "mash_step_up"), "7-minute briefing: new adults in the household (March 2047)",
                    "2047-03-04 08:00", "kscp.example.org.uk", mailer="Mailjet",
                    extra=[("List-Id", "KSCP briefings <briefings.kscp.example.org.uk>"),
                           ("List-Unsubscribe", "<https://kscp.example.org.uk/unsubscribe>")])
    root = multipart("alternative", [text_part(text), text_part(htmlb, "html")], bnd(f, 1))
    add(f, build(top, root), "knowsley", "mash_step_up", "2047-03-04 08:00", 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a partnership 7-minute briefing (List-Id, no Auto-Submitted) whose examples - a slipper, a "
        "bruised baby, a child locked out, a partner met in prison - are composites 'that do not describe any real "
        "child'; a bulletin listing examples must not trigger rule 1 -> other, human_review.",
        ooh=True)


def knowsley_07():
    f = "knowsley_07.eml"
    body = """Please put this step down on hold.

I did an unannounced visit at 8 this morning. Shane Doran, mum's ex who the Clare's Law disclosure was about in January, was in the kitchen. Mum told us on 28 February she'd finished with him for good and he'd gone to his brother's in Widnes.

Liam (7) has a split top lip and a purple bruise on his left cheekbone. When I spoke to him on his own in his bedroom he said "Shane pushed me into the door cos I wouldn't stop crying. Don't tell him I told." Mum says he did it playing football in the yard and that Shane is staying "till he gets his own place". Mum had a fading bruise on her wrist she wouldn't talk about. Liam isn't going to school today, mum says because of his lip. Shane was still there when I left at 8.40.

I'm on my way back to the office to see my team manager when she's out of her 10 o'clock.

Jordan

Jordan Pye
Social Worker, CIN Team 2, Knowsley Council
07700 900562

-----Original Message-----
From: Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>
Sent: 11 March 2047 15:02
To: Jordan Pye <jordan.pye@knowsley.gov.uk>
Subject: [SB-knowsley-2207] Step-down received: Ashurst (ICS-2419786)

Thank you. Your step-down request has been received.
Reference: SB-knowsley-2207
Family: Ashurst   Case: ICS-2419786
Children: Liam Ashurst
Level: 3 (no level was stated)
Joint home visit: Monday 18 March 2047 10:00, family home
What is missing: nothing. A Family First case manager will attend."""
    top = outlook_top(f, addr("Jordan Pye", "jordan.pye@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", MB("knowsley", "early_help_duty")),
                      "RE: [SB-knowsley-2207] Step-down received: Ashurst (ICS-2419786)", "2047-03-13 09:05",
                      reply=msgid("knowsley_07_ack", "stepbot.knowsley.gov.uk"))
    add(f, outlook_mail(f, top, body, html_twin=False), "knowsley", "early_help_duty", "2047-03-13 09:05", 4,
        "urgent", "follow_up", True, None, ["ICS-2419786"], [ch("Liam Ashurst")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Relationship ended and started again: a reply to [SB-knowsley-2207] holding a step-down because the ex "
        "named in January's Clare's Law disclosure is back, a 7-year-old says 'Shane pushed me into the door', and "
        "Shane is staying - immediate; urgent on a follow_up -> alert_duty. Liam named in full only in the quoted "
        "acknowledgement (age, no DOB).", not_children=["Shane Doran"])


def knowsley_08():
    f = "knowsley_08.eml"
    body = """Hi MASH,

Please see attached the step up form for Harley-Jay Dwyer (DOB 01/12/2034), EHM-71207, and the Teams invite for the step up TAF meeting on Wednesday 10th April at 1.30pm.

Harley-Jay is 12. Since mum's partner Kyle Ennis moved in last September, mum has cancelled or not been in for 7 of the last 9 home visits, the TAF in February went ahead without her, and when I call Kyle answers the door and says mum is asleep. Harley-Jay's attendance is 68% and he told his form tutor he stays in his room when he's home because Kyle "takes the mick" out of him.

My TM, Paul Aspinall, has discussed this with me and agreed the step up.

The TAF minutes from 27th March: I'm still typing them up and will send them over before the meeting.

Thanks,
Nikki

Nikki Fairhurst
Family First Case Manager (Prescot & Whiston)
%s""".replace("%s", SIG_KNOWSLEY)
    form = docx_att("Step up form - Dwyer - EHM-71207.docx", [
        "# Family First 0-18: Step Up request to CSC (Appendix 1)",
        "Case ID on EHM: EHM-71207",
        "Child: Harley-Jay Dwyer, DOB 01/12/2034",
        "Date of step up TAF meeting: Wednesday 10 April 2047, 13:30 (Teams invite attached)",
        "Recent TAF meeting minutes attached: to follow",
        "Team Manager agreement: Paul Aspinall, 02/04/2047",
        "# What are we worried about?",
        "Mum has not been seen at 7 of the last 9 visits since her partner moved in; she missed the February TAF. "
        "Harley-Jay's attendance is 68%.",
        "# What is working well?",
        "Harley-Jay talks to his form tutor and goes to the Tuesday football club.",
        "# What needs to happen?",
        "A social work assessment; mum to be seen on her own.",
    ])
    cal = ics("REQUEST", f, dt("2047-04-03 09:05"), "20470410T133000", "20470410T150000",
              "Step up TAF meeting - Dwyer (EHM-71207)", "Microsoft Teams Meeting",
              ("Nikki Fairhurst", "nikki.fairhurst@knowsley.gov.uk"),
              [("Knowsley MASH", MB("knowsley", "mash_step_up"), "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", "mash.businesssupport@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Paul Aspinall", "paul.aspinall@knowsley.gov.uk", "OPT-PARTICIPANT", "NEEDS-ACTION")],
              description="Step up TAF meeting for Harley-Jay Dwyer. Join on your computer or mobile app.")
    invite = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                   ("Content-Disposition", 'attachment; filename="invite.ics"'),
                   ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    top = outlook_top(f, addr("Nikki Fairhurst", "nikki.fairhurst@knowsley.gov.uk"),
                      "%s, %s" % (addr("Knowsley MASH", MB("knowsley", "mash_step_up")),
                                  addr("MASH Business Support", "mash.businesssupport@knowsley.gov.uk")),
                      "Step up request - Harley-Jay Dwyer - EHM-71207", "2047-04-03 09:05",
                      cc=addr("Paul Aspinall", "paul.aspinall@knowsley.gov.uk"))
    add(f, outlook_mail(f, top, body, [form, invite]), "knowsley", "mash_step_up", "2047-04-03 09:05", 5,
        "ordinary", "step_up", False, None, ["EHM-71207"], [ch("Harley-Jay Dwyer", "2034-12-01", "01/12/2034")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families", "taf_minutes"], True,
        "request_info",
        "Knowsley step-up with form, TM agreement and an attached Teams invite (text/calendar METHOD:REQUEST, "
        "Wed 10 Apr 13:30 BST): Wed 3 Apr -> Wed 10 Apr is exactly 5 WD -> notice ok. Mum not seen since her partner "
        "moved in = non-engagement, so the Engaging Families toolkit is required and never mentioned; TAF minutes "
        "'to follow' -> missing both -> request_info.",
        meeting=date(2047, 4, 10), facts={"docs": {"step_up_form"}, "meeting": True},
        not_children=["Kyle Ennis"])


# ============================================================================= RICHMOND & WANDSWORTH
RW = "richmond_wandsworth"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    comment = ("I'll try to dial in but I might be late. I'm at Furzedown Vale Primary now - Tayo Bankole told his "
               "class teacher this morning that mum's boyfriend Marcus held him under the bath water last night "
               "\"till I couldn't breathe\" because he'd wet the bed. He has red scratch marks on both sides of his "
               "neck. Mum is on a late shift at the hospital till 9 and Marcus picks Tayo up at 3.15 on Thursdays. "
               "The school DSL is sitting with him.")
    data = outlook_itip_reply(f, "2047-02-07 08:50", "Bethany Cole", "bethany.cole@richmondandwandsworth.gov.uk",
                              ("MASH Step Up", MB(RW, "mash_step_up")), "TENTATIVE",
                              "Step-up case discussion: Bankole (Mosaic 3051187) [SB-richmond_wandsworth-3312]",
                              "20470208T100000", "20470208T110000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, RW, "mash_step_up", "2047-02-07 08:50", 3,
        "urgent", "meeting_reply", True, None, ["3051187"], [ch("Tayo Bankole")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A calendar reply's comment (Outlook iTIP REPLY, PARTSTAT=TENTATIVE, to stepbot's step-up case discussion "
        "invitation): mum's boyfriend held a child under the bath water last night, neck scratches, and he collects "
        "him at 3.15 today -> urgent overrides record_reply -> alert_duty. 'Mosaic 3051187' -> '3051187'. Sent "
        "08:50, before office hours.", not_children=["Marcus"], ooh=True)


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    body = """Dear MASH colleagues,

Following a reflective discussion with Joel this morning, I am requesting a step up to Children's Services for Grace Oyelowo-Hart (DOB 14/06/2035) and Reggie Oyelowo-Hart (DOB 02/02/2041), Mosaic ID 3049920. The latest case summary is attached and our rationale is below. I have agreed this step-up as Joel's team manager.

I should say that I may be reading too much into this, and there may be an innocent explanation for some of it, but I would rather you heard it today than at a case discussion next week.

Rationale for step up
Ms Tanya Hart met Mr Lewis Fenn through a dating app in January and he moved in about three weeks ago. Joel has worked with the family since October on routines and Reggie's sleep.

At yesterday's session Grace (11) asked to speak to Joel on her own. She told him that Lewis comes into the bathroom when she is in the shower "to check I'm not wasting water", that he has given her a phone and told her it is "our secret", and that on Sunday night, when mum was at work, he got into her bed "for a cuddle" and she pretended to be asleep. She asked Joel not to tell mum because "Lewis says mum will get jealous".

Ms Hart is working nights at the care home this week (8pm to 8am, Monday to Friday), and Lewis looks after Grace and Reggie overnight, including tonight. We have not yet spoken to Ms Hart, because we could not see how to do it without Lewis finding out.

This is more than Early Help can hold.

Kind regards

Hannah Okafor
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Early Help Service
020 7946 0577"""
    summary = docx_att("Case summary - Grace and Reggie Oyelowo-Hart - March 2047.docx", [
        "# Early Help case summary",
        "Children: Grace Oyelowo-Hart (14/06/2035), Reggie Oyelowo-Hart (02/02/2041). Mosaic ID 3049920.",
        "Parent: Ms Tanya Hart. Household since late February 2047: Mr Lewis Fenn (mum's partner).",
        "Early Help worker: Joel Amankwah, since 14 October 2046.",
        "Reason for Early Help: Reggie's sleep and bedtime routines; mum's shift pattern; Grace's friendships.",
        "Progress: good until February; Reggie sleeping through most nights; Grace attending 98%.",
        "Latest: Grace's account on 18 March 2047 (see the rationale in the covering email).",
        "Prepared by Joel Amankwah, 19 March 2047.",
    ])
    top = outlook_top(f, addr("Hannah Okafor", "hannah.okafor@richmondandwandsworth.gov.uk"),
                      addr("MASH Step Up", MB(RW, "mash_step_up")),
                      "Step up - Oyelowo-Hart - Mosaic ID 3049920", "2047-03-19 11:30",
                      cc=addr("Joel Amankwah", "joel.amankwah@richmondandwandsworth.gov.uk"))
    add(f, outlook_mail(f, top, body, [summary]), RW, "mash_step_up", "2047-03-19 11:30", 5,
        "urgent", "step_up", True, None, ["3049920"],
        [ch("Grace Oyelowo-Hart", "2035-06-14", "14/06/2035"), ch("Reggie Oyelowo-Hart", "2041-02-02", "02/02/2041")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "Hedged voice ('I may be reading too much into this'): a partner met online, in the house three weeks, "
        "grooming an 11-year-old (bathroom, secret phone, in her bed) and alone with both children overnight "
        "tonight. A complete R&W step-up from the Early Help TM (case summary .docx, rationale under its heading) -> "
        "missing [] but alert_duty. Mum not yet told -> consent null.",
        facts={"docs": {"case_summary", "rationale"}}, not_children=["Lewis Fenn", "Tanya Hart"])


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    body = """Hi,

Following my call with Jasper this morning, I'm confirming the step-down case discussion for Zach Gorman (DOB 02/04/2036) and Mia Gorman (DOB 15/12/2040), Mosaic ID 3007734, on Wednesday 13th March at 10:00 on Teams. The latest case summary (PDF) and the draft Early Help plan (Word) are attached.

Some background, because the history will jump out at you on Mosaic. The s47 enquiry in November 2046 started after Zach told school that his stepdad, Craig Lomax, hit him with a belt as "discipline". Mr Lomax was arrested and charged, and has been on bail since 14 November with conditions not to contact the children or go to the address; his trial is listed for June. Ms Gorman ended the relationship and the children have not seen him since. The ICPC decided on a child in need plan, and there have been no further incidents. Both children tell me they feel safe at home.

The CIN plan has done what it needed to. What is left is Zach's attendance (86% this term) and mum wanting help with routines and with Zach's anger.

Ms Gorman has consented to Early Help continuing the plan, and my team manager, Priya Nandra, agrees with the step-down.

Thanks,
Owen

Owen Pritchard
Social Worker, Child in Need Team (Wandsworth)
020 7946 0612"""
    summary = pdf_att("Case summary - Gorman - March 2047.pdf", "Case summary - Zach and Mia Gorman - Mosaic ID 3007734", [
        "Children: Zach Gorman (02/04/2036), Mia Gorman (15/12/2040). Mother: Ms Lisa Gorman.",
        "November 2046: s47 enquiry after Zach disclosed physical chastisement (belt) by mother's then partner.",
        "Mr Craig Lomax charged; bail conditions: no contact with the children, not to attend the address.",
        "ICPC 5 December 2046: child in need plan. Reviews in January and February: no further incidents.",
        "Current: Zach's attendance 86%; mum asking for support with routines and managing Zach's anger.",
        "Recommendation: step down to Early Help.",
    ])
    plan = docx_att("Draft Early Help plan - Gorman.docx", [
        "# Draft Early Help plan - Gorman family",
        "Outcome 1: Zach's attendance above 95% by the summer term (school attendance officer, Early Help worker).",
        "Outcome 2: mum feels confident with morning and bedtime routines (Early Help worker, weekly).",
        "Outcome 3: Zach has a trusted adult at school and access to an anger-management group.",
        "Review: within 4 weeks of handover.",
    ])
    top = outlook_top(f, addr("Owen Pritchard", "owen.pritchard@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", MB(RW, "early_help_duty")),
                      "Step down to Early Help - Gorman - Mosaic ID 3007734", "2047-03-11 14:15",
                      cc=addr("Priya Nandra", "priya.nandra@richmondandwandsworth.gov.uk"))
    root = multipart("mixed", [text_part(body, cte="base64"), summary, plan], bnd(f, 1))
    add(f, build(top, root), RW, "early_help_duty", "2047-03-11 14:15", 6,
        "near_miss", "step_down", False, None, ["3007734"],
        [ch("Zach Gorman", "2036-04-02", "02/04/2036"), ch("Mia Gorman", "2040-12-15", "15/12/2040")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: a stepfather's belt 'discipline' is November's s47, the man charged and on bail away from the "
        "children, relationship ended, 'no further incidents' -> not urgent and not a current concern. Complete "
        "R&W step-down (base64 text body, case summary .pdf, draft plan .docx, consent, TM agrees) -> book_meeting.",
        facts={"docs": {"case_summary", "draft_plan"}}, not_children=["Craig Lomax", "Lisa Gorman"])


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    body = """Good afternoon,

Please find attached the record of a disclosure made under the Domestic Violence Disclosure Scheme (Right to Ask).

Under the local information-sharing agreement the MASH is copied into every DVDS disclosure made in Richmond and Wandsworth. In this case no children live with, stay with or have regular contact with either party, and no action is requested from Children's Services. This is for your records only.

Regards,

DC 4471 R. Sandhu
Public Protection Unit - DVDS
South West BCU"""
    rec = pdf_att("DVDS disclosure record DV-47-0193.pdf", "Domestic Violence Disclosure Scheme - record of disclosure (DV/47/0193)", [
        "Route: Right to Ask. Application received 08/01/2047. Decision panel 20/01/2047: disclose.",
        "Applicant: Ms Ruth Abara, aged 29. Lives alone. No children.",
        "Subject: Mr Daniel Greer, aged 33. No children.",
        "Information disclosed: conviction 2038 for assault occasioning actual bodily harm on a former partner;",
        "conviction 2042 for controlling or coercive behaviour towards a former partner (suspended sentence);",
        "non-molestation order obtained against him by a former partner in 2043.",
        "Disclosure delivered in person on 23/01/2047 by DC 4471 Sandhu with an IDVA present.",
        "Applicant's response: she intends to end the relationship; a safety plan was agreed; referred to the IDVA service.",
        "Children: none in either household; the applicant confirms no child visits or stays.",
        "Copied to: MASH (information-sharing agreement), IDVA service.",
    ])
    top = plain_top(f, addr("PPU DVDS South West", "dvds.swbcu@met.police.example.uk"),
                    MB(RW, "mash_step_up"),
                    "DVDS Right to Ask - disclosure made - FOR INFORMATION - DV/47/0193", "2047-01-25 12:05",
                    "met.police.example.uk", mailer="Microsoft Outlook 16.0")
    add(f, single_mail(f, top, body, cte="quoted-printable", atts=[rec]), RW, "mash_step_up", "2047-01-25 12:05", 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, adults only: a police Clare's Law (Right to Ask) disclosure record - ABH, coercive control, a "
        "non-molestation order - copied to the MASH 'for your records only'; no child lives with or visits either "
        "party -> other, no children, no concerns; DV/47/0193 is a police reference, not a case id.",
        not_children=["Ruth Abara", "Daniel Greer"])


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    body = """Hi MASH Step Up,

I'd like to step up Poppy Strand (DOB 09/10/2042) to Children's Services, Mosaic 3060412. Our case summary will follow this afternoon: Mosaic has been down all morning and I can't export it.

Rationale for step up:
Poppy (4) lives with mum, Ms Kirsty Strand. Since November mum has been in a relationship with a man she calls "Jay", who now stays most nights. We don't know his surname or his date of birth. He has refused to give them to our Early Help worker and mum says she doesn't know them either, so no checks have been possible.

Since he arrived mum has cancelled four of the last six sessions, Jay holds mum's phone and bank card, and the nursery report that Poppy has become withdrawn and flinches when men raise their voices. When our worker did get in, Jay stayed in the room throughout and answered for mum.

We have used everything available to us at level 3 and I have agreed that this now needs Children's Services.

Daniel Ferreira
Early Help Team Manager (Richmond)
020 7946 0590"""
    top = outlook_top(f, addr("Daniel Ferreira", "daniel.ferreira@richmondandwandsworth.gov.uk"),
                      addr("MASH Step Up", MB(RW, "mash_step_up")), "Step up request - Poppy Strand",
                      "2047-02-28 10:25")
    add(f, outlook_mail(f, top, body, html_twin=False), RW, "mash_step_up", "2047-02-28 10:25", 4,
        "ordinary", "step_up", False, None, ["3060412"], [ch("Poppy Strand", "2042-10-09", "09/10/2042")],
        ["domestic_abuse", "non_engagement"], None, True, ["case_summary"], None, "request_info",
        "A partner whose history is not known (no surname, no DOB, no checks possible), controlling mum's phone and "
        "money; sessions cancelled. R&W step-up from the Early Help TM with the rationale under its heading but the "
        "case summary 'will follow' -> missing case_summary -> request_info.",
        facts={"docs": {"rationale"}}, not_children=["Kirsty Strand"])


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    body = """Hi both,

Draft Early Help plan attached, and the consent form mum signed at yesterday's visit (scanned to PDF). Mum is happy for Early Help to carry on with the plan for Elsa and Noah; her partner Tom was there and supports it too.

The case discussion with Jasper is still Thursday at 2pm.

Thanks,
Chiara

Chiara Benedetti
Social Worker, Assessment Team (Richmond)
020 7946 0648

________________________________
From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 04 February 2047 16:11
To: Chiara Benedetti <chiara.benedetti@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-3290] Step-down received - draft plan and consent needed

Thank you for your step-down request (Lindqvist, Mosaic 3011876).
Reference: SB-richmond_wandsworth-3290
Still needed before the case discussion:
 - the draft plan for Early Help
 - confirmation that the family consents to Early Help continuing the plan
Please reply to this email with them, keeping the reference in the subject."""
    plan = docx_att("Draft EH plan - Lindqvist.docx", [
        "# Draft Early Help plan - Lindqvist family",
        "Children: Elsa (7) and Noah (4).",
        "1. Bedtime routine support for Noah (Early Help worker, weekly for 6 weeks).",
        "2. Mum to attend the Incredible Years parenting group (spring).",
        "3. Elsa to join the school's Rainbows group.",
    ])
    consent = pdf_att("Consent - Lindqvist.pdf", "Consent to Early Help - Lindqvist family", [
        "I agree to Early Help Services continuing the plan agreed with my social worker.",
        "Signed: A. Lindqvist (mother). Date: 04/02/2047.",
    ])
    top = outlook_top(f, addr("Chiara Benedetti", "chiara.benedetti@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", MB(RW, "early_help_duty")),
                      "RE: [SB-richmond_wandsworth-3290] Step-down received - draft plan and consent needed",
                      "2047-02-05 16:20", reply=msgid("rw06_ack", "stepbot.richmondandwandsworth.gov.uk"))
    add(f, outlook_mail(f, top, body, [plan, consent]), RW, "early_help_duty", "2047-02-05 16:20", 3,
        "ordinary", "follow_up", False, None, ["3011876"], [], [], True, None, [], None, "attach_to_request",
        "Reply to [SB-richmond_wandsworth-3290] bringing the draft plan (.docx) and the signed consent (.pdf): "
        "follow_up -> attach_to_request; consent true; the children are named by first name only; 'Mosaic 3011876' "
        "in the quoted acknowledgement -> '3011876'.")


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    body = """Thank you for your email. I am on leave and will be back in the office on Monday 1 April.

If your email is about a child you believe is at risk of immediate harm, please do not wait for my return: call the MASH duty desk on 020 7946 0321, or out of hours the Emergency Duty Team on 020 7946 0999. In an emergency call 999.

For anything else about my cases please contact my team manager, Priya Nandra (priya.nandra@richmondandwandsworth.gov.uk).

Tom Beresford
Social Worker, Child in Need Team (Wandsworth)"""
    data = ooo_mail(f, "2047-03-27 17:32", addr("Tom Beresford", "tom.beresford@richmondandwandsworth.gov.uk"),
                    addr("Early Help Duty", MB(RW, "early_help_duty")),
                    "[SB-richmond_wandsworth-3377] Step-down case discussion confirmed: Tuesday 2 April 14:00", body)
    add(f, data, RW, "early_help_duty", "2047-03-27 17:32", 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate says 'at risk of immediate "
        "harm', 'emergency' and 999 - no child, nothing happening -> auto_reply, ignore (rule 2).", ooh=True)


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Early Help duty,</p>
<p>As agreed with Jasper on the phone this morning, this confirms the step-down case discussion for <b>Chloé Marchand</b> (born 07/07/2038) and <b>Théo Marchand</b> (born 19/03/2043) on <b>Tuesday 9 April at 14:00</b> (Teams). Mosaic 3072250.</p>
<p>The draft plan for Early Help is attached. The latest case summary is below.</p>
<h4 style="margin-bottom:2pt">Case summary</h4>
<p>The family has had a child in need plan since October 2046, when Ms Élodie Marchand's depression after her mother's death left Chloé doing much of Théo's care and missing school. Ms Marchand has been under the community mental health team since November, is taking medication and has weekly psychology sessions. Her partner, Mr Steven Doyle, who has lived with the family since 2045, has reduced his hours to do the school runs and has come to every CIN meeting. Chloé's attendance is 89% this term (74% in the autumn) and she has a young carers' worker at school.</p>
<p>What is still needed: continuing support for Ms Marchand's mental health and for Chloé's attendance and time for herself.</p>
<h4 style="margin-bottom:2pt">Consent</h4>
<p>Ms Marchand and Mr Doyle have both consented to Early Help continuing the plan.</p>
<p>Bien cordialement / kind regards,<br>
Aurélie Fontaine<br>
Social Worker, Child in Need Team (Richmond)<br>
020 7946 0671</p>
</body></html>
"""
    plan = docx_att("Plan Early Help - Marchand.docx", [
        "# Draft plan for Early Help - Marchand family",
        "Children: Chloé Marchand, Théo Marchand.",
        "1. Young carers' worker to continue with Chloé fortnightly; Chloé to join the Saturday young carers' club.",
        "2. Attendance plan with school: target 95%.",
        "3. Ms Marchand to continue with CMHT; Early Help worker to link her to the bereavement group.",
        "4. Mr Doyle to keep doing the school runs on his early-finish days.",
        "Review: within 4 weeks of the handover, chaired by the Early Help manager.",
    ])
    top = outlook_top(f, addr("Aurélie Fontaine", "aurelie.fontaine@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", MB(RW, "early_help_duty")),
                      "Step-down - Marchand (Chloé et Théo) - Mosaic 3072250 - case discussion Tue 9 April 2pm",
                      "2047-04-05 10:10")
    add(f, html_only_mail(f, top, h, [plan]), RW, "early_help_duty", "2047-04-05 10:10", 5,
        "ordinary", "step_down", False, None, ["3072250"],
        [ch("Chloé Marchand", "2038-07-07", "07/07/2038"), ch("Théo Marchand", "2043-03-19", "19/03/2043")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "HTML-only quoted-printable step-down with RFC 2047 subject and accented names (BST Date): the case summary "
        "pasted under its own heading, draft plan .docx, consent from mum and her partner (who is a support here) -> "
        "complete -> book_meeting; case discussion agreed for Tue 9 Apr, within 5 days.",
        facts={"docs": {"case_summary", "draft_plan"}}, not_children=["Steven Doyle", "Élodie Marchand"])


# ============================================================================= TOWER HAMLETS
TH = "tower_hamlets"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    body = """Dear MAST,

I am the DSL at Shadwell Fields Primary School. At 1.20pm today Sumaiya Ahmed (Year 5, DOB 03/02/2037) gave her class teacher the note below. I have typed it out exactly as she wrote it:

    "i dont want to go home today. mums boyfrend jamal hit amina with his belt last nite on her legs and she was screeming and he said if i tell he will do me worse then her. mum is at the hospital with nani she is there till late. jamal is picking us up at 3.15. please dont tell him i rote this"

Amina Ahmed is Sumaiya's sister. She is 3 and in our Nursery class. Our nursery teacher checked her at changing time and saw three red lines across the backs of both thighs; Amina would not say how she got them. Sumaiya showed me a long red mark on the back of her left arm.

"Jamal" (surname not known to us) was added to the girls' collection list by mum in January as her partner. We have not been able to reach mum by phone. Both girls are with me in my office. School finishes at 3.15.

I have also rung 0207 364 5606 and am in the queue. I will complete the MARF as soon as I have spoken to someone.

Rokeya Begum
Deputy Headteacher and Designated Lead
Shadwell Fields Primary School
020 7946 0804"""
    top = outlook_top(f, addr("Rokeya Begum", "r.begum@shadwellfields.example.sch.uk"),
                      addr("MAST", MB(TH, "mash_step_up")),
                      "Sumaiya Ahmed (Y5) and Amina Ahmed (Nursery) - note written in class today", "2047-01-16 13:40")
    add(f, outlook_mail(f, top, body), TH, "mash_step_up", "2047-01-16 13:40", 2,
        "urgent", "other", True, None, [],
        [ch("Sumaiya Ahmed", "2037-02-03", "03/02/2037"), ch("Amina Ahmed")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A child's own words, copied from her note: mum's boyfriend hit the 3-year-old with a belt last night (marks "
        "seen), threatened the writer, and is collecting both girls at 3.15 today - immediate. A school DSL's contact, "
        "not an Early Help step-up -> other -> alert_duty.", not_children=["Jamal"])


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{border:1px solid #999;padding:3px 6px;font-family:Arial;font-size:10pt;vertical-align:top}</style></head>
<body style="font-family:Arial;font-size:10pt">
<p>MAST duty,</p>
<p>Same-day referral following a planned home visit. Details below; the MARF will follow.</p>
<table style="border-collapse:collapse">
<tr><td><b>Child</b></td><td>Zayn Chowdhury</td></tr>
<tr><td><b>DOB</b></td><td>21/08/2046 (7/12)</td></tr>
<tr><td><b>NHS no.</b></td><td>999 204 7713</td></tr>
<tr><td><b>Address</b></td><td>Flat 6, Lindley House, Bow, E3 9ZX</td></tr>
<tr><td><b>Mother</b></td><td>Salma Chowdhury, DOB 04/04/2021</td></tr>
<tr><td><b>Mother's partner</b></td><td>Rahul Sen, approx. 30. Not the father. In a relationship with mother approx. 2/12. Not known to HV.</td></tr>
<tr><td><b>Visit</b></td><td>26/03/2047 11:20, weight check</td></tr>
</table>
<p><b>Findings:</b> 2 x ovoid bruises approx. 1 cm, medial aspect of left upper arm, pattern consistent with fingertip grip. Torn upper labial frenulum with dried blood. Infant is non-mobile (not yet rolling consistently). Weight 8.1 kg (50th centile). Alert, feeding.</p>
<p><b>History:</b> mother states the marks were not present when she left for a night shift at 19:00 yesterday. Mr Sen cared for Zayn overnight. Mr Sen (present at start of visit, left before examination) said Zayn "bumped his mouth on the bottle".</p>
<p><b>Plan as stated by mother:</b> she returns to work at 14:00 today; Mr Sen to care for Zayn this afternoon and overnight. Mother declined attendance at ED. GP informed 12:40.</p>
<p>I remain in the area until 14:00 and can be reached on 07700 900733.</p>
<p>Siobhan Keane<br>Specialist Community Public Health Nurse (Health Visitor)<br>Bow and Poplar Health Visiting Team</p>
</body></html>
"""
    top = plain_top(f, addr("Keane Siobhan (Bow and Poplar HV Team)", "siobhan.keane@nhs.example"),
                    MB(TH, "mash_step_up"),
                    "Same-day MAST referral: CHOWDHURY Zayn 7/12 - bruising, non-mobile infant", "2047-03-26 12:55",
                    "nhs.example", extra=[("X-MS-Has-Attach", ""), ("Importance", "high")])
    add(f, html_only_mail(f, top, h), TH, "mash_step_up", "2047-03-26 12:55", 3,
        "urgent", "other", True, None, [], [ch("Zayn Chowdhury", "2046-08-21", "21/08/2046")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Clinical health-visitor voice, HTML-only with a table: fingertip bruising and a torn frenulum on a "
        "non-mobile 7-month-old after a night with mum's new partner, who cares for him again from 14:00 today -> "
        "urgent, other, alert_duty. The NHS number is no case id; mum's DOB is an adult's.",
        not_children=["Rahul Sen", "Salma Chowdhury"])


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    body = """Hello MAST,

Please find attached a Multi-Agency Request for Support for Ruby Kemal (DOB 17/09/2038) and Ela Kemal (DOB 04/06/2041). I have been their Early Help practitioner since November (Mosaic 3389015).

At our session this afternoon Ms Derya Kemal told me that her new partner, Leon Prentice, who she got to know online while he was in prison, was released on 27 January and has been staying with her since. In January she applied to the police under Sarah's Law (the Child Sex Offender Disclosure Scheme), and she says the letter she got back told her that Leon has convictions for sexual offences against girls under 13. She said "that was years ago, he's done all his courses".

Ms Kemal starts a run of night shifts at the hospital tonight. She has arranged for Leon to look after Ruby and Ela at the flat overnight from 7pm. When I tried to talk this through with her she ended the session and asked me to leave.

I have discussed this with my manager, Shirin Haque, and she agrees it needs to go to MAST for a social care response.

Daniel Okoro
Family Support Practitioner, Early Help (Hub 2)
London Borough of Tower Hamlets
020 7946 0815"""
    marf = pdf_att("MARF - Kemal - 01.02.2047.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Ruby Kemal, DOB 17/09/2038; Ela Kemal, DOB 04/06/2041.",
        "Address: Flat 22, Matlock Court, Stepney, E1 9ZT. Mosaic 3389015.",
        "Parent/carer: Ms Derya Kemal. Other adult in household since 27/01/2047: Mr Leon Prentice (mother's partner).",
        "Referrer: Daniel Okoro, Family Support Practitioner, Early Help. Manager: Shirin Haque (agrees).",
        "Reason for request: mother reports a Child Sex Offender Disclosure Scheme disclosure that her partner has",
        "convictions for sexual offences against girls under 13. She has arranged for him to care for both girls",
        "overnight from 19:00 on 01/02/2047 while she works a night shift.",
        "Parent aware of this request: no (ended the session before it could be discussed).",
        "Services involved: Early Help; Redcoat Primary School (both girls).",
    ])
    top = outlook_top(f, addr("Daniel Okoro", "daniel.okoro@towerhamlets.gov.uk"), addr("MAST", MB(TH, "mash_step_up")),
                      "Step up to MAST - Kemal family - MARF attached", "2047-02-01 15:20",
                      cc=addr("Shirin Haque", "shirin.haque@towerhamlets.gov.uk"))
    root = multipart("mixed", [text_part(body, cte="base64"), marf], bnd(f, 1))
    add(f, build(top, root), TH, "mash_step_up", "2047-02-01 15:20", 4,
        "urgent", "step_up", True, None, ["3389015"],
        [ch("Ruby Kemal", "2038-09-17", "17/09/2038"), ch("Ela Kemal", "2041-06-04", "04/06/2041")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "Partner met online while in prison, released last week; a Sarah's Law disclosure of sexual offences "
        "against girls under 13, and he has both girls overnight from 7pm tonight -> immediate. A complete MAST "
        "step-up (base64 body, MARF .pdf, manager agrees) -> missing [] but alert_duty; parent not told -> consent "
        "null.", facts={"docs": {"request_for_support"}}, not_children=["Leon Prentice", "Derya Kemal"])


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    body = """Dear Early Help Hub,

I am stepping down Arif Uddin (DOB 11/05/2039) to a Team Around the Family. His Child and Family Assessment concluded on Thursday 14 February 2047 and is attached, with the draft TAF plan.

Lead Practitioner: Mr Abdul Karim, Family Support Worker, Limehouse Children and Family Centre, has agreed to take on the role.
Consent: Ms Shamima Uddin has consented to the step-down.
TAF meeting: I will chair it on Wednesday 27 February at 14:00 at Limehouse Children and Family Centre; the minutes will be on Mosaic within 10 working days of the assessment ending.

For the avoidance of doubt about the history on Mosaic: in December the police made a disclosure to Ms Uddin under the Domestic Violence Disclosure Scheme (Clare's Law) about a man she had been seeing for four months, Mr Tariq Hossain, who has a 2036 caution for assaulting a former partner. Ms Uddin ended the relationship on 21 December. Mr Hossain never lived at the address or met Arif, and the assessment found no current domestic abuse and nothing to suggest any contact since.

What remains is support for Arif's autism: he is waiting for an EHCP needs assessment, and mum would like help with his sleep and with transitions.

Nusrat Jahan
Social Worker, Child in Need Team 3
London Borough of Tower Hamlets"""
    cfa = pdf_att("C&F Assessment - Arif Uddin - concluded 14.02.2047.pdf", "Child and Family Assessment - Arif Uddin", [
        "Child: Arif Uddin, DOB 11/05/2039. Mosaic ID 3372281. Mother: Ms Shamima Uddin.",
        "Assessment started 20/12/2046, concluded 14/02/2047.",
        "Reason: contact from police following a DVDS disclosure to mother about a former partner (not in household).",
        "Findings: relationship ended 21/12/2046; no evidence of domestic abuse in the household; no contact since.",
        "Arif has a diagnosis of autism; EHCP needs assessment requested; sleep difficulties.",
        "Outcome: step down to a Team Around the Family with a Lead Practitioner.",
    ])
    plan = docx_att("Draft TAF plan - Uddin.docx", [
        "# Draft TAF plan - Arif Uddin",
        "Lead Practitioner: Abdul Karim (Limehouse Children and Family Centre).",
        "1. Sleep clinic referral and a sleep routine plan (LP, health visitor).",
        "2. School SENCo to support the EHCP needs assessment.",
        "3. Mum to attend the autism parents' workshop.",
    ])
    top = outlook_top(f, addr("Nusrat Jahan", "nusrat.jahan@towerhamlets.gov.uk"),
                      addr("Early Help Hub", MB(TH, "early_help_duty")),
                      "Step-down to Early Help - Arif Uddin - Mosaic ID 3372281", "2047-02-18 10:30")
    add(f, outlook_mail(f, top, body, [cfa, plan]), TH, "early_help_duty", "2047-02-18 10:30", 5,
        "near_miss", "step_down", False, None, ["3372281"], [ch("Arif Uddin", "2039-05-11", "11/05/2039")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Near miss: a Clare's Law disclosure about a man with a caution for assault, but the relationship ended in "
        "December, he never lived there or met the child, 'no current domestic abuse' -> not urgent, no DA concern. "
        "Complete Tower Hamlets step-down (C&F assessment .pdf, TAF plan .docx, consent, named LP with agency) -> "
        "book_meeting. Mosaic id only in the subject and the PDF.",
        facts={"docs": {"assessment", "draft_plan"}, "lp": True}, not_children=["Tariq Hossain", "Shamima Uddin"])


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    body = """Hello,

This isn't about a specific child (yet), so I haven't given any names.

A mum stopped me at the gate this morning. Her new boyfriend has a caution for something from years ago and is about to move in, and she wanted to know whether school would "have to tell social services" if he does. I didn't know what to say.

Hypothetically, if a child then told us she was scared of him, or if we found out he was on the sex offenders register, would we ring MAST straight away, or is that a referral to you? And if a parent asks us to find out about a partner (Clare's Law or Sarah's Law), do we do that for them or do they go to the police themselves?

Is there any training on this coming up? Several of our support staff would like it.

Many thanks,
James

James Whitcombe
Learning Mentor, Bow Common Primary School"""
    top = plain_top(f, addr("James Whitcombe", "jwhitcombe@bowcommon.example.sch.uk"),
                    MB(TH, "early_help_duty"), "General question - new partners, cautions and checks",
                    "2047-01-10 15:50", "mail.gmail.com",
                    extra=[("X-Google-Smtp-Source", "AGHT+IF%s" % sha("th05", "g")[:24])])
    add(f, gmail_mail(f, top, body), TH, "early_help_duty", "2047-01-10 15:50", 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, hypothetical: a learning mentor's general question ('not about a specific child', 'hypothetically "
        "... on the sex offenders register') about new partners, cautions and Clare's/Sarah's Law - no child, nothing "
        "happening -> other, human_review.")


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    summary = "TAF meeting - Uddin (Mosaic 3372281) [SB-tower_hamlets-5502]"
    cal = ics("REPLY", f, dt("2047-02-20 09:12"), "20470227T140000", "20470227T153000", summary,
              "Limehouse Children and Family Centre", ("Early Help Hub", MB(TH, "early_help_duty")),
              [("Abdul Karim", "abdul.karim@limehousecfc.example.org", "REQ-PARTICIPANT", "ACCEPTED")],
              prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="Europe/London")
    txt = "Abdul Karim has accepted this invitation.\n\n%s\nWednesday 27 Feb 2047 2pm - 3:30pm (Greenwich Mean Time - London)\n\nInvitation from Google Calendar\n" % summary
    alt = multipart("alternative", [text_part(txt),
                                    text_part("<html><body><p>Abdul Karim has accepted this invitation.</p><p><b>%s</b><br>Wednesday 27 Feb 2047 2pm - 3:30pm (Greenwich Mean Time - London)</p></body></html>" % html.escape(summary), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "7bit")], cal)], gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = plain_top(f, addr("Abdul Karim", "abdul.karim@limehousecfc.example.org"),
                    addr("Early Help Hub", MB(TH, "early_help_duty")),
                    "Accepted: %s @ Wed 27 Feb 2047 2pm - 3:30pm (GMT) (EarlyHelpHub@towerhamlets.gov.uk)" % summary,
                    "2047-02-20 09:12", "google.com", extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add(f, build(top, root), TH, "early_help_duty", "2047-02-20 09:12", 2,
        "ordinary", "meeting_reply", False, None, ["3372281"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the lead "
        "practitioner for tower_hamlets_04's TAF meeting -> record_reply; the Mosaic number in the SUMMARY is the "
        "case id.")


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    body = """Hi MAST team

Sending the attached MARF for Hasan Ali (12, DOB 19/08/2034), asking for a step up to CSC.

Short version: mum met Aaron on a dating app in November and he moved in five weeks later. Since then mum has stopped coming to our sessions (she has missed the last 5), Hasan's attendance has dropped to 71%, and he told his mentor that Aaron shouts at mum and "checks her phone every night". Mum now has to ask Aaron for money for the shopping.

My manager is on leave until Monday so I haven't been able to get her agreement yet. I'm sending it now so you have it, and she'll confirm when she's back.

Leah

Sent from my iPad"""
    marf = docx_att("MARF Hasan Ali.docx", [
        "# Multi-Agency Request for Support",
        "Child: Hasan Ali, DOB 19/08/2034. School: Mulberry Park Academy (Year 7).",
        "Parent: Ms Nasreen Ali. Other adult: mum's partner, first name Aaron (surname not known), since December 2046.",
        "Referrer: Leah Morgan, Early Help Practitioner.",
        "Reason: mum disengaged from Early Help since her partner moved in; attendance 71%; Hasan reports the partner "
        "shouting at mum and checking her phone; mum has no access to money of her own.",
        "Manager's agreement: not yet (manager on leave until 08/04/2047).",
    ])
    top = plain_top(f, addr("Leah Morgan", "leah.morgan@towerhamlets.gov.uk"), MB(TH, "mash_step_up"),
                    "Step up - Hasan Ali", "2047-04-02 19:45", "towerhamlets.gov.uk", mailer="iPad Mail (22E240)")
    add(f, flowed_mail(f, top, body, [marf]), TH, "mash_step_up", "2047-04-02 19:45", 3,
        "ordinary", "step_up", False, None, [], [ch("Hasan Ali", "2034-08-19", "19/08/2034")],
        ["domestic_abuse", "non_engagement", "school_attendance"], None, None, ["manager_agreed"], None,
        "request_info",
        "iPad format=flowed MAST step-up (evening, BST) about a partner met on a dating app who controls mum's phone "
        "and money: MARF .docx attached, but the manager is on leave and has not agreed yet (null) -> missing "
        "manager_agreed -> request_info.", facts={"docs": {"request_for_support"}}, not_children=["Nasreen Ali"],
        ooh=True)


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    body = """Hi,

Answers below.

Lead Practitioner: Ms Farzana Islam, Learning Mentor, Globe Fields Primary School (farzana.islam@globefields.example.sch.uk). She has agreed to take it on.

Date the C&F Assessment concluded: 4 March 2047.

Thanks,
Marta

Marta Kowalska
Social Worker, Child in Need Team 1, LBTH

________________________________
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 11 March 2047 10:47
To: Marta Kowalska <marta.kowalska@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-5531] Step-down received - information needed

Thank you for your step-down request (Mosaic 3380917, 1 child).
Reference: SB-tower_hamlets-5531
Still needed:
 - the name and agency of the identified Lead Practitioner
 - the day the Child and Family Assessment concluded (the TAF meeting and its minutes are due on Mosaic within 10 working days of it)"""
    top = outlook_top(f, addr("Marta Kowalska", "marta.kowalska@towerhamlets.gov.uk"),
                      addr("Early Help Hub", MB(TH, "early_help_duty")),
                      "RE: [SB-tower_hamlets-5531] Step-down received - information needed", "2047-03-12 11:00",
                      reply=msgid("th08_ack", "stepbot.towerhamlets.gov.uk"))
    add(f, outlook_mail(f, top, body), TH, "early_help_duty", "2047-03-12 11:00", 2,
        "ordinary", "follow_up", False, None, ["3380917"], [], [], None, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-5531] giving the Lead Practitioner and the assessment's end date: follow_up -> "
        "attach_to_request; the Mosaic number sits in the quoted acknowledgement; no child is named.")


# ============================================================================= TORBAY
TB = "torbay"

def torbay_01():
    f = "torbay_01.eml"
    body = """Good morning,

I'm the DSL at Cockington Vale Academy. The message below came into our school office inbox at 07:31 from Tia Pascoe's aunt. Tia is in Year 4 with us (DOB 12/10/2037). I've rung mum's mobile twice with no answer and Tia hasn't come in to breakfast club.

I'm in school from now on 01632 960742.

Helen Tozer
DSL, Cockington Vale Academy

---------- Forwarded message ---------
From: Jade Pascoe <jadep87@mail.example.com>
Date: Tue, 22 Jan 2047 at 07:31
Subject: please help Tia
To: <office@cockingtonvale.example.sch.uk>

I don't know who else to email, the school is the only address I've got. Dale is back. Stacey let him move back in on Saturday after swearing to me she was done with him after Christmas. Tia rang me at 6 this morning whispering from the bathroom. She said he's got mum up against the wall by her throat and baby Ellie-Mae was screaming in her cot. She said "please come and get us auntie Jade" and then the phone went dead and now it goes to voicemail. I'm in Plymouth with no car. Ellie-Mae Pascoe is 8 months. They live at 3 Shorton Row, Paignton. Please can someone go round.

Jade"""
    top = plain_top(f, addr("Helen Tozer", "htozer@cockingtonvale.example.sch.uk"), MB(TB, "mash_step_up"),
                    "Fwd: please help Tia", "2047-01-22 07:52", "mail.gmail.com",
                    extra=[("X-Google-Smtp-Source", "AGHT+IE%s" % sha("tb01", "g")[:24])])
    add(f, gmail_mail(f, top, body), TB, "mash_step_up", "2047-01-22 07:52", 3,
        "urgent", "other", True, None, [],
        [ch("Tia Pascoe", "2037-10-12", "12/10/2037"), ch("Ellie-Mae Pascoe")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Urgent only in the forwarded part (Gmail 'Fwd:'): an ex-partner let back in on Saturday had mum by the "
        "throat at 6am with a 9-year-old and an 8-month-old in the house, phone dead since. The school DSL's note "
        "above is neutral. Sent 07:52, before office hours -> other, alert_duty (out-of-hours service).",
        not_children=["Jade Pascoe"], ooh=True)


def torbay_02():
    f = "torbay_02.eml"
    body = """Hi MASH,

Writing this from my car outside the Yeo family's house, 12 Blagdon Close, Paignton.

Mum (Claire Yeo) went into Torbay Hospital last night to be induced. Her partner Jordan Wills (not the children's dad; moved in at New Year) is looking after Lola Yeo (4) and Finn Yeo (2).

I did my planned visit at 11. It took 10 minutes for anyone to answer and Lola opened the door in just a vest. Jordan was on the sofa and I couldn't wake him properly: he slurred something and went back to sleep. There were empty cans and a vodka bottle on the floor, a bit of foil with burn marks on the coffee table, and the back door was wide open onto the lane. Finn's nappy was soaked through and heavy, like it hadn't been changed since yesterday, and there was no food out. Lola said "Jordan's been asleep since Paw Patrol".

Mrs Carne from next door has taken both children into hers for now but she has to leave for work at 2. Mum isn't answering and the ward says she's in labour.

Silas (my ATM) said to send this to MASH straight away as a step up. I haven't been able to ask mum about consent.

EHM-824771

Kerensa Hocking
Family Intervention Worker, Torbay Early Help

Sent from my iPhone"""
    top = plain_top(f, addr("Kerensa Hocking", "kerensa.hocking@torbay.gov.uk"), MB(TB, "mash_step_up"),
                    "Step up - Yeo children", "2047-03-14 12:10", "torbay.gov.uk", mailer="iPhone Mail (22D72)",
                    cc=addr("Silas Penrose", "silas.penrose@torbay.gov.uk"))
    add(f, flowed_mail(f, top, body), TB, "mash_step_up", "2047-03-14 12:10", 2,
        "urgent", "step_up", True, None, ["EHM-824771"], [ch("Lola Yeo"), ch("Finn Yeo")],
        ["neglect", "substance_misuse"], None, True, ["consent"], None, "alert_duty",
        "Plain phone voice (iPhone format=flowed): mum's partner, left babysitting while she is in labour, "
        "unrousable among empty bottles and burnt foil, back door open, a 2-year-old unchanged; a neighbour has the "
        "children only until 2pm -> immediate. Torbay step-up (lead professional's contact, ATM Silas said to send "
        "it) with consent not yet asked -> missing consent, but alert_duty.",
        facts={"docs": set()}, not_children=["Jordan Wills", "Claire Yeo"])


def torbay_03():
    f = "torbay_03.eml"
    body = """Hi Early Help,

Please can I have a triage slot for Isla Hannaford (DOB 22/05/2043) and Jack Hannaford (DOB 01/12/2045), LCS-4471290. Both are under 5, so I think this will be the under-5s triage. We are recommending a level 3 Early Help response.

The Single Assessment is attached. It includes my analysis and the rationale for stepping down, and my team manager's analysis confirming the threshold for level 3 is met.

Ms Hannaford has given her consent for level 3 Early Help.

A note on something you will see in the assessment: in December Ms Hannaford applied under the Child Sex Offender Disclosure Scheme (Sarah's Law) about her new partner, Mr Ben Luxton, after a friend "said something". Devon and Cornwall Police completed their checks and confirmed there was nothing to disclose. The assessment found no concerns about Mr Luxton; he came to every session and is a real support to Ms Hannaford.

The original worry was Ms Hannaford's low mood after Jack was born. It has improved with medication and her GP, but she would still like support.

Thanks,
Morwenna

Morwenna Pill
Social Worker, Single Assessment Team, Torbay Council
01632 960318"""
    sa = pdf_att("Single Assessment - Hannaford - LCS-4471290.pdf", "Single Assessment - Isla and Jack Hannaford (LCS-4471290)", [
        "Children: Isla Hannaford (22/05/2043), Jack Hannaford (01/12/2045). Mother: Ms Amy Hannaford.",
        "Household: mother, the two children, mother's partner Mr Ben Luxton (since October 2046).",
        "CSODS: application by mother 09/12/2046; police checks complete 03/01/2047 - nothing to disclose.",
        "Social worker's analysis: mother's postnatal low mood has improved; home conditions good; children",
        "meeting milestones. Needs can be met by a level 3 Early Help response. Rationale: ongoing support for",
        "mother's mental health and parenting confidence; no statutory role required.",
        "Team Manager's analysis (R. Yelland, 21/01/2047): I agree the threshold for level 3 intervention is met",
        "and support step-down to Early Help.",
        "Consent: Ms Hannaford consents to level 3 Early Help (recorded 18/01/2047).",
    ])
    top = outlook_top(f, addr("Morwenna Pill", "morwenna.pill@torbay.gov.uk"), addr("Early Help", MB(TB, "early_help_duty")),
                      "Step down - triage slot please - Hannaford - LCS-4471290", "2047-01-23 15:05")
    add(f, outlook_mail(f, top, body, [sa]), TB, "early_help_duty", "2047-01-23 15:05", 4,
        "near_miss", "step_down", False, 3, ["LCS-4471290"],
        [ch("Isla Hannaford", "2043-05-22", "22/05/2043"), ch("Jack Hannaford", "2045-12-01", "01/12/2045")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Near miss, negated: a Sarah's Law application about the new partner came back with 'nothing to disclose' "
        "and the assessment found no concerns. Complete Torbay step-down (Single Assessment .pdf with the TM's "
        "analysis, consent, level 3) for two under-5s (under-5s triage) -> book_meeting.",
        facts={"docs": {"assessment"}}, not_children=["Ben Luxton", "Amy Hannaford"])


def torbay_04():
    f = "torbay_04.eml"
    body = """Hi,

I hope this is the right place. My name is Lee Cundy and I'm moving in with Kerry Rowe next month. She has an Early Help worker for her kids (Mason and Evie) and I'd rather you heard this from me than found it out.

I've got a conviction from 2030 for assault. It was a fight outside a pub in Newton Abbot when I was 19; I did community service and there's been nothing since. It was never anything to do with kids or a partner. Kerry knows all about it.

I'm happy for you to do whatever checks you need and I'll come to a meeting if that helps. My number is 07700 900871.

Thanks
Lee"""
    top = plain_top(f, addr("Lee Cundy", "lee.cundy93@mail.example.com"), MB(TB, "early_help_duty"),
                    "moving in with Kerry - want to be upfront", "2047-02-11 21:14", "mail.example.com",
                    mailer="Outlook for Android")
    add(f, outlook_mail(f, top, body), TB, "early_help_duty", "2047-02-11 21:14", 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: the new partner himself discloses a 2030 assault conviction (a pub fight at 19, nothing since, "
        "never a child or partner) before he moves in - historic, adult -> other, human_review; the children are "
        "named by first name only.", not_children=["Lee Cundy", "Kerry Rowe"], ooh=True)


def torbay_05():
    f = "torbay_05.eml"
    body = """Dear MASH,

Contact to MASH for Summer Stentiford (DOB 30/07/2036) and Bailey Stentiford (DOB 14/02/2040), EHM-826102, asking for consideration of a level 4 statutory response.

New information since my last review: home conditions have deteriorated badly over the half term. There was no food in the house at my visit on 5 March, the children's bedding was soiled, Bailey has untreated tooth decay and has missed two dental appointments, and Summer (10) has been getting Bailey ready for school most days. Mum's low mood is back; she has stopped taking her medication and told me she "can't see the point".

I know one thing will ring bells on your system. Mum's ex-partner, Carl Hext, who assaulted Bailey in 2044 and went to prison for it, was released last week. Probation have confirmed that his licence excludes him from Torbay, that he is living in approved premises in Bristol on an electronic tag, and that he may not contact mum or the children. Mum has a non-molestation order and there is a police marker on the address. He has made no attempt at contact and he is not the reason for this contact.

Mum agrees to the contact to MASH. My ATM, Tamsin Verity, and I agree this needs considering for level 4.

Rosie Trebilcock
Early Help Lead Practitioner, Torbay Early Help
01632 960455"""
    top = outlook_top(f, addr("Rosie Trebilcock", "rosie.trebilcock@torbay.gov.uk"), addr("MASH", MB(TB, "mash_step_up")),
                      "Contact to MASH - step up to level 4 - Stentiford - EHM-826102", "2047-03-07 10:45",
                      cc=addr("Tamsin Verity", "tamsin.verity@torbay.gov.uk"))
    add(f, outlook_mail(f, top, body), TB, "mash_step_up", "2047-03-07 10:45", 6,
        "near_miss", "step_up", False, None, ["EHM-826102"],
        [ch("Summer Stentiford", "2036-07-30", "30/07/2036"), ch("Bailey Stentiford", "2040-02-14", "14/02/2040")],
        ["neglect", "parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Near miss, risk already managed: a partner who hurt a child in 2044 is just out of prison, but his licence "
        "excludes him from Torbay, he is tagged in Bristol, no contact, non-mol and police marker. The contact is "
        "about neglect and mum's mental health, with Summer (10) caring for her brother. Torbay step-up with consent "
        "and ATM agreement -> book_meeting.",
        facts={"docs": set()}, not_children=["Carl Hext"])


def torbay_06():
    f = "torbay_06.eml"
    body = """Hi Early Help,

Please can I request a triage slot for Anaïs Brimacombe (DOB 08/08/2040), LCS-4480035.

Dad (Mr Rob Brimacombe) has given his consent for Early Help. Anaïs has lived with him full time since last summer. The CIN plan was about dad's depression after the separation, and he is much better: he is back at work, sees his GP monthly and has a counsellor. His new partner, Kelly, moved in in February; she has been a good support to both of them and came to the last review.

The Single Assessment is with my team manager, Becky Ashworth, for her manager's analysis. I'll send it over as soon as she's signed it off, hopefully by Thursday.

Cheers,
Aaron

Aaron Le Page
Social Worker, Safeguarding and Supporting Families Team
Torbay Council"""
    top = plain_top(f, addr("Aaron Le Page", "aaron.lepage@torbay.gov.uk"), MB(TB, "early_help_duty"),
                    "Step down request - Anaïs Brimacombe - LCS-4480035", "2047-03-25 13:30", "torbay.gov.uk",
                    mailer="Microsoft Outlook 16.0")
    add(f, single_mail(f, top, body, cte="8bit"), TB, "early_help_duty", "2047-03-25 13:30", 3,
        "ordinary", "step_down", False, None, ["LCS-4480035"], [ch("Anaïs Brimacombe", "2040-08-08", "08/08/2040")],
        ["parental_mental_health"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "Plain 8bit UTF-8 Torbay step-down (RFC 2047 subject, 'Anaïs'): consent given, dad's new partner a support; "
        "the Single Assessment is still with the TM for her analysis -> assessment and manager_agreed missing -> "
        "request_info; no level stated.", facts={"docs": set()}, not_children=["Rob Brimacombe"])


def torbay_07():
    f = "torbay_07.eml"
    data = outlook_itip_reply(f, "2047-01-25 09:30", "Morwenna Pill", "morwenna.pill@torbay.gov.uk",
                              ("Early Help", MB(TB, "early_help_duty")), "ACCEPTED",
                              "Under-5s triage: Hannaford (LCS-4471290) [SB-torbay-4107]",
                              "20470205T113000", "20470205T120000", "Microsoft Teams Meeting")
    add(f, data, TB, "early_help_duty", "2047-01-25 09:30", 2,
        "ordinary", "meeting_reply", False, None, ["LCS-4471290"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty comment: the social worker accepts torbay_03's slot at the "
        "fortnightly under-5s triage (Tue 5 Feb 11:30) -> record_reply; LCS id from the SUMMARY.")


def torbay_08():
    f = "torbay_08.eml"
    rcpt = "j.smale@plymouthcare.example.org"
    txt = """Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: CWLP265MB4410.GBRP265.PROD.OUTLOOK.COM

%s
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""" % (rcpt, rcpt)
    dsn = """Reporting-MTA: dns;CWLP265MB4410.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;CWLP265MB3301.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Wed, 10 Apr 2047 13:01:58 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""" % rcpt
    orig = """From: Early Help <earlyhelp@torbay.gov.uk>
To: <%s>
Subject: [SB-torbay-4188] Triage slot offered: Tuesday 16 April 2047 10:00
Date: Wed, 10 Apr 2047 14:01:51 +0100
Message-ID: <%s@stepbot.torbay.gov.uk>
Auto-Submitted: auto-generated
""" % (rcpt, sha("tb08", "orig")[:20])
    root = multipart("report", [text_part(txt),
                                Part([("Content-Type", "message/delivery-status")], dsn),
                                Part([("Content-Type", "text/rfc822-headers")], orig)],
                     bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@torbay.gov.uk>"),
           ("To", addr("Early Help", MB(TB, "early_help_duty"))),
           ("Subject", "Undeliverable: [SB-torbay-4188] Triage slot offered: Tuesday 16 April 2047 10:00"),
           ("Date", email.utils.format_datetime(dt("2047-04-10 14:02"))),
           ("Message-ID", msgid(f, "CWLP265MB4410.GBRP265.PROD.OUTLOOK.COM")),
           ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-GB")]
    add(f, build(top, root), TB, "early_help_duty", "2047-04-10 14:02", 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (multipart/report; delivery-status; Auto-Submitted: auto-replied) for "
        "stepbot's own triage-slot mail -> auto_reply, ignore (no loop).")


# ============================================================================= HEREFORDSHIRE
HF = "herefordshire"

def herefordshire_01():
    f = "herefordshire_01.eml"
    body = """Hi,

Signed consent form attached. Ms Price signed it at my visit this morning.

Thanks
Rhys

Sent from my iPhone

> On 13 Mar 2047, at 10:02, Herefordshire Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you for the step-down plan (Price family, Mosaic 4120553).
> Reference: SB-herefordshire-2731
> Still needed: the family's written consent (the signed consent form).
> Please reply with it, keeping the reference in the subject.
"""
    consent = pdf_att("Consent form Price.pdf", "Herefordshire Council - Early Help - consent to step-down", [
        "Child(ren): Logan Price, DOB 09/03/2038; Macy Price, DOB 27/10/2041",
        "I agree to my family's information being shared with the Early Help Co-ordinator team and to the",
        "Early Help Assessment step-down plan discussed with my social worker.",
        "Parent/carer: Nicola Price          Signed: N. Price          Date: 15/03/2047",
        "",
        "Is there anything else you would like us to know? (in your own words)",
        "Wayne is back living here since Sunday. He said if I sign this he will leave us alone but last night he hit",
        "Logan across the back with the dog lead and shut Macy in the shed till she stopped crying. Please dont ring",
        "me he reads my phone. He is here all day today and he wont let the kids go to school till the marks go.",
    ])
    top = plain_top(f, addr("Rhys Powell", "rhys.powell@herefordshire.gov.uk"), MB(HF, "early_help_duty"),
                    "Re: [SB-herefordshire-2731] Step-down plan received - written consent needed", "2047-03-15 12:48",
                    "herefordshire.gov.uk", mailer="iPhone Mail (22D72)",
                    reply=msgid("hf01_ack", "stepbot.herefordshire.gov.uk"))
    add(f, flowed_mail(f, top, body, [consent]), HF, "early_help_duty", "2047-03-15 12:48", 4,
        "urgent", "follow_up", True, None, ["4120553"],
        [ch("Logan Price", "2038-03-09", "09/03/2038"), ch("Macy Price", "2041-10-27", "27/10/2041")],
        ["domestic_abuse", "physical_harm"], True, None, [], None, "alert_duty",
        "Urgent only in the attachment: the signed consent PDF's 'anything else' box says mum's ex is back since "
        "Sunday, hit a 9-year-old with a dog lead last night, shut the 5-year-old in the shed, and is at home all "
        "day keeping them off school. The covering iPhone reply to [SB-herefordshire-2731] says only 'signed consent "
        "attached' -> follow_up, urgent -> alert_duty; consent true (signed); children and DOBs only in the PDF.",
        not_children=["Nicola Price", "Wayne"])


def herefordshire_02():
    f = "herefordshire_02.eml"
    body = """Hello,

I didn't know who to contact so I found this address on the council website. I live next door to the Bevan family on Orchard Rise in Leominster.

Their mum Gemma has been at her mum's in Wales since Monday and her boyfriend Kyle is looking after the children: Ellie Bevan (about 9), Jack Bevan (6) and the baby. Every night this week I have heard him screaming at them. Right now, about 7 o'clock, I can hear Jack crying "no, no, please" and thuds against the wall, and Kyle shouting that he'll break his arm. The children told my daughter they're scared of him and Ellie asked her if she could sleep at ours. I've knocked and he won't answer the door.

I've got Gemma's number but it goes straight to voicemail.

Sandra Holloway
9 Orchard Rise
07700 900925"""
    top = plain_top(f, addr("Sandra Holloway", "sandra.holloway@mail.example.net"), MB(HF, "mash_step_up"),
                    "the children next door", "2047-01-30 19:10", "mail.example.net",
                    mailer="WebService/1.1.22047 YMailNorrin")
    root = multipart("alternative", [text_part(body),
                                     text_part("<html><body><div style=\"font-family:Helvetica,Arial\">%s</div></body></html>"
                                               % "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>")
                                                         for p in body.split("\n\n")), "html")], bnd(f, 1))
    add(f, build(top, root), HF, "mash_step_up", "2047-01-30 19:10", 2,
        "urgent", "other", True, None, [], [ch("Ellie Bevan"), ch("Jack Bevan")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A partner the children are scared of, told plainly by a neighbour at 19:10 (out of hours): mum away, her "
        "boyfriend alone with three children, a 6-year-old crying 'no, no, please', thuds and a threat to break his "
        "arm, happening now -> other, alert_duty (Emergency Duty Team). The baby is unnamed.",
        not_children=["Gemma", "Kyle"], ooh=True)


def herefordshire_03():
    f = "herefordshire_03.eml"
    body = """Dear Early Help Co-ordinators,

Following my discussion with Verity at this morning's drop-in, please find attached the Early Help Assessment step-down plan and Ms Bright's signed consent form for Evan Bright (DOB 30/11/2038) and Lucy Bright (DOB 05/05/2041), Mosaic 4108872.

Level: 3 (Intensive).

Key person: Mrs Carol Weaver, Family Support Worker, Ledbury Family Hub, who has met the family and agreed to lead on the step-down.

Background: the Child and Family Assessment began in November 2046 after Lucy (then 5) was taken to Hereford County Hospital with a scald to her forearm while mum's partner, Mr Mark Tudor, was babysitting. The hospital, the police and the s47 enquiry all concluded it was an accident: Lucy pulled a mug of tea off a side table, Mr Tudor held her arm under cold water straight away and rang 111, and his account was consistent throughout. The scald has healed well. No further action under child protection.

What is left is practical: mum would like support with routines and with Evan's sleep.

Kind regards,
Sian

Sian Gwynne
Social Worker, Assessment Team, Herefordshire Council"""
    plan = docx_att("EHA step-down plan - Bright.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Evan Bright (30/11/2038), Lucy Bright (05/05/2041). Mosaic 4108872. Level 3 (Intensive).",
        "Key person: Carol Weaver, Family Support Worker, Ledbury Family Hub.",
    ], tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                ["Bedtime routine plan for Evan", "Carol Weaver", "Evan asleep by 8.30pm most nights", "6 weeks"],
                ["Home safety check (kitchen, hot drinks)", "Carol Weaver / Fire Service", "Check completed", "4 weeks"],
                ["Parenting group", "Ms Bright", "Attends 8 sessions", "Summer term"]]])
    consent = pdf_att("Signed consent - Bright.pdf", "Consent to Early Help - Bright family", [
        "Children: Evan Bright, Lucy Bright.",
        "I consent to my family being stepped down to Early Help and to information being shared with the Early Help",
        "Co-ordinator team and the key person.",
        "Signed: L. Bright (mother)   Date: 08/02/2047",
    ])
    top = outlook_top(f, addr("Sian Gwynne", "sian.gwynne@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", MB(HF, "early_help_duty")),
                      "Step-down plan - Bright siblings - Mosaic 4108872", "2047-02-12 11:20")
    add(f, outlook_mail(f, top, body, [plan, consent]), HF, "early_help_duty", "2047-02-12 11:20", 5,
        "near_miss", "step_down", False, 3, ["4108872"],
        [ch("Evan Bright", "2038-11-30", "30/11/2038"), ch("Lucy Bright", "2041-05-05", "05/05/2041")],
        [], True, None, [], None, "book_meeting",
        "Near miss, resolved: a child scalded while mum's partner babysat, found by hospital, police and s47 to be an "
        "accident, healed, NFA -> not urgent, no current concern id. Complete Herefordshire sibling step-down (plan "
        ".docx, signed consent .pdf, key person with agency, level 3 stated) -> book_meeting.",
        facts={"docs": {"draft_plan", "consent_form"}, "lp": True}, not_children=["Mark Tudor"])


def herefordshire_04():
    f = "herefordshire_04.eml"
    body = """Hello MASH,

I'd like to ask for Riley Sayce (DOB 03/03/2039) and Mia Sayce (DOB 19/07/2042) to be stepped up to social care for an assessment, Mosaic 4099102.

Mum, Ms Jodie Sayce, was "catfished" over the winter by a man she met on a dating site who said he was an army officer serving abroad. She never met him. She has sent him £6,400 in total, including two months' rent, and now has arrears and a notice seeking possession. She has not been buying enough food: Riley and Mia came into school hungry twice last week and Mia has had the same uniform on all week. Mum is embarrassed and low.

West Mercia Police (economic crime) say the account is run from overseas and the photographs were stolen from someone else's profile. He has no address for mum, has never had any contact with the children, and mum has blocked him on everything.

Mum agrees to the step-up. My manager, Gemma Rudge, agrees that the neglect is now beyond what Early Help can manage.

Bethan Lewis
Early Help Family Support Worker, Herefordshire Council
01632 960611"""
    top = outlook_top(f, addr("Bethan Lewis", "bethan.lewis@herefordshire.gov.uk"), addr("MASH", MB(HF, "mash_step_up")),
                      "Request to step up - Sayce family - Mosaic 4099102", "2047-01-31 14:00",
                      cc=addr("Gemma Rudge", "gemma.rudge@herefordshire.gov.uk"))
    add(f, outlook_mail(f, top, body, html_twin=False), HF, "mash_step_up", "2047-01-31 14:00", 6,
        "near_miss", "step_up", False, None, ["4099102"],
        [ch("Riley Sayce", "2039-03-03", "03/03/2039"), ch("Mia Sayce", "2042-07-19", "19/07/2042")],
        ["neglect"], True, True, [], None, "human_review",
        "Near miss, adult only: a partner met online who was a romance fraud run from overseas - never met, no "
        "address, no contact with the children. The request is a step-up, which the Herefordshire protocol does "
        "not define -> human_review with missing []; neglect (hungry children, rent arrears) is the concern.",
        not_children=["Jodie Sayce"])


def herefordshire_05():
    f = "herefordshire_05.eml"
    body = """Good morning,

Please find attached the Early Help Assessment step-down plan for Oscar Jenkins-Lowe (DOB 14/09/2035), Mosaic ID 4131206.

Oscar lives with his dad, Mr Owain Jenkins. The CIN plan was about dad's drinking; he has been abstinent for six months and engages well with Turning Point. Dad's new partner, Hannah Vaughan, moved in in January and Oscar gets on well with her.

Dad has agreed verbally to the step-down. I'm seeing him on Thursday and will get the consent form signed then. We haven't yet agreed a key person: Oscar's school have said they will think about it and come back to me.

Many thanks,
Ffion

Ffion Morgan
Social Worker, Children with Disabilities and CIN Team, Herefordshire Council"""
    plan = docx_att("EHA step-down plan - Jenkins-Lowe.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Oscar Jenkins-Lowe, DOB 14/09/2035. Mosaic ID 4131206.",
        "Key person: to be agreed.",
    ], tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                ["Continue relapse-prevention sessions", "Mr Jenkins / Turning Point", "Abstinence maintained", "Ongoing"],
                ["Mentoring at school", "School", "Oscar has a named adult", "Summer term"]]])
    top = outlook_top(f, addr("Ffion Morgan", "ffion.morgan@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", MB(HF, "early_help_duty")),
                      "Step down - Oscar Jenkins-Lowe - Mosaic ID 4131206", "2047-03-11 09:40")
    add(f, outlook_mail(f, top, body, [plan]), HF, "early_help_duty", "2047-03-11 09:40", 3,
        "ordinary", "step_down", False, None, ["4131206"], [ch("Oscar Jenkins-Lowe", "2035-09-14", "14/09/2035")],
        ["substance_misuse"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan only: dad's verbal agreement is consent as stated, but the written "
        "consent form comes Thursday and no key person is agreed -> missing consent_form and lead_practitioner -> "
        "request_info; dad's new partner is mentioned in passing.",
        facts={"docs": {"draft_plan"}}, not_children=["Owain Jenkins", "Hannah Vaughan"])


def herefordshire_06():
    f = "herefordshire_06.eml"
    data = outlook_itip_reply(f, "2047-03-14 16:05", "Ffion Morgan", "ffion.morgan@herefordshire.gov.uk",
                              ("Early Help Co-ordinators", MB(HF, "early_help_duty")), "ACCEPTED",
                              "Step-down drop-in: Jenkins-Lowe (Mosaic 4131206) [SB-herefordshire-2790]",
                              "20470319T100000", "20470319T103000", "Microsoft Teams Meeting")
    add(f, data, HF, "early_help_duty", "2047-03-14 16:05", 3,
        "ordinary", "meeting_reply", False, None, ["4131206"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment: herefordshire_05's social worker accepts the Tuesday "
        "drop-in (19 Mar 10:00) -> record_reply; case id from the SUMMARY.")


def herefordshire_07():
    f = "herefordshire_07.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="CY" style="font-family:Arial;font-size:11pt">
<p>Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Mawrth 2 Ebrill ac ni fydd modd i mi ddarllen fy negeseuon.</p>
<p>Thank you for your email. I am out of the office until Tuesday 2 April and will not be reading my messages.</p>
<p>Am faterion brys, cysylltwch â Thîm Dyletswydd Powys / For anything that cannot wait, please contact the Powys duty team on 01632 960190.</p>
<p>Gethin Rowlands<br>Gweithiwr Cymdeithasol / Social Worker<br>Powys Children's Services</p>
</body></html>
"""
    data = ooo_mail(f, "2047-03-28 12:01", addr("Gethin Rowlands", "gethin.rowlands@powys.example.gov.uk"),
                    addr("Early Help Co-ordinators", MB(HF, "early_help_duty")),
                    "[SB-herefordshire-2805] Step-down received: Hughes", "", html_body=h)
    add(f, data, HF, "early_help_duty", "2047-03-28 12:01", 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Bilingual Welsh/English HTML-only out-of-office from a cross-border social worker (Auto-Submitted: "
        "auto-replied, 'Automatic reply:' subject) -> auto_reply, ignore.")


def herefordshire_08():
    f = "herefordshire_08.eml"
    body = """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Wynne children, following my discussion with Xavier last week:

Alys Wynne, DOB 22/02/2036, Mosaic 4089913
Cai Wynne, DOB 09/09/2039, Mosaic 4089914
Efa Wynne, DOB 04/04/2044, Mosaic 4089915

Level 3.

Key person: Mr Tom Pritchard, Family Support Worker, Bromyard Children's Centre, who has agreed to lead.

The CIN plan was about Ms Rhian Wynne's depression. She is much better and has a psychologist through the CMHT. Her partner, Gareth Morris, who moved in during 2045, has been a steady presence and has changed his shifts to do the nursery run. Alys (11) has been doing a lot for Efa, and the plan includes a young carers' assessment for her.

Diolch,
Lowri

Lowri Parry
Social Worker, Child in Need Team (North), Herefordshire Council"""
    plan = pdf_att("EHA step-down plan - Wynne.pdf", "Early Help Assessment - step-down plan - Wynne family", [
        "Children: Alys Wynne (22/02/2036), Cai Wynne (09/09/2039), Efa Wynne (04/04/2044). Level 3 (Intensive).",
        "Key person: Tom Pritchard, Bromyard Children's Centre.",
        "What needs to happen / by whom / outcome / timescale:",
        "1. Young carers' assessment for Alys - Young Carers service - support in place - 4 weeks.",
        "2. Mum continues with CMHT psychology - Ms Wynne - mood stable - ongoing.",
        "3. Efa's nursery funding extended - key person - 30 hours - summer term.",
    ])
    consent = docx_att("Consent form - Wynne (signed).docx", [
        "# Consent to step-down to Early Help",
        "Family: Wynne (Alys, Cai and Efa).",
        "I consent to my family being stepped down to Early Help and to information being shared with the key person.",
        "Signed: Rhian Wynne (electronic signature)   Date: 04/04/2047",
    ])
    top = outlook_top(f, addr("Lowri Parry", "lowri.parry@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", MB(HF, "early_help_duty")),
                      "Step down - Wynne children (3) - level 3", "2047-04-08 10:25")
    add(f, outlook_mail(f, top, body, [plan, consent]), HF, "early_help_duty", "2047-04-08 10:25", 4,
        "ordinary", "step_down", False, 3, ["4089913", "4089914", "4089915"],
        [ch("Alys Wynne", "2036-02-22", "22/02/2036"), ch("Cai Wynne", "2039-09-09", "09/09/2039"),
         ch("Efa Wynne", "2044-04-04", "04/04/2044")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (BST Date): plan .pdf, signed consent .docx, key person with "
        "agency, level 3; mum's partner is a steady presence; three Mosaic numbers in order -> book_meeting.",
        facts={"docs": {"draft_plan", "consent_form"}, "lp": True}, not_children=["Gareth Morris", "Rhian Wynne"])


# ============================================================================= self-checks
BANNED = re.compile(r"\burgent|\bimmediate|\brisk|\bemergenc|\bdanger|safeguarding concern|\bunsafe|\basap\b|\bat risk",
                    re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
EXPECT_KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
               "notice_ok", "next_action"]
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]

def requirements(authority, kind, level, concerns):
    """REQUIREMENTS.md's matrix (None = the kind is not defined for this authority)."""
    if kind not in ("step_up", "step_down"):
        return set()
    if authority == "knowsley":
        if kind == "step_up":
            r = {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
            if "neglect" in concerns: r.add("gcp2")
            if "non_engagement" in concerns: r.add("engaging_families")
            if "exploitation" in concerns: r.add("exploitation_assessment")
            return r
        if level == 2:
            return {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"}
        return {"children", "meeting_details", "worries_strengths_next", "consent"}
    if authority == "richmond_wandsworth":
        return {"children", "case_summary", "rationale"} if kind == "step_up" else \
               {"children", "case_summary", "draft_plan", "consent"}
    if authority == "tower_hamlets":
        return {"children", "request_for_support", "manager_agreed"} if kind == "step_up" else \
               {"children", "assessment", "draft_plan", "consent", "lead_practitioner"}
    if authority == "torbay":
        return {"children", "consent", "manager_agreed"} if kind == "step_up" else \
               {"children", "assessment", "manager_agreed", "consent"}
    if authority == "herefordshire":
        return None if kind == "step_up" else {"children", "consent_form", "draft_plan", "lead_practitioner"}

def expected_next_action(e, undefined):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or undefined:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d|blockquote)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def readable(msg):
    """Everything a reader can see: every header value (decoded), every text part, HTML as text, calendar text,
    attachment names and the text of PDF and .docx attachments."""
    out = ["%s: %s" % (k, v) for k, v in msg.items()]
    for part in msg.walk():
        if part is not msg:
            out += ["%s: %s" % (k, v) for k, v in part.items()]
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
        elif payload:
            out.append(payload.decode("utf-8", "replace"))
    return re.sub(r"\s+", " ", "\n".join(out))

def parse_dob(written):
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", written)
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat()

def age_at(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))

def check():
    errors = []
    E = errors.append
    # -- set shape
    if len(FILES) != 40 or len(LABELS) != 40:
        E("set: %d files / %d labels, need 40" % (len(FILES), len(LABELS)))
    for a in AUTHORITIES:
        names = sorted(f for f in FILES if f.startswith(a + "_"))
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            E("set: %s files are %s" % (a, names))
    cats = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        E("set: categories %s (need >= 11 urgent and >= 11 near misses)" % cats)
    if set(CATS.values()) - {"urgent", "near_miss", "ordinary"}:
        E("set: unknown category")
    # -- the calendar
    try:
        import holidays
        pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2047])}
        if pkg != set(BANK_HOLIDAYS):
            E("set: bank holidays differ from the holidays package: %s" % sorted(pkg ^ set(BANK_HOLIDAYS)))
    except ImportError:
        pass
    if easter(2047) != date(2047, 4, 14) or date(2047, 4, 12) not in BANK_HOLIDAYS or date(2047, 4, 15) not in BANK_HOLIDAYS:
        E("set: Easter 2047 must be Sunday 14 April (Good Friday 12, Easter Monday 15)")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 3 and WINDOW[1] + timedelta(days=1) in BANK_HOLIDAYS):
        E("set: the window must run from a Monday to the Thursday before Good Friday")
    if any(WINDOW[0] <= h <= WINDOW[1] for h in BANK_HOLIDAYS):
        E("set: no bank holiday should fall inside the window")
    bst = date(2047, 3, 31)
    if bst.weekday() != 6 or datetime(2047, 3, 30, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
       datetime(2047, 3, 31, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
        E("set: BST 2047 must begin on Sunday 31 March")
    seen_offsets = set()
    for lab in LABELS:
        f, e, a = lab["file"], lab["expect"], lab["authority"]
        meta = META[f]
        def F(msg_):
            E("%s: %s" % (f, msg_))
        # -- parse
        try:
            msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        except Exception as ex:
            F("does not parse (%r)" % ex); continue
        for part in msg.walk():
            if part.defects:
                F("MIME defects %s" % part.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                F("no %s header" % h)
        if sorted(lab.keys()) != ["authority", "expect", "file", "mailbox", "now", "why"] or list(e.keys()) != EXPECT_KEYS:
            F("label keys")
        if lab["mailbox"] not in ("mash_step_up", "early_help_duty") or not f.startswith(a + "_"):
            F("authority / mailbox")
        rcpts = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
        if MB(a, lab["mailbox"]).lower() not in rcpts:
            F("the %s address is not in To/Cc" % lab["mailbox"])
        for (a2, m2), ad in MAILBOXES.items():
            if ad.lower() in rcpts and (a2 != a or m2 != lab["mailbox"]):
                F("addressed to another mailbox %s" % ad)
        # -- dates
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        local = d.astimezone(LON)
        if d.utcoffset() != local.utcoffset():
            F("Date offset %s but Europe/London is %s" % (d.utcoffset(), local.utcoffset()))
        seen_offsets.add(str(msg["Date"])[-5:])
        if not (WINDOW[0] <= local.date() <= WINDOW[1]):
            F("Date outside the window")
        if local.weekday() >= 5:
            F("Date on a weekend")
        if local.date() in BANK_HOLIDAYS:
            F("Date on a bank holiday")
        inside = 9 <= local.hour < 17
        if inside == meta["ooh"]:
            F("office-hours flag wrong (%s)" % local.strftime("%H:%M"))
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=15)):
            F("now is not 1-15 minutes after Date")
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            F("now offset differs from Europe/London")
        today = now.astimezone(LON).date()
        # -- text
        text = readable(msg)
        if CATS[f] == "urgent" and BANNED.search(text):
            F("urgent mail uses a banned word: %r" % BANNED.search(text).group(0))
        if (CATS[f] == "urgent") != e["urgent"]:
            F("urgent label vs category")
        # -- kinds
        if e["kind"] not in KINDS:
            F("kind")
        subj = str(msg["Subject"])
        cal_replies = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                       and "METHOD:REPLY" in p.get_payload(decode=True).decode()]
        if e["kind"] == "meeting_reply" and len(cal_replies) != 1:
            F("meeting_reply without exactly one text/calendar METHOD:REPLY")
        if e["kind"] != "meeting_reply" and cal_replies:
            F("iTIP REPLY in a mail that is not a meeting_reply")
        if e["kind"] == "follow_up" and "[SB-" not in subj:
            F("follow_up without [SB-...] in the subject")
        if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj:
            F("fresh mail carrying a stepbot reference")
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            F("Auto-Submitted present iff auto_reply")
        # -- level, concerns, missing
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            F("level")
        if e["concerns"] != sorted(set(e["concerns"])) or set(e["concerns"]) - CONCERNS:
            F("concerns not sorted / unknown")
        if e["missing"] != sorted(set(e["missing"])) or set(e["missing"]) - DOC_IDS - FACT_IDS:
            F("missing not sorted / unknown")
        req = requirements(a, e["kind"], e["level"], e["concerns"])
        undefined = req is None
        if e["kind"] in ("step_up", "step_down") and not undefined:
            facts = meta["facts"]
            if facts is None:
                F("step request without facts"); continue
            met = set(facts.get("docs", set()))
            if e["children"]: met.add("children")
            if e["case_ids"]: met.add("case_id")
            if e["consent"] is True: met.add("consent")
            if e["manager_agreed"] is True: met.add("manager_agreed")
            if facts.get("lp"): met.add("lead_practitioner")
            if facts.get("meeting"): met.add("meeting_details")
            if facts.get("wsn"): met.add("worries_strengths_next")
            derived = sorted(req - met)
            if derived != e["missing"]:
                F("missing %s but the matrix gives %s" % (e["missing"], derived))
        elif e["missing"]:
            F("missing must be [] for kind %s%s" % (e["kind"], " (undefined)" if undefined else ""))
        # -- notice (Knowsley step requests only)
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            m = meta["meeting"]
            want = None if m is None else working_days(today, m) >= 5
            if e["notice_ok"] != want:
                F("notice_ok %s but %s WD" % (e["notice_ok"], working_days(today, m) if m else "no date"))
            if m is not None and not is_working_day(m):
                F("meeting on a weekend or bank holiday")
        elif e["notice_ok"] is not None:
            F("notice_ok must be null")
        if e["next_action"] != expected_next_action(e, undefined):
            F("next_action %s != %s" % (e["next_action"], expected_next_action(e, undefined)))
        # -- case ids, children
        for cid in e["case_ids"]:
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}", cid):
                F("case id %r has no case-system form" % cid)
            if cid not in text:
                F("case id %s not in the text" % cid)
        if len(set(e["case_ids"])) != len(e["case_ids"]):
            F("case ids duplicated")
        pos = [text.find(c["name"]) for c in e["children"]]
        if pos != sorted(pos):
            F("children not in order of first appearance")
        for c in meta["children"]:
            if c["name"] not in text:
                F("child %s not in the text" % c["name"])
            if c["dob"]:
                if c["_w"] not in text:
                    F("DOB %s not written" % c["_w"])
                if parse_dob(c["_w"]) != c["dob"]:
                    F("DOB %s != %s" % (c["_w"], c["dob"]))
                if not (0 <= age_at(date.fromisoformat(c["dob"]), today) < 18):
                    F("%s is not a child at now" % c["name"])
        names = {c["name"] for c in e["children"]}
        for n in meta["not_children"]:
            if n in names:
                F("%s must not be labelled" % n)
    if seen_offsets != {"+0000", "+0100"}:
        E("set: Date offsets %s (both GMT and BST expected)" % seen_offsets)
    # -- the Knowsley notice table: one count decided by Easter
    dec = [f for f in META if META[f]["meeting"] and
           (plain_weekdays(_today(f), META[f]["meeting"]) >= 5) != (working_days(_today(f), META[f]["meeting"]) >= 5)]
    if dec != ["knowsley_04.eml"]:
        E("set: the counts a bank holiday decides are %s, expected knowsley_04 (Easter)" % dec)
    # -- optional cross-checks with third-party readers, when installed
    try:
        from pypdf import PdfReader
        import docx as pydocx
        for f, data in FILES.items():
            for part in email.message_from_bytes(data, policy=email.policy.default).walk():
                ct, payload = part.get_content_type(), part.get_payload(decode=True)
                if ct == "application/pdf":
                    got = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages)
                    first = pdf_text(payload).split("\n")[0]
                    if first.split()[0] not in got:
                        E("%s: pypdf cannot read %s" % (f, part.get_filename()))
                elif ct == DOCX:
                    d = pydocx.Document(io.BytesIO(payload))
                    if not any(p.text for p in d.paragraphs):
                        E("%s: python-docx reads nothing in %s" % (f, part.get_filename()))
    except ImportError:
        pass
    # -- the bare minimum the brief asks for, again, plainly
    for f, data in FILES.items():
        email.message_from_bytes(data)
    return errors

def _today(f):
    lab = next(l for l in LABELS if l["file"] == f)
    return datetime.fromisoformat(lab["now"]).astimezone(LON).date()

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice_ok %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS))]
    for a in AUTHORITIES:
        out.append("%s %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    for f in sorted(META):
        m = META[f]["meeting"]
        if m:
            out.append("  %s today %s meeting %s: %d WD, %d plain weekdays" %
                       (f, _today(f), m, working_days(_today(f), m), plain_weekdays(_today(f), m)))
    for l in sorted(LABELS, key=lambda l: l["now"]):
        out.append("  %s %-28s %s" % (l["now"], l["file"], CATS[l["file"]]))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = check()
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
    # re-read what was written and check the written files too
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "rb") as fh:
            assert fh.read() == FILES[f]
        email.message_from_binary_file(open(os.path.join(HERE, f), "rb"), policy=email.policy.default)
    if "--stats" in sys.argv:
        print(stats())
    from collections import Counter
    print("wrote %d messages, labels.json, categories.json; %s; all self-checks passed"
          % (len(FILES), dict(Counter(CATS.values()))))

if __name__ == "__main__":
    main()
