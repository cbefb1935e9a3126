#!/usr/bin/env python3
"""mixed174: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the spring term of 2070, in relatives who are not parents writing to the council themselves:
grandparents, aunts and uncles, adult and teenage siblings and a parent's new partner's family (calm, angry,
frightened or mistaken), alongside practitioners' own step-up and step-down mail about the same kinds of families.

Window: Monday 6 January - Thursday 27 March 2070 (New Year's Day, Wednesday 1 January, is a bank holiday; schools
return on Monday 6 January; February half term is Monday 17 - Friday 21 February; Easter Sunday 2070 is 30 March,
so Good Friday 28 March and Easter Monday 31 March are bank holidays and the term ends on Thursday 27 March).
British Summer Time starts on Sunday 30 March 2070 (the last Sunday of March, Easter Day itself), after the
window, so every Date header carries +0000; a meeting on or after 31 March is BST.

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
YEAR = 2070
WINDOW = (date(2070, 1, 6), date(2070, 3, 27))
HALF_TERM = (date(2070, 2, 17), date(2070, 2, 21))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2070)."""
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
    """Europe/London wall-clock time (the whole window is GMT, +0000; BST starts on Sunday 30 March 2070)."""
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
            b"<< /Producer (mixed174 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2070, 1, 2, 0, 0, 0))
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

def html_only(f, top, html_body, atts=(), charset="utf-8"):
    h = text_part(html_body, "html", charset=charset)
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
        not_children=(), how="", writer="", alarm_ok=False):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests); `docs` are the document
    ids the message really supplies (checked against `missing`); `not_children` are people in the text who must never
    be labelled (adults, first-name-only children); `how` says, for urgent mail, where and how the risk is told;
    `writer` says who wrote it (the theme); `alarm_ok` marks the (at most 3) urgent mails allowed an alarm word."""
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
                   "not_children": list(not_children), "how": how, "writer": writer, "alarm_ok": alarm_ok}


# ============================================================================ KNOWSLEY
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def appendix1(pairs):
    out = ["# FF Step Up request to CSC"]
    for q, a in pairs:
        out += ["## " + q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2070-01-14 10:07:12"
    body = T("""
Good morning,

Please find attached a step up request for the Hughes children, EHM-83107, open to Family First 0-18 at Level 3 since September.

Riley Hughes - DOB 09/05/2059
Sienna Hughes - DOB 27/11/2062
Alfie Hughes - DOB 14/03/2066

Until Christmas, maternal grandmother June Mercer (68) was doing most of the care: school runs, tea every night, the washing. On 2 January June wrote to me herself to say she has had a fall, her hip is going to be replaced and she "can't carry Gemma any more". In her words: "I love them to bits but I'm 68 and my hip's gone. Somebody else has to step in now." Since June stopped, home conditions have gone downhill fast. There is very little food in, Alfie came to nursery in the same clothes four days running, and Riley's attendance is down to 71%.

I completed the Graded Care Profile 2 with Gemma on 9 January (attached); it scores 4 for physical care and 3 for safety. My team manager, Paul Ashworth, discussed the step up with me in supervision on 13/01/2070 and agreed it.

The step up TAF meeting is on Wednesday 22nd January 2070 at 10:00 on Teams. The invitation has gone to the MASH inbox and MASH business support, and I have invited the TAF members (school, nursery, health visitor) and June, who wants to be there.

Attached:
- FF Step Up request to CSC - Hughes.docx
- GCP2 Hughes Jan 2070.pdf
- TAF minutes 08.01.2070 Hughes.docx

Gemma is aware I am sending this.

Kind regards

