#!/usr/bin/env python3
"""mixed154: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2057 (Monday 3 September - Tuesday 18 December 2057), in supplementary schools, madrassas,
Sunday schools, scouts, guides, cadets and faith youth groups: the volunteers and leaders who notice marks, hunger,
a child afraid to go home, an adult who gives children lifts, a residential camp and a child's words at a weekend
class - alongside ordinary step-ups and step-downs.

Standard library only. Deterministic: no clock, no randomness (boundaries, Message-IDs and calendar UIDs come from
sha1 of the file name; .docx zips carry fixed timestamps; PDFs are hand-built PDF 1.4 text pages).

    python3 make_set.py            # build in memory, run every self-check, then write (nothing is written on error)
    python3 make_set.py --stats    # also print the tallies and the Knowsley notice table

Every label was set by hand from /work/shared/DESIGN.md, /work/shared/REQUIREMENTS.md, the seeds and the policy
packs. The self-checks STOP on any error before anything is written.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header, decode_header, make_header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
SET = "mixed154"

# ----------------------------------------------------------------------------- calendar
WINDOW = (date(2057, 9, 3), date(2057, 12, 18))          # Monday 3 September - Tuesday 18 December 2057


def easter(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return date(y, month, day)


def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(0 - d.weekday()) % 7)


def last_monday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=d.weekday())


def bank_holidays(y):
    """England & Wales bank holidays, with weekend substitutes (the normal pattern; no one-off holidays)."""
    out = {}
    nyd = date(y, 1, 1)
    while nyd.weekday() >= 5:
        nyd += timedelta(days=1)
    out[nyd] = "New Year's Day"
    e = easter(y)
    out[e - timedelta(days=2)] = "Good Friday"
    out[e + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "Early May bank holiday"
    out[last_monday(y, 5)] = "Spring bank holiday"
    out[last_monday(y, 8)] = "Summer bank holiday"
    xmas, boxing = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:            # Saturday
        out[date(y, 12, 27)] = "Christmas Day (substitute)"; out[date(y, 12, 28)] = "Boxing Day (substitute)"
    elif xmas.weekday() == 6:          # Sunday
        out[date(y, 12, 26)] = "Boxing Day"; out[date(y, 12, 27)] = "Christmas Day (substitute)"
    elif xmas.weekday() == 4:          # Friday: Boxing Day on Saturday -> Monday 28th
        out[xmas] = "Christmas Day"; out[date(y, 12, 28)] = "Boxing Day (substitute)"
    else:
        out[xmas] = "Christmas Day"; out[boxing] = "Boxing Day"
    return out


BANK = {}
for _y in (2057, 2058):
    BANK.update(bank_holidays(_y))
# Cross-checked once, by hand, against the `holidays` package (GB, subdiv ENG) while writing this set; the script
# itself is standard-library only and asserts its own computation against this list.
BANK_EXPECTED = {
    date(2057, 1, 1), date(2057, 4, 20), date(2057, 4, 23), date(2057, 5, 7), date(2057, 5, 28),
    date(2057, 8, 27), date(2057, 12, 25), date(2057, 12, 26),
    date(2058, 1, 1), date(2058, 4, 12), date(2058, 4, 15), date(2058, 5, 6), date(2058, 5, 27),
    date(2058, 8, 26), date(2058, 12, 25), date(2058, 12, 26),
}
BST_END_2057 = date(2057, 10, 28)          # last Sunday of October 2057: clocks go back at 01:00 UTC


def working_days(today, meeting_day):
    """DESIGN: working days d with today < d <= meeting date (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting_day:
        if d.weekday() < 5 and d not in BANK:
            n += 1
        d += timedelta(days=1)
    return n


def plain_weekdays(today, meeting_day):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting_day:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n


# ----------------------------------------------------------------------------- MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()


def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:30].upper())


def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]


def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LON)


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, mail):
    if name is None:
        return mail
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), mail)


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", crlf_b64=False):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf_b64 else text
        body = b64lines(t.encode(charset))
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
    s.encode("ascii")                          # every message is 7-bit on the wire
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")


def html_of(text, font="Aptos"):
    paras = text.split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n</div></body></html>\n'
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))


def gmail_html(text):
    paras = text.split("\n\n")
    out = []
    for para in paras:
        out.append("<div>%s</div>" % "<br>".join(html.escape(l, quote=False) for l in para.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'word ' + newline; space-stuffing where needed."""
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


def unflow(text):
    out, buf = [], ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and not line.startswith(">"):
            buf += line
        else:
            out.append(buf + line)
            buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


# -- PDF 1.4 (Helvetica, WinAnsi), uncompressed content so the self-check can read it back
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
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for pg in pages:
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    b" /Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids).encode(), len(kids))
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
    """Read back the text of a PDF built by make_pdf (literal strings shown with the ' operator)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        s = m.group(1)
        i = 0
        while i < len(s):
            if s[i:i + 1] == b"(":
                depth, j, buf = 1, i + 1, bytearray()
                while depth:
                    c = s[j:j + 1]
                    if c == b"\\":
                        buf += s[j + 1:j + 2]; j += 2; continue
                    if c == b"(":
                        depth += 1
                    elif c == b")":
                        depth -= 1
                        if not depth:
                            break
                    buf += c; j += 1
                out.append(bytes(buf).decode("cp1252"))
                i = j + 1
            else:
                i += 1
    return "\n".join(out)


# -- .docx (minimal OOXML)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows appended after the paragraphs, or placed where a
    paragraph is the marker '[[TABLE n]]'."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)

    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)

    def table(rows):
        return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>")

    body, used = [], set()
    for p in paras:
        m = re.fullmatch(r"\[\[TABLE (\d+)\]\]", p)
        if m:
            body.append(table(tables[int(m.group(1))])); used.add(int(m.group(1)))
        else:
            body.append(para(p))
    for i, t in enumerate(tables):
        if i not in used:
            body.append(table(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, "".join(body)))
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
            zi = zipfile.ZipInfo(name, date_time=(2057, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))


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


VTZ_MS = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
          "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
          "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def ics_reply(fname, prodid, tzid, stamp, start, end, summary, location, organizer, attendee, partstat,
              comment=None, sequence=0, vtz=None):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:%s" % prodid, "VERSION:2.0"] + (vtz or []) + [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=%s:mailto:%s" % organizer,
        "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
          "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "SEQUENCE:%d" % sequence]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# -- top headers
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None, has_attach=False):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", hdr(subject)),
          ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", "AQH" + sha(fname, "ti")[:24].upper()),
          ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, "LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % sha(fname, "srv")[:4].upper()))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])


def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None, reply_to_mid=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)), ("Message-ID", msgid(fname, domain))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])


# -- message shapes
def outlook_alt(f, top, body, atts=()):
    """Outlook: multipart/alternative (text/plain QP + HTML twin), attachments in multipart/mixed."""
    alt = multipart("alternative", [text_part(body), text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1)) if atts else alt
    return build(top, root)


def plain_mail(f, top, body, atts=(), cte="quoted-printable", crlf=True, params=""):
    t = text_part(body, cte=cte, params=params, crlf_b64=crlf)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)


def html_only(f, top, h, atts=()):
    t = text_part(h, "html")
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root)


def flowed_mail(f, top, body, atts=(), crlf=False):
    t = Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
              ("Content-Transfer-Encoding", "quoted-printable")], qp(flowed(body)))
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, crlf)


def gmail_alt(f, top, body, atts=()):
    alt = multipart("alternative", [Part([("Content-Type", 'text/plain; charset="UTF-8"'),
                                          ("Content-Transfer-Encoding", "quoted-printable")], qp(body)),
                                     Part([("Content-Type", 'text/html; charset="UTF-8"'),
                                           ("Content-Transfer-Encoding", "quoted-printable")], qp(gmail_html(body)))],
                    gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root)


def itip_outlook(f, when, frm, organizer, partstat, summary, start, end, location, comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = ics_reply(f, "Microsoft Exchange Server 2010", "GMT Standard Time", dt(when), start, end, summary,
                    location, organizer, frm, partstat, comment, vtz=VTZ_MS)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(*frm), addr(*organizer), "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root)


def itip_google(f, when, frm, organizer, partstat, summary, start, end, when_text, location):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    cal = ics_reply(f, "-//Google Inc//Google Calendar 70.9054//EN", "Europe/London", dt(when), start, end,
                    summary, location, organizer, frm, partstat)
    text = "%s has %s this invitation.\n\n%s\nWhen: %s\nWhere: %s\n\nInvitation from Google Calendar\n" % (
        frm[0], verb, summary, when_text, location)
    htm = ('<span><p>%s has %s this invitation.</p><h3>%s</h3><p><b>When</b> %s<br><b>Where</b> %s</p>'
           '<p>Invitation from Google Calendar</p></span>\n' % (html.escape(frm[0]), verb, html.escape(summary),
                                                                 html.escape(when_text), html.escape(location)))
    alt = multipart("alternative", [
        Part([("Content-Type", 'text/plain; charset="UTF-8"'), ("Content-Transfer-Encoding", "base64")],
             b64lines(text.replace("\n", "\r\n").encode())),
        Part([("Content-Type", 'text/html; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
             qp(htm)),
        Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
              ("Content-Transfer-Encoding", "7bit")], cal.replace("\r\n", "\n"))], gbnd(f, 2))
    ics_file = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                     ("Content-Disposition", 'attachment; filename="invite.ics"'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_file], gbnd(f, 1))
    subj = "%s: %s @ %s (%s)" % (word, summary, when_text, organizer[1])
    top = [("Reply-To", addr(*frm)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", "<calendar-%s@google.com>" % sha(f, "gcal")[:32]),
           ("Date", email.utils.format_datetime(dt(when))), ("Subject", hdr(subj)),
           ("From", addr(*frm)), ("To", addr(*organizer))]
    return build(top, root)


def ooo_mail(f, when, frm, to, subject, body):
    top = outlook_top(f, addr(*frm), to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return build(top, text_part(body))


def quote_outlook(frm, sent, to, subject, text, cc=None):
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))


def gt(lines):
    """'> '-quote a block."""
    return "\n".join("> " + l if l else ">" for l in lines.split("\n"))


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
MBOX_NAME = {
    ("knowsley", "mash_step_up"): "Knowsley MASH",
    ("knowsley", "early_help_duty"): "Family First 0-18 Duty Mailbox",
    ("richmond_wandsworth", "mash_step_up"): "MASH Step Up",
    ("richmond_wandsworth", "early_help_duty"): "Early Help Duty",
    ("tower_hamlets", "mash_step_up"): "MAST",
    ("tower_hamlets", "early_help_duty"): "Early Help Hub",
    ("torbay", "mash_step_up"): "Torbay MASH",
    ("torbay", "early_help_duty"): "Torbay Early Help",
    ("herefordshire", "mash_step_up"): "Herefordshire MASH",
    ("herefordshire", "early_help_duty"): "Early Help Co-ordinators",
}


def mb(a, m):
    return addr(MBOX_NAME[(a, m)], MAILBOXES[(a, m)])


