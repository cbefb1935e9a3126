"""Helpers for mixed115's make_set.py: MIME building with the stdlib `email` package, hand-built .docx/.pdf/.ics,
readable-text extraction and working-day arithmetic. Deterministic: every boundary and id comes from sha1."""

import hashlib, html, io, re, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

LON = ZoneInfo("Europe/London")

# England & Wales bank holidays, 2035-2036 (checked against the `holidays` package when it is importable)
BANK_HOLIDAYS = {
    date(2035, 12, 25), date(2035, 12, 26),
    date(2036, 1, 1), date(2036, 4, 11), date(2036, 4, 14), date(2036, 5, 5), date(2036, 5, 26),
    date(2036, 8, 25), date(2036, 12, 25), date(2036, 12, 26),
}


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)


def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_between(today, meeting):
    """working days d with today < d <= meeting"""
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def addr(name, mail):
    return email.utils.formataddr((name, mail)) if name else mail


def new_msg(fname, frm, to, subject, when, cc=None, mailer=None, domain="example.org", extra=(), in_reply=None):
    m = EmailMessage(policy=email.policy.default)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(when)
    m["Message-ID"] = "<%s@%s>" % (sha(fname + "mid")[:30].upper(), domain)
    if in_reply:
        m["In-Reply-To"] = in_reply
        m["References"] = in_reply
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra:
        m[k] = v
    return m


def html_of(text):
    paras = text.split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % body)


def body(m, text, html_twin=False, html_only=None):
    if html_only is not None:
        m.set_content(html_only, subtype="html")
        return
    m.set_content(text)
    if html_twin:
        m.add_alternative(html_of(text), subtype="html")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attach(m, data, ctype, filename):
    maintype, subtype = ctype.split("/")
    if maintype == "text":
        m.add_attachment(data if isinstance(data, str) else data.decode("utf-8"), subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def finish(fname, m):
    """Fix every multipart boundary from sha1 of the file name, then serialise with CRLF line ends."""
    if not m.is_multipart():
        pass
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, sha(fname + str(n))[:24]))
    return m.as_bytes(policy=email.policy.SMTP)


# ---------------------------------------------------------------- documents
def make_docx(paras, tables=()):
    def para(t):
        if t.startswith("# "):
            return ('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % html.escape(t[2:], quote=False))
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(t, quote=False)
    b = "".join(para(p) for p in paras)
    for rows in tables:
        b += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % b)
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
            zi = zipfile.ZipInfo(name, date_time=(2036, 1, 2, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>.*?</w:p>|<w:p><w:pPr>.*?</w:p>", x)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)


def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 90:
            cut = l.rfind(" ", 0, 90)
            cut = cut if cut > 0 else 90
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
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
    s = data.decode("cp1252")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) '", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


# ---------------------------------------------------------------- iCalendar
VTZ = ["BEGIN:VTIMEZONE", "TZID:Europe/London",
       "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
       "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "END:STANDARD",
       "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
       "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "END:DAYLIGHT", "END:VTIMEZONE"]


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur); cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(method, uid_seed, stamp, start, end, summary, organizer, attendees, location=None, description=None,
        comment=None, partstat=None, seq=0):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/London. attendees: [(name, email)] (REQUEST) or one (REPLY)."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:%s" % method] + VTZ + ["BEGIN:VEVENT"]
    for n, e in attendees:
        if method == "REPLY":
            L.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, n, e))
        else:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (n, e))
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    if description:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(uid_seed + "uid")[:32].upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=Europe/London:" + start, "DTEND;TZID=Europe/London:" + end,
          "DTSTAMP:" + stamp.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ"),
          "SEQUENCE:%d" % seq, 'ORGANIZER;CN="%s":mailto:%s' % organizer]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += ["STATUS:CONFIRMED" if method == "REQUEST" else "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


def ics_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


# ---------------------------------------------------------------- readable text
def html_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def readable(msg):
    """Subject, sender names, every text part (HTML stripped), calendar text, .docx/.pdf/.txt attachment text
    and attachment names."""
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        payload = part.get_payload(decode=True) or b""
        if ct == "text/html":
            out.append(html_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ct == "text/calendar" or (fn or "").endswith(".ics"):
            out.append(ics_text(payload.decode("utf-8")))
        elif ct.startswith("text/"):
            out.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
    return "\n".join(out)
