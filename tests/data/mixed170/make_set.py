#!/usr/bin/env python3
"""mixed170: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2065, in council officers and regulators outside social care who come across
children: licensing officers in pubs and takeaways, trading standards (knives, vapes and alcohol sold to children),
environmental health and pest control in homes, fire and rescue home-safety visits, housing enforcement and HMO
inspections, the council's CCTV control room, parking and street wardens, registrars and the coroner's officer.

Window: Monday 13 April - Wednesday 22 July 2065. Easter Sunday 2065 is 29 March (Good Friday 27 March, Easter
Monday 30 March); the two-week Easter break runs to Friday 10 April, so the summer term starts on Monday 13 April.
Inside the window: the Early May bank holiday Monday 4 May and the Spring Bank Holiday Monday 25 May (half term is
the week of 25-29 May). British Summer Time runs from Sunday 29 March to Sunday 25 October 2065, so every Date
header carries +0100.

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
WINDOW = (date(2065, 4, 13), date(2065, 7, 22))


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
            b"<< /Producer (mixed170 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2065, 4, 1, 0, 0, 0))
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


def txt_att(filename, text, charset="utf-8"):
    return Part([("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(text, charset))

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def appendix1(pairs):
    out = ["# FF Step Up request to CSC"]
    for q, a in pairs:
        out += ["## " + q, a]
    return out


# ============================================================================ KNOWSLEY
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2065-04-29 10:14:22"
    body = T("""
Morning,

Step up request for the Mulhern children attached - EHM-83417. Both are open to Family First 0-18 at Level 3.

Skye Mulhern - DOB 11/09/2055
Lenny Mulhern - DOB 02/04/2061

