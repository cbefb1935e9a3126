#!/usr/bin/env python3
"""mixed171: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2068, in education after and outside school: further education colleges and
sixth forms (16-18), pupil referral units and alternative provision, home tutors, apprenticeships and training
providers, college safeguarding leads and student support, transport to college, students who are also parents,
and the younger siblings they mention.

Window: Tuesday 3 January - Friday 6 April 2068. New Year's Day 2068 is a Sunday, so the bank holiday is the
substitute Monday 2 January and term starts on Tuesday 3 January. Easter Sunday 2068 is 22 April (Good Friday 20
April, Easter Monday 23 April) - a very late Easter - so schools and colleges break up on Friday 6 April for two
weeks (9-20 April) plus Easter Monday. February half term: Monday 13 - Friday 17 February (school holiday, but
council working days). No bank holiday falls inside the window. GMT until Sunday 25 March 2068 (last Sunday of
March, 01:00 UTC), BST (+0100) from then on.

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
YEAR = 2068
WINDOW = (date(2068, 1, 3), date(2068, 4, 6))
HALF_TERM = (date(2068, 2, 13), date(2068, 2, 17))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2068)."""
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

BANK_HOLIDAYS = bank_holidays(YEAR - 1) | bank_holidays(YEAR)

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


# ============================================================================ MIME helpers (after mixed159's)
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
    """Europe/London wall-clock time (GMT until Sunday 25 March 2068, BST after)."""
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
            b"<< /Producer (mixed171 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2068, 1, 2, 0, 0, 0))
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



# ---------------------------------------------------------------- extra builders for this set
def txt_att(filename, text, charset="utf-8"):
    data = text.replace("\n", "\r\n").encode(charset)
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(data))

def mobile_top(fname, frm, to, subject, when, domain="icloud.com", cc=None):
    return plain_top(fname, frm, to, subject, when, domain, cc=cc)

