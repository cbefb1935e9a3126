#!/usr/bin/env python3
"""mixed172: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the autumn term of 2067, in primary care and the community front desk: GP receptionists and practice
nurses, community pharmacists supervising methadone or noticing a parent, dentists and dental neglect, opticians,
walk-in and urgent treatment centres, health visitors' clinics, and practice safeguarding leads writing in their
own clipped style, alongside ordinary step-ups and step-downs.

Window: Monday 5 September - Friday 23 December 2067 (Christmas Day 2067 is a Sunday, so the Friday before it is
the 23rd); October half term Monday 24 - Friday 28 October. British Summer Time ends at 01:00 UTC on Sunday
30 October 2067 (the last Sunday of October): Date headers up to Friday 28 October carry +0100, from Monday
31 October +0000. No bank holiday falls inside the window (the Late Summer bank holiday was 29 August; Boxing Day
Monday 26 December and the Christmas Day substitute Tuesday 27 December follow it; New Year's Day 2068 is a Sunday,
so Monday 2 January 2068 is the substitute).

Standard library only. Deterministic: no clock, no randomness (boundaries, Message-IDs and UIDs come from sha1
of the file name; zip entries carry fixed timestamps). Every self-check runs BEFORE anything is written; on any
error the script prints them and exits 1 without writing. Run: python3 make_set.py [--stats]
"""


import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
YEAR = 2067
WINDOW = (date(2067, 9, 5), date(2067, 12, 23))
HALF_TERM = (date(2067, 10, 24), date(2067, 10, 28))


# ============================================================================ calendar (computed, then checked)
def easter(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, ((h + l - 7 * m + 114) % 31) + 1)

def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)

def last_monday(y, m):
    d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=d.weekday())

def last_sunday(y, m):
    d = (date(y, m + 1, 1) if m < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)

def substitute(d, taken):
    while d.weekday() >= 5 or d in taken:
        d += timedelta(days=1)
    return d

def bank_holidays(y):
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2067-68)."""
    e = easter(y)
    out = set()
    out.add(substitute(date(y, 1, 1), out))
    out.add(e - timedelta(days=2))
    out.add(e + timedelta(days=1))
    out.add(first_monday(y, 5))
    out.add(last_monday(y, 5))
    out.add(last_monday(y, 8))
    c = substitute(date(y, 12, 25), out); out.add(c)
    out.add(substitute(date(y, 12, 26), out))
    return out

BANK_HOLIDAYS = bank_holidays(YEAR) | bank_holidays(YEAR + 1)

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def working_days_between(today, meeting):
    """DESIGN: working days d with today < d <= meeting date."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        n += is_wd(d)
    return n

