#!/usr/bin/env python3
"""mixed167: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2062, in managers' voices and sign-off: team managers and service managers
agreeing, disagreeing or agreeing with conditions; delegated and deputy sign-off while a manager is on leave;
approval only inside a forwarded chain or an attached form; a terse "agreed" on a mobile; a manager overruling a
practitioner; escalation emails between managers; managers forwarding a practitioner's request with their own
comment on top; sign-off requested but not yet given.

Window: Monday 17 April - Friday 21 July 2062. Easter Sunday 2062 is 26 March (Good Friday 24 March, Easter
Monday 27 March), so the summer term starts after the Easter break on Monday 17 April. Inside the window: the
Early May bank holiday Monday 1 May and the Spring Bank Holiday Monday 29 May (half term 29 May - 2 June).
British Summer Time runs from Sunday 26 March to Sunday 29 October 2062, so every Date header carries +0100.

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
YEAR = 2062
WINDOW = (date(2062, 4, 17), date(2062, 7, 21))


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
    """England & Wales bank holidays by the standing rules (no one-off proclamations are known for 2062)."""
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
        qm = re.match(r"^(>+ ?)", logical)
        if qm:                                    # RFC 3676: a wrapped quoted line keeps its quote depth
            phys = [phys[0]] + [qm.group(1) + x for x in phys[1:]]
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
            b"<< /Producer (mixed167 make_set.py) /Title (" + pesc(title).encode("cp1252") + b") >>"]
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
            zi = zipfile.ZipInfo(name, date_time=(2062, 4, 3, 0, 0, 0))
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



# ---------------------------------------------------------------- extra builders for this set
def text_att(filename, text, charset="utf-8"):
    h = [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "quoted-printable")]
    return Part(h, qp(text.replace("\n", "\r\n"), charset))

def rfc822_att(inner_headers, inner_text, filename):
    """A forwarded message attached whole (message/rfc822) - Outlook's 'Forward as attachment'."""
    inner = "".join("%s: %s\n" % (k, v) for k, v in inner_headers) + "MIME-Version: 1.0\n" + render(text_part(inner_text))
    h = [("Content-Type", 'message/rfc822; name="%s"' % filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename)]
    return Part(h, inner)

def gquote(frm, when_text, text):
    """Gmail / iPhone style '> ' quotation under an 'On ... wrote:' line."""
    return "\nOn %s, %s wrote:\n\n" % (when_text, frm) + quoted(text)