def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked against `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}


def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, meeting_text=None,
        docs=(), facts=(), not_children=(), told=None):
    """Record one file. `meeting`: the local datetime the Knowsley notice is counted to; `meeting_text`: how the mail
    writes it. `docs`: {requirement id: attachment filename or 'body'} of the documents the mail supplies; `facts`:
    the fact ids (lead_practitioner, meeting_details, worries_strengths_next) the mail states. `not_children`: people
    in the text who must never be labelled as children. `told`: for urgent mail, how the risk is told."""
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
    META[fname] = {"when": when, "delay": delay_min, "children": children, "meeting": meeting,
                   "meeting_text": meeting_text, "docs": dict(docs), "facts": set(facts),
                   "not_children": list(not_children), "told": told}


# ============================================================================= KNOWSLEY
K = "knowsley"
K_MASH = mb(K, "mash_step_up")
K_MASH_BS = "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>"
K_FF = mb(K, "early_help_duty")


def knowsley_01():
    f = "knowsley_01.eml"
    body = """Good morning,

Please find attached a step up request for Kayden Hollis (DOB 22/05/2049) and his sister Amelia-Rose Hollis (DOB 09/01/2052), EHM-77412. The family have been open to Family First 0-18 at Level 3 since March.

The step up TAF meeting is booked for Wednesday 19 September 2057 at 10:00 on Teams. The invite has gone to the MASH inbox and MASH business support, and I have invited the current TAF members (school, the health visitor, and Revd Tom Ashurst from St Aidan's Sunday Club, who has been a big part of the plan).

The main worry is neglect. Since the summer the Sunday Club volunteers have noticed both children arriving hungry: Kayden eats whatever is left on the tea table and has been seen putting biscuits in his pockets "for Amelia's tea". They come in the same clothes week to week, Amelia-Rose's shoes are two sizes too small, and school report head lice untreated since July. The GCP2 completed on 5 September scores 4 for nutrition and for hygiene, and 3 for health.

Attached:
- FF Step Up request to CSC - Hollis.docx
- GCP2 Hollis 05.09.57.pdf
- TAF minutes 04.09.57.docx

My team manager, Lorraine Gaskell, has discussed the step up with me and agreed it on 10 September.

Mum is aware that I am asking for the step up.

Kind regards
Bernadette Culshaw
Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council
0151 496 0582
"""
    form = docx_att("FF Step Up request to CSC - Hollis.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-77412",
        "Children: Kayden Hollis (22/05/2049), Amelia-Rose Hollis (09/01/2052)",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 19/09/2057 10:00 (Teams)",
        "Level of Engagement: Medium - mum attends TAF meetings but actions are not completed.",
        "Recent TAF meeting minutes attached: Yes (04/09/2057)",
        "# What are we worried about?",
        "Current concerns: both children hungry at Sunday Club and at school; clothes unwashed; Amelia-Rose's shoes "
        "too small; head lice untreated since July.",
        "Past harm: none known.",
        "Complicating factors: the children's father left in January; money is very tight.",
        "# What is working well?",
        "Existing strengths: mum loves the children and takes them to Sunday Club every week; St Aidan's volunteers "
        "give the family a food parcel on Sundays.",
        "# What next?",
        "Goals: the children are fed, clean and warm every day. Next steps: C&F assessment.",
        "Graded Care Profile: GCP2 completed 05/09/2057 - see attached.",
        "Agreement by line manager: Lorraine Gaskell, Team Manager, 10/09/2057 - agreed.",
        "Contingency plan: Family First to continue weekly visits until the TAF meeting.",
    ])
    gcp2 = pdf_att("GCP2 Hollis 05.09.57.pdf", "Graded Care Profile 2 (GCP2) - Hollis family - 05/09/2057", [
        "Children: Kayden Hollis, Amelia-Rose Hollis. EHM-77412.",
        "Area 1 Physical care - nutrition: 4. Housing: 3. Clothing: 4. Hygiene: 4.",
        "Area 2 Physical care - health: 3.",
        "Area 3 Care of safety: 3.",
        "Area 4 Love and care: 2. Area 5 Stimulation and education: 3.",
        "Completed by Bernadette Culshaw with mum at home.",
    ])
    minutes = docx_att("TAF minutes 04.09.57.docx", [
        "# TAF meeting minutes - Hollis family - 04/09/2057",
        "Present: mum (Chelsea Hollis), Bernadette Culshaw (Family First), Mrs Dunne (Longview Primary), "
        "Revd Tom Ashurst (St Aidan's Sunday Club), Sam Okoro (health visitor).",
        "Update: the children still arrive hungry; food parcel from St Aidan's each Sunday.",
        "Actions: GCP2 to be completed; step up to be discussed with TM.",
    ])
    top = outlook_top(f, addr("Culshaw, Bernadette", "Bernadette.Culshaw@knowsley.gov.uk"), K_MASH,
                      "Step up request - Hollis - EHM-77412 - TAF Wed 19th Sept 10am", "2057-09-12 09:41:22",
                      cc=K_MASH_BS, has_attach=True)
    add(f, outlook_alt(f, top, body, [form, gcp2, minutes]), K, "mash_step_up", "2057-09-12 09:41:22", 6,
        "ordinary", "step_up", False, None, ["EHM-77412"],
        [ch("Kayden Hollis", "2049-05-22", "22/05/2049"), ch("Amelia-Rose Hollis", "2052-01-09", "09/01/2052")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect (Appendix 1 form, GCP2 pdf and TAF minutes docx, EHM id, TM agreed); "
        "the Sunday Club volunteers' observations are the evidence. TAF Wed 19 Sep 10:00 is exactly 5 WD after "
        "Wed 12 Sep (13, 14, 17, 18, 19) -> notice ok -> book_meeting. 'Mum is aware' is not consent (null).",
        meeting=dt("2057-09-19 10:00:00"), meeting_text="Wednesday 19 September 2057 at 10:00",
        docs={"step_up_form": "FF Step Up request to CSC - Hollis.docx", "gcp2": "GCP2 Hollis 05.09.57.pdf",
              "taf_minutes": "TAF minutes 04.09.57.docx"}, facts={"meeting_details"},
        not_children=["Chelsea Hollis", "Tom Ashurst"])


def knowsley_02():
    f = "knowsley_02.eml"
    body = """Hi MASH,

Step up for Tyler Whitfield (DOB 03/02/2047), EHM-78105, currently Level 3 with me.

TAF meeting: Wednesday 10/10/2057 at 13:30, Teams (invite sent to the MASH inbox and MASH business support). Sorry it's a bit tight, it was the only afternoon school could do.

Step up form and the minutes of yesterday's TAF are attached. I've added a note to the end of the minutes this morning.

Agreed by my TM Sinead Bolger in supervision on 3 October.

Thanks
Callum Rimmer
Family First Case Manager | Knowsley Council
0151 496 0714
"""
    form = docx_att("FF Step Up request - Whitfield.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-78105",
        "Child: Tyler Whitfield, DOB 03/02/2047",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: 10/10/2057 13:30",
        "Level of Engagement: Medium",
        "Recent TAF meeting minutes attached: Yes",
        "# What are we worried about?",
        "Mum's partner Gary Sefton moved in in June. Police attended twice in August after arguments; mum told "
        "school he pushed her into the kitchen door. Tyler (10) has become withdrawn and flinches when adults raise "
        "their voices.",
        "# What is working well?",
        "Tyler goes to the Boys' Brigade every Wednesday and his captain, Mr Ogunleye, is a trusted adult. Maternal "
        "nan lives two streets away.",
        "# What next?",
        "C&F assessment; mum to be offered the Freedom Programme; school to keep daily check-ins.",
        "Agreement by line manager: Sinead Bolger, Team Manager, 03/10/2057.",
        "Contingency plan: nan's house if mum asks Gary to leave.",
    ])
    minutes = docx_att("TAF minutes 03.10.57 + addendum.docx", [
        "# TAF meeting minutes - Whitfield - Wednesday 3 October 2057",
        "Present: mum (Donna Whitfield), Callum Rimmer (Family First), Miss Keane (Halewood Academy), "
        "Mr Femi Ogunleye (1st Halewood Boys' Brigade).",
        "Mum said things are calmer at home. School report Tyler is quiet and tired.",
        "Actions: step up to CSC to be requested; mum to see GP.",
        "# ADDENDUM - added by C. Rimmer, Thursday 4 October, 08:40",
        "Mr Ogunleye (Boys' Brigade captain) rang me at 8.20 this morning. At Brigade last night Tyler kept his right "
        "hand inside his sleeve. When Mr Ogunleye saw it, the palm was blistered right across the middle. Tyler said: "
        "\"Gary held it on the hob because I had his lighter. He said next time it's my face.\"",
        "Mr Ogunleye did not ring anyone last night because Tyler begged him not to.",
        "Gary Sefton is at the house today and he is the one who collects Tyler from school at 3.15pm.",
        "I have not yet spoken to mum.",
    ])
    top = outlook_top(f, addr("Rimmer, Callum", "Callum.Rimmer@knowsley.gov.uk"), K_MASH,
                      "Step up - Tyler Whitfield EHM-78105 - TAF Weds 10/10 1.30pm", "2057-10-04 08:52:40",
                      cc=K_MASH_BS, has_attach=True)
    add(f, plain_mail(f, top, body, [form, minutes], cte="7bit"), K, "mash_step_up", "2057-10-04 08:52:40", 4,
        "urgent", "step_up", True, None, ["EHM-78105"], [ch("Tyler Whitfield", "2047-02-03", "03/02/2047")],
        ["domestic_abuse", "physical_harm"], None, True, [], False, "alert_duty",
        "Safety rule 1, told only in an attachment: the body is a routine step-up, but the addendum at the end of the "
        "TAF minutes (.docx) says a 10-year-old's palm was held on the hob by mum's partner ('next time it's my face') "
        "and that the partner collects him from school at 3.15 today. The request itself is complete (form, minutes, "
        "EHM id, TM agreed); TAF Wed 10 Oct is only 4 WD after Thu 4 Oct -> notice_ok false, but alert_duty wins.",
        meeting=dt("2057-10-10 13:30:00"), meeting_text="Wednesday 10/10/2057 at 13:30",
        docs={"step_up_form": "FF Step Up request - Whitfield.docx", "taf_minutes": "TAF minutes 03.10.57 + addendum.docx"},
        facts={"meeting_details"}, not_children=["Gary Sefton", "Donna Whitfield"],
        told="in an attachment: an addendum at the end of the TAF minutes .docx")


def knowsley_03():
    f = "knowsley_03.eml"
    body = """Hello Family First duty,

I'm writing to let you know about a Level 3 step down for Liam Prescott (DOB 30/11/2044), ICS-2406618. His C&F assessment is nearly complete and mum, Joanne Prescott, has consented to the case being referred to Family First.

Joint home visit: Monday 8 October at 10:00, at the family home (27 Tarbock Close, Prescot). I'm giving you the 5 days' notice the protocol asks for.

What are we worried about?
Liam's school attendance has dropped to 81% this term and he is often late. Mum's anxiety and low mood make mornings hard; she has started with Talking Therapies but it's early days.

Background, so nobody is caught out by the chronology: in August 2056 Liam disclosed at an Air Cadets summer camp that an adult instructor had touched him. That was fully investigated, the instructor was convicted in May this year and is serving a prison sentence, and Liam has finished his work with the children's ISVA. There are no current concerns about that and it is not why we were involved this time.

What is working well?
Mum is warm and honest with professionals and Liam is close to her. He has gone back to Air Cadets at a different squadron (Whiston) and says the staff there are "sound". Nan helps on school mornings twice a week.

What needs to happen?
- A Family First case manager to take over the plan after the joint visit.
- An attendance plan with the pastoral lead at Prescot Park Academy.
- Mum to continue with Talking Therapies, and a parenting group if she wants one.

Thanks,
Niamh Garvey
Social Worker, Child in Need Team, Knowsley Council
0151 496 0349
"""
    top = outlook_top(f, addr("Garvey, Niamh", "Niamh.Garvey@knowsley.gov.uk"), K_FF,
                      "Step down to Family First L3 - Liam Prescott - joint home visit Mon 8th Oct", "2057-10-03 14:20:15")
    add(f, plain_mail(f, top, body), K, "early_help_duty", "2057-10-03 14:20:15", 3,
        "near_miss", "step_down", False, 3, ["ICS-2406618"], [ch("Liam Prescott", "2044-11-30", "30/11/2044")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Near miss: a historic disclosure at an Air Cadets camp (2056), investigated, the instructor convicted and in "
        "prison, 'no current concerns' -> not urgent, sexual_harm not a current concern. Level 3 step-down with "
        "consent, venue and all three headings, but 'the 5 days' notice' is 5 calendar days: Wed 3 Oct -> Mon 8 Oct "
        "is 3 WD (4, 5, 8) -> notice_ok false -> request_info.",
        meeting=dt("2057-10-08 10:00:00"), meeting_text="Monday 8 October at 10:00",
        facts={"meeting_details", "worries_strengths_next"}, not_children=["Joanne Prescott"])


def knowsley_04():
    f = "knowsley_04.eml"
    body = """Hi all,

Just letting you know about a Level 2 step down. Mollie Fairhurst, DOB 14/07/2048, ICS-2411907.

Final CIN meeting: Friday 2 November at 10am, Stockbridge Lane Primary School, in the family room.

Lead Practitioner after step down: Mrs Helen Tasker, Pastoral Lead at Stockbridge Lane Primary School. Helen has agreed to take on the Lead Practitioner role and to start an Early Help Assessment.

What are we worried about: Mollie (9) does a lot at home for her dad, who has MS and has had a bad relapse this year. She worries about him when she is at school and some nights she is up late helping him.

What is working well: Dad has accepted a package of care from adult social care, starting this month. Mollie loves Girls' Brigade on Tuesdays and her officer, Mrs Lunt, has linked her up with the young carers' group. Auntie Pat visits every weekend.

What needs to happen: young carers assessment to be completed; school to keep the daily check-in; Girls' Brigade to keep her place and her transport (Mrs Lunt drives the minibus with a second adult, with dad's written permission).

Dad has agreed to the step down.

Thanks
Ruth

Ruth Almond
Social Worker, Knowsley Children's Social Care
0151 496 0266

Sent from my iPad
"""
    top = plain_top(f, addr("Ruth Almond", "Ruth.Almond@knowsley.gov.uk"), K_FF,
                    "Level 2 step down - Mollie Fairhurst ICS-2411907 - final CIN Fri 2 Nov", "2057-10-26 11:05:51",
                    "knowsley.gov.uk", mailer="iPad Mail (22A3354)")
    add(f, flowed_mail(f, top, body), K, "early_help_duty", "2057-10-26 11:05:51", 5,
        "ordinary", "step_down", False, 2, ["ICS-2411907"], [ch("Mollie Fairhurst", "2048-07-14", "14/07/2048")],
        ["young_carer"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down (iPad, format=flowed): date, time and venue of the final CIN, all three "
        "Signs of Safety headings, a named lead practitioner with her agency. Sent Fri 26 Oct (BST, +0100) for "
        "Fri 2 Nov (GMT): the clocks go back on Sun 28 Oct; 29, 30, 31 Oct, 1, 2 Nov = exactly 5 WD -> ok. "
        "A Girls' Brigade officer's minibus lifts are benign (two adults, written permission).",
        meeting=dt("2057-11-02 10:00:00"), meeting_text="Friday 2 November at 10am",
        facts={"meeting_details", "worries_strengths_next", "lead_practitioner"}, not_children=["Helen Tasker"])


def knowsley_05():
    f = "knowsley_05.eml"
    data = itip_outlook(f, "2057-09-14 16:10:03", ("Revd Tom Ashurst", "tom.ashurst@staidans-huyton.example"),
                        ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"), "ACCEPTED",
                        "Step-up TAF meeting - Hollis family - EHM-77412 [SB-knowsley-5120]",
                        "20570919T100000", "20570919T113000", "Microsoft Teams Meeting",
                        comment="I'll bring the Sunday Club register and our notes from the last two months.")
    add(f, data, K, "mash_step_up", "2057-09-14 16:10:03", 2, "ordinary", "meeting_reply", False, None,
        ["EHM-77412"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the Sunday Club leader, a current TAF member, for knowsley_01's "
        "step-up TAF meeting; the case id is in the SUMMARY; the family is named by surname only.")


def knowsley_06():
    f = "knowsley_06.eml"
    text = """SAFE FROM HARM NEWS - November 2057
Merseyside Scouts - for leaders, commissioners and partner agencies

1. Camp season in numbers
This year our districts ran 14 residential camps for 420 young people. Thank you to every leader who gave up a weekend.

2. Scenarios for your next leaders' meeting
These scenarios are invented for training and describe no real young person. Talk them through as a team.

Scenario 1 - At a weekend camp a Cub (8) tells a leader: "I don't want to go home, my step-dad hits me." What should the leader do? Listen, don't promise to keep a secret, write down the child's words, and speak to the local authority's children's services the same day. If a child is in immediate danger, call 999.

Scenario 2 - A parent offers to drive other families' Scouts home after meetings. What does our lift policy say? (Written parental permission, two adults, never one adult alone with one young person.)

Scenario 3 - A Scout arrives every week hungry and in the same clothes. Who could you talk to, and when does a worry become a safeguarding concern?

3. Training
Safeguarding and Safety modules must be renewed every three years. Book via the county website.

You are receiving this because your organisation is on the Merseyside Scouts partners list.
Unsubscribe: https://lists.merseyside-scouts.example/unsubscribe
"""
    top = [("From", addr("Merseyside Scouts Safe from Harm", "news@merseyside-scouts.example")),
           ("To", K_MASH), ("Subject", "Safe from Harm news - November 2057: camp season and scenarios for leaders"),
           ("Date", email.utils.format_datetime(dt("2057-11-05 07:30:00"))),
           ("Message-ID", msgid(f, "lists.merseyside-scouts.example")),
           ("List-Id", "Merseyside Scouts partners <partners.lists.merseyside-scouts.example>"),
           ("List-Unsubscribe", "<https://lists.merseyside-scouts.example/unsubscribe>"),
           ("Precedence", "list")]
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Arial"), "html")], bnd(f, 1))
    add(f, build(top, alt), K, "mash_step_up", "2057-11-05 07:30:00", 7, "near_miss", "other", False, None, [], [],
        [], None, None, [], None, "human_review",
        "Near miss: a Scouts county bulletin (List-Id, List-Unsubscribe, Precedence: list; no Auto-Submitted) whose "
        "training scenarios describe a child afraid to go home, hitting and hunger, 'invented for training and "
        "describe no real young person' -> not urgent, other, human_review.")


def knowsley_07():
    f = "knowsley_07.eml"
    ack = """Thank you. Your step-up request for Keeley Ashworth (DOB 21/06/2044),
EHM-79033, has the reference SB-knowsley-5188.

What is missing:
- the Graded Care Profile 2 (GCP2), because the concerns include neglect

Please reply to this email with the missing document. The step-up TAF
meeting you booked for Wednesday 28 November at 10:00 has been noted.

Knowsley MASH business support"""
    body = """Morning,

GCP2 for Keeley attached (completed 14/11 - it scores 4 for nutrition and for home conditions, which is the neglect picture in my request).

I also need someone from MASH to ring me this morning please, because something has changed since Friday.

Keeley's Girls' Brigade captain, Mrs Joan Kilbride, rang me at 7.40. Keeley (13) didn't go home after Brigade on Friday night. She got into the car of the man who has been giving some of the older girls lifts from the church hall - they call him "Deano", he's in his twenties and drives a silver Golf. Mrs Kilbride had already told him to stop hanging round the hall. Mum says Keeley is "at a mate's", but Keeley's phone has been off since Saturday afternoon and nobody has seen her since Friday night. Her little sister told Mrs Kilbride that Keeley is "at Deano's flat in Kirkby" and that he gives her vapes and money.

Mum hasn't reported her missing. I'm on 07700 900 612 all day.

Faye Donnelly
Family First Case Manager | Family First 0-18 | Knowsley Council

On Fri, 16 Nov 2057 at 14:02, Knowsley MASH <knowsleymash@knowsley.gov.uk> wrote:
""" + gt(ack) + "\n"
    gcp2 = pdf_att("GCP2 Keeley Ashworth 14.11.57.pdf", "Graded Care Profile 2 - Keeley Ashworth - 14/11/2057", [
        "EHM-79033. Completed by Faye Donnelly with mum.",
        "Area 1 Physical care - nutrition: 4. Housing (home conditions): 4. Clothing: 3. Hygiene: 3.",
        "Area 2 Physical care - health: 3. Area 3 Care of safety: 4.",
        "Area 4 Love and care: 3. Area 5 Stimulation and education: 3.",
    ])
    top = plain_top(f, addr("Faye Donnelly", "Faye.Donnelly@knowsley.gov.uk"), K_MASH,
                    "Re: [SB-knowsley-5188] Step-up received - Keeley Ashworth - GCP2 needed", "2057-11-19 08:05:36",
                    "knowsley.gov.uk", mailer="Mozilla Thunderbird", reply_to_mid="<SB-knowsley-5188.ack@knowsley.gov.uk>")
    add(f, plain_mail(f, top, body, [gcp2]), K, "mash_step_up", "2057-11-19 08:05:36", 4, "urgent", "follow_up", True,
        None, ["EHM-79033"], [ch("Keeley Ashworth", "2044-06-21", "21/06/2044")],
        ["exploitation", "missing", "neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a follow-up: the reply bringing the missing GCP2 to [SB-knowsley-5188] reports that a "
        "13-year-old got into the car of a man in his twenties who gives girls lifts from the Girls' Brigade hall on "
        "Friday and has not been seen since, phone off, said to be at his flat -> a child missing now with "
        "exploitation -> alert_duty. The quoted acknowledgement's 'What is missing:' heading is not the 'missing' "
        "concern; neglect is the request's own worry (the GCP2).",
        not_children=["Joan Kilbride"], told="plainly, in a '>'-quoted reply that brings a missing document")


def knowsley_08():
    f = "knowsley_08.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear MASH,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please accept this step up request for <b>Oskar Zieli&#324;ski</b>, date of birth 9 March 2046, <b>EHM-78890</b> (Level 3).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I know the timing isn&#8217;t ideal: the step-up TAF meeting is booked for <b>Thursday 27 December 2057 at 10:00</b> on Teams (the Wednesday is Boxing Day). The invite has gone to the MASH inbox and MASH business support.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><u>Why we are asking</u><br>
Oskar (11) has stopped going to school &#8211; 62% this term and none at all since 3 December &#8211; and mum has cancelled or not been in for the last five home visits. Since October he has also stopped coming to the Polish Saturday school at St Anne&#8217;s parish hall; his teacher there, Pani Ewa Nowicka, was the last adult outside the family who saw him every week, and she rang me worried that he has dropped out of everything. I saw him at the window on 11 December; he waved and looked well.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Stepping up has been discussed with my team manager, Martin Keogh, who agreed it on 17 December.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The step up form is attached. The minutes of Monday&#8217;s TAF aren&#8217;t typed up yet &#8211; I&#8217;ll send them when they are.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards<br>Anya Kowalczyk-Reid<br>Family First Case Manager | Knowsley Council | 0151 496 0833</p>
</div></body></html>
"""
    form = docx_att("FF Step Up request - Zielinski.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-78890",
        "Child: Oskar Zielinski, DOB 09/03/2046",
        "Date of step up TAF meeting: Thursday 27/12/2057, 10:00, Teams",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Low. "
        "Engaging Families Toolkit: not completed yet - to be done before the meeting.",
        "Recent TAF meeting minutes attached: No - to follow",
        "# What are we worried about?",
        "School attendance 62%, none since 03/12; five missed home visits; Oskar has stopped Polish Saturday school.",
        "# What is working well?",
        "Oskar was seen on 11/12 and looked well. Mum's sister visits.",
        "# What next?",
        "C&F assessment; education welfare officer; joint visit with the Polish-speaking family worker.",
        "Agreement by line manager: Martin Keogh, 17/12/2057.",
    ])
    top = outlook_top(f, addr("Kowalczyk-Reid, Anya", "Anya.Kowalczyk-Reid@knowsley.gov.uk"), K_MASH,
                      "Step up request - Oskar Zielinski - EHM-78890 - TAF Thursday 27th December 10am",
                      "2057-12-18 15:32:09", cc=K_MASH_BS, has_attach=True)
    add(f, html_only(f, top, h, [form]), K, "mash_step_up", "2057-12-18 15:32:09", 5, "ordinary", "step_up", False,
        None, ["EHM-78890"], [ch("Oskar Zieliński", "2046-03-09", "9 March 2046")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families", "taf_minutes"], True,
        "request_info",
        "HTML-only Knowsley step-up (name with an HTML entity, 'Zieli&#324;ski'): non-engagement without the "
        "Engaging Families toolkit (the form says 'not completed yet') and the TAF minutes 'to follow' -> missing "
        "engaging_families, taf_minutes. TAF Thu 27 Dec from Tue 18 Dec crosses Christmas Day and Boxing Day: 19, 20, "
        "21, 24, 27 = exactly 5 WD (7 plain weekdays) -> notice ok; request_info for the documents. The child seen "
        "well on 11 Dec is not an immediate risk.",
        meeting=dt("2057-12-27 10:00:00"), meeting_text="Thursday 27 December 2057 at 10:00",
        docs={"step_up_form": "FF Step Up request - Zielinski.docx"}, facts={"meeting_details"},
        not_children=["Ewa Nowicka"])


# ============================================================================= RICHMOND & WANDSWORTH
R = "richmond_wandsworth"
R_MASH = mb(R, "mash_step_up")
R_EH = mb(R, "early_help_duty")


def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    body = """Hello,

I'm the Scout Leader at 9th Wandsworth Common Scouts. I got this address off the council website - sorry if it's the wrong one, I couldn't get through on the phone number.

We're away on our autumn camp at Hollybank campsite near Dorking with 18 Scouts. About half an hour ago one of our Scouts, Reuben Achterberg, who is 11, came and found me by the fire and asked if he could stay at camp "for ever". When I asked why, he said this (his words, I wrote them down straight after):

"When mum's on nights Lee comes in my bed and does stuff to me and says it's our secret and if I tell mum she'll get put in prison."

Lee is mum's boyfriend. Mum works nights at the hospital. Lee is the one on our pick-up list to collect Reuben from the campsite at 10am tomorrow (Sunday), and mum is working tomorrow night.

Reuben is back in his tent with his patrol now and my assistant leader is sitting up outside. I haven't said anything to Lee or to mum. I don't know what I should do about the pick-up in the morning.

My mobile is 07700 900 273, I'll keep it on all night.

Gareth Lomax
Scout Leader, 9th Wandsworth Common Scout Group

Sent from my iPhone
"""
    top = plain_top(f, addr("Gareth Lomax", "gareth.lomax@me.example"), R_MASH, "Scout on camp - please read tonight",
                    "2057-09-22 21:40:18", "me.example", mailer="iPhone Mail (22A3354)")
    add(f, flowed_mail(f, top, body), R, "mash_step_up", "2057-09-22 21:40:18", 3, "urgent", "other", True, None, [],
        [ch("Reuben Achterberg")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1, out of hours (Saturday night): an 11-year-old's own words at a Scout camp ('Lee comes in my "
        "bed ... our secret') and the man is on the pick-up list to collect him at 10am tomorrow -> alert the "
        "out-of-hours team. A volunteer's report, no step asked -> kind other; age but no DOB.",
        not_children=["Gareth Lomax"], told="in a child's own words, quoted by a Scout leader from camp on an iPhone")


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    worker = """Hi Dervla,

As discussed in supervision - Harjot Singh Bassi (DOB 19/08/2047) and Simran Kaur Bassi (DOB 02/02/2051), Mosaic ID 3302291.

The sevadars at the gurdwara on Merton Road have been feeding the children at the Sunday Punjabi class since the summer. They say both children eat two or three plates of langar and Harjot asks to take food home "for later". Harjot told the class teacher there's "only cereal" at home. At my last three visits the fridge was empty and dad was asleep at 2pm; mum says he is drinking every day since he lost his job in May and she is struggling to get the children to school on time.

I think we've gone as far as we can at Early Help. Mum knows I'm asking for a step up.

Ama
Ama Boateng | Early Help Practitioner | Wandsworth North"""
    body = """Dear MASH Step Up,

Please see below from Ama Boateng, one of my Early Help practitioners. I have discussed this with her in supervision and I agree that the Bassi children should be stepped up to Children's Services.

Rationale for step up
Despite six months of Early Help (TAF plan, food bank vouchers, a referral to the alcohol service that dad has not taken up), the children's basic needs are still not being met: they are hungry at school and at the gurdwara class, and dad's daily drinking means he is often asleep when they come home. Mum is doing her best but cannot hold this on her own. We think a Child and Family Assessment is needed.

The latest case summary is attached.

Kind regards
Dervla O'Shea
Early Help Team Manager (Wandsworth North) | Richmond and Wandsworth Council
020 7946 0587
""" + quote_outlook("Ama Boateng <Ama.Boateng@richmondandwandsworth.gov.uk>", "Monday, September 10, 2057 4:52 PM",
                    "Dervla O'Shea <Dervla.OShea@richmondandwandsworth.gov.uk>", "Step up - Bassi children", worker)
    summary = docx_att("Case summary - Bassi - Sept 2057.docx", [
        "# Case summary - Bassi family",
        "Children: Harjot Singh Bassi (19/08/2047), Simran Kaur Bassi (02/02/2051). Mosaic ID 3302291.",
        "Open to Early Help since March 2057 (school referral: hunger, lateness).",
        "Father: daily drinking since losing his job in May 2057; not engaging with the alcohol service.",
        "Mother: works part-time; struggling with the morning routine.",
        "Community: the children attend Sunday Punjabi class at the gurdwara, where the sevadars feed them.",
        "Latest TAF: 29/08/2057 - no progress on home conditions.",
    ])
    top = outlook_top(f, addr("O'Shea, Dervla", "Dervla.OShea@richmondandwandsworth.gov.uk"), R_MASH,
                      "FW: Step up - Bassi children - Mosaic ID 3302291", "2057-09-11 10:14:45", has_attach=True)
    add(f, outlook_alt(f, top, body, [summary]), R, "mash_step_up", "2057-09-11 10:14:45", 5, "ordinary", "step_up",
        False, None, ["3302291"],
        [ch("Harjot Singh Bassi", "2047-08-19", "19/08/2047"), ch("Simran Kaur Bassi", "2051-02-02", "02/02/2051")],
        ["neglect", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager as an Outlook 'FW:' over the "
        "worker's note: rationale pasted under its own heading, case summary attached, the TM agrees. Gurdwara "
        "volunteers noticing hunger; 'Mosaic ID 3302291' -> '3302291'; 'Mum knows' is not consent.",
        docs={"case_summary": "Case summary - Bassi - Sept 2057.docx", "rationale": "body"},
        not_children=["Ama Boateng", "Dervla O'Shea"])


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    body = """Dear Early Help Duty,

Further to my call with Jasper Quint this morning, I'm confirming the step-down case discussion for Maisie Okonkwo-Hart (DOB 17/04/2045), Mosaic 3287740, on Friday 19 October at 2pm on Teams. My team manager, Pauline Etherington, will join; she agrees with the step down.

The latest case summary and the draft Early Help plan are attached.

Maisie (12) and her mum have both consented to Early Help continuing the plan, and they would like Femi Adeyinka, the youth worker at St Mary's Battersea youth club, to be the Lead Professional if Early Help agree.

One thing you will see in the chronology, so it doesn't cause alarm: in June a volunteer at a different church youth group had been giving Maisie lifts home and messaging her. That was referred to the LADO the same day; he was removed from all volunteering, the police spoke to him, and he has had no contact with Maisie since June. Maisie has done a lot of work on healthy relationships with me. It is not a current concern and it is not part of the reason for the plan.

The remaining work is about mum's depression and keeping Maisie's routine steady: mum is back with her GP and has started counselling, and Maisie goes to youth club twice a week.

Many thanks
Tomasz Bielecki
Social Worker, Family Support and Child Protection (Wandsworth) | Richmond and Wandsworth Council
020 7946 0455
"""
    summary = pdf_att("Case summary Maisie Okonkwo-Hart Oct 2057.pdf", "Case summary - Maisie Okonkwo-Hart", [
        "Mosaic 3287740. DOB 17/04/2045.",
        "CIN since February 2057 (mum's depression; Maisie isolated at home).",
        "June 2057: LADO referral about a volunteer at another church youth group (lifts, messages). Volunteer "
        "removed; police words of advice; no contact since June. Closed by the LADO on 02/07/2057.",
        "Now: mum engaging with GP and counselling; attendance 94%; Maisie settled.",
    ])
    plan = pdf_att("Draft Early Help plan - Okonkwo-Hart.pdf", "Draft Early Help plan - Okonkwo-Hart family", [
        "Outcome 1: mum's mental health is supported - GP, counselling; review monthly.",
        "Outcome 2: Maisie keeps her routine - youth club twice a week; school mentor.",
        "Proposed Lead Professional: Femi Adeyinka, St Mary's Battersea youth club.",
    ])
    top = outlook_top(f, addr("Bielecki, Tomasz", "Tomasz.Bielecki@richmondandwandsworth.gov.uk"), R_EH,
                      "Step down to Early Help - Maisie Okonkwo-Hart - Mosaic 3287740 - case discussion Fri 19 Oct 2pm",
                      "2057-10-15 11:20:02", cc="Pauline Etherington <Pauline.Etherington@richmondandwandsworth.gov.uk>",
                      has_attach=True)
    add(f, outlook_alt(f, top, body, [summary, plan]), R, "early_help_duty", "2057-10-15 11:20:02", 4, "near_miss",
        "step_down", False, None, ["3287740"], [ch("Maisie Okonkwo-Hart", "2045-04-17", "17/04/2045")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Near miss: an adult who gave a 12-year-old lifts and messages is history already handled (LADO the same "
        "day, removed from volunteering, no contact since June, 'not a current concern'). Complete Richmond & "
        "Wandsworth step-down: case summary and draft plan PDFs, consent from Maisie and mum, TM agrees -> "
        "book_meeting.",
        docs={"case_summary": "Case summary Maisie Okonkwo-Hart Oct 2057.pdf",
              "draft_plan": "Draft Early Help plan - Okonkwo-Hart.pdf"},
        not_children=["Femi Adeyinka", "Pauline Etherington"])


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    body = """Hi,

I spoke to the Early Help duty manager yesterday about stepping Theo Vance-Mbeki down to Early Help. DOB 06.12.2049, Mosaic ID 3310458.

We've agreed a case discussion for Monday 12 November at 11am.

Theo is 7, has ADHD and an EHCP assessment in progress, and his attendance at Ravenslea Primary is 84%. The CIN plan has done its job on home conditions and mum's housing is sorted. He goes to Beavers at the 2nd Southfields group every Monday and it's the one place he never gets into trouble - his Beaver leader is happy to come to a TAF.

Latest case summary attached. The draft plan isn't finished yet - I'll send it by Friday.

I haven't been able to talk to mum about Early Help yet - I'll ask her at Thursday's visit and let you know.

Thanks
Hollie Strand
Social Worker, Child in Need Team (Richmond)
020 7946 0619
"""
    summary = pdf_att("Case summary Theo V-M Nov 2057.pdf", "Case summary - Theo Vance-Mbeki", [
        "Mosaic ID 3310458. DOB 06.12.2049.",
        "CIN plan since April 2057: home conditions, housing, school attendance.",
        "ADHD diagnosed 2056; EHCP needs assessment started September 2057.",
        "Strengths: Beavers every Monday; mum's new flat; grandmother nearby.",
    ])
    top = plain_top(f, addr("Hollie Strand", "Hollie.Strand@richmondandwandsworth.gov.uk"), R_EH,
                    "Step down - Theo Vance-Mbeki (Mosaic ID 3310458)", "2057-11-07 16:45:30",
                    "richmondandwandsworth.gov.uk")
    add(f, plain_mail(f, top, body, [summary], cte="base64"), R, "early_help_duty", "2057-11-07 16:45:30", 8,
        "ordinary", "step_down", False, None, ["3310458"], [ch("Theo Vance-Mbeki", "2049-12-06", "06.12.2049")],
        ["disability_send", "school_attendance"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Base64 text body: Richmond & Wandsworth step-down with the case summary only; the draft plan 'by Friday' and "
        "consent still to be asked ('I'll ask her at Thursday's visit' -> null) -> missing consent, draft_plan -> "
        "request_info. DOB written 06.12.2049.",
        docs={"case_summary": "Case summary Theo V-M Nov 2057.pdf"})


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    comment = ("Sorry - I can't do 2pm tomorrow, and I need someone from MASH to call me tonight. The madrassa teacher "
               "at Tooting Islamic Centre has just rung me: Zain came to evening class with a fresh burn on his "
               "forearm in the shape of a spoon. He told her his uncle heated the spoon on the cooker and held it on "
               "him because he got his lesson wrong. The uncle is collecting him from class at 7.30 tonight, and Zain "
               "is sleeping at the uncle's house all this week while his mum is away. I'm driving to the centre now. "
               "Naomi, 07700 900 418")
    data = itip_outlook(f, "2057-11-29 17:05:12", ("Naomi Felsted", "Naomi.Felsted@richmondandwandsworth.gov.uk"),
                        ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"), "DECLINED",
                        "Step-up case discussion: Zain Qureshi (Mosaic 3318802) [SB-richmond_wandsworth-6021]",
                        "20571130T140000", "20571130T150000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, R, "mash_step_up", "2057-11-29 17:05:12", 3, "urgent", "meeting_reply", True, None, ["3318802"],
        [ch("Zain Qureshi")], ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a calendar reply's COMMENT: a DECLINED iTIP REPLY to the step-up case discussion says a "
        "child has a fresh spoon-shaped burn his uncle inflicted and the uncle collects him at 7.30 tonight -> "
        "alert_duty (17:05, just after office hours). 'Mosaic 3318802' in the SUMMARY -> '3318802'.",
        told="in an iTIP REPLY's COMMENT (DECLINED)")


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    fwd = """---------- Forwarded message ---------
From: Akela - 14th Putney Cubs <akela.14thputney@scouts-putney.example>
Date: Thu, 6 Sept 2057 at 19:02
Subject: Lifts to and from Cubs this term
To: 14th Putney Cub parents <parents@scouts-putney.example>


Dear parents and carers,

Welcome back! A few families have asked about lifts home after Thursday meetings, now that it's dark earlier. From this term we're running a lift rota:

- lifts only with a signed permission slip from you (attached to last week's email);
- there will always be two adults in the car, and never one adult alone with one Cub;
- every leader on the rota has an enhanced DBS and has done the Safeguarding module.

If you'd rather collect your child yourself, that's absolutely fine.

Yours in Scouting,
Akela (Rachel Doyle), 14th Putney Cub Pack"""
    body = """Hi,

I'm not sure if this is the right place to ask. My son Alfie goes to Cubs in Putney. Below is the email from the group about lifts home.

I was a bit worried when I first read it because one of the leaders drives some of the children home, but I've since spoken to the Group Scout Leader and it's all above board - written permission, always two adults in the car, everyone DBS checked. Nobody has said anything has happened to any child, and Alfie loves Cubs.

I just wanted to check that this is the normal way of doing things, and whether there is any guidance for parents that I could read?

Thanks,
Kirsty Mallon

""" + fwd + "\n"
    top = [("From", addr("Kirsty Mallon", "kirsty.mallon@gmail.example")), ("To", R_EH),
           ("Subject", "Fwd: Lifts to and from Cubs this term"),
           ("Date", email.utils.format_datetime(dt("2057-09-09 20:12:44"))),
           ("Message-ID", "<CA+%s@mail.gmail.example>" % sha(f, "gm")[:36])]
    add(f, gmail_alt(f, top, body), R, "early_help_duty", "2057-09-09 20:12:44", 6, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "Near miss: a parent's Gmail 'Fwd:' about a Cub leader who gives children lifts, already checked and negated "
        "('all above board', 'nobody has said anything has happened to any child'); a general question -> other, "
        "human_review. Alfie is named by first name only.",
        not_children=["Rachel Doyle", "Kirsty Mallon"])


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    body = """Thank you for your email.

I am on annual leave until Wednesday 2 January 2058 with limited access to email.

If your email is about a child at immediate risk of harm, please contact MASH on 020 7946 0321, or the Emergency Duty Team on 020 7946 0999 out of hours.

For anything else about my cases please contact my team manager, Pauline Etherington.

Ciaran Dunphy
Social Worker, Family Support and Child Protection (Richmond)
"""
    data = ooo_mail(f, "2057-12-14 12:01:07", ("Dunphy, Ciaran", "Ciaran.Dunphy@richmondandwandsworth.gov.uk"), R_EH,
                    "Step-down case discussion agreed [SB-richmond_wandsworth-6140]", body)
    add(f, data, R, "early_help_duty", "2057-12-14 12:01:07", 2, "ordinary", "auto_reply", False, None, [], [], [],
        None, None, [], None, "ignore",
        "Outlook out-of-office (Automatic reply:, Auto-Submitted: auto-replied, X-Auto-Response-Suppress) answering a "
        "stepbot message; 'immediate risk' and the Emergency Duty Team are boilerplate -> auto_reply, ignore.")


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    body = """Dear MASH Step Up,

I'd like to step up Ezra Lindqvist-Cohen (DOB 01/10/2046), Mosaic ID 3290017, to Children's Services. I'm his Early Help worker's team manager and I agreed the step up in supervision yesterday.

Rationale for step up
Ezra (11) has been open to Early Help since February. Mum's depression has got worse through the autumn and home conditions have gone downhill: no food in the fridge at three of the last four visits, Ezra washing his own uniform in the sink, and the gas cut off for a week in November. Ezra's leader at the synagogue youth group, Noam, has been bringing round food parcels. Despite a TAF plan, mum has not gone back to her GP or taken up the mental health referral. Dad lives in Leeds and sees Ezra in the holidays. We have done what Early Help can do; we think a Child and Family Assessment is needed.

For completeness: in July Ezra told his youth leader on a day trip that he was "scared to go home". The leader asked him about it straight away - Ezra had broken his mum's phone and was worried he would be told off. Jodie (his Early Help worker) visited the same afternoon; mum was calm, Ezra was fine with her, and it was resolved that day. It is not part of this step up and there are no concerns about anyone hurting Ezra.

Jodie is updating the case summary today and I'll send it over tomorrow.

Marcus Adeleke-Price
Early Help Team Manager (Richmond) | Richmond and Wandsworth Council
020 7946 0702
"""
    top = outlook_top(f, addr("Adeleke-Price, Marcus", "Marcus.Adeleke-Price@richmondandwandsworth.gov.uk"), R_MASH,
                      "Step up - Ezra Lindqvist-Cohen - Mosaic ID 3290017", "2057-12-06 09:30:26")
    add(f, plain_mail(f, top, body), R, "mash_step_up", "2057-12-06 09:30:26", 5, "near_miss", "step_up", False, None,
        ["3290017"], [ch("Ezra Lindqvist-Cohen", "2046-10-01", "01/10/2046")], ["neglect", "parental_mental_health"],
        None, True, ["case_summary"], None, "request_info",
        "Near miss: 'scared to go home' at a synagogue youth group trip in July was explored the same day and "
        "resolved (a broken phone), 'no concerns about anyone hurting Ezra' -> not urgent. Step-up from the Early "
        "Help TM with the rationale pasted under a heading, but the case summary comes 'tomorrow' -> missing "
        "case_summary -> request_info.",
        docs={"rationale": "body"}, not_children=["Noam", "Jodie"])


# ============================================================================= TOWER HAMLETS
T = "tower_hamlets"
T_MAST = mb(T, "mash_step_up")
T_EH = mb(T, "early_help_duty")


def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    body = """Assalamu alaikum, hello,

My name is Halima Nur, I am teacher for the girls class in Darul Ilm Evening Madrasah, Bow. I find this email on council website for MAST.

Today one girl in my class, Ruqayyah Ali, she is 9 years, she not sitting down, she is crying all the time. I take her to the office with our other sister teacher. On back of her legs I see red lines, many lines, they are new, some is open a little bit. She say her abbu (father) hit her with the belt yesterday because her Quran test is bad. Today is test again and she make mistakes again. She say "abbu will do it again tonight, he said". She beg me not to tell anybody.

Class finish at 7 o clock and father is coming to take her at 7. What I must do? I cannot keep her here after. Please somebody call me before 7, my number is 07700 900 735.

Jazakallah khair
Halima Nur
Teacher, Darul Ilm Evening Madrasah
"""
    top = plain_top(f, addr("Halima Nur", "halima.nur@darulilm-bow.example"), T_MAST, "Girl in my class today",
                    "2057-09-12 18:05:49", "darulilm-bow.example")
    add(f, plain_mail(f, top, body, cte="7bit", crlf=False), T, "mash_step_up", "2057-09-12 18:05:49", 2, "urgent",
        "other", True, None, [], [ch("Ruqayyah Ali")], ["physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in second-language English from a madrassa teacher: fresh belt marks on a 9-year-old's legs, "
        "'abbu will do it again tonight', father collecting at 7pm (mail at 18:05, after office hours) -> "
        "alert_duty; a volunteer's report -> other.",
        not_children=["Halima Nur"], told="in non-native English, by a madrassa teacher, with the child's words")


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Early Help Hub,</p>
<p>Please find below and attached a step down to a Team Around the Family for the Hussain children. The Child and Family Assessment concluded on <b>21/09/2057</b> with the outcome of step down to Early Help.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Child</th><th>Date of birth</th><th>Mosaic ID</th></tr>
<tr><td>Tahmid Hussain</td><td>02/05/2046</td><td>4120336</td></tr>
<tr><td>Nusrat Hussain</td><td>14/09/2049</td><td>4120337</td></tr>
</table>
<p><b>Consent:</b> Mr and Mrs Hussain have consented to the step down and to the TAF plan.</p>
<p><b>Lead Practitioner:</b> Rukhsana Begum, Youth and Family Worker, Canal Youth Hub (Limehouse). Tahmid already knows her from the Saturday supplementary school the Hub runs, and she has agreed to take on the role.</p>
<p><b>TAF meeting:</b> I will chair it on Tuesday 2 October at 4pm at Canal Youth Hub.</p>
<p><b>Why Early Help:</b> Tahmid (11) does a lot of caring for his mum, who has chronic pain, and his attendance has slipped to 88%. Nusrat (8) is doing well. The family need co-ordinated support rather than a social worker.</p>
<p>Attached: the C&amp;F Assessment and the draft TAF plan.</p>
<p>Thanks,<br>Farhana Kabir<br>Social Worker, Children's Social Work (Bow and Poplar)<br>London Borough of Tower Hamlets | 020 7946 0128</p>
</body></html>
"""
    cfa = pdf_att("CandF Assessment - Hussain - concluded 21.09.57.pdf", "Child and Family Assessment - Hussain", [
        "Children: Tahmid Hussain (02/05/2046, Mosaic 4120336), Nusrat Hussain (14/09/2049, Mosaic 4120337).",
        "Assessment concluded: 21/09/2057. Outcome: step down to Early Help (TAF with a Lead Practitioner).",
        "Analysis: mum's chronic pain; Tahmid is a young carer; attendance 88%; warm, committed parents.",
    ])
    plan = docx_att("Draft TAF plan - Hussain.docx", [
        "# Draft TAF plan - Hussain family",
        "Lead Practitioner: Rukhsana Begum (Canal Youth Hub).",
        "1. Young carers assessment for Tahmid - Rukhsana - by 31/10/2057.",
        "2. Attendance support - school attendance lead - weekly.",
        "3. Occupational therapy review for mum - GP - by 30/11/2057.",
    ])
    top = outlook_top(f, addr("Kabir, Farhana", "Farhana.Kabir@towerhamlets.gov.uk"), T_EH,
                      "Step down to TAF - Hussain children (Mosaic 4120336, 4120337)", "2057-09-25 15:20:33",
                      has_attach=True)
    add(f, html_only(f, top, h, [cfa, plan]), T, "early_help_duty", "2057-09-25 15:20:33", 3, "ordinary",
        "step_down", False, None, ["4120336", "4120337"],
        [ch("Tahmid Hussain", "2046-05-02", "02/05/2046"), ch("Nusrat Hussain", "2049-09-14", "14/09/2049")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down, HTML-only with the children in an HTML table: C&F assessment PDF, draft "
        "TAF plan .docx, parents' consent, a named Lead Practitioner with her agency (the youth hub that runs a "
        "Saturday supplementary school) -> book_meeting.",
        docs={"assessment": "CandF Assessment - Hussain - concluded 21.09.57.pdf", "draft_plan": "Draft TAF plan - Hussain.docx"},
        facts={"lead_practitioner"}, not_children=["Rukhsana Begum", "Farhana Kabir"])


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    body = """Dear MAST,

Please find attached a completed Multi-Agency Request for Support form for Ibrahim Miah (DOB 27/06/2048, Mosaic ID 4098812), whom I have supported under a Targeted Early Help plan since January.

My manager, Tariq Mahmood, agreed the step up at supervision on 16 October. Ibrahim's parents have consented to this request.

Summary: home conditions have got worse (no beds for the children, black mould in both bedrooms, food only from the food bank), and mum and dad have missed the last four TAF meetings and cancelled three home visits. Ibrahim is tired and hungry at school.

A note about the bruise you may see on the school's records: on Saturday 13 October the Bengali class at Shadwell community centre recorded a bruise on Ibrahim's left cheek. The teacher asked him about it at the time. He had been hit by a tennis ball in the playground cricket at break; the class volunteer on duty saw it happen and wrote it in their accident book. Ibrahim's account and the accident record match, and I have seen the record. It is explained, and it is not part of the reason for the step up.

Kind regards
Shanice Morton
Early Help Practitioner | Targeted Early Help (Shadwell and Wapping) | London Borough of Tower Hamlets
020 7946 0264
"""
    marf = pdf_att("MARF - Ibrahim Miah - Oct 2057.pdf", "Multi-Agency Request for Support form", [
        "Child: Ibrahim Miah. DOB: 27/06/2048. Mosaic ID 4098812.",
        "Referrer: Shanice Morton, Targeted Early Help. Manager: Tariq Mahmood (agreed 16/10/2057).",
        "Parental consent to this request: Yes - both parents, 17/10/2057.",
        "Reason for request: neglect of basic care (beds, damp, food); parents not engaging with the TAF plan.",
        "What has Early Help tried: TAF since January; food bank; housing referral; four TAF meetings missed.",
    ])
    top = outlook_top(f, addr("Morton, Shanice", "Shanice.Morton@towerhamlets.gov.uk"), T_MAST,
                      "Step up request - Ibrahim Miah - Mosaic ID 4098812", "2057-10-18 11:45:10",
                      cc="Tariq Mahmood <Tariq.Mahmood@towerhamlets.gov.uk>", has_attach=True)
    add(f, outlook_alt(f, top, body, [marf]), T, "mash_step_up", "2057-10-18 11:45:10", 6, "near_miss", "step_up",
        False, None, ["4098812"], [ch("Ibrahim Miah", "2048-06-27", "27/06/2048")], ["neglect", "non_engagement"],
        True, True, [], None, "book_meeting",
        "Near miss: a bruise seen at a Saturday Bengali class is explained and corroborated (tennis ball, witnessed, "
        "accident book) -> not urgent, not physical_harm. Complete Tower Hamlets MAST step-up: MARF attached, "
        "manager agreed, parents consent -> book_meeting.",
        docs={"request_for_support": "MARF - Ibrahim Miah - Oct 2057.pdf"}, not_children=["Tariq Mahmood"])


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    ack = """Thank you. We have received your step-up request for Jayden Okafor and
Mia Okafor (Mosaic 4133019). Reference: SB-tower_hamlets-7710.

What is missing:
- the completed Multi-Agency Request for Support form

MAST business support"""
    body = """MARF attached now sorry for the delay.

but can someone call me pls - the sunday club leader from St Dunstans rang me 10 mins ago. Jayden (6) walked to sunday club on his own this morning, he says mummy "fell down on the kitchen floor and wont wake up" and Mia is in her cot. Mia is 14 months. mum has epilepsy. no other adult at the flat, dad is in Nigeria. Jayden is with the leader at the church now. im 20 mins away, driving over. no one is answering mums phone

Grace 07700 900 164

Sent from my Samsung Galaxy smartphone.

On Fri, 16 Nov 2057, 15:31 MAST, <MAST@towerhamlets.gov.uk> wrote:
""" + gt(ack) + "\n"
    marf = pdf_att("MARF Okafor.pdf", "Multi-Agency Request for Support form", [
        "Children: Jayden Okafor (6), Mia Okafor (14 months). Mosaic 4133019.",
        "Referrer: Grace Adjei, Targeted Early Help (Stepney).",
        "Reason for request: home conditions; the children are often hungry; mum struggling on her own since dad "
        "went to Nigeria in August; mum's epilepsy not well controlled.",
        "Manager agreement: Olu Bankole, Team Manager, 14/11/2057.",
    ])
    top = plain_top(f, addr("Grace Adjei", "Grace.Adjei@towerhamlets.gov.uk"), T_MAST,
                    "Re: [SB-tower_hamlets-7710] Step-up received - Okafor - request for support form needed",
                    "2057-11-18 10:52:04", "towerhamlets.gov.uk", reply_to_mid="<SB-tower_hamlets-7710.ack@towerhamlets.gov.uk>")
    add(f, plain_mail(f, top, body, [marf], cte="base64", crlf=False), T, "mash_step_up", "2057-11-18 10:52:04", 3,
        "urgent", "follow_up", True, None, ["4133019"], [ch("Jayden Okafor"), ch("Mia Okafor")], ["neglect"], None,
        None, [], None, "alert_duty",
        "Safety rule 1 in mobile style on a Sunday (out of hours): a reply to [SB-tower_hamlets-7710] bringing the "
        "MARF says a 6-year-old walked alone to Sunday club because mum (epilepsy) 'won't wake up' on the kitchen "
        "floor and a 14-month-old is alone in her cot -> sole carer incapacitated, baby alone -> alert_duty. "
        "Base64 body with LF line ends.",
        not_children=["Grace Adjei"], told="in mobile style, lower case, on a follow-up that brings the MARF")


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    h = """<html><body style="font-family:Arial,sans-serif">
<h2>Faith Settings Safeguarding Network &#8211; November 2057</h2>
<p>For madrassas, supplementary schools, Sunday schools, temple and gurdwara classes and faith youth groups in Tower Hamlets.</p>
<h3>What would you do? Three scenarios for your next volunteers&#8217; meeting</h3>
<p><i>These scenarios are fictional and describe no real child or setting.</i></p>
<ol>
<li><b>Scenario A.</b> At Saturday madrassa a 10-year-old tells a teacher she is scared to go home because her father hits her when she gets her lesson wrong, and she shows a mark on her arm. Her father is collecting her in an hour. <i>What would you do?</i> Answer: don&#8217;t promise to keep it a secret; write down her words; call MAST straight away (the number is on the council website); if a child is in immediate danger call 999.</li>
<li><b>Scenario B.</b> A volunteer offers to drive children home after evening class. What does your lift policy say?</li>
<li><b>Scenario C.</b> A child always arrives hungry. When does a worry become a safeguarding concern, and who do you tell?</li>
</ol>
<p>Training: &#8220;Safer Faith Settings&#8221;, Wednesday 5 December, 6&#8211;8pm, Whitechapel Idea Store. Free for volunteers.</p>
<p style="font-size:9pt">You are receiving this because your setting is a member of the network. <a href="https://lists.thfaithnetwork.example/unsubscribe">Unsubscribe</a>.</p>
</body></html>
"""
    top = [("From", addr("Faith Settings Safeguarding Network", "bulletin@thfaithnetwork.example")), ("To", T_EH),
           ("Subject", "Faith Settings Safeguarding Network - November bulletin: what would you do?"),
           ("Date", email.utils.format_datetime(dt("2057-11-12 07:00:00"))),
           ("Message-ID", msgid(f, "lists.thfaithnetwork.example")),
           ("List-Id", "TH Faith Settings Network <members.lists.thfaithnetwork.example>"),
           ("List-Unsubscribe", "<https://lists.thfaithnetwork.example/unsubscribe>")]
    add(f, html_only(f, top, h), T, "early_help_duty", "2057-11-12 07:00:00", 9, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "Near miss: an HTML-only network bulletin (List-Id) whose fictional training scenarios describe a child "
        "hit for a wrong lesson and collected within the hour -> examples in a bulletin must not trigger rule 1 -> "
        "other, human_review.")


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    data = itip_google(f, "2057-10-22 09:12:55", ("Sufia Rahman", "sufia.rahman@shadwellbengalischool.example"),
                       ("MAST", "MAST@towerhamlets.gov.uk"), "ACCEPTED",
                       "MAST multi-agency discussion - Ibrahim Miah (Mosaic ID 4098812) [SB-tower_hamlets-7742]",
                       "20571024T100000", "20571024T103000", "Wed 24 Oct 2057 10am - 10:30am (BST)",
                       "Microsoft Teams")
    add(f, data, T, "mash_step_up", "2057-10-22 09:12:55", 2, "ordinary", "meeting_reply", False, None, ["4098812"],
        [ch("Ibrahim Miah")], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, plus invite.ics) from the Saturday Bengali class's DSL for "
        "tower_hamlets_03's MAST discussion; child and Mosaic ID in the SUMMARY -> meeting_reply, record_reply.",
        not_children=["Sufia Rahman"])


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    body = """Dear MAST colleagues,

I'd like to request a step up for Yusuf Chowdhury (DOB 11/12/2043, Mosaic ID 4127764), who is 13 and whom I've worked with under Targeted Early Help since the summer. The MARF is attached. Mum has consented to the referral.

My manager is on leave until Monday; I'll go through it with her then.

Background: Yusuf's attendance is down to 71%, he has had two fixed-term exclusions this term, and since September he has been hanging around with older boys outside the mosque youth club on Burdett Road. He has a new phone and new trainers that mum says she didn't buy.

I may be reading too much into this, and I know how it sounds second-hand, but I want to pass it on today rather than wait: last night Yusuf told the youth worker at the mosque youth club that "the older lot" are picking him up tonight at 8 from outside the chicken shop on Mile End Road to "take a bag up to Luton", and that he owes them for the phone so he "can't say no". He said if he doesn't go "they know where my little brother goes to school". He laughed it off afterwards and said he was joking. It might be nothing. But if it isn't, tonight is when it happens, and I wasn't sure who should know.

Rizwan Haque
Youth Early Help Practitioner | London Borough of Tower Hamlets
07700 900 857
"""
    marf = docx_att("MARF - Yusuf Chowdhury.docx", [
        "# Multi-Agency Request for Support",
        "Child: Yusuf Chowdhury. DOB 11/12/2043. Mosaic ID 4127764.",
        "Referrer: Rizwan Haque, Youth Early Help.",
        "Parental consent: mum consented on 29/11/2057.",
        "Reason for request: attendance 71%; two exclusions; older associates; unexplained phone and trainers.",
        "Manager agreement: to be discussed on Monday 3 December.",
    ])
    top = outlook_top(f, addr("Haque, Rizwan", "Rizwan.Haque@towerhamlets.gov.uk"), T_MAST,
                      "Step up - Yusuf Chowdhury - Mosaic ID 4127764", "2057-11-30 13:15:21", has_attach=True)
    add(f, outlook_alt(f, top, body, [marf]), T, "mash_step_up", "2057-11-30 13:15:21", 5, "urgent", "step_up",
        True, None, ["4127764"], [ch("Yusuf Chowdhury", "2043-12-11", "11/12/2043")],
        ["exploitation", "school_attendance"], True, None, ["manager_agreed"], None, "alert_duty",
        "Safety rule 1, hedged ('I may be reading too much into this ... it might be nothing'): a 13-year-old told a "
        "mosque youth worker he is being picked up tonight at 8 to carry a bag to Luton for a debt, with a threat to "
        "his brother -> criminal exploitation tonight -> alert_duty. MARF attached, consent given, but the manager "
        "has not yet agreed (on leave) -> manager_agreed null and missing.",
        docs={"request_for_support": "MARF - Yusuf Chowdhury.docx"}, told="hedged, second-hand, in a routine MAST step-up")


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    body = """Good afternoon,

OFFICIAL-SENSITIVE. For your information and records.

Following the disclosures made by Amina Sultana (10, DOB 03/03/2047) and her sister Hafsa Sultana (8, DOB 22/01/2049) at their Saturday supplementary school on 1 December, the volunteer tutor concerned, a 41-year-old man, was arrested on 2 December, charged on 4 December and remanded in custody at Thames Magistrates' Court this morning. He has no access to either child.

A strategy discussion was held with MAST on 3 December. The girls are at home with their parents, who acted protectively from the first moment and are fully engaged. ABE interviews are complete and both girls have been offered ISVA support. The supplementary school has suspended all classes and its trustees are working with the LADO.

No further action is required from MAST on this update; it is sent for your records only.

Regards
DC Lauren Pike
Child Abuse Investigation Team (Central East) | Metropolitan Police Service
020 7946 0931
"""
    top = outlook_top(f, addr("Pike, Lauren (DC)", "lauren.pike@met.police.example"), T_MAST,
                      "Update for information - Sultana children - no further action needed from MAST",
                      "2057-12-05 16:20:48")
    add(f, plain_mail(f, top, body), T, "mash_step_up", "2057-12-05 16:20:48", 4, "near_miss", "other", False, None,
        [], [ch("Amina Sultana", "2047-03-03", "03/03/2047"), ch("Hafsa Sultana", "2049-01-22", "22/01/2049")],
        ["sexual_harm"], None, None, [], None, "human_review",
        "Near miss: a police update on abuse disclosed at a Saturday supplementary school that is already handled "
        "(tutor charged and remanded, no access, strategy discussion held, girls at home with protective parents, "
        "'no further action is required') -> not urgent; other, human_review; the girls named with DOBs.")


# ============================================================================= TORBAY
B = "torbay"
B_MASH = mb(B, "mash_step_up")
B_EH = mb(B, "early_help_duty")


def torbay_01():
    f = "torbay_01.eml"
    body = """Hi Early Help,

Please could I have a triage slot for Ellis Penhaligon (DOB 12/04/2050) and Rosie Penhaligon (DOB 30/08/2054), LCS-5134402. Rosie is 3, so I think this goes to the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Gavin Chudleigh (cc'd), has recorded his analysis confirming the threshold for level 3 is met. Mum has consented to level 3 Early Help.

In short: mum finished the alcohol programme in the summer and told me she has been sober since June; the children's attendance and health appointments are back on track, and Ellis has started Beavers at the Preston scout hut on Tuesdays. We think a level 3 TAF can hold the rest.

Thanks,
Kerenza

Kerenza Tonkin
Social Worker, Single Assessment Team | Torbay Council
01632 960 372

PS - I was about to press send when Ellis's Beaver leader rang me (my number is on his contact sheet). Mum came to collect Ellis from Beavers at 6.15 and was so drunk she fell over in the car park. She then drove off with Rosie strapped in the back and left Ellis at the hall. The leader, Sandra Pillar, is still at the Preston scout hut with Ellis. Nobody knows where mum and Rosie have gone and mum isn't answering her phone. I'm on 07700 900 951.
"""
    sa = docx_att("Single Assessment - Penhaligon - LCS-5134402.docx", [
        "# Single Assessment - Penhaligon children",
        "Children: Ellis Penhaligon (12/04/2050), Rosie Penhaligon (30/08/2054). LCS-5134402.",
        "Reason for assessment: mum's drinking (police welfare check, March 2057).",
        "Analysis: mum completed a community alcohol programme (June-August 2057) and reports abstinence since June. "
        "School attendance 95%; health visitor reviews up to date.",
        "Rationale for step down: needs now at level 3 - a TAF to support routines and relapse prevention.",
        "Manager's analysis: I agree; the threshold for level 3 intervention is met. G. Chudleigh, Team Manager.",
    ])
    top = outlook_top(f, addr("Tonkin, Kerenza", "Kerenza.Tonkin@torbay.gov.uk"), B_EH,
                      "Step down - triage slot please - Penhaligon - LCS-5134402", "2057-11-06 18:42:17",
                      cc="Gavin Chudleigh <Gavin.Chudleigh@torbay.gov.uk>", has_attach=True)
    add(f, outlook_alt(f, top, body, [sa]), B, "early_help_duty", "2057-11-06 18:42:17", 3, "urgent", "step_down",
        True, 3, ["LCS-5134402"],
        [ch("Ellis Penhaligon", "2050-04-12", "12/04/2050"), ch("Rosie Penhaligon", "2054-08-30", "30/08/2054")],
        ["neglect", "substance_misuse"], True, True, [], None, "alert_duty",
        "Safety rule 1 in a PS under a complete Torbay step-down (Single Assessment with TM analysis, consent, level "
        "3): mum arrived drunk at Beavers, fell over, drove off with the 3-year-old in the car and left the "
        "7-year-old at the hall; whereabouts unknown -> alert_duty at 18:42 (out of hours).",
        docs={"assessment": "Single Assessment - Penhaligon - LCS-5134402.docx"},
        not_children=["Sandra Pillar", "Gavin Chudleigh"], told="in a PS under a routine step-down request")


def torbay_02():
    f = "torbay_02.eml"
    body = """Good morning,

I'd like to request a triage slot to step Lowenna Trevithick (DOB 25/02/2047), LCS-5120447, down to level 3 Early Help. Her CIN plan ended at the review on 14 September with all outcomes met.

Lowenna is 10. Mum's mental health is much better than in the spring, but she still has low days and is supported by a CPN; mornings are hard and Lowenna's attendance is 86%. Lowenna is a member of 2nd Torquay Guides and her Guide leader has been a steady adult for her all year; she would be happy to be part of a TAF.

Mum has consented to level 3 Early Help.

My team manager, Rowena Trebilcock, has recorded her analysis confirming the threshold for level 3 is met (copied in).

The Single Assessment is attached.

Kind regards
Demelza Hocking
Social Worker, Safeguarding and Supporting Families Team | Torbay Council
01632 960 418
"""
    sa = pdf_att("Single Assessment - Lowenna Trevithick.pdf", "Single Assessment - Lowenna Trevithick", [
        "LCS-5120447. DOB 25/02/2047.",
        "Analysis: CIN outcomes met; mum stable with CPN support; attendance 86%.",
        "Rationale for step down: remaining needs (routines, attendance) can be met at level 3.",
        "Manager's analysis: threshold for level 3 met - R. Trebilcock, Team Manager, 17/09/2057.",
    ])
    top = outlook_top(f, addr("Hocking, Demelza", "Demelza.Hocking@torbay.gov.uk"), B_EH,
                      "Triage slot request - step down - Lowenna Trevithick LCS-5120447", "2057-09-19 10:05:39",
                      cc="Rowena Trebilcock <Rowena.Trebilcock@torbay.gov.uk>", has_attach=True)
    add(f, outlook_alt(f, top, body, [sa]), B, "early_help_duty", "2057-09-19 10:05:39", 4, "ordinary", "step_down",
        False, 3, ["LCS-5120447"], [ch("Lowenna Trevithick", "2047-02-25", "25/02/2047")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay SASF step-down (Single Assessment PDF, TM's analysis, consent, level 3): weekly Tuesday "
        "triage (the child is 10) -> book_meeting; a Guide leader named as a strength.",
        docs={"assessment": "Single Assessment - Lowenna Trevithick.pdf"}, not_children=["Rowena Trebilcock"])


def torbay_03():
    f = "torbay_03.eml"
    body = """Hello MASH,

Contact for level 4 consideration: Jago Rowe, DOB 08/08/2045, EHM-842215. I am his lead practitioner (level 3 since April).

New information: dad's new partner moved in in August. Police were called to the house twice in September after arguments, and on the second occasion dad had a cut lip. Jago (12) says he hides in his room with his headphones on. Home conditions have also slipped - no food in the house at my last two visits and Jago's school uniform not washed.

Dad consents to this contact to MASH. My ATM, Silas Penrose, and I agree this needs to be considered for level 4.

For the record, in case it comes up on your checks: Jago went missing for about 40 minutes from the Sea Cadets' residential weekend on Dartmoor on 29 September. Staff found him at the campsite shop; he was fine and went home the next day as planned. The return home interview was done on 2 October, there were no exploitation indicators, and he'd gone to buy sweets. That episode is closed and isn't why I'm writing.

Morwenna Yeo
Early Help Family Practitioner | Torbay Council
01632 960 507
"""
    top = plain_top(f, addr("Morwenna Yeo", "Morwenna.Yeo@torbay.gov.uk"), B_MASH,
                    "Contact to MASH - Jago Rowe - EHM-842215 - level 4 consideration", "2057-10-08 14:10:03",
                    "torbay.gov.uk", cc="Silas Penrose <silas.penrose@torbay.gov.uk>")
    add(f, plain_mail(f, top, body, cte="base64"), B, "mash_step_up", "2057-10-08 14:10:03", 7, "near_miss",
        "step_up", False, None, ["EHM-842215"], [ch("Jago Rowe", "2045-08-08", "08/08/2045")],
        ["domestic_abuse", "neglect"], True, True, [], None, "book_meeting",
        "Near miss: a missing episode at a Sea Cadets residential is resolved (found within the hour, return "
        "interview done, no exploitation indicators, 'closed') -> not missing, not urgent. Torbay step-up (contact "
        "to MASH) with dad's consent and the ATM's agreement -> book_meeting. Base64 body.",
        not_children=["Silas Penrose"])


def torbay_04():
    f = "torbay_04.eml"
    body = """Hello,

I'm a volunteer instructor at Brixham Sea Cadets (the TS Berry Head unit on the harbour). I've just found out that one of our cadets, Jordan Pascoe, who is 14, has been sleeping in the boat shed at the unit for the last two nights. He let himself in through the side door.

He's had nothing to eat but crisps from the tuck shop. He has a cut over his left eye that's gone yellow round the edges and a bruise along his jaw. He says his dad's girlfriend's son (about 19) did it on Monday and his dad told him not to come back. He's shaking and he says he won't go home because "they'll finish it".

It's 3 degrees tonight. We lock up at 10 and I can't leave him in the shed, and I can't take him home with me. He won't let me ring his dad.

Please can someone call me: 07700 900 388.

Dave Rendle
Petty Officer (volunteer), Brixham Sea Cadets
"""
    top = [("From", addr("Dave Rendle", "dave.rendle58@gmail.example")), ("To", B_MASH),
           ("Subject", "Cadet sleeping at our unit - need advice tonight"),
           ("Date", email.utils.format_datetime(dt("2057-11-15 21:25:31"))),
           ("Message-ID", "<CA+%s@mail.gmail.example>" % sha(f, "gm")[:36])]
    add(f, gmail_alt(f, top, body), B, "mash_step_up", "2057-11-15 21:25:31", 4, "urgent", "other", True, None, [],
        [ch("Jordan Pascoe")], ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 at night (21:25): a 14-year-old sleeping rough in a Sea Cadets boat shed for two nights, "
        "hungry, with fresh facial injuries, told not to come back and afraid to go home ('they'll finish it'); the "
        "unit locks at 10 -> no safe place tonight -> alert the out-of-hours team. Plain Gmail from a volunteer.",
        not_children=["Dave Rendle"], told="plainly, by a Sea Cadets volunteer at night")


def torbay_05():
    f = "torbay_05.eml"
    body = """Hello,

I'm the lead professional for Skye Luscombe-Hart (DOB 03/11/2048), EHM-843390, at level 3, and I'm making a contact to MASH for level 4 consideration.

Skye is 9. Her Brownie leader, Mrs Coombes, has told me Skye eats the whole snack table and asks to take the leftovers home, she comes in shoes with holes in and no coat, and last week she fell asleep during the meeting. School see the same: hungry at breakfast club and head lice. Mum has two younger children and her partner has left; she tells me everything is fine and has cancelled the last two home visits.

My line manager, the deputy head Mr Ward, agrees this needs to be considered for a level 4 intervention.

I asked mum about the contact on Monday. She has said she does not consent to a contact to MASH - she doesn't want social care involved.

Hayley Northcott
Family Support Lead and lead professional
Westbrook Primary School
01632 960 660
"""
    top = plain_top(f, addr("Hayley Northcott", "h.northcott@westbrook-primary.example"), B_MASH,
                    "Contact to MASH - Skye Luscombe-Hart - EHM-843390", "2057-11-27 12:50:44",
                    "westbrook-primary.example", mailer="Microsoft Outlook 16.0")
    add(f, flowed_mail(f, top, body, crlf=True), B, "mash_step_up", "2057-11-27 12:50:44", 6, "ordinary", "step_up",
        False, None, ["EHM-843390"], [ch("Skye Luscombe-Hart", "2048-11-03", "03/11/2048")], ["neglect"], False,
        True, ["consent"], None, "request_info",
        "Torbay step-up (a school lead professional's contact to MASH), format=flowed: the Brownie leader's and "
        "school's observations of hunger; the deputy head (her line manager) agrees; mum has refused consent -> "
        "consent false, missing consent -> request_info.",
        not_children=["Mr Ward"])


def torbay_06():
    f = "torbay_06.eml"
    body = """Hello,

I'm the leader of 1st Paignton Guides. This isn't about any particular girl - nothing has happened. We're writing our procedure for the Guides' residential weekend at Occombe in February and I wanted to get it right.

If a girl were to tell us at camp that someone at home was hurting her, and she was due to be collected the next morning, who would we ring at a weekend - you, or the police? Would we let the parent collect her?

And if a parent turned up to collect a girl and was clearly drunk, would we be right to refuse to hand her over, and who would we call?

We'd like to put the right numbers in the camp folder. Is there a leaflet for voluntary groups?

Many thanks
Philippa Drewe
Guide Leader, 1st Paignton Guides
"""
    top = plain_top(f, addr("Philippa Drewe", "philippa.drewe@btinternet.example"), B_EH,
                    "Question about our residential - what would we do if...", "2057-10-10 19:30:12",
                    "btinternet.example", mailer="Yahoo Mail")
    add(f, plain_mail(f, top, body, cte="7bit"), B, "early_help_duty", "2057-10-10 19:30:12", 5, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "Near miss: a Guide leader's hypothetical ('If a girl were to tell us ...', 'This isn't about any particular "
        "girl - nothing has happened') while writing a camp procedure -> not urgent; other, human_review.")


def torbay_07():
    f = "torbay_07.eml"
    data = itip_outlook(f, "2057-09-21 09:20:30", ("Demelza Hocking", "Demelza.Hocking@torbay.gov.uk"),
                        ("Torbay Early Help", "earlyhelp@torbay.gov.uk"), "TENTATIVE",
                        "Early Help triage - Trevithick - LCS-5120447 [SB-torbay-8812]",
                        "20570925T100000", "20570925T103000", "Microsoft Teams Meeting",
                        comment="I may be in court for another family that morning - if so my TM Rowena Trebilcock "
                                "will attend in my place.")
    add(f, data, B, "early_help_duty", "2057-09-21 09:20:30", 3, "ordinary", "meeting_reply", False, None,
        ["LCS-5120447"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=TENTATIVE with a COMMENT (TM to attend in the social worker's absence) for "
        "torbay_02's Tuesday triage slot (Tue 25 Sep 10:00) -> record_reply; case id from the SUMMARY.")


def torbay_08():
    f = "torbay_08.eml"
    fwd = """Dear Mrs Bray,

I'm sorry to send this to your school email on a Sunday, I didn't know who else to tell. I run the Kids' Club at Paignton Methodist on Sunday mornings.

This morning Poppy Vosper (she's 5, in Reception with you) wouldn't sit on the carpet and cried when I asked her why. She said her bottom hurt, and then she said "Mummy's friend Steve does the bath game and it hurts and I'm not allowed to say".

Steve has been living with Poppy and her mum since the summer. He brings her to Kids' Club and he does her bath at night because mum works evenings at the Co-op. I didn't say anything to him when he collected her at 12.

I hope I've done the right thing writing to you.

Janet Luxton
Kids' Club leader, Paignton Methodist Church"""
    body = """Morning,

Forwarding this from the Sunday Kids' Club leader at Paignton Methodist - it came to my school email last night and I've only just opened it. Poppy's family is open to your Early Help team (I think her worker is Leanne).

Poppy is in school today. She goes home at 3.15 - mum's partner Steve usually collects her - and mum works evenings.

I'll be in my office all day.

Angharad Bray
Designated Safeguarding Lead | Hollicombe Primary School
01632 960 441
""" + quote_outlook("Janet Luxton <janet.luxton@paigntonmethodist.example>", "Sunday, December 2, 2057 5:48 PM",
                    "Angharad Bray <a.bray@hollicombe-primary.example>", "Poppy", fwd)
    top = outlook_top(f, addr("Angharad Bray", "a.bray@hollicombe-primary.example"), B_EH, "FW: Poppy",
                      "2057-12-03 08:10:26")
    add(f, outlook_alt(f, top, body), B, "early_help_duty", "2057-12-03 08:10:26", 5, "urgent", "other", True, None,
        [], [ch("Poppy Vosper")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "Safety rule 1 in a forwarded part: the DSL's own note is calm ('forwarding this'), but the forwarded Sunday "
        "Kids' Club leader's email quotes a 5-year-old ('Steve does the bath game and it hurts') and Steve collects "
        "her at 3.15 today and baths her tonight -> alert_duty. A DSL passing on information -> other.",
        not_children=["Janet Luxton", "Angharad Bray"], told="in a forwarded part under a calm one-line note")


# ============================================================================= HEREFORDSHIRE
H = "herefordshire"
H_MASH = mb(H, "mash_step_up")
H_EH = mb(H, "early_help_duty")


def herefordshire_01():
    f = "herefordshire_01.eml"
    body = """Dear Early Help Co-ordinators,

Following the C&F assessment and my discussion with Xavier Moss at Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for Ffion Bevan (DOB 12/01/2046) and Gethin Bevan (DOB 30/06/2050), Mosaic 705533 and 705534, at Intensive (Level 3). I've done it as one sibling-group step.

Mum has signed the consent form (attached).

Key person: Rev. Lucy Pember, Children and Families Worker at Bromyard Churches Together, who runs the after-church youth group Ffion goes to and the Little Lights club Gethin loves. Mum chose her and Lucy has agreed to lead on the plan.

Remaining needs: mum's low mood (GP and Talking Therapies), routines, and Ffion's move to secondary school.

Thanks
Bethan Morris
Social Worker, Assessment Team | Herefordshire Council
01632 960 214
"""
    consent = pdf_att("Signed consent form - Bevan.pdf", "Early Help consent form - Bevan family", [
        "I agree to my children Ffion Bevan and Gethin Bevan being stepped down to Early Help and to information "
        "being shared with the key person and the Early Help Co-ordinator team.",
        "Signed: Rhian Bevan (mother). Date: 01/10/2057.",
    ])
    plan = docx_att("EHA step-down plan - Bevan siblings.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Children: Ffion Bevan (12/01/2046, Mosaic 705533); Gethin Bevan (30/06/2050, Mosaic 705534).",
        "Level: Intensive (Level 3).",
        "What are we worried about? Mum's low mood; morning routines; Ffion's transition to secondary school.",
        "What's working well? Warm relationships; church youth group and Little Lights; grandparents in Bromyard.",
        "[[TABLE 0]]",
        "Key person: Rev. Lucy Pember, Children and Families Worker, Bromyard Churches Together.",
    ], [[["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
         ["Mum to continue with GP and Talking Therapies", "Mum feels better", "12 weeks"],
         ["Key person to meet Ffion fortnightly", "Settled at secondary school", "By half term"],
         ["Morning routine chart with mum", "On time to school", "6 weeks"]]])
    top = outlook_top(f, addr("Morris, Bethan", "Bethan.Morris@herefordshire.gov.uk"), H_EH,
                      "Step down to Early Help - Bevan siblings - Mosaic 705533 / 705534", "2057-10-02 15:40:07",
                      has_attach=True)
    add(f, outlook_alt(f, top, body, [consent, plan]), H, "early_help_duty", "2057-10-02 15:40:07", 4, "ordinary",
        "step_down", False, 3, ["705533", "705534"],
        [ch("Ffion Bevan", "2046-01-12", "12/01/2046"), ch("Gethin Bevan", "2050-06-30", "30/06/2050")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at Intensive (Level 3): EHA step-down plan .docx, signed "
        "consent form PDF, key person with her agency (a churches-together children's worker) -> book_meeting; "
        "already discussed at the drop-in.",
        docs={"consent_form": "Signed consent form - Bevan.pdf", "draft_plan": "EHA step-down plan - Bevan siblings.docx"},
        facts={"lead_practitioner"}, not_children=["Lucy Pember", "Rhian Bevan"])


def herefordshire_02():
    f = "herefordshire_02.eml"
    body = """Good morning,

I am teacher in the Polish Saturday School in Hereford (we have lessons in St Francis Xavier hall). I find this email on the internet, I hope it is correct.

Today Zofia Wróbel (8 years) came to school alone, walking. Normally her mama brings her. She is very hungry, she eat two sandwiches from other children. She tell me mama is "sleeping on the floor in kitchen since yesterday evening and not waking up, only breathing strange". Her brother Jakub Wróbel (we call him Kuba) is 1 year and he is at home with mama. Zofia give him milk this morning before she come.

I call mama telephone many times, no answer. The father is working in Poland. I do not know what I must do. Zofia is with me now in the school until 13:00.

The address Zofia say is the flat over the shop on Widemarsh Street, number 31 she think.

Please call me 07700 900 529.

Małgorzata Kwiatkowska
nauczycielka / teacher, Polska Szkoła Sobotnia Hereford
"""
    top = plain_top(f, addr("Małgorzata Kwiatkowska", "m.kwiatkowska@szkolapolska-hereford.example"), H_EH,
                    "Please help - girl from Polish Saturday school, mother not waking", "2057-11-10 10:40:55",
                    "szkolapolska-hereford.example", mailer="Poczta WP")
    add(f, plain_mail(f, top, body, cte="base64"), H, "early_help_duty", "2057-11-10 10:40:55", 3, "urgent", "other",
        True, None, [], [ch("Zofia Wróbel"), ch("Jakub Wróbel")], ["neglect"], None, None, [], None, "alert_duty",
        "Safety rule 1 on a Saturday morning (out of hours), second-language English, base64 UTF-8: an 8-year-old "
        "walked alone to Polish Saturday school, hungry; mum 'sleeping on the floor ... not waking up, only "
        "breathing strange' since last night with a 1-year-old at home -> sole carer incapacitated, baby alone -> "
        "alert_duty. Misdirected to the co-ordinators; a report -> other.",
        not_children=["Małgorzata Kwiatkowska"], told="in non-native English, base64, by a Polish Saturday school teacher")


def herefordshire_03():
    f = "herefordshire_03.eml"
    body = """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for Harvey Lugg (DOB 21/09/2044), Mosaic 711208, at Intensive (Level 3), following my discussion with Verity Lang last week.

Key person: Mr Owen Price, Head of Year 9 at Leominster Academy, has agreed to be Harvey's key person.

Mum agreed to the step down verbally on the phone on Tuesday. I'm seeing her on Monday to get the consent form signed and will send it straight after.

One thing mum raised: she asked whether Harvey should still go on the Army Cadets' camp at Easter, because of the instructor from another county who was in the news. I reassured her. That was a different county's detachment, years ago, and nobody at Harvey's detachment was involved; there is no concern about the cadets or about anyone around Harvey. Cadets is one of the best things in his week.

Remaining needs: school attendance (83%) and support for mum with his behaviour at home.

Rhys Vaughan
Social Worker, Children in Need (North) | Herefordshire Council
01632 960 283
"""
    plan = docx_att("EHA step-down plan - Harvey Lugg.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Harvey Lugg, DOB 21/09/2044, Mosaic 711208. Level: Intensive (Level 3).",
        "What are we worried about? Attendance 83%; conflict at home over screen time and bedtimes.",
        "What's working well? Army Cadets every Tuesday and Thursday; a good relationship with his Head of Year.",
        "[[TABLE 0]]",
        "Key person: Mr Owen Price, Head of Year 9, Leominster Academy.",
    ], [[["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
         ["Attendance plan - Mr Price", "Attendance above 90%", "By February half term"],
         ["Parenting support for mum - family support worker", "Calmer evenings", "10 weeks"]]])
    top = outlook_top(f, addr("Vaughan, Rhys", "Rhys.Vaughan@herefordshire.gov.uk"), H_EH,
                      "Step down plan - Harvey Lugg - Mosaic 711208", "2057-10-11 12:05:44", has_attach=True)
    add(f, plain_mail(f, top, body, [plan]), H, "early_help_duty", "2057-10-11 12:05:44", 4, "near_miss", "step_down",
        False, 3, ["711208"], [ch("Harvey Lugg", "2044-09-21", "21/09/2044")], ["school_attendance"], True, None,
        ["consent_form"], None, "request_info",
        "Near miss: an instructor 'from another county ... in the news', years ago, with 'no concern about the cadets "
        "or about anyone around Harvey' -> negated, not urgent. Herefordshire step-down with the plan and a key "
        "person, but consent only verbal (consent true, the written consent_form missing) -> request_info.",
        docs={"draft_plan": "EHA step-down plan - Harvey Lugg.docx"}, facts={"lead_practitioner"},
        not_children=["Owen Price"])


def herefordshire_04():
    f = "herefordshire_04.eml"
    body = """Request: step up to Children's Social Care.

Child: Chloe Pritchard, DOB 19/05/2046 (11y 6m). Mosaic 718830.

Household: mother, Kerry Pritchard (34), care assistant, on night shifts Monday to Friday this week, 19:00-07:00; mother's partner, Darren Leake (38), moved in September; Chloe.

Early Help involvement: since June 2057. Low-level needs: emotional wellbeing.

New information: Friday 30/11, 20:40, St Peter's church youth club, Kington. Chloe said to the youth leader, Mrs Anne Gittins, verbatim as recorded by Mrs Gittins at 21:05:
"When mum's at work Darren comes in the bathroom and locks the door and says it's our game. I have to keep my eyes shut."
Chloe then asked whether she could sleep at Mrs Gittins' house "till mum stops nights". Mrs Gittins reported this to me by phone this morning at 08:50.

Current arrangement: mother on nights from tonight through Friday. Mr Leake is the only adult in the house with Chloe from 18:45 each evening until 07:15.

Mother not yet informed. Mr Leake not informed.

Management: discussed with my team manager, Carys Bowen, at 09:05; she agrees with the step up.

Contact: Sian Powell, Early Help Family Support Worker (Kington and Leominster), 07700 900 804.
"""
    top = outlook_top(f, addr("Powell, Sian", "Sian.Powell@herefordshire.gov.uk"), H_MASH,
                      "Step up request - Chloe Pritchard (Mosaic 718830)", "2057-12-03 09:20:16")
    add(f, plain_mail(f, top, body), H, "mash_step_up", "2057-12-03 09:20:16", 3, "urgent", "step_up", True, None,
        ["718830"], [ch("Chloe Pritchard", "2046-05-19", "19/05/2046")], ["sexual_harm"], None, True, [], None,
        "alert_duty",
        "Safety rule 1, told clinically (headings, times, verbatim quote): an 11-year-old's disclosure at a church "
        "youth club about mum's partner in the bathroom, and he is the only adult with her every night from tonight "
        "-> alert_duty. Herefordshire defines no step_up (requirements [] for an undefined kind); urgent wins over "
        "human_review.",
        not_children=["Kerry Pritchard", "Darren Leake", "Anne Gittins"], told="clinically, with a verbatim quote")


def herefordshire_05():
    f = "herefordshire_05.eml"
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>I am writing <b>for information only</b>, as the Diocesan Safeguarding Adviser.</p>
<p>A new volunteer helper at one of our parish youth groups had an enhanced DBS check which disclosed a 2049 conviction for harassment of an adult former partner. He has been told he cannot volunteer with children or young people in any of our churches.</p>
<p>He has no children of his own, lives alone, and has had no unsupervised contact with any child: he attended two sessions as a helper, both times with two DBS-checked leaders present. No child or parent has raised anything about him.</p>
<p>We consulted the LADO, who advised that no further action is needed. I am letting you know only because the youth group is a partner in two of your families&#8217; plans; neither family is affected.</p>
<p>With best wishes,<br>Jonathan Ashby<br>Diocesan Safeguarding Adviser<br>01632 960 733</p>
</body></html>
"""
    top = outlook_top(f, addr("Jonathan Ashby", "safeguarding@hereford-diocese.example"), H_EH,
                      "For information - youth group volunteer stood down (no children involved)",
                      "2057-10-25 11:00:19")
    add(f, html_only(f, top, h), H, "early_help_duty", "2057-10-25 11:00:19", 6, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "Near miss: an adult with no child at risk - a youth group volunteer's DBS disclosed harassment of an adult; "
        "stood down, no children, no unsupervised contact, LADO advised no further action, 'for information only' "
        "-> other, human_review. HTML-only.")


def herefordshire_06():
    f = "herefordshire_06.eml"
    ack = """Thank you. We have received your step-down for Harvey Lugg (Mosaic 711208).
Reference: SB-herefordshire-9034.

What is missing:
- the family's written consent (the signed consent form)

Early Help Co-ordinators"""
    body = """Hi,

Signed consent form for Harvey Lugg attached - mum signed it at yesterday's visit.

Thanks
Rhys

On 11 Oct 2057, at 12:09, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""" + gt(ack) + "\n"
    consent = pdf_att("Consent form signed - Lugg.pdf", "Early Help consent form - Harvey Lugg", [
        "I agree to Harvey being stepped down to Early Help and to information being shared with his key person.",
        "Signed: Sharon Lugg (mother). Date: 15/10/2057.",
    ])
    top = plain_top(f, addr("Rhys Vaughan", "Rhys.Vaughan@herefordshire.gov.uk"), H_EH,
                    "Re: [SB-herefordshire-9034] Step-down received - Harvey Lugg - consent form needed",
                    "2057-10-16 10:22:38", "herefordshire.gov.uk", mailer="Apple Mail (2.3826.600.51.1.1)",
                    reply_to_mid="<SB-herefordshire-9034.ack@herefordshire.gov.uk>")
    add(f, plain_mail(f, top, body, [consent]), H, "early_help_duty", "2057-10-16 10:22:38", 3, "ordinary",
        "follow_up", False, None, ["711208"], [ch("Harvey Lugg")], [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-9034] adding herefordshire_03's signed consent form (mum signed it at "
        "the Monday visit) -> follow_up, attach_to_request; consent true; the quoted ack is '>'-quoted.",
        not_children=["Sharon Lugg"])


def herefordshire_07():
    f = "herefordshire_07.eml"
    data = itip_outlook(f, "2057-12-07 14:33:50", ("Ellen Moseley", "Ellen.Moseley@herefordshire.gov.uk"),
                        ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-9101]", "20571211T093000", "20571211T100000",
                        "Plough Lane offices, Hereford / Teams")
    add(f, data, H, "early_help_duty", "2057-12-07 14:33:50", 2, "ordinary", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=ACCEPTED, no comment, for the Tuesday-morning step-down drop-in (Tue 11 Dec "
        "09:30) -> record_reply.")


def herefordshire_08():
    f = "herefordshire_08.eml"
    body = """Dear Early Help Co-ordinators,

Step down for Amrit Kaur Sandhu (DOB 27/03/2048), Mosaic 719902, following her C&F assessment.

Dad has signed the consent form - attached.

The step-down plan isn't finished. I'm meeting the family on Friday and will send the plan after that.

Key person: not agreed yet. Dad would like the youth leader at the gurdwara's Sunday Punjabi class, whom Amrit trusts, but I haven't asked her yet and I need to check whether the gurdwara can take that on.

Amrit (9) lost her mum in the spring. Her attendance has fallen to 85% and dad is juggling shifts. There are no child protection concerns; the family need co-ordinated support.

Kind regards
Joanna Whitcombe
Social Worker, Assessment Team | Herefordshire Council
01632 960 297
"""
    consent = pdf_att("Consent form - Sandhu - signed.pdf", "Early Help consent form - Sandhu family", [
        "I agree to Amrit being stepped down to Early Help and to information being shared.",
        "Signed: Gurpreet Singh Sandhu (father). Date: 10/12/2057.",
    ])
    top = outlook_top(f, addr("Whitcombe, Joanna", "Joanna.Whitcombe@herefordshire.gov.uk"), H_EH,
                      "Step down - Amrit Kaur Sandhu - Mosaic 719902 - plan to follow", "2057-12-12 11:11:11",
                      has_attach=True)
    add(f, outlook_alt(f, top, body, [consent]), H, "early_help_duty", "2057-12-12 11:11:11", 5, "ordinary",
        "step_down", False, None, ["719902"], [ch("Amrit Kaur Sandhu", "2048-03-27", "27/03/2048")],
        ["school_attendance"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down with the signed consent form only: the plan 'after Friday' and no key person agreed "
        "(a gurdwara youth leader not yet asked) -> missing draft_plan, lead_practitioner -> request_info; no level "
        "written -> null; 'no child protection concerns' negated.",
        docs={"consent_form": "Consent form - Sandhu - signed.pdf"}, not_children=["Gurpreet Singh Sandhu"])


# ============================================================================= reading the mail back (stdlib only)
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def ics_text(raw):
    c = raw.replace("\r\n ", "").replace("\n ", "")
    return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def parse(data):
    return email.message_from_bytes(data, policy=email.policy.default)


def all_headers(msg):
    """Every header of every MIME part, RFC 2047 decoded."""
    out = []
    for part in msg.walk():
        for k, v in part.raw_items():
            try:
                out.append("%s: %s" % (k, str(make_header(decode_header(str(v))))))
            except Exception:
                out.append("%s: %s" % (k, v))
    return "\n".join(out)


def readable(msg, attachments=True):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn and not attachments:
            continue
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct in ("text/calendar", "application/ics"):
            out.append(ics_text(payload.decode("utf-8")))
        elif ct == "text/plain":
            t = part.get_content()
            if part.get_param("format") == "flowed":
                t = unflow(t)
            out.append(t)
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return re.sub(r"\s+", " ", "\n".join(out))


# ============================================================================= self-checks
BANNED = ["urgent", "urgently", "risk", "immediate", "immediately", "emergency", "danger", "dangerous", "unsafe",
          "safeguarding concern", "asap", "critical"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
AUTHS = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
EXPECT_KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
               "notice_ok", "next_action"]
# Knowsley notice counts: file -> (working days, plain weekdays) from the London date of `now` to the meeting
COUNTS_EXPECTED = {"knowsley_01.eml": (5, 5), "knowsley_02.eml": (4, 4), "knowsley_03.eml": (3, 3),
                   "knowsley_04.eml": (5, 5), "knowsley_08.eml": (5, 7)}


def required(auth, kind, level, concerns):
    """REQUIREMENTS.md's matrix (None: the kind is not defined for the authority, or has no requirements)."""
    if auth == "knowsley" and kind == "step_up":
        r = ["children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"]
        r += ["gcp2"] * ("neglect" in concerns) + ["engaging_families"] * ("non_engagement" in concerns)
        r += ["exploitation_assessment"] * ("exploitation" in concerns)
        return r
    if auth == "knowsley" and kind == "step_down":
        if level == 2:
            return ["children", "meeting_details", "worries_strengths_next", "lead_practitioner"]
        return ["children", "meeting_details", "worries_strengths_next", "consent"]
    table = {("richmond_wandsworth", "step_up"): ["children", "case_summary", "rationale"],
             ("richmond_wandsworth", "step_down"): ["children", "case_summary", "draft_plan", "consent"],
             ("tower_hamlets", "step_down"): ["children", "assessment", "draft_plan", "consent", "lead_practitioner"],
             ("tower_hamlets", "step_up"): ["children", "request_for_support", "manager_agreed"],
             ("torbay", "step_down"): ["children", "assessment", "manager_agreed", "consent"],
             ("torbay", "step_up"): ["children", "consent", "manager_agreed"],
             ("herefordshire", "step_down"): ["children", "consent_form", "draft_plan", "lead_practitioner"]}
    return table.get((auth, kind))


def derive_action(auth, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or required(auth, k, e["level"], e["concerns"]) is None:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def parse_dob(s):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise ValueError(s)


def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def check():
    errors = []
    err = errors.append
    # -- the set
    names = sorted(FILES)
    want = sorted("%s_%02d.eml" % (a, i) for a in AUTHS for i in range(1, 9))
    if names != want:
        err("set: files are not the 40 expected names")
    if sorted(l["file"] for l in LABELS) != want or sorted(CATS) != want:
        err("set: labels/categories do not cover the 40 files")
    for a in AUTHS:
        if sum(1 for l in LABELS if l["authority"] == a) != 8:
            err("set: %s does not have 8 files" % a)
    cats = [CATS[f] for f in names]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        err("set: need >= 11 urgent and >= 11 near misses, have %d / %d" % (cats.count("urgent"), cats.count("near_miss")))
    if set(cats) - {"urgent", "near_miss", "ordinary"}:
        err("set: unknown category")
    urgent_kinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= urgent_kinds:
        err("set: urgent mails do not cover every kind (%s)" % sorted(urgent_kinds))
    # -- calendar
    if set(BANK) != BANK_EXPECTED:
        err("calendar: computed bank holidays differ from the expected list: %s" % sorted(set(BANK) ^ BANK_EXPECTED))
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BANK):
        err("calendar: a bank holiday falls inside the window")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 1):
        err("calendar: the window must run from a Monday (3 Sep) to a Tuesday (18 Dec)")
    last_sun = max(date(2057, 10, d) for d in range(25, 32) if date(2057, 10, d).weekday() == 6)
    if last_sun != BST_END_2057:
        err("calendar: BST should end on the last Sunday of October (%s)" % last_sun)
    if datetime(2057, 10, 27, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) or \
            datetime(2057, 10, 28, 12, tzinfo=LON).utcoffset() != timedelta(0):
        err("calendar: Europe/London does not change offset on 28 Oct 2057")
    if datetime(2057, 3, 25, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) or \
            datetime(2057, 3, 24, 12, tzinfo=LON).utcoffset() != timedelta(0):
        err("calendar: Europe/London does not start BST on 25 Mar 2057")
    offsets = set()
    counts = {}
    for lab in LABELS:
        f = lab["file"]
        e = lab["expect"]
        meta = META[f]
        a, m = lab["authority"], lab["mailbox"]
        try:
            msg = parse(FILES[f])
            text = readable(msg)
            heads = all_headers(msg)
        except Exception as ex:
            err("%s: unreadable (%r)" % (f, ex)); continue
        # -- structure and headers
        for part in msg.walk():
            if part.defects:
                err("%s: MIME defects %s" % (f, part.defects))
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if not msg[h]:
                err("%s: no %s header" % (f, h))
        rcpt = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(a, m)].lower() not in rcpt:
            err("%s: the %s address is not in To/Cc" % (f, m))
        raw_date = next(v for k, v in msg.raw_items() if k.lower() == "date").strip()
        d = email.utils.parsedate_to_datetime(str(raw_date))
        wk = str(raw_date).split(",")[0].strip()
        if wk != d.strftime("%a"):
            err("%s: Date weekday %s but %s is a %s" % (f, wk, d.date(), d.strftime("%a")))
        if not (WINDOW[0] <= d.date() <= WINDOW[1]):
            err("%s: Date %s outside the window" % (f, d.date()))
        if d.utcoffset() != d.astimezone(LON).utcoffset():
            err("%s: Date offset %s but Europe/London has %s" % (f, d.utcoffset(), d.astimezone(LON).utcoffset()))
        if d.astimezone(LON).replace(tzinfo=None) != dt(meta["when"]).replace(tzinfo=None):
            err("%s: Date header differs from the record" % f)
        offsets.add(str(raw_date)[-5:])
        now = datetime.fromisoformat(lab["now"])
        delta = (now - d).total_seconds() / 60
        if not 1 <= delta <= 10:
            err("%s: now is %.1f minutes after Date (want 1-10)" % (f, delta))
        if now.utcoffset() != now.astimezone(LON).utcoffset():
            err("%s: now offset %s but Europe/London has %s" % (f, now.utcoffset(), now.astimezone(LON).utcoffset()))
        # -- banned words in urgent mail
        if e["urgent"]:
            hay = (heads + "\n" + text).lower()
            hits = [w for w in BANNED if w in hay]
            if hits:
                err("%s: urgent mail contains banned word(s) %s" % (f, hits))
            if not meta["told"]:
                err("%s: urgent mail without a note of how the risk is told" % f)
        # -- label shape
        if list(e.keys()) != EXPECT_KEYS or list(lab.keys()) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            err("%s: label keys differ from the dev corpus format" % f)
        if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
            err("%s: bad kind or next_action" % f)
        if (CATS[f] == "urgent") != e["urgent"]:
            err("%s: urgent label vs category" % f)
        for fld in ("concerns", "missing"):
            if e[fld] != sorted(set(e[fld])):
                err("%s: %s not sorted/unique" % (f, fld))
        if set(e["concerns"]) - CONCERNS:
            err("%s: unknown concern %s" % (f, set(e["concerns"]) - CONCERNS))
        if set(e["missing"]) - DOC_IDS - FACT_IDS:
            err("%s: unknown missing id" % f)
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err("%s: level only on a step_down, 2 or 3" % f)
        for v in ("consent", "manager_agreed"):
            if e[v] not in (True, False, None):
                err("%s: %s must be true/false/null" % (f, v))
        # -- requirements
        req = required(a, e["kind"], e["level"], e["concerns"])
        if req is None:
            exp_missing = []
        else:
            met = set(meta["docs"]) | meta["facts"]
            if e["consent"] is True:
                met.add("consent")
            if e["manager_agreed"] is True:
                met.add("manager_agreed")
            if e["case_ids"]:
                met.add("case_id")
            if e["children"]:
                met.add("children")
            exp_missing = sorted(set(r for r in req if r not in met))
        if e["missing"] != exp_missing:
            err("%s: missing %s but the matrix gives %s" % (f, e["missing"], exp_missing))
        for doc, where in meta["docs"].items():
            if doc not in DOC_IDS:
                err("%s: %s is not a document id" % (f, doc))
            if where != "body" and where not in [p.get_filename() for p in msg.walk()]:
                err("%s: %s should be in attachment %r" % (f, doc, where))
        # -- notice
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if meta["meeting"] is None:
                if e["notice_ok"] is not None:
                    err("%s: no meeting date but notice_ok set" % f)
            else:
                today = now.astimezone(LON).date()
                mday = meta["meeting"].date()
                wd, pw = working_days(today, mday), plain_weekdays(today, mday)
                counts[f] = (wd, pw)
                if e["notice_ok"] != (wd >= 5):
                    err("%s: notice_ok %s but %d working days" % (f, e["notice_ok"], wd))
                if mday.weekday() >= 5 or mday in BANK:
                    err("%s: meeting on a weekend or bank holiday" % f)
                if meta["meeting_text"] not in text:
                    err("%s: the meeting text %r is not in the mail" % (f, meta["meeting_text"]))
                if "meeting_details" not in meta["facts"]:
                    err("%s: a meeting is given but meeting_details is not recorded as met" % f)
        elif e["notice_ok"] is not None:
            err("%s: notice_ok only for Knowsley step requests" % f)
        if derive_action(a, e) != e["next_action"]:
            err("%s: next_action %s but the contract's order gives %s" % (f, e["next_action"], derive_action(a, e)))
        # -- children, case ids, adults
        if [(c["name"], c["dob"]) for c in meta["children"]] != [(c["name"], c["dob"]) for c in e["children"]]:
            err("%s: labelled children differ from the record of what the mail writes" % f)
        for c in meta["children"]:
            if c["name"] not in text:
                err("%s: child %r not in the mail" % (f, c["name"]))
            if c["dob"]:
                if c["_w"] not in text:
                    err("%s: DOB as written %r not in the mail" % (f, c["_w"]))
                dob = parse_dob(c["_w"])
                if dob.isoformat() != c["dob"]:
                    err("%s: DOB %r parses to %s, labelled %s" % (f, c["_w"], dob, c["dob"]))
                if not 0 <= age_at(dob, now.date()) < 18:
                    err("%s: %s is not a child at now" % (f, c["name"]))
        pos = [text.find(c["name"]) for c in meta["children"]]
        if pos != sorted(pos):
            err("%s: children not in order of first appearance" % f)
        for n in meta["not_children"]:
            if n not in text:
                err("%s: adult %r not in the mail" % (f, n))
            if any(n == c["name"] for c in e["children"]):
                err("%s: adult %r labelled as a child" % (f, n))
        for cid in e["case_ids"]:
            if cid not in text:
                err("%s: case id %r not in the mail" % (f, cid))
            if not re.fullmatch(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}", cid):
                err("%s: %r is not an EHM/ICS/LCS or bare Mosaic id" % (f, cid))
        # -- kind-specific
        subj = str(msg["Subject"] or "")
        has_sb = bool(re.search(r"\[SB-[a-z_]+-\d+\]", subj))
        cal_reply = any(p.get_content_type() == "text/calendar" and "METHOD:REPLY" in
                        p.get_payload(decode=True).decode() for p in msg.walk() if not p.is_multipart())
        if e["kind"] == "follow_up" and not has_sb:
            err("%s: a follow_up needs its [SB-...] reference in the subject" % f)
        if e["kind"] in ("step_up", "step_down") and has_sb:
            err("%s: a new step request should carry no [SB-...] reference" % f)
        if (e["kind"] == "meeting_reply") != cal_reply:
            err("%s: meeting_reply <=> a text/calendar METHOD:REPLY part" % f)
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            err("%s: auto_reply <=> Auto-Submitted" % f)
    if counts != COUNTS_EXPECTED:
        err("set: Knowsley notice counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    if offsets != {"+0100", "+0000"}:
        err("set: Date offsets %s (want both +0100 before 28 Oct and +0000 after)" % offsets)
    crossing = sorted(f for f in counts if any(datetime.fromisoformat(_lab(f)["now"]).date() < h <= META[f]["meeting"].date()
                                               for h in BANK))
    if crossing != ["knowsley_08.eml"]:
        err("set: counts crossing a bank holiday %s, expected knowsley_08 only" % crossing)
    return errors, counts


def _lab(f):
    return next(l for l in LABELS if l["file"] == f)


def stats(counts):
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    for a in AUTHS:
        out.append("%s %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    out.append("kind x category %s" % dict(sorted(Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS).items())))
    for f in sorted(counts):
        out.append("  %s now %s meeting %s: %d WD, %d plain weekdays" % (f, _lab(f)["now"], META[f]["meeting"],
                                                                       *counts[f]))
    for l in sorted(LABELS, key=lambda l: l["file"]):
        d = email.utils.parsedate_to_datetime(str(parse(FILES[l["file"]])["Date"]))
        out.append("  %-26s %-9s %s  %-13s %s" % (l["file"], CATS[l["file"]], d.strftime("%a %d %b %H:%M %z"),
                                                  l["expect"]["kind"], l["expect"]["next_action"]))
    return "\n".join(out)


def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, counts = check()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1)
        fh.write("\n")
    if "--stats" in sys.argv:
        print(stats(counts))
    print("wrote %d messages, labels.json and categories.json; all self-checks passed" % len(FILES))


if __name__ == "__main__":
    main()
