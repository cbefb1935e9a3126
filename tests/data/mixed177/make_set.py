#!/usr/bin/env python3
"""mixed177: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2071, in Gypsy, Roma and Traveller families and fairground and circus families:
council sites and roadside camps, evictions and moving on, Traveller Education Service (TES) workers, site
wardens and managers, children out of school while travelling, extended families caring for children, and the
mistrust between families and services - written without stereotype (the harms come from individual adults, many
of them outside the family; the families' strengths and reasons for mistrust are told).

Window: Monday 5 January - Friday 3 April 2071 (spring term; February half term Monday 16 - Friday 20 February,
when schools close but the council works). Easter Sunday 2071 is 19 April (Good Friday 17 April, Easter Monday
20 April), so the Easter break starts after Friday 3 April. New Year's Day (Thursday 1 January) is before the
window, Good Friday after it: NO bank holiday falls inside the window. GMT until Sunday 29 March 2071 (the last
Sunday of March, 01:00 UTC), BST (+0100) from then: mails dated 29 March - 3 April carry +0100, earlier ones +0000.

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
YEAR = 2071
WINDOW = (date(2071, 1, 5), date(2071, 4, 3))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2071)."""
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
    """Europe/London wall-clock time: GMT (+0000) to Sunday 29 March 2071 01:00 UTC, BST (+0100) after."""
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
            b"<< /Producer (mixed177 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2071, 1, 2, 0, 0, 0))
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

def text_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