def fwd_block(frm, sent, to, subject, text, cc=None):
    return quote(frm, sent, to, subject, text, cc)


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
    f = "knowsley_01.eml"; when = "2062-04-24 10:07:15"
    body = T("""
Good morning MASH,

Please find attached the step up documents for Harley Nuttall and Poppy Nuttall, EHM-91306, open to Family First 0-18 at Level 3 (Halewood).

Our concerns are neglect - the GCP2 is attached - and Harley's attendance.

Step up TAF: Wednesday 3rd May 2062 at 10:00 on Teams. The invite has gone to the MASH inbox and to MASH business support, and I have invited school, the health visitor and the dental access team.

Management sign-off is recorded on the step up form.

Mum (Jade) is aware that I am sending this.

Attached:
1. FF Step Up request to CSC - Nuttall.docx
2. TAF minutes 12.04.62 - Nuttall.pdf
3. GCP2 - Nuttall.pdf

Thanks,
Lauren

Lauren Pickavance
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0274

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-91306"),
        ("Children:", "Harley Nuttall 14/09/2053; Poppy Nuttall 02/02/2058"),
        ("Date of step up TAF meeting:", "Wednesday 3 May 2062, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 12/04/2062"),
        ("What are we worried about?", "Home conditions have been poor for over a year (no bedding for Poppy, little food in the house at three visits). Poppy has untreated tooth decay and has missed two dental appointments. Harley's attendance is 82%."),
        ("What is working well?", "Jade is warm with the children and lets the worker in. Harley is doing well in football club."),
        ("What needs to happen?", "CSC assessment; dental treatment for Poppy; a clear plan for home conditions."),
        ("Graded Care profile (If neglect should be completed).", "Completed 10/04/2062 - attached."),
        ("Agreement by line manager:", "Discussed in supervision 20/04/2062. Agreed - Moira Culshaw, Team Manager (signed electronically)."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Nuttall.docx", form),
            pdf_att("TAF minutes 12.04.62 - Nuttall.pdf", "Team Around the Family meeting - minutes", [
                "Family: Nuttall. EHM-91306. Date: 12/04/2062. Venue: Halewood Family Hub.",
                "Present: Lauren Pickavance (FF), Jade Nuttall (mum), Harley's class teacher, health visitor.",
                "1. Home: worker found no food in the fridge at two of the last three visits. Foodbank voucher given.",
                "2. Health: Poppy - dental appointments missed 14/03 and 28/03. Re-referred.",
                "3. School: Harley 82% attendance.",
                "Actions: LP to complete GCP2 and discuss step up with team manager."]),
            pdf_att("GCP2 - Nuttall.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Nuttall. Completed with: Jade Nuttall. Date: 10/04/2062. Practitioner: Lauren Pickavance.",
                "Area 1 Physical care: 4. Area 2 Care of safety: 3. Area 3 Love: 2. Area 4 Esteem: 3.",
                "Summary: physical care and health needs are not being met consistently."])]
    top = outlook_top(f, addr("Pickavance, Lauren", "Lauren.Pickavance@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Nuttall - EHM-91306", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-91306"],
        [ch("Harley Nuttall", "2053-09-14", "14/09/2053"), ch("Poppy Nuttall", "2058-02-02", "02/02/2058")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "SIGN-OFF ONLY IN THE ATTACHED FORM: the body just says sign-off 'is recorded on the step up form'; the "
        "Appendix 1 .docx says 'Agreed - Moira Culshaw, Team Manager' -> manager_agreed true. Complete Knowsley "
        "step-up for neglect (form, TAF minutes .pdf, GCP2 .pdf, EHM id). TAF Wed 3 May from Mon 24 Apr crosses "
        "May Day (Mon 1 May): 6 WD (7 plain weekdays) -> ok -> book_meeting. 'Mum is aware' is not consent (null).",
        meeting=date(2062, 5, 3), docs={"step_up_form", "taf_minutes", "gcp2"},
        not_children=["Jade Nuttall", "Lauren Pickavance", "Moira Culshaw"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2062-05-04 11:52:40"
    inner = T("""
Danielle,

Here's the step up for the Ashworth boys for you to sign off before it goes to MASH.

Jayden Ashworth - 07/03/2056
Leo Ashworth - 19/11/2058
EHM-92217

Concerns: mum's partner Reece Cottam. Two police call-outs in April for him assaulting mum (Jayden saw the second one), and nursery have seen Leo flinch when Reece raises his voice at pick-up. Mum says she has ended it but he is still at the flat most days.

Step up TAF: Wednesday 10th May at 13:30, Kirkby Family Hub (Room 3). I'll send the invite to the MASH inbox and MASH business support once you've agreed. Form attached; the TAF minutes from 20 April still need typing up, I'll send them this afternoon.

Update 11.25 - nursery have just rung me. Leo came in this morning with a round burn on the back of his left hand, about the size of the end of a lighter, blistered. He told the nursery nurse "Reece did it cos I wouldn't stop crying". Reece is down as the one collecting Leo from nursery at 12 today. Mum's phone is going straight to voicemail. I'm ringing MASH duty now but wanted you to know.

Kyle
""")
    body = T("""
Hi MASH,

Forwarding Kyle's step up for the Ashworth boys with my agreement - I've read the form and I'm happy with it, agreed. The TAF minutes will follow from Kyle this afternoon, sorry.

Please read Kyle's update at the bottom of his email below, from this morning. He is trying to get through to you by phone as well.

Danielle

Danielle Rimmer
Team Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0531
""") + quote("Brennock, Kyle <Kyle.Brennock@knowsley.gov.uk>", "Thursday, May 4, 2062 11:31 AM",
             "Rimmer, Danielle <Danielle.Rimmer@knowsley.gov.uk>", "Step up - Ashworth - EHM-92217", inner) + "\n" + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-92217"),
        ("Children:", "Jayden Ashworth 07/03/2056; Leo Ashworth 19/11/2058"),
        ("Date of step up TAF meeting:", "Wednesday 10 May 2062, 13:30, Kirkby Family Hub"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Domestic abuse by mum's partner Reece Cottam; the children have seen assaults on mum; Leo frightened of Reece."),
        ("What is working well?", "Mum has spoken openly to the IDVA; Jayden is settled at school."),
        ("What needs to happen?", "CSC assessment; safety plan; Reece not to be at the flat."),
        ("Agreement by line manager:", ""),
    ])
    atts = [docx_att("FF Step Up request to CSC - Ashworth.docx", form)]
    top = outlook_top(f, addr("Rimmer, Danielle", "Danielle.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Step up - Ashworth - EHM-92217", when,
                      cc=addr("MASH Business Support", KBS) + ", " + addr("Brennock, Kyle", "Kyle.Brennock@" + KDOM))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-92217"],
        [ch("Jayden Ashworth", "2056-03-07", "07/03/2056"), ch("Leo Ashworth", "2058-11-19", "19/11/2058")],
        ["domestic_abuse", "physical_harm"], None, True, ["taf_minutes"], False, "alert_duty",
        "Safety rule 1 in the FORWARDED part under a manager's comment: a 3-year-old's fresh blistered burn he says "
        "mum's partner did, and the same man collects him from nursery at 12 today -> urgent. The team manager's own "
        "comment on top ('agreed') gives manager_agreed true (the form's agreement line is blank). TAF minutes 'to "
        "follow' -> missing taf_minutes; TAF Wed 10 May from Thu 4 May is 4 WD -> notice not ok; urgent wins.",
        meeting=date(2062, 5, 10), docs={"step_up_form"},
        not_children=["Reece Cottam", "Kyle Brennock", "Danielle Rimmer"],
        how="in the practitioner's forwarded email, under the manager's 'agreed' comment")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2062-05-24 14:21:09"
    body = T("""
Hello MASH,

Please find attached a step up request for Lily-Rose Tasker (DOB 30.06.2050), EHM-90558.

Sign-off: my Team Manager, Andrea Sephton, is on annual leave until Monday 5 June. Craig Ollerton, Deputy Team Manager, discussed the step up with me this morning and agreed it in Andrea's absence. Craig is copied in.

Why: this is a non-engagement step up. Kerry (mum) has missed six of the last eight planned sessions, has not let me into the house since March and has not attended the last two TAFs. Lily-Rose's attendance is 74%. I have used the Engaging Families toolkit (attached) - it tells me Kerry engages when contact is by text and at school, and that she is frightened of "social services taking over", so we have tried that route for eight weeks without change.

For background only, so it isn't misread: Lily-Rose's father was convicted in 2049 of assaulting a child from a previous relationship. He has had no contact with Lily-Rose since 2051, lives in Aberdeen and there are no current concerns about him. Kerry also told me she self-harmed as a teenager; she says she has not done so for fifteen years and I have seen nothing to suggest otherwise.

Step up TAF: Wednesday 31st May 2062 at 10:00, Prescot Family Hub. I know it's half term - school have said the DSL will still come. The invite has gone to the MASH inbox and MASH business support.

Attachments: step up form, TAF minutes (03/05/2062), Engaging Families toolkit.

Hayley Grundy
Family First Case Manager | Family First 0-18 (Prescot) | Knowsley Council
0151 496 0866

""") + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-90558"),
        ("Children:", "Lily-Rose Tasker 30.06.2050"),
        ("Date of step up TAF meeting:", "31/05/2062 10:00, Prescot Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 03/05/2062"),
        ("What are we worried about?", "Mum's non-engagement with the plan; Lily-Rose's attendance 74%."),
        ("What is working well?", "Lily-Rose talks to her form tutor; Kerry replies to texts."),
        ("What needs to happen?", "CSC assessment to understand what is happening at home."),
        ("Non-engagement - Engaging Families toolkit:", "Completed 15/05/2062, attached."),
        ("Agreement by line manager:", "Craig Ollerton, Deputy Team Manager (for Andrea Sephton, on leave), 24/05/2062 - agreed."),
    ])
    atts = [docx_att("Step up form - Tasker.docx", form),
            pdf_att("TAF minutes 03.05.62 - Tasker.pdf", "TAF meeting minutes", [
                "Tasker, EHM-90558. 03/05/2062, Prescot Family Hub.",
                "Present: Hayley Grundy (FF), DSL, school nurse. Apologies: none received from Kerry Tasker.",
                "Attendance 74%. Kerry did not attend. Actions: HG to complete Engaging Families toolkit and discuss step up."]),
            pdf_att("Engaging Families toolkit - Tasker.pdf", "Engaging Families toolkit - summary", [
                "Family: Tasker. Completed by Hayley Grundy, 15/05/2062.",
                "Barriers: fear of statutory services; low trust; prefers text contact.",
                "What has been tried: texts, school-based sessions, flexible times (8 weeks). Outcome: no change."])]
    top = outlook_top(f, addr("Grundy, Hayley", "Hayley.Grundy@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up to CSC - Tasker - EHM-90558 (deputy TM sign-off)", when,
                      cc=addr("MASH Business Support", KBS) + ", " + addr("Ollerton, Craig", "Craig.Ollerton@" + KDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-90558"],
        [ch("Lily-Rose Tasker", "2050-06-30", "30.06.2050")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "Near miss: a father's 2049 conviction (no contact since 2051) and mum's teenage self-harm are background "
        "only, so not urgent and not concerns. DEPUTY SIGN-OFF: the deputy TM agreed in the TM's absence -> "
        "manager_agreed true. Complete (form, TAF minutes, Engaging Families toolkit for non-engagement) but the TAF "
        "on Wed 31 May from Wed 24 May crosses the Spring Bank Holiday: 4 WD (5 plain weekdays) -> notice not ok.",
        meeting=date(2062, 5, 31), docs={"step_up_form", "taf_minutes", "engaging_families"},
        not_children=["Kerry Tasker", "Andrea Sephton", "Craig Ollerton", "Hayley Grundy"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2062-04-27 15:40:22"
    inner = T("""
Beverley,

Step down for sign off please - Okoro, ICS-2284519.

Chidera Okoro - DOB 11/01/2052
Tobenna Okoro - DOB 23/08/2055

Stepping down to Level 2 at the final CIN meeting.

Final CIN meeting: Thursday 4 May 2062, 10:00, St Aidan's CE Primary, Roby Road, Huyton (meeting room).

Lead practitioner: Carys Whitlow, Pastoral Lead, St Aidan's CE Primary School - she has agreed to take over the lead practitioner role and the Early Help Assessment.

What are we worried about?
Ngozi's depression. She is on medication and under the perinatal mental health team since Tobenna's baby sister was born in January; on bad days she struggles to get up and the boys are late.

What is working well?
Ngozi asks for help when she needs it. Her sister comes every morning at 7.30. Both boys are happy and settled at St Aidan's.

What needs to happen?
Carys to lead the EHA and a TAF in June; mum to keep her mental health appointments; a morning routine plan with her sister.

Ngozi has consented to the step down to Early Help.

Sian
""")
    body = T("""
Family First duty,

Sending Sian's step down on as she's out on visits all afternoon.

I agree with the step down to Level 2 - on one condition: the final CIN has to be at Huyton Family Hub, not at the school as Sian has written. Ngozi asked us this week not to hold meetings at the school. Date and time stay the same (Thursday 4 May, 10:00). Sian knows.

Beverley Chadwick
Team Manager | Child in Need (Huyton) | Knowsley Council
0151 496 0702
""") + quote("Halliwell, Sian <Sian.Halliwell@knowsley.gov.uk>", "Thursday, April 27, 2062 12:14 PM",
             "Chadwick, Beverley <Beverley.Chadwick@knowsley.gov.uk>", "Step down to Level 2 - Okoro - ICS-2284519", inner) + "\n" + KDISC
    top = outlook_top(f, addr("Chadwick, Beverley", "Beverley.Chadwick@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF), "FW: Step down to Level 2 - Okoro - ICS-2284519", when,
                      cc=addr("Halliwell, Sian", "Sian.Halliwell@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2284519"],
        [ch("Chidera Okoro", "2052-01-11", "11/01/2052"), ch("Tobenna Okoro", "2055-08-23", "23/08/2055")],
        ["parental_mental_health"], True, True, [], False, "request_info",
        "MANAGER FORWARDS THE WORKER'S REQUEST WITH A CONDITION ON TOP: 'I agree with the step down ... on one "
        "condition' (the venue moves) -> manager_agreed true; Level 2 with date, time, venue, lead practitioner "
        "and her agency, all three headings, consent. But the final CIN on Thu 4 May from Thu 27 Apr crosses May "
        "Day: 4 WD (5 plain weekdays) -> notice not ok -> request_info (decisive).",
        meeting=date(2062, 5, 4),
        not_children=["Ngozi Okoro", "Carys Whitlow", "Sian Halliwell", "Beverley Chadwick"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2062-06-13 09:18:44"
    body = T("""
Yvonne,

I'm escalating the outcome of last Wednesday's step up TAF for Mia Fairclough (DOB 02/10/2046), EHM-93874. The outcome was that Mia stays at Level 3 with a contingency plan. I signed the step up off on 30 May and I still agree with it, and Naomi (case manager) remains worried, so as the protocol says I'm raising it with you as MASH Team Manager before we go to the contact meeting. Philippa copied for information.

What has happened since the TAF:

- Mia went missing on Saturday night. Police found her at 7am yesterday in a flat on Cherryfield Drive with two men in their twenties, not known to the family. She had about £300 in cash and two phones that aren't hers.
- Last night she told Naomi she "owes them for the phones" and that they are picking her up at 8 tonight "to work it off". She wouldn't say what that means.
- Mum, Lisa, says she can't stop her going out - the last time she locked the door Mia climbed out of the bathroom window.

I'd like MASH duty to look at this today rather than wait for the contact meeting. Naomi is in the office all day on 0151 496 0655 and I'm on 0151 496 0618.

Gareth

Gareth Molyneux
Team Manager | Family First 0-18 (Huyton) | Knowsley Council

""") + KDISC
    top = outlook_top(f, addr("Molyneux, Gareth", "Gareth.Molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Escalation - step up TAF outcome - Mia Fairclough EHM-93874", when,
                      cc=addr("Birchall, Yvonne", "Yvonne.Birchall@" + KDOM) + ", " + addr("Dunne, Philippa", "Philippa.Dunne@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-93874"], [ch("Mia Fairclough", "2046-10-02", "02/10/2046")],
        ["exploitation", "missing"], None, True, [], None, "alert_duty",
        "ESCALATION BETWEEN MANAGERS (FF team manager to the MASH team manager after a step-up TAF kept the case at "
        "Level 3) -> kind other; inside it a 15-year-old found with unknown adult men, 'owes them', collected by them "
        "at 8 tonight -> urgent (exploitation, missing). The writer states 'I signed the step up off ... and I still "
        "agree' -> manager_agreed true.",
        not_children=["Lisa Fairclough", "Gareth Molyneux", "Yvonne Birchall", "Philippa Dunne"],
        how="in the body of a manager-to-manager escalation, as a bulleted update")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2062-06-16 17:34:02"
    ack = T("""
Thank you - your step up request has been received.

Reference: [SB-knowsley-1187]
Family: EHM-92940 (Brody Lunt)

What is missing:
- your team manager's agreement to the step-up

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    text = "Agreed \U0001F44D\n\nDanielle\n\nSent from my iPhone\n" + gquote(
        "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "16 Jun 2062, at 14:02", ack)
    top = plain_top(f, addr("Danielle Rimmer", "Danielle.Rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-1187] Step up received - EHM-92940 - manager agreement needed", when, KDOM,
                    "iPhone Mail (21F90)", extra=[("In-Reply-To", msgid(f + "ack", KDOM)), ("References", msgid(f + "ack", KDOM))])
    add(f, apple_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-92940"], [ch("Brody Lunt")],
        [], None, True, [], None, "attach_to_request",
        "A TERSE 'Agreed' WITH A THUMBS-UP FROM A MOBILE: the team manager's reply on the acknowledgement that asked "
        "for her agreement -> follow_up (reference in the subject) with manager_agreed true; case id and child only "
        "in the quoted acknowledgement; no DOB.",
        not_children=["Danielle Rimmer"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2062-07-10 11:46:30"
    body = T("""
Good morning Family First duty,

Step down to Family First 0-18 at Level 3 for the Wainwright children, ICS-2291650.

Ava Wainwright, born 17th March 2054
Finley Wainwright, born 5th September 2058

A word on how this has come about. Jess (allocated social worker, copied) proposed closing the family to universal services at the end of the CIN plan. I've read her assessment and I don't agree with closure: I've overruled that and we are stepping down to you at Level 3 instead, so that a case manager is alongside Martin while the new routines bed in. Jess is fine with that.

Joint home visit: Tuesday 18 July 2062 at 10:00, 14 Coppice Way, Kirkby. Jess will go with the Family First case manager.

History (so it is not misread as current): after the children's mum died in 2059 Martin drank heavily for about a year, and there were two police call-outs in 2060 for arguments with his then partner. She moved to Wales that summer, a non-molestation order was made and there has been no contact since. Martin has been alcohol-free for 14 months, confirmed by CGL testing, and there have been no incidents of any kind.

What are we worried about?
Martin is still grieving and gets low in the evenings. On bad mornings Finley is late to nursery.

What is working well?
Martin is open about how he is feeling and has a bereavement counsellor. Ava is doing well at school and the children's gran lives two streets away.

What needs to happen?
A Family First case manager to pick up the plan; Martin to carry on with counselling and CGL; a morning routine plan; Ava linked to the school's bereavement group.

Martin has consented to the referral to Family First.

Stephen Arkwright
Team Manager | Child in Need (Kirkby) | Knowsley Council
0151 496 0440

""") + KDISC
    top = outlook_top(f, addr("Arkwright, Stephen", "Stephen.Arkwright@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Wainwright - ICS-2291650", when,
                      cc=addr("Penketh, Jess", "Jess.Penketh@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["ICS-2291650"],
        [ch("Ava Wainwright", "2054-03-17", "17th March 2054"), ch("Finley Wainwright", "2058-09-05", "5th September 2058")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "Near miss: heavy drinking and DA call-outs are explicitly history (2059-2060, ex-partner gone, 14 months "
        "alcohol-free) -> not urgent, not concerns. A MANAGER OVERRULING A PRACTITIONER: the team manager overrules "
        "the worker's closure and steps down to Level 3 himself -> manager_agreed true. Complete Level 3: joint home "
        "visit date/time/address, three headings, consent. Mon 10 Jul -> Tue 18 Jul = 6 WD -> ok.",
        meeting=date(2062, 7, 18),
        not_children=["Martin Wainwright", "Jess Penketh", "Stephen Arkwright"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2062-07-05 08:30:00"
    text = T("""
PRACTICE BULLETIN 14 - Management oversight and sign-off on step ups

Who this is for: Family First team managers and deputies, MASH team managers, case managers.

1. Sign-off is not a gate in front of a child in danger
If a worker tells you about a child who may be hurt today, nobody needs to sign anything off before MASH duty is phoned. Sign-off is for planned step ups.

2. Practice scenarios for your next team meeting (all invented)
Scenario A: a worker reports that a 3-year-old has a bruise on the cheek and says "daddy did it". The team manager is on leave and the deputy is in a panel. What should the worker do in the next ten minutes?
Scenario B: a mum tells a case manager that her partner has threatened to take the baby "where you'll never find him" when she is at work tonight. The step up form is half done. Who rings whom?
Scenario C: a team manager disagrees with a worker's step up. How is the disagreement recorded, and when does it go to the MASH Team Manager?

3. Deputy and delegated sign-off
When a team manager is on leave, the deputy signs off in the manager's name "for" the manager, and the step up form must show who signed and when. A one-word "agreed" from a phone is fine if it comes from the manager's own account.

4. The step up log
The monthly step up log is reviewed at the Family First managers' meeting. Please make sure every step up in June has a sign-off date.

Questions to the Practice Improvement Team.
""")
    top = [("From", addr("Knowsley Practice Improvement Team", "practice.improvement@" + KDOM)),
           ("To", addr("FF Team Managers", "ff.teammanagers@" + KDOM)),
           ("Cc", addr("Knowsley MASH", KMASH)),
           ("Subject", "Practice bulletin 14: management oversight and sign-off on step ups"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, KDOM)),
           ("X-Mailer", "Microsoft Outlook 16.0")]
    add(f, gmail_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a practice bulletin whose invented training scenarios mention a bruised 3-year-old and a threat "
        "to take a baby tonight -> bulletin examples, not a real child: not urgent; kind other -> human_review; no "
        "children, no concerns, no manager agreement.")


# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REHD = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2062-04-18 16:12:05"
    inner = T("""
Hi Rosalind,

Please can you sign off the step up for Kofi, I would like to send it to MASH this week.

Child: Kofi Mensah-Doyle, DOB 09/12/2051
Mosaic ID 3319870

Rationale for step up
Kofi is 10 and has been with Early Help since September. Since February dad's drinking has come back - Kofi tells me he gets himself up and to school and makes his own tea most days, mum is working nights. His attendance is 71% this term and the school have found him twice in the playground before 7.30 because there was nobody at home. We did two TAF reviews and the plan is not changing anything, dad does not come to the meetings. I think we need a social work assessment now.

Both parents have given consent for the step up, I asked them together on Friday.

Case summary is attached.

Thank you
Tomasz
""")
    body = T("""
Hi MASH,

I've gone through Tomasz's request below with him in supervision this afternoon and I agree this should step up. His rationale is in his email and the case summary is attached.

Rosalind Achterberg
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
020 7946 0183
""") + quote("Wrona, Tomasz <Tomasz.Wrona@richmondandwandsworth.gov.uk>", "18 April 2062 13:02",
             "Achterberg, Rosalind <Rosalind.Achterberg@richmondandwandsworth.gov.uk>",
             "Step up sign off - Kofi Mensah-Doyle", inner) + "\n" + RDISC
    atts = [docx_att("Case summary - Mensah-Doyle.docx", [
        "# Case summary", "Child: Kofi Mensah-Doyle, DOB 09/12/2051. Mosaic ID 3319870.",
        "Family: mum (Abena Mensah, night-shift carer), dad (Liam Doyle).",
        "Early Help involvement since September 2061: two TAF reviews; parenting support offered to dad, declined.",
        "Current worries: dad's alcohol use; Kofi left to care for himself; attendance 71%."])]
    top = outlook_top(f, addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM), addr("MASH Step Up", RMASH),
                      "FW: Step up sign off - Kofi Mensah-Doyle", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3319870"],
        [ch("Kofi Mensah-Doyle", "2051-12-09", "09/12/2051")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "A MANAGER FORWARDING A PRACTITIONER'S REQUEST WITH HER COMMENT ON TOP: the Early Help team manager sends it "
        "to the MASH step-up inbox (as seed 000 asks) saying 'I agree this should step up' -> manager_agreed true; "
        "the facts and the rationale heading are in the forwarded part; case summary attached; consent stated; "
        "'Mosaic ID 3319870' -> '3319870' -> book_meeting.",
        docs={"case_summary", "rationale"},
        not_children=["Abena Mensah", "Liam Doyle", "Tomasz Wrona", "Rosalind Achterberg"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2062-05-03 10:27:48"
    body = T("""
Dear Early Help duty,

I would like to step down the Halloran children to Early Help at the end of the assessment.

Niamh Halloran - 21/04/2055
Declan Halloran - 06/06/2059
Mosaic ID 3302245

Summary: mum (Orla) separated from the children's father in January. Since then she has been very anxious and low, and Niamh's attendance has dropped to 88%. There are no concerns about the children's care that need social work; the assessment recommends Early Help support for mum's confidence and Niamh's attendance. The case summary and a draft Early Help plan are attached.

Manager agreement: my team manager, Fenella Gauld, agreed the step down yesterday on two conditions - that Orla is offered a place on the next Triple P group before we close, and that the case discussion happens before the end of next week. I'm happy with both.

Consent: I haven't asked Orla yet. I'm seeing her on Thursday and will ask her then and confirm to you.

I will ring the Early Help duty manager today to agree a time for the case discussion.

Kind regards
Imran Sadiq
Social Worker, Assessment Team (Richmond)
020 7946 0658

""") + RDISC
    atts = [pdf_att("Case summary - Halloran.pdf", "Case summary - Halloran", [
                "Children: Niamh Halloran (21/04/2055), Declan Halloran (06/06/2059). Mosaic ID 3302245.",
                "Referral: school, February 2062 - attendance and mum's presentation.",
                "Assessment: C&F assessment started 06/03/2062. Recommendation: step down to Early Help."]),
            docx_att("Draft Early Help plan - Halloran.docx", [
                "# Draft Early Help plan", "Family: Halloran.",
                "Goal 1: Orla feels more confident - Triple P group; GP review.",
                "Goal 2: Niamh's attendance above 95% - morning plan with school."])]
    top = outlook_top(f, addr("Sadiq, Imran", "Imran.Sadiq@" + RDOM), addr("Early Help Duty", REHD),
                      "Step down request - Halloran - Mosaic ID 3302245", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3302245"],
        [ch("Niamh Halloran", "2055-04-21", "21/04/2055"), ch("Declan Halloran", "2059-06-06", "06/06/2059")],
        ["parental_mental_health", "school_attendance"], None, True, ["consent"], None, "request_info",
        "AGREEING WITH CONDITIONS: the team manager 'agreed the step down ... on two conditions' (a parenting group, "
        "timing) -> agreement is given, manager_agreed true. Consent is still to be asked ('I'll ask her then') -> "
        "null -> missing consent; case summary (.pdf) and draft plan (.docx) attached -> request_info.",
        docs={"case_summary", "draft_plan"},
        not_children=["Orla Halloran", "Fenella Gauld", "Imran Sadiq"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2062-06-08 09:41:17"
    comment = ("Accepting on behalf of Harriet, who is on leave - I'll take the Early Help sign-off decision. "
               "But please don't wait for tomorrow's discussion: Mrs Okafor rang Harriet's line at 9.20 this morning "
               "from a neighbour's flat. She says Dami Okafor (4) and the baby, Tolu Okafor (7 months), are still in "
               "the flat at 22 Bramble Court with their dad. He has been drinking since last night, threw a glass at "
               "her and pushed Dami into the wall when she tried to take the children, and he has locked her out. "
               "She is on the stairwell now. Her number is 07700 900318. Odette")
    add(f, outlook_itip_reply(f, when, ("Odette Ramsbottom", "Odette.Ramsbottom@" + RDOM), ("MASH Step Up", RMASH),
                              "ACCEPTED", "Step-up case discussion - Okafor - Mosaic ID 3340718",
                              "20620609T100000", "20620609T110000", "Microsoft Teams", comment),
        "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["3340718"], [ch("Dami Okafor"), ch("Tolu Okafor")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a CALENDAR REPLY'S COMMENT: a deputy accepting the step-up case discussion for her manager "
        "on leave writes that a drunk father has pushed a 4-year-old into a wall and has the children locked in the "
        "flat now -> urgent meeting_reply -> alert_duty. 'I'll take the sign-off decision' is not agreement given "
        "(null). Mosaic id from the SUMMARY.",
        not_children=["Odette Ramsbottom"],
        how="in the COMMENT of an iTIP ACCEPTED reply from a deputy manager")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2062-04-25 12:03:55"
    ack = T("""
Thank you - your step up request has been received.

Reference: [SB-richmond_wandsworth-2210]
Child: Archie Brannigan (DOB 12/02/2056)
Mosaic ID 3327704

We will invite you to a step-up case discussion within 1 working day.
""")
    body = T("""
Hello MASH,

Please withdraw this step up. Lola sent it to you directly yesterday without coming to me first, and I don't agree to it stepping up.

The bruise on Archie's shin that prompted it has been explained: he came off his scooter outside school on Friday afternoon, a teaching assistant saw it happen and gave first aid, and the GP saw him on Monday and was satisfied it is consistent with the fall. There are no other worries about Archie's care - mum has done everything on the plan.

I've spoken to Lola and we'll carry on with the Early Help plan and review it at the TAF next month.

Thanks
Rosalind

Rosalind Achterberg
Early Help Team Manager (Wandsworth North)

-----Original Message-----
From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 24 April 2062 15:47
To: Akande, Lola <Lola.Akande@richmondandwandsworth.gov.uk>
Cc: Achterberg, Rosalind <Rosalind.Achterberg@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-2210] Step up received - Brannigan

""") + ack + "\n" + RDISC
    top = outlook_top(f, addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM), addr("MASH Step Up", RMASH),
                      "RE: [SB-richmond_wandsworth-2210] Step up received - Brannigan", when,
                      cc=addr("Akande, Lola", "Lola.Akande@" + RDOM))
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["3327704"], [ch("Archie Brannigan", "2056-02-12", "12/02/2056")],
        [], None, False, [], None, "attach_to_request",
        "Near miss: a bruise that prompted a step-up is explained (scooter fall witnessed by school, GP satisfied) "
        "-> not urgent, no concern left. A MANAGER OVERRULING A PRACTITIONER: the team manager replies on the "
        "acknowledgement 'I don't agree to it stepping up' -> follow_up with manager_agreed false.",
        not_children=["Lola Akande", "Rosalind Achterberg"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2062-06-19 13:15:30"
    body = T("""
Malcolm,

I'm escalating to you, as the protocol says disputes go to service managers, because we haven't been able to agree the Yilmaz step-down at team manager level.

Family: Yilmaz, Mosaic ID 3351092. Children Emre Yilmaz (9) and Ela Yilmaz (6).

At the step-down case discussion on 14 June, Carla Benedetti (Early Help duty manager) did not agree the step-down. Her reasons, which I share:
- two CIN plan actions are still open - the housing transfer, and the request for an EHCP needs assessment for Emre, who is autistic and out of class most afternoons;
- the family have no named Early Help worker yet, so the joint visit could not be booked within 5 working days.

Kwame's team manager's view is that both actions can be finished by Early Help. We don't think that is right for an EHCP request that social care started.

I'd suggest the four of us meet next week. Could your PA find 45 minutes?

Bronwen

Bronwen Tait
Service Manager, Early Help
Richmond and Wandsworth Councils
020 7946 0822

""") + RDISC
    top = outlook_top(f, addr("Tait, Bronwen", "Bronwen.Tait@" + RDOM), addr("Ferrier, Malcolm", "Malcolm.Ferrier@" + RDOM),
                      "Escalation: step-down case discussion - Yilmaz family - not agreed", when,
                      cc=addr("Early Help Duty", REHD) + ", " + addr("Benedetti, Carla", "Carla.Benedetti@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "other", False, None, ["3351092"], [ch("Emre Yilmaz"), ch("Ela Yilmaz")],
        ["disability_send"], None, False, [], None, "human_review",
        "ESCALATION BETWEEN SERVICE MANAGERS about a step-down the Early Help duty manager 'did not agree' -> kind "
        "other -> human_review; manager_agreed false (stated as not agreed). Ages only, no DOBs. Emre's autism and "
        "EHCP request -> disability_send. No child-protection worry.",
        not_children=["Carla Benedetti", "Bronwen Tait", "Malcolm Ferrier"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2062-07-12 14:26:10"
    record = T("""
MANAGEMENT DECISION RECORD - STEP DOWN TO EARLY HELP

Child: Ellie Pryce-Whitlock, DOB 03/05/2053
Mosaic ID 3378815
Social worker: Imran Sadiq
Team manager: Fenella Gauld
Date: 12/07/2062

Decision: NOT AGREED. The step-down sent to Early Help on 10/07/2062 is withdrawn.

Reason:
At 11:10 today Ellie's class teacher rang Imran. Ellie (9) told her this morning that mum's boyfriend, Shane, hit her with his belt last night because she spilled her drink, and she showed the teacher red marks across the backs of both legs. Ellie said Shane is picking her up from after-school club at 5 o'clock today and she doesn't want to go. Mum is working until 8.

Actions:
1. Imran on his way to the school now.
2. Strategy discussion to be requested today.
3. Early Help duty to close the step-down request.

Signed: F. Gauld, Team Manager, Assessment Team (Richmond)
""")
    body = T("""
Hi Early Help duty,

Please put this step-down on hold - I haven't signed it off and I'm not going to. My decision record is attached. Imran knows.

Fenella

Fenella Gauld
Team Manager, Assessment Team (Richmond)
020 7946 0619

""") + RDISC
    atts = [text_att("Management decision record - Pryce-Whitlock 12.07.62.txt", record)]
    top = outlook_top(f, addr("Gauld, Fenella", "Fenella.Gauld@" + RDOM), addr("Early Help Duty", REHD),
                      "RE: [SB-richmond_wandsworth-2388] Step down received - Pryce-Whitlock - please hold", when,
                      cc=addr("Sadiq, Imran", "Imran.Sadiq@" + RDOM))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "follow_up", True, None, ["3378815"], [ch("Ellie Pryce-Whitlock", "2053-05-03", "03/05/2053")],
        ["physical_harm"], None, False, [], None, "alert_duty",
        "Safety rule 1 only in a TEXT/PLAIN ATTACHMENT: the manager's decision record says a 9-year-old was hit "
        "with a belt last night, has marks, and the man collects her at 5 today -> urgent. The covering mail just "
        "says 'please put this step-down on hold - I haven't signed it off and I'm not going to' -> manager_agreed "
        "false; follow_up (reference in the subject).",
        not_children=["Shane", "Imran Sadiq", "Fenella Gauld"],
        how="only in a text/plain attachment (a management decision record)")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2062-04-20 11:05:00"
    inner_text = T("""
Kwabena - happy with this, agreed. The release plan is well thought through and probation are on board. Go ahead and send it to Early Help duty.

Nkechi

Nkechi Uzor
Team Manager, Children in Need (Wandsworth)

-----Original Message-----
From: Osei, Kwabena
Sent: 19 April 2062 16:40
To: Uzor, Nkechi
Subject: Step down - Delacroix - for sign off

Nkechi,

Step down for your sign off please.

Mathis Delacroix - DOB 28/08/2050
Inès Delacroix - DOB 14/01/2054
Mosaic ID 3298004

Mr Delacroix is due to be released from prison on licence on 16 May. His conviction was for a serious assault on an adult man outside a pub in 2058 - not a family member. Probation have completed their assessment; his licence conditions are that he lives at approved premises in Kent for six months and sees the children only at the contact centre, supervised, once a fortnight. Mum knows the plan and agrees with it. There has never been any concern about how he treated the children.

The worry now is Mathis - he has been anxious about his dad coming out and has refused school some mornings (84% this term).

Mme Delacroix signed the consent to Early Help on 18/04.

Kwabena
""")
    inner_h = [("From", addr("Uzor, Nkechi", "Nkechi.Uzor@" + RDOM)), ("To", addr("Osei, Kwabena", "Kwabena.Osei@" + RDOM)),
               ("Subject", "RE: Step down - Delacroix - for sign off"),
               ("Date", email.utils.format_datetime(dt("2062-04-20 09:12:00"))),
               ("Message-ID", msgid(f + "inner", RDOM))]
    body = T("""
Hello Early Help duty,

Step down for the Delacroix children (Mosaic ID 3298004). My manager's sign-off is in the attached email; the case summary and the draft plan are attached too.

I agreed the case discussion by phone with your duty TM this morning for Tuesday 25 April at 2pm.

Thanks
Kwabena Osei
Social Worker, Children in Need (Wandsworth)
020 7946 0745

""") + RDISC
    atts = [rfc822_att(inner_h, inner_text, "RE Step down - Delacroix - for sign off.eml"),
            docx_att("Case summary - Delacroix.docx", [
                "# Case summary", "Family: Delacroix. Mosaic ID 3298004.",
                "CIN since October 2061 after father's imprisonment. Mother managing well; children settled.",
                "Father's release on licence planned with probation; supervised contact only."]),
            pdf_att("Draft EH plan - Delacroix.pdf", "Draft Early Help plan - Delacroix", [
                "Goal: Mathis back to full attendance - school counsellor, morning check-in.",
                "Goal: family prepared for supervised contact - contact centre introductions before 16 May."])]
    top = outlook_top(f, addr("Osei, Kwabena", "Kwabena.Osei@" + RDOM), addr("Early Help Duty", REHD),
                      "Step down - Delacroix - Mosaic ID 3298004", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "step_down", False, None, ["3298004"],
        [ch("Mathis Delacroix", "2050-08-28", "28/08/2050"), ch("Inès Delacroix", "2054-01-14", "14/01/2054")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Near miss, planned and managed: a father's release on licence after a serious assault on an unrelated adult, "
        "with approved premises and supervised contact only -> not urgent. APPROVAL ONLY INSIDE A FORWARDED MAIL "
        "(attached as message/rfc822): 'happy with this, agreed' -> manager_agreed true; children only there too. "
        "Consent signed; case summary and draft plan attached -> book_meeting.",
        docs={"case_summary", "draft_plan"},
        not_children=["Nkechi Uzor", "Kwabena Osei"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2062-07-17 15:02:44"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,sans-serif;font-size:10pt} h3{font-size:11pt;margin:12px 0 4px 0}</style></head>
<body>
<div>MASH colleagues,</div>
<div>&nbsp;</div>
<div>I'm signing this step up off as deputy Early Help manager while Harriet Lomax is on leave - I've read it with Precious and I agree it.</div>
<div>&nbsp;</div>
<table border="0" cellpadding="2">
<tr><td><b>Child</b></td><td>Tia Gallagher-Boateng</td></tr>
<tr><td><b>DOB</b></td><td>22/10/2054</td></tr>
<tr><td><b>Mosaic ID</b></td><td>3385561</td></tr>
<tr><td><b>Early Help worker</b></td><td>Precious Adeyemi</td></tr>
</table>
<h3>Rationale for step up</h3>
<div>Mum's new partner, Lee, moved in on Friday. This morning Tia told her teacher that Lee &quot;puts his hand over my mouth and nose when I cry until I can't breathe&quot;, and showed her how, with her own hand. She said he did it on Saturday and on Sunday. She asked her teacher if she could sleep at school tonight.</div>
<div>Mum works until 9pm on Mondays, so Tia will be at home alone with Lee from 3.30 this afternoon.</div>
<div>&nbsp;</div>
<div>Mum has not been told about this request yet.</div>
<div>The case summary is attached.</div>
<div>&nbsp;</div>
<div>Odette Ramsbottom<br>Deputy Early Help Manager<br>Richmond and Wandsworth Councils<br>020 7946 0377</div>
<div style="color:#888;font-size:8pt">%s</div>
</body></html>
""") % esc(RDISC.strip())
    atts = [pdf_att("Case summary - Gallagher-Boateng.pdf", "Case summary", [
        "Child: Tia Gallagher-Boateng, DOB 22/10/2054. Mosaic ID 3385561.",
        "Early Help since January 2062 for school attendance and mum's debts.",
        "Household: mum; mum's partner Lee (moved in 14/07/2062)."])]
    top = outlook_top(f, addr("Ramsbottom, Odette", "Odette.Ramsbottom@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Tia Gallagher-Boateng - Mosaic ID 3385561 (deputy sign-off)", when)
    add(f, html_only(f, top, h, atts), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["3385561"], [ch("Tia Gallagher-Boateng", "2054-10-22", "22/10/2054")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "Safety rule 1 in an HTML-ONLY step-up: a 7-year-old says mum's new partner covers her mouth and nose until "
        "she can't breathe, and she will be alone with him from 3.30 today -> urgent. DEPUTY SIGN-OFF while the "
        "manager is on leave -> manager_agreed true; rationale under its heading, case summary .pdf -> nothing "
        "missing; consent not sought (null).",
        docs={"case_summary", "rationale"},
        not_children=["Harriet Lomax", "Precious Adeyemi", "Odette Ramsbottom"],
        how="in the rationale of an HTML-only step-up signed off by a deputy")


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEHH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2062-05-09 10:34:12"
    body = T("""
Hi MAST,

Please see the attached Multi-Agency Request for Support for the Hossain children. My manager has completed the management section and added a note this morning.

Thanks
Sabrina

Sabrina Chowdhury
Family Support Practitioner | Early Help Locality East | London Borough of Tower Hamlets
020 7946 0512

""") + TDISC
    atts = [pdf_att("MARF - Hossain.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "Section 1 - Children",
        "Ayaan Hossain, DOB 15/07/2055. Inaya Hossain, DOB 03/03/2060. Mosaic ID 4410236.",
        "Address: 5 Quill Street, E1.",
        "Section 2 - Reason for request",
        "Home conditions poor since January: little food, the children often in dirty clothes, Ayaan's",
        "attendance 79%. Mum (Shirin) low in mood; mum's partner does not engage with Early Help.",
        "Section 3 - Consent",
        "Not yet discussed with mum.",
        "Section 4 - Management oversight",
        "Discussed with the practitioner on 08/05/2062. I agree to this request going to MAST.",
        "Farzana Begum, Team Manager, Early Help Locality East, 08/05/2062.",
        "Addendum by the team manager, 09/05/2062 09:50",
        "Sabrina visited at 9am. Inaya (2) has a swollen, bent left forearm and screams when it is touched.",
        "Mum says she fell off the sofa four days ago; she has not been seen by a doctor. Mum's partner would",
        "not let Sabrina take Inaya to the GP and said that if anyone comes back he will take both children to",
        "his brother's in Luton today. Sabrina left at 9.35. The children are at home with him now."])]
    top = outlook_top(f, addr("Chowdhury, Sabrina", "Sabrina.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "MARF - Hossain family", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["4410236"],
        [ch("Ayaan Hossain", "2055-07-15", "15/07/2055"), ch("Inaya Hossain", "2060-03-03", "03/03/2060")],
        ["neglect", "physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "Safety rule 1 only in the PDF: the manager's addendum to the MARF - a 2-year-old's untreated, deformed "
        "forearm, a partner refusing medical care and threatening to move the children today -> urgent. APPROVAL "
        "ONLY IN THE ATTACHED FORM ('I agree to this request going to MAST') -> manager_agreed true; the MARF meets "
        "request_for_support; consent not yet discussed (null, not required for a MAST step-up).",
        docs={"request_for_support"},
        not_children=["Shirin Hossain", "Farzana Begum", "Sabrina Chowdhury"],
        how="only in a PDF attachment, in the team manager's addendum to the MARF")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2062-06-23 16:48:05"
    text = T("""
Please treat this as a step up from Early Help to MAST for the Demir children - Aylin Demir (4) and her brother Deniz Demir (9).

Shamima (my TM) is on leave and the deputy isn't picking up, so I have no manager sign-off for this, sorry. I'm in the car outside. Mum rang me screaming - her ex, Serkan, is at the door kicking it in and shouting he'll take Aylin. I called the police at 4.44. The children are inside with mum.

I'll do the MARF tonight.

My mobile 07700 900461

Jahanara
Sent from my iPhone
""")
    top = plain_top(f, addr("Jahanara Miah", "Jahanara.Miah@" + TDOM), addr("MAST", TMAST),
                    "Aylin Demir 4yrs - mum's ex kicking the door in now at 7 Coral St, kids inside - TM on leave, no sign off",
                    when, TDOM, "iPhone Mail (21F90)")
    add(f, apple_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [], [ch("Aylin Demir"), ch("Deniz Demir")],
        ["domestic_abuse"], None, None, ["manager_agreed", "request_for_support"], None, "alert_duty",
        "Safety rule 1 in the SUBJECT LINE (and the short mobile body): a mother's ex-partner kicking the door in now "
        "with a 4- and a 9-year-old inside, threatening to take the 4-year-old -> urgent. SIGN-OFF NOT GIVEN: the "
        "manager is on leave and the deputy unreachable -> manager_agreed null, missing; MARF 'tonight' -> missing "
        "request_for_support.",
        not_children=["Serkan", "Jahanara Miah"],
        how="in the subject line of a mobile step-up with no manager sign-off")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2062-04-19 13:22:51"
    text = T("""
Dear MAST team,

I am sending the MARF for Karim family. My team manager Mr. Dawood Shah has read it and he is agree to send this, he sign the management part of the form also.

Children is Zara Karim (DOB 11/09/2052) and Rayan Karim (DOB 30/01/2057).

I want to be clear from the beginning: there is no injury to the children and they are safe now. The father was arrested on Saturday after he hit the mother, the police tell us he is remanded in custody until the trial. The mother and children are staying with maternal aunt in Bow, not at the old flat, and the mother is working with the IDVA. There is no contact from father since Saturday.

We request MAST because the children need a social work assessment for the domestic abuse what they saw for long time (mother say three years), and Zara is not eating at school since the arrest and very quiet.

Mother give consent for this request, she sign the MARF.

Best regards,
Nasrin Uddin
Family Support Practitioner
Early Help Locality North, London Borough of Tower Hamlets
020 7946 0934
""") + TDISC
    atts = [docx_att("MARF Karim April 2062.docx", [
        "# Multi-Agency Request for Support Form (MARF)",
        "Children: Zara Karim 11/09/2052; Rayan Karim 30/01/2057.",
        "Reason: children exposed to domestic abuse over three years; father remanded in custody 15/04/2062.",
        "Consent: mother signed 18/04/2062.",
        "Management oversight: agreed - Dawood Shah, Team Manager, 19/04/2062."])]
    t = text_part(text, charset="iso-8859-1", cte="base64")
    root = multipart("mixed", [t] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Uddin, Nasrin", "Nasrin.Uddin@" + TDOM), addr("MAST", TMAST),
                      "Request for MAST support - Karim family - manager agreed", when)
    add(f, build(top, root), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, [],
        [ch("Zara Karim", "2052-09-11", "11/09/2052"), ch("Rayan Karim", "2057-01-30", "30/01/2057")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Near miss, already safe: the father who assaulted the mother is remanded in custody and the family are "
        "with an aunt; 'no injury to the children and they are safe now' -> not urgent. Second-language writer "
        "('he is agree to send this') -> manager_agreed true; mother's consent; MARF attached (ISO-8859-1 base64 "
        "body) -> book_meeting.",
        docs={"request_for_support"},
        not_children=["Dawood Shah", "Nasrin Uddin"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2062-06-15 12:10:30"
    b2 = T("""
Siobhan,

Can you sign off the step down for the Ahmed family please (Mosaic ID 4402917).

Sami Ahmed - DOB 07/06/2049
Maryam Ahmed - DOB 19/12/2053

The Child and Family Assessment concluded on 9 June 2062. Mum has MS and Sami (13) does a lot of her care - the assessment recommends Early Help with a young carers assessment.

Lead practitioner: Ms Tahmina Rouf, Family Support Worker, Stepney Family Hub - she has agreed.

TAF meeting: I will chair it on Tuesday 20 June at 10:00 at Stepney Family Hub.

Mum has given her consent to Early Help.

Assessment and draft plan attached.

Callum
""")
    b1 = T("""
Callum - agreed. Signed off.

S.
""")
    body = T("""
Hi Early Help Hub,

Please see the step down below - my TM's sign-off is in the chain. The C&F assessment and the draft plan are attached.

Callum Pereira
Social Worker | Children in Need | London Borough of Tower Hamlets
020 7946 0287
""") + quote("Mallory, Siobhan <Siobhan.Mallory@towerhamlets.gov.uk>", "15 June 2062 11:58",
             "Pereira, Callum <Callum.Pereira@towerhamlets.gov.uk>", "RE: Step down sign off - Ahmed", b1) \
        + quote("Pereira, Callum <Callum.Pereira@towerhamlets.gov.uk>", "14 June 2062 17:03",
                "Mallory, Siobhan <Siobhan.Mallory@towerhamlets.gov.uk>", "Step down sign off - Ahmed", b2) + "\n" + TDISC
    atts = [pdf_att("CFA - Ahmed - concluded 09.06.62.pdf", "Child and Family Assessment - Ahmed", [
                "Children: Sami Ahmed (07/06/2049), Maryam Ahmed (19/12/2053). Mosaic ID 4402917.",
                "Concluded 09/06/2062. Outcome: step down to Early Help; young carers assessment for Sami."]),
            docx_att("Draft plan - Ahmed.docx", ["# Draft Early Help plan - Ahmed",
                                                 "Young carers assessment for Sami; adult social care review of mum's care package."])]
    top = outlook_top(f, addr("Pereira, Callum", "Callum.Pereira@" + TDOM), addr("Early Help Hub", TEHH),
                      "FW: RE: Step down sign off - Ahmed", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["4402917"],
        [ch("Sami Ahmed", "2049-06-07", "07/06/2049"), ch("Maryam Ahmed", "2053-12-19", "19/12/2053")],
        ["young_carer"], True, True, [], None, "book_meeting",
        "APPROVAL ONLY INSIDE THE FORWARDED CHAIN: 'Callum - agreed. Signed off.' from the team manager in the "
        "middle block -> manager_agreed true; the children and facts are in the bottom block. Complete Tower "
        "Hamlets step-down (assessment, draft plan, consent, lead practitioner with agency; TAF 20 June within 10 WD "
        "of 9 June) -> book_meeting.",
        docs={"assessment", "draft_plan"},
        not_children=["Tahmina Rouf", "Siobhan Mallory", "Callum Pereira"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2062-07-03 08:55:19"
    comment = ("Tentative - I'm on leave from 10 July. Rukhsana Bibi (deputy team manager) has delegated "
               "authority to agree the plan in my absence and will attend. For the record: the 2060 police report "
               "about Mr Noor threatening to kill the family was fully investigated, he was convicted and deported "
               "in 2061, and there has been no contact since. It is in the chronology for completeness, not because "
               "anything has changed. Shamima")
    add(f, outlook_itip_reply(f, when, ("Shamima Khatun", "Shamima.Khatun@" + TDOM), ("MAST", TMAST),
                              "TENTATIVE", "MAST multi-agency discussion - Noor family",
                              "20620711T140000", "20620711T150000", "Mulberry Place, Room 2.14", comment),
        "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Near miss in a TENTATIVE reply's COMMENT: a threat to kill is from 2060, investigated, the man convicted "
        "and deported -> historic, not urgent. DELEGATED AUTHORITY to a deputy is an arrangement, not agreement "
        "given (null). No child named.",
        not_children=["Rukhsana Bibi", "Shamima Khatun"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2062-05-10 15:55:02"
    body = T("""
Dear MAST,

I am sending the attached MARF for the Oyelowo children knowing that my team manager, Dawood Shah (copied), does not agree with the step up. We discussed it on Monday and his view is that the family should stay with Early Help for another six weeks. I respectfully disagree, and I am using the partnership escalation procedure, so I wanted MAST to have the request and his view at the same time.

Temi Oyelowo - DOB 25/11/2050
Bode Oyelowo - DOB 08/04/2052

Worries: Temi's attendance is 61%; mum's drinking has increased since Christmas; at four of my last six visits there was no food in the house.

Mum (Folake) has consented to the referral.

Leon Fairweather
Early Help Key Worker | Early Help Locality North | London Borough of Tower Hamlets
020 7946 0366

""") + TDISC
    atts = [docx_att("MARF - Oyelowo.docx", [
        "# Multi-Agency Request for Support Form (MARF)",
        "Children: Temi Oyelowo 25/11/2050; Bode Oyelowo 08/04/2052.",
        "Reason: persistent absence; mother's alcohol use; children without food.",
        "Consent: mother consented 09/05/2062.",
        "Management oversight: NOT agreed - team manager's view is to continue Early Help for six weeks."])]
    top = outlook_top(f, addr("Fairweather, Leon", "Leon.Fairweather@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Oyelowo - manager does not agree", when, cc=addr("Shah, Dawood", "Dawood.Shah@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [],
        [ch("Temi Oyelowo", "2050-11-25", "25/11/2050"), ch("Bode Oyelowo", "2052-04-08", "08/04/2052")],
        ["neglect", "school_attendance", "substance_misuse"], True, False, ["manager_agreed"], None, "request_info",
        "A PRACTITIONER SENDS A STEP-UP HER MANAGER HAS OVERRULED: 'my team manager ... does not agree' (and the "
        "MARF says 'NOT agreed') -> manager_agreed false -> missing manager_agreed -> request_info; MARF attached, "
        "consent given.",
        docs={"request_for_support"},
        not_children=["Folake Oyelowo", "Dawood Shah", "Leon Fairweather"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2062-07-18 10:20:40"
    body = T("""
Gideon,

Partnership escalation, stage 2 - MAST decision on the Levene family (Mosaic ID 4418873)

On 6 July MAST decided that the request for Josiah Levene (13) should stay with Early Help. Farida Lakhani, our Early Help service manager, raised a stage 1 disagreement with your MAST manager on 11 July and they have not reached agreement, so it has come to us.

Farida's points are: Josiah's attendance is 52%, he has had two suspensions this year, and the Early Help plan has run for nine months without change. Your manager's view, as I understand it, is that nothing new has happened that would meet the threshold.

I haven't formed a view myself yet - I'd like to hear both managers before I do. Could we meet, the four of us, within five working days, as the procedure asks? My PA, Shona, will send some times.

Adaeze

Adaeze Nwosu
Head of Early Help | London Borough of Tower Hamlets

""") + TDISC
    top = outlook_top(f, addr("Nwosu, Adaeze", "Adaeze.Nwosu@" + TDOM), addr("Trask, Gideon", "Gideon.Trask@" + TDOM),
                      "Partnership escalation stage 2 - MAST decision - Levene (Mosaic ID 4418873)", when,
                      cc=addr("MAST", TMAST) + ", " + addr("Lakhani, Farida", "Farida.Lakhani@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "other", False, None, ["4418873"], [ch("Josiah Levene")],
        ["school_attendance"], None, None, [], None, "human_review",
        "ESCALATION BETWEEN HEADS OF SERVICE (stage 2 of the partnership procedure) about a MAST decision -> other "
        "-> human_review; the writer has 'not formed a view' -> manager_agreed null; age only, no DOB.",
        not_children=["Farida Lakhani", "Adaeze Nwosu", "Gideon Trask"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2062-05-25 15:30:27"
    body = T("""
Hi Early Help Hub,

I'm sending this on behalf of Tanvir (allocated social worker), who is in court today.

Step down to Early Help - Rahman family, Mosaic ID 4399120.

Rania Rahman - DOB 14/02/2058
Adam Rahman - DOB 01/09/2060

The Child and Family Assessment concluded on 19 May 2062; the assessment and draft plan are attached. Mum's postnatal depression is much improved and she is under the perinatal team.

I have signed off this step-down, on the condition that the first TAF review is at six weeks rather than three months.

Lead practitioner: Mrs Lubna Haque, Family Support Worker, Poplar Children and Family Centre (agreed).
TAF meeting: Tanvir will chair it on Friday 2 June at 11:00 at Poplar Children and Family Centre.
Mum gave her consent on 19 May.

Siobhan Mallory
Team Manager | Children in Need | London Borough of Tower Hamlets
020 7946 0290

PS - before this goes. The children's centre have just rung me. Adam was brought in at 2pm by his grandmother with bruising on both ears and a split lip. Grandmother says mum's brother was "looking after him" this morning. She has to hand Adam back to mum at the flat at 6, and mum's brother is staying there. I'm trying to reach Tanvir and the duty desk.

""") + TDISC
    atts = [pdf_att("CFA - Rahman.pdf", "Child and Family Assessment - Rahman", [
                "Children: Rania Rahman (14/02/2058), Adam Rahman (01/09/2060). Mosaic ID 4399120.",
                "Concluded 19/05/2062. Recommendation: step down to Early Help."]),
            docx_att("Draft plan - Rahman.docx", ["# Draft Early Help plan - Rahman",
                                                  "Perinatal mental health follow-up; Rania's nursery place; parenting support."])]
    top = outlook_top(f, addr("Mallory, Siobhan", "Siobhan.Mallory@" + TDOM), addr("Early Help Hub", TEHH),
                      "Step down - Rahman - signed off (see PS)", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["4399120"],
        [ch("Rania Rahman", "2058-02-14", "14/02/2058"), ch("Adam Rahman", "2060-09-01", "01/09/2060")],
        ["parental_mental_health", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a PS under the manager's signature: a 20-month-old with bruising to both ears and a split "
        "lip, going back at 6 to the flat where the adult said to have been caring for him is staying -> urgent. "
        "The team manager sends the step-down herself, 'signed off ... on the condition that' -> manager_agreed "
        "true; otherwise complete.",
        docs={"assessment", "draft_plan"},
        not_children=["Lubna Haque", "Siobhan Mallory"],
        how="in a PS under a team manager's signature on a step-down she signed off")


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2062-04-21 11:30:45"
    body = T("""
Hello Early Help,

Please can the Penhaligon family go to next Tuesday's triage for a step down to Level 3 Early Help. LCS-2067134.

Kenzie Penhaligon - DOB 19/06/2051
Isla Penhaligon - DOB 02/03/2055

The Single Assessment is attached. In short: home conditions were very poor in January and have improved but are not yet stable, and Kenzie's attendance is 86%.

Mum (Jodie) gave her consent to the step down at my visit yesterday.

Manager sign-off: I've asked my team manager, Roger Trebilcock, to sign this off. He hasn't done it yet - he's in court until Monday - so I'll forward his agreement as soon as I have it.

Thanks
Ellen Tregunna
Social Worker, Safeguarding Team 2 | Torbay Council
01632 960417

""") + BDISC
    atts = [pdf_att("Single Assessment - Penhaligon.pdf", "Single Assessment - Penhaligon", [
        "Children: Kenzie Penhaligon (19/06/2051), Isla Penhaligon (02/03/2055). LCS-2067134.",
        "Outcome: step down to Level 3 Early Help. Analysis: neglect of home conditions, improving."])]
    top = outlook_top(f, addr("Tregunna, Ellen", "Ellen.Tregunna@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Penhaligon - LCS-2067134", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2067134"],
        [ch("Kenzie Penhaligon", "2051-06-19", "19/06/2051"), ch("Isla Penhaligon", "2055-03-02", "02/03/2055")],
        ["neglect", "school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "SIGN-OFF REQUESTED BUT NOT YET GIVEN: 'I've asked my team manager ... He hasn't done it yet' -> "
        "manager_agreed null -> missing (Torbay step-down requires it); assessment attached, consent given, "
        "Level 3 stated -> request_info.",
        docs={"assessment"},
        not_children=["Jodie Penhaligon", "Roger Trebilcock", "Ellen Tregunna"])

def torbay_02():
    f = "torbay_02.eml"; when = "2062-06-06 12:44:09"
    body = T("""
MASH colleagues,

Kit (Early Help assistant team manager) decided yesterday to hold the Bickford children at Early Help triage for another month. Having read the family worker's note from this morning, I am overruling that decision and agreeing a step up to MASH now. Kit knows and agrees with me.

The note is attached and says why. LCS-2071985.

Consent: I have asked the worker not to seek mum's consent before you have read the note.

Morwenna Pascoe
Service Manager, Early Help | Torbay Council
01632 960233

""") + BDISC
    note = ["# Family worker note - home visit 06/06/2062 09:15",
            "Children: Ruby Bickford (DOB 09/09/2056), Alfie Bickford (DOB 30/04/2061). LCS-2071985.",
            "Mum's boyfriend, Dean, answered the door. Mum was 'out'.",
            "Alfie (13 months) was strapped in his buggy in the back bedroom with a bottle of cold milk propped in it. His nappy was soaked through and his nappy rash was bleeding. Dean said Alfie 'lives in the buggy, it's easier'.",
            "There was a crack pipe and a lighter on the kitchen side, in Ruby's reach.",
            "Ruby (5) told me Dean 'smacks Alfie really hard when he cries' and that 'he went blue once and Dean shook him'.",
            "I left at 10:05. Dean is looking after both children until mum is back 'tonight, maybe'.",
            "Tamsyn Jory, Family Worker"]
    atts = [docx_att("Family worker note 06.06.62 - Bickford.docx", note)]
    top = outlook_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("MASH", BMASH),
                      "Step up to MASH - Bickford - LCS-2071985 - decision overruled", when,
                      cc=addr("Rowse, Kit", "Kit.Rowse@" + BDOM))
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["LCS-2071985"],
        [ch("Ruby Bickford", "2056-09-09", "09/09/2056"), ch("Alfie Bickford", "2061-04-30", "30/04/2061")],
        ["neglect", "physical_harm", "substance_misuse"], None, True, ["consent"], None, "alert_duty",
        "Safety rule 1 only in a .DOCX ATTACHMENT: a 13-month-old left strapped in a buggy, a 5-year-old says the "
        "boyfriend hits and shook the baby, crack pipe in reach, the same man caring for both until tonight -> "
        "urgent. A SERVICE MANAGER OVERRULING her assistant team manager agrees the step-up -> manager_agreed true; "
        "consent deliberately not sought -> null -> missing consent.",
        not_children=["Dean", "Kit Rowse", "Morwenna Pascoe", "Tamsyn Jory"],
        how="only in a .docx attachment (the family worker's visit note) under a service manager's overruling mail")

def torbay_03():
    f = "torbay_03.eml"; when = "2062-05-11 14:02:33"
    body = T("""
Hi Early Help,

Step down for triage, to Level 3 - Carne family, LCS-2063310.

Tegen Carne - DOB 17/08/2052
Jago Carne - DOB 05/02/2059 (3, so I think this is the under-5s triage)

Single Assessment attached. Mum signed her consent to Early Help on 9 May.

Manager agreement: my TM, Pippa Rowe, agreed the step down in supervision on 10 May, with two conditions - that the safety plan is reviewed at the first TAF, and that Early Help ring me if dad's bail conditions change.

Contingency, for clarity: dad is on police bail with a condition not to come to the family home. If he breaches it or turns up, mum will ring 999 and the plan says the case would come straight back to social care. He has kept to the conditions for nine weeks and there have been no incidents.

Thanks,
Demelza Hocking
Social Worker | Torbay Council
01632 960588

""") + BDISC
    atts = [pdf_att("Single Assessment - Carne.pdf", "Single Assessment - Carne", [
        "Children: Tegen Carne (17/08/2052), Jago Carne (05/02/2059). LCS-2063310.",
        "Father arrested 06/03/2062 following an assault on mother; bail conditions in place since.",
        "Outcome: step down to Level 3 Early Help with a safety plan."])]
    top = outlook_top(f, addr("Hocking, Demelza", "Demelza.Hocking@" + BDOM), addr("Early Help", BEH),
                      "Step down for triage - Carne family - LCS-2063310 (TM agreed with conditions)", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["LCS-2063310"],
        [ch("Tegen Carne", "2052-08-17", "17/08/2052"), ch("Jago Carne", "2059-02-05", "05/02/2059")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Near miss, hypothetical and managed: 'If he breaches it ... mum will ring 999' is a contingency; bail kept "
        "for nine weeks -> not urgent. AGREED WITH CONDITIONS -> manager_agreed true; assessment, consent, Level 3 "
        "-> book_meeting (Jago is 3: the fortnightly under-5s triage).",
        docs={"assessment"},
        not_children=["Pippa Rowe", "Demelza Hocking"])

def torbay_04():
    f = "torbay_04.eml"; when = "2062-06-26 09:47:12"
    body = T("""
Gethin,

I'm escalating this to you as Adult Social Care service manager because it has landed in our Early Help duty inbox and it is not a children's services matter.

Ryan Curnow turned 19 in March. He lives alone in a bedsit in Paignton, has no children and there are no children in the household. He took an overdose on Saturday and was discharged from Torbay Hospital yesterday with a referral to the crisis team. His former Early Help worker from when he was 15 emailed us this morning because Ryan had given her name to the ward.

I don't agree with Early Help holding this, and I've told the worker so. Can you confirm that your team has picked up the crisis team referral and that someone has seen Ryan since discharge?

Thanks
Morwenna

Morwenna Pascoe
Service Manager, Early Help | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("Hoskin, Gethin", "Gethin.Hoskin@" + BDOM),
                      "Escalation - Ryan Curnow (19) - not a children's case", when, cc=addr("Early Help", BEH))
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss, adult only: a 19-year-old's overdose, living alone, no children in the household -> not a "
        "child-protection matter; an escalation between service managers -> other -> human_review. 'I don't agree "
        "with Early Help holding this' is not about a request's sign-off (null).",
        not_children=["Ryan Curnow", "Gethin Hoskin", "Morwenna Pascoe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2062-07-19 13:16:54"
    ack = T("""
Thank you - your step down request has been received.

Reference: [SB-torbay-733]
Child: Maisie Luscombe (DOB 11/02/2059)
LCS-2069402

What is missing:
- the team manager's agreement
""")
    text = T("""
Agreed.

But Kirsty (family worker) has just had a text from mum: "hes back hes drunk hes got Maisie in the car says hes taking her to his mums in Plymouth". Maisie is 3. He has no licence and there's a non-mol. Kirsty is ringing the police now.

Kit

Sent from my iPhone
""") + gquote("Early Help <earlyhelp@torbay.gov.uk>", "19 Jul 2062, at 10:04", ack)
    top = plain_top(f, addr("Kit Rowse", "Kit.Rowse@" + BDOM), addr("Early Help", BEH),
                    "Re: [SB-torbay-733] Step down received - Luscombe - manager agreement needed", when, BDOM,
                    "iPhone Mail (21F90)")
    add(f, apple_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["LCS-2069402"], [ch("Maisie Luscombe", "2059-02-11", "11/02/2059")],
        ["domestic_abuse", "substance_misuse"], None, True, [], None, "alert_duty",
        "Safety rule 1 in a TERSE MOBILE 'Agreed.': straight after it the manager passes on that a drunk father "
        "under a non-molestation order has just driven off with a 3-year-old -> urgent follow_up; manager_agreed "
        "true; child and case id from the quoted acknowledgement.",
        not_children=["Kirsty", "Kit Rowse"],
        how="in a one-word mobile 'Agreed.' reply, in the line after it")

def torbay_06():
    f = "torbay_06.eml"; when = "2062-05-02 10:55:38"
    body = T("""
Dear MASH,

Step up request for Josh Polglase, DOB 04/12/2047 (14), LCS-2060877.

Why: Josh's attendance is 58%, he has been out late most nights since February, and mum says she can no longer set any boundaries; the Early Help plan has not changed this in five months. We think he needs a social work assessment.

Manager agreement: my ATM, Kit Rowse, is on leave this week. Wenna Lobb (acting ATM) has read the request and agreed it in his absence.

Consent: mum has given consent for the step up.

For clarity, Josh's missing episode last Tuesday (25 April) is resolved. He was found the next morning at a friend's house in Paignton - the friend's mum rang Josh's mum - police did a safe and well check, and a return home interview was done on 27 April. He said he stayed out after an argument about his phone, and nothing in the interview pointed to exploitation.

Tamsyn Jory
Family Worker, Early Help | Torbay Council
01632 960712

""") + BDISC
    top = outlook_top(f, addr("Jory, Tamsyn", "Tamsyn.Jory@" + BDOM), addr("MASH", BMASH),
                      "Step up to MASH - Polglase - LCS-2060877", when, cc=addr("Lobb, Wenna", "Wenna.Lobb@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["LCS-2060877"], [ch("Josh Polglase", "2047-12-04", "04/12/2047")],
        ["missing", "school_attendance"], True, True, [], None, "book_meeting",
        "Near miss, resolved: last week's missing episode ended with the boy found safe, a safe and well check and a "
        "return home interview -> not urgent. DELEGATED SIGN-OFF: the acting ATM agreed while the ATM is on leave "
        "-> manager_agreed true; consent given -> nothing missing -> book_meeting.",
        not_children=["Kit Rowse", "Wenna Lobb", "Tamsyn Jory"])

def torbay_07():
    f = "torbay_07.eml"; when = "2062-04-17 15:20:00"
    comment = "Accepted. I haven't signed off the assessment yet - I'll do it before triage. Wenna"
    add(f, outlook_itip_reply(f, when, ("Wenna Lobb", "Wenna.Lobb@" + BDOM), ("Early Help", BEH),
                              "ACCEPTED", "Early Help triage - Trewin step-down (LCS-2058713)",
                              "20620425T093000", "20620425T100000", "Tor Hill House, Room 4", comment),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-2058713"], [], [], None, None, [], None, "record_reply",
        "Accepted triage slot for Tuesday 25 April; the COMMENT says sign-off is still to come ('I haven't signed "
        "off the assessment yet') -> manager_agreed null. First working day of the window.",
        not_children=["Wenna Lobb"])

def torbay_08():
    f = "torbay_08.eml"; when = "2062-07-14 10:05:27"
    body = T("""
Good morning MASH,

Step up request - Hext family, LCS-2072245.

Skye Hext - DOB 16/05/2049
Ollie Hext - DOB 22/11/2057

Nessa (family worker) asked mum for consent to the step up on Wednesday and mum declined - she says she doesn't want "social workers in the house". I've discussed it with Nessa and I agree the step up should go ahead without consent: Skye's attendance is down to 48%, mum's depression has got worse since the spring and she is mostly in bed, and Skye is doing Ollie's school run, the shopping and the cooking.

I'm aware the threshold discussion will want to talk about consent, and I'm happy to join it.

Wenna Lobb
Assistant Team Manager, Early Help | Torbay Council
01632 960719

""") + BDISC
    top = outlook_top(f, addr("Lobb, Wenna", "Wenna.Lobb@" + BDOM), addr("MASH", BMASH),
                      "Step up - Hext - LCS-2072245 - consent declined, manager decision to proceed", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["LCS-2072245"],
        [ch("Skye Hext", "2049-05-16", "16/05/2049"), ch("Ollie Hext", "2057-11-22", "22/11/2057")],
        ["parental_mental_health", "school_attendance", "young_carer"], False, True, ["consent"], None, "request_info",
        "A MANAGER'S DECISION TO PROCEED WITHOUT CONSENT: mum 'declined' -> consent false (missing); the assistant "
        "team manager sends it and says 'I agree the step up should go ahead' -> manager_agreed true -> "
        "request_info.",
        not_children=["Nessa", "Wenna Lobb"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEHC = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2062-04-25 09:40:11"
    body = T("""
Good morning,

Please find attached the step-down plan for the Preece family (Mosaic ID 5523018), the signed consent form and the plan's management sign-off sheet.

Lead practitioner: Mr Owen Bevan, Pastoral Manager, Kingstone High School - he has agreed to be the key person.

Many thanks
Gwyneth Prosser
Social Worker, Children in Need Team | Herefordshire Council
01632 960354

""") + HDISC
    plan = ["# Step-down plan - Preece",
            "Children: Callum Preece (DOB 03/08/2049); Evie Preece (DOB 27/03/2052); Alfie Preece (DOB 11/11/2056).",
            "## What we are worried about",
            "Dad's depression over the winter; home conditions slipped; Evie's attendance 87%.",
            "## Plan",
            "Key person: Owen Bevan (Kingstone High School). MAG reviews monthly. GP review for dad. Attendance plan for Evie.",
            "## Management sign-off",
            "Agreed - Rhian Watkins, Team Manager, 21/04/2062."]
    atts = [docx_att("Step-down plan - Preece.docx", plan),
            pdf_att("Consent to Early Help - Preece.pdf", "Consent to Early Help support", [
                "Family: Preece. I agree to my family's information being shared with the Early Help co-ordinators",
                "and to my family receiving support from Early Help.",
                "Signed: Mark Preece (father). Date: 20/04/2062."])]
    top = outlook_top(f, addr("Prosser, Gwyneth", "Gwyneth.Prosser@" + HDOM), addr("Early Help Coordinators", HEHC),
                      "Step down - Preece", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["5523018"],
        [ch("Callum Preece", "2049-08-03", "03/08/2049"), ch("Evie Preece", "2052-03-27", "27/03/2052"),
         ch("Alfie Preece", "2056-11-11", "11/11/2056")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "SIGN-OFF ONLY IN THE ATTACHED PLAN ('Agreed - Rhian Watkins, Team Manager') -> manager_agreed true; sibling "
        "group named only in the .docx; signed consent form .pdf -> consent true; key person with agency -> complete "
        "-> book_meeting.",
        docs={"draft_plan", "consent_form"},
        not_children=["Mark Preece", "Owen Bevan", "Rhian Watkins", "Gwyneth Prosser"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2062-06-14 11:17:36"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step-down plan and the signed consent form for the Lloyd children, Mosaic ID 5531764.

Carys Lloyd - DOB 08/01/2053
Mabli Lloyd - DOB 19/07/2060

Ffion Beddoe (my team manager) is on annual leave, so Dilys Probert, deputy team manager, has read and signed off the plan in her absence.

Background and current position: the family came to us last year after mum's relationship with Mabli's dad, Gavin, ended following domestic abuse; there is a non-molestation order and he is not allowed at the house. Mum has done well on the Freedom Programme and Carys is much more settled at school. When I visited yesterday afternoon to go through the plan, mum told me Gavin has been coming to the house again "now and then", and this morning the nursery rang me: Mabli has a bite mark on her upper arm which the nursery say is an adult's, and mum told them Gavin "gets carried away playing". Gavin is collecting Mabli from nursery at 1pm today because mum is at work. I'll obviously need to talk to Dilys again about whether this step-down goes ahead. The rest of the plan is about Carys's confidence, mum's finances and support with the Universal Credit claim.

Lead practitioner: Mrs Sioned Pritchard, Family Support Worker, Leominster Children's Centre - she has agreed to be the key person.

Kind regards,
Hywel Gittins
Social Worker, Children in Need Team | Herefordshire Council
01632 960361

""") + HDISC
    atts = [docx_att("Step-down plan - Lloyd.docx", ["# Step-down plan - Lloyd",
                                                     "Key person: Sioned Pritchard. Goals: Carys's confidence; finances; Universal Credit.",
                                                     "Management sign-off: Dilys Probert, Deputy Team Manager, for Ffion Beddoe (on leave), 13/06/2062."]),
            pdf_att("Signed consent - Lloyd.pdf", "Consent to Early Help support", [
                "Family: Lloyd. I agree to Early Help support for my children.", "Signed: Rhiannon Lloyd. Date: 13/06/2062."])]
    top = outlook_top(f, addr("Gittins, Hywel", "Hywel.Gittins@" + HDOM), addr("Early Help Coordinators", HEHC),
                      "Step down plan - Lloyd family - Mosaic ID 5531764", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["5531764"],
        [ch("Carys Lloyd", "2053-01-08", "08/01/2053"), ch("Mabli Lloyd", "2060-07-19", "19/07/2060")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "Safety rule 1 buried mid-paragraph in a routine step-down: a 23-month-old with an adult bite mark, the "
        "father under a non-molestation order collecting her from nursery at 1pm today -> urgent. DEPUTY SIGN-OFF "
        "while the TM is on leave -> manager_agreed true; plan, consent form and key person -> nothing missing.",
        docs={"draft_plan", "consent_form"},
        not_children=["Gavin", "Rhiannon Lloyd", "Ffion Beddoe", "Dilys Probert", "Sioned Pritchard", "Hywel Gittins"],
        how="mid-paragraph in the body of a deputy-signed step-down")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2062-07-06 16:05:50"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Ceri,</p>
<p>Thanks - I've read your escalation. I agree the step-down plan is overdue and I'll make sure it is with you by Monday. The delay was the sign-off while Rhian was off sick; that's sorted now.</p>
<p>Alun</p>
<p>Alun Bowen<br>Service Manager, Children in Need | Herefordshire Council</p>
<div style="border-top:solid #E1E1E1 1px;padding-top:3px">
<p><b>From:</b> Mapp, Ceri &lt;Ceri.Mapp@herefordshire.gov.uk&gt;<br>
<b>Sent:</b> 06 July 2062 14:12<br>
<b>To:</b> Bowen, Alun &lt;Alun.Bowen@herefordshire.gov.uk&gt;<br>
<b>Cc:</b> Early Help Coordinators &lt;earlyhelpcoordinators@herefordshire.gov.uk&gt;<br>
<b>Subject:</b> Escalation - step down not received - Vaughan family (Mosaic ID 5528840)</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<p>Alun,</p>
<p>I'm escalating as the Early Help co-ordinator manager: the Vaughan family's case was closed to social care on 22 June, and 14 days later we still have no step-down plan.</p>
<p>Separately, and more pressing: Nia, our family support worker, visited at lunchtime. Jac Vaughan (6) had a burn on his forearm in the shape of a hob ring, and told her &quot;Dad put my arm on it because I touched his phone&quot;. Dad was in the house. Nia had to leave at one and could not get through to the allocated social worker. Jac and his sister Lowri Vaughan (4) are at home with dad this evening.</p>
<p>Ceri</p>
</blockquote>
</div>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>
""") % esc(HDISC.strip())
    top = outlook_top(f, addr("Bowen, Alun", "Alun.Bowen@" + HDOM), addr("Mapp, Ceri", "Ceri.Mapp@" + HDOM),
                      "RE: Escalation - step down not received - Vaughan family (Mosaic ID 5528840)", when,
                      cc=addr("Early Help Coordinators", HEHC))
    add(f, html_only(f, top, h), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, ["5528840"], [ch("Jac Vaughan"), ch("Lowri Vaughan")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in the QUOTED part of an HTML-only escalation between managers: a 6-year-old with a hob-ring "
        "burn who says dad did it, at home with dad this evening; the service manager's reply on top talks only about "
        "the late plan -> urgent, kind other. 'the sign-off ... that's sorted now' does not say agreement was given "
        "to anything stated here (null).",
        not_children=["Nia", "Ceri Mapp", "Alun Bowen", "Rhian"],
        how="in the quoted escalation under a service manager's HTML reply that ignores it")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2062-05-22 08:02:10"
    text = T("""
Thank you for your email.

I am on annual leave until Monday 5 June and will not be checking email.

Sign-off for step-downs, step-ups and case closures in my absence: Dilys Probert, Deputy Team Manager (Dilys.Probert@herefordshire.gov.uk, 01632 960372).

If you have an immediate child protection concern, please do not wait for my return - contact the MASH on 01632 960587, or out of hours the Emergency Duty Team on 01632 960998. In an emergency call 999.

Ffion Beddoe
Team Manager, Children in Need Team | Herefordshire Council
""")
    add(f, ooo(f, when, ("Ffion Beddoe", "Ffion.Beddoe@" + HDOM), addr("Early Help Coordinators", HEHC),
               "[SB-herefordshire-540] Reminder: step-down plan not yet received", text),
        "herefordshire", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Near miss: a team manager's out-of-office with the deputy sign-off arrangement and the standard "
        "'immediate child protection concern ... 999' wording -> boilerplate, not a real child; Auto-Submitted -> "
        "auto_reply -> ignore (never answered).",
        not_children=["Dilys Probert", "Ffion Beddoe"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2062-07-07 13:48:21"
    text = T("""
Hi co-ordinators,

Step down for Seren Meredith, DOB 24 September 2050 (11), Mosaic ID 5540021.

My TM, Ffion Beddoe, agreed the step down in supervision yesterday, with two conditions: that the plan keeps Seren's counselling going through the summer holidays, and that the school DSL is part of the first MAG. Both are now in the plan.

Attached: draft plan and mum's signed consent form.

Still to do: we haven't identified Seren's key person yet. School are thinking about whether their ELSA can take it on - I'll confirm.

Background, so it isn't misread: in 2059 Seren disclosed that her grandfather had sexually abused her when she was 6. It was investigated, he was charged, and he died in 2060 before the trial. She has had counselling since and is doing really well; there are no current concerns about sexual harm. The current worries are her anxiety and her attendance (89%).

Tomos
--
Tomos Price
Social Worker, Children in Need Team | Herefordshire Council
01632 960390
""") + HDISC
    atts = [docx_att("Draft step-down plan - Meredith.docx", ["# Draft step-down plan - Meredith",
                                                             "Counselling to continue over the summer (Seren's counsellor confirmed).",
                                                             "School DSL at the first MAG. Attendance plan. Key person: to be confirmed."]),
            pdf_att("Consent form - Meredith.pdf", "Consent to Early Help support", [
                "Family: Meredith. I consent to Early Help support for Seren.", "Signed: Bethan Meredith (mother), 05/07/2062."])]
    top = [("From", addr("Tomos Price", "tomos.price@" + HDOM)), ("To", addr("Early Help Coordinators", HEHC)),
           ("Subject", "Step down - Meredith - Mosaic ID 5540021 - TM agreed with conditions"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    add(f, gmail_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["5540021"], [ch("Seren Meredith", "2050-09-24", "24 September 2050")],
        ["school_attendance"], True, True, ["lead_practitioner"], None, "request_info",
        "Near miss, historic: sexual abuse disclosed in 2059 by a grandfather who died in 2060; 'no current concerns "
        "about sexual harm' -> not urgent, not a concern. AGREED WITH CONDITIONS (both met) -> manager_agreed true; "
        "plan and consent form attached, but no key person yet -> missing lead_practitioner -> request_info.",
        docs={"draft_plan", "consent_form"},
        not_children=["Bethan Meredith", "Ffion Beddoe", "Tomos Price"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2062-04-26 14:30:05"
    inner = T("""
Bethan,

Could you agree this step up to MASH for Kai please.

Kai Harris, DOB 02/02/2054, Mosaic ID 5519347.

Mum's cannabis use has gone up since Christmas and the house is in a poor state - no working cooker for three weeks and Kai in the same clothes most days. Kai is 8 and says he is "always hungry". Mum consented to the MASH referral at my visit on Monday.

Shelley
""")
    body = T("""
Hello MASH,

Forwarding Shelley's request with my agreement - I've agreed this should go to MASH.

Bethan Jarvis
Early Help Team Manager (Hereford City) | Herefordshire Council
01632 960318
""") + quote("Okafor-Lane, Shelley <Shelley.Okafor-Lane@herefordshire.gov.uk>", "26 April 2062 11:20",
             "Jarvis, Bethan <Bethan.Jarvis@herefordshire.gov.uk>", "Step up request - Harris", inner) + "\n" + HDISC
    top = outlook_top(f, addr("Jarvis, Bethan", "Bethan.Jarvis@" + HDOM), addr("MASH", HMASH),
                      "FW: Step up request - Harris - Mosaic ID 5519347", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["5519347"], [ch("Kai Harris", "2054-02-02", "02/02/2054")],
        ["neglect", "substance_misuse"], True, True, [], None, "human_review",
        "A MANAGER FORWARDING A PRACTITIONER'S STEP-UP WITH HER AGREEMENT ON TOP -> manager_agreed true; consent in "
        "the forwarded part. Herefordshire's seed defines no step-up -> missing [] and human_review.",
        not_children=["Shelley Okafor-Lane", "Bethan Jarvis"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2062-07-11 10:12:34"
    body = T("""
Good morning,

The signed consent form for the Pugh children is attached.

I can also confirm that I have signed off this step-down in Ffion's absence - I'm deputy team manager while she is on leave.

Dilys

Dilys Probert
Deputy Team Manager, Children in Need Team | Herefordshire Council
01632 960372

-----Original Message-----
From: Early Help Coordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 10 July 2062 15:31
To: Probert, Dilys <Dilys.Probert@herefordshire.gov.uk>
Subject: [SB-herefordshire-611] Step down received - missing: consent form

Thank you - your step down request has been received.

Reference: [SB-herefordshire-611]
Children: Harri Pugh, Elin Pugh
Mosaic ID 5535550

What is missing:
- the signed consent form

""") + HDISC
    atts = [pdf_att("Consent form - Pugh - signed.pdf", "Consent to Early Help support", [
        "Children: Harri Pugh (15/10/2051), Elin Pugh (06/04/2056).",
        "I agree to my family being supported by Early Help and to information being shared with the co-ordinators.",
        "Signed: Gareth Pugh (father). Date: 10/07/2062."])]
    top = outlook_top(f, addr("Probert, Dilys", "Dilys.Probert@" + HDOM), addr("Early Help Coordinators", HEHC),
                      "RE: [SB-herefordshire-611] Step down received - missing: consent form", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["5535550"],
        [ch("Harri Pugh", "2051-10-15", "15/10/2051"), ch("Elin Pugh", "2056-04-06", "06/04/2056")],
        [], True, True, [], None, "attach_to_request",
        "Follow-up bringing the signed consent form (consent true) and a DEPUTY'S SIGN-OFF in the manager's absence "
        "(manager_agreed true); names in the quoted acknowledgement, DOBs only in the attached form.",
        not_children=["Gareth Pugh", "Dilys Probert"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2062-05-19 15:55:48"
    body = T("""
Hello,

A question rather than a referral.

My team manager has been off sick for three weeks and our deputy post is vacant. I have a step-down plan ready for the Beddoes family (Mosaic ID 5537702) - the plan, the consent form and the key person are all sorted - but nobody has signed it off. I've asked the service manager, Gail Rossiter, to sign it off instead, and she hasn't replied yet.

Can you accept the plan now with the sign-off to follow, or do I have to wait? I don't want to miss the two weeks.

Thanks
Rhodri Eynon
Social Worker, Children in Need Team | Herefordshire Council
01632 960347

""") + HDISC
    top = outlook_top(f, addr("Eynon, Rhodri", "Rhodri.Eynon@" + HDOM), addr("Early Help Coordinators", HEHC),
                      "Query - can a step-down go without TM sign-off?", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "other", False, None, ["5537702"], [], [], None, None, [], None, "human_review",
        "A procedural question (not the step-down itself): SIGN-OFF REQUESTED FROM THE SERVICE MANAGER BUT NOT YET "
        "GIVEN -> manager_agreed null; kind other -> human_review; no child named.",
        not_children=["Gail Rossiter", "Rhodri Eynon"])


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
# the brief's words: at most 3 urgent mails may use any of them (anywhere readable, headers included)
BRIEF_WORDS = re.compile(r"\b(urgent|urgently|immediate|immediately|risk|risks|emergency|danger|asap)\b", re.I)
MAX_URGENT_WITH_WORDS = 3
# Knowsley notice: file -> (working days, plain weekdays, first bank holiday crossed or None, decisive?)
KNOWSLEY_NOTICE = {
    "knowsley_01.eml": (6, 7, date(2062, 5, 1), False),
    "knowsley_02.eml": (4, 4, None, False),
    "knowsley_03.eml": (4, 5, date(2062, 5, 29), True),
    "knowsley_04.eml": (4, 5, date(2062, 5, 1), True),
    "knowsley_07.eml": (6, 6, None, False),
}
EXPECTED_BH_2062 = {date(2062, 1, 2), date(2062, 3, 24), date(2062, 3, 27), date(2062, 5, 1), date(2062, 5, 29),
                    date(2062, 8, 28), date(2062, 12, 25), date(2062, 12, 26)}
# where each urgent mail tells the risk (the brief asks for varied places)
PLACES = {"body", "PS", "forwarded", "quoted", "text/plain", ".docx", "PDF", "subject", "COMMENT"}

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
        return None
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
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
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
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    return date(int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1])).isoformat()

def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def run_checks():
    E = []
    def err(fname, msg):
        E.append("%s: %s" % (fname, msg))

    # ---- calendar
    if easter(2062) != date(2062, 3, 26):
        err("calendar", "Easter 2062 should be Sunday 26 March")
    bh = bank_holidays(2062)
    if bh != EXPECTED_BH_2062:
        err("calendar", "bank holidays differ: %s" % sorted(bh ^ EXPECTED_BH_2062))
    inwin = sorted(d for d in bh if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2062, 5, 1), date(2062, 5, 29)]:
        err("calendar", "bank holidays in the window should be 1 May and 29 May: %s" % inwin)
    if not (easter(2062) + timedelta(days=1) < WINDOW[0]):
        err("calendar", "the window must start after Easter Monday")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("calendar", "window should run Monday -> Friday")
    if date(2062, 1, 1).weekday() != 6:
        err("calendar", "1 January 2062 should be a Sunday (substitute Monday 2 January)")
    bst_on, bst_off = last_sunday(2062, 3), last_sunday(2062, 10)
    if (bst_on, bst_off) != (date(2062, 3, 26), date(2062, 10, 29)):
        err("calendar", "BST dates wrong: %s %s" % (bst_on, bst_off))
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            err("calendar", "%s is not BST" % d)
        d += timedelta(days=1)

    # ---- counts
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
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS:
        err("set", "not every kind present: %s" % kinds)
    places = set()
    for f in FILES:
        if CATS[f] == "urgent":
            h = META[f]["how"]
            places |= {p for p in PLACES if p.lower() in h.lower()}
    if places != PLACES:
        err("set", "urgent risk places not all used: %s" % (PLACES - places))

    with_words = []
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
                if not is_wd(mt) or mt <= now_d or mt.year != 2062:
                    err(f, "meeting date not a future working day of 2062")
                exp = KNOWSLEY_NOTICE.get(f)
                if exp is None:
                    err(f, "Knowsley count not in the table")
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
        if sent.date() in BANK_HOLIDAYS or sent.weekday() >= 5:
            err(f, "Date on a bank holiday or weekend")
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
        full = subj + " " + text
        heads = all_headers(msg)
        if x["urgent"] and (BRIEF_WORDS.search(full) or BRIEF_WORDS.search(heads)):
            with_words.append(f)
        for y in re.findall(r"\b(20\d\d)\b", full):
            if int(y) > 2062:
                err(f, "a year after 2062 in the text: %s" % y)
        now_d = now.astimezone(LON).date()
        for c in m["children"]:
            if c["name"] not in full:
                err(f, "child %s not in the text" % c["name"])
            if c["_w"]:
                if c["_w"] not in full or parse_dob(c["_w"]) != c["dob"]:
                    err(f, "DOB of %s not written as %s" % (c["name"], c["_w"]))
                dob = date.fromisoformat(c["dob"])
                if not (dob < now_d and age_at(dob, now_d) < 18):
                    err(f, "%s is not a child at now" % c["name"])
        pos = [full.find(c["name"]) for c in m["children"]]
        if pos != sorted(pos):
            err(f, "children not in order of first appearance")
        for n in m["not_children"]:
            if n in [c["name"] for c in m["children"]]:
                err(f, "%s must not be labelled a child" % n)
        for cid in x["case_ids"]:
            if not re.search(r"(?<![\w-])%s(?!\w)" % re.escape(cid), full):
                err(f, "case id %s not in the text" % cid)
        # every case-id-shaped token in the text is labelled (none forgotten)
        found = []
        for mm in re.finditer(r"(?<![\w-])(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7})(?!\w)|Mosaic(?: ID)? (\d{7})", full):
            cid = mm.group(1) or mm.group(2)
            if cid not in found:
                found.append(cid)
        if found != x["case_ids"]:
            err(f, "case ids in the text %s differ from the label %s" % (found, x["case_ids"]))
    if len(with_words) > MAX_URGENT_WITH_WORDS:
        err("set", "more than %d urgent mails use the brief's alarm words: %s" % (MAX_URGENT_WITH_WORDS, with_words))
    STATS["with_words"] = with_words
    return E

STATS = {}

def stats():
    out = []
    c = {}
    for l in LABELS:
        c.setdefault(CATS[l["file"]], []).append(l["file"])
    for k in ("urgent", "near_miss", "ordinary"):
        out.append("%s %d: %s" % (k, len(c.get(k, [])), " ".join(sorted(c.get(k, [])))))
    for key in ("kind", "next_action", "manager_agreed", "consent", "mailbox"):
        t = {}
        for l in LABELS:
            v = l["expect"][key] if key in l["expect"] else l[key]
            t[str(v)] = t.get(str(v), 0) + 1
        out.append("%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(t.items(), key=lambda kv: -kv[1]))))
    out.append("urgent mails using the brief's alarm words: %s" % (STATS.get("with_words") or "none"))
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
