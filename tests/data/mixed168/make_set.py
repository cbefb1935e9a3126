#!/usr/bin/env python3
"""mixed168: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2067, in parents' work and childcare gaps: night shifts, care-home and hospital
shifts, zero-hours and agency work, delivery and taxi drivers, parents working away, children minded by older
siblings or neighbours, breakfast and after-school clubs, childminders who cancel, children who let themselves in
with a key, a parent's employer or colleague writing in, and the gaps where a young child may be left with nobody.

Window: Tuesday 4 January - Thursday 31 March 2067. New Year's Day 2067 is a Saturday, so its substitute bank
holiday is Monday 3 January and the term starts on Tuesday 4 January. Easter Sunday 2067 is 3 April (Good Friday
1 April, Easter Monday 4 April), so the term ends on Thursday 31 March. February half term: Monday 14 - Friday 18
February 2067 (schools shut; the council works). No bank holiday falls inside the window. GMT until Sunday
27 March 2067 (the last Sunday of March), BST (+0100) from then: mail of 28-31 March carries +0100.

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
WINDOW = (date(2067, 1, 4), date(2067, 3, 31))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2067)."""
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
    """Europe/London wall-clock time (GMT +0000 until Sun 27 March 2067, then BST +0100)."""
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
            b"<< /Producer (mixed168 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2067, 1, 2, 0, 0, 0))
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


def text_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

def mobile_mail(f, top, body, charset="us-ascii"):
    """A phone's plain 7bit text/plain, LF line ends."""
    body.encode("ascii")
    return build(top, Part([("Content-Type", 'text/plain; charset="%s"' % charset),
                            ("Content-Transfer-Encoding", "7bit")], body), False)

def b64_mail(f, top, body, atts=()):
    t = text_part(body, cte="base64")
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, False)

def latin1_mail(f, top, body, atts=()):
    t = text_part(body, charset="iso-8859-1")
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, True)

