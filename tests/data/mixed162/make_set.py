#!/usr/bin/env python3
"""mixed162: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2063, in what school and nursery staff notice on the body and in the day: PE
changing and swimming lessons, head lice, sores and infections, clothes and shoes, hygiene, school nurses' and
first aiders' notes, dental pain, tiredness and falling asleep in class, a child's drawing or story, alongside
ordinary step-ups and step-downs.

Window: Monday 23 April - Friday 20 July 2063. Easter Sunday 2063 is 15 April (Gregorian computus; Good Friday
13 April, Easter Monday 16 April); the two-week Easter break runs Monday 9 - Friday 20 April, so the summer term
starts on Monday 23 April. Inside the window: the Early May bank holiday Monday 7 May and the Spring Bank Holiday
Monday 28 May; half term is Monday 28 May - Friday 1 June (a school holiday; the council works 29 May - 1 June).
British Summer Time runs from Sunday 25 March to Sunday 28 October 2063, so every Date header carries +0100.

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
WINDOW = (date(2063, 4, 23), date(2063, 7, 20))


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
            b"<< /Producer (mixed162 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2063, 4, 20, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2063-05-01 10:14:22"
    body = T("""
Good morning,

Please find attached a step up request for the Rimmer children (EHM-63051), open to Family First 0-18 at Level 3 since January.

Tyler-James Rimmer - DOB 14/02/2055 (Year 3, Halewood Park Primary)
Maddison Rimmer - DOB 03/10/2058 (nursery class, same school)

What school keep seeing:
- Head lice on both children since February; Tyler-James has scratched his scalp raw and the school nurse thinks the sores behind his ears are now infected (impetigo). Treatment has been given to mum three times and not used.
- The same uniform all week, smelling of urine. Maddison comes in wet most mornings.
- Tyler-James's school shoes are split across the sole and two sizes too small. The PE teacher noticed his toes are curled under and he has blisters on both heels; he has been doing PE in his socks.
- He chews on one side and has told his teacher his "back tooth hurts all the time". The family are not registered with a dentist.
- He falls asleep most afternoons after lunch.

Kelly has said she is struggling since her partner left and I have completed the Graded Care Profile 2 with her (attached): level 4 for physical care and level 3 for health.

My team manager, Sandra Kewley, discussed the step up with me in supervision on Monday 30 April and agreed it.

The step up TAF meeting is on Wednesday 9th May at 10:00 at Halewood Family Hub (Room 3). The calendar invite has gone to the MASH inbox and MASH business support this morning, and I have invited school, the school nurse and the health visitor.

Attached:
- FF Step Up request to CSC - Rimmer.docx
- TAF minutes 18.04.63 - Rimmer.pdf
- GCP2 - Rimmer.pdf

Kelly is aware of the step up.

Kind regards

