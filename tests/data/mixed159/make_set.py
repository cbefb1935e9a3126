#!/usr/bin/env python3
"""mixed159: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2056, in families in temporary accommodation, hotels and refuges, and families
seeking asylum: hotel and B&B placements, hostel staff, refuge workers, asylum accommodation providers,
interpreters, a family moved at short notice and children sharing a room with an unrelated adult, alongside
ordinary step-ups and step-downs.

Window: Monday 17 April - Friday 21 July 2056. Easter Sunday 2056 is 2 April (Good Friday 31 March, Easter
Monday 3 April), so the summer term starts after the two-week Easter break on Monday 17 April. Inside the window:
the Early May bank holiday Monday 1 May and the Spring Bank Holiday Monday 29 May. British Summer Time runs from
Sunday 26 March to Sunday 29 October 2056, so every Date header carries +0100.

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
YEAR = 2056
WINDOW = (date(2056, 4, 17), date(2056, 7, 21))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2056)."""
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
            b"<< /Producer (mixed159 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2056, 4, 3, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2056-04-26 10:12:31"
    body = T("""
Good morning,

Please find attached a step up request for the Devlin children, EHM-77314, who are open to Family First 0-18 at Level 3.

Kayla Devlin - DOB 03/02/2046
Mason Devlin - DOB 17/11/2049
Ruby-Mae Devlin - DOB 22/08/2053

Shauna and the three children were evicted from their private let in March and have been placed by Housing Options at Stanley Lodge B&B in Huyton for six weeks now: one room, two beds and a travel cot, a shared bathroom on the landing and no kitchen. Everything they eat is from the microwave in reception or the chippy. Ruby-Mae has a bad nappy rash that has not cleared in three weeks, the room smells strongly of damp and dirty nappies, and Kayla's attendance has dropped to 79% since the move because the bus to school takes over an hour. Shauna is exhausted.

I have completed the Graded Care Profile 2 with Shauna (attached) - it scores at level 4 for physical care and level 3 for safety. My team manager, Gemma Thorley, has discussed the step up with me in supervision yesterday and agreed it.

The step up TAF meeting is on Wednesday 3rd May at 10:00 on Teams. I have sent the invitation to the MASH inbox and to MASH business support this morning, and I have invited the current TAF members (school, health visitor and the Housing Options officer).

Attached:
- FF Step Up request to CSC - Devlin.docx
- TAF minutes 19.04.56 - Devlin.pdf
- GCP2 - Devlin.pdf

Shauna is aware I am sending this.

Kind regards

Niamh Corlett
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0733

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-77314"),
        ("Children:", "Kayla Devlin 03/02/2046; Mason Devlin 17/11/2049; Ruby-Mae Devlin 22/08/2053"),
        ("Date of step up TAF meeting:", "Wednesday 3 May 2056, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 19/04/2056"),
        ("What are we worried about?", "Poor physical care of all three children in a single B&B room with no kitchen; Ruby-Mae's untreated nappy rash; Kayla's attendance 79%."),
        ("What is working well?", "Shauna loves the children and they are warm with her; the health visitor has seen Ruby-Mae twice."),
        ("What next?", "CSC assessment; Housing Options to review the placement; GP appointment for Ruby-Mae."),
        ("Graded Care profile (If neglect should be completed).", "Completed 21/04/2056 - attached."),
        ("Agreement by line manager:", "Gemma Thorley, Team Manager, 25/04/2056 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Devlin.docx", form),
            pdf_att("TAF minutes 19.04.56 - Devlin.pdf", "Team Around the Family meeting - minutes", [
                "Family: Devlin. EHM-77314. Date: 19/04/2056. Venue: Stanley Lodge B&B (lounge).",
                "Present: Niamh Corlett (FF Case Manager), school attendance officer, health visitor, Housing Options officer.",
                "Apologies: Shauna Devlin (unwell).",
                "1. Housing: no self-contained unit available before June. Officer to escalate within Housing.",
                "2. School: Kayla 79%. Late most days. Free bus pass application made.",
                "3. Health: Ruby-Mae's nappy rash - cream prescribed, not being used.",
                "Actions: NC to discuss step up with team manager. Next TAF: to be the step up TAF."]),
            pdf_att("GCP2 - Devlin.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Devlin. Completed with: Shauna Devlin. Date: 21/04/2056. Practitioner: Niamh Corlett.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 2.",
                "Summary: the physical care of the children is poor, strongly linked to the B&B placement."])]
    top = outlook_top(f, addr("Corlett, Niamh", "Niamh.Corlett@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Devlin - EHM-77314 - TAF Wed 3rd May", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-77314"],
        [ch("Kayla Devlin", "2046-02-03", "03/02/2046"), ch("Mason Devlin", "2049-11-17", "17/11/2049"),
         ch("Ruby-Mae Devlin", "2053-08-22", "22/08/2053")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for a family in a B&B (Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf for "
        "neglect, EHM id, team manager agreed, TAF date) but NOTICE ACROSS THE EARLY MAY BANK HOLIDAY IS SHORT: from Wed "
        "26 Apr the TAF on Wed 3 May is 5 plain weekdays but Mon 1 May is May Day, so 4 working days < 5 -> notice not ok "
        "-> request_info. 'Shauna is aware' is not consent (null; not required for a Knowsley step-up).",
        meeting=date(2056, 5, 3), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Shauna Devlin", "Niamh Corlett", "Gemma Thorley"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2056-06-05 13:47:09"
    body = T("""
Hi all,

Step up for Tayla Hughes and Riley Hughes, EHM-78120. Form and the last TAF minutes attached.

Tayla Hughes 12/06/2049
Riley Hughes 04/01/2052

Mum (Leanne) came into Bridgefield refuge with the children in February after Darren Pryor assaulted her in front of them. Since Easter she has been taking the children to see Darren at weekends. The step up is for the domestic abuse and because the plan isn't keeping the children away from Darren.

My manager Paul Garside agreed the step up at supervision on Friday.

Step up TAF: Wednesday 14th June, 10am, Bridgefield Family Centre (Room 2). Invite has gone to the MASH inbox and MASH business support; I'll invite school and the refuge.

Thanks
Jodie

Jodie Mercer
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0418

PS - while I was typing this the refuge manager rang me. Leanne has packed their bags and told staff she is going back to Darren's tonight - he is collecting them from the refuge at 6. This morning Tayla showed the refuge worker a mark on her neck and said "Darren squeezed me there when we went on Saturday, he said if mummy leaves him again he'll do it harder." Riley was there on Saturday too. Leanne won't speak to me about it and isn't answering now.

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-78120"),
        ("Children:", "Tayla Hughes 12/06/2049; Riley Hughes 04/01/2052"),
        ("Date of step up TAF meeting:", "14/06/2056 10:00 Bridgefield Family Centre"),
        ("What are we worried about?", "Domestic abuse by mum's ex-partner Darren Pryor; weekend contact with him has restarted."),
        ("What is working well?", "The children are settled at school; the refuge staff know them well."),
        ("What next?", "CSC to assess; contact with Darren to stop."),
        ("Agreement by line manager:", "Paul Garside, 02/06/2056 - agreed."),
    ])
    atts = [docx_att("Step up form - Hughes.docx", form),
            pdf_att("TAF minutes 22.05.56 Hughes.pdf", "TAF meeting minutes", [
                "Hughes family, EHM-78120. 22/05/2056, Bridgefield refuge.",
                "Present: Jodie Mercer (FF), refuge key worker, Class teacher (Tayla), Leanne Hughes.",
                "Leanne said she takes the children to see Darren 'to keep the peace'. Agreed she would stop.",
                "Actions: JM to discuss step up with manager if contact continues."])]
    top = plain_top(f, addr("Jodie Mercer", "Jodie.Mercer@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Hughes - EHM-78120", when, KDOM, "Microsoft Outlook 16.0", cc=KBS)
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-78120"],
        [ch("Tayla Hughes", "2049-06-12", "12/06/2049"), ch("Riley Hughes", "2052-01-04", "04/01/2052")],
        ["domestic_abuse", "physical_harm"], None, True, [], True, "alert_duty",
        "Safety rule 1, told in a PS: a 6-year-old's fresh neck mark ('Darren squeezed me there ... he'll do it "
        "harder') and mum leaving the refuge to go back to him tonight at 6 with both children -> urgent. The request "
        "itself is complete (form, TAF minutes, EHM id, manager agreed, TAF Wed 14 Jun = 7 WD from Mon 5 Jun).",
        meeting=date(2056, 6, 14), docs={"step_up_form", "taf_minutes"},
        not_children=["Leanne Hughes", "Darren Pryor", "Jodie Mercer", "Paul Garside"],
        how="in a PS under the signature: the child's own words and tonight's pick-up time")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2056-05-23 14:05:52"
    body = T("""
Hello Family First duty,

I am stepping the Habib family down to Level 2. ICS-1480233.

Samira Habib (DOB 09/03/2047) and Yusuf Habib (DOB 21/10/2050).

The family were granted refugee status last autumn and moved out of the asylum hotel in Prescot into a council tenancy in Kirkby in February. The CIN plan has done what it needed to: the children are registered with a GP and dentist, both are in school and dad is engaging with the trauma service.

The final CIN meeting is on Wednesday 31 May 2056 at 10:00, at Meadow Brook Primary School, Larkspur Road, Kirkby (the family room). An Arabic interpreter is booked.

Lead practitioner: Mrs Joanne Tyrer, Family Support Worker, Meadow Brook Primary School, has agreed to take on the lead practitioner role and the Early Help Assessment.

What are we worried about?
Mr Habib's PTSD - on bad nights he does not sleep and cannot get Yusuf up for school; Yusuf's attendance is 86%.

What is working well?
Mrs Habib has started ESOL classes and made friends at the school gate. Samira is doing well at secondary school. Dad attends every session at the trauma service.

What needs to happen?
Mrs Tyrer to lead a TAF with school, the trauma service and the GP; a morning plan for Yusuf; the family to be linked with the local refugee community group.

Mr and Mrs Habib have consented to the step down to Early Help.

Many thanks,
Omar Bashir
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0562

""") + KDISC
    top = outlook_top(f, addr("Bashir, Omar", "Omar.Bashir@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Habib - ICS-1480233", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-1480233"],
        [ch("Samira Habib", "2047-03-09", "09/03/2047"), ch("Yusuf Habib", "2050-10-21", "21/10/2050")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down of a refugee family rehoused from an asylum hotel: final CIN date, time "
        "and venue, named lead practitioner with her agency, all three Signs of Safety headings. Notice from Tue 23 May "
        "to Wed 31 May crosses the Spring Bank Holiday (Mon 29 May): 6 plain weekdays, exactly 5 working days -> ok.",
        meeting=date(2056, 5, 31),
        not_children=["Omar Bashir", "Joanne Tyrer"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2056-05-24 15:31:20"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Hi Elinor and the duty team,</p>
<p>Please accept this Level 3 step down for the Alemu family (ICS-1477619).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td><b>Date of birth</b></td></tr>
<tr><td>Liya Alemu</td><td>30/11/2044</td></tr>
<tr><td>Natnael Alemu</td><td>15/05/2051</td></tr>
</table>
<p>&nbsp;</p>
<p>Tigist was granted refugee status in April and has had to leave the Home Office accommodation. The family are now at Whitefield House family hostel in Kirkby while Housing look for a flat. The CIN plan (low mood after the asylum decision took two years) is ending.</p>
<p><b>Joint home visit:</b> Wednesday 31st May at 11am, Whitefield House, Room 12, Fernbank Close, Kirkby L32 9ZQ. A Tigrinya interpreter is booked.</p>
<p><b>What are we worried about?</b><br>Tigist's low mood. She has stopped her antidepressants and says she is &quot;tired of starting again&quot;.</p>
<p><b>What is working well?</b><br>Liya is a real support to her mum and loves her school. Natnael has a nursery place. The hostel key worker sees the family daily.</p>
<p><b>What needs to happen?</b><br>A Family First case manager to pick up the TAF; GP review of Tigist's medication; move-on housing.</p>
<p>Tigist has given her consent for the referral to Family First (through the interpreter at my visit on 22/05).</p>
<p>Thanks,<br>Bethany</p>
<p>Bethany Kerr<br>Social Worker | Child in Need Team (Huyton) | Knowsley Council<br>0151 496 0790</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(KDISC.strip())
    top = outlook_top(f, addr("Kerr, Bethany", "Bethany.Kerr@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Alemu - joint visit Wed 31st", when)
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-1477619"],
        [ch("Liya Alemu", "2044-11-30", "30/11/2044"), ch("Natnael Alemu", "2051-05-15", "15/05/2051")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "HTML-only Level 3 step-down (children in an HTML table) for a refugee family moving on from Home Office "
        "accommodation to a hostel; complete (visit date/time/venue, three headings, consent through the interpreter) "
        "but NOTICE ACROSS THE SPRING BANK HOLIDAY IS SHORT: Wed 24 May -> Wed 31 May is 5 plain weekdays, 4 working "
        "days (Mon 29 May excluded) -> not ok -> request_info.",
        meeting=date(2056, 5, 31), not_children=["Tigist Alemu", "Bethany Kerr"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2056-06-08 11:40:03"
    body = T("""
Good morning,

Step up request for Harvey Whitfield and Lacey Whitfield (EHM-76655). Attached: the step up form, TAF minutes from 25 May, the GCP2 and the Engaging Families toolkit.

Harvey Whitfield - 19/08/2047
Lacey Whitfield - 02/02/2050

Why now: Chloe has not engaged with the plan for three months. She has cancelled or not been in for eight of the last eleven visits to the temporary flat, the children are often in the same clothes for days, Lacey has head lice that have not been treated since April and there is very little food in. The Engaging Families toolkit puts engagement at "low" and the GCP2 scores level 4 for physical care.

For completeness: when the family were first placed in March, the B&B put them for two nights in a room shared with an unrelated adult man. Housing moved them the day it came to light (14 March), the children were spoken to and nothing had happened, and they have had their own self-contained flat since 20 March. That is not why we are stepping up and there are no current concerns about it.

Alison Carey (my team manager) has agreed the step up.

The step up TAF meeting is Wednesday 21st June at 10:00 at Huyton Family Hub; calendar invite sent to the MASH inbox and MASH business support.

Regards,
Dean Ashworth
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0274

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-76655"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Low - toolkit completed 30/05/2056, attached."),
        ("What are we worried about?", "Neglect of basic care; non-engagement with the TAF plan."),
        ("What is working well?", "School attendance is good for both children (96% and 95%)."),
        ("What next?", "CSC assessment."),
        ("Agreement by line manager:", "Alison Carey - agreed 06/06/2056."),
    ])
    atts = [docx_att("Step Up Request Form - Whitfield.docx", form),
            pdf_att("TAF minutes 25.05.56 Whitfield.pdf", "TAF meeting minutes - Whitfield", [
                "EHM-76655. 25/05/2056, Huyton Family Hub. Chloe Whitfield did not attend.",
                "School: attendance good. Health: Lacey's head lice untreated. Housing: tenancy sustainment offered."]),
            pdf_att("GCP2 Whitfield.pdf", "Graded Care Profile 2 - scores", [
                "Whitfield. 31/05/2056. Physical care 4. Safety 2. Love 2. Esteem 3."]),
            docx_att("Engaging Families Toolkit - Whitfield.docx", [
                "# Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
                "Family: Whitfield (EHM-76655). Completed 30/05/2056.", "Overall engagement: LOW.",
                "Missed visits: 8 of 11 since March."])]
    top = outlook_top(f, addr("Ashworth, Dean", "Dean.Ashworth@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Whitfield - EHM-76655 - TAF Weds 21st June", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["EHM-76655"],
        [ch("Harvey Whitfield", "2047-08-19", "19/08/2047"), ch("Lacey Whitfield", "2050-02-02", "02/02/2050")],
        ["neglect", "non_engagement"], None, True, [], True, "book_meeting",
        "Near miss: children sharing a B&B room with an unrelated adult man is HISTORIC and resolved (two nights in "
        "March, moved the same day, nothing happened, own flat since 20 March, 'no current concerns'). The step-up is "
        "complete: form, TAF minutes, GCP2 (neglect), Engaging Families toolkit (non-engagement), EHM id, manager "
        "agreed; TAF Wed 21 Jun = 9 WD from Thu 8 Jun -> book_meeting. Good attendance is not a concern.",
        meeting=date(2056, 6, 21), docs={"step_up_form", "taf_minutes", "gcp2", "engaging_families"},
        not_children=["Chloe Whitfield", "Dean Ashworth", "Alison Carey"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2056-07-11 08:52:40"
    comment = ("Sorry, I can't do Wednesday. I'm at the Prescot Road hotel now - Mia Rourke (4) and baby Oscar Rourke "
               "(7 months) have been on their own in room 9 since at least last night. Mum hasn't been seen since 9pm "
               "and her phone is off. The night porter heard Oscar crying for hours. There's no food in the room, "
               "Oscar's bottle is empty and he's soaked through. I can't take them anywhere and the hotel say I can't "
               "stay in the room past 10. Please ring me on 07700 900318. Stacey")
    data = outlook_itip_reply(f, when, ("Stacey Naylor", "Stacey.Naylor@" + KDOM), ("Knowsley MASH", KMASH),
                              "DECLINED", "Step-up TAF meeting - Rourke - EHM-79031 [SB-knowsley-214]",
                              "20560719T100000", "20560719T110000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-79031"],
        [ch("Mia Rourke"), ch("Oscar Rourke")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's COMMENT: an Outlook iTIP REPLY (DECLINED) from a temporary accommodation "
        "officer says a 4-year-old and a 7-month-old have been alone in a hotel room since last night, mother "
        "unreachable, no food, and she cannot stay past 10 -> urgent; kind stays meeting_reply; case id from the SUMMARY.",
        not_children=["Stacey Naylor"],
        how="only in the COMMENT of a DECLINED calendar reply (and its one-line text twin)")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2056-07-07 12:20:15"
    ack = ack_text("step-up", "SB-knowsley-188", ["Case: EHM-78861", "Step-up TAF meeting: Wed 19 Jul 2056 10:00"],
                   ["gcp2 (Graded Care Profile 2 - the concerns include neglect)"])
    body = T("""
Hiya,

GCP2 for Jack Nolan and Poppy Nolan attached as asked (EHM-78861). Done with mum yesterday at the temporary flat - they moved in from the hostel on Monday, new address is on EHM.

Nothing else has changed, TAF still Weds 19th.

Thanks
Kerry

Kerry Lunt | Family First Case Manager | Knowsley Council | 0151 496 0655

On Mon, 3 Jul 2056 at 16:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    atts = [pdf_att("GCP2 - Nolan.pdf", "Graded Care Profile 2", [
        "Nolan family, EHM-78861. Completed 06/07/2056 with mum.",
        "Physical care 3, Safety 3, Love 2, Esteem 2."])]
    top = plain_top(f, addr("Kerry Lunt", "Kerry.Lunt@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-188]", when, KDOM, "Android Mail 14.2")
    add(f, mail(f, top, body, atts, crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-78861"],
        [ch("Jack Nolan"), ch("Poppy Nolan")],
        [], None, None, [], None, "attach_to_request",
        "Android reply to [SB-knowsley-188] with the ack quoted under '>' adding the missing GCP2 -> follow_up, "
        "attach_to_request (reference SB-knowsley-188); the quoted 'What is missing:' list is not a concern.",
        docs={"gcp2"}, not_children=["Kerry Lunt"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2056-07-04 07:30:00"
    text = T("""
KNOWSLEY TEMPORARY ACCOMMODATION PARTNERSHIP - PRACTICE BULLETIN No. 14 (July 2056)

Children in hotels, B&Bs and hostels: what good practice looks like

1. New placement checklist
Housing Options officers now complete the family placement checklist within 24 hours of any hotel or B&B placement. It asks: does each child have their own bed? Does the family share a room with anyone who is not family? Is there a fridge and somewhere to prepare a bottle?

2. Scenarios for team discussion (fictional - not about any real family)
a) A night porter hears a baby crying for two hours and finds the baby alone in the room. What does the porter do first?
b) A 10-year-old tells a cleaner that a man staying in the family's room "gets into my bed". Who does the cleaner tell, and how fast?
c) A mother in a refuge says she is going back to a violent partner tonight with the children.
For each: if a child is in immediate danger, call 999. Any other safeguarding concern goes to MASH the same day.

3. Dates for your diary
Lunchtime briefing: "Moved at short notice - keeping children's school places", Tuesday 18 July, Teams.

You are receiving this because you are on the partnership's mailing list.
Unsubscribe: https://lists.knowsley-ta.example/unsubscribe
""")
    top = [("From", "Knowsley TA Partnership <bulletin@lists.knowsley-ta.example>"), ("To", KMASH),
           ("Subject", "Practice Bulletin 14: children in hotels, B&Bs and hostels"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.knowsley-ta.example")),
           ("List-Id", "TA Partnership bulletin <bulletin.lists.knowsley-ta.example>"),
           ("List-Unsubscribe", "<https://lists.knowsley-ta.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a partnership practice bulletin (List-Id, List-Unsubscribe) whose fictional training scenarios "
        "describe a baby alone in a hotel room, a man in a child's bed and a return to a violent partner, with '999' "
        "advice - examples in a bulletin, no real child -> other, human_review.")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2056-04-18 11:05:44"
    body = T("""
Dear MASH colleagues,

Following reflective discussion with Nadia Karim (Early Help Practitioner) yesterday, I have agreed to step the Boateng family up to Children's Services. Mosaic ID 3318204.

Children:
Kwame Boateng, DOB 14/06/2045
Efua Boateng, DOB 02/09/2049

The latest case summary is attached.

Rationale for step up
Grace and the children have been in one room at Cedar Lodge B&B, Tooting, for nine weeks since they became homeless. Over the last month Nadia has seen a clear decline: Efua has lost weight (health visitor has her below the 2nd centile), the room is dirty and there is mouldy food on the floor, and Grace has told Nadia she "can't see the point of anything" and is not taking her medication. Kwame, who is 10, is doing the cooking on a travel kettle and has missed 9 days of school this half term to look after his sister. The Early Help plan has not been able to change this and we think a statutory assessment is needed. There is no suggestion of deliberate harm.

Ms Boateng knows about the step up and agrees to it.

Nadia will attend the case discussion with me.

Kind regards,
Harriet Okafor
Early Help Team Manager (Wandsworth North) | Richmond and Wandsworth Councils
020 7946 0684

""") + RDISC
    atts = [docx_att("Case Summary - Boateng - 3318204.docx", [
        "# Case summary", "Family: Boateng. Mosaic ID 3318204.",
        "Household: Grace Boateng (mother); Kwame Boateng (10); Efua Boateng (6).",
        "Accommodation: Cedar Lodge B&B, one room, since February 2056 (homeless duty accepted).",
        "Early Help involvement since 12/01/2056: TAF with school, health visitor, housing.",
        "Current position: mother's mental health deteriorating; Efua's weight faltering; Kwame caring for his sister."])]
    top = outlook_top(f, addr("Okafor, Harriet", "Harriet.Okafor@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Boateng family - Mosaic 3318204", when, cc=addr("Karim, Nadia", "Nadia.Karim@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3318204"],
        [ch("Kwame Boateng", "2045-06-14", "14/06/2045"), ch("Efua Boateng", "2049-09-02", "02/09/2049")],
        ["neglect", "parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (she agreed it herself): case summary "
        "attached, rationale under its own heading; family in one B&B room. 'Mosaic ID 3318204' -> the bare number. "
        "Consent stated ('knows ... and agrees'). -> book_meeting (MASH business support invites within 1 WD).",
        docs={"case_summary", "rationale"}, not_children=["Grace Boateng", "Nadia Karim", "Harriet Okafor"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2056-04-27 22:41:07"
    body = T("""
Hello,

I am night manager at Riverside Court Hotel, Battersea. Council put family in room 214, Mrs Mebrat Tesfaye and two children. I find this email on the paper from Early Help lady in the family file on reception.

Tonight 22.10 a man come to reception, he say he is husband of Mrs Tesfaye. I think he is drinking. I give him no key but he go up with other guest in lift.

Now 10 minutes ago the boy Dawit Tesfaye (5 years) come down the stairs alone, no shoes, crying, he say "he hit mama, he hit mama and the baby is falling". I go up, door 214 is locked from inside, I hear the man shouting in their language and the baby Selam Tesfaye (8 months) is crying very much. I knock, nobody open.

Dawit is with me in reception now. The man is still inside the room with mother and baby. I call police 22.35, they say they will come but not yet here. I am alone on night shift, I cannot leave reception.

Please somebody call me. Reception 020 7946 0719.

Bogdan Ilie
Night Manager, Riverside Court Hotel
""")
    top = plain_top(f, addr("Riverside Court Hotel Reception", "frontdesk@riversidecourt-hotel.example"),
                    addr("Early Help Duty", RED), "family room 214 - please help tonight", when,
                    "riversidecourt-hotel.example")
    add(f, mail(f, top, body, cte="base64", crlf=False), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Dawit Tesfaye"), ch("Selam Tesfaye")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a hotel night manager's non-native English, base64 body, 22:41: a drunk man has hit the "
        "mother, a 5-year-old came down saying 'the baby is falling', the man is still locked in the room with mother "
        "and an 8-month-old; police called but not there -> urgent, other (no request).",
        not_children=["Mebrat Tesfaye", "Bogdan Ilie"],
        how="non-native English from hotel night staff, base64-encoded, out of hours")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2056-05-09 10:20:36"
    body = T("""
Dear Early Help Duty,

As agreed with the Early Help duty team manager by phone this morning, I am confirming the step down case discussion for the Haidari family on Friday 12 May at 2pm (Teams). Latest case summary and the draft Early Help plan are attached.

Mahsa Haidari - 05/12/2043 - Mosaic 3290117
Omid Haidari - 17/04/2048 - Mosaic 3290118

Background: the family came through the Afghan resettlement scheme and spent eleven months in a bridging hotel. In 2055, while they were in the hotel, a concern was raised that Mahsa had been placed in a room with an unrelated adult woman; the section 47 enquiry found no harm and was closed that year. The family have had their own house in Whitton since January and there are no current child protection concerns.

Why Early Help: Omid's attendance is 88% and the family would benefit from help with school, benefits and English classes.

Mr Haidari consented to Early Help through the Dari interpreter at the CIN review on 4 May. My team manager, Sian Roberts, has agreed the step down.

Best wishes,
Priya Lal
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth Councils
020 7946 0342

""") + RDISC
    atts = [pdf_att("Case summary - Haidari - May 2056.pdf", "Case summary", [
                "Family: Haidari. Mosaic 3290117, 3290118.",
                "CIN plan since 11/2055 (housing move, school admission, health registration). All actions complete.",
                "No current child protection concerns. Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Haidari.docx", [
                "# Draft Early Help plan", "Family: Haidari", "Outcome 1: Omid's attendance above 95% by October.",
                "Outcome 2: Mrs Haidari enrolled in ESOL.", "Outcome 3: benefits maximised."])]
    top = outlook_top(f, addr("Lal, Priya", "Priya.Lal@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Haidari - case discussion Fri 12 May 2pm", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "step_down", False, None, ["3290117", "3290118"],
        [ch("Mahsa Haidari", "2043-12-05", "05/12/2043"), ch("Omid Haidari", "2048-04-17", "17/04/2048")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: a child placed in a hotel room with an unrelated adult is HISTORIC (2055, s47 found no harm, "
        "closed) and 'no current child protection concerns'. Complete Richmond & Wandsworth step-down (case summary, "
        "draft plan, consent) with the discussion agreed for Fri 12 May, within 5 days of the contact -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Priya Lal", "Sian Roberts"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2056-05-19 16:48:12"
    text = T("""
Hi,

Step down request for Jordan Clarke (21/07/2050) and Amelia Clarke (30/03/2053), Mosaic 3307741.

Quick update first: Housing moved the family at three hours' notice on Tuesday, from the Roehampton hotel to a hostel in Sutton (Room 4, Greyfriars House). Mum was given no choice. Jordan is still at school in Roehampton and the journey is an hour and twenty minutes each way, so he has missed most of this week.

The CIN plan itself has ended well - mum has engaged throughout and there are no child protection concerns. The case summary is attached. The draft Early Help plan will follow next week once I have seen mum at the hostel, and I'll ask her at that visit on Tuesday whether she agrees to Early Help.

I will ring the Early Help duty team manager on Monday to agree a time for the case discussion.

Thanks
Femi

Femi Adebayo
Social Worker, Family Support (Wandsworth)
Sent from my iPad
""")
    atts = [pdf_att("Case summary Clarke 3307741.pdf", "Case summary - Clarke", [
        "Mosaic 3307741. Children: Jordan Clarke, Amelia Clarke.",
        "CIN since 01/2056 following homelessness.",
        "Moved 16/05/2056 to Greyfriars House hostel, Sutton (out of borough placement)."])]
    top = plain_top(f, addr("Femi Adebayo", "Femi.Adebayo@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Clarke", when, RDOM, "iPad Mail (21C62)")
    add(f, apple_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3307741"],
        [ch("Jordan Clarke", "2050-07-21", "21/07/2050"), ch("Amelia Clarke", "2053-03-30", "30/03/2053")],
        ["school_attendance"], None, None, ["consent", "draft_plan"], None, "request_info",
        "iPad (format=flowed) step-down for a family MOVED AT SHORT NOTICE out of borough: case summary attached but "
        "the draft plan 'will follow' and consent is still to be asked ('I'll ask her ... whether she agrees') -> "
        "consent null, missing consent + draft_plan -> request_info. Jordan missing school since the move -> "
        "school_attendance.",
        docs={"case_summary"}, not_children=["Femi Adebayo"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2056-06-14 15:12:50"
    ack = ack_text("step-up", "SB-richmond_wandsworth-57",
                   ["Family: Gebremariam", "Children: Hiwet Gebremariam, Abel Gebremariam", "Mosaic ID 3321950",
                    "MASH business support will send the case discussion invitation within 1 working day."], [])
    fwd = T("""
---------- Forwarded message ---------
From: Senait Haile <s.haile@langlink-interpreting.example>
Date: Wed, 14 Jun 2056 at 14:37
Subject: Hotel visit today - what Hiwet said
To: Lucy Ferreira <Lucy.Ferreira@richmondandwandsworth.gov.uk>

Dear Lucy,

I am writing down what Hiwet said to me in Tigrinya at the end of the visit, when you had gone down to speak with the hotel manager and her mother was in the bathroom. I did not want to say it in front of her mother.

Hiwet (13) said: "The man who sleeps in our room, Mr Yonas, comes to my bed when mama is asleep and puts his hand under my clothes. He says if I tell, the hotel will put us out on the street. I don't want to sleep there tonight."

Mr Yonas is not family. Hiwet says the hotel put him in their room in May because they all speak Tigrinya. He was in the room when we arrived today.

I told Hiwet I must tell you. I am sorry to put it in an email, your phone went to voicemail.

Senait Haile
Tigrinya interpreter (LangLink booking 88213)
""")
    text = T("""
Hi both,

Adding this to the Gebremariam step-up - forwarded from the interpreter who was with me at the hotel this afternoon. I'm back at the office at 4.

Lucy

Lucy Ferreira
Early Help Practitioner | Richmond and Wandsworth Councils | 020 7946 0577

""") + fwd + T("""

---------- Original acknowledgement ---------
""") + ack
    top = plain_top(f, addr("Lucy Ferreira", "Lucy.Ferreira@" + RDOM), addr("MASH Step Up", RSU),
                    "Fwd: Hotel visit today [SB-richmond_wandsworth-57]", when, RDOM, None,
                    cc=addr("Jasper Quint", "jasper.quint@" + RDOM))
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["3321950"],
        [ch("Hiwet Gebremariam"), ch("Abel Gebremariam")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED part: under a one-line 'adding this' note, an interpreter records a 13-year-old's "
        "words that the unrelated man the hotel placed in the family's room touches her at night, and she does not want "
        "to sleep there tonight (he is still in the room) -> urgent follow_up to SB-richmond_wandsworth-57. Children from "
        "the quoted acknowledgement in order; 'Mosaic ID 3321950' -> '3321950'.",
        not_children=["Senait Haile", "Lucy Ferreira", "Jasper Quint"],
        how="in a Gmail-forwarded interpreter's note, in the child's own words, under a casual covering line")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2056-06-26 09:03:27"
    data = google_reply(f, when, ("Dionne Sterling", "dionne.sterling@havenhouse-refuge.example"),
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Okonkwo [SB-richmond_wandsworth-61]",
                        "20560628T130000Z", "20560628T140000Z", "Microsoft Teams",
                        "Wed 28 Jun 2056 14:00 - 15:00 (BST)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from a refuge worker for a step-up case "
        "discussion -> meeting_reply, record_reply.", not_children=["Dionne Sterling"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2056-07-05 12:30:18"
    body = T("""
INCIDENT NOTIFICATION - FOR INFORMATION

Provider: Harbourline Housing Services (asylum accommodation contract, London region)
Site: Putney Vale initial accommodation (ADULT MALE SITE - no children or families are accommodated here)
Date/time of incident: 04/07/2056, 23:15
Resident: A.K., adult male, DOB 1997, Home Office ref withheld

Summary: the resident made threats to harm himself in the communal kitchen and had a kitchen knife. Night security staff cleared the area and called 999. Police and ambulance attended; he was taken to hospital under section 136 and remains there. Nobody else was hurt.

Risk to others: assessed as low. Risk to children: none identified - the resident has no children in the UK and no contact with children at the site.

Why you are receiving this: our incident procedure copies every notification to the local authority's MASH inbox. No action is requested from children's services.

Harbourline Housing Services - Contract Compliance Team
0161 496 0825 | compliance@harbourline-housing.example
""")
    top = plain_top(f, addr("Harbourline Compliance", "compliance@harbourline-housing.example"), addr("MASH Step Up", RSU),
                    "Incident notification HHS-IN-40917 - Putney Vale site", when, "harbourline-housing.example",
                    cc="incidents@harbourline-housing.example")
    add(f, mail(f, top, body, cte="quoted-printable", crlf=False), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an asylum accommodation provider's incident notification about an ADULT man (DOB 1997) at an "
        "adult-only site - knife, self-harm threats, 999, section 136 - 'risk to children: none identified' -> no child, "
        "other, human_review.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2056-07-21 15:55:02"
    body = T("""
Thank you for your email. I am out of the office today supporting a family's move to a refuge outside London and will not be checking email. I am back on Monday 24 July.

If a child is in immediate danger, call 999. For an urgent safeguarding concern about a child in Richmond or Wandsworth, contact the MASH on 020 7946 0321 (or the Emergency Duty Team on 020 7946 0999 out of hours).

Marisol Quintero
IDVA | Richmond and Wandsworth Domestic Abuse Service
""")
    data = ooo(f, when, ("Marisol Quintero", "Marisol.Quintero@" + RDOM), addr("Early Help Duty", RED),
               "Step down - Clarke [SB-richmond_wandsworth-66]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: an IDVA's Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate says 'immediate "
        "danger', 'urgent safeguarding concern' and 999 -> auto_reply, ignore, never urgent.",
        not_children=["Marisol Quintero"])

# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2056-04-19 14:30:11"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step the Ahmed family up from Early Help to Children's Social Care (Mosaic 4401562).

Tanvir Ahmed - 10/09/2044
Nusrat Ahmed - 25/01/2047
Ibrahim Ahmed - 03/06/2052

Ms Rahela Khatun and the three children have lived in one room at Gunmakers House hostel in Bow since October, sharing a kitchen and bathroom with five other households. Despite the TAF plan, Ibrahim (3) is still not toilet trained and has had untreated tooth decay since January; the children are often sent to school hungry and unwashed, and Tanvir and Nusrat are both below 85% attendance. Mum has told me she feels "ashamed" and stays in bed most days.

Mum has consented to the MAST referral. My team manager, Rukhsana Ali, has read the MARF and agreed the step up (copied in).

Kind regards,
Shahnaz Begum
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0865

""") + TDISC
    atts = [marf("MARF - Ahmed family - Mosaic 4401562.pdf", "Ahmed", [
        "Mosaic 4401562. Referrer: Shahnaz Begum, Early Help Practitioner.",
        "Children: Tanvir Ahmed 10/09/2044; Nusrat Ahmed 25/01/2047; Ibrahim Ahmed 03/06/2052.",
        "Address: Gunmakers House (family hostel), Room 17, Bow, London E3.",
        "Reason for request: persistent neglect of basic care in temporary accommodation; mother's low mood.",
        "Parental consent: given 18/04/2056. Manager agreement: Rukhsana Ali, Team Manager, 19/04/2056."])]
    top = outlook_top(f, addr("Begum, Shahnaz", "Shahnaz.Begum@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - Ahmed family (Mosaic 4401562)", when, cc=addr("Ali, Rukhsana", "Rukhsana.Ali@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["4401562"],
        [ch("Tanvir Ahmed", "2044-09-10", "10/09/2044"), ch("Nusrat Ahmed", "2047-01-25", "25/01/2047"),
         ch("Ibrahim Ahmed", "2052-06-03", "03/06/2052")],
        ["neglect", "parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up for a family in one hostel room: MARF attached, manager agreement stated "
        "and the manager copied, consent given -> book_meeting.",
        docs={"request_for_support"}, not_children=["Rahela Khatun", "Shahnaz Begum", "Rukhsana Ali"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2056-05-02 11:18:45"
    body = T("""
To: MAST
From: Joanna Pike, Health Visitor, 0-19 Service (Whitechapel)

Re: Rahima Islam, DOB 14/03/2056 (7/52), Mosaic 4415207
Sibling: Amina Islam, DOB 02/08/2052
Address: Aldgate Court hotel (Home Office contingency accommodation), room 31

Seen today at 10:30 at the hotel, new birth follow-up delayed by the family's move from Croydon.

O/E: weight 3.02 kg (birth weight 3.45 kg) - 12.5% below birth weight at day 49. Anterior fontanelle sunken. Mucous membranes dry. No wet nappy since yesterday evening per mother. Lethargic, weak cry, poor suck when offered the breast. Temp 36.4.

Mother reports her milk "finished" four days ago. No formula in the room; she says she has no money left on her ASPEN card until Thursday. Hotel provides meals for adults only.

Plan/advice: same-day paediatric assessment at hospital advised. Mother declined - she will not leave Amina (3) with hotel staff, cannot afford the bus and is frightened that going to hospital will affect the asylum claim. I was unable to persuade her. I left one carton of ready-made formula (all I had). Rahima needs to be seen in hospital today.

Step up: this family has been open to Early Help since March (feeding support, registration with GP). Discussed with my team leader, Farah Qureshi, at 11:05 - she agrees the case should be stepped up to MAST today. I have not had time to complete the MARF; I wanted this with you first and will send it this afternoon.

Joanna Pike RN SCPHN (HV)
Health Visitor | Tower Hamlets 0-19 Service
020 7946 0459 | joanna.pike@th019-health.example
""")
    top = plain_top(f, addr("Pike Joanna (Tower Hamlets 0-19 Service)", "joanna.pike@th019-health.example"),
                    addr("MAST", TMAST), "Rahima Islam DOB 14/03/2056 - step up to MAST", when, "th019-health.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["4415207"],
        [ch("Rahima Islam", "2056-03-14", "14/03/2056"), ch("Amina Islam", "2052-08-02", "02/08/2052")],
        ["neglect"], None, True, ["request_for_support"], None, "alert_duty",
        "Safety rule 1 told clinically: a 7-week-old in an asylum contingency hotel 12.5% below birth weight, sunken "
        "fontanelle, dry membranes, no wet nappy, lethargic; no milk or formula; mother declined same-day hospital "
        "assessment -> urgent. Step-up to MAST with the team leader's agreement; MARF not yet done -> "
        "request_for_support missing, but alert_duty comes first.",
        docs=set(), not_children=["Joanna Pike", "Farah Qureshi"],
        how="clinically, in a health visitor's observations (weights, fontanelle, nappies) and a declined hospital visit")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2056-06-16 10:05:27"
    inner = T("""
Hi Rukhsana,

Here is the MARF for the Siddiqui step up, as discussed yesterday. Could you forward it to MAST with your agreement if you're happy?

Zara Siddiqui - 12/03/2046
Bilal Siddiqui - 08/11/2049
Mosaic 4398833

Why step up: Ayesha's depression has got much worse since the family were placed at Mile End Road hostel in March. She is not getting up, the children are making their own meals from whatever is in the shared kitchen, Bilal has lost weight and Zara (10) is missing school to look after him. The GP has referred Ayesha to the perinatal-and-parent mental health team but there is a 9-week wait.

So you know about Wednesday night: at about 11pm on 14 June a male resident of the hostel, not known to the family, forced his way into their room. Ayesha called 999 and the police arrested him at the scene. He has been charged and remanded in custody (Thames Magistrates' Court, 19 June). The hostel moved the family the same night to a self-contained ground-floor unit with a keypad lock. The children were not hurt and are with their mum; I saw them all yesterday. That incident has been dealt with - it is not the reason for the step up.

Ayesha agrees to the MAST referral.

Thanks,
Tamsin Okeke
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
""")
    body = T("""
MAST,

Forwarding the MARF below for the Siddiqui family. I agree with the step up - please progress.

Rukhsana

Rukhsana Ali
Team Manager | Early Help Hub | Tower Hamlets Council
020 7946 0172
""") + quote("Okeke, Tamsin <Tamsin.Okeke@towerhamlets.gov.uk>", "15 June 2056 16:44",
             "Ali, Rukhsana <Rukhsana.Ali@towerhamlets.gov.uk>", "Siddiqui MARF", inner) + "\n" + TDISC
    atts = [marf("MARF Siddiqui.pdf", "Siddiqui", [
        "Mosaic 4398833. Children: Zara Siddiqui 12/03/2046; Bilal Siddiqui 08/11/2049.",
        "Reason: neglect linked to mother's depression; Zara caring for her brother and missing school.",
        "Incident 14/06/2056 at the hostel: police attended, adult male arrested and remanded; family moved the same night.",
        "Consent: mother agrees. Referrer: Tamsin Okeke."])]
    top = outlook_top(f, addr("Ali, Rukhsana", "Rukhsana.Ali@" + TDOM), addr("MAST", TMAST),
                      "FW: Siddiqui MARF", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["4398833"],
        [ch("Zara Siddiqui", "2046-03-12", "12/03/2046"), ch("Bilal Siddiqui", "2049-11-08", "08/11/2049")],
        ["neglect", "parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Near miss: a stranger forcing his way into the family's hostel room is ALREADY HANDLED - arrested at the scene, "
        "charged and remanded, family moved the same night, children unhurt. Complete MAST step-up: the team manager "
        "forwards the worker's MARF ('I agree with the step up'), consent stated -> book_meeting.",
        docs={"request_for_support"}, not_children=["Ayesha Siddiqui", "Tamsin Okeke", "Rukhsana Ali"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2056-06-22 13:40:09"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<div>Hello Early Help Hub,</div><div><br></div>
<div>I am stepping the Kovalenko family down from Child in Need to a TAF plan. The Child and Family Assessment concluded on 16/06/2056 and the assessment and draft TAF plan are attached.</div><div><br></div>
<table style="border:1px solid #999;border-collapse:collapse">
<tr><th style="border:1px solid #999">Name</th><th style="border:1px solid #999">DOB</th><th style="border:1px solid #999">Mosaic</th></tr>
<tr><td style="border:1px solid #999">Daryna Kovalenko</td><td style="border:1px solid #999">14/02/2045</td><td style="border:1px solid #999">4388120</td></tr>
<tr><td style="border:1px solid #999">Mykyta Kovalenko</td><td style="border:1px solid #999">01/10/2050</td><td style="border:1px solid #999">4388121</td></tr>
</table><div><br></div>
<div>The family spent fourteen months in a hotel in Aldgate and moved into a housing association flat in Limehouse in March. Mrs Kovalenko's anxiety is much better with the move and counselling, and the children are settled at school.</div><div><br></div>
<div><b>Consent:</b> Mrs Kovalenko consented to the step down at the final CIN review on 15/06/2056 (Ukrainian interpreter present).</div>
<div><b>Lead practitioner:</b> Ms Halima Chowdhury, Family Support Worker, Limehouse Green Primary School, has agreed to be lead practitioner.</div>
<div><b>TAF meeting:</b> Thursday 29 June 2056, 10:00, Limehouse Green Primary School - I will chair.</div><div><br></div>
<div>Many thanks,</div>
<div>Daniel Okoro<br>Social Worker | Children and Families Service | Tower Hamlets Council<br>020 7946 0233</div>
<div style="color:#888;font-size:8pt">%s</div>
</body></html>
""") % esc(TDISC.strip())
    atts = [pdf_att("C&F Assessment - Kovalenko.pdf", "Child and Family Assessment - Kovalenko", [
                "Mosaic 4388120 / 4388121. Assessment concluded 16/06/2056.",
                "Outcome: ongoing Children's Social Work Service not required; step down to a TAF plan with a lead practitioner.",
                "Mother's anxiety improved; children settled; housing stable."]),
            docx_att("Draft TAF plan - Kovalenko.docx", [
                "# Draft TAF plan", "Family: Kovalenko", "Lead practitioner: Halima Chowdhury (Limehouse Green Primary School)",
                "Goal 1: Mrs Kovalenko continues counselling.", "Goal 2: Daryna's transition to secondary school."])]
    top = outlook_top(f, addr("Okoro, Daniel", "Daniel.Okoro@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Kovalenko - TAF Thu 29/06", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["4388120", "4388121"],
        [ch("Daryna Kovalenko", "2045-02-14", "14/02/2045"), ch("Mykyta Kovalenko", "2050-10-01", "01/10/2050")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "HTML-only complete Tower Hamlets step-down (children in an HTML table) of a family who moved from a hotel: C&F "
        "assessment .pdf, draft TAF plan .docx, consent at the final CIN review, named lead practitioner with agency; "
        "TAF Thu 29 Jun is within 10 WD of the assessment ending 16 Jun -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Halima Chowdhury", "Daniel Okoro"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2056-07-10 09:25:33"
    body = T("""
Good morning,

Step down request - Abdi family, Mosaic 4420093.

Hodan Abdi, DOB 05/05/2048
Mahad Abdi, DOB 12/12/2051

The family were placed in a hotel in Barking for five months and came back into the borough in May (two-bedroom temporary flat, Poplar). The Child and Family Assessment has concluded that statutory involvement is no longer needed. Mahad is on the waiting list for an autism assessment and has an EHC needs assessment under way.

Attached: C&F assessment and the draft TAF plan.

Consent: Mr Abdi has consented to the step down (Somali interpreter, 06/07/2056).

Lead practitioner: tbc - I have asked the school and the nursery but nobody has agreed to take it on yet.

Kelechi Nwosu
Social Worker | Children and Families Service | Tower Hamlets Council
""") + "\n" + TDISC
    atts = [pdf_att("CFA Abdi 4420093.pdf", "Child and Family Assessment", [
                "Abdi family, Mosaic 4420093. Concluded 07/07/2056.",
                "Outcome: step down to Early Help; lead practitioner to be identified."]),
            docx_att("TAF plan draft - Abdi.docx", ["# TAF plan (draft)", "Family: Abdi",
                                                   "Mahad: autism assessment, EHCNA.", "Hodan: homework club."])]
    top = outlook_top(f, addr("Nwosu, Kelechi", "Kelechi.Nwosu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Abdi - 4420093", when)
    add(f, mail(f, top, body, atts, cte="base64"), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["4420093"],
        [ch("Hodan Abdi", "2048-05-05", "05/05/2048"), ch("Mahad Abdi", "2051-12-12", "12/12/2051")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "Base64 text body: Tower Hamlets step-down with assessment, draft plan and consent but 'Lead practitioner: "
        "tbc' -> lead_practitioner missing -> request_info.",
        docs={"assessment", "draft_plan"}, not_children=["Kelechi Nwosu"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2056-07-13 15:02:19"
    inner = T("""
Sumaiya Akter (Year 4, DOB 19/09/2046) gave this note to me at home time, folded very small. I have copied it exactly:

"miss the man in are room at the B and B sed if i tell he will get mum kiked out. he maks me sit on his bed and tuch him. mum is at work tonite agen and i have to stay with him. pleas dont tell mum"

She went before I could talk to her - the man (mum calls him "uncle", he is not family; the B&B put him in their room) collected her at 3.20 as he does on Thursdays, when mum works the night shift at the hospital laundry.

Ms Lewis
Class 4B
""")
    body = T("""
Hello Early Help team,

I may well be reading too much into this, and I'm sorry it's late in the day, but I'd rather you saw it than not. Sumaiya's class teacher forwarded me the note below ten minutes ago. We have the family down as living at the Commercial Road B&B since the spring, and you are the team we've been working with.

I've tried mum's number twice with no answer.

Rebecca Hollis
Designated Safeguarding Lead | Stepney Meadows Primary School
020 7946 0288
""") + quote("Lewis, Ffion <f.lewis@stepneymeadows.example>", "13 July 2056 14:51",
             "Hollis, Rebecca <r.hollis@stepneymeadows.example>", "note from Sumaiya", inner)
    top = outlook_top(f, addr("Rebecca Hollis", "r.hollis@stepneymeadows.example"), addr("Early Help Hub", TEH),
                      "FW: note from Sumaiya", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Sumaiya Akter", "2046-09-19", "19/09/2046")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a child's own words, forwarded by a hedging DSL ('I may well be reading too much into this'): "
        "a 9-year-old's note that the unrelated man the B&B placed in the family's room makes her touch him, and she is "
        "alone with him tonight (he collected her at 3.20) -> urgent, other.",
        not_children=["Rebecca Hollis", "Ffion Lewis"],
        how="in a child's misspelt note, forwarded under a hedged covering line")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2056-04-25 16:10:48"
    body = T("""
Dear Early Help Hub,

I manage Limehouse Family Hostel (22 rooms, families placed by Housing Options). We are rewriting our night staff procedures and I would be grateful for your advice on a hypothetical situation.

Suppose a night worker found a young child on their own in a family's room and the parent was out. What should they do first - ring the police, ring your emergency duty team, or try the parent? And should staff go into the room without the family's consent?

To be clear, this is not about any family here at the moment; it is for the written procedure, which our contract manager wants by the end of May.

Many thanks,
Mark Tennant
Hostel Manager, Limehouse Family Hostel
020 7946 0871
""")
    top = plain_top(f, addr("Mark Tennant", "manager@limehousefamilyhostel.example"), addr("Early Help Hub", TEH),
                    "Question for our night staff procedure", when, "limehousefamilyhostel.example", "Thunderbird 140.1")
    add(f, mail(f, top, body, cte="7bit", crlf=False), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a hostel manager's HYPOTHETICAL question for a written procedure (a child alone in a room, "
        "'not about any family here at the moment') -> other, human_review.", not_children=["Mark Tennant"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2056-05-26 09:41:05"
    text = T("""
Hi it's Jade at Ensign Court hostel. Sorry to email, the Early Help number is just ringing out.

The baby in room 6, Zayn Hussain, 5 months, has been crying non stop since about 7. Mum (Nadia Hussain) went out at 6 this morning and told the night worker she'd be back in 20 mins. It's 9.40 now. Her phone goes straight to voicemail.

I can see him through the glass panel in the door, he's in his cot on his own, red in the face. Nobody else is in the room. Our manager says we can't open a resident's door without him and he's not in till 2.

What do I do? I'm staying outside the door.

Jade Morrison
Support Worker, Ensign Court
07700 900672

Sent from my iPhone
""")
    top = plain_top(f, addr("Jade Morrison", "jade.morrison@ensigncourt-hostel.example"), addr("Early Help Hub", TEH),
                    "Room 6 baby on his own", when, "ensigncourt-hostel.example", "iPhone Mail (22B83)")
    add(f, apple_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Zayn Hussain")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, a baby left alone: a hostel support worker (iPhone, format=flowed) can see a 5-month-old alone "
        "in his cot, crying since 7am, mother gone since 6 and unreachable, staff not allowed in -> urgent, other.",
        not_children=["Nadia Hussain", "Jade Morrison"],
        how="plainly, in mobile style from hostel staff")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2056-04-24 10:00:37"
    body = T("""
Hello Early Help,

I would like a triage slot to step the Sutton family down to Early Help at level 3 (LCS-2290514).

Evie Sutton - DOB 09/07/2048
Noah Sutton - DOB 23/11/2052 (age 3, so I understand this goes to the under-5s triage)

The family spent the winter in a holiday-let B&B in Paignton used by Housing as temporary accommodation and moved into a two-bedroom housing association flat in Preston in March. The Single Assessment is attached, with my team manager's analysis.

Ms Sutton has consented to Early Help, and my team manager, Rachel Clapp, has agreed the step down.

What is still needed: support for mum's low mood and help to settle Noah into a nursery place.

Thanks,
Laura Pengelly
Social Worker | Safeguarding Team 2 | Torbay Council
01632 960372

""") + BDISC
    atts = [pdf_att("Single Assessment - Sutton - LCS-2290514.pdf", "Single Assessment", [
        "Family: Sutton. LCS-2290514. Children: Evie Sutton (09/07/2048), Noah Sutton (23/11/2052).",
        "Outcome: step down to Early Help (level 3).",
        "Team manager's analysis (Rachel Clapp): needs can be met through a targeted Early Help plan; agreed."])]
    top = outlook_top(f, addr("Pengelly, Laura", "Laura.Pengelly@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Sutton - LCS-2290514", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-2290514"],
        [ch("Evie Sutton", "2048-07-09", "09/07/2048"), ch("Noah Sutton", "2052-11-23", "23/11/2052")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment with the team manager's analysis, consent, manager "
        "agreed) for a family rehoused from a B&B; Noah is 3 -> the fortnightly under-5s triage -> book_meeting.",
        docs={"assessment"}, not_children=["Laura Pengelly", "Rachel Clapp"])

def torbay_02():
    f = "torbay_02.eml"; when = "2056-05-10 09:55:14"
    body = T("""
Hi MASH,

Please find attached my contact to MASH for the Sweeney family (EHM-741266). Mum has given her consent for the contact and my ATM, Silas Penrose, agreed it with me this morning.

Thanks,
Sam

Sam Widdicombe
Family Intervention Worker | Torbay Early Help
01632 960448

""") + BDISC
    att = pdf_att("Contact to MASH - Sweeney.pdf", "Contact to MASH - Torbay Early Help", [
        "Family: Sweeney. EHM-741266. Address: Preston Down hostel, room 8, Paignton.",
        "Children: Jayden Sweeney, DOB 03/04/2048. Kacey Sweeney, DOB 11/12/2053.",
        "Lead practitioner: Sam Widdicombe, Family Intervention Worker, Torbay Early Help, 01632 960448.",
        "Consent: mum (Kirsty Sweeney) consents to this contact. ATM agreement: Silas Penrose, 10/05/2056.",
        "",
        "Reason for contact:",
        "This morning at 8.50 at the hostel Jayden told me that the man mum met at the hostel, Lee, has been",
        "staying in their room for two weeks. Jayden said: 'Lee pushed my head into the wall last night",
        "because I was crying.' I saw a swollen red mark above his left eye, about 3cm across. Jayden said",
        "Lee told him 'next time I'll do it properly'. Mum says Lee is at work and is coming back to the room",
        "after his shift at 6pm tonight; she does not want him to leave. Kacey (2) also sleeps in the room.",
        "Jayden has gone to school today. Mum did not want to talk about the mark.",
        "",
        "Request: step up to Children's Services."])
    top = outlook_top(f, addr("Widdicombe, Sam", "Sam.Widdicombe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Sweeney - EHM-741266", when)
    add(f, mail(f, top, body, [att], html_alt=True), "torbay", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["EHM-741266"],
        [ch("Jayden Sweeney", "2048-04-03", "03/04/2048"), ch("Kacey Sweeney", "2053-12-11", "11/12/2053")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 ONLY IN THE ATTACHED PDF: the body is a routine covering note; the contact says an 8-year-old's "
        "head was pushed into a wall last night by mum's new partner met at the hostel (fresh swelling seen), with a "
        "threat to 'do it properly', and the man returns to the shared room at 6pm tonight -> urgent. Otherwise a "
        "complete Torbay step-up (consent, ATM agreed).",
        not_children=["Kirsty Sweeney", "Sam Widdicombe", "Silas Penrose"],
        how="only in the attached Contact to MASH PDF; the body is a two-line covering note")

def torbay_03():
    f = "torbay_03.eml"; when = "2056-05-18 14:20:58"
    body = T("""
Dear MASH,

I am making a contact to step the Hext family up from Early Help (EHM-739905).

Ruby Hext, DOB 20/05/2050
Oscar Hext, DOB 14/01/2053

The family have been in a single room at the Belgrave Court hotel in Torquay since January. Mum's drinking has increased: the hotel staff have found her asleep in the bar twice this month while the children were upstairs, there is no fridge or cooker so the children live on crisps and takeaway, and Oscar's weight has dropped from the 50th to the 9th centile.

You may see on the hotel log that Ruby had a bruise on her shin last week. I was there when it happened - she caught it on the metal bed frame while climbing over to the window. Mum took her to the GP the same day; the GP saw it, said it was consistent with what we described and has no concerns. It is not part of this contact.

Mum consents to the contact to MASH. My ATM, Silas Penrose, has agreed the step up.

Gemma Luscombe
Early Help Worker | Torbay Early Help
01632 960511

""") + BDISC
    top = outlook_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Hext - EHM-739905", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-739905"],
        [ch("Ruby Hext", "2050-05-20", "20/05/2050"), ch("Oscar Hext", "2053-01-14", "14/01/2053")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Near miss: a bruise on a 6-year-old's shin is an EXPLAINED INJURY (seen happening on the hotel bed frame, GP "
        "saw it, no concerns). The step-up for neglect and mum's drinking in a hotel room is complete for Torbay "
        "(consent, ATM agreed) -> book_meeting.",
        not_children=["Gemma Luscombe", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2056-06-17 19:22:40"
    text = T("""
hi sorry i know its saturday but no one is answering the number on our refuge contact sheet.

Kelly Rowe (room 3) has just left the refuge with both kids, Alfie Rowe 7 and Maisie Rowe 3. shes going back to Craig. he has bail conditions not to contact her after he strangled her in april.

she showed me his text "train gets in 8.10 ill be at the station. bring the kids or dont bother coming". she says he'll take them all to his mums in brixham tonight.

Alfie was crying, he didnt want to go. i cant stop her, shes an adult.

pls someone ring me 07700 900541

kim
Bay Haven refuge

Sent from my Galaxy
""")
    top = plain_top(f, addr("Kim Tozer", "kim.tozer@bayhaven-refuge.example"), addr(None, BMASH),
                    "Kelly and kids left refuge", when, "bayhaven-refuge.example")
    add(f, mail(f, top, text, cte="quoted-printable", crlf=False), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie Rowe"), ch("Maisie Rowe")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday evening, mobile style: a refuge worker says a mother has just left the refuge with "
        "a 7- and a 3-year-old to meet the man on bail for strangling her, who is collecting them at 8.10 tonight -> "
        "urgent, other (out of hours: EDT).",
        not_children=["Kelly Rowe", "Kim Tozer"],
        how="mobile style, lower case, from a refuge worker at the weekend")

def torbay_05():
    f = "torbay_05.eml"; when = "2056-06-27 11:11:11"
    body = T("""
Hello Early Help,

Please could I have a triage slot for a level 3 step down: Andrei Popescu (30/08/2045) and Ioana Popescu (15/03/2049), LCS-2301876.

The family were placed in a Torquay guest house for four months after their private let ended, and moved into a council flat in Brixham at the start of June. The Single Assessment is attached. Mrs Popescu has consented to Early Help (Romanian interpreter, 23/06/2056).

The main worry now is Andrei's attendance (81%) since the move - the school bus from Brixham leaves at 7.05.

I haven't been able to discuss the step down with my team manager yet - she is on leave until Monday, and I will confirm her agreement then.

Kind regards,
Rhys Tapper
Social Worker | Safeguarding Team 1 | Torbay Council

""") + BDISC
    atts = [pdf_att("SA Popescu.pdf", "Single Assessment - Popescu", [
        "LCS-2301876. Andrei Popescu, Ioana Popescu.",
        "Outcome: recommend step down to Early Help level 3 (team manager's analysis to follow)."])]
    top = outlook_top(f, addr("Tapper, Rhys", "Rhys.Tapper@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Popescu", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2301876"],
        [ch("Andrei Popescu", "2045-08-30", "30/08/2045"), ch("Ioana Popescu", "2049-03-15", "15/03/2049")],
        ["school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay level 3 step-down with the Single Assessment and consent, but the team manager has not yet been asked "
        "('will confirm her agreement then') -> manager_agreed null and missing -> request_info.",
        docs={"assessment"}, not_children=["Rhys Tapper"])

def torbay_06():
    f = "torbay_06.eml"; when = "2056-07-03 08:40:26"
    data = outlook_itip_reply(f, when, ("Hayley Parsons", "hayley.parsons@torbayhealth.example"),
                              ("Torbay Early Help", BEH), "TENTATIVE",
                              "Under-5s triage - Sutton - LCS-2290514 [SB-torbay-402]", "20560711T093000",
                              "20560711T101500", "Paignton Library and Information Centre, Room 2",
                              "May be in clinic - will join if I can.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-2290514"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from a health visitor for the under-5s triage slot (Tue 11 Jul) of "
        "torbay_01's family -> meeting_reply, record_reply; case id from the SUMMARY.",
        not_children=["Hayley Parsons"])

def torbay_07():
    f = "torbay_07.eml"; when = "2056-07-11 09:15:03"
    ack = ack_text("step-up", "SB-torbay-417", ["Case: EHM-739905", "Children: Ruby Hext, Oscar Hext",
                                                 "MASH threshold discussion: to be booked"], [])
    body = T("""
Morning,

Update for Ruby Hext and Oscar Hext so the threshold discussion has it.

Dean (the children's dad, mum's ex) turned up at the Belgrave Court hotel last night about 11 shouting in the car park. Hotel staff rang the police and he was arrested at the scene for breaching his non-molestation order. He has been remanded in custody until court on Monday. The children were asleep and didn't see or hear it; they are at their nan's in Torquay today and mum is with them.

Nothing needed from MASH today - I'm just adding it to the contact.

Gemma

Gemma Luscombe | Early Help Worker | Torbay Early Help | 01632 960511

On 18 May 2056, at 14:27, MASH <mash@torbay.gov.uk> wrote:

""") + quoted(ack)
    top = plain_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("MASH", BMASH),
                    "Re: Step-up request received [SB-torbay-417]", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["EHM-739905"],
        [ch("Ruby Hext"), ch("Oscar Hext")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "Near miss: ALREADY HANDLED - the father who came to the hotel shouting was arrested at the scene and remanded "
        "until Monday; children asleep, now at their nan's with mum; 'nothing needed from MASH today' -> follow_up to "
        "SB-torbay-417, attach_to_request (the breach of a non-molestation order is a current domestic_abuse concern).",
        not_children=["Gemma Luscombe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2056-07-19 13:33:50"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear MASH,</p>
<p>Housing Options are about to place <b>Ms Farah Ali</b> and her two children (aged 6 and 9) in a two-bedroom temporary flat in Paignton. Our records flag a <b>child protection plan in 2053 (domestic abuse)</b>. The father was deported in 2054 and, as far as we know, has had no contact since.</p>
<p>We have no current concerns about the family. Before we sign the licence agreement on Friday, is there anything you need from us, or any reason from your side not to place them there? This is a historic flag only.</p>
<p>Regards,<br>Paul Brimacombe<br>Housing Options Officer | Torbay Council<br>01632 960660</p>
<p style="color:#777;font-size:8pt">%s</p>
</body></html>
""") % esc(BDISC.strip())
    top = outlook_top(f, addr("Brimacombe, Paul", "Paul.Brimacombe@" + BDOM), addr("MASH", BMASH),
                      "Historic CP flag - Ali household - TA placement", when)
    add(f, html_only(f, top, h), "torbay", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: HTML-only housing enquiry about a HISTORIC flag (a 2053 child protection plan, the father deported "
        "in 2054, 'no current concerns'); children unnamed -> other, human_review, concerns [].",
        not_children=["Farah Ali", "Paul Brimacombe"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2056-04-20 10:45:19"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step down plan and the signed consent form for the Nguyen children (level 3, one request for the sibling group).

Linh Nguyen - 18/06/2043 - Mosaic 620114
Minh Nguyen - 04/09/2047 - Mosaic 620115
An Nguyen - 27/02/2051 - Mosaic 620116

The family were granted leave to remain last year and spent four months in the family hostel in Leominster before moving into a housing association house in Hereford in March. The CIN plan has ended; what remains is mum's isolation and low mood, and helping the children settle at school.

Key person: Mrs Helen Prosser, Family Support Worker, Bishopswood Primary School, who knows the family well and has agreed to lead.

Best wishes,
Sian Pritchard
Social Worker | Children in Need Team | Herefordshire Council
01632 960431

""") + HDISC
    atts = [docx_att("Step down plan - Nguyen.docx", [
                "# Early Help step down plan", "Children: Linh Nguyen, Minh Nguyen, An Nguyen (Mosaic 620114-620116)",
                "Key person: Helen Prosser, Family Support Worker, Bishopswood Primary School",
                "Outcome 1: mum linked to the Hereford women's group and ESOL.", "Outcome 2: An settled in Reception."]),
            pdf_att("Consent form signed - Nguyen.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
                "Signed: Thi Nguyen (mother). Date: 17/04/2056. Vietnamese interpreter: present."])]
    top = outlook_top(f, addr("Pritchard, Sian", "Sian.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Nguyen sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["620114", "620115", "620116"],
        [ch("Linh Nguyen", "2043-06-18", "18/06/2043"), ch("Minh Nguyen", "2047-09-04", "04/09/2047"),
         ch("An Nguyen", "2051-02-27", "27/02/2051")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (level 3 stated) of a family moved on from a hostel: plan .docx, "
        "signed consent form .pdf, key person named with her agency -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Thi Nguyen", "Sian Pritchard", "Helen Prosser"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2056-05-12 16:20:47"
    body = T("""
Dear co-ordinators,

Level 3 step down for the Mahmoud children - one request for the three of them.

Dilan Mahmoud - 10/01/2042 - Mosaic 621407
Rozhin Mahmoud - 06/06/2047 - Mosaic 621408
Karwan Mahmoud - 19/04/2053 - Mosaic 621409

Mrs Shilan Mahmoud and the children are in Home Office dispersal accommodation at 14 Quarry Lane, Hereford, awaiting the outcome of their asylum claim. The CIN plan was about mum's depression; she has been well for some months with her GP and the Kurdish women's group. Step down plan and signed consent form attached. Key person: Mr Owen Price, Youth Worker, Hereford Youth Hub (he has known Dilan for a year).

Thanks,
Gareth

Gareth Lloyd
Social Worker | Children in Need Team | Herefordshire Council
01632 960442

PS - sorry, just as I was about to press send Dilan rang me. He says his mum has taken a lot of her tablets, she is on the floor and he can't wake her properly. He's on his own with Rozhin and Karwan at the house. I've told him to ring 999 for an ambulance and I'm driving over now (40 mins), but there's no other adult - dad is in immigration detention - and someone needs to think about where the three of them will sleep tonight.

""") + HDISC
    atts = [docx_att("Step down plan - Mahmoud.docx", [
                "# Step down plan", "Children: Dilan, Rozhin and Karwan Mahmoud",
                "Key person: Owen Price, Youth Worker, Hereford Youth Hub",
                "Outcome: Dilan's college application; Karwan's nursery place; mum's support network."]),
            pdf_att("Signed consent - Mahmoud.pdf", "Early Help consent form", [
                "I consent to Early Help for my children. Signed: Shilan Mahmoud. 09/05/2056. Kurdish Sorani interpreter present."])]
    top = outlook_top(f, addr("Lloyd, Gareth", "Gareth.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Mahmoud x3", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["621407", "621408", "621409"],
        [ch("Dilan Mahmoud", "2042-01-10", "10/01/2042"), ch("Rozhin Mahmoud", "2047-06-06", "06/06/2047"),
         ch("Karwan Mahmoud", "2053-04-19", "19/04/2053")],
        ["parental_mental_health"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS: the sole carer in asylum dispersal accommodation has taken an overdose and cannot be "
        "woken; a 14-year-old is alone with a 9- and a 3-year-old, father in detention, nobody to care for them tonight "
        "-> urgent. The step-down itself is complete (plan, signed consent form, key person with agency, level 3).",
        docs={"draft_plan", "consent_form"}, not_children=["Shilan Mahmoud", "Gareth Lloyd", "Owen Price"],
        how="in a PS after the signature: a sole carer incapacitated, children alone")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2056-05-22 17:35:26"
    body = T("""
Dear Sir/Madam,

I am freelance interpreter Farsi and Dari. Today 22 May I interpret for the family Ahmadi at the GP surgery, they live in the hotel on the Ross road (Home Office hotel).

After the appointment, in the taxi back to the hotel, the boy Arash Ahmadi (11 years) tell me his father beat him with the belt yesterday because he lose the key card of the room. He show me his arm, there are red lines, some with a little blood. He ask me please not tell anybody.

He say his father tell him tonight he will "finish the lesson" when they are back in the room. The father is in the hotel now with Arash and his small sister.

I don't know who I must tell. The GP surgery is closed now. I find this email on the council website. Sorry for my English.

Reza Karimi
Interpreter (Farsi/Dari)
07700 900836
""")
    top = plain_top(f, addr("Reza Karimi", "reza.karimi.interp@example.com"), addr(None, HMASH),
                    "the boy Arash in the hotel", when, "mail.example.com")
    add(f, gmail_mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Arash Ahmadi")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in an interpreter's non-native English: an 11-year-old beaten with a belt yesterday (bleeding "
        "marks seen) and told he will be beaten again tonight by the father, who is with him in the hotel now -> urgent, "
        "other. The sister is unnamed and not labelled.",
        not_children=["Reza Karimi"],
        how="in an interpreter's second-language English, quoting the father's words")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2056-06-07 12:02:44"
    text = T("""
Hi both,

Level 3 step down for Kareem Al-Hassan (12/08/2046) and Layla Al-Hassan (01/12/2050), Mosaic 623550.

Family came through the resettlement scheme, spent the winter in the bridging hotel at Leominster and are now in a council house in Ledbury. CIN is closing - the original worries (Kareem's anger at school, mum's isolation) are much better.

Plan attached. Key person: Sarah Griffiths, Family Support Worker, Westfields Family Hub.

Mum has agreed to Early Help verbally at the CIN review (Arabic interpreter) but I haven't got the signed form back yet - I'm taking it to her on Friday.

Nia

Nia Bowen
Social Worker, Herefordshire Council

Sent from my iPhone
""")
    atts = [docx_att("EH plan - Al-Hassan.docx", ["# Early Help step down plan", "Kareem and Layla Al-Hassan (623550)",
                                                 "Key person: Sarah Griffiths, Westfields Family Hub",
                                                 "Outcome: Kareem's behaviour plan at school continues."])]
    top = plain_top(f, addr("Nia Bowen", "Nia.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Al-Hassan", when, HDOM, "iPhone Mail (22B83)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["623550"],
        [ch("Kareem Al-Hassan", "2046-08-12", "12/08/2046"), ch("Layla Al-Hassan", "2050-12-01", "01/12/2050")],
        [], True, None, ["consent_form"], None, "request_info",
        "iPhone (format=flowed) Herefordshire step-down: plan attached and key person named, but consent is verbal only "
        "and the signed form is still to come -> consent true, consent_form missing -> request_info. The original "
        "worries are 'much better', so no current concern.",
        docs={"draft_plan"}, not_children=["Nia Bowen", "Sarah Griffiths"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2056-06-20 10:10:31"
    body = T("""
Dear MASH,

I would like to step Nour Haddad (DOB 03/10/2041, Mosaic 624118) up from Early Help to social care.

Nour and her mum have been in the contingency hotel outside Hereford since January. Mum is drinking most days now and Nour (14) is often out late. On Sunday night Nour was reported missing from the hotel at 11pm; the police found her at 7.30 on Monday morning at a school friend's house in Hereford, unharmed. I did the return home interview yesterday: she had stayed out after an argument with mum, and there were no indicators of exploitation. She is at school today.

My manager, Ruth Evans, has agreed this step up.

Chloe Watkins
Early Help Practitioner | Herefordshire Council
01632 960455

""") + HDISC
    top = outlook_top(f, addr("Watkins, Chloe", "Chloe.Watkins@" + HDOM), addr("MASH", HMASH),
                      "Step up - Nour Haddad", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["624118"],
        [ch("Nour Haddad", "2041-10-03", "03/10/2041")],
        ["missing", "substance_misuse"], None, True, [], None, "human_review",
        "Near miss: a missing episode RESOLVED (found unharmed at 7.30 on Monday, return home interview done, no "
        "exploitation indicators). A step-up sent to Herefordshire, whose protocol defines no step_up -> human_review, "
        "missing [] and notice null.",
        not_children=["Chloe Watkins", "Ruth Evans"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2056-06-23 14:45:09"
    ack = ack_text("step-down", "SB-herefordshire-311", ["Mosaic ID: 623550",
                                                          "Children: Kareem Al-Hassan, Layla Al-Hassan"],
                   ["consent_form (the signed Early Help consent form)"])
    text = T("""
Hi,

Signed consent form for Kareem Al-Hassan and Layla Al-Hassan attached - mum signed it this morning with the interpreter.

Nia

Nia Bowen | Social Worker | Herefordshire Council

> On 7 Jun 2056, at 12:09, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
""") + quoted(ack)
    atts = [pdf_att("Consent form - Al-Hassan signed.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help. Signed: Rana Al-Hassan (mother). 23/06/2056.",
        "Arabic interpreter: present."])]
    top = plain_top(f, addr("Nia Bowen", "Nia.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-311]", when, HDOM, "Apple Mail (3826.400.131.1.6)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["623550"],
        [ch("Kareem Al-Hassan"), ch("Layla Al-Hassan")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-311] adding the signed consent form for herefordshire_04's family -> "
        "follow_up, attach_to_request; consent true ('mum signed it').",
        docs={"consent_form"}, not_children=["Rana Al-Hassan", "Nia Bowen"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2056-07-17 09:30:55"
    body = T("""
Dear colleagues,

For information under the information-sharing agreement - no action is requested.

Site: Wyeside Lodge (Home Office contingency hotel, families), Ross Road, Hereford
Time: Saturday 15 July 2056, 03:10

A male resident from the adult wing was seen on CCTV trying the door handles of family rooms on the second floor. Night security challenged him within two minutes; he had been drinking and said he was lost. Police attended and spoke to him. He was moved by us on Saturday morning to an adult-only site in Worcester and will not return to Wyeside Lodge.

All six families on the floor were spoken to on Saturday morning. No door was opened and no child was approached. The adult wing now has its own keycard-only corridor.

Regards,
Maria Dunne
Contract Manager | Severnside Asylum Housing
01632 960771
""")
    top = outlook_top(f, addr("Dunne, Maria", "maria.dunne@severnside-housing.example"), addr("MASH", HMASH),
                      "Wyeside Lodge - incident 15/07 - for information", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an asylum accommodation provider reports a drunk man trying family-room doors at night, ALREADY "
        "HANDLED (challenged in two minutes, police attended, moved to an adult-only site, no door opened, no child "
        "approached), 'no action is requested' -> other, human_review.",
        not_children=["Maria Dunne"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2056-07-12 08:14:37"
    ack = ack_text("step-down", "SB-herefordshire-298", ["Mosaic ID: 625731", "Children: Hevin Rashid"], [])
    body = T("""
Good morning,

Hevin Rashid (14) has not come back to the hotel since school finished yesterday.

Hotel security saw her get into a silver car with two men in their twenties outside the hotel at 3.40pm yesterday - the same car that has been parked outside most evenings this month. Her phone has been off since 6pm. Mum told me just now (Kurdish Sorani interpreter on the phone) that last week Hevin said a man gives her vapes and money and wants her to "come to parties in Birmingham". Mum hasn't reported her missing because she is frightened it will affect their asylum claim.

I'm on my way to the hotel now and will ring the police from there.

Megan Preece
Early Help Practitioner | Herefordshire Council | 01632 960466
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "30 June 2056 11:02",
             "Preece, Megan <Megan.Preece@herefordshire.gov.uk>", "Step-down request received [SB-herefordshire-298]", ack)
    top = outlook_top(f, addr("Preece, Megan", "Megan.Preece@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received [SB-herefordshire-298]", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["625731"],
        [ch("Hevin Rashid")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1, a child missing now: a 14-year-old in an asylum hotel gone since yesterday afternoon in a car "
        "with two adult men, phone off, signs of grooming (vapes, money, 'parties in Birmingham'), not reported -> "
        "urgent follow_up to SB-herefordshire-298.",
        not_children=["Megan Preece"],
        how="plainly, on a reply to an acknowledgement, without naming the harm")

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
    "knowsley_01.eml": (4, 5, date(2056, 5, 1), True),
    "knowsley_02.eml": (7, 7, None, False),
    "knowsley_03.eml": (5, 6, date(2056, 5, 29), False),
    "knowsley_04.eml": (4, 5, date(2056, 5, 29), True),
    "knowsley_05.eml": (9, 9, None, False),
}
EXPECTED_BH_2056 = {date(2056, 1, 3), date(2056, 3, 31), date(2056, 4, 3), date(2056, 5, 1), date(2056, 5, 29),
                    date(2056, 8, 28), date(2056, 12, 25), date(2056, 12, 26)}

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
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", w)
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2056) != date(2056, 4, 2):
        err("calendar", "Easter 2056 should be Sunday 2 April")
    bh = bank_holidays(2056)
    if bh != EXPECTED_BH_2056:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2056))
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2056, 5, 1), date(2056, 5, 29)]:
        err("calendar", "bank holidays in the window should be 1 May and 29 May: %s" % inwin)
    if not (easter(2056) + timedelta(days=1) < WINDOW[0]):
        err("calendar", "the window must start after Easter Monday")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run Monday -> Friday")
    bst_on, bst_off = last_sunday(2056, 3), last_sunday(2056, 10)
    if (bst_on, bst_off) != (date(2056, 3, 26), date(2056, 10, 29)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2056, 3, 26, 0, 59, tzinfo=UTC), 0), (datetime(2056, 3, 26, 1, 1, tzinfo=UTC), 1),
                   (datetime(2056, 10, 29, 0, 59, tzinfo=UTC), 1), (datetime(2056, 10, 29, 1, 1, tzinfo=UTC), 0)):
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2056:
                    err(f, "meeting date not a future working day of 2056")
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
            if int(y) > 2056:
                err(f, "a year after 2056 in the text: %s" % y)
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