def knowsley_01():
    f = "knowsley_01.eml"; when = "2071-01-12 10:14:22"
    body = T("""
Good morning,

Please find attached a step up request for the McDonagh children, EHM-60412, open to Family First 0-18 at Level 3 since September.

Margaret McDonagh - DOB 14/05/2058
Patrick McDonagh - DOB 02/11/2061
Josie McDonagh - DOB 19/08/2065

The family live on their own pitch at Fernbank Park Traveller Site in Prescot, where Kathleen's mother and two of her sisters also have pitches. Kathleen's husband Michael died suddenly in July. Since then Kathleen has been very low: she stays in the trailer most of the day, has stopped seeing the GP and says she feels "flat all the time". Margaret (12) has taken on most of the cooking, the washing and getting Josie ready, and has missed 31 sessions since October. Patrick's attendance is 84%. The family's Traveller Education Service worker, Anne-Marie Shaw, has been part of the TAF throughout and Kathleen trusts her; it was Anne-Marie who helped her agree to this.

Kathleen's mother Nora and her sisters are a real strength - the children eat with Nora most evenings - but Nora is 74 and has told the TAF she cannot keep doing the school runs.

Kathleen has agreed to the step up and signed the consent section of the form. My team manager, Gareth Ollerton, discussed the step up with me in supervision on Friday 9 January and agreed it.

The step up TAF meeting is on Wednesday 21st January at 10:00 in the community room at Fernbank Park (the family asked for it on the site). I have sent the invitation to the MASH inbox and MASH business support and will invite the current TAF members (school, TES, GP surgery).

Attached:
- FF Step Up request to CSC - McDonagh.docx
- TAF minutes 06.01.71 - McDonagh.pdf

Kind regards

Hayley Rimmer
Family First Case Manager | Family First 0-18 (Prescot & Whiston) | Knowsley Council
0151 496 0274

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-60412"),
        ("Children:", "Margaret McDonagh 14/05/2058; Patrick McDonagh 02/11/2061; Josie McDonagh 19/08/2065"),
        ("Date of step up TAF meeting:", "Wednesday 21 January 2071, 10:00, Fernbank Park community room"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 06/01/2071"),
        ("What are we worried about?", "Kathleen's low mood since her husband's death; Margaret (12) is doing most of the caring and missing school; Patrick's attendance 84%."),
        ("What is working well?", "A close extended family on the site; Kathleen trusts the TES worker; the children are warm and polite and want to be in school."),
        ("What needs to happen?", "CSC assessment; GP and talking therapy for Kathleen; young carers' support for Margaret; a school transport plan."),
        ("Parent's consent:", "Kathleen McDonagh has consented to the step up (signed 08/01/2071)."),
        ("Agreement by line manager:", "Gareth Ollerton, Team Manager, 09/01/2071 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - McDonagh.docx", form),
            pdf_att("TAF minutes 06.01.71 - McDonagh.pdf", "Team Around the Family meeting - minutes", [
                "Family: McDonagh. EHM-60412. Date: 06/01/2071. Venue: Fernbank Park community room.",
                "Present: Hayley Rimmer (FF Case Manager), Anne-Marie Shaw (TES), Margaret's head of year, Kathleen McDonagh, Nora Ward (grandmother).",
                "1. Kathleen: still very low. Has not been back to the GP. Said she would rather talk to Anne-Marie.",
                "2. School: Margaret 31 sessions missed since October. Patrick 84%.",
                "3. Nora cannot keep doing the school runs after this month.",
                "Actions: HR to discuss a step up with her team manager. Next meeting: step up TAF."])]
    top = outlook_top(f, addr("Rimmer, Hayley", "Hayley.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - McDonagh - EHM-60412 - TAF Wed 21st Jan", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-60412"],
        [ch("Margaret McDonagh", "2058-05-14", "14/05/2058"), ch("Patrick McDonagh", "2061-11-02", "02/11/2061"),
         ch("Josie McDonagh", "2065-08-19", "19/08/2065")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up for an Irish Traveller family on a council site (Appendix 1 form .docx, TAF minutes "
        ".pdf, EHM id, team manager agreed, TAF Wed 21 Jan 10:00 with venue): Mon 12 Jan -> Wed 21 Jan is 7 working "
        "days -> notice ok; no neglect, non-engagement or exploitation so no GCP2 / toolkit / assessment needed; "
        "Kathleen's consent stated -> book_meeting.",
        meeting=date(2071, 1, 21), docs={"step_up_form", "taf_minutes"},
        not_children=["Kathleen McDonagh", "Nora Ward", "Hayley Rimmer", "Gareth Ollerton", "Anne-Marie Shaw"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2071-01-22 15:41:05"
    fwd = T("""
---------- Forwarded message ---------
From: Des Halloran <des.halloran.fernbank@gmail.com>
Date: Thu, 22 Jan 2071 at 15:02
Subject: Chelsea
To: Anne-Marie Shaw <AnneMarie.Shaw@knowsley.gov.uk>

Anne-Marie

You asked me to tell you if I saw that van again. It's been at the gate every night this week - grey Transit, a fella called Shane, 30s, not from the site and not family to anyone here. Chelsea Kiely has been getting in it after dark. Tonight my lad heard her telling her cousin that Shane gave her a bottle of vodka on Tuesday and that he's picking her up at 8 o'clock tonight from the garage on Warrington Road to go and stay at his flat in Bootle. She's 14.

Her nan Bridget, who she lives with, went into Whiston Hospital on Monday with her chest and is still on the ward. Chelsea is staying with her aunt Tina on pitch 9. Tina is doing her best but she has her own four and she can't keep Chelsea in - Chelsea just walks out. Tina won't ring anyone herself, she's frightened if the social come they'll put Chelsea in care and she'll never see the family again. She said I could tell you though.

I'm on the gate till 6.

Des
Site Warden, Fernbank Park
07700 900736
""")
    body = T("""
Hi MASH,

Please see below from Des, the warden at Fernbank Park, which he sent me 40 minutes ago. I don't know Shane. Chelsea is not open to Family First or social care as far as I know - I see her for TES support as she's been out of school since Christmas. Her aunt Tina Kiely is on pitch 9 and Bridget Kiely (nan) is on Ward 3B at Whiston.

I'm driving back to Fernbank now and will be there from about 4.30. My mobile is 07700 900418.

Anne-Marie

Anne-Marie Shaw
Traveller Education Service | Knowsley Council

""") + fwd
    top = plain_top(f, addr("Anne-Marie Shaw", "AnneMarie.Shaw@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Fwd: Chelsea", when, KDOM)
    add(f, gmail_mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Chelsea Kiely")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "Safety rule 1, told in the FORWARDED part: a 14-year-old given vodka by an unrelated adult man who is "
        "collecting her at 8 tonight to stay at his flat; her grandmother (her carer) is in hospital and the aunt cannot "
        "keep her in -> urgent (alcohol given as grooming is labelled exploitation). The TES worker's own note only says "
        "'see below'. Not a step request -> other.",
        not_children=["Bridget Kiely", "Tina Kiely", "Des Halloran", "Anne-Marie Shaw"],
        how="in the forwarded warden's message: the man, the vodka and tonight's 8 o'clock pick-up")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2071-01-28 11:02:40"
    body = T("""
Dear Family First duty,

Step down to Level 3 - Boswell - ICS-2051873

Levi Boswell, DOB 07/03/2060
Lilah Boswell, DOB 23/09/2063

I am writing to give notice of a joint home visit to step the Boswell children down to Family First at Level 3. The visit will be on Thursday 5 February 2071 at 10:30 at the family's home, Plot 11, Fernbank Park Traveller Site, Cronton Lane, Prescot. I would be grateful if a Family First case manager could attend.

Background: the family came to us in November 2069 after the children's father assaulted Amy Boswell at a roadside camp near Widnes. That was investigated at the time; he received a non-molestation order, moved to Kent and has had no contact with Amy or the children since. Police confirmed again this month that there have been no breaches. The children were never hurt and there are no current concerns about their safety. Amy moved the family onto a permanent pitch at Fernbank Park in September 2070, next to her parents.

What are we worried about?
Levi's attendance is 82% - he missed a lot of school while the family were moving between roadside camps and he is behind with reading. Lilah has a speech and language delay and is waiting for an assessment; Amy has found the letters about appointments hard to follow.

What is working well?
Amy has kept every appointment with me since the move. Her parents live on the next plot and help every day. The family have a good relationship with the TES worker, and Levi has joined the school football team.

What needs to happen?
A Family First case manager to lead a TAF with school, TES and the speech and language team; appointment letters to be explained by phone or in person as Amy prefers; a reading plan for Levi.

Consent: Amy Boswell has consented to the children being referred to Family First (discussed and agreed with her on 26/01/2071).

Regards
Imran Qureshi
Social Worker, Child in Need Team | Knowsley Council | 0151 496 0651

""") + KDISC
    top = outlook_top(f, addr("Qureshi, Imran", "Imran.Qureshi@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Boswell - ICS-2051873 - joint visit 05/02", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-2051873"],
        [ch("Levi Boswell", "2060-03-07", "07/03/2060"), ch("Lilah Boswell", "2063-09-23", "23/09/2063")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "Near miss: the assault is historic (Nov 2069), investigated, non-molestation order, father in Kent with no "
        "contact, 'no current concerns about their safety' -> not urgent and not a current concern. Complete Knowsley "
        "Level 3 step-down: joint home visit date, time and venue, all three headings, consent; Wed 28 Jan -> Thu 5 Feb "
        "is 6 working days -> book_meeting.",
        meeting=date(2071, 2, 5), not_children=["Amy Boswell", "Imran Qureshi"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2071-02-12 14:20:18"
    body = T("""
Hi,

Step down to Level 2 for the Stoica children. ICS-2063390.

Children:
Alexandra Stoica, DOB 11/01/2059
Marius Stoica, DOB 30/06/2062

The family are Romanian Roma and have lived in a private rented house in Huyton since 2068. Mr and Mrs Stoica have consented to the step down (we discussed it with the Romanian interpreter on 10/02). When we first met them Mr Stoica told me he thought we had come to take the children, because of what happened to his cousin's family in Romania; he now rings me himself when something is wrong, which is a big change.

The final CIN meeting is on Wednesday 18 February at 1.30pm at Huyton Children's Centre, Room 4 (Romanian interpreter booked). I know it is half term next week but the school have said they can still come.

Lead practitioner: I have asked the school's pastoral lead if she will take this on and I am waiting to hear back.

What are we worried about?
Alexandra's attendance has dropped to 78% because she is helping her mum with a new job. Marius is doing fine in school.

What is working well?
Both parents are working, the house is warm, the children are well cared for, and the family go to a Roma church group every Sunday where they have lots of support.

What needs to happen?
A lead practitioner for a Level 2 Early Help plan focusing on Alexandra's attendance, and help for Mrs Stoica with English classes.

Thanks,
Rachel Fenlon
Social Worker, Child in Need Team (Huyton), Knowsley Council
0151 496 0829

""") + KDISC
    top = plain_top(f, addr("Rachel Fenlon", "Rachel.Fenlon@" + KDOM), addr("Family First Duty", KFF),
                    "Step down Level 2 - Stoica ICS-2063390 - final CIN 18/02", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit"), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2063390"],
        [ch("Alexandra Stoica", "2059-01-11", "11/01/2059"), ch("Marius Stoica", "2062-06-30", "30/06/2062")],
        ["school_attendance"], True, None, ["lead_practitioner"], False, "request_info",
        "Knowsley Level 2 step-down (7bit us-ascii) with date, time and venue and all three headings, but no lead "
        "practitioner named yet (only asked) and SHORT NOTICE ACROSS HALF TERM: Thu 12 Feb -> Wed 18 Feb is 4 working "
        "days (13, 16, 17, 18; half term closes schools, not the council) -> request_info.",
        meeting=date(2071, 2, 18), not_children=["Rachel Fenlon"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2071-03-10 13:05:47"
    comment = ("Sorry Joanne, I can't come tomorrow. I'm at Fernbank Park with the Price family now and I'm not leaving. "
               "Kayden Price (6) has a round burn on the back of his left hand the size of a cigarette end, and an older "
               "one healing next to it. He told me his mum's boyfriend Jason did it 'because I was crying'. Jason is in "
               "the trailer with Kayden and the baby, Tiana-Rose Price, right now - mum is at work in Liverpool until 6. "
               "Jason told me to get off the pitch. Des the warden is with me at the gate. Please can MASH ring me on "
               "07700 900418. Anne-Marie")
    data = outlook_itip_reply(f, when, ("Anne-Marie Shaw", "AnneMarie.Shaw@" + KDOM),
                              ("Joanne Birkett", "Joanne.Birkett@" + KDOM), "DECLINED",
                              "Step-up TAF meeting - Price family - EHM-60988", "20710311T100000", "20710311T113000",
                              "Fernbank Park community room", comment)
    # the organiser copied the MASH inbox on the invitation, so the reply is addressed to it too
    data = data.replace(b"\r\nSubject: ", b"\r\nCc: Knowsley MASH <" + KMASH.encode() + b">\r\nSubject: ", 1)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-60988"],
        [ch("Kayden Price"), ch("Tiana-Rose Price")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a calendar reply's COMMENT: a DECLINED iTIP REPLY to tomorrow's step-up TAF whose comment says "
        "a 6-year-old has a fresh cigarette-sized burn inflicted by mum's boyfriend, who is alone with him and a baby in "
        "the trailer now -> alert_duty overrides record_reply.",
        not_children=["Jason", "Joanne Birkett", "Anne-Marie Shaw"],
        how="only in the COMMENT of a DECLINED meeting reply (also its text/plain twin)")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2071-02-02 09:00:12"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Verdana,sans-serif;font-size:10pt} h1{color:#5b2a86;font-size:16pt} .box{border:1px solid #5b2a86;padding:8px}</style></head>
<body>
<h1>KSCP Spring Briefing 2071: Gypsy, Roma, Traveller, Showmen and Boater families</h1>
<p>This briefing is for all practitioners in Knowsley. It is <b>for awareness only</b>: it is not about any family and no action is needed. Please do not reply to it or send referrals to this address.</p>
<h2>Listening first</h2>
<p>Many families have long and painful experience of services: evictions carried out with little notice, children's education broken by being moved on, and a fear that a social worker at the door means children being taken. Families tell us the things that help are a named worker who keeps coming back, phone calls instead of letters, and being asked where they would like to meet.</p>
<div class="box"><p><b>Reflective scenarios for team meetings</b> (invented, for discussion):</p>
<ul><li>A baby seen with bruising to the face by a health visitor two days after an eviction - what would you do, and how would you explain it to the family?</li>
<li>A 14-year-old girl who has gone missing from a roadside camp and whose family will not call the police - who would you contact?</li>
<li>A boy who has not been in any school since his family moved onto the transit site - is this a child missing education?</li></ul>
<p>In real life, if a child is at immediate risk of harm call 999 or the MASH duty team.</p></div>
<h2>Training dates</h2>
<p>"Working with Travelling families" (half day, Huyton Suite): Tuesday 24 February 2071 and Thursday 19 March 2071. Book through the KSCP learning hub.</p>
<p style="font-size:8pt;color:#777">You are receiving this because you are on the KSCP practitioner mailing list. Unsubscribe: kscp-bulletin-unsubscribe@knowsley.gov.uk</p>
</body></html>
""")
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "kscp-bulletin@" + KDOM), "undisclosed-recipients:;",
                    "KSCP Spring Briefing 2071 - working with Gypsy, Roma, Traveller, Showmen and Boater families", when, KDOM,
                    extra=[("Bcc", KMASH), ("List-Id", "KSCP practitioner bulletin <kscp-bulletin.knowsley.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:kscp-bulletin-unsubscribe@knowsley.gov.uk>"),
                           ("Precedence", "bulk")])
    top = [(k, v) for k, v in top if k != "Bcc"]
    top.insert(2, ("Cc", addr("Knowsley MASH", KMASH)))
    add(f, html_only(f, top, h), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "Near miss: an HTML-only partnership bulletin (List-Id, Precedence: bulk) whose 'reflective scenarios' list a "
        "bruised baby after an eviction and a girl missing from a roadside camp as invented examples ('not about any "
        "family') -> other, human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2071-01-23 12:30:09"
    ack = ack_text("step-up", "SB-knowsley-5127",
                   ["Family: Doran (EHM-60755)", "Step-up TAF meeting: Wednesday 4 February 2071 10:00"],
                   ["GCP2 (Graded Care Profile 2), because the concerns include neglect",
                    "the minutes of the most recent TAF meeting"])
    body = T("""
Hi,

Attached are the GCP2 and the TAF minutes for Ruby Doran and Tommy Doran (EHM-60755). I did the GCP2 with their mum at the yard on Wednesday - she wanted her own mum there, so it took a bit longer than planned.

Thanks
Leanne

Leanne Sefton
Family First Case Manager, Knowsley Council
Sent from my iPad

On 21 Jan 2071, at 09:12, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:

""") + quoted(ack)
    atts = [pdf_att("GCP2 - Doran.pdf", "Graded Care Profile 2 (GCP2) - summary", [
                "Family: Doran. EHM-60755. Completed 21/01/2071 at the family's winter quarters yard, Kirkby.",
                "Area 1 Physical care: 3. Area 2 Care of safety: 3. Area 3 Love: 1. Area 4 Esteem: 2."]),
            pdf_att("TAF minutes 14.01.71 - Doran.pdf", "TAF meeting minutes", [
                "Doran family, EHM-60755, 14/01/2071. Present: Leanne Sefton (FF), TES, school nurse, mum, grandmother.",
                "Actions: LS to complete GCP2; step up TAF on 04/02/2071."])]
    top = plain_top(f, addr("Leanne Sefton", "Leanne.Sefton@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: Step-up request received [SB-knowsley-5127]", when, KDOM, "iPad Mail (22F76)",
                    extra=[("In-Reply-To", "<SB-knowsley-5127.ack@knowsley.gov.uk>")])
    add(f, apple_mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-60755"],
        [ch("Ruby Doran"), ch("Tommy Doran")],
        [], None, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-knowsley-5127] (a fairground family at winter quarters) adding the GCP2 and TAF minutes "
        "the acknowledgement asked for; the quoted 'What is missing:' list is stepbot's own -> follow_up, "
        "attach_to_request.",
        not_children=["Leanne Sefton"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2071-03-04 10:40:33"
    body = T("""
Good morning,

Step up request for Mary Joyce (DOB 04/04/2060) and Johnny Joyce (DOB 17/12/2062), EHM-61203.

The Joyce family are Irish Travellers who have been on an unauthorised encampment on the old depot land off Moorgate Road since October. Neither child has been in school since the family arrived. Mr and Mrs Joyce have not come to the last four TAF meetings and have not let the school nurse see the children. I have used the Engaging Families toolkit (attached); it tells me the barrier is trust - Mr Joyce says services have "only ever come to move us on" - rather than a lack of care. The step up is for non-engagement and school attendance.

On the move: police served a section 61 direction yesterday for the families to leave by noon on Friday. This is planned and has been worked through with the Gypsy and Traveller Liaison Officer - the council has a bay for the Joyces on the transit site at Fernbank Park from Friday and Mrs Joyce has said they will go there. If they were to leave the area instead, I would let the TES and the Children Missing Education officer know the same day, but nothing suggests they will.

My team manager, Sue Kenyon, has agreed the step up.

The step up TAF meeting is on Wednesday 11 March 2071 at 10:00 in the community room at Fernbank Park. The invitation has gone to the MASH inbox and business support.

Attached: step up form, Engaging Families toolkit. The last TAF minutes are still being typed up - I'll send them as soon as I have them.

Kind regards

Paula Brennan
Family First Case Manager | Knowsley Council | 0151 496 0390

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-61203"),
        ("Children:", "Mary Joyce 04/04/2060; Johnny Joyce 17/12/2062"),
        ("Date of step up TAF meeting:", "11/03/2071 10:00, Fernbank Park community room"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Neither child in school since October; four TAFs missed; health checks refused."),
        ("What is working well?", "The children are clean, fed and clearly loved; Mrs Joyce talks to the TES worker."),
        ("What needs to happen?", "CSC to assess; school places near the transit site; health checks."),
        ("Engaging Families toolkit:", "Used - attached. Barrier is trust rather than neglect."),
        ("Agreement by line manager:", "Sue Kenyon, 03/03/2071 - agreed."),
    ])
    atts = [docx_att("Step up form - Joyce - EHM-61203.docx", form),
            pdf_att("Engaging Families toolkit - Joyce.pdf", "Engaging Families toolkit - record", [
                "Family: Joyce. EHM-61203. Completed by Paula Brennan, 02/03/2071.",
                "Barriers identified: past evictions; fear that services mean children being removed; literacy.",
                "What helps: meeting on site, phone calls, the same worker each time, the TES worker present."])]
    top = outlook_top(f, addr("Brennan, Paula", "Paula.Brennan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Joyce - EHM-61203 - TAF 11/03/71", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-61203"],
        [ch("Mary Joyce", "2060-04-04", "04/04/2060"), ch("Johnny Joyce", "2062-12-17", "17/12/2062")],
        ["non_engagement", "school_attendance"], None, True, ["taf_minutes"], True, "request_info",
        "Near miss: a police section 61 direction to leave the encampment is planned and managed (transit bay arranged) "
        "and leaving the area is hypothetical ('if they were to leave ... nothing suggests they will') -> not urgent. "
        "Knowsley step-up for non-engagement with the Engaging Families toolkit, but the TAF minutes are 'to follow' -> "
        "missing taf_minutes; Wed 4 Mar -> Wed 11 Mar is exactly 5 working days -> notice ok -> request_info.",
        meeting=date(2071, 3, 11), docs={"step_up_form", "engaging_families"},
        not_children=["Paula Brennan", "Sue Kenyon"])


# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2071-01-13 11:25:51"
    worker = T("""
Hi Jo,

As discussed in supervision, here is the Kotlár family for step up. Case summary attached.

Nikol Kotlárová, DOB 09/04/2060
Denis Kotlár, DOB 22/10/2064

Mosaic ID 2930417

Thanks
Veronika
""")
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Tooting. Following a reflective discussion with Veronika Sýkorová (Early Help Practitioner) I have agreed that the Kotlár family should step up to Children's Services. The latest case summary is attached and the rationale is below. Mrs Kotlárová agreed to this referral when we met her with the Slovak interpreter on Monday.

Rationale for step up
The family are Slovak Roma and have lived in one room of a shared house in Tooting since August 2070: mum, dad, Nikol (10) and Denis (6). The room has black mould on two walls, mice, and no working heating; Denis has been to A&E twice this winter with breathing problems. Denis's attendance is 71%. Over twelve weeks of Early Help we have helped with a housing register application, a food bank referral and a GP registration, but the landlord has threatened to evict the family if they complain to environmental health, and the parents, who have been evicted twice before, are too frightened to do so. Early Help cannot change the conditions the children are living in. The children's basic needs - warmth, a dry room, Denis's health - are not being met; that is not for lack of love but because of where they are living, and we think a statutory assessment is needed to get the housing and health response the children need.

Kind regards

Joanna Marsh
Early Help Team Manager (Tooting) | Richmond and Wandsworth Councils
020 7946 0318

""") + quote("Sýkorová, Veronika <Veronika.Sykorova@richmondandwandsworth.gov.uk>", "12 January 2071 16:40",
             "Marsh, Joanna <Joanna.Marsh@richmondandwandsworth.gov.uk>", "Kotlár step up", worker) + "\n" + RDISC
    atts = [docx_att("Case summary - Kotlar - 2930417.docx", [
        "# Early Help case summary",
        "Family: Kotlár (Slovak Roma). Mosaic ID 2930417. Children: Nikol Kotlárová (09/04/2060), Denis Kotlár (22/10/2064).",
        "Worker: Veronika Sýkorová. Open to Early Help since 14/10/2070.",
        "## Presenting needs", "Overcrowded, damp single room; Denis's asthma; Denis's attendance 71%.",
        "## Work done", "Housing register; food bank; GP registration; school uniform grant; interpreter at every visit.",
        "## Family's view", "Mr Kotlár: 'We want a proper home. We are scared if we complain we will be on the street again.'"])]
    top = outlook_top(f, addr("Marsh, Joanna", "Joanna.Marsh@" + RDOM), addr("MASH Step Up", RMASH),
                      "FW: Kotlár step up - Mosaic 2930417", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2930417"],
        [ch("Nikol Kotlárová", "2060-04-09", "09/04/2060"), ch("Denis Kotlár", "2064-10-22", "22/10/2064")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (who agrees it) for a Slovak Roma "
        "family: the rationale pasted under its own heading, case summary .docx; UTF-8 names with diacritics; the "
        "children and Mosaic id only in the quoted worker's note; consent stated -> book_meeting.",
        docs={"case_summary", "rationale"},
        not_children=["Veronika Sýkorová", "Joanna Marsh"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2071-01-30 16:05:02"
    subject = ("Gatewood Lane site pitch 7 - Tommy-Lee Smith (2) has bruises on his face and ear, mum says the lodger "
               "hit him, lodger still in the trailer with him")
    body = T("""
Hello

Mum is in the site office with me now and asked me to send this for her as she doesn't do email. She says he won't let her take the children out. Please ring the site office on 020 7946 0582 or my mobile 07700 900583.

Tony Buckland
Site Manager, Gatewood Lane Traveller Site
""")
    top = plain_top(f, addr("Tony Buckland", "tony.buckland.gatewood@outlook.com"), RMASH, subject, when,
                    "outlook.com")
    add(f, build(top, text_part(body, cte="7bit", charset="us-ascii"), True), "richmond_wandsworth", "mash_step_up",
        when, 4, "urgent", "other", True, None, [],
        [ch("Tommy-Lee Smith")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, the risk is in the SUBJECT LINE: a 2-year-old with facial bruising which mum says the lodger "
        "caused, and the lodger is still in the trailer with him; the plain 7bit body only says mum is in the office and "
        "he won't let her take the children -> urgent, other.",
        how="in the subject line; the body adds only that mum is in the office")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2071-02-09 10:10:44"
    body = T("""
Dear Early Help Duty,

Further to my call with Mel Ogunleye (Duty Team Manager) this morning, I confirm the step-down case discussion for the Stokes children on Friday 13 February at 11:00 on Teams.

Ava Stokes - DOB 12/12/2058
Harry Stokes - DOB 03/07/2062
Mosaic: 2917755

The family are travelling showpeople who winter at the showmen's yard off Garratt Lane and travel with their rides from March to October. We became involved in December after a fire at the yard destroyed the family's living wagon. Nobody was hurt, the children were at their grandparents' trailer on the same yard, and the fire service found it was an electrical fault - there was no question of anyone being to blame. The family have a new living wagon and the yard's community rallied round them.

What brought the family to us was Mr Stokes's mental health after the fire: he was not sleeping and stopped working. He is now seeing his GP, has started talking therapy and is back building up the rides for the season.

The plan for Early Help is mainly about education during the travelling season: both children are dual registered, with their base school and the Traveller Education Service's distance learning packs, and the TES has agreed to keep in touch weekly while the family are on the road.

Mr and Mrs Stokes and both children agree to Early Help continuing the plan; they would like Kerry-Ann Doyle from the TES to be the Lead Professional, and she has agreed.

Attached: latest case summary and the draft plan for Early Help.

Kind regards
Daniel Achterberg
Social Worker, Family Support and Safeguarding (Wandsworth)
020 7946 0742

""") + RDISC
    atts = [pdf_att("Case summary Stokes 2917755.pdf", "Case summary - Stokes", [
                "Mosaic 2917755. Ava Stokes 12/12/2058; Harry Stokes 03/07/2062.",
                "Referral December 2070 after an accidental fire at the family's living wagon (electrical fault; no injuries).",
                "Child and Family Assessment: Mr Stokes's low mood; children well cared for; strong extended family on the yard.",
                "Outcome: step down to Early Help, focus on education during the travelling season."]),
            docx_att("Draft Early Help plan - Stokes.docx", [
                "# Draft plan for Early Help", "Lead Professional: Kerry-Ann Doyle, Traveller Education Service.",
                "## Outcomes", "Ava and Harry keep up with school work on the road; Mr Stokes continues therapy.",
                "## Actions", "TES weekly contact March-October; base school keeps the places open; GP review in April."])]
    top = outlook_top(f, addr("Achterberg, Daniel", "Daniel.Achterberg@" + RDOM), addr("Early Help Duty", REH),
                      "Step down case discussion - Stokes - Fri 13 Feb 11:00", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2917755"],
        [ch("Ava Stokes", "2058-12-12", "12/12/2058"), ch("Harry Stokes", "2062-07-03", "03/07/2062")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: the fire at the showmen's yard is past (December), accidental, no one hurt, children elsewhere -> "
        "not urgent. Complete Richmond & Wandsworth step-down (case summary .pdf, draft plan .docx, consent of family and "
        "children, Lead Professional agreed) -> book_meeting.",
        docs={"case_summary", "draft_plan"},
        not_children=["Daniel Achterberg", "Kerry-Ann Doyle", "Mel Ogunleye"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2071-02-25 14:35:27"
    body = T("""
Hi Early Help duty,

I spoke to the Duty Team Manager this morning about stepping the Connors family down, and we agreed the case discussion for Tuesday 3 March at 2pm.

Children: Bridget Connors (DOB 28/02/2057) and Michael Connors (DOB 15/09/2066). Mosaic 2941180.

Siobhán Connors and the children are Irish Travellers. They moved into a two-bedroom flat in Battersea in October after the roadside camp they had lived on for three years was closed. Siobhán has found it very hard to be away from her family and "behind a door all day", and her GP has diagnosed depression; that is why we became involved. She is doing better: she has started medication, goes to a Traveller women's group on Wednesdays and her sister visits every weekend.

The case summary is attached. The draft plan for Early Help isn't ready yet - Siobhán prefers me to read documents through with her rather than post them, so I'll send the plan after I've gone through it with her on Thursday. I will also ask her then whether she agrees to Early Help continuing the plan.

Best wishes,
Órla Ní Bhraonáin
Social Worker, Wandsworth Family Support and Safeguarding
020 7946 0955

""") + RDISC
    atts = [docx_att("Connors case summary Feb 2071.docx", [
        "# Case summary - Connors (Mosaic 2941180)",
        "Bridget Connors 28/02/2057; Michael Connors 15/09/2066. Mother: Siobhán Connors.",
        "Reason for involvement: maternal depression after moving from a roadside camp into housing.",
        "Progress: medication; women's group; children attending school (Bridget 93%, Michael 96%)."])]
    top = plain_top(f, addr("Órla Ní Bhraonáin", "Orla.NiBhraonain@" + RDOM), addr("Early Help Duty", REH),
                    "Connors step down - case discussion Tues 3 March", when, RDOM, "Microsoft Outlook 16.0")
    add(f, build(top, multipart("mixed", [text_part(body, charset="iso-8859-1")] + atts, bnd(f, 1)), True),
        "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2941180"],
        [ch("Bridget Connors", "2057-02-28", "28/02/2057"), ch("Michael Connors", "2066-09-15", "15/09/2066")],
        ["parental_mental_health"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down (ISO-8859-1 quoted-printable body, RFC 2047 sender name) with the case summary "
        "only: the draft plan comes after Thursday's visit and consent is still to be asked ('I will also ask her') -> "
        "consent null, missing consent and draft_plan -> request_info.",
        docs={"case_summary"},
        not_children=["Siobhán Connors", "Órla Ní Bhraonáin"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2071-03-06 17:48:15"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3342",
                   ["Family: Doherty (Mosaic 2936602)", "Case discussion: to be agreed with the Early Help duty manager"],
                   [])
    body = T("""
Update on the Doherty family, Mosaic 2936602. Sorry for typos on my phone.

The camp on the Putney Vale verge was moved on by the bailiffs this morning as planned. Their trailer's window got smashed when it was towed so Bernadette and the 3 kids (Kathleen Doherty 7, Danny Doherty 5 and baby Shay Doherty 9 months) are sleeping in her car tonight in the retail park car park on Roehampton Vale.

At about 5 Martin turned up. He's on bail not to go near her after he strangled her in January. He punched her through the open car window with all 3 kids in the back, then said he'll be back tonight for Shay and she'll never see him again. He drove off. Bernadette is shaking and won't ring the police herself, she thinks they'll take the kids. She's asked me to tell you.

I'm still with them in the car park but I have to leave by 6.30. My mobile 07700 900264.

Shannon Kealey
Early Help Practitioner
Sent from my iPhone

> On 2 Mar 2071, at 10:02, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:
>
""") + quoted(ack)
    top = plain_top(f, addr("Shannon Kealey", "Shannon.Kealey@" + RDOM), addr("Early Help Duty", REH),
                    "Re: Step-down request received [SB-richmond_wandsworth-3342]", when, RDOM, "iPhone Mail (22D72)")
    add(f, build(top, flowed_part(body), False), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2936602"],
        [ch("Kathleen Doherty"), ch("Danny Doherty"), ch("Shay Doherty")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a follow-up (iPhone, format=flowed): after a planned eviction a mother and three children are "
        "sleeping in a car; the father, on bail after strangling her, has just punched her in front of the children and "
        "says he will be back tonight to take the baby -> urgent follow_up to SB-richmond_wandsworth-3342.",
        not_children=["Bernadette", "Martin", "Shannon Kealey"],
        how="plainly in the body of a mobile reply, without alarm words")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2071-03-24 09:20:38"
    body = T("""
Dear MASH team,

I'm the DSL at Heathbrook Primary. This is a general question, not a referral about any particular child.

We have several children from Traveller families on our roll, some of whom live on the roadside. Families have told us that they expect to be moved on by the council in the next few weeks. If a family is moved on and the children simply stop coming to school, and we don't know where they have gone, what should we do? Is that a Children Missing Education referral, a MASH contact, or both? And if we thought a child might be at risk when a family had left, who would we contact in another local authority?

We have a good relationship with the families and we don't want to make a referral that damages it when there is no concern about the children, but we also don't want to sit on something.

Many thanks,
Grace Whitfield
Deputy Head and Designated Safeguarding Lead
Heathbrook Primary School
020 7946 0671
""")
    top = plain_top(f, addr("Grace Whitfield", "g.whitfield@heathbrook.sch.uk"), addr("MASH Step Up", RMASH),
                    "Question - Traveller children who leave when families are moved on", when, "heathbrook.sch.uk")
    add(f, gmail_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "Near miss: a school DSL's hypothetical question ('not a referral about any particular child', 'if we thought "
        "a child might be at risk') about Traveller children who stop attending after families are moved on -> other, "
        "human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2071-01-15 08:55:10"
    data = google_reply(f, when, ("Sam Okonjo", "sam.okonjo@heathbrook.sch.uk"),
                        ("MASH Business Support", "MASHBusinessSupport@" + RDOM), "ACCEPTED",
                        "Step-up case discussion [SB-richmond_wandsworth-3305]", "20710116T140000Z",
                        "20710116T150000Z", "Microsoft Teams", "Fri 16 Jan 2071 14:00 - 15:00 (GMT)")
    data = data.replace(b"\nTo: MASH Business Support", b"\nCc: MASH Step Up <" + RMASH.encode() + b">\nTo: MASH Business Support", 1)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, plus invite.ics) from a school's Traveller lead for a step-up "
        "case discussion on Fri 16 Jan 14:00 GMT -> record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2071-03-31 12:10:26"
    body = T("""
Dear MASH,

Step up to Children's Services - Lovell family - Mosaic ID 2944519

I am the Early Help Team Manager for Richmond. After a reflective discussion with our practitioner Callum Reeve I have agreed the Lovell family should step up. The case summary is attached and the rationale is below.

Children:
Sienna Lovell - 14/08/2062
Lacey Lovell - 03/03/2066

Rationale for step up
The family are Romany Gypsies living in two trailers on their own plot of land at Ham. Mum (Jodie) works nights at a distribution centre and the girls are often minded by a man who rents a touring caravan on the plot. The girls' attendance is 61% and 66% this term; they are often late, tired and hungry, and Lacey has had head lice for most of the term. Jodie is open with us and wants help, but after three months of Early Help the care the girls receive has not improved and we think a social work assessment is needed.

The Traveller Education Service teacher, Marta Kowal, has been visiting the girls on the plot every week since they stopped attending regularly. I have attached her visit record from yesterday, which has the latest on their attendance and learning.

Jodie knows we are asking for a social work assessment.

Regards
Priya Venkatesan
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils | 020 7946 0127

""") + RDISC
    atts = [docx_att("Case summary - Lovell - 2944519.docx", [
                "# Early Help case summary - Lovell", "Mosaic ID 2944519. Sienna Lovell 14/08/2062; Lacey Lovell 03/03/2066.",
                "Practitioner: Callum Reeve. Open since 05/01/2071.",
                "## Needs", "Attendance 61% / 66%; tiredness; hunger; head lice; evening and night care by a lodger."]),
            pdf_att("TES visit record 30.03.71 - Lovell.pdf", "Traveller Education Service - home visit record", [
                "Pupils: Sienna Lovell (8) and Lacey Lovell (5). Visit: Monday 30/03/2071, 15:45-17:00, the family's plot, Ham.",
                "Teacher: Marta Kowal, TES. Present: Sienna, Lacey, Dean (the man who rents the touring caravan).",
                "Learning: phonics with Lacey; reading book with Sienna. Both girls tired.",
                "While Lacey was with Dean outside, Sienna told me that Dean comes into their trailer at night when mum is at work "
                "and touches her under her nightie, 'down there', and that he says it is their secret and mum will go to prison if she tells.",
                "Sienna said mum is on nights all this week and Dean is minding them again tonight and tomorrow night.",
                "I told Sienna she was right to tell me. I have not spoken to Jodie yet. I am sending this record to Early Help today."])]
    top = outlook_top(f, addr("Venkatesan, Priya", "Priya.Venkatesan@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Lovell - Mosaic ID 2944519", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 9,
        "urgent", "step_up", True, None, ["2944519"],
        [ch("Sienna Lovell", "2062-08-14", "14/08/2062"), ch("Lacey Lovell", "2066-03-03", "03/03/2066")],
        ["neglect", "school_attendance", "sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 in a PDF ATTACHMENT: the TES visit record (built by hand, Flate text) says an 8-year-old disclosed "
        "that the lodger touches her at night and is minding both girls again tonight; the covering step-up (BST, +0100) "
        "only mentions 'the latest on attendance'. Otherwise complete (case summary .docx, rationale heading, sender is "
        "the TM) -> alert_duty, missing [].",
        docs={"case_summary", "rationale"},
        not_children=["Dean", "Jodie", "Callum Reeve", "Marta Kowal", "Priya Venkatesan"],
        how="only in the attached TES visit record PDF")


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2071-01-07 10:30:04"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step up the Dumitru family from Targeted Early Help to Children's Social Care. Mosaic 3561208.

Ionela Dumitru - DOB 13/10/2059
Andrei Dumitru - DOB 07/02/2067

The family are Romanian Roma and live in Bow. Andrei (3) has a moderate to severe hearing loss and was fitted with hearing aids in 2069; he has not been to his audiology or speech and language appointments since last spring, and his aids have been broken since October. Over five months the family have missed most of our visits, and when we have got in, Mr Dumitru has said he does not want "the council" in his house. Mrs Dumitru told our Romanian-speaking family support worker that the last time they trusted a hospital in Romania, Ionela was put in a separate ward for Roma children. We understand why they are wary, but Andrei is losing the chance to learn to speak and we think a statutory assessment is needed.

Mrs Dumitru has given consent for this request. My manager, Rukhsana Ali, has read the MARF and agreed the step up.

Kind regards
Tom Fairbairn
Early Help Practitioner, Targeted Early Help (Bow & Poplar) | Tower Hamlets Council
020 7946 0213

""") + TDISC
    atts = [docx_att("MARF - Dumitru - 3561208.docx", [
        "# Multi-Agency Request for Support",
        "Children: Ionela Dumitru (13/10/2059), Andrei Dumitru (07/02/2067). Mosaic 3561208.",
        "## Reason for request", "Andrei's hearing loss is not being treated; appointments missed; family not engaging with Early Help.",
        "## Consent", "Consent given by Mrs Dumitru on 05/01/2071 (Romanian interpreter).",
        "## Manager", "Agreed by Rukhsana Ali, Team Manager, 06/01/2071."])]
    top = outlook_top(f, addr("Fairbairn, Tom", "Tom.Fairbairn@" + TDOM), addr("MAST", TMAST),
                      "Step up - MARF - Dumitru - Mosaic 3561208", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3561208"],
        [ch("Ionela Dumitru", "2059-10-13", "13/10/2059"), ch("Andrei Dumitru", "2067-02-07", "07/02/2067")],
        ["disability_send", "non_engagement"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (MARF .docx, manager agreed) for a Romanian Roma family whose mistrust "
        "of services is explained; consent stated -> book_meeting.",
        docs={"request_for_support"}, not_children=["Tom Fairbairn", "Rukhsana Ali"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2071-01-19 13:15:40"
    body = T("""
Hello MAST team,

My name is Mihaela Grigore, I am support worker in Roma Support East London (charity), I speak Romanian and Romani with the families. Please excuse my English.

Today in morning I visit the family Caldarar in the house on Devons Road, Bow. They rent one room from a man, Costel, he is not family, he have the other rooms and he rent also to other people. The mother Florica work cleaning in the offices, she start 14:00 and finish 22:00.

The boy Ionuț Caldarar, 5 years, he have a big blue mark on his back and the side of the face and the ear is red and swollen. He tell me in Romani that Costel hit him yesterday with the belt because he was crying for his mother. Costel was in the house when I come and he say to me if the boy talk he will put the family on the street. Florica go to work at 14:00 today and Ionuț stay with Costel until 22:00, like every day. He is not going to school yet, he is not in reception.

Florica is very scared, she say the police will send them back to Romania and she don't want the social. She say I can tell you. I am at the office of the charity until 17:00, telephone 020 7946 0488 or mobile 07700 900152.

Thank you,
Mihaela Grigore
Family Support Worker
Roma Support East London
""")
    top = plain_top(f, addr("Mihaela Grigore", "mihaela.grigore@romasupporteast.org.uk"), addr("MAST", TMAST),
                    "Ionuț Caldarar 5 years - Devons Road Bow", when, "romasupporteast.org.uk")
    add(f, build(top, text_part(body, cte="base64"), True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ionuț Caldarar")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 from a second-language writer (base64 UTF-8, 'Ionuț' also in an RFC 2047 subject): a 5-year-old "
        "with fresh belt bruising and a swollen ear from the unrelated man the family rent from, who will mind him alone "
        "from 14:00 today (the mail is sent at 13:15) -> urgent, other.",
        not_children=["Costel", "Florica", "Mihaela Grigore"],
        how="in the body, in second-language English, without alarm words")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2071-02-03 15:00:21"
    body = T("""
Dear Early Help Hub,

I am stepping down the Ashby children to Targeted Early Help following the Child and Family Assessment, which concluded on 30 January 2071. Mosaic 3549931.

Rowan Ashby - DOB 21/06/2061
Wren Ashby - DOB 09/01/2068

The family live on a narrowboat and hold a continuous cruising licence, so they move mooring every two weeks between Limehouse Basin and Mile End. We became involved in October 2070 after Wren fell into the canal from the towpath while mum was untying the boat. A passer-by pulled her out within seconds; she was checked at the Royal London and fully recovered. The assessment found it was an accident, that the parents' supervision is good, and that both children now wear lifejackets on deck and on the towpath. There are no concerns about the care of the children.

What remains is support for mum's anxiety, which got worse after the fall, and Rowan's schooling - his attendance dips in the weeks the boat is at the far end of its range.

Attached are the Child and Family Assessment and the draft TAF plan. Both parents consent to the step down. The Lead Practitioner will be Nadia Hussain, Family Support Worker at Mile Lock Family Hub, who has agreed. I will arrange and chair the TAF meeting.

Regards
Bethan Lloyd-Carey
Social Worker, Child in Need (Bow) | Tower Hamlets Council | 020 7946 0820

""") + TDISC
    atts = [pdf_att("C&F Assessment - Ashby - 3549931.pdf", "Child and Family Assessment - summary", [
                "Children: Rowan Ashby (21/06/2061), Wren Ashby (09/01/2068). Concluded 30/01/2071.",
                "Family live on a narrowboat (continuous cruiser). Referral after an accidental fall into the canal, October 2070.",
                "Analysis: accident; good supervision; lifejackets now worn. Needs: mum's anxiety; Rowan's attendance.",
                "Outcome: step down to Targeted Early Help."]),
            docx_att("Draft TAF plan - Ashby.docx", [
                "# Draft TAF plan", "Lead Practitioner: Nadia Hussain, Mile Lock Family Hub.",
                "## Actions", "Talking therapy referral for mum; school transport on the far moorings; boater liaison contact."])]
    top = outlook_top(f, addr("Lloyd-Carey, Bethan", "Bethan.Lloyd-Carey@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Ashby - Mosaic 3549931", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["3549931"],
        [ch("Rowan Ashby", "2061-06-21", "21/06/2061"), ch("Wren Ashby", "2068-01-09", "09/01/2068")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: a toddler's fall into the canal is past (October 2070), an accident, fully recovered, 'no concerns "
        "about the care of the children' -> not urgent. Complete Tower Hamlets step-down of a boating family (C&F "
        "assessment .pdf, draft TAF plan .docx, consent, named Lead Practitioner with agency) -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Nadia Hussain", "Bethan Lloyd-Carey"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2071-02-19 11:45:56"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td,th{border:1px solid #999;padding:4px;font-family:Calibri,sans-serif;font-size:11pt} p{font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body>
<p>Hi Early Help Hub,</p>
<p>Step down request for the Quilligan children (Irish Traveller family, now housed in a housing association flat in Poplar).</p>
<table>
<tr><th>Name</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Nora Quilligan</td><td>02/05/2057</td><td>3570012</td></tr>
<tr><td>Jimmy Quilligan</td><td>18/11/2062</td><td>3570012</td></tr>
</table>
<p>Mum (Margaret) has multiple sclerosis and has had a bad relapse this winter. Nora (13) does a lot of her mum's care and Jimmy's care - Jimmy is autistic and has an EHCP. Nora's aunts come in from the site in Dagenham most days, which is a big help. The CIN plan has got a care package in place for mum and a young carers' worker for Nora.</p>
<p>Margaret consents to the step down. The draft TAF plan is attached. The Child and Family Assessment will follow once my manager has signed it off. The Lead Practitioner is to be confirmed - I have asked Jimmy's school.</p>
<p>Thanks<br>Kofi Mensah<br>Social Worker, Children with Disabilities Team | Tower Hamlets Council | 020 7946 0374</p>
</body></html>
""")
    atts = [docx_att("TAF plan draft - Quilligan.docx", [
        "# Draft TAF plan - Quilligan", "Nora Quilligan 02/05/2057; Jimmy Quilligan 18/11/2062.",
        "## Actions", "Young carers' service for Nora; respite for Jimmy; care package review for mum; aunts' support."])]
    top = outlook_top(f, addr("Mensah, Kofi", "Kofi.Mensah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down request - Quilligan", when)
    add(f, html_only(f, top, h, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3570012"],
        [ch("Nora Quilligan", "2057-05-02", "02/05/2057"), ch("Jimmy Quilligan", "2062-11-18", "18/11/2062")],
        ["disability_send", "young_carer"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
        "HTML-only Outlook step-down (children in an HTML table, one family Mosaic id) for a housed Irish Traveller "
        "family: consent and draft TAF plan present, but the C&F assessment 'will follow' and the Lead Practitioner is "
        "'to be confirmed' -> missing assessment and lead_practitioner -> request_info.",
        docs={"draft_plan"}, not_children=["Margaret", "Kofi Mensah"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2071-03-09 10:05:12"
    body = T("""
Dear MAST,

I would like to step up the Marsh children to Children's Social Care. Mosaic 3566740.

Indigo Marsh, DOB 30/08/2064
Sol Marsh, DOB 11/06/2069

The family live in a converted lorry parked on a street in Fish Island. Since the lorry's water tank split in January they have had no running water and are carrying water from a standpipe at the boatyard; the wood burner is the only heating. Indigo came off the school roll in September for home education, but there has been no education plan and she tells me she spends most days at home with Sol and her dad. Dad (Ash) is doing his best but is struggling on his own since mum left.

To be clear about what this is not: there are no marks or injuries, no concerns of physical abuse, and the children are never left on their own. The only previous contact was a 2068 referral in Hackney about the family's living conditions, which was closed with no further action. Parking Services have given notice that the lorry must move from Fish Island by 31 March; this is planned with Housing Options, who have offered the family a caravan pitch, and Ash has accepted it.

My manager, Hasan Choudhury, has agreed the step up. I haven't done the Multi-Agency Request for Support form yet - I'll complete it tomorrow and send it on.

Regards
Lily Okafor
Early Help Practitioner | Tower Hamlets Council | 020 7946 0693

""") + TDISC
    top = outlook_top(f, addr("Okafor, Lily", "Lily.Okafor@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Marsh - 3566740", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["3566740"],
        [ch("Indigo Marsh", "2064-08-30", "30/08/2064"), ch("Sol Marsh", "2069-06-11", "11/06/2069")],
        ["neglect", "school_attendance"], None, True, ["request_for_support"], None, "request_info",
        "Near miss: negated harm ('no marks or injuries, no concerns of physical abuse ... never left on their own'), a "
        "closed 2068 referral and a planned, managed move of the family's lorry -> not urgent. MAST step-up with the "
        "manager's agreement but no MARF yet -> missing request_for_support -> request_info.",
        not_children=["Ash", "Lily Okafor", "Hasan Choudhury"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2071-03-26 14:20:48"
    ack = ack_text("step-up", "SB-tower_hamlets-7716",
                   ["Family: Penfold (Mosaic 3558213)", "MAST discussion: to be booked"], [])
    tes = T("""
Hi Nicola,

Kezia Penfold came onto the learning bus this morning with a cut lip and a purple bruise around her left eye. She told me her stepdad Craig did it last night because she wouldn't stay in the van to mind the baby, and that he said he'd "do the other eye" if she told anyone. She is 11. She says she's scared to go back to the van on Wick Lane at 3 when the bus finishes, and she asked if she could come home with me. Mum is away at her sister's in Kent until Saturday.

I've kept her with me on the bus for now. The bus leaves Wick Lane at 3.

Ruth
Ruth Adebayo | Teacher, Traveller Education Service (learning bus) | 07700 900845
""")
    body = T("""
Hi,

Adding the note below from Ruth at the TES to the Penfold step up (Mosaic 3558213). I'm on training until 4 today so I'll pick up any questions after that.

Thanks
Nicola Daley
Early Help Practitioner | Tower Hamlets Council

""") + quote("Adebayo, Ruth <Ruth.Adebayo@towerhamlets.gov.uk>", "26 March 2071 11:52",
             "Daley, Nicola <Nicola.Daley@towerhamlets.gov.uk>", "Kezia", tes) + quote(
        "MAST <MAST@towerhamlets.gov.uk>", "24 March 2071 10:03", "Daley, Nicola <Nicola.Daley@towerhamlets.gov.uk>",
        "Step-up request received [SB-tower_hamlets-7716]", ack) + "\n" + TDISC
    top = outlook_top(f, addr("Daley, Nicola", "Nicola.Daley@" + TDOM), addr("MAST", TMAST),
                      "RE: Step-up request received [SB-tower_hamlets-7716]", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "urgent", "follow_up", True, None, ["3558213"],
        [ch("Kezia Penfold")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a QUOTED message: the TES learning-bus teacher's note (quoted under the worker's 'adding the note "
        "below') says an 11-year-old has a black eye and cut lip from her stepdad, who threatened more, and she goes back "
        "to him at 3 today with mum away -> urgent follow_up to SB-tower_hamlets-7716.",
        not_children=["Craig", "Ruth Adebayo", "Nicola Daley"],
        how="in the quoted TES teacher's email under a top note that says only 'adding the note below'")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2071-04-01 09:02:30"
    body = T("""
Thank you for your email. I am out visiting families on sites and moorings from Tuesday 31 March to Thursday 2 April with limited signal, and will reply when I am back in the office on Friday.

If your email is about a child protection concern, please do not wait for me: contact MAST on 020 7946 0600 (office hours) or the out of hours service on 020 7946 0601. If a child is in immediate danger, call 999.

For school admissions for Traveller children please contact the TES office on 020 7946 0602.

Ruth Adebayo
Teacher, Traveller Education Service
""")
    add(f, ooo(f, when, ("Adebayo, Ruth", "Ruth.Adebayo@" + TDOM), addr("Early Help Hub", TEH),
               "Step-down request received [SB-tower_hamlets-7730]", body),
        "tower_hamlets", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [],
        [], [], None, None, [], None, "ignore",
        "Near miss: an Outlook out-of-office (Auto-Submitted: auto-replied, BST +0100) whose boilerplate says 'child "
        "protection concern', 'immediate danger' and 999 -> auto_reply, ignore (safety rule 2, no loops).")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2071-01-16 15:30:37"
    body = T("""
Hello,

For the Stan family step down (Bianca Stan and Marian Stan, Mosaic 3562874): the Child and Family Assessment concluded on 14 January and is attached now it has been signed off. I have arranged the TAF meeting for Tuesday 27 January at 10:00 at St Saviour's Family Hub, and I will chair it.

Kind regards
Andreea Popescu
Social Worker, Child in Need (Poplar) | Tower Hamlets Council

""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "13 January 2071 14:22",
             "Popescu, Andreea <Andreea.Popescu@towerhamlets.gov.uk>", "Step-down request received [SB-tower_hamlets-7702]",
             ack_text("step-down", "SB-tower_hamlets-7702", ["Family: Stan (Mosaic 3562874)"],
                      ["the Child and Family Assessment"])) + "\n" + TDISC
    atts = [pdf_att("CFA Stan 3562874 signed.pdf", "Child and Family Assessment - Stan", [
        "Bianca Stan and Marian Stan. Mosaic 3562874. Concluded 14/01/2071.", "Outcome: step down to Targeted Early Help."])]
    top = outlook_top(f, addr("Popescu, Andreea", "Andreea.Popescu@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down request received [SB-tower_hamlets-7702]", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["3562874"],
        [ch("Bianca Stan"), ch("Marian Stan")],
        [], None, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-7702] bringing the signed C&F assessment and the TAF date the social worker "
        "arranged -> follow_up, attach_to_request.",
        not_children=["Andreea Popescu"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2071-01-20 09:40:15"
    body = T("""
Good morning Early Help,

Please could I have a triage slot for the Santos children, LCS-5120934. I am stepping down to a Level 3 Early Help response.

Lola Santos - DOB 16/07/2061
Mateo Santos - DOB 25/11/2067 (so the under-5s triage, I think)

The family are a circus family: mum is an aerialist and dad runs the tent crew. The circus winters on a farm at Churston and opens its touring season on 20 March, travelling until October. We became involved after Lola's attendance collapsed last season and the school made a referral; the Single Assessment found the children are very well cared for and that the issue is education on the road. Lola is now dual registered with Preston Sands Primary and the Traveller Education Service, who provide distance learning packs and will visit the tour in Devon and Cornwall. Mateo will start nursery at the winter quarters in the autumn.

The Single Assessment with my analysis and the rationale for stepping down is attached. My team manager, Gemma Pascoe, has recorded her analysis confirming the threshold for level 3 is met. Both parents have consented to Level 3 Early Help.

Thanks,
Josh Varley
Social Worker, Single Assessment Team | Torbay Council | 01632 960318

""") + BDISC
    atts = [pdf_att("Single Assessment - Santos - LCS-5120934.pdf", "Single Assessment - Santos", [
        "LCS-5120934. Lola Santos (16/07/2061), Mateo Santos (25/11/2067).",
        "Analysis: children well cared for; strong family and circus community; education disrupted by touring.",
        "Rationale for step down: needs are educational and can be met by a Level 3 Early Help plan with the TES.",
        "Manager's analysis (Gemma Pascoe, 16/01/2071): threshold for level 3 intervention met."])]
    top = outlook_top(f, addr("Varley, Josh", "Josh.Varley@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Santos - LCS-5120934 - step down L3", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-5120934"],
        [ch("Lola Santos", "2061-07-16", "16/07/2061"), ch("Mateo Santos", "2067-11-25", "25/11/2067")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay Level 3 step-down for a circus family at winter quarters (Single Assessment .pdf, TM analysis, "
        "consent); Mateo is 3 so the fortnightly under-5s triage applies -> book_meeting.",
        docs={"assessment"}, not_children=["Josh Varley", "Gemma Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2071-02-11 10:20:08"
    body = T("""
Dear MASH,

I would like to make a contact to MASH to consider a step up for the Small family on the Long Barn Road site.

Amber Small, DOB 19/04/2066
Levi Small, DOB 02/10/2070

Roseanne Small is the mum; the children's father, Ricky Small, has moved back onto the pitch since Christmas. Over the last month the pitch has had no electric for days at a time, Amber has been kept off nursery, and Roseanne has told me that Ricky shouts at her and has pushed her. She has not wanted to go to the police; she has said many times she is afraid that if services get involved the children will be taken.

Roseanne has agreed to this contact to MASH. My assistant team manager, Sarah Yeo, and I agree this needs to be considered for a level 4 response.

The warden keeps a daily log for the site office and Roseanne has asked him to share the entries about her pitch with me; the log for February so far is attached so you can see how often things have been difficult.

Kind regards
Kerry Widdicombe
Lead Practitioner, Early Help | Torbay Council | 01632 960544

""") + BDISC
    log = T("""
LONG BARN ROAD SITE - WARDEN'S DAILY LOG - PITCH 3 ENTRIES (shared with the family's agreement)
Warden: Colin Treloar

02/02/2071 09:15  Pitch 3 electric card empty again. Topped up from hardship fund £20.
04/02/2071 17:40  Raised voices from pitch 3 trailer. Went over; Ricky said all fine. Roseanne did not come to the door.
06/02/2071 08:30  Roseanne asked to use the office phone to ring nursery - Amber not going in today.
09/02/2071 12:10  Amenity block shower on pitch 3 fixed.
11/02/2071 08:10  Roseanne came to the office with Levi in the car seat. Shaking. Said Ricky shook Levi hard at about 3am to stop him crying. Levi has been very sleepy since, has been sick twice and won't take his bottle. She won't take him to the GP because "they'll take him off me". Ricky has hitched the trailer to the van and says they are leaving for Somerset at 2 o'clock today. I told her I would let Kerry know. Levi would not wake properly while she was here.
""")
    atts = [text_att("Warden log - pitch 3 - Feb 2071.txt", log, "windows-1252")]
    top = outlook_top(f, addr("Widdicombe, Kerry", "Kerry.Widdicombe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Small - EHM-914377", when)
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["EHM-914377"],
        [ch("Amber Small", "2066-04-19", "19/04/2066"), ch("Levi Small", "2070-10-02", "02/10/2070")],
        ["domestic_abuse", "neglect", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a TEXT/PLAIN ATTACHMENT (windows-1252, quoted-printable): the warden's log entry from 08:10 today "
        "says a 4-month-old was shaken at 3am, has been sleepy and sick and won't feed, and the father is leaving with the "
        "family at 2pm -> urgent. The covering Torbay step-up (consent, ATM agreement) is complete -> alert_duty.",
        not_children=["Roseanne Small", "Ricky Small", "Colin Treloar", "Kerry Widdicombe", "Sarah Yeo"],
        how="only in the last entry of an attached .txt site log")

def torbay_03():
    f = "torbay_03.eml"; when = "2071-02-27 12:00:44"
    body = T("""
Dear MASH,

Contact to MASH for the Ayres family - step up from Early Help for consideration at level 4. EHM-915020.

Jesse Ayres, DOB 08/08/2060
Maisie Ayres, DOB 14/01/2064

I want to be clear first that the children are safe today. Last night at the lay-by on the Totnes Road, Mr Ayres assaulted Mrs Caroline Ayres. Police attended, he was arrested, and he was remanded in custody at court this morning until his trial. Caroline and the children are now staying with her sister on the council site at Long Barn Road, with the children's nan, and both children went to school today. The police domestic abuse officer has completed the DASH with Caroline and made a MARAC referral.

This is the third incident since October, and we think the children need a statutory assessment of the impact of the domestic abuse; Jesse's attendance has fallen to 74%. Caroline has agreed to this contact to MASH; she said she is tired of "starting again with a new worker every time we move", so if the family can keep me as their worker alongside a social worker that would help her.

My team manager, Donna Rowe, agrees this needs considering for level 4.

Regards
Hannah Westlake
Early Help Practitioner | Torbay Council | 01632 960712

""") + BDISC
    top = outlook_top(f, addr("Westlake, Hannah", "Hannah.Westlake@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Ayres - EHM-915020 (children safe today)", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-915020"],
        [ch("Jesse Ayres", "2060-08-08", "08/08/2060"), ch("Maisie Ayres", "2064-01-14", "14/01/2064")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss, already safe: last night's assault is handled (arrest, remand in custody until trial, children with "
        "aunt and nan on the council site, at school today, DASH and MARAC done) -> not urgent. Torbay step-up with "
        "consent and TM agreement -> book_meeting.",
        not_children=["Caroline Ayres", "Hannah Westlake", "Donna Rowe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2071-03-16 16:10:31"
    body = T("""
Hi Early Help,

I'd like to request a triage slot for Harley Cooper, DOB 06/06/2063, LCS-5133410, stepping down from the Safeguarding and Supporting Families team.

Harley and his mum, Stacey Cooper, were living on the roadside at the Preston Down lay-by until they were evicted in January; they are now in a static caravan on a family member's land near Marldon. The Single Assessment (attached) found Harley's needs are about his school attendance (68%) rather than anything statutory, so I am stepping him down to level 3 Early Help; and my team manager, Mark Endacott, has recorded his analysis that the threshold for level 3 is met.

The difficulty is consent. Stacey has told me clearly that she does not want Early Help. Since the eviction she feels "every worker who comes on the land is there to check up on us" and she has asked for no more visits. I have explained what Early Help could offer and left her the leaflet, but she has said no.

I'm not sure whether triage can still go ahead without her consent, so please advise.

Thanks
Laura Huxham
Social Worker, Safeguarding and Supporting Families | Torbay Council

""") + BDISC
    atts = [pdf_att("Single Assessment Cooper LCS-5133410.pdf", "Single Assessment - Harley Cooper", [
        "LCS-5133410. Harley Cooper, 06/06/2063. Mother: Stacey Cooper.",
        "Analysis: attendance 68%; no statutory threshold.",
        "Manager's analysis (Mark Endacott, 12/03/2071): threshold for level 3 met."])]
    top = outlook_top(f, addr("Huxham, Laura", "Laura.Huxham@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Cooper - LCS-5133410", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-5133410"],
        [ch("Harley Cooper", "2063-06-06", "06/06/2063")],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay level 3 step-down with the Single Assessment and TM analysis, but the mother has refused Early Help after "
        "an eviction ('she has said no') -> consent false, missing consent -> request_info.",
        docs={"assessment"}, not_children=["Stacey Cooper", "Laura Huxham", "Mark Endacott"])

def torbay_05():
    f = "torbay_05.eml"; when = "2071-03-29 11:20:03"
    body = T("""
hello, sorry to email on a sunday but I dont know who else to tell.

We're a showmen family, we've got rides on the Easter fair building up on Paignton Green. One of the casual lads taken on through an agency for the build up, Wayne, 30s, not one of ours, has had a young girl in his caravan since Friday night. She's 13 and her name is Ellie Brimacombe, my daughter knows her from school. Her mum has been putting on facebook since Friday that shes missing and asking has anyone seen her.

My daughter went over this morning and Ellie told her through the window that Wayne gives her ket and she isnt allowed to leave. My husband has told Wayne he's finished with us and to let her out but he's locked the caravan door from inside and won't open it. We rang 101 at 9 and they said someone would come but no one has yet. The caravan is the white Elddis at the back of the green by the toilets.

Debbie Harker
07700 900926
Sent from my Samsung Galaxy
""")
    top = plain_top(f, addr("Debbie Harker", "debbieharker.rides@gmail.com"), BMASH,
                    "girl in a caravan at the Paignton Green fair", when, "mail.gmail.com")
    add(f, build(top, text_part(body), False), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Ellie Brimacombe")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Sunday, hours after the clock change (Date +0100): a missing 13-year-old locked in an unrelated "
        "adult's caravan and given drugs (grooming: exploitation), reported by a showwoman -> out-of-hours alert; not a "
        "step request -> other.",
        not_children=["Wayne", "Debbie Harker"],
        how="in a hurried mobile body on a Sunday morning, the first day of BST")

def torbay_06():
    f = "torbay_06.eml"; when = "2071-03-05 11:15:27"
    body = T("""
Hi,

Further to your acknowledgement, the Single Assessment for Tilly Harris and Alfie Harris (LCS-5129987) is attached.

For the triage panel's information: the family's move from the lay-by at Long Road happened on Tuesday as planned. The police and the council's Gypsy and Traveller liaison officer had agreed the date with the family two weeks before, and the family went straight onto the transit bays at Long Barn Road, which had been held for them. Nobody was hurt, nothing was taken, and the children stayed at school throughout.

Kind regards
Marcus Penhale
Social Worker, Single Assessment Team | Torbay Council

""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "02 March 2071 09:40", "Penhale, Marcus <Marcus.Penhale@torbay.gov.uk>",
             "Step-down request received [SB-torbay-4410]",
             ack_text("step-down", "SB-torbay-4410", ["Family: Harris (LCS-5129987)"], ["the Single Assessment"])) + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Harris - LCS-5129987.pdf", "Single Assessment - Harris", [
        "LCS-5129987. Tilly Harris and Alfie Harris.", "Outcome: step down to level 3 Early Help."])]
    top = outlook_top(f, addr("Penhale, Marcus", "Marcus.Penhale@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down request received [SB-torbay-4410]", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["LCS-5129987"],
        [ch("Tilly Harris"), ch("Alfie Harris")],
        [], None, None, [], None, "attach_to_request",
        "Near miss: the eviction from the lay-by was planned and managed (date agreed, transit bays held, 'nobody was "
        "hurt', children at school) -> not urgent; a reply to [SB-torbay-4410] bringing the Single Assessment -> "
        "follow_up, attach_to_request.",
        not_children=["Marcus Penhale"])

def torbay_07():
    f = "torbay_07.eml"; when = "2071-02-13 08:40:55"
    data = outlook_itip_reply(f, when, ("Varley, Josh", "Josh.Varley@" + BDOM),
                              ("Early Help Business Support", "EarlyHelpBS@" + BDOM), "TENTATIVE",
                              "Under-5s triage - Santos - LCS-5120934 [SB-torbay-4398]", "20710217T100000",
                              "20710217T103000", "Microsoft Teams",
                              "I may be on a visit at the circus winter quarters that morning - if I can't join, my TM Gemma Pascoe will dial in.")
    data = data.replace(b"\r\nSubject: ", b"\r\nCc: Early Help <" + BEH.encode() + b">\r\nSubject: ", 1)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-5120934"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, for torbay_01's under-5s triage on Tue 17 Feb (half-term week; the "
        "council works) with a harmless COMMENT; the LCS number in the SUMMARY is the case id -> record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2071-04-02 13:30:19"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<div>Dear Early Help,</div><div>&nbsp;</div>
<div>Please may I have a triage slot to step the Hearn children down to <b>Level 3</b> Early Help. LCS-5140276.</div>
<ul><li>Frankie Hearn &ndash; DOB 21/02/2063</li><li>Bluebell Hearn &ndash; DOB 10/05/2067</li></ul>
<div>The family are Romany Gypsies living on a small private family site near Collaton. Mum, Shannon Hearn, was supported under a CIN plan after a period of post-natal depression and after she separated from Bluebell's father, Carl, who has a non-molestation order. Shannon's mum and dad live on the same site and have been a constant help. Shannon is well now, is back working on the family's market stall, and the CIN plan has ended. The Early Help plan is about Frankie's school attendance, which is 79%.</div><div>&nbsp;</div>
<div>The Single Assessment with my analysis and rationale is attached; my team manager, Claire Tozer, has recorded her analysis confirming the level 3 threshold. Shannon consents to Level 3 Early Help and would like the TES worker she knows to stay involved.</div><div>&nbsp;</div>
<div>Many thanks,<br>Ben Ashworth<br>Social Worker, Safeguarding and Supporting Families | Torbay Council</div><div>&nbsp;</div>
<div><b>PS</b> Bluebell&rsquo;s nursery has just phoned me. Bluebell arrived this morning with fingertip bruises on both upper arms and told her key worker &ldquo;Carl squeezed me, Carl sleeps at ours now&rdquo;. Carl was seen on the site yesterday. Nursery closes at 3 and Shannon is collecting her; the nursery say Carl was in the car with Shannon at drop-off. I haven&rsquo;t been able to reach Shannon.</div>
</body></html>
""")
    atts = [pdf_att("Single Assessment - Hearn - LCS-5140276.pdf", "Single Assessment - Hearn", [
        "LCS-5140276. Frankie Hearn (21/02/2063), Bluebell Hearn (10/05/2067). Mother: Shannon Hearn.",
        "Analysis: mother's mental health recovered; strong grandparent support; non-molestation order against Carl.",
        "Manager's analysis (Claire Tozer, 30/03/2071): threshold for level 3 met."])]
    top = outlook_top(f, addr("Ashworth, Ben", "Ben.Ashworth@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - Hearn - LCS-5140276 - Level 3", when)
    add(f, html_only(f, top, h, atts), "torbay", "early_help_duty", when, 4,
        "urgent", "step_down", True, 3, ["LCS-5140276"],
        [ch("Frankie Hearn", "2063-02-21", "21/02/2063"), ch("Bluebell Hearn", "2067-05-10", "10/05/2067")],
        ["domestic_abuse", "physical_harm", "school_attendance"], True, True, [], None, "alert_duty",
        "Safety rule 1 in an HTML-only mail's PS: a 3-year-old with fingertip bruising says mum's ex-partner, under a "
        "non-molestation order, squeezed her and now sleeps at their home; he was in the car at drop-off and mum collects "
        "at 3 -> urgent. The Level 3 step-down itself (BST +0100) is complete (assessment, TM analysis, consent) -> "
        "alert_duty. Mum's post-natal depression is past ('Shannon is well now'), so not a concern.",
        docs={"assessment"}, not_children=["Shannon Hearn", "Carl", "Ben Ashworth", "Claire Tozer"],
        how="in a PS at the end of an HTML-only step-down")


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2071-01-09 11:00:26"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Claire Bevan (Early Help co-ordinator) on Tuesday, please find attached the Early Help Assessment step-down plan and the signed consent form for the Price children, stepping down to Level 3.

Shannon Price - DOB 11/11/2057 - Mosaic 2208815
Jack Price - DOB 04/07/2061 - Mosaic 2208816
Cody Price - DOB 29/01/2066 - Mosaic 2208817

The family are Romany Gypsies living on their own pitch at Orchard Meadow council site near Leominster. The children's nan, Violet Price, lives on the next pitch and walks Cody to school every day. The Child and Family Assessment found the children are well cared for; the remaining needs are Shannon's and Jack's school attendance after a year in which the family travelled for work, and support for Shannon, who wants to go on to college.

Key person: Sharon Lovell, Traveller Education Service, Herefordshire Council (01632 960255), who the family have known for years, has agreed to lead.

Kind regards,
Tom Whitehouse
Social Worker, Children in Need (North) | Herefordshire Council | 01632 960210

""") + HDISC
    atts = [docx_att("EHA step-down plan - Price.docx", [
                "# Early Help Assessment step-down plan", "Children: Shannon Price, Jack Price, Cody Price.",
                "Key person: Sharon Lovell (TES).",
                "## Wellbeing plan", "Attendance support with school and TES - Sharon Lovell - by Easter; college taster days for Shannon - school - March."]),
            pdf_att("Consent form signed - Price.pdf", "Early Help - consent to share information and to step down", [
                "Family: Price. Signed by: Lena Price (mother), 07/01/2071.",
                "I agree to my children being supported by Early Help and to information being shared with the key person."])]
    top = outlook_top(f, addr("Whitehouse, Tom", "Tom.Whitehouse@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Price sibling group - Level 3", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2208815", "2208816", "2208817"],
        [ch("Shannon Price", "2057-11-11", "11/11/2057"), ch("Jack Price", "2061-07-04", "04/07/2061"),
         ch("Cody Price", "2066-01-29", "29/01/2066")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down for a Romany Gypsy family on a council site (EHA step-down plan "
        ".docx, signed consent form .pdf, key person with agency; level 3 stated; already discussed with a co-ordinator) "
        "-> book_meeting.",
        docs={"draft_plan", "consent_form"},
        not_children=["Violet Price", "Lena Price", "Sharon Lovell", "Tom Whitehouse", "Claire Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2071-01-27 12:45:09"
    body = T("""
Hi,

Please find my visit record attached. I wasn't sure who to send it to as the family aren't open to anyone, so I'm sending it here. I'm on my way to Kington now and the signal on the road is patchy.

Lorraine

Lorraine Bevan
Traveller Education Service | Herefordshire Council | 07700 900377

""") + HDISC
    note = [
        "# Traveller Education Service - visit record",
        "Visit: Tuesday 27/01/2071, 11:30-12:20. Roadside camp, lay-by on the A4103 near Stretton Sugwas (two trailers).",
        "Worker: Lorraine Bevan, TES.",
        "## Children seen",
        "Poppy Loveridge, DOB 12/03/2061. Jesse Loveridge, DOB 30/07/2064.",
        "## What I found",
        "Poppy and Jesse were on their own in the trailer. Their mum, Kerry Loveridge, went to hospital in Worcester in an ambulance early yesterday morning to have her baby and has not come back; their dad is in prison. Nobody from the family has been to the camp since.",
        "The gas bottle ran out on Sunday. It was minus 3 last night and the trailer was as cold inside as out. The children had slept in their coats. They have eaten dry cereal since yesterday morning. Jesse had a wet bed and no dry clothes.",
        "The only other trailer belongs to Mrs Iris Smith, who is in her eighties. She has been looking in on the children but told me she is moving on to her son's at dusk today and cannot take them.",
        "Poppy said: 'Mum said not to tell anyone or we'll get taken.'",
        "## What I did",
        "Gave the children the sandwiches I had with me. Left my number with Poppy and Mrs Smith.",
    ]
    atts = [docx_att("TES visit record - A4103 lay-by - 27.01.71.docx", note)]
    top = outlook_top(f, addr("Bevan, Lorraine", "Lorraine.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "TES visit record - A4103 lay-by", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Poppy Loveridge", "2061-03-12", "12/03/2061"), ch("Jesse Loveridge", "2064-07-30", "30/07/2064")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a .DOCX ATTACHMENT: a 9- and a 6-year-old alone in an unheated trailer at a roadside camp in "
        "sub-zero nights, mum in hospital, dad in prison, the only adult nearby leaving at dusk today; the covering mail "
        "says only 'my visit record attached' -> urgent, other (misdirected to the co-ordinators).",
        not_children=["Kerry Loveridge", "Iris Smith", "Lorraine Bevan"],
        how="only in the attached .docx TES visit record")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2071-02-18 10:25:52"
    body = T("""
Dear Early Help Co-ordinator team,

Step-down plan for Kai Taylor and Ruby Taylor (Mosaic 2211940), after my discussion with an Early Help co-ordinator last week.

Kai Taylor - DOB 15/02/2056
Ruby Taylor - DOB 08/09/2062

The Taylors are a fairground family who winter at the showmen's yard on the Rotherwas estate and travel with their rides from Easter to October. Mrs Taylor's anxiety has been the focus of our work; she is now under the GP and going to a community group for showwomen, and Mr Taylor has taken on more of the school runs. Ruby's attendance fell to 81% last season while the family travelled.

For completeness: in summer 2069 Kai went missing for two nights with an older boy while the family were at a fair in Yorkshire. West Yorkshire Police found him safe, an exploitation screening was completed and closed with no further action, and nothing like it has happened since. There are no current concerns of exploitation or of Kai going missing.

Attached: the Early Help Assessment step-down plan (covering distance learning with the TES while the family travel) and Mrs Taylor's signed consent form. The key person is Helen Morgan, Family Support Worker at Lugg Valley High School, who has agreed.

Regards,
Gethin Pritchard
Social Worker, Children in Need (Hereford City) | Herefordshire Council

""") + HDISC
    atts = [docx_att("EHA step-down plan - Taylor 2211940.docx", [
                "# Early Help Assessment step-down plan - Taylor", "Kai Taylor; Ruby Taylor. Key person: Helen Morgan, Lugg Valley High School.",
                "## Wellbeing plan", "TES distance learning packs from Easter; weekly call with school while travelling; GP review for mum."]),
            pdf_att("Signed consent - Taylor.pdf", "Consent to Early Help", ["Signed by Dawn Taylor (mother), 16/02/2071."])]
    top = outlook_top(f, addr("Pritchard, Gethin", "Gethin.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Taylor - 2211940", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2211940"],
        [ch("Kai Taylor", "2056-02-15", "15/02/2056"), ch("Ruby Taylor", "2062-09-08", "08/09/2062")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: Kai going missing in 2069 is historic, found safe, screening NFA, 'no current concerns of exploitation "
        "or of Kai going missing' -> not urgent and not a current concern. Complete Herefordshire step-down for a "
        "fairground family (plan, signed consent form, key person with agency); no level stated -> book_meeting.",
        docs={"draft_plan", "consent_form"},
        not_children=["Dawn Taylor", "Helen Morgan", "Gethin Pritchard"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2071-03-10 15:50:14"
    body = T("""
Dobrý deň / Good afternoon,

Please find attached the Early Help Assessment step-down plan for the Horváth family, Level 3, Mosaic 2215068.

Dušan Horváth, DOB 17/06/2060
Kristína Horváthová, DOB 02/12/2063

The family are Slovak Roma. Mr Horváth works on a fruit farm near Ledbury and the family live in a rented cottage on the farm. They came to us when Dušan was out of school for most of the autumn term; the school place has been sorted out and his attendance is now 86%, which still needs watching; Kristína has settled well.

Mrs Renáta Horváthová agreed to the step down when I visited with the Slovak interpreter on 9 March. She wanted to take the consent form away and read it with her sister before signing, so the signed form will follow next week.

The key person will be Zuzana Baloghová, Bilingual Family Support Worker, Herefordshire Council Early Help, who speaks Slovak and Romani and whom the family already trust.

S pozdravom / Kind regards,
Agnieszka Nowicka
Social Worker, Children in Need (South) | Herefordshire Council

""") + HDISC
    atts = [docx_att("EHA step-down plan - Horvath.docx", [
        "# Early Help Assessment step-down plan", "Dušan Horváth; Kristína Horváthová. Key person: Zuzana Baloghová.",
        "## Wellbeing plan", "Attendance review each half term; ESOL for mum; GP registration for Kristína."])]
    top = outlook_top(f, addr("Nowicka, Agnieszka", "Agnieszka.Nowicka@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Horváth - 2215068", when)
    add(f, build(top, multipart("mixed", [text_part(body, charset="iso-8859-2")] + atts, bnd(f, 1)), True),
        "herefordshire", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["2215068"],
        [ch("Dušan Horváth", "2060-06-17", "17/06/2060"), ch("Kristína Horváthová", "2063-12-02", "02/12/2063")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire Level 3 step-down (ISO-8859-2 quoted-printable body, Slovak names): plan and key person present, "
        "mother's agreement stated (consent true) but the signed consent form 'will follow' -> missing consent_form -> "
        "request_info.",
        docs={"draft_plan"},
        not_children=["Renáta Horváthová", "Zuzana Baloghová", "Agnieszka Nowicka"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2071-03-23 12:20:37"
    body = T("""
To: MASH, Herefordshire
Re: Request for step up to Children's Social Care - Charlotte Bowers, DOB 21/09/2057, Mosaic ID 2219003

Presenting information
11:40 today, Lugg Valley High School. Charlotte (13) disclosed to the school nurse, in my presence, that the family's lodger, Gary Tranter (approx. 40, not a relative), who rents the second bedroom of the family's static home on a private family site at Moreton-on-Lugg, has had sex with her on several occasions since January, most recently last night. She stated that he told her he would "say she made it up" and that her dad would lose the plot.

Current arrangements
Charlotte is in school until 15:20 and then goes home on the school bus. Mr Tranter is at the static home during the day. Her mother, Mrs Tina Bowers, works at the packing plant until 18:00 and has not been told. Charlotte has asked not to go home.

Background
Family known to Early Help since November 2070 (school attendance, mother's low mood); lead practitioner the undersigned. Good engagement; the family are a Traveller family who settled on their own land in 2066 and their trust in school has been hard won.

Request
Step up to Children's Social Care. My manager, Janet Powell, has agreed.

Siân Meredith
Lead Practitioner, Early Help (Hereford) | Herefordshire Council | 01632 960681
""")
    top = outlook_top(f, addr("Meredith, Siân", "Sian.Meredith@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Charlotte Bowers - 2219003", when)
    add(f, mail(f, top, body + HDISC, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2219003"],
        [ch("Charlotte Bowers", "2057-09-21", "21/09/2057")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 in clinical headings: a 13-year-old's disclosure today of repeated rape by the unrelated lodger, "
        "most recently last night, and she goes home to him on the 15:20 bus -> urgent. Herefordshire defines no step-up, "
        "so missing [] (no requirements), but urgency wins: alert_duty.",
        not_children=["Gary Tranter", "Tina Bowers", "Janet Powell", "Siân Meredith"],
        how="in clinical headings in the body, without alarm words")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2071-02-05 14:10:45"
    body = T("""
Hello,

I'm the site warden at Orchard Meadow. I'm worried about Mr Eli Buckland on pitch 2. He is 82 and lives on his own in his trailer. He had a fall last week and since then I don't think he is eating - his bins are empty and he has lost weight - and on Monday his heater wasn't on. He says he is fine and he doesn't want "the council" in his trailer, but he lets me sit with him.

No children live on his pitch. His grandchildren visit at weekends with their parents, who don't know how bad he is, and he has asked me not to tell them.

I don't know if this is the right place for this - the office said to try you. Who should I speak to about an older person?

Thanks
Paul Griffiths
Site Warden, Orchard Meadow | 01632 960433
""")
    top = plain_top(f, addr("Paul Griffiths", "orchardmeadow.warden@" + HDOM), addr("MASH", HMASH),
                    "Elderly resident on pitch 2 - who do I contact?", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body + HDISC), "herefordshire", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "Near miss, adult-only: a warden worried about an 82-year-old resident's self-neglect after a fall; 'no children "
        "live on his pitch' -> adult social care, not a children's matter -> other, human_review.",
        not_children=["Eli Buckland", "Paul Griffiths"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2071-04-03 16:30:44"
    body = T("""
Hi, thanks for your message.

I'm away visiting families at the showmen's winter quarters and on the road with the fairs over the Easter holidays, and I'm back in the office on Tuesday 21 April. I'll have my phone some of the time but not email.

Lorraine Bevan
Traveller Education Service, Herefordshire Council
""")
    top = [("From", addr("Lorraine Bevan", "lorraine.bevan.tes@gmail.com")), ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Away over Easter"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.gmail.com")), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    add(f, gmail_mail(f, top, body), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [],
        [], [], None, None, [], None, "ignore",
        "Gmail vacation responder from a TES worker on the road with the fairs over Easter (Auto-Submitted: auto-replied, "
        "custom subject, BST +0100) -> auto_reply, ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2071-01-26 09:35:18"
    ack = ack_text("step-down", "SB-herefordshire-1190",
                   ["Family: Buckley (Mosaic 2213377)"], ["the family's written consent (consent form)"])
    body = T("""
Morning,

Signed consent form for Tia Buckley and Levi Buckley (2213377) attached. Their nan, who they live with on her pitch, signed it on Saturday - she holds parental responsibility under the special guardianship order.

Thanks, Rhys

Rhys Bowen
Social Worker, Children in Need (South) | Herefordshire Council

On 22 Jan 2071, at 15:11, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    atts = [pdf_att("Consent form - Buckley - signed.pdf", "Early Help - consent form", [
        "Children: Tia Buckley, Levi Buckley. Mosaic 2213377.",
        "Signed: Mrs Ivy Buckley (grandmother, special guardian), 24/01/2071."])]
    top = plain_top(f, addr("Rhys Bowen", "Rhys.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received [SB-herefordshire-1190]", when, HDOM, "Apple Mail (2.3826)")
    add(f, apple_mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2213377"],
        [ch("Tia Buckley"), ch("Levi Buckley")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-1190] bringing the signed consent form from the children's grandmother "
        "(special guardian) -> consent true, follow_up, attach_to_request.",
        not_children=["Ivy Buckley", "Rhys Bowen"])


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
BANNED = re.compile(r"\b(urgent|urgently|immediate|immediately|risk|risks|emergency|emergencies|danger|asap)\b", re.I)
MAX_URGENT_WITH_BANNED = 3            # the brief: at most 3 urgent mails may use any of these words
# Knowsley notice: file -> (working days expected, plain weekdays, crosses a bank holiday?, decisive?)
# (no bank holiday falls inside the window, so no count is decided by one; the traps are half term and weekends)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (7, 7, None, False),
    "knowsley_03.eml": (6, 6, None, False),
    "knowsley_04.eml": (4, 4, None, False),
    "knowsley_08.eml": (5, 5, None, False),
}
EXPECTED_BH_2071 = {date(2071, 1, 1), date(2071, 4, 17), date(2071, 4, 20), date(2071, 5, 4), date(2071, 5, 25),
                    date(2071, 8, 31), date(2071, 12, 25), date(2071, 12, 28)}
HALF_TERM = (date(2071, 2, 16), date(2071, 2, 20))

BANNED_HITS = {}
WORRY = re.compile(r"\b(bruis\w*|evict\w*|missing|danger|immediate|fire|fall|fell|assault\w*|police|hurt|harm\w*|"
                   r"abuse|bailiff\w*|moved on|concern\w*|arrest\w*|injur\w*)\b", re.I)

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
    if easter(2071) != date(2071, 4, 19):
        err("calendar", "Easter 2071 should be Sunday 19 April")
    bh = bank_holidays(2071)
    if bh != EXPECTED_BH_2071:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2071))
    inwin = sorted(d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1])
    if inwin:
        err("calendar", "no bank holiday should fall in the window: %s" % inwin)
    if not (WINDOW[1] < easter(2071) - timedelta(days=2)):
        err("calendar", "the window must end before Good Friday (the Easter break)")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4 or WINDOW[0] <= date(2071, 1, 1):
        err("calendar", "window should run Monday 5 January -> Friday 3 April")
    if HALF_TERM[0].weekday() != 0 or HALF_TERM[1] - HALF_TERM[0] != timedelta(days=4):
        err("calendar", "half term should be a Monday-Friday week")
    bst_on, bst_off = last_sunday(2071, 3), last_sunday(2071, 10)
    if (bst_on, bst_off) != (date(2071, 3, 29), date(2071, 10, 25)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2071, 3, 29, 0, 59, tzinfo=UTC), 0), (datetime(2071, 3, 29, 1, 1, tzinfo=UTC), 1)):
        if d.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d)
    d = WINDOW[0]
    while d <= WINDOW[1]:
        want = 1 if d >= bst_on else 0
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=want):
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2071:
                    err(f, "meeting date not a future working day of 2071")
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
        want = "+0100" if sent.astimezone(LON).utcoffset() == timedelta(hours=1) else "+0000"
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
            hits = BANNED.findall(heads + "\n" + text)
            if hits:
                BANNED_HITS[f] = sorted(set(h.lower() for h in hits))
        elif CATS[f] == "near_miss" and not WORRY.search(text + " " + str(msg["Subject"])):
            err(f, "a near miss without any worrying word")
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2071:
                err(f, "a year after 2071 in the text: %s" % y)
        if x["kind"] != "meeting_reply" and "\nContent-Type: text/calendar" in raw.decode("ascii", "replace"):
            err(f, "calendar part in a non-reply")
        now_d = now.astimezone(LON).date()
        for c in m["children"]:
            if c["name"] not in text + " " + subj:
                err(f, "child %s not in the text or subject" % c["name"])
            if c["_w"]:
                if c["_w"] not in text or parse_dob(c["_w"]) != c["dob"]:
                    err(f, "DOB of %s not written as %s" % (c["name"], c["_w"]))
                dob = date.fromisoformat(c["dob"])
                if not (dob < now_d and age_at(dob, now_d) < 18):
                    err(f, "%s is not a child at now" % c["name"])
        pos = [(subj + " " + text).find(c["name"]) for c in m["children"]]
        if pos != sorted(pos):
            err(f, "children not in order of first appearance")
        for n in m["not_children"]:
            if n in [c["name"] for c in m["children"]]:
                err(f, "%s must not be labelled a child" % n)
        for cid in x["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), text + " " + subj):
                err(f, "case id %s not in the text" % cid)
    if len(BANNED_HITS) > MAX_URGENT_WITH_BANNED:
        err("set", "more than %d urgent mails use a banned word: %s" % (MAX_URGENT_WITH_BANNED, BANNED_HITS))
    # the risk placements the brief asks for
    hows = " | ".join(META[f]["how"] for f in FILES if CATS[f] == "urgent").lower()
    for w in ("subject", "ps", "forwarded", "quoted", "pdf", ".docx", ".txt", "comment", "html-only", "second-language"):
        if w not in hows:
            err("set", "no urgent mail places its risk as: %s" % w)
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
    out.append("urgent mails using a brief-listed word: %d %s" % (len(BANNED_HITS), BANNED_HITS))
    return "\n".join(out)


def build_all():
    FILES.clear(); LABELS.clear(); CATS.clear(); META.clear(); BANNED_HITS.clear()
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