Leanne Ashurst
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0731

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-63051"),
        ("Children:", "Tyler-James Rimmer 14/02/2055; Maddison Rimmer 03/10/2058"),
        ("Date of step up TAF meeting:", "Wednesday 9 May 2063, 10:00, Halewood Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 18/04/2063"),
        ("What are we worried about?", "Poor hygiene and physical care: untreated head lice and infected scalp sores, urine-soaked clothes, shoes too small, untreated toothache."),
        ("What is working well?", "Both children attend school every day; Kelly is warm with them and has asked for help."),
        ("What next?", "CSC assessment; GP and dental registration; practical help at home."),
        ("Graded Care profile (If neglect should be completed).", "Completed 24/04/2063 - attached."),
        ("Agreement by line manager:", "Sandra Kewley, Team Manager, 30/04/2063 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Rimmer.docx", form),
            pdf_att("TAF minutes 18.04.63 - Rimmer.pdf", "Team Around the Family meeting - minutes", [
                "Family: Rimmer. EHM-63051. Date: 18/04/2063. Venue: Halewood Park Primary.",
                "Present: Leanne Ashurst (FF Case Manager), class teacher, school nurse, Kelly Rimmer.",
                "1. Hygiene: head lice treatment given again; school to provide spare uniform and shoes.",
                "2. Health: dental registration - mum to phone the practice on Green Lane.",
                "3. Home: Kelly says she cannot keep up with the washing since the machine broke.",
                "Actions: LA to discuss step up with team manager if no change by the end of April."]),
            pdf_att("GCP2 - Rimmer.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Rimmer. Completed with Kelly Rimmer on 24/04/2063. Practitioner: Leanne Ashurst.",
                "Area 1 Physical care: 4. Area 2 Safety: 2. Area 3 Love: 2. Area 4 Esteem: 3. Health: 3."])]
    top = outlook_top(f, addr("Ashurst, Leanne", "Leanne.Ashurst@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Rimmer - EHM-63051 - TAF Wed 9th May", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63051"],
        [ch("Tyler-James Rimmer", "2055-02-14", "14/02/2055"), ch("Maddison Rimmer", "2058-10-03", "03/10/2058")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect seen at school (lice and infected sores, wet clothes, small shoes, "
        "toothache): Appendix 1 form .docx, TAF minutes .pdf, GCP2 .pdf, EHM id, team manager agreed. From Tue 1 May the "
        "TAF on Wed 9 May is 6 plain weekdays but Mon 7 May is the Early May bank holiday: exactly 5 working days -> ok "
        "-> book_meeting. 'Kelly is aware' is not consent (null; not required here).",
        meeting=date(2063, 5, 9), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Kelly Rimmer", "Leanne Ashurst", "Sandra Kewley"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2063-05-02 13:42:10"
    body = T("""
Hi,

Step up for Callum Brennan (DOB 27.09.2054), EHM-62877. Form, last TAF minutes and the GCP2 attached.

Callum is in Year 3 at St Columba's. Since Christmas he has come in hungry most days (he takes food from other children's lunch boxes), his clothes are unwashed, he has had head lice on and off since January and his attendance is 83%. Dad (Martin) is his sole carer and has stopped answering my calls. GCP2 puts physical care at level 4.

My team manager Paul Quirk agreed the step up in supervision this morning.

Step up TAF is Wednesday 16th May, 10am, Huyton Family Hub. Invite has been sent to the MASH inbox and to MASH business support; I'll invite school and the school nurse.

Thanks
Gemma

Gemma Rowlands
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0552

PS - school rang as I was finishing this. Callum had PE straight after lunch and when he got changed Mr Riley saw long thin loop-shaped marks across the backs of both his legs, some red and raised, one bleeding a little at the top of his sock. Callum told him "Dad did it with the phone charger last night cos I wet the bed again" and "he said I'll get it again tonight if I do it again". Dad is down to collect him at quarter past three. Callum is in the pastoral room with Mrs Lyons.

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-62877"),
        ("Children:", "Callum Brennan 27/09/2054"),
        ("Date of step up TAF meeting:", "16/05/2063 10:00 Huyton Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 24/04/2063"),
        ("What are we worried about?", "Neglect: hunger, hygiene, untreated head lice; dad not engaging since March."),
        ("What is working well?", "Callum likes school and his class teacher; his nan sees him most Sundays."),
        ("What next?", "CSC assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 26/04/2063 - attached."),
        ("Agreement by line manager:", "Paul Quirk, 02/05/2063 - agreed."),
    ])
    atts = [docx_att("Step up form - Brennan.docx", form),
            pdf_att("TAF minutes 24.04.63 Brennan.pdf", "TAF meeting minutes", [
                "Brennan, EHM-62877. 24/04/2063, St Columba's Catholic Primary.",
                "Present: Gemma Rowlands (FF), class teacher, school nurse. Martin Brennan did not attend.",
                "School to give Callum breakfast club free of charge. School nurse to offer head lice treatment."]),
            pdf_att("GCP2 Brennan.pdf", "Graded Care Profile 2 - scores", [
                "Brennan. 26/04/2063. Physical care 4. Safety 3. Love 3. Esteem 3."])]
    top = plain_top(f, addr("Gemma Rowlands", "Gemma.Rowlands@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Brennan - EHM-62877", when, KDOM, "Microsoft Outlook 16.0", cc=KBS)
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-62877"],
        [ch("Callum Brennan", "2054-09-27", "27.09.2054")],
        ["neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "Safety rule 1, told in a PS: marks seen at PE changing today, an 8-year-old's words that dad beat him with a "
        "charger cable last night and will again tonight, and dad collects him at 3.15 -> urgent. The request itself is "
        "complete (form, TAF minutes, GCP2 for neglect, EHM id, manager agreed; TAF Wed 16 May = 9 WD from Wed 2 May, "
        "May Day excluded).",
        meeting=date(2063, 5, 16), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Martin Brennan", "Gemma Rowlands", "Paul Quirk"],
        how="in a PS under the signature: what the PE teacher saw at changing, the child's own words and today's pick-up time")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2063-05-18 11:05:37"
    body = T("""
Hello Family First duty,

I am stepping Ruby Ashcroft (DOB 2 July 2053) down to Level 2. ICS-2231457.

Ruby was referred in January by school because she was falling asleep in lessons, coming in without a coat or PE kit and looking grey and tired. It turned out that mum's depression had got much worse after her own mum died, and Ruby was up at night looking after her. Mum is now under the community mental health team and on medication that is working, her sister has moved in, and Ruby's sleep and attendance have recovered.

The final CIN meeting is on Tuesday 29 May 2063 at 10:00, at Kirkby Family Hub, Cherryfield Drive, Kirkby (the meeting room upstairs).

Lead practitioner: Mrs Donna Whitby, Pastoral Lead at St Aidan's CE Primary School, has agreed to take on the lead practitioner role and the Early Help Assessment.

What are we worried about?
That mum's mood dips again and Ruby goes back to caring for her at night; Ruby's attendance (91% this term) slipping.

What is working well?
Mum takes her medication and sees her care coordinator fortnightly. Auntie Jo lives with them now. Ruby is sleeping through and has joined the school choir.

What needs to happen?
Mrs Whitby to hold a TAF each half term; a young carers' check-in through school; mum to keep in touch with the CMHT.

Mum has consented to the step down to Early Help.

Many thanks,
Aaron Heffernan
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0610

""") + KDISC
    top = outlook_top(f, addr("Heffernan, Aaron", "Aaron.Heffernan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Ashcroft - ICS-2231457", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2231457"],
        [ch("Ruby Ashcroft", "2053-07-02", "2 July 2053")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down (a child who fell asleep in class while caring for mum at night, now "
        "recovered): final CIN date, time and venue, named lead practitioner with her agency, all three Signs of Safety "
        "headings. From Fri 18 May to Tue 29 May is 7 plain weekdays; the Spring Bank Holiday (Mon 28 May) leaves 6 "
        "working days -> ok.",
        meeting=date(2063, 5, 29), not_children=["Aaron Heffernan", "Donna Whitby"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2063-05-23 15:20:48"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 8px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Hi duty team,</p>
<p>Please accept this <b>Level 3</b> step down for the Gaskell children (ICS-2240196).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td><b>Date of birth</b></td><td><b>Setting</b></td></tr>
<tr><td>Oliver Gaskell</td><td>19 Nov 2058</td><td>Reception, Northwood Community Primary</td></tr>
<tr><td>Poppy Gaskell</td><td>5 Jun 2060</td><td>Busy Bees Nursery, Kirkby</td></tr>
</table>
<p>&nbsp;</p>
<p>The CIN plan started in the autumn after nursery and school raised the children's hygiene: Oliver coming in with dirty hands and nails and the same clothes for a week, Poppy with a nappy rash that bled and a chest infection that went untreated. Dad has engaged well since the new year; the house is clean and both children are now up to date with the GP and the dentist.</p>
<p><b>Joint home visit:</b> Wednesday 30th May at 10:30, at the family home, 14 Ribblers Lane, Kirkby L32 6XT.</p>
<p><b>What are we worried about?</b><br>That standards slip again if dad's shifts change; Poppy's eczema needs creaming twice a day.</p>
<p><b>What is working well?</b><br>A washing routine, a clean home, both children at every health appointment since January.</p>
<p><b>What needs to happen?</b><br>A Family First case manager to hold the TAF; nursery to keep its daily check; a parenting course for dad in the autumn.</p>
<p>Dad (Steven Gaskell) has given his consent for the referral to Family First.</p>
<p>Thanks,<br>Chantelle</p>
<p>Chantelle Okoye<br>Social Worker | Child in Need Team (Kirkby) | Knowsley Council<br>0151 496 0847</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(KDISC.strip())
    top = outlook_top(f, addr("Okoye, Chantelle", "Chantelle.Okoye@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Gaskell - joint visit Wed 30th", when)
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-2240196"],
        [ch("Oliver Gaskell", "2058-11-19", "19 Nov 2058"), ch("Poppy Gaskell", "2060-06-05", "5 Jun 2060")],
        ["neglect"], True, None, [], False, "request_info",
        "HTML-only Level 3 step-down (children and DOBs in a table): joint visit date/time/address, three headings and "
        "consent, but NOTICE ACROSS THE SPRING BANK HOLIDAY IS SHORT: Wed 23 May -> Wed 30 May is 5 plain weekdays, 4 "
        "working days (Mon 28 May excluded) -> not ok -> request_info.",
        meeting=date(2063, 5, 30), not_children=["Steven Gaskell", "Chantelle Okoye"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2063-06-04 09:50:15"
    body = T("""
Good morning,

Step up request for Jamal Pennington and Aaliyah Pennington (EHM-64107). Attached: the step up form, the TAF minutes from 17 May and the GCP2.

Jamal Pennington - 2056-01-08
Aaliyah Pennington - 2059-03-08

Why now: both children have severe tooth decay. Jamal has nine decayed teeth and was listed for extractions under general anaesthetic in March; mum cancelled the pre-assessment twice and did not bring him on the day. He has had toothache since February, eats only soft food and has fallen asleep in class several times because the pain keeps him awake. Aaliyah has two abscesses the school nurse saw last week. Mum (Tasha) has missed four of the last six TAF actions and cancels most visits. GCP2 scores level 4 for health.

For completeness, because it is on the file: in November 2061 school noticed a bruise on Jamal's cheek when he was changing for PE. That was looked into under section 47 at the time - he had come off his scooter, which a neighbour saw - and it closed with no further action. There have been no marks or injuries since and it is not part of this step up.

I have not done the Engaging Families toolkit yet; I'll complete it with my manager this week and send it on.

Jo Kinsella (my team manager) has agreed the step up.

The step up TAF meeting is Wednesday 13th June at 13:30 at Prescot Family Hub; the calendar invite has gone to the MASH inbox and MASH business support.

Regards,
Nathan Cowley
Family First Case Manager | Family First 0-18 (Prescot) | Knowsley Council
0151 496 0389

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-64107"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Toolkit to follow."),
        ("What are we worried about?", "Untreated dental decay and pain for both children; mum not engaging with health appointments or the TAF plan."),
        ("What is working well?", "Both children attend school (94% and 96%) and are well liked."),
        ("What next?", "CSC assessment; dental GA to be re-listed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 21/05/2063 - attached."),
        ("Agreement by line manager:", "Jo Kinsella - agreed 01/06/2063."),
    ])
    atts = [docx_att("Step Up Request Form - Pennington.docx", form),
            pdf_att("TAF minutes 17.05.63 Pennington.pdf", "TAF meeting minutes - Pennington", [
                "EHM-64107. 17/05/2063, Prescot Family Hub. Tasha Pennington did not attend.",
                "School nurse: Aaliyah - two dental abscesses seen; mum advised to see a dentist the same week.",
                "Dental: GA list - Jamal removed after two missed pre-assessments."]),
            pdf_att("GCP2 Pennington.pdf", "Graded Care Profile 2 - scores", [
                "Pennington. 21/05/2063. Physical care 3. Health 4. Safety 2. Love 2. Esteem 2."])]
    top = outlook_top(f, addr("Cowley, Nathan", "Nathan.Cowley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Pennington - EHM-64107 - TAF Weds 13th June", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["EHM-64107"],
        [ch("Jamal Pennington", "2056-01-08", "2056-01-08"), ch("Aaliyah Pennington", "2059-03-08", "2059-03-08")],
        ["neglect", "non_engagement"], None, True, ["engaging_families"], True, "request_info",
        "Near miss: the bruise seen at PE changing is HISTORIC (November 2061, s47 found a scooter accident, closed, "
        "'no marks or injuries since'). The step-up is for dental neglect and non-engagement: form, TAF minutes, GCP2, "
        "EHM id, manager agreed, TAF Wed 13 Jun = 7 WD; the Engaging Families toolkit is 'not done yet' -> missing "
        "engaging_families -> request_info.",
        meeting=date(2063, 6, 13), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Tasha Pennington", "Nathan Cowley", "Jo Kinsella"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2063-06-14 09:05:40"
    comment = ("Sorry, can't do the 20th, we've got our inspection that week. Also - Ellis Lowe (5 months) came in at "
               "8 this morning with a bruise on his left cheek and two small round bruises on his chest, and the white "
               "of his left eye is red. Mum said his sister rolled on him. He isn't rolling over or sitting up yet. Dad "
               "texted at 8.40 to say he's picking him up at 12 today instead of 5. Ellis is with our baby room lead. "
               "Can someone ring me on 0151 496 0288 before 12. Bernie")
    data = outlook_itip_reply(f, when, ("Bernie Foulkes", "manager@littleacorns-nursery.example"), ("Knowsley MASH", KMASH),
                              "DECLINED", "Step-up TAF meeting - Lowe - EHM-63318 [SB-knowsley-607]",
                              "20630620T100000", "20630620T110000", "Whiston Family Hub", comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-63318"],
        [ch("Ellis Lowe")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's COMMENT: an Outlook iTIP REPLY (DECLINED) from a nursery manager reports "
        "facial and chest bruising and a red eye on a 5-month-old who cannot roll (a non-mobile baby), an explanation "
        "that does not fit, and dad bringing pick-up forward to 12 today -> urgent; kind stays meeting_reply; case id "
        "from the SUMMARY.",
        not_children=["Bernie Foulkes"],
        how="only in the COMMENT of a DECLINED calendar reply, plain and clinical, after a diary excuse")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2063-06-06 16:12:03"
    ack = ack_text("step-up", "SB-knowsley-598", ["Case: EHM-64107", "Step-up TAF meeting: Wed 13 Jun 2063 13:30"],
                   ["engaging_families (Engaging Families toolkit - the concerns include non-engagement)"])
    body = T("""
Hiya,

Engaging Families toolkit for Jamal Pennington and Aaliyah Pennington attached as promised (EHM-64107). Done with Jo this afternoon.

TAF still Weds 13th at Prescot.

Thanks
Nathan

Nathan Cowley | Family First Case Manager | Knowsley Council | 0151 496 0389

On Mon, 4 Jun 2063 at 10:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    atts = [docx_att("Engaging Families Toolkit - Pennington.docx", [
        "# Engaging Families Toolkit", "Family: Pennington (EHM-64107). Completed 06/06/2063 with team manager.",
        "Overall engagement: LOW.", "Health appointments missed: 6 of 8 since January."])]
    top = plain_top(f, addr("Nathan Cowley", "Nathan.Cowley@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-598]", when, KDOM, "Android Mail 19.1")
    add(f, mail(f, top, body, atts, crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-64107"],
        [ch("Jamal Pennington"), ch("Aaliyah Pennington")],
        [], None, None, [], None, "attach_to_request",
        "Android reply to [SB-knowsley-598] (knowsley_05's request) with the ack quoted under '>' bringing the missing "
        "Engaging Families toolkit -> follow_up, attach_to_request; the quoted 'What is missing' list is not a concern.",
        docs={"engaging_families"}, not_children=["Nathan Cowley"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2063-04-28 07:30:00"
    text = T("""
KNOWSLEY 0-19 SCHOOL NURSING SERVICE - SUMMER TERM BULLETIN (April 2063)

1. Head lice
Wet combing with conditioner every four days for two weeks works. Head lice on their own are not a sign of neglect and children should not be sent home for them. Persistent untreated lice with scalp sores, alongside other unmet needs, may be - talk to your school nurse.

2. Impetigo, scabies and ringworm
Impetigo: off school until the sores have crusted or 48 hours after starting antibiotics. Scabies: back to school after the first treatment. Ringworm: no need to stay off.

3. Swimming and PE: what staff may see
Bruises on shins, knees and elbows are common in active children. Bruising on the ears, neck, cheeks, torso or bottom, marks with a shape (a hand, a loop, a buckle), burns that are round or in a pattern, and ANY bruise on a baby who is not yet mobile need a body map and a same-day call to your DSL.
Practice scenarios for staff meetings (fictional - not about any real child):
a) During Year 4 swimming a girl has three round scabbed marks on her back and says "it's a secret".
b) A nursery key worker sees a bruise on the cheek of a four-month-old at nappy change.
c) A Year 6 boy falls asleep in every lesson and will not get changed for PE.
If a child is in immediate danger, call 999. Any other safeguarding concern goes to MASH the same day.

4. Dental health
Tooth decay is the most common reason children aged 5-9 are admitted to hospital. Supervised brushing in nursery and reception continues this term.

5. Dates
Sun safety assembly pack: available from 14 May. Drop-in training "Body maps in practice", Wednesday 20 June, 15:45, Teams.

You are receiving this because you are on the school nursing partners' list.
Unsubscribe: https://lists.knowsley-schoolnursing.example/unsubscribe
""")
    top = [("From", "Knowsley School Nursing <bulletin@lists.knowsley-schoolnursing.example>"), ("To", KFF),
           ("Subject", "School Nursing summer bulletin: head lice, skin infections, what staff may see at PE"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.knowsley-schoolnursing.example")),
           ("List-Id", "School nursing partners <partners.lists.knowsley-schoolnursing.example>"),
           ("List-Unsubscribe", "<https://lists.knowsley-schoolnursing.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, cte="7bit", crlf=False), "knowsley", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a school nursing List-Id bulletin (sent on a Saturday) whose fictional practice scenarios describe "
        "burns seen at swimming and a bruised four-month-old, with 'immediate danger', 999 and 'safeguarding concern' "
        "advice - examples in a bulletin, no real child -> other, human_review.")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2063-04-26 11:20:05"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with Jade Morley (Early Help Practitioner) on Tuesday, I have agreed to step the Oduya family up to Children's Services. Mosaic ID 2957713.

Children:
Daniel Oduya, DOB 30 January 2052
Grace Oduya, DOB 30/06/2056

The latest case summary is attached.

Rationale for step up
Early Help has worked with Mr Oduya since October, when Southfields Academy and Grace's primary school both raised the children's hygiene. Six months on, school describe the same picture every week: Daniel (11) wears the same shirt all week and other pupils have started to move away from him; his trainers have holes in the soles and he sits through PE in wet socks, and the school nurse has treated a fungal foot infection twice. Grace (6) has had head lice since the autumn with sores on her neck, and she falls asleep most afternoons. Mr Oduya is drinking most evenings and has told Jade he "can't face the washing". The Early Help plan has not changed any of this and we think a statutory assessment is now needed. There is no suggestion of deliberate harm.

Mr Oduya knows about the step up and has agreed to it.

Jade will attend the case discussion with me.

Kind regards,
Rosalind Achebe
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0681

""") + RDISC
    atts = [docx_att("Case Summary - Oduya - 2957713.docx", [
        "# Case summary", "Family: Oduya. Mosaic ID 2957713.",
        "Household: Samuel Oduya (father, sole carer); Daniel Oduya (11); Grace Oduya (6).",
        "Early Help involvement since 16/10/2062: TAF with both schools, school nurse, GP.",
        "Current position: hygiene and physical care unchanged; father drinking most evenings."])]
    top = outlook_top(f, addr("Achebe, Rosalind", "Rosalind.Achebe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Oduya family - Mosaic 2957713", when, cc=addr("Morley, Jade", "Jade.Morley@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2957713"],
        [ch("Daniel Oduya", "2052-01-30", "30 January 2052"), ch("Grace Oduya", "2056-06-30", "30/06/2056")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (she agreed it herself): case summary "
        "attached, rationale under its own heading (hygiene, holed trainers and foot infection seen at PE, lice, "
        "father drinking). 'Mosaic ID 2957713' -> the bare number; consent stated -> book_meeting.",
        docs={"case_summary", "rationale"}, not_children=["Samuel Oduya", "Jade Morley", "Rosalind Achebe"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2063-04-30 14:35:19"
    body = T("""
Dear Early Help Duty,

As agreed on the phone with the Early Help duty team manager earlier today, I'm confirming the step down case discussion for the Fenwick children on Thursday 3 May at 2pm on Teams. The latest case summary and the draft Early Help plan are attached.

Alfie Fenwick - born 12 March 2054
Isla Fenwick - born 2 November 2058
Mosaic 2944021

The CIN plan began last September when Alfie came into school with his face swollen from a dental abscess that had not been treated, and school also raised head lice and the children's clothes. Since then Alfie has had his treatment, both children are registered with a dentist and have been seen twice, the lice have cleared and Ms Fenwick has a working washing machine through the crisis fund. She has engaged with every visit.

Why Early Help: to keep the routines going over the summer holidays, and for help with Isla's move to Reception in September.

Ms Fenwick has consented to Early Help continuing the plan, and Alfie said he is happy to keep seeing the family support worker. My team manager, Owen Lacey, has agreed the step down.

Best wishes,
Maya Kessler
Social Worker | Children in Need (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0356

""") + RDISC
    atts = [pdf_att("Case summary - Fenwick - April 2063.pdf", "Case summary", [
                "Family: Fenwick. Mosaic 2944021.",
                "CIN plan since 09/2062: dental treatment, head lice, clothing and laundry. All actions complete.",
                "No current child protection concerns. Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Fenwick.docx", [
                "# Draft Early Help plan", "Family: Fenwick", "Outcome 1: six-monthly dental check-ups kept.",
                "Outcome 2: Isla settled in Reception by October half term.", "Outcome 3: summer routine plan with mum."])]
    top = outlook_top(f, addr("Kessler, Maya", "Maya.Kessler@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Fenwick - case discussion Thu 3 May 2pm", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2944021"],
        [ch("Alfie Fenwick", "2054-03-12", "12 March 2054"), ch("Isla Fenwick", "2058-11-02", "2 November 2058")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (case summary .pdf, draft plan .docx, consent) with the discussion "
        "agreed by phone for Thu 3 May, within 5 days of the contact -> book_meeting. The untreated abscess is the past "
        "reason for the CIN plan; the current concern is keeping care routines going (neglect).",
        docs={"case_summary", "draft_plan"}, not_children=["Maya Kessler", "Owen Lacey"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2063-06-12 11:24:47"
    body = T("""
Hi,

Body map from Szymon's swimming lesson this morning attached, as I said I'd send. Mosaic 2961150.

Thanks
Gemma

Gemma Hardy
Early Help Practitioner | Richmond and Wandsworth Councils | 020 7946 0593

""") + RDISC
    att = pdf_att("Body map - S Kowalczyk - 12.06.63.pdf", "Body map and record of observation - Sheen Vale Primary School", [
        "Pupil: Szymon Kowalczyk. Year 4. DOB 21/08/2053. Mosaic 2961150 (Early Help).",
        "Setting: Year 4 swimming, Putney Leisure Centre, 09:40-10:20, Tuesday 12/06/2063.",
        "Recorded by: Ms L. Tan, class teacher, in the changing room, with Mr D. Ward (TA) present.",
        "Observed: four round marks 6-8 mm across on the inside of the left upper arm, blistered, two weeping.",
        "One similar mark on the right forearm, scabbed and healing. No other marks seen.",
        "Child's words (verbatim, when asked if his arm was sore):",
        "'Mark did it with his lighter cos I didn't go to bed. He does it when mummy's on nights.",
        "Mummy is on nights again tonight.'",
        "Mark = mother's partner, Mark Tierney, who lives at the home.",
        "Collection: Szymon is collected at 15:15 today; Mark Tierney is on the collection list.",
        "Child returned to class at 10:45. Mother not contacted.",
        "Front / back outline: marks drawn on left upper arm (x4) and right forearm (x1)."])
    top = outlook_top(f, addr("Hardy, Gemma", "Gemma.Hardy@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Step up - Kowalczyk [SB-richmond_wandsworth-118]", when)
    add(f, mail(f, top, body, [att], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["2961150"],
        [ch("Szymon Kowalczyk", "2053-08-21", "21/08/2053")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in an ATTACHMENT: a follow-up to [SB-richmond_wandsworth-118] whose body only sends a body map; "
        "the PDF records fresh round blistered burns seen at swimming, the 9-year-old's words that mum's partner did them "
        "with a lighter when mum works nights, mum on nights tonight and the partner collecting at 15:15 -> urgent.",
        not_children=["Gemma Hardy", "Mark Tierney"],
        how="only in an attached body-map PDF, under a one-line covering note")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2063-06-20 15:05:33"
    body = T("""
Hello,

Step down request for Leon Castellano (DOB 04-04-2055), Mosaic 2938806.

I spoke to the Early Help duty team manager this afternoon and we agreed the case discussion for Tuesday 26 June at 10am.

Background, since it will come up: last September school staff saw bruises on Leon's shins and a mark on his back at swimming. A section 47 enquiry was completed at the time - the bruises came from a football tournament and the mark from falling off the top bunk, both confirmed by his coach and by his mum's photos on the night - and it closed with no further action. There are no current child protection concerns and no marks have been seen since.

The CIN plan has been about Leon's attendance (now 90%) and him falling asleep in class because he was gaming until 3am. Dad has taken the console out of his room and he is much brighter in school.

Latest case summary attached. The draft Early Help plan isn't written yet - I'm meeting the Early Help worker on Monday and will send it after that.

Dad has agreed to Early Help carrying on the plan.

Kind regards,
Tobias Whitlock
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth Councils
020 7946 0418

""") + RDISC
    atts = [pdf_att("Case summary Castellano 2938806.pdf", "Case summary - Castellano", [
        "Mosaic 2938806. Child: Leon Castellano.",
        "CIN since 11/2062: attendance and sleep. Section 47 (09/2062) closed NFA - accidental injuries.",
        "Current: attendance 90%, no current child protection concerns."])]
    top = outlook_top(f, addr("Whitlock, Tobias", "Tobias.Whitlock@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Castellano - discussion Tue 26 June", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2938806"],
        [ch("Leon Castellano", "2055-04-04", "04-04-2055")],
        ["school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "Near miss: the bruises seen at swimming are HISTORIC (last September, s47 found accidental injuries, closed, "
        "'no current child protection concerns'). Richmond & Wandsworth step-down with case summary and consent but the "
        "draft plan 'isn't written yet' -> missing draft_plan -> request_info.",
        docs={"case_summary"}, not_children=["Tobias Whitlock"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2063-07-05 10:12:26"
    inner = T("""
Helen,

Poppy fell asleep on the carpet in phonics again - she's been like it all week. When she woke up she was crying and said "Daddy pushed mummy into the cupboard last night and there was blood on the floor and mummy went in the ambulance. Daddy's at home with Reggie."

Dad rang the office at 9.30 to say he's collecting Poppy at lunchtime because they're "going to see family".

She's with me in the library now.

Kerry
""")
    body = T("""
Hello,

Forwarding the note below from Kerry, our Year 2 teaching assistant. It is about Poppy Walsh (Year 2, DOB 17.10.2055) and her baby brother Reggie Walsh (10 months), who is at home.

I've tried mum's mobile twice and it goes straight to voicemail. Lunch is at 12.

Helen Marchetti
Deputy Headteacher and Designated Safeguarding Lead
Sheen Lane Primary School | 020 7946 0162

---------- Forwarded message ---------
From: Kerry Doyle <k.doyle@sheenlane-primary.example>
Date: Thu, 5 Jul 2063 at 09:58
Subject: Poppy W - Y2
To: Helen Marchetti <h.marchetti@sheenlane-primary.example>

""") + inner
    top = plain_top(f, addr("Helen Marchetti", "h.marchetti@sheenlane-primary.example"), addr("MASH Step Up", RSU),
                    "Fwd: Poppy W - Y2", when, "sheenlane-primary.example")
    add(f, gmail_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Poppy Walsh", "2055-10-17", "17.10.2055"), ch("Reggie Walsh")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a Gmail FORWARD: a 7-year-old who fell asleep in class says dad pushed mum into a cupboard, "
        "there was blood and mum left in an ambulance last night; dad is at home with the 10-month-old and is taking "
        "Poppy out at lunchtime; mum unreachable -> urgent, other (not a step request).",
        not_children=["Helen Marchetti", "Kerry Doyle"],
        how="in a Gmail-forwarded TA's note, in the child's own words, under a flat covering line from the DSL")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2063-04-27 09:03:11"
    data = google_reply(f, when, ("Farah Siddiqui", "farah.siddiqui.schoolnurse@gmail.com"),
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Oduya [SB-richmond_wandsworth-112]",
                        "20630501T130000Z", "20630501T140000Z", "Microsoft Teams",
                        "Tue 1 May 2063 14:00 - 15:00 (BST)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from the school nurse for the Oduya step-up "
        "case discussion (richmond_wandsworth_01's family) -> meeting_reply, record_reply.",
        not_children=["Farah Siddiqui"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2063-05-15 13:40:52"
    body = T("""
Dear Early Help Duty,

Following up our phone call this morning about Aisha Noor (DOB 14/09/2061), as promised.

Our new apprentice noticed blue-grey marks on Aisha's lower back and bottom at nappy change yesterday and recorded them as bruises. Mum brought Aisha's red book in today: the health visitor recorded the marks at the new birth visit as congenital dermal melanocytosis (Mongolian blue spots), with a drawing, and they are also on the health form mum filled in when Aisha started with us in January, which the apprentice had not seen. They have not changed since. They are not bruises and there is no injury.

Our DSL has closed this on our log. We are doing some extra body-map training with the apprentice so she knows to check the child's health form first.

Nothing is needed from you - I just wanted to close the loop.

Kind regards,
Marisa Duarte
Nursery Manager | Little Oaks Day Nursery, Twickenham
020 7946 0270
""")
    top = plain_top(f, addr("Marisa Duarte", "manager@littleoaks-twickenham.example"), addr("Early Help Duty", RED),
                    "Aisha Noor - marks seen at nappy change - closing the loop", when, "littleoaks-twickenham.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Aisha Noor", "2061-09-14", "14/09/2061")],
        [], None, None, [], None, "human_review",
        "Near miss: 'bruises' seen at nappy change were explained and checked (birthmarks recorded in the red book at "
        "birth and on the nursery's own health form, 'not bruises and there is no injury', closed) -> nothing current, "
        "other, human_review, concerns [].",
        not_children=["Marisa Duarte"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2063-07-20 16:02:44"
    body = T("""
Thank you for your email. I am on annual leave from Saturday 21 July and back on Monday 6 August. School nursing drop-ins are closed over the summer holidays.

If a child is in immediate danger, call 999. For an urgent safeguarding concern about a child in Richmond or Wandsworth, contact the MASH on 020 7946 0321 (or the Emergency Duty Team on 020 7946 0999 out of hours). For head lice, skin infections or sore teeth, please contact your GP, pharmacist or NHS 111.

Kamala Joseph
School Nurse | Wandsworth 0-19 Service
""")
    data = ooo(f, when, ("Kamala Joseph", "kamala.joseph@wandsworth019.example"), addr("Early Help Duty", RED),
               "Step down - Castellano [SB-richmond_wandsworth-131]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: a school nurse's Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate says "
        "'immediate danger', 'urgent safeguarding concern' and 999 -> auto_reply, ignore, never urgent.",
        not_children=["Kamala Joseph"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return docx_att(fname, ["# Multi-Agency Request for Support (MARF)", "Family: " + family] + lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2063-04-24 10:30:41"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step the Chowdhury family up from Early Help. Mosaic 3391820.

Ibrahim Chowdhury - DOB 22/01/2052 - Year 6, Harford Street Primary
Safa Chowdhury - DOB 2 Aug 2057 - Year 1, same school

School's worries have grown over the Easter holidays. Both children came back with head lice that have been untreated since January; Safa's scalp is covered in sores that the school nurse says are infected. Ibrahim's uniform is torn and too small, and Safa has been wearing her brother's old shoes, which are too big, and fell twice in PE. Both children arrive hungry and Ibrahim has been seen taking food from the bins at lunch. Ibrahim has complained of toothache for a month. Attendance is 78% and 81%. Mum has been low and in bed most days since their father left (her GP has started her on antidepressants), and the Early Help plan has not been able to shift things.

Mum knows about this request and has agreed to it.

My manager, Shelina Akhtar, has agreed the step up.

Regards,
Omari Grant
Early Help Practitioner | Tower Hamlets Early Help | London Borough of Tower Hamlets
020 7946 0733

""") + TDISC
    atts = [marf("Multi-Agency Request for Support - Chowdhury.docx", "Chowdhury (Mosaic 3391820)", [
        "Children: Ibrahim Chowdhury 22/01/2052; Safa Chowdhury 02/08/2057.",
        "Reason for request: neglect of physical care and health; school attendance.",
        "Parent's consent to this request: yes (mother).",
        "Manager's agreement: Shelina Akhtar, Early Help Team Manager, 23/04/2063."])]
    top = outlook_top(f, addr("Grant, Omari", "Omari.Grant@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Chowdhury - Mosaic 3391820", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["3391820"],
        [ch("Ibrahim Chowdhury", "2052-01-22", "22/01/2052"), ch("Safa Chowdhury", "2057-08-02", "2 Aug 2057")],
        ["neglect", "parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: Multi-Agency Request for Support form attached and the manager's "
        "agreement stated; neglect seen at school (lice and infected sores, clothes, shoes, hunger, toothache), low "
        "attendance, mum in bed most days -> book_meeting.",
        docs={"request_for_support"}, not_children=["Omari Grant", "Shelina Akhtar"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2063-05-09 16:05:12"
    body = T("""
Hello,

I am room leader in the 2 years room at Bright Steps Nursery, Bow. I find this email on the poster in our office.

Today 15.30 I change nappy of Amelia Rahman (2 years, born 11.03.2061). I see she is very red and swollen in private area, there is little blood in the nappy and bruises inside both legs, small, like fingers. She cry very much when I clean her. I ask "who hurt you" and she say "Uncle Jay do it. Uncle Jay bath".

Uncle Jay is the boyfriend of mother. He bring Amelia and pick up every day. He come today for pick up 17.30.

Our manager is on holiday this week and the deputy is off sick, so I am alone with this. I write everything in our book and I make the body map. Is it ok I tell him Amelia must wait? Please call the nursery 020 7946 0184, ask for Zofia.

Thank you
Zofia Wiśniewska
Room Leader, Bright Steps Nursery
""")
    top = plain_top(f, addr("Zofia Wiśniewska", "zofia.w@brightsteps-bow.example"), addr("Early Help Hub", TEH),
                    "Amelia R. - nappy change today", when, "brightsteps-bow.example")
    data = build(top, text_part(body, charset="iso-8859-2"), False)
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Amelia Rahman", "2061-03-11", "11.03.2061")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a nursery room leader's second-language English (ISO-8859-2, QP): genital injury and "
        "fingertip bruising seen at nappy change on a 2-year-old, her words 'Uncle Jay do it', and he collects her at "
        "17.30 today; managers absent -> urgent, other (misdirected to the Early Help hub).",
        not_children=["Zofia Wiśniewska"],
        how="non-native English from nursery staff, plain and clinical, in a legacy charset")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2063-06-11 12:15:30"
    body = T("""
Dear Early Help Hub,

I am stepping the Mensah children down to Early Help. The Child and Family Assessment concluded on Thursday 7 June and recommends a step down. Mosaic 3374412.

Kofi Mensah - DOB 2055-07-19
Abena Mensah - DOB 2059-01-30

The CIN plan followed school's referral in January: Kofi was coming in unwashed, in shoes held together with tape, with a cough that had gone on for weeks, and he fell asleep in lessons. Ms Mensah was working two night jobs. With a change of shifts, help with the washing and a GP review for Kofi's asthma, things have turned round: both children are clean, well dressed and well at school.

I will chair the TAF meeting on Thursday 21 June at 10:00 at Columbia Primary School, Columbia Road, E2.

Lead practitioner: Ms Rachel Obi, Family Support Worker at Columbia Primary School, has agreed to be lead practitioner.

Attached: the Child and Family Assessment and the draft TAF plan.

Ms Mensah has consented to the step down.

Kind regards,
Tahmina Islam
Social Worker | Children in Need Team | London Borough of Tower Hamlets
020 7946 0517

""") + TDISC
    atts = [pdf_att("C&F Assessment - Mensah - 07.06.2063.pdf", "Child and Family Assessment", [
                "Children: Kofi Mensah, Abena Mensah. Mosaic 3374412. Concluded 07/06/2063.",
                "Analysis: physical care now good enough; mother's working pattern changed.",
                "Recommendation: step down to Early Help with a TAF plan led by school."]),
            docx_att("Draft TAF plan - Mensah.docx", [
                "# Draft TAF plan", "Family: Mensah (Mosaic 3374412)",
                "1. School to keep spare uniform and PE kit for Kofi.", "2. Asthma review every 6 months.",
                "3. Family Support Worker to see mum fortnightly until October half term."])]
    top = outlook_top(f, addr("Islam, Tahmina", "Tahmina.Islam@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Mensah - TAF Thu 21 June", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3374412"],
        [ch("Kofi Mensah", "2055-07-19", "2055-07-19"), ch("Abena Mensah", "2059-01-30", "2059-01-30")],
        ["neglect"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F assessment .pdf, draft TAF plan .docx, consent, lead practitioner named "
        "with her agency; TAF on Thu 21 Jun is within 10 WD of the assessment ending on 7 Jun -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Tahmina Islam", "Rachel Obi"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2063-06-21 14:48:09"
    body = T("""
Hi,

Step down for Deniz Yilmaz (13th December 2051), Mosaic 3380075.

For the record, as the referral was about what school saw in PE: there have been no marks or bruises seen at PE or swimming since the plan began, no disclosures from Deniz, and the school nurse confirms the head lice and the infected eczema on his hands have cleared. He is no longer falling asleep in lessons and dad has bought him new trainers and a coat.

What is left is attendance (89%), which is why we are stepping down rather than closing.

Lead practitioner: Mr Gary Fox, Learning Mentor, Bow School - he has agreed.
Mr Yilmaz has consented to the step down to Early Help.
The draft TAF plan is attached. The Child and Family Assessment is with my manager for sign-off and I'll send it as soon as it's authorised.

Thanks
Iwan Pritchard
Social Worker | Children in Need Team | London Borough of Tower Hamlets
020 7946 0671

""") + TDISC
    atts = [docx_att("TAF plan (draft) - Yilmaz.docx", [
        "# Draft TAF plan", "Deniz Yilmaz - Mosaic 3380075", "1. Attendance above 95% by Christmas.",
        "2. Weekly check-in with the learning mentor.", "3. Dad to attend the attendance panel in September."])]
    top = outlook_top(f, addr("Pritchard, Iwan", "Iwan.Pritchard@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Yilmaz - Mosaic 3380075", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3380075"],
        [ch("Deniz Yilmaz", "2051-12-13", "13th December 2051")],
        ["school_attendance"], True, None, ["assessment"], None, "request_info",
        "Near miss: marks, bruises, disclosures, lice and sleep are all NEGATED ('no marks or bruises ... no "
        "disclosures ... cleared ... no longer'). Step-down with draft TAF plan, consent and lead practitioner but the "
        "C&F assessment is still with the manager -> missing assessment -> request_info.",
        docs={"draft_plan"}, not_children=["Gary Fox", "Iwan Pritchard"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2063-07-03 15:10:27"
    inner = T("""
Hi Leila,

Maryam came to my lunchtime drop-in asking for something for a sore on her back she can't reach. While I was looking at it she said her mum's partner, Tariq, "comes in the bathroom when I'm in the shower and stays there", that on Sunday he got in the shower with her, and that last night he came into her room after her mum was asleep.

She asked if she could sleep at school tonight because mum is on a night shift and it will just be her, Hamza and Tariq in the flat.

I told her I would pass this on. She's in lessons until 3.10.

Bushra

Bushra Patel | School Nurse | Tower Hamlets 0-19 Service
""")
    body = T("""
Dear Early Help Hub,

Please accept this step down for the Sultana children. Mosaic 3368120.

Maryam Sultana - DOB 05/05/2050
Hamza Sultana - DOB 22/12/2053

The CIN plan was for Hamza's attendance and mum's low mood after the divorce. Both have improved and the Child and Family Assessment (attached) recommends Early Help. The draft TAF plan is attached.

Lead practitioner: Mrs Farzana Uddin, Pastoral Manager at Stepney Green School, has agreed.
Ms Sultana has consented to the step down.
TAF meeting: Tuesday 10 July, 2pm, at Stepney Green School.

Also below is something from the school nurse today - one for the TAF I think.

Leila Haddad
Social Worker | Children in Need Team | London Borough of Tower Hamlets
020 7946 0524

""") + TDISC + quote("Patel Bushra <bushra.patel@th019.example>", "03 July 2063 14:22",
                    "Haddad Leila <Leila.Haddad@towerhamlets.gov.uk>", "Maryam S - drop-in today", inner)
    atts = [pdf_att("C&F Assessment - Sultana.pdf", "Child and Family Assessment - Sultana", [
                "Mosaic 3368120. Concluded 26/06/2063.",
                "Hamza's attendance 92% this half term. Mother engaging with talking therapy.",
                "Recommendation: step down to Early Help."]),
            docx_att("Draft TAF plan - Sultana.docx", [
                "# Draft TAF plan", "Sultana family", "1. Attendance monitoring for Hamza.",
                "2. Mum to continue talking therapy.", "3. Pastoral check-ins for Maryam."])]
    top = outlook_top(f, addr("Haddad, Leila", "Leila.Haddad@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Sultana - Mosaic 3368120", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["3368120"],
        [ch("Maryam Sultana", "2050-05-05", "05/05/2050"), ch("Hamza Sultana", "2053-12-22", "22/12/2053")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED school nurse's note under a complete step-down: a 13-year-old says mum's partner "
        "comes into the shower, got in with her on Sunday and came to her room last night, and tonight mum is on nights "
        "leaving her with him -> urgent. Step-down itself complete (assessment, plan, consent, lead practitioner).",
        docs={"assessment", "draft_plan"}, not_children=["Leila Haddad", "Bushra Patel", "Farzana Uddin"],
        how="in a forwarded school nurse's note the social worker calls 'one for the TAF', in the child's own words")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2063-05-16 12:25:58"
    body = T("""
Dear MAST,

We are running a whole-staff safeguarding INSET on Friday 18 May and I'd be grateful if someone could sense-check three scenarios before I print them. They are made up - none of them is about a real pupil, and the names are placeholders.

Scenario 1 (swimming): During Year 5 swimming a teacher notices round marks on Pupil A's upper arm. Pupil A says "my stepdad did it with his lighter". What does the teacher write, and who does she tell?

Scenario 2 (a drawing): A Reception child draws a picture of a grown-up and a child in the bath and says it is "a secret game". What should staff do with the drawing?

Scenario 3 (tiredness): A Year 9 pupil falls asleep in every lesson and says she works nights at her uncle's takeaway.

Our answer for each is: record the child's words exactly, do not question further, tell the DSL straight away, and if the child is in immediate danger ring 999 and then MAST. Is there anything you would add, especially on when staff should ring you directly?

Many thanks,
Anjali Rao
Assistant Headteacher and DSL | Globe Academy, Bethnal Green
020 7946 0835
""")
    top = outlook_top(f, addr("Rao, Anjali", "a.rao@globeacademy-bg.example"), addr("MAST", TMAST),
                      "INSET scenarios - could you sense-check?", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a school's made-up INSET scenarios (burns seen at swimming, a drawing of a 'secret game', a "
        "sleeping pupil working nights) with 'immediate danger' and 999 - 'none of them is about a real pupil' -> "
        "other, human_review.", not_children=["Anjali Rao"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2063-06-15 08:45:16"
    data = outlook_itip_reply(f, when, ("Grace Ambrose", "grace.ambrose@th019.example"), ("Early Help Hub", TEH),
                              "TENTATIVE", "TAF meeting - Mensah - Mosaic 3374412 [SB-tower_hamlets-245]",
                              "20630621T100000", "20630621T110000", "Columbia Primary School, Columbia Road, E2",
                              "Immunisation clinic that morning - I'll come when it finishes, probably 10.30.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3374412"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the school nurse for tower_hamlets_03's TAF (Thu 21 Jun) -> "
        "meeting_reply, record_reply; the Mosaic number in the SUMMARY is the case id.",
        not_children=["Grace Ambrose"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2063-05-30 21:15:37"
    text = T("""
Hi

Sorry if this is the wrong place, I got this email from a leaflet at the school gate.

I'm not writing about my kids, they're fine - they're with me, they're at school, my sister has them after school. It's me. I've had a dental abscess for three weeks, my face is swollen and the pain is killing me. I can't sleep and I keep falling asleep on the bus to work. 111 said there's a risk of it spreading and to see a dentist urgently, but nobody near me is taking NHS adults and I can't afford private.

Is there anything Early Help can do for parents, or can you point me to someone?

Thanks
Nasreen

Sent from my iPhone
""")
    top = plain_top(f, addr("Nasreen K", "nasreen.k.2049@gmail.com"), addr(None, TEH),
                    "help with dentist?", when, "gmail.com")
    add(f, apple_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an adult's own matter - a parent's dental abscess, pain, 'risk of it spreading', 'urgently' - with "
        "her children explicitly fine and cared for -> other (a general enquiry to the wrong place), human_review.",
        not_children=[])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2063-04-30 10:05:44"
    body = T("""
Good morning Early Help,

I'd like a triage slot to step the Pascoe children down to level 3 Early Help. LCS-4719203.

Isabelle Pascoe, DOB 09/09/2060
Finley Pascoe, DOB 2 February 2062

Both children are under 5, so I understand this will go to the under-5s triage.

Nursery referred in November: Isabelle was arriving in the same clothes for days with a nappy rash that had broken down into open sores, Finley had missed all his immunisations, and neither child had seen a dentist or health visitor for a year. Mum was struggling after Finley's birth. She has done well: the rash healed within a fortnight, both children are now up to date with immunisations and the health visitor, and nursery say they arrive clean and fed.

The Single Assessment with my analysis and the rationale for stepping down is attached. My team manager, Jo Westaway, has recorded her analysis on LCS confirming the threshold for level 3 is met.

Mum (Chloe Pascoe) has given consent for level 3 Early Help.

Thanks,
Becky Hannaford
Social Worker | Single Assessment Team | Torbay Council
01632 960412

""") + BDISC
    atts = [pdf_att("Single Assessment - Pascoe - LCS-4719203.pdf", "Single Assessment - analysis and rationale", [
        "Children: Isabelle Pascoe (09/09/2060), Finley Pascoe (02/02/2062). LCS-4719203.",
        "Analysis: physical care and health needs now met; mother engaging with the health visitor.",
        "Rationale: needs can be met at level 3 with a lead practitioner from nursery.",
        "Team manager's analysis: threshold for level 3 met - J. Westaway, 27/04/2063."])]
    top = outlook_top(f, addr("Hannaford, Becky", "Becky.Hannaford@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - Pascoe - LCS-4719203", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4719203"],
        [ch("Isabelle Pascoe", "2060-09-09", "09/09/2060"), ch("Finley Pascoe", "2062-02-02", "2 February 2062")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down to level 3 (stated): Single Assessment with analysis attached, team manager's analysis "
        "confirming threshold, consent -> book_meeting; both children under 5 -> the fortnightly under-5s triage.",
        docs={"assessment"}, not_children=["Chloe Pascoe", "Becky Hannaford", "Jo Westaway"])

def torbay_02():
    f = "torbay_02.eml"; when = "2063-05-11 10:52:08"
    text = T("""
hi sorry to email not ring, signal is rubbish at the pool

y4 swimming this morn at Paignton pool. when Tia-Rose Hext got changed i saw 3 round burns on her back, about the size of a cig end. 2 look new and weepy, 1 scabbed over. she said "its Lee, he does it with his fag when im bad. dont tell mum"

Lee is mums fella, he lives with them. she begged me not to make her go home. he picks her up today 3.20 from school

we're back at school about 11.30. our DSL mr Prowse is on a course all day and the head is out

Shelley Tremain
TA yr4, Roselands Primary
07700 900482

Sent from my iPhone
""")
    top = plain_top(f, addr("Shelley Tremain", "s.tremain@roselands-primary.example"), addr(None, BMASH),
                    "Tia-Rose y4", when, "roselands-primary.example", "iPhone Mail (22F76)")
    add(f, apple_mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tia-Rose Hext")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in mobile shorthand (format=flowed iPhone mail, no capitals): fresh round burns seen at swimming, "
        "an 8-year-old's words that mum's partner does it with his cigarette, she begs not to go home and he collects "
        "her at 3.20 today; DSL and head out -> urgent, other.",
        not_children=["Shelley Tremain"],
        how="mobile shorthand from a teaching assistant at the pool, the child's own words, no capitals")

def torbay_03():
    f = "torbay_03.eml"; when = "2063-05-17 14:20:31"
    body = T("""
Dear MASH,

I'm making a contact for Ashton Crocker (DOB 28/02/2051, Year 7 at Paignton Community Academy), EHM-742118, who I have worked with at level 3 since September.

School have raised that Ashton falls asleep in most lessons, has stopped getting changed for PE because his kit hasn't been washed since Easter and other boys have commented on the smell, and has had three bouts of conjunctivitis this term that weren't treated until school phoned the GP. At home, mum (Dawn) has MS and her depression has worsened since March; she now spends most days in bed and Ashton is doing the cooking, the shopping and helping her to the toilet at night. He told me he gets "about four hours" sleep. The carers' assessment has stalled and the level 3 plan isn't meeting this.

Dawn has given consent for this contact.

I have discussed it with my ATM, Silas Penrose, and we agree this needs considering for level 4.

Kind regards,
Kirsty Widger
Early Help Worker | Torbay Early Help | Torbay Council
01632 960537

""") + BDISC
    top = outlook_top(f, addr("Widger, Kirsty", "Kirsty.Widger@" + BDOM), addr("MASH", BMASH),
                      "Contact / step up - Ashton Crocker - EHM-742118", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-742118"],
        [ch("Ashton Crocker", "2051-02-28", "28/02/2051")],
        ["neglect", "parental_mental_health", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay step-up (contact to MASH): consent and ATM agreement stated; a young carer falling asleep in "
        "lessons, unwashed PE kit, untreated infections, mum's MS and depression -> book_meeting (threshold discussion).",
        not_children=["Dawn Crocker", "Kirsty Widger", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2063-06-14 11:30:19"
    ack = ack_text("step-up", "SB-torbay-529", ["Case: EHM-740991", "Children: Reuben Luscombe, Darcie Luscombe",
                                                 "MASH threshold discussion: to be booked"], [])
    body = T("""
Morning,

Update for the threshold discussion on Reuben Luscombe and Darcie Luscombe, so it's on the record.

The scald marks school saw on Reuben's feet and ankles when he changed for PE on Monday were seen by the paediatrician the same afternoon. Police and the duty social worker attended on Monday; mum's partner was arrested and has been remanded in custody until his crown court date. Reuben and Darcie are staying with their maternal grandparents under the safety plan agreed at Tuesday's strategy discussion, mum is there with them, and Reuben was back in school today, happy and running about.

Nothing needed from MASH today - I'm just adding it to the contact.

Thanks
Gemma

Gemma Luscombe | Early Help Worker | Torbay Early Help | 01632 960511

On 31 May 2063, at 10:14, MASH <mash@torbay.gov.uk> wrote:

""") + quoted(ack)
    top = plain_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("MASH", BMASH),
                    "Re: Step-up request received [SB-torbay-529]", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["EHM-740991"],
        [ch("Reuben Luscombe"), ch("Darcie Luscombe")],
        ["physical_harm"], None, None, [], None, "attach_to_request",
        "Near miss: ALREADY HANDLED - scalds seen at PE on Monday, paediatric exam the same day, partner arrested and "
        "remanded, children with grandparents under a safety plan, 'nothing needed from MASH today' -> follow_up to "
        "SB-torbay-529, attach_to_request.",
        not_children=["Gemma Luscombe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2063-06-26 09:40:50"
    body = T("""
Hello,

I would like a triage slot for Jasmine Yeo (DOB 11/04/2050) to step down to level 3. LCS-4715586.

Jasmine is autistic and has severe sensory difficulties. School first raised concerns last year because she came in with unbrushed, matted hair, refused to wear socks or school shoes (her feet were blistered from wearing her sister's sliders) and had toothache from decay because she won't let anyone brush her teeth. With OT advice, seamless socks, a sensory toothbrush and a dental desensitisation plan things are much better, and the remaining needs are about her autism.

The Single Assessment with my analysis and rationale is attached, and my team manager, Harriet Lang, has recorded her analysis confirming level 3.

However, mum (Ms Yeo) told me on Friday that she does not want Early Help at the moment - she feels the family have "had enough professionals" and would rather go it alone with the school SENCO. I have said I will ask her again after the summer.

Marcus Pengelly
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960481

""") + BDISC
    atts = [pdf_att("Single Assessment - Yeo.pdf", "Single Assessment - analysis", [
        "Jasmine Yeo, LCS-4715586. Autism (diagnosed 2058), sensory processing difficulties.",
        "Personal care and dental health improved with OT input.",
        "Rationale: step down to level 3 - needs relate to SEND.",
        "Team manager's analysis: level 3 threshold met - H. Lang, 22/06/2063."])]
    top = outlook_top(f, addr("Pengelly, Marcus", "Marcus.Pengelly@" + BDOM), addr("Early Help", BEH),
                      "Step down triage request - Yeo", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-4715586"],
        [ch("Jasmine Yeo", "2050-04-11", "11/04/2050")],
        ["disability_send"], False, True, ["consent"], None, "request_info",
        "Torbay step-down to level 3 with the Single Assessment and the team manager's analysis, but mum 'does not want "
        "Early Help at the moment' -> consent false, missing consent -> request_info.",
        docs={"assessment"}, not_children=["Marcus Pengelly", "Harriet Lang"])

def torbay_06():
    f = "torbay_06.eml"; when = "2063-07-09 09:58:35"
    text = T("""
Hi,

Adding to Mason Brimble's step up (EHM-743305).

Mason came in this morning with his right arm in a sling made from a tea towel. His fingers are puffy and purple-ish and he can't move them. He won't let our first aider look at it. Mum says he fell off the trampoline on Saturday, but Mason told Mrs Cole in class "Dad twisted it behind my back because I spilt his drink." It has not been seen by a doctor.

Dad rang the office at 9.40 to say he is picking Mason up at 11 to take him "to the dentist". We don't know of any dentist appointment.

Mason is in class with Mrs Cole.

Louise Kitto
Learning Mentor, Preston Primary School
01632 960790
""")
    top = plain_top(f, addr("Louise Kitto", "l.kitto@prestonprimary-torbay.example"), addr("MASH", BMASH),
                    "RE: Step-up request received [SB-torbay-544]", when, "prestonprimary-torbay.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, text, cte="base64", crlf=False), "torbay", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-743305"],
        [ch("Mason Brimble")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a follow-up (base64 body): an untreated arm injury with swollen purple fingers, the child's "
        "words that dad twisted it, an explanation that does not fit and dad removing him at 11 today on a pretext -> "
        "urgent follow_up to SB-torbay-544.",
        not_children=["Louise Kitto"],
        how="flat, factual school note on a reply, base64-encoded, the child's own words and a pick-up in an hour")

def torbay_07():
    f = "torbay_07.eml"; when = "2063-07-18 11:46:14"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Leo Ferris (DOB 14.03.2060) - step down to level 3. LCS-4722810.

Leo is 3 and at Little Stars nursery in Brixham. The plan was about neglect - a nappy rash that had become infected, head lice and him being very underweight. He has put on weight, his skin has healed and nursery are happy with how he comes in. He is under 5 so I think this is the under-5s triage.

The Single Assessment with my analysis is attached; my team manager, Owen Tapp, has recorded his analysis confirming level 3. Mum and dad have both given consent for level 3 Early Help.

One other thing - nursery rang while I was writing this. I've pasted what they said:

"Leo came in at 8.50 with both palms blistered, red and shiny. He said 'Daddy put my hands on the hot cooker cos I touched his phone.' Dad brought him in today, not mum, and said he'll collect him at 12.30 instead of 3. Leo keeps holding his hands up and won't hold a cup."

Not sure if this changes the step down - I'll pick it up with my manager next week.

Thanks
Nadine Stentiford
Social Worker | Single Assessment Team | Torbay Council
01632 960428

""") + BDISC
    atts = [pdf_att("Single Assessment - Ferris - LCS-4722810.pdf", "Single Assessment - analysis", [
        "Leo Ferris (14/03/2060). LCS-4722810.",
        "Analysis: weight gain, skin healed, nursery attendance good.",
        "Team manager's analysis: level 3 threshold met - O. Tapp, 16/07/2063."])]
    top = outlook_top(f, addr("Stentiford, Nadine", "Nadine.Stentiford@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - Ferris - LCS-4722810", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "urgent", "step_down", True, 3, ["LCS-4722810"],
        [ch("Leo Ferris", "2060-03-14", "14.03.2060")],
        ["neglect", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in an understated aside inside a complete step-down: nursery's note of a 3-year-old's blistered "
        "palms, his words that dad held them on the hot cooker, and dad collecting at 12.30 today; the social worker "
        "will 'pick it up next week' -> urgent. Step-down complete (assessment, TM analysis, consent, level 3 stated).",
        docs={"assessment"}, not_children=["Nadine Stentiford", "Owen Tapp"],
        how="nursery's words pasted mid-request, followed by the social worker's understatement")

def torbay_08():
    f = "torbay_08.eml"; when = "2063-05-04 15:30:27"
    text = T("""
Dear Parents and Carers of Hedgehogs Class (Year 3),

Ringworm in Hedgehogs Class

Nibbles, our class guinea pig, has been diagnosed by the vet with ringworm. A few children who handled him have developed red, circular, itchy patches on their hands and arms. Ringworm is a common fungal skin infection – it is not a worm – and it is easily treated with cream from the pharmacist.

• Children do not need to stay off school.
• Please check your child’s skin; if you see a red ring-shaped patch, ask your pharmacist for an antifungal cream.
• Wash hands after handling pets.

Nibbles is being treated and will come back to the classroom when the vet says he is clear. He is “very cross about his cream”, according to the children.

Thank you for your support.

Mrs J. Honeywill
Office Manager, Hillside Primary School, Torquay
""")
    top = plain_top(f, addr("Hillside Primary Office", "office@hillside-primary.example"), addr(None, BMASH),
                    "Letter to parents - ringworm in Hedgehogs Class", when, "hillside-primary.example",
                    "Microsoft Outlook 16.0")
    data = build(top, text_part(text, charset="windows-1252"), False)
    add(f, data, "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a school's letter to parents (windows-1252) about a class pet's ringworm and 'sores' on children's "
        "hands, sent to the MASH inbox by mistake - a pet and a minor skin infection, no child named, nothing to act "
        "on -> other, human_review.", not_children=[])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2063-04-25 14:10:56"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Xavier Moss last week, please find attached the Early Help Assessment step-down plan for the Morgan sibling group, with the family's signed consent form. Mosaic 648201.

Kacey Morgan - 02/12/2049
Tyler Morgan - 17/05/2053
Lily Morgan - 30/10/2058

The section 17 assessment followed Ledbury Primary's referral in the autumn: all three children had head lice that had gone untreated for months, Tyler's school shoes were splitting and his feet were raw, Lily was often in yesterday's clothes and Kacey's attendance had dropped to 81%. Mum has since had support with laundry and a budgeting plan, the lice are gone, both younger children have new shoes and uniform and Kacey's attendance is back to 94%.

Key person for the step down: Mrs Sue Bevan, Family Support Worker at Ledbury Primary School, who knows the family well and has agreed to lead.

Ms Morgan signed the consent form at my visit on 20 April.

Kind regards,
Rhiannon Price
Social Worker | Children's Services (Ledbury and Ross) | Herefordshire Council
01632 960463

""") + HDISC
    atts = [pdf_att("Consent to Early Help - Morgan - signed.pdf", "Consent to share information and to Early Help support", [
                "Family: Morgan. Children: Kacey, Tyler and Lily Morgan.",
                "I agree to my family's information being shared with the Early Help Co-ordinator team.",
                "Signed: K. Morgan (mother). Date: 20/04/2063."]),
            docx_att("EHA step-down plan - Morgan.docx", [
                "# Early Help Assessment - step-down plan", "Family: Morgan (Mosaic 648201)",
                "Key person: Sue Bevan, Family Support Worker, Ledbury Primary School.",
                "What needs to happen: fortnightly home visit; school to keep spare uniform; attendance checks for Kacey.",
                "Outcome: the children clean, clothed and in school every day. Timescale: review at 12 weeks."])]
    top = outlook_top(f, addr("Price, Rhiannon", "Rhiannon.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Morgan siblings - Mosaic 648201", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["648201"],
        [ch("Kacey Morgan", "2049-12-02", "02/12/2049"), ch("Tyler Morgan", "2053-05-17", "17/05/2053"),
         ch("Lily Morgan", "2058-10-30", "30/10/2058")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: signed consent form .pdf, EHA step-down plan .docx, key person "
        "named with her agency -> book_meeting; level not stated so null.",
        docs={"consent_form", "draft_plan"}, not_children=["Rhiannon Price", "Sue Bevan", "Xavier Moss"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2063-05-22 10:35:02"
    body = T("""
Hi,

Early Help Assessment step-down plan attached for Harrison Powell (born 7 January 2057), Mosaic 651377.

Harrison came to us in February after the school nurse saw him at a drop-in with a swollen face and a tooth abscess, and school raised how tired he was and that he had nothing for lunch most days. He has had four teeth out, is now registered with a dentist in Leominster and has free school meals. Mum was overwhelmed after losing her job and is doing better.

Mum agreed verbally to Early Help when I saw her on Friday; I haven't got the consent form signed yet - I'll take it with me on my next visit.

We haven't agreed yet who the key person will be - school or the health visitor for the baby - and I'll confirm once it's sorted.

Thanks
Tom Gwynne
Social Worker | Children's Services (Leominster) | Herefordshire Council
01632 960519

""") + HDISC
    atts = [docx_att("EHA step-down plan - Powell.docx", [
        "# Early Help Assessment - step-down plan", "Harrison Powell (Mosaic 651377)",
        "What needs to happen: six-monthly dental checks; breakfast club; mum to the job club.",
        "Key person: to be confirmed."])]
    top = outlook_top(f, addr("Gwynne, Tom", "Tom.Gwynne@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Harrison Powell", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["651377"],
        [ch("Harrison Powell", "2057-01-07", "7 January 2057")],
        ["neglect"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan only: mum's verbal agreement is consent as stated, but the written consent "
        "form is to follow and no key person is agreed -> missing consent_form, lead_practitioner -> request_info.",
        docs={"draft_plan"}, not_children=["Tom Gwynne"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2063-06-04 10:41:18"
    body = T("""
Good morning,

Please see the attached first aid record from this morning.

Kind regards,
Sarah
School Office, Kingsland CE Primary School
01632 960742
""")
    att = pdf_att("First aid record 04.06.63 - Y3.pdf", "FIRST AID / INJURY RECORD - Kingsland CE Primary School", [
        "Pupil: Charlie Watkins. Class: Year 3. DOB: 26/06/2055.",
        "Date and time: 04/06/2063, 09:20. Where: Year 3 changing for PE.",
        "Noticed by: Mrs A. Pugh (class teacher). First aider: Mr J. Vaughan.",
        "Injury: red hand-shaped mark and swelling to the left side of the face and left ear.",
        "Four small oval bruises to the left upper arm (fingertip pattern). Yellow older bruising to the lower back.",
        "Child's account (his words): 'Gary slapped me because I lost my PE shoes.",
        "He said if I tell he'll do me again when I get home.'",
        "Gary = mother's partner, lives at the home.",
        "Treatment: cold compress. Child calm, in class.",
        "Parent informed: NO - Charlie asked us not to tell.",
        "Collection today: Gary Lloyd, 15:15.",
        "Signed: J. Vaughan (first aider)."])
    top = outlook_top(f, addr("Kingsland CE Primary Office", "office@kingsland-primary.example"), addr("MASH", HMASH),
                      "First aid record - 04/06", when)
    add(f, mail(f, top, body, [att], html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Charlie Watkins", "2055-06-26", "26/06/2055")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 only in an ATTACHMENT: a school office sends a first aid record with a one-line note; the PDF "
        "records a hand-shaped facial mark and fingertip bruising seen at PE changing, the 8-year-old's words that mum's "
        "partner slapped him and will again 'when I get home', and that partner collecting at 15:15 -> urgent, other.",
        not_children=["Gary Lloyd"],
        how="only in an attached first aid record PDF, the covering mail says nothing")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2063-06-19 08:02:33"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Good morning,</p>
<p>Two children walked into breakfast club on their own this morning. Details below.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Name</th><th>Age</th><th>Arrived</th><th>Notes</th></tr>
<tr><td>Kayla Bowen</td><td>8</td><td>07:40</td><td>Same clothes as yesterday. Says she has had no tea or breakfast.</td></tr>
<tr><td>Riley Bowen</td><td>5</td><td>07:40</td><td>Wet through and smelling of urine. No shoes, in slippers.</td></tr>
</table>
<p>Kayla told our play leader: &quot;Mum won't wake up, she's on the kitchen floor, I shook her and shook her. The baby's in her cot.&quot; The baby is Mia Bowen, 7 months. Kayla says there is nobody else at home. We don't have a number for dad and mum's phone rings out.</p>
<p>The children are with us until school opens at 8.45. Their address is 3 Millbrook Cottages, Bromyard.</p>
<p>Diane Prothero<br>Sunrise Breakfast Club (at Bromyard St Peter's)<br>07700 900614</p>
</body></html>
""")
    top = outlook_top(f, addr("Sunrise Breakfast Club", "sunrise.club@bromyard-stpeters.example"), addr("MASH", HMASH),
                      "Kayla and Riley Bowen - this morning", when)
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kayla Bowen"), ch("Riley Bowen"), ch("Mia Bowen")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in an HTML-only table from a breakfast club at 08:02: an 8-year-old and a 5-year-old arrived "
        "alone, wet and unfed, saying mum is on the kitchen floor and will not wake and a 7-month-old is in her cot at "
        "home with nobody else -> urgent, other.",
        not_children=["Diane Prothero"],
        how="a matter-of-fact HTML table of arrivals, the child's words in one paragraph")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2063-06-29 13:15:40"
    body = T("""
Dear Early Help Co-ordinators,

Step down for Noah Griffiths (DOB 21/03/2054), Mosaic 655810. The EHA step-down plan and Ms Griffiths's signed consent form are attached.

Some history, because the referral papers are alarming to read cold: last autumn school reported that Noah was falling asleep in class, grey and exhausted, and a teacher wondered whether he was being kept up at night or was frightened at home. That was looked into properly. He had severe obstructive sleep apnoea; his tonsils and adenoids were removed at Hereford County Hospital in January and he now sleeps through the night. There were never any concerns of harm at home, and there are none now.

What remains is catching up on the learning he missed: his attendance dropped to 84% over the winter.

Key person: Mr Huw Parry, Learning Mentor at Whitecross Hereford High School, has agreed to lead the step down.

Best wishes,
Ellie Prosser
Social Worker | Children's Services (Hereford City) | Herefordshire Council
01632 960377

""") + HDISC
    atts = [pdf_att("Consent form - Griffiths - signed.pdf", "Consent to Early Help", [
                "Noah Griffiths. Mosaic 655810.", "I consent to an Early Help step-down and to information sharing.",
                "Signed: L. Griffiths (mother), 26/06/2063."]),
            docx_att("EHA step-down plan - Griffiths.docx", [
                "# Early Help Assessment - step-down plan", "Noah Griffiths (Mosaic 655810)",
                "Key person: Huw Parry, Learning Mentor, Whitecross Hereford High School.",
                "What needs to happen: catch-up tuition; attendance above 95% by Christmas; ENT follow-up in September."])]
    top = outlook_top(f, addr("Prosser, Ellie", "Ellie.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Noah Griffiths - Mosaic 655810", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["655810"],
        [ch("Noah Griffiths", "2054-03-21", "21/03/2054")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: falling asleep in class and a worry he was 'kept up at night or frightened at home' are RESOLVED and "
        "explained (sleep apnoea, surgery in January, 'never any concerns of harm ... none now'). Complete Herefordshire "
        "step-down (signed consent form, plan, key person with agency) -> book_meeting.",
        docs={"consent_form", "draft_plan"}, not_children=["Ellie Prosser", "Huw Parry"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2063-07-12 16:48:21"
    body = T("""
Dear MASH,

I am the Year 1 teacher and deputy DSL at Weobley Primary School. Our DSL is on leave this week.

This afternoon the class wrote about "my favourite grown-up". Bella Hughes (DOB 08/11/2056) drew herself and her uncle Shane in the bath, both with no clothes on, with Shane drawn very large. Under it she wrote: "uncl shan plas the tikl gam in the baf. it is ar secrit. it herts my fuf."

When I asked her to tell me about the picture she said "Uncle Shane does it when he babysits. He's babysitting tonight cos mummy's at work."

At pick-up at 3.15 mum told our TA that Shane is looking after Bella and her little brother tonight from 6 until mum finishes at midnight. I did not say anything to mum about the drawing. I have kept the drawing and her writing and written down Bella's words.

Megan Lloyd
Year 1 Teacher and Deputy DSL, Weobley Primary School
01632 960859
""")
    top = plain_top(f, addr("Megan Lloyd", "m.lloyd@weobley-primary.example"), addr("MASH", HMASH),
                    "Bella H - Year 1 - her drawing today", when, "weobley-primary.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Bella Hughes", "2056-11-08", "08/11/2056")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a child's drawing and writing: a 6-year-old draws herself naked in the bath with her uncle, "
        "writes of a secret 'tickle game' that hurts, says he does it when he babysits, and he babysits tonight from 6 -> "
        "urgent, other.",
        not_children=["Megan Lloyd"],
        how="a teacher's plain account of a child's drawing and her phonetic writing, copied exactly")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2063-05-25 11:50:29"
    ack = ack_text("step-down", "SB-herefordshire-412", ["Mosaic ID: 651377", "Child: Harrison Powell"],
                   ["consent_form (the family's written consent)", "lead_practitioner (the key person and their agency)"])
    text = T("""
Hi both,

Signed consent form for Harrison attached - mum signed it at the visit this morning.

Key person is agreed: Mrs Catrin Hughes, Family Support Worker at Leominster Primary School.

Tom

Sent from my iPad

On 22 May 2063, at 10:41, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    atts = [pdf_att("Consent form Powell signed 25.05.63.pdf", "Consent to Early Help", [
        "Harrison Powell, Mosaic 651377.", "Signed: D. Powell (mother), 25/05/2063."])]
    top = plain_top(f, addr("Tom Gwynne", "Tom.Gwynne@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-412]", when, HDOM, "iPad Mail (22F76)")
    add(f, apple_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["651377"],
        [ch("Harrison Powell")],
        [], True, None, [], None, "attach_to_request",
        "iPad reply to [SB-herefordshire-412] (herefordshire_02's request) with the signed consent form and the key "
        "person -> follow_up, attach_to_request; consent true ('mum signed it'); children from the quoted ack.",
        docs={"consent_form"}, not_children=["Tom Gwynne", "Catrin Hughes"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2063-07-11 10:05:14"
    body = T("""
Dear colleagues,

Re: Evie Lewis, DOB 15/02/2058 - FOR INFORMATION ONLY, NOT A REFERRAL

Evie had six teeth extracted under general anaesthetic at Hereford County Hospital yesterday for dental decay, and went home the same afternoon with her mum. She is recovering well.

Our dental neglect pathway asks us to let the local authority know whenever a child under seven needs extractions under general anaesthetic. In Evie's case we do not consider this to be dental neglect: mum has attended every appointment since Evie was first seen in January, stopped the night-time bottle, and now supervises brushing twice a day with fluoride toothpaste. There are no child protection concerns.

No action is requested.

Yours sincerely,
Dr Rhys Bowen-Hale
Community Dental Service, Herefordshire
01632 960266
""")
    top = outlook_top(f, addr("Community Dental Service", "cds.hereford@nhs-dental.example"), addr("MASH", HMASH),
                      "Evie Lewis - dental GA - for information", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Evie Lewis", "2058-02-15", "15/02/2058")],
        [], None, None, [], None, "human_review",
        "Near miss: a dental service's routine notification of extractions under GA, 'we do not consider this to be "
        "dental neglect', 'no child protection concerns', 'no action is requested' -> other, human_review, concerns [].",
        not_children=["Rhys Bowen-Hale"])


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
    "knowsley_01.eml": (5, 6, date(2063, 5, 7), False),
    "knowsley_02.eml": (9, 10, date(2063, 5, 7), False),
    "knowsley_03.eml": (6, 7, date(2063, 5, 28), False),
    "knowsley_04.eml": (4, 5, date(2063, 5, 28), True),
    "knowsley_05.eml": (7, 7, None, False),
}
EXPECTED_BH_2063 = {date(2063, 1, 1), date(2063, 4, 13), date(2063, 4, 16), date(2063, 5, 7), date(2063, 5, 28),
                    date(2063, 8, 27), date(2063, 12, 25), date(2063, 12, 26)}
HALF_TERM = (date(2063, 5, 28), date(2063, 6, 1))

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

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"])}

def parse_dob(w):
    """The written DOB formats this set uses: 14/02/2055, 27.09.2054, 04-04-2055, 2056-01-08, 2 July 2053,
    13th December 2051, 19 Nov 2058."""
    m = re.fullmatch(r"(\d\d)([/.-])(\d\d)\2(\d{4})", w)
    if m:
        return date(int(m[4]), int(m[3]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        mon = m[2].lower()
        n = MONTHS.get(mon) or next(v for k, v in MONTHS.items() if k[:3] == mon)
        return date(int(m[3]), n, int(m[1])).isoformat()
    raise ValueError("unparsed DOB " + w)

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
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2063, 5, 7), date(2063, 5, 28)]:
        err("calendar", "bank holidays in the window should be 7 May and 28 May: %s" % inwin)
    if not (easter(2063) + timedelta(days=1) < WINDOW[0]):
        err("calendar", "the window must start after Easter Monday")
    # the Easter break is the two weeks around Easter (Mon 9 - Fri 20 April); term resumes the Monday after
    if WINDOW[0] != easter(2063) + timedelta(days=8):
        err("calendar", "the summer term should start on the Monday a week after Easter Monday")
    if HALF_TERM[0] != last_monday(2063, 5) or HALF_TERM[1] != HALF_TERM[0] + timedelta(days=4):
        err("calendar", "half term should be the Spring Bank Holiday week")
    if WINDOW[1] != date(2063, 7, 20) or WINDOW[1].weekday() != 4:
        err("calendar", "the term should end on Friday 20 July")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run Monday -> Friday")
    bst_on, bst_off = last_sunday(2063, 3), last_sunday(2063, 10)
    if (bst_on, bst_off) != (date(2063, 3, 25), date(2063, 10, 28)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2063, 3, 25, 0, 59, tzinfo=UTC), 0), (datetime(2063, 3, 25, 1, 1, tzinfo=UTC), 1),
                   (datetime(2063, 10, 28, 0, 59, tzinfo=UTC), 1), (datetime(2063, 10, 28, 1, 1, tzinfo=UTC), 0)):
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2063:
                    err(f, "meeting date not a future working day of 2063")
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
