#!/usr/bin/env python3
"""mixed163: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the autumn term of 2061, in mail machine-translated or written in a second language: Google Translate
output with its typical errors, community link workers and ESOL tutors writing for families, a family member
translating for a parent, interpreters' notes and mixed-language messages, alongside ordinary step-ups and
step-downs written by professionals.

Window: Thursday 1 September - Tuesday 20 December 2061 (2061 has the calendar of 2022: 1 September is a
Thursday; Christmas Day is a Sunday, so the term ends on Tuesday 20 December). Half term: Monday 24 - Friday
28 October (not bank holidays: working days still count). No bank holiday falls inside the window: the Late Summer
bank holiday is Monday 29 August (just before), Boxing Day Monday 26 December and the Christmas Day substitute
Tuesday 27 December (just after; Knowsley notice periods at the end of term cross them). British Summer Time ends
at 01:00 UTC on Sunday 30 October 2061 (the last Sunday of October): Date headers before it carry +0100, after it
+0000.

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
YEAR = 2061
WINDOW = (date(2061, 9, 1), date(2061, 12, 20))
HALF_TERM = (date(2061, 10, 24), date(2061, 10, 28))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2061)."""
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
    """Europe/London wall-clock time: BST (+0100) until 01:00 UTC on Sunday 30 October 2061, GMT (+0000) after."""
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
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", 'attachment; filename="%s"; size=%d' % (filename, len(data))),
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
            b"<< /Producer (mixed163 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2061, 8, 31, 0, 0, 0))
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
def mail(f, top, body, atts=(), html_alt=False, cte="quoted-printable", crlf=True, charset="utf-8"):
    t = text_part(body, cte=cte, charset=charset)
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

def outlook_itip_reply(f, when, frm, organizer, partstat, summary, start, end, location, comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_reply_ics(f, when, frm, partstat, organizer, summary, start, end, location, comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part], bnd(f, 1))
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

