"""Helpers for mixed120/make_set.py: calendar, documents, iCalendar, MIME, readable text."""
import hashlib, io, re, zipfile, html as _html
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email import policy
import email, email.utils

LON = ZoneInfo("Europe/London")

def easter(y):
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; mo, dy = divmod(h + l - 7 * m + 114, 31)
    return date(y, mo, dy + 1)

def bank_holidays(y):
    e = easter(y)
    may1 = date(y, 5, 1); early = may1 + timedelta((0 - may1.weekday()) % 7)
    may31 = date(y, 5, 31); spring = may31 - timedelta(may31.weekday())
    return {e - timedelta(2), e + timedelta(1), early, spring}

BH = bank_holidays(2039)

def working(d):
    return d.weekday() < 5 and d not in BH

def wd_given(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(1)
        if working(d):
            n += 1
    return n

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p) for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, (2039, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return buf.getvalue()

def docx_text(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        x = z.read("word/document.xml").decode()
    return _html.unescape(re.sub(r"<[^>]+>", " ", x))

def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join("(%s) '\n" % esc(l.encode("latin-1", "replace").decode("latin-1")) for l in lines) + "ET"
    cb = content.encode("latin-1")
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if o is None:
            out += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (i, len(cb)) + cb + b"\nendstream\nendobj\n"
        else:
            out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode()
    x = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % x
    return out

def pdf_text(b):
    s = b.decode("latin-1")
    return " ".join(m.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\") for m in re.findall(r"\(((?:\\.|[^\\)])*)\) '", s))

VTZ = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16011028T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
END:DAYLIGHT
END:VTIMEZONE
"""

def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def fold(line):
    b = line.encode("utf-8"); out = []
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut]); b = b[cut:]
    out.append(b)
    return "\r\n ".join(x.decode("utf-8") for x in out)

def ics(method, uid, summary, start, minutes, organizer, attendees, description=None, location=None,
        comment=None, seq=0, stamp=None, status=None, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    """start: naive local datetime (Europe/London). attendees: list of (name, email, partstat)."""
    end = start + timedelta(minutes=minutes)
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    L += VTZ.strip().split("\n")
    L += ["BEGIN:VEVENT"]
    on, oe = organizer
    L.append('ORGANIZER;CN="%s":mailto:%s' % (on, oe))
    for n, e, p in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s' % (n, p, e))
    if description:
        L.append("DESCRIPTION:" + ical_escape(description))
    if comment:
        L.append("COMMENT:" + ical_escape(comment))
    L.append("SUMMARY:" + ical_escape(summary))
    L.append("DTSTART;TZID=GMT Standard Time:" + start.strftime("%Y%m%dT%H%M%S"))
    L.append("DTEND;TZID=GMT Standard Time:" + end.strftime("%Y%m%dT%H%M%S"))
    L.append("UID:" + uid)
    L.append("SEQUENCE:%d" % seq)
    L.append("DTSTAMP:" + (stamp or start).strftime("%Y%m%dT%H%M%SZ"))
    if location:
        L.append("LOCATION:" + ical_escape(location))
    if status:
        L.append("STATUS:" + status)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"

def ics_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")

def to_html(text):
    paras = text.strip().split("\n\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + "".join("<p>%s</p>" % _html.escape(p).replace("\n", "<br>") for p in paras) + "</div></body></html>")

def build(m):
    """m: dict describing one mail. Returns bytes."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(m["date"])
    msg["Message-ID"] = "<%s@%s>" % (sha(m["file"])[:30].upper(), m.get("domain", "mail.example.org"))
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]; msg["References"] = m["in_reply_to"]
    for k, v in m.get("headers", []):
        msg[k] = v
    fmt = m.get("fmt", "plain")
    if fmt == "html":
        msg.set_content(to_html(m["body"]) if not m.get("html") else m["html"], subtype="html")
    elif fmt == "ics_only":
        msg.set_content(m["body"])
    else:
        msg.set_content(m["body"])
        if fmt == "twin":
            msg.add_alternative(m.get("html") or to_html(m["body"]), subtype="html")
    if fmt == "itip":
        method, text = m["itip"]
        msg.add_alternative(text, subtype="calendar", params={"method": method})
    for fn, data in m.get("attachments", []):
        if fn.endswith(".docx"):
            msg.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif fn.endswith(".pdf"):
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=fn)
        elif fn.endswith(".ics"):
            msg.add_attachment(data.encode("utf-8"), maintype="text", subtype="calendar", filename=fn)
        elif fn.endswith(".txt"):
            msg.add_attachment(data, subtype="plain", filename=fn)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("_%03d_%s" % (i, sha(m["file"] + "b%d" % i)[:28].upper()))
    return msg.as_bytes()

def readable(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    parts = [str(msg["Subject"] or "")]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type(); fn = p.get_filename() or ""
        data = p.get_payload(decode=True) or b""
        if ct == "text/calendar" or fn.endswith(".ics"):
            parts.append(ics_text(data.decode("utf-8")))
        elif ct.startswith("text/"):
            t = data.decode(p.get_content_charset() or "utf-8")
            if ct == "text/html":
                t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
        elif fn.endswith(".docx"):
            parts.append(docx_text(data))
        elif fn.endswith(".pdf"):
            parts.append(pdf_text(data))
    return "\n".join(parts)
