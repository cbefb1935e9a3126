#!/usr/bin/env python3
"""mixed164: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2064, in people who see inside family homes for other reasons: estate caretakers
and concierges, council repairs operatives, gas and electricity engineers and meter readers, delivery drivers,
pest control, carers visiting a grandparent who lives with the family and removal firms, alongside ordinary
step-ups and step-downs.

Window: Monday 7 January - Thursday 3 April 2064 (New Year's Day is Tuesday 1 January; Easter Sunday 2064 is
6 April by the Gregorian computus, so Good Friday 4 April and Easter Monday 7 April fall just AFTER the window and
the term ends on Thursday 3 April). Half term: Monday 18 - Friday 22 February 2064 (not bank holidays: council
working days). No bank holiday falls inside the window; Knowsley meetings booked for Wednesday 9 April are counted
across Good Friday and Easter Monday. 2064 is a leap year (Friday 29 February is a working day). British Summer Time starts on
Sunday 30 March 2064 at 01:00 UTC: Dates up to Saturday 29 March carry +0000, Dates from Monday 31 March +0100.

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
YEAR = 2064
WINDOW = (date(2064, 1, 7), date(2064, 4, 3))
HALF_TERM = (date(2064, 2, 18), date(2064, 2, 22))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2064)."""
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
    """Europe/London wall-clock time (GMT +0000 until Sun 30 March 2064 01:00 UTC, then BST +0100)."""
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
            b"<< /Producer (mixed164 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2064, 1, 2, 0, 0, 0))
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
    t = text_part(body, charset=charset, cte=cte)
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


