#!/usr/bin/env python3
"""mixed176: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2068, in teenagers' own relationships and the abuse in them: controlling boyfriends and
girlfriends, older partners, shared images and threats to share them, strangulation during sex, a partner waiting
outside school, parents who do or do not know, youth workers', school nurses' and sexual health clinics' worries, and
the younger siblings caught up in it.

Window: Tuesday 24 April - Friday 20 July 2068. Easter Sunday 2068 is 22 April (Good Friday 20 April, Easter Monday
23 April), so the Easter break runs to Easter Monday and the summer term starts on Tuesday 24 April. Inside the window:
the Early May bank holiday Monday 7 May and the Spring Bank Holiday Monday 28 May (half term 28 May - 1 June).
British Summer Time runs from Sunday 25 March to Sunday 28 October 2068, so every Date header carries +0100.

Standard library only. Deterministic: no clock, no randomness (boundaries, Message-IDs and UIDs come from sha1 of the
file name; zip entries carry fixed timestamps). Every self-check runs BEFORE anything is written; on any error the
script prints them and exits 1 without writing. Run: python3 make_set.py [--stats]
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
WINDOW = (date(2068, 4, 24), date(2068, 7, 20))


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
            b"<< /Producer (mixed176 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2068, 4, 10, 0, 0, 0))
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
        not_children=(), how="", words=(), half_term_ok=False):
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
                   "not_children": list(not_children), "how": how, "words": tuple(words),
                   "half_term_ok": half_term_ok}


# ============================================================================ extra builders
def txt_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text, charset))

def iphone_top(fname, frm, to, subject, when, domain, cc=None, extra=None):
    return plain_top(fname, frm, to, subject, when, domain, None, cc,
                     [("X-Mailer", "iPhone Mail (22F76)")] + (extra or []))

IPHONE_SIG = "\n\nSent from my iPhone\n"


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
    f = "knowsley_01.eml"; when = "2068-05-02 09:52:14"
    body = T("""
Morning,

Step up request attached for Lacey-Jane Brennan (DOB 14/02/2053), EHM-83154, open to Family First 0-18 at Level 3 since January. Her brother Kian Brennan (DOB 06/09/2059) lives at home with her and mum.

In short: Lacey-Jane (15) has been going out with Reece, who is 17, since before Christmas. Over the last three months he has taken over: he has her passwords, checks her location on his phone, tells her what she can wear, made her give up dance, and messages her dozens of times a night. At a party in April he grabbed her wrist hard enough to leave marks when she tried to leave with her friends. She says it is "normal, he just cares". Mum knows about the relationship and is very worried but Lacey-Jane will not talk to her about it. Kian has started saying things at school like "girls have to do what they're told", and the school have noticed. We have tried the healthy relationships sessions with the school nurse and the youth worker and things are getting worse, not better, so we think this needs a social work assessment of the relationship abuse.

My team manager Hannah Delaney agreed the step up in supervision on Monday. Mum has signed the consent to share and agrees to the step up.

The step up TAF meeting is Wednesday 9th May at 10.00 at Prescot Family Hub (Room 1). Teams invite has gone to the MASH inbox and MASH business support; I have invited school, the school nurse and the youth worker.

Attached: FF Step Up request to CSC (Appendix 1) and the TAF minutes from 24/04.

Thanks,
Ciara