def fwd_block(frm, sent, to, subject, text):
    return ("\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, sent, subject, to, text))


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

DOB_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%d %B %Y", "%Y-%m-%d", "%d-%m-%Y", "%d %b %Y")

def parse_written_dob(w):
    for f in DOB_FORMATS:
        try:
            return datetime.strptime(w, f).date().isoformat()
        except ValueError:
            pass
    raise ValueError(w)

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked to parse back to `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, docs=(),
        not_children=(), how="", banned_ok=False):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests); `docs` are the document
    ids the message really supplies (checked against `missing`); `not_children` are people in the text who must never
    be labelled (adults, 18-year-olds, first-name-only siblings); `how` says, for urgent mail, where and how the risk is
    told; `banned_ok` marks the (at most 3) urgent mails allowed to use the alarm words."""
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
                   "not_children": list(not_children), "how": how, "banned_ok": banned_ok}


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
    f = "knowsley_01.eml"; when = "2068-01-10 10:14:22"
    body = T("""
Morning all,

Please find attached a step up request for the Healey children, EHM-83541. Family have been open to Family First 0-18 at Level 3 since September.

Brandon Healey - DOB 21/06/2051 - Year 12, Level 2 Motor Vehicle at Prescot Riverside College
Skye Healey - DOB 04/02/2060 - Year 6, Cherryfield Lane Primary

Brandon is 16 and has in effect been running the house since Christmas. Mum (Lorraine) has been in bed most days and the house has gone right down: no gas credit for a week at a time, no food in on the days I visit, Skye going to school in the same uniform all week and coming in hungry. Brandon's college attendance has dropped to 61% this term because he is getting Skye to school and picking her up, and his tutor says he is falling asleep in workshops. He told me he's "not a carer, just her brother".

GCP2 completed with Lorraine before Christmas - scores attached, level 4 on physical care and level 3 on safety. My team manager Joanne Sefton discussed this with me in supervision on Friday and agreed the step up.

Step up TAF meeting: Wednesday 18th January, 10:00, on Teams. Invite has gone to the MASH inbox and MASH business support; I have invited school, college student support and the school nurse.

Attached:
1. FF Step Up request to CSC - Healey.docx
2. TAF minutes 14.12.67 - Healey.pdf
3. GCP2 summary - Healey.pdf

Lorraine knows I am sending this.

Thanks
Kirsty Ollerton
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0621

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83541"),
        ("Children:", "Brandon Healey 21/06/2051; Skye Healey 04/02/2060"),
        ("Date of step up TAF meeting:", "Wednesday 18 January 2068, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 14/12/2067"),
        ("What are we worried about?", "Mum's low mood and the physical care of Skye; Brandon (16) doing the caring; no gas or food some days; Brandon's college attendance 61%."),
        ("What is working well?", "Brandon and Skye are close; school and college are both supportive; Lorraine let me complete the GCP2."),
        ("What needs to happen?", "C&F assessment; young carers assessment for Brandon; GP review for Lorraine."),
        ("Graded Care profile (If neglect should be completed).", "Completed 11/12/2067 - attached."),
        ("Agreement by line manager:", "Joanne Sefton, Team Manager, 06/01/2068 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Healey.docx", form),
            pdf_att("TAF minutes 14.12.67 - Healey.pdf", "Team Around the Family meeting - minutes", [
                "Family: Healey. EHM-83541. Date: 14/12/2067. Venue: Cherryfield Lane Primary.",
                "Present: Kirsty Ollerton (FF Case Manager), Skye's class teacher, college student support, school nurse.",
                "1. Home: Lorraine not out of bed on two of three visits. Gas meter on emergency credit twice.",
                "2. College: Brandon attendance 61%, late most days. Tutor to refer to student support bursary.",
                "3. School: Skye hungry most mornings, breakfast club place offered.",
                "Actions: KO to complete GCP2 and take step up to supervision."]),
            pdf_att("GCP2 summary - Healey.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Healey. Completed with Lorraine Healey, 11/12/2067. Practitioner: Kirsty Ollerton.",
                "Area 1 Physical care: 4. Area 2 Safety: 3. Area 3 Love: 2. Area 4 Esteem: 3."])]
    top = outlook_top(f, addr("Ollerton, Kirsty", "Kirsty.Ollerton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Healey - EHM-83541 - TAF Wed 18th Jan", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-83541"],
        [ch("Brandon Healey", "2051-06-21", "21/06/2051"), ch("Skye Healey", "2060-02-04", "04/02/2060")],
        ["neglect", "parental_mental_health", "school_attendance", "young_carer"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (Appendix 1 .docx, TAF minutes .pdf, GCP2 .pdf for neglect, EHM id, team manager "
        "agreed). A 16-year-old college student caring for his sister is still a child (both labelled). TAF Wed 18 Jan "
        "from Tue 10 Jan = 6 working days -> notice ok -> book_meeting. 'Lorraine knows' is not consent (null).",
        meeting=date(2068, 1, 18), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Lorraine Healey", "Kirsty Ollerton", "Joanne Sefton"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2068-01-25 11:37:05"
    body = T("""
Hi MASH,

Step up for Callum Rimmer (EHM-84102), DOB 09/10/2053, 14. Callum has been at the Bluebell Lane Centre (the PRU) since his permanent exclusion in October. My TM Paul Greenall agreed the step up this morning. Step up form and last TAF minutes attached. Step up TAF meeting is booked for Wed 1st Feb at 10am on Teams (invite sent to you and MASH business support).

Why now: Callum was reported missing overnight on Saturday and came back on Sunday afternoon with new trainers and £200 in cash he won't explain. Mum has found a second phone in his room.

And today - the PRU's key worker rang me at 11.10. Callum came in this morning and showed another lad a train ticket for Blackpool North on the 18:42 tonight and a bag he says he has to "drop off for a mate". He has been given a new phone this morning by a man in a grey Audi who waited outside the PRU gates. Staff think he's been told to go straight from the PRU at 2.30 to Huyton station. Mum is at work in Warrington until 7 and doesn't know yet. I'm on my way to the PRU now - 07700 900 418.

The Merseyside Exploitation Assessment is being finished with the PRU and I'll send it Friday.

Dean Whiteside
Family First Case Manager, Knowsley Council
""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-84102"),
        ("Children:", "Callum Rimmer, 09/10/2053"),
        ("Date of step up TAF meeting:", "01/02/2068 10:00 (Teams)"),
        ("Recent TAF meeting minutes attached:", "Yes, 10/01/2068"),
        ("What are we worried about?", "Missing overnight, unexplained money and phones, an older male in a car at the PRU gates."),
        ("What is working well?", "Callum attends the PRU most days and likes his key worker. Mum is honest with us."),
        ("What needs to happen?", "C&F assessment, exploitation assessment, disruption work with police."),
        ("Agreement by line manager:", "Paul Greenall 25/01/2068 agreed"),
    ])
    atts = [docx_att("Step Up SOS form - C Rimmer.docx", form),
            pdf_att("TAF minutes 10-01-2068 Rimmer.pdf", "TAF meeting minutes", [
                "EHM-84102. 10/01/2068 at Bluebell Lane Centre.",
                "Present: Dean Whiteside, PRU key worker, mum, youth worker.",
                "Callum attending 4 days out of 5. Reduced timetable ends 2.30pm.",
                "Mum worried about who he is with after the PRU. Youth worker to offer sessions."])]
    top = outlook_top(f, addr("Whiteside, Dean", "Dean.Whiteside@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Callum Rimmer EHM-84102", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-84102"], [ch("Callum Rimmer", "2053-10-09", "09/10/2053")],
        ["exploitation", "missing"], None, True, ["exploitation_assessment"], True, "alert_duty",
        "Safety rule 1 in the body: a 14-year-old PRU pupil has been handed a phone by a man in a car and is to take a "
        "bag to Blackpool on a train tonight straight from the PRU at 2.30 - child criminal exploitation happening today. "
        "The step-up lacks the Merseyside Exploitation Assessment (missing) though form, TAF minutes, EHM id and manager "
        "agreement are there; Wed 1 Feb is exactly 5 WD from Wed 25 Jan (notice ok). Urgent -> alert_duty.",
        meeting=date(2068, 2, 1), docs={"step_up_form", "taf_minutes"},
        not_children=["Dean Whiteside", "Paul Greenall"],
        how="body: the PRU key worker's report of the train ticket, the bag and the man in the car, in plain words")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2068-02-08 15:02:47"
    body = T("""
Dear Family First duty,

Step down - Level 2 - Bethany Kerrigan, ICS-1620348

Bethany Kerrigan, DOB 17/05/2051 (16), lives with mum and her younger brother. She is in her first year of the Health and Social Care BTEC at Prescot Riverside College.

Final CIN meeting: Wednesday 15 February 2068 at 2pm, Room G12, Student Services, Prescot Riverside College, Warrington Road. College is closed to students for half term that week but student services staff are in and have offered the room.

Lead practitioner: Dawn Kettle, Student Support and Safeguarding Adviser, Prescot Riverside College (dawn.kettle@prescotriverside.ac.uk, 0151 496 0382). Dawn has agreed to take on the Lead Practitioner role and will run the Early Help Assessment from college.

Please note for context, so nobody is alarmed reading the file: Bethany was open to CSC in 2066 (aged 14) because of child sexual exploitation by an adult male and three missing episodes. That man was convicted in 2067 and is in prison. There have been no missing episodes and no exploitation concerns for 18 months, and this is not a current worry. Mum has consented to the step down.

What are we worried about?
Bethany's anxiety on busy days at college; her attendance (84%) dips when it is bad. Mum is worried about money now that Bethany has turned 16 and child benefit depends on her staying in education.

What's working well?
Bethany has a good relationship with Dawn and with her course tutor. Mum and Bethany are much closer. Bethany has a part-time job she enjoys.

What needs to happen?
Dawn to lead a Level 2 Early Help plan from college: anxiety support through the college wellbeing team, a bursary application, and a review with mum at the end of term.

Thanks,
Imran Hollis
Social Worker, Children in Need Team, Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Hollis, Imran", "Imran.Hollis@" + KDOM), addr(None, KFF),
                      "Step down L2 - B Kerrigan - ICS-1620348 - final CIN 15/02", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 2, ["ICS-1620348"], [ch("Bethany Kerrigan", "2051-05-17", "17/05/2051")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "Near miss (historic): CSE and missing episodes in 2066, perpetrator convicted and in prison, nothing for 18 "
        "months and 'not a current worry' - not urgent and not current concerns. Complete Knowsley Level 2 step-down: "
        "date, time and venue, all three Signs of Safety headings, lead practitioner with agency (college). The final CIN "
        "on Wed 15 Feb falls in February half term, but half term is a school holiday, not a bank holiday: Wed 8 -> Wed "
        "15 Feb = exactly 5 working days -> notice ok -> book_meeting.",
        meeting=date(2068, 2, 15), not_children=["Dawn Kettle", "Imran Hollis"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2068-03-22 16:20:10"
    body = T("""
Hello,

Please accept this as notice of a Level 3 step down to Family First for Chloe Ashcroft and her daughter.

Chloe Ashcroft - 17 - DOB 30/11/2050
Harper Ashcroft - 5 months - DOB 19/10/2067
ICS-1633870 (Chloe), ICS-1633871 (Harper)

Chloe left her Level 2 Childcare course at Knowsley Vale College when Harper was born and lives with her nan in Halewood. Nan is supportive but works full time.

Joint home visit with a Family First case manager: Wednesday 28 March, 10:00, at nan's address (14 Lydbrook Close, Halewood L26 0ZZ).

Consent - I haven't had the chance to go through the Family First leaflet with Chloe yet; I'll ask her on Monday when I see her.

What are we worried about?
Chloe's low mood since Christmas (GP has started her on medication), her isolation since leaving college, and money. Harper's weight is fine and the health visitor has no concerns.

What is working well?
Chloe's care of Harper is warm and attentive; nan is a strong support; Chloe wants to go back to college in September and the college has kept her a place on the crèche list.

What needs to happen?
Family First to support Chloe with a return-to-learning plan, Care to Learn funding for the college crèche, and a young parents' group.

Many thanks
Sophie Dunne
Social Worker, Knowsley Children's Social Care
""") + KDISC
    top = outlook_top(f, addr("Dunne, Sophie", "Sophie.Dunne@" + KDOM), addr(None, KFF),
                      "L3 step down - Ashcroft - joint visit Weds 28/3", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["ICS-1633870", "ICS-1633871"],
        [ch("Chloe Ashcroft", "2050-11-30", "30/11/2050"), ch("Harper Ashcroft", "2067-10-19", "19/10/2067")],
        ["parental_mental_health"], None, None, ["consent"], False, "request_info",
        "Knowsley Level 3 step-down for a 17-year-old mother and her baby (both children): venue, time and the three "
        "headings are there, but consent is still to be asked ('I'll ask her on Monday' -> null, missing). Sent Thu 22 "
        "Mar (GMT); the visit on Wed 28 Mar (after the clock change on Sun 25 Mar) is 4 working days away (23, 26, 27, "
        "28) -> notice not ok -> request_info.",
        meeting=date(2068, 3, 28), not_children=["Sophie Dunne"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2068-03-06 10:12:40"
    comment = ("Sorry, I can't do the 14th - Tuesdays and Wednesdays are my teaching days. But please read this now: "
               "I am sat in my car outside Jaxon's after his 9 o'clock lesson. He told me his mum's boyfriend had his "
               "hands round his mum's neck last night and when Jaxon tried to pull him off he threw Jaxon down the "
               "stairs. Jaxon has a big lump on the back of his head and has been sick twice while I was there. The "
               "boyfriend is asleep upstairs and Macy Lunt (3) is at home with them today. Mum begged me not to say "
               "anything. I am staying outside. Mobile 07700 900 716. Gemma Prior, Home and Hospital Tuition Service")
    data = outlook_itip_reply(f, when, ("Gemma Prior", "gemma.prior@" + KDOM),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step up TAF meeting - Jaxon Lunt - EHM-84977", "20680314T100000", "20680314T113000",
                              "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-84977"],
        [ch("Jaxon Lunt"), ch("Macy Lunt")], ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a calendar reply's COMMENT (Outlook iTIP REPLY, PARTSTAT=DECLINED): the home tutor, outside "
        "the house now, reports a boy thrown down the stairs last night with a head injury and vomiting, mum strangled, "
        "the man asleep upstairs with a 3-year-old in the house. Urgent overrides record_reply -> alert_duty. The EHM id "
        "is in the SUMMARY; children named without DOBs.",
        not_children=["Gemma Prior"],
        how="calendar COMMENT of a DECLINED meeting reply (also the reply's short text part)")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2068-01-16 12:00:00"
    body = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
Post-16 and FE Designated Safeguarding Leads' Network - Spring Term Briefing 2068

1. Next network meeting: Thursday 9 February, 1.30-3.30pm, Kirkby Centre, Room 3.

2. Case study for discussion (training material - invented, not a real young person, do not refer)
"Student A" is 16 and on a Level 1 construction course. Her attendance drops, she is seen getting into different cars at the college gates, she has a new phone and expensive clothes, and one Monday she tells her tutor that she "has to" go to a party in Blackpool that night. What are the risk indicators? What would you do immediately? Who do you ring? When is it an emergency and when is it a referral?

3. Reminder: any young person under 18 at college is a child for safeguarding purposes. Concerns about a student aged 18 or over go to Adult Social Care.

4. Apprenticeships: training providers must have a named safeguarding lead and share concerns about apprentices aged 16-17 with the employer's DSL only with the young person's knowledge unless that would put them at risk of harm.

5. Transport: the post-16 travel assistance policy for 2068/69 is out for consultation until 28 February.

You are receiving this because you are on the KSCP post-16 network list. To unsubscribe reply with UNSUBSCRIBE.
KSCP Business Unit, Knowsley Council
""")
    top = plain_top(f, addr("KSCP Business Unit", "kscp@" + KDOM), addr("Post-16 DSL Network", "post16-dsl-network@lists.knowsley.gov.uk"),
                    "KSCP Post-16 & FE DSL Network - Spring Term Briefing", when, "lists.knowsley.gov.uk",
                    cc=addr(None, KMASH),
                    extra=[("List-Id", "<post16-dsl-network.lists.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:post16-dsl-network-leave@lists.knowsley.gov.uk>"),
                           ("Precedence", "list")])
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (training/bulletin): a partnership briefing whose invented case study 'Student A' (going to a party "
        "in Blackpool tonight) lists exploitation indicators and asks 'what would you do immediately' - training "
        "material naming no real child -> other, human_review, no concerns.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2068-02-27 09:41:15"
    body = T("""
Hi,

Adding to the step up request for Reece Tuohy (EHM-85230) as asked in your acknowledgement:

- TAF minutes from 20/02/2068 attached.
- Engaging Families toolkit attached - completed with dad on Friday. It shows dad agrees with the plan on paper but has not followed through on any of the PRU's invitations since October; Reece tells us his dad says the PRU is "a waste of time".

Because of the notice, I've moved the step up TAF meeting to Wednesday 7th March at 13:30 (same Teams link, new invite sent to the MASH inbox and MASH business support).

Thanks
Lucy Bramwell
Family First Case Manager, Knowsley Council
""") + KDISC
    ack = ack_text("step-up", "SB-knowsley-2207", ["Family: Tuohy", "Received: 23/02/2068 14:05"],
                   ["Engaging Families toolkit (the step-up relates to non-engagement)", "TAF meeting minutes",
                    "Notice: the step-up TAF meeting is less than 5 working days away"])
    body += quote("Knowsley MASH <%s>" % KMASH, "23 February 2068 14:06", "Bramwell, Lucy",
                  "[SB-knowsley-2207] Step up request received - Tuohy", ack)
    atts = [pdf_att("TAF minutes 20.02.68 Tuohy.pdf", "TAF meeting minutes - Tuohy", [
                "EHM-85230. 20/02/2068, Bluebell Lane Centre.",
                "Present: Lucy Bramwell (FF), PRU deputy head, school nurse. Dad did not attend.",
                "Reece on roll at the PRU, attendance 38% this half term."]),
            docx_att("Engaging Families toolkit - Tuohy.docx", [
                "# Engaging Families toolkit", "Family: Tuohy (EHM-85230)",
                "## What does the toolkit tell us?",
                "Dad agrees in meetings but does not act; the barrier is his view of the PRU, not access or understanding."])]
    top = outlook_top(f, addr("Bramwell, Lucy", "Lucy.Bramwell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-2207] Step up request received - Tuohy", when,
                      cc=addr("MASH Business Support", KBS), reply_to_mid=msgid("knowsley_08.eml", "knowsley.gov.uk"))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-85230"], [ch("Reece Tuohy")], [], None, None, [], None,
        "attach_to_request",
        "Reply to [SB-knowsley-2207] (knowsley_08's request) bringing the TAF minutes and the Engaging Families toolkit "
        "and moving the TAF meeting to Wed 7 Mar: a follow_up -> attach_to_request; no requirements or notice for a "
        "follow_up. The quoted acknowledgement's 'What is missing' list is not a concern.",
        not_children=["Lucy Bramwell"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2068-02-23 14:05:33"
    body = T("""
Step up request: Reece Tuohy, DOB 02/03/2054, EHM-85230

Hi both, Reece is 13 and has been on roll at the Bluebell Lane Centre (PRU) since November after a managed move broke down. His attendance this half term is 38%. Dad does not answer the PRU's calls, missed both TAF meetings and did not take up the parenting offer. Reece is out most evenings and says he is bored.

My team manager (Karen Molyneux) has agreed this step up - see her note on the form.

Step up TAF meeting: Wednesday 29 February 2068 at 13:30, Teams. Invite to follow.

Step up SOS form attached. I'll send the latest TAF minutes when they're typed up.

Lucy Bramwell
Family First Case Manager
""")
    form = appendix1([
        ("Case ID on EHM:", "EHM-85230"),
        ("Children:", "Reece Tuohy 02/03/2054"),
        ("Date of step up TAF meeting:", "29/02/2068 13:30 Teams"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Reece's attendance at the PRU (38%); dad not engaging with any service; Reece out in the evenings."),
        ("What is working well?", "Reece gets on with the PRU's football coach; his nan in Stockbridge Village sees him weekly."),
        ("What needs to happen?", "Social care assessment of dad's capacity to meet Reece's needs."),
        ("Agreement by line manager:", "Discussed and agreed - K Molyneux, TM, 22/02/2068."),
    ])
    atts = [docx_att("Step Up SOS form Tuohy.docx", form)]
    top = outlook_top(f, addr("Bramwell, Lucy", "Lucy.Bramwell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Tuohy - EHM-85230", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-85230"], [ch("Reece Tuohy", "2054-03-02", "02/03/2054")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families", "taf_minutes"], False, "request_info",
        "Knowsley step-up for a 13-year-old PRU pupil whose father does not engage: form, EHM id, manager agreement and "
        "date are given, but no Engaging Families toolkit (non-engagement) and the TAF minutes are 'to follow'. The TAF on "
        "the leap day, Wed 29 Feb 2068, is 4 working days from Thu 23 Feb (24, 27, 28, 29) -> notice not ok -> request_info.",
        meeting=date(2068, 2, 29), docs={"step_up_form"}, not_children=["Lucy Bramwell", "Karen Molyneux"])

# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2068-01-12 11:20:44"
    worker = T("""
Hi Marcus,

Here's the Quansah step up ready for your sign-off. Case summary attached; rationale below.

Tyler Quansah, DOB 08/04/2051 (16), Year 12 at Heathfield Row Sixth Form College
Esme Quansah, DOB 27/09/2058 (9), Year 4, Magdala Road Primary
Mosaic ID 2841177

Thanks, Priya
""")
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth South. Please accept the step up below for the Quansah family. I have read the case summary and the rationale, discussed the family with Priya Lal in supervision on 10 January, and I agree that the threshold for Children's Social Care is met.

Mum (Abena Quansah) has given her consent to the step up and to information being shared with MASH.

RATIONALE FOR STEP UP
Abena has bipolar disorder and has been unwell since November; she has stopped taking her medication and the community mental health team have closed her case after three missed appointments. Tyler (16) is doing the shopping, the cooking and Esme's school runs and has missed his mock exams at the sixth form college. Esme has told her teacher that she "looks after mummy when Tyler is at college". The Early Help plan has not changed anything in twelve weeks: we think a Child and Family Assessment is needed to understand the children's lived experience and Abena's capacity to care for them.

Regards
Marcus Oyelaran
Early Help Team Manager (Wandsworth South)
Richmond and Wandsworth Councils
""") + RDISC + quote("Lal, Priya <Priya.Lal@%s>" % RDOM, "11 January 2068 16:52", "Oyelaran, Marcus",
                     "Quansah step up for sign off", worker)
    atts = [docx_att("Case summary - Quansah - Mosaic 2841177.docx", [
        "# Early Help case summary", "Family: Quansah. Mosaic ID 2841177.",
        "## Household", "Abena Quansah (mother); Tyler Quansah (16); Esme Quansah (9).",
        "## Involvement", "Early Help since October 2067 (referral from the sixth form college's student support team).",
        "## Summary", "Mother's mental health has deteriorated; Tyler is the main carer for his sister; "
                      "both children's education is affected."])]
    top = outlook_top(f, addr("Oyelaran, Marcus", "Marcus.Oyelaran@" + RDOM), addr("MASH Step Up", RMASH),
                      "FW: Quansah step up for sign off", when, cc=addr("Lal, Priya", "Priya.Lal@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2841177"],
        [ch("Tyler Quansah", "2051-04-08", "08/04/2051"), ch("Esme Quansah", "2058-09-27", "27/09/2058")],
        ["parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager as 'FW:' with the worker's note "
        "quoted (children and DOBs only in the quoted part): rationale pasted under its heading, case summary .docx "
        "attached, the TM agrees, mother's consent stated. 'Mosaic ID 2841177' -> '2841177'. -> book_meeting.",
        docs={"case_summary", "rationale"}, not_children=["Abena Quansah", "Priya Lal", "Marcus Oyelaran"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2068-01-31 14:22:09"
    subject = ("Maisie Harker 16 in student services now - says stepdad choked her this morning, he is collecting "
               "her little brother from school at 3.15")
    body = T("""
Sorry for the subject line, typing fast. She won't go home and she has marks on her neck. Her mum is at work in Heathrow till 10 tonight and not answering. Her brother is 7, at Sheen Common Primary.

Can someone from MASH ring me back please. I'm keeping her with me.

Hannah Foley
Student Services, Kew Riverside College
020 7946 0813

Sent from my iPhone
""")
    top = mobile_top(f, addr("Hannah Foley", "h.foley@kewriverside.ac.uk"), addr(None, RMASH), subject, when,
                     domain="kewriverside.ac.uk")
    add(f, build(top, text_part(body)), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Maisie Harker")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "Safety rule 1 told in the SUBJECT LINE: a 16-year-old college student strangled by her stepfather this "
        "morning, marks on her neck, afraid to go home, and the same man collecting her 7-year-old brother at 3.15 "
        "today; the body only adds that she won't go home. Not a step request -> other, alert_duty. The brother is "
        "not named.", not_children=["Hannah Foley"],
        how="subject line carries the facts; body is a short iPhone note")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2068-01-23 10:05:51"
    body = T("""
Good morning,

I am the Designated Safeguarding Lead at Kew Riverside College and would be grateful for advice on where to send a concern, as I may have the wrong inbox.

One of our Access to Nursing students, who is 19, disclosed yesterday that her partner checks her phone, takes her student bursary and has pushed her against a wall twice since Christmas. She lives with him in a flat in Twickenham. She has no children, she is not pregnant and no children live in or visit the flat - I asked her directly. She does not want the police involved at the moment but has agreed to see our counsellor and to a referral to the local domestic abuse service.

As she is an adult I assume this is for Adult Social Care / the MARAC route rather than children's services, but our policy asks me to check. We have completed a DASH risk checklist with her (medium risk).

Kind regards
Olumide Shaw
Designated Safeguarding Lead, Kew Riverside College
020 7946 0277
""")
    top = outlook_top(f, addr("Olumide Shaw", "o.shaw@kewriverside.ac.uk"), addr(None, RMASH),
                      "Advice please - adult student, domestic abuse disclosure", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], ["domestic_abuse"], None, None, [], None, "human_review",
        "Near miss (adult only): a college DSL asks where to send a domestic abuse disclosure by a 19-year-old student "
        "with no children, not pregnant, and no children in or visiting the flat - no child at risk -> other, "
        "human_review; the concern described is domestic abuse (of an adult).", not_children=["Olumide Shaw"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2068-02-01 13:10:02"
    body = T("""
Dear Early Help Duty,

Please find a step down request for the Walsh family (Mosaic 2839904). My team manager, Farah Siddiqui, agreed the step down at the CIN review on 26 January.

Connor Walsh - 20/11/2050 - 17, first-year apprentice electrician with Thames Sparks Ltd, training at the Battersea Skills Academy one day a week
Ruby Walsh - 05/06/2056 - 11, Year 7, Lavender Hill Academy

Mum (Karen Walsh) has been in recovery from alcohol misuse for nine months and is attending her group weekly. Connor's apprenticeship has been the making of him after a year out of education, but his training provider reports he has missed five Fridays at the Academy this term to look after Ruby - he has in effect been her carer on the days mum is at her group or unwell. Ruby's attendance is 88%.

Karen and Connor have both consented to the step down to Early Help (signed consent on Mosaic and noted in the plan). The case summary and the draft Early Help plan are attached.

We'd like the case discussion next week if possible - I can do Tuesday or Thursday morning.

Best wishes
Aisha Mensah
Social Worker, Wandsworth Children in Need Team
""") + RDISC
    atts = [pdf_att("Case summary - Walsh - 2839904.pdf", "Case summary for step down - Walsh", [
                "Mosaic 2839904. Household: Karen Walsh (mother), Connor Walsh (17), Ruby Walsh (11).",
                "CIN since May 2067 (parental alcohol misuse). Mother abstinent nine months, supported by the recovery service.",
                "Connor: apprenticeship since September 2067. Ruby: attendance 88%."]),
            docx_att("Draft Early Help plan - Walsh.docx", [
                "# Draft Early Help plan - Walsh family",
                "## What needs to happen", "Karen to continue the recovery group (weekly).",
                "Training provider and employer to agree a study pattern so Connor is not missing his training day.",
                "School to support Ruby's attendance target of 95%.",
                "## Who", "Early Help worker (to be allocated); training provider's learner support officer; school."])]
    top = outlook_top(f, addr("Mensah, Aisha", "Aisha.Mensah@" + RDOM), addr("Early Help Duty", REH),
                      "Step down request - Walsh - Mosaic 2839904", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2839904"],
        [ch("Connor Walsh", "2050-11-20", "20/11/2050"), ch("Ruby Walsh", "2056-06-05", "05/06/2056")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (case summary .pdf, draft plan .docx, consent from mother and the "
        "17-year-old apprentice); TM agreed. Concerns: mother's alcohol misuse (in recovery, still the plan's focus), "
        "attendance, Connor missing training to be home for Ruby. -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Karen Walsh", "Farah Siddiqui", "Aisha Mensah"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2068-03-01 12:30:18"
    body = T("""
Hi,

Step down request for Ellie-Jo Carver (DOB 14/08/2051, Mosaic 2846620) and Finn Carver (DOB 02/12/2057, Mosaic 2846621).

Mum's mental health has stabilised since the autumn and she has agreed to the step down - written consent is in the case summary (attached). Draft Early Help plan attached too. Ellie-Jo is in Year 12 at Heathfield Row Sixth Form College; Finn is in Year 5.

I'm around all week for the case discussion.

Thanks
Tom Ridley
Social Worker, Richmond CIN Team

PS - sorry, this came in while I was writing. The sixth form's safeguarding lead just rang: Ellie-Jo hasn't been in since Tuesday and mum now tells me she hasn't been home Monday or Tuesday night either - mum thought she was at a friend's and hadn't told anyone. Her phone location shows a flat in Croydon belonging to a 31-year-old man she met online who has been buying her vodka and vapes. She isn't answering anyone. Nobody has reported her to the police yet. I've told mum to ring 101 but haven't been able to reach her since.
""") + RDISC
    atts = [docx_att("Case summary - Carver.docx", [
                "# Case summary - Carver", "Mosaic 2846620 / 2846621.",
                "Mother: recurrent depression, stable on medication since October 2067.",
                "Consent: Ms Carver signed consent to step down to Early Help on 22/02/2068."]),
            docx_att("Draft EH plan - Carver.docx", [
                "# Draft Early Help plan - Carver",
                "## Actions", "Family support worker weekly for 8 weeks.",
                "Sixth form college mentor for Ellie-Jo.", "After-school club for Finn."])]
    top = outlook_top(f, addr("Ridley, Tom", "Tom.Ridley@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Carver", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["2846620", "2846621"],
        [ch("Ellie-Jo Carver", "2051-08-14", "14/08/2051"), ch("Finn Carver", "2057-12-02", "02/12/2057")],
        ["exploitation", "missing", "parental_mental_health"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS: a 16-year-old sixth former missing for two nights, located at the flat of a 31-year-old "
        "man met online who supplies her alcohol, unreported - missing and being exploited now. The step-down itself is "
        "complete (summary with consent, draft plan) so missing [], but urgent -> alert_duty.",
        docs={"case_summary", "draft_plan"}, not_children=["Tom Ridley"],
        how="PS under the signature of an otherwise routine step-down")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2068-03-27 11:45:30"
    body = T("""
Dear colleagues,

Step down request - Jordan Mbeki, 16, DOB 11 January 2052, Mosaic 2851093.

Jordan has autism and an EHCP and is in his first year at the Thamesbank Specialist College (independent living skills course). He lives with his dad, who is his full-time carer.

Before anyone reads the file: in 2066 the police were called to a party where Jordan was found carrying a kitchen knife; he said older boys had told him to hold it. It was investigated at the time, NFA, he completed a youth diversion programme, and there have been no incidents, no missing episodes and no concerns about exploitation since. It is not part of the current picture and not a reason for this step down.

The case summary is attached. The draft Early Help plan will follow once the college's transition review has happened on 30 March. I haven't spoken to dad about consent yet - I'll ask him at the review.

Regards
Grace Adebayo-Mills
Social Worker, Richmond Disabled Children's Team
""") + RDISC
    atts = [pdf_att("Case summary J Mbeki 2851093.pdf", "Case summary - Jordan Mbeki", [
        "Mosaic 2851093. Jordan Mbeki (16), autism, EHCP. Lives with father.",
        "Support: Thamesbank Specialist College (funded by EHCP); travel training started January 2068.",
        "Historic: 2066 police incident (knife at a party), NFA, diversion completed. No concerns since."])]
    top = outlook_top(f, addr("Adebayo-Mills, Grace", "Grace.Adebayo-Mills@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - J Mbeki - 2851093", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["2851093"], [ch("Jordan Mbeki", "2052-01-11", "11 January 2052")],
        ["disability_send"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Near miss (historic): a knife incident in 2066, investigated, NFA, nothing since and 'not part of the current "
        "picture'. Richmond & Wandsworth step-down with the case summary only: draft plan 'will follow' and consent "
        "not yet asked ('I'll ask him' -> null) -> missing consent, draft_plan -> request_info. First BST week (+0100).",
        docs={"case_summary"}, not_children=["Grace Adebayo-Mills"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2068-02-14 09:03:27"
    body = T("""
Thank you for your email. I am on leave for February half term and will be back in college on Monday 20 February.

If you have an urgent safeguarding concern about a student at Kew Riverside College, please call the deputy safeguarding lead on 020 7946 0278. If a young person is in immediate danger, call 999. Out of hours, concerns about a child should go to the council's Emergency Duty Team.

Olumide Shaw
Designated Safeguarding Lead, Kew Riverside College
""")
    top = outlook_top(f, addr("Olumide Shaw", "o.shaw@kewriverside.ac.uk"), addr("Early Help Duty", REH),
                      "Automatic reply: [SB-richmond_wandsworth-3310] Step down discussion - invitation", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body)), "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss (boilerplate): a college DSL's half-term out-of-office (Auto-Submitted: auto-replied) whose stock "
        "text says 'urgent safeguarding concern', 'immediate danger' and 999 - about no child -> auto_reply, ignore "
        "(safety rule 2, never answered).", not_children=["Olumide Shaw"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2068-03-26 09:12:55"
    worker = T("""
Marcus - Shania just rang me at 8.40 from the bus stop outside Kew Riverside College. She didn't go home last night: her mum's partner (Lee) hit her across the back with a belt when she came in late, and she slept at a friend's. She sent me a photo - welts across her back and shoulder. Her sister Kayla Okoro (5) is at home with Lee today because Kayla's school is closed for training and mum is on a double shift at the care home until 8pm. Shania says Lee was still drinking when she left. I'm on a home visit in Roehampton till 11 and can't get there. Precious
""")
    body = T("""
MASH - see below from Precious about Shania Okoro (16). I'm chairing panel all morning so please pick this up from here. Mosaic 2850123, already with you as a step up under the reference in the subject.

Marcus Oyelaran
Early Help Team Manager
""") + quote("Nwosu, Precious <Precious.Nwosu@%s>" % RDOM, "26 March 2068 08:51", "Oyelaran, Marcus",
             "Shania", worker)
    top = outlook_top(f, addr("Oyelaran, Marcus", "Marcus.Oyelaran@" + RDOM), addr("MASH Step Up", RMASH),
                      "RE: [SB-richmond_wandsworth-3402] Step up received - Okoro", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["2850123"], [ch("Shania Okoro"), ch("Kayla Okoro")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in the QUOTED part of a follow-up to [SB-richmond_wandsworth-3402]: a 16-year-old beaten with a "
        "belt last night (welts) and her 5-year-old sister at home today alone with the drinking man - urgent now, so "
        "alert_duty overrides attach_to_request. Monday after the clock change: Date +0100.",
        not_children=["Marcus Oyelaran", "Precious Nwosu"],
        how="quoted worker's note under a manager's one-line reply")

# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return docx_att(fname, ["# Multi-Agency Request for Support (MARF)", "Family: " + family] + lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2068-01-17 10:40:12"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step up the Campbell family (Mosaic 3461120) from Targeted Early Help.

Tyrese Campbell, 14 (DOB 22/07/2053) - on roll at Limehouse Basin Academy but placed full time at the Arbour Hall Alternative Provision since September.
Kezia Campbell, 6 (DOB 13/03/2061) - Year 1, Bow Wharf Primary.

Tyrese's attendance at the AP is 41% and falling. Mum (Jolene) has not attended any of the four TAF meetings, has cancelled every home visit since November and tells the AP she "can't make him go". Kezia has been late 23 times this year and her school says she is often collected last. We have used the Engaging Families approach and the family's plan has not moved.

Mum has consented to the step up. My manager, Rahel Gebru (copied), has agreed it - see her note below.

Kind regards
Dominic Ashworth
Early Help Practitioner, Targeted Early Help (Bow & Poplar)

> Agreed - thresholds met, please send to MAST today. Rahel Gebru, Team Manager, Targeted Early Help, 16/01/2068
""") + TDISC
    atts = [marf("MARF - Campbell - 3461120.docx", "Campbell (Mosaic 3461120)", [
        "## Children", "Tyrese Campbell 22/07/2053; Kezia Campbell 13/03/2061",
        "## Reason for request", "Persistent non-attendance at alternative provision; parent not engaging with Early Help.",
        "## Consent", "Parent consented 15/01/2068.",
        "## Manager", "Rahel Gebru, TM, agreed 16/01/2068."])]
    top = outlook_top(f, addr("Ashworth, Dominic", "Dominic.Ashworth@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Campbell - Mosaic 3461120", when, cc=addr("Gebru, Rahel", "Rahel.Gebru@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3461120"],
        [ch("Tyrese Campbell", "2053-07-22", "22/07/2053"), ch("Kezia Campbell", "2061-03-13", "13/03/2061")],
        ["non_engagement", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF .docx attached, the team manager (copied) agrees in her note, "
        "consent stated. Alternative provision non-attendance and a parent not engaging. -> book_meeting.",
        docs={"request_for_support"}, not_children=["Jolene Campbell", "Rahel Gebru", "Dominic Ashworth"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2068-01-18 13:10:37"
    body = T("""
Dear MAST team,

My name is Katarzyna Wróbel, I am ESOL teacher in Poplar Riverside College. I write about my student Tanvir Alam, he is 16 year old, born 03.09.2051, he live with his uncle in Stepney.

Today in the lesson he is not sitting, I ask why. After the class he show me his back and legs, there is many red and purple lines, some are open. He say his uncle beat him with the belt yesterday night because he call his mother in Sylhet without permission. He say this happen before but yesterday is the worst. He say uncle tell him that tonight he will "finish the job" and after he will send him back to Bangladesh and he will never come back.

He is very afraid to go home. His uncle come to college to take him at 4 o'clock every day. I keep him in my classroom now, our safeguarding lead is on training today. Please somebody call me 020 7946 0551 or mobile 07700 900 233.

I am sorry for my English.
Katarzyna Wróbel
ESOL Department, Poplar Riverside College
""")
    top = plain_top(f, addr("Katarzyna Wróbel", "k.wrobel@poplarriverside.ac.uk"), addr(None, TMAST),
                    "Student Tanvir Alam 16 - marks from belt, afraid going home", when, "poplarriverside.ac.uk",
                    mailer="Microsoft Outlook 16.0")
    add(f, build(top, text_part(body, charset="iso-8859-2")), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Tanvir Alam", "2051-09-03", "03.09.2051")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 from a second-language writer (ISO-8859-2 body, quoted-printable): a 16-year-old college student "
        "with open belt wounds from his uncle last night, threatened with worse tonight and with being sent abroad, and "
        "the uncle collecting him at 4pm today -> other, alert_duty. DOB written 03.09.2051.",
        not_children=["Katarzyna Wróbel"],
        how="body, second-language English, no alarm words")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2068-02-09 15:30:48"
    body = T("""
Hi MAST,

Step up - Deshawn Clarke, DOB 30/04/2052, Mosaic 3472209. MARF attached.

Deshawn is 15, has ADHD and is waiting for an EHCP needs assessment. He was permanently excluded in November and is at the Cable Street Pupil Referral Unit on a part-time timetable (9.30-1pm). His attendance is 52% and mum is struggling to get him up and out; there are no other adults in the home.

I know a referral that mentions "a car picks him up every day" sets off alarms, so to be clear: the car is the council's contracted SEN taxi to the PRU, the driver and passenger assistant are DBS checked, and the PRU confirms he arrives in it every day he attends. There are no concerns that Deshawn is being exploited, he has no unexplained money or phones, and he has never been missing.

Mum consented to the step up at the TAF on Tuesday. I haven't had the chance to discuss it with my manager yet - she's back on Monday and I'll get her sign-off then.

Thanks
Bilal Chowdhury
Early Help Practitioner
""") + TDISC
    atts = [marf("MARF Deshawn Clarke.docx", "Clarke (Mosaic 3472209)", [
        "## Child", "Deshawn Clarke 30/04/2052",
        "## Reason", "Non-attendance at PRU; ADHD; EHCP needs assessment outstanding.",
        "## Consent", "Mother consented 07/02/2068.",
        "## Manager's comments", "(to be completed)"])]
    top = outlook_top(f, addr("Chowdhury, Bilal", "Bilal.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "Step up MARF - D Clarke", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3472209"], [ch("Deshawn Clarke", "2052-04-30", "30/04/2052")],
        ["disability_send", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Near miss (negated): the daily car is the contracted SEN taxi to the PRU, 'no concerns that Deshawn is being "
        "exploited', never missing - no exploitation, not urgent. Tower Hamlets step-up with the MARF but the manager "
        "has not yet agreed (null) -> missing manager_agreed -> request_info.",
        docs={"request_for_support"}, not_children=["Bilal Chowdhury"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2068-03-07 11:00:25"
    rows = [("Name", "DOB", "Mosaic", "Notes"),
            ("Amina Begum", "14/08/2050", "3455017", "17, young mum, Level 3 Childcare at Tower Hamlets Riverside College (on a break)"),
            ("Zayan Begum", "30/09/2067", "3455018", "5 months, her son")]
    intro = T("""
Dear Early Help Hub,

Step down from CSC to Targeted Early Help following the Child and Family Assessment, which concluded on 2 March 2068.
""")
    rest = T("""
Worries: Amina's postnatal depression (improving with treatment from the perinatal team), isolation from her course, and a tenancy in her own name at 17.
Consent: Amina has consented to the step down and signed the consent section of the plan.
Lead Practitioner: Nasreen Akhtar, Family Support Worker, Shadwell Family Hub (nasreen.akhtar@towerhamlets.gov.uk) - agreed on 5 March.
TAF meeting: I will chair it on Tuesday 3 April at 10:00 at Shadwell Family Hub and will send the invitation.

Attached: the C&F Assessment and the draft TAF plan.

Kind regards
Yasmin Ali
Social Worker, Children's Social Care (Assessment and Intervention)
""")
    plain = intro + "\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + rest + TDISC
    table = "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">" + "".join(
        "<tr>" + "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) + "</tr>"
        for i, r in enumerate(rows)) + "</table>"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           + "".join("<p>%s</p>" % esc(p) for p in intro.strip().split("\n\n")) + table
           + "".join("<p>%s</p>" % "<br>".join(esc(l) for l in p.split("\n")) for p in (rest + TDISC).strip().split("\n\n"))
           + "</body></html>")
    alt = multipart("alternative", [text_part(plain), text_part(htm, "html")], bnd(f, 2))
    atts = [pdf_att("C&F Assessment - Begum - 3455017.pdf", "Child and Family Assessment (summary)", [
                "Mosaic 3455017 / 3455018. Concluded 02/03/2068.",
                "Amina Begum (17) and her son Zayan (5 months). Amina lives in a council tenancy; baby's father not involved.",
                "Outcome: needs can be met through Targeted Early Help; step down recommended."]),
            docx_att("Draft TAF plan - Begum.docx", [
                "# Draft TAF plan", "## Actions", "Perinatal mental health team - continue treatment.",
                "College learner support - plan return to course in September with Care to Learn childcare.",
                "Family Hub - young parents' group, tenancy support."])]
    root = multipart("mixed", [alt] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Ali, Yasmin", "Yasmin.Ali@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Begum - Mosaic 3455017", when, cc=addr("Akhtar, Nasreen", "nasreen.akhtar@" + TDOM))
    add(f, build(top, root), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3455017", "3455018"],
        [ch("Amina Begum", "2050-08-14", "14/08/2050"), ch("Zayan Begum", "2067-09-30", "30/09/2067")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down for a 17-year-old mother and her baby, given in an HTML table (with a plain "
        "alternative): assessment .pdf, draft TAF plan .docx, consent, lead practitioner with agency. The mother is 17, "
        "so she is a child too. -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Nasreen Akhtar", "Yasmin Ali"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2068-03-05 10:47:03"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Calibri,sans-serif;font-size:11pt} .sig{color:#5a2d82;font-size:9pt}</style></head>
<body>
<p>Dear MAST,</p>
<p>I am the Designated Safeguarding Lead at <b>Mile End Sixth Form</b>.</p>
<p><b>Sadia Rahman</b>, Year 12, DOB <b>19/01/2052</b>, came to my office at 10.15 this morning with a swollen, closed left eye. She says her father punched her at breakfast because he found messages from a boy on her phone. She says he told her that he is taking her &ldquo;back home&rdquo; this Saturday and that she will not be coming back to college. She has seen the tickets.</p>
<p>Her father collects her from the sixth form gate at <b>3.30pm</b> every day. She is shaking and says she cannot go home with him. Her younger brother (12) is at Globe Town Secondary.</p>
<p>She is with our pastoral manager in the medical room. Please call me on <b>020 7946 0934</b>.</p>
<p class="sig">Roksana Haque<br>Designated Safeguarding Lead | Mile End Sixth Form<br>Student Services, 2nd floor</p>
</body></html>
""")
    top = outlook_top(f, addr("Roksana Haque", "r.haque@mileendsixthform.ac.uk"), addr("MAST", TMAST),
                      "Sadia Rahman Y12 - injury from father this morning", when)
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Sadia Rahman", "2052-01-19", "19/01/2052")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in an HTML-only mail: a 16-year-old punched by her father this morning (eye closed), told she is "
        "being taken abroad on Saturday and will not come back, and the father collecting her at 3.30 today -> other, "
        "alert_duty. The brother (12) is not named.",
        not_children=["Roksana Haque"], how="HTML-only body from a sixth form DSL")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2068-02-23 12:20:36"
    body = T("""
Hello,

For the record on [SB-tower_hamlets-5517] (Chowdhury, Mosaic 3468830), an update on yesterday's disclosure at college.

Rumana Chowdhury (16) told her college tutor yesterday afternoon that her stepfather had hit her with a belt and threatened her brother Ibrahim Chowdhury (8). A strategy discussion was held at 5pm yesterday. Police attended the home at 6pm; the stepfather was arrested and has this morning been remanded in custody by the magistrates. Rumana and Ibrahim stayed last night with their maternal aunt in Bethnal Green and remain there under the safety plan agreed at the strategy discussion; mum is with them. The section 47 enquiry is allocated to Kemi Ade in the Assessment and Intervention team.

Nothing is needed from MAST today - this is so the step up record reflects what has happened. Please do not treat the step up as live until you hear from Kemi.

Thanks
Shirin Talukdar
Targeted Early Help Practitioner
""") + TDISC
    top = outlook_top(f, addr("Talukdar, Shirin", "Shirin.Talukdar@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-5517] Step up request received - Chowdhury", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["3468830"],
        [ch("Rumana Chowdhury"), ch("Ibrahim Chowdhury")], ["physical_harm"], None, None, [], None,
        "attach_to_request",
        "Near miss (already safe): yesterday's disclosure has been acted on - strategy discussion, arrest, remand in "
        "custody, children safe with their aunt under a safety plan, s47 allocated. A follow-up to "
        "[SB-tower_hamlets-5517] for the record -> attach_to_request.",
        not_children=["Kemi Ade", "Shirin Talukdar"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2068-03-28 15:05:41"
    data = google_reply(f, when, ("Nasreen Akhtar", "nasreen.akhtar@" + TDOM),
                        ("Yasmin Ali", "Yasmin.Ali@" + TDOM), "ACCEPTED",
                        "TAF meeting (step down) - Mosaic 3455017", "20680403T090000Z", "20680403T103000Z",
                        "Shadwell Family Hub, Meeting Room 2", "Tue 3 Apr 2068 10am - 11:30am (BST)")
    # the lead practitioner replies to all: the Early Help Hub was on the invitation
    to_line = b"To: Yasmin Ali <Yasmin.Ali@towerhamlets.gov.uk>\n"
    assert data.count(to_line) == 1
    data = data.replace(to_line, to_line + b"Cc: Early Help Hub <" + TEH.encode() + b">\n")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3455017"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED) from the new lead practitioner for tower_hamlets_04's TAF "
        "meeting on Tue 3 Apr (09:00Z = 10:00 BST); the Mosaic number in the SUMMARY is the case id -> record_reply.",
        not_children=["Nasreen Akhtar", "Yasmin Ali"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2068-01-30 16:15:20"
    body = T("""
Hi there,

This isn't about a particular young person - it's a question for our new staff induction at the Arbour Hall Alternative Provision, and I'd rather get it right before someone needs it.

If a pupil here told us that an older cousin was making them carry knives or drugs, and they were due to meet him after school that day, who do we ring first: MAST, or the police on 999? And if it happens after 5pm, is it the out-of-hours number? Do we still need to fill in a MARF when we've already phoned?

We'd also like someone from MAST to do a 20-minute slot at our staff training day on 24 April if anyone is free.

Many thanks
Joel Pemberton
Deputy Head and DSL, Arbour Hall Alternative Provision
""")
    top = gmail_mail(f, plain_top(f, addr("Joel Pemberton", "j.pemberton@arbourhall-ap.org.uk"), addr(None, TMAST),
                                  "Question for staff induction - who do we call?", when, "arbourhall-ap.org.uk"), body)
    add(f, top, "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (hypothetical): an alternative provision's DSL asks what to do 'if a pupil told us' about being made "
        "to carry knives - 'not about a particular young person', for staff induction -> other, human_review.",
        not_children=["Joel Pemberton"])

# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2068-01-09 11:50:14"
    body = T("""
Hello Early Help,

Please can I have a triage slot for a level 3 step down.

Jade Rowe - DOB 02/05/2050 - 17
Alfie Rowe - DOB 11/06/2067 - 7 months
LCS-4519920

Jade is a young mum on the Foundation Learning programme at South Devon Bay College two days a week; Alfie goes to the college nursery on those days. CSC has been involved since Alfie's birth because of Jade's low mood and her relationship with her own mum. The Single Assessment (attached) recommends step down: Jade's care of Alfie is good, she has moved into a supported young parents' flat in Paignton and her mood has lifted with treatment.

Jade has consented to Early Help and is keen to keep her college place. My team manager, Carys Penrose, agreed the step down and her analysis is in section 9 of the assessment.

Alfie is under 5, so I understand this goes to the under-5s triage.

Thanks
Ben Trewin
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment - Rowe - LCS-4519920.pdf", "Single Assessment - Jade and Alfie Rowe", [
        "LCS-4519920. Jade Rowe (17), Alfie Rowe (7 months). Supported young parents' flat, Paignton.",
        "Section 9 Manager's analysis: step down to Early Help agreed. Carys Penrose, Team Manager, 05/01/2068.",
        "Consent: Jade consents to Early Help (signed 04/01/2068)."])]
    top = outlook_top(f, addr("Trewin, Ben", "Ben.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage request - level 3 step down - Rowe", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4519920"],
        [ch("Jade Rowe", "2050-05-02", "02/05/2050"), ch("Alfie Rowe", "2067-06-11", "11/06/2067")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down for a 17-year-old college student mother and her baby (both children): "
        "Single Assessment with the TM's analysis, consent -> book_meeting; Alfie is under 5, so the fortnightly "
        "under-5s triage.", docs={"assessment"}, not_children=["Carys Penrose", "Ben Trewin"])

def torbay_02():
    f = "torbay_02.eml"; when = "2068-01-24 11:05:39"
    body = T("""
Morning MASH,

Step up request for Kerys Pascoe (17, DOB 19/04/2050) and her son Arlo Pascoe (DOB 20/11/2067), EHM-921334.

I've been Kerys's Early Help worker since Arlo was born. She's doing a Level 2 Hair and Beauty course at South Devon Bay College and Arlo is in the college nursery three days a week. Things at home have been getting harder since her partner Dean moved in at Christmas - she's stopped coming to the young parents' group and college say she's been missing days.

Kerys has agreed to the step up and my ATM, Sarah Lavers, agreed it this morning. The college nursery manager's note from this morning is attached - it's why we're sending this today.

Thanks
Molly Kitto
Early Help Family Worker, Torbay
""") + BDISC
    atts = [pdf_att("College nursery note 24.01.2068 - A Pascoe.pdf", "South Devon Bay College Nursery - record of concern", [
        "Child: Arlo Pascoe, 9 weeks. Parent: Kerys Pascoe (student). Date: 24/01/2068, 08:50.",
        "On arrival Arlo screamed when his left arm was moved and would not move it. The upper arm is swollen.",
        "Three small round bruises on his left cheek, fingertip sized.",
        "Kerys said Dean 'lost it' in the night because Arlo would not stop crying and 'grabbed him out of the cot'.",
        "Kerys asked us not to tell anyone. She says Dean will be picking Arlo up from the nursery at 12.15 today",
        "because she has an assessment this afternoon.",
        "Arlo has not been seen by a doctor. Nursery manager: Tamsin Yeo."])]
    top = outlook_top(f, addr("Kitto, Molly", "Molly.Kitto@" + BDOM), addr("MASH", BMASH),
                      "Step up - Pascoe - EHM-921334", when)
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-921334"],
        [ch("Kerys Pascoe", "2050-04-19", "19/04/2050"), ch("Arlo Pascoe", "2067-11-20", "20/11/2067")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a PDF attachment: the college nursery's note from this morning - a 9-week-old with a swollen "
        "arm he will not move and fingertip bruises, the partner 'grabbed him out of the cot', and the same man "
        "collecting the baby at 12.15 today. The body is a routine step-up (consent and ATM agreement stated, so missing "
        "[]) -> urgent, alert_duty. The 17-year-old mother is a child too.",
        not_children=["Dean", "Sarah Lavers", "Molly Kitto", "Tamsin Yeo"],
        how="PDF attachment (college nursery record of concern); body only says it is attached")

def torbay_03():
    f = "torbay_03.eml"; when = "2068-02-07 14:20:55"
    body = T("""
Dear MASH,

I'd like to step up Harvey Widdicombe (DOB 12/12/2052, 15), EHM-920117, to Children's Social Care.

Harvey was permanently excluded from secondary school in September and is at the Torbay Pupil Referral Unit, where his attendance is 46%. Dad drinks most days from lunchtime and Harvey says he gets his own tea most nights. Mum left in 2066.

So it is not misread: Harvey was reported missing for three days in 2065, when he was 12 and his parents were separating. That was fully investigated at the time, he had been at his mum's new address, and there have been no missing episodes since. It is history, not a current worry.

My ATM, Phil Stoneman, agreed the step up at our meeting this morning. However, dad has refused consent - he told me on Monday he "won't have social services in the house". Harvey himself would like more help.

Regards
Jenna Curnow
Early Help Family Worker
""") + BDISC
    top = outlook_top(f, addr("Curnow, Jenna", "Jenna.Curnow@" + BDOM), addr("MASH", BMASH),
                      "Step up request - H Widdicombe - EHM-920117", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-920117"],
        [ch("Harvey Widdicombe", "2052-12-12", "12/12/2052")],
        ["school_attendance", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Near miss (historic): a missing episode in 2065, investigated, none since, 'history, not a current worry' - "
        "not urgent and not a current concern. Torbay step-up with ATM agreement but dad has refused consent (false) "
        "-> missing consent -> request_info.", not_children=["Phil Stoneman", "Jenna Curnow"])

def torbay_04():
    f = "torbay_04.eml"; when = "2068-03-15 16:10:08"
    body = T("""
Hi MASH,

Adding the training provider's note for the Tozer step up file - it came in at 4pm.

Thanks
Molly

Molly Kitto
Early Help Family Worker, Torbay
""") + BDISC
    note = T("""
BAYSIDE TRAINING & APPRENTICESHIPS - SAFEGUARDING NOTE
Learner: Lily Tozer   DOB: 03/09/2050   Programme: Level 2 Hairdressing Apprenticeship
Employer: Salon Eighteen, Torquay
Written by: Dan Hosking, Learner Safeguarding Officer
Date/time: 15/03/2068 15:40

Lily came to the training centre today for her off-the-job day and asked to speak to me at 3pm.

She said the salon owner's husband, who is in his forties and does the salon's accounts, has been messaging her on Snapchat since January, sending her money (£40, £60) and asking for photos of her in her underwear, which she has sent. He has told her not to tell anyone or he will get her sacked.

He has told her he is picking her up from outside the salon at 7pm tonight to "go for a drive" and has told her to bring her sister Mollie Tozer, who is 14, "so it's not weird". Lily showed me the messages. She says she doesn't want to go but is scared of losing her apprenticeship.

Lily has gone back to the salon to finish her shift (ends 6.30pm). Mum works evenings.
""")
    atts = [txt_att("Safeguarding note - L Tozer 15-03-2068.txt", note, "windows-1252")]
    top = outlook_top(f, addr("Kitto, Molly", "Molly.Kitto@" + BDOM), addr("MASH", BMASH),
                      "RE: [SB-torbay-4127] Step up received - Tozer - EHM-921870", when)
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-921870"],
        [ch("Lily Tozer", "2050-09-03", "03/09/2050"), ch("Mollie Tozer")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a text/plain attachment (windows-1252) of a follow-up to [SB-torbay-4127]: a 17-year-old "
        "apprentice groomed by her employer's husband (money for indecent photos) who is collecting her at 7pm tonight "
        "and has told her to bring her 14-year-old sister -> urgent overrides attach_to_request -> alert_duty.",
        not_children=["Dan Hosking", "Molly Kitto"],
        how="text/plain attachment from an apprenticeship training provider; the body only says it is attached")

def torbay_05():
    f = "torbay_05.eml"; when = "2068-02-28 17:55:21"
    body = T("""
Hi EH - step down pls for Kai Penberthy 16, LCS-4523381. Lives w mum in Brixham, started at South Devon Bay College in Jan (construction) after a yr out. Mum's happy with EH, she said yes on the phone today. Single assessment not finalised yet, will send when it is. Haven't had a chance to run it past my TM, she's on leave till Mon.
Cheers
Luke Penhallow SW

Sent from Outlook for Android
""")
    top = plain_top(f, addr("Penhallow, Luke", "Luke.Penhallow@" + BDOM), addr(None, BEH),
                    "step down Kai P", when, BDOM, mailer="Outlook for Android")
    add(f, build(top, text_part(body, cte="base64"), crlf=False), "torbay", "early_help_duty", when, 9,
        "ordinary", "step_down", False, None, ["LCS-4523381"], [ch("Kai Penberthy")], [], True, None,
        ["assessment", "manager_agreed"], None, "request_info",
        "Terse mobile Torbay step-down (base64 body): mum's consent given by phone (true), but the Single Assessment "
        "is not finalised and the TM has not been asked (null) -> missing assessment, manager_agreed -> request_info. "
        "No level stated; no concern named.", not_children=["Luke Penhallow"])

def torbay_06():
    f = "torbay_06.eml"; when = "2068-03-08 13:30:16"
    body = T("""
Dear MASH,

For information only - no referral, and no action needed.

One of our A-level Drama students has written a short play for her coursework, "The Locked Room", about a teenage girl kept in her bedroom by her stepfather and beaten when she tries to leave. Her teacher flagged it to me because the writing is vivid. I met the student and her mum together yesterday. The play is based on a novel they are studying and a podcast she listened to; she lives with her mum and grandmother, there is no stepfather, and she was relaxed and clear about it. Her teacher and I have no concerns about her or anyone at home.

We log creative-work flags like this in line with our policy, and the policy says to let MASH know we've made a decision. I'm happy for this to be closed.

Kind regards
Nia Trelawny
Designated Safeguarding Lead, Torquay Sixth Form Centre
""")
    top = outlook_top(f, addr("Nia Trelawny", "n.trelawny@torquaysixthform.ac.uk"), addr("MASH", BMASH),
                      "For info - drama coursework flagged, no concerns", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (fiction): a sixth form DSL reports that a drama student's play about a girl locked in and beaten is "
        "fiction, checked with the student and her mother, no stepfather, no concerns -> other, human_review.",
        not_children=["Nia Trelawny"])

def torbay_07():
    f = "torbay_07.eml"; when = "2068-01-19 19:20:44"
    body = T("""
Hello,

I hope this is the right place - the college gave me this address.

My son Oscar Bray is 16 and has an EHCP (autism and anxiety). He started at South Devon Bay College in January on the supported internship programme. The post-16 travel assistance form says he isn't eligible for the council minibus because he's over 16, and he can't manage the number 12 bus on his own yet. I work early shifts so I can't drive him. He has missed six days already.

Who do I speak to about travel training or a review of the transport decision? Is this something Early Help can help with?

Thank you
Lisa Bray
""")
    top = gmail_mail(f, plain_top(f, addr("Lisa Bray", "lisabray.paignton@gmail.com"), addr(None, BEH),
                                  "College transport for my son", when, "mail.gmail.com"), body)
    add(f, top, "torbay", "early_help_duty", when, 7,
        "ordinary", "other", False, None, [], [ch("Oscar Bray")], ["disability_send", "school_attendance"],
        None, None, [], None, "human_review",
        "A parent's question about post-16 travel assistance for her autistic son with an EHCP, missing college days "
        "for want of transport - not a step request -> other, human_review.", not_children=["Lisa Bray"])

def torbay_08():
    f = "torbay_08.eml"; when = "2068-03-26 09:30:12"
    comment = ("I may be 15 minutes late - I have a college progress review at 9. For the notes: no new worries since "
               "the referral. The bruise the college nursery mentioned on Jade's forearm was from netball - her tutor "
               "saw her fall in the sports hall on Thursday and it was written up in the accident book.")
    data = outlook_itip_reply(f, when, ("Claire Brimacombe", "claire.brimacombe@southdevonbay.ac.uk"),
                              ("Torbay Early Help", BEH), "TENTATIVE",
                              "Under-5s triage - step down - LCS-4519920", "20680403T093000", "20680403T100000",
                              "Paignton Library and Information Centre, Room 2", comment)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, ["LCS-4519920"], [], [], None, None, [], None, "record_reply",
        "Near miss (explained): a TENTATIVE iTIP REPLY from the college's learner support officer whose COMMENT says a "
        "bruise was a netball fall seen by the tutor - 'no new worries' -> record_reply. The mother is named by first "
        "name only (not labelled). Date in the first BST week (+0100).",
        not_children=["Claire Brimacombe", "Jade"])

# ============================================================================ HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(fname, family, who, day):
    return pdf_att(fname, "Early Help - consent to share information and to receive support", [
        "Family: " + family, "I agree to my family receiving Early Help support and to information being shared "
        "with the agencies named in the plan.", "Signed: " + who, "Date: " + day])

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2068-01-11 14:10:33"
    body = T("""
Dear Early Help Co-ordinators,

Please find the step down (level 3) for the Bowen sibling group, following the Child and Family Assessment concluded on 4 January.

Megan Bowen, DOB 01/12/2050 (17) - Mosaic 712204 - Year 13, Bishops Meadow Sixth Form College
Tomos Bowen, DOB 14/05/2056 (11) - Mosaic 712205 - Year 7
Elsie Bowen, DOB 08/09/2061 (6) - Mosaic 712206 - Year 2

Dad has multiple sclerosis and his mobility has got much worse this winter; mum works nights at the care home. Megan does most of dad's personal care in the mornings and gets Elsie to school, and has been late to college most days. The family now has a care package, a young carers' worker for Megan and a Blue Badge, and the assessment found their needs can be met by Early Help.

I discussed the plan with Rhian at your Tuesday drop-in on 10 January. Attached: the Early Help Assessment step-down plan and mum's and dad's signed consent form.

Key person: Sian Parry, Family Support Worker, Leominster Family Hub (01632 960 418), who has met the family and agreed to lead.

Many thanks
Owen Vaughan
Social Worker, Herefordshire Children's Services
""") + HDISC
    atts = [docx_att("EHA step-down plan - Bowen.docx", [
                "# Early Help Assessment - step-down plan", "Family: Bowen (Mosaic 712204, 712205, 712206)",
                "## Wellbeing plan", "Young carers' service: weekly sessions for Megan; college to agree a late-start plan.",
                "Adult social care: review dad's morning care calls so Megan is not doing personal care.",
                "## Key person", "Sian Parry, Leominster Family Hub."]),
            consent_pdf("Signed consent - Bowen.pdf", "Bowen", "Gareth Bowen and Lowri Bowen", "06/01/2068")]
    top = outlook_top(f, addr("Vaughan, Owen", "Owen.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down level 3 - Bowen sibling group", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["712204", "712205", "712206"],
        [ch("Megan Bowen", "2050-12-01", "01/12/2050"), ch("Tomos Bowen", "2056-05-14", "14/05/2056"),
         ch("Elsie Bowen", "2061-09-08", "08/09/2061")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (level 3 stated): EHA step-down plan .docx, signed consent form "
        ".pdf, key person with agency; a 17-year-old sixth former who is her father's young carer. The parent's illness is "
        "physical (MS), so not parental_mental_health. -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Gareth Bowen", "Lowri Bowen", "Sian Parry", "Owen Vaughan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2068-02-02 16:35:47"
    driver = T("""
Hi Jo, dropped Dylan home at 4.10 as normal. His little sister Ella Pritchard answered the door on her own crying, she's 6 I think. She said mummy won't wake up. I could see mum through the kitchen door lying on the floor not moving, there were empty bottles and tablets packets on the side. Dylan went in to her. I had to leave for my next run to Ross, I'm sorry. Can you let someone know. Mick (Lugg Valley Cars, vehicle 14)
""")
    body = T("""
Hi team,

Forwarding the message below from one of our contracted drivers about Dylan Pritchard (Year 11, on the college link course at Wye Meadows College on Tuesdays and Thursdays). Please can you update his transport record - Dylan's drop-off is the same address, Mosaic 718832.

Thanks
Jo Hatton
Passenger Transport Co-ordinator, Herefordshire Council
""") + fwd_block("Mick Prosser <mick.luggvalleycars@gmail.com>", "Thu, 2 Feb 2068 at 16:20",
                 "College transport mobile", "Dylan P drop off", driver)
    top = plain_top(f, addr("Hatton, Jo", "Jo.Hatton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Fwd: Dylan P drop off", when, HDOM, mailer="Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, ["718832"], [ch("Dylan Pritchard"), ch("Ella Pritchard")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED part under a routine 'please update his transport record': a taxi driver 15 "
        "minutes ago found a 6-year-old alone at the door saying mummy won't wake up, the mother motionless on the "
        "floor with bottles and tablet packets, and only her 15-year-old son with her -> other, alert_duty. 'Mosaic "
        "718832' is a case id.", not_children=["Jo Hatton", "Mick Prosser"],
        how="forwarded driver's message under a bland transport-admin note")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2068-03-01 10:20:09"
    body = T("""
Good morning,

Step down plan for Ruby Hall (17, DOB 22/07/2050) and her son Theo Hall (DOB 05/12/2067), Mosaic 715501.

Ruby lives with her aunt and has been studying part-time at Wye Meadows College. The plan is attached.

Two things that might look alarming in the file but are planned and managed:
- Ruby and Theo are moving on Monday 5 March to a supported mother-and-baby flat run by Stonebridge Housing in Hereford. This has been planned since January, was agreed at the CIN review on 20 February and the staff have met Ruby three times.
- Theo's father assaulted Ruby in 2066. He was convicted and is serving his sentence in HMP Redmarley until 2071; there is a victim contact arrangement through probation and he has no contact. It is history, not a current concern.

The current worries are Ruby's low mood, which her GP is treating, and her confidence as a new parent.

Key person: Hollie Davies, Young Parents' Worker, Hereford Family Hub - she's agreed to lead.

Ruby will sign the consent form when I see her at the new flat next week and I'll send it on then.

Thanks
Ceri Powell
Social Worker, Herefordshire Children's Services
""") + HDISC
    atts = [docx_att("EHA step down plan - Hall.docx", [
        "# Early Help Assessment - step-down plan", "Ruby Hall and Theo Hall - Mosaic 715501",
        "## What needs to happen", "Supported flat key worker - weekly; young parents' group; GP review of mood.",
        "College - part-time return after Easter with the college nursery.", "## Key person", "Hollie Davies."])]
    top = outlook_top(f, addr("Powell, Ceri", "Ceri.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Ruby Hall and baby Theo", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["715501"],
        [ch("Ruby Hall", "2050-07-22", "22/07/2050"), ch("Theo Hall", "2067-12-05", "05/12/2067")],
        ["parental_mental_health"], None, None, ["consent_form"], None, "request_info",
        "Near miss (planned and historic): a planned, agreed move to a supported mother-and-baby flat, and a 2066 "
        "assault by a man now in prison until 2071 with no contact - 'not a current concern'. Herefordshire step-down "
        "with plan and key person, but the consent form will be signed next week (consent null) -> missing consent_form "
        "-> request_info. The 17-year-old mother and her baby are both children.",
        docs={"draft_plan"}, not_children=["Hollie Davies", "Ceri Powell"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2068-03-20 11:15:52"
    body = T("""
Hello,

Step down to Early Help for Kai Bevan (DOB 16/06/2054) and Leo Bevan (DOB 27/01/2064), Mosaic 719940 and 719941.

Kai has been at the Hereford Pupil Referral Service since September and his attendance is now 90%. Mum (Danielle) has engaged well with the parenting course, and her new partner has moved in this year. Attached:
- EHA step-down plan
- Danielle's signed consent form
- the PRS weekly report that came in this morning, for the file

Key person: Mark Gittins, Family Support Worker, Bobblestock Family Hub.

Many thanks
Rachel Morgan
Social Worker, Herefordshire Children's Services
""") + HDISC
    report = docx_att("PRS weekly report - Kai Bevan - w-c 19.03.68.docx", [
        "# Hereford Pupil Referral Service - weekly report", "Pupil: Kai Bevan (Year 8). Key worker: Stacey Lloyd.",
        "## Mon 19/03", "Full day. Good in maths. Football at lunch.",
        "## Tue 20/03", "Arrived 09:20 with both hands wrapped in tea towels. Blisters across both palms and fingers. "
                        "Kai told me Craig (mum's partner) held his hands on the cooker ring last night because he "
                        "had taken Craig's vape. Mum was at work. Kai is frightened to go home at 2.30. Leo (4) is at "
                        "home with Craig today because nursery is shut for staff training. "
                        "School nurse has dressed the burns. Reported to DSL at 09:40.",
    ])
    atts = [docx_att("EHA step-down plan - Bevan.docx", [
                "# Early Help Assessment - step-down plan", "Kai and Leo Bevan",
                "## Plan", "PRS to continue; reintegration plan to mainstream in September.", "Nursery for Leo 15 hours.",
                "## Key person", "Mark Gittins, Bobblestock Family Hub"]),
            consent_pdf("Consent form signed - Bevan.pdf", "Bevan", "Danielle Bevan", "15/03/2068"),
            report]
    top = outlook_top(f, addr("Morgan, Rachel", "Rachel.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan - Mosaic 719940", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["719940", "719941"],
        [ch("Kai Bevan", "2054-06-16", "16/06/2054"), ch("Leo Bevan", "2064-01-27", "27/01/2064")],
        ["physical_harm", "school_attendance"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a .docx attachment (the PRU's weekly report, sent 'for the file'): this morning a 13-year-old "
        "arrived with burns to both palms - mum's partner held his hands on the cooker last night - and his 4-year-old "
        "brother is at home with that man today. The step-down itself is complete (plan, signed consent form, key person) "
        "so missing [], but urgent -> alert_duty.",
        docs={"draft_plan", "consent_form"}, not_children=["Danielle Bevan", "Mark Gittins", "Rachel Morgan", "Stacey Lloyd"],
        how=".docx attachment (pupil referral service weekly report) sent 'for the file'")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2068-02-09 11:30:27"
    body = T("""
Hello,

I'm the Early Help worker based at Bishops Meadow Sixth Form College. I'd like to request a step up to Children's Social Care for Mia Probert (16, Mosaic 716677).

Mia has lived with her great-nan (84) in Ross since her mum died in 2066. Great-nan had a fall at Christmas and is now mostly in bed; Mia is doing all of the cooking and cleaning and her care, and the house is very cold - the oil ran out in January and they are using one electric heater. Mia has lost weight and her college attendance has dropped to 70%. There is no one else in the family.

My manager, Elin Morris, has agreed the step up.

Thanks
Gemma Lewis
Early Help Worker (post-16), Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Lewis, Gemma", "Gemma.Lewis@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up request - Mia Probert", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_up", False, None, ["716677"], [ch("Mia Probert")],
        ["neglect", "school_attendance", "young_carer"], None, True, [], None, "human_review",
        "A step-up sent to Herefordshire's Early Help co-ordinators: the Herefordshire protocol defines no step-up, so "
        "human_review with missing [] and notice null. A 16-year-old young carer for her great-grandmother in a cold "
        "house; manager agreed.", not_children=["Elin Morris", "Gemma Lewis"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2068-02-27 09:25:40"
    body = T("""
Morning,

Quick update on [SB-herefordshire-812] (Josh Meredith, Mosaic 714420) after college's "missing student" message yesterday.

Josh (16) didn't get off the college bus in Bromyard last night and wasn't answering his phone, and college rang me and the police at 6pm. He was found at 9pm at his dad's in Hereford - Monday is dad's night this term and he'd caught the other college bus as arranged, but mum had the old arrangement on her calendar. Police did a welfare check at dad's and he was safe and well. No concerns about where he was or who he was with, and no previous episodes.

Nothing needed from you - it's so the step down file is right. The plan is unchanged.

Thanks
Ffion Jenkins
Social Worker
""") + HDISC
    top = outlook_top(f, addr("Jenkins, Ffion", "Ffion.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-812] Step down received - Meredith", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["714420"], [ch("Josh Meredith")], ["missing"], None, None, [], None,
        "attach_to_request",
        "Near miss (resolved): last night's 'missing' college student was found safe at his father's within three hours "
        "(a mix-up over contact nights), welfare check done, no concerns - a follow-up to [SB-herefordshire-812] "
        "-> attach_to_request.", not_children=["Ffion Jenkins"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2068-04-03 10:02:11"
    body = T("""
Hello, thank you for your message.

I'm out visiting apprentices and employers across the county until Thursday 5 April and will reply when I'm back in the office. For enrolment questions please contact enrolments@marchesapprenticeships.org.uk.

Kind regards
Will Bufton
Learner Engagement Officer, Marches Apprenticeships & Training
""")
    top = plain_top(f, addr("Will Bufton", "w.bufton@marchesapprenticeships.org.uk"), addr(None, HEH),
                    "Out of office: [SB-herefordshire-845] Step-down drop-in - Tuesday", when,
                    "marchesapprenticeships.org.uk", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    add(f, build(top, text_part(body, cte="7bit"), crlf=False), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Training provider's out-of-office (Auto-Submitted: auto-replied, 'Out of office:' subject) to a stepbot mail "
        "-> auto_reply, ignore (safety rule 2). Easter week, BST (+0100).", not_children=["Will Bufton"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2068-03-24 19:40:26"
    body = T("""
hi sorry its saturday i dont have another email for you. im keeleys personal tutor at college. Keeley Lane 17 just rang me crying. her ex Brandon turned up at her nans in Belmont at 7 drunk and took their baby Ivy-Rose Lane (5 months) out of her cot and drove off with her in his van, no car seat. he said keeley will never see her again. he's not allowed to have her on his own. nan has rung 999 and the police are looking but keeley doesnt know where he has gone. he lives in Leominster. im driving over to keeley now. my mobile 07700 900 541
Becca Watkins
Wye Meadows College

Sent from my iPhone
""")
    top = mobile_top(f, addr("Becca Watkins", "beccawatkins82@icloud.com"), addr(None, HEH),
                     "Keeley Lane - baby taken", when)
    add(f, build(top, text_part(body), crlf=False), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Keeley Lane"), ch("Ivy-Rose Lane")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1, Saturday evening (out of hours, the last GMT day before the clock change): a drunk father not "
        "allowed unsupervised contact has snatched a 5-month-old from her cot and driven off with no car seat, saying "
        "the 17-year-old mother will never see her again; police searching -> other, alert_duty (out-of-hours service). "
        "'999' was rung by nan - the word 'emergency' is not used.",
        not_children=["Becca Watkins", "Brandon"],
        banned_ok=False, how="hurried iPhone body with no punctuation")

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
# the brief's words (and their inflections): at most 3 urgent mails may use any of them
BANNED = re.compile(r"\b(urgen\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|asap)\b", re.I)
MAX_URGENT_WITH_BANNED = 3
# Knowsley notice: file -> (working days expected, plain weekdays, bank holiday crossed or None, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (6, 6, None, False),
    "knowsley_02.eml": (5, 5, None, False),
    "knowsley_03.eml": (5, 5, None, False),     # meeting in February half term: still working days
    "knowsley_04.eml": (4, 4, None, False),     # crosses the clock change (Sun 25 March), not a bank holiday
    "knowsley_08.eml": (4, 4, None, False),     # meeting on the leap day, Wed 29 February
}
EXPECTED_BH_2068 = {date(2068, 1, 2), date(2068, 4, 20), date(2068, 4, 23), date(2068, 5, 7), date(2068, 5, 28),
                    date(2068, 8, 27), date(2068, 12, 25), date(2068, 12, 26)}
FUTURE_YEARS_OK = {"herefordshire_03.eml": {"2071"}}
PLACEMENTS = ("body", "PS", "forwarded", "quoted", "attachment", "subject", "COMMENT", "HTML")

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

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def london_offset(d):
    return d.astimezone(LON).utcoffset()

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2068) != date(2068, 4, 22):
        err("calendar", "Easter 2068 should be Sunday 22 April")
    bh = bank_holidays(2068)
    if bh != EXPECTED_BH_2068:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2068))
    if date(2068, 1, 1).weekday() != 6 or date(2068, 1, 2) not in bh:
        err("calendar", "New Year's Day 2068 is a Sunday, substitute Monday 2 January")
    inwin = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall inside the window: %s" % inwin)
    if not (WINDOW[1] < easter(2068) - timedelta(days=2)):
        err("calendar", "the window must end before Good Friday")
    if WINDOW[0].weekday() != 1 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run Tuesday 3 January -> Friday 6 April")
    if HALF_TERM[0].weekday() != 0 or (HALF_TERM[1] - HALF_TERM[0]).days != 4:
        err("calendar", "half term should be Monday-Friday")
    if not all(is_wd(HALF_TERM[0] + timedelta(days=i)) for i in range(5)):
        err("calendar", "half-term days are council working days")
    if date(2068, 2, 29).weekday() != 2:
        err("calendar", "29 February 2068 should be a Wednesday (leap year)")
    bst_on, bst_off = last_sunday(2068, 3), last_sunday(2068, 10)
    if (bst_on, bst_off) != (date(2068, 3, 25), date(2068, 10, 28)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2068, 3, 25, 0, 59, tzinfo=UTC), 0), (datetime(2068, 3, 25, 1, 1, tzinfo=UTC), 1)):
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
    hows = " ".join(META[f]["how"] for f in FILES if CATS[f] == "urgent")
    for p in PLACEMENTS:
        if p not in hows:
            err("set", "no urgent mail places the facts in: %s" % p)
    with_banned = []

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
        if x["kind"] not in KINDS or x["next_action"] not in ACTIONS or not isinstance(x["urgent"], bool):
            err(f, "bad kind / next_action / urgent")
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
        if len(x["case_ids"]) != len(set(x["case_ids"])):
            err(f, "case ids not unique")
        for cid in x["case_ids"]:
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{6,7})", cid):
                err(f, "odd case id %s" % cid)
        for c in x["children"]:
            if list(c) != ["name", "dob"]:
                err(f, "child keys")
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
                if not is_wd(mt) or mt <= now_d:
                    err(f, "meeting date not a future working day")
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
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:                                    # noqa
            err(f, "does not parse: %r" % e); continue
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
        want = "+0100" if london_offset(sent) == timedelta(hours=1) else "+0000"
        if sent.utcoffset() != london_offset(sent) or not dh.endswith(want):
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
            text = subj + " " + readable(msg)
        except Exception as e:                                    # noqa
            err(f, "unreadable: %r" % e); continue
        heads = all_headers(msg)
        if x["urgent"]:
            hit = BANNED.search(heads) or BANNED.search(text)
            if hit:
                with_banned.append(f)
            if bool(hit) != m["banned_ok"]:
                err(f, "banned word use %r disagrees with banned_ok" % (hit.group(0) if hit else None))
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > YEAR and y not in FUTURE_YEARS_OK.get(f, ()):
                err(f, "a year after 2068 in the text: %s" % y)
        now_d = now.astimezone(LON).date()
        for c in m["children"]:
            if c["name"] not in text:
                err(f, "child %s not in the text" % c["name"])
            if c["_w"]:
                if c["_w"] not in text or parse_written_dob(c["_w"]) != c["dob"]:
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
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), text):
                err(f, "case id %s not in the text" % cid)
    if len(with_banned) > MAX_URGENT_WITH_BANNED:
        err("set", "%d urgent mails use the alarm words (max %d): %s" % (len(with_banned), MAX_URGENT_WITH_BANNED, with_banned))
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
    for l in sorted(LABELS, key=lambda l: l["now"]):
        out.append("%s %s %s" % (l["now"], l["file"], CATS[l["file"]]))
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
