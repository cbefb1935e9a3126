#!/usr/bin/env python3
"""mixed166: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the autumn term of 2064, in consent and information sharing: parents giving, refusing, qualifying
and withdrawing consent (to Early Help, to a step-down, to sharing with school or health), consent given by one
parent and not the other, a 16- or 17-year-old's own consent, verbal consent against a signed form, consent
recorded only in an attachment or a forwarded reply, interpreters, parents who lack capacity, GDPR and
subject-access language, and sharing without consent because of a child-protection concern.

Window: Monday 1 September - Friday 19 December 2064 (the Friday before Christmas Day, Thursday 25 December).
October half term: Monday 27 - Friday 31 October 2064 (council staff work through it; it is not a closure).
British Summer Time ends on the last Sunday of October, Sunday 26 October 2064 (02:00 BST -> 01:00 GMT): Date
headers carry +0100 up to then and +0000 after. Bank holidays: the summer bank holiday (Monday 25 August) falls
before the window; none falls inside it; Christmas Day (Thursday 25 December), Boxing Day (Friday 26 December)
and New Year's Day 2065 (Thursday 1 January) fall after it and decide the Knowsley counts to meetings after
Christmas. Easter 2064 is Sunday 6 April (computed and checked, outside the window).

Standard library only. Deterministic: no clock, no randomness. Every self-check runs BEFORE anything is written;
on any error the script prints them and exits 1 without writing. Run: python3 make_set.py [--stats]
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
WINDOW = (date(2064, 9, 1), date(2064, 12, 19))


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
    """Europe/London wall-clock time: BST (+0100) to Sunday 26 October 2064, GMT (+0000) after."""
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
            b"<< /Producer (mixed166 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2064, 8, 29, 0, 0, 0))
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

def txt_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

def appendix1(pairs):
    out = ["# FF Step Up request to CSC (Appendix 1)"]
    for q, a in pairs:
        out += ["## " + q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2064-09-09 10:14:22"
    body = T("""
Morning MASH,

Step up request for the Garside children, Case ID on EHM: EHM-83051. They have been open to Family First 0-18 at Level 3 since February.

Tayla-Rose Garside - DOB 14/03/2056
Jenson Garside - DOB 02/11/2059

The Appendix 1 step up form, the Graded Care Profile 2 (completed 28/08/2064) and the minutes of the TAF on 3rd September are attached. In short, the home conditions have gone back to where they were in the spring: no working cooker since July, the children's beds are soaked mattresses on the floor and Jenson has had head lice and impetigo all summer. The GCP2 scores physical care and safety at 4.

The step up TAF meeting is booked for Wednesday 17th September 2064 at 10am on Teams. I've sent the invite to the MASH inbox and MASH business support.

Consent: Mum (Jodie Garside) has consented to the step up and signed the consent section of the form at the TAF. Dad (Lee Garside), who lives in Prescot and shares parental responsibility, told me on the phone on 4th September that he does not agree to social care being involved. I have discussed this with my team manager, Carla Beswick (copied in): mum's consent is sufficient for the step up to go ahead, and dad's objection is recorded on the form. Carla has discussed the step up with me and agreed it.

Thanks,
Rachael Tunney
Family First Case Manager (Level 3), Huyton
Knowsley Council | 0151 496 0823
""") + "\n" + KDISC
    atts = [docx_att("Appendix 1 FF Step Up - Garside.docx", appendix1([
                ("Case ID on EHM:", "EHM-83051"),
                ("Children", "Tayla-Rose Garside 14/03/2056; Jenson Garside 02/11/2059"),
                ("What are we worried about?", "Home conditions and physical care (neglect): no cooker, mattresses on the floor, untreated head lice and impetigo. GCP2 attached."),
                ("What is working well?", "Mum engages with the TAF; Tayla-Rose attends school well (96%)."),
                ("What needs to happen?", "Step up to Children's Social Care for a Child and Family Assessment."),
                ("Management oversight", "Discussed with and agreed by Carla Beswick, Team Manager, 08/09/2064."),
                ("Consent", "Mum consents (signed). Dad, who shares PR, objects; recorded. TM view: mum's consent is sufficient."),
                ("Date of step up TAF meeting:", "Wednesday 17/09/2064 10:00, Microsoft Teams")])),
            pdf_att("GCP2 Garside 28.08.2064.pdf", "Graded Care Profile 2 - summary of scores", [
                "Family: Garside. Completed by Rachael Tunney, 28/08/2064.",
                "Area 1 Physical care: 4. Area 2 Safety: 4. Area 3 Love and care: 2. Area 4 Stimulation: 3.",
                "Evidence: no working cooker; mattresses wet; untreated head lice and impetigo (Jenson)."]),
            docx_att("TAF minutes 03.09.2064 Garside.docx", [
                "# TAF meeting minutes - Garside family", "Date: 03/09/2064. Chair: Rachael Tunney.",
                "Present: Jodie Garside (mum), school nurse, Family First.",
                "Agreed: step up to Children's Social Care; mum signed consent."])]
    top = outlook_top(f, addr("Rachael Tunney", "rachael.tunney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Garside - EHM-83051", when, cc=addr("Carla Beswick", "carla.beswick@" + KDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["EHM-83051"],
        [ch("Tayla-Rose Garside", "2056-03-14", "14/03/2056"), ch("Jenson Garside", "2059-11-02", "02/11/2059")],
        ["neglect"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect (Appendix 1 .docx, GCP2 .pdf, TAF minutes .docx, EHM id, TM agreed); "
        "one parent consents and the other (PR) objects, and the TM states mum's consent is sufficient -> consent true; "
        "Wed 17 Sep 10:00 is 6 WD after Tue 9 Sep -> notice ok -> book_meeting.",
        meeting=date(2064, 9, 17), docs={"step_up_form", "gcp2", "taf_minutes"},
        not_children=["Jodie Garside", "Lee Garside", "Carla Beswick"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2064-10-02 11:37:05"
    body = T("""
Hi all,

Please read this one today - I am sending it as a step up before the paperwork because I think it has to be with you first.

Ruby Kershaw, DOB 21/06/2050 (14), EHM-83390, open to Family First at Level 3 since May (school attendance and home conditions).

At 8.40 this morning mum (Dawn Kershaw) rang me and withdrew her consent for Family First. She wants the case closed and said she doesn't want anything shared with school or anyone else.