def ooo(f, when, frm, to, subject, body, charset="utf-8"):
    top = outlook_top(f, addr(*frm), to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return build(top, text_part(body, charset=charset), True)

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

KDISC = "The information in this e-mail is confidential and may be privileged. It is for the named addressee only. If it has reached you in error, please tell the sender and delete it. Knowsley Council may record and monitor e-mail.\n"
RDISC = "Richmond and Wandsworth Councils' Shared Staffing Arrangement. This message is confidential and meant only for the person it is addressed to. If you are not that person, please let the sender know and delete it.\n"
TDISC = "London Borough of Tower Hamlets: this e-mail and anything attached are confidential. If you received it by mistake, tell the sender and delete it.\n"
BDISC = "Torbay Council. Confidential: this e-mail is for the addressee only and may contain personal information. If you are not the addressee please delete it and let the sender know.\n"
HDISC = "Herefordshire Council. This e-mail and its attachments are confidential and for the addressee only. Views expressed are the sender's own and not necessarily the council's.\n"


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



# ============================================================================ KNOWSLEY
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def sos_form(title, pairs):
    out = ["# " + title]
    for q, a in pairs:
        out += ["## " + q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2061-10-17 09:42:18"
    body = T("""
Morning all,

Step up request attached for the Wiśniewski family, EHM-80412, open to Family First at Level 3 since May.

Oliwia Wiśniewska - DOB 14.03.2049
Antoni Wiśniewski - DOB 02.11.2053

Dad (Marek) has cared for both children on his own since mum went back to Poland in the spring. He works nights at the distribution centre in Kirkby and is drinking most days when he gets in - he told the interpreter at the last TAF that it is "8 or 10 cans, to sleep". The house is cold and dirty, there is often no food in until payday, Antoni has two rotten back teeth that have not been treated since June, and his attendance is down to 81%.

GCP2 completed with Marek through the Polish interpreter on 10 October - attached - level 4 for physical care and for safety. Marek agreed to the step up at the TAF on 5 October (interpreter present) and knows I am sending this.

Lynsey Corrigan (my team manager) discussed the step up with me on Friday and agreed it.

Step up TAF: Wednesday 26th October, 10:00, on Teams. It's half term, but the school DSL and the school nurse have said they will still join. Invite sent to the MASH inbox and MASH business support this morning.

Attached:
- FF Step Up request to CSC - Wisniewski.docx
- TAF minutes 05.10.61 - Wisniewski.pdf
- GCP2 - Wisniewski.pdf

Thanks,
Hollie

Hollie Brennan
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0381

""") + KDISC
    form = sos_form("Family First Step Up request to Children's Social Care", [
        ("Case ID on EHM:", "EHM-80412"),
        ("Children and dates of birth:", "Oliwia Wiśniewska 14.03.2049; Antoni Wiśniewski 02.11.2053"),
        ("Date of step up TAF meeting:", "Wednesday 26/10/2061 at 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 05/10/2061"),
        ("What are we worried about?", "Physical neglect: cold, dirty home, little food, Antoni's untreated dental decay, attendance 81%. Dad's daily drinking after night shifts."),
        ("What is working well?", "Marek is honest about his drinking and wants help. Oliwia and Antoni are close and both say they love their dad."),
        ("What needs to happen?", "CSC assessment; referral to Change Grow Live with a Polish-speaking worker; emergency dental appointment for Antoni."),
        ("Parent's view (Marek wrote this in Polish; Google Translate version as he gave it):",
         "I know that the house is not in order. After the wife go back to Poland I am alone with two children and I work on nights in the warehouse. I drink too much beer, this I understand. I want the help but I am afraid that you take from me the children."),
        ("Graded Care Profile (if neglect, should be completed):", "Completed 10/10/2061 - attached."),
        ("Agreement by line manager:", "Lynsey Corrigan, Team Manager, 14/10/2061 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Wisniewski.docx", form),
            pdf_att("TAF minutes 05.10.61 - Wisniewski.pdf", "Team Around the Family - minutes", [
                "Family: Wisniewski. EHM-80412. Date: 05/10/2061. Venue: Northwood Family Hub.",
                "Present: Hollie Brennan (FF Case Manager, chair), Marek Wisniewski (dad), Agnieszka Zielinska (Polish interpreter), school DSL, school nurse.",
                "1. School: Antoni 81%, late most days; Oliwia 93%.",
                "2. Health: dental referral for Antoni not taken up.",
                "3. Dad spoke openly about drinking after night shifts.",
                "Actions: HB to discuss step up with team manager; GCP2 to be completed with dad and interpreter.",
                "Dad agreed to a step up to Children's Social Care if the plan does not change things."]),
            pdf_att("GCP2 - Wisniewski.pdf", "Graded Care Profile 2 (GCP2) - summary", [
                "Family: Wisniewski. Completed with: Marek Wisniewski, Polish interpreter present. Date: 10/10/2061.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 4. Area 3 Love: 2. Area 4 Esteem: 3.",
                "Practitioner: Hollie Brennan."])]
    top = outlook_top(f, addr("Brennan, Hollie", "Hollie.Brennan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Wiśniewski - EHM-80412 - TAF Weds 26th Oct", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-80412"],
        [ch("Oliwia Wiśniewska", "2049-03-14", "14.03.2049"), ch("Antoni Wiśniewski", "2053-11-02", "02.11.2053")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up (Polish family; dad's Google-translated view pasted into the form): Step Up form "
        ".docx, TAF minutes .pdf, GCP2 .pdf for neglect, EHM id, team manager agreed, consent through the interpreter. "
        "TAF Wed 26 Oct is in HALF TERM, which is not a bank holiday: Mon 17 Oct -> Wed 26 Oct = 7 working days -> "
        "notice ok -> book_meeting. Polish DOBs dd.mm.yyyy.",
        meeting=date(2061, 10, 26), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Marek Wiśniewski", "Hollie Brennan", "Lynsey Corrigan", "Agnieszka Zielinska"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2061-10-04 16:38:05"
    body = T("""
Hi Family First duty,

Level 3 step down for the Munteanu family, ICS-1522870.

Darius Munteanu, DOB 5th July 2052
Maria Munteanu, DOB 19 January 2056

The family have been on a CIN plan since March, after domestic abuse by the children's father, Ionuț Munteanu. Elena got a non-molestation order in April and he moved to Birmingham. The plan has gone well and we are ready to step down.

Joint home visit: Wednesday 12th October at 10:30, 22 Brook Walk, Kirkby, L33 7XT. I have booked a Romanian interpreter.

What are we worried about?
Elena is isolated and her English is limited. Darius's attendance is 88%.

What is working well?
Elena has engaged with every visit and with the IDVA. Maria has started at the nursery on Cherryfield Drive and loves it. Darius is in the school football team.

What needs to happen?
A Family First case manager to lead a TAF; ESOL classes for Elena at the library; the Romanian parents' group at the family hub.

Elena consented to the referral to Family First at my visit on 29/09 (Romanian interpreter by phone).

Elena sent me the message below on WhatsApp at lunchtime - I think it's about contact with dad, I'll go through it with her properly at the visit next week with the interpreter. Pasted as she sent it (she uses Google Translate).

Thanks,
Sarah

Sarah Kettle
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0427

-----
[13:52] Elena: Good day doamna Sarah. I write with the translator from the phone, sorry for the mistakes.
The father of the children came yesterday in the evening at the house. I know that the paper of the court says he has not the right to come but he came. Now he stays here, he sleeps on the sofa and he does not want to leave. He took from me the phone of me and the keys, I write from the phone of Darius when he is in the bath.
He told to Darius that if he speaks at the school he breaks the hand of him like at Easter. Darius did not go at school today, he has the eye blue and closed.
He says that tonight after 8 he takes the children with the car at his brother in Birmingham and I do not see them more. Please do not call me, he hears everything. Write only.
-----

""") + KDISC
    top = outlook_top(f, addr("Kettle, Sarah", "Sarah.Kettle@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Munteanu - ICS-1522870 - joint visit 12/10", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["ICS-1522870"],
        [ch("Darius Munteanu", "2052-07-05", "5th July 2052"), ch("Maria Munteanu", "2056-01-19", "19 January 2056")],
        ["domestic_abuse", "physical_harm", "school_attendance"], True, None, [], True, "alert_duty",
        "Safety rule 1 in a pasted, Google-translated WhatsApp the social worker reads as 'about contact': the father "
        "has breached the non-molestation order and is in the house, has taken mum's phone and keys, Darius (9) has a "
        "swollen closed eye and a threat to break his hand 'like at Easter', and dad plans to take both children to "
        "Birmingham 'tonight after 8' -> urgent. The Level 3 step-down itself is complete (visit date/time/venue, three "
        "headings, consent; Tue 4 Oct -> Wed 12 Oct = 6 WD).",
        meeting=date(2061, 10, 12), not_children=["Elena Munteanu", "Ionuț Munteanu", "Sarah Kettle"],
        how="in a Google-translated WhatsApp from mum pasted under the signature, understated by the social worker "
            "as 'about contact with dad'")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2061-11-09 12:10:44"
    ack = ack_text("step-up", "SB-knowsley-287",
                   ["Case: EHM-80655", "Children: Yaw Asante, Akosua Asante",
                    "Step-up TAF meeting: Wed 16 Nov 2061 10:00 (Microsoft Teams)",
                    "MASH social worker chairing: Aled Pryce"], [])
    body = T("""
Hiya,

Just to let you know the step up TAF for Yaw Asante and Akosua Asante (EHM-80655) has moved to Weds 23rd Nov, 10am, same Teams link - the Twi interpreter can't do the 16th and mum won't manage without her. New invite has gone to the MASH inbox and MASH business support. Nothing else has changed.

Ta
Aoife

Aoife Gilmartin | Family First Case Manager | Knowsley Council | 0151 496 0716

On Thu, 3 Nov 2061 at 14:26, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Aoife Gilmartin", "Aoife.Gilmartin@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-287]", when, KDOM, "Android Mail 19.4",
                    cc=KBS)
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 5,
        "ordinary", "follow_up", False, None, ["EHM-80655"],
        [ch("Yaw Asante"), ch("Akosua Asante")],
        [], None, None, [], None, "attach_to_request",
        "Android '>'-quoted reply to [SB-knowsley-287] moving the step-up TAF a week because the Twi interpreter "
        "cannot do the original date -> follow_up, attach_to_request; no new concerns.",
        not_children=["Aoife Gilmartin", "Aled Pryce"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2061-12-19 10:05:31"
    body = T("""
Good morning,

Please find attached a step up request for the Osman family, EHM-81230, open to Family First at Level 3 since the summer.

Amani Osman, born 2 August 2049
Yousif Osman, born 2054-01-17

The family arrived from Sudan through Chad in 2059 and have had refugee status since last year. Mrs Halima Osman's mental health has declined badly since September: she is in bed most of the day, has stopped going to the GP and has missed the last three appointments with the refugee trauma service. Amani (12) is getting Yousif up, dressed and to school, doing the shopping and interpreting at every appointment, and has missed 14 sessions this term (attendance 86%). The physical care of the children is good - they are clean, fed and warm (see the TAF minutes) - so we have not completed a GCP2.

The interpreter's note from my visit on 12 December is also attached because it explains a lot of mum's history. Please read it with that in mind: what mum describes happened in Darfur in 2058, before they fled. Through the interpreter I asked Amani on her own whether anyone at home hurts her or her brother and she said no; I saw no marks and both children are relaxed with their mum.

Mrs Osman agrees to the step up (through the interpreter). Our team manager, Colette Mawdsley, agreed it in supervision on Friday.

Step up TAF meeting: Wednesday 28th December at 13:30, on Teams - between Christmas and New Year, I know, but it's the first date the Arabic interpreter and the school could both do. Calendar invite sent to the MASH inbox and MASH business support.

Kind regards,
Declan Hesketh
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0852

""") + KDISC
    form = sos_form("FF Step Up request to CSC", [
        ("Case ID on EHM:", "EHM-81230"),
        ("Date of step up TAF meeting:", "28/12/2061 13:30 (Teams)"),
        ("What are we worried about?", "Mum's mental health (untreated trauma, low mood); Amani acting as carer and interpreter and missing school."),
        ("What is working well?", "The children are well cared for physically; the school know the family well."),
        ("What needs to happen?", "CSC assessment; young carers' assessment for Amani; trauma service to re-engage mum with an interpreter."),
        ("Agreement by line manager:", "Colette Mawdsley, 16/12/2061 - agreed."),
    ])
    atts = [docx_att("Step up request form - Osman - EHM-81230.docx", form),
            pdf_att("TAF minutes 01.12.61 Osman.pdf", "TAF meeting minutes - Osman family", [
                "EHM-81230. 01/12/2061, Halewood Family Hub. Arabic interpreter present.",
                "Present: Declan Hesketh (FF), Mrs Osman, school attendance officer, health visitor.",
                "Children clean, appropriately dressed, fed. Home warm and tidy.",
                "Amani missing school to care for her mum and brother. Mum in bed most days.",
                "Action: DH to discuss step up with team manager if no change by mid-December."]),
            pdf_att("Interpreter note - Osman - 12.12.61.pdf", "Interpreter's note of home visit (Arabic)", [
                "Interpreter: Hanan Idris. Visit: 12/12/2061, with Declan Hesketh.",
                "Mrs Osman asked me to explain why she cannot get up in the morning. She said, in 2058 in Darfur,",
                "militia came to their house at night. Her husband was taken and beaten in front of her and she has",
                "not heard from him since. Her brother was shot. She walked with the children to Chad.",
                "She says she sees it again every night and she is tired all the time.",
                "The worker asked Amani alone whether anyone at home hurts her. Amani said no, nobody.",
                "Note: I have translated as closely as I can. Some words about the night are hard to put in English."])]
    top = outlook_top(f, addr("Hesketh, Declan", "Declan.Hesketh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Osman - EHM-81230 - TAF 28/12", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-81230"],
        [ch("Amani Osman", "2049-08-02", "2 August 2049"), ch("Yousif Osman", "2054-01-17", "2054-01-17")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], True, "book_meeting",
        "Near miss: the attached interpreter's note tells of a husband taken and beaten and a brother shot - in Darfur "
        "in 2058, before the family fled - and Amani, asked alone, says nobody at home hurts her (negated). Complete "
        "step-up (form, TAF minutes, EHM id, manager agreed; no neglect, so no GCP2). TAF Wed 28 Dec ACROSS CHRISTMAS: "
        "Mon 19 Dec -> 7 plain weekdays but Boxing Day (26th) and the Christmas Day substitute (27th) are bank "
        "holidays -> exactly 5 working days -> ok -> book_meeting.",
        meeting=date(2061, 12, 28), docs={"step_up_form", "taf_minutes"},
        not_children=["Halima Osman", "Declan Hesketh", "Colette Mawdsley", "Hanan Idris"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2061-12-20 11:26:50"
    body = T("""
Dear colleagues,

I am writing to inform about step down of family Bondarenko to Level 2. Case number ICS-1530914.

Children:
Sofiia Bondarenko, date of birth 07.09.2048
Matvii Bondarenko, date of birth 30.04.2051

Final CIN meeting will be on Wednesday 28 December 2061 at 10:00, in Halewood Family Hub, Meadow Room (Baileys Lane). Mother Olena and the lead practitioner have confirmed they can come.

Lead practitioner: Ms Iryna Savchuk, Family Liaison Officer at St Aidan's Catholic Primary School, she agreed to take the Lead Practitioner role and to start the Early Help Assessment. She speaks Ukrainian with mother, this is very helpful.

What are we worried about?
Olena has anxiety since they came from Ukraine and sometimes she cannot leave the flat for some days. Matvii was late for school many times in autumn because of this.

What is working well?
Olena takes her medication and goes to the GP. Sofiia is doing very well in Year 8 and has good friends. The flat is warm and the children are well looked after.

What needs to happen?
Ms Savchuk to lead a TAF with school and GP; walking bus for Matvii; Olena to start the Talking Therapies course in Ukrainian in January.

Olena has agreed with the step down.

Sorry for the late notice because of Christmas.

Best regards,
Oksana Lytvyn
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0568

""") + KDISC
    top = plain_top(f, addr("Lytvyn, Oksana", "Oksana.Lytvyn@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down Level 2 - Bondarenko - ICS-1530914", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 2, ["ICS-1530914"],
        [ch("Sofiia Bondarenko", "2048-09-07", "07.09.2048"), ch("Matvii Bondarenko", "2051-04-30", "30.04.2051")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Level 2 step-down written in a Ukrainian-born social worker's second-language English; complete (final CIN "
        "date/time/venue, lead practitioner with her agency, all three headings). NOTICE ACROSS CHRISTMAS IS SHORT: "
        "Tue 20 Dec -> Wed 28 Dec is 6 plain weekdays but 26 and 27 Dec are bank holidays -> 4 working days < 5 -> not "
        "ok -> request_info.",
        meeting=date(2061, 12, 28), not_children=["Olena Bondarenko", "Iryna Savchuk", "Oksana Lytvyn"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2061-11-24 17:52:12"
    body = T("""
LinguaBridge Interpreting - Job completion report

Job reference:      JB-448120
Language:           Kurdish (Sorani)
Interpreter:        Shilan Ahmadi (ID 2217)
Client:             Knowsley Council - Family First 0-18
Booked by:          Paula Kinsella
Client reference:   EHM-81007
Assignment:         Home visit, 24/11/2061, 15:30 - 16:45
Duration charged:   1 hr 15 min + travel
Status:             Completed

Interpreter's comments (sent to the client contact exactly as entered):
At end of visit the worker Paula was gone to her car. The boy Aram Rostami (9 years) stop me on the stairs and tell me in Sorani, he say: "Tonight when Baba come from work at 9 he will beat me with the belt again because the teacher send the letter home. Last week he make me sleep in the shed in the garden all the night for punishment." He lift his t-shirt and show me his back, there is red lines, some are new. His sister Lana Rostami (6) was there also and she was crying. He ask me please not tell his father. I tell him I must tell. I ring Paula two times, no answer, so I write it here. Mother was in the kitchen, she did not hear.

Client contact for this booking: knowsleymash@knowsley.gov.uk

This message was generated by the LinguaBridge booking system. Please do not reply to this email; contact bookings on 0151 496 0990.
""")
    top = plain_top(f, addr("LinguaBridge Bookings", "no-reply@linguabridge-bookings.example"), KMASH,
                    "Job completion report JB-448120 - Kurdish (Sorani) - Knowsley Family First", when,
                    "linguabridge-bookings.example", "LB Booking System 4.2")
    add(f, mail(f, top, body, cte="base64", crlf=False), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, ["EHM-81007"],
        [ch("Aram Rostami"), ch("Lana Rostami")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a mail that looks automatic (a booking system's job completion report, base64, 'please do "
        "not reply', but no Auto-Submitted header): the interpreter's free-text comment gives a 9-year-old's words "
        "that his father will beat him with the belt again tonight at 9, fresh red lines seen on his back, a night in "
        "the shed last week; the worker could not be reached -> urgent, other (not a request); case id from 'Client "
        "reference'.",
        not_children=["Shilan Ahmadi", "Paula Kinsella"],
        how="in the interpreter's free-text comment inside an automatic-looking job completion report, in her "
            "second-language English, after 17:30")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2061-12-01 07:00:00"
    text = T("""
MERSEYSIDE COMMUNITY INTERPRETING NETWORK - PRACTICE UPDATE, DECEMBER 2061

1. "Google Translate is not an interpreter"
Mistranslations our members saw this term in messages families had sent to professionals (all shared with permission, details changed):
- "The child is burning since yesterday" - the parent meant the child had a high temperature.
- "He hit the exam" - he passed the exam.
- "She is in danger of the school" - she was at risk of a fixed-term exclusion.
- "They took my son in the night" - the police brought a teenager home after a party.
When a message like this reaches you, check it with a qualified interpreter before acting on the words alone - but if a child may be at immediate risk, act first and check later.

2. Safeguarding refresher for interpreters (training scenarios - fictional)
a) After a home visit, a 10-year-old asks you in her language not to tell her mum's boyfriend that she spoke to you. What do you do?
b) A father asks you to "soften" what the social worker says about the children's bruises.
c) During a phone call you hear a baby crying and an adult shouting in the background.
Remember: you are not the safeguarding lead. Tell the professional who booked you the same day; if you think a child is in danger now, call 999.

3. Dates
Refresher session: Tuesday 17 January, Liverpool Central Library, 10:00-12:00.

You receive this update because your organisation subscribes to the MCIN practice list.
Unsubscribe: https://lists.mcin-interpreting.example/unsubscribe
""")
    top = [("From", "MCIN Practice Update <practice@lists.mcin-interpreting.example>"), ("To", KMASH),
           ("Subject", hdr("MCIN Practice Update - December 2061")),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.mcin-interpreting.example")),
           ("List-Id", "MCIN practice update <practice.lists.mcin-interpreting.example>"),
           ("List-Unsubscribe", "<https://lists.mcin-interpreting.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an interpreting network's practice bulletin (List-Id, List-Unsubscribe) listing mistranslations "
        "('the child is burning', 'in danger of the school') and fictional training scenarios (bruises, a baby crying, "
        "'call 999') - examples, no real child -> other, human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2061-09-12 08:31:09"
    body = T("""
Thank you for your email. I am on annual leave and will be back on Monday 19 September. For Level 3 step downs please write to the Family First duty mailbox, where a colleague will pick up your email.

Dziękuję za wiadomość. Jestem na urlopie do poniedziałku 19 września. W sprawach pilnych proszę pisać na adres skrzynki dyżurnej Family First.

Magdalena Kowal
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
""")
    data = ooo(f, when, ("Magdalena Kowal", "Magdalena.Kowal@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
               "Step down L3 - Byrne family - joint visit", body, charset="iso-8859-2")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office in English and Polish (iso-8859-2, quoted-printable; Auto-Submitted: auto-replied) "
        "from a Family First case manager -> auto_reply, ignore.",
        not_children=["Magdalena Kowal"])


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2061-09-06 11:20:37"
    body = T("""
Dear MASH colleagues,

After a reflective discussion with Beatriz Lopes (Early Help Practitioner) on Friday, I have agreed that the Pereira family should be stepped up to Children's Services. Mosaic ID 3452198.

Gabriel Pereira - DOB 11 Feb 2050
Alice Pereira - DOB 3 June 2057

The latest case summary is attached.

Rationale for step up
Juliana Pereira moved from Brazil with the children in 2058 and speaks Portuguese only; Beatriz has been their lead practitioner because she speaks Portuguese too. Over the summer holidays things slipped a long way. Juliana's depression has returned and she has stopped her medication; at Beatriz's last three visits the flat in Earlsfield was dirty, there was almost no food and Alice (4) was still in night nappies that had not been changed. Gabriel (11) has been doing most of the care for his sister and did not start back at school on 1 September. The Early Help plan has not moved things on for three months and we think a statutory assessment is now needed. There are no concerns about deliberate harm and Juliana is warm with the children.

Juliana agreed to the step up when Beatriz spoke to her in Portuguese on Friday.

Beatriz and I will both attend the case discussion.

Kind regards,
Niamh Costello
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0613

""") + RDISC
    atts = [docx_att("Case summary - Pereira - 3452198.docx", [
        "# Case summary", "Family: Pereira. Mosaic ID 3452198.",
        "Household: Juliana Pereira (mother, Portuguese speaker); Gabriel Pereira (11); Alice Pereira (4).",
        "Early Help since 06/06/2061. Lead practitioner: Beatriz Lopes (Portuguese speaking).",
        "Summer 2061: mother's depression returned, medication stopped; home conditions poor; Gabriel caring for Alice.",
        "September 2061: Gabriel not back at school."])]
    top = outlook_top(f, addr("Costello, Niamh", "Niamh.Costello@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Pereira family - Mosaic 3452198", when, cc=addr("Lopes, Beatriz", "Beatriz.Lopes@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3452198"],
        [ch("Gabriel Pereira", "2050-02-11", "11 Feb 2050"), ch("Alice Pereira", "2057-06-03", "3 June 2057")],
        ["neglect", "parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (she agreed it): case summary .docx "
        "attached, rationale under its own heading, consent given in Portuguese; 'Mosaic ID 3452198' -> '3452198' -> "
        "book_meeting (MASH business support invites within 1 WD).",
        docs={"case_summary", "rationale"}, not_children=["Juliana Pereira", "Beatriz Lopes", "Niamh Costello"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2061-09-13 21:12:26"
    text = T("""
hello

this is Daniela Restrepo, Lucía Gómez's daughter (the family in Battersea that Miss Katie helps with the food vouchers). my mum asked me to write for her because her english is not so good. she says muchas gracias for the vouchers and the school uniform

she also says can you tell Miss Katie she can't do the visit on thursday because Wilson (mums boyfriend) says nobody comes to the house anymore. he took her phone

mum told me not to write the next part but im writing it anyway. on sunday Wilson threw my brother Mateo Restrepo against the wardrobe because he was crying. Mateo is 4. his arm is really swollen and purple and he screams when you touch it and he cant hold his spoon, i have to feed him. Wilson wont let mum take him to the doctor, he says if she goes to the hospital he will call immigration and they will send us back to Colombia. he is home all day now because he lost his job so Mateo is with him all day tomorrow when im at school and mum is at work

por favor dont tell Wilson i wrote this. mums phone is with him so write to me here

Daniela (15)
""")
    top = [("From", addr("Daniela Restrepo", "dani.restrepo.0604@gmail.example")), ("To", addr(None, RED)),
           ("Subject", hdr("from Lucía Gómez (mum) - the visit thursday")),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.example"))]
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Daniela Restrepo"), ch("Mateo Restrepo")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 told by a 15-year-old writing for her Spanish-speaking mother, mixing English and Spanish: "
        "mum's boyfriend threw Mateo (4) against a wardrobe on Sunday, the arm is swollen, purple and unusable, he "
        "stops mum seeking treatment with threats about immigration, and Mateo is alone with him all day tomorrow -> "
        "urgent, other (a message, not a request). Both named children listed; the writer is a child too.",
        not_children=["Lucía Gómez"],
        how="a teenager writing for her mother, 'mum told me not to write the next part', no punctuation, Spanish "
            "words, at 21:12")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2061-09-22 14:35:03"
    body = T("""
Dear Early Help Duty,

Further to my call with the Early Help duty team manager this morning, I confirm the step down case discussion for the Freitas family on Monday 26 September at 11:00 (Teams). The latest case summary and the draft Early Help plan are attached.

Tiago Freitas - 23/05/2051 - Mosaic 3440761
Leonor Freitas - 09/12/2055 - Mosaic 3440762

The CIN plan (mum's isolation after the family's move from Madeira, Tiago's attendance) has done its work and the family no longer need a social worker. Mrs Freitas consented to Early Help at the CIN review on 20 September, with the Portuguese interpreter. My team manager, Rosa Delgado, has agreed the step down.

Parent's views - Mrs Freitas wrote these in Portuguese and ran them through Google Translate herself; I have left them as they are and added notes in square brackets, because some of it reads badly in English:

"I want to thank the social worker. This year was very heavy. In June I wanted to kill the school because of so many letters [an expression - she meant she was fed up with the letters from school]. Tiago is burning since Sunday, I gave him the syrup and the cold cloths [she means a high temperature - the GP saw Tiago on Monday, it was a throat infection and he is back at school]. The little one fell from the bed and has a ball on the head, but the nurse looked and said it is nothing [Leonor bumped her head on 15/09 and was seen by the practice nurse the same day; no concerns]. Now I have friends in the church and the English class, I am not alone."

Many thanks,
Adaeze Nwosu
Social Worker | Children in Need (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0528

""") + RDISC
    atts = [pdf_att("Case summary - Freitas - Sept 2061.pdf", "Case summary - Freitas", [
                "Mosaic 3440761 (Tiago), 3440762 (Leonor).",
                "CIN plan since 02/2061: mother's isolation and low mood; Tiago's attendance (now 94%).",
                "All CIN actions complete. No child protection concerns. Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Freitas.docx", [
                "# Draft Early Help plan - Freitas family",
                "Outcome 1: Tiago's attendance stays above 95%.",
                "Outcome 2: Mrs Freitas continues ESOL and the church parents' group.",
                "Outcome 3: Leonor takes up her funded nursery place in January."])]
    top = outlook_top(f, addr("Nwosu, Adaeze", "Adaeze.Nwosu@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Freitas - case discussion Mon 26/09 11:00", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3440761", "3440762"],
        [ch("Tiago Freitas", "2051-05-23", "23/05/2051"), ch("Leonor Freitas", "2055-12-09", "09/12/2055")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: a mother's Google-translated views say she 'wanted to kill the school', Tiago 'is burning' and "
        "the little one 'fell from the bed' - each explained in the social worker's notes (an idiom, a temperature seen "
        "by the GP, a bump checked by the nurse). Complete step-down (case summary, draft plan, consent; discussion "
        "agreed within 5 days) -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Adaeze Nwosu", "Rosa Delgado"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2061-11-04 08:05:40"
    comment = ("I join maybe 15 minutes late, I have other booking until 10:15. "
               "Also I must write this here, I am sorry. Yesterday at the home visit, when the Early Help worker "
               "went to the car, the girl Rania Haddad (11 years) asked me in Arabic to tell someone. She said her "
               "father told her that today after school she goes to sleep at her uncle house in Hounslow 'for some "
               "weeks', and this uncle is the one who comes in her bed at night and touches her under her clothes. "
               "She was crying and shaking. The mother was in the kitchen, she heard, she said nothing. I phoned the "
               "worker two times last night, no answer. I did not know where else to write. Rima Khoury, Arabic "
               "interpreter, 07700 900 643")
    data = outlook_itip_reply(f, when, ("Rima Khoury", "rima.khoury@cedar-interpreting.example"),
                              ("MASH Step Up", RSU), "TENTATIVE",
                              "Step-up case discussion - Haddad family - Mosaic 3461127 [SB-richmond_wandsworth-140]",
                              "20611108T100000", "20611108T110000", "Microsoft Teams Meeting", comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["3461127"],
        [ch("Rania Haddad")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in the COMMENT of an Outlook iTIP REPLY (TENTATIVE) from an interpreter: an 11-year-old said "
        "in Arabic that after school today she is sent to sleep at the uncle's who gets into her bed and touches her "
        "under her clothes; mother heard and said nothing -> urgent; kind stays meeting_reply; 'Mosaic 3461127' from "
        "the SUMMARY.",
        not_children=["Rima Khoury"],
        how="in the free-text COMMENT of a TENTATIVE calendar reply, in an interpreter's second-language English")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2061-11-16 10:48:19"
    fwd = quote("Okafor, Chidinma <c.okafor@battersea-adultcollege.example>", "16 November 2061 09:41",
                "Lopes, Beatriz <Beatriz.Lopes@richmondandwandsworth.gov.uk>", "Mrs Kabongo - this morning", T("""
Dear Beatriz,

Mrs Kabongo (Merveille) came to my Entry 1 class this morning with Junior because his nursery is shut today for training. At break I noticed Junior holding his left hand against his chest. There is a burn across the back of it, shiny and weeping, the shape of the flat of an iron.

I asked Merveille in simple English and in my bad French. She said: "Papa Divine make iron on hand because Junior touch his telephone. Sunday." Then: "No doctor. He say no doctor." Papa Divine is her partner, the baby's father.

I asked where the baby is. She said Divine is at home with him now - he is not working today - and she must be back by 12 or "problème". She did not want to go but she was looking at the clock the whole time.

I have asked her to stay after class with Junior and she has agreed to wait in the library until 12. My mobile is 07700 900 468.

Best wishes,
Chidinma Okafor
ESOL Tutor, Battersea Adult College
"""))
    body = T("""
Dear MASH,

Step up request for the Kabongo family, Mosaic ID 3458830, from the Early Help team. I have agreed it after supervision with Beatriz Lopes (Early Help Practitioner) on Monday.

Junior Kabongo, DOB 03/03/2057
Divine Kabongo, DOB 14/02/2061

The case summary is attached.

Rationale for step up
Merveille Kabongo came from the DRC in 2059 and speaks Lingala and some French. Since Divine was born the home has become very poor: missed health visitor and GP appointments (Divine has had none of his immunisations), the flat is cold and damp, Junior has head lice and a chest infection that has gone on for weeks, and Merveille's low mood has not lifted. She has told Beatriz that her partner controls the money. The Early Help plan has not changed any of this since June and we believe a statutory assessment is needed. This is a planned step up.

Merveille agreed to the step up at Beatriz's visit on 11 November, with a Lingala interpreter.

Regards,
Marcus Ellery
Early Help Team Manager (Battersea) | Richmond and Wandsworth Councils
020 7946 0735

FYI - forwarded below from Ms Okafor, Merveille's ESOL tutor, who emailed Beatriz this morning.
""") + fwd + "\n" + RDISC
    atts = [docx_att("Case summary - Kabongo - 3458830.docx", [
        "# Case summary", "Family: Kabongo. Mosaic ID 3458830.",
        "Mother: Merveille Kabongo (Lingala, some French). Partner: father of Divine, lives at the address.",
        "Children: Junior Kabongo (4), Divine Kabongo (9 months).",
        "Early Help since 14/06/2061: home conditions, missed health appointments, mother's low mood."])]
    top = outlook_top(f, addr("Ellery, Marcus", "Marcus.Ellery@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kabongo - Mosaic 3458830", when, cc=addr("Lopes, Beatriz", "Beatriz.Lopes@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3458830"],
        [ch("Junior Kabongo", "2057-03-03", "03/03/2057"), ch("Divine Kabongo", "2061-02-14", "14/02/2061")],
        ["domestic_abuse", "neglect", "parental_mental_health", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in an Outlook forward under a planned step-up: an ESOL tutor saw a weeping iron-shaped burn on "
        "a 4-year-old's hand and the mother says, in broken English and French, her partner did it and forbade a "
        "doctor; he is alone with the 9-month-old now and she must be back by 12 -> urgent. The step-up itself is "
        "complete (case summary, rationale, consent, the team manager's own agreement); partner controls the money -> "
        "domestic_abuse.",
        docs={"case_summary", "rationale"},
        not_children=["Merveille Kabongo", "Beatriz Lopes", "Chidinma Okafor", "Marcus Ellery"],
        how="in an ESOL tutor's forwarded email under a routine step-up, quoting the mother's broken English and French")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2061-11-07 13:15:48"
    inner = T("""
---------- Forwarded message ---------
From: Hafsa Qureshi <h.qureshi@roehampton-community.example>
Date: Fri, 4 Nov 2061 at 16:02
Subject: Entry 2 unit 6 - texts for Monday
To: Siobhan Ward <s.ward@roehampton-community.example>

Hi Siobhan, these are the reading texts for Unit 6 "Keeping children safe". Can you photocopy 14?

Reading 1. Read the sentences. Match them to the pictures.
a) If a child is in danger, phone 999.
b) Your neighbour's baby cries every night. You are worried. Who can you talk to?
c) A man at the school gate gives the children sweets. The mother tells the teacher.
d) The little boy is home alone. He is only five.
Speaking: In your country, who helps families? Who helps families in the UK?

Thanks, Hafsa
""")
    text = T("""
Dear Early Help team,

I teach ESOL (English for Speakers of Other Languages) at Roehampton Community Centre. My Entry 2 class is doing a unit called “Keeping children safe” this month – the teaching texts are below so you can see the level. The sentences are only examples from the course book, they are not about anyone in the class.

Two questions:
1. Could someone from Early Help come and talk to the class for 20 minutes on Monday 21 or Monday 28 November (10:00-12:00)? Several learners are frightened that asking for help means "social services take the children". It would help a lot to hear what Early Help really does.
2. Do you have the family support leaflet in Dari, Pashto, Tigrinya and Arabic?

Many thanks,
Siobhan Ward
ESOL Tutor, Roehampton Community Centre
020 7946 0914

""") + inner
    top = [("From", addr("Siobhan Ward", "s.ward@roehampton-community.example")), ("To", addr("Early Help Duty", RED)),
           ("Subject", hdr("ESOL class - visit from Early Help? + leaflets in other languages")),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "roehampton-community.example")),
           ("X-Mailer", "Microsoft Outlook 16.0")]
    add(f, mail(f, top, text, charset="windows-1252"), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an ESOL tutor asks for a class visit and translated leaflets, forwarding course-book sentences "
        "('If a child is in danger, phone 999', 'The little boy is home alone. He is only five') that are teaching "
        "examples about nobody -> other, human_review. windows-1252 quoted-printable.",
        not_children=["Siobhan Ward", "Hafsa Qureshi"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2061-12-01 15:02:33"
    ack = ack_text("step-down", "SB-richmond_wandsworth-152",
                   ["Family: Sivakumar", "Children: Kavin Sivakumar, Nila Sivakumar", "Mosaic 3447015",
                    "Step-down case discussion: Fri 2 Dec 2061 14:00 (as agreed with the Early Help duty team manager)"],
                   ["consent (the family's consent to Early Help)"])
    body = T("""
Hi,

Mr Sivakumar has now consented to Early Help - he signed the consent form this morning at the home visit, with the Tamil interpreter reading it through with him. The signed form (Tamil and English) is attached. See you at the case discussion tomorrow.

Thanks,
Gemma

Gemma Rowlands
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth Councils
020 7946 0277
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "28 November 2061 10:14",
             "Rowlands, Gemma <Gemma.Rowlands@richmondandwandsworth.gov.uk>",
             "Step-down request received [SB-richmond_wandsworth-152]", ack) + "\n" + RDISC
    atts = [pdf_att("Early Help consent - Sivakumar - signed 01.12.61.pdf", "Early Help consent form", [
        "Family: Sivakumar. Mosaic 3447015.",
        "I agree to my family receiving support from Early Help and to information being shared with the team",
        "around the family. (Read to the parent in Tamil by the interpreter.)",
        "Signed: R. Sivakumar (father). Date: 01/12/2061. Interpreter: S. Ganesan."])]
    top = outlook_top(f, addr("Rowlands, Gemma", "Gemma.Rowlands@" + RDOM), addr("Early Help Duty", RED),
                      "RE: Step-down request received [SB-richmond_wandsworth-152]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["3447015"],
        [ch("Kavin Sivakumar"), ch("Nila Sivakumar")],
        [], True, None, [], None, "attach_to_request",
        "Outlook reply to [SB-richmond_wandsworth-152] sending the signed Tamil/English consent form the "
        "acknowledgement asked for -> follow_up, consent now stated as given, attach_to_request. Children from the "
        "quoted acknowledgement.",
        docs=set(), not_children=["Gemma Rowlands"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2061-12-10 19:40:57"
    text = T("""
Good evening.

My name is Rodrigo Almeida, I live in Tooting since August with my wife and my son. I want to make the inscription of my son Enzo Almeida (born 15/08/2054) in the school near of my house, Fircroft school. The secretary of the school said that I must to make it in the council and not in the school. I tried the site of the council but it is only in English and I did not understand where to click.

Is this the correct email? If not, please can you send me the correct email for the school places.

Thank you very much and a hug,
Rodrigo Almeida
07700 900 859

Traduzido pelo Google Tradutor
Enviado do meu iPhone
""")
    top = plain_top(f, addr("Rodrigo Almeida", "rodrigo.almeida87@icloud.example"), addr(None, RSU),
                    "Inscription of my son in the school", when, "icloud.example", "iPhone Mail (22B91)")
    add(f, apple_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 6,
        "ordinary", "other", False, None, [],
        [ch("Enzo Almeida", "2054-08-15", "15/08/2054")],
        [], None, None, [], None, "human_review",
        "Wrong inbox: a Brazilian father's Google-translated iPhone mail (format=flowed) asking how to apply for a "
        "school place, sent to the MASH step-up inbox -> other, human_review; no concern.",
        not_children=["Rodrigo Almeida"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2061-09-05 10:30:22"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step the Miah family up from Early Help to Children's Social Care (Mosaic 4478206).

Ayaan Miah - 19/07/2052
Inaya Miah - 2 March 2055

Ayaan is autistic with an EHCP and has had no school place since his special school placement broke down in May; the borough has not yet named a new school and he has now missed the start of a second term. Mum (Rumana Begum) speaks Sylheti only and her depression has got much worse over the summer - she told me through the interpreter that some days she "cannot lift her head". Ayaan has meltdowns every day at home, Inaya (6) is often kept off school to help, and dad works away in Birmingham during the week. The TAF plan has not been able to change this.

Mum consented to the MAST referral at my visit on 1 September (Sylheti interpreter present). My team manager, Delwar Hossain, has read the request and agreed the step up - he is copied in.

Kind regards,
Sumaiya Chowdhury
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0381

""") + TDISC
    atts = [marf("MARF - Miah family - Mosaic 4478206.pdf", "Miah", [
        "Mosaic 4478206. Referrer: Sumaiya Chowdhury, Early Help Practitioner.",
        "Children: Ayaan Miah 19/07/2052 (autism, EHCP); Inaya Miah 02/03/2055.",
        "Reason for request: Ayaan without a school place since May 2061; mother's depression; Inaya kept off school.",
        "Parental consent: given 01/09/2061 (Sylheti interpreter). Manager agreement: Delwar Hossain, 02/09/2061."])]
    top = outlook_top(f, addr("Chowdhury, Sumaiya", "Sumaiya.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - Miah family (Mosaic 4478206)", when, cc=addr("Hossain, Delwar", "Delwar.Hossain@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["4478206"],
        [ch("Ayaan Miah", "2052-07-19", "19/07/2052"), ch("Inaya Miah", "2055-03-02", "2 March 2055")],
        ["disability_send", "parental_mental_health", "school_attendance", "young_carer"], True, True, [], None,
        "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF .pdf attached, manager agreement stated and the manager copied, "
        "consent through a Sylheti interpreter -> book_meeting.",
        docs={"request_for_support"}, not_children=["Rumana Begum", "Sumaiya Chowdhury", "Delwar Hossain"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2061-11-19 10:20:14"
    text = T("""
Assalamu alaikum / Dear MAST team,

I am Fahmida Akter, community link worker at Shapla Women's Centre, Poplar. Sorry for my english. Mrs Jesmin Ara (mother) call me this morning crying, she does not speak english so I write for her. I am with her in her flat now.

Her daughter Tahmina Khatun, 13 year old, did not come home from yesterday (Friday) after school. Her phone is off from 9 o'clock last night. Mother say for last 2 month Tahmina have new phone, new trainers and new jacket, mother never buy these. Tahmina's friend tell mother she see Tahmina many times getting in a black car with 2 older men near Chrisp Street, and they give her vape and food.

At 11.40 last night one of the men send message to mother phone in Bangla:
"তোমার মেয়ে আমাদের কাছে আছে। পুলিশকে বললে আর কোনোদিন দেখবে না।"
I translate: "Your daughter is with us. If you tell the police you will never see her again."

Father is in Bangladesh. Mother did not call police because of this message, she is shaking and not eating. She give me permission to write to you. Please tell me what we should do now. My number 07700 900 512.

Fahmida Akter
Community Link Worker, Shapla Women's Centre
""")
    top = [("From", addr("Fahmida Akter", "fahmida.akter.shapla@gmail.example")), ("To", addr("MAST", TMAST)),
           ("Subject", hdr("Tahmina Khatun - not come home")),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.example"))]
    add(f, gmail_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Tahmina Khatun")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday, from a community link worker writing for a mother who speaks no English: a "
        "13-year-old missing since Friday, phone off, gifts and a car with older men, and a message in Bengali script "
        "(translated by the link worker) that the men have her and the mother must not call the police -> urgent, "
        "other.",
        not_children=["Fahmida Akter", "Jesmin Ara"],
        how="a community link worker's second-language English with a Bengali-script message and her own translation, "
            "on a Saturday morning")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2061-09-28 15:10:39"
    body = T("""
Dear Early Help Hub,

I am stepping the Rahman children down from Child in Need to a TAF plan. The Child and Family Assessment concluded on 23/09/2061; the assessment and the draft TAF plan are attached.

Nabil Rahman - DOB 2049-04-30 - Mosaic 4460318
Sumaya Rahman - DOB 2053-10-08 - Mosaic 4460319

Lead practitioner: Ms Roksana Ali, Family Support Worker at Mulberry Park Primary School, has agreed to be the lead practitioner. She speaks Sylheti with mum.

Consent: Ms Shirin Akhter (mother) consented to the step down through the Sylheti interpreter at the final CIN review on 23 September.

I will arrange and chair the TAF meeting on Wednesday 5 October at 10:00 at Mulberry Park Primary, and the minutes will be on Mosaic within the 10 working days.

A note on the assessment, because the interpreter's words in section 4 could read alarmingly out of context: Ms Akhter said, "In Bangladesh my husband beat me and the children with a cane. That is why I came here in 2057 with my brother's help." Her husband died in Sylhet in 2059; she has no contact with his family. The children were seen alone and both said nobody at home hurts them; there are no current child protection concerns. What remains is mum's anxiety, the overcrowding (two rooms for three people) and help with Nabil's secondary transfer - Early Help needs.

Regards,
Joseph Adeyemi
Social Worker | Children in Need Team | Tower Hamlets Council
020 7946 0657

""") + TDISC
    atts = [pdf_att("C&F Assessment - Rahman - concluded 23.09.61.pdf", "Child and Family Assessment - Rahman", [
                "Mosaic 4460318, 4460319. Concluded 23/09/2061. Social worker: Joseph Adeyemi.",
                "Section 4 (history, through interpreter): mother describes abuse by her husband in Bangladesh before",
                "2057. Husband deceased 2059. No contact with paternal family.",
                "Children seen alone: no worries about home. Outcome: step down to Early Help (TAF)."]),
            docx_att("Draft TAF plan - Rahman.docx", [
                "# Draft TAF plan - Rahman family", "Lead practitioner: Roksana Ali (Mulberry Park Primary).",
                "1. Mum: referral to the Bengali-speaking wellbeing group.", "2. Housing: overcrowding review.",
                "3. Nabil: secondary transfer support."])]
    top = outlook_top(f, addr("Adeyemi, Joseph", "Joseph.Adeyemi@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Rahman children", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["4460318", "4460319"],
        [ch("Nabil Rahman", "2049-04-30", "2049-04-30"), ch("Sumaya Rahman", "2053-10-08", "2053-10-08")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: an interpreter's rendering 'my husband beat me and the children with a cane' is HISTORIC (in "
        "Bangladesh before 2057; the husband died in 2059), and the children seen alone say nobody hurts them. Complete "
        "Tower Hamlets step-down (assessment, draft TAF plan, consent, named lead practitioner with agency) -> "
        "book_meeting. ISO DOBs.",
        docs={"assessment", "draft_plan"}, not_children=["Roksana Ali", "Shirin Akhter", "Joseph Adeyemi"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2061-10-13 13:05:27"
    ack = ack_text("step-up", "SB-tower_hamlets-203",
                   ["Family: Abdi", "Mosaic 4481930"],
                   ["request_for_support (the Multi-Agency Request for Support form)"])
    body = T("""
Hi MAST,

MARF attached as promised for the Abdi family.

Thanks
Anwar

Anwar Sadiq
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0794

> -----Original Message-----
> From: MAST <MAST@towerhamlets.gov.uk>
> Sent: 11 October 2061 09:30
> Subject: Step-up request received [SB-tower_hamlets-203]
>
""") + quoted(ack)
    form = [
        "# Multi-Agency Request for Support (MARF)",
        "Family: Abdi. Mosaic 4481930.",
        "Children: Hodan Abdi, DOB 21/06/2053. Khadar Abdi, DOB 05/01/2057.",
        "Parents: Mr Abdullahi Abdi, Mrs Sagal Farah (Somali speakers; interpreter needed).",
        "## Reason for request",
        "Persistent neglect: Hodan comes to school unwashed, in urine-soaked clothes most days; Khadar often "
        "arrives at nursery hungry. Mum has low mood and rarely leaves the flat. Early Help plan since March without change.",
        "## Manager agreement",
        "Team manager Rukaiya Begum agreed the step up on 10/10/2061.",
        "## Update added 13/10/2061",
        "At 11:40 today Hodan told the bilingual teaching assistant, Mrs Sahra Warsame, in Somali: 'Aabo ayaa "
        "qaaddo kulul gacanta iga saaray saaka sababtoo ah sariirta ayaan ku kaadiyay. Wuxuu yiri markaan guriga "
        "imaado gacanta kale ayuu samayn doonaa.' Mrs Warsame's translation: 'Dad put a hot spoon on my arm this "
        "morning because I wet the bed. He said when I come home he will do the other arm.'",
        "Mrs Warsame saw a fresh round blistered mark, about 2cm, on the inside of Hodan's right forearm.",
        "Hodan is in class until 15:15. Her father collects her from school.",
    ]
    atts = [docx_att("MARF - Abdi - 4481930.docx", form)]
    top = outlook_top(f, addr("Sadiq, Anwar", "Anwar.Sadiq@" + TDOM), addr("MAST", TMAST),
                      "RE: Step-up request received [SB-tower_hamlets-203]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["4481930"],
        [ch("Hodan Abdi", "2053-06-21", "21/06/2053"), ch("Khadar Abdi", "2057-01-05", "05/01/2057")],
        ["neglect", "parental_mental_health", "physical_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 ONLY IN THE ATTACHED MARF, under a one-line 'as promised' follow-up to [SB-tower_hamlets-203]: "
        "an update added today gives an 8-year-old's words in Somali (with the teaching assistant's translation) that "
        "dad burned her arm with a hot spoon this morning and will do the other arm when she gets home; fresh blistered "
        "mark seen; father collects at 15:15 -> urgent follow_up.",
        docs={"request_for_support"}, not_children=["Anwar Sadiq", "Sahra Warsame", "Abdullahi Abdi", "Sagal Farah",
                                                    "Rukaiya Begum"],
        how="only in the attached MARF's dated update, in Somali with a TA's translation; the body just says 'MARF "
            "attached as promised'")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2061-11-11 12:44:05"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Hello Early Help Hub,</p>
<p>Step down request for the Farah children following the Child and Family Assessment, which concluded on 04/11/2061. The assessment is attached.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Name</th><th>Date of birth</th><th>Mosaic</th></tr>
<tr><td>Ilyas Farah</td><td>16 Sep 2050</td><td>4469904</td></tr>
<tr><td>Ayan Farah</td><td>01/07/2056</td><td>4469905</td></tr>
</table>
<p>Mum (Faadumo Hassan) consented to the step down through the Somali interpreter on 4 November.</p>
<p><b>Still to do:</b> I have not found a lead practitioner yet - I have asked the school's family liaison officer and the Somali Parents Network and am waiting to hear. The draft TAF plan will be written with whoever takes the role, so I can't send it yet.</p>
<p>Needs: Ilyas's attendance (82%%) and help for mum with letters and forms in English.</p>
<p>Thanks,<br>Farzana Islam<br>Social Worker | Assessment and Intervention Team | Tower Hamlets Council<br>020 7946 0412</p>
<p style="font-size:8pt;color:#666">%s</p>
</body></html>
""") % esc(TDISC.strip())
    atts = [pdf_att("C&F Assessment - Farah - 04.11.61.pdf", "Child and Family Assessment - Farah", [
        "Mosaic 4469904, 4469905. Concluded 04/11/2061.",
        "Outcome: needs can be met through a TAF plan; step down to Early Help.",
        "Consent: mother, via Somali interpreter, 04/11/2061."])]
    top = outlook_top(f, addr("Islam, Farzana", "Farzana.Islam@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Farah children - Mosaic 4469904 / 4469905", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4469904", "4469905"],
        [ch("Ilyas Farah", "2050-09-16", "16 Sep 2050"), ch("Ayan Farah", "2056-07-01", "01/07/2056")],
        ["school_attendance"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "HTML-only step-down with the children in an HTML table (mixed DOB formats): assessment attached and consent "
        "given, but no lead practitioner yet and the draft TAF plan 'can't send it yet' -> missing draft_plan + "
        "lead_practitioner -> request_info.",
        docs={"assessment"}, not_children=["Faadumo Hassan", "Farzana Islam"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2061-11-21 09:17:42"
    text = T("""
Respected Sir / Madam,

I am mother of Rafiq Uddin. My son is 23 years. Last night the police take him from the street near Mile End, they say he has the knife but he says it is not his. Before the police come the other boys beat him very much, his head is broken and now he is in the Royal London hospital with the police outside the door. I am very afraid for his life, the other boys say on the phone they will kill him when he comes out.

My other children are good, they go to the school, nobody touch them, they are with their father.

Please can the social service help my son? He has no job and he smokes the weed all day. The police give me this email on the paper. I do not know who helps a big son.

Thank you,
Mrs Shahida Khanom
07700 900 377

Translated by Google
""")
    top = plain_top(f, addr("Shahida Khanom", "shahida.k1971@yahoo.example"), addr("MAST", TMAST),
                    "my son Rafiq", when, "yahoo.example")
    add(f, mail(f, top, text, cte="base64", crlf=False), "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a mother's Google-translated plea about her ADULT son (23) - a knife, a beating, threats to kill "
        "him, police at the hospital - an adult's own matter; her other children are safe with their father -> other, "
        "human_review. Base64 body.",
        not_children=["Rafiq Uddin", "Shahida Khanom"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2061-12-06 10:02:19"
    data = google_reply(f, when, ("Abdirahman Nur", "abdirahman.nur.link@gmail.example"), ("MAST", TMAST),
                        "ACCEPTED", "MAST multi-agency discussion - Miah family [SB-tower_hamlets-231]",
                        "20611208T140000Z", "20611208T150000Z", "Microsoft Teams",
                        "Thu 8 Dec 2061 14:00 - 15:00 (GMT)")
    add(f, data, "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from a community link worker for a MAST "
        "multi-agency discussion -> meeting_reply, record_reply.", not_children=["Abdirahman Nur"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2061-12-14 11:45:08"
    body = T("""
Thank you for your email. I am out of the office until Monday 19 December and will reply when I return.

If a child is at immediate risk of harm, call the police on 999. For urgent safeguarding concerns, contact MAST on 0207 364 5606 / 5601 (out of hours, emergency only: 0207 364 4079).

আপনার ইমেইলের জন্য ধন্যবাদ। আমি ১৯ ডিসেম্বর সোমবার পর্যন্ত অফিসের বাইরে আছি। কোনো শিশু বিপদে থাকলে ৯৯৯ নম্বরে ফোন করুন।

Nasrin Sultana
Bengali Community Link Worker | Early Help Hub | Tower Hamlets Council
""")
    data = ooo(f, when, ("Nasrin Sultana", "Nasrin.Sultana@" + TDOM), addr("Early Help Hub", TEH),
               "Step down - Rahman - TAF minutes [SB-tower_hamlets-219]", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: a bilingual (English/Bengali) out-of-office (Auto-Submitted: auto-replied) whose boilerplate says "
        "'immediate risk of harm', 'urgent safeguarding concerns' and 999 -> auto_reply, ignore, never urgent.",
        not_children=["Nasrin Sultana"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2061-09-07 14:20:46"
    body = T("""
Hello Early Help,

I would like a triage slot to step the Popescu family down to Early Help at level 3 (LCS-3012458).

Andrei Popescu - DOB 12/10/2050
Ioana Popescu - DOB 21 May 2058 (3 years old, so I think this goes to the under-5s triage)

The family moved from Romania to Paignton in 2059; dad works in the hotels and mum (Mihaela) looks after the children. The Single Assessment (attached, with my team manager's analysis) found that the concerns that led to the referral - mum's anxiety and Andrei's poor attendance after the move - are now at level 3 and can be met by a co-ordinated Early Help plan.

Mrs Popescu has consented to level 3 Early Help - I went through it with her by phone with a Language Line Romanian interpreter on 5 September. My team manager, Jon Pascoe, has agreed the step down.

Kind regards,
Kerenza Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960381

""") + BDISC
    atts = [pdf_att("Single Assessment - Popescu - LCS-3012458.pdf", "Single Assessment - Popescu", [
        "LCS-3012458. Children: Andrei Popescu (12/10/2050), Ioana Popescu (21/05/2058).",
        "Analysis: mother's anxiety improving with GP support; Andrei's attendance 84% and rising.",
        "Rationale: no further need for statutory intervention; level 3 co-ordinated response recommended.",
        "Team manager's analysis (Jon Pascoe): threshold for level 3 intervention met; step down agreed."])]
    top = outlook_top(f, addr("Trewin, Kerenza", "Kerenza.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Popescu - LCS-3012458", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3012458"],
        [ch("Andrei Popescu", "2050-10-12", "12/10/2050"), ch("Ioana Popescu", "2058-05-21", "21 May 2058")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment with the team manager's analysis, consent through a "
        "Language Line Romanian interpreter, manager agreed); Ioana is 3 -> the fortnightly under-5s triage -> "
        "book_meeting.",
        docs={"assessment"}, not_children=["Mihaela Popescu", "Kerenza Trewin", "Jon Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2061-10-14 12:15:33"
    body = T("""
Hi MASH,

I am making a contact to step the Sousa family up from Early Help (EHM-902214). I have discussed it with my ATM, Silas Penrose, at 11:50 and he agrees it needs considering for level 4. I haven't been able to ask mum about the contact yet - she was at work and isn't answering.

Rafael Sousa - DOB 30/01/2053
Beatriz Sousa - DOB 11/11/2055

I was at Rafael's school at 11 this morning for his review. He asked to talk to me on his own and said, in Portuguese:

"O namorado da mãe pôs a minha mão no fogão porque eu parti o telemóvel dele. Disse que hoje à noite é a vez da Beatriz."

My translation: "Mum's boyfriend put my hand on the cooker because I broke his phone. He said tonight it's Beatriz's turn."

He showed me the palm of his right hand: a red, blistered mark in rings, about the size of a hob ring. He says it happened on Wednesday night. School hadn't seen it - he keeps that hand in his sleeve. Mum works at the Grand until 11pm most nights and the boyfriend (Nuno, surname not known) minds both children in the evenings. Beatriz is in Reception at the same school.

Before today the plan was a step up for neglect (the children are often hungry and unwashed, and Rafael has been sent home for head lice three times). I'll send the full contact form this afternoon.

Thanks,
Lúcia Fernandes
Early Help Worker | Torbay Early Help
01632 960577

""") + BDISC
    top = outlook_top(f, addr("Fernandes, Lúcia", "Lucia.Fernandes@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Sousa - EHM-902214", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-902214"],
        [ch("Rafael Sousa", "2053-01-30", "30/01/2053"), ch("Beatriz Sousa", "2055-11-11", "11/11/2055")],
        ["neglect", "physical_harm"], None, True, ["consent"], None, "alert_duty",
        "Safety rule 1 in a child's own words in Portuguese with the worker's translation: mum's boyfriend held "
        "Rafael's hand on the cooker (blistered ring-shaped mark seen) and said 'tonight it's Beatriz's turn'; he minds "
        "both children this evening -> urgent. Torbay step-up: ATM agreed, consent not yet asked -> consent null, "
        "missing consent, but alert_duty comes first.",
        docs=set(), not_children=["Silas Penrose", "Lúcia Fernandes"],
        how="in a child's own words in Portuguese, then the worker's plain translation and what she saw")

def torbay_03():
    f = "torbay_03.eml"; when = "2061-11-08 10:50:12"
    body = T("""
Dear MASH,

Contact to MASH to step the Kamiński family up from level 3 (EHM-905517).

Szymon Kamiński, DOB 3.06.2047
Lena Kamińska, DOB 22.01.2052

Since mum left in June, Mr Kamiński has been caring for both children alone. He works double shifts at the fish processing plant in Brixham and is drinking heavily on his days off. The children are often on their own until late in the evening, there is often no food in the house, and the TAF plan has not been followed - Mr Kamiński missed four of the last six meetings. Szymon's attendance has dropped to 79%.

Mr Kamiński consented to the contact through the Polish interpreter on 4 November, and my ATM, Silas Penrose, agreed the step up with me on Monday.

For the record, because some of his messages have gone round the TAF and caused confusion: Mr Kamiński texts me in Polish through Google Translate, and three of them read badly in English.
- "Szymon was beaten in the match on Saturday" - his football team lost ("pobity" also means defeated).
- "Lena has the fever and burns all night" - a high temperature; the GP saw her the next day.
- "I will kill myself with this work" - he means he is exhausted by the shifts. I asked him directly through the interpreter; he has no thoughts of harming himself and laughed at Google's version.
None of these is a concern in itself.

Regards,
Holly Gillard
Early Help Worker | Torbay Early Help
01632 960294

""") + BDISC
    top = outlook_top(f, addr("Gillard, Holly", "Holly.Gillard@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Kamiński - EHM-905517", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["EHM-905517"],
        [ch("Szymon Kamiński", "2047-06-03", "3.06.2047"), ch("Lena Kamińska", "2052-01-22", "22.01.2052")],
        ["neglect", "non_engagement", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Near miss: Google-translated texts read 'beaten in the match', 'burns all night' and 'I will kill myself with "
        "this work' - each explained (a lost match, a fever seen by the GP, an idiom checked directly with the father "
        "through an interpreter). The Torbay step-up for neglect, non-engagement and drinking is complete (consent, "
        "ATM agreed) -> book_meeting. Polish DOB d.mm.yyyy.",
        not_children=["Silas Penrose", "Holly Gillard"])

def torbay_04():
    f = "torbay_04.eml"; when = "2061-10-30 07:40:16"
    text = T("""
Good morning po. I am Marites Dela Cruz, supervisor of housekeeping at Palm Bay Hotel Torquay. I find this email on the paper of Early Help on the fridge of the staff house.

Our colleague Andreea Stan (room attendant) is not coming back since Friday night, her phone is off. Her 2 children are alone in the staff house room 3 since that time - Luca Stan 6 years and the baby Sofia Stan 10 months. I only know this morning when I hear the baby crying too much and Luca open the door for me.

No food, only biscuits. The baby nappy is full and her skin is red and broken all down. Luca is giving the baby water from the tap in the bottle, he said Mummy said she comes back Saturday. Luca did not sleep, he is watching the baby.

I cannot stay with them, my shift start 8am and the manager is not here on Sunday. What I do? My number 07700 900 784.

Thank you po
Marites

Sent from my Samsung Galaxy
""")
    top = plain_top(f, addr("Marites Dela Cruz", "marites.dc@yahoo.example"), addr(None, BEH),
                    "children alone in staff house Palm Bay", when, "yahoo.example")
    add(f, apple_mail(f, top, text), "torbay", "early_help_duty", when, 6,
        "urgent", "other", True, None, [],
        [ch("Luca Stan"), ch("Sofia Stan")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 from a hotel housekeeping supervisor in second-language English on a phone (format=flowed), "
        "07:40 on the Sunday British Summer Time ends (+0000): a 6-year-old and a 10-month-old alone in hotel staff "
        "accommodation since Friday night, no food, the baby's skin broken, the mother unreachable, and the writer "
        "must leave at 8 -> urgent, other.",
        not_children=["Marites Dela Cruz", "Andreea Stan"],
        how="a housekeeping supervisor's second-language phone mail, early on a Sunday (the day BST ends)")

def torbay_05():
    f = "torbay_05.eml"; when = "2061-11-03 09:25:50"
    ack = ack_text("step-down", "SB-torbay-402",
                   ["Family: Yılmaz", "Children: Emre Yılmaz, Elif Yılmaz", "Case: LCS-3019987"],
                   ["assessment (the Single Assessment with your analysis and rationale)"])
    body = T("""
Good morning,

Single Assessment for the Yılmaz family attached, with my team manager's analysis at the end. Sorry it has taken a week - we waited for the Turkish interpreter to read the finished assessment back to Mrs Yılmaz, so she could add her own views before it was signed off.

Best wishes,
Owen Carthew
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960615

-----Original Message-----
From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 27 October 2061 11:02
To: Carthew, Owen <Owen.Carthew@torbay.gov.uk>
Subject: Step-down request received [SB-torbay-402]

""") + ack + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Yilmaz - LCS-3019987.pdf", "Single Assessment - Yilmaz", [
        "LCS-3019987. Outcome: no further statutory intervention; level 3 Early Help recommended.",
        "Mother's views (through the Turkish interpreter, 01/11/2061): she agrees with the plan.",
        "Team manager's analysis: threshold met for level 3 intervention."])]
    top = outlook_top(f, addr("Carthew, Owen", "Owen.Carthew@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down request received [SB-torbay-402]", when)
    add(f, mail(f, top, body, atts, cte="base64"), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-3019987"],
        [ch("Emre Yılmaz"), ch("Elif Yılmaz")],
        [], None, True, [], None, "attach_to_request",
        "Base64 Outlook reply to [SB-torbay-402] adding the Single Assessment the acknowledgement asked for -> "
        "follow_up, attach_to_request; the team manager's analysis is in it (manager_agreed true); the interpreter "
        "reading the assessment back is not consent (null). Children from the quoted acknowledgement.",
        docs={"assessment"}, not_children=["Owen Carthew"])

def torbay_06():
    f = "torbay_06.eml"; when = "2061-11-23 16:05:27"
    body = T("""
Dear Sir or Madam,

We act for Ms Katarzyna Nowicka, who lives in Paignton with her two children. At her request we enclose, for your records, a certified English translation of the judgment of the District Court in Gdańsk (Sąd Rejonowy Gdańsk-Południe) of 14 March 2058.

The judgment convicted Ms Nowicka's former husband, Mr Piotr Nowicki, of offences of violence against her and the children in Poland between 2053 and 2057, and sentenced him to eight years' imprisonment. He is serving that sentence in Poland. He has had no contact with the family since his arrest in 2057 and does not know their address.

Ms Nowicka asks only that the council holds the translation on file, so that it is available if Mr Nowicki is ever released and tries to find the family. There are no current concerns about the children, who are settled at school, and nothing is requested of your service at this stage.

Yours faithfully,

Joanna Malinowska
Paralegal, for Harbourside Family Law LLP, Torquay
01632 960733
""")
    atts = [pdf_att("Certified translation - judgment Gdansk 14.03.2058.pdf", "Certified translation from Polish", [
        "District Court Gdansk-Poludnie, Criminal Division. Judgment of 14 March 2058.",
        "The accused Piotr Nowicki is found guilty of physical and psychological abuse of his wife and two minor",
        "children between 2053 and 2057, including beating them and threatening to kill them.",
        "Sentence: 8 years' imprisonment. Restraining order: no contact with the victims.",
        "Translator's certificate: true and accurate translation of the Polish original. Translator no. TP/118/2059."])]
    top = plain_top(f, addr("Joanna Malinowska", "j.malinowska@harbourside-familylaw.example"), addr("MASH", BMASH),
                    "Ms K. Nowicka - certified translation of judgment (for your records)", when,
                    "harbourside-familylaw.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts, charset="iso-8859-2"), "torbay", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a solicitor's paralegal sends a certified translation of a 2058 Polish judgment (beatings and "
        "threats to kill the mother and children, 2053-2057): HISTORIC and abroad, the perpetrator is in prison in "
        "Poland with no contact, 'no current concerns', nothing requested -> other, human_review. iso-8859-2 body.",
        not_children=["Katarzyna Nowicka", "Piotr Nowicki", "Joanna Malinowska"])

def torbay_07():
    f = "torbay_07.eml"; when = "2061-12-05 15:30:08"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Chan family - step down to level 3 (LCS-3024471).

Ethan Chan - born 14 August 2049
Chloe Chan - born 2 April 2058 (so the under-5s triage, I think)

The family came from Hong Kong in 2058. Mr Chan's depression since losing his job in the summer led to the referral; he is now having treatment and the Single Assessment (attached) recommends a level 3 co-ordinated plan - support for dad, and help for Ethan, who is being picked on at school for his accent.

Two things are not done yet:
- My team manager, Claire Widger, is on leave until the 12th, so her analysis isn't recorded yet - I will send it when she's back.
- I'll ask Mr and Mrs Chan about Early Help at my visit on Thursday with the Cantonese interpreter.

Thanks,
Priyanka Rao
Social Worker | Single Assessment Team | Torbay Council
01632 960823

""") + BDISC
    atts = [docx_att("Single Assessment - Chan - LCS-3024471.docx", [
        "# Single Assessment", "Family: Chan. LCS-3024471.",
        "Children: Ethan Chan (14/08/2049), Chloe Chan (02/04/2058).",
        "Analysis: father's depression (now treated); Ethan bullied at school. Needs at level 3.",
        "Manager's analysis: [to be completed]"])]
    top = outlook_top(f, addr("Rao, Priyanka", "Priyanka.Rao@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Chan - LCS-3024471", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3024471"],
        [ch("Ethan Chan", "2049-08-14", "14 August 2049"), ch("Chloe Chan", "2058-04-02", "2 April 2058")],
        ["parental_mental_health"], None, None, ["consent", "manager_agreed"], None, "request_info",
        "Torbay level 3 step-down with the Single Assessment attached, but the team manager's analysis is not "
        "recorded (on leave) and consent is still to be asked at Thursday's visit -> consent and manager_agreed null, "
        "both missing -> request_info.",
        docs={"assessment"}, not_children=["Claire Widger", "Priyanka Rao"])

def torbay_08():
    f = "torbay_08.eml"; when = "2061-09-16 08:50:41"
    comment = ("Accepted - thank you. I'll bring a Romanian interpreter on Language Line for Mrs Popescu's views. "
               "FYI, in case it is on the pre-reads: the bruise on Andrei Popescu's upper arm that school logged on Tuesday "
               "has been checked. He fell off the climbing frame at Cubs on Monday evening, the Cub leader saw it "
               "happen and gave first aid, and the GP saw him on Wednesday - consistent with the fall, no concerns. "
               "It is recorded on LCS. Kerenza")
    data = outlook_itip_reply(f, when, ("Kerenza Trewin", "Kerenza.Trewin@" + BDOM), ("Early Help", BEH),
                              "ACCEPTED", "Early Help triage (under-5s) - Popescu - LCS-3012458 [SB-torbay-377]",
                              "20610920T113000", "20610920T120000", "Microsoft Teams Meeting", comment)
    add(f, data, "torbay", "early_help_duty", when, 4,
        "near_miss", "meeting_reply", False, None, ["LCS-3012458"],
        [ch("Andrei Popescu")],
        [], None, None, [], None, "record_reply",
        "Near miss: an Outlook iTIP REPLY (ACCEPTED) whose COMMENT mentions a bruise on Andrei's arm - an explained "
        "accident (witnessed fall at Cubs, first aid, GP consistent, no concerns) -> meeting_reply, record_reply.",
        not_children=["Kerenza Trewin"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2061-09-26 11:00:19"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Petrov children - a sibling group - stepping down to Early Help at level 3 (intensive). Mosaic 2218457. I talked the plan through with Verity Lang at the drop-in on Tuesday 20th.

Viktoria Petrova - 04/04/2048
Nikolay Petrov - 17/09/2051
Ivan Petrov - 2057-02-25

The family are Bulgarian and came to Herefordshire for the fruit seasons in 2058; they now live all year in Leominster. The s47 enquiry in July (after Nikolay's fall from the caravan step) found no abuse, and the Child and Family Assessment recommends Early Help for the remaining needs: attendance (the children have missed weeks each spring and autumn when the family moved between farms), dental registration and help for mum with English.

Key professional: Ms Ralitsa Georgieva, EAL Family Liaison Officer at Leominster Primary School, has agreed to be the lead practitioner. She speaks Bulgarian.

Mr and Mrs Petrov signed the consent form on 22/09 after the Bulgarian interpreter read it to them - the Bulgarian/English form is attached.

Kind regards,
Bethan Lloyd-Price
Social Worker | Children's Assessment Team (North) | Herefordshire Council
01432 496 0271

""") + HDISC
    atts = [pdf_att("Consent form (Bulgarian-English) - Petrov - signed 22.09.61.pdf", "Early Help consent form", [
                "Family: Petrov. Mosaic 2218457.",
                "We agree to our family being stepped down to Early Help and to the plan being shared with the",
                "key professional and the Early Help Co-ordinator team. (Read in Bulgarian by the interpreter.)",
                "Signed: G. Petrov, M. Petrova (parents). 22/09/2061."]),
            docx_att("EHA step-down plan - Petrov children.docx", [
                "# Early Help Assessment - step-down plan (sibling group)",
                "Children: Viktoria Petrova, Nikolay Petrov, Ivan Petrov. Mosaic 2218457.",
                "Key professional: Ralitsa Georgieva, Leominster Primary School.",
                "What are we worried about? Attendance when the family move; no dentist.",
                "What's working well? The children are happy and cared for; dad now has a year-round job.",
                "What needs to happen? Attendance plan across the year; dental registration; ESOL for mum."])]
    top = outlook_top(f, addr("Lloyd-Price, Bethan", "Bethan.Lloyd-Price@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down - Petrov children - Mosaic 2218457", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2218457"],
        [ch("Viktoria Petrova", "2048-04-04", "04/04/2048"), ch("Nikolay Petrov", "2051-09-17", "17/09/2051"),
         ch("Ivan Petrov", "2057-02-25", "2057-02-25")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire level 3 step-down for a Bulgarian sibling group: signed bilingual consent form .pdf, "
        "step-down plan .docx, key professional named with her agency -> book_meeting. The July s47 (a fall, no "
        "abuse found) is closed history.",
        docs={"consent_form", "draft_plan"},
        not_children=["Verity Lang", "Ralitsa Georgieva", "Bethan Lloyd-Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2061-10-20 16:20:44"
    note = quote("Rasa Jankauskiene <r.jankauskiene@hereford-linkservice.example>", "20 October 2061 08:12",
                 "Morgan, Gareth <Gareth.Morgan@herefordshire.gov.uk>", "Kazlauskas family - last night", T("""
Hi Gareth,

Last night I visit the family for the plan. When mother go to the shop, Gabija tell me in Lithuanian:
"Jis ateina į mano kambarį naktimis." - "He comes to my room at nights."
She mean Darius, the new boyfriend of mother, he lives in the house from September. She say he lock the door when he come in and she cannot say more, she was crying. Then she ask me:
"Ar šiąnakt mama vėl dirbs?" - "Is mum working again tonight?"
Mother work night shift in the packhouse on Thursday and Friday, so tonight Gabija and Lukas are in the house with Darius only. Gabija ask me please not tell mother, she say mother will not believe her.

I don't know what is right to do, so I write to you.

Rasa
"""))
    body = T("""
Dear Early Help Co-ordinators,

Step down to Early Help (level 3) for the Kazlauskas children, Mosaic 2224190. The signed consent form and the step-down plan are attached.

Gabija Kazlauskaite - DOB 30/08/2046
Lukas Kazlauskas - DOB 06/06/2050

The CIN plan was about mum's low income and the family's housing; they now have a secure tenancy and the plan has been completed. Remaining needs: Lukas's attendance (90%) and Gabija's GCSE year.

Key professional: Mrs Rasa Jankauskiene, Family Support Worker, Hereford Community Link Service, who speaks Lithuanian, has agreed to be the lead practitioner.

Mrs Kazlauskiene signed the consent form on 13/10 (interpreter present).

Rasa sent me the note below this morning - I've told her we'll talk it through at the drop-in on Tuesday.

Best wishes,
Gareth Morgan
Social Worker | Children in Need Team (Hereford City) | Herefordshire Council
01432 496 0388
""") + note + "\n" + HDISC
    atts = [pdf_att("Consent - Kazlauskas - signed 13.10.61.pdf", "Early Help consent form", [
                "Family: Kazlauskas. Mosaic 2224190.",
                "I agree to a step down to Early Help and to sharing the plan with the key professional.",
                "Signed: V. Kazlauskiene (mother), 13/10/2061. Lithuanian interpreter present."]),
            docx_att("Step-down plan - Kazlauskas.docx", [
                "# Early Help Assessment step-down plan", "Mosaic 2224190.",
                "Key professional: Rasa Jankauskiene, Hereford Community Link Service.",
                "1. Lukas's attendance. 2. Support for Gabija with her GCSE year. 3. Mum's shift pattern."])]
    top = outlook_top(f, addr("Morgan, Gareth", "Gareth.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kazlauskas - Mosaic 2224190", when)
    add(f, mail(f, top, body, atts, html_alt=True, charset="iso-8859-13"), "herefordshire", "early_help_duty",
        when, 4, "urgent", "step_down", True, 3, ["2224190"],
        [ch("Gabija Kazlauskaite", "2046-08-30", "30/08/2046"), ch("Lukas Kazlauskas", "2050-06-06", "06/06/2050")],
        ["school_attendance", "sexual_harm"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a forwarded note from the Lithuanian-speaking family support worker, which the social "
        "worker puts off to next Tuesday's drop-in: a 15-year-old said in Lithuanian that mum's boyfriend 'comes to my "
        "room at nights' and locks the door, and tonight mum is on a night shift so both children are alone with him "
        "-> urgent. The step-down itself is complete (consent form, plan, key professional). iso-8859-13 body.",
        docs={"consent_form", "draft_plan"},
        not_children=["Rasa Jankauskiene", "Gareth Morgan"],
        how="in a second-language note quoted under the signature, with the child's Lithuanian words, understated as "
            "something for next week's drop-in")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2061-11-15 14:40:02"
    body = T("""
Dear co-ordinators,

Step down for the Kovalchuk family, Mosaic 2231776. Signed consent form (Ukrainian and English) and the draft step-down plan attached.

Anastasiia Kovalchuk - 19.02.2049
Bohdan Kovalchuk - 08.08.2053

Background, because the file is long: the family fled Kharkiv in 2057 after their block was shelled, and the children's father was killed at the front in 2058. Bohdan still hides under the table when he hears fireworks or helicopters, so school have a plan for Bonfire Night and the air ambulance. Mrs Kovalchuk has PTSD and is now seeing a Ukrainian-speaking therapist.

You may also see the s47 enquiry from August on Mosaic. It was closed with no further action: Anastasiia had typed into the school's translation app that "mum threw the slipper at the dog", and the app showed the teacher "mum hit me with the slipper". The interpreter at the joint visit confirmed what she had written, there were no marks and both children said nobody at home hurts them.

Key professional: not agreed yet. I have asked the pastoral lead at Whitecross School and am waiting to hear back; I will let you know.

Regards,
Hannah Whitcombe
Social Worker | Children's Assessment Team (South) | Herefordshire Council
01432 496 0744

""") + HDISC
    atts = [pdf_att("Consent - Kovalchuk - UA-EN - signed.pdf", "Early Help consent form (Ukrainian / English)", [
                "Family: Kovalchuk. Mosaic 2231776.",
                "I agree to my family stepping down to Early Help. Signed: O. Kovalchuk, 10/11/2061."]),
            docx_att("Draft step-down plan - Kovalchuk.docx", [
                "# Early Help Assessment step-down plan - Kovalchuk",
                "1. Mum: continue therapy in Ukrainian. 2. Bohdan: school's plan for loud noises.",
                "3. Anastasiia: young people's group at the library. Key professional: to be confirmed."])]
    top = outlook_top(f, addr("Whitcombe, Hannah", "Hannah.Whitcombe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kovalchuk - Mosaic 2231776", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2231776"],
        [ch("Anastasiia Kovalchuk", "2049-02-19", "19.02.2049"), ch("Bohdan Kovalchuk", "2053-08-08", "08.08.2053")],
        ["parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "Near miss: shelling, a father killed at the front (2057-2058, in Ukraine) and a translation app's 'mum hit "
        "me with the slipper' - historic, and the August s47 found the app had mistranslated 'threw the slipper at "
        "the dog'. Step-down with consent form and plan, but no key professional yet -> missing lead_practitioner -> "
        "request_info. No level stated -> null.",
        docs={"consent_form", "draft_plan"}, not_children=["Hannah Whitcombe"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2061-11-02 10:15:37"
    body = T("""
Dear MASH team,

I am Early Help family support worker and I speak Romanian, so I work with the Lungu family since June. I write to ask for step up of this family to children social care, please. Mosaic 2229034.

Children:
Alexandru Lungu, born 2 December 2048
Daria Lungu, born 15.05.2054

The family live in a touring caravan on a farm near Ross-on-Wye, where the father works. In the caravan there is no heating and no running water, only one tap outside. Daria (7) is still not in school since they came in May, because the father says they move again soon. Alexandru (12) goes to school only two or three days a week. The children are not registered with a GP. I made many plans with the parents but nothing change in five months.

The children are fed and warm in the day and I have not seen any marks. The farm owner told me they will have a static caravan with heating from next week.

Parents agreed that I make this referral (I explained in Romanian). My team manager, Susan Powell, agreed the step up in supervision on 31 October.

Thank you,
Iulia Rusu
Early Help Family Support Worker | Herefordshire Council
01432 496 0615

""") + HDISC
    top = outlook_top(f, addr("Rusu, Iulia", "Iulia.Rusu@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Lungu family - Mosaic 2229034", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2229034"],
        [ch("Alexandru Lungu", "2048-12-02", "2 December 2048"), ch("Daria Lungu", "2054-05-15", "15.05.2054")],
        ["neglect", "school_attendance"], True, True, [], None, "human_review",
        "A step-up to Herefordshire's MASH written in a Romanian-speaking worker's second-language English (neglect in "
        "a farm caravan, a 7-year-old not in school): Herefordshire's seed defines only step-downs, so a step_up is a "
        "kind the protocol does not cover -> human_review, missing []. Consent and manager agreement stated. Nothing "
        "immediate (fed, warm, no marks, heated caravan next week).",
        not_children=["Iulia Rusu", "Susan Powell"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2061-11-25 22:35:51"
    text = T("""
Hello. I write through Google translator, I do not speak English, sorry.

I am the aunt of the girl Desislava Ivanova, 14 years. We work on the farm at Ledbury (strawberries and the packhouse) and we live in the caravans there. Her mother is in Bulgaria, I look after her.

The brigadier of the caravans, Mr. Kostov, from one month takes Desi in the evenings in his car to "clean" the house of some men in the town. She comes back at 3 in the night, she cries and she does not speak with me. He gave her a new phone and he says she owes him money for it.

Tonight she did not come back at all. Her phone is closed. The other girls say that Kostov told her that on Sunday she goes with a van to Birmingham to "work" there.

I called the police number but they did not understand me. Please, help us. Stoyanka Dimitrova, telephone 07700 900 266.

----- original -----
Здравейте. Пиша чрез Google преводач, не говоря английски, извинете.

Аз съм леля на момичето Десислава Иванова, на 14 години. Работим във фермата в Ледбъри (ягоди и пакетажа) и живеем в караваните там. Майка и е в България, аз се грижа за нея.

Бригадирът на караваните, господин Костов, от един месец вечер взема Деси с колата си да "чисти" къщата на някакви мъже в града. Тя се връща в 3 през нощта, плаче и не говори с мен. Той и даде нов телефон и казва, че му дължи пари за него.

Тази вечер тя изобщо не се върна. Телефонът и е изключен. Другите момичета казват, че Костов и казал, че в неделя заминава с бус за Бирмингам да "работи" там.

Обадих се на полицията, но не ме разбраха. Моля, помогнете ни. Стоянка Димитрова, телефон 07700 900 266.
""")
    top = plain_top(f, addr("Stoyanka Dimitrova", "stoyanka.dimitrova@abv.example"), addr(None, HMASH),
                    "Desislava Ivanova 14 years - help", when, "abv.example")
    add(f, mail(f, top, text, cte="quoted-printable", crlf=False, charset="windows-1251"), "herefordshire",
        "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Desislava Ivanova")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 at 22:35 on a Friday in Google-translated English with the Bulgarian original (windows-1251): a "
        "14-year-old taken by the caravan gang-master to men's houses at night, given a phone and told she owes him, "
        "has not come back tonight, phone off, to be moved to Birmingham on Sunday; police call failed over language "
        "-> urgent, other.",
        not_children=["Stoyanka Dimitrova"],
        how="Google Translate English above the Bulgarian original, out of hours, from a relative whose police call "
            "failed over language")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2061-11-28 09:50:26"
    ack = ack_text("step-down", "SB-herefordshire-118",
                   ["Children: Viktor Sokolov, Alina Sokolova", "Mosaic 2226410"],
                   ["consent_form (the family's signed consent)"])
    body = T("""
Morning,

Signed consent form for the Sokolov children attached (Ukrainian and English versions) - mum signed it on Friday.

For the co-ordinator's information, as it's on Mosaic and might worry whoever picks this up: the allegation in July that Viktor's stepfather hit him was investigated under s47 and was unsubstantiated. At the joint visit the interpreter established that Viktor had said "він ударив по столу" ("he hit the table" - the stepfather banged the table during an argument about homework), which the school's translation app had rendered as "he hit me". Viktor was seen alone twice, there were no marks and he is relaxed with his stepfather. The s47 was closed on 22/07/2061 and is not part of the step-down.

Thanks,
Lowri Bevan
Social Worker | Children's Assessment Team (North) | Herefordshire Council
01432 496 0472

> From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
> Sent: Tuesday, November 22, 2061 3:40 PM
> Subject: Step-down request received [SB-herefordshire-118]
>
""") + quoted(ack) + "\n" + HDISC
    atts = [pdf_att("Consent form - Sokolov - signed 25.11.61.pdf", "Early Help consent form (Ukrainian / English)", [
        "Mosaic 2226410. I agree to my children being stepped down to Early Help.",
        "Signed: T. Sokolova (mother), 25/11/2061."])]
    top = outlook_top(f, addr("Bevan, Lowri", "Lowri.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received [SB-herefordshire-118]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "follow_up", False, None, ["2226410"],
        [ch("Viktor Sokolov"), ch("Alina Sokolova")],
        [], True, None, [], None, "attach_to_request",
        "Near miss: 'Viktor's stepfather hit him' is a RESOLVED, mistranslated allegation (a translation app turned "
        "'he hit the table' into 'he hit me'; s47 unsubstantiated and closed in July). Reply to [SB-herefordshire-118] "
        "sending the signed consent form -> follow_up, consent true, attach_to_request.",
        docs={"consent_form"}, not_children=["Lowri Bevan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2061-09-13 09:05:12"
    comment = ("Sorry - I can't make this morning's drop-in after all. The Bulgarian interpreter for my home visit "
               "has been moved to 10am and it's the only slot she has this week. Could I come next Tuesday (20th) "
               "instead? The plan for the Petrov children is nearly finished. Bethan")
    data = outlook_itip_reply(f, when, ("Bethan Lloyd-Price", "Bethan.Lloyd-Price@" + HDOM),
                              ("Early Help Co-ordinators", HEH), "DECLINED",
                              "Step-down drop-in - Petrov children [SB-herefordshire-104]",
                              "20610913T093000", "20610913T100000", "Plough Lane, Room 2 / Teams", comment)
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (DECLINED) to the Tuesday-morning step-down drop-in, with a comment asking for next week "
        "because the interpreter's time moved -> meeting_reply, record_reply.",
        not_children=["Bethan Lloyd-Price"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2061-12-08 13:30:29"
    text = T("""
Good day.

Help please with my mother. She has 84 years and she lives with us in Hereford from 2058, we came from Ukraine. She falls in the night, two times this week, and the doctor says the risk of fracture is big and she is in danger to be alone in the day when I am at work. My husband helps her in the evenings but in the day nobody is there.

Who gives the help for the old people in Herefordshire? I found this address on the site of the council. If it is the wrong address, please send my letter to the correct people.

Thank you very much.
Oksana Melnyk
07700 900 112

(Translated by Google)
""")
    top = plain_top(f, addr("Oksana Melnyk", "oksana.melnyk58@ukr.example"), addr(None, HEH),
                    "Help for my mother", when, "ukr.example")
    add(f, gmail_mail(f, top, text), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss and wrong inbox: a Google-translated request for help for the writer's 84-year-old MOTHER ('risk of "
        "fracture', 'in danger to be alone') - an adult social care matter sent to the Early Help co-ordinators; no "
        "child -> other, human_review.",
        not_children=["Oksana Melnyk"])
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
BANNED = re.compile(r"\b(urgen\w*|risk\w*|immediat\w*|emergenc\w*|danger\w*|unsafe\w*|safeguarding\s+concern\w*|"
                    r"asap|critical\w*)\b", re.I)
# Knowsley notice: file -> (working days expected, plain weekdays, first bank holiday crossed, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (7, 7, None, False),                 # across half term, which is not a bank holiday
    "knowsley_02.eml": (6, 6, None, False),
    "knowsley_04.eml": (5, 7, date(2061, 12, 26), False),   # exactly 5 once Boxing Day and the 27th are out
    "knowsley_05.eml": (4, 6, date(2061, 12, 26), True),    # a reader ignoring the bank holidays says ok
}
EXPECTED_BH_2061 = {date(2061, 1, 3), date(2061, 4, 8), date(2061, 4, 11), date(2061, 5, 2), date(2061, 5, 30),
                    date(2061, 8, 29), date(2061, 12, 26), date(2061, 12, 27)}
BST_END_UTC = datetime(2061, 10, 30, 1, 0, tzinfo=UTC)
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}

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
        return None                                   # not defined by the authority's protocol
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
    """Every decoded word a reader could see: bodies (plain, HTML), calendars, attachment names, PDF and .docx text."""
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
    """The DOB formats this set writes: dd/mm/yyyy, d.mm.yyyy / dd.mm.yyyy, yyyy-mm-dd, '5th July 2052',
    '11 Feb 2050', '2 August 2049'."""
    m = re.fullmatch(r"(\d{1,2})[/.](\d{2})[/.](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        mon = [v for k, v in MONTHS.items() if k.startswith(m[2].lower()) and len(m[2]) >= 3]
        if len(mon) == 1:
            return date(int(m[3]), mon[0], int(m[1])).isoformat()
    raise ValueError("unparsed DOB %r" % w)

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2061) != date(2061, 4, 10):
        err("calendar", "Easter 2061 should be Sunday 10 April")
    bh = bank_holidays(2061)
    if bh != EXPECTED_BH_2061:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2061))
    inwin = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall inside the autumn term window: %s" % inwin)
    if date(2061, 9, 1).weekday() != 3 or date(2061, 12, 25).weekday() != 6:
        err("calendar", "1 Sep 2061 should be a Thursday and Christmas Day a Sunday")
    if WINDOW[0].weekday() != 3 or WINDOW[1].weekday() != 1:
        err("calendar", "window should run Thursday 1 September -> Tuesday 20 December")
    if (HALF_TERM[0].weekday() != 0 or HALF_TERM[1] != HALF_TERM[0] + timedelta(days=4)
            or HALF_TERM[1] + timedelta(days=2) != last_sunday(2061, 10)
            or not (WINDOW[0] < HALF_TERM[0] and HALF_TERM[1] < WINDOW[1])):
        err("calendar", "half term should be Mon-Fri 24-28 October, the week before the clocks go back")
    bst_on, bst_off = last_sunday(2061, 3), last_sunday(2061, 10)
    if (bst_on, bst_off) != (date(2061, 3, 27), date(2061, 10, 30)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2061, 3, 27, 0, 59, tzinfo=UTC), 0), (datetime(2061, 3, 27, 1, 1, tzinfo=UTC), 1),
                   (datetime(2061, 10, 30, 0, 59, tzinfo=UTC), 1), (datetime(2061, 10, 30, 1, 1, tzinfo=UTC), 0)):
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
    urgent_kinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= urgent_kinds:
        err("set", "urgent kinds not varied enough: %s" % urgent_kinds)

    # ---- per file
    for lab in LABELS:
        f = lab["file"]; x = lab["expect"]; m = META[f]
        auth, mbox = lab["authority"], lab["mailbox"]
        if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            err(f, "label keys")
        if list(x) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                       "missing", "notice_ok", "next_action"]:
            err(f, "expect keys")
        if f.rsplit("_", 1)[0] != auth:
            err(f, "authority does not match the file name")
        if x["kind"] not in KINDS or x["next_action"] not in ACTIONS:
            err(f, "bad kind / next_action")
        if x["concerns"] != sorted(set(x["concerns"])) or set(x["concerns"]) - CONCERNS:
            err(f, "concerns not sorted/unique/valid")
        if x["missing"] != sorted(set(x["missing"])) or set(x["missing"]) - DOC_IDS - FACT_IDS:
            err(f, "missing not sorted/unique/valid")
        if (CATS[f] == "urgent") != x["urgent"]:
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
        # requirements
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
        # notice
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2061:
                    err(f, "meeting date not a future working day of 2061")
                exp = KNOWSLEY_NOTICE.get(f)
                if exp is None:
                    err(f, "Knowsley count not in the README table")
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
        want = "+0100" if sent.astimezone(UTC) < BST_END_UTC else "+0000"
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith(want):
            err(f, "Date offset is not Europe/London's (%s): %s" % (want, dh))
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
        if x["urgent"]:
            for src, t in (("headers", heads), ("text", text)):
                hit = BANNED.search(t)
                if hit:
                    err(f, "banned word %r in an urgent mail's %s" % (hit.group(0), src))
        for y in re.findall(r"\b(20\d\d)\b", text + " " + heads):
            if int(y) > 2061:
                err(f, "a year after 2061 in the text: %s" % y)
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
    return E


def stats():
    out = []
    c = {}
    for l in LABELS:
        c.setdefault(CATS[l["file"]], []).append(l["file"])
    for k in ("urgent", "near_miss", "ordinary"):
        out.append("%s %d: %s" % (k, len(c.get(k, [])), " ".join(sorted(c.get(k, [])))))
    for key in ("kind", "next_action"):
        t = {}
        for l in LABELS:
            t[l["expect"][key]] = t.get(l["expect"][key], 0) + 1
        out.append("%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(t.items(), key=lambda kv: -kv[1]))))
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
