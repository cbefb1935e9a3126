#!/usr/bin/env python3
"""mixed169: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the autumn term of 2066, in the child's own voice as workers record it: Signs of Safety tools
(three houses, wizards and fairies, words and pictures, safety scales), a child's words written verbatim in a
form or an assessment, a drawing described in words, a child's letter or text passed on, scaling answers,
children who retract or minimise, and what the worker makes of it.

Window: Wednesday 1 September - Friday 24 December 2066 (Christmas Day 2066 is a Saturday, so the Friday before
Christmas is Christmas Eve). October half term: Monday 25 - Friday 29 October 2066. BST ends at 01:00 UTC on
Sunday 31 October 2066 (the last Sunday of October): mails to Friday 29 October carry +0100, from Monday
1 November +0000. No England & Wales bank holiday falls inside the window; the Christmas substitutes (Monday 27
and Tuesday 28 December 2066) fall just after it and are crossed by the Knowsley notice counts.

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
WINDOW = (date(2066, 9, 1), date(2066, 12, 24))
HALF_TERM = (date(2066, 10, 25), date(2066, 10, 29))

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
    """Europe/London wall-clock time (+0100 to 29 October 2066, +0000 from 1 November)."""
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
            b"<< /Producer (mixed169 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2066, 8, 2, 0, 0, 0))
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
    root = multipart("alternative", [text_part(((comment or "") if text is None else text) + "\n"), cal_part], bnd(f, 1))
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



def txt_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

def three_houses(worries, good, dreams):
    return [("House of Worries", worries), ("House of Good Things", good), ("House of Dreams", dreams)]


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
    f = "knowsley_01.eml"; when = "2066-09-07 09:41:12"
    body = T("""
Good morning,

Please find attached a step up request for the Pennock children, EHM-60418, open to Family First 0-18 at Level 3 since February.

Harley-Jo Pennock - DOB 11/03/2058
Reggie Pennock - DOB 02/12/2061

Mum (Kerry Pennock) works nights at the distribution centre and sleeps most of the day. Over the summer the children have been left to feed themselves, the house has no working cooker, and Harley-Jo's attendance at the end of last term was 81%. The GCP2 I completed with Kerry in July scores 4 for physical care.

I did the Three Houses with Harley-Jo on Friday. I've written her words into the form exactly as she said them, but the headline is her House of Worries: "When mum is asleep after her night shift there's only crisps for tea and Reggie cries cos he wants a proper dinner." Her House of Dreams was "a fridge with yoghurts in it and mum awake when I get home".

My team manager, Lorna Speakman, agreed the step up in supervision yesterday (6th September). The step up TAF meeting is Wednesday 15th September at 10am at Huyton Family Hub, Derby Road; I've sent the invite to the MASH inbox and MASH business support and invited the current TAF members.

Attached: FF Step Up request to CSC - Pennock.docx, TAF minutes 21.07 - Pennock.pdf, GCP2 - Pennock.pdf.

Kerry knows I am sending this.

