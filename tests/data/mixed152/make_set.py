#!/usr/bin/env python3
"""mixed152: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse
field - over the summer term of 2051 (Monday 17 April - Friday 21 July 2051), in the school run, breakfast
clubs and after-school and holiday clubs: drop-off and pick-up, a parent arriving drunk at collection, a child
not collected, someone not on the collection list, late collections that keep happening, a child who arrives
hungry at breakfast club every day, club staff, playworkers, school office staff, lollipop crossing patrols and
taxi and minibus escorts - alongside ordinary step-ups and step-downs.

Standard library only. Deterministic: no clock, no randomness; boundaries, Message-IDs, Thread-Index values and
calendar UIDs come from sha1 of the file name, zip members carry fixed timestamps, PDFs are hand-built PDF 1.4
text pages and .docx files minimal OOXML zips. Every file (the 40 .eml, labels.json, categories.json) is built
in memory, the self-checks run over the built bytes, and NOTHING is written unless every check passes.

    python3 make_set.py            build, check, write
    python3 make_set.py --check    build and check only (writes nothing)
    python3 make_set.py --stats    also print the tallies and the Knowsley notice table
    python3 make_set.py --inject-faults   also break an in-memory copy 17 ways; each must be caught

The calendar (checked in code, see set_checks): Easter Sunday 2051 is 2 April (Good Friday 31 March, Easter
Monday 3 April), so the Easter holidays end before the summer term; the term runs Monday 17 April - Friday
21 July 2051. Inside it are the Early May bank holiday (Monday 1 May) and the Spring bank holiday (Monday
29 May, the start of the May half-term week when the holiday clubs run). British Summer Time runs from Sunday
26 March to Sunday 29 October 2051, so every Date header in the window carries +0100.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header, decode_header, make_header
from datetime import datetime, date, timedelta, timezone
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "mixed152"
UTC = timezone.utc
WINDOW = (date(2051, 4, 17), date(2051, 7, 21))

# ----------------------------------------------------------------------------- calendar (own rules, stdlib only)
def easter(y):
    """Anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, ((h + l - 7 * m + 114) % 31) + 1)

def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(7 - d.weekday()) % 7)

def last_weekday(y, m, wd):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() - wd) % 7)

def bank_holidays(y):
    """England & Wales bank holidays (the standard rules; no one-off extra days are known for 2051)."""
    out = {}
    ny = date(y, 1, 1)
    out[ny if ny.weekday() < 5 else ny + timedelta(days=7 - ny.weekday())] = "New Year's Day"
    e = easter(y)
    out[e - timedelta(days=2)] = "Good Friday"
    out[e + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "Early May bank holiday"
    out[last_weekday(y, 5, 0)] = "Spring bank holiday"
    out[last_weekday(y, 8, 0)] = "Summer bank holiday"
    xmas = date(y, 12, 25)
    if xmas.weekday() < 5:
        out[xmas] = "Christmas Day"
        box = date(y, 12, 26)
        out[box if box.weekday() < 5 else box + timedelta(days=2)] = "Boxing Day"
    else:  # Christmas on Sat/Sun: Mon 27 and Tue 28
        out[date(y, 12, 27)] = "Christmas Day (substitute)"
        out[date(y, 12, 28)] = "Boxing Day (substitute)"
    return out

BH = bank_holidays(2051)

def working_day(d):
    return d.weekday() < 5 and d not in BH

def working_days_between(today, meeting):
    """DESIGN: the working days d with today < d <= meeting date."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        n += working_day(d)
    return n

def plain_weekdays_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        n += d.weekday() < 5
    return n

def bst_offset(local_naive):
    """Europe/London offset by the rule: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
    last Sunday of October. Works on the local wall-clock time (never ambiguous in this window)."""
    y = local_naive.year
    start = datetime.combine(last_weekday(y, 3, 6), datetime.min.time()).replace(hour=1)   # 01:00 GMT = 02:00 BST
    end = datetime.combine(last_weekday(y, 10, 6), datetime.min.time()).replace(hour=1)   # 01:00 GMT = 02:00 BST
    return timedelta(hours=1) if start + timedelta(hours=1) <= local_naive < end + timedelta(hours=1) else timedelta(0)

def dt(s):
    """A Europe/London wall-clock time -> aware datetime with the offset the rule gives (+0100 all window)."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=timezone(bst_offset(naive)))

# ----------------------------------------------------------------------------- MIME helpers
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

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, em):
    if name is None:
        return em
    if re.search(r'[,.;:@()"]', name):
        name = '"%s"' % name.replace('"', '')
    return "%s <%s>" % (name, em)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64lines(text.encode(charset))
    else:  # 7bit
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
    s.encode("ascii")                          # 7-bit throughout (encoded-words, QP and base64)
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Aptos"):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, '\n<p class="MsoNormal">&nbsp;</p>\n'.join(out)))

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'word ' + line end; space-stuff lines starting with ' ' or 'From '."""
    out = []
    for logical in text.split("\n"):
        if logical.startswith(">"):
            out.append(logical)
            continue
        words = logical.split(" ")
        cur, phys = "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)

def flowed_part(text, cte="quoted-printable"):
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
         ("Content-Transfer-Encoding", cte)]
    if cte == "7bit":
        body.encode("ascii")
    else:
        body = qp(body)
    return Part(h, body)

# -- hand-built PDF 1.4 (Helvetica, WinAnsi), one or more pages
def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)]
    n = len(pages)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (4 + 2 * i) for i in range(n)).encode(), n),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, pg in enumerate(pages):
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % (5 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    """Read back the text of a PDF built by make_pdf (uncompressed content streams, literal strings)."""
    out = []
    for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", stream):
            s = re.sub(rb"\\(.)", rb"\1", m.group(1))
            out.append(s.decode("cp1252"))
    return "\n".join(out)

# -- minimal .docx (OOXML zip, fixed timestamps)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1, '## ' = Heading 2); tables: lists of rows appended after the paragraphs."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("## "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>%s</w:p>' % run(t[3:])
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2051, 4, 3, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))

# -- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out, first = [], True
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

def outlook_ics(method, fname, stamp, start, end, summary, location, organizer, attendees, description=None,
                comment=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, ps in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (ps, cn, em))
    if description:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

# -- top headers
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Re|Fwd): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB5121.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
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

# -- whole-message builders
def outlook_mail(f, top, body, atts=()):
    """Outlook: multipart/alternative (text/plain + generated HTML twin, QP, CRLF) plus attachments."""
    alt = multipart("alternative", [text_part(body), text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1)) if atts else alt
    return build(top, root, True)

def plain_mail(f, top, body, atts=(), cte="quoted-printable", crlf=True):
    t = text_part(body, cte=cte)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def flowed_mail(f, top, body, atts=(), cte="quoted-printable", apple=False):
    t = flowed_part(body, cte=cte)
    b = ("Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if apple else bnd(f, 1)
    root = multipart("mixed", [t] + list(atts), b) if atts else t
    return build(top, root, False)

def html_only_mail(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=(), gmail=False):
    b2 = gbnd(f, 2) if gmail else bnd(f, 2)
    alt = multipart("alternative", [text_part(text), text_part(html_body, "html")], b2)
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1) if gmail else bnd(f, 1)) if atts else alt
    return build(top, root, not gmail)

def itip_reply_outlook(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
                       comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_ics("REPLY", f, dt(when), start, end, summary, location, organizer,
                      [(frm_name, frm_email, partstat)], comment=comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc,
         "DTSTAMP:%s" % stamp, "ORGANIZER;CN=%s:mailto:%s" % organizer,
         "UID:%s@google.com" % sha(f, "uid")[:26],
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email)]
    if note:
        L.append("COMMENT:" + ics_escape(note))
    L += ["CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n%s\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location, ("\nNote from %s: %s\n" % (frm_name, note)) if note else "")
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Roboto"), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))],
                    gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [("From", addr(frm_name, frm_email)), ("To", addr(organizer[0], organizer[1])),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(frm_name, frm_email)),
           ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, False)

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def outlook_quote(frm, sent, to, subject, text):
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text))

def knowsley_form(case_id, closed, meeting, engagement, minutes, worried, past, complicating, strengths, safety,
                  goals, steps, gcp, efs, mea, police, manager, contingency):
    """Knowsley Appendix 1 'FF Step Up request to CSC' as .docx paragraphs."""
    return ["# FF Step Up request to CSC",
            "Case ID on EHM: " + case_id,
            "Has this family recently closed to Children's Social Care?: " + closed,
            "Date of step up TAF meeting: " + meeting,
            "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): " + engagement,
            "Recent TAF meeting minutes attached: " + minutes,
            "## What are we worried about?",
            "Current Concerns (Impact on child): " + worried,
            "Past Harm: " + past,
            "Complicating Factors: " + complicating,
            "## What is working well?",
            "Existing Strengths: " + strengths,
            "Existing Safety: " + safety,
            "## What next?",
            "Goals: " + goals,
            "Next Steps: " + steps,
            "## Have you considered/completed/reviewed if applicable:",
            "Engaging Families Toolkit: " + efs,
            "Graded Care profile (If neglect should be completed): " + gcp,
            "Merseyside Exploitation Assessment - CE/CSE concern: " + mea,
            "Up to date police information if applicable: " + police,
            "Agreement by line manager: " + manager,
            "Contingency plan (Smart and timely): " + contingency]

# ----------------------------------------------------------------------------- the set's records
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
    """A labelled child; `written` is the DOB exactly as the mail (or its attachment) writes it."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, meeting_span=None,
        not_children=(), reference=None):
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
    META[fname] = {"when": when, "delay": delay_min, "meeting": meeting, "meeting_span": meeting_span,
                   "children": children, "not_children": list(not_children), "reference": reference}

KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.\n")
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify "
         "the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")