def gfwd(frm, when_text, subject, to, text):
    return ("\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, when_text, subject, to, text))

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
    f = "knowsley_01.eml"; when = "2067-03-29 10:14:22"
    body = T("""
Good morning MASH,

Please find attached a step up request for the Brennan children, EHM-83341, open to Family First 0-18 at Level 3.

Jayden Brennan - DOB 14/05/2056
Kiera Brennan - DOB 02/11/2059
Ollie Brennan - DOB 27/06/2062

Mum (Chantelle) has worked nights as a care assistant at Ashgrove Court care home since the autumn, four or five nights a week, 8pm to 8am. Jayden (10) is in charge of his sister and brother overnight and gets them up and out for school. Since Christmas the children have been late most days, Ollie has come to school twice with no coat in the snow and nits untreated for weeks, and there is very little food in the house on the days I visit. Chantelle sleeps through the day and we have not been able to agree a plan she sticks to.

The Graded Care Profile 2 is attached (completed with mum on 17/03), together with the Appendix 1 form and the minutes of the last TAF.

My team manager, Gwen Holloway, agreed the step up in supervision yesterday.

The step up TAF meeting is on Wednesday 6th April at 10:00 at Huyton Family Hub (Meeting Room 1). I have sent the Teams/Outlook invite to the MASH inbox and MASH business support this morning, and invited school and the school nurse.

Kind regards

Rachael Fazakerley
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0744

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83341"),
        ("Children:", "Jayden Brennan 14/05/2056; Kiera Brennan 02/11/2059; Ollie Brennan 27/06/2062"),
        ("Date of step up TAF meeting:", "Wednesday 6 April 2067, 10:00, Huyton Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 10/03/2067"),
        ("What are we worried about?", "Physical care and supervision of three children while mum works nights; Jayden (10) left in charge overnight; lateness; little food."),
        ("What is working well?", "The children are close and protective of each other; Chantelle wants to keep her job and loves the children."),
        ("What next?", "CSC assessment; a safe overnight care plan; school to monitor."),
        ("Graded Care profile (If neglect should be completed).", "Completed 17/03/2067 - attached."),
        ("Agreement by line manager:", "Gwen Holloway, Team Manager, 28/03/2067 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Brennan.docx", form),
            pdf_att("TAF minutes 10.03.67 - Brennan.pdf", "Team Around the Family meeting - minutes", [
                "Family: Brennan. EHM-83341. Date: 10/03/2067. Venue: St Columba's Primary School.",
                "Present: Rachael Fazakerley (FF Case Manager), class teacher, school nurse, Chantelle Brennan.",
                "1. Overnight care: Chantelle says Jayden 'is sensible' and her sister 'checks on them'. The sister lives in Prescot.",
                "2. School: all three late on 9 of the last 15 days.",
                "Actions: RF to complete GCP2 with mum. If no overnight plan by the next TAF, RF to discuss step up with TM."]),
            pdf_att("GCP2 - Brennan.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Brennan. Completed with: Chantelle Brennan. Date: 17/03/2067. Practitioner: Rachael Fazakerley.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 4. Area 3 Love: 2. Area 4 Esteem: 3.",
                "Summary: supervision at night is provided by a 10-year-old; food and clothing are often inadequate."])]
    top = outlook_top(f, addr("Fazakerley, Rachael", "Rachael.Fazakerley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Brennan - EHM-83341 - TAF Wed 6th April", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-83341"],
        [ch("Jayden Brennan", "2056-05-14", "14/05/2056"), ch("Kiera Brennan", "2059-11-02", "02/11/2059"),
         ch("Ollie Brennan", "2062-06-27", "27/06/2062")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (Appendix 1 .docx, TAF minutes .pdf, GCP2 .pdf for neglect, EHM id, team manager "
        "agreed, TAF date and venue) for children minded overnight by their 10-year-old brother while mum works nights. "
        "NOTICE ACROSS EASTER IS SHORT: from Tue 29 Mar (BST) the TAF on Wed 6 Apr is 6 plain weekdays but Good Friday "
        "1 Apr and Easter Monday 4 Apr are bank holidays, so 4 working days < 5 -> notice not ok -> request_info. A "
        "standing pattern worked with for months, not a new event tonight: not urgent.",
        meeting=date(2067, 4, 6), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Chantelle Brennan", "Rachael Fazakerley", "Gwen Holloway"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2067-01-19 21:52:40"
    body = T("""
To whoever is on tonight,

I am the night manager at Sefton Lodge Nursing Home in Huyton. I'm sorry to send this to an email address but the number on your website went to a recorded message and I did not know who else to tell.

One of our agency care assistants, Demi Rourke, came in for the 8pm shift tonight. At about 9.15 she got upset on the floor and told me her childminder texted at 6 to say she was ill and couldn't have the children tonight. Demi has left her two at home on their own - Lacey Rourke, who is 4, and Freddie Rourke, who is 2 - because the agency told her if she cancelled another shift she'd be taken off their books. She says they were asleep when she left at twenty to eight and she's locked the front door. There is no other adult in the house. She lives on Pennard Avenue, Huyton (she thinks number 31, she's very flustered).

I have told her to go home now and I will cover the floor myself, but she has no car and is waiting for a bus, and she has asked me not to call anyone. I have not been able to get hold of anybody for the children. I'm writing this down so someone has it.

Maureen Gilfoyle
Night Manager, Sefton Lodge Nursing Home
0151 496 0925 (the nurses' station - ask for me)
""")
    top = plain_top(f, addr("Maureen Gilfoyle", "nightmanager@seftonlodge-care.co.uk"), addr("Knowsley MASH", KMASH),
                    "Two little ones on their own at home tonight - one of my staff", when, "seftonlodge-care.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lacey Rourke"), ch("Freddie Rourke")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, out of hours (Wed 21:52 GMT): a care-home night manager (the mother's workplace) writes that an "
        "agency carer left a 4- and a 2-year-old alone at home since 19:40 when the childminder cancelled; no adult "
        "there now -> alert the out-of-hours team. Not a step request -> other; no case id.",
        not_children=["Demi Rourke", "Maureen Gilfoyle"],
        how="plainly in the body, from the parent's employer; no alarm words")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2067-03-24 14:03:18"
    body = T("""
Hello Family First duty,

Step down to Level 2 for Maisie Kearns (DOB 03/09/2057) and Tommy Kearns (DOB 19/01/2061), ICS-1622804.

I'm giving you the details of the final CIN meeting: Tuesday 5th April 2067 at 10:30, Halewood Family Hub, Baileys Lane (the Meeting Room on the ground floor).

Background: we became involved in October after Tommy was found on his own in the house one evening while dad was on a late delivery round and mum was on a twilight shift at the Amazon warehouse. That was a one-off, it was investigated at the time and it has not happened again. Since then both parents have changed their shifts so one of them is always home from 4pm, Maisie and Tommy go to breakfast club at Evelyn Primary three mornings a week, and paternal grandad collects on Fridays. The CIN plan has done its job.

Lead practitioner: Mrs Kerry Ashworth, Learning Mentor, Evelyn Community Primary School, has agreed to take the lead and complete the Early Help Assessment.

What are we worried about?
Tommy's attendance has dipped to 91% on the days dad does the school run after a late shift.

What is working well?
Both parents have rearranged their work; the breakfast club place is funded to July; grandad is reliable and lives two streets away.

What needs to happen?
Mrs Ashworth to run a TAF with the family and school; parents to keep the shift plan on the fridge; school to let the lead practitioner know if a collection is missed.

Thanks,
Liam Garrity
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0371

""") + KDISC
    top = outlook_top(f, addr("Garrity, Liam", "Liam.Garrity@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Kearns - ICS-1622804 - final CIN 05/04", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 2, ["ICS-1622804"],
        [ch("Maisie Kearns", "2057-09-03", "03/09/2057"), ch("Tommy Kearns", "2061-01-19", "19/01/2061")],
        ["school_attendance"], None, None, [], True, "book_meeting",
        "Near miss: a 5-year-old found alone in October while both parents worked late is historic, investigated and "
        "not repeated (shifts changed, breakfast club, grandad). Complete Knowsley Level 2 step-down: final CIN date, "
        "time and venue, named lead practitioner with agency, all three headings. Notice from Thu 24 Mar to Tue 5 Apr: "
        "8 plain weekdays, 6 working days (Good Friday and Easter Monday excluded) -> ok. Consent not stated (not needed at L2).",
        meeting=date(2067, 4, 5), not_children=["Liam Garrity", "Kerry Ashworth"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2067-01-21 15:40:05"
    body = T("""
Hi

Step down for Shay Doolan (DOB 11.07.2058), ICS-1609917. Mum Nicole has consented to Family First picking the family up.

Joint home visit with a Family First case manager please: Thursday 27th January at 11am, 8 Ravenscourt Close, Kirkby.

What are we worried about?
Nicole works zero-hours at the hospital laundry and gets her shifts by text the night before. When she is called in early nobody takes Shay (8) to school and he is late or misses the day; his attendance is 88% this term. He can't go to breakfast club because it costs £3 a day.

What needs to happen?
Help with the breakfast club fee (school has a hardship fund), a written plan for who Shay goes to when Nicole is called in, and a referral to the Family First employment adviser.

Cheers
Dan Molyneux
Social Worker | CIN Team (Kirkby) | Knowsley Council
0151 496 0287

""") + KDISC
    top = plain_top(f, addr("Molyneux, Dan", "Dan.Molyneux@" + KDOM), addr("FamilyFirst Duty", KFF),
                    "step down - Doolan ICS-1609917", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["ICS-1609917"],
        [ch("Shay Doolan", "2058-07-11", "11.07.2058")],
        ["school_attendance"], True, None, ["worries_strengths_next"], False, "request_info",
        "Knowsley step-down with no level stated (read as Level 3: consent needed, and given): joint home visit date, "
        "time and venue given, but 'What is working well?' is not answered -> worries_strengths_next missing; Fri 21 "
        "Jan -> Thu 27 Jan is 4 working days < 5 -> request_info. DOB written 11.07.2058.",
        meeting=date(2067, 1, 27), not_children=["Nicole Doolan", "Dan Molyneux"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2067-02-03 16:37:12"
    comment = ("Sorry, I have to decline - I'm going round to the Lunts' now. Kacey Lunt (6) rang the school office "
               "from the house phone at 4.20 crying. Her big brother (13) who minds her after school hasn't come "
               "home, and baby Archie Lunt (10 months) is in his cot screaming. Mum is on a 12-hour shift on the "
               "wards at Whiston and her phone is in her locker. Dad is driving for a haulage firm in Scotland this "
               "week. There's no adult in the house. Kacey said the back door is open and it's dark. The school "
               "office is trying the ward. - Shona")
    data = outlook_itip_reply(f, when, ("Shona Prescott", "s.prescott@stjohnfisher-knowsley.sch.uk"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Lunt - EHM-84102", "20670209T100000", "20670209T113000",
                              "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-84102"],
        [ch("Kacey Lunt"), ch("Archie Lunt")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's COMMENT: a DECLINED iTIP REPLY whose comment says a 6-year-old and a "
        "10-month-old are alone at home now (the 13-year-old minder has not come home, mum on a ward shift, dad working "
        "away) -> urgent on a meeting_reply -> alert_duty.",
        not_children=["Shona Prescott"],
        how="in the iTIP COMMENT of a decline (and its text part), without alarm words")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2067-02-08 11:20:44"
    prev = ack_text("step up", "SB-knowsley-2217", ["Children: Mason Birtwistle, Lexi Birtwistle", "Case: EHM-83990"],
                    ["GCP2 (neglect)", "Engaging Families toolkit (non-engagement)"])
    body = T("""
Hi,

Attached are the GCP2 and the Engaging Families toolkit for Mason Birtwistle and Lexi Birtwistle (EHM-83990), which were missing from my step up.

Also, to clear something up from my original email, because the MASH screener rang me about it: the "home alone" incident I mentioned was one evening in November when mum's taxi shift overran and the children were on their own for about 40 minutes. It was looked at by MASH at the time (no further action) and it has not happened since - mum now only drives school hours, the children go to the after-school club at St Aidan's until 5.30 and nan collects on Thursdays. The step up is about the matters set out in the form, not that.

Thanks
Becky Tatlock
Family First Case Manager | Family First 0-18 (Prescot) | Knowsley Council
0151 496 0612

""") + "\n" + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "04 February 2067 09:12", "Tatlock, Becky",
                    "Step up received [SB-knowsley-2217]", prev)
    atts = [pdf_att("GCP2 - Birtwistle.pdf", "Graded Care Profile 2 (GCP2)", [
                "Family: Birtwistle. EHM-83990. Completed 03/02/2067 with mum.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 3."]),
            docx_att("Engaging Families toolkit - Birtwistle.docx", [
                "# Engaging Families Toolkit", "Family: Birtwistle (EHM-83990)",
                "Appointments offered since September: 14. Attended: 3.",
                "Reasons given: shift work, 'forgot', 'nothing's wrong'."])]
    top = outlook_top(f, addr("Tatlock, Becky", "Becky.Tatlock@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step up received [SB-knowsley-2217]", when)
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, ["EHM-83990"],
        [ch("Mason Birtwistle"), ch("Lexi Birtwistle")],
        [], None, None, [], None, "attach_to_request",
        "Near miss: the 'home alone' evening in November (mum's taxi shift overran) is historic, checked by MASH (NFA) "
        "and not repeated. A reply to [SB-knowsley-2217] adding the GCP2 and Engaging Families toolkit -> follow_up -> "
        "attach_to_request; the quoted 'What is missing:' list is not the 'missing' concern.",
        not_children=["Becky Tatlock"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2067-01-31 09:26:51"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Good morning,</p>
<p>Please accept this step up for the <b>Okafor-Hesketh</b> family, <b>EHM-83712</b>. The Appendix 1 form and the last two TAF minutes are attached.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td><b>DOB</b></td></tr>
<tr><td>Tobi Okafor-Hesketh</td><td>2055-10-08</td></tr>
<tr><td>Grace Okafor-Hesketh</td><td>2058-04-30</td></tr>
</table>
<p>&nbsp;</p>
<p>Dad (Femi) is a self-employed parcel delivery driver working 6am to 9pm most days; mum (Lorna) works away on contracts in Aberdeen, three weeks on and one week off. Tobi&#39;s attendance is 78%% and Grace&#39;s 84%%. Dad has cancelled or not attended five of the last seven TAF meetings and home visits (&quot;I can&#39;t lose the route&quot;), and has not let the school nurse see Grace about her weight.</p>
<p>My team manager, Aled Pryce, agreed the step up on 28/01/2067.</p>
<p><b>Step up TAF:</b> Wednesday 9th February 2067, 13:30, Kirkby Family Hub, Cherryfield Drive (Room 3). Invites have gone to the MASH inbox and MASH business support.</p>
<p>I am still working through the Engaging Families toolkit with dad and will send it as soon as it is done.</p>
<p>Many thanks,<br>Sinead Rimmer<br>Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council<br>0151 496 0538</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(KDISC.strip())
    form = appendix1([
        ("Case ID on EHM:", "EHM-83712"),
        ("Children:", "Tobi Okafor-Hesketh 08/10/2055; Grace Okafor-Hesketh 30/04/2058"),
        ("Date of step up TAF meeting:", "09/02/2067 13:30 Kirkby Family Hub"),
        ("What are we worried about?", "School attendance; dad not engaging with the plan; Grace's health."),
        ("What is working well?", "The children are polite and want to be at school."),
        ("What next?", "CSC assessment."),
        ("Agreement by line manager:", "Aled Pryce, 28/01/2067."),
    ])
    atts = [docx_att("Appendix 1 step up form - Okafor-Hesketh.docx", form),
            pdf_att("TAF minutes Dec 66 and Jan 67 - Okafor-Hesketh.pdf", "TAF meeting minutes", [
                "Okafor-Hesketh. EHM-83712. TAF 06/12/2066: dad did not attend (working). TAF 17/01/2067: dad did not attend.",
                "Actions: SR to complete the Engaging Families toolkit; consider step up."])]
    top = outlook_top(f, addr("Rimmer, Sinead", "Sinead.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Okafor-Hesketh - EHM-83712", when, cc=addr("MASH Business Support", KBS))
    add(f, html_only(f, top, h, atts), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-83712"],
        [ch("Tobi Okafor-Hesketh", "2055-10-08", "2055-10-08"), ch("Grace Okafor-Hesketh", "2058-04-30", "2058-04-30")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], True, "request_info",
        "HTML-only Knowsley step-up (delivery-driver dad, mum working away): form, TAF minutes, EHM id, TM agreed, TAF "
        "date; non-engagement needs the Engaging Families toolkit, which 'will send' -> missing engaging_families. "
        "Mon 31 Jan -> Wed 9 Feb = 7 working days -> notice ok -> request_info. DOBs in ISO in an HTML table.",
        meeting=date(2067, 2, 9), docs={"step_up_form", "taf_minutes"},
        not_children=["Femi Okafor-Hesketh", "Lorna Okafor-Hesketh", "Sinead Rimmer", "Aled Pryce"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2067-01-10 08:00:00"
    body = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BRIEFING 1/2067
For information: please share with your teams. This briefing does not relate to any family.

HOME ALONE: WHEN PARENTS WORK SHIFTS

There is no legal age at which a child can be left alone, but parents can be prosecuted if leaving a child alone places them at risk. Practitioners asked us after the December learning review for examples of the situations they are meeting. Examples from the review (all anonymised, all closed):

- a parent on a night shift at a care home leaving a 9-year-old in charge of a toddler;
- a delivery driver whose round overran leaving a 6-year-old waiting on the doorstep in the dark;
- a childminder cancelling at short notice and a parent going to an agency shift anyway;
- a 12-year-old with a key on a lanyard letting herself in every day and minding siblings until 7pm.

What to do: talk to the family about a written childcare plan; check breakfast and after-school club places and the holiday activities offer; and if a young child is alone NOW, phone the MASH duty team or, out of hours, the Emergency Duty Team, and the police on 999 in an emergency.

Learning session: Thursday 27 January 2067, 13:00-14:30, on Teams. Book through the KSCP training portal.

You are receiving this because you are on the KSCP practitioner list. To unsubscribe, reply with UNSUBSCRIBE.
""")
    top = plain_top(f, addr("KSCP Business Unit", "kscp@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                    "KSCP Practice Briefing: Home alone when parents work shifts", when, KDOM, None,
                    extra=[("List-Id", "KSCP practitioner briefings <briefings.kscp.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:kscp@knowsley.gov.uk?subject=UNSUBSCRIBE>"),
                           ("Precedence", "bulk")])
    add(f, gmail_mail(f, top, body), "knowsley", "mash_step_up", when, 1,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a partnership practice briefing whose anonymised, closed examples list children left alone during "
        "shifts ('does not relate to any family') - a bulletin listing examples must not trigger rule 1 -> other, "
        "human_review, no children, no concerns.")

# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2067-01-11 10:22:09"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth North and I am stepping up the Achterberg family. I have reviewed the case with the Early Help worker, Hollie Dunstan, and I agree that the threshold for a social work assessment is met.

Children:
Noor Achterberg, DOB 22/02/2057 (Mosaic ID 3051227)
Sami Achterberg, DOB 09/08/2063 (Mosaic ID 3051228)

The case summary is attached.

Rationale for step up
Mum (Yasmin) is a single parent on a zero-hours contract at a distribution warehouse in Battersea. Shifts are offered by app, often the same evening, and she takes every one she is offered because she is in rent arrears. Since October Noor (9) has been collecting Sami (3) from nursery at 3pm and looking after him until mum gets back, sometimes after 11pm. Noor has been late or absent on 19 days this term, she is falling asleep in class, and she told her teacher she "does the bottles and the bath". Mum has not taken up the breakfast and after-school club places we arranged and has missed the last two TAF meetings because of shifts. Early Help has been open for five months and the situation has not improved; we need a social work assessment of the care the children are getting and of Noor's caring role.

Mum knows I am making this referral.

Kind regards,
Priyanka Hale
Early Help Team Manager, Wandsworth North | Richmond and Wandsworth Councils
020 7946 0815

""") + RDISC
    atts = [docx_att("Case summary - Achterberg.docx", [
        "# Case summary", "Family: Achterberg. Mosaic 3051227 / 3051228.",
        "Household: Yasmin Achterberg (mother), Noor (9), Sami (3).",
        "Involvement: Early Help since August 2066 (school referral: lateness, tiredness).",
        "Work done: TAF x4, nursery hours increased, breakfast club and after-school club places offered (not taken up), debt advice referral.",
        "Current: Noor caring for Sami most evenings while mum works zero-hours shifts; attendance 83%."])]
    top = outlook_top(f, addr("Hale, Priyanka", "Priyanka.Hale@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Achterberg - Mosaic 3051227/3051228", when, cc=addr("Dunstan, Hollie", "Hollie.Dunstan@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3051227", "3051228"],
        [ch("Noor Achterberg", "2057-02-22", "22/02/2057"), ch("Sami Achterberg", "2063-08-09", "09/08/2063")],
        ["neglect", "non_engagement", "school_attendance", "young_carer"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager, who agrees: case summary .docx "
        "and the rationale pasted under its own heading. A 9-year-old minds her 3-year-old brother while mum works "
        "zero-hours evening shifts: a long-standing pattern for assessment, not a child alone now. 'Mosaic ID 3051227' "
        "-> '3051227'. 'Mum knows' is not consent (null; not required for a step-up).",
        docs={"case_summary", "rationale"}, not_children=["Yasmin Achterberg", "Hollie Dunstan", "Priyanka Hale"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2067-03-02 09:12:33"
    body = T("""
Dear MASH,

Please accept this step up for Mia Kowalczyk (DOB 05/06/2061) and Theo Kowalczyk (DOB 30/04/2066), Mosaic 3064410. I am the Early Help Team Manager and I agree the step up; the Early Help worker is Joel Ansah.

The case summary is attached, along with the breakfast club log that St Anselm's shares with us each morning under the TAF plan. Mum (Agata) works agency night shifts as a healthcare assistant and the plan relies on her being home by 8am to take Mia to breakfast club and Theo to his childminder.

The rationale will follow from Joel this afternoon.

Regards,
Ruth Okonkwo
Early Help Team Manager, Richmond | Richmond and Wandsworth Councils
020 7946 0233

""") + RDISC
    log = T("""
ST ANSELM'S CATHOLIC PRIMARY - BREAKFAST CLUB LOG (shared under the TAF plan)
Child: Mia Kowalczyk, Year 1

21/02  07:55  Mia dropped by mum, mum in uniform. Ate well.
23/02  08:05  Mia dropped by mum. Tired.
25/02  08:20  Mia brought by neighbour (Mrs Byrne). Mum "held over at work".
28/02  07:58  Mia dropped by mum.
01/03  08:02  Mia dropped by mum.
02/03  08:10  Mia came in ON HER OWN, in pyjama top under her coat, house key on a string round her neck. Says mummy didn't come home from work and "Theo is in his cot by himself, he was crying". Mum not answering her phone (tried 3 times, voicemail). Neighbour Mrs Byrne not answering the door. Theo is 10 months old. Nobody else lives there. Mia is with Mrs Kent in the office. Logged by S. Whelan, breakfast club lead.
""")
    atts = [pdf_att("Case summary - Kowalczyk.pdf", "Case summary", [
                "Family: Kowalczyk. Mosaic 3064410. Mother: Agata Kowalczyk. Children: Mia (5), Theo (10 months).",
                "Early Help since November 2066 (health visitor referral: mum's isolation, childcare around night shifts).",
                "TAF plan: breakfast club place funded; childminder three days; neighbour as back-up."]),
            text_att("Breakfast club log - St Anselms.txt", log)]
    top = outlook_top(f, addr("Okonkwo, Ruth", "Ruth.Okonkwo@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Kowalczyk - Mosaic 3064410", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3064410"],
        [ch("Mia Kowalczyk", "2061-06-05", "05/06/2061"), ch("Theo Kowalczyk", "2066-04-30", "30/04/2066")],
        ["neglect"], None, True, ["rationale"], None, "alert_duty",
        "Safety rule 1 in a text/plain attachment: today's 08:10 breakfast-club entry says the 5-year-old arrived alone "
        "and her 10-month-old brother is alone in his cot at home, mum (agency nights) unreachable -> urgent -> "
        "alert_duty. The request itself lacks the rationale ('will follow') -> missing rationale; the TM sends and agrees.",
        docs={"case_summary"}, not_children=["Agata Kowalczyk", "Joel Ansah", "Ruth Okonkwo"],
        how="only in today's entry of an attached text/plain breakfast-club log; the body is routine")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2067-02-17 14:10:47"
    body = T("""
Hello Early Help duty,

I'd like to step down Kai Ferreira-Lowe (DOB 18/12/2059), Mosaic 3049981, to Early Help.

The case summary and the draft Early Help plan are attached. Mum (Rosa) has given her consent to the step down and is happy to work with an Early Help worker.

One thing the plan deals with that I want to flag so nobody is surprised by it: Rosa is a bank nurse and her agency has said she may be offered night shifts from the summer. If that happens, the plan is that Kai's grandmother moves in on those nights (she has agreed and already has a room there), and Rosa will tell the Early Help worker her rota each month. Kai would not be left on his own - that was never an issue, and the plan just makes sure it stays that way.

I've spoken with the Early Help duty manager and we have agreed the step-down case discussion for Tuesday 22 February at 2pm on Teams.

Best wishes,
Tomasz Lindqvist
Social Worker, Children in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0577

""") + RDISC
    atts = [docx_att("Case summary - Ferreira-Lowe.docx", [
                "# Case summary", "Kai Ferreira-Lowe, Mosaic 3049981.",
                "CIN since June 2066 after mum's hospital admission for depression. Mum now well and back at work.",
                "Kai's attendance 97%. He attends the after-school club at Orleans Park three days a week."]),
            docx_att("Draft Early Help plan - Ferreira-Lowe.docx", [
                "# Draft Early Help plan", "Outcome 1: Rosa's mental health stays stable - GP review every 3 months.",
                "Outcome 2: childcare stays in place around Rosa's shifts - after-school club; grandmother stays on any night-shift nights.",
                "Outcome 3: Kai has a trusted adult at school - learning mentor weekly."])]
    top = outlook_top(f, addr("Lindqvist, Tomasz", "Tomasz.Lindqvist@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Kai Ferreira-Lowe - Mosaic 3049981", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["3049981"],
        [ch("Kai Ferreira-Lowe", "2059-12-18", "18/12/2059")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: possible future night shifts are hypothetical and already planned for (grandmother stays; 'Kai "
        "would not be left on his own - that was never an issue'). Complete Richmond & Wandsworth step-down (case "
        "summary, draft plan, consent; case discussion agreed for Tue 22 Feb, within 5 days) -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Rosa Ferreira-Lowe", "Tomasz Lindqvist"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2067-03-07 12:31:02"
    body = T("""
Dear Early Help duty team,

Re: the Marchand children - step down - Mosaic 3058802

Zoë Marchand, born 14/03/2058
Léa Marchand, born 01/10/2062

I attach the case summary. The children's father, M. Benoît Marchand, works away on the North Sea platforms, three weeks offshore and three weeks home; mum works part-time in a café. The assessment found the children well cared for, but Zoë (8) struggles when dad goes back offshore and her school attendance drops in those weeks.

I discussed Early Help with mum at my visit on Friday and she does not want it: she said "we don't need another service, we are managing". I have explained what Early Help offers and left her the leaflet, but at the moment she has declined.

The draft plan is not written yet; I will do it with the Early Help worker if mum changes her mind.

Cordialement / kind regards,
Élodie Sánchez
Social Worker, Assessment Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0461

""") + RDISC
    atts = [pdf_att("Case summary - Marchand.pdf", "Case summary", [
        "Family: Marchand. Mosaic 3058802. Children: Zoe (8), Lea (4).",
        "Child and Family Assessment completed 03/03/2067: no safeguarding concerns; emotional support for Zoe around dad's rota."])]
    top = outlook_top(f, addr("Sánchez, Élodie", "Elodie.Sanchez@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Marchand - Mosaic 3058802", when)
    add(f, latin1_mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 9,
        "ordinary", "step_down", False, None, ["3058802"],
        [ch("Zoë Marchand", "2058-03-14", "14/03/2058"), ch("Léa Marchand", "2062-10-01", "01/10/2062")],
        ["school_attendance"], False, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down in an ISO-8859-1 quoted-printable body (Zoë, Léa, Élodie): dad works away "
        "offshore; mum has declined Early Help (consent false) and the draft plan is not written -> missing consent, "
        "draft_plan -> request_info.",
        docs={"case_summary"}, not_children=["Benoît Marchand", "Élodie Sánchez"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2067-01-27 18:52:16"
    body = T("""
Hi,

I'm the shift supervisor at the SwiftDrop delivery depot in Merton. One of our van drivers, Dean Sheppard, showed me a clip from his doorbell camera on his phone about ten minutes ago. It's his little girl, Ruby Sheppard, she's 3, standing at their front door in Tooting in her pyjamas crying and shouting for mummy. Dean says his partner went to her evening shift at St George's at 5.30 thinking he'd be home by 6, but he's stuck with 30 parcels still on the van in Croydon and his partner's phone is off on the ward. The house is empty apart from Ruby. He's panicking but says if he abandons the round he'll lose the job, and he's asked me not to ring the police.

Address is 12 Fircroft Road, Tooting, SW17. Dean's mobile 07700 900418.

I didn't know who else to send this to. I'm going to keep trying his partner.

Gary Ellwood
Shift Supervisor, SwiftDrop Merton
""")
    top = plain_top(f, addr("Gary Ellwood", "gary.ellwood@swiftdrop-logistics.co.uk"), addr("MASH Step Up", RMASH),
                    "3 yr old on her own at home in Tooting right now - her dad is out on a delivery round", when,
                    "swiftdrop-logistics.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ruby Sheppard")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, said in the SUBJECT and the body, out of hours (Thu 18:52 GMT): a delivery depot supervisor "
        "(the father's workplace) reports a 3-year-old alone at home now, seen on the doorbell camera; mum on a ward "
        "shift, dad stuck on his round -> alert the out-of-hours team; not a step request -> other.",
        not_children=["Dean Sheppard", "Gary Ellwood"],
        how="in the subject line ('3 yr old on her own at home ... right now') and the body; no alarm words")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2067-03-11 09:05:58"
    body = T("""
Good morning,

An update on the Obi children for the record, and the case summary is attached as asked.

I emailed last night about Ada Obi (7) and Chidi Obi (4) being on their own after the after-school club closed and mum's agency shift overran. For completeness: I rang the police and EDT straight after sending it, police attended at 19:20, and mum arrived home at 19:40. EDT visited at 21:00 and were satisfied the children were safe and well. Mum has arranged for the children to stay with their aunt in Balham (Mrs Ngozi Eze) on the three evenings a week she works until her agency contract ends on 1 April, and she has asked the agency for day shifts only.

No action is needed from MASH overnight - the children are with their aunt and I will see them at school this morning. I would still like the step up considered as planned.

Thanks,
Harriet Mwangi
Early Help Worker, Wandsworth South | Richmond and Wandsworth Councils
020 7946 0392

""") + RDISC
    atts = [docx_att("Case summary - Obi.docx", [
        "# Case summary", "Ada Obi (7), Chidi Obi (4). Mosaic 3061175.",
        "Mum works agency shifts as a cleaner; childcare has broken down three times since January."])]
    top = outlook_top(f, addr("Mwangi, Harriet", "Harriet.Mwangi@" + RDOM), addr("MASH Step Up", RMASH),
                      "RE: Step up - Obi [SB-richmond_wandsworth-512]", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["3061175"],
        [ch("Ada Obi"), ch("Chidi Obi")],
        [], None, None, [], None, "attach_to_request",
        "Near miss, resolved and already safe: last night's lone children were attended by police and EDT, mum came "
        "home, the children now stay with their aunt ('No action is needed from MASH overnight'). A reply to "
        "[SB-richmond_wandsworth-512] adding the case summary -> follow_up -> attach_to_request.",
        not_children=["Ngozi Eze", "Harriet Mwangi"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2067-01-12 15:48:30"
    data = google_reply(f, when, ("Jenna Pardoe", "jenna.pardoe.ehw@gmail.com"),
                        ("MASH Business Support", "mash.businesssupport@" + RDOM), "ACCEPTED",
                        "Step-up case discussion - Achterberg [SB-richmond_wandsworth-498]",
                        "20670114T100000Z", "20670114T110000Z", "Microsoft Teams",
                        "Fri 14 Jan 2067 10am - 11am (GMT)")
    # the invitation went out from MASH business support with the MASH inbox copied: the reply copies it back
    data = data.replace(b"\nSubject:", ("\nCc: MASH Step Up <%s>\nSubject:" % RMASH).encode(), 1)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, text/calendar method=REPLY plus invite.ics) to the step-up "
        "case discussion for richmond_wandsworth_01's family -> record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2067-03-30 11:05:41"
    body = T("""
Dear MASH,

As Early Help Team Manager I am stepping up Ellis Darby-Khan (DOB 07/07/2054), Mosaic 3070126, and I agree the step up. The case summary is attached; the rationale is being finalised by the Early Help worker and will come separately.

Ellis is 12. The worry is about his mental health (he has disclosed self-harm to the school counsellor, who is supporting him) and about mum's drinking. I want to be clear about one thing, because the school's referral raised it: there is no suggestion that Ellis is left on his own or left in charge of anyone. Mum works shifts at a care home and dad works nights at the bus garage, but their rotas are arranged so that one of them is always at home, and on the one night a week they overlap Ellis stays with his uncle. School checked this with Ellis directly and he confirmed it.

Regards,
Marcus Oyelaran
Early Help Team Manager, Wandsworth Central | Richmond and Wandsworth Councils
020 7946 0670

""") + RDISC
    atts = [docx_att("Case summary - Darby-Khan.docx", [
        "# Case summary", "Ellis Darby-Khan, 12. Mosaic 3070126.",
        "Early Help since September 2066. School counsellor weekly. Mum's alcohol use increasing (self-reported).",
        "Childcare: parents' shifts arranged so one parent is home; uncle on Wednesdays."])]
    top = outlook_top(f, addr("Oyelaran, Marcus", "Marcus.Oyelaran@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Ellis Darby-Khan - Mosaic 3070126", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["3070126"],
        [ch("Ellis Darby-Khan", "2054-07-07", "07/07/2054")],
        ["substance_misuse"], None, True, ["rationale"], None, "request_info",
        "Near miss, negated: 'there is no suggestion that Ellis is left on his own', checked with him; self-harm is "
        "known and supported. Richmond & Wandsworth step-up from the TM (agreed) with the case summary; the rationale "
        "'will come separately' -> missing rationale -> request_info. Sent Wed 30 Mar: BST, +0100.",
        docs={"case_summary"}, not_children=["Marcus Oyelaran"])

# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2067-01-26 10:44:27"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support for the Sheikh family (Mosaic 4460318). We are asking for the family to be stepped up from Targeted Early Help.

Imran Sheikh - 12/04/2054
Aleena Sheikh - 25/01/2062

Dad drives a minicab on nights (7pm to 5am) and mum cleans offices in the City from 5am to 9am, so for four hours every morning Imran (12) is getting Aleena (5) up, dressed, fed and to Reception before he goes to school himself. He is late to Stepney Green most days and has missed 31 sessions this term; he told his head of year he is "always tired". Both parents love the children and have engaged, but the work has not changed the pattern: they cannot afford to lose either job.

Mum has consented to this request for support. My manager, Samira Begum-Holt (cc'd), has read the MARF and agreed the step up.

Kind regards,
Daniel Osei-Bonsu
Lead Practitioner, Targeted Early Help (Stepney) | London Borough of Tower Hamlets
020 7946 0128

""") + TDISC
    atts = [marf("MARF - Sheikh - Mosaic 4460318.pdf", "Sheikh", [
        "Children: Imran Sheikh (12/04/2054), Aleena Sheikh (25/01/2062). Mosaic 4460318.",
        "Reason for request: young carer - Imran cares for his sister every morning while both parents work; attendance 81%.",
        "Parental consent: given by mother, 24/01/2067.",
        "Manager agreement: Samira Begum-Holt, Early Help Team Manager, 25/01/2067."])]
    top = outlook_top(f, addr("Osei-Bonsu, Daniel", "Daniel.Osei-Bonsu@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Sheikh - Mosaic 4460318", when,
                      cc=addr("Begum-Holt, Samira", "Samira.Begum-Holt@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4460318"],
        [ch("Imran Sheikh", "2054-04-12", "12/04/2054"), ch("Aleena Sheikh", "2062-01-25", "25/01/2062")],
        ["school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF attached, manager agreed (and copied), consent given. A 12-year-old "
        "minds his 5-year-old sister every morning between his parents' night and early shifts - a pattern for "
        "assessment, not an event now -> book_meeting.",
        docs={"request_for_support"}, not_children=["Samira Begum-Holt", "Daniel Osei-Bonsu"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2067-03-15 20:41:09"
    body = T("""
MARF for the Ahmed children attached as asked, Mosaic 4471902.

But please can someone go to 27 Cygnet House, Bow Common Lane tonight. Sumaiya Ahmed (9) has just rung my work mobile. Mum went to her agency cleaning shift at 7 and the neighbour who checks on them has gone to Sylhet for a wedding. Baby Ilyas Ahmed (8 months) is burning hot and floppy and won't take his bottle, Sumaiya has given him Calpol twice. Mum's phone is off (they have to hand them in on site). I'm on the train from Romford and can't get there for an hour. Sumaiya says nobody else is there.

Sadia
Sent from my iPhone
""")
    atts = [marf("MARF Ahmed.pdf", "Ahmed", [
        "Children: Sumaiya Ahmed (9), Ilyas Ahmed (8 months). Mosaic 4471902.",
        "Reason for request: mother's agency night work leaves no reliable childcare; the 9-year-old minds the baby.",
        "Manager agreement: see request SB-tower_hamlets-3310."])]
    top = plain_top(f, addr("Sadia Karim", "Sadia.Karim@" + TDOM), addr("MAST", TMAST),
                    "Re: MAST step up - Ahmed [SB-tower_hamlets-3310]", when, TDOM, "iPhone Mail (21A329)")
    add(f, apple_mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["4471902"],
        [ch("Sumaiya Ahmed"), ch("Ilyas Ahmed")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a follow_up, out of hours (Tue 20:41 GMT): the MARF arrives with a hurried iPhone note that "
        "a 9-year-old is alone tonight with an 8-month-old who is hot, floppy and not feeding, mum on an agency night "
        "shift with no phone -> alert_duty overrides attach_to_request.",
        not_children=["Sadia Karim"],
        how="hurried mobile note under a routine 'MARF attached' line; no alarm words")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2067-01-24 13:15:50"
    body = T("""
Hello Early Help Hub,

I am stepping down the Nowak-Rahman children to Early Help following my Child and Family Assessment, which concluded on 20/01/2067.

Lena Nowak-Rahman, DOB 03/03/2060, Mosaic 4455071
Adam Nowak-Rahman, DOB 16/08/2056, Mosaic 4455072

Background: in October the children were found alone at night by police after a neighbour called - mum was working an agency night shift at a care home and the friend who was supposed to babysit did not turn up. A section 47 enquiry followed and concluded with no further child protection action. Since then mum has moved to day shifts (8am-3pm) with the same employer, a registered childminder (Mrs Gulshan Ara) collects Lena from school two days a week, and Adam goes to the youth club on Tuesdays. There has been no repeat, and nothing in my assessment suggests one.

What remains is mum's low mood and debt, and Adam's anger at school.

Attached: the Child and Family Assessment and the draft TAF plan. Mum has given her consent to the step down.

Lead Practitioner: Ms Rekha Patel, Family Support Worker at Bigland Green Primary, has agreed to be the Lead Practitioner. I will arrange and chair the TAF meeting and send you the date.

Regards,
Oliver Whitcombe
Social Worker, Child in Need Team 3 | London Borough of Tower Hamlets
020 7946 0684

""") + TDISC
    atts = [pdf_att("Child and Family Assessment - Nowak-Rahman.pdf", "Child and Family Assessment", [
                "Lena Nowak-Rahman (6), Adam Nowak-Rahman (10). Mosaic 4455071 / 4455072. Concluded 20/01/2067.",
                "Outcome: step down to a Team Around the Family with a Lead Practitioner."]),
            docx_att("Draft TAF plan - Nowak-Rahman.docx", [
                "# Draft TAF plan", "Lead Practitioner: Rekha Patel (Bigland Green Primary)",
                "1. Mum's mood: GP and talking therapies.", "2. Debt: Citizens Advice appointment.",
                "3. Adam: school anger-management group.", "4. Childcare: childminder Mon/Thu; mum's day shifts."])]
    top = outlook_top(f, addr("Whitcombe, Oliver", "Oliver.Whitcombe@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Nowak-Rahman - Mosaic 4455071/2", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 8,
        "near_miss", "step_down", False, None, ["4455071", "4455072"],
        [ch("Lena Nowak-Rahman", "2060-03-03", "03/03/2060"), ch("Adam Nowak-Rahman", "2056-08-16", "16/08/2056")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: the children found alone at night in October (agency night shift, babysitter did not come) is "
        "historic, went through s47 (NFA) and has not recurred (day shifts, childminder). Complete Tower Hamlets "
        "step-down: C&F assessment, draft TAF plan, consent, named Lead Practitioner with agency -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Gulshan Ara", "Rekha Patel", "Oliver Whitcombe"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2067-02-10 16:02:38"
    body = T("""
Hi team,

Step-down request for Wiktoria Zielińska (DOB 29/09/2058), Mosaic 4463390.

The Child and Family Assessment is attached (concluded 07/02/2067). Mum (Małgorzata) works 6am-2pm at a hotel laundry in Aldgate; Wiktoria goes to the breakfast club at Harry Gosling Primary and the after-school club until mum collects. The assessment found her needs are met but mum is isolated and her English is limited, and Wiktoria has missed appointments for her eczema.

Mum consented to the step down at the assessment feedback visit, with the Polish interpreter.

Lead Practitioner: tbc - I have asked school and the health visiting team and am waiting to hear.
The TAF plan I will draft after the TAF meeting.

Dzięki / thanks,
Krzysztof Wójcik
Social Worker, Assessment and Intervention Team | London Borough of Tower Hamlets
020 7946 0342

""") + TDISC
    atts = [pdf_att("CFA Zielinska.pdf", "Child and Family Assessment", [
        "Wiktoria Zielinska (8). Mosaic 4463390. Concluded 07/02/2067.",
        "Recommendation: step down to Early Help; childcare arrangements around mum's shifts are in place and working."])]
    top = outlook_top(f, addr("Wójcik, Krzysztof", "Krzysztof.Wojcik@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Zielińska - Mosaic 4463390", when)
    add(f, b64_mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["4463390"],
        [ch("Wiktoria Zielińska", "2058-09-29", "29/09/2058")],
        ["parental_mental_health"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Base64 UTF-8 Tower Hamlets step-down (Zielińska, Małgorzata, Wójcik): C&F assessment attached, consent given, "
        "but Lead Practitioner 'tbc' and the TAF plan not yet drafted -> missing draft_plan, lead_practitioner.",
        docs={"assessment"}, not_children=["Małgorzata Zielińska", "Krzysztof Wójcik"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2067-02-25 19:58:44"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr">
<div>Hello sir/madam</div>
<div><br></div>
<div>My name is Shirin Akter, I am mother of Nusrat Akter she is 7 year. I find this email on the school letter.</div>
<div><br></div>
<div>Today the childminder cancel by message at 3 o clock, she is sick. I am working in hospital kitchen until 10pm, I can not leave, my manager say if I go home I lose the job. My husband is in Bangladesh since January. Nusrat is at home alone from 4 o clock, she have the key.</div>
<div><br></div>
<div>She call me 10 minute ago crying, she try to make noodle on the cooker and now the kitchen have smoke and she cannot turn off. I tell her go outside the flat but she is scared of the dark stair. We live 4 floor, Flat 16 Brunton House, Cannon Street Road E1.</div>
<div><br></div>
<div>Please somebody go to her, it is emergency. My phone 07700 900672.</div>
<div><br></div>
<div>Sorry for my english.</div>
<div>Shirin</div>
</div></body></html>
""")
    top = plain_top(f, addr("Shirin Akter", "shirin.akter.e1@gmail.com"), addr("MAST", TMAST),
                    "please help my daughter", when, "mail.gmail.com")
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Nusrat Akter")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, HTML-only, second-language writer, out of hours (Fri 19:58 GMT): a mother at work in a "
        "hospital kitchen says her 7-year-old has been alone since 4pm (childminder cancelled), the kitchen is full of "
        "smoke and she cannot turn the cooker off -> alert_duty; not a step request -> other. One of the urgent mails "
        "allowed an alarm word ('emergency').",
        not_children=["Shirin Akter"],
        how="HTML-only mail from the mother in a second language; uses the word 'emergency' once")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2067-03-08 10:30:12"
    body = T("""
Dear Early Help team,

I am the ward manager on Lansbury Ward at Whitechapel General Hospital. One of my staff nurses, Mrs Funmilayo Adebayo, has asked me to write to you in support of her, and she has given me permission to share this.

The hospital is moving all ward staff onto a rotating day/night rota from 1 May. Mrs Adebayo is a single parent of two primary-age children and has no family in London. She is worried that if she is put on nights she would have nobody to care for the children. To be clear, this has not happened - she currently works days only, the children are at the school breakfast and after-school clubs, and she has told me she would rather give up the post than leave them on their own. She has applied for a fixed day rota under our flexible working policy and the panel meets on 29 March.

Could your service provide a short letter about the importance of stable childcare for her application, or tell her what support with childcare might be available if nights cannot be avoided? She would also welcome information about the holiday activities programme.

Yours sincerely,
Bernadette Quaye
Ward Manager, Lansbury Ward, Whitechapel General Hospital
020 7946 0990
""")
    top = plain_top(f, addr("Bernadette Quaye", "bernadette.quaye@whitechapelgeneral.nhs.uk"), addr("Early Help Hub", TEH),
                    "Letter of support request - staff member's childcare and night shifts", when,
                    "whitechapelgeneral.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, hypothetical: an employer asks for a support letter so a nurse is not put on nights; 'this has not "
        "happened' and she would not leave the children. Not a step request, no child named -> other, human_review.",
        not_children=["Funmilayo Adebayo", "Bernadette Quaye"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2067-03-31 14:20:03"
    body = T("""
Dear Early Help Hub,

Please find attached the step-down documents for the Miah children, Mosaic 4458830 (Rumi), 4458831 (Safa) and 4458832 (Zain):
- Child and Family Assessment (concluded 28/03/2067)
- Draft TAF plan
- Today's home visit note from our family support worker, Shabana Ali, for information

Rumi Miah - DOB 10/06/2056
Safa Miah - DOB 21/11/2063
Zain Miah - DOB 02/08/2066

Mum (Rahena) has consented to the step down. The Lead Practitioner will be Mr Jamal Uddin, Family Support Worker at Shapla Primary School, who has agreed.

The family live in a one-bedroom flat and are waiting for a transfer. Rumi's attendance is 84%. I will arrange the TAF meeting after Easter.

Kind regards,
Lucy Adjei
Social Worker, Child in Need Team 1 | London Borough of Tower Hamlets
020 7946 0716

""") + TDISC
    note = [
        "# Home visit note",
        "Family: Miah. Date: 31/03/2067, 11:00. Worker: Shabana Ali, Family Support Worker.",
        "Seen: Rahena Miah, Safa (3), Zain (7 months). Rumi at school.",
        "Rahena told me she has started with a new agency at a hospital laundry in Bow, nights 8pm to 8am, four nights a week, starting TONIGHT. Dad is in Bangladesh until June.",
        "I asked who will look after the children. She said Rumi (10) will, 'he is the man of the house now'. Safa and Zain will be in the bedroom with Rumi. No other adult will be in the flat. The neighbour she used before has moved away.",
        "Rumi has never looked after the baby overnight. Zain still wakes twice a night for a bottle.",
        "Rahena says she cannot turn the shifts down because the agency will not offer her work again.",
        "I told her I would pass this on to the social worker.",
    ]
    atts = [pdf_att("CFA - Miah.pdf", "Child and Family Assessment", [
                "Rumi Miah (10), Safa Miah (3), Zain Miah (7 months). Mosaic 4458830-4458832. Concluded 28/03/2067.",
                "Outcome: step down to a TAF with a Lead Practitioner (housing, attendance, mum's isolation)."]),
            docx_att("Draft TAF plan - Miah.docx", [
                "# Draft TAF plan", "Lead Practitioner: Jamal Uddin (Shapla Primary School)",
                "1. Housing transfer: letter of support.", "2. Rumi's attendance: daily check-in.",
                "3. Mum's isolation: women's group at the children's centre."]),
            docx_att("Home visit note 31.03.67 - Miah.docx", note)]
    top = outlook_top(f, addr("Adjei, Lucy", "Lucy.Adjei@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Miah - Mosaic 4458830", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["4458830", "4458831", "4458832"],
        [ch("Rumi Miah", "2056-06-10", "10/06/2056"), ch("Safa Miah", "2063-11-21", "21/11/2063"),
         ch("Zain Miah", "2066-08-02", "02/08/2066")],
        ["neglect", "school_attendance"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a .docx attachment: today's home visit note says from TONIGHT a 10-year-old will be alone "
        "overnight with a 3-year-old and a 7-month-old while mum works agency nights - no adult in the flat -> urgent. "
        "The step-down itself is complete (assessment, draft plan, consent, Lead Practitioner) -> alert_duty. Thu 31 "
        "Mar: BST, +0100.",
        docs={"assessment", "draft_plan"},
        not_children=["Rahena Miah", "Shabana Ali", "Jamal Uddin", "Lucy Adjei"],
        how="only in an attached Word home-visit note 'for information'; the body is a routine step-down")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2067-01-05 11:40:19"
    body = T("""
Hi MAST,

Zayn Hussain, DOB 19/02/2054, Mosaic 4449127.

Mum works 2pm-10pm shifts at a supermarket distribution centre in Barking and Zayn (12) lets himself in after school. Over the Christmas holidays he was reported missing three times (returned by police each time, the last on 2 January), he has been seen with older boys near the Watney Market, and he came back with new trainers and £200 in cash that he won't explain. Mum has now swapped to day shifts where she can and Zayn is at his aunt's in the evenings until she is home, but the pattern worries us and we'd like MAST to consider a step up.

My manager Farah Choudhury has agreed the step up. I'm completing the MARF this afternoon and will send it straight after.

Thanks,
Connor Flynn
Youth Worker / Lead Practitioner, Targeted Early Help (Youth) | London Borough of Tower Hamlets
020 7946 0155

""") + TDISC
    top = outlook_top(f, addr("Flynn, Connor", "Connor.Flynn@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Zayn Hussain - Mosaic 4449127", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 9,
        "ordinary", "step_up", False, None, ["4449127"],
        [ch("Zayn Hussain", "2054-02-19", "19/02/2054")],
        ["exploitation", "missing"], None, True, ["request_for_support"], None, "request_info",
        "Tower Hamlets MAST step-up, manager agreed, for a 12-year-old who lets himself in while mum works lates, with "
        "missing episodes and signs of exploitation over the holidays (he is at his aunt's in the evenings now); the "
        "MARF 'will send' -> missing request_for_support -> request_info.",
        not_children=["Farah Choudhury", "Connor Flynn"])

# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2067-01-18 10:05:24"
    body = T("""
Hello Early Help,

Please could I have a triage slot to step the Widger children down to level 3 Early Help (LCS-4518830).

Evie Widger - DOB 04/05/2058
Archie Widger - DOB 12/12/2062 (4, so I understand it will be the under-5s triage)

Mum (Tasha) works seasonal split shifts as a chambermaid and in the bar at a Torquay hotel. Last summer the children were being left with a rota of friends and the home conditions slipped badly; the Single Assessment (attached, with my team manager's analysis) found that with a stable childminder, a funded nursery place for Archie and the after-school club for Evie, care is now good enough.

Tasha has consented to level 3 Early Help, and my team manager, Becky Stentiford, has agreed the step down.

Thanks,
Joe Harvey
Social Worker | Safeguarding and Supporting Families Team 1 | Torbay Council
01632 960417

""") + BDISC
    atts = [pdf_att("Single Assessment - Widger - LCS-4518830.pdf", "Single Assessment", [
        "Family: Widger. LCS-4518830. Children: Evie Widger (04/05/2058), Archie Widger (12/12/2062).",
        "Analysis: neglect of home conditions and supervision in summer 2066 linked to mum's split shifts; childcare now stable.",
        "Team manager's analysis (Becky Stentiford): threshold for level 3 intervention met; step down agreed."])]
    top = outlook_top(f, addr("Harvey, Joe", "Joe.Harvey@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Widger - LCS-4518830", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4518830"],
        [ch("Evie Widger", "2058-05-04", "04/05/2058"), ch("Archie Widger", "2062-12-12", "12/12/2062")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment with the TM's analysis, consent, manager agreed) for a "
        "family whose childcare around mum's hotel split shifts is now stable; Archie is 4 -> under-5s triage -> "
        "book_meeting.",
        docs={"assessment"}, not_children=["Tasha Widger", "Becky Stentiford", "Joe Harvey"])

def torbay_02():
    f = "torbay_02.eml"; when = "2067-02-07 10:31:15"
    body = T("""
Hi MASH,

Contact / step up for Poppy Luscombe-Hart (DOB 23/07/2057) and Alfie Luscombe-Hart (DOB 08/01/2062), EHM-902761.

Mum (Kerry) has been in Derriford since Thursday after an operation and will be in for at least another week. Dad (Wayne) is a scaffolder and his firm has him on a job in Bristol. The family have been open to Early Help since September for school attendance and the state of the house, and dad has struggled to keep things going with mum unwell.

Dad consented to the step up on the phone last Wednesday, and my ATM, Kelly Rowe, agreed it this morning.

Please see below from the breakfast club at Furzeham this morning.

Lauren
Lauren Coaker | Early Help Practitioner | Torbay Council | 01632 960529
""") + gfwd("Furzeham Breakfast Club <breakfastclub@furzeham-primary.torbay.sch.uk>",
            "Mon, 7 Feb 2067 at 08:02", "Alfie and Poppy L-H", "Lauren Coaker <Lauren.Coaker@torbay.gov.uk>", T("""
Morning Lauren,

Dad dropped Alfie and Poppy at 7.30 with their bags and said he's off to Bristol for the job until Wednesday night and mum is still in hospital. He said nan is "around" but nan lives in Newton Abbot and doesn't drive. Poppy told me she's got the key on her lanyard, she'll do Alfie's tea and they'll sleep in mum's bed, and they did the same on Thursday and Friday night when dad was away. Nobody is coming to the house tonight or tomorrow night. Alfie is 5 and Poppy is 9.

I've told the head. Dad's phone goes to voicemail.

Carol
Breakfast Club Manager, Furzeham Primary
"""))
    top = plain_top(f, addr("Lauren Coaker", "Lauren.Coaker@" + BDOM), addr("Torbay MASH", BMASH),
                    "Fwd: Alfie and Poppy L-H", when, "mail.gmail.com")
    add(f, gmail_mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-902761"],
        [ch("Poppy Luscombe-Hart", "2057-07-23", "23/07/2057"), ch("Alfie Luscombe-Hart", "2062-01-08", "08/01/2062")],
        ["neglect", "school_attendance"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a forwarded part: the breakfast club manager says a 9- and a 5-year-old will be alone at "
        "home tonight and tomorrow night (mum in hospital, dad working away in Bristol) and already were on Thursday "
        "and Friday -> urgent. The Torbay step-up itself has consent and ATM agreement -> missing [] -> alert_duty.",
        not_children=["Kerry Luscombe-Hart", "Wayne Luscombe-Hart", "Lauren Coaker", "Kelly Rowe"],
        how="only in the forwarded breakfast-club message below the practitioner's note")

def torbay_03():
    f = "torbay_03.eml"; when = "2067-03-09 15:20:36"
    body = T("""
Dear Early Help,

I'd like to request a triage slot to step Lily-Mae Couch (DOB 30/10/2060) and Reggie Couch (DOB 17/04/2064) down to level 3 Early Help. LCS-4522095.

You may see on LCS that in the summer holidays of 2065 the children were left with their 12-year-old cousin for a day when mum was called in for a double shift at the care home where she works. That was investigated at the time (no further action), mum has not done it since, and it is not part of the current worries. The children now go to a childminder on mum's work days.

The current worries are mum's anxiety since the children's father left, and Lily-Mae's attendance (90%).

The Single Assessment is attached. Mum has given her consent to Early Help at level 3.

Kind regards,
Hannah Rendle
Social Worker | Single Assessment Team | Torbay Council
01632 960688

""") + BDISC
    atts = [pdf_att("Single Assessment - Couch.pdf", "Single Assessment", [
        "Lily-Mae Couch (6), Reggie Couch (2). LCS-4522095.",
        "Analysis: no current safeguarding concern; needs around mum's anxiety and school attendance; recommend level 3 Early Help."])]
    top = outlook_top(f, addr("Rendle, Hannah", "Hannah.Rendle@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Couch", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["LCS-4522095"],
        [ch("Lily-Mae Couch", "2060-10-30", "30/10/2060"), ch("Reggie Couch", "2064-04-17", "17/04/2064")],
        ["parental_mental_health", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Near miss: children left with a 12-year-old cousin during a double shift in summer 2065 is historic, "
        "investigated (NFA), not repeated and 'not part of the current worries'. Torbay level 3 step-down with the "
        "Single Assessment and consent, but no manager agreement stated -> missing manager_agreed -> request_info.",
        docs={"assessment"}, not_children=["Hannah Rendle"])

def torbay_04():
    f = "torbay_04.eml"; when = "2067-02-14 09:02:10"
    body = T("""
Thank you for your email.

I am on annual leave for the February half term and will be back in the office on Monday 21 February. I will have no access to email while I am away.

For triage bookings please contact Early Help business support on 01632 960300. If you are worried that a child is at risk of significant harm, please contact the MASH on 01632 960214 or, out of hours, the Emergency Duty Team.

Kind regards,
Jess Tapper
Early Help Practitioner | Torbay Council
""")
    data = ooo(f, when, ("Tapper, Jess", "Jess.Tapper@" + BDOM), addr("Early Help", BEH),
               "Triage slot confirmed - Widger [SB-torbay-1044]", body)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office for the February half term (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) "
        "answering a stepbot triage confirmation; the 'at risk of significant harm' line is boilerplate -> ignore "
        "(safety rule 2).")

def torbay_05():
    f = "torbay_05.eml"; when = "2067-03-05 23:14:48"
    body = T("""
To the childrens services

I live next door to the Nott family at 14 Fore Street Brixham. Mum works nights at the care home in Paignton and her boyfriend is meant to have the kids when shes on. He went out about 9, I heard his car go and he hasnt come back.

The baby Isla Nott has been screaming for over an hour and I can see Kayden Nott (hes 3) at the upstairs window banging on the glass and the window is open at the top. No lights on downstairs. I've knocked loads nobody answers. I don't have a number for mum or him.

I dont know if this counts as an emergency or who to tell at this time of night so I'm sending it here.

Pat (no 16)
07700 900237

Sent from my Samsung Galaxy
""")
    top = plain_top(f, "patricia.bowden61@btinternet.com", BMASH, "next door kids on there own", when,
                    "btinternet.com")
    add(f, mobile_mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Isla Nott"), ch("Kayden Nott")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 out of hours (Saturday 23:14 GMT): a neighbour's phone mail says a baby and a 3-year-old have "
        "been alone since about 9pm (mum on a care-home night shift, boyfriend gone out), the toddler at an open "
        "upstairs window -> out-of-hours alert; not a step request -> other. Uses 'emergency' once (one of the allowed "
        "three).",
        not_children=[],
        how="a neighbour's plain 7bit phone mail, no punctuation to speak of; says 'emergency' once")

def torbay_06():
    f = "torbay_06.eml"; when = "2067-02-04 12:00:31"
    body = T("""
Hi all,

Ahead of Thursday's Early Help practitioners' workshop ("Childcare gaps and working parents", 10 February, 9.30-12.30, Paignton Library), here is the case study we will work through in groups. Please read it before you come.

CASE STUDY (fictional - not a real family)
Jade is 9. Her mum works 12-hour shifts at a care home and her dad drives for a taxi firm at weekends. Jade lets herself in after school with a key on her lanyard and looks after her brother, who is 4, until mum gets home at 8.30pm. The after-school club has a waiting list. One evening the brother falls and cuts his head; Jade does not know whether to ring her mum or 999.

Questions for the groups:
1. What is working well in this family and what are we worried about?
2. At what point would you consult the MASH, and when would this be a call to the police?
3. What childcare support could Early Help offer?

Coffee from 9.15. Parking is limited.

Thanks,
Emma Tozer
Workforce Development Officer (Early Help) | Torbay Council
01632 960771
""")
    top = outlook_top(f, addr("Tozer, Emma", "Emma.Tozer@" + BDOM), addr("Early Help", BEH),
                      "Workshop 10 Feb - case study to read beforehand", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a training case study ('fictional - not a real family') about a 9-year-old minding a 4-year-old "
        "who is hurt - a training vignette must not trigger rule 1 -> other, human_review, no child labelled (Jade is "
        "fictional and first-name only).",
        not_children=["Jade"])

def torbay_07():
    f = "torbay_07.eml"; when = "2067-02-22 14:47:59"
    body = T("""
Hello MASH,

I'd like to request a MASH threshold discussion to step up the Trewin family, EHM-902214.

Sophie Trewin 15 - DOB 03/06/2051
Jack Trewin 8 - DOB 19/09/2058
Ellie Trewin 4 - DOB 26/11/2062

Dad (Martin) is a fisherman on a beam trawler out of Brixham, at sea five to ten days at a time. Mum left the family last spring. While dad is away Sophie looks after Jack and Ellie: she gets them to school and nursery, cooks and does the washing, and she has missed 38% of Year 10. Dad's sister checks in most evenings and stays over if the weather keeps the boat out, so the children are not on their own overnight, but Sophie is carrying far too much and the plan has not changed that in six months.

I discussed this with my ATM, Jo Widdicombe, today and she agreed the step up.

I haven't been able to speak to dad about consent yet - he's at sea until Friday - so I will ask him when the boat is in.

Thanks,
Nathan Sparkes
Early Help Practitioner | Early Help (Brixham) | Torbay Council
01632 960584

""") + BDISC
    top = outlook_top(f, addr("Sparkes, Nathan", "Nathan.Sparkes@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Trewin - EHM-902214", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-902214"],
        [ch("Sophie Trewin", "2051-06-03", "03/06/2051"), ch("Jack Trewin", "2058-09-19", "19/09/2058"),
         ch("Ellie Trewin", "2062-11-26", "26/11/2062")],
        ["school_attendance", "young_carer"], None, True, ["consent"], None, "request_info",
        "Torbay step-up for a 15-year-old young carer while her fisherman father is at sea (an aunt stays overnight, "
        "so no child alone): ATM agreed, but consent 'I will ask him when the boat is in' -> null, missing consent -> "
        "request_info.",
        not_children=["Martin Trewin", "Jo Widdicombe", "Nathan Sparkes"])

def torbay_08():
    f = "torbay_08.eml"; when = "2067-03-28 10:10:42"
    body = T("""
Hi Early Help,

Triage slot please for Harvey Luxton (DOB 14/02/2059), LCS-4521187, stepping down to level 3.

Mum drives a taxi on nights, Thursday to Sunday, and Harvey stays with his grandparents on those nights; that arrangement has held since November and the CIN plan is ending. Still needed: help with Harvey's sleep and behaviour at school, and a check-in with mum about her hours.

Mum has consented to Early Help. My team manager, Sarah Hext, has agreed the step down.

The Single Assessment is on LCS - I haven't attached it, can you pull it from there?

Ta,
Mel Coysh
Social Worker | Safeguarding and Supporting Families Team 2 | Torbay Council
01632 960455
""") + BDISC
    top = outlook_top(f, addr("Coysh, Mel", "Mel.Coysh@" + BDOM), addr("Early Help", BEH),
                      "triage slot - Luxton LCS-4521187", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-4521187"],
        [ch("Harvey Luxton", "2059-02-14", "14/02/2059")],
        [], True, True, ["assessment"], None, "request_info",
        "Torbay level 3 step-down (taxi-driver mum on nights, grandparents have Harvey) with consent and manager "
        "agreement, but the Single Assessment is 'on LCS', not attached or pasted -> missing assessment -> "
        "request_info. Mon 28 Mar: the first working day of BST, +0100.",
        not_children=["Sarah Hext", "Mel Coysh"])

# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2067-01-13 11:30:57"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the Early Help Assessment step down plan and the signed consent form for the Watkins children - one request for the sibling group, level 3.

Harriet Watkins - 21/03/2055 - Mosaic 1981206
Oliver Watkins - 09/09/2059 - Mosaic 1981207
Florence Watkins - 15/01/2064 - Mosaic 1981208

Dad is a long-distance lorry driver and is away Monday to Friday; mum works shifts at the poultry factory in Hereford. Before Christmas the childcare was a patchwork of neighbours and Harriet, and the CIN plan has put in a registered childminder for Florence, the breakfast club for Oliver, and a shift pattern mum's employer has agreed to keep. The CIN plan has now ended.

Key person: Mrs Wendy Powell, Family Support Worker at Whitecross Primary, has agreed to lead the step down with the family.

I discussed the plan with Gareth in the co-ordinator team last Tuesday.

Best wishes,
Carys Morgan
Social Worker | Children in Need Team (Hereford City) | Herefordshire Council
01632 960533

""") + HDISC
    atts = [docx_att("EHA step down plan - Watkins.docx", [
                "# Early Help Assessment step down plan", "Children: Harriet, Oliver and Florence Watkins (Mosaic 1981206-1981208)",
                "Key person: Wendy Powell, Family Support Worker, Whitecross Primary",
                "What needs to happen: childminder for Florence (funded to July); breakfast club for Oliver; Harriet's young carer group; review of mum's shift pattern with her employer each quarter."]),
            pdf_att("Signed consent form - Watkins.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
                "Signed: Donna Watkins (mother). Date: 11/01/2067."])]
    top = outlook_top(f, addr("Morgan, Carys", "Carys.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Watkins sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1981206", "1981207", "1981208"],
        [ch("Harriet Watkins", "2055-03-21", "21/03/2055"), ch("Oliver Watkins", "2059-09-09", "09/09/2059"),
         ch("Florence Watkins", "2064-01-15", "15/01/2064")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (level 3 stated): EHA step-down plan .docx, signed consent "
        "form .pdf, key person with agency; childcare around dad's driving and mum's shifts now in place -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Donna Watkins", "Wendy Powell", "Carys Morgan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2067-01-20 09:48:11"
    body = T("""
Dear MASH,

I am the Designated Safeguarding Lead at Marlbrook Primary and I would like to ask for Leah Price (Year 5, DOB 02/05/2057) and Rhys Price (Year 2, DOB 14/10/2060) to be stepped up from Early Help to children's social care.

Early Help have been working with mum since October about attendance (Leah 82%, Rhys 79%), the children's hygiene and them coming in hungry. Mum took a job with an agency in January and the Early Help worker has not been able to see her since. Things have got worse this term: the children are in the same clothes all week and Rhys has had head lice since before Christmas.

Please let me know what else you need from school.

Kind regards,
Mrs Alison Hughes
Deputy Head and DSL, Marlbrook Primary School
01632 960762

PS - since I started writing this Leah has told our TA that mum went to Birmingham on Sunday for the agency warehouse job and is not coming back until Friday night. Leah and Rhys have been on their own in the house every night this week. Mum's boyfriend "sometimes comes round" but did not come last night. Leah lets them in with the key on her shoelace and they had cereal for tea. They are going home to the empty house at 3.15 today.
""")
    top = outlook_top(f, addr("Hughes, Alison", "a.hughes@marlbrook.hereford.sch.uk"), addr("Herefordshire MASH", HMASH),
                      "Step up request - Leah and Rhys Price", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, [],
        [ch("Leah Price", "2057-05-02", "02/05/2057"), ch("Rhys Price", "2060-10-14", "14/10/2060")],
        ["neglect", "school_attendance"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a PS: a 9- and a 6-year-old have been alone every night this week while mum works away on an "
        "agency job, and go home to the empty house at 3.15 today -> urgent. A step-up to Herefordshire, whose protocol "
        "defines none: urgent comes first -> alert_duty; no requirements for an undefined kind -> missing [].",
        not_children=["Alison Hughes"],
        how="in a PS under the signature of an otherwise ordinary school step-up request")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2067-03-01 13:55:28"
    body = T("""
Dear co-ordinators,

Step down plan and signed consent form attached for Amber Lloyd (DOB 08/08/2051) and Finley Lloyd (DOB 27/05/2059), Mosaic 1990452 and 1990453.

One part of the plan you may want to know the background to: mum started a new job at the creamery in January with 6am starts, four days a week. Amber (15) walks Finley (7) to the breakfast club at St Martin's at 7.45 on those days. This was agreed at the CIN review with mum, Amber and school; Amber is happy to do it, school confirm Finley arrives every time, and mum finishes at 2pm so she does the pick-up. It is in the plan with a back-up (the neighbour, Mrs Bishop) if Amber is ill. It is not a concern.

The remaining work is mum's low mood since the separation.

I haven't yet found a key person - Finley's school have said they will think about it and I'm waiting to hear.

Thanks,
Rhodri Vaughan
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
01632 960640

""") + HDISC
    atts = [pdf_att("Step down plan - Lloyd.pdf", "Early Help step down plan", [
                "Amber Lloyd (15), Finley Lloyd (7). Mosaic 1990452 / 1990453.",
                "1. Mornings on mum's work days: Amber walks Finley to breakfast club; back-up Mrs Bishop.",
                "2. Mum's mood: GP review; Talking Therapies self-referral.",
                "Key person: to be confirmed."]),
            pdf_att("Consent - Lloyd - signed.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help. Signed: Kirsty Lloyd (mother). 24/02/2067."])]
    top = outlook_top(f, addr("Vaughan, Rhodri", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Lloyd - Mosaic 1990452/3", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["1990452", "1990453"],
        [ch("Amber Lloyd", "2051-08-08", "08/08/2051"), ch("Finley Lloyd", "2059-05-27", "27/05/2059")],
        ["parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "Near miss, planned and managed: a 15-year-old walking her brother to breakfast club on mum's 6am-start days "
        "was agreed at the CIN review with a back-up ('It is not a concern'). Herefordshire step-down with plan and "
        "signed consent form but no key person yet -> missing lead_practitioner -> request_info.",
        docs={"draft_plan", "consent_form"}, not_children=["Kirsty Lloyd", "Rhodri Vaughan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2067-02-16 10:12:46"
    body = T("""
Morning,

Step down for the Bevan children attached (plan and consent form). Mosaic 1987015.

Key person: Mrs Sue Griffiths, Nursery Manager at Little Acorns, Ross-on-Wye, who knows the family well and has agreed.

Thanks
Jordan Pugh
Social Worker | Children in Need Team (Ross) | Herefordshire Council
01632 960718

""") + HDISC
    atts = [pdf_att("Step down plan - Bevan.pdf", "Early Help Assessment step down plan", [
                "Children: Mason Bevan (DOB 19/06/2062), Ivy Bevan (DOB 03/12/2064). Mosaic 1987015.",
                "Key person: Sue Griffiths, Nursery Manager, Little Acorns Nursery.",
                "What needs to happen: nursery place for Ivy; mum to attend the parenting group; housing repairs.",
                "",
                "Update 16/02/2067 (added before sending): mum rang me this morning. Her partner has moved out and she",
                "starts nights at Wyebank care home TONIGHT, 8pm to 8am, Wednesday to Saturday. She says Mason (4) and",
                "Ivy (2) will be on their own in the house overnight because there is nobody else, but 'they will be",
                "asleep' and she will lock the door. She says she cannot turn the job down. I said I would get back to her."]),
            pdf_att("Consent form - Bevan - signed.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help. Signed: Stacey Bevan (mother). 10/02/2067."])]
    top = outlook_top(f, addr("Pugh, Jordan", "Jordan.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan - Mosaic 1987015", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "urgent", "step_down", True, None, ["1987015"],
        [ch("Mason Bevan", "2062-06-19", "19/06/2062"), ch("Ivy Bevan", "2064-12-03", "03/12/2064")],
        ["neglect"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PDF attachment: the plan's 'Update 16/02/2067' says a 4- and a 2-year-old will be alone "
        "overnight from TONIGHT while mum starts care-home nights -> urgent. The step-down is complete (plan, signed "
        "consent form, key person) -> alert_duty. Children named only in the PDF.",
        docs={"draft_plan", "consent_form"}, not_children=["Stacey Bevan", "Sue Griffiths", "Jordan Pugh"],
        how="only in the last paragraph of the attached PDF plan; the body is three lines")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2067-03-04 14:25:03"
    prev = ack_text("step down", "SB-herefordshire-807", ["Children: Tilly Morgan-Bright", "Case: 1984410"],
                    ["Signed consent form"])
    body = T("""
Hi,

Signed consent form for Tilly Morgan-Bright (Mosaic 1984410) attached - mum signed it at my visit this morning. Sorry for the delay, she's been on a run of double shifts at the hospital.

Thanks
Ffion
""") + "\n" + quoted(prev)
    atts = [pdf_att("Consent form Morgan-Bright signed.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help. Signed: Natalie Morgan-Bright (mother). 04/03/2067."])]
    top = plain_top(f, addr("Ffion Beddoe", "Ffion.Beddoe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step down received [SB-herefordshire-807]", when, HDOM, "Apple Mail (2.3774.600.62)")
    add(f, apple_mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["1984410"],
        [ch("Tilly Morgan-Bright")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-807] adding the signed consent form (consent true) with the "
        "acknowledgement quoted with '>' -> follow_up -> attach_to_request.",
        not_children=["Natalie Morgan-Bright", "Ffion Beddoe"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2067-02-07 08:51:37"
    data = outlook_itip_reply(f, when, ("Gethin Probert", "Gethin.Probert@" + HDOM),
                              ("Early Help Co-ordinators", HEH), "TENTATIVE",
                              "Step-down drop-in [SB-herefordshire-812]", "20670208T100000", "20670208T103000",
                              "Microsoft Teams Meeting",
                              "Tentative - my childminder has cancelled this week so I am doing the school run and may be 10 minutes late.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE to a Tuesday drop-in; the comment is about the social worker's own "
        "childminder cancelling (no child in need) -> record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2067-02-24 16:44:20"
    body = T("""
Good afternoon,

I write from Wye Valley Home Care, I am the care co-ordinator. I am sorry if this is wrong address, I find it on the council website under "families".

One of our carers, Mrs Danuta Kowal, works night shifts for us. She is worried about her mother, Mrs Irena Kowal, 84 years, who lives with her and has dementia. When Danuta is at work in the night her mother is alone in the house and two times this month she went out in the street in her nightdress, the neighbour brought her back. Danuta has no children at home, only her mother.

We would like to know who can do an assessment for the mother, or where we should send this. Danuta gave permission to write.

With regards,
Marta Nowicka
Care Co-ordinator, Wye Valley Home Care
01632 960817
""")
    top = plain_top(f, addr("Marta Nowicka", "marta.nowicka@wyevalleyhomecare.co.uk"), addr("Early Help Co-ordinators", HEH),
                    "Mother of our worker alone at night - who to contact?", when, "wyevalleyhomecare.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, adult-only: an employer writes about a night-shift carer's 84-year-old mother with dementia left "
        "alone at night ('Danuta has no children at home') - a misdirected adult social care matter, no child -> "
        "other, human_review.",
        not_children=["Danuta Kowal", "Irena Kowal", "Marta Nowicka"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2067-03-29 15:30:14"
    body = T("""
Hello,

Step down plan attached for Jacob Preece, DOB 06/11/2055, Mosaic 1992371 (level 3).

Dad drives long distance for a haulage firm and is away three or four nights a week; mum works early shifts (5am-1pm) at the chicken factory in Hereford. Jacob (11) stays with his aunt on the nights dad is away and mum is on earlies, and that arrangement is written into the plan. The remaining work is his school attendance (87%) and getting him to the youth club.

Key person: Mr Owen Jarvis, Youth Worker, Herefordshire Youth Service (Hereford North), who has agreed to lead.

Mum agreed to the step down verbally when I rang her on Monday. She is going to sign the consent form at my visit next week and I'll send it on then.

Diolch,
Megan Prosser
Social Worker | Children in Need Team (Hereford City) | Herefordshire Council
01632 960591

""") + HDISC
    atts = [docx_att("Step down plan - Jacob Preece.docx", [
        "# Early Help step down plan", "Jacob Preece, Mosaic 1992371.",
        "Care when parents are working: aunt (Mrs Lorraine Preece) on the nights dad is away and mum is on earlies.",
        "Outcome 1: attendance above 92% by July. Outcome 2: Jacob attends the youth club weekly.",
        "Key person: Owen Jarvis, Herefordshire Youth Service."])]
    top = outlook_top(f, addr("Prosser, Megan", "Megan.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jacob Preece - Mosaic 1992371", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["1992371"],
        [ch("Jacob Preece", "2055-11-06", "06/11/2055")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire level 3 step-down: plan .docx and key person with agency, but mum's agreement is verbal only "
        "(consent true) and the signed form comes next week -> missing consent_form -> request_info. Tue 29 Mar: BST, +0100.",
        docs={"draft_plan"}, not_children=["Lorraine Preece", "Owen Jarvis", "Megan Prosser"])
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
BANNED = re.compile(r"\b(urgen\w*|risk\w*|immediat\w*|emergenc\w*|danger\w*|asap)\b", re.I)
# the urgent mails allowed to use an alarm word (the brief allows at most 3)
URGENT_WITH_ALARM_WORDS = {"tower_hamlets_05.eml", "torbay_05.eml"}
# Knowsley notice: file -> (working days expected, plain weekdays, crosses a bank holiday?, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (4, 6, date(2067, 4, 1), True),
    "knowsley_03.eml": (6, 8, date(2067, 4, 1), False),
    "knowsley_04.eml": (4, 4, None, False),
    "knowsley_07.eml": (7, 7, None, False),
}
EXPECTED_BH_2067 = {date(2067, 1, 3), date(2067, 4, 1), date(2067, 4, 4), date(2067, 5, 2), date(2067, 5, 30),
                    date(2067, 8, 29), date(2067, 12, 26), date(2067, 12, 27)}
HALF_TERM = (date(2067, 2, 14), date(2067, 2, 18))
BST_START = date(2067, 3, 27)

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
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    return date.fromisoformat(w).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

ALARM = set()

def run_checks():
    E = []
    ALARM.clear()
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2067) != date(2067, 4, 3):
        err("calendar", "Easter 2067 should be Sunday 3 April")
    bh = bank_holidays(2067)
    if bh != EXPECTED_BH_2067:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2067))
    try:                                   # optional cross-check when the `holidays` package happens to be importable
        import holidays as _h
        pk = {d for d in _h.country_holidays("GB", subdiv="ENG", years=[2067]) if d.weekday() < 5}
        if pk != bh:
            err("calendar", "holidays package disagrees: %s" % sorted(pk ^ bh))
    except ImportError:
        pass
    if date(2067, 1, 1).weekday() != 5 or date(2067, 1, 3) not in bh:
        err("calendar", "New Year's Day 2067 is a Saturday, substitute Monday 3 January")
    if [d for d in bh if WINDOW[0] <= d <= WINDOW[1]]:
        err("calendar", "no bank holiday should fall inside the window")
    if WINDOW != (date(2067, 1, 4), date(2067, 3, 31)) or WINDOW[0].weekday() != 1 or WINDOW[1].weekday() != 3:
        err("calendar", "window should be Tuesday 4 January - Thursday 31 March 2067")
    if WINDOW[1] + timedelta(days=1) != easter(2067) - timedelta(days=2):
        err("calendar", "the term should end the day before Good Friday")
    if HALF_TERM[0].weekday() != 0 or HALF_TERM[1] - HALF_TERM[0] != timedelta(days=4):
        err("calendar", "half term should be Monday-Friday")
    bst_on, bst_off = last_sunday(2067, 3), last_sunday(2067, 10)
    if (bst_on, bst_off) != (BST_START, date(2067, 10, 30)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2067, 3, 27, 0, 59, tzinfo=UTC), 0), (datetime(2067, 3, 27, 1, 1, tzinfo=UTC), 1)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        want = timedelta(hours=1 if d >= BST_START else 0)
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2067:
                    err(f, "meeting date not a future working day of 2067")
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
        want_off = "+0100" if sent.date() >= BST_START else "+0000"
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
            hit = BANNED.search(heads) or BANNED.search(text)
            if hit:
                ALARM.add(f)
            if bool(hit) != (f in URGENT_WITH_ALARM_WORDS):
                err(f, "alarm words %r do not match URGENT_WITH_ALARM_WORDS" % (hit.group(0) if hit else None))
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2067:
                err(f, "a year after 2067 in the text: %s" % y)
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
    if len(ALARM) > 3:
        E.append("set: %d urgent mails use alarm words (at most 3)" % len(ALARM))
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
    for key in ("mailbox",):
        t = {}
        for l in LABELS:
            t[l[key]] = t.get(l[key], 0) + 1
        out.append("%s: %s" % (key, t))
    out.append("urgent mails with alarm words: %s" % sorted(ALARM))
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