Leanne Wharton
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0522

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83107"),
        ("Children:", "Riley Hughes 09/05/2059; Sienna Hughes 27/11/2062; Alfie Hughes 14/03/2066"),
        ("Date of step up TAF meeting:", "Wednesday 22 January 2070, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 08/01/2070"),
        ("What are we worried about?", "Physical care of all three children since grandmother stopped caring; little food; Alfie's clothes and hygiene; Riley's attendance 71%."),
        ("What is working well?", "Gemma loves the children; June (maternal grandmother) stays involved by phone; nursery reports Alfie is happy there."),
        ("What needs to happen?", "CSC assessment; practical support in the home; school attendance plan for Riley."),
        ("Graded Care profile (If neglect should be completed).", "Completed 09/01/2070 - attached."),
        ("Agreement by line manager:", "Paul Ashworth, Team Manager, 13/01/2070 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Hughes.docx", form),
            pdf_att("GCP2 Hughes Jan 2070.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Hughes. Completed with: Gemma Hughes. Date: 09/01/2070. Practitioner: Leanne Wharton.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 2.",
                "Summary: physical care has fallen sharply since the maternal grandmother stopped caring in December."]),
            docx_att("TAF minutes 08.01.2070 Hughes.docx", [
                "# Team Around the Family meeting - minutes",
                "Family: Hughes. EHM-83107. Date: 08/01/2070. Venue: Huyton Family Hub.",
                "Present: Leanne Wharton (FF Case Manager), Gemma Hughes, school attendance officer, nursery manager. June Mercer by phone.",
                "1. June explained she can no longer do the school runs or meals after her fall.",
                "2. School: Riley 71%, late most days.",
                "3. Nursery: Alfie's hygiene poor this week.",
                "Actions: LW to complete GCP2 and discuss step up with team manager."])]
    top = outlook_top(f, addr("Wharton, Leanne", "Leanne.Wharton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Hughes - EHM-83107 - TAF Wed 22nd Jan", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-83107"],
        [ch("Riley Hughes", "2059-05-09", "09/05/2059"), ch("Sienna Hughes", "2062-11-27", "27/11/2062"),
         ch("Alfie Hughes", "2066-03-14", "14/03/2066")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up after the grandmother who carried the care stopped (her own words quoted): Appendix 1 "
        "form .docx, GCP2 .pdf for neglect, TAF minutes .docx, EHM id, team manager agreed, TAF Wed 22 Jan 10:00 = 6 "
        "working days after Tue 14 Jan -> book_meeting. 'Gemma is aware' is not consent (null).",
        meeting=date(2070, 1, 22), docs={"step_up_form", "gcp2", "taf_minutes"},
        not_children=["June Mercer", "Gemma Hughes", "Leanne Wharton", "Paul Ashworth"], writer="Family First case manager")

def knowsley_02():
    f = "knowsley_02.eml"; when = "2070-03-24 15:42:30"
    body = T("""
Hello Family First duty,

I'm writing to let you know about a step down to Family First 0-18 at Level 3 for Jaxon Rimmer (DOB 02/10/2061), ICS-2740318.

Jaxon has lived with his maternal aunt, Janine Rimmer-Cole, since last summer; a Child Arrangements Order was made in her favour in November 2069, so Janine holds parental responsibility. Mum is serving a custodial sentence at HMP Styal. The CIN plan has done what it needed to and we are ready to step down.

Janine has consented to the referral to Family First and signed our consent form at the CIN review on 19 March. Mum has also been told by letter and agrees.

Joint home visit: Tuesday 1st April 2070 at 10:00, at Janine's home, 14 Tarbock Row, Kirkby L32 9QT. Could a Family First case manager come with me please?

What are we worried about?
Jaxon's attendance at Kirkby St Oswald's is 84% this term, mostly Mondays after phone calls with mum. He has been sent out of class three times for swearing at staff.

What is working well?
Janine gives Jaxon a warm, settled home. She has joined the kinship carers' group at Kirkby Family Hub. Jaxon's weekly letters and phone calls with mum are going well and Janine supports them.

What needs to happen?
A Family First worker to support school attendance and to help Janine with Jaxon's behaviour after calls; the school to offer a mentor; review at the first TAF at 6 weeks.

Many thanks
Osagie Bamgbose
Social Worker | Children in Need (Kirkby) | Knowsley Council
0151 496 0871

""") + KDISC
    top = outlook_top(f, addr("Bamgbose, Osagie", "Osagie.Bamgbose@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down to Family First (Level 3) - Rimmer - ICS-2740318", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-2740318"],
        [ch("Jaxon Rimmer", "2061-10-02", "02/10/2061")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 3 step-down for a boy living with his aunt under a Child Arrangements Order (she holds PR and "
        "consented; mum agrees): date, time and venue, all three Signs of Safety headings, consent -> nothing missing. "
        "But NOTICE ACROSS EASTER IS SHORT: Mon 24 Mar -> Tue 1 Apr is 6 plain weekdays, but Good Friday 28 Mar and Easter "
        "Monday 31 Mar are bank holidays, so 4 working days (25, 26, 27 Mar, 1 Apr) < 5 -> request_info.",
        meeting=date(2070, 4, 1), not_children=["Janine Rimmer-Cole", "Osagie Bamgbose"], writer="social worker")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2070-02-08 21:14:05"
    body = T("""
Please can someone help. I'm outside 22 Pennard Walk Huyton, flat 4, top floor. It's my grandson Tyler Tully, he was 3 in November. I can hear him crying for his mummy through the door and I can see his feet through the letterbox, he's only got a nappy on. His mum Kerys went out last night with her friends and her phone is going straight to voicemail, the neighbour says she hasn't seen her come back all day. My son Dean (Tyler's dad) is working offshore from Aberdeen till the 20th and can't get off.

I haven't got a key. The lights are off in the flat. I've been knocking for half an hour. I don't know what else to do, I didn't know who to email, I found this address on the council page.

Maureen Tully (Nan)
07700 900412

Sent from my iPhone
""")
    subject = "my grandson Tyler is 3 and hes on his own in the flat, I can see him through the letterbox, his mum went out last night and hasnt come back"
    top = plain_top(f, addr("Maureen Tully", "mo.tully59@icloud.com"), KMASH, subject, when, "icloud.com",
                    extra=[("X-Mailer", "iPhone Mail (23D60)")])
    add(f, mail(f, top, body, cte="quoted-printable", crlf=False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Tyler Tully")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, Saturday night (out of hours): a grandmother outside a locked flat where her 3-year-old grandson "
        "is alone in a nappy, crying, his mother out since last night and unreachable -> alert_duty. The facts are in "
        "the SUBJECT line and the body; no alarm words. Not a step request from a practitioner -> other.",
        not_children=["Maureen Tully", "Kerys", "Dean"], how="the subject line (and the body), a frightened grandmother on her phone",
        writer="paternal grandmother")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2070-03-04 19:36:40"
    body = T("""
To whoever reads this

You sent my mum a letter saying the social worker is "stepping down" and Family First are coming in. The letter is addressed to "the parent/carer of Ellis Devaney and Macy Devaney" and it says Ref: ICS-2731994. Why has nobody told me anything? I'm 20, I live there, I do the school run for Ellis and Macy most days and I put them to bed when mum's on lates. Nobody asked me to any meeting.

The letter goes on about "risk" like we're some sort of problem family. The only danger to anyone in our house was my dad and he's been in prison since 2067 for what he did to mum, he's not allowed any contact and he won't be out for years. Nobody is in any danger now. Mum's doing brilliant, the kids are doing brilliant. Mum said yes to Family First at the last meeting because she felt she had to, I didn't get asked.

I want to know what "step down" actually means and who this Family First person is before they come in our house. And I want it put on your system that I'm part of this family and I want to be at the meeting.

Connor Devaney
07700 900655

Sent from my Galaxy
""")
    top = plain_top(f, addr("Connor Devaney", "connor.devaney03@gmail.com"), KFF,
                    "letter about my brother and sister - who are you??", when, "mail.gmail.com")
    add(f, gmail_mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "near_miss", "other", False, None, ["ICS-2731994"],
        [ch("Ellis Devaney"), ch("Macy Devaney")],
        [], True, None, [], None, "human_review",
        "Near miss: an angry adult brother (20) asking what a step-down means; 'risk' and 'danger' only about a father in "
        "prison since 2067 with no contact, explicitly negated ('Nobody is in any danger now') -> not urgent, no current "
        "concern; a relative's letter, not a request -> other, human_review. 'Mum said yes to Family First' is consent "
        "stated as given -> true. The case id is quoted from the letter.",
        not_children=["Connor Devaney"], writer="adult brother (angry, mistaken about step-down)")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2070-02-17 08:03:51"
    comment = ("Sorry I can't come Wednesday. I've had the kids here since Saturday. Shane turned up at mine at 2 this "
               "morning off his face, banging on the door with a hammer shouting he's taking them back. Kerry is still in "
               "the Royal with her face from what he did to her on Friday. The police came and went. He's texted me he'll "
               "be back tonight when they've gone. I'm 71, I can't stop him and Kai's terrified. Pat (Nan)")
    data = outlook_itip_reply(f, when, ("Pat Brennan", "patbrennan52@outlook.com"), ("Knowsley MASH", KMASH),
                              "DECLINED", "Step-up TAF meeting - Kai Brennan & Lola Brennan - EHM-84420",
                              "20700226T100000", "20700226T113000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 6,
        "urgent", "meeting_reply", True, None, ["EHM-84420"],
        [ch("Kai Brennan"), ch("Lola Brennan")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a meeting reply's COMMENT: the grandmother DECLINES the step-up TAF and says the mother's "
        "partner, who put the mother in hospital on Friday, came to her door at 2am intoxicated with a hammer to take the "
        "children and will be back tonight -> alert_duty (overrides record_reply). Children and case id from the SUMMARY "
        "(no DOBs); Monday 08:03 in half term is before office hours.",
        not_children=["Pat Brennan", "Shane", "Kerry"], how="the COMMENT of an Outlook iTIP REPLY (DECLINED), mirrored in its short text part",
        writer="maternal grandmother, frightened")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2070-02-12 11:26:18"
    body = T("""
Good morning,

Step down to Level 2 for Ruby Fairhurst (DOB 18/06/2057) and Mason Fairhurst (DOB 30/01/2060), ICS-2722681 and ICS-2722682.

Ruby and Mason have lived with their paternal grandparents, Alan and Sylvia Fairhurst, under a Special Guardianship Order since 2068. The CIN plan was opened in October when Sylvia became unwell and the placement was under strain; Sylvia has recovered well and the grandparents are managing again. Alan and Sylvia are in agreement with the step down.

Final CIN meeting: Thursday 20th February 2070 at 14:00, Prescot Family Hub (Room 2), Warrington Road, Prescot.

The new Lead Practitioner will be Mrs Helen Speakman, Pastoral Lead at Prescot Park Academy, who has agreed to take on the role and will attend the meeting.

What are we worried about?
Mason (autism, EHCP in place) finds changes very hard and his meltdowns at home have increased since Sylvia's illness. Ruby sometimes takes on too much looking after Mason.

What is working well?
Alan and Sylvia are loving, consistent carers. Sylvia's health has improved. School know both children well and Mason's EHCP support is in place.

What needs to happen?
Helen to lead an Early Help Assessment and TAF; school to arrange respite through the short breaks offer for Mason; the grandparents to attend the kinship carers' group.

Thanks
Rachael Quayle-Dunn
Social Worker | Children in Need (Prescot) | Knowsley Council
0151 496 0347

""") + KDISC
    top = outlook_top(f, addr("Quayle-Dunn, Rachael", "Rachael.Quayle-Dunn@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down Level 2 - Fairhurst - final CIN 20/02", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2722681", "ICS-2722682"],
        [ch("Ruby Fairhurst", "2057-06-18", "18/06/2057"), ch("Mason Fairhurst", "2060-01-30", "30/01/2060")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down for children living with special guardian grandparents: date, time and "
        "venue, all three headings, a named lead practitioner with her school; the special guardians' agreement is "
        "consent stated (true; not required at level 2). Wed 12 Feb -> Thu 20 Feb (in half term, no bank holiday) = 6 "
        "working days -> book_meeting.",
        meeting=date(2070, 2, 20), not_children=["Alan", "Sylvia Fairhurst", "Helen Speakman"],
        writer="social worker")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2070-01-23 14:18:09"
    ack = ack_text("step-up", "SB-knowsley-5127", ["Case: EHM-83655", "Children: Shay Gallagher, Aoife Gallagher",
                   "Step-up TAF meeting: Wednesday 5 February 2070 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

Please add the attached letter to this request. It is from the children's grandad, Kenny Gallagher, who asked me to make sure the MASH social worker sees it before the TAF on the 5th. He has typed it himself.

For clarity, the overdose he writes about was in October 2068. Mum was in hospital and then at home under the crisis team; she has been well since, she takes her medication and is still seen by the CMHT. That episode is not part of the reason for this step up, which is about the children's school attendance and mum's non-engagement with the TAF plan, as set out in the request.

Thanks
Leanne

Leanne Wharton
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0522
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "21 January 2070 09:41",
             "Wharton, Leanne <Leanne.Wharton@knowsley.gov.uk>", "Step-up request received [SB-knowsley-5127]", ack)
    letter = [
        "To the social worker at MASH",
        "I am Shay and Aoife's grandad on their mum's side. I want to say a few things before the meeting.",
        "In October 2068 my daughter Niamh took an overdose and the children found her. It was the worst night of our lives. She was in hospital for a week and the crisis team came every day after. She has been well ever since and she takes her tablets.",
        "I am not worried that the children are in any harm now. They are loved and they are fed. What I am worried about is that she struggles to get them to school on time and she gets defensive with the professionals because she is frightened you will take them.",
        "My wife and I live two streets away and we will do the mornings if that helps. Please put us down as family who can help.",
        "Kenny Gallagher (grandad)",
    ]
    atts = [pdf_att("Letter from Mr Kenny Gallagher (grandad).pdf", "Letter from the children's grandfather", letter)]
    top = outlook_top(f, addr("Wharton, Leanne", "Leanne.Wharton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step-up request received [SB-knowsley-5127]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "follow_up", False, None, ["EHM-83655"],
        [ch("Shay Gallagher"), ch("Aoife Gallagher")],
        [], None, None, [], None, "attach_to_request",
        "Near miss: a follow-up to [SB-knowsley-5127] carrying the grandfather's own letter (PDF) about the mother's "
        "overdose in October 2068 - historic, treated, 'not worried that the children are in any harm now' - and the "
        "worker says it is not part of the step-up -> not urgent, no concern from this mail; follow_up -> "
        "attach_to_request. Children and case id from the quoted acknowledgement.",
        not_children=["Kenny Gallagher", "Niamh", "Leanne Wharton"], writer="Family First case manager passing on the grandfather's letter")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2070-03-11 12:41:27"
    body = T("""
hi i dont know if this is the right email i got it off the council website

my mums boyfriend Craigs brother Dale has been staying at ours since christmas on the sofa. my little sister is Ellie-May Cartwright she is 9 and in year 5 at st lukes in whiston. last night she told me Dale comes in her room when everyones asleep and makes her keep secrets and touches her under her pyjamas and says if she tells anyone mum will go to prison. i told mum this morning and mum said Ellie-May is making it up for attention and Dale is staying till easter

Ellie-May gets home at 3.20 and its only Dale in the house till mum gets in from work at 6. i dont finish college till 5. i dont want her going home. please dont tell mum i emailed you she will kill me

our address is 7 Cronton Lane Whiston

amber (her sister, im 16)
""")
    top = plain_top(f, addr("amber x", "amberc.x07@gmail.com"), KMASH, "my little sister", when, "mail.gmail.com")
    add(f, mail(f, top, body, cte="7bit", crlf=False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ellie-May Cartwright")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1: a 16-year-old sister reports her 9-year-old sister's disclosure last night of sexual abuse by the "
        "mother's partner's brother who lives in the house; the mother does not believe it and the child will be alone "
        "with him from 3.20 today -> alert_duty. Plain 7-bit lowercase phone mail, no alarm words. The writer signs by "
        "first name only and is not labelled.",
        not_children=["Dale", "Craig", "amber"], how="the body, lowercase, from a 16-year-old sister",
        writer="teenage sister (16)")


# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2070-01-09 11:15:44"
    worker = T("""
Hi Priya,

As discussed in our reflective session this morning, here is my summary for the Whitfield step up. Case summary attached.

Esme Whitfield (DOB 04/04/2060) and Theo Whitfield (DOB 12/12/2063) have lived with their maternal grandmother, Rosalind Whitfield (74), since their mum Hannah left in October 2069. No one has made an arrangement with the court and Rosalind has no parental responsibility. Mum's whereabouts are unknown.

Rosalind was diagnosed with early-stage dementia in December. Twice this month Theo has been found by a neighbour walking to the shop on his own at tea time because Rosalind had forgotten to collect him from the childminder, and Esme has been making the meals. Esme's attendance is 82% this term. Rosalind herself rang us and says she is frightened she will "get it wrong" with the children and wants help.

Thanks
Tom
""")
    body = T("""
Dear MASH colleagues,

Following our reflective discussion this morning, the plan is to step the Whitfield family up to Children's Services. Tom's note is below and the latest case summary is attached. Mosaic ID: 2861402.

Rationale for step up
- The children live in an informal kinship arrangement with a grandmother who has no parental responsibility and whose health is declining; nobody with PR is available.
- Early Help support (a family support worker twice weekly and a carer's assessment referral) has not been enough to keep the children's basic care safe: Theo left uncollected twice this month, Esme (9) taking on the cooking.
- An assessment is needed of the children's needs, the long-term arrangements for their care and the legal position.

I agree this needs to step up. Rosalind agrees to the referral and knows we are sending it today.

Kind regards
Priya Rajagopal
Early Help Team Manager (Wandsworth South) | Richmond and Wandsworth Councils
020 7946 0584

""") + RDISC + quote("Lacey, Tom <Tom.Lacey@richmondandwandsworth.gov.uk>", "09 January 2070 10:52",
                     "Rajagopal, Priya <Priya.Rajagopal@richmondandwandsworth.gov.uk>", "Whitfield - step up summary", worker)
    atts = [pdf_att("Case summary - Whitfield - Jan 2070.pdf", "Early Help case summary - Whitfield family", [
        "Mosaic ID: 2861402. Children: Esme Whitfield (04/04/2060), Theo Whitfield (12/12/2063).",
        "Carer: Rosalind Whitfield, maternal grandmother, 74. No PR. Mother Hannah Whitfield, whereabouts unknown.",
        "Open to Early Help since 3 November 2069 after a referral from the school.",
        "Support: family support worker twice weekly; carer's assessment referral to adult services (pending).",
        "December 2069: Rosalind diagnosed with early-stage dementia (memory clinic).",
        "January 2070: Theo twice left uncollected at the childminder; Esme's attendance 82%.",
        "Views: Rosalind wants help and is worried about coping. Esme says she 'likes helping Nana'."])]
    top = outlook_top(f, addr("Rajagopal, Priya", "Priya.Rajagopal@" + RDOM), addr("MASH Step Up", RMASH),
                      "FW: Whitfield - step up summary", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2861402"],
        [ch("Esme Whitfield", "2060-04-04", "04/04/2060"), ch("Theo Whitfield", "2063-12-12", "12/12/2063")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (who agrees) with the worker's note "
        "quoted below: case summary PDF attached and the rationale under its own heading; 'Mosaic ID: 2861402' -> "
        "'2861402'. The kinship-carer grandmother 'agrees to the referral' -> consent true (stated as given).",
        docs={"case_summary", "rationale"}, not_children=["Rosalind Whitfield", "Hannah Whitfield", "Lacey, Tom", "Priya Rajagopal"],
        writer="Early Help team manager")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2070-01-28 13:52:20"
    body = T("""
Dear MASH,

Step up: Maisie Lindqvist-Hart (DOB 03/09/2062) and Bobby Lindqvist-Hart (DOB 21/07/2067). Mosaic no. 2874519.

Mum, Chloe Hart, met Leon Garrity last spring and he moved in in September. Since then Chloe has withdrawn from everyone. She has cancelled four of the last six home visits, Bobby missed his two-year check twice, and Chloe told our worker on 14 January that Leon "checks her phone every night" and decides who she can see. Leon's own mother, Pat Garrity, has been in touch with our team twice this month because she is worried about how her son treats Chloe and the children. The latest case summary is attached.

Rationale for step up
Early Help has not been able to get past Leon's control of the household; Chloe cannot use the support while he is monitoring her, and the children are not being seen. We need a statutory assessment of the children's needs and of the domestic abuse.

I have discussed this with the worker, Sinead Morrow, and agree to the step up.

Regards
Delphine Achterberg
Early Help Team Manager (Richmond North) | Richmond and Wandsworth Councils
020 7946 0671

PS - as I was about to send this, Pat Garrity rang the team again. Leon collected Bobby from Little Acorns nursery at 12.15 today; he is not on the collection list and Chloe did not know. At 12.40 he sent Chloe a photo of Bobby strapped into the car seat with the words "you'll never see him again". Pat says Leon was talking last night about driving to his brother's in Margate and that he has been drinking since the weekend. He is not answering his phone to anyone. Chloe is with Sinead at the children's centre now; Maisie is at school.

""") + RDISC
    atts = [docx_att("Case summary - Lindqvist-Hart.docx", [
        "# Early Help case summary",
        "Family: Lindqvist-Hart / Hart. Mosaic 2874519.",
        "Children: Maisie Lindqvist-Hart (7), Bobby Lindqvist-Hart (2). Mother: Chloe Hart. Mother's partner: Leon Garrity (since September 2069).",
        "Worker: Sinead Morrow, Family Support Worker, since 4 June 2069.",
        "Concerns: controlling behaviour by Leon; missed appointments; Bobby's development check missed twice.",
        "Family network: Leon's mother Pat Garrity has contacted the team twice with worries about her son."])]
    top = outlook_top(f, addr("Achterberg, Delphine", "Delphine.Achterberg@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Lindqvist-Hart - Mosaic 2874519", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["2874519"],
        [ch("Maisie Lindqvist-Hart", "2062-09-03", "03/09/2062"), ch("Bobby Lindqvist-Hart", "2067-07-21", "21/07/2067")],
        ["domestic_abuse", "non_engagement"], None, True, [], None, "alert_duty",
        "Safety rule 1 in a PS: an otherwise complete R&W step-up (case summary .docx, rationale heading, TM sender "
        "agrees) whose PS relays the mother's partner's own mother: he took the 2-year-old from nursery an hour ago, "
        "not on the collection list, sent 'you'll never see him again', has been drinking and is driving away -> "
        "alert_duty; nothing missing. 'Mosaic no. 2874519' -> '2874519'. No alarm words.",
        docs={"case_summary", "rationale"},
        not_children=["Chloe Hart", "Leon Garrity", "Pat Garrity", "Sinead Morrow", "Delphine Achterberg"],
        how="a PS under the signature of a complete step-up, relaying the partner's mother's phone call",
        writer="Early Help team manager relaying the partner's mother")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2070-02-05 10:09:33"
    body = T("""
Dear Sir or Madam,

I hope you will forgive me writing to this address; it was the only one I could find for children's services.

My name is Gillian Ashdown and I am the paternal grandmother of Poppy Ashdown, born 14th May 2061, and Freddie Ashdown, born 2nd September 2064. My son Mark and the children's mother separated in 2068 and the children live with their mother in Barnes. Since the summer she has stopped me seeing them. I used to have them every Wednesday after school and I have not seen them since July.

I want to make it quite clear that I am not suggesting the children are at risk or in any danger with their mother. They are well cared for, they are doing well at school and she is a good mother. This is not a complaint about her. It is only that I miss them terribly and I think they miss me.

My son tells me that a "risk assessment" was done on him by your department in 2068 when they separated. I understand that was closed with nothing found and it has nothing to do with me, but I wondered whether it is the reason I am being kept away.

Could you tell me whether there is anyone who can help grandparents in my position, perhaps a mediation service, or whether I need to go to a solicitor?

Yours faithfully,

Gillian Ashdown
020 7946 0912
""")
    top = plain_top(f, addr("Gillian Ashdown", "gillian.ashdown@btinternet.com"), RMASH,
                    "Contact with my grandchildren", when, "btinternet.com",
                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")])
    add(f, apple_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [],
        [ch("Poppy Ashdown", "2061-05-14", "14th May 2061"), ch("Freddie Ashdown", "2064-09-02", "2nd September 2064")],
        [], None, None, [], None, "human_review",
        "Near miss: a calm paternal grandmother asking about contact; 'not ... at risk or in any danger' is negated and "
        "the 2068 'risk assessment' on her son is historic and closed -> not urgent, no concern; an enquiry, not a "
        "request -> other, human_review. DOBs written in words (Apple Mail, format=flowed).",
        not_children=["Gillian Ashdown", "Mark"], writer="paternal grandmother, calm")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2070-01-13 16:20:02"
    body = T("""
Hi Early Help duty,

Confirming the step down for the Osei-Bonsu family that I discussed with Jasper Quint by phone this afternoon. We agreed the case discussion for Friday 17th January at 11am (Teams).

Children:
Nadia Osei-Bonsu - 07/08/2054 (15)
Kwame Osei-Bonsu - 19/01/2063 (6)
Mosaic: 2850037

Mum, Abena, has multiple sclerosis and has had a long period of depression since her relapse last spring. Nadia has been doing a lot of the caring for mum and for Kwame, and her grandmother (Abena's mother, Mrs Comfort Osei) has now moved in from Croydon to share it. The child and family assessment is complete and the CIN plan has ended; the family needs Early Help support now rather than social care.

Mum and Nadia have both agreed to Early Help continuing the plan. The latest case summary is attached. I will send the draft plan for Early Help after I have seen Nadia at school on Thursday, as I want her to have a say in it.

Many thanks
Femi Adesanya
Social Worker | Assessment and Intervention (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0437

""") + RDISC
    atts = [pdf_att("Latest case summary - Osei-Bonsu.pdf", "Case summary - Osei-Bonsu", [
        "Mosaic 2850037. Children: Nadia Osei-Bonsu (15), Kwame Osei-Bonsu (6).",
        "Mother: Abena Osei-Bonsu (MS, depression). Maternal grandmother Comfort Osei moved in January 2070.",
        "C&F assessment completed 10 January 2070: young carer needs for Nadia; mother's mental health.",
        "Outcome: step down to Early Help. Young carers' service referral made."])]
    top = outlook_top(f, addr("Adesanya, Femi", "Femi.Adesanya@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Osei-Bonsu - case discussion Fri 17/01 11am", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2850037"],
        [ch("Nadia Osei-Bonsu", "2054-08-07", "07/08/2054"), ch("Kwame Osei-Bonsu", "2063-01-19", "19/01/2063")],
        ["parental_mental_health", "young_carer"], True, None, ["draft_plan"], None, "request_info",
        "R&W step-down for a teenage young carer whose grandmother has moved in: case summary PDF and consent ('Mum and "
        "Nadia have both agreed to Early Help continuing') but the draft plan will follow after a school visit -> "
        "missing draft_plan -> request_info. Case discussion agreed for Fri 17 Jan (within 5 days).",
        docs={"case_summary"}, not_children=["Abena", "Comfort Osei", "Jasper Quint", "Femi Adesanya"],
        writer="social worker")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2070-03-20 22:48:15"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:12pt">
<p>Good night,</p>
<p>I am sorry for my english. I am Luzia Gonçalves, the aunt (sister of the father) of Beatriz Fernandes Moura, she have 7 years, born 11/06/2062. She lives with her mother Daniela in Flat 9, Garratt Court, Earlsfield Road, London SW18.</p>
<p>Tonight at 21h30 I make video call with Beatriz like every Thursday. She have a big blister on the back of the hand, all red and white. She tell me very quiet that the namorado of her mother (the boyfriend, his name is Wesley) press the hot iron on her hand because she spill the juice on his playstation. She was crying. Then Wesley take the phone from her and cut the call and now nobody answer.</p>
<p>Her mother works the night in the hospital (St George's) until 8 in the morning, so Beatriz is alone with this man all the night. This is not the first time she have marks, in Christmas it was on the arm, but the mother say she fall.</p>
<p>My brother (the father) lives in Porto, he cannot come. I am in Luton and I don't have car. Please somebody go to see her tonight. I did not know where to write, I find this address in the internet.</p>
<p>Obrigada,<br>Luzia Gonçalves<br>07700 900238</p>
</div></body></html>
""")
    top = plain_top(f, addr("Luzia Gonçalves", "luzia.goncalves88@sapo.pt"), REH,
                    "Beatriz - my niece - please help tonight", when, "sapo.pt")
    add(f, html_only(f, top, html_body, charset="iso-8859-1"), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Beatriz Fernandes Moura", "2062-06-11", "11/06/2062")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, Thursday night: a Portuguese-speaking paternal aunt saw on a video call tonight a fresh burn on a "
        "7-year-old's hand, which the child says the mother's boyfriend did with an iron; he cut the call and the child is "
        "alone with him until 8am -> alert_duty (out of hours). HTML-only, iso-8859-1 quoted-printable, RFC 2047 From; "
        "second-language English; no alarm words; misdirected to the Early Help inbox.",
        not_children=["Luzia Gonçalves", "Daniela", "Wesley"], how="an HTML-only iso-8859-1 body in second-language English",
        writer="paternal aunt abroad-born, second-language writer")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2070-02-26 09:47:51"
    body = T("""
Morning,

Confirming the step down for Ollie Brannigan (DOB 15/10/2058), Mosaic 2839925, which I agreed with the Early Help duty team manager on the phone yesterday; case discussion Thursday 27 February at 2pm, Teams. The latest case summary and the draft plan for Early Help are attached.

Ollie lives with his mum, Siobhan, and her partner Dev Sandhu, who moved in last year. Ollie's attendance is 85% and he is waiting for an EHC needs assessment for dyslexia; school want a TAF around both.

For completeness, and because it was raised at the start of the assessment: Dev's father, Raymond Sandhu, was convicted of offences against children in 2061. He died in 2067. Ollie never met him and there has never been any contact. This was explored fully in the assessment and there are no current safeguarding concerns. Dev's sister, Kiran, has been a real support to Siobhan and collects Ollie from school twice a week.

Siobhan and Ollie have consented to the step down and to Early Help continuing the plan. Kiran has said she is happy to come to the first TAF.

Thanks,
Martha Ekwueme
Social Worker | Family Support and Child Protection (Richmond) | Richmond and Wandsworth Councils
020 7946 0753

""") + RDISC
    atts = [docx_att("Latest case summary - Brannigan.docx", [
                "# Case summary", "Child: Ollie Brannigan, 15/10/2058. Mosaic 2839925.",
                "Household: Siobhan Brannigan (mother), Dev Sandhu (mother's partner).",
                "Assessment concluded 20 February 2070: attendance 85%, literacy difficulties, EHC needs assessment requested.",
                "Wider family: Dev's father (deceased 2067) had convictions from 2061; no contact ever with Ollie. No current concerns."]),
            docx_att("Draft plan for Early Help - Brannigan.docx", [
                "# Draft plan for Early Help", "Outcome 1: Ollie's attendance above 95% by July (school attendance lead).",
                "Outcome 2: EHC needs assessment progressed (SENCo).",
                "Outcome 3: Siobhan supported with routines; Kiran Sandhu part of the family network plan."])]
    top = outlook_top(f, addr("Ekwueme, Martha", "Martha.Ekwueme@" + RDOM), addr("Early Help Duty", REH),
                      "Step down confirmation - Brannigan - case discussion Thurs 27/02 2pm", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2839925"],
        [ch("Ollie Brannigan", "2058-10-15", "15/10/2058")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: the mother's partner's father's 2061 convictions are historic (he died in 2067, no contact ever, "
        "'no current safeguarding concerns'); the partner's sister is a support. Complete R&W step-down (case summary, "
        "draft plan, consent) -> book_meeting.",
        docs={"case_summary", "draft_plan"}, not_children=["Siobhan", "Dev Sandhu", "Raymond Sandhu", "Kiran", "Martha Ekwueme"],
        writer="social worker")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2070-03-10 09:31:08"
    body = T("""
Dear Early Help,

I am writing about my great-nephew Jordan Pascoe, born 03.03.2058, who has lived with me under a Special Guardianship Order since he was four. I am 77.

The special guardianship allowance of £118.40 a week has not been paid since the 14th of February. I have rung the number on my letter three times and nobody has rung me back. I have had to borrow from my neighbour to pay for Jordan's school trip to Bath (£45).

Somebody at the library said you are the "early help" team and you help families with money, so I am hoping you can tell me what has happened to the allowance or who I should speak to. My reference on the letter is SGA/4471/PAS.

I don't want any fuss, Jordan is a good boy and we manage, I just need the payments sorting.

Yours sincerely
Mrs Doreen Pascoe-Whyte
Flat 2, Mulberry House, Wandsworth SW18
020 7946 0190
""")
    top = plain_top(f, addr("Doreen Pascoe-Whyte", "d.pascoewhyte@talktalk.net"), REH,
                    "Special guardianship allowance \u2013 not paid since February", when, "talktalk.net",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(f, mail(f, top, body, charset="windows-1252"), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [],
        [ch("Jordan Pascoe", "2058-03-03", "03.03.2058")],
        [], None, None, [], None, "human_review",
        "A mistaken great-aunt (special guardian) who thinks the Early Help inbox pays the special guardianship allowance: "
        "an enquiry, not a request -> other, human_review; 'SGA/4471/PAS' is a payments reference, not a case id. "
        "windows-1252 quoted-printable body (£, en dash in the RFC 2047 subject); DOB written 03.03.2058.",
        not_children=["Doreen Pascoe-Whyte"], writer="great-aunt, special guardian, mistaken about the inbox")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2070-03-07 10:12:40"
    data = google_reply(f, when, ("Marjorie Ennis", "marjorie.ennis47@gmail.com"), ("Early Help Duty", REH),
                        "ACCEPTED", "Step-down case discussion [SB-richmond_wandsworth-3391] - Mosaic 2866410",
                        "20700312T140000Z", "20700312T150000Z", "Microsoft Teams",
                        "Wed 12 Mar 2070 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2866410"],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, from the grandmother who is the children's kinship carer, for "
        "the step-down case discussion [SB-richmond_wandsworth-3391] -> meeting_reply, record_reply; the Mosaic number in "
        "the SUMMARY is the case id.", not_children=["Marjorie Ennis"], writer="grandmother (kinship carer) accepting")


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2070-01-15 14:05:26"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Choudhury family, Mosaic 3411820. We are asking for the family to be stepped up from Targeted Early Help to Children's Social Care.

Tahmid Choudhury - 02/02/2057
Nusrat Choudhury - 19/09/2061
Ayaan Choudhury - 25/12/2066

The family (mum, the three children and the paternal grandparents) live in a two-bedroom flat in Bow. Since the paternal grandmother's stroke in November, Tahmid (12) has been getting up in the night to help his grandad turn her and is falling asleep in lessons. Dad works nights as a driver. Ayaan, who is 3, is often in the same nappy all morning, has lost weight on the health visitor's chart and has not been to nursery since December. Mum says she cannot look after everyone. The Early Help plan (family support worker, young carers' service, housing application) has not changed things.

Mum consents to the referral and understands why we are making it.

My manager, Rokeya Begum, has agreed this step up and is copied in.

Kind regards
Shirin Akhtar
Family Support Practitioner | Early Help Hub | London Borough of Tower Hamlets
020 7946 0235

""") + TDISC
    atts = [marf("MARF - Choudhury - Jan 2070.pdf", "Choudhury", [
        "Mosaic: 3411820. Children: Tahmid Choudhury 02/02/2057; Nusrat Choudhury 19/09/2061; Ayaan Choudhury 25/12/2066.",
        "Household: mother, father (night driver), paternal grandparents (grandmother post-stroke, needs personal care).",
        "Reason for request: neglect of Ayaan's basic care and weight; Tahmid's caring role at night; overcrowding.",
        "Parental consent: given by mother 14/01/2070.",
        "Manager agreement: Rokeya Begum, Early Help Team Manager, 15/01/2070."])]
    top = outlook_top(f, addr("Akhtar, Shirin", "Shirin.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Choudhury - MARF attached", when, cc=addr("Begum, Rokeya", "Rokeya.Begum@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3411820"],
        [ch("Tahmid Choudhury", "2057-02-02", "02/02/2057"), ch("Nusrat Choudhury", "2061-09-19", "19/09/2061"),
         ch("Ayaan Choudhury", "2066-12-25", "25/12/2066")],
        ["neglect", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up for a multi-generational household (grandmother after a stroke, a 12-year-old "
        "caring at night, a 3-year-old losing weight): MARF PDF attached, manager agreed and copied, consent -> book_meeting.",
        docs={"request_for_support"}, not_children=["Rokeya Begum", "Shirin Akhtar"], writer="Early Help practitioner")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2070-03-02 17:25:10"
    body = T("""
Assalamu alaikum,

My name is Mizanur Rahman. I am the uncle (mama) of Sabbir Hossain, born 12-08-2054, he is 15. My English is not so good, my daughter help me to write.

Sabbir is not at home since Thursday night. His mother (my sister Rehana) is in Sylhet for our father's funeral, so Sabbir was staying with his stepfather in Mile End. The stepfather says "he is with friends, he is fine, he is big boy", and he did not tell police.

Since January Sabbir has new trainers, two phones, money. He is not going to school. Older men in a black car collect him from the estate.

Today at 4.50 in the afternoon Sabbir sent me on WhatsApp his location, it is a flat in Cordelia Street near Langdon Park, and the message: "mama please come they won't let me go". I called him back and a man answered and said "forget him" and cut. Now the phone is off. I rang 101 and they said they will call me back. Nobody called.

আমি খুব ভয় পাচ্ছি (I am very scared). Please help us to find him tonight.

Mizanur Rahman
07700 900561
""")
    top = plain_top(f, addr("Mizanur Rahman", "mizanur.rahman.e3@gmail.com"), TMAST,
                    "My nephew Sabbir - please help", when, "mail.gmail.com")
    add(f, mail(f, top, body, cte="base64", crlf=False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Sabbir Hossain", "2054-08-12", "12-08-2054")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1, Sunday evening: a maternal uncle (second-language English, a Bengali sentence) reports his "
        "15-year-old nephew missing since Thursday, groomed by older men, who this afternoon sent his location in a flat "
        "with 'they won't let me go'; a man answered 'forget him'; the stepfather has not reported him -> alert_duty "
        "out of hours. Single base64 UTF-8 text/plain part with LF line ends; no alarm words.",
        not_children=["Mizanur Rahman", "Rehana"], how="the body of a base64 UTF-8 mail in second-language English",
        writer="maternal uncle, second-language writer")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2070-02-06 15:12:47"
    body = T("""
Dear MAST,

Please find attached the MARF for the Adebayo-Stone family (Mosaic 3402266), for step up from Targeted Early Help.

Daniel Adebayo-Stone - DOB 14/05/2064
Kemi Adebayo-Stone - DOB 30/10/2069

Summary: mum (Tola) has struggled since Kemi's birth. Missed health visitor contacts (4 of 6), Daniel's attendance 81%, home conditions poor at the last two visits and mum has not engaged with the perinatal team. The Early Help plan has not moved anything on in 12 weeks. Mum consented to the referral when she signed the MARF on Tuesday.

I discussed this with my manager, Tanvir Alam, who agreed the step up today.

I have also attached my note of a phone call from the maternal grandmother this afternoon.

Kind regards
Ella Brightwell
Early Help Practitioner | Early Help Hub | London Borough of Tower Hamlets
020 7946 0418

""") + TDISC
    note = T("""
CALL NOTE - 06/02/2070 14:40
Caller: Mrs Yvonne Adebayo-Stone (maternal grandmother), mobile 07700 900114
Taken by: Ella Brightwell

Yvonne said she went round to Tola's flat (12 Pennyfields Court, E14) at 2pm with shopping. Kemi was in her cot in a soaked nappy and had not been fed since last night; the bottles in the sink were dry. Tola was on the bathroom floor with empty packets of her tablets and a bottle of vodka next to her; Yvonne could not wake her properly, she was mumbling.

Tola's partner's brother, Marcus, is staying there. He told Yvonne to "mind her business" and put her out of the flat. Yvonne is now outside on the walkway and cannot get back in. Kemi is inside with Marcus and Tola. Daniel is at school until 3.15 and normally walks home on his own.

Yvonne said she has not called anyone else because she "doesn't want to get Tola in trouble" and asked me what she should do.
""")
    atts = [marf("MARF - Adebayo-Stone.pdf", "Adebayo-Stone", [
                "Mosaic: 3402266. Children: Daniel Adebayo-Stone 14/05/2064; Kemi Adebayo-Stone 30/10/2069.",
                "Reason for request: neglect of both children's basic care; mother's low mood after the birth; non-engagement with health.",
                "Parental consent: signed by mother 04/02/2070.",
                "Manager agreement: Tanvir Alam, Early Help Team Manager, 06/02/2070."]),
            text_att("Call note - maternal grandmother 06.02.2070.txt", note)]
    top = outlook_top(f, addr("Brightwell, Ella", "Ella.Brightwell@" + TDOM), addr("MAST", TMAST),
                      "Step up - Adebayo-Stone - MARF", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3402266"],
        [ch("Daniel Adebayo-Stone", "2064-05-14", "14/05/2064"), ch("Kemi Adebayo-Stone", "2069-10-30", "30/10/2069")],
        ["neglect", "non_engagement", "parental_mental_health", "substance_misuse"], True, True, [], None, "alert_duty",
        "Safety rule 1 only in an ATTACHED text/plain call note: the grandmother found the mother barely rousable on the "
        "floor with empty tablet packets and vodka, a 3-month-old unfed, and has been put out of the flat by the partner's "
        "brother; the body is a calm, complete MAST step-up (MARF, consent, manager agreed) -> alert_duty, nothing missing.",
        docs={"request_for_support"}, not_children=["Yvonne Adebayo-Stone", "Tola", "Marcus", "Tanvir Alam", "Ella Brightwell"],
        how="a text/plain attachment (a call note from the grandmother), the body calm", writer="Early Help practitioner relaying the grandmother")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2070-01-20 20:05:33"
    body = T("""
Hello,

I am asking for advice only. This is not about something that has happened.

My sister has a new boyfriend, they have been together about two months. The children (my niece is 9 and my nephew is 6) are happy, they like him, and I see them every weekend. He has never been nasty to her or the kids that I know of.

My question is hypothetical. IF he was ever violent to my sister in front of the children, what would you do? Would you take the children away from her? My sister is scared of social services because of what she has read online and I want to be able to tell her the truth.

Also if I was worried in future, would I ring you or the police?

Thank you
Samira Khanom
""")
    top = plain_top(f, addr("Samira Khanom", "samira.k.1991@yahoo.co.uk"), TEH,
                    "question about what happens", when, "yahoo.co.uk",
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "Near miss: an aunt's explicitly hypothetical question ('IF he was ever violent ...', 'not about something that "
        "has happened', 'never been nasty') -> not urgent, no concern; children unnamed -> other, human_review.",
        not_children=["Samira Khanom"], writer="maternal aunt, hypothetical")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2070-02-11 08:30:00"
    text = T("""
TOWER HAMLETS KINSHIP CARERS' NETWORK - February bulletin

Hello everyone,

Our next peer session is on Thursday 27 February, 10am-12 noon, at the Chrisp Street Idea Store. The theme is "When should I call children's services?".

To get us talking, our facilitator has written three short example scenarios. They are fictional and for discussion only - they are not about any real family, so please do not refer them to anyone:

1. A grandmother arrives to find her 4-year-old grandson alone in the flat at night, and his mum's phone is off.
2. An uncle's 14-year-old nephew has been missing for two nights and texts "come and get me" from an address he doesn't know.
3. An aunt sees a burn on her niece's hand on a video call and the child says the mother's boyfriend did it.

We will talk through what you would do, who you would ring (999 if a child is in danger right now, the MAST in office hours, the out-of-hours team at night), and what happens next.

Also this month: the kinship allowance review drop-in (Tuesday 18 February, half term, children welcome) and our new Bengali-speaking grandparents' group.

Best wishes
Halima Ferreira-Noor
Kinship Network Co-ordinator

You are receiving this because you signed up to the Tower Hamlets Kinship Carers' Network. Unsubscribe: https://lists.kinship-th.org.uk/unsubscribe
""")
    top = plain_top(f, addr("Kinship Carers' Network", "bulletin@kinship-th.org.uk"), TEH,
                    "February bulletin: when should I call children's services?", when, "kinship-th.org.uk",
                    extra=[("List-Id", "Kinship Carers Network <bulletin.kinship-th.org.uk>"),
                           ("List-Unsubscribe", "<https://lists.kinship-th.org.uk/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, gmail_mail(f, top, text), "tower_hamlets", "early_help_duty", when, 1,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "Near miss: a kinship carers' network bulletin whose three 'fictional ... not about any real family' example "
        "scenarios echo this set's urgent mails (a child alone, a missing nephew, a burn) and whose 'in danger' is advice "
        "-> a bulletin listing examples must not trigger rule 1; mailing-list headers but no Auto-Submitted -> other.",
        writer="kinship carers' network bulletin")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2070-03-13 12:34:19"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} td{border:1px solid #999;padding:3px 6px;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Early Help Hub,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please accept this step down to a Team Around the Family for the Ali children, following the Child and Family Assessment which concluded on 4 March 2070. The children live with their maternal aunt, Ms Farzana Ali, under a Special Guardianship Order.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" cellspacing="0" cellpadding="0">
<tr><td><b>Child</b></td><td><b>DOB</b></td><td><b>Mosaic</b></td></tr>
<tr><td>Yasmin Ali</td><td>06/06/2059</td><td>3398214</td></tr>
<tr><td>Idris Ali</td><td>22/02/2065</td><td>3398215</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Idris has an autism diagnosis and an EHCP; the assessment found Farzana needs practical help with his sleep and with transport to his special school, not social work.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Consent:</b> Farzana (special guardian) has signed the consent to the step down and to a TAF.</p>
<p class="MsoNormal"><b>Lead Practitioner:</b> Ms Hannah Oduya, Family Support Worker, Cleveland Fields Primary School (Yasmin's school), who has agreed to the role.</p>
<p class="MsoNormal"><b>Attached:</b> the Child and Family Assessment and the draft TAF plan.</p>
<p class="MsoNormal"><b>TAF meeting:</b> I will chair it on Tuesday 25 March at 10am at Cleveland Fields Primary School.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards<br>Declan Mwangi-Ross<br>Social Worker | Children's Social Work (Assessment) | London Borough of Tower Hamlets<br>020 7946 0862</p>
</div></body></html>
""")
    atts = [pdf_att("C&F Assessment - Ali - concluded 04.03.2070.pdf", "Child and Family Assessment - Ali", [
                "Children: Yasmin Ali (06/06/2059), Idris Ali (22/02/2065). Mosaic 3398214 / 3398215.",
                "Carer: Farzana Ali, maternal aunt, Special Guardianship Order (2066).",
                "Analysis: the children are well cared for; Idris's autism and sleep place heavy demands on the carer.",
                "Recommendation: step down to a TAF with a lead practitioner from school; short breaks referral."]),
            docx_att("Draft TAF plan - Ali.docx", [
                "# Draft TAF plan", "1. Short breaks referral for Idris (lead practitioner, by April).",
                "2. Sleep support via the community paediatric team.",
                "3. SEN transport review (SEN team).", "4. Kinship carers' network for Farzana."])]
    top = outlook_top(f, addr("Mwangi-Ross, Declan", "Declan.Mwangi-Ross@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Ali children", when)
    add(f, html_only(f, top, html_body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3398214", "3398215"],
        [ch("Yasmin Ali", "2059-06-06", "06/06/2059"), ch("Idris Ali", "2065-02-22", "22/02/2065")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down for children with an aunt who is their special guardian (HTML-only Outlook, "
        "children in a table): C&F assessment PDF, draft TAF plan .docx, the special guardian's signed consent, a named "
        "lead practitioner with her school -> book_meeting. TAF 25 Mar is within 10 WD of the assessment ending 4 Mar.",
        docs={"assessment", "draft_plan"}, not_children=["Farzana Ali", "Hannah Oduya", "Declan Mwangi-Ross"],
        writer="social worker")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2070-03-19 07:48:36"
    fwd = T("""
Begin forwarded message:

From: Remi Okafor <remi.okafor.2057@gmail.com>
Date: 19 March 2070 at 07:31:12 GMT
To: Jade Okafor <jadeokafor@icloud.com>
Subject: jade

jade mum wont wake up. shes on the kitchen floor and theres blood by her head and Tiwa keeps crying. she was drinking with uncle Tayo last night and he went. i shook her and she made a noise but her eyes are shut. i dont know what to do. i have to go to school. please ring me my phone has no credit
""")
    body = T("""
This is from my little brother this morning. He's 12. I'm at uni in Leeds and I can't get through to him or mum or anyone. Tiwa is our baby sister, she's 1. The address is 41 Lindfield House, Stepney Way, London E1. Please can someone go round, I'm getting the train but it's 3 hours.

Jade Okafor
07700 900847

Sent from my iPhone
""") + "\n" + fwd
    top = plain_top(f, addr("Jade Okafor", "jadeokafor@icloud.com"), TMAST, "Fwd: jade", when, "icloud.com",
                    extra=[("X-Mailer", "iPhone Mail (23D60)")])
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Remi Okafor")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED message: an adult sister at university forwards her 12-year-old brother's email "
        "from 07:31 - mother unresponsive on the floor with blood by her head after drinking, a 1-year-old crying, the "
        "boy alone with them -> alert_duty (07:48, before office hours). Remi is named in full in the forwarded From "
        "line (no DOB); the baby by first name only is not labelled.",
        not_children=["Jade Okafor", "Tiwa", "Tayo"], how="a forwarded message below the sister's short note",
        writer="adult sister forwarding a 12-year-old brother's message")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2070-01-31 11:02:58"
    ack = ack_text("step-down", "SB-tower_hamlets-6042", ["Case: 3405518", "Children: Zayn Miah"],
                   ["lead_practitioner: the name and agency of the identified Lead Practitioner"])
    body = T("""
Dear Sir/Madam

Ms Sultana the social worker copied me into this email as I am Zayn's grandfather and he lives with me and my wife since his father passed away.

It says something is missing "lead practitioner". Is this me? Do I need to fill a form? I am happy to do whatever is needed for Zayn. I am at home every day except Friday for jummah. My number is 020 7946 0775.

Also please tell me, is this the same as the court case number? I have a different number on the paper from the court.

Thank you
Abdul Miah
""") + "\n" + "On Fri, 31 Jan 2070 at 09:12, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:\n" + quoted(ack)
    top = plain_top(f, addr("Abdul Miah", "abdulmiah1951@hotmail.co.uk"), TEH,
                    "Re: Step-down request received [SB-tower_hamlets-6042]", when, "hotmail.co.uk",
                    cc=addr("Sultana, Nasreen", "Nasreen.Sultana@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 8,
        "ordinary", "follow_up", False, None, ["3405518"],
        [ch("Zayn Miah")],
        [], None, None, [], None, "attach_to_request",
        "A grandfather (the child's carer, copied in by the social worker) replies to the acknowledgement "
        "[SB-tower_hamlets-6042] asking whether he is the 'lead practitioner' and about his court number - a mistaken "
        "but calm reply on an existing request -> follow_up, attach_to_request. Case id and child from the quoted ack.",
        not_children=["Abdul Miah", "Ms Sultana"], writer="grandfather, mistaken about 'lead practitioner'")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def single_assessment(fname, lines):
    return pdf_att(fname, "Single Assessment - analysis and step-down rationale", lines)

def torbay_01():
    f = "torbay_01.eml"; when = "2070-01-07 10:40:03"
    body = T("""
Hi Early Help,

Please can I have a triage slot for a step down to level 3 Early Help for the Rowse children, LCS-5120448:

Lily Rowse - 08/08/2061
Harvey Rowse - 12/01/2066 (4 next week, so I think this is the under-5s triage)

Mum (Kirsty) and the children moved in with her parents, Graham and Denise Rowse, in Brixham in November after the tenancy in Paignton broke down. The assessment found that the grandparents give the children stable day-to-day care and that what is left is mum's low mood and the state of the children's clothes and teeth when they were in the flat, which is now much better. The Single Assessment with my analysis and the rationale for stepping down is attached; my team manager has added her analysis confirming the threshold for level 3 is met.

Kirsty has consented to level 3 Early Help and Denise would like to be part of the plan.

Thanks
Ryan Pillar
Social Worker | Single Assessment Team | Torbay Council
01632 960771 | mobile 07700 900318

""") + BDISC
    atts = [single_assessment("Single Assessment - Rowse - Jan 2070.pdf", [
        "LCS-5120448. Children: Lily Rowse (08/08/2061), Harvey Rowse (12/01/2066).",
        "Household: Kirsty Rowse (mother); Graham and Denise Rowse (maternal grandparents), Brixham.",
        "Analysis: neglect of physical care while in the Paignton flat (clothes, dental decay) now improving; mother's low mood (GP).",
        "Rationale for step-down: the children's needs can be met by a level 3 Early Help plan with the grandparents' support.",
        "Team Manager's analysis (Jo Whiteway, 06/01/2070): I agree the threshold for level 3 intervention is met and support the step down."])]
    top = outlook_top(f, addr("Pillar, Ryan", "Ryan.Pillar@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down level 3 - Rowse - LCS-5120448", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-5120448"],
        [ch("Lily Rowse", "2061-08-08", "08/08/2061"), ch("Harvey Rowse", "2066-01-12", "12/01/2066")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down for a mother and children living with the maternal grandparents: Single "
        "Assessment PDF with the team manager's analysis (threshold met), consent -> book_meeting. Harvey turns 4 on 12 "
        "Jan, so the fortnightly under-5s triage applies.",
        docs={"assessment"}, not_children=["Kirsty", "Graham", "Denise Rowse", "Ryan Pillar", "Jo Whiteway"],
        writer="social worker")

def torbay_02():
    f = "torbay_02.eml"; when = "2070-01-24 16:55:21"
    body = T("""
Please read this now. My daughter Kelly Coombes rang me 20 minutes ago from her car. She has Jacob (6) and Tilly (2) in the back with her. She said she is driving to Berry Head and "we're all going to be together with Nan Pat" - my mum, who died in the summer. She said "don't try and stop me, they're asleep, I gave them something so they won't be scared". Then she hung up and her phone is off.

Kelly stopped her antidepressants before Christmas. She has not been right since mum's funeral.

The children are Jacob Coombes and Tilly Coombes. Kelly drives a silver Ford Fiesta. She lives at 3 Pennywell Close, Paignton.

I have rung the police. I am sending this as well because Kelly's family worker is from your Early Help team and I don't know who else to tell. I am in Exeter and can't get there.

Sandra Coombes
07700 900966
""")
    top = plain_top(f, addr("Sandra Coombes", "sandra.coombes61@gmail.com"), BMASH,
                    "URGENT - my daughter has the children in the car", when, "mail.gmail.com")
    add(f, gmail_mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jacob Coombes"), ch("Tilly Coombes")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "Safety rule 1, Friday 16:55: a grandmother reports that her daughter, off her antidepressants, is driving a 6- "
        "and a 2-year-old to a cliff-top headland to be 'together with' her dead mother and has sedated them -> "
        "alert_duty. One of the three urgent mails allowed an alarm word (URGENT in the subject). Police told; that does "
        "not make it less urgent.",
        not_children=["Kelly Coombes", "Sandra Coombes", "Nan Pat"], how="the body (and URGENT in the subject), a frightened grandmother",
        writer="maternal grandmother, frightened", alarm_ok=True)

def torbay_03():
    f = "torbay_03.eml"; when = "2070-03-03 09:15:47"
    body = T("""
Good morning,

I'm the children's grandfather on their mum's side. The police officer who came on Saturday night said she would let your team know, but I wanted to write myself as well.

On Saturday night my daughter Amy's partner, Dean, went for her in front of the children. The police arrested him at the house. He has been charged and was remanded in custody by the magistrates on Monday until his trial; the officer told us he will not be getting out. Amy, Ruby Hannaford (6) and Oscar Hannaford (4) are staying with my wife and me in Paignton and they are safe here, they're not going back to that house.

What I want to ask is what happens next, and whether there is any help for the children. Oscar has started wetting the bed again and Ruby keeps asking if Dean is coming back. Amy is very shaken but she is sensible and she wants help for them.

Yours,
Geoffrey Hannaford
01632 960418
""")
    top = plain_top(f, addr("Geoffrey Hannaford", "g.hannaford@btinternet.com"), BEH,
                    "Ruby and Oscar Hannaford - what happens now?", when, "btinternet.com",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Ruby Hannaford"), ch("Oscar Hannaford")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "Near miss (already safe, managed): a grandfather writes after the mother's partner assaulted her on Saturday; he "
        "was arrested, charged and remanded in custody, and the mother and children are living with the grandparents -> "
        "not an immediate risk; asks what happens next -> other, human_review. The domestic abuse is recent and the "
        "children's current need, so it is labelled.",
        not_children=["Amy", "Dean", "Geoffrey Hannaford"], writer="maternal grandfather, calm")

def torbay_04():
    f = "torbay_04.eml"; when = "2070-03-12 11:50:12"
    body = T("""
Dear MASH,

Contact to MASH for the Stoneman children, EHM-861204, open to level 3 Early Help since June:

Kayden Stoneman - DOB 29/04/2058
Evie Stoneman - DOB 17/12/2062

New information since the last TAF: Kayden's attendance has fallen to 76% and Evie's to 83%; both are regularly arriving without breakfast and in unwashed uniform; there has been no food in the house at two home visits this month and the electricity meter was empty on 10 March. Mum says she is overwhelmed since her mother (the children's nan, who did a lot of the care) moved into a care home in February.

For completeness: mum's brother, Wayne Stoneman, was released from HMP Exeter on licence on 3 March. His licence conditions prohibit any contact with children under 18, he lives in approved premises in Exeter and he is managed under MAPPA. Probation have confirmed to me in writing that no contact with the family has taken place and mum has said she does not want any. This is planned and managed and is not the reason for this contact.

Mum consents to the contact to MASH. My team manager, Rachel Tozer, and I agree this needs considering for a level 4 statutory response.

Kind regards
Bethan Gilbey
Family Intervention Worker | Early Help | Torbay Council
07700 900727

""") + BDISC
    top = outlook_top(f, addr("Gilbey, Bethan", "Bethan.Gilbey@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Stoneman - EHM-861204", when, cc=addr("Tozer, Rachel", "Rachel.Tozer@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-861204"],
        [ch("Kayden Stoneman", "2058-04-29", "29/04/2058"), ch("Evie Stoneman", "2062-12-17", "17/12/2062")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss (planned and managed): the uncle released on licence is barred from contact with children, lives in "
        "approved premises under MAPPA, and probation confirm no contact -> not urgent, not a concern. Complete Torbay "
        "step-up (contact to MASH) for neglect and attendance after the grandmother who did much of the care went into a "
        "care home: consent and the TM's agreement -> book_meeting.",
        not_children=["Wayne Stoneman", "Rachel Tozer", "Bethan Gilbey"], writer="Early Help worker")

def torbay_05():
    f = "torbay_05.eml"; when = "2070-03-14 15:20:39"
    body = T("""
Hi Early Help,

Please can I have a triage slot for a step down to level 3 for the Tremlett children, LCS-5133907:

Alfie Tremlett - 06/07/2060
Mia Tremlett - 21/02/2065

Mum (Leah) has done well on the CIN plan. Her low mood is being treated by the GP and she is attending the Talking Therapies course; Alfie's attendance is 88% and improving. The Single Assessment with my analysis and rationale, and my team manager's analysis confirming the threshold for level 3 is met, is attached. Leah consents to level 3 Early Help.

Leah's mum, Mrs Jean Tremlett, is a big part of the children's lives and has written a page about the family for the plan, which she handed to me at the home visit at lunchtime today. I've attached it as she gave it to me - I haven't had chance to go through Nan's page yet as I've come straight into a court day.

Thanks
Holly Prowse
Social Worker | Safeguarding and Supporting Families | Torbay Council
07700 900593

""") + BDISC
    nan = [
        "# What I want you to know - from Nan (Jean Tremlett)",
        "I have Alfie and Mia every Tuesday and Thursday after school and some weekends. They are lovely children and Leah has tried hard this year, I am proud of her.",
        "I want to say how much better Alfie is at school. He is reading to me every night now.",
        "But there is something I have to tell somebody and I can't say it in front of Leah. Kyle came back on Tuesday. He is living there again even though your lady said he wasn't allowed after what he did to Leah in October.",
        "Last night he threw Mia against the wardrobe because she wouldn't stop crying. She has a big lump on the side of her head and she has been sick three times this morning and keeps wanting to sleep. Leah won't take her to the doctor because of what they will ask. Mia is at home with them today, she didn't go to school.",
        "Please don't let Leah know this came from me.",
        "Jean",
    ]
    atts = [single_assessment("Single Assessment - Tremlett - Mar 2070.pdf", [
                "LCS-5133907. Children: Alfie Tremlett (06/07/2060), Mia Tremlett (21/02/2065).",
                "Analysis: mother's low mood now treated; attendance improving (88%); the CIN plan's goals met.",
                "Rationale for step-down: needs can be met at level 3 with Talking Therapies and school support.",
                "Team Manager's analysis (Mark Eddy, 13/03/2070): threshold for level 3 intervention met; step down supported."]),
            docx_att("Family views - from Nan (Jean Tremlett).docx", nan)]
    top = outlook_top(f, addr("Prowse, Holly", "Holly.Prowse@" + BDOM), addr("Early Help", BEH),
                      "Step down level 3 - Tremlett - LCS-5133907", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "urgent", "step_down", True, 3, ["LCS-5133907"],
        [ch("Alfie Tremlett", "2060-07-06", "06/07/2060"), ch("Mia Tremlett", "2065-02-21", "21/02/2065")],
        ["domestic_abuse", "parental_mental_health", "physical_harm", "school_attendance"], True, True, [], None, "alert_duty",
        "Safety rule 1 only in an ATTACHED .docx the worker has not read: the grandmother writes that the mother's barred "
        "ex-partner is back, threw the 5-year-old against a wardrobe last night, and the child has a head lump, has been "
        "sick three times and is drowsy at home today with no doctor -> alert_duty. The step-down itself is complete "
        "(Single Assessment with TM analysis, consent, level 3 stated).",
        docs={"assessment"}, not_children=["Leah", "Jean Tremlett", "Kyle", "Holly Prowse", "Mark Eddy"],
        how="a .docx attachment written by the grandmother, which the sender says she has not read", writer="social worker passing on the grandmother's page")

def torbay_06():
    f = "torbay_06.eml"; when = "2070-01-29 13:37:14"
    ack = ack_text("step-down", "SB-torbay-4471", ["Case: LCS-5127710", "Children: Tegan Yeo"],
                   ["consent: confirmation that the family's consent for level 3 Early Help has been sought and given"])
    body = T("""
Hi,

Tegan lives with her paternal grandmother, Mrs Margaret Yeo, who holds a Special Guardianship Order. I saw Margaret this morning and she has given her consent to level 3 Early Help; her signed consent form is attached.

Thanks
Callum Friend
Social Worker | Single Assessment Team | Torbay Council
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "27 January 2070 15:02",
             "Friend, Callum <Callum.Friend@torbay.gov.uk>", "Step-down request received [SB-torbay-4471]", ack)
    atts = [pdf_att("Consent form - Yeo - signed.pdf", "Consent to Early Help (level 3)", [
        "Child: Tegan Yeo. LCS-5127710.",
        "I consent to my family receiving level 3 Early Help and to information being shared for that purpose.",
        "Signed: Margaret Yeo (special guardian). Date: 29/01/2070."])]
    top = outlook_top(f, addr("Friend, Callum", "Callum.Friend@" + BDOM), addr("Early Help", BEH),
                      "RE: Step-down request received [SB-torbay-4471]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-5127710"],
        [ch("Tegan Yeo")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-torbay-4471] bringing the consent the acknowledgement asked for, given by the grandmother who is "
        "the child's special guardian (signed form attached) -> consent true; follow_up -> attach_to_request.",
        not_children=["Margaret Yeo", "Callum Friend"], writer="social worker")

def torbay_07():
    f = "torbay_07.eml"; when = "2070-02-27 18:05:55"
    body = T("""
Hi there,

I'm writing about my nephew Brandon Heard, DOB 08/11/2054. He's 15 and in year 11 at Paignton Community College.

Honestly he's in danger of failing all his GCSEs. His attendance is 80% this year, he's lost his place on the college football academy list and he says his teachers have "given up on him". My sister (his mum) is a single parent working two jobs and she hasn't got time to chase it. She also won't let me take him to his football on a Saturday because she thinks I'll let him stay out late, which is a bit much!

Is there any help from the council like a tutor or a mentor? I'd pay towards it if that's what it takes. Or is there a form I should fill in? I found this address on the Torbay website under "children".

Cheers
Lee Heard (uncle)
07700 900182
""")
    top = plain_top(f, addr("Lee Heard", "lee.heard.plumbing@outlook.com"), BMASH,
                    "Help for my nephew", when, "outlook.com",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [],
        [ch("Brandon Heard", "2054-11-08", "08/11/2054")],
        ["school_attendance"], None, None, [], None, "human_review",
        "Near miss: an uncle's 'in danger of failing all his GCSEs' is a figure of speech; a tutoring enquiry with a "
        "family disagreement about football, nothing harmful -> not urgent; attendance 80% is a current concern; not a "
        "request from a practitioner -> other, human_review.",
        not_children=["Lee Heard"], writer="maternal uncle, mistaken about what MASH does")

def torbay_08():
    f = "torbay_08.eml"; when = "2070-01-10 09:58:27"
    data = outlook_itip_reply(f, when, ("Kerenza Rowe", "Kerenza.Rowe@nhs.net"), ("Early Help", BEH),
                              "TENTATIVE", "Under-5s triage - Rowse family [SB-torbay-4468] LCS-5120448",
                              "20700114T093000", "20700114T100000", "Microsoft Teams Meeting",
                              "May be 10 minutes late - baby clinic until 9.30. Grandmother Denise has asked to be kept informed.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-5120448"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE from the health visitor for torbay_01's under-5s triage slot (Tue 14 Jan "
        "09:30), with a routine COMMENT -> meeting_reply, record_reply; LCS id from the SUMMARY.",
        not_children=["Kerenza Rowe", "Denise"], writer="health visitor")


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def eha_plan(fname, family, lines):
    return docx_att(fname, ["# Early Help Assessment step-down plan - " + family] + lines)

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2070-01-21 10:02:45"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Bronwen Hale (co-ordinator) at last Tuesday's drop-in, please find attached the Early Help Assessment step-down plan and the signed consent form for the Hopkins-Rees sibling group, stepping down at Level 3 (Intensive).

Dylan Hopkins-Rees - 17/03/2058 - Mosaic ID 712240
Megan Hopkins-Rees - 09/09/2063 - Mosaic ID 712241

The children have lived with their maternal grandparents, Huw and Eirlys Rees, on the family's smallholding near Kington since 2067, under a Child Arrangements Order. The s17 assessment found the grandparents meet the children's needs well; what remains is Dylan's school attendance (86%) now the school bus has been withdrawn, and support for the grandparents. Huw and Eirlys have signed the consent form.

Key person: Sian Probert, Learning Mentor, Kington Brook Academy (01632 960552), who has agreed with the family to lead on this step down.

The assessment decision was made on 14 January, so this is within the two weeks.

Kind regards
Gareth Lloyd-Parry
Social Worker | Children's Assessment Team | Herefordshire Council
01632 960390

""") + HDISC
    atts = [eha_plan("EHA step-down plan - Hopkins-Rees.docx", "Hopkins-Rees", [
                "Children: Dylan Hopkins-Rees (17/03/2058), Megan Hopkins-Rees (09/09/2063).",
                "Carers: Huw and Eirlys Rees (maternal grandparents), Child Arrangements Order 2067.",
                "What needs to happen: transport to school for Dylan (school transport team, by February half term); carers' support group for Huw and Eirlys (co-ordinator, March); Megan's swimming club funding (key person).",
                "Key person: Sian Probert, Learning Mentor, Kington Brook Academy.",
                "Outcome: Dylan's attendance above 95%; carers feel supported. Review at the MAG."]),
            pdf_att("Signed consent - Hopkins-Rees.pdf", "Consent to Early Help step-down", [
                "Children: Dylan Hopkins-Rees, Megan Hopkins-Rees.",
                "We consent to the step down to Early Help and to information sharing.",
                "Signed: Huw Rees, Eirlys Rees (holders of a Child Arrangements Order). Date: 16/01/2070."])]
    top = outlook_top(f, addr("Lloyd-Parry, Gareth", "Gareth.Lloyd-Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Hopkins-Rees sibling group - Level 3", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["712240", "712241"],
        [ch("Dylan Hopkins-Rees", "2058-03-17", "17/03/2058"), ch("Megan Hopkins-Rees", "2063-09-09", "09/09/2063")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down for children living with grandparents under a Child Arrangements "
        "Order: EHA step-down plan .docx, consent form signed by the grandparents (PDF), key person with agency; level 3 "
        "stated; 'Mosaic ID 712240' -> '712240' -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Huw Rees", "Eirlys Rees", "Sian Probert", "Bronwen Hale", "Gareth Lloyd-Parry"],
        writer="social worker")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2070-03-15 22:10:31"
    body = T("""
hello my name is Keeley Morris im 14. me and my brother Jake Morris hes 8 have been put out of the house. dads girlfriend Tanya made us go at 7 oclock because i answered her back and she said we can't come back in till dad says. dad is at the pub and hes not answering his phone. our nan who we normally go to is in hospital in worcester

we are in the bus shelter on holmer road near the garage. its freezing, jake has only got his pyjamas and his hoodie and his slippers. my phone is on 6%. i tried knocking again at 9 and tanyas son shouted out the window to go away

i didnt know who to tell, i found this email on the school website

Keeley
""")
    top = plain_top(f, addr("keeley m", "keeleymorris.2055@gmail.com"), HMASH, "please help me and my brother", when,
                    "mail.gmail.com")
    add(f, gmail_mail(f, top, body), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Keeley Morris"), ch("Jake Morris")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1, Saturday 22:10: a 14-year-old writes that she and her 8-year-old brother (in pyjamas) were put "
        "out of the house at 7pm by their father's girlfriend, are in a bus shelter in the cold, father unreachable, "
        "grandmother in hospital -> alert_duty out of hours. The writer is a child named in full, so both children are "
        "labelled; no alarm words.",
        not_children=["Tanya"], how="the body, from a 14-year-old sister herself", writer="teenage sister (14), the writer is a child")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2070-01-16 14:30:12"
    body = T("""
Dear Early Help team,

I am writing because I do not know where else to go. My son Robert is 34 and he has moved back in with me since he lost his flat. He drinks every day. When he has no money he shouts at me and he has pushed me twice, and last week he took my bank card. I am frightened of him in my own home. I am 72.

I want to make clear that this is about me. Robert has no children. My grandchildren (my daughter's two) live in Bristol with their mum and have nothing to do with him; he has not seen them for years and they do not visit here.

Someone at the surgery said Early Help might know who can help. Is there anybody I can talk to?

Mrs Valerie Bowkett
Leominster
01632 960674
""")
    top = plain_top(f, addr("Valerie Bowkett", "valbowkett@aol.com"), HEH, "My son", when, "aol.com",
                    extra=[("X-Mailer", "AOL Webmail 46.8.2")])
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "Near miss (adult only): a grandmother frightened of her adult son who pushes her and took her bank card - adult "
        "safeguarding; he has no children and no contact with the grandchildren, who live elsewhere -> not a child "
        "protection risk; misdirected -> other, human_review; no child named.",
        not_children=["Robert", "Valerie Bowkett"], writer="grandmother, adult-only worry")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2070-02-05 15:48:09"
    body = T("""
Hi,

Step down for Isaac Wynne (23/11/2060) and Elsie Wynne (14/02/2067), Mosaic 715903. The EHA step-down plan is attached.

Dad, Owen Wynne, has been the children's main carer since mum left in 2068. His depression was the reason for the C&F assessment; he is now on medication and seeing the community mental health team, and his new partner's mother, Mrs Ann Pugh, helps with after-school care three days a week.

Owen has agreed verbally to the step down; I'll get the consent form signed at my visit next Wednesday. We haven't identified the key person yet: I'm hoping it will be the school's family support worker but I need to speak to the head first.

Thanks
Nia Jarman
Social Worker | Children's Assessment Team | Herefordshire Council
01632 960285

""") + HDISC
    atts = [eha_plan("EHA step-down plan - Wynne.docx", "Wynne", [
        "Children: Isaac Wynne (23/11/2060), Elsie Wynne (14/02/2067). Mosaic 715903.",
        "What needs to happen: father's mental health support continues (CMHT); after-school care with Mrs Pugh; school to monitor Isaac's mood.",
        "Key person: to be confirmed."])]
    top = outlook_top(f, addr("Jarman, Nia", "Nia.Jarman@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Wynne - Mosaic 715903", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["715903"],
        [ch("Isaac Wynne", "2060-11-23", "23/11/2060"), ch("Elsie Wynne", "2067-02-14", "14/02/2067")],
        ["parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the plan only: dad's verbal agreement is consent stated (true) but the written "
        "consent form comes next week, and no key person is identified -> missing consent_form, lead_practitioner -> "
        "request_info. The father's new partner's mother helps with care. Level not stated -> null.",
        docs={"draft_plan"}, not_children=["Owen Wynne", "Ann Pugh", "Nia Jarman"], writer="social worker")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2070-03-10 09:22:18"
    ack = ack_text("step-down", "SB-herefordshire-812", ["Case: Mosaic 714377", "Children: Ffion Rees"],
                   ["consent_form: the family's written consent"])
    vm = T("""
From: Microsoft Outlook <MicrosoftExchange@herefordshire.gov.uk>
Sent: 09 March 2070 21:47
To: Watkins, Delyth <Delyth.Watkins@herefordshire.gov.uk>
Subject: Voice Mail (1 minute 52 seconds) from 07700 900783

Transcript (preview):
Hello, it's Glyn, Ffion's grandad, Cerys's dad. It's Sunday night, about quarter to ten. It's about the baby, Osian, Osian Rees. His arm's not right, Delyth. He screams when you touch it, it's swollen up and it just hangs there, it's been like that since Friday night. Cerys says he rolled off the settee but he can't roll, he's eleven weeks old. She won't take him up the hospital, she says they'll take him off her. Her boyfriend's there with them, he won't let me in the house now. Please can somebody go round first thing. I'm at 4 Old Barn Lane, Bromyard if you need me.

You received a voice mail from 07700 900783.
""")
    body = T("""
Hi,

Adding the signed consent form for Ffion Rees, as requested - attached.

I've just got back from a week's leave and found the voicemail below from Ffion's grandfather on my work phone, left last night. Forwarding it to you too as it was on my phone for this family; I'm ringing my manager now.

Delyth Watkins
Social Worker | Children's Assessment Team | Herefordshire Council
01632 960811

""") + quote("Microsoft Outlook <MicrosoftExchange@herefordshire.gov.uk>", "09 March 2070 21:47",
             "Watkins, Delyth <Delyth.Watkins@herefordshire.gov.uk>", "Voice Mail (1 minute 52 seconds) from 07700 900783",
             vm.split("\n\n", 1)[1]) + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
             "28 February 2070 11:30", "Watkins, Delyth <Delyth.Watkins@herefordshire.gov.uk>",
             "Step-down request received [SB-herefordshire-812]", ack)
    atts = [pdf_att("Consent form signed - Rees.pdf", "Consent to Early Help step-down", [
        "Child: Ffion Rees. Mosaic 714377.",
        "I consent to the step down to Early Help and to information sharing.",
        "Signed: Cerys Rees (mother). Date: 27/02/2070."])]
    top = outlook_top(f, addr("Watkins, Delyth", "Delyth.Watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received [SB-herefordshire-812]", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["714377"],
        [ch("Ffion Rees"), ch("Osian Rees")],
        ["neglect", "physical_harm"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a FORWARDED voicemail transcript under a routine follow-up to [SB-herefordshire-812] that adds "
        "the signed consent: the grandfather says an 11-week-old's arm has been swollen and hanging since Friday, an "
        "implausible explanation, the mother refuses hospital, and he is kept out -> alert_duty. Consent true (signed "
        "form). 'Mosaic 714377' -> '714377'. No alarm words.",
        not_children=["Glyn", "Cerys Rees", "Delyth Watkins"], how="a forwarded voicemail transcript from the grandfather, under a routine follow-up",
        writer="social worker forwarding the grandfather's voicemail")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2070-02-25 11:11:36"
    body = T("""
Dear Co-ordinators,

Please find the step-down plan and signed consent for Amelia Thorne (DOB 10/10/2062), Mosaic 713862, stepping down at level 3. I discussed her with a co-ordinator at the drop-in on 18 February.

For your information, as it will be in the case history: in November, Amelia's mum's new partner's father, who has a conviction for offences against children, was found to be visiting the home. A strategy discussion was held the same week, mum ended all contact with him, he moved to Cornwall in December, and police and probation have confirmed there has been no contact since. The s47 enquiry concluded with no further action and the CIN plan has now done its work. There are no current concerns about him.

What remains is Amelia's attendance (87%) and her anxiety about school, which the key person will pick up.

Key person: Mrs Joanne Vaughan, Family Support Worker, Ross-on-Wye Family Centre.

Regards
Tomos Baines
Social Worker | Children's Assessment Team | Herefordshire Council
01632 960733

""") + HDISC
    atts = [eha_plan("EHA step-down plan - Thorne.docx", "Thorne", [
                "Child: Amelia Thorne (10/10/2062). Mosaic 713862.",
                "What needs to happen: attendance plan with school (key person, weekly); anxiety support via the school counsellor.",
                "Key person: Joanne Vaughan, Family Support Worker, Ross-on-Wye Family Centre."]),
            pdf_att("Consent form - Thorne.pdf", "Consent to Early Help step-down", [
                "Child: Amelia Thorne.", "I consent to the step down to Early Help.", "Signed: Laura Thorne (mother). Date: 20/02/2070."])]
    top = outlook_top(f, addr("Baines, Tomos", "Tomos.Baines@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Thorne - level 3", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["713862"],
        [ch("Amelia Thorne", "2062-10-10", "10/10/2062")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Near miss (resolved): the mother's partner's father with convictions against children visited in November; "
        "strategy discussion, contact ended, he moved away, police and probation confirm no contact, s47 NFA -> not "
        "urgent, not a current concern. Complete Herefordshire step-down (plan, signed consent form, key person with "
        "agency; level 3 stated) -> book_meeting.",
        docs={"draft_plan", "consent_form"}, not_children=["Joanne Vaughan", "Laura Thorne", "Tomos Baines"],
        writer="social worker")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2070-02-21 16:45:02"
    data = ooo(f, when, ("Hale, Bronwen", "Bronwen.Hale@" + HDOM), addr("Early Help Co-ordinators", HEH),
               "Step-down drop-in [SB-herefordshire-798]",
               T("""
Thank you for your email. I am on annual leave for half term and back on Monday 3 March.

If your email is about a child at risk of immediate harm, please do not wait for me: ring the MASH, or the Emergency Duty Team out of hours, or 999 in an emergency.

For step-down queries please contact the Early Help Co-ordinator team inbox.

Bronwen Hale
Early Help Co-ordinator | Herefordshire Council
"""))
    add(f, data, "herefordshire", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [],
        [], [], None, None, [], None, "ignore",
        "Near miss: an Outlook out-of-office (Auto-Submitted: auto-replied) answering a stepbot message; its 'child at "
        "risk of immediate harm ... 999 in an emergency' is boilerplate -> auto_reply, ignore (safety rule 2).",
        not_children=["Bronwen Hale"], writer="co-ordinator's out-of-office")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2070-01-27 10:35:50"
    body = T("""
Good morning,

I'd like to step the Price family up to children's social care, please.

Children: Lewis Price (DOB 05/05/2059) and Poppy-Mae Price (DOB 19/08/2064). Mosaic ID 716048.

The children have been cared for by their paternal grandparents, Dennis and Carol Price, in Ledbury since dad went to prison in 2068; mum has not been involved since 2066. Carol has had two hospital admissions since Christmas and Dennis (79) is struggling. At my last two visits there was little food in the house, Poppy-Mae's headlice had not been treated for weeks and Lewis has been missing school to look after his grandad (attendance 74%). The grandparents agree to the referral; they say they want help, not for the children to leave.

My manager, Eleri Thomas, has agreed the step-up.

Thanks
Kelly Morgan-Rees
Early Help Practitioner | Talk Community / Early Help | Herefordshire Council
01632 960198

""") + HDISC
    top = outlook_top(f, addr("Morgan-Rees, Kelly", "Kelly.Morgan-Rees@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - Price children", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["716048"],
        [ch("Lewis Price", "2059-05-05", "05/05/2059"), ch("Poppy-Mae Price", "2064-08-19", "19/08/2064")],
        ["neglect", "school_attendance", "young_carer"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step-up: kind step_up, no requirements -> missing [] "
        "and notice null, next_action human_review. Grandparent kinship carers under strain; the grandparents 'agree "
        "to the referral' -> consent true; manager agreed.",
        not_children=["Dennis", "Carol Price", "Eleri Thomas", "Kelly Morgan-Rees"], writer="Early Help practitioner")


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
# the brief's words (at most 3 urgent mails may use any of them), matched with their inflections
BANNED = re.compile(r"\b(urgen\w*|immediat\w*|risk\w*|emergenc\w*|danger\w*|asap)\b", re.I)
# Knowsley notice: file -> (working days, plain weekdays, first bank holiday crossed or None, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (6, 6, None, False),
    "knowsley_02.eml": (4, 6, date(2070, 3, 28), True),
    "knowsley_06.eml": (6, 6, None, False),
}
EXPECTED_BH_2070 = {date(2070, 1, 1), date(2070, 3, 28), date(2070, 3, 31), date(2070, 5, 5), date(2070, 5, 26),
                    date(2070, 8, 25), date(2070, 12, 25), date(2070, 12, 26)}
WEEKEND_OK = {"knowsley_03.eml", "tower_hamlets_02.eml", "herefordshire_02.eml"}
PLACES = ["subject", "PS", "forwarded", "attachment", "COMMENT", "body"]

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
        return None                                   # not defined by the authority's protocol (Herefordshire step-up)
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

MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d\d)[/.-](\d\d)[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2]], int(m[1])).isoformat()
    raise ValueError("unknown DOB format " + w)

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar (computed from the rules, then checked against fixed expectations)
    if easter(2070) != date(2070, 3, 30):
        err("calendar", "Easter 2070 should be Sunday 30 March")
    bh = bank_holidays(2070)
    if bh != EXPECTED_BH_2070:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2070))
    try:                                                    # optional cross-check, not required (stdlib only)
        import holidays as _h                               # noqa
        pk = {d for d in _h.country_holidays("GB", subdiv="ENG", years=[2070])}
        if pk != bh:
            err("calendar", "the holidays package disagrees: %s" % sorted(pk ^ bh))
    except ImportError:
        pass
    if [d for d in bh if WINDOW[0] <= d <= WINDOW[1]]:
        err("calendar", "no bank holiday should fall inside the window")
    if WINDOW != (date(2070, 1, 6), date(2070, 3, 27)) or WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 3:
        err("calendar", "window should be Monday 6 January - Thursday 27 March 2070")
    if WINDOW[1] + timedelta(days=1) != easter(2070) - timedelta(days=2):
        err("calendar", "the term should end the day before Good Friday")
    if HALF_TERM[0].weekday() != 0 or (HALF_TERM[1] - HALF_TERM[0]).days != 4:
        err("calendar", "half term should be a Monday-Friday week")
    bst_on, bst_off = last_sunday(2070, 3), last_sunday(2070, 10)
    if (bst_on, bst_off) != (date(2070, 3, 30), date(2070, 10, 26)) or bst_on != easter(2070):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d_, off in ((datetime(2070, 3, 30, 0, 59, tzinfo=UTC), 0), (datetime(2070, 3, 30, 1, 1, tzinfo=UTC), 1)):
        if d_.astimezone(LON).utcoffset() != timedelta(hours=off):
            err("calendar", "zoneinfo disagrees with the BST rule at %s" % d_)
    d_ = WINDOW[0]
    while d_ <= WINDOW[1]:
        if datetime(d_.year, d_.month, d_.day, 12, tzinfo=LON).utcoffset() != timedelta(0):
            err("calendar", "%s is not GMT" % d_)
        d_ += timedelta(days=1)

    # ---- set-level: counts and placements
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
    hows = " ".join(META[f]["how"] for f in FILES if CATS[f] == "urgent")
    for p in PLACES:
        if p not in hows:
            err("set", "no urgent mail places its risk in: %s" % p)
    urgent_kinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= urgent_kinds:
        err("set", "urgent kinds not varied enough: %s" % urgent_kinds)
    alarmed = []

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
        # notice (only Knowsley step requests carry a notice period)
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2070:
                    err(f, "meeting date not a future working day of 2070")
                exp = KNOWSLEY_NOTICE.get(f)
                pw = plain_weekdays_between(now_d, mt)
                crossed = sorted(b for b in BANK_HOLIDAYS if now_d < b <= mt)
                if exp is None or (wd, pw) != exp[:2] or (crossed[0] if crossed else None) != exp[2]:
                    err(f, "Knowsley notice table wrong: wd %d plain %d crossed %s" % (wd, pw, crossed))
                elif exp[3] != ((pw >= 5) != (wd >= 5)):
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
        if sent.weekday() >= 5 and f not in WEEKEND_OK:
            err(f, "weekend Date not listed as intended")
        if dh[:3] != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()]:
            err(f, "Date weekday wrong: %s" % dh)
        if sent.utcoffset() != sent.astimezone(LON).utcoffset() or not dh.endswith("+0000"):
            err(f, "Date offset is not Europe/London's (+0000): %s" % dh)
        now = datetime.fromisoformat(lab["now"])
        if not (timedelta(minutes=1) <= now - sent <= timedelta(minutes=10)) or now.utcoffset() != sent.utcoffset():
            err(f, "now must be 1-10 minutes after the Date, same offset")
        if not lab["now"].endswith("+00:00"):
            err(f, "now offset")
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
                alarmed.append(f)
            if bool(hit) != m["alarm_ok"]:
                err(f, "alarm word %r in an urgent mail not marked alarm_ok (or marked but clean)" % (hit.group(0) if hit else None))
        for y in re.findall(r"(?<![\w/.-])(20\d\d)(?!\w)", text + "\n" + heads):
            if int(y) > 2070:
                err(f, "a year after 2070: %s" % y)
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
            if n not in text and n not in heads:
                err(f, "not-child %s does not appear" % n)
        for cid in x["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), text + " " + subj):
                err(f, "case id %s not in the text" % cid)
    if len(alarmed) > 3:
        err("set", "more than 3 urgent mails use an alarm word: %s" % alarmed)
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
    mb = {}
    for l in LABELS:
        mb[l["mailbox"]] = mb.get(l["mailbox"], 0) + 1
    out.append("mailbox: %s" % mb)
    for f, (wd, pw, bh, dec) in sorted(KNOWSLEY_NOTICE.items()):
        out.append("%s: %d WD (%d plain weekdays), crosses %s, decisive %s" % (f, wd, pw, bh, dec))
    out.append("urgent with an alarm word: %s" % [f for f in FILES if META[f]["alarm_ok"]])
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
