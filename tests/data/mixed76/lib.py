"""Helpers for make_set.py (standard library only)."""
import hashlib, io, zipfile
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

LON = ZoneInfo("Europe/London")

def sha(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]

def dt(s):
    """'2095-01-12 11:05' -> aware Europe/London datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def new(fname, frm, to, subject, when, domain, cc=None, extra=None, mailer=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s.%s@%s>" % (sha(fname, 16), sha(fname + "x", 8), domain)
    m["MIME-Version"] = "1.0"
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in (extra or []):
        m[k] = v
    return m

def finish(fname, m):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (sha(fname, 10), i))
            i += 1
    return m.as_bytes()

def make_docx(paras):
    def esc(t):
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2095, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def make_pdf(lines):
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln.encode("latin-1", "replace").decode("latin-1")))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

def att_docx(m, filename, paras):
    m.add_attachment(make_docx(paras), maintype=DOCX[0], subtype=DOCX[1], filename=filename)

def att_pdf(m, filename, lines):
    m.add_attachment(make_pdf(lines), maintype="application", subtype="pdf", filename=filename)

def ics_dt(d):
    return d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")

def ics(method, uid, stamp, start, end, summary, location, organizer, attendees, comment=None, seq=0):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:%d" % seq, "DTSTAMP:" + ics_dt(stamp),
         "DTSTART:" + ics_dt(start), "DTEND:" + ics_dt(end), "SUMMARY:" + summary, "LOCATION:" + location,
         "ORGANIZER:mailto:" + organizer]
    for (cn, em, ps) in attendees:
        L.append("ATTENDEE;CN=\"%s\";PARTSTAT=%s:mailto:%s" % (cn, ps, em))
    if comment:
        L.append("COMMENT:" + comment.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:
        while len(line.encode()) > 74:
            out.append(line[:73]); line = " " + line[73:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def html_wrap(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</body></html>' % inner)

def paras_html(text):
    import html
    return "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