Ciara Montague
Family First Case Manager | Family First 0-18 (Prescot) | Knowsley Council
0151 496 0627

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-83154"),
        ("Children:", "Lacey-Jane Brennan 14/02/2053; Kian Brennan 06/09/2059"),
        ("Date of step up TAF meeting:", "Wednesday 9 May 2068, 10:00, Prescot Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 24/04/2068"),
        ("What are we worried about?", "Lacey-Jane (15) is in a controlling relationship with a 17-year-old (teenage relationship abuse / domestic abuse): passwords, location tracking, clothes, isolation from friends and dance; wrist grabbed at a party in April. Kian (8) is repeating controlling attitudes."),
        ("What is working well?", "Mum is protective and engaged; Lacey-Jane still goes to school every day; the school nurse has a good relationship with her."),
        ("What next?", "CSC assessment; safety planning with Lacey-Jane; school to support Kian."),
        ("Agreement by line manager:", "Hannah Delaney, Team Manager, 30/04/2068 - agreed."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Brennan.docx", form),
            pdf_att("TAF minutes 24.04.68 Brennan.pdf", "Team Around the Family meeting - minutes", [
                "Family: Brennan. EHM-83154. Date: 24/04/2068. Venue: Prescot Family Hub.",
                "Present: Ciara Montague (FF), Mrs Brennan (mum), Head of Year 10, School Nurse, Youth Worker.",
                "Lacey-Jane attended the first ten minutes only.",
                "1. Relationship: school nurse and youth worker report Lacey-Jane now cancels sessions when Reece is waiting.",
                "2. Kian: class teacher has heard him repeat controlling comments about girls.",
                "Actions: CM to discuss step up with team manager. Next TAF to be the step up TAF."])]
    top = outlook_top(f, addr("Montague, Ciara", "Ciara.Montague@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Brennan - EHM-83154 - TAF Weds 9th May", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-83154"],
        [ch("Lacey-Jane Brennan", "2053-02-14", "14/02/2053"), ch("Kian Brennan", "2059-09-06", "06/09/2059")],
        ["domestic_abuse"], True, True, [], False, "request_info",
        "Complete Knowsley step-up (Appendix 1 form .docx, TAF minutes .pdf, EHM id, team manager agreed, TAF date and "
        "venue) for a 15-year-old's controlling relationship with a 17-year-old, but the TAF on Wed 9 May is 5 plain "
        "weekdays from Wed 2 May and only 4 working days because Mon 7 May is the Early May bank holiday -> notice not "
        "ok -> request_info. Mum 'agrees to the step up' -> consent true (not required by Knowsley). The boyfriend is "
        "named by first name only and is not a child of the request.",
        meeting=date(2068, 5, 9), docs={"step_up_form", "taf_minutes"},
        not_children=["Hannah Delaney", "Ciara Montague"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2068-06-11 13:18:40"
    fwd = T("""
From: Kaye, Fiona <F.Kaye@brookvale-academy.example>
Sent: 11 June 2068 12:51
To: Latchford, Owen <Owen.Latchford@knowsley.gov.uk>
Subject: Ellie-Rose T - Y10 - please read

Owen,

Ellie-Rose came to find me at lunch. She says that on Saturday night at his flat Jordan (he is 19) held her by the throat during sex until she passed out, and when she came round he was filming her on his phone. She has a red mark under her left ear.

He has messaged her this morning that he is picking her up at the front gates at 3.20 today and if she does not get in the car the video goes on Snapchat "for everyone". She is shaking and says she has to go with him. Poppy told her teacher yesterday that Jordan has been waiting outside the primary at home time too.

I have kept Ellie-Rose in the pastoral office for now. I have not been able to get hold of mum. What do you want me to do at 3.20?

Fiona Kaye
Designated Safeguarding Lead | Brookvale Academy
0151 496 0772
""")
    body = T("""
Hi,

Please find attached the step up request for Ellie-Rose Tinsley (DOB 30/11/2052), EHM-82907, and the minutes of the last TAF. Her sister Poppy Tinsley (DOB 18/03/2058) is on the same plan.

Worries are the relationship with Jordan (19) - relationship abuse, sexual harm - and mum not being able to keep Ellie-Rose at home at night. My manager Andrea Quilliam agreed the step up this morning.

Step up TAF: Wednesday 20th June at 11.00, Halewood Family Hub. Invite sent to the MASH inbox and MASH business support.

I'm out on a home visit until about 4 and have only skimmed the email from school below, forwarding it so you have everything.

Owen

Owen Latchford
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0533

-----Original Message-----
""") + fwd + "\n" + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-82907"),
        ("Children:", "Ellie-Rose Tinsley 30/11/2052; Poppy Tinsley 18/03/2058"),
        ("Date of step up TAF meeting:", "20/06/2068 11:00 Halewood Family Hub"),
        ("What are we worried about?", "Relationship abuse and sexual harm: Ellie-Rose (15) is in a relationship with a 19-year-old man; stays out overnight; mum cannot stop her going."),
        ("What is working well?", "Ellie-Rose trusts Mrs Kaye at school. Poppy is doing well at primary school."),
        ("What next?", "CSC assessment and a safety plan."),
        ("Agreement by line manager:", "Andrea Quilliam - agreed 11/06/2068."),
    ])
    atts = [docx_att("Step up request Appendix 1 - Tinsley.docx", form),
            pdf_att("TAF minutes 30.05.68 - Tinsley.pdf", "TAF meeting minutes", [
                "Tinsley family, EHM-82907. 30/05/2068, Halewood Family Hub.",
                "Present: Owen Latchford (FF), Mrs Tinsley, Fiona Kaye (DSL), school nurse.",
                "Ellie-Rose stayed out two nights this month; says she was at a friend's.",
                "Actions: OL to discuss step up with manager if this continues."])]
    top = outlook_top(f, addr("Latchford, Owen", "Owen.Latchford@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Tinsley - EHM-82907", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-82907"],
        [ch("Ellie-Rose Tinsley", "2052-11-30", "30/11/2052"), ch("Poppy Tinsley", "2058-03-18", "18/03/2058")],
        ["domestic_abuse", "physical_harm", "sexual_harm"], None, True, [], True, "alert_duty",
        "Safety rule 1 in the forwarded part: the DSL's email (under '-----Original Message-----') says a 15-year-old "
        "was held by the throat until she passed out and filmed, and the 19-year-old is collecting her at the gates at "
        "3.20 today with a threat to post the video -> urgent. The request itself is complete (form, TAF minutes, EHM "
        "id, manager agreed, TAF Wed 20 Jun = 7 WD).",
        meeting=date(2068, 6, 20), docs={"step_up_form", "taf_minutes"},
        not_children=["Fiona Kaye", "Andrea Quilliam", "Owen Latchford"],
        how="in a forwarded school email the sender says he has only skimmed")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2068-05-24 15:06:02"
    body = T("""
Hello Family First duty,

Level 2 step down for Amber Molyneux, DOB 09/01/2052, ICS-1562093.

Amber has been open to us on a Child in Need plan since last October. In the autumn her then boyfriend (18) assaulted her and shared intimate images of her; he was convicted at the Youth Court in January 2068, is subject to a restraining order and has since moved to North Wales with his family. There has been no contact of any kind since December 2067 and Amber has blocked him everywhere. There are no current child protection concerns and the CIN plan has done its job.

The final CIN meeting is Thursday 31st May at 2pm at Huyton Family Hub, Room 3.

What are we worried about?
Amber's attendance has dropped to 86% this term as she is anxious in crowded places since the court case, and she is behind in two GCSE subjects.

What is working well?
Amber talks openly to the school nurse and to mum; she has new friends through the college taster days; she knows how to use Report Remove and who to tell if anything happens.

What needs to happen?
Attendance plan with school; school nurse to carry on weekly check-ins; Amber to finish the Healthy Relationships programme with the youth service in June.

Lead practitioner: Rhiannon Gale, School Nurse, Knowsley 0-19 Service (0151 496 0395).

Many thanks
Bethany Crowther
Social Worker, Children's Social Care (Child in Need Team 2), Knowsley Council
""") + KDISC
    top = plain_top(f, addr("Bethany Crowther", "Bethany.Crowther@" + KDOM), addr("Family First Duty", KFF),
                    "Level 2 step down - Amber Molyneux - ICS-1562093", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 2, ["ICS-1562093"],
        [ch("Amber Molyneux", "2052-01-09", "09/01/2052")],
        ["school_attendance"], None, None, [], False, "request_info",
        "Near miss: the assault and image sharing are historic (autumn 2067, convicted January 2068, restraining order, "
        "no contact since December, 'no current child protection concerns') -> not urgent and not labelled as current "
        "concerns; the current worry is attendance (86%). Complete Level 2 step-down (date, time, venue, the three "
        "headings, lead practitioner with agency) but Thu 31 May is 5 plain weekdays from Thu 24 May and only 4 working "
        "days across the Spring Bank Holiday (Mon 28 May) -> notice not ok -> request_info.",
        meeting=date(2068, 5, 31), not_children=["Rhiannon Gale", "Bethany Crowther"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2068-05-03 11:40:27"
    body = T("""
Good morning,

I'd like to step the Halloran family down to Family First at Level 3.

Children: Skye Halloran (DOB 05/05/2052) and Alfie Halloran (DOB 17/10/2056). ICS-1549870.

Background: CIN since February after Skye (15) disclosed that her boyfriend, who is 18, had been controlling her and had pushed her down the stairs at his house. The relationship ended in March; he has moved away for work and has had no contact. Police took no further action because Skye did not want to give a statement.

What are we worried about?
Skye is still grieving the relationship and says she misses him; we worry she could go back to him or into a similar relationship. Alfie (11) has been anxious and wetting the bed since the arguments he heard at home when Skye's boyfriend was around.

What's working well?
Mum (Gemma) is protective, stopped him coming to the house, and works well with professionals. Skye goes to the Respect Young People's programme weekly and has told the youth worker she wants to "not do that again".

What needs to happen?
Family First case manager to continue the relationships work with Skye and link Alfie with the school's ELSA; Mum to attend the parenting teenagers course.

Mum consented to the step down at the CIN review on Tuesday and is happy for a Family First worker to visit.

I've arranged the joint home visit for Friday 11th May at 10.00 at the family home, 22 Orchard Walk, Whiston L35 9ZZ.

Thanks
Marcus

Marcus Oyelowo
Social Worker | Children's Social Care | Knowsley Council | 0151 496 0284
""") + KDISC
    top = outlook_top(f, addr("Oyelowo, Marcus", "Marcus.Oyelowo@" + KDOM), addr("Family First Duty Mailbox", KFF),
                      "Step down to Level 3 - Halloran - ICS-1549870", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-1549870"],
        [ch("Skye Halloran", "2052-05-05", "05/05/2052"), ch("Alfie Halloran", "2056-10-17", "17/10/2056")],
        ["domestic_abuse"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 3 step-down: three Signs of Safety headings, consent given at the CIN review, joint home "
        "visit with date, time and address. Fri 11 May from Thu 3 May is exactly 5 working days (Mon 7 May, the Early "
        "May bank holiday, excluded; 6 plain weekdays) -> ok -> book_meeting. Concern: the worry that Skye returns to "
        "the controlling relationship and Alfie's distress -> domestic_abuse.",
        meeting=date(2068, 5, 11), not_children=["Gemma Halloran", "Marcus Oyelowo"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2068-06-19 12:41:55"
    ack = ack_text("step-up", "SB-knowsley-1184",
                   ["Case ID: EHM-83490", "Children: Mia Rooney (DOB 27/08/2052)"], ["TAF minutes"])
    body = T("""
Mia's just rung me from the girls toilets at school. Kai has sent her one of the pics she sent him in the spring and says he will send it to her dad and put it on the Year 10 group chat at 4 o'clock unless she comes to his flat after school. She says she's going, she's got no choice. He's 18.

I'm driving up to the school now. Mum's at work and doesn't know any of this, Mia's begged me not to tell her.

Leah
""") + IPHONE_SIG + "\n" + "On 15 Jun 2068, at 10:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:\n\n" + quoted(ack)
    top = iphone_top(f, addr("Leah Fairbrother", "Leah.Fairbrother@" + KDOM), addr("Knowsley MASH", KMASH),
                     "Re: Step-up request received [SB-knowsley-1184]", when, KDOM,
                     extra=[("In-Reply-To", "<ack-1184@stepbot.knowsley.gov.uk>")])
    add(f, apple_mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-83490"],
        [ch("Mia Rooney", "2052-08-27", "27/08/2052")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 on an iPhone reply to [SB-knowsley-1184]: an 18-year-old is threatening to send a 15-year-old's "
        "intimate image to her father and the year group at 4 o'clock unless she goes to his flat after school, and she "
        "says she will go -> urgent follow_up -> alert_duty. Child and case id only in the quoted acknowledgement.",
        not_children=["Leah Fairbrother"],
        how="in a hurried mobile reply to an acknowledgement; the sextortion deadline is today at 4")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2068-05-16 08:05:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BULLETIN, MAY 2068

Teenage relationship abuse: what to look for

This month's bulletin is about abuse in young people's own relationships. It is for awareness only and does not refer to any family known to services.

Signs practitioners have told us about:
- a boyfriend or girlfriend who checks a young person's phone, location or clothes;
- a much older "boyfriend" who waits outside the school gates or gives lifts and gifts;
- threats to share nude images ("sextortion"), or images already shared in a group chat;
- strangulation or "choking" during sex, which young people may describe as normal. Non-fatal strangulation is a serious assault and a strong warning sign of future serious harm;
- younger brothers and sisters who witness the abuse or are used to pass messages.

Case example (fictional, for training): "Jade", 15, tells her school nurse that her 19-year-old boyfriend choked her until she blacked out. What should the nurse do today? Talk it through in your next team meeting - the answer sheet is on the partnership website.

Training: "Healthy and harmful teenage relationships" - Thursday 14 June, 9.30-12.30, Kirkby Suite, Municipal Buildings. Book through the partnership learning portal.

You are receiving this because you are on the KSCP practitioner mailing list. Unsubscribe: https://kscp.example/unsubscribe
""")
    top = plain_top(f, addr("KSCP Bulletin", "bulletin@kscp.example"), addr("Knowsley MASH", KMASH),
                    "KSCP Practice Bulletin - May 2068 - teenage relationship abuse", when, "kscp.example",
                    extra=[("List-Id", "KSCP practitioner bulletin <bulletin.kscp.example>"),
                           ("List-Unsubscribe", "<https://kscp.example/unsubscribe>")])
    add(f, mail(f, top, text, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a partnership bulletin listing examples (strangulation, sextortion, an older boyfriend at the gates) "
        "and a fictional training case ('Jade', 15) - 'for awareness only and does not refer to any family' -> not "
        "urgent, other, human_review.",
        not_children=["Jade"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2068-05-14 16:20:11"
    org = ("Knowsley MASH", KMASH)
    data = outlook_itip_reply(f, when, ("Danielle Ashworth", "danielle.ashworth@knowsley-0-19.example"), org,
                              "ACCEPTED", "Step-up TAF meeting [SB-knowsley-1167]", "20680523T100000",
                              "20680523T113000", "Kirkby Family Hub, Room 2",
                              comment="I'll bring the school nurse drop-in summary. Danielle (School Nurse, Knowsley 0-19)")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) from a school nurse to the step-up TAF [SB-knowsley-1167], "
        "with a harmless comment -> record_reply.",
        not_children=["Danielle Ashworth"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2068-07-06 16:47:33"
    body = T("""
Dear MASH,

Please treat this as urgent - I am ringing your duty line as well but it keeps going to the queue.

Keeley Strand, DOB 02/04/2054 (14), came into the young people's clinic at 3.50pm this afternoon asking for the morning-after pill. She was brought by her "boyfriend", Dean Hollis, who she says is 26. He is sitting in his white van in our car park right now and has texted her six times in the last ten minutes telling her to hurry up.

Keeley has fingertip bruises on both sides of her neck, which she says are from "messing about". She told the nurse he gives her vapes, cash and lifts, that she stays at his flat in Kirkby some nights, and that her mum thinks she is at a friend's. She is asking to leave with him now. We close at 5.30pm.

We have not given her back her phone yet and she is in a side room with a health care assistant. Please ring me on 0151 496 0910 as soon as you get this.

Joanne Pridmore
Clinical Nurse Specialist (Young People), Northwood Sexual Health Clinic, Kirkby
""")
    top = outlook_top(f, addr("Pridmore, Joanne", "joanne.pridmore@northwood-sh.example"), addr("Knowsley MASH", KMASH),
                      "Keeley Strand 14 - at clinic now with 26 year old partner", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Keeley Strand", "2054-04-02", "02/04/2054")],
        ["exploitation", "physical_harm", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1: a sexual health clinic says a 14-year-old is in the clinic now with neck bruises, asking for the "
        "morning-after pill, and her 26-year-old 'boyfriend' (vapes, cash, overnight stays) is waiting in the car park to "
        "take her; clinic closes at 5.30 -> urgent. A health contact, not an Early Help step request -> other. Uses "
        "the word 'urgent' (one of the three allowed).",
        not_children=["Dean Hollis", "Joanne Pridmore"],
        how="plainly in the body and subject of a clinic's email", words=("urgent",))
# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2068-04-26 10:14:09"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Richmond (East) and I agree with this step up. Please see my worker's request below and the case summary attached.

Priya Sandhu
Early Help Team Manager, Richmond (East) | Richmond and Wandsworth Councils | 020 7946 0318

----- Request from Tobias Reinholt, Early Help Practitioner -----

Young person: Nathaniel Asante, DOB 03/12/2051 (16)
Sibling: Grace Asante, DOB 19/06/2059 (8)
Mosaic ID 2417736

Rationale for step up
Nathaniel has been in a relationship with Tia (16) for a year. Since February she has controlled who he sees, tracks his location through an app, takes his phone when he is at hers, has smashed two phones, and tells him she will hurt herself if he ends it. He has stopped playing football and going to youth club and sleeps at her house most nights. Grace has seen Tia screaming at Nathaniel in their kitchen and has told her teacher she is scared of her. Mum works nights and has tried to stop Tia coming round but Nathaniel lets her in. We have done six sessions of healthy relationships work and Nathaniel says the abuse is getting worse; his own words were "I can't get out of it". We think this now needs a social work assessment of the teenage relationship abuse and of the impact on Grace.

Nathaniel and his mum both agreed to the step up on 23 April.

Tobias Reinholt
Early Help Practitioner | Richmond (East) Early Help
""") + RDISC
    summ = docx_att("Case summary - Asante.docx", [
        "# Early Help case summary",
        "Family: Asante. Mosaic ID 2417736. Early Help since 12/01/2068.",
        "Household: mum (nurse, works nights), Nathaniel (16), Grace (8).",
        "Nathaniel: Year 12 at Thameside Sixth Form; attendance 93%. In a controlling relationship with a peer (16).",
        "Grace: Year 3 at Kew Meadow Primary; doing well academically; anxious at home time.",
        "Interventions: healthy relationships sessions x6; youth club outreach; school counsellor for Grace.",
        "Views: Nathaniel wants help to end the relationship safely; mum wants Tia kept away from the house."])
    top = outlook_top(f, addr("Sandhu, Priya", "Priya.Sandhu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Asante - Mosaic 2417736", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2417736"],
        [ch("Nathaniel Asante", "2051-12-03", "03/12/2051"), ch("Grace Asante", "2059-06-19", "19/06/2059")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager, who agrees: rationale pasted under "
        "its heading, case summary .docx attached -> book_meeting. A 16-year-old boy controlled by his girlfriend; "
        "'Nathaniel and his mum both agreed to the step up' -> consent true. 'Mosaic ID 2417736' -> '2417736'. The "
        "girlfriend (first name only) is not a child of the request.",
        docs={"case_summary", "rationale"}, not_children=["Priya Sandhu", "Tobias Reinholt"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2068-05-09 11:26:48"
    body = T("""
Hello,

Step up for Ella Marchetti (15), Mosaic ID 2420185. Our Word templates are down today so Callum has put the case summary and the rationale into text files from his notes - attached. I agree with the step up.

Thanks
Joanna

Joanna Whitlock
Early Help Team Manager (Wandsworth West) | Richmond and Wandsworth Councils
020 7946 0751
""") + RDISC
    summary = T("""
EARLY HELP CASE SUMMARY - MARCHETTI
Mosaic ID 2420185
Ella Marchetti, DOB 21/06/2052, Year 10, Southfields Park School
Matteo Marchetti, DOB 02/02/2057, Year 6 (brother)
Mum: Francesca Marchetti. Dad lives in Milan, phone contact.

Open to Early Help since March after school raised worries about Ella's relationship with Luca (17).

Chronology
14/03 School: Ella upset in lessons, Luca checking her phone at lunch.
28/03 Home visit: mum worried Ella is out late; Ella says Luca "looks after" her.
18/04 Ella told me Luca made her send pictures "to prove she loves him". They split up on 1 May.
09/05 10:40 Ella rang me from school. Luca has a video of them having sex from March and sent it to two of his friends last night. He says he will put it on the Year 11 group chat tonight unless she comes round to his house at 7 and "sorts it out". She says she will go. Mum does not know about the video and Ella begged me not to tell her. Matteo has been passing messages from Luca to Ella on the way home from school.
""")
    rationale = T("""
RATIONALE FOR STEP UP - MARCHETTI (Mosaic ID 2420185)
Ella is experiencing relationship abuse and image-based sexual abuse from an ex-partner. Early Help sessions have not reduced the harm; he is now using the video to control her. Her younger brother is being drawn in. A social work assessment is needed.
Callum Dowd, Early Help Practitioner
""")
    atts = [txt_att("Case summary - Marchetti.txt", summary), txt_att("Rationale - Marchetti.txt", rationale)]
    top = plain_top(f, addr("Joanna Whitlock", "Joanna.Whitlock@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Ella Marchetti", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2420185"],
        [ch("Ella Marchetti", "2052-06-21", "21/06/2052"), ch("Matteo Marchetti", "2057-02-02", "02/02/2057")],
        ["domestic_abuse", "sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 inside a text/plain attachment: today's chronology entry says the ex-partner (17) has shared a "
        "sex video and will post it to the year group tonight unless the 15-year-old goes to his house at 7, and she "
        "says she will go -> urgent. The body is routine. Case summary and rationale both supplied as .txt files; TM "
        "agrees -> nothing missing -> alert_duty.",
        docs={"case_summary", "rationale"},
        not_children=["Francesca Marchetti", "Joanna Whitlock", "Callum Dowd"],
        how="only in the last chronology entry of a text/plain attachment")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2068-06-18 14:32:10"
    body = T("""
Dzień dobry / Good afternoon,

Please find a step-down request for Freya Lindqvist, born 12.10.2052, Mosaic ID 2398870.

Freya was made subject to a child protection plan in February after she disclosed that a 24-year-old man she met online had strangled her and sexually assaulted her. He was arrested the same week, charged, and has been remanded in custody at HMP Pentonville since 23 February; the trial is listed for September at Kingston Crown Court. Freya has had no contact with him since February, her phone and social media accounts are new, and the police have confirmed he has no access to a phone. The child protection plan ended at conference on 11 June with a unanimous decision; there are no current child protection concerns.

What we still worry about is Freya's attendance (84% this term) and her sleep - she is on the CAMHS waiting list.

Attached: case summary and the draft Early Help plan. Freya and her dad, Anders Lindqvist, gave consent for the step-down to Early Help at the conference and signed the form.

Z poważaniem / Kind regards,
Tomasz Wróbel
Social Worker, Child Protection Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0862
""") + RDISC
    atts = [docx_att("Case summary - Lindqvist.docx", [
                "# Case summary",
                "Freya Lindqvist, born 12/10/2052. Mosaic ID 2398870. Lives with dad in Twickenham.",
                "CP plan (sexual abuse) 27/02/2068 - 11/06/2068. Perpetrator remanded in custody; no contact.",
                "Current: attendance 84%; poor sleep; CAMHS referral accepted."]),
            docx_att("Draft Early Help plan - Lindqvist.docx", [
                "# Draft Early Help plan",
                "1. School attendance plan - Head of Year 10 - review fortnightly.",
                "2. Sleep hygiene and emotional wellbeing sessions - Early Help worker - 8 weeks.",
                "3. Support at the September trial - police witness care and the ISVA.",
                "4. Dad to attend the parenting teenagers group."])]
    top = plain_top(f, addr("Tomasz Wróbel", "Tomasz.Wrobel@" + RDOM), addr("Early Help Duty", RED),
                    "Step down to Early Help - Freya Lindqvist", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts, cte="base64"), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2398870"],
        [ch("Freya Lindqvist", "2052-10-12", "12.10.2052")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Near miss: strangulation and sexual assault by a 24-year-old are past and managed (remanded in custody since "
        "February, no contact, CP plan ended 11 June, 'no current child protection concerns') -> not urgent, and not "
        "labelled as current concerns (current worry: attendance 84%). Complete Richmond & Wandsworth step-down (case "
        "summary, draft plan, consent signed) -> book_meeting. Base64 UTF-8 body with Polish greetings; DOB written "
        "12.10.2052.",
        docs={"case_summary", "draft_plan"}, not_children=["Anders Lindqvist", "Tomasz Wróbel"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2068-06-27 09:18:51"
    text = T("""
Hi Early Help duty,

I'd like to step down Kezia Barlow (DOB 07/07/2054) and her brother Rowan Barlow (DOB 15/01/2062) - Mosaic ID 2431178.

Kezia (13) was pressured by a 15-year-old boy at her school into sending him nude images in March. School and police dealt with it (the images were deleted from his phone, he has been moved to another school) and our single assessment is now finished. Kezia is still messaging him now and then, which mum and I worry about, and she is quite isolated from her friends since it all came out.

The case summary is attached. The draft plan will follow after I meet the school's youth worker on Friday. I haven't asked mum about Early Help yet - I'll ask her at the home visit on Thursday.

Thanks!
Adaeze

Adaeze Nwosu
Social Worker | Assessment Team (Wandsworth) | Richmond and Wandsworth Councils
""")
    att = pdf_att("Case summary Barlow.pdf", "Case summary - Barlow", [
        "Kezia Barlow 07/07/2054; Rowan Barlow 15/01/2062. Mosaic ID 2431178.",
        "Referral 14/03/2068 from Westbourne Green School: image-based sexual harm by a peer.",
        "Single assessment completed 20/06/2068: needs can be met by Early Help.",
        "Worries: continued contact with the boy online; isolation from friends; Rowan (6) unsettled."])
    top = plain_top(f, addr("Adaeze Nwosu", "Adaeze.Nwosu@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Barlow", when, RDOM)
    add(f, gmail_mail(f, top, text, [att]), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2431178"],
        [ch("Kezia Barlow", "2054-07-07", "07/07/2054"), ch("Rowan Barlow", "2062-01-15", "15/01/2062")],
        ["sexual_harm"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down with only the case summary (PDF): the draft plan 'will follow' and consent is "
        "still to be asked ('I'll ask her at the home visit') -> consent null, missing consent and draft_plan -> "
        "request_info. Current worry: she is still messaging the boy who pressured her for images -> sexual_harm.",
        docs={"case_summary"}, not_children=["Adaeze Nwosu"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2068-07-03 08:47:20"
    comment = ("Sorry, I can't make the case discussion at 10 today. I'm at the Okafor house now. Tyler Okafor (13) "
               "rang me at 8 - last night his sister's boyfriend Dwayne (20) put his hands round Tyler's neck on the "
               "landing and said he'd do the same to Shannon Okafor if anyone 'grassed' about him and her. Dwayne stayed "
               "over and is asleep upstairs now. Mum left for work at 6. Shannon (15) has gone to school; Tyler won't "
               "go in to school and is in the kitchen with me - I have to leave at 9.30. Please ring me on 07700 900614. Kwame")
    data = outlook_itip_reply(f, when, ("Kwame Boateng", "kwame.boateng@roehampton-youth.example"),
                              ("MASH Step Up", RSU), "DECLINED",
                              "Step-up case discussion [SB-richmond_wandsworth-2271]", "20680703T100000",
                              "20680703T110000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, [],
        [ch("Tyler Okafor"), ch("Shannon Okafor")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a calendar reply's COMMENT: a youth worker declines the case discussion because a 13-year-old "
        "was held by the neck last night by his 15-year-old sister's 20-year-old boyfriend, who threatened her too and "
        "is asleep in the house now -> urgent meeting_reply -> alert_duty.",
        not_children=["Kwame Boateng", "Dwayne"],
        how="only in the COMMENT of an iTIP DECLINED reply (and its short text part)")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2068-05-11 15:55:42"
    text = T("""
Dear Early Help team,

I lead PSHE at St Aldhelm's School in Putney. We are planning a new Year 9 unit on healthy relationships for the autumn term, and the DSL suggested I ask you two things:

1. If, during a lesson, a pupil disclosed that a boyfriend or girlfriend had strangled them during sex, or was threatening to share nudes, would we ring you, the MASH, or the police first? (This hasn't happened - we just want the flowchart in our lesson plan to be right.)

2. Do you have a speaker or leaflets for parents about teenage relationship abuse, especially for parents who don't know their child is in a relationship?

Many thanks,
Harriet Lomax
PSHE Lead, St Aldhelm's School
""")
    top = plain_top(f, addr("Harriet Lomax", "h.lomax@staldhelms.example"), addr("Early Help Duty", RED),
                    "Question about Year 9 healthy relationships lessons", when, "staldhelms.example")
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a PSHE lead's hypothetical question ('This hasn't happened') about what to do if a pupil disclosed "
        "strangulation or threats to share nudes; no child -> other, human_review.",
        not_children=["Harriet Lomax"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2068-05-14 10:02:36"
    ack = ack_text("step-up", "SB-richmond_wandsworth-2243",
                   ["Mosaic ID: 2426604", "Children: Aisha Kamara"], ["rationale"])
    body = T("""
Good morning,

Here is the rationale you asked for.

Rationale for step up - Aisha Kamara
Aisha (14) has been in a relationship with a 17-year-old since January. He controls her phone and her friendships and she has been missing from home overnight twice in April, both times found at his flat. She says she loves him and will not engage with the healthy relationships work. Mum has tried everything she can. We think the relationship abuse and the missing episodes now need a social work assessment.

Regards,
Ines Carvalho
Early Help Practitioner | Wandsworth East

""") + "\nOn Fri, 11 May 2068 at 16:40, MASH Step Up <%s> wrote:\n" % RSU + quoted(ack)
    top = outlook_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Step-up request received [SB-richmond_wandsworth-2243]", when,
                      reply_to_mid="<ack-2243@stepbot.richmondandwandsworth.gov.uk>")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2426604"],
        [ch("Aisha Kamara")],
        ["domestic_abuse", "missing"], None, None, [], None, "attach_to_request",
        "Reply to [SB-richmond_wandsworth-2243] adding the missing rationale under its heading -> follow_up -> "
        "attach_to_request; missing [] for a follow_up. The quoted acknowledgement's 'What is missing:' is not the "
        "'missing' concern; the missing-from-home episodes in the rationale are.",
        not_children=["Ines Carvalho"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2068-07-17 12:30:04"
    body = T("""
Thank you for your email. I am on annual leave until Monday 30 July and will not be checking my emails.

If a young person is at immediate risk of harm, please call the police on 999. If you are worried that a young person is in an abusive relationship, or that someone is threatening to share their images, please contact the MASH duty desk (020 7946 0000) or the Emergency Duty Team out of hours.

For the Healthy Relationships groups, please contact youthservice@richmondandwandsworth.gov.uk.

Lorna Beckett
Healthy Relationships Youth Worker | Richmond and Wandsworth Youth Service
""")
    data = ooo(f, when, ("Beckett, Lorna", "Lorna.Beckett@" + RDOM), addr("Early Help Duty", RED),
               "Step-down request received [SB-richmond_wandsworth-2318]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: an Outlook out-of-office (Auto-Submitted: auto-replied) whose boilerplate mentions 'immediate risk', "
        "999, abusive relationships and threats to share images - no real child -> auto_reply, ignore (RFC 3834).",
        not_children=["Lorna Beckett"])
# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(fname, family, lines):
    return pdf_att(fname, "Multi-Agency Request for Support (MARF) - " + family, lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2068-04-25 14:10:33"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Shanice Adeyemi (DOB 21/09/2051), Mosaic ID 3350127, who has been open to Targeted Early Help (Bow Family Hub) since November.

Shanice (16) has been with her boyfriend, Tyrell (18), for a year. He takes her wages from her Saturday job and her bursary, decides who she can see, and she has dropped out of her college course. She has a younger brother, Malik Adeyemi (DOB 30/04/2056), and Malik's school says he told staff "Tyrell is always at ours and shouts at Shanice". Their youngest brother Jayden Adeyemi (DOB 08/08/2060) is seven.

Mum works two jobs and knows about the relationship; she has been told about this referral and agrees to it. Shanice agreed to us sharing her information with MAST.

My manager, Rukhsana Ali (cc'd), has agreed the step up.

Kind regards
Shahana Miah
Early Help Practitioner | Bow Family Hub | London Borough of Tower Hamlets | 020 7946 0418
""") + TDISC
    att = marf("MARF - Adeyemi.pdf", "Adeyemi", [
        "Child: Shanice Adeyemi, DOB 21/09/2051. Siblings: Malik (11), Jayden (7). Mosaic ID 3350127.",
        "Reason for request: financial and coercive control by an 18-year-old boyfriend (teenage relationship abuse);",
        "withdrawal from college; younger sibling witnessing shouting at home.",
        "Parent informed and agrees: Yes. Manager agreement: Rukhsana Ali, Early Help Team Manager, 25/04/2068.",
        "Referrer: Shahana Miah, Early Help Practitioner, Bow Family Hub."])
    top = outlook_top(f, addr("Miah, Shahana", "Shahana.Miah@" + TDOM), addr("MAST", TMAST),
                      "MARF - Adeyemi - step up", when, cc=addr("Ali, Rukhsana", "Rukhsana.Ali@" + TDOM))
    add(f, mail(f, top, body, [att], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3350127"],
        [ch("Shanice Adeyemi", "2051-09-21", "21/09/2051"), ch("Malik Adeyemi", "2056-04-30", "30/04/2056"),
         ch("Jayden Adeyemi", "2060-08-08", "08/08/2060")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF attached (PDF) and the manager's agreement stated (manager cc'd) -> "
        "book_meeting. Financial and coercive control of a 16-year-old by her 18-year-old boyfriend -> domestic_abuse. "
        "Mum 'agrees to it' -> consent true (not required for a MAST step-up).",
        docs={"request_for_support"}, not_children=["Rukhsana Ali", "Shahana Miah", "Tyrell"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2068-06-07 15:02:17"
    subject = ("MARF - Sadia Rahman (15) - the 24yo 'boyfriend' is parked outside Bow Fields gates right now, "
               "says he is taking her to Luton tonight")
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear MAST,</p>
<p>Please find attached the MARF for <b>Sadia Rahman</b>, DOB 03/09/2052, Mosaic ID 3361942.</p>
<p>Sadia met a man online in March who says he is 24 ("Zak"). He buys her clothes and a new phone, and she has been seen getting into his car after school several times. Sadia's parents do not know about the relationship - she has asked us not to tell them. Her younger sister Nadia Rahman (DOB 14/12/2057) has been covering for her.</p>
<p>My manager Fahim Uddin agreed I should send this today.</p>
<p>Nasrin Chowdhury<br>School-based Early Help Practitioner | Bow Fields School | London Borough of Tower Hamlets<br>020 7946 0633</p>
<p style="font-size:8pt;color:#666">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""")
    att = marf("MARF Rahman.pdf", "Rahman", [
        "Child: Sadia Rahman, DOB 03/09/2052. Sibling: Nadia Rahman, DOB 14/12/2057. Mosaic ID 3361942.",
        "Reason: relationship with an adult male (says 24) met online; gifts, lifts; secrecy from parents.",
        "Manager agreement: Fahim Uddin, 07/06/2068.",
        "Referrer: Nasrin Chowdhury, School-based Early Help Practitioner."])
    top = outlook_top(f, addr("Chowdhury, Nasrin", "Nasrin.Chowdhury@" + TDOM), addr("MAST", TMAST), subject, when)
    add(f, html_only(f, top, html_body, [att]), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3361942"],
        [ch("Sadia Rahman", "2052-09-03", "03/09/2052"), ch("Nadia Rahman", "2057-12-14", "14/12/2057")],
        ["exploitation", "sexual_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 in the SUBJECT line only: a 24-year-old man is parked outside the 15-year-old's school gates now "
        "and says he is taking her to Luton tonight; the HTML-only body is a routine MARF covering note -> urgent. The "
        "step-up itself is complete (MARF, manager agreed). Parents do not know -> consent null.",
        docs={"request_for_support"}, not_children=["Fahim Uddin", "Nasrin Chowdhury", "Zak"],
        how="only in the subject line of an HTML-only mail")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2068-05-15 11:05:48"
    body = T("""
Good morning Early Help Hub,

Step-down request following the Child and Family Assessment, completed on 11/05/2068.

Children:
Layla Hussain - DOB 04/03/2053
Zara Hussain - DOB 26/11/2061
Mosaic ID 3340019

In January Layla (15) told her teacher that her then boyfriend (17) had strangled her during an argument. This was investigated under s47: he was arrested, received a youth conditional caution, and his family moved to Glasgow in February. There has been no contact since then and Layla has blocked him. This is historic and there are no current child protection concerns.

Current worries are mum's low mood since the separation from dad (she is seeing her GP) and Zara's bedwetting.

Attached: the Child and Family Assessment and the draft TAF plan. Mum (Mrs Inês Hussain) and Layla both consented to the step-down on 11 May.

Lead Practitioner: Farzana Haque, Youth Worker, Poplar Youth Centre (farzana.haque@poplar-youth.example), who has agreed to take the role.

I will arrange and chair the TAF meeting.

Daniel Osei
Social Worker | Children's Social Care (Assessment) | London Borough of Tower Hamlets
""") + TDISC
    atts = [pdf_att("C&F Assessment - Hussain.pdf", "Child and Family Assessment - Hussain", [
                "Layla Hussain 04/03/2053; Zara Hussain 26/11/2061. Mosaic ID 3340019. Completed 11/05/2068.",
                "Outcome: step down to Targeted Early Help with a TAF plan.",
                "Analysis: the January incident is historic; perpetrator in Scotland; no contact. Current needs: maternal low mood, Zara's continence."]),
            docx_att("Draft TAF plan - Hussain.docx", [
                "# Draft TAF plan",
                "Mum: GP and Talking Therapies; Early Help parenting support.",
                "Layla: youth worker sessions (confidence, healthy relationships).",
                "Zara: school nurse continence clinic."])]
    top = plain_top(f, addr("Daniel Osei", "Daniel.Osei@" + TDOM), addr("Early Help Hub", TEH),
                    "Step down - Hussain - Mosaic 3340019", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3340019"],
        [ch("Layla Hussain", "2053-03-04", "04/03/2053"), ch("Zara Hussain", "2061-11-26", "26/11/2061")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Near miss: the strangulation by a 17-year-old is historic and closed (January, caution, family moved to Glasgow, "
        "no contact, 'no current child protection concerns') -> not urgent and not a current concern; current worry "
        "is mum's low mood. Complete Tower Hamlets step-down (assessment, draft TAF plan, consent, lead practitioner "
        "with agency) -> book_meeting.",
        docs={"assessment", "draft_plan"}, not_children=["Inês Hussain", "Farzana Haque", "Daniel Osei"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2068-06-21 16:12:05"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{border:1px solid #999;padding:3px 6px;font-family:Arial;font-size:10pt}</style></head>
<body style="font-family:Arial;font-size:10pt">
<p>Hi Early Help Hub,</p>
<p>Step down from CSC for the Bello family - Mosaic ID 3372218.</p>
<table>
<tr><td><b>Name</b></td><td><b>DOB</b></td><td><b>School</b></td></tr>
<tr><td>Imani Bello</td><td>13/05/2054</td><td>Stepney Green Academy (Y9)</td></tr>
<tr><td>Tobi Bello</td><td>02/12/2063</td><td>Nursery</td></tr>
</table>
<p>Imani (14) was in a relationship with a Year 11 boy who controlled who she could talk to and made her share her location; that ended in April and she is now doing the Respect healthy relationships programme. The worries now are mum's depression and Imani's attendance (82%).</p>
<p>Mum has consented to the step down. The draft TAF plan is attached. The C&amp;F assessment will follow once my manager has signed it off. Lead practitioner: tbc - I'm asking the school.</p>
<p>Ruth</p>
<p>Ruth Abernethy<br>Social Worker | Children's Social Care | London Borough of Tower Hamlets</p>
</body></html>
""")
    att = docx_att("Draft TAF plan - Bello.docx", [
        "# Draft TAF plan - Bello",
        "Mum: GP review; Early Help family support worker.",
        "Imani: attendance plan; Respect programme to finish in July.",
        "Tobi: nursery to monitor."])
    top = outlook_top(f, addr("Abernethy, Ruth", "Ruth.Abernethy@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Bello - 3372218", when)
    add(f, html_only(f, top, html_body, [att]), "tower_hamlets", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["3372218"],
        [ch("Imani Bello", "2054-05-13", "13/05/2054"), ch("Tobi Bello", "2063-12-02", "02/12/2063")],
        ["parental_mental_health", "school_attendance"], True, None, ["assessment", "lead_practitioner"], None,
        "request_info",
        "HTML-only Tower Hamlets step-down with the children in a table: draft TAF plan and consent present, but the C&F "
        "assessment 'will follow' and the lead practitioner is 'tbc' -> missing assessment, lead_practitioner -> "
        "request_info. The controlling relationship ended in April; current worries are mum's depression and 82% "
        "attendance.",
        docs={"draft_plan"}, not_children=["Ruth Abernethy"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2068-07-09 09:36:12"
    body = T("""
Good morning,

I am forwarding the record our school nurse made after her drop-in on Friday afternoon - I only opened it this morning as I was off on Friday. I'll do a MARF when I'm back from the Year 11 assembly. Nusrat is in school today.

Gareth Pennock
Designated Safeguarding Lead | Ropewalk Academy, Limehouse
020 7946 0297
""")
    att = pdf_att("School nurse drop-in record 06.07.68 - N Khatun.pdf", "School Health - drop-in record", [
        "Pupil: Nusrat Khatun. DOB 19/01/2053. Year 10. Seen: Friday 06/07/2068, 14:20. Nurse: M. Adebayo.",
        "Reason for attending: asked about the contraceptive pill.",
        "Disclosure: boyfriend Arif (19) 'chokes' her during sex. She says 'he says everyone does it'.",
        "Last Sunday she blacked out and woke up on his bedroom floor; she had a headache and a hoarse voice for two days.",
        "She is going to his flat on Monday after school because it is his birthday and he has 'plans' for her.",
        "She asked me not to tell her mum and dad - they do not know she has a boyfriend.",
        "Risk indicators: non-fatal strangulation with loss of consciousness; 4-year age gap; secrecy.",
        "Action: passed to DSL by email 15:55. Advised Nusrat to come back Monday morning."])
    top = outlook_top(f, addr("Pennock, Gareth", "g.pennock@ropewalk-academy.example"), addr("MAST", TMAST),
                      "FW: school nurse drop-in record - N Khatun Y10", when)
    add(f, mail(f, top, body, [att]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Nusrat Khatun", "2053-01-19", "19/01/2053")],
        ["physical_harm", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 only inside a PDF attachment: a school nurse's record says a 15-year-old is strangled during sex "
        "by a 19-year-old, lost consciousness last Sunday, and is going to his flat 'on Monday after school' - which, "
        "the record being from Friday 6 July, is today (Mon 9 July) -> urgent. A school DSL's forward, no step request "
        "(MARF to follow) -> other. The PDF uses 'Risk' (one of the three allowed).",
        not_children=["Gareth Pennock", "Arif"],
        how="only in a PDF attachment whose 'Monday' is today", words=("risk",))

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2068-05-02 13:20:44"
    text = T("""
Dear Early Help Hub,

Re: Ruksana Ahmed, DOB 11/11/2051

Ruksana attended The Hub@Whitechapel young people's sexual health service on 30 April for contraception. She told us she is open to Early Help and asked us to let her lead practitioner, Jannat, know that she came.

As we do for every under-18, we completed the “Spotting the Signs” proforma. Her partner is 16 and at the same college; they have been together eight months; there is no age gap, no gifts or money, no controlling behaviour, she has not been asked to share images and she has never been hurt or pressured. Score 0 – no concerns about exploitation or relationship abuse. No action is needed from you; this is for information only.

With best wishes,
Hollie Tran
Health Adviser, The Hub@Whitechapel
""")
    top = plain_top(f, addr("Hollie Tran", "hollie.tran@hubwhitechapel.example"), addr("Early Help Hub", TEH),
                    "For information - Ruksana Ahmed - sexual health attendance", when, "hubwhitechapel.example",
                    "SystmOne Mail Relay")
    add(f, build(top, text_part(text, charset="windows-1252"), True),
        "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Ruksana Ahmed", "2051-11-11", "11/11/2051")],
        [], None, None, [], None, "human_review",
        "Near miss: a sexual health service's 'Spotting the Signs' screen for a 16-year-old with every indicator "
        "negated ('no age gap, no gifts ... never been hurt or pressured', 'no concerns') and 'for information only' -> "
        "not urgent, other, human_review. Windows-1252 quoted-printable body (curly quotes, en dash).",
        not_children=["Hollie Tran", "Jannat"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2068-07-12 10:48:26"
    ack = ack_text("step-down", "SB-tower_hamlets-3307",
                   ["Mosaic ID: 3379050", "Children: Yasmin Akhtar"], ["assessment"])
    body = T("""
Good morning,

As you ask in your email, I send now the Child and Family Assessment for Yasmin Akhtar, it is finish and signed from my manager yesterday. Also I can confirm the Lead Practitioner will be Ms Halima Begum from Attlee Youth Centre, she has agree on the phone yesterday afternoon.

Please tell me if there is something more that you need from me.

Best regards,
Giulia Ferraresi
Social Worker | Children's Social Care | London Borough of Tower Hamlets

""") + quote("Early Help Hub <%s>" % TEH, "10 July 2068 09:12", "Ferraresi, Giulia <Giulia.Ferraresi@towerhamlets.gov.uk>",
             "Step-down request received [SB-tower_hamlets-3307]", ack)
    att = pdf_att("CFA Yasmin Akhtar signed.pdf", "Child and Family Assessment - Akhtar", [
        "Yasmin Akhtar. Mosaic ID 3379050. Assessment concluded 11/07/2068.",
        "Outcome: step down to Targeted Early Help; TAF plan agreed with Yasmin and her father."])
    top = outlook_top(f, addr("Ferraresi, Giulia", "Giulia.Ferraresi@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down request received [SB-tower_hamlets-3307]", when)
    add(f, mail(f, top, body, [att]), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["3379050"], [ch("Yasmin Akhtar")],
        [], None, None, [], None, "attach_to_request",
        "Second-language writer's reply to [SB-tower_hamlets-3307] bringing the missing C&F assessment (PDF) and the "
        "lead practitioner's name -> follow_up -> attach_to_request.",
        not_children=["Halima Begum", "Giulia Ferraresi"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2068-07-17 11:30:19"
    body = T("""
Hi MAST,

Step up request for Deshawn Clarke (DOB 01/06/2052), Mosaic ID 3344871.

Deshawn (16) has been open to Early Help since March for violence towards his mum. Last week his ex-girlfriend's school told us that after she ended the relationship he posted an intimate picture of her on Snapchat and has been following her home. Police are investigating the image. At home he has punched holes in doors and his younger sister Amara Clarke (DOB 22/10/2058) told her teacher she hides in her room when he is angry. Mum is frightened of him but says she can manage.

Rukhsana agreed the step up with me this morning. I'll complete the MARF tomorrow and send it over - I wanted you to have the outline today.

Thanks,
Oliver Brandt
Early Help Practitioner | Stepney Family Hub | London Borough of Tower Hamlets | 020 7946 0480
""") + TDISC
    top = plain_top(f, addr("Oliver Brandt", "Oliver.Brandt@" + TDOM), addr("MAST", TMAST),
                    "Step up - Deshawn Clarke - 3344871", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["3344871"],
        [ch("Deshawn Clarke", "2052-06-01", "01/06/2052"), ch("Amara Clarke", "2058-10-22", "22/10/2058")],
        ["domestic_abuse", "sexual_harm"], None, True, ["request_for_support"], None, "request_info",
        "Tower Hamlets MAST step-up for a 16-year-old who harms others (violence to mum, an ex-girlfriend's intimate "
        "image posted, younger sister frightened); manager agreed, but the MARF will follow -> missing "
        "request_for_support -> request_info. Nothing happening now (police investigating, mum 'can manage') -> not "
        "urgent.",
        not_children=["Oliver Brandt"])
# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2068-05-08 10:25:39"
    body = T("""
Morning Early Help,

Please can I have a triage slot for the Pascoe family - step down to Early Help at Level 3. LCS-4471862.

Maddison Pascoe, DOB 16/08/2052 (15)
Oakley Pascoe, DOB 04/02/2064 (4)

Maddison was on a CIN plan after police were called to an incident with her ex-boyfriend (19) in January. He has since moved to Plymouth and she has blocked him, but he still tries to contact her through new accounts now and then and she sometimes replies, which is the main worry going forward. Mum's drinking has reduced a lot since the spring but she still relies on it when she's stressed.

The Single Assessment is attached with my team manager's analysis - Wendy Hocking agreed the step down on 3 May. Mum has given consent for the step down and for us to share the assessment with Early Help.

As Oakley is under 5, I understand this will go to the under-5s triage.

Thanks,
Kerensa Tregear
Social Worker | Children's Services | Torbay Council | 01632 960218
""") + BDISC
    att = pdf_att("Single Assessment - Pascoe.pdf", "Single Assessment - Pascoe", [
        "Maddison Pascoe 16/08/2052; Oakley Pascoe 04/02/2064. LCS-4471862.",
        "Summary: relationship abuse by an adult ex-partner (January), now ended; occasional online contact.",
        "Mum: alcohol use reduced; engaging with the drug and alcohol service.",
        "Team manager analysis (Wendy Hocking, 03/05/2068): agree step down to Early Help, Level 3."])
    top = outlook_top(f, addr("Tregear, Kerensa", "Kerensa.Tregear@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Pascoe - LCS-4471862", when)
    add(f, mail(f, top, body, [att], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-4471862"],
        [ch("Maddison Pascoe", "2052-08-16", "16/08/2052"), ch("Oakley Pascoe", "2064-02-04", "04/02/2064")],
        ["domestic_abuse", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment with TM analysis, manager agreed, consent), Level 3 stated; "
        "Oakley (4) is under 5 -> the fortnightly under-5s triage. Current worries: online contact from the adult "
        "ex-partner and mum's drinking.",
        docs={"assessment"}, not_children=["Wendy Hocking", "Kerensa Tregear"])

def torbay_02():
    f = "torbay_02.eml"; when = "2068-06-14 15:40:02"
    body = T("""
Hi MASH,

Contact to MASH - step up from Early Help for Tyler-James Widdicombe, DOB 27/03/2053, EHM-60221.

I'm the lead professional (Torbay Youth Service). Tyler-James (15) has been abusive in his relationship with his girlfriend (14): the police were called to the park on 2 June after he pushed her to the ground, and her school says he has threatened to share pictures of her. At home he is controlling towards his mum and his little brother Ethan Widdicombe (DOB 09/09/2060) copies the way he speaks to her. The girlfriend's family have their own support through her school.

My ATM, Morwenna Hext, agrees this needs to come to MASH.

Mum has said she does not agree to the contact to MASH - she says "it's just teenagers" and she will deal with it.

Jago Penhallow
Youth Worker / Lead Professional | Torbay Youth Service | 01632 960544
""") + BDISC
    top = plain_top(f, addr("Jago Penhallow", "Jago.Penhallow@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Widdicombe - EHM-60221", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-60221"],
        [ch("Tyler-James Widdicombe", "2053-03-27", "27/03/2053"), ch("Ethan Widdicombe", "2060-09-09", "09/09/2060")],
        ["domestic_abuse", "sexual_harm"], False, True, ["consent"], None, "request_info",
        "Torbay step-up about a 15-year-old who abuses his girlfriend (push, threats to share pictures) and controls "
        "his mum: ATM agrees, but mum 'does not agree to the contact to MASH' -> consent false, missing consent -> "
        "request_info. Police already involved, nothing happening now -> not urgent.",
        not_children=["Morwenna Hext", "Jago Penhallow"])

def torbay_03():
    f = "torbay_03.eml"; when = "2068-06-20 12:05:26"
    text = T("""
Hi,

Contact to MASH attached for Gracie Luscombe. Mum consents and my ATM has agreed - it's all on the form.

Thanks
Lowenna

Lowenna Bray
Family Worker (Early Help) | Paignton Coast Academy
""")
    form = make_docx(["# Torbay Contact to MASH", "Step up from Early Help"], [[
        ["Child", "Gracie Luscombe"],
        ["DOB", "03/10/2052"],
        ["Siblings", "Lily Luscombe, DOB 21/07/2061"],
        ["Parent", "Claire Luscombe (mum)"],
        ["Case number", "EHM-61087"],
        ["Reason for contact", "Gracie (15) is in a relationship with Nathan Coombes, who is 22. This morning Gracie "
         "told me he is waiting for her at the bottom of the school drive at 3.15 today and is taking her to a "
         "friend's flat in Torquay for a 'party' where she has to 'be nice' to his mates. The last time she went "
         "(three weeks ago) she came home with bruises on her thighs, no underwear and no memory of the night. She "
         "says she can't say no to him. Mum works until 8pm and Gracie is meant to collect Lily from the after-school "
         "club at 5."],
        ["Parent consents to this contact", "Yes - Claire Luscombe, by phone 20/06/2068"],
        ["ATM agreement", "Yes - Morwenna Hext, 20/06/2068"],
        ["Lead professional", "Lowenna Bray, Paignton Coast Academy, 01632 960377"]]])
    att = binary_part(DOCX, "Contact to MASH - Luscombe.docx", form)
    top = plain_top(f, addr("Lowenna Bray", "l.bray@paigntoncoast.example"), addr("MASH", BMASH),
                    "Contact to MASH - G Luscombe", when, "paigntoncoast.example")
    add(f, gmail_mail(f, top, text, [att]), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-61087"],
        [ch("Gracie Luscombe", "2052-10-03", "03/10/2052"), ch("Lily Luscombe", "2061-07-21", "21/07/2061")],
        ["exploitation", "sexual_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 only inside the Word form: a 22-year-old is waiting for a 15-year-old at the school drive at "
        "3.15 today to take her to a 'party' where she must 'be nice' to his friends; last time she came home bruised "
        "with no memory -> urgent. The Torbay step-up is complete (consent and ATM agreement on the form) -> "
        "alert_duty.",
        not_children=["Claire Luscombe", "Nathan Coombes", "Morwenna Hext", "Lowenna Bray"],
        how="only inside a .docx contact form; the body just says 'see attached'")

def torbay_04():
    f = "torbay_04.eml"; when = "2068-07-10 09:12:50"
    body = T("""
OFFICIAL-SENSITIVE

Domestic abuse notification - for information - NO CHILDREN LINKED

Occurrence: 2068/0710/0147
Date/time: 09/07/2068 23:40
Location: Flat 3, 18 Fore Street, Brixham TQ5 9ZZ

Parties: Connor Ley (DOB 14/02/2049, 19) and Jasmine Sparkes (DOB 30/05/2049, 19), in a relationship for six months.
Summary: verbal argument; Connor pushed Jasmine against a door. Arrested, interviewed, released on bail with conditions not to contact Jasmine.

Children: none in the household; neither party has children; Jasmine is not pregnant. Both are care leavers and Jasmine's personal adviser has been told.

DASH completed: standard. No referral to children's services is required; copied to MASH in line with the local notification agreement.

PPU Administrator, Torbay Public Protection Unit
""")
    top = plain_top(f, addr("Torbay PPU", "ppu.torbay@police.example"), addr("MASH", BMASH),
                    "DA notification 2068/0710/0147 - adults only - for information", when, "police.example")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [], [], ["domestic_abuse"], None, None, [], None, "human_review",
        "Near miss, adult-only: a police notification of abuse between two 19-year-olds, 'NO CHILDREN LINKED', "
        "perpetrator bailed -> not urgent; other, human_review. The occurrence number is a police reference, not a "
        "case id; the two 19-year-olds are adults, not children.",
        not_children=["Connor Ley", "Jasmine Sparkes"])

def torbay_05():
    f = "torbay_05.eml"; when = "2068-06-22 14:50:31"
    comment = ("Accepted. Update for triage: Evie is staying with her nan in Brixham. Her ex is on police bail with "
               "conditions not to contact her or come to Brixham, and the safety plan we agreed on Tuesday is working - "
               "no contact at all since. Mum is happy for the step down to go ahead.")
    data = outlook_itip_reply(f, when, ("Tamara Hext", "tamara.hext@torbay.gov.uk"), ("Early Help", BEH),
                              "ACCEPTED", "Early Help triage - Tue 26 June [SB-torbay-5120]", "20680626T093000",
                              "20680626T100000", "Tor Hill House, Room 4", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Near miss in a calendar reply's COMMENT: the ex-partner is on bail with no-contact conditions, the young person "
        "is with her nan, 'the safety plan ... is working - no contact at all since' -> planned and managed, not "
        "urgent -> record_reply.",
        not_children=["Tamara Hext", "Evie"])

def torbay_06():
    f = "torbay_06.eml"; when = "2068-07-05 21:43:08"
    body = T("""
please someone help me he is outside our house right now banging on the door and shouting hes going to put Kayleigh's pictures all over facebook and kill her. Kayleigh Voisey is my daughter she is 15 she finished with him on sunday. hes 20. my son Harvey is 10 and hes under his bed crying. i rang the police 40 mins ago and nobody has come. hes trying the back gate now

Sarah Voisey 07700 900852
14 Clennon Rise Paignton TQ4 9ZZ
""") + IPHONE_SIG
    top = iphone_top(f, addr("Sarah Voisey", "sarahv1984@mail.example"), BMASH, "help", when, "mail.example")
    add(f, apple_mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kayleigh Voisey")],
        ["domestic_abuse", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 out of hours (21:43): a mother writes that her 15-year-old daughter's 20-year-old ex is at the "
        "door now threatening to kill her and post her pictures, the 10-year-old brother is hiding, police not yet "
        "arrived -> urgent; a parent's plea, no step request -> other. Harvey is named by first name only.",
        not_children=["Sarah Voisey", "Harvey"],
        how="plainly in a parent's unpunctuated mobile mail at night, subject 'help'")

def torbay_07():
    f = "torbay_07.eml"; when = "2068-07-16 11:20:45"
    body = T("""
Hello Early Help,

I'd like a triage slot to step Jessica Cann (DOB 28/02/2053) down to Early Help, LCS-4498310.

Background: last autumn an ex-boyfriend (16) shared an intimate image of Jessica in a group chat. It was taken down through Report Remove in November 2067, the police gave him a youth caution, and the s47 ended with no further action. There has been no contact and no further images since. Nothing new has happened.

Jessica (15) is still low in mood and her attendance is 86%, which is what Early Help would help with.

The Single Assessment is attached. Jessica and her mum both consented to the step down at my visit on Friday.

I'm discussing the step down with my ATM at supervision on Thursday and will let you know.

Demelza Rowe
Social Worker | Children's Services | Torbay Council
""") + BDISC
    att = pdf_att("Single Assessment - Cann.pdf", "Single Assessment - Cann", [
        "Jessica Cann, 28/02/2053. LCS-4498310.",
        "Image-based abuse by a peer, autumn 2067: resolved (image removed, caution, s47 NFA).",
        "Current needs: low mood; attendance 86%. Recommendation: step down to Early Help."])
    top = outlook_top(f, addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM), addr("Early Help", BEH),
                      "Step down triage - Cann", when)
    add(f, mail(f, top, body, [att]), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["LCS-4498310"], [ch("Jessica Cann", "2053-02-28", "28/02/2053")],
        ["school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Near miss: the shared image is historic and resolved (removed November 2067, caution, s47 NFA, 'Nothing new "
        "has happened') -> not urgent, not a current concern. Torbay step-down with the Single Assessment and consent, "
        "but the ATM has not yet agreed ('discussing ... on Thursday') -> manager_agreed null, missing -> "
        "request_info.",
        docs={"assessment"}, not_children=["Demelza Rowe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2068-04-30 09:05:12"
    body = T("""
Hi, thanks for your email.

I'm away until Tuesday 8 May. The school nurse drop-in at Brixham College is closed this week; for sexual health advice young people can use the Torbay young people's clinic.

Bryony Northcott
School Nurse | Torbay 0-19 Service
""")
    top = plain_top(f, addr("Bryony Northcott", "bryony.northcott@torbay-019.example"), addr("Early Help", BEH),
                    "Away until 8 May", when, "torbay-019.example",
                    extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<ack-5077@stepbot.torbay.gov.uk>")])
    add(f, gmail_mail(f, top, body), "torbay", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail-style vacation responder: only 'Auto-Submitted: auto-replied' marks it (custom subject) -> auto_reply, "
        "ignore.",
        not_children=["Bryony Northcott"])
# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2068-06-13 10:40:18"
    body = T("""
Dear Early Help Co-ordinators,

Please find the Early Help Assessment step-down plan and the signed consent form for the Watkins sibling group (Mosaic 618834), following my discussion with Verity Lang on Tuesday.

Ffion Watkins - DOB 08/04/2052
Dylan Watkins - DOB 19/12/2057
Seren Watkins - DOB 02/06/2062

Ffion (16) was controlled and threatened by an older boyfriend last year; that relationship ended, and the Child and Family Assessment concluded on 6 June that the family's needs can be met by Early Help. The worry that remains is the controlling behaviour Dylan (10) has picked up - he has been copying things he heard said to Ffion and speaking to Seren and his mum that way.

Key person agreed with the family: Nia Probert, Youth Worker, Herefordshire Youth Service (01632 960411), who already works with Ffion.

Kind regards,
Gareth Bevan
Social Worker | Children's Services | Herefordshire Council
""") + HDISC
    atts = [docx_att("EHA step-down plan - Watkins.docx", [
                "# Early Help Assessment - step-down plan",
                "Family: Watkins. Mosaic 618834. Children: Ffion, Dylan, Seren.",
                "What needs to happen: healthy relationships work with Ffion (youth worker, 10 weeks); Dylan to join the",
                "school's respectful relationships group; mum to attend the Freedom Programme.",
                "Key person: Nia Probert, Herefordshire Youth Service."]),
            pdf_att("Consent form signed - Watkins.pdf", "Consent to Early Help - signed", [
                "I agree to my family receiving Early Help and to information being shared with the co-ordinators.",
                "Signed: Rhian Watkins (mother). Date: 11/06/2068."])]
    top = outlook_top(f, addr("Bevan, Gareth", "Gareth.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Watkins sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["618834"],
        [ch("Ffion Watkins", "2052-04-08", "08/04/2052"), ch("Dylan Watkins", "2057-12-19", "19/12/2057"),
         ch("Seren Watkins", "2062-06-02", "02/06/2062")],
        ["domestic_abuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan (.docx), signed consent form (PDF), key "
        "person with agency; discussed with a co-ordinator already -> book_meeting. Current worry: a 10-year-old "
        "copying the controlling behaviour aimed at his sister -> domestic_abuse. 'Mosaic 618834' -> '618834'.",
        docs={"draft_plan", "consent_form"}, not_children=["Nia Probert", "Gareth Bevan", "Rhian Watkins", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2068-05-01 16:30:52"
    body = T("""
Hello,

Step up request for Ashton Bowkett, DOB 17/08/2053, Mosaic 622419 - I know you usually get step-downs from us but I didn't know where else to send this.

Ashton (14) has been seeing a woman called Kayla Meredith, who is 23. They met at the skatepark in Leominster at Easter. She buys him weed and vodka, lets him stay at her flat, and he told me last week they are "together". His mum Lisa has just rung me in tears: Kayla messaged Ashton twenty minutes ago telling him to pack a bag because she is picking him up at 6 tonight to live with her "for good". Lisa tried to take his phone and he punched the wall; he is in his room packing now and says nobody can stop him. His brother Corey (8) is in the house.

I'm going to ring Lisa back. I'm on 01632 960733.

Tess Morgan
Early Help Practitioner | Herefordshire Council (Leominster locality)
""") + HDISC
    top = plain_top(f, addr("Tess Morgan", "Tess.Morgan@" + HDOM), addr("MASH", HMASH),
                    "Step up request - Ashton Bowkett", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["622419"], [ch("Ashton Bowkett", "2053-08-17", "17/08/2053")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1: a 23-year-old woman in a 'relationship' with a 14-year-old boy (drugs, alcohol, overnight stays) "
        "is collecting him at 6 tonight to live with her -> urgent. A step-up to Herefordshire, whose protocol defines "
        "none: without the risk it would be human_review with missing []; urgent makes it alert_duty. Corey is "
        "named by first name only.",
        not_children=["Kayla Meredith", "Lisa", "Corey", "Tess Morgan"],
        how="plainly in the body of a step-up the protocol does not define")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2068-06-28 14:15:37"
    body = T("""
Dear co-ordinators,

Step-down plan attached for Maisie Gwilliam, DOB 15/09/2053, Mosaic 624077.

School raised a worry in May that Maisie (14) might be sharing images with an older boy. The section 47 enquiry found no evidence of any image sharing and no older partner: her boyfriend is in her year group (14), both young people were spoken to, and police checked both phones with parental consent. There are no child protection concerns.

The reason for Early Help is mum's depression: she has been off work since March and Maisie is doing a lot at home.

Key person: Helen Bufton, Family Support Worker, Kington Children's Centre.

Mum gave her consent on the phone on Tuesday; I'll get the signed consent form to you next week.

Rhian Powell
Social Worker | Herefordshire Council
""") + HDISC
    att = docx_att("EHA step-down plan - Gwilliam.docx", [
        "# EHA step-down plan - Gwilliam",
        "Mum: GP review and Talking Therapies referral - by 31/07/2068.",
        "Maisie: young carers assessment; school pastoral check-ins.",
        "Key person: Helen Bufton, Kington Children's Centre."])
    top = plain_top(f, addr("Rhian Powell", "Rhian.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Maisie Gwilliam", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [att]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["624077"], [ch("Maisie Gwilliam", "2053-09-15", "15/09/2053")],
        ["parental_mental_health", "young_carer"], True, None, ["consent_form"], None, "request_info",
        "Near miss: image sharing and an older partner were looked into and negated ('found no evidence', 'no older "
        "partner', 'no child protection concerns') -> not urgent, not concerns. Herefordshire step-down with plan and "
        "key person; mum's consent given by phone (consent true) but the signed form is to follow -> missing "
        "consent_form -> request_info.",
        docs={"draft_plan"}, not_children=["Helen Bufton", "Rhian Powell"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2068-07-11 09:20:03"
    ack = ack_text("step-down", "SB-herefordshire-611", ["Mosaic ID: 626310", "Children: Libby Preece"], [])
    body = T("""
Morning,

An update for the co-ordinators on Libby Preece before you allocate:

Her ex-boyfriend (18) turned up at the house last night demanding to see her. Mum called the police and he was arrested at the door. He was charged this morning and has been remanded to appear at court, with bail conditions (if granted) not to contact Libby or come into Ross. Libby is at home with mum and her sister, and the police have fitted a doorbell camera and put a marker on the address.

Nothing is needed from you today - the police and I have it in hand. I'll send the updated plan on Friday.

Owain Price
Social Worker | Herefordshire Council
""") + quote("Early Help Co-ordinators <%s>" % HEH, "04 July 2068 11:20", "Price, Owain <Owain.Price@herefordshire.gov.uk>",
             "Step-down request received [SB-herefordshire-611]", ack)
    top = outlook_top(f, addr("Price, Owain", "Owain.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down request received [SB-herefordshire-611]", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["626310"], [ch("Libby Preece")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "Near miss, already safe: last night's incident ended with the ex-boyfriend arrested, charged and remanded; the "
        "young person is at home with mum, police marker and camera fitted, 'Nothing is needed from you today' -> not "
        "urgent; reply to [SB-herefordshire-611] -> follow_up, attach_to_request.",
        not_children=["Owain Price"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2068-06-25 07:38:44"
    ack = ack_text("step-down", "SB-herefordshire-604", ["Mosaic ID: 625518", "Children: Lily Hadley, Ruby Hadley"], [])
    body = T("""
Lily Hadley didnt come home last night. Her sister Ruby Hadley (12) just rang me - Lily's at Connor's flat in Bromyard (he's 20), her phone is on his account and she texted Ruby at 6 "he wont let me go dont tell mum he'll know". Mum's on a night shift at the care home till 8 and doesn't know Lily went out. Ruby is at home on her own with the twins who are 4.

Ringing police now

Bethan
""") + IPHONE_SIG + "\n" + "On 21 Jun 2068, at 14:03, Early Help Co-ordinators <%s> wrote:\n\n" % HEH + quoted(ack)
    top = iphone_top(f, addr("Bethan Lloyd", "Bethan.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                     "Re: Step-down request received [SB-herefordshire-604]", when, HDOM)
    add(f, apple_mail(f, top, body), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["625518"],
        [ch("Lily Hadley"), ch("Ruby Hadley")],
        ["domestic_abuse", "missing"], None, None, [], None, "alert_duty",
        "Safety rule 1 at 07:38 on a mobile reply to [SB-herefordshire-604]: a 15-year-old is missing overnight at a "
        "20-year-old's flat texting 'he wont let me go', and a 12-year-old is alone with 4-year-old twins -> urgent "
        "follow_up -> alert_duty.",
        not_children=["Bethan Lloyd", "Connor"],
        how="in an iPhone reply to an acknowledgement, early morning")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2068-05-04 12:00:00"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana;font-size:10pt">
<h2>Herefordshire Safeguarding Children Partnership - 7-minute briefing</h2>
<h3>Learning from a local review: "Hazel" (2065)</h3>
<p>"Hazel" was 15 when she died in 2065. Her review found that her 21-year-old boyfriend had strangled her on at least three occasions, had shared images of her, and had waited outside her school most days. Her younger brother knew and had been told to keep it secret. Her school nurse and a sexual health clinic each held part of the picture; nobody held all of it.</p>
<h3>What we learned</h3>
<ul>
<li>Ask young people about their relationships - and ask again.</li>
<li>Non-fatal strangulation is a red flag for homicide: share it the same day.</li>
<li>Younger siblings are often the first to know.</li>
<li>Parents may not know a relationship exists; plan how and when they are told.</li>
</ul>
<p>This briefing is anonymised and concerns a review that is complete; it is sent for learning only. Please discuss it at your next team meeting.</p>
<p style="font-size:8pt">Herefordshire Safeguarding Children Partnership | You receive this as a member of the HSCP practitioner list.</p>
</body></html>
""")
    top = plain_top(f, addr("HSCP", "hscp@herefordshire-scp.example"), addr("Early Help Co-ordinators", HEH),
                    "7-minute briefing: learning from the 'Hazel' review", when, "herefordshire-scp.example",
                    extra=[("List-Id", "HSCP practitioner list <practitioners.herefordshire-scp.example>"),
                           ("List-Unsubscribe", "<mailto:hscp@herefordshire-scp.example?subject=unsubscribe>")])
    add(f, html_only(f, top, html_body), "herefordshire", "early_help_duty", when, 10,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: an HTML-only partnership briefing about a completed, anonymised review of a death in 2065 "
        "(strangulation, shared images, a boyfriend at the school gates) - historic, 'for learning only' -> other, "
        "human_review.",
        not_children=["Hazel"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2068-07-17 13:05:29"
    body = T("""
Dear co-ordinators,

Step-down plan and signed consent form attached for Megan Tranter (DOB 30/05/2052) and her brother Rhys Tranter (DOB 11/11/2056), Mosaic 627702. I talked it through with Xavier at the drop-in last week.

Megan (16) was in an abusive relationship with Callum (19) until April; the CIN plan has supported her and mum to end it and to get the locks changed. Rhys has been anxious and the school are supporting him.

Key person: Catrin Davies, Pastoral Lead, Wye Valley High School (01632 960582).

Diolch,
Siân Jenkins
Social Worker | Herefordshire Council

PS Just had the school nurse on the phone - Megan told her this morning that Callum has been messaging her all night. He still has a key to the house from when they were together (it turns out mum never got the back door changed) and he says he'll be waiting when she gets in at 4 to "finish what he started". Mum's at work in Worcester until 7 and Rhys gets home on the bus at 3.30 on his own. I'm going out there now.
""") + HDISC
    atts = [docx_att("Step-down plan - Tranter.docx", [
                "# EHA step-down plan - Tranter",
                "Megan: youth worker healthy relationships sessions; school pastoral check-ins.",
                "Rhys: ELSA support at school.",
                "Mum: Freedom Programme."]),
            pdf_att("Consent form - Tranter (signed).pdf", "Consent to Early Help - signed", [
                "I consent to my family receiving Early Help.", "Signed: Joanne Tranter (mother), 12/07/2068."])]
    top = outlook_top(f, addr("Jenkins, Siân", "Sian.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Tranter", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, ["627702"],
        [ch("Megan Tranter", "2052-05-30", "30/05/2052"), ch("Rhys Tranter", "2056-11-11", "11/11/2056")],
        ["domestic_abuse"], True, None, [], None, "alert_duty",
        "Safety rule 1 in a PS under the signature: the 19-year-old ex has a key and says he will be waiting at the "
        "house at 4 today to 'finish what he started'; the 11-year-old gets home alone at 3.30 -> urgent. The step-down "
        "itself is complete (plan, signed consent form, key person with agency) -> alert_duty.",
        docs={"draft_plan", "consent_form"},
        not_children=["Callum", "Catrin Davies", "Siân Jenkins", "Joanne Tranter", "Xavier"],
        how="in a PS after the signature of a routine step-down")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2068-07-09 15:30:14"
    body = T("""
Hi both,

Step-down for Evie-Grace Lewis, born 23 January 2054, Mosaic 626955.

Evie-Grace (14) was in a controlling relationship with a 16-year-old last term; it ended in May and there has been no contact. The worry now is her school attendance, which is 81%.

Attached: the step-down plan and mum's signed consent form. We haven't agreed a key person yet - possibly the school nurse, I'm waiting to hear back.

Tom Havard
Social Worker, Herefordshire Council
""")
    atts = [docx_att("Step down plan EG Lewis.docx", [
                "# Step-down plan - Evie-Grace Lewis",
                "Attendance support plan with the school; weekly check-ins; review in 6 weeks."]),
            pdf_att("Signed consent - Lewis.pdf", "Consent to Early Help", [
                "I consent to Early Help for my daughter. Signed: D. Lewis (mother) 05/07/2068."])]
    top = plain_top(f, addr("Tom Havard", "Tom.Havard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Evie-Grace Lewis", when, HDOM)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["626955"], [ch("Evie-Grace Lewis", "2054-01-23", "23 January 2054")],
        ["school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "Herefordshire step-down with plan and signed consent form (consent true) but no key person yet ('possibly the "
        "school nurse') -> missing lead_practitioner -> request_info. DOB written '23 January 2054'.",
        docs={"draft_plan", "consent_form"}, not_children=["Tom Havard"])
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
# Knowsley notice: file -> (working days expected, plain weekdays, crosses a bank holiday?, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (4, 5, date(2068, 5, 7), True),
    "knowsley_02.eml": (7, 7, None, False),
    "knowsley_03.eml": (4, 5, date(2068, 5, 28), True),
    "knowsley_04.eml": (5, 6, date(2068, 5, 7), False),
}
EXPECTED_BH_2068 = {date(2068, 1, 2), date(2068, 4, 20), date(2068, 4, 23), date(2068, 5, 7), date(2068, 5, 28),
                    date(2068, 8, 27), date(2068, 12, 25), date(2068, 12, 26)}
# the brief's words: at most 3 urgent mails may use any of them
BRIEF_WORDS = re.compile(r"\b(urgent|urgently|immediate|immediately|risk|emergency|danger|asap)\b", re.I)
HALF_TERM = (date(2068, 5, 28), date(2068, 6, 1))

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

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]

def parse_dob(w):
    m = re.fullmatch(r"(\d\d)[/.-](\d\d)[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", w)
    if m:
        return w
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    return date(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

WORDY = {}

def run_checks():
    E = []
    WORDY.clear()
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- set-level: calendar
    if easter(2068) != date(2068, 4, 22):
        err("calendar", "Easter 2068 should be Sunday 22 April")
    bh = bank_holidays(2068)
    if bh != EXPECTED_BH_2068:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2068))
    if HALF_TERM[0] != last_monday(2068, 5) or HALF_TERM[1] != last_monday(2068, 5) + timedelta(days=4):
        err("calendar", "half term should be the Spring Bank Holiday week")
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2068, 5, 7), date(2068, 5, 28)]:
        err("calendar", "bank holidays in the window should be 7 May and 28 May: %s" % inwin)
    if not (easter(2068) + timedelta(days=1) < WINDOW[0]):
        err("calendar", "the window must start after Easter Monday")
    if WINDOW[0] != easter(2068) + timedelta(days=2) or WINDOW[0].weekday() != 1 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run from the Tuesday after Easter Monday to a Friday")
    bst_on, bst_off = last_sunday(2068, 3), last_sunday(2068, 10)
    if (bst_on, bst_off) != (date(2068, 3, 25), date(2068, 10, 28)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    for d, off in ((datetime(2068, 3, 25, 0, 59, tzinfo=UTC), 0), (datetime(2068, 3, 25, 1, 1, tzinfo=UTC), 1),
                   (datetime(2068, 10, 28, 0, 59, tzinfo=UTC), 1), (datetime(2068, 10, 28, 1, 1, tzinfo=UTC), 0)):
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2068:
                    err(f, "meeting date not a future working day of 2068")
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
        if sent.weekday() >= 5:
            err(f, "Date on a weekend")
        if dh[:3] != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][sent.weekday()]:
            err(f, "Date weekday wrong: %s" % dh)
        if HALF_TERM[0] <= sent.date() <= HALF_TERM[1] and m.get("half_term_ok") is not True:
            err(f, "dated in half term without saying so")
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
            hits = sorted({h.lower() for h in BRIEF_WORDS.findall(heads + "\n" + text)})
            if hits:
                WORDY[f] = hits
            if set(hits) != set(m.get("words", ())):
                err(f, "urgent mail's alarm words %s differ from those declared %s" % (hits, m.get("words", ())))
        for y in re.findall(r"\b(20\d\d)\b", text):
            if int(y) > 2068:
                err(f, "a year after 2068 in the text: %s" % y)
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
    if len(WORDY) > 3:
        E.append("set: %d urgent mails use the brief's alarm words (at most 3): %s" % (len(WORDY), sorted(WORDY)))
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
    out.append("urgent mails using the brief's alarm words: %s" % ", ".join("%s %s" % kv for kv in sorted(WORDY.items())))
    for a in AUTHORITIES:
        cs = [CATS[f] for f in FILES if f.rsplit("_", 1)[0] == a]
        out.append("%s: urgent %d / near_miss %d / ordinary %d" % (a, cs.count("urgent"), cs.count("near_miss"), cs.count("ordinary")))
    for key in ("consent", "manager_agreed", "level", "notice_ok", "mailbox"):
        t = {}
        for l in LABELS:
            v = l["mailbox"] if key == "mailbox" else l["expect"][key]
            t[str(v)] = t.get(str(v), 0) + 1
        out.append("%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(t.items()))))
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
