#!/usr/bin/env python3
"""mixed160: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the autumn term of 2063, in people writing on a family's behalf or about a family from outside
children's services' usual partners: MPs' caseworkers and councillors' enquiries, solicitors and legal advocates,
complaints teams, Healthwatch and independent advocates, parent-carer forums, translators of a parent's letter, a
family's own friend or employer, alongside ordinary step-ups and step-downs.

Window: Monday 3 September - Friday 21 December 2063 (the late summer bank holiday is Monday 27 August, before it;
Christmas Day is Tuesday 25 December and Boxing Day Wednesday 26 December, after it; no bank holiday falls inside).
Half term: Monday 22 - Friday 26 October 2063 (school holiday only: council working days). British Summer Time
ends at 01:00 UTC on Sunday 28 October 2063 (the last Sunday of October), so Date headers up to then carry +0100
and from then on +0000.

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
YEAR = 2063
WINDOW = (date(2063, 9, 3), date(2063, 12, 21))
HALF_TERM = (date(2063, 10, 22), date(2063, 10, 26))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2063)."""
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
    """Europe/London wall-clock time: BST (+0100) until Sunday 28 October 2063, GMT (+0000) after."""
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
            b"<< /Producer (mixed160 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2063, 8, 30, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2063-10-17 09:42:15"
    body = T("""
Morning MASH,

Please find attached a step up request for the Barker children, EHM-83106, open to Family First 0-18 at Level 3 since March.

Tommy-Lee Barker - DOB 14/02/2055
Summer Barker - DOB 30/09/2059

Since the summer the home conditions have gone backwards again despite the plan: dog mess on the kitchen floor at my last three visits, no working cooker for five weeks, very little food in, and both children in the same clothes from one visit to the next. Summer has eight decayed teeth and has missed two dental appointments under general anaesthetic. Jodie has been offered help with every one of these and agrees to it at each TAF but nothing changes.

The Graded Care Profile 2 was completed with Jodie on 9 October and is attached. My team manager, Stuart Kenwright, discussed the step up with me in supervision on 15/10/2063 and agreed it.

The step up TAF meeting is on Wednesday 24th October 2063 at 10:00 on Teams. I know it is half term - school have confirmed the attendance officer and the head of Foundation Stage will still join. The calendar invite has gone to the MASH inbox and MASH business support this morning, and I have invited the current TAF members.

For information only: the family's MP wrote to the council in September about disrepair at the house. Member Enquiries answered it and it is not part of this request.

Attached:
- FF Step Up request to CSC - Barker.docx
- TAF minutes 03.10.2063 - Barker.pdf
- GCP2 summary - Barker.pdf

Jodie knows I am making the request.

Kind regards,

Carys Whitehead
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0382

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83106"),
        ("Children:", "Tommy-Lee Barker 14/02/2055; Summer Barker 30/09/2059"),
        ("Date of step up TAF meeting:", "Wednesday 24 October 2063, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 03/10/2063"),
        ("What are we worried about?", "Poor home conditions and basic care; Summer's untreated dental decay and missed appointments."),
        ("What is working well?", "The children are warm and affectionate with Jodie; Tommy-Lee's attendance is good."),
        ("What next?", "CSC assessment; dental treatment for Summer; cooker replaced."),
        ("Graded Care profile (If neglect should be completed).", "Completed 09/10/2063 - attached. Physical care level 4."),
        ("Agreement by line manager:", "Stuart Kenwright, Team Manager, 15/10/2063 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Barker.docx", form),
            pdf_att("TAF minutes 03.10.2063 - Barker.pdf", "Team Around the Family meeting - minutes", [
                "Family: Barker. EHM-83106. Date: 03/10/2063. Venue: Halewood Family Hub.",
                "Present: Carys Whitehead (FF Case Manager), Jodie Barker (mum), school attendance officer, dental nurse.",
                "1. Home: cooker still broken; landlord contacted. 2. Health: Summer's GA dental appointment missed on 26/09.",
                "3. Food: foodbank vouchers given. Actions: CW to discuss step up with team manager if no change by 15/10."]),
            pdf_att("GCP2 summary - Barker.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Barker. Completed with: Jodie Barker. Date: 09/10/2063. Practitioner: Carys Whitehead.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 3.",
                "Summary: basic physical care and health care of both children are consistently below an adequate level."])]
    top = outlook_top(f, addr("Whitehead, Carys", "Carys.Whitehead@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Barker - EHM-83106 - TAF Weds 24th Oct", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-83106"],
        [ch("Tommy-Lee Barker", "2055-02-14", "14/02/2055"), ch("Summer Barker", "2059-09-30", "30/09/2059")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect (Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf, EHM id, team manager "
        "agreed, TAF date). The TAF on Wed 24 Oct falls in school HALF TERM, which is not a council holiday: Wed 17 Oct -> "
        "Wed 24 Oct is exactly 5 working days -> ok -> book_meeting. 'Jodie knows' is not consent (null); the MP's "
        "letter is context only.",
        meeting=date(2063, 10, 24), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Jodie Barker", "Carys Whitehead", "Stuart Kenwright"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2063-12-19 11:20:03"
    body = T("""
Hi MASH team,

Step up request for Kai Fairclough (born 3 June 2052) and Ellie-Mai Fairclough (born 21 January 2056), EHM-84417. Attached: the step up form, the TAF minutes from 5 December and the Engaging Families toolkit.

The short version: Dad (Shaun) has not engaged with the plan since September. He has cancelled or not been in for seven of the last nine visits and walked out of the last TAF. Kai’s attendance is 71% and Ellie-Mai’s 78%, and the school’s letters go unanswered. The Engaging Families toolkit puts engagement at ‘low’.

Shaun has an advocate now - Mrs Lorna Pickavance from the Knowsley Parents’ Advocacy Project - and she will come to the TAF with him.

My team manager, Gail Ormerod, agreed the step up on 18/12/2063.

Step up TAF meeting: Thursday 27th December 2063 at 10.00am, Kirkby Family Hub, Cherryfield Drive (Room 1). The invite is with the MASH inbox and MASH business support. I know it is between Christmas and New Year - it was the only date the advocate and school could both do.

Thanks,
Rebecca Yates
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0129

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-84417"),
        ("Children:", "Kai Fairclough 03/06/2052; Ellie-Mai Fairclough 21/01/2056"),
        ("Date of step up TAF meeting:", "27/12/2063 10:00, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Low - toolkit completed 12/12/2063, attached."),
        ("What are we worried about?", "Dad's non-engagement; both children's school attendance."),
        ("What is working well?", "The children are well fed and well presented; their nan helps at weekends."),
        ("What next?", "CSC assessment."),
        ("Agreement by line manager:", "Gail Ormerod, 18/12/2063 - agreed."),
    ])
    atts = [docx_att("Step up form - Fairclough.docx", form),
            pdf_att("TAF minutes 05.12.2063 Fairclough.pdf", "TAF meeting minutes - Fairclough", [
                "EHM-84417. 05/12/2063, Kirkby Family Hub.",
                "Present: Rebecca Yates (FF), attendance officer, Shaun Fairclough (left after 10 minutes).",
                "Attendance: Kai 71%, Ellie-Mai 78%. Actions: RY to discuss step up with team manager."]),
            docx_att("Engaging Families Toolkit - Fairclough.docx", [
                "# Engaging Families Toolkit", "Family: Fairclough (EHM-84417). Completed 12/12/2063.",
                "Overall engagement: LOW.", "Visits missed or cancelled: 7 of 9 since September."])]
    top = outlook_top(f, addr("Yates, Rebecca", "Rebecca.Yates@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Fairclough - EHM-84417", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, charset="windows-1252"), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-84417"],
        [ch("Kai Fairclough", "2052-06-03", "3 June 2052"), ch("Ellie-Mai Fairclough", "2056-01-21", "21 January 2056")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "windows-1252 QP step-up for non-engagement, complete (form, TAF minutes, Engaging Families toolkit, EHM id, "
        "manager agreed) but NOTICE ACROSS CHRISTMAS IS SHORT: Wed 19 Dec -> Thu 27 Dec is 6 plain weekdays but 25 and 26 "
        "Dec are bank holidays, so 4 working days < 5 -> not ok -> request_info. The dad's advocate is not a child.",
        meeting=date(2063, 12, 27), docs={"step_up_form", "taf_minutes", "engaging_families"},
        not_children=["Shaun Fairclough", "Lorna Pickavance", "Rebecca Yates", "Gail Ormerod"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2063-11-13 17:38:20"
    comment = ("Declining, sorry - I can't make the TAF on the 21st. Something you need to know tonight though. I was at "
               "Chantelle's flat at 4 today for our advocacy session. Ryan was there - he's the one the non-molestation "
               "order is against and he is not meant to go near her or the kids. Kayden Doherty (2) has a round red "
               "burn on the back of his hand, blistered, about the size of a 5p. Chantelle said she didn't see how it "
               "happened and wouldn't look at me. Ryan told me to get out and that there'd be no more visits. Chantelle "
               "starts a night shift at 8 and Ryan is minding Kayden and Lacey Doherty (5) till the morning. I'm on "
               "07700 900512. Angharad Lowe, Knowsley Parents' Advocacy Project")
    data = outlook_itip_reply(f, when, ("Angharad Lowe", "angharad.lowe@parentsadvocacy-knowsley.example"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Doherty - EHM-84022 [SB-knowsley-5207]",
                              "20631121T100000", "20631121T113000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-84022"],
        [ch("Kayden Doherty"), ch("Lacey Doherty")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a DECLINED meeting reply's COMMENT from mum's independent advocate: a 2-year-old's fresh "
        "blistered burn nobody explains, the man the non-molestation order is against back in the flat and minding "
        "both children overnight from 8pm -> urgent; kind stays meeting_reply; case id from the SUMMARY.",
        not_children=["Angharad Lowe", "Chantelle Doherty"],
        how="only in the COMMENT of a declined TAF invitation (and its one-line text twin), from a parent's advocate")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2063-12-10 13:05:44"
    body = T("""
Hello Family First duty,

Level 3 step down for the Rimmer children, ICS-1562231. Becky Rimmer consented to the referral to Family First at my visit on 6 December.

Jayden Rimmer - DOB 09.04.2057
Ruby Rimmer - DOB 22.11.2062

Joint home visit: Monday 17 December at 10:30am at the family home, 14 Pennard Walk, Kirkby L32 4QT.

What are we worried about?
Becky's low mood - she is on antidepressants and finds mornings hard. Liam Rimmer, the children's father, was released from prison in November with licence conditions not to contact Becky or go to Pennard Walk.

What is working well?
Becky has kept to the safety plan since Liam's release, Jayden is settled at school and Ruby is meeting her milestones. Becky's friend Lorraine is a good support.

What needs to happen?
A Family First case manager to lead the TAF; Becky to keep her GP appointments; school and health visitor to stay involved.

Owen

Owen Carragher
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0687

PS I'm due in court at 1.30 and can't get out of it, so I've typed out the voicemail Lorraine left on my work mobile at 12.52 so the duty team see it too. I haven't been able to get hold of Becky.

"Owen it's Lorraine, Becky's mate. Liam's turned up at the flat about twelve, she let him in 'cos he was banging on the door with the kids there. She's just text me 'he won't go, he's took my phone, don't come round he says he'll hurt Ruby if anyone comes'. That was twenty to one. I don't know what to do, ring me back."

""") + KDISC
    top = outlook_top(f, addr("Carragher, Owen", "Owen.Carragher@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Rimmer - ICS-1562231 - joint visit Mon 17th", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "urgent", "step_down", True, 3, ["ICS-1562231"],
        [ch("Jayden Rimmer", "2057-04-09", "09.04.2057"), ch("Ruby Rimmer", "2062-11-22", "22.11.2062")],
        ["domestic_abuse", "parental_mental_health"], True, None, [], True, "alert_duty",
        "Safety rule 1 in a PS: a friend's voicemail, typed out, says the father on licence not to contact the family is "
        "in the flat now, has taken mum's phone and says he will hurt the 1-year-old if anyone comes -> urgent. The "
        "step-down itself is complete (visit date/time/venue, three headings, consent; Mon 10 -> Mon 17 Dec = 5 WD, ok).",
        meeting=date(2063, 12, 17),
        not_children=["Becky Rimmer", "Liam Rimmer", "Owen Carragher", "Lorraine"],
        how="in a PS: a family friend's voicemail typed out by a social worker on his way to court")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2063-11-08 10:14:07"
    body = T("""
Dear Sir or Madam

Our client: Mr Gareth Pennington
Your ref: ICS-1544870
Our ref: AS/PEN/0091

We act for Mr Pennington, the father of Freya Pennington (born 4th March 2054). Please find attached our letter of today's date, the text of which is set out below for convenience.

In 2061 an allegation was made that our client had hit Freya during contact. The matter was investigated under section 47 of the Children Act 1989. Your outcome letter of 14 July 2061 records no further action and that the allegation was unfounded. Our client has had unsupervised contact with Freya every weekend since then, and no concern has been raised by the school, Freya's mother or anyone else.

The Family First closing summary of September 2063, which our client received through a subject access request, nevertheless describes him as "a risk to Freya" and refers to "the assault". Both statements are inaccurate. We ask that the record be rectified under Article 16 UK GDPR within one month, and that you confirm in writing when this has been done.

For the avoidance of doubt, this letter is not a safeguarding referral and raises no current concern about Freya, who is well and happy.

Yours faithfully

Abigail Stroud
Solicitor | Hollins & Carr LLP | Huyton
0151 496 0944

""")
    atts = [pdf_att("Letter to Knowsley Council 08.11.2063 - Pennington.pdf", "Hollins & Carr LLP - letter", [
        "8 November 2063. Family First 0-18, Knowsley Council.",
        "Our client: Mr Gareth Pennington. Your ref: ICS-1544870.",
        "Request for rectification of personal data (Article 16 UK GDPR): the closing summary of September 2063",
        "describes our client as 'a risk to Freya' and refers to 'the assault'. The 2061 section 47 enquiry concluded",
        "no further action; the allegation was unfounded. Please correct the record within one month."])]
    top = outlook_top(f, addr("Abigail Stroud", "a.stroud@hollinscarr-law.example"), addr("Family First Duty", KFF),
                      "Our client Mr G Pennington - rectification request - your ref ICS-1544870", when)
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, ["ICS-1544870"],
        [ch("Freya Pennington", "2054-03-04", "4th March 2054")],
        [], None, None, [], None, "human_review",
        "Near miss: a solicitor's data-rectification letter ('hit', 'a risk to Freya', 'the assault') about a 2061 "
        "allegation found UNFOUNDED, with 'no current concern' stated -> other, human_review; the case id is as written.",
        not_children=["Gareth Pennington", "Abigail Stroud"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2063-12-20 15:47:30"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}td{padding:4px 8px;border:1px solid #aaa}</style></head>
<body lang="EN-GB">
<p>Hi Family First duty,</p>
<p>Level 2 step down for the Kehoe children, ICS-1559002. Mum and Dad have both consented to the step down.</p>
<table style="border-collapse:collapse">
<tr><td><b>Name</b></td><td><b>Date of birth</b></td></tr>
<tr><td>Nathan Kehoe</td><td>11 Aug 2050</td></tr>
<tr><td>Mollie Kehoe</td><td>02 Feb 2054</td></tr>
</table>
<p>&nbsp;</p>
<table style="border-collapse:collapse">
<tr><td><b>Final CIN meeting</b></td><td>Monday 31st December 2063, 10:00</td></tr>
<tr><td><b>Venue</b></td><td>Halewood Family Hub, Baileys Lane (Room 3)</td></tr>
<tr><td><b>New lead practitioner</b></td><td>Mr Craig Bellamy, Pastoral Lead, Halewood Academy - he has agreed to take on the lead practitioner role and the Early Help Assessment</td></tr>
</table>
<p>&nbsp;</p>
<p><b>What are we worried about?</b><br>Nathan's attendance (88%% this term) and his anger in lessons.</p>
<p><b>What is working well?</b><br>The family have worked with the CIN plan all the way through; Dad's employer has agreed he can change shifts to do the school run; Mollie is thriving.</p>
<p><b>What needs to happen?</b><br>Mr Bellamy to lead a TAF with school and the youth service; a mentor for Nathan; a review in six weeks.</p>
<p>I know the 31st is an odd date - it's the only morning Mr Bellamy and both parents could all do.</p>
<p>Thanks,<br>Hannah</p>
<p>Hannah Brogan<br>Social Worker | Child in Need Team (Halewood) | Knowsley Council<br>0151 496 0251</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(KDISC.strip())
    top = outlook_top(f, addr("Brogan, Hannah", "Hannah.Brogan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Kehoe - final CIN 31/12", when)
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-1559002"],
        [ch("Nathan Kehoe", "2050-08-11", "11 Aug 2050"), ch("Mollie Kehoe", "2054-02-02", "02 Feb 2054")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "HTML-only Level 2 step-down with the children, meeting and lead practitioner in tables; complete (date, time, "
        "venue, named lead practitioner with agency, three headings). Notice ACROSS CHRISTMAS: Thu 20 Dec -> Mon 31 Dec "
        "is 7 plain weekdays, 5 working days once 25 and 26 Dec are excluded -> exactly 5 -> ok -> book_meeting.",
        meeting=date(2063, 12, 31), not_children=["Craig Bellamy", "Hannah Brogan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2063-12-20 09:12:41"
    ack = ack_text("step-up", "SB-knowsley-5388", ["Case: EHM-84417", "Children: Kai Fairclough, Ellie-Mai Fairclough",
                                                    "Step-up TAF meeting: Thu 27 Dec 2063 10:00"],
                   ["notice: 4 working days given before the step-up TAF meeting; at least 5 are required"])
    body = T("""
Hiya,

Thanks - understood about the notice. We've moved the step up TAF for Kai Fairclough and Ellie-Mai Fairclough (EHM-84417) to Wednesday 2nd January at 10am, same venue, and I've re-sent the invite to the MASH inbox and business support. Lorna (dad's advocate) can still come.

Rebecca

Rebecca Yates | Family First Case Manager | Knowsley Council | 0151 496 0129

On Wed, 19 Dec 2063 at 11:31, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    top = plain_top(f, addr("Rebecca Yates", "Rebecca.Yates@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-5388]", when, KDOM, "Android Mail 21.3", cc=KBS)
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-84417"],
        [ch("Kai Fairclough"), ch("Ellie-Mai Fairclough")],
        [], None, None, [], None, "attach_to_request",
        "Android reply to [SB-knowsley-5388] (knowsley_02's acknowledgement quoted under '>') moving the TAF past "
        "New Year: a follow_up, which has no requirements or notice rule -> attach_to_request.",
        not_children=["Rebecca Yates", "Lorna Pickavance"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2063-10-08 07:30:00"
    text = T("""
KNOWSLEY PARENT CARER FORUM - AUTUMN NEWSLETTER 2063

1. Short breaks: the emergency respite pilot
From November, families of disabled children who reach crisis point can ask for up to three nights of emergency respite at Oakfield House. Ask your social worker or Family First case manager.

2. Training for professionals: "What does risk look like when a child can't tell you?"
A half-day course for practitioners working with non-verbal children, run with the MASH. It covers recognising a safeguarding concern, unexplained injuries in children who self-injure, and what to do if a child is in danger (999, then MASH). All case studies are fictional.

3. Members' stories
"Two years ago I didn't know where to turn when my son's seizures got worse. The forum got me to the right people." (shared with permission - the family are now well supported)

4. Dates
Coffee morning, Tuesday 6 November, Huyton Library. Annual meeting, Thursday 29 November, Kirkby Suite.

You are receiving this because you subscribed to the Knowsley Parent Carer Forum mailing list.
Unsubscribe: https://lists.knowsleypcf.example/unsubscribe
""")
    top = [("From", "Knowsley Parent Carer Forum <news@lists.knowsleypcf.example>"), ("To", KMASH),
           ("Subject", "Autumn newsletter: emergency respite pilot, training and dates"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.knowsleypcf.example")),
           ("List-Id", "Knowsley PCF news <news.lists.knowsleypcf.example>"),
           ("List-Unsubscribe", "<https://lists.knowsleypcf.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a parent-carer forum newsletter (List-Id, List-Unsubscribe) with 'emergency respite', 'risk', "
        "'safeguarding concern', 'in danger (999)' and a member's past story shared with permission - no real child "
        "now -> other, human_review.")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2063-09-11 11:02:18"
    body = T("""
Dear MASH colleagues,

Following discussion with Pippa Lawal (Early Help Practitioner) this morning, I have agreed to step the Whitlock family up to Children's Services. Mosaic ID 3840219.

Children:
Ezra Whitlock, DOB 19/07/2053
Isabelle Whitlock, DOB 08/12/2057

The case summary is attached.

Rationale for step up
Since June the police have been called to the home twice after arguments between Ms Whitlock and her partner, Mr Dale Cutler, whose drinking has increased to most days. Ezra (10) told his teacher that he takes Isabelle into the wardrobe "when they start". Ms Whitlock's IDVA, who has supported her since July, says the arguments are getting more frequent and that Ms Whitlock minimises them. The Early Help plan has not been able to change this and we think a statutory assessment is needed.

Ms Whitlock has agreed to the step up, and her IDVA supports it.

Pippa will attend the case discussion with me.

Kind regards,
Ruth Adeyemi
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils
020 7946 0528

""") + RDISC
    atts = [docx_att("Case Summary - Whitlock - 3840219.docx", [
        "# Case summary", "Family: Whitlock. Mosaic ID 3840219.",
        "Household: Kirsty Whitlock (mother); Dale Cutler (mother's partner); Ezra Whitlock (10); Isabelle Whitlock (5).",
        "Early Help involvement since 02/2063: TAF with school, health visitor and the IDVA service.",
        "Police call-outs: 14/06/2063 and 22/08/2063 (verbal arguments, no arrests).",
        "Current position: partner's drinking; children witnessing arguments; mother minimising."])]
    top = outlook_top(f, addr("Adeyemi, Ruth", "Ruth.Adeyemi@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Whitlock family - Mosaic 3840219", when, cc=addr("Lawal, Pippa", "Pippa.Lawal@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3840219"],
        [ch("Ezra Whitlock", "2053-07-19", "19/07/2053"), ch("Isabelle Whitlock", "2057-12-08", "08/12/2057")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (she agreed it herself): case summary "
        ".docx attached, rationale under its own heading; consent stated; the IDVA is a supporter, not a requester. "
        "'Mosaic ID 3840219' -> the bare number -> book_meeting.",
        docs={"case_summary", "rationale"}, not_children=["Kirsty Whitlock", "Dale Cutler", "Pippa Lawal", "Ruth Adeyemi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2063-11-16 14:12:09"
    body = T("""
Dear colleagues,

I'm not sure this is the right address - it was the one on the council website for children's services. I am a caseworker for Helen Ashworth MP.

Mrs Doreen Fitch came to Helen's advice surgery in Roehampton this morning about her housing. At the end she told me something about her granddaughter that I think your team should hear today rather than in our usual letter to the council.

Her granddaughter is Kimberley Fitch (DOB: 02.05.2051), who lives with her mother in Roehampton and goes to Roehampton Vale Academy. Kimberley stayed with Mrs Fitch last night and told her that her mum's boyfriend, a man called Craig, comes into her bedroom at night, touches her under her pyjamas and has told her it is their secret. Kimberley begged her grandmother not to make her go back.

Mrs Fitch has to take Kimberley back to her mother's at 5pm today because her mother is insisting, and Craig will be there. Mrs Fitch has not told the police. She gave me her mobile number for you: 07700 900731.

Our ref: FIT/11/63

With best wishes,
Tom Ellery
Senior Caseworker | Office of Helen Ashworth MP (Putney and Roehampton)
020 7946 0915

This email is intended for the addressee only. Constituency correspondence is handled in line with the MP's privacy notice.
""")
    top = outlook_top(f, addr("ELLERY, Tom", "tom.ellery@mp-office.example"), addr(None, RSU),
                      "Constituent's granddaughter - Kimberley Fitch (our ref FIT/11/63)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kimberley Fitch", "2051-05-02", "02.05.2051")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 from an MP's caseworker in measured office prose: a 12-year-old told her grandmother that her "
        "mother's boyfriend touches her at night, and she is being taken back to that house at 5pm today -> urgent, "
        "other (no request). The MP's reference is not a case id.",
        not_children=["Doreen Fitch", "Tom Ellery", "Helen Ashworth"],
        how="through an MP's caseworker passing on a grandmother's account after a surgery, in formal office prose")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2063-09-26 16:25:50"
    inner = T("""
Dear Member Enquiries,

My resident Ms Carla Briggs is very upset that her Early Help referral, made by her son's school in July, has still not been allocated. Her son Tyler Briggs (9) has autism; she is struggling with his sleep and his meltdowns after school, and the school has applied for an EHC needs assessment. She works part time and says she is at risk of losing her job because of the number of calls from school.

She also asked me to raise that in 2061 the family had a social worker after Tyler went missing from the house for an afternoon and was found by the police near the common. That was closed the same year and she is clear there has been nothing like it since. She does not want that held against her now.

Please can you let me know when she will be allocated an Early Help worker? She is not in crisis - she just needs some help.

Cllr Bernadette Okwu
Thamesfield Ward
""")
    body = T("""
Hi Early Help Duty,

Please see the member enquiry below from Cllr Okwu (ref ME-2063-4471). Could you let us have a response we can send to the councillor within 10 working days?

Many thanks,
Danuta Sikora
Member Enquiries Officer | Richmond and Wandsworth Councils
""") + quote("Cllr Bernadette Okwu <cllr.okwu@councillors.example>", "26 September 2063 12:08",
             "Member Enquiries <member.enquiries@richmondandwandsworth.gov.uk>", "Early Help referral - Ms Briggs", inner) + "\n" + RDISC
    top = outlook_top(f, addr("Sikora, Danuta", "Danuta.Sikora@" + RDOM), addr("Early Help Duty", RED),
                      "FW: Member enquiry ME-2063-4471 - Early Help referral - Ms Briggs", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Tyler Briggs")],
        ["disability_send"], None, None, [], None, "human_review",
        "Near miss: a councillor's member enquiry about an unallocated Early Help referral; 'went missing ... found by the "
        "police' is HISTORIC (2061, closed, nothing since), 'at risk of losing her job' is about the adult, 'not in "
        "crisis'. Current need is the child's autism -> disability_send; other, human_review. ME-2063-4471 is not a case id.",
        not_children=["Carla Briggs", "Bernadette Okwu", "Danuta Sikora"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2063-11-05 10:31:12"
    fwd = T("""
---------- Forwarded message ---------
From: Kiran Bhatt <k.bhatt@bhattlowe-solicitors.example>
Date: Fri, 2 Nov 2063 at 16:20
Subject: Mrs S Qureshi - consent to Early Help
To: Imani Sorensen <Imani.Sorensen@richmondandwandsworth.gov.uk>

Dear Ms Sorensen,

I confirm that I took instructions from Mrs Qureshi this afternoon. She consents to her family's case being stepped down to Early Help, and to information being shared with the Early Help service for that purpose.

Kind regards,
Kiran Bhatt
Solicitor | Bhatt & Lowe Solicitors
020 7946 0470
""")
    text = T("""
Hi Early Help Duty,

Step down request for the Qureshi children:

Ayaan Qureshi - DOB 17 March 2050 - Mosaic 3826614
Zainab Qureshi - DOB 5 October 2058 - Mosaic 3826615

As agreed with the Early Help duty team manager on the phone this morning, the step down case discussion is on Thursday 8 November at 2pm at Wandsworth Town Hall (Room B4). The case summary and the draft Early Help plan are attached.

The CIN plan was put in place during the parents' divorce; the family court proceedings have now finished and the children live with mum. What we are still working on is Ayaan's attendance (90%).

Consent: Mrs Qureshi prefers to deal with us through her solicitor, who has confirmed her consent in writing - forwarded below.

Thanks,
Imani

Imani Sorensen
Social Worker | Family Support and Child in Need (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0603

""") + fwd
    atts = [pdf_att("Case summary - Qureshi - Nov 2063.pdf", "Case summary", [
                "Family: Qureshi. Mosaic 3826614, 3826615.",
                "CIN plan since 03/2063 during private law proceedings (now concluded). Children live with mother.",
                "Recommendation: step down to Early Help; remaining need: Ayaan's school attendance."]),
            docx_att("Draft Early Help plan - Qureshi.docx", [
                "# Draft Early Help plan", "Family: Qureshi", "Outcome 1: Ayaan's attendance above 95% by February.",
                "Outcome 2: Zainab settled in Reception.", "Outcome 3: mum linked with the family hub's parenting group."])]
    top = plain_top(f, addr("Imani Sorensen", "Imani.Sorensen@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Qureshi - case discussion Thu 8 Nov 2pm", when, RDOM)
    add(f, gmail_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3826614", "3826615"],
        [ch("Ayaan Qureshi", "2050-03-17", "17 March 2050"), ch("Zainab Qureshi", "2058-10-05", "5 October 2058")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (case summary .pdf, draft plan .docx) with CONSENT CONFIRMED BY THE "
        "MOTHER'S SOLICITOR in a Gmail-forwarded email; the case discussion agreed for Thu 8 Nov is within 5 days of the "
        "contact -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Kiran Bhatt", "Imani Sorensen"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2063-12-10 15:31:27"
    inner = T("""
Complaint form - Stage 1 (received online 10/12/2063 14:50)
Name: Darren Lennox
Your case number (if known): 3791550
Service complained about: Children's Social Care - Family Support (Richmond)

1. I want to complain about the social worker for my girls Isla Lennox and Poppy Lennox. She has not returned one of my calls since October.
2. She cancelled my contact review twice with no reason.
3. Nobody told me the CIN meeting was moved.
4. And while she ignores me, my ex Shannon has moved her new fella Wayne Tasker into the house. I asked the police about him under Sarah's Law in October and they told me he has convictions for sexual offences against children. Shannon is on nights at the hospital all this week and he is babysitting Isla and Poppy on his own from 7 tonight. I told Shannon what the police said and she said I'm just jealous.
5. I want a new social worker.
""")
    body = T("""
Hi MASH,

We logged the Stage 1 complaint below at 14:50 today (our ref CF/2063/1187). Most of it is about the allocated social worker's communication and will go to the Family Support team manager to answer in the usual way, but paragraph 4 looks like one for you to see today. We have not replied to Mr Lennox yet.

Kind regards,
Yvette Sandhu
Complaints Officer | Complaints and Feedback Team | Richmond and Wandsworth Councils
020 7946 0152
""") + quote("Online forms <noreply.forms@richmondandwandsworth.gov.uk>", "10 December 2063 14:50",
             "Complaints and Feedback <complaints@richmondandwandsworth.gov.uk>",
             "New complaint CF/2063/1187 - Children's Social Care", inner) + "\n" + RDISC
    top = outlook_top(f, addr("Sandhu, Yvette", "Yvette.Sandhu@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: New complaint CF/2063/1187 - Children's Social Care", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, ["3791550"],
        [ch("Isla Lennox"), ch("Poppy Lennox")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 buried in paragraph 4 of a forwarded Stage 1 complaint: a man the police disclosed has convictions "
        "for sexual offences against children is babysitting the two girls alone from 7 tonight -> urgent, other. "
        "'Your case number (if known): 3791550' -> '3791550'; the complaints ref is not a case id.",
        not_children=["Darren Lennox", "Shannon", "Wayne Tasker", "Yvette Sandhu"],
        how="buried in paragraph 4 of a complaint forwarded by the complaints team with a one-line pointer")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2063-10-04 12:47:03"
    body = T("""
Dear MASH,

I have agreed to step Jayden Almeida up to Children's Services. Mosaic ID 3844107.

Jayden Almeida - DOB 12/10/2049

Rationale for step up
Ms Almeida stopped engaging with the Early Help plan in July: she has missed the last four TAF meetings and has not answered calls, texts or letters from the practitioner, the school or the youth worker. Jayden's attendance has fallen to 61% this term and he has not been seen by any professional outside school since the summer. Without his mother's involvement the plan cannot progress, and we think an assessment is needed.

For context, because you may see it on the file: the family's MP wrote to the Director in September saying the school "left Jayden in danger" on a Year 8 trip to Brighton in June, when he was separated from the group for 40 minutes. The school's investigation found he came to no harm, and the MP's office has accepted the outcome. It is not part of this step up.

The case summary will follow on Monday - our business support are updating it.

I have not yet told Ms Almeida about the step up; I will write to her this afternoon.

Regards,
Marcus Fenwick
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0786

""") + RDISC
    top = outlook_top(f, addr("Fenwick, Marcus", "Marcus.Fenwick@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Jayden Almeida - Mosaic 3844107", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 8,
        "near_miss", "step_up", False, None, ["3844107"],
        [ch("Jayden Almeida", "2049-10-12", "12/10/2049")],
        ["non_engagement", "school_attendance"], None, True, ["case_summary"], None, "request_info",
        "Near miss: an MP's letter saying the school 'left Jayden in danger' is about a June trip, investigated, no harm, "
        "outcome accepted. Richmond & Wandsworth step-up from the EH Team Manager with the rationale pasted but the case "
        "summary 'will follow' -> missing case_summary -> request_info; mum not told yet (consent null).",
        docs={"rationale"}, not_children=["Marcus Fenwick"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2063-11-06 09:20:11"
    data = google_reply(f, when, ("Marguerite Oyelowo", "marguerite@familyadvocacy-sw.example"),
                        ("Early Help Duty", RED), "ACCEPTED",
                        "Step-down case discussion - Qureshi [SB-richmond_wandsworth-3120]",
                        "20631108T140000Z", "20631108T150000Z", "Wandsworth Town Hall, Room B4",
                        "Thu 8 Nov 2063 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from the mother's independent advocate for "
        "richmond_wandsworth_04's step-down case discussion -> meeting_reply, record_reply.",
        not_children=["Marguerite Oyelowo"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2063-10-24 16:02:44"
    body = T("""
Thank you for contacting the office of Helen Ashworth MP. This office is closed for the half-term recess and reopens on Monday 29 October. Your email has been logged.

Please note that the MP cannot intervene in court proceedings or in individual child protection decisions.

If your enquiry concerns a child at immediate risk of harm, please call 999 or contact your local council's children's services (out of hours: the Emergency Duty Team). For urgent housing emergencies, contact your council's housing options service.

Office of Helen Ashworth MP (Putney and Roehampton)
""")
    data = ooo(f, when, ("Office of Helen Ashworth MP", "helen.ashworth.office@mp-office.example"), addr("Early Help Duty", RED),
               "RE: Member of Parliament enquiry - Briggs family [SB-richmond_wandsworth-3077]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: an MP's office out-of-office (Auto-Submitted: auto-replied) whose boilerplate says 'child at "
        "immediate risk of harm', '999' and 'urgent housing emergencies' -> auto_reply, ignore (safety rule 2), never urgent.",
        not_children=["Helen Ashworth"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2063-10-02 10:18:40"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step the Talukdar family up from Early Help to Children's Social Care (Mosaic 4510338).

Ishaq Talukdar - DOB 23-05-2051
Maryam Talukdar - DOB 11-01-2056

Mrs Talukdar has had severe depression since the summer and is in bed most days. Ishaq (12) does the shopping and cooking, gives his mother her tablets and gets Maryam ready for school every morning. The TAF plan (carers' support, a young carers' group place for Ishaq, GP review for mum) has not shifted things, and Mrs Talukdar has twice told the GP she "can't go on like this".

Mr Talukdar has consented to the MAST referral. His employer, a restaurant on Brick Lane, has written a letter supporting his request to work fewer evening shifts so he can be at home more; it is attached for context.

My team manager, Joseph Adebanjo, has read the MARF and agreed the step up (copied in).

Kind regards,
Farhana Miah
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0847

""") + TDISC
    atts = [marf("MARF - Talukdar - Mosaic 4510338.pdf", "Talukdar", [
                "Mosaic 4510338. Referrer: Farhana Miah, Early Help Practitioner.",
                "Children: Ishaq Talukdar 23-05-2051; Maryam Talukdar 11-01-2056.",
                "Reason for request: mother's severe depression; Ishaq caring for his mother and sister.",
                "Parental consent: Mr Talukdar, 01/10/2063. Manager agreement: Joseph Adebanjo, Team Manager, 02/10/2063."]),
            pdf_att("Letter from employer - Mr Talukdar.pdf", "Letter of support", [
                "To whom it may concern. Mr Abdul Talukdar has worked for us as a chef since 2058.",
                "We support his request to reduce his evening shifts so that he can care for his family.",
                "Signed: Manager, Spice Quarter Restaurant, Brick Lane, London E1."])]
    top = outlook_top(f, addr("Miah, Farhana", "Farhana.Miah@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - Talukdar family (Mosaic 4510338)", when,
                      cc=addr("Adebanjo, Joseph", "Joseph.Adebanjo@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["4510338"],
        [ch("Ishaq Talukdar", "2051-05-23", "23-05-2051"), ch("Maryam Talukdar", "2056-01-11", "11-01-2056")],
        ["parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF .pdf attached, manager's agreement stated with the manager copied, "
        "consent given; the father's employer's letter is context -> book_meeting. DOBs written dd-mm-yyyy.",
        docs={"request_for_support"}, not_children=["Abdul Talukdar", "Farhana Miah", "Joseph Adebanjo"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2063-11-14 14:36:22"
    body = T("""
Dear Early Help Hub,

Please find attached the English translation of the handwritten letter in Bengali that your colleague Sadia Khanom sent to us at 10:52 today (job TR-63-22817, one page, standard turnaround).

Translator's notes are in square brackets. The original scan is returned with the translation for your records. Our invoice will follow under your purchase order.

Kind regards,
Joanne Pellow
Project Coordinator | LinguaBridge Translations
020 7946 0388 | projects@linguabridge.example
""")
    atts = [pdf_att("TR-63-22817 Translation EN.pdf", "Translation from Bengali into English - job TR-63-22817", [
        "Source: handwritten letter, one page, in Bengali with some Sylheti words. Translator: Mahmuda Karim.",
        "[The letter is not dated. Per the client, it was handed in at the Early Help Hub reception this morning.]",
        "",
        "To the Early Help office.",
        "My name is Rupa Begum. I live with my husband Jamal Uddin and my children Tahmina Uddin (8 years) and",
        "Arif Uddin (5 years). I am writing this in the school office because I cannot write it at home.",
        "Since the summer my husband locks the door when he goes to work and takes my phone.",
        "On Sunday he hit Arif with his belt because Arif wet the bed. Arif has marks on his legs.",
        "Last night he held Tahmina's hand on the cooker [the word used is 'chula', a cooking stove] because she",
        "talked to her teacher in English about our home. Her hand has a burn and she is hiding it.",
        "He says tonight when he comes back from work he will take Tahmina to his brother in Birmingham and I will",
        "never see her again.",
        "Please help me today. I cannot go back to the flat with the children after school.",
        "Rupa Begum",
        "",
        "[Translator's certificate: I certify that this is a true and accurate translation of the original.]"])]
    top = outlook_top(f, addr("Joanne Pellow", "projects@linguabridge.example"), addr("Early Help Hub", TEH),
                      "Translation completed - job TR-63-22817 (Bengali > English)", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Tahmina Uddin"), ch("Arif Uddin")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 ONLY IN THE ATTACHED TRANSLATION: the covering note is a routine 'job completed' from a "
        "translation agency; the mother's letter, handed in this morning, says the father burned the 8-year-old's hand "
        "on the stove last night, beat the 5-year-old with a belt and will take the girl away tonight -> urgent, other. "
        "The job number is not a case id.",
        not_children=["Rupa Begum", "Jamal Uddin", "Sadia Khanom", "Joanne Pellow", "Mahmuda Karim"],
        how="only in the attached PDF translation of a mother's letter; the covering email is a routine job notice")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2063-11-30 13:22:05"
    ack = ack_text("step-up", "SB-tower_hamlets-6841", ["Children: Reuben Mensah, Kojo Mensah", "Mosaic ID 4507719",
                                                         "MAST multi-agency discussion: to be booked"], [])
    inner = T("""
Hi Lewis,

I saw Reuben at school this morning for our advocacy session about the step-up meeting. He asked me to pass this on to you but not to his mum yet.

He says the older boys he has been "holding stuff" for at the flat on Commercial Road told him yesterday that he owes them £400 because a package went missing, and that he is going with them on the train to Southend after school today to "work it off". They told him that if he isn't at Limehouse station at 4 they will "do" his little brother on his way home from school.

Reuben was shaking. He is in lessons until 3.10.

Bethany Ndlovu
Children's Advocate | Tower Hamlets Children's Rights Service
07700 900623
""")
    body = T("""
Hi MAST,

The school chronology you asked for on the step up for Reuben Mensah and Kojo Mensah is attached.

Also - Reuben's advocate emailed me at lunchtime, forwarded below. I'm in a conference until 3.

Lewis

Lewis Abara
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0731
""") + quote("Bethany Ndlovu <b.ndlovu@thchildrensrights.example>", "30 November 2063 12:41",
             "Abara, Lewis <Lewis.Abara@towerhamlets.gov.uk>", "Reuben - today", inner) + \
        quote("MAST <MAST@towerhamlets.gov.uk>", "26 November 2063 10:02", "Abara, Lewis <Lewis.Abara@towerhamlets.gov.uk>",
              "Step-up request received [SB-tower_hamlets-6841]", ack) + "\n" + TDISC
    atts = [pdf_att("School chronology - Reuben Mensah.pdf", "Bow Secondary School - chronology", [
        "Reuben Mensah, Year 9. Prepared by the DSL for the MAST discussion.",
        "09/2063: attendance 83%; two late returns from lunch. 10/2063: seen with older youths at the gates (reported).",
        "11/2063: new trainers and a second phone; says they are from a cousin."])]
    top = outlook_top(f, addr("Abara, Lewis", "Lewis.Abara@" + TDOM), addr("MAST", TMAST),
                      "RE: Step-up request received [SB-tower_hamlets-6841]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["4507719"],
        [ch("Reuben Mensah"), ch("Kojo Mensah")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED part of a follow-up that mainly sends a document: the child's advocate reports "
        "that older boys are taking a 14-year-old to Southend at 4 today to 'work off' a drug debt and threaten his "
        "brother -> urgent follow_up to SB-tower_hamlets-6841; 'Mosaic ID 4507719' from the quoted acknowledgement.",
        docs=set(), not_children=["Bethany Ndlovu", "Lewis Abara"],
        how="in a forwarded email from the child's independent advocate, under a covering note that sends a chronology")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2063-09-03 14:40:00"
    body = T("""
Hello Early Help Hub,

I am stepping the Novak family down from Child in Need to a TAF plan. The Child and Family Assessment concluded on 31/08/2063; the assessment and draft TAF plan are attached.

Amelia Novak - 07/08/2051 - Mosaic 4498801
Jakub Novak - 19/12/2055 - Mosaic 4498802

Consent: Mrs Novak consented to the step down at the final CIN review on 29/08/2063 (Polish interpreter present).
Lead practitioner: Ms Renata Wolska, Family Support Worker, Cubitt Town Primary School, has agreed to be lead practitioner.
TAF meeting: Thursday 13 September 2063, 09:30, Cubitt Town Primary School - I will chair.

The remaining need is Mrs Novak's anxiety and isolation; she has started counselling.

Two things you may see on the file, neither of them current:
- A Healthwatch Tower Hamlets report on Mrs Novak's complaint that the GP surgery "neglected" Jakub's asthma referral for five months. Healthwatch found the failings were the surgery's, not the family's, and the referral has now been made.
- The 2062 section 47 enquiry about a bruise on Jakub's arm found it came from a fall at nursery that staff saw. No further action.

Many thanks,
Sophie Lindqvist
Social Worker | Children and Families Service | Tower Hamlets Council
020 7946 0219

""") + TDISC
    atts = [pdf_att("C&F Assessment - Novak.pdf", "Child and Family Assessment - Novak", [
                "Mosaic 4498801 / 4498802. Assessment concluded 31/08/2063.",
                "Outcome: statutory involvement not required; step down to a TAF plan with a lead practitioner.",
                "Mother's anxiety improving with counselling; children well cared for."]),
            docx_att("Draft TAF plan - Novak.docx", [
                "# Draft TAF plan", "Family: Novak", "Lead practitioner: Renata Wolska (Cubitt Town Primary School)",
                "Goal 1: Mrs Novak continues counselling and joins the parents' group.", "Goal 2: Jakub's asthma plan in school."])]
    top = outlook_top(f, addr("Lindqvist, Sophie", "Sophie.Lindqvist@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Novak - TAF Thu 13/09", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["4498801", "4498802"],
        [ch("Amelia Novak", "2051-08-07", "07/08/2051"), ch("Jakub Novak", "2055-12-19", "19/12/2055")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: 'neglected' is Healthwatch's finding about a GP SURGERY, and the bruise is a 2062 s47 closed NFA "
        "(a witnessed fall). Complete Tower Hamlets step-down: C&F assessment, draft TAF plan, consent, lead "
        "practitioner with agency; TAF Thu 13 Sep within 10 WD of 31 Aug -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Renata Wolska", "Sophie Lindqvist"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2063-11-22 11:55:31"
    body = T("""
Good morning,

Step down request - Farah family, Mosaic 4503362.

Yasmin Farah (DOB 2050-02-14)
Idris Farah (DOB 2054-09-30)

The Child and Family Assessment concluded on 19/11/2063 that statutory involvement is no longer needed. What remains is Yasmin's attendance (84%). The assessment and a draft TAF plan are attached.

Lead practitioner: Ms Joy Ikwuemesi, Learning Mentor, Bow School, has agreed to be lead practitioner.

Consent: Mr Farah has declined Early Help. His solicitor, Ms Nadia Quereshi of Quereshi Legal, wrote on 20 November to confirm that he does not consent to a referral to Early Help or to information being shared. I would welcome the Hub's advice on next steps.

Kelvin Osei-Bonsu
Social Worker | Children and Families Service | Tower Hamlets Council
""") + "\n" + TDISC
    atts = [pdf_att("CFA Farah 4503362.pdf", "Child and Family Assessment", [
                "Farah family, Mosaic 4503362. Concluded 19/11/2063.",
                "Outcome: step down to Early Help recommended; father does not consent."]),
            docx_att("TAF plan draft - Farah.docx", ["# TAF plan (draft)", "Family: Farah",
                                                    "Yasmin: attendance plan with Bow School.", "Idris: after-school club."])]
    top = outlook_top(f, addr("Osei-Bonsu, Kelvin", "Kelvin.Osei-Bonsu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Farah - 4503362", when)
    add(f, mail(f, top, body, atts, cte="base64"), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["4503362"],
        [ch("Yasmin Farah", "2050-02-14", "2050-02-14"), ch("Idris Farah", "2054-09-30", "2054-09-30")],
        ["school_attendance"], False, None, ["consent"], None, "request_info",
        "Base64 text body: Tower Hamlets step-down with assessment, draft plan and a named lead practitioner, but the "
        "father has DECLINED, confirmed by his solicitor -> consent false, missing consent -> request_info. DOBs in ISO form.",
        docs={"assessment", "draft_plan"}, not_children=["Nadia Quereshi", "Joy Ikwuemesi", "Kelvin Osei-Bonsu"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2063-10-28 19:48:10"
    text = T("""
Hi, sorry I don't know who else to send this to, I found this email on a letter in Amy's bag.

I'm writing for my friend Amy Clarke, her phone is dead and she's in a state. She turned up at mine in Bow at 6 tonight with the baby, Freddie Clarke (6 months). Her partner Dean threw them out after a row.

Her son Mason Clarke (11) is still at the flat on Roman Road with Dean. At quarter past 7 Dean sent Amy a photo of Mason with blood on his forehead and the message "look what you made me do, come and get him if you want him".

Amy says Dean has hit her loads of times but never Mason before. She is too scared to go back and won't ring the police because Dean says he'll do Mason worse if she does.

Please can someone ring me, 07700 900448.

Rachel Osei

Sent from my iPhone
""")
    top = plain_top(f, addr("Rachel Osei", "rachel.osei88@mailbox.example"), addr(None, TEH),
                    "Amy and her boy Mason", when, "mailbox.example", "iPhone Mail (23A341)")
    add(f, apple_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Freddie Clarke"), ch("Mason Clarke")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Sunday evening (the first evening of GMT, +0000), from the mother's friend on an iPhone "
        "(format=flowed): an 11-year-old is alone with the mother's violent partner, who has just sent a photo of the "
        "boy bleeding -> urgent, other (out of hours: EDT).",
        not_children=["Amy Clarke", "Dean", "Rachel Osei"],
        how="plainly, from the mother's friend writing on her behalf from a phone, out of hours")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2063-09-11 08:47:36"
    data = outlook_itip_reply(f, when, ("Grace Mutasa", "g.mutasa@cubitttown.example"), ("Early Help Hub", TEH),
                              "DECLINED", "TAF meeting - Novak [SB-tower_hamlets-6512]", "20630913T093000",
                              "20630913T103000", "Cubitt Town Primary School, Meeting Room 1",
                              "Sorry - I'm on a DSL refresher course that morning. Ms Wolska will attend for the school.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED with a routine COMMENT, from the school's DSL for tower_hamlets_04's "
        "TAF meeting -> meeting_reply, record_reply.", not_children=["Grace Mutasa", "Renata Wolska"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2063-12-07 16:05:33"
    ack = ack_text("step-down", "SB-tower_hamlets-6903", ["Mosaic ID 4503362", "Children: Yasmin Farah, Idris Farah"],
                   ["consent (the parent's consent to Early Help)"])
    body = T("""
Hi Hub,

Good news on the Farah step down (Yasmin Farah and Idris Farah): Mr Farah has changed his mind. His solicitor wrote this morning to withdraw the objection, and he signed the consent form with me this afternoon - attached, with the minutes of Tuesday's CIN review.

One thing in the minutes to explain before anyone reads it the wrong way: the "attack" under item 3 is the neighbour's dog attacking the family's cat in the garden. The cat was badly injured and had to be put down. The children were upset but not hurt, and the neighbour has since rehomed the dog.

Thanks,
Kelvin

Kelvin Osei-Bonsu | Social Worker | Tower Hamlets Council
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "22 November 2063 12:03",
             "Osei-Bonsu, Kelvin <Kelvin.Osei-Bonsu@towerhamlets.gov.uk>",
             "Step-down request received [SB-tower_hamlets-6903]", ack) + "\n" + TDISC
    atts = [pdf_att("Consent form signed - Farah.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared for that purpose.",
                "Signed: Hassan Farah (father). Date: 07/12/2063."]),
            docx_att("CIN review minutes 04.12.2063 - Farah.docx", [
                "# CIN review - minutes", "Farah family, Mosaic 4503362. 04/12/2063.",
                "Item 3: attack by the neighbour's dog on the family cat in the garden; cat put down; children unhurt.",
                "Item 4: Yasmin's attendance 86% and rising."])]
    top = outlook_top(f, addr("Osei-Bonsu, Kelvin", "Kelvin.Osei-Bonsu@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down request received [SB-tower_hamlets-6903]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["4503362"],
        [ch("Yasmin Farah"), ch("Idris Farah")],
        [], True, None, [], None, "attach_to_request",
        "Near miss: the 'attack', 'badly injured' and 'put down' are about a PET (the neighbour's dog and the family's "
        "cat); the children were not hurt. A follow_up to SB-tower_hamlets-6903 (tower_hamlets_05's family) bringing "
        "the signed consent -> consent true, attach_to_request.",
        not_children=["Hassan Farah", "Kelvin Osei-Bonsu"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2063-09-18 10:05:16"
    body = T("""
Hello Early Help,

Please could I have a triage slot to step the Shute family down to Early Help at level 3 (LCS-3304418).

Daisy Shute - DOB 15th January 2057
Alfie Shute - DOB 3rd April 2060 (he is 3, so I understand this goes to the under-5s triage)

The Single Assessment is attached with my team manager's analysis. Ms Shute's low mood since the children's father left has improved with her GP's help. What is still needed is support with Daisy's attendance (89%) and help to settle Alfie into his nursery place. Ms Shute's employer at the care home has agreed school-hours shifts from October.

Ms Shute has consented to Early Help, and my team manager, Gareth Pollard, has agreed the step down.

Thanks,
Morwenna Trist
Social Worker | Safeguarding Team 3 | Torbay Council
01632 960318

""") + BDISC
    atts = [pdf_att("Single Assessment - Shute - LCS-3304418.pdf", "Single Assessment", [
        "Family: Shute. LCS-3304418. Children: Daisy Shute, Alfie Shute.",
        "Outcome: step down to Early Help (level 3).",
        "Team manager's analysis (Gareth Pollard): needs can be met by a targeted Early Help plan; agreed."])]
    top = outlook_top(f, addr("Trist, Morwenna", "Morwenna.Trist@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Shute - LCS-3304418", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3304418"],
        [ch("Daisy Shute", "2057-01-15", "15th January 2057"), ch("Alfie Shute", "2060-04-03", "3rd April 2060")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment with the team manager's analysis, consent, manager agreed); "
        "Alfie is 3 -> the fortnightly under-5s triage -> book_meeting. Ordinal DOBs.",
        docs={"assessment"}, not_children=["Morwenna Trist", "Gareth Pollard"])

def torbay_02():
    f = "torbay_02.eml"; when = "2063-09-28 16:41:27"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear MASH,</p>
<p>The feedback below was submitted through our online &quot;Share your experience&quot; form at 16:18 today. Healthwatch Torbay is not a children's service; under our information-sharing policy we pass on anything that suggests a child may be harmed. We have not contacted the young person.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Field</th><th align="left">Response</th></tr>
<tr><td>Reference</td><td>HWT-FB-20631</td></tr>
<tr><td>Name (optional)</td><td>Ellie Harvey</td></tr>
<tr><td>Date of birth (optional)</td><td>09/06/2048</td></tr>
<tr><td>Service</td><td>GP surgery, Paignton</td></tr>
<tr><td>Tell us about your experience</td><td>I went to the doctors today because my arm hurts. Its swollen and I cant move my wrist. I said I fell off my bike but thats not true, my stepdad Lee twisted it behind my back on Wednesday because I came in late. The doctor said I need an x ray at the hospital but mum wouldnt take me because Lee said they'll ask questions. Lee is home tonight and he said if I tell anyone I'll get worse than that. I don't want to go home tonight but I've got nowhere else. My little sister Chloe Harvey is 7 and he shouts at her too.</td></tr>
<tr><td>How did it make you feel?</td><td>Scared</td></tr>
<tr><td>Can we contact you?</td><td>Yes - email only (not mum's phone)</td></tr>
</table>
<p>Kind regards,<br>Jess Pengelly<br>Engagement Officer | Healthwatch Torbay<br>01632 960703</p>
</body></html>
""")
    top = outlook_top(f, addr("Healthwatch Torbay", "info@healthwatchtorbay.example"), addr("MASH", BMASH),
                      "Feedback passed on under our information-sharing policy - HWT-FB-20631", when)
    add(f, html_only(f, top, h), "torbay", "mash_step_up", when, 6,
        "urgent", "other", True, None, [],
        [ch("Ellie Harvey", "2048-06-09", "09/06/2048"), ch("Chloe Harvey")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a 15-year-old's own words inside an HTML-only Healthwatch feedback table: her stepfather "
        "twisted her arm (swollen, untreated, hospital x-ray refused), he is home tonight and has threatened worse -> "
        "urgent, other, Friday 16:41. The Healthwatch reference is not a case id.",
        not_children=["Lee", "Jess Pengelly"],
        how="in a young person's own words in a Healthwatch feedback form, passed on in an HTML table")

def torbay_03():
    f = "torbay_03.eml"; when = "2063-11-06 11:27:45"
    text = T("""
Contact to MASH / step up - Jax Hooper, DOB 01.03.2059, EHM-872204.

Mum (Kerry Hooper) consents to the contact. Silas (my ATM) agreed it on the phone 5 mins ago.

Home visit at 10.30 today: Jax has two black eyes, both yellow-purple, and a healing split lip. Mum says he fell off the bunk bed on Saturday. Mum's partner Kyle Denning says he "walked into a door". Jax didn't say a word the whole visit and flinched when Kyle came into the room.

Mum's friend from the bakery where she works rang me last Thursday to say Kyle "loses it" when Jax wets himself.

Nursery won't take Jax back until a GP has seen the eye. Mum starts work at 1, so Jax is at home with Kyle this afternoon. I'm in my car outside.

Lowenna Hocking
Family Intervention Worker | Torbay Early Help
01632 960436

Sent from my iPhone
""")
    top = plain_top(f, addr("Lowenna Hocking", "Lowenna.Hocking@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Jax Hooper - EHM-872204", when, BDOM, "iPhone Mail (23B85)",
                    cc="silas.penrose@" + BDOM)
    add(f, apple_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-872204"],
        [ch("Jax Hooper", "2059-03-01", "01.03.2059")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 told flatly from a phone (format=flowed): a 4-year-old with two black eyes and a split lip, "
        "inconsistent explanations, flinching at the mother's partner, and left alone with him this afternoon -> urgent. "
        "Otherwise a complete Torbay step-up (consent, ATM agreed and copied).",
        not_children=["Kerry Hooper", "Kyle Denning", "Lowenna Hocking", "Silas Penrose"],
        how="plainly and clinically from an iPhone, with the friend's account second-hand and no alarm at all")

def torbay_04():
    f = "torbay_04.eml"; when = "2063-12-12 14:10:02"
    body = T("""
Dear MASH,

I am making a contact to step the Stentiford family up from Early Help (EHM-869315).

Harley Stentiford - born 28/02/2051
Connor Stentiford - born 11/07/2053

Ms Stentiford told me last week that she is using heroin again. Over the last month the boys have often gone to school without breakfast, there is little food in the house, Connor has had untreated head lice since October and the downstairs is piled with rubbish. The Early Help plan is not making a difference.

Consent: Ms Stentiford has said no to the contact. Her advocate from Torbay Parent Advocacy was with her when she said it and has confirmed it to me in writing. I am sending this so the threshold discussion can consider whether to go ahead without consent.

My ATM, Silas Penrose, has agreed the step up.

Her advocate also asked what would happen if the boys' father were released early. He is serving a long sentence for the 2060 assault on Ms Stentiford, is not eligible for parole for another three years, and probation confirm he has had no contact. That was a "what if" question, not a current worry.

Tegan Luxton
Early Help Worker | Torbay Early Help
01632 960587

""") + BDISC
    top = outlook_top(f, addr("Luxton, Tegan", "Tegan.Luxton@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Stentiford - EHM-869315", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-869315"],
        [ch("Harley Stentiford", "2051-02-28", "28/02/2051"), ch("Connor Stentiford", "2053-07-11", "11/07/2053")],
        ["neglect", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Near miss: the father's early release is a HYPOTHETICAL ('what if') and the assault is 2060, he is in prison "
        "with no contact. Torbay step-up for neglect and heroin use with the ATM's agreement, but mum has REFUSED "
        "consent (confirmed by her advocate) -> consent false, missing consent -> request_info.",
        not_children=["Tegan Luxton", "Silas Penrose"])

def torbay_05():
    f = "torbay_05.eml"; when = "2063-11-19 09:36:58"
    ack = ack_text("step-down", "SB-torbay-9023", ["Case: LCS-3309927", "Children: Logan Pascoe, Evie Pascoe"],
                   ["manager_agreed (your team manager's agreement to the step-down)"])
    body = T("""
Morning,

Adding to the Pascoe triage request: my team manager, Gareth Pollard, read the Single Assessment yesterday and agrees the step down for Logan Pascoe and Evie Pascoe. He has signed the analysis section.

Thanks,
Demelza Rowe
Social Worker | Safeguarding Team 1 | Torbay Council
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "15 November 2063 14:22",
             "Rowe, Demelza <Demelza.Rowe@torbay.gov.uk>", "Step-down request received [SB-torbay-9023]", ack) + "\n" + BDISC
    top = outlook_top(f, addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down request received [SB-torbay-9023]", when, cc=addr("Pollard, Gareth", "Gareth.Pollard@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-3309927"],
        [ch("Logan Pascoe"), ch("Evie Pascoe")],
        [], None, True, [], None, "attach_to_request",
        "Outlook reply to [SB-torbay-9023] adding the team manager's agreement (manager copied) -> follow_up, "
        "manager_agreed true, attach_to_request.",
        not_children=["Demelza Rowe", "Gareth Pollard"])

def torbay_06():
    f = "torbay_06.eml"; when = "2063-10-03 20:14:33"
    text = T("""
Hello,

I'm a friend of Lisa Bowden, who your Early Help worker Becca sees. Lisa asked me to email because she is at Torbay Hospital with Ellie Bowden (6), who had her tonsils out today as planned. Her son Kian Bowden (10) is staying with me until Friday, also as planned.

The reason I'm writing: Lisa's neighbour has reported her to the RSPCA for "neglect" because their dog Bruno was left in the flat for a day while Lisa was at the hospital. The RSPCA officer put a note through the door saying there is "a risk to the animal's welfare" and that they might "inform social services". Bruno is with me now and he is fine.

Lisa is worried this will go on her file with you. Could Becca give her a ring when she's home on Friday? The children are absolutely fine.

Thanks,
Sandra Kitto
07700 900264
""")
    top = plain_top(f, addr("Sandra Kitto", "sandra.kitto@mailbox.example"), addr("Early Help", BEH),
                    "Lisa Bowden - message for Becca", when, "mailbox.example")
    add(f, gmail_mail(f, top, text), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Ellie Bowden"), ch("Kian Bowden")],
        [], None, None, [], None, "human_review",
        "Near miss: 'neglect' and 'a risk to the animal's welfare' are an RSPCA report about a DOG; the children are "
        "with mum in hospital (planned tonsillectomy) and with the friend as planned, 'absolutely fine' -> other, "
        "human_review, concerns [].",
        not_children=["Lisa Bowden", "Sandra Kitto", "Becca"])

def torbay_07():
    f = "torbay_07.eml"; when = "2063-11-15 12:01:09"
    body = T("""
Thank you for your email. I am on annual leave until Monday 26 November and will not be checking my emails.

For triage queries please contact Early Help business support on 01632 960220.

Kind regards,
Nicola Yeo
Health Visitor | Torbay 0-19 Service
""")
    data = ooo(f, when, ("Nicola Yeo", "nicola.yeo@torbayhealth.example"), addr("Early Help", BEH),
               "Under-5s triage - Shute [SB-torbay-8874]", body)
    add(f, data, "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A health visitor's Outlook out-of-office (Auto-Submitted: auto-replied) answering a triage invitation -> "
        "auto_reply, ignore (safety rule 2).", not_children=["Nicola Yeo"])

def torbay_08():
    f = "torbay_08.eml"; when = "2063-11-27 15:20:40"
    text = T("""
Dear Sir/Madam,

Please find attached the employment reference you asked for in support of Ms Jade Widger's application for a council tenancy (your ref HA/63/5521).

Jade has worked for us since March 2060 as a shift supervisor. She is reliable, honest and well liked, and works school hours so that she can look after her two children. Her basic pay is £23,400 a year.

If you need anything further, please ring me.

Yours faithfully,
Pete Gosling
Owner, Harbourside Bakery, Brixham
01632 960915
""")
    atts = [pdf_att("Employment reference - J Widger.pdf", "Harbourside Bakery - employment reference", [
        "Re: Ms Jade Widger. Your ref HA/63/5521.",
        "Employed since March 2060 as a shift supervisor, 25 hours a week (school hours).",
        "Reliable, honest, well liked by staff and customers. Salary: 23,400 GBP a year."])]
    top = plain_top(f, addr("Pete Gosling", "pete@harbourside-bakery.example"), addr("MASH", BMASH),
                    "Reference for Jade Widger - housing application HA/63/5521", when, "harbourside-bakery.example",
                    "Thunderbird 145.0")
    add(f, mail(f, top, text, [atts[0]], charset="iso-8859-1", crlf=False), "torbay", "mash_step_up", when, 8,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Mail to the WRONG INBOX (iso-8859-1 QP): an employer's reference for a mother's housing application sent to "
        "MASH instead of Housing; no child named, nothing for children's services -> other, human_review. HA/63/5521 "
        "is a housing reference, not a case id.", not_children=["Jade Widger", "Pete Gosling"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2063-09-13 11:11:40"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step down plan and the signed consent form for the Davies children - level 3, one request for the sibling group. I talked it through with Verity Lang at Tuesday's drop-in.

Seren Davies (DOB 14/04/2049) - Mosaic 730211
Osian Davies (DOB 02/12/2052) - Mosaic 730212
Elin Davies (DOB 25/05/2058) - Mosaic 730213

The CIN plan was about Mr Davies's depression after he was made redundant in the spring. He is much better: he is seeing the counsellor his former employer's assistance programme paid for and has started a new job. The remaining worry is his mood through the winter.

Key person: Mrs Hayley Morgan, Family Support Worker, Leominster Family Hub, has agreed to lead.

Thanks,
Bryn Hopcroft
Social Worker | Children in Need Team | Herefordshire Council
01632 960471

""") + HDISC
    atts = [docx_att("Step down plan - Davies.docx", [
                "# Early Help Assessment step down plan", "Children: Seren, Osian and Elin Davies",
                "Key person: Hayley Morgan, Family Support Worker, Leominster Family Hub",
                "What needs to happen: Mr Davies continues counselling (by: Mr Davies, ongoing); family support sessions (HM, fortnightly)."]),
            pdf_att("Consent form signed - Davies.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
                "Signed: Rhys Davies and Bethan Davies (parents). Date: 11/09/2063."])]
    top = outlook_top(f, addr("Hopcroft, Bryn", "Bryn.Hopcroft@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Davies sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["730211", "730212", "730213"],
        [ch("Seren Davies", "2049-04-14", "14/04/2049"), ch("Osian Davies", "2052-12-02", "02/12/2052"),
         ch("Elin Davies", "2058-05-25", "25/05/2058")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (level 3 stated): plan .docx, signed consent form .pdf, key "
        "person named with her agency, already discussed at the drop-in -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Rhys Davies", "Bethan Davies", "Bryn Hopcroft", "Hayley Morgan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2063-12-06 07:52:18"
    body = T("""
Good morning,

I am the HR manager at Wye Valley Foods in Hereford. I hope this is the right address; I could not get through on the phone.

One of our production operatives, Paweł Nowak, arrived for the 6am shift with his two daughters, Maja Nowak (he says 4) and Zofia Nowak (6), and left them in his van in the staff car park. It was minus 3 this morning. When our supervisor went out at 7.20 the girls were in their pyjamas, no coats, under one blanket.

Paweł told the supervisor that their mother left on Tuesday and he has nobody to look after them. He said that if "the social" take them, he will take the girls and himself "to the river". He has now locked the van and is sitting in the driver's seat with them, engine off. He will not speak to anyone. He has been with us for four years and we have never had any concerns before.

Our supervisor, Ewa, is staying next to the van. My number is 01632 960812.

Sylwia Kowalczyk
HR Manager | Wye Valley Foods Ltd | Rotherwas, Hereford
""")
    top = plain_top(f, addr("Sylwia Kowalczyk", "s.kowalczyk@wyevalleyfoods.example"), addr(None, HMASH),
                    "One of our employees and his children - car park", when, "wyevalleyfoods.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, charset="iso-8859-2"), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Maja Nowak"), ch("Zofia Nowak")],
        ["neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
        "Safety rule 1 from the father's EMPLOYER (iso-8859-2 QP): a 4- and a 6-year-old in pyjamas in a locked van at "
        "minus 3, the father saying he will take them and himself 'to the river' -> urgent, other, 07:52 on a "
        "Thursday (before office hours: EDT).",
        not_children=["Paweł Nowak", "Sylwia Kowalczyk", "Ewa"],
        how="in an HR manager's careful workplace account, with the threat quoted in two words")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2063-11-20 12:58:04"
    body = T("""
Hello,

I'm not sure this is the right team - you were the only children's address I had.

Julie Price came to our coffee morning at the Courtyard today and left about 20 minutes ago. She is the mum of Oliver Price (9), who has severe epilepsy and can't speak. His date of birth on our membership form is 12/03/2054.

She told two of our volunteers that she stopped giving Oliver his epilepsy medicine on Saturday "so it ends for both of us", that he had two long seizures yesterday, and that she has "sorted" her own tablets for tonight. She was calm and polite about it. Oliver is at home with her for the rest of the day because his school transport didn't come.

She made us promise not to tell anyone, but I don't think we can keep that promise. She lives at 3 Orchard Rise, Bromyard. Her mobile goes to voicemail.

Anwen Griffiths
Co-ordinator | Herefordshire Parent Carer Voice
01632 960394
""")
    top = outlook_top(f, addr("Anwen Griffiths", "anwen@hpcv-forum.example"), addr("Early Help Co-ordinators", HEH),
                      "Julie Price and Oliver", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Oliver Price", "2054-03-12", "12/03/2054")],
        ["disability_send", "neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
        "Safety rule 1 from a parent-carer forum co-ordinator: a non-verbal 9-year-old with severe epilepsy whose mother "
        "stopped his medication 'so it ends for both of us' (two long seizures yesterday) and plans an overdose tonight, "
        "alone with him now -> urgent, other (misdirected to the co-ordinators).",
        not_children=["Julie Price", "Anwen Griffiths"],
        how="calmly, reported by a parent-carer forum co-ordinator, with the mother's own quiet words")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2063-10-15 09:58:27"
    body = T("""
Dear co-ordinators,

Level 3 step down for Poppy Lewis (30 June 2056) and Archie Lewis (17 February 2060), Mosaic 731540. The step down plan and the signed consent form are attached.

Key person: Mr Dylan Hughes, Pastoral Support Worker, Ledbury Primary School.

The remaining worry is Mrs Lewis's anxiety since the separation; she is on the GP's talking therapy waiting list.

For completeness, since it is on the file: a family friend rang MASH in August to say the children had been left alone overnight. We checked that evening - they were asleep at their grandmother's next door, as arranged, and nothing of concern was found. There have been no concerns of that kind before or since.

Many thanks,
Catrin Owusu
Social Worker | Children in Need Team | Herefordshire Council
01632 960428

""") + HDISC
    atts = [docx_att("EHA step down plan - Lewis.docx", [
                "# Early Help Assessment step down plan", "Poppy and Archie Lewis (Mosaic 731540)",
                "Key person: Dylan Hughes, Ledbury Primary School",
                "Wellbeing plan: talking therapy for mum (GP, by December); Archie's transition to Year 1 (school)."]),
            pdf_att("Consent - Lewis.pdf", "Early Help consent form", [
                "I consent to Early Help and to information sharing. Signed: Natalie Lewis. Date: 10/10/2063."])]
    top = outlook_top(f, addr("Owusu, Catrin", "Catrin.Owusu@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "L3 step down - Lewis - Mosaic 731540", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["731540"],
        [ch("Poppy Lewis", "2056-06-30", "30 June 2056"), ch("Archie Lewis", "2060-02-17", "17 February 2060")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: a friend's report of children 'left alone overnight' was checked the same evening and UNFOUNDED "
        "(asleep at grandmother's next door as arranged). Complete Herefordshire step-down: plan, signed consent form, "
        "key person with agency -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Natalie Lewis", "Dylan Hughes", "Catrin Owusu"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2063-10-10 15:16:44"
    body = T("""
Dear MASH,

I am the independent Care Act advocate for Ms Denise Hatton (aged 52), who has a learning disability.

Yesterday Ms Hatton told me that her partner takes her benefits and pushed her down the stairs last month. She feels unsafe at home and has asked for help. I made an adult safeguarding referral to Adult Social Care this morning and the police are aware.

The adult referral form asks advocates to tell MASH whether any children live in or visit the household. None do: Ms Hatton's two sons are adults (27 and 30) and live in Birmingham, and no children visit the house. I am telling you only so that the form can be completed - there is nothing here for children's services.

Regards,
Tom Bevan
Independent Advocate | Marches Advocacy
01632 960357
""")
    top = outlook_top(f, addr("Bevan, Tom", "tom.bevan@marchesadvocacy.example"), addr("MASH", HMASH),
                      "Adult safeguarding referral - Ms D Hatton - no children in household", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an ADULT'S OWN MATTER - a Care Act advocate reports abuse of a 52-year-old ('unsafe', 'pushed her "
        "down the stairs', 'adult safeguarding referral'), and confirms no children live in or visit the household -> "
        "other, human_review, concerns [].", not_children=["Denise Hatton", "Tom Bevan"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2063-12-05 10:03:29"
    ack = ack_text("step-down", "SB-herefordshire-7715", ["Mosaic ID: 732905", "Children: Hamza Al-Rashid, Noor Al-Rashid"],
                   ["consent_form (the family's signed Early Help consent form)"])
    text = T("""
Hi,

Signed consent form for Hamza Al-Rashid and Noor Al-Rashid attached - Mrs Al-Rashid signed it on Tuesday with the Arabic interpreter.

Rhodri

Rhodri Beddoes | Social Worker | Herefordshire Council

> On 26 Nov 2063, at 14:51, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
""") + quoted(ack)
    atts = [pdf_att("Consent form signed - Al-Rashid.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
        "Signed: Lina Al-Rashid (mother). 04/12/2063. Arabic interpreter: present."])]
    top = plain_top(f, addr("Rhodri Beddoes", "Rhodri.Beddoes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-7715]", when, HDOM, "Apple Mail (3864.100.1.1.5)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["732905"],
        [ch("Hamza Al-Rashid"), ch("Noor Al-Rashid")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail (format=flowed) reply to [SB-herefordshire-7715] with the acknowledgement '>'-quoted, adding the "
        "signed consent form for herefordshire_07's family -> follow_up, consent true, attach_to_request.",
        docs={"consent_form"}, not_children=["Lina Al-Rashid", "Rhodri Beddoes"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2063-11-26 14:44:09"
    body = T("""
Dear co-ordinators,

Level 3 step down for Hamza Al-Rashid (19th August 2052) and Noor Al-Rashid (3rd March 2057), Mosaic 732905. The step down plan is attached.

Key person: Ms Ffion Rees, Family Support Worker, Hereford City Family Hub, has agreed to lead.

Mrs Al-Rashid agreed to Early Help at my visit on 22 November (Arabic interpreter). The signed Herefordshire consent form will come back with the interpreter's visit next Tuesday.

Mrs Al-Rashid also wrote a letter in Arabic about what she wants help with, which I had translated; the translation is attached so the key person can read it in her own words. The main thing now is Hamza's attendance since the move (83%).

Thanks,
Rhodri Beddoes
Social Worker | Children in Need Team | Herefordshire Council
01632 960459

""") + HDISC
    atts = [docx_att("Step down plan - Al-Rashid.docx", [
                "# Early Help Assessment step down plan", "Hamza and Noor Al-Rashid (Mosaic 732905)",
                "Key person: Ffion Rees, Hereford City Family Hub",
                "What needs to happen: attendance plan for Hamza (school, weekly); ESOL place for mum (Family Hub, by January)."]),
            pdf_att("Translation - letter from Mrs Al-Rashid.pdf", "Translation from Arabic into English", [
                "Translator: Wye Translations. [Handwritten letter, one page.]",
                "I want help so Hamza goes to school every day; the new school is far and the bus is early.",
                "I want to learn English so I can speak to the teachers myself.",
                "Noor is happy at nursery. Thank you for helping my family. Lina Al-Rashid"])]
    top = outlook_top(f, addr("Beddoes, Rhodri", "Rhodri.Beddoes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "L3 step down - Al-Rashid - Mosaic 732905", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["732905"],
        [ch("Hamza Al-Rashid", "2052-08-19", "19th August 2052"), ch("Noor Al-Rashid", "2057-03-03", "3rd March 2057")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and a key person; mum agreed verbally (consent true) but the signed "
        "consent form 'will come back' next week -> consent_form missing -> request_info. The translated letter is "
        "the mother's own wishes, not a consent form.",
        docs={"draft_plan"}, not_children=["Lina Al-Rashid", "Ffion Rees", "Rhodri Beddoes"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2063-11-30 11:30:55"
    body = T("""
To whom it may concern,

I am writing as a friend of Kelly Jones to support her in the family court hearing in January. Please pass this to whoever is writing the report.

I have known Kelly for fifteen years and I have never seen her put her children in danger. I know about the incident in 2060, when Kelly had been drinking and Lily-Mae Jones cut her hand on a glass and ended up at A&E. That was a one-off. Kelly did the alcohol course straight afterwards and has not had a drink for over three years - I would know.

Lily-Mae (now 7) and her brother Tyler Jones (4) are happy, safe and well looked after. I see them most weekends.

Yours faithfully,
Glenys Parry
""")
    top = plain_top(f, addr("Glenys Parry", "glenys.parry@mailbox.example"), addr("MASH", HMASH),
                    "Character reference for Kelly Jones", when, "mailbox.example")
    add(f, mail(f, top, body, cte="base64", crlf=False), "herefordshire", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [],
        [ch("Lily-Mae Jones"), ch("Tyler Jones")],
        [], None, None, [], None, "human_review",
        "Near miss: a family friend's character reference (base64) - 'danger' is negated, the drinking and A&E visit "
        "are HISTORIC (2060, a one-off, sober for three years), the children 'happy, safe' -> other, human_review.",
        not_children=["Kelly Jones", "Glenys Parry"])
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
    "knowsley_01.eml": (5, 5, None, False),                 # TAF in half term: school holiday, council working days
    "knowsley_02.eml": (4, 6, date(2063, 12, 25), True),    # across Christmas: 6 weekdays, 4 working days
    "knowsley_04.eml": (5, 5, None, False),
    "knowsley_06.eml": (5, 7, date(2063, 12, 25), False),   # across Christmas: exactly 5 once 25/26 Dec are out
}
# England & Wales bank holidays 2063, checked against the `holidays` package (GB, subdiv ENG) when this set was written
EXPECTED_BH_2063 = {date(2063, 1, 1), date(2063, 4, 13), date(2063, 4, 16), date(2063, 5, 7), date(2063, 5, 28),
                    date(2063, 8, 27), date(2063, 12, 25), date(2063, 12, 26)}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}

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
    """The DOB forms this set writes: 14/02/2055, 09.04.2057, 23-05-2051, 2050-02-14, 3 June 2052, 11 Aug 2050,
    3rd April 2060 (day first everywhere, as English mail writes them)."""
    m = re.fullmatch(r"(\d\d)[/.-](\d\d)[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    mon = [v for k, v in MONTHS.items() if k.startswith(m[2].lower()) and len(m[2]) >= 3]
    return date(int(m[3]), mon[0], int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2063) != date(2063, 4, 15):
        err("calendar", "Easter 2063 should be Sunday 15 April")
    bh = bank_holidays(2063)
    if bh != EXPECTED_BH_2063:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2063))
    if bank_holidays(2064) & {date(2064, 1, 1)} != {date(2064, 1, 1)}:
        err("calendar", "New Year's Day 2064 should be a bank holiday")
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall inside the autumn term: %s" % inwin)
    if not (last_monday(2063, 8) < WINDOW[0] and WINDOW[1] < date(2063, 12, 25)):
        err("calendar", "the window must lie between the late summer bank holiday and Christmas")
    if WINDOW[0] != first_monday(2063, 9) or WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run from the first Monday of September to a Friday")
    if WINDOW[1] != date(2063, 12, 25) - timedelta(days=(date(2063, 12, 25).weekday() - 4) % 7 or 7):
        err("calendar", "the term should end on the last Friday before Christmas Day")
    if HALF_TERM[0].weekday() != 0 or HALF_TERM[1] - HALF_TERM[0] != timedelta(days=4) or \
            HALF_TERM[1] + timedelta(days=2) != last_sunday(2063, 10):
        err("calendar", "half term should be the Monday-Friday week ending just before the clocks go back")
    bst_on, bst_off = last_sunday(2063, 3), last_sunday(2063, 10)
    if (bst_on, bst_off) != (date(2063, 3, 25), date(2063, 10, 28)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2063, 3, 25, 0, 59, tzinfo=UTC), 0), (datetime(2063, 3, 25, 1, 1, tzinfo=UTC), 1),
                   (datetime(2063, 10, 28, 0, 59, tzinfo=UTC), 1), (datetime(2063, 10, 28, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        want = 1 if d < bst_off else 0
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=want):
            err("calendar", "%s offset is not +0%d00" % (d, want))
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2063:
                    err(f, "meeting date not a future working day of 2063")
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
        want_off = "+0100" if sent.date() < date(2063, 10, 28) else "+0000"
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith(want_off):
            err(f, "Date offset is not Europe/London's (%s): %s" % (want_off, dh))
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
            if int(y) > 2063:
                err(f, "a year after 2063 in the text: %s" % y)
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