Thanks
Bethan Gorst
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0612

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-60418"),
        ("Children:", "Harley-Jo Pennock 11/03/2058; Reggie Pennock 02/12/2061"),
        ("Date of step up TAF meeting:", "Wednesday 15 September 2066, 10:00, Huyton Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 21/07/2066"),
        ("What are we worried about?", "Poor physical care and food in the home; Harley-Jo (8) feeding Reggie (4) crisps when mum is asleep; attendance 81%."),
        ("What is working well?", "Nana (maternal grandmother) gives both children a hot meal twice a week. Kerry loves the children and comes to every TAF."),
        ("What needs to happen?", "Social care assessment; a working cooker; Kerry's shifts looked at with her employer; breakfast club place for Harley-Jo."),
        ("The child's voice (Three Houses, 03/09/2066, Harley-Jo's own words):", ""),
        ("House of Worries", "\"When mum is asleep after her night shift there's only crisps for tea and Reggie cries cos he wants a proper dinner.\""),
        ("House of Good Things", "\"Nana's house on Tuesdays, she does chips and gravy and we watch the quiz.\""),
        ("House of Dreams", "\"A fridge with yoghurts in it and mum awake when I get home.\""),
        ("Graded Care profile (If neglect should be completed).", "Completed 14/07/2066 - attached."),
        ("Agreement by line manager:", "Lorna Speakman, Team Manager, 06/09/2066 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Pennock.docx", form),
            pdf_att("TAF minutes 21.07 - Pennock.pdf", "Team Around the Family meeting - minutes", [
                "Family: Pennock. EHM-60418. Date: 21/07/2066. Venue: Huyton Family Hub.",
                "Present: Kerry Pennock (mum), Bethan Gorst (FF Case Manager), school family support worker, health visitor.",
                "1. Food and cooker: cooker condemned by the gas engineer in June; no replacement yet.",
                "2. School: Harley-Jo 81% for the year, late most Mondays.",
                "3. Reggie: starts nursery in September; speech fine; underweight at his last check.",
                "Actions: BG to discuss step up with team manager if no change by September."]),
            pdf_att("GCP2 - Pennock.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Pennock. Completed with: Kerry Pennock. Date: 14/07/2066. Practitioner: Bethan Gorst.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 2."])]
    top = outlook_top(f, addr("Gorst, Bethan", "Bethan.Gorst@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Pennock - EHM-60418 - TAF Weds 15th Sept", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-60418"],
        [ch("Harley-Jo Pennock", "2058-03-11", "11/03/2058"), ch("Reggie Pennock", "2061-12-02", "02/12/2061")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect: Appendix 1 form (.docx, with the child's Three Houses answers written "
        "verbatim), TAF minutes (.pdf) and GCP2 (.pdf), EHM id, team manager agreed, TAF Wed 15 Sep 10:00 with venue: "
        "from Tue 7 Sep that is 6 working days (8,9,10,13,14,15 Sep) -> ok -> book_meeting. 'Kerry knows' is not consent "
        "(null). A child's worry about food is neglect, not an immediate risk.",
        meeting=date(2066, 9, 15), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Kerry Pennock", "Bethan Gorst", "Lorna Speakman"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2066-09-16 14:22:40"
    body = T("""
Hi all,

Step up for Kasey Molyneux please - EHM-61207, DOB 29/06/2059.

Kasey is 7 and lives with mum Jodie and mum's partner Dean Farrow in Kirkby. We've been working with them at Level 3 since March for Kasey's attendance (74% last year) and Jodie's low mood since the baby was stillborn in January. Jodie has stopped coming to TAFs and the GP says she hasn't collected her medication since July. Team manager Shelley Varley has agreed this needs to go up.

Step up TAF is Wednesday 22nd September at 1pm, Kirkby Family Hub, Cherryfield Drive. Invite has gone to the MASH inbox and business support.

Attached:
- the step up form
- the Three Houses I did with Kasey at school this morning (not had chance to type it into the form yet - it's in her words)

I'll dig the last TAF minutes out of EHM and send them over tomorrow.

Connor

Connor Ashworth
Family First Case Manager (Kirkby) | Knowsley Council
0151 496 0388

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-61207"),
        ("Children:", "Kasey Molyneux 29/06/2059"),
        ("Date of step up TAF meeting:", "Wednesday 22 September 2066, 13:00, Kirkby Family Hub"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Attendance 74%; mum's mental health and missed medication; mum not attending TAFs since June."),
        ("What is working well?", "Kasey is bright and loves her teacher; school breakfast club."),
        ("What needs to happen?", "Social care assessment; GP review for Jodie."),
        ("Agreement by line manager:", "Shelley Varley, Team Manager, 15/09/2066 - agreed."),
    ])
    houses = ["# Three Houses - Kasey Molyneux (7) - 16/09/2066, at school, with Connor Ashworth",
              "Kasey drew the houses herself and I wrote down what she said, word for word.",
              "## House of Worries",
              "\"Dean done my arm with his lighter on Sunday cos I spilled his can on the settee. He said he'll do my other arm if I tell anyone. He's getting me from school today cos mum's on a late at the shop.\"",
              "I saw a round, blistered mark about the size of a 5p on the inside of her left forearm. She pulled her sleeve down when I looked.",
              "## House of Good Things",
              "\"My teacher Miss Dunne, and my nan's dog Biscuit, and breakfast club toast.\"",
              "## House of Dreams",
              "\"Living at nan's with Biscuit and mum not sad any more.\"",
              "Next steps (CA): add to the step up form."]
    atts = [docx_att("FF Step Up request to CSC - Molyneux.docx", form),
            docx_att("Three Houses - Kasey 16.09.docx", houses)]
    top = outlook_top(f, addr("Ashworth, Connor", "Connor.Ashworth@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kasey Molyneux EHM-61207", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["EHM-61207"],
        [ch("Kasey Molyneux", "2059-06-29", "29/06/2059")],
        ["parental_mental_health", "physical_harm", "school_attendance"], None, True, ["taf_minutes"], False,
        "alert_duty",
        "URGENT IN A .DOCX ATTACHMENT: the body is a routine step-up, but the Three Houses sheet (Kasey's words "
        "verbatim) says mum's partner burned her arm with a lighter on Sunday, threatened the other arm if she tells, "
        "and is collecting her from school today; the worker saw the blistered mark. Not yet typed into the form, so "
        "the sender has not noticed. TAF minutes 'to follow' (missing); Wed 22 Sep from Thu 16 Sep is 4 WD -> notice "
        "false; alert_duty overrides.",
        meeting=date(2066, 9, 22), docs={"step_up_form"},
        not_children=["Dean Farrow", "Shelley Varley", "Connor Ashworth"],
        how="child's verbatim words in the Three Houses .docx attachment only")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2066-10-04 11:03:55"
    body = T("""
Dear Family First duty,

Step down to Family First 0-18 at Level 3 - Tyler Harkin, DOB 14.02.2056, ICS-2204871.

Joint home visit: Tuesday 12 October 2066 at 10:30, at the family home (14 Almond Walk, Huyton). I will introduce the Family First case manager to Gemma and Tyler.

Gemma Harkin (mum) has given her consent for the case to be referred to Family First; she signed the consent section of the step down form at my visit on 30 September.

Background: Tyler was on a child protection plan from January for domestic abuse by his father. Mr Harkin moved to Scotland in March, there has been no contact since, and a non-molestation order is in place until next summer. The plan ended at the review conference on 20 September and Tyler has been a Child in Need since.

What are we worried about?
Gemma's anxiety - she is on the waiting list for talking therapy and still struggles to leave the house some days. Tyler's attendance is 86%, mostly missed Mondays.

What is working well?
Tyler's own words tell it best. I have used the same safety scale with him at every visit this year. In March he put himself at 2 out of 10. At my last visit he put himself at 9. When I asked what made it a 9 he said: "Dad doesn't live here any more and mum doesn't cry at night. It's not a 10 because I still get scared when the door goes late." He has a trusted adult at school (Mr Okafor, learning mentor) and goes to football twice a week.

What needs to happen?
Family First support for Gemma with routines and getting Tyler to school on Mondays; a referral to the young people's domestic abuse group when a place comes up in January; review at the first TAF in six weeks.

I am not worried about Tyler's safety now. The domestic abuse is historic, Mr Harkin has no contact, and Tyler's own scaling has been 8 or 9 since June.

Kind regards
Priya Lomax
Social Worker, Children in Need Team 2, Knowsley Council
0151 496 0471

""") + KDISC
    top = outlook_top(f, addr("Lomax, Priya", "Priya.Lomax@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Tyler Harkin ICS-2204871 - joint visit 12/10", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["ICS-2204871"],
        [ch("Tyler Harkin", "2056-02-14", "14.02.2056")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS (historic, resolved): a child protection plan for domestic abuse that has ended, a father in "
        "Scotland with no contact, and a child's safety scale that went from 2 (March) to 9 now; 'scared when the door "
        "goes' is a residual worry. Complete Level 3 step-down: three headings, consent signed, joint home visit Tue 12 "
        "Oct 10:30 with venue, from Mon 4 Oct = 6 WD -> book_meeting. Domestic abuse is historic, not a current concern.",
        meeting=date(2066, 10, 12), not_children=["Gemma Harkin", "Priya Lomax"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2066-11-10 16:48:02"
    ack = ack_text("step up", "SB-knowsley-57", ["Children: Lacey Brennan", "Case: EHM-60992",
                                                 "Step up TAF meeting: Wed 17 Nov 2066 10:00"],
                   ["Engaging Families toolkit"])
    body = T("""
Hi,

Attaching the Engaging Families toolkit for Lacey Brennan (EHM-60992) that you asked for. I completed it with mum yesterday.

Cheers
Aoife

Aoife Carragher
Family First Case Manager | Knowsley Council
0151 496 0729

PS sorry, meant to put this in first. When I did the safety scale with Lacey at school today she put herself at 1 for home. She said "when Craig gets cross he squeezes my neck till I go dizzy, he done it last night when I wouldn't go to bed." She had red finger marks on both sides of her neck. Craig Tumelty is mum's partner. Mum is at work till 10 tonight, so it is Craig who has her after school.
""") + quote("MASH Business Support <%s>" % KBS, "Monday, November 8, 2066 11:02 AM",
             "Aoife Carragher <Aoife.Carragher@%s>" % KDOM, "Step up request received [SB-knowsley-57]", ack)
    atts = [docx_att("Engaging Families toolkit - Brennan.docx", [
        "# Engaging Families toolkit", "Family: Brennan. EHM-60992. Completed 09/11/2066 with mum.",
        "## What helps mum take part", "Appointments on Thursday mornings, texts the day before.",
        "## Agreed", "Thursday appointments from 18 November."])]
    top = outlook_top(f, addr("Carragher, Aoife", "Aoife.Carragher@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step up request received [SB-knowsley-57]", when, cc=addr("MASH Business Support", KBS),
                      reply_to_mid=msgid("ack57", "knowsley.gov.uk"))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-60992"], [ch("Lacey Brennan")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A PS of a follow-up that adds a missing document: Lacey scaled 1 for home and said mum's partner "
        "squeezes her neck till she goes dizzy, last night; marks seen today; he has her after school tonight. "
        "follow_up to SB-knowsley-57, but alert_duty overrides attach_to_request.",
        not_children=["Craig Tumelty", "Aoife Carragher"], how="a PS under the signature of a follow-up")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2066-12-22 10:14:31"
    body = T("""
Hello Family First,

Please accept this as notice of a Level 2 step down for Ellis Doran, born 30th August 2057, ICS-2215530.

Final CIN meeting: Wednesday 29 December 2066 at 2pm, St Aidan's CE Primary, Warrington Road, Prescot (meeting room by the office).

Lead practitioner at Level 2: Mrs Hannah Pye, Pastoral Lead at St Aidan's CE Primary, who has agreed to take on the role and will attend.

What are we worried about?
Ellis's speech and language needs (his EHC needs assessment was agreed in November) and dad's low mood over the winter months.

What is working well?
Dad has kept every appointment since June and the house is calm. In his words-and-pictures story last week Ellis wrote under his drawing of the new flat: "I like it now, nobody shouts, and I've got my own room with the rocket lamp."

What needs to happen?
School to lead a TAF; speech and language therapy twice a term; dad to keep going to the men's wellbeing group on Thursdays.

Thanks and Merry Christmas
Marcus Kenyon
Social Worker, Assessment Team, Knowsley Council
0151 496 0158

""") + KDISC
    top = plain_top(f, addr("Marcus Kenyon", "Marcus.Kenyon@" + KDOM), addr(None, KFF),
                    "L2 step down - Ellis Doran - final CIN 29/12", when, KDOM, mailer="Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit", crlf=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2215530"], [ch("Ellis Doran", "2057-08-30", "30th August 2057")],
        ["disability_send", "parental_mental_health"], None, None, [], False, "request_info",
        "Complete Knowsley Level 2 step-down (date, time and venue; named lead practitioner with her school; all three "
        "headings; the child's own words from a words-and-pictures story) but NOTICE ACROSS CHRISTMAS IS SHORT: from Wed "
        "22 Dec the CIN on Wed 29 Dec counts 23, 24 and 29 Dec = 3 WD (Mon 27 and Tue 28 Dec are the Christmas and "
        "Boxing Day substitutes; plain weekdays give 5) -> notice false -> request_info.",
        meeting=date(2066, 12, 29), not_children=["Hannah Pye", "Marcus Kenyon"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2066-09-30 12:00:07"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE MATTERS - September 2066

THIS MONTH: HEARING THE CHILD

1. "I feel 2 out of 10 safe at home" - what do you do next?
Scaling questions only help if we act on the answer. In our training case study, a 9-year-old we call "Child J" scores 2 and says "Daddy's hands are hard when he's had his drink." What would you ask next? Who would you tell, and how fast? Come to the workshop to talk it through.

2. Three Houses, Wizards and Fairies, Words and Pictures
New practice guides are on the partnership website. Remember to write the child's words exactly as said - not "child reports feeling unsafe" but what the child actually said.

3. When a child takes it back
Children often retract or minimise after a disclosure ("I made it up", "it was only a little smack"). A retraction on its own never closes a concern - the workshop on 14 October covers how to weigh it.

4. Reminder
If you believe a child is at immediate risk of significant harm, call 999 or the MASH. This newsletter is not monitored.

Workshops: Thursday 14 October, 9.30-12.30, Huyton Suite, Municipal Buildings. Book on the learning portal.

You are receiving this because you are on the Practice Matters list. Unsubscribe: https://kscp.example.org/unsubscribe
""")
    top = [("From", addr("KSCP Practice Matters", "practicematters@kscp.example.org")), ("To", addr(None, KMASH)),
           ("Subject", "Practice Matters: hearing the child - \"I feel 2 out of 10 safe at home\""),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "kscp.example.org")),
           ("List-Id", "KSCP Practice Matters <practicematters.kscp.example.org>"),
           ("List-Unsubscribe", "<https://kscp.example.org/unsubscribe>"), ("Precedence", "bulk")]
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Verdana"), "html")], bnd(f, 1))
    add(f, build(top, alt, True), "knowsley", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (training bulletin): a partnership newsletter quoting a training case study ('Child J' scores 2 and "
        "says 'Daddy's hands are hard') and boilerplate about immediate risk; List-Id, no real child -> other, "
        "human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2066-12-20 11:05:48"
    body = T("""
Morning MASH,

Step up request for Maisie-Rae Cottam (EHM-61884), DOB 05/05/2061. She is 5.

Mum, Leanne Cottam, has severe depression and has been under the crisis team since October. The home is cold and bare, Maisie-Rae has been sent to school in the same clothes all week and nursery-age head lice have not been treated for a month.

I did Wizards and Fairies with Maisie-Rae last Thursday. Her good fairy was her nana: "she brings me Coco Pops when there's no milk at home". Her bad wizard was "the dark in my room because the bulb's gone and mummy doesn't get up". She gave the fairy "a hundred stars" and the wizard "a big cross".

TAF is booked for Wednesday 29 December 2066, 10:00, on Teams - invite sent to the MASH inbox and MASH business support. Paul Ormesher (my TM) agreed the step up on Friday.

Attached: step up form, TAF minutes from 2 December.

I haven't done the GCP2 yet - it's booked in with Leanne for the 23rd and I'll send it straight after.

Siobhan Rimmer
Family First Case Manager, Knowsley Council
0151 496 0934

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-61884"), ("Children:", "Maisie-Rae Cottam 05/05/2061"),
        ("Date of step up TAF meeting:", "Wednesday 29 December 2066, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - 02/12/2066"),
        ("What are we worried about?", "Neglect of Maisie-Rae's basic care; mum's mental health."),
        ("Graded Care profile (If neglect should be completed).", "Booked 23/12/2066."),
        ("Agreement by line manager:", "Paul Ormesher - agreed 17/12/2066.")])
    atts = [docx_att("Step Up form - Cottam.docx", form),
            pdf_att("TAF minutes 02.12.2066 Cottam.pdf", "TAF meeting minutes - Cottam", [
                "Date: 02/12/2066. Present: Leanne Cottam, Siobhan Rimmer, school, health visitor.",
                "Leanne described her low mood; crisis team visiting weekly.",
                "Actions: SR to discuss step up with TM; school to provide uniform."])]
    top = outlook_top(f, addr("Rimmer, Siobhan", "Siobhan.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Maisie-Rae Cottam - EHM-61884", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-61884"], [ch("Maisie-Rae Cottam", "2061-05-05", "05/05/2061")],
        ["neglect", "parental_mental_health"], None, True, ["gcp2"], True, "request_info",
        "Knowsley step-up for neglect with the child's Wizards and Fairies answers; form and TAF minutes attached, TM "
        "agreed, but the GCP2 is only booked -> gcp2 missing -> request_info. Notice: Mon 20 Dec -> Wed 29 Dec counts 21, "
        "22, 23, 24, 29 Dec = exactly 5 WD (7 plain weekdays; 27 and 28 Dec are bank holidays) -> ok.",
        meeting=date(2066, 12, 29), docs={"step_up_form", "taf_minutes"},
        not_children=["Leanne Cottam", "Paul Ormesher"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2066-10-29 15:31:20"
    comment = ("I'll be there. For the record, the drawing our TA flagged last week (a man holding a belt and a girl "
               "crying) - she told her class teacher and me separately that it is the witch in the film she watched at "
               "her cousin's at the weekend, mum said the same, and the scene matches. We are not worried about it any "
               "more and I will say so at the TAF. Rachel")
    data = outlook_itip_reply(f, when, ("Rachel Quirke", "r.quirke@stmarysprescot.example.org"),
                              ("Knowsley MASH", KMASH), "ACCEPTED", "Step-up TAF meeting [SB-knowsley-63]",
                              "20661103T100000", "20661103T113000", "Prescot Family Hub, Room 2", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "near_miss", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "NEAR MISS (explained): an Outlook iTIP REPLY, PARTSTAT=ACCEPTED, whose COMMENT describes a worrying drawing "
        "(a man with a belt, a girl crying) that the child and mum separately explained as a scene from a film; school "
        "is satisfied. No child named. Sent in half term (Fri 29 Oct, still +0100) for a meeting on Wed 3 Nov (GMT).")


# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2066-09-14 10:20:33"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth North and I am sending this step-up for Zainab Morrow, date of birth 19/10/2055, Mosaic ID 2318844. I agree with the step up; Zainab's worker is Hollie Ramsden.

Mum (Della Morrow) consents to the step up and knows why we are asking.

Rationale for step-up
Zainab is 10. Since June mum's friends have been using drugs in the flat most nights; school report Zainab arriving hungry and in the same uniform all week, and she has fallen asleep in class four times this term. Mum has not been able to keep to the Early Help plan (two of six actions done). In her Three Houses with Hollie on 9 September Zainab said, in her House of Worries: "Mum's friends come round at night and the flat smells funny and I can't sleep before SATs." Her House of Dreams was "my own key and a lock on my door and nobody in the kitchen at night." On the safety scale she put home at 4.

We think her needs now meet the threshold for a social care assessment and an Early Help plan alone will not change things quickly enough.

Case summary attached.

Regards
Philippa Okonkwo-Hart
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
020 7946 0318

""") + RDISC
    atts = [docx_att("Case summary - Zainab Morrow.docx", [
        "# Early Help case summary", "Child: Zainab Morrow, 19/10/2055. Mosaic ID 2318844.",
        "## Involvement", "Open to Early Help since February 2066 (school attendance and home conditions).",
        "## Child's voice", "Three Houses 09/09/2066 (Zainab's words, verbatim): Worries - \"Mum's friends come round at night and the flat smells funny and I can't sleep before SATs.\" Good things - \"My teacher Mr Lindqvist and gymnastics.\" Dreams - \"My own key and a lock on my door and nobody in the kitchen at night.\" Safety scale (home): 4.",
        "## Plan progress", "Two of six actions complete. Mum missed the last two TAF meetings."])]
    top = outlook_top(f, addr("Okonkwo-Hart, Philippa", "Philippa.Okonkwo-Hart@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step-up request - Zainab Morrow - Mosaic 2318844", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2318844"], [ch("Zainab Morrow", "2055-10-19", "19/10/2055")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help team manager (agrees): rationale pasted under "
        "its heading, case summary attached (.docx, the child's Three Houses verbatim); mum consents. Drug use in the "
        "flat at night and a hungry child are serious but not an immediate risk today.",
        docs={"case_summary", "rationale"}, not_children=["Della Morrow", "Hollie Ramsden", "Philippa Okonkwo-Hart"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2066-10-07 13:05:19"
    body = T("""
MASH,

Step-up for Mia Castellano-Reid, DOB 02/02/2059, Mosaic 2326051. I am her worker's team manager and I have agreed this step-up. I had it ready for Friday and am sending it today because of what Mia told school this morning - see the subject line, which is what her class teacher wrote down.

Rationale
Mia is 7 and lives with her dad, Anthony Reid, since mum left in 2064. Dad's drinking has got worse since the summer: school have smelt alcohol at pick-up three times and he was asleep in the car outside school on 23 September. Early Help has worked with the family since April. In her safety scale last week Mia put home at 3 and said "Daddy's bottles make him shouty and then he's sorry."

Case summary attached. Dad has not been told about this step-up yet.

Rebecca Thornbury
Early Help Team Manager (Richmond)
020 7946 0552

""") + RDISC
    atts = [pdf_att("Case summary - Castellano-Reid.pdf", "Early Help case summary - Mia Castellano-Reid", [
        "Mosaic 2326051. DOB 02/02/2059. Lives with father, Anthony Reid.",
        "Open to Early Help since April 2066: parental alcohol use, late collections, missed health appointments.",
        "Child's voice: safety scale (home) 3 on 30/09/2066 - \"Daddy's bottles make him shouty and then he's sorry.\"",
        "Plan: dad to engage with the alcohol service - attended once of five."])]
    subject = "Step-up - Mia Castellano-Reid (7) told her teacher dad hit her with his belt this morning and she has a welt on her legs - he collects her at 3.15"
    top = outlook_top(f, addr("Thornbury, Rebecca", "Rebecca.Thornbury@" + RDOM), addr("MASH Step Up", RMASH),
                      subject, when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2326051"], [ch("Mia Castellano-Reid", "2059-02-02", "02/02/2059")],
        ["physical_harm", "substance_misuse"], None, True, [], None, "alert_duty",
        "URGENT IN THE SUBJECT LINE: the body is a planned step-up for parental drinking; only the subject says what "
        "the 7-year-old told her teacher this morning (hit with a belt, welt on her legs) and that dad collects her at "
        "3.15 today. Complete step-up (rationale heading, case summary PDF, TM agrees; 'Mosaic 2326051' -> 2326051).",
        docs={"case_summary", "rationale"}, not_children=["Anthony Reid", "Rebecca Thornbury"],
        how="the subject line only")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2066-10-19 15:12:44"
    body = T("""
Dear Early Help Duty,

Please find the step-down request for Ruby Achterberg (born 07.01.2057, Mosaic 2297310).

Ruby's mum, Annelies Achterberg, has consented to Early Help support and to this step-down (consent recorded on Mosaic on 15 October, and she has seen the draft plan).

Some history, because you will see it in the case summary: in February Ruby drew a picture at school of her father standing in the kitchen doorway with a knife. That incident was real - it led to the police investigation, and Mr Achterberg was convicted in May and is in prison serving four years, with a restraining order that covers Ruby and her mum. There has been no contact and none is planned. The child protection plan ended in August.

Ruby now: at my last visit I asked her to scale how safe she feels at home. She said 8. "Not 10 because I still have dreams about it, but mum locks the door and we have the doorbell camera." She asked if the new worker "can do the feelings cards with me like you did".

What we want Early Help to help with: Ruby's sleep and nightmares (she is on the CAMHS waiting list), and mum's anxiety, which her GP is treating.

Attached: case summary and the draft Early Help plan.

With regards,
Tomasz Wieczorek
Social Worker, Family Support and Protection (Wandsworth)
020 7946 0267

""") + RDISC
    atts = [pdf_att("Case summary - Ruby Achterberg.pdf", "Case summary - Ruby Achterberg", [
        "Mosaic 2297310. Born 07.01.2057. Lives with mother.",
        "February 2066: drawing at school -> police -> father arrested; convicted May 2066; in custody.",
        "CP plan ended August 2066. CIN since. No contact with father; restraining order.",
        "Ruby's safety scale at home: 3 (March), 6 (June), 8 (October)."]),
            docx_att("Draft Early Help plan - Ruby A.docx", [
                "# Draft Early Help plan", "Child: Ruby Achterberg",
                "## Outcomes", "Ruby sleeps through most nights; mum feels able to manage her anxiety.",
                "## Actions", "Early Help worker weekly for 6 weeks; CAMHS chase; mum's GP review."])]
    top = outlook_top(f, addr("Wieczorek, Tomasz", "Tomasz.Wieczorek@" + RDOM), addr("Early Help Duty", REH),
                      "Step down request - Ruby Achterberg", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2297310"], [ch("Ruby Achterberg", "2057-01-07", "07.01.2057")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS (historic, resolved): a drawing of a father with a knife, described in words, from February; father "
        "convicted and in prison, restraining order, CP plan ended; Ruby scales 8 now. Complete step-down: case summary "
        "PDF, draft plan .docx, consent given.",
        docs={"case_summary", "draft_plan"}, not_children=["Annelies Achterberg", "Tomasz Wieczorek"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2066-11-15 09:12:07"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning Early Help Duty,</p>
<p>I would like to start a step-down to Early Help for two children:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Date of birth</th><th>School / setting</th></tr>
<tr><td>Theo Marsh-Bailey</td><td>22 March 2060</td><td>Sheen Common Primary, Year 2</td></tr>
<tr><td>Ivy Marsh-Bailey</td><td>9 July 2063</td><td>Little Acorns Nursery</td></tr>
</table>
<p>Mosaic ID: 2330172 (family record).</p>
<p>Dad (Liam Marsh-Bailey) has now been alcohol-free for 12 months and the Child in Need plan has done its job. What we would like Early Help to pick up: Theo&#39;s attendance (88% this term) and Ivy&#39;s speech delay - she is waiting for a speech and language assessment.</p>
<p><b>The children&#39;s voice:</b> I did a words-and-pictures story with both children to explain why I will stop visiting. Theo drew me waving from a car and asked: <i>&quot;Can Sarah still come on Tuesdays? She does the Lego with me.&quot;</i> Ivy drew a purple house and said <i>&quot;that&#39;s our house and it&#39;s happy&quot;</i>.</p>
<p>The case summary is attached. The draft plan will follow after the CIN review on Thursday, and I will talk to dad about consent to the step-down at that review.</p>
<p>Kind regards,<br>Grace Adebayo-Lynch<br>Social Worker, Children in Need (Richmond)<br>020 7946 0731</p>
<p style="font-size:8pt;color:#777">This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.</p>
</body></html>
""")
    atts = [docx_att("Case summary MARSH-BAILEY Nov 2066.docx", [
        "# Case summary", "Children: Theo Marsh-Bailey (22 March 2060), Ivy Marsh-Bailey (9 July 2063). Mosaic ID 2330172.",
        "CIN since October 2065 (father's alcohol use, now 12 months abstinent, confirmed by the alcohol service).",
        "Current needs: school attendance; Ivy's speech and language."])]
    top = outlook_top(f, addr("Adebayo-Lynch, Grace", "Grace.Adebayo-Lynch@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Marsh-Bailey children", when)
    add(f, html_only(f, top, h, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2330172"],
        [ch("Theo Marsh-Bailey", "2060-03-22", "22 March 2060"), ch("Ivy Marsh-Bailey", "2063-07-09", "9 July 2063")],
        ["disability_send", "school_attendance"], None, None, ["consent", "draft_plan"], None, "request_info",
        "HTML-only step-down (children in an HTML table, DOBs written '22 March 2060'): case summary attached, draft "
        "plan 'will follow' and consent still to be asked ('I will talk to dad about consent') -> consent null; both "
        "missing. Father's drinking is historic (12 months abstinent).",
        docs={"case_summary"}, not_children=["Liam Marsh-Bailey", "Grace Adebayo-Lynch"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2066-11-22 08:51:26"
    inner = T("""
Declan,

This came in on the Tell Us text line at 07:58 this morning. It is from Leah Quinlan in 9R. Copied exactly:

"its leah q yr9. cant come in today. hes back and hes been on the vodka since last nite, he said hell do mum in when she gets back off her shift at 9. me and finn r in my room with the drawers against the door. pls dont ring mums phone he has it"

"He" will be Shane, mum's ex - he is not supposed to be at the house. Leah's brother Finn is in Year 3 at Mayfield Juniors. I have tried the landline twice, no answer.

Shona
Shona Delacroix | Pastoral Mentor, Year 9 | Wandle Meadow Academy
""")
    mid = T("""
Forwarding - Leah is open to your Early Help team (I think her worker is Jess Ng). Leah Quinlan, DOB 03/04/2052. I'm not sure if this is the right inbox, sorry - please pass on.

Declan Fairweather
Designated Safeguarding Lead | Wandle Meadow Academy
020 7946 0847
""")
    body = mid + quote("Shona Delacroix <s.delacroix@wandlemeadow.example.org>", "Monday, November 22, 2066 8:12 AM",
                       "Declan Fairweather <d.fairweather@wandlemeadow.example.org>", "Tell Us text - Leah Q Y9", inner)
    top = outlook_top(f, addr("Declan Fairweather", "d.fairweather@wandlemeadow.example.org"), addr("MASH Step Up", RMASH),
                      "FW: Tell Us text - Leah Q Y9", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Leah Quinlan", "2052-04-03", "03/04/2052")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT IN A FORWARDED PART: a 14-year-old's text passed on verbatim - mum's ex is in the house drinking, has "
        "threatened to 'do mum in' when she returns at 9, and Leah and her brother are barricaded in a bedroom now. A "
        "school DSL forwarding a pupil's text is not a step request -> other; the brother is first-name only.",
        not_children=["Shona Delacroix", "Declan Fairweather"], how="a child's text quoted in a forwarded message")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2066-11-30 11:35:50"
    body = T("""
Hi,

An update for the step-up record for Ollie Venn (Mosaic 2301956), as promised.

On Friday Ollie told me, with his gran in the room, that what he said in October about Mr Pascoe hitting him "wasn't true, I just wanted him to go so it's me and mum again". I wrote it down word for word.

What I make of it: I don't read this as a retraction under pressure. The s47 enquiry was completed on 19 November - no marks, Ollie's account changed three times, and mum, gran and school all describe the same wish for Mr Pascoe to leave. The police have taken no further action. Mr Pascoe moved out on 12 November, now lives in Kent, and has no contact with Ollie. Ollie has been living with his gran since the October disclosure and will move home to mum at the weekend. On the scale he put gran's house at 10 and mum's flat "9, because the neighbours are loud".

The step-up meeting can go ahead as planned; the focus will be Ollie's emotional wellbeing.

Thanks
Kemi Aluko
Early Help Practitioner (Putney)
020 7946 0415
""")
    q = ack_text("step-up", "SB-richmond_wandsworth-88", ["Child: Ollie Venn", "Mosaic: 2301956"], [])
    body += quote("MASH Business Support <mash.bs@%s>" % RDOM, "Tuesday, October 26, 2066 2:14 PM",
                  "Kemi Aluko <Kemi.Aluko@%s>" % RDOM, "Step-up received [SB-richmond_wandsworth-88]", q)
    top = outlook_top(f, addr("Aluko, Kemi", "Kemi.Aluko@" + RDOM), addr("MASH Step Up", RMASH),
                      "RE: Step-up received [SB-richmond_wandsworth-88]", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["2301956"], [ch("Ollie Venn")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS (retraction after a completed enquiry, already safe): the child's retraction is quoted verbatim and "
        "the worker weighs it; s47 completed, police NFA, the man moved to Kent with no contact, Ollie living with gran. "
        "Follow-up to SB-richmond_wandsworth-88; the ruled-out allegation is not a concern.",
        not_children=["Kemi Aluko"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2066-12-02 16:10:03"
    body = T("""
Dear MASH,

I am the Early Help Team Manager and I have agreed a step-up for Kofi Mensah-Bright, DOB 16/09/2054, Mosaic 2335540.

Kofi is 12. His mum, Abena, has bipolar disorder and has been unwell since September; Kofi does most of the care for his sister, who has cerebral palsy, before and after school. Mum knows about the step-up and agrees to it.

Kofi's voice: his worker, Daniel Fenwick, did a words-and-pictures session with him last week. On the safety scale for home he put 7 ("I'm fine, it's just a lot"); for school he put 3 - "the boys in Year 8 say stuff about my mum being mental".

The case summary is attached. I will send the rationale tomorrow once Daniel has written it up - I wanted the request with you today.

Bernadette Shah
Early Help Team Manager (Richmond South)
020 7946 0690

""") + RDISC
    atts = [docx_att("Case summary - Kofi Mensah-Bright.docx", [
        "# Case summary", "Kofi Mensah-Bright, DOB 16/09/2054, Mosaic 2335540.",
        "Young carer for his sister; mother's mental health; Early Help since May 2066.",
        "Kofi's words (words and pictures, 25/11/2066): \"I'm fine, it's just a lot.\""])]
    top = gmail_mail(f, plain_top(f, addr("Bernadette Shah", "Bernadette.Shah@" + RDOM), addr(None, RMASH),
                                  "Step up - Kofi Mensah-Bright", when, RDOM), body, atts)
    add(f, top, "richmond_wandsworth", "mash_step_up", when, 9,
        "ordinary", "step_up", False, None, ["2335540"], [ch("Kofi Mensah-Bright", "2054-09-16", "16/09/2054")],
        ["parental_mental_health", "young_carer"], True, True, ["rationale"], None, "request_info",
        "Step-up from the Early Help TM (agreed; mum agrees): case summary attached but the rationale 'tomorrow' -> "
        "rationale missing -> request_info. The sister is not named. The child's scaling answers are quoted.",
        docs={"case_summary"}, not_children=["Abena", "Daniel Fenwick", "Bernadette Shah"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2066-09-03 12:27:38"
    body = T("""
Hi Early Help duty,

Please see attached my notes from this morning's home visit to the Lowe family (Wizards and Fairies with Kayden). Could you pass them to whoever the allocated Early Help worker is - I think it is Jo?

I'm off from 1pm for the weekend, back Tuesday.

Thanks
Nadia

Nadia Petrou
Family Hub Practitioner, Battersea Family Hub
020 7946 0963
""")
    notes = T("""
HOME VISIT NOTES - 03/09/2066 - Nadia Petrou (Battersea Family Hub)
Family: Lowe. Children: Kayden Lowe (DOB 12/12/2059), Poppy Lowe (DOB 14/06/2066, 11 weeks).
Present: Kayden, Poppy, Jason Mears (mum's partner). Mum (Tanya Lowe) at work until 6pm.

Wizards and Fairies with Kayden (6):
Kayden drew Jason as the bad wizard, with "angry hands". His words, written down as he said them:
"Jason shakes Poppy when she won't stop crying. He shook her this morning and her head went all floppy and then she was sick on the sofa."
His good fairy was his nan "because she gives me cuddles and doesn't shout".

Observations: Poppy was asleep in the pram throughout. When I left at 11.40 I tried to say bye to her and she did not open her eyes or stir when I touched her hand. Jason said she is "just tired, she had a bad night". There was vomit on the sofa cushion.
Jason is looking after both children until mum gets home.

Actions: pass to allocated EH worker.
""")
    top = plain_top(f, addr("Nadia Petrou", "n.petrou@batterseafamilyhub.example.org"), addr("Early Help Duty", REH),
                    "Lowe family - home visit notes", when, "batterseafamilyhub.example.org",
                    mailer="Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [txt_att("Lowe home visit 03.09.txt", notes)]), "richmond_wandsworth",
        "early_help_duty", when, 5,
        "urgent", "other", True, None, [],
        [ch("Kayden Lowe", "2059-12-12", "12/12/2059"), ch("Poppy Lowe", "2066-06-14", "14/06/2066")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A TEXT/PLAIN ATTACHMENT: the body only asks for notes to be passed on; the notes record a "
        "6-year-old's words that mum's partner shook the 11-week-old this morning ('her head went all floppy', sick), "
        "the baby would not rouse when the worker left, and the partner has both children until 6pm. Not a step "
        "request -> other. First day of term week (Fri 3 Sep).",
        not_children=["Jason Mears", "Tanya Lowe", "Nadia Petrou"], how="a text/plain attachment of visit notes")


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2066-09-08 10:30:14"
    body = T("""
Dear Early Help Hub,

Step-down to Early Help for the Hossain children:

Arif Hossain, DOB 21/01/2056, Mosaic 1720331
Tasnim Hossain, DOB 30/08/2060, Mosaic 1720332

The Child and Family Assessment concluded on 3 September (attached). The draft TAF plan is attached. Mrs Hossain has given her consent to the step-down to Early Help (signed at my visit on 6 September).

Lead practitioner: Ms Ruth Abara, Family Support Worker, Stepney Family Hub (Early Help), who has met the family with me.

The TAF meeting is booked for Thursday 16 September at 2pm at Stepney Family Hub; I will chair it.

What the children told us (in the assessment, in their words): Arif, in his Three Houses - "I help Ammu with the stairs and her tablets and then I'm late for school, but I don't mind." Tasnim, on the safety scale, put home at 10 "because Abbu reads to us". The worries are about Arif's attendance (83%) and how much care he does for his mum, who has multiple sclerosis.

Kind regards
Shamima Chowdhury
Social Worker, Children and Families (Stepney), Tower Hamlets Council
020 7946 0193

""") + TDISC
    atts = [pdf_att("C&F Assessment - Hossain - Sept 2066.pdf", "Child and Family Assessment - Hossain", [
        "Children: Arif Hossain (21/01/2056), Tasnim Hossain (30/08/2060). Mosaic 1720331 / 1720332.",
        "Assessment started 09/07/2066, concluded 03/09/2066. Outcome: step-down to Early Help (TAF).",
        "Child's voice: Arif (Three Houses): \"I help Ammu with the stairs and her tablets and then I'm late for school, but I don't mind.\"",
        "Tasnim (safety scale, home): 10 - \"because Abbu reads to us\".",
        "Analysis: Arif is a young carer; attendance 83%. No safeguarding concerns about parenting."]),
            docx_att("Draft TAF plan - Hossain.docx", [
                "# Draft TAF plan", "Family: Hossain", "## Outcomes", "Arif's attendance above 95%; young carers service.",
                "## Actions", "Young carers assessment; adult social care review of mum's care package."])]
    top = outlook_top(f, addr("Chowdhury, Shamima", "Shamima.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Hossain children - Mosaic 1720331 / 1720332", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1720331", "1720332"],
        [ch("Arif Hossain", "2056-01-21", "21/01/2056"), ch("Tasnim Hossain", "2060-08-30", "30/08/2060")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F assessment PDF (children's words verbatim), draft TAF plan .docx, "
        "consent signed, named lead practitioner with agency; TAF within 10 WD of the assessment's end.",
        docs={"assessment", "draft_plan"}, not_children=["Ruth Abara", "Shamima Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2066-10-12 14:05:51"
    comment = ("I can't make 3.30. I'm still at Bowsprit Primary with Rumi Akter (Year 4, she is 8). In her House of "
               "Worries just now she wrote: 'Uncle Jamal comes in my bed when mum is on nights. He says it is our "
               "special game and I am not allowed to tell.' Mum is on nights again tonight and Uncle Jamal is the one "
               "picking Rumi up from school at 3.15 today. The DSL is sitting with her. Please can someone ring me on "
               "07700 900418. Lucy")
    data = outlook_itip_reply(f, when, ("Lucy Penhaligon", "Lucy.Penhaligon@" + TDOM), ("Early Help Hub", TEH),
                              "DECLINED", "TAF meeting - Akter family [SB-tower_hamlets-102]",
                              "20661012T153000", "20661012T163000", "Bow Family Hub", comment, text="Declined.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, [], [ch("Rumi Akter")], ["sexual_harm"], None, None, [], None,
        "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) whose text part says only "
        "'Declined.'; the COMMENT quotes an 8-year-old's House of Worries verbatim (her uncle comes into her bed when "
        "mum is on nights) and says he collects her at 3.15 today. meeting_reply, but alert_duty overrides "
        "record_reply.", not_children=["Lucy Penhaligon"], how="the COMMENT of an iTIP REPLY")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2066-11-25 11:12:09"
    worker = T("""
Nas,

MARF attached for Jaydon Ellery-Osei (15, DOB 08/05/2051, Mosaic 1733906). Can you agree the step-up to MAST?

At our session this morning I did the safety scale with him. He put himself at 1 - the lowest he has ever gone. His words:

"My cousin's mates make me take packages to Mile End. They said if I stop they'll cut me. I've got to be at the car park behind the leisure centre at six tonight or they'll come to the flat."

He showed me the messages on his phone, including a photo of a knife. He went missing overnight twice in October (both times found in Southend). Mum doesn't know about tonight.

Thanks
Oisin
Oisin Brady | Youth Worker, Early Help Adolescent Team
020 7946 0577
""")
    body = T("""
Agreed - please progress to MAST. MARF is attached below.

Nasreen Karim
Team Manager, Early Help Adolescent Team, Tower Hamlets Council
020 7946 0511
""") + quote("Oisin Brady <Oisin.Brady@%s>" % TDOM, "Thursday, November 25, 2066 10:41 AM",
             "Nasreen Karim <Nasreen.Karim@%s>" % TDOM, "MARF - Jaydon E-O - step up to MAST", worker) + "\n" + TDISC
    atts = [pdf_att("MARF - Jaydon Ellery-Osei.pdf", "Multi-Agency Request Form (MARF)", [
        "Child: Jaydon Ellery-Osei. DOB 08/05/2051. Mosaic 1733906.",
        "Referrer: Oisin Brady, Early Help Adolescent Team.",
        "Reason: suspected criminal exploitation (county lines), two missing episodes in October 2066.",
        "Parent aware of referral: yes (mother)."])]
    top = outlook_top(f, addr("Karim, Nasreen", "Nasreen.Karim@" + TDOM), addr("MAST", TMAST),
                      "FW: MARF - Jaydon E-O - step up to MAST", when, cc=addr("Brady, Oisin", "Oisin.Brady@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["1733906"], [ch("Jaydon Ellery-Osei", "2051-05-08", "08/05/2051")],
        ["exploitation", "missing"], None, True, [], None, "alert_duty",
        "URGENT IN THE QUOTED PART: the team manager's top text only agrees the step-up; the worker's quoted mail gives "
        "the 15-year-old's words verbatim (made to carry packages, threatened with a knife, must be at a car park at six "
        "tonight). Complete MAST step-up (MARF PDF, manager agreed) -> alert_duty.",
        docs={"request_for_support"}, not_children=["Oisin Brady", "Nasreen Karim"],
        how="the worker's mail quoted under the manager's reply")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2066-09-06 16:20:27"
    body = T("""
Hello MAST,

Please find attached the MARF for Sadia Rahman (DOB 03/11/2057, Mosaic 1711209). I am her Early Help worker. I am sending it now so you have it, but I have not discussed it with my manager yet - I will do this in supervision on Wednesday and confirm.

Why: mum's depression has got worse since the summer, Sadia's attendance is 79%, and Sadia is doing a lot at home for her little brothers. Mum consents to the referral.

Sadia's words (safety scale, 2 September): she put home at 7. I asked what would make it a 0. She said "if Abbu came back from Pakistan and started shouting again". To be clear, this is her answer to the "what would make it worse" question - her father has lived in Pakistan since 2064, has no contact, and there is no plan for him to come back. Mum has a non-molestation order. Nothing like this is happening now.

What would make it a 10: "Ammu getting up in the morning and making paratha like before."

Thank you
Farhana Miah
Early Help Practitioner, Poplar
020 7946 0225
""")
    atts = [pdf_att("MARF Sadia Rahman.pdf", "Multi-Agency Request Form (MARF)", [
        "Child: Sadia Rahman, DOB 03/11/2057, Mosaic 1711209.",
        "Reason for request: maternal depression, school attendance 79%, caring for siblings.",
        "Consent: mother consents."])]
    top = outlook_top(f, addr("Miah, Farhana", "Farhana.Miah@" + TDOM), addr("MAST", TMAST), "MARF - Sadia Rahman", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["1711209"], [ch("Sadia Rahman", "2057-11-03", "03/11/2057")],
        ["parental_mental_health", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "NEAR MISS (hypothetical in a scaling answer): 'what would make it a 0' is a father who has lived in Pakistan "
        "since 2064 with no contact coming back and shouting - explicitly not happening. MAST step-up with MARF, but the "
        "manager will be asked on Wednesday -> manager_agreed null -> missing -> request_info.",
        docs={"request_for_support"}, not_children=["Farhana Miah"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2066-11-17 09:45:33"
    body = T("""
Good morning,

I send you the step down for the child Elif Demir, born 12.06.2059, Mosaic number 1729944.

The family agree for Early Help, the mother Mrs Gülşen Demir give consent on 15/11/2066 at home visit, I have the signed paper.

The Child and Family Assessment I will send you after my manager sign it, maybe Friday. The draft TAF plan is attached.

Lead practitioner will be Mrs Joanne Pritchard, Family Support Worker from Poplar Family Hub, she agree already.

About Elif voice: in her words and pictures story she write "Before the police came a lot. Now baba lives in other house and I can sleep." This is the old situation, father moved out in April and there is no more incident. Now the worry is only the school - Elif is late nearly every day (attendance 85%).

Best regards
Mehmet Yıldırım
Agency Social Worker, Children and Families (Bow), Tower Hamlets Council
020 7946 0884
""")
    t = text_part(body, charset="iso-8859-9")
    atts = [docx_att("Taslak - Draft TAF plan Elif Demir.docx", [
        "# Draft TAF plan", "Child: Elif Demir (12.06.2059). Mosaic 1729944.",
        "## Outcome", "Elif arrives at school on time.", "## Actions", "Breakfast club; morning routine chart with mum."])]
    root = multipart("mixed", [t] + atts, bnd(f, 1))
    top = plain_top(f, addr("Mehmet Yıldırım", "Mehmet.Yildirim@" + TDOM), addr("Early Help Hub", TEH),
                    "Step down - Elif Demir", when, TDOM, mailer="Microsoft Outlook 16.0")
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1729944"], [ch("Elif Demir", "2059-06-12", "12.06.2059")],
        ["school_attendance"], True, None, ["assessment"], None, "request_info",
        "Second-language writer, text/plain in iso-8859-9 (Turkish letters in the signature and mother's name, "
        "RFC 2047 From): consent given, draft plan attached, lead practitioner named with agency, but the C&F "
        "assessment will follow -> assessment missing. The child's words about the police are historic.",
        docs={"draft_plan"}, not_children=["Joanne Pritchard"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2066-12-07 10:05:12"
    body = T("""
Good morning,

Please see the attached - a letter Ayaan's big sister gave her class teacher at registration this morning. I have typed it up exactly as it is written (spelling and all) and added what we know at the bottom.

Is this family known to Early Help? We have no social worker details on our system.

Halima Begum
Designated Safeguarding Lead | Shadwell Basin Primary School
020 7946 0358
""")
    letter = ["Typed copy of a handwritten letter given to Miss Hughes (Class 5H) at 08:50 on Tuesday 7 December 2066.",
              "",
              "Dear Miss Hughes,",
              "I am writing this because you said we can write things down if it is to hard to say.",
              "Mum has not come home since Saturday. She said she was going to see her frend.",
              "I have been doing Ayaan's breakfast but their is only two slices of bread left and the electric has",
              "run out so it is cold and dark at night. Ayaan is 3 and he cried all night.",
              "Please dont tell anyone at the shop.",
              "From Safa Mahmood 5H",
              "",
              "Added by H. Begum (DSL): Safa Mahmood is 10 (DOB 19/02/2056). Her brother Ayaan Mahmood is 3 and does not",
              "attend any nursery. Safa says Ayaan is at home in the flat on his own while she is at school. We know of",
              "no other adult living there. Address: Flat 9, Ropery Court, E1."]
    atts = [pdf_att("Letter from Y5 pupil - typed copy.pdf", "Pupil letter - typed copy", letter)]
    top = gmail_mail(f, plain_top(f, addr("Halima Begum", "h.begum@shadwellbasin.example.sch.uk"), addr(None, TEH),
                                  "Letter from a Year 5 pupil", when, "shadwellbasin.example.sch.uk"), body, atts)
    add(f, top, "tower_hamlets", "early_help_duty", when, 7,
        "urgent", "other", True, None, [], [ch("Safa Mahmood", "2056-02-19", "19/02/2056"), ch("Ayaan Mahmood")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT IN A PDF ATTACHMENT: a 10-year-old's letter, typed up verbatim, says mum has not been home since "
        "Saturday; the DSL's note adds that the 3-year-old is alone in the flat now while his sister is at school. "
        "The body only asks whether the family is known -> other.",
        not_children=["Halima Begum"], how="a child's letter typed into a PDF attachment")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2066-10-22 14:40:45"
    body = T("""
Dear MAST,

For your awareness only. I am the IDVA supporting Ms Charlotte Wren (23) after Tuesday's incident with her ex-partner. At our safety planning session today she scaled herself 2 out of 10 safe in her flat, and said "he said he'll kill me if I go to court". She is going to the refuge in Hackney tonight.

Ms Wren has no children and is not pregnant. No children live at or visit the flat. Her youngest sibling is 19.

I think this should have gone to the adult MARAC coordinator rather than to you - please disregard if so, and sorry for the misdirection.

Kind regards
Yetunde Olasoji
Independent Domestic Violence Advisor, East London Advocacy Service
020 7946 0902
""")
    top = plain_top(f, addr("Yetunde Olasoji", "y.olasoji@elas.example.org.uk"), addr("MAST", TMAST),
                    "Information sharing - C Wren (adult)", when, "elas.example.org.uk")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (adult only): an IDVA's information about a 23-year-old woman who scales 2/10 safe and is going to "
        "a refuge tonight; no children and not pregnant, sibling 19. Misdirected -> other, human_review. Half-term week "
        "is the next week (25-29 Oct).",
        not_children=["Charlotte Wren", "Yetunde Olasoji"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2066-09-13 09:02:11"
    data = ooo(f, when, ("Tamsin Achebe", "Tamsin.Achebe@" + TDOM), addr("Early Help Hub", TEH),
               "Practice group - Signs of Safety mapping", T("""
Thank you for your email. I am on annual leave until Monday 20 September and will not be checking my emails.

For the Signs of Safety practice group please contact Ayesha Noor. For Early Help Hub allocations please email the Early Help Hub.

Tamsin Achebe
Early Help Hub Coordinator
"""))
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to the Hub: "
        "ignore.")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2066-09-15 11:25:40"
    body = T("""
Hi Early Help,

Could I have a triage slot please for a Level 3 step-down for the Trewartha children, LCS-3301874:

Jago Trewartha - 02/04/2058 (8)
Morwenna Trewartha - 27/01/2063 (3)

Morwenna is under 5, so I think this needs the under-5s triage.

My ATM, Simon Breward, has agreed the step down. Mum (Demi Trewartha) has signed consent for Early Help - the signed form is on LCS and a copy is in the Single Assessment appendix.

The Single Assessment is attached. The children's voices are in section 4 - Jago did the Three Houses with me and Morwenna's nursery key worker wrote down what she says about home. Jago's House of Dreams made me smile: "Mum going back to college and a trampoline that doesn't have a hole in it."

Main worries now: mum's anxiety and Jago's attendance (84%).

Thanks
Kerensa Polglase
Social Worker, Safeguarding Team 3, Torbay Council
01632 960412

""") + BDISC
    atts = [pdf_att("Single Assessment - Trewartha - Sept 2066.pdf", "Single Assessment - Trewartha children", [
        "LCS-3301874. Jago Trewartha (02/04/2058), Morwenna Trewartha (27/01/2063).",
        "Section 4 - the child's voice",
        "Jago (Three Houses, 08/09/2066) - Worries: \"When mum stays in bed and I have to get Morwenna ready.\"",
        "Good things: \"Football on Saturdays and Grandad's dog.\" Dreams: \"Mum going back to college and a trampoline that doesn't have a hole in it.\"",
        "Morwenna (nursery key worker's record): \"Mummy sad sometimes. Jago does my shoes.\"",
        "Section 6 - analysis: needs can be met at Level 3 Early Help; no current child protection concerns.",
        "Consent: signed by Demi Trewartha 10/09/2066."])]
    top = outlook_top(f, addr("Polglase, Kerensa", "Kerensa.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Trewartha - LCS-3301874", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3301874"],
        [ch("Jago Trewartha", "2058-04-02", "02/04/2058"), ch("Morwenna Trewartha", "2063-01-27", "27/01/2063")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay Level 3 step-down: Single Assessment PDF (children's voices verbatim), ATM agreed, consent "
        "signed; Morwenna (3) means the fortnightly under-5s triage.",
        docs={"assessment"}, not_children=["Demi Trewartha", "Simon Breward", "Kerensa Polglase"])

def torbay_02():
    f = "torbay_02.eml"; when = "2066-10-04 13:52:16"
    body = T("""
To: MASH, Torbay
From: Tamsin Yeo, Lead Practitioner, Torbay Early Help (Paignton)
Re: Lily-Mae Prowse, DOB 11/08/2056 (10); sibling Poppy Prowse, DOB 01/05/2062 (4). EHM-740311.

Request: contact to MASH / step-up from Level 3 Early Help.

1. Disclosure. On 28/09/2066 Lily-Mae told her class teacher that mum's partner, Mr Dale Kitto, "puts his hand over my mouth and hits me with the hairbrush when Poppy's asleep". School referred to Early Help the same day.

2. Retraction. At my session with her today (11:30, at school) Lily-Mae said: "I made it up. I lied. Dale's nice." She would not look at me and repeated it twice, word for word the same.

3. My assessment of the retraction. I do not think it reduces the risk to Lily-Mae or Poppy; I think it increases it.
 - Mum told Mr Kitto about the disclosure on 1/10 (mum told me so herself). The retraction came after that.
 - As I was packing up, Lily-Mae whispered: "I have to say I lied or he'll do it to Poppy."
 - Lily-Mae has two fresh oval bruises on her upper left arm which she would not explain ("I don't know").
 - On the safety scale she put home at 0 on 28/09 and "10, 10, 10" today.

4. Today. Poppy is at home with Mr Kitto now (mum is at work until 6pm). Lily-Mae finishes school at 3.20 and Mr Kitto is down to collect her.

5. Consent. I have not sought mum's consent to this contact: she has passed everything so far straight to Mr Kitto.

6. Management oversight. Discussed with my ATM, Hayley Coombe, at 13:30; she agrees this goes to MASH now.

Tamsin Yeo
Lead Practitioner, Torbay Early Help
01632 960218 / 07700 900164
""")
    top = outlook_top(f, addr("Yeo, Tamsin", "Tamsin.Yeo@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Lily-Mae Prowse - EHM-740311 - retraction today", when,
                      cc=addr("Coombe, Hayley", "Hayley.Coombe@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-740311"],
        [ch("Lily-Mae Prowse", "2056-08-11", "11/08/2056"), ch("Poppy Prowse", "2062-05-01", "01/05/2062")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT, clinical numbered layout (one of the urgent mails allowed the word 'risk'): a retraction made after mum "
        "told her partner, a whispered threat to the 4-year-old, fresh unexplained bruises; the 4-year-old is at home "
        "with him now and he collects the 10-year-old at 3.20. Consent deliberately not sought (null, so missing for a "
        "Torbay step-up); ATM agrees.",
        not_children=["Dale Kitto", "Hayley Coombe", "Tamsin Yeo"], how="body, clinical numbered sections")

def torbay_03():
    f = "torbay_03.eml"; when = "2066-10-21 10:10:02"
    body = T("""
Morning,

Please can Demelza Hocking (30.06.2054, LCS-3299015) go to triage for a step down to Early Help at Level 3.

- Single Assessment attached.
- ATM (Marcus Gilbert) has agreed the step down.
- Mum has consented to Early Help and signed the consent form on 18 October.

A note on Demelza's voice, because the referral in August was about a mark on her cheek. That was checked at the time: it was a netball injury, seen by her PE teacher, and the strategy discussion agreed no further action. At my last visit I asked her directly, on her own, whether anyone at home hurts her or makes her feel unsafe. She said: "No. Nobody hits me. Mum just shouts about my phone." She scaled home at 8 - "it'd be 10 if I could have my phone after ten".

There are no current child protection concerns. What she needs from Early Help is help with school: attendance 87% and she has had three detentions for lateness.

Thanks
Ross Penhallow
Social Worker, Torbay Council
01632 960587

""") + BDISC
    atts = [docx_att("Single Assessment - D Hocking.docx", [
        "# Single Assessment", "Child: Demelza Hocking, 30.06.2054. LCS-3299015.",
        "## Child's voice", "\"No. Nobody hits me. Mum just shouts about my phone.\" Safety scale home: 8.",
        "## Analysis", "August referral (mark on cheek) explained: netball injury, witnessed. NFA at strategy discussion.",
        "## Recommendation", "Step down to Level 3 Early Help: attendance and punctuality."])]
    top = outlook_top(f, addr("Penhallow, Ross", "Ross.Penhallow@" + BDOM), addr("Early Help", BEH),
                      "Step down to triage - Demelza Hocking", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-3299015"], [ch("Demelza Hocking", "2054-06-30", "30.06.2054")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS (negated and explained): the child asked directly says 'Nobody hits me'; the August mark was a "
        "witnessed netball injury, NFA; 'no current child protection concerns'. Complete Level 3 step-down (Single "
        "Assessment .docx, ATM agreed, consent signed).",
        docs={"assessment"}, not_children=["Marcus Gilbert", "Ross Penhallow"])

def torbay_04():
    f = "torbay_04.eml"; when = "2066-11-13 21:37:44"
    body = T("""
Hi sorry not sure who to send this to on a Saturday night, this address was on the poster at the youth centre.

Kyle Bastin, 14, goes to Paignton Academy, comes to our Tuesday group. He just sent me a snap (screenshot attached in words because it disappears):

"jess im at some guys flat in paignton they took my phone n my shoes i cant leave theres 3 of them they keep giving me stuff to smoke n saying i owe them. this is my mates phone dont msg back"

His mum rang me at 7 to say he's been gone since lunch and isn't answering. Snap map had him near the harbour about 20 mins ago then went off. I've rung 101 and got a log number (4471) but nobody has called me back.

I don't know his date of birth sorry. Mum is Kelly Bastin, 07700 900583.

Jess Mudge
Youth Worker, Paignton Youth Hub

Sent from my iPhone
""")
    top = plain_top(f, addr("Jess Mudge", "jessmudge.youth@gmail.example.com"), addr(None, BMASH),
                    "URGENT kyle bastin 14 - snap from him tonight", when, "gmail.example.com",
                    extra=[("X-Mailer", "iPhone Mail (23B94)")])
    add(f, apple_mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Kyle Bastin")], ["exploitation", "missing"],
        None, None, [], None, "alert_duty",
        "URGENT, mobile, Saturday night (GMT): a youth worker passes on a 14-year-old's Snapchat verbatim - held in a "
        "flat by three men, phone and shoes taken, given drugs, 'saying i owe them'; missing since lunchtime. The "
        "subject says URGENT (one of the urgent mails allowed an alarm word). Not a step request -> other; the police "
        "log number is not a case id.",
        not_children=["Kelly Bastin", "Jess Mudge"], how="a child's Snapchat message retyped in a mobile mail")

def torbay_05():
    f = "torbay_05.eml"; when = "2066-11-09 14:18:29"
    body = T("""
Dear MASH,

I'm the lead practitioner for Rhys Tozer (DOB 17/07/2052, EHM-741902) and I'd like to make a contact to MASH / step-up from Early Help.

Dad's drinking has got steadily worse since the summer. Rhys (14) is getting himself up, fed and to school, and has been missing his Saturday job because he won't leave dad alone. On the safety scale Rhys put home at 5 and said: "I don't want a social worker, I just want dad to stop drinking. He's not horrible, he's just not there."

Consent: I asked dad (Mr Gareth Tozer) on Monday. He does not consent to a referral to social care and said he'll "stop Rhys coming to the group" if we go ahead. Rhys's mum lives in Spain and is not in contact.

My ATM, Gary Northcott, agrees with the contact to MASH - we would like to talk about whether it can go ahead without consent.

Best wishes
Lowenna Chegwidden
Lead Practitioner, Torbay Early Help (Brixham)
01632 960733

""") + BDISC
    top = outlook_top(f, addr("Chegwidden, Lowenna", "Lowenna.Chegwidden@" + BDOM), addr("MASH", BMASH),
                      "Step up - Rhys Tozer - EHM-741902", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-741902"], [ch("Rhys Tozer", "2052-07-17", "17/07/2052")],
        ["substance_misuse", "young_carer"], False, True, ["consent"], None, "request_info",
        "Torbay step-up with the child's own words; father refuses consent -> consent false -> missing -> "
        "request_info; ATM agrees.", not_children=["Gareth Tozer", "Gary Northcott", "Lowenna Chegwidden"])

def torbay_06():
    f = "torbay_06.eml"; when = "2066-12-02 17:05:26"
    data = ooo(f, when, ("Morwenna Nance", "Morwenna.Nance@" + BDOM), addr("Early Help", BEH),
               "Triage outcome - 30 November", T("""
Thank you for your email. I am delivering the "Hearing the child: Three Houses and safety scales" training in Plymouth until Tuesday 7 December and will reply when I am back.

If you think a child is at immediate risk of significant harm, please call 999 or the MASH on 01632 960100. For triage please contact the Early Help inbox.

Morwenna Nance
Early Help Assistant Team Manager
"""))
    add(f, data, "torbay", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS (automatic): Outlook out-of-office whose boilerplate says 'immediate risk of significant harm' and "
        "999 and mentions safety-scales training; Auto-Submitted -> auto_reply -> ignore.")

def torbay_07():
    f = "torbay_07.eml"; when = "2066-11-23 09:20:52"
    body = T("""
Hi,

Adding the signed consent form and the completed Single Assessment for Cadan Trewin (LCS-3310467), as requested. Mum signed the consent form at my visit yesterday.

Cadan's words are in section 4 of the assessment. The bit I'd want the triage to hear: "School is better now I've got the quiet room. I still don't like the bus."

Thanks
Ellie Pascoe
Social Worker, Torbay Council
01632 960671
""")
    ack = ack_text("step down", "SB-torbay-77", ["Child: Cadan Trewin", "Case: LCS-3310467"],
                   ["Single Assessment", "Parental consent"])
    body += "\n" + quoted("On 19 Nov 2066, at 10:02, Torbay Early Help <%s> wrote:\n\n%s" % (BEH, ack))
    atts = [pdf_att("Consent form - Trewin - signed.pdf", "Consent to Early Help - signed", [
        "I consent to my family receiving Early Help support. Child: Cadan Trewin. Signed: L. Trewin, 22/11/2066."]),
            pdf_att("Single Assessment - Cadan Trewin.pdf", "Single Assessment - Cadan Trewin", [
                "LCS-3310467. Section 4 - child's voice: \"School is better now I've got the quiet room. I still don't like the bus.\""])]
    top = plain_top(f, addr("Ellie Pascoe", "Ellie.Pascoe@" + BDOM), addr("Early Help", BEH),
                    "Re: Step down received [SB-torbay-77]", when, BDOM, mailer="Apple Mail (2.3826)")
    add(f, apple_mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-3310467"], [ch("Cadan Trewin")], [], True, None, [], None,
        "attach_to_request",
        "Apple Mail follow-up to SB-torbay-77 adding the signed consent form and the Single Assessment (child's "
        "words quoted); the quoted acknowledgement's 'What is missing' list is history. consent true (signed).",
        not_children=["Ellie Pascoe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2066-12-09 13:40:18"
    body = T("""
Hello Early Help,

Requesting a triage slot for Tegen Rowe, born 20 February 2062, LCS-3314420 - step down from CIN.

Mum (Chloe Rowe) has consented to Early Help. The Single Assessment is attached.

What we are still worried about: mum's low mood, and the flat gets into a poor state when she is low (no food in, washing piled up).

Tegen's voice: she drew me a picture of the new flat with a big yellow sun and three stick people. She said "This is our house now. That's me, mummy and Nanna. No more shouting." Her nursery say she is settled and chatty.

I'm waiting for my ATM to sign off the step down - she is back on Monday and I'll confirm then.

Ellie
Ellie Rundle
Social Worker, Torbay Council
01632 960299
""")
    t = text_part(body, cte="base64")
    atts = [docx_att("Single Assessment Tegen Rowe.docx", [
        "# Single Assessment", "Tegen Rowe, 20 February 2062. LCS-3314420.",
        "## Child's voice", "Drawing of the new flat: \"This is our house now. That's me, mummy and Nanna. No more shouting.\"",
        "## Recommendation", "Step down to Early Help."])]
    root = multipart("mixed", [t] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Rundle, Ellie", "Ellie.Rundle@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Tegen Rowe LCS-3314420", when)
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["LCS-3314420"], [ch("Tegen Rowe", "2062-02-20", "20 February 2062")],
        ["neglect", "parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
        "Base64 text body: Torbay step-down with consent and the Single Assessment (a drawing described in words), "
        "but the ATM has not yet signed off -> manager_agreed null -> missing. Tegen is 4: under-5s triage. No level "
        "stated -> null.", docs={"assessment"}, not_children=["Chloe Rowe", "Ellie Rundle"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2066-09-22 14:00:36"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the step-down plan for the Bevan children (sibling group), Early Help level 3:

Nia Bevan - 18/04/2057 - Mosaic 705512
Cai Bevan - 02/11/2060 - Mosaic 705513

Also attached: the signed consent form (Mrs Sara Bevan, 17 September).

Key person: Mrs Carys Lloyd, Family Support Worker, Leominster Early Help Team (Herefordshire Council), who came on the joint visit on 20 September.

My team manager, Huw Prosser, has agreed the step-down.

The children's views are in section 3 of the plan. Nia's Three Houses and Cai's safety scale (he put home at 9 - "the 1 is because my brother takes my tablet") are written as they said them.

Regards
Owain Pritchard-Davies
Social Worker, Leominster Locality, Herefordshire Council
01632 960845

""") + HDISC
    atts = [docx_att("Step down plan - Bevan children.docx", [
        "# Step-down plan (Early Help level 3)", "Children: Nia Bevan (18/04/2057), Cai Bevan (02/11/2060).",
        "## 1. Why we are stepping down", "CIN plan outcomes met; mum's mental health stable with GP support.",
        "## 2. What still needs to happen", "Nia's attendance (88%) and mum's counselling to continue.",
        "## 3. The children's views", "Nia (Three Houses): Worries - \"Mum being poorly again.\" Good - \"Brownies and my friend Ffion.\" Dreams - \"A dog called Bara.\"",
        "Cai (safety scale, home): 9 - \"the 1 is because my brother takes my tablet\".",
        "## 4. Key person", "Carys Lloyd, Family Support Worker, Leominster Early Help Team."]),
            pdf_att("Consent form signed - Bevan.pdf", "Early Help consent form", [
                "Parent/carer: Sara Bevan. Children: Nia Bevan, Cai Bevan.",
                "I consent to my family receiving Early Help support and to information being shared.",
                "Signed: S. Bevan. Date: 17/09/2066."])]
    top = outlook_top(f, addr("Pritchard-Davies, Owain", "Owain.Pritchard-Davies@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down plan - Bevan sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["705512", "705513"],
        [ch("Nia Bevan", "2057-04-18", "18/04/2057"), ch("Cai Bevan", "2060-11-02", "02/11/2060")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: plan .docx with the children's views verbatim, signed consent "
        "form PDF, key person with agency, TM agreed; level 3 stated. The children's answers are scaling and Three "
        "Houses quotes with nothing current to worry about.", docs={"draft_plan", "consent_form"},
        not_children=["Sara Bevan", "Carys Lloyd", "Huw Prosser", "Owain Pritchard-Davies"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2066-11-09 13:26:05"
    h = T("""
<html><head><meta charset="utf-8"><style>td{padding:4px;border:1px solid #999}</style></head>
<body style="font-family:Arial;font-size:10.5pt">
<p>To the MASH team,</p>
<p>I am the school nurse for Kingsland Church of England Primary. I saw this pupil at my lunchtime drop-in today.</p>
<table style="border-collapse:collapse">
<tr><td><b>Pupil</b></td><td>Ellie-Mai Powell, Year 5</td></tr>
<tr><td><b>DOB</b></td><td>06/06/2056</td></tr>
<tr><td><b>Lives with</b></td><td>Mum (Jade Powell) and mum's partner Steven Halford</td></tr>
</table>
<p>Ellie-Mai came to the drop-in with a friend &quot;about my legs&quot;. On the feelings scale (0 = really bad, 10 = really good) she put <b>home at 0</b> and school at 8.</p>
<p>She showed me four bruises on the backs of her thighs, purple and yellow, two of them the size of a 50p coin, and a red raised line across both legs. In her own words:</p>
<blockquote style="border-left:3px solid #c00;padding-left:8px"><i>&quot;Steve does it with the wooden spoon when I don&#39;t eat my tea. He said next time he&#39;ll use the iron. Please don&#39;t tell him I showed you.&quot;</i></blockquote>
<p>Steven Halford collects her at 3pm on Tuesdays because mum works late. It is 1.20pm now and she is back in class.</p>
<p>I have body-mapped the marks. Please can someone call me back on 01632 960274.</p>
<p>Fiona Tudor<br>School Nurse, Wye Valley School Nursing Service<br>01632 960274</p>
</body></html>
""")
    top = plain_top(f, addr("Fiona Tudor", "fiona.tudor@wvsn.example.nhs.uk"), addr("Herefordshire MASH", HMASH),
                    "Ellie-Mai Powell Y5 - seen at drop-in today", when, "wvsn.example.nhs.uk")
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ellie-Mai Powell", "2056-06-06", "06/06/2056")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "URGENT, HTML-only (details in an HTML table and a blockquote): a 10-year-old scales home at 0, shows fresh "
        "bruises and a welt, says mum's partner beats her with a wooden spoon and threatened the iron next time; he "
        "collects her at 3pm today. A school nurse's report, not a step request -> other.",
        not_children=["Jade Powell", "Steven Halford", "Fiona Tudor"], how="HTML-only body, the child's words in a blockquote")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2066-10-14 11:15:27"
    body = T("""
Dear Co-ordinators,

Step-down plan attached for Jasmine Preece, born 1st December 2055, Mosaic 709874 - Early Help level 3.

Key person: Mr Dafydd Probert, Early Help Family Support Worker, Hereford City Early Help Team.

Consent: mum (Kelly Preece) gave her verbal consent to Early Help on the phone on Tuesday. She will sign the consent form at my visit next Tuesday and I'll send it on then.

Jasmine asked me to pass on the letter she wrote to "whoever is my new worker". I have copied it exactly:

"Dear new worker, last year dad hit mum and broke the window and I hid under the table with Bella (our dog). Dad lives in Wales now and we see him at the contact centre on Saturdays with a lady watching. I feel 9 out of 10 safe. The 1 is because I still hate loud bangs. Please can you help me with my reading. From Jasmine"

What I make of it: the incident she describes was in July last year and led to the CIN plan; there have been no incidents since, dad moved to Builth Wells in September last year, contact is supervised at the contact centre and has gone well for a year. Jasmine's reading is what she worries about - she is on the SEN register and about two years behind.

Regards
Rhiannon Gwatkin
Social Worker, Hereford City Locality
01632 960318

""") + HDISC
    atts = [docx_att("Step-down plan Jasmine Preece.docx", [
        "# Step-down plan", "Jasmine Preece, 1st December 2055, Mosaic 709874.",
        "## Needs", "Literacy support (SEN register); continued supervised contact with father.",
        "## Key person", "Dafydd Probert, Hereford City Early Help Team.",
        "## Jasmine's letter", "See covering email."])]
    top = outlook_top(f, addr("Gwatkin, Rhiannon", "Rhiannon.Gwatkin@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jasmine Preece (with her letter)", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["709874"], [ch("Jasmine Preece", "2055-12-01", "1st December 2055")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS (historic, managed): a child's letter passed on verbatim describing dad hitting mum 'last year'; "
        "dad lives in Wales, contact supervised for a year, she scales 9/10. Verbal consent only (consent true) so the "
        "written consent_form is missing -> request_info.",
        docs={"draft_plan"}, not_children=["Kelly Preece", "Dafydd Probert", "Rhiannon Gwatkin"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2066-11-05 15:55:43"
    body = T("""
Hi both,

Please put the step-down for Harry Bayliss (Mosaic 711230) on hold.

On Monday Harry came into school with a mark on his cheek. When his teacher asked, he said: "It was only a little smack, it didn't even hurt, everyone gets smacked." I think he is minimising - it's the third mark this term, and he said almost the same words each time.

What has happened since: a strategy discussion was held on Tuesday and a section 47 enquiry is under way with the police. The agreed safety plan is that Harry and his brother are staying with their aunt, Mrs Lorraine Bayliss, in Bromyard; dad (Mr Craig Bayliss) has agreed to stay away from the children and has no unsupervised contact while the enquiry runs. I saw Harry at his aunt's yesterday - he put her house at 10 on the safety scale.

I'll let you know the outcome.

Bethany Croft
Social Worker, Kington and Bromyard Locality
01632 960562
""")
    q = "On 28 Oct 2066, at 09:12, Herefordshire Early Help Co-ordinators <%s> wrote:\n\n%s" % (
        HEH, ack_text("step-down", "SB-herefordshire-41", ["Child: Harry Bayliss", "Mosaic: 711230"], ["consent form"]))
    body += "\n" + quoted(q)
    top = plain_top(f, addr("Bethany Croft", "Bethany.Croft@" + HDOM), addr(None, HEH),
                    "Re: Step-down received [SB-herefordshire-41]", when, HDOM, mailer="Apple Mail (2.3826)")
    add(f, apple_mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["711230"], [ch("Harry Bayliss")], ["physical_harm"], None, None, [],
        None, "attach_to_request",
        "NEAR MISS (planned and managed): the child minimises a smack ('it was only a little smack') and the worker "
        "reads it as minimising, but the strategy discussion is held, s47 under way with police, the children are with "
        "their aunt under an agreed safety plan and dad has no unsupervised contact. Follow-up to SB-herefordshire-41 "
        "putting the step-down on hold; the smack is a current concern (physical_harm), not an immediate one.",
        not_children=["Lorraine Bayliss", "Craig Bayliss", "Bethany Croft"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2066-11-29 16:34:22"
    body = T("""
Hello,

Please find attached the step-down plan for the Hamer children, Early Help level 3, and mum's signed consent form:

Lola Hamer - 08/03/2059
Alfie Hamer - 21/10/2061
Mosaic 713001

Key person: Ms Tara Whitcombe, Family Support Worker, Ross-on-Wye Early Help Team.

Children's voice, from my final visit this afternoon (3pm-4.10pm): Lola drew her kitchen - a big man, a lady lying on the floor with red crayon round her head, and two little children under the table. She told me: "That's last night. Daddy hit mummy with the bottle and there was blood on the floor. He said when we're asleep he's going to finish it." Mum (Kirsty Hamer) had a cut above her eyebrow and said she fell on the back step. Dad (Lee Hamer) was asleep upstairs. Alfie said "daddy shouted loud" and then wanted to play cars.

My view is that Lola is working through the old incidents from before the CP plan ended in the summer - she has a vivid imagination and mum was clear she fell. I have left the drawing with mum. The children are at home with mum and dad tonight as usual.

Everything else is going well and I'd like the step-down to go ahead as planned.

Gethin Morris
Social Worker, Ross and South Wye Locality
01632 960931
""")
    atts = [docx_att("Step down plan - Hamer.docx", [
        "# Step-down plan (level 3)", "Lola Hamer (08/03/2059), Alfie Hamer (21/10/2061). Mosaic 713001.",
        "## Needs", "Routines; Lola's anxiety at school; parenting support.",
        "## Key person", "Tara Whitcombe, Ross-on-Wye Early Help Team."]),
            pdf_att("Signed consent - Hamer.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help support. Children: Lola Hamer, Alfie Hamer.",
                "Signed: K. Hamer. Date: 22/11/2066."])]
    top = outlook_top(f, addr("Morris, Gethin", "Gethin.Morris@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Hamer - Mosaic 713001", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "urgent", "step_down", True, 3, ["713001"],
        [ch("Lola Hamer", "2059-03-08", "08/03/2059"), ch("Alfie Hamer", "2061-10-21", "21/10/2061")],
        ["domestic_abuse"], True, None, [], None, "alert_duty",
        "URGENT DESPITE THE WORKER'S READING: a drawing described in words and the 7-year-old's account of 'last "
        "night' (dad hit mum with a bottle, blood on the floor, 'when we're asleep he's going to finish it'), a fresh "
        "cut on mum's face, dad in the house, children at home tonight; the worker explains it away as imagination. "
        "Otherwise a complete level 3 step-down (plan, signed consent, key person).",
        docs={"draft_plan", "consent_form"}, not_children=["Kirsty Hamer", "Lee Hamer", "Tara Whitcombe", "Gethin Morris"],
        how="body: a drawing described in words, with the worker minimising it")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2066-12-01 10:12:49"
    data = google_reply(f, when, ("Ceri Vaughan", "ceri.vaughan.sw@gmail.example.com"),
                        ("Early Help Co-ordinators", HEH), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-52]", "20661207T093000Z", "20661207T100000Z",
                        "Plough Lane, Hereford - Room 4", "Tue 7 Dec 2066 09:30 - 10:00 (GMT)")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, for the Tuesday-morning step-down drop-in (GMT).")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2066-12-08 11:50:30"
    body = T("""
Hello MASH,

I am the Early Help worker for Reuben Gittins (25/05/2053, Mosaic 714455) and I'd like to step him up to social care. My manager, Alison Parry, has agreed, and mum agreed to the referral on Monday.

Since mum's boyfriend moved in at the end of September her drinking has increased a lot. Reuben (13) makes his own meals most nights and the fridge is often empty. He scaled home at 4 and said: "Since Mark moved in I just stay in my room with my headphones on. Nobody hurts me, it's just loud and there's no tea."

Sian Watkins
Early Help Worker, Hereford South
01632 960156
""")
    top = plain_top(f, addr("Sian Watkins", "Sian.Watkins@" + HDOM), addr("Herefordshire MASH", HMASH),
                    "Step up - Reuben Gittins", when, HDOM, mailer="Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["714455"], [ch("Reuben Gittins", "2053-05-25", "25/05/2053")],
        ["neglect", "substance_misuse"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step-up -> human_review; missing [] (no "
        "requirements for an undefined kind). The child's words negate harm ('Nobody hurts me').",
        not_children=["Alison Parry", "Sian Watkins"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2066-12-16 08:55:14"
    body = T("""
Morning,

Just for the record on Skye's step-down. Skye walked out of the TAF yesterday afternoon and didn't come home. At 8.40pm she texted me:

"soz for running off. im at nans in kington. not going back tonight cos me and mum had a row but im safe, nan says i can stay the weekend x"

I rang her nan at 9pm, who confirmed Skye was there, had eaten and was going to bed. Mum knows and is happy for her to stay at nan's until Sunday. The police were not involved. I saw Skye at school at 8.30 this morning and she was fine - she scaled herself 8 and said "the 2 is because mum's still cross".

No change to the plan.

Thanks
Nerys Hopkins
Social Worker, Kington and Bromyard Locality
""")
    ack = ack_text("step-down", "SB-herefordshire-60", ["Child: Skye Lewis", "Mosaic: 715880"], [])
    body += quote("Early Help Co-ordinators <%s>" % HEH, "Friday, December 3, 2066 10:40 AM",
                  "Nerys Hopkins <Nerys.Hopkins@%s>" % HDOM, "Step-down received [SB-herefordshire-60]", ack)
    top = outlook_top(f, addr("Hopkins, Nerys", "Nerys.Hopkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down received [SB-herefordshire-60]", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["715880"], [ch("Skye Lewis")], [], None, None, [], None,
        "attach_to_request",
        "NEAR MISS (resolved, already safe): a teenager's text passed on verbatim after she walked out and stayed "
        "out overnight; she was at her nan's, confirmed by phone that evening, seen at school this morning. A resolved "
        "overnight absence is not a current 'missing' concern. Follow-up to SB-herefordshire-60.",
        not_children=["Nerys Hopkins"])


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
# the brief's alarm words; at most 3 urgent mails may use any of them
BANNED = re.compile(r"\b(urgent|urgently|immediate|immediately|risk\w*|emergenc\w*|danger\w*|asap)\b", re.I)
ALARM_URGENT = {"torbay_02.eml", "torbay_04.eml"}
# Knowsley notice: file -> (working days, plain weekdays, bank holidays crossed, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (6, 6, [], False),
    "knowsley_02.eml": (4, 4, [], False),
    "knowsley_03.eml": (6, 6, [], False),
    "knowsley_05.eml": (3, 5, [date(2066, 12, 27), date(2066, 12, 28)], True),
    "knowsley_07.eml": (5, 7, [date(2066, 12, 27), date(2066, 12, 28)], False),
}
EXPECTED_BH_2066 = {date(2066, 1, 1), date(2066, 4, 9), date(2066, 4, 12), date(2066, 5, 3), date(2066, 5, 31),
                    date(2066, 8, 30), date(2066, 12, 27), date(2066, 12, 28)}

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
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|table|h\d|blockquote)\b[^>]*>", " ", h)
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
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (\w+) (\d{4})", w)
    return date(int(m[3]), MONTHS[m[2]], int(m[1])).isoformat()

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
    if [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]:
        err("calendar", "no bank holiday should fall inside the window")
    if date(2066, 12, 25).weekday() != 5 or date(2066, 12, 26).weekday() != 6:
        err("calendar", "Christmas 2066 should be Saturday, Boxing Day Sunday")
    if WINDOW[0] != date(2066, 9, 1) or WINDOW[0].weekday() != 2:
        err("calendar", "window should start Wednesday 1 September 2066")
    if WINDOW[1].weekday() != 4 or WINDOW[1] + timedelta(days=1) != date(2066, 12, 25):
        err("calendar", "window should end on the Friday before Christmas Day")
    if last_monday(2066, 8) != date(2066, 8, 30) or not last_monday(2066, 8) < WINDOW[0]:
        err("calendar", "late summer bank holiday should be just before the window")
    bst_off = last_sunday(2066, 10)
    if bst_off != date(2066, 10, 31) or last_sunday(2066, 3) != date(2066, 3, 28):
        err("calendar", "BST dates wrong")
    if HALF_TERM != (bst_off - timedelta(days=6), bst_off - timedelta(days=2)):
        err("calendar", "half term should be the Monday-Friday before the clocks go back")
    for d, off in ((datetime(2066, 10, 31, 0, 59, tzinfo=UTC), 1), (datetime(2066, 10, 31, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        exp = timedelta(hours=1 if d < bst_off else 0)
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != exp:
            err("calendar", "%s offset wrong" % d)
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
    if len(ALARM_URGENT) > 3:
        err("set", "more than 3 urgent mails may not use the alarm words")
    hows = [META[f]["how"] for f in FILES if CATS[f] == "urgent"]
    for needle in ("PS", "subject", "forwarded", "quoted", ".docx", "text/plain", "PDF", "COMMENT", "HTML", "mobile"):
        if not any(needle in h for h in hows):
            err("set", "no urgent mail with the risk placed in: %s" % needle)
    offs = {datetime.fromisoformat(l["now"]).utcoffset() for l in LABELS}
    if offs != {timedelta(0), timedelta(hours=1)}:
        err("set", "both +0100 and +0000 should occur")

    # ---- per file
    for lab in LABELS:
        f = lab["file"]; x = lab["expect"]; m = META[f]
        auth, mbox = lab["authority"], lab["mailbox"]
        if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            err(f, "label keys")
        if list(x) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                       "missing", "notice_ok", "next_action"]:
            err(f, "expect keys")
        if f.rsplit("_", 1)[0] != auth or auth not in AUTHORITIES:
            err(f, "authority does not match the file name")
        if mbox not in ("mash_step_up", "early_help_duty"):
            err(f, "bad mailbox")
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2066:
                    err(f, "meeting date not a future working day of 2066")
                exp = KNOWSLEY_NOTICE.get(f)
                if exp is None:
                    err(f, "Knowsley count not in the README table")
                else:
                    pw = plain_weekdays_between(now_d, mt)
                    crossed = sorted(b for b in BANK_HOLIDAYS if now_d < b <= mt)
                    if (wd, pw, crossed) != exp[:3]:
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
        want = "+0100" if sent.date() < date(2066, 10, 31) else "+0000"
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
            hit = BANNED.search(heads) or BANNED.search(text)
            if bool(hit) != (f in ALARM_URGENT):
                err(f, "alarm words %r but ALARM_URGENT says %s" % (hit and hit.group(0), f in ALARM_URGENT))
        for y in re.findall(r"\b(20\d\d)\b", text + " " + heads):
            if int(y) > 2066:
                err(f, "a year after 2066: %s" % y)
        now_d = now.astimezone(LON).date()
        for c in m["children"]:
            if c["name"] not in text + " " + subj:
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
            if n not in text:
                err(f, "not-child %s not in the text" % n)
        for cid in x["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), text + " " + subj):
                err(f, "case id %s not in the text" % cid)
        if x["kind"] == "meeting_reply" and f == "tower_hamlets_02.eml":
            tp = [p for p in msg.walk() if p.get_content_type() == "text/plain"][0].get_content()
            if "Uncle" in tp or "Rumi" not in cals[0].get_payload(decode=True).decode():
                err(f, "the risk must be in the COMMENT only")
    return E


def stats():
    out = []
    c = {}
    for l in LABELS:
        c.setdefault(CATS[l["file"]], []).append(l["file"])
    for k in ("urgent", "near_miss", "ordinary"):
        out.append("%s %d: %s" % (k, len(c.get(k, [])), " ".join(sorted(c.get(k, [])))))
    for key in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        t = {}
        for l in LABELS:
            t[str(l["expect"][key])] = t.get(str(l["expect"][key]), 0) + 1
        out.append("%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(t.items(), key=lambda kv: -kv[1]))))
    t = {}
    for l in LABELS:
        t[l["mailbox"]] = t.get(l["mailbox"], 0) + 1
    out.append("mailbox: %s" % t)
    for a in AUTHORITIES:
        out.append("%s: %s" % (a, " / ".join(str(sum(1 for l in LABELS if l["authority"] == a and CATS[l["file"]] == k))
                                           for k in ("urgent", "near_miss", "ordinary"))))
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
