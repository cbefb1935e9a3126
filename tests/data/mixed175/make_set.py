#!/usr/bin/env python3
"""mixed175: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the autumn term of 2069, in regional and community English as people really write it: Scouse,
Devon and Cornish, East London and Multicultural London English, Welsh English on Herefordshire's borders,
Black British and Caribbean English and teenage slang, from families and from practitioners who write the way
they speak.

Window: Monday 2 September - Friday 20 December 2069 (1 September 2069 is a Sunday; Christmas Day is a
Wednesday, so the Friday before Christmas is 20 December). October half term: Monday 28 October - Friday
1 November 2069 (the week after the clocks go back; half term is a school holiday, not a council closure, so its
days are working days). British Summer Time ends at 01:00 UTC on Sunday 27 October 2069: mail up to Saturday
26 October carries +0100, mail from Sunday 27 October carries +0000. No bank holiday falls inside the window (the
Late Summer Bank Holiday is Monday 26 August, before it); Christmas Day (Wed 25 Dec) and Boxing Day (Thu 26 Dec)
fall just after it and decide one Knowsley notice count.

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
YEAR = 2069
WINDOW = (date(2069, 9, 2), date(2069, 12, 20))
HALF_TERM = (date(2069, 10, 28), date(2069, 11, 1))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2069)."""
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
    """Europe/London wall-clock time (+0100 to 26 October 2069, +0000 from 27 October)."""
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
            b"<< /Producer (mixed175 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2069, 8, 30, 0, 0, 0))
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



def text_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

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
        not_children=(), how="", alarm_words=False, dialect=""):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests); `docs` are the document
    ids the message really supplies (checked against `missing`); `not_children` are people in the text who must never
    be labelled (adults, first-name-only children); `how` says, for urgent mail, where and how the risk is told;
    `alarm_words` marks the (at most 3) urgent mails allowed to use one of the brief's alarm words; `dialect` names
    the way of writing."""
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
                   "not_children": list(not_children), "how": how, "alarm_words": alarm_words,
                   "dialect": dialect}


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
    f = "knowsley_01.eml"; when = "2069-09-10 09:42:18"
    body = T("""
Morning all,

Step up for the Kinsella kids, EHM-60417. They've been open to us at Level 3 since Easter.

Tommy Kinsella 14/02/2058
Lily-Rose Kinsella 30/06/2061
Alfie Kinsella 09/12/2065

I'll be honest with yous, it's not got any better over the summer holidays. Every time I go round the house is minging - dog muck on the kitchen floor, nothing in the cupboards apart from a multipack of crisps and a loaf gone green, and Alfie's cot has no sheet on it. Tommy's been going in school in the same kecks and shirt all week and the lads are skitting him for it, so now he's just not going in (76% last half term, 52% so far this term). Mum (Gemma) loves the bones of them and she's sound with me, but she's on the couch most days and their nan's been doing the tea when she can, which isn't often since her hip.

I've done the GCP2 with Gemma (attached) and it's come out at 4 for physical care. My manager Jackie Prescott went through it all with me in supervision Monday and agreed the step up.

The step up TAF is Wednesday 18th September at 10am, Family First office, Stockbridge Village (Room 3). I've sent the invite to the MASH inbox and MASH business support this morning and I'll invite school, the health visitor and Nan.

Attached: the step up form, the TAF minutes from 28th August and the GCP2.

Gemma knows I'm sending it and she said she's made up someone's going to help.

Ta,
Shannon

