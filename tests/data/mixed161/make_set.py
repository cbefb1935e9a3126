#!/usr/bin/env python3
"""mixed161: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2065, in food, feeding and children's bodies: babies' feeds and formula, faltering
growth and weight checks, allergies and anaphylaxis, diabetes and insulin, restrictive diets imposed by parents,
children who are hungry, hoard or steal food, dietitians, school cooks and food banks, alongside ordinary step-ups
and step-downs.

Window: Monday 5 January - Thursday 26 March 2065 (New Year's Day, Thursday 1 January, is a bank holiday; the term
ends on the Thursday before Good Friday). Half term: Monday 16 - Friday 20 February 2065. Easter Sunday 2065 is
29 March (Gregorian computus), so Good Friday is 27 March and Easter Monday 30 March: no bank holiday falls inside
the window, but both fall inside Knowsley notice periods that run past its end. British Summer Time starts on the
last Sunday of March, 29 March 2065 - after the window - so every Date header carries +0000 (GMT); meetings booked
for April are in BST.

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
YEAR = 2065
WINDOW = (date(2065, 1, 5), date(2065, 3, 26))
HALF_TERM = (date(2065, 2, 16), date(2065, 2, 20))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2065)."""
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

BANK_HOLIDAYS = bank_holidays(YEAR - 1) | bank_holidays(YEAR) | bank_holidays(YEAR + 1)

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
    """Europe/London wall-clock time (the whole window is GMT, +0000)."""
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
        qm = re.match(r"^(>+ ?)", logical)
        prefix = qm.group(1) if qm else ""
        logical = logical[len(prefix):]
        words, cur, phys = logical.split(" "), "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " "); cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if not prefix and p.startswith((" ", "From ", ">")):
                p = " " + p
            out.append(prefix + p)
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
            b"<< /Producer (mixed161 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2065, 1, 2, 0, 0, 0))
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
    t = text_part(body, cte=cte, charset=charset)
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



def bounce(f, when, to, orig_subject, orig_to, orig_mid, orig_when):
    """A Postfix-style delivery status notification (multipart/report) for a message the mailbox sent."""
    text = T("""
This is the mail system at host mx1.herefordshire.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mail.wyevalley-fh.example[192.0.2.41] said: 550 5.1.1
    <%s>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
""") % (orig_to, orig_to)
    status = T("""
Reporting-MTA: dns; mx1.herefordshire.gov.uk
X-Postfix-Queue-ID: 4Q7ZKM2Hb1z9tFq
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.wyevalley-fh.example
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown
    in virtual mailbox table
""") % (email.utils.format_datetime(dt(orig_when)), orig_to, orig_to, orig_to)
    headers = T("""
From: Early Help Co-ordinators <%s>
To: %s
Subject: %s
Date: %s
Message-ID: %s
Auto-Submitted: auto-generated
""") % (to, orig_to, orig_subject, email.utils.format_datetime(dt(orig_when)), orig_mid)
    parts = [text_part(text, cte="7bit"),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
             Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  headers)]
    root = multipart("report", parts, bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "MAILER-DAEMON@herefordshire.gov.uk (Mail Delivery System)"), ("To", to),
           ("Subject", "Undelivered Mail Returned to Sender"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mx1.herefordshire.gov.uk")), ("Auto-Submitted", "auto-replied")]
    return build(top, root, False)


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
    f = "knowsley_01.eml"; when = "2065-03-24 10:14:22"
    body = T("""
Good morning,

Please find attached a step up request for the Bradshaw children, EHM-83519, open to Family First 0-18 at Level 3.

Mia-Rose Bradshaw - born 19/04/2059
Harley Bradshaw - born 02/11/2062

The worry is Harley's growth. He has dropped from the 25th centile at his 1-year check to below the 0.4th centile; at the clinic weigh-in on 17 March he was 9.2 kg at 2 years 4 months. The paediatrician found no medical cause and describes it as faltering growth linked to his diet and care at home. The paediatric dietitian's plan (three meals and two snacks a day, full-fat milk from a cup, no bottle at night) has not been followed since November: Harley still has about a litre and a half of squash and cow's milk from a bottle every day and very little food, and he has four decayed front teeth. Mia-Rose has been seen taking sandwiches from other children's lunch boxes and the school found bread rolls and crisps hidden in her tray. Kelly attends the weigh-ins but says Harley "just won't eat".

Harley is not unwell in himself; the health visitor is weighing him every Tuesday and he was seen by the GP last week.

I have completed the Graded Care Profile 2 with Kelly (attached) - physical care (nutrition) scores at level 4. My team manager, Sharon Bell, agreed the step up in supervision on Friday. Kelly has agreed to the step up.

The step up TAF meeting is on Wednesday 1st April at 10:00 at Stockbridge Village Family Hub (after the Easter weekend - the hub is closed on the Friday and Monday). The invitation has gone to the MASH inbox and MASH business support, and I have invited school, the health visitor and the dietitian.

Attached:
- FF Step Up request to CSC - Bradshaw.docx
- TAF minutes 11.03.65 - Bradshaw.pdf
- GCP2 summary - Bradshaw.pdf

Kind regards

Lauren Rimmer
Family First Case Manager | Family First 0-18 (Stockbridge Village) | Knowsley Council
0151 496 0627

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83519"),
        ("Children:", "Mia-Rose Bradshaw 19/04/2059; Harley Bradshaw 02/11/2062"),
        ("Date of step up TAF meeting:", "Wednesday 1 April 2065, 10:00, Stockbridge Village Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 11/03/2065"),
        ("What are we worried about?", "Harley's faltering growth (below 0.4th centile), bottle feeding of squash and milk, dental decay; Mia-Rose hungry at school."),
        ("What is working well?", "Kelly takes Harley to every weigh-in; the children are affectionate with her; Mia-Rose attends school every day."),
        ("What next?", "CSC assessment; dietitian's plan to be followed with daily support; dental treatment for Harley."),
        ("Graded Care profile (If neglect should be completed).", "Completed 18/03/2065 - attached."),
        ("Agreement by line manager:", "Sharon Bell, Team Manager, 20/03/2065 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Bradshaw.docx", form),
            pdf_att("TAF minutes 11.03.65 - Bradshaw.pdf", "Team Around the Family meeting - minutes", [
                "Family: Bradshaw. EHM-83519. Date: 11/03/2065. Venue: Stockbridge Village Family Hub.",
                "Present: Lauren Rimmer (FF Case Manager), Kelly Bradshaw, health visitor, school family liaison, paediatric dietitian.",
                "1. Harley's weight: 9.2 kg, below 0.4th centile. Dietitian's plan reviewed again; bottle still used at night.",
                "2. Mia-Rose: school report food taken from other children; free school meals in place; breakfast club offered.",
                "3. Dental: referral to the community dental service for Harley.",
                "Actions: LR to discuss step up with team manager if no change by the next weigh-in."]),
            pdf_att("GCP2 summary - Bradshaw.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Bradshaw. Completed with: Kelly Bradshaw. Date: 18/03/2065. Practitioner: Lauren Rimmer.",
                "Area 1 Physical care (nutrition, housing, clothing, hygiene, health): 4.",
                "Area 2 Care of safety: 2. Area 3 Love: 2. Area 4 Esteem: 2.",
                "Summary: nutrition and health care are the main areas of concern."])]
    top = outlook_top(f, addr("Rimmer, Lauren", "Lauren.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Bradshaw - EHM-83519 - TAF Weds 1st April", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-83519"],
        [ch("Mia-Rose Bradshaw", "2059-04-19", "19/04/2059"), ch("Harley Bradshaw", "2062-11-02", "02/11/2062")],
        ["neglect"], True, True, [], False, "request_info",
        "Complete Knowsley step-up for faltering growth (Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf for neglect, "
        "EHM id, team manager agreed, TAF date and venue, consent stated) but NOTICE ACROSS EASTER IS SHORT: from Tue 24 "
        "Mar the TAF on Wed 1 Apr is 6 plain weekdays, but Good Friday 27 Mar and Easter Monday 30 Mar are bank "
        "holidays, so 4 working days < 5 -> notice not ok -> request_info.",
        meeting=date(2065, 4, 1), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Kelly Bradshaw", "Lauren Rimmer", "Sharon Bell"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2065-01-15 08:47:10"
    comment = ("Sorry, I can't do Wednesday - I'm on the Year 2 trip. But you need to know about this morning. Kian "
               "Doyle came into breakfast club at 8.15 with the back of his right hand wrapped in kitchen roll. "
               "Underneath is a blistered burn about the size of a 50p. He told me \"Gary put my hand on the cooker "
               "ring because I took bread out the cupboard\". He says there's a lock on the kitchen door now and he "
               "hasn't had anything to eat since his school dinner yesterday - he had three bowls of cereal with us. "
               "His sister Lola Doyle (4) is at home with Gary today. Gary picks Kian up at 3.15 on Thursdays. I've "
               "told our DSL. Nicola Firth, Learning Mentor, 0151 496 0388")
    data = outlook_itip_reply(f, when, ("Nicola Firth", "n.firth@staidans-huyton.example"), ("Knowsley MASH", KMASH),
                              "DECLINED", "Step-up TAF meeting - Doyle - EHM-82260 [SB-knowsley-377]",
                              "20650121T100000", "20650121T110000", "Huyton Family Hub, Room 3", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-82260"],
        [ch("Kian Doyle"), ch("Lola Doyle")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a DECLINED meeting reply's COMMENT: a learning mentor reports a fresh blistered burn on a "
        "child's hand ('Gary put my hand on the cooker ring because I took bread'), food locked away, and the man "
        "collecting him at 3.15 today with a 4-year-old at home with him -> urgent; kind stays meeting_reply; case id "
        "from the SUMMARY.",
        not_children=["Nicola Firth"],
        how="only in the COMMENT of a DECLINED calendar reply, in the child's own words")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2065-01-12 11:02:48"
    body = T("""
Hello Family First duty,

I am stepping the Kenwright family down to Level 2. ICS-2204817.

Ellie-Rose Kenwright, DOB 21.06.2056
Jacob Kenwright, DOB 09.10.2059

The CIN plan started last spring when Ellie-Rose lost a lot of weight before her coeliac disease was diagnosed and the family were struggling to afford gluten-free food. She has been on a strict gluten-free diet since June, her weight is back on the 25th centile and the paediatric dietitian discharged her in December. Jacob is well.

The final CIN meeting is on Tuesday 20 January 2065 at 13:30, at Halewood Family Hub, Baileys Lane, Halewood (meeting room 1).

Lead practitioner: Mrs Dawn Pryor, Pastoral Lead, Halewood Park Primary School, has agreed to be lead practitioner and to start the Early Help Assessment.

What are we worried about?
Ms Kenwright's anxiety, which gets worse when money runs short at the end of the month. Gluten-free bread and pasta cost her about GBP 15 a week more than ordinary food, and she sometimes skips meals herself so the children can eat.

What is working well?
Ellie-Rose understands her diet and the school kitchen makes her a gluten-free lunch every day. Both children go to breakfast club. Ms Kenwright keeps every hospital and dietitian appointment and is now registered with the Halewood community pantry.

What needs to happen?
Mrs Pryor to lead a TAF with school and the GP; a benefits check and help with the prescription for gluten-free staples; Ms Kenwright to be referred to Talking Therapies for her anxiety.

Ms Kenwright has consented to the step down to Family First.

Kind regards,
Mohammed Ashraf
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0517

""") + KDISC
    top = outlook_top(f, addr("Ashraf, Mohammed", "Mohammed.Ashraf@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF), "Step down to Level 2 - Kenwright - ICS-2204817", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2204817"],
        [ch("Ellie-Rose Kenwright", "2056-06-21", "21.06.2056"), ch("Jacob Kenwright", "2059-10-09", "09.10.2059")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down (a child's coeliac weight loss now resolved): final CIN date, time and "
        "venue, a named lead practitioner with her agency, all three Signs of Safety headings; consent stated. Mon 12 "
        "Jan -> Tue 20 Jan is 6 working days -> ok -> book_meeting. DOBs written dd.mm.yyyy.",
        meeting=date(2065, 1, 20), not_children=["Mohammed Ashraf", "Dawn Pryor"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2065-02-18 14:02:05"
    body = T("""
Hi Family First duty team,

Level 3 step down for the Lightfoot children – ICS-2219930. I know it’s half term, so no rush to reply today.

Ava Lightfoot – born 30 July 2057
Noah Lightfoot – born 5 December 2061

Background (so nobody is alarmed by the file): on 14 September 2064 Ava had an anaphylactic reaction at a friend’s party after eating cake made with cashew nuts. Her adrenaline pen was at home and had expired; she could not breathe properly, it was an emergency, the ambulance crew gave her adrenaline and she spent a night in Whiston Hospital. That is what opened the CIN plan. Since then both parents have done the allergy training with the school nurse, Ava carries two in-date pens everywhere, school and the after-school club have her allergy action plan, and there has been no reaction since September. There are no current concerns about how her allergy is managed.

Joint home visit: Wednesday 25 February 2065 at 10:00, at the family home, 12 Cherryfield Drive, Kirkby.

What are we worried about?
Mrs Lightfoot’s low mood over the winter – she is on the waiting list for Talking Therapies – and Ava’s anxiety about eating away from home.

What is working well?
The allergy plan; both parents check every label; Ava has started going to friends’ houses again with her pens. Noah is thriving at nursery.

What needs to happen?
A Family First case manager to lead a TAF; school nurse to keep the allergy plan under review; Ava to get help with her anxiety through the school’s mental health support team.

Mr and Mrs Lightfoot have consented to the step down to Family First (signed 16/02/2065).

Thanks,
Grace Tinsley
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0735

""") + KDISC
    top = outlook_top(f, addr("Tinsley, Grace", "Grace.Tinsley@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Lightfoot - joint visit Weds 25th", when)
    add(f, mail(f, top, body, html_alt=True, charset="windows-1252"), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-2219930"],
        [ch("Ava Lightfoot", "2057-07-30", "30 July 2057"), ch("Noah Lightfoot", "2061-12-05", "5 December 2061")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "Near miss: an anaphylactic reaction, 'could not breathe', an ambulance and adrenaline are HISTORIC (September "
        "2064, what opened the CIN plan), managed since and 'no current concerns'. Complete Knowsley Level 3 step-down "
        "(joint home visit date/time/venue, three headings, consent) in half term: Wed 18 Feb -> Wed 25 Feb is exactly "
        "5 working days -> ok -> book_meeting. windows-1252 text part, DOBs written in words.",
        meeting=date(2065, 2, 25), not_children=["Grace Tinsley"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2065-02-02 12:31:40"
    ack = ack_text("step-up", "SB-knowsley-362", ["Case: EHM-82917", "Children: Brooke Quinn, Tommy Quinn",
                                                   "Step-up TAF meeting: Wed 11 Feb 2065 10:00, Prescot Family Hub"],
                   ["gcp2 (Graded Care Profile 2)"])
    text = T("""
Hi,

GCP2 for Brooke Quinn and Tommy Quinn attached as asked (EHM-82917). Did it with dad on Saturday at the flat.

TAF still Weds 11th, 10am, Prescot Family Hub.

Thanks
Chloe

Chloe Halliwell | Family First Case Manager | Knowsley Council | 0151 496 0842

> On 29 Jan 2065, at 15:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
>
""") + quoted(ack)
    atts = [pdf_att("GCP2 Quinn.pdf", "Graded Care Profile 2", [
        "Quinn family, EHM-82917. Completed 31/01/2065 with dad (Liam Quinn).",
        "Physical care 3, Safety 2, Love 2, Esteem 3."])]
    top = plain_top(f, addr("Chloe Halliwell", "Chloe.Halliwell@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-362]", when, KDOM, "Apple Mail (3826.500.181.1.5)")
    add(f, apple_mail(f, top, text, atts), "knowsley", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["EHM-82917"],
        [ch("Brooke Quinn"), ch("Tommy Quinn")],
        [], None, None, [], None, "attach_to_request",
        "Apple Mail (format=flowed) reply to [SB-knowsley-362] with the acknowledgement quoted under '>' adding the "
        "missing GCP2 -> follow_up, attach_to_request; the quoted 'What is missing' list is not a concern.",
        docs={"gcp2"}, not_children=["Chloe Halliwell", "Liam Quinn"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2065-02-10 07:30:00"
    text = T("""
KNOWSLEY INFANT FEEDING NETWORK - BULLETIN No. 7 (February 2065)

1. Product recall
The manufacturer has recalled BrightStart First Infant Milk 800g, batch 64K21 (best before 11/2065), because of a possible Cronobacter contamination. Families with this batch should stop using it and return it for a refund. No illnesses have been reported in Knowsley.

2. "Stretching" formula - why it is dangerous
With formula prices up again, some parents add extra water to make a tin last longer. Over-diluted feeds put babies at risk of faltering growth, low sodium and seizures. Please ask every family you visit how they make up feeds.

3. Practice scenarios for team meetings (fictional - not about any real family)
a) A mother tells you she has been making feeds with half scoops "until payday". What do you say, and where can she get formula today?
b) A 6-week-old is floppy, has had no wet nappy for 12 hours and is not waking for feeds. This is an emergency: call 999.
c) A father tells you he gives the baby cooled boiled water at night "to settle her". What are the risks?
Any safeguarding concern about a baby's feeding goes to MASH the same day.