def gfwd(frm, date_s, subject, to, text):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, date_s, subject, to, text))


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
    f = "knowsley_01.eml"; when = "2064-04-01 10:14:22"
    body = T("""
Morning all,

Step up request attached for the Kinsella children, EHM-90417, open to Family First 0-18 at Level 3 since September.

Tia-Rose Kinsella - DOB 14.07.2055
Alfie Kinsella - DOB 02.11.2058
Bobbi Kinsella - DOB 23.05.2062

What has changed: Livv Housing sent a repairs operative on 24 March for a leak coming through the ceiling of the children's bedroom. He could not do the job because he could not get to the ceiling - the bedroom floor was covered in rubbish bags, dirty nappies and dog mess - and the landlord's repairs supervisor contacted me with photos. When I visited the next day the children's mattresses were soaked from the leak and there was no dry bedding; the three of them were sleeping in one double bed in mum's room. Tia-Rose has had head lice since January and Bobbi's nappy rash has not cleared. The GCP2 I completed with mum (Jodie) on 26 March scores level 4 for physical care.

My team manager, Lorraine Fagan, discussed the step up with me in supervision yesterday and agreed it.

The step up TAF meeting is on Wednesday 9th April at 10am at Kirkby Family Hub (Meeting Room 1). The calendar invite went to the MASH inbox and MASH business support this morning and I've invited school, the health visitor and the Livv Housing tenancy officer.

Attached:
- Step Up Request Form - Kinsella.docx
- TAF minutes 20.03.64 - Kinsella.pdf
- GCP2 - Kinsella.pdf

Jodie knows I'm sending this.

Thanks,
Chloe Maddocks
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0713

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-90417"),
        ("Children:", "Tia-Rose Kinsella 14.07.2055; Alfie Kinsella 02.11.2058; Bobbi Kinsella 23.05.2062"),
        ("Date of step up TAF meeting:", "Wednesday 9 April 2064, 10:00, Kirkby Family Hub, Meeting Room 1"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 20/03/2064"),
        ("What are we worried about?", "Home conditions and the physical care of all three children; wet mattresses, no dry bedding; untreated head lice and nappy rash."),
        ("What is working well?", "The children are warm with their mum; Tia-Rose's attendance is 96%."),
        ("What next?", "CSC assessment; Livv Housing to complete the repair once the room is cleared; GP appointment for Bobbi."),
        ("Graded Care profile (If neglect should be completed).", "Completed 26/03/2064 - attached, physical care level 4."),
        ("Agreement by line manager:", "Lorraine Fagan, Team Manager, 31/03/2064 - agreed."),
    ])
    atts = [docx_att("Step Up Request Form - Kinsella.docx", form),
            pdf_att("TAF minutes 20.03.64 - Kinsella.pdf", "Team Around the Family meeting - minutes", [
                "Family: Kinsella. EHM-90417. Date: 20/03/2064. Venue: Kirkby Family Hub.",
                "Present: Chloe Maddocks (FF Case Manager), Jodie Kinsella, school family support worker, health visitor.",
                "1. Home conditions: mum agreed to clear the bedroom with help from the hub volunteers. Not done by review.",
                "2. Health: Bobbi's nappy rash - cream prescribed. Tia-Rose's head lice - treatment given to mum.",
                "Actions: CM to discuss step up with team manager if there is no change by the end of March."]),
            pdf_att("GCP2 - Kinsella.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Kinsella. Completed with: Jodie Kinsella. Date: 26/03/2064. Practitioner: Chloe Maddocks.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 2.",
                "Summary: the home conditions and the children's physical care are poor."])]
    top = outlook_top(f, addr("Maddocks, Chloe", "Chloe.Maddocks@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Kinsella - EHM-90417 - TAF Weds 9th April", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-90417"],
        [ch("Tia-Rose Kinsella", "2055-07-14", "14.07.2055"), ch("Alfie Kinsella", "2058-11-02", "02.11.2058"),
         ch("Bobbi Kinsella", "2062-05-23", "23.05.2062")],
        ["neglect"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for neglect seen by a housing repairs operative (form .docx, TAF minutes .pdf, GCP2 "
        ".pdf, EHM id, team manager agreed, TAF date) but NOTICE ACROSS EASTER IS SHORT: from Tue 1 Apr (BST) the TAF "
        "on Wed 9 Apr is 6 plain weekdays, but Good Friday 4 Apr and Easter Monday 7 Apr are bank holidays, so only 4 "
        "working days (2, 3, 8, 9 Apr) < 5 -> notice not ok -> request_info. 'Jodie knows' is not consent (null).",
        meeting=date(2064, 4, 9), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Jodie Kinsella", "Chloe Maddocks", "Lorraine Fagan"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2064-01-23 11:05:40"
    comment = ("Sorry, I won't make the 30th. I'm at 14 Mere Close now with the pest control contractor - he had to "
               "go in for the rats. Riley Doran (2) is strapped in his buggy in the back bedroom with the door shut "
               "and the light off. He is soaked through, his lips are dry and cracked and he has bites all up both "
               "legs. Dad (Wayne) says Riley 'stays in there all day so he's not under my feet' and he won't let me "
               "take him to the walk-in centre. Mum is on a day shift until 8. I'm not leaving him like this - I'm "
               "staying on the landing. Mobile 07700 900174. Leanne Birchall, Livv Housing")
    data = outlook_itip_reply(f, when, ("Leanne Birchall", "leanne.birchall@livv-housing.example"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Doran - EHM-89954 [SB-knowsley-402]",
                              "20640130T100000", "20640130T110000", "Huyton Family Hub, Room 3", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-89954"],
        [ch("Riley Doran")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a DECLINED meeting reply's COMMENT: a housing officer, in the flat with the pest control "
        "contractor now, finds a 2-year-old strapped in a buggy in a dark room all day, soaked, dehydrated, bitten, and "
        "the father refusing medical help -> urgent; kind stays meeting_reply; case id from the SUMMARY.",
        not_children=["Leanne Birchall", "Wayne Doran"],
        how="only in the COMMENT of an Outlook DECLINED calendar reply (and its one-line text twin), told plainly")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2064-02-15 15:20:11"
    body = T("""
Hi Family First duty,

Step down to Level 2 for the Brennan children, ICS-2231907.

Maisie Brennan, DOB 3rd March 2056
Jake Brennan, DOB 19th October 2059

The final CIN meeting is on Friday 22nd February at 10am at Halewood Family Hub (the school is closed for half term, so we're using the hub's family room).

Lead practitioner: Mrs Dawn Pye, Pastoral Lead at St Aidan's Catholic Primary School, has agreed to take on the lead practitioner role.

What are we worried about?
Kerry's low mood over the winter, and Maisie's attendance (89% this year).

What is working well?
The home is warm and clean now the damp has been fixed, and Kerry has been seeing her GP and the talking therapies team. Jake is thriving in Year 1.

What needs to happen?
Mrs Pye to lead the TAF with the GP and the school nurse; an attendance plan for Maisie; Kerry to keep going to the parents' group at the hub.

Kerry has consented to the step down.

Thanks,
Sean Lowry
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0628

""") + KDISC
    top = plain_top(f, addr("Lowry, Sean", "Sean.Lowry@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Brennan - ICS-2231907 - final CIN Fri 22/02", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2231907"],
        [ch("Maisie Brennan", "2056-03-03", "3rd March 2056"), ch("Jake Brennan", "2059-10-19", "19th October 2059")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down (final CIN date, time and venue; named lead practitioner with her school; "
        "all three headings; consent). The meeting falls in HALF TERM, which is not a bank holiday: Fri 15 Feb -> Fri "
        "22 Feb is exactly 5 working days (18-22 Feb) -> ok -> book_meeting.",
        meeting=date(2064, 2, 22), not_children=["Kerry Brennan", "Sean Lowry", "Dawn Pye"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2064-03-28 09:48:03"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Hi Elinor and the duty team,</p>
<p>Level 3 step down for the Pennington family, ICS-2240558 - joint home visit details below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td><b>Date of birth</b></td></tr>
<tr><td>Harley Pennington</td><td>2053-06-11</td></tr>
<tr><td>Lily-Mae Pennington</td><td>2058-01-30</td></tr>
</table>
<p>&nbsp;</p>
<p><b>Background, so it doesn't cause confusion:</b> the case was opened in November 2063 after the estate caretaker at Larch Walk emailed the council to say the children were &quot;at risk&quot; and that it was a &quot;dangerous situation&quot; - he had found them on the stairwell at 10pm. The section 47 enquiry found that Ms Pennington was two doors away at a neighbour's, with the door open, and the children had followed the cat out. A safety plan was agreed, there has been no repeat in four months and there are no current concerns about supervision.</p>
<p><b>Joint home visit:</b> Wednesday 9th April at 2pm, at the family home, 7 Larch Walk, Huyton.</p>
<p><b>What are we worried about?</b><br>Ms Pennington's anxiety, which is better with medication but still stops her going to school meetings; Harley's behaviour at school.</p>
<p><b>What is working well?</b><br>The children are well cared for; mum has a good network on the estate; Lily-Mae loves nursery.</p>
<p><b>What needs to happen?</b><br>A Family First case manager to pick up the TAF; a meeting with Harley's school about his behaviour plan; mum to carry on with the GP.</p>
<p>Ms Pennington has given her consent to the step down to Family First.</p>
<p>Thanks,<br>Amira Farouk</p>
<p>Amira Farouk<br>Social Worker | Child in Need Team (Huyton) | Knowsley Council<br>0151 496 0845</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(KDISC.strip())
    top = outlook_top(f, addr("Farouk, Amira", "Amira.Farouk@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Pennington - joint visit Weds 9th April", when)
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-2240558"],
        [ch("Harley Pennington", "2053-06-11", "2053-06-11"), ch("Lily-Mae Pennington", "2058-01-30", "2058-01-30")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "Near miss: the caretaker's 'at risk' / 'dangerous situation' is HISTORIC (Nov 2063, s47 found mum two doors "
        "away, no repeat, 'no current concerns about supervision'). HTML-only Level 3 step-down, complete (visit date, "
        "time and place; three headings; consent). Fri 28 Mar (GMT) -> Wed 9 Apr is 8 plain weekdays, 6 working days "
        "across Good Friday and Easter Monday -> ok -> book_meeting.",
        meeting=date(2064, 4, 9), not_children=["Amira Farouk"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2064-02-09 06:42:15"
    body = T("""
To the council children's team,

The housing office told us to use this address if there is a problem with children when the office is shut. This is my log from tonight.

CHERRYFIELD HEIGHTS - CONCIERGE LOG - SAT 09/02

06:05 Boy came down in lift 2 on his own. Pyjamas, bare feet, crying for his mum. Says he is Kai Mellor and he is four. Says "mummy went out with Shane when it was dark and Skye is crying".
06:12 Took Kai back up to 11F. Front door on the latch. Baby in cot in back bedroom, about 1 year old, name on the cot says Skye Mellor. Nappy heavy and cold, empty bottle in the cot, flat freezing, no heating on. No adult in the flat. Ashtray and cans on the living room table.
06:18 Knocked 11E and 11G, no answer.
06:20 Rang the tenant's number on our system (Chantelle Mellor) three times - straight to voicemail.
06:30 Both children down in the concierge office with me. Wrapped the baby in a blanket from lost property and gave Kai some toast.

I finish at 8. There is no concierge on after me until 2pm on a Saturday and I can't leave the children on their own in the office.

Gary Ruddock
Night Concierge, Cherryfield Heights
Knowsley Housing Trust
0151 496 0389
""")
    top = plain_top(f, addr("Cherryfield Heights Concierge", "concierge.cherryfield@kht-homes.example"),
                    addr(None, KMASH), "Cherryfield Heights 11F - 2 children", when, "kht-homes.example")
    add(f, mail(f, top, body, cte="7bit", crlf=False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kai Mellor"), ch("Skye Mellor")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday at 06:42 (out of hours): a night concierge's log - a 4-year-old came down in the "
        "lift alone, a 1-year-old left in a freezing flat, no adult since dark, mother unreachable, and the concierge "
        "goes off shift at 8 with nobody after him -> urgent, other (no request).",
        not_children=["Chantelle Mellor", "Gary Ruddock", "Shane"],
        how="a concierge's timed log, plain and factual, at the weekend before 7am")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2064-02-26 13:30:00"
    body = T("""
Hello MASH,

Step up request for Connor Quirke, DOB 02-09-2049, EHM-91022. Attached: the step up form, the TAF minutes from 11 February and the Merseyside Exploitation Assessment.

Why now: since Christmas Connor has been taking in parcels at home for older lads he won't name. The courier drivers on the route have told his mum that parcels come addressed to four different names at the house, and one driver saw Connor hand a parcel through a car window to two men in their twenties. He has new trainers, a second phone and cash he can't explain. The exploitation assessment (completed with Merseyside Police and the school's DSL) puts this at "significant" for criminal exploitation.

Mum has consented to the step up and is keen for more help.

My team manager, Paul Garvey, has discussed and agreed the step up.

The step up TAF meeting is on Wednesday 5th March 2064 at 10:00 at Kirkby Family Hub - the invite has gone to the MASH inbox and MASH business support.

Thanks,
Rachel Tickle
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0476

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-91022"),
        ("Children:", "Connor Quirke 02-09-2049"),
        ("Date of step up TAF meeting:", "05/03/2064 10:00, Kirkby Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 11/02/2064"),
        ("What are we worried about?", "Criminal exploitation: parcels handled for unknown adults, unexplained money and items."),
        ("What is working well?", "Connor still attends school (94%) and has a good relationship with his PE teacher; mum is open with us."),
        ("What next?", "CSC assessment and a multi-agency exploitation meeting."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 18/02/2064 - attached."),
        ("Agreement by line manager:", "Paul Garvey, 25/02/2064 - agreed."),
    ])
    atts = [docx_att("Step Up Form - Quirke.docx", form),
            pdf_att("TAF minutes 11.02.64 Quirke.pdf", "TAF meeting minutes - Quirke", [
                "EHM-91022. 11/02/2064, Kirkby Family Hub.",
                "Present: Rachel Tickle (FF), Michelle Quirke (mum), school DSL, youth worker.",
                "Parcels and the second phone discussed. School DSL to complete the exploitation assessment with police."]),
            pdf_att("Merseyside Exploitation Assessment - Quirke.pdf", "Merseyside Exploitation Assessment - CE/CSE", [
                "Young person: Connor Quirke. EHM-91022. Completed 18/02/2064.",
                "Indicators: unexplained money and items; handling parcels for unknown adults; second phone.",
                "Overall: criminal exploitation - significant."])]
    top = outlook_top(f, addr("Tickle, Rachel", "Rachel.Tickle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Quirke - EHM-91022", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-91022"],
        [ch("Connor Quirke", "2049-09-02", "02-09-2049")],
        ["exploitation"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up for criminal exploitation noticed by courier drivers: form, TAF minutes and the "
        "Merseyside Exploitation Assessment attached, EHM id, manager agreed; Wed 26 Feb -> Wed 5 Mar is 6 working days "
        "(27, 28, 29 Feb - the leap day is a Friday and a working day - and 3, 4, 5 Mar) -> ok -> book_meeting.",
        meeting=date(2064, 3, 5), docs={"step_up_form", "taf_minutes", "exploitation_assessment"},
        not_children=["Michelle Quirke", "Rachel Tickle", "Paul Garvey"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2064-03-10 16:05:48"
    ack = ack_text("step-up", "SB-knowsley-517", ["Case: EHM-90873", "Children: Ellis Gallimore, Jade Gallimore",
                                                    "Step-up TAF meeting: Wed 19 Mar 2064 10:00"],
                   ["engaging_families (the Engaging Families toolkit - the concerns include non-engagement)"])
    text = T("""
Hi,

Engaging Families toolkit attached for Ellis and Jade (EHM-90873) - sorry, I thought I'd put it in with the form. It came out as low engagement: mum has now refused the gas engineer and the housing officer as well as me.

TAF still Weds 19th.

Thanks
Sinead

Sinead Bolger | Family First Case Manager | Knowsley Council | 0151 496 0552

On Mon, 10 Mar 2064 at 09:14, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    atts = [docx_att("Engaging Families Toolkit - Gallimore.docx", [
        "# Engaging Families Toolkit", "Family: Gallimore (EHM-90873). Completed 07/03/2064.",
        "Overall engagement: LOW.", "Refused access: Family First (4 visits), gas safety check (2), housing officer (1)."])]
    top = plain_top(f, addr("Sinead Bolger", "Sinead.Bolger@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-517]", when, KDOM, "Android Mail 21.4")
    add(f, mail(f, top, text, atts, crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-90873"],
        [ch("Ellis Gallimore"), ch("Jade Gallimore")],
        ["non_engagement"], None, None, [], None, "attach_to_request",
        "Android reply to [SB-knowsley-517] with the acknowledgement quoted under '>', adding the Engaging Families "
        "toolkit the ack asked for -> follow_up, attach_to_request. Children's full names only in the quoted ack; the "
        "note itself reports low engagement (non_engagement); the quoted 'What is missing' list is not a concern.",
        docs={"engaging_families"}, not_children=["Sinead Bolger"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2064-01-15 12:40:26"
    inner = T("""
Hi Denise,

Writing this up as you asked. When I did Irene Walsh's lunch call today (she lives with her son Craig, his wife and their two children at 31 Tithebarn Road) she was upset and told me Craig has had her bank card since Christmas and takes her pension out every Monday. She had no money for her hairdresser or her chemist bill and the fridge in her room was empty apart from her milk. She asked me not to say anything because "he'll put me in a home".

The rest of the house is fine - warm, clean, plenty of food downstairs. The children are lovely with their nan, they were home for lunch and sat with her while I did her meds. I have no worries about them at all.

Jenny Lomax
Care Assistant
""")
    body = T("""
Dear Sir/Madam,

Please see below an adult safeguarding concern raised by one of our care assistants about our client Mrs Irene Walsh (DOB 12/08/1989), who we support four times a day under a package from Knowsley Adult Social Care. We believe she is at risk of financial abuse by her son.

I appreciate this may not be the right inbox - the number on our contract sheet is for "Knowsley MASH". Please forward it to the adults' team if so. There are children in the household but our carer has no concerns about them.

Regards,
Denise Hartley
Registered Manager | Bluebell Home Care (Prescot)
0151 496 0931
""") + quote("Lomax, Jenny <jenny.lomax@bluebellhomecare.example>", "15 January 2064 12:21",
             "Hartley, Denise <denise.hartley@bluebellhomecare.example>", "Irene W - today's lunch call", inner)
    top = outlook_top(f, addr("Hartley, Denise", "denise.hartley@bluebellhomecare.example"), addr("Knowsley MASH", KMASH),
                      "FW: Irene W - today's lunch call - adult safeguarding", when)
    add(f, mail(f, top, body, html_alt=True, charset="iso-8859-1"), "knowsley", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an ADULT'S OWN MATTER - a home care agency's adult safeguarding referral ('at risk of financial "
        "abuse') about the grandmother who lives with the family, misdirected to the children's MASH; the carer has 'no "
        "worries' about the children, who are unnamed -> other, human_review, concerns [].",
        not_children=["Irene Walsh", "Craig Walsh", "Jenny Lomax", "Denise Hartley"])


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2064-01-14 10:32:18"
    body = T("""
Dear MASH colleagues,

I have agreed, following reflective supervision with our Early Help Practitioner Ruth Ansah, to step the Adeyemi family up to Children's Social Care. Mosaic ID 3561208.

Tobi Adeyemi - DOB 07/05/2052
Ife Adeyemi - DOB 21/11/2057

The case summary is attached.

Rationale for step up
Since October Wandsworth's housing repairs team have replaced the front door of the flat once and internal doors three times; each time the job sheet records doors "kicked in" and holes punched in the plaster. In December the repairs operative heard Mr Adeyemi shouting at Mrs Adeyemi and saw Ife hiding under the kitchen table. Mrs Adeyemi has since told Ruth that her husband has hit her twice since the autumn and that the children have seen it; she has been to MARAC (heard 9 January). Tobi has told his teacher he "sleeps with his shoes on". The Early Help plan cannot manage domestic abuse at this level and we think a statutory assessment is needed.

Mrs Adeyemi knows about the step up and agrees to it.

Ruth will attend the case discussion with me.

Kind regards,
Helen Marsh-Ogunleye
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0618

""") + RDISC
    atts = [docx_att("Case Summary - Adeyemi - 3561208.docx", [
        "# Case summary", "Family: Adeyemi. Mosaic ID 3561208.",
        "Household: Mrs Funmi Adeyemi (mother); Mr Kunle Adeyemi (father); Tobi Adeyemi (11); Ife Adeyemi (6).",
        "Early Help involvement since 02/09/2063: school attendance and parenting support.",
        "Repairs history: front door replaced 14/10/2063; internal doors 30/10/2063, 21/11/2063, 16/12/2063.",
        "MARAC: heard 09/01/2064; IDVA allocated."])]
    top = outlook_top(f, addr("Marsh-Ogunleye, Helen", "Helen.Marsh-Ogunleye@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Adeyemi - Mosaic 3561208", when, cc=addr("Ansah, Ruth", "Ruth.Ansah@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3561208"],
        [ch("Tobi Adeyemi", "2052-05-07", "07/05/2052"), ch("Ife Adeyemi", "2057-11-21", "21/11/2057")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (she agreed it herself): case summary "
        "attached, rationale under its own heading (doors kicked in, recorded on repairs job sheets; MARAC). 'Mosaic ID "
        "3561208' -> the bare number; consent stated -> book_meeting.",
        docs={"case_summary", "rationale"}, not_children=["Ruth Ansah", "Helen Marsh-Ogunleye", "Funmi Adeyemi",
                                                           "Kunle Adeyemi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2064-03-05 14:12:37"
    fwd = T("""
Hi Sophie,

Precious (our carer for Mr Harold Dunn, who lives with his daughter Kelly and her children) asked me to pass this on to you as the family's Early Help worker. I've typed it up from her call.

8am call: Kelly had already gone to work. Kelly's partner Reece was in the hallway. Leo had wet himself. Reece held Leo against the hallway wall by his neck until his face went red. Leo was crying and said "I can't breathe". Reece told Precious to get on with Harold and mind her business.

1pm call: Leo has red marks on both sides of his neck. When Reece went out to the shop Leo whispered to Precious, "Reece said he'll do it again after tea." Poppy was in her cot. Reece is looking after both children until Kelly gets back from work at 10pm tonight. Precious's next call to Harold is 6pm.

Mandy Oyelaran
Care Co-ordinator | Thameside Care (Wandsworth)
020 7946 0455
""")
    body = T("""
Dear MASH,

Please find attached the case summary for a step up of the Dunn children. Mosaic ID 3570044.

Leo Dunn - 14/09/2059
Poppy Dunn - 01/03/2062

Rationale for step up
Since Kelly's partner Reece Tanner moved in at Christmas, the Early Help plan has gone backwards. The flat is dirty, Leo is often in the same clothes all week, Poppy has missed two health visitor appointments and the health visitor is concerned about her weight. Grandad's carers, who come in four times a day for Mr Dunn, have twice heard Reece shouting at Kelly and once heard something thrown. Kelly minimises it. We think a statutory assessment is needed.

Kelly has agreed to the step up. I agreed it with Sophie in supervision this morning.

Also adding below something the care agency sent Sophie at lunchtime, as it's relevant.

Regards,
Martin Kavanagh
Early Help Team Manager (Battersea) | Richmond and Wandsworth Councils
020 7946 0793

""") + quote("Oyelaran, Mandy <mandy.oyelaran@thamesidecare.example>", "05 March 2064 13:41",
             "Sophie Grant <Sophie.Grant@richmondandwandsworth.gov.uk>", "Leo - from Precious", fwd) + "\n" + RDISC
    atts = [docx_att("Case Summary - Dunn - 3570044.docx", [
        "# Case summary", "Family: Dunn. Mosaic ID 3570044.",
        "Household: Kelly Dunn (mother); Reece Tanner (mother's partner, since 12/2063); Harold Dunn (grandfather, "
        "care package four calls a day); Leo Dunn (4); Poppy Dunn (2).",
        "Early Help since 06/2063: parenting, nursery place for Leo, health visiting.",
        "Since 12/2063: home conditions worse; shouting heard by grandfather's carers."])]
    top = outlook_top(f, addr("Kavanagh, Martin", "Martin.Kavanagh@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Dunn - Mosaic 3570044", when, cc=addr("Grant, Sophie", "Sophie.Grant@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3570044"],
        [ch("Leo Dunn", "2059-09-14", "14/09/2059"), ch("Poppy Dunn", "2062-03-01", "01/03/2062")],
        ["domestic_abuse", "neglect", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED part below a routine step-up: the grandfather's carer saw mum's partner hold a "
        "4-year-old against the wall by the neck ('I can't breathe'), marks seen at 1pm, the child says 'he'll do it "
        "again after tea', and the partner is alone with both children until 10pm -> urgent. The step-up itself is "
        "complete (case summary, rationale, consent, manager).",
        docs={"case_summary", "rationale"},
        not_children=["Harold Dunn", "Kelly Dunn", "Reece Tanner", "Mandy Oyelaran", "Martin Kavanagh", "Sophie Grant"],
        how="in a forwarded note from the grandfather's care agency under a routine step-up, introduced as 'relevant'")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2064-01-21 09:01:44"
    body = T("""
Thank you for your email. I am on annual leave and will return on Monday 28 January.

If a child is in immediate danger, call 999. If you have an urgent safeguarding concern about a child in Richmond or Wandsworth, please contact the MASH on 020 7946 0321 (out of hours: Emergency Duty Team, 020 7946 0999). Any risk to a tenant's safety or an emergency repair should be reported to the repairs line.

Nadine Falaise
Tenancy Sustainment Officer | Wandsworth Housing
""")
    data = ooo(f, when, ("Nadine Falaise", "Nadine.Falaise@" + RDOM), addr("Early Help Duty", RED),
               "Step down - Fenwick - case discussion [SB-richmond_wandsworth-128]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: a housing officer's Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate says "
        "'immediate danger', 'urgent safeguarding concern', 'risk', 'emergency' and 999 -> auto_reply, ignore.",
        not_children=["Nadine Falaise"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2064-02-06 11:20:05"
    body = T("""
Hello,

Step down for the Whitlock children - copying Early Help duty as I'm not sure which inbox this should go to; the address on my old template is the MASH one. Apologies if it's landed twice.

Ruby Whitlock (born 22 June 2054) - Mosaic 3549921
Sonny Whitlock (born 9 December 2060) - Mosaic 3549922

The case came in last summer after the smart meter installer told his company's welfare team that Mr Whitlock seemed very low and the house had no working lights upstairs. The CIN plan has been about dad's depression and getting the home back in order, and both have improved a great deal.

I agreed the step down case discussion with the Early Help duty team manager on the phone this morning: Tuesday 12 February at 10am, Teams. The latest case summary and the draft Early Help plan are attached.

Mr and Mrs Whitlock have consented to the step down. My team manager, Owen Sadler, agrees.

Best wishes,
Tess Amankwah
Social Worker | Children in Need (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0537

""") + RDISC
    atts = [pdf_att("Case summary - Whitlock - Feb 2064.pdf", "Case summary - Whitlock", [
                "Mosaic 3549921, 3549922.", "CIN since 08/2063: father's depression; home conditions.",
                "Father engaged with talking therapies; electrics repaired; home conditions good at last three visits.",
                "Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Whitlock.docx", [
                "# Draft Early Help plan", "Family: Whitlock",
                "Outcome 1: Mr Whitlock continues with talking therapies and his GP.",
                "Outcome 2: Ruby's transition to secondary school in September.", "Outcome 3: Sonny's nursery place."])]
    top = outlook_top(f, addr("Amankwah, Tess", "Tess.Amankwah@" + RDOM), addr("MASH Step Up", RSU),
                      "Step down - Whitlock - case discussion Tue 12 Feb 10am", when, cc=addr("Early Help Duty", RED))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3549921", "3549922"],
        [ch("Ruby Whitlock", "2054-06-22", "22 June 2054"), ch("Sonny Whitlock", "2060-12-09", "9 December 2060")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Step-down addressed To the MASH step-up inbox by mistake and Cc'd to Early Help duty (labelled for the Early "
        "Help duty mailbox, which is in Cc). Complete for Richmond & Wandsworth: case summary .pdf, draft plan .docx, "
        "consent; discussion agreed for Tue 12 Feb, within 5 days of the contact -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Tess Amankwah", "Owen Sadler"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2064-03-22 13:47:29"
    body = T("""
Hello,

My name is Paweł Wójcik, I am team leader from Wójcik & Syn Przeprowadzki (removals). Today we move the family of Mrs Georgia Lane from flat in Battersea to new address. The council housing arrange this, Mrs Lane tell me the new address is secret because of her ex-partner.

At 12.30 when we load the van a man come to the flat. He say he is the father. He smell strong of alcohol. He push Mrs Lane, she fall and hit her head on the kitchen door, it is bleeding. Then he take the small boy Archie Lane (3 years) from the sofa, put him in his car (black BMW, no child seat) and drive away very fast. He shout "you never see him again".

We call police 12.40. Police come and take statement and they go, but the boy is still not back. Mrs Lane is going to hospital for her head. Police lady say the social worker must also know. Mrs Lane give me this email from her paper from Early Help.

The girl Ava Lane (8 years) is now with my colleague Łukasz in the cab of the van, she is crying. She say daddy take Archie before, to Ireland, and "he said next time he keeps him". We cannot stay with her all day, we have another job at 4.

My phone 07700 900263.

Paweł Wójcik
Wójcik & Syn Przeprowadzki
""")
    top = plain_top(f, addr("Paweł Wójcik", "biuro@wojcik-przeprowadzki.example"), addr("Early Help Duty", RED),
                    "Mrs Lane - boy taken by father today", when, "wojcik-przeprowadzki.example")
    add(f, mail(f, top, body, cte="base64", crlf=False, charset="iso-8859-2"), "richmond_wandsworth",
        "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Archie Lane"), ch("Ava Lane")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday afternoon, in a Polish removals team leader's second-language English (base64, "
        "iso-8859-2): a drunk father assaulted the mother during the move to a secret address and drove off with a "
        "3-year-old (no car seat) saying she will never see him again; the boy is not back and the 8-year-old is left "
        "with the removal men -> urgent, other.",
        not_children=["Georgia Lane", "Paweł Wójcik"],
        how="in a removal firm team leader's non-native English, base64 in iso-8859-2, on a Saturday")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2064-01-28 17:25:50"
    body = T("""
Dear MASH team,

For your records only, in case you also had a call about this.

On Saturday afternoon (26 January) a resident of Block C on the Alton estate rang our concierge desk to report "a baby left alone on the balcony of flat 47 for three hours in the freezing cold". She said the baby was neglected and in danger and that she had seen it there on other days too. The concierge could not get an answer at flat 47 and rang the police.

Officers carried out a welfare check on Sunday morning. The tenant of flat 47 is a 71-year-old woman who lives alone. The "baby" is a lifelike reborn doll she keeps in a pram on her balcony; she has had it since her husband died. No children live at or visit the flat. The police have closed the log and our tenancy officer has visited and has no concerns.

We have no further action and there is no risk to any child. We are only letting you know because the caller said she would "report it to social services" as well.

Kind regards,
Graham Otieno
Estate Services Manager | Alton Estate | Wandsworth Housing
020 7946 0266
""")
    top = outlook_top(f, addr("Otieno, Graham", "Graham.Otieno@" + RDOM), addr("MASH Step Up", RSU),
                      "Alton estate - concierge report 26/01 - for information", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: AN OBJECT - the 'baby left alone on the balcony ... neglected and in danger' was a reborn doll "
        "belonging to a woman of 71 who lives alone; police welfare check done, no child lives there, 'no risk to any "
        "child' -> other, human_review, no children, concerns [].",
        not_children=["Graham Otieno"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2064-02-26 15:40:12"
    body = T("""
Hi Early Help duty,

I'd like to step the Hussein children down to Early Help. Mosaic 3552740.

Zainab Hussein - DOB 2050-10-08
Yusuf Hussein - DOB 2056-02-17

Zainab (13) has been doing a lot of the caring for her grandmother, who lives with the family and has advanced Parkinson's. The grandmother's care agency raised it last year when their carers kept finding Zainab doing nan's personal care before school. Adult Social Care have now doubled the package (four calls a day, two carers), Zainab has been assessed as a young carer and has a place at the young carers' club, and mum has cut her hours.

The case summary is attached. The draft Early Help plan isn't finished - I'll send it next week once I've been through it with mum.

Mrs Hussein consented to the step down at my visit on 25 February.

I'll ring to agree a time for the step down discussion.

Thanks,
Grace Fenwick-Obi
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth Councils
020 7946 0588

""") + RDISC
    atts = [pdf_att("Case summary - Hussein - 3552740.pdf", "Case summary", [
        "Family: Hussein. Mosaic 3552740.", "CIN since 06/2063: young carer (grandmother's care needs).",
        "ASC package increased 01/2064; young carers' assessment done 02/2064.",
        "Recommendation: step down to Early Help."])]
    top = outlook_top(f, addr("Fenwick-Obi, Grace", "Grace.Fenwick-Obi@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Hussein - 3552740", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3552740"],
        [ch("Zainab Hussein", "2050-10-08", "2050-10-08"), ch("Yusuf Hussein", "2056-02-17", "2056-02-17")],
        ["young_carer"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down (young carer for a grandmother whose care agency raised it) with the case "
        "summary and consent, but the draft Early Help plan is 'not finished - I'll send it next week' -> draft_plan "
        "missing -> request_info. ISO dates of birth.",
        docs={"case_summary"}, not_children=["Grace Fenwick-Obi"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2064-01-16 09:12:03"
    data = google_reply(f, when, ("Priya Venkatesh", "p.venkatesh@southfieldsacademy.example"),
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Adeyemi - Mosaic 3561208 [SB-richmond_wandsworth-119]",
                        "20640122T140000Z", "20640122T150000Z", "Microsoft Teams",
                        "Tue 22 Jan 2064 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["3561208"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from a school DSL for richmond_wandsworth_01's "
        "step-up case discussion (Tue 22 Jan 14:00 GMT, 20640122T140000Z) -> meeting_reply, record_reply; 'Mosaic "
        "3561208' in the SUMMARY -> '3561208'.",
        not_children=["Priya Venkatesh"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2064-01-16 15:55:08"
    ack = ack_text("step-up", "SB-tower_hamlets-733", ["Mosaic ID: 4471920",
                                                         "Children: Sumon Chowdhury, Rifat Chowdhury, Anisa Chowdhury"],
                   ["request_for_support (the completed Multi-Agency Request for Support form)"])
    body = T("""
Hi MAST,

MARF attached for Sumon Chowdhury, Rifat Chowdhury and Anisa Chowdhury as your email asked - sorry for the delay.

One thing that's come up since. The gas engineer who came for the annual boiler service this morning rang the Hub afterwards. Sumon (11) let him in. Mum flew to Sylhet on Sunday for her father's funeral and isn't back until Monday 21st, and dad has been sleeping at the restaurant where he works nights - Sumon says he "comes sometimes". So Sumon has had Rifat (6) and Anisa (2) on his own since Sunday. The engineer said there was rice in the cupboard and nothing else, the heating had been off (he got it going) and Anisa's nappy was full and leaking. Sumon asked him not to tell anyone because "mum will get in trouble".

I'm going round after my 4 o'clock. Dad's phone is going to voicemail.

Thanks,
Shirin Akhtar
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0149

""") + quote("MAST <MAST@towerhamlets.gov.uk>", "14 January 2064 10:03",
             "Akhtar, Shirin <Shirin.Akhtar@towerhamlets.gov.uk>", "Step-up request received [SB-tower_hamlets-733]",
             ack) + "\n" + TDISC
    atts = [marf("MARF - Chowdhury - 4471920.pdf", "Chowdhury", [
        "Mosaic 4471920. Children: Sumon Chowdhury (11), Rifat Chowdhury (6), Anisa Chowdhury (2).",
        "Reason for request: neglect - home conditions, missed health appointments, Sumon's lateness to school.",
        "Consent: mother agreed 09/01/2064. Manager: Farhana Begum, Early Help Team Manager, agreed 10/01/2064.",
        "Referrer: Shirin Akhtar, Early Help Practitioner."])]
    top = outlook_top(f, addr("Akhtar, Shirin", "Shirin.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "RE: Step-up request received [SB-tower_hamlets-733]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["4471920"],
        [ch("Sumon Chowdhury"), ch("Rifat Chowdhury"), ch("Anisa Chowdhury")],
        ["neglect"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a follow-up that mainly sends the MARF: a gas engineer found an 11-year-old alone in charge of "
        "a 6- and a 2-year-old since Sunday (mother abroad until Monday, father absent and unreachable), no food, no "
        "heating -> urgent follow_up to SB-tower_hamlets-733. The MARF states consent and manager agreement.",
        docs={"request_for_support"}, not_children=["Shirin Akhtar", "Farhana Begum"],
        how="understated, in the middle of a follow-up whose point is sending the requested MARF")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2064-02-04 10:05:54"
    body = T("""
Dear MAST,

I'm requesting a step up for the Ahmed family from Early Help to Children's Social Care. Mosaic 4466310.

Maryam Ahmed - DOB 11-04-2051
Idris Ahmed - DOB 30-12-2054

Tower Hamlets Homes sent a repairs operative to the flat on 28 January for the black mould in the children's bedroom. His job note says the room could not be treated because of the amount of rubbish, the children's beds had no sheets and the children were sleeping on sofa cushions on the living room floor. Mum's depression has been getting worse since the autumn and she has stopped answering the door to me - I've had four missed visits in six weeks.

My team manager, Farhana Begum (copied), has agreed the step up.

Mrs Ahmed has agreed to a referral to MAST.

I'll complete the MARF tomorrow and send it over.

Kind regards,
Jamal Uddin
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
""") + "\n" + TDISC
    top = outlook_top(f, addr("Uddin, Jamal", "Jamal.Uddin@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Ahmed - 4466310", when, cc=addr("Begum, Farhana", "Farhana.Begum@" + TDOM))
    add(f, mail(f, top, body, cte="base64"), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4466310"],
        [ch("Maryam Ahmed", "2051-04-11", "11-04-2051"), ch("Idris Ahmed", "2054-12-30", "30-12-2054")],
        ["neglect", "non_engagement", "parental_mental_health"], True, True, ["request_for_support"], None,
        "request_info",
        "Base64 text body: MAST step-up (repairs operative's job note about the home, mum's depression, missed visits) "
        "with the team manager's agreement and consent, but the MARF is 'tomorrow' -> request_for_support missing -> "
        "request_info.",
        docs=set(), not_children=["Jamal Uddin", "Farhana Begum"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2064-02-11 07:30:00"
    text = T("""
TOWER HAMLETS HOMES - FRONTLINE SAFEGUARDING BULLETIN (February 2064)
For caretakers, concierges, repairs operatives, gas engineers and contractors working in residents' homes

1. You see more than most
You are in more homes in a week than most social workers are in a month. If something worries you about a child, write down what you saw and heard, in the words that were used, and tell your supervisor the same day.

2. Practice scenarios for toolbox talks (fictional - not about any resident)
a) A repairs operative is let in by a 7-year-old who says mum "went to the shop yesterday".
b) A caretaker hears a child screaming "stop, you're hurting me" behind a door on the 9th floor.
c) A gas engineer sees a bolt on the outside of a child's bedroom door.
For each: if a child is in immediate danger, call 999. For any other safeguarding concern, ring MAST on 0207 364 5606 and follow it up with a Multi-Agency Request for Support form.

3. Dates
Toolbox talk briefing packs go out to area offices on Monday 25 February.

You are receiving this because you are on the Tower Hamlets Homes frontline staff list.
Unsubscribe: https://lists.thh-frontline.example/unsubscribe
""")
    top = [("From", "THH Frontline Bulletin <bulletin@lists.thh-frontline.example>"), ("To", TEH),
           ("Subject", "Frontline Safeguarding Bulletin - February 2064"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.thh-frontline.example")),
           ("List-Id", "THH frontline bulletin <frontline.lists.thh-frontline.example>"),
           ("List-Unsubscribe", "<https://lists.thh-frontline.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a housing provider's frontline staff bulletin (List-Id, List-Unsubscribe) with fictional toolbox-talk "
        "scenarios (a child alone, a child screaming 'you're hurting me', a bolt on a bedroom door) and '999' / "
        "'safeguarding concern' advice - training material, no real child -> other, human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2064-03-02 19:48:31"
    text = T("""
hi sorry dont know who else to send this to, found this email on the council website

im a delivery driver (QuickDrop). just now 7.40pm delivered a parcel to flat 9, Harford House, Jamaica St E1. a girl maybe 12 or 13 opened the door. her lip was bleeding and her eye was swollen nearly shut. she whispered "please tell someone, he wont let me go out, hes my mums boyfriend". then a man came up behind her, grabbed the parcel off me and slammed the door. as i walked off i heard a bang and her crying and him shouting

there was no one else home i think, it was dark inside

im still parked on jamaica st, i have 12 drops left. my number 07700 900517

Dean

Sent from my iPhone
""")
    top = plain_top(f, addr("Dean Parfitt", "deanparfitt88@example.com"), addr(None, TEH),
                    "girl at flat 9 Harford House", when, "example.com", "iPhone Mail (23C71)")
    add(f, apple_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [], ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Sunday evening, mobile style (iPhone, format=flowed): a delivery driver saw a girl of about "
        "12 with a bleeding lip and a swollen eye who whispered that her mum's boyfriend won't let her out; the man "
        "slammed the door and a bang and crying followed -> urgent, other. The girl is unnamed (children []).",
        not_children=["Dean Parfitt"],
        how="a delivery driver's lower-case phone mail, the child's whispered words, a Sunday night")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2064-03-12 11:50:19"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<div>Hello Early Help Hub,</div><div><br></div>
<div>I am stepping the Miah family down from Child in Need to a TAF plan. The Child and Family Assessment concluded on 06/03/2064; the assessment and the draft TAF plan are attached.</div><div><br></div>
<table style="border:1px solid #999;border-collapse:collapse">
<tr><th style="border:1px solid #999">Name</th><th style="border:1px solid #999">Date of birth</th><th style="border:1px solid #999">Mosaic</th></tr>
<tr><td style="border:1px solid #999">Tasnim Miah</td><td style="border:1px solid #999">27 March 2049</td><td style="border:1px solid #999">4480116</td></tr>
<tr><td style="border:1px solid #999">Rayan Miah</td><td style="border:1px solid #999">8 August 2055</td><td style="border:1px solid #999">4480117</td></tr>
</table><div><br></div>
<div>The family were overcrowded in a one-bedroom flat; the removal firm moved them into a three-bedroom Poplar HARCA house on 14 February and Rayan finally has room for his equipment. What remains is support with Rayan's EHC plan and Tasnim's GCSE year.</div><div><br></div>
<div><b>Consent:</b> Mr and Mrs Miah consented to the step down at the final CIN review on 05/03/2064.</div>
<div><b>Lead practitioner:</b> Ms Rehana Khatun, Family Support Worker, Bow Children and Family Centre, has agreed to be lead practitioner.</div>
<div><b>TAF meeting:</b> Wednesday 19 March 2064, 10:00, Bow Children and Family Centre - I will chair.</div><div><br></div>
<div>Many thanks,</div>
<div>Oliver Mensah-Price<br>Social Worker | Children and Families Service | Tower Hamlets Council<br>020 7946 0230</div>
<div style="color:#888;font-size:8pt">%s</div>
</body></html>
""") % esc(TDISC.strip())
    atts = [pdf_att("C&F Assessment - Miah.pdf", "Child and Family Assessment - Miah", [
                "Mosaic 4480116 / 4480117. Assessment concluded 06/03/2064.",
                "Outcome: statutory involvement no longer needed; step down to a TAF plan with a lead practitioner.",
                "Overcrowding resolved by the move on 14/02/2064."]),
            docx_att("Draft TAF plan - Miah.docx", [
                "# Draft TAF plan", "Family: Miah", "Lead practitioner: Rehana Khatun (Bow Children and Family Centre)",
                "Goal 1: Rayan's EHC plan annual review.", "Goal 2: Tasnim's revision support and study space."])]
    top = outlook_top(f, addr("Mensah-Price, Oliver", "Oliver.Mensah-Price@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Miah - TAF Wed 19/03", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["4480116", "4480117"],
        [ch("Tasnim Miah", "2049-03-27", "27 March 2049"), ch("Rayan Miah", "2055-08-08", "8 August 2055")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "HTML-only complete Tower Hamlets step-down (children in an HTML table, DOBs written out): C&F assessment .pdf, "
        "draft TAF plan .docx, consent at the final CIN review, named lead practitioner with agency; TAF Wed 19 Mar is "
        "within 10 WD of the assessment ending 6 Mar -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Rehana Khatun", "Oliver Mensah-Price"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2064-04-02 13:22:47"
    body = T("""
Hello Early Help Hub,

Step down request for the Hossain family (Mosaic 4459082). The Child and Family Assessment concluded on 28/03/2064 and recommends a TAF plan; the assessment and the draft TAF plan are attached.

Imran Hossain - DOB 15/06/2056
Sadia Hossain - DOB 04/01/2060

The original worries were overcrowding and mum's low mood; the family moved in January and mum is much better. What's left is help with Imran's behaviour at school and after-school activities.

Consent: Mrs Hossain consented to the step down at my visit on 31/03/2064.
Lead practitioner: Mr Aziz Rahman, Learning Mentor, Cayley Primary School, has agreed to take the role.
TAF meeting: Wednesday 9 April 2064, 14:00, Shadwell Family Hub (school is closed for Easter).

Thanks,
Lucy Brannigan
Social Worker | Children and Families Service | Tower Hamlets Council
020 7946 0265

PS - just off the phone with the carer who does nani's (Mr Hossain's mother's) lunchtime call. When she got there at 12.30 Imran was shut in the bathroom and wasn't at school. He had a split, swollen lip and there were cable marks on the backs of his legs. He told her "Abba hit me with the charger wire because I broke the TV remote. He said when he comes back from the mosque I get more." Dad is due back about 5. Mum is at work until 7. The carer had to leave for her next call at 1.

""") + TDISC
    atts = [pdf_att("CFA - Hossain - 4459082.pdf", "Child and Family Assessment - Hossain", [
                "Mosaic 4459082. Concluded 28/03/2064.", "Recommendation: step down to a TAF plan."]),
            docx_att("Draft TAF plan - Hossain.docx", ["# Draft TAF plan", "Family: Hossain",
                                                      "Lead practitioner: Aziz Rahman, Cayley Primary School",
                                                      "Goal: Imran's behaviour plan at school; after-school club."])]
    top = outlook_top(f, addr("Brannigan, Lucy", "Lucy.Brannigan@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Hossain - 4459082", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, ["4459082"],
        [ch("Imran Hossain", "2056-06-15", "15/06/2056"), ch("Sadia Hossain", "2060-01-04", "04/01/2060")],
        ["physical_harm"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS under a complete step-down (BST, +0100): the grandmother's carer found a 7-year-old shut "
        "in the bathroom with a split lip and cable marks, in his own words 'when he comes back from the mosque I get "
        "more', father back at 5 -> urgent. The step-down itself is complete (assessment, plan, consent, lead "
        "practitioner).",
        docs={"assessment", "draft_plan"}, not_children=["Lucy Brannigan", "Aziz Rahman"],
        how="in a PS after the signature: the grandmother's carer's account and the child's own words")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2064-03-24 09:30:14"
    ack = ack_text("step-down", "SB-tower_hamlets-781", ["Mosaic ID: 4476605", "Children: Hana Iqbal, Musa Iqbal",
                                                         "TAF meeting: to be confirmed by the social worker"], [])
    text = T("""
Morning,

For the file on Hana Iqbal and Musa Iqbal - nothing needed from you.

The family moved to their new flat on Friday with the council's removal contractor. While the van was being loaded at the old address Mr Iqbal turned up. The removal foreman called 999 straight away and the police arrested Mr Iqbal at the scene for breaching his non-molestation order. He was remanded in custody at Thames Magistrates' on Saturday until his trial in May. The children were already in the refuge worker's car round the corner and didn't see him.

I visited the new flat yesterday: the children are settled, Ms Iqbal is fine and the refuge worker has put in a new door chain. The step down plan stands and the TAF date will follow.

Shabnam

Shabnam Karim | Social Worker | Tower Hamlets Council | 020 7946 0207

On Tue, 18 Mar 2064 at 14:22, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Shabnam Karim", "Shabnam.Karim@" + TDOM), addr("Early Help Hub", TEH),
                    "Re: Step-down request received [SB-tower_hamlets-781]", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["4476605"],
        [ch("Hana Iqbal"), ch("Musa Iqbal")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "Near miss: ALREADY HANDLED with the children safe - the father who came to the house move was arrested at the "
        "scene (999 by the removal foreman) and remanded until trial; children did not see him and are settled in the "
        "new flat; 'nothing needed from you' -> '>'-quoted follow_up to SB-tower_hamlets-781, attach_to_request (the "
        "breach of a non-molestation order is a current domestic_abuse concern).",
        not_children=["Shabnam Karim"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2064-01-30 14:15:42"
    body = T("""
Hi,

I'm the repairs planner for the Kingsmead estate (Hackney). We've got a tenant at 23 Kingsmead Way, Hackney E9, with two little ones and no heating since Tuesday. She says she has "a social worker from the council" who can let our engineer in on Friday when she is at the hospital with her mum.

Could you let me know the social worker's name and number so we can book the access? Our system has this address for "Early Help" but I think you may be Tower Hamlets - if so, sorry, could you tell me who I should contact in Hackney?

Thanks,
Bernie Ocampo
Repairs Planner | Kingsmead Estate Office
020 7946 0910
""")
    top = plain_top(f, addr("Bernie Ocampo", "repairs.kingsmead@hackney-homes.example"), addr("Early Help Hub", TEH),
                    "Access for heating repair - 23 Kingsmead Way", when, "hackney-homes.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 9,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Mail to the wrong inbox: a Hackney repairs planner asks Tower Hamlets' Early Help Hub for a Hackney family's "
        "social worker to give an engineer access - no request, no child named, no child-protection worry -> other, "
        "human_review.",
        not_children=["Bernie Ocampo"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2064-01-08 10:44:36"
    body = T("""
Hello Early Help,

Please could I have a triage slot to step the Couch family down to Early Help at level 3. LCS-3120448.

Evan Couch - DOB 12/12/2057
Lacey Couch - DOB 05/07/2061 (she is 2, so I think this needs the under-5s triage)

You may hear about the gas fire, so for clarity: at the annual gas safety check on 2 January the engineer classed the living room gas fire "Immediately Dangerous" (cracked flue) and capped it off there and then. The landlord replaced it on 3 January, a carbon monoxide alarm has been fitted and nobody was unwell. There is no ongoing risk and it is not a child protection matter - it was the landlord's appliance, not anything the parents did.

The Single Assessment is attached, with my team manager's analysis. Ms Couch has consented to the step down, and my team manager, Jo Widdowson, has agreed it.

What still needs support: mum's anxiety, and getting Lacey into a funded nursery place.

Thanks,
Hannah Crocker
Social Worker | Safeguarding Team 3 | Torbay Council
01632 960318

""") + BDISC
    atts = [pdf_att("Single Assessment - Couch - LCS-3120448.pdf", "Single Assessment", [
        "Family: Couch. LCS-3120448. Children: Evan Couch (12/12/2057), Lacey Couch (05/07/2061).",
        "Outcome: step down to Early Help (level 3).",
        "Team manager's analysis (Jo Widdowson): needs can be met through a targeted Early Help plan; agreed."])]
    top = outlook_top(f, addr("Crocker, Hannah", "Hannah.Crocker@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Couch - LCS-3120448", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-3120448"],
        [ch("Evan Couch", "2057-12-12", "12/12/2057"), ch("Lacey Couch", "2061-07-05", "05/07/2061")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Near miss: a Gas Safe 'Immediately Dangerous' classification and 'no ongoing risk' about a landlord's gas fire "
        "(an object, capped the same day, replaced, nobody unwell, 'not a child protection matter'). Complete Torbay "
        "level 3 step-down (Single Assessment with the TM's analysis, consent, manager agreed); Lacey is 2 -> under-5s "
        "triage -> book_meeting.",
        docs={"assessment"}, not_children=["Hannah Crocker", "Jo Widdowson"])

def torbay_02():
    f = "torbay_02.eml"; when = "2064-01-28 08:31:09"
    text = T("""
hi this is Dale from Westcountry Power meter reading, the office gave me this address

im at flat 2, 41 Belgrave Rd Torquay. a girl about 9 opened the door, she says her name is Ruby Pascoe. she says mum has been asleep since yesterday teatime and wont wake up

i looked in from the hall. mum is on the sofa, shes breathing but she doesnt answer when i shout, theres empty tablet packets on the floor by her. the baby (Ruby says hes Finn Pascoe, 1) is in a cot in the same room screaming, his nappy is hanging off. the meter has run out so no lights and no heat, its freezing in there

ive rung 999 for mum, they said an ambulance could be an hour. Ruby says theres no one else, nan lives in Plymouth

what do i do with the kids? im supposed to be on my round. im waiting outside the door with Ruby

Dale Hosking
07700 900355

Sent from my Galaxy
""")
    top = plain_top(f, addr("Dale Hosking", "dale.hosking@westcountry-power.example"), addr(None, BMASH),
                    "2 kids at 41 Belgrave Rd flat 2", when, "westcountry-power.example", "Samsung Email 6.2")
    add(f, apple_mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ruby Pascoe"), ch("Finn Pascoe")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 before office hours (08:31), phone style (format=flowed): a meter reader finds a 9-year-old and a "
        "1-year-old with their only carer unrousable since yesterday beside empty tablet packets, no power or heat, "
        "ambulance up to an hour away and nobody to look after the children -> urgent, other.",
        not_children=["Dale Hosking"],
        how="a meter reader's lower-case phone mail, told as what he can see from the hall")

def torbay_03():
    f = "torbay_03.eml"; when = "2064-02-13 14:02:27"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear MASH,</p>
<p>I'd like to make a contact to step the Stabb family up from Early Help. EHM-812204.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Child</th><th>DOB</th><th>School</th></tr>
<tr><td>Brandon Stabb</td><td>17/03/2050</td><td>Paignton Academy</td></tr>
<tr><td>Kirsty Stabb</td><td>29/02/2056</td><td>Oldway Primary</td></tr>
</table>
<p>Dad's drinking has got worse since he lost his job in November. The removal men who moved the family into their new flat in January told the letting agent that dad was drunk at 10am and that the children had no beds - they had been sleeping on a mattress on the floor at the old house. Brandon (13) is getting Kirsty up and to school most days and there is often no food in. The Early Help plan has not changed anything in three months.</p>
<p>My ATM, Silas Penrose, has agreed the step up.</p>
<p>I haven't been able to talk to mum about the contact yet - she was out at my last visit - I will ask her for consent when I see her on Monday.</p>
<p>Kind regards,<br>Gemma Rowlands<br>Family Intervention Worker | Torbay Early Help<br>01632 960427</p>
<p style="color:#777;font-size:8pt">%s</p>
</body></html>
""") % esc(BDISC.strip())
    top = outlook_top(f, addr("Rowlands, Gemma", "Gemma.Rowlands@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Stabb - EHM-812204", when)
    add(f, html_only(f, top, h), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-812204"],
        [ch("Brandon Stabb", "2050-03-17", "17/03/2050"), ch("Kirsty Stabb", "2056-02-29", "29/02/2056")],
        ["neglect", "substance_misuse", "young_carer"], None, True, ["consent"], None, "request_info",
        "HTML-only Torbay step-up (children in a table; Kirsty born on a leap day, 29/02/2056) with the ATM's agreement, "
        "but consent is still to be asked ('I will ask her ... on Monday') -> consent null and missing -> request_info.",
        not_children=["Gemma Rowlands", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2064-03-03 11:15:52"
    body = T("""
Dear Torbay MASH,

I lead the customer vulnerability team at Westcountry Power. We are rewriting the guidance for our meter readers and smart meter installers in Devon, and I'd be grateful for your view on two hypothetical situations before it goes to print.

1. If an installer is let in by a child who appears to be on their own, should they ring you, ring the police, or wait for a parent?
2. If a child told an installer that they were being hurt at home, is there a number we should give staff to call, and what should they write down?

To be clear, this is not about any family or any visit - it is for the written procedure and our annual safeguarding training, which starts in April.

Many thanks,
Claire Vosper
Customer Vulnerability Lead | Westcountry Power
01632 960702
""")
    top = plain_top(f, addr("Claire Vosper", "claire.vosper@westcountry-power.example"), addr("MASH", BMASH),
                    "Guidance for meter readers - question", when, "westcountry-power.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an energy company's HYPOTHETICAL questions for staff guidance (a child alone, a child saying they are "
        "hurt) - 'not about any family or any visit' -> other, human_review.", not_children=["Claire Vosper"])

def torbay_05():
    f = "torbay_05.eml"; when = "2064-03-07 08:50:17"
    data = outlook_itip_reply(f, when, ("Nicola Harvey", "n.harvey@collaton-primary.example"),
                              ("Torbay Early Help", BEH), "TENTATIVE",
                              "Weekly triage - Lavis - LCS-3124190 [SB-torbay-611]", "20640311T093000",
                              "20640311T101500", "Torbay Council, Tor Hill House, Room 3",
                              "Governors' meeting that morning - I'll try to join for your slot.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3124190"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from a school for a weekly triage slot (Tue 11 Mar 09:30 GMT) -> "
        "meeting_reply, record_reply; case id from the SUMMARY.", not_children=["Nicola Harvey"])

def torbay_06():
    f = "torbay_06.eml"; when = "2064-03-20 16:40:03"
    body = T("""
Good afternoon,

Please see the attached job sheet from our technician's visit this afternoon to 3 Hele Road, Torquay (mice treatment for Torbay Council's housing team). Our technician Craig asked us to send it to you as soon as possible - he said the council would know who needed to see it.

Kind regards,
Office Team
Coastline Pest Solutions Ltd
01632 960783
""") + quote("Craig Lemon <craig.lemon@coastlinepest.example>", "20 March 2064 16:22",
             "Office <office@coastlinepest.example>", "Job sheet CPS-22817 - 3 Hele Road",
             "Job sheet attached for the council. Please send to the children's team not just housing. Craig\n")
    att = pdf_att("Job sheet CPS-22817 - 3 Hele Road.pdf", "Coastline Pest Solutions - Job Sheet CPS-22817", [
        "Client: Torbay Council Housing. Property: 3 Hele Road, Torquay. Occupier: Mr Darren Shapland.",
        "Date: 20/03/2064. Arrived 15:05. Left 15:50. Technician: Craig Lemon.",
        "Pest: mice. Treatment: 6 bait boxes (kitchen 2, under stairs 1, rear bedroom 1, front bedroom 2).",
        "",
        "Technician notes:",
        "Access to rear bedroom needed for bait box. Door bolted from the outside, two bolts, top and bottom.",
        "Occupier unbolted it. Girl approx 6 inside, sitting on a bare mattress, no bedding. Bucket in corner",
        "being used as a toilet. Window screwed shut. Room very cold and smelt of urine.",
        "Girl said her name is Kayleigh Shapland. She said 'I have to stay in here till I'm good. Daddy says",
        "if I cry I don't get any tea.' Occupier said she 'stays in there when she's naughty' and has been in",
        "'since school'. Occupier bolted the door again when I left at 15:50.",
        "No other adult present. Occupier said mum is 'away'.",
        "",
        "Follow-up visit: 03/04/2064."])
    top = outlook_top(f, addr("Coastline Pest Solutions", "office@coastlinepest.example"), addr("MASH", BMASH),
                      "FW: Job sheet CPS-22817 - 3 Hele Road", when)
    add(f, mail(f, top, body, [att], html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kayleigh Shapland")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 ONLY IN THE ATTACHED PDF under a bland Outlook forward: a pest control technician's job sheet "
        "records a girl of about 6 bolted into a cold bedroom with a bucket for a toilet, food withheld ('if I cry I "
        "don't get any tea'), re-bolted in when he left, no other adult -> urgent, other.",
        not_children=["Darren Shapland", "Craig Lemon"],
        how="only in a pest control job sheet PDF, in clinical technician's notes and the child's words")

def torbay_07():
    f = "torbay_07.eml"; when = "2064-02-19 10:12:44"
    ack = ack_text("step-up", "SB-torbay-598", ["Case: EHM-812204", "Children: Brandon Stabb, Kirsty Stabb",
                                                 "MASH threshold discussion: to be booked"],
                   ["consent (the family's consent to the contact)"])
    body = T("""
Morning,

Mum gave her consent to the contact to MASH at my visit on Monday (18th), so that's the missing piece.

I've also attached the chronology you asked for, for the threshold discussion. Please note the first two entries are from last year and were closed at the time - they're in for completeness.

Gemma

Gemma Rowlands | Family Intervention Worker | Torbay Early Help | 01632 960427

On 13 Feb 2064, at 14:09, MASH <mash@torbay.gov.uk> wrote:

""") + quoted(ack)
    att = docx_att("Chronology - Stabb - EHM-812204.docx", [
        "# Chronology - Stabb family (EHM-812204)",
        "27/12/2063 - Supermarket delivery driver reported Brandon (13) and Kirsty (7) at home alone at 9pm. Police "
        "welfare check the same evening: mum was at Torbay Hospital with nan, a neighbour was checking on the children. "
        "No further action.",
        "03/01/2064 - Removal firm told the letting agent dad was drunk during the move. Letting agent informed Early Help. "
        "Discussed at the TAF 10/01/2064.",
        "10/01/2064 - TAF: dad's drinking, food in the house, Brandon getting Kirsty to school.",
        "13/02/2064 - Contact to MASH (step up)."])
    top = plain_top(f, addr("Rowlands, Gemma", "Gemma.Rowlands@" + BDOM), addr("MASH", BMASH),
                    "Re: Step-up request received [SB-torbay-598]", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [att], crlf=False), "torbay", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["EHM-812204"],
        [ch("Brandon Stabb"), ch("Kirsty Stabb")],
        [], True, None, [], None, "attach_to_request",
        "Near miss: PAST DATES - the chronology's 'home alone at 9pm' entry is from 27/12/2063 and was closed the same "
        "night (mum at hospital, neighbour checking). A '>'-quoted follow_up to SB-torbay-598 (torbay_03's request) "
        "bringing the consent the ack asked for -> consent true, attach_to_request; no new concern is raised.",
        not_children=["Gemma Rowlands"])

def torbay_08():
    f = "torbay_08.eml"; when = "2064-04-03 17:35:21"
    body = T("""
Thank you for your email. I'm on annual leave over Easter and back in the office on Tuesday 8 April.

For anything about a triage slot or a step down while I'm away, please contact my team manager, Jo Widdowson, on 01632 960300, or the Early Help business support team.

Hannah Crocker
Social Worker | Safeguarding Team 3 | Torbay Council
""")
    data = ooo(f, when, ("Hannah Crocker", "Hannah.Crocker@" + BDOM), addr("Torbay Early Help", BEH),
               "Triage slot confirmed - Couch [SB-torbay-577]", body)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) on the last day of term (Thu 3 Apr, BST +0100) -> "
        "auto_reply, ignore; no alarm words.", not_children=["Hannah Crocker", "Jo Widdowson"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2064-01-14 11:25:38"
    body = T("""
Dear Early Help co-ordinators,

Level 3 step down for the Bevan children - one request for the sibling group. The step down plan and the signed consent form are attached.

Freya Bevan - 18/01/2049 - Mosaic 702315
Owen Bevan - 03/06/2052 - Mosaic 702316
Macy Bevan - 27/10/2058 - Mosaic 702317

The CIN plan started when nan's carers (Mrs Bevan's mother lives with the family and has four care calls a day) noticed that Freya was doing nan's evening medication and her personal care. Adult Social Care have now increased the package to cover the evening calls, Freya has a young carers' assessment and goes to the young carers' group in Kington, and her attendance is back up to 95%.

Key person: Mrs Angharad Jones, Family Support Worker, Kington Primary School, who knows all three children and has agreed to lead.

Best wishes,
Rhodri Vaughan
Social Worker | Children in Need Team | Herefordshire Council
01632 960415

""") + HDISC
    atts = [docx_att("Step down plan - Bevan.docx", [
                "# Early Help step down plan", "Children: Freya Bevan, Owen Bevan, Macy Bevan (Mosaic 702315-702317)",
                "Key person: Angharad Jones, Family Support Worker, Kington Primary School",
                "Outcome 1: Freya keeps her young carers' group place; no personal care for nan.",
                "Outcome 2: Owen's transition to Lady Hawkins' School."]),
            pdf_att("Consent form signed - Bevan.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
                "Signed: Carys Bevan (mother). Date: 09/01/2064."])]
    top = outlook_top(f, addr("Vaughan, Rhodri", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Bevan sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["702315", "702316", "702317"],
        [ch("Freya Bevan", "2049-01-18", "18/01/2049"), ch("Owen Bevan", "2052-06-03", "03/06/2052"),
         ch("Macy Bevan", "2058-10-27", "27/10/2058")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire Level 3 sibling-group step-down (a young carer noticed by her nan's carers): plan .docx, "
        "signed consent form .pdf, key person named with her agency -> book_meeting. Freya turned 15 on 18 Jan, after "
        "this mail, and is a child either way.",
        docs={"draft_plan", "consent_form"}, not_children=["Carys Bevan", "Rhodri Vaughan", "Angharad Jones"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2064-02-06 10:10:27"
    fwd = T("""
Hi Sue,

Can you send this to the council? At the Leominster job today (rats, Ryelands Road) I found the family's dog, a Staffie, shut in the garden shed. No water, no bed, very thin, sores on his back legs, and the shed was full of his mess. The owner said he "got too much" since the baby came and they'd been "meaning to rehome him". I rang the RSPCA from the garden and their inspector came out at 2 and took the dog.

Just so it's clear - the house itself was clean and warm, the kids were at school and nursery, there was plenty of food in and mum was lovely. No concerns about the children at all, it's just the dog.

Wayne
""")
    body = T("""
Dear MASH,

Our technician asked me to pass on the note below. The RSPCA have already taken the dog and are dealing with the animal welfare side; we're sending it to you only because there are children at the property and our policy says to tell the council if there is ever any neglect or danger at a job. There are no concerns about the children.

Sue Pritchard
Office Manager | Marches Pest Control
01632 960750

""") + gfwd("Wayne Hobbs <wayne.hobbs@marchespest.example>", "Tue, 5 Feb 2064 at 16:48", "Ryelands Rd - dog",
            "Sue Pritchard <office@marchespest.example>", fwd)
    top = plain_top(f, addr("Sue Pritchard", "office@marchespest.example"), addr(None, HMASH),
                    "Fwd: Ryelands Rd - dog", when, "mail.gmail.com")
    add(f, gmail_mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: A PET - a Gmail-forwarded pest control note about a neglected dog shut in a shed, already taken by "
        "the RSPCA; 'neglect or danger' is the firm's policy wording; 'no concerns about the children at all' (unnamed) "
        "-> other, human_review, concerns [].",
        not_children=["Wayne Hobbs", "Sue Pritchard"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2064-01-21 07:52:14"
    body = T("""
Good morning,

I am care worker from Golden Years Home Care. I visit Mr Dennis Pugh (grandfather) every morning at 7, he live with his daughter Stacey and her children at 5 Orchard Close, Bromyard.

This morning when I arrive, the little girl Ellie-May Pugh (3 years) was outside in the back garden only in nappy and t-shirt. It is minus 3, frost on the grass. She is very cold, her lips are blue and she is shaking, she cannot talk properly. The back door is locked. I knock and knock, nobody come. Mr Pugh is in bed upstairs, he cannot walk.

Through the window I see Stacey and her boyfriend asleep on the sofa, many bottles on the table. I hear the baby Jaxon Pugh (10 months) crying inside.

I put Ellie-May in my car with the heater and my coat. I ring Stacey mobile 4 times, no answer. I have to go to my next client at 8.15.

Please what I do? Somebody call me 07700 900648.

Sorry for my English.

Mirela Constantin
Care Worker, Golden Years Home Care (Bromyard)
""")
    top = plain_top(f, addr("Mirela Constantin", "mirela.constantin.gyhc@example.com"), addr(None, HMASH),
                    "little girl outside 5 Orchard Close Bromyard", when, "mail.example.com")
    add(f, gmail_mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ellie-May Pugh"), ch("Jaxon Pugh")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 at 07:52 (before office hours), in a grandfather's care worker's second-language English: a "
        "3-year-old locked out in a nappy at minus 3 with blue lips, the adults asleep among bottles and unrousable, a "
        "10-month-old crying inside, the carer due to leave at 8.15 -> urgent, other.",
        not_children=["Dennis Pugh", "Stacey Pugh", "Mirela Constantin"],
        how="a home carer's non-native English, visiting the grandfather, at dawn")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2064-03-04 15:05:33"
    text = T("""
Hi both,

Level 3 step down for Jac Morgan (DOB 14.09.2052) and Cerys Morgan (DOB 02.02.2057), Mosaic 704418.

The CIN plan was about the children's school attendance after the family's house fire last summer and the months in temporary housing. They've been back in their repaired home since November and attendance is 93% and 96%.

Plan attached. Key person: Mr Huw Prosser, Youth Worker, Leominster Youth Hub, who already runs Jac's youth club group.

Mum agreed to Early Help at the CIN review last week, but I haven't got the signed consent form back yet - I'm taking it round on Friday.

Lowri

Lowri Bevington
Social Worker, Herefordshire Council

Sent from my iPhone
""")
    atts = [docx_att("EH step down plan - Morgan.docx", ["# Early Help step down plan",
                                                         "Jac Morgan and Cerys Morgan (Mosaic 704418)",
                                                         "Key person: Huw Prosser, Leominster Youth Hub",
                                                         "Outcome: attendance stays above 95%."])]
    top = plain_top(f, addr("Lowri Bevington", "Lowri.Bevington@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Morgan", when, HDOM, "iPhone Mail (23C71)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["704418"],
        [ch("Jac Morgan", "2052-09-14", "14.09.2052"), ch("Cerys Morgan", "2057-02-02", "02.02.2057")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "iPhone (format=flowed) Herefordshire Level 3 step-down: plan attached, key person with agency, mum agreed at "
        "the review (consent true) but the signed form is still to come -> consent_form missing -> request_info.",
        docs={"draft_plan"}, not_children=["Lowri Bevington", "Huw Prosser"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2064-01-29 12:30:46"
    body = T("""
Dear MASH,

I would like to step Kaitlyn Powell (DOB 21 November 2050, Mosaic 703990) up from Early Help to Children's Social Care.

Kaitlyn lives with her mum and her grandad, who has dementia. Grandad's carers have told me the house has gone downhill since Christmas: no food in the fridge most visits, Kaitlyn's school uniform unwashed, dog mess in the hallway, and on two visits Kaitlyn (13) was at home in school hours looking after grandad while mum was out. Mum is not engaging with the plan or with the school.

My manager, Rebecca Lloyd, has agreed this step up, and mum has agreed to the referral.

Tom Garrod
Early Help Practitioner | Herefordshire Council
01632 960471

""") + HDISC
    top = outlook_top(f, addr("Garrod, Tom", "Tom.Garrod@" + HDOM), addr("MASH", HMASH),
                      "Step up - Kaitlyn Powell", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["703990"],
        [ch("Kaitlyn Powell", "2050-11-21", "21 November 2050")],
        ["neglect", "non_engagement", "school_attendance", "young_carer"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up -> human_review, missing [] and notice null; "
        "consent and manager agreement stated.",
        not_children=["Tom Garrod", "Rebecca Lloyd"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2064-03-14 14:50:12"
    body = T("""
Dear MASH,

Step up request for Seren Lewis (DOB 09/05/2057) and Cai Lewis (DOB 30/11/2061), Mosaic 705102.

The Early Help plan has been about mum's isolation and Cai's speech since the autumn. Mum's new partner, Gary Thorne, moved in about three weeks ago.

This morning the Openreach engineer who came to fix the broadband told our family support worker (who was there for a home visit at 10) that when he arrived at 9 Gary had been in the children's bedroom with Seren with the door shut, and came out doing up his belt. Seren wasn't at school - Gary told the engineer she was "poorly".

At 1pm PC Amy Lake from the MOSOVO team rang me back: Gary Thorne is a registered sex offender (convicted in 2058 of offences against a girl aged 7) and has a Sexual Harm Prevention Order that bans him from unsupervised contact with any child under 16. Mum is at work until 6 and Gary is collecting Cai from nursery at 3.15.

I think this one needs looking at today rather than waiting for a step up meeting. My manager, Bethan Rees, has agreed the step up.

Siân Howells
Early Help Practitioner | Herefordshire Council
01632 960488

""") + HDISC
    top = outlook_top(f, addr("Howells, Siân", "Sian.Howells@" + HDOM), addr("MASH", HMASH),
                      "Step up - Lewis - 705102", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["705102"],
        [ch("Seren Lewis", "2057-05-09", "09/05/2057"), ch("Cai Lewis", "2061-11-30", "30/11/2061")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1, understated ('needs looking at today'): a broadband engineer saw mum's new partner come out of a "
        "6-year-old's bedroom doing up his belt; police confirm he is a registered sex offender with an SHPO and he is "
        "collecting the 2-year-old at 3.15 with mum at work until 6 -> urgent. Herefordshire defines no step_up, but "
        "urgency comes first -> alert_duty.",
        not_children=["Gary Thorne", "Amy Lake", "Bethan Rees", "Siân Howells"],
        how="told in order and understated, through a broadband engineer and a police call-back")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2064-03-10 10:02:55"
    ack = ack_text("step-down", "SB-herefordshire-846", ["Mosaic ID: 704418", "Children: Jac Morgan, Cerys Morgan"],
                   ["consent_form (the signed Early Help consent form)"])
    text = T("""
Hi,

Signed consent form for Jac Morgan and Cerys Morgan attached - mum signed it on Friday.

Lowri

Lowri Bevington | Social Worker | Herefordshire Council

> On 4 Mar 2064, at 15:11, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
""") + quoted(ack)
    atts = [pdf_att("Consent form - Morgan signed.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help. Signed: Bethan Morgan (mother). 07/03/2064."])]
    top = plain_top(f, addr("Lowri Bevington", "Lowri.Bevington@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-846]", when, HDOM, "Apple Mail (3826.500.181.1.5)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["704418"],
        [ch("Jac Morgan"), ch("Cerys Morgan")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-846] adding the signed consent form herefordshire_04 lacked -> follow_up, "
        "attach_to_request; consent true ('mum signed it').",
        docs={"consent_form"}, not_children=["Bethan Morgan", "Lowri Bevington"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2064-03-31 11:40:09"
    body = T("""
Dear co-ordinators,

Level 3 step down for Kian Price (DOB 1st April 2052) and Leah Price (DOB 19th August 2059), Mosaic 705530 and 705531. The step down plan and Mrs Price’s signed consent form are attached.

Some background, because the original contact may read alarmingly: in January the electricity network’s engineer, restoring supply after the storm, contacted us because the house had been without power for three days and he thought the children “might be at risk” and “neglected”. On assessment there was no neglect: the outage was the network fault, the family had a camping stove, blankets and a paraffin heater, the children were warm, fed and at school every day, and there were no injuries and no concerns about their care. Nobody was in danger.

What remains: help with the family’s energy debt (£640) and Kian’s move to high school in September.

Key person: Ms Debbie Amos, Family Support Worker, Bishop’s Castle Road Family Hub, who has agreed to take it on.

Regards,
Elin Parry
Social Worker | Children in Need Team | Herefordshire Council
01632 960439

""") + HDISC
    atts = [docx_att("Step down plan - Price.docx", ["# Early Help step down plan", "Kian Price and Leah Price",
                                                     "Key person: Debbie Amos, Family Support Worker",
                                                     "Outcome 1: energy debt plan with the supplier.",
                                                     "Outcome 2: Kian's transition to high school."]),
            pdf_att("Signed consent - Price.pdf", "Early Help consent form", [
                "I consent to Early Help for my children. Signed: Joanne Price. 27/03/2064."])]
    top = outlook_top(f, addr("Parry, Elin", "Elin.Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Price", when)
    add(f, mail(f, top, body, atts, charset="windows-1252"), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["705530", "705531"],
        [ch("Kian Price", "2052-04-01", "1st April 2052"), ch("Leah Price", "2059-08-19", "19th August 2059")],
        [], True, None, [], None, "book_meeting",
        "Near miss: NEGATED - the engineer's 'might be at risk' / 'neglected' is answered by 'there was no neglect', 'no "
        "injuries and no concerns', 'nobody was in danger' (the storm outage was the network's fault). windows-1252 QP "
        "(curly quotes, GBP sign). Complete Level 3 step-down (plan, signed consent form, key person with agency) -> "
        "book_meeting; energy debt and a school move are not concern ids. BST (+0100); Kian turns 12 on 1 Apr.",
        docs={"draft_plan", "consent_form"}, not_children=["Elin Parry", "Debbie Amos", "Joanne Price"])

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
# Knowsley notice: file -> (working days expected, plain weekdays, crosses a bank holiday?, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (4, 6, date(2064, 4, 4), True),     # Tue 1 Apr -> Wed 9 Apr across Good Friday + Easter Monday
    "knowsley_03.eml": (5, 5, None, False),                 # Fri 15 Feb -> Fri 22 Feb, half term is not a bank holiday
    "knowsley_04.eml": (6, 8, date(2064, 4, 4), False),    # Fri 28 Mar -> Wed 9 Apr across Easter
    "knowsley_06.eml": (6, 6, None, False),                 # Wed 26 Feb -> Wed 5 Mar (Fri 29 Feb is a working day)
}
EXPECTED_BH_2064 = {date(2064, 1, 1), date(2064, 4, 4), date(2064, 4, 7), date(2064, 5, 5), date(2064, 5, 26),
                    date(2064, 8, 25), date(2064, 12, 25), date(2064, 12, 26)}

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

MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}

def parse_dob(w):
    """A DOB exactly as a mail writes it -> ISO: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '3rd March 2056',
    '22 June 2054'."""
    m = re.fullmatch(r"(\d\d)([/.-])(\d\d)\2(\d{4})", w)
    if m:
        return date(int(m[4]), int(m[3]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2]], int(m[1])).isoformat()
    raise ValueError("unknown DOB format %r" % w)

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

MON3 = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                    "Dec"], 1)}
WEEKDAY_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (\d{1,2})(?:st|nd|rd|th)? "
                          r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: (20\d\d))?\b")

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2064) != date(2064, 4, 6):
        err("calendar", "Easter 2064 should be Sunday 6 April")
    for y, e in ((2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25)),
                 (2285, date(2285, 3, 22))):
        if easter(y) != e:
            err("calendar", "computus wrong for %d" % y)
    bh = bank_holidays(2064)
    if bh != EXPECTED_BH_2064:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2064))
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall inside the window: %s" % inwin)
    if date(2064, 1, 1).weekday() != 1:
        err("calendar", "New Year's Day 2064 should be a Tuesday")
    if WINDOW != (date(2064, 1, 7), easter(2064) - timedelta(days=3)):
        err("calendar", "window should be Mon 7 Jan - the Thursday before Good Friday")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 3:
        err("calendar", "window should run Monday -> Thursday")
    if HALF_TERM[0].weekday() != 0 or (HALF_TERM[1] - HALF_TERM[0]).days != 4 or HALF_TERM[0] in BANK_HOLIDAYS:
        err("calendar", "half term should be a Monday-Friday week of working days")
    if date(2064, 2, 29).weekday() != 4 or not is_wd(date(2064, 2, 29)):
        err("calendar", "29 Feb 2064 should be a Friday and a working day")
    bst_on, bst_off = last_sunday(2064, 3), last_sunday(2064, 10)
    if (bst_on, bst_off) != (date(2064, 3, 30), date(2064, 10, 26)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2064, 3, 30, 0, 59, tzinfo=UTC), 0), (datetime(2064, 3, 30, 1, 1, tzinfo=UTC), 1),
                   (datetime(2064, 10, 26, 0, 59, tzinfo=UTC), 1), (datetime(2064, 10, 26, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        want = timedelta(hours=1 if d >= bst_on else 0)
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != want:
            err("calendar", "%s has the wrong offset" % d)
        d += timedelta(days=1)

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
                if not is_wd(mt) or mt <= now_d or mt.year != 2064:
                    err(f, "meeting date not a future working day of 2064")
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
        want = "+0100" if sent >= datetime(2064, 3, 30, 1, 0, tzinfo=UTC) else "+0000"
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
        for src, t in (("text", text), ("headers", heads)):
            for y in re.findall(r"\b(2\d\d\d)\b", t):
                if 2064 < int(y) < 2200:
                    err(f, "a year after 2064 in the %s: %s" % (src, y))
        # every "weekday + date" the text writes must be that weekday (year 2064 unless written)
        for mm in WEEKDAY_DATE.finditer(text):
            wd_, dd_, mon_, yy_ = mm.group(1), int(mm.group(2)), mm.group(3), mm.group(4)
            real = date(int(yy_) if yy_ else 2064, MON3[mon_[:3]], dd_)
            if real.strftime("%a") != wd_[:3]:
                err(f, "'%s' but that day is a %s" % (mm.group(0), real.strftime("%A")))
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