Shannon Rimmer
Family First Case Manager | Family First 0-18 (Stockbridge Village) | Knowsley Council
0151 496 0652

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-60417"),
        ("Children:", "Tommy Kinsella 14/02/2058; Lily-Rose Kinsella 30/06/2061; Alfie Kinsella 09/12/2065"),
        ("Date of step up TAF meeting:", "Wednesday 18 September 2069, 10:00, Family First office, Stockbridge Village (Room 3)"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 28/08/2069"),
        ("What are we worried about?", "Poor home conditions and physical care; no food in; Tommy's attendance 52% this term."),
        ("What is working well?", "Gemma loves the children and is honest with me; Nan helps with tea when she can."),
        ("What needs to happen?", "CSC assessment; GP for Gemma's low mood; school to support Tommy back in."),
        ("Graded Care profile (If neglect should be completed).", "Completed 03/09/2069 - attached."),
        ("Agreement by line manager:", "Jackie Prescott, Team Manager, 09/09/2069 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Kinsella.docx", form),
            pdf_att("TAF minutes 28.08.69 - Kinsella.pdf", "Team Around the Family meeting - minutes", [
                "Family: Kinsella. EHM-60417. Date: 28/08/2069. Venue: family home.",
                "Present: Shannon Rimmer (FF Case Manager), Gemma Kinsella, health visitor. Apologies: school (holidays).",
                "1. Home conditions: no improvement since July. Dog not walked, mess in kitchen.",
                "2. Food: Gemma relying on the food bank; voucher given.",
                "3. School: Tommy to start back 3 September; attendance worry.",
                "Actions: SR to discuss step up with team manager if no change by the first week of term."]),
            pdf_att("GCP2 - Kinsella.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Kinsella. Completed with: Gemma Kinsella. Date: 03/09/2069. Practitioner: Shannon Rimmer.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 3.",
                "Summary: physical care of all three children is poor and has not improved with Level 3 support."])]
    top = outlook_top(f, addr("Rimmer, Shannon", "Shannon.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Kinsella kids - EHM-60417 - TAF Weds 18th Sept", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-60417"],
        [ch("Tommy Kinsella", "2058-02-14", "14/02/2058"), ch("Lily-Rose Kinsella", "2061-06-30", "30/06/2061"),
         ch("Alfie Kinsella", "2065-12-09", "09/12/2065")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up in Scouse ('minging', 'kecks', 'skitting', 'sound', 'made up'): Appendix 1 form .docx, "
        "TAF minutes .pdf, GCP2 .pdf for neglect, EHM id, team manager agreed; TAF Wed 18 Sep from Tue 10 Sep = 6 WD "
        "-> ok -> book_meeting. 'She's made up someone's going to help' is pleasure, not consent (null; not required).",
        meeting=date(2069, 9, 18), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Gemma Kinsella", "Shannon Rimmer", "Jackie Prescott"], dialect="Scouse practitioner")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2069-11-06 13:18:40"
    comment = ("Sorry can't do Weds, I'm up the ozzy (Whiston, kids' ward) with Mikey Doran since 11. He's 2 and "
               "come in with a broken arm, bruises all up his back and two black eyes. Kelsey says he fell off the "
               "settee but she was in work, it was only her fella Jonno minding him. Doctors want to keep him in but "
               "Kelsey's saying she's taking him home at teatime and Jonno's sat outside in the car park waiting for "
               "them. Ward sister says they can't stop her walking out with him. Can someone ring the ward on "
               "0151 496 0874. Leanne")
    data = outlook_itip_reply(f, when, ("Leanne Moss", "leanne.moss@merseyhealthvisiting.example"),
                              ("Knowsley MASH", KMASH), "DECLINED",
                              "Step-up TAF meeting - Doran - EHM-61882 [SB-knowsley-2217]",
                              "20691113T100000", "20691113T113000", "Family First office, Huyton (Room 2)", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-61882"], [ch("Mikey Doran")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a calendar reply's COMMENT (Scouse health visitor: 'up the ozzy', 'her fella'): a 2-year-old "
        "in hospital with a broken arm, back bruising and two black eyes after being left only with mum's partner, and "
        "mum about to take him home at teatime today with the partner waiting outside -> urgent; a DECLINED iTIP "
        "REPLY otherwise -> alert_duty. Case id from the SUMMARY.",
        not_children=["Kelsey Doran", "Leanne Moss"], how="in the COMMENT of a DECLINED meeting reply",
        dialect="Scouse health visitor")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2069-10-14 11:05:27"
    body = T("""
Hiya Family First duty,

Stepping the Power kids down to Level 2. ICS-2214870.

Jayden Power - 11.05.2059
Keeley Power - 02.01.2063

Before anyone reads the file and panics - the stuff about their dad is old. In March 2067 he battered mum in front of the kids and gave Jayden a black eye when he got in the way. He got 14 months, he's out now but he lives over in Rhyl, there's a non-mol in place for another two years and there has been no contact at all since. The kids haven't seen him in over two years and don't want to. Nothing since. That's not why they were open to us this time.

They were open on a CIN plan because mum's depression got bad in the spring and Jayden was doing everything in the house. Mum's on the right meds now, she's back in work at the bakery three mornings and she's dead proud of herself. Jayden was buzzing at his last CIN review cos he got picked for the school footy team (they battered St Aidan's 6-0 and he got two).

Final CIN meeting: Monday 21st October, 2pm, Longview Community Centre, Longview Drive, Huyton (the small room upstairs).

Lead practitioner: Sinead Ashcroft, Pastoral Manager at All Saints Catholic High, has agreed to take on the lead role and do the EHA.

What are we worried about?
Jayden (10) still picks up a lot of the jobs at home when mum's tired, and his homework is slipping.

What is working well?
Mum's mental health is much better; she's seeing Talking Therapies and her GP. The kids are close to their nan in Page Moss.

What needs to happen?
Sinead to lead a TAF; the young carers service to see Jayden; mum to carry on with Talking Therapies.

Mum has consented to the step down.

Cheers,
Carl

Carl Molyneux
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0531
""")
    top = plain_top(f, addr("Carl Molyneux", "Carl.Molyneux@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Power kids - ICS-2214870", when, KDOM, "Microsoft Outlook 16.0")
    add(f, build(top, text_part(body, charset="us-ascii", cte="7bit")), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 2, ["ICS-2214870"],
        [ch("Jayden Power", "2059-05-11", "11.05.2059"), ch("Keeley Power", "2063-01-02", "02.01.2063")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "Near miss (historic, and Scouse 'battered' used twice, once for football): dad's assault in March 2067 is "
        "past, he was jailed, a non-molestation order stands and there has been no contact since -> not urgent, not a "
        "concern. Complete Knowsley Level 2 step-down: date, time and venue, named lead practitioner with agency, all "
        "three Signs of Safety headings; Mon 14 Oct -> Mon 21 Oct = exactly 5 WD -> ok -> book_meeting. A single "
        "7-bit us-ascii part; DOBs written dd.mm.yyyy.",
        meeting=date(2069, 10, 21), not_children=["Carl Molyneux", "Sinead Ashcroft"], dialect="Scouse social worker")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2069-10-25 15:37:02"
    text = T("""
Hi there, sending this off me phone so sorry if it's all over the place.

L3 step down for Mia Murphy (DOB 23/04/2064) ICS-2230561. Mum's Chantelle.

Joint home visit with a Family First case manager Thursday 31st Oct 11am at the house, 14 Cherryfield Close, Kirkby L32 9ZQ. I know it's half term but Chantelle's off work that week so it's the only time she's in.

What are we worried about - Chantelle's on her own since the arl fella went back to Ireland in the summer and she gets dead low. Mia's only been in school 81% since she started reception.
What's working well - Chantelle's a good mum, the house is spotless, Mia's a happy little thing and she's got loads of family round the corner.
What needs to happen - a bit of support for mum, getting Mia in school every day, GP for Chantelle.

I haven't asked Chantelle about Family First yet, I'll ask her at the visit Monday and let yous know.

Ste
Stephen Gorman, Social Worker, Kirkby CIN Team, Knowsley Council, 0151 496 0917

Sent from my iPhone
""")
    top = plain_top(f, addr("Stephen Gorman", "Stephen.Gorman@" + KDOM), KFF,
                    "Step down - Murphy - ICS-2230561 - home visit next thurs", when, KDOM, "iPhone Mail (22A3354)")
    add(f, apple_mail(f, top, text), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-2230561"], [ch("Mia Murphy", "2064-04-23", "23/04/2064")],
        ["parental_mental_health", "school_attendance"], None, None, ["consent"], False, "request_info",
        "Mobile Level 3 step-down in Scouse ('off me phone', 'the arl fella', 'let yous know'): visit date, time and "
        "address and the three headings are there, but consent is still to be asked ('I'll ask her at the visit') -> "
        "null, missing consent. Notice: sent Fri 25 Oct (BST, the last working day before the clocks go back), the "
        "visit is Thu 31 Oct in half term, which is not a closure: 28, 29, 30, 31 Oct = 4 WD -> not ok -> request_info.",
        meeting=date(2069, 10, 31), not_children=["Chantelle Murphy", "Stephen Gorman"], dialect="Scouse, mobile")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2069-11-21 19:52:11"
    fwd = T("""
---------- Forwarded message ---------
From: Kirkby Youth Project Chat <chat-noreply@kirkbyyouthproject.example>
Date: Thu, 21 Nov 2069 at 19:34
Subject: New messages from Kaydon F
To: <kieran.tolan@kirkbyyouthproject.example>

You have 8 new messages from Kaydon F:

19:02 kaydon: kieran dont tell me nan
19:03 kaydon: they took me OT in a car after school, some bando in blackpool
19:05 kaydon: theres 2 other lads here younger than me
19:09 kaydon: they took my phone n my trainees this is the other lads phone
19:14 kaydon: they said i aint going home til all the food is shotted cos i owe them 600 for the bits the bizzies took off me
19:20 kaydon: one of the olders has got a blade he keeps showing it us
19:31 kaydon: this lads phone is on 4%
19:33 kaydon: im proper scared kieran

Reply in the app. Do not reply to this email.
""")
    top_text = T("""
Not sure if this is the right inbox but it's the only council one I've got. Kaydon Fearon (14) sent these through our youth chat tonight, see below. He's meant to be stopping at his nan's in Tower Hill this week, his mum's in Spain. Nan thinks he's up in his room. I've rang 101 and they said someone would call back. I've got no way of getting hold of him apart from the app.

Can someone from social services ring me on 07700 900461.

Kieran Tolan
Youth Worker, Kirkby Youth Project

""") + fwd
    top = plain_top(f, addr("Kieran Tolan", "kieran.tolan@kirkbyyouthproject.example"), KMASH, "Fwd: Kaydon", when,
                    "mail.gmail.com")
    add(f, gmail_mail(f, top, top_text), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kaydon Fearon")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a forwarded part, in teenage and county-lines slang ('took me OT', 'bando', 'the food is "
        "shotted', 'the olders has got a blade', 'the bizzies'): a 14-year-old taken out of town tonight to sell "
        "drugs in an empty house in Blackpool, his phone and trainers taken, held over a debt, with an older youth "
        "showing a knife - out of hours (Thursday 19:52) -> urgent. A youth worker, not a step request -> other.",
        not_children=["Kieran Tolan"], how="in the forwarded youth-chat messages under a short covering note",
        dialect="teenage and county-lines slang, Scouse")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2069-10-01 08:00:05"
    rows = [("OT / going OT", "'Out there' - out of town, usually sent to sell drugs on a county line."),
            ("food / bits", "Drugs. 'Shotting food' is selling them."),
            ("bando", "An empty or abandoned house used to store or sell drugs."),
            ("opps", "Rivals - another group a young person is in conflict with."),
            ("ching / shank / blade / wetted", "A knife / stabbed."),
            ("link / sneaky link", "Meeting up with someone, sometimes in secret - ask who with."),
            ("bizzies / the feds", "The police ('bizzies' is Scouse)."),
            ("jarg", "Fake (Scouse): 'jarg trainers'."),
            ("the ozzy", "Hospital (Scouse)."),
            ("unalive", "Die or kill, used online to dodge filters - always ask what they mean.")]
    text = T("""
KSCP 7-minute briefing - October

What are they on about? Street and online slang

Young people (and a lot of adults) in Knowsley use words that can hide what is going on. This briefing is for awareness only: the examples are made up and are not about any child or family.

""") + "\n".join("%s - %s" % r for r in rows) + T("""


Example: a 14-year-old texts "they took me OT, cant come home til the food is gone". That would mean a child is being exploited right now - phone the MASH duty team on 0151 496 0417 (or 999), do not wait for a reply to an email.

Training: "Talking their language" - Tuesday 12 November, 9.30-12.30, Kirkby Suite, Municipal Buildings, Huyton. Book through the KSCP learning portal.

You are receiving this because you are on the Knowsley Safeguarding Children Partnership mailing list. Unsubscribe: https://kscp.example/unsubscribe
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">'
         '<h2 style="color:#6a1b9a">KSCP 7-minute briefing - October</h2><h3>What are they on about? Street and online slang</h3>'
         '<p>Young people (and a lot of adults) in Knowsley use words that can hide what is going on. This briefing is for '
         'awareness only: the examples are made up and are not about any child or family.</p><table border="1" cellpadding="4" '
         'style="border-collapse:collapse">' + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)
         + '</table><p>Example: a 14-year-old texts &quot;they took me OT, cant come home til the food is gone&quot;. That would '
         'mean a child is being exploited right now - phone the MASH duty team on 0151 496 0417 (or 999), do not wait for a '
         'reply to an email.</p><p>Training: &quot;Talking their language&quot; - Tuesday 12 November, 9.30-12.30, Kirkby Suite, '
         'Municipal Buildings, Huyton. Book through the KSCP learning portal.</p><p style="font-size:8pt">You are receiving this '
         'because you are on the Knowsley Safeguarding Children Partnership mailing list. Unsubscribe: '
         'https://kscp.example/unsubscribe</p></body></html>\n')
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], bnd(f, 1))
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "kscp-bulletin@knowsley.gov.uk"),
                    addr("Knowsley MASH", KMASH), "KSCP 7-minute briefing: what are they on about? Street and online slang",
                    when, KDOM, extra=[("List-Id", "KSCP briefings <briefings.kscp.knowsley.gov.uk>"),
                                       ("List-Unsubscribe", "<https://kscp.example/unsubscribe>"),
                                       ("Precedence", "bulk")])
    add(f, build(top, alt), "knowsley", "mash_step_up", when, 1,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (a bulletin listing examples): the partnership's slang glossary quotes a made-up 14-year-old being "
        "taken 'OT' and says 'not about any child or family' - must not trigger rule 1; a mailing-list bulletin with "
        "no Auto-Submitted -> other, human_review.", dialect="partnership bulletin glossing Scouse and street slang")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2069-09-12 14:20:44"
    ack = ack_text("step up", "SB-knowsley-2194", ["Family: Halewood", "Case: EHM-60988"],
                   ["the Engaging Families toolkit and what it tells you"])
    body = T("""
Hiya,

Sorry, I forgot to stick it on. Engaging Families toolkit attached for our Reece (Reece Halewood). Shout if there's owt else yous need.

Lauren

Lauren Byrne
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0283
""") + quote("Knowsley MASH <%s>" % KMASH, "11 September 2069 16:02", "Byrne, Lauren <Lauren.Byrne@knowsley.gov.uk>",
             "[SB-knowsley-2194] Step up - Halewood - EHM-60988", ack)
    att = docx_att("Engaging Families toolkit - Halewood.docx", [
        "# Engaging Families toolkit", "Family: Halewood. EHM-60988. Practitioner: Lauren Byrne.",
        "## What we have tried", "Texts the day before each visit; visits at different times of day; meeting at Nan's house in Hunts Cross; a worker mum chose herself.",
        "## What it tells us", "Mum answers the door at Nan's and on Friday mornings. Reece talks to us in school."])
    top = outlook_top(f, addr("Byrne, Lauren", "Lauren.Byrne@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-2194] Step up - Halewood - EHM-60988", when)
    add(f, mail(f, top, body, [att]), "knowsley", "mash_step_up", when, 7,
        "ordinary", "follow_up", False, None, ["EHM-60988"], [ch("Reece Halewood")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-knowsley-2194] adding the missing Engaging Families toolkit ('shout if there's owt else yous "
        "need'); 'our Reece' is Scouse for a family member, the child is Reece Halewood -> follow_up, "
        "attach_to_request. The quoted acknowledgement's 'What is missing' heading is no concern.",
        not_children=["Lauren Byrne"], dialect="Scouse practitioner")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2069-12-20 11:26:50"
    body = T("""
Hiya Family First,

Last one off me before Christmas! Level 3 step down for the Lunt girls, ICS-2241093.

Ellie Lunt, DOB 19/03/2057
Sophie Lunt, DOB 25/11/2060

Final CIN meeting: Friday 27th December at 10am, Kirkby Family Hub, Cherryfield Drive, Kirkby (meeting room 1). I know it's a funny week but Claire's working every other day over the holidays and that's the only morning she's got.

What are we worried about?
Claire's drinking. She's seven months sober and goes to her meetings, but Christmas was always the worst time and she's said so herself.

What is working well?
The girls are doing great in school, Ellie's in the choir at St Joseph's. Claire's sister Bernie is round most days and the girls know to ring her.

What needs to happen?
A Family First case manager to pick up the TAF; Claire to keep going to CGL and her group; a plan with Bernie for the holidays.

Claire signed the Family First consent form at the CIN review on 12th December.

Have a boss Christmas when it comes,
Paula

Paula Keegan
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0385

""") + KDISC
    top = outlook_top(f, addr("Keegan, Paula", "Paula.Keegan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First - Lunt - ICS-2241093 - final CIN Fri 27th Dec", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-2241093"],
        [ch("Ellie Lunt", "2057-03-19", "19/03/2057"), ch("Sophie Lunt", "2060-11-25", "25/11/2060")],
        ["substance_misuse"], True, None, [], False, "request_info",
        "Level 3 step-down, complete (final CIN date, time and venue, three headings, signed consent), but NOTICE "
        "ACROSS CHRISTMAS IS SHORT: from Fri 20 Dec (the last day of term) the CIN on Fri 27 Dec is 5 plain weekdays "
        "but Christmas Day (Wed 25) and Boxing Day (Thu 26) are bank holidays: 23, 24, 27 Dec = 3 WD -> not ok -> "
        "request_info.", meeting=date(2069, 12, 27), not_children=["Claire Lunt", "Paula Keegan"],
        dialect="Scouse social worker")

# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2069-09-18 10:14:36"
    body = T("""
Good morning MASH,

Please see below and attached: step up to Children's Services for Tyrese Bailey-Grant, Mosaic ID 2876145, DOB 04/03/2054.

Rationale for step up
Tyrese has been open to Early Help since February after his managed move from Southfields Park Academy. Over the summer he started going missing overnight - four times in August - and coming back with new garms, two phones and cash he can't explain. Mum Paulette says "him nuh listen to nobody again, not even him grandmother". Police have stopped him twice with older boys from the Falcon Grove estate. Kemi and I think he is being criminally exploited and an Early Help plan cannot hold this any more.

I have had the reflective discussion with Kemi (his Early Help practitioner) and as Team Manager I agree this needs to step up. Paulette has agreed to the referral.

The latest case summary is attached. Kemi updated it first thing this morning after her home visit - please read the last section before anything else.

Blessings,
Marcia

Marcia Campbell
Early Help Team Manager (Battersea & Nine Elms) | Wandsworth Children's Services
020 7946 0142

""") + RDISC
    summary = pdf_att("Case summary - Tyrese Bailey-Grant - 18.09.69.pdf", "Early Help case summary - Tyrese Bailey-Grant (Mosaic 2876145)", [
        "Child: Tyrese Bailey-Grant, DOB 04/03/2054. Household: Paulette Grant (mum), Naomi Bailey-Grant (sister, 9).",
        "Lead practitioner: Kemi Adeyinka, Early Help Practitioner. Open since 12/02/2069.",
        "Background: managed move to Battersea Rise School in February after fixed-term suspensions.",
        "August: missing overnight on 4 occasions; new clothes, two phones and cash. Police stops with older youths.",
        "School: attendance 71% last term. Tyrese says school is 'long' and he's 'on his own ting now'.",
        "Mum works early shifts at the hospital laundry; grandmother Ms Hyacinth Grant helps with Naomi.",
        "",
        "Update 18/09/2069, home visit 08:30 (Kemi Adeyinka):",
        "Tyrese was on the sofa with a towel tied round his thigh. He showed me a stab wound about 3cm long on the",
        "back of his leg, still bleeding through the towel. He said it happened last night on the estate. He will not",
        "go to A&E: 'man ain't going hospital, the feds will be there'. He said the boys who did it 'know my yard'",
        "and are 'coming back for man tonight'. Paulette was at work. Naomi was at home with him and did not go to",
        "school today. I told Tyrese I have to pass this on. I left at 09:15 and came straight back to the office."])
    top = outlook_top(f, addr("Campbell, Marcia", "Marcia.Campbell@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Tyrese Bailey-Grant - Mosaic 2876145", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["2876145"],
        [ch("Tyrese Bailey-Grant", "2054-03-04", "04/03/2054"), ch("Naomi Bailey-Grant")],
        ["exploitation", "missing", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 inside a PDF attachment: the case summary's update from this morning - a 15-year-old with an "
        "untreated, bleeding stab wound from last night who won't go to hospital, told the boys who did it 'know my "
        "yard' and are 'coming back for man tonight', his 9-year-old sister at home with him -> urgent. The body is an "
        "ordinary, complete step-up from the Early Help Team Manager (rationale under its heading, case summary "
        "attached, TM agrees, mum agreed to the referral); Caribbean English quoted from mum ('him nuh listen to "
        "nobody'). 'Mosaic ID 2876145' -> '2876145'.",
        docs={"case_summary", "rationale"},
        not_children=["Paulette Grant", "Hyacinth Grant", "Marcia Campbell", "Kemi Adeyinka"],
        how="in the last section of the attached PDF case summary, which the body only points to",
        dialect="Black British / Caribbean English, MLE")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2069-10-08 16:02:13"
    body = T("""
Hi Early Help duty,

Following my call with Jasper this afternoon, we agreed the step-down case discussion for Friday 11th October at 2pm on Teams. This email confirms it, as the protocol says.

Children: Jah-Mari Lewis (15/01/2061) and Amani Lewis (27/07/2064). Mosaic: 2851377.

Latest case summary and the draft Early Help plan are attached.

A couple of things before you read the file, because it reads worse than it is:

- Grandma Lewis is quoted on Mosaic saying "if dat bwoy come round here one more time mi a go kill him". She was talking about the neighbour's teenager who keeps nicking the tomatoes off her allotment. It's just how she talks - she's 78 and she laughed when I read it back to her. Nobody is in any harm.
- The 2066 contact about dad was looked into at the time and closed NFA. He went on the Caring Dads programme that year and there has been nothing since. Mum says he's "calm like a Sunday morning" these days.

What is current: Jah-Mari's attendance has dropped to 88% since the family moved to the 2-bed on Alton Road (six of them), and mum is doing long shifts at the café on Putney High Street and saving £20 a week for a deposit. That's what the Early Help plan is about.

Mum and Dad have both said yes to Early Help carrying on the plan.

Many thanks,
Andre

Andre Whyte
Social Worker | Children in Need (Roehampton) | Wandsworth Children's Services
020 7946 0779

""") + RDISC
    atts = [docx_att("Case summary - Lewis - Oct 69.docx", [
                "# Case summary - Lewis family", "Mosaic 2851377. Children: Jah-Mari Lewis, Amani Lewis.",
                "CIN plan since April: overcrowding, school attendance. No current child protection concerns.",
                "History: 2066 contact regarding father - NFA; Caring Dads completed."]),
            pdf_att("Draft Early Help plan - Lewis.pdf", "Draft Early Help plan - Lewis family", [
                "1. School: attendance support for Jah-Mari (target 95%) - school attendance officer, weekly.",
                "2. Housing: support with the move-on application - Early Help worker.",
                "3. Family time: Saturday youth club place for Jah-Mari; Amani's after-school club funded."])]
    top = plain_top(f, addr("Andre Whyte", "Andre.Whyte@" + RDOM), addr("Early Help Duty", REH),
                    "Step down - Lewis - case discussion Fri 11th 2pm", when, RDOM, "Microsoft Outlook 16.0")
    root = multipart("mixed", [text_part(body, charset="iso-8859-1")] + atts, bnd(f, 1))
    add(f, build(top, root), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2851377"],
        [ch("Jah-Mari Lewis", "2061-01-15", "15/01/2061"), ch("Amani Lewis", "2064-07-27", "27/07/2064")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Near miss (a figure of speech in Caribbean English, and a historic contact): grandma's 'mi a go kill him' is "
        "about a neighbour's teenager and her tomatoes, explained and laughed off; the 2066 contact about dad was NFA "
        "-> not urgent, neither is a concern. Complete Richmond & Wandsworth step-down (case summary .docx, draft plan "
        ".pdf, both parents' consent), discussion agreed by phone within 5 days -> book_meeting. Body in ISO-8859-1 "
        "quoted-printable (café, £). 'Mosaic: 2851377' -> '2851377'.",
        docs={"case_summary", "draft_plan"}, not_children=["Andre Whyte"], dialect="Caribbean English quoted by a Black British social worker")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2069-12-02 14:41:09"
    body = T("""
Sorry typing fast. He's in my office now with a split lip and finger marks up his arm. Says he don't want to go back to his uncle's, says "uncle Dwayne buss mi lip cause mi lose the door key". Uncle Dwayne has had him since mum went back to Jamaica in the summer. Home time is 3.15 and uncle always collects him. What do I do?

Josephine Asante
DSL, St Mark's C of E Primary, Battersea
020 7946 0588

Sent from my iPhone
""")
    top = plain_top(f, addr("Josephine Asante", "j.asante@stmarksbattersea.example"), RSU,
                    "Kymani Reid yr5 - says uncle buss his lip last night, not going home, uncle collects 3:15", when,
                    "stmarksbattersea.example", "iPhone Mail (22C152)")
    add(f, build(top, text_part(body)), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kymani Reid")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, told in the subject line and a hurried iPhone body: a Year 5 boy with a split lip and finger "
        "marks says in Jamaican Creole that his uncle-carer 'buss mi lip', won't go home, and the uncle collects him "
        "at 3.15 today (mail 14:41) -> urgent. A school DSL, not a step request -> other.",
        not_children=["Josephine Asante"], how="in the subject line, then the child's own words in a four-line body",
        dialect="Jamaican Creole quoted by a school DSL")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2069-11-14 12:09:33"
    text = T("""
Hey EH duty team, hope you're good!

So basically the Ogunleye family are ready to step down to you. I spoke to Jasper on the phone this morning and we said Tuesday 19th at 10 for the case discussion, on Teams.

Kids: Tobi Ogunleye 08/10/2056 (13) and Precious Ogunleye 21/02/2060 (9). Mosaic 2867720.

Case summary attached. The draft plan I'm still finishing off, I'll send it over by Monday latest.

Quick background: we got involved in the summer because mum's mood was really low after the baby and Tobi was missing a lot of school. Tobi's lowkey doing way better now - 94% this term and he's started going to the boxing club on Garratt Lane. Mum's under the perinatal team and still finding it hard some days.

I haven't had a proper chance to talk to mum about Early Help yet - I'll ask her when I see her next week.

Thanks!
Jordan

Jordan Mensah
Social Worker | Assessment and Intervention (Tooting) | Wandsworth Children's Services
020 7946 0466
""")
    att = docx_att("Case summary - Ogunleye - Nov 69.docx", [
        "# Case summary - Ogunleye family", "Mosaic 2867720. Children: Tobi Ogunleye, Precious Ogunleye, baby (5 months).",
        "Mum: postnatal depression, under the perinatal mental health team.", "Tobi: attendance 94% this term (71% in the summer term)."])
    top = plain_top(f, addr("Jordan Mensah", "jordan.mensah@" + RDOM), REH, "Step down - Ogunleye", when, RDOM)
    add(f, gmail_mail(f, top, text, [att]), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2867720"],
        [ch("Tobi Ogunleye", "2056-10-08", "08/10/2056"), ch("Precious Ogunleye", "2060-02-21", "21/02/2060")],
        ["parental_mental_health"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down in a young worker's MLE ('so basically', 'lowkey doing way better'): case "
        "summary attached, draft plan 'by Monday latest' and consent still to be asked ('I'll ask her when I see her "
        "next week') -> consent null, missing consent and draft_plan -> request_info. Attendance is now 94%, so not a "
        "concern.", docs={"case_summary"}, not_children=["Jordan Mensah"], dialect="MLE, young social worker")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2069-12-04 17:30:48"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi there,</p>
<p>Bit of an odd one and I don't think it's a referral, but our DSL said to ask you. We run the Tuesday music sessions at SouthSide Soundz in Clapham Junction.</p>
<p>In tonight's session one of our young people (15) was working on a drill track. Some of his bars were:</p>
<blockquote style="border-left:3px solid #999;padding-left:8px;color:#555"><i>&quot;Step out with the ting, man's on a mad one / opp block gets wet when the sun's done&quot;</i></blockquote>
<p>He was copying the flow of a track that's all over TikTok right now. No real names, no postcodes, no beef that we know of. I sat down with him after - he was cracking up, said &quot;it's just bars, miss, I ain't even been to that side&quot;. He wants to do music tech at college next year. Our DSL has looked at the lyrics and at what we know about him and she's happy it's creative writing; mum picks him up every week and she's lovely.</p>
<p>We're not asking you to do anything about him. What I actually want to know is: does the council have any guidance on drill in youth sessions, and is there anyone who could come and do a staff training in the new year?</p>
<p>Thanks, and sorry if this is the wrong inbox!</p>
<p>Chidi Okafor<br>Youth Music Lead, SouthSide Soundz<br>07700 900283</p>
</body></html>
""")
    top = plain_top(f, addr("Chidi Okafor", "chidi@southsidesoundz.example"), RSU,
                    "Drill lyrics in a session - do I need to do anything? (no names)", when, "southsidesoundz.example")
    add(f, html_only(f, top, h), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (fiction, with the teenage slang of drill: 'ting', 'opp block gets wet'): a 15-year-old's drill "
        "bars copied from a viral track, no real people, the DSL has checked and judged it creative writing, the "
        "worker asks only for guidance and training -> not urgent; HTML-only enquiry, no child named -> other, "
        "human_review.", dialect="MLE and drill lyrics quoted by a youth music lead")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2069-09-23 09:15:20"
    body = T("""
Morning MASH team,

Step up to Children's Services for the Adebayo-Clarke children - Mosaic 2859904.

Zion Adebayo-Clarke, DOB 12/12/2062
Nia Adebayo-Clarke, DOB 03/05/2066

Rochelle (Early Help practitioner) and I had the reflective discussion yesterday and I agree the family need to step up to Children's Services. Tanisha has been open with us all the way - in her words she's "been on a ting with my nerves since the summer, I can't lie" - but the home has gone right down: no food in most days Rochelle visits, Nia's nappies left, Zion sent to school hungry and without a coat.

The latest case summary and our rationale for stepping up are attached.

Tanisha has given her consent for the referral.

Thanks,
Keisha

Keisha Drummond
Early Help Team Manager (Tooting & Furzedown) | Wandsworth Children's Services
020 7946 0318

""") + RDISC
    atts = [docx_att("Case summary - Adebayo-Clarke.docx", [
                "# Early Help case summary", "Family: Adebayo-Clarke. Mosaic 2859904.",
                "Children: Zion Adebayo-Clarke (6), Nia Adebayo-Clarke (3). Mother: Tanisha Adebayo.",
                "Open to Early Help since May. Mum's anxiety and low mood; home conditions poor since July."]),
            pdf_att("Rationale for step up - Adebayo-Clarke.pdf", "Rationale for step up to Children's Services", [
                "Despite weekly Early Help visits since May, the children's basic needs are not being met.",
                "Mum's mental health has worsened; she has not attended two GP appointments.",
                "Early Help Team Manager's view: the threshold for a Children's Services assessment is met."])]
    top = outlook_top(f, addr("Drummond, Keisha", "Keisha.Drummond@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Adebayo-Clarke - Mosaic 2859904", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2859904"],
        [ch("Zion Adebayo-Clarke", "2062-12-12", "12/12/2062"), ch("Nia Adebayo-Clarke", "2066-05-03", "03/05/2066")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager, mum quoted in MLE ('been on a ting "
        "with my nerves, I can't lie'): case summary .docx and rationale .pdf attached, the TM agrees, mum consents "
        "-> book_meeting.", docs={"case_summary", "rationale"},
        not_children=["Tanisha Adebayo", "Keisha Drummond"], dialect="MLE quoted by a team manager")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2069-10-11 13:03:55"
    inner = T("""
From: Hollie Price <h.price@graveneyparkacademy.example>
Sent: 11 October 2069 12:51
To: Kemi Adeyinka <Kemi.Adeyinka@richmondandwandsworth.gov.uk>
Subject: Fwd: amelia

Kemi this is what Amelia just sent me on the school app, she walked out at lunch. Hollie (TA)

> miss dont tell my mum pls
> the guy from snap is getting me from the bus stop by tooting bec station at 2
> hes 24 n hes got a car. were going to his yard in croydon n i can stay over, he said bring a toothbrush
> he bought me the new phone so dont stress lol
> dont say nothing to mr hale either
""")
    body = T("""
Adding this to Amelia's step up. Her TA forwarded it to me ten minutes ago. Amelia's 13. Mum's not picking up and I'm getting in the car to Tooting Bec now.

Kemi

Kemi Adeyinka
Early Help Practitioner | Wandsworth Children's Services
020 7946 0627

""") + quoted(inner)
    top = outlook_top(f, addr("Adeyinka, Kemi", "Kemi.Adeyinka@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: [SB-richmond_wandsworth-3041] Step up - Amelia Stanton - Mosaic 2880215", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["2880215"], [ch("Amelia Stanton")],
        ["exploitation", "missing", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a quoted, forwarded part: a 13-year-old's own messages in teenage text-speak ('the guy from "
        "snap', 'hes 24', 'his yard in croydon', 'bring a toothbrush', 'he bought me the new phone') - picked up at 2 "
        "today (mail 13:03) to stay overnight with an adult she met online; she has walked out of school -> urgent on "
        "a follow-up to [SB-richmond_wandsworth-3041].",
        not_children=["Hollie Price", "Kemi Adeyinka"], how="in the child's messages, '>'-quoted inside a forward",
        dialect="teenage text-speak")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2069-12-09 08:01:12"
    body = T("""
Hiya, thanks for your email.

I'm on annual leave until Monday 16th December with no access to my emails. For anything on my caseload please contact the Early Help duty line on 020 7946 0213 or email EarlyHelpDuty@richmondandwandsworth.gov.uk.

If you're worried a child is being harmed, please ring the MASH straight away - don't wait for me.

Bless,
Marcia Campbell
Early Help Team Manager (Battersea & Nine Elms)
""")
    add(f, ooo(f, when, ("Campbell, Marcia", "Marcia.Campbell@" + RDOM), addr("Early Help Duty", REH),
               "[SB-richmond_wandsworth-3107] Step down received - Okoro", body),
        "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) answering a stepbot acknowledgement; its 'if you're worried a "
        "child is being harmed' line is boilerplate -> auto_reply, ignore (safety rule 2).",
        dialect="informal out-of-office")

# ============================================================================ TOWER HAMLETS
TSU = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support form - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2069-09-17 15:45:08"
    body = T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support form for the Chowdhury family (Mosaic 3401287). We are asking to step up from Targeted Early Help to Children's Social Care.

Tahmid Chowdhury - 14/09/2057
Rumaisa Chowdhury - 02/02/2063

Mrs Chowdhury told me again last week, "my husband is too much angry, when he come home from the restaurant everybody is quiet". Tahmid (12) said dad threw the remote at the telly on Saturday and it smashed, and that he pushed mum into the door frame. Mum has bruises on her arm. She does not want to leave, and she has stopped going to the Women's Group since he found out. She cries in every visit and says she is not sleeping.

Mrs Chowdhury has consented to the referral to MAST (in Sylheti, through our bilingual worker, on 16/09).

My manager Rumana Choudhury read the MARF today and agreed the step up - she is copied in.

Thanks,
Shirin

Shirin Akhtar
Family Support Practitioner | Early Help (Bow & Mile End) | London Borough of Tower Hamlets
020 7946 0551

""") + TDISC
    att = marf("MARF - Chowdhury - Sept 2069.pdf", "Chowdhury", [
        "Children: Tahmid Chowdhury (14/09/2057), Rumaisa Chowdhury (02/02/2063). Mosaic 3401287.",
        "Parents: Mrs Rehana Chowdhury; Mr Abdul Chowdhury (restaurant chef).",
        "Reason for request: domestic abuse towards mother, witnessed by the children; mother's low mood.",
        "Consent: given by Mrs Chowdhury on 16/09/2069 (Sylheti, bilingual worker present).",
        "Manager: Rumana Choudhury, Early Help Team Manager - agreed 17/09/2069."])
    top = outlook_top(f, addr("Akhtar, Shirin", "Shirin.Akhtar@" + TDOM), addr("MAST", TSU),
                      "Step up to CSC - Chowdhury - Mosaic 3401287", when,
                      cc=addr("Choudhury, Rumana", "Rumana.Choudhury@" + TDOM))
    add(f, mail(f, top, body, [att]), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3401287"],
        [ch("Tahmid Chowdhury", "2057-09-14", "14/09/2057"), ch("Rumaisa Chowdhury", "2063-02-02", "02/02/2063")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF .pdf attached, manager agreed (and copied); mum's words in Bengali-"
        "inflected English ('my husband is too much angry'); the abuse is ongoing but nothing puts a child in harm's "
        "way today -> not urgent, book_meeting.", docs={"request_for_support"},
        not_children=["Rehana Chowdhury", "Abdul Chowdhury", "Shirin Akhtar", "Rumana Choudhury"],
        dialect="Bengali-inflected English quoted by a family support practitioner")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2069-11-16 21:34:50"
    body = T("""
Dear sir/madam

I am sorry my English is not good. I find this email on the paper from the childrens centre.

My sister Rahima, her husband Shahid is lock her and the childrens inside the flat since Thursday. He take her phone and the keys and he go out and lock the door from outside. The childrens is Ayaan Miah 8 month and Sumaiya Miah 4 year. Rahima send me voice message from the neighbour phone through the window, she is crying, she say no milk for baby since this morning and Shahid slap her on the face when she ask for money for milk. He is coming back tonight and he say he will teach her lesson.

I am standing outside the door now, flat 22 Kessler House, Cannon Street Road. I knock and knock, nobody can open. I can hear baby crying.

Please what I do. My number 07700 900318.

Nasima Begum
""")
    top = plain_top(f, addr("nasima begum", "nasima.begum78@mailbox.example"), TEH, "please help my sister and childrens",
                    when, "mailbox.example", "Mailbox Mobile for Android")
    add(f, build(top, text_part(body, cte="base64"), crlf=False), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Ayaan Miah"), ch("Sumaiya Miah")],
        ["domestic_abuse", "neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, Saturday night (out of hours), from an aunt writing in second-language English: mother and "
        "two children (8 months, 4) locked in a flat since Thursday by a father who slapped her, no milk for the baby "
        "since the morning, the father due back tonight to 'teach her lesson' -> urgent. Not a step request -> other. "
        "One base64 UTF-8 text/plain part with LF line ends.",
        not_children=["Nasima Begum", "Rahima Miah", "Shahid Miah"], how="plainly in the body, in second-language English",
        dialect="second-language English (Sylheti speaker)")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2069-10-03 10:20:31"
    body = T("""
Alright team,

Step-down for the Islam kids, Mosaic 3387562, following the C&F assessment that closed on 1st October.

Nabila Islam - 30/10/2058
Zayan Islam - 18/06/2062

I know the file's got "abba hits amma" from Nabila back in 2067, so let me save you the reading. That was all investigated at the time - s47, CP plan for nine months, ended February 2068. Dad moved out, he lives in Birmingham now and sees the kids once a month at the contact centre on Cable Street, mum's brother goes with them. No incidents, nothing since, Nabila says she actually likes seeing him now. There's nothing current about dad at all.

What the plan's about now is Zayan - he got his ADHD diagnosis in the summer and mum's finding it a lot, the school are brilliant with him but mornings are murder. That's just mum's word for it, don't panic!

The C&F assessment and the draft TAF plan are attached. Mum's happy with the step-down and signed the consent page on the assessment.

Lead practitioner: Mrs Farhana Ali, Learning Mentor at Stepney Green Park Primary, has agreed to take it on.

I'm chairing the TAF meeting on Tuesday 15th October at 10am at the school.

Cheers,
Danny

Danny Hollis
Social Worker | Children's Social Work (Stepney & Wapping) | LBTH
020 7946 0734

""") + TDISC
    atts = [docx_att("C&F Assessment - Islam - final.docx", [
                "# Child and Family Assessment - Islam", "Mosaic 3387562. Completed 01/10/2069.",
                "Children: Nabila Islam (10), Zayan Islam (7).",
                "Analysis: needs can be met by a Team Around the Family; no current child protection concerns.",
                "Parental consent to step-down: signed by Mrs Shirin Islam, 30/09/2069."]),
            docx_att("Draft TAF plan - Islam.docx", [
                "# Draft TAF plan - Islam family",
                "1. ADHD support for Zayan: school SENCO and the paediatric nurse.",
                "2. Parenting: mum to attend the ADHD parenting course at the children's centre.",
                "3. Review: TAF every six weeks, chaired by the Lead Practitioner."])]
    top = outlook_top(f, addr("Hollis, Danny", "Danny.Hollis@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Islam - Mosaic 3387562", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["3387562"],
        [ch("Nabila Islam", "2058-10-30", "30/10/2058"), ch("Zayan Islam", "2062-06-18", "18/06/2062")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Near miss (historic, and an East London figure of speech): 'abba hits amma' is from 2067, investigated, CP "
        "plan ended Feb 2068, dad moved away, contact supervised with no incidents; 'mornings are murder' is a saying "
        "-> not urgent, no domestic_abuse concern. Complete Tower Hamlets step-down: C&F assessment, draft TAF plan, "
        "consent, named lead practitioner with agency -> book_meeting.", docs={"assessment", "draft_plan"},
        not_children=["Shirin Islam", "Farhana Ali", "Danny Hollis"], dialect="East London (Cockney) social worker")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2069-11-27 11:11:19"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{padding:4px 8px;font-family:Calibri}</style></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Early Help Hub,</p>
<p>Step-down to a TAF for the family below following my Child and Family Assessment (concluded 22/11/2069).</p>
<table border="1" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td>Maryam Hussain</td></tr>
<tr><td><b>DOB</b></td><td>12/03/2059</td></tr>
<tr><td><b>Mosaic</b></td><td>3412290</td></tr>
<tr><td><b>Address</b></td><td>Flat 7, Brenner House, Poplar E14 9ZZ</td></tr>
</table>
<p>Maryam (10) looks after her dad, who had a stroke in the spring and can't get up the stairs on his own - she does his tablets, the shopping and translates at every appointment. She's a proper little star but she's knackered and she's been late most days.</p>
<p>The C&amp;F assessment is attached. The draft TAF plan will follow after I've met school next week. Lead practitioner is <b>tbc</b> - the school haven't come back to me yet.</p>
<p>Mum (Shapla) gave her consent to the step-down at my visit on 25/11.</p>
<p>Ta,<br>Grace</p>
<p>Grace Adu<br>Social Worker, Children's Social Work (Poplar)<br>London Borough of Tower Hamlets | 020 7946 0812</p>
</body></html>
""")
    att = pdf_att("CFA - Hussain - 22.11.69.pdf", "Child and Family Assessment - Maryam Hussain", [
        "Mosaic 3412290. Concluded 22/11/2069. Social worker: Grace Adu.",
        "Maryam is a young carer for her father (stroke, April). Lateness: 23 lates this term.",
        "Recommendation: step-down to a Team Around the Family; young carers service referral."])
    top = outlook_top(f, addr("Adu, Grace", "Grace.Adu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Hussain - Mosaic 3412290", when)
    add(f, html_only(f, top, h, [att]), "tower_hamlets", "early_help_duty", when, 9,
        "ordinary", "step_down", False, None, ["3412290"], [ch("Maryam Hussain", "2059-03-12", "12/03/2059")],
        ["young_carer"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "HTML-only Tower Hamlets step-down (child in an HTML table, East London 'proper little star', 'knackered'): "
        "assessment attached and consent given, but the draft TAF plan 'will follow' and the lead practitioner is "
        "'tbc' -> missing draft_plan and lead_practitioner -> request_info.", docs={"assessment"},
        not_children=["Shapla Hussain", "Grace Adu"], dialect="East London social worker")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2069-12-10 09:58:26"
    body = T("""
Morning MAST,

MAST step-up for Keira Thompson, DOB 22/01/2054, Mosaic 3409915. MARF attached, plus my case note from yesterday's session at the youth hub.

Keira's been open to Early Help since June for school refusal (58% this term) and cutting. Mum works nights at the Royal London as a healthcare assistant, so most evenings it's Keira and mum's boyfriend Lee at home.

My manager Sonia Whitlock read the note first thing this morning and agreed the step up.

Keira asked me not to tell her mum what she said yet.

Cheers,
Marcus

Marcus Delaney
Early Help Practitioner | Youth Early Help (Bethnal Green) | LBTH
020 7946 0905

""") + TDISC
    note = docx_att("Case note 09.12.69 - Keira Thompson.docx", [
        "# Case note - Keira Thompson (Mosaic 3409915)",
        "Date: 09/12/2069, 16:00-17:15, youth hub, Bethnal Green. Worker: Marcus Delaney.",
        "Keira was quiet and kept her hood up. After the group she asked to talk.",
        "Keira said her mum's boyfriend Lee \"comes in my room when mum's on nights\" and \"gets in the bed\". She said she pretends to be asleep. She said the last time was Saturday.",
        "Keira said mum is on nights again Tuesday and Wednesday this week. She said \"I'm gonna try stay at my mate's but her mum said no\".",
        "Keira asked me not to tell anyone yet. I told her I can't keep this to myself and who I would tell.",
        "Plan: discuss with manager first thing tomorrow; MAST step-up."])
    att = marf("MARF - Thompson - Dec 69.pdf", "Thompson", [
        "Child: Keira Thompson, DOB 22/01/2054. Mosaic 3409915.",
        "Reason: school refusal, self-harm, concerns at home (see case note 09/12/2069).",
        "Manager: Sonia Whitlock - agreed 10/12/2069."])
    top = outlook_top(f, addr("Delaney, Marcus", "Marcus.Delaney@" + TDOM), addr("MAST", TSU),
                      "MAST step up - Keira Thompson - Mosaic 3409915", when)
    add(f, mail(f, top, body, [att, note]), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3409915"], [ch("Keira Thompson", "2054-01-22", "22/01/2054")],
        ["school_attendance", "sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 inside a .docx case note: a 15-year-old says her mum's boyfriend 'comes in my room when mum's "
        "on nights' and 'gets in the bed', last on Saturday, and mum is on nights again tonight (Tuesday) -> urgent. "
        "The body reads as a routine MAST step-up (MARF, manager agreed) and only hints; consent is not stated and "
        "not required for a Tower Hamlets step-up.", docs={"request_for_support"},
        not_children=["Sonia Whitlock", "Marcus Delaney"], how="in the attached .docx case note; the body only hints",
        dialect="East London youth worker, teenager's words")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2069-10-07 12:47:03"
    body = T("""
Hi Early Help,

Not sure you're the right team so please point me somewhere else if not.

Safiya Khanom is one of my care leavers, she's 19 (DOB 04/05/2050). Her ex keeps turning up at her flat in Poplar. On Sunday he kicked the door in; police came, he was arrested and he's on bail. She's got an IDVA and the MARAC referral has gone in.

She hasn't got any kids and she's not pregnant - I asked her straight and she said "nah man, no kids, I ain't even thinking about that, trust". There are no children at the flat or visiting.

What I'm actually asking: do Early Help run any young women's domestic abuse groups in the borough she could go to? She said she'd go if it was with girls her age.

Thanks,
Tasnim

Tasnim Uddin
Personal Adviser | Leaving Care Service | London Borough of Tower Hamlets
020 7946 0198

""") + TDISC
    top = outlook_top(f, addr("Uddin, Tasnim", "Tasnim.Uddin@" + TDOM), addr("Early Help Hub", TEH),
                      "Query - young women's DV group? (care leaver, 19, no children)", when)
    add(f, build(top, text_part(body, cte="base64")), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss (adult only): a 19-year-old care leaver's ex-partner kicked her door in, but she has no children, "
        "is not pregnant, no child is at the flat, the police and MARAC are involved, and the worker asks only about "
        "a group -> other, human_review; no child. Her MLE ('nah man ... trust') quoted.",
        not_children=["Safiya Khanom", "Tasnim Uddin"], dialect="MLE quoted by a leaving care adviser")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2069-10-29 10:02:44"
    add(f, outlook_itip_reply(f, when, ("Farhana Ali", "f.ali@stepneygreenpark.example"), ("Early Help Hub", TEH),
                              "ACCEPTED", "TAF meeting - Begum family - Mosaic 3395561", "20691105T140000",
                              "20691105T153000", "Stepney Green Park Primary - family room"),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3395561"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from a lead practitioner for a TAF meeting on Tue 5 Nov 14:00 GMT; "
        "sent in half term after the clocks went back (+0000) -> meeting_reply, record_reply; the Mosaic number in "
        "the SUMMARY is the case id.", dialect="calendar reply")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2069-12-05 16:25:37"
    text = T("""
Hiya,

Just closing the loop on what school rang MAST about yesterday afternoon.

Ibrahim (9) told his teacher "my dad's gonna kill me" when he got his report. His teacher put it on CPOMS word for word, which is exactly right.

I went round first thing this morning and saw Ibrahim on his own in his room. He was cracking up laughing, he said "it's just a saying miss, like when you're in trouble innit". Dad had already seen the report and took him to Nando's because his maths went up. No marks, nothing worrying, he was happy and chatty, and mum and dad were both there and fine about me seeing him alone. I've fed back to the DSL.

So nothing new for the step-up - it stays exactly as it was.

Ruksana

Ruksana Begum
Early Help Practitioner, Tower Hamlets Early Help

> On 2 Dec 2069, at 10:14, MAST <MAST@towerhamlets.gov.uk> wrote:
>
> Thank you - your step up request has been received.
>
> Reference: SB-tower_hamlets-4472
> Family: Sheikh (Mosaic 3410063)
""")
    top = plain_top(f, addr("Ruksana Begum", "Ruksana.Begum@" + TDOM), addr("MAST", TSU),
                    "Re: [SB-tower_hamlets-4472] Step up - Ibrahim Sheikh - Mosaic 3410063", when, TDOM,
                    "Apple Mail (2.3826.700.81)")
    add(f, apple_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "follow_up", False, None, ["3410063"], [ch("Ibrahim Sheikh")],
        [], None, None, [], None, "attach_to_request",
        "Near miss (a saying, checked and resolved): a 9-year-old's 'my dad's gonna kill me' about his school report "
        "- seen alone this morning, laughing ('it's just a saying ... innit'), no marks, dad proud of him -> not "
        "urgent, no concern; a follow-up to [SB-tower_hamlets-4472] -> attach_to_request.",
        not_children=["Ruksana Begum"], dialect="East London practitioner, child's MLE")

# ============================================================================ TORBAY
BSU = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2069-09-11 13:40:22"
    body = T("""
Afternoon my lovers,

Please could I have a triage slot for the Kitto family - step down to level 3 Early Help. LCS-5520183.

Jacob Kitto 15/01/2062
Ruby Kitto 07/06/2066

Ruby's only 3 so I think she'll need to go to the under-5s one, if that's still every other week?

Dad's away on the trawlers out of Brixham ten days at a time and Jess struggles on her own - she gets some low when he's gone and the house goes downhill. It's a lot better than it was backalong: she's on the waiting list for Talking Mental Health, her mum's moved down from Newton Abbot to help, and Jacob's back in school every day.

The Single Assessment with my analysis is attached. My team manager Becky Tozer has done her manager's analysis on LCS confirming threshold met for level 3, and she agrees the step down.

Jess has consented to level 3 Early Help - she signed on Tuesday.

Proper job, cheers all,
Morwenna

Morwenna Pascoe
Social Worker | Safeguarding and Supporting Families (Torquay) | Torbay Council
01632 960342

""") + BDISC
    att = pdf_att("Single Assessment - Kitto - Sept 69.pdf", "Single Assessment - Kitto (LCS-5520183)", [
        "Children: Jacob Kitto (7), Ruby Kitto (3). Mother: Jess Kitto. Father: Kieran Kitto (fisherman, works away).",
        "Analysis: mother's low mood when father is away affects home conditions; wider family support now in place.",
        "Rationale for step-down: needs can be met at level 3 with an Early Help lead professional.",
        "Manager's analysis (Becky Tozer, TM): threshold met for level 3 intervention. Agreed."])
    top = outlook_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Step down request - triage slot please - Kitto - LCS-5520183", when)
    add(f, mail(f, top, body, [att], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-5520183"],
        [ch("Jacob Kitto", "2062-01-15", "15/01/2062"), ch("Ruby Kitto", "2066-06-07", "07/06/2066")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down in Devon English ('my lovers', 'some low', 'backalong', 'proper job'): Single "
        "Assessment .pdf, TM's analysis confirming level 3, consent signed -> book_meeting; Ruby (3) is under 5, so "
        "the fortnightly under-5s triage; level 3 stated.", docs={"assessment"},
        not_children=["Jess Kitto", "Kieran Kitto", "Becky Tozer", "Morwenna Pascoe"], dialect="Devon social worker")

def torbay_02():
    f = "torbay_02.eml"; when = "2069-11-22 22:17:35"
    body = T("""
I don't know if anybody reads this at night but I've tried ringing the council and it just rings and rings. Is this the emergency number for the social?

My daughter Kayleigh has been on the cider since dinner time and now she's laid out on the kitchen floor of her flat, 3 Harbour View Court, Brixham. I can see her through the letterbox, she's not moving much.

Her two are in there with her, Tegan Hannaford she's 7 and Jago Hannaford he's 4 (they've got their dad's name). Tegan come to the door and says mummy won't wake up and she's frightened, the little one is crying his eyes out. The door's locked and Tegan can't reach the key, it's up on the hook. It's gone proper dark and some cold out here.

I'm 74 and I've no way of getting in. What do I do, is there someone can come out?

My mobile is 07700 900752.

Sandra Widdicombe
""")
    top = plain_top(f, addr("Sandra Widdicombe", "sandra.widdicombe@coastmail.example"), BEH, "my grandchildren",
                    when, "coastmail.example", "iPhone Mail (22B91)")
    add(f, build(top, text_part(body), crlf=False), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Tegan Hannaford"), ch("Jago Hannaford")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1, Friday 22:17 (out of hours), from a Devon nan ('on the cider since dinner time' = since "
        "lunch, 'some cold'): a mother unconscious on the floor, a 7- and a 4-year-old locked in with her, the "
        "7-year-old saying 'mummy won't wake up' -> urgent. Not a step request -> other. Uses the alarm word "
        "'emergency' (one of the three urgent mails allowed).",
        not_children=["Sandra Widdicombe", "Kayleigh Hannaford"], how="plainly in the body, a grandmother at the door",
        alarm_words=True, dialect="Devon grandmother")

def torbay_03():
    f = "torbay_03.eml"; when = "2069-10-15 10:33:41"
    text = T("""
Morning,

Could I get the Rowe boys on the next triage please - step down to level 3 Early Help. LCS-5508842.

Kit Rowe, DOB 22/09/2058
Ellis Rowe, DOB 05/05/2061

Before you read the history: backalong in 2066 there was all that business with dad taking the boys out on the boat in Torquay harbour when he'd had a skinful, and the coastguard brought them in. That's history. Dad's been dry three year, the boat's sold, he's working at the boatyard in Brixham and there's been nothing since - not a current worry for anybody.

What's current is Ellis's attendance (84%), and mum's been struggling since her own mum passed in the summer.

Single Assessment with my analysis attached. Mum and dad are both happy with level 3 Early Help and they both signed the consent yesterday.

My TM Debbie's off till Monday so her manager's analysis isn't on LCS yet - she'll do it dreckly when she's back.

Ta,
Tristan

Tristan Hocking
Social Worker, Single Assessment Team (Paignton), Torbay Council
01632 960417
""")
    att = pdf_att("Single Assessment - Rowe - Oct 69.pdf", "Single Assessment - Rowe (LCS-5508842)", [
        "Children: Kit Rowe (11), Ellis Rowe (8).",
        "History: 2066 - father took the children out on a boat while intoxicated; coastguard assisted; s47 NFA after",
        "father engaged with alcohol services. No incidents since. Father abstinent for three years.",
        "Current: Ellis's attendance 84%. Mother bereaved (summer).",
        "Rationale: needs can be met at level 3 Early Help. Manager's analysis: to follow."])
    top = plain_top(f, addr("Tristan Hocking", "tristan.hocking@" + BDOM), BEH, "Step down - Rowe boys - LCS-5508842 - triage",
                    when, BDOM)
    add(f, gmail_mail(f, top, text, [att]), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-5508842"],
        [ch("Kit Rowe", "2058-09-22", "22/09/2058"), ch("Ellis Rowe", "2061-05-05", "05/05/2061")],
        ["school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Near miss (historic, in Devon English - 'backalong', 'had a skinful', 'three year'): dad's drunk boat trip "
        "with the boys was in 2066, dad sober three years, the boat sold -> not urgent, no substance_misuse concern. "
        "Torbay step-down with assessment and both parents' consent, but the TM's analysis is still to come "
        "('dreckly') -> manager null, missing manager_agreed -> request_info.", docs={"assessment"},
        not_children=["Tristan Hocking"], dialect="Devon social worker")

def torbay_04():
    f = "torbay_04.eml"; when = "2069-09-26 11:50:14"
    body = T("""
Hi MASH,

Contact to MASH for a step up for Kerenza Trewin, DOB 30/08/2055, EHM-830574.

Kerenza has been open to me at level 3 since March for arguments at home with mum. Since the summer she has been seeing an older man who calls himself Deano - he's 23, she met him on Snapchat. He buys her vapes and nails and takes her back to his flat in Paignton. She's been missing overnight twice this month; the police found her at his flat the second time and brought her home. She says he's her boyfriend and he "treats her proper".

Mum (Tina) has given her consent for this contact to MASH. I've talked it through with my ATM Silas Penrose and we agree it needs considering for level 4.

Her mate told me at lunch what's in the subject line.

Lowenna

Lowenna Jory
Early Help Lead Practitioner | Paignton Family Hub | Torbay Council
01632 960588

""") + BDISC
    top = outlook_top(f, addr("Jory, Lowenna", "Lowenna.Jory@" + BDOM), addr("MASH", BSU),
                      "Step up - Kerenza Trewin (14) - Deano (23) is picking her up from school at 3 today, mum doesn't know",
                      when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-830574"], [ch("Kerenza Trewin", "2055-08-30", "30/08/2055")],
        ["exploitation", "missing", "sexual_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in the SUBJECT LINE: a 14-year-old groomed by a 23-year-old (vapes, nails, overnight at his "
        "flat) is being picked up by him from school at 3 today (mail 11:50) -> urgent; the body is an ordinary, "
        "complete Torbay step-up (consent from mum, ATM agrees) that points to the subject.",
        not_children=["Tina Trewin", "Silas Penrose", "Lowenna Jory"], how="in the subject line; the body points to it",
        dialect="Cornish-Devon lead practitioner")

def torbay_05():
    f = "torbay_05.eml"; when = "2069-11-18 09:06:59"
    body = T("""
Morning,

'Ere 'tis - the Single Assessment for Harley Yeo, sorry 'dreckly' turned into a week! LCS-5531179.

Demelza

Demelza Roskilly
Social Worker | Single Assessment Team (Torquay) | Torbay Council
01632 960611
""") + quote("Early Help <%s>" % BEH, "11 November 2069 14:20", "Roskilly, Demelza <Demelza.Roskilly@torbay.gov.uk>",
             "[SB-torbay-5106] Step down - Yeo - LCS-5531179",
             ack_text("step down", "SB-torbay-5106", ["Family: Yeo", "Case: LCS-5531179"], ["the Single Assessment"]))
    att = pdf_att("Single Assessment - Harley Yeo.pdf", "Single Assessment - Harley Yeo (LCS-5531179)", [
        "Child: Harley Yeo (9). Analysis and rationale for step-down to level 3 Early Help.",
        "Manager's analysis recorded on LCS."])
    top = outlook_top(f, addr("Roskilly, Demelza", "Demelza.Roskilly@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-5106] Step down - Yeo - LCS-5531179", when)
    add(f, mail(f, top, body, [att]), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-5531179"], [ch("Harley Yeo")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-torbay-5106] bringing the missing Single Assessment, in Devon English (''Ere 'tis', "
        "'dreckly') -> follow_up, attach_to_request.", not_children=["Demelza Roskilly"], dialect="Devon social worker")

def torbay_06():
    f = "torbay_06.eml"; when = "2069-10-16 14:14:07"
    body = T("""
Hello MASH,

Contact for a step up to level 4 for the Chudleigh children, EHM-829113.

Bryony Chudleigh - 13/04/2059
Alfie Chudleigh - 01/10/2064

I want to be straight about mum's mental health first so nobody reads it wrong. Mum's been some low since the summer. At the start of September she told her GP she'd thought about ending it. The crisis team went out the same day, and since then she's been under the community mental health team with a care coordinator, she's on new tablets, there's a safety plan in place and her sister Tamsin stays over most nights. She told the CMHT on Monday she's had no thoughts like that for weeks, and they're happy with how she's doing. Nobody - not the CMHT, not me - thinks the children are unsafe with her.

The reason for the step up is the house and that the children are going without: no food in at weekends, the electric on the emergency credit most of the time, Alfie's teeth are rotten and he's had no dentist, and Bryony's started taking bread from the school breakfast club home in her bag for her brother.

Mum agrees to the contact to MASH, she said "you do what you got to do, my bird". My ATM Tamsin Verity agrees it needs looking at for level 4.

Jenna Pearce
Early Help Lead Practitioner | Torquay Family Hub | Torbay Council
01632 960277
""")
    top = plain_top(f, addr("Jenna Pearce", "jenna.pearce@" + BDOM), addr("MASH", BSU),
                    "Step up contact to MASH - Chudleigh - EHM-829113", when, BDOM, "Microsoft Outlook 16.0")
    add(f, build(top, text_part(body)), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-829113"],
        [ch("Bryony Chudleigh", "2059-04-13", "13/04/2059"), ch("Alfie Chudleigh", "2064-10-01", "01/10/2064")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Near miss (planned and managed): mum's thoughts of ending her life were in early September, the crisis team "
        "and the CMHT are involved, a safety plan is in place, no such thoughts for weeks and nobody thinks the "
        "children unsafe -> not urgent ('emergency credit' is the electricity meter). Complete Torbay step-up for "
        "neglect (consent 'you do what you got to do, my bird', ATM agrees) -> book_meeting.",
        not_children=["Tamsin Verity", "Jenna Pearce"], dialect="Cornish-Devon lead practitioner, mum quoted")

def torbay_07():
    f = "torbay_07.eml"; when = "2069-12-12 15:55:21"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi all,</p>
<p>Step down to level 3 Early Help for <b>Tia Pengelly</b> (DOB 09/11/2060), LCS-5517624 – could she go on triage please.</p>
<p>Single Assessment attached with my analysis. My TM Rebecca Tozer’s manager’s analysis is on LCS confirming threshold met for level 3, and she agrees the step down.</p>
<p>The trouble is Dad. He’s said he don’t want “no more social, no more nothing”, he won’t consent to Early Help – “I’ll sort my own maid out, ta”. I’ll have another go at him after Christmas but as it stands it’s a no.</p>
<p>What we’re worried about is Tia’s attendance (79%) and Dad’s money – he owes £2,400 on the catalogue and the electric.</p>
<p>Cheers,<br>Gareth</p>
<p>Gareth Luscombe<br>Social Worker | Safeguarding and Supporting Families (Brixham) | Torbay Council<br>01632 960723</p>
</body></html>
""")
    att = pdf_att("Single Assessment - Pengelly - Dec 69.pdf", "Single Assessment - Tia Pengelly (LCS-5517624)", [
        "Child: Tia Pengelly, 9. Lives with father. Attendance 79%.",
        "Analysis: needs can be met at level 3. Manager's analysis (Rebecca Tozer): threshold met for level 3.",
        "Consent: father declined Early Help on 10/12/2069."])
    top = outlook_top(f, addr("Luscombe, Gareth", "Gareth.Luscombe@" + BDOM), addr("Early Help", BEH),
                      "Step down – Pengelly – LCS-5517624", when)
    hp = text_part(h, "html", charset="windows-1252")
    root = multipart("mixed", [hp, att], bnd(f, 1))
    add(f, build(top, root), "torbay", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["LCS-5517624"], [ch("Tia Pengelly", "2060-11-09", "09/11/2060")],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "HTML-only Torbay step-down in windows-1252 quoted-printable (curly quotes, en dash, £; RFC 2047 subject), "
        "Devon dad quoted ('I'll sort my own maid out'): assessment and TM analysis present but dad refuses Early Help "
        "-> consent false, missing consent -> request_info.", docs={"assessment"},
        not_children=["Rebecca Tozer", "Gareth Luscombe"], dialect="Devon social worker, dad quoted")

def torbay_08():
    f = "torbay_08.eml"; when = "2069-11-19 16:48:03"
    text = T("""
Hi,

Signed consent form from mum (Jade) attached, so that's the bit that was missing.

Cheers,
Tamara

PS I'm sat outside their house on Hele Road for my 4.30 visit and through the front window I can see Kev Prowse on the settee with Lowenna on his lap. Jade's car's gone. He's the one on the register for the little girl in Plymouth, with the condition not to be on his own with under-16s. Nobody's answering the door.

Tamara Coombes
Early Help Lead Practitioner, Torquay Family Hub
Sent from my iPad
""")
    att = pdf_att("Consent form - Nancarrow - signed.pdf", "Consent to contact MASH - Nancarrow", [
        "Child: Lowenna Nancarrow (6). EHM-831402.",
        "I agree to Torbay Early Help making a contact to MASH about my family. Signed: Jade Nancarrow. Date: 18/11/2069."])
    top = plain_top(f, addr("Tamara Coombes", "tamara.coombes@" + BDOM), addr("MASH", BSU),
                    "Re: [SB-torbay-5189] Step up - Lowenna Nancarrow - EHM-831402 - consent form", when, BDOM,
                    "iPad Mail (22B83)")
    add(f, apple_mail(f, top, text, [att]), "torbay", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-831402"], [ch("Lowenna Nancarrow")],
        ["sexual_harm"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS: a registered sex offender barred from being alone with under-16s has a 6-year-old on "
        "his lap right now, her mother out, nobody answering -> urgent, though the mail is a follow-up to "
        "[SB-torbay-5189] bringing the signed consent form (consent true).",
        not_children=["Jade Nancarrow", "Kev Prowse", "Tamara Coombes"], how="in a PS under a routine follow-up",
        dialect="Devon practitioner, mobile")

# ============================================================================ HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HSU = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2069-09-16 10:10:45"
    body = T("""
Hiya both,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Price children - a sibling group, level 3. I had a tidy chat with Verity at the drop-in last Tuesday so it's all been talked through.

Megan Price - 19/10/2057 - Mosaic 1740552
Osian Price - 02/06/2063 - Mosaic 1740553

Key person: Mrs Eirlys Vaughan, Family Support Worker at Castle Green Primary, Kington - she knows the family well and has agreed to lead.

Mam (Carys) signed the consent form at my last visit. She's been tamping about the school bus since they cut the Gladestry stop, and that's most of why Osian's been late and missing days (85%), but she's a lovely mam and the children are cwtched up with her every time I go.

Diolch,
Rhian

Rhian Pritchard
Social Worker | Children's Locality Team (Kington & Leominster) | Herefordshire Council
01632 960154

""") + HDISC
    atts = [docx_att("EHA step-down plan - Price.docx", [
                "# Early Help Assessment step-down plan - Price",
                "Children: Megan Price (Mosaic 1740552), Osian Price (Mosaic 1740553).",
                "What needs to happen: school transport review (Osian); attendance plan; Carys to join the parents' group.",
                "By whom: Eirlys Vaughan (key person), school, transport team. Timescale: 12 weeks.",
                "Key person: Eirlys Vaughan, Family Support Worker, Castle Green Primary."]),
            pdf_att("Consent form - Price - signed.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help support and to information being shared.",
                "Signed: Carys Price. Date: 10/09/2069. Children: Megan Price, Osian Price."])]
    top = outlook_top(f, addr("Pritchard, Rhian", "Rhian.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Price children - sibling group", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["1740552", "1740553"],
        [ch("Megan Price", "2057-10-19", "19/10/2057"), ch("Osian Price", "2063-06-02", "02/06/2063")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down in Welsh English ('tidy chat', 'tamping', 'cwtched up', "
        "'Diolch'): EHA step-down plan .docx, signed consent form .pdf, key person with agency -> book_meeting; "
        "level 3 stated; one Mosaic id per child.", docs={"draft_plan", "consent_form"},
        not_children=["Carys Price", "Eirlys Vaughan", "Rhian Pritchard"], dialect="Welsh English social worker")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2069-11-10 19:26:18"
    body = T("""
Duw, I don't know who else to send this to, the number on the letter from the school just rings out.

My granddaughter Cerys Bevan (11) has just rung me from Tŷ Isaf, the farm up above Huntington near Kington. Her father, my son Huw, has been drinking since dinner and he's took the shotgun out of the cabinet. He's sat in the kitchen with it across his knees saying he's going to finish it for all of them. Cerys has got the little one with her, Rhodri Bevan, he's 5, and they're hid out in the hay barn in the dark. Her mam is in Hereford County Hospital with her back. I'm forty minutes away in Hay with my bad leg and I can't drive in the dark.

Please somebody ring me on 01632 960744 or go up there. Is this going through to anybody?

Emrys Bevan (Bampi)
""")
    top = plain_top(f, addr("Emrys Bevan", "emrys.bevan@borderfarmmail.example"), HEH,
                    "Our Cerys and Rhodri - please somebody ring me", when, "borderfarmmail.example")
    add(f, build(top, text_part(body)), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Cerys Bevan"), ch("Rhodri Bevan")],
        ["parental_mental_health", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1, Sunday 19:26 (out of hours), a Welsh-border grandfather ('Duw', 'since dinner' = since "
        "midday, 'he's took', 'Bampi'; UTF-8 'Tŷ Isaf'): a drunk father sitting with a shotgun saying he will 'finish "
        "it for all of them', an 11- and a 5-year-old hiding in a barn in the dark -> urgent. Not a step request -> "
        "other.", not_children=["Emrys Bevan", "Huw Bevan"], how="plainly in the body, a grandfather on the phone to the child",
        dialect="Welsh English (border farming family)")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2069-10-02 14:31:57"
    body = T("""
Afternoon,

Step-down plan and consent form attached for the Watkins children (Mosaic 1752219).

Seren Watkins - 28/02/2060
Ianto Watkins - 11/11/2065

You'll see a contingency section in the plan about dad. Just so nobody jumps: it's a what-if. IF Gareth started drinking again, or if there was any more domestic abuse, mam would ring 999 and take the children to her sister's in Ross, and the plan would come straight back to social care. None of that has happened since the CP plan ended in April 2068 - he's been sober, he's working, mam says he's "a different man, fair play to him".

What the plan's about now is Seren's attendance (88%) and her anxiety about going up to the high school.

Key person - still waiting to hear whether the school nurse or the family support worker at Leominster children's centre will take it on. I'll let you know now in a minute, as soon as I hear.

Dafydd

Dafydd Morgan
Social Worker | Children's Locality Team (Leominster) | Herefordshire Council
01632 960389

""") + HDISC
    atts = [docx_att("EHA step-down plan - Watkins.docx", [
                "# Early Help Assessment step-down plan - Watkins", "Mosaic 1752219.",
                "What needs to happen: attendance plan for Seren; transition support to the high school.",
                "Key person: to be confirmed.",
                "## Contingency",
                "If father were to start drinking again or there were any further domestic abuse, mother will ring 999 and take the children to her sister's; the plan returns to social care. This has not happened since the CP plan ended (April 2068); contingency only."]),
            pdf_att("Consent form - Watkins - signed.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help support. Signed: Lisa Watkins. Date: 30/09/2069."])]
    top = outlook_top(f, addr("Morgan, Dafydd", "Dafydd.Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Watkins - 1752219", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1752219"],
        [ch("Seren Watkins", "2060-02-28", "28/02/2060"), ch("Ianto Watkins", "2065-11-11", "11/11/2065")],
        ["school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "Near miss (hypothetical contingency): 'IF Gareth started drinking again ... mam would ring 999' - a what-if, "
        "nothing since the CP plan ended in April 2068 -> not urgent, no domestic_abuse / substance_misuse concern. "
        "Herefordshire step-down with plan and signed consent form but no key person yet ('I'll let you know now in "
        "a minute' - Welsh English for 'soon') -> missing lead_practitioner -> request_info; no level stated.",
        docs={"draft_plan", "consent_form"}, not_children=["Lisa Watkins", "Gareth Watkins", "Dafydd Morgan"],
        dialect="Welsh English social worker")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2069-11-12 11:44:30"
    text = T("""
Hiya,

I'd like to step up little Tomos Jenkins, he's 3, Mosaic 1761190. I've had him and his mam at level 3 since the spring and it's going backwards, not forwards.

No food in the cupboards most times I call, Tomos has had the same nappy rash for a month, and he's not been to nursery since half term. Mam (Ceri) is honest with me, she says "I know, I'm not coping, I need more help mun". Fair play to her for saying it.

My manager Bethan Hughes agrees this needs to go to social care. Mam's happy for me to refer.

I wasn't sure if this is the right inbox for a step up - there's nothing about stepping up on the co-ordinators' page - so please forward it on if not.

Siân

Siân Lloyd
Early Help Practitioner, Herefordshire Early Help (Hereford City)
01632 960826
""")
    top = plain_top(f, addr("Siân Lloyd", "sian.lloyd@" + HDOM), HSU, "Step up - Tomos Jenkins - 1761190", when, HDOM)
    add(f, gmail_mail(f, top, text), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["1761190"], [ch("Tomos Jenkins")],
        ["neglect"], True, True, [], None, "human_review",
        "A step-up to Herefordshire, whose protocol defines no step_up -> human_review, missing [] and notice null; "
        "Welsh English ('mun', 'fair play'); RFC 2047 'Siân' in From. Neglect is ongoing, nothing happening today "
        "-> not urgent.", not_children=["Ceri Jenkins", "Bethan Hughes", "Siân Lloyd"], dialect="Welsh English practitioner")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2069-10-24 15:20:07"
    body = T("""
Hi both,

Not really a step-down thing but you're who I've got this afternoon. Megan-Rose Hughes (15) sent me these through the school messaging app last night and this afternoon - I've copied them into the attached file word for word. (The "he" is mum's partner, Craig.)

I've tried mum twice, no answer. I'm driving over to Leominster now but I'm forty minutes off.

Ffion

Ffion Rees
Early Help Practitioner | Herefordshire Early Help (North) | Herefordshire Council
01632 960475

""") + HDISC
    msgs = T("""
Messages from Megan-Rose Hughes, copied from the school app by Ffion Rees, 24/10/2069

Wed 23/10 23:48  ngl i cant go back there tn
Wed 23/10 23:49  he was off his head again last nite n put his hands round my neck, i couldnt breathe proper
Wed 23/10 23:51  mum says im being dramatic n to stop chatting
Thu 24/10 00:02  got marks on my neck, will send pic tmrw
Thu 24/10 14:55  im at the bus shelter by the Grange. he finishes at 6 n mum says i have to be home for tea
Thu 24/10 14:57  hes gonna be so mad i told u
""")
    top = outlook_top(f, addr("Rees, Ffion", "Ffion.Rees@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Megan-Rose Hughes - her messages from last night and today (attached)", when)
    add(f, mail(f, top, body, [text_att("messages - Megan-Rose.txt", msgs)]), "herefordshire", "early_help_duty",
        when, 3, "urgent", "other", True, None, [], [ch("Megan-Rose Hughes")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 inside a text/plain attachment, in teenage text-speak ('ngl i cant go back there tn', 'off his "
        "head', 'put his hands round my neck'): a 15-year-old strangled by mum's partner, told by mum she must be home "
        "for tea when he finishes at 6 today -> urgent. Not a step request -> other.",
        not_children=["Craig", "Ffion Rees"], how="in an attached .txt of the girl's messages; the body only introduces it",
        dialect="teenage text-speak")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2069-11-04 09:37:12"
    body = T("""
Bore da both,

Just so you've got it on the file: the step-down for the Lewis boys needs to go on hold, I'm sorry.

Tuesday night (29th) dad came back to the house in drink and went for mam. The police took him in and he's on bail not to come to the address or contact mam or the boys. Rhys Lewis (8) and Gethin Lewis (5) went to their Nain's in Hay that night and they're stopping there - settled, back in school Monday, Nain's tidy with them and mam's with them too. We had the strategy discussion on Wednesday and the section 47 is with the locality team.

There's nothing for you to do today - they're safe and we've got it. I'll come back to you when we know where we are.

Gwyn

Gwyn Pugh
Senior Social Worker | Children's Locality Team (Hereford South) | Herefordshire Council
01632 960212

""") + HDISC + quote("Early Help Co-ordinators <%s>" % HEH, "21 October 2069 10:05",
                     "Pugh, Gwyn <Gwyn.Pugh@herefordshire.gov.uk>", "[SB-herefordshire-1873] Step down - Lewis - 1748850",
                     ack_text("step down", "SB-herefordshire-1873", ["Family: Lewis", "Case: 1748850"], []))
    top = outlook_top(f, addr("Pugh, Gwyn", "Gwyn.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1873] Step down - Lewis - 1748850 - ON HOLD", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["1748850"], [ch("Rhys Lewis"), ch("Gethin Lewis")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "Near miss (already safe): last Tuesday's assault on mum, dad arrested and bailed away from the family, the "
        "boys and mum at Nain's, strategy discussion held, s47 with the locality team, 'nothing for you to do today' "
        "-> not urgent; a follow-up to [SB-herefordshire-1873] putting the step-down on hold -> attach_to_request. "
        "Welsh English ('Bore da', 'in drink', 'Nain', 'tidy').", not_children=["Gwyn Pugh"],
        dialect="Welsh English senior social worker")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2069-12-06 12:02:33"
    add(f, google_reply(f, when, ("Nia Howells", "nia.howells.sw@gmail.example"), ("Early Help Co-ordinators", HEH),
                        "ACCEPTED", "Step-down drop-in [SB-herefordshire-1902]", "20691210T100000Z", "20691210T103000Z",
                        "Microsoft Teams", "Tue 10 Dec 2069 10:00 - 10:30 (GMT)"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, for the Tuesday drop-in on 10 Dec (GMT) -> meeting_reply, "
        "record_reply.", dialect="calendar reply")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2069-12-18 13:13:29"
    body = T("""
Afternoon,

EHA step-down plan attached for Lacey-Mai Baker (DOB 06/08/2062), Mosaic 1769904. Level 3.

Mam agreed over the phone this morning that she's happy for Early Help to carry on with her - I'll get the consent form signed when I'm out there after Christmas, I couldn't get up to Bromyard before the holidays, I'm sorry.

Key person: Mrs Glenys Parry, Family Support Worker at Bromyard Children's Centre, has said she'll lead. She's lush with Lacey-Mai.

Worries now are mam's anxiety - she won't go past the end of the lane some days - and Lacey-Mai missing school when mam can't face the walk.

Nadolig Llawen,
Owain

Owain Jones
Social Worker | Children's Locality Team (Ledbury & Bromyard) | Herefordshire Council
01632 960668

""") + HDISC
    att = docx_att("EHA step-down plan - Baker.docx", [
        "# Early Help Assessment step-down plan - Baker", "Child: Lacey-Mai Baker. Mosaic 1769904.",
        "What needs to happen: GP and talking therapy for mum; walking bus for Lacey-Mai; review at MAG.",
        "Key person: Glenys Parry, Family Support Worker, Bromyard Children's Centre."])
    top = outlook_top(f, addr("Jones, Owain", "Owain.Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Baker - 1769904 - plan attached", when)
    add(f, mail(f, top, body, [att]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["1769904"], [ch("Lacey-Mai Baker", "2062-08-06", "06/08/2062")],
        ["parental_mental_health", "school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with plan and key person: mum agreed on the phone (consent true) but the written "
        "consent form will follow after Christmas -> missing consent_form -> request_info; Welsh English ('lush', "
        "'Nadolig Llawen').", docs={"draft_plan"}, not_children=["Glenys Parry", "Owain Jones"],
        dialect="Welsh English social worker")

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
# the brief's alarm words: "urgent", "urgently", "immediate", "immediately", "risk", "emergency", "danger", "ASAP"
ALARM = re.compile(r"\b(urgent|urgently|immediate|immediately|risks?|risky|emergency|emergencies|dangers?|dangerous|asap)\b", re.I)
MAX_ALARM_URGENT = 3
# Knowsley notice: file -> (working days, plain weekdays, bank holidays crossed, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (6, 6, [], False),
    "knowsley_03.eml": (5, 5, [], False),
    "knowsley_04.eml": (4, 4, [], False),
    "knowsley_08.eml": (3, 5, [date(2069, 12, 25), date(2069, 12, 26)], True),
}
EXPECTED_BH_2069 = {date(2069, 1, 1), date(2069, 4, 12), date(2069, 4, 15), date(2069, 5, 6), date(2069, 5, 27),
                    date(2069, 8, 26), date(2069, 12, 25), date(2069, 12, 26)}
# out-of-hours weekend mail (an urgent 'other' from a member of the public) may fall on a Saturday or Sunday
WEEKEND_OK = {"tower_hamlets_02.eml", "herefordshire_02.eml"}

def easter_gauss(y):
    """A second, independent Easter computation (Gauss), to check easter()."""
    a = y % 19; b = y % 4; c = y % 7; k = y // 100; p = (13 + 8 * k) // 25; q = k // 4
    M = (15 - p + k - q) % 30; N = (4 + k - q) % 7; d = (19 * a + M) % 30; e = (2 * b + 4 * c + 6 * d + N) % 7
    if d == 29 and e == 6:
        return date(y, 4, 19)
    if d == 28 and e == 6 and (11 * M + 11) % 30 < 19:
        return date(y, 4, 18)
    day = 22 + d + e
    return date(y, 3, day) if day <= 31 else date(y, 4, day - 31)

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

def parse_dob(w):
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def london_offset(d):
    return datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset()

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2069) != date(2069, 4, 14) or easter_gauss(2069) != easter(2069) or easter_gauss(2070) != easter(2070):
        err("calendar", "Easter 2069 should be Sunday 14 April, and both algorithms must agree")
    bh = bank_holidays(2069)
    if bh != EXPECTED_BH_2069:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2069))
    if min(d for d in bank_holidays(2070)) != date(2070, 1, 1):
        err("calendar", "New Year's Day 2070 should be Wednesday 1 January")
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall inside the window: %s" % inwin)
    if date(2069, 9, 1).weekday() != 6 or WINDOW[0] != date(2069, 9, 2) or WINDOW[0].weekday() != 0:
        err("calendar", "the term should start on Monday 2 September (1 September 2069 is a Sunday)")
    xmas = date(2069, 12, 25)
    if xmas.weekday() != 2 or WINDOW[1] != xmas - timedelta(days=(xmas.weekday() - 4) % 7 or 7) or WINDOW[1].weekday() != 4:
        err("calendar", "the term should end on the Friday before Christmas (Friday 20 December)")
    bst_on, bst_off = last_sunday(2069, 3), last_sunday(2069, 10)
    if (bst_on, bst_off) != (date(2069, 3, 31), date(2069, 10, 27)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2069, 10, 27, 0, 59, tzinfo=UTC), 1), (datetime(2069, 10, 27, 1, 1, tzinfo=UTC), 0),
                   (datetime(2069, 3, 31, 0, 59, tzinfo=UTC), 0), (datetime(2069, 3, 31, 1, 1, tzinfo=UTC), 1)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    if HALF_TERM != (bst_off + timedelta(days=1), bst_off + timedelta(days=5)):
        err("calendar", "half term should be the Monday-Friday after the clocks go back")
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if london_offset(d) != timedelta(hours=1 if d < bst_off else 0):
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
    if not {"step_up", "follow_up", "meeting_reply", "other"} <= urgent_kinds:
        err("set", "urgent kinds not varied enough: %s" % urgent_kinds)
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        err("set", "every kind should appear")
    offsets = {email.utils.parsedate_to_datetime(str(email.message_from_bytes(v, policy=email.policy.default)["Date"])).utcoffset()
               for v in FILES.values()}
    if offsets != {timedelta(hours=1), timedelta(0)}:
        err("set", "mail should be dated on both sides of the clock change: %s" % offsets)
    alarm_urgent = []

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
        if mbox not in ("mash_step_up", "early_help_duty"):
            err(f, "bad mailbox")
        if x["kind"] not in KINDS or x["next_action"] not in ACTIONS:
            err(f, "bad kind / next_action")
        if not isinstance(x["urgent"], bool):
            err(f, "urgent must be a boolean")
        if x["concerns"] != sorted(set(x["concerns"])) or set(x["concerns"]) - CONCERNS:
            err(f, "concerns not sorted/unique/valid")
        if x["missing"] != sorted(set(x["missing"])) or set(x["missing"]) - DOC_IDS - FACT_IDS:
            err(f, "missing not sorted/unique/valid")
        if (CATS[f] == "urgent") != x["urgent"]:
            err(f, "category and urgent disagree")
        if x["urgent"] and not m["how"]:
            err(f, "urgent mail without a note of how the risk is told")
        if not m["dialect"]:
            err(f, "no note of the way of writing")
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
            if not re.fullmatch(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{7})", cid):
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
        if auth == "herefordshire" and x["kind"] == "step_down" and "consent_form" not in m["docs"] and x["consent"] is not True:
            pass
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2069:
                    err(f, "meeting date not a future working day of 2069")
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
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(f, "8-bit bytes on the wire")
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
        if sent.weekday() >= 5 and f not in WEEKEND_OK:
            err(f, "Date on a weekend")
        if f in WEEKEND_OK and not (sent.weekday() >= 5 and x["urgent"]):
            err(f, "WEEKEND_OK is for urgent weekend mail only")
        if dh[:3] != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()]:
            err(f, "Date weekday wrong: %s" % dh)
        want = "+0100" if sent.date() < date(2069, 10, 27) else "+0000"
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
            hit = ALARM.search(heads) or ALARM.search(text)
            if hit:
                alarm_urgent.append(f)
            if bool(hit) != m["alarm_words"]:
                err(f, "alarm words %r but alarm_words=%s" % (hit and hit.group(0), m["alarm_words"]))
        elif m["alarm_words"]:
            err(f, "alarm_words is for urgent mail only")
        for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text + " " + heads):
            if int(y) > 2069:
                err(f, "a year after 2069: %s" % y)
        now_d = now.astimezone(LON).date()
        text = subj + " " + text                          # the subject is read too (some names are only there)
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
            if n.split()[0] not in text:
                err(f, "%s (not a child) should appear in the text" % n)
        for cid in x["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), text + " " + subj):
                err(f, "case id %s not in the text" % cid)
    if len(alarm_urgent) > MAX_ALARM_URGENT:
        err("set", "more than %d urgent mails use an alarm word: %s" % (MAX_ALARM_URGENT, alarm_urgent))
    # the one adult whose DOB is written must be 18 or over
    s = readable(email.message_from_bytes(FILES["tower_hamlets_06.eml"], policy=email.policy.default))
    if "04/05/2050" not in s or age_at(date(2050, 5, 4), date(2069, 10, 7)) < 18:
        err("tower_hamlets_06.eml", "Safiya should be an adult of 19")
    return E


def stats():
    out = []
    c = {}
    for l in LABELS:
        c.setdefault(CATS[l["file"]], []).append(l["file"])
    for k in ("urgent", "near_miss", "ordinary"):
        out.append("%s %d: %s" % (k, len(c.get(k, [])), " ".join(sorted(c.get(k, [])))))
    for key in ("kind", "next_action", "mailbox"):
        t = {}
        for l in LABELS:
            v = l["expect"][key] if key in l["expect"] else l[key]
            t[v] = t.get(v, 0) + 1
        out.append("%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(t.items(), key=lambda kv: -kv[1]))))
    for a in AUTHORITIES:
        fs = [l["file"] for l in LABELS if l["authority"] == a]
        out.append("%s: urgent %d / near miss %d / ordinary %d" % (a, *[sum(CATS[f] == k for f in fs) for k in ("urgent", "near_miss", "ordinary")]))
    out.append("urgent mails with an alarm word: %s" % " ".join(sorted(f for f in META if META[f]["alarm_words"])))
    for f, (wd, pw, bh, dec) in sorted(KNOWSLEY_NOTICE.items()):
        out.append("%s: %d WD (%d plain weekdays), crosses %s, decisive %s" % (f, wd, pw, [str(b) for b in bh], dec))
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
    for old in os.listdir(HERE):
        if old.endswith(".eml") and old not in FILES:
            os.remove(os.path.join(HERE, old))
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    labels = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    # read everything back from disk: every eml parses with the stdlib, labels round-trip
    for f in FILES:
        with open(os.path.join(HERE, f), "rb") as fh:
            email.message_from_binary_file(fh, policy=email.policy.default)
    assert json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8")) == labels
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages, labels.json and categories.json; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