BDISC = ("Torbay Council: this email and any attachments are confidential. If you are not the intended recipient, "
         "please delete it and tell the sender.\n")
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2051-05-10 09:41"
    body = T("""
Good morning MASH,

Please find attached a step up request for Riley Fenwick (DOB 03/02/2043). Case ID on EHM: EHM-66241. I am Riley's Level 3 Family First case manager.

The step up TAF meeting is booked for Wednesday 17th May 2051 at 10:00 on Teams. The calendar invite is attached and has also gone to MASH business support for the minutes. I have invited the current TAF members (school, the breakfast club lead and the school nurse).

Why now: Riley has had a free place at the breakfast club at Ravenscroft Lane Primary every day since January. The club lead, Mrs Doreen Kavanagh, keeps a daily note. Most mornings Riley arrives at 7.50 saying he had no tea the night before, eats three or four bowls of cereal and puts toast in his pockets "for later". He wears the same uniform all week and it is not washed, and his head lice have not been treated despite three letters home. When the club was closed over the Easter holidays he came back thinner: the school nurse weighed him at 24.1kg on 19 April against 25.6kg in January. Mum, Chantelle Fenwick, agrees things are hard but has not followed through on the food bank vouchers, the GP appointment or the grant for a washing machine.

The Graded Care Profile 2 was completed with mum on 2nd May and is attached - it scores 4 for nutrition, hygiene and health. The minutes of the last TAF meeting (26th April) are attached.

My team manager, Gail Merrick, discussed the step up with me in supervision on 8th May and agreed it.

Mum is aware that I am requesting a step up meeting.

Kind regards

Bethan Roscoe
Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council
0151 496 0582

""") + KDISC
    form = knowsley_form(
        "EHM-66241", "No", "Wednesday 17 May 2051, 10:00, Microsoft Teams",
        "Medium - mum attends TAF meetings but does not follow through; Engaging Families Toolkit not needed (not a non-engagement step up)",
        "Yes - TAF minutes 26 April 2051",
        "Riley Fenwick (DOB 03/02/2043) arrives at breakfast club hungry every day, has lost 1.5kg since January, wears unwashed uniform all week and has untreated head lice.",
        "Family known to Early Help since 2049 for home conditions.",
        "Debt; no washing machine; no family nearby.",
        "Mum loves Riley and is warm with him; Riley attends school every day (97%).",
        "Breakfast club every morning; school nurse checks weight half-termly.",
        "Riley has enough to eat at home, clean clothes and his health needs met.",
        "Step up TAF meeting 17 May; consider a Child and Family Assessment.",
        "GCP2 completed 02/05/2051 (attached) - level 4 for nutrition, hygiene and health.",
        "N/A", "N/A", "None known.", "Gail Merrick, Team Manager, agreed 08/05/2051.",
        "If not stepped up: weekly home visits, food parcels via the school, GP appointment booked by the case manager.")
    gcp = ["Graded Care Profile 2 - summary sheet", "Child: Riley Fenwick   DOB: 03/02/2043   EHM: EHM-66241",
           "Completed with: Chantelle Fenwick (mother)   Date: 02/05/2051   Practitioner: Bethan Roscoe",
           "", "Area 1 Physical care - nutrition: 4", "Area 1 Physical care - housing: 3",
           "Area 1 Physical care - clothing: 4", "Area 1 Physical care - hygiene: 4",
           "Area 2 Care of safety - in presence: 2; in absence: 2", "Area 3 Love and care: 2",
           "Area 4 Stimulation and education: 2", "Area 5 Health: 4",
           "", "Practitioner's summary: care of Riley's physical needs is consistently below what he needs; "
           "mum is affectionate but overwhelmed."]
    minutes = ["# TAF meeting minutes - Fenwick", "Date: 26 April 2051, Ravenscroft Lane Primary",
               "Present: Bethan Roscoe (FF case manager, chair), Chantelle Fenwick (mum), Doreen Kavanagh "
               "(breakfast club lead), Helen Ashby (school nurse), Mr P Gorman (class teacher)",
               "1. Breakfast club log reviewed: Riley hungry on arrival 17 of 18 school days since 17 April.",
               "2. Food bank vouchers given in March not used. Mum says she could not get there.",
               "3. Actions: GCP2 to be completed with mum (BR, by 5 May); school nurse to re-weigh; mum to book GP.",
               "Next TAF: to be confirmed."]
    invite = outlook_ics("REQUEST", f, dt(when), "20510517T100000", "20510517T113000",
                         "Step up TAF meeting - Riley Fenwick EHM-66241", "Microsoft Teams Meeting",
                         ("Bethan Roscoe", "bethan.roscoe@" + KDOM),
                         [("Knowsley MASH", KMASH, "NEEDS-ACTION"), ("MASH business support", KBS, "NEEDS-ACTION")],
                         description="Step up TAF meeting for Riley Fenwick (EHM-66241). Chair: MASH social worker.")
    inv = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="Step up TAF meeting.ics"'),
                ("Content-Disposition", 'attachment; filename="Step up TAF meeting.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(invite.encode()))
    top = outlook_top(f, addr("Roscoe, Bethan", "bethan.roscoe@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Riley Fenwick - EHM-66241 - TAF Wed 17 May 10am", when,
                      cc=addr("MASH Business Support", KBS))
    data = outlook_mail(f, top, body, [
        docx_att("FF Step Up request to CSC - Riley Fenwick.docx", form),
        pdf_att("GCP2 - Riley Fenwick - 02.05.2051.pdf", "Graded Care Profile 2", gcp),
        docx_att("TAF minutes 26.04.2051 - Fenwick.docx", minutes), inv])
    add(f, data, "knowsley", "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["EHM-66241"],
        [ch("Riley Fenwick", "2043-02-03", "03/02/2043")], ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (REQUIREMENTS knowsley step_up): Appendix 1 form, GCP2 (neglect), TAF minutes, "
        "'Case ID on EHM: EHM-66241', team manager agreed, meeting date and time; the Teams invite is attached as a "
        "METHOD:REQUEST .ics (an invitation the case manager sends, not a meeting reply). THE CHILD WHO ARRIVES "
        "HUNGRY AT BREAKFAST CLUB EVERY DAY: neglect, not immediate. 'Mum is aware' is not consent -> null. Notice: "
        "Wed 10 May -> Wed 17 May = exactly 5 working days (11, 12, 15, 16, 17 May) -> ok -> book_meeting.",
        meeting=date(2051, 5, 17), meeting_span="Wednesday 17th May 2051 at 10:00",
        not_children=["Chantelle Fenwick", "Doreen Kavanagh", "Gail Merrick"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2051-04-26 14:12"
    body = T("""
Hi all,

Step up request for Tianna Maguire (DOB 19/09/2041) and Kobe Maguire (DOB 07/01/2045), EHM case ID EHM-65873.

Step up TAF meeting: Wednesday 3rd May at 1.30pm, Kirkby Family Hub, room 3 (invite going out from my calendar this afternoon to you and MASH business support).

Why: Kidz Zone, the after-school club at Cherryfield Lane Juniors, has logged 14 late collections since the start of the spring term, the latest at 6.55pm on 20th April when the club closes at 6pm. Twice the club manager had to walk the children home because nobody answered the phone. Tianna told the playworker there is "never anything for tea". School say both children arrive without breakfast and Kobe's shoes have holes in them. Mum (Shannon Maguire) has not come to the last three TAF meetings and has cancelled 5 of my last 7 home visits.

I have used the Engaging Families toolkit - what it tells us is in section 4 of the attached step up form: engagement is low despite everything offered (visits at different times of day, texts, meeting at nan's house, a family hub worker). The GCP2 was completed on 12th April and is attached, as are the minutes of the last TAF meeting.

My team manager, Tony Birchall, has agreed the step up.

Thanks
Danny Corrigan
Family First Case Manager
Knowsley Council | 0151 496 0644

""") + KDISC
    form = knowsley_form(
        "EHM-65873", "No", "Wednesday 3 May 2051, 13:30, Kirkby Family Hub, room 3",
        "LOW. Engaging Families Toolkit followed (section 4 below): 7 home visits offered at different times, "
        "texts and calls, a meeting at maternal nan's home, a family hub worker; mum attended 2 of 7 visits and "
        "none of the last 3 TAF meetings.",
        "Yes - TAF minutes 29 March 2051",
        "Tianna and Kobe are collected late from after-school club most weeks (14 times this term), arrive at "
        "school without breakfast and say there is no food at home in the evening.",
        "None recorded.", "Mum works evenings on a zero-hours contract; no car; dad not involved.",
        "Both children attend school (Tianna 94%, Kobe 93%) and are well liked; nan helps when she can.",
        "The after-school club staff stay with the children until someone comes.",
        "The children are collected on time and have regular meals.",
        "Step up TAF meeting 3 May 2051.",
        "GCP2 completed 12/04/2051 (attached).",
        "Section 4 - Engaging Families Toolkit: engagement LOW; what has been tried is listed above; the toolkit "
        "suggests the plan has not been able to change anything without mum's involvement.",
        "N/A", "None.", "Tony Birchall, Team Manager - agreed.", "If not stepped up: weekly visits, nan added as a collection contact.")
    gcp = ["Graded Care Profile 2 - summary", "Children: Tianna Maguire, Kobe Maguire   EHM-65873",
           "Completed 12/04/2051 with Shannon Maguire by Danny Corrigan",
           "Nutrition 4 | Housing 3 | Clothing 3 | Hygiene 3 | Safety in absence 4 | Love and care 2 | Stimulation 3 | Health 3"]
    minutes = ["TAF meeting minutes - Maguire - 29 March 2051",
               "Present: Danny Corrigan (chair), Lorraine Maguire (maternal nan), Kidz Zone manager, class teachers.",
               "Apologies: none. Did not attend: Shannon Maguire (mum).",
               "Late collections reviewed (9 so far this term). Nan to be added as a contact. Next TAF to be arranged."]
    top = plain_top(f, addr("Corrigan, Danny", "danny.corrigan@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Maguire - EHM-65873", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("MASH Business Support", KBS))
    data = plain_mail(f, top, body, [docx_att("FF Step Up request - Maguire.docx", form),
                                     pdf_att("GCP2 Maguire 12.04.2051.pdf", "Graded Care Profile 2", gcp),
                                     pdf_att("TAF minutes 29.03.2051 Maguire.pdf", "TAF meeting minutes", minutes)])
    add(f, data, "knowsley", "mash_step_up", when, 6, "ordinary", "step_up", False, None, ["EHM-65873"],
        [ch("Tianna Maguire", "2041-09-19", "19/09/2041"), ch("Kobe Maguire", "2045-01-07", "07/01/2045")],
        ["neglect", "non_engagement"], None, True, [], False, "request_info",
        "LATE COLLECTIONS THAT KEEP HAPPENING: a Knowsley step-up for neglect and non-engagement with every document "
        "(form with the Engaging Families toolkit in section 4, GCP2, TAF minutes), EHM id and manager agreement. "
        "NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, DECISIVE: Wed 26 April -> 'Wednesday 3rd May at 1.30pm' is 5 "
        "plain weekdays but Mon 1 May is a bank holiday, so 4 working days (27, 28 April, 2, 3 May) < 5 -> not ok -> "
        "request_info.",
        meeting=date(2051, 5, 3), meeting_span="Wednesday 3rd May at 1.30pm",
        not_children=["Shannon Maguire", "Lorraine Maguire", "Tony Birchall"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2051-06-08 17:34"
    body = T("""
Hi sorry sending this from my phone.

Kidz Zone after school club at Cherryfield Lane Juniors have just rung me (5.25pm). Shannon Maguire turned up at 5.15 to collect Tianna and Kobe. She was staggering, slurring her words and stinking of drink, she fell on the steps and was sick in the car park. She has her car keys in her hand and keeps saying she is driving the kids home.

The club manager Lisa Doran has got both children inside the club room with the door shut and Shannon is banging on the window shouting at them to come out. Nan's phone is switched off. Dad isn't in the picture. The club shuts at 6.

I'm in Prescot, about 25 mins away, setting off now. Lisa's number is 0151 496 0733. Can someone from MASH or the out of hours team ring her please - she doesn't know if she's allowed to stop Shannon taking them.

Danny
Sent from my iPhone

> On 31 May 2051, at 10:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
>
> Reference: SB-knowsley-204
> The step-up TAF meeting for Tianna Maguire and Kobe Maguire (EHM-65873) is now recorded for Wednesday 14 June 2051 at 13:30, Kirkby Family Hub.
> MASH business support will take the minutes and the MASH social worker, Aled Pryce, will chair.
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    top = plain_top(f, addr("Danny Corrigan", "danny.corrigan@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-204] Step-up TAF meeting recorded - Maguire EHM-65873", when, KDOM,
                    extra=[("In-Reply-To", msgid("sb-knowsley-204", "stepbot.knowsley.gov.uk")),
                           ("References", msgid("sb-knowsley-204", "stepbot.knowsley.gov.uk")),
                           ("X-Mailer", "iPhone Mail (22F76)")])
    data = flowed_mail(f, top, body)
    add(f, data, "knowsley", "mash_step_up", when, 5, "urgent", "follow_up", True, None, ["EHM-65873"],
        [ch("Tianna Maguire"), ch("Kobe Maguire")], ["substance_misuse"], None, None, [], None, "alert_duty",
        "A PARENT ARRIVING DRUNK AT COLLECTION, in mobile style on a reply to [SB-knowsley-204] (iPhone, "
        "format=flowed, quoted-printable): mum staggering, slurring, sick, car keys in hand and saying she will "
        "drive the 9- and 6-year-old home; club staff holding the children inside while she bangs on the window; "
        "no other adult; club shuts at 6. Thursday 17:34, after office hours -> out-of-hours alert. No alarm words. "
        "follow_up (no requirements, missing []), urgent overrides attach_to_request; children named without DOB.",
        not_children=["Shannon Maguire", "Lisa Doran", "Aled Pryce"], reference="SB-knowsley-204")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2051-05-26 11:20"
    body = T("""
Hello Family First duty,

I am the allocated social worker for Alfie Dunne (DOB 22/08/2042), ICS-2417739. Following the CIN review on 24th May the plan is to step down to Family First at Level 3.

Joint home visit: Monday 5th June 2051 at 10:00am at the family home, 41 Lapwing Close, Huyton, L36 9ZX. Please can a Family First case manager come with me.

Background, as the file reads worse than the present: Alfie was made subject to a CIN plan in November 2050 after his dad, Craig Dunne, arrived at the school gate at home time in October 2050 under the influence of alcohol and tried to take Alfie to his car. School staff stopped him and police attended that afternoon. That was seven months ago and it has not happened again. Since then dad has completed the alcohol programme at Whiston, his keyworker confirms he has been abstinent since December with clear tests, and he sees Alfie at weekends at paternal nan's. The school office confirm that only mum (Leanne Dunne) or maternal nan collect Alfie, every day and on time. There are no current concerns about dad's drinking or about collection.

What are we worried about?
Alfie's attendance has slipped to 88% this year and he is late two or three mornings a week, which mum links to her early shifts. He misses breakfast on those days. He is anxious at drop-off, and his class teacher says he settles better when he starts the day in breakfast club.

What is working well?
Mum is warm and consistent and has kept every CIN appointment. Nan lives two streets away and helps every day. Dad's recovery is stable and weekend contact is going well. Alfie has a funded breakfast club place from June and has started football club on Tuesdays.

What needs to happen?
Family First to support mum with a morning routine and the breakfast club place, and to help her talk to her employer about her shift times. The school attendance officer to review in 6 weeks. First TAF review in 6 weeks.

Consent: Leanne has given her consent for Alfie to be referred to Family First, and dad is in agreement.

Thanks,
Jodie Halewood
Social Worker | Child in Need Team | Knowsley Council
0151 496 0391

""") + KDISC
    top = outlook_top(f, addr("Halewood, Jodie", "jodie.halewood@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down to Family First (Level 3) - Alfie Dunne - joint home visit Mon 5 June", when)
    add(f, outlook_mail(f, top, body), "knowsley", "early_help_duty", when, 6, "near_miss", "step_down", False, 3,
        ["ICS-2417739"], [ch("Alfie Dunne", "2042-08-22", "22/08/2042")], ["school_attendance"], True, None, [],
        True, "book_meeting",
        "NEAR MISS - HISTORIC: a father drunk at the school gate trying to take the child (October 2050) is seven "
        "months old, not repeated, and negated ('There are no current concerns about dad's drinking or about "
        "collection'). Complete Knowsley level 3 step-down: joint home visit with date, time and address, all three "
        "Signs of Safety headings, consent given. Notice across the Spring bank holiday: Fri 26 May -> Mon 5 June = "
        "5 working days (30, 31 May, 1, 2, 5 June; 29 May excluded; 6 plain weekdays) -> ok -> book_meeting.",
        meeting=date(2051, 6, 5), meeting_span="Monday 5th June 2051 at 10:00am",
        not_children=["Craig Dunne", "Leanne Dunne"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2051-05-24 15:02"
    body = T("""
Hi,

Notification of a Level 2 step down for Ruby-Jo Kinsella, DOB 11.03.2044, ICS-2420981.

Final CIN meeting: Wednesday 31st May 2051, 2pm, Tower Hill Family Hub, Kirkby (meeting room 1).

Lead Practitioner after the step down: Sinead Carragher, Family Support Worker, Haddon Brook Primary School. She has agreed to take on the Lead Practitioner role and will be at the meeting.

What are we worried about?
Mum (Kerry Kinsella) has depression, and on bad days Ruby-Jo is dropped at school late or not at all; her attendance is 86%. In the autumn Ruby-Jo was regularly collected late from the school's after-school club.

What is working well?
Mum is taking her medication and sees her GP every month. The late collections stopped in February - nan now collects on Mondays and Thursdays. Ruby-Jo has a funded breakfast club place and has not missed a day since Easter.

What needs to happen?
Sinead to lead an Early Help Assessment and TAF; attendance reviewed at 6 weeks; mum to carry on with Talking Therapies.

Mum has agreed to the step down to Early Help.

Marcus Eccleston
Social Worker, Knowsley Children's Social Care
0151 496 0215
""")
    top = plain_top(f, addr("Eccleston, Marcus", "marcus.eccleston@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 2 step down - Ruby-Jo Kinsella ICS-2420981 - final CIN 31/05", when, KDOM,
                    "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body), "knowsley", "early_help_duty", when, 5, "ordinary", "step_down", False, 2,
        ["ICS-2420981"], [ch("Ruby-Jo Kinsella", "2044-03-11", "11.03.2044")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 2 step-down, otherwise complete (final CIN date, time and venue; all three headings; lead "
        "practitioner named with her agency). NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Wed 24 May -> Wed "
        "31 May is 5 plain weekdays but Mon 29 May is a bank holiday, so 4 working days (25, 26, 30, 31 May) < 5 -> "
        "not ok -> request_info. 'Mum has agreed to the step down' -> consent true (not required at level 2). DOB "
        "written 11.03.2044.",
        meeting=date(2051, 5, 31), meeting_span="Wednesday 31st May 2051, 2pm",
        not_children=["Kerry Kinsella", "Sinead Carragher"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2051-06-22 12:15"
    body = T("""
Dear MASH,

Our DSL, Mr Obi, asked me to send this to you for information only - we are not asking for anything to happen.

Yesterday (Wednesday 21st June) at 3.20pm a man came to the school office and asked to collect Lacey-Mae Quinlan in Year 2. He is not on her collection list, so, following our policy, we did not release her. Lacey-Mae stayed with me in the office and did not see him. I rang mum, Gemma Quinlan, straight away. She said the man was her brother Dean, Lacey-Mae's uncle, who she had asked to collect because she had been kept late at work, and she had forgotten to ring us. Mum came herself at 3.50pm; Dean waited outside politely and they left together.

Mum came in this morning and added Dean to the collection list with a password. Mr Obi has reviewed it: the system worked as it should, there are no concerns about the family, and it is logged on CPOMS.

Kind regards

Pauline Ashurst
Office Manager
Hollybank Lane Primary School, Huyton
0151 496 0120
""")
    top = plain_top(f, addr("Pauline Ashurst", "office@hollybanklane.example.sch.uk"), addr("Knowsley MASH", KMASH),
                    "FYI - adult not on collection list - Lacey-Mae Quinlan (Y2)", when, "hollybanklane.example.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body), "knowsley", "mash_step_up", when, 4, "near_miss", "other", False, None, [],
        [ch("Lacey-Mae Quinlan")], [], None, None, [], None, "human_review",
        "NEAR MISS - SOMEONE NOT ON THE LIST, RESOLVED: a man not on the collection list asked for a 6-year-old; the "
        "office refused, mum confirmed he is the uncle she had sent, mum collected, he is now on the list; the DSL "
        "found no concerns. A school office's FYI, not a request -> other, human_review; the child is named in full "
        "(no DOB); no concerns.",
        not_children=["Gemma Quinlan", "Pauline Ashurst"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2051-05-15 08:52"
    data = itip_reply_outlook(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "ACCEPTED",
                              "Step-up TAF meeting - Fenwick EHM-66241 [SB-knowsley-211]",
                              "20510517T100000", "20510517T113000", "Microsoft Teams Meeting")
    add(f, data, "knowsley", "mash_step_up", when, 3, "ordinary", "meeting_reply", False, None, ["EHM-66241"], [],
        [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment: the MASH social worker accepts knowsley_01's step-up TAF "
        "meeting (Wed 17 May 10:00) -> meeting_reply, record_reply; the EHM id in the SUMMARY is the case id.",
        reference="SB-knowsley-211")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2051-06-13 08:24"
    body = T("""
Hi MASH,

Step up request for the Tickle children, EHM case ID EHM-66502:
- Jordan Tickle, DOB 14/10/2044
- Mia Tickle, DOB 02/06/2047
- Harper Tickle, DOB 20/01/2051

Step up TAF meeting: Wednesday 21st June 2051 at 10:00 on Teams (invite sent to the MASH inbox and MASH business support).

The step up form and the minutes of the last TAF meeting (1st June) are attached. The worries are neglect and mum's drinking: Jordan and Mia come into breakfast club at Marlowe Brook Primary hungry most days, the house has had no gas for long spells, and mum (Jade Tickle) has smelt of alcohol at the school gate at home time several times since Easter. The GCP2 is booked with mum for Thursday and I will send it straight after.

My team manager, Sandra Gorst, agreed the step up in supervision on Friday.

Kerry-Ann Molyneux
Family First Case Manager | Knowsley Council
0151 496 0870

PS - 8.15am, just before sending: breakfast club have rung me. Jordan and Mia walked in at 7.45 on their own. Jordan says mum did not come home last night and "Harper is still in her cot, I gave her a bottle before we came". The club lead sent a member of staff round to 23 Larkspur Walk - no answer, curtains shut, and she could hear the baby crying inside. Mum's phone goes to voicemail. Harper is 4 months old. I am driving over there now.

""") + KDISC
    form = knowsley_form(
        "EHM-66502", "No", "Wednesday 21 June 2051, 10:00, Teams",
        "Medium - Engaging Families Toolkit not applicable",
        "Yes - 1 June 2051",
        "Jordan (6) and Mia (4) arrive at breakfast club hungry; the home is often without gas; baby Harper's "
        "health visiting checks have been missed twice; mum smells of alcohol at collection.",
        "None recorded.", "Mum's alcohol use; debt; mum's partner moved out in March.",
        "The children are affectionate with each other and with mum; Jordan's attendance is 95%.",
        "Breakfast club daily; maternal aunt visits on Sundays.",
        "The children are fed, warm and cared for by a sober adult.",
        "Step up TAF meeting; GCP2 to be completed; health visitor to see Harper.",
        "Booked with mum for Thursday 15 June 2051.", "N/A", "N/A", "None known.",
        "Sandra Gorst, Team Manager, agreed 09/06/2051.",
        "If not stepped up: daily contact with school, health visitor weekly, aunt as a collection contact.")
    minutes = ["# TAF meeting minutes - Tickle family", "1 June 2051, Marlowe Brook Primary",
               "Present: Kerry-Ann Molyneux (chair), Jade Tickle (mum), breakfast club lead, health visitor, class teacher.",
               "Breakfast club log: Jordan and Mia hungry on arrival most days since Easter.",
               "Health visitor: Harper's 12-week check missed; rebooked.",
               "Mum accepts she is drinking more since her partner left; declined a referral to the alcohol service.",
               "Actions: GCP2 to be arranged; gas top-up credit and fuel voucher to be arranged by KAM."]
    top = outlook_top(f, addr("Molyneux, Kerry-Ann", "kerry-ann.molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Tickle family - EHM-66502", when, cc=addr("MASH Business Support", KBS))
    data = outlook_mail(f, top, body, [docx_att("FF Step Up request to CSC - Tickle.docx", form),
                                       docx_att("TAF minutes 01.06.2051 Tickle.docx", minutes)])
    add(f, data, "knowsley", "mash_step_up", when, 5, "urgent", "step_up", True, None, ["EHM-66502"],
        [ch("Jordan Tickle", "2044-10-14", "14/10/2044"), ch("Mia Tickle", "2047-06-02", "02/06/2047"),
         ch("Harper Tickle", "2051-01-20", "20/01/2051")],
        ["neglect", "substance_misuse"], None, True, ["gcp2"], True, "alert_duty",
        "A BABY LEFT ALONE, IN A PS: an ordinary-looking Knowsley step-up whose PS (written at 8.15am) says the 6- "
        "and 4-year-old walked into breakfast club alone, mum has not been home all night and the 4-month-old is "
        "alone in her cot, crying behind a locked door -> urgent, alert_duty, in office hours. The request itself: "
        "neglect needs the GCP2, which is only booked -> missing [gcp2]; notice Tue 13 June -> Wed 21 June = 6 "
        "working days -> ok. No alarm words anywhere (the form and minutes included).",
        meeting=date(2051, 6, 21), meeting_span="Wednesday 21st June 2051 at 10:00",
        not_children=["Jade Tickle", "Sandra Gorst"])


# ============================================================================= RICHMOND & WANDSWORTH
RSTEP = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2051-04-25 08:47"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="ltr">
<div>Hello,</div><div><br></div>
<div>I am the lollipop lady (school crossing patrol) on Kestrel Walk outside Fernhurst Road Primary School. I got this email address from the school office, they said to write to you as well as telling them.</div><div><br></div>
<div>At about 8.30 this morning a little boy crossed with me on his own, <b>Leo Marsh-Adjei</b>, he is 7 and in Year 2. He was crying and said he was late because <i>&quot;I had to give Lola her milk, mummy didn&#39;t come home again and Lola is in the cot&quot;</i>. Lola is his little sister. The office looked her up on the sibling list, she is <b>Lola Marsh-Adjei</b> and she is 20 months old. Leo says there is nobody else in the flat. They live at Flat 12, Ashdown House, Kestrel Walk, SW18 9ZT.</div><div><br></div>
<div>I walked Leo into the office myself and told Mrs Kaur, she is phoning round now. I can&#39;t leave my crossing until 9.15. Please can somebody go round to the flat, the baby is in there on her own.</div><div><br></div>
<div>Maureen Toller</div>
<div>School Crossing Patrol, Kestrel Walk</div>
<div>07700 900283</div>
</div></body></html>
""")
    top = plain_top(f, addr("Maureen Toller", "mo.toller@example.com"), RSTEP,
                    "little boy at my crossing this morning - baby on her own at home", when, "mail.example.com")
    add(f, html_only_mail(f, top, h), "richmond_wandsworth", "mash_step_up", when, 4, "urgent", "other", True, None,
        [], [ch("Leo Marsh-Adjei"), ch("Lola Marsh-Adjei")], ["neglect"], None, None, [], None, "alert_duty",
        "A LOLLIPOP CROSSING PATROL, HTML-ONLY, IN A CHILD'S OWN WORDS: a 7-year-old at the crossing says 'mummy "
        "didn't come home again and Lola is in the cot' - a 20-month-old alone in the flat now. A member of the "
        "public writing to the step-up inbox: not a request -> other; urgent -> alert_duty (Tuesday 08:47, office "
        "hours). Both children named in full (the office supplies Lola's surname), no DOBs. No alarm words.",
        not_children=["Maureen Toller"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2051-04-20 16:20"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper Quint (Early Help duty team manager) this afternoon, I am confirming the step-down case discussion we agreed for Tuesday 25th April 2051 at 10:00 on Teams.

Children:
Chidera Okafor - Mosaic ID 3610448 - DOB 05/08/2040
Ebuka Okafor - Mosaic ID 3610449 - DOB 17/12/2043

The latest case summary and the draft plan for Early Help are attached.

In brief: we became involved in October after Chidera (then 10) was found walking Ebuka home in the dark at 6.30pm because nobody had collected them from after-school club. Dad, Emeka Okafor, is a single parent who works shifts at the hospital and his childcare had fallen through. Since then dad has moved to day shifts, the children have funded places at the school's breakfast club and at Greenway after-school club until 6pm, and their grandmother has moved to Earlsfield and collects them on Wednesdays and Fridays. There have been no late or missed collections since January. The remaining worry is keeping the childcare in place, especially over the summer holidays - the plan includes a holiday club place.

Consent: Mr Okafor has given his consent for Early Help to continue the plan, and Chidera says she is happy with it.
My team manager, Rosalind Achebe, agrees with the step-down and will join the case discussion.
The school's family support worker, Mr Ade Coker, is willing to be the lead professional.

Kind regards

Hollie Brandreth
Social Worker | Child in Need Service | Wandsworth Children's Services
020 7946 0518

""") + RDISC
    summary = ["Children: Chidera Okafor (05/08/2040), Ebuka Okafor (17/12/2043)   Mosaic 3610448 / 3610449",
               "Allocated social worker: Hollie Brandreth   Team manager: Rosalind Achebe",
               "", "Reason for involvement (October 2050): children not collected from after-school club; found "
               "walking home alone after dark.",
               "Progress: day shifts for dad; breakfast and after-school club places funded; grandmother nearby; no "
               "missed collections since January 2051.",
               "Recommendation: step down to Early Help with a lead professional from school."]
    plan = ["# Draft Early Help plan - Okafor family",
            "Outcome 1: the children are always collected on time. Action: childcare rota kept (dad, grandmother); "
            "club places renewed each term. Who: Mr Okafor, Mr Coker. By: July 2051.",
            "Outcome 2: summer holiday childcare in place. Action: holiday club place booked for August. Who: Mr Coker.",
            "Outcome 3: Chidera's move to secondary school goes well. Action: transition visits. Who: school."]
    top = outlook_top(f, addr("Brandreth, Hollie", "hollie.brandreth@" + RDOM), addr("Early Help Duty", REH),
                      "Step-down case discussion Tue 25 April 10am - Okafor children", when,
                      cc=addr("Achebe, Rosalind", "rosalind.achebe@" + RDOM))
    data = outlook_mail(f, top, body, [pdf_att("Case summary - Okafor - April 2051.pdf", "Case summary", summary),
                                       docx_att("Draft Early Help plan - Okafor.docx", plan)])
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 8, "ordinary", "step_down", False, None,
        ["3610448", "3610449"],
        [ch("Chidera Okafor", "2040-08-05", "05/08/2040"), ch("Ebuka Okafor", "2043-12-17", "17/12/2043")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (REQUIREMENTS richmond_wandsworth step_down: case summary PDF, "
        "draft plan .docx, consent 'Mr Okafor has given his consent'); the case discussion time agreed by phone "
        "(Tue 25 April, within 5 days). Children once left uncollected; the remaining worry (keeping childcare "
        "in place) -> neglect. 'Mosaic ID 3610448' -> the bare number. Manager agrees -> true.",
        not_children=["Emeka Okafor", "Ade Coker", "Rosalind Achebe"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2051-06-12 15:48"
    comment = ("Sorry, I can't do tomorrow at 10 - I'm at Acorn Lodge after-school club now with Ruby Kowalczyk "
               "and I'll be with her and the family tomorrow. Club staff found a fresh round burn on the back of her "
               "left hand when she arrived at 3.20, about the size of the end of a lighter, blistered. She told the "
               "playworker \"Darren did it with his lighter because I was crying\". Darren Platt is mum's partner "
               "and he is the one who collects her at 5.45 today; mum is at work until 8. My manager knows. Please "
               "can the duty desk ring me on 07700 900418 before 5.45.")
    data = itip_reply_outlook(f, when, "Tasha Quarmby", "tasha.quarmby@" + RDOM, ("MASH business support", RSTEP),
                              "DECLINED", "Step-up case discussion - Ruby Kowalczyk (Mosaic 3655102) "
                              "[SB-richmond_wandsworth-331]", "20510613T100000", "20510613T110000",
                              "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 4, "urgent", "meeting_reply", True, None, ["3655102"],
        [ch("Ruby Kowalczyk")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY, PARTSTAT=DECLINED, whose COMMENT (and text part) says the "
        "4-year-old arrived at after-school club with a fresh blistered lighter-sized burn, 'Darren did it with his "
        "lighter', and Darren collects her at 5.45 today -> urgent, alert_duty; a meeting_reply has no "
        "requirements. 'Mosaic 3655102' in the SUMMARY -> case id. No alarm words.",
        not_children=["Darren Platt", "Tasha Quarmby"], reference="SB-richmond_wandsworth-331")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2051-06-07 10:33"
    lauren = T("""
Hi Priyanka,

Here is my step up for Kayla Brightwell (DOB 29/04/2042), Mosaic ID 3598211.

Before anything else - you may see a police log or hear from Treetops after-school club about last night (Monday). Kayla wasn't collected at 6pm. It turned out mum had been in a minor car accident on the A3 on her way from work (another driver went into the back of her; she wasn't hurt and the police breath test was negative). Her sister, Kayla's aunt Michelle, collected Kayla at 6.25pm and Kayla was fine - she'd had her tea at the club and didn't know anything was wrong. That is not the reason for the step up and I have no worries about last night.

Rationale for step up
Since February Treetops has logged 19 late collections (between 20 minutes and 1 hour 40 minutes late), and on 2nd and 16th May staff noticed mum smelling of alcohol at collection. Kayla has told the playworker she "has to be quiet when mummy is tired on the sofa". Mum has missed four of the last six Early Help sessions and has not started the parenting course she agreed to. The Early Help plan has not moved in four months and the late collections and mum's drinking are getting worse, not better. We think Kayla's needs now meet the threshold for a Child and Family Assessment.

The case summary is attached.
Mum knows I am speaking to my manager about stepping up.

Lauren Fitch
Early Help Practitioner, Wandsworth Early Help
""")
    body = T("""
MASH colleagues,

Forwarding Lauren's step-up below. I have discussed it with her in reflective supervision and I agree the step up to Children's Services. The case summary is attached; the rationale is in Lauren's note.

Priyanka Sandhu
Early Help Team Manager | Wandsworth Early Help
020 7946 0630
""") + outlook_quote("Fitch, Lauren <lauren.fitch@richmondandwandsworth.gov.uk>", "Tuesday, June 6, 2051 4:52 PM",
                     "Sandhu, Priyanka <priyanka.sandhu@richmondandwandsworth.gov.uk>",
                     "Step up - Kayla Brightwell", lauren) + "\n" + RDISC
    summary = ["Kayla Brightwell   DOB 29/04/2042   Mosaic ID 3598211",
               "Early Help since November 2050 (requested by school: late collections, tiredness).",
               "Household: Kayla and mum, Donna Brightwell. Maternal aunt Michelle nearby.",
               "Late collections logged by Treetops after-school club: 19 since 1 February 2051.",
               "Engagement: 2 of the last 6 sessions attended; parenting course not started.",
               "Mum's alcohol use: smelt of alcohol at collection 2 and 16 May 2051 (club log)."]
    top = outlook_top(f, addr("Sandhu, Priyanka", "priyanka.sandhu@" + RDOM), addr("MASH Step Up", RSTEP),
                      "FW: Step up - Kayla Brightwell", when)
    data = outlook_mail(f, top, body, [pdf_att("Case summary - Kayla Brightwell.pdf", "Case summary", summary)])
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 7, "near_miss", "step_up", False, None, ["3598211"],
        [ch("Kayla Brightwell", "2042-04-29", "29/04/2042")], ["neglect", "non_engagement", "substance_misuse"],
        None, True, [], None, "book_meeting",
        "NEAR MISS - A CHILD NOT COLLECTED, ALREADY RESOLVED: last night's uncollected 9-year-old was collected by "
        "her aunt at 6.25 after mum's minor car accident (breath test negative) and the worker has 'no worries about "
        "last night'. An Outlook FW: from the Early Help Team Manager (who agrees) over the worker's note: rationale "
        "under its own heading, case summary attached -> complete R&W step-up -> book_meeting. Concerns are the "
        "real ones: late collections (neglect), missed sessions (non_engagement), drinking at collection "
        "(substance_misuse). 'Mum knows' is not consent.",
        not_children=["Lauren Fitch", "Donna Brightwell", "Priyanka Sandhu"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2051-06-19 09:00"
    text = T("""
RICHMOND AND WANDSWORTH SAFEGUARDING CHILDREN PARTNERSHIP - PRACTITIONER BULLETIN, JUNE 2051

7-MINUTE BRIEFING: DROP-OFF, COLLECTION AND UNCOLLECTED CHILDREN IN OUT-OF-SCHOOL SETTINGS

With the summer holiday clubs about to start, this briefing is for breakfast clubs, after-school clubs, holiday activity providers, school office staff, school crossing patrols and home-to-school transport escorts. The scenarios below are fictional and are for discussion in team meetings only. They do not refer to any child or family and must not be referred.

Scenario 1. A father arrives at 5.50pm to collect his five-year-old. He smells of alcohol, is unsteady and insists on driving. What do you do? (Do not release the child to a carer who intends to drive while unfit; call 999 if they drive off with the child; then contact the MASH or, out of hours, the Emergency Duty Team.)

Scenario 2. It is 6.30pm, the club has closed and nobody on the contact list answers. (Stay with the child; keep trying the contacts; if no one can be reached by the time set in your policy, contact the police and children's services. Never take a child home in your own car.)

Scenario 3. An adult who is not on the collection list says they are "Dad". (Do not release; check with the parent; record it; know about any court orders.)

Scenario 4. A child tells a playworker that "mummy's friend hurt me" and that the friend is collecting them tonight. This is an immediate child protection concern: phone the MASH straight away, do not wait to email.

Late collections that keep happening, and a child who arrives hungry at breakfast club every day, are not emergencies but they are patterns: log them, talk to your DSL, and consider an Early Help assessment.

Training: "Collection and drop-off for out-of-school settings", Tuesday 11 July 2051, 6pm-7.30pm, online. Book through the partnership website.

You are receiving this bulletin because you are subscribed to RWSCP practitioner updates. Unsubscribe: https://rwscp.example.org/unsubscribe
""")
    h = ("<html><body style=\"font-family:Arial,sans-serif\"><h2>Practitioner bulletin, June 2051</h2>"
         + "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in text.split("\n\n"))
         + "</body></html>\n")
    top = plain_top(f, addr("RWSCP Bulletin", "bulletin@rwscp.example.org"), RSTEP,
                    "RWSCP bulletin: 7-minute briefing - drop-off, collection and uncollected children", when,
                    "rwscp.example.org",
                    extra=[("List-Id", "RWSCP practitioner updates <updates.rwscp.example.org>"),
                           ("List-Unsubscribe", "<https://rwscp.example.org/unsubscribe>, "
                                                "<mailto:unsubscribe@rwscp.example.org>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "mash_step_up", when, 4, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN THAT LISTS EXAMPLES (List-Id, List-Unsubscribe, Precedence: bulk): the partnership's "
        "7-minute briefing gives fictional drop-off and collection scenarios (a drunk father insisting on driving, an "
        "uncollected child, 'mummy's friend hurt me' and 'an immediate child protection concern') 'for discussion "
        "only' -> DESIGN rule 1: bulletins that list examples must not trigger; other, human_review.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2051-05-31 14:41"
    body = T("""
Dear Early Help Duty,

UPDATE 14:35 - PLEASE READ THIS FIRST
The holiday club at Marbury Youth Centre has just rung me. Jamal and Nia's father, Delroy Pryce, arrived at the club at 2.10pm saying he had come to collect them. He is not on the collection list and there is a non-molestation order protecting mum and the children. Staff refused and kept the children in the hall. He told the club manager he "will be waiting for them when their mum picks them up at 5, and he'll follow them home and finish what he started". In 2049 he was convicted of strangling their mum in front of the children. He is now sitting in a black car across the road from the club. Mum (Simone Hartley) is at work in Croydon and I have not been able to reach her yet. I have asked the club to keep both children inside and not let them go with anyone. I am on my way there now.

Below is the step-down I had ready to send this morning.

---

I spoke to your duty team manager on Monday and we agreed a step-down case discussion for Friday 2nd June 2051 at 10:00 (Teams).

Children:
Jamal Pryce, DOB 12/02/2041, Mosaic ID 3587790
Nia Pryce, DOB 28/09/2044, Mosaic ID 3587791

The latest case summary and the draft Early Help plan are attached. Mum consented to the step-down to Early Help at the final CIN review on 17th May. Since the non-molestation order in March 2050 dad has had no contact, the children are settled, and the plan focuses on holiday childcare and Jamal's move to secondary school.

My team manager, Gareth Nunn, agrees with the step-down (copied in).

Ifeoma Blackwood
Social Worker | Child in Need Team | Achieving for Children (Richmond)
020 7946 0744

""") + RDISC
    summary = ["Jamal Pryce (12/02/2041) and Nia Pryce (28/09/2044)   Mosaic ID 3587790 / 3587791",
               "Mother: Simone Hartley. Father: Delroy Pryce - no contact; non-molestation order March 2050.",
               "CIN plan since February 2050 following domestic abuse by the father (conviction 2049).",
               "Progress: children settled at school and at holiday club; mum working; IDVA support completed.",
               "Recommendation (final CIN review 17/05/2051): step down to Early Help; mum consents."]
    plan = ["# Draft Early Help plan - Pryce / Hartley",
            "1. Holiday childcare: holiday club place through the summer; collection by mum or maternal aunt only.",
            "2. Jamal's transition to secondary school: transition mentor; visits in July.",
            "3. Mum's support network: Freedom Programme alumni group; aunt as back-up carer."]
    top = outlook_top(f, addr("Blackwood, Ifeoma", "ifeoma.blackwood@" + RDOM), addr("Early Help Duty", REH),
                      "Step-down to Early Help - Jamal and Nia Pryce - UPDATE 14:35 see top", when,
                      cc=addr("Nunn, Gareth", "gareth.nunn@" + RDOM))
    data = plain_mail(f, top, body, [docx_att("Case summary - Pryce May 2051.docx",
                                              ["# Case summary"] + summary),
                                     pdf_att("Draft EH plan - Pryce.pdf", "Draft Early Help plan", plan)])
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 4, "urgent", "step_down", True, None,
        ["3587790", "3587791"],
        [ch("Jamal Pryce", "2041-02-12", "12/02/2041"), ch("Nia Pryce", "2044-09-28", "28/09/2044")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "SOMEONE NOT ON THE LIST, ON A STEP-DOWN: the update at the top says the father - convicted of strangling "
        "their mother, barred by a non-molestation order - tried to collect the 10- and 6-year-old from holiday "
        "club (half-term), is parked opposite and will follow them home at 5 to 'finish what he started' -> "
        "urgent, alert_duty (Wednesday 14:41). The step-down under it is complete (summary, plan, consent at the "
        "CIN review, manager agrees) -> missing []. No alarm words.",
        not_children=["Delroy Pryce", "Simone Hartley", "Gareth Nunn"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2051-04-18 11:50"
    body = T("""
Dear MASH,

I am the Early Help Team Manager for the Roehampton locality. Following a reflective discussion with the allocated Early Help worker, Nadia Farouk, I have agreed that the Rusu family should be stepped up to Children's Services.

Children: Amelia Rusu, born 9 January 2041, and Luca Rusu, born 30 November 2045. Mosaic ID 3571023.

Rationale for step up
Since February the children's after-school club place at Danebury has been stopped because of unpaid fees. Amelia (10) now collects Luca (5) from Reception at 3.15 and walks him home across Roehampton Lane; the school crossing patrol has reported them crossing on their own at the lights, after her hours, three times. The children are then at home on their own until mum, Elena Rusu, finishes her second job at about 7pm. Luca has twice been found by a neighbour on the landing. Mum has missed four Early Help appointments and has not taken up help with the club fees or a holiday club place. The plan has not been able to change anything in three months.

The latest case summary will follow once Nadia has finished updating it on Mosaic this week.

Callum Whitworth
Early Help Team Manager, Roehampton locality
020 7946 0652
""")
    top = plain_top(f, addr("Callum Whitworth", "callum.whitworth@" + RDOM), addr("MASH Step Up", RSTEP),
                    "Step up to MASH - Rusu children (Mosaic ID 3571023)", when, RDOM,
                    extra=[("User-Agent", "Mozilla Thunderbird 214.0")])
    add(f, flowed_mail(f, top, body, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 8, "ordinary",
        "step_up", False, None, ["3571023"],
        [ch("Amelia Rusu", "2041-01-09", "9 January 2041"), ch("Luca Rusu", "2045-11-30", "30 November 2045")],
        ["neglect", "non_engagement"], None, True, ["case_summary"], None, "request_info",
        "Thunderbird format=flowed (7bit) step-up from the Early Help Team Manager: rationale pasted under its own "
        "heading, but the case summary 'will follow' -> missing case_summary -> request_info. A 10-year-old doing "
        "the school run for her 5-year-old brother after the club place was stopped, seen by the crossing patrol; "
        "home alone till 7pm (neglect); missed appointments (non_engagement). DOBs written '9 January 2041'.",
        not_children=["Nadia Farouk", "Elena Rusu"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2051-07-14 16:03"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div><p style="font-family:Aptos,sans-serif;font-size:11pt">Thank you for your email.</p>
<p style="font-family:Aptos,sans-serif;font-size:11pt">I am on annual leave until Monday 24th July 2051 with no access to email. For anything about the children on my caseload please contact the Child in Need duty desk on 020 7946 0500.</p>
<p style="font-family:Aptos,sans-serif;font-size:11pt">Hollie Brandreth<br>Social Worker, Child in Need Service</p></div></body></html>
""")
    top = outlook_top(f, addr("Brandreth, Hollie", "hollie.brandreth@" + RDOM), addr("Early Help Duty", REH),
                      "Automatic reply: [SB-richmond_wandsworth-296] Step-down: joint visit and letter reminder - Okafor",
                      when, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, html_only_mail(f, top, h), "richmond_wandsworth", "early_help_duty", when, 2, "ordinary", "auto_reply",
        False, None, [], [], [], None, None, [], None, "ignore",
        "HTML-only Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') answering a stepbot "
        "reminder -> auto_reply, ignore (safety rule 2); nothing alarming in it.",
        reference="SB-richmond_wandsworth-296")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2051-07-06 16:12"
    body = T("""
Hello MAST,

Adding to the step-up for Aisha Begum-Hale (DOB 03/03/2044, Mosaic 3720415).

At 3.15 this afternoon Aisha's father, Ryan Hale, came to the gate at Limehouse Fields Primary. He is not on her collection list, and since his arrest in June for assaulting mum his bail conditions say no contact with Aisha or her mum. The school office would not let her go. Aisha then went over to the after-school club at Ropewalk Community Centre with the club's walking bus as usual. At about 3.40 Ryan went to the community centre, told a new playworker he was "Aisha's dad, picking her up for mum", and walked out with her. The club only realised at 4pm when the manager checked the list.

Mum (Nasima Begum) has rung him more than 20 times and his phone is off. She has no idea where he has taken Aisha. She rang the police at 4.05 (ref CAD 4471/06JUL). Aisha is 7. He has no car and no fixed address since his bail.

I am with mum at the family home now - 07700 900561.

Shirin Akhtar
Early Help Practitioner | Tower Hamlets Early Help

> From: MAST <MAST@towerhamlets.gov.uk>
> Sent: 03 July 2051 11:20
> Subject: [SB-tower_hamlets-512] MAST step-up received - Aisha Begum-Hale
>
> Thank you. Your step-up request for Aisha Begum-Hale is received (reference SB-tower_hamlets-512).
> The MAST discussion is booked for Friday 7 July 2051 at 10:00 (Teams).
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    top = plain_top(f, addr("Akhtar, Shirin", "shirin.akhtar@" + TDOM), addr("MAST", TMAST),
                    "RE: [SB-tower_hamlets-512] MAST step-up received - Aisha Begum-Hale", when, TDOM,
                    extra=[("In-Reply-To", msgid("sb-tower_hamlets-512", "stepbot.towerhamlets.gov.uk"))])
    add(f, plain_mail(f, top, body, cte="base64", crlf=False), "tower_hamlets", "mash_step_up", when, 3, "urgent",
        "follow_up", True, None, ["3720415"], [ch("Aisha Begum-Hale", "2044-03-03", "03/03/2044")],
        ["domestic_abuse", "missing"], None, None, [], None, "alert_duty",
        "SOMEONE NOT ON THE LIST TOOK THE CHILD: a base64 text/plain reply to [SB-tower_hamlets-512]: the father, on "
        "bail with no contact, refused at the school gate, then talked his way past a new playworker at the "
        "after-school club and left with the 7-year-old; phone off, whereabouts unknown now. Police told, but the "
        "child is missing now -> urgent (Thursday 16:12, office hours). follow_up -> missing []. No alarm words.",
        not_children=["Ryan Hale", "Nasima Begum", "Shirin Akhtar"], reference="SB-tower_hamlets-512")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2051-06-20 08:38"
    text = T("""
Hello MAST

I am passenger assistant (escort) on the school taxi for Bow Marsh School, route 14. This morning 7.50 I collect Yusuf Chowdhury, he is 9 years, from his home Flat 3, 27 Arbery Row E3.

He come down the stairs with bruise on his left eye, it is purple and very swollen, and dry blood inside his ear. Last week he did not have this. The man who live with them (mum's friend, his name I think Shafiq) was shouting from the window at me to go.

In the taxi Yusuf say to me: "Shafiq bang my head on the wall because I wet the bed. He say tonight again if I wet." Yusuf is autistic and he don't speak much, so for him to say this is very big. He is crying all the way and holding his ear.

I give him to the school office and tell them, they tell me also email you. Now I am in the taxi for the next child so I write quick.

At 3.30 we must bring him back to this flat. I don't want to bring him back to this man. Please tell me what I do.

Sorry for my english
Fatima Benali
Passenger Assistant, route 14
07700 900732
""")
    h = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>")
                                     for p in text.strip().split("\n\n")) + "</div>\n")
    top = plain_top(f, addr("Fatima Benali", "fatima.benali.escort@example.com"), addr("MAST", TMAST),
                    "boy in my taxi - Yusuf Chowdhury - please read", when, "mail.gmail.example.com")
    add(f, alt_mail(f, top, text, h, gmail=True), "tower_hamlets", "mash_step_up", when, 3, "urgent", "other",
        True, None, [], [ch("Yusuf Chowdhury")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A TAXI ESCORT, IN NON-NATIVE ENGLISH (Gmail on a phone): a 9-year-old autistic boy on SEND transport has a "
        "swollen black eye and blood in his ear and says mum's friend 'bang my head on the wall ... He say tonight "
        "again'; the escort must take him back to that flat at 3.30 -> urgent, alert_duty (Tuesday 08:38). Not a "
        "request -> other. No alarm words.",
        not_children=["Fatima Benali"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2051-05-02 11:06"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Zain Ahmed (DOB 21/07/2043) and Maryam Ahmed (DOB 14/02/2046), Mosaic ID 3699840, to step up from Targeted Early Help.

The children are brought to school late most days - usually after 10am - so they miss the breakfast club place that was set up for them and the start of lessons. Zain's attendance is 79% and Maryam's 81%. Mum, Salma Ahmed, has severe depression and stopped taking her medication in March; dad works nights and sleeps during the day, so nobody does the school run until mum manages it. The TAF plan has been in place since September and has not made a difference.

Mum consented to the referral to MAST when I visited on Friday.
My manager, Anwar Siddique, has agreed the step-up and is copied in.

Rubina Haque
Early Help Practitioner | Tower Hamlets Early Help
020 7946 0871

""") + TDISC
    marf = ["Children: Zain Ahmed (21/07/2043), Maryam Ahmed (14/02/2046)   Mosaic ID 3699840",
            "Address: 8 Mulberry Court, London E1 9ZD",
            "Referrer: Rubina Haque, Early Help Practitioner, Tower Hamlets Early Help",
            "Reason for request: persistent lateness and low attendance (79% / 81%); mother's depression "
            "untreated since March 2051; TAF plan since September 2050 not progressing.",
            "Parent consent to this request: Yes - Salma Ahmed, 28/04/2051",
            "Manager agreement: Anwar Siddique, Early Help Team Manager, 02/05/2051"]
    top = outlook_top(f, addr("Haque, Rubina", "rubina.haque@" + TDOM), addr("MAST", TMAST),
                      "MAST step-up request - Ahmed children - Mosaic ID 3699840", when,
                      cc=addr("Siddique, Anwar", "anwar.siddique@" + TDOM))
    data = outlook_mail(f, top, body, [pdf_att("MARF - Ahmed - 02.05.2051.pdf", "Multi-Agency Request for Support", marf)])
    add(f, data, "tower_hamlets", "mash_step_up", when, 7, "ordinary", "step_up", False, None, ["3699840"],
        [ch("Zain Ahmed", "2043-07-21", "21/07/2043"), ch("Maryam Ahmed", "2046-02-14", "14/02/2046")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (REQUIREMENTS tower_hamlets step_up: Multi-Agency Request for Support "
        "PDF, manager agreement stated and the manager copied). The school run that never happens: children brought "
        "in after 10am, missing breakfast club; mum's untreated depression. Sent the day after the Early May bank "
        "holiday. Consent stated.",
        not_children=["Salma Ahmed", "Anwar Siddique"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2051-07-10 15:30"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Early Help Hub,</p>
<p>Please find below and attached a step-down to Early Help.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><th>Child's name</th><th>Date of birth</th><th>Mosaic ID</th></tr>
<tr><td>Sofia Marques</td><td>16/05/2039</td><td>3702286</td></tr>
</table>
<p>The Child and Family Assessment concluded on 7 July 2051 and recommends step-down to a Team Around the Family. The C&amp;F Assessment and the draft TAF plan are attached.</p>
<p>Sofia (12) has been doing the school run for her two younger brothers every day - dropping them at breakfast club at 7.45 and collecting them from the after-school club at 5.30 - because mum works early shifts and has long-term back pain. Sofia was getting to her own school, Cable Street Academy, late most days and her attendance fell to 84%. A young carers assessment has been done and the after-school club has agreed to walk the boys to the bus stop where mum now meets them.</p>
<p><b>Lead Practitioner:</b> Ms Kelly Brannigan, Pastoral Lead, Cable Street Academy, has agreed to be the Lead Practitioner.</p>
<p><b>Consent:</b> I have talked to mum about Early Help. She wants to think about it over the weekend and will let me know on Monday.</p>
<p>I will arrange and chair the TAF meeting once consent is confirmed.</p>
<p>Daniel Okoro<br>Social Worker, Children's Social Care, London Borough of Tower Hamlets<br>020 7946 0889</p>
</body></html>
""")
    assess = ["Child: Sofia Marques   DOB 16/05/2039   Mosaic ID 3702286",
              "Assessment started 5 June 2051; concluded 7 July 2051.",
              "Summary: Sofia is a young carer for her brothers and, at times, her mother. Attendance 84%.",
              "Outcome: no further statutory involvement; step down to a TAF with a Lead Practitioner."]
    plan = ["# Draft TAF plan - Sofia Marques",
            "Need: Sofia's attendance and time for herself. Action: after-school club walks the boys to the bus stop; "
            "young carers group on Wednesdays. Who: Kelly Brannigan, club manager, young carers service.",
            "Need: mum's back pain and early shifts. Action: GP review; employer flexible-hours request."]
    top = outlook_top(f, addr("Okoro, Daniel", "daniel.okoro@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Sofia Marques", when)
    data = html_only_mail(f, top, h, [pdf_att("C&F Assessment - Sofia Marques.pdf", "Child and Family Assessment", assess),
                                      docx_att("Draft TAF plan - Sofia Marques.docx", plan)])
    add(f, data, "tower_hamlets", "early_help_duty", when, 6, "ordinary", "step_down", False, None, ["3702286"],
        [ch("Sofia Marques", "2039-05-16", "16/05/2039")], ["school_attendance", "young_carer"], None, None,
        ["consent"], None, "request_info",
        "HTML-only Outlook step-down with the child in a table: assessment PDF, draft TAF plan .docx and a named "
        "Lead Practitioner with her agency, but mum 'wants to think about it over the weekend' -> consent null "
        "(still to be asked), missing consent -> request_info. A 12-year-old doing the school run for her brothers "
        "(young_carer) and late to her own school (school_attendance).",
        not_children=["Kelly Brannigan"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2051-06-14 12:20"
    body = T("""
Dear Early Help Hub,

Step-down to Early Help for Idris Mahmud (DOB 08/09/2045, Mosaic ID 3688012). The Child and Family Assessment concluded on 9 June 2051; the assessment and the draft TAF plan are attached.

The assessment followed mum's disclosure of domestic abuse in March. Dad moved out, there is a non-molestation order, and he has had no contact since. Mum has worked well with the IDVA and has finished the Freedom Programme. What remains is mum's anxiety - some mornings she struggles to leave the flat - which is why Idris has a breakfast club place from 7.45.

You may see on the school's log that Idris arrived at breakfast club on Monday (12 June) with a bruise and a graze on his forehead. I followed it up the same day. Mum had emailed his class teacher on Sunday evening to say he fell off his scooter in Weavers Fields that afternoon; the walk-in centre saw him on Sunday and I have seen their discharge note. The injury matches what mum described, and Idris told the breakfast club lead the same thing in his own words ("I went too fast down the hill"). Dad has had no contact. There are no concerns arising from it.

Lead Practitioner: Nasreen Uddin, Family Support Practitioner, Globe Town Family Hub, has agreed to take the role.
Consent: mum has given her consent to the step-down and to the TAF plan.
I will chair the TAF meeting on Friday 23 June 2051 at 10:00 at Globe Town Family Hub.

Hannah Lowther
Social Worker | Assessment and Intervention Team | Tower Hamlets Children's Social Care

""") + TDISC
    assess = ["Child: Idris Mahmud   DOB 08/09/2045   Mosaic ID 3688012",
              "Assessment concluded 9 June 2051.",
              "Father left the home in March 2051; non-molestation order; no contact.",
              "Mother: anxiety, engaged with GP and IDVA; Freedom Programme completed.",
              "Recommendation: step down to TAF; Lead Practitioner Nasreen Uddin (Globe Town Family Hub)."]
    plan = ["# TAF plan (draft) - Idris Mahmud",
            "1. Mornings: breakfast club place from 7.45; mum's GP review of her anxiety treatment.",
            "2. Mum's confidence: weekly family hub group.",
            "3. Review at TAF in 6 weeks."]
    top = outlook_top(f, addr("Lowther, Hannah", "hannah.lowther@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to Early Help - Idris Mahmud - Mosaic 3688012", when)
    data = outlook_mail(f, top, body, [pdf_att("C&F Assessment - Idris Mahmud - June 2051.pdf",
                                               "Child and Family Assessment", assess),
                                       docx_att("TAF plan draft - Idris Mahmud.docx", plan)])
    add(f, data, "tower_hamlets", "early_help_duty", when, 7, "near_miss", "step_down", False, None, ["3688012"],
        [ch("Idris Mahmud", "2045-09-08", "08/09/2045")], ["parental_mental_health"], True, None, [], None,
        "book_meeting",
        "NEAR MISS - AN INJURY EXPLAINED: a bruise and graze seen at breakfast club were reported by mum the evening "
        "before (scooter fall), seen at the walk-in centre, match the account and the child's own words; 'no "
        "concerns arising from it'. The domestic abuse is past (father gone, order, no contact). Complete Tower "
        "Hamlets step-down: assessment, TAF plan, consent, Lead Practitioner with agency -> book_meeting; current "
        "worry mum's anxiety.",
        not_children=["Nasreen Uddin", "Hannah Lowther"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2051-04-28 09:26"
    body = T("""
Dear MAST,

The LADO asked us to copy you in on this, although no child was involved.

At 7.05 this morning one of our minibus drivers, who does the breakfast club pick-up run for two of our sites, was stopped by the police on Burdett Road on his way to our depot, before he had collected anyone. He failed a roadside breath test, was arrested and is still at the police station. The minibus was empty - no children were on board at any point this morning, and the run was done by our relief driver at the normal time.

The driver has been suspended from all duties while we investigate. We have referred him to the LADO this morning in line with our policy, told the two schools, and written to the parents of the children on his route.

If you need anything else from us please let me know.

Gareth Mulrooney
Director, Playwise Clubs Ltd (breakfast, after-school and holiday clubs)
020 7946 0990
""")
    top = plain_top(f, addr("Gareth Mulrooney", "gareth@playwiseclubs.example.co.uk"), addr("MAST", TMAST),
                    "Minibus driver arrested this morning - no children on board - for information", when,
                    "playwiseclubs.example.co.uk", "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body, cte="7bit"), "tower_hamlets", "mash_step_up", when, 4, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT WITH NO CHILD AT RISK, POLICE HAVE HIM: a club minibus driver failed a breath test "
        "before collecting any child; the bus was empty, he is arrested and suspended, the LADO has it. A provider's "
        "information to MAST -> other, human_review; no child named, no concerns.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2051-05-04 09:15"
    data = google_reply(f, when, "Zainab Karim", "z.karim@shadwellgardens.example.sch.uk", ("MAST", TMAST),
                        "TENTATIVE", "MAST discussion - Ahmed (Mosaic ID 3699840) [SB-tower_hamlets-497]",
                        "20510505T090000Z", "20510505T100000Z", "Microsoft Teams",
                        "Fri 5 May 2051 10am - 11am (BST)",
                        note="Breakfast club handover runs until 10 - I may join a few minutes late.")
    add(f, data, "tower_hamlets", "mash_step_up", when, 3, "ordinary", "meeting_reply", False, None, ["3699840"],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=TENTATIVE with a note (the school's wraparound care manager may be late "
        "after breakfast club), plus the invite.ics attachment, for tower_hamlets_03's MAST discussion -> "
        "meeting_reply, record_reply; 'Mosaic ID 3699840' in the SUMMARY -> case id.",
        reference="SB-tower_hamlets-497")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2051-06-09 10:02"
    body = T("""
Hi,

Sorry - the MARF for Amir is attached now, signed by mum.

Kamala

Kamala Devi
Early Help Practitioner, Tower Hamlets Early Help

> On 8 Jun 2051, at 15:41, MAST <MAST@towerhamlets.gov.uk> wrote:
>
> Reference SB-tower_hamlets-521. Thank you for the step-up request for Amir Hussain (Mosaic ID 3711456).
> What is missing:
> - the completed Multi-Agency Request for Support form
>
> Your manager's agreement is recorded.
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    marf = ["Child: Amir Hussain   DOB 30/01/2042   Mosaic ID 3711456",
            "Address: 14 Rope Walk House, London E14 9ZN",
            "Referrer: Kamala Devi, Early Help Practitioner",
            "Reason for request: Amir (9) has been left at the after-school club after it closes at 6pm eleven times "
            "since March; twice staff walked him home to an empty flat and waited with him. He says there is often "
            "no food at home. Early Help plan since January has not changed this.",
            "Parent consent to this request: Yes - signed by Shamima Hussain, 8 June 2051",
            "Manager agreement: Anwar Siddique, Early Help Team Manager, 7 June 2051"]
    top = plain_top(f, addr("Kamala Devi", "kamala.devi@" + TDOM), addr("MAST", TMAST),
                    "Re: [SB-tower_hamlets-521] MAST step-up - information missing - Amir Hussain", when, TDOM,
                    extra=[("X-Mailer", "Apple Mail (2.3826.700)"),
                           ("In-Reply-To", msgid("sb-tower_hamlets-521", "stepbot.towerhamlets.gov.uk"))])
    data = flowed_mail(f, top, body, [pdf_att("MARF Amir Hussain signed.pdf", "Multi-Agency Request for Support", marf)],
                       cte="7bit", apple=True)
    add(f, data, "tower_hamlets", "mash_step_up", when, 5, "ordinary", "follow_up", False, None, ["3711456"],
        [ch("Amir Hussain", "2042-01-30", "30/01/2042")], ["neglect"], True, True, [], None, "attach_to_request",
        "Apple Mail reply to [SB-tower_hamlets-521] with the acknowledgement '>'-quoted, bringing the signed MARF "
        "(PDF) -> follow_up, attach_to_request. Facts read from the whole message: the MARF gives the DOB, the "
        "late-collection worry (left at after-school club after closing, no food at home -> neglect), consent and "
        "manager agreement; the quoted 'What is missing:' is not the 'missing' concern.",
        not_children=["Shamima Hussain", "Kamala Devi"], reference="SB-tower_hamlets-521")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2051-05-31 18:52"
    body = T("""
Hello,

I run Sunshine Holiday Club at Goodrington Community Hall in Paignton. I'm writing because I don't know who else to contact at this time of night.

Lewis Carne, aged 8 (DOB 14/03/2043), was due to be collected by his mum, Stacey Carne, at 6pm. She hasn't come. At 5.20pm she sent this text to the club phone:

"Im so sorry Kirsty. Please look after Lewis for me. Tell him I love him and none of this is his fault. I cant do it anymore x"

Since then her phone goes straight to voicemail. My deputy drove round to their flat on Dartmouth Road at 6.15 - no answer and her car isn't there. Lewis's dad lives in Scotland and we have no number for him, and there is nobody else on Lewis's contact form. I rang 999 at 6.20 about mum and the police are looking for her; they told me to contact children's services about Lewis as well.

Lewis is here with me and another member of staff. He has had his tea and is watching a film. He doesn't know about the text. We're not allowed to take children home, and the hall has to be locked up at 7.30.

Kirsty Trethowan
Manager, Sunshine Holiday Club
07700 900915
""")
    top = plain_top(f, addr("Kirsty Trethowan", "kirsty@sunshineclubs.example.co.uk"), BMASH,
                    "Child not collected tonight - Lewis Carne (8)", when, "sunshineclubs.example.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body), "torbay", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Lewis Carne", "2043-03-14", "14/03/2043")], ["parental_mental_health"], None, None, [], None,
        "alert_duty",
        "A CHILD NOT COLLECTED, WITH A SOLE CARER IN CRISIS: at half-term holiday club an 8-year-old's mother (his "
        "only carer) sent a goodbye text ('I cant do it anymore') and cannot be found; no other adult; the hall "
        "locks at 7.30. Wednesday 18:52, out of hours -> out-of-hours alert. Police are looking for mum, but nobody "
        "has the child tonight. Plain text from a club manager; no alarm words.",
        not_children=["Stacey Carne", "Kirsty Trethowan"])

def torbay_02():
    f = "torbay_02.eml"; when = "2051-07-04 17:21"
    body = T("""
Hello,

I'm probably overthinking this and I'm sorry if it turns out to be nothing, but our DSL has gone home and I didn't want to leave it until the morning.

Chloe Brimacombe (Year 7, DOB 13/02/2039) left homework club at 4.30pm today. Year 7s normally walk home or get the bus. Today a man I'd guess is in his twenties pulled up by the gate in a grey hatchback and she got into the front. He isn't a parent and he isn't on any list we hold. A couple of her friends told me afterwards that he is her "boyfriend Jay", that he's 23, that he buys her vapes and got her a new phone, and that they were going to "his mate's flat in Torquay" and she'd "be back whenever".

I rang her mum, Donna Brimacombe, at 5.05. She thought Chloe was staying late at school and then going to a friend's. Chloe isn't at the friend's, and her phone has been off since about 4.45. Mum said she'd give it a bit longer before ringing anyone as Chloe "always turns up".

I may be reading too much into it. But she is 12, and I don't know who he is or where she is.

Adam Lusty
Homework Club Coordinator | Westhill Ridge Academy, Torquay
01632 960377
""")
    top = outlook_top(f, addr("Adam Lusty", "a.lusty@westhillridge.example.sch.uk"), addr("Torbay MASH", BMASH),
                      "Probably nothing - Year 7 girl picked up after homework club", when)
    add(f, outlook_mail(f, top, body), "torbay", "mash_step_up", when, 8, "urgent", "other", True, None, [],
        [ch("Chloe Brimacombe", "2039-02-13", "13/02/2039")], ["exploitation", "missing"], None, None, [], None,
        "alert_duty",
        "HEDGED ('probably overthinking this', 'may be reading too much into it'): a 12-year-old driven away from "
        "homework club by a 23-year-old 'boyfriend' who buys her vapes and a phone, to 'his mate's flat', phone "
        "off, mum not reporting her -> a child missing now with an adult grooming her -> urgent (Tuesday 17:21, "
        "out of hours). Not a request -> other. No alarm words.",
        not_children=["Donna Brimacombe", "Adam Lusty"])

def torbay_03():
    f = "torbay_03.eml"; when = "2051-06-19 10:14"
    fwd = T("""
---------- Forwarded message ---------
From: Sam Widdicombe <s.widdicombe@waddetonpark.example.sch.uk>
Date: Mon, 19 Jun 2051 at 09:02
Subject: Tyler this morning
To: Gemma Hosking <gemma.hosking@torbay.gov.uk>


Hi Gemma,

Tyler Yeo came into breakfast club at 7.40 this morning. When he took his jumper off I saw red finger marks on both sides of his neck and little red dots in the whites of both eyes. I asked him what had happened and he said "Nathan squeezed my neck till I couldn't breathe because I spilt his drink". He said it happened last night in the kitchen while mum was at work. Nathan is mum's boyfriend, Nathan Gill. Tyler says Nathan is picking him up after school today because mum is on a late shift.

I've written it up on CPOMS and told Mrs Honey (DSL), who said to send it to you as you're his key worker.

Sam Widdicombe
Breakfast Club Lead, Waddeton Park Primary
""")
    top_text = T("""
Hi MASH,

Contact to MASH for level 4 consideration - Tyler Yeo, DOB 21/11/2042, EHM-741266. I am Tyler's lead professional (Torbay Early Help, level 3).

I've discussed this with my ATM, Silas Penrose, this morning and we agree this information needs to be considered for level 4. I have not spoken to mum about the contact yet - please see the breakfast club's email below for why.

Tyler is in school now. He has told staff that mum's boyfriend is collecting him at 3.15.

Gemma Hosking
Family Intervention Worker | Torbay Early Help
01632 960482

""")
    text = top_text + fwd
    h = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>")
                                     for p in top_text.strip().split("\n\n"))
         + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
         html.escape(fwd.strip().split("\n\n\n")[0], quote=False).replace("\n", "<br>") +
         "</div><br><br>" + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>")
                                    for p in fwd.strip().split("\n\n\n")[1].strip().split("\n\n")) +
         "</div></div>\n")
    top = plain_top(f, addr("Gemma Hosking", "gemma.hosking@" + BDOM), addr("Torbay MASH", BMASH),
                    "Fwd: Tyler this morning - contact to MASH - Tyler Yeo EHM-741266", when, "mail.gmail.com",
                    cc=addr("Silas Penrose", "silas.penrose@" + BDOM))
    add(f, alt_mail(f, top, text, h, gmail=True), "torbay", "mash_step_up", when, 6, "urgent", "step_up", True,
        None, ["EHM-741266"], [ch("Tyler Yeo", "2042-11-21", "21/11/2042")], ["physical_harm"], None, True,
        ["consent"], None, "alert_duty",
        "IN A FORWARDED PART (Gmail 'Fwd:'): the breakfast club lead saw finger marks on an 8-year-old's neck and "
        "red dots in his eyes; 'Nathan squeezed my neck till I couldn't breathe'; Nathan collects him at 3.15 "
        "today -> urgent, alert_duty (Monday 10:14). The lead professional's contact to MASH (Torbay step_up) with "
        "the ATM's agreement; mum not yet asked -> consent null, missing consent. No alarm words.",
        not_children=["Nathan Gill", "Sam Widdicombe", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2051-04-27 13:33"
    body = T("""
Hello,

I've just started as Breakfast and Wraparound Club Coordinator at Lummaton Vale Primary and I'm rewriting our drop-off and collection procedures. This isn't about any particular child or family - nothing has happened - I just want to get the policy right before our after-school club grows in September.

Could you tell me what you would expect our staff to do if:
1. a parent arrives at collection and seems drunk or under the influence and wants to drive the child home;
2. a child hasn't been collected by closing time and we can't reach anyone on the contact list;
3. someone who isn't on the collection list says they are a parent and wants to take a child.

Is there a Torbay template for a late-collection log, and when should we contact MASH rather than the police? We'd also welcome any training you run for playworkers.

Many thanks,
Ellie Rowse
Breakfast & Wraparound Club Coordinator
Lummaton Vale Primary School
01632 960219
""")
    top = plain_top(f, addr("Ellie Rowse", "e.rowse@lummatonvale.example.sch.uk"), addr("Torbay Early Help", BEH),
                    "General question - collection procedures for our wraparound club", when,
                    "lummatonvale.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body), "torbay", "early_help_duty", when, 4, "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS - HYPOTHETICAL: a new wraparound club coordinator asks what staff should do IF a parent arrives "
        "drunk, a child is not collected, or someone not on the list asks for a child - 'not about any particular "
        "child ... nothing has happened'. A general enquiry -> other, human_review.")

def torbay_05():
    f = "torbay_05.eml"; when = "2051-04-24 09:48"
    body = T("""
Morning,

A quick update before tomorrow's triage so it doesn't cause confusion. You may see a police log from Friday evening (21st April): Harrison Eales wasn't collected from the after-school club at Fernicombe Juniors at 6pm and staff couldn't reach mum. It turned out mum had slipped at work and been taken to Torbay Hospital with a broken wrist, and her phone was in her locker. The club reached grandad, Roger Eales, the second contact, at 6.30 and he collected Harrison at 6.45. Harrison stayed with grandad over the weekend and mum was discharged on Saturday. Nothing more to it - an accident, and the contact list worked, if slowly. Grandad is now first contact on Fridays.

Nothing changes for the step-down; see you at 9.30.

Rachel Couch
Social Worker | Torbay Children's Services
01632 960265

""") + outlook_quote("Torbay Early Help <earlyhelp@torbay.gov.uk>", "20 April 2051 14:05", "Couch, Rachel",
                     "[SB-torbay-1184] Triage slot confirmed - Harrison Eales LCS-2491730",
                     "Reference SB-torbay-1184. The step-down for Harrison Eales (LCS-2491730) is booked at the Early "
                     "Help triage on Tuesday 25 April 2051 at 09:30 (Teams).\n") + "\n" + BDISC
    top = outlook_top(f, addr("Couch, Rachel", "rachel.couch@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-1184] Triage slot confirmed - Harrison Eales LCS-2491730", when)
    add(f, plain_mail(f, top, body), "torbay", "early_help_duty", when, 4, "near_miss", "follow_up", False, None,
        ["LCS-2491730"], [ch("Harrison Eales")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A CHILD NOT COLLECTED, EXPLAINED AND RESOLVED: Friday's uncollected child was collected by "
        "grandad at 6.45 after mum's fall at work; 'nothing more to it'. An Outlook reply to [SB-torbay-1184] with "
        "the acknowledgement quoted -> follow_up, attach_to_request; no concerns.",
        not_children=["Roger Eales", "Rachel Couch"], reference="SB-torbay-1184")

def torbay_06():
    f = "torbay_06.eml"; when = "2051-07-11 14:05"
    body = T("""
Hello Early Help,

I'd like a triage slot to step Oscar and Poppy Mudge down to Early Help at level 3.

Oscar Mudge, DOB 02/10/2043 (7)
Poppy Mudge, DOB 30/03/2047 (4)
LCS-2513398

As Poppy is under 5, I understand this will be heard at the fortnightly under-5s triage.

The Single Assessment is attached, with my team manager's analysis. Lorna Tapp (TM) has agreed the step-down.

Summary: we became involved in January when Poppy was being dropped at nursery late and hungry most days and Oscar was being left at the school gate before 8am, in the cold, with no breakfast club place. Home conditions were poor. Since then mum, Jade Mudge, has moved to a better flat, both children have breakfast places (Oscar at the school breakfast club, Poppy at nursery), and attendance is up to 95% for Oscar and 93% for Poppy. What remains is help with routines and budgeting to keep this going, which Early Help can give.

Mum has consented to the step-down to Early Help.

Josh Keast
Social Worker | Safeguarding and Supporting Families | Torbay Children's Services
01632 960288

""") + BDISC
    sa = ["Children: Oscar Mudge (02/10/2043), Poppy Mudge (30/03/2047)   LCS-2513398",
          "Assessment period: 15 May - 7 July 2051. Social worker: Josh Keast.",
          "Findings: neglect of basic care (late, hungry drop-offs; poor home conditions) in January 2051, much "
          "improved after the move; attendance 95% / 93%.",
          "Mother's consent to Early Help: given 7 July 2051.",
          "Team manager's analysis (Lorna Tapp, 10 July 2051): I agree the children's needs can now be met at "
          "level 3 through an Early Help plan focused on routines and budgeting. Step-down agreed."]
    top = outlook_top(f, addr("Keast, Josh", "josh.keast@" + BDOM), addr("Torbay Early Help", BEH),
                      "Step down for triage - Oscar and Poppy Mudge - LCS-2513398", when)
    data = outlook_mail(f, top, body, [pdf_att("Single Assessment - Mudge - LCS-2513398.pdf", "Single Assessment", sa)])
    add(f, data, "torbay", "early_help_duty", when, 6, "ordinary", "step_down", False, 3, ["LCS-2513398"],
        [ch("Oscar Mudge", "2043-10-02", "02/10/2043"), ch("Poppy Mudge", "2047-03-30", "30/03/2047")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (REQUIREMENTS torbay step_down: Single Assessment with the TM's analysis, TM "
        "agreement, consent); level 3 stated; Poppy is 4 -> the fortnightly under-5s triage. Late, hungry drop-offs "
        "at nursery and a child left at the school gate before breakfast club, much improved -> neglect.",
        not_children=["Jade Mudge", "Lorna Tapp"])

def torbay_07():
    f = "torbay_07.eml"; when = "2051-04-19 11:11"
    body = T("""
Hi,

Could I have a triage slot for a step-down please.

Mason Ferris, DOB 05-06-2040, LCS-2488107.

Mason (10) is a young carer for his mum, who has MS. He was getting to school late most days after helping mum in the mornings, and missing the walking bus to the after-school club. A young carers assessment is done, mum's care package starts in May, and the school has agreed a free breakfast club place so Mason can be dropped early by the carers.

The Single Assessment is attached. Mum has signed the consent for Early Help.

I haven't been able to talk it through with my team manager yet as she's on leave - she's back on Thursday and I'll confirm then.

Nadia Kitto
Social Worker, Torbay Children's Services
01632 960241
""")
    sa = ["# Single Assessment - Mason Ferris", "DOB 05-06-2040   LCS-2488107",
          "Mason is a young carer for his mother (multiple sclerosis). Punctuality 71% on time this term.",
          "Plan: care package from May 2051; breakfast club place; young carers group.",
          "Mother's consent to Early Help: signed 14 April 2051."]
    top = plain_top(f, addr("Kitto, Nadia", "nadia.kitto@" + BDOM), addr("Torbay Early Help", BEH),
                    "Triage slot please - step down - Mason Ferris", when, BDOM, "Microsoft Outlook 16.0")
    data = plain_mail(f, top, body, [docx_att("Single Assessment Ferris.docx", sa)])
    add(f, data, "torbay", "early_help_duty", when, 8, "ordinary", "step_down", False, None, ["LCS-2488107"],
        [ch("Mason Ferris", "2040-06-05", "05-06-2040")], ["school_attendance", "young_carer"], True, None,
        ["manager_agreed"], None, "request_info",
        "Torbay step-down with the Single Assessment and signed consent, but the team manager has not yet been "
        "asked ('I'll confirm then') -> manager_agreed null, missing manager_agreed -> request_info. No level "
        "stated -> null. DOB written 05-06-2040 (dd-mm-yyyy).",
        not_children=["Nadia Kitto"])

def torbay_08():
    f = "torbay_08.eml"; when = "2051-07-14 10:30"
    data = google_reply(f, when, "Josh Keast", "josh.keast@" + BDOM, ("Torbay Early Help", BEH), "ACCEPTED",
                        "Under-5s triage - Mudge LCS-2513398 [SB-torbay-1266]", "20510718T103000Z",
                        "20510718T110000Z", "Microsoft Teams", "Tue 18 Jul 2051 11:30am - 12pm (BST)")
    add(f, data, "torbay", "early_help_duty", when, 3, "ordinary", "meeting_reply", False, None, ["LCS-2513398"],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, for torbay_06's under-5s triage slot (Tue 18 July 11:30) -> "
        "meeting_reply, record_reply; the LCS id in the SUMMARY is the case id.",
        reference="SB-torbay-1266")


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2051-05-30 15:31"
    body = T("""
Hello,

Please see the attached incident form from this afternoon. I have tried the number on your website but it keeps ringing out, so I am emailing it as well. Please could someone read it as soon as you get this and ring me on 01632 960641.

Dawn Preece
Manager, Kingfisher Holiday Club, Hereford
""")
    form = ["Date: Tuesday 30 May 2051     Completed by: Dawn Preece (Manager)     Witness: Kieran Bufton (Playworker)",
            "Children: Harry Ellis (DOB 09/12/2043, age 7) and Millie Ellis (DOB 17/08/2046, age 4)",
            "Adult involved: Kerry Ellis (mother)",
            "",
            "15:05  Mother arrived to collect Harry and Millie (booked until 17:30). Strong smell of alcohol, slurred "
            "speech, unsteady on her feet. Dropped her car keys twice at the signing-out desk.",
            "15:07  DP asked her to sit down and offered to phone her partner or another adult to drive. She refused "
            "and shouted at DP in front of the children.",
            "15:12  DP told her we could not let the children go with her if she was driving. She took both children "
            "by the arm and walked out to the car park.",
            "15:14  She put both children in the back of a silver Vauxhall Corsa. Millie was not in a car seat. She "
            "clipped the kerb leaving the car park and turned right towards the A49 / city centre. Registration "
            "partly seen: ends 7KLP.",
            "15:16  DP rang mother's mobile - no answer. 15:18  Rang father (second contact) - no answer.",
            "15:20  Reported to police on 999 (log 0552). Police said they would look for the car.",
            "15:25  Emailed MASH.",
            "",
            "Mother said: \"They're my kids, I'll take them where I like.\" Harry was crying when he got in the car.",
            "Signed: D. Preece"]
    top = plain_top(f, addr("Dawn Preece", "dawn@kingfisherclubs.example.co.uk"), addr("MASH", HMASH),
                    "Incident form - Kingfisher Holiday Club - this afternoon", when, "kingfisherclubs.example.co.uk",
                    "Microsoft Outlook 16.0")
    data = plain_mail(f, top, body, [pdf_att("Incident form 30.05.2051 - Ellis.pdf",
                                             "Kingfisher Holiday Club - Incident Record", form)])
    add(f, data, "herefordshire", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Harry Ellis", "2043-12-09", "09/12/2043"), ch("Millie Ellis", "2046-08-17", "17/08/2046")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "IN AN ATTACHMENT: the body says only 'please see the attached incident form'; the PDF records a mother, "
        "drunk at half-term holiday club collection, driving off with a 7- and a 4-year-old (no car seat) at 15:14, "
        "phones unanswered; police told but the children are in the car now -> urgent (Tuesday 15:31, office "
        "hours). Children and DOBs only in the PDF. Not a request -> other. No alarm words.",
        not_children=["Kerry Ellis", "Dawn Preece", "Kieran Bufton"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2051-07-13 15:58"
    body = T("""
Hello,

Please put this step-down on hold.

At after-school club this afternoon Kian Price (10) handed the playworker, Mrs Jo Bromage, a folded note. She photographed it and sent it to me. I have copied it exactly as he wrote it:

"please dont make me go home tonite. dad says if I tell anyone he will lock me in the shed agen all nite like on sunday with no tea. he said he will do it to Evie to. I am scard of the dark. Kian"

Evie Price is his sister; she is 6 and is at the same club. Their dad, Mark Price, collects them both at 5.30 today. Mum is in hospital in Worcester after an operation until Saturday, so dad is the only adult at home.

I am in a child protection conference in Leominster until at least 5 and can't get to the club before dad does. The club manager's number is 01632 960725.

Owen Bevan
Social Worker | Children's Services | Herefordshire Council
01632 960318

""") + outlook_quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "11 July 2051 09:14",
                     "Bevan, Owen", "[SB-herefordshire-377] Step-down plan received - Price family",
                     "Reference SB-herefordshire-377. The step-down plan for Kian Price and Evie Price (Mosaic IDs "
                     "1987745 and 1987746) is received and will be processed by the co-ordinator team.\n") + "\n" + HDISC
    top = outlook_top(f, addr("Bevan, Owen", "owen.bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-377] Step-down plan received - Price family", when)
    add(f, outlook_mail(f, top, body), "herefordshire", "early_help_duty", when, 6, "urgent", "follow_up", True,
        None, ["1987745", "1987746"], [ch("Kian Price"), ch("Evie Price")], ["neglect", "physical_harm"], None,
        None, [], None, "alert_duty",
        "IN A CHILD'S OWN WORDS, on a follow-up: a 10-year-old's note handed to a playworker ('dad says ... he will "
        "lock me in the shed agen all nite ... with no tea ... he will do it to Evie to'), dad collecting both "
        "children at 5.30 today, mum in hospital, the social worker unable to get there -> urgent, alert_duty "
        "(Thursday 15:58). Reply to [SB-herefordshire-377] -> follow_up, missing []. Mosaic ids from the quoted "
        "acknowledgement. No alarm words.",
        not_children=["Mark Price", "Jo Bromage", "Owen Bevan"], reference="SB-herefordshire-377")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2051-06-02 12:01"
    body = T("""
Thank you for your email. I am out of the office until Monday 5 June 2051.

If your email is about a child at immediate risk of harm, please do not wait for my return: contact the MASH on 01632 960587 or, out of hours, the Emergency Duty Team on 01632 960998. In an emergency always call 999.

For holiday club, school run and wraparound childcare enquiries, please contact the Family Information Service.

Verity Lang
Early Help Co-ordinator, Herefordshire Council
""")
    top = outlook_top(f, addr("Lang, Verity", "verity.lang@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Automatic reply: [SB-herefordshire-352] Step-down drop-in offered - Tuesday 6 June", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, plain_mail(f, top, body), "herefordshire", "early_help_duty", when, 1, "near_miss", "auto_reply", False,
        None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - BOILERPLATE: an Outlook out-of-office (Auto-Submitted: auto-replied) whose standard text says "
        "'a child at immediate risk of harm ... In an emergency always call 999' about no child -> auto_reply, "
        "ignore; never an alert, never answered (safety rule 2).",
        reference="SB-herefordshire-352")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2051-06-22 10:44"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for Finn Hollings (DOB 01/12/2041, Mosaic ID 1979832) and Daisy Hollings (DOB 03/05/2046, Mosaic ID 1979833). I talked the plan through with Xavier Moss at the drop-in on Tuesday. The decision to step down was made at the CIN review on 15 June.

For clarity, as the referral history reads worse than the present: in February dad, Scott Hollings, arrived at the school gate at home time under the influence of alcohol and tried to drive the children away; the school kept them and the police attended. There have been no further incidents since. School, breakfast club and after-school club all confirm that the children are always collected by mum or maternal nan, and on time. Dad lives separately, has completed an alcohol course, and his contact is supervised at the family centre on Saturdays. There are no current concerns about alcohol or about collection.

The remaining need is Finn's attendance (90%, mostly late mornings), which the plan covers.

Key person: Mrs Anita Rowlands, Family Support Worker, Westfields Family Hub - agreed with mum at the CIN review.

Catrin Mowbray
Social Worker | Children's Services | Herefordshire Council
01632 960356

""") + HDISC
    plan = ["# Early Help Assessment - step-down plan", "Finn Hollings (01/12/2041)  Mosaic ID 1979832",
            "Daisy Hollings (03/05/2046)  Mosaic ID 1979833",
            "Key person: Anita Rowlands, Family Support Worker, Westfields Family Hub",
            "What needs to happen: Finn on time every day - breakfast club place, morning routine chart. Who: mum, "
            "school. Outcome: attendance above 95%. Timescale: by October half-term.",
            "What needs to happen: dad's contact stays supervised until the family court review. Who: family centre."]
    consent = ["I agree to my family receiving support from Early Help and to information being shared with the "
               "Early Help Co-ordinator team.",
               "Children: Finn Hollings, Daisy Hollings",
               "Signed: Amy Hollings (mother)     Date: 15/06/2051"]
    top = outlook_top(f, addr("Mowbray, Catrin", "catrin.mowbray@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan and consent - Hollings family", when)
    data = outlook_mail(f, top, body, [docx_att("EHA step-down plan - Hollings.docx", plan),
                                       pdf_att("Signed consent - Hollings.pdf", "Early Help consent form", consent)])
    add(f, data, "herefordshire", "early_help_duty", when, 6, "near_miss", "step_down", False, None,
        ["1979832", "1979833"],
        [ch("Finn Hollings", "2041-12-01", "01/12/2041"), ch("Daisy Hollings", "2046-05-03", "03/05/2046")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - NEGATED AND HISTORIC: a father drunk at the school gate trying to drive the children away was "
        "in February, not repeated, and negated ('There are no current concerns about alcohol or about "
        "collection'). Complete Herefordshire sibling-group step-down: step-down plan .docx, signed consent form "
        "PDF, key person with agency -> book_meeting; level not written -> null.",
        not_children=["Scott Hollings", "Amy Hollings", "Anita Rowlands"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2051-07-17 09:12"
    body = T("""
Hello MASH,

My supervisor in Road Safety asked me to copy you in on this, though I don't think there's anything for you.

At 8.35 this morning I was in the road with my sign out at the Aylestone Hill crossing in Hereford when a blue van drove through the crossing without stopping and missed me by about a foot. No children were on the crossing - the two I was about to see across had stopped on the pavement. The driver pulled up further along, got out and came back shouting and swearing at me, and he smelt strongly of drink. A parent rang 999, the police arrived within ten minutes and arrested him.

The police told me he was on his own in the van, he has no children, and he wasn't dropping anyone at school - he was on his way to work. Nobody was hurt. I'm a bit shaken but I'll be back on the crossing this afternoon.

Brian Skyrme
School Crossing Patrol, Aylestone Hill
Road Safety Team, Herefordshire Council
""")
    top = plain_top(f, addr("Skyrme, Brian", "brian.skyrme@" + HDOM), addr("MASH", HMASH),
                    "Incident at my crossing this morning - for information", when, HDOM, "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body, cte="7bit"), "herefordshire", "mash_step_up", when, 6, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT WITH NO CHILD AT RISK: a lollipop crossing patrol nearly hit by a drunk van driver; no "
        "child in the van or on the crossing, the driver has no children, police arrested him. Information only -> "
        "other, human_review; no concerns.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2051-04-25 14:16"
    body = T("""
Hi Early Help Co-ordinators,

Following my chat with Xavier Moss at last Tuesday's drop-in, here is the step-down to Early Help (level 3) for a sibling group:

Elan Jenkins-Parry - DOB 27/03/2040 - Mosaic ID 1966104
Osian Jenkins-Parry - DOB 14/06/2044 - Mosaic ID 1966105

The decision to step down was made at the CIN review on 18 April 2051. Attached are the Early Help Assessment step-down plan and mum's signed consent form.

Key person: Mr Tom Hadley, Learning Mentor at Lyndale Primary School, has agreed with the family to lead on the step-down (01632 960455).

Background: the CIN plan started last autumn when the boys were repeatedly left waiting at the school gate after the after-school club closed and were arriving at school hungry. Since January mum (Rhian Jenkins) has kept to a collection rota with her sister, both boys have breakfast club places, and there have been no late collections. The plan keeps the breakfast club places and the rota going and supports Elan's move to secondary school in September.

Rhys Gittoes
Social Worker | Children's Services | Herefordshire Council

""") + HDISC
    plan = ["# Early Help Assessment step-down plan - Jenkins-Parry",
            "Children: Elan Jenkins-Parry (27/03/2040), Osian Jenkins-Parry (14/06/2044)",
            "Key person: Tom Hadley, Learning Mentor, Lyndale Primary School",
            "What needs to happen / by whom / outcome / timescale:",
            "1. Collection rota kept (mum, aunt) - mum - boys collected on time - ongoing, reviewed at each MAG.",
            "2. Breakfast club places renewed - school - boys start the day fed - September 2051.",
            "3. Elan's transition to secondary - Tom Hadley - settled start - by October 2051."]
    consent = ["Early Help consent form", "Family: Jenkins-Parry (Elan, Osian)",
               "I consent to Early Help support and to the sharing of information with the Early Help Co-ordinator team.",
               "Signed: Rhian Jenkins     Date: 18/04/2051"]
    top = outlook_top(f, addr("Gittoes, Rhys", "rhys.gittoes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down (level 3) - Jenkins-Parry sibling group", when)
    data = outlook_mail(f, top, body, [docx_att("EHA step-down plan - Jenkins-Parry.docx", plan),
                                       pdf_att("Consent form signed - Jenkins-Parry.pdf", "Consent form", consent)])
    add(f, data, "herefordshire", "early_help_duty", when, 6, "ordinary", "step_down", False, 3,
        ["1966104", "1966105"],
        [ch("Elan Jenkins-Parry", "2040-03-27", "27/03/2040"), ch("Osian Jenkins-Parry", "2044-06-14", "14/06/2044")],
        ["neglect"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at level 3 (REQUIREMENTS herefordshire step_down: signed "
        "consent form PDF, step-down plan .docx, key person with agency), discussed at the drop-in first. Children "
        "left at the gate after club closing and arriving hungry, now improved; the plan keeps it so -> neglect.",
        not_children=["Rhian Jenkins", "Tom Hadley"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2051-07-05 13:27"
    body = T("""
Hi,

Step-down plan attached for Jacob Hyett, DOB 30/10/2042, Mosaic ID 1990276.

The step-down was agreed at the CIN review on 28 June. Mum (Lisa Hyett) agreed to Early Help on the phone this morning; I'll get the consent form signed at my visit on Friday and send it on.

Key person: not agreed yet. I'm hoping the after-school club manager at Elmsbrook Primary will take it on, but I haven't been able to ask her yet.

Jacob (8) has been getting himself to school and back on his own since mum's agoraphobia got worse in the spring, and he does the shopping on the way home. The plan is for a walking bus place and the after-school club, and for mum to keep up her treatment.

Megan

Megan Probert
Social Worker, Herefordshire Council
Sent from my iPad
""")
    plan = ["# Step-down plan - Jacob Hyett", "DOB 30/10/2042   Mosaic ID 1990276",
            "1. Walking bus place from September - school.",
            "2. After-school club place three days a week - school / Early Help.",
            "3. Mum to continue treatment for agoraphobia - GP and mental health practitioner.",
            "4. Young carers service to offer Jacob an assessment."]
    top = plain_top(f, addr("Megan Probert", "megan.probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Jacob Hyett", when, HDOM, extra=[("X-Mailer", "iPad Mail (22F76)")])
    data = flowed_mail(f, top, body, [docx_att("Step-down plan Jacob Hyett.docx", plan)], apple=True)
    add(f, data, "herefordshire", "early_help_duty", when, 6, "ordinary", "step_down", False, None, ["1990276"],
        [ch("Jacob Hyett", "2042-10-30", "30/10/2042")], ["parental_mental_health", "young_carer"], True, None,
        ["consent_form", "lead_practitioner"], None, "request_info",
        "iPad format=flowed Herefordshire step-down with the plan attached: mum 'agreed to Early Help on the phone' "
        "-> consent true, but the written consent form is to follow -> consent_form missing; key person 'not agreed "
        "yet' -> lead_practitioner missing -> request_info. An 8-year-old doing his own school run because of mum's "
        "agoraphobia.",
        not_children=["Lisa Hyett"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2051-04-19 09:55"
    body = T("""
Dear MASH,

I would like to step Tayla Morris (DOB 22/01/2044, Mosaic ID 1958821) up to Children's Social Care.

Tayla has been collected late from the after-school club at Aldermoor Vale Primary 12 times since February. Three times nobody came at all and she waited in the school office until 6.15, when her aunt came. When mum, Leanne Morris, does arrive she is often drowsy and slurring, and the office staff think she is using; mum says it is her medication. Tayla has told her teacher she gets her own tea. The Early Help plan since November has not changed this.

My team manager, Beth Lewis, has agreed the step up. Mum has consented to the referral.

Sian Gwatkin
Early Help Practitioner | Herefordshire Early Help
01632 960372

""") + HDISC
    top = plain_top(f, addr("Gwatkin, Sian", "sian.gwatkin@" + HDOM), addr("MASH", HMASH),
                    "Step up request - Tayla Morris (7)", when, HDOM, "Microsoft Outlook 16.0")
    add(f, plain_mail(f, top, body), "herefordshire", "mash_step_up", when, 6, "ordinary", "step_up", False, None,
        ["1958821"], [ch("Tayla Morris", "2044-01-22", "22/01/2044")], ["neglect", "substance_misuse"], True, True,
        [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS: 'step_up is not defined "
        "by this seed') -> human_review, missing [] and notice null. Repeated late and missed collections, mum "
        "drowsy and slurring at collection (suspected drug use), not tonight -> not urgent.",
        not_children=["Leanne Morris", "Beth Lewis"])


# ============================================================================= self-checks
AUTHORITIES = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
LABEL_KEYS = ["file", "authority", "mailbox", "now", "expect", "why"]
EXPECT_KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
               "missing", "notice_ok", "next_action"]
BANNED = re.compile(r"\b(urgent\w*|risk\w*|immediate\w*|emergenc\w*|danger\w*|unsafe|safeguarding\s+concerns?|"
                    r"asap|critical\w*)\b", re.I)
# Knowsley notice: file -> (working days, plain weekdays, bank holiday crossed or None)
NOTICE_TABLE = {
    "knowsley_01.eml": (5, 5, None),
    "knowsley_02.eml": (4, 5, date(2051, 5, 1)),
    "knowsley_04.eml": (5, 6, date(2051, 5, 29)),
    "knowsley_05.eml": (4, 5, date(2051, 5, 29)),
    "knowsley_08.eml": (6, 6, None),
}

def requirements(authority, kind, level, concerns):
    """REQUIREMENTS.md's matrix: the ids `missing` may hold for this request (None = kind not defined)."""
    if kind not in ("step_up", "step_down"):
        return set()
    if authority == "knowsley" and kind == "step_up":
        r = {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
        if "neglect" in concerns: r.add("gcp2")
        if "non_engagement" in concerns: r.add("engaging_families")
        if "exploitation" in concerns: r.add("exploitation_assessment")
        return r
    if authority == "knowsley" and kind == "step_down":
        if level == 2:
            return {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"}
        return {"children", "meeting_details", "worries_strengths_next", "consent"}
    if authority == "richmond_wandsworth":
        return {"children", "case_summary", "rationale"} if kind == "step_up" else \
               {"children", "case_summary", "draft_plan", "consent"}
    if authority == "tower_hamlets":
        return {"children", "request_for_support", "manager_agreed"} if kind == "step_up" else \
               {"children", "assessment", "draft_plan", "consent", "lead_practitioner"}
    if authority == "torbay":
        return {"children", "consent", "manager_agreed"} if kind == "step_up" else \
               {"children", "assessment", "manager_agreed", "consent"}
    if authority == "herefordshire":
        return None if kind == "step_up" else {"children", "consent_form", "draft_plan", "lead_practitioner"}
    raise AssertionError(authority)

def expected_action(authority, e):
    if e["urgent"]: return "alert_duty"
    if e["kind"] == "auto_reply": return "ignore"
    if e["kind"] == "meeting_reply": return "record_reply"
    if e["kind"] == "follow_up": return "attach_to_request"
    if e["kind"] == "other": return "human_review"
    if requirements(authority, e["kind"], e["level"], e["concerns"]) is None: return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d|blockquote)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def ics_text(c):
    c = c.replace("\r\n ", "").replace("\n ", "")
    return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

def all_headers(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, str(make_header(decode_header(str(v))))))
    return "\n".join(out)

def readable(msg, with_headers=False):
    """Every decoded text of the message: subject, text and HTML parts, calendars, PDF and .docx text, file names
    (and, with_headers, every header of every MIME part)."""
    out = [str(msg["Subject"] or "")]
    if with_headers:
        out.append(all_headers(msg))
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            out.append(html_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ct in ("text/calendar", "application/ics"):
            out.append(ics_text(payload.decode("utf-8")))
        elif ct.startswith("text/"):
            out.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise AssertionError("unexpected part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    raise AssertionError("unparsed DOB %r" % w)

def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

CASE_ID = re.compile(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{7})")

def check_file(lab, errors):
    f = lab["file"]; e = lab["expect"]; a = lab["authority"]; meta = META[f]
    def err(msg):
        errors.append("%s: %s" % (f, msg))
    raw = FILES[f]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            err("MIME defects %r" % part.defects)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if not msg[h]:
            err("no %s header" % h)
    # mailbox address in To/Cc
    rcpts = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, lab["mailbox"])].lower() not in rcpts:
        err("mailbox %s not in To/Cc" % MAILBOXES[(a, lab["mailbox"])])
    # Date header: in the window, right weekday, right offset; now a few minutes later with the same offset
    rawhdr = email.message_from_bytes(raw, policy=email.policy.compat32)
    dh = str(rawhdr["Date"])
    d = email.utils.parsedate_to_datetime(dh)
    if not (WINDOW[0] <= d.date() <= WINDOW[1]):
        err("Date %s outside the window" % dh)
    if not dh.startswith(d.strftime("%a, ")):
        err("Date weekday wrong: %s" % dh)
    if d.weekday() >= 5 or d.date() in BH:
        err("Date on a weekend or bank holiday: %s" % dh)
    if d.utcoffset() != bst_offset(d.replace(tzinfo=None)) or d.utcoffset() != timedelta(hours=1):
        err("Date offset wrong: %s" % dh)
    now = datetime.fromisoformat(lab["now"])
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)):
        err("now %s is not 1-10 minutes after Date %s" % (lab["now"], dh))
    if now.utcoffset() != d.utcoffset():
        err("now offset differs from the Date's")
    # label shape
    if list(lab) != LABEL_KEYS or list(e) != EXPECT_KEYS:
        err("label keys differ from the dev corpus format")
    if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
        err("bad kind / next_action")
    if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERNS:
        err("concerns not sorted / unknown: %r" % e["concerns"])
    if e["missing"] != sorted(set(e["missing"])):
        err("missing not sorted / unique")
    if e["next_action"] != expected_action(a, e):
        err("next_action %s, the rules give %s" % (e["next_action"], expected_action(a, e)))
    if (CATS[f] == "urgent") != e["urgent"]:
        err("category %s disagrees with urgent=%s" % (CATS[f], e["urgent"]))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
        err("level only on step_downs, 2 or 3")
    req = requirements(a, e["kind"], e["level"], e["concerns"])
    if req is None or e["kind"] not in ("step_up", "step_down"):
        if e["missing"]:
            err("missing must be [] for this kind")
    else:
        if not set(e["missing"]) <= req:
            err("missing %r not in the requirement matrix %r" % (e["missing"], sorted(req)))
        for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
            if fact in req and ((val is not True) != (fact in e["missing"])):
                err("%s=%r but missing says otherwise" % (fact, val))
        if (not e["children"]) != ("children" in e["missing"]):
            err("children / missing disagree")
        if "case_id" in req and (not e["case_ids"]) != ("case_id" in e["missing"]):
            err("case_ids / missing disagree")
    # notice: only Knowsley step requests; the arithmetic
    knowsley_step = a == "knowsley" and e["kind"] in ("step_up", "step_down")
    if not knowsley_step and e["notice_ok"] is not None:
        err("notice_ok set where no notice period applies")
    if knowsley_step:
        m = meta["meeting"]
        if m is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                err("no meeting date: notice_ok null and meeting_details missing")
        else:
            wd = working_days_between(now.date(), m)
            pw = plain_weekdays_between(now.date(), m)
            if NOTICE_TABLE.get(f, (None, None))[:2] != (wd, pw):
                err("notice table says %r, counted %d WD / %d weekdays" % (NOTICE_TABLE.get(f), wd, pw))
            if e["notice_ok"] != (wd >= 5):
                err("notice_ok %r but %d working days" % (e["notice_ok"], wd))
            if not working_day(m) or m <= now.date():
                err("meeting not a future working day")
            bh = NOTICE_TABLE[f][2]
            if bh is not None and not (now.date() < bh <= m and bh in BH):
                err("bank holiday %s not crossed" % bh)
    text = readable(msg)
    if meta["meeting_span"] and meta["meeting_span"] not in text:
        err("meeting span %r not in text" % meta["meeting_span"])
    # children, DOBs, case ids, adults
    for c in meta["children"]:
        if c["name"] not in text:
            err("child %s not in text" % c["name"])
        if c["_w"] is not None:
            if c["_w"] not in text:
                err("DOB %r not in text" % c["_w"])
            dob = parse_dob(c["_w"])
            if dob.isoformat() != c["dob"]:
                err("DOB %r parses to %s, labelled %s" % (c["_w"], dob, c["dob"]))
            if not (0 <= age_on(dob, now.date()) < 18):
                err("%s is not a child at now" % c["name"])
    if e["children"] != [{"name": c["name"], "dob": c["dob"]} for c in meta["children"]]:
        err("labelled children differ from the checked children %r" % e["children"])
    labelled = {c["name"] for c in e["children"]}
    for p in meta["not_children"]:
        if p not in text:
            err("adult %s not in text" % p)
        if p in labelled:
            err("adult %s labelled as a child" % p)
    for cid in e["case_ids"]:
        if not CASE_ID.fullmatch(cid) or cid not in text:
            err("case id %s malformed or not in text" % cid)
    if len(set(e["case_ids"])) != len(e["case_ids"]):
        err("case ids not deduplicated")
    pos = [text.find(cid) for cid in e["case_ids"]]
    if pos != sorted(pos):
        err("case ids not in order of appearance")
    # kind-specific structure
    subj = str(msg["Subject"])
    refs = re.findall(r"\[SB-([a-z_]+)-(\d+)\]", subj)
    auto = msg["Auto-Submitted"] is not None
    if e["kind"] == "auto_reply" and not auto:
        err("auto_reply without Auto-Submitted")
    if e["kind"] != "auto_reply" and auto:
        err("human mail with Auto-Submitted")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    for p in cals:
        body_method = re.search(r"^METHOD:(\w+)", p.get_payload(decode=True).decode(), re.M)
        if not body_method or (p.get_param("method") or "").upper() != body_method.group(1):
            err("text/calendar method parameter and METHOD line disagree")
    replies = [p for p in cals if "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if e["kind"] == "meeting_reply" and len(replies) != 1:
        err("meeting_reply needs exactly one text/calendar METHOD:REPLY part")
    if e["kind"] != "meeting_reply" and replies:
        err("iTIP REPLY in a mail that is not a meeting reply")
    if e["kind"] in ("follow_up", "meeting_reply") or meta["reference"]:
        if not refs or "SB-%s-%s" % refs[0] != meta["reference"] or refs[0][0] != a:
            err("reference %r not in the subject" % meta["reference"])
    if e["kind"] in ("step_up", "step_down", "other") and refs:
        err("a fresh request / other mail carries an [SB-] reference")
    # the banned words in urgent mail (headers of every part and all decoded text, attachments included)
    full = readable(msg, with_headers=True)
    hits = sorted(set(m.group(0).lower() for m in BANNED.finditer(full)))
    if e["urgent"] and hits:
        err("urgent mail uses banned words %r" % hits)
    return hits

def set_checks(errors):
    def err(m):
        errors.append("SET: " + m)
    # calendar
    if easter(2051) != date(2051, 4, 2):
        err("Easter 2051 is not 2 April")
    inwin = sorted(d for d in BH if WINDOW[0] <= d <= WINDOW[1])
    if inwin != [date(2051, 5, 1), date(2051, 5, 29)]:
        err("bank holidays in the window %r" % inwin)
    if not (date(2051, 3, 31) in BH and date(2051, 4, 3) in BH and date(2051, 4, 3) < WINDOW[0]):
        err("Good Friday / Easter Monday not before the window")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        err("window does not run Monday to Friday")
    if WINDOW[1] != date(2051, 7, 21) or WINDOW[1].month != 7 or WINDOW[1].day < 18:
        err("window does not end in late July")
    if last_weekday(2051, 3, 6) != date(2051, 3, 26) or last_weekday(2051, 10, 6) != date(2051, 10, 29):
        err("BST change dates wrong")
    d = WINDOW[0]
    while d <= WINDOW[1]:
        if bst_offset(datetime.combine(d, datetime.min.time()).replace(hour=12)) != timedelta(hours=1):
            err("%s is not BST" % d)
        d += timedelta(days=1)
    try:                                       # cross-check with the tz database when it is installed
        from zoneinfo import ZoneInfo
        lon = ZoneInfo("Europe/London")
        for lab in LABELS:
            meta = META[lab["file"]]
            naive = datetime.strptime(meta["when"], "%Y-%m-%d %H:%M")
            if naive.replace(tzinfo=lon).utcoffset() != bst_offset(naive):
                err("%s: offset disagrees with Europe/London" % lab["file"])
    except Exception:
        pass
    # counts
    files = [l["file"] for l in LABELS]
    want = ["%s_%02d.eml" % (a, i) for a in AUTHORITIES for i in range(1, 9)]
    if sorted(files) != sorted(want) or len(files) != 40:
        err("files are not the 40 expected names")
    for a in AUTHORITIES:
        if sum(l["authority"] == a for l in LABELS) != 8:
            err("%s does not have 8 files" % a)
    cats = list(CATS.values())
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        err("need >= 11 urgent and >= 11 near misses, have %d / %d" % (cats.count("urgent"), cats.count("near_miss")))
    if set(cats) != {"urgent", "near_miss", "ordinary"}:
        err("unknown category")
    if sorted(CATS) != sorted(files):
        err("categories.json and labels.json disagree")
    ukinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= ukinds:
        err("urgent mail does not vary its kind: %r" % ukinds)
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        err("not every kind present")
    # Knowsley notice: the two decisive counts cross both May bank holidays
    dec = [f for f, (wd, pw, bh) in NOTICE_TABLE.items() if wd < 5 <= pw]
    if sorted(NOTICE_TABLE[f][2] for f in dec) != [date(2051, 5, 1), date(2051, 5, 29)]:
        err("the decisive Knowsley counts must cross May Day and the Spring bank holiday")

def run_checks():
    errors = []
    near_miss_words = {}
    for lab in LABELS:
        hits = check_file(lab, errors)
        if CATS[lab["file"]] == "near_miss":
            near_miss_words[lab["file"]] = hits
    set_checks(errors)
    return errors, near_miss_words

def stats():
    from collections import Counter
    E = [l["expect"] for l in LABELS]
    print("categories:", dict(Counter(CATS.values())))
    for a in AUTHORITIES:
        print("  %-20s" % a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a)))
    print("kind:", dict(Counter(e["kind"] for e in E)))
    print("next_action:", dict(Counter(e["next_action"] for e in E)))
    print("mailbox:", dict(Counter(l["mailbox"] for l in LABELS)))
    print("urgent kinds:", dict(Counter(e["kind"] for e in E if e["urgent"])))
    print("consent:", dict(Counter(str(e["consent"]) for e in E)), "manager:",
          dict(Counter(str(e["manager_agreed"]) for e in E)))
    print("level:", dict(Counter(str(e["level"]) for e in E)), "notice_ok:", dict(Counter(str(e["notice_ok"]) for e in E)))
    print("children:", sum(len(e["children"]) for e in E), "with DOB:",
          sum(1 for e in E for c in e["children"] if c["dob"]))
    for f, (wd, pw, bh) in NOTICE_TABLE.items():
        lab = next(l for l in LABELS if l["file"] == f)
        print("  %s now %s meeting %s: %d WD, %d weekdays, crosses %s, notice_ok %s"
              % (f, lab["now"][:16], META[f]["meeting"], wd, pw, bh, lab["expect"]["notice_ok"]))
    for lab in LABELS:
        d = dt(META[lab["file"]]["when"])
        print("  %-26s %s %s %-9s %-13s %s" % (lab["file"], d.strftime("%a %d %b %H:%M"), d.strftime("%z"),
                                              CATS[lab["file"]], lab["expect"]["kind"], lab["expect"]["next_action"]))

def inject_faults():
    """Break an in-memory copy in several ways; every break must be caught by the self-checks."""
    import copy
    base_files, base_labels = dict(FILES), copy.deepcopy(LABELS)
    def lab(f):
        return next(l for l in LABELS if l["file"] == f)
    def swap(f, old, new):
        assert old in FILES[f], (f, old)
        FILES[f] = FILES[f].replace(old, new)
    faults = {
        "decisive May Day count relabelled ok": lambda: lab("knowsley_02.eml")["expect"].update(notice_ok=True, next_action="book_meeting"),
        "decisive Spring bank holiday count relabelled ok": lambda: lab("knowsley_05.eml")["expect"].update(notice_ok=True, next_action="book_meeting"),
        "alarm word in an urgent mail's body": lambda: swap("knowsley_03.eml", b"Hi sorry", b"Hi urgent, sorry"),
        "alarm word in an urgent mail's subject": lambda: swap("torbay_02.eml", b"Subject: Probably nothing", b"Subject: Critical - nothing"),
        "Date moved to +0000": lambda: swap("torbay_01.eml", b"18:52:00 +0100", b"18:52:00 +0000"),
        "Date on the Spring bank holiday": lambda: swap("herefordshire_01.eml", b"Tue, 30 May 2051", b"Mon, 29 May 2051"),
        "Date with the wrong weekday": lambda: swap("tower_hamlets_06.eml", b"Fri, 28 Apr 2051", b"Thu, 28 Apr 2051"),
        "now before the Date": lambda: lab("torbay_04.eml").update(now="2051-04-27T13:30:00+01:00"),
        "urgent mail filed as a near miss": lambda: CATS.__setitem__("richmond_wandsworth_01.eml", "near_miss"),
        "undefined Herefordshire step-up booked": lambda: lab("herefordshire_08.eml")["expect"].update(next_action="book_meeting"),
        "level on a step-up": lambda: lab("torbay_03.eml")["expect"].update(level=3),
        "adult labelled as a child": lambda: lab("knowsley_06.eml")["expect"]["children"].append({"name": "Gemma Quinlan", "dob": None}),
        "DOB off by a day": lambda: lab("knowsley_01.eml")["expect"]["children"][0].update(dob="2043-02-04"),
        "consent true but missing consent": lambda: lab("tower_hamlets_04.eml")["expect"].update(consent=True),
        "missing id from another authority": lambda: lab("torbay_07.eml")["expect"].update(missing=["gcp2", "manager_agreed"]),
        "Auto-Submitted removed from an out-of-office": lambda: swap("herefordshire_03.eml", b"Auto-Submitted: auto-replied", b"X-Was: auto-replied"),
        "iTIP REPLY made a REQUEST": lambda: swap("knowsley_07.eml", b'method=REPLY', b'method=REQUEST'),
    }
    missed = []
    for name, fault in faults.items():
        FILES.clear(); FILES.update(base_files)
        LABELS[:] = copy.deepcopy(base_labels)
        saved_cats = dict(CATS)
        fault()
        errors, _ = run_checks()
        CATS.clear(); CATS.update(saved_cats)
        print("  %-50s %s" % (name, "caught" if errors else "MISSED"))
        if not errors:
            missed.append(name)
    FILES.clear(); FILES.update(base_files)
    LABELS[:] = base_labels
    return missed

def build_all():
    for a in AUTHORITIES:
        for i in range(1, 9):
            globals()["%s_%02d" % (a, i)]()

def main():
    build_all()
    errors, nm = run_checks()
    if errors:
        print("SELF-CHECKS FAILED - nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("self-checks passed: 40 files, %d urgent, %d near misses, %d ordinary"
          % tuple(list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")))
    if "--stats" in sys.argv:
        stats()
        print("alarm words in near misses:", {f: w for f, w in nm.items() if w})
    if "--inject-faults" in sys.argv:
        missed = inject_faults()
        if missed:
            print("FAULTS NOT CAUGHT - nothing written:", missed)
            sys.exit(1)
        errors, _ = run_checks()
        assert not errors, errors
    if "--check" in sys.argv:
        return
    order = sorted(LABELS, key=lambda l: (AUTHORITIES.index(l["authority"]), l["file"]))
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(order, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({l["file"]: CATS[l["file"]] for l in order}, fh, indent=2)
        fh.write("\n")
    print("wrote %d .eml files, labels.json, categories.json to %s" % (len(FILES), HERE))

if __name__ == "__main__":
    main()