How this came to light: the council's pest control service went in on 9 April after neighbours complained about rats. The technician asked Environmental Health to visit because of what he saw inside, and the EHO's report (shared with mum's agreement) describes rat droppings on the children's beds, no working cooker, dog mess on the landing and bin bags stacked in the kitchen. The landlord has since fixed the broken drain, but inside the house nothing has changed in the three weeks since. Lenny has had two courses of antibiotics for an infected bite on his hand that needed hospital treatment. Gemma tells me she "can't face it".

I completed the Graded Care Profile 2 with Gemma on 23 April (attached): level 4 for physical care and level 3 for safety.

My team manager Lorraine Parr discussed this with me in supervision on Monday and agreed the step up.

The step up TAF meeting is booked for Wednesday 6th May at 10:00, Huyton Family Hub (Room 3). I sent the Teams/room invite to the MASH inbox and MASH business support this morning and I've invited school, the health visitor and the EHO.

Attached:
- FF Step Up request to CSC - Mulhern.docx
- TAF minutes 15.04.65 - Mulhern.pdf
- GCP2 - Mulhern.pdf

Gemma is aware I am sending this.

Thanks
Rachael Fazakerley
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0738

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83417"),
        ("Children:", "Skye Mulhern 11/09/2055; Lenny Mulhern 02/04/2061"),
        ("Date of step up TAF meeting:", "Wednesday 6 May 2065, 10:00, Huyton Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 15/04/2065"),
        ("What are we worried about?", "Home conditions: rat infestation reported by pest control and Environmental Health, no working cooker, dog mess; Lenny's infected bite."),
        ("What is working well?", "Skye is in school every day and the school has noticed nothing else; Gemma lets professionals in."),
        ("What next?", "CSC assessment; Environmental Health to revisit; a deep clean with Gemma's agreement."),
        ("Graded Care profile (If neglect should be completed).", "Completed 23/04/2065 - attached."),
        ("Agreement by line manager:", "Lorraine Parr, Team Manager, 27/04/2065 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Mulhern.docx", form),
            pdf_att("TAF minutes 15.04.65 - Mulhern.pdf", "Team Around the Family meeting - minutes", [
                "Family: Mulhern. EHM-83417. Date: 15/04/2065. Venue: Huyton Family Hub.",
                "Present: Rachael Fazakerley (FF Case Manager), Gemma Mulhern, class teacher (Skye), health visitor, EHO (housing).",
                "1. Home: EHO visit 10/04 - infestation, no cooker, waste. Landlord to repair drain.",
                "2. Health: Lenny's bite infected, GP seen twice.",
                "Actions: RF to discuss step up with team manager if no change by the end of April."]),
            pdf_att("GCP2 - Mulhern.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Mulhern. Completed with: Gemma Mulhern. Date: 23/04/2065. Practitioner: Rachael Fazakerley.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 2."])]
    top = outlook_top(f, addr("Fazakerley, Rachael", "Rachael.Fazakerley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Mulhern - EHM-83417 - TAF Wed 6th May", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-83417"],
        [ch("Skye Mulhern", "2055-09-11", "11/09/2055"), ch("Lenny Mulhern", "2061-04-02", "02/04/2061")],
        ["neglect"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for neglect found by pest control and Environmental Health (form .docx, TAF minutes "
        ".pdf, GCP2 .pdf, EHM id, team manager agreed, TAF date) but NOTICE IS SHORT ACROSS THE EARLY MAY BANK "
        "HOLIDAY: Wed 29 Apr -> Wed 6 May is 5 plain weekdays, but Mon 4 May is a bank holiday, so 4 working days < 5 "
        "-> request_info. 'Gemma is aware' is not consent (null; not required for a Knowsley step-up). Skye is in "
        "school every day, so no school_attendance.",
        meeting=date(2065, 5, 6), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Gemma Mulhern", "Rachael Fazakerley", "Lorraine Parr"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2065-05-13 15:22:10"
    comment = ("Sorry, can't make the 20th. I'm outside 14 Bramble Walk, Huyton right now. Went in for the Safe and "
               "Well follow-up and Mr Kerrigan has pulled all three smoke alarms off the ceiling, there's an open can "
               "of petrol in the hall and the hall carpet is soaked in it. He told me and Mrs Kerrigan he'll \"put a "
               "match to it tonight with the lot of them in\" if she goes to her sister's. Connor Kerrigan (6) and "
               "Evie-Grace Kerrigan (3) are upstairs with him now - mum came out to the fire van with me. Police have "
               "been rung, not here yet. Neil Hesketh, Station Manager, Merseyside Fire & Rescue, 07700 900512")
    data = outlook_itip_reply(f, when, ("Neil Hesketh", "Neil.Hesketh@merseyfire.example"), ("Knowsley MASH", KMASH),
                              "DECLINED", "Step-up TAF meeting - Kerrigan - EHM-83590 [SB-knowsley-3342]",
                              "20650520T100000", "20650520T110000", "Huyton Family Hub, Room 2", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-83590"],
        [ch("Connor Kerrigan"), ch("Evie-Grace Kerrigan")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's COMMENT: a fire and rescue station manager DECLINES the step-up TAF and says "
        "that, on a Safe and Well visit, the father has torn down the smoke alarms, soaked the hall in petrol and "
        "threatened to set it alight tonight with the 6- and 3-year-old inside; the children are upstairs with him now "
        "-> urgent; kind stays meeting_reply; case id from the SUMMARY; no DOBs.",
        not_children=["Neil Hesketh"],
        how="only in the COMMENT of a DECLINED Outlook calendar reply (and its one-line text twin)")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2065-05-20 11:03:40"
    body = T("""
Hello Family First duty,

Please accept this Level 2 step down for Ava-Rose Tinsley (DOB 17/06/2054), ICS-1612048.

Background: the CIN plan started in January when Ava-Rose was admitted twice with asthma and the flat was found to have severe black mould. The council's private sector housing team inspected under the HHSRS and served an improvement notice on the landlord in February; the work (new extractor fans, damp-proofing, a new window in Ava-Rose's bedroom) was signed off by the housing enforcement officer on 30 April. Ava-Rose has not been admitted since.

The final CIN meeting is on Thursday 28 May 2065 at 14:00 at Kirkby Family Hub, Hall Lane, Kirkby (Meeting Room 1).

Lead practitioner: Mrs Carol Yates, Pastoral Lead at St Aidan's CE Primary School, has agreed to take on the lead practitioner role.

What are we worried about?
Dionne's low mood through the winter; Ava-Rose's attendance fell to 84% while she was poorly.

What is working well?
The flat is dry and warm now. Dionne is seeing her GP and has started a walking group. Ava-Rose's attendance is back up to 93% this half term.

What needs to happen?
Mrs Yates to lead a TAF with school, the asthma nurse and Dionne; a plan for any winter damp to be reported to housing straight away.

Dionne has consented to the step down to Early Help.

Kind regards,
Faisal Munro
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0562

""") + KDISC
    top = outlook_top(f, addr("Munro, Faisal", "Faisal.Munro@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Tinsley - ICS-1612048", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-1612048"],
        [ch("Ava-Rose Tinsley", "2054-06-17", "17/06/2054")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down after housing enforcement fixed a mouldy flat: final CIN date, time and "
        "venue, named lead practitioner with her school, all three Signs of Safety headings, consent stated. Notice "
        "from Wed 20 May to Thu 28 May crosses the Spring Bank Holiday (Mon 25 May): 6 plain weekdays, exactly 5 "
        "working days -> ok -> book_meeting.",
        meeting=date(2065, 5, 28), not_children=["Dionne Tinsley", "Faisal Munro", "Carol Yates"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2065-07-03 13:26:05"
    body = T("""
Hi all,

Level 3 step down for the Ledger children, ICS-1607731:

  Jenson Ledger   05/12/2056
  Maisie Ledger   23/01/2060

Some history so nobody is alarmed by the file: on 11 January the family's house in Halewood caught fire overnight. Merseyside Fire & Rescue's fire investigation found it was an electrical fault in a tumble dryer - accidental, no suspicion of anyone. Jenson had a small burn on his hand from the door handle getting out; it healed within a fortnight and the hospital had no concerns about how it happened. Both children were got out by mum and the fire service said the family did everything right. The family were rehoused by the council and the fire service fitted alarms at the new house in February. There are no concerns about the fire or about the children's care that night.

The CIN plan was about Tanya's mental health after the fire (panic attacks, not sleeping), not the fire itself.

Joint home visit with a Family First case manager: Tuesday 14 July 2065, 10:30, at the family home, 22 Foxglove Close, Halewood L26 0ZX.

What are we worried about?
Tanya still has nightmares about the fire and some days finds it hard to get the children to school on time.

What is working well?
She is on the talking therapies waiting list and her GP reviews her monthly; her mum lives round the corner and helps every morning. Both children are doing well at school.

What needs to happen?
A Family First case manager to pick up a TAF; school to keep an eye on lateness; Tanya to start therapy.

Tanya has given her consent for the referral to Family First.

Cheers,
Abbie Roughley
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0347

""") + KDISC
    top = plain_top(f, addr("Abbie Roughley", "Abbie.Roughley@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "L3 step down - Ledger - ICS-1607731 - joint visit 14/07", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="base64"), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-1607731"],
        [ch("Jenson Ledger", "2056-12-05", "05/12/2056"), ch("Maisie Ledger", "2060-01-23", "23/01/2060")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "Near miss: a house fire and a child's burn are HISTORIC and explained (January, accidental electrical fault "
        "confirmed by fire investigation, burn healed, 'no concerns about the fire or about the children's care'). "
        "Complete Level 3 step-down (joint visit date/time/venue, three headings, consent); base64 text body. Notice "
        "Fri 3 Jul -> Tue 14 Jul = 7 WD -> ok -> book_meeting.",
        meeting=date(2065, 7, 14), not_children=["Tanya Ledger", "Abbie Roughley"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2065-06-10 09:41:17"
    ack = ack_text("step-up", "SB-knowsley-3307", ["Case: EHM-83702", "Step-up TAF meeting: Wed 24 Jun 2065 10:00"],
                   ["engaging_families (Engaging Families toolkit - the step-up relates to non-engagement)"])
    body = T("""
Hiya,

Engaging Families toolkit for Kai Bellis attached as asked (EHM-83702).

I've also attached the inspection report from the council's private sector housing team on the HMO flat, just for the file - they've served the landlord with notices about the fire doors and the missing smoke detection, and they'll go back in a month.

TAF still Weds 24th at 10.

Thanks
Kerry

Kerry Lunt | Family First Case Manager | Knowsley Council | 0151 496 0655

On Mon, 8 Jun 2065 at 14:12, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""") + quoted(ack)
    atts = [docx_att("Engaging Families Toolkit - Bellis.docx", [
                "# Engaging Families Toolkit", "Family: Bellis (EHM-83702). Completed 09/06/2065 with dad.",
                "Overall engagement: LOW. Missed appointments: 6 of 9."]),
            pdf_att("HMO inspection report - 5 Wharf Street.pdf", "Private Sector Housing - HMO inspection report", [
                "Address: Flat 2, 5 Wharf Street, Prescot. Inspected 02/06/2065.",
                "Deficiencies: fire doors missing to two rooms; no interlinked smoke detection. Notices served on the landlord.",
                "Revisit due: 02/07/2065."])]
    top = plain_top(f, addr("Kerry Lunt", "Kerry.Lunt@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-3307]", when, KDOM, "Android Mail 19.1")
    add(f, mail(f, top, body, atts, crlf=False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-83702"],
        [ch("Kai Bellis")],
        [], None, None, [], None, "attach_to_request",
        "Android reply to [SB-knowsley-3307] with the acknowledgement quoted under '>' adding the missing Engaging "
        "Families toolkit and an HMO inspection report for the file -> follow_up, attach_to_request; the quoted 'What is "
        "missing:' list and the landlord's fire-door notices are not concerns about the child.",
        docs={"engaging_families"}, not_children=["Kerry Lunt"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2065-06-17 07:45:00"
    text = T("""
KNOWSLEY TRADING STANDARDS - COMMUNITY SAFETY BULLETIN (June 2065)

Operation Counterpoint: underage test purchases, spring 2065

Between March and May our officers ran 24 test purchases at shops, takeaways and market stalls across Kirkby, Huyton and Prescot. Our volunteer test purchasers are 15 and 16 years old; they always work with two officers, their parents give written consent, and they never keep or use anything they buy.

Results: 5 premises sold a knife or bladed article, 4 sold a disposable vape and 2 sold alcohol to a young volunteer. All 11 have been given advice, 3 are being prosecuted and 2 premises licences are under review by the Licensing Sub-Committee.

Why it matters (for awareness - not about any real child): a 14-year-old who can buy a knife at the corner shop is at risk of carrying it; children buying vapes and alcohol may be groomed by the adults who supply them. If you ever see a child in danger, call 999. Any other worry about a child goes to MASH the same day.

Report a shop that sells to children: tradingstandards@knowsley.gov.uk or 0151 496 0202.

You are receiving this because you are on the Safer Knowsley partnership list.
Unsubscribe: https://lists.saferknowsley.example/unsubscribe
""")
    top = [("From", "Safer Knowsley Partnership <bulletin@lists.saferknowsley.example>"), ("To", KMASH),
           ("Subject", "Trading Standards bulletin: knives, vapes and alcohol sold to children"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.saferknowsley.example")),
           ("List-Id", "Safer Knowsley bulletin <bulletin.lists.saferknowsley.example>"),
           ("List-Unsubscribe", "<https://lists.saferknowsley.example/unsubscribe>"), ("Precedence", "list")]
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a trading standards bulletin (List-Id, List-Unsubscribe) reporting test purchases of knives, vapes "
        "and alcohol by supervised volunteer test purchasers, with general 'for awareness - not about any real child' "
        "examples and 999 advice - a bulletin listing examples, no real child at risk -> other, human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2065-06-19 23:41:09"
    body = T("""
To MASH / whoever is on tonight,

I'm a licensing enforcement officer with the council and I'm sending this from my car outside Golden Star Pizza & Kebab, 118 Cherryfield Drive, Kirkby. Tonight was a joint licensing and trading standards visit (late-night refreshment licence check and illicit vapes).

At 23:05 we went into the staff room at the back and found a young girl on the sofa with three of the men who work there, and a half-empty bottle of vodka on the table. She told my trading standards colleague her name is Kacey Rimmer and that she is 14. She said she has been "staying upstairs" with one of the staff since Tuesday. Merseyside Police put out a missing-person appeal on Wednesday for a Kacey Rimmer, 14, from Huyton, and the photo is her.

While we were in the cellar with the manager she went. One of the staff told us "her boyfriend came for her" - a man in his 30s in a black Audi - about ten minutes ago. Nobody will tell us where he lives. I've rung 999 and given them the registration and the description. The manager says she's "always round here".

I'm staying outside the shop until the police come. My mobile is 07700 900731.

Lee Jennings
Licensing Enforcement Officer | Licensing Team | Knowsley Council
""") + KDISC
    top = plain_top(f, addr("Lee Jennings", "Lee.Jennings@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Girl found at takeaway tonight - Kacey Rimmer, 14", when, KDOM, "iPhone Mail (22A340)")
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kacey Rimmer")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1, Friday 23:41 (out of hours): on a joint licensing / trading standards visit a 14-year-old "
        "reported missing since Tuesday was found drinking with adult staff of a takeaway and has just been taken away "
        "by a man in his 30s -> urgent, other (no request).",
        not_children=["Lee Jennings"],
        how="in the body of a plain message from a licensing officer, late at night")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2065-07-08 16:02:55"
    top = outlook_top(f, addr("Corrigan, Shelley", "Shelley.Corrigan@" + KDOM), KMASH,
                      "Automatic reply: Step-up TAF meeting confirmed [SB-knowsley-3351]", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body = T("""
Thank you for your email. I am on annual leave until Monday 20 July and will not be checking my emails.

For anything about a Family First case please contact the Family First duty mailbox, FamilyFirst0-18DutyMailbox@knowsley.gov.uk, or 0151 496 0400.

Shelley Corrigan
Family First Case Manager | Knowsley Council
""")
    add(f, build(top, text_part(body), True), "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) answering a stepbot message "
        "[SB-knowsley-3351] -> auto_reply, ignore (safety rule 2, no loops).")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2065-04-21 10:32:11"
    body = T("""
Dear MASH colleagues,

I have agreed to step the Nouri family up to Children's Services, following reflective discussion with Leona Grant (Early Help Practitioner) yesterday. Mosaic ID 3318540.

Children:
Zahra Nouri, DOB 14/02/2056
Omid Nouri, DOB 30/09/2058
Sara Nouri, DOB 08/07/2062

The latest case summary is attached.

Rationale for step up
On 2 April Wandsworth's private sector housing team inspected 61 Selkirk Road, Tooting, as an unlicensed HMO. They found Mr and Mrs Nouri and the three children living in one back bedroom, sharing a kitchen and one bathroom with nine adult lodgers, with no working smoke alarms and a padlocked rear exit. The landlord has been served a prohibition notice on the basement and prosecution is being considered. The family cannot move until Housing find them somewhere, and in the meantime Early Help has seen things get worse: Sara (2) has had two falls on the steep stairs, the children are often hungry because the shared fridge is emptied by other tenants, and Mrs Nouri, who has a history of depression, told Leona she has "stopped trying". Zahra has been missing school to look after her sister. We think a statutory assessment is needed to pull housing, health and school together. There is no suggestion that either parent has harmed the children.

Mrs Nouri consents to the referral (explained through a Dari interpreter on 17 April).

Leona will attend the case discussion with me.

Kind regards,
Priya Ramdin
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0613

""") + RDISC
    atts = [docx_att("Case Summary - Nouri - 3318540.docx", [
        "# Case summary", "Family: Nouri. Mosaic ID 3318540.",
        "Household: Mr Farid Nouri; Mrs Mariam Nouri; Zahra (9), Omid (6), Sara (2).",
        "Accommodation: one room in an unlicensed HMO, 61 Selkirk Road; HMO inspection 02/04/2065.",
        "Early Help since 05/01/2065: TAF with school, health visitor, housing.",
        "Current position: mother's low mood; children hungry; Zahra missing school to care for Sara."])]
    top = outlook_top(f, addr("Ramdin, Priya", "Priya.Ramdin@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Nouri family - Mosaic 3318540", when, cc=addr("Grant, Leona", "Leona.Grant@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3318540"],
        [ch("Zahra Nouri", "2056-02-14", "14/02/2056"), ch("Omid Nouri", "2058-09-30", "30/09/2058"),
         ch("Sara Nouri", "2062-07-08", "08/07/2062")],
        ["neglect", "parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (she agreed it herself) after an HMO "
        "inspection found a family of five in one room: case summary attached, rationale under its own heading, consent "
        "stated. 'Mosaic ID 3318540' -> the bare number -> book_meeting (invitation within 1 WD).",
        docs={"case_summary", "rationale"},
        not_children=["Mariam Nouri", "Farid Nouri", "Leona Grant", "Priya Ramdin"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2065-05-07 17:48:30"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<div style="background:#1f3864;color:#ffffff;padding:6px"><b>WANDSWORTH CCTV CONTROL ROOM &mdash; OPERATOR MESSAGE</b></div>
<table border="0" cellpadding="3" style="font-size:10pt">
<tr><td><b>Operator</b></td><td>Gary Lomax (shift B)</td></tr>
<tr><td><b>Camera</b></td><td>WC41 Falcon Road / Grant Road junction, SW11</td></tr>
<tr><td><b>Log ref</b></td><td>CR-0507-221</td></tr>
</table>
<p>MASH team,</p>
<p>At 15:20 this afternoon police gave out on the radio a description of a missing 12-year-old, <b>Shanice Okoro</b>, who did not arrive at school this morning (grey Northcote Academy blazer, pink rucksack, braids).</p>
<p>She is on my camera <b>now</b>. Since 17:25 she has been outside the shisha caf&eacute; at 14 Falcon Road with two men I would put at 30 or over. At 17:36 one of them gave her a bottle, which she is drinking from, and at 17:41 the other one took her phone off her and put it in his pocket. They are now walking her towards a grey Mercedes parked on Grant Road. I have the registration.</p>
<p>I have passed all this to the police control room and they say a unit is on its way. I am keeping the camera on her and will follow the car as far as our cameras go. I am emailing you because the police officer asked me to let children's services know.</p>
<p>Control room: 020 7946 0440 (staffed 24 hours).</p>
<p>Gary Lomax<br>CCTV Operator, Wandsworth CCTV Control Room<br>Richmond and Wandsworth Councils</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(RDISC.strip())
    top = outlook_top(f, addr("CCTV Control Room", "cctv.control@" + RDOM), addr("MASH Step Up", RSU),
                      "CCTV - missing girl on camera Falcon Road", when)
    add(f, html_only(f, top, h), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Shanice Okoro")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 in an HTML-only CCTV control-room message at 17:48 (after office hours): a 12-year-old reported "
        "missing today is on camera now with two adult men who gave her a drink, took her phone and are walking her to "
        "a car -> urgent, other. 'Log ref CR-0507-221' is not a case id.",
        not_children=["Gary Lomax"],
        how="HTML-only control-room message, facts in paragraphs under a header table")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2065-06-02 14:17:45"
    body = T("""
Dear Early Help Duty,

Further to my call with Anita (Early Help duty team manager) this morning, I am confirming the step down of Lucas Ferreira (DOB 19/03/2053), Mosaic 3301977, to Early Help. We agreed the step-down case discussion for Friday 5 June at 11:00 on Teams.

Attached: the latest case summary and the draft Early Help plan.

You will see from the file that Environmental Health served an emergency prohibition order on the family's previous flat on 9 February, after the gas engineer found carbon monoxide coming from a faulty boiler flue. That is all resolved: the family were moved the same afternoon, Lucas and his mum had headaches that evening and were checked at St George's and discharged, the landlord has since been prosecuted, and the new flat has a new boiler and a carbon monoxide alarm which I have seen working. There are no current concerns about the home.

The reason for the CIN plan was Lucas's attendance (78% in the autumn term), which is now 92%.

Ms Ferreira consents to Early Help continuing the plan. Lucas's school pastoral lead, Mr Dean Holt, is happy to be lead professional.

Regards,
Tom Ashdown
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth Councils
020 7946 0829

""") + RDISC
    atts = [docx_att("Case summary - Ferreira - 3301977.docx", [
                "# Case summary", "Lucas Ferreira, 19/03/2053. Mosaic 3301977.",
                "CIN since 14/10/2064 for school attendance. Attendance now 92%.",
                "February 2065: carbon monoxide at previous flat; moved the same day; resolved."]),
            docx_att("Draft Early Help plan - Ferreira.docx", [
                "# Draft Early Help plan", "Lucas Ferreira. Lead professional: Mr Dean Holt (school).",
                "1. Attendance review every half term. 2. Mentoring twice a week. 3. Review in 6 weeks."])]
    top = outlook_top(f, addr("Ashdown, Tom", "Tom.Ashdown@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Lucas Ferreira - Mosaic 3301977", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["3301977"],
        [ch("Lucas Ferreira", "2053-03-19", "19/03/2053")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: carbon monoxide and an 'emergency prohibition order' are HISTORIC and resolved (February, moved the "
        "same day, checked and discharged, landlord prosecuted, new flat with a working alarm, 'no current concerns'). "
        "Complete R&W step-down: case summary, draft plan, consent; discussion agreed for Fri 5 Jun -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Tom Ashdown", "Dean Holt"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2065-06-24 16:05:02"
    text = T("""
Hi Early Help duty,

Step down request for the Kowalczyk children, Mosaic 3329118:

- Oliwer Kowalczyk, born 12.11.2061
- Mila Kowalczyk, born 30.01.2065

Quick background - the Register Office contacted MASH in April because dad came in to register Mila's birth almost ten weeks late and told the registrar mum "wasn't well enough to leave the flat". The birth is registered now and mum, Agnieszka, was diagnosed with postnatal depression; she is on medication and the perinatal team see her every fortnight. The CIN plan has been about her recovery and getting both children to health appointments, which they now attend.

Case summary attached. The draft plan isn't finished - I'll send it next week once the health visitor has added her part.

I still need to talk to dad about Early Help taking over - I'm seeing them on Monday and will ask then.

Thanks,
Marta

Marta Nowicka | Social Worker | Assessment and Intervention (Wandsworth) | Richmond and Wandsworth Councils | 020 7946 0356
""")
    atts = [pdf_att("Case summary Kowalczyk 3329118.pdf", "Case summary - Kowalczyk", [
        "Mosaic 3329118. Oliwer Kowalczyk 12.11.2061; Mila Kowalczyk 30.01.2065.",
        "Referral: Register Office, April 2065 (late birth registration).",
        "Mother: postnatal depression, treated; perinatal team involved."])]
    top = plain_top(f, addr("Marta Nowicka", "marta.nowicka@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Kowalczyk - 3329118", when, RDOM)
    add(f, gmail_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3329118"],
        [ch("Oliwer Kowalczyk", "2061-11-12", "12.11.2061"), ch("Mila Kowalczyk", "2065-01-30", "30.01.2065")],
        ["parental_mental_health"], None, None, ["consent", "draft_plan"], None, "request_info",
        "R&W step-down first raised by the Register Office (late birth registration): case summary attached, draft "
        "plan 'next week' and consent still to be asked ('will ask then') -> consent null, missing consent and "
        "draft_plan -> request_info. DOBs written dd.mm.yyyy.",
        docs={"case_summary"}, not_children=["Agnieszka Kowalczyk", "Marta Nowicka"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2065-07-09 13:49:51"
    body = T("""
Dear MASH,

I have agreed to step the Calloway family up to Children's Services. Mosaic ID 3342260.

Jake Calloway, DOB 05/05/2058
Ruby Calloway, DOB 21/11/2063

Case summary attached.

Rationale for step up
Since February Ms Calloway's drinking has got steadily worse. The Early Help worker has twice found her drunk at home in the afternoon with Ruby (19 months) in her care, Jake (7) has been late collected from school four times this term, and Ms Calloway has stopped going to the alcohol service. She does not accept that her drinking affects the children. The TAF plan is not working and we think a statutory assessment is needed.

Parking Services also sent me the note attached below at 13:40 - one of their enforcement officers in the Garratt Lane car park at lunchtime. I'm afraid I've not had time to go through it properly before sending this.

Kind regards,
Helen Osei-Bonsu
Early Help Team Manager (Wandsworth Central) | Richmond and Wandsworth Councils
020 7946 0571

""") + RDISC
    note = T("""
PARKING SERVICES - CIVIL ENFORCEMENT OFFICER POCKETBOOK NOTE (typed up)
Officer: CEO 2271 (D. Fenwick)     Location: Garratt Lane surface car park, SW18     Date: 09/07/2065

13:02  Silver Vauxhall Corsa in bay 14, pay and display expired 12:10. Infant approx 18 months asleep in a rear car seat. All windows shut, car in full sun. Handheld reads 29C in the shade.
13:06  Infant awake, red in the face, crying, hair wet with sweat. No driver in sight. Tried the doors - locked.
13:10  Rang police. Told a unit would attend.
13:24  Female returned carrying shopping and an open can. Unsteady on her feet, slurring, smelled strongly of drink. Said she is the child's mum, "Ms Calloway", and the baby is "Ruby".
13:25  I asked her not to drive and to wait for the police. She swore at me and got in.
13:27  Vehicle left the car park towards Wandsworth High Street with the infant in the back. Police not yet arrived. Registration passed to police again.
13:35  Passed to supervisor, who says the family are known to Early Help.
""")
    atts = [docx_att("Case Summary - Calloway - 3342260.docx", [
                "# Case summary", "Family: Calloway. Mosaic ID 3342260.",
                "Ms Calloway; Jake Calloway (7); Ruby Calloway (19 months).",
                "Early Help since 12/10/2064: parental alcohol use, late collections."]),
            txt_att("CEO note 09-07 Garratt Lane.txt", note)]
    top = outlook_top(f, addr("Osei-Bonsu, Helen", "Helen.Osei-Bonsu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Calloway - Mosaic 3342260", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3342260"],
        [ch("Jake Calloway", "2058-05-05", "05/05/2058"), ch("Ruby Calloway", "2063-11-21", "21/11/2063")],
        ["neglect", "substance_misuse"], None, True, [], None, "alert_duty",
        "Safety rule 1 in a text/plain attachment the sender has not read: a civil enforcement officer's note says a "
        "19-month-old was left in a locked car in the sun and her visibly drunk mother has just driven off with her, "
        "police not there -> urgent. The step-up itself is complete (case summary, rationale heading, TM sends it) so "
        "missing []; consent not mentioned -> null.",
        docs={"case_summary", "rationale"}, not_children=["Helen Osei-Bonsu"],
        how="only in a text/plain attachment (a parking officer's pocketbook note), with a bland pointer in the body")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2065-05-19 12:10:07"
    body = T("""
Dear colleagues,

For information only - no action is needed from MASH.

Our procedure asks us to tell you whenever a registrar has a concern at a notice of marriage appointment, even when it turns out to be nothing, so this is for your records.

On 12 May a colleague at Richmond Register Office was worried that a bride giving notice looked very young and seemed nervous. In line with our forced marriage guidance we saw her on her own with an independent interpreter. Her passport and birth certificate show she was born in 2041, so she is 24. She was relaxed, said clearly that the marriage is her own choice and that she met her fiance at university, and she has her own job and flat. No child is involved in any way.

We have recorded the outcome as no concern.

Kind regards,
Mrs Judith Amankwah
Deputy Superintendent Registrar | Richmond upon Thames Register Office
020 7946 0990
""")
    top = plain_top(f, addr("Judith Amankwah", "judith.amankwah@" + RDOM), addr("MASH Step Up", RSU),
                    "Registrar - notice of marriage - for information (no concern)", when, RDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a registrar's 'for information only' note about a forced-marriage worry at a notice of marriage, "
        "checked and found to be about a 24-year-old adult with no child involved -> adult-only, resolved -> other, "
        "human_review.",
        not_children=["Judith Amankwah"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2065-04-23 09:12:40"
    data = google_reply(f, when, ("Ola Brzezinska", "Ola.Brzezinska@" + RDOM), ("MASH Step Up", RSU),
                        "ACCEPTED", "Step-up case discussion - Nouri - Mosaic 3318540 [SB-richmond_wandsworth-4410]",
                        "20650427T130000Z", "20650427T140000Z", "Microsoft Teams",
                        "Mon 27 Apr 2065 2pm - 3pm (BST)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["3318540"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED) from the private sector housing officer who inspected the "
        "Nouri HMO, for the step-up case discussion of richmond_wandsworth_01 -> record_reply; 'Mosaic 3318540' in "
        "the SUMMARY -> '3318540'.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2065-07-15 10:22:36"
    prev = T("""
Thank you - your step-up request has been received.

Reference: SB-richmond_wandsworth-4488
Case: 3349915

What is missing:
- rationale (the rationale for the plan to step up to Children's Services)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hello,

The rationale for Deniz Aksoy's step up (Mosaic 3349915) is attached - apologies, it didn't go with the first email.

For info, the private sector housing team did their HMO inspection at the flat yesterday and will send their report next week; I'll forward it when I have it.

Best wishes,
Sinead Farrelly
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils
020 7946 0714
""") + quote("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "13 July 2065 11:02",
             "Farrelly, Sinead <Sinead.Farrelly@richmondandwandsworth.gov.uk>",
             "Step-up request received [SB-richmond_wandsworth-4488]", prev) + "\n" + RDISC
    atts = [docx_att("Rationale - Aksoy - 3349915.docx", [
        "# Rationale for step up", "Deniz Aksoy. Mosaic 3349915.",
        "The Early Help plan has not achieved change over six months; a statutory assessment is recommended."])]
    top = outlook_top(f, addr("Farrelly, Sinead", "Sinead.Farrelly@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Step-up request received [SB-richmond_wandsworth-4488]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["3349915"], [ch("Deniz Aksoy")], [], None, None, [], None,
        "attach_to_request",
        "Outlook reply to [SB-richmond_wandsworth-4488] bringing the missing rationale (.docx) -> follow_up, "
        "attach_to_request; the quoted acknowledgement's 'What is missing:' is not a concern.",
        docs={"rationale"}, not_children=["Sinead Farrelly"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2065-04-16 12:37:18"
    body = T("""
Hello,

My name is Tomasz Wiśniewski, I am pest control technician for Tower Hamlets Council Environmental Health. I find this email address on the council website for children.

Today at 11.50 I come to flat 31 Brindley House, Ocean Estate for the second bedbug treatment, booked by the tenant Mrs Shirin Akter. The door was opened by a girl, she say her name is Rumana Akter and she is 9 years. Inside also her brothers Jamil Akter, maybe 5 years, and baby Arif Akter, I think 1 year. No adult in the flat.

Rumana tell me her mum go out on Monday night and not come back. Today is Thursday. In the fridge is nothing, only old bread on the table. The baby nappy is very full and heavy and he has many bites on arms and legs. Rumana is giving the baby water with sugar in the bottle. She did not go to school since Monday because she cannot leave the baby. Mum phone is off, I tried two times.

I did not do the treatment. I am waiting outside the door with my colleague Dariusz. I do not know what I must do now, nobody at the office answers. Please somebody call me: 07700 900184.

Thank you
Tomasz Wiśniewski
Pest Control Technician | Environmental Health (Pest Control) | Tower Hamlets Council
""")
    top = plain_top(f, addr("Tomasz Wiśniewski", "Tomasz.Wisniewski@" + TDOM), addr("MAST", TMAST),
                    "children alone in flat 31 Brindley House - mum not back since Monday", when, TDOM,
                    "Microsoft Outlook 16.0")
    root = text_part(body + "\n" + TDISC, charset="iso-8859-2")
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Rumana Akter"), ch("Jamil Akter"), ch("Arif Akter")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 from a council pest control technician writing in second-language English (iso-8859-2 "
        "quoted-printable, 'Wiśniewski'): a 9-year-old, a 5-year-old and a baby alone in a flat since Monday night, "
        "no food, the baby on sugar water -> urgent, other. The 9-year-old's missed school is part of the neglect, not "
        "a separate attendance concern.",
        not_children=["Shirin Akter", "Tomasz Wiśniewski"],
        how="second-language English in an iso-8859-2 body from a pest control technician")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2065-06-11 16:25:03"
    fwd = T("""
Hi Nasima,

I've done the licensing inspection at 7 Cordelia Street, E14 this afternoon (the HMO you asked me about because the Chowdhury family used to live there).

Rooms 1-3 are fine. Room 4 had a bolt on the OUTSIDE of the door. Inside was a girl who told me her name is Sadia Chowdhury and that she is 15 and should be at Langdon Park School. She is living in that room with a man of about 35 who the landlord calls "her husband". She said he has taken her phone and her school uniform, that she isn't allowed out unless he is with her, and that at night "he does what husbands do". She asked me not to tell him she had spoken to me.

He came back while I was still on the landing, so I had to finish and leave. She is in the room with him now. I rang 101 from the car and gave them the address.

Daniel
Daniel Okafor | HMO Licensing Officer | Private Sector Housing | Tower Hamlets Council | 020 7946 0825
""")
    body = T("""
Hi MAST,

Forwarding below from our HMO licensing officer for the step-up discussion on Monday (Mosaic 3367015).

Thanks
Nasima

Nasima Khanom
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
""") + quote("Okafor, Daniel <Daniel.Okafor@towerhamlets.gov.uk>", "11 June 2065 15:58",
             "Khanom, Nasima <Nasima.Khanom@towerhamlets.gov.uk>", "7 Cordelia St - room 4", fwd) + "\n" + TDISC
    top = outlook_top(f, addr("Khanom, Nasima", "Nasima.Khanom@" + TDOM), addr("MAST", TMAST),
                      "FW: 7 Cordelia St - room 4 [SB-tower_hamlets-5127]", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "follow_up", True, None, ["3367015"],
        [ch("Sadia Chowdhury")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a forwarded part under a bland covering note on [SB-tower_hamlets-5127]: an HMO licensing "
        "officer found a 15-year-old locked in (bolt outside) with a man of about 35 called her 'husband', who takes her "
        "phone and 'does what husbands do' at night; she is in the room with him now -> urgent on a follow_up.",
        not_children=["Daniel Okafor", "Nasima Khanom"],
        how="only in the forwarded message below a one-line covering note")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2065-07-13 14:54:20"
    body = T("""
see subject. outside 212 cable st E1, white transit. been here since 12.40 on my beat. police said theyd send a car, nobody yet. hes stopped banging on the window now

Kyle
CEO 4471 parking

Sent from my iPhone
""")
    top = plain_top(f, addr("Kyle Brennan", "Kyle.Brennan@" + TDOM), addr("MAST", TMAST),
                    "little boy about 5 locked in a van on Cable St over 2 hrs in this heat, nobody coming back",
                    when, TDOM, "iPhone Mail (22F76)")
    add(f, apple_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 told mostly in the SUBJECT: a civil enforcement (parking) officer on his phone says a boy of about "
        "5 has been locked in a van for over two hours in the heat and has stopped banging on the window -> urgent, "
        "other; no child named.",
        how="in the subject line; the body only says 'see subject' and that the boy has gone quiet")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2065-05-12 11:18:49"
    body = T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support for Ibrahim Hassan (DOB 02/08/2051), Mosaic 3359428. My manager Shahana Begum has read it and agreed the step up (she is copied in).

Why now: Ibrahim's attendance has fallen to 61%, he has been missing from home until after midnight on school nights since Easter, and he is spending time with older boys from outside the borough. His parents have not come to the last three TAF meetings and have said they "don't need social workers".

So the history is clear: in March Ibrahim bought a kitchen knife from a convenience store on Burdett Road. Trading standards caught the same shop in a test purchase that week and its licence has since been revoked. His dad found the knife in his bag that evening and handed it in at the police station himself; Ibrahim was spoken to by police and the youth justice prevention worker. There has been no knife since, no police contact since, and the police have told us they have no current concerns about him carrying. It is not the reason for this step up.

Kind regards,
Rehana Islam
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0268
""") + TDISC
    atts = [marf("MARF - Hassan - 3359428.pdf", "Hassan", [
        "Mosaic 3359428. Ibrahim Hassan, 02/08/2051.",
        "Reason: attendance 61%; missing from home late at night; older peers; parents not engaging with the TAF.",
        "March 2065 knife incident: dealt with by police and youth justice; no further concerns.",
        "Manager: Shahana Begum - agreed 11/05/2065."])]
    top = outlook_top(f, addr("Islam, Rehana", "Rehana.Islam@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Ibrahim Hassan - Mosaic 3359428", when,
                      cc=addr("Begum, Shahana", "Shahana.Begum@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["3359428"],
        [ch("Ibrahim Hassan", "2051-08-02", "02/08/2051")],
        ["missing", "non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "Near miss: a knife bought from a shop (trading standards test purchase, licence revoked) is HISTORIC and "
        "resolved ('no knife since', 'no current concerns', 'not the reason'). Complete MAST step-up: MARF PDF attached, "
        "manager agreed (copied in) -> book_meeting; missing from home late at night is a current concern.",
        docs={"request_for_support"}, not_children=["Shahana Begum", "Rehana Islam"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2065-06-25 10:05:33"
    body = T("""
Dear Early Help Hub,

I am stepping the Demir children down to a Team Around the Family following my Child and Family Assessment, which concluded on 19 June 2065. Mosaic 3361190.

Leyla Demir - 11/04/2052
Can Demir - 27/10/2057

Attached: the C&F assessment and the draft TAF plan.

The children's father, Mr Emre Demir, died in November 2064 of an accidental overdose at a friend's flat; the children were not there. The coroner's officer wrote to Mrs Demir on 19 June to say the inquest will be heard on 8 September and that nothing further is needed from the children. The coroner's letter is routine and raises nothing new. Mrs Demir has grieved hard but has kept the children's routines going, and there are no concerns about her care of them.

Lead Practitioner: Ms Ruth Mbeki, Family Support Worker, Wapping Family Hub, has agreed to take the lead.

The TAF meeting is on Thursday 2 July at 10:00 at Wapping Family Hub; I will chair it.

Mrs Demir consents to the step down.

Kind regards,
Grace Adeyinka
Social Worker | Children's Social Work (Wapping & Shadwell) | Tower Hamlets Council
020 7946 0355
""") + TDISC
    atts = [pdf_att("CFA - Demir - 3361190.pdf", "Child and Family Assessment - Demir", [
                "Mosaic 3361190. Leyla Demir 11/04/2052; Can Demir 27/10/2057. Concluded 19/06/2065.",
                "Analysis: bereavement; mother's low mood; good routines; no safeguarding concerns.",
                "Outcome: step down to TAF with a Lead Practitioner."]),
            docx_att("Draft TAF plan - Demir.docx", [
                "# Draft TAF plan", "Lead Practitioner: Ruth Mbeki (Wapping Family Hub).",
                "1. Bereavement support for Leyla and Can (school counsellor). 2. GP review for Mrs Demir."])]
    top = outlook_top(f, addr("Adeyinka, Grace", "Grace.Adeyinka@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Demir - Mosaic 3361190", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3361190"],
        [ch("Leyla Demir", "2052-04-11", "11/04/2052"), ch("Can Demir", "2057-10-27", "27/10/2057")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: a father's overdose death and a coroner's inquest letter are about an ADULT and HISTORIC "
        "('routine', 'raises nothing new', 'no concerns about her care'). Complete Tower Hamlets step-down: C&F "
        "assessment, draft TAF plan, consent, named lead practitioner with agency; TAF Thu 2 Jul is within 10 WD of "
        "the assessment ending on 19 Jun -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Emre Demir", "Ruth Mbeki", "Grace Adeyinka"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2065-04-28 15:40:10"
    body = T("""
Hi MAST team,

I want to step the Rahman family up (Mosaic 3350871) and wanted to get it to you before the bank holiday.

Yusuf Rahman - 09/09/2058
Safa Rahman - 15/01/2061

Environmental Health inspected the flat in March under the housing health and safety rating system: severe damp and mould in both bedrooms (a Category 1 hazard) and the landlord was served an improvement notice. Since then the parents have refused to let the contractors in three times, so nothing has been done. Yusuf has asthma and has been admitted to the Royal London twice since February, and he has missed four of his last five respiratory clinic appointments. Mum and dad have stopped answering my calls and did not come to the last TAF.

I haven't done the MARF yet - I'll complete it and send it across once I've spoken to my manager, who is on leave until next week.

Thanks,
Jade Mensah
Early Help Practitioner | Early Help Hub | Tower Hamlets Council
020 7946 0187
""") + TDISC
    top = outlook_top(f, addr("Mensah, Jade", "Jade.Mensah@" + TDOM), addr("MAST", TMAST),
                      "Step up - Rahman - Mosaic 3350871", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, ["3350871"],
        [ch("Yusuf Rahman", "2058-09-09", "09/09/2058"), ch("Safa Rahman", "2061-01-15", "15/01/2061")],
        ["neglect", "non_engagement"], None, None, ["manager_agreed", "request_for_support"], None, "request_info",
        "MAST step-up after an Environmental Health damp-and-mould inspection: parents refusing repairs, missed clinic "
        "appointments, not engaging. No MARF yet and the manager has not been asked (on leave) -> manager_agreed null, "
        "missing manager_agreed and request_for_support -> request_info.",
        not_children=["Jade Mensah"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2065-06-30 08:48:12"
    data = outlook_itip_reply(f, when, ("Joanne Pike", "Joanne.Pike@" + TDOM), ("Early Help Hub", TEH),
                              "TENTATIVE", "TAF meeting - Demir - Mosaic 3361190 [SB-tower_hamlets-5160]",
                              "20650702T100000", "20650702T113000", "Wapping Family Hub",
                              "Tentative - I'm a witness at the magistrates' court that morning in a landlord "
                              "prosecution. If the case finishes early I will join on Teams. Joanne Pike, "
                              "Environmental Health Officer (Housing)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3361190"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE from an Environmental Health Officer for tower_hamlets_05's TAF meeting, "
        "with a COMMENT about a court hearing (a landlord prosecution, nothing about a child) -> record_reply; "
        "'Mosaic 3361190' in the SUMMARY -> '3361190'.",
        not_children=["Joanne Pike"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2065-07-20 11:30:15"
    body = T("""
Early Help Hub,

Step down - Amina Yusuf, DOB 03/03/2055, Mosaic 3372408. C&F assessment (concluded 14 July) attached.

Summary: Amina (10) is a young carer for her mother, who has multiple sclerosis and is hard of hearing. The London Fire Brigade did a Home Fire Safety Visit on 2 July and fitted a smoke alarm with a vibrating pad under mum's pillow, so Amina no longer sleeps in her mum's room "to listen for the alarm". Adult social care have started a package of care four mornings a week.

Lead practitioner: Mr Hamza Ali, Learning Mentor, Stepney Green School, has agreed.

Mrs Yusuf consents to the step down.

The draft TAF plan will follow after I see the family on Thursday.

Regards
Dr Naomi Fairbairn
Social Worker | Children with Disabilities and Young Carers | Tower Hamlets Council
""") + TDISC
    atts = [pdf_att("C&F assessment - Yusuf - 3372408.pdf", "Child and Family Assessment", [
        "Amina Yusuf, 03/03/2055. Mosaic 3372408. Concluded 14/07/2065.",
        "Young carer for mother (MS). Fire safety visit done 02/07/2065. Care package in place.",
        "Recommendation: step down to TAF; Lead Practitioner Hamza Ali."])]
    top = outlook_top(f, addr("Fairbairn, Naomi", "Naomi.Fairbairn@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Amina Yusuf - Mosaic 3372408", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3372408"],
        [ch("Amina Yusuf", "2055-03-03", "03/03/2055")],
        ["young_carer"], True, None, ["draft_plan"], None, "request_info",
        "Clinical Tower Hamlets step-down for a young carer (fire brigade safety visit fitted a vibrating alarm): "
        "assessment, consent and lead practitioner given, draft TAF plan 'will follow' -> missing draft_plan -> "
        "request_info.",
        docs={"assessment"}, not_children=["Hamza Ali", "Naomi Fairbairn"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2065-04-14 10:20:45"
    body = T("""
Dear Early Help,

I would like a triage slot to step the Widdicombe children down to a level 3 Early Help response (LCS-4718263).

Harley Widdicombe, DOB 06/06/2058
Poppy Widdicombe, DOB 19/02/2062

Attached is my Single Assessment with my analysis and the rationale for stepping down. My team manager, Sue Penwill, has added her analysis to the assessment and agrees the threshold for level 3 is met.

In brief: the home was very cluttered and unsafe for a toddler when we became involved, and after a small chip-pan fire in January the fire service did a Home Fire Safety Visit and fitted smoke alarms. Since then mum has cleared the house with help from the housing association, the alarms are tested weekly, Poppy has a nursery place and Harley is happy at school. Mum's confidence is growing.

Mum has given her consent to Early Help at level 3.

Thank you,
Callum Tregaskis
Social Worker | Single Assessment Team | Torbay Council
01632 960145
""") + BDISC
    atts = [pdf_att("Single Assessment - Widdicombe - LCS-4718263.pdf", "Single Assessment - Widdicombe", [
        "LCS-4718263. Harley Widdicombe 06/06/2058; Poppy Widdicombe 19/02/2062.",
        "Analysis: home conditions improved; fire safety visit completed; mother engaging.",
        "Team manager's analysis (Sue Penwill): threshold for level 3 met; agree step down."])]
    top = outlook_top(f, addr("Tregaskis, Callum", "Callum.Tregaskis@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Widdicombe - LCS-4718263", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4718263"],
        [ch("Harley Widdicombe", "2058-06-06", "06/06/2058"), ch("Poppy Widdicombe", "2062-02-19", "19/02/2062")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment with TM analysis, consent, level 3 stated); Poppy is 3, so the "
        "fortnightly under-5s triage; the chip-pan fire and safety visit are part of an improving picture -> "
        "book_meeting.",
        docs={"assessment"}, not_children=["Sue Penwill", "Callum Tregaskis"])

def torbay_02():
    f = "torbay_02.eml"; when = "2065-06-23 10:05:12"
    body = T("""
Hi MASH,

Please find attached the contact / step up for Jordan Mudge (EHM-745902). Mum (Kelly) consented to the contact this morning. My team manager Mark Ferris has read it and agrees it needs considering for level 4.

Thanks
Jess

Jess Tozer
Lead Professional | Early Help (Paignton) | Torbay Council
01632 960772
""") + BDISC
    form = [
        "# Contact to MASH - step up from level 3 Early Help",
        "## Child", "Jordan Mudge, DOB 30/01/2050. EHM-745902.",
        "## Parent", "Kelly Mudge (mother). Consent to contact: yes, given 23/06/2065.",
        "## Reason for contact",
        "Since March Jordan has been missing overnight five times and was found in May at a flat in Plymouth with two adult men and a large amount of cash. He has stopped going to school and has new clothes and trainers mum did not buy.",
        "## Manager's view", "Mark Ferris, Team Manager: agree level 4 consideration.",
        "## Update added 09:50 today (23/06/2065)",
        "Torbay Council's street warden on Paignton seafront rang me at 09:40. At 08:30 she saw Jordan get into a silver Audi with the same two men from the Plymouth flat. He had a package taped under his jacket. He is not in school. His phone is off and mum doesn't know where he has gone. The warden gave the police the registration.",
    ]
    atts = [docx_att("Contact - Jordan Mudge - EHM-745902.docx", form)]
    top = outlook_top(f, addr("Tozer, Jess", "Jess.Tozer@" + BDOM), addr("MASH", BMASH),
                      "Contact / step up - Jordan Mudge - EHM-745902", when)
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-745902"],
        [ch("Jordan Mudge", "2050-01-30", "30/01/2050")],
        ["exploitation", "missing", "school_attendance"], True, True, [], None, "alert_duty",
        "Safety rule 1 only in the attached Word contact form's last section: a street warden saw a 15-year-old with a "
        "package taped under his jacket get into a car this morning with the two men he was found with in a Plymouth "
        "flat; phone off, whereabouts unknown -> urgent. Torbay step-up otherwise complete (consent, TM agrees).",
        not_children=["Kelly Mudge", "Mark Ferris", "Jess Tozer"],
        how="only in an 'Update added 09:50 today' section at the end of the attached .docx")

def torbay_03():
    f = "torbay_03.eml"; when = "2065-05-14 14:31:08"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Rowse children - step down to level 3 (LCS-4729915).

Mason Rowse - 24/07/2057
Tilly Rowse - 08/12/2062

My Single Assessment is attached, with my team manager Gail Stapleton's analysis - she agrees level 3 is right. Mum (Nicola) has consented to Early Help.

Nicola has done well: she completed the alcohol programme in March, the house is clean now that the council's pest control have dealt with the mice, and Mason's attendance is 95%.

Thanks,
Ben Quick
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960318

PS - Kate from pest control has just rung me from the house (she went back to check the bait boxes). Nicola is on the kitchen floor and Kate can't wake her properly, there are empty cans and a vodka bottle next to her. When Kate went upstairs Tilly was in the bath on her own with the taps running. Kate has got her out and is staying with her. Mason is at school. I'm driving over now but I'm 40 minutes away - please can someone ring Kate on 07700 900436.

""") + BDISC
    atts = [pdf_att("Single Assessment - Rowse - LCS-4729915.pdf", "Single Assessment - Rowse", [
        "LCS-4729915. Mason Rowse 24/07/2057; Tilly Rowse 08/12/2062.",
        "Mother completed an alcohol programme March 2065; home conditions improved.",
        "Team manager's analysis (Gail Stapleton): level 3 threshold met."])]
    top = outlook_top(f, addr("Quick, Ben", "Ben.Quick@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Rowse - LCS-4729915", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["LCS-4729915"],
        [ch("Mason Rowse", "2057-07-24", "24/07/2057"), ch("Tilly Rowse", "2062-12-08", "08/12/2062")],
        ["neglect", "substance_misuse"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a PS under the signature: pest control found the mother unrousable with drink beside her and "
        "a 2-year-old alone in a running bath; the social worker is 40 minutes away -> urgent on a complete level 3 "
        "step-down (assessment, TM analysis, consent) -> alert_duty.",
        docs={"assessment"}, not_children=["Nicola Rowse", "Gail Stapleton", "Ben Quick"],
        how="in a PS after the signature of an otherwise routine step-down")

def torbay_04():
    f = "torbay_04.eml"; when = "2065-05-05 09:15:33"
    body = T("""
Good morning,

Home Fire Safety Visit – for information

We completed a Home Fire Safety Visit on Friday 1 May at 9 Oak Road, Brixham, for Ms Claire Pascoe and her children Ruby Pascoe (7) and Alfie Pascoe (4). The GP practice asked us to visit because of a candle fire in the bedroom in 2062, when nobody was hurt.

What we did: fitted three smoke alarms (hall, landing, living room); replaced an old electric blanket; agreed a bedtime routine and an escape plan with Ms Pascoe and talked it through with Ruby.

What we found: a tidy house with no hoarding, the children’s bedrooms clear, lighters and matches kept high up, and a mum who was keen to learn. There are no concerns about the children’s care and no safeguarding concerns.

We copy every visit to a household with children to the Early Help inbox – that is our standard practice and no action is needed from you.

Kind regards,
Gemma Vosper
Home Safety Technician | Devon & Somerset Fire and Rescue Service
01632 960 417
""")
    top = plain_top(f, addr("Gemma Vosper", "g.vosper@dsfire.example"), addr("Early Help", BEH),
                    "HFSV completed - 9 Oak Road Brixham - for information", when, "dsfire.example",
                    "Microsoft Outlook 16.0")
    root = text_part(body, charset="windows-1252")
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Ruby Pascoe"), ch("Alfie Pascoe")],
        [], None, None, [], None, "human_review",
        "Near miss: a fire and rescue Home Fire Safety Visit report (windows-1252 body, en dashes and curly "
        "apostrophes): alarms fitted, an old candle fire from 2062 with nobody hurt, 'no concerns about the children's "
        "care' -> routine copy, no request -> other, human_review.",
        not_children=["Claire Pascoe", "Gemma Vosper"])

def torbay_05():
    f = "torbay_05.eml"; when = "2065-06-04 11:44:27"
    body = T("""
Dear MASH,

Contact / step up for Lily-Mae Tucker, DOB 17/10/2050, EHM-744318, open to Early Help at level 3.

Worries: Lily-Mae's attendance is 58% this year. She is buying disposable vapes and sometimes alcohol from a shop near the harbour (trading standards have since taken action against the shop after a test purchase). Mum's own drinking has got worse since the spring and she is struggling to set any limits. The Early Help plan has not changed things and I think the information needs considering for level 4.

For the avoidance of doubt: you may see a CCTV control room log from March which says two girls were "being pulled into a car" on Union Street. That was Lily-Mae and a friend taking part in a college film project with two tutors present and a filming permit; the police checked the same evening and closed it. It has nothing to do with this contact and there are no concerns about it.

Mum has consented to the contact. My team manager, Anna Lethbridge, agrees the information needs considering for level 4.

Regards,
Owen Pengelly
Lead Professional | Early Help (Torquay) | Torbay Council
01632 960563
""") + BDISC
    top = outlook_top(f, addr("Pengelly, Owen", "Owen.Pengelly@" + BDOM), addr("MASH", BMASH),
                      "Contact / step up - Lily-Mae Tucker - EHM-744318", when,
                      cc=addr("Lethbridge, Anna", "Anna.Lethbridge@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-744318"],
        [ch("Lily-Mae Tucker", "2050-10-17", "17/10/2050")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Near miss: a CCTV log of girls 'being pulled into a car' was a supervised college film shoot, checked and "
        "closed by police ('no concerns'). Complete Torbay step-up: consent and TM agreement stated -> book_meeting.",
        not_children=["Anna Lethbridge", "Owen Pengelly"])

def torbay_06():
    f = "torbay_06.eml"; when = "2065-07-07 15:12:50"
    body = T("""
Hi,

Dad signed the consent form today - attached - so that's the last thing for the Harvey step down (LCS-4735520).

Also, in case Parking Services ring you: on Friday one of their wardens outside St Mary's Primary saw what looked like a knife sticking out of Tyler's rucksack and told the school. It was a plastic pirate cutlass from the Year 4 play. The head teacher checked it with the warden there and then and they both had a laugh about it. Nothing for you to do.

Thanks,
Becky

Becky Harvey-Lamb | Social Worker | Torbay Council | 01632 960911

> From: Early Help <earlyhelp@torbay.gov.uk>
> Subject: Triage request received [SB-torbay-3390]
>
> What is missing:
> - consent (confirmation that the family's consent for level 3 Early Help has been sought and given)
""")
    atts = [pdf_att("Consent - Harvey - LCS-4735520.pdf", "Consent to Early Help (level 3)", [
        "Family: Harvey. LCS-4735520. I agree to my family being supported by Early Help at level 3.",
        "Signed: Mr L Harvey. Date: 07/07/2065."])]
    top = plain_top(f, addr("Becky Harvey-Lamb", "Becky.Harvey-Lamb@" + BDOM), addr("Early Help", BEH),
                    "Re: Triage request received [SB-torbay-3390]", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["LCS-4735520"], [], [], True, None, [], None, "attach_to_request",
        "Near miss: a parking warden's 'knife' in a 9-year-old's rucksack was a plastic cutlass from the school play, "
        "checked on the spot. A follow_up to [SB-torbay-3390] bringing the signed consent -> consent true, "
        "attach_to_request; 'Tyler' has no surname, so no child is labelled.",
        not_children=["Becky Harvey-Lamb"])

def torbay_07():
    f = "torbay_07.eml"; when = "2065-04-24 16:40:02"
    body = T("""
hi EH - step down request for the Bickley boys LCS-4722071, Kai Bickley 4 and Reece Bickley 8. mums happy with early help. single assessment to follow once my TM has signed it off. fyi the council's HMO officer says the new flat is fine now

Sam
""")
    top = plain_top(f, addr("Sam Yeo", "Sam.Yeo@" + BDOM), addr("Early Help", BEH),
                    "step down Bickley", when, BDOM, "iPhone Mail (22A340)")
    add(f, apple_mail(f, top, body + "\nSent from my iPhone\n"), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["LCS-4722071"],
        [ch("Kai Bickley"), ch("Reece Bickley")],
        [], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "Terse iPhone Torbay step-down: ages only, no DOBs; 'mums happy with early help' is consent; the Single "
        "Assessment is 'to follow' and the TM has not signed it off yet (manager_agreed null) -> missing assessment "
        "and manager_agreed -> request_info; no level stated.",
        not_children=["Sam Yeo"])

def torbay_08():
    f = "torbay_08.eml"; when = "2065-07-16 12:06:19"
    body = T("""
Dear MASH,

Contact / step up from level 3 for Ellie Stentiford (DOB 29/05/2060), EHM-748811.

Torbay's housing standards officer inspected the family's HMO flat on 8 July after a complaint from another tenant. Her report describes bags of rubbish and dog mess in the living room, no food in the kitchen and a mattress in Ellie's room black with mould. Ellie (5) is often at school without breakfast and in the same clothes, and the Early Help plan has made no difference in four months.

My team manager, Rob Coombe, agrees this needs considering for level 4.

Dad has refused consent to the contact. He says "the council caused this by sending the housing woman".

Regards,
Lowenna Hocking
Lead Professional | Early Help (Brixham) | Torbay Council
01632 960229
""") + BDISC
    top = outlook_top(f, addr("Hocking, Lowenna", "Lowenna.Hocking@" + BDOM), addr("MASH", BMASH),
                      "Contact / step up - Ellie Stentiford - EHM-748811", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-748811"],
        [ch("Ellie Stentiford", "2060-05-29", "29/05/2060")],
        ["neglect"], False, True, ["consent"], None, "request_info",
        "Torbay step-up after a housing standards (HMO) inspection: TM agrees, but 'Dad has refused consent' -> consent "
        "false, missing consent -> request_info.",
        not_children=["Rob Coombe", "Lowenna Hocking"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2065-04-20 11:25:40"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Bevan children (sibling group), Mosaic 2184471, following my discussion with Rhian in your team last week.

Freya Bevan - 12/07/2053
Ollie Bevan - 03/03/2056
Nell Bevan - 21/09/2060

Also attached is the family's signed consent form.

The CIN plan followed a winter with no heating in the rented farm cottage near Kington and poor school attendance. The council's housing enforcement officer served an improvement notice on the landlord, and the new heating system was fitted in March. Attendance for all three is now above 94%.

Key person: Mrs Sian Preece, Family Support Worker at Kington Primary School, has agreed to lead on the step-down with the family.

Many thanks,
Gareth Lloyd-Price
Social Worker | Children in Need (North West) | Herefordshire Council
01632 960 581
""") + HDISC
    atts = [docx_att("EHA step-down plan - Bevan - 2184471.docx", [
                "# Early Help Assessment step-down plan", "Family: Bevan. Mosaic 2184471.",
                "Children: Freya Bevan 12/07/2053; Ollie Bevan 03/03/2056; Nell Bevan 21/09/2060.",
                "Key person: Sian Preece (Kington Primary School).",
                "What needs to happen: attendance monitored half-termly (school); heating checked before winter (housing); family support sessions fortnightly (SP)."]),
            pdf_att("Signed consent - Bevan.pdf", "Consent to Early Help", [
                "I consent to my family's information being shared with Early Help and to an Early Help plan.",
                "Family: Bevan. Signed: Mrs L Bevan. Date: 14/04/2065."])]
    top = outlook_top(f, addr("Lloyd-Price, Gareth", "Gareth.Lloyd-Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan sibling group - Mosaic 2184471", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2184471"],
        [ch("Freya Bevan", "2053-07-12", "12/07/2053"), ch("Ollie Bevan", "2056-03-03", "03/03/2056"),
         ch("Nell Bevan", "2060-09-21", "21/09/2060")],
        ["neglect", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (EHA step-down plan .docx, signed consent form .pdf, key "
        "person with agency) after housing enforcement got heating fitted in a cold cottage -> book_meeting; level not "
        "stated so null.",
        docs={"draft_plan", "consent_form"}, not_children=["Sian Preece", "Gareth Lloyd-Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2065-06-16 15:10:27"
    body = T("""
Good afternoon,

The Senior Coroner has asked me to pass the attached note to children's services this afternoon. I would be grateful if someone could acknowledge it.

Regards,
Paul Davies
Coroner's Officer | Herefordshire and Worcestershire Coroner's Service
01632 960 744
""")
    note = [
        "Re: the death of baby Isla (5 months) at 4 Orchard Row, Bromyard, on Sunday 14 June 2065.",
        "",
        "Preliminary post-mortem examination, this morning (16 June): fractures to six ribs and to both legs, of different ages, which the pathologist says cannot be explained by the attempts at resuscitation. The death is being treated as unexplained and West Mercia Police have been told.",
        "",
        "Isla's parents, Mr Dean Whitcombe and Ms Kirsty Hale, were told at 13:00 today that the post-mortem has found injuries.",
        "",
        "Isla's brother, Alfie Whitcombe (DOB 11/02/2063, 2 years old), is at home at 4 Orchard Row with both parents.",
        "",
        "At 14:30 Ms Hale's sister rang me to say that the couple are packing the car to drive to Mr Whitcombe's family in Ireland tonight, taking Alfie with them.",
        "",
        "Paul Davies, Coroner's Officer, 16/06/2065, 14:55.",
    ]
    atts = [pdf_att("Coroner's officer note 16-06-2065.pdf", "Coroner's Officer - note for Children's Services", note)]
    top = plain_top(f, addr("Paul Davies", "paul.davies@coroners-hw.example"), addr("Herefordshire MASH", HMASH),
                    "Note from the Coroner's Officer", when, "coroners-hw.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie Whitcombe", "2063-02-11", "11/02/2063")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 only in a PDF attachment from the coroner's officer: a baby's post-mortem shows fractures of "
        "different ages; her 2-year-old brother is at home with the parents, who are packing to leave for Ireland "
        "tonight with him -> urgent, other. The baby who died is named by her first name only, so only Alfie is "
        "labelled.",
        not_children=["Dean Whitcombe", "Kirsty Hale", "Paul Davies"],
        how="only in a PDF note attached to a two-line covering email")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2065-05-21 12:02:13"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{border:1px solid #999;padding:4px;font-family:Verdana,sans-serif;font-size:9pt} h3{font-family:Verdana,sans-serif}</style></head>
<body>
<h3>Herefordshire Registration Service &ndash; record of a concern raised at an appointment</h3>
<table cellspacing="0">
<tr><td><b>Office</b></td><td>Hereford Register Office, The Shirehall</td></tr>
<tr><td><b>Appointment</b></td><td>Birth registration, 21/05/2065, 11:00</td></tr>
<tr><td><b>Registrar</b></td><td>Eleri Watkins, Registrar of Births and Deaths</td></tr>
<tr><td><b>Child registered</b></td><td>Ruby-Jo Pritchard, born 02/05/2065, Hereford County Hospital</td></tr>
<tr><td><b>Mother</b></td><td>Chloe Pritchard, date of birth 14/03/2050 (15 years old)</td></tr>
<tr><td><b>Father / informant</b></td><td>Gareth Tranter, date of birth 22/08/2024 (40 years old)</td></tr>
<tr><td><b>Address given</b></td><td>Flat 3, 19 Brookend Street, Ross-on-Wye (both)</td></tr>
</table>
<p><b>What happened</b></p>
<p>Mr Tranter did all the talking. When I checked the mother&rsquo;s date of birth she looked at him before answering. He said they have lived together at his flat &ldquo;since last summer&rdquo;.</p>
<p>When he went out to move the car, Chloe asked me quietly not to tell him she had spoken to me. She said he keeps her phone, that she is &ldquo;not allowed out without him&rdquo;, and that she has not seen her mum since Christmas. She was shaking.</p>
<p>They left together at 11:40 in his car, a blue Ford Focus, with the baby. I have the registration on the form. I have told my Superintendent Registrar, who asked me to send this straight to MASH.</p>
<p>Eleri Watkins<br>Registrar | Herefordshire Registration Service<br>01632 960 318</p>
</body></html>
""")
    top = outlook_top(f, addr("Watkins, Eleri", "Eleri.Watkins@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Registration Service - record of concern - birth registration 21/05", when)
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ruby-Jo Pritchard", "2065-05-02", "02/05/2065"), ch("Chloe Pritchard", "2050-03-14", "14/03/2050")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in an HTML-only registrar's record of concern: a 15-year-old mother registering her baby lives "
        "with the 40-year-old father, who keeps her phone and does not let her out; she has just left with him and the "
        "baby -> urgent, other. Both the baby and the 15-year-old mother are children (baby first in the text).",
        not_children=["Gareth Tranter", "Eleri Watkins"],
        how="HTML-only registrar's form: the ages in a table and the girl's words in the narrative")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2065-07-01 10:40:11"
    body = T("""
Hello,

For your records only - no action needed.

On Monday afternoon one of our civil enforcement officers in the Maylord Orchards car park, Hereford, reported "a child left alone in a car" to her supervisor. She was right to check. It turned out to be Josh, who is 17, waiting in the passenger seat for his mum with the windows down, a bottle of water and his phone; his mum was back within five minutes and confirmed who he was. There was nothing wrong, no child was left alone and the police were not needed.

Our procedure says we tell MASH whenever a warden raises a child welfare question, so I'm letting you know it's closed as no further action.

Kind regards,
Dawn Jukes
Parking Services Team Leader | Herefordshire Council
01632 960 902
""") + HDISC
    top = plain_top(f, addr("Dawn Jukes", "Dawn.Jukes@" + HDOM), addr("Herefordshire MASH", HMASH),
                    "Warden report Maylord Orchards 29/06 - NFA", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit"), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a parking warden's report of 'a child left alone in a car' checked on the spot - a 17-year-old "
        "waiting five minutes with the windows down, mum back, NFA, 'for your records only' -> other, human_review; "
        "'Josh' has no surname, so no child is labelled.",
        not_children=["Dawn Jukes"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2065-05-27 14:22:58"
    body = T("""
Dear co-ordinators,

Level 3 step down for Kayla Vaughan (DOB 09/09/2054), Mosaic 2190236. I discussed it with Bethan at Tuesday's drop-in. Attached are the EHA step-down plan and mum's signed consent form.

Key person: Mr Tom Gwynne, Family Support Worker, Barnardo's Hereford Family Centre, has agreed to lead.

Current worries: Kayla's attendance (81%) and mum's anxiety, which stops her leaving the house some days.

History, for completeness: in 2063, when the family rented a room in a Hereford HMO, the council's HMO inspection found that an adult lodger had been given a key to Kayla's room. He was removed by the landlord the same day; the section 47 enquiry found no harm to Kayla; he was later sent to prison for unrelated offences and has had no contact with the family since. It is noted for history only - it is not a current concern and not why the CIN plan was open.

Thank you,
Hannah Bowen
Social Worker | Children in Need (Hereford City) | Herefordshire Council
01632 960 663
""") + HDISC
    atts = [docx_att("EHA step-down plan - Vaughan.docx", [
                "# Early Help Assessment step-down plan", "Kayla Vaughan, 09/09/2054. Mosaic 2190236.",
                "Key person: Tom Gwynne (Barnardo's Hereford Family Centre).",
                "What needs to happen: attendance support (school, weekly); mum referred to talking therapies (GP)."]),
            pdf_att("Consent form - Vaughan - signed.pdf", "Consent to Early Help", [
                "I consent to an Early Help plan for my family. Signed: Ms J Vaughan. 26/05/2065."])]
    top = outlook_top(f, addr("Bowen, Hannah", "Hannah.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "L3 step down - Kayla Vaughan - Mosaic 2190236", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["2190236"],
        [ch("Kayla Vaughan", "2054-09-09", "09/09/2054")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: an adult lodger given a key to a child's room in an HMO is HISTORIC (2063), handled the same day, "
        "s47 found no harm, 'not a current concern'. Complete Herefordshire level 3 step-down sent in half-term week "
        "(plan, signed consent form, key person with agency) -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Tom Gwynne", "Hannah Bowen"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2065-06-08 09:35:04"
    body = T("""
Hi MASH,

I'd like to step Mason Lloyd (DOB 20/04/2059), Mosaic 2201553, up from Early Help to social care.

The council's housing enforcement team inspected the family's privately rented house in Leominster on 2 June and found it in a very poor state: no working toilet for three weeks, food waste in every room and a broken window in Mason's bedroom covered with cardboard. Dad has not followed through on anything in the Early Help plan since March and Mason (6) has head lice and a tooth abscess that hasn't been treated.

My manager, Carys Jenkins, has agreed the step up. Dad consents to the referral.

Thanks,
Nia Probert
Early Help Practitioner | Early Help (Leominster) | Herefordshire Council
01632 960 275
""") + HDISC
    top = outlook_top(f, addr("Probert, Nia", "Nia.Probert@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Mason Lloyd - Mosaic 2201553", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2201553"],
        [ch("Mason Lloyd", "2059-04-20", "20/04/2059")],
        ["neglect", "non_engagement"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up: human_review, missing [] (no requirements "
        "for an undefined kind), notice null; consent and manager agreement stated.",
        not_children=["Carys Jenkins", "Nia Probert"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2065-07-14 09:55:12"
    body = T("""
Morning,

Here's Mrs Pugh's signed consent form for Evie's step down (Mosaic 2195508). She signed it at the home visit yesterday.

Thanks,
Rhys

Rhys Bevington
Social Worker | Herefordshire Council

On 9 Jul 2065, at 14:20, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

> Thank you - your step-down request has been received.
>
> Reference: SB-herefordshire-2208
> Child: Evie Pugh
>
> What is missing:
> - consent_form (the family's written consent)
>
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    atts = [pdf_att("Consent - Pugh - signed.pdf", "Consent to Early Help", [
        "Family: Pugh. Mosaic 2195508. I consent to an Early Help plan. Signed: Mrs S Pugh. 13/07/2065."])]
    top = plain_top(f, addr("Rhys Bevington", "Rhys.Bevington@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-2208]", when, HDOM, "Apple Mail (3826.400)")
    add(f, apple_mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2195508"], [ch("Evie Pugh")], [], True, None, [], None,
        "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-2208] bringing the signed consent form (format=flowed) -> follow_up, "
        "consent true, attach_to_request; Evie Pugh named in full only in the quoted acknowledgement.",
        not_children=["Rhys Bevington"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2065-07-21 13:45:30"
    body = T("""
Dear Early Help Co-ordinators,

Step-down plan attached for Noah Griffiths-Lane (DOB 30/08/2061), Mosaic 2209914.

The CIN plan followed domestic abuse by Noah's father, who moved out in January and has not been back; there is a non-molestation order. Noah's mum has done the Freedom Programme and Noah is settled at school. (The Register Office re-registered Noah's birth last month at mum's request so that he has her surname as well.)

Mum agreed to the step down on the phone this morning. I'll get the consent form signed at my visit on Thursday.

We haven't yet agreed who the key person will be - school are thinking about it.

Regards,
Ffion Watkins
Social Worker | Children in Need (South Wye) | Herefordshire Council
01632 960 447
""") + HDISC
    atts = [docx_att("EHA step-down plan - Griffiths-Lane.docx", [
        "# Early Help Assessment step-down plan", "Noah Griffiths-Lane, 30/08/2061. Mosaic 2209914.",
        "What needs to happen: school nurse sessions; mum to continue with the women's support group."])]
    top = outlook_top(f, addr("Watkins, Ffion", "Ffion.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Noah Griffiths-Lane - Mosaic 2209914", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2209914"],
        [ch("Noah Griffiths-Lane", "2061-08-30", "30/08/2061")],
        ["domestic_abuse"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan only: mum's verbal agreement is consent as stated, but the written "
        "consent form is to follow and no key person is agreed -> missing consent_form and lead_practitioner -> "
        "request_info.",
        docs={"draft_plan"}, not_children=["Ffion Watkins"])


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
# the brief's words: at most 3 urgent mails may use any of them (stems, so "risks" and "dangerous" count too)
BANNED = re.compile(r"\b(urgen\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|asap)\b", re.I)
MAX_URGENT_WITH_BANNED = 3
MAILBOX_ROLES = {"mash_step_up", "early_help_duty"}
# Knowsley notice: file -> (working days expected, plain weekdays, crosses a bank holiday?, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (4, 5, date(2065, 5, 4), True),
    "knowsley_03.eml": (5, 6, date(2065, 5, 25), False),
    "knowsley_04.eml": (7, 7, None, False),
}
# 2065: New Year's Day Thu 1 Jan; Good Friday 27 Mar; Easter Monday 30 Mar; Early May Mon 4 May; Spring Mon 25 May;
# Summer Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day Sat 26 Dec -> substitute Mon 28 Dec.
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

def parse_dob(w):
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

URGENT_WITH_BANNED = {}

def run_checks():
    E = []
    URGENT_WITH_BANNED.clear()
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2065) != date(2065, 3, 29) or easter(2065).weekday() != 6:
        err("calendar", "Easter 2065 should be Sunday 29 March")
    for y, e in ((2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25))):
        if easter(y) != e:
            err("calendar", "Easter algorithm wrong for %d" % y)
    bh = bank_holidays(2065)
    if bh != EXPECTED_BH_2065:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2065))
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2065, 5, 4), date(2065, 5, 25)]:
        err("calendar", "bank holidays in the window should be 4 May and 25 May: %s" % inwin)
    if WINDOW[0] != easter(2065) + timedelta(days=15) or WINDOW[0].weekday() != 0:
        err("calendar", "the term should start on the Monday after the two-week Easter break (13 April)")
    if WINDOW[1] != date(2065, 7, 22) or WINDOW[1].weekday() != 2:
        err("calendar", "the term should end on Wednesday 22 July")
    half_term = [date(2065, 5, 25) + timedelta(days=i) for i in range(5)]
    if half_term[0] != last_monday(2065, 5) or not all(WINDOW[0] < d < WINDOW[1] for d in half_term):
        err("calendar", "half term should be the week of the Spring Bank Holiday, inside the window")
    bst_on, bst_off = last_sunday(2065, 3), last_sunday(2065, 10)
    if (bst_on, bst_off) != (date(2065, 3, 29), date(2065, 10, 25)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2065, 3, 29, 0, 59, tzinfo=UTC), 0), (datetime(2065, 3, 29, 1, 1, tzinfo=UTC), 1),
                   (datetime(2065, 10, 25, 0, 59, tzinfo=UTC), 1), (datetime(2065, 10, 25, 1, 1, tzinfo=UTC), 0)):
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
        if mbox not in MAILBOX_ROLES or not isinstance(x["urgent"], bool):
            err(f, "bad mailbox role / urgent")
        if not isinstance(x["case_ids"], list) or not all(isinstance(c_, str) for c_ in x["case_ids"]):
            err(f, "case_ids must be a list of strings")
        for c_ in x["children"]:
            if list(c_) != ["name", "dob"] or (c_["dob"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", c_["dob"])):
                err(f, "child entry malformed: %r" % c_)
        if x["notice_ok"] not in (True, False, None):
            err(f, "notice_ok")
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
            hits = sorted({h.lower() for t in (heads, text) for h in BANNED.findall(t)})
            if hits:
                URGENT_WITH_BANNED[f] = hits
        for y in re.findall(r"\b(20\d\d)\b", text):
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
    if len(URGENT_WITH_BANNED) > MAX_URGENT_WITH_BANNED:
        err("set", "more than %d urgent mails use the brief's alarm words: %s" % (MAX_URGENT_WITH_BANNED, URGENT_WITH_BANNED))
    # the adult whose date of birth is written (herefordshire_03's informant) is 18 or over
    if age_at(date(2024, 8, 22), date(2065, 5, 21)) < 18:
        err("herefordshire_03.eml", "the informant must be an adult")
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
    out.append("urgent mails using the brief's alarm words (max %d): %s" % (MAX_URGENT_WITH_BANNED, URGENT_WITH_BANNED or "none"))
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
