#!/usr/bin/env python3
"""mixed158: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2062 (Tuesday 3 January - Thursday 23 March 2062), in CAMHS, eating disorders and young
people's mental health: CAMHS clinicians, eating-disorder teams, school counsellors, crisis teams, a tier 4
adolescent unit's discharges, a young person's self-harm or restriction, a parent who will not bring a child to
appointments - alongside ordinary step-ups and step-downs, follow-ups, meeting replies and out-of-office mail.

Standard library only. Deterministic (no clock, no randomness): boundaries, Message-IDs, Thread-Index values and
calendar UIDs come from sha1 of the file name; .docx zips carry fixed timestamps; PDFs are hand-built PDF 1.4 pages.
Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md and the seeds; the self-checks below only
verify the labels against those rules and against the messages, and STOP before anything is written if one fails.

Run:  python3 make_set.py            (checks, then writes the 40 .eml files, labels.json, categories.json)
      python3 make_set.py --stats    (also prints the tallies and the Knowsley notice table)
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header, decode_header, make_header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
SET = "mixed158"

# ============================================================================ calendar (all derived, then checked)
def easter(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, ((h + l - 7 * m + 114) % 31) + 1)

def _first_monday(y, mth):
    d = date(y, mth, 1)
    return d + timedelta((0 - d.weekday()) % 7)

def _last_monday(y, mth):
    d = date(y + (mth == 12), mth % 12 + 1, 1) - timedelta(1)
    return d - timedelta(d.weekday())

def bank_holidays(y):
    """England & Wales bank holidays (substitute days when a fixed holiday falls at a weekend)."""
    out = set()
    ny = date(y, 1, 1)
    out.add(ny + timedelta({5: 2, 6: 1}.get(ny.weekday(), 0)))
    e = easter(y)
    out |= {e - timedelta(2), e + timedelta(1), _first_monday(y, 5), _last_monday(y, 5), _last_monday(y, 8)}
    xmas, boxing = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:
        out |= {date(y, 12, 27), date(y, 12, 28)}
    elif xmas.weekday() == 6:
        out |= {date(y, 12, 26), date(y, 12, 27)}
    elif boxing.weekday() == 5:
        out |= {xmas, date(y, 12, 28)}
    else:
        out |= {xmas, boxing}
    return out

BANK_HOLIDAYS = bank_holidays(2061) | bank_holidays(2062)
# The 2062 list as the `holidays` package gives it (checked once with /work/main/.venv/bin/python when this set was
# written: holidays.country_holidays("GB", subdiv="ENG", years=[2062]), weekday entries). The self-check requires
# the computed list to equal it.
EXPECTED_2062 = [date(2062, 1, 2), date(2062, 3, 24), date(2062, 3, 27), date(2062, 5, 1), date(2062, 5, 29),
                 date(2062, 8, 28), date(2062, 12, 25), date(2062, 12, 26)]
WINDOW_FIRST, WINDOW_LAST = date(2062, 1, 3), date(2062, 3, 23)
WINDOW = (datetime(2062, 1, 3, 0, 0, tzinfo=LON), datetime(2062, 3, 23, 23, 59, 59, tzinfo=LON))
MAX_YEAR = 2062

def working_days(today, meeting):
    """DESIGN: working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def plain_weekdays(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(1)
        if d.weekday() < 5:
            n += 1
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
    """Europe/London wall-clock time. The whole window (3 January - 23 March 2062) is GMT (+0000): BST 2062 begins
    at 01:00 UTC on Sunday 26 March 2062 (the last Sunday of March, which is also Easter Day)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LON)

def datehdr(s):
    return email.utils.format_datetime(dt(s))

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

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="", extra=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    h += extra or []
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
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
    s.encode("ascii")
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
            % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def word_html(blocks, font="Aptos"):
    """Outlook (Word 'filtered medium') HTML: strings are paragraphs, ('h', text) a bold heading,
    ('table', rows) an MsoTableGrid table with a shaded first row."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
           'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}\n--></style></head>\n'
           '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
           '<div class="WordSection1">\n' % font]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                       "style='border-collapse:collapse;border:none'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = html.escape(c, quote=False)
                    if i == 0:
                        cell = "<b>%s</b>" % cell
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt'>"
                               "<p class=MsoNormal>%s<o:p></o:p></p></td>\n"
                               % ("background:#D9E2F3;" if i == 0 else "", cell))
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append("<p class=MsoNormal><b>%s<o:p></o:p></b></p>\n" % html.escape(b[1], quote=False))
        elif b == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % html.escape(b, quote=False).replace("\n", "<br>\n"))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

def word_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += ["\t".join(r) for r in b[1]] + [""]
        elif isinstance(b, tuple):
            out.append(b[1])
        else:
            out.append(b)
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks are 'word ' + newline."""
    out = []
    for logical in text.split("\n"):
        words, cur, phys = logical.split(" "), "", []
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
    h = [("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'), ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "base64":
        body = b64lines(body.encode("utf-8"))
    return Part(h, body)


# ---------------------------------------------------------------------------- PDF and .docx built by hand
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
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"]
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
    """Reads the text back out of a PDF built by make_pdf (uncompressed content stream, literal strings)."""
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    s = m.group(1).decode("cp1252")
    out, i = [], 0
    while True:
        i = s.find("(", i)
        if i < 0:
            break
        buf, j = [], i + 1
        while s[j] != ")":
            if s[j] == "\\":
                j += 1
            buf.append(s[j]); j += 1
        out.append("".join(buf)); i = j + 1
    return "\n".join(out)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paras, tables=()):
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s<w:sectPr/>'
           '</w:body></w:document>' % (W_NS, body))
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
            zi = zipfile.ZipInfo(name, date_time=(2062, 1, 3, 9, 0, 0))
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


# ---------------------------------------------------------------------------- iCalendar
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
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]

def ics(method, fname, stamp, start, end, summary, location, description, organizer, attendees, extra=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

def cal_part(cal, method):
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=%s' % method),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))


# ---------------------------------------------------------------------------- message tops and builders
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", datehdr(when)),
          ("Message-ID", msgid(fname, "LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM")),
          ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)] + ([("Cc", cc)] if cc else [])
    h += [("Subject", hdr(subject)), ("Date", datehdr(when)), ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=(), boundary=None):
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], boundary or bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def iphone_mail(f, top, text, atts=(), cte="quoted-printable"):
    t = flowed_part(text, cte=cte)
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    root = multipart("alternative", [text_part((comment or "") + "\n"), cal_part(cal, "REPLY")], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc,
         "DTSTAMP:%s" % stamp, "ORGANIZER;CN=%s:mailto:%s" % organizer,
         "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
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
                                    cal_part(cal, "REPLY")], gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [("From", addr(frm_name, frm_email)), ("To", addr(organizer[0], organizer[1])),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", datehdr(when)), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, False)

def quote(frm, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing=()):
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

KDISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
         "received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.\n")
RDISC = ("This email and any attachments are confidential. If you are not the intended recipient please notify the "
         "sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n")
TDISC = ("Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in "
         "error please notify the sender and delete it.\n")
BDISC = ("Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are "
         "not the intended recipient, please delete it and tell the sender.\n")
HDISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
         "necessarily of the council. This email and any attachments are confidential.\n")
NHSDISC = ("This message may contain confidential information. If you are not the intended recipient please inform "
           "the sender that you have received the message in error before deleting it.\n")


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
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the checks)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        adults=(), tells=None):
    """Record one file. `meeting`: the date Knowsley notice is counted to. `not_children`: people named in the text
    who must not be labelled. `adults`: (name, DOB as written) of people who must be 18+ at `now`. `tells`: for an
    urgent mail, a phrase from its readable text that carries the immediate risk (checked to be there)."""
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "adults": list(adults), "tells": tells, "when": when}


# ============================================================================ KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def itip_request_mail(f, top, body, cal, atts=()):
    """An Outlook / Teams meeting request (iTIP METHOD:REQUEST) carrying the step-up documents."""
    alt = multipart("alternative", [text_part(body), text_part(html_of(body), "html"), cal_part(cal, "REQUEST")],
                    bnd(f, 2))
    return build(top, multipart("mixed", [alt] + list(atts), bnd(f, 1)), True)

def knowsley_01():
    f = "knowsley_01.eml"; when = "2062-01-24 10:12:41"
    body = T("""
Good morning,

Please find attached a step up request for Erin Boland (DOB 19/09/2048), EHM-71845.

The step up TAF meeting is on Wednesday 1st February 2062 at 10:00 on Teams. I have sent the calendar invite to the MASH inbox and to MASH business support, and invited the current TAF members (school, the school nurse, the CAMHS Eating Disorder Service and the GP practice).

Attached:
- FF Step Up request to CSC (Appendix 1)
- Minutes of our last TAF meeting (17/01/2062)
- Graded Care Profile 2, completed 12/01/2062
- Engaging Families toolkit, with my analysis

In short: Erin (13) was diagnosed with anorexia nervosa in October and is under the CAMHS Eating Disorder Service. Her parents have brought her to 2 of her last 7 clinic appointments and have cancelled the weekly weigh-ins at the surgery twice since Christmas. The ED team say her weight has dropped again and the meal plan is not being followed at home; dad says Erin is "just fussy" and that the clinic "puts ideas in her head". The GCP2 scores 4 in the health domain (appointments and treatment not followed through). The Engaging Families toolkit shows low engagement despite nine different approaches since October (evening visits, a TAF on a Saturday morning, transport to the clinic offered, a Family Group Conference offered and declined).

My team manager, Karen Mellor, discussed the step up with me in supervision on 20/01/2062 and agreed it - her agreement is on the form as well.

Many thanks,
Niamh