def plain_weekdays_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        n += d.weekday() < 5
    return n


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
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Europe/London wall-clock time: BST (+0100) until Sunday 30 October 2067, then GMT (+0000)."""
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

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64lines(text.encode(charset))
    else:
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data):
    try:
        filename.encode("ascii")
        h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Description", filename),
             ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data)))]
    except UnicodeEncodeError:                        # RFC 2047 name= for old readers, RFC 2231 filename*=
        from urllib.parse import quote as pct
        h = [("Content-Type", '%s;\n\tname="%s"' % (ctype, Header(filename, "utf-8").encode())),
             ("Content-Disposition", "attachment;\n\tfilename*=utf-8''%s; size=%d" % (pct(filename), len(data)))]
    return Part(h + [("Content-Transfer-Encoding", "base64")], b64lines(data))

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
    s.encode("ascii")                                    # 7-bit on the wire: every body is QP or base64
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def esc(t):
    return html.escape(t, quote=False)

def html_of(text, font="Aptos"):
    paras = text.split("\n\n")
    out = ['<p class="MsoNormal">%s</p>' % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def flowed(text, width=72):
    out = []
    for logical in text.split("\n"):
        words, cur, phys = logical.split(" "), "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " "); cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)

def flowed_part(text):
    return Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(flowed(text)))


# ---------------------------------------------------------------- PDF (hand-built, Flate-compressed text page)
def make_pdf(title, lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % pesc(l) for l in wrapped) + "ET\n"
    cb = zlib.compress(content.encode("cp1252"), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cb) + cb + b"\nendstream",
            b"<< /Producer (mixed172 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    """Read back the text of a PDF this script built (stdlib: zlib + the string operands of the ' operator)."""
    out = []
    for m in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        n = int(m.group(1)); raw = data[m.end():m.end() + n]
        s = zlib.decompress(raw) if m.group(2) else raw
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", s):
            out.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
    return "\n".join(out)


# ---------------------------------------------------------------- .docx (minimal OOXML zip)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paras, tables=()):
    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, esc(t))
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        if t.startswith("## "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>%s</w:p>' % run(t[3:], True)
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
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
            zi = zipfile.ZipInfo(name, date_time=(2067, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# ---------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8"); out = []; first = True
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

def outlook_reply_ics(f, when, attendee, partstat, organizer, summary, start, end, location, comment=None):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
          "ORGANIZER;CN=%s:mailto:%s" % organizer, "CLASS:PUBLIC", "PRIORITY:5",
          "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:" + ics_escape(location),
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# ---------------------------------------------------------------- message tops
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re|Accepted|Declined|Tentative): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO4P265MB7731.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", "")]
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


# ---------------------------------------------------------------- message builders
def mail(f, top, body, atts=(), html_alt=False, cte="quoted-printable", crlf=True):
    t = text_part(body, cte=cte)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def html_only(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def apple_mail(f, top, text, atts=()):
    t = flowed_part(text)
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def gmail_mail(f, top, text, atts=()):
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def outlook_itip_reply(f, when, frm, organizer, partstat, summary, start, end, location, comment=None, text=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_reply_ics(f, when, frm, partstat, organizer, summary, start, end, location, comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n" if text is None else text), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(*frm), addr(*organizer), "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm, organizer, partstat, summary, start_utc, end_utc, location, human_when):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc,
         "DTSTAMP:%s" % stamp, "ORGANIZER;CN=%s:mailto:%s" % organizer,
         "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm[0], frm[1]),
         "CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
         "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has accepted this invitation.\n\n%s\n%s\n%s\n\nInvitation from Google Calendar\n" % (
        frm[0], summary, human_when, location)
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Roboto"), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))],
                    gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [("From", addr(*frm)), ("To", addr(*organizer)),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(*frm)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, False)

def ooo(f, when, frm, to, subject, body):
    top = outlook_top(f, addr(*frm), to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return build(top, text_part(body), True)

def quote(frm, sent, to, subject, text, cc=None):
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.\n"
RDISC = "This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n"
TDISC = "Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.\n"
BDISC = "Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.\n"
HDISC = "Herefordshire Council: any opinions expressed in this email are those of the individual and not necessarily of the council. This email and any attachments are confidential.\n"


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
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked to parse back to `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, docs=(),
        not_children=(), how=""):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests); `docs` are the document
    ids the message really supplies (checked against `missing`); `not_children` are people in the text who must never
    be labelled (adults, first-name-only children); `how` says, for urgent mail, how the risk is told."""
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
    META[fname] = {"when": when, "meeting": meeting, "children": children, "docs": set(docs),
                   "not_children": list(not_children), "how": how}



# ---------------------------------------------------------------- extra builders for this set
def text_att(filename, text, charset="utf-8", cte="quoted-printable"):
    """A text/plain attachment (a note saved from the practice system)."""
    if cte == "quoted-printable":
        body = qp(text, charset)
    else:
        body = b64lines(text.encode(charset))
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", cte)]
    return Part(h, body)

def zip_att(filename, inner_name, inner_data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2067, 12, 6, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, inner_data)
    return binary_part("application/zip", filename, buf.getvalue())

def mail_cs(f, top, body, charset, cte="quoted-printable", atts=(), crlf=True):
    """A plain-text mail in a named charset (iso-8859-1, windows-1252, us-ascii ...)."""
    t = text_part(body, charset=charset, cte=cte)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)


# ============================================================================ KNOWSLEY
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def appendix1(pairs):
    out = ["# FF Step Up request to CSC"]
    for q, a in pairs:
        out += ["## " + q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2067-10-03 09:52:14"
    body = T("""
Morning all,

Step up request for Jaxon Prescott (DOB 11/06/2060), EHM-80417, open to Family First 0-18 at Level 3 since March.

The worry is neglect of Jaxon's teeth and general health. The community dental service at Kirkby Health Centre wrote to us in August: Jaxon had nine teeth out under general anaesthetic at Alder Hey in July, and at the check-up last week the dentist found four new cavities and said his brushing has not improved at all. He has been complaining of toothache in class and the school nurse says he often comes in without breakfast. Mum (Chantelle) has come to every TAF and is honest that she struggles with the basics since her hours went up; she is not refusing help, it just does not happen at home.

The GCP2 was completed with mum on 21/09/2067 and is attached; it scores 4 on physical care (nutrition and health). My team manager, Corinne Oduya, discussed the step up with me on Friday and agreed it.

Step up TAF meeting: Wednesday 12th October, 10:00, on Teams. The invite has gone to the MASH inbox and MASH business support; I have invited the dentist, school nurse and the class teacher.

Attached:
- FF Step Up request - Prescott.docx
- TAF minutes 14.09.67 - Prescott.pdf
- GCP2 Prescott.pdf

Thanks,
Rosie Halligan
Family First Case Manager (Kirkby) | Knowsley Council
0151 496 0418

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-80417"),
        ("Child:", "Jaxon Prescott, 11/06/2060"),
        ("Date of step up TAF meeting:", "Wednesday 12 October 2067, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 14/09/2067"),
        ("What are we worried about?", "Dental neglect: nine extractions under GA in July, four new cavities since; toothache in class; no breakfast most days."),
        ("What is working well?", "Mum attends every TAF and is open with professionals; Jaxon is doing well with reading."),
        ("What needs to happen?", "C&F assessment; dental plan with the community dental service; breakfast club place."),
        ("Graded Care profile (If neglect should be completed).", "Completed 21/09/2067 - attached."),
        ("Agreement by line manager:", "Corinne Oduya, Team Manager, 30/09/2067 - agreed."),
    ])
    atts = [docx_att("FF Step Up request - Prescott.docx", form),
            pdf_att("TAF minutes 14.09.67 - Prescott.pdf", "Team Around the Family - minutes", [
                "Family: Prescott. EHM-80417. Date: 14/09/2067. Venue: Kirkby Family Hub.",
                "Present: Rosie Halligan (FF Case Manager), Chantelle Prescott (mum), school nurse, class teacher.",
                "1. Dental: letter from the community dental service read out. Next check-up 26/09.",
                "2. School: attendance 94%. Toothache reported three times this half term.",
                "Actions: RH to complete GCP2 with mum; RH to discuss step up with team manager."]),
            pdf_att("GCP2 Prescott.pdf", "Graded Care Profile 2 (GCP2) - summary", [
                "Child: Jaxon Prescott. Completed with Chantelle Prescott on 21/09/2067 by Rosie Halligan.",
                "Area 1 Physical care (nutrition, health): 4. Area 2 Safety: 2. Area 3 Love: 2. Area 4 Esteem: 2."])]
    top = outlook_top(f, addr("Halligan, Rosie", "Rosie.Halligan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Prescott - EHM-80417 - TAF Weds 12/10", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-80417"], [ch("Jaxon Prescott", "2060-06-11", "11/06/2060")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for dental neglect (Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf because of "
        "neglect, EHM id, team manager agreed, TAF date): Mon 3 Oct -> Wed 12 Oct is 7 working days -> book_meeting. Mum "
        "attends every TAF ('not refusing help'), so no non_engagement; consent not stated -> null.",
        meeting=date(2067, 10, 12), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Chantelle Prescott", "Rosie Halligan", "Corinne Oduya"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2067-11-16 11:20:40"
    body = T("""
Hi,

Please see attached step up request and TAF minutes for Skye Naylor (DOB 02/03/2065), EHM-81952.

Mum (Gemma Naylor) has disengaged from Family First since August: five missed home visits, she does not answer the door or texts, and she has cancelled Skye's two-year review with the health visitor twice. She is on a methadone script with supervised consumption at Page Moss Pharmacy and has told the health visitor she is "using on top" again. Team manager Farid Quayle agreed the step up in supervision on Monday.

The step up TAF meeting is booked for Wednesday 23rd November at 13:30 in Huyton Family Hub (invite sent to MASH and MASH business support). I haven't done the Engaging Families toolkit yet - I'll do it before the meeting if I can get in to see mum.

Thanks
Dean McGrath
Family First Case Manager, Huyton
0151 496 0772

PS just as I was sending this the pharmacist at Page Moss (Aisha) rang me. Gemma was in for her dose twenty minutes ago with Skye in the buggy. She didn't swallow it - Aisha saw her spit it into one of Skye's juice bottles from the changing bag and screw the lid back on, and when Aisha came round the counter Gemma walked out with the buggy and the bottle. Aisha says she was slurring and could barely steer the buggy. They'll be back at the flat on Stockbridge Lane by now, it's only round the corner. Aisha has no number for her that works.

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-81952"),
        ("Child:", "Skye Naylor, 02/03/2065"),
        ("Date of step up TAF meeting:", "Wednesday 23 November 2067, 13:30, Huyton Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 05/10/2067"),
        ("What are we worried about?", "Mum not engaging; two-year review cancelled twice; mum reports using on top of her script."),
        ("What is working well?", "Maternal grandmother visits most weekends."),
        ("What needs to happen?", "C&F assessment; drug service to review the script."),
        ("Engaging Families toolkit:", "Not yet completed."),
        ("Agreement by line manager:", "Farid Quayle, 14/11/2067."),
    ])
    atts = [docx_att("Step up form - Naylor.docx", form),
            docx_att("TAF minutes 05-10-67 Naylor.docx", ["# TAF minutes - Naylor - 05/10/2067",
                      "Present: Dean McGrath (FF), health visitor. Mum did not attend.",
                      "Health visitor: two missed contacts.",
                      "Action: DM to visit with health visitor; consider step up if no engagement."])]
    top = outlook_top(f, addr("McGrath, Dean", "Dean.McGrath@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step Up - Naylor EHM-81952", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-81952"], [ch("Skye Naylor", "2065-03-02", "02/03/2065")],
        ["non_engagement", "substance_misuse"], None, True, ["engaging_families"], True, "alert_duty",
        "URGENT IN THE PS: the pharmacist saw mum spit her supervised methadone dose into one of the 2-year-old's juice bottles and "
        "leave with the child and the bottle, slurring; they are at home now. The step-up itself lacks the Engaging "
        "Families toolkit (non-engagement) and Wed 23 Nov is exactly 5 WD from Wed 16 Nov (ok), but urgent -> alert_duty. "
        "No school or nursery attendance is mentioned.",
        meeting=date(2067, 11, 23), docs={"step_up_form", "taf_minutes"},
        not_children=["Gemma Naylor", "Dean McGrath", "Farid Quayle"],
        how="PS after the signature: pharmacist's phone call, methadone spat into one of the toddler's juice bottles, mother slurring, gone home")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2067-12-23 10:41:05"
    body = T("""
Hi Family First duty,

Step down to Family First 0-18 at Level 3 for the Kinsella children, ICS-1562093:

Lacey Kinsella - DOB 19/08/2056
Finn Kinsella - DOB 03/02/2061

Joint home visit: Wednesday 4th January 2068 at 10:00, at the family home, 27 Larch Close, Halewood L26 9XQ. I know this is straight after the Christmas break - I wanted to give you the date before I go off today.

Both parents have consented to the referral to Family First (signed at the CIN review on 14/12/2067).

Background: the children were made subject to CIN planning in June after dad (Paul) took an overdose in May while the children were at school. That is resolved as far as we can tell: Paul has been under the community mental health team since, takes his medication, and there have been no further incidents. The practice safeguarding lead at Halewood Medical Practice confirmed at the CIN review that the GP has no outstanding concerns and there are no child protection concerns.

What are we worried about?
Paul's mental health could dip again over the winter and Lacey worries about him and checks on him at night; mum works long shifts.

What is working well?
Paul is engaging with the CMHT and his GP; both parents talk openly with the children about dad's illness; school report both children are settled and attending well.

What needs to happen?
Family First case manager to pick up the plan: young carers' assessment for Lacey, parenting support for mum around shift patterns, and a crisis plan the family can use if Paul becomes unwell.

Thanks and merry Christmas,
Hamish Ibbot
Social Worker, Children in Need Team (South) | Knowsley Council
0151 496 0640

""") + KDISC
    top = outlook_top(f, addr("Ibbot, Hamish", "hamish.ibbot@" + KDOM), addr("Family First Duty", KFF),
                      "Step down L3 - Kinsella - ICS-1562093 - JHV 04/01/2068", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-1562093"],
        [ch("Lacey Kinsella", "2056-08-19", "19/08/2056"), ch("Finn Kinsella", "2061-02-03", "03/02/2061")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "NEAR MISS: dad's overdose in May is past and resolved (CMHT, no further incidents, 'no child protection "
        "concerns'). Complete Level 3 step-down (date, time and venue of the joint home visit, all three Signs of Safety "
        "headings, consent). Notice across Christmas: Fri 23 Dec -> Wed 4 Jan 2068 is 8 plain weekdays but 26 and 27 Dec "
        "and 2 Jan 2068 are bank holidays, so exactly 5 working days -> ok.",
        meeting=date(2068, 1, 4), not_children=["Paul Kinsella", "Hamish Ibbot"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2067-09-13 16:05:31"
    body = T("""
Hello

I'm the reception team lead at Westvale Medical Practice in Kirkby. I've been on hold on your phone line for 20 minutes so I'm emailing too.

A girl called Summer Rimmer, 14 (DOB 09.05.2053), came to the front desk on her own at half 3 asking to see someone about the morning after pill. Our practice nurse saw her. Summer told the nurse that the man she has been sleeping with is her mum's boyfriend, Craig, who is 38, and that he is sat in the car park right now in a silver van waiting to take her home. She is in the nurse's room and does not want to go out to him. The van is still there - I can see it from the desk.

All our GPs are in surgery until 6 and we close at half 6. Please can somebody ring me back on 0151 496 0255 (ask for Bev).

Bev Sutton
Reception Team Lead
Westvale Medical Practice, Kirkby
""")
    top = plain_top(f, addr("SUTTON, Beverley (WESTVALE MEDICAL PRACTICE)", "beverley.sutton7@nhs.net"),
                    addr(None, KMASH), "Girl at our reception - please ring", when, "nhs.net",
                    extra=[("X-MS-Exchange-Organization-AuthAs", "Anonymous")])
    add(f, mail(f, top, body, cte="7bit"), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Summer Rimmer", "2053-05-09", "09.05.2053")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, from a GP receptionist (not a step request, so kind other): a 14-year-old says her mother's 38-year-old "
        "boyfriend is having sex with her and he is waiting in the car park now to take her home. No alarm words; 7bit "
        "plain text; the receptionist's nhs.net address.",
        not_children=["Bev Sutton"], how="body, plain words: abuser waiting outside the surgery now")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2067-12-20 14:30:12"
    body = T("""
Afternoon,

Please find attached a step up request for Ava-Rose Tyrer (DOB 30/04/2067) and her brother Kenzie Tyrer (DOB 15/01/2063), EHM-82266.

Ava-Rose's weight has dropped from the 50th to below the 9th centile since the summer. The health visitor has weighed her at the Tuesday baby clinic three times and each time mum has said she is "feeding loads"; the bottles and formula in the house do not match that and the house is cold and the cot has no bedding. Kenzie is often in the same clothes for a week. GCP2 completed with mum and dad on 06/12/2067 (attached), scoring 4 for physical care and 3 for safety.

My team manager Desmond Faulk has agreed the step up (email below, 19/12).

I've booked the step up TAF meeting for Wednesday 28th December at 10am on Teams and sent the invite to MASH and MASH business support. I know it's the week between Christmas and New Year but it's a Wednesday and the health visitor can make it.

Attached: step up form, TAF minutes (01/12/2067), GCP2.

Thanks
Leah Dunphy
Family First Case Manager | Knowsley Council
0151 496 0961

-----Original Message-----
From: Faulk, Desmond
Sent: 19 December 2067 16:02
To: Dunphy, Leah
Subject: RE: Tyrer

Leah - agreed, please send the step up today or tomorrow. D

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-82266"),
        ("Children:", "Ava-Rose Tyrer 30/04/2067; Kenzie Tyrer 15/01/2063"),
        ("Date of step up TAF meeting:", "Wednesday 28/12/2067 10:00, Teams"),
        ("Recent TAF meeting minutes attached:", "Yes (01/12/2067)"),
        ("What are we worried about?", "Ava-Rose's faltering weight; cold home; poor physical care of both children."),
        ("What is working well?", "Parents let the health visitor in and attend clinic."),
        ("What needs to happen?", "C&F assessment; paediatric review of Ava-Rose's weight."),
        ("Graded Care profile (If neglect should be completed).", "Yes - attached, 06/12/2067."),
        ("Agreement by line manager:", "Desmond Faulk 19/12/2067"),
    ])
    atts = [docx_att("Step Up Request - Tyrer.docx", form),
            pdf_att("TAF minutes 01-12-2067 Tyrer.pdf", "TAF meeting minutes - Tyrer family", [
                "EHM-82266. 01/12/2067, Prescot Family Hub. Present: Leah Dunphy, health visitor, parents.",
                "Ava-Rose weighed at clinic: below 9th centile. Parents say she feeds well.",
                "Actions: GCP2 to be completed; LD to discuss step up with team manager."]),
            pdf_att("GCP2 - Tyrer.pdf", "Graded Care Profile 2 - Tyrer", [
                "Completed 06/12/2067 with both parents. Physical care 4, Safety 3, Love 2, Esteem 3."])]
    top = outlook_top(f, addr("Dunphy, Leah", "Leah.Dunphy@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Tyrer - EHM-82266", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-82266"],
        [ch("Ava-Rose Tyrer", "2067-04-30", "30/04/2067"), ch("Kenzie Tyrer", "2063-01-15", "15/01/2063")],
        ["neglect"], None, True, [], False, "request_info",
        "Otherwise complete neglect step-up (form, TAF minutes, GCP2, EHM id, manager agreement in the quoted mail) but "
        "NOTICE ACROSS CHRISTMAS IS SHORT: Tue 20 Dec -> Wed 28 Dec is 6 plain weekdays, but Boxing Day (Mon 26) and the "
        "Christmas Day substitute (Tue 27) are bank holidays, so 4 working days < 5 -> request_info.",
        meeting=date(2067, 12, 28), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Leah Dunphy", "Desmond Faulk"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2067-09-08 13:15:48"
    body = T("""
To the Family First duty team,

STEP DOWN TO LEVEL 2 - Oscar Lunt, DOB 04/12/2058, ICS-1549820

Final CIN meeting: Monday 19th September 2067, 14:00, Kirkby Family Hub, Cherryfield Drive, Room 2.

New Lead Practitioner: Lauren Pye, Specialist Teacher (Visual Impairment), Knowsley Sensory Support Service. Lauren has agreed to take on the role and will attend the meeting.

My team manager Elinor Marsh has agreed the step down.

For your information: in 2065 an optician at Huyton Vision Centre reported a bruise near Oscar's left eye as a possible non-accidental injury. That was investigated at the time under section 47 and was explained by a fall on the stairs linked to his sight; it was closed with no further action and there have been no concerns of that kind since.

WHAT ARE WE WORRIED ABOUT?
Oscar is registered sight impaired. Since he moved up to Year 4 he has been getting lost between classrooms and mum worries about him walking to school.

WHAT IS WORKING WELL?
Mum has kept every eye clinic and optician appointment this year; Oscar has his new low-vision aids and uses them; school have a mobility plan in draft.

WHAT NEEDS TO HAPPEN?
Lauren to lead the EHAT and TAF; mobility and orientation sessions before Christmas; school to finish the mobility plan; review at the first TAF in six weeks.

Regards
Aled Pryce
Social Worker | Children with Disabilities Team | Knowsley Council
0151 496 0533
""")
    top = plain_top(f, addr("Aled Pryce", "aled.pryce@" + KDOM), addr("Family First 0-18 Duty", KFF),
                    "Step down L2 - Oscar Lunt - final CIN 19/09", when, KDOM, mailer="Microsoft Outlook 16.0")
    add(f, mail_cs(f, top, body, "us-ascii", cte="7bit"), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 2, ["ICS-1549820"], [ch("Oscar Lunt", "2058-12-04", "04/12/2058")],
        ["disability_send"], None, True, [], True, "book_meeting",
        "NEAR MISS: the optician's 2065 possible-NAI report was investigated under s47 and closed NFA (historic). Complete "
        "Level 2 step-down: date, time and venue, named lead practitioner with agency, all three headings in capitals; "
        "Thu 8 Sep -> Mon 19 Sep is 7 working days. Consent is not mentioned (null; not required at Level 2). us-ascii 7bit.",
        meeting=date(2067, 9, 19), not_children=["Lauren Pye", "Aled Pryce", "Elinor Marsh"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2067-10-05 08:50:19"
    add(f, outlook_itip_reply(f, when, ("Helen Roby", "helen.roby3@nhs.net"), ("Knowsley MASH", KMASH), "ACCEPTED",
                              "Step-up TAF meeting - Prescott [SB-knowsley-311]", "20671012T100000", "20671012T113000",
                              "Microsoft Teams Meeting",
                              comment="I'll bring the dental service letters and the last school nurse review."),
        "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the school nurse for the Prescott step-up TAF; a benign COMMENT.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2067-12-01 12:00:27"
    body = T("""
MASH colleagues

FYI / pls circulate to duty SWs if useful. Not a referral. No pt identifiers.

Practice L3 safeguarding update, Tue 13/12, 12:30-14:00, Knowsley Village Surgery (lunch provided). Cases for discussion, all anonymised + historic (2065-66), all closed:

1. 4/12 old, bruise L cheek, non-mobile. Bruising protocol followed, same-day paeds + MASH referral. S47: NFA (clotting disorder).
2. 9y, caries ++, "was not brought" x4 to community dental. Dental neglect pathway. Step up via FF. Now attending.
3. 15y, requested EHC at reception, partner 24. Disclosure, strategy mtg, partner charged.
4. Methadone pt, supervised consumption, child seen in pharmacy. Pharmacist's escalation - what went well.

Learning pts: "was not brought" not "DNA"; reception staff as eyes + ears; who to ring 17:00-09:00.

Places: reply to me, max 25. Non-clinical staff welcome.

Dr S. Okereke
GP Partner + Practice Safeguarding Lead
Knowsley Village Surgery
""")
    top = plain_top(f, addr("OKEREKE, Sola (KNOWSLEY VILLAGE SURGERY)", "s.okereke@nhs.net"), addr(None, KMASH),
                    "L3 safeguarding update 13/12 - case studies (anon) - FYI", when, "nhs.net")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a practice safeguarding lead's clipped training notice; four anonymised, historic, closed case studies "
        "(bruised non-mobile baby, dental neglect, a 15-year-old and an adult partner, a methadone patient). No child, no "
        "request: other -> human_review.",
        not_children=["Sola Okereke"])

# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2067-09-27 10:10:33"
    worker = T("""
Hi Cerys,

As discussed in supervision - here is what I have for the Okafor-Reid step up.

Children: Tobi Okafor-Reid (DOB 14/03/2061) and Ada Okafor-Reid (DOB 02/11/2064). Mosaic ID 1734402.

The community dental service at Balham Health Centre have written to us for the third time. Tobi (6) had ten baby teeth removed under general anaesthetic at St George's in the spring and the dentist says the new back teeth are already decaying; Ada (2) has visible decay on her front teeth and has not been registered with a dentist despite two letters. The health visitor saw Ada at the Tooting clinic last week and she was still on a bottle of squash at night. Mum (Grace) has been low since the birth of Ada and told me she "can't face" appointments; she has been back to her GP and is on antidepressants.

Case summary attached (Mosaic export). Mum knows and agrees to the step up.

Thanks
Precious Nwachukwu
Early Help Practitioner, Wandsworth Early Help (Tooting locality)
""")
    body = T("""
MASH colleagues,

Please accept this step up for the Okafor-Reid children. I have discussed it with Precious in reflective supervision and I agree it now needs Children's Services. Her note and the case summary are below/attached.

RATIONALE FOR STEP UP
Eighteen months of Early Help support (oral health plan, health visiting, two TAFs) has not changed the children's dental health; Tobi has already needed a general anaesthetic and Ada is heading the same way. Mum's depression is limiting what she can do and the pattern is now neglect of the children's health needs. We think a Child and Family Assessment is needed.

Regards
Cerys Lamont
Early Help Team Manager (Tooting & Balham) | Richmond and Wandsworth Councils
020 7946 0381
""") + quote("Nwachukwu, Precious <Precious.Nwachukwu@%s>" % RDOM, "26 September 2067 15:48",
               "Lamont, Cerys <Cerys.Lamont@%s>" % RDOM, "Okafor-Reid - step up info", worker) + "\n" + RDISC
    atts = [pdf_att("Case summary - Okafor-Reid - Mosaic 1734402.pdf", "Early Help case summary", [
        "Family: Okafor-Reid. Mosaic ID 1734402. Open to Early Help since March 2066.",
        "Children: Tobi Okafor-Reid 14/03/2061; Ada Okafor-Reid 02/11/2064. Parent: Grace Okafor (mother).",
        "Summary: repeated dental decay; GA extractions (Tobi) April 2067; Ada not registered with a dentist;",
        "mother's low mood since 2064, treated by GP. Two TAF reviews; oral health plan not followed."])]
    top = outlook_top(f, addr("Lamont, Cerys", "Cerys.Lamont@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Okafor-Reid - step up info", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1734402"],
        [ch("Tobi Okafor-Reid", "2061-03-14", "14/03/2061"), ch("Ada Okafor-Reid", "2064-11-02", "02/11/2064")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up forwarded by the Early Help Team Manager (she agrees it; she sends it), "
        "RATIONALE pasted under its heading, case summary attached; children and the Mosaic id only in the quoted "
        "worker's note and the PDF ('Mosaic ID 1734402' -> '1734402'); 'knows and agrees to the step up' -> consent true.",
        docs={"case_summary", "rationale"}, not_children=["Grace Okafor", "Precious Nwachukwu", "Cerys Lamont"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2067-11-10 15:40:02"
    optician = T("""
Dear Early Help team,

Neve Castellano (DOB 30/06/2058) came in at 2.30 today with her mum for her follow-up eye test (her school gave us your details as her Early Help contact). While mum went out to move the car Neve told my dispensing assistant that her neck hurt because Gary - mum's partner - "strangled me a bit" on Tuesday night because she wet the bed. I looked: there are red and purple marks on both sides of her neck and small red dots in the whites of both eyes, which I would not expect in a nine-year-old. She asked us not to tell mum she had said anything and said she did not want to go home tonight because Gary is there. Mum came back and they left at 3.10 to go home.

I'm not sure who else I should be telling - please can someone ring me on 020 7946 0922.

Kind regards
Marek Zielinski MCOptom
Optometrist, Sheen Lane Opticians, East Sheen
""")
    body = T("""
Adding the below from the optician to Neve's step up - it came to me via the school. I'll pick it up with Precious when she's back tomorrow.

Cerys

Cerys Lamont
Early Help Team Manager (Tooting & Balham)
""") + quote("Marek Zielinski <marek@sheenlaneopticians.co.uk>", "10 November 2067 15:26",
             "Lamont, Cerys <Cerys.Lamont@%s>" % RDOM, "Neve Castellano - today", optician) + "\n" + RDISC
    top = outlook_top(f, addr("Lamont, Cerys", "Cerys.Lamont@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Neve Castellano - today [SB-richmond_wandsworth-218]", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, [], [ch("Neve Castellano", "2058-06-30", "30/06/2058")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN THE FORWARDED PART: the team manager's top note is calm ('I'll pick it up tomorrow'), but the optician "
        "reports a 9-year-old strangled by mum's partner on Tuesday, neck marks and petechiae, scared to go home, and she "
        "went home at 3.10 today where he is. Follow-up to [SB-richmond_wandsworth-218] -> urgent overrides attach.",
        not_children=["Marek Zielinski", "Cerys Lamont", "Gary"],
        how="forwarded optician's email under a calm top note")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2067-10-19 11:25:50"
    body = T("""
Dear Early Help Duty Team Manager,

Further to our telephone conversation this morning, I am confirming the step down of Jamal Whitcombe (DOB 22/01/2055), Mosaic 1729911, to Early Help, with the case discussion we agreed for Monday 24 October at 2 pm (Teams).

Attached are the latest case summary and the draft Early Help plan. Mum, Danielle, has consented to Early Help continuing the plan and Jamal (12) has said he is “fine with it” – he would like the same worker as his sister had.

The Child and Family Assessment was about Jamal’s school attendance (82% last year, mostly Mondays) and mum’s worry about his friendships. I want to be clear about one thing that appears on the file: mum’s heroin use is historic. She completed a supervised methadone reduction at Lavender Hill Pharmacy in 2065, has been drug-free since, and her GP and the pharmacist both confirmed this for the assessment. There are no current concerns about drug use and it is not part of the plan.

Kind regards,

Benedict Arkwright
Social Worker – Assessment Team (Wandsworth)
020 7946 0157
""") + RDISC
    atts = [docx_att("Case summary - Whitcombe.docx", ["# Case summary", "Jamal Whitcombe, 22/01/2055, Mosaic 1729911.",
                     "C&F assessment concluded 12/10/2067. Attendance 82%. Recommendation: step down to Early Help."]),
            docx_att("Draft EH plan - Whitcombe.docx", ["# Draft Early Help plan", "Attendance: school to set weekly targets; Monday mornings check-in.",
                     "Friendships: youth club place; mentoring through school.", "Review at TAF in six weeks."])]
    top = outlook_top(f, addr("Arkwright, Benedict", "Benedict.Arkwright@" + RDOM), addr("Early Help Duty", REH),
                      "Step down confirmation - Jamal Whitcombe - case discussion Mon 24/10", when)
    add(f, mail_cs(f, top, body, "windows-1252", atts=atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["1729911"], [ch("Jamal Whitcombe", "2055-01-22", "22/01/2055")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: mum's heroin use is stated to be historic (methadone reduction completed 2065, 'no current concerns "
        "about drug use'), so no substance_misuse. Complete step-down (case summary, draft plan, consent) confirming a "
        "case discussion agreed by phone; windows-1252 quoted-printable body with curly quotes and dashes.",
        docs={"case_summary", "draft_plan"}, not_children=["Danielle Whitcombe", "Benedict Arkwright"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2067-11-05 20:22:16"
    body = T("""
To the MASH team

I am the nurse practitioner on shift at Roehampton Lane Walk-in Centre tonight. I have tried the out of hours number twice and got no answer, so I am writing this down now while it is fresh.

Rio Mendes-Clarke, DOB 17/08/2064 (3 yrs), of Flat 6, Dunmore House, Roehampton SW15 4QJ, was brought in at 19:35 by his mother's partner, Jordan Keane. Both of Rio's hands are scalded to just above the wrist, like gloves, with a straight line at the wrist and no splash marks. Mr Keane said Rio put his hands in a hot bath on his own. That is not what the burns look like to me.

I went to phone the paediatric registrar at St George's to arrange transfer and when I came back at 20:05 Mr Keane had gone and taken Rio with him. The dressings were only half on. Rio's mother is on a night shift at a care home and does not know. We think they have gone back to the flat.

I can be reached here until 23:00 on 020 7946 0733.

Tomasz Wrobel
Advanced Nurse Practitioner
Roehampton Lane Walk-in Centre
""")
    top = outlook_top(f, addr("WROBEL, Tomasz (ROEHAMPTON LANE WALK-IN CENTRE)", "tomasz.wrobel2@nhs.net"),
                      addr(None, RSU), "Rio Mendes-Clarke 3yrs - scalds to both hands - taken from the walk-in centre",
                      when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Rio Mendes-Clarke", "2064-08-17", "17/08/2064")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT on a Saturday night (Bonfire Night, GMT): a walk-in centre nurse practitioner describes glove-pattern "
        "scalds on a 3-year-old with an implausible account; mum's partner took him from the centre before transfer to "
        "hospital, dressings half on, mother at work. Not a step request -> other; alert the out-of-hours service.",
        not_children=["Jordan Keane", "Tomasz Wrobel"], how="body and subject; walk-in centre, no alarm words")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2067-11-28 09:05:44"
    body = T("""
Hi EH duty

Sending the case summary for Frankie Adebayo-Moss (age 7) as promised when I spoke to Lorna on Friday - step down to EH, discussion pencilled for Weds 30th at 11.

Mum's mental health is much better, she's back at work, GP and talking therapies still involved. Frankie's registered with a dentist now and the health visitor has discharged the baby.

Draft plan to follow - I'm writing it up this week. I'll ask mum about consent for EH when I see her Thursday.

Kemi

Kemi Adeyinka
Social Worker, Family Support & Child Protection (Richmond)

Sent from my iPhone
""")
    atts = [pdf_att("Frankie A-M case summary.pdf", "Case summary", [
        "Frankie Adebayo-Moss, age 7. Mosaic 1746620.", "Open to CSC since June 2067 (mother's mental health).",
        "Outcome of C&F assessment: step down to Early Help recommended."])]
    top = plain_top(f, addr("Kemi Adeyinka", "Kemi.Adeyinka@" + RDOM), addr(None, REH), "Step down - Frankie A-M",
                    when, "AM0PR04MB6021.eurprd04.prod.outlook.com", mailer="iPhone Mail (21A360)")
    add(f, apple_mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1746620"], [ch("Frankie Adebayo-Moss")],
        ["parental_mental_health"], None, None, ["consent", "draft_plan"], None, "request_info",
        "iPhone step-down (format=flowed, case summary PDF only): draft plan 'to follow' and consent still to be asked "
        "('I'll ask mum ... Thursday' -> null, not refused), so consent and draft_plan missing. Age only, no DOB; the "
        "Mosaic number appears only inside the PDF.",
        docs={"case_summary"}, not_children=["Kemi Adeyinka", "Lorna"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2067-09-14 14:45:09"
    body = T("""
Dear MASH,

Step up request for the Sullivan-Hart children, Mosaic ID 1722580:
- Alfie Sullivan-Hart, 8 (DOB 05/05/2059)
- Isla Sullivan-Hart, 5 (DOB 21/12/2061)

Rationale for step up:
Mum (Kirsty) has been very unwell with depression since the spring; she is not getting up in the mornings and the children's attendance has fallen to 71% (Alfie) and 68% (Isla). Six months of Early Help has not shifted this and mum has asked for more help herself. I agree with the worker that this now needs a social work assessment.

You may see on the GP record that police were called to Castelnau Medical Practice in August. For clarity: that was the children's father shouting at a receptionist in the waiting room about a prescription; the children were not there, nobody was hurt, he has since been removed from the practice list and moved to Leeds, and he has had no contact with the family since 2065. It is not part of this request.

The latest case summary will follow tomorrow - Mosaic is down this afternoon and I can't export it.

Regards,
Jasper Quint
Early Help Team Manager (Richmond North)
020 7946 0214
""") + RDISC
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Sullivan-Hart - Mosaic ID 1722580", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "step_up", False, None, ["1722580"],
        [ch("Alfie Sullivan-Hart", "2059-05-05", "05/05/2059"), ch("Isla Sullivan-Hart", "2061-12-21", "21/12/2061")],
        ["parental_mental_health", "school_attendance"], None, True, ["case_summary"], None, "request_info",
        "NEAR MISS: police at the GP surgery in August was the father shouting at a receptionist, children absent, he has "
        "moved away with no contact since 2065 - past, adult-only, not domestic abuse of the children. Sent by the Early "
        "Help Team Manager (agreement true); rationale under its heading; case summary 'will follow' -> missing.",
        docs={"rationale"}, not_children=["Kirsty Sullivan-Hart", "Jasper Quint"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2067-11-18 16:40:51"
    body = T("""
Thank you for your email. I am away from the practice until Monday 28 November.

For safeguarding matters please contact our deputy safeguarding lead, Dr Anjali Rao, via reception on 020 7946 0640.

If a child is at immediate risk of harm, call 999. For new concerns about a child, contact the Richmond and Wandsworth MASH.

Dr Helena Fitzgerald
GP Partner and Practice Safeguarding Lead, Sheen Park Surgery
""")
    add(f, ooo(f, when, ("FITZGERALD, Helena (SHEEN PARK SURGERY)", "helena.fitzgerald@nhs.net"), addr(None, REH),
               "Step down - Whitcombe - GP information", body),
        "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: a GP safeguarding lead's Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate says "
        "'immediate risk of harm, call 999'; no child, no event -> ignore.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2067-12-06 10:18:37"
    comment = ("Sorry, can't make 11:30. I'm outside the Whitlock flat with the student health visitor now - Ella-Rose "
               "Whitlock's dad has turned up drunk, he shoved her mum into the door frame and he's shut himself in the "
               "flat with the baby and won't open the door. Mum is outside with us and the police are on their way. "
               "Leanne 07700 900481")
    add(f, outlook_itip_reply(f, when, ("Leanne Corrigan", "leanne.corrigan4@nhs.net"), ("MASH Step Up", RSU),
                              "DECLINED", "Step-up case discussion - Whitlock [SB-richmond_wandsworth-231]",
                              "20671206T113000", "20671206T123000", "Microsoft Teams Meeting", comment=comment,
                              text="\n"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, [], [ch("Ella-Rose Whitlock")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A DECLINE's iCalendar COMMENT (the text part is empty): the health visitor declines the case discussion because the baby's drunk father "
        "has assaulted mum and shut himself in the flat with the baby, now. Meeting reply -> but urgent -> alert_duty.",
        not_children=["Leanne Corrigan"], how="only in the iTIP REPLY COMMENT (the text/plain part is empty)")

# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(family, lines):
    return ["# Multi-Agency Request for Support (MARF)", "Family: " + family] + lines

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2067-09-20 12:05:26"
    body = T("""
Dear MAST,

Please find attached the MARF for Ibrahim Chowdhury (DOB 11/02/2060), Mosaic 1852207, to step up from Targeted Early Help.

In short: Ibrahim is 7 and has a severe squint and long sight. The optician at Whitechapel Road prescribed glasses in January and again in June; they were paid for by the voucher and never collected. His class teacher says he cannot see the board, he has started falling on the stairs, and he is on SEN support. He also had a dental abscess in July that went untreated for three weeks until school took him to the dental access centre. Parents love him but the family's health needs are not being met despite a year of Early Help, and we think this is now neglect.

My manager, Priya Castellan, read the MARF this morning and agreed the step up. Mum consented to the MARF being sent (signed, in the form).

Kind regards

Shahana Begum
Early Help Practitioner
Tower Hamlets Early Help - Bethnal Green locality
020 7946 0468
""") + TDISC
    atts = [docx_att("MARF - Chowdhury - Mosaic 1852207.docx", marf("Chowdhury", [
        "Child: Ibrahim Chowdhury, 11/02/2060. Mosaic 1852207.",
        "## Reason for request", "Uncollected glasses (twice), falls, SEN support; untreated dental abscess July 2067.",
        "## Consent", "Parent consent to this request: Yes - signed by Mrs R. Chowdhury 19/09/2067.",
        "## Manager", "Agreed: Priya Castellan, Early Help Team Manager, 20/09/2067."]))]
    top = outlook_top(f, addr("Begum, Shahana", "Shahana.Begum@" + TDOM), addr("MAST", TMAST),
                      "MARF / step up - Ibrahim Chowdhury", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1852207"], [ch("Ibrahim Chowdhury", "2060-02-11", "11/02/2060")],
        ["disability_send", "neglect"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF .docx, manager agreed, signed consent; an optician's glasses never "
        "collected and an untreated dental abscess described as neglect; SEN support -> disability_send.",
        docs={"request_for_support"}, not_children=["Shahana Begum", "Priya Castellan"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2067-11-02 09:35:58"
    body = T("""
Hi MAST,

MARF for Tasnim attached. Olwen (my manager) agreed it this morning.

Thanks
Rubina

Rubina Khanom
Early Help Practitioner, Stepney & Wapping
""")
    pdf = pdf_att("MARF Tasnim Akter.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Tasnim Akter. DOB: 06/06/2055 (12). Mosaic: 1863390. School: Stepney Green Academy, Year 8.",
        "Parent/carer: Mrs Shirina Akter (mother). Parental consent: not yet sought - mum not told (see below).",
        "Requester: Rubina Khanom, Early Help Practitioner. Manager agreement: Olwen Fairclough, 02/11/2067.",
        "",
        "Reason for request:",
        "Last night (1 Nov) at about 7pm the pharmacist at Roman Road Pharmacy served Tasnim and a man she",
        "thought was about 30. He asked for the morning-after pill for her, paid for it and said she was his",
        "girlfriend. The pharmacist knows Tasnim (she collects her mum's prescriptions) and rang school first thing.",
        "Tasnim told her head of year this morning that the man is 'Raj', that she has been staying at his flat",
        "above the shops on Burdett Road some nights, and that he is picking her up from the corner of Ben",
        "Jonson Road at 3.15 today to take her back there. She has a new phone she says he bought her.",
        "",
        "Early Help involvement: TAF since April for school attendance and mum's health.",
    ])
    top = outlook_top(f, addr("Khanom, Rubina", "Rubina.Khanom@" + TDOM), addr("MAST", TMAST), "MARF - T Akter", when)
    add(f, mail(f, top, body, [pdf]), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["1863390"], [ch("Tasnim Akter", "2055-06-06", "06/06/2055")],
        ["exploitation", "sexual_harm"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN THE PDF: a two-line covering mail; the MARF says a man of about 30 bought the morning-after pill "
        "for a 12-year-old, she stays at his flat and he collects her at 3.15 today. Consent 'not yet sought' -> null. "
        "MARF and manager agreement present, so nothing missing.",
        docs={"request_for_support"}, not_children=["Shirina Akter", "Rubina Khanom", "Olwen Fairclough"],
        how="attachment (PDF MARF) under a bland two-line body")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2067-10-13 15:20:03"
    body = T("""
Dear Early Help Hub,

Step-down to a TAF with a Lead Practitioner for the Hussain children:

Zainab Hussain, DOB 19/04/2064 - Mosaic 1840071
Adam Hussain, DOB 08/01/2066 - Mosaic 1840072

The Child and Family Assessment concluded on 07/10/2067 (attached) with a recommendation to step down. The draft TAF plan is attached. Mum (Farhana) has consented to the step-down and to information being shared with the Lead Practitioner.

Lead Practitioner: Shirin Ahmed, Health Visitor, Tower Hamlets 0-19 Health Visiting Service (Barkantine Practice). She has agreed. I will chair the TAF meeting on Tuesday 18 October, 10:00, at the Barkantine.

For clarity, because it is on the referral history: the bruise the practice nurse noticed on Adam's upper arm at his immunisation clinic in June was looked at under section 47 - the child protection medical found it was consistent with the account (he fell against the cot side, seen by grandmother), and the outcome was no further action. There are no current child protection concerns. The continuing need is mum's postnatal depression and her isolation.

Kind regards
Nadim Rahman
Senior Social Worker, Children's Social Care - Isle of Dogs
""") + TDISC
    atts = [pdf_att("C&F Assessment - Hussain - 07.10.2067.pdf", "Child and Family Assessment", [
                "Children: Zainab Hussain (19/04/2064), Adam Hussain (08/01/2066). Mosaic 1840071 / 1840072.",
                "Concluded 07/10/2067. Outcome: step down to Early Help (TAF, Lead Practitioner: Health Visitor)."]),
            docx_att("Draft TAF plan - Hussain.docx", ["# Draft TAF plan", "Mum: perinatal mental health team; GP review monthly.",
                     "Isolation: Bengali mothers' group at the children's centre.", "Adam: nursery place from January."])]
    top = outlook_top(f, addr("Rahman, Nadim", "nadim.rahman@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down - Hussain children - Mosaic 1840071/1840072", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["1840071", "1840072"],
        [ch("Zainab Hussain", "2064-04-19", "19/04/2064"), ch("Adam Hussain", "2066-01-08", "08/01/2066")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: the practice nurse's June bruise was investigated under s47 (consistent with the account, NFA); 'no "
        "current child protection concerns'. Complete Tower Hamlets step-down: C&F assessment PDF, draft TAF plan .docx, "
        "consent, Lead Practitioner named with agency; two bare Mosaic numbers.",
        docs={"assessment", "draft_plan"}, not_children=["Farhana Hussain", "Shirin Ahmed", "Nadim Rahman"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2067-09-12 10:30:44"
    body = T("""
Good morning,

I'm the practice manager at Mile End Road Medical Group. We have two new reception staff and a new practice nurse starting this month, and I want to make sure they know what to do when something worries them at the front desk.

Could you tell me:
1. Whether practices should send the Multi-Agency Request for Support form to this inbox or to MAST, and whether there is a version we can fill in on our clinical system.
2. Whether we need parental consent before sharing information with Early Help when it is not a child protection matter.
3. Whether anyone from the Early Help Hub could come to a practice meeting in October to explain step-up and step-down - our staff see the same families at the baby clinic and in the pharmacy queue every week.

Many thanks
Josephine Adeleke
Practice Manager, Mile End Road Medical Group
020 7946 0519
""")
    top = plain_top(f, addr("ADELEKE, Josephine (MILE END ROAD MEDICAL GROUP)", "josephine.adeleke@nhs.net"),
                    addr("Early Help Hub", TEH), "Question about referrals from GP reception", when, "nhs.net")
    add(f, gmail_mail(f, top, body), "tower_hamlets", "early_help_duty", when, 8,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "General enquiry from a practice manager (how to refer, consent to share, a training visit); step-up/step-down "
        "and MARF vocabulary but no child and no request -> other -> human_review.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2067-10-21 11:48:19"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>I am pharmacist at Cable Street Pharmacy, E1. I write because I am worry for a baby and nobody answer on the number of the council.</p>
<p>This morning at 11.10 the mother <b>Chloe Carter</b> come for her supervised methadone. She have with her the baby <b>Lily-Mae Carter</b>, born 14/07/2067 (on the red book she show me last month), in the pram.</p>
<p>The mother was very sleepy, her eyes was pinned, she cannot stand straight and two times she fall asleep standing at the counter with her hand on the pram. The pram almost go over. I did not give her the dose because she is clearly intoxicated. She become angry and she leave at 11.30 with the baby, walking to her flat at 14 Hatton House, Cable Street. The baby was crying.</p>
<p>She tell me before that her partner is in prison and she is alone with the baby. I don't know any other family.</p>
<p>My number is 020 7946 0287, I am here until 6pm.</p>
<p>Best regards,<br>Giulia Ferraro<br>Pharmacist, Cable Street Pharmacy<br>GPhC 2298814</p>
</body></html>
""")
    top = plain_top(f, addr("Giulia Ferraro", "cablestreetpharmacy@nhs.net"), addr(None, TMAST),
                    "Mother and baby this morning - Cable Street Pharmacy", when, "nhs.net")
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Lily-Mae Carter", "2067-07-14", "14/07/2067")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, HTML-only, second-language writer: a pharmacist refused a visibly intoxicated mother her methadone; she "
        "fell asleep at the counter, nearly tipped the pram, and walked home alone with a 3-month-old in only a vest. "
        "The GPhC registration number is not a case id.",
        not_children=["Chloe Carter", "Giulia Ferraro"], how="HTML-only body; pharmacist's own words")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2067-11-29 13:50:12"
    body = T("""
Hello MAST team,

I attach a MARF for Rayan Miah, DOB 03/09/2057, Mosaic 1858846, for step up from Targeted Early Help.

Rayan's attendance at school this term is 64% and mum's mental health has got worse since September (she stopped her medication; GP has referred her to the home treatment team, who are visiting). Rayan is doing most of the shopping and looks after his little sister after school.

I want to explain one thing in the MARF because it has worried the school. Rayan's father is in prison for assault on mum and is not due for release before 2069. Rayan has been saying at school "what if dad gets out early". If he was released early and came back to the house, then there would be a serious worry for mum and the children - but this is a what-if, it is not happening, and probation will tell us about any release. Nothing has happened.

I have not yet discussed the step up with my manager - we have supervision on Thursday and I will confirm after.

Regards
Momotaj Uddin
Early Help Practitioner, Poplar
""") + TDISC
    atts = [docx_att("MARF Rayan Miah.docx", marf("Miah", ["Child: Rayan Miah 03/09/2057. Mosaic 1858846.",
            "## Reason", "Attendance 64%; mother's mental health; caring for sibling.", "## Consent", "Mum consented 28/11/2067.",
            "## Manager", "To be discussed in supervision."]))]
    top = outlook_top(f, addr("Uddin, Momotaj", "Momotaj.Uddin@" + TDOM), addr("MAST", TMAST),
                      "MARF Rayan Miah - step up", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["1858846"], [ch("Rayan Miah", "2057-09-03", "03/09/2057")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, ["manager_agreed"], None,
        "request_info",
        "NEAR MISS: the father's possible early release is explicitly a what-if ('it is not happening'), he is in prison "
        "until 2069; no domestic_abuse labelled. MARF attached, mum consented; manager not yet asked -> null -> missing.",
        docs={"request_for_support"}, not_children=["Momotaj Uddin"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2067-12-07 16:15:30"
    body = T("""
Dzień dobry / Hello Early Help Hub,

Step-down for Zofia Wójcik (ur. 27.02.2059), Mosaic 1866204, from the Children with Disabilities team to a TAF.

The Child and Family Assessment (concluded 01/12/2067) is in the zip file attached - our system will only export it that way, sorry. The draft TAF plan is attached as Word.

Zofia is 8, has cerebral palsy and uses a walking frame; attendance is 88% because of hospital appointments. Her mother, Pani Agnieszka Wójcik, has consented to Early Help. Lead Practitioner: Marta Kowalska, SENCo, Bow Common Primary School - she agreed on the phone today.

Dziękuję,
Łucja Nowicka
Social Worker, Children with Disabilities Team, Tower Hamlets
""") + TDISC
    inner = make_pdf("Child and Family Assessment - Wojcik", ["Zofia Wojcik, 27/02/2059. Concluded 01/12/2067."])
    atts = [zip_att("CFA_Wojcik_1866204.zip", "CFA_Wojcik.pdf", inner),
            docx_att("Draft TAF plan Wójcik.docx", ["# Draft TAF plan", "Attendance: hospital letters to school in advance.",
                     "Mobility: physiotherapy continues.", "Family: short breaks assessment."])]
    top = outlook_top(f, addr("Nowicka, Łucja", "Lucja.Nowicka@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down - Zofia Wójcik - Mosaic 1866204", when)
    add(f, mail(f, top, body, atts, cte="base64"), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1866204"], [ch("Zofia Wójcik", "2059-02-27", "27.02.2059")],
        ["disability_send", "school_attendance"], True, None, ["assessment"], None, "request_info",
        "Step-down whose C&F assessment is only inside a .zip (refused, so assessment missing); draft plan .docx, consent, "
        "Lead Practitioner with agency present. Base64 UTF-8 body, RFC 2047 subject and From, Polish names, DOB "
        "written 27.02.2059.",
        docs={"draft_plan"}, not_children=["Agnieszka Wójcik", "Marta Kowalska", "Łucja Nowicka"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2067-11-14 14:10:37"
    ack = T("""
Thank you - your step-up request has been received.

Reference: SB-tower_hamlets-87
Children: Mia Doherty
Case: Mosaic 1870055

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Pract nurse (Sadia) has her now - asthma review. 3x round burns L forearm, ~8mm, fresh, look like cig burns. Mia (6) says "daddy did it cos I was naughty". Dad in waiting room, wants to leave. Clinic ends 14:30.

Dr J. Halloran
GP, practice safeguarding lead, Stepney Way Surgery
(cc'd on the original request)
""") + quoted(ack)
    top = plain_top(f, addr("HALLORAN, Joseph (STEPNEY WAY SURGERY)", "j.halloran@nhs.net"), addr(None, TMAST),
                    "RE: [SB-tower_hamlets-87] Mia Doherty at surgery now - new burns, dad taking her home", when,
                    "nhs.net", extra=[("In-Reply-To", "<sb-tower_hamlets-87@stepbot.towerhamlets.gov.uk>")])
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["1870055"], [ch("Mia Doherty")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, told in the SUBJECT and a clipped GP note: fresh cigarette-type burns on a 6-year-old who says daddy did "
        "it; dad is in the waiting room wanting to take her home. Follow-up to [SB-tower_hamlets-87] (quoted ack gives "
        "'Mosaic 1870055' -> '1870055').",
        not_children=["Sadia", "Joseph Halloran"], how="subject line plus a clipped two-line body")

# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2067-10-04 09:40:11"
    body = T("""
Hello Early Help,

Please could the Pascoe children have a triage slot for step down to Level 3 Early Help.

Oakley Pascoe - DOB 01/12/2062 (4)
Isla Pascoe - DOB 20/05/2066 (1)
LCS-3310456

Isla is under 5 (so is Oakley) - I understand they will go to the fortnightly under-5s triage.

The Single Assessment is attached. Mum (Jade) has consented to the step down and to the referral to Early Help, and my team manager Tamsin Verity agreed the step down on 03/10/2067.

Summary: mum's anxiety and low mood after Isla's birth; she is now under the perinatal mental health team and attends the health visitor's Thursday clinic at Paignton Children's Centre every week. The health visitor will stay involved.

Thanks
Kieran Widdicombe
Social Worker, Safeguarding and Supporting Families, Torbay Council
01632 960418
""") + BDISC
    atts = [pdf_att("Single Assessment - Pascoe - LCS-3310456.pdf", "Single Assessment", [
        "Children: Oakley Pascoe 01/12/2062; Isla Pascoe 20/05/2066. LCS-3310456.",
        "Outcome: step down to Level 3 Early Help; health visitor to remain involved."])]
    top = outlook_top(f, addr("Widdicombe, Kieran", "Kieran.Widdicombe@" + BDOM), addr("Early Help", BEH),
                      "Step down - triage slot please - Pascoe LCS-3310456", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3310456"],
        [ch("Oakley Pascoe", "2062-12-01", "01/12/2062"), ch("Isla Pascoe", "2066-05-20", "20/05/2066")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment, team manager agreed, consent), Level 3 stated; both children "
        "under 5, so the fortnightly under-5s triage applies.",
        docs={"assessment"}, not_children=["Jade Pascoe", "Kieran Widdicombe", "Tamsin Verity"])

def torbay_02():
    f = "torbay_02.eml"; when = "2067-09-15 17:25:03"
    body = T("""
Good afternoon,

Please see the attached note about a baby I saw this afternoon. I have been trying to ring the MASH since 5 o'clock but I am on hold.

Dra. Inés Gómez Ruiz
Dental Surgeon, Preston Smiles Dental Practice, Paignton
01632 960775
""")
    note = T("""
PRESTON SMILES DENTAL PRACTICE - clinical note, 15/09/2067 16:35

Patient: Alfie-James Hext. DOB 12/04/2067 (5 months). Address: 3 Colley End Road, Paignton TQ3 2LS.
Brought by: father (Ryan Hext). Reason: "bleeding from the mouth".

Findings: torn upper lip frenulum, fresh, still oozing. Two bruises on the left cheek, fingertip size, and one on the right cheek. Baby is not rolling or sitting yet (father says so).
Father's account: "he fell off the sofa this morning". He did not say why the baby was on the sofa alone.

I told father that a baby this small with this injury must be seen by the paediatric doctors at Torbay Hospital today and I went to phone them. At 16:50, while I was on the phone, father left with the baby. The receptionist saw them drive away. Mother is not at the address - father said she has gone to her sister's in Plymouth "for a while".

I am a little worried my English is not clear: I think this baby was hurt by someone and he is now alone with father.

I. Gómez Ruiz, GDC 318822
""")
    top = plain_top(f, addr("Inés Gómez Ruiz", "ines.gomez@prestonsmiles.co.uk"), addr("Torbay MASH", BMASH),
                    "Baby seen today - note attached", when, "prestonsmiles.co.uk",
                    mailer="Microsoft Outlook 16.0")
    add(f, mail_cs(f, top, body, "iso-8859-1", atts=[text_att("Nota clinica Hext 15-09-2067.txt", note, "iso-8859-1")]),
        "torbay", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Alfie-James Hext", "2067-04-12", "12/04/2067")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A TEXT/PLAIN ATTACHMENT (ISO-8859-1): a dentist found a torn frenulum and fingertip bruises on a "
        "5-month-old non-mobile baby; the father left with him before hospital, mother away. The body only says 'see "
        "attached note'. The GDC number is not a case id.",
        not_children=["Ryan Hext", "Inés Gómez Ruiz"], how="text/plain attachment, iso-8859-1; second-language writer")

def torbay_03():
    f = "torbay_03.eml"; when = "2067-11-09 10:55:46"
    body = T("""
Dear MASH,

Contact for consideration at level 4 - Kyle Rowe, DOB 08/08/2058, EHM-745120.

I'm Kyle's Early Help lead practitioner. Since his mum (Shannon) ended her relationship with Mark in September, Mark has been sending her threatening messages most nights and has twice turned up outside the house shouting; police have logged both. Shannon's anxiety has got much worse, she has stopped going out and Kyle is doing the shopping. My team manager Silas Penrose and I agree this needs considering for level 4. Shannon consents to this contact and to information being shared.

You will see a walk-in centre attendance for Kyle on 23 September (head injury). To save you looking: he came off a trampoline at a friend's birthday party, it was seen by two parents, the walk-in centre and then Torbay Hospital were satisfied with the account, and there are no concerns about how it happened.

Regards
Morwenna Tozer
Early Help Lead Practitioner, Torbay Council Early Help
01632 960642
""") + BDISC
    top = outlook_top(f, addr("Tozer, Morwenna", "Morwenna.Tozer@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Kyle Rowe EHM-745120", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "near_miss", "step_up", False, None, ["EHM-745120"], [ch("Kyle Rowe", "2058-08-08", "08/08/2058")],
        ["domestic_abuse", "parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "NEAR MISS: the walk-in centre head injury was a witnessed trampoline fall, hospital satisfied ('no concerns about "
        "how it happened'). Complete Torbay step-up (contact to MASH): consent and team manager agreement both stated. "
        "The ex-partner's messages are an ongoing domestic-abuse concern, not a danger tonight.",
        not_children=["Shannon Rowe", "Mark", "Morwenna Tozer", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2067-11-25 15:55:29"
    body = T("""
hi mash - contact re Mason Lang (9), EHM-746388. dentist has written 3 times, 8 decayed teeth, 2 abscesses this year, dad has cancelled every dental appt + hasnt engaged with TAF since sept. mason hungry at school most days. my TM Silas agreed this shd go to you for L4. havent asked dad re consent yet - seeing him mon, will ask then. thx

Becky Luscombe
EH Lead Practitioner
Sent from Outlook for Android
""")
    top = plain_top(f, addr("Becky Luscombe", "Rebecca.Luscombe@" + BDOM), addr(None, BMASH), "Mason Lang contact",
                    when, "torbay.gov.uk", extra=[("X-Mailer", "Outlook-Android/2.2")])
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-746388"], [ch("Mason Lang")],
        ["neglect", "non_engagement"], None, True, ["consent"], None, "request_info",
        "Hurried Android step-up: dental neglect and a father not engaging; team manager agreed, consent not yet asked "
        "('will ask then' -> null) so consent missing. Age only.",
        not_children=["Becky Luscombe", "Silas"])

def torbay_05():
    f = "torbay_05.eml"; when = "2067-10-31 12:30:15"
    hv = T("""
Hi Callum,

Saw Kerry at home this morning for Jack's review. She told me Dean Hobbs has been staying with them since Friday. I checked with her because I remembered the name from the file - he is the ex who was convicted of sexual offences against a child in 2062 and is not supposed to have any contact with children. Kerry says he has "changed". She is starting night shifts at the distribution centre tonight and says Dean is going to look after Poppy and Jack overnight while she's at work.

I told her I didn't think that was OK. I'm back in clinic all afternoon.

Sue
Sue Ashby, Health Visitor, Torbay 0-19 Service
""")
    body = T("""
Hi Early Help,

Step down to Level 3 for Poppy Endacott (DOB 03/03/2060) and Jack Endacott (DOB 21/09/2063), LCS-3321874 - please could we have a triage slot. Single Assessment attached; mum Kerry has consented; my TM Silas Penrose has agreed.

FYI I've forwarded the HV's note below as it came in this morning - we can talk about it at triage.

Callum
Callum Yeo, Social Worker, Torbay Council
""") + quote("Sue Ashby <sue.ashby@nhs.net>", "31 October 2067 11:54", "Yeo, Callum <Callum.Yeo@%s>" % BDOM,
             "Endacott - visit today", hv) + "\n" + BDISC
    atts = [pdf_att("Single Assessment Endacott.pdf", "Single Assessment - Endacott", [
        "Poppy Endacott 03/03/2060; Jack Endacott 21/09/2063. LCS-3321874.",
        "Needs: Poppy's school attendance (85%), mum's finances and housing. Step down to Level 3 recommended."])]
    top = outlook_top(f, addr("Yeo, Callum", "Callum.Yeo@" + BDOM), addr("Early Help", BEH),
                      "Step down L3 - Endacott - triage please", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 6,
        "urgent", "step_down", True, 3, ["LCS-3321874"],
        [ch("Poppy Endacott", "2060-03-03", "03/03/2060"), ch("Jack Endacott", "2063-09-21", "21/09/2063")],
        ["school_attendance", "sexual_harm"], True, True, [], None, "alert_duty",
        "URGENT IN THE QUOTED HEALTH VISITOR's NOTE: a man convicted of sexual offences against a child is staying in the "
        "home and will look after both children overnight tonight. The social worker's own note is routine ('talk about "
        "it at triage'). First working day of GMT (Mon 31 Oct, +0000). The step-down itself is complete.",
        docs={"assessment"}, not_children=["Kerry Endacott", "Dean Hobbs", "Sue Ashby", "Callum Yeo", "Silas Penrose"],
        how="quoted health visitor's email below a routine step-down")

def torbay_06():
    f = "torbay_06.eml"; when = "2067-12-07 08:15:40"
    body = T("""
TORBAY 0-19 SERVICE - HEALTH VISITING NEWS, DECEMBER

Christmas clinic times
Baby clinics at Paignton, Brixham and Torquay children's centres close on Friday 23 December and reopen on Tuesday 3 January. The duty health visitor line is open on 28, 29 and 30 December.

Reminder: bruising in babies who are not yet mobile
Any bruise on a baby who is not yet rolling must be seen the same day by a paediatrician and discussed with the MASH, whatever the explanation. Last year our teams followed the protocol 14 times; all were managed safely. If you are worried a child is in danger right now, call 999.

Was not brought
Please record "was not brought" rather than "did not attend" for children who miss a clinic or dental appointment, and tell the family's health visitor.

Training
Dental neglect awareness for health visitors and practice nurses, 18 January (Teams).

You are receiving this because you are on the Torbay 0-19 partners list.
Unsubscribe: https://lists.torbay0-19.example/unsubscribe
""")
    top = plain_top(f, addr("Torbay 0-19 Service", "news@torbay0-19.example"), addr("Torbay partners", "partners@torbay0-19.example"),
                    "Health Visiting News - December", when, "torbay0-19.example",
                    cc=addr(None, BEH),
                    extra=[("List-Id", "Torbay 0-19 partners <partners.torbay0-19.example>"),
                           ("List-Unsubscribe", "<https://lists.torbay0-19.example/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, gmail_mail(f, top, body), "torbay", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a health visiting newsletter (List-Id, Precedence: bulk, no Auto-Submitted) with the bruising-in-"
        "non-mobile-babies reminder, 'in danger right now, call 999' and 'was not brought' - examples, no child.")

def torbay_07():
    f = "torbay_07.eml"; when = "2067-10-06 13:05:50"
    add(f, outlook_itip_reply(f, when, ("Kieran Widdicombe", "Kieran.Widdicombe@" + BDOM), ("Early Help", BEH),
                              "ACCEPTED", "Under-5s Early Help triage - Pascoe [SB-torbay-140]",
                              "20671011T113000", "20671011T120000", "Microsoft Teams Meeting"),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (ACCEPTED, no comment) from the social worker for the Tuesday under-5s triage slot "
        "(Tue 11 Oct 11:30, BST in the calendar's VTIMEZONE).")

def torbay_08():
    f = "torbay_08.eml"; when = "2067-11-17 11:10:22"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-torbay-166
Children: Theo Bickley
Case: LCS-3324410

What is missing:
- the Single Assessment

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hello,

Single Assessment for Theo Bickley attached, as asked.

Also, to close the loop on the pharmacist's call on 2 November that the MASH logged: it is resolved. The methadone bottle Theo took into school was an empty one from his grandad's recycling bag when he visited; grandad does not live with the family and keeps his medication in a locked box. The school, the pharmacist and the police were all satisfied and no further action was taken. There are no concerns about drugs in Theo's home.

Thanks
Nia Tregear
Social Worker, Torbay Council
""") + "\n" + quoted(ack)
    atts = [pdf_att("Single Assessment - Theo Bickley.pdf", "Single Assessment", [
        "Theo Bickley, LCS-3324410. Outcome: step down to Early Help."])]
    top = outlook_top(f, addr("Tregear, Nia", "Nia.Tregear@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-166] Step down - Theo Bickley", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["LCS-3324410"], [ch("Theo Bickley")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS: the pharmacist's methadone-bottle call is resolved (empty bottle from grandad's recycling, NFA, 'no "
        "concerns about drugs'). Follow-up adding the missing Single Assessment; the quoted ack's 'What is missing:' is "
        "not the missing concern.",
        not_children=["Nia Tregear"])

# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2067-09-26 11:00:08"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for a sibling group:

Ellie Probert, DOB 14/10/2059, Mosaic 702341
Noah Probert, DOB 30/06/2065, Mosaic 702342

I discussed the step-down with Gareth at the Tuesday drop-in last week. The Child & Family Assessment concluded on 15/09/2067 with a recommendation of Level 3 support.

The assessment found neglect of the children's dental health, linked to mum's organisation at home: Noah needed extractions in the summer and Ellie has missed three orthodontic appointments. Mum has made good progress with the community dental service's support and both children are now registered with a practice in Bromyard.

Key person (agreed with the family): Beth Lloyd, Health Visitor, Wye Valley NHS Trust (Bromyard team), 01632 960213.

Kind regards
Owain Price
Social Worker, Locality Team (East), Herefordshire Council
""") + HDISC
    atts = [docx_att("EHA step-down plan - Probert.docx", ["# Early Help Assessment - step-down plan",
                      "Children: Ellie Probert (14/10/2059), Noah Probert (30/06/2065).",
                      "## Wellbeing plan", "Dental: six-monthly check-ups; daily brushing chart - mum, with the health visitor.",
                      "Orthodontics: Ellie's appointments in the family calendar; school to release her.",
                      "## Key person", "Beth Lloyd, Health Visitor, Wye Valley NHS Trust."]),
            pdf_att("Signed consent - Probert.pdf", "Consent to Early Help", [
                "I agree to my children Ellie and Noah Probert receiving Early Help support and to information being shared.",
                "Signed: Sian Probert (mother). Date: 22/09/2067."])]
    top = outlook_top(f, addr("Price, Owain", "Owain.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Probert sibling group (Mosaic 702341 / 702342)", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["702341", "702342"],
        [ch("Ellie Probert", "2059-10-14", "14/10/2059"), ch("Noah Probert", "2065-06-30", "30/06/2065")],
        ["neglect"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (EHA step-down plan .docx, signed consent form .pdf, key person "
        "with agency) after the drop-in discussion; 'Level 3 support' stated; dental neglect -> neglect.",
        docs={"draft_plan", "consent_form"}, not_children=["Sian Probert", "Beth Lloyd", "Owain Price", "Gareth"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2067-10-12 09:25:17"
    body = T("""
Form attached. Seen this am. Couldn't get MASH line. Pls pass to whoever.

Dr R. Bannister
GP + Practice Safeguarding Lead
Kingsacre Medical Practice, Hereford
01632 960390
""")
    form = ["# Practice safeguarding referral", "Child: Harvey Preece   DOB: 03/07/2060 (7y)   NHS no: 943 476 5919",
            "Address: 11 Tillington Rd, Hereford HR4 9QA", "Seen by: Dr R. Bannister 08:40 12/10/67, w/ mum (Stacey Preece)",
            "## Presenting", "?rash back of legs (mum).",
            "## O/E", "Linear bruises x6 post. thighs + buttocks, 2 loop-shaped. Different ages - some yellow, 2 fresh/red.",
            "## Child's words", "\"Steve did it with the dog lead cos I wet the bed.\" Steve = mum's partner, lives at the house.",
            "## Mum", "Said \"he's not going to like this\". Declined to wait for paeds. Left 09:05 with Harvey. Said going home.",
            "## Risk", "High. Child back in the house w/ alleged perp today. Partner home all day (nights).",
            "## Actions", "Tried MASH line x2 09:10, 09:18 - held. Emailing. Will keep trying."]
    top = outlook_top(f, addr("BANNISTER, Rhiannon (KINGSACRE MEDICAL PRACTICE)", "rhiannon.bannister@nhs.net"),
                      addr(None, HEH), "Safeguarding referral - Preece", when)
    add(f, mail(f, top, body, [docx_att("Safeguarding referral - H Preece.docx", form)]),
        "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Harvey Preece", "2060-07-03", "03/07/2060")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A .DOCX, in a GP safeguarding lead's clipped shorthand: loop-shaped belt/lead bruises on a "
        "7-year-old, 'Steve did it', mum left with him for home where the partner is today. Sent to the Early Help "
        "co-ordinators' inbox by mistake; not a step request -> other. The NHS number is not a case id. Uses 'Risk' as "
        "a form heading (one of the few urgent mails allowed an alarm word).",
        not_children=["Stacey Preece", "Steve", "Rhiannon Bannister"],
        how="docx attachment, clipped GP notes; body is three fragments")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2067-11-03 14:00:55"
    body = T("""
Hi team,

Step-down plan attached for Lola Bevan (DOB 10/10/2059), Mosaic 709918, following the conclusion of her C&F assessment on 27/10/2067.

Lola's attendance is 79% and she is often late in the mornings; mum is supportive of Early Help.

Key person: Rachel Morgan, Pastoral Lead, Whitecross Hereford High School - agreed with mum and Lola.

Consent: mum gave verbal consent on the phone yesterday; I'm going out on Tuesday to get the consent form signed and will send it then.

For the record, as the co-ordinators asked last time: no safeguarding concerns were identified by the GP or the dentist for the assessment. There is an old "was not brought" flag on Lola's dental record from 2064; the dental practice confirmed it was closed in 2065 and she has attended every check-up since.

Thanks
Ffion Jenkins
Social Worker, Locality Team (City), Herefordshire Council
""") + HDISC
    atts = [docx_att("Lola Bevan - EHA step down plan.docx", ["# Early Help Assessment step-down plan",
            "Lola Bevan 10/10/2059. Attendance 79%.", "## What needs to happen", "Morning routine support; school attendance plan; family support worker."])]
    top = outlook_top(f, addr("Jenkins, Ffion", "Ffion.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Lola Bevan", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["709918"], [ch("Lola Bevan", "2059-10-10", "10/10/2059")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS: 'no safeguarding concerns identified by the GP or the dentist'; the 2064 'was not brought' dental "
        "flag was closed. Verbal consent only (consent true) so the signed consent form is missing; plan and key person "
        "present; no level stated.",
        docs={"draft_plan"}, not_children=["Rachel Morgan", "Ffion Jenkins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2067-12-02 10:12:36"
    body = T("""
Sorry if wrong address, cant get thru on phone.

Im practice nurse at Leominster baby clinic. Mum of Freddie Gwilliam (6 wks) came to clinic 10am smelling strongly of drink, slurring, couldnt stand still. She drove here - car in our car park. We asked her to wait for HV + offered to call someone, she refused, strapped Freddie in car seat and drove off 10.08 towards Ludlow road, said going to her mums. Silver Corsa, reg starts WR17.

No dad around. Her address on our system 5 Bridge St Leominster.

Kath Vaughan RGN
07700 900655

Sent from my Galaxy
""")
    top = plain_top(f, addr("Kath Vaughan", "kathvaughan.rgn@nhs.net"), addr(None, HEH), "baby Freddie - mum drunk driving",
                    when, "nhs.net", extra=[("X-Mailer", "Samsung Email")])
    add(f, mail(f, top, body, cte="base64"), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Freddie Gwilliam")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, hurried mobile mail from a practice nurse at a baby clinic: a drunk mother has just driven off with her "
        "6-week-old baby. Base64 body; subject carries the gist. Age only, no DOB.",
        not_children=["Kath Vaughan"], how="hurried mobile body and subject")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2067-11-15 15:30:42"
    body = T("""
Hi,

Signed consent form for Mia and Jacob attached - mum signed it at the visit this morning. That should complete the step-down.

Thanks,
Tegan

Tegan Hughes
Social Worker, Locality Team (West)

> On 10 Nov 2067, at 09:12, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you - your step-down request has been received.
>
> Reference: SB-herefordshire-77
> Children: Mia Powell, Jacob Powell
>
> What is missing:
> - the family's signed consent form
>
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    atts = [pdf_att("Consent form Powell signed.pdf", "Consent to Early Help", [
        "Children: Mia Powell, Jacob Powell. Signed: Lauren Powell (mother), 15/11/2067."])]
    top = plain_top(f, addr("Tegan Hughes", "Tegan.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-77] Step down - Powell", when, "herefordshire.gov.uk",
                    mailer="Apple Mail (2.3774.600.62)")
    add(f, apple_mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [ch("Mia Powell"), ch("Jacob Powell")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail follow-up to [SB-herefordshire-77] adding the signed consent form (consent true); children named, no "
        "DOBs, no case id.",
        not_children=["Lauren Powell", "Tegan Hughes"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2067-11-30 13:00:31"
    body = T("""
EH co-ords - FYI, monthly practice safeguarding mtg notes (children's section), as agreed w/ Gareth. Initials only. No actions for you unless stated.

Kingsacre Medical Practice - safeguarding mtg 29/11/67
Present: RB (lead), practice nurse, HV, reception lead, pharmacist (Tesco Belmont)

1. AB, 4y - CP plan ended Sept. No current concerns. Remove flag Jan.
2. CD, 9y - dental "was not brought" x2 (Oct). HV spoke to mum; now attending. Monitor.
3. EF, 15y - requested EHC Nov. Partner same age, school. Sexual health clinic f/u. No CSE indicators.
4. GH, 2y - mum on methadone, supervised daily. Pharmacist: stable, no concerns, child well presented. CIN open, SW aware.
5. JK, 12y - walk-in centre x3 (asthma). Inhaler technique. Not safeguarding.

Next mtg 20/12/67.

RB
""")
    top = outlook_top(f, addr("BANNISTER, Rhiannon (KINGSACRE MEDICAL PRACTICE)", "rhiannon.bannister@nhs.net"),
                      addr(None, HEH), "Practice s/g mtg 29/11 - notes (children)", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a practice safeguarding lead's clipped monthly meeting notes, initials only: an ended CP plan, a "
        "stable supervised methadone patient, 'no CSE indicators', 'not safeguarding'. Every item planned and managed; no "
        "child named; other -> human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2067-09-19 08:02:44"
    body = T("""
Hello, and thank you for your email.

I am on annual leave until Monday 26 September. Community Dental Service appointments and referrals are being handled by the Hereford clinic team on 01632 960540.

Nerys Powell
Community Dental Service co-ordinator
""")
    top = [("From", addr("Nerys Powell", "nerys.cds@gmail.com")), ("To", addr(None, HEH)),
           ("Subject", "Away until 26 September"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.gmail.com")), ("Auto-Submitted", "auto-replied")]
    add(f, gmail_mail(f, top, body), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder from a community dental service co-ordinator: only 'Auto-Submitted: auto-replied' "
        "marks it (custom subject).")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2067-12-09 12:20:58"
    body = T("""
Good afternoon,

Step-down to Level 3 Early Help for Ruby Whittall, DOB 05/05/2061, Mosaic 711230.

Attached: EHA step-down plan (wellbeing plan) and the consent form signed by dad (Matthew Whittall) on 07/12/2067.
Key person: Hannah Bright, Family Support Worker, Ledbury Family Hub (Herefordshire Council Early Help) - agreed with dad and Ruby.

I spoke to Gareth about this on Tuesday.

A note on the optician's concern in October, because it is on the record: the optician in Ledbury noticed a bruise beside Ruby's right eye at her eye test and rang us the same day. Ruby was seen by the GP that afternoon; she had walked into a door frame at school, which two staff saw and recorded in the school accident book. That was the end of it - no further action, and nothing since.

Best wishes
Lowri Tanner
Social Worker, Locality Team (South), Herefordshire Council
""") + HDISC
    atts = [docx_att("EHA step-down plan Ruby Whittall.docx", ["# EHA step-down plan", "Ruby Whittall 05/05/2061.",
            "## Wellbeing plan", "Dad's shift pattern: after-school club three days.", "Ruby: bereavement support (mum died 2066)."]),
            pdf_att("Consent Whittall signed 07-12-2067.pdf", "Consent form", ["Child: Ruby Whittall. Signed: Matthew Whittall (father), 07/12/2067."])]
    top = outlook_top(f, addr("Tanner, Lowri", "Lowri.Tanner@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down L3 - Ruby Whittall - Mosaic 711230", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["711230"], [ch("Ruby Whittall", "2061-05-05", "05/05/2061")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS: the optician's October bruise report was resolved the same day (witnessed accident at school, NFA). "
        "Complete Level 3 step-down: plan .docx, signed consent form .pdf, key person with agency. No concern from the "
        "contract's list is stated (bereavement support is not one), so concerns [].",
        docs={"draft_plan", "consent_form"}, not_children=["Matthew Whittall", "Hannah Bright", "Lowri Tanner", "Gareth"])

# ============================================================================ self-checks
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
# the brief's alarm words (stems, so "risks" and "dangerous" count too)
BANNED = re.compile(r"\b(urgen\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|asap)\b", re.I)
MAX_URGENT_WITH_BANNED = 3
# Knowsley notice: file -> (working days, plain weekdays, first bank holiday crossed or None, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (7, 7, None, False),
    "knowsley_02.eml": (5, 5, None, False),
    "knowsley_03.eml": (5, 8, date(2067, 12, 26), False),
    "knowsley_05.eml": (4, 6, date(2067, 12, 26), True),
    "knowsley_06.eml": (7, 7, None, False),
}
EXPECTED_BH_2067 = {date(2067, 1, 3), date(2067, 4, 1), date(2067, 4, 4), date(2067, 5, 2), date(2067, 5, 30),
                    date(2067, 8, 29), date(2067, 12, 26), date(2067, 12, 27)}
EXPECTED_BH_2068 = {date(2068, 1, 2), date(2068, 4, 20), date(2068, 4, 23), date(2068, 5, 7), date(2068, 5, 28),
                    date(2068, 8, 27), date(2068, 12, 25), date(2068, 12, 26)}

def required(auth, kind, level, concerns):
    if kind not in ("step_up", "step_down"):
        return None
    R = {
        ("richmond_wandsworth", "step_up"): {"case_summary", "rationale"},
        ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent"},
        ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner"},
        ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed"},
        ("torbay", "step_down"): {"assessment", "manager_agreed", "consent"},
        ("torbay", "step_up"): {"consent", "manager_agreed"},
        ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner"},
        ("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"},
    }
    if (auth, kind) == ("knowsley", "step_up"):
        req = set(R[(auth, kind)])
        req |= {"gcp2"} if "neglect" in concerns else set()
        req |= {"engaging_families"} if "non_engagement" in concerns else set()
        req |= {"exploitation_assessment"} if "exploitation" in concerns else set()
    elif (auth, kind) == ("knowsley", "step_down"):
        req = {"meeting_details", "worries_strengths_next"} | ({"lead_practitioner"} if level == 2 else {"consent"})
    elif (auth, kind) in R:
        req = set(R[(auth, kind)])
    else:
        return None                                   # not defined by the authority's protocol (Herefordshire step_up)
    return req | {"children"}

def expected_action(auth, kind, urgent, missing, notice_ok):
    if urgent:
        return "alert_duty"
    if kind == "auto_reply":
        return "ignore"
    if kind == "meeting_reply":
        return "record_reply"
    if kind == "follow_up":
        return "attach_to_request"
    if kind == "other" or required(auth, kind, None, []) is None:
        return "human_review"
    if missing or notice_ok is False:
        return "request_info"
    return "book_meeting"

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|table|h\d)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def readable(msg):
    """Every decoded word a careful reader could see: bodies (plain, HTML), text attachments, calendars, attachment
    names, PDF and .docx text. A .zip is listed by name only (the parser must refuse it)."""
    out = []
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
        elif ct == "application/zip":
            zipfile.ZipFile(io.BytesIO(payload)).testzip()
        else:
            raise ValueError("unreadable part " + ct)
    return re.sub(r"\s+", " ", "\n".join(out))

def all_headers(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, str(v)))
    return "\n".join(out)

def parse_dob(w):
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2067) != date(2067, 4, 3) or easter(2068) != date(2068, 4, 22):
        err("calendar", "Easter 2067 should be Sunday 3 April and Easter 2068 Sunday 22 April")
    if bank_holidays(2067) != EXPECTED_BH_2067 or bank_holidays(2068) != EXPECTED_BH_2068:
        err("calendar", "bank holidays differ: %s" % sorted((bank_holidays(2067) ^ EXPECTED_BH_2067) |
                                                            (bank_holidays(2068) ^ EXPECTED_BH_2068)))
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BANK_HOLIDAYS):
        err("calendar", "no bank holiday should fall inside the window")
    if date(2067, 12, 25).weekday() != 6 or WINDOW[1] != date(2067, 12, 25) - timedelta(days=2):
        err("calendar", "the window must end on the Friday before Christmas (Christmas 2067 is a Sunday)")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4 or WINDOW[0].month != 9 or WINDOW[0].day > 7:
        err("calendar", "window should run from the first Monday of September to a Friday")
    if HALF_TERM != (last_sunday(2067, 10) - timedelta(days=6), last_sunday(2067, 10) - timedelta(days=2)):
        err("calendar", "half term should be the Monday-Friday before the clocks go back")
    bst_on, bst_off = last_sunday(2067, 3), last_sunday(2067, 10)
    if (bst_on, bst_off) != (date(2067, 3, 27), date(2067, 10, 30)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2067, 10, 30, 0, 59, tzinfo=UTC), 1), (datetime(2067, 10, 30, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)

    # ---- set-level: counts
    if len(FILES) != 40:
        err("set", "expected 40 files, got %d" % len(FILES))
    for a in AUTHORITIES:
        names = sorted(f for f in FILES if f.rsplit("_", 1)[0] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            err("set", "%s files: %s" % (a, names))
    cats = [CATS[f] for f in FILES]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        err("set", "need >= 11 urgent and >= 11 near misses: %d / %d" % (cats.count("urgent"), cats.count("near_miss")))
    if set(cats) - {"urgent", "near_miss", "ordinary"}:
        err("set", "bad category")
    urgent_with_banned = []
    offsets = set()

    # ---- per file
    for lab in LABELS:
        f = lab["file"]; x = lab["expect"]; m = META[f]
        auth, mbox = lab["authority"], lab["mailbox"]
        if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            err(f, "label keys")
        if list(x) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                       "missing", "notice_ok", "next_action"]:
            err(f, "expect keys")
        if f.rsplit("_", 1)[0] != auth or mbox not in ("mash_step_up", "early_help_duty"):
            err(f, "authority / mailbox")
        if x["kind"] not in KINDS or x["next_action"] not in ACTIONS:
            err(f, "bad kind / next_action")
        if x["concerns"] != sorted(set(x["concerns"])) or set(x["concerns"]) - CONCERNS:
            err(f, "concerns not sorted/unique/valid")
        if x["missing"] != sorted(set(x["missing"])) or set(x["missing"]) - DOC_IDS - FACT_IDS:
            err(f, "missing not sorted/unique/valid")
        if not isinstance(x["urgent"], bool) or (CATS[f] == "urgent") != x["urgent"]:
            err(f, "category and urgent disagree")
        if x["urgent"] and not m["how"]:
            err(f, "urgent mail without a note of how the risk is told")
        if x["level"] is not None and (x["kind"] != "step_down" or x["level"] not in (2, 3)):
            err(f, "level only on step_downs, 2 or 3")
        for k in ("consent", "manager_agreed"):
            if x[k] not in (True, False, None):
                err(f, k)
        if len(x["case_ids"]) != len(set(x["case_ids"])):
            err(f, "case ids not unique")
        for cid in x["case_ids"]:
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})", cid):
                err(f, "odd case id %s" % cid)
        for c in x["children"]:
            if list(c) != ["name", "dob"]:
                err(f, "child keys")
        req = required(auth, x["kind"], x["level"], x["concerns"])
        if req is None:
            if x["missing"]:
                err(f, "missing must be [] for a kind without requirements")
        else:
            if set(x["missing"]) - req:
                err(f, "missing has ids not required here: %s" % (set(x["missing"]) - req))
            for d_ in req & DOC_IDS:
                if (d_ in x["missing"]) == (d_ in m["docs"]):
                    err(f, "document %s: missing label disagrees with what is attached/pasted" % d_)
            for k in ("consent", "manager_agreed"):
                if k in req and ((k in x["missing"]) != (x[k] is not True)):
                    err(f, "%s required: missing iff not true" % k)
            if ("children" in x["missing"]) != (not x["children"]):
                err(f, "children missing iff none named")
            if "case_id" in req and (("case_id" in x["missing"]) != (not x["case_ids"])):
                err(f, "case_id missing iff no case id")
            if "meeting_details" in req and (("meeting_details" in x["missing"]) != (m["meeting"] is None)):
                err(f, "meeting_details missing iff no meeting")
        if m["docs"] - DOC_IDS:
            err(f, "bad doc ids in META")
        # notice (only Knowsley's step requests have a notice period)
        if auth == "knowsley" and x["kind"] in ("step_up", "step_down"):
            now_d = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            mt = m["meeting"]
            if mt is None:
                if x["notice_ok"] is not None:
                    err(f, "no meeting -> notice_ok null")
            else:
                wd = working_days_between(now_d, mt)
                if x["notice_ok"] != (wd >= 5):
                    err(f, "notice_ok %s but %d working days" % (x["notice_ok"], wd))
                if not is_wd(mt) or mt <= now_d:
                    err(f, "meeting date not a future working day")
                exp = KNOWSLEY_NOTICE.get(f)
                if exp is None:
                    err(f, "Knowsley count not in the table")
                else:
                    pw = plain_weekdays_between(now_d, mt)
                    crossed = sorted(b for b in BANK_HOLIDAYS if now_d < b <= mt)
                    if (wd, pw) != exp[:2] or (crossed[0] if crossed else None) != exp[2]:
                        err(f, "Knowsley notice table wrong: wd %d plain %d crossed %s" % (wd, pw, crossed))
                    if exp[3] != ((pw >= 5) != (wd >= 5)):
                        err(f, "decisive flag wrong")
        elif x["notice_ok"] is not None:
            err(f, "notice_ok only for Knowsley step requests")
        if x["next_action"] != expected_action(auth, x["kind"], x["urgent"], x["missing"], x["notice_ok"]):
            err(f, "next_action should be %s" % expected_action(auth, x["kind"], x["urgent"], x["missing"], x["notice_ok"]))

        # ---- the message itself
        raw = FILES[f]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(f, "MIME defects %s" % part.defects)
        for k in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[k]:
                err(f, "no %s header" % k)
        rcpt = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(auth, mbox)].lower() not in rcpt:
            err(f, "mailbox address not in To/Cc")
        dh = str(msg["Date"])
        sent = email.utils.parsedate_to_datetime(dh)
        if not (WINDOW[0] <= sent.date() <= WINDOW[1]):
            err(f, "Date outside the window")
        if sent.date() in BANK_HOLIDAYS:
            err(f, "Date on a bank holiday")
        if dh[:3] != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()]:
            err(f, "Date weekday wrong: %s" % dh)
        want = "+0100" if sent.date() < date(2067, 10, 30) else "+0000"
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith(want):
            err(f, "Date offset is not Europe/London's (%s): %s" % (want, dh))
        offsets.add(dh[-5:])
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - sent <= timedelta(minutes=10)) or now.utcoffset() != sent.utcoffset():
            err(f, "now must be 1-10 minutes after the Date, same offset")
        if sent != dt(m["when"]):
            err(f, "Date header differs from the recorded time")
        is_auto = msg["Auto-Submitted"] is not None
        if (x["kind"] == "auto_reply") != is_auto:
            err(f, "Auto-Submitted iff auto_reply")
        subj = str(msg["Subject"])
        if x["kind"] == "follow_up" and not re.search(r"\[SB-%s-\d+\]" % auth, subj):
            err(f, "follow_up without its [SB-...] reference in the subject")
        if x["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj:
            err(f, "a new request or other mail carries an [SB-...] reference")
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if x["kind"] == "meeting_reply":
            if len(cals) != 1 or "METHOD:REPLY" not in cals[0].get_payload(decode=True).decode():
                err(f, "meeting_reply needs exactly one text/calendar METHOD:REPLY part")
        elif cals:
            err(f, "calendar part in a non-reply")
        try:
            text = readable(msg)
        except Exception as e:                                    # noqa
            err(f, "unreadable: %r" % e); continue
        heads = all_headers(msg)
        if x["urgent"] and (BANNED.search(text) or BANNED.search(heads)):
            urgent_with_banned.append(f)
        now_d = now.astimezone(LON).date()
        for c in m["children"]:
            if c["name"] not in text:
                err(f, "child %s not in the text" % c["name"])
            if c["_w"]:
                if c["_w"] not in text or parse_dob(c["_w"]) != c["dob"]:
                    err(f, "DOB of %s not written as %s" % (c["name"], c["_w"]))
                dob = date.fromisoformat(c["dob"])
                if not (dob < now_d and age_at(dob, now_d) < 18):
                    err(f, "%s is not a child at now" % c["name"])
        pos = [text.find(c["name"]) for c in m["children"]]
        if pos != sorted(pos):
            err(f, "children not in order of first appearance")
        for n in m["not_children"]:
            if n in [c["name"] for c in m["children"]]:
                err(f, "%s must not be labelled a child" % n)
        for cid in x["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), text + " " + subj):
                err(f, "case id %s not in the text" % cid)
        # invented phone numbers only: Ofcom drama ranges
        for ph in re.findall(r"\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b", text):
            digits = ph.replace(" ", "")
            if not re.fullmatch(r"(0151496|0207946|0117496|01632960|07700900)\d{3,4}", digits):
                err(f, "phone number outside the drama ranges: %s" % ph)
    if len(urgent_with_banned) > MAX_URGENT_WITH_BANNED:
        err("set", "too many urgent mails use an alarm word: %s" % urgent_with_banned)
    if offsets != {"+0100", "+0000"}:
        err("set", "both BST and GMT Date headers expected: %s" % offsets)
    META["_banned"] = urgent_with_banned
    return E


def stats():
    out = []
    c = {}
    for l in LABELS:
        c.setdefault(CATS[l["file"]], []).append(l["file"])
    for k in ("urgent", "near_miss", "ordinary"):
        out.append("%s %d: %s" % (k, len(c.get(k, [])), " ".join(sorted(c.get(k, [])))))
    for key in ("kind", "next_action", "mailbox"):
        t = {}
        for l in LABELS:
            v = l["expect"][key] if key in l["expect"] else l[key]
            t[v] = t.get(v, 0) + 1
        out.append("%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(t.items(), key=lambda kv: -kv[1]))))
    out.append("urgent mails using an alarm word: %s" % META.get("_banned"))
    for f, (wd, pw, bh, dec) in sorted(KNOWSLEY_NOTICE.items()):
        out.append("%s: %d WD (%d plain weekdays), crosses %s, decisive %s" % (f, wd, pw, bh, dec))
    return "\n".join(out)


def build_all():
    FILES.clear(); LABELS.clear(); CATS.clear(); META.clear()
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    return {k: hashlib.sha256(v).hexdigest() for k, v in FILES.items()}

def main():
    first = build_all()
    second = build_all()
    errors = run_checks()
    if first != second:
        errors.append("set: the build is not deterministic")
    if errors:
        print("SELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
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
    print("wrote %d messages, labels.json and categories.json; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