4. Where families can get help now
Healthy Start card, the Family First food fund, and the community pantries in Huyton, Kirkby and Halewood (list attached to the web version).

You are receiving this because you are on the Knowsley Infant Feeding Network mailing list.
Unsubscribe: https://lists.knowsley-ifn.example/unsubscribe
""")
    top = [("From", "Knowsley Infant Feeding Network <bulletin@lists.knowsley-ifn.example>"), ("To", KMASH),
           ("Subject", "Infant Feeding Bulletin 7: formula recall, stretching feeds"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.knowsley-ifn.example")),
           ("List-Id", "Knowsley Infant Feeding Network <ifn.lists.knowsley-ifn.example>"),
           ("List-Unsubscribe", "<https://lists.knowsley-ifn.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an infant-feeding bulletin (List-Id, List-Unsubscribe) with a formula recall and FICTIONAL practice "
        "scenarios (a floppy 6-week-old with no wet nappy, 'call 999', over-diluted feeds) - examples in a bulletin, no "
        "real child -> other, human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2065-03-07 11:48:33"
    text = T("""
Hi,

I volunteer at the Huyton Community Pantry on Saturday mornings. Your email is on the Family First leaflet on our noticeboard. The phone number on it just rings out.

A lad came in on his own at about 11, Tyler Grady, he's 12. He asked for a parcel. He said his mum has been gone since Wednesday night and isn't answering her phone. He's been looking after his baby sister, Skye Grady, she's 9 months. He left her at home asleep in her cot to come here.

He told me the formula ran out on Thursday so he's been giving her water with sugar in her bottle. He said she "keeps crying and then goes really quiet". He had a packet of biscuits for his tea last night.

We gave him formula, nappies and a food parcel. I asked him to wait while I rang someone but he wouldn't, he said he had to get back to Skye. He said they live at Cherry Tree Court, flat 6, off Twig Lane.

I didn't know who else to tell.

Pauline Ashcroft
Volunteer, Huyton Community Pantry
07700 900217
""")
    top = plain_top(f, addr("Pauline Ashcroft", "pauline.ashcroft61@gmail.example"), addr(None, KFF),
                    "lad at the pantry this morning", when, "mail.gmail.example")
    add(f, gmail_mail(f, top, text), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tyler Grady"), ch("Skye Grady")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday, in a food bank volunteer's plain words: a 12-year-old alone since Wednesday "
        "caring for a 9-month-old left alone in her cot, fed sugared water since the formula ran out ('goes really "
        "quiet') -> urgent, other (out of hours: the Emergency Duty Team).",
        not_children=["Pauline Ashcroft"],
        how="plainly, by a food bank volunteer on a Saturday, with no name for the harm")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2065-03-05 11:20:15"
    body = T("""
Good morning,

Step up request for Leon Tierney and Lacey Tierney, EHM-83240. Attached: the step up form, the TAF minutes from 19 February and the GCP2.

Leon Tierney - 28/08/2052
Lacey Tierney - 14/01/2058

Leon has type 1 diabetes. Some history, because it is in the file: in November 2064 he was admitted to Alder Hey with diabetic ketoacidosis and spent two nights in intensive care after his insulin had not been collected from the pharmacy for over a week. It was life-threatening at the time, but he made a full recovery and that episode is not why I am writing.

Why now: since Christmas Leon has missed four of the last five diabetes clinic appointments, his HbA1c is 91, prescriptions are collected late, and he often arrives at school without breakfast. Mum (Danielle) has not engaged with the TAF plan - she cancelled three of my last four visits and did not come to the TAF on 19 February. Lacey is often in the same clothes for days.

There is no immediate risk to Leon's health at the moment: the school nurse supervises his lunchtime insulin and checked his levels this morning, which were in range.

The GCP2 scores level 4 for health care. I haven't done the Engaging Families toolkit yet - I'll get it done and send it before the meeting.

My team manager, Joanne Pye, agreed the step up on 03/03/2065.

The step up TAF meeting is on Wednesday 18th March 2065 at 10:00 at Kirkby Family Hub. The invite has gone to the MASH inbox and MASH business support.

