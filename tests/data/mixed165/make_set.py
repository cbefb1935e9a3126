#!/usr/bin/env python3
"""mixed165: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2059, in children in performance, modelling and elite sport: theatre and TV
productions, child performance licences and chaperones, on-set tutors, talent agents and "photographers",
modelling, family influencer accounts and live streams, sport academies, billets and tours, alongside ordinary
step-ups and step-downs.

Window: Monday 14 April - Friday 18 July 2059. Easter Sunday 2059 is 30 March (Gregorian computus; Good Friday
28 March, Easter Monday 31 March), so the two-week Easter break runs Monday 31 March - Friday 11 April and the
summer term starts on Monday 14 April. Inside the window: the Early May bank holiday Monday 5 May and the Spring
Bank Holiday Monday 26 May (half term Monday 26 - Friday 30 May). British Summer Time runs from Sunday 30 March
to Sunday 26 October 2059, so every Date header carries +0100.

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
YEAR = 2059
WINDOW = (date(2059, 4, 14), date(2059, 7, 18))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2059)."""
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
            b"<< /Producer (mixed165 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2059, 4, 1, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2059-04-30 10:14:22"
    body = T("""
Morning all,

Please find attached a step up request for Tyler Brennan and Ellis Brennan, EHM-90412. The family have been open to Family First 0-18 at Level 3 since January.

Tyler Brennan - DOB 11/09/2046
Ellis Brennan - DOB 2 March 2052

Tyler plays in the U13s at the academy in Kirkby and trains four evenings a week plus Saturday matches. Dad (Sean) has been the children's only carer since mum took a job abroad last summer. Since Christmas Sean's drinking has got steadily worse. The academy's player care officer has told me Tyler regularly arrives for 7am sessions with no breakfast and in kit that has not been washed, and twice this month nobody collected him after evening training - he waited until 9.40pm and the academy minibus driver took him home. On both nights Ellis (7) had been left with a 15-year-old neighbour. When I visited on 24 April there was no food in the fridge, empty cans all over the front room and the children's beds had no sheets.

The Graded Care Profile 2 is attached - it scores at level 4 for physical care and level 3 for safety. My team manager, Lorraine Kaye, discussed the step up with me on Monday 28 April and agreed it.

Step up TAF meeting: Wednesday 7th May at 10:00, Halewood Family Hub (Room 1) - I have sent the invitation to the MASH inbox and MASH business support and invited the current TAF members (school, the academy's player care officer and the school nurse).

Attached:
- FF Step Up request to CSC - Brennan.docx
- TAF minutes 15.04.59 - Brennan.pdf
- GCP2 - Brennan.pdf

Sean knows I am making the referral ("do what you want").

Kind regards

Carla Hesketh
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0382

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-90412"),
        ("Children:", "Tyler Brennan 11/09/2046; Ellis Brennan 02/03/2052"),
        ("Date of step up TAF meeting:", "Wednesday 7 May 2059, 10:00, Halewood Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 15/04/2059"),
        ("What are we worried about?", "Dad's drinking; the children's basic physical care; Tyler left uncollected after training; Ellis left with a 15-year-old."),
        ("What is working well?", "Tyler loves football and the academy staff know him well; both children attend school."),
        ("What next?", "CSC assessment; dad to be referred to the alcohol service; a plan for collection from training."),
        ("Graded Care profile (If neglect should be completed).", "Completed 22/04/2059 - attached."),
        ("Agreement by line manager:", "Lorraine Kaye, Team Manager, 28/04/2059 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Brennan.docx", form),
            pdf_att("TAF minutes 15.04.59 - Brennan.pdf", "Team Around the Family meeting - minutes", [
                "Family: Brennan. EHM-90412. Date: 15/04/2059. Venue: Halewood Family Hub.",
                "Present: Carla Hesketh (FF Case Manager), class teacher (Ellis), academy player care officer, school nurse.",
                "Apologies: Sean Brennan (did not attend).",
                "1. Academy: Tyler not collected twice; arrives hungry; kit unwashed.",
                "2. School: attendance fine for both; Ellis tired in class.",
                "Actions: CH to discuss step up with team manager if no change by the end of April."]),
            pdf_att("GCP2 - Brennan.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Brennan. Completed with: Sean Brennan. Date: 22/04/2059. Practitioner: Carla Hesketh.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 2."])]
    top = outlook_top(f, addr("Hesketh, Carla", "Carla.Hesketh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Brennan - EHM-90412 - TAF Wed 7th May", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-90412"],
        [ch("Tyler Brennan", "2046-09-11", "11/09/2046"), ch("Ellis Brennan", "2052-03-02", "2 March 2052")],
        ["neglect", "substance_misuse"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (form .docx, TAF minutes and GCP2 .pdf, EHM id, team manager agreed) for an academy "
        "footballer's family, but the TAF on Wed 7 May is only 4 working days after Wed 30 Apr because Mon 5 May is the "
        "Early May bank holiday (5 plain weekdays) -> notice not ok -> request_info; 'do what you want' is not consent.",
        meeting=date(2059, 5, 7), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Sean Brennan", "Carla Hesketh", "Lorraine Kaye"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2059-05-12 11:47:05"
    comment = ("Sorry, can't do Wednesday - I'm tutoring Ellie-May Rimmer on set at Stockbridge Studios all week. Her "
               "mum came onto set at 7 this morning slurring and smelling of drink and there is a vodka bottle in her "
               "bag. Production say they can't stop a parent taking her own child. She has the car keys out and says "
               "she is driving Ellie-May home at 12.30 when her scenes finish. Ellie-May (7) asked me if she has to "
               "get in the car. Can somebody ring me on 07700 900412 before half 12 please. Natalie Gorst, on-set tutor")
    data = outlook_itip_reply(f, when, ("Natalie Gorst", "n.gorst@brightlessons-tuition.example"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Rimmer - EHM-90877 [SB-knowsley-522]",
                              "20590521T100000", "20590521T110000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-90877"],
        [ch("Ellie-May Rimmer")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a DECLINED iTIP REPLY's COMMENT: an on-set tutor says a 7-year-old's visibly drunk mother is "
        "about to drive her home from the film set at 12.30 (about 40 minutes after the reply) -> urgent; kind stays "
        "meeting_reply; case id from the SUMMARY.",
        not_children=["Natalie Gorst"],
        how="only in the COMMENT of a declined Teams invitation from an on-set tutor, with a clock time")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2059-05-20 15:02:41"
    body = T("""
Dear Family First duty,

I am stepping the O'Hare family down to Level 2. ICS-2215890.

Kacey O'Hare - DOB 04.06.2047
Jude O'Hare - DOB 19.01.2051

The CIN plan started last autumn when mum (Renée) was signed off work with depression and the children were often late or absent. Renée is now well, back at work part time and seeing her GP regularly. Kacey has just been offered a place on the Junior Associates programme at the ballet school in Liverpool on Saturdays (she is thrilled - "Swan Lake, Miss!"), and Jude's attendance is back to 97%.

The final CIN meeting is on Wednesday 28 May 2059 at 2pm at Prescot Family Hub, Room 3, Warrington Road, Prescot.

Lead practitioner: Mrs Siobhan Keegan, Learning Mentor at St Aidan's Catholic Primary School, has agreed to take on the lead practitioner role.

What are we worried about?
Renée's mood dips in the winter and the family has little support nearby.

What is working well?
Renée asks for help early now. Both children are settled at school and Kacey's dancing gives her confidence and friends.

What needs to happen?
Mrs Keegan to lead an Early Help plan with school and the GP; a "winter plan" for Renée agreed with her GP.

Renée has agreed to the step down and to Mrs Keegan's involvement.

Kind regards,
Deborah Quirk
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0518

""") + KDISC
    top = outlook_top(f, addr("Quirk, Deborah", "Deborah.Quirk@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - O'Hare - ICS-2215890", when)
    add(f, mail(f, top, body, charset="windows-1252"), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2215890"],
        [ch("Kacey O'Hare", "2047-06-04", "04.06.2047"), ch("Jude O'Hare", "2051-01-19", "19.01.2051")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down (windows-1252 body): final CIN date, time and venue, lead practitioner with "
        "her agency, all three Signs of Safety headings. Tue 20 May -> Wed 28 May is 6 plain weekdays, exactly 5 "
        "working days once the Spring Bank Holiday (Mon 26 May) is excluded -> notice ok -> book_meeting.",
        meeting=date(2059, 5, 28), not_children=["Renée O'Hare", "Siobhan Keegan", "Deborah Quirk"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2059-05-21 09:40:10"
    body = T("""
Hi MASH,

Step up request for Jayden Coyle (22/02/2048) and his sister Mollie Coyle (09/08/2055), EHM-89320. Attached: the Step Up request form, the minutes of the TAF on 7 May and the Engaging Families toolkit.

Why now: mum (Kirsty) has not engaged with the TAF plan since February. She has missed 7 of the last 9 home visits, declined the last two TAF meetings and will not let the health visitor in to see Mollie. Jayden's attendance has fallen to 71% and the school cannot get hold of mum either. The Engaging Families toolkit puts engagement at "low".

Background only, so nobody is caught out if it comes up on the system: in 2056 Jayden, then 8, had a small part in the TV series "Hollow Lane" that was filmed in Liverpool. In 2057 a chaperone who had worked on that production was convicted of offences against children on another production. Merseyside Police spoke to Jayden and Kirsty at the time; Jayden made no disclosure, there was no suggestion that anything happened to him, and he had some sessions with the school counsellor afterwards. That is historic and it is not why I am stepping up.

My team manager, Joanne Birch, agreed the step up on 20/05/2059.

The step up TAF meeting is Wednesday 28th May at 10am at Kirkby Family Hub - the invite has gone to the MASH inbox and MASH business support.

Thanks,
Paul Tennant
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0647

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-89320"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Low - toolkit completed 16/05/2059, attached."),
        ("What are we worried about?", "Mum's non-engagement; Jayden's attendance (71%); Mollie not seen by the health visitor since January."),
        ("What is working well?", "Jayden is well liked at school; maternal nan is supportive."),
        ("What next?", "CSC assessment."),
        ("Agreement by line manager:", "Joanne Birch - agreed 20/05/2059."),
    ])
    atts = [docx_att("Step Up Request Form - Coyle.docx", form),
            pdf_att("TAF minutes 07.05.59 Coyle.pdf", "TAF meeting minutes - Coyle", [
                "EHM-89320. 07/05/2059, Kirkby Family Hub. Kirsty Coyle did not attend (no apology).",
                "School: Jayden 71%. Health visitor: Mollie not seen since January. Actions: PT to discuss step up."]),
            docx_att("Engaging Families Toolkit - Coyle.docx", [
                "# Engaging Families Toolkit", "Family: Coyle (EHM-89320). Completed 16/05/2059.",
                "Overall engagement: LOW.", "Missed visits: 7 of 9 since February."])]
    top = outlook_top(f, addr("Tennant, Paul", "Paul.Tennant@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Coyle - EHM-89320 - TAF Weds 28th May", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-89320"],
        [ch("Jayden Coyle", "2048-02-22", "22/02/2048"), ch("Mollie Coyle", "2055-08-09", "09/08/2055")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "Near miss: a chaperone's conviction is HISTORIC (2057, another production, no disclosure, 'not why I am "
        "stepping up'). Complete step-up for non-engagement (form, TAF minutes, Engaging Families toolkit), but Wed 21 "
        "May -> Wed 28 May is 4 working days (Spring Bank Holiday) -> notice not ok -> request_info.",
        meeting=date(2059, 5, 28), docs={"step_up_form", "taf_minutes", "engaging_families"},
        not_children=["Kirsty Coyle", "Paul Tennant", "Joanne Birch"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2059-06-13 14:10:33"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}td{font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Hi Family First duty,</p>
<p>Please accept this Level 3 step down for the Marsden children (ICS-2230417).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td><b>Date of birth</b></td><td><b>School</b></td></tr>
<tr><td>Kyle Marsden</td><td>30/10/2044</td><td>Kirkby High (on a performance licence for filming days)</td></tr>
<tr><td>Ruby Marsden</td><td>17/03/2050</td><td>Park Brow Primary</td></tr>
</table>
<p>&nbsp;</p>
<p>The CIN plan was for Donna&#39;s depression after the children&#39;s dad left. Donna is much better, is on medication that suits her and goes to a walking group. Kyle has had a regular part in the soap &quot;Dock Road&quot; since last year - it is licensed and a chaperone is with him at the studio. Donna&#39;s partner, Gary Roe, moved in during March.</p>
<p><b>Joint home visit:</b> Monday 23rd June at 10am, 14 Cherryfield Drive, Kirkby L32 8TQ.</p>
<p><b>What are we worried about?</b><br>Donna&#39;s mood if filming pressures build up; the household has changed quickly with Gary moving in.</p>
<p><b>What is working well?</b><br>Donna asks for help; Ruby is doing well at school; Kyle is proud of his part.</p>
<p><b>What needs to happen?</b><br>A Family First case manager to pick up a TAF with school, the studio&#39;s chaperone and the GP.</p>
<p>Donna has given her consent for the referral to Family First.</p>
<p>I&#39;ve also attached today&#39;s chaperone log from the studio, which the licensing team forwarded to me at lunchtime, for Kyle&#39;s file.</p>
<p>Thanks,<br>Amir</p>
<p>Amir Sheikh<br>Social Worker | Child in Need Team (Huyton) | Knowsley Council<br>0151 496 0734</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(KDISC.strip())
    atts = [pdf_att("Chaperone log - Kyle Marsden - 13.06.59.pdf", "Chaperone daily log - Stockbridge Studios", [
        "Child: Kyle Marsden (licence KN-PL-0412). Production: Dock Road. Chaperone: Maureen Tighe. Date: Fri 13/06.",
        "08:30 Arrived, brought by Gary Roe (mum's partner). Quiet, would not take his hoodie off.",
        "10:15 Costume change. Back of left hand red and blistered, about 4cm across.",
        "Kyle said: 'Gary held it on the hob last night cos I kept getting my lines wrong. He said next time it's my face.'",
        "Kyle asked me twice if he could stay at the studio tonight.",
        "12:40 Unit medic dressed the hand. Kyle did not want me to ring his mum.",
        "Call sheet: wrap 17:00, collection by Gary Roe at 17:30."])]
    top = outlook_top(f, addr("Sheikh, Amir", "Amir.Sheikh@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Marsden - joint visit Mon 23rd", when)
    add(f, html_only(f, top, h, atts), "knowsley", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["ICS-2230417"],
        [ch("Kyle Marsden", "2044-10-30", "30/10/2044"), ch("Ruby Marsden", "2050-03-17", "17/03/2050")],
        ["parental_mental_health", "physical_harm"], True, None, [], True, "alert_duty",
        "Safety rule 1 in an ATTACHMENT: the studio chaperone's log (PDF) records a 14-year-old's fresh hob burn, his "
        "words 'Gary held it on the hob ... next time it's my face' and collection by that man at 17:30 today -> urgent. "
        "The HTML-only L3 step-down is otherwise complete; Mon 23 Jun is 6 WD after Fri 13 Jun.",
        meeting=date(2059, 6, 23), not_children=["Donna Marsden", "Gary Roe", "Amir Sheikh", "Maureen Tighe"],
        how="only in an attached chaperone log, sent 'for the file' under an ordinary HTML step-down")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2059-05-01 16:25:18"
    ack = ack_text("step-up", "SB-knowsley-517",
                   ["Case: EHM-90412", "Children: Tyler Brennan, Ellis Brennan",
                    "Step-up TAF meeting: Wed 7 May 2059 10:00, Halewood Family Hub",
                    "Notice: 4 working days (Mon 5 May is a bank holiday); the protocol asks for at least 5."], [])
    body = T("""
Hiya,

Sorry - completely forgot about the bank holiday! I've moved the step up TAF for Tyler Brennan and Ellis Brennan (EHM-90412) to Wednesday 14th May at 10am, same place (Halewood Family Hub, Room 1). New invite sent to the MASH inbox and MASH business support this afternoon.

Everything else as before.

Carla

Carla Hesketh | Family First Case Manager | Knowsley Council | 0151 496 0382

On Wed, 30 Apr 2059 at 10:19, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Carla Hesketh", "Carla.Hesketh@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-517]", when, KDOM, "Android Mail 16.4", cc=KBS)
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-90412"],
        [ch("Tyler Brennan"), ch("Ellis Brennan")],
        [], None, None, [], None, "attach_to_request",
        "Android reply to [SB-knowsley-517] (knowsley_01) moving the TAF past the bank holiday to Wed 14 May, the "
        "acknowledgement quoted under '>' -> follow_up, attach_to_request; a follow_up has no notice rule.",
        not_children=["Carla Hesketh"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2059-06-03 07:30:00"
    text = T("""
KNOWSLEY CHILDREN IN ENTERTAINMENT - LICENSING AND CHAPERONE BULLETIN (June 2059)

1. Summer season
Performance licences are already being issued for the summer shows at the Kirkby Suite and the studio dramas at Stockbridge. Please remember that a licence covers one production: a child in a new job needs a new licence, whatever their agent says.

2. Chaperone refresher - scenarios for discussion (fictional, not about any real child)
a) A parent arrives on set smelling of drink and wants to drive their child home. What do you do if they will not wait?
b) During a costume change you see a burn on a child's hand and the child says a parent's partner did it. Who do you tell, and before the child goes home?
c) A "photographer" messages a 14-year-old to come to a closed set alone.
For each: if a child is in immediate danger call 999; any other safeguarding concern goes to MASH the same day. Complete a risk assessment for every location and never leave a child with an unsafe adult.

3. Training
Chaperone approval training: Tuesday 17 June, 6-9pm, Huyton Municipal Buildings. Emergency first aid for chaperones: 1 July.

You are receiving this because you are on the Knowsley entertainment licensing mailing list.
Unsubscribe: https://lists.knowsley-cie.example/unsubscribe
""")
    top = [("From", "Knowsley Children in Entertainment <licensing@lists.knowsley-cie.example>"), ("To", KMASH),
           ("Subject", "Licensing and Chaperone Bulletin - June 2059"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.knowsley-cie.example")),
           ("List-Id", "Knowsley CIE bulletin <bulletin.lists.knowsley-cie.example>"),
           ("List-Unsubscribe", "<https://lists.knowsley-cie.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a licensing and chaperone bulletin (List-Id) whose fictional refresher scenarios (drunk parent "
        "driving, a burn, a 'photographer') and '999 / immediate danger / risk assessment' advice name no real child "
        "-> other, human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2059-06-14 21:52:09"
    body = T("""
Hi, sorry I don't know if this is the right email, it's the one on the council website for Family First.

I run Kirkby Youth Theatre. Our show finished at 9.15 tonight at the Kirkby Suite. One of our cast, Lexi Doyle, she's 11, hasn't been collected. Her mum Sharon texted Lexi at 9.30 "dont bring her back here im done" and her phone has been off since. Lexi says mum's boyfriend hit her last weekend and she doesn't want to go home anyway. She's got a mark on her cheek still.

The venue locks up at 11 and it's just me and one other volunteer left. I've got no other number for the family, the only contact on her form is the same mum's mobile.

Please can someone ring me on 07700 900655.

Rob Kinsella
Kirkby Youth Theatre

Sent from my Galaxy
""")
    top = plain_top(f, addr("Rob Kinsella", "rob.kinsella@kirkbyyouththeatre.example"),
                    addr("Family First Duty", KFF), "Lexi not collected tonight - Kirkby Youth Theatre", when,
                    "kirkbyyouththeatre.example")
    add(f, mail(f, top, body, cte="base64", crlf=False), "knowsley", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Lexi Doyle")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday night (out of hours, base64 body): an 11-year-old left at a youth theatre, her "
        "mother texting 'dont bring her back here', phone off, a mark from the mother's boyfriend and the venue "
        "closing at 11 -> urgent, other.",
        not_children=["Sharon Doyle", "Rob Kinsella"],
        how="plainly, from a youth theatre volunteer on a Saturday night, with the mother's text quoted")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2059-04-15 11:20:48"
    body = T("""
Dear MASH colleagues,

Following supervision with Ines Carvalho (Early Help Practitioner) yesterday, I have agreed to step the Penhaligon family up to Children's Services. Mosaic ID 5510327.

Daisy Penhaligon, born 16th November 2049
Rafferty Penhaligon, born 07/02/2053

The latest case summary is attached.

Rationale for step-up
Mum (Saskia) runs the family's video channel, "The Penhaligon Pack" (about 410,000 followers across platforms), and the children appear in most posts. Since January Daisy has missed 31 school sessions for brand shoots, two of them abroad, with no performance licence and no authorised absence. Daisy has told her class teacher she "has to do the crying videos again" and that she is "not allowed to be in a bad mood on camera days". Saskia has declined three TAF meetings and has not let Ines see the children at home since February. She has told Ines she is "running on empty" and has stopped her anxiety medication. Two months of Early Help have not changed any of this and we think a statutory assessment is needed.

Saskia knows about the step-up and does not agree with it.

Kind regards,
Fiona Drummond
Early Help Team Manager | Wandsworth Early Help | Richmond and Wandsworth Councils
020 7946 0588

""") + RDISC
    atts = [pdf_att("Case summary - Penhaligon - April 2059.pdf", "Early Help case summary - Penhaligon", [
        "Mosaic ID 5510327. Children: Daisy Penhaligon (16/11/2049), Rafferty Penhaligon (07/02/2053).",
        "Open to Early Help since 03/02/2059 (school attendance; parental anxiety).",
        "Attendance (Daisy): 81% this year; 31 sessions missed for filming.",
        "Engagement: three TAF meetings declined; no home visit since February.",
        "Recommendation: step up to Children's Services for assessment."])]
    top = outlook_top(f, addr("Drummond, Fiona", "Fiona.Drummond@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Penhaligon - Mosaic 5510327", when,
                      cc=addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["5510327"],
        [ch("Daisy Penhaligon", "2049-11-16", "16th November 2049"),
         ch("Rafferty Penhaligon", "2053-02-07", "07/02/2053")],
        ["non_engagement", "parental_mental_health", "school_attendance"], False, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager herself (family influencer channel, "
        "unlicensed shoots): case summary .pdf attached, rationale under its own heading -> book_meeting. Mum 'does "
        "not agree' -> consent false (not a step-up requirement here); 'Mosaic ID 5510327' -> the bare number.",
        docs={"case_summary", "rationale"}, not_children=["Saskia Penhaligon", "Ines Carvalho", "Fiona Drummond"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2059-05-08 14:41:27"
    fwd = T("""
---------- Forwarded message ---------
From: Daniel Hughes <d.hughes@garrattpark.sch.example>
Date: Thu, 8 May 2059 at 14:20
Subject: kiera - from Jade in 9R
To: Alison Rourke <a.rourke@garrattpark.sch.example>

Alison - Jade in 9R came to me at the end of lunch with this on her phone, it's from Kiera's chat apparently. Jade made a promise not to tell but she's really worried. I've typed it out exactly as it was. Dan

[screenshot text]
Marco | MK Model Mgmt: hey beautiful ur test shoot is 2nite 7pm, unit 4 kimber rd studios. come on ur own, no mums on set its a closed set ok. bring the swimwear + the lace set we talked about. 350 cash on the day. delete this chat after x
Kiera: ok cant wait!! mum thinks im at jades
Marco | MK Model Mgmt: good girl. dont tell jade either
""")
    text = T("""
Hi,

Not sure if this one is for you or for the police, so I'm sending it to you and ringing the police next. Forwarded below is what our Head of Year 9 sent me 20 minutes ago about Kiera Walsh (DOB 03/10/2044), from what her friend Jade showed him.

Kiera signed out of school at 2.15 saying she had a dentist appointment - there isn't one on our system and mum didn't phone. Mum works nights at the hospital and isn't answering. We don't know who "Marco" is; there is no agency of that name on the council's licensing list and Kiera has no licence with us.

I'm on 020 7946 0264 until 5.

Alison Rourke
Designated Safeguarding Lead | Garratt Park School

""") + fwd
    top = plain_top(f, addr("Alison Rourke", "a.rourke@garrattpark.sch.example"), addr("MASH Step Up", RSU),
                    "Fwd: kiera - from Jade in 9R", when, "garrattpark.sch.example")
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kiera Walsh", "2044-10-03", "03/10/2044")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED screenshot: a 14-year-old has left school to go alone to a 'closed set' test "
        "shoot at 7pm tonight with a man asking for swimwear and lingerie shots and secrecy; mother unreachable -> "
        "urgent, other.",
        not_children=["Alison Rourke", "Daniel Hughes", "Jade"],
        how="in a forwarded friend's screenshot in mobile shorthand, under a teacher's hesitant covering note")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2059-05-19 10:05:36"
    body = T("""
Dear Early Help Duty,

As agreed with the Early Help duty team manager by phone this morning, I am confirming the step-down case discussion for the Bramwell family on Thursday 22 May at 2pm (Teams). The latest case summary and the draft Early Help plan are attached.

Anouk Bramwell - born 29-12-2047 - Mosaic 5488103

Background, for completeness: in 2057 Anouk's then figure skating coach at the Richmond rink was the subject of a LADO referral after other skaters' parents complained about him. He was dismissed, and he was barred in 2058. Anouk was spoken to at the time and made no disclosure; she moved to a club in Streatham and is thriving. There are no current child protection concerns.

Why Early Help: Mr Bramwell's depression after his redundancy. Anouk (11) does more at home than she should on his bad days and is tired at the 6am ice sessions.

Mr Bramwell and Anouk both agreed to Early Help at the CIN review on 15 May. My team manager, Sinead Forde, has agreed the step down.

Best wishes,
Tomasz Wieczorek
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth Councils
020 7946 0473

""") + RDISC
    atts = [pdf_att("Case summary - Bramwell - May 2059.pdf", "Case summary", [
                "Family: Bramwell. Mosaic 5488103.",
                "CIN plan since 11/2058 (father's depression; young caring). Actions complete.",
                "Historic: LADO referral 2057 about a former coach - concluded; no disclosure by Anouk.",
                "Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Bramwell.docx", [
                "# Draft Early Help plan", "Family: Bramwell", "Outcome 1: dad linked to talking therapies and the job centre's work coach.",
                "Outcome 2: Anouk's young carer assessment.", "Outcome 3: lifts to early ice sessions shared with another skating family."])]
    top = outlook_top(f, addr("Wieczorek, Tomasz", "Tomasz.Wieczorek@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Bramwell - case discussion Thu 22 May 2pm", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["5488103"],
        [ch("Anouk Bramwell", "2047-12-29", "29-12-2047")],
        ["parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Near miss: the skating coach's LADO referral is HISTORIC (2057, dismissed, barred 2058, no disclosure, 'no "
        "current child protection concerns'). Complete step-down (case summary, draft plan, consent) with the "
        "discussion agreed for Thu 22 May, within 5 days of the contact -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Tomasz Wieczorek", "Sinead Forde"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2059-06-06 17:35:02"
    text = T("""
Hi,

Step down request for Mateo Castellano (DOB 2043-08-19) and Lucía Castellano (DOB 2049-05-01), Mosaic 5497762.

The CIN plan followed the domestic incident between the parents in autumn 2058. They separated in December, mum has moved to Spain, and the children live with dad in Putney. No child protection concerns now - the plan has done its job.

What is left is school. Mateo is at a tennis academy in Roehampton and travels with dad to junior tournaments most weekends and some weekdays, and his attendance is 78%. School have asked for an Early Help plan around his schooling and the travel.

Draft Early Help plan attached. The case summary is with my team manager for sign-off - I'll send it on Monday. Dad is at a tournament in Nottingham with Mateo until Tuesday; I'll talk to him about Early Help when they're back.

I'll ring the Early Help duty team manager on Monday to agree a time for the case discussion.

Thanks
Chidi

Chidi Eze
Social Worker, Family Support (Wandsworth)
Sent from my iPad
""")
    atts = [docx_att("Draft EH plan - Castellano.docx", [
        "# Draft Early Help plan", "Mateo and Lucía Castellano - Mosaic 5497762",
        "Outcome 1: an agreed tournament and school timetable with the academy and school.",
        "Outcome 2: Lucía's Spanish-language support and contact with mum by video."])]
    top = plain_top(f, addr("Chidi Eze", "Chidi.Eze@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Castellano", when, RDOM, "iPad Mail (23A344)")
    add(f, apple_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["5497762"],
        [ch("Mateo Castellano", "2043-08-19", "2043-08-19"), ch("Lucía Castellano", "2049-05-01", "2049-05-01")],
        ["school_attendance"], None, None, ["case_summary", "consent"], None, "request_info",
        "iPad (format=flowed) step-down with ISO dates and an accented name: draft plan attached, case summary to "
        "follow, consent still to be asked ('I'll talk to him') -> consent null, missing case_summary + consent -> "
        "request_info. The 2058 domestic incident is over ('no child protection concerns now').",
        docs={"draft_plan"}, not_children=["Chidi Eze"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2059-06-17 09:12:40"
    ack = ack_text("step-up", "SB-richmond_wandsworth-84",
                   ["Family: Lindqvist", "Children: Poppy Lindqvist, Arlo Lindqvist", "Mosaic ID 5512240"],
                   ["case_summary (the latest case summary)"])
    body = T("""
Hi,

Attached as asked: the updated case summary for Poppy Lindqvist and Arlo Lindqvist (Mosaic 5512240), and the chronology.

FYI school rang just now. Poppy told her teacher this morning that mum's manager, Callum, does "the massage game" on her at night when mummy is asleep, and that she isn't allowed to tell because it's "part of the channel". Mum has told school she is taking both children out at lunchtime to stay at Callum's house in Brighton for a week of filming - they leave at 1. Mum isn't answering my calls.

Anyway, documents attached.

Jo

Jo Whitlock
Early Help Practitioner | Richmond and Wandsworth Councils | 020 7946 0619

""") + quote("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "13 June 2059 15:03",
             "Whitlock, Jo <Jo.Whitlock@richmondandwandsworth.gov.uk>",
             "Step-up request received [SB-richmond_wandsworth-84]", ack) + "\n" + RDISC
    atts = [pdf_att("Case summary - Lindqvist - updated 16.06.59.pdf", "Early Help case summary - Lindqvist", [
                "Mosaic ID 5512240. Poppy Lindqvist (6), Arlo Lindqvist (3).",
                "Mum runs a family lifestyle channel; a new manager (Callum) since March films most days.",
                "Poppy's attendance 84%. Mum declined the last TAF."]),
            docx_att("Chronology - Lindqvist.docx", [
                "# Chronology", "03/2059 new manager begins filming with the family.",
                "04/2059 school notes Poppy tired, reluctant to go home.", "06/2059 step-up requested."])]
    top = outlook_top(f, addr("Whitlock, Jo", "Jo.Whitlock@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Step-up request received [SB-richmond_wandsworth-84]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["5512240"],
        [ch("Poppy Lindqvist"), ch("Arlo Lindqvist")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a follow-up that mainly sends documents: a 6-year-old's words about the mother's channel "
        "manager's night-time 'massage game' and both children leaving at 1pm today to stay at his house -> urgent "
        "follow_up to SB-richmond_wandsworth-84.",
        docs={"case_summary"}, not_children=["Jo Whitlock", "Callum"],
        how="understated ('FYI', 'Anyway, documents attached') in a reply that mainly sends a case summary")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2059-04-16 13:30:11"
    data = google_reply(f, when, ("Helen Cartwright", "h.cartwright@southmeadprimary.example"),
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Penhaligon - Mosaic 5510327 [SB-richmond_wandsworth-79]",
                        "20590417T130000Z", "20590417T140000Z", "Microsoft Teams",
                        "Thu 17 Apr 2059 14:00 - 15:00 (BST)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["5510327"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from the school for richmond_wandsworth_01's "
        "step-up case discussion -> meeting_reply, record_reply; the Mosaic number in the summary is the case id.",
        not_children=["Helen Cartwright"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2059-06-30 12:15:19"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Licensing Team,</p>
<p>We are applying for child performance licences for three child performers (aged 9, 11 and 13) for our drama <i>The Frozen Mile</i>. Application forms, parental consents and school letters will follow by post.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Block</th><th>Dates</th><th>Location</th><th>Hours on set (max)</th></tr>
<tr><td>1</td><td>4 - 8 August 2059</td><td>Barn Elms reservoir, SW13</td><td>5 hrs / day</td></tr>
<tr><td>2</td><td>11 - 15 August 2059</td><td>Twickenham Studios, Stage 2</td><td>5 hrs / day</td></tr>
</table>
<p><b>About the content:</b> in the script the youngest character falls through the ice of a frozen lake and is rescued by her brother. None of our child performers will be in any danger: the fall is performed by an adult stunt double, the &quot;ice&quot; is a heated studio tank 1.2m deep, and a water safety team is present. The full risk assessment and the chaperone rota will be with the application.</p>
<p>Could you confirm the correct address for applications? We were given this one by the location office.</p>
<p>Kind regards,<br>Priyanka Sethi<br>Child Licensing Co-ordinator | Northlight Pictures<br>020 7946 0855</p>
</body></html>
""")
    top = outlook_top(f, addr("Sethi, Priyanka", "p.sethi@northlightpictures.example"), addr("Early Help Duty", RED),
                      "Child performance licence applications - The Frozen Mile", when)
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss and wrong inbox: a production company's licence enquiry meant for the licensing team (HTML table); a "
        "child falling through ice is the SCRIPT, done by an adult stunt double, 'danger' and 'risk assessment' are "
        "production words; no child named -> other, human_review.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2059-07-18 15:40:05"
    body = T("""
Thank you for your email. I am out of the office at licence inspections on summer productions until Wednesday 23 July and will reply when I am back.

If a child is in immediate danger, call 999. For an urgent safeguarding concern about a child in Richmond or Wandsworth contact the MASH on 020 7946 0321, or the Emergency Duty Team on 020 7946 0999 out of hours. Licence applications can be sent to the licensing team mailbox.

Bernadette Fry
Child Employment and Entertainment Officer | Richmond and Wandsworth Councils
""")
    data = ooo(f, when, ("Bernadette Fry", "Bernadette.Fry@" + RDOM), addr("Early Help Duty", RED),
               "Step down - Castellano [SB-richmond_wandsworth-91]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: an entertainment licensing officer's out-of-office (Auto-Submitted: auto-replied) whose boilerplate "
        "says 'immediate danger', 'urgent safeguarding concern' and 999 -> auto_reply, ignore, never urgent.",
        not_children=["Bernadette Fry"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2059-04-23 10:33:50"
    inner = T("""
Hi Rubina,

MARF for the Mensah step up attached, as we discussed in supervision. Could you send it on to MAST with your agreement if you're happy?

Kofi Mensah - DOB 14/01/2045
Esi Mensah - DOB 30/07/2051
Mosaic 4471208

Why step up: Kofi was released by the football academy in March after five years there. Since then he has stopped going to school most days (attendance 54% since Easter), he has a new phone and expensive trainers that mum cannot explain, and he has been seen most evenings with older young men by the Mile End estates. On 17 April police stopped a car with Kofi and two adults in it and found cannabis and £600 in cash; Kofi was released without charge. Mum works two jobs and says she "doesn't know him any more". The Early Help plan (mentoring, a new club, school support) has not held him.

Mum, Abena Mensah, consents to the MAST referral.

Thanks,
Liam Fairweather
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
""")
    body = T("""
MAST,

Forwarding Liam's MARF below for the Mensah family. I agree with the step up - please progress.

Rubina

Rubina Chowdhury
Team Manager | Early Help Hub | Tower Hamlets Council
020 7946 0128
""") + quote("Fairweather, Liam <Liam.Fairweather@towerhamlets.gov.uk>", "22 April 2059 17:06",
             "Chowdhury, Rubina <Rubina.Chowdhury@towerhamlets.gov.uk>", "Mensah MARF", inner) + "\n" + TDISC
    atts = [marf("MARF - Mensah - Mosaic 4471208.pdf", "Mensah", [
        "Mosaic 4471208. Referrer: Liam Fairweather, Early Help Practitioner.",
        "Children: Kofi Mensah 14/01/2045; Esi Mensah 30/07/2051.",
        "Reason for request: signs of criminal exploitation since release from a football academy; school attendance.",
        "Parental consent: given 22/04/2059 (Abena Mensah). Manager: Rubina Chowdhury."])]
    top = outlook_top(f, addr("Chowdhury, Rubina", "Rubina.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "FW: Mensah MARF", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["4471208"],
        [ch("Kofi Mensah", "2045-01-14", "14/01/2045"), ch("Esi Mensah", "2051-07-30", "30/07/2051")],
        ["exploitation", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up in an Outlook forward: the team manager forwards the worker's MARF with 'I "
        "agree with the step up'; consent stated; exploitation signs after release from a football academy -> "
        "book_meeting.",
        docs={"request_for_support"}, not_children=["Abena Mensah", "Liam Fairweather", "Rubina Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2059-05-09 15:20:44"
    body = T("""
To: MAST
From: Sarah Conway, Early Help Practitioner, Early Help Hub

Re: Maya Kowalczyk, DOB 21/02/2049, Mosaic 4479930
Address: 7 Narrow Street, Limehouse E14 (father, sole carer; mother lives in Poland)

Physio note from Docklands Gymnastics Academy, shared with me at 14:30 today (copied as written):
"13:15 syncopal episode during beam warm-up, approx 20 seconds. HR 41 resting, BP 84/50, cold peripheries, capillary refill 4s. Weight 24.6 kg (27.9 kg on 14/03). BMI 13.1, below 0.4th centile. Reports 'only water since Wednesday' - father's instruction to make weight for the Bucharest international. Advised same-day paediatric assessment at the Royal London. Father declined: they fly from Luton at 21:05 tonight and he says she will eat after the weigh-in on Saturday."

The family have been open to Early Help since February (training hours, Maya's attendance at 83%, dad's control of her food). Maya is 10.

Step up: discussed with my team manager, Grace Adeyemi, at 14:50 - she agrees the case should be stepped up to MAST today. I have not had time to do the MARF and will send it this evening. I have not asked dad about the referral.

Sarah Conway
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0391
""")
    top = plain_top(f, addr("Conway, Sarah", "Sarah.Conway@" + TDOM), addr("MAST", TMAST),
                    "Maya Kowalczyk 21/02/2049 - step up to MAST today", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["4479930"],
        [ch("Maya Kowalczyk", "2049-02-21", "21/02/2049")],
        ["neglect"], None, True, ["request_for_support"], None, "alert_duty",
        "Safety rule 1 told clinically: a 10-year-old gymnast fainted after two days on water only at her father's "
        "instruction (HR 41, BP 84/50, BMI below the 0.4th centile), he refused hospital and flies abroad with her at "
        "21:05 tonight -> urgent. Step-up with the manager's agreement but no MARF -> request_for_support missing; "
        "alert_duty first.",
        not_children=["Sarah Conway", "Grace Adeyemi"],
        how="clinically, in a physio's observations copied into a step-up, with tonight's flight time")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2059-06-10 11:05:27"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<div>Hello Early Help Hub,</div><div><br></div>
<div>I am stepping the Bello twins down from Child in Need to a TAF plan. The Child and Family Assessment concluded on 06/06/2059; the assessment and the draft TAF plan are attached.</div><div><br></div>
<table style="border:1px solid #999;border-collapse:collapse">
<tr><th style="border:1px solid #999">Name</th><th style="border:1px solid #999">DOB</th><th style="border:1px solid #999">Mosaic</th></tr>
<tr><td style="border:1px solid #999">Amara Bello</td><td style="border:1px solid #999">12/12/2051</td><td style="border:1px solid #999">4466120</td></tr>
<tr><td style="border:1px solid #999">Tobi Bello</td><td style="border:1px solid #999">12/12/2051</td><td style="border:1px solid #999">4466121</td></tr>
</table><div><br></div>
<div>The CIN plan was for Ms Bello&#39;s postnatal depression after the birth of the twins&#39; baby brother. She is recovering well with the perinatal team; what remains is support for her mood while she manages three children under eight.</div><div><br></div>
<div>For completeness, because the modelling came up at the start of the assessment: the twins&#39; modelling work for children&#39;s clothing brands is licensed by the borough for every job, a registered chaperone is with them at every booking, and the agency (Little Acorn Models) was checked by the licensing team. There is no indication of exploitation or of any harm at shoots, and it is not a concern.</div><div><br></div>
<div><b>Consent:</b> Ms Bello consented to the step down at the final CIN review on 05/06/2059.</div>
<div><b>Lead practitioner:</b> Ms Farida Hossain, Family Support Worker, Stepney Green Children&#39;s Centre, has agreed to be lead practitioner.</div>
<div><b>TAF meeting:</b> Thursday 19 June 2059, 10:00, Stepney Green Children&#39;s Centre - I will chair.</div><div><br></div>
<div>Many thanks,</div>
<div>Victoria Nnamdi<br>Social Worker | Children and Families Service | Tower Hamlets Council<br>020 7946 0247</div>
<div style="color:#888;font-size:8pt">%s</div>
</body></html>
""") % esc(TDISC.strip())
    atts = [pdf_att("C&F Assessment - Bello.pdf", "Child and Family Assessment - Bello", [
                "Mosaic 4466120 / 4466121. Assessment concluded 06/06/2059.",
                "Outcome: step down to a TAF plan with a lead practitioner.",
                "Modelling: licensed, chaperoned, agency checked - no concerns."]),
            docx_att("Draft TAF plan - Bello.docx", [
                "# Draft TAF plan", "Family: Bello", "Lead practitioner: Farida Hossain (Stepney Green Children's Centre)",
                "Goal 1: Ms Bello continues with the perinatal team.", "Goal 2: a stay-and-play place for the baby."])]
    top = outlook_top(f, addr("Nnamdi, Victoria", "Victoria.Nnamdi@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Bello twins - TAF Thu 19/06", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["4466120", "4466121"],
        [ch("Amara Bello", "2051-12-12", "12/12/2051"), ch("Tobi Bello", "2051-12-12", "12/12/2051")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: 'exploitation' and 'harm' are NEGATED (licensed, chaperoned modelling, agency checked, 'not a "
        "concern'). HTML-only complete Tower Hamlets step-down: C&F assessment, draft TAF plan, consent, lead "
        "practitioner with agency; TAF within 10 WD of 6 Jun -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Farida Hossain", "Victoria Nnamdi"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2059-07-03 14:48:29"
    body = T("""
Hello,

Step down to a TAF - Farouk family, Mosaic 4459981.

Idris Farouk, DOB 5 August 2046

The Child and Family Assessment concluded on 30/06/2059 and is attached. The CIN plan was about Mr Farouk's drinking; he has been in recovery with the alcohol service for eight months and the assessment recommends a TAF plan to keep supporting his recovery.

Idris is in the children's cast of a West End musical (licensed through the borough, four shows a week). School say he copes well and his attendance is 95%.

Lead practitioner: Mr Colin Atherton, Head of Year 8 at Bow Road Secondary School, has agreed to be lead practitioner.

I'll draft the TAF plan with the family and Mr Atherton at the TAF meeting, which I am arranging for the week of 14 July.

Consent: Mrs Farouk has said she does not want Early Help. She is worried that it will be reported to the licensing team and that Idris will lose his part. I have explained that it won't, but she still says no for now.

Regards,
Ruth Adebisi
Social Worker | Children and Families Service | Tower Hamlets Council
020 7946 0316

""") + TDISC
    atts = [pdf_att("CFA - Farouk - 4459981.pdf", "Child and Family Assessment - Farouk", [
        "Mosaic 4459981. Idris Farouk. Concluded 30/06/2059.",
        "Father in recovery (alcohol) for eight months; recommendation: TAF plan with a lead practitioner."])]
    top = outlook_top(f, addr("Adebisi, Ruth", "Ruth.Adebisi@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Farouk - Mosaic 4459981", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["4459981"],
        [ch("Idris Farouk", "2046-08-05", "5 August 2046")],
        ["substance_misuse"], False, None, ["consent", "draft_plan"], None, "request_info",
        "Tower Hamlets step-down for a child in a licensed West End cast: assessment attached and lead practitioner "
        "named with agency, but the TAF plan is still to be drafted and mum 'does not want Early Help' -> consent "
        "false, missing consent + draft_plan -> request_info.",
        docs={"assessment"}, not_children=["Colin Atherton", "Ruth Adebisi"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2059-06-25 16:05:13"
    ack = ack_text("step-down", "SB-tower_hamlets-241",
                   ["Mosaic ID 4462284", "Children: Bianca Dumitru",
                    "Lead practitioner: Elena Popescu (Popescu School of Dance)"], [])
    body = T("""
Hello,

I am Elena, the dance teacher of Bianca Dumitru, I am the lead practitioner in this step down.

Today Bianca come to the studio at 4 o'clock, her eye is swollen and she have blood on the lip. She tell me Mr Sorin, the husband of her mother, he punch her this morning because she say she don't want to go to the competition in Blackpool. Now he is waiting outside in the car to take her to Blackpool tonight, only him and Bianca, the mother is working until late. Bianca is crying in my office and she say "please don't let me go with him".

I don't know what I can do, I am only the teacher. I cannot keep her if he come inside. My phone is 07700 900271.

Elena Popescu
Popescu School of Dance, Bethnal Green

On 20 Jun 2059, at 10:31, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Elena Popescu", "elena@popescu-dance.example"), addr("Early Help Hub", TEH),
                    "Re: Step-down request received [SB-tower_hamlets-241]", when, "popescu-dance.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["4462284"],
        [ch("Bianca Dumitru")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a lead practitioner's non-native English on a '>'-quoted reply: a girl with a swollen eye "
        "and bleeding lip says her stepfather punched her, and he is outside now to drive her away alone tonight -> "
        "urgent follow_up to SB-tower_hamlets-241.",
        not_children=["Elena Popescu", "Sorin"],
        how="in a dance teacher's second-language English, on a reply to an acknowledgement")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2059-06-13 09:02:37"
    data = outlook_itip_reply(f, when, ("Farida Hossain", "Farida.Hossain@stepneygreencc.example"),
                              ("Early Help Hub", TEH), "TENTATIVE",
                              "TAF meeting - Bello - Mosaic 4466120 [SB-tower_hamlets-238]", "20590619T100000",
                              "20590619T110000", "Stepney Green Children's Centre, Meeting Room",
                              "I have a stay-and-play session booked that morning - trying to move it, will confirm Monday.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["4466120"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the lead practitioner for tower_hamlets_03's TAF on Thu 19 Jun "
        "-> meeting_reply, record_reply; the Mosaic number in the SUMMARY is the case id.",
        not_children=["Farida Hossain"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2059-07-14 10:10:52"
    body = T("""
Dear Sir or Madam,

I hope this is the right place to ask. My son Kacper Wójcik is 15 and he has been offered a trial at a football academy in Valencia in August. They want him to stay with a host family there for three weeks. I would not go with him because of my work, and I have never met the family.

I am not sure about it. If I say yes and let him go alone, would social services say that this is neglect, or that I put him in danger? Nothing has happened, and he has not gone anywhere - I only want to know before I sign the form on Friday. He is a good boy and he wants this very much.

Thank you,
Dariusz Wójcik
Bow, London E3
""")
    top = plain_top(f, addr("Dariusz Wójcik", "d.wojcik.bow@poczta.example"), addr("MAST", TMAST),
                    "Question about football trial abroad", when, "poczta.example", "Thunderbird 140.2")
    add(f, mail(f, top, body, cte="base64", charset="iso-8859-2", crlf=False), "tower_hamlets", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [],
        [ch("Kacper Wójcik")],
        [], None, None, [], None, "human_review",
        "Near miss: a father's HYPOTHETICAL question (base64, iso-8859-2) - 'would social services say this is "
        "neglect ... danger?' - about an academy trial abroad that has not happened -> other, human_review, no concern.",
        not_children=["Dariusz Wójcik"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2059-06-29 19:44:06"
    text = T("""
Hi sorry its sunday, the MAST number went to voicemail.

Watching the Khan family's TikTok live rn (@khanfamvibes, 84k followers) - dad just threw Zayn Khan (hes about 4) against the wardrobe cos he wouldnt do the dance again. Zayns nose is bleeding and hes screaming, dad told him to "smile for the fans". Live is still going, 2.3k watching. Mum isnt there.

They live at Flat 12 Brune House, Stepney, E1. I know them from the youth hub, the older sister comes on Tuesdays.

I've screen recorded it. Can someone go round??

Shanice
07700 900148
Shanice Porter, Youth Worker, Poplar Youth Hub

Sent from my iPhone
""")
    top = plain_top(f, addr("Shanice Porter", "shanice.porter@icloud.example"), addr(None, TMAST),
                    "khan family live now", when, "icloud.example", "iPhone Mail (23B92)")
    add(f, apple_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Zayn Khan")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Sunday evening (out of hours), iPhone format=flowed: a youth worker watching a family "
        "live stream sees a father throw a 4-year-old against a wardrobe, his nose bleeding, the stream still going "
        "-> urgent, other.",
        not_children=["Shanice Porter"],
        how="in mobile shorthand ('rn', no apostrophes) from a youth worker watching a live stream")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2059-04-22 10:00:37"
    body = T("""
Hello Early Help,

I would like a triage slot to step the Pascoe family down to level 3 Early Help (LCS-3304182).

Lowen Pascoe - DOB 12 Jan 2051
Tegen Pascoe - DOB 03/09/2055 (age 3, so I understand this goes to the under-5s triage)

The Single Assessment is attached, with my team manager's analysis in section 7. Jenna (mum) was struggling with depression last winter; she has engaged well with her GP and the plan, and both children are thriving. Lowen is in the children's ensemble of the Babbacombe summer show again this year (licensed, rehearsals on Saturdays) and loves it.

Jenna has given her consent for level 3 Early Help, and my team manager, Piran Hosking, has agreed the step down.

What is still needed: support for Jenna's mood through the busy summer season at work, and help settling Tegen into her pre-school place.

Thanks,
Kerensa Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960328

""") + BDISC
    atts = [pdf_att("Single Assessment - Pascoe - LCS-3304182.pdf", "Single Assessment", [
        "Family: Pascoe. LCS-3304182. Children: Lowen Pascoe (12/01/2051), Tegen Pascoe (03/09/2055).",
        "Outcome: step down to Early Help (level 3).",
        "Section 7 - team manager's analysis (Piran Hosking): needs can be met by a targeted level 3 plan; agreed."])]
    top = outlook_top(f, addr("Trewin, Kerensa", "Kerensa.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Pascoe - LCS-3304182", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3304182"],
        [ch("Lowen Pascoe", "2051-01-12", "12 Jan 2051"), ch("Tegen Pascoe", "2055-09-03", "03/09/2055")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment with the team manager's analysis, consent, manager "
        "agreed); Tegen is 3 -> the fortnightly under-5s triage -> book_meeting. The licensed summer show is context.",
        docs={"assessment"}, not_children=["Jenna Pascoe", "Kerensa Trewin", "Piran Hosking"])

def torbay_02():
    f = "torbay_02.eml"; when = "2059-05-15 13:25:18"
    body = T("""
Hi MASH,

I'd like to make a contact to step Skye Tremayne (DOB 28/08/2043, EHM-845512) up from level 3 Early Help.

Skye lives with mum (Leanne) in Paignton. Leanne's drinking has got worse since Christmas - she was found asleep in the car outside the school in March - and Skye has been refusing school (attendance 64% this term). The TAF plan has not shifted either of these.

Leanne agreed to the MASH contact when I saw her on Tuesday. My team manager, Tamsyn Rowe, agrees this needs considering for level 4.

One other thing - when I saw Skye at school this morning she mentioned that her "new agent", Dom, who she met on Instagram, is picking her up from home at 6 tonight to drive her to a shoot in Bristol and she's staying over at his. He has told her not to tell mum (mum's on a late shift until 10). She showed me the messages - he has been asking her for "implied nude" test shots and says all the top models start that way. Just so it's on the record.

Thanks,
Morwenna Lake
Early Help Worker | Torbay Early Help | 01632 960471

""") + BDISC
    top = outlook_top(f, addr("Lake, Morwenna", "Morwenna.Lake@" + BDOM), addr("MASH", BMASH),
                      "Step up contact - Skye Tremayne - EHM-845512", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-845512"],
        [ch("Skye Tremayne", "2043-08-28", "28/08/2043")],
        ["exploitation", "school_attendance", "sexual_harm", "substance_misuse"], True, True, [], None, "alert_duty",
        "Safety rule 1, understated ('Just so it's on the record'): a 15-year-old is being collected at 6 tonight by a "
        "man from Instagram posing as an agent who asks for nude shots, to stay over at his -> urgent. The Torbay "
        "step-up itself is complete (consent, manager agreed).",
        not_children=["Leanne Tremayne", "Tamsyn Rowe", "Morwenna Lake", "Dom"],
        how="understated, in a closing paragraph of an ordinary step-up ('Just so it's on the record')")

def torbay_03():
    f = "torbay_03.eml"; when = "2059-06-02 09:30:26"
    body = T("""
Dear MASH,

Contact to step Josh Kitto (DOB 07/04/2045) and Demelza Kitto (DOB 22/11/2048) up from level 3, EHM-846120.

Current worries: dad (Darren) is the children's only carer since mum left in January. He has told me he is using cocaine most weekends, there are debt letters piling up and the electric has been cut off twice. Demelza (10) is going to school unwashed and hungry and the school has been giving her breakfast every day.

Background on something you may hear about: on the academy's half-term tour to the Algarve last week, Josh (14) and two older players were found drinking on the hotel beach after curfew. The tour staff dealt with it that night, Josh was flown home the next day with a member of staff and handed to his nan at Exeter airport, and the academy has reviewed its tour supervision. He is fine and back at school, and that is not why I am making this contact.

Darren has given consent for the contact. My team manager, Lamorna Peake, agrees the threshold for level 4 needs considering.

Kind regards,
Jago Penberthy
Early Help Worker | Torbay Early Help | 01632 960488

""") + BDISC
    top = outlook_top(f, addr("Penberthy, Jago", "Jago.Penberthy@" + BDOM), addr("MASH", BMASH),
                      "Step up - Kitto - EHM-846120", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-846120"],
        [ch("Josh Kitto", "2045-04-07", "07/04/2045"), ch("Demelza Kitto", "2048-11-22", "22/11/2048")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Near miss: the 14-year-old's drinking on an academy tour abroad is ALREADY HANDLED (dealt with that night, "
        "flown home with staff to his nan, tour reviewed, 'not why I am making this contact'). Complete Torbay "
        "step-up (consent, manager agreed) for dad's cocaine use and neglect -> book_meeting.",
        not_children=["Darren Kitto", "Lamorna Peake", "Jago Penberthy"])

def torbay_04():
    f = "torbay_04.eml"; when = "2059-06-18 12:40:55"
    body = T("""
Hello Early Help team,

Please could I have a triage slot to step the Yeo family down to level 3 Early Help. LCS-3311907.

Callum Yeo - 03/03/2043
Ellie Yeo - 15/10/2047

Mum (Karen) has bipolar disorder and had a long admission in the spring. She is home, well and taking her medication. Callum (16) is in the rugby academy at the Chiefs and trains five nights a week; Ellie (11) does a lot at home when mum is unwell - shopping, meals, reminding mum about tablets.

Karen has given consent for level 3 Early Help.

The Single Assessment is with my team manager for sign-off and her analysis; I will send it as soon as she has done it.

Nick Vosper
Social Worker | Safeguarding and Supporting Families Team 1 | Torbay Council
01632 960437

""") + BDISC
    top = outlook_top(f, addr("Vosper, Nick", "Nick.Vosper@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Yeo - LCS-3311907", when)
    add(f, mail(f, top, body, charset="iso-8859-1"), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3311907"],
        [ch("Callum Yeo", "2043-03-03", "03/03/2043"), ch("Ellie Yeo", "2047-10-15", "15/10/2047")],
        ["parental_mental_health", "young_carer"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "Torbay level 3 step-down (iso-8859-1 body) with consent, but the Single Assessment and the team manager's "
        "analysis are still to come -> manager_agreed null, missing assessment + manager_agreed -> request_info.",
        not_children=["Karen Yeo", "Nick Vosper"])

def torbay_05():
    f = "torbay_05.eml"; when = "2059-07-06 22:18:31"
    body = T("""
Hello,

I am the licensed chaperone for the three children in the summer show at the Babbacombe theatre. We are in digs at Seaview Guest House, St Marychurch Road, Torquay.

About 9.45 tonight Liam Pryor (10)'s dad Kevin, who is our stage manager, came back from the pub and went for Liam in the corridor - he grabbed him by the throat against the wall because Liam missed a cue in the second half. I pulled Liam away. He has red marks on his neck and is shaking.

I have all three children in my room with the door locked. Kevin is in the room next door, banging on the wall and shouting that Liam is coming with him tonight. The guest house owner is out and the company manager isn't answering. I rang 101 and have been on hold for 20 minutes.

I don't know what else to do. My mobile is 07700 900583.

Gwen Hocking
Licensed chaperone (Torbay licence CH-2291)
""")
    top = plain_top(f, addr("Gwen Hocking", "gwenhocking52@btinternet.example"), addr(None, BMASH),
                    "Liam at the digs tonight", when, "btinternet.example")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Liam Pryor")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Sunday night (out of hours): a touring show's chaperone says a drunk father grabbed a "
        "10-year-old by the throat and is banging on the locked door saying the boy goes with him tonight -> urgent, "
        "other.",
        not_children=["Kevin Pryor", "Gwen Hocking"],
        how="in a chaperone's plain account late on a Sunday, no request attached")

def torbay_06():
    f = "torbay_06.eml"; when = "2059-07-10 11:00:44"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Early Help team,</p>
<p><b>Welfare notice - pony at a livery yard in Marldon (for information)</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Animal</b></td><td>&quot;Biscuit&quot;, 14.2hh pony, 19 years</td></tr>
<tr><td><b>Found</b></td><td>Saturday 5 July: badly underweight, no water in the field, an untreated leg wound, left in deep mud</td></tr>
<tr><td><b>Action</b></td><td>Our vet and the RSPCA attended on Saturday; Biscuit was removed to a rescue yard and is recovering</td></tr>
</table>
<p>Biscuit was ridden by two of our junior members, the owner&#39;s granddaughters. We want to be clear that this is about the pony only: the girls live with their parents in Paignton, are well cared for, and were upset but fine. Their parents knew nothing of the pony&#39;s condition and have been very helpful. There are no concerns about the children.</p>
<p>Our welfare policy says that we tell the local authority when we find animal neglect at a yard used by children. No action is needed from you.</p>
<p>Kind regards,<br>Rosemary Quance<br>Welfare Officer | South Devon Junior Pony Club</p>
</body></html>
""")
    top = outlook_top(f, addr("Quance, Rosemary", "welfare@southdevonponyclub.example"), addr("Early Help", BEH),
                      "Welfare notice - pony neglect - for information", when)
    add(f, html_only(f, top, h), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: 'neglect', 'no water', 'untreated wound' describe a PONY (HTML-only table); the riders are well "
        "cared for, 'no concerns about the children', no action needed -> other, human_review.",
        not_children=["Rosemary Quance"])

def torbay_07():
    f = "torbay_07.eml"; when = "2059-04-28 08:55:12"
    data = outlook_itip_reply(f, when, ("Demelza Rowse", "demelza.rowse@torbayhealth.example"),
                              ("Torbay Early Help", BEH), "ACCEPTED",
                              "Under-5s triage - Pascoe - LCS-3304182 [SB-torbay-633]", "20590429T093000",
                              "20590429T101500", "Paignton Library and Information Centre, Meeting Room 1")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3304182"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the health visitor for torbay_01's under-5s triage slot on Tue "
        "29 Apr -> meeting_reply, record_reply; case id from the SUMMARY.",
        not_children=["Demelza Rowse"])

def torbay_08():
    f = "torbay_08.eml"; when = "2059-06-24 15:15:08"
    ack = ack_text("step-down", "SB-torbay-651", ["Case: LCS-3311907", "Children: Callum Yeo, Ellie Yeo"],
                   ["assessment (the Single Assessment with your analysis)",
                    "manager_agreed (your team manager's analysis that the level 3 threshold is met)"])
    body = T("""
Hi,

Single Assessment for Callum Yeo and Ellie Yeo (LCS-3311907) attached. My team manager, Lowenna Carne, signed it off this morning - her analysis is in section 8 and she agrees level 3 is right.

Thanks,
Nick

Nick Vosper | Social Worker | Torbay Council | 01632 960437
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "18 June 2059 12:46", "Vosper, Nick <Nick.Vosper@torbay.gov.uk>",
             "Step-down request received [SB-torbay-651]", ack) + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Yeo - signed off.pdf", "Single Assessment - Yeo", [
        "LCS-3311907. Callum Yeo (03/03/2043), Ellie Yeo (15/10/2047).",
        "Analysis and rationale: mother's mental health stable; young caring; step down to level 3.",
        "Section 8 - team manager's analysis (Lowenna Carne): level 3 threshold met; agreed 24/06/2059."])]
    top = outlook_top(f, addr("Vosper, Nick", "Nick.Vosper@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down request received [SB-torbay-651]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-3311907"],
        [ch("Callum Yeo"), ch("Ellie Yeo")],
        [], None, True, [], None, "attach_to_request",
        "Outlook reply to [SB-torbay-651] (torbay_04) bringing the signed-off Single Assessment with the team "
        "manager's analysis -> follow_up, attach_to_request; manager_agreed true as stated.",
        docs={"assessment"}, not_children=["Lowenna Carne", "Nick Vosper"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2059-04-17 10:45:19"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step down plan and the signed consent form for the Bevan children - level 3, one request for the sibling group.

Alfie Bevan - 2 June 2046 - Mosaic 733201
Isla Bevan - 14 February 2049 - Mosaic 733202
Noah Bevan - 30 November 2052 - Mosaic 733203

The CIN plan followed dad's MS relapse last year and the family's money worries. Things are steadier: dad has a care package and the benefits are sorted. What remains is Isla's caring role at home (she is 10 and does a lot for dad) and Alfie's schooling - he is in the county cricket academy pathway, travels to fixtures across the West Midlands and his attendance has slipped to 88%.

Key person: Mr Huw Prosser, Pastoral Manager at Wyebank High School, who knows the family well and has agreed to lead.

Best wishes,
Rhian Gittins
Social Worker | Children in Need Team | Herefordshire Council
01632 960418

""") + HDISC
    atts = [docx_att("Step down plan - Bevan.docx", [
                "# Early Help step down plan", "Children: Alfie, Isla and Noah Bevan (Mosaic 733201-733203)",
                "Key person: Huw Prosser, Pastoral Manager, Wyebank High School",
                "Outcome 1: Isla's young carer assessment and a young carers' group.",
                "Outcome 2: a cricket fixtures and school timetable agreed with the academy."]),
            pdf_att("Consent form signed - Bevan.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
                "Signed: Sarah Bevan (mother), Gethin Bevan (father). Date: 14/04/2059."])]
    top = outlook_top(f, addr("Gittins, Rhian", "Rhian.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["733201", "733202", "733203"],
        [ch("Alfie Bevan", "2046-06-02", "2 June 2046"), ch("Isla Bevan", "2049-02-14", "14 February 2049"),
         ch("Noah Bevan", "2052-11-30", "30 November 2052")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (level 3 stated): plan .docx, signed consent form .pdf, key "
        "person with agency -> book_meeting; a cricket academy pathway and a young carer.",
        docs={"draft_plan", "consent_form"},
        not_children=["Sarah Bevan", "Gethin Bevan", "Rhian Gittins", "Huw Prosser"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2059-05-07 07:58:40"
    text = T("""
Morning both,

Step down for Nell Garside (09/09/2046), Mosaic 735518. Plan and signed consent form attached.

The CIN plan was about the pressure at home around Nell's swimming (county squad, 5.30am sessions) and mum's low mood. Mum has had counselling and the family have agreed a training plan with the club. What's left: mum's low mood still comes and goes, and Nell needs help balancing training, school and rest.

Key person: Mrs Tracy Jenkins, Learning Mentor, Wyebank High School - she has agreed.

Thanks
Owain

PS just had a call from the swim club welfare officer - at the 5.30 session this morning Nell had finger-mark bruises on both upper arms and told the coach her dad "shook me till I couldn't breathe" because she came 4th at the county champs yesterday. He's collecting her from the pool at 12. Can someone pick this up, I'm in court all morning.

Owain Pugh
Social Worker, Herefordshire Council

Sent from my iPhone
""")
    atts = [docx_att("EH step down plan - Garside.docx", ["# Early Help step down plan", "Nell Garside (735518)",
                                                         "Key person: Tracy Jenkins, Wyebank High School",
                                                         "Outcome: an agreed training and rest plan; mum's support."]),
            pdf_att("Consent - Garside - signed.pdf", "Early Help consent form", [
                "I consent to Early Help for my family. Signed: Alison Garside (mother). 02/05/2059."])]
    top = plain_top(f, addr("Owain Pugh", "Owain.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Nell Garside", when, HDOM, "iPhone Mail (23A341)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, ["735518"],
        [ch("Nell Garside", "2046-09-09", "09/09/2046")],
        ["parental_mental_health", "physical_harm"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS on an iPhone (format=flowed) step-down: a 12-year-old swimmer with finger-mark bruises "
        "says her father 'shook me till I couldn't breathe', and he collects her at 12 today -> urgent. The step-down "
        "is complete (plan, signed consent form, key person); level not stated -> null.",
        docs={"draft_plan", "consent_form"}, not_children=["Alison Garside", "Tracy Jenkins", "Owain Pugh"],
        how="in a PS on a phone, with the child's words relayed by a club welfare officer and a collection time")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2059-05-27 11:30:03"
    body = T("""
Dear MASH,

I would like to step Ffion Lloyd-Davies (DOB 11/11/2047, Mosaic 741922) up from Early Help to social care.

Current worries: mum's drinking is daily now, Ffion (11) is often late to school unwashed and there is little food in the house. Mum has stopped answering my calls and has cancelled the last three visits, so the plan has stalled.

Past history you will see on the system: in August 2057, at the Three Counties Show, Ffion (then 9) was left at the showground until 11pm by the modelling agent who had booked her for a catwalk show. The police brought her home. The agent was reported to the licensing authority and no longer trades. That was fully dealt with at the time and is not why I am writing.

Mum consented to this referral at my last visit, and my manager, Bethan Morgan, has agreed the step up.

Gemma Tanner
Early Help Practitioner | Herefordshire Council
01632 960452

""") + HDISC
    top = outlook_top(f, addr("Tanner, Gemma", "Gemma.Tanner@" + HDOM), addr("MASH", HMASH),
                      "Step up - Ffion Lloyd-Davies", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["741922"],
        [ch("Ffion Lloyd-Davies", "2047-11-11", "11/11/2047")],
        ["neglect", "non_engagement", "substance_misuse"], True, True, [], None, "human_review",
        "Near miss: a child model left at a showground until 11pm is PAST (August 2057), dealt with, agent no longer "
        "trading. A step-up to Herefordshire, whose protocol defines no step_up -> human_review, missing [].",
        not_children=["Bethan Morgan", "Gemma Tanner"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2059-06-16 16:05:27"
    body = T("""
hi,

i found this email on the council website, i dont know who else to tell.

my name is Corey Vaughan, im 15 and im in the county rugby academy. in the week i live with one of the coaches and his wife in Leominster so i can train, my mum lives in Aberystwyth.

last night he came in my room again when his wife was asleep and got in my bed and touched me. its the 3rd time. he said if i tell anyone im off the programme and no club will ever pick me.

training finishes at 7 tonight and he drives me back to his house after. i dont want to go back there tonight.

please dont tell the academy yet.

Corey
""")
    top = plain_top(f, addr("Corey V", "coreyv_rugby@outlook.example"), addr(None, HMASH),
                    "help", when, "outlook.example")
    add(f, mail(f, top, body, charset="iso-8859-1", crlf=False), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Corey Vaughan")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a child's own words (iso-8859-1, no capitals): a 15-year-old living with an academy coach "
        "says the coach got into his bed and touched him last night and drives him back there at 7 tonight -> urgent, "
        "other.",
        how="in the child's own words, lower case, from his own account, with tonight's pick-up")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2059-06-27 13:10:48"
    body = T("""
Dear co-ordinators,

Step down for Poppy Whitcombe (DOB 14th March 2049), Mosaic 738815.

Poppy (10) had a part in the BBC drama filmed around Hay last autumn, under a licence, and loved it. The CIN plan was about mum's depression after Poppy's dad died in 2057. Mum is better and back at work, but her low mood comes back around anniversaries and she wants support with that and with Poppy's grief.

The Early Help step down plan is attached. Mum agreed to Early Help at the CIN review on 24 June; I'm taking the consent form for her to sign next week. We haven't agreed the key person yet - mum wants to think about who she would like.

Regards,
Stuart Meredith
Social Worker | Children in Need Team | Herefordshire Council
01632 960463

""") + HDISC
    atts = [docx_att("Step down plan - Whitcombe.docx", [
        "# Early Help step down plan", "Poppy Whitcombe (738815)",
        "Outcome 1: mum continues bereavement counselling.", "Outcome 2: Poppy's drama club place continues.",
        "Key person: to be agreed."])]
    top = outlook_top(f, addr("Meredith, Stuart", "Stuart.Meredith@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Whitcombe", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["738815"],
        [ch("Poppy Whitcombe", "2049-03-14", "14th March 2049")],
        ["parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan only: mum agreed (consent true) but the written consent form is to "
        "follow and no key person is agreed -> missing consent_form + lead_practitioner -> request_info.",
        docs={"draft_plan"}, not_children=["Stuart Meredith"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2059-07-02 10:20:31"
    body = T("""
Hello,

I'm not sure if this is the right place but I didn't know where else to go.

My daughter Lily-Rose Pritchard has done modelling for clothing catalogues since she was 6 through Starlight Kids Management. I ended our contract in May and since then the agency has kept back £2,300 of her fees. The owner's partner has sent me threatening solicitor's letters saying I owe them a "release fee", and says he will ruin me online and tell every agency I'm difficult. I'm not sleeping and I feel like I'm in danger of losing everything I've saved for her.

Lily-Rose is absolutely fine - she doesn't know anything about this and she's happy at school.

Is there anyone at the council who can help me with the contract, or tell me where to get free legal advice?

Thanks,
Donna Pritchard
""")
    top = plain_top(f, addr("Donna Pritchard", "donnapritchard77@gmail.example"), addr(None, HEH),
                    "Modelling agency keeping my daughter's money", when, "gmail.example")
    add(f, gmail_mail(f, top, body), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Lily-Rose Pritchard")],
        [], None, None, [], None, "human_review",
        "Near miss: an ADULT's own matter - a mother's fee dispute with a modelling agency, 'threatening' letters and "
        "'in danger of losing everything' are about money; the child is 'absolutely fine' -> other, human_review.",
        not_children=["Donna Pritchard"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2059-07-10 14:35:19"
    ack = ack_text("step-down", "SB-herefordshire-402", ["Mosaic ID: 738815", "Children: Poppy Whitcombe"],
                   ["consent_form (the signed Early Help consent form)",
                    "lead_practitioner (the key person agreed with the family, with their agency)"])
    text = T("""
Hi,

Signed consent form for Poppy Whitcombe attached - mum signed it on Tuesday.

Mum has chosen the key person: Mrs Angharad Price, Family Support Worker at Kingstone Family Hub, who has agreed to lead.

Stuart

Stuart Meredith | Social Worker | Herefordshire Council

> On 27 Jun 2059, at 13:15, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
""") + quoted(ack)
    atts = [pdf_att("Consent form - Whitcombe signed.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help. Signed: Laura Whitcombe (mother). 08/07/2059."])]
    top = plain_top(f, addr("Stuart Meredith", "Stuart.Meredith@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-402]", when, HDOM, "Apple Mail (3864.100.1.2.5)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["738815"],
        [ch("Poppy Whitcombe")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-402] (herefordshire_05) bringing the signed consent form and the key "
        "person -> follow_up, attach_to_request; consent true ('mum signed it').",
        docs={"consent_form"}, not_children=["Laura Whitcombe", "Angharad Price", "Stuart Meredith"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2059-07-11 16:50:02"
    body = T("""
Thank you for your message. I am on annual leave until Monday 21 July and will not be checking email.

For Kingstone Family Hub enquiries please call the hub on 01632 960477, or email the hub team.

Angharad Price
Family Support Worker | Kingstone Family Hub
""")
    data = ooo(f, when, ("Angharad Price", "angharad.price@kingstonehub.example"), addr("Early Help Co-ordinators", HEH),
               "Step-down - Whitcombe - key person [SB-herefordshire-402]", body)
    add(f, data, "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) from herefordshire_07's key person, answering stepbot's "
        "mail -> auto_reply, ignore (safety rule 2).",
        not_children=["Angharad Price"])

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
    "knowsley_01.eml": (4, 5, date(2059, 5, 5), True),
    "knowsley_03.eml": (5, 6, date(2059, 5, 26), False),
    "knowsley_04.eml": (4, 5, date(2059, 5, 26), True),
    "knowsley_05.eml": (6, 6, None, False),
}
EXPECTED_BH_2059 = {date(2059, 1, 1), date(2059, 3, 28), date(2059, 3, 31), date(2059, 5, 5), date(2059, 5, 26),
                    date(2059, 8, 25), date(2059, 12, 25), date(2059, 12, 26)}

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

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}

def parse_dob(w):
    """The DOB formats this set writes: 03/02/2046, 04.06.2047, 29-12-2047, 2043-08-19, 2 March 2052,
    16th November 2049, 12 Jan 2051."""
    m = re.fullmatch(r"(\d\d)([/.-])(\d\d)\2(\d{4})", w)
    if m:
        return date(int(m[4]), int(m[3]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
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
    if easter(2059) != date(2059, 3, 30):
        err("calendar", "Easter 2059 should be Sunday 30 March")
    bh = bank_holidays(2059)
    if bh != EXPECTED_BH_2059:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2059))
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2059, 5, 5), date(2059, 5, 26)]:
        err("calendar", "bank holidays in the window should be 5 May and 26 May: %s" % inwin)
    if WINDOW[0] != easter(2059) + timedelta(days=15):
        err("calendar", "the window must start on the Monday two weeks after Easter Monday (a two-week break)")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run Monday -> Friday")
    bst_on, bst_off = last_sunday(2059, 3), last_sunday(2059, 10)
    if (bst_on, bst_off) != (date(2059, 3, 30), date(2059, 10, 26)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2059, 3, 30, 0, 59, tzinfo=UTC), 0), (datetime(2059, 3, 30, 1, 1, tzinfo=UTC), 1),
                   (datetime(2059, 10, 26, 0, 59, tzinfo=UTC), 1), (datetime(2059, 10, 26, 1, 1, tzinfo=UTC), 0)):
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2059:
                    err(f, "meeting date not a future working day of 2059")
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
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2059:
                err(f, "a year after 2059 in the text: %s" % y)
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