At 10.50 Ruby came to the school office at Kirkby Brook Academy and told the pastoral lead and me that Craig (mum's partner) hit her with his belt last night because she was on her phone after 10. I have seen three raised red welts across the backs of both her legs. She says mum was in the room and didn't stop him, and that Craig told her if she "grassed" she would "get it worse tonight". She is due to go home on the school bus at 3.10pm and Craig is at the house all day (he's not working).

I have not told mum or Craig that we are contacting you. I know mum has withdrawn her consent this morning but I am sharing this without it because of what Ruby has told us and what I have seen.

My team manager, Andrea Lathom, has agreed that I send this to you now as a step up. The Appendix 1 form and the last TAF minutes will follow this afternoon; there is no step up TAF date.

Ruby is staying with the pastoral lead (Mrs Okoro) in the school office until somebody rings me back on 0151 496 0844.

Ged Molyneux
Family First Case Manager, Kirkby
""") + "\n" + KDISC
    top = outlook_top(f, addr("Ged Molyneux", "ged.molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Ruby Kershaw EHM-83390 - please read today", when,
                      cc=addr("Andrea Lathom", "andrea.lathom@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["EHM-83390"], [ch("Ruby Kershaw", "2050-06-21", "21/06/2050")],
        ["physical_harm"], False, True, ["meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        "Safety rule 1 in the body, no alarm words: a 14-year-old beaten with a belt last night (welts seen), threatened "
        "with worse tonight, going home to him at 3.10pm; mum withdrew consent this morning and the worker shares without "
        "it -> consent false; TM agreed; form, TAF minutes and meeting to follow -> missing, but alert_duty.",
        how="body: fresh belt welts seen, threat of worse tonight, home at 3.10pm",
        not_children=["Dawn Kershaw", "Andrea Lathom"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2064-11-12 09:40:51"
    body = T("""
Dear Family First duty,

Step down to Family First 0-18 at Level 3 for the Kowalczyk children, ICS-2417706.

Zofia Kowalczyk, DOB 09/07/2055
Kacper Kowalczyk, DOB 30/01/2060

I am asking for a joint home visit with a Family First case manager on Thursday 20th November 2064 at 2pm, at the family home, 14 Larchwood Close, Huyton, L36 9ZQ.

Consent: Mrs Agnieszka Kowalczyk consented to the referral to Family First at my visit on 7th November. We spoke through a Polish interpreter from the telephone interpreting service (interpreter no. 40213); the interpreter read the consent form to her in Polish and she said "Zgadzam się" (I agree) and signed it.

What are we worried about?
Mum's low mood and isolation since she lost her job in the summer; she has no family in England. Zofia's attendance is 88% this term and she is often late because she walks Kacper to nursery first.

What is working well?
Mum is warm with both children, the home is clean and well stocked, and she has started the ESOL course at Huyton library. Kacper's nursery say he is thriving.

What needs to happen?
A Family First case manager to support mum with work, benefits and a GP appointment for her mood, and to agree morning routines with school so Zofia is on time.

For context, you will see on ICS a police call-out in March 2063 for a domestic incident: Mr Kowalczyk was arrested, left the family home and went back to Poland. There has been no contact since and there are no current domestic abuse concerns. That history is why the family first came to us; it is not why we are stepping down.

Regards,
Owain Prys
Social Worker, Children's Social Care (Assessment Team)
Knowsley Council, 0151 496 0371
""") + "\n" + KDISC
    # an iso-8859-2 text part (the Polish letters are in Latin-2), quoted-printable
    t = text_part(body, charset="iso-8859-2")
    top = outlook_top(f, addr("Owain Prys", "owain.prys@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down L3 - Kowalczyk - ICS-2417706 - joint visit 20/11", when)
    data = build(top, t, True)
    add(f, data, "knowsley", "early_help_duty", when, 6, "near_miss",
        "step_down", False, 3, ["ICS-2417706"],
        [ch("Zofia Kowalczyk", "2055-07-09", "09/07/2055"), ch("Kacper Kowalczyk", "2060-01-30", "30/01/2060")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Near miss: the 2063 domestic incident is historic and negated ('no current domestic abuse concerns'); a "
        "complete Level 3 step-down (joint visit with date, time and address, three headings) with consent given "
        "through a Polish interpreter; iso-8859-2 quoted-printable body; Thu 20 Nov is 6 WD after Wed 12 Nov.",
        meeting=date(2064, 11, 20), not_children=["Agnieszka Kowalczyk"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2064-12-19 13:20:09"
    body = T("""
Hi,

Step down at Level 2 for Harley Duggan (DOB 05/05/2057), ICS-2420188.

Final CIN meeting: Monday 29th December 2064, 10am, Whiston Family Hub, 2 Cedar Walk, Whiston, L35 9ZD.

Lead Practitioner taking over: Mrs Nisha Kaur, Family Support Worker, St Ambrose Vale Catholic Primary School (she has agreed to take on the role).

Consent: Dad (Scott Duggan) gave his consent verbally on the phone this morning, to the step down and to us sharing the C&F assessment with St Ambrose Vale. He will sign the consent form at the CIN meeting. Mum is an informal patient on the mental health ward at Greenway Road Hospital and I haven't been able to talk it through with her yet - I will before the 29th.

What are we worried about? Mum's mental health: she was admitted on 2nd December after a relapse, and Harley has been unsettled at school.
What is working well? Dad has reduced his hours and is managing the home and school run well; Harley's attendance is 97%; mum is recovering and visits are going well.
What needs to happen? School-based support for Harley and a carers' assessment for dad; the Lead Practitioner to review at a TAF in six weeks.

Sorry for the short notice with Christmas - it was the only date dad and school could do.

Bethan Aspinall
Social Worker, Child in Need Team, Knowsley
""") + "\n" + KDISC
    top = outlook_top(f, addr("Bethan Aspinall", "bethan.aspinall@" + KDOM), addr(None, KFF),
                      "L2 step down - Harley Duggan ICS-2420188 - final CIN 29/12", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2, "ordinary",
        "step_down", False, 2, ["ICS-2420188"], [ch("Harley Duggan", "2057-05-05", "05/05/2057")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "Level 2 step-down with meeting, venue, lead practitioner (name + agency) and all three headings; dad's verbal "
        "consent stated (form to be signed) -> consent true; Mon 29 Dec is only 4 WD after Fri 19 Dec (22, 23, 24, 29; "
        "25 and 26 Dec are bank holidays; 6 plain weekdays) -> notice fails -> request_info.",
        meeting=date(2064, 12, 29), not_children=["Scott Duggan", "Nisha Kaur"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2064-11-03 08:52:40"
    comment = ("Sorry, I can't make Wednesday. Mum (Kerry) rang me at 8.05 this morning crying to say she is "
               "withdrawing her consent for everything because Anthony has found the Family First letters. She said "
               "he threw the steriliser at her last night while she was holding Lily-Grace, and he has taken her phone "
               "and her keys - she was ringing from the neighbour's. She has gone back in; he is in the flat with her "
               "and the baby now and she said he told her if anyone comes round she'll regret it. Lily-Grace Naylor is "
               "7 months old. I can't get there before 12. Sinead Carragher, Health Visitor, 0151 496 0932")
    data = outlook_itip_reply(f, when, ("Sinead Carragher", "sinead.carragher@merseycommunity.example.nhs.uk"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Naylor EHM-83612 [SB-knowsley-5203]",
                              "20641105T100000", "20641105T113000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 4, "urgent",
        "meeting_reply", True, None, ["EHM-83612"], [ch("Lily-Grace Naylor")],
        ["domestic_abuse"], False, None, [], None, "alert_duty",
        "Safety rule 1 in a calendar reply's COMMENT: a DECLINED iTIP REPLY whose comment says a violent partner threw "
        "a steriliser at mum holding a 7-month-old, took her phone and keys, and is in the flat with them now; mum "
        "withdrew consent this morning -> consent false; case id from the SUMMARY.",
        how="iTIP COMMENT: partner violent last night, holding mum and baby in the flat now, phone and keys taken",
        not_children=["Kerry", "Anthony", "Sinead Carragher"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2064-09-15 12:03:17"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING
Information sharing and consent (September 2064)

Why it matters
Case reviews keep finding that practitioners held back information because they thought they needed a parent's consent. The UK GDPR and the Data Protection Act 2018 are not a barrier to sharing information to keep a child safe.

What to do
- Seek consent for Early Help: it is a voluntary service, and a parent can refuse or withdraw consent at any time.
- Record what the parent agreed to, who with, and any limits ("happy for school to know, not the GP").
- A young person aged 16 or 17 can usually give their own consent.
- Where a parent lacks capacity, speak to your manager and legal about who can consent.
- If you think a child is suffering or likely to suffer significant harm, share without consent, and record why.

Practice examples (fictional, for training only - do not refer)
Example A: a nursery worker sees a bruise on a 2-year-old's cheek and mum refuses consent to share. Share with MASH the same day, and tell mum unless that would put the child at further risk.
Example B: a 15-year-old tells a youth worker that her stepdad hits her but asks her not to tell anyone. Explain you cannot keep it secret and share it.
Example C: a father asks, under a subject access request, for a copy of the referral that named him. Pass it to Information Governance; third-party details may be withheld.

Training: "Consent, capacity and information sharing", Tuesday 14 October 2064, 9.30-12.30, Huyton Suite. Book on the KSCP learning hub.

You are receiving this because you are on the KSCP practitioner mailing list.
""")
    top = plain_top(f, addr("KSCP Business Unit", "kscp.bulletin@kscp-knowsley.example.org"),
                    addr("Knowsley MASH", KMASH), "KSCP 7-minute briefing: information sharing and consent",
                    when, "kscp-knowsley.example.org", mailer="Mailchimp Transactional",
                    extra=[("List-Id", "KSCP practitioners <practitioners.kscp-knowsley.example.org>"),
                           ("List-Unsubscribe", "<mailto:unsubscribe@kscp-knowsley.example.org>"),
                           ("Precedence", "bulk")])
    data = build(top, multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")],
                                bnd(f, 1)), False)
    add(f, data, "knowsley", "mash_step_up", when, 7, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a safeguarding partnership bulletin on consent and GDPR whose practice examples (a bruised "
        "2-year-old, a 15-year-old hit by a stepdad) are 'fictional, for training only'; no child, no request -> other.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2064-11-24 15:26:48"
    prior = T("""
Hi Rachael,

Thanks for the step up for the Pemberton family (EHM-83477). The Appendix 1 says mum's signed consent is "to follow" - could you send it over when you have it so we can put it on the file before the TAF?

Thanks
Lisa
MASH Business Support
""")
    body = "Hi Lisa,\n\nSigned consent attached as asked.\n\nRachael\n\n" + quote(
        "MASH Business Support <%s>" % KBS, "21 November 2064 11:02", "Rachael Tunney",
        "Step up - Pemberton EHM-83477 [SB-knowsley-5127]", prior)
    atts = [pdf_att("Consent Pemberton signed.pdf", "Family First 0-18 - parent/carer consent", [
        "Child's name: Alfie Pemberton   DOB: 04/05/2058",
        "Parent/carer: Hayley Pemberton (mother)",
        "I give my consent for Family First to share information about my family with Children's Social Care",
        "(MASH) and for the step up to be discussed at a TAF meeting.",
        "Signed: H Pemberton     Date: 20/11/2064"])]
    top = outlook_top(f, addr("Rachael Tunney", "rachael.tunney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step up - Pemberton EHM-83477 [SB-knowsley-5127]", when, cc=KBS,
                      reply_to_mid=msgid(f + "prior", KDOM))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5, "ordinary",
        "follow_up", False, None, ["EHM-83477"], [ch("Alfie Pemberton", "2058-05-04", "04/05/2058")],
        [], True, None, [], None, "attach_to_request",
        "Reply to [SB-knowsley-5127] whose only new content is the signed consent form in a PDF (consent recorded only "
        "in the attachment) -> consent true; child named with DOB only in the PDF; follow_up -> attach_to_request.",
        not_children=["Hayley Pemberton"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2064-12-18 14:05:33"
    body = T("""
Dear MASH,

Please find attached the step up for Tayla Hughes-Birch (DOB 19/09/2054) and Corey Hughes-Birch (DOB 11/01/2058), EHM-83701, with the Appendix 1, the TAF minutes from 10th December and the Engaging Families toolkit.

The worries are non-engagement - mum has cancelled or not been in for 9 of the last 12 visits and has not attended a TAF since September - and school attendance (Tayla 71%, Corey 74%). The toolkit puts mum in "avoidant" and the form sets out what that tells us.

The step up TAF meeting is on Monday 29th December 2064 at 1.30pm on Teams. I know it isn't a Wednesday - it was the only slot the MASH social worker had before the New Year. Invite sent to the MASH inbox and MASH business support.

My team manager, Paul Whitfield, discussed this with me on Tuesday and agreed the step up.

Consent: mum (Ms Leanne Hughes) has refused consent for the step up ("I'm not signing anything for social services") and has sent the council a subject access request for her Family First records under the GDPR. I have explained to her that we will be sharing this with MASH without her agreement and why, and I've passed the SAR to Information Governance.

You will see on ICS a strategy discussion from February 2063 about a bruise on Tayla's arm. The s47 concluded it was consistent with her fall from the trampoline and the case was closed with no further action. There are no marks or injuries now and both children tell us they feel safe at home.

Kind regards
Lorna Finch
Family First Case Manager (Level 3), Halewood
""") + "\n" + KDISC
    atts = [docx_att("Appendix 1 step up Hughes-Birch.docx", appendix1([
                ("Case ID on EHM:", "EHM-83701"),
                ("What are we worried about?", "Non-engagement with the plan; school attendance."),
                ("Engaging Families toolkit", "Completed 12/12/2064: mum 'avoidant'; what this tells us is set out below."),
                ("What is working well?", "The children are fed and clothed; grandmother helps."),
                ("What needs to happen?", "Step up to CSC for assessment."),
                ("Date of step up TAF meeting:", "29/12/2064 13:30, Teams")])),
            pdf_att("TAF minutes 10.12.2064 Hughes-Birch.pdf", "TAF minutes - Hughes-Birch, 10/12/2064", [
                "Present: school, school nurse, Family First. Mum did not attend.",
                "Agreed: case manager to request step up to CSC."]),
            docx_att("Engaging Families toolkit - Hughes-Birch.docx", [
                "# Engaging Families toolkit", "Completed by Lorna Finch, 12/12/2064.",
                "Engagement style: avoidant. Missed visits 9 of 12. Next: step up."])]
    top = outlook_top(f, addr("Lorna Finch", "lorna.finch@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Hughes-Birch - EHM-83701 - TAF Mon 29/12 1.30pm", when,
                      cc=addr(None, KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 8, "near_miss",
        "step_up", False, None, ["EHM-83701"],
        [ch("Tayla Hughes-Birch", "2054-09-19", "19/09/2054"), ch("Corey Hughes-Birch", "2058-01-11", "11/01/2058")],
        ["non_engagement", "school_attendance"], False, True, [], True, "book_meeting",
        "Near miss: the 2063 bruise was investigated and found accidental (closed NFA), 'no marks or injuries now'; "
        "complete non-engagement step-up (form, TAF minutes, Engaging Families toolkit); mum refused consent and made "
        "a GDPR subject access request -> consent false (not required at Knowsley step-up); Mon 29 Dec is exactly "
        "5 WD after Thu 18 Dec (19, 22, 23, 24, 29) across Christmas -> ok -> book_meeting.",
        meeting=date(2064, 12, 29), docs={"step_up_form", "taf_minutes", "engaging_families"},
        not_children=["Leanne Hughes", "Paul Whitfield"])


# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2064-09-11 11:20:40"
    body = T("""
Hello Early Help duty,

Further to my call with your duty team manager this morning, I'm confirming the step-down for Ellie Marchbank (DOB 23/04/2047), Mosaic ID 3381246. We agreed the step-down case discussion for Tuesday 16 September at 2pm on Teams.

The latest case summary and the draft Early Help plan are attached.

Consent: Ellie is 17 and has given her own consent for Early Help to continue the plan. She has asked that her mum, who she has not lived with since March, is not involved in the plan, and we have respected that. Ellie lives with her aunt, Ms Priya Marchbank, who also agrees to the step-down.

The work still to do is around Ellie's college attendance (64% last term) and her move to independence. Ellie would like Sam from the Roehampton Youth Hub to be her lead professional; Sam has said yes in principle.

Many thanks,
Tamsin O'Hare
Social Worker, Adolescent Service, Wandsworth
020 7946 0582
""") + "\n" + RDISC
    atts = [pdf_att("Case summary - E Marchbank - Sept 2064.pdf", "Case summary - Ellie Marchbank", [
                "Mosaic ID 3381246. DOB 23/04/2047. Living with maternal aunt since March 2064.",
                "Child in Need plan since April 2064. Progress: settled at aunt's; attending college 64%.",
                "Ellie has given her own consent to Early Help."]),
            docx_att("Draft Early Help plan - Ellie Marchbank.docx", [
                "# Draft Early Help plan", "Young person: Ellie Marchbank, 17.",
                "## Goals", "College attendance above 85%; independent living skills; a named youth worker."])]
    top = outlook_top(f, addr("Tamsin O'Hare", "tamsin.ohare@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Ellie Marchbank (Mosaic 3381246) - case discussion Tue 16/09 2pm", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3, "ordinary",
        "step_down", False, None, ["3381246"], [ch("Ellie Marchbank", "2047-04-23", "23/04/2047")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (case summary .pdf, draft plan .docx) where a 17-year-old gives her "
        "own consent and asks that her mother is not involved -> consent true; 'Mosaic ID 3381246' -> '3381246'.",
        docs={"case_summary", "draft_plan"}, not_children=["Priya Marchbank"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2064-10-21 12:10:14"
    body = T("""
Dear MASH colleagues,

Please find attached the case summary and the rationale for a step up for Kofi Asante-Bell, Mosaic 3394471.

Parents' consent has not been sought for this step up - the reasons are set out in the rationale, please read it before anyone contacts the family.

I have agreed this step up as the Early Help Team Manager. Amara Boateng (Early Help worker) is at Battersea Park Lane Primary with Kofi now and can be reached on 020 7946 0617.

Declan Farrow-Hughes
Early Help Team Manager (Wandsworth North)
""") + "\n" + RDISC
    atts = [docx_att("Case summary Kofi Asante-Bell.docx", [
                "# Early Help case summary", "Child: Kofi Asante-Bell, DOB 17/08/2053. Mosaic 3394471.",
                "Open to Early Help since June 2064 for behaviour at school and parenting support.",
                "Household: mum, dad, Kofi and his sister (4)."]),
            pdf_att("Rationale for step up - K Asante-Bell.pdf", "Rationale for step up - Kofi Asante-Bell", [
                "Today, 21 October 2064, at 9.20am Kofi (11) told his Early Help worker, Amara Boateng, at school",
                "that his father kicked him in the stomach and back last night because he lost his school blazer.",
                "The school's first aider saw bruising across his lower back, about the size of a hand.",
                "Kofi said his father told him he would 'finish it' when he got home if he told anybody.",
                "His father collects him from school at 3.15pm every day.",
                "Consent: we have not sought consent from Mr or Mrs Asante-Bell, because telling them before",
                "Kofi is seen by a social worker would put him in a worse position tonight.",
                "Kofi is with Amara in the school's family room until he has been seen."])]
    top = outlook_top(f, addr("Declan Farrow-Hughes", "declan.farrow-hughes@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Kofi Asante-Bell - Mosaic 3394471", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5, "urgent",
        "step_up", True, None, ["3394471"], [ch("Kofi Asante-Bell", "2053-08-17", "17/08/2053")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 only in the attached rationale PDF: an 11-year-old kicked by his father last night (bruising "
        "seen), threatened, collected by him at 3.15pm today; the body is bland. Consent deliberately not sought -> "
        "null. Complete step-up from the EH TM (summary .docx, rationale .pdf) -> missing [], alert_duty.",
        docs={"case_summary", "rationale"}, how="PDF attachment: kicked last night, bruising, threat, collected at 3.15pm",
        not_children=["Amara Boateng"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2064-11-05 10:45:02"
    body = T("""
Hi,

Following my conversation with Jo (Early Help duty TM) yesterday, confirming the step-down for:

Noah Pennick - DOB 12/12/2056 - Mosaic 3402215
Isla Pennick - DOB 03/06/2060 - Mosaic 3402216

Case discussion agreed for Monday 10 November at 10am (Teams). Case summary and draft plan attached.

Consent - a bit of history: mum withdrew her consent last Tuesday after a falling-out with the school about Noah's exclusion. She rang me this morning, apologised, and has given her consent again for Early Help to continue the plan and for us to share the plan with the school. I've recorded both conversations on Mosaic.

For context: the children's CP plan ended in June 2064. Dad's violence towards mum was in 2062; he was convicted, there is a restraining order, he lives in Kent and there has been no contact since. There are no current concerns about domestic abuse.

What Early Help would pick up: mum's depression (she is with her GP and Talking Therapies and doing much better) and Noah's behaviour at school.

Thanks,
Hollie Brandreth
Social Worker, Family Support and Protection, Richmond
""") + "\n" + RDISC
    atts = [pdf_att("Pennick case summary Nov 2064.pdf", "Case summary - Pennick children", [
                "Noah Pennick 12/12/2056; Isla Pennick 03/06/2060. Mosaic 3402215 / 3402216.",
                "CP plan ended June 2064; CIN since. Mum's depression: GP and Talking Therapies."]),
            docx_att("Pennick draft EH plan.docx", ["# Draft plan for Early Help - Pennick",
                "Mum's wellbeing; Noah's behaviour support at school; Isla's nursery place."])]
    top = outlook_top(f, addr("Hollie Brandreth", "hollie.brandreth@" + RDOM), addr("Early Help Duty", REH),
                      "Step-down confirmation - Pennick - CD Mon 10/11 10am", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2, "near_miss",
        "step_down", False, None, ["3402215", "3402216"],
        [ch("Noah Pennick", "2056-12-12", "12/12/2056"), ch("Isla Pennick", "2060-06-03", "03/06/2060")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: dad's 2062 violence is historic (conviction, restraining order, no contact, 'no current concerns "
        "about domestic abuse'). Consent withdrawn last week and given again this morning: the latest statement wins "
        "-> true. Complete step-down (summary .pdf, plan .docx) -> book_meeting.",
        docs={"case_summary", "draft_plan"})

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2064-12-08 16:02:27"
    body = T("""
Hi EH duty,

Step-down for Maya Lindqvist, DOB 27/10/2058, Mosaic 3415903. I spoke to your duty TM on Friday and we're looking at Thursday 11th, 2pm, for the case discussion.

Case summary attached. The draft plan will follow tomorrow - I'm finishing it with dad at a visit in the morning.

Consent: Dad (Mr Erik Lindqvist, sole carer) consents to Early Help continuing the plan. BUT he has been very clear that he does NOT consent to us sharing the assessment or the plan with Maya's school (Southfields Vale Infants). He is happy for the school to know that she has Early Help support, nothing more. Please make sure that's on the plan and the referral.

Maya has an autism diagnosis and an EHCP application is in; that's the main piece of work for Early Help.

Femi Adebanjo-Clarke
Social Worker, CIN Team, Wandsworth
""") + "\n" + RDISC
    atts = [docx_att("Case summary - Maya Lindqvist.docx", ["# Case summary",
                "Maya Lindqvist, DOB 27/10/2058, Mosaic 3415903. Autism diagnosed 2064; EHCP application submitted.",
                "Dad consents to Early Help; no consent to sharing documents with the school."])]
    top = outlook_top(f, addr("Femi Adebanjo-Clarke", "femi.adebanjo-clarke@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Maya Lindqvist 3415903", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 9, "ordinary",
        "step_down", False, None, ["3415903"], [ch("Maya Lindqvist", "2058-10-27", "27/10/2058")],
        ["disability_send"], True, None, ["draft_plan"], None, "request_info",
        "Qualified consent: dad consents to Early Help but not to the plan being shared with the school -> consent "
        "true (given, with a limit); case summary attached, draft plan 'will follow' -> missing draft_plan.",
        docs={"case_summary"}, not_children=["Erik Lindqvist"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2064-10-26 20:15:44"
    text = T("""
Sorry sending from my phone, no signal to ring out from here.

Mum (Tara Brannigan) rang my work mobile at 7.55pm. Jay came for his contact drunk, put Kai Brannigan (6) and Mia Brannigan (3) in his car with no car seats and drove off towards Putney, shouting she'll never see them again. She hasn't rung the police, says she doesn't want them involved.

The case was closed to Early Help in September when mum withdrew her consent. Mosaic 3371188.

Her number is 07700 900412. Can someone call her please.

Shona McAllister
Early Help Practitioner

Sent from my iPhone
""")
    top = plain_top(f, addr("Shona McAllister", "shona.mcallister@" + RDOM), addr(None, RMASH),
                    "Kai + Mia Brannigan - dad has driven off with them drunk tonight, mum rang me", when, RDOM,
                    mailer="iPhone Mail (22A3354)")
    add(f, apple_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3, "urgent",
        "other", True, None, ["3371188"], [ch("Kai Brannigan"), ch("Mia Brannigan")],
        ["substance_misuse"], False, None, [], None, "alert_duty",
        "Safety rule 1 in the subject line, Sunday evening just after the clock change (+0000): a drunk father has "
        "driven off with a 6- and a 3-year-old without car seats. A phone mail (format=flowed); not a step request -> "
        "other; mum 'withdrew her consent' in September -> consent false.",
        how="subject line: dad has driven off with them drunk tonight",
        not_children=["Tara Brannigan", "Shona McAllister"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2064-10-01 09:15:51"
    text = T("""
To whom it may concern,

SUBJECT ACCESS REQUEST - UK GDPR Article 15 / Data Protection Act 2018

I am writing to request copies of all personal data the council holds about me, Gareth Stroud, and about my son, Oliver Stroud (DOB 14/02/2055), including case notes, emails, referrals and the minutes of any meeting, from January 2060 to date.

In 2061 I was told that somebody had alleged I hit Oliver. That allegation was investigated, found to be unfounded, and no further action was taken. I want to know what was recorded and who made it.

I also withdraw any consent I have given for the council to share my or my son's information with Oliver's school or GP, under Article 7(3) of the UK GDPR. Please confirm in writing that you have recorded this.

I expect a response within one calendar month.

Yours faithfully,
Gareth Stroud
41 Ferndale Mews, Putney, SW15 9ZX
""")
    top = plain_top(f, addr("Gareth Stroud", "g.stroud@stroudmail.example.com"), addr(None, RMASH),
                    "Subject Access Request - Gareth and Oliver Stroud", when, "stroudmail.example.com",
                    mailer="Microsoft Outlook 16.0")
    data = build(top, text_part(text, charset="iso-8859-1"), True)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 6, "near_miss",
        "other", False, None, [], [ch("Oliver Stroud", "2055-02-14", "14/02/2055")],
        [], False, None, [], None, "human_review",
        "Near miss: a father's subject access request quoting a 2061 allegation that was unfounded and NFA; no "
        "request for a step -> other. He withdraws consent to sharing with school and GP -> consent false (stated "
        "as withdrawn). ISO-8859-1 quoted-printable body.",
        not_children=["Gareth Stroud"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2064-10-16 14:31:09"
    data = google_reply(f, when, ("Sam Okonedo", "sam.okonedo@roehamptonyouthhub.example.org"),
                        ("Early Help Duty", REH), "ACCEPTED",
                        "Step-down review - Marchbank (Mosaic 3381246)", "20641021T100000Z", "20641021T110000Z",
                        "Microsoft Teams", "Tue 21 Oct 2064 11:00 - 12:00 (BST)")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2, "ordinary",
        "meeting_reply", False, None, ["3381246"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (ACCEPTED) from the youth worker for the step-down review of richmond_wandsworth_01's "
        "young person; the Mosaic number in the SUMMARY is the case id; no child named in full.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2064-09-30 15:55:38"
    body = T("""
Dear MASH,

I'm requesting a step up for Aaliyah Grant (DOB 30/11/2052) and Tyrese Grant (DOB 07/04/2057), Mosaic 3389020. The case summary is attached.

Rationale for step up
Eight months of Early Help have not changed things for the children. Mum's drinking has increased since the summer (she told us she drinks a bottle of vodka most evenings), the children are regularly without food in the house, Tyrese has missed two dental appointments for an abscess, and the home conditions have deteriorated. Mum has not engaged with the alcohol service. We think the children's needs now need a statutory assessment.

Consent: mum consents to the step up; she understands why and said she wants the help.

For completeness: if Mr Grant were to return to the household this would be a child protection matter, given his 2060 conviction for assaulting Aaliyah. He has not returned: he is in prison in the north-east until at least summer 2065, and mum knows she must tell us if he is released. This is not part of the current worries.

I have agreed this step up as the Early Help Team Manager.

Marisol Ventura-Pike
Early Help Team Manager (Richmond)
""") + "\n" + RDISC
    atts = [docx_att("Grant case summary.docx", ["# Case summary - Grant children",
                "Aaliyah Grant 30/11/2052; Tyrese Grant 07/04/2057. Mosaic 3389020.",
                "Early Help since January 2064: mum's alcohol use; food, dental care and home conditions."])]
    top = outlook_top(f, addr("Marisol Ventura-Pike", "marisol.ventura-pike@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up request - Grant - Mosaic 3389020", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "near_miss",
        "step_up", False, None, ["3389020"],
        [ch("Aaliyah Grant", "2052-11-30", "30/11/2052"), ch("Tyrese Grant", "2057-04-07", "07/04/2057")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Near miss: 'if Mr Grant were to return ... child protection matter' is hypothetical (he is in prison, 'not "
        "part of the current worries'); complete step-up from the EH TM (summary .docx, rationale pasted under its "
        "heading), mum consents -> book_meeting.",
        docs={"case_summary", "rationale"})


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2064-09-18 14:10:26"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Early Help Hub,</p>
<p>Step-down from the Children's Social Work team to a TAF for the Ali children, following the Child and Family Assessment that concluded on 12 September 2064.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Tahmid Ali</td><td>08/08/2055</td><td>4471520</td></tr>
<tr><td>Sadia Ali</td><td>19/01/2059</td><td>4471521</td></tr>
<tr><td>Rayan Ali</td><td>02/03/2062</td><td>4471522</td></tr>
</table>
<p><b>Consent:</b> Mr Abdul Ali and Mrs Shirin Ali both consented to the step-down and to the TAF plan being shared with the school and the health visitor. We spoke through a Sylheti interpreter (Ms Nazma Khanom, booked through the council's interpreting service) at the CIN review on 16 September; she read the consent form to them and both parents signed it.</p>
<p><b>Lead Practitioner:</b> Ms Joanne Feeney, Family Support Worker, Harford Green Primary School, who has agreed to take the role.</p>
<p><b>TAF meeting:</b> I will chair it on Thursday 2 October 2064 at 10am at Harford Green Primary.</p>
<p>The C&amp;F Assessment and the draft TAF plan are attached. The main work is mum's low mood since Rayan's birth and the family's overcrowded flat (the housing transfer is in progress).</p>
<p>Kind regards,<br>Rukhsana Begum-Lowe<br>Social Worker, Children's Social Work Team (Bow and Poplar)<br>020 7946 0733</p>
<p style="font-size:8pt;color:#777">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""")
    atts = [pdf_att("C&F Assessment - Ali children.pdf", "Child and Family Assessment - Ali children", [
                "Tahmid Ali 08/08/2055; Sadia Ali 19/01/2059; Rayan Ali 02/03/2062.",
                "Assessment concluded 12/09/2064. Outcome: step-down to Early Help TAF.",
                "Mother's low mood (GP, perinatal team discharged); overcrowding."]),
            docx_att("Draft TAF plan - Ali.docx", ["# TAF plan (draft) - Ali family",
                "Lead Practitioner: Joanne Feeney (Harford Green Primary).", "Mum's wellbeing; housing transfer."])]
    top = outlook_top(f, addr("Rukhsana Begum-Lowe", "rukhsana.begum-lowe@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to TAF - Ali children (Mosaic 4471520)", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 5, "ordinary",
        "step_down", False, None, ["4471520", "4471521", "4471522"],
        [ch("Tahmid Ali", "2055-08-08", "08/08/2055"), ch("Sadia Ali", "2059-01-19", "19/01/2059"),
         ch("Rayan Ali", "2062-03-02", "02/03/2062")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "HTML-only complete Tower Hamlets step-down (assessment .pdf, TAF plan .docx, lead practitioner with agency); "
        "both parents consented through a Sylheti interpreter -> consent true; children in an HTML table.",
        docs={"assessment", "draft_plan"}, not_children=["Abdul Ali", "Shirin Ali", "Nazma Khanom", "Joanne Feeney"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2064-10-14 13:05:19"
    body = T("""
Hi Early Help Hub,

Step-down for Ruksana Miah (DOB 25/05/2055) and Imran Miah (DOB 11/11/2058), Mosaic 4480337, following the C&F assessment that ended on 8 October.

Mum consented to the step-down at the CIN review on 9 October. The C&F assessment and the draft TAF plan are attached. Lead Practitioner to be confirmed - I'm waiting to hear back from the school.

Thanks
Connor Whitlock-Ade
Social Worker, Children's Social Work Team (Stepney)

PS - the school has just rung me (12.55). Ruksana came in today with a burn across the back of her hand and told her teacher her uncle held it on the cooker last night because she took his phone charger. She says he is collecting her and Imran at 3.15 today and she is begging not to go home. I'm on my way to the school now and will ring MAST from the car - please hold the step-down.
""") + "\n" + TDISC
    atts = [pdf_att("C&F assessment Miah Oct 2064.pdf", "Child and Family Assessment - Miah children", [
                "Ruksana Miah 25/05/2055; Imran Miah 11/11/2058. Concluded 08/10/2064.",
                "Recommendation: step-down to TAF (school attendance and routines)."]),
            docx_att("TAF plan draft - Miah.docx", ["# Draft TAF plan - Miah", "Routines; school attendance."])]
    top = outlook_top(f, addr("Connor Whitlock-Ade", "connor.whitlock-ade@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Miah - Mosaic 4480337", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3, "urgent",
        "step_down", True, None, ["4480337"],
        [ch("Ruksana Miah", "2055-05-25", "25/05/2055"), ch("Imran Miah", "2058-11-11", "11/11/2058")],
        ["physical_harm"], True, None, ["lead_practitioner"], None, "alert_duty",
        "Safety rule 1 in a PS under an ordinary step-down: a 9-year-old's hand held on the cooker last night by her "
        "uncle, who collects her at 3.15 today; consent given at the CIN review; lead practitioner 'to be confirmed' "
        "-> missing, but alert_duty.",
        docs={"assessment", "draft_plan"}, how="PS: burn from the uncle last night, he collects at 3.15 today")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2064-11-10 11:30:07"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support for Amelia Rowntree (DOB 04/09/2061) and Jack Rowntree (DOB 22/07/2064), Mosaic 4493012. My manager, Peter Okafor-Lane (copied), has agreed this step up.

Consent and capacity: Ms Kirsty Rowntree has a learning disability. Her learning disability nurse and I carried out a capacity assessment on 6 November for this specific decision. With an easy-read leaflet and her advocate (Mr Tom Ellery, Bow Advocacy Project) present, she understood what a referral to MAST means, could weigh it up and tell us her decision, and she has consented to the referral. The assessment is on Mosaic.

Why now: despite six months of Early Help the home conditions are poor, Jack has missed his 8-week checks and immunisations, and Amelia's nursery report she is often hungry.

You will also see a police notification from Saturday night: Ms Rowntree's ex-partner forced his way into the flat drunk and hit her. Police attended, he was arrested and he has been remanded in custody. She and the children were not hurt and are staying with her mother in Poplar; he is in custody and there is no contact.

Regards,
Shabana Chowdhury
Early Help Practitioner, Bow Family Hub
""") + "\n" + TDISC
    atts = [marf("MARF - Rowntree.pdf", "Rowntree", [
        "Children: Amelia Rowntree 04/09/2061; Jack Rowntree 22/07/2064. Mosaic 4493012.",
        "Concerns: neglect (home conditions, missed health appointments); domestic abuse (ex-partner remanded).",
        "Consent: mother consented after a capacity assessment (06/11/2064), advocate present.",
        "Manager agreement: Peter Okafor-Lane, Early Help Team Manager."])]
    top = outlook_top(f, addr("Shabana Chowdhury", "shabana.chowdhury@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Rowntree - MARF attached", when,
                      cc=addr("Peter Okafor-Lane", "peter.okafor-lane@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 7, "near_miss",
        "step_up", False, None, ["4493012"],
        [ch("Amelia Rowntree", "2061-09-04", "04/09/2061"), ch("Jack Rowntree", "2064-07-22", "22/07/2064")],
        ["domestic_abuse", "neglect"], True, True, [], None, "book_meeting",
        "Near miss (already safe): Saturday's assault on mum ended in arrest and remand, the family is at grandmother's; "
        "a mother with a learning disability found to have capacity for this decision consents -> consent true; "
        "MARF .pdf and manager agreement -> book_meeting.",
        docs={"request_for_support"}, not_children=["Kirsty Rowntree", "Tom Ellery", "Peter Okafor-Lane"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2064-10-02 16:40:12"
    body = T("""
Hello MAST,

Step up for Safiya Rahman, DOB 13/05/2051, Mosaic 4467731.

Safiya has been open to Targeted Early Help since March. Her attendance is 61%, she is late most mornings, and mum has not engaged with the plan since July - three TAF meetings missed.

Consent: mum has refused consent to Early Help continuing and to a referral to MAST. She is entitled to refuse Early Help. My manager, Grace Adomako, agrees with this step up, and we are sharing without consent because we think the lack of a coordinated plan is likely to cause Safiya significant harm over time. I have told mum we are doing this. There is no immediate concern today: Safiya was in school and I saw her this afternoon.

I'll complete the Multi-Agency Request for Support form tomorrow morning and send it over.

Kelechi Obi
Targeted Early Help Practitioner
""") + "\n" + TDISC
    top = outlook_top(f, addr("Kelechi Obi", "kelechi.obi@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Safiya Rahman 4467731", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["4467731"], [ch("Safiya Rahman", "2051-05-13", "13/05/2051")],
        ["non_engagement", "school_attendance"], False, True, ["request_for_support"], None,
        "request_info",
        "Mum refuses consent and the worker shares without it because of likely harm over time (seed 001) -> consent "
        "false; manager agrees; MARF 'tomorrow' -> missing request_for_support; 'no immediate concern "
        "today' -> not urgent.",
        not_children=["Grace Adomako"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2064-11-25 19:42:55"
    text = T("""
Dear MAST team,

I am Bengali interpreter, freelance, I was interpreting for Early Help today morning at the home of Mrs Hosna Begum, Flat 31 Corbel House, Tarling Walk, London E14 9ZX, for the consent meeting about early help.

She phone me now at 19:20 crying. She says her husband come home very angry about the early help papers, he has lock her and the children in the bedroom and he is saying nobody will leave, he has the kitchen knife. The children is Zayan Hossain, 4 years and Inaya Hossain, 2 years. I can hear them crying in the phone. She ask me please don't call police because he will be more angry, but I am very worried.

Please this is emergency, somebody must go there. Her mobile 07700 900733.

Normally I am not allowed to share anything because of confidentiality but I think I must tell you. Sorry for my English.

Mohammed Farhan Uddin
Community Interpreter (Bengali / Sylheti)
07700 900188
""")
    top = plain_top(f, addr("Mohammed Farhan Uddin", "mf.uddin.interpreting@example.net"), addr("MAST", TMAST),
                    "Early help family - Mrs Hosna Begum - please help tonight", when, "example.net")
    add(f, gmail_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2, "urgent",
        "other", True, None, [], [ch("Zayan Hossain"), ch("Inaya Hossain")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 from an interpreter in second-language English, out of hours: a father with a knife has locked "
        "mother, a 4- and a 2-year-old in a bedroom now; breaking confidentiality to tell MAST. One of the three urgent "
        "mails allowed an alarm word ('emergency').",
        how="body (interpreter, second language): locked in with a knife, now",
        not_children=["Hosna Begum", "Mohammed Farhan Uddin"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2064-12-03 10:20:31"
    fwd = T("""
---------- Forwarded message ---------
From: Leyla Osman <leyla.osman@example.com>
Date: Tue, 2 Dec 2064 at 21:14
Subject: Re: Early help for Yusuf
To: Aoife Brennan-Shah <aoife.brennan-shah@towerhamlets.gov.uk>

Hi Miss,

Yes I agree to the early help and for you to share the plan with Yusuf's school and the GP. Sorry for late reply.

Thanks
Leyla
""")
    ack = T("""
Thank you - your step_down request has been received.

Reference: SB-tower_hamlets-7718
Children: Yusuf Osman

What is missing:
- consent: confirmation that the family consents to the step-down

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = ("Morning,\n\nPlease see mum's reply below confirming her consent (Mosaic 4502119).\n\nAoife\n"
            "Aoife Brennan-Shah | Social Worker | Tower Hamlets\n\n" + fwd +
            quote("Early Help Hub <%s>" % TEH, "01 December 2064 16:03", "Aoife Brennan-Shah",
                  "Step-down request received [SB-tower_hamlets-7718] - Yusuf Osman", ack))
    top = outlook_top(f, addr("Aoife Brennan-Shah", "aoife.brennan-shah@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down request received [SB-tower_hamlets-7718] - Yusuf Osman", when,
                      reply_to_mid=msgid(f + "ack", TDOM))
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 6, "ordinary",
        "follow_up", False, None, ["4502119"], [ch("Yusuf Osman")], [], True, None, [], None,
        "attach_to_request",
        "Reply to [SB-tower_hamlets-7718] whose consent is only in mum's forwarded email ('Yes I agree to the early "
        "help') -> consent true; the quoted acknowledgement's 'What is missing' is not a concern -> attach_to_request.",
        not_children=["Leyla Osman"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2064-11-07 12:15:40"
    body = T("""
Dear Early Help Hub,

Step-down to a TAF for Idris Qureshi (DOB 16/10/2056), Mosaic 4488765. The Child and Family Assessment concluded on 4 November 2064 and is attached with the draft TAF plan.

Lead Practitioner: Mr Sohail Dar, Learning Mentor, Harford Green Primary School (agreed).

Consent and information sharing: in August, information was shared with the police and health without consent, after Idris's class teacher saw finger-mark bruising on his neck. The strategy discussion led to a s47; his father was arrested and bailed with conditions not to contact Idris or his mother, and he has since moved to Birmingham. The s47 concluded in September with no further incidents and no contact since. Mum understands why we shared without her consent at the time, and she has now consented to the step-down and to the TAF plan being shared with school and the GP.

What Early Help would support: mum's anxiety (GP, counselling) and Idris's sleep and nightmares.

TAF meeting: Wednesday 19 November at 2pm, Harford Green Primary - I will chair.

Aoife Brennan-Shah
Social Worker, Children's Social Work Team
""") + "\n" + TDISC
    atts = [pdf_att("C&F Assessment Idris Qureshi.pdf", "Child and Family Assessment - Idris Qureshi", [
                "DOB 16/10/2056. Mosaic 4488765. Concluded 04/11/2064.",
                "s47 (August 2064) concluded; father has no contact; step-down to TAF."]),
            docx_att("TAF plan (draft) Qureshi.docx", ["# Draft TAF plan - Idris Qureshi",
                "Lead Practitioner: Sohail Dar. Mum's anxiety; Idris's sleep."])]
    top = outlook_top(f, addr("Aoife Brennan-Shah", "aoife.brennan-shah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to TAF - Idris Qureshi (4488765)", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3, "near_miss",
        "step_down", False, None, ["4488765"], [ch("Idris Qureshi", "2056-10-16", "16/10/2056")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: the August finger-mark bruising and sharing without consent are past (s47 concluded, father bailed "
        "and moved away, no contact); mum has now consented -> consent true; complete step-down -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Sohail Dar"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2064-10-24 15:20:03"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8pt 0;font-family:Aptos,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Dear MAST,</p>
<p>Step up for baby <b>Musa Karim</b>, DOB 07/09/2064, Mosaic 4479903. The Multi-Agency Request for Support form is attached. My manager Grace Adomako (cc) has agreed this step up.</p>
<p>Ms Rehana Karim (mum, 24) withdrew her consent for Early Help at 11am today when I visited; she said she wanted "no more people in the flat".</p>
<p>At 2.48pm she sent me this text: <i>"I can't do this anymore. Musa is better off coming with me. Don't look for us."</i></p>
<p>She is not answering her phone. The neighbour says she left the flat with the pram at about 2pm and didn't say where she was going. The health visitor was worried about her low mood and sleep at last week's visit. Musa's father is in Bangladesh.</p>
<p>I'm staying at the office until I hear from you: 020 7946 0741.</p>
<p>Halima Sultana<br>Early Help Practitioner, Isle of Dogs Family Hub</p>
<p style="font-size:8pt;color:#777">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""")
    atts = [marf("MARF Musa Karim 24.10.64.pdf", "Karim", [
        "Child: Musa Karim, DOB 07/09/2064. Mosaic 4479903.",
        "Mother: Rehana Karim, 24. Postnatal low mood noted by the health visitor.",
        "Manager agreement: Grace Adomako."])]
    top = outlook_top(f, addr("Halima Sultana", "halima.sultana@" + TDOM), addr("MAST", TMAST),
                      "Step up - Musa Karim (7 weeks) - mum's text this afternoon", when,
                      cc=addr("Grace Adomako", "grace.adomako@" + TDOM))
    add(f, html_only(f, top, h, atts), "tower_hamlets", "mash_step_up", when, 5, "urgent",
        "step_up", True, None, ["4479903"], [ch("Musa Karim", "2064-09-07", "07/09/2064")],
        ["parental_mental_health"], False, True, [], None, "alert_duty",
        "Safety rule 1 in an HTML-only step-up, Friday afternoon before half term (BST): a mother with postnatal low "
        "mood who withdrew consent this morning texted 'Musa is better off coming with me. Don't look for us' and left "
        "with the 7-week-old; consent false; MARF and manager agreement -> missing [].",
        docs={"request_for_support"}, how="HTML body: mother's goodbye text, gone with the baby",
        not_children=["Rehana Karim", "Grace Adomako"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2064-09-22 09:35:18"
    fwd = T("""
---------- Forwarded message ---------
From: Dan Pascoe <danpascoe77@example.com>
Date: Sat, 20 Sept 2064 at 18:42
Subject: Re: early help
To: Jade Luscombe-Hart <jade.luscombe-hart@torbay.gov.uk>

Hi Jade, yep I've talked to Kerry and we're both happy for early help to take over from you, you have our consent. Summer says she wants to keep seeing Lou at school.
Cheers Dan
""")
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Pascoe children, LCS-5512079, stepping down from the Safeguarding and Supporting Families team to Level 3 Early Help:

Summer Pascoe - DOB 15/06/2056
Ollie Pascoe - DOB 21/12/2060 (under 5, so I think the under-5s triage?)

The Single Assessment with my analysis and the rationale is attached, with my team manager's analysis confirming the threshold for level 3 is met. Parents' consent is in dad's email below.

Ongoing work: home conditions (much better, but need keeping on top of) and Summer's attendance (82%).

Thanks
Jade
Jade Luscombe-Hart | Social Worker | Safeguarding and Supporting Families | Torbay Council

""") + fwd + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Pascoe - Sept 2064.pdf", "Single Assessment - Pascoe children", [
        "Summer Pascoe 15/06/2056; Ollie Pascoe 21/12/2060. LCS-5512079.",
        "Analysis and rationale: home conditions improved; attendance 82%; step down to level 3 Early Help.",
        "Team Manager's analysis: I agree the threshold for level 3 intervention is met. S. Hocking, 19/09/2064."])]
    top = outlook_top(f, addr("Jade Luscombe-Hart", "jade.luscombe-hart@" + BDOM), addr("Early Help", BEH),
                      "FW: early help - triage slot please - Pascoe LCS-5512079", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4, "ordinary",
        "step_down", False, 3, ["LCS-5512079"],
        [ch("Summer Pascoe", "2056-06-15", "15/06/2056"), ch("Ollie Pascoe", "2060-12-21", "21/12/2060")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment .pdf with the TM's analysis) whose consent is only in dad's "
        "forwarded reply ('you have our consent') -> consent true; Ollie is under 5 (under-5s triage); level 3 stated.",
        docs={"assessment"}, not_children=["Dan Pascoe", "Kerry"])

def torbay_02():
    f = "torbay_02.eml"; when = "2064-10-15 14:32:47"
    notes = T("""
CASE NOTES - Lacey Prowse (DOB 02/09/2051) - EHM-905517
Lead professional: Becca Treloar, Early Help Level 3

07/10/2064 Home visit. Mum (Gemma Prowse) and her partner Dean Rowe present. Lacey quiet, went to her room.
10/10/2064 School: Lacey seen getting into a car with two adult men after school; came in the next day with a new phone.
15/10/2064 13:55 Lacey rang me from the girls' toilets at Paignton Vale Community College, crying. She says Dean is picking her up from the school gate at 3.30 today to take her to "Kyle's flat" in Preston for "a party with his mates". She was taken there in September and came home without her underwear and with bruises on her thighs, and she does not want to go. Mum is at work until 6 and does not know.
15/10/2064 14:05 Spoke to Morwenna Trebilcock (ATM): we agree this needs considering for level 4 now.
15/10/2064 14:10 I have not asked mum for consent: Dean lives with mum and she tells him everything. If he finds out Lacey has told me before she is seen, she will be in a worse position.
""")
    body = T("""
Hi MASH,

Contact for Lacey Prowse (DOB 02/09/2051), EHM-905517.

Morwenna (my ATM) and I agree this needs considering for level 4 today. I have NOT asked mum for consent - my notes attached explain why.

Becca Treloar
Early Help Lead Practitioner (Level 3), Paignton
01632 960377
""") + "\n" + BDISC
    atts = [txt_att("Lacey Prowse case notes 15.10.64.txt", notes)]
    top = outlook_top(f, addr("Becca Treloar", "becca.treloar@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Lacey Prowse - EHM-905517", when,
                      cc=addr("Morwenna Trebilcock", "morwenna.trebilcock@" + BDOM))
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["EHM-905517"], [ch("Lacey Prowse", "2051-09-02", "02/09/2051")],
        ["exploitation", "sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "Safety rule 1 only in a text/plain attachment: a 13-year-old is to be taken to an adult men's 'party' at 3.30 "
        "today where she was sexually abused in September; consent deliberately not asked (sharing without consent) "
        "-> null, missing consent; ATM agrees -> alert_duty.",
        how="text/plain attachment: pick-up at 3.30 today to the flat where she was abused",
        not_children=["Gemma Prowse", "Dean Rowe", "Morwenna Trebilcock"])

def torbay_03():
    f = "torbay_03.eml"; when = "2064-11-04 10:05:29"
    body = T("""
Morning,

Requesting a triage slot to step down Ivy Tozer (DOB 29/03/2055), LCS-5520630, from the Single Assessment Team to Level 3 Early Help. The Single Assessment is attached; my team manager's analysis confirming the threshold for level 3 is met is at the end of it.

Consent and capacity: dad (Mr Nathan Tozer, Ivy's sole carer) has an acquired brain injury from a road accident in 2062, so I considered whether he had capacity to consent to the step-down. With his occupational therapist present and an easy-read version of the plan, he could understand, remember and weigh up the information and tell me his decision. He consented and signed the form.

History, so you have it: after the accident dad told the crisis team he wanted to end his life. He was with the community mental health team until 2063 and was discharged; there are no current concerns about his mental health. Ivy lived with her nan for six months in 2062 while he was in hospital.

What Early Help would support: Ivy does a lot of caring for dad (meals, reminders, his medication), and she needs a young carers' assessment and some time for herself.

Callum Rowse
Social Worker, Single Assessment Team, Torquay
""") + "\n" + BDISC
    atts = [pdf_att("Single Assessment Ivy Tozer.pdf", "Single Assessment - Ivy Tozer", [
        "DOB 29/03/2055. LCS-5520630.", "Analysis: young carer for dad (acquired brain injury). Step down to Level 3.",
        "Team Manager's analysis: threshold for level 3 intervention met. R. Kitto, 03/11/2064."])]
    top = outlook_top(f, addr("Callum Rowse", "callum.rowse@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - step down - Ivy Tozer LCS-5520630", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5, "near_miss",
        "step_down", False, 3, ["LCS-5520630"], [ch("Ivy Tozer", "2055-03-29", "29/03/2055")],
        ["young_carer"], True, True, [], None, "book_meeting",
        "Near miss: dad's 2062 wish to end his life is historic (CMHT discharged, no current concerns); a parent whose "
        "capacity was assessed and who consented and signed -> consent true; Single Assessment with TM analysis -> "
        "book_meeting; 'to Level 3 Early Help' -> level 3.",
        docs={"assessment"}, not_children=["Nathan Tozer"])

def torbay_04():
    f = "torbay_04.eml"; when = "2064-11-27 13:15:52"
    body = T("""
Hi MASH team,

Contact about Harvey Mudge (DOB 10/10/2057) and Darcy Mudge (DOB 28/02/2061), EHM-905902. They've been open to Level 3 Early Help since April.

New information: home conditions have got worse over the last six weeks (dog mess on the floors, no food in the fridge on three visits), Darcy has tooth decay and missed her dental referral twice, and Harvey's attendance has dropped to 76%. My ATM and I agree this needs to be considered for a level 4 statutory response.

Consent: Mum (Ms Shelley Mudge) has refused consent to a contact to MASH. She said she'll keep working with Early Help but "not social services". Dad isn't involved and doesn't have parental responsibility.

I saw both children today; no injuries, and nothing about tonight worries me more than any other night.

Lowenna Pill
Family Intervention Worker (Level 3)
""") + "\n" + BDISC
    top = outlook_top(f, addr("Lowenna Pill", "lowenna.pill@" + BDOM), addr("MASH", BMASH),
                      "Contact - Mudge children - EHM-905902", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6, "ordinary",
        "step_up", False, None, ["EHM-905902"],
        [ch("Harvey Mudge", "2057-10-10", "10/10/2057"), ch("Darcy Mudge", "2061-02-28", "28/02/2061")],
        ["neglect", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) with the ATM's agreement, but mum has refused consent -> consent false, "
        "missing consent -> request_info; neglect not immediate.",
        not_children=["Shelley Mudge"])

def torbay_05():
    f = "torbay_05.eml"; when = "2064-10-27 09:03:11"
    data = ooo(f, when, ("Jade Luscombe-Hart", "jade.luscombe-hart@" + BDOM), addr("Early Help", BEH),
               "Triage slot confirmed [SB-torbay-6031]", T("""
Thank you for your email. I am on annual leave for half term and back on Monday 3 November.

If you are returning a signed consent form, please send it to earlyhelp@torbay.gov.uk and business support will add it to LCS.

If you think a child is at risk of significant harm please contact MASH on 01632 960214, or in an emergency ring 999.

Jade Luscombe-Hart
"""))
    add(f, data, "torbay", "early_help_duty", when, 1, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office on the first Monday of GMT (half term), Auto-Submitted: auto-replied, answering a stepbot "
        "message; boilerplate about consent forms and 'at risk of significant harm' -> auto_reply, ignore.")

def torbay_06():
    f = "torbay_06.eml"; when = "2064-12-12 15:48:36"
    prior = ack_text("step_down", "SB-torbay-6188", ["Children: Jacob Widdicombe", "Case: LCS-5531442"],
                     ["consent: confirmation that the family's consent for level 3 Early Help has been sought and given"])
    body = T("""
Signed consent from mum attached (you'd flagged it as missing).

But I need to tell you what I saw when I collected it at 2.30. Mum's new partner, Jay Bastin, was there and smelled strongly of drink. Jacob Widdicombe (DOB 05/01/2062, 2) had a fresh blister right across his palm. Mum said he touched the log burner, but when I asked Jacob he pointed at Jay and said "Jay did it, hot". Mum starts a night shift at the care home at 7pm and Jay will be on his own with Jacob tonight.

I'm on my way back to the office to speak to my TM now. The step-down obviously can't go ahead.

Nicola
Nicola Yeo | Social Worker | Single Assessment Team
""") + "\n" + quoted(prior)
    atts = [pdf_att("Consent form - Widdicombe - signed.pdf", "Early Help consent - level 3", [
        "Child: Jacob Widdicombe, DOB 05/01/2062.", "I consent to level 3 Early Help support for my family.",
        "Signed: Chloe Widdicombe (mother)   Date: 12/12/2064"])]
    top = outlook_top(f, addr("Nicola Yeo", "nicola.yeo@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down received [SB-torbay-6188] - Widdicombe", when,
                      reply_to_mid=msgid(f + "ack", BDOM))
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4, "urgent",
        "follow_up", True, None, ["LCS-5531442"], [ch("Jacob Widdicombe", "2062-01-05", "05/01/2062")],
        ["physical_harm", "substance_misuse"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a follow-up that brings the signed consent form: a 2-year-old's fresh palm burn he "
        "attributes to mum's drunk partner, who has him alone tonight; consent true (signed) -> alert_duty overrides "
        "attach_to_request.",
        how="follow-up body: fresh burn, 'Jay did it', alone with him tonight",
        not_children=["Jay Bastin", "Chloe Widdicombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2064-09-09 11:02:44"
    text = T("""
Dear MASH,

A general question rather than a referral - it isn't about any particular child. We are writing our staff INSET for the start of term on consent and GDPR, and staff have asked:

1. If a parent withdraws their consent to Early Help, can we still share information with you if we then see something worrying - for example a bruise, or a child telling us they have been hit?
2. Under GDPR, do we need a parent's consent before we make a contact to MASH?
3. If a 16-year-old asks us not to tell her parents something, whose consent counts?
4. Is a parent's verbal consent enough, or do you need a signed form?

Could someone point me to the right guidance, or is there a Torbay information-sharing agreement we should use?

Many thanks,
Helen Vosper
Designated Safeguarding Lead, Oldway Vale Primary School
01632 960512 (office)
""")
    top = plain_top(f, addr("Helen Vosper", "dsl@oldwayvale.example.sch.uk"), addr("MASH", BMASH),
                    "Question about consent and GDPR (not a referral)", when, "oldwayvale.example.sch.uk",
                    mailer="Microsoft Outlook 16.0")
    data = build(top, text_part(text, charset="windows-1252"), True)
    add(f, data, "torbay", "mash_step_up", when, 8, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a school DSL's hypothetical questions about withdrawn consent, GDPR and a 16-year-old's consent, "
        "'not about any particular child', with example worries (a bruise, 'hit') -> other, human_review. "
        "windows-1252 quoted-printable body.")

def torbay_08():
    f = "torbay_08.eml"; when = "2064-12-03 14:40:20"
    body = T("""
Hello,

Please could I book a triage slot to step Mason Lethbridge (DOB 08/08/2048), LCS-5529915, down to Level 3 Early Help.

Mason is 16 and has given his own consent to Early Help; mum (Mrs Claire Lethbridge) also consents.

Mason's self-harm and the overdose in February 2063 are historic: CAMHS discharged him in March 2064, he has not self-harmed for well over a year and there are no current concerns about his safety. The remaining need is his college attendance (84%) and a plan for next year.

The Single Assessment (with my TM's analysis confirming the level 3 threshold is met) is attached.

Nicola Yeo
Social Worker, Single Assessment Team
""") + "\n" + BDISC
    atts = [docx_att("Single Assessment - Mason Lethbridge.docx", ["# Single Assessment",
        "Mason Lethbridge, DOB 08/08/2048, LCS-5529915.", "Analysis and rationale for step down: college attendance.",
        "## Team Manager's analysis", "Threshold for level 3 intervention is met. R. Kitto, 02/12/2064."])]
    top = outlook_top(f, addr("Nicola Yeo", "nicola.yeo@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Mason Lethbridge", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 2, "near_miss",
        "step_down", False, 3, ["LCS-5529915"], [ch("Mason Lethbridge", "2048-08-08", "08/08/2048")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Near miss: a 16-year-old's self-harm and overdose in 2063 are historic ('no current concerns'); he gives his "
        "own consent and mum consents -> true; Single Assessment .docx with TM analysis -> book_meeting.",
        docs={"assessment"}, not_children=["Claire Lethbridge"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def eha_plan(child_line, lines):
    return ["# Early Help Assessment - step-down plan", child_line, "## Wellbeing plan"] + lines

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2064-09-24 10:28:03"
    body = T("""
Hi team,

Step-down at Intensive level (Level 3) for Maisie Bevan, DOB 03/03/2058, Mosaic 7730412, following the Child and Family Assessment decision on 15 September. I talked it through with Ffion Delahaye at yesterday's drop-in.

The EHA step-down plan is attached.

Key person: Mrs Lucy Harding, Family Support Worker, Kington Children's Centre - agreed with mum and with Lucy.

Consent: mum (Ms Carys Bevan) agreed to the step-down verbally on the phone on Monday. She's been working nights and hasn't been able to sign the consent form yet - I'm dropping it round on Friday.

The plan is mainly about mum's anxiety and low mood, and routines for Maisie.

Gethin Price-Morgan
Social Worker, Children's Assessment Team, Herefordshire Council
01632 960214
""") + "\n" + HDISC
    atts = [docx_att("EHA step down plan - Maisie Bevan.docx", eha_plan(
        "Child: Maisie Bevan, DOB 03/03/2058. Mosaic 7730412.",
        ["Mum's anxiety and low mood: GP review, Talking Therapies.", "Bedtime and morning routines.",
         "Key person: Lucy Harding, Kington Children's Centre."]))]
    top = outlook_top(f, addr("Gethin Price-Morgan", "gethin.price-morgan@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down plan - Maisie Bevan (Mosaic 7730412)", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3, "ordinary",
        "step_down", False, 3, ["7730412"], [ch("Maisie Bevan", "2058-03-03", "03/03/2058")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "Verbal consent only ('agreed ... verbally on the phone', form not yet signed) -> consent true but the written "
        "consent_form is missing; plan .docx and key person with agency present; Level 3 stated.",
        docs={"draft_plan"}, not_children=["Carys Bevan", "Lucy Harding", "Ffion Delahaye"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2064-10-13 12:47:55"
    body = T("""
Good afternoon,

Please see the attached for the Preece children, Mosaic 7741108, following the assessment decision on 2 October and my discussion with a co-ordinator at last Tuesday's drop-in.

Key person agreed with mum: Ms Amy Tanner, Family Support Worker, Bromyard Early Help Hub.

Kind regards,
Rhys Gwilliam
Social Worker, Children in Need Team
""") + "\n" + HDISC
    atts = [docx_att("EHA step down plan - Preece.docx", eha_plan(
                "Children: Lily Preece (DOB 12/05/2054), Alfie Preece (DOB 19/09/2059), Rosie Preece (DOB 01/12/2062). Mosaic 7741108.",
                ["Lily's attendance (83%): school attendance officer and key person.",
                 "Lily looks after Rosie most evenings while mum works: young carers' assessment.",
                 "Key person: Amy Tanner."])),
            pdf_att("Preece - family details and consent.pdf", "1. Family Details and Consent", [
                "Children: Lily Preece 12/05/2054; Alfie Preece 19/09/2059; Rosie Preece 01/12/2062.",
                "Parent: Kerry Preece (mother).",
                "I/We agree to the Early Help Assessment step-down plan and give consent for information to be shared",
                "with the agencies named in the plan.",
                "Signed: K Preece (mother)     Date: 10/10/2064"])]
    top = outlook_top(f, addr("Rhys Gwilliam", "rhys.gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Preece", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5, "ordinary",
        "step_down", False, None, ["7741108"],
        [ch("Lily Preece", "2054-05-12", "12/05/2054"), ch("Alfie Preece", "2059-09-19", "19/09/2059"),
         ch("Rosie Preece", "2062-12-01", "01/12/2062")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down whose consent is recorded only in the attached signed "
        "consent PDF (the body never mentions consent), children and DOBs only in the attachments; key person with "
        "agency in the body -> book_meeting; no level written.",
        docs={"draft_plan", "consent_form"}, not_children=["Kerry Preece", "Amy Tanner"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2064-11-20 12:25:36"
    fwd = quote("Beth Cadwallader", "20 November 2064 12:09", "Sian Meredith", "Gracie", T("""
Sian - Gracie Lloyd (16, DOB 14/04/2048) came to see me at lunchtime at the Leominster hub. She told me that Lee (mum's partner) has been coming into her bedroom at night since the summer and "touching her under the covers", and last night he told her he'd "come back tomorrow". Her sister Ellie Lloyd (8) shares the room.

Gracie has given her own consent for me to pass this to MASH. She asked me not to tell mum yet because mum will tell Lee. She says she won't go home tonight.

Can you send it to MASH as a step up? She's open to us at Level 3, Mosaic 7752261.

Beth
Beth Cadwallader, Early Help Practitioner
"""))
    body = ("MASH - forwarding Beth's note below. Please look at this now. I've agreed the step up as her manager; "
            "Beth and Gracie are at the Leominster hub, 01632 960388.\n\nSian Meredith\nEarly Help Team Manager (North)\n"
            + fwd + "\n" + HDISC)
    top = outlook_top(f, addr("Sian Meredith", "sian.meredith@" + HDOM), addr("MASH", HMASH),
                      "FW: Gracie", when, cc=addr("Beth Cadwallader", "beth.cadwallader@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4, "urgent",
        "step_up", True, None, ["7752261"], [ch("Gracie Lloyd", "2048-04-14", "14/04/2048"), ch("Ellie Lloyd")],
        ["sexual_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in the forwarded part (the top only says 'look at this now'): a 16-year-old discloses night-time "
        "sexual abuse by mum's partner, who said he'd come back tonight, her 8-year-old sister in the same room; the "
        "young person's own consent to sharing -> consent true; TM agreed; Herefordshire has no step-up process -> "
        "missing [], alert_duty.",
        how="forwarded worker's note: abuse by mum's partner, 'come back tomorrow' said last night",
        not_children=["Sian Meredith", "Beth Cadwallader"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2064-12-16 11:05:12"
    body = T("""
Dear co-ordinators,

Step-down at Level 3 for Evie Watkins (DOB 22/02/2057, Mosaic 7760934) and Tommy Watkins (DOB 30/08/2060, Mosaic 7760935), following the assessment decision on 8 December and my chat with Xavier at the drop-in.

Attached: the EHA step-down plan and mum's signed consent form.

Key person: Miss Jodie Hancorn, Nursery Manager, Little Acorns Nursery, Ross-on-Wye (Tommy's nursery), agreed with mum.

So that nobody is alarmed by the file: in a CIN meeting in 2063 mum said she would "take the kids and end it". That was during her breakdown; the crisis team assessed her the same day, she was treated, and she has been well for over a year. Her psychiatrist discharged her in August 2064. The step-down is about Evie's attendance (86%) and morning routines.

Owen Pritchard
Social Worker, Children's Assessment Team
""") + "\n" + HDISC
    atts = [docx_att("EHA step down plan Watkins.docx", eha_plan(
                "Children: Evie Watkins 22/02/2057; Tommy Watkins 30/08/2060.",
                ["Evie's attendance and morning routines.", "Key person: Jodie Hancorn, Little Acorns Nursery."])),
            pdf_att("Watkins consent signed.pdf", "Family Details and Consent", [
                "I agree to the step-down plan and consent to Early Help working with my family.",
                "Signed: Amber Watkins (mother)  Date: 11/12/2064"])]
    top = outlook_top(f, addr("Owen Pritchard", "owen.pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan Watkins - consent attached", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 7, "near_miss",
        "step_down", False, 3, ["7760934", "7760935"],
        [ch("Evie Watkins", "2057-02-22", "22/02/2057"), ch("Tommy Watkins", "2060-08-30", "30/08/2060")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: mum's 2063 words 'take the kids and end it' are historic and resolved (crisis team, treated, "
        "discharged); complete step-down with the signed consent form, plan and key person -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Jodie Hancorn", "Amber Watkins"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2064-09-29 10:12:41"
    body = T("""
Hi,

Mum has emailed her consent form back this morning (her email below, the form attached). She's written a lot in the comments box - I've only glanced at it on my phone between hearings and I'm back in court at 10.30, so I'll pick it up properly this afternoon.

Gethin

-----Original Message-----
From: Carys Bevan <carysbevan@example.co.uk>
Sent: 29 September 2064 08:41
To: Gethin Price-Morgan <gethin.price-morgan@herefordshire.gov.uk>
Subject: form

Here's your form.
""") + "\n" + HDISC
    atts = [docx_att("Consent form - Bevan - returned.docx", [
        "# Family Details and Consent", "Child: Maisie Bevan   DOB: 03/03/2058", "Parent: Carys Bevan",
        "Do you consent to the Early Help step-down plan? NO",
        "Comments:",
        "I am taking back my consent. I will not have social workers or early help in my house again. I have had "
        "enough of all of you. I have saved my tablets up and tonight me and Maisie are going to go to sleep and not "
        "wake up, then you can all leave us alone.",
        "Signed: C Bevan   Date: 29/09/2064"])]
    top = outlook_top(f, addr("Gethin Price-Morgan", "gethin.price-morgan@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "RE: Step down plan - Maisie Bevan (Mosaic 7730412) [SB-herefordshire-3391]", when,
                      reply_to_mid=msgid(f + "ack", HDOM))
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3, "urgent",
        "follow_up", True, None, ["7730412"], [ch("Maisie Bevan", "2058-03-03", "03/03/2058")],
        ["parental_mental_health"], False, None, [], None, "alert_duty",
        "Safety rule 1 only in a .docx attachment: herefordshire_01's mother returns the consent form withdrawing "
        "consent and writes that she has saved her tablets and tonight she and the 6-year-old will 'not wake up'; the "
        "worker has not read it -> consent false, follow_up, alert_duty.",
        how=".docx consent form comments: tablets saved, tonight with the child",
        not_children=["Carys Bevan"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2064-12-07 21:34:27"
    text = T("""
hi i got this email off the council website. my name is Keira Daniels and im 16. please dont tell my mum i emailed

mums boyfriend Shane hit my little brother Tyler Daniels with his belt tonight cos he wet the bed. tyler is 6. hes got red marks all up the backs of his legs and his back and he wont stop crying

mum is at work till 6 in the morning. shane has gone to the pub and said when he gets back hell give him the rest

were at home, 14 Ashgrove Close, Hereford HR4 9ZZ. i dont know what to do. i dont have credit to ring anyone

keira
""")
    top = plain_top(f, addr("keira daniels", "keiradaniels48@example.com"), addr(None, HMASH),
                    "please help my brother", when, "example.com", mailer="Android Mail")
    t = text_part(text, cte="base64")
    data = build(top, t, False)
    add(f, data, "herefordshire", "mash_step_up", when, 5, "urgent",
        "other", True, None, [], [ch("Keira Daniels"), ch("Tyler Daniels")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 out of hours (Sunday night): a 16-year-old writes that mum's boyfriend beat her 6-year-old "
        "brother with a belt tonight and will 'give him the rest' when back from the pub; mum at work. Base64 phone mail, "
        "no alarm words; 'please dont tell my mum' is not a consent statement -> null.",
        how="body (a 16-year-old's own mail): belt marks tonight, more promised when he returns",
        not_children=["Shane"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2064-10-29 14:20:16"
    body = T("""
Good afternoon,

Please find below the outcome of the Mental Capacity Act assessment for Mr Derek Pugh (79), for your records.

Decision: where Mr Pugh lives and the care he receives.
Outcome: Mr Pugh lacks capacity to make this decision. He could not retain or weigh up the information about the risk of harm from falls and self-neglect at home.
Best interests meeting: Tuesday 4 November, 2pm, with his daughter, who holds a Lasting Power of Attorney for health and welfare. She has given consent for information to be shared with his GP and the falls team.

Mr Pugh lives alone; there are no children in the household or visiting.

Regards,
Adult Social Care, Hereford City Locality Team
""") + "\n" + HDISC
    top = outlook_top(f, addr("ASC Hereford City Locality", "asc.herefordcity@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "MCA outcome - Mr D Pugh - for records", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, adult only (half-term week, GMT): an adult social care capacity outcome with 'lacks capacity', "
        "'risk of harm' and 'self-neglect' about a 79-year-old living alone, misdirected; an attorney's consent to "
        "sharing is not a family's consent -> other, human_review.",
        not_children=["Derek Pugh"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2064-09-05 13:50:09"
    body = T("""
Hello,

Step-down plan attached for Jayden Hollis (DOB 18/06/2053), Mosaic 7725519, following the assessment decision on 1 September. I discussed it with a co-ordinator at Tuesday's drop-in.

Key person: Mr Rob Kendrick, Youth Worker, Ledbury Youth Hub (he already knows Jayden from the Friday club).

Consent - I need advice. Mum (Ms Donna Hollis) has a severe learning disability and the capacity assessment in August found she lacks capacity to consent to the step-down plan. Jayden lives with his maternal grandmother, Mrs June Hollis, who does not have parental responsibility (her SGO application was lodged in July). Dad's whereabouts are unknown. So at the moment nobody with PR has been able to give consent. I've asked Legal and will come back to you.

Jayden has ADHD and an EHCP; the plan is about his school transition and support for nan.

Anwen Bowen-Lloyd
Social Worker, Children's Assessment Team
""") + "\n" + HDISC
    atts = [docx_att("EHA step down plan - J Hollis.docx", eha_plan(
        "Child: Jayden Hollis, DOB 18/06/2053. Mosaic 7725519.",
        ["ADHD and EHCP: school transition plan.", "Support for grandmother (carer).",
         "Key person: Rob Kendrick, Ledbury Youth Hub."]))]
    top = outlook_top(f, addr("Anwen Bowen-Lloyd", "anwen.bowen-lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jayden Hollis - consent query", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6, "ordinary",
        "step_down", False, None, ["7725519"], [ch("Jayden Hollis", "2053-06-18", "18/06/2053")],
        ["disability_send"], None, None, ["consent_form"], None, "request_info",
        "A parent who lacks capacity to consent, a grandmother without PR and an absent father: nobody has consented "
        "or refused -> consent null, consent_form missing; plan and key person present -> request_info.",
        docs={"draft_plan"}, not_children=["Donna Hollis", "June Hollis", "Rob Kendrick"])


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
# the brief's words (with their inflections): at most 3 urgent mails may use any of them
BANNED = re.compile(r"\b(urgen\w*|risk\w*|immediat\w*|emergenc\w*|danger\w*|asap)\b", re.I)
MAX_URGENT_WITH_ALARM_WORDS = 3
# Knowsley notice: file -> (working days expected, plain weekdays, crosses a bank holiday?, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (6, 6, None, False),
    "knowsley_03.eml": (6, 6, None, False),
    "knowsley_04.eml": (4, 6, date(2064, 12, 25), True),
    "knowsley_08.eml": (5, 7, date(2064, 12, 25), False),
}
EXPECTED_BH_2064 = {date(2064, 1, 1), date(2064, 4, 4), date(2064, 4, 7), date(2064, 5, 5), date(2064, 5, 26),
                    date(2064, 8, 25), date(2064, 12, 25), date(2064, 12, 26)}
HALF_TERM = (date(2064, 10, 27), date(2064, 10, 31))
# where each urgent mail tells its risk: every place the brief names must be used at least once
PLACES = ("body", "PS", "forwarded", "PDF attachment", "text/plain attachment", ".docx", "subject line", "COMMENT")

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
    if easter(2064) != date(2064, 4, 6):
        err("calendar", "Easter 2064 should be Sunday 6 April")
    bh = bank_holidays(2064)
    if bh != EXPECTED_BH_2064:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2064))
    if bank_holidays(2065) & {date(2065, 1, 1)} != {date(2065, 1, 1)}:
        err("calendar", "New Year's Day 2065 should be a bank holiday")
    inwin = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall in the window: %s" % inwin)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run Monday -> Friday")
    xmas = date(2064, 12, 25)
    if not (WINDOW[1] < xmas and (xmas - WINDOW[1]).days <= 7 and WINDOW[1].weekday() == 4):
        err("calendar", "the window must end on the Friday before Christmas")
    if WINDOW[0].month != 9 or WINDOW[0].day > 7:
        err("calendar", "the window must start in early September")
    if HALF_TERM[0] != last_sunday(2064, 10) + timedelta(days=1) or HALF_TERM[1] - HALF_TERM[0] != timedelta(days=4):
        err("calendar", "half term should be the week after the clock change, Monday to Friday")
    bst_on, bst_off = last_sunday(2064, 3), last_sunday(2064, 10)
    if (bst_on, bst_off) != (date(2064, 3, 30), date(2064, 10, 26)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2064, 10, 26, 0, 59, tzinfo=UTC), 1), (datetime(2064, 10, 26, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    offs = {email.utils.parsedate_to_datetime(email.message_from_bytes(v, policy=email.policy.default)["Date"]
            .__str__()).utcoffset() for v in FILES.values()}
    if offs != {timedelta(hours=1), timedelta(0)}:
        err("calendar", "the set should have Date headers on both sides of the clock change: %s" % offs)

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
    for place in PLACES:
        if not any(META[f]["how"].startswith(place) or META[f]["how"].lower().startswith(place.lower())
                   or (place in META[f]["how"]) for f in FILES if CATS[f] == "urgent"):
            err("set", "no urgent mail tells its risk in the %s" % place)
    urgent_kinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= urgent_kinds:
        err("set", "urgent kinds not varied enough: %s" % urgent_kinds)

    # ---- per file
    alarm = []
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
                if not is_wd(mt) or mt <= now_d or mt.year not in (2064, 2065):
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
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith(("+0100", "+0000")):
            err(f, "Date offset is not Europe/London's: %s" % dh)
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
            hits = sorted({h.lower() for t in (heads, text) for h in BANNED.findall(t)})
            if hits:
                alarm.append((f, hits))
        for y in re.findall(r"\b(20\d\d)\b", text + " " + subj):
            if int(y) > 2065:
                err(f, "a year after 2065 in the text: %s" % y)
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
    if len(alarm) > MAX_URGENT_WITH_ALARM_WORDS:
        err("set", "%d urgent mails use alarm words (at most %d): %s" % (len(alarm), MAX_URGENT_WITH_ALARM_WORDS, alarm))
    ALARM_USERS[:] = alarm
    return E

ALARM_USERS = []


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
    out.append("urgent mails using alarm words: %s" % ALARM_USERS)
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
    readme = os.path.join(HERE, "README.md")
    first_line = ("# mixed166: blind held-out set for urgency and the parse fields, over the autumn term of 2064 "
                  "(Monday 1 September - Friday 19 December 2064), in consent and information sharing: parents giving, "
                  "refusing, qualifying and withdrawing consent, one parent's consent and not the other's, young "
                  "people's own consent, verbal consent and signed forms, consent only in an attachment or a forwarded "
                  "reply, interpreters, parents who lack capacity, GDPR and subject access, and sharing without "
                  "consent because of a child-protection concern")
    if not os.path.exists(readme) or open(readme, encoding="utf-8").readline().rstrip("\n") != first_line:
        errors.append("README.md: first line must be exactly %r" % first_line)
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