Niamh Garvey
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0733 | 07700 900 418

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Boland.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-71845",
        "Child: Erin Boland, DOB 19/09/2048",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 01/02/2062, 10:00, Microsoft Teams",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Low - "
        "toolkit completed 18/01/2062 and attached",
        "Recent TAF meeting minutes attached: Yes - 17/01/2062",
        "What are we worried about? Erin's eating disorder is not being treated because she is not brought to "
        "clinic; weight falling; meal plan not followed at home; parents dismiss the diagnosis.",
        "What is working well? Erin attends school every day (96%) and trusts the school nurse; her older cousin "
        "takes her to some appointments.",
        "What next? Step up to CSC for a C&F assessment; Family First to stay involved until it is completed.",
        "Graded Care profile (If neglect should be completed): completed 12/01/2062 - attached.",
        "Agreement by line manager: Agreed - Karen Mellor, Team Manager, 20/01/2062",
        "Contingency plan: if not agreed, weekly joint visits with the ED nurse and a TAF every three weeks."])
    minutes = pdf_att("TAF minutes 17.01.2062 - Boland.pdf", "Team Around the Family - minutes", [
        "Date: 17/01/2062, 15:30, Huyton Family Hub",
        "Present: Niamh Garvey (Family First, chair), Erin's head of year, school nurse, CAMHS ED nurse",
        "Apologies: Mr and Mrs Boland (did not attend; not contactable on the day)",
        "CAMHS ED: Erin seen twice since October; five appointments not attended; weight down 2.1 kg since 5 December.",
        "School: Erin in every day; eats little at lunch; school nurse weighs weekly with Erin's agreement.",
        "Agreed: Niamh to complete the Engaging Families toolkit and discuss a step up with her team manager."])
    gcp2 = pdf_att("GCP2 - Boland.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Child: Erin Boland   Completed by: Niamh Garvey   Date: 12/01/2062",
        "Area 1 Physical care: nutrition 4 (meal plan not followed); housing 2; clothing 1; hygiene 1",
        "Area 1 Physical care: health 4 (clinic and weigh-in appointments not kept)",
        "Area 2 Safety: 2     Area 3 Love and care: 2     Area 4 Stimulation and education: 1",
        "Overall: health and nutrition needs not met; other areas adequate."])
    toolkit = docx_att("Engaging Families toolkit - Boland.docx", [
        "# Engaging Families Toolkit - Signs of Well-being Family Engagement Tool",
        "Family: Boland (EHM-71845)   Completed: 18/01/2062",
        "Approaches tried: nine (listed in the table). Level of engagement: low.",
        "What this tells us: the parents engage with school but not with health; the pattern is avoidance of the "
        "eating disorder service rather than of professionals in general."],
        [[["Approach", "Outcome"], ["Evening home visits (x3)", "One attended"],
          ["Saturday TAF", "Not attended"], ["Transport to clinic offered", "Declined"],
          ["Family Group Conference offered", "Declined"]]])
    top = outlook_top(f, addr("Garvey, Niamh", "Niamh.Garvey@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-71845 - Boland - TAF Wed 1st Feb 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, gcp2, toolkit], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-71845"], [ch("Erin Boland", "2048-09-19", "19/09/2048")],
        ["neglect", "non_engagement"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for a 13-year-old with anorexia whose parents do not bring her to clinic: form "
        "(.docx), TAF minutes (.pdf), GCP2 (.pdf, neglect: health/nutrition needs unmet) and the Engaging Families "
        "toolkit (.docx, non-engagement) all attached; EHM id; TM 'agreed' the step up. TAF Wed 1 Feb 2062 10:00 "
        "from Tue 24 Jan = 6 working days -> notice ok -> book_meeting. Consent never mentioned -> null.",
        meeting=date(2062, 2, 1), not_children=["Niamh Garvey", "Karen Mellor"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2062-03-22 14:35:09"
    body = T("""
Hi all,

Step up TAF meeting for the Rooney family - EHM-73390.

Children:
Amelia Rooney - 02.04.2047
Jack Rooney - 11.12.2053

The step up form and the minutes of our TAF on 15/03/2062 are attached to this invite. My team manager, Paula Ennis, agreed the step up in supervision yesterday (21/03) - it's on the form.

Summary: Amelia (14) has been self-harming since the autumn and is under CAMHS, who are worried that the cutting is getting deeper. Mum's depression has got worse since Christmas and she is mostly in bed; dad is drinking most days and was cautioned for being drunk and disorderly in February. Jack (8) is getting himself to school and Amelia is doing the cooking. Mum and dad both engage with me but nothing is changing.

I know it's the Easter holidays - the Wednesday after the bank holiday was the first date the CAMHS clinician could do.

Thanks,
Liam

Liam Brophy
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0512
""")
    cal = ics("REQUEST", f, dt(when), "20620329T100000", "20620329T113000",
              "Step up TAF meeting - EHM-73390 - Rooney", "Microsoft Teams Meeting", body,
              ("Liam Brophy", "Liam.Brophy@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Rooney.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-73390",
        "Children: Amelia Rooney 02/04/2047; Jack Rooney 11/12/2053",
        "Date of step up TAF meeting: Wednesday 29/03/2062, 10:00, Microsoft Teams",
        "Level of Engagement: medium - parents engage but change is not sustained",
        "Recent TAF meeting minutes attached: Yes - 15/03/2062",
        "What are we worried about? Amelia's self-harm is escalating; mum's depression; dad's drinking; the "
        "children are caring for themselves and for mum.",
        "What is working well? Both children attend school; Amelia attends CAMHS with her aunt; dad has agreed to "
        "see the alcohol service.",
        "What next? Step up to CSC for a C&F assessment.",
        "Agreement by line manager: Agreed - Paula Ennis, Team Manager, 21/03/2062"])
    minutes = docx_att("TAF minutes 15.03.2062 - Rooney.docx", [
        "# TAF meeting - minutes", "Date: 15/03/2062, 13:30, Kirkby Family Hub",
        "Present: mum, dad, Liam Brophy (chair), CAMHS practitioner, Amelia's head of year, Jack's class teacher",
        "CAMHS: Amelia's cutting has increased in frequency; she is on the waiting list for DBT skills group.",
        "Agreed: Liam to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Brophy, Liam", "Liam.Brophy@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - EHM-73390 - Rooney", when, cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, minutes]), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-73390"],
        [ch("Amelia Rooney", "2047-04-02", "02.04.2047"), ch("Jack Rooney", "2053-12-11", "11.12.2053")],
        ["parental_mental_health", "substance_misuse", "young_carer"], None, True, [], False, "request_info",
        "Knowsley step-up sent as the requester's own Teams invitation (iTIP METHOD:REQUEST, DTSTART 29/03/2062 "
        "10:00) with the form and TAF minutes attached; EHM id; TM agreed. No neglect / non-engagement / "
        "exploitation, so no extra documents. NOTICE ACROSS EASTER, DECISIVE: from Wed 22 Mar 2062 to Wed 29 Mar "
        "is 5 plain weekdays, but Good Friday (24 Mar) and Easter Monday (27 Mar) are bank holidays -> 3 working "
        "days < 5 -> notice not ok -> request_info. Concerns: mum's depression, dad's drinking, children caring "
        "for mum (young_carer); Amelia's own self-harm has no contract id.",
        meeting=date(2062, 3, 29), not_children=["Liam Brophy", "Paula Ennis"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2062-03-09 11:20:27"
    blocks = [
        "Dear Family First duty,",
        "",
        "I am stepping Tegan down to Family First (Level 3) and would like a Family First case manager to come with "
        "me on a joint home visit. Details below.",
        "",
        ("table", [
            ["", "Details"],
            ["Young person", "Tegan Ashworth, DOB 02/11/2045"],
            ["ICS ID", "ICS-2204518"],
            ["Step down to", "Level 3 - Family First"],
            ["Joint home visit", "Thursday 16 March 2062, 2.00pm"],
            ["Venue", "Family home - 41 Alder Rise, Huyton"],
            ["Consent", "Tegan and her mum, Joanne Ashworth, both consented to the referral to Family First at "
                        "the CIN review on 07/03/2062"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Tegan went back to school on a reduced timetable after her discharge and her attendance since then is "
        "71%. She is anxious about her mock exams and still finds lunchtimes in the dining hall hard.",
        ("h", "What is working well?"),
        "Tegan was admitted to Fernbrook Adolescent Unit (tier 4) in October 2061 after an overdose and was "
        "discharged home on 14/02/2062. There has been no self-harm since December; she uses her safety plan and "
        "goes to her CAMHS appointments every week with mum. The October overdose was looked at in full under the "
        "CIN plan and nobody else was involved. There are no current child protection concerns. Mum has changed "
        "her shifts so she is home in the evenings.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF from April; school to build Tegan back to full time by Easter; "
        "CAMHS to continue weekly sessions and to attend the first TAF.",
        "",
        "Kind regards,",
        "Sinead Morrow",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0671",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Morrow, Sinead", "Sinead.Morrow@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - ICS-2204518 - joint visit Thu 16th March", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["ICS-2204518"], [ch("Tegan Ashworth", "2045-11-02", "02/11/2045")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS: a tier 4 admission after an overdose, told as history (October 2061, discharged 14/02/2062, no "
        "self-harm since December, 'no current child protection concerns'). Complete Knowsley Level 3 step-down in "
        "an Outlook Word-HTML table: joint home visit date, time and venue, all three Signs of Safety headings, "
        "consent given. Thu 16 Mar 14:00 from Thu 9 Mar = exactly 5 working days -> ok -> book_meeting. 71% "
        "attendance -> school_attendance.",
        meeting=date(2062, 3, 16), not_children=["Sinead Morrow", "Joanne Ashworth"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2062-03-20 16:05:52"
    text = T("""
Hi Family First,

Level 2 step down for Oscar Fenwick, DOB 08/07/2050, ICS-2213376.

Final CIN is Tues 28th March at 10am - venue tbc, it'll be either school or the Kirkby hub, I'll confirm.

Lead practitioner - Mrs Gill, the school counsellor at Oscar's school, has said she'll "probably" pick it up but she's checking with her head first, so I can't give you a name for definite yet.

What are we worried about?
Oscar (11) has anxiety and hasn't managed full days in school since October - attendance 74%. Dad's depression is better but he still has bad weeks when he can't get Oscar out of the door.

What's working well?
Oscar has been seeing the school counsellor weekly and likes her. Dad is on medication and has a CPN. Oscar's gran does two school runs a week.

What needs to happen?
School to keep the counselling going and lead an Early Help Assessment; a graded return plan to full days; dad to keep up with his CPN.

Dad signed the consent for Early Help at the last CIN.

Dale

Dale Hesketh
Social Worker, CIN Team (Kirkby), Knowsley Council

Sent from my iPhone""")
    top = plain_top(f, addr("Hesketh, Dale", "Dale.Hesketh@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "L2 step down Oscar Fenwick ICS-2213376", when, "knowsley.gov.uk", "iPhone Mail (22D68)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-2213376"], [ch("Oscar Fenwick", "2050-07-08", "08/07/2050")],
        ["parental_mental_health", "school_attendance"], True, None, ["lead_practitioner", "meeting_details"],
        False, "request_info",
        "Knowsley Level 2 step-down from an iPhone (format=flowed, QP): all three headings answered; date and time "
        "given but 'venue tbc' (Knowsley step-downs need date, time AND venue) -> meeting_details missing; the "
        "lead practitioner only 'probably', unnamed -> lead_practitioner missing. Consent 'signed' -> true (not "
        "required at L2). NOTICE ACROSS EASTER, DECISIVE: Mon 20 Mar -> Tue 28 Mar is 6 plain weekdays but Good "
        "Friday and Easter Monday are bank holidays -> 4 working days < 5 -> not ok. request_info.",
        meeting=date(2062, 3, 28), not_children=["Dale Hesketh"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2062-02-08 15:47:13"
    comment = ("Sorry, I can't make Friday, and I need someone from MASH to ring me today please on 07700 900 431. "
               "I'm in A&E at Halewood General with Leah Conroy (15). She took about 30 paracetamol at lunchtime "
               "after her stepdad found out she'd told me that he hits her and her mum - last night he told her "
               "she'd 'pay for it when this is over'. Mum isn't answering. The doctors say she can go home at 7 "
               "tonight once her second bloods are back, and he is the one coming to collect her. I don't think she "
               "can go back there tonight. Priya")
    data = itip_reply(f, when, "Priya Lomax", "priya.lomax@knowsleycamhs.example.nhs.uk", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step-up TAF meeting - EHM-77310 - Conroy [SB-knowsley-2207]",
                      "20620210T100000", "20620210T113000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-77310"], [ch("Leah Conroy")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) from a CAMHS practitioner "
        "in A&E with a 15-year-old who overdosed after her stepdad learned of her disclosure (he hits her and her "
        "mum; 'pay for it'); the hospital will discharge her at 7 tonight to him. No alarm words. meeting_reply, "
        "but urgent -> alert_duty. Case id from the SUMMARY; Leah named without DOB.",
        not_children=["Priya Lomax"], tells="he is the one coming to collect her")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2062-01-19 09:52:36"
    body = T("""
Hello,

Please can someone from MASH ring me back straight away on 0151 496 0288 - I've tried the phone line and I'm holding.

Mason Tully (Year 5, DOB 14/06/2052) came to his counselling session at 9.15 this morning. He told me that when he got up his mum was lying on the kitchen floor with "loads of her tablets" on the floor round her and he couldn't wake her up. He said she was breathing "funny, like snoring". He put a blanket on her, got himself dressed and walked to school because "you're not allowed to be late".

His little sister, Ruby Tully, is 2. Mason says she was asleep in her cot when he left, so she is in the flat with mum now. Mum is on her own with the children - dad isn't around - and she is under the community mental health team (Mason has been coming to me since mum's breakdown last spring). Mum's phone rings out and so does nan's.

The address we have is Flat 6, Beechwood Court, Page Moss. Mason is staying with me in the counselling room.

Bernadette Kinsella
School Counsellor
St Aidan's Catholic Primary School, Page Moss
0151 496 0288
""")
    top = plain_top(f, addr("Bernadette Kinsella", "b.kinsella@staidans-pagemoss.example.sch.uk"),
                    addr("Knowsley MASH", KMASH), "Mason Tully Y5 - mum on the kitchen floor - please ring",
                    when, "staidans-pagemoss.example.sch.uk")
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Mason Tully", "2052-06-14", "14/06/2052"), ch("Ruby Tully")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, TOLD PLAINLY BY A SCHOOL COUNSELLOR (a 9-year-old's own words): the sole carer, under the mental "
        "health team, lies unrousable on the kitchen floor among her tablets, and a 2-year-old is alone with her "
        "in the flat now. Not a step request -> other; urgent -> alert_duty. parental_mental_health (a neglect "
        "reading could be argued). Ruby has no DOB.",
        not_children=["Bernadette Kinsella"], tells="couldn't wake her up")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2062-02-20 07:30:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BULLETIN
Eating Disorders Awareness Week: Monday 27 February - Sunday 5 March 2062

1. Free learning sessions
"Spotting restriction early" (90 minutes, Teams): Tuesday 28 February, 10:00 and Thursday 2 March, 14:00. Open to school staff, Family First, social workers and health colleagues.

2. What to do if you are worried
If a young person tells you they intend to end their life today, or is medically unwell, this is an emergency: call 999. If a child is at immediate risk of harm from someone, contact the MASH duty team straight away. For advice about an eating disorder, call the CAMHS Eating Disorder Service advice line.

3. Practice scenarios for team meetings (fictional, for training only - they do not describe any real family)
Scenario A: "Sam", 14, tells her PE teacher that her stepdad hurts her when she won't eat and that she has to go home to him tonight. What do you do in the next hour?
Scenario B: A parent has cancelled five eating disorder clinic appointments. When does non-engagement become neglect?
Scenario C: A tier 4 unit plans to discharge a 15-year-old home on Friday. What should the discharge planning meeting check?

4. Reminder
Step-up and step-down requests still go to the usual mailboxes. Please do not reply to this bulletin - it is sent from an unmonitored address.

Knowsley Safeguarding Children Partnership
To unsubscribe from practice bulletins, use the link below.
""")
    htmlb = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">"
             "<h2 style=\"color:#5B2C83\">Knowsley Safeguarding Children Partnership - Practice Bulletin</h2>"
             + "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>")
                       for p in text.split("\n\n")[1:]) +
             "<p style=\"font-size:9pt\"><a href=\"https://ksp-learning.example.org/unsubscribe?u=4471\">"
             "Unsubscribe</a></p></body></html>\n")
    top = plain_top(f, addr("KSCP Practice Bulletin", "bulletin@ksp-learning.example.org"),
                    addr("Knowsley MASH", KMASH), "KSCP Practice Bulletin - Eating Disorders Awareness Week",
                    when, "ksp-learning.example.org",
                    extra=[("List-Id", "KSCP practice bulletin <bulletin.ksp-learning.example.org>"),
                           ("List-Unsubscribe", "<https://ksp-learning.example.org/unsubscribe?u=4471>"),
                           ("Precedence", "list")])
    add(f, alt_mail(f, top, text, htmlb), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partnership bulletin (List-Id, List-Unsubscribe, Precedence: list) whose advice uses the "
        "alarm words and whose practice scenarios (a 14-year-old going home to a stepdad who hurts her tonight) are "
        "'fictional, for training only'. No real child -> not urgent; not a request -> other, human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2062-03-03 16:42:18"
    fwd = T("""
---------- Forwarded message ---------
From: Kindred Minds Text Service <texts@kindredminds.example.org.uk>
Date: Fri, 3 Mar 2062 at 16:21
Subject: New message from 07700 900 874 (Courtney W)
To: <joel.fairhurst@kindredminds.example.org.uk>


i left him in his cot with a bottle. i cant do it anymore joel. im on the train to lime st. dont ring my mum

--
Sent via the Kindred Minds text line. Replies go back to the young person as an SMS.
""")
    text = T("""
Knowsley MASH - please read the message below.

Courtney Walsh (17, DOB 19/08/2044) is a young mum on our young parents' mental health pathway. Her baby is Jayden Walsh, 5 months old (DOB 02/10/2061). Courtney lives on her own with Jayden at 12 Ferndale Close, Huyton - nobody else lives there. If he is in his cot, he is on his own in the flat.

I have rung Courtney six times since 16:21 and her phone is now switched off. Her mum's number goes to voicemail. I'm in Southport, over an hour away.

Please can someone get to the flat. I'm on 07700 900 263.

Joel Fairhurst
Young Parents Worker | Kindred Minds
Youth mental health charity, Merseyside

""") + fwd
    htmlb = ("<div dir=\"ltr\">" + html.escape(text.split("---------- Forwarded")[0], quote=False)
             .replace("\n", "<br>") + "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
             + html.escape(fwd, quote=False).replace("\n", "<br>") + "</div></div></div>\n")
    top = plain_top(f, addr("Joel Fairhurst", "joel.fairhurst@kindredminds.example.org.uk"),
                    addr(None, KMASH), "Fwd: New message from 07700 900 874 (Courtney W)", when,
                    "mail.gmail.com")
    add(f, alt_mail(f, top, text, htmlb, boundary=gbnd(f, 1)), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Courtney Walsh", "2044-08-19", "19/08/2044"), ch("Jayden Walsh", "2061-10-02", "02/10/2061")],
        ["neglect", "parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, A BABY LEFT ALONE, IN A GMAIL FORWARD OF A TEXT: a 17-year-old mother on a youth mental health "
        "pathway texts that she has left her 5-month-old in his cot and is on a train; she lives alone with him; "
        "phone off. Both are children (Courtney is 17). neglect + parental_mental_health. Not a step request -> "
        "other; urgent -> alert_duty. No alarm words.",
        not_children=["Joel Fairhurst"], tells="i left him in his cot")


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2062-01-16 11:05:44"
    worker = T("""
Hi Rosalind,

As discussed in supervision, here is my step up request for Noah Whitcombe (DOB 27/06/2047), Mosaic ID 2871450. The case summary is attached.

Rationale for step up
Noah (14) has avoidant/restrictive food intake disorder and has been with Early Help since June, alongside the CAMHS Eating Disorder Service. His weight is low but stable. The worry is that Noah's parents have cancelled or not attended 6 of the last 8 family therapy sessions, which the ED team say is the treatment he needs, and they have not come to the last two TAF meetings. I have tried evening visits, a joint visit with the ED nurse and a meeting at school. Noah says he wants the therapy. We have run out of Early Help options to get the family to engage, and CAMHS have asked us to consider a step up.

Parents have been told we are considering a step up.

Chidi

Chidi Anyanwu
Early Help Practitioner | Wandsworth Early Help (Tooting Hub)
020 7946 0584
""")
    body = T("""
Hello MASH,

Forwarding Chidi's step up request for Noah Whitcombe below. I have agreed the step up following our reflective discussion in supervision on Friday. The case summary is attached and the rationale is below.

Rosalind Pike
Early Help Team Manager | Wandsworth Early Help
020 7946 0581
""") + quote("Anyanwu, Chidi <Chidi.Anyanwu@%s>" % RDOM, "13 January 2062 16:02",
             "Pike, Rosalind <Rosalind.Pike@%s>" % RDOM, "Step up - Noah Whitcombe - Mosaic ID 2871450",
             worker) + "\n" + RDISC
    summary = docx_att("Case summary - Noah Whitcombe.docx", [
        "# Case summary", "Child: Noah Whitcombe   DOB: 27/06/2047   Mosaic ID: 2871450",
        "Household: mum, dad, Noah, older sister (19, at university)",
        "Early Help involvement: June 2061 - present (ARFID; family therapy with the CAMHS ED service)",
        "Attendance at family therapy: 2 of the last 8 sessions; TAF: parents absent from the last two",
        "School: attendance 95%; eats a packed lunch with the learning mentor"])
    top = outlook_top(f, addr("Pike, Rosalind", "Rosalind.Pike@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Noah Whitcombe - Mosaic ID 2871450", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2871450"], [ch("Noah Whitcombe", "2047-06-27", "27/06/2047")],
        ["non_engagement"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager as an Outlook 'FW:' of the "
        "worker's request: case summary attached (.docx), rationale under its own heading in the forwarded part; "
        "TM 'agreed the step up'. Parents missing family therapy for a child with ARFID -> non_engagement. "
        "'Parents have been told' is not consent -> null. 'Mosaic ID 2871450' -> '2871450'. book_meeting.",
        not_children=["Chidi Anyanwu", "Rosalind Pike"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2062-01-31 13:18:25"
    note = T("""
Maxine,

Saw Kayla at school at lunch for our usual session. She asked me to write down what she said, so this is in her words:

"Dad weighs me every night. If the number's gone up he pulls me by my hair into the garage and locks it and I'm in there till he says. He did it last night, I was in there till it got light. I'm cold all the time."

She showed me the back of her head - there is a bald, sore patch about the size of a 50p. She gets the 3.40 bus home and dad is home from 3. She asked me if she has to go home today.

I'm staying at school with her until I hear back.

Ellis

Ellis Marr
Early Help Worker | Richmond Early Help (Twickenham)
07700 900 751
""")
    body = T("""
Hello MASH,

Please see Ellis's note below and the attached case summary for Kayla Dunn, Mosaic ID 2883107. I agree with the step up.

Rationale
Kayla (12) has been with Early Help since September for restrictive eating and low mood, with the CAMHS Eating Disorder Service involved since November. What she told Ellis today changes the picture completely and I do not think this can stay with Early Help.

Ellis is with her at school now - please call Ellis on 07700 900 751 before the end of the school day.

Maxine Doherty
Early Help Team Manager | Richmond Early Help
020 7946 0377
""") + quote("Marr, Ellis <Ellis.Marr@%s>" % RDOM, "31 January 2062 12:58",
             "Doherty, Maxine <Maxine.Doherty@%s>" % RDOM, "Kayla", note) + "\n" + RDISC
    summary = pdf_att("Case summary - Kayla Dunn.pdf", "Early Help case summary", [
        "Child: Kayla Dunn   DOB: 23/05/2049   Mosaic ID: 2883107",
        "Household: dad (Gary Dunn), Kayla. Mum lives in Leeds; monthly contact.",
        "Early Help since 12/09/2061: restrictive eating, low mood, friendship difficulties.",
        "CAMHS Eating Disorder Service since 14/11/2061: weekly weights at clinic; dad also weighs her at home.",
        "School: attendance 92%; Kayla is quiet and often cold; wears her coat indoors."])
    top = outlook_top(f, addr("Doherty, Maxine", "Maxine.Doherty@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Kayla - step up - Mosaic ID 2883107", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2883107"], [ch("Kayla Dunn", "2049-05-23", "23/05/2049")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT IN A FORWARDED PART, IN A CHILD'S OWN WORDS: the Early Help worker's note (forwarded by the TM) "
        "quotes a 12-year-old: dad drags her by the hair into the garage and locks her in overnight when her "
        "weight goes up - last night too; bald sore patch; dad home from 3, she goes home at 3.40. Otherwise a "
        "complete R&W step-up (case summary .pdf, rationale heading, TM agrees) -> missing [] -> alert_duty. No "
        "alarm words.",
        not_children=["Ellis Marr", "Maxine Doherty", "Gary Dunn"], tells="pulls me by my hair")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2062-02-15 10:44:02"
    htmlb = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi Early Help Duty,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Following my call with Jasper this morning, I'm confirming the step down case discussion for <b>Poppy Fairbairn</b> (DOB 04/01/2050), Mosaic ID 2859043, on <b>Monday 20th February at 11am</b> on Teams.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Poppy (12) has been open to us on a CIN plan since the summer after she was found to be cutting at school. She is now seeing the CAMHS practitioner in her school every week, has not self-harmed since November and says she feels &quot;a lot better&quot;. Mum&#8217;s own anxiety and low mood are the main thing holding the family back; she is on the waiting list for talking therapy.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The latest case summary and my draft Early Help plan are attached.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I haven&#8217;t asked mum about Early Help yet &#8211; I&#8217;ll ask her at my home visit on Thursday and confirm.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Tomasz Wrobel</p>
<p class="MsoNormal">Social Worker | Child in Need Team (Richmond)</p>
<p class="MsoNormal">020 7946 0268</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">%s</p>
</div></body></html>
""") % html.escape(RDISC.strip())
    summary = pdf_att("Case summary - P Fairbairn.pdf", "Case summary (CIN)", [
        "Child: Poppy Fairbairn   DOB: 04/01/2050   Mosaic ID: 2859043",
        "CIN plan since 02/08/2061 (self-harm at school; mum's mental health).",
        "Progress: no self-harm since November 2061; weekly sessions with the school's CAMHS practitioner.",
        "Mum: anxiety and low mood; GP reviewing medication; waiting list for talking therapy."])
    plan = docx_att("Draft Early Help plan - Poppy Fairbairn.docx", [
        "# Draft Early Help plan", "Poppy Fairbairn (04/01/2050)",
        "1. Poppy to continue weekly sessions with the school CAMHS practitioner.",
        "2. Early Help worker to support mum to take up talking therapy and a parenting anxious children group.",
        "3. Review at TAF in six weeks."])
    top = outlook_top(f, addr("Wrobel, Tomasz", "Tomasz.Wrobel@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion - Poppy Fairbairn - Mon 20th Feb 11am", when)
    add(f, html_only(f, top, htmlb, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2859043"], [ch("Poppy Fairbairn", "2050-01-04", "04/01/2050")],
        ["parental_mental_health"], None, None, ["consent"], None, "request_info",
        "HTML-only Outlook R&W step-down: case summary (.pdf) and draft Early Help plan (.docx) attached; case "
        "discussion agreed for Mon 20 Feb (within 5 days of the contact); consent still to be asked ('I'll ask her "
        "at my home visit') -> consent null -> missing consent -> request_info. Poppy's own self-harm (past) has "
        "no id; mum's anxiety -> parental_mental_health.",
        not_children=["Tomasz Wrobel"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2062-01-23 15:20:11"
    body = T("""
Dear Early Help Duty Team,

As agreed with your duty team manager on the phone this afternoon, the step down case discussion for Zara Okoro-Lynch (DOB 09/09/2046), Mosaic ID 2840916, is on Thursday 26 January at 2pm at the Wandsworth Civic Centre (room 4.12). My team manager, Leon Castle, agrees with the step down and will join us.

Background: Zara (15) took an overdose in November 2061. She was admitted to the paediatric ward and then supported by the CAMHS crisis and home treatment team. She has not self-harmed since early December, has a safety plan that she uses, and sees her CAMHS worker fortnightly. Her dad's domestic abuse ended when he left in 2058 and there has been no contact since. There are no current safeguarding concerns. The remaining worry is her attendance, which is 86% this term and slowly building.

Zara and her mum both consented to the step down to Early Help on 19/01/2062.

The latest case summary and the draft Early Help plan are attached.

Kind regards,

Adaeze Nwankwo
Social Worker | Assessment and CIN Team (Wandsworth)
020 7946 0795

""") + RDISC
    summary = pdf_att("Case summary - Zara Okoro-Lynch.pdf", "Case summary", [
        "Child: Zara Okoro-Lynch   DOB: 09/09/2046   Mosaic ID: 2840916",
        "Section 17 CIN plan since 05/12/2061 following an overdose (November 2061).",
        "No self-harm since early December 2061. Safety plan in place and used.",
        "Father left the household in 2058; no contact since. No current safeguarding concerns.",
        "Attendance this term: 86%."])
    plan = docx_att("Draft EH plan - Okoro-Lynch.docx", [
        "# Draft Early Help plan", "Zara Okoro-Lynch",
        "Goal 1: attendance back above 95% by Easter (school pastoral lead, weekly check-in).",
        "Goal 2: Zara keeps using her safety plan and CAMHS sessions.",
        "Goal 3: mum to join the parents' group at the family hub."])
    top = plain_top(f, addr("Nwankwo, Adaeze", "Adaeze.Nwankwo@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Zara Okoro-Lynch - Mosaic ID 2840916 - case discussion Thu 26/01 2pm", when,
                    "LO4P265MB3318.GBRP265.PROD.OUTLOOK.COM", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [summary, plan]), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2840916"], [ch("Zara Okoro-Lynch", "2046-09-09", "09/09/2046")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS: an overdose and a father's domestic abuse, both history (November 2061, resolved; father gone "
        "since 2058) and 'no current safeguarding concerns'. Complete R&W step-down (summary .pdf, draft plan "
        ".docx, consent given) -> book_meeting. Only attendance (86%) is a current concern. TM 'agrees' -> true.",
        not_children=["Adaeze Nwankwo", "Leon Castle"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2062-02-02 19:05:37"
    text = T("""
Hello,

I'm the school counsellor at Ashburnham Park School and I'm rewriting our confidentiality policy with our DSL, so this is a general question rather than about any particular pupil.

Hypothetically - if a Year 9 girl told me she was making herself sick after meals and begged me not to tell her parents, is that something I would send to you at MASH, or is it a referral to CAMHS with the parents told? And would it change anything if she said she was doing it because of something happening at home?

We'd like our policy to match what you'd expect. Any pointers to the right guidance would be lovely.

Many thanks,
Harriet Lusk
School Counsellor, Ashburnham Park School

Sent from my iPad""")
    top = plain_top(f, addr("Harriet Lusk", "h.lusk@ashburnhampark.example.sch.uk"), addr(None, RSU),
                    "Question about confidentiality and referrals", when, "ashburnhampark.example.sch.uk",
                    "iPad Mail (22D68)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a school counsellor's hypothetical ('not about any particular pupil', 'Hypothetically - if a "
        "Year 9 girl...') about purging and a home worry, for a policy rewrite. No real child -> not urgent; a "
        "general enquiry -> other, human_review. iPad format=flowed.",
        not_children=["Harriet Lusk"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2062-03-07 19:40:15"
    text = T("""
Hello, I am sorry for my English.

My daughter Maja Kowal, 14 years (born 03.05.2047), she is not eating since 3 weeks, she is with CAMHS, Dr Patel. Today after school she send me message "sorry mama i dont want to be here anymore, dont look for me". She is not at home. I am home from work 17:30 and she is not here, her school bag is here but her coat and her phone charger is not.

Her phone is off. I call her friends, nobody see her since school. I call police at 19:15, they say they will send someone but nobody come yet.

She was in hospital in December because of not eating. She is very thin, she has only her school shirt and coat.

Please, somebody help me to find her. My number is 07700 900 139.

Agnieszka Kowal
mama of Maja
""")
    top = plain_top(f, addr("Agnieszka Kowal", "a.kowal81@poczta.example.pl"), addr(None, RSU),
                    "Please help my daughter Maja", when, "mail.gmail.com")
    data = build(top, text_part(text, cte="base64"), False)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Maja Kowal", "2047-05-03", "03.05.2047")],
        ["missing"], None, None, [], None, "alert_duty",
        "URGENT, IN NON-NATIVE ENGLISH (base64 body from a phone): a mother writes at 19:40 that her 14-year-old, "
        "very thin and under CAMHS for not eating, texted 'i dont want to be here anymore, dont look for me' and is "
        "missing now, phone off; police called but not yet arrived. Out of hours -> alert_duty. Concern: missing "
        "(her own suicidal intent has no id).",
        not_children=["Agnieszka Kowal"], tells="dont look for me")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2062-01-17 09:03:50"
    data = google_reply(f, when, "Chidi Anyanwu", "chidi.anyanwu.eh@gmail.com", ("MASH Step Up", RSU),
                        "ACCEPTED", "Step-up case discussion - Whitcombe - Mosaic 2871450",
                        "20620119T140000Z", "20620119T150000Z", "Microsoft Teams",
                        "Thursday 19 Jan 2062 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2871450"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, plus invite.ics) to the step-up case discussion for "
        "richmond_wandsworth_01's family, Thu 19 Jan 14:00 GMT. Case id from the SUMMARY ('Mosaic 2871450' -> "
        "'2871450'); no child named. record_reply.",
        not_children=["Chidi Anyanwu"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2062-02-10 17:31:04"
    body = T("""
Thank you for your email. I am on annual leave until Monday 13 February 2062 and will not be checking email.

If you are worried that a young person is at immediate risk of harm, please call 999, or the CAMHS crisis line on 020 7946 0562 (24 hours). For urgent clinical matters during office hours please contact the CAMHS duty clinician on 020 7946 0560. For safeguarding concerns about a child, contact the MASH.

Dr Imran Sethi
Consultant Child and Adolescent Psychiatrist
South West London CAMHS (Richmond)
""")
    top = outlook_top(f, addr("Sethi, Imran (Dr)", "imran.sethi@swlcamhs.example.nhs.uk"), addr("Early Help Duty", RED),
                      "Automatic reply: [SB-richmond_wandsworth-3120] Step-down case discussion - invitation", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body), True), "richmond_wandsworth", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: a consultant psychiatrist's out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') "
        "whose boilerplate says 'immediate risk', '999', 'urgent', 'safeguarding concerns' - no child, nothing "
        "happening -> auto_reply, ignore (safety rule 2).",
        not_children=["Imran Sethi"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2062-01-11 12:30:19"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support (MARF) to step up the Ahmed family from Early Help to children's social care. Mosaic no. 1562380.

Children:
Sumaiya Ahmed, DOB 21/10/2046 (15)
Ayaan Ahmed, DOB 03/03/2053 (8)

Sumaiya has bulimia and is under the CAMHS Eating Disorder Service. Mum has schizophrenia and has been unwell since November: she stopped her depot injection, is not sleeping and believes the neighbours are poisoning the food, so Sumaiya is doing all of the shopping, cooking and medication prompts and is getting Ayaan to and from school. Sumaiya's purging has increased and she has missed 11 days of school this half term. Dad works away in Birmingham Monday to Friday. The community mental health team are involved with mum and support the step up.

Mum consents to the referral to MAST; I went through the form with her and dad on Monday with an interpreter.

My manager, Shanaz Miah, agreed the step up this morning.

Kind regards,

Rumana Akhtar
Family Support Practitioner | Tower Hamlets Early Help (Bow Hub)
020 7946 0143

""") + TDISC
    marf = pdf_att("MARF - Ahmed family.pdf", "Multi-Agency Request for Support (MARF)", [
        "Family: Ahmed   Mosaic: 1562380",
        "Children: Sumaiya Ahmed 21/10/2046; Ayaan Ahmed 03/03/2053",
        "Referrer: Rumana Akhtar, Family Support Practitioner, Early Help (Bow Hub)",
        "Reason for request: young carer; parental mental health (schizophrenia, relapse since November 2061);",
        "Sumaiya's eating disorder worsening (CAMHS ED service).",
        "Parental consent: given by mother, 09/01/2062 (interpreter present).",
        "Manager: Shanaz Miah, Early Help Team Manager - agreed 11/01/2062."])
    top = outlook_top(f, addr("Akhtar, Rumana", "Rumana.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up to CSC - Ahmed family - Mosaic 1562380", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["1562380"],
        [ch("Sumaiya Ahmed", "2046-10-21", "21/10/2046"), ch("Ayaan Ahmed", "2053-03-03", "03/03/2053")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: the MARF (request_for_support, .pdf) attached, 'My manager ... "
        "agreed the step up this morning' -> manager true, 'Mum consents to the referral' -> consent true. A "
        "15-year-old with bulimia caring for a mother in a psychotic relapse and for her brother; 11 days missed. "
        "'Mosaic no. 1562380' -> '1562380'. book_meeting.",
        not_children=["Rumana Akhtar", "Shanaz Miah"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2062-01-26 13:55:30"
    text = T("""
Hi MAST,

I might be overreacting, and I haven't been able to talk this through with my manager (she is on leave until Monday), but I'd rather send it than sit on it. The MARF is attached.

Nadia Islam, DOB 12/12/2049, Year 7 at Bow Creek Academy. She has ARFID and is seen by the eating disorder dietitian; I've been supporting the family since the autumn.

At our session at school today Nadia showed me four round bruises on each of her upper arms. She said mum holds her arms and shakes her when she won't finish her plate. Last night mum made her stand in the back yard in her school shirt "until she was ready to eat" - Nadia thinks for about two hours; it was below freezing last night. She asked me if she could stay at school tonight, and she said "mum says tonight will be worse because I wasted the chicken".

Mum collects her at 3.15. I haven't spoken to mum about this referral.

I don't want to overstate it, but I'd feel much better if someone from MAST could ring me before 3 - 07700 900 385.

Danielle

Danielle Moyo
Early Help Practitioner | Tower Hamlets Early Help (Isle of Dogs Hub)
""")
    htmlb = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif;"
             "font-size:11pt\">" + "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>")
                                            for p in text.split("\n\n")) + "</div></body></html>\n")
    marf = docx_att("MARF - Nadia Islam.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child: Nadia Islam   DOB: 12/12/2049   School: Bow Creek Academy (Year 7)",
        "Referrer: Danielle Moyo, Early Help Practitioner",
        "Reason: bruising to both upper arms; Nadia says mum shakes her at mealtimes; made to stand outside last "
        "night; ARFID (dietetic support).",
        "Parental consent: not sought - see body of email.",
        "Manager oversight: not yet - manager on leave."])
    top = outlook_top(f, addr("Moyo, Danielle", "Danielle.Moyo@" + TDOM), addr("MAST", TMAST),
                      "MARF - Nadia Islam (Year 7)", when)
    add(f, alt_mail(f, top, text, htmlb, [marf]), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, [], [ch("Nadia Islam", "2049-12-12", "12/12/2049")],
        ["physical_harm"], None, None, ["manager_agreed"], None, "alert_duty",
        "URGENT, HEDGED ('I might be overreacting', 'I don't want to overstate it'): a 12-year-old with ARFID has "
        "grip bruises on both arms, was made to stand outside below freezing last night, and says 'tonight will "
        "be worse'; mum collects at 3.15. A MAST step-up with the MARF attached but the manager on leave -> "
        "manager_agreed null -> missing; urgent -> alert_duty. Consent not sought -> null (not required). No "
        "case id. No alarm words.",
        not_children=["Danielle Moyo"], tells="tonight will be worse")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2062-02-14 15:10:48"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "I am stepping Ibrahim down to Early Help now that the Child and Family Assessment is complete. I will "
        "chair the TAF meeting; details below, and the assessment and draft TAF plan are attached.",
        "",
        ("table", [
            ["", ""],
            ["Child", "Ibrahim Chowdhury"],
            ["Date of birth", "30/06/2048"],
            ["Mosaic", "1571244"],
            ["C&F assessment completed", "14/02/2062 (authorised today)"],
            ["TAF meeting", "Tuesday 28 February 2062, 10:00, Stepney Green Family Hub"],
            ["Lead practitioner", "Farzana Begum, Education Mental Health Practitioner, Tower Hamlets Mental "
                                  "Health Support Team (MHST)"],
            ["Consent", "Mum and dad consented to the step down to Early Help on 09/02/2062"],
        ]),
        "",
        "Ibrahim (13) was referred to us in the autumn when he stopped going to school; CAMHS diagnosed "
        "depression and he is now on medication and seeing Farzana weekly. His attendance is 81% and rising. "
        "There are no child protection concerns; the family have engaged throughout.",
        "",
        "Kamal Uddin",
        "Social Worker | Child in Need Team | Tower Hamlets Council",
        "020 7946 0442",
    ]
    assess = pdf_att("C&F Assessment - Ibrahim Chowdhury.pdf", "Child and Family Assessment", [
        "Child: Ibrahim Chowdhury   DOB: 30/06/2048   Mosaic: 1571244",
        "Assessment started 09/12/2061; completed and authorised 14/02/2062.",
        "Outcome: step down to Early Help with a TAF plan; lead practitioner from the MHST.",
        "Needs: low mood (CAMHS, sertraline since January); attendance 81%; parents engaged."])
    plan = docx_att("Draft TAF plan - Chowdhury.docx", [
        "# Draft TAF plan", "Ibrahim Chowdhury",
        "1. Weekly MHST sessions (Farzana Begum).", "2. Graded attendance plan with the head of year.",
        "3. Parents to attend the family hub's 'supporting teens' course."])
    top = outlook_top(f, addr("Uddin, Kamal", "Kamal.Uddin@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Ibrahim Chowdhury - TAF 28/02", when)
    add(f, word_mail(f, top, blocks, [assess, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1571244"], [ch("Ibrahim Chowdhury", "2048-06-30", "30/06/2048")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down in an Outlook Word table: C&F assessment (.pdf), draft TAF plan (.docx), "
        "consent given, lead practitioner named with her agency (MHST). TAF on Tue 28/02 is exactly 10 WD after "
        "the assessment ended (Tue 14/02), inside the seed's 10 WD (not a labelled field). 81% -> school_attendance; his "
        "own depression has no id. book_meeting.",
        not_children=["Kamal Uddin", "Farzana Begum"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2062-02-03 11:25:06"
    htmlb = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Early Help Hub,</p>
<p>Step down request for the family below. The draft plan is attached.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td style="background:#E7E6E6"><b>Child</b></td><td>Aisha Rahman-Cole</td></tr>
<tr><td style="background:#E7E6E6"><b>DOB</b></td><td>17/05/2051</td></tr>
<tr><td style="background:#E7E6E6"><b>Mosaic</b></td><td>1580937</td></tr>
<tr><td style="background:#E7E6E6"><b>Needs</b></td><td>Autism (diagnosed 2059), EHCP; ARFID - eats six foods; seen by the CAMHS neurodevelopmental and eating team</td></tr>
<tr><td style="background:#E7E6E6"><b>Consent</b></td><td>Dad has given consent for Early Help</td></tr>
<tr><td style="background:#E7E6E6"><b>C&amp;F assessment</b></td><td>Will follow once my manager has signed it off</td></tr>
<tr><td style="background:#E7E6E6"><b>Lead practitioner</b></td><td>tbc - we are hoping the school SENCo will take it on</td></tr>
</table>
<p>Aisha is 10 and lives with dad and her grandmother. The CIN plan has done what it needed to: her weight is stable and dad is linked in with the parent carers' forum.</p>
<p>Thanks,<br>Lauren Achebe<br>Social Worker, Children with Disabilities Team<br>020 7946 0917</p>
</body></html>
""")
    plan = docx_att("Draft plan - Aisha Rahman-Cole.docx", [
        "# Draft Early Help plan", "Aisha Rahman-Cole (17/05/2051)",
        "1. School to keep the sensory lunch space and the six-food packed lunch plan.",
        "2. Dietitian review every 8 weeks.", "3. Dad and grandmother to attend the parent carers' forum."])
    top = outlook_top(f, addr("Achebe, Lauren", "Lauren.Achebe@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Aisha Rahman-Cole - Mosaic 1580937", when)
    add(f, html_only(f, top, htmlb, [plan]), "tower_hamlets", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["1580937"], [ch("Aisha Rahman-Cole", "2051-05-17", "17/05/2051")],
        ["disability_send"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
        "HTML-only Tower Hamlets step-down, details in an HTML table: draft plan attached and consent given, but "
        "the C&F assessment 'will follow' and the lead practitioner is 'tbc' (an unnamed SENCo) -> missing "
        "assessment and lead_practitioner -> request_info. Autism, EHCP, ARFID -> disability_send.",
        not_children=["Lauren Achebe"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2062-03-13 10:40:22"
    body = T("""
Good morning MAST,

For your records - no action is needed from MAST.

Chloe Barnes, 15 (DOB 08/08/2046), Mosaic 1559821. As you know from Friday's strategy discussion, a 34-year-old man had been grooming Chloe online since December and persuaded her to send him images; Chloe's self-harm (she is known to CAMHS) had increased over the same period.

He was arrested at 06:10 on Saturday, interviewed and charged with causing a child to engage in sexual activity and related offences. He appeared at Thames Magistrates' Court this morning and was remanded in custody to the Crown Court - he will stay in custody until his trial. He has no contact with Chloe and does not know her address.

Chloe is at home with her mum, who has been protective throughout. CAMHS saw Chloe yesterday and have increased her sessions to weekly. Her devices have been seized and her mum has set up new ones with controls.

DC Marcus Hale
Online Child Sexual Exploitation Team
Central East Command Unit
""")
    top = plain_top(f, addr("Hale, Marcus (DC)", "marcus.hale@met-police.example.uk"), addr("MAST", TMAST),
                    "For information - Chloe Barnes - suspect remanded", when, "met-police.example.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, ["1559821"], [ch("Chloe Barnes", "2046-08-08", "08/08/2046")],
        ["sexual_harm"], None, None, [], None, "human_review",
        "NEAR MISS, ALREADY HANDLED: the man who groomed a 15-year-old online is charged and remanded in custody "
        "until trial, has no contact and does not know her address; she is at home with a protective mum; "
        "strategy discussion held; 'no action is needed from MAST'. Not urgent; a police update -> other, "
        "human_review. sexual_harm labelled as the current concern of an open matter (borderline: it could be read "
        "as dealt with). 'Mosaic 1559821' -> '1559821'.",
        not_children=["Marcus Hale"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2062-03-01 14:05:39"
    ack = ack_text("step-down", "SB-tower_hamlets-3381", [
        "Case: Mosaic 1566102", "Children: Amina Siddique (11/04/2048)"], ["assessment"])
    text = T("""
Hi,

Adding the C&F assessment for Amina, now signed off - attached.

One more thing, as school's nurse rang me about it: the bruises on the insides of both of Amina's forearms are from blood tests and the cannula during her admission for refeeding (20-24 February) - she had bloods every day. I checked with the ward sister this morning, Amina and her mum both said the same, and it is in the ward's discharge letter. Nobody has hurt her.

Sabrina Kowalczyk
Social Worker, CIN Team, Tower Hamlets Council
020 7946 0604

""") + "On 27/02/2062 16:40, Early Help Hub wrote:\n" + quoted(ack)
    assess = pdf_att("C&F Assessment - A Siddique.pdf", "Child and Family Assessment", [
        "Child: Amina Siddique   DOB: 11/04/2048   Mosaic: 1566102",
        "Completed 28/02/2062. Anorexia nervosa (CAMHS ED service); inpatient refeeding 20-24/02/2062.",
        "Outcome: step down to Early Help; no child protection concerns; parents engaged with treatment."])
    top = plain_top(f, addr("Sabrina Kowalczyk", "Sabrina.Kowalczyk@" + TDOM), addr("Early Help Hub", TEH),
                    "Re: [SB-tower_hamlets-3381] Step-down request received - Mosaic 1566102", when, TDOM,
                    "Mozilla Thunderbird 140.2",
                    extra=[("In-Reply-To", "<ack-3381@stepbot.towerhamlets.gov.uk>"),
                           ("References", "<ack-3381@stepbot.towerhamlets.gov.uk>")])
    add(f, mail(f, top, text, [assess], crlf=False), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["1566102"], [ch("Amina Siddique", "2048-04-11", "11/04/2048")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS, AN INJURY EXPLAINED: bruises on a 13-year-old's forearms are from daily bloods and a cannula "
        "during refeeding, confirmed by the ward, the child, her mum and the discharge letter ('Nobody has hurt "
        "her'). A Thunderbird '>'-quoted reply to [SB-tower_hamlets-3381] adding the C&F assessment -> follow_up, "
        "attach_to_request. Child and DOB from the quoted acknowledgement.",
        not_children=["Sabrina Kowalczyk"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2062-02-16 17:22:45"
    text = T("""
hi sorry for the text style, on my phone

kyle barton (15) from our wed/thurs group just showed me his back. 3 round burns about the size of a lighter end, blistered. his arms are cut up too but thats him, hes with camhs for that.

he says his stepdad did the burns last night with his lighter cos he found kyles blades in his room. kyle says he has to be home by 7 or "its worse". mum works nights at the hospital so its just him and stepdad.

im with him at the hub till 7. his dob is 04/01/2047 i think

what do i do?? call me 07700 900 266

jordan
Jordan Ellery, Youth Worker, Poplar Youth Hub

Sent from my iPhone""")
    top = plain_top(f, addr("Jordan Ellery", "jordan.ellery@poplaryouth.example.org.uk"), addr(None, TEH),
                    "kyle", when, "poplaryouth.example.org.uk", "iPhone Mail (22D68)")
    add(f, iphone_mail(f, top, text, cte="base64"), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Kyle Barton", "2047-01-04", "04/01/2047")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, MOBILE STYLE (lower case, subject 'kyle', base64 format=flowed): a youth worker with a 15-year-old "
        "who has fresh lighter burns inflicted by his stepdad last night and must be home to him by 7 tonight. "
        "His own cutting (CAMHS) has no id. Name written in lower case, labelled 'Kyle Barton'. Not a step "
        "request -> other; after 17:00 -> out-of-hours alert_duty.",
        not_children=["Jordan Ellery"], tells="stepdad did the burns")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2062-02-16 09:15:07"
    data = itip_reply(f, when, "Farzana Begum", "farzana.begum@thmhst.example.nhs.uk", ("Early Help Hub", TEH),
                      "ACCEPTED", "TAF meeting - Chowdhury family - Mosaic 1571244",
                      "20620228T100000", "20620228T113000", "Stepney Green Family Hub")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["1571244"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED, empty comment) from the MHST lead practitioner for tower_hamlets_03's "
        "TAF meeting on 28/02; case id from the SUMMARY; no child named -> record_reply.",
        not_children=["Farzana Begum"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2062-01-10 14:30:56"
    body = T("""
Hello Early Help,

Please could the Pascoe family have a slot at triage - this is a Level 3 step down. LCS-4471209.

Ruby Pascoe, DOB 12/05/2050 (11)
Alfie Pascoe, DOB 26/09/2058 (3)

Ruby has ARFID and has been seen by the CAMHS eating disorder team since the summer; her weight is now back on her centile and she is eating at school. Mum's postnatal depression after Alfie has lifted a lot with treatment, but she still has low days and relies on Ruby more than she should. The Single Assessment (with my ATM's analysis) is attached.

My ATM, Gareth Lobb, has agreed the step down. Mum has given her consent for Early Help to take over.

As Alfie is under 5 I think this goes to the under-5s triage.

Thanks,
Kerenza

Kerenza Hocking
Social Worker | Child in Need Team | Torbay Council
01632 960 418

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe.pdf", "Single Assessment", [
        "Children: Ruby Pascoe (12/05/2050), Alfie Pascoe (26/09/2058)   LCS: LCS-4471209",
        "Outcome: step down to Early Help (Level 3).",
        "Needs: Ruby - ARFID, CAMHS ED team, weight restored; mum - postnatal depression, improving.",
        "ATM analysis (Gareth Lobb): needs can be met at Level 3; agree step down. 09/01/2062"])
    top = outlook_top(f, addr("Hocking, Kerenza", "Kerenza.Hocking@" + BDOM), addr("Early Help", BEH),
                      "Triage please - Level 3 step down - Pascoe - LCS-4471209", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-4471209"],
        [ch("Ruby Pascoe", "2050-05-12", "12/05/2050"), ch("Alfie Pascoe", "2058-09-26", "26/09/2058")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asking for triage (Level 3 stated): Single Assessment with the ATM's analysis "
        "attached, ATM 'has agreed', mum 'has given her consent'. Alfie is 3 -> the fortnightly under-5s triage "
        "(AFC attending; not a labelled field). Mum's postnatal depression -> parental_mental_health; Ruby's ARFID "
        "has no id. book_meeting.",
        not_children=["Kerenza Hocking", "Gareth Lobb"])

def torbay_02():
    f = "torbay_02.eml"; when = "2062-02-02 11:50:33"
    body = T("""
Hello MASH,

I'm contacting you to step Liam Tozer (DOB 30/01/2048, EHM-748203) up from Early Help.

Liam is 14. He has been cutting his arms and thighs since November; school found fresh cuts twice in January. CAMHS have offered him six appointments since October and dad has taken him to none of them - dad says CAMHS are "not needed in this house" and has cancelled the school nurse's referral for a second time. Liam says he wants help. I have tried home visits, a meeting at school with the CAMHS practitioner there, and offering to take Liam myself; dad has refused all of it.

Dad has refused consent for this contact to MASH - he was very clear on the phone this morning. Mum is not in contact.

Silas Penrose, my ATM, has agreed the step up.

Demelza Kitto
Family Intervention Worker | Torbay Early Help
01632 960 552
""")
    top = plain_top(f, addr("Kitto, Demelza", "Demelza.Kitto@" + BDOM), addr("MASH", BMASH),
                    "Step up - Liam Tozer - EHM-748203", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body + "\n" + BDISC), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-748203"], [ch("Liam Tozer", "2048-01-30", "30/01/2048")],
        ["non_engagement"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) for a 14-year-old who self-harms and whose father will not take him to "
        "any CAMHS appointment: ATM 'has agreed' -> true; 'Dad has refused consent' -> consent false -> missing "
        "consent -> request_info. Not urgent: no harm by anyone tonight; the cutting is his own and known. "
        "non_engagement.",
        not_children=["Demelza Kitto", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2062-02-18 22:07:14"
    body = T("""
To the Torbay out-of-hours social worker - please ring me tonight on 07700 900 915.

Jessica Rowe, DOB 14/07/2045, 22 Marldon Way, Paignton. Our contact notes from this evening:

20:35  Planned home visit (BY and SH) following last week's self-harm.
20:40  Mum's partner, Lee Harvey, present; smelled strongly of alcohol and was slurring. Shouted at Jess for "bringing you lot here".
20:44  Lee pushed mum (Carol Rowe) into the door frame when she tried to calm him. Mum held her shoulder; declined help in front of him.
20:52  Lee told us to get out of the house. Visit ended - we could not continue.
21:48  Jess texted the crisis line: "hes kicking my door in. mum locked herself in the bathroom. please"
21:55  SH rang 999 and reported the above. No time given for police attendance.
21:59  Jess: "hes gone downstairs for more drink"
22:02  Jess not answering calls or texts.

We cannot go back in without police. Jess has no other family nearby.

Beth Yelland
Crisis Practitioner
Torbay CAMHS Crisis and Home Treatment Team
""") + NHSDISC
    top = plain_top(f, addr("Yelland, Beth", "beth.yelland@devoncamhs.example.nhs.uk"), addr("MASH", BMASH),
                    "Jessica Rowe 16 - crisis team visit tonight - please call 07700 900 915", when,
                    "devoncamhs.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Jessica Rowe", "2045-07-14", "14/07/2045")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, IN CRISIS TEAM NOTES, SATURDAY 22:07: a drunk partner who pushed the mother into a door frame "
        "threw the crisis team out; at 21:48 the 16-year-old texted 'hes kicking my door in', mum locked in the "
        "bathroom; police called but not arrived; no reply since 22:02. Weekend night -> out-of-hours alert. "
        "Clinical log style, no alarm words. Not a step request -> other.",
        not_children=["Beth Yelland", "Lee Harvey", "Carol Rowe"], tells="kicking my door in")

def torbay_04():
    f = "torbay_04.eml"; when = "2062-02-20 08:41:29"
    body = T("""
Good morning,

For information only - overnight contact with a young person your Early Help team know.

Sophie Langdon, 15 (DOB 02/03/2046). On Sunday evening Sophie cut her forearm. Her parents found her, took her straight to the hospital themselves and stayed with her throughout; the wound was closed with steri-strips and she was admitted to the children's ward overnight so that CAMHS could assess her this morning. She is safe on the ward.

Sophie's parents are supportive and have already removed blades and medicines from the house. Nothing about home worries us and no safeguarding concerns were identified overnight. CAMHS will follow Sophie up in the community this week and she will return to school with a support plan.

We are letting you know because her Early Help worker asked to be kept informed. No action is needed from MASH.

Tom Searle
Crisis Practitioner
Torbay CAMHS Crisis and Home Treatment Team
""") + NHSDISC
    top = plain_top(f, addr("Searle, Tom", "tom.searle@devoncamhs.example.nhs.uk"), addr("MASH", BMASH),
                    "For information - overnight crisis contact - Sophie Langdon", when,
                    "devoncamhs.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [ch("Sophie Langdon", "2046-03-02", "02/03/2046")],
        [], None, None, [], None, "human_review",
        "NEAR MISS, RESOLVED: a crisis team's overnight note - a 15-year-old's self-harm last night, parents "
        "supportive and present, admitted to the ward and 'safe', means removed, 'no safeguarding concerns', 'no "
        "action is needed'. Her own self-harm has no id; nothing at home. other, human_review.",
        not_children=["Tom Searle"])

def torbay_05():
    f = "torbay_05.eml"; when = "2062-03-08 11:58:03"
    body = T("""
Hello Early Help,

Please could I have a triage slot for Ellie Widdicombe (DOB 05/05/2048), LCS-4469035 - a Level 3 step down.

Ellie (13) has been on a CIN plan since September because of mum's anxiety and Ellie's restrictive eating. Mum is now well supported by her GP and talking therapy, Ellie is eating at school and CAMHS see her fortnightly. The Single Assessment is attached. My ATM, Gareth Lobb, has agreed the step down and mum has consented to Early Help.

Many thanks,
Tristan

Tristan Eddy
Social Worker | Child in Need Team | Torbay Council
01632 960 447

PS - I've just come off the phone with Mrs Lang, the counsellor at Paignton Coast Academy. Ellie told her this morning that mum's boyfriend, Dean, has been coming into her bedroom at night "when mum's asleep on her tablets" and touching her under the covers, and that she has been making herself sick so he "won't like how I look". Ellie goes home on the school bus at 3 and Dean is at the house in the evenings - mum works until 9 on Wednesdays. Mrs Lang has kept Ellie with her. I'm heading to the school now; please can someone ring me on 07700 900 347.

""") + BDISC
    sa = pdf_att("Single Assessment - Widdicombe.pdf", "Single Assessment", [
        "Child: Ellie Widdicombe (05/05/2048)   LCS: LCS-4469035",
        "Outcome: step down to Early Help (Level 3).",
        "ATM analysis (Gareth Lobb): agree step down; needs can be met at Level 3. 06/03/2062"])
    top = outlook_top(f, addr("Eddy, Tristan", "Tristan.Eddy@" + BDOM), addr("Early Help", BEH),
                      "Triage - Level 3 step down - Widdicombe - LCS-4469035", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 2,
        "urgent", "step_down", True, 3, ["LCS-4469035"], [ch("Ellie Widdicombe", "2048-05-05", "05/05/2048")],
        ["parental_mental_health", "sexual_harm"], True, True, [], None, "alert_duty",
        "URGENT IN A PS of an otherwise complete Torbay Level 3 step-down (Single Assessment, ATM agreed, consent): "
        "a 13-year-old told the school counsellor that mum's boyfriend comes into her bed at night and touches "
        "her; she goes home at 3 and he is there this evening while mum works until 9. sexual_harm + the "
        "step-down's parental_mental_health. Nothing missing -> alert_duty. No alarm words.",
        not_children=["Tristan Eddy", "Gareth Lobb"], tells="touching her under the covers")

def torbay_06():
    f = "torbay_06.eml"; when = "2062-01-24 21:15:48"
    htmlb = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,sans-serif;font-size:11pt">
<p>Dear Sir or Madam,</p>
<p>I don't know who else to write to. My daughter Hannah Sweetland is 19 (born 11/08/2042) and she has had anorexia since she was 15. She was under CAMHS until her 18th birthday and then the adult team. She is now in the medical ward in Exeter and they are talking about sectioning her. Because she is an adult nobody will tell me anything unless she agrees, and she won't.</p>
<p>I am scared she is going to die. Is there anything children's services can do, or anyone you can put me in touch with? There are no other children at home - it is just me and my husband.</p>
<p>Sorry to write so late at night.</p>
<p>Linda Sweetland<br>Brixham</p>
</div></body></html>
""")
    top = plain_top(f, addr("Linda Sweetland", "linda.sweetland@outlook.example.com"), addr(None, BMASH),
                    "My daughter - anorexia - please can someone help", when, "outlook.example.com")
    add(f, html_only(f, top, htmlb), "torbay", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, AN ADULT WITH NO CHILD AT RISK: a mother writes at 21:15 (HTML only) about her 19-year-old "
        "daughter (born 2042) in an adult medical ward with anorexia; 'no other children at home'. Frightening, "
        "but no child -> not urgent; children [] (Hannah is an adult); other, human_review.",
        not_children=["Linda Sweetland", "Hannah Sweetland"], adults=[("Hannah Sweetland", "11/08/2042")])

def torbay_07():
    f = "torbay_07.eml"; when = "2062-03-14 14:47:26"
    ack = ack_text("step-up", "SB-torbay-5604", [
        "Case: EHM-751166", "Children: Isla Penhaligon (07/11/2047)",
        "MASH threshold discussion: to be booked with the assistant team manager"])
    body = T("""
Update from the children's ward, 14:40 - copied from Dr Mallows's message to me:

"Isla Penhaligon, 14y. Admitted Mon 13/03 for refeeding (anorexia nervosa). 68% mBMI. Obs 06:00: HR 36 asleep, BP 78/44, T 35.1. Admission bloods K+ 2.9, PO4 0.64 - on IV replacement and continuous cardiac monitoring. 13:55 father disconnected the IV line and left the ward with Isla against medical advice. Car seen leaving 14:05. Father not answering his phone. Consultant's view: without monitoring and replacement Isla could develop a life-threatening arrhythmia or heart failure within 24-48 hours."

Dad has said all week that the ward is "starving her of proper food". Mum lives in Plymouth and has not heard from him. The home address is on EHM. I have no way of reaching them.

Sara

Sara Tremlett
Early Help Lead Professional | Torbay Early Help
01632 960 581
""") + quote("MASH <mash@torbay.gov.uk>", "09 March 2062 11:02", "Tremlett, Sara <Sara.Tremlett@torbay.gov.uk>",
             "[SB-torbay-5604] Step-up request received - EHM-751166", ack)
    top = outlook_top(f, addr("Tremlett, Sara", "Sara.Tremlett@" + BDOM), addr("MASH", BMASH),
                      "RE: [SB-torbay-5604] Step-up request received - EHM-751166", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-751166"], [ch("Isla Penhaligon", "2047-11-07", "07/11/2047")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT IN CLINICAL SHORTHAND, ON A FOLLOW-UP: a reply to [SB-torbay-5604] quoting the ward: a 14-year-old "
        "at 68% mBMI, HR 36, low potassium and phosphate, taken off the ward by her father against medical advice "
        "(IV line disconnected) 50 minutes ago, unreachable; life-threatening within 24-48 hours. Medical neglect "
        "-> neglect. follow_up, but urgent -> alert_duty. Child and DOB from the quoted acknowledgement.",
        not_children=["Sara Tremlett"], tells="left the ward with Isla against medical advice")

def torbay_08():
    f = "torbay_08.eml"; when = "2062-01-11 09:20:12"
    data = itip_reply(f, when, "Hayley Cundy", "hayley.cundy@torbay0-19.example.nhs.uk", ("Early Help", BEH),
                      "TENTATIVE", "Early Help triage (under-5s) - Pascoe - LCS-4471209",
                      "20620117T093000", "20620117T100000", "Torbay Town Hall, Meeting Room 2",
                      "Tentative - I have a new birth visit booked that morning. If I can't get there I'll send "
                      "the 0-19 update on Alfie to business support beforehand.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-4471209"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=TENTATIVE) with a COMMENT from a health visitor for torbay_01's under-5s "
        "triage on Tue 17 Jan 09:30; case id from the SUMMARY; Alfie by first name only -> no child labelled. "
        "record_reply.",
        not_children=["Hayley Cundy"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2062-01-18 10:05:17"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the step down plan and the signed consent form for the Bevan children, who are stepping down to Early Help (Level 3). I talked it through at the Tuesday drop-in yesterday.

Megan Bevan, DOB 03/03/2048 - Mosaic 1947720
Osian Bevan, DOB 22/10/2052 - Mosaic 1947721

Key person: Rhian Prosser, School Nurse, Herefordshire 0-19 Service (Kington), has agreed to lead the Early Help plan.

Megan (13) has anorexia and is doing well with the CAMHS eating disorder team - her weight is restored and she is back at school full time. Dad's depression is what kept the family open to us; he is now back at work part time and seeing his GP every month. Osian (9) is thriving.

Kind regards,

Gethin Pugh
Social Worker | Children's Services | Herefordshire Council
01632 960 734

""") + HDISC
    plan = docx_att("EHA step down plan - Bevan.docx", [
        "# Early Help step down plan", "Children: Megan Bevan (03/03/2048), Osian Bevan (22/10/2052)",
        "Key person: Rhian Prosser, School Nurse, Herefordshire 0-19 Service",
        "1. Megan: monthly weight and wellbeing check with the school nurse; CAMHS ED team until discharge.",
        "2. Dad: GP review monthly; carers' support for mum.", "3. Review at MAG."])
    consent = pdf_att("Signed consent form - Bevan.pdf", "Early Help consent form", [
        "Family: Bevan", "I consent to my family receiving support from Early Help and to information being shared.",
        "Signed: Sian Bevan (mother)   Date: 12/01/2062",
        "Signed: Rhodri Bevan (father)   Date: 12/01/2062"])
    top = outlook_top(f, addr("Pugh, Gethin", "Gethin.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan - Mosaic 1947720 / 1947721", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["1947720", "1947721"],
        [ch("Megan Bevan", "2048-03-03", "03/03/2048"), ch("Osian Bevan", "2052-10-22", "22/10/2052")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (Level 3): plan (.docx), signed consent form (.pdf) -> "
        "consent true and consent_form met, key person named with her agency. One Mosaic id per child. Dad's "
        "depression -> parental_mental_health; Megan's anorexia (own, improving) has no id. book_meeting.",
        not_children=["Gethin Pugh", "Rhian Prosser", "Sian Bevan", "Rhodri Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2062-01-27 16:30:40"
    text = T("""
Hi team,

Step down plan attached for Kian Morris, DOB 19/11/2049, Mosaic 1952036.

Kian (12) was self-harming last year and stopped going to school; he's now on a reduced timetable (attendance 68%) and working with Sally Jukes, Education Mental Health Practitioner, Herefordshire Mental Health Support Team, who has agreed to be his key person.

Mum agreed to Early Help on the phone today - I'll get the consent form signed at my visit on Tuesday and send it over.

Thanks,
Lucy

Lucy Brace
Social Worker, Herefordshire Council

Sent from my iPhone""")
    plan = docx_att("Step down plan - Kian Morris.docx", [
        "# Early Help step down plan", "Kian Morris (19/11/2049)",
        "Key person: Sally Jukes, MHST", "1. Weekly MHST sessions.", "2. Increase timetable by one lesson a week.",
        "3. Mum to attend the parenting teens course."])
    top = plain_top(f, addr("Brace, Lucy", "Lucy.Brace@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Kian Morris", when, HDOM, "iPhone Mail (22D68)")
    add(f, iphone_mail(f, top, text, [plan]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1952036"], [ch("Kian Morris", "2049-11-19", "19/11/2049")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down from an iPhone with the plan attached and a key person named with her agency; "
        "mum 'agreed to Early Help on the phone' -> consent true, but the signed consent form is still to come -> "
        "consent_form missing -> request_info. Reduced timetable, 68% -> school_attendance. No level stated.",
        not_children=["Lucy Brace", "Sally Jukes"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2062-03-13 12:20:55"
    ack = ack_text("step-down", "SB-herefordshire-1480", [
        "Case: Mosaic 1938855", "Children: Tia Fletcher (25/07/2047)"], ["consent_form"])
    body = T("""
Hi,

Adding the Ashgrove discharge summary to Tia's step down, as the plan refers to it. It came through from the unit this morning - I haven't had a chance to go through it yet as I'm in court all afternoon.

Thanks,
Ffion

Ffion Bellamy
Social Worker | Children's Services | Herefordshire Council
01632 960 385
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "06 March 2062 09:41",
             "Bellamy, Ffion <Ffion.Bellamy@herefordshire.gov.uk>",
             "[SB-herefordshire-1480] Step-down request received - Mosaic 1938855", ack)
    summary = pdf_att("Ashgrove Unit discharge summary - T Fletcher.pdf", "Ashgrove Adolescent Unit - Discharge summary", [
        "Patient: Tia Fletcher   DOB: 25/07/2047   NHS No: 485 777 3456",
        "Admitted: 09/01/2062   Planned discharge: Monday 13/03/2062 at 16:00",
        "Discharge address: father's home (Mr Carl Fletcher), 7 Bodenham Close, Hereford",
        "Diagnosis: anorexia nervosa, restrictive type. Weight restored to 88% mBMI.",
        "Medication: none. Meal plan: three meals and three snacks, supervised by father.",
        "Follow-up: community CAMHS eating disorder team within 72 hours of discharge.",
        "",
        "Note added 10/03/2062 by named nurse: in a 1:1 session Tia said that her father hits her with his belt",
        "'when I don't finish what he puts in front of me' and that this last happened the weekend before her",
        "admission. She asked that her father is not told. A referral to children's social care is to be made by",
        "the ward social worker, who is on leave until 14/03/2062. The discharge plan has not been reviewed in",
        "the light of this note.",
        "",
        "Transport: father to collect Tia from the unit at 16:00 on the day of discharge."])
    top = outlook_top(f, addr("Bellamy, Ffion", "Ffion.Bellamy@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1480] Step-down request received - Mosaic 1938855", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "follow_up", True, None, ["1938855"], [ch("Tia Fletcher", "2047-07-25", "25/07/2047")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN AN ATTACHMENT: the body is routine ('I haven't had a chance to go through it'); the tier 4 "
        "unit's discharge summary (.pdf) says a 14-year-old disclosed that her father beats her with a belt when "
        "she does not finish meals, and that she is discharged to him at 16:00 TODAY (13/03/2062), the referral "
        "not yet made. follow_up to [SB-herefordshire-1480], urgent -> alert_duty. The NHS number is no case id.",
        not_children=["Ffion Bellamy", "Carl Fletcher"], tells="hits her with his belt")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2062-03-10 12:35:08"
    body = T("""
Hello MASH,

I'd like to step Lily Price up to children's social care, please. Lily is 13 (DOB 06/06/2048) and lives with her mum and her stepdad, Wayne Gittins, in Ross-on-Wye. We have been working with the family since November because Lily stopped eating much at home and was losing weight; CAMHS have her on their waiting list.

Lily wrote this in our session at school this morning and said I could send it to you:

"please don't make me go home tonight. when I don't eat my tea he holds my nose and pushes it in my mouth till I'm sick and then I have to eat that as well. mum just watches. tonight is his night off so he'll be doing tea."

Mum works at the care home until 10pm on Fridays. Lily gets the 3.30 bus home. I have told my manager and I'm staying in school until I hear from you. Our Early Help Assessment is attached.

Jodie Hammond
Family Support Worker | Herefordshire Early Help (Ross-on-Wye)
01632 960 619
""") + HDISC
    eha = pdf_att("EHA - Lily Price.pdf", "Early Help Assessment", [
        "Child: Lily Price   DOB: 06/06/2048   School: Ross Valley High (Year 8)",
        "Household: mother (care worker, evening shifts), stepfather Wayne Gittins.",
        "Reason for involvement: restricted eating at home, weight loss since September 2061.",
        "CAMHS: on the waiting list for assessment."])
    top = plain_top(f, addr("Hammond, Jodie", "Jodie.Hammond@" + HDOM), addr("MASH", HMASH),
                    "Step up request - Lily Price", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [eha]), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Lily Price", "2048-06-06", "06/06/2048")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CHILD'S OWN WORDS: a 13-year-old's written note - her stepdad holds her nose and forces food "
        "into her mouth until she is sick and makes her eat that, mum watches, and tonight he is doing tea while "
        "mum works until 10. A Herefordshire step-up (undefined by its seed -> no requirements, missing []), "
        "urgent -> alert_duty rather than human_review. 'I have told my manager' is not agreement -> null.",
        not_children=["Jodie Hammond", "Wayne Gittins"], tells="holds my nose")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2062-03-02 09:30:44"
    body = T("""
Dear colleagues,

Please find attached our discharge notification for Grace Turley, who was discharged from Hollybrook Adolescent Unit yesterday. We send these to the MASH for every young person from Herefordshire; no action is requested.

Hollybrook Adolescent Unit - administration
Herefordshire and Worcestershire CAMHS
""") + NHSDISC
    letter = pdf_att("Discharge notification - G Turley.pdf", "Hollybrook Adolescent Unit - Discharge notification", [
        "Young person: Grace Turley   DOB: 28/02/2046   NHS No: 612 404 8871",
        "Admitted: 21/11/2061 (informal admission)   Discharged: 01/03/2062, home to mother",
        "Reason for admission: depression with self-harm and suicidal thoughts (November 2061).",
        "Progress: mood much improved; no self-harm since mid-December; attending the unit school.",
        "Risk assessment at discharge: low. Safety plan agreed with Grace and her mother.",
        "Safeguarding: no safeguarding concerns were identified during the admission.",
        "Follow-up: community CAMHS within 72 hours; school reintegration meeting on 06/03/2062."])
    top = plain_top(f, addr("Hollybrook Adolescent Unit", "hollybrook.admin@hwcamhs.example.nhs.uk"),
                    addr("MASH", HMASH), "Discharge notification - Hollybrook Adolescent Unit", when,
                    "hwcamhs.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [letter]), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [ch("Grace Turley", "2046-02-28", "28/02/2046")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a tier 4 unit's routine discharge notification (.pdf) - suicidal thoughts and self-harm in "
        "November 2061, discharged home to mum yesterday with a safety plan, 'Risk assessment at discharge: low', "
        "'no safeguarding concerns'; 'no action is requested'. Not urgent; other, human_review. The NHS number is "
        "no case id.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2062-02-27 18:10:23"
    data = google_reply(f, when, "Owen Prothero", "owen.prothero.camhs@gmail.com",
                        ("Early Help Co-ordinators", HEH), "TENTATIVE", "Step-down handover - Mosaic 1955310",
                        "20620307T093000Z", "20620307T103000Z", "Plough Lane, Hereford - Room 3",
                        "Tuesday 7 Mar 2062 09:30 - 10:30 (GMT)",
                        note="Tentatively yes - I may be a bit late. For the record, Jade's overdose was back in "
                             "October 2061; she hasn't self-harmed since and is doing really well, so my update "
                             "will be short.")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "near_miss", "meeting_reply", False, None, ["1955310"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS IN A CALENDAR NOTE: a Google Calendar REPLY (PARTSTAT=TENTATIVE) whose COMMENT mentions an "
        "overdose - 'back in October 2061', no self-harm since, 'doing really well'. History -> not urgent; "
        "record_reply. Case id from the SUMMARY; Jade by first name only -> no child labelled.",
        not_children=["Owen Prothero"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2062-02-17 16:55:31"
    body = T("""
Thank you for your email. School is closed for half term and I am back on Monday 20 February. I will reply then.

Nia Probert
Pastoral Lead and School Counsellor
Wye Valley High School
""")
    top = [("From", addr("Nia Probert", "nia.probert@wyevalleyhigh.example.sch.uk")),
           ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Out of school until Monday 20 February"),
           ("Date", datehdr(when)), ("Message-ID", msgid(f, "mail.gmail.com")),
           ("Auto-Submitted", "auto-replied")]
    add(f, build(top, text_part(body, cte="7bit"), False), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder: only 'Auto-Submitted: auto-replied' marks it (no 'Automatic reply:' subject, "
        "no X-Auto-Response-Suppress) -> auto_reply, ignore.",
        not_children=["Nia Probert"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2062-02-22 13:10:09"
    body = T("""
Dear Early Help team,

I would be grateful for some advice. I am the GP for a 15-year-old girl (I will not name her without her and her parents' agreement) who has been restricting her eating since the autumn and is waiting for an assessment by the CAMHS eating disorder service - the wait is currently about ten weeks.

To be clear about what this is not: she has told me she has no thoughts of ending her life, there is no self-harm, her parents are very supportive and bring her to weekly weigh-ins at the surgery, and there are no safeguarding concerns. Her physical observations are stable.

Could Early Help offer the family some support while they wait - for example help for her parents with mealtimes? If so, how do I refer, and do you need the family's consent first?

With thanks,

Dr Alys Vaughan
GP Partner, Bromyard Road Surgery, Hereford
01632 960 271
""") + NHSDISC
    top = plain_top(f, addr("Vaughan, Alys (Dr)", "alys.vaughan@bromyardroad.example.nhs.uk"),
                    addr("Early Help Co-ordinators", HEH), "Advice - support for a family waiting for CAMHS",
                    when, "bromyardroad.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, NEGATED: a GP's enquiry about a 15-year-old (unnamed) waiting for CAMHS - 'no thoughts of "
        "ending her life', 'no self-harm', 'no safeguarding concerns', parents supportive. Not a step request and "
        "no named child -> other, human_review.",
        not_children=["Alys Vaughan"])


# ============================================================================ self-checks
BUILDERS = [globals()["%s_%02d" % (a, i)] for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay",
                                                     "herefordshire") for i in range(1, 9)]
AUTHORITIES = ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
               "young_carer", "disability_send"}
ACTIONS = ["alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
           "book_meeting"]
C = "children"
REQ = {   # REQUIREMENTS.md: the requirement ids that can be missing, per authority / kind / (Knowsley) level
    ("knowsley", "step_up", None): {C, "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
                                    "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {C, "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {C, "meeting_details", "worries_strengths_next", "consent"},
    ("richmond_wandsworth", "step_up", None): {C, "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {C, "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {C, "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {C, "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {C, "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {C, "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {C, "consent_form", "draft_plan", "lead_practitioner"},
}
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WEEKDAY_DATE = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (\d{1,2})(?:st|nd|rd|th)?[ /]"
                          r"(Jan[a-z]*|Feb[a-z]*|Mar[a-z]*|Apr[a-z]*|\d\d)(?:[ /](\d{4}))?")
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
CASE_ID_FORM = re.compile(r"(EHM-\d{5,6}|ICS-\d{7}|LCS-\d{7}|\d{7})")
BANNED = re.compile(r"\b(urgent\w*|risk\w*|immediate\w*|emergenc\w*|danger\w*|unsafe|asap|critical\w*)\b"
                    r"|safeguarding\s+concern", re.I)
LATER_YEAR = re.compile(r"\b20(6[3-9]|[7-9]\d)\b")
# Knowsley notice table: file -> (working days, plain weekdays). Decisive = plain >= 5 but working days < 5.
KNOWSLEY_TABLE = {"knowsley_01.eml": (6, 6), "knowsley_02.eml": (3, 5), "knowsley_03.eml": (5, 5),
                  "knowsley_04.eml": (4, 6)}

def req_key(a, e):
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3     # REQUIREMENTS: no level stated -> level 3
    return (a, e["kind"], lvl)

def expected_next(a, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or req_key(a, e) not in REQ:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d|blockquote)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def decoded_headers(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, str(make_header(decode_header(str(v))))))
    return "\n".join(out)

def readable(msg):
    """Subject, every inline text (plain, HTML, calendar) and every attachment's text and name."""
    out = [str(msg["Subject"] or "")]
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
            raise AssertionError("unreadable part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

def parse_dob(w):
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", w)
    return date(int(m[3]), int(m[2]), int(m[1]))

def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    meta = META[f]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]: err("label keys")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                   "missing", "notice_ok", "next_action"]: err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] not in ACTIONS or e["next_action"] != expected_next(a, e):
        err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    key = req_key(a, e)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    for v in ("consent", "manager_agreed"):
        if e[v] not in (True, False, None): err(v)
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if C in allowed and (not e["children"]) != (C in e["missing"]): err("children vs missing")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id form %r" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = meta["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if (wd, plain_weekdays(now.astimezone(LON).date(), meeting)) != KNOWSLEY_TABLE.get(f):
                err("Knowsley table")
            if meeting <= now.date() or meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting date")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok must be null")
    # the message
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    raw_date = str(email.message_from_bytes(data, policy=email.policy.compat32)["Date"]).strip()   # as written
    d = email.utils.parsedate_to_datetime(raw_date)
    local = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if not (WINDOW_FIRST <= local.date() <= WINDOW_LAST): err("Date outside the window (local date)")
    if local.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not raw_date.startswith(local.strftime("%a, ")): err("weekday name wrong in %r" % raw_date)
    if d.utcoffset() != local.utcoffset() or not raw_date.endswith("+0000"): err("Date offset is not GMT +0000")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if d != dt(meta["when"]): err("Date header differs from the recorded time")
    text = readable(msg)
    full = decoded_headers(msg) + "\n" + text
    low = re.sub(r"\s+", " ", full).lower()
    if LATER_YEAR.search(full): err("a year after %d: %s" % (MAX_YEAR, LATER_YEAR.search(full)[0]))
    if e["urgent"]:
        hit = BANNED.search(full)
        if hit: err("banned word in an urgent mail: %r" % hit[0])
        if not meta["tells"] or meta["tells"].lower() not in low: err("the tell is not in the text")
    for wd, dd, mm, yy in WEEKDAY_DATE.findall(text):       # "Wednesday 1st February", "Mon 13/03", ...
        mon = int(mm) if mm.isdigit() else MONTHS.index(mm[:3].lower()) + 1
        named = date(int(yy) if yy else 2062, mon, int(dd))
        if named.strftime("%a").lower() != wd[:3].lower(): err("%s %s %s is a %s" % (wd, dd, mm, named.strftime("%A")))
    for c in meta["children"]:
        if c["name"].lower() not in low: err("child %s not in the text" % c["name"])
        if c["_w"]:
            if c["_w"] not in text: err("DOB %s not written" % c["_w"])
            dob = parse_dob(c["_w"])
            if dob.isoformat() != c["dob"]: err("DOB %s parses to %s" % (c["_w"], dob))
            if not (dob < now.date() and age_on(dob, now.date()) < 18): err("%s is not a child at now" % c["name"])
    names = {c["name"] for c in e["children"]}
    for p in meta["not_children"]:
        if p in names: err("%s labelled as a child" % p)
        if p.lower() not in low: err("%s (not a child) not in the text" % p)
    for p, w in meta["adults"]:
        if w not in text or age_on(parse_dob(w), now.date()) < 18: err("adult %s" % p)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in the text" % cid)
    # kinds and their markers
    subj = str(msg["Subject"])
    cal_replies = [p for p in msg.walk() if p.get_content_type() == "text/calendar" and
                   "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if e["kind"] == "follow_up" and not re.search(r"\[SB-%s-\d+\]" % a, subj): err("follow_up without [SB-]")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("[SB-] on a new mail")
    if (e["kind"] == "meeting_reply") != (len(cal_replies) == 1): err("iTIP REPLY vs kind")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs kind")
    return errors, text

def check_set():
    errors = []
    def err(m):
        errors.append("set: " + m)
    # the calendar
    if bank_holidays(2062) != set(EXPECTED_2062): err("2062 bank holidays differ from the holidays package's list")
    if easter(2062) != date(2062, 3, 26) or easter(2062).weekday() != 6: err("Easter Day 2062")
    gf, em = date(2062, 3, 24), date(2062, 3, 27)
    if gf.weekday() != 4 or em.weekday() != 0 or not {gf, em} <= BANK_HOLIDAYS: err("Good Friday / Easter Monday")
    if date(2062, 1, 1).weekday() != 6 or date(2062, 1, 2) not in BANK_HOLIDAYS: err("New Year substitute day")
    if WINDOW_FIRST != date(2062, 1, 3) or WINDOW_FIRST.weekday() != 1: err("window start is not Tue 3 Jan")
    if WINDOW_LAST != gf - timedelta(1) or WINDOW_LAST.weekday() != 3: err("window end is not Thu 23 Mar")
    d = WINDOW_FIRST
    while d <= WINDOW_LAST:
        if d in BANK_HOLIDAYS: err("a bank holiday inside the window")
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(0): err("BST in the window")
        d += timedelta(1)
    bst = date(2062, 3, 31) - timedelta((date(2062, 3, 31).weekday() + 1) % 7)
    if bst != date(2062, 3, 26): err("last Sunday of March 2062")
    if datetime(2062, 3, 26, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0) or \
       datetime(2062, 3, 26, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1):
        err("BST does not begin at 01:00 UTC on 26 March 2062")
    # the set
    files = [l["file"] for l in LABELS]
    if len(files) != 40 or len(set(files)) != 40 or set(files) != set(FILES) or set(CATS) != set(FILES): err("40 files")
    for a in AUTHORITIES:
        if sorted(f for f in files if f.startswith(a + "_")) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            err("8 files for %s" % a)
    cats = [CATS[f] for f in files]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11: err("at least 11 urgent and 11 near misses")
    urgent_kinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if urgent_kinds != {"step_up", "step_down", "follow_up", "meeting_reply", "other"}: err("urgent kinds %s" % urgent_kinds)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: err("every kind present")
    decisive = [f for f, (wd, pw) in KNOWSLEY_TABLE.items() if pw >= 5 > wd]
    if decisive != ["knowsley_02.eml", "knowsley_04.eml"]: err("decisive Knowsley counts")
    for f in KNOWSLEY_TABLE:
        if META[f]["meeting"] is None: err("Knowsley table file without a meeting")
    return errors

def build_all():
    FILES.clear(); LABELS.clear(); CATS.clear(); META.clear()
    for b in BUILDERS:
        b()
    return dict(FILES), json.dumps(LABELS), json.dumps(CATS)

def stats():
    from collections import Counter
    E = [l["expect"] for l in LABELS]
    print("categories:", dict(Counter(CATS[l["file"]] for l in LABELS)))
    for a in AUTHORITIES:
        print("  %-20s" % a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a)))
    for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        print("%-14s" % k, dict(Counter(str(e[k]) for e in E)))
    print("mailbox       ", dict(Counter(l["mailbox"] for l in LABELS)))
    print("children labelled", sum(len(e["children"]) for e in E),
          "with DOB", sum(1 for e in E for c in e["children"] if c["dob"]))
    print("Knowsley notice:")
    for f, (wd, pw) in KNOWSLEY_TABLE.items():
        lab = next(l for l in LABELS if l["file"] == f)
        print("  %s now %s meeting %s: %d working days, %d plain weekdays -> ok=%s"
              % (f, lab["now"], META[f]["meeting"], wd, pw, lab["expect"]["notice_ok"]))
    for l in LABELS:
        print("  %-28s %-9s %-13s %s" % (l["file"], CATS[l["file"]], l["expect"]["kind"], l["now"]))

def main():
    first = build_all()
    second = build_all()
    errors = [] if first == second else ["set: not deterministic"]
    for lab in LABELS:
        errors += check_file(lab)[0]
    errors += check_set()
    if errors:
        print("SELF-CHECK FAILED - nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for name, data in FILES.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(CATS, fh, indent=1)
        fh.write("\n")
    print("%s: all self-checks passed; wrote %d .eml files, labels.json and categories.json"
          % (SET, len(FILES)))
    if "--stats" in sys.argv:
        stats()

if __name__ == "__main__":
    main()
