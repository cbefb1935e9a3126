#!/usr/bin/env python3
"""mixed173: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2066, in mail that arrives in pieces: a request split over two mails, "forgot to
attach" follow-ups, the attachment sent alone with a one-line body, corrections to a name or a date of birth, the
same request sent twice, a reply sent to the wrong thread, a forward of a forward with the risk buried deep, and a
mail whose subject says one thing and body another.

Window: Monday 19 April - Wednesday 21 July 2066. Easter Sunday 2066 is 11 April (Good Friday 9 April, Easter
Monday 12 April); the two-week Easter break runs Monday 5 - Friday 16 April, so the summer term starts on Monday
19 April. Inside the window: the Early May bank holiday Monday 3 May and the Spring Bank Holiday Monday 31 May (half
term Monday 31 May - Friday 4 June). British Summer Time runs from Sunday 28 March to Sunday 31 October 2066, so
every Date header carries +0100.

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
YEAR = 2066
WINDOW = (date(2066, 4, 19), date(2066, 7, 21))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2066)."""
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
    """Europe/London wall-clock time (the whole window is BST, +0100)."""
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
            b"<< /Producer (mixed173 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2066, 4, 16, 0, 0, 0))
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
        not_children=(), how="", no_ref_ok=False, wrong_thread=False):
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
                   "not_children": list(not_children), "how": how, "no_ref_ok": no_ref_ok,
                   "wrong_thread": wrong_thread}



# ---------------------------------------------------------------- builders added for this set
def text_att(filename, text, charset="utf-8"):
    """A text/plain attachment (a phone note, a typed note), quoted-printable."""
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

def rfc822_att(filename, raw):
    """A whole earlier message forwarded as an attachment (Outlook 'Forward as attachment')."""
    s = raw.decode("ascii").replace("\r\n", "\n")
    h = [("Content-Type", 'message/rfc822; name="%s"' % filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename)]
    return Part(h, s)

def phone_b64(f, top, text):
    """A phone mail: one base64 text/plain part, LF line ends."""
    return build(top, text_part(text, cte="base64"), False)

def charset_mail(f, top, text, charset):
    return build(top, text_part(text, charset=charset), False)

def lines_in(pairs):
    return ["%s %s" % (q, a) for q, a in pairs]


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

K01_WHEN = "2066-04-22 10:41:07"
K01_BODY = T("""
Morning all,

This is PART 1 of 2. Our system won't let me send more than 10MB in one email, so the step up form, the TAF minutes and the GCP2 will come in a second email straight after this one.

Step up request - Kershaw family - EHM-83127

Jayden Kershaw - DOB 14/02/2057
Tia-Rose Kershaw - DOB 30/09/2060

The family have been open to Family First 0-18 at Level 3 since October. Home conditions have gone backwards since Christmas: no working cooker for five weeks, dog mess on the kitchen floor at the last three visits, Tia-Rose's cot mattress is soaked and she has been sleeping on the sofa with mum. Jayden's attendance is 81% this term and he is regularly in the same uniform all week. Dad (Lee) works away and mum (Kirsty) says she can't cope with the house on her own.

My team manager, Marcus Heald, has discussed the step up with me and agreed it (supervision 20/04).

The step up TAF meeting is booked for Wednesday 5th May at 10:00 at Huyton Family Hub, Room 2. The Teams invite has gone to the MASH inbox and MASH business support this morning; I will invite school, the health visitor and the housing officer.

Kirsty knows I am sending this.

Part 2 (attachments) to follow in the next few minutes.

Thanks
Aoife

Aoife Brannigan
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0372

""") + KDISC

