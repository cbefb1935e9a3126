"""Builders for mixed126 (stdlib only): MIME mail, minimal PDF, minimal DOCX, iCalendar, readable text."""
import hashlib, io, re, zipfile, html
import email, email.policy
from email.message import EmailMessage
from email.utils import formataddr

def sha(s, salt=""):
    return hashlib.sha1((s + salt).encode()).hexdigest()

# ---- PDF (PDF 1.4, Helvetica, WinAnsi; characters outside Latin-1 transliterated) ----
TRANS = str.maketrans({"ł": "l", "Ł": "L", "ș": "s", "Ș": "S", "ț": "t", "Ț": "T", "ă": "a", "Ă": "A",
                       "ą": "a", "ę": "e", "ś": "s", "ź": "z", "ż": "z", "ć": "c", "ń": "n", "’": "'",
                       "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "Ż": "Z", "Ś": "S",
                       "ő": "o", "ū": "u"})

def pdf_lines(text):
    out = []
    for para in text.split("\n"):
        para = para.translate(TRANS)
        while len(para) > 95:
            cut = para.rfind(" ", 0, 95)
            cut = 95 if cut <= 0 else cut
            out.append(para[:cut]); para = para[cut:].lstrip()
        out.append(para)
    return out

def make_pdf(title, text):
    lines = pdf_lines(text)
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)] or [[]]
    objs = []
    def add(b):
        objs.append(b); return len(objs)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages) + 1
    kids = []
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
        for ln in pg:
            s = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append("(%s) Tj T*" % s)
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, c))
        kids.append(p)
    info = add(b"<< /Title (" + title.translate(TRANS).encode("latin-1") + b") /Producer (mixed126 make_set.py) >>")
    pid = add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    assert pid == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pid)
    out = io.BytesIO(); out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell()); out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, x))
    return out.getvalue()

def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(s.decode("latin-1"))
    for m in re.finditer(rb"/Title \(([^)]*)\)", data):
        out.append(m.group(1).decode("latin-1"))
    return "\n".join(out)

# ---- DOCX (minimal OOXML, fixed timestamps) ----
def make_docx(paras, title="Document"):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for p in paras:
        if isinstance(p, tuple):      # a table: list of rows
            rows = "".join("<w:tr>%s</w:tr>" % "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % html.escape(c) for c in row)
                for row in p[1])
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>' % rows)
        else:
            bold = p.startswith("## ")
            t = p[3:] if bold else p
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, html.escape(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title></cp:coreProperties>' % html.escape(title),
        "word/document.xml": doc,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2043, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>|</w:tc>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))

# ---- iCalendar ----
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)

def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def make_ics(method, uid, summary, start, end, organizer, attendees, stamp, comment=None, location=None,
             description=None, seq=0, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method, "BEGIN:VEVENT",
         "UID:" + uid, "SEQUENCE:%d" % seq, "DTSTAMP:" + stamp, "DTSTART:" + start, "DTEND:" + end,
         "SUMMARY:" + ics_escape(summary), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail, part in attendees:
        L.append("ATTENDEE;CN=%s;PARTSTAT=%s;ROLE=REQ-PARTICIPANT%s:mailto:%s" % (
            cn, part, ";RSVP=TRUE" if method == "REQUEST" else "", mail))
    if location:
        L.append("LOCATION:" + ics_escape(location))
    if description:
        L.append("DESCRIPTION:" + ics_escape(description))
    if comment:
        L.append("COMMENT:" + ics_escape(comment))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in L) + "\r\n"

def ics_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

# ---- HTML twins ----
def outlook_html(text):
    paras = []
    for para in text.split("\n\n"):
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(html.escape(l, quote=False) for l in para.split("\n")))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>\n'
            '<body lang="EN-GB" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
            + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'.join(paras) + '\n</div></body></html>\n')

def gmail_html(text):
    out = []
    for para in text.split("\n\n"):
        out.append("<div>%s</div>" % "<br>".join(html.escape(l, quote=False) for l in para.split("\n")))
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"

def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</td>", "\t", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

# ---- readable text of a whole message ----
def readable(msg):
    parts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if fn:
            parts.append(fn)
        if ctype == "text/html":
            parts.append(html_to_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ctype.startswith("text/calendar") or fn.endswith(".ics"):
            parts.append(ics_text(payload.decode("utf-8")))
        elif ctype.startswith("text/"):
            parts.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif fn.lower().endswith(".pdf"):
            parts.append(pdf_text(payload))
        elif fn.lower().endswith(".docx"):
            parts.append(docx_text(payload))
    return "\n".join(parts)