Regards,
Ryan Clitheroe
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0386

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83240"),
        ("Children:", "Leon Tierney 28/08/2052; Lacey Tierney 14/01/2058"),
        ("Date of step up TAF meeting:", "18/03/2065 10:00, Kirkby Family Hub"),
        ("What are we worried about?", "Leon's diabetes care at home: missed clinics, late prescriptions, no breakfast; mum not engaging with the TAF plan."),
        ("What is working well?", "School nurse support at lunchtime; Leon's grandad takes him to football."),
        ("What next?", "CSC assessment; diabetes team to agree a home plan."),
        ("Graded Care profile (If neglect should be completed).", "Completed 26/02/2065 - attached."),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Low - toolkit to follow."),
        ("Agreement by line manager:", "Joanne Pye, 03/03/2065 - agreed."),
    ])
    atts = [docx_att("Step Up Request Form - Tierney.docx", form),
            pdf_att("TAF minutes 19.02.65 Tierney.pdf", "TAF meeting minutes - Tierney", [
                "EHM-83240. 19/02/2065, Kirkby Family Hub. Danielle Tierney did not attend.",
                "School nurse: lunchtime insulin supervised; Leon often without breakfast.",
                "Diabetes team: 4 of 5 clinic appointments missed since December."]),
            pdf_att("GCP2 Tierney.pdf", "Graded Care Profile 2 - scores", [
                "Tierney. 26/02/2065. Physical care (health) 4. Safety 3. Love 2. Esteem 3."])]
    top = outlook_top(f, addr("Clitheroe, Ryan", "Ryan.Clitheroe@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Tierney - EHM-83240 - TAF Weds 18th March", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-83240"],
        [ch("Leon Tierney", "2052-08-28", "28/08/2052"), ch("Lacey Tierney", "2058-01-14", "14/01/2058")],
        ["neglect", "non_engagement"], None, True, ["engaging_families"], True, "request_info",
        "Near miss: diabetic ketoacidosis, intensive care and 'life-threatening' are HISTORIC (November 2064, full "
        "recovery) and Leon is well today. Knowsley step-up for neglect of health care and non-engagement with form, "
        "TAF minutes and GCP2, but the Engaging Families toolkit is 'to follow' -> missing engaging_families -> "
        "request_info. Thu 5 Mar -> Wed 18 Mar = 9 working days -> notice ok.",
        meeting=date(2065, 3, 18), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Danielle Tierney", "Ryan Clitheroe", "Joanne Pye"])


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2065-01-21 15:40:12"
    body = T("""
Dear MASH colleagues,

Following today's joint visit I have agreed to step the Fenwick family up to Children's Services. Mosaic ID 3552190.

Children:
Rowan Fenwick, born 02/09/2059
Lily Fenwick, born 14th March 2063

The latest case summary is attached.

Rationale for step up
Since the summer Aaron and Freya Fenwick have fed both children only raw fruit, nuts and sprouted seeds - no milk, eggs, meat or vitamin drops - following an online wellness group. The Early Help plan (paediatric dietitian, health visitor, children's centre) has not changed this; the parents stopped seeing the dietitian in November.

At today's visit (11:00, with the health visitor, Carys Hale) Lily weighed 7.1 kg at 22 months. She was 9.6 kg in July, so she is now below the 0.4th centile. She cannot stand or take her weight on her legs, her wrists are thickened and her legs are bowed, and she was pale and listless with no wet nappy since the early morning. The community paediatrician saw her at the clinic at 13:30 and wants her admitted to St George's today for suspected rickets and malnutrition. Aaron and Freya refused. They took Lily home, and they have told the health visitor that the family fly to Lisbon at 06:10 tomorrow for a three-month "cleanse retreat" with both children.

Rowan, who is 5, is very thin and has missed 14 days of school this term.

Mr and Mrs Fenwick were told about the step up this afternoon and do not agree with it.

Carys and I are at the Twickenham office until 6pm.

Bridget Hollins
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils
020 7946 0451

""") + RDISC
    atts = [docx_att("Case Summary - Fenwick - 3552190.docx", [
        "# Case summary", "Family: Fenwick. Mosaic ID 3552190.",
        "Household: Aaron Fenwick (father), Freya Fenwick (mother), Rowan (5), Lily (22 months).",
        "Early Help involvement since 09/2064: health visitor, paediatric dietitian, children's centre.",
        "Diet: raw fruit, nuts and seeds only; no dairy, eggs, meat or supplements.",
        "Weights (Lily): 9.6 kg 07/2064; 8.4 kg 10/2064; 7.1 kg 21/01/2065.",
        "Parents disengaged from the dietitian 11/2064."])]
    top = outlook_top(f, addr("Hollins, Bridget", "Bridget.Hollins@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Fenwick - Mosaic 3552190", when, cc=addr("Carys Hale", "carys.hale@swlhealth.example"))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3552190"],
        [ch("Rowan Fenwick", "2059-09-02", "02/09/2059"), ch("Lily Fenwick", "2063-03-14", "14th March 2063")],
        ["neglect", "school_attendance"], False, True, [], None, "alert_duty",
        "Safety rule 1 told clinically inside a complete step-up: a 22-month-old on a parent-imposed raw diet at 7.1 kg, "
        "unable to stand, bowed legs, no wet nappy, admission advised today and refused, and the family flying abroad "
        "at 06:10 tomorrow -> urgent. The request is complete (case summary attached, rationale under its heading, the "
        "Early Help Team Manager agrees); the parents 'do not agree' -> consent false.",
        docs={"case_summary", "rationale"},
        not_children=["Aaron Fenwick", "Freya Fenwick", "Carys Hale", "Bridget Hollins"],
        how="clinically (weights, centiles, nappies, a refused admission) and a flight time, inside a routine step-up")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2065-02-02 10:25:03"
    body = T("""
Dear Early Help Duty,

As agreed with the Early Help duty team manager on the phone this morning, I am confirming the step down case discussion for the Whitlock family on Thursday 5 February at 11:00 (Teams). The latest case summary and the draft Early Help plan are attached.

Theo Whitlock - DOB 2055-11-30 - Mosaic 3539027
Maisie Whitlock - DOB 2060-04-17 - Mosaic 3539028

Background: the school referred in September because Theo had lost weight and was eating almost nothing at lunch. The Child and Family Assessment found that Theo, who is autistic, has ARFID (avoidant/restrictive food intake disorder) and eats about six foods; his weight is low but stable on the 2nd centile and he is under the paediatric dietitian and the neurodevelopmental team. The assessment found good care at home. The CIN plan (dietitian, school lunch plan, parenting support) is complete.

Why Early Help: Theo's EHC needs assessment is under way and the family would like help with his school lunch plan and with Maisie, who is starting to copy his eating.

Mrs Whitlock consented to the step down at the CIN review on 28 January. My team manager, Ruth Adeyemi, agrees.

Best wishes,
Chinedu Obi
Social Worker | Children in Need (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0368

""") + RDISC
    atts = [pdf_att("Case summary - Whitlock - Jan 2065.pdf", "Case summary", [
                "Family: Whitlock. Mosaic 3539027, 3539028.",
                "CIN plan since 10/2064. Theo: ARFID, autism; weight stable on the 2nd centile.",
                "All CIN actions complete. Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Whitlock.docx", [
                "# Draft Early Help plan", "Family: Whitlock",
                "Outcome 1: Theo eats a school lunch from his safe-food list every day.",
                "Outcome 2: EHC needs assessment completed.", "Outcome 3: parents linked to the ARFID parent group."])]
    top = outlook_top(f, addr("Obi, Chinedu", "Chinedu.Obi@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Whitlock - case discussion Thu 5 Feb 11am", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["3539027", "3539028"],
        [ch("Theo Whitlock", "2055-11-30", "2055-11-30"), ch("Maisie Whitlock", "2060-04-17", "2060-04-17")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (case summary .pdf, draft plan .docx, consent) for an autistic child "
        "with ARFID; the discussion is agreed for Thu 5 Feb, within 5 days of the contact -> book_meeting. ISO-format "
        "DOBs; 'found good care at home' -> no neglect.",
        docs={"case_summary", "draft_plan"}, not_children=["Chinedu Obi", "Ruth Adeyemi"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2065-01-27 09:05:00"
    body = T("""
Dear colleagues,

The Partnership has published the local child safeguarding practice review for "Child L", and the 7-minute briefing is attached for use in team meetings this term.

Child L died in 2061, aged 3, from severe malnutrition and dehydration. Over 18 months, eleven professionals saw Child L or the family. The review found that:
- missed weight checks were treated as a "did not attend" problem, not as a sign that the child was not being fed;
- the parents' explanation ("fussy eater", "a family of slim people") was accepted without plotting the weights on the centile chart;
- siblings told school staff they were hungry, and one was seen taking food from the bins, but this was never linked to Child L.

Key messages: a child's weight is evidence; plot it and share it. Children at risk of neglect are often hungry in plain sight. Hunger in one child is a question about every child in the house. If you are worried a child is not being fed, talk to the MASH the same day.

Briefing sessions: Tuesday 10 February and Thursday 5 March, 12:30-13:30, Teams. Book through the Partnership learning portal.

Best wishes,
Nell Garside
Learning and Development Officer
Richmond and Wandsworth Safeguarding Children Partnership

""") + RDISC
    atts = [pdf_att("7 minute briefing - Child L.pdf", "7-minute briefing: Child L (LCSPR, published January 2065)", [
        "1. Background: Child L died in 2061 aged 3. Cause of death: severe malnutrition and dehydration.",
        "2. Why it matters: neglect of a child's nutrition is often slow and hidden.",
        "3. Information: 11 professionals; 6 missed weight checks; 2 siblings reported hunger at school.",
        "4. Findings: weights not plotted; parents' explanations accepted; siblings' hunger not linked.",
        "5. Reflection: when did you last plot a child's weight?",
        "6. Improving practice: use the neglect toolkit; ask about food in every home visit.",
        "7. Questions for your team."])]
    top = outlook_top(f, addr("Garside, Nell", "Nell.Garside@" + RDOM),
                      addr("RWSCP practitioner list", "rwscp-practitioners@" + RDOM),
                      "7-minute briefing: Child L - neglect and nutrition", when, cc=addr("MASH Step Up", RSU))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: TRAINING MATERIAL - a safeguarding partnership's 7-minute briefing on a published review of an "
        "anonymised child who died in 2061 of malnutrition (hunger, food from bins, missed weights) - no real child now "
        "-> other, human_review.", not_children=["Nell Garside"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2065-03-10 14:41:27"
    inner = T("""
Dear Mrs Callow,

For the MASH step-up for Amir Latif (Mosaic ID 3561408), could you please send Amir's Individual Healthcare Plan for his type 1 diabetes and his medical room record for this term? Please copy the MASH step-up inbox and keep the reference in the subject.

Many thanks,
Adaeze Okoro
Early Help Practitioner | Richmond and Wandsworth Councils
""")
    body = T("""
Good afternoon,

As requested by Ms Okoro below, please find attached Amir's Individual Healthcare Plan and his medical room record for this term.

Kind regards,
Denise Callow
School Business Manager | Elmfield Primary School
020 7946 0602
""") + quote("Okoro, Adaeze <Adaeze.Okoro@richmondandwandsworth.gov.uk>", "09 March 2065 16:12",
             "office@elmfield-primary.example", "Step-up - Latif [SB-richmond_wandsworth-841]", inner,
             cc="MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>")
    atts = [pdf_att("IHP - Amir Latif - T1 diabetes.pdf", "Individual Healthcare Plan - Amir Latif (Year 5)", [
                "Condition: type 1 diabetes (diagnosed 2062). Diabetes team: Kingston Hospital.",
                "Insulin: pen; lunchtime dose supervised by a trained member of staff. Insulin kept in Amir's bag.",
                "Low blood glucose (below 4): fast-acting sugar, recheck after 15 minutes.",
                "High blood glucose (above 14): check ketones; above 1.5 mmol/L contact parent and diabetes team.",
                "If Amir is vomiting, drowsy or breathing fast with high ketones he needs hospital care: call 999.",
                "Parents: Mr Tariq Latif, Mrs Sana Latif."]),
            pdf_att("Medical room record - Amir Latif - spring 2065.pdf", "Medical room record - Amir Latif", [
                "12/01/2065 12:15 BG 11.2. Lunchtime insulin given. NA",
                "03/02/2065 12:10 No insulin pen in bag. Mum brought it at 13:00. Given late. NA",
                "24/02/2065 12:20 No insulin pen in bag. Dad phoned - 'will bring it', did not. BG 19.8 at 15:00. NA",
                "06/03/2065 12:05 No insulin pen in bag. Dad says the family are 'trying a natural way'. NA",
                "10/03/2065 13:50 Sent from class: vomited x3, tummy pain, very drowsy, breathing deep and fast,",
                "breath smells of pear drops. BG HI (over 33.3). Ketones 3.9 mmol/L. No insulin given since Friday 6/3.",
                "Dad phoned 13:55: the family have stopped Amir's insulin, 'God will heal him', using a herbal tea",
                "instead. Told dad Amir needs hospital now and offered to call an ambulance. Dad refused, arrived",
                "14:10 and took Amir home. Recorded by N. Achterberg (first aider)."])]
    top = outlook_top(f, addr("Denise Callow", "office@elmfield-primary.example"), addr("MASH Step Up", RSU),
                      "RE: Step-up - Latif [SB-richmond_wandsworth-841]", when,
                      cc=addr("Okoro, Adaeze", "Adaeze.Okoro@" + RDOM))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["3561408"],
        [ch("Amir Latif")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 ONLY IN AN ATTACHMENT of a follow-up that mainly sends documents: the medical room record's last "
        "entry (today 13:50) shows a child with type 1 diabetes vomiting, drowsy, ketones 3.9, no insulin for four "
        "days, and his father refusing an ambulance and taking him home at 14:10 -> urgent follow_up to "
        "SB-richmond_wandsworth-841; 'Mosaic ID 3561408' from the quoted request.",
        not_children=["Denise Callow", "Adaeze Okoro", "Tariq Latif", "Sana Latif"],
        how="only in the attached medical room record PDF, under a covering note that just sends documents")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2065-02-12 11:48:20"
    body = T("""
Dear MASH colleagues,

I have agreed to step the Carver family up to Children's Services. Mosaic ID 3547716. The case summary is attached.

Kayden Carver, DOB 07/07/2056
Summer Carver, DOB 22/01/2060

Rationale for step up
Mr Carver has been the children's sole carer since October. Since Christmas both children have arrived at school hungry most days. Kayden has been seen taking food from other children's lunch boxes, and Summer's teacher found bread rolls and a packet of ham hidden in her coat. Both children have had untreated head lice for weeks and are often in the same clothes all week. The Early Help worker, Nadia Petrovic, has visited eight times: there is rarely food in the fridge, and Mr Carver says money is spent before it arrives.

You may hear this from the RSPCA: on Monday they took the family's dog, Bruno, after a neighbour reported him. He was starved and emaciated and had been shut in the back yard for days with an empty bowl and no water; the inspector told Nadia he was at serious risk of dying. That is a matter for the RSPCA; we mention it because it fits the wider picture of the home.

To be clear, the children have not said anything about being hurt, there are no marks, and they are eating breakfast club and a school lunch every day. This is about a slow decline in their care that the Early Help plan has not turned round.

Mr Carver agrees to the step up.

Kind regards,
Priya Anand
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0739

""") + RDISC
    atts = [docx_att("Case Summary - Carver - 3547716.docx", [
        "# Case summary", "Family: Carver. Mosaic ID 3547716.",
        "Household: Lee Carver (father, sole carer); Kayden (8); Summer (5).",
        "Early Help since 10/2064: TAF with school, school nurse, housing.",
        "Current position: children hungry at school, untreated head lice, little food at home."])]
    top = outlook_top(f, addr("Anand, Priya", "Priya.Anand@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Carver - Mosaic 3547716", when, cc=addr("Petrovic, Nadia", "Nadia.Petrovic@" + RDOM))
    add(f, mail(f, top, body, atts, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["3547716"],
        [ch("Kayden Carver", "2056-07-07", "07/07/2056"), ch("Summer Carver", "2060-01-22", "22/01/2060")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Near miss: the starved animal is a PET (the RSPCA took an emaciated dog 'shut in the back yard'); the children "
        "are explicitly not hurt, no marks, fed at school daily. Complete Richmond & Wandsworth step-up for slow "
        "neglect (case summary attached, rationale in the body, Early Help Team Manager agrees, father agrees) in a "
        "base64 text body -> book_meeting.",
        docs={"case_summary", "rationale"}, not_children=["Lee Carver", "Nadia Petrovic", "Priya Anand"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2065-03-03 08:58:41"
    data = google_reply(f, when, ("Abi Sowande", "abi.sowande@thamesbank-academies.example"),
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Carver [SB-richmond_wandsworth-829]",
                        "20650305T140000Z", "20650305T150000Z", "Microsoft Teams",
                        "Thu 5 Mar 2065 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from an academy trust's school nurse for "
        "the step-up case discussion of richmond_wandsworth_05's family -> meeting_reply, record_reply.",
        not_children=["Abi Sowande"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2065-01-22 10:12:55"
    text = T("""
Hi duty,

Flagging this one from St Mary's breakfast club in case it needs anything from you - I'm on a course all day and my phone will be off.

Soph

Sophie Brennan
Early Help Practitioner | Richmond and Wandsworth Councils | 020 7946 0580

---------- Forwarded message ---------
From: Jean Whitmore <breakfastclub@stmarys-ce-barnes.example>
Date: Thu, 22 Jan 2065 at 09:21
Subject: Kai and Tia this morning
To: Sophie Brennan <Sophie.Brennan@richmondandwandsworth.gov.uk>

Dear Sophie,

Kai Mensah (8) and Tia Mensah (5) walked into breakfast club on their own at 8.30 this morning, Tia in her pyjama top and no coat. Kai said mummy has been "asleep on the kitchen floor since last night and she won't wake up properly, she just makes a noise". There was nothing to eat in the flat so Tia had eaten butter out of the tub. They had four slices of toast each and Tia asked if she could take some home for the baby.

Kai says the baby is still at home in his cot.

I have rung mum's mobile three times and there is no answer. The office said to email you as you are their Early Help worker.

Best wishes,
Jean Whitmore
Breakfast Club Lead, St Mary's C of E Primary, Barnes
""")
    top = plain_top(f, addr("Sophie Brennan", "Sophie.Brennan@" + RDOM), addr("Early Help Duty", RED),
                    "Fwd: Kai and Tia this morning", when, RDOM)
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kai Mensah"), ch("Tia Mensah")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED part under a casual covering line: two children came to breakfast club alone and "
        "hungry, their mother 'won't wake up properly' on the kitchen floor since last night and a baby is still at "
        "home in his cot -> urgent, other. The baby is unnamed and not labelled.",
        not_children=["Sophie Brennan", "Jean Whitmore"],
        how="in a Gmail-forwarded breakfast-club note under 'in case it needs anything'")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2065-03-13 16:05:31"
    body = T("""
Thank you for your email. I am on annual leave until Monday 23 March and will not be checking email.

For urgent feeding or nutrition advice please call the Paediatric Dietetics department on 020 7946 0905.

If a child is seriously unwell, has stopped feeding or has had no wet nappies for 12 hours, call 999 or go to A&E immediately. If you have a safeguarding concern about a child in Richmond or Wandsworth, contact the MASH on 020 7946 0321.

Hannah Reid
Paediatric Dietitian | South West London Children's Community Health
""")
    data = ooo(f, when, ("Hannah Reid", "hannah.reid@swlhealth.example"), addr("Early Help Duty", RED),
               "Step-down review meeting - Whitlock [SB-richmond_wandsworth-797]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: a dietitian's Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate says 'urgent', "
        "'seriously unwell', 'stopped feeding', 999 and 'safeguarding concern' -> auto_reply, ignore, never urgent.",
        not_children=["Hannah Reid"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2065-01-13 14:20:30"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step the Miah family up from Early Help to Children's Social Care (Mosaic 4561283).

Arif Miah - 11/04/2055
Sumaya Miah - 30/09/2057

Since the autumn both children have been coming to school hungry. Arif has been caught several times taking food from other children's bags, and the caretaker found crisp packets, bread and biscuits hoarded in his PE locker. He eats his school dinner in under two minutes and asks the kitchen staff for seconds every day. At the school nurse's check in December Sumaya's weight had fallen to the 2nd centile. On my visits there is very little food in the flat, the electricity meter is often empty and Mr Miah, who has been the children's main carer since their mother left, is low in mood and mostly in bed. The TAF plan (food bank vouchers, GP, debt advice) has not changed things over four months.

Mr Miah has consented to the MAST referral. My team manager, Jamila Sarkar, has read the MARF and agreed the step up (copied in).

Kind regards,
Shireen Rahman
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0861

""") + TDISC
    atts = [marf("MARF - Miah family - Mosaic 4561283.pdf", "Miah", [
        "Mosaic 4561283. Referrer: Shireen Rahman, Early Help Practitioner.",
        "Children: Arif Miah 11/04/2055; Sumaya Miah 30/09/2057.",
        "Reason for request: children persistently hungry, hoarding food; Sumaya's weight 2nd centile; father's low mood.",
        "Parental consent: given 12/01/2065. Manager agreement: Jamila Sarkar, Team Manager, 13/01/2065."])]
    top = outlook_top(f, addr("Rahman, Shireen", "Shireen.Rahman@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - Miah family (Mosaic 4561283)", when, cc=addr("Sarkar, Jamila", "Jamila.Sarkar@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4561283"],
        [ch("Arif Miah", "2055-04-11", "11/04/2055"), ch("Sumaya Miah", "2057-09-30", "30/09/2057")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up for children who are hungry and hoard food at school: MARF attached, "
        "manager agreement stated and the manager copied, consent given -> book_meeting.",
        docs={"request_for_support"}, not_children=["Shireen Rahman", "Jamila Sarkar"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2065-03-13 15:12:08"
    body = T("""
Hello Early Help Hub,

I am stepping the Uddin children down from Child in Need to a TAF plan. Mosaic 4570011. The Child and Family Assessment concluded on 09/03/2065; the assessment and the draft TAF plan are attached.

Jamal Uddin - 04/02/2056
Sami Uddin - 19/07/2060
Inaya Uddin - 16/01/2065

The CIN plan was about Ms Khanom's depression after the children's father left. She has engaged well with her GP and the perinatal team, and the older boys are settled at school, though Jamal's attendance (88%) still needs work. Inaya was born in January; Ms Khanom's new partner, Kamal Hussain, moved in last month.

Consent: Ms Khanom consented to the step down on 11/03/2065.
Lead practitioner: Mrs Rehana Islam, Family Support Worker, Globe Children's Centre, has agreed to be lead practitioner.
TAF meeting: Monday 23 March 2065, 10:00, Globe Children's Centre - I will chair.
My team manager, Stuart Nwachukwu, has agreed the step down.

Many thanks,
Ellen Marsh-Okoye
Social Worker | Children and Families Service | Tower Hamlets Council
020 7946 0247

PS - as I was about to send this the health visitor, Grace Ndlovu, rang. At the clinic weigh-in this afternoon Inaya was 3.2 kg; she was 3.8 kg a week ago. Dry nappy since last night, sunken soft spot, hardly waking to feed. Ms Khanom told Grace that Kamal has been "in charge of the bottles" this week and gives three a day because he says Inaya is "greedy". Grace asked them to go straight to the Royal London; Kamal said no and drove off with Ms Khanom and the baby at about 2.45. Grace doesn't know where they went. Sorry - I realise this probably changes things.

""") + TDISC
    atts = [pdf_att("C&F Assessment - Uddin.pdf", "Child and Family Assessment - Uddin", [
                "Mosaic 4570011. Assessment concluded 09/03/2065.",
                "Outcome: step down to a TAF plan with a lead practitioner.",
                "Mother's depression improved; older children settled; new baby born 01/2065."]),
            docx_att("Draft TAF plan - Uddin.docx", [
                "# Draft TAF plan", "Family: Uddin / Khanom", "Lead practitioner: Rehana Islam (Globe Children's Centre)",
                "Goal 1: Jamal's attendance above 95%.", "Goal 2: Ms Khanom continues with the perinatal team.",
                "Goal 3: baby clinic every two weeks."])]
    top = outlook_top(f, addr("Marsh-Okoye, Ellen", "Ellen.Marsh-Okoye@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Uddin - TAF Mon 23/03", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["4570011"],
        [ch("Jamal Uddin", "2056-02-04", "04/02/2056"), ch("Sami Uddin", "2060-07-19", "19/07/2060"),
         ch("Inaya Uddin", "2065-01-16", "16/01/2065")],
        ["neglect", "school_attendance"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a PS after the signature: an 8-week-old down from 3.8 to 3.2 kg in a week, dry nappy, sunken "
        "fontanelle, hardly waking, feeds restricted by mother's partner, hospital advised and refused, whereabouts "
        "unknown -> urgent. The step-down itself is complete (assessment, draft TAF plan, consent, lead practitioner "
        "with agency, TAF date).",
        docs={"assessment", "draft_plan"},
        not_children=["Kamal Hussain", "Rehana Islam", "Grace Ndlovu", "Ellen Marsh-Okoye", "Stuart Nwachukwu"],
        how="in a PS after the signature, clinically (weights, nappies, fontanelle) with an apologetic understatement")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2065-02-04 13:10:44"
    inner = T("""
Hi Lorraine,

As part of our allergy policy review I'd be grateful if you could pass a couple of questions to whoever advises schools on this. They are for the written policy - we don't have any particular child in mind.

1. If kitchen staff suspected that a parent was deliberately sending a child with a severe nut allergy into school with food containing nuts, who should they tell, and should they say anything to the parent first?
2. If a child had an anaphylactic reaction at lunch (an emergency) and we could not reach the parent, who would we call after 999?
3. Can we refuse to serve a child a meal if the parent has not returned the special diet form?

Thanks,
Marta Sousa
Catering Manager (Tower Hamlets schools) | Brightplate Catering
""")
    body = T("""
Good afternoon,

Forwarding a question from our catering manager - is this something your team can advise on, or can you point us to the right person? It's for our allergy policy, not about a pupil.

Kind regards,
Lorraine Pettit
School Business Manager | Bow Common Primary School
020 7946 0415
""") + quote("Sousa, Marta <marta.sousa@brightplate-catering.example>", "03 February 2065 16:20",
             "Pettit, Lorraine <l.pettit@bowcommon-primary.example>", "Allergy policy questions", inner)
    top = outlook_top(f, addr("Pettit, Lorraine", "l.pettit@bowcommon-primary.example"), addr("Early Help Hub", TEH),
                      "FW: Allergy policy questions", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an Outlook-forwarded HYPOTHETICAL policy question from a school caterer (a parent deliberately "
        "sending nuts, an anaphylactic reaction at lunch, 999) - 'we don't have any particular child in mind' -> "
        "other, human_review.", not_children=["Lorraine Pettit", "Marta Sousa"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2065-01-26 11:35:20"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<div>Hello Early Help Hub,</div><div><br></div>
<div>I am stepping the Ahmed children down from Child in Need to a TAF plan. The Child and Family Assessment concluded on 20/01/2065; the assessment and the draft TAF plan are attached.</div><div><br></div>
<table style="border:1px solid #999;border-collapse:collapse">
<tr><th style="border:1px solid #999">Name</th><th style="border:1px solid #999">DOB</th><th style="border:1px solid #999">Mosaic</th></tr>
<tr><td style="border:1px solid #999">Zakariya Ahmed</td><td style="border:1px solid #999">22/12/2054</td><td style="border:1px solid #999">4548802</td></tr>
<tr><td style="border:1px solid #999">Hana Ahmed</td><td style="border:1px solid #999">05/06/2058</td><td style="border:1px solid #999">4548803</td></tr>
</table><div><br></div>
<div>Zakariya has type 1 diabetes. The CIN plan began in 2064 after three hospital admissions, when Ms Ahmed was struggling to manage his insulin on her own after his father left. Since he moved onto an insulin pump in October his control has been good (HbA1c 52), there have been no admissions for eight months, and Ms Ahmed manages the pump confidently. Her own low mood is what remains.</div><div><br></div>
<div><b>Consent:</b> Ms Ahmed consented to the step down at the final CIN review on 19/01/2065.</div>
<div><b>Lead practitioner:</b> Mr Tom Feld, Family Support Worker, Bigland Green Primary School, has agreed to be lead practitioner.</div>
<div><b>TAF meeting:</b> Tuesday 3 February 2065, 14:00, Bigland Green Primary School - I will chair.</div><div><br></div>
<div>Many thanks,</div>
<div>Ifeoma Okwu<br>Social Worker | Children and Families Service | Tower Hamlets Council<br>020 7946 0239</div>
<div style="color:#888;font-size:8pt">%s</div>
</body></html>
""") % esc(TDISC.strip())
    atts = [pdf_att("C&F Assessment - Ahmed.pdf", "Child and Family Assessment - Ahmed", [
                "Mosaic 4548802 / 4548803. Assessment concluded 20/01/2065.",
                "Outcome: ongoing Children's Social Work Service not required; step down to a TAF plan.",
                "Zakariya's diabetes well controlled on a pump; mother's low mood continues."]),
            docx_att("Draft TAF plan - Ahmed.docx", [
                "# Draft TAF plan", "Family: Ahmed", "Lead practitioner: Tom Feld (Bigland Green Primary School)",
                "Goal 1: Ms Ahmed to see her GP about her mood.", "Goal 2: school staff trained on Zakariya's pump."])]
    top = outlook_top(f, addr("Okwu, Ifeoma", "Ifeoma.Okwu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Ahmed - TAF Tue 03/02", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["4548802", "4548803"],
        [ch("Zakariya Ahmed", "2054-12-22", "22/12/2054"), ch("Hana Ahmed", "2058-06-05", "05/06/2058")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "HTML-only complete Tower Hamlets step-down (children in an HTML table): C&F assessment .pdf, draft TAF plan "
        ".docx, consent at the final CIN review, named lead practitioner with agency; a child's diabetes now well "
        "controlled; TAF Tue 3 Feb is within 10 WD of the assessment ending 20 Jan -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Tom Feld", "Ifeoma Okwu"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2065-01-24 16:22:09"
    text = T("""
to the early help people

my name is Mariam Hossain im 13. my school counsellor Ms Pearce gave me this email and said i can write if things get bad at home.

i havent eaten since thursday dinner at school. mum put a chain and a padlock on the fridge and the food cupboard and she keeps the key on her. she says we dont get food till we learn to respect her.

my little brother is Ayaan Hossain he is 4. he keeps crying that his tummy hurts and hes hungry. i gave him my last crackers yesterday morning. he drank water from the bathroom tap and was sick.

mum went out at 2 and locked the front door from outside and took the key. she said she'll be back tomorrow night. we're on the 7th floor.

i dont have credit on my phone only the wifi from next door.

please dont tell her i wrote this

Mariam

Get Outlook for Android
""")
    top = plain_top(f, addr("Mariam H", "mariamh.2051@outlook.example"), addr(None, TEH),
                    "help", when, "outlook.example")
    add(f, mail(f, top, text, cte="base64", crlf=False), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Mariam Hossain"), ch("Ayaan Hossain")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a child's own words on a Saturday (base64 body): a 13-year-old and a 4-year-old locked in a "
        "7th-floor flat with the food padlocked away, not eaten since Thursday, the 4-year-old sick, mother away "
        "until tomorrow night -> urgent, other (out of hours).",
        how="in a 13-year-old's own lower-case words, Saturday afternoon, base64")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2065-02-19 09:40:51"
    body = T("""
Dear MAST,

I'd like to step the Bello family up to social care - Mosaic 4566920.

Tobi Bello - DOB 3 May 2058
Grace Bello - DOB 12 Oct 2061

Tobi had eight teeth taken out under general anaesthetic at the Royal London in January, and the dentist says Grace's front teeth are already decaying. The children live mainly on sweets, crisps and fizzy drinks; Tobi's school says he brings a packed lunch of chocolate and energy drink most days. Both children are above the 98th centile for weight and Tobi gets out of breath on the stairs. The dentist, the school nurse and the dietitian have all tried to work with Ms Bello since September; she has missed the dental follow-up, both dietitian appointments and three of my visits.

My manager, Olu Adeyemi, agreed this step up this morning.

I haven't spoken to Ms Bello about the referral yet - I'll talk to her at Monday's visit. I'll complete the MARF and send it tomorrow.

Thanks,
Hollie Grant
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0853
""")
    top = plain_top(f, addr("Grant, Hollie", "Hollie.Grant@" + TDOM), addr("MAST", TMAST),
                    "Step up - Bello - Mosaic 4566920", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit", crlf=False), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4566920"],
        [ch("Tobi Bello", "2058-05-03", "3 May 2058"), ch("Grace Bello", "2061-10-12", "12 Oct 2061")],
        ["neglect", "non_engagement"], None, True, ["request_for_support"], None, "request_info",
        "Plain 7-bit Tower Hamlets step-up in half term for dental and dietary neglect and missed appointments: manager "
        "agreed, but the MARF is 'to follow' -> request_for_support missing -> request_info; consent not yet asked "
        "-> null (not required for a MAST step-up).",
        not_children=["Hollie Grant", "Olu Adeyemi"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2065-03-03 10:55:17"
    ack = ack_text("step-down", "SB-tower_hamlets-514", ["Mosaic ID: 4548802",
                                                         "Children: Zakariya Ahmed, Hana Ahmed",
                                                         "TAF meeting: Tue 3 Feb 2065 14:00, Bigland Green Primary School"], [])
    body = T("""
Hello,

An update for the Ahmed step down so the file is complete - no action needed from the hub.

Ms Ahmed was admitted to the Royal London on Sunday night because of her own eating disorder (she has had anorexia since her teens). The ward said her own physical risk was high, which is why she was admitted; she is now medically stable and expects to be there for a few weeks.

Zakariya and Hana are staying with their father at his flat in Stepney. He has taken leave from work, and he went through Zakariya's insulin pump with the diabetes nurse on Monday; the nurse is checking the pump readings remotely every day and they are fine. School confirm both children were in on Monday and today, on time, fed and in clean uniform.

Tom Feld (lead practitioner) knows and will visit dad on Thursday. The TAF plan carries on.

Ifeoma

Ifeoma Okwu | Social Worker | Tower Hamlets Council | 020 7946 0239
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "26 January 2065 11:41",
             "Okwu, Ifeoma <Ifeoma.Okwu@towerhamlets.gov.uk>", "Step-down request received [SB-tower_hamlets-514]", ack)
    top = outlook_top(f, addr("Okwu, Ifeoma", "Ifeoma.Okwu@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down request received [SB-tower_hamlets-514]", when)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["4548802"],
        [ch("Zakariya Ahmed"), ch("Hana Ahmed")],
        ["parental_mental_health"], None, None, [], None, "attach_to_request",
        "Near miss: an ADULT'S OWN MATTER - mother admitted for her own eating disorder, children safe with their "
        "father, fed and at school, the diabetes pump checked daily; 'no action needed' -> follow_up to "
        "SB-tower_hamlets-514, attach_to_request.",
        not_children=["Ifeoma Okwu", "Tom Feld"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2065-03-11 19:42:10"
    body = T("""
Hello,

I was given this email address at the children’s centre. I hope it’s the right place to ask.

My son’s free school meals stopped in January when I started working 16 hours a week at the supermarket. The school say I now owe £84.60 for dinners and that from next week he will have to bring a packed lunch unless it is paid. I didn’t know I had to tell anyone about the job – I thought the school would be told.

Can you tell me if I can still get free school meals or the Healthy Start card on my wages, and who I should apply to? I can pay the £84.60 in two parts at the end of the month.

Thank you for your help,
Mrs Leila Haddou
""")
    top = plain_top(f, addr("Leila Haddou", "leila.haddou@hotmail.example"), addr(None, TEH),
                    "Free school meals question", when, "hotmail.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, charset="windows-1252", crlf=False), "tower_hamlets", "early_help_duty", when, 8,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Mail to the wrong inbox (windows-1252, curly quotes and pound signs): a parent's question about free school "
        "meals and a dinner-money debt - no request, no child named, no concern id -> other, human_review.",
        not_children=["Leila Haddou"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2065-01-14 10:03:44"
    body = T("""
Hello Early Help,

I would like a triage slot to step the Penhale family down to Early Help at level 3 (LCS-3318206).

Jack Penhale - DOB 30/01/2060
Rosie Penhale - DOB 08/08/2063 (17 months, so I understand she goes to the under-5s triage)

The CIN plan began last spring when Rosie's weight fell from the 50th to the 2nd centile while mum was very unwell with postnatal depression. With the health visitor's feeding plan and mum's treatment, Rosie has caught up: she was on the 25th centile at her weigh-in on 6 January, and the health visitor now weighs her monthly. Mum's depression is much better but not gone. The Single Assessment with my team manager's analysis is attached.

Ms Penhale has consented to Early Help, and my team manager, Kate Lobb, has agreed the step down.

What is still needed: support for mum's mood, a nursery place for Rosie and help with the family's food budget.

Thanks,
Jess Treloar
Social Worker | Safeguarding Team 3 | Torbay Council
01632 960384

""") + BDISC
    atts = [pdf_att("Single Assessment - Penhale - LCS-3318206.pdf", "Single Assessment", [
        "Family: Penhale. LCS-3318206. Children: Jack Penhale (30/01/2060), Rosie Penhale (08/08/2063).",
        "Outcome: step down to Early Help (level 3).",
        "Team manager's analysis (Kate Lobb): Rosie's growth has recovered; mother's mental health improving; agreed."])]
    top = outlook_top(f, addr("Treloar, Jess", "Jess.Treloar@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Penhale - LCS-3318206", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3318206"],
        [ch("Jack Penhale", "2060-01-30", "30/01/2060"), ch("Rosie Penhale", "2063-08-08", "08/08/2063")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment with the team manager's analysis, consent, manager "
        "agreed); the faltering growth has recovered; Rosie is under 5 -> the fortnightly under-5s triage -> "
        "book_meeting.",
        docs={"assessment"}, not_children=["Jess Treloar", "Kate Lobb"])

def torbay_02():
    f = "torbay_02.eml"; when = "2065-01-29 11:37:02"
    ack = ack_text("step-down", "SB-torbay-522", ["Case: LCS-3324710", "Children: Mason Pascoe, Ellie Pascoe",
                                                   "Triage: under-5s triage, Tue 10 Feb 2065"], [])
    text = T("""
pls add to Pascoe file & can someone ring me

at the hse for 11am visit. mum (Jodie) on sofa, v drunk, can't rouse her properly, empty vodka bottle on floor. Mason Pascoe 3 & Ellie Pascoe 11mths on their own all morning - Mason let me in.

Ellie in same nappy since last night, soaked thru & sore, bottle of cold tea with sugar in her cot. no milk or food in fridge at all, Mason eating dry weetabix off the floor.

dad works in Exeter, not answering. nan not answering.

I can't leave them but I'm due at next visit 12.30

Kerry 07700 900473

Sent from my iPhone

> On 27 Jan 2065, at 14:18, Torbay Early Help <earlyhelp@torbay.gov.uk> wrote:
>
""") + quoted(ack)
    top = plain_top(f, addr("Kerry Ellis", "Kerry.Ellis@" + BDOM), addr("Early Help", BEH),
                    "Re: Step-down request received [SB-torbay-522]", when, BDOM, "iPhone Mail (23C71)")
    add(f, apple_mail(f, top, text), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-3324710"],
        [ch("Mason Pascoe"), ch("Ellie Pascoe")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in mobile shorthand (iPhone, format=flowed) on a reply to [SB-torbay-522]: mother drunk and "
        "unrousable, a 3-year-old and an 11-month-old alone all morning, sugared cold tea in the baby's bottle, no food "
        "in the house, the worker due to leave at 12.30 -> urgent follow_up.",
        not_children=["Kerry Ellis"],
        how="mobile shorthand from a family support worker on a reply to an acknowledgement")

def torbay_03():
    f = "torbay_03.eml"; when = "2065-02-09 14:15:27"
    body = T("""
Dear MASH,

I am making a contact to step the Yeo family up from Early Help (EHM-552871).

Ethan Yeo, DOB 21.05.2050
Isla Yeo, DOB 02.09.2054

Since last summer Mr Yeo has put the whole family on a "warrior fasting" regime from an online coach: one meal a day in the evening, nothing before. He sends notes telling school the children are not to have school lunch or snacks, and Isla has been seen eating food dropped in the playground. Both children have lost weight and Ethan has been low and withdrawn.

On Tuesday 3 February Ethan fainted in PE. School called an ambulance and he was kept in Torbay Hospital for two nights with low blood sugar and dehydration. He was discharged on Thursday to his grandmother, Mrs Ann Yeo, in Brixham, and both children are staying with her under a safety plan agreed with both parents while the assessment happens; Mr Yeo has agreed not to have the children overnight. The children are eating normally at their nan's and having school lunches, and both are back at school. That immediate situation has been dealt with; the step up is for an assessment of the children's care at home.

Mum (Sarah Yeo) consents to the contact to MASH. My ATM, Silas Penrose, agreed the step up this morning.

Amy Chudleigh
Early Help Worker | Torbay Early Help
01632 960529

""") + BDISC
    top = outlook_top(f, addr("Chudleigh, Amy", "Amy.Chudleigh@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Yeo - EHM-552871", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-552871"],
        [ch("Ethan Yeo", "2050-05-21", "21.05.2050"), ch("Isla Yeo", "2054-09-02", "02.09.2054")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Near miss: a RISK ALREADY HANDLED - a 14-year-old who collapsed from a father's fasting regime was treated in "
        "hospital and both children are now with their grandmother under an agreed safety plan, eating normally. "
        "Complete Torbay step-up (consent, ATM agreed) -> book_meeting.",
        not_children=["Ann Yeo", "Sarah Yeo", "Amy Chudleigh", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2065-03-04 15:50:11"
    body = T("""
Hello Early Help,

Please could I have a triage slot for a level 3 step down: Lola Carne, DOB 17/06/2057, LCS-3331542.

Lola came to us in the autumn after the school cook noticed she was eating her lunch and then asking other children for theirs, and she had lost weight. The Single Assessment (attached) found that Ms Carne had lost her job and was going without food herself to feed Lola. With a benefits check, the school breakfast club and the Paignton food bank, Lola's weight is back where it was and she is no longer hungry at school. Her attendance (90%) is what remains.

My team manager, Ben Stoyle, has agreed the step down.

However, Ms Carne has declined Early Help. She told me on Monday that she doesn't want any more services involved and will keep using the food bank and breakfast club herself. I've explained what Early Help could offer and left her the leaflet.

Kind regards,
Tom Widger
Social Worker | Safeguarding Team 1 | Torbay Council
01632 960357

""") + BDISC
    atts = [pdf_att("SA Carne LCS-3331542.pdf", "Single Assessment - Carne", [
        "LCS-3331542. Lola Carne.",
        "Outcome: needs met; recommend step down to Early Help level 3. Team manager's analysis: agreed (B. Stoyle)."])]
    top = outlook_top(f, addr("Widger, Tom", "Tom.Widger@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Carne", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3331542"],
        [ch("Lola Carne", "2057-06-17", "17/06/2057")],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay level 3 step-down with the Single Assessment and manager agreement, but the mother has DECLINED Early "
        "Help -> consent false, missing consent -> request_info. The child's hunger has resolved; attendance remains.",
        docs={"assessment"}, not_children=["Tom Widger", "Ben Stoyle"])

def torbay_05():
    f = "torbay_05.eml"; when = "2065-02-26 13:25:40"
    body = T("""
Good afternoon,

I am the cook in the kitchen of Ellacombe Academy. I find this email on the poster in the staff room. Sorry for my English.

Maja Kowalczyk from class 4 come to the kitchen door today after lunch and ask me for bread. I know her, every day she take only water at lunch, she say her father tell the school she is "on the diet". Today she eat four bread rolls very fast and then she cry.

She tell me in Polish: since Sunday she eat only one apple in a day, because papa weigh her every evening on the scale in the bathroom, and if she is more than 28 kilo he hit her with the belt. She show me her back, there are many red and blue lines. She say tonight he weigh her again and now she is more because she eat the bread, and she is very scared to go home. Her father collect her at 15:15.

I tell the lady in the office but she say the teacher for this is on a course today. I don't know what to do more.

Małgorzata Wiśniewska
Kitchen, Ellacombe Academy
""")
    top = plain_top(f, addr("Małgorzata Wiśniewska", "kuchnia.ellacombe@wp.example"), addr(None, BEH),
                    "girl Maja - please read", when, "wp.example", "Poczta WP")
    add(f, mail(f, top, body, charset="iso-8859-2", crlf=False), "torbay", "early_help_duty", when, 5,
        "urgent", "other", True, None, [],
        [ch("Maja Kowalczyk")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a school cook's second-language English (iso-8859-2, quoted-printable): a child starved to a "
        "target weight by her father, belt marks on her back, to be weighed again tonight and collected by him at "
        "15:15 -> urgent, other.",
        not_children=["Małgorzata Wiśniewska"],
        how="in a Polish school cook's non-native English, iso-8859-2, with the pick-up time")

def torbay_06():
    f = "torbay_06.eml"; when = "2065-03-06 09:12:30"
    data = outlook_itip_reply(f, when, ("Lowenna Trewin", "lowenna.trewin@torbayhealth.example"),
                              ("Torbay Early Help", BEH), "ACCEPTED",
                              "Under-5s triage - Penhale - LCS-3318206 [SB-torbay-517]", "20650317T093000",
                              "20650317T101500", "Paignton Library and Information Centre, Room 2",
                              "I'll bring Rosie's latest weights.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3318206"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the health visitor for the under-5s triage (Tue 17 Mar) of "
        "torbay_01's family, with a harmless comment (Rosie is a first name only) -> meeting_reply, record_reply; "
        "case id from the SUMMARY.",
        not_children=["Lowenna Trewin"])

def torbay_07():
    f = "torbay_07.eml"; when = "2065-03-03 16:40:05"
    body = T("""
Hi all,

Weekend report from the infant simulators for the Year 10 Child Development group, for the coursework file.

Simulator 4 ("Poppy"), out Friday 27 Feb 15:30 - Monday 2 Mar 08:45:
- feeds completed 15 of 22; longest time without a feed 9 h 40 min (Saturday night)
- nappy changes 9 of 12
- rough handling 3; shaken 2; head not supported 11; "dangerous handling" alerts 2
- crying not attended to: 41 minutes in total

The student switched the baby off at one point because "it wouldn't stop". The sim logged it as neglected for most of Saturday night. Obviously this is the doll, not a real baby! We'll go through the printout in Thursday's lesson - it's a really good one for the "needs of a newborn" unit.

Printouts are in the Child Development cupboard.

Dan Stoneman
Teacher of Child Development | Paignton Community College
""")
    top = plain_top(f, addr("Dan Stoneman", "d.stoneman@paignton-cc.example"), addr(None, BEH),
                    "Simulator weekend report - Y10", when, "paignton-cc.example", "Microsoft Outlook 16.0",
                    cc="childdev-team@paignton-cc.example")
    add(f, mail(f, top, body, crlf=False), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an OBJECT - a teacher's report on an infant simulator doll ('feeds missed', 'shaken 2', "
        "'neglected for most of Saturday night'), sent to the Early Help inbox by mistake; 'this is the doll, not a "
        "real baby' -> other, human_review.", not_children=["Dan Stoneman"])

def torbay_08():
    f = "torbay_08.eml"; when = "2065-03-16 12:20:09"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello,</p>
<p>An update for the Nankervis step down (LCS-3327755), for the file - no action needed.</p>
<p>On <b>Thursday 12 March</b> at nursery, <b>Alfie Nankervis</b> (3) had an allergic reaction after another child shared a yoghurt with him (he has a known cow's milk allergy). Nursery followed their emergency procedure: they gave his adrenaline auto-injector at 12:10 and called 999. He was taken to Torbay Hospital, observed for six hours and discharged home with mum that evening. He was back at nursery on Monday and is well.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>What happened</b></td><td>Accidental exposure at lunch (another child's food)</td></tr>
<tr><td><b>Nursery's response</b></td><td>Auto-injector used promptly, 999, mum informed at 12:12</td></tr>
<tr><td><b>Since</b></td><td>Seating plan changed; lunchtime staff retrained; Ofsted notified as required</td></tr>
<tr><td><b>Mum</b></td><td>At the hospital within 20 minutes; new pens collected the same evening</td></tr>
</table>
<p>Mum handled it really well. No change to the triage plan.</p>
<p>Thanks,<br>Jess Treloar<br>Social Worker | Safeguarding Team 3 | Torbay Council</p>
<p style="color:#777;font-size:8pt">%s</p>
</body></html>
""") % esc(BDISC.strip())
    top = outlook_top(f, addr("Treloar, Jess", "Jess.Treloar@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down request received [SB-torbay-531]", when)
    add(f, html_only(f, top, h), "torbay", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["LCS-3327755"],
        [ch("Alfie Nankervis")],
        [], None, None, [], None, "attach_to_request",
        "Near miss: an allergic reaction with an auto-injector and 999 that is PAST and HANDLED (accidental exposure at "
        "nursery, discharged the same day, back and well, procedures changed) - 'no action needed' -> HTML-only "
        "follow_up to SB-torbay-531, attach_to_request; no current concern.",
        not_children=["Jess Treloar"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2065-01-06 11:25:35"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step down plan and the signed consent form for the Powell children (level 3, one request for the sibling group).

Evie Powell - 2 April 2054 - Mosaic 712450
Charlie Powell - 19 November 2057 - Mosaic 712451
Harry Powell - 6 June 2061 - Mosaic 712452

The CIN plan began in the summer after Mr Powell was made redundant: the children were coming to school hungry, Charlie was taking food from the school bins and the family had been without gas and electricity for a week. With the food bank, a benefits check, the holiday activities and food programme over the summer and Christmas, and Mr Powell's new job at the cider works, the children are fed, the house is warm and school report no concerns about hunger since October. What remains is Mrs Powell's depression, for which she is seeing her GP.

Key person: Mrs Claire Bevan, Family Support Worker, Riverside Primary School, who knows the family well and has agreed to lead.

I discussed the plan with Verity Lang at the Tuesday drop-in before Christmas.

Best wishes,
Huw Meredith
Social Worker | Children in Need Team | Herefordshire Council
01632 960436

""") + HDISC
    atts = [docx_att("Step down plan - Powell.docx", [
                "# Early Help step down plan", "Children: Evie, Charlie and Harry Powell (Mosaic 712450-712452)",
                "Key person: Claire Bevan, Family Support Worker, Riverside Primary School",
                "Outcome 1: family budget plan in place; food bank no longer needed by Easter.",
                "Outcome 2: Mrs Powell supported with her mood (GP, Talking Therapies).",
                "Outcome 3: children keep their places in the holiday activities and food programme."]),
            pdf_att("Consent form signed - Powell.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help and to information being shared with the Early Help team.",
                "Signed: Rachel Powell (mother), Gavin Powell (father). Date: 18/12/2064."])]
    top = outlook_top(f, addr("Meredith, Huw", "Huw.Meredith@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Powell sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, 3, ["712450", "712451", "712452"],
        [ch("Evie Powell", "2054-04-02", "2 April 2054"), ch("Charlie Powell", "2057-11-19", "19 November 2057"),
         ch("Harry Powell", "2061-06-06", "6 June 2061")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (level 3 stated) on the first working Tuesday of term: plan "
        ".docx, signed consent form .pdf, key person named with her agency; the children's hunger resolved, mother's "
        "depression remains -> book_meeting.",
        docs={"draft_plan", "consent_form"},
        not_children=["Rachel Powell", "Gavin Powell", "Claire Bevan", "Verity Lang", "Huw Meredith"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2065-01-28 13:05:12"
    body = T("""
To: MASH
From: Bethan Vaughan, Health Visitor, Herefordshire 0-19 Service (Bromyard)

Re: Noah Gittins, DOB 27/08/2064 (5/12), Mosaic 714302
Address: 3 Linton Cottages, Bromyard

Seen at home today 11:15 (planned weight review).

O/E: weight 4.92 kg. 5.40 kg on 10/12/2064; birth weight 3.60 kg. Has fallen from the 50th to below the 0.4th centile. Pale, sunken eyes and anterior fontanelle, dry lips, skin slow to recoil on the abdomen. Weak cry. One wet nappy in the last 24 hours per mother.

Feeding: father (Dean Gittins) keeps the formula locked in his car and makes up four 120 ml feeds a day to a schedule from a "routine" app. Mother (Kayleigh Gittins) is not allowed to feed Noah between those times or at night - "he says Noah has to learn". Mother says father keeps her phone and bank card.

Plan/advice: same-day admission to the paediatric ward at Hereford County Hospital advised. Father declined, told me not to come back, and said he is taking Noah to his mother's in Wales tonight. As I left, mother said quietly "please don't leave us".

Step up: the family have been open to Early Help (infant feeding support) since November. Discussed with my team leader, Rhian Morgan, at 12:40 - she agrees this goes to MASH as a step up from Early Help today. I will complete the contact form this afternoon.

Bethan Vaughan RN SCPHN (HV)
Health Visitor | Herefordshire 0-19 Service
01632 960618 | bethan.vaughan@wyevalley-health.example
""")
    top = plain_top(f, addr("Vaughan Bethan (Herefordshire 0-19 Service)", "bethan.vaughan@wyevalley-health.example"),
                    addr("MASH", HMASH), "Noah Gittins DOB 27/08/2064 - step up", when, "wyevalley-health.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["714302"],
        [ch("Noah Gittins", "2064-08-27", "27/08/2064")],
        ["domestic_abuse", "neglect"], None, True, [], None, "alert_duty",
        "Safety rule 1 told clinically by a health visitor: a 5-month-old below the 0.4th centile with dehydration "
        "signs, feeds rationed by a controlling father (who keeps mother's phone and card), admission refused and the "
        "baby to be taken to Wales tonight -> urgent. A Herefordshire step-up is not defined by its protocol (missing "
        "[], otherwise human_review), but alert_duty comes first.",
        not_children=["Bethan Vaughan", "Dean Gittins", "Kayleigh Gittins", "Rhian Morgan"],
        how="clinically, in health visitor's observation notes with a declined admission")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2065-02-10 14:48:00"
    body = T("""
Dear co-ordinators,

Level 3 step down for Megan Bufton (DOB 14/09/2049) and Jack Bufton (DOB 01/03/2053), Mosaic 713870. Step down plan attached.

Megan was diagnosed with anorexia nervosa last spring. The CIN plan began when her parents, frightened and exhausted, were struggling to follow the eating disorder team's meal plan at home and Megan was close to admission. Since the summer, with family-based treatment from the CAMHS eating disorder team, Megan's weight is restored, she is eating three meals and snacks at home, and her parents are confident with the plan. CAMHS will keep seeing her monthly.

What remains: Megan's attendance (82%) while she catches up at school, and Jack, who has found the last year hard and needs some one-to-one time.

Mr and Mrs Bufton are happy with Early Help; I'll get the consent form signed at my visit next Tuesday.

Key person: still to be agreed - I've asked the pastoral lead at Whitecross High School and am waiting to hear.

Thanks,
Rhys Pugh
Social Worker | Children in Need Team | Herefordshire Council
01632 960447

""") + HDISC
    atts = [docx_att("Step down plan - Bufton.docx", [
        "# Early Help step down plan", "Children: Megan Bufton, Jack Bufton (Mosaic 713870)",
        "Key person: to be confirmed",
        "Outcome 1: Megan's attendance above 95% by the summer term, with a reduced timetable plan.",
        "Outcome 2: Jack to have a mentor at school.", "Outcome 3: parents linked to the eating disorder carers' group."])]
    top = outlook_top(f, addr("Pugh, Rhys", "Rhys.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Bufton", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["713870"],
        [ch("Megan Bufton", "2049-09-14", "14/09/2049"), ch("Jack Bufton", "2053-03-01", "01/03/2053")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire level 3 step-down with the plan only: the parents are 'happy with Early Help' (consent stated) "
        "but the written form is to follow and the key person is 'still to be agreed' -> missing consent_form, "
        "lead_practitioner -> request_info. A teenager's eating disorder, now recovered, is not a concern id.",
        docs={"draft_plan"}, not_children=["Rhys Pugh"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2065-03-11 12:10:40"
    ack = ack_text("step-down", "SB-herefordshire-455", ["Mosaic ID: 715519", "Children: Rosie Jenkins"], [])
    body = T("""
Hi,

Adding to the Jenkins step down so it's on the file - I think someone needs to look at this one today, so I've copied my team manager.

The school nurse rang me at 11.50. Rosie Jenkins (7) has a severe peanut allergy. At about 11.15 in class she came out in hives across her face and her lips swelled up. School gave her antihistamine and it settled; she's in the medical room now. In her lunchbox was a peanut butter sandwich. Rosie says mum's boyfriend, Wayne, made it and told her "you need toughening up, it's all in your head".

The school nurse also says Rosie's two adrenaline pens went missing from her bag last week. Rosie says Wayne threw them in the bin because "they're a con". The spare pens kept at school are out of date and mum hasn't replaced them, so there is no pen for Rosie anywhere at the moment.

Wayne is collecting Rosie at 3.15. Mum is on nights at the hospital this week and is asleep.

I'm heading over to the school now.

Alys Price
Social Worker | Children in Need Team | Herefordshire Council
01632 960452
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "04 March 2065 10:22",
             "Price, Alys <Alys.Price@herefordshire.gov.uk>", "Step-down request received [SB-herefordshire-455]", ack)
    top = outlook_top(f, addr("Price, Alys", "Alys.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received [SB-herefordshire-455]", when,
                      cc=addr("Ellis, Gwyneth", "Gwyneth.Ellis@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["715519"],
        [ch("Rosie Jenkins")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a reply to [SB-herefordshire-455], told with understatement ('someone needs to look at this "
        "one today'): a 7-year-old with a severe peanut allergy given a peanut butter sandwich by mother's boyfriend, a "
        "reaction this morning, her adrenaline pens thrown away, none anywhere, and he collects her at 3.15 -> urgent "
        "follow_up; case id from the quoted acknowledgement.",
        not_children=["Alys Price", "Gwyneth Ellis"],
        how="on a follow-up, with understatement, in the school nurse's account relayed by a social worker")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2065-02-16 10:30:00"
    body = T("""
Dear MASH team,

I'm not sure this is the right inbox - please pass it on if not.

I coordinate the Hereford Community Pantry. On Friday one of our regular clients, Mr Colin Bayliss, collapsed in the queue. The paramedics said he was malnourished and dehydrated and took him to the County Hospital; he weighs under 40 kg. He is 34, has a learning disability and lives alone in a flat on Newton Farm.

Over the last few weeks Colin has told our volunteers that a "friend" who has moved in takes his benefits on the day they arrive and takes his food parcels too. He said he is "not allowed" to eat the food in the cupboard. We think he is being financially exploited and neglected, and this feels urgent for him.

Colin has no children and no children live at or visit the flat - this is about an adult. Is this adult safeguarding rather than you? Who should we contact?

Many thanks,
Jan Whittall
Coordinator, Hereford Community Pantry
01632 960803
""")
    top = plain_top(f, addr("Jan Whittall", "coordinator@herefordpantry.example"), addr("MASH", HMASH),
                    "Concern about one of our clients - not sure who to tell", when, "herefordpantry.example")
    add(f, mail(f, top, body, cte="base64", crlf=False), "herefordshire", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an ADULT'S OWN MATTER sent to the children's MASH in half term (base64 body) - a 34-year-old with "
        "a learning disability malnourished, his food and benefits taken; 'no children live at or visit the flat' -> "
        "other, human_review; no child concern.",
        not_children=["Colin Bayliss", "Jan Whittall"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2065-03-20 17:02:11"
    data = bounce(f, when, HEH, "Step-down request received [SB-herefordshire-470]",
                  "s.bowkett@wyevalley-fh.example", msgid(f + "-ack", "stepbot.herefordshire.gov.uk"), "2065-03-20 17:01:40")
    add(f, data, "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A delivery status notification (multipart/report, Auto-Submitted) bouncing the mailbox's own acknowledgement "
        "to a mistyped address -> auto_reply, ignore (safety rule 2: never answered).")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2065-03-05 09:50:27"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step down plan and the signed consent form for the Hill children (level 3, one request for the two of them).

Finley Hill - DOB 04/04/2058 - Mosaic 714977
Zoë Hill - DOB 11/11/2062 - Mosaic 714978

Zoë was referred in the summer of 2064 because of faltering growth and the question of neglect. The paediatric assessment in November found a cows' milk protein allergy. On a hydrolysed formula and a milk-free diet she has caught up well and is now on the 50th centile. There are no concerns about neglect and the assessment found no risk of harm to either child: the health visitor describes Ms Hill's care as excellent and no appointments have been missed. The CIN plan has ended.

Finley (6) is waiting for a speech and language assessment and his school have started an EHC needs assessment; that is what the family would like help with.

Key person: Ms Jo Kinsey, Family Support Worker, Ledbury Family Hub, who has agreed to lead.

Kind regards,
Owen Probert
Social Worker | Children in Need Team | Herefordshire Council
01632 960459

""") + HDISC
    atts = [docx_att("Step down plan - Hill.docx", [
                "# Early Help step down plan", "Children: Finley Hill, Zoë Hill (Mosaic 714977, 714978)",
                "Key person: Jo Kinsey, Family Support Worker, Ledbury Family Hub",
                "Outcome 1: Finley's speech and language assessment and EHC needs assessment completed.",
                "Outcome 2: Zoë's milk-free diet continues with the dietitian's review in June."]),
            pdf_att("Consent form - Hill - signed.pdf", "Early Help consent form", [
                "I consent to my family receiving Early Help. Signed: Laura Hill (mother). 02/03/2065."])]
    top = outlook_top(f, addr("Probert, Owen", "Owen.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Hill", when)
    add(f, mail(f, top, body, atts, charset="iso-8859-1"), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["714977", "714978"],
        [ch("Finley Hill", "2058-04-04", "04/04/2058"), ch("Zoë Hill", "2062-11-11", "11/11/2062")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Near miss: faltering growth and 'the question of neglect' are RESOLVED and NEGATED (a cows' milk protein "
        "allergy found; 'there are no concerns about neglect'). Complete Herefordshire level 3 step-down (plan, signed "
        "consent form, key person with agency) in an iso-8859-1 text part (Zoë) -> book_meeting; the current need is "
        "Finley's SEND.",
        docs={"draft_plan", "consent_form"}, not_children=["Owen Probert", "Jo Kinsey", "Laura Hill"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2065-02-20 15:30:44"
    ack = ack_text("step-down", "SB-herefordshire-448", ["Mosaic ID: 713870", "Children: Megan Bufton, Jack Bufton"],
                   ["consent_form (the signed Early Help consent form)",
                    "lead_practitioner (the key person who will lead)"])
    text = T("""
Hi,

Signed consent form for Megan Bufton and Jack Bufton attached - both parents signed it this afternoon.

Key person: Mrs Sue Watkins, Pastoral Lead, Whitecross High School, has agreed to lead.

Rhys

Rhys Pugh | Social Worker | Herefordshire Council

> On 10 Feb 2065, at 14:55, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
""") + quoted(ack)
    atts = [pdf_att("Consent form - Bufton signed.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help. Signed: Helen Bufton, Mark Bufton. 20/02/2065."])]
    top = plain_top(f, addr("Rhys Pugh", "Rhys.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-448]", when, HDOM, "iPhone Mail (23C71)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["713870"],
        [ch("Megan Bufton"), ch("Jack Bufton")],
        [], True, None, [], None, "attach_to_request",
        "iPhone (format=flowed) reply to [SB-herefordshire-448] in half term adding the signed consent form and the "
        "key person for herefordshire_03's family -> follow_up, attach_to_request; consent true ('both parents signed').",
        docs={"consent_form"}, not_children=["Rhys Pugh", "Sue Watkins", "Helen Bufton", "Mark Bufton"])

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
    "knowsley_01.eml": (4, 6, date(2065, 3, 27), True),
    "knowsley_03.eml": (6, 6, None, False),
    "knowsley_04.eml": (5, 5, None, False),
    "knowsley_08.eml": (9, 9, None, False),
}
EXPECTED_BH_2065 = {date(2065, 1, 1), date(2065, 3, 27), date(2065, 3, 30), date(2065, 5, 4), date(2065, 5, 25),
                    date(2065, 8, 31), date(2065, 12, 25), date(2065, 12, 28)}

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
    """The DOB formats this set writes: dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd, '5 December 2061', '14th March 2063',
    '12 Oct 2061'."""
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        mon = [v for k, v in MONTHS.items() if k.startswith(m[2].lower()) and len(m[2]) >= 3]
        if len(mon) == 1:
            return date(int(m[3]), mon[0], int(m[1])).isoformat()
    raise ValueError("unparsed DOB " + w)

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2065) != date(2065, 3, 29):
        err("calendar", "Easter 2065 should be Sunday 29 March")
    bh = bank_holidays(2065)
    if bh != EXPECTED_BH_2065:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2065))
    inwin = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall in the window: %s" % inwin)
    if WINDOW[0] != date(2065, 1, 5) or WINDOW[0] - timedelta(days=4) not in BANK_HOLIDAYS:
        err("calendar", "the term should start on the first Monday after New Year's Day")
    if WINDOW[1] + timedelta(days=1) != easter(2065) - timedelta(days=2):
        err("calendar", "the term should end on the Thursday before Good Friday")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 3:
        err("calendar", "window should run Monday -> Thursday")
    if HALF_TERM[0].weekday() != 0 or HALF_TERM[1] - HALF_TERM[0] != timedelta(days=4):
        err("calendar", "half term should be a Monday-Friday week")
    bst_on, bst_off = last_sunday(2065, 3), last_sunday(2065, 10)
    if (bst_on, bst_off) != (date(2065, 3, 29), date(2065, 10, 25)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2065, 3, 29, 0, 59, tzinfo=UTC), 0), (datetime(2065, 3, 29, 1, 1, tzinfo=UTC), 1),
                   (datetime(2065, 10, 25, 0, 59, tzinfo=UTC), 1), (datetime(2065, 10, 25, 1, 1, tzinfo=UTC), 0)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(0):
            err("calendar", "%s is not GMT" % d)
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2065:
                    err(f, "meeting date not a future working day of 2065")
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
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith("+0000"):
            err(f, "Date offset is not Europe/London's (+0000): %s" % dh)
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
            if int(y) > 2065:
                err(f, "a year after 2065 in the text: %s" % y)
        now_d = now.astimezone(LON).date()
        for c in m["children"]:
            if c["name"] not in text:
                err(f, "child %s not in the text" % c["name"])
            if c["_w"]:
                try:
                    ok = parse_dob(c["_w"]) == c["dob"]
                except ValueError:
                    ok = False
                if c["_w"] not in text or not ok:
                    err(f, "DOB of %s not written as %s" % (c["name"], c["_w"]))
                elif text.find(c["_w"]) < text.find(c["name"]):
                    err(f, "DOB of %s written before the name" % c["name"])
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