def knowsley_01():
    f = "knowsley_01.eml"; when = K01_WHEN
    top = outlook_top(f, addr("Brannigan, Aoife", "Aoife.Brannigan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Kershaw - EHM-83127 - part 1 of 2", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, K01_BODY, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-83127"],
        [ch("Jayden Kershaw", "2057-02-14", "14/02/2057"), ch("Tia-Rose Kershaw", "2060-09-30", "30/09/2060")],
        ["neglect", "school_attendance"], None, True, ["gcp2", "step_up_form", "taf_minutes"], True, "request_info",
        "PART 1 OF A REQUEST SPLIT OVER TWO MAILS: a Knowsley step-up whose body is complete (EHM id, children with "
        "DOBs, team manager agreed, TAF Wed 5 May 10:00 with venue) but which carries no attachment - the form, TAF "
        "minutes and GCP2 (neglect) are promised 'in a second email'. Judged on its own: step_up_form, taf_minutes and "
        "gcp2 missing -> request_info. Notice Thu 22 Apr -> Wed 5 May crosses May Day (Mon 3 May): 8 WD -> ok. "
        "'Kirsty knows' is not consent (null; not required).",
        meeting=date(2066, 5, 5), not_children=["Kirsty Kershaw", "Aoife Brannigan", "Marcus Heald"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2066-04-22 10:46:52"
    body = T("""
Part 2 of 2 - attachments for the Kershaw step up (Jayden and Tia-Rose), as promised.

Aoife

Aoife Brannigan
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0372
""") + quote("Brannigan, Aoife", "22 April 2066 10:41", "Knowsley MASH <%s>" % KMASH,
             "Step up - Kershaw - EHM-83127 - part 1 of 2", K01_BODY, cc="MASH Business Support <%s>" % KBS)
    form = appendix1([
        ("Case ID on EHM:", "EHM-83127"),
        ("Children:", "Jayden Kershaw 14/02/2057; Tia-Rose Kershaw 30/09/2060"),
        ("Date of step up TAF meeting:", "Wednesday 5 May 2066, 10:00, Huyton Family Hub Room 2"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/04/2066"),
        ("What are we worried about?", "Home conditions and the children's physical care (neglect); Jayden's attendance 81%."),
        ("What is working well?", "Kirsty is warm with the children and lets workers in; Tia-Rose is up to date with her jabs."),
        ("What next?", "CSC assessment; a cooker and a new cot mattress through the welfare fund; school attendance plan."),
        ("Graded Care profile (If neglect should be completed).", "Completed 15/04/2066 - attached."),
        ("Agreement by line manager:", "Marcus Heald, Team Manager, 20/04/2066 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Kershaw.docx", form),
            pdf_att("TAF minutes 08.04.66 - Kershaw.pdf", "Team Around the Family meeting - minutes", [
                "Family: Kershaw. EHM-83127. Date: 08/04/2066. Venue: family home.",
                "Present: Aoife Brannigan (FF Case Manager), Kirsty Kershaw, health visitor, school family support worker.",
                "1. Home: cooker still broken; kitchen floor dirty; cot mattress wet.",
                "2. School: Jayden 81%. Late on 9 days.",
                "Actions: AB to discuss step up with team manager if no change by 20/04."]),
            pdf_att("GCP2 - Kershaw.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Kershaw. Completed with: Kirsty Kershaw. Date: 15/04/2066. Practitioner: Aoife Brannigan.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 3."])]
    top = outlook_top(f, addr("Brannigan, Aoife", "Aoife.Brannigan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step up - Kershaw - EHM-83127 - part 2 of 2", when, cc=addr("MASH Business Support", KBS),
                      reply_to_mid=msgid("knowsley_01.eml", "LO4P265MB7731.GBRP265.PROD.OUTLOOK.COM"))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-83127"],
        [ch("Jayden Kershaw", "2057-02-14", "14/02/2057"), ch("Tia-Rose Kershaw", "2060-09-30", "30/09/2060")],
        ["neglect", "school_attendance"], None, True, [], None, "attach_to_request",
        "PART 2 OF 2: a reply to the sender's own part 1 (knowsley_01, In-Reply-To) that only brings the form, TAF "
        "minutes and GCP2 -> follow_up, attach_to_request, although its subject carries no [SB-] reference yet (it was "
        "sent five minutes after part 1). Facts from the quoted part 1 and the form: children with DOBs, neglect and "
        "attendance, manager agreed. No requirements for a follow_up, so missing [] and notice null.",
        docs={"step_up_form", "taf_minutes", "gcp2"}, no_ref_ok=True,
        not_children=["Kirsty Kershaw", "Aoife Brannigan", "Marcus Heald"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2066-05-10 14:22:40"
    ack = ack_text("step-up", "SB-knowsley-418", ["Case: EHM-83560", "Step-up TAF meeting: Wed 19 May 2066 13:30"],
                   ["engaging_families (the Engaging Families toolkit)"])
    body = T("""
Sorry!! Forgot to attach the Engaging Families toolkit this morning. Attached now.

Gill

PS just as I was sending this the school rang. Kaci Pennington has come in after lunch with a split lip and a swollen cheek. She told the teacher that Wayne (mum's partner) threw the TV remote at her face last night because she wouldn't go up to bed, and then pushed her into the door frame. She is crying and begging not to go home. Wayne is the one collecting her at 3 today - mum is at work until 6. School have my number and are keeping her in the office with the learning mentor for now.

Gill Rafferty | Family First Case Manager | Knowsley Council | 0151 496 0588

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 10 May 2066 09:58
To: Rafferty, Gill <Gill.Rafferty@knowsley.gov.uk>
Subject: Step-up request received [SB-knowsley-418]

""") + ack
    atts = [docx_att("Engaging Families Toolkit - Pennington.docx", [
        "# Engaging Families Toolkit - Family Engagement Assessment",
        "Family: Pennington (EHM-83560). Completed 07/05/2066 by Gill Rafferty.",
        "Overall engagement: LOW.",
        "Mum (Stacey) has cancelled or not been in for 6 of the last 8 home visits and has not attended the last two TAF meetings.",
        "What this tells us: the plan cannot move forward at Level 3 without a statutory assessment."])]
    top = outlook_top(f, addr("Rafferty, Gill", "Gill.Rafferty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step-up request received [SB-knowsley-418]", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-83560"],
        [ch("Kaci Pennington")],
        ["non_engagement", "physical_harm"], None, None, [], None, "alert_duty",
        "A 'FORGOT TO ATTACH' FOLLOW-UP with the risk in its PS: bringing the missing Engaging Families toolkit to "
        "[SB-knowsley-418], it adds that a child came to school with a split lip from mum's partner last night and he "
        "collects her at 3 today, mum at work -> urgent follow_up, alert_duty. Non-engagement from the toolkit (low). "
        "No alarm words.",
        docs={"engaging_families"}, not_children=["Stacey Pennington", "Gill Rafferty"],
        how="in a PS under a one-line 'forgot to attach' note")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2066-06-15 08:47:12"
    comment = ("Sorry I can't come on Wednesday. I'm the manager at Little Acorns nursery. Zion Okafor's mum dropped him "
               "off at 8 with a fresh burn on the back of his left hand - a triangle shape, it looks like the point of "
               "an iron. Mum says he did it himself but he's 3 and can't reach the ironing board. He flinched when I "
               "went to look. His dad is collecting him at 12 today. Please can someone ring me on 0151 496 0823. "
               "Bernadette Quigley")
    data = outlook_itip_reply(f, when, ("Bernadette Quigley", "manager@littleacorns-nursery.example"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Okafor - EHM-84011 [SB-knowsley-455]",
                              "20660616T133000", "20660616T150000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-84011"],
        [ch("Zion Okafor")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "The risk is only in a DECLINED calendar reply's COMMENT (and its text twin): a 3-year-old brought to nursery "
        "with an iron-shaped burn, an implausible account, dad collecting at 12 today -> urgent meeting_reply, "
        "alert_duty; case id from the SUMMARY.",
        not_children=["Bernadette Quigley"],
        how="only in the COMMENT of a DECLINED calendar reply")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2066-05-26 11:18:30"
    body = T("""
Hi Family First duty,

Please ignore the subject line - I copied it from an old email. This is a LEVEL 3 step down to Family First 0-18, not Level 2.

ICS-1612094

Brooke Rimmer - DOB 11/03/2054
Alfie Rimmer - DOB 23/10/2058

Joint home visit: Wednesday 2nd June 2066 at 10:00, at the family home, 41 Tithebarn Close, Kirkby L32 9ZX.

What are we worried about?
Mum's depression - she is better than in January but still has weeks where she does not get up; Alfie's attendance is 84%.

What is working well?
Mum has engaged with the Talking Therapies service and takes her medication. Brooke is a great help and is settled at secondary school. Nan visits daily.

What needs to happen?
A Family First case manager to pick up the plan; an attendance plan for Alfie with school; a young carers assessment for Brooke.

Ms Rimmer has consented to the case being referred to Family First (signed at my visit on 24/05/2066).

Thanks,
Carl Dempsey
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0916

""") + KDISC
    top = outlook_top(f, addr("Dempsey, Carl", "Carl.Dempsey@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Rimmer", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-1612094"],
        [ch("Brooke Rimmer", "2054-03-11", "11/03/2054"), ch("Alfie Rimmer", "2058-10-23", "23/10/2058")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "SUBJECT SAYS ONE THING, BODY ANOTHER: subject 'Step down to Level 2', body 'ignore the subject line ... LEVEL 3' "
        "-> level 3 (consent needed and given). Otherwise complete (joint visit date/time/venue, three headings). "
        "NOTICE ACROSS THE SPRING BANK HOLIDAY: Wed 26 May -> Wed 2 Jun is 5 plain weekdays but Mon 31 May is a bank "
        "holiday, so 4 working days < 5 -> not ok -> request_info.",
        meeting=date(2066, 6, 2), not_children=["Carl Dempsey"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2066-06-28 09:05:18"
    body = T("""
Hello,

Sorry about the capitals in the subject - it's only urgent because the meeting is next week and the room has changed. It is not a child protection matter and there are no new concerns.

Mollie Astbury's final CIN meeting (ICS-1607733) on Tuesday 6th July at 2pm has moved from Park View Primary to Kirkby Family Hub, Room 3, Cherryfield Drive. The school hall was double-booked for sports day. Same date, same time.

For anyone reading the old chain: the child protection history on file is mum's ex-partner's, from 2063. He has had no contact since and it is not part of this step down.

Thanks
Nadia

Nadia Shields | Social Worker | Knowsley Council | 0151 496 0245
""")
    ack = ack_text("step-down", "SB-knowsley-471", ["Case: ICS-1607733", "Final CIN meeting: Tue 6 Jul 2066 14:00"], [])
    body += "\nOn Fri, 25 Jun 2066 at 14:12, Family First 0-18 Duty Mailbox <%s> wrote:\n" % KFF + quoted(ack)
    top = plain_top(f, addr("Nadia Shields", "Nadia.Shields@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "URGENT - venue change - Astbury [SB-knowsley-471]", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "follow_up", False, None, ["ICS-1607733"],
        [ch("Mollie Astbury")],
        [], None, None, [], None, "attach_to_request",
        "Near miss, SUBJECT SAYS ONE THING, BODY ANOTHER: 'URGENT' in the subject, but the body says it is only a room "
        "change and 'not a child protection matter ... no new concerns'; the 2063 CP history is an ex-partner's, "
        "historic -> follow_up to [SB-knowsley-471], attach_to_request.",
        not_children=["Nadia Shields"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2066-07-09 07:30:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7-MINUTE BRIEFING No. 31 (July 2066): "THE SECOND EMAIL"

Why this briefing?
A local learning review found that requests for help often reach the MASH in pieces: a request split over two emails, a "sorry, forgot to attach" that nobody opens, a correction to a date of birth, a reply sent on the wrong thread.

What happened (a fictional composite - names and details changed, no real family)
A worker sent a step-up in two parts. Part 1 was routine. Part 2, sent ten minutes later "with the attachments", had a PS saying a 4-year-old had a burn on her arm and was going home at 3 to the man who did it. Part 2 was filed with part 1 and not opened until the next morning.

Questions for your team
1. Who reads the second email, and when?
2. Would your team spot a child protection risk in a PS, a forwarded chain or an attachment?
3. If a child is in immediate danger, call 999. Any other urgent safeguarding concern goes to the MASH duty team by phone, not by email.

Dates for your diary
Lunchtime briefing on Teams: Tuesday 13 July 2066, 12:30.

You are receiving this because you are on the KSCP practice mailing list.
Unsubscribe: https://lists.kscp.example/unsubscribe
""")
    top = [("From", "KSCP Practice <practice@lists.kscp.example>"), ("To", KMASH),
           ("Subject", "7-minute briefing 31: the second email"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.kscp.example")),
           ("List-Id", "KSCP practice briefings <practice.lists.kscp.example>"),
           ("List-Unsubscribe", "<https://lists.kscp.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True, crlf=False), "knowsley", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a partnership 7-minute briefing (List-Id) about mail that arrives in pieces, whose fictional "
        "composite case has a burn and a 3 o'clock pick-up, with '999' and 'urgent' advice - a bulletin's example, no "
        "real child -> other, human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2066-04-20 15:10:44"
    ack = ack_text("step-down", "SB-knowsley-430", ["Case: ICS-1604418", "Final CIN meeting: Thu 29 Apr 2066 10:00"], [])
    body = T("""
Hi,

Correction please - I typed Harley's date of birth wrong on the step down I sent this morning.

Harley Gorst's DOB is 17/11/2058, NOT 17/01/2058.

ICS-1604418. Everything else on the request is right.

Thanks
Sam

Sam Ackroyd | Social Worker | CIN Team (Prescot) | Knowsley Council | 0151 496 0691

""") + "On Tue, 20 Apr 2066 at 11:31, Family First 0-18 Duty Mailbox <%s> wrote:\n" % KFF + quoted(ack)
    top = plain_top(f, addr("Sam Ackroyd", "Sam.Ackroyd@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "RE: Step-down request received [SB-knowsley-430] - DOB correction", when, KDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["ICS-1604418"],
        [ch("Harley Gorst", "2058-11-17", "17/11/2058")],
        [], None, None, [], None, "attach_to_request",
        "A CORRECTION TO A DATE OF BIRTH on a reply to [SB-knowsley-430]: the corrected DOB 17/11/2058 is the one "
        "labelled, not the typo 17/01/2058 -> follow_up, attach_to_request.",
        not_children=["Sam Ackroyd"])


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2066-06-08 13:05:26"
    school = T("""
Hi Ellen,

Temi came to find me at lunch (12.05). She was very quiet and kept pulling her sleeves down. When I asked, she showed me three raised red marks across the backs of both legs, like loops, and a fresh one on her left forearm. She said Craig (mum's boyfriend) did it with the phone charger cable last night because she spilt juice on his PlayStation, and that he told her when she gets home today he is going to "do the thing with the cable again" because she cried and woke Kofi.

Craig picks Temi and Kofi up on Tuesdays - mum works until 7. He is normally at the gate at 3.15.

I have written it up on CPOMS. Temi is with me in the nurture room. Can you tell me what happens now?

Marianne Oduya
Designated Safeguarding Lead | St Aldhelm's C of E Primary School
020 7946 0581
""")
    worker = T("""
Hi Jacqui,

See the school's email at the bottom - I've rung Marianne back.

This is the step up we discussed on Friday, so the case summary is attached and the rationale is below.

Rationale for step up
Since March the family's situation has not improved with Early Help support. Mum's new partner, Craig Dunmore, moved in at Easter. Police were called twice in May to shouting and banging at the flat (no arrests). Temi (8) has become withdrawn at school and has had two unexplained marks on her arms since Easter, both explained away by mum. Mum has stopped attending the parenting group and cancelled the last two home visits. Early Help cannot hold this any longer.

Temi Adebayo-Finch, DOB 04/05/2058
Kofi Adebayo-Finch, DOB 19/01/2062
Mosaic 3318207

Ellen
""")
    body = T("""
MASH colleagues,

Please see the chain below and the case summary attached. This is a step up to Children's Services for Temi Adebayo-Finch and Kofi Adebayo-Finch (Mosaic 3318207). I have discussed it with Ellen and I agree the step up.

Jacqui

Jacqui Farrow
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0944
""") + quote("Brightwell, Ellen", "08 June 2066 12:41", "Farrow, Jacqui",
             "FW: Temi and Kofi Adebayo-Finch", worker + quote(
                 "Marianne Oduya <m.oduya@staldhelms-primary.example>", "08 June 2066 12:20",
                 "Brightwell, Ellen", "Temi Adebayo-Finch", school)) + "\n" + RDISC
    atts = [docx_att("Case summary - Adebayo-Finch.docx", [
        "# Early Help case summary",
        "Family: Adebayo-Finch. Mosaic 3318207. Lead practitioner: Ellen Brightwell, Early Help Practitioner.",
        "Children: Temi Adebayo-Finch (04/05/2058), Kofi Adebayo-Finch (19/01/2062).",
        "Mother: Folake Adebayo. Partner in the home: Craig Dunmore (since April 2066).",
        "Open to Early Help since 02/03/2066 (parenting, school attendance, housing).",
        "Summary of work: parenting group (attended 3 of 8), housing transfer application, school attendance plan.",
        "Current position: police called to the flat 09/05 and 23/05; two unexplained marks on Temi since Easter."])]
    top = outlook_top(f, addr("Farrow, Jacqui", "Jacqui.Farrow@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: FW: Adebayo-Finch children", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3318207"],
        [ch("Temi Adebayo-Finch", "2058-05-04", "04/05/2058"), ch("Kofi Adebayo-Finch", "2062-01-19", "19/01/2062")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "A FORWARD OF A FORWARD WITH THE RISK BURIED DEEP: the Early Help Team Manager's covering note and the worker's "
        "rationale read as a routine step-up, but the oldest block (the school DSL, 12:20 today) reports fresh "
        "cable marks on an 8-year-old from mum's partner, his threat to do it again tonight, and that he collects at "
        "3.15 today -> urgent, alert_duty. The step-up itself is complete (case summary .docx, rationale under its "
        "heading, TM agrees); 'Mosaic 3318207' -> '3318207'. No alarm words.",
        docs={"case_summary", "rationale"},
        not_children=["Folake Adebayo", "Craig Dunmore", "Ellen Brightwell", "Jacqui Farrow", "Marianne Oduya"],
        how="in the oldest block of a twice-forwarded chain, under a routine covering note")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2066-04-26 16:02:11"
    body = T("""
Step down paperwork for the Nwosu family attached - thanks.

Priya Lal | Social Worker | Richmond and Wandsworth Councils
""")
    atts = [pdf_att("Case summary - Nwosu.pdf", "Children's Services case summary (for step down to Early Help)", [
                "Family: Nwosu. Mosaic 3296674. Social worker: Priya Lal (Child in Need team, Richmond).",
                "Children: Chidi Nwosu (DOB 08/08/2055), Adaeze Nwosu (DOB 15/02/2059).",
                "Mother: Ngozi Nwosu, who has multiple sclerosis; father not involved.",
                "Reason for CIN plan: Chidi (10) was doing most of his mother's care and missing sleep; carers' package now in place.",
                "Progress: carers visit twice daily; Chidi attends the young carers' group; attendance now 96%.",
                "Recommendation: step down to Early Help with a young carers focus."]),
            docx_att("Draft Early Help plan - Nwosu.docx", [
                "# Draft plan for Early Help - Nwosu",
                "Children: Chidi Nwosu and Adaeze Nwosu.",
                "## What needs to happen",
                "Young carers service to continue weekly sessions for Chidi; review of the carers' package in June; after-school club for Adaeze.",
                "## Lead professional",
                "Mr Tomasz Wilk, Family Support Worker, Heathfield Children's Centre - agreed with the family at the CIN review.",
                "## Consent",
                "Ms Nwosu consented to Early Help continuing the plan at the CIN review on 21/04/2066; Chidi agreed too.",
                "## Case discussion",
                "Agreed with the Early Help duty team manager by phone: Thursday 29 April 2066, 14:00, on Teams."])]
    top = outlook_top(f, addr("Lal, Priya", "Priya.Lal@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Nwosu", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3296674"],
        [ch("Chidi Nwosu", "2055-08-08", "08/08/2055"), ch("Adaeze Nwosu", "2059-02-15", "15/02/2059")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "THE ATTACHMENTS SENT ALONE WITH A ONE-LINE BODY: everything is in the case summary PDF and the draft plan "
        ".docx - children with DOBs, 'Mosaic 3296674', a young carer, consent given at the CIN review, lead professional "
        "named -> complete step-down, book_meeting. Good attendance (96%) is not a concern.",
        docs={"case_summary", "draft_plan"}, not_children=["Ngozi Nwosu", "Priya Lal", "Tomasz Wilk"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2066-05-13 10:30:03"
    ack = ack_text("step-down", "SB-richmond_wandsworth-1207", [], ["draft_plan (the draft plan for Early Help)"])
    body = T("""
Apologies - I've replied on the wrong email chain (that one is my other family, the Hart step down).

THIS is for the Ogunleye step down, SB-richmond_wandsworth-1212, Mosaic 3290415:

- Ms Ogunleye gave her consent to the step down to Early Help on the phone this morning, for both Ayo Ogunleye and Bisi Ogunleye.
- The draft plan for Early Help is attached.

Kind regards
Rosa Quintero
Social Worker | Richmond and Wandsworth Councils | 020 7946 0317
""") + quote("Early Help Duty <%s>" % RED, "11 May 2066 15:40", "Quintero, Rosa",
             "Step-down request received [SB-richmond_wandsworth-1207]", ack) + "\n" + RDISC
    atts = [docx_att("Draft plan - Ogunleye.docx", [
        "# Draft plan for Early Help - Ogunleye",
        "## What needs to happen",
        "Weekly family support visits for eight weeks; mum to start the Triple P group in June; review at four weeks."])]
    top = outlook_top(f, addr("Quintero, Rosa", "Rosa.Quintero@" + RDOM), addr("Early Help Duty", RED),
                      "RE: Step-down request received [SB-richmond_wandsworth-1207]", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3290415"],
        [ch("Ayo Ogunleye"), ch("Bisi Ogunleye")],
        [], True, None, [], None, "attach_to_request",
        "A REPLY SENT TO THE WRONG THREAD: the subject is [SB-richmond_wandsworth-1207] (another family), the body "
        "says so and names the right request (SB-richmond_wandsworth-1212, Mosaic 3290415), bringing consent and the "
        "draft plan -> follow_up, attach_to_request; facts from the body only (the quoted acknowledgement names no "
        "child or case).",
        docs={"draft_plan"}, not_children=["Rosa Quintero"])

R04_BODY = T("""
Dear MASH,

Step up to Children's Services - Marsh-Delaney family, Mosaic 3301876.

Lola Marsh-Delaney, DOB 27/06/2056
Finn Marsh-Delaney, DOB 03/03/2060

The latest case summary is attached.

Rationale for step up
The family has had 9 months of Early Help. Mum's depression has deepened since February; she is in bed most days and the home conditions have deteriorated (no food in on three of the last four visits, the children's bedding soiled, Finn's asthma inhaler not renewed since March). The TAF agreed on 16/06/2066 that the plan is not working.

For clarity: there are no immediate child protection concerns. In March Finn said at school that dad had hit him; this was investigated under section 47, Finn was seen by the paediatrician (no injury found), he said he had made it up, and the enquiry closed with no further action on 24/03/2066. The bruise on Lola's shin that school noted on Friday happened at netball - the PE teacher saw it happen.

Mum agrees to the step up. I have discussed the case with the worker, Aaron Beckett, and I agree the step up.

Regards
Sunita Ramesh
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils
020 7946 0420

""") + RDISC

def _r04_atts():
    return [docx_att("Case summary - Marsh-Delaney.docx", [
        "# Early Help case summary",
        "Family: Marsh-Delaney. Mosaic 3301876. Lead practitioner: Aaron Beckett, Early Help Practitioner.",
        "Children: Lola Marsh-Delaney (27/06/2056), Finn Marsh-Delaney (03/03/2060).",
        "Open to Early Help since 14/09/2065 (parental mental health, home conditions).",
        "Section 47 enquiry March 2066: no further action (24/03/2066).",
        "TAF 16/06/2066: plan not working; agreed to seek step up."])]

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2066-06-21 09:12:37"
    top = outlook_top(f, addr("Ramesh, Sunita", "Sunita.Ramesh@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Marsh-Delaney - Mosaic 3301876", when)
    add(f, mail(f, top, R04_BODY, _r04_atts(), html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3301876"],
        [ch("Lola Marsh-Delaney", "2056-06-27", "27/06/2056"), ch("Finn Marsh-Delaney", "2060-03-03", "03/03/2060")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Near miss: 'no immediate child protection concerns' (negated); March's allegation was investigated and closed "
        "NFA, retracted, no injury (resolved); the shin bruise is explained (netball, seen). Complete step-up from the "
        "Early Help Team Manager (case summary .docx, rationale under its heading, TM agrees, mum agrees) -> "
        "book_meeting. First of THE SAME REQUEST SENT TWICE (see richmond_wandsworth_05).",
        docs={"case_summary", "rationale"}, not_children=["Aaron Beckett", "Sunita Ramesh"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2066-06-21 11:47:02"
    body = T("""
Resending - I got an error message ("delivery delayed") when I sent this at 9.12 and I'm not sure it reached you. Apologies if you now have it twice.

Sunita

""") + quote("Ramesh, Sunita", "21 June 2066 09:12", "MASH Step Up <%s>" % RSU,
             "Step up - Marsh-Delaney - Mosaic 3301876", R04_BODY)
    top = outlook_top(f, addr("Ramesh, Sunita", "Sunita.Ramesh@" + RDOM), addr("MASH Step Up", RSU),
                      "RESEND: Step up - Marsh-Delaney - Mosaic 3301876", when)
    add(f, mail(f, top, body, _r04_atts(), html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["3301876"],
        [ch("Lola Marsh-Delaney", "2056-06-27", "27/06/2056"), ch("Finn Marsh-Delaney", "2060-03-03", "03/03/2060")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "THE SAME REQUEST SENT TWICE: a 'RESEND:' of richmond_wandsworth_04 with a one-line note over the original and "
        "the same attachment; labelled exactly as the first (a parse reads what the mail says; spotting the duplicate "
        "is intake's job). Near miss for the same negated and resolved words.",
        docs={"case_summary", "rationale"}, not_children=["Aaron Beckett", "Sunita Ramesh"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2066-07-17 10:15:49"
    body = T("""
Sorry replying on this as it's the only MASH address on my phone. NOT about the Harlow family - a different baby.

I'm outside 14 Foxglove Court, Wandsworth SW18 9ZT. Baby Nia Kendrick-Shaw, 5 weeks old. Her right thigh is swollen and hot and she screams every time her nappy is changed or the leg is moved. Dad says she rolled off the sofa on Thursday. A 5 week old can't roll. Parents won't take her to A&E, they say they will wait for the GP on Monday. Dad has just told me to leave and shut the door.

I'm the health visitor. Please ring me 07700 900614.

Erin Mulcahy
Health Visitor, Wandsworth 0-19 team

Sent from my iPhone

> On 7 Jul 2066, at 16:03, MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:
>
> Declined: Step-up case discussion - Harlow family [SB-richmond_wandsworth-1189]
> The health visitor has declined this meeting.
""")
    top = plain_top(f, addr("Erin Mulcahy", "erin.mulcahy@nhs-wandsworth.example"), addr("MASH Step Up", RSU),
                    "Re: Declined: Step-up case discussion - Harlow family [SB-richmond_wandsworth-1189]", when,
                    "nhs-wandsworth.example", "iPhone Mail (22A5)")
    add(f, apple_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Nia Kendrick-Shaw")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A REPLY ON THE WRONG THREAD, Saturday morning (out of hours): the subject belongs to another family's "
        "declined meeting [SB-richmond_wandsworth-1189], the body says 'NOT about the Harlow family' and reports a "
        "5-week-old with a swollen thigh, an impossible account and parents refusing A&E -> urgent; kind other (it adds "
        "nothing to the request it replies to), alert_duty (EDT). No alarm words.",
        wrong_thread=True, not_children=["Erin Mulcahy"],
        how="plainly, in a phone reply on another family's thread")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2066-06-09 17:20:05"
    data = outlook_itip_reply(f, when, ("Ellen Brightwell", "Ellen.Brightwell@" + RDOM), ("MASH Step Up", RSU),
                              "TENTATIVE",
                              "Step-up case discussion - Adebayo-Finch - Mosaic 3318207 [SB-richmond_wandsworth-1240]",
                              "20660610T100000", "20660610T110000", "Microsoft Teams Meeting",
                              "I may be 10 minutes late - coming straight from a visit in Tooting.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["3318207"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT about being late, to the step-up case discussion for "
        "richmond_wandsworth_01's family -> record_reply; 'Mosaic 3318207' in the SUMMARY -> '3318207'.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2066-07-01 14:40:20"
    body = T("""
Dear colleagues,

This is part 2 of my email of 14:31 - the practice system cut the first one off halfway.

Continued from part 1 ... so Mrs Edna Halloran (84, lives alone at 3 Cedar Mews, Putney) is at risk of falls on the stairs and, we think, of financial abuse: a man who says he is a "friend from church" has been taking her bank card to do her shopping and her account is £2,300 overdrawn. She has moderate dementia and cannot say who he is. She has no children or grandchildren living with her or visiting - her only son lives in Canada.

We would like an adult safeguarding referral and a care needs assessment. I appreciate this may be the wrong inbox - please could you forward it to the right team if so.

Kind regards
Harriet Osei-Mensah
Care Co-ordinator, Putney Vale Medical Practice
020 7946 0772
""")
    top = plain_top(f, addr("Harriet Osei-Mensah", "care.coordinator@putneyvale-practice.example"),
                    addr("MASH Step Up", RSU), "Part 2 - Mrs Edna Halloran - referral (continued)", when,
                    "putneyvale-practice.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, ADULT ONLY, the second half of A REFERRAL SPLIT OVER TWO MAILS: 'at risk of falls ... financial "
        "abuse' about an 84-year-old living alone with no children in the household, sent to the MASH step-up inbox "
        "-> other, human_review.")


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2066-05-20 12:15:33"
    body = T("""
Hi MAST,

MARF attached for Sultana Hossain-Ali (Mosaic 2716650). My manager, Shirin Akhtar, read it at 12 and agreed it goes to you today.

Thanks
Joe

Joe Pemberton
Early Help Practitioner | Early Help Hub (Bow) | London Borough of Tower Hamlets
020 7946 0150

""") + TDISC
    atts = [marf("MARF - Hossain-Ali - 20.05.66.pdf", "Hossain-Ali", [
        "Section 1 - Child: Sultana Hossain-Ali. DOB 17/08/2056. Mosaic 2716650. School: Old Ford Primary, Year 4.",
        "Household: father Mr Abdul Hossain-Ali; Sultana. Mother in Bangladesh until August.",
        "Section 2 - Referrer: Joe Pemberton, Early Help Practitioner. Manager: Shirin Akhtar, Team Manager (agreed 20/05/2066).",
        "Section 3 - Reason for request (what has happened):",
        "Open to Early Help since January for attendance and low mood. Today, Thursday 20/05/2066, at 10.30,",
        "Sultana showed the learning mentor bruises on both upper arms (fingertip marks) and long red marks on",
        "the backs of both legs. She said her dad hit her with his belt last night because she lost her reading",
        "book, and held her arms so she could not get away. She said he told her he will do it again tonight",
        "if she tells anyone. Her father collects her from school at 3.30pm.",
        "Section 4 - What are you worried about? Physical abuse by father; Sultana is alone with him at home.",
        "Section 5 - What is working well? School know her well; the learning mentor is with her now.",
        "Section 6 - Parental consent: not sought - we did not want father to know before MAST had seen this.",
        "Section 7 - Signed: J. Pemberton, 20/05/2066 12:05."])]
    top = outlook_top(f, addr("Pemberton, Joe", "Joe.Pemberton@" + TDOM), addr("MAST", TMAST),
                      "MARF - Hossain-Ali", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2716650"],
        [ch("Sultana Hossain-Ali", "2056-08-17", "17/08/2056")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE ATTACHED PDF: a bland covering note ('MARF attached'), while the MARF says a 9-year-old "
        "showed belt marks and fingertip bruises this morning, dad threatened to do it again tonight and collects her "
        "at 3.30 -> urgent, alert_duty. The MAST step-up is otherwise complete (MARF + manager agreed); consent 'not "
        "sought' -> null. No alarm words.",
        docs={"request_for_support"}, not_children=["Abdul Hossain-Ali", "Joe Pemberton", "Shirin Akhtar"],
        how="only in the attached MARF (PDF), under a two-line covering note")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2066-04-27 11:00:46"
    body = T("""
Dear Early Help Hub,

Step down for Mariam Uddin - sorry, Maryam Uddin: mum corrected me this morning, it is spelt with a y. DOB 06/10/2057. Mosaic 2709931.

The Child and Family Assessment concluded on 20/04/2066 (attached) and the draft TAF plan is attached. The TAF meeting is on Tuesday 4 May 2066 at 10:00 at the Cable Street Family Hub, which I will chair.

Maryam (8) is a young carer for her dad, who has kidney dialysis three times a week, and her attendance has dropped to 88%. The CIN plan got the family a carers' assessment and a blue badge; what is left is Early Help work.

Mrs Uddin consented to the step down at my visit on 23/04/2066.

Lead Practitioner: Ms Hafsa Begum, Family Support Worker, Cable Street Family Hub (she has met Maryam and mum).

Many thanks
Lucy Whitcombe
Social Worker | Children's Social Care (Stepney) | London Borough of Tower Hamlets
020 7946 0238

""") + TDISC
    atts = [pdf_att("C&F Assessment - Maryam Uddin.pdf", "Child and Family Assessment - summary", [
                "Child: Maryam Uddin. DOB 06/10/2057. Mosaic 2709931. Assessment concluded: 20/04/2066.",
                "Analysis: Maryam takes on care tasks for her father on dialysis days; attendance 88%.",
                "Outcome: step down to Early Help with a Lead Practitioner; TAF plan co-produced with the family."]),
            docx_att("Draft TAF plan - Uddin.docx", [
                "# Draft TAF plan - Maryam Uddin",
                "## What needs to happen",
                "Young carers' service referral; school attendance plan; carers' support for Mr Uddin on dialysis days.",
                "## Lead Practitioner", "Hafsa Begum, Cable Street Family Hub."])]
    top = outlook_top(f, addr("Whitcombe, Lucy", "Lucy.Whitcombe@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - M Uddin - Mosaic 2709931", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2709931"],
        [ch("Maryam Uddin", "2057-10-06", "06/10/2057")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "A CORRECTION TO A NAME inside the mail: 'Mariam Uddin - sorry, Maryam Uddin ... spelt with a y' -> the child is "
        "Maryam Uddin (the corrected spelling, used in the attachments too). Complete Tower Hamlets step-down "
        "(C&F assessment PDF, draft TAF plan, consent, lead practitioner with agency) -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Mariam Uddin", "Lucy Whitcombe", "Hafsa Begum"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2066-04-28 09:40:12"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p><b>Correction</b> to my step down request yesterday (Mosaic 2711450) - I got the younger child's details wrong. It should read:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Child</th><th>Date of birth</th></tr>
<tr><td>Sumaiya Begum-Ali</td><td>02/12/2061</td></tr>
</table>
<p>and <u>not</u> &quot;Sumaiya Begum, 12/02/2061&quot; as I typed. Her brother Zakir Begum-Ali's details were right (DOB 19/07/2058).</p>
<p>Sorry for the extra email.</p>
<p>Rahima Choudhury<br>Social Worker | London Borough of Tower Hamlets<br>020 7946 0664</p>
<hr>
<p style="color:#555"><b>From:</b> Early Help Hub &lt;EarlyHelpHub@towerhamlets.gov.uk&gt;<br>
<b>Sent:</b> 27 April 2066 16:20<br>
<b>Subject:</b> Step-down request received [SB-tower_hamlets-2288]</p>
<p style="color:#555">Thank you - your step-down request has been received.<br>Reference: SB-tower_hamlets-2288</p>
</body></html>
""")
    top = outlook_top(f, addr("Choudhury, Rahima", "Rahima.Choudhury@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down request received [SB-tower_hamlets-2288] - correction", when)
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2711450"],
        [ch("Sumaiya Begum-Ali", "2061-12-02", "02/12/2061"), ch("Zakir Begum-Ali", "2058-07-19", "19/07/2058")],
        [], None, None, [], None, "attach_to_request",
        "HTML-only CORRECTION TO A NAME AND A DATE OF BIRTH on a reply to [SB-tower_hamlets-2288]: the younger child is "
        "Sumaiya Begum-Ali, 02/12/2061 (not 'Sumaiya Begum, 12/02/2061'); her brother's details restated -> follow_up, "
        "attach_to_request, children with the corrected details only.",
        not_children=["Sumaiya Begum", "Rahima Choudhury"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2066-06-09 15:30:08"
    school = T("""
Dear Tom,

For your records, as requested - the incident we discussed:

On 15 September 2064 Mr Lewis threatened Mrs Ahmed with a kitchen knife at the family home during an argument. The children were at school. Police attended and arrested him; he was convicted at Thames Magistrates' Court in January 2065 and there is an indefinite restraining order. He moved to Leeds in 2065 and has had no contact with the family since. Both children were supported by our school counsellor.

Best wishes
Precious Adeyemi
DSL, Bow Common Primary School
""")
    worker = T("""
Rubina - MARF for the Lewis-Ahmed step up attached.

Mum brought up "the knife" again at Monday's visit - she still has nightmares about it - so I asked school for the history, see their note below. It's not why we're stepping up: this is about the last four months of non-engagement and the state of the flat.

Reuben Lewis-Ahmed, DOB 12/12/2055
Aisha Lewis-Ahmed, DOB 30/04/2060

Tom
""")
    body = T("""
MAST,

Step up for the Lewis-Ahmed family, Mosaic 2720981 - MARF attached. I have agreed the step up.

Before anyone reads the word "knife" below: please read to the bottom of the chain - it is from 2064 and dealt with.

Rubina Chaudhry
Early Help Team Manager | London Borough of Tower Hamlets | 020 7946 0712
""") + quote("Nash, Tom", "09 June 2066 14:02", "Chaudhry, Rubina", "FW: knife incident - Lewis-Ahmed",
             worker + quote("Precious Adeyemi", "08 June 2066 16:45", "Nash, Tom", "knife incident - Lewis-Ahmed",
                            school)) + "\n" + TDISC
    atts = [marf("MARF Lewis-Ahmed.pdf", "Lewis-Ahmed", [
        "Children: Reuben Lewis-Ahmed (12/12/2055); Aisha Lewis-Ahmed (30/04/2060). Mosaic 2720981.",
        "Reason for request: mum has not engaged with the TAF plan since February (7 missed visits, 2 TAF meetings missed);",
        "home conditions poor - no beds for the children (mattresses on the floor), rotting food, dog faeces in the hallway.",
        "Parental consent: mum is aware of the request; she did not say whether she agrees.",
        "Manager: Rubina Chaudhry, Early Help Team Manager - agreed 09/06/2066."])]
    top = outlook_top(f, addr("Chaudhry, Rubina", "Rubina.Chaudhry@" + TDOM), addr("MAST", TMAST),
                      "FW: FW: knife incident - Lewis-Ahmed", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["2720981"],
        [ch("Reuben Lewis-Ahmed", "2055-12-12", "12/12/2055"), ch("Aisha Lewis-Ahmed", "2060-04-30", "30/04/2060")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "Near miss, A FORWARD OF A FORWARD whose subject says 'knife incident': the oldest block shows it was in "
        "September 2064, the man convicted, an indefinite restraining order, in Leeds with no contact -> historic, not "
        "a concern. The step-up (neglect, non-engagement) is complete: MARF attached, TM agreed -> book_meeting; mum "
        "'aware' -> consent null.",
        docs={"request_for_support"}, not_children=["Tom Nash", "Rubina Chaudhry", "Precious Adeyemi"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2066-07-12 13:20:55"
    ack = ack_text("step-up", "SB-tower_hamlets-2316", ["Case: 2718822"], [])
    body = T("""
Hello MAST,

Correction to my email of this morning. I wrote that Mr Karim moved out in March and has no contact with the children. This is wrong, I mixed with another family, I am sorry. He moved back in the flat on Saturday.

And there is more now. At lunch today Ilyas Karim (7) told his teacher that last night dad hit mum with a chair and she was bleeding from her head, and he hid under the bed with his sister Safa Karim (3). Safa is at home with mum today. Mum is not answering her phone since 9 o'clock, I tried four times. Dad is collecting Ilyas from school at 3.15 like every day.

I am going to the school now. My mobile is 07700 900733.

Farhana Islam
Early Help Practitioner | London Borough of Tower Hamlets

""") + quote("MAST <%s>" % TMAST, "12 July 2066 09:47", "Islam, Farhana",
             "Step-up request received [SB-tower_hamlets-2316]", ack)
    top = outlook_top(f, addr("Islam, Farhana", "Farhana.Islam@" + TDOM), addr("MAST", TMAST),
                      "RE: Step-up request received [SB-tower_hamlets-2316] - correction", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2718822"],
        [ch("Ilyas Karim"), ch("Safa Karim")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A CORRECTION THAT CHANGES EVERYTHING, second-language writer: 'he moved out in March' is corrected to 'moved "
        "back in on Saturday', and a 7-year-old says dad hit mum with a chair last night (bleeding), mum unreachable "
        "with a 3-year-old, dad collecting at 3.15 -> urgent follow_up, alert_duty. No alarm words.",
        not_children=["Farhana Islam"],
        how="in a reply that begins as a correction of a fact")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2066-07-02 08:55:21"
    comment = ("Sorry, I can't make this. I've been called to a strategy discussion at 10 about a different family - "
               "the baby in that case was taken to the Royal London last night and has been placed with foster carers "
               "this morning, so she is safe, but I have to be there. Could we do Monday instead?")
    data = outlook_itip_reply(f, when, ("Kamal Haque", "Kamal.Haque@" + TDOM), ("Early Help Hub", TEH), "DECLINED",
                              "TAF meeting - Shah - Mosaic 2709112 [SB-tower_hamlets-2301]",
                              "20660702T100000", "20660702T113000", "Limehouse Family Hub, Room 1", comment)
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, ["2709112"], [], [], None, None, [], None, "record_reply",
        "Near miss in a DECLINED calendar reply's COMMENT: a strategy discussion about a baby in hospital last night "
        "who is 'placed with foster carers ... so she is safe' - another family, already safe, no child named -> "
        "record_reply; case id from the SUMMARY.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2066-06-22 17:40:02"
    data = ooo(f, when, ("Whitcombe, Lucy", "Lucy.Whitcombe@" + TDOM), addr("Early Help Hub", TEH),
               "Step-down request received [SB-tower_hamlets-2330]", T("""
Thank you for your email. I am on annual leave until Monday 28 June 2066 with no access to email.

If your email is about an urgent child protection concern, please call MAST on 0207 364 5606 / 5601, or out of hours in an emergency only 0207 364 4079. If a child is in immediate danger call 999.

For anything else please contact the Early Help Hub duty worker.
"""))
    add(f, data, "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: an Outlook out-of-office (Auto-Submitted: auto-replied) to an acknowledgement, with 'urgent child "
        "protection', 'emergency' and 'immediate danger' as boilerplate and the seed's MAST numbers -> auto_reply, "
        "ignore (no loop).")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2066-06-17 10:05:37"
    body = T("""
Hi MAST,

Please ignore the subject line - I reused an old email from January, when the family were stepped DOWN from social care. This is a step UP.

Imran Chowdhury (DOB 14/03/2056) and Nadia Chowdhury (DOB 25/11/2062), Mosaic 2712290.

Since the step down in January both parents have gone back to drinking heavily. Neighbours report shouting most nights, Nadia has been collected from nursery by dad smelling of alcohol twice this month, and Imran told his teacher there is "no dinner when they've been drinking".

My manager, Carla Mendes, agreed the step up at supervision on Tuesday. Mum agrees to the referral. I am finishing the Multi-Agency Request for Support form this afternoon and will send it straight after.

Thanks
Bilal Rashid
Early Help Practitioner | London Borough of Tower Hamlets | 020 7946 0867

""") + TDISC
    top = outlook_top(f, addr("Rashid, Bilal", "Bilal.Rashid@" + TDOM), addr("MAST", TMAST),
                      "Step down - Chowdhury - Mosaic 2712290", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2712290"],
        [ch("Imran Chowdhury", "2056-03-14", "14/03/2056"), ch("Nadia Chowdhury", "2062-11-25", "25/11/2062")],
        ["neglect", "substance_misuse"], True, True, ["request_for_support"], None, "request_info",
        "SUBJECT SAYS ONE THING, BODY ANOTHER: subject 'Step down', body 'ignore the subject line ... This is a step "
        "UP' to MAST -> step_up. Manager agreed and mum agrees, but the Request for Support form is still to come -> "
        "missing request_for_support, request_info.",
        not_children=["Carla Mendes", "Bilal Rashid"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2066-04-23 08:12:09"
    body = T("""
Sorry on my phone. Mum told me at the 7.45 visit and agreed to me contacting you. EHM-740215. Will write it up properly when I'm back in the Paignton office at 10.

Kerensa Penhale
Family Intervention Worker, Torbay Early Help
07700 900561
""")
    top = plain_top(f, addr("Kerensa Penhale", "Kerensa.Penhale@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Kayla Brierley age 6 - mum's ex Dean back living there since Sat, he broke "
                    "Kayla's wrist in Feb", when, BDOM, "iPhone Mail (22A5)")
    add(f, phone_b64(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-740215"],
        [ch("Kayla Brierley")],
        ["physical_harm"], True, None, ["manager_agreed"], None, "alert_duty",
        "THE RISK IS IN THE SUBJECT LINE: 'mum's ex Dean back living there since Sat, he broke Kayla's wrist in Feb' - a "
        "man who broke a 6-year-old's wrist is living with her again; the base64 phone body only says mum agreed and it "
        "will be written up later -> urgent step_up (the lead professional's contact to MASH), consent given, no "
        "manager agreement yet -> missing manager_agreed, alert_duty. No alarm words.",
        not_children=["Kerensa Penhale"],
        how="only in the subject line; the body is a two-line phone note")

def torbay_02():
    f = "torbay_02.eml"; when = "2066-05-04 14:30:27"
    body = "Triage request attached - thanks.\n\nMegan\n"
    form = [
        "# Step down to Early Help - request for a triage slot",
        "Children: Oscar Lethbridge, DOB 01/09/2058; Ruby Lethbridge, DOB 22/03/2062 (under 5 - under-5s triage please).",
        "LCS-4471182. Step down to Level 3 Early Help.",
        "Social worker: Megan Trewin, Single Assessment Team.",
        "## Reason for step down",
        "Mum's postnatal depression after Ruby is now treated and she is engaging with perinatal mental health. The Single Assessment (attached) recommends level 3 support.",
        "## Team Manager's analysis",
        "Recorded on LCS 29/04/2066 by Gemma Rowe, Team Manager: threshold for level 3 intervention met.",
        "## Consent",
        "Mum consents to level 3 Early Help - signed 28/04/2066."]
    atts = [docx_att("Triage request - Lethbridge.docx", form),
            pdf_att("Single Assessment - Lethbridge.pdf", "Single Assessment - analysis", [
                "Children: Oscar Lethbridge, Ruby Lethbridge. LCS-4471182. Completed 27/04/2066 by Megan Trewin.",
                "Analysis: mum's mental health has improved with treatment; the children's needs can be met at level 3.",
                "Rationale for step down: no statutory threshold; continued support for mum and a nursery place for Ruby."])]
    top = outlook_top(f, addr("Trewin, Megan", "Megan.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage request", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["LCS-4471182"],
        [ch("Oscar Lethbridge", "2058-09-01", "01/09/2058"), ch("Ruby Lethbridge", "2062-03-22", "22/03/2062")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "THE ATTACHMENTS SENT ALONE WITH A ONE-LINE BODY ('Triage request attached - thanks.'): the .docx carries the "
        "children, LCS id, Level 3, the TM's analysis and signed consent; the Single Assessment PDF meets 'assessment' "
        "-> complete step-down, book_meeting (Ruby is 4: under-5s triage). Sent the day after May Day.",
        docs={"assessment"}, not_children=["Megan Trewin", "Gemma Rowe"])

B03_WHEN = "2066-07-07 09:30:14"
B03_BODY = T("""
Hello MASH,

Contact to MASH for the Treloar family, EHM-741877, for consideration of a level 4 response.

Mason Treloar, DOB 12/06/2057
Ethan Treloar, DOB 08/01/2060

Dad, Shaun Treloar, has moved back to Torquay. Mum has a non-molestation order against him (made in March after the assault on her at Christmas). He has been seen parked outside the house twice this week, and on Monday he waved at the boys from his van at the school gate. Police are aware and have put a marker on the address; mum has a safety plan and the school know not to release the boys to him.

I've discussed this with my ATM, Hannah Rowse, and we agree it needs considering for level 4. Mum consents to the contact to MASH.

Thanks,
Jo Pascoe
Lead Practitioner | Torbay Early Help (Torquay) | 01632 960 418

""") + BDISC

def torbay_03():
    f = "torbay_03.eml"; when = B03_WHEN
    top = outlook_top(f, addr("Pascoe, Jo", "Jo.Pascoe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Treloar - EHM-741877", when)
    add(f, mail(f, top, B03_BODY, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-741877"],
        [ch("Mason Treloar", "2057-06-12", "12/06/2057"), ch("Ethan Treloar", "2060-01-08", "08/01/2060")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (the lead practitioner's contact to MASH): an abusive father back in the area and seen "
        "outside, but an order, a police marker, a safety plan and the school briefed - a level 4 consideration, not "
        "an immediate risk; consent and ATM agreement stated -> book_meeting. The first of THE SAME REQUEST SENT TWICE "
        "(torbay_08 resends it with news).",
        not_children=["Shaun Treloar", "Jo Pascoe", "Hannah Rowse"])

def torbay_04():
    f = "torbay_04.eml"; when = "2066-06-14 12:00:51"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Jacob Yeo (DOB 05/09/2051), LCS-4466301 - step down to Level 3.

Single Assessment attached - my analysis and the rationale for stepping down are in section 6, and my team manager Ben Causley has recorded his analysis on LCS confirming the threshold for level 3 is met.

So it doesn't worry anyone on LCS: Jacob went missing on Saturday night after an argument with his dad about his phone. He was found safe at his cousin's in Brixham at 8am on Sunday, police did a safe and well check, and I did the return home interview on Monday. No exploitation indicators, nobody else involved, first episode ever - he was embarrassed about it. Dad and Jacob have agreed a phone plan.

Jacob's attendance is the real worry - 79% this year.

Jacob and his dad both consent to level 3 Early Help.

Thanks
Lowenna Bray
Social Worker | Safeguarding and Supporting Families Team | Torbay Council | 01632 960 774

""") + BDISC
    atts = [pdf_att("Single Assessment - Jacob Yeo.pdf", "Single Assessment", [
        "Child: Jacob Yeo. DOB 05/09/2051. LCS-4466301.",
        "Section 6 - Analysis and rationale: conflict at home has reduced; school attendance 79%; Jacob wants help",
        "with school and a youth worker. Needs can be met at level 3 Early Help.",
        "Missing episode 12-13/06/2066: found safe, RHI completed 14/06/2066, no exploitation indicators."])]
    top = outlook_top(f, addr("Bray, Lowenna", "Lowenna.Bray@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Jacob Yeo - LCS-4466301", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-4466301"],
        [ch("Jacob Yeo", "2051-09-05", "05/09/2051")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Near miss, RESOLVED: a 14-year-old's weekend missing episode - found safe, safe and well check, return home "
        "interview done, no exploitation indicators, first ever -> not a concern. Complete Torbay step-down (Single "
        "Assessment, TM analysis recorded, consent, level 3) -> book_meeting.",
        docs={"assessment"}, not_children=["Ben Causley", "Lowenna Bray"])

def torbay_05():
    f = "torbay_05.eml"; when = "2066-07-16 16:52:30"
    note = T("""
Fri 16 July 4.35pm - Hollicombe youth club

Liam Coaker (14) came in at 4 and asked if he could stay here tonight. He's in the same clothes as Wednesday and has no shoes on, just socks.

He says his stepdad Mark put him out of the house last night about 11 after a row, threw his shoes over the fence and locked the door. He slept in the bus shelter on Preston Down Road. Mark told him if he comes back he'll "finish him off". Mum isn't answering Liam's calls or mine (tried 3 times). Liam hasn't eaten since yesterday lunchtime - we've given him toast.

He has a bruise on his cheekbone which he says is from Mark on Tuesday.

Club closes at 6. I can't take him home with me. Liam says he'll sleep in the shelter again.

Dani Hext, youth worker, 07700 900287
""")
    body = "See note attached - typed it on my phone. Please ring me on 07700 900287.\n\nDani\n\nSent from my Galaxy\n"
    alt = multipart("alternative", [text_part(body), text_part(html_of(body, "Roboto"), "html")], gbnd(f, 2))
    root = multipart("mixed", [alt, text_att("Liam 16 July.txt", note)], gbnd(f, 1))
    top = plain_top(f, addr("Dani Hext", "dani.hext@hollicombe-youth.example"), addr("MASH", BMASH),
                    "Liam", when, "hollicombe-youth.example")
    add(f, build(top, root, False), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Liam Coaker")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN A TEXT/PLAIN ATTACHMENT under a one-line body: a 14-year-old put out of his home last "
        "night, slept in a bus shelter, threatened by his stepdad, bruised, mum unreachable, the club closing at 6 on a "
        "Friday -> urgent; a youth worker's report, not a step request -> other, alert_duty. No alarm words.",
        not_children=["Mark Coaker", "Dani Hext"],
        how="only in a text/plain note attached to a one-line phone mail")

def torbay_06():
    f = "torbay_06.eml"; when = "2066-04-29 10:10:36"
    ack = ack_text("step-down", "SB-torbay-877", ["Case: LCS-4459020"], [])
    body = T("""
Hi,

Correction to my email yesterday, sorry. Where I wrote that Mr Hosking "came to the house last night and kicked the front door in", that should say last NOVEMBER - 14/11/2065. I dictated it and it came out wrong.

Nothing has happened since. He lives in Plymouth, the non-molestation order is still in place and mum has had no contact with him since November. It's in the Single Assessment as history.

LCS-4459020 - Poppy Hosking and Alfie Hosking.

Sorry if that caused alarm.
Tasha

Tasha Widger | Social Worker | Torbay Council

""") + "On Wed, 28 Apr 2066 at 15:50, Early Help <%s> wrote:\n" % BEH + quoted(ack)
    top = plain_top(f, addr("Tasha Widger", "Tasha.Widger@" + BDOM), addr("Early Help", BEH),
                    "RE: Triage request received [SB-torbay-877] - correction", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["LCS-4459020"],
        [ch("Poppy Hosking"), ch("Alfie Hosking")],
        [], None, None, [], None, "attach_to_request",
        "Near miss, A CORRECTION THAT REMOVES THE ALARM: 'came to the house last night and kicked the front door in' is "
        "corrected to last November; order in place, no contact since -> historic, no concern; follow_up to "
        "[SB-torbay-877], attach_to_request.",
        not_children=["Tasha Widger"])

def torbay_07():
    f = "torbay_07.eml"; when = "2066-06-07 08:30:19"
    data = outlook_itip_reply(f, when, ("Ross Kingdon", "Ross.Kingdon@" + BDOM), ("Early Help", BEH), "ACCEPTED",
                              "Under-5s triage - Pascoe-Reed - LCS-4477015 [SB-torbay-902]",
                              "20660608T103000", "20660608T110000", "Paignton Library Hub, Meeting Room 2")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-4477015"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body, for a Tuesday under-5s triage slot -> record_reply; the LCS "
        "id in the SUMMARY is the case id.")

def torbay_08():
    f = "torbay_08.eml"; when = "2066-07-07 11:52:03"
    first_top = outlook_top("torbay_03.eml", addr("Pascoe, Jo", "Jo.Pascoe@" + BDOM), addr("MASH", BMASH),
                            "Contact to MASH - Treloar - EHM-741877", B03_WHEN)
    original = build(first_top, text_part(B03_BODY), False)
    body = T("""
Sending this again (original attached) as I haven't had anything back and it's moved on.

Mum texted me at 11.35: "hes here hes taken the boys in the van hes been drinking since this morning please help". The school had let Mason and Ethan out for the dentist with mum at 11.15 and Shaun was waiting at the car park. Mum is at the school with the head. Nobody knows where he's driving.

I've rung the police as well. I'm heading to the school now - 01632 960 418 or my mobile 07700 900 349.

Jo
""")
    root = multipart("mixed", [text_part(body), rfc822_att("Contact to MASH - Treloar - EHM-741877.eml", original)],
                     bnd(f, 1))
    top = outlook_top(f, addr("Pascoe, Jo", "Jo.Pascoe@" + BDOM), addr("MASH", BMASH),
                      "FW: Contact to MASH - Treloar - EHM-741877", when)
    add(f, build(top, root, True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-741877"],
        [ch("Mason Treloar", "2057-06-12", "12/06/2057"), ch("Ethan Treloar", "2060-01-08", "08/01/2060")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "alert_duty",
        "THE SAME REQUEST SENT TWICE, with news on top: torbay_03's contact resent (the original forwarded as an "
        "attached message/rfc822) because nothing came back - and the father under a non-molestation order has just "
        "driven off with both boys after drinking since the morning -> urgent step_up, alert_duty; the request itself "
        "is complete (consent, ATM agreement in the attached original). No alarm words.",
        not_children=["Shaun Treloar", "Jo Pascoe", "Hannah Rowse"],
        how="in the new top lines of a resent request whose original is attached as a message")


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2066-05-18 10:05:44"
    body = T("""
Step-down plan, signed consent form and key person details attached.

Cerys

Cerys Vaughan | Social Worker | Children's Services (Hereford City) | Herefordshire Council | 01632 960 531

""") + HDISC
    plan = [
        "# Early Help Assessment - step-down plan",
        "Children: Lily Bowen (DOB 11/11/2059); Noah Bowen (DOB 04/04/2062). Mosaic 1987455.",
        "Step down to Early Help, level 3 (Intensive), following the Child and Family Assessment (decision 11/05/2066).",
        "## Key person",
        "Mrs Angharad Price, Family Support Worker, Holmer Primary School - agreed with mum on 14/05/2066.",
        "## What needs to happen (by whom, outcome, timescale)",
        "Mum's GP review of her antidepressants (mum, by 31/05); Noah's nursery hours increased (Holmer Primary, June);",
        "a Family Links parenting course (key person, start June); review at the next MAG.",
        "## Update added 18/05/2066, 09:40, before sending",
        "At my visit at 8.30 this morning Lily told me, without being asked, 'Gary sleeps in my bed when mummy "
        "goes to work and he hurts my bum-bum. Don't tell mummy.' Gary Pugh is mum's friend who babysits when she "
        "works nights at the care home. Mum is working a night shift again tonight from 7pm and Gary is due at the "
        "house at 6.30. I have not spoken to mum about it yet."]
    atts = [docx_att("EHA step down plan - Bowen.docx", plan),
            pdf_att("Consent form signed - Bowen.pdf", "Early Help - consent to share information and receive support", [
                "Family: Bowen. Children: Lily Bowen, Noah Bowen.",
                "I agree to my family receiving support from Early Help and to the information in the step-down plan being shared.",
                "Signed: Sian Bowen (mother). Date: 14/05/2066."])]
    top = outlook_top(f, addr("Vaughan, Cerys", "Cerys.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bowen", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["1987455"],
        [ch("Lily Bowen", "2059-11-11", "11/11/2059"), ch("Noah Bowen", "2062-04-04", "04/04/2062")],
        ["parental_mental_health", "sexual_harm"], True, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE ATTACHED .DOCX, under a one-line body: the step-down plan's last section, 'Update added "
        "before sending', records a 6-year-old's disclosure of sexual abuse by the babysitter this morning, and he is "
        "due at 6.30 tonight -> urgent, alert_duty. The step-down itself is complete (plan, signed consent form, key "
        "person with agency; level 3 written). No alarm words.",
        docs={"draft_plan", "consent_form"}, not_children=["Gary Pugh", "Sian Bowen", "Angharad Price", "Cerys Vaughan"],
        how="only in the last section of the attached Word plan")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2066-04-19 15:20:10"
    body = T("""
Hi both,

Part 1 of 2: the Early Help Assessment step-down plan for the Morgan-Hale children is attached. I discussed it with Verity at Tuesday's drop-in.

Tegan Morgan-Hale - 19/06/2053
Rhys Morgan-Hale - 08/02/2057
Mosaic 1975320

Mum signed the consent form at the CIN review this afternoon. Our scanner is playing up, so I will send the signed form in a second email tomorrow morning.

Key person: Mr Daniel Pryce, Pastoral Lead, Whitecross High School - he knows both children and has agreed to lead.

The main worry now is school: Tegan's attendance is 82% and Rhys has had three fixed-term exclusions this year.

Thanks,
Owain Beddoe
Social Worker | Children's Services (Leominster) | Herefordshire Council | 01632 960 268

""") + HDISC
    atts = [docx_att("Step down plan - Morgan-Hale.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Tegan Morgan-Hale, Rhys Morgan-Hale. Mosaic 1975320.",
        "## What needs to happen (by whom, outcome, timescale)",
        "Attendance plan for Tegan (school, from 26/04); a pastoral support plan for Rhys (Daniel Pryce, May);",
        "mum to the parenting group at the family hub (key person to refer, May)."])]
    top = outlook_top(f, addr("Beddoe, Owain", "Owain.Beddoe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Morgan-Hale - part 1 of 2", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1975320"],
        [ch("Tegan Morgan-Hale", "2053-06-19", "19/06/2053"), ch("Rhys Morgan-Hale", "2057-02-08", "08/02/2057")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "PART 1 OF A REQUEST SPLIT OVER TWO MAILS, on the window's first day: plan attached and key person named, mum "
        "signed the consent form (consent true) but the form itself comes 'in a second email' -> consent_form missing, "
        "request_info. Level not written -> null.",
        docs={"draft_plan"}, not_children=["Daniel Pryce", "Owain Beddoe"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2066-04-20 09:10:33"
    ack = ack_text("step-down", "SB-herefordshire-611", ["Case: 1975320"],
                   ["consent_form (the family's written consent)"])
    body = T("""
Part 2 - the signed consent form for Tegan and Rhys is attached (Mosaic 1975320).

Owain

""") + quote("Early Help Co-ordinators <%s>" % HEH, "19 April 2066 15:25", "Beddoe, Owain",
             "Step-down request received [SB-herefordshire-611]", ack)
    atts = [pdf_att("Signed consent - Morgan-Hale.pdf", "Early Help - consent form", [
        "Children: Tegan Morgan-Hale (19/06/2053), Rhys Morgan-Hale (08/02/2057).",
        "I give my consent for my family to receive support from Early Help.",
        "Signed: Joanne Morgan-Hale (mother), 19/04/2066."])]
    top = outlook_top(f, addr("Beddoe, Owain", "Owain.Beddoe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received [SB-herefordshire-611]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["1975320"],
        [ch("Tegan Morgan-Hale", "2053-06-19", "19/06/2053"), ch("Rhys Morgan-Hale", "2057-02-08", "08/02/2057")],
        [], True, None, [], None, "attach_to_request",
        "PART 2 OF 2: a reply to [SB-herefordshire-611] bringing the signed consent form promised in herefordshire_02; "
        "children in full (with DOBs) only in the PDF -> follow_up, consent true, attach_to_request.",
        docs={"consent_form"}, not_children=["Joanne Morgan-Hale", "Owain Beddoe"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2066-04-25 09:30:12"
    text = T("""
Hello,

I find this email on the leaflet from the school. Sorry my english is not good.

I am neighbour of Mrs Katarzyna Wróbel, flat 3, 22 Kestrel Row, Hereford HR4 9ZW. Her children Ola Wróbel (7 years) and Kuba Wróbel (4 years) are alone in the flat from yesterday evening. Mother go out at 6 o'clock on Saturday and not come back, her phone is off. This morning Ola knock on my door and ask for bread, they have no food. Kuba is still in the nappy from yesterday and he is hot, I think fever.

Now they are in my flat for breakfast but I must go to work at 12 o'clock and I dont know what to do with them. I dont have number of the father.

Please somebody call me 07700 900452.

Paulina Zielińska
""")
    top = plain_top(f, addr("Paulina Zielińska", "paulina.z@poczta.example"), HEH,
                    "dzieci same - children alone", when, "poczta.example")
    add(f, charset_mail(f, top, text, "iso-8859-2"), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ola Wróbel"), ch("Kuba Wróbel")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Sunday morning, out of hours, second-language neighbour (text/plain in ISO-8859-2, a Polish subject): a 7- and "
        "a 4-year-old left alone since Saturday 6pm, no food, the younger feverish, mother unreachable, the neighbour "
        "leaving at 12 -> urgent, misdirected to the co-ordinators' inbox -> other, alert_duty (EDT). No alarm words.",
        not_children=["Katarzyna Wróbel", "Paulina Zielińska"],
        how="plainly, in a second-language mail on a Sunday")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2066-06-30 11:25:40"
    body = "FYI - attached.\n\nPC 4471 R. Skyrme\nWest Mercia Police - Public Protection Unit (Hereford)\n"
    atts = [pdf_att("Incident notification 30-06-66.pdf", "Notification of domestic incident - for partner agencies", [
        "Incident date/time: 29/06/2066 22:40. Location: 9 Orchard Lane, Bromyard.",
        "Parties: Mr Gareth Lewis (32) and his brother Mr Huw Lewis (29), both adults.",
        "Summary: verbal argument about their late father's will turned into pushing in the garden. No injuries.",
        "Both parties sober. No weapons. No arrests. Words of advice given.",
        "DASH: standard. Danger to others: none identified.",
        "Children present: NONE. Children in household: NONE. Children visiting: NONE.",
        "Sent to Early Help for information only, in line with the notification protocol."])]
    top = plain_top(f, addr("Public Protection Unit", "ppu.hereford@westmercia-police.example"), HEH,
                    "Domestic incident notification - Lewis - Bromyard", when, "westmercia-police.example")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, ADULT ONLY, THE ATTACHMENT SENT ALONE WITH A ONE-LINE BODY ('FYI - attached.'): a police domestic "
        "incident notification between two adult brothers, 'Children present: NONE ... in household: NONE' -> other, "
        "human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2066-06-10 14:45:02"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello co-ordinators,</p>
<p><b>Please ignore the subject line</b> - I replied on the old chain to keep the history together. This is <b>not</b> a new strategy discussion.</p>
<p>The section 47 enquiry from February concluded on 11 March 2066 with no further action (Cai's bruise was from the trampoline, confirmed by the paediatrician), no child protection plan was needed, and the CIN plan has now ended.</p>
<p>This is the <b>step down to Early Help</b> for:</p>
<ul><li>Cai Pritchard - DOB 03/05/2058</li><li>Elin Pritchard - DOB 21/12/2060</li></ul>
<p>Mosaic 1990218. The step-down plan and the signed consent form are attached. I went through the plan with Xavier at the drop-in on Tuesday.</p>
<p>Key person: Ms Rhian Gwilliam, Family Support Worker, Kington Family Centre.</p>
<p>The remaining worry is dad's depression since he lost his job; he is with the GP and Talking Therapies.</p>
<p>Many thanks,<br>Bethan Lloyd-Jones<br>Social Worker | Herefordshire Council | 01632 960 609</p>
<hr>
<div style="color:#666">
<p><b>From:</b> Lloyd-Jones, Bethan<br><b>Sent:</b> 16 February 2066 09:12<br><b>To:</b> MASH duty desk<br>
<b>Subject:</b> Strategy discussion - s47 - Pritchard children</p>
<p>Please can we have a strategy discussion today re Cai Pritchard (7) - a large bruise on his back seen at school this morning, no explanation yet.</p>
</div>
</body></html>
""")
    atts = [docx_att("EHA step down plan - Pritchard.docx", [
                "# Early Help Assessment - step-down plan",
                "Children: Cai Pritchard, Elin Pritchard. Mosaic 1990218.",
                "## What needs to happen (by whom, outcome, timescale)",
                "Dad to continue with Talking Therapies (dad, ongoing); after-school club for both children (key person, June);",
                "family to be linked with the Kington Family Centre dads' group (key person, July)."]),
            pdf_att("Consent - Pritchard.pdf", "Early Help - consent form", [
                "Children: Cai Pritchard, Elin Pritchard.",
                "We agree to support from Early Help. Signed: Dylan Pritchard, Carys Pritchard. 07/06/2066."])]
    top = outlook_top(f, addr("Lloyd-Jones, Bethan", "Bethan.Lloyd-Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Strategy discussion - s47 - Pritchard children", when)
    add(f, html_only(f, top, h, atts), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1990218"],
        [ch("Cai Pritchard", "2058-05-03", "03/05/2058"), ch("Elin Pritchard", "2060-12-21", "21/12/2060")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss, SUBJECT SAYS ONE THING, BODY ANOTHER (HTML-only): subject 'RE: Strategy discussion - s47', body "
        "'ignore the subject line' - the s47 closed NFA in March (bruise explained) and this is a complete step-down "
        "(plan, signed consent form, key person with agency) -> book_meeting. The quoted February request is history.",
        docs={"draft_plan", "consent_form"},
        not_children=["Rhian Gwilliam", "Bethan Lloyd-Jones", "Dylan Pritchard", "Carys Pritchard"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2066-07-14 12:40:27"
    ack = ack_text("request", "SB-herefordshire-640", ["Case: 1994471"], [])
    body = T("""
Correction to the request I sent at 9 - I typed Maisie Lloyd's date of birth as 04/07/2065. It is 04/07/2066. She is ten days old, not one year. Sorry.

That changes how all of this reads. Mum (Shannon) was readmitted to the County Hospital at 8 this morning with an infection after the birth, so Maisie is at home with dad, Callum. When I called at 11 he was asleep on the sofa, very drunk - cans all over the floor - with Maisie lying next to him on the sofa cushion in a soaked sleepsuit. He couldn't tell me when she last had a bottle; the last feed written in the chart was 6am. He says he is looking after her until Shannon is home on Friday, and told me to leave.

Mosaic 1994471. I'm in the car outside - 07700 900 815.

Ffion Gwynne
Early Help Practitioner | Herefordshire Council

""") + quote("MASH <%s>" % HMASH, "14 July 2066 09:06", "Gwynne, Ffion",
             "Request received [SB-herefordshire-640]", ack)
    top = outlook_top(f, addr("Gwynne, Ffion", "Ffion.Gwynne@" + HDOM), addr("MASH", HMASH),
                      "RE: Request received [SB-herefordshire-640] - correction to DOB", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["1994471"],
        [ch("Maisie Lloyd", "2066-07-04", "04/07/2066")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A CORRECTION TO A DATE OF BIRTH THAT MAKES IT URGENT: 04/07/2065 corrected to 04/07/2066 - a 10-day-old, not a "
        "1-year-old - alone with a father found drunk asleep on the sofa beside her, feed times unknown, mother in "
        "hospital until Friday -> urgent follow_up, alert_duty; the corrected DOB is labelled. No alarm words.",
        not_children=["Shannon Lloyd", "Callum Lloyd", "Ffion Gwynne"],
        how="in a reply that begins as a date-of-birth correction")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2066-05-21 16:05:58"
    orig_mid = "<%s@stepbot.herefordshire.gov.uk>" % sha(f, "orig")[:24]
    text = T("""
This is the mail system at host mx2.herefordshire.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<Ieuan.Parry@herefordshire.gov.uk>: host mail.herefordshire.gov.uk[10.20.4.17] said:
    552 5.2.2 Mailbox full - quota exceeded (in reply to end of DATA command)
""")
    dsn = T("""
Reporting-MTA: dns; mx2.herefordshire.gov.uk
X-Postfix-Queue-ID: 4Vq2Zx1YtKz7W
Arrival-Date: Fri, 21 May 2066 16:05:51 +0100

Final-Recipient: rfc822; Ieuan.Parry@herefordshire.gov.uk
Original-Recipient: rfc822;Ieuan.Parry@herefordshire.gov.uk
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.herefordshire.gov.uk
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
""")
    hdrs = T("""
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
To: Ieuan.Parry@herefordshire.gov.uk
Subject: Still missing: step-down plan [SB-herefordshire-652]
Date: Fri, 21 May 2066 16:05:50 +0100
Message-ID: %s
Auto-Submitted: auto-generated
""") % orig_mid
    root = multipart("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], text),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], hdrs)],
        "4Vq2Zx1YtKz7W.%s/mx2.herefordshire.gov.uk" % sha(f, "b")[:10], '; report-type=delivery-status')
    top = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx2.herefordshire.gov.uk (Mail Delivery System)"),
           ("To", HEH), ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mx2.herefordshire.gov.uk")),
           ("Auto-Submitted", "auto-replied")]
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A Postfix bounce (multipart/report, delivery-status, Return-Path <>, Auto-Submitted) of stepbot's own chaser "
        "[SB-herefordshire-652] to a social worker whose mailbox is full -> auto_reply, ignore (never answered).")


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
# the brief's words (and their inflections); at most 3 urgent mails may use any of them
BANNED = re.compile(r"\b(urgen\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|asap)\b", re.I)
MAX_URGENT_WITH_BANNED = 3
# Knowsley notice: file -> (working days, plain weekdays, bank holiday crossed, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (8, 9, date(2066, 5, 3), False),
    "knowsley_05.eml": (4, 5, date(2066, 5, 31), True),
}
EXPECTED_BH_2066 = {date(2066, 1, 1), date(2066, 4, 9), date(2066, 4, 12), date(2066, 5, 3), date(2066, 5, 31),
                    date(2066, 8, 30), date(2066, 12, 27), date(2066, 12, 28)}
HALF_TERM = (date(2066, 5, 31), date(2066, 6, 4))

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
    }
    if (auth, kind) == ("knowsley", "step_up"):
        req = {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
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
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|table|hr|h\d)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def readable(msg):
    """Every decoded word a reader could see: bodies (plain, HTML), calendars, attachment names, PDF and .docx text,
    forwarded messages and delivery reports."""
    out = []
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload(0)
                out.append("\n".join("%s: %s" % (k, v) for k, v in inner.items()))
            continue
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
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", w)
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2066) != date(2066, 4, 11):
        err("calendar", "Easter 2066 should be Sunday 11 April")
    bh = bank_holidays(2066)
    if bh != EXPECTED_BH_2066:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2066))
    inwin = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2066, 5, 3), date(2066, 5, 31)]:
        err("calendar", "bank holidays in the window should be 3 May and 31 May: %s" % inwin)
    if not (easter(2066) + timedelta(days=1) < WINDOW[0]):
        err("calendar", "the window must start after Easter Monday")
    if WINDOW[0] != easter(2066) + timedelta(days=8) or WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 2:
        err("calendar", "window should run from the Monday after Easter week to a Wednesday")
    if HALF_TERM[0] != last_monday(2066, 5) or HALF_TERM[1] - HALF_TERM[0] != timedelta(days=4):
        err("calendar", "half term should be the week of the Spring Bank Holiday")
    bst_on, bst_off = last_sunday(2066, 3), last_sunday(2066, 10)
    if (bst_on, bst_off) != (date(2066, 3, 28), date(2066, 10, 31)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2066, 3, 28, 0, 59, tzinfo=UTC), 0), (datetime(2066, 3, 28, 1, 1, tzinfo=UTC), 1),
                   (datetime(2066, 10, 31, 0, 59, tzinfo=UTC), 1), (datetime(2066, 10, 31, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            err("calendar", "%s is not BST" % d)
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
    banned_urgent = []

    # ---- per file
    for lab in LABELS:
        f = lab["file"]; x = lab["expect"]; m = META[f]
        auth, mbox = lab["authority"], lab["mailbox"]
        if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            err(f, "label keys")
        if list(x) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                       "missing", "notice_ok", "next_action"]:
            err(f, "expect keys")
        if mbox not in ("mash_step_up", "early_help_duty"):
            err(f, "bad mailbox")
        if f.rsplit("_", 1)[0] != auth:
            err(f, "authority does not match the file name")
        if x["kind"] not in KINDS or x["next_action"] not in ACTIONS:
            err(f, "bad kind / next_action")
        if not isinstance(x["urgent"], bool):
            err(f, "urgent must be a bool")
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
        if x["notice_ok"] not in (True, False, None):
            err(f, "notice_ok")
        for c in x["children"]:
            if list(c) != ["name", "dob"]:
                err(f, "child keys")
        if len(x["case_ids"]) != len(set(x["case_ids"])):
            err(f, "case ids not unique")
        for cid in x["case_ids"]:
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})", cid):
                err(f, "odd case id %s" % cid)
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
                    err(f, "Knowsley count not in the README table")
                else:
                    pw = plain_weekdays_between(now_d, mt)
                    crossed = [b for b in BANK_HOLIDAYS if now_d < b <= mt]
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
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith("+0100"):
            err(f, "Date offset is not Europe/London's (+0100): %s" % dh)
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - sent <= timedelta(minutes=10)) or now.utcoffset() != sent.utcoffset():
            err(f, "now must be 1-10 minutes after the Date, same offset")
        if sent != dt(m["when"]):
            err(f, "Date header differs from the recorded time")
        is_auto = msg["Auto-Submitted"] is not None
        if (x["kind"] == "auto_reply") != is_auto:
            err(f, "Auto-Submitted iff auto_reply")
        subj = str(msg["Subject"])
        if x["kind"] == "follow_up" and not m["no_ref_ok"] and not re.search(r"\[SB-%s-\d+\]" % auth, subj):
            err(f, "follow_up without its [SB-...] reference in the subject")
        if x["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj and not m["wrong_thread"]:
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
            hits = sorted({h.lower() for h in BANNED.findall(heads + "\n" + text)})
            if hits:
                banned_urgent.append((f, hits))
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2066:
                err(f, "a year after 2066 in the text: %s" % y)
        now_d = now.astimezone(LON).date()
        text = subj + " " + text                                  # a child may be named only in the subject
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
    if len(banned_urgent) > MAX_URGENT_WITH_BANNED:
        err("set", "more than %d urgent mails use the banned words: %s" % (MAX_URGENT_WITH_BANNED, banned_urgent))
    BANNED_REPORT[:] = banned_urgent
    return E

BANNED_REPORT = []

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
    out.append("urgent mails using the brief's words: %s" % (BANNED_REPORT or "none"))
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
